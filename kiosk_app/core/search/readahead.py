"""Ask the kernel to read the index's mapped files page by page, without read-ahead.

tantivy maps its index files into memory. By default a page fault on a file
mapping reads ahead around the faulting page (the disk's ``read_ahead_kb``:
128 KB on most disks, 8 MB on some virtual ones) and maps the cached neighbours
of the page too. A search reads scattered blocks of postings and positions, so
most of what is read ahead is never used, yet it fills the page cache and, once
mapped, counts in the process's resident size. With ``MADV_RANDOM`` a fault
reads the page it needs. At 100,000 documents (664 MB index, a disk with 8 MB
read-ahead) the benchmark's queries, from a cold cache, then bring 147 MB of the
index into the page cache instead of all of it, and the search's peak RSS is
196 MB instead of 381 MB, at the same latency once the pages are cached. Capped
at 300 MB, the default read-ahead kept evicting pages it was about to need
(p95 440-470 ms); page by page the search never reached the cap (p95 12-14 ms).
See docs/search.md, "Memory".

What is already cached (say, right after a build) is still mapped around each
fault: advice changes what a search reads, not the kernel's fault-around.

tantivy-py does not expose tantivy's own advice option, so the mappings are
found in ``/proc/self/maps`` and advised with madvise(2). On other systems, or
when anything fails, nothing is advised: the index works the same, it only
reads more.
"""

from __future__ import annotations

import ctypes
import logging
import mmap
import sys
from pathlib import Path

log = logging.getLogger(__name__)

MADV_NORMAL = getattr(mmap, "MADV_NORMAL", 0)
MADV_RANDOM = getattr(mmap, "MADV_RANDOM", 1)
_libc: ctypes.CDLL | None = None


def advise_random(directory: Path) -> int:
    """Advise every mapping of a file in ``directory`` as randomly read (no read-ahead).

    Call it after opening a searcher, which maps the files of every segment;
    mappings advised before are advised again (harmless).

    Returns:
        How many mappings were advised (0 where this is not Linux).
    """
    return _advise(directory, MADV_RANDOM)


def advise_normal(directory: Path) -> int:
    """Give the mappings of ``directory`` the kernel's read-ahead back.

    For a merge: it reads whole segments through the same mappings as the
    searcher, and page by page that took 3.7–5.0 s instead of 2.5 s for eight
    segments of 1,000 documents that were no longer cached.
    """
    return _advise(directory, MADV_NORMAL)


def _advise(directory: Path, advice: int) -> int:
    global _libc
    if not sys.platform.startswith("linux"):
        return 0
    prefix = str(Path(directory).resolve()) + "/"
    try:
        if _libc is None:
            _libc = ctypes.CDLL(None, use_errno=True)
            _libc.madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except (OSError, AttributeError) as exc:
        log.debug("index mappings not advised: %s", exc)
        return 0
    advised = 0
    for line in maps.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) < 6 or not fields[5].startswith(prefix):
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        # a mapping unmapped since /proc was read fails with ENOMEM: nothing to advise
        if _libc.madvise(start, end - start, advice) == 0:
            advised += 1
    return advised
