"""Printing a document: check the printer and the limits, render off the UI thread, preview, spool.

The PDF itself comes from :mod:`kiosk_app.core.pdf` (Qt-free); a printer here
only hands finished bytes to the system's print queue. Printing from the
reader takes two worker tasks with the visitor's decision between them:
:class:`PreviewTask` renders the full text and the one-page guide and draws
their first pages (QtPdf), :class:`SendTask` spools the one the visitor
confirmed. Nothing reaches the printer without that confirmation. The printer is passed
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
from dataclasses import dataclass, field

from kiosk_app.ui import qt
from kiosk_app.ui.qt import QtCore, QtGui
from kiosk_app.ui.worker import Worker

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


# What the preview offers: the full text, and the policy guide on one sheet.
DOCUMENT = "document"
GUIDE = "guide"
KINDS = (DOCUMENT, GUIDE)
# Height in pixels page 1 is drawn at (about 140 dpi on A4): sharp when scaled down to a
# landscape screen's preview, near 1:1 on a portrait one.
PREVIEW_HEIGHT = 1600


@dataclass
class PrintChoice:
    """One printout the preview offers, rendered and counted, ready to spool.

    Attributes:
        kind: :data:`DOCUMENT` or :data:`GUIDE`.
        data: the PDF.
        pages: its page count.
        title: the job's name in the print queue.
        image: page 1 on white, or None when the build has no QtPdf (or it
            could not read the PDF): the preview then shows the page count only.
        refusal: the :meth:`PrintLimits.refusal` reason that keeps this one
            from printing, "" when it may print.
    """

    kind: str
    data: bytes
    pages: int
    title: str
    image: QtGui.QImage | None = None
    refusal: str = ""


@dataclass
class PrintOutcome:
    """How a print request ended.

    ``status`` is ``preview`` (``choices`` hold what may be printed, the full
    text first), ``ok`` (the job was spooled; ``job`` is its id),
    ``unavailable`` (``detail`` holds the printer state), ``refused``
    (``detail`` holds the :meth:`PrintLimits.refusal` reason of the full text;
    nothing may print) or ``failed`` (``detail`` holds the error, for the log).
    """

    status: str
    pages: int = 0
    detail: str = ""
    job: str = ""
    choices: list[PrintChoice] = field(default_factory=list)


@dataclass(frozen=True)
class Printed:
    """What was printed before this request: this visit's jobs and pages, today's pages."""

    visit_jobs: int = 0
    visit_pages: int = 0
    day_pages: int = 0


def first_page_image(data: bytes, height: int = PREVIEW_HEIGHT) -> QtGui.QImage | None:
    """Page 1 of PDF ``data`` drawn ``height`` pixels high on white; None without QtPdf.

    Safe in a worker thread: the QPdfDocument lives and dies in the calling
    thread, and a QImage (unlike a QPixmap) may cross to the UI thread.
    """
    qt_pdf = qt.pdf()
    if qt_pdf is None:
        return None
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(data))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document = qt_pdf.QPdfDocument()
    try:
        document.load(buffer)       # a random-access buffer loads at once, no event loop needed
        if document.status() != qt_pdf.QPdfDocument.Status.Ready or document.pageCount() < 1:
            log.warning("QtPdf could not read the printout (%s): no preview image", document.error())
            return None
        size = document.pagePointSize(0)
        width = max(1, round(height * size.width() / max(1.0, size.height())))
        page = document.render(0, QtCore.QSize(width, height))
        # The page comes with a transparent background; paper is white.
        image = QtGui.QImage(page.size(), QtGui.QImage.Format.Format_RGB32)
        image.fill(QtGui.QColor("white"))
        painter = QtGui.QPainter(image)
        painter.drawImage(0, 0, page)
        painter.end()
        return image
    finally:
        document.close()
        buffer.close()


class _Task(Worker):
    """A print step off the UI thread (see :class:`~kiosk_app.ui.worker.Worker`)."""

    def __init__(self, printer, what: str):
        super().__init__("kiosk-print")
        self._printer = printer
        self._what = what
        self.outcome: PrintOutcome | None = None

    def failed(self, exc: Exception) -> PrintOutcome:
        log.error("printing %s failed", self._what)
        return PrintOutcome("failed", 0, str(exc))

    def _ready(self) -> PrintOutcome | None:
        """None when the printer is ready; else the ``unavailable`` outcome (and a log line)."""
        state = self._printer.state()
        if state == READY:
            return None
        log.warning("not printing %s: printer %r is %s", self._what, getattr(self._printer, "name", ""), state)
        return PrintOutcome("unavailable", 0, state)

    def work(self) -> PrintOutcome:
        raise NotImplementedError


class PreviewTask(_Task):
    """Checks the printer, renders the printouts, checks the limits and draws page 1, in a worker thread.

    The printer is asked first, so a visitor whose printer is paused is told at
    once instead of after the rendering. The outcome is ``preview`` with one
    :class:`PrintChoice` per printout (the full text; the guide too when
    ``guide`` is set), or ``refused`` when the limits let none of them print.

    Args:
        printer: the kiosk's printer (only its state is asked here).
        document: the ``document`` record.
        interpretations: its interpretations (appended to the full text; the
            guide takes its key points from the first).
        context: hall name, library date and the rest printed on every page.
        limits: what one visit and one day may print.
        printed: what was printed before this request.
        guide: also offer the one-page policy guide.
        enterprise_tags: the document's ``enterprise_tags`` records (for the guide).
        image_height: pixels high page 1 is drawn.
    """

    def __init__(self, printer, document: dict, interpretations: list[dict], context, limits: PrintLimits,
                 printed: Printed = Printed(), *, guide: bool = True, enterprise_tags=None,
                 image_height: int = PREVIEW_HEIGHT):
        super().__init__(printer, str(document.get("id")))
        self._document = document
        self._interpretations = interpretations
        self._context = context
        self._limits = limits
        self._printed = printed
        self._guide = guide
        self._tags = enterprise_tags
        self._height = image_height

    def work(self) -> PrintOutcome:
        unavailable = self._ready()
        if unavailable is not None:
            return unavailable
        from kiosk_app.core.pdf import render_document, render_guide

        title = self._document.get("title", "")
        renders = [(DOCUMENT, title, lambda: render_document(self._document, self._context,
                                                             self._interpretations))]
        if self._guide:
            renders.append((GUIDE, f"政策指引：{title}",
                            lambda: render_guide(self._document, self._context, self._interpretations,
                                                 self._tags)))
        p = self._printed
        choices = []
        for kind, job_title, render in renders:
            data = render()
            pages = pdf_page_count(data)
            reason = self._limits.refusal(pages, visit_jobs=p.visit_jobs, visit_pages=p.visit_pages,
                                          day_pages=p.day_pages)
            choices.append(PrintChoice(kind, data, pages, job_title, refusal=reason))
        if all(c.refusal for c in choices):
            return PrintOutcome("refused", choices[0].pages, choices[0].refusal)
        for choice in choices:
            if not choice.refusal:
                choice.image = first_page_image(choice.data, self._height)
        return PrintOutcome("preview", choices[0].pages, choices=choices)


class SendTask(_Task):
    """Spools the printout the visitor confirmed, in a worker thread.

    The printer is asked again: staff may have paused it while the visitor
    looked at the preview. The outcome is ``ok``, ``unavailable`` or ``failed``.
    """

    def __init__(self, printer, choice: PrintChoice):
        super().__init__(printer, choice.title or choice.kind)
        self.choice = choice

    def work(self) -> PrintOutcome:
        unavailable = self._ready()
        if unavailable is not None:
            return unavailable
        job = self._printer.print_pdf(self.choice.data, self.choice.title)
        return PrintOutcome("ok", self.choice.pages, job=job or "")
