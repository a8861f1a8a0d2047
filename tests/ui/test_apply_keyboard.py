"""A citizen's application typed on the real Qt Virtual Keyboard, landscape and portrait.

The keyboard is the input context only when ``QT_IM_MODULE=qtvirtualkeyboard``
is set before the QApplication exists, so this runs
``tests/ui/apply_keyboard_driver.py`` in a process of its own, on an offscreen
screen the size of the kiosk's, and checks what it reports and what it stored.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_app.core.intake.service import KioskIntake
from kiosk_app.core.intake.tracking import parse_code
from tests.ui.apply_keyboard_driver import ID_NUMBER, PHONE
from tests.ui.test_apply_flow import at_office, provision

ROOT = Path(__file__).resolve().parents[2]
LETTERS = set("abcdefghijklmnopqrstuvwxyz")
DIGITS = set("0123456789")


def run_driver(library: Path, data: Path, size: tuple[int, int]) -> dict:
    screen = data / "screen.json"
    screen.write_text(json.dumps({"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
                                  "screens": [{"name": "kiosk", "x": 0, "y": 0, "width": size[0],
                                               "height": size[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_IM_MODULE="qtvirtualkeyboard",
               LANG="zh_CN.UTF-8", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "tests.ui.apply_keyboard_driver", str(library), str(data),
                           f"{size[0]}x{size[1]}"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=240)
    lines = [line for line in done.stdout.splitlines() if line.startswith(("RESULT ", "FAIL "))]
    assert done.returncode == 0 and lines and lines[-1].startswith("RESULT "), \
        "\n".join(lines) + "\n" + done.stderr[-3000:]
    return json.loads(lines[-1][len("RESULT "):])


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_citizen_application_typed_on_the_virtual_keyboard(sample_library, tmp_path, size):
    provision(tmp_path)
    result = run_driver(sample_library, tmp_path, size)
    fields = result["fields"]

    # What the keyboard typed is in the fields, on the layouts the fields ask for.
    assert fields["name"]["text"] == "王小明" and fields["info_title"]["text"] == "老旧小区改造"
    assert fields["id_number"]["text"] == ID_NUMBER and fields["phone"]["text"] == PHONE
    for name in ("name", "info_title"):
        assert LETTERS <= set(fields[name]["keys"]), name             # the pinyin layout
    for name in ("id_number", "phone"):
        keys = set(fields[name]["keys"])
        assert DIGITS <= keys and not keys & LETTERS, (name, keys)    # a digit layout, no letters
    assert set(fields["phone"]["keys"]) <= DIGITS | {"*", "#", " ", "+"}   # the dial pad

    # The field being typed in is whole on screen, above the keyboard, in both orientations.
    for name, seen in fields.items():
        x, y, w, h = seen["field"]
        kx, ky, kw, kh = seen["keyboard"]
        assert seen["focus"] and seen["keyboard_visible"], name
        assert kh > 300 and kw == size[0] and ky + kh == pytest.approx(size[1], abs=1), (name, seen["keyboard"])
        assert y >= 0 and y + h <= ky, f"{name} field at y {y}..{y + h}, keyboard from {ky}"
        assert seen["field_visible"] == [w, h], f"{name} field clipped: {seen['field_visible']} of {[w, h]}"

    # The review showed what was typed (the ID masked); the record holds it; the receipt printed.
    review = result["review"]
    assert review["姓名"] == "王小明" and review["所需信息名称"] == "老旧小区改造"
    assert review["证件号码"] == ID_NUMBER[:4] + "*" * 10 + ID_NUMBER[-4:]
    assert len(result["printed"]) == 1
    intake = KioskIntake.open(tmp_path)
    try:
        [envelope] = at_office(intake)
    finally:
        intake.close()
    form = envelope["form"]
    assert (form["name"], form["id_type"], form["id_number"]) == ("王小明", "id_card", ID_NUMBER)
    assert (form["phone"], form["info_title"], form["method"]) == (PHONE, "老旧小区改造", "pickup")
    assert envelope["tracking_code"] == parse_code(result["tracking_code"])
