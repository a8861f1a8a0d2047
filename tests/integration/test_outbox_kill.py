"""kill -9 at random moments while a kiosk process submits applications.

A child process opens the outbox and submits in a loop, writing a "receipt
printed" marker file after each ``submit`` returns, the way the kiosk prints
only after the commit. The parent kills it with SIGKILL at a random moment,
then checks the files it left behind:

* the database passes ``PRAGMA integrity_check``;
* every submission is there once, whole (its payload, opened with the
  office's private key, is exactly what the child sent, with the tracking
  code stored beside it) or not at all;
* a marker never exists for a submission that is absent, and names the
  tracking code that was stored.

Each round starts with re-submitting keys of the previous round, as a
double tap after a crash would, so idempotency is tested across restarts.
Some rounds are killed before the child is ready (during key creation,
schema creation, opening). SIGKILL does not lose the page cache, so this
tests atomicity and ordering, not power-loss durability (synchronous=FULL
covers that; see docs/intake.md).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk_app.core.intake.crypto import office_key_pem, open_sealed, seal_info
from kiosk_app.core.intake.outbox import Outbox

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 52
PER_ROUND = 1000
OFFICE = X25519PrivateKey.generate()

CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from kiosk_app.core.intake.outbox import Outbox

    db, key, markers, round_no = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    PER_ROUND, office = int(sys.argv[5]), sys.argv[6]

    def payload(i):
        return {"name": f"申请人{i}", "id_number": "370102195806152426", "phone": "13905318888",
                "note": "政务公开" * (i % 7 * 300)}

    box = Outbox.open(db, key, "K7M", office_key_path=office)
    print("ready", flush=True)
    first = max(round_no - 1, 0) * PER_ROUND
    keys = [first, first + 1, first + 2] + list(range(round_no * PER_ROUND, (round_no + 1) * PER_ROUND))
    for i in keys:
        k = f"kill-{i:07d}"
        sub = box.submit(k, "application", payload(i))
        tmp = markers / (k + ".tmp")
        with open(tmp, "w") as fh:
            fh.write(sub.tracking_code)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, markers / k)
    print("done", flush=True)
""")


def expected_payload(key: str) -> dict:
    i = int(key.split("-")[1])
    return {"name": f"申请人{i}", "id_number": "370102195806152426", "phone": "13905318888",
            "note": "政务公开" * (i % 7 * 300)}


def check_state(db: Path, key_path: Path, markers: Path, office_pem: Path) -> tuple[dict[str, str], set[str]]:
    """Verify the invariants; return {key: tracking code} stored and the marker keys."""
    with Outbox.open(db, key_path, "K7M", office_key_path=office_pem) as box:
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            rows = conn.execute("SELECT idem_key, tracking_code FROM submission").fetchall()
        finally:
            conn.close()
        stored = dict(rows)
        assert len(stored) == len(rows) == len({code for _, code in rows})
        for item in box.pending_items(limit=1_000_000):
            envelope = json.loads(open_sealed(OFFICE, item.payload, seal_info(item.idempotency_key, item.kind)))
            assert envelope["form"] == expected_payload(item.idempotency_key)
            assert envelope["tracking_code"] == stored[item.idempotency_key] == item.tracking_code
        assert len(box.pending_items(limit=1_000_000)) == len(stored)
    marked = set()
    for marker in markers.iterdir():
        if marker.name.endswith(".tmp"):
            continue                   # killed before the rename: not printed
        marked.add(marker.name)
        assert marker.name in stored, f"receipt printed for a submission that is absent: {marker.name}"
        assert marker.read_text() == stored[marker.name]
    return stored, marked


def test_kill_minus_nine_never_loses_or_duplicates_a_printed_submission(tmp_path):
    seed = int(os.environ.get("KILL_TEST_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    db, key_path, markers = tmp_path / "outbox.sqlite", tmp_path / "outbox.key", tmp_path / "markers"
    markers.mkdir()
    office_pem = tmp_path / "office.pem"
    office_pem.write_bytes(office_key_pem(OFFICE.public_key()))
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    started = time.monotonic()
    stats = {"killed_before_ready": 0, "killed_between_commit_and_print": 0, "rounds_with_progress": 0}
    previous = 0
    unprinted: set[str] = set()
    for round_no in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(key_path), str(markers),
                                 str(round_no), str(PER_ROUND), str(office_pem)],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        early = round_no < 3 or rng.random() < 0.1
        if early:
            time.sleep(rng.uniform(0.0, 0.5))
        else:
            line = proc.stdout.readline()
            assert line == "ready\n", f"seed {seed}: child failed to start: {proc.stderr.read()}"
            time.sleep(rng.uniform(0.0, 0.06))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.returncode != -signal.SIGKILL:
            raise AssertionError(f"seed {seed}: child exited with {proc.returncode} before the kill: "
                                 f"{proc.stderr.read()}")
        proc.stdout.close()
        proc.stderr.close()
        if not key_path.exists():
            stats["killed_before_ready"] += 1
            continue
        stored, marked = check_state(db, key_path, markers, office_pem)
        now_unprinted = set(stored) - marked
        stats["killed_between_commit_and_print"] += bool(now_unprinted - unprinted)
        unprinted = now_unprinted
        stats["rounds_with_progress"] += len(stored) > previous
        previous = len(stored)
    elapsed = time.monotonic() - started
    print(f"\nkill test: seed {seed}, {ROUNDS} kills, {previous} submissions stored, {stats}, {elapsed:.1f} s")
    assert previous > ROUNDS, f"seed {seed}: the child made too little progress to test anything"
    assert stats["rounds_with_progress"] >= ROUNDS // 2
