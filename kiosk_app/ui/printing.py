"""Printing a policy guide: check the printer and the limits, render off the UI thread, spool it.

The PDF itself comes from :mod:`kiosk_app.core.pdf` (Qt-free); a printer here
only hands finished bytes to the system's print queue. The printer is passed
into the kiosk (see :class:`~kiosk_app.ui.context.KioskContext`), so tests use
a folder printer and a kiosk without a working printer says so calmly and
offers the document's QR code instead.

A CUPS queue is asked for its state with ``lpstat`` right before each job, not
once at start: staff pause a queue to refill paper, and a queue that was
stopped in the morning may be running again by noon.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass

from kiosk_app.ui.qt import QtCore, Signal

log = logging.getLogger(__name__)

_PAGE_RE = re.compile(rb"/Type\s*/Page(?![s\w])")
_JOB_RE = re.compile(r"request id is (\S+)")

# Printer states. Only READY prints; every other one shows a message and the QR code.
READY = "ready"
NO_PRINTER = "none"        # no printer configured, no print system, or its scheduler is down
MISSING = "missing"        # the configured queue does not exist
STOPPED = "stopped"        # the queue is disabled (cupsdisable), e.g. while paper is refilled
REJECTING = "rejecting"    # the queue does not accept jobs (cupsreject)
STATES = (READY, NO_PRINTER, MISSING, STOPPED, REJECTING)


class PrintError(Exception):
    """The printer refused or failed the job (logged in English; the screen says it calmly)."""


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF made by reportlab (counts its page objects)."""
    return len(_PAGE_RE.findall(data))


def parse_lpstat(printer_out: str, accept_out: str, name: str) -> str:
    """The state of queue ``name`` from ``lpstat -p NAME`` and ``lpstat -a NAME`` output (C locale).

    Kept apart from running the commands so every answer CUPS gives is tested
    without a print system.
    """
    prefix = f"printer {name} "
    lines = [line for line in printer_out.splitlines() if line.startswith(prefix)]
    if not lines:
        return MISSING
    if " disabled" in lines[0][len(prefix) - 1:]:
        return STOPPED
    accepting = [line for line in accept_out.splitlines() if line.startswith(f"{name} ")]
    if not accepting or " not accepting" in accepting[0]:
        return REJECTING
    return READY


class NoPrinter:
    """The kiosk has no printer: a print request shows the QR code instead."""

    name = ""

    def state(self) -> str:
        return NO_PRINTER

    def print_pdf(self, data: bytes, title: str) -> str:
        raise PrintError("no printer is configured")


class LpPrinter:
    """A CUPS queue, fed through ``lp`` (the PDF on stdin; no temporary files).

    Args:
        name: the queue; empty for the system's default destination.
        timeout: seconds any one CUPS command may take.
    """

    def __init__(self, name: str = "", timeout: float = 60.0):
        self.name = name
        self._timeout = timeout

    def _run(self, *cmd: str, data: bytes | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ, LC_ALL="C", LANG="C")
        return subprocess.run(list(cmd), input=data, capture_output=True, timeout=self._timeout,
                              check=False, env=env)

    def queue(self) -> str:
        """The queue jobs go to: the configured name, else the system default ("" when none)."""
        if self.name:
            return self.name
        try:
            out = self._run("lpstat", "-d").stdout.decode(errors="replace")
        except (OSError, subprocess.TimeoutExpired):
            return ""
        match = re.search(r"system default destination:\s*(\S+)", out)
        return match.group(1) if match else ""

    def state(self) -> str:
        """One of :data:`STATES`, asked of CUPS now (a dead scheduler counts as no printer)."""
        if shutil.which("lp") is None or shutil.which("lpstat") is None:
            return NO_PRINTER
        try:
            if "scheduler is running" not in self._run("lpstat", "-r").stdout.decode(errors="replace"):
                return NO_PRINTER
            queue = self.queue()
            if not queue:
                return NO_PRINTER
            printers = self._run("lpstat", "-p", queue).stdout.decode(errors="replace")
            accepting = self._run("lpstat", "-a", queue).stdout.decode(errors="replace")
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("cannot ask CUPS for the state of %r: %s", self.name or "default", exc)
            return NO_PRINTER
        return parse_lpstat(printers, accepting, queue)

    def print_pdf(self, data: bytes, title: str) -> str:
        """Spool ``data``; returns the CUPS job id (``queue-N``).

        Raises:
            PrintError: ``lp`` could not be run or refused the job.
        """
        cmd = ["lp", "-t", title[:100] or "document"]
        if self.name:
            cmd += ["-d", self.name]
        try:
            done = self._run(*cmd, data=data)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrintError(f"lp could not be run: {exc}") from exc
        out = done.stdout.decode(errors="replace")
        if done.returncode != 0:
            raise PrintError(f"lp exited {done.returncode}: {done.stderr.decode(errors='replace').strip()}")
        match = _JOB_RE.search(out)
        return match.group(1) if match else ""


