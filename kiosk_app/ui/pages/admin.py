"""The staff screen: library and sync state, today's figures, the printer, settings, exit.

Reached only through the hidden gesture and the PIN. The settings form is
built from the settings table (:mod:`kiosk_app.core.settings`), so a new
setting appears here without screen code.
"""

from __future__ import annotations

import logging

from kiosk_app.core.settings import SettingsError, editable_settings
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtWidgets, Qt, translate
from kiosk_app.ui.widgets.controls import button, card, clear_layout, label, scroll_area

log = logging.getLogger(__name__)


class SettingEditor(QtWidgets.QWidget):
    """One setting: its label and help, and a touch editor for its type."""

    def __init__(self, spec, value, theme):
        super().__init__()
        self.spec = spec
        self.value = value
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, theme.px(6), 0, theme.px(6))
        lay.setSpacing(theme.px(6))
        name = label(translate("Settings", spec.label), name=f"Label_{spec.name}")
        name.setStyleSheet("font-weight: bold;")
        lay.addWidget(name)
        lay.addWidget(label(translate("Settings", spec.help), role="muted"))
        row = QtWidgets.QHBoxLayout()
        self.field = None
        self.value_label = None
        self.choice_buttons: dict[str, QtWidgets.QPushButton] = {}
        if spec.kind == "int":
            minus = button("−", name=f"Minus_{spec.name}")
            plus = button("+", name=f"Plus_{spec.name}")
            self.value_label = label("", wrap=False, name=f"Value_{spec.name}")
            self.value_label.setMinimumWidth(theme.px(160))
            self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            minus.clicked.connect(lambda: self._step(-spec.step))
            plus.clicked.connect(lambda: self._step(spec.step))
            for w in (minus, self.value_label, plus):
                row.addWidget(w)
            row.addStretch(1)
            self._show_int()
        elif spec.kind == "choice":
            for value, text in zip(spec.choices, spec.choice_labels or spec.choices):
                b = button(text, chip=True, name=f"Choice_{spec.name}_{value}")
                b.setChecked(value == self.value)
                b.clicked.connect(lambda _=False, v=value: self._choose(v))
                row.addWidget(b)
                self.choice_buttons[value] = b
            row.addStretch(1)
        else:
            self.field = QtWidgets.QLineEdit(str(value))
            self.field.setObjectName(f"Field_{spec.name}")
            self.field.setMaxLength(spec.max_len)
            self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            row.addWidget(self.field, 1)
        lay.addLayout(row)

    def _step(self, delta: int) -> None:
        lo, hi = self.spec.minimum, self.spec.maximum
        self.value = max(lo, min(hi, self.value + delta))
        self._show_int()

    def _show_int(self) -> None:
        self.value_label.setText(f"{self.value} {translate('Settings', self.spec.unit)}".strip())

    def _choose(self, value: str) -> None:
        self.value = value
        for v, b in self.choice_buttons.items():
            b.setChecked(v == value)

    def current(self):
        return self.field.text() if self.field is not None else self.value


