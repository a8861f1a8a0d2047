"""Flowables shared by the full document and the guide.

The metadata table, the validity notice, body blocks (编/章/节 as headings,
articles with a bold label, paragraphs), attachments and interpretations.
"""

from __future__ import annotations

from typing import Iterable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from kiosk_app.core.pdf.context import PrintContext, chinese_date
from kiosk_app.core.pdf.paragraph import para
from kiosk_app.core.pdf.qr import qr_flowable
from kiosk_app.core.pdf.styles import ALERT, ALERT_BG, LABEL_BG, RULE, document_styles, table_style

# Labels of the metadata block, in the order of Chinese government file libraries.
META_FIELDS = (
    ("索引号", "index_no"),
    ("发布机构", "issuer"),
    ("发文字号", "doc_number"),
    ("成文日期", "written_date"),
    ("发布日期", "published_date"),
    ("实施日期", "effective_date"),
    ("有效性", "validity"),
)
OPTIONAL_META = {"effective_date"}   # shown only when known
EMPTY = "—"
QR_SIZE = 30 * mm
_NOT_IN_FORCE = {"已废止": "本文件已废止", "失效": "本文件已失效", "已修订": "本文件已被修订",
                 "尚未生效": "本文件尚未生效"}


def metadata_rows(document: dict, fields=META_FIELDS) -> list[tuple[str, str]]:
    """(label, value) pairs of the metadata block; unknown values print as "—"."""
    rows = []
    for label, key in fields:
        value = (document.get(key) or "").strip()
        if not value and key in OPTIONAL_META:
            continue
        rows.append((label, value or EMPTY))
    return rows


def metadata_with_qr(document: dict, width: float, fields=META_FIELDS,
                     caption: str = "扫码查看原文") -> Flowable:
    """The metadata table with the QR code to ``source_url`` beside it."""
    st = document_styles()
    qr = qr_flowable(document.get("source_url") or "", QR_SIZE)
    table_w = width - (QR_SIZE + 6 * mm if qr else 0)
    label_w = 20 * mm
    rows = [[para(label, st["meta_label"]), para(value, st["meta_value"])]
            for label, value in metadata_rows(document, fields)]
    meta = Table(rows, colWidths=[label_w, table_w - label_w], hAlign="LEFT")
    meta.setStyle(table_style(*[
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    if not qr:
        return meta
    qr_cell = [qr, para(caption, st["small_center"])]
    outer = Table([[meta, qr_cell]], colWidths=[table_w + 6 * mm, QR_SIZE])
    outer.setStyle(table_style(*[
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return outer


def validity_notice(document: dict, context: PrintContext, width: float) -> Flowable | None:
    """A boxed notice for a document not in force, naming its replacement; None if in force.

    The words carry the message (the box is also red, but colour alone would be
    lost on a monochrome printer).
    """
    validity = document.get("validity") or ""
    replaced = bool(document.get("replaced_by"))
    if validity in ("现行有效", "") and not replaced:
        return None
    st = document_styles()
    head = _NOT_IN_FORCE.get(validity, "本文件已有新版本")
    title = context.replacement_title.strip()
    lines = []
    if validity == "尚未生效":
        eff = document.get("effective_date")
        lines.append(f"本文件自{chinese_date(eff)}起施行，此前不具效力。" if eff else "本文件尚未开始施行。")
    if replaced or title:
        if title:
            when = context.replacement_date.strip()
            version = f"（{chinese_date(when)}版本）" if when else ""
            lines.append(f"现行版本：《{title.strip('《》')}》{version}。")
        else:
            lines.append("本文件已被新版本取代，请查阅现行版本。")
    if validity in ("已废止", "失效", "已修订"):
        lines.append("本打印件仅供查阅历史文本，请以现行有效文件为准。")
    content = [para(f"【注意】{head}", st["notice_head"])]
    content += [para(line, st["notice"]) for line in lines]
    box = Table([[content]], colWidths=[width])
    box.setStyle(table_style(*[
        ("BOX", (0, 0), (-1, -1), 1.6, ALERT),
        ("BACKGROUND", (0, 0), (-1, -1), ALERT_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return box


def block_flowables(blocks: Iterable[dict]) -> list[Flowable]:
    """Body blocks as paragraphs: 编/章/节 centred headings, bold article labels, indented text."""
    st = document_styles()
    out: list[Flowable] = []
    for b in blocks:
        kind = b.get("kind")
        label = (b.get("label") or "").strip()
        title = (b.get("title") or "").strip()
        text = (b.get("text") or "").strip()
        if kind in ("part", "chapter", "section"):
            out.append(para(f"{label}\u3000{title}".strip("\u3000"), st[kind]))
        elif kind == "heading":
            level = b.get("level") or 1
            style = st["h1"] if level <= 1 else st["h2"] if level == 2 else st["h3"]
            out.append(para(f"{label}{title or text}", style))
        elif kind == "article":
            out.append(para(text, st["body"], bold_prefix=f"{label}\u3000" if label else ""))
        elif text:
            out.append(para(text, st["body"]))
    return out


def history_flowables(document: dict) -> list[Flowable]:
    """Promulgation and amendment lines, small, under the metadata."""
    st = document_styles()
    return [para(line, st["history"]) for line in document.get("history") or [] if line.strip()]


def attachments_table(attachments: list[dict], width: float) -> list[Flowable]:
    """Attachments as a numbered table; its header row repeats on every page it spans."""
    if not attachments:
        return []
    st = document_styles()
    rows = [[para("序号", st["table_head"]), para("附件名称", st["table_head"])]]
    for i, att in enumerate(attachments, 1):
        rows.append([para(str(i), st["table_head"]), para(att.get("name") or "", st["table_cell"])])
    table = Table(rows, colWidths=[14 * mm, width - 14 * mm], repeatRows=1, splitByRow=1)
    table.setStyle(table_style(*[
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return [para("附件", st["section_title"]), table]


def interpretations_heading(width: float) -> list[Flowable]:
    """The rule and heading that open the appended interpretations."""
    st = document_styles()
    return [CondPageBreak(70 * mm), Spacer(1, 6 * mm),
            HRFlowable(width=width, thickness=1.2, color=RULE, spaceAfter=2),
            para("附：政策解读", st["section_title"])]


def interpretation_flowables(interp: dict) -> list[Flowable]:
    """One interpretation: title, source line, its body blocks and its questions and answers."""
    st = document_styles()
    out: list[Flowable] = [CondPageBreak(60 * mm), Spacer(1, 3 * mm)]
    out.append(para(interp.get("title", ""), st["interp_title"]))
    source = " · ".join(x for x in (interp.get("kind"), interp.get("issuer"),
                                    interp.get("published_date")) if x)
    if source:
        out.append(para(source, st["small_center"]))
        out.append(Spacer(1, 2 * mm))
    out += block_flowables(interp.get("body") or [])
    for qa in interp.get("qa") or []:
        out.append(para(qa.get("q", ""), st["qa_q"], bold_prefix="问："))
        out.append(para(qa.get("a", ""), st["qa_a"], bold_prefix="答："))
    if not interp.get("body") and not interp.get("qa"):
        url = interp.get("source_url") or ""
        note = "本解读为图片或视频形式，请在自助终端或网站查看。"
        out.append(para(f"{note}{url}", st["small"]))
    return out
