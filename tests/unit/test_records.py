import pytest

from kiosk_app.core.records import RecordError, record_key, validate
from tests.helpers import factory as f


def test_document_defaults_are_filled():
    rec = validate(f.document("d1"))
    assert rec["doc_number"] == "" and rec["tags"] == [] and rec["replaced_by"] is None


@pytest.mark.parametrize("change, reason", [
    ({"type": "gazette"}, "unknown record type"),
    ({"id": "has space"}, "field 'id' must be an id"),
    ({"id": None}, "missing required field 'id'"),
    ({"level": "县"}, "field 'level' must be one of"),
    ({"validity": "有效"}, "field 'validity' must be one of"),
    ({"published_date": "2020-02-30"}, "not a real date"),
    ({"published_date": "2020/02/01"}, "must be a date YYYY-MM-DD"),
    ({"updated_at": "2026-11-01T09:00:00"}, "must carry a time zone"),
    ({"title": "   "}, "must not be empty"),
    ({"colour": "red"}, "unknown field 'colour'"),
    ({"body": [{"kind": "verse", "text": "x"}]}, r"field 'body\[0\]\.kind' must be one of"),
    ({"body": "第一条"}, "field 'body' must be a list"),
    ({"replaced_by": "d1"}, "replaced by itself"),
])
def test_document_errors_name_the_field(change, reason):
    rec = f.document("d1")
    rec.update(change)
    if change.get("id", "") is None:
        del rec["id"]
    with pytest.raises(RecordError, match=reason):
        validate(rec)


def test_not_an_object():
    with pytest.raises(RecordError, match="must be a JSON object"):
        validate(["document"])


def test_consultation_dates_must_be_ordered():
    rec = {"type": "consultation", "id": "c1", "updated_at": f.STAMP, "title": "草案",
           "start_date": "2026-12-01", "end_date": "2026-11-01"}
    with pytest.raises(RecordError, match="end_date is before start_date"):
        validate(rec)


def test_calendar_year_checks_dates_belong_to_the_year_and_do_not_clash():
    rec = {"type": "calendar_year", "id": "cal-2026", "updated_at": f.STAMP, "year": 2026,
           "holidays": [{"date": "2025-12-31"}]}
    with pytest.raises(RecordError, match="not in year 2026"):
        validate(rec)
    rec["holidays"] = [{"date": "2026-01-04"}]
    rec["workdays"] = [{"date": "2026-01-04"}]
    with pytest.raises(RecordError, match="both a holiday and a workday"):
        validate(rec)


def test_vocabulary_ids_are_fixed():
    rec = {"type": "vocabulary", "id": "colour", "updated_at": f.STAMP, "terms": ["红"]}
    with pytest.raises(RecordError, match="vocabulary id must be one of"):
        validate(rec)


def test_bool_is_not_a_number():
    rec = {"type": "calendar_year", "id": "cal", "updated_at": f.STAMP, "year": True}
    with pytest.raises(RecordError, match="whole number"):
        validate(rec)


def test_tombstone_key_is_the_deleted_record():
    assert record_key(validate(f.tombstone("document", "d1"))) == ("document", "d1")
