"""The embedded sample library: built from resources/ on first start, then reused.

The kiosk ships the sample as an exchange-format file (small, diffable in
review, the same format sync carries). On first start it is built into the
data directory under a name derived from the file's hash, so a new release
with a new sample builds afresh and an unchanged one opens at once.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from kiosk_app.core.libdir import build_library, index_matches, is_library
from kiosk_app.paths import resource

log = logging.getLogger(__name__)

SAMPLE_FILE = ("sample_library", "sample.jsonl.gz")


def sample_source() -> Path:
    return resource(*SAMPLE_FILE)


def ensure_sample_library(data_dir: Path) -> Path:
    """Path of a ready sample library directory under ``data_dir``, building it if needed.

    Raises:
        FileNotFoundError: the sample is missing from the bundle.
        kiosk_app.core.store_write.ImportFailed: the bundled sample is damaged.
    """
    source = sample_source()
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    target = Path(data_dir) / "libraries" / f"sample-{digest}"
    if is_library(target) and index_matches(target):
        return target
    log.info("building the sample library into %s", target)
    build_library([source], target, force=True)
    return target
