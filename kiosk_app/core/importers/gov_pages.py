"""Importer for government web pages saved as plain text (政府信息公开 pages).

Pages copied from government sites arrive in several layouts: a file-library page
with a header block (索引号 / 组配分类 / 成文日期 …), a page with only a
"发布日期: … 信息来源: …" line, a document in the official layout (issuing office,
文号, "…关于印发…的通知", signature date), a cover letter signed by an office, or a
news article. All of them carry site furniture (breadcrumbs, view counters,
上一篇/下一篇, footers, long trailing lists of unrelated headlines) that must not
reach the kiosk, whose reader and printouts show only the document.

:func:`parse_page` turns one page into a ``document`` record (see
:mod:`kiosk_app.core.records`); :func:`read_pages` does it for files on disk with
ids that stay the same from one import to the next.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from kiosk_app.core import structure
from kiosk_app.core.importers import regions
from kiosk_app.core.records import RecordError, validate

# A page that names no place is taken to be a city document: the library is a
# city's central policy library, and 市 is the level most of its pages come from.
DEFAULT_LEVEL = "市"

_CJK = "\u4e00-\u9fff"
_MIN_BODY_CHARS = 20
_HEAD_LINES = 12        # header fields and titles sit within the first lines
_TITLE_SCAN = 25        # a title is looked for before the first outline heading, at most this far
_RUN_MIN = 5            # this many headline-like lines at the end are a list of other pages

# --- header fields ----------------------------------------------------------
_KEYS = (
    "索引号", "主题分类", "组配分类", "体裁分类", "服务对象", "发布机构", "发文机关", "发文单位",
    "成文日期", "发布日期", "发布时间", "生效日期", "实施日期", "废止日期", "标题", "名称",
    "发文字号", "文号", "有效性", "时效性", "信息来源", "来源", "关键词", "关键字", "标签",
    "浏览次数", "访问次数", "点击数", "阅读数", "字体", "字号", "分享到", "分享", "作者",
    "责任编辑", "编辑",
)
# Fields that are site furniture wherever they appear, not only in the header.
_FURNITURE_KEYS = {"浏览次数", "访问次数", "点击数", "阅读数", "字体", "字号", "分享到", "分享",
                   "责任编辑", "编辑", "标签", "关键词", "关键字"}
_KEY_ALT = "|".join(sorted(_KEYS, key=len, reverse=True))
_BULLET = r"[•·●▪■◆*]?"
_META_START = re.compile(rf"^{_BULLET}\s*({_KEY_ALT})\s*[:：]")
_META_PAIR = re.compile(rf"(?:^|(?<=[\s】]))(?:{_BULLET}\s*)({_KEY_ALT})\s*[:：]")
_WIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
                        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
                        "／": "/", "－": "-", "．": ".", "：": ":"})

# --- dates --------------------------------------------------------------------
_DATE_TXT = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_TIME_TXT = r"\d{1,2}:\d{2}(?::\d{2})?"
_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_CN_NUM = "〇零○一二三四五六七八九十"
_CN_DATE_RE = re.compile(rf"([{_CN_NUM}]{{4}})\s*年\s*([{_CN_NUM}]{{1,3}})\s*月\s*([{_CN_NUM}]{{1,3}})\s*日")
# A signature date stands alone on its line: "2019年7月5日", "二〇一九年七月五日".
_SIGN_DATE_RE = re.compile(rf"^(?:\d{{4}}|[{_CN_NUM}]{{4}})\s*年\s*[\d{_CN_NUM}]{{1,3}}\s*月\s*[\d{_CN_NUM}]{{1,3}}\s*日$")
# A dateline: "2022-01-01 07:03:37 来源:潇湘晨报" (date first, then time and/or source).
_DATELINE_RE = re.compile(
    rf"^(?:(?:发布时间|发布日期|时间|日期)\s*[:：]\s*)?({_DATE_TXT})\s*({_TIME_TXT})?\s*(.*)$")

# --- site furniture ---------------------------------------------------------
_NAV_RE = re.compile(
    r"^(?:当前位置|您的位置|你的位置|您所在的位置|您现在的位置|你现在的位置|所在位置)\s*[:：]"
    r"|^首页\s*(?:>|＞|»|/|→)")
_NEWS_NAV_RE = re.compile(r"资讯|新闻|要闻|动态|头条")
_PAGE_ACTIONS = r"(?:【\s*)?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|加入收藏)(?:\s*】)?"
_JUNK_RES = (
    re.compile(r"^[\W_]{0,3}$"),                                       # "-", "|", "•"
    re.compile(rf"^{_BULLET}\s*(?:上一篇|下一篇|上一条|下一条|上一页|下一页)(?:\s*[:：].*)?$"),
    re.compile(r"^Produced\s+By\b", re.I),
    re.compile(rf"^{_DATE_TXT}\s*(?:{_TIME_TXT})?\s*(?:访问次数|浏览次数|点击数|阅读数|阅读量)\s*[:：]?\s*\d*$"),
    re.compile(rf"^{_PAGE_ACTIONS}(?:\s*{_PAGE_ACTIONS})*$"),
    re.compile(r"^(?:扫一扫在手机|扫一扫|分享到)"),
    re.compile(r"网站标识码|ICP备|公网安备"),
)
# A line that is only one of these starts the site's own lists: it and all after it go.
_CUT_MARKERS = {"热点新闻", "相关阅读", "相关新闻", "相关文章", "推荐阅读", "精彩放送", "精彩推荐",
                "猜你喜欢", "热门推荐", "热门新闻", "热点推荐", "最新资讯", "最新新闻"}
_FOOTER_RE = re.compile(r"^(?:版权所有|Copyright\b|©)", re.I)

# --- document layout --------------------------------------------------------
_OUTLINE_RE = re.compile(
    rf"^(?:[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十]{{1,3}}[）)]|\d{{1,2}}[.．、](?!\d)"
    rf"|[（(]\d{{1,2}}[）)]|第[{_CN_NUM}百\d]+[章节条编])")
_DOCNO_RE = re.compile(
    rf"^[（(]?([{_CJK}]{{1,15}}\s*[〔［\[【(（]\s*\d{{4}}\s*[〕］\]】)）]\s*第?\s*\d{{1,4}}\s*号)[）)]?$")
_ORG_LINE_RE = re.compile(
    rf"^[{_CJK} ]{{1,38}}(?:人民政府|政府|办公厅|办公室|委员会|管委会|委|局|厅|部|署|中心|办事处|院|党委|党工委|公司|集团)(?:文件)?$")
_DOC_TYPE_RE = re.compile(
    r"(通知|通报|通告|公告|公报|意见|决定|决议|命令|批复|报告|请示|函|纪要|方案|要点|办法|规定|细则|规划"
    r"|计划|条例|规则|指引|指南|答复)(?:[（(][^（）()]{1,12}[）)])?$")
_SENTENCE_END = "。！？!?；;"
_PROTECTED_TAIL_RE = re.compile(r"^(?:附件|附[:：]|联系人|联系电话|电话|地址|邮编|[（(]此件)")

# --- titles, issuers, level -----------------------------------------------------
_VALIDITY = (
    (re.compile(r"尚未生效|未生效"), "尚未生效"),
    (re.compile(r"废止"), "已废止"),
    (re.compile(r"修订|修改|修正"), "已修订"),
    (re.compile(r"失效"), "失效"),
)
# "2023年,山东省工业和信息化厅政务公开工作的总体要求是": the opening of a work plan
# names its year and the organ whose plan it is.
_OPENING_RE = re.compile(rf"^(\d{{4}})\s*年[,，]?\s*([{_CJK}（）()]{{2,40}}?)工作的?总体要求是")
_ORGAN_RE = re.compile(
    r"^.{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|管委会|委员会|厅|局|委|署|中心)")
# "对照本工作要点提出的重点任务": a document calling itself by its kind.
_SELF_REF_RE = re.compile(r"本(工作要点|实施方案|工作方案|行动方案|方案|要点|意见|办法|规定|细则|计划|规划|通知)")


def _squeeze(text: str) -> str:
    """Collapse whitespace and drop it next to Chinese characters (layout gaps in titles)."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(rf"(?<=[{_CJK}\u3000-\u303f\uff00-\uffef]) | (?=[{_CJK}\u3000-\u303f\uff00-\uffef])",
                  "", text)


