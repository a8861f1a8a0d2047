"""Receipts kept for a reprint: stored with the application in one transaction, encrypted, deleted when done."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from stdnum.cn import ric

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.intake import outbox as outbox_mod
from kiosk_app.core.intake.crypto import DecryptError
from kiosk_app.core.intake.form import ApplicationForm
from kiosk_app.core.intake.opinion import SuggestionForm
from kiosk_app.core.intake.outbox import Outbox, OutboxError
from kiosk_app.core.intake.service import IntakePaths, KioskIntake, ReceiptGone
from kiosk_app.core.pdf import ReceiptContent

BODY = "37010219580615242"
ID = BODY + ric.calc_check_digit(BODY + "0")
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
TITLE = "历下区老旧小区改造计划"


def application(title: str = TITLE):
    return ApplicationForm(name="王秀英", id_number=ID, phone="13905318888", info_title=title,
                           consent=True).validate(today=NOW.date())


@pytest.fixture
def clock():
    return [NOW]


@pytest.fixture
def desk(tmp_path, clock):
    d = KioskIntake.open(tmp_path, hall_name="历下区政务服务中心", clock=lambda: clock[0])
    yield d
    d.close()


def raw_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))


def receipt_blob(db: Path, key: str) -> bytes:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT content FROM receipt WHERE idem_key = ?", (key,)).fetchone()[0]
    finally:
        conn.close()


def test_a_receipt_is_kept_until_printed_and_listed_without_personal_data(desk):
    key = desk.new_key()
    sub, receipt = desk.submit_application(key, application())
    assert desk.receipt_for(key) == receipt
    [listed] = desk.unprinted_receipts()
    assert (listed.idempotency_key, listed.tracking_code, listed.received_at) == (key, sub.tracking_code, NOW)
    assert not {f.name for f in dataclasses.fields(listed)} & {"applicant", "request_summary", "content"}
    desk.receipt_printed(key)
    assert desk.unprinted_receipts() == []
    # Still kept while the application waits for delivery (nothing personal needs it then, but
    # deleting it is tied to delivery so one rule covers both orders).
    assert desk.receipt_for(key) == receipt


def test_printed_and_delivered_in_either_order_deletes_it_from_the_files(desk):
    db = IntakePaths(desk.paths.data_dir).outbox
    first, second = desk.new_key(), desk.new_key()
    desk.submit_application(first, application())
    desk.submit_application(second, application("另一份文件"))
    blobs = {k: receipt_blob(db, k) for k in (first, second)}
    assert all(b[20:52] in raw_bytes(db) for b in blobs.values())

    desk.receipt_printed(first)                       # printed, then delivered
    desk.outbox.mark_delivered([first])
    desk.outbox.mark_delivered([second])              # delivered, then printed
    with pytest.raises(ReceiptGone):
        desk.receipt_for(first)
    assert desk.receipt_for(second).request_summary == "《另一份文件》"
    assert [u.idempotency_key for u in desk.unprinted_receipts()] == [second]   # the citizen still needs it
    desk.receipt_printed(second)
    with pytest.raises(ReceiptGone):
        desk.receipt_for(second)
    data = raw_bytes(db)
    assert all(b[20:52] not in data for b in blobs.values())     # not in the file, the WAL or free pages
    assert desk.lookup(desk.outbox.get(first).tracking_code).kind == "政府信息公开申请"   # the stub stays


def test_the_stored_receipt_is_encrypted_and_bound_to_its_row(desk):
    db = desk.paths.outbox
    first, second = desk.new_key(), desk.new_key()
    desk.submit_application(first, application())
    desk.submit_application(second, application())
    data = raw_bytes(db)
    for text in ("王*英", TITLE, "纸质·现场领取", "历下区政务服务中心"):
        assert text.encode("utf-8") not in data
    conn = sqlite3.connect(db)
    conn.execute("UPDATE receipt SET content = ? WHERE idem_key = ?", (receipt_blob(db, first), second))
    conn.commit()
    conn.close()
    with pytest.raises(DecryptError):
        desk.receipt_for(second)


def test_a_double_tap_keeps_one_receipt_with_the_first_code(desk, clock):
    key = desk.new_key()
    sub, receipt = desk.submit_application(key, application())
    clock[0] = NOW + dt.timedelta(seconds=3)
    again, receipt2 = desk.submit_application(key, application())
    assert not again.created and receipt2.tracking_code == receipt.tracking_code
    assert receipt2.received_at == receipt.received_at == NOW
    assert len(desk.unprinted_receipts()) == 1
    desk.receipt_printed(key)
    desk.outbox.mark_delivered([key])
    _, rebuilt = desk.submit_application(key, application())      # receipt gone: built again, same facts
    assert (rebuilt.tracking_code, rebuilt.reply_due) == (receipt.tracking_code, receipt.reply_due)


def test_opinions_and_suggestions_have_no_receipt_to_reprint(desk):
    key = desk.new_key()
    desk.submit_opinion(key, SuggestionForm(text="建议增加打印纸").validate())
    assert desk.unprinted_receipts() == []
    with pytest.raises(ReceiptGone):
        desk.receipt_for(key)


def test_an_estimated_date_is_kept_as_such(desk, clock):
    clock[0] = dt.datetime(2026, 12, 21, 9, 0, tzinfo=SHANGHAI)
    key = desk.new_key()
    desk.submit_application(key, application())
    kept = desk.receipt_for(key)
    assert kept.reply_due.year == 2027 and kept.reply_due_provisional
    assert kept.reply_due_note.startswith("答复期限为预计日期：2027年")


def test_a_failing_receipt_stores_nothing(tmp_path):
    with Outbox.open(tmp_path / "o.sqlite", tmp_path / "k.key", "K7M", clock=lambda: NOW) as box:
        def broken(_sub):
            raise RuntimeError("calendar table unreadable")

        with pytest.raises(RuntimeError):
            box.submit("key-broken-1", "application", {"a": 1}, receipt=broken)
        with pytest.raises(OutboxError, match="receipt content is not JSON"):
            box.submit("key-broken-2", "application", {"a": 1}, receipt=lambda sub: {"at": object()})
        assert box.counts() == {"pending": 0, "delivered": 0}
        assert box.get("key-broken-1") is None and box.get("key-broken-2") is None
        # The same keys work afterwards: nothing half-stored blocks them.
        sub = box.submit("key-broken-1", "application", {"a": 1}, receipt=lambda s: {"code": s.tracking_code})
        assert box.stored_receipt("key-broken-1") == {"code": sub.tracking_code}


def test_a_version_1_database_is_upgraded_in_place(tmp_path):
    db = tmp_path / "outbox.sqlite"
    conn = sqlite3.connect(db)
    conn.executescript(outbox_mod._MIGRATIONS[0])          # the schema as version 1 shipped it
    conn.execute("INSERT INTO submission (idem_key, tracking_code, kind, received_at, state, delivered_at) "
                 "VALUES ('old-key-0001', 'K7M234567892', 'application', ?, 'delivered', ?)",
                 (NOW.isoformat(), NOW.isoformat()))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Outbox.open(db, tmp_path / "k.key", "K7M", clock=lambda: NOW) as box:
        assert box.lookup("K7M234567892").state == "delivered"
        box.submit("new-key-0001", "application", {"a": 1}, receipt=lambda s: {"code": s.tracking_code})
        assert [u.idempotency_key for u in box.unprinted_receipts()] == ["new-key-0001"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone() == (outbox_mod.SCHEMA_VERSION,) == (2,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_pruning_a_stub_takes_its_receipt_along(tmp_path):
    with Outbox.open(tmp_path / "o.sqlite", tmp_path / "k.key", "K7M", clock=lambda: NOW) as box:
        box.submit("prune-key-1", "application", {"a": 1}, receipt=lambda s: {"x": 1})
        box.mark_delivered(["prune-key-1"])
        assert box.stored_receipt("prune-key-1") == {"x": 1}       # never printed: kept
        assert box.prune(NOW + dt.timedelta(days=1)) == 1
        assert box.stored_receipt("prune-key-1") is None and box.unprinted_receipts() == []


def test_receipt_content_round_trips_through_the_store(desk):
    key = desk.new_key()
    _, receipt = desk.submit_application(key, application())
    kept = desk.receipt_for(key)
    assert isinstance(kept, ReceiptContent) and kept == receipt and kept.applicant == "王*英"


def test_a_form_filled_in_by_staff_says_so_on_the_kept_receipt(desk):
    key = desk.new_key()
    app = ApplicationForm(name="王秀英", id_number=ID, phone="13905318888", info_title=TITLE, consent=True,
                          assisted=True, staff_id="LX-007").validate(today=NOW.date())
    _, receipt = desk.submit_application(key, app)
    assert receipt.applicant == "王*英（工作人员代为填写）" == desk.receipt_for(key).applicant


def test_staff_discard_an_unprinted_receipt_and_the_application_stays(desk, caplog):
    db = IntakePaths(desk.paths.data_dir).outbox
    kept, dropped = desk.new_key(), desk.new_key()
    desk.submit_application(kept, application())
    sub, _receipt = desk.submit_application(dropped, application("另一份文件"))
    blob = receipt_blob(db, dropped)
    with caplog.at_level("INFO", logger="kiosk_app.core.intake.service"):
        assert desk.discard_receipt(dropped) is True
    assert [r.idempotency_key for r in desk.unprinted_receipts()] == [kept]
    with pytest.raises(ReceiptGone):
        desk.receipt_for(dropped)
    assert blob[20:52] not in raw_bytes(db)           # gone from the database, WAL and free pages
    assert desk.outbox.get(dropped).tracking_code == sub.tracking_code        # the application stands
    assert desk.outbox.counts() == {"pending": 2, "delivered": 0}
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "discarded" in logged and sub.tracking_code not in logged and dropped not in logged

    # Twice, a printed one, or one never stored: nothing happens.
    assert desk.discard_receipt(dropped) is False
    desk.receipt_printed(kept)
    assert desk.discard_receipt(kept) is False and desk.receipt_for(kept)
    assert desk.discard_receipt("no-such-key") is False
