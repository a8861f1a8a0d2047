import datetime as dt
import sqlite3

import pytest

from kiosk_app.core import schema
from kiosk_app.core.store import LibraryStore, StoreError, consultation_status
from kiosk_app.core.store_write import ImportFailed, apply_records
from tests.helpers import factory as f


@pytest.fixture
def store(tmp_path):
    s = LibraryStore.create(tmp_path / "lib")
    yield s
    s.close()


def base_library(store):
    records = [
        f.header(1),
        f.document("dog-2009", version_date="2009-01-01", series="s-dog", replaced_by="dog-2016",
                   validity="已修订"),
        f.document("dog-2016", version_date="2016-12-01", series="s-dog"),
        f.interpretation("i1", "dog-2016"),
        f.faq("q1", ["dog-2016", "dog-2009"]),
    ]
    return apply_records(store, f.entries(records))


def test_import_and_read_back(store):
    report = base_library(store)
    assert report.upserted == {"document": 2, "interpretation": 1, "faq": 1}
    assert store.meta()["version"] == 1 and store.meta()["id"] == "test-lib"
    assert [r["id"] for r in store.revisions("dog-2009")] == ["dog-2009", "dog-2016"]
    assert store.current_version("dog-2009") == "dog-2016"
    assert store.interpretations_for("dog-2016")[0]["qa"] == [{"q": "要登记吗？", "a": "要。"}]
    assert store.get("faq", "q1")["document_ids"] == ["dog-2016", "dog-2009"]
    assert store.counts()["revision_chains"] == 1


def test_delta_replaces_and_deletes_with_cascade(store):
    base_library(store)
    delta = [f.header(2, base=1), f.document("dog-2016", title="济南市养犬管理条例（修订）"),
             f.tombstone("document", "dog-2009")]
    report = apply_records(store, f.entries(delta))
    assert report.deleted == {"document": 1} and report.deleted_documents == ["dog-2009"]
    assert store.get_document("dog-2016")["title"] == "济南市养犬管理条例（修订）"
    # the FAQ keeps its other link; the interpretation of a replaced (not deleted) document survives
    assert store.get("faq", "q1")["document_ids"] == ["dog-2016"]
    assert store.interpretations_for("dog-2016")
    assert store.meta()["version"] == 2


def test_deleting_a_policy_takes_its_interpretations(store):
    base_library(store)
    apply_records(store, f.entries([f.header(2, base=1), f.tombstone("document", "dog-2016"),
                                    f.document("dog-2009", validity="现行有效")]))
    assert store.interpretations_for("dog-2016") == []
    assert store.get_document("dog-2009")["replaced_by"] is None     # ON DELETE SET NULL


def test_delta_on_wrong_version_is_refused_whole(store):
    base_library(store)
    with pytest.raises(ImportFailed, match="applies on top of version 5"):
        apply_records(store, f.entries([f.header(6, base=5), f.document("new")]))
    assert store.get_document("new") is None and store.meta()["version"] == 1


def test_all_problems_reported_with_lines_and_nothing_applied(store):
    records = [f.header(1), f.document("ok"), {"type": "document", "id": "x"},
               f.document("ok"), f.faq("q", ["ok"])]
    with pytest.raises(ImportFailed) as err:
        apply_records(store, f.entries(records))
    text = [str(p) for p in err.value.problems]
    assert text[0] == "test.jsonl:3: missing required field 'updated_at'"
    assert text[1].startswith("test.jsonl:4: duplicate document id 'ok' (first at test.jsonl:2)")
    assert store.get_document("ok") is None


def test_dangling_reference_names_the_line(store):
    records = [f.header(1), f.document("a"), f.faq("q", ["a", "missing-doc"]),
               f.interpretation("i", "gone")]
    with pytest.raises(ImportFailed) as err:
        apply_records(store, f.entries(records))
    text = sorted(str(p) for p in err.value.problems)
    assert text == ["test.jsonl:3: faq 'q': document_ids refers to missing document 'missing-doc'",
                    "test.jsonl:4: interpretation 'i': policy_id refers to missing document 'gone'"]
    assert store.counts()["records"]["document"] == 0


def test_records_may_come_in_any_order(store):
    records = [f.header(1), f.interpretation("i", "later"), f.document("later")]
    apply_records(store, f.entries(records))
    assert store.interpretations_for("later")


def test_readonly_store_cannot_write(tmp_path, store):
    base_library(store)
    reader = LibraryStore.open(tmp_path / "lib")
    with pytest.raises(sqlite3.OperationalError):
        reader.conn.execute("DELETE FROM documents")
    with pytest.raises(ValueError):
        apply_records(reader, [])
    reader.close()


def test_open_errors_are_specific(tmp_path):
    with pytest.raises(StoreError, match="no library store"):
        LibraryStore.open(tmp_path)
    (tmp_path / "library.sqlite").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a readable library store"):
        LibraryStore.open(tmp_path)


def test_migration_from_schema_1_keeps_data(tmp_path):
    path = tmp_path / "old" / "library.sqlite"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    schema.migrate(conn, target=1)                      # a store written by the first release
    conn.execute("INSERT INTO documents (id, title, level, validity, updated_at) "
                 "VALUES ('d', '旧文件', '市', '现行有效', '2020-01-01T00:00:00+08:00')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema 1"):
        LibraryStore.open(path.parent)                  # a reader may not migrate
    writer = LibraryStore.open(path.parent, readonly=False)
    assert schema.schema_version(writer.conn) == schema.SCHEMA_VERSION
    assert writer.get_document("d")["title"] == "旧文件"
    apply_records(writer, f.entries([{"type": "synonym", "id": "s", "updated_at": f.STAMP,
                                      "term": "低保", "expansions": ["最低生活保障"]}]))
    assert writer.synonyms()[0]["expansions"] == ["最低生活保障"]
    writer.close()


def test_newer_schema_is_refused(tmp_path):
    s = LibraryStore.create(tmp_path)
    s.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    s.close()
    with pytest.raises(StoreError, match="this kiosk reads up to"):
        LibraryStore.open(tmp_path, readonly=False)


def test_consultation_status_by_date():
    rec = {"start_date": "2026-11-01", "end_date": "2026-12-15"}
    assert consultation_status(rec, dt.date(2026, 10, 31)) == "upcoming"
    assert consultation_status(rec, dt.date(2026, 11, 1)) == "open"
    assert consultation_status(rec, dt.date(2026, 12, 15)) == "open"
    assert consultation_status(rec, dt.date(2026, 12, 16)) == "closed"


def test_enterprise_matching(store):
    vocab = {"type": "enterprise_tags", "updated_at": f.STAMP}
    records = [f.header(1), f.document("sme", published_date="2021-01-01"),
               f.document("any", published_date="2022-01-01"),
               dict(vocab, id="t1", document_id="sme", industries=["制造业"], enterprise_sizes=["小型"]),
               dict(vocab, id="t2", document_id="any", no_application=True)]
    apply_records(store, f.entries(records))
    ids = lambda **kw: [t["document_id"] for t in store.match_enterprise(**kw)]
    assert ids(industry="制造业", size="小型") == ["any", "sme"]       # 免申即享 first
    assert ids(industry="批发和零售业") == ["any"]
    assert ids() == ["any", "sme"]
