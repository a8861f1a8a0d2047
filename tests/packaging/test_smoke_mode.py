"""``python -m kiosk_app --smoke-test`` from the source tree: what it prints, and its exit status."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.packaging.helpers import ROOT

STEPS = ("resources", "library", "window", "search", "keyboard", "print")


def run_smoke(data_dir, timeout: float) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "kiosk_app", "--smoke-test", "--data", str(data_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def step_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("smoke-test")]


def test_a_failed_step_is_one_clear_line_and_the_run_exits_1(tmp_path):
    # The data directory holds a file where the library directory must go.
    (tmp_path / "libraries").write_text("not a directory")
    done = run_smoke(tmp_path, timeout=120)
    lines = step_lines(done.stdout)
    assert done.returncode == 1, done.stdout + done.stderr
    assert lines[0].startswith("smoke-test ok    resources:")
    assert lines[1].startswith("smoke-test FAIL  library: ")
    for step, line in zip(STEPS[2:], lines[2:]):
        assert line.startswith(f"smoke-test FAIL  {step}: not run, because step"), line
    assert lines[-1] == "smoke-test failed: 5 of 6 steps (library, window, search, keyboard, print)"
    assert all("\n" not in line for line in lines)


@pytest.mark.slow
def test_the_smoke_test_passes_from_the_source_tree(tmp_path):
    done = run_smoke(tmp_path / "data", timeout=300)
    lines = step_lines(done.stdout)
    assert done.returncode == 0, "\n".join(lines) + done.stderr[-3000:]
    assert [line.split()[2].rstrip(":") for line in lines[:-1]] == list(STEPS)
    assert lines[-1] == "smoke-test passed: all 6 steps"
    keyboard = next(line for line in lines if " keyboard: " in line)
    assert "field '政务'" in keyboard
