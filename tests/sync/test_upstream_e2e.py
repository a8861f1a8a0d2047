"""From the kiosk's screens to the office and back, through the real reference intake on loopback.

A kiosk is provisioned from a file with an intake section; its screens take an
application and a suggestion and record yesterday's usage; the sync command
(a separate process, as on a kiosk) uploads; the office opens what arrived with
its private key, answers the application, and the kiosk's lookup shows it.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

flask = pytest.importorskip("flask")
from stdnum.cn import ric  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from kiosk_app.core.intake.crypto import open_sealed, seal_info  # noqa: E402
from kiosk_app.core.intake.form import ApplicationForm  # noqa: E402
from kiosk_app.core.intake.opinion import SuggestionForm  # noqa: E402
from kiosk_app.core.intake.service import IntakePaths, KioskIntake  # noqa: E402
from kiosk_app.core.intake.upstream import SENT_FILE  # noqa: E402
from kiosk_app.core.usage import USAGE_FILE, UsageLog  # noqa: E402
from sync.client.cli import main as client_main  # noqa: E402
from sync.intake.app import create_app  # noqa: E402
from sync.intake.sealed import load_office_private_key  # noqa: E402
from sync.intake.store import IntakeStore  # noqa: E402
from sync.publish.cli import main as central_main  # noqa: E402
from sync.publish.provisioning import OFFICE_PRIVATE_KEY, office_public_key  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ADMIN = {"Authorization": "Bearer office-secret"}
BODY = "37010219580615242"
ID = BODY + ric.calc_check_digit(BODY + "0")


@pytest.fixture
def office(central, tmp_path):
    """The office's intake service, holding the private key the central side made."""
    office_public_key(central.root)
    key = load_office_private_key(central.root / OFFICE_PRIVATE_KEY)
    app = create_app(tmp_path / "intake.sqlite", central.root / "kiosks.json", "office-secret", key)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.url = f"http://127.0.0.1:{server.server_port}"
    app.db = tmp_path / "intake.sqlite"
    app.key = key
    app.client = app.test_client()
    yield app
    server.shutdown()
    thread.join(5)


