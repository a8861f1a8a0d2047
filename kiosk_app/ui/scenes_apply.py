"""Screenshot scenes of the application form (merged into :mod:`kiosk_app.ui.screenshot`).

Each scene fills the form the way a visitor would (through the fields, so the
model and the messages follow) with a fictitious applicant. The receipt scene
submits for real, so it first swaps in an intake of its own in a temporary
folder: a screenshot never leaves an application in a kiosk's outbox.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Callable

from kiosk_app.ui.screenshot import wait_until

# Fictitious, but well-formed (the check digit is right), so the form accepts it.
SAMPLE_ID = "370102198001011237"
SAMPLE_QUERY = "中小企业款项支付"
SAMPLE_STATUS_URL = "https://gk.jinan.gov.cn/yisq/status?code={code}"


def _form(w):
    page = w.open("apply-form")
    page.wipe()
    return page


def _applicant(page) -> None:
    step = page.step("applicant")
    step.name.set_text("张三明")
    step.id_number.set_text(SAMPLE_ID)


def _request(page) -> None:
    page.step("request").info_title.set_text(SAMPLE_QUERY)


def _rest(page) -> None:
    page.step("delivery").method.choose("post")
    contact = page.step("contact")
    contact.phone.set_text("13912345678")
    contact.address.set_text("济南市历下区泉城路1号")
    contact.postcode.set_text("250011")
    page.step("consent").consent.toggle.setChecked(True)


def _private_intake(w, ctx) -> None:
    """An intake in a temporary folder, provisioned with a status address (for the QR code)."""
    from kiosk_app.core.intake.service import KioskIntake

    tmp = tempfile.TemporaryDirectory(prefix="kiosk-shot-intake-")
    w._scene_intake_dir = tmp                      # removed with the window
    folder = Path(tmp.name) / "intake"
    folder.mkdir()
    (folder / "intake.json").write_text(json.dumps({
        "tracking_prefix": "JN7", "status_url": SAMPLE_STATUS_URL, "office": "济南市历下区人民政府办公室"}),
        encoding="utf-8")
    ctx.intake = KioskIntake.open(tmp.name, hall_name=ctx.settings.hall_name, calendar=ctx.calendar,
                                  clock=ctx.clock)


def scenes() -> dict[str, Callable]:
    def form(w, ctx):
        _form(w)

    def applicant(w, ctx):
        page = _form(w)
        page.next()
        _applicant(page)

    def errors(w, ctx):
        # 下一步 with the name missing and an ID number one digit short: the core's messages beside the fields.
        page = _form(w)
        page.next()
        page.step("applicant").id_number.set_text(SAMPLE_ID[:17])
        page.next()

    def request(w, ctx):
        page = _form(w)
        _applicant(page)
        page.go_to("request")
        _request(page)
        panel = page.step("request").deflection
        wait_until(lambda: bool(panel.titles()), 8)

    def later_step(key):
        def scene(w, ctx):
            page = _form(w)
            _applicant(page)
            _request(page)
            if key != "delivery":
                page.step("delivery").method.choose("post")
            page.go_to(key)
        return scene

    def review(w, ctx):
        page = _form(w)
        _applicant(page)
        _request(page)
        _rest(page)
        page.open_review()

    def done(w, ctx):
        _private_intake(w, ctx)
        page = _form(w)
        _applicant(page)
        _request(page)
        _rest(page)
        page.open_review()
        page.submit()
        wait_until(lambda: page.submit_task() is None and page.current == "done", 20)

    return {"apply-form": form, "apply-applicant": applicant, "apply-errors": errors, "apply-request": request,
            "apply-delivery": later_step("delivery"), "apply-contact": later_step("contact"),
            "apply-consent": later_step("consent"), "apply-review": review, "apply-done": done}