class DirectoryPrinter:
    """Writes each job as a PDF into a folder (a hot folder a print server watches; demos; tests)."""

    name = ""

    def __init__(self, folder):
        from pathlib import Path

        self.folder = Path(folder)
        self.jobs: list[Path] = []

    def state(self) -> str:
        return READY

    def print_pdf(self, data: bytes, title: str) -> str:
        from kiosk_app.core.pdf.output import write_atomic

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = write_atomic(data, self.folder / f"job-{len(self.jobs) + 1:04d}.pdf")
        except OSError as exc:
            raise PrintError(f"cannot write the print job into {self.folder}: {exc}") from exc
        self.jobs.append(path)
        return path.name


def default_printer(name: str = ""):
    """The system's print queue when a print system is installed, else :class:`NoPrinter`.

    The queue is returned even when it is not ready now: its state is asked
    again at each print, so a queue that comes back needs no restart.
    """
    return LpPrinter(name) if shutil.which("lp") else NoPrinter()


@dataclass(frozen=True)
class PrintLimits:
    """How much one visitor and one day may print; None means no limit.

    Attributes:
        job_pages: pages of one document (``print_max_pages``).
        visit_jobs: documents per visit (``print_max_jobs``; 0 turns printing off).
        visit_pages: pages per visit.
        day_pages: pages per day on this kiosk (counted from the usage figures).
    """

    job_pages: int | None = None
    visit_jobs: int | None = None
    visit_pages: int | None = None
    day_pages: int | None = None

    @classmethod
    def from_settings(cls, settings) -> "PrintLimits":
        """The limits a kiosk's settings set.

        ``print_visit_max_pages`` and ``print_day_max_pages`` apply where the
        settings declare them; 0 there means no limit.
        """
        return cls(job_pages=settings.print_max_pages, visit_jobs=settings.print_max_jobs,
                   visit_pages=settings.print_visit_max_pages or None,
                   day_pages=settings.print_day_max_pages or None)

    def refusal(self, pages: int, *, visit_jobs: int, visit_pages: int, day_pages: int) -> str:
        """Why a job of ``pages`` may not print after what was printed, or "" when it may.

        Returns one of ``visit_jobs``, ``too_long``, ``visit_pages``, ``day_pages`` or "".
        ``pages`` of 0 asks only the limits that do not depend on the document.
        """
        if self.visit_jobs is not None and visit_jobs >= self.visit_jobs:
            return "visit_jobs"
        if self.day_pages is not None and day_pages >= self.day_pages:
            return "day_pages"
        if self.visit_pages is not None and visit_pages >= self.visit_pages:
            return "visit_pages"
        if pages <= 0:
            return ""
        if self.job_pages is not None and pages > self.job_pages:
            return "too_long"
        if self.visit_pages is not None and visit_pages + pages > self.visit_pages:
            return "visit_pages"
        if self.day_pages is not None and day_pages + pages > self.day_pages:
            return "day_pages"
        return ""


@dataclass
class PrintOutcome:
    """How a print request ended.

    ``status`` is ``ok``, ``unavailable`` (``detail`` holds the printer state),
    ``refused`` (``detail`` holds the :meth:`PrintLimits.refusal` reason) or
    ``failed`` (``detail`` holds the error, for the log).
    """

    status: str
    pages: int = 0
    detail: str = ""
    job: str = ""


@dataclass(frozen=True)
class Printed:
    """What was printed before this request: this visit's jobs and pages, today's pages."""

    visit_jobs: int = 0
    visit_pages: int = 0
    day_pages: int = 0


class PrintTask(QtCore.QObject):
    """Checks the printer, renders, checks the limits and prints one document in a worker thread.

    ``finished`` fires when ``outcome`` is set. The signal carries no Python
    object across threads: the outcome is read from the task on the UI thread
    once the signal arrives.
    """

    finished = Signal()

    def __init__(self, printer, document: dict, interpretations: list[dict], context,
                 limits: PrintLimits, printed: Printed = Printed()):
        super().__init__()
        self._printer = printer
        self._document = document
        self._interpretations = interpretations
        self._context = context
        self._limits = limits
        self._printed = printed
        self.outcome: PrintOutcome | None = None
        self._thread = threading.Thread(target=self._run, name="kiosk-print", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            self.outcome = self._print()
        except Exception as exc:  # noqa: BLE001 - reported calmly, logged in full
            log.exception("printing %s failed", self._document.get("id"))
            self.outcome = PrintOutcome("failed", 0, str(exc))
        self.finished.emit()

    def _print(self) -> PrintOutcome:
        state = self._printer.state()
        if state != READY:
            log.warning("not printing %s: printer %r is %s", self._document.get("id"),
                        getattr(self._printer, "name", ""), state)
            return PrintOutcome("unavailable", 0, state)
        from kiosk_app.core.pdf.document import render_document

        data = render_document(self._document, self._context, self._interpretations)
        pages = pdf_page_count(data)
        p = self._printed
        reason = self._limits.refusal(pages, visit_jobs=p.visit_jobs, visit_pages=p.visit_pages,
                                      day_pages=p.day_pages)
        if reason:
            return PrintOutcome("refused", pages, reason)
        job = self._printer.print_pdf(data, self._document.get("title", ""))
        return PrintOutcome("ok", pages, job=job or "")
