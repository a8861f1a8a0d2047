"""Printing a policy guide: render the PDF off the UI thread, check the limits, spool it.

The PDF itself comes from :mod:`kiosk_app.core.pdf` (Qt-free); a printer here
only hands finished bytes to the system's print queue. The printer is passed
into the kiosk (see :class:`~kiosk_app.ui.context.KioskContext`), so tests use
a recording fake and a kiosk without a printer says so calmly.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass

from kiosk_app.ui.qt import QtCore, QtPrintSupport, Signal

log = logging.getLogger(__name__)

_PAGE_RE = re.compile(rb"/Type\s*/Page(?![s\w])")


class PrintError(Exception):
    """The printer refused or failed the job (logged in English; the screen says it calmly)."""


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF made by reportlab (counts its page objects)."""
    return len(_PAGE_RE.findall(data))


class NoPrinter:
    """The kiosk has no printer: printing is offered nowhere."""

    name = ""

    def state(self) -> str:
        return "none"

    def print_pdf(self, data: bytes, title: str) -> None:
        raise PrintError("no printer is configured")


class LpPrinter:
    """A CUPS queue, fed through ``lp`` (the PDF on stdin; no temporary files)."""

    def __init__(self, name: str = "", timeout: float = 60.0):
        self.name = name
        self._timeout = timeout

    def state(self) -> str:
        if QtPrintSupport is None or shutil.which("lp") is None:
            return "none"
        names = QtPrintSupport.QPrinterInfo.availablePrinterNames()
        if self.name:
            return "ready" if self.name in names else "missing"
        return "ready" if names else "none"

    def print_pdf(self, data: bytes, title: str) -> None:
        cmd = ["lp", "-t", title[:100]]
        if self.name:
            cmd += ["-d", self.name]
        try:
            done = subprocess.run(cmd, input=data, capture_output=True, timeout=self._timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrintError(f"lp could not be run: {exc}") from exc
        if done.returncode != 0:
            raise PrintError(f"lp exited {done.returncode}: {done.stderr.decode(errors='replace').strip()}")


class DirectoryPrinter:
    """Writes each job as a PDF into a folder (a hot folder a print server watches; demos; tests)."""

    name = ""

    def __init__(self, folder):
        from pathlib import Path

        self.folder = Path(folder)
        self.jobs: list[Path] = []

    def state(self) -> str:
        return "ready"

    def print_pdf(self, data: bytes, title: str) -> None:
        from kiosk_app.core.pdf.output import write_atomic

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = write_atomic(data, self.folder / f"job-{len(self.jobs) + 1:04d}.pdf")
        except OSError as exc:
            raise PrintError(f"cannot write the print job into {self.folder}: {exc}") from exc
        self.jobs.append(path)


def default_printer(name: str = ""):
    """The system printer when one is installed, else :class:`NoPrinter`."""
    printer = LpPrinter(name)
    return printer if printer.state() == "ready" else NoPrinter()


@dataclass
class PrintOutcome:
    """How a print request ended: ``ok``, ``too_long``, ``failed``."""

    status: str
    pages: int = 0
    detail: str = ""


class PrintTask(QtCore.QObject):
    """Renders and prints one document in a worker thread; ``finished`` fires when ``outcome`` is set.

    The signal carries no Python object across threads: the outcome is read from
    the task on the UI thread once the signal arrives.
    """

    finished = Signal()

    def __init__(self, printer, document: dict, interpretations: list[dict], context, max_pages: int):
        super().__init__()
        self._printer = printer
        self._document = document
        self._interpretations = interpretations
        self._context = context
        self._max_pages = max_pages
        self.outcome: PrintOutcome | None = None
        self._thread = threading.Thread(target=self._run, name="kiosk-print", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            from kiosk_app.core.pdf.document import render_document

            data = render_document(self._document, self._context, self._interpretations)
            pages = pdf_page_count(data)
            if pages > self._max_pages:
                outcome = PrintOutcome("too_long", pages)
            else:
                self._printer.print_pdf(data, self._document.get("title", ""))
                outcome = PrintOutcome("ok", pages)
        except Exception as exc:  # noqa: BLE001 - reported calmly, logged in full
            log.exception("printing %s failed", self._document.get("id"))
            outcome = PrintOutcome("failed", 0, str(exc))
        self.outcome = outcome
        self.finished.emit()
