"""Shared fixtures: paths to the real corpus and seeds, a temp copy of the sample library."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/wqy")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KIOSK_SHARED_DIR", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "laws.jsonl.gz"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    """The real corpus of 3,418 laws. CI has ../shared beside the clone; a developer may not."""
    if not CORPUS.exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI must have the real corpus at {CORPUS}")
        pytest.skip(f"real corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI must have the seed documents at {SEEDS}")
        pytest.skip(f"seed documents not found at {SEEDS}")
    return SEEDS
