"""The one-page policy guide (政策指引): the gist of a policy on a single A4 sheet.

A citizen or business owner takes it home: title, issuer, number, validity, the
key points, who it applies to, whom to ask, and a QR code to the full text.
Key points come from the first interpretation when there is one (it was
written for lay readers), otherwise from the opening articles or paragraphs.
The guide must never spill onto a second sheet: the key points are cut to the
room left by everything else, ending with "……（全文请扫码查看）"; a final
shrink-to-fit catches what measuring cannot foresee (a 500-character title).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer
from reportlab.platypus.flowables import _listWrapOn

from kiosk_app.core.pdf.body import metadata_with_qr, validity_notice
from kiosk_app.core.pdf.context import PrintContext, shorten
from kiosk_app.core.pdf.fonts import register_fonts
from kiosk_app.core.pdf.output import PathLike, deliver
from kiosk_app.core.pdf.page import a4_frame_size, a4_furniture, build_a4
from kiosk_app.core.pdf.paragraph import para
from kiosk_app.core.pdf.qr import qr_flowable
from kiosk_app.core.pdf.styles import BULLET, document_styles

GUIDE_FIELDS = (
    ("发布机构", "issuer"),
    ("发文字号", "doc_number"),
    ("发布日期", "published_date"),
    ("实施日期", "effective_date"),
    ("有效性", "validity"),
)
MORE_WITH_QR = "……（全文请扫码查看）"
MORE_WITHOUT_QR = "……（全文请在自助终端查阅）"
DEFAULT_CONTACT = "请向本厅政务公开专区工作人员咨询，或拨打 12345 政务服务便民热线。"
MAX_POINTS = 8
POINT_CHARS = 160       # one point longer than this is cut with "……"
SUMMARY_CHARS = 200


@dataclass
class KeyPoint:
    """One key point: a bold lead (label or heading) and its text."""

    lead: str
    text: str

    def __len__(self) -> int:
        return len(self.lead) + len(self.text)


def key_points(document: dict, interpretations: Sequence[dict] = ()) -> tuple[list[KeyPoint], dict | None]:
    """Key points from the first interpretation, else from the document body.

    Headings lead the paragraph that follows them; articles lead with their
    label; 编/章/节 lines are structure, not content, and are skipped.

    Returns:
        The points, and the interpretation they come from (None for the body),
        so the guide can say whose words they are.
    """
    if interpretations:
        first = interpretations[0]
        points = _points_from_blocks(first.get("body") or [])
        points += [KeyPoint(f"{qa['q']}　", qa["a"]) for qa in first.get("qa") or []]
        if points:
            return points[:MAX_POINTS], first
    return _points_from_blocks(document.get("body") or []), None


def _points_from_blocks(blocks: Iterable[dict]) -> list[KeyPoint]:
    points: list[KeyPoint] = []
    takes_more = False   # the last point is an article (or a bare heading) a paragraph continues
    for b in blocks:
        kind = b.get("kind")
        label = (b.get("label") or "").strip()
        text = (b.get("text") or b.get("title") or "").strip()
        if kind in ("part", "chapter", "section") or not (text or label):
            continue
        if kind == "heading":
            points.append(KeyPoint(f"{label}{text}：", ""))
            takes_more = True
        elif kind == "article":
            points.append(KeyPoint(f"{label}\u3000", text))
            takes_more = True
        elif takes_more and points:
            last = points[-1]
            last.text = f"{last.text} {text}" if last.text else text
            takes_more = last.lead.endswith("\u3000")   # articles keep taking their paragraphs
        else:
            points.append(KeyPoint("", text))
            takes_more = False
        if len(points) > MAX_POINTS:
            break
    return points[:MAX_POINTS]


def _fit_points(points: list[KeyPoint], budget: int) -> tuple[list[KeyPoint], bool]:
    """The points within ``budget`` characters in all; and whether anything was left out."""
    out: list[KeyPoint] = []
    cut = False
    left = budget
    for p in points:
        if left <= len(p.lead):
            cut = True
            break
        room = min(left - len(p.lead), POINT_CHARS)
        text = shorten(p.text, room)
        if text != p.text:
            cut = True
        out.append(KeyPoint(p.lead, text))
        left -= len(p.lead) + len(text)
    return out, cut or len(out) < len(points)


def _height(flowables: list[Flowable], width: float) -> float:
    """Height of flowables stacked the way KeepInFrame stacks them (spaces merged)."""
    return _listWrapOn(flowables, width, None)[1]


def _point_flowables(points: list[KeyPoint]) -> list[Flowable]:
    st = document_styles()
    return [para(f"{BULLET}{p.text}" if not p.lead else p.text, st["point"],
                 bold_prefix=f"{BULLET}{p.lead}" if p.lead else "") for p in points]


def applies_to(tags) -> list[str]:
    """Lines saying whom a policy is for, from ``enterprise_tags`` record(s)."""
    if not tags:
        return []
    records = [tags] if isinstance(tags, dict) else list(tags)
    lines: list[str] = []
    for t in records:
        lines.append("适用行业：" + ("、".join(t.get("industries") or []) or "不限"))
        lines.append("企业规模：" + ("、".join(t.get("enterprise_sizes") or []) or "不限"))
        if t.get("target_groups"):
            lines.append("适用对象：" + "、".join(t["target_groups"]))
        if (t.get("summary") or "").strip():
            lines.append(shorten(t["summary"].strip(), SUMMARY_CHARS))
        if t.get("no_application"):
            lines.append("本政策免申即享：符合条件的企业无需提出申请。")
    return lines


def guide_story(document: dict, context: PrintContext, interpretations: Sequence[dict] = (),
                enterprise_tags=None) -> list:
    """The flowables of the guide, cut to fit one page (exposed for tests)."""
    st = document_styles()
    width, height = a4_frame_size()
    head: list[Flowable] = [para("政 策 指 引", st["subtitle"]), para(document["title"], st["title"])]
    notice = validity_notice(document, context, width)
    if notice is not None:
        head += [notice, Spacer(1, 3 * mm)]
    head += [metadata_with_qr(document, width, GUIDE_FIELDS, caption="扫码查看全文"),
             Spacer(1, 2 * mm), para("政策要点", st["section_title"])]
    tail: list[Flowable] = []
    who = applies_to(enterprise_tags)
    if who:
        tail.append(para("适用对象", st["section_title"]))
        tail += [para(f"{BULLET}{line}", st["point"]) for line in who]
    tail.append(para("咨询方式", st["section_title"]))
    tail.append(para(BULLET + (context.contact.strip() or DEFAULT_CONTACT), st["point"]))

    has_qr = qr_flowable(document.get("source_url") or "", 10) is not None
    more = para(MORE_WITH_QR if has_qr else MORE_WITHOUT_QR, st["more"])
    points, source = key_points(document, interpretations)
    if source is not None:
        by = "，".join(x for x in (source.get("title"), source.get("issuer")) if x)
        head.append(para(f"摘自政策解读：{by}", st["small"]))
    if not points:
        points = [KeyPoint("", "本文件正文未收录，请扫码查看原文。")]

    def compose(budget: int) -> tuple[list[Flowable], bool]:
        chosen, cut = _fit_points(points, budget)
        return head + _point_flowables(chosen) + ([more] if cut else []) + tail, cut

    story, _ = compose(10**9)
    if _height(story, width) > height:
        lo, hi = 0, sum(len(p) for p in points)
        while lo < hi:                       # the largest budget that fits
            mid = (lo + hi + 1) // 2
            if _height(compose(mid)[0], width) <= height:
                lo = mid
            else:
                hi = mid - 1
        story, _ = compose(lo)
    return [KeepInFrame(width, height, story, mode="shrink")]


def render_guide(document: dict, context: PrintContext, interpretations: Sequence[dict] = (),
                 enterprise_tags=None, *, out: PathLike | None = None) -> bytes:
    """Render the one-page guide of a document as an A4 PDF (always exactly one page).

    Args:
        document: a ``document`` record.
        context: hall name, library date, print time, replacement title, contact line.
        interpretations: the document's interpretations; the first supplies the key points.
        enterprise_tags: an ``enterprise_tags`` record, a list of them, or None.
        out: also write the PDF to this path (atomically).

    Returns:
        The PDF bytes.

    Raises:
        KeyError: the record has no ``title``.
        OSError: ``out`` could not be written.
    """
    register_fonts()
    story = guide_story(document, context, interpretations, enterprise_tags)
    data = build_a4(story, a4_furniture(context, "政策指引", page_numbers=False),
                    title=f"政策指引：{document['title']}", author=document.get("issuer") or "")
    return deliver(data, out)
