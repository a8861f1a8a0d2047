"""The running kiosk tells systemd it is up and keeps pinging its watchdog from the UI thread."""

import os
import socket
import tempfile
from pathlib import Path

import pytest

from kiosk_app.ui import app as app_mod
from kiosk_app.ui.qt import QtWidgets


@pytest.fixture
def notify_socket(monkeypatch):
    folder = tempfile.mkdtemp(prefix="sdn-", dir="/tmp")
    path = Path(folder) / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "200000")      # 0.2 s: pings every 0.1 s
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    yield sock
    sock.close()
    path.unlink()
    os.rmdir(folder)


def test_ready_then_watchdog_pings_from_the_event_loop(qtbot, notify_socket):
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    app_mod._start_watchdog(widget)
    assert notify_socket.recv(256).startswith(b"READY=1")
    assert notify_socket.recv(256) == b"WATCHDOG=1"       # the first ping at once
    received = []
    notify_socket.setblocking(False)      # never block the event loop that sends the pings

    def pinged():
        try:
            received.append(notify_socket.recv(256))
        except BlockingIOError:
            pass
        return len(received) >= 2

    qtbot.waitUntil(pinged, timeout=3000)                  # the timer keeps pinging
    assert set(received) == {b"WATCHDOG=1"}


def test_no_socket_no_timer(qtbot, monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    app_mod._start_watchdog(widget)
    assert not hasattr(widget, "_watchdog_timer")
