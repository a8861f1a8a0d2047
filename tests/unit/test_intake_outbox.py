"""The outbox on a real SQLite file: once per key, encrypted at rest, erased after delivery."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from stdnum.cn import ric

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.intake import tracking
from kiosk_app.core.intake.crypto import (DecryptError, FieldCipher, KeyFileError, load_office_key,
                                          load_or_create_key, office_key_pem, open_sealed, seal_info)
from kiosk_app.core.intake.form import ApplicationForm
from kiosk_app.core.intake.outbox import Outbox, OutboxError
from sync.outbox import Outbox as SyncOutbox

BODY = "37010219580615242"
ID = BODY + ric.calc_check_digit(BODY + "0")
NAME = "王秀英"
PHONE = "13905318888"
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)


def payload() -> dict:
    return ApplicationForm(name=NAME, id_number=ID, phone=PHONE, info_title="老旧小区改造计划",
                           consent=True).validate(today=NOW.date()).to_payload()


OFFICE = X25519PrivateKey.generate()       # the disclosure office's key pair, for the whole module


@pytest.fixture
def paths(tmp_path):
    (tmp_path / "keys").mkdir()
    return tmp_path / "outbox.sqlite", tmp_path / "keys" / "outbox.key"


@pytest.fixture
def office_pem(tmp_path):
    path = tmp_path / "keys" / "office.pem"
    path.write_bytes(office_key_pem(OFFICE.public_key()))
    return path


@pytest.fixture
def outbox(paths, office_pem):
    box = Outbox.open(*paths, "K7M", office_key_path=office_pem, clock=lambda: NOW)
    yield box
    box.close()


def at_office(item) -> dict:
    """What the office reads from an uploaded item."""
    return json.loads(open_sealed(OFFICE, item.payload, seal_info(item.idempotency_key, item.kind)))


def kiosk_layer(paths, key: str) -> bytes:
    """What the kiosk itself can decrypt of a stored row, with its own key."""
    conn = sqlite3.connect(paths[0])
    code, kind, blob = conn.execute("SELECT tracking_code, kind, payload FROM submission WHERE idem_key = ?",
                                    (key,)).fetchone()
    conn.close()
    return FieldCipher.from_key_file(paths[1]).decrypt(blob, f"gk-outbox/1|{key}|{code}|{kind}".encode())


def raw_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))


def test_a_double_tap_stores_one_record(outbox):
    key = tracking.new_idempotency_key()
    first = outbox.submit(key, "application", payload())
    second = outbox.submit(key, "application", payload())
    assert first.created and not second.created
    assert (second.tracking_code, second.received_at) == (first.tracking_code, first.received_at)
    assert len(outbox.pending_items()) == 1
    assert outbox.get(key).tracking_code == first.tracking_code
    assert tracking.is_valid(first.tracking_code) and first.tracking_code.startswith("K7M")


def test_simultaneous_taps_from_two_threads_and_two_connections(paths, office_pem):
    boxes = [Outbox.open(*paths, "K7M", office_key_path=office_pem) for _ in range(2)]
    key = tracking.new_idempotency_key()
    results = []
    barrier = threading.Barrier(8)

    def tap(box):
        barrier.wait()
        results.append(box.submit(key, "application", payload()))

    threads = [threading.Thread(target=tap, args=(boxes[i % 2],)) for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len({r.tracking_code for r in results}) == 1
    assert sum(r.created for r in results) == 1
    assert boxes[0].counts() == {"pending": 1, "delivered": 0}
    for box in boxes:
        box.close()


def test_received_time_is_beijing_time(paths):
    with Outbox.open(*paths, "K7M", clock=lambda: dt.datetime(2026, 11, 23, 17, 0, 0, 999,
                                                              tzinfo=dt.timezone.utc)) as box:
        sub = box.submit("k" * 16, "application", payload())
    assert sub.received_at.isoformat() == "2026-11-24T01:00:00+08:00"


def test_personal_data_is_not_in_the_database_files(outbox, paths):
    key = tracking.new_idempotency_key()
    sub = outbox.submit(key, "application", payload())
    data = raw_bytes(paths[0])
    assert len(data) > 0
    for secret in (NAME, ID, PHONE, "老旧小区"):
        assert secret.encode() not in data
    item = outbox.pending_items()[0]
    envelope = at_office(item)
    assert envelope["form"]["id_number"] == ID and envelope["form"] == payload()
    assert (envelope["tracking_code"], envelope["idempotency_key"], envelope["kind"]) == (
        sub.tracking_code, key, "application")
    assert envelope["received_at"] == "2026-11-23T09:30:00+08:00" and envelope["kiosk_prefix"] == "K7M"
    assert item.created_at == envelope["received_at"]


def test_the_kiosk_itself_cannot_read_a_sealed_submission(outbox, paths):
    key = tracking.new_idempotency_key()
    outbox.submit(key, "application", payload())
    inner = kiosk_layer(paths, key)
    assert ID.encode() not in inner and NAME.encode() not in inner
    item = outbox.pending_items()[0]
    with pytest.raises(DecryptError):
        open_sealed(X25519PrivateKey.generate(), item.payload, seal_info(key, "application"))
    with pytest.raises(DecryptError):
        open_sealed(OFFICE, item.payload, seal_info(key, "opinion"))


def test_submissions_taken_before_the_office_key_are_sealed_at_hand_over(paths, office_pem):
    with Outbox.open(*paths, "K7M") as box:
        box.submit("key-early1", "application", payload())
        assert ID.encode() in kiosk_layer(paths, "key-early1")       # under the kiosk key only
        with pytest.raises(OutboxError, match="no office public key"):
            box.pending_items()
    with Outbox.open(*paths, "K7M", office_key_path=office_pem) as box:
        item = box.pending()[0]
        assert at_office(item)["form"]["id_number"] == ID
        assert ID.encode() not in kiosk_layer(paths, "key-early1")   # stored sealed from now on
        assert at_office(box.pending_items()[0]) == at_office(item)


def test_it_satisfies_the_sync_outbox_protocol(outbox):
    assert isinstance(outbox, SyncOutbox)
    outbox.submit("key-aaaa", "opinion", {"text": "a"})
    assert outbox.size() == 1
    outbox.ack("key-aaaa")
    outbox.ack("key-aaaa")
    assert outbox.size() == 0 and outbox.pending() == []


def test_delivery_erases_the_payload_and_keeps_a_stub(outbox, paths):
    key = tracking.new_idempotency_key()
    sub = outbox.submit(key, "application", payload())
    conn = sqlite3.connect(paths[0])
    (blob,) = conn.execute("SELECT payload FROM submission").fetchone()
    conn.close()
    assert blob[16:48] in raw_bytes(paths[0])
    assert outbox.mark_delivered([key, "unknown-key-123"]) == 1
    assert outbox.mark_delivered([key]) == 0
    assert outbox.pending_items() == []
    assert blob[16:48] not in raw_bytes(paths[0])          # not in the file, the WAL, or free pages
    record = outbox.lookup(sub.tracking_code)
    assert record.state == "delivered" and record.received_at == NOW and record.delivered_at == NOW
    conn = sqlite3.connect(paths[0])
    assert conn.execute("SELECT payload FROM submission").fetchall() == [(None,)]
    conn.close()


def test_pending_items_oldest_first_with_limit(paths, office_pem):
    times = iter(NOW + dt.timedelta(minutes=m) for m in (5, 1, 3))
    with Outbox.open(*paths, "K7M", office_key_path=office_pem, clock=lambda: next(times)) as box:
        subs = [box.submit(f"key-{i:04d}", "opinion", {"text": str(i)}) for i in range(3)]
        items = box.pending_items(limit=2)
    assert [i.idempotency_key for i in items] == ["key-0001", "key-0002"]
    assert items[0].tracking_code == subs[1].tracking_code and items[0].received_at.endswith("+08:00")


def test_a_payload_moved_to_another_row_does_not_decrypt(outbox, paths):
    outbox.submit("key-aaaa", "application", payload())
    outbox.submit("key-bbbb", "suggestion", {"text": "x"})
    conn = sqlite3.connect(paths[0])
    conn.execute("UPDATE submission SET payload = (SELECT payload FROM submission WHERE idem_key = 'key-aaaa') "
                 "WHERE idem_key = 'key-bbbb'")
    conn.commit()
    conn.close()
    with pytest.raises(DecryptError, match="altered or belongs to another record"):
        outbox.pending_items()


def test_another_kiosks_key_is_named_as_such(outbox):
    outbox.submit("key-aaaa", "application", payload())
    other = Outbox(outbox.path, FieldCipher(os.urandom(32)), "K7M", office_key=OFFICE.public_key())
    with pytest.raises(DecryptError, match="another key"):
        other.pending_items()
    other.close()


def test_office_key_file_must_be_an_x25519_public_key(tmp_path):
    wrong = tmp_path / "ed.pem"
    wrong.write_bytes(Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    with pytest.raises(KeyFileError, match="not an X25519"):
        load_office_key(wrong)
    (tmp_path / "junk.pem").write_text("hello")
    with pytest.raises(KeyFileError, match="not a PEM"):
        load_office_key(tmp_path / "junk.pem")
    with pytest.raises(KeyFileError, match="cannot read"):
        load_office_key(tmp_path / "absent.pem")


def test_status_updates_are_stored_once_and_only_for_our_codes(outbox):
    key = tracking.new_idempotency_key()
    sub = outbox.submit(key, "application", payload())
    outbox.mark_delivered([key])
    code = tracking.format_code(sub.tracking_code)
    updates = [
        {"tracking_code": code, "status": "accepted", "at": "2026-11-24T10:00:00+08:00", "id": "u1"},
        {"tracking_code": code, "status": "accepted", "at": "2026-11-24T10:00:00+08:00", "id": "u1"},
        {"tracking_code": sub.tracking_code, "status": "extended", "at": "2026-12-10T09:00:00+08:00",
         "due": "2027-01-20", "note": "需要调取档案"},
        {"tracking_code": "AAA222222222", "status": "accepted", "at": "2026-11-24T10:00:00+08:00"},
        {"tracking_code": code, "status": "accepted", "at": "yesterday"},
        "not even a dict",
    ]
    report = outbox.apply_status_updates(updates)
    assert (report.applied, report.duplicate, report.unknown, report.invalid) == (2, 1, 1, 2)
    record = outbox.lookup(sub.tracking_code)
    assert [u.status for u in record.updates] == ["accepted", "extended"]
    assert record.updates[1].due == dt.date(2027, 1, 20) and record.updates[1].note == "需要调取档案"
    assert outbox.apply_status_updates(updates[:3]).applied == 0


def test_prune_removes_only_old_delivered_stubs(outbox):
    outbox.submit("key-old1", "suggestion", {"text": "a"})
    outbox.submit("key-new1", "suggestion", {"text": "b"})
    outbox.mark_delivered(["key-old1"])
    assert outbox.prune(NOW - dt.timedelta(days=1)) == 0
    assert outbox.prune(NOW + dt.timedelta(days=1)) == 1
    assert outbox.counts() == {"pending": 1, "delivered": 0}


@pytest.mark.parametrize("key, kind, body, match", [
    ("short", "application", {}, "idempotency key"),
    ("k" * 16, "complaint", {}, "unknown submission kind"),
    ("k" * 16, "opinion", {"when": dt.date(2026, 1, 1)}, "JSON"),
])
def test_bad_calls_are_refused(outbox, key, kind, body, match):
    with pytest.raises(OutboxError, match=match):
        outbox.submit(key, kind, body)
    assert outbox.counts() == {"pending": 0, "delivered": 0}


def test_a_newer_database_is_not_touched(paths):
    Outbox.open(*paths, "K7M").close()
    conn = sqlite3.connect(paths[0])
    conn.execute("PRAGMA user_version = 9")
    conn.close()
    with pytest.raises(OutboxError, match="schema 9"):
        Outbox.open(*paths, "K7M")


def test_bad_prefix(paths):
    with pytest.raises(OutboxError, match="prefix"):
        Outbox.open(*paths, "K0M")


def test_tracking_code_collisions_draw_again(paths):
    draws = iter([0] * 16 + [1] * 8)      # two identical codes, then a different one
    with Outbox.open(*paths, "K7M", randbelow=lambda n: next(draws)) as box:
        a = box.submit("key-aaaa", "opinion", {"t": 1})
        b = box.submit("key-bbbb", "opinion", {"t": 2})
    assert a.tracking_code != b.tracking_code


# -- the key file -----------------------------------------------------------------------

def test_key_file_is_created_once_with_mode_0600(paths):
    _, key_path = paths
    key = load_or_create_key(key_path)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert load_or_create_key(key_path) == key
    assert list(key_path.parent.iterdir()) == [key_path]      # no temporary file left behind


def test_loose_permissions_are_tightened(paths):
    _, key_path = paths
    load_or_create_key(key_path)
    os.chmod(key_path, 0o644)
    load_or_create_key(key_path)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600


@pytest.mark.parametrize("content, match", [
    (b"", "header"), (b"disclosure-kiosk outbox key v1\n!!!\n", "base64"),
    (b"disclosure-kiosk outbox key v1\nAAAA\n", "3 bytes"),
])
def test_damaged_key_files_are_refused(paths, content, match):
    _, key_path = paths
    key_path.write_bytes(content)
    with pytest.raises(KeyFileError, match=match):
        load_or_create_key(key_path)


def test_missing_key_directory(tmp_path):
    with pytest.raises(KeyFileError, match="cannot create"):
        load_or_create_key(tmp_path / "absent" / "k.key")


def test_racing_processes_agree_on_one_key(paths):
    _, key_path = paths
    keys = []
    barrier = threading.Barrier(6)

    def create():
        barrier.wait()
        keys.append(load_or_create_key(key_path))

    threads = [threading.Thread(target=create) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(set(keys)) == 1 and keys[0] == load_or_create_key(key_path)


@pytest.mark.parametrize("cut", [0, 1, 20, -1])
def test_truncated_sealed_payloads_are_refused(outbox, cut):
    outbox.submit("key-aaaa", "opinion", {"text": "a"})
    item = outbox.pending_items()[0]
    with pytest.raises(DecryptError):
        open_sealed(OFFICE, item.payload[:cut], seal_info(item.idempotency_key, item.kind))


def test_updates_in_the_reference_intakes_shape_find_their_submission_by_key(outbox):
    # sync/intake/openapi.yaml: Update {seq, idempotency_key, status, note, at}
    key = tracking.new_idempotency_key()
    sub = outbox.submit(key, "application", payload())
    outbox.mark_delivered([key])
    updates = [{"seq": 7, "idempotency_key": key, "status": "needs_more_information",
                "note": "请写明文件名称", "at": "2026-11-24T02:00:00+00:00"},
               {"seq": 7, "idempotency_key": key, "status": "needs_more_information",
                "note": "请写明文件名称", "at": "2026-11-24T02:00:00+00:00"},
               {"seq": 8, "idempotency_key": "someone-elses-key", "status": "answered",
                "at": "2026-11-25T02:00:00+00:00"}]
    report = outbox.apply_status_updates(updates)
    assert (report.applied, report.duplicate, report.unknown) == (1, 1, 1)
    (update,) = outbox.lookup(sub.tracking_code).updates
    assert (update.update_id, update.status, update.note) == ("7", "needs_more_information", "请写明文件名称")
    assert update.at.isoformat() == "2026-11-24T10:00:00+08:00"