def _cn_number(text: str) -> int:
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)
    return int("".join(str(digits[c]) for c in text))


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD: 2025-06-20, 2019年7月5日, 二〇一九年七月五日.

    Returns None when there is none or it is not a real date.
    """
    text = text.translate(_WIDTH)
    m = _DATE_RE.search(text)
    try:
        if m:
            return _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        m = _CN_DATE_RE.search(text)
        if m:
            return _dt.date(_cn_number(m[1]), _cn_number(m[2]), _cn_number(m[3])).isoformat()
    except (ValueError, KeyError):
        return None
    return None


# ---------------------------------------------------------------------------
# Cleaning: from page text to the document's own lines plus what the page says about it

@dataclass
class _Page:
    lines: list[str]
    fields: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    headline: str = ""              # a news headline: the line above the dateline
    is_news: bool = False
    dateline_date: str | None = None
    masthead_issuer: str = ""       # the office line above the 文号
    doc_number: str = ""
    signature_issuer: str = ""
    signature_date: str | None = None


def _pairs(line: str) -> Iterator[tuple[str, str]]:
    matches = list(_META_PAIR.finditer(line))
    for m, nxt in zip(matches, matches[1:] + [None]):
        yield m.group(1), line[m.end(): nxt.start() if nxt else len(line)].strip()


def _is_junk(line: str) -> bool:
    return any(rx.search(line) for rx in _JUNK_RES)


def _is_prose(line: str) -> bool:
    return len(line) > 60 or "。" in line


def _org_like(line: str) -> bool:
    return bool(_ORG_LINE_RE.match(line))


def _split_lines(text: str) -> list[str]:
    out = []
    for raw in text.replace("\ufeff", "").splitlines():
        line = re.sub(r"\s+", " ", raw).strip()
        if line:
            out.append(line)
    return out


def _cut_site_lists(lines: list[str]) -> list[str]:
    """Drop everything from a site-list heading (热点新闻, 相关阅读 …) or footer onwards."""
    for i, line in enumerate(lines):
        bare = line.strip("【】[]<>《》 :：")
        if bare in _CUT_MARKERS or _FOOTER_RE.match(line):
            if any(_is_prose(x) for x in lines[:i]):
                return lines[:i]
    return [x for x in lines if x.strip("【】[]<>《》 :：") not in _CUT_MARKERS]


def _take_furniture(lines: list[str], page: _Page) -> list[str]:
    """Remove navigation, header fields, datelines and junk; record what they say."""
    kept: list[str] = []
    in_head = True
    for line in lines:
        if _NAV_RE.search(line):
            page.is_news = page.is_news or bool(_NEWS_NAV_RE.search(line))
            continue
        if _is_junk(line):
            continue
        meta = _META_START.match(line)
        if meta:
            pairs = list(_pairs(line))
            if in_head or len(pairs) > 1 or meta.group(1) in _FURNITURE_KEYS:
                for key, value in pairs:
                    if value and key not in page.fields:
                        page.fields[key] = value.translate(_WIDTH) if key != "标题" else value
                continue
        dateline = _DATELINE_RE.match(line)
        if dateline and not _SIGN_DATE_RE.match(line) and _is_dateline(dateline, in_head):
            if in_head and page.dateline_date is None:
                page.dateline_date = parse_date(dateline[1])
                for key, value in _pairs(dateline[3]):
                    if value:
                        page.fields.setdefault(key, value)
                if kept and len(kept[-1]) <= 80 and kept[-1][-1] not in _SENTENCE_END:
                    page.headline = kept[-1]
                    page.is_news = True
            continue
        kept.append(line)
        if _is_prose(line) or len(kept) >= _HEAD_LINES:
            in_head = False
    for key in ("标签", "关键词", "关键字"):
        page.tags += [t for t in re.split(r"[\s,，、;；|]+", page.fields.get(key, "")) if t]
    page.tags = list(dict.fromkeys(page.tags))
    return kept


def _is_dateline(m: re.Match[str], in_head: bool) -> bool:
    """A date followed only by a time and/or fields (来源, 浏览次数 …), not a sentence."""
    date, time, rest = m.groups()
    if rest:
        return bool(_META_START.match(rest))
    return bool(time) or (in_head and bool(re.search(r"[-/.]", date)))


def _headline_like(line: str) -> bool:
    """A line that reads like a link to another page: short, no sentence in it."""
    return (len(line) <= 60 and "。" not in line and line[-1] not in "；;"
            and not _OUTLINE_RE.match(line) and not _SIGN_DATE_RE.match(line)
            and not _PROTECTED_TAIL_RE.match(line)
            and not (line[0] in "（(" and line[-1] in "）)"))


def _drop_trailing_run(lines: list[str]) -> list[str]:
    """Drop a trailing run of headline-like lines: the site's list of other pages."""
    i = len(lines)
    while i > 0 and _headline_like(lines[i - 1]):
        i -= 1
    return lines[:i] if len(lines) - i >= _RUN_MIN else lines


