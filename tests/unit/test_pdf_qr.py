"""QR codes: the printed modules are exactly the code of the (ASCII) address."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PIL import Image
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk_app.core.pdf.qr import MAX_QR_CHARS, qr_flowable, qr_module_count, qr_payload

if not shutil.which("pdftoppm"):
    pytest.fail("pdftoppm (Debian package poppler-utils) is needed", pytrace=False)

URL = "https://github.com/LawRefBook/Laws/blob/2f4c5c2/行政法规/政府信息公开条例(2019-04-03).md"


def test_payload_is_ascii_and_keeps_the_address():
    payload = qr_payload(URL)
    assert payload.isascii()
    assert payload.startswith("https://github.com/LawRefBook/Laws/blob/2f4c5c2/%E8%A1%8C")
    assert payload.endswith("(2019-04-03).md")
    assert qr_payload("  https://x.cn/a?b=1&c=2#d ") == "https://x.cn/a?b=1&c=2#d"


def test_no_code_for_empty_or_unscannably_long_address():
    assert qr_flowable("", 30 * mm) is None
    assert qr_flowable("https://x.cn/" + "a" * MAX_QR_CHARS, 30 * mm) is None


def test_printed_modules_match_the_code(tmp_path):
    size = 30 * mm
    code = qr_flowable(URL, size)
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=(size, size))
    code.drawOn(canv, 0, 0)
    canv.save()
    pdf = tmp_path / "qr.pdf"
    pdf.write_bytes(buf.getvalue())
    subprocess.run(["pdftoppm", "-r", "400", "-gray", "-png", "-singlefile", str(pdf), str(tmp_path / "qr")],
                   check=True)
    img = Image.open(tmp_path / "qr.png").convert("L")

    expected = QrCodeWidget(qr_payload(URL), barLevel="M")
    expected.qr.make()
    modules = expected.qr.modules
    count = len(modules)
    assert count == qr_module_count(URL) >= 21
    border = 4
    px = img.width / (count + 2 * border)
    assert px >= 3, "render resolution too low to sample modules"
    for r in range(-border, count + border):
        for c in range(-border, count + border):
            dark_expected = 0 <= r < count and 0 <= c < count and bool(modules[r][c])
            x = int((c + border + 0.5) * px)
            y = int((r + border + 0.5) * px)
            dark = img.getpixel((x, y)) < 128
            assert dark == dark_expected, (r, c)
