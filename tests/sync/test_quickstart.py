"""The quickstart in docs/sync.md, run verbatim in an empty directory, then a second publication."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "sync.md"


def quickstart_lines() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"^```sh quickstart\n(.*?)^```", text, re.S | re.M)
    assert len(blocks) == 1, "docs/sync.md needs exactly one ```sh quickstart block"
    return [line for line in blocks[0].splitlines() if line.strip()]


def second_step_lines() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    after = text.split("To publish a change", 1)[1]
    return [line for line in re.search(r"```sh\n(.*?)```", after, re.S).group(1).splitlines() if line.strip()]


def test_quickstart_runs_verbatim(tmp_path):
    try:
        from kiosk_app.core.sample import sample_source
        sample_source()
    except FileNotFoundError:
        pytest.skip("the sample library is not generated in this checkout")
    lines = quickstart_lines()
    port = re.search(r"http\.server (\d+)", "\n".join(lines)).group(1)
    script = "\n".join(["set -e", "trap 'kill $(jobs -p) 2>/dev/null || true' EXIT", *lines,
                        "echo '--- second step ---'", *second_step_lines()])
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    # this checkout's code, whichever checkout the venv's editable install points at
    env["PYTHONPATH"] = str(DOC.parents[1])
    work = tmp_path / "empty"
    work.mkdir()
    proc = subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, f"port {port}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    first, second = proc.stdout.split("--- second step ---")
    status1 = json.loads([line for line in first.splitlines() if line.startswith("{")][-1])
    status2 = json.loads([line for line in second.splitlines() if line.startswith("{")][-1])
    assert status1["version"] == 1 and status1["outbox_size"] == 0 and status1["version_built_at"]
    assert status2["version"] == 2 and status2["last_error"] is None
    assert "deltas" in second
