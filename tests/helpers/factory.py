"""Small builders of valid exchange records for tests."""

from __future__ import annotations

STAMP = "2026-11-01T09:00:00+08:00"


def header(version: int = 1, *, base: int | None = None, library_id: str = "test-lib") -> dict:
    rec = {"type": "library", "id": library_id, "format": 1, "version": version,
           "built_at": "2026-11-01T02:00:00+08:00", "title": "测试库"}
    if base is not None:
        rec["base_version"] = base
    return rec


def document(doc_id: str, title: str = "济南市文明养犬管理条例", **fields) -> dict:
    rec = {"type": "document", "id": doc_id, "updated_at": STAMP, "title": title,
           "level": "市", "region": "济南", "validity": "现行有效",
           "issuer": "济南市人民代表大会常务委员会", "published_date": "2020-06-01",
           "body": [{"kind": "chapter", "label": "第一章", "title": "总则"},
                    {"kind": "article", "label": "第一条", "text": "为了规范养犬行为，制定本条例。"}]}
    rec.update(fields)
    return rec


def interpretation(interp_id: str, policy_id: str, **fields) -> dict:
    rec = {"type": "interpretation", "id": interp_id, "updated_at": STAMP, "policy_id": policy_id,
           "kind": "问答", "title": "解读", "qa": [{"q": "要登记吗？", "a": "要。"}]}
    rec.update(fields)
    return rec


def faq(faq_id: str, document_ids: list[str], **fields) -> dict:
    rec = {"type": "faq", "id": faq_id, "updated_at": STAMP, "question": "遛狗要拴绳吗？",
           "answer": "要。", "document_ids": document_ids}
    rec.update(fields)
    return rec


def tombstone(of: str, rec_id: str) -> dict:
    return {"type": "tombstone", "id": rec_id, "of": of, "updated_at": STAMP}


def entries(records: list[dict], source: str = "test.jsonl"):
    """(source, line, record) triples as an import expects, line numbers from 1."""
    return [(source, i, r) for i, r in enumerate(records, 1)]
