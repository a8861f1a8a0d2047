"""The notify protocol against a real AF_UNIX datagram socket, the way systemd listens."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

from kiosk_app.core import sd_notify as sd


@pytest.fixture
def listener():
    """A datagram socket like systemd's notify socket (short path: AF_UNIX allows ~107 bytes)."""
    folder = tempfile.mkdtemp(prefix="sdn-", dir="/tmp")
    path = Path(folder) / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(2)
    yield sock, str(path)
    sock.close()
    path.unlink()
    os.rmdir(folder)


def test_ready_and_watchdog_reach_the_socket(listener):
    sock, path = listener
    env = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "30000000"}
    assert sd.notify_ready("home page shown", env)
    assert sock.recv(256) == "READY=1\nSTATUS=home page shown".encode()
    dog = sd.Watchdog(env)
    assert dog.enabled and dog.interval == 15.0
    assert dog.ping()
    assert sock.recv(256) == b"WATCHDOG=1"


def test_abstract_socket_names_work():
    name = f"kiosk-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(b"\0" + name.encode())
        sock.settimeout(2)
        assert sd.notify("WATCHDOG=1", {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(64) == b"WATCHDOG=1"


def test_without_systemd_nothing_happens():
    assert sd.notify_ready(environ={}) is False
    dog = sd.Watchdog({})
    assert not dog.enabled and dog.interval is None and dog.ping() is False
    assert sd.Watchdog({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "junk"}).interval is None
    assert sd.Watchdog({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "0"}).interval is None


def test_a_vanished_socket_is_logged_not_raised(tmp_path, caplog):
    gone = tempfile.mkdtemp(prefix="sdn-", dir="/tmp") + "/gone"
    assert sd.notify("WATCHDOG=1", {"NOTIFY_SOCKET": gone}) is False
    assert "cannot notify systemd" in caplog.text
    os.rmdir(os.path.dirname(gone))
