"""Search benchmark: the kiosk's tantivy index against an SQLite FTS5 bigram baseline.

For each corpus size (default 10,000 documents; add ``--docs 100000``) it makes a
corpus with ``bench/make_corpus.py`` (real titles, paragraphs and metadata
recombined), then, for each engine, in fresh processes:

* build: documents/s, index size (MB and as a share of the raw text), peak RSS;
* queries: at least 300 mixed queries (one word, several words, phrase, rare
  word, title fragment, document number, pinyin initials, questions, with
  filters), three passes; p50 / p95 / p99 ms; peak RSS of the searching process;
* suggestions (tantivy): p50 / p95 ms per keystroke prefix;
* cold start: process start to first result, median of three (page cache warm);
* updates (tantivy): applying 1,000 changed documents, eight times in a row (the
  first in a fresh process, with its imports; every few updates tantivy merges the
  small segments they made, and the update that starts a merge waits for it);
* load average (1 minute) before and after each step: the machine may be shared.

``--library DIR`` measures only the queries, on a library that already has its
index (DIR/index; queries drawn from its store), so a 100,000-document build need
not be redone; its runs start with the index's pages dropped from the page cache
(the first pass reads them from disk). ``--memory-cap-mb N`` also runs the query
phase in a child process inside a cgroup v1 memory cgroup limited to N MB (created
and removed here; needs root), after dropping the index's pages from the page
cache, so they are read and charged to the capped process: the kernel must evict
index pages to keep it under the cap. Figures: p50 / p95 / p99 (all passes and each
pass), peak RSS with its private (anon) and file-backed (mapped files, mostly index
pages) parts, the cgroup's peak usage (memory.max_usage_in_bytes: private memory
plus the page cache charged to it), what each pass had read from disk (index pages
not cached, or evicted and read again; read-ahead included) and the index's pages
left in the page cache. ``--kernel-readahead`` leaves the index mappings to the
kernel's read-ahead (as before ``kiosk_app/core/search/readahead.py``), to compare.

Both engines get the same query plans (words from the kiosk's query planner,
each word a bigram phrase, words ANDed, title weighted 4× body); FTS5 stores
only the index (contentless), like the tantivy index, which keeps no bodies.

    python bench/search_bench.py --docs 10000 --docs 100000 --workdir /tmp/search-bench
    python bench/search_bench.py --library /tmp/lib-100k --memory-cap-mb 300
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_corpus  # noqa: E402
from figures import cjk_slice, pct  # noqa: E402
from search_memory import (MemoryCgroup, cgroup_problem, disk_read_mb, evict, index_cached,  # noqa: E402
                           rss_mb, rss_split_mb)

FTS_TITLE_WEIGHT = 4.0
# Set (by --kernel-readahead) for the tasks: leave the index mappings to the kernel's read-ahead.
KERNEL_READAHEAD = "SEARCH_BENCH_KERNEL_READAHEAD"


def dir_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


# ---------------------------------------------------------------------------- queries

def make_queries(records: Iterable[dict], n: int, seed: int = 11) -> list[dict]:
    """At least ``n`` mixed queries drawn from document records (see module docstring)."""
    from kiosk_app.core.search import segment
    from kiosk_app.core.search.pinyin import initials
    from kiosk_app.core.structure import body_text

    rng = random.Random(seed)
    sample = []
    for i, rec in enumerate(records):
        if i % 37 == 0:
            sample.append(rec)
        if len(sample) >= 400:
            break
    words = []
    for rec in sample:
        words += [w for w in segment.words(rec["title"]) if len(w) >= 2 and not w.isascii()]
    words = sorted(set(words))
    out: list[dict] = []

    k = max(1, n // 10)
    for _ in range(int(k * 2)):
        out.append({"kind": "word", "query": rng.choice(words)})
    for _ in range(int(k * 2)):
        out.append({"kind": "words", "query": " ".join(rng.sample(words, rng.randint(2, 3)))})
    for _ in range(int(k * 1.5)):
        q = cjk_slice(rng, body_text(rng.choice(sample)["body"]), 4, 8)
        if q:
            out.append({"kind": "phrase", "query": q})
    for _ in range(k):
        q = cjk_slice(rng, body_text(rng.choice(sample)["body"]), 3, 3)
        if q:
            out.append({"kind": "rare", "query": q})
    for _ in range(k):
        q = cjk_slice(rng, rng.choice(sample)["title"], 4, 9)
        if q:
            out.append({"kind": "title fragment", "query": q})
    numbered = [r["doc_number"] for r in sample if r.get("doc_number")]
    for _ in range(k // 2):
        out.append({"kind": "doc number", "query": rng.choice(numbered)})
    for _ in range(k // 2):
        out.append({"kind": "pinyin", "query": initials(rng.choice(words) + rng.choice(words))})
    for _ in range(k // 2):
        out.append({"kind": "question", "query": f"怎么申请{rng.choice(words)}？"})
    for _ in range(k):
        rec = rng.choice(sample)
        filt = {"level": rec["level"]} if rng.random() < 0.5 else {"region": rec["region"] or ""}
        filt = {kk: v for kk, v in filt.items() if v} or {"level": "国家"}
        out.append({"kind": "filtered", "query": rng.choice(words), "filters": filt})
    while len(out) < n:
        out.append({"kind": "word", "query": rng.choice(words)})
    return out


def suggestion_prefixes(queries: list[dict]) -> list[str]:
    out = []
    for q in queries:
        text = q["query"].replace(" ", "")
        for i in (1, 2, 3):
            if len(text) >= i:
                out.append(text[:i])
    return out[:300]


# ---------------------------------------------------------------------------- tantivy tasks

def tantivy_build(corpus: Path, index_dir: Path) -> dict:
    from kiosk_app.core.search import SearchIndex
    from kiosk_app.core.structure import body_text

    raw = {"bytes": 0, "docs": 0}

    def records():
        for rec in make_corpus.read(corpus):
            raw["bytes"] += len(rec["title"].encode()) + len(body_text(rec["body"]).encode())
            raw["docs"] += 1
            yield rec

    t0 = time.perf_counter()
    SearchIndex.build(index_dir, records(), version=1)
    secs = time.perf_counter() - t0
    return {"docs": raw["docs"], "build_s": secs, "docs_per_s": raw["docs"] / secs,
            "raw_mb": raw["bytes"] / 2**20, "index_mb": dir_mb(index_dir), "build_rss_mb": rss_mb(),
            "segments": len(segments(index_dir))}


def tantivy_query(index_dir: Path, queries: list[dict], passes: int) -> dict:
    from kiosk_app.core.search import SearchIndex, segment

    ix = SearchIndex.open(index_dir)
    segment.words("预热分词")                      # a warm process: segmenter and pinyin loaded
    ix.suggest("yr", 1)
    times, hits, per_pass, read = [], 0, [], disk_read_mb()
    for p in range(passes):
        start = len(times)
        for q in queries:
            t0 = time.perf_counter()
            res = ix.search(q["query"], filters=q.get("filters"), limit=10, snippets=False)
            times.append((time.perf_counter() - t0) * 1000)
            hits += bool(res.hits) if p == 0 else 0
        this = times[start:]
        per_pass.append({"p50": pct(this, 50), "p95": pct(this, 95), "p99": pct(this, 99),
                         "read_mb": disk_read_mb() - read})
        read = disk_read_mb()
    stimes = []
    prefixes = suggestion_prefixes(queries)
    for _ in range(passes):
        for prefix in prefixes:
            t0 = time.perf_counter()
            ix.suggest(prefix, 8)
            stimes.append((time.perf_counter() - t0) * 1000)
    return {"queries": len(queries), "answered": hits, "p50": pct(times, 50), "p95": pct(times, 95),
            "p99": pct(times, 99), "max": max(times), "suggest_p50": pct(stimes, 50),
            "suggest_p95": pct(stimes, 95), "search_rss_mb": rss_mb(), **rss_split_mb(),
            "passes_detail": per_pass, "read_mb": disk_read_mb()}


def tantivy_apply(corpus: Path, index_dir: Path, count: int = 1000, rounds: int = 8) -> dict:
    from kiosk_app.core.search import SearchIndex

    changed = []
    for i, rec in enumerate(make_corpus.read(corpus)):
        if i % 7 == 0:
            changed.append(rec)
        if len(changed) >= count * rounds:
            break
    ix = SearchIndex.open(index_dir)
    times, merges = [], []
    for r in range(rounds):
        # a small corpus has fewer documents than all rounds change: some change again
        picked = [changed[(r * count + j) % len(changed)] for j in range(count)]
        batch = [dict(rec, title=rec["title"] + f"（第{r + 1}次修订）", body=rec["body"][::-1])
                 for rec in picked]
        t0 = time.perf_counter()
        parts = ix.apply(batch, [], version=2 + r)
        times.append(time.perf_counter() - t0)
        if parts["merge"] > 0.05:
            merges.append(parts["merge"])
    return {"apply_docs": count, "apply_rounds": rounds, "apply_s": times[0],
            "apply_mean_s": statistics.fmean(times), "apply_max_s": max(times),
            "apply_merges": len(merges), "apply_merge_s": sum(merges)}


def segments(index_dir: Path) -> list[int]:
    """Documents per segment of a tantivy index (from its meta.json)."""
    meta = json.loads((index_dir / "meta.json").read_text(encoding="utf-8"))
    return [seg["max_doc"] for seg in meta["segments"]]


# ---------------------------------------------------------------------------- FTS5 baseline

def fts_build(corpus: Path, db: Path) -> dict:
    from kiosk_app.core.search.analysis import index_text
    from kiosk_app.core.structure import body_text

    if db.exists():
        db.unlink()
    con = sqlite3.connect(db)
    con.executescript("""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE meta(rowid INTEGER PRIMARY KEY, id TEXT, title TEXT, level TEXT, region TEXT);
        CREATE VIRTUAL TABLE docs USING fts5(title, body, content='', tokenize='unicode61');
    """)
    t0 = time.perf_counter()
    n = 0
    batch_meta, batch_fts = [], []
    for rec in make_corpus.read(corpus):
        n += 1
        batch_meta.append((n, rec["id"], rec["title"], rec["level"], rec.get("region", "")))
        batch_fts.append((n, index_text(rec["title"]), index_text(body_text(rec["body"]))))
        if len(batch_fts) >= 500:
            con.executemany("INSERT INTO meta VALUES (?,?,?,?,?)", batch_meta)
            con.executemany("INSERT INTO docs(rowid, title, body) VALUES (?,?,?)", batch_fts)
            batch_meta, batch_fts = [], []
    con.executemany("INSERT INTO meta VALUES (?,?,?,?,?)", batch_meta)
    con.executemany("INSERT INTO docs(rowid, title, body) VALUES (?,?,?)", batch_fts)
    con.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    con.commit()
    con.close()
    secs = time.perf_counter() - t0
    return {"docs": n, "build_s": secs, "docs_per_s": n / secs, "index_mb": dir_mb(db),
            "build_rss_mb": rss_mb()}


def fts_match(query: str) -> str | None:
    """The kiosk planner's words as an FTS5 expression: each word a bigram phrase, ANDed."""
    from kiosk_app.core.search import analysis, query as Q
    from kiosk_app.core.search.synonyms import SynonymTable

    table = fts_match.table = getattr(fts_match, "table", None) or SynonymTable.from_records(None)
    plan = Q.plan(query, table)
    parts = []
    for unit in plan.units:
        alts = []
        for alt in unit.alternatives:
            terms = analysis.phrase_terms(alt)
            if terms:
                alts.append('"' + " ".join(terms) + '"')
        if alts:
            parts.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(parts) or None


