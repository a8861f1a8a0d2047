#!/usr/bin/env python3
"""Benchmark: apply a K-document delta to an N-document library, end to end, over loopback HTTP.

Steps (each timed): generate N documents from the real corpus (bench/make_corpus.py), publish
them as version 1, bring a kiosk to version 1 by snapshot sync, change K documents (and delete
and add a few), publish version 2, then time the kiosk's delta sync (refresh metadata, download,
verify, copy the current library, apply, update the search index, check the record digest,
switch) - once with the defaults (changed records and counts checked) and once with the digest of
all records checked too (``verify_records_max_documents`` above the library size). Prints the phases from the sync log,
the delta and snapshot sizes, and the total.

    python bench/sync_apply_bench.py --docs 100000 --changed 1000 --work /tmp/sync-bench

``--again`` repeats only the timed delta syncs on a finished work directory: each kiosk rolls
back to version 1, drops version 2, and syncs again.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import shutil
import subprocess
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sync import state  # noqa: E402
from sync.client.config import load_config  # noqa: E402
from sync.client.provision import provision  # noqa: E402
from sync.client.syncer import sync_once  # noqa: E402
from kiosk_app.core.fsutil import tree_size  # noqa: E402
from sync.publish import release  # noqa: E402
from sync.publish.provisioning import make_provisioning, write_provisioning  # noqa: E402
from sync.publish.repo import CentralRepo  # noqa: E402


FULL = 10**9
DEFAULT_LIMIT = 20000


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def timed(label: str, fn, *args, **kw):
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    print(f"{label:<46} {time.perf_counter() - t0:8.1f} s", flush=True)
    return out


def make_versions(work: Path, docs: int, changed: int, seed: int) -> tuple[Path, Path]:
    corpus = work / f"corpus-{docs}.jsonl.gz"
    if not corpus.exists():
        timed(f"generate {docs} documents", subprocess.run,
              [sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--docs", str(docs), "--out", str(corpus),
               "--seed", str(seed)], check=True)
    v2 = work / f"v2-{docs}-{changed}.jsonl.gz"
    if not v2.exists():
        rng = random.Random(seed)
        ids = []
        with gzip.open(corpus, "rt", encoding="utf-8") as fh:
            for line in fh:
                ids.append(json.loads(line)["id"])
        touched = set(rng.sample(ids, changed))
        referenced = set()
        with gzip.open(corpus, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("replaced_by"):
                    referenced.add(rec["replaced_by"])
        deletable = [i for i in ids if i not in touched and i not in referenced]
        deleted = set(rng.sample(deletable, max(1, changed // 100)))
        with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(v2, "wt", encoding="utf-8") as out:
            for line in src:
                rec = json.loads(line)
                if rec["id"] in deleted or rec.get("replaced_by") in deleted:
                    continue
                if rec["id"] in touched:
                    rec["title"] += "（修订）"
                    rec["body"] = rec.get("body", []) + [{"kind": "paragraph", "text": "本文件于2026年11月修订。"}]
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return corpus, v2


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--changed", type=int, default=1000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/sync-bench"))
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--again", action="store_true", help="only re-time the delta syncs")
    args = ap.parse_args()
    if args.again:
        return again(args)
    args.work.mkdir(parents=True, exist_ok=True)
    v1, v2 = make_versions(args.work, args.docs, args.changed, args.seed)
    central_dir = args.work / f"central-{args.docs}-{args.changed}"
    shutil.rmtree(central_dir, ignore_errors=True)
    central = CentralRepo.init(central_dir, library_id="bench", title="bench")
    rel1 = timed("publish version 1 (validate, canonical export)", release.publish, central, v1)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(central_dir / "repository")))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    kiosks = []
    for name, limit in (("verify", FULL), ("noverify", DEFAULT_LIMIT)):
        doc = make_provisioning(central, base_url=url, kiosk_id=f"bench-{name}",
                                settings={"verify_records_max_documents": limit, "min_free_bytes": 0})
        file = args.work / f"{name}-provision.json"
        write_provisioning(doc, file)
        data = args.work / f"kiosk-{name}"
        shutil.rmtree(data, ignore_errors=True)
        kiosks.append(load_config(provision(file, data)))
    timed("kiosk 1: snapshot sync to version 1 (store+index)", sync_once, kiosks[0])
    # the second kiosk starts from a copy of the first (same metadata, same library)
    shutil.rmtree(kiosks[1].data_path)
    shutil.copytree(kiosks[0].data_path, kiosks[1].data_path, symlinks=True)
    cfg_values = dict(kiosks[0].values, verify_records_max_documents=DEFAULT_LIMIT, kiosk_id="bench-noverify")
    (kiosks[1].data_path / "kiosk.json").write_text(json.dumps(cfg_values), encoding="utf-8")
    kiosks[1] = load_config(kiosks[1].data_path / "kiosk.json")
    rel2 = timed("publish version 2 (delta)", release.publish, central, v2)
    lib_bytes = tree_size(state.current_library(kiosks[0].data_path))
    timed_syncs(kiosks, rel1, rel2, lib_bytes)
    httpd.shutdown()
    return 0


def again(args) -> int:
    central_dir = args.work / f"central-{args.docs}-{args.changed}"
    central = CentralRepo(central_dir)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(central_dir / "repository")))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    kiosks = []
    for name, limit in (("verify", FULL), ("noverify", DEFAULT_LIMIT)):
        path = args.work / f"kiosk-{name}" / "kiosk.json"
        values = json.loads(path.read_text(encoding="utf-8"))
        values.pop("verify_records", None)
        values.update(metadata_url=f"http://127.0.0.1:{port}/metadata/", verify_records_max_documents=limit,
                      targets_url=f"http://127.0.0.1:{port}/targets/")
        path.write_text(json.dumps(values), encoding="utf-8")
        cfg = load_config(path)
        assert state.rollback(cfg.data_path) is not None
        shutil.rmtree(state.version_dir(cfg.data_path, 2))
        kiosks.append(cfg)
    versions = central.state["versions"]
    lib_bytes = tree_size(state.current_library(kiosks[0].data_path))
    rel1 = release.Release(1, versions[0]["records"], versions[0]["documents"], 0, None, 0, 0)
    delta = versions[1]["delta"]
    snap = central.load("targets").signed.targets[f"library/snapshot-v2.jsonl.gz"].length
    rel2 = release.Release(2, versions[1]["records"], versions[1]["documents"], snap, delta["length"],
                           delta["records"], 0)
    timed_syncs(kiosks, rel1, rel2, lib_bytes)
    httpd.shutdown()
    return 0


def timed_syncs(kiosks, rel1, rel2, lib_bytes) -> None:
    results = {}
    for cfg in kiosks:
        log = cfg.data_path / "sync.log"
        start = log.stat().st_size if log.exists() else 0
        t0 = time.perf_counter()
        result = sync_once(cfg)
        full = cfg.verify_records_max_documents >= rel1.documents
        results[full] = time.perf_counter() - t0
        assert result.version == 2 and result.plan == "deltas", result
        print(f"\ndelta sync, {'with' if full else 'without'} the digest of all records: {results[full]:.1f} s")
        with open(log, encoding="utf-8") as fh:
            fh.seek(start)
            for line in fh:
                print("   ", line.rstrip()[11:])
    print(f"\nlibrary: {rel1.documents} documents, {lib_bytes / 1e6:.0f} MB on disk (store + index)")
    print(f"snapshot v2: {rel2.snapshot_bytes / 1e6:.1f} MB; delta v1->v2: {rel2.delta_bytes / 1e6:.2f} MB "
          f"({rel2.upserts} changed, {rel2.tombstones} deleted) = {rel2.delta_bytes / rel2.snapshot_bytes:.1%} "
          "of the snapshot")
    for full, seconds in sorted(results.items()):
        print(f"end to end: {seconds:.1f} s " + ("with the digest of all records too" if full else
                                                   "with the default checks") + " (target 15 s)")


if __name__ == "__main__":
    sys.exit(main())
