#!/usr/bin/env python3
"""Fleet simulation: N kiosks polling the static repository on loopback.

Each simulated kiosk is a real ngclient client with its own metadata cache
(verification included); it downloads what its plan needs but does not apply
it (applying is measured by sync_apply_bench.py). Phases:

1. idle polls: every kiosk refreshes R times with nothing new - requests/s and bytes per poll;
2. a publication: every kiosk polls until it holds the new version - time and bytes to converge.

Bytes per kiosk per day are then estimated for a poll every ``--poll-minutes`` and one
publication a day.

    python bench/sync_fleet.py --kiosks 500 --rounds 3 --workers 16
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sync.client.fetcher import ResumingFetcher  # noqa: E402
from sync.client.tufsession import TufSession  # noqa: E402
from sync.manifest import MANIFEST_TARGET, Manifest, plan_update  # noqa: E402
from sync.publish import release  # noqa: E402
from sync.publish.repo import CentralRepo  # noqa: E402


class Counting(SimpleHTTPRequestHandler):
    stats = {"requests": 0, "bytes": 0}
    lock = threading.Lock()

    def log_message(self, *args) -> None:
        pass

    def copyfile(self, source, outputfile) -> None:
        data = source.read()
        outputfile.write(data)
        with self.lock:
            self.stats["requests"] += 1
            self.stats["bytes"] += len(data)

    def send_error(self, code, message=None, explain=None) -> None:
        with self.lock:
            self.stats["requests"] += 1
        super().send_error(code, message, explain)


class SimKiosk:
    def __init__(self, root: Path, trusted_root: bytes, url: str):
        self.root = root
        self.trusted_root = trusted_root
        self.url = url
        self.version: int | None = None

    def poll(self) -> int:
        """One sync check; returns the version the kiosk holds afterwards."""
        fetcher = ResumingFetcher(self.root / "partial", resumable_prefix=f"{self.url}/targets/", attempts=3,
                                  backoff=0.05)
        session = TufSession(trusted_root=self.trusted_root, tuf_dir=self.root, metadata_url=f"{self.url}/metadata/",
                             targets_url=f"{self.url}/targets/", fetcher=fetcher)
        session.refresh()
        manifest = Manifest.from_json(session.fetch(MANIFEST_TARGET).read_bytes())
        plan = plan_update(manifest, current_version=self.version, current_library_id=manifest.library_id)
        for step in plan.steps:
            session.fetch(step.target)
        session.clear_downloads()
        self.version = manifest.version
        return self.version


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kiosks", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3, help="idle polls per kiosk")
    ap.add_argument("--workers", type=int, default=16, help="kiosks polling at the same time")
    ap.add_argument("--poll-minutes", type=float, default=15)
    ap.add_argument("--export", type=Path, help="library export (default: the bundled sample)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sync-fleet-"))
    if args.export is None:
        from kiosk_app.core.sample import sample_source
        args.export = sample_source()
    central = CentralRepo.init(work / "central", library_id="fleet")
    release.publish(central, args.export)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Counting, directory=str(work / "central" / "repository")))
    httpd.daemon_threads = True
    httpd.request_queue_size = 256
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    kiosks = [SimKiosk(work / "k" / str(i), central.trusted_root(), url) for i in range(args.kiosks)]
    pool = ThreadPoolExecutor(args.workers)
    stats = Counting.stats

    def run_round(label: str) -> tuple[float, int, int]:
        before = dict(stats)
        t0 = time.perf_counter()
        list(pool.map(lambda k: k.poll(), kiosks))
        dt = time.perf_counter() - t0
        reqs, sent = stats["requests"] - before["requests"], stats["bytes"] - before["bytes"]
        print(f"{label:<34} {dt:6.1f} s  {reqs / dt:7.0f} requests/s  {reqs / len(kiosks):5.1f} req/kiosk  "
              f"{sent / len(kiosks) / 1e3:9.1f} kB/kiosk", flush=True)
        return dt, reqs, sent

    run_round("first sync (snapshot)")
    idle = [run_round(f"idle poll {r + 1}") for r in range(args.rounds)]
    idle_bytes = sum(s for _, _, s in idle) / len(idle) / len(kiosks)
    idle_rate = sum(r for _, r, _ in idle) / sum(t for t, _, _ in idle)

    # a publication: the sample with its first document's title changed, as a typical small delta
    import gzip
    import json
    changed = work / "changed.jsonl.gz"
    with gzip.open(args.export, "rt", encoding="utf-8") as src, gzip.open(changed, "wt", encoding="utf-8") as out:
        touched = 0
        for line in src:
            rec = json.loads(line)
            if rec.get("type") == "document" and touched < 10:
                rec["title"] += "（修订）"
                touched += 1
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    rel = release.publish(central, changed)
    t0 = time.perf_counter()
    _, _, update_sent = run_round("after a publication (delta)")
    converge = time.perf_counter() - t0
    assert all(k.version == rel.version for k in kiosks)
    update_bytes = update_sent / len(kiosks)
    polls_per_day = 24 * 60 / args.poll_minutes
    per_day = polls_per_day * idle_bytes + update_bytes
    print(f"\n{args.kiosks} kiosks, {args.workers} polling at once, loopback, one 2-core machine")
    print(f"idle poll: {idle_bytes / 1e3:.1f} kB per kiosk; server {idle_rate:.0f} requests/s")
    print(f"publication of {rel.upserts} changed records: delta {rel.delta_bytes} bytes, "
          f"{update_bytes / 1e3:.1f} kB per kiosk incl. metadata; all {args.kiosks} kiosks converged in "
          f"{converge:.1f} s of polling (in the field: within one poll interval, {args.poll_minutes:.0f} min)")
    print(f"bytes per kiosk per day (poll every {args.poll_minutes:.0f} min, one publication): "
          f"{per_day / 1e6:.2f} MB; snapshot for comparison {rel.snapshot_bytes / 1e6:.2f} MB")
    httpd.shutdown()
    pool.shutdown()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
