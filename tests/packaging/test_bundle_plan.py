"""What the spec puts into the bundle and what it filters out (packaging/kiosk_bundle.py), without PyInstaller."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.helpers import PACKAGING, ROOT, load

kb = load("kiosk_bundle")

QT = "PySide6/Qt"


def dests(pairs):
    return {f"{dest}/{Path(src).name}" for src, dest in pairs}


def test_the_kiosk_data_lands_where_the_frozen_code_looks():
    got = dests(kb.all_datas())
    for expected in ("resources/fonts/wqy-microhei.ttc", "resources/fonts/LICENSE-wqy-microhei.txt",
                     "resources/sample_library/sample.jsonl.gz", "kiosk_app/i18n/kiosk_en.qm",
                     "jieba/dict.txt", "jieba/finalseg/prob_emit.p", "pypinyin/pinyin_dict.json",
                     "pypinyin/phrases_dict.json", "opencc/dictionary/TSCharacters.txt"):
        assert expected in got
    # Only what the code opens: no paddle model, no keyword-extraction table.
    assert not any(d.startswith(("jieba/lac_small", "jieba/analyse", "jieba/posseg")) for d in got)
    for src, _dest in kb.all_datas():
        assert Path(src).is_file()


def test_a_missing_data_file_stops_the_build(tmp_path):
    with pytest.raises(FileNotFoundError, match="no file matches"):
        kb._files(tmp_path, ["dict.txt"], "jieba")


def test_the_virtual_keyboard_and_its_pinyin_plugin_are_collected_and_survive_the_filter():
    binaries, datas = kb.keyboard_parts()
    names = {Path(src).name for src, _ in binaries}
    assert any("qtvirtualkeyboardplugin" in n for n in names)
    assert any("qtvkbpinyinplugin" in n for n in names)
    assert any(Path(src).name == "qmldir" and "Pinyin" in dest for src, dest in datas)
    for src, dest in binaries + datas:
        assert kb.keep_entry(f"{dest}/{Path(src).name}"), dest
    assert all(dest.startswith("PySide6/") for _, dest in binaries + datas)


@pytest.mark.parametrize("dest, kept", [
    (f"{QT}/plugins/platforms/libqxcb.so", True),
    (f"{QT}/plugins/platforms/libqwayland.so", True),
    (f"{QT}/plugins/platforms/libqoffscreen.so", True),
    (f"{QT}/plugins/platforms/libqvnc.so", False),
    (f"{QT}/plugins/platforms/libqeglfs.so", False),
    (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
    (f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    (f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
    (f"{QT}/plugins/imageformats/libqsvg.so", True),
    (f"{QT}/plugins/imageformats/libqtiff.so", False),
    (f"{QT}/plugins/multimedia/libffmpegmediaplugin.so", False),
    (f"{QT}/plugins/printsupport/libcupsprintersupport.so", True),
    (f"{QT}/plugins/sqldrivers/libqsqlite.so", False),
    (f"{QT}/qml/QtQuick/VirtualKeyboard/Plugins/Pinyin/libqtvkbpinyinplugin.so", True),
    (f"{QT}/qml/QtQuick/Layouts/qmldir", True),
    (f"{QT}/qml/QtQuick/Controls/Material/qmldir", False),
    (f"{QT}/qml/QtQuick3D/qmldir", False),
    (f"{QT}/qml/QtWebEngine/qmldir", False),
    (f"{QT}/translations/qtbase_zh_CN.qm", True),
    (f"{QT}/translations/qtbase_de.qm", False),
    (f"{QT}/translations/qtwebengine_zh_CN.qm", False),
    (f"{QT}/lib/libQt6Core.so.6", True),          # libraries are pruned by links, not by name
    ("PySide6/plugins/platforms/qwindows.dll", True),   # the Windows wheel's layout
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6/qml/QtQuick/VirtualKeyboard/qmldir", True),
    ("jieba/analyse/idf.txt", False),
    ("opencc/dictionary/STPhrases.txt", False),
    ("kiosk_app/i18n/kiosk_en.qm", True),
    ("resources/fonts/wqy-microhei.ttc", True),
])
def test_qt_parts_the_kiosk_does_not_use_are_filtered(dest, kept):
    assert kb.keep_entry(dest) is kept


def test_qtpdf_for_the_print_preview_goes_in_and_its_extras_stay_out():
    assert "PySide6.QtPdf" in kb.HIDDEN_IMPORTS and "PySide6.QtPdf" not in kb.EXCLUDES
    assert "PySide6.QtPdfWidgets" in kb.EXCLUDES
    assert kb.keep_entry(f"{QT}/lib/libQt6Pdf.so.6")
    assert not kb.keep_entry(f"{QT}/plugins/imageformats/libqpdf.so")
    assert not kb.keep_entry(f"{QT}/qml/QtQuick/Pdf/qmldir")
    binaries = [("PySide6/QtPdf.abi3.so", "/s/QtPdf.abi3.so", "EXTENSION"),
                (f"{QT}/lib/libQt6Pdf.so.6", "/s/libQt6Pdf.so.6", "BINARY"),
                (f"{QT}/lib/libQt6PdfQuick.so.6", "/s/libQt6PdfQuick.so.6", "BINARY")]
    links = {"/s/QtPdf.abi3.so": ["libQt6Pdf.so.6"], "/s/libQt6PdfQuick.so.6": ["libQt6Pdf.so.6"]}
    _kept, dropped = kb.prune_libraries(binaries, lambda src: links.get(src, []))
    assert dropped == [f"{QT}/lib/libQt6PdfQuick.so.6"]


def test_libraries_are_kept_only_when_something_kept_links_to_them():
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        (f"{QT}/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        (f"{QT}/lib/libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        (f"{QT}/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Quick3D.so.6", "/s/libQt6Quick3D.so.6", "BINARY"),   # only a dropped plugin used it
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),        # opened by the bootloader
    ]
    links = {
        "/s/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libc.so.6"],
        "/s/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/s/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
    }
    kept, dropped = kb.prune_libraries(binaries, lambda src: links.get(src, []))
    assert sorted(dropped) == sorted([f"{QT}/lib/libQt6Quick3D.so.6", "libgtk-3.so.0"])
    assert len(kept) == len(binaries) - 2


def test_hidden_packages_cover_pages_opened_by_name():
    import importlib
    import pkgutil

    from kiosk_app.ui.main_window import PAGES

    assert "kiosk_app" in kb.HIDDEN_PACKAGES
    pages = {m.name for m in pkgutil.iter_modules(importlib.import_module("kiosk_app.ui.pages").__path__)}
    assert {module for module, _cls in PAGES.values()} <= pages


def test_the_spec_and_entry_points_are_valid_python():
    for name in ("kiosk.spec", "entry_kiosk.py", "entry_sync.py"):
        source = (PACKAGING / name).read_text(encoding="utf-8")
        compile(source, name, "exec")
    spec = (PACKAGING / "kiosk.spec").read_text(encoding="utf-8")
    assert 'name="kiosk"' in spec and 'name="kiosk-sync"' in spec


def test_the_build_scripts_are_executable():
    for name in ("build", "smoke-test"):
        path = PACKAGING / name
        assert path.stat().st_mode & 0o111, f"{path} is not executable"
        assert path.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash")
    assert (ROOT / ".gitignore").read_text().count("dist/") >= 1
