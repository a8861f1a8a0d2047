#!/usr/bin/env python3
"""Soak: kill -9 the kiosk's sync at random instants, thousands of times; it must always recover.

Each iteration copies nothing: one kiosk keeps going. A subprocess runs
``python -m sync.client --once`` and is killed either at a random checkpoint
(``KIOSK_SYNC_KILL_AT``) or after a random delay; then the kiosk must open a
version whose records match the published digest. Every few iterations the
central side publishes a new version, and every tenth iteration a sync must
complete. Bounded by --iterations and --seconds; serves on loopback only.

    python bench/sync_soak.py --iterations 2000 --seconds 1800
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sync import libops, state  # noqa: E402
from sync.client.config import load_config  # noqa: E402
from sync.client.provision import provision  # noqa: E402
from sync.client.syncer import sync_once  # noqa: E402
from sync.publish import release  # noqa: E402
from sync.publish.provisioning import make_provisioning, write_provisioning  # noqa: E402
from sync.publish.repo import CentralRepo  # noqa: E402
from tests.sync.conftest import library_records, write_export  # noqa: E402

POINTS = ("download.chunk", "apply.record", "apply.step", "apply.staged", "apply.renamed",
          "switch.before", "switch.after")
NO_SEARCH = ("import sys; sys.modules['kiosk_app.core.search'] = None; "
             "from sync.client.cli import main; sys.exit(main())")


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=1800)
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--with-index", action="store_true", help="keep the real search index (slower)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="sync-soak-"))
    central = CentralRepo.init(work / "central", library_id="soak")
    version_edition = {}

    def publish_next() -> None:
        n = len(central.state["versions"]) + 1
        change = tuple(rng.sample(range(args.docs), k=max(1, args.docs // 10)))
        drop = tuple(rng.sample(range(args.docs), k=2)) if n % 3 == 0 else ()
        export = write_export(work / "export.jsonl.gz",
                              library_records(args.docs + n % 5, edition=f"第{n}版", change=change, drop=drop))
        release.publish(central, export)
        version_edition[n] = central.state["versions"][-1]["records_sha256"]

    publish_next()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(work / "central" / "repository")))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    doc = make_provisioning(central, base_url=f"http://127.0.0.1:{httpd.server_address[1]}", kiosk_id="soak",
                            settings={"chunk_bytes": 256, "timeout_s": 2.0, "backoff_s": 0.05, "min_free_bytes": 0})
    write_provisioning(doc, work / "soak.json")
    cfg = load_config(provision(work / "soak.json", work / "kiosk"))
    launcher = ["-m", "sync.client"] if args.with_index else ["-c", NO_SEARCH]
    if not args.with_index:
        libops._search_index = lambda: None
    started = time.monotonic()
    kills = completions = 0
    for i in range(args.iterations):
        if time.monotonic() - started > args.seconds:
            break
        if i % 7 == 0:
            publish_next()
        env = dict(os.environ)
        if rng.random() < 0.5:
            point = rng.choice(POINTS)
            count = rng.randint(1, 60) if point in ("download.chunk", "apply.record") else 1
            env["KIOSK_SYNC_KILL_AT"] = f"{point}:{count}"
            proc = subprocess.run([sys.executable, *launcher, "--config", str(cfg.path), "--once"],
                                  env=env, capture_output=True, timeout=300)
            killed = proc.returncode == -signal.SIGKILL
        else:
            proc = subprocess.Popen([sys.executable, *launcher, "--config", str(cfg.path), "--once"],
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, 0.7))
            killed = proc.poll() is None
            if killed:
                proc.send_signal(signal.SIGKILL)
            proc.wait(60)
        kills += killed
        lib = state.current_library(cfg.data_path)
        if lib is not None:
            version = state.current_version_number(cfg.data_path)
            digest = libops.records_digest(lib)
            if digest != version_edition[version]:
                print(f"FAIL iteration {i}: version {version} does not match its published records")
                return 1
        if i % 10 == 9:
            result = sync_once(cfg)
            completions += 1
            if result.version != len(central.state["versions"]):
                print(f"FAIL iteration {i}: sync ended on {result.version}")
                return 1
        if i % 50 == 49:
            print(f"{i + 1} iterations, {kills} kills, {completions} checked syncs, "
                  f"{time.monotonic() - started:.0f} s", flush=True)
    httpd.shutdown()
    shutil.rmtree(work, ignore_errors=True)
    print(f"soak ok: {i + 1} iterations, {kills} kill -9, {completions} complete syncs verified, "
          f"{len(central.state['versions'])} versions published, {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
