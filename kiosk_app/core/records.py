"""Record types of the library exchange format, and their validation.

This module is the single source of truth for what a record may contain. The
exchange format (docs/exchange-format.md), the store and the importers all read
these definitions; nothing else restates them.

A record is a plain ``dict`` parsed from one JSON line. Every record has a
``type`` and a stable ``id``; all but the ``library`` header carry
``updated_at``. Validation returns a cleaned copy (defaults filled in) or raises
:class:`RecordError` with a reason a person can act on.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any, Callable

FORMAT_VERSION = 1

LEVELS = ("国家", "省", "市", "区县", "街道乡镇")
VALIDITIES = ("现行有效", "已修订", "已废止", "失效", "尚未生效")
INTERPRETATION_KINDS = ("文字解读", "图解", "问答", "视频")
CATALOGUE_LEVELS = ("市", "区县", "街道")
BLOCK_KINDS = ("part", "chapter", "section", "article", "heading", "paragraph")
VOCABULARIES = ("industry", "enterprise_size", "target_group")
TOMBSTONE_OF = (
    "document", "interpretation", "catalogue_node", "service_guide", "faq",
    "consultation", "enterprise_tags", "vocabulary", "calendar_year", "synonym",
)

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class RecordError(ValueError):
    """A record that does not follow the exchange format.

    Attributes:
        reason: what is wrong, in English, naming the field.
    """

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------
# Field checkers. Each takes (field name, value) and returns the clean value.

def _text(max_len: int = 100_000) -> Callable[[str, Any], str]:
    def check(name: str, value: Any) -> str:
        if not isinstance(value, str):
            raise RecordError(f"field '{name}' must be a string, got {type(value).__name__}")
        if len(value) > max_len:
            raise RecordError(f"field '{name}' is longer than {max_len} characters")
        return value
    return check


def _nonempty(max_len: int = 2_000) -> Callable[[str, Any], str]:
    inner = _text(max_len)

    def check(name: str, value: Any) -> str:
        value = inner(name, value)
        if not value.strip():
            raise RecordError(f"field '{name}' must not be empty")
        return value
    return check


def _ident(name: str, value: Any) -> str:
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise RecordError(
            f"field '{name}' must be an id of 1-128 characters [A-Za-z0-9._:-], got {value!r}")
    return value


def _date(name: str, value: Any) -> str:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise RecordError(f"field '{name}' must be a date YYYY-MM-DD, got {value!r}")
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        raise RecordError(f"field '{name}' is not a real date: {value!r}") from None
    return value


def _timestamp(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise RecordError(f"field '{name}' must be an ISO 8601 timestamp, got {value!r}")
    try:
        parsed = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise RecordError(f"field '{name}' must be an ISO 8601 timestamp, got {value!r}") from None
    if parsed.tzinfo is None:
        raise RecordError(f"field '{name}' must carry a time zone (e.g. +08:00 or Z): {value!r}")
    return value


def _one_of(choices: tuple[str, ...]) -> Callable[[str, Any], str]:
    def check(name: str, value: Any) -> str:
        if value not in choices:
            raise RecordError(f"field '{name}' must be one of {', '.join(choices)}; got {value!r}")
        return value
    return check


def _int(lo: int, hi: int) -> Callable[[str, Any], int]:
    def check(name: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise RecordError(f"field '{name}' must be a whole number from {lo} to {hi}, got {value!r}")
        return value
    return check


def _bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise RecordError(f"field '{name}' must be true or false, got {value!r}")
    return value


def _list_of(item: Callable[[str, Any], Any], max_items: int = 10_000) -> Callable[[str, Any], list]:
    def check(name: str, value: Any) -> list:
        if not isinstance(value, list):
            raise RecordError(f"field '{name}' must be a list")
        if len(value) > max_items:
            raise RecordError(f"field '{name}' has more than {max_items} items")
        return [item(f"{name}[{i}]", v) for i, v in enumerate(value)]
    return check


def _object(fields: dict[str, "Field"]) -> Callable[[str, Any], dict]:
    def check(name: str, value: Any) -> dict:
        if not isinstance(value, dict):
            raise RecordError(f"field '{name}' must be an object")
        return _check_fields(value, fields, prefix=f"{name}.")
    return check


@dataclass(frozen=True)
class Field:
    check: Callable[[str, Any], Any]
    required: bool = False
    default: Any = None


def _check_fields(data: dict, fields: dict[str, Field], prefix: str = "") -> dict:
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise RecordError(f"unknown field '{prefix}{unknown[0]}'")
    out: dict[str, Any] = {}
    for key, spec in fields.items():
        value = data.get(key)
        if value is None:
            if spec.required:
                raise RecordError(f"missing required field '{prefix}{key}'")
            default = spec.default
            out[key] = default() if callable(default) else default
            continue
        out[key] = spec.check(prefix + key, value)
    return out


# ---------------------------------------------------------------------------
# Shared shapes

BLOCK = _object({
    "kind": Field(_one_of(BLOCK_KINDS), required=True),
    "label": Field(_text(200)),       # 第一章 / 第三条 / 一、
    "title": Field(_text(500)),       # heading text of a part/chapter/section/heading
    "text": Field(_text(200_000)),    # text of an article or paragraph
    "level": Field(_int(1, 6)),       # nesting depth of a `heading`
})

ATTACHMENT = _object({
    "name": Field(_nonempty(500), required=True),
    "url": Field(_text(2_000)),
    "size": Field(_int(0, 2**40)),
})

QA = _object({
    "q": Field(_nonempty(2_000), required=True),
    "a": Field(_nonempty(20_000), required=True),
})

NAMED_DATE = _object({
    "date": Field(_date, required=True),
    "name": Field(_text(100), default=""),
})

MATERIAL = _object({
    "name": Field(_nonempty(500), required=True),
    "copies": Field(_text(100), default=""),
    "note": Field(_text(1_000), default=""),
})

_ids = _list_of(_ident)
_strs = _list_of(_nonempty(200))
_texts = _list_of(_nonempty(5_000))


def _base(**fields: Field) -> dict[str, Field]:
    return {
        "type": Field(_nonempty(40), required=True),
        "id": Field(_ident, required=True),
        "updated_at": Field(_timestamp, required=True),
        **fields,
    }


SPECS: dict[str, dict[str, Field]] = {
    # The header: first line of every file. Not stored as a row; becomes library metadata.
    "library": {
        "type": Field(_nonempty(40), required=True),
        "id": Field(_ident, required=True),                 # library identity, e.g. jinan-central
        "format": Field(_int(1, FORMAT_VERSION), required=True),
        "version": Field(_int(0, 2**53), required=True),   # monotonically increasing
        "built_at": Field(_timestamp, required=True),
        "title": Field(_text(200), default=""),
        "source": Field(_text(2_000), default=""),
        "base_version": Field(_int(0, 2**53)),              # set on a delta: applies on top of this
    },
    "document": _base(
        title=Field(_nonempty(500), required=True),
        index_no=Field(_text(100), default=""),            # 索引号
        issuer=Field(_text(300), default=""),              # 发布机构 / 发文机关
        doc_number=Field(_text(100), default=""),          # 发文字号
        catalogue_category=Field(_text(100), default=""),  # 组配分类
        subject=Field(_text(100), default=""),             # 主题分类
        doc_type=Field(_text(100), default=""),            # 公文种类
        level=Field(_one_of(LEVELS), required=True),
        region=Field(_text(100), default=""),
        written_date=Field(_date),                          # 成文日期
        published_date=Field(_date),                        # 发布日期
        effective_date=Field(_date),                        # 实施日期
        validity=Field(_one_of(VALIDITIES), required=True), # 有效性
        series=Field(_ident),                               # versions of one document share it
        version_date=Field(_date),
        replaced_by=Field(_ident),                          # id of the document that replaced it
        history=Field(_texts, default=list),                # promulgation/amendment lines
        body=Field(_list_of(BLOCK, 20_000), default=list),
        attachments=Field(_list_of(ATTACHMENT, 200), default=list),
        source_url=Field(_text(2_000), default=""),
        tags=Field(_strs, default=list),
    ),
    "interpretation": _base(
        policy_id=Field(_ident, required=True),
        kind=Field(_one_of(INTERPRETATION_KINDS), required=True),
        title=Field(_nonempty(500), required=True),
        issuer=Field(_text(300), default=""),
        published_date=Field(_date),
        body=Field(_list_of(BLOCK, 5_000), default=list),
        qa=Field(_list_of(QA, 500), default=list),
        images=Field(_list_of(ATTACHMENT, 100), default=list),
        source_url=Field(_text(2_000), default=""),
    ),
    "catalogue_node": _base(
        level=Field(_one_of(CATALOGUE_LEVELS), required=True),
        title=Field(_nonempty(200), required=True),
        parent_id=Field(_ident),
        position=Field(_int(0, 100_000), default=0),
        region=Field(_text(100), default=""),
        document_ids=Field(_ids, default=list),
    ),
    "service_guide": _base(
        title=Field(_nonempty(300), required=True),
        department=Field(_nonempty(300), required=True),
        category=Field(_text(100), default=""),
        conditions=Field(_texts, default=list),
        materials=Field(_list_of(MATERIAL, 200), default=list),
        steps=Field(_texts, default=list),
        time_limit=Field(_text(200), default=""),
        fee=Field(_text(200), default=""),
        address=Field(_text(300), default=""),
        hours=Field(_text(300), default=""),
        phone=Field(_text(100), default=""),
        online_url=Field(_text(2_000), default=""),
        document_ids=Field(_ids, default=list),
    ),
    "faq": _base(
        question=Field(_nonempty(1_000), required=True),
        answer=Field(_nonempty(20_000), required=True),
        topic=Field(_text(100), default=""),
        source=Field(_text(100), default=""),
        document_ids=Field(_ids, default=list),
    ),
    "consultation": _base(
        title=Field(_nonempty(500), required=True),
        issuer=Field(_text(300), default=""),
        summary=Field(_text(20_000), default=""),
        start_date=Field(_date, required=True),
        end_date=Field(_date, required=True),
        document_id=Field(_ident),                          # the draft text, when published as a document
        body=Field(_list_of(BLOCK, 5_000), default=list),
        contact=Field(_text(300), default=""),
    ),
    "enterprise_tags": _base(
        document_id=Field(_ident, required=True),
        industries=Field(_strs, default=list),             # empty list = any industry
        enterprise_sizes=Field(_strs, default=list),       # empty list = any size
        target_groups=Field(_strs, default=list),
        summary=Field(_text(2_000), default=""),
        no_application=Field(_bool, default=False),        # 免申即享
    ),
    "vocabulary": _base(
        terms=Field(_strs, required=True),
    ),
    "calendar_year": _base(
        year=Field(_int(1990, 2200), required=True),
        holidays=Field(_list_of(NAMED_DATE, 366), default=list),   # days off
        workdays=Field(_list_of(NAMED_DATE, 366), default=list),   # 调休 make-up working days
    ),
    "synonym": _base(
        term=Field(_nonempty(50), required=True),
        expansions=Field(_list_of(_nonempty(50), 20), required=True),
    ),
    "tombstone": _base(
        of=Field(_one_of(TOMBSTONE_OF), required=True),
    ),
}

RECORD_TYPES = tuple(t for t in SPECS if t != "library")


def validate(record: Any) -> dict:
    """Check one parsed record and return a clean copy with defaults filled in.

    Raises:
        RecordError: the record is not an object, has an unknown ``type``, an
            unknown field, a missing required field, or a value of the wrong shape.
    """
    if not isinstance(record, dict):
        raise RecordError("a record must be a JSON object")
    rtype = record.get("type")
    if rtype not in SPECS:
        raise RecordError(f"unknown record type {rtype!r}")
    clean = _check_fields(record, SPECS[rtype])
    _check_rules(clean)
    return clean


def _check_rules(rec: dict) -> None:
    rtype = rec["type"]
    if rtype == "vocabulary" and rec["id"] not in VOCABULARIES:
        raise RecordError(f"vocabulary id must be one of {', '.join(VOCABULARIES)}")
    if rtype == "consultation" and rec["end_date"] < rec["start_date"]:
        raise RecordError("consultation end_date is before start_date")
    if rtype == "calendar_year":
        for key in ("holidays", "workdays"):
            for entry in rec[key]:
                if not entry["date"].startswith(f"{rec['year']:04d}-"):
                    raise RecordError(f"{key} date {entry['date']} is not in year {rec['year']}")
        clash = {e["date"] for e in rec["holidays"]} & {e["date"] for e in rec["workdays"]}
        if clash:
            raise RecordError(f"date {sorted(clash)[0]} is both a holiday and a workday")
    if rtype == "catalogue_node" and rec.get("parent_id") == rec["id"]:
        raise RecordError("catalogue_node is its own parent")
    if rtype == "document" and rec.get("replaced_by") == rec["id"]:
        raise RecordError("document is replaced by itself")


def record_key(record: dict) -> tuple[str, str]:
    """The identity of a record in a library: (type, id); a tombstone names the type it deletes."""
    if record["type"] == "tombstone":
        return record["of"], record["id"]
    return record["type"], record["id"]