def kiosk_sync(*args: str) -> dict:
    """``python -m sync.client ARGS`` in its own process; its JSON output."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run([sys.executable, "-m", "sync.client", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def stored(db: Path) -> list[dict]:
    store = IntakeStore(db)
    try:
        return [dict(store.item(i["kiosk_id"], i["idempotency_key"])) for i in store.items()]
    finally:
        store.close()


def test_applications_opinions_and_usage_reach_the_office_and_status_comes_back(central, office, tmp_path):
    # -- central: the provisioning file, with its intake section -------------------------------------
    file = tmp_path / "hall-01.json"
    assert central_main(["provisioning", str(central.root), "--base-url", "http://127.0.0.1:9",
                         "--kiosk-id", "hall-01", "--hall", "历下区政务服务中心", "--region", "济南",
                         "--intake-url", office.url, "--office", "历下区人民政府办公室",
                         "--phone", "0531-86012345", "--out", str(file)]) == 0
    assert json.loads(file.read_text(encoding="utf-8"))["intake"]["tracking_prefix"] == "222"
    data = tmp_path / "kiosk"
    assert client_main(["provision", str(file), "--data-dir", str(data)]) == 0
    config = str(data / "kiosk.json")

    # -- the kiosk's screens: an application, a suggestion, yesterday's and today's usage -----------
    desk = KioskIntake.open(data, hall_name="历下区政务服务中心")
    today_log = UsageLog(data / USAGE_FILE)       # the screens keep it open while sync runs
    try:
        app = ApplicationForm(name="王秀英", id_number=ID, phone="13905318888", info_title="老旧小区改造计划",
                              consent=True).validate(today=dt.date.today())
        sub, receipt = desk.submit_application(desk.new_key(), app)
        assert receipt.tracking_code.replace("-", "") == sub.tracking_code and sub.tracking_code.startswith("222")
        sug = desk.submit_opinion(desk.new_key(), SuggestionForm(text="希望周六上午也能办理公积金业务").validate())
        yesterday = dt.datetime.now().astimezone() - dt.timedelta(days=1)
        past = UsageLog(data / USAGE_FILE, clock=lambda: yesterday)
        for _ in range(3):
            past.visit()
        past.query("公积金提取", 5)
        past.query("电梯加装补贴", 0)
        past.opened("doc-00007")
        past.printed("doc-00007", 2)
        past.application_started()
        past.close()
        today_log.visit()                          # today is not finished: not sent

        assert kiosk_sync("--config", config, "--status", "--json")["outbox_size"] == 3

        # -- sync uploads ---------------------------------------------------------------------------
        report = kiosk_sync("--config", config, "--upload")
        assert (report["sent"], report["duplicates"], report["refused"], report["remaining"]) == (3, 0, [], 0)
        assert report["heartbeat"]

        # -- the office: three items, sealed; its private key opens them -----------------------------
        items = {i["kind"]: i for i in stored(office.db)}
        assert set(items) == {"application", "suggestion", "usage"}
        assert {i["kiosk_id"] for i in items.values()} == {"hall-01"}
        application = items["application"]
        assert ID.encode() not in application["payload"] and "王秀英".encode() not in application["payload"]
        envelope = json.loads(open_sealed(office.key, application["payload"],
                                          seal_info(application["idempotency_key"], "application")))
        assert envelope["tracking_code"] == sub.tracking_code and envelope["kiosk_prefix"] == "222"
        assert envelope["form"]["name"] == "王秀英" and envelope["form"]["id_number"] == ID
        shown = office.client.get(f"/v1/items/hall-01/{sug.idempotency_key}", headers=ADMIN).get_json()
        assert shown["content"]["form"]["text"] == "希望周六上午也能办理公积金业务"
        assert base64.b64decode(shown["payload_b64"]) == items["suggestion"]["payload"]
        day = yesterday.date().isoformat()
        assert items["usage"]["idempotency_key"] == f"usage-222-{day}"
        usage = office.client.get("/v1/usage", headers=ADMIN).get_json()
        assert usage["unreadable"] == 0 and len(usage["days"]) == 1
        figures = usage["days"][0]
        assert (figures["kiosk_id"], figures["day"], figures["visits"], figures["queries"]) == ("hall-01", day, 3, 2)
        assert figures["top_zero_result_queries"] == [{"query": "电梯加装补贴", "count": 1}]
        assert (figures["pages_printed"], figures["applications_started"]) == (2, 1)
        assert usage["totals"]["visits"] == 3 and usage["totals"]["kiosks"] == 1 and not usage["truncated"]
        before = (yesterday.date() - dt.timedelta(days=1)).isoformat()
        assert len(office.client.get(f"/v1/usage?since={day}&until={day}", headers=ADMIN).get_json()["days"]) == 1
        assert office.client.get(f"/v1/usage?until={before}", headers=ADMIN).get_json()["days"] == []

        # -- the kiosk: delivered, personal data gone, the usage day remembered ------------------------
        assert desk.outbox.counts() == {"pending": 0, "delivered": 2}
        with sqlite3.connect(IntakePaths(data).outbox) as raw:
            assert raw.execute("SELECT count(*) FROM submission WHERE payload IS NOT NULL").fetchone()[0] == 0
        assert desk.lookup(sub.tracking_code).current == "已转交受理机关"
        assert json.loads((data / SENT_FILE).read_text(encoding="utf-8"))["acknowledged"] == [day]
        assert kiosk_sync("--config", config, "--status", "--json")["outbox_size"] == 0

        # -- the office answers; the next sync brings it to the kiosk's lookup ------------------------
        answer = office.client.post(f"/v1/items/hall-01/{sub.idempotency_key}/status", headers=ADMIN,
                                    json={"status": "accepted", "note": "已受理，请留意短信通知"})
        assert answer.status_code == 201
        again = kiosk_sync("--config", config, "--upload")
        assert (again["sent"], again["duplicates"], again["updates"]) == (0, 0, 1)   # nothing resent
        assert len(stored(office.db)) == 3
        view = desk.lookup(sub.tracking_code)
        assert view.current == "已受理"
        assert any("已受理，请留意短信通知" in row[2] for row in view.history)
        shown = office.client.get(f"/v1/items/hall-01/{sub.idempotency_key}", headers=ADMIN).get_json()
        assert [u["status"] for u in shown["updates"]] == ["accepted"]
        kiosks = office.client.get("/v1/kiosks", headers=ADMIN).get_json()["kiosks"]
        assert kiosks[0]["kiosk_id"] == "hall-01" and kiosks[0]["outbox_size"] == 0
    finally:
        today_log.close()
        desk.close()


def test_the_office_routes_need_the_admin_token_and_the_key(central, tmp_path):
    app = create_app(tmp_path / "i.sqlite", central.root / "kiosks.json", "office-secret")
    client = app.test_client()
    assert client.get("/v1/usage").status_code == 401
    answer = client.get("/v1/usage", headers=ADMIN)
    assert answer.status_code == 409 and "no office private key" in answer.get_json()["error"]
    assert client.get("/v1/items/hall-01/nope").status_code == 401
    assert client.get("/v1/items/hall-01/nope", headers=ADMIN).status_code == 404
    keyed = create_app(tmp_path / "i.sqlite", central.root / "kiosks.json", "office-secret",
                       load_office_private_key(_office_key(central)))
    assert keyed.test_client().get("/v1/usage?since=yesterday", headers=ADMIN).status_code == 400
    assert keyed.test_client().get("/v1/usage", headers=ADMIN).get_json()["days"] == []


def _office_key(central) -> Path:
    office_public_key(central.root)
    return central.root / OFFICE_PRIVATE_KEY


def test_the_intake_command_refuses_a_key_that_is_not_the_offices(central, tmp_path, capsys):
    from sync.intake.cli import main as intake_main
    (tmp_path / "wrong.pem").write_text("not a key", encoding="utf-8")
    assert intake_main(["--db", str(tmp_path / "i.sqlite"), "--registry", str(central.root / "kiosks.json"),
                        "--office-key", str(tmp_path / "wrong.pem")]) == 2
    assert "is not an unencrypted PEM private key" in capsys.readouterr().err


def test_the_admin_sync_button_uploads_even_when_the_library_server_is_down(central, office, tmp_path):
    """``--now`` (立即同步): the library sync fails here (nothing listens on its URL), the upload still runs."""
    file = tmp_path / "hall-02.json"
    assert central_main(["provisioning", str(central.root), "--base-url", "http://127.0.0.1:9",
                         "--kiosk-id", "hall-02", "--hall", "历下区政务服务中心", "--region", "济南",
                         "--intake-url", office.url, "--out", str(file)]) == 0
    data = tmp_path / "kiosk"
    assert client_main(["provision", str(file), "--data-dir", str(data)]) == 0
    desk = KioskIntake.open(data, hall_name="历下区政务服务中心")
    try:
        desk.submit_opinion(desk.new_key(), SuggestionForm(text="建议增加老年人专用座椅").validate())
    finally:
        desk.close()
    config = str(data / "kiosk.json")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run([sys.executable, "-m", "sync.client", "--config", config, "--now"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 1, proc.stderr            # the library sync's code: it could not reach the server
    assert "network" in proc.stderr or "cannot reach" in proc.stderr
    assert kiosk_sync("--config", config, "--status", "--json")["outbox_size"] == 0
    assert [i["kind"] for i in stored(office.db)] == ["suggestion"]
