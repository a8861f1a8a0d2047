"""A static file server on loopback with HTTP Range and injectable faults, for sync tests.

Faults are consumed in order by the requests whose path contains ``match``:
``500`` (an error status), ``truncate`` (announces the full length, sends
part, closes), ``reset`` (sends part, then a TCP RST), ``stall`` (sends part,
then goes silent longer than the client's timeout), ``tamper`` (one byte
flipped). Every request is logged with its Range header and status.
"""

from __future__ import annotations

import socket
import struct
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Fault:
    match: str
    kind: str
    times: int = 1
    after: int = 100        # bytes sent before truncate/reset/stall
    status: int = 500


class RepoServer:
    def __init__(self, root: Path, *, ranges: bool = True, stall_seconds: float = 3.0):
        self.root = Path(root)
        self.ranges = ranges
        self.stall_seconds = stall_seconds
        self.faults: list[Fault] = []
        self.overrides: dict[str, bytes] = {}
        self.log: list[tuple[str, str | None, int]] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "RepoServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def add(self, match: str, kind: str, **kw) -> Fault:
        fault = Fault(match, kind, **kw)
        with self._lock:
            self.faults.append(fault)
        return fault

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.match in path and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    def requests_for(self, match: str) -> list[tuple[str, str | None, int]]:
        return [r for r in self.log if match in r[0]]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                rng = self.headers.get("Range")
                if path.lstrip("/") in server.overrides:
                    data = server.overrides[path.lstrip("/")]
                else:
                    file = (server.root / path.lstrip("/")).resolve()
                    if not file.is_file() or server.root.resolve() not in file.parents:
                        server.log.append((path, rng, 404))
                        self.send_response(404)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    data = file.read_bytes()
                fault = server._take_fault(path)
                if fault and fault.kind == "500":
                    server.log.append((path, rng, fault.status))
                    body = b"server error"
                    self.send_response(fault.status)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                if fault and fault.kind == "tamper":
                    data = bytearray(data)
                    data[len(data) // 2] ^= 0xFF
                    data = bytes(data)
                start = 0
                status = 200
                if rng and server.ranges and rng.startswith("bytes="):
                    start = int(rng[6:].split("-", 1)[0] or 0)
                    if start >= len(data):
                        server.log.append((path, rng, 416))
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(data)}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    status = 206
                body = data[start:]
                server.log.append((path, rng, status))
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                if status == 206:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.send_header("Accept-Ranges", "bytes" if server.ranges else "none")
                self.end_headers()
                if fault and fault.kind in ("truncate", "reset", "stall"):
                    self.wfile.write(body[:fault.after])
                    self.wfile.flush()
                    if fault.kind == "stall":
                        server._stop.wait(server.stall_seconds)
                    elif fault.kind == "reset":
                        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                                   struct.pack("ii", 1, 0))
                        self.close_connection = True
                        self.connection.close()      # linger 0: the peer gets a TCP RST
                        return
                    self.close_connection = True
                    try:
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    return
                self.wfile.write(body)

        return Handler