def _take_masthead(lines: list[str], page: _Page) -> None:
    """Official layout: the issuing office line and the 文号 line above the title."""
    for k, line in enumerate(lines[:6]):
        m = _DOCNO_RE.match(line)
        if not m:
            continue
        page.doc_number = _squeeze(m.group(1).translate(_WIDTH))
        start = k
        if k and _org_like(lines[k - 1]):
            page.masthead_issuer = _squeeze(lines[k - 1].removesuffix("文件"))
            start = k - 1
        del lines[start:k + 1]
        return


def _take_signature(lines: list[str], page: _Page) -> None:
    """The first stand-alone date, and the office signed above it (the lines stay in the body)."""
    for i, line in enumerate(lines):
        if _SIGN_DATE_RE.match(line):
            page.signature_date = parse_date(line)
            if i and _org_like(lines[i - 1]):
                page.signature_issuer = _squeeze(lines[i - 1])
            return


def _is_title_line(line: str) -> bool:
    return (4 <= len(line) <= 80 and "。" not in line and line[-1] not in ":：,，"
            and not line.startswith("《") and bool(_DOC_TYPE_RE.search(line)))


def _outline_start(lines: list[str]) -> int:
    for i, line in enumerate(lines[:_TITLE_SCAN]):
        if _OUTLINE_RE.match(line):
            return i
    return min(len(lines), _TITLE_SCAN)


