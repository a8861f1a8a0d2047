"""The intake's HTTP API (Flask). See openapi.yaml for the contract.

Kiosks authenticate with ``Authorization: Bearer <token>`` and ``X-Kiosk-Id``;
the intake compares the token's SHA-256 with the registry the publisher wrote
at provisioning (``kiosks.json``). The office uses an admin token for the
status endpoints and to read what arrived. Payloads arrive sealed for the
office; given the office's private key the intake opens them for the admin
routes (an item's content, the usage report), and never for anything else.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from flask import Flask, g, jsonify, request

from kiosk_app.core.intake.crypto import DecryptError
from sync.intake.sealed import open_item, usage_report
from sync.intake.store import IntakeStore

MAX_PAYLOAD = 1024 * 1024
_KEY_RE = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STATUSES = ("received", "accepted", "needs_more_information", "answered", "closed")


def _error(status: int, message: str):
    response = jsonify({"error": message})
    response.status_code = status
    return response


def create_app(db_path: Path, registry_path: Path, admin_token: str = "",
               office_key: X25519PrivateKey | None = None) -> Flask:
    """The intake application.

    Args:
        db_path: SQLite file (created if missing).
        registry_path: ``kiosks.json`` written by ``sync.publish provisioning``.
        admin_token: the office's token for the admin endpoints (empty: disabled).
        office_key: the office's private key (``sealed.load_office_private_key``),
            to open payloads on the admin routes; None serves them sealed only.
    """
    app = Flask("kiosk-intake")
    app.config["MAX_CONTENT_LENGTH"] = 2 * MAX_PAYLOAD

    def store() -> IntakeStore:
        if "store" not in g:
            g.store = IntakeStore(Path(db_path))
        return g.store

    @app.teardown_appcontext
    def _close(_exc) -> None:
        held = g.pop("store", None)
        if held is not None:
            held.close()

    def kiosk_or_error():
        kiosk_id = request.headers.get("X-Kiosk-Id", "")
        auth = request.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else ""
        try:
            registry = json.loads(Path(registry_path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            registry = {}
        entry = registry.get(kiosk_id)
        digest = hashlib.sha256(token.encode("utf-8")).hexdigest()
        if not entry or not token or not hmac.compare_digest(digest, entry.get("token_sha256", "")):
            return None, _error(401, "unknown kiosk or wrong token")
        return kiosk_id, None

    def admin_ok() -> bool:
        auth = request.headers.get("Authorization", "")
        return bool(admin_token) and hmac.compare_digest(auth, f"Bearer {admin_token}")

    @app.get("/v1/health")
    def health():
        return jsonify({"ok": True})

    @app.post("/v1/items")
    def post_item():
        kiosk_id, err = kiosk_or_error()
        if err:
            return err
        key = request.headers.get("Idempotency-Key", "")
        if not _KEY_RE.match(key):
            return _error(400, "Idempotency-Key header must be 1-128 characters [A-Za-z0-9._:-]")
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return _error(400, "body must be a JSON object")
        kind, created_at = body.get("kind"), body.get("created_at")
        if not isinstance(kind, str) or not 0 < len(kind) <= 40:
            return _error(400, "kind must be a string of 1-40 characters")
        if not isinstance(created_at, str) or len(created_at) > 40:
            return _error(400, "created_at must be an ISO 8601 string")
        try:
            payload = base64.b64decode(body.get("payload_b64", ""), validate=True)
        except (binascii.Error, TypeError, ValueError):
            return _error(400, "payload_b64 must be base64")
        if len(payload) > MAX_PAYLOAD:
            return _error(413, f"payload larger than {MAX_PAYLOAD} bytes")
        stored = store().add_item(kiosk_id, key, kind, created_at, payload)
        response = jsonify({"stored": True, "duplicate": not stored})
        response.status_code = 201 if stored else 200
        return response

    @app.post("/v1/heartbeat")
    def heartbeat():
        kiosk_id, err = kiosk_or_error()
        if err:
            return err
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return _error(400, "body must be a JSON object")
        store().heartbeat(kiosk_id, body)
        since = body.get("since", 0)
        updates, cursor = store().updates_since(kiosk_id, since if isinstance(since, int) else 0)
        return jsonify({"updates": updates, "cursor": cursor})

    @app.get("/v1/items")
    def list_items():
        if not admin_ok():
            return _error(401, "admin token required")
        return jsonify({"items": store().items(request.args.get("kind"))})

    @app.get("/v1/kiosks")
    def list_kiosks():
        if not admin_ok():
            return _error(401, "admin token required")
        return jsonify({"kiosks": store().kiosks()})

    @app.get("/v1/items/<kiosk_id>/<key>")
    def get_item(kiosk_id: str, key: str):
        if not admin_ok():
            return _error(401, "admin token required")
        item = store().item(kiosk_id, key)
        if item is None:
            return _error(404, "no such item from that kiosk")
        payload = item.pop("payload")
        item.update(bytes=len(payload), payload_b64=base64.b64encode(payload).decode("ascii"),
                    updates=store().updates_of(kiosk_id, key), content=None, content_error="")
        if office_key is None:
            item["content_error"] = "this intake holds no office private key; open payload_b64 with it"
        else:
            try:
                item["content"] = open_item(office_key, key, item["kind"], payload)
            except (DecryptError, ValueError) as exc:
                item["content_error"] = str(exc)
        return jsonify(item)

    @app.get("/v1/usage")
    def usage():
        if not admin_ok():
            return _error(401, "admin token required")
        if office_key is None:
            return _error(409, "this intake holds no office private key (--office-key): "
                               "usage counts are sealed for the office")
        since, until = request.args.get("since", ""), request.args.get("until", "")
        if any(d and not _DAY_RE.match(d) for d in (since, until)):
            return _error(400, "since and until must be days as YYYY-MM-DD")
        limit = 20000
        rows = store().usage_items(request.args.get("kiosk_id", ""), since, until, limit=limit)
        report = usage_report(office_key, rows, since=since, until=until)
        report["truncated"] = len(rows) == limit      # narrow the days or the kiosk for the rest
        return jsonify(report)

    @app.post("/v1/items/<kiosk_id>/<key>/status")
    def set_status(kiosk_id: str, key: str):
        if not admin_ok():
            return _error(401, "admin token required")
        if not store().has_item(kiosk_id, key):
            return _error(404, "no such item from that kiosk")
        body = request.get_json(silent=True) or {}
        status = body.get("status")
        if status not in STATUSES:
            return _error(400, f"status must be one of {', '.join(STATUSES)}")
        seq = store().add_update(kiosk_id, key, status, str(body.get("note", ""))[:2000])
        response = jsonify({"seq": seq})
        response.status_code = 201
        return response

    return app
