"""Home: the search box, eight big tiles, two smaller entries, and the latest policies."""

from __future__ import annotations

from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtCore, QtWidgets
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.controls import button, clear_layout, label, scroll_area
from kiosk_app.ui.widgets.doc_row import DocRow
from kiosk_app.ui.widgets.tile import Tile

# (tile object name, icon, target page)
TILES = (
    ("TileSearch", "search", "search"),
    ("TileInterpretations", "interpretation", "interpretations"),
    ("TileCatalogue", "catalogue", "catalogue"),
    ("TileGuides", "guide", "guides"),
    ("TileFaq", "faq", "faq"),
    ("TileConsultations", "consultation", "consultations"),
    ("TilePolicyMatch", "enterprise", "policy-match"),
    ("TileApply", "apply", "apply"),
)
# (button object name, icon, target page): smaller entries under the tiles
LINKS = (
    ("HomeSuggestion", "interpretation", "opinion"),
    ("HomeStatus", "latest", "status"),
)
LATEST = 5


class HomePage(Page):
    name = "home"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.root = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight, self)
        left = QtWidgets.QVBoxLayout()
        self.welcome = label("", role="title", name="Welcome")
        self.search_box = button("", name="HomeSearch")
        self.search_box.setProperty("primary", False)
        self.search_box.clicked.connect(lambda: self.shell.open("search", focus=True))
        left.addWidget(self.welcome)
        left.addWidget(self.search_box)
        self.grid = QtWidgets.QGridLayout()
        self.tiles: dict[str, Tile] = {}
        for name, icon_name, target in TILES:
            tile = Tile(icon_name, name)
            tile.clicked.connect(lambda _=False, t=target: self.shell.open(t))
            self.tiles[name] = tile
        left.addLayout(self.grid, 1)
        # Under the tiles in portrait; at the foot of the side column in landscape, where the
        # tiles leave no height to spare (elder mode).
        self.links_box = QtWidgets.QWidget()
        self.links_row = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight, self.links_box)
        self.links_row.setContentsMargins(0, 0, 0, 0)
        self.links: dict[str, QtWidgets.QPushButton] = {}
        for name, _icon, target in LINKS:
            link = button("", name=name)
            link.clicked.connect(lambda _=False, t=target: self.shell.open(t))
            self.links_row.addWidget(link, 1)
            self.links[name] = link
        self.root.addLayout(left, 2)
        side = QtWidgets.QVBoxLayout()
        self.latest_title = label("", role="section", name="LatestTitle", wrap=False)
        side.addWidget(self.latest_title)
        holder = QtWidgets.QWidget()
        self.latest_box = QtWidgets.QVBoxLayout(holder)
        self.latest_box.setContentsMargins(0, 0, 0, 0)
        self.latest_area = scroll_area(holder)
        side.addWidget(self.latest_area, 1)
        self.side = side
        self.root.addLayout(side, 1)
        self._left = left
        self._latest = ctx.store.latest_documents(LATEST)
        self._place_links()
        self._place_tiles()
        self.apply_theme(self.theme)
        self.retranslate()

    def _place_tiles(self) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        cols = 2 if self.portrait else 4
        for i, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, i // cols, i % cols)
        for c in range(4):
            self.grid.setColumnStretch(c, 1 if c < cols else 0)
        for r in range(4):
            self.grid.setRowStretch(r, 1 if r < len(self.tiles) // cols else 0)

    def _place_links(self) -> None:
        self._left.removeWidget(self.links_box)
        self.side.removeWidget(self.links_box)
        if self.portrait:
            self.links_row.setDirection(QtWidgets.QBoxLayout.Direction.LeftToRight)
            self._left.addWidget(self.links_box)
        else:
            self.links_row.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom)
            self.side.addWidget(self.links_box)

    def _fill_latest(self) -> None:
        clear_layout(self.latest_box)
        count = LATEST
        for doc in self._latest[:count]:
            row = DocRow(doc, self.theme, compact=True)
            row.opened.connect(lambda doc_id: self.shell.open("reader", doc_id=doc_id))
            self.latest_box.addWidget(row)
        self.latest_box.addStretch(1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._size_tiles(event.size().width())
        super().resizeEvent(event)

    def _size_tiles(self, page_width: int) -> None:
        """Tell the tiles their width before layout, so their minimum heights fit their text."""
        cols = 2 if self.portrait else 4
        m = self.root.contentsMargins()
        width = page_width - m.left() - m.right()
        if not self.portrait:
            width = (width - self.root.spacing()) * 2 // 3
        tile_width = (width - self.grid.horizontalSpacing() * (cols - 1)) // cols
        for tile in self.tiles.values():
            tile.set_expected_width(max(1, tile_width))

    def reset(self) -> None:
        self.latest_area.verticalScrollBar().setValue(0)

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self.root.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom if portrait
                               else QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.root.setStretch(0, 3 if portrait else 2)
        self.root.setStretch(1, 1)
        self._place_links()
        self._place_tiles()
        margins(self.root, self.theme, portrait)
        self._size_tiles(self.width())
        self._fill_latest()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.root, theme, self.portrait)
        self.root.setSpacing(theme.px(36))
        self._left.setSpacing(theme.px(20))
        self.grid.setSpacing(theme.px(20))
        self.side.setSpacing(theme.px(14))
        self.latest_box.setSpacing(theme.px(12))
        for tile in self.tiles.values():
            tile.apply_theme(theme)
        self.links_row.setSpacing(theme.px(14))
        for (name, icon_name, _target) in LINKS:
            link = self.links[name]
            link.setIcon(icons.icon(icon_name, theme.palette.accent, theme.px(64)))
            link.setIconSize(QtCore.QSize(theme.px(34), theme.px(34)))
            link.setMinimumHeight(theme.px(84))
        self._size_tiles(self.width())
        self.search_box.setIcon(icons.icon("search", theme.palette.accent, theme.px(80)))
        self.search_box.setIconSize(QtCore.QSize(theme.px(40), theme.px(40)))
        self.search_box.setMinimumHeight(theme.px(96))
        self.search_box.setStyleSheet(
            f"QPushButton#HomeSearch {{ text-align: left; padding-left: {theme.px(28)}px; "
            f"font-size: {theme.px(30)}px; color: {theme.palette.muted}; "
            f"border: {max(3, theme.border)}px solid {theme.palette.accent}; border-radius: {theme.px(48)}px; }}")
        self._fill_latest()

    def retranslate(self) -> None:
        self.welcome.setText(self.tr("欢迎使用政务公开自助查询，请触摸选择服务"))
        self.search_box.setText(self.tr("输入政策名称、文号或关键词，也可用拼音首字母"))
        texts = {
            "TileSearch": (self.tr("政策查询"), self.tr("按标题、文号、关键词查找文件")),
            "TileInterpretations": (self.tr("政策解读"), self.tr("文件配套的解读和问答")),
            "TileCatalogue": (self.tr("主动公开目录"), self.tr("市 · 区县 · 街道三级目录")),
            "TileGuides": (self.tr("办事指南"), self.tr("材料、流程、时限、地点")),
            "TileFaq": (self.tr("常见问答"), self.tr("12345 热线高频问题")),
            "TileConsultations": (self.tr("征求意见"), self.tr("正在征集意见的草案")),
            "TilePolicyMatch": (self.tr("惠企政策"), self.tr("按行业、规模匹配适用政策")),
            "TileApply": (self.tr("依申请公开"), self.tr("没找到需要的信息？现场申请")),
        }
        for name, (heading, sub) in texts.items():
            self.tiles[name].set_texts(heading, sub)
        self.links["HomeSuggestion"].setText(self.tr("意见建议"))
        self.links["HomeStatus"].setText(self.tr("申请查询（输入查询码）"))
        self.latest_title.setText(self.tr("最新发布"))