def _join_split_titles(lines: list[str]) -> None:
    """Join a title wrapped onto two lines ("…关于印发…" / "…的通知")."""
    i = 0
    while i < _outline_start(lines) - 1:
        a, b = lines[i], lines[i + 1]
        if ("关于" in a and not _is_title_line(a) and not _is_prose(a)
                and _is_title_line(b) and len(a) + len(b) <= 80):
            lines[i:i + 2] = [a + b]
        i += 1


def _continues(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` is the rest of ``prev``, cut by a page break in the source."""
    if _OUTLINE_RE.match(nxt) or _SIGN_DATE_RE.match(nxt) or _org_like(nxt) or nxt[0] in "（(":
        return False
    if len(prev) < 40 or not re.search(r"[。；，]", prev):
        return False
    unclosed = prev.count("（") + prev.count("(") > prev.count("）") + prev.count(")")
    return unclosed or prev[-1] in "、，," or bool(re.match(rf"[{_CJK}A-Za-z0-9]", prev[-1]))


def _rejoin(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _clean(text: str) -> _Page:
    page = _Page(lines=[])
    lines = _cut_site_lists(_split_lines(text))
    lines = _drop_trailing_run(_take_furniture(lines, page))
    _take_masthead(lines, page)
    _take_signature(lines, page)
    _join_split_titles(lines)
    page.lines = lines
    return page


# ---------------------------------------------------------------------------
# The record

def parse_page(text: str, *, page_id: str, today: _dt.date | None = None) -> dict:
    """Turn the text of one government web page into a validated ``document`` record.

    Args:
        text: the page as plain text (any line endings).
        page_id: the record id; the caller keeps it stable across imports.
        today: the date used for ``updated_at`` when the page carries no date at
            all (default: the current date).

    Returns:
        The record as returned by :func:`kiosk_app.core.records.validate`.

    Raises:
        RecordError: the page is empty, has no body once navigation and site
            furniture are removed, or ``page_id`` is not a valid id.
    """
    if not text or not text.strip():
        raise RecordError("page is empty")
    page = _clean(text)
    if not page.lines:
        raise RecordError(
            "page has no body: only navigation, header fields or site furniture were found")
    fields = page.fields

    title, title_index = _choose_title(page)
    masthead = page.masthead_issuer
    if title_index == 1 and not masthead and _org_like(page.lines[0]):
        masthead = _squeeze(page.lines[0])      # office line directly above the title
        del page.lines[0]
        title_index = 0
    if title_index == 0:
        del page.lines[0]
    lines = _rejoin(page.lines)
    if not lines:
        raise RecordError(f"page has a title ({title!r}) but no body text")

    opening = _OPENING_RE.match(lines[0])
    issuer = (fields.get("发布机构") or fields.get("发文机关") or fields.get("发文单位")
              or masthead or page.signature_issuer)
    if not issuer and opening:
        organ = _ORGAN_RE.match(opening.group(2))
        issuer = organ.group() if organ else ""
    issuer = _squeeze(issuer or fields.get("信息来源") or fields.get("来源") or "")
    if not title and opening:
        title = _derived_title(opening, "\n".join(lines))
    title = title or _fallback_title(issuer, page, page_id)

    body = structure.parse_body("\n".join(lines))
    body_chars = sum(len(structure.block_text(b)) for b in body)
    if body_chars < _MIN_BODY_CHARS:
        raise RecordError(
            f"page body is too short to be a document ({body_chars} characters after cleaning)")

    written = parse_date(fields.get("成文日期", "")) or page.signature_date
    published = parse_date(fields.get("发布日期", "") or fields.get("发布时间", "")) or page.dateline_date
    written, published = written or published, published or written
    place = ((regions.place_of_body(issuer) if issuer else None)
             or regions.place_of_title(title)
             or regions.place_in_text("\n".join(lines[:5]))
             or regions.Place(DEFAULT_LEVEL, ""))
    stamp = published or written or (today or _dt.date.today()).isoformat()
    doc_type = _DOC_TYPE_RE.search(title)
    return validate({
        "type": "document",
        "id": page_id,
        "updated_at": f"{stamp}T00:00:00+08:00",
        "title": title,
        "index_no": fields.get("索引号", ""),
        "issuer": issuer,
        "doc_number": _squeeze(fields.get("发文字号") or fields.get("文号") or page.doc_number),
        "catalogue_category": fields.get("组配分类", ""),
        "subject": fields.get("主题分类", ""),
        "doc_type": doc_type.group(1) if doc_type else ("新闻" if page.is_news else ""),
        "level": place.level,
        "region": place.region,
        "written_date": written,
        "published_date": published,
        "effective_date": parse_date(fields.get("实施日期", "") or fields.get("生效日期", "")),
        "validity": _validity(fields.get("有效性") or fields.get("时效性") or ""),
        "body": body,
        "tags": page.tags,
    })


def _choose_title(page: _Page) -> tuple[str, int | None]:
    """The title, and the index of the line showing it when that line is among the first two.

    Order: the header's 标题; a news headline (the line above its dateline); the
    document's own title line before the first outline heading, preferring one
    with 关于 (the covering 通知 over the plan it transmits).
    """
    lines = page.lines
    index = {_squeeze(line): i for i, line in reversed(list(enumerate(lines[:2])))}
    header = _squeeze(page.fields.get("标题") or page.fields.get("名称") or "")
    if header:
        return header, index.get(header)
    if page.headline:
        return _squeeze(page.headline), index.get(_squeeze(page.headline))
    candidates = [(0 if "关于" in line else 1, i)
                  for i, line in enumerate(lines[:_outline_start(lines)]) if _is_title_line(line)]
    if not candidates:
        return "", None
    _, i = min(candidates)
    return _squeeze(lines[i]), (i if i < 2 else None)


def _derived_title(opening: re.Match[str], text: str) -> str:
    """A work plan without a title line: year and subject from its opening, plus the kind it calls itself."""
    ref = _SELF_REF_RE.search(text)
    if not ref:
        return ""
    kind = ref.group(1)
    return f"{opening.group(1)}年{opening.group(2)}{'' if kind.startswith('工作') else '工作'}{kind}"


def _fallback_title(issuer: str, page: _Page, page_id: str) -> str:
    date = parse_date(page.fields.get("发布日期", "")) or page.dateline_date or page.signature_date
    if issuer:
        return f"{issuer}{date or ''}发布的信息"
    return f"无标题信息（{page_id}）"


def _validity(value: str) -> str:
    for pattern, validity in _VALIDITY:
        if pattern.search(value):
            return validity
    return "现行有效"


# ---------------------------------------------------------------------------
# Files on disk

_SEED_STEM = re.compile(r"^(?:\d+_)?([0-9a-fA-F]{8,64})$")


def page_id_for(path: str | os.PathLike[str], prefix: str = "seed") -> str:
    """A stable record id from a file name: ``000_8f4cc207dbb1effa.txt`` → ``seed-8f4cc207dbb1effa``.

    Other names keep their ASCII stem, or a hash of it when it has other
    characters, so the id depends on the name alone and survives re-imports.
    """
    stem = Path(path).stem
    m = _SEED_STEM.match(stem)
    if m:
        return f"{prefix}-{m.group(1).lower()}"
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,100}", stem):
        return f"{prefix}-{stem}"
    return f"{prefix}-{hashlib.sha1(stem.encode('utf-8')).hexdigest()[:16]}"


def read_pages(paths: Iterable[str | os.PathLike[str]], *,
               today: _dt.date | None = None) -> Iterator[tuple[str, dict]]:
    """Parse page files: each path is a ``.txt`` file or a directory of them (taken in name order).

    Yields:
        (the file's path as text, its document record), one per file.

    Raises:
        RecordError: a file is not UTF-8/GB18030 text or has no usable body; the
            reason starts with the file name.
        OSError: a path cannot be read.
    """
    for path in _expand(paths):
        data = path.read_bytes()
        text = None
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            raise RecordError(f"{path.name}: not UTF-8 or GB18030 text")
        try:
            record = parse_page(text, page_id=page_id_for(path), today=today)
        except RecordError as exc:
            raise RecordError(f"{path.name}: {exc.reason}") from None
        yield str(path), record


def _expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.glob("*.txt") if p.is_file())
        else:
            yield path
