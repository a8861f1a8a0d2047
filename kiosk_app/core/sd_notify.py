"""systemd's notify protocol in plain Python: READY=1 at start, WATCHDOG=1 while alive.

The kiosk's service unit (``packaging/linux/kiosk.service``) runs the app
with ``Type=notify`` and ``WatchdogSec=``: systemd waits for ``READY=1``
before it counts the kiosk as started, and restarts it when ``WATCHDOG=1``
stops arriving — a hang of the UI thread, not only a crash. The protocol is
one datagram per message to the AF_UNIX socket named by ``NOTIFY_SOCKET``
(``@name`` is an abstract socket), so no library is needed.

Qt-free and without side effects outside systemd: when ``NOTIFY_SOCKET`` is
unset (development, Windows, an X session without systemd) every call does
nothing and returns False.

The UI (kiosk_app/ui/app.py) calls :func:`notify_ready` after the first frame
and :meth:`Watchdog.ping` from a timer on the UI thread (a hung event loop
then stops the pings, which is the point).
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)


def _address(raw: str) -> str | bytes | None:
    if not raw:
        return None
    if raw.startswith("@"):
        return b"\0" + raw[1:].encode()          # Linux abstract namespace
    if raw.startswith("/"):
        return raw
    return None                                  # vsock and other forms are not for a kiosk


def notify(message: str, environ=os.environ) -> bool:
    """Send one notify message (e.g. ``"READY=1"``); True if it was sent.

    Errors are logged, never raised: a kiosk must not fall over because its
    supervisor's socket went away (systemd then restarts it anyway).
    """
    address = _address(environ.get("NOTIFY_SOCKET", ""))
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
    except OSError as exc:
        log.warning("cannot notify systemd (%s): %s", environ.get("NOTIFY_SOCKET"), exc)
        return False
    return True


def notify_ready(status: str = "", environ=os.environ) -> bool:
    """Tell systemd the kiosk is up (first frame shown)."""
    return notify("READY=1" + (f"\nSTATUS={status}" if status else ""), environ)


def watchdog_interval(environ=os.environ) -> float | None:
    """Seconds between pings (half of ``WatchdogSec``), or None when systemd watches nothing.

    ``WATCHDOG_PID`` is not compared with this process, unlike libsystemd's
    ``sd_watchdog_enabled``: the shipped unit (``NotifyAccess=main``) runs the
    kiosk itself as the main process, so systemd already ignores pings from
    anyone else, and a wrapper launching the kiosk as a child can still be
    watched by granting ``NotifyAccess=all``.
    """
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return usec / 2_000_000 if usec > 0 else None


class Watchdog:
    """Pings systemd's watchdog; call :meth:`ping` every :attr:`interval` seconds.

    Args:
        environ: the environment to read the socket and timeout from.
    """

    def __init__(self, environ=os.environ):
        self._environ = environ
        self.interval = watchdog_interval(environ)

    @property
    def enabled(self) -> bool:
        return self.interval is not None and _address(self._environ.get("NOTIFY_SOCKET", "")) is not None

    def ping(self) -> bool:
        """One ``WATCHDOG=1``; True if sent."""
        return self.enabled and notify("WATCHDOG=1", self._environ)
