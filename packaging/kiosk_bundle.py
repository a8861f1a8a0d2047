"""What goes into the kiosk's PyInstaller bundle, and which of Qt's parts stay out.

``kiosk.spec`` imports this module; keeping the decisions here, as plain
functions over paths, lets the tests check them without running PyInstaller.

Data files the code finds at run time:

* the kiosk's own: the font and the sample library (``resources/`` → the
  bundle's ``resources/``, where :func:`kiosk_app.paths.resource` looks when
  frozen) and the compiled translations (``kiosk_app/i18n/*.qm``);
* jieba's dictionary and HMM tables, pypinyin's dictionaries, opencc's
  traditional-to-simplified table (the search code opens them by path);
* the Qt Virtual Keyboard: its platform input-context plugin and the QML
  modules its panel loads — the keyboard itself, its pinyin plugin,
  QtQuick.Layouts, QtQuick.Window and Qt.labs.folderlistmodel.

QtPdf (the print preview draws page 1 with it; libQt6Pdf, about 4.5 MB) is
imported on demand, so it is named in :data:`HIDDEN_IMPORTS`; QtPdfWidgets
and QtPdfQuick stay out, as does the "pdf" image-format plugin.

Qt parts the kiosk does not use are filtered out of PyInstaller's analysis:
plugins other than the ones listed in :data:`KEEP_PLUGINS`, QML modules other
than the keyboard's, Qt's own translations except Simplified Chinese, and
then every shared library that nothing left in the bundle links to (Qt's
WebEngine, Quick3D and Controls, ffmpeg, GTK …), found by following the
shared-library imports of what stays.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
IS_WINDOWS = sys.platform.startswith("win")

# Plugin directory → plugin names kept (file stem without "lib" prefix and suffix).
# Linux: X11 (xcb, the kiosk session), Wayland desktops, offscreen (the smoke test).
# Windows: the windows platform. The rest of Qt's plugins serve no screen of the kiosk
# (the kiosk draws its own Fusion style, so no platform themes or style plugins).
KEEP_PLUGINS: dict[str, set[str]] = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows"},
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "wayland-decoration-client": {"bradient"},
    "imageformats": {"qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
    "texttospeech": {"qtexttospeech_speechd", "qtexttospeech_mock", "qtexttospeech_sapi",
                     "qtexttospeech_winrt"},
}

# QML modules the keyboard panel imports (QML_IMPORT_TRACE=1 on a pinyin session).
# The keyboard's other input methods (Hangul, OpenWNN, Thai, TCIme; 2 MB) stay:
# its Plugins module imports all of them, and the panel fails to load without one.
KEEP_QML = (
    "QtQuick/VirtualKeyboard/",
    "QtQuick/Layouts/",
    "QtQuick/Window/",
    "Qt/labs/folderlistmodel/",
)
KEEP_TRANSLATIONS = {"qt_zh_CN.qm", "qtbase_zh_CN.qm"}
# Packages whose modules are imported by name at run time, so PyInstaller's
# import analysis cannot see them: the kiosk's pages (opened by name), the sync
# client's commands (not the central side: publisher, intake server), and
# reportlab's barcode widgets (``exec``-imported; the QR code on printouts is one).
HIDDEN_PACKAGES = ("kiosk_app", "sync.client", "reportlab.graphics.barcode")
# Single modules imported inside a function (kiosk_app.ui.qt.pdf): named so the
# build fails loudly if the wheel is missing rather than shipping a kiosk without its preview.
HIDDEN_IMPORTS = ["PySide6.QtPdf"]
# Python modules never wanted in the bundle, whatever imports them optionally.
EXCLUDES = [
    "tkinter", "pytest", "_pytest", "hypothesis", "pytestqt", "IPython", "numpy", "paddle",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.Qt3DCore", "PySide6.QtQuick3D", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtGraphs", "PySide6.QtPdfWidgets", "PySide6.QtDesigner",
    "PySide6.QtUiTools", "PySide6.QtTest", "PySide6.QtSql", "PySide6.QtLocation",
]


def package_dir(name: str) -> Path:
    """Directory of an installed package (in the environment that runs the build).

    Raises:
        ModuleNotFoundError: the package is not installed.
    """
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {name} is not installed in {sys.prefix}")
    return Path(next(iter(spec.submodule_search_locations)))


def _files(base: Path, patterns: list[str], dest_root: str) -> list[tuple[str, str]]:
    """(source, destination folder) pairs for files under ``base`` matching ``patterns``.

    Raises:
        FileNotFoundError: a pattern matched nothing (the build would miss a file the code opens).
    """
    out = []
    for pattern in patterns:
        matched = sorted(p for p in base.glob(pattern) if p.is_file())
        if not matched:
            raise FileNotFoundError(f"no file matches {pattern!r} under {base}")
        for path in matched:
            rel = path.parent.relative_to(base)
            out.append((str(path), str(PurePosixPath(dest_root, *rel.parts))))
    return out


def app_datas() -> list[tuple[str, str]]:
    """The kiosk's font, sample library and compiled translations."""
    return (_files(ROOT / "resources", ["fonts/*", "sample_library/sample.jsonl.gz"], "resources")
            + _files(ROOT / "kiosk_app" / "i18n", ["*.qm"], "kiosk_app/i18n"))


