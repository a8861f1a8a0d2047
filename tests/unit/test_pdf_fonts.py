"""The printed font is embedded as a subset; the pdf package stays free of Qt."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_app.core.pdf import PrintContext, ReceiptContent, render_document, render_guide, render_receipt
from kiosk_app.core.pdf.fonts import has_glyph, printable, register_fonts
from kiosk_app.core.records import validate

if not shutil.which("pdffonts"):
    pytest.fail("pdffonts (Debian package poppler-utils) is needed to check embedded fonts",
                pytrace=False)

ROOT = Path(__file__).resolve().parents[2]
TZ = dt.timezone(dt.timedelta(hours=8))
CTX = PrintContext(hall_name="历下区政务服务中心", library_date="2026-11-20",
                   printed_at=dt.datetime(2026, 11, 22, 9, 30, tzinfo=TZ))


def pdffonts(data: bytes, tmp_path) -> list[dict]:
    path = tmp_path / "f.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        cols = line.split()
        # name type [type...] encoding emb sub uni object gen
        rows.append({"name": cols[0], "emb": cols[-5], "sub": cols[-4], "uni": cols[-3]})
    return rows


def _doc() -> dict:
    return validate({
        "type": "document", "id": "doc-1", "updated_at": "2026-11-01T09:00:00+08:00",
        "title": "关于进一步优化营商环境的若干措施（2025年版）", "level": "市", "validity": "现行有效",
        "issuer": "济南市人民政府办公厅", "doc_number": "济政办发〔2025〕3号",
        "body": [{"kind": "article", "label": "第一条", "text": "为了优化营商环境，制定本措施。ABC 123"}],
        "source_url": "https://www.jinan.gov.cn/art/2025/1/1/art_1.html",
    })


@pytest.mark.parametrize("kind", ["document", "guide", "receipt"])
def test_every_font_is_embedded_as_a_subset(kind, tmp_path):
    if kind == "document":
        data = render_document(_doc(), CTX)
    elif kind == "guide":
        data = render_guide(_doc(), CTX)
    else:
        data = render_receipt(ReceiptContent(
            tracking_code="GK1", received_at=dt.datetime(2026, 11, 22, 9, 30, tzinfo=TZ),
            reply_due=dt.date(2026, 12, 21), request_summary="申请公开某项目批复", status_url="https://x.cn/1",
            hall_name="历下区政务服务中心"))
    fonts = pdffonts(data, tmp_path)
    assert fonts, "no fonts listed"
    for f in fonts:
        assert (f["emb"], f["sub"], f["uni"]) == ("yes", "yes", "yes"), f
        assert "WenQuanYiMicroHei" in f["name"], f   # no Helvetica, no STSong-Light


def test_face_covers_statutory_punctuation_and_common_symbols():
    register_fonts()
    for ch in "。，、；：？！）」』》〉】％（「『《〈【〔〕…—·●№0aA":
        assert has_glyph(ch), ch


def test_characters_the_face_lacks_print_as_geta(tmp_path):
    assert printable("张\ue004三\u4469。") == "张〓三〓。"
    assert printable("第一条\x07") == "第一条"
    assert printable("普通文字 ABC") == "普通文字 ABC"
    doc = dict(_doc(), body=[{"kind": "paragraph", "text": "申请人张\ue004三"}])
    path = tmp_path / "g.pdf"
    path.write_bytes(render_document(doc, CTX))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "申请人张〓三" in text


def test_bold_label_is_darker_than_the_same_text_regular(tmp_path):
    # The face has no bold weight; the label is stroked as well as filled.
    from PIL import Image
    from reportlab.platypus import SimpleDocTemplate

    from kiosk_app.core.pdf.paragraph import para
    from kiosk_app.core.pdf.styles import document_styles

    register_fonts()
    style = document_styles()["h3"].clone("plain", firstLineIndent=0, fontName="KioskSans")
    path = tmp_path / "bold.pdf"
    SimpleDocTemplate(str(path), pagesize=(200, 60), leftMargin=10, rightMargin=10, topMargin=10,
                      bottomMargin=10).build([para("第一条", style, bold_prefix="第一条")])
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", str(path),
                    str(tmp_path / "bold")], check=True)
    img = Image.open(tmp_path / "bold.png").convert("L")
    ink = [255 - v for v in img.tobytes()]
    w, h = img.size
    text_w = round(w * (16 + 6 * 11) / 200)     # margin + frame padding, six 11 pt glyphs
    left0 = round(w * 16 / 200)
    mid = left0 + (text_w - left0) // 2

    def column_ink(x0, x1):
        return sum(ink[y * w + x] for y in range(h) for x in range(x0, x1))

    bold, regular = column_ink(left0, mid), column_ink(mid, text_w)
    assert regular > 0 and bold > 1.3 * regular, (bold, regular)


def test_register_fonts_is_idempotent():
    register_fonts()
    register_fonts()


def test_pdf_package_imports_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "import kiosk_app.core.pdf, kiosk_app.library.cmd_print\n"
            "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