def fts_search(con: sqlite3.Connection, query: str, filters: dict | None) -> list:
    expr = fts_match(query)
    if expr is None:
        return []
    sql = ("SELECT meta.id, meta.title FROM docs JOIN meta ON meta.rowid = docs.rowid "
           "WHERE docs MATCH ?")
    args: list = [expr]
    for key, value in (filters or {}).items():
        sql += f" AND meta.{key} = ?"
        args.append(value)
    sql += f" ORDER BY bm25(docs, {FTS_TITLE_WEIGHT}, 1.0) LIMIT 10"
    return con.execute(sql, args).fetchall()


def fts_query(db: Path, queries: list[dict], passes: int) -> dict:
    from kiosk_app.core.search import segment

    con = sqlite3.connect(db)
    segment.words("预热分词")
    times, hits = [], 0
    for p in range(passes):
        for q in queries:
            t0 = time.perf_counter()
            rows = fts_search(con, q["query"], q.get("filters"))
            times.append((time.perf_counter() - t0) * 1000)
            hits += bool(rows) if p == 0 else 0
    return {"queries": len(queries), "answered": hits, "p50": pct(times, 50), "p95": pct(times, 95),
            "p99": pct(times, 99), "max": max(times), "search_rss_mb": rss_mb(), **rss_split_mb()}


