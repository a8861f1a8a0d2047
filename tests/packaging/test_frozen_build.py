"""The frozen kiosk: build it with packaging/build, then run its smoke test from a fresh
directory with no Python on PATH (packaging/smoke-test), and provision a data directory
with the bundled sync client. About three minutes on two cores (the build dominates)."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.packaging.helpers import PACKAGING, ROOT

pytestmark = pytest.mark.slow

DIST = ROOT / "dist" / "kiosk"
SIZE_LIMIT_MB = 250


@pytest.fixture(scope="module")
def bundle():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST"))}
    done = subprocess.run([str(PACKAGING / "build")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=1500)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert (DIST / "kiosk").is_file() and (DIST / "kiosk-sync").is_file()
    return DIST


def test_the_bundle_fits_the_size_target(bundle):
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 2**20 <= SIZE_LIMIT_MB, f"bundle is {size / 2**20:.0f} MB"


def test_the_bundle_has_qtpdf_for_the_print_preview(bundle):
    names = {p.name for p in bundle.rglob("*")}
    assert any(n.startswith("QtPdf.") for n in names), "the PySide6.QtPdf module is missing"
    assert any(n.startswith(("libQt6Pdf.so", "Qt6Pdf.dll")) for n in names), "the Qt Pdf library is missing"
    assert not any(n.startswith(("QtPdfWidgets.", "libQt6PdfQuick")) for n in names)


def test_the_frozen_kiosk_passes_its_smoke_test_from_a_fresh_directory(bundle):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_QPA_FONTDIR")}
    done = subprocess.run([str(PACKAGING / "smoke-test"), str(bundle)], env=env, capture_output=True,
                          text=True, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("smoke-test")]
    assert done.returncode == 0, "\n".join(lines) + "\n" + done.stderr[-3000:]
    assert lines[-1].startswith("smoke-test passed: all 6 steps"), "\n".join(lines)
    for step in ("resources", "library", "window", "search", "keyboard", "print"):
        assert any(line.startswith(f"smoke-test ok    {step}:") for line in lines), step


def test_the_bundled_sync_client_provisions_a_kiosk(bundle, tmp_path):
    from sync.publish.provisioning import make_provisioning, write_provisioning
    from sync.publish.repo import CentralRepo

    central = CentralRepo.init(tmp_path / "central", library_id="test-lib", title="测试库")
    doc = make_provisioning(central, base_url="https://cdn.example.invalid/lib/", kiosk_id="hall-1",
                            hall="历下区政务服务中心", region="济南")
    write_provisioning(doc, tmp_path / "provision.json")
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    data = tmp_path / "data"
    done = subprocess.run([str(bundle / "kiosk-sync"), "provision", str(tmp_path / "provision.json"),
                           "--data-dir", str(data)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    status = subprocess.run([str(bundle / "kiosk-sync"), "--config", str(data / "kiosk.json"), "--status",
                             "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert status.returncode == 0, status.stderr
    summary = json.loads(status.stdout)
    assert summary["kiosk_id"] == "hall-1" and summary["version"] is None
