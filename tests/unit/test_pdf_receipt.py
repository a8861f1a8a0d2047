"""The application receipt: 80 mm roll sized to its content, and A4."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess

import pytest
from reportlab.lib.units import mm

from kiosk_app.core.pdf import ReceiptContent, render_receipt
from kiosk_app.core.pdf.receipt import group_code

if not shutil.which("pdftotext") or not shutil.which("pdfinfo"):
    pytest.fail("pdftotext and pdfinfo (Debian package poppler-utils) are needed", pytrace=False)

TZ = dt.timezone(dt.timedelta(hours=8))
CONTENT = ReceiptContent(
    tracking_code="GK2026112200042",
    received_at=dt.datetime(2026, 11, 22, 14, 5, tzinfo=TZ),
    reply_due=dt.date(2026, 12, 21),
    request_summary="申请公开济南市历下区2025年老旧小区改造项目的招标文件及中标结果。",
    status_url="https://kiosk.example.gov.cn/apply/GK2026112200042",
    hall_name="济南市历下区政务服务中心",
    office="济南市历下区人民政府办公室",
    applicant="张*明",
    delivery="纸质·现场领取",
    phone="0531-12345",
    printed_at=dt.datetime(2026, 11, 22, 14, 6, tzinfo=TZ),
)


def read_pdf(data: bytes, tmp_path) -> tuple[int, float, float, str]:
    """(pages, width pt, height pt, text with whitespace collapsed)."""
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    w, h = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M).groups())
    return pages, w, h, re.sub(r"\s+", " ", text)


def test_roll_receipt_is_80mm_wide_and_one_page(tmp_path):
    pages, width, height, text = read_pdf(render_receipt(CONTENT), tmp_path)
    assert pages == 1
    assert width == pytest.approx(80 * mm, abs=0.01)
    assert 100 * mm < height < 250 * mm
    flat = text.replace(" ", "")
    order = ["济南市历下区政务服务中心", "政府信息公开申请回执", "查询码", "受理时间", "2026年11月22日14:05",
             "答复期限", "2026年12月21日前", "受理机关", "济南市历下区人民政府办公室", "申请人", "张*明",
             "申请内容", "老旧小区改造项目", "获取方式", "纸质·现场领取", "查询进度", "0531-12345",
             "扫码查询办理进度", "第三十三条", "20个工作日", "打印于2026年11月22日14:06"]
    pos = 0
    for needle in order:
        pos = flat.find(needle, pos)
        assert pos >= 0, (needle, flat)
    assert "GK20 2611 2200 042" in text      # the code in groups, spaces kept


def test_roll_height_follows_content(tmp_path):
    short = dataclasses.replace(CONTENT, office="", applicant="", delivery="", phone="",
                                request_summary="某文件")
    long = dataclasses.replace(CONTENT, request_summary="申请公开" + "项目批复文件、资金拨付明细、验收报告，" * 30)
    _, _, h_short, _ = read_pdf(render_receipt(short), tmp_path)
    _, _, h_normal, _ = read_pdf(render_receipt(CONTENT), tmp_path)
    pages, _, h_long, text = read_pdf(render_receipt(long), tmp_path)
    assert h_short < h_normal < h_long
    assert pages == 1
    assert "……" in text                      # the summary is shortened


def test_a4_receipt(tmp_path):
    pages, width, height, text = read_pdf(render_receipt(CONTENT, "a4"), tmp_path)
    assert pages == 1
    assert (width, height) == (pytest.approx(595.28, abs=0.01), pytest.approx(841.89, abs=0.01))
    assert "政府信息公开申请回执" in text.replace(" ", "") and "GK20 2611 2200 042" in text


def test_receipt_without_status_url_has_no_qr_caption(tmp_path):
    _, _, _, text = read_pdf(render_receipt(dataclasses.replace(CONTENT, status_url="")), tmp_path)
    assert "扫码查询办理进度" not in text.replace(" ", "")


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="paper must be one of"):
        render_receipt(CONTENT, "letter")


@pytest.mark.parametrize("code, shown", [
    ("GK2026112200042", "GK20 2611 2200 042"),
    ("gk-2026-1122-0042", "GK 2026 1122 0042"),
    ("AB12", "AB12"),
])
def test_group_code(code, shown):
    assert group_code(code) == shown


@pytest.mark.parametrize("change, message", [
    ({"tracking_code": " "}, "tracking_code"),
    ({"received_at": dt.date(2026, 11, 22)}, "received_at must be a datetime"),
    ({"reply_due": dt.datetime(2026, 12, 21, tzinfo=TZ)}, "reply_due must be a date"),
    ({"reply_due": dt.date(2026, 11, 1)}, "before received_at"),
])
def test_receipt_content_is_checked(change, message):
    with pytest.raises(ValueError, match=message):
        dataclasses.replace(CONTENT, **change)


def test_an_estimated_reply_date_says_so_beside_the_date(tmp_path):
    note = "答复期限为预计日期：2027年节假日安排尚未公布，以受理机关通知为准。"
    estimated = dataclasses.replace(CONTENT, reply_due=dt.date(2027, 1, 20), reply_due_provisional=True,
                                    reply_due_note=note)
    flat = read_pdf(render_receipt(estimated), tmp_path)[3].replace(" ", "")
    due = flat.find("答复期限")
    assert flat.find("预计2027年1月20日前（含当日）", due) == due + len("答复期限")
    assert flat.find(note, due) > due and flat.find(note) < flat.find("受理机关济南市")
    firm = read_pdf(render_receipt(CONTENT), tmp_path)[3].replace(" ", "")
    assert "预计" not in firm
    # Without the intake's sentence, a general one still explains the estimate.
    general = dataclasses.replace(estimated, reply_due_note="")
    assert "节假日安排尚未公布" in read_pdf(render_receipt(general), tmp_path)[3].replace(" ", "")


def test_a_reprint_is_marked_in_the_footer(tmp_path):
    flat = read_pdf(render_receipt(dataclasses.replace(CONTENT, reprint=True)), tmp_path)[3].replace(" ", "")
    assert "补打于2026年11月22日14:06" in flat and "打印于2026" not in flat.replace("补打于", "")


@pytest.mark.parametrize("change", [{}, {"printed_at": None, "reply_due_provisional": True,
                                          "reply_due_note": "答复期限为预计日期", "reprint": True}])
def test_content_survives_json(change):
    content = dataclasses.replace(CONTENT, **change)
    text = content.to_json()
    assert ReceiptContent.from_json(text) == content
    assert ReceiptContent.from_json(text.encode("utf-8")) == content


@pytest.mark.parametrize("text, message", [
    ("{", "not JSON"),
    ('{"tracking_code": "X"}', "not of format"),
    ('{"format": "gk-receipt/1", "tracking_code": "X"}', "malformed"),
    (CONTENT.to_json().replace("2026-12-21", "2026-11-01"), "malformed"),
])
def test_bad_json_is_refused(text, message):
    with pytest.raises(ValueError, match=message):
        ReceiptContent.from_json(text)