# ---------------------------------------------------------------------------- processes

COLD = {
    "tantivy": ("from kiosk_app.core.search import SearchIndex\n"
                "r = SearchIndex.open({path!r}).search({query!r}, snippets=False)\n"
                "print(len(r.hits), flush=True)\n"),
    "fts5": ("import sqlite3, sys; sys.path.insert(0, {bench!r}); import search_bench\n"
             "con = sqlite3.connect({path!r})\n"
             "print(len(search_bench.fts_search(con, {query!r}, None)), flush=True)\n"),
}


def cold_start(engine: str, path: Path, query: str, runs: int = 3) -> float:
    code = COLD[engine].format(path=str(path), query=query, bench=str(ROOT / "bench"))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, cwd=ROOT, text=True)
        line = proc.stdout.readline()
        times.append(time.perf_counter() - t0)
        if proc.wait() != 0 or not line.strip().isdigit():
            raise SystemExit(f"cold start of {engine} failed")
    return statistics.median(times)


def child(task: str, *args: str, cgroup: MemoryCgroup | None = None) -> dict:
    """Run one task in a fresh interpreter, so RSS and start-up are its own (in ``cgroup``: capped)."""
    load_before = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    argv = [sys.executable, __file__, "_task", task, *args]
    out = subprocess.run(cgroup.command(argv) if cgroup else argv, capture_output=True,
                         text=True, cwd=ROOT, check=False)
    if out.returncode != 0:
        if cgroup is not None and out.returncode < 0:
            raise SystemExit(f"task {task} was killed by signal {-out.returncode} under the "
                             f"{cgroup.cap_mb} MB memory cap (out-of-memory kills in its cgroup: "
                             f"{cgroup.oom_kills()}):\n{out.stderr}")
        raise SystemExit(f"task {task} failed:\n{out.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # CPU seconds of the task and its worker processes: a figure the machine's
    # other load does not change (wall-clock rates do)
    step = task.split("-")[1]
    result[f"{step}_cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result[f"{step}_load"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    return result


# ---------------------------------------------------------------------------- queries only, capped

def query_phase(index_dir: Path, qfile: Path, passes: int, cap_mb: int | None, cold: bool) -> dict:
    """The query task, from a cold page cache when ``cold`` (always when capped), in a cgroup
    limited to ``cap_mb`` when given; with the index's pages cached before and after."""
    if cold or cap_mb:
        evict(index_dir)
    before = index_cached(index_dir)
    if cap_mb is None:
        res = child("tantivy-query", str(index_dir), str(qfile), str(passes))
    else:
        with MemoryCgroup(cap_mb) as cgroup:
            res = child("tantivy-query", str(index_dir), str(qfile), str(passes), cgroup=cgroup)
            res.update(cgroup.figures())
    res["index_cached_before_mb"] = sum(before.values())
    res["index_cached_mb"] = index_cached(index_dir)
    return res


def bench_library(lib: Path, work: Path, nq: int, passes: int, cap_mb: int | None) -> dict:
    """Queries only, on a library with its index: from a cold page cache, then capped."""
    from kiosk_app.core.store import LibraryStore, StoreError

    index_dir = lib / "index"
    if not (index_dir / "meta.json").is_file():
        raise SystemExit(f"no search index in {index_dir} (build the library with its index first)")
    try:
        store = LibraryStore.open(lib)
    except StoreError as exc:
        raise SystemExit(f"cannot open the library {lib}: {exc}") from exc
    try:
        docs = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        queries = make_queries(store.iter_documents(), nq)
    finally:
        store.conn.close()
    qfile = work / "queries-library.json"
    qfile.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    res: dict = {"docs": docs, "queries": len(queries), "passes": passes, "library": str(lib),
                 "kernel_readahead": bool(os.environ.get(KERNEL_READAHEAD)),
                 "index_mb": dir_mb(index_dir), "segments": len(segments(index_dir)),
                 "runs": [query_phase(index_dir, qfile, passes, None, cold=True)]}
    if cap_mb:
        res["runs"].append(query_phase(index_dir, qfile, passes, cap_mb, cold=True))
    return res


def print_runs(r: dict) -> None:
    """The query figures of each run (uncapped, capped) of one library or corpus."""
    advice = "kernel read-ahead" if os.environ.get(KERNEL_READAHEAD) else "mappings advised random"
    print(f"\n{r['docs']:,} docs ({r.get('library', 'built here')}; index {r['index_mb']:.0f} MB in "
          f"{r['segments']} segments; {advice}), {r['queries']} queries × {r['passes']} passes")
    print("| cap MB | p50 ms | p95 ms | p99 ms | p95 / p99 by pass ms | peak RSS MB | anon / file MB "
          "at end | cgroup peak MB | limit hits | read from disk MB by pass | index cached MB | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for t in r["runs"]:
        by_pass = ", ".join(f"{p['p95']:.1f}/{p['p99']:.1f}" for p in t["passes_detail"])
        reads = ", ".join(f"{p['read_mb']:.0f}" for p in t["passes_detail"])
        cached = t.get("index_cached_mb", {})
        kinds = ", ".join(f"{k} {v:.0f}" for k, v in list(cached.items())[:3])
        print(f"| {t.get('cap_mb', 'none')} | {t['p50']:.2f} | {t['p95']:.2f} | {t['p99']:.2f} | "
              f"{by_pass} | {t['search_rss_mb']:.0f} | {t['search_anon_mb']:.0f} / "
              f"{t['search_file_mb']:.0f} | "
              + (f"{t['cgroup_peak_mb']:.0f} | {t['cgroup_limit_hits']} | " if "cap_mb" in t else "– | – | ")
              + f"{reads} | {sum(cached.values()):.0f} ({kinds}) | {t['query_load']} |")


def run_task(task: str, args: list[str]) -> None:
    if os.environ.get(KERNEL_READAHEAD):
        from kiosk_app.core.search import readahead
        readahead.advise_random = lambda directory: 0     # as before readahead.py, to compare
    if task in ("tantivy-query", "fts-query"):
        queries = json.loads(Path(args[1]).read_text(encoding="utf-8"))
        fn = tantivy_query if task == "tantivy-query" else fts_query
        result = fn(Path(args[0]), queries, int(args[2]))
    elif task == "tantivy-build":
        result = tantivy_build(Path(args[0]), Path(args[1]))
    elif task == "fts-build":
        result = fts_build(Path(args[0]), Path(args[1]))
    elif task == "tantivy-apply":
        result = tantivy_apply(Path(args[0]), Path(args[1]))
    else:
        raise SystemExit(f"unknown task {task}")
    print(json.dumps(result))


def bench_size(n: int, work: Path, nq: int, passes: int, fts: bool, cap_mb: int | None) -> dict:
    corpus = work / f"corpus-{n}.jsonl"
    if not corpus.exists():
        t0 = time.perf_counter()
        make_corpus.main(["--docs", str(n), "--out", str(corpus)])
        print(f"[{n}] corpus made in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    qfile = work / f"queries-{n}.json"
    queries = make_queries(make_corpus.read(corpus), nq)
    qfile.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    cold_query = "低保"
    res: dict = {"docs": n, "queries": len(queries), "passes": passes}
    index_dir = work / f"tantivy-{n}" / "index"
    shutil.rmtree(index_dir.parent, ignore_errors=True)
    index_dir.parent.mkdir(parents=True)
    res["tantivy"] = child("tantivy-build", str(corpus), str(index_dir))
    print(f"[{n}] tantivy build {res['tantivy']}", file=sys.stderr)
    res["tantivy"].update(child("tantivy-query", str(index_dir), str(qfile), str(passes)))
    if cap_mb:
        res["capped"] = query_phase(index_dir, qfile, passes, cap_mb, cold=True)
    res["tantivy"]["cold_start_s"] = cold_start("tantivy", index_dir, cold_query)
    res["tantivy"]["cold_start_long_query_s"] = cold_start("tantivy", index_dir, "城市居民最低生活保障条例申请条件")
    res["tantivy"].update(child("tantivy-apply", str(corpus), str(index_dir)))
    print(f"[{n}] tantivy {res['tantivy']}", file=sys.stderr)
    if fts:
        db = work / f"fts5-{n}.sqlite"
        res["fts5"] = child("fts-build", str(corpus), str(db))
        print(f"[{n}] fts5 build {res['fts5']}", file=sys.stderr)
        res["fts5"].update(child("fts-query", str(db), str(qfile), str(passes)))
        res["fts5"]["cold_start_s"] = cold_start("fts5", db, cold_query)
        print(f"[{n}] fts5 {res['fts5']}", file=sys.stderr)
    return res


def print_table(results: list[dict]) -> None:
    cols = [("build docs/s", "docs_per_s", "{:.0f}"), ("index MB", "index_mb", "{:.0f}"),
            ("p50 ms", "p50", "{:.2f}"), ("p95 ms", "p95", "{:.2f}"), ("p99 ms", "p99", "{:.2f}"),
            ("cold start s", "cold_start_s", "{:.2f}"), ("search RSS MB", "search_rss_mb", "{:.0f}"),
            ("of it private MB", "search_anon_mb", "{:.0f}"),
            ("build RSS MB", "build_rss_mb", "{:.0f}")]
    print("| docs | engine | " + " | ".join(c[0] for c in cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    for r in results:
        for engine in ("tantivy", "fts5"):
            e = r.get(engine)
            if e:
                cells = [fmt.format(e[key]) if key in e else "" for _, key, fmt in cols]
                print(f"| {r['docs']:,} | {engine} | " + " | ".join(cells) + " |")
        t, f = r.get("tantivy"), r.get("fts5")
        if t and f:
            ratio = [f"{(f[key] / t[key]) if t.get(key) else 0:.1f}×" if key in f else ""
                     for _, key, _ in cols]
            print(f"| {r['docs']:,} | FTS5 ÷ tantivy | " + " | ".join(ratio) + " |")
    for r in results:
        t = r["tantivy"]
        print(f"\n{r['docs']:,} docs, {r['queries']} queries × {r['passes']} passes: tantivy raw text "
              f"{t['raw_mb']:.0f} MB, index {t['index_mb'] / t['raw_mb']:.2f}× raw; suggestions p50 "
              f"{t['suggest_p50']:.2f} / p95 {t['suggest_p95']:.2f} ms; cold start with a long query "
              f"(loads the segmenter) {t['cold_start_long_query_s']:.2f} s; applying {t['apply_docs']} "
              f"changed documents {t['apply_s']:.2f} s, {t['apply_rounds']} in a row mean "
              f"{t['apply_mean_s']:.2f} / max {t['apply_max_s']:.2f} s with {t['apply_merges']} merge(s) "
              f"of {t['apply_merge_s']:.1f} s "
              f"({t['apply_cpu_s']:.1f} CPU s for all); index segments after the build "
              f"{t.get('segments', '?')}; load average build {t['build_load']}, queries "
              f"{t['query_load']}, updates {t['apply_load']}; build CPU "
              f"{1000 * t['build_cpu_s'] / t['docs']:.2f} ms/doc (FTS5 "
              f"{1000 * r['fts5']['build_cpu_s'] / r['docs'] if r.get('fts5') else 0:.2f}); "
              f"answered {t['answered']}/{t['queries']} queries"
              + (f" (FTS5 {r['fts5']['answered']})" if r.get("fts5") else ""))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_task":
        run_task(argv[1], argv[2:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, action="append", help="corpus size (repeatable; default 10000)")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/search-bench"))
    ap.add_argument("--queries", type=int, default=320)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--no-fts", action="store_true", help="skip the FTS5 baseline")
    ap.add_argument("--library", type=Path,
                    help="only the queries, on this library and its index (DIR/index)")
    ap.add_argument("--memory-cap-mb", type=int,
                    help="also run the queries capped at this many MB (cgroup v1; root)")
    ap.add_argument("--kernel-readahead", action="store_true",
                    help="do not advise the index mappings as randomly read (to compare)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    if args.kernel_readahead:
        os.environ[KERNEL_READAHEAD] = "1"
    if args.memory_cap_mb is not None:
        problem = cgroup_problem() if args.memory_cap_mb > 0 else "the cap must be a positive number"
        if problem:
            print(f"search_bench: cannot cap the search's memory: {problem}", file=sys.stderr)
            return 2
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.library:
        results = [bench_library(args.library, args.workdir, args.queries, args.passes,
                                 args.memory_cap_mb)]
        for r in results:
            print_runs(r)
    else:
        results = [bench_size(n, args.workdir, args.queries, args.passes, not args.no_fts,
                              args.memory_cap_mb) for n in (args.docs or [10_000])]
        print_table(results)
        for r in results:
            if "capped" in r:
                t = r["tantivy"]
                print_runs({"docs": r["docs"], "queries": r["queries"], "passes": r["passes"],
                            "index_mb": t["index_mb"], "segments": t["segments"],
                            "runs": [t, r["capped"]]})
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
