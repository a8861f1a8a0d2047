"""The index schema, and how a document record becomes an index document.

Only what search needs is stored: the short fields a result line shows
(title, issuer, validity, number, dates) and the filters. Bodies are indexed
but not stored; the text lives once, in the library store, and snippets are
cut from it there (see :mod:`snippets`). That keeps the index well under the
size of the raw text.

Ranking reads a few integers per candidate from fast fields (validity code,
region hash, date, series hash, title length, superseded) instead of loading
documents.

A superseded text (an earlier version of a revision chain: it has
``replaced_by``) is marked, so counts can leave it out: a chain is shown once,
as its current text, and is counted once.
"""

from __future__ import annotations

import hashlib
import json

import tantivy

from kiosk_app.core.search import analysis, docnum, pinyin
from kiosk_app.core.search.normalize import compact, normalize
from kiosk_app.core.structure import body_text

# Bumped when the index changes shape or content; an index of another version
# raises SearchIndexError on open and is rebuilt from the store.
# 2: superseded texts marked (counts leave them out); bodies begin with their title.
SCHEMA_VERSION = 2
COUNTRY = "中华人民共和国"
VALIDITY_CODES = {"现行有效": 0, "尚未生效": 1, "已修订": 2, "已废止": 3, "失效": 4}
FACET_FIELDS = ("issuer", "level", "region", "doc_type", "validity")
# Stored on each document and returned in hits.
STORED_TEXT = ("id", "title", "issuer", "level", "region", "doc_type", "validity",
               "doc_number", "published_date", "series", "replaced_by", "version_date")
MAX_SUGGEST_KEY = 40
META_ID = "__meta__"
# Between the title and the body in ``body_b``: a token no query produces.
TITLE_END = "|"


def stable_hash(text: str) -> int:
    """A signed 64-bit hash that is the same in every process (unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(),
                          "big", signed=True)


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    raw = {"tokenizer_name": "raw", "index_option": "basic"}
    sb.add_text_field("kind", **raw)
    for name in STORED_TEXT:
        sb.add_text_field(name, stored=True, fast=name in FACET_FIELDS, **raw)
    sb.add_text_field("title_x", **raw)       # exact title keys
    sb.add_text_field("docnum", **raw)        # document-number keys
    sb.add_text_field("py", **raw)            # pinyin keys of title tails
    sb.add_text_field("sug", **raw)           # title tails, for suggestions
    sb.add_text_field("title_b", tokenizer_name="whitespace", index_option="position")
    sb.add_text_field("body_b", tokenizer_name="whitespace", index_option="position")
    sb.add_integer_field("year", stored=True, indexed=True, fast=True)
    for name in ("date", "vcode", "region_h", "series_h", "title_len"):
        sb.add_integer_field(name, fast=True)
    sb.add_integer_field("superseded", indexed=True, fast=True)
    sb.add_integer_field("version", stored=True, indexed=True)
    sb.add_bytes_field("payload", stored=True)
    return sb.build()


def title_exact_keys(title: str) -> list[str]:
    key = compact(title)
    keys = [key]
    if key.startswith(COUNTRY) and len(key) > len(COUNTRY):
        keys.append(key[len(COUNTRY):])
    return keys


def suggest_keys(title: str) -> list[str]:
    """Tails of the compacted title that start at a CJK character (for prefix lookups)."""
    key = compact(title)
    return [key[i:i + MAX_SUGGEST_KEY] for i in range(len(key))
            if key[i] >= "\u3400" and len(key) - i >= 2]


def _date_of(record: dict) -> str:
    return (record.get("published_date") or record.get("written_date")
            or record.get("effective_date") or record.get("version_date") or "")


def analyse(record: dict) -> dict:
    """Everything the index needs from one document record, as plain picklable values.

    This is the expensive half of indexing (normalising, bigrams, pinyin), kept
    apart from :func:`to_document` so a build can run it in a worker process.
    """
    title = record["title"]
    title_tokens = analysis.index_text(title)
    date = _date_of(record)
    year = int(date[:4]) if date[:4].isdigit() else 0
    stored = {name: str(record[name]) for name in STORED_TEXT if record.get(name)}
    if not record.get("published_date") and date:
        stored["published_date"] = date
    return {
        "stored": stored,
        "keys": {
            "title_x": title_exact_keys(title),
            "docnum": docnum.document_keys(record.get("doc_number") or "", record.get("history") or ()),
            "py": pinyin.title_keys(title),
            "sug": suggest_keys(title),
        },
        "title_b": title_tokens,
        # the body begins with the title, so one phrase per word finds it in either;
        # the separator keeps phrases from running from the title into the body
        "body_b": f"{title_tokens} {TITLE_END} {analysis.index_text(body_text(record.get('body') or ()))}",
        "ints": {
            "year": year,
            "date": int(date.replace("-", "")) if year else 0,
            "vcode": VALIDITY_CODES.get(record.get("validity") or "", 0),
            "region_h": stable_hash(normalize(record.get("region") or "")),
            "series_h": stable_hash(record["series"]) if record.get("series") else 0,
            "title_len": len(compact(title)),
            "superseded": 1 if record.get("replaced_by") else 0,
        },
        "compact_title": compact(title),
    }


def to_document(analysed: dict) -> tantivy.Document:
    """The tantivy document for the output of :func:`analyse`."""
    doc = tantivy.Document()
    doc.add_text("kind", "doc")
    for name, value in analysed["stored"].items():
        doc.add_text(name, value)
    for name, keys in analysed["keys"].items():
        for key in keys:
            doc.add_text(name, key)
    doc.add_text("title_b", analysed["title_b"])
    doc.add_text("body_b", analysed["body_b"])
    for name, value in analysed["ints"].items():
        doc.add_integer(name, value)
    return doc


def make_document(record: dict) -> tantivy.Document:
    """An index document for one validated ``document`` record (see ``kiosk_app.core.records``)."""
    return to_document(analyse(record))


def make_meta(version: int, payload: dict) -> tantivy.Document:
    """The one meta document: library version and index settings, committed with the data."""
    doc = tantivy.Document()
    doc.add_text("kind", "meta")
    doc.add_text("id", META_ID)
    doc.add_integer("version", int(version))
    doc.add_bytes("payload", json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    return doc
