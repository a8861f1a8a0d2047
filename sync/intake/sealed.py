"""The office's side of sealed payloads: opening items and summing usage counts.

Kiosks seal every payload for the disclosure office (HPKE to its X25519 key,
``kiosk_app.core.intake.crypto``): applications, opinions and suggestions,
and the daily usage counts. The intake service stores them as received; when
it is given the office's private key (``--office-key``) it can also open them
for the office's staff - an application's form, a usage day's figures. Without
the key it stores and forwards ciphertext only.
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk_app.core.intake.crypto import DecryptError, open_sealed, seal_info

COUNTS = ("visits", "queries", "zero_result_queries", "documents_opened", "prints", "pages_printed",
          "applications_started", "applications_submitted", "opinions", "suggestions")
TOP = 20


class OfficeKeyError(Exception):
    """The office's private key file is missing, unreadable or of the wrong type."""


def load_office_private_key(path: str | Path) -> X25519PrivateKey:
    """Read the office's X25519 private key (PEM, PKCS#8, unencrypted).

    Raises:
        OfficeKeyError: the file cannot be read or holds another kind of key.
    """
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except OSError as exc:
        raise OfficeKeyError(f"cannot read the office key {path}: {exc.strerror or exc}") from None
    except (ValueError, TypeError):
        raise OfficeKeyError(f"{path} is not an unencrypted PEM private key") from None
    if not isinstance(key, X25519PrivateKey):
        raise OfficeKeyError(f"{path} holds a {type(key).__name__}, not the office's X25519 key")
    return key


def open_item(key: X25519PrivateKey, idempotency_key: str, kind: str, payload: bytes) -> dict:
    """The JSON content of one sealed item.

    Raises:
        DecryptError: sealed for another office, or altered, or not sealed at all.
        ValueError: it opened but is not a JSON object.
    """
    content = json.loads(open_sealed(key, payload, seal_info(idempotency_key, kind)))
    if not isinstance(content, dict):
        raise ValueError("the opened payload is not a JSON object")
    return content


def _merge_top(total: dict[str, int], entries: object, field: str) -> None:
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get(field), str) and isinstance(entry.get("count"), int):
            total[entry[field]] = total.get(entry[field], 0) + entry["count"]


def _top(counts: dict[str, int], field: str) -> list[dict]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    return [{field: name, "count": n} for name, n in ranked]


def usage_report(key: X25519PrivateKey, rows: list[dict], *, since: str = "", until: str = "") -> dict:
    """Open the usage items in ``rows`` and sum them.

    Args:
        key: the office's private key.
        rows: stored items (``kiosk_id``, ``idempotency_key``, ``kind``, ``payload``).
        since, until: ISO days bounding the report (inclusive); "" for open.

    Returns:
        ``days`` (one entry per kiosk and day, oldest first), ``totals``
        (every count summed, with the top searches, unanswered searches and
        documents across them) and ``unreadable`` (items that did not open:
        sealed for another office key, or damaged).
    """
    days, unreadable = [], 0
    totals: dict = dict.fromkeys(COUNTS, 0)
    tops: dict[str, dict[str, int]] = {"top_queries": {}, "top_zero_result_queries": {}, "top_documents": {}}
    for row in rows:
        try:
            content = open_item(key, row["idempotency_key"], row["kind"], row["payload"])
        except (DecryptError, ValueError):
            unreadable += 1
            continue
        day = content.get("day")
        if not isinstance(day, str) or (since and day < since) or (until and day > until):
            continue
        entry = {"kiosk_id": row["kiosk_id"], "day": day, "kiosk_prefix": content.get("kiosk_prefix")}
        for name in COUNTS:
            value = content.get(name)
            entry[name] = value if isinstance(value, int) and not isinstance(value, bool) else 0
            totals[name] += entry[name]
        for name, field in (("top_queries", "query"), ("top_zero_result_queries", "query"),
                            ("top_documents", "doc_id")):
            entry[name] = content.get(name) if isinstance(content.get(name), list) else []
            _merge_top(tops[name], entry[name], field)
        days.append(entry)
    days.sort(key=lambda e: (e["day"], e["kiosk_id"]))
    totals.update({"days": len(days), "kiosks": len({e["kiosk_id"] for e in days}),
                   "top_queries": _top(tops["top_queries"], "query"),
                   "top_zero_result_queries": _top(tops["top_zero_result_queries"], "query"),
                   "top_documents": _top(tops["top_documents"], "doc_id")})
    return {"days": days, "totals": totals, "unreadable": unreadable}
