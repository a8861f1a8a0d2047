"""Render time of printed output: a ~20-page document, the one-page guide, the receipt.

The kiosk renders on demand when someone presses 打印, so the whole PDF must be
ready in about a second (target: ≤ 1 s for 20 pages on the 2-core kiosk).

The document is a real regulation from the corpus: the one whose full
printout is closest to 20 A4 pages (chosen by a quick trial render), with its
body parsed by kiosk_app.core.structure.parse_body.

Usage:
    .venv/bin/python bench/pdf_bench.py [--corpus PATH] [--runs 15] [--pages 20]

Prints p50/p95 over the runs, page count and size for each kind of printout.
The first render of a process (font loading, imports) is reported separately.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk_app.core.pdf import (  # noqa: E402
    PrintContext,
    ReceiptContent,
    render_document,
    render_guide,
    render_receipt,
)
from kiosk_app.core.pdf.output import count_pages  # noqa: E402
from kiosk_app.core.structure import parse_body  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "laws.jsonl.gz"
CHARS_PER_PAGE = 1050   # first guess for the trial renders; refined from them


def corpus_document(raw: dict) -> dict:
    """A document record from a corpus line (the fields printing uses)."""
    return {
        "type": "document", "id": raw["id"], "title": raw["title"],
        "issuer": raw.get("issuer") or "", "doc_number": raw.get("doc_number") or "",
        "level": "国家", "validity": "现行有效" if raw.get("status") != "已失效" else "失效",
        "written_date": raw.get("issued_date"), "published_date": raw.get("published_date"),
        "effective_date": raw.get("effective_date"), "history": raw.get("preamble") or [],
        "body": parse_body(raw["body"]), "source_url": raw.get("source_url") or "",
        "index_no": "", "attachments": [],
    }


def pick_document(corpus: Path, pages: int, context: PrintContext) -> dict:
    """The corpus document whose printout is closest to ``pages`` pages."""
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        laws = [json.loads(line) for line in fh]
    per_page = CHARS_PER_PAGE
    best, best_gap = None, None
    tried = set()
    for _ in range(6):
        target = pages * per_page
        raw = min((r for r in laws if r["id"] not in tried),
                  key=lambda r: abs(r.get("char_count", len(r["body"])) - target))
        tried.add(raw["id"])
        doc = corpus_document(raw)
        got = count_pages(render_document(doc, context))
        gap = abs(got - pages)
        if best_gap is None or gap < best_gap:
            best, best_gap = doc, gap
        if gap == 0:
            break
        per_page = max(300, int(len(raw["body"]) / max(got, 1)))
    return best


def timed(fn, runs: int) -> tuple[list[float], bytes]:
    times, data = [], b""
    for _ in range(runs):
        t0 = time.perf_counter()
        data = fn()
        times.append(time.perf_counter() - t0)
    return times, data


def report(name: str, times: list[float], data: bytes) -> None:
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"{name:<22} p50 {statistics.median(times) * 1000:7.0f} ms   p95 {p95 * 1000:7.0f} ms   "
          f"pages {count_pages(data):3d}   {len(data) / 1024:7.0f} KiB   runs {len(times)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--pages", type=int, default=20, help="target size of the document printout")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    tz = _dt.timezone(_dt.timedelta(hours=8))
    context = PrintContext(hall_name="济南市历下区政务服务中心 政务公开专区", library_date="2026-11-20",
                           printed_at=_dt.datetime(2026, 11, 22, 14, 5, tzinfo=tz))

    t0 = time.perf_counter()
    render_receipt(ReceiptContent("GK0", _dt.datetime(2026, 11, 22, tzinfo=tz), _dt.date(2026, 12, 21),
                                  "x", "https://example.org", "x"))
    print(f"first render in process (font load, imports): {(time.perf_counter() - t0) * 1000:.0f} ms")

    doc = pick_document(args.corpus, args.pages, context)
    n_articles = sum(b["kind"] == "article" for b in doc["body"])
    chars = sum(len(b.get("text") or "") for b in doc["body"])
    print(f"document: {doc['title']} ({n_articles} articles, {chars} characters of body)")
    report("document (A4)", *timed(lambda: render_document(doc, context), args.runs))
    report("guide (A4, 1 page)", *timed(lambda: render_guide(doc, context), args.runs))
    receipt = ReceiptContent(
        tracking_code="GK2026112200042", received_at=_dt.datetime(2026, 11, 22, 14, 5, tzinfo=tz),
        reply_due=_dt.date(2026, 12, 21), request_summary="申请公开2025年老旧小区改造项目的招标文件及中标结果。",
        status_url="https://kiosk.example.gov.cn/apply/GK2026112200042", hall_name=context.hall_name)
    report("receipt (80 mm roll)", *timed(lambda: render_receipt(receipt), args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
