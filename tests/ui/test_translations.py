"""The English translation covers every string of the UI, and the shipped .qm matches the .ts."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "kiosk_app" / "i18n" / "kiosk_en.ts"
QM = ROOT / "kiosk_app" / "i18n" / "kiosk_en.qm"
BIN = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text or ""
        for msg in ctx.iter("message"):
            out[(name, msg.find("source").text)] = msg.find("translation")
    return out


def test_every_ui_string_is_in_the_ts_file_and_translated(tmp_path):
    fresh = tmp_path / "kiosk_en.ts"
    shutil.copy(TS, fresh)
    sources = [str(p) for p in (ROOT / "kiosk_app" / "ui").rglob("*.py")]
    sources.append(str(ROOT / "kiosk_app" / "core" / "settings.py"))
    sources.append(str(ROOT / "kiosk_app" / "core" / "intake" / "labels.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-source-language", "zh_CN",
                    "-target-language", "en", "-no-obsolete", "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    committed, current = messages(TS), messages(fresh)
    assert set(current) == set(committed), "run pyside6-lupdate (docs/ui.md, Translations)"
    assert "" not in {ctx for ctx, _ in current}, "a string without a context: use self.tr() or translate()"
    unfinished = [key for key, tr in committed.items() if tr.get("type") == "unfinished" or not tr.text]
    assert unfinished == []


def test_shipped_qm_is_compiled_from_the_ts(tmp_path):
    out = tmp_path / "kiosk_en.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(out)],
                   check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (docs/ui.md, Translations)"
