"""Importer for the real law corpus (LawRefBook export, ``laws.jsonl.gz``).

Each line is one law or regulation in one version. What the corpus says and
what the kiosk shows differ in three ways, mapped here:

* **Level.** The corpus's ``level`` is the kind of law (法律, 行政法规, 地方性法规…),
  which becomes 公文种类 (``doc_type``). The administrative level is derived: national
  kinds → 国家; a local regulation whose title starts with a city (济南市…) → 市 with
  that city as region; otherwise → 省 with the province as region.
* **Validity.** ``status`` 有效 → 现行有效, 已失效 → 失效, missing → 现行有效. A
  version that has a later version of the same title becomes 已修订 and is
  ``replaced_by`` the next one; an effective date after the build date → 尚未生效.
* **Revision chains.** Repeated titles (107 in the real corpus) are versions of
  one document: they share a ``series`` id and are ordered by ``version_date``.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import IO, Iterator
from urllib.parse import quote

from kiosk_app.core.records import RecordError, validate
from kiosk_app.core.structure import parse_body

NATIONAL_KINDS = {"法律", "行政法规", "司法解释", "部门规章", "宪法"}
_MUNICIPALITIES = {"北京", "上海", "天津", "重庆"}
_CITY_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省)?([\u4e00-\u9fff]{2,4}?)市(?!场)")
_AUTONOMOUS_RE = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:自治州|自治县|地区|盟))")


class CorpusLineError(RecordError):
    """A corpus line that cannot become a document; carries its line number."""

    def __init__(self, line_no: int, reason: str):
        super().__init__(f"line {line_no}: {reason}")
        self.line_no = line_no


def looks_like_corpus(first_line: dict) -> bool:
    """True when a parsed first line has the corpus's shape (no ``type``, law fields)."""
    return "type" not in first_line and {"title", "body", "status"} <= set(first_line)


def open_text(path: Path) -> IO[str]:
    """Open a JSONL file, gzip-compressed or not, as UTF-8 text."""
    path = Path(path)
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def read_corpus(path: Path, *, today: _dt.date | None = None) -> Iterator[dict]:
    """Yield validated document records for every line of the corpus file.

    Revision chains need all versions of a title, so the whole file is read
    before the first record is yielded (3,418 documents: about 60 MB of text).

    Raises:
        CorpusLineError: a line is not JSON, or misses title/body, or gives a
            value the exchange format refuses; names the line.
    """
    rows = list(_read_rows(path))
    yield from corpus_records(rows, today=today)


def _read_rows(path: Path) -> Iterator[tuple[int, dict]]:
    with open_text(path) as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusLineError(line_no, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(row, dict):
                raise CorpusLineError(line_no, "not a JSON object")
            yield line_no, row


def corpus_records(rows: list[tuple[int, dict]], *, today: _dt.date | None = None) -> Iterator[dict]:
    """Map (line number, corpus row) pairs to document records, linking revision chains."""
    today = today or _dt.date.today()
    by_title: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for line_no, row in rows:
        title = (row.get("title") or "").strip()
        if not title:
            raise CorpusLineError(line_no, "missing title")
        if not isinstance(row.get("body"), str) or not row["body"].strip():
            raise CorpusLineError(line_no, f"missing body for {title!r}")
        if not isinstance(row.get("id"), str):
            raise CorpusLineError(line_no, "missing id")
        by_title[title].append((line_no, row))

    for title, versions in by_title.items():
        versions.sort(key=lambda lr: (_version_key(lr[1]), lr[1]["id"]))
        series = _series_id(title) if len(versions) > 1 else None
        for pos, (line_no, row) in enumerate(versions):
            later = versions[pos + 1][1]["id"] if pos + 1 < len(versions) else None
            try:
                yield validate(_to_record(row, series=series, replaced_by=later, today=today))
            except RecordError as exc:
                raise CorpusLineError(line_no, exc.reason) from None


def _version_key(row: dict) -> str:
    return row.get("version_date") or row.get("published_date") or row.get("issued_date") or ""


def _series_id(title: str) -> str:
    return "series-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:16]


def _date(value) -> str | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return _dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def level_and_region(row: dict) -> tuple[str, str]:
    """Administrative level and region of a corpus row (see module docstring)."""
    kind = row.get("level") or row.get("category") or ""
    if kind in NATIONAL_KINDS or not row.get("region"):
        return "国家", ""
    province = row["region"]
    if province in _MUNICIPALITIES:
        return "省", province
    title = row["title"]
    m = _CITY_RE.match(title)
    if m and m.group(1) != province:
        return "市", m.group(1)
    m = _AUTONOMOUS_RE.match(title)
    if m and not title.startswith(province):
        return "市", m.group(1)
    return "省", province


def validity_of(row: dict, *, superseded: bool, today: _dt.date) -> str:
    status = row.get("status")
    if superseded:
        return "已修订"
    if status == "已失效":
        return "失效"
    effective = _date(row.get("effective_date"))
    if effective and effective > today.isoformat():
        return "尚未生效"
    return "现行有效"


def _source_url(row: dict) -> str:
    base = row.get("source_url") or ""
    path = row.get("source_path") or ""
    if base and path:
        return f"{base.rstrip('/')}/{quote(path)}"
    return base


def _to_record(row: dict, *, series: str | None, replaced_by: str | None, today: _dt.date) -> dict:
    level, region = level_and_region(row)
    kind = row.get("level") or ""
    subject = row.get("category") or ""
    version_date = _date(row.get("version_date"))
    published = _date(row.get("published_date"))
    stamp = version_date or published or _date(row.get("issued_date")) or "2000-01-01"
    history = [h.strip() for h in (row.get("preamble") or []) if isinstance(h, str) and h.strip()]
    return {
        "type": "document",
        "id": row["id"],
        "updated_at": f"{stamp}T00:00:00+08:00",
        "title": row["title"].strip(),
        "issuer": (row.get("issuer") or "").strip(),
        "doc_number": (row.get("doc_number") or "").strip(),
        "doc_type": kind,
        "subject": subject if subject != kind else "",
        "level": level,
        "region": region,
        "written_date": _date(row.get("issued_date")),
        "published_date": published,
        "effective_date": _date(row.get("effective_date")),
        "validity": validity_of(row, superseded=replaced_by is not None, today=today),
        "series": series,
        "version_date": version_date,
        "replaced_by": replaced_by,
        "history": history,
        "body": parse_body(row["body"]),
        "source_url": _source_url(row),
    }
