#!/usr/bin/env python3
"""Render every kiosk screen under Xvfb into docs/screenshots/.

Each screen is shot at 1920×1080 (landscape) and 1080×1920 (portrait), in
Chinese, in English and in Chinese elder mode, by running the real kiosk
(``python -m kiosk_app --screenshot``) on the bundled sample library with a
fresh X server of exactly that size. The search screen is also shot with the
on-screen pinyin keyboard open (Qt Virtual Keyboard, zh_CN), which is a
window of its own, so that shot grabs the whole screen.

Usage: scripts/screenshots.py [--out docs/screenshots] [--only PAGE ...] [--jobs N]
Needs: Xvfb (Debian package xvfb) and the fonts in resources/fonts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
VARIANTS = {"zh": [], "en": ["--lang", "en"], "zh-elder": ["--elder"]}


def scenes() -> tuple[str, ...]:
    from kiosk_app.ui.screenshot import SCENES

    return SCENES


class Xvfb:
    """An X server of one size on a free display (Xvfb picks it and reports it on a pipe)."""

    def __init__(self, width: int, height: int):
        self.size = (width, height)
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as fh:
            number = fh.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def shoot(display: str, data_dir: Path, out: Path, page: str, size, extra: list[str],
          library: Path | None = None) -> tuple[Path, int, str]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", KIOSK_DATA_DIR=str(data_dir),
               QT_IM_MODULE="qtvirtualkeyboard", LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8")
    cmd = [sys.executable, "-m", "kiosk_app", "--screenshot", str(out), "--page", page,
           "--size", f"{size[0]}x{size[1]}", *extra]
    if library is not None:
        cmd += ["--library", str(library)]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    if done.returncode == 0:
        shrink(out)
    return out, done.returncode, done.stderr[-2000:]


def shrink(png: Path) -> None:
    """Reduce a screenshot to a 128-colour palette (a third of the bytes; flat UI colours survive).

    Uses Pillow when it is installed; otherwise the full-colour PNG stays.
    """
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(png) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.FASTOCTREE,
                                              dither=Image.Dither.NONE)
    small.save(png, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", nargs="*", help="only these pages")
    parser.add_argument("--jobs", type=int, default=2, help="screens rendered at once (one X server per size)")
    parser.add_argument("--library", type=Path, help="library directory (default: the bundled sample)")
    args = parser.parse_args()
    if shutil.which("Xvfb") is None:
        print("screenshots: Xvfb is not installed (Debian: apt-get install xvfb)", file=sys.stderr)
        return 2
    pages = [p for p in scenes() if not args.only or p in args.only]
    failures = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        data_dir = Path(tmp) / "data"
        # Build the sample library once, before the parallel runs share it.
        if args.library is None:
            from kiosk_app.core.sample import ensure_sample_library

            ensure_sample_library(data_dir)
        for orientation, size in SIZES.items():
            server = Xvfb(*size)
            try:
                jobs = []
                for variant, extra in VARIANTS.items():
                    folder = args.out / orientation / variant
                    folder.mkdir(parents=True, exist_ok=True)
                    for page in pages:
                        jobs.append((folder / f"{page}.png", page, extra))
                    if not args.only or "search-keyboard" in args.only:
                        jobs.append((folder / "search-keyboard.png", "search", [*extra, "--keyboard"]))
                # The keyboard shots grab the whole screen: run them one at a time, after the rest.
                plain = [j for j in jobs if "--keyboard" not in j[2]]
                keyboard = [j for j in jobs if "--keyboard" in j[2]]
                with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
                    results = list(pool.map(
                        lambda j: shoot(server.display, data_dir, j[0], j[1], size, j[2], args.library), plain))
                results += [shoot(server.display, data_dir, j[0], j[1], size, j[2], args.library)
                            for j in keyboard]
                for out, code, err in results:
                    status = "ok" if code == 0 else f"FAILED ({code})"
                    print(f"{status:12} {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
                    if code:
                        failures.append((out, err))
            finally:
                server.stop()
    write_index(args.out, pages)
    print(f"{len(failures)} failures, {time.monotonic() - started:.0f} s")
    for out, err in failures:
        print(f"--- {out}\n{err}", file=sys.stderr)
    return 1 if failures else 0


def write_index(out: Path, pages: list[str]) -> None:
    """docs/screenshots/README.md: every image, grouped by orientation and variant."""
    lines = ["# Kiosk screenshots", "",
             "Rendered by `scripts/screenshots.py` from the running kiosk on the bundled sample library, "
             "under Xvfb. Folders: `landscape` (1920×1080) and `portrait` (1080×1920); `zh` Chinese, "
             "`en` English, `zh-elder` Chinese in elder mode (适老化). `search-keyboard` shows the "
             "on-screen pinyin keyboard.", ""]
    for orientation in SIZES:
        for variant in VARIANTS:
            folder = out / orientation / variant
            if not folder.is_dir():
                continue
            lines += [f"## {orientation} / {variant}", ""]
            for png in sorted(folder.glob("*.png")):
                lines.append(f"- [{png.stem}]({orientation}/{variant}/{png.name})")
            lines.append("")
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
