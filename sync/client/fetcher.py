"""HTTP for ngclient over flaky links: retries with backoff, resume with Range, size limits.

ngclient does every verification (signatures, versions, expiry, lengths and
hashes); this fetcher only moves bytes. It replaces ngclient's default
``Urllib3Fetcher`` through the public ``FetcherInterface``:

* transient failures (connection refused or reset, timeouts, HTTP 5xx/429, a
  body shorter than announced) are retried with doubling pauses;
* target files are kept in a partial file per URL while they download, and a
  retry - in this run or the next - asks only for the missing bytes
  (``Range: bytes=N-``). A server that ignores Range (HTTP 200) restarts the
  file from zero. With consistent snapshots a target URL names its hash, so a
  partial file can never be resumed into a different file;
* no file grows beyond the length the signed metadata allows;
* a partial file that fails verification is deleted, so a tampered or
  damaged download is fetched afresh next time.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import tempfile
import time
from pathlib import Path
from typing import IO, Callable, Iterator

import urllib3
from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

from sync.faults import checkpoint

log = logging.getLogger(__name__)

_TRANSIENT = (urllib3.exceptions.HTTPError, OSError)


class _Retry(Exception):
    """One attempt failed in a way worth retrying."""

    def __init__(self, reason: str, final: Exception):
        super().__init__(reason)
        self.reason = reason
        self.final = final


class ResumingFetcher(FetcherInterface):
    """A ``FetcherInterface`` with retries, resumable targets and byte accounting.

    Args:
        spool_dir: where partial and temporary downloads live (the kiosk's data disk,
            never /tmp, so free-space checks count them).
        resumable_prefix: URLs under this prefix (the targets base URL) are resumable.
        timeout: seconds for connecting and between two received bytes.
        attempts: tries per file.
        backoff: first pause in seconds, doubling up to 30 s.
        chunk_size: bytes per read.
        on_bytes: called with the number of new bytes received (progress).
        sleep: injected for tests.
        user_agent: sent as User-Agent.
    """

    def __init__(self, spool_dir: Path, *, resumable_prefix: str = "", timeout: float = 20.0,
                 attempts: int = 5, backoff: float = 0.5, chunk_size: int = 65536,
                 on_bytes: Callable[[int], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep, user_agent: str = "disclosure-kiosk-sync"):
        self.spool_dir = Path(spool_dir)
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        self.resumable_prefix = resumable_prefix
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.chunk_size = chunk_size
        self.on_bytes = on_bytes
        self.sleep = sleep
        self.timeout = urllib3.Timeout(connect=timeout, read=timeout)
        # urllib3 retries nothing itself (this class does, resuming), but follows a CDN's redirects.
        self._retries = urllib3.Retry(total=None, connect=0, read=0, status=0, other=0, redirect=5,
                                      raise_on_status=False)
        self._pool = urllib3.PoolManager(retries=self._retries, headers={"User-Agent": user_agent})
        self.resumed_bytes = 0
        self.retries = 0

    # ngclient's interface ---------------------------------------------------------

    def _fetch(self, url: str) -> Iterator[bytes]:
        """Whole-body fetch (unused by ngclient's own paths, kept for the interface)."""
        with self.download_file(url, 2**40) as fh:
            return iter([fh.read()])

    @contextlib.contextmanager
    def download_file(self, url: str, max_length: int) -> Iterator[IO]:
        """Download ``url`` (at most ``max_length`` bytes) and yield the open file.

        Raises:
            tuf.api.exceptions.DownloadHTTPError: a 4xx status, or 5xx on every try.
            tuf.api.exceptions.SlowRetrievalError: the server stalled on every try.
            tuf.api.exceptions.DownloadLengthMismatchError: more bytes than allowed.
            tuf.api.exceptions.DownloadError: the connection failed on every try.
        """
        resumable = bool(self.resumable_prefix) and url.startswith(self.resumable_prefix)
        if not resumable:
            with tempfile.TemporaryFile(dir=self.spool_dir) as tmp:
                self._download(url, tmp, max_length, exact=False)
                tmp.seek(0)
                yield tmp
            return
        part = self.partial_path(url)
        with open(part, "a+b") as fh:
            try:
                self._download(url, fh, max_length, exact=True)
            except exceptions.DownloadLengthMismatchError:
                part.unlink(missing_ok=True)
                raise
            fh.seek(0)
            try:
                yield fh
            except exceptions.RepositoryError:
                # Failed verification: never resume from these bytes again.
                part.unlink(missing_ok=True)
                raise
        part.unlink(missing_ok=True)

    def partial_path(self, url: str) -> Path:
        name = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        return self.spool_dir / f"{name}.part"

    # the work ----------------------------------------------------------------------

    def _download(self, url: str, fh: IO, max_length: int, *, exact: bool) -> None:
        attempt = 0
        while True:
            try:
                self._attempt(url, fh, max_length, exact=exact)
                return
            except _Retry as retry:
                attempt += 1
                if attempt >= self.attempts:
                    log.warning("giving up on %s after %d tries: %s", url, attempt, retry.reason)
                    raise retry.final from None
                self.retries += 1
                pause = min(self.backoff * 2 ** (attempt - 1), 30.0)
                fh.seek(0, 2)
                log.warning("download of %s interrupted (%s); retry %d/%d in %.1f s from byte %d",
                            url, retry.reason, attempt, self.attempts - 1, pause, fh.tell() if exact else 0)
                self.sleep(pause)

    def _attempt(self, url: str, fh: IO, max_length: int, *, exact: bool) -> None:
        fh.seek(0, 2)
        have = fh.tell() if exact else 0
        if not exact:
            fh.seek(0)
            fh.truncate()
        if exact and have >= max_length:
            if have > max_length:
                fh.truncate(0)
                have = 0
            else:
                return       # complete from an earlier run; ngclient verifies the hash
        headers = {"Range": f"bytes={have}-"} if have else {}
        try:
            response = self._pool.request("GET", url, headers=headers, preload_content=False,
                                          timeout=self.timeout, retries=self._retries)
        except urllib3.exceptions.TimeoutError as exc:
            raise _Retry(f"timed out connecting: {exc}", exceptions.SlowRetrievalError(
                f"{url}: no answer within {self.timeout.connect_timeout} s")) from None
        except _TRANSIENT as exc:
            raise _Retry(f"cannot connect: {_short(exc)}", exceptions.DownloadError(
                f"{url}: cannot connect ({_short(exc)})")) from None
        try:
            self._read(url, response, fh, have, max_length, exact=exact)
        except BaseException:
            response.close()        # unread or broken body: never reuse this connection
            raise
        response.release_conn()

    def _read(self, url, response, fh: IO, have: int, max_length: int, *, exact: bool) -> None:
        status = response.status
        if status == 416 and have:
            fh.seek(0)
            fh.truncate()
            raise _Retry("server refused the resume range; restarting", exceptions.DownloadError(url))
        if status >= 500 or status == 429:
            raise _Retry(f"HTTP {status}", exceptions.DownloadHTTPError(f"{url}: HTTP {status}", status))
        if status >= 400:
            raise exceptions.DownloadHTTPError(f"{url}: HTTP {status}", status)
        if status == 206:
            start = _range_start(response.headers.get("Content-Range", ""))
            if start != have:
                fh.seek(0)
                fh.truncate()
                raise _Retry(f"server resumed at byte {start}, not {have}", exceptions.DownloadError(url))
            self.resumed_bytes += have
        elif have:
            fh.seek(0)
            fh.truncate()
            have = 0
        try:
            while True:
                # read1: whatever has arrived (up to a chunk), so a cut keeps every byte received
                chunk = response.read1(self.chunk_size)
                if not chunk:
                    break
                have += len(chunk)
                if have > max_length:
                    raise exceptions.DownloadLengthMismatchError(
                        f"{url}: more than the {max_length} bytes the signed metadata allows")
                fh.write(chunk)
                if self.on_bytes is not None:
                    self.on_bytes(len(chunk))
                checkpoint("download.chunk")
        except urllib3.exceptions.TimeoutError:
            fh.flush()
            raise _Retry(f"stalled for {self.timeout.read_timeout} s at byte {have}",
                         exceptions.SlowRetrievalError(f"{url}: stalled at byte {have}")) from None
        except _TRANSIENT as exc:
            fh.flush()
            raise _Retry(f"connection lost at byte {have}: {_short(exc)}",
                         exceptions.DownloadError(f"{url}: connection lost at byte {have}")) from None
        fh.flush()
        if exact and have < max_length:
            raise _Retry(f"body ended at byte {have} of {max_length}",
                         exceptions.DownloadError(f"{url}: truncated at byte {have} of {max_length}"))


def _range_start(content_range: str) -> int | None:
    """The first byte of ``Content-Range: bytes START-END/TOTAL``."""
    try:
        unit, _, spec = content_range.partition(" ")
        return int(spec.split("-", 1)[0]) if unit == "bytes" else None
    except ValueError:
        return None


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 160 else text[:157] + "..."


class LocalFetcher(FetcherInterface):
    """Serves ngclient from an unpacked offline bundle: URLs map to files under a directory.

    Verification is exactly ngclient's; only the transport differs.
    """

    def __init__(self, base_url: str, root: Path):
        self.base_url = base_url
        self.root = Path(root)

    def _fetch(self, url: str) -> Iterator[bytes]:
        if not url.startswith(self.base_url):
            raise exceptions.DownloadHTTPError(f"{url}: outside the bundle", 404)
        path = self.root / url[len(self.base_url):]
        try:
            resolved = path.resolve()
            resolved.relative_to(self.root.resolve())
            with open(resolved, "rb") as fh:
                data = fh.read()
        except (FileNotFoundError, ValueError):
            raise exceptions.DownloadHTTPError(f"{url}: not in the bundle", 404) from None
        return iter([data])
