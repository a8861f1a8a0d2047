"""The kiosk's upstream outbox: intake submissions and sealed usage days, over a real data directory."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from stdnum.cn import ric

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.intake.crypto import DecryptError, office_key_pem, open_sealed, seal_info
from kiosk_app.core.intake.form import ApplicationForm
from kiosk_app.core.intake.opinion import SuggestionForm
from kiosk_app.core.intake.service import IntakePaths, KioskIntake
from kiosk_app.core.intake.upstream import FACTORY_SPEC, SENT_FILE, open_outbox, usage_key
from kiosk_app.core.usage import USAGE_FILE, UsageLog
from sync.client.provision import DEFAULT_OUTBOX
from sync.errors import ConfigError
from sync.outbox import Outbox as OutboxProtocol

OFFICE = X25519PrivateKey.generate()
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
ROOT = Path(__file__).resolve().parents[2]
BODY = "37010219580615242"
ID = BODY + ric.calc_check_digit(BODY + "0")


def provisioned(tmp_path: Path, *, office_key: bool = True) -> Path:
    """A kiosk data directory as provisioning leaves it (prefix K7M, the office's public key)."""
    data = tmp_path / "kiosk"
    paths = IntakePaths(data)
    paths.folder.mkdir(parents=True)
    paths.config.write_text(json.dumps({"tracking_prefix": "K7M", "office": "历下区人民政府办公室"}),
                            encoding="utf-8")
    if office_key:
        paths.office_key.write_bytes(office_key_pem(OFFICE.public_key()))
    return data


def at(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, 0, tzinfo=SHANGHAI)


def record_day(data: Path, when: dt.datetime, *, visits: int = 2) -> None:
    usage = UsageLog(data / USAGE_FILE, clock=lambda: when)
    try:
        for _ in range(visits):
            usage.visit()
        usage.query("低保 申请", 4)
        usage.query("13812345678的公积金", 0)        # scrubbed when recorded
        usage.query("老旧小区加装电梯", 0)
        usage.opened("doc-00001")
        usage.printed("doc-00001", 3)
        usage.application_started()
    finally:
        usage.close()


def application():
    return ApplicationForm(name="王秀英", id_number=ID, phone="13905318888", info_title="老旧小区改造计划",
                           consent=True).validate(today=NOW.date())


def opened(item) -> dict:
    return json.loads(open_sealed(OFFICE, item.payload, seal_info(item.idempotency_key, item.kind)))


def test_the_factory_is_what_provisioning_configures():
    assert FACTORY_SPEC == DEFAULT_OUTBOX


def test_an_empty_data_directory_has_nothing_to_send_and_creates_nothing(tmp_path):
    with open_outbox(tmp_path) as outbox:
        assert isinstance(outbox, OutboxProtocol)
        assert outbox.pending() == [] and outbox.size() == 0
        outbox.ack("usage-K7M-2026-11-22")          # nothing to acknowledge: harmless
    assert list(tmp_path.iterdir()) == []           # no key file, no database, no state made by sync


def test_finished_days_go_up_sealed_with_counts_and_nothing_personal(tmp_path):
    data = provisioned(tmp_path)
    record_day(data, at(21), visits=1)
    record_day(data, at(22), visits=3)
    record_day(data, at(23))                         # today: not finished, not sent
    with sqlite3.connect(data / USAGE_FILE) as raw:  # an event stored before today's scrubbing rules
        raw.execute("INSERT INTO events (at, day, kind, query, results) VALUES "
                    "('2026-11-22T11:00:00+08:00', '2026-11-22', 'query', '370102199003074518 低保', 0)")
    with open_outbox(data, clock=lambda: NOW) as outbox:
        items = outbox.pending()
        assert outbox.size() == 2
    assert [i.idempotency_key for i in items] == ["usage-K7M-2026-11-21", "usage-K7M-2026-11-22"]
    assert {i.kind for i in items} == {"usage"}
    assert items[1].created_at == "2026-11-23T00:00:00+08:00"
    assert b"visits" not in items[1].payload and "低保".encode() not in items[1].payload   # sealed
    day = opened(items[1])
    assert day["envelope"] == "gk-usage/1" and day["day"] == "2026-11-22" and day["kiosk_prefix"] == "K7M"
    assert (day["visits"], day["queries"], day["zero_result_queries"]) == (3, 4, 3)
    assert (day["documents_opened"], day["prints"], day["pages_printed"], day["applications_started"]) == (1, 1, 3, 1)
    assert {"query": "＊ 低保", "count": 1} in day["top_zero_result_queries"]
    assert {"query": "＊的公积金", "count": 1} in day["top_queries"]
    assert day["top_documents"] == [{"doc_id": "doc-00001", "count": 1}]
    text = json.dumps(day, ensure_ascii=False)
    assert "13812345678" not in text and "370102199003074518" not in text
    with pytest.raises(DecryptError):               # bound to its key: not readable as another day
        open_sealed(OFFICE, items[1].payload, seal_info(items[0].idempotency_key, "usage"))
    with pytest.raises(DecryptError):
        open_sealed(X25519PrivateKey.generate(), items[1].payload, seal_info(items[1].idempotency_key, "usage"))


def test_acknowledged_days_are_remembered_and_never_resent(tmp_path):
    data = provisioned(tmp_path)
    for day in (20, 21, 22):
        record_day(data, at(day))
    with open_outbox(data, clock=lambda: NOW) as outbox:
        first = outbox.pending(limit=2)
        assert [i.idempotency_key for i in first] == [usage_key("K7M", dt.date(2026, 11, d)) for d in (20, 21)]
        outbox.ack(first[0].idempotency_key)
        outbox.ack("usage-XXX-2026-11-21")           # another kiosk's key: not this one's to remember
    state = json.loads((data / SENT_FILE).read_text(encoding="utf-8"))
    assert state == {"acknowledged": ["2026-11-20"]}
    with open_outbox(data, clock=lambda: NOW) as outbox:   # the next run, a new process
        assert [i.idempotency_key for i in outbox.pending()] == ["usage-K7M-2026-11-21", "usage-K7M-2026-11-22"]
        again = outbox.pending()
        assert opened(again[0]) == opened(outbox.pending()[0])   # the same day, the same content
        for item in again:
            outbox.ack(item.idempotency_key)
        assert outbox.pending() == [] and outbox.size() == 0
    assert json.loads((data / SENT_FILE).read_text(encoding="utf-8"))["acknowledged"] == \
        ["2026-11-20", "2026-11-21", "2026-11-22"]
    pruner = UsageLog(data / USAGE_FILE, clock=lambda: NOW)
    assert pruner.prune(keep_days=2) > 0            # the 20th leaves the log: its entry can go too
    pruner.close()
    record_day(data, at(23))
    with open_outbox(data, clock=lambda: NOW + dt.timedelta(days=1)) as outbox:
        assert [i.idempotency_key for i in outbox.pending()] == ["usage-K7M-2026-11-23"]
        outbox.ack("usage-K7M-2026-11-23")
    assert json.loads((data / SENT_FILE).read_text(encoding="utf-8"))["acknowledged"] == \
        ["2026-11-21", "2026-11-22", "2026-11-23"]
    (data / SENT_FILE).write_text("{damaged", encoding="utf-8")
    with open_outbox(data, clock=lambda: NOW) as outbox:    # lost memory: resent under the same keys
        assert [i.idempotency_key for i in outbox.pending()][0] == "usage-K7M-2026-11-21"


def test_without_the_office_key_days_and_submissions_wait(tmp_path, caplog):
    data = provisioned(tmp_path, office_key=False)
    record_day(data, at(22))
    desk = KioskIntake.open(data, clock=lambda: NOW)
    try:
        desk.submit_opinion(desk.new_key(), SuggestionForm(text="建议延长周末办事时间").validate())
        with open_outbox(data, clock=lambda: NOW) as outbox:
            assert outbox.pending() == [] and outbox.size() == 2
        assert "wait for the office public key" in caplog.text and "held back" in caplog.text
        IntakePaths(data).office_key.write_bytes(office_key_pem(OFFICE.public_key()))
        with open_outbox(data, clock=lambda: NOW) as outbox:
            items = outbox.pending()
        assert [i.kind for i in items] == ["suggestion", "usage"]
        assert opened(items[0])["form"]["text"] == "建议延长周末办事时间"
    finally:
        desk.close()


def test_submissions_come_first_and_an_ack_erases_their_payload(tmp_path):
    data = provisioned(tmp_path)
    record_day(data, at(22))
    desk = KioskIntake.open(data, clock=lambda: NOW)
    try:
        sub, _ = desk.submit_application(desk.new_key(), application())
        sug = desk.submit_opinion(desk.new_key(), SuggestionForm(text="希望增加夜间服务").validate())
        with open_outbox(data, clock=lambda: NOW) as outbox:
            assert [i.kind for i in outbox.pending(limit=2)] == ["application", "suggestion"]
            items = outbox.pending()
            assert [i.kind for i in items] == ["application", "suggestion", "usage"] and outbox.size() == 3
            assert opened(items[0])["form"]["name"] == "王秀英"
            assert opened(items[0])["tracking_code"] == sub.tracking_code
            for item in items:
                outbox.ack(item.idempotency_key)
            assert outbox.size() == 0
        assert desk.outbox.counts() == {"pending": 0, "delivered": 2}
        assert desk.lookup(sub.tracking_code).current == "已转交受理机关"
        assert desk.lookup(sug.tracking_code) is not None
    finally:
        desk.close()
    with sqlite3.connect(IntakePaths(data).outbox) as raw:
        assert raw.execute("SELECT count(*) FROM submission WHERE payload IS NOT NULL").fetchone()[0] == 0


def test_a_broken_intake_configuration_is_named(tmp_path):
    data = provisioned(tmp_path)
    IntakePaths(data).config.write_text('{"tracking_prefix": "IO1"}', encoding="utf-8")
    with pytest.raises(ConfigError, match="intake.json"):
        open_outbox(data)
    IntakePaths(data).config.write_text('{"tracking_prefix": "K7M"}', encoding="utf-8")
    IntakePaths(data).office_key.write_text("not a key", encoding="utf-8")
    with pytest.raises(ConfigError, match="office-key.pem is not a PEM public key"):
        open_outbox(data)


# The sync side in its own process, as on a kiosk: drains and acknowledges until told to stop.
_DRAINER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kiosk_app.core.intake.upstream import open_outbox
    data, stop = Path(sys.argv[1]), Path(sys.argv[2])
    acked = runs = 0
    while True:
        stopping = stop.exists()
        with open_outbox(data) as outbox:
            items = outbox.pending(7)
            for item in items:
                outbox.ack(item.idempotency_key)
            acked += len(items)
            runs += 1
            left = outbox.size()
        if stopping and not items:
            break
        time.sleep(0.01)
    print(acked, runs, left)
""")


def test_the_screens_and_sync_have_both_databases_open_at_once(tmp_path):
    data = provisioned(tmp_path)
    record_day(data, dt.datetime.now().astimezone() - dt.timedelta(days=1))   # one finished day by the real clock
    desk = KioskIntake.open(data)
    usage = UsageLog(data / USAGE_FILE)
    stop = tmp_path / "stop"
    proc = subprocess.Popen([sys.executable, "-c", _DRAINER, str(data), str(stop)], cwd=ROOT,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    codes = []
    try:
        for n in range(40):
            suggestion = SuggestionForm(text=f"第{n}条建议：延长服务时间").validate()
            codes.append(desk.submit_opinion(desk.new_key(), suggestion))
            usage.visit()
            usage.query(f"公积金 提取 {n}", n % 3)
            if n == 20:     # the screens hold the outbox's write lock for a moment: sync waits, then goes on
                hold = sqlite3.connect(IntakePaths(data).outbox, isolation_level=None, check_same_thread=False)
                hold.execute("BEGIN IMMEDIATE")
                threading.Timer(0.5, lambda: (hold.execute("COMMIT"), hold.close())).start()
                time.sleep(0.6)
        stop.touch()
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    acked, runs, left = map(int, out.split())
    assert (acked, left) == (41, 0) and runs > 1          # 40 suggestions and yesterday's usage
    assert desk.outbox.counts() == {"pending": 0, "delivered": 40}
    assert all(desk.outbox.lookup(c.tracking_code).state == "delivered" for c in codes)
    assert usage.figures().visits == 40                   # nothing the screens wrote was lost
    usage.close()
    desk.close()


def test_the_upstream_modules_import_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "import kiosk_app.core.intake.upstream, sync.intake.app, sync.intake.cli, sync.client.provision\n"
            "import sync.publish.provisioning\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m] is not None)\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
