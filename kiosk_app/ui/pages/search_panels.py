"""The parts of the search screen around the result list: filter chips, the empty and zero-result panels."""

from __future__ import annotations

from kiosk_app.ui.labels import facet_title, value_label
from kiosk_app.ui.qt import QtCore, QtWidgets, Qt, Signal
from kiosk_app.ui.search_service import FACET_KEYS
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.controls import button, label
from kiosk_app.ui.widgets.flow import FlowBox

CHIPS_LANDSCAPE = 6
CHIPS_PORTRAIT = 4


class FilterPanel(QtWidgets.QWidget):
    """Chips per facet with their counts; a tick marks a chosen one (not colour alone)."""

    toggled = Signal(str, str, bool)
    cleared = Signal()
    visibility_changed = Signal(bool)

    def __init__(self):
        super().__init__()
        self.setObjectName("FilterPanel")
        self._grid = QtWidgets.QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.titles: dict[str, QtWidgets.QLabel] = {}
        self.flows: dict[str, FlowBox] = {}
        self.holders: dict[str, FlowBox] = {}
        self.chips: dict[tuple[str, str], QtWidgets.QPushButton] = {}
        for key in FACET_KEYS:
            self.titles[key] = label("", role="section")
            self.flows[key] = self.holders[key] = FlowBox(spacing=10)
        self.clear_button = button("", name="ClearFilters")
        self.clear_button.clicked.connect(self.cleared)
        self._facets: dict = {}
        self._chosen: dict = {}
        self._portrait = False
        self._max = CHIPS_LANDSCAPE
        self._place()
        self.retranslate()

    def _place(self) -> None:
        for key in FACET_KEYS:
            self._grid.removeWidget(self.titles[key])
            self._grid.removeWidget(self.holders[key])
        self._grid.removeWidget(self.clear_button)
        for i, key in enumerate(FACET_KEYS):
            if self._portrait:
                self._grid.addWidget(self.titles[key], 0, i)
                self._grid.addWidget(self.holders[key], 1, i, Qt.AlignmentFlag.AlignTop)
            else:
                self._grid.addWidget(self.titles[key], 2 * i, 0)
                self._grid.addWidget(self.holders[key], 2 * i + 1, 0)
        if self._portrait:
            self._grid.addWidget(self.clear_button, 2, 0, 1, len(FACET_KEYS), Qt.AlignmentFlag.AlignLeft)
        else:
            self._grid.addWidget(self.clear_button, 2 * len(FACET_KEYS), 0)
            self._grid.setRowStretch(2 * len(FACET_KEYS) + 1, 1)

    def set_portrait(self, portrait: bool, theme: Theme) -> None:
        self._portrait = portrait
        self._max = CHIPS_PORTRAIT if portrait else CHIPS_LANDSCAPE
        width = theme.px(340)
        if portrait:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)
        else:
            self.setFixedWidth(width)
        self._place()
        self._rebuild()

    def apply_theme(self, theme: Theme) -> None:
        self._grid.setHorizontalSpacing(theme.px(20))
        self._grid.setVerticalSpacing(theme.px(8))

    def set_facets(self, facets: dict[str, list[tuple[str, int]]], chosen: dict[str, set[str]]) -> None:
        self._facets = facets
        self._chosen = {k: set(v) for k, v in chosen.items()}
        self._rebuild()

    def _rebuild(self) -> None:
        """Show the chips of the current facets. A chip whose value stays is updated in place
        (a keystroke mostly changes counts), so typing stays quick."""
        any_values = False
        for key in FACET_KEYS:
            chosen = self._chosen.get(key, set())
            values = list(self._facets.get(key, []))[: self._max]
            shown = {v for v, _ in values}
            values += [(v, 0) for v in sorted(chosen - shown)]
            current = [v for (k, v) in self.chips if k == key]
            if current != [v for v, _ in values]:
                for value in current:
                    self.flows[key].remove_widget(self.chips.pop((key, value)))
                for value, _ in values:
                    btn = button("", chip=True)
                    btn.setProperty("facet", key)
                    btn.setProperty("value", value)
                    # clicked, not toggled: setChecked below must not count as a tap.
                    btn.clicked.connect(lambda state, k=key, v=value: self.toggled.emit(k, v, state))
                    self.flows[key].add_widget(btn)
                    self.chips[(key, value)] = btn
            for value, count in values:
                on = value in chosen
                btn = self.chips[(key, value)]
                btn.setChecked(on)
                btn.setText(("✓ " if on else "") + f"{value_label(value)}  {count}")
            self.flows[key].updateGeometry()
            self.titles[key].setVisible(bool(values))
            self.holders[key].setVisible(bool(values))
            any_values = any_values or bool(values)
        self.clear_button.setVisible(any(self._chosen.values()))
        self.visibility_changed.emit(any_values)

    def chip(self, key: str, value: str) -> QtWidgets.QPushButton | None:
        return self.chips.get((key, value))

    def retranslate(self) -> None:
        for key in FACET_KEYS:
            self.titles[key].setText(facet_title(key))
        self.clear_button.setText(self.tr("清除筛选"))
        self._rebuild()


