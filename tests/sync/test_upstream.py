"""Upstream against the reference intake on a real loopback HTTP server."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest

flask = pytest.importorskip("flask")
from werkzeug.serving import make_server  # noqa: E402

from sync.client.cli import main as client_main  # noqa: E402
from sync.client.upstream import IntakeClient, upload_once  # noqa: E402
from sync.errors import ConfigError, NetworkError  # noqa: E402
from sync.intake.app import create_app  # noqa: E402
from sync.intake.store import IntakeStore  # noqa: E402
from tests.sync.conftest import provision_kiosk  # noqa: E402
from tests.sync.sqlite_outbox import SqliteOutbox, open_outbox  # noqa: E402

ADMIN = "office-secret"


class Flaky:
    """WSGI middleware answering 500 to the next ``fail`` requests."""

    def __init__(self, app):
        self.app = app
        self.fail = 0
        self.requests = 0

    def __call__(self, environ, start_response):
        self.requests += 1
        if self.fail > 0:
            self.fail -= 1
            start_response("500 Internal Server Error", [("Content-Length", "0")])
            return [b""]
        return self.app(environ, start_response)


@pytest.fixture
def intake(central, tmp_path):
    app = create_app(tmp_path / "intake.sqlite", central.root / "kiosks.json", ADMIN)
    flaky = Flaky(app)
    server = make_server("127.0.0.1", 0, flaky, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    flaky.url = f"http://127.0.0.1:{server.server_port}"
    flaky.db = tmp_path / "intake.sqlite"
    flaky.client = app.test_client()
    yield flaky
    server.shutdown()
    thread.join(5)


@pytest.fixture
def kiosk_up(central, intake, tmp_path):
    return provision_kiosk(central, "http://127.0.0.1:9", tmp_path / "kiosk-up", kiosk_id="up-1",
                           intake_url=intake.url, outbox="tests.sync.sqlite_outbox:open_outbox")


def stored(intake) -> list[dict]:
    store = IntakeStore(intake.db)
    try:
        return store.items()
    finally:
        store.close()


def test_items_are_delivered_acknowledged_and_deleted(kiosk_up, intake):
    outbox = open_outbox(kiosk_up.data_path)
    keys = [outbox.put("application", b"\x01encrypted"), outbox.put("opinion", b"\x02"),
            outbox.put("usage", b'{"searches": 12}')]
    report = upload_once(kiosk_up, outbox=outbox)
    assert report["sent"] == 3 and report["remaining"] == 0 and report["heartbeat"]
    assert outbox.size() == 0
    assert [i["idempotency_key"] for i in stored(intake)] == keys
    kiosks = intake.client.get("/v1/kiosks", headers={"Authorization": f"Bearer {ADMIN}"}).get_json()
    assert kiosks["kiosks"][0]["kiosk_id"] == "up-1" and kiosks["kiosks"][0]["outbox_size"] == 0


def test_a_retried_post_is_recognised_by_its_idempotency_key(kiosk_up, intake):
    outbox = open_outbox(kiosk_up.data_path)
    key = outbox.put("application", b"secret")
    client = IntakeClient(intake.url, "up-1", kiosk_up.token)
    # the first post arrived but its answer was lost: the item is still in the outbox
    status, _ = client.post("/v1/items", {"kind": "application", "created_at": "x", "payload_b64": "c2VjcmV0"},
                            idempotency_key=key)
    assert status == 201
    report = upload_once(kiosk_up, outbox=outbox)
    assert report["duplicates"] == 1 and report["sent"] == 0 and outbox.size() == 0
    assert len(stored(intake)) == 1


def test_server_errors_are_retried_with_backoff(kiosk_up, intake):
    outbox = open_outbox(kiosk_up.data_path)
    outbox.put("opinion", b"x")
    intake.fail = 2
    pauses = []
    client = IntakeClient(intake.url, "up-1", kiosk_up.token, backoff=0.5, sleep=pauses.append)
    report = upload_once(kiosk_up, outbox=outbox, client=client)
    assert report["sent"] == 1 and pauses == [0.5, 1.0]


def test_an_unreachable_intake_keeps_everything_queued(central, tmp_path):
    cfg = provision_kiosk(central, "http://127.0.0.1:9", tmp_path / "k-down", kiosk_id="down-1",
                          intake_url="http://127.0.0.1:9", attempts=2)
    outbox = SqliteOutbox(tmp_path / "down.sqlite")
    outbox.put("application", b"x")
    with pytest.raises(NetworkError, match="cannot reach"):
        upload_once(cfg, outbox=outbox)
    assert outbox.size() == 1
    assert "upstream failed: network" in (cfg.data_path / "sync.log").read_text(encoding="utf-8")


def test_a_wrong_token_is_a_configuration_fault(central, intake, tmp_path):
    cfg = provision_kiosk(central, "http://127.0.0.1:9", tmp_path / "k-bad", kiosk_id="bad-1",
                          intake_url=intake.url)
    outbox = SqliteOutbox(tmp_path / "bad.sqlite")
    outbox.put("application", b"x")
    client = IntakeClient(intake.url, "bad-1", "not-the-token")
    with pytest.raises(ConfigError, match="credential"):
        upload_once(cfg, outbox=outbox, client=client)
    assert outbox.size() == 1 and stored(intake) == []


def test_a_refused_item_is_kept_and_the_rest_delivered(kiosk_up, intake):
    outbox = open_outbox(kiosk_up.data_path)
    outbox.put("k" * 60, b"bad kind")
    good = outbox.put("opinion", b"ok")
    report = upload_once(kiosk_up, outbox=outbox)
    assert report["sent"] == 1 and len(report["refused"]) == 1 and outbox.size() == 1
    assert [i["idempotency_key"] for i in stored(intake)] == [good]


def test_application_status_flows_back_to_the_kiosk(kiosk_up, intake):
    outbox = open_outbox(kiosk_up.data_path)
    key = outbox.put("application", b"enc")
    upload_once(kiosk_up, outbox=outbox)
    admin = {"Authorization": f"Bearer {ADMIN}"}
    answer = intake.client.post(f"/v1/items/up-1/{key}/status", headers=admin,
                                json={"status": "accepted", "note": "已受理"})
    assert answer.status_code == 201
    assert intake.client.post(f"/v1/items/up-1/{key}/status", json={"status": "accepted"}).status_code == 401
    report = upload_once(kiosk_up, outbox=outbox)
    assert report["updates"] == 1
    shown = json.loads((kiosk_up.data_path / "application-status.json").read_text(encoding="utf-8"))
    assert [(s["status"], s["note"]) for s in shown[key]] == [("accepted", "已受理")]
    assert upload_once(kiosk_up, outbox=outbox)["updates"] == 0     # the cursor moved on
    # Two steps between syncs: both stay, in order, for the kiosk's status history.
    for status, note in (("needs_more_information", "请补充所需信息的时间范围"), ("answered", "已邮寄答复书")):
        assert intake.client.post(f"/v1/items/up-1/{key}/status", headers=admin,
                                  json={"status": status, "note": note}).status_code == 201
    assert upload_once(kiosk_up, outbox=outbox)["updates"] == 2
    shown = json.loads((kiosk_up.data_path / "application-status.json").read_text(encoding="utf-8"))
    assert [s["status"] for s in shown[key]] == ["accepted", "needs_more_information", "answered"]
    assert len({s["seq"] for s in shown[key]}) == 3


def test_cli_upload_and_status_count_the_outbox(kiosk_up, intake, capsys):
    outbox = open_outbox(kiosk_up.data_path)
    outbox.put("opinion", b"x")
    assert client_main(["--config", str(kiosk_up.path), "--status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["outbox_size"] == 1
    assert client_main(["--config", str(kiosk_up.path), "--upload"]) == 0
    assert json.loads(capsys.readouterr().out)["sent"] == 1
    assert outbox.size() == 0


def test_every_route_is_in_the_openapi_description(central, tmp_path):
    app = create_app(tmp_path / "x.sqlite", tmp_path / "none.json")
    spec = (Path(__file__).resolve().parents[2] / "sync" / "intake" / "openapi.yaml").read_text(encoding="utf-8")
    documented = set(re.findall(r"^  (/v1/\S+):$", spec, re.M))
    routes = {re.sub(r"<(\w+)>", r"{\1}", r.rule) for r in app.url_map.iter_rules() if r.rule.startswith("/v1/")}
    assert routes == documented
