"""Screenshot scenes of the opinion, suggestion, status-lookup and receipt-reprint screens.

:mod:`kiosk_app.ui.screenshot` merges :func:`scenes` into its own. Scenes
that submit something do it into a throw-away intake in a temporary folder,
never into the kiosk's own outbox: a screenshot must not send anything to
the office.
"""

from __future__ import annotations

import datetime as _dt
import json
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from kiosk_app.ui.qt import QtWidgets

OPINION_TEXT = ("建议在公约中写明：遛狗必须牵绳，大型犬避开早晚上下学时段；"
                "在小区入口和电梯里张贴公约要点，方便老年人了解。")
SUGGESTION_TEXT = "希望周末也开放政务公开专区，并增加一台可以打印的查询机。"


def _demo_intake(window, ctx):
    """A provisioned intake in a temporary folder (kept with the window), made the kiosk's intake."""
    from kiosk_app.core.intake.service import IntakePaths, KioskIntake

    tmp = tempfile.mkdtemp(prefix="kiosk-shot-intake-")
    paths = IntakePaths(Path(tmp))
    paths.folder.mkdir(parents=True)
    paths.config.write_text(json.dumps({"tracking_prefix": "JN7", "office": "济南市历下区人民政府办公室",
                                        "phone": "0531-12345", "status_url": ""}), encoding="utf-8")
    intake = KioskIntake.open(tmp, hall_name=ctx.settings.hall_name, calendar=ctx.calendar, clock=ctx.clock)
    ctx.intake = intake

    def remove(*_args) -> None:       # the screenshot process ends with os._exit: no finalizers run
        intake.close()
        shutil.rmtree(tmp, ignore_errors=True)

    window.destroyed.connect(remove)
    return intake


def _open_consultation(ctx) -> dict:
    from kiosk_app.ui.screenshot import SceneError

    for c in ctx.store.consultations(ctx.today()):
        if c["status"] == "open":
            return c
    raise SceneError("the library has no consultation open today")


def _application(ctx, title: str):
    from kiosk_app.core.intake.form import ApplicationForm

    return ApplicationForm(name="王秀英", id_number="370102195806152420", phone="13905318888",
                           info_title=title, consent=True).validate(today=ctx.today())


def _wait_layout() -> None:
    QtWidgets.QApplication.processEvents()


def opinion_form(w, ctx) -> None:
    _demo_intake(w, ctx)
    page = w.open("opinion", consultation=_open_consultation(ctx)["id"])
    page.fields.text.widget.setPlainText(OPINION_TEXT)


def opinion_done(w, ctx) -> None:
    _demo_intake(w, ctx)
    page = w.open("opinion", consultation=_open_consultation(ctx)["id"])
    page.fields.text.widget.setPlainText(OPINION_TEXT)
    page.open_review()
    page.submit()


def suggestion_form(w, ctx) -> None:
    """A suggestion with a phone number but no consent yet, after 下一步: the messages by the fields."""
    _demo_intake(w, ctx)
    page = w.open("opinion")
    page.fields.topic.widget.setText("本机使用")
    page.fields.text.widget.setPlainText(SUGGESTION_TEXT)
    page.fields.name.widget.setText("王秀英")
    page.fields.contact.widget.setText("1390531888")
    page.open_review()


def status_lookup(w, ctx) -> None:
    """An application looked up after the office accepted it and asked a third party (with a due date)."""
    intake = _demo_intake(w, ctx)
    sub, _ = intake.submit_application(intake.new_key(), _application(ctx, "历下区老旧小区改造计划"))
    intake.receipt_printed(sub.idempotency_key)
    intake.outbox.mark_delivered([sub.idempotency_key])
    day = sub.received_at
    updates = {sub.idempotency_key: {"status": "accepted", "note": "已转区住房和城乡建设局办理",
                                     "at": (day + _dt.timedelta(hours=3)).isoformat()}}
    intake.paths.status_updates.write_text(json.dumps(updates, ensure_ascii=False), encoding="utf-8")
    w.open("status", code=sub.tracking_code.lower())


def admin_reprint(w, ctx) -> None:
    """Two applications whose receipts never printed (a crash), as staff see them after the PIN."""
    intake = _demo_intake(w, ctx)
    for title in ("历下区老旧小区改造计划", "2026年加装电梯补助名单"):
        intake.submit_application(intake.new_key(), _application(ctx, title))
    w.visit.admin = True
    page = w.open("admin")
    _wait_layout()
    if page.reprint_section is not None:
        page.area.ensureWidgetVisible(page.reprint_section, 0, 0)
        top = page.reprint_section.mapTo(page.area.widget(), page.reprint_section.rect().topLeft()).y()
        page.area.verticalScrollBar().setValue(max(0, top - 24))


def scenes() -> dict[str, Callable]:
    """The scenes of these screens, by the name ``--page`` takes."""
    return {"opinion-form": opinion_form, "opinion-done": opinion_done, "suggestion-form": suggestion_form,
            "status-lookup": status_lookup, "admin-reprint": admin_reprint}
