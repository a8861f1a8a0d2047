"""The staff screen: library and sync state, receipts to reprint, today's figures, the printer, settings, exit.

Reached only through the hidden gesture and the PIN. The settings form is
built from the settings table (:mod:`kiosk_app.core.settings`), so a new
setting appears here without screen code.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from kiosk_app.core.settings import SettingsError, editable_settings
from kiosk_app.ui.pages.admin_reprint import Discarder, Reprinter, ReprintSection
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtCore, QtWidgets, Qt, translate
from kiosk_app.ui.widgets.controls import button, card, clear_layout, label, scroll_area
from sync.status import read_status

log = logging.getLogger(__name__)

SYNC_CONFIG = "kiosk.json"
SYNC_POLL_MS = 1000
_RUNNING_STATES = ("checking", "downloading", "applying", "waiting", "switching")


def sync_command(config: Path) -> tuple[str, list[str]]:
    """Program and arguments of 立即同步 (one sync, then one upload): the sync client beside this build, or this Python's.

    A frozen build has no Python to run ``-m`` with; it ships the client as the
    sibling program ``kiosk-sync``.
    """
    args = ["--config", str(config), "--now"]
    if getattr(sys, "frozen", False):
        name = "kiosk-sync.exe" if sys.platform == "win32" else "kiosk-sync"
        return str(Path(sys.executable).with_name(name)), args
    return sys.executable, ["-m", "sync.client", *args]


def _size(n) -> str:
    n = int(n or 0)
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.0f} KB"
    return f"{n} B"


def _when(stamp) -> str:
    return str(stamp or "")[:16].replace("T", " ")


class SyncSection(QtWidgets.QFrame):
    """The admin screen's view of sync: versions, state, progress, last result, and 立即同步.

    It shows what the sync client wrote to ``sync-status.json``
    (:func:`sync.status.read_status`); the page refreshes it while a sync runs.
    """

    def __init__(self, theme):
        super().__init__()
        self.setProperty("card", True)
        self.setObjectName("SyncSection")
        lay = QtWidgets.QVBoxLayout(self)
        m = theme.px(24)
        lay.setContentsMargins(m, m, m, m)
        lay.setSpacing(theme.px(8))
        self.title = label("", role="section")
        lay.addWidget(self.title)
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(theme.px(24))
        grid.setVerticalSpacing(theme.px(6))
        self.keys: dict[str, QtWidgets.QLabel] = {}
        self.values: dict[str, QtWidgets.QLabel] = {}
        for i, key in enumerate(("version", "state", "progress", "result", "detail")):
            k = label("", role="muted", wrap=False)
            v = label("", name=f"Sync_{key}", role="muted" if key == "detail" else "")
            grid.addWidget(k, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(v, i, 1)
            self.keys[key], self.values[key] = k, v
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        row = QtWidgets.QHBoxLayout()
        self.sync_now = button("", primary=True, name="SyncNow")
        self.note = label("", role="muted", name="SyncNote")
        row.addWidget(self.sync_now)
        row.addWidget(self.note, 1)
        lay.addLayout(row)

    def show_state(self, meta: dict, status: dict, *, provisioned: bool, running: bool) -> None:
        """Fill the section from the open library's ``meta`` and the sync ``status``."""
        self.title.setText(self.tr("同步"))
        self.keys["version"].setText(self.tr("资料库版本"))
        self.keys["state"].setText(self.tr("同步状态"))
        self.keys["progress"].setText(self.tr("进度"))
        self.keys["result"].setText(self.tr("上次同步"))
        self.keys["detail"].setText("")
        version = self.tr("第 {0} 版，生成于 {1}").format(meta.get("version"), _when(meta.get("built_at")))
        synced = status.get("version")
        if synced is not None and synced != meta.get("version"):
            version += self.tr("（已下载第 {0} 版，访客离开后启用）").format(synced)
        self.values["version"].setText(version)
        state = status.get("state") or ""
        states = {"checking": self.tr("正在检查更新"), "downloading": self.tr("正在下载"),
                  "applying": self.tr("正在更新资料库"), "waiting": self.tr("等待访客离开后切换"),
                  "switching": self.tr("正在切换版本"), "idle": self.tr("空闲"), "error": self.tr("上次同步失败")}
        if not provisioned and not status:
            self.values["state"].setText(self.tr("未配置同步（使用本机资料库）"))
        elif running and state not in _RUNNING_STATES:
            self.values["state"].setText(self.tr("正在同步…"))
        else:
            text = states.get(state, state or self.tr("尚未同步"))
            since = _when(status.get("state_since"))
            self.values["state"].setText(f"{text}（{since}）" if since and state else text)
        prog = status.get("progress") or {}
        busy = running or state in _RUNNING_STATES
        show_progress = busy and bool(prog)
        self.keys["progress"].setVisible(show_progress)
        self.values["progress"].setVisible(show_progress)
        if show_progress:
            self.values["progress"].setText(self.tr("已下载 {0} / {1}，记录 {2} / {3}").format(
                _size(prog.get("bytes_done")), _size(prog.get("bytes_total")),
                prog.get("records_done", 0), prog.get("records_total", 0)))
        error = status.get("last_error")
        # The English line for staff: the step under way, else the last fault or success.
        detail = status.get("message") or ""
        if error:
            self.values["result"].setText(self.tr("失败（{0}）：{1}").format(
                _when(error.get("at")), self._fault_text(error.get("kind", ""))))
            if not busy:
                detail = f"{error.get('kind', '')}: {error.get('message', '')}"
        elif status.get("last_success"):
            self.values["result"].setText(self.tr("成功（{0}）").format(_when(status["last_success"])))
        else:
            self.values["result"].setText(self.tr("尚未同步"))
        self.values["detail"].setText(detail)
        self.values["detail"].setVisible(bool(detail))
        self.sync_now.setText(self.tr("正在同步…") if running else self.tr("立即同步"))
        self.sync_now.setEnabled(provisioned and not running)
        self.note.setText("" if provisioned else
                          self.tr("本机尚未配置同步（没有 {0}），请联系技术人员。").format(SYNC_CONFIG))

    def _fault_text(self, kind: str) -> str:
        return {
            "network": self.tr("网络不通或中断，下次同步会继续下载"),
            "security": self.tr("更新未通过安全校验，已拒绝"),
            "disk": self.tr("磁盘空间不足"),
            "apply": self.tr("资料库更新未能应用"),
            "central": self.tr("中心资料库提供的版本不可用"),
            "busy": self.tr("有访客正在使用，或另一次同步正在进行"),
            "config": self.tr("同步配置有误"),
        }.get(kind, self.tr("同步出错"))


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
                b = button(translate("Settings", text), chip=True, name=f"Choice_{spec.name}_{value}")
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
        self.sync_section: SyncSection | None = None
        self.sync_process: QtCore.QProcess | None = None
        self._sync_poll = QtCore.QTimer(self)
        self._sync_poll.setInterval(SYNC_POLL_MS)
        self._sync_poll.timeout.connect(self.refresh_sync)
        self.reprint_section: ReprintSection | None = None
        self.reprinter = Reprinter(ctx, self)
        self.reprinter.done.connect(self._reprinted)
        self.discarder = Discarder(ctx, shell, self)
        self.discarder.done.connect(self._discarded)

    def page_title(self) -> str:
        return self.tr("管理")

    def enter(self, **_params) -> None:
        if not self.shell.visit.admin:
            self.shell.open("pin")
            return
        self.rebuild()

    def rebuild(self) -> None:
        self.sync_section = None
        clear_layout(self.content)
        self.editors = {}
        self.figure_labels = {}
        t = self.theme
        self.content.setSpacing(t.px(18))
        self.content.addWidget(self._library_card())
        self.reprint_section = None
        if self.ctx.intake is not None:
            self.reprint_section = ReprintSection(t)
            self.reprint_section.reprint.connect(self.reprint_receipt)
            self.reprint_section.discard.connect(self.discarder.ask)
            self.content.addWidget(self.reprint_section)
            self.refresh_reprints()
        self.sync_section = SyncSection(t)
        self.sync_section.sync_now.clicked.connect(self.start_sync)
        self.content.addWidget(self.sync_section)
        self.refresh_sync()
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
        printer = self.ctx.printer.state()
        printer_text = {"ready": self.tr("就绪"), "none": self.tr("未连接打印机"),
                        "missing": self.tr("找不到设置的打印机"),
                        "stopped": self.tr("已暂停（请检查纸张、墨粉或卡纸）"),
                        "rejecting": self.tr("不接受打印任务")}.get(printer, printer)
        online = self.ctx.online()
        rows = [
            (self.tr("资料库"), f"{meta['title'] or meta['id']}（{meta['id']}）"),
            (self.tr("版本"), self.tr("第 {0} 版，生成于 {1}").format(
                meta["version"], meta["built_at"][:16].replace("T", " "))),
            (self.tr("内容"), self.tr("文件 {0} 份，解读 {1} 篇，办事指南 {2} 项，问答 {3} 条").format(
                counts["document"], counts["interpretation"], counts["service_guide"], counts["faq"])),
            (self.tr("检索"), self.tr("全文索引") if self.ctx.runner.backend_name == "index"
             else self.tr("仅标题检索（全文索引不可用）")),
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
            (self.tr("申请"), self.tr("开始填写 {0} 次，提交 {1} 件").format(f.applications,
                                                                      f.applications_submitted)),
            (self.tr("意见建议"), self.tr("意见 {0} 条，建议 {1} 条").format(f.opinions, f.suggestions)),
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

    # -- sync ----------------------------------------------------------------------

    def sync_config(self) -> Path | None:
        """The provisioned sync configuration, or None when this kiosk has none."""
        data_dir = self.ctx.data_dir
        if data_dir is None:
            return None
        path = Path(data_dir) / SYNC_CONFIG
        return path if path.is_file() else None

    @property
    def sync_running(self) -> bool:
        return (self.sync_process is not None
                and self.sync_process.state() != QtCore.QProcess.ProcessState.NotRunning)

    def refresh_sync(self) -> None:
        """Show the latest sync status (every second while a sync runs)."""
        if self.sync_section is None:
            return
        status = read_status(self.ctx.data_dir) if self.ctx.data_dir is not None else {}
        self.sync_section.show_state(self.ctx.store.meta(), status, provisioned=self.sync_config() is not None,
                                     running=self.sync_running)

    def start_sync(self) -> None:
        """Run one sync in a separate process; the screen stays responsive and shows its progress."""
        config = self.sync_config()
        if config is None or self.sync_running:
            return
        program, args = sync_command(config)
        # Owned by the window, not this page: screens are rebuilt when a new library
        # opens, and that must not kill a sync under way.
        proc = QtCore.QProcess(self.shell)
        proc.setProcessChannelMode(QtCore.QProcess.ProcessChannelMode.MergedChannels)
        proc.setWorkingDirectory(str(config.parent))
        proc.finished.connect(self._sync_finished)
        proc.finished.connect(proc.deleteLater)
        proc.errorOccurred.connect(self._sync_failed_to_start)
        self.sync_process = proc
        log.info("sync started from the admin screen: %s %s", program, " ".join(args))
        proc.start(program, args)
        self._sync_poll.start()
        self.refresh_sync()

    def _sync_finished(self, code: int, _status=None) -> None:
        proc = self.sync_process
        output = bytes(proc.readAll()).decode("utf-8", "replace").strip() if proc is not None else ""
        tail = output.splitlines()[-1] if output else ""
        if code == 0:
            log.info("sync from the admin screen finished")
        else:
            log.error("sync from the admin screen exited with code %s: %s", code, tail)
        self._sync_poll.stop()
        self.sync_process = None
        self.refresh_sync()

    def _sync_failed_to_start(self, error) -> None:
        if error != QtCore.QProcess.ProcessError.FailedToStart:
            return
        proc = self.sync_process
        log.error("sync program could not be started: %s", proc.errorString() if proc else error)
        self._sync_poll.stop()
        if proc is not None:
            proc.deleteLater()
        self.sync_process = None
        self.refresh_sync()

    # -- receipts to reprint ------------------------------------------------------------

    def refresh_reprints(self) -> None:
        if self.reprint_section is not None and self.ctx.intake is not None:
            self.reprint_section.show_list(self.ctx.intake.unprinted_receipts())

    def reprint_receipt(self, key: str) -> None:
        """Print a stored receipt again through the kiosk's printer (off the UI thread)."""
        if not self.reprinter.start(key):
            self.refresh_reprints()
            return
        self.shell.busy.show_text(self.tr("正在补打回执…"))

    def _reprinted(self, outcome: str) -> None:
        self.shell.busy.hide()
        self.refresh_reprints()
        if outcome == "ok":
            self.shell.message.show_message(self.tr("回执已补打"), self.tr("请将回执交给申请人。"))
        elif outcome.startswith("unavailable"):
            self.shell.message.show_message(self.tr("打印机现在不能打印"),
                                            self.tr("请检查打印机（纸张、卡纸、连接）后再补打。"))
        else:
            self.shell.message.show_message(self.tr("补打没有完成"), self.tr("请检查打印机后再试一次。"))

    def _discarded(self, outcome: str) -> None:
        self.refresh_reprints()
        if outcome == "failed":
            self.shell.message.show_message(self.tr("删除没有完成"), self.tr("请稍后再试，或联系技术支持。"))

    def leave_admin(self) -> None:
        self.shell.end_visit()

    def exit_to_desktop(self) -> None:
        if self.ctx.exit_to_desktop is not None:
            self.ctx.exit_to_desktop()

    def reset(self) -> None:
        clear_layout(self.content)
        self.editors = {}
        self.sync_section = None
        self.reprint_section = None

    def retranslate(self) -> None:
        if self.shell.visit.admin and self.shell.current_page == self.name:
            self.rebuild()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.retranslate()
