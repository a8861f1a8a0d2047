"""Look of the kiosk: sizes, colours and the style sheet, for standard and elder mode.

One calm government-service palette: white and very light grey surfaces, one
deep-blue accent, dark text. Elder mode (适老化) scales every size by about a
third, thickens borders, and switches to pure black on white; meaning is never
carried by colour alone (badges have words and shapes, selected chips a tick).

Sizes are pixels at 1920×1080 / 1080×1920, the screens the kiosk ships on.
"""

from __future__ import annotations

from dataclasses import dataclass

FONT_FAMILY = "WenQuanYi Micro Hei"


@dataclass(frozen=True)
class Palette:
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    accent_soft: str
    border: str
    mark_bg: str
    danger: str
    ok: str
    warn: str
    neutral: str
    info: str


STANDARD = Palette(window="#f3f5f8", surface="#ffffff", text="#1d2129", muted="#4e5969",
                   accent="#0b4ea2", accent_text="#ffffff", accent_soft="#e8f0fb", border="#d5dbe5",
                   mark_bg="#ffe9a8", danger="#b42318", ok="#1a7f37", warn="#9a5b00",
                   neutral="#5b6370", info="#0b4ea2")
HIGH_CONTRAST = Palette(window="#ffffff", surface="#ffffff", text="#000000", muted="#1d1d1d",
                        accent="#002b6b", accent_text="#ffffff", accent_soft="#dde7f7", border="#000000",
                        mark_bg="#ffd84d", danger="#8a0000", ok="#0b5a1f", warn="#6b3d00",
                        neutral="#2b2b2b", info="#002b6b")


@dataclass(frozen=True)
class Theme:
    """Sizes and colours for one mode; ``elder`` scales type and targets up."""

    elder: bool = False

    @property
    def scale(self) -> float:
        return 1.3 if self.elder else 1.0

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.elder else STANDARD

    def px(self, base: float) -> int:
        return int(round(base * self.scale))

    # Type sizes (px).
    @property
    def body(self) -> int:
        return self.px(26)

    @property
    def small(self) -> int:
        return self.px(22)

    @property
    def title(self) -> int:
        return self.px(34)

    @property
    def display(self) -> int:
        return self.px(44)

    @property
    def target(self) -> int:
        """Minimum height of anything a finger taps (≥ 60 px)."""
        return self.px(72)

    @property
    def border(self) -> int:
        return 3 if self.elder else 1

    @property
    def line_height(self) -> int:
        """Line spacing of running text, percent (≥ 130)."""
        return 160 if self.elder else 150

    @property
    def result_row(self) -> int:
        """Height of one search result row."""
        return self.px(196)


