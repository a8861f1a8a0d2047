"""The receipt of an on-site application for disclosure (政府信息公开申请回执).

Printed right after the kiosk takes an application, on the 80 mm thermal roll
(a page exactly as tall as its content) or on A4. It proves the date of
receipt, from which the statutory 20 working days run (Regulations on Open
Government Information, art. 33), and carries the tracking code and a QR code
to follow the application.

The intake module fills a :class:`ReceiptContent`; nothing here computes
deadlines or codes. The content travels as JSON (:meth:`ReceiptContent.to_json`)
so the kiosk can keep it, encrypted, until the receipt is on paper: a crash
between storing an application and printing its receipt must not leave the
applicant without one (staff reprint it from the admin screen).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import io
import json
import re
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from kiosk_app.core.pdf.context import chinese_date, chinese_datetime, shorten
from kiosk_app.core.pdf.fonts import FONT, register_fonts
from kiosk_app.core.pdf.output import PathLike, deliver
from kiosk_app.core.pdf.paragraph import para
from kiosk_app.core.pdf.qr import qr_flowable
from kiosk_app.core.pdf.styles import RULE, receipt_styles, table_style

ROLL_WIDTH = 80 * mm
ROLL_MARGIN_X = 4 * mm      # 72 mm printable: the usual 576-dot head at 203 dpi
ROLL_MARGIN_Y = 5 * mm
SUMMARY_CHARS = 120
PAPERS = ("roll80", "a4")
LEGAL_NOTE = ("依据《中华人民共和国政府信息公开条例》第三十三条，行政机关自收到申请之日起20个工作日内予以答复；"
              "需要延长答复期限的，将告知您，延长的期限最长不超过20个工作日。")
DEFAULT_HOWTO = "扫描下方二维码，或在政务公开自助终端“申请查询”中输入查询码。"
DEFAULT_PROVISIONAL_NOTE = "答复期限为预计日期：相关年度节假日安排尚未公布，以受理机关通知为准。"
JSON_FORMAT = "gk-receipt/1"


@dataclass(frozen=True)
class ReceiptContent:
    """Everything a receipt shows; filled by the application intake.

    Attributes:
        tracking_code: the code the applicant quotes to follow up, e.g.
            "GK2026112200042" or "GK-2026-1122-0042". Printed large, in groups
            (the code's own "-" or space groups, else groups of four).
        received_at: when the application was received (time zone aware); the
            statutory period runs from this day.
        reply_due: the last day of the statutory reply period (20 working days,
            official holiday calendar), computed by the intake.
        request_summary: what was asked for, in the applicant's words; printed
            shortened to 120 characters.
        status_url: address to check the status, encoded in the QR code.
        hall_name: the hall or venue where the application was taken.
        office: the organ that will answer (受理机关), if known.
        applicant: the applicant's name as it may appear on paper, already
            masked by the intake (e.g. "张*明"); empty to leave it off.
        delivery: how the information will be provided, e.g. "纸质·现场领取".
        status_howto: how to check the status; a default sentence when empty.
        phone: a consultation phone number, if any.
        printed_at: time of printing; defaults to now.
        reply_due_provisional: ``reply_due`` is an estimate (the count reaches
            a year whose holiday notice is not published yet); printed with
            预计 and ``reply_due_note``.
        reply_due_note: why the date is an estimate (the intake's
            ``provisional_note``); a general sentence when empty.
        reprint: printed again by staff after the first print was lost; the
            footer says 补打 so the office can tell the copies apart.
    """

    tracking_code: str
    received_at: _dt.datetime
    reply_due: _dt.date
    request_summary: str
    status_url: str
    hall_name: str
    office: str = ""
    applicant: str = ""
    delivery: str = ""
    status_howto: str = ""
    phone: str = ""
    printed_at: _dt.datetime | None = None
    reply_due_provisional: bool = False
    reply_due_note: str = ""
    reprint: bool = False

    def __post_init__(self):
        if not self.tracking_code.strip():
            raise ValueError("receipt needs a tracking_code")
        if not isinstance(self.received_at, _dt.datetime):
            raise ValueError(f"received_at must be a datetime, got {type(self.received_at).__name__}")
        if isinstance(self.reply_due, _dt.datetime) or not isinstance(self.reply_due, _dt.date):
            raise ValueError(f"reply_due must be a date, got {type(self.reply_due).__name__}")
        if self.reply_due < self.received_at.date():
            raise ValueError("reply_due is before received_at")

    def to_dict(self) -> dict:
        """The content as a JSON-ready dict (times in ISO 8601), for :meth:`from_dict`."""
        out: dict = {"format": JSON_FORMAT}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, (_dt.date, _dt.datetime)) else value
        return out

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, raw: object) -> "ReceiptContent":
        """Rebuild the content from :meth:`to_dict` output; keys it does not know are ignored.

        Raises:
            ValueError: not of this format, or a field is missing or malformed.
        """
        if not isinstance(raw, dict) or raw.get("format") != JSON_FORMAT:
            raise ValueError(f"receipt content is not of format {JSON_FORMAT}")
        kwargs = {f.name: raw[f.name] for f in dataclasses.fields(cls) if f.name in raw}
        try:
            kwargs["received_at"] = _dt.datetime.fromisoformat(kwargs["received_at"])
            kwargs["reply_due"] = _dt.date.fromisoformat(kwargs["reply_due"])
            if kwargs.get("printed_at"):
                kwargs["printed_at"] = _dt.datetime.fromisoformat(kwargs["printed_at"])
            return cls(**kwargs)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"receipt content is malformed: {exc}") from None

    @classmethod
    def from_json(cls, text: str | bytes) -> "ReceiptContent":
        """:meth:`from_dict` of JSON text.

        Raises:
            ValueError: not JSON, or as :meth:`from_dict`.
        """
        try:
            raw = json.loads(text)
        except ValueError as exc:
            raise ValueError(f"receipt content is not JSON: {exc}") from None
        return cls.from_dict(raw)


def group_code(code: str) -> str:
    """The tracking code in groups easy to read aloud: "GK20 2611 2200 42"."""
    code = code.strip().upper()
    parts = [p for p in re.split(r"[\s\-_/]+", code) if p]
    if len(parts) > 1:
        return " ".join(parts)
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def receipt_story(content: ReceiptContent, width: float, roll: bool) -> list[Flowable]:
    """The flowables of a receipt ``width`` points wide."""
    st = receipt_styles(roll)
    story: list[Flowable] = [
        para(content.hall_name, st["hall"]),
        para("政府信息公开申请回执", st["title"]),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceAfter=4),
        para("查询码", st["code_label"]),
        para(group_code(content.tracking_code), st["code"]),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=2, spaceAfter=4),
    ]
    due = f"{chinese_date(content.reply_due)}前（含当日）"
    if content.reply_due_provisional:
        # The estimate is said where the date is, not somewhere further down.
        due = [para("预计" + due, st["value"]),
               para(content.reply_due_note.strip() or DEFAULT_PROVISIONAL_NOTE, st["note"])]
    rows = [("受理时间", chinese_datetime(content.received_at)), ("答复期限", due)]
    if content.office:
        rows.append(("受理机关", content.office))
    if content.applicant:
        rows.append(("申请人", content.applicant))
    rows.append(("申请内容", shorten(" ".join(content.request_summary.split()), SUMMARY_CHARS)))
    if content.delivery:
        rows.append(("获取方式", content.delivery))
    howto = content.status_howto.strip() or DEFAULT_HOWTO
    if content.phone:
        howto += f"咨询电话：{content.phone}。"
    rows.append(("查询进度", howto))
    label_w = (16 if roll else 24) * mm
    table = Table([[para(k, st["label"]), v if isinstance(v, list) else para(v, st["value"])] for k, v in rows],
                  colWidths=[label_w, width - label_w])
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ))
    story.append(table)
    qr = qr_flowable(content.status_url, (30 if roll else 40) * mm)
    if qr is not None:
        qr.hAlign = "CENTER"
        story += [Spacer(1, 2 * mm), qr, para("扫码查询办理进度", st["foot"])]
    story += [Spacer(1, 2 * mm), para(LEGAL_NOTE, st["note"]), Spacer(1, 1.5 * mm),
              para("请妥善保管本回执。", st["note"])]
    printed = content.printed_at or _dt.datetime.now().astimezone()
    story += [HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=3, spaceAfter=2),
              para(content.hall_name, st["foot"]),
              para(f"{'补打于' if content.reprint else '打印于'} {chinese_datetime(printed)}", st["foot"])]
    return story


def _stack_height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for f in story:
        _, h = f.wrap(width, 10_000)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def render_receipt(content: ReceiptContent, paper: str = "roll80", *, out: PathLike | None = None) -> bytes:
    """Render a receipt for the 80 mm roll (``"roll80"``) or for A4 (``"a4"``).

    On the roll the page is exactly 80 mm wide and as tall as the content, so
    the printer cuts right after the last line.

    Raises:
        ValueError: ``paper`` is not one of ``PAPERS``.
        OSError: ``out`` could not be written.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, got {paper!r}")
    register_fonts()
    roll = paper == "roll80"
    if roll:
        margin_x, margin_y = ROLL_MARGIN_X, ROLL_MARGIN_Y
        width = ROLL_WIDTH - 2 * margin_x
        story = receipt_story(content, width, roll=True)
        # Measured in full (spaces never collapsed), so the page is never too short.
        page = (ROLL_WIDTH, _stack_height(story, width) + 2 * margin_y + 2)
    else:
        margin_x, margin_y = 30 * mm, 25 * mm
        page = A4
        width = A4[0] - 2 * margin_x
        story = receipt_story(content, width, roll=False)
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=page, leftMargin=margin_x, rightMargin=margin_x,
                          topMargin=margin_y, bottomMargin=margin_y,
                          title="政府信息公开申请回执", creator="政务公开自助终端",
                          initialFontName=FONT)
    frame = Frame(margin_x, margin_y, width, page[1] - 2 * margin_y, id="receipt",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="receipt", frames=[frame])])
    doc.build(story)
    return deliver(buf.getvalue(), out)
