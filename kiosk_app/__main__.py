"""Entry point: ``python -m kiosk_app`` runs the kiosk.

Options:
    --windowed            a normal window (development) instead of fullscreen
    --library DIR         open this library instead of the bundled sample
    --data DIR            the kiosk's writable data (settings, usage); default per user
    --lang zh_CN|en|pseudo, --elder
    --screenshot PATH     render one screen to a PNG and exit, with
      --page NAME         home, search, reader, catalogue, guides, consultations,
                          policy-match, admin, … (see kiosk_app.ui.screenshot.SCENES)
      --size WxH          window size, default 1920x1080
      --keyboard          show the on-screen keyboard and grab the whole screen
    --smoke-test          check this build end to end offscreen (kiosk_app.ui.smoke) and exit
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("kiosk_app")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, got {text!r}") from None
    if not (320 <= w <= 8000 and 320 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return w, h


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m kiosk_app", description="政务公开自助终端 (disclosure kiosk)")
    parser.add_argument("--windowed", action="store_true", help="run in a window (development)")
    parser.add_argument("--library", type=Path, help="library directory to open (default: the bundled sample)")
    parser.add_argument("--data", type=Path, help="writable data directory (settings, usage)")
    parser.add_argument("--lang", choices=("zh_CN", "en", "pseudo"), help="interface language")
    parser.add_argument("--elder", action="store_true", help="start in elder mode (larger type, high contrast)")
    parser.add_argument("--screenshot", type=Path, metavar="PATH", help="render a screen to PATH (PNG) and exit")
    parser.add_argument("--page", default="home", help="screen for --screenshot")
    parser.add_argument("--size", type=_size, default=None, metavar="WxH", help="window size")
    parser.add_argument("--keyboard", action="store_true",
                        help="with --screenshot: open the on-screen keyboard and grab the whole screen")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check this build end to end offscreen, print one line per step, and exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.smoke_test:
        from kiosk_app.ui.smoke import run_smoke_test

        return run_smoke_test(args.data)
    if args.screenshot is None or args.keyboard:
        # The on-screen keyboard with pinyin; Chinese layout needs a zh_CN locale.
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    if args.screenshot is not None and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from kiosk_app import paths
    from kiosk_app.core.settings import SettingsError
    from kiosk_app.core.store import StoreError

    data_dir = args.data or paths.data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        library = args.library or _sample_library(data_dir)
        if args.screenshot is not None:
            from kiosk_app.ui.screenshot import render

            code = render(library, data_dir, args.screenshot, page=args.page,
                          size=args.size or (1920, 1080), language=args.lang, elder=args.elder,
                          keyboard=args.keyboard)
        else:
            from kiosk_app.ui.app import run

            code = run(library, data_dir, windowed=args.windowed, language=args.lang, elder=args.elder,
                       size=args.size)
    except (StoreError, SettingsError, FileNotFoundError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    _leave(code)
    return code


def _leave(code: int) -> None:
    """End the process now that files are closed.

    Qt Virtual Keyboard 6.12 aborts in its own destructor when the application
    object is torn down (its panel creates a QCursor after the GUI is gone), so
    a kiosk or screenshot run that showed the keyboard would end with SIGABRT.
    Everything worth keeping is already written; skip the global teardown.
    """
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _sample_library(data_dir: Path) -> Path:
    """The library sync installed (when the kiosk is provisioned), else the bundled sample."""
    from kiosk_app.core.sample import ensure_sample_library
    from sync.state import current_library

    synced = current_library(data_dir)
    if synced is not None:
        log.info("opening the synced library %s", synced)
        return synced
    return ensure_sample_library(data_dir)


if __name__ == "__main__":
    sys.exit(main())
