"""``kiosk-library print DIR DOC_ID --out FILE.pdf``: a document (or its guide) as PDF.

The same renderers the kiosk's print button uses, so a disclosure office can
check a printout, or print one for a visitor, without a kiosk.
"""

from __future__ import annotations

from pathlib import Path

from kiosk_app.library.cli import CliError

DEFAULT_HALL = "政府信息公开查阅点"


def register(sub) -> None:
    p = sub.add_parser(
        "print", help="render a document or its one-page guide as PDF",
        description="Render a document of a library directory as an A4 PDF: the full text with "
                    "metadata, validity notice and QR code, or (--guide) the one-page policy guide.")
    p.add_argument("dir", type=Path, metavar="DIR", help="library directory")
    p.add_argument("doc_id", metavar="DOC_ID", help="id of the document")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="PDF file to write")
    p.add_argument("--guide", action="store_true", help="the one-page policy guide instead of the full text")
    p.add_argument("--with-interpretation", action="store_true",
                   help="append the document's interpretations to the full text")
    p.add_argument("--hall", default=DEFAULT_HALL, metavar="NAME",
                   help=f"hall name printed on every page (default: {DEFAULT_HALL})")
    p.add_argument("--contact", default="", metavar="TEXT", help="consultation line for the guide")
    p.set_defaults(func=run)


def run(args) -> int:
    # Imported here so `kiosk-library --help` stays fast (reportlab and the font load on use).
    from kiosk_app.core.pdf import PrintContext, render_document, render_guide
    from kiosk_app.core.pdf.output import count_pages, write_atomic
    from kiosk_app.core.store import LibraryStore, StoreError

    try:
        store = LibraryStore.open(args.dir, readonly=True)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    with store:
        doc = store.get_document(args.doc_id)
        if doc is None:
            raise CliError(f"no document with id {args.doc_id!r} in {args.dir}")
        replacement = _replacement(store, doc)
        context = PrintContext.for_library(
            store.meta(), args.hall, contact=args.contact,
            replacement_title=replacement.get("title", ""),
            replacement_date=replacement.get("version_date") or replacement.get("published_date") or "")
        interpretations = store.interpretations_for(args.doc_id)
        if args.guide:
            data = render_guide(doc, context, interpretations, store.enterprise_tags_for(args.doc_id))
        else:
            data = render_document(doc, context, interpretations if args.with_interpretation else ())
    try:
        write_atomic(data, args.out)
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    kind = "guide" if args.guide else "document"
    print(f"wrote {args.out}: {kind}, {count_pages(data)} page(s), {len(data) / 1024:.0f} KiB")
    return 0


def _replacement(store, doc: dict) -> dict:
    """The version in force now when ``doc`` has been replaced; empty when it has not."""
    if not doc.get("replaced_by"):
        return {}
    target = doc["replaced_by"]
    current = getattr(store, "current_version", None)
    if current is not None:
        target = current(doc["id"]) or target
    return store.get_document(target) or {}