class EmptyPanel(QtWidgets.QWidget):
    """Before anything is typed: what can be searched, and popular topics to tap."""

    picked = Signal(str)

    def __init__(self):
        super().__init__()
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(20)
        self.hint = label("", role="title")
        self.tips = label("", role="muted")
        self.topics_title = label("", role="section")
        self.flow = FlowBox()
        self.buttons: list[QtWidgets.QPushButton] = []
        for w in (self.hint, self.tips, self.topics_title, self.flow):
            lay.addWidget(w)
        lay.addStretch(1)
        self.retranslate()

    def set_topics(self, topics: list[str]) -> None:
        self.flow.clear()
        self.buttons = []
        for text in topics[:12]:
            b = button(text, chip=True)
            b.setCheckable(False)
            b.clicked.connect(lambda _=False, t=text: self.picked.emit(t))
            self.flow.add_widget(b)
            self.buttons.append(b)
        self.topics_title.setVisible(bool(topics))

    def retranslate(self) -> None:
        self.hint.setText(self.tr("请输入要查找的政策"))
        self.tips.setText(self.tr("可以输入文件标题中的词语、发文字号（如“济政办发〔2025〕3号”），"
                                  "或拼音首字母（如“zwgk”查“政务公开”）。"))
        self.topics_title.setText(self.tr("大家都在查"))


class ZeroPanel(QtWidgets.QWidget):
    """Nothing found: other words to try, and the way to apply for the information."""

    picked = Signal(str)
    apply_clicked = Signal()

    def __init__(self):
        super().__init__()
        self.setObjectName("ZeroResults")
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(20)
        self.title = label("", role="title", name="ZeroTitle")
        self.tips = label("", role="muted")
        self.alt_title = label("", role="section")
        self.flow = FlowBox()
        self.buttons: list[QtWidgets.QPushButton] = []
        frame = QtWidgets.QFrame()
        frame.setProperty("card", True)
        fl = QtWidgets.QVBoxLayout(frame)
        fl.setContentsMargins(32, 28, 32, 28)
        fl.setSpacing(16)
        self.apply_title = label("", role="title")
        self.apply_text = label("")
        self.apply_button = button("", primary=True, name="ZeroApply")
        self.apply_button.setIcon(icons.icon("apply", "#ffffff", 64))
        self.apply_button.setIconSize(QtCore.QSize(32, 32))
        self.apply_button.clicked.connect(self.apply_clicked)
        for w in (self.apply_title, self.apply_text):
            fl.addWidget(w)
        fl.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        for w in (self.title, self.tips, self.alt_title, self.flow, frame):
            lay.addWidget(w)
        lay.addStretch(1)
        self._query = ""
        self.retranslate()

    def show_for(self, query: str, alternatives: list[str]) -> None:
        self._query = query
        self.flow.clear()
        self.buttons = []
        for text in alternatives[:8]:
            b = button(text, chip=True)
            b.setCheckable(False)
            b.clicked.connect(lambda _=False, t=text: self.picked.emit(t))
            self.flow.add_widget(b)
            self.buttons.append(b)
        self.alt_title.setVisible(bool(alternatives))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("没有找到与“{0}”相关的文件").format(self._query))
        self.tips.setText(self.tr("可以减少关键词、检查错别字，或换一种说法再试。"))
        self.alt_title.setText(self.tr("您可以试试："))
        self.apply_title.setText(self.tr("仍然找不到？可以申请政府信息公开"))
        self.apply_text.setText(self.tr("没有主动公开的政府信息，公民、法人和其他组织可以向行政机关申请获取。"
                                        "本机可以现场提交申请，一般在 20 个工作日内答复。"))
        self.apply_button.setText(self.tr("申请政府信息公开"))
