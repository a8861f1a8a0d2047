"""Kinsoku line breaking: the rule on its own, and in real rendered PDFs."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kiosk_app.core.pdf import kinsoku
from kiosk_app.core.pdf.fonts import FONT, register_fonts
from kiosk_app.core.pdf.paragraph import KioskParagraph

# The marks the rule names explicitly.
REQUIRED_NO_START = "。，、；：？！）」』》〉】.％"
REQUIRED_NO_END = "（「『《〈【"
SIZE = 10
COLUMNS = 12   # characters of 1 em per line in the crafted paragraph

if not shutil.which("pdftotext"):
    pytest.fail("pdftotext (Debian package poppler-utils) is needed to check rendered PDFs",
                pytrace=False)


def crafted_paragraph() -> str:
    """Text that a plain fill of COLUMNS em per line breaks against the rule on every line.

    Each line of the naive fill would start with a closing mark and end with an
    opening one (all are 1 em wide in the face); a mixed Latin tail follows.
    """
    filler = "政务公开查阅场所设置信息检索设备便民服务指南"
    starts = "。，、；：？！）」』》〉】％"
    out = []
    for line, mark in enumerate(starts):
        body = filler[(line * 3) % 10:][: COLUMNS - 2]
        out.append(mark + body + REQUIRED_NO_END[line % len(REQUIRED_NO_END)])
    return "".join(out) + "依据GB 11643标准，第711号文件于2025年公布（见www.gov.cn）。"


def naive_lines(text: str, width: float) -> list[str]:
    """Fill lines as full as they go, with no rule at all."""
    lines, cur, used = [], "", 0.0
    for ch in text:
        w = stringWidth(ch, FONT, SIZE)
        if used + w > width + 1e-6 and cur:
            lines.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += w
    return lines + [cur]


def render_layout(flowable_cls, text: str, tmp_path) -> list[str]:
    register_fonts()
    style = ParagraphStyle("k", fontName=FONT, fontSize=SIZE, leading=SIZE * 1.5, wordWrap="CJK")
    path = tmp_path / f"{flowable_cls.__name__}.pdf"
    # The frame pads 6 pt on each side: the text gets exactly COLUMNS em.
    doc = SimpleDocTemplate(str(path), pagesize=(COLUMNS * SIZE + 32, 600), leftMargin=10,
                            rightMargin=10, topMargin=10, bottomMargin=10)
    doc.build([flowable_cls(text, style)])
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def violations(lines: list[str]) -> list[str]:
    bad = []
    for i, line in enumerate(lines):
        if i > 0 and line[0] in kinsoku.CANNOT_START:
            bad.append(f"line {i + 1} starts with {line[0]!r}: {line}")
        if i < len(lines) - 1 and line[-1] in kinsoku.CANNOT_END:
            bad.append(f"line {i + 1} ends with {line[-1]!r}: {line}")
    return bad


def test_rule_sets_hold_the_required_marks():
    assert set(REQUIRED_NO_START) <= kinsoku.CANNOT_START
    assert set(REQUIRED_NO_END) <= kinsoku.CANNOT_END


def test_crafted_paragraph_defeats_a_plain_fill():
    register_fonts()
    lines = naive_lines(crafted_paragraph(), COLUMNS * SIZE)
    assert len(violations(lines)) >= 2 * (len(REQUIRED_NO_START) - 3)


def test_rendered_paragraph_obeys_kinsoku(tmp_path):
    text = crafted_paragraph()
    lines = render_layout(KioskParagraph, text, tmp_path)
    assert len(lines) > 10
    assert violations(lines) == []
    # Nothing lost, nothing added (pdftotext may show the spaces of justified lines).
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    # Latin words and numbers are not split across lines.
    for word in ("11643", "711", "2025", "www.gov.cn"):
        assert any(word in line for line in lines), word


def test_reportlab_cjk_wrap_alone_breaks_the_rule(tmp_path):
    # Why KioskParagraph exists: reportlab 5.1's own CJK wrap lets "，" "；" "》" … start a
    # line and "（" "《" … end one. If this starts failing, reportlab has learned the rule.
    lines = render_layout(Paragraph, crafted_paragraph(), tmp_path)
    assert violations(lines)


def test_break_lines_covers_text_and_respects_width():
    chars = list("第一条　为了规范政府信息公开工作，保障公民、法人和其他组织依法获取政府信息，制定本条例。")
    widths = [10.0] * len(chars)
    spans = kinsoku.break_lines(chars, widths, 75.0)
    assert spans[0][0] == 0 and spans[-1][1] == len(chars)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(sum(widths[s:e]) <= 75.0 for s, e in spans)
    assert violations(["".join(chars[s:e]) for s, e in spans]) == []


def test_break_lines_pushes_a_mark_down_with_its_character():
    chars = list("一二三四五，六七")
    spans = kinsoku.break_lines(chars, [1.0] * len(chars), 5.0)
    assert ["".join(chars[s:e]) for s, e in spans] == ["一二三四", "五，六七"]


def test_break_lines_keeps_a_word_whole_and_splits_one_too_long():
    def lines(text, width):
        chars = list(text)
        return ["".join(chars[s:e]) for s, e in kinsoku.break_lines(chars, [1.0] * len(chars), width)]

    assert lines("依据国家标准GB11643规定", 12.0) == ["依据国家标准", "GB11643规定"]
    assert lines("发文2025年", 4.0) == ["发文", "2025", "年"]
    # Longer than half a line: split rather than leave a half-empty line.
    assert lines("标准GB11643规定", 6.0) == ["标准GB11", "643规定"]


def test_break_lines_never_starts_a_line_with_a_space():
    chars = list("abc def ghi")
    spans = kinsoku.break_lines(chars, [1.0] * len(chars), 5.0)
    assert all(chars[s] != " " for s, _ in spans)
    assert "".join("".join(chars[s:e]) for s, e in spans) == "abc def ghi"


_alphabet = hs.sampled_from(list("政府信息公开条例规定第一二三ABC123 ") + list("。，、；：？！）」》】") + list("（「《【"))


@settings(max_examples=300, deadline=None)
@given(hs.lists(_alphabet, min_size=1, max_size=200), hs.integers(min_value=8, max_value=30))
def test_break_lines_properties(chars, columns):
    # At most two marks in a row, so a legal break always exists within a line.
    for i in range(len(chars) - 2):
        trio = chars[i:i + 3]
        if all(c in kinsoku.CANNOT_START or c in kinsoku.CANNOT_END for c in trio):
            chars[i + 1] = "政"
    widths = [1.0 if ord(c) > 0x2E80 else 0.5 for c in chars]
    spans = kinsoku.break_lines(chars, widths, float(columns))
    assert spans[0][0] == 0 and spans[-1][1] == len(chars)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    for s, e in spans:
        visible = e
        while visible > s and chars[visible - 1] == " ":
            visible -= 1
        assert sum(widths[s:visible]) <= columns + 1e-9
    for _, e in spans[:-1]:
        assert chars[e] != " ", (chars, spans)
        assert kinsoku.kinsoku_allows(chars[e - 1], chars[e]), (chars, spans)


def test_a_mark_after_a_space_does_not_start_the_next_line():
    # Found by the property test: the space hung at the line end and "。" began the next line.
    chars = list("政政政政政政政 。")
    widths = [1.0] * 7 + [0.5, 1.0]
    spans = kinsoku.break_lines(chars, widths, 8.0)
    assert ["".join(chars[s:e]) for s, e in spans] == ["政政政政政政", "政 。"]
