"""Regenerate the sample printouts in docs/samples from the embedded sample library.

    .venv/bin/python docs/samples/make_samples.py

Builds the sample library (resources/sample_library) into a temporary
directory, renders a full document, an amended document, a guide and the two
receipts, and writes each PDF with a 60 dpi PNG of its first page (pdftoppm,
from poppler-utils). Print time and content are fixed and reportlab runs in
invariant mode, so an unchanged renderer reproduces the files byte for byte.
"""

from __future__ import annotations

import datetime as _dt
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from kiosk_app.core.libdir import build_library  # noqa: E402
from kiosk_app.core.pdf import (  # noqa: E402
    PrintContext,
    ReceiptContent,
    render_document,
    render_guide,
    render_receipt,
)
from kiosk_app.core.sample import sample_source  # noqa: E402
from kiosk_app.core.store import LibraryStore  # noqa: E402

TZ = _dt.timezone(_dt.timedelta(hours=8))
PRINTED_AT = _dt.datetime(2026, 11, 23, 10, 30, tzinfo=TZ)
HALL = "济南市历下区政务服务中心 政务公开专区"
CONTACT = "咨询：本厅政务公开专区（工作日 9:00—17:00），或拨打 12345 政务服务便民热线"
BUSINESS = "济南市优化营商环境条例"
AMENDED = "中华人民共和国职业教育法"


def png(pdf: Path) -> None:
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(pdf.with_suffix(""))], check=True)


def find(store: LibraryStore, title: str, validity: str) -> dict:
    for doc in store.iter_documents():
        if doc["title"] == title and doc["validity"] == validity:
            return store.get_document(doc["id"])
    raise SystemExit(f"sample library has no {validity} document titled {title}")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        lib = Path(tmp) / "library"
        build_library([sample_source()], lib, with_index=False)
        with LibraryStore.open(lib) as store:
            meta = store.meta()
            biz = find(store, BUSINESS, "现行有效")
            interps = store.interpretations_for(biz["id"])
            text_first = sorted(interps, key=lambda i: i["kind"] != "文字解读")
            tags = store.enterprise_tags_for(biz["id"])
            old = find(store, AMENDED, "已修订")
            new = store.get_document(store.current_version(old["id"]))
    ctx = PrintContext.for_library(meta, HALL, printed_at=PRINTED_AT, contact=CONTACT)
    outputs = {
        "document.pdf": lambda p: render_document(biz, ctx, text_first[:1], out=p),
        "document-amended.pdf": lambda p: render_document(
            old, PrintContext.for_library(meta, HALL, printed_at=PRINTED_AT,
                                          replacement_title=new["title"],
                                          replacement_date=new.get("version_date") or ""), out=p),
        "guide.pdf": lambda p: render_guide(biz, ctx, text_first, tags, out=p),
    }
    receipt = ReceiptContent(
        tracking_code="GK2026112300017", received_at=_dt.datetime(2026, 11, 23, 10, 24, tzinfo=TZ),
        reply_due=_dt.date(2026, 12, 21),
        request_summary="申请公开历下区2025年老旧小区改造项目的招标文件、中标结果及资金安排（示例）。",
        status_url="https://kiosk.example.org/apply/GK2026112300017", hall_name=HALL,
        office="济南市历下区人民政府办公室（示例）", applicant="张*明", delivery="纸质·现场领取",
        phone="12345", printed_at=PRINTED_AT)
    outputs["receipt-80mm.pdf"] = lambda p: render_receipt(receipt, "roll80", out=p)
    outputs["receipt-a4.pdf"] = lambda p: render_receipt(receipt, "a4", out=p)
    for name, render in outputs.items():
        path = HERE / name
        data = render(path)
        png(path)
        print(f"{name}: {len(data) / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
