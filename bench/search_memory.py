"""Memory figures of the search benchmark: a cgroup v1 memory cap, the page cache of an index.

Used by ``bench/search_bench.py --memory-cap-mb N``: the searching process runs in a
memory cgroup limited to N MB, after the index's pages have been dropped from the page
cache, so that they are read in by (and charged to) the capped process and the kernel
has to evict index pages to keep it under the cap.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

CGROUP_MEMORY = Path("/sys/fs/cgroup/memory")      # the cgroup v1 memory controller


def cgroup_problem() -> str | None:
    """Why a memory-capped run cannot be made on this machine, or None when it can."""
    if not (CGROUP_MEMORY / "memory.limit_in_bytes").is_file():
        if Path("/sys/fs/cgroup/cgroup.controllers").is_file():
            return ("this machine has cgroup v2 only; --memory-cap-mb needs the cgroup v1 "
                    f"memory controller at {CGROUP_MEMORY}")
        return f"no cgroup v1 memory controller at {CGROUP_MEMORY}"
    if not os.access(CGROUP_MEMORY, os.W_OK):
        return f"cannot create cgroups under {CGROUP_MEMORY} (it takes root)"
    return None


class MemoryCgroup:
    """A cgroup v1 memory cgroup limited to ``cap_mb`` for one child process; removed on exit.

    The child joins it before its interpreter starts (a shell writes its own pid into
    cgroup.procs, then execs), so everything it allocates or reads in is charged to it.
    """

    def __init__(self, cap_mb: int):
        self.cap_mb = cap_mb
        self.path = CGROUP_MEMORY / f"search-bench-{os.getpid()}"

    def __enter__(self) -> "MemoryCgroup":
        try:
            self.path.mkdir()
            (self.path / "memory.limit_in_bytes").write_text(str(self.cap_mb * 2**20))
        except OSError as exc:
            self.__exit__()
            raise SystemExit(f"cannot set up the memory cgroup {self.path}: {exc}") from exc
        return self

    def __exit__(self, *exc) -> None:
        for _ in range(50):      # the child's exit may take a moment to leave the cgroup
            try:
                self.path.rmdir()
                return
            except FileNotFoundError:
                return
            except OSError:
                time.sleep(0.1)
        print(f"warning: could not remove the cgroup {self.path}", file=sys.stderr)

    def command(self, argv: list[str]) -> list[str]:
        return ["/bin/sh", "-c", 'echo $$ > "$0" && exec "$@"', str(self.path / "cgroup.procs"), *argv]

    def _read(self, name: str) -> str:
        return (self.path / name).read_text()

    def oom_kills(self) -> int:
        for line in self._read("memory.oom_control").splitlines():
            if line.startswith("oom_kill "):
                return int(line.split()[1])
        return 0

    def figures(self) -> dict:
        """Peak usage (private memory plus page cache charged here), limit hits, page cache left."""
        stat = dict(line.split() for line in self._read("memory.stat").splitlines())
        return {"cap_mb": self.cap_mb,
                "cgroup_peak_mb": int(self._read("memory.max_usage_in_bytes")) / 2**20,
                "cgroup_limit_hits": int(self._read("memory.failcnt")),
                "cgroup_cache_left_mb": int(stat.get("cache", 0)) / 2**20,
                "cgroup_oom_kills": self.oom_kills()}


def evict(index_dir: Path) -> None:
    """Drop the index's pages from the page cache (those no process maps).

    The next reader then reads them from disk, and in cgroup v1 a page is charged to
    the cgroup that read it in: only then does a cap on the searching process bear on
    the index pages it uses.
    """
    for f in index_dir.iterdir():
        if f.is_file():
            fd = os.open(f, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def index_cached(index_dir: Path) -> dict[str, float]:
    """MB of the index in the page cache, by file kind (pos, idx, term, ...), from util-linux fincore."""
    files = sorted(str(f) for f in index_dir.iterdir() if f.is_file() and f.stat().st_size)
    if not shutil.which("fincore") or not files:
        return {}
    out = subprocess.run(["fincore", "--bytes", "--raw", "--noheadings", "--output", "RES,FILE",
                          *files], capture_output=True, text=True, check=False)
    kinds: dict[str, float] = {}
    for line in out.stdout.splitlines():
        res, _, name = line.partition(" ")
        kind = Path(name).suffix.lstrip(".") or Path(name).name
        kinds[kind] = kinds.get(kind, 0.0) + int(res) / 2**20
    return dict(sorted(kinds.items(), key=lambda kv: -kv[1]))


# ---------------------------------------------------------------------------- this process

def rss_mb() -> float:
    """Peak resident set of this process (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_split_mb() -> dict:
    """Resident memory now, split: private (RssAnon) and mapped files (RssFile: index pages,
    page cache the kernel can reclaim)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("RssAnon", "RssFile"):
            out[f"search_{key[3:].lower()}_mb"] = int(value.split()[0]) / 1024
    return out


def disk_read_mb() -> float:
    """What this process has had read from disk (index pages not cached, or evicted), with readahead."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("read_bytes:"):
            return int(line.split()[1]) / 2**20
    return 0.0