# Data files of libraries the search code opens by path; PyInstaller's hooks
# would collect every data file of these packages (jieba alone: 30 MB).
# jieba: the main dictionary (read to build the query dictionary) and the HMM
# tables; not its paddle model (lac_small), keyword extraction (analyse) or
# part-of-speech tables (posseg). pypinyin: its character and phrase
# dictionaries. opencc: the traditional-to-simplified character table only.
PACKAGE_DATA: dict[str, tuple[str, ...]] = {
    "jieba": ("dict.txt", "finalseg/*.p"),
    "pypinyin": ("*.json",),
    "opencc": ("dictionary/TSCharacters.txt",),
}


def package_datas(name: str) -> list[tuple[str, str]]:
    """The data files of package ``name`` listed in :data:`PACKAGE_DATA`."""
    return _files(package_dir(name), list(PACKAGE_DATA[name]), name)


def jieba_datas() -> list[tuple[str, str]]:
    return package_datas("jieba")


def pypinyin_datas() -> list[tuple[str, str]]:
    return package_datas("pypinyin")


def opencc_datas() -> list[tuple[str, str]]:
    return package_datas("opencc")


def all_datas() -> list[tuple[str, str]]:
    return app_datas() + jieba_datas() + pypinyin_datas() + opencc_datas()


# -- Qt ---------------------------------------------------------------------------------

def qt_dirs() -> dict[str, Path]:
    """Where the PySide6 wheel keeps Qt's plugins, QML modules and translations."""
    base = package_dir("PySide6")
    qt = base if IS_WINDOWS else base / "Qt"
    return {"site": base.parent, "plugins": qt / "plugins", "qml": qt / "qml",
            "translations": qt / "translations"}


def _is_binary(path: Path) -> bool:
    return path.suffix in (".so", ".dll", ".dylib") or ".so." in path.name


def keyboard_parts() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(binaries, datas) for the virtual keyboard: input-context plugin and the QML it loads.

    Added explicitly because the kiosk imports no QML from Python, so
    PyInstaller's Qt hooks would not know the keyboard needs them.
    Destinations mirror the wheel's layout, which the PySide6 runtime hook
    points ``QT_PLUGIN_PATH`` and ``QML2_IMPORT_PATH`` at.

    Raises:
        FileNotFoundError: the PySide6 wheel lacks the keyboard or its pinyin plugin.
    """
    dirs = qt_dirs()
    site = dirs["site"]
    binaries: list[tuple[str, str]] = []
    datas: list[tuple[str, str]] = []
    plugin = sorted((dirs["plugins"] / "platforminputcontexts").glob("*qtvirtualkeyboardplugin*"))
    if not plugin:
        raise FileNotFoundError(f"Qt Virtual Keyboard plugin not found under {dirs['plugins']}")
    binaries += [(str(p), str(p.parent.relative_to(site).as_posix())) for p in plugin]
    for prefix in KEEP_QML:
        module = dirs["qml"] / prefix
        if not module.is_dir():
            raise FileNotFoundError(f"QML module {prefix} not found under {dirs['qml']}")
        for path in sorted(module.rglob("*")):
            if not path.is_file() or not keep_qml(path.relative_to(dirs["qml"]).as_posix()):
                continue
            entry = (str(path), path.parent.relative_to(site).as_posix())
            (binaries if _is_binary(path) else datas).append(entry)
    if not any("Pinyin" in src for src, _ in binaries):
        raise FileNotFoundError("the keyboard's pinyin plugin is missing from PySide6")
    return binaries, datas


# -- filters over PyInstaller's analysis ----------------------------------------------------

def _qt_relative(dest: str) -> tuple[str, str] | None:
    """(area, path inside it) when ``dest`` is inside Qt's plugins, qml or translations."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    for area in ("plugins", "qml", "translations"):
        if area in parts:
            i = parts.index(area)
            if parts[:1] == ("PySide6",) and i <= 2:
                return area, "/".join(parts[i + 1:])
    return None


