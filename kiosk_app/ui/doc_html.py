"""Records as HTML for the reader's text views (Qt's rich-text subset).

Document bodies are lists of blocks (see :mod:`kiosk_app.core.structure`);
here they become headings, articles and paragraphs with anchors, so the table
of contents can jump to 第X章 / 第X条. Running text keeps a line spacing of at
least 1.5. Labels (索引号 …) come in translated from the page; record content
is shown as published. This module builds strings only.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk_app.ui.widgets.controls import html_escape as esc


@dataclass(frozen=True)
class TextStyle:
    """Sizes and colours of one rendering."""

    body_px: int
    line_height: int
    text: str
    muted: str
    accent: str
    border: str
    label_bg: str
    mark_bg: str

    @property
    def heading_px(self) -> int:
        return int(self.body_px * 1.25)

    @property
    def small_px(self) -> int:
        return int(self.body_px * 0.85)


def text_style(theme, extra_px: int = 0) -> TextStyle:
    """The text style of a :class:`~kiosk_app.ui.theme.Theme`, ``extra_px`` larger than its body size."""
    p = theme.palette
    return TextStyle(body_px=theme.body + extra_px, line_height=theme.line_height, text=p.text,
                     muted=p.muted, accent=p.accent, border=p.border,
                     label_bg=p.window if not theme.elder else "#eeeeee", mark_bg=p.mark_bg)


def anchor(index: int) -> str:
    return f"b{index}"


def _p(text: str, st: TextStyle, *, indent: bool = True, extra: str = "") -> str:
    ti = "text-indent: 2em; " if indent else ""
    return (f'<p style="{ti}line-height:{st.line_height}%; margin: 0 0 {st.body_px // 2}px 0; {extra}">'
            f"{text}</p>")


def blocks_html(blocks: list[dict], st: TextStyle, *, anchors: bool = True) -> str:
    """A body as HTML; every block gets an anchor ``b<index>`` when ``anchors``."""
    out = []
    for i, b in enumerate(blocks):
        a = f'<a name="{anchor(i)}"></a>' if anchors else ""
        kind = b.get("kind")
        label = esc(b.get("label") or "")
        if kind in ("part", "chapter", "section"):
            title = esc(b.get("title") or "")
            size = st.heading_px if kind != "section" else int(st.body_px * 1.1)
            out.append(f'<p align="center" style="margin: {st.body_px}px 0 {st.body_px // 2}px 0; '
                       f'line-height:{st.line_height}%; font-size:{size}px; font-weight:bold;">'
                       f"{a}{label}　{title}</p>")
        elif kind == "heading":
            size = st.heading_px if b.get("level", 1) <= 1 else st.body_px
            out.append(f'<p style="margin: {st.body_px // 2}px 0 {st.body_px // 3}px 0; '
                       f'line-height:{st.line_height}%; font-size:{size}px; font-weight:bold;">'
                       f"{a}{label}{esc(b.get('title') or '')}</p>")
        elif kind == "article":
            out.append(_p(f'{a}<b>{label}</b>　{esc(b.get("text") or "")}', st))
        else:
            out.append(_p(a + esc(b.get("text") or b.get("title") or ""), st))
    return "".join(out)


def metadata_html(rows: list[tuple[str, str]], st: TextStyle, columns: int) -> str:
    """The metadata block the way government sites show it: label cells and value cells.

    Values are HTML already (escaped by the caller, so a badge image can sit in one).
    """
    cells = [(esc(k), v) for k, v in rows]
    per_row = 2 if columns >= 4 else 1
    out = [f'<table width="100%" cellspacing="0" cellpadding="{st.body_px // 3}" '
           f'style="border-collapse: collapse; border: 1px solid {st.border}; margin-bottom: {st.body_px}px;">']
    for start in range(0, len(cells), per_row):
        out.append("<tr>")
        chunk = cells[start:start + per_row]
        for k, v in chunk:
            out.append(f'<td width="{16 if per_row == 2 else 28}%" style="background:{st.label_bg}; '
                       f'border: 1px solid {st.border}; color:{st.muted}; font-size:{st.small_px}px;">{k}</td>'
                       f'<td style="border: 1px solid {st.border}; font-size:{st.small_px}px;">{v}</td>')
        if len(chunk) < per_row:
            out.append(f'<td style="border: 1px solid {st.border};"></td>'
                       f'<td style="border: 1px solid {st.border};"></td>')
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def document_html(document: dict, st: TextStyle, meta_rows: list[tuple[str, str]], columns: int,
                  empty_body: str) -> str:
    """Title, metadata table and body of a document, with anchors for the table of contents."""
    head = (f'<p align="center" style="font-size:{int(st.body_px * 1.35)}px; font-weight:bold; '
            f'line-height:{st.line_height}%; margin: 0 0 {st.body_px}px 0;">{esc(document["title"])}</p>')
    body = document.get("body") or []
    text = blocks_html(body, st) if body else _p(esc(empty_body), st, indent=False,
                                                  extra=f"color:{st.muted};")
    return _wrap(head + metadata_html(meta_rows, st, columns) + text, st)


def interpretations_html(interpretations: list[dict], st: TextStyle, labels: dict[str, str]) -> str:
    """Every interpretation of a policy, one after another: title, source line, text, Q&A."""
    out = []
    for n, it in enumerate(interpretations):
        if n:
            out.append(f'<hr style="color:{st.border};"/>')
        out.append(f'<a name="i{n}"></a><p style="font-size:{st.heading_px}px; font-weight:bold; '
                   f'line-height:{st.line_height}%; margin: 0 0 {st.body_px // 3}px 0;">'
                   f"{esc(it['title'])}</p>")
        source = " · ".join(x for x in (labels.get(it.get("kind", ""), it.get("kind", "")),
                                        it.get("issuer") or "", it.get("published_date") or "") if x)
        out.append(_p(esc(source), st, indent=False, extra=f"color:{st.muted}; font-size:{st.small_px}px;"))
        out.append(blocks_html(it.get("body") or [], st, anchors=False))
        for qa in it.get("qa") or []:
            out.append(_p(f'<b>{esc(labels["q"])}</b>{esc(qa["q"])}', st, indent=False,
                          extra=f"color:{st.accent}; font-weight:bold;"))
            out.append(_p(f'<b>{esc(labels["a"])}</b>{esc(qa["a"])}', st, indent=False))
        for img in it.get("images") or []:
            out.append(_p(f'{esc(labels["image"])}{esc(img["name"])}', st, indent=False,
                          extra=f"color:{st.muted};"))
    return _wrap("".join(out), st)


def guide_html(guide: dict, st: TextStyle, labels: dict[str, str]) -> str:
    """A service guide: conditions, materials table, steps, time limit, fee, where, when, phone."""
    out = [f'<p style="font-size:{st.heading_px}px; font-weight:bold; line-height:{st.line_height}%;">'
           f"{esc(guide['title'])}</p>",
           _p(esc(guide["department"]), st, indent=False, extra=f"color:{st.muted};")]
    facts = [(labels["time_limit"], guide.get("time_limit")), (labels["fee"], guide.get("fee")),
             (labels["address"], guide.get("address")), (labels["hours"], guide.get("hours")),
             (labels["phone"], guide.get("phone"))]
    facts = [(k, esc(v)) for k, v in facts if v]
    if facts:
        out.append(metadata_html(facts, st, columns=2))
    if guide.get("conditions"):
        out.append(_section(labels["conditions"], st))
        out += [_p(f"{i}. {esc(c)}", st, indent=False) for i, c in enumerate(guide["conditions"], 1)]
    if guide.get("materials"):
        out.append(_section(labels["materials"], st))
        out.append(f'<table width="100%" cellspacing="0" cellpadding="{st.body_px // 3}" '
                   f'style="border-collapse: collapse; border: 1px solid {st.border};">')
        out.append(f'<tr><td style="background:{st.label_bg}; border:1px solid {st.border};">'
                   f'{esc(labels["material"])}</td><td width="22%" style="background:{st.label_bg}; '
                   f'border:1px solid {st.border};">{esc(labels["copies"])}</td></tr>')
        for m in guide["materials"]:
            note = f'<br/><span style="color:{st.muted}; font-size:{st.small_px}px;">{esc(m["note"])}</span>' \
                if m.get("note") else ""
            out.append(f'<tr><td style="border:1px solid {st.border}; line-height:{st.line_height}%;">'
                       f'{esc(m["name"])}{note}</td><td style="border:1px solid {st.border};">'
                       f'{esc(m.get("copies") or "")}</td></tr>')
        out.append("</table>")
    if guide.get("steps"):
        out.append(_section(labels["steps"], st))
        out += [_p(f"<b>{i}</b>　{esc(s)}", st, indent=False) for i, s in enumerate(guide["steps"], 1)]
    if guide.get("online_url"):
        out.append(_p(f'{esc(labels["online"])}{esc(guide["online_url"])}', st, indent=False,
                      extra=f"color:{st.muted};"))
    return _wrap("".join(out), st)


def consultation_html(rec: dict, st: TextStyle, labels: dict[str, str]) -> str:
    """A draft open for comment: summary, the draft text, and how to send an opinion."""
    out = [f'<p style="font-size:{st.heading_px}px; font-weight:bold; line-height:{st.line_height}%;">'
           f"{esc(rec['title'])}</p>"]
    if rec.get("summary"):
        out.append(_p(esc(rec["summary"]), st))
    out.append(blocks_html(rec.get("body") or [], st, anchors=False))
    if rec.get("contact"):
        out.append(_section(labels["contact"], st))
        out.append(_p(esc(rec["contact"]), st, indent=False))
    return _wrap("".join(out), st)


def _section(title: str, st: TextStyle) -> str:
    return (f'<p style="font-size:{int(st.body_px * 1.1)}px; font-weight:bold; color:{st.accent}; '
            f'margin: {st.body_px}px 0 {st.body_px // 3}px 0;">{esc(title)}</p>')


def _wrap(inner: str, st: TextStyle) -> str:
    return (f'<html><body style="font-size:{st.body_px}px; color:{st.text};">{inner}</body></html>')
