"""Every example in docs/exchange-format.md validates, and together they form a library."""

import json
import re
from pathlib import Path

from kiosk_app.core.records import SPECS, validate
from kiosk_app.core.store import LibraryStore
from kiosk_app.core.store_write import apply_records

DOC = Path(__file__).resolve().parents[2] / "docs" / "exchange-format.md"


def examples():
    text = DOC.read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```json\n(.*?)```", text, re.S):
        out.extend(json.loads(line) for line in block.splitlines() if line.strip())
    return out


def test_every_type_has_a_valid_example():
    recs = examples()
    for rec in recs:
        validate(rec)
    assert {r["type"] for r in recs} == set(SPECS)


def test_examples_apply_as_one_library(tmp_path):
    recs = [r for r in examples() if r["type"] != "tombstone" and not r.get("base_version")]
    store = LibraryStore.create(tmp_path)
    apply_records(store, [("doc", i, r) for i, r in enumerate(recs, 1)])
    assert store.current_version("law-dog-2009") == "law-dog-2016"
    tomb = [r for r in examples() if r["type"] == "tombstone"]
    apply_records(store, [("doc", 1, tomb[0])])
    assert store.get_document("law-dog-2009") is None
    store.close()
