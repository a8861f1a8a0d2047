"""Kiosk settings as typed data: one declaration per setting, one JSON file on disk.

Each :class:`Setting` carries its type, default, bounds, label and help, so the
admin screen builds its form from this table, the documentation lists it, and
a wrong value in the file is refused at start with a message naming the
setting. Labels are Chinese source strings wrapped in ``QT_TRANSLATE_NOOP`` so
Qt Linguist extracts them without this module importing Qt.

The file is ``settings.json`` in the kiosk's data directory; only values that
differ from the defaults need to be there. Writes go through a temporary file
and a rename, so a power cut never leaves half a file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

SETTINGS_FILE = "settings.json"
TRANSLATION_CONTEXT = "Settings"
# The PIN a new kiosk starts with; the admin screen warns until it is changed.
DEFAULT_PIN = "246810"
_PIN_ITERATIONS = 120_000


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation under ``context`` without importing Qt."""
    return text


class SettingsError(ValueError):
    """A settings file or value that cannot be used; the message names the setting."""


@dataclass(frozen=True)
class Setting:
    """One setting.

    Attributes:
        name: key in the settings file.
        kind: "str", "int", "bool" or "choice".
        default: value when the file does not set it.
        label: short Chinese label (translated at display time).
        help: one sentence on what it changes, for the admin screen and docs.
        minimum, maximum: bounds of an "int".
        choices: allowed values of a "choice".
        choice_labels: display label of each choice, same order.
        max_len: longest allowed "str".
        unit: unit shown after an "int" (秒, 页, 次 …).
        editable: shown on the admin screen's form (the PIN hash is not).
    """

    name: str
    kind: str
    default: Any
    label: str
    help: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    choice_labels: tuple[str, ...] = ()
    max_len: int = 200
    unit: str = ""
    editable: bool = True
    step: int = 1

    def check(self, value: Any) -> Any:
        """The value, validated for this setting.

        Raises:
            SettingsError: wrong type, out of bounds, or not one of the choices.
        """
        if self.kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise SettingsError(f"setting '{self.name}' must be a whole number, got {value!r}")
            if self.minimum is not None and value < self.minimum or \
                    self.maximum is not None and value > self.maximum:
                raise SettingsError(f"setting '{self.name}' must be from {self.minimum} to "
                                    f"{self.maximum}, got {value}")
            return value
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise SettingsError(f"setting '{self.name}' must be true or false, got {value!r}")
            return value
        if not isinstance(value, str):
            raise SettingsError(f"setting '{self.name}' must be text, got {value!r}")
        if self.kind == "choice":
            if value not in self.choices:
                raise SettingsError(f"setting '{self.name}' must be one of {', '.join(self.choices)}, "
                                    f"got {value!r}")
            return value
        value = value.strip()
        if len(value) > self.max_len:
            raise SettingsError(f"setting '{self.name}' is longer than {self.max_len} characters")
        return value


