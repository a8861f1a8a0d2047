"""What a printout needs besides the records: where, when, and a few names.

The renderers take records as plain dicts (see :mod:`kiosk_app.core.records`)
and this small context, so the reader screen, the CLI and tests can all print
without a store or a clock of their own.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field


_CUT_AFTER = "。；！？"  # a cut prefers to fall after one of these


def _now() -> _dt.datetime:
    return _dt.datetime.now().astimezone()


@dataclass(frozen=True)
class PrintContext:
    """Facts printed on every page that are not part of the document record.

    Attributes:
        hall_name: the hall or venue whose kiosk prints (header of every page).
        library_date: when the offline library was built, shown as "数据更新于 …"
            so a reader knows how fresh the copy is (a date or "YYYY-MM-DD").
        printed_at: time of printing (footer).
        replacement_title: title of the document named by ``replaced_by``, for
            the "superseded by" notice; empty when unknown.
        replacement_date: version or publication date of that document
            ("YYYY-MM-DD"), printed beside its title since versions of one law
            share a title; empty when unknown.
        contact: a consultation line for the guide, e.g. "咨询电话：0531-12345（工作日 9:00—17:00）".
    """

    hall_name: str
    library_date: _dt.date | str
    printed_at: _dt.datetime = field(default_factory=_now)
    replacement_title: str = ""
    replacement_date: str = ""
    contact: str = ""

    @classmethod
    def for_library(cls, meta: dict, hall_name: str, **kwargs) -> "PrintContext":
        """A context for a library whose ``meta()`` is given (keys id, title, version, built_at).

        Raises:
            ValueError: ``built_at`` is missing or not an ISO 8601 timestamp.
        """
        built_at = meta.get("built_at")
        if not built_at:
            raise ValueError("library metadata has no built_at timestamp")
        stamp = _dt.datetime.fromisoformat(str(built_at).replace("Z", "+00:00"))
        return cls(hall_name=hall_name, library_date=stamp.date(), **kwargs)

    @property
    def library_date_text(self) -> str:
        value = self.library_date
        return value.isoformat() if isinstance(value, _dt.date) else str(value)

    @property
    def printed_at_text(self) -> str:
        return self.printed_at.strftime("%Y-%m-%d %H:%M")


def chinese_date(value: _dt.date | str | None) -> str:
    """``2025-06-20`` → ``2025年6月20日``; empty for None."""
    if not value:
        return ""
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value)
    return f"{value.year}年{value.month}月{value.day}日"


def chinese_datetime(value: _dt.datetime) -> str:
    """``2026-11-22 14:05`` → ``2026年11月22日 14:05``."""
    return f"{chinese_date(value.date())} {value:%H:%M}"


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters plus "……", after a full stop if one is near."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = max(cut.rfind(c) for c in _CUT_AFTER)
    if stop >= limit * 0.6:
        cut = cut[:stop + 1]
    return cut.rstrip("，、；：,;: ") + "……"
