"""Export → import round-trips any library unchanged (hypothesis)."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk_app.core.exchange import export_library, read_entries
from kiosk_app.core.records import LEVELS, VALIDITIES, validate
from kiosk_app.core.store import LibraryStore
from kiosk_app.core.store_write import apply_records
from tests.helpers import factory as f

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
nonempty = text.filter(lambda s: s.strip())
dates = st.dates().map(lambda d: d.isoformat())
blocks = st.lists(st.one_of(
    st.builds(lambda t: {"kind": "paragraph", "text": t}, text),
    st.builds(lambda l, t: {"kind": "article", "label": l, "text": t}, st.sampled_from(["第一条", "第二条"]), text),
    st.builds(lambda t, lv: {"kind": "heading", "label": "一、", "title": t, "level": lv}, text, st.integers(1, 6)),
), max_size=4)


@st.composite
def libraries(draw):
    n = draw(st.integers(1, 6))
    ids = [f"doc-{i}" for i in range(n)]
    records = []
    for i, doc_id in enumerate(ids):
        rec = {"type": "document", "id": doc_id, "updated_at": f.STAMP, "title": draw(nonempty),
               "level": draw(st.sampled_from(LEVELS)), "validity": draw(st.sampled_from(VALIDITIES)),
               "body": draw(blocks), "tags": draw(st.lists(nonempty, max_size=3)),
               "doc_number": draw(text), "published_date": draw(st.none() | dates),
               "history": draw(st.lists(nonempty, max_size=2))}
        if i and draw(st.booleans()):
            rec["replaced_by"] = ids[i - 1]
        records.append(rec)
    for j in range(draw(st.integers(0, 3))):
        records.append({"type": "interpretation", "id": f"i-{j}", "updated_at": f.STAMP,
                        "policy_id": draw(st.sampled_from(ids)), "kind": "问答", "title": draw(nonempty),
                        "qa": [{"q": draw(nonempty), "a": draw(nonempty)}]})
    for j in range(draw(st.integers(0, 2))):
        records.append({"type": "faq", "id": f"q-{j}", "updated_at": f.STAMP, "question": draw(nonempty),
                        "answer": draw(nonempty),
                        "document_ids": draw(st.lists(st.sampled_from(ids), unique=True, max_size=3))})
    if draw(st.booleans()):
        records.append({"type": "enterprise_tags", "id": "t", "updated_at": f.STAMP,
                        "document_id": ids[0], "industries": draw(st.lists(nonempty, max_size=2)),
                        "no_application": draw(st.booleans())})
    if draw(st.booleans()):
        records.append({"type": "calendar_year", "id": "cal-2026", "updated_at": f.STAMP, "year": 2026,
                        "holidays": [{"date": "2026-10-01", "name": draw(text)}]})
    return records


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(libraries())
def test_export_import_roundtrip(records):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        first = LibraryStore.create(tmp / "a")
        apply_records(first, f.entries([f.header(7)] + records))
        export_library(first, tmp / "a.jsonl.gz")
        second = LibraryStore.create(tmp / "b")
        apply_records(second, read_entries(tmp / "a.jsonl.gz"))
        export_library(second, tmp / "b.jsonl.gz")
        assert (tmp / "a.jsonl.gz").read_bytes() == (tmp / "b.jsonl.gz").read_bytes()
        for rec in records:
            clean = validate(rec)
            assert second.get(clean["type"], clean["id"]) == clean
        assert second.meta() == first.meta()
        first.close()
        second.close()
