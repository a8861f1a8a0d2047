"""The real print path: the kiosk's preview → ``lp`` → a CUPS queue → a PDF written by cups-pdf.

Needs Debian's ``cups``, ``printer-driver-cups-pdf`` and ``poppler-utils``
(installed by ``scripts/setup-env test``) and root, to start the scheduler and
add the queue. Elsewhere the tests skip with the reason; in CI they fail instead.

CUPS hands a PostScript printer (cups-pdf is one) PostScript made from the
PDF, and that loses the map from the embedded CJK glyphs back to Unicode: the
paper is right, but ``pdftotext`` reads Chinese on the cups-pdf output as
symbols. So the document is recognised twice over: its Latin and digit text
read back with ``pdftotext``, and page 1 as drawn, which must look like the
kiosk's own PDF of the document and not like another document's.
"""

from __future__ import annotations

import datetime as dt
import os
import pwd
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from kiosk_app.core.pdf import PrintContext
from kiosk_app.core.records import validate

QUEUE = "kiosk-test-pdf"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
TITLE = "济南市政府信息公开工作规定"
SENTENCE = "为了保障公民、法人和其他组织依法获取政府信息，制定本规定。"
LATIN = "本规定所称身份证件号码，按照GB 11643-2019编制。"
TZ = dt.timezone(dt.timedelta(hours=8))
CTX = PrintContext(hall_name="济南市历下区政务服务中心", library_date="2026-11-20",
                   printed_at=dt.datetime(2026, 11, 22, 14, 5, tzinfo=TZ))
WAIT = 60.0


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"the CUPS print test cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _run(*cmd: str, check: bool = True) -> str:
    env = dict(os.environ, LC_ALL="C", LANG="C")
    done = subprocess.run(list(cmd), capture_output=True, text=True, env=env, timeout=30, check=False)
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def _wait_for(predicate, what: str, timeout: float = WAIT):
    """Poll an outside process (the scheduler, a print job) until ``predicate`` holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def scheduler_running() -> bool:
    return "scheduler is running" in _run("lpstat", "-r", check=False)


@pytest.fixture(scope="session")
def cups_queue():
    """A running CUPS scheduler with the cups-pdf queue ``kiosk-test-pdf``; removed afterwards."""
    missing = [tool for tool in ("cupsd", "lpadmin", "lpstat", "lp", "cupsdisable", "pdftotext")
               if shutil.which(tool) is None]
    if missing:
        _unavailable(f"CUPS tools missing: {', '.join(missing)} (Debian cups, printer-driver-cups-pdf, "
                     "poppler-utils)")
    if os.geteuid() != 0:
        _unavailable("starting cupsd and adding a print queue needs root")
    started = None
    if not scheduler_running():
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for(scheduler_running, "cupsd to start")
    if PPD not in _run("lpinfo", "-m"):
        _unavailable(f"the cups-pdf driver {PPD} is not installed (Debian printer-driver-cups-pdf)")
    _run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", PPD)
    try:
        yield QUEUE
    finally:
        _run("lpadmin", "-x", QUEUE, check=False)
        if started is not None:
            started.terminate()
            started.wait(timeout=30)


@pytest.fixture
def ready_queue(cups_queue):
    """The queue enabled and accepting jobs, whatever an earlier test left it as.

    The PDFs of the test's jobs are deleted afterwards, so runs leave no files
    in the user's cups-pdf folder.
    """
    _run("cupsenable", cups_queue)
    _run("cupsaccept", cups_queue)
    before = set(jobs(cups_queue))
    yield cups_queue
    _run("cupsenable", cups_queue)
    _run("cupsaccept", cups_queue)
    for job in set(jobs(cups_queue)) - before:
        _wait_for(lambda j=job: job_completed(cups_queue, j), f"job {job} to complete")
        output = job_output(job)   # the backend has written it once CUPS calls the job completed
        if output is not None:
            output.unlink()


def jobs(queue: str) -> list[str]:
    """Ids of every job the queue has had (pending and completed)."""
    return [line.split()[0] for line in _run("lpstat", "-W", "all", "-o", queue).splitlines() if line.strip()]


def output_dirs() -> list[Path]:
    """Where cups-pdf writes this user's jobs (its ``Out`` setting) and anonymous ones."""
    home = pwd.getpwuid(os.geteuid()).pw_dir
    out, anon = "${HOME}/PDF", "/var/spool/cups-pdf/ANONYMOUS"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            parts = line.split(None, 1)
            if len(parts) == 2 and parts[0] == "Out":
                out = parts[1].strip()
            elif len(parts) == 2 and parts[0] == "AnonDirName":
                anon = parts[1].strip()
    return [Path(out.replace("${HOME}", home)), Path(anon)]


def job_completed(queue: str, job: str) -> bool:
    return any(line.split()[:1] == [job] for line in _run("lpstat", "-W", "completed", "-o", queue).splitlines())


def job_output(job: str) -> Path | None:
    number = job.rsplit("-", 1)[-1]
    for folder in output_dirs():
        hits = sorted(folder.glob(f"*-job_{number}.pdf")) if folder.is_dir() else []
        if hits:
            return hits[-1]
    return None


def make_doc(title: str = TITLE, sentence: str = SENTENCE) -> dict:
    return validate({
        "type": "document", "id": "jn-2025-00037", "updated_at": "2026-11-01T09:00:00+08:00",
        "title": title, "level": "市", "validity": "现行有效", "issuer": "济南市人民政府办公厅",
        "doc_number": "济政办发〔2025〕15号", "published_date": "2025-06-20",
        "source_url": "https://www.jinan.gov.cn/art/2025/6/20/art_1861_4919000.html",
        "body": [{"kind": "chapter", "label": "第一章", "title": "总则"},
                 {"kind": "article", "label": "第一条", "text": sentence},
                 {"kind": "article", "label": "第二条", "text": LATIN}],
    })


