"""Interface language at run time: Chinese by default, English from a compiled .qm, and a pseudo-locale.

Source strings are Chinese, so zh_CN needs no translation file. English comes
from ``kiosk_app/i18n/kiosk_en.qm`` (compiled from ``kiosk_en.ts`` with
pyside6-lrelease). The pseudo-locale ``pseudo`` stretches every English string
by half again and brackets it, so a clipped button shows at a glance; it is a
development aid, reached only from the command line.
"""

from __future__ import annotations

import datetime as _dt
import logging
import math
from pathlib import Path

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.pdf.context import chinese_date, chinese_datetime
from kiosk_app.ui.qt import QtCore

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en", "pseudo")
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
_ACCENTS = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîõüÀÉÎÕÜçñšýÇÑŠÝ")


def qm_path(language: str) -> Path:
    """The compiled translation of ``language`` (in the source tree or the frozen bundle)."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) / "kiosk_app" / "i18n" if frozen else I18N_DIR
    return base / f"kiosk_{language}.qm"


def stretch(text: str) -> str:
    """The pseudo-locale form of ``text``: accented, padded by half again, bracketed."""
    if not text:
        return text
    pad = max(2, math.ceil(len(text) * 0.5))
    return "[" + text.translate(_ACCENTS) + " " + "~" * pad + "]"


class PseudoTranslator(QtCore.QTranslator):
    """Stretches the English translation (or the source) of every string."""

    def __init__(self, english: QtCore.QTranslator | None, parent=None):
        super().__init__(parent)
        self._english = english

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt API
        text = None
        if self._english is not None:
            text = self._english.translate(context, source_text, disambiguation, n)
        return stretch(text or source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


# The translator the kiosk installed, per process: an application has one set of
# translators, whichever window (or test) installed them.
_installed: dict[str, QtCore.QTranslator | None] = {"translator": None}


class Translations:
    """Installs one translator at a time on the application."""

    def __init__(self, app: QtCore.QCoreApplication):
        self._app = app
        self.language = ""
        self._english: QtCore.QTranslator | None = None

    def _load_english(self) -> QtCore.QTranslator | None:
        if self._english is None:
            tr = QtCore.QTranslator(self._app)
            path = qm_path("en")
            if tr.load(str(path)):
                self._english = tr
            else:
                log.error("English translation missing or unreadable: %s", path)
        return self._english

    def set_language(self, language: str) -> None:
        """Switch the interface language; widgets get a LanguageChange event.

        Raises:
            ValueError: a language the kiosk does not have.
        """
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r} (known: {', '.join(LANGUAGES)})")
        if language == self.language:
            return
        old = _installed["translator"]
        if old is not None:
            self._app.removeTranslator(old)
        new = None
        if language == "en":
            new = self._load_english()
        elif language == "pseudo":
            new = PseudoTranslator(self._load_english(), self._app)
        if new is not None:
            self._app.installTranslator(new)
        _installed["translator"] = new
        self.language = language


ENGLISH_DATES = ("en", "pseudo")      # languages that write dates the English way
_ENGLISH_LOCALE = QtCore.QLocale(QtCore.QLocale.Language.English, QtCore.QLocale.Country.UnitedKingdom)


def screen_date(day: _dt.date, language: str) -> str:
    """``day`` as the interface language writes it: 2026年11月24日, or 24 Nov 2026."""
    if language not in ENGLISH_DATES:
        return chinese_date(day)
    return _ENGLISH_LOCALE.toString(QtCore.QDate(day.year, day.month, day.day), "d MMM yyyy")


def screen_time(moment: _dt.datetime, language: str) -> str:
    """``moment`` in Beijing time as the language writes it: 2026年11月24日 00:38, or 24 Nov 2026, 00:38."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(SHANGHAI)
    if language not in ENGLISH_DATES:
        return chinese_datetime(moment)
    return f"{screen_date(moment.date(), language)}, {moment:%H:%M}"