def plugin_name(filename: str) -> str:
    stem = PurePosixPath(filename).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qml(rel: str) -> bool:
    return rel.startswith(KEEP_QML)


def keep_entry(dest: str) -> bool:
    """Whether a file at bundle path ``dest`` stays (False for Qt parts the kiosk does not use)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts and parts[0] in PACKAGE_DATA and PurePosixPath(*parts).suffix not in (".py", ".pyc"):
        rel_path = PurePosixPath(*parts[1:])
        return any(rel_path.match(pattern) and len(rel_path.parts) == len(PurePosixPath(pattern).parts)
                   for pattern in PACKAGE_DATA[parts[0]])
    located = _qt_relative(dest)
    if located is None:
        return True
    area, rel = located
    if area == "plugins":
        kind, _, name = rel.partition("/")
        return plugin_name(name) in KEEP_PLUGINS.get(kind, ())
    if area == "qml":
        return keep_qml(rel)
    return PurePosixPath(rel).name in KEEP_TRANSLATIONS


def is_root(entry: tuple) -> bool:
    """Whether a binary is loaded by name at run time rather than linked to.

    Python extension modules, the Python library (the bootloader opens it) and
    Qt's plugins and QML plugins are roots; every other shared library stays
    only if a root links to it, directly or through other libraries.
    """
    dest, _src, typecode = entry
    name = PurePosixPath(dest.replace("\\", "/")).name.lower()
    if typecode == "EXTENSION" or name.startswith(("libpython", "python3")):
        return True
    located = _qt_relative(dest)
    return located is not None and located[0] in ("plugins", "qml")


def prune_libraries(binaries: list[tuple], imports_of) -> tuple[list[tuple], list[str]]:
    """Drop shared libraries that no root (see :func:`is_root`) needs.

    PyInstaller collects the dependencies of everything its hooks found,
    including the plugins and QML modules filtered out afterwards; this drops
    what only those needed (Qt's 3D, WebEngine and Controls libraries, ffmpeg,
    GTK for a platform theme the kiosk does not load).

    Args:
        binaries: PyInstaller TOC entries ``(dest, source, typecode)``.
        imports_of: source path → names of the shared libraries it links to.

    Returns:
        the kept entries, and the destinations dropped.
    """
    def key(dest: str) -> str:
        return PurePosixPath(dest.replace("\\", "/")).name.lower()

    by_name = {key(e[0]): e[1] for e in binaries}
    needed: set[str] = set()
    todo = [e[1] for e in binaries if is_root(e)]
    seen: set[str] = set()
    while todo:
        src = todo.pop()
        if src in seen:
            continue
        seen.add(src)
        for name in imports_of(src):
            k = key(name)
            if k in by_name and k not in needed:
                needed.add(k)
                todo.append(by_name[k])
    kept, dropped = [], []
    for entry in binaries:
        if is_root(entry) or key(entry[0]) in needed:
            kept.append(entry)
        else:
            dropped.append(entry[0])
    return kept, dropped


def pyinstaller_imports(src: str) -> list[str]:
    """Shared libraries ``src`` links to, as PyInstaller's dependency analysis sees them."""
    from PyInstaller.depend.bindepend import get_imports

    try:
        return [name for name, _path in get_imports(src)]
    except Exception:  # noqa: BLE001 - an unreadable file links to nothing we could prune by
        return []