class AdminPage(Page):
    name = "admin"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        holder = QtWidgets.QWidget()
        self.content = QtWidgets.QVBoxLayout(holder)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.area = scroll_area(holder)
        outer.addWidget(self.area, 1)
        actions = QtWidgets.QHBoxLayout()
        self.save = button("", primary=True, name="SaveSettings")
        self.save.clicked.connect(self.save_settings)
        self.change_pin = button("", name="ChangePin")
        self.change_pin.clicked.connect(lambda: self.shell.open("pin", mode="new"))
        self.leave_button = button("", name="LeaveAdmin")
        self.leave_button.clicked.connect(self.leave_admin)
        self.exit_button = button("", name="ExitToDesktop")
        self.exit_button.clicked.connect(self.exit_to_desktop)
        for w in (self.save, self.change_pin, self.leave_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.exit_button)
        outer.addLayout(actions)
        self.editors: dict[str, SettingEditor] = {}
        self.figure_labels: dict[str, QtWidgets.QLabel] = {}
        self.error = label("", name="SettingsError")

    def page_title(self) -> str:
        return self.tr("管理")

    def enter(self, **_params) -> None:
        if not self.shell.visit.admin:
            self.shell.open("pin")
            return
        self.rebuild()

    def rebuild(self) -> None:
        clear_layout(self.content)
        self.editors = {}
        self.figure_labels = {}
        t = self.theme
        self.content.setSpacing(t.px(18))
        self.content.addWidget(self._library_card())
        self.content.addWidget(self._usage_card())
        self.content.addWidget(self._settings_card())
        self.content.addStretch(1)
        self.save.setText(self.tr("保存设置"))
        self.change_pin.setText(self.tr("修改管理 PIN"))
        self.leave_button.setText(self.tr("返回服务界面"))
        self.exit_button.setText(self.tr("退出到桌面"))
        self.exit_button.setVisible(self.ctx.exit_to_desktop is not None)

    def _facts(self, title: str, rows: list[tuple[str, str]], name: str = "") -> QtWidgets.QFrame:
        frame, lay = card(margins=self.theme.px(24), spacing=self.theme.px(8))
        lay.addWidget(label(title, role="section"))
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(self.theme.px(24))
        grid.setVerticalSpacing(self.theme.px(6))
        for i, (k, v) in enumerate(rows):
            key = label(k, role="muted", wrap=False)
            value = label(v, name=f"{name}_{i}" if name else "")
            grid.addWidget(key, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, i, 1)
            self.figure_labels[k] = value
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        return frame

    def _library_card(self) -> QtWidgets.QFrame:
        meta = self.ctx.store.meta()
        counts = self.ctx.store.counts()["records"]
        sync = self.ctx.sync_status()
        if sync:
            sync_text = "  ".join(f"{k}: {v}" for k, v in sync.items())
        else:
            sync_text = self.tr("未配置同步（使用本机资料库）")
        printer = self.ctx.printer.state()
        printer_text = {"ready": self.tr("就绪"), "none": self.tr("未连接打印机"),
                        "missing": self.tr("找不到设置的打印机")}.get(printer, printer)
        online = self.ctx.online()
        rows = [
            (self.tr("资料库"), f"{meta['title'] or meta['id']}（{meta['id']}）"),
            (self.tr("版本"), self.tr("第 {0} 版，生成于 {1}").format(
                meta["version"], meta["built_at"][:16].replace("T", " "))),
            (self.tr("内容"), self.tr("文件 {0} 份，解读 {1} 篇，办事指南 {2} 项，问答 {3} 条").format(
                counts["document"], counts["interpretation"], counts["service_guide"], counts["faq"])),
            (self.tr("检索"), self.tr("全文索引") if self.ctx.runner.backend_name == "index"
             else self.tr("仅标题检索（全文索引不可用）")),
            (self.tr("同步状态"), sync_text),
            (self.tr("网络"), self.tr("在线") if online else self.tr("离线")),
            (self.tr("打印机"), f"{printer_text} {getattr(self.ctx.printer, 'name', '')}".strip()),
        ]
        if self.ctx.settings.uses_default_pin:
            rows.append((self.tr("安全提示"), self.tr("仍在使用出厂 PIN，请尽快修改。")))
        return self._facts(self.tr("本机状态"), rows, "Library")

    def _usage_card(self) -> QtWidgets.QFrame:
        f = self.ctx.usage.figures(self.ctx.today())

        def top(items):
            return "、".join(f"{q}（{n}）" for q, n in items) or "—"

        rows = [
            (self.tr("访问人次"), str(f.visits)),
            (self.tr("查询次数"), str(f.queries)),
            (self.tr("无结果查询"), str(f.zero_results)),
            (self.tr("打开文件"), str(f.opens)),
            (self.tr("打印"), self.tr("打印 {0} 次，共 {1} 页").format(f.prints, f.pages_printed)),
            (self.tr("申请"), str(f.applications)),
            (self.tr("热门查询"), top(f.top_queries)),
            (self.tr("查不到的内容"), top(f.top_zero_queries)),
        ]
        return self._facts(self.tr("今日使用情况（{0}）").format(f.day), rows, "Usage")

    def _settings_card(self) -> QtWidgets.QFrame:
        frame, lay = card(margins=self.theme.px(24), spacing=self.theme.px(8))
        lay.addWidget(label(self.tr("设置"), role="section"))
        s = self.ctx.settings
        for spec in editable_settings():
            editor = SettingEditor(spec, getattr(s, spec.name), self.theme)
            lay.addWidget(editor)
            self.editors[spec.name] = editor
        self.error = label("", name="SettingsError")
        self.error.setStyleSheet(f"color: {self.theme.palette.danger}; font-weight: bold;")
        lay.addWidget(self.error)
        return frame

    def save_settings(self) -> None:
        values = {name: ed.current() for name, ed in self.editors.items()}
        try:
            new = self.ctx.settings.changed(**values)
            self.ctx.save_settings(new)
        except (SettingsError, OSError) as exc:
            log.error("settings not saved: %s", exc)
            self.error.setText(self.tr("设置未保存：{0}").format(exc))
            return
        log.info("settings saved from the admin screen")
        self.error.setText("")
        self.shell.message.show_message(self.tr("设置已保存"), "")

    def leave_admin(self) -> None:
        self.shell.end_visit()

    def exit_to_desktop(self) -> None:
        if self.ctx.exit_to_desktop is not None:
            self.ctx.exit_to_desktop()

    def reset(self) -> None:
        clear_layout(self.content)
        self.editors = {}

    def retranslate(self) -> None:
        if self.shell.visit.admin and self.shell.current_page == self.name:
            self.rebuild()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.retranslate()