def style_sheet(theme: Theme) -> str:
    """The application style sheet for ``theme``."""
    p = theme.palette
    b = theme.border
    t = theme.target
    return f"""
* {{ font-family: "{FONT_FAMILY}"; }}
QWidget {{ color: {p.text}; font-size: {theme.body}px; }}
QWidget#KioskRoot, QStackedWidget#Pages, QWidget#Page {{ background: {p.window}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {theme.title}px; font-weight: bold; }}
QLabel[role="display"] {{ font-size: {theme.display}px; font-weight: bold; color: {p.accent}; }}
QLabel[role="muted"] {{ color: {p.muted}; font-size: {theme.small}px; }}
QLabel[role="section"] {{ font-size: {theme.px(28)}px; font-weight: bold; color: {p.accent};
    padding-top: {theme.px(8)}px; }}
QWidget#Header {{ background: {p.accent}; }}
QWidget#Header QLabel {{ color: {p.accent_text}; }}
QLabel#HallName {{ font-size: {theme.px(32)}px; font-weight: bold; }}
QLabel#PageTitle {{ font-size: {theme.px(32)}px; font-weight: bold; }}
QWidget#Header QPushButton {{ background: transparent; color: {p.accent_text};
    border: {max(2, b)}px solid rgba(255,255,255,0.75); border-radius: {theme.px(10)}px;
    padding: 0 {theme.px(18)}px; min-height: {theme.px(64)}px; font-size: {theme.small}px; }}
QWidget#Header QPushButton:checked {{ background: {p.accent_text}; color: {p.accent}; }}
QWidget#Footer {{ background: {p.surface}; border-top: {b}px solid {p.border}; }}
QWidget#Footer QLabel {{ color: {p.muted}; font-size: {theme.small}px; }}
QFrame[card="true"] {{ background: {p.surface}; border: {b}px solid {p.border};
    border-radius: {theme.px(12)}px; }}
QPushButton {{ background: {p.surface}; color: {p.accent}; border: {max(2, b)}px solid {p.accent};
    border-radius: {theme.px(10)}px; padding: 0 {theme.px(22)}px; min-height: {t}px;
    font-size: {theme.body}px; }}
QPushButton:pressed {{ background: {p.accent_soft}; }}
QPushButton:disabled {{ color: {p.muted}; border-color: {p.border}; }}
QPushButton[primary="true"] {{ background: {p.accent}; color: {p.accent_text}; font-weight: bold; }}
QPushButton[primary="true"]:pressed {{ background: {p.text}; }}
QPushButton[flat="true"] {{ border: none; background: transparent; text-align: left; }}
QPushButton[chip="true"] {{ border-radius: {theme.px(30)}px; min-height: {theme.px(60)}px;
    padding: 0 {theme.px(20)}px; font-size: {theme.small}px; color: {p.text};
    border: {max(2, b)}px solid {p.border}; }}
QPushButton[chip="true"]:checked {{ background: {p.accent}; color: {p.accent_text};
    border-color: {p.accent}; font-weight: bold; }}
QPushButton[tab="true"] {{ border-radius: 0; border: none; border-bottom: {theme.px(5)}px solid transparent;
    background: transparent; color: {p.muted}; font-size: {theme.px(28)}px; padding: 0 {theme.px(26)}px; }}
QPushButton[tab="true"]:checked {{ color: {p.accent}; border-bottom-color: {p.accent}; font-weight: bold; }}
QPushButton[row="true"] {{ text-align: left; color: {p.text}; border: {b}px solid {p.border};
    padding: {theme.px(14)}px {theme.px(22)}px; }}
QPushButton[row="true"]:checked {{ border: {max(3, b)}px solid {p.accent}; background: {p.accent_soft}; }}
QPushButton[key="true"] {{ font-size: {theme.px(40)}px; min-height: {theme.px(84)}px; min-width: {theme.px(120)}px; }}
QLineEdit {{ background: {p.surface}; border: {max(2, b)}px solid {p.accent}; border-radius: {theme.px(10)}px;
    padding: 0 {theme.px(18)}px; min-height: {t}px; font-size: {theme.px(30)}px;
    selection-background-color: {p.accent}; }}
QTextBrowser {{ background: {p.surface}; border: {b}px solid {p.border}; border-radius: {theme.px(12)}px;
    padding: {theme.px(12)}px; }}
QListView {{ background: transparent; border: none; outline: none; }}
QScrollBar:vertical {{ background: {p.window}; width: {theme.px(18)}px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {p.muted}; min-height: {theme.px(80)}px;
    border-radius: {theme.px(9)}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QScrollBar:horizontal {{ height: 0; }}
QWidget#Overlay {{ background: rgba(0, 20, 50, 0.72); }}
QFrame#OverlayCard {{ background: {p.surface}; border-radius: {theme.px(20)}px;
    border: {max(2, b)}px solid {p.border}; }}
QWidget#Attract {{ background: {p.accent}; }}
QWidget#Attract QLabel {{ color: {p.accent_text}; }}
QFrame#AttractCard {{ background: rgba(255,255,255,0.12); border-radius: {theme.px(20)}px;
    border: 2px solid rgba(255,255,255,0.5); }}
QFrame#Banner {{ background: {p.surface}; border: {max(3, b)}px solid {p.danger};
    border-radius: {theme.px(12)}px; }}
"""