def run_task(printer, limits=None):
    """Print the way the reader does: render and preview, then send the full text as if confirmed.

    Returns the preview's outcome when it stopped there (printer not ready,
    limits), else the send's, with the preview's picture of page 1 beside it.
    """
    from kiosk_app.ui.printing import PreviewTask, PrintLimits, SendTask

    preview = PreviewTask(printer, make_doc(), [], CTX, limits or PrintLimits(job_pages=30))
    preview.start()
    preview.wait(WAIT)
    assert preview.outcome is not None, "the preview task did not finish"
    if preview.outcome.status != "preview":
        return preview.outcome
    document = preview.outcome.choices[0]
    assert document.kind == "document" and document.image is not None and not document.image.isNull()
    send = SendTask(printer, document)
    send.start()
    send.wait(WAIT)
    assert send.outcome is not None, "the send task did not finish"
    send.outcome.preview = document.image
    return send.outcome


def qimage_to_pil(image):
    """A QImage as a grey Pillow image (through PNG bytes)."""
    import io

    from PIL import Image

    from kiosk_app.ui.qt import QtCore

    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("L")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return squash(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                 check=True).stdout)


def page_one(path: Path, tmp_path: Path):
    """Page 1 drawn at 100 dpi in grey (poppler's pdftoppm; a test tool, not on the kiosk)."""
    from PIL import Image

    stem = tmp_path / path.stem
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(path), str(stem)], check=True, capture_output=True)
    return Image.open(stem.with_suffix(".png")).convert("L")


def unlikeness(a, b, box) -> float:
    """Mean grey difference of two pages inside ``box``, blurred so anti-aliasing does not count."""
    from PIL import ImageChops, ImageFilter, ImageStat

    def soft(img):
        return img.resize(a.size).crop(box).filter(ImageFilter.GaussianBlur(2))

    return ImageStat.Stat(ImageChops.difference(soft(a), soft(b))).mean[0]


def test_document_comes_out_of_a_real_cups_queue(ready_queue, tmp_path):
    from kiosk_app.core.pdf import render_document
    from kiosk_app.ui.printing import LpPrinter

    printer = LpPrinter(ready_queue)
    assert printer.state() == "ready"
    outcome = run_task(printer)
    assert outcome.status == "ok", outcome.detail
    assert outcome.pages == 1 and outcome.job.startswith(f"{ready_queue}-")
    _wait_for(lambda: job_completed(ready_queue, outcome.job), f"job {outcome.job} to complete")
    found = _wait_for(lambda: job_output(outcome.job), f"the PDF of job {outcome.job} in {output_dirs()}")
    printed = tmp_path / "printed.pdf"
    shutil.move(found, printed)

    text = pdf_text(printed)
    assert "GB11643-2019" in text and "2025-06-20" in text and "2026-11-2214:05" in text

    ours = tmp_path / "ours.pdf"
    ours.write_bytes(render_document(make_doc(), CTX))
    assert TITLE in pdf_text(ours) and squash(SENTENCE) in pdf_text(ours)
    other = tmp_path / "other.pdf"
    other.write_bytes(render_document(
        make_doc("济南市文明养犬管理条例", "为了规范养犬行为，保障公民健康和人身安全，制定本条例。"), CTX))
    ours_img, other_img, printed_img = (page_one(p, tmp_path) for p in (ours, other, printed))
    from PIL import Image, ImageChops

    # Where the two documents differ: title and first article.
    box = ImageChops.difference(ours_img, other_img).point(lambda v: 255 if v > 64 else 0).getbbox()
    assert box is not None
    same, different = unlikeness(printed_img, ours_img, box), unlikeness(printed_img, other_img, box)
    assert same < 2.0 and same * 2 < different, (same, different)

    # What the visitor saw before confirming is what came out of the printer. QtPdf (pdfium)
    # and poppler draw the same page with different anti-aliasing, hence the looser bound.
    preview_img = qimage_to_pil(outcome.preview).resize(printed_img.size, Image.Resampling.LANCZOS)
    seen, other_seen = unlikeness(preview_img, printed_img, box), unlikeness(preview_img, other_img, box)
    assert seen < 3.0 and seen < 0.6 * other_seen, (seen, other_seen)


def test_stopped_queue_prints_nothing(ready_queue):
    from kiosk_app.ui.printing import LpPrinter

    printer = LpPrinter(ready_queue)
    before = _run("lpstat", "-W", "all", "-o", ready_queue)
    _run("cupsdisable", ready_queue)
    assert printer.state() == "stopped"
    outcome = run_task(printer)
    assert (outcome.status, outcome.detail) == ("unavailable", "stopped")
    assert _run("lpstat", "-W", "all", "-o", ready_queue) == before


def test_rejecting_queue_prints_nothing(ready_queue):
    from kiosk_app.ui.printing import LpPrinter

    _run("cupsreject", ready_queue)
    outcome = run_task(LpPrinter(ready_queue))
    assert (outcome.status, outcome.detail) == ("unavailable", "rejecting")


def test_missing_queue(cups_queue):
    from kiosk_app.ui.printing import LpPrinter

    assert LpPrinter("kiosk-no-such-queue").state() == "missing"
    assert run_task(LpPrinter("kiosk-no-such-queue")).status == "unavailable"
