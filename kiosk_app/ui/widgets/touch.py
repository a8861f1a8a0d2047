"""Touch behaviour: kinetic scrolling with a finger, and no text selection by dragging.

Kiosk screens deliver touches as mouse presses; QScroller's left-button gesture
turns a drag anywhere in a list or text into a flick, and a tap without
movement still reaches the item as a click.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtWidgets, Qt


def make_kinetic(area: QtWidgets.QAbstractScrollArea) -> None:
    """Let a finger flick ``area``; hide its horizontal bar; scroll item views by pixel."""
    scroller = QtWidgets.QScroller
    scroller.grabGesture(area.viewport(), scroller.ScrollerGestureType.LeftMouseButtonGesture)
    props = scroller.scroller(area.viewport()).scrollerProperties()
    props.setScrollMetric(QtWidgets.QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    props.setScrollMetric(QtWidgets.QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0.1)
    props.setScrollMetric(QtWidgets.QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    scroller.scroller(area.viewport()).setScrollerProperties(props)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if isinstance(area, QtWidgets.QAbstractItemView):
        area.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        area.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)


def stop_scrolling(area: QtWidgets.QAbstractScrollArea) -> None:
    """Stop a flick in progress and go back to the top (used when a visit is wiped)."""
    QtWidgets.QScroller.scroller(area.viewport()).stop()
    area.verticalScrollBar().setValue(0)
