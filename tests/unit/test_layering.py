"""The domain (kiosk_app.core), the library tool and sync/ never import Qt.

Each is imported in a fresh interpreter in which any import of PySide6 or
shiboken6 fails, so a stray import anywhere in the chain is caught.
"""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent("""
    import importlib, importlib.abc, pkgutil, sys

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt imported from the Qt-free layer: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    failures = []
    for top in ("kiosk_app.core", "kiosk_app.library", "sync"):
        package = importlib.import_module(top)
        names = [top] + [m.name for m in pkgutil.walk_packages(package.__path__, top + ".")]
        for name in names:
            if name.endswith("__main__"):
                continue
            try:
                importlib.import_module(name)
            except ImportError as exc:
                if "Qt imported" in str(exc):
                    failures.append(f"{name}: {exc}")
    print("\\n".join(failures))
    sys.exit(1 if failures else 0)
""")


def test_domain_and_sync_import_without_qt():
    proc = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