SETTINGS: tuple[Setting, ...] = (
    Setting("hall_name", "str", "历下区政务服务中心 · 政务公开专区",
            QT_TRANSLATE_NOOP("Settings", "大厅名称"),
            QT_TRANSLATE_NOOP("Settings", "显示在首页和每张打印件页眉上的场所名称。"), max_len=40),
    Setting("region", "str", "济南",
            QT_TRANSLATE_NOOP("Settings", "所在地区"),
            QT_TRANSLATE_NOOP("Settings", "本地文件在查询结果中排在前面，例如“济南”或“山东/济南”。"), max_len=40),
    Setting("idle_timeout", "int", 120,
            QT_TRANSLATE_NOOP("Settings", "无操作返回首页"),
            QT_TRANSLATE_NOOP("Settings", "无人操作这么久后清空本次使用的全部内容并回到首页。"),
            minimum=30, maximum=1800, unit=QT_TRANSLATE_NOOP("Settings", "秒"), step=30),
    Setting("idle_countdown", "int", 15,
            QT_TRANSLATE_NOOP("Settings", "返回前倒计时"),
            QT_TRANSLATE_NOOP("Settings", "返回首页之前显示倒计时的秒数，期间触摸屏幕即可继续使用。"),
            minimum=5, maximum=60, unit=QT_TRANSLATE_NOOP("Settings", "秒"), step=5),
    Setting("attract_after", "int", 45,
            QT_TRANSLATE_NOOP("Settings", "首页待机轮播"),
            QT_TRANSLATE_NOOP("Settings", "首页无人操作这么久后开始轮播最新政策。"),
            minimum=10, maximum=600, unit=QT_TRANSLATE_NOOP("Settings", "秒"), step=5),
    Setting("language", "choice", "zh_CN",
            QT_TRANSLATE_NOOP("Settings", "默认语言"),
            QT_TRANSLATE_NOOP("Settings", "每次回到首页时使用的界面语言。"),
            choices=("zh_CN", "en"), choice_labels=("中文", "English")),
    Setting("print_max_pages", "int", 30,
            QT_TRANSLATE_NOOP("Settings", "单次打印页数上限"),
            QT_TRANSLATE_NOOP("Settings", "超过这个页数的文件不在本机打印，请访客扫码查看原文。"),
            minimum=1, maximum=300, unit=QT_TRANSLATE_NOOP("Settings", "页"), step=5),
    Setting("print_max_jobs", "int", 5,
            QT_TRANSLATE_NOOP("Settings", "每位访客打印次数"),
            QT_TRANSLATE_NOOP("Settings", "一次使用（回到首页前）最多打印的份数；0 表示关闭打印。"),
            minimum=0, maximum=50, unit=QT_TRANSLATE_NOOP("Settings", "次")),
    Setting("print_visit_max_pages", "int", 60,
            QT_TRANSLATE_NOOP("Settings", "每位访客打印页数"),
            QT_TRANSLATE_NOOP("Settings", "一次使用（回到首页前）最多打印的总页数；0 表示不限。"),
            minimum=0, maximum=1000, unit=QT_TRANSLATE_NOOP("Settings", "页"), step=10),
    Setting("print_day_max_pages", "int", 500,
            QT_TRANSLATE_NOOP("Settings", "每日打印页数"),
            QT_TRANSLATE_NOOP("Settings", "本机每天最多打印的总页数（纸张和耗材预算）；0 表示不限。"),
            minimum=0, maximum=20000, unit=QT_TRANSLATE_NOOP("Settings", "页"), step=50),
    Setting("printer_name", "str", "",
            QT_TRANSLATE_NOOP("Settings", "打印机名称"),
            QT_TRANSLATE_NOOP("Settings", "系统打印队列的名称；留空使用默认打印机。"), max_len=100),
    Setting("receipt_paper", "choice", "roll80",
            QT_TRANSLATE_NOOP("Settings", "回执纸张"),
            QT_TRANSLATE_NOOP("Settings", "申请回执打印在 80 毫米热敏卷纸上，还是 A4 纸上（与打印机一致）。"),
            choices=("roll80", "a4"),
            choice_labels=(QT_TRANSLATE_NOOP("Settings", "80 毫米卷纸"), QT_TRANSLATE_NOOP("Settings", "A4 纸"))),
    Setting("speech_voice", "str", "Mandarin",
            QT_TRANSLATE_NOOP("Settings", "朗读语音"),
            QT_TRANSLATE_NOOP("Settings", "朗读使用名称中含有这段文字的语音；找不到时不显示朗读按钮。"),
            max_len=60),
    Setting("admin_lockout_attempts", "int", 5,
            QT_TRANSLATE_NOOP("Settings", "PIN 错误次数上限"),
            QT_TRANSLATE_NOOP("Settings", "连续输错这么多次后暂时锁定管理入口。"),
            minimum=3, maximum=10, unit=QT_TRANSLATE_NOOP("Settings", "次")),
    Setting("admin_lockout_minutes", "int", 5,
            QT_TRANSLATE_NOOP("Settings", "锁定时长"),
            QT_TRANSLATE_NOOP("Settings", "管理入口被锁定的分钟数。"),
            minimum=1, maximum=120, unit=QT_TRANSLATE_NOOP("Settings", "分钟")),
    Setting("admin_pin_hash", "str", "",
            QT_TRANSLATE_NOOP("Settings", "管理 PIN"),
            QT_TRANSLATE_NOOP("Settings", "管理入口 PIN 的加盐散列；为空时使用出厂 PIN，管理界面会提示修改。"),
            max_len=300, editable=False),
)

BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    """A validated set of values for every setting, read through attributes.

    ``settings.idle_timeout`` returns the value; :meth:`changed` returns a new,
    validated instance, leaving this one as it was.
    """

    def __init__(self, values: dict[str, Any] | None = None):
        clean = {s.name: s.default for s in SETTINGS}
        for name, value in (values or {}).items():
            spec = BY_NAME.get(name)
            if spec is None:
                raise SettingsError(f"unknown setting '{name}' (known: {', '.join(BY_NAME)})")
            clean[name] = spec.check(value)
        object.__setattr__(self, "_values", clean)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Settings are immutable; use changed()")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and other._values == self._values

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)

    def non_default(self) -> dict[str, Any]:
        """Only the values that differ from the defaults (what the file needs to hold)."""
        return {k: v for k, v in self._values.items() if v != BY_NAME[k].default}

    def changed(self, **values: Any) -> "Settings":
        """A copy with ``values`` replaced.

        Raises:
            SettingsError: an unknown name or an invalid value.
        """
        return Settings({**self._values, **values})

    # -- the admin PIN ------------------------------------------------------------

    def check_pin(self, pin: str) -> bool:
        """Whether ``pin`` is the admin PIN (constant-time comparison)."""
        stored = self.admin_pin_hash or ""
        if not stored:
            return hmac.compare_digest(pin.encode(), DEFAULT_PIN.encode())
        return verify_pin(pin, stored)

    @property
    def uses_default_pin(self) -> bool:
        return not self.admin_pin_hash


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = _PIN_ITERATIONS) -> str:
    """A salted PBKDF2-SHA256 hash of ``pin`` in the form ``pbkdf2-sha256$iter$salt$hash``.

    Raises:
        SettingsError: the PIN is not 4 to 12 digits.
    """
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        raise SettingsError("the admin PIN must be 4 to 12 digits")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"pbkdf2-sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches a hash made by :func:`hash_pin` (False for a malformed hash)."""
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2-sha256":
            return False
        got = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def load(path: str | os.PathLike) -> Settings:
    """Settings from a JSON file; defaults when the file does not exist.

    Raises:
        SettingsError: the file is not a JSON object, or a value is invalid
            (the message names the file and the setting).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read settings ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: settings must be a JSON object")
    try:
        return Settings(data)
    except SettingsError as exc:
        raise SettingsError(f"{path}: {exc}") from None


def save(settings: Settings, path: str | os.PathLike) -> None:
    """Write the non-default values to ``path`` atomically (temporary file, then rename).

    Raises:
        OSError: the directory is not writable or the disk is full.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(settings.non_default(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def editable_settings() -> Iterable[Setting]:
    return (s for s in SETTINGS if s.editable)
