"""The kiosk session files: systemd units that systemd accepts, and the X session script's logic."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.helpers import PACKAGING

LINUX = PACKAGING / "linux"
INSTALL_DIR = "/opt/disclosure-kiosk"


def _verify(unit: Path, tmp_path: Path, user: bool) -> subprocess.CompletedProcess:
    """systemd-analyze verify on a copy whose programs exist (stubs in tmp_path)."""
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    stub_dir = tmp_path / "opt"
    stub_dir.mkdir(exist_ok=True)
    for name in ("kiosk", "kiosk-sync"):
        stub = stub_dir / name
        stub.write_text("#!/bin/sh\n")
        stub.chmod(0o755)
    copy = tmp_path / unit.name
    copy.write_text(unit.read_text().replace(INSTALL_DIR, str(stub_dir)))
    env = dict(os.environ)
    args = ["systemd-analyze"]
    if user:
        run_dir = tmp_path / "run"
        run_dir.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(run_dir)
        args.append("--user")
    return subprocess.run(args + ["verify", str(copy)], capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize("name, user", [("kiosk.service", True), ("kiosk-sync.service", False)])
def test_units_pass_systemd_verify(name, user, tmp_path):
    done = _verify(LINUX / name, tmp_path, user)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Unknown" not in output and "ignoring" not in output, output


def test_the_kiosk_unit_restarts_on_hangs_and_stops_crash_loops():
    text = (LINUX / "kiosk.service").read_text()
    for line in ("Type=notify", "WatchdogSec=30", "Restart=on-failure", "StartLimitBurst=5",
                 "StartLimitIntervalSec=300", "Environment=QT_IM_MODULE=qtvirtualkeyboard",
                 "Environment=LANG=zh_CN.UTF-8", f"ExecStart={INSTALL_DIR}/kiosk",
                 "ExecStartPre=-/usr/bin/xset s off -dpms s noblank"):
        assert line in text.splitlines(), line


def _fake_tools(tmp_path: Path, states: list[str]) -> tuple[dict, Path]:
    """xset, xsetroot, logger, sleep and systemctl that record their calls; systemctl
    reports ``states`` one after another for ``show -p ActiveState``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls"
    (tmp_path / "states").write_text("\n".join(states) + "\n")
    recorder = f'echo "$(basename "$0") $*" >> "{calls}"\n'
    for tool in ("xset", "xsetroot", "logger", "sleep"):
        (bin_dir / tool).write_text("#!/bin/sh\n" + recorder)
    (bin_dir / "systemctl").write_text(
        "#!/bin/sh\n" + recorder +
        'case "$*" in *"show -p ActiveState"*)\n'
        f'  head -n1 "{tmp_path}/states"; sed -i 1d "{tmp_path}/states";;\nesac\n')
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path)}
    return env, calls


def test_the_x_session_turns_blanking_off_starts_the_kiosk_and_ends_with_it(tmp_path):
    env, calls = _fake_tools(tmp_path, ["activating", "active", "active", "inactive"])
    done = subprocess.run(["sh", str(LINUX / "kiosk-xsession")], env=env, capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 0, done.stderr
    log = calls.read_text().splitlines()
    assert log[0] == "xset s off -dpms s noblank"
    assert "systemctl --user import-environment DISPLAY XAUTHORITY" in log
    assert log.index("systemctl --user start kiosk.service") < log.index("sleep 5")
    assert log.count("sleep 5") == 3          # activating, active, active; then inactive ends it


def test_after_a_crash_loop_the_session_pauses_then_tries_again(tmp_path):
    env, calls = _fake_tools(tmp_path, ["failed", "active", "inactive"])
    done = subprocess.run(["sh", str(LINUX / "kiosk-xsession")], env=env, capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 0, done.stderr
    log = calls.read_text().splitlines()
    retry = log.index("sleep 60")
    assert log[retry - 1].startswith("logger -t kiosk-xsession")
    assert log[retry + 1:retry + 3] == ["systemctl --user reset-failed kiosk.service",
                                         "systemctl --user start kiosk.service"]


def test_lightdm_logs_the_kiosk_user_into_the_kiosk_session():
    conf = (LINUX / "lightdm-kiosk.conf").read_text().splitlines()
    assert "autologin-user=kiosk" in conf and "autologin-session=kiosk" in conf
    desktop = (LINUX / "kiosk.desktop").read_text()
    assert "Exec=/usr/local/bin/kiosk-xsession" in desktop
