"""kill -9 between the commit and the printer: every receipt not printed is listed for a reprint.

A child process runs the kiosk's intake desk the way the application screen
does: ``submit_application`` (application and receipt committed together),
then "print" the receipt (render the real PDF and write it as a marker file),
then ``receipt_printed``. The parent kills it with SIGKILL at random moments
and, after each kill, opens the intake as the restarted kiosk would and checks:

* every stored application whose receipt did not reach the printer is listed
  by ``unprinted_receipts`` (nobody leaves without a receipt for an
  application the kiosk holds);
* every listed receipt belongs to a stored application, and
  ``receipt_for`` gives back its content: the stored tracking code, time of
  receipt and request;
* nothing is listed twice, and a printed marker always names a stored code.

A receipt printed but not yet marked (killed between the two) is listed
too: staff may then print a second copy, which is marked 补打.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from kiosk_app.core.intake.service import KioskIntake

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 24
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))

CHILD = textwrap.dedent("""
    import datetime as dt, os, sys
    from pathlib import Path
    from kiosk_app.core.intake.form import ApplicationForm
    from kiosk_app.core.intake.service import KioskIntake
    from kiosk_app.core.pdf import render_receipt

    data, markers, round_no = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    now = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    desk = KioskIntake.open(data, hall_name="历下区政务服务中心", clock=lambda: now)
    print("ready", flush=True)
    for i in range(round_no * 1000, round_no * 1000 + 1000):
        key = f"kill-receipt-{i:07d}"
        app = ApplicationForm(name="王秀英", id_number="370102195806152420", phone="13905318888",
                              info_title=f"第{i}号文件", consent=True).validate(today=now.date())
        sub, receipt = desk.submit_application(key, app)
        pdf = render_receipt(receipt)                     # the print takes as long as a real one
        tmp = markers / (key + ".tmp")
        with open(tmp, "wb") as fh:
            fh.write(sub.tracking_code.encode() + b"\\n" + pdf)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, markers / key)                    # the receipt is out of the printer
        desk.receipt_printed(key)
    print("done", flush=True)
""")


def check(data: Path, markers: Path, reprinted: set[str]) -> tuple[int, int]:
    """Verify the invariants after a kill (``reprinted``: keys staff printed again); returns (stored, listed)."""
    desk = KioskIntake.open(data, hall_name="历下区政务服务中心", clock=lambda: NOW)
    try:
        rows = desk.outbox._conn.execute("SELECT idem_key, tracking_code FROM submission").fetchall()
        stored = dict(rows)
        listed = desk.unprinted_receipts()
        listed_keys = [u.idempotency_key for u in listed]
        assert len(listed_keys) == len(set(listed_keys))
        printed = set()
        for marker in markers.iterdir():
            if marker.name.endswith(".tmp"):
                continue                     # killed while printing: not out of the printer
            printed.add(marker.name)
            assert marker.read_bytes().split(b"\n", 1)[0].decode() == stored[marker.name]
        assert not reprinted & set(listed_keys)
        missing = set(stored) - printed - reprinted - set(listed_keys)
        assert not missing, f"applications stored without a receipt printed or listed: {sorted(missing)}"
        for u in listed:
            assert u.idempotency_key in stored and u.tracking_code == stored[u.idempotency_key]
            receipt = desk.receipt_for(u.idempotency_key)
            assert receipt.tracking_code.replace("-", "") == u.tracking_code
            assert receipt.received_at == u.received_at == NOW
            number = int(u.idempotency_key.rsplit("-", 1)[1])
            assert receipt.request_summary == f"《第{number}号文件》" and receipt.applicant == "王*英"
        return len(stored), len(listed)
    finally:
        desk.close()


def test_a_crash_between_commit_and_print_leaves_the_receipt_listed_for_reprint(tmp_path):
    seed = int(os.environ.get("KILL_TEST_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    data, markers = tmp_path / "data", tmp_path / "printed"
    data.mkdir()
    markers.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    started = time.monotonic()
    listed_after_kill = stored = 0
    reprinted: set[str] = set()
    for round_no in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(data), str(markers), str(round_no)],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = proc.stdout.readline()
        assert line == "ready\n", f"seed {seed}: child failed to start: {proc.stderr.read()}"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, f"seed {seed}: child ended early: {proc.stderr.read()}"
        proc.stdout.close()
        proc.stderr.close()
        stored, listed = check(data, markers, reprinted)
        listed_after_kill += listed > 0
        # Staff reprint what is listed, as they would before the next visitor.
        desk = KioskIntake.open(data, hall_name="历下区政务服务中心", clock=lambda: NOW)
        for u in desk.unprinted_receipts():
            desk.receipt_printed(u.idempotency_key)
            reprinted.add(u.idempotency_key)
        desk.close()
    elapsed = time.monotonic() - started
    print(f"\nreceipt kill test: seed {seed}, {ROUNDS} kills, {stored} applications, "
          f"{listed_after_kill} kills left a receipt to reprint, {elapsed:.1f} s")
    assert stored > ROUNDS, f"seed {seed}: the child made too little progress to test anything"
    assert listed_after_kill >= 1, f"seed {seed}: no kill landed between commit and print"
