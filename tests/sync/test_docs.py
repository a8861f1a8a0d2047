"""docs/sync.md stays true: every setting documented, and the sync package free of Qt."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from sync.client.config import SETTINGS

DOC = Path(__file__).resolve().parents[2] / "docs" / "sync.md"


def test_every_setting_is_documented():
    text = DOC.read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", text, re.M))
    assert documented >= {s.name for s in SETTINGS}
    assert documented - {s.name for s in SETTINGS} == set()


def test_sync_imports_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "import sync.client.cli, sync.client.syncer, sync.client.bundle_import, sync.publish.cli\n"
            "import sync.client.upstream, sync.state, sync.status\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m] is not None)\n")
    subprocess.run([sys.executable, "-c", code], check=True)
