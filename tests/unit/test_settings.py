"""Settings as typed data: defaults, validation with clear messages, one file, the admin PIN."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_app.core import settings as s
from kiosk_app.core.settings import SETTINGS, Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_are_valid_and_readable():
    cfg = Settings()
    assert cfg.idle_timeout == 120
    assert cfg.language == "zh_CN"
    for spec in SETTINGS:
        assert spec.check(spec.default) == spec.default
        assert spec.label and spec.help


def test_missing_file_gives_defaults(tmp_path):
    assert s.load(tmp_path / "settings.json") == Settings()


def test_round_trip_writes_only_changes(tmp_path):
    path = tmp_path / "settings.json"
    cfg = Settings().changed(idle_timeout=300, hall_name="文东街道便民服务中心")
    s.save(cfg, path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"hall_name": "文东街道便民服务中心",
                                                            "idle_timeout": 300}
    assert s.load(path) == cfg
    assert not list(tmp_path.glob("*.part")), "no temporary file left behind"


@pytest.mark.parametrize("data, message", [
    ({"idle_timeout": 5}, "idle_timeout' must be from 30 to 1800"),
    ({"idle_timeout": "120"}, "idle_timeout' must be a whole number"),
    ({"idle_timeout": True}, "idle_timeout' must be a whole number"),
    ({"language": "fr"}, "language' must be one of zh_CN, en"),
    ({"hall_name": "x" * 41}, "hall_name' is longer than 40"),
    ({"colour": "blue"}, "unknown setting 'colour'"),
])
def test_bad_values_name_the_setting_and_the_file(tmp_path, data, message):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError) as err:
        s.load(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_broken_json_says_where(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"idle_timeout": 120,\n oops}', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"settings.json:2: not valid JSON"):
        s.load(path)


def test_settings_are_immutable():
    with pytest.raises(AttributeError):
        Settings().idle_timeout = 5


def test_pin_hash_and_check():
    cfg = Settings()
    assert cfg.uses_default_pin and cfg.check_pin(s.DEFAULT_PIN) and not cfg.check_pin("000000")
    stored = s.hash_pin("13579")
    assert stored.startswith("pbkdf2-sha256$") and "13579" not in stored
    cfg = cfg.changed(admin_pin_hash=stored)
    assert cfg.check_pin("13579") and not cfg.check_pin(s.DEFAULT_PIN) and not cfg.uses_default_pin
    assert not s.verify_pin("13579", "garbage")
    with pytest.raises(SettingsError):
        s.hash_pin("12a4")


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "ui.md").read_text(encoding="utf-8")
    missing = [spec.name for spec in SETTINGS if f"`{spec.name}`" not in doc]
    assert missing == []


def test_core_modules_import_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "import kiosk_app.core.settings, kiosk_app.core.usage\n"
            "import kiosk_app.ui.search_service\n"
            "print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
