"""Body structure of Chinese legal and policy texts: 编 / 章 / 节 / 条 and outline headings.

Regulations are built of parts (第一编), chapters (第一章), sections (第一节) and
articles (第一条); policy documents use outline headings (一、 / （一） / 1.).
The reader shows a table of contents and jumps to an article, and printing keeps
the structure, so the body is kept as a list of blocks rather than one string::

    {"kind": "chapter", "label": "第一章", "title": "总则"}
    {"kind": "article", "label": "第一条", "text": "为了……"}
    {"kind": "paragraph", "text": "……"}          # a further paragraph of the article above
    {"kind": "heading", "label": "一、", "title": "推进重点工作政务公开", "level": 1}
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

_NUM = "零〇一二三四五六七八九十百千两0-9０-９"

_UNIT_KIND = {"编": "part", "章": "chapter", "节": "section"}
_UNIT_RE = re.compile(rf"^(第[{_NUM}]+([编章节]))[\s\u3000]*(.*)$")
_ARTICLE_RE = re.compile(rf"^(第[{_NUM}]+条(?:之[{_NUM}]+)?)[\s\u3000]*(.*)$", re.S)
# Outline headings: 一、  （一） (一)  1.  1、  （1）
_OUTLINE = (
    (1, re.compile(r"^([一二三四五六七八九十]{1,3}、)\s*(.*)$", re.S)),
    (2, re.compile(r"^([（(][一二三四五六七八九十]{1,3}[）)])\s*(.*)$", re.S)),
    (3, re.compile(r"^(\d{1,2}[.．、](?!\d))\s*(.*)$", re.S)),
    (4, re.compile(r"^([（(]\d{1,2}[）)])\s*(.*)$", re.S)),
)
# An outline heading is a heading only when short and without a full stop inside;
# otherwise it is a numbered paragraph ("（一）以政务公开促项目建设。以……").
_HEADING_MAX = 40


def split_paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs: one per non-blank line, whitespace trimmed."""
    out = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip(" \t\u3000\ufeff")
        if line:
            out.append(line)
    return out


def parse_body(text: str) -> list[dict]:
    """Turn plain text into structured blocks.

    Every character of every non-blank line lands in exactly one block, so
    :func:`body_text` of the result loses nothing but blank lines and the spaces
    between a label and its text.
    """
    return list(_parse(split_paragraphs(text)))


def _parse(paragraphs: Iterable[str]) -> Iterator[dict]:
    for para in paragraphs:
        m = _UNIT_RE.match(para)
        if m and len(m.group(3)) <= 60 and "。" not in m.group(3):
            block = {"kind": _UNIT_KIND[m.group(2)], "label": m.group(1)}
            if m.group(3).strip():
                block["title"] = m.group(3).strip()
            yield block
            continue
        m = _ARTICLE_RE.match(para)
        if m:
            yield {"kind": "article", "label": m.group(1), "text": m.group(2).strip()}
            continue
        heading = _outline_heading(para)
        if heading:
            yield heading
            continue
        yield {"kind": "paragraph", "text": para}


def _outline_heading(para: str) -> dict | None:
    for level, rx in _OUTLINE:
        m = rx.match(para)
        if not m:
            continue
        rest = m.group(2).strip()
        if rest and len(rest) <= _HEADING_MAX and not re.search(r"[。；;：:]", rest.rstrip("。")):
            return {"kind": "heading", "label": m.group(1), "title": rest, "level": level}
        return None
    return None


def block_text(block: dict) -> str:
    """The readable text of one block: label and title or text, as printed."""
    label = block.get("label") or ""
    body = block.get("title") or block.get("text") or ""
    if not label:
        return body
    if block["kind"] in ("part", "chapter", "section", "article"):
        return f"{label} {body}".rstrip()
    return f"{label}{body}"


def body_text(blocks: Iterable[dict]) -> str:
    """Plain text of a structured body, one block per line (for search and export to text)."""
    return "\n".join(block_text(b) for b in blocks)


def outline(blocks: list[dict]) -> list[tuple[int, str, int]]:
    """Table of contents: (depth, text, block index) for parts, chapters, sections and headings.

    Articles are listed only when the body has no chapters, so a 200-article
    regulation shows its chapters and a short one its articles.
    """
    has_units = any(b["kind"] in ("part", "chapter", "section") for b in blocks)
    depth = {"part": 0, "chapter": 1, "section": 2}
    toc = []
    for i, b in enumerate(blocks):
        kind = b["kind"]
        if kind in depth:
            toc.append((depth[kind], block_text(b), i))
        elif kind == "heading":
            toc.append((b.get("level", 1) - 1, block_text(b), i))
        elif kind == "article" and not has_units:
            toc.append((0, b["label"], i))
    return toc


def find_article(blocks: list[dict], label: str) -> int | None:
    """Index of the block labelled e.g. 第十条, or None."""
    for i, b in enumerate(blocks):
        if b.get("label") == label:
            return i
    return None
