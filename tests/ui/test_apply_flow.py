"""On-site applications (依申请公开) through the real screens: stored once, receipt printed after the commit."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from stdnum.cn import ric, uscc

from kiosk_app.core.intake.crypto import office_key_pem, open_sealed, seal_info
from kiosk_app.core.intake.tracking import format_code
from kiosk_app.ui.printing import DirectoryPrinter, NoPrinter
from kiosk_app.ui.qt import QtWidgets
from tests.ui.conftest import make_kiosk, shutdown
from tests.ui.helpers import find, tap, tap_button, type_text, wait_page

OFFICE = X25519PrivateKey.generate()          # the disclosure office's key pair
STATUS_URL = "https://gk.jinan.gov.cn/yisq/status?code={code}"
PERSON_ID = (lambda body: body + ric.calc_check_digit(body + "0"))("37010219800101123")
ORG_CODE = (lambda body: body + uscc.calc_check_digit(body))("91370102MA3C4L5X7")


def provision(data) -> None:
    """What provisioning leaves in the data directory: prefix, QR address, office and its public key."""
    folder = data / "intake"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "intake.json").write_text(json.dumps({
        "tracking_prefix": "JN7", "status_url": STATUS_URL, "office": "济南市历下区人民政府办公室",
        "phone": "0531-12345"}), encoding="utf-8")
    (folder / "office-key.pem").write_bytes(office_key_pem(OFFICE.public_key()))


def close(window) -> None:
    intake = window.ctx.intake
    shutdown(window)
    if intake is not None:
        intake.close()


@pytest.fixture
def apply_kiosk(qtbot, sample_library, tmp_path, clock):
    provision(tmp_path)
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    yield window
    close(window)


# -- moving through the screens as a visitor does ----------------------------------------------

def open_form(qtbot, window):
    tap_button(qtbot, window, "TileApply")
    wait_page(qtbot, window, "apply")
    tap_button(qtbot, window, "StartApplication")
    wait_page(qtbot, window, "apply-form")
    return window.page("apply-form")


def field(window, name):
    return find(window, QtWidgets.QWidget, f"Field_{name}")


def fill(qtbot, window, **values) -> None:
    for name, text in values.items():
        type_text(qtbot, field(window, name), text)


def next_step(qtbot, window, page, expected: str) -> None:
    tap_button(qtbot, window, "NextStep")
    assert page.current == expected, shown_errors(window)


def shown_errors(window) -> dict[str, str]:
    return {w.objectName()[6:]: w.text() for w in window.findChildren(QtWidgets.QLabel)
            if w.objectName().startswith("Error_") and w.isVisible()}


def citizen_until_review(qtbot, window, *, id_number: str = PERSON_ID):
    page = open_form(qtbot, window)
    assert page.current == "type"
    tap_button(qtbot, window, "Choice_applicant_type_citizen")
    next_step(qtbot, window, page, "applicant")
    fill(qtbot, window, name="张三明", id_number=id_number)
    next_step(qtbot, window, page, "request")
    fill(qtbot, window, info_title="历下区2025年老旧小区改造项目资金使用明细")
    next_step(qtbot, window, page, "delivery")
    tap_button(qtbot, window, "Choice_method_post")
    next_step(qtbot, window, page, "contact")
    fill(qtbot, window, phone="13912345678", address="济南市历下区泉城路1号", postcode="250011")
    next_step(qtbot, window, page, "consent")
    tap_button(qtbot, window, "ConsentToggle")
    next_step(qtbot, window, page, "review")
    return page


def submit_and_wait(qtbot, window, page) -> None:
    tap_button(qtbot, window, "SubmitApplication")
    qtbot.waitUntil(lambda: page.submit_task() is None, timeout=30000)
    assert not window.busy.isVisible()


def at_office(intake) -> list[dict]:
    """Every pending application as the office opens it (sealed to its key)."""
    out = []
    for item in intake.outbox.pending_items():
        envelope = json.loads(open_sealed(OFFICE, item.payload, seal_info(item.idempotency_key, item.kind)))
        out.append(envelope)
    return out


def unprinted(intake):
    """Tracking codes of receipts staff may still print, or None when the intake does not keep them."""
    if not hasattr(intake, "unprinted_receipts"):
        return None
    return [r.tracking_code for r in intake.unprinted_receipts()]


def receipt_text(pdf) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def bare(text: str) -> str:
    return re.sub(r"[\s\-]", "", text)


# -- the tests ------------------------------------------------------------------------------------

def test_citizen_application_is_stored_then_its_receipt_prints(qtbot, apply_kiosk):
    window = apply_kiosk
    intake = window.ctx.intake
    page = citizen_until_review(qtbot, window)

    review = page.step("review")
    assert review.values["姓名"] == "张三明"
    assert review.values["证件号码"] != PERSON_ID and "*" in review.values["证件号码"]
    assert PERSON_ID not in " ".join(w.text() for w in window.findChildren(QtWidgets.QLabel) if w.isVisible())
    assert review.values["获取方式"] == "纸质·邮寄"
    assert intake.outbox.counts()["pending"] == 0      # nothing stored before 提交

    submit_and_wait(qtbot, window, page)
    assert page.current == "done"
    assert intake.outbox.counts() == {"pending": 1, "delivered": 0}
    [envelope] = at_office(intake)
    form = envelope["form"]
    assert (form["name"], form["id_type"], form["id_number"]) == ("张三明", "id_card", PERSON_ID)
    assert (form["phone"], form["postcode"], form["method"]) == ("13912345678", "250011", "post")
    assert form["assisted"] is False and form["consent_notice"].startswith("n-")

    code = envelope["tracking_code"]
    done = page.step("done")
    assert done.tracking_text() == format_code(code)
    assert find(window, QtWidgets.QLabel, "TrackingCode").isVisible()
    assert "2026年12月21日" in done.dates.text()          # 20 working days from 23 Nov 2026
    assert done.qr.isVisible() and done.qr.url == STATUS_URL.replace("{code}", code)
    assert "回执已打印" in done.status.text()
    assert window.ctx.intake.lookup(format_code(code)) is not None

    [job] = window.ctx.printer.jobs
    text = receipt_text(job)
    assert code in bare(text)
    assert "张*明" in text and "政府信息公开申请回执" in text
    figures = window.ctx.usage.figures()
    assert (figures.applications, figures.applications_submitted) == (1, 1)     # started, submitted
    assert unprinted(intake) in (None, [])            # the print was recorded: no reprint needed

    # Once stored, the answers are gone from the screens; 完成 goes home and clears the receipt.
    assert page.form.name == "" and field(window, "name").text() == ""
    assert field(window, "id_number").text() == "" and field(window, "phone").text() == ""
    tap_button(qtbot, window, "FinishApplication")
    wait_page(qtbot, window, "home")
    assert page.outcome is None and done.tracking_text() == ""


def test_organisation_application_by_email(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    tap_button(qtbot, window, "Choice_applicant_type_organisation")
    next_step(qtbot, window, page, "applicant")
    assert not field(window, "name").isVisible() and field(window, "org_code").isVisible()
    fill(qtbot, window, org_name="济南泉城物业管理有限公司", org_code=ORG_CODE.lower(), contact_name="李四")
    next_step(qtbot, window, page, "request")
    fill(qtbot, window, info_doc_number="济历政办字〔2024〕12号",
         info_description="历下区关于物业服务收费标准调整的通知")
    next_step(qtbot, window, page, "delivery")
    tap_button(qtbot, window, "Choice_medium_electronic")
    tap_button(qtbot, window, "Choice_method_email")
    next_step(qtbot, window, page, "contact")
    # E-mail delivery makes the e-mail address required: 下一步 says so beside each field.
    assert field(window, "email").parentWidget().tag.text() == "必填"
    tap_button(qtbot, window, "NextStep")
    assert page.current == "contact"
    assert shown_errors(window) == {"phone": "！请至少填写一种联系方式：联系电话、电子邮箱或通信地址",
                                    "email": "！选择电子邮件获取的，请填写电子邮箱"}
    fill(qtbot, window, email="office@quancheng-wuye.cn")
    assert shown_errors(window) == {}          # the messages follow the correction at once
    next_step(qtbot, window, page, "consent")
    tap_button(qtbot, window, "ConsentToggle")
    next_step(qtbot, window, page, "review")
    review = page.step("review")
    assert review.values["统一社会信用代码"] == ORG_CODE
    assert review.values["名称"] == "济南泉城物业管理有限公司"

    submit_and_wait(qtbot, window, page)
    [envelope] = at_office(window.ctx.intake)
    form = envelope["form"]
    assert form["applicant_type"] == "organisation"
    assert (form["org_code"], form["contact_name"], form["email"]) == (ORG_CODE, "李四", "office@quancheng-wuye.cn")
    assert (form["medium"], form["method"]) == ("electronic", "email")
    text = receipt_text(window.ctx.printer.jobs[0])
    assert envelope["tracking_code"] in bare(text)
    assert "济南泉城物业管理有限公司" in text


def test_double_tap_and_retry_store_one_record(qtbot, apply_kiosk):
    window = apply_kiosk
    intake = window.ctx.intake
    page = citizen_until_review(qtbot, window)
    key, app = page.key, page.app
    assert key
    submit = find(window, QtWidgets.QPushButton, "SubmitApplication")
    tap(qtbot, submit)
    page.submit()                                           # a second tap before the first finished
    qtbot.waitUntil(lambda: page.submit_task() is None, timeout=30000)
    assert intake.outbox.counts()["pending"] == 1
    code = at_office(intake)[0]["tracking_code"]
    # A retry after a frozen screen sends the same key: the same record comes back.
    again, _receipt = intake.submit_application(key, app)
    assert (again.created, again.tracking_code) == (False, code)
    assert intake.outbox.counts()["pending"] == 1
    assert len(window.ctx.printer.jobs) == 1


def test_database_error_claims_nothing_and_the_retry_keeps_its_key(qtbot, apply_kiosk):
    window = apply_kiosk
    intake = window.ctx.intake
    page = citizen_until_review(qtbot, window)
    key = page.key
    conn = intake.outbox._conn
    conn.execute("PRAGMA query_only = ON")      # every write now fails, as on a full or failing disk
    submit_and_wait(qtbot, window, page)
    assert page.current == "review"
    assert window.message.isVisible() and window.message.title.text() == "申请暂时无法提交"
    assert "没有提交" in window.message.text.text()
    assert intake.outbox.counts()["pending"] == 0
    assert window.ctx.printer.jobs == []
    assert window.ctx.usage.figures().applications_submitted == 0
    assert page.key == key and page.step("review").values["姓名"] == "张三明"

    tap_button(qtbot, window, "MessageOk")
    conn.execute("PRAGMA query_only = OFF")
    submit_and_wait(qtbot, window, page)
    assert page.current == "done"
    assert [item.idempotency_key for item in intake.outbox.pending_items()] == [key]
    assert len(window.ctx.printer.jobs) == 1


def test_printer_missing_keeps_the_receipt_on_screen(qtbot, sample_library, tmp_path, clock):
    provision(tmp_path)
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, printer=NoPrinter())
    try:
        page = citizen_until_review(qtbot, window)
        submit_and_wait(qtbot, window, page)
        assert page.current == "done"
        assert window.ctx.intake.outbox.counts()["pending"] == 1
        assert unprinted(window.ctx.intake) in (None, [at_office(window.ctx.intake)[0]["tracking_code"]])
        done = page.step("done")
        assert "您的申请已经保存" in done.status.text()
        assert done.tracking_text() and done.qr.isVisible()
        assert find(window, QtWidgets.QPushButton, "ReprintReceipt").isVisible()
        tap_button(qtbot, window, "ReprintReceipt")
        qtbot.waitUntil(lambda: page.submit_task() is None, timeout=30000)
        assert page.current == "done" and "您的申请已经保存" in done.status.text()
        assert window.ctx.intake.outbox.counts()["pending"] == 1
        assert window.ctx.usage.figures().applications_submitted == 1       # a reprint is no new one
    finally:
        close(window)


def test_explanation_page_opens_the_form_with_the_search_that_found_nothing(qtbot, apply_kiosk):
    window = apply_kiosk
    page = window.open("apply", query="宠物医院布点规划")       # as the search's zero-results panel does
    assert "20 个工作日" in page.time.text()
    assert find(window, QtWidgets.QPushButton, "ApplicationStatus").isVisible()
    assert not find(window, QtWidgets.QLabel, "ApplyUnavailable").isVisible()
    tap_button(qtbot, window, "StartApplication")
    wait_page(qtbot, window, "apply-form")
    assert window.ctx.usage.figures().applications == 1
    form = window.page("apply-form")
    assert form.current == "type"
    assert field(window, "info_description").toPlainText() == "宠物医院布点规划"
    assert form.form.info_description == "宠物医院布点规划"
    tap_button(qtbot, window, "BackButton")
    wait_page(qtbot, window, "apply")
    tap_button(qtbot, window, "ApplicationStatus")
    wait_page(qtbot, window, "status")


def test_without_an_intake_the_page_says_where_to_apply(qtbot, sample_library, tmp_path, clock):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    try:
        window.ctx.intake.close()
        window.ctx.intake = None
        tap_button(qtbot, window, "TileApply")
        window.page("apply").retranslate()
        assert not find(window, QtWidgets.QPushButton, "StartApplication").isVisible()
        assert not find(window, QtWidgets.QPushButton, "ApplicationStatus").isVisible()
        assert find(window, QtWidgets.QLabel, "ApplyUnavailable").isVisible()
    finally:
        close(window)



class HeldPrinter(DirectoryPrinter):
    """A folder printer that holds each job until the test lets it go (a slow printer)."""

    def __init__(self, folder):
        super().__init__(folder)
        self.started = threading.Event()
        self.release = threading.Event()

    def print_pdf(self, data: bytes, title: str) -> str:
        self.started.set()
        assert self.release.wait(30)
        return super().print_pdf(data, title)


def test_visit_ending_while_the_receipt_prints(qtbot, sample_library, tmp_path, clock):
    provision(tmp_path)
    printer = HeldPrinter(tmp_path / "spool")
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, printer=printer)
    try:
        page = citizen_until_review(qtbot, window)
        tap_button(qtbot, window, "SubmitApplication")
        assert printer.started.wait(30)
        assert window.busy.isVisible()
        clock.advance(window.ctx.settings.idle_timeout + 1)
        window.idle.tick()                              # the applicant walked away
        assert window.current_page == "home" and not window.busy.isVisible()
        printer.release.set()
        qtbot.waitUntil(lambda: page.submit_task() is None, timeout=30000)
        # Stored and printed, but the next person does not see the code on screen.
        assert window.ctx.intake.outbox.counts()["pending"] == 1 and len(printer.jobs) == 1
        assert page.current == "type" and page.outcome is None
        assert page.step("done").tracking_text() == ""
        assert window.current_page == "home"
    finally:
        printer.release.set()
        close(window)
