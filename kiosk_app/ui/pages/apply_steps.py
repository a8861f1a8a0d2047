"""The input steps of the on-site application form (依申请公开), one screen each.

Each step is a column of fields in its own scroll area; the page
(:mod:`kiosk_app.ui.pages.apply_form`) moves between them and keeps the
model. A step owns the fields of its part of 《政府信息公开条例》 art. 29 and
shows, next to each, the message the intake core gives for its mistake. What
the law asks (which field is needed when) lives in the core; a step only
reflects it (which group shows, which field is tagged 必填).
"""

from __future__ import annotations

from kiosk_app.core.intake.text import FieldError
from kiosk_app.core.settings import QT_TRANSLATE_NOOP
from kiosk_app.ui.pages.apply_deflect import DeflectionPanel
from kiosk_app.ui.qt import QtWidgets, Qt, translate
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.controls import card, label, scroll_area
from kiosk_app.ui.widgets.fields import digits_field, phone_field
from kiosk_app.ui.widgets.form_field import (ChoiceField, FieldBox, TextField, ToggleRow, line_editor,
                                             set_input_rules)

_H = Qt.InputMethodHint
ID_TYPES = {   # the core's keys (validators.DOC_TYPES), the names a visitor reads
    "id_card": QT_TRANSLATE_NOOP("ApplicantStep", "居民身份证"),
    "residence_permit": QT_TRANSLATE_NOOP("ApplicantStep", "港澳台居民居住证"),
    "hk_macao_permit": QT_TRANSLATE_NOOP("ApplicantStep", "港澳居民来往内地通行证"),
    "taiwan_permit": QT_TRANSLATE_NOOP("ApplicantStep", "台湾居民来往大陆通行证"),
    "passport": QT_TRANSLATE_NOOP("ApplicantStep", "护照"),
}
# What the number field accepts and which keyboard layout it asks for, by document type.
ID_INPUT = {
    "id_card": (_H.ImhPreferNumbers | _H.ImhPreferUppercase, r"\d{0,17}[\dXx]?", 18),
    "residence_permit": (_H.ImhPreferNumbers | _H.ImhPreferUppercase, r"\d{0,17}[\dXx]?", 18),
    "hk_macao_permit": (_H.ImhPreferUppercase | _H.ImhPreferNumbers, r"[HhMm]?\d{0,10}", 11),
    "taiwan_permit": (_H.ImhDigitsOnly, r"\d{0,10}", 10),
    "passport": (_H.ImhPreferUppercase | _H.ImhPreferNumbers, r"[A-Za-z0-9]{0,15}", 15),
}

INPUT_STEPS = ("type", "applicant", "request", "delivery", "contact", "consent")
STEPS = INPUT_STEPS + ("review", "done")
# Which step shows a field's message (the core names the field, the page knows the screen).
FIELD_STEP = {
    "applicant_type": "type",
    "name": "applicant", "id_type": "applicant", "id_number": "applicant",
    "org_name": "applicant", "org_code": "applicant", "contact_name": "applicant",
    "info_title": "request", "info_doc_number": "request", "info_description": "request", "office": "request",
    "medium": "delivery", "method": "delivery",
    "phone": "contact", "email": "contact", "address": "contact", "postcode": "contact",
    "consent": "consent",
    "assisted": "review", "staff_id": "review",
}


class _Column(QtWidgets.QWidget):
    """The form column: as wide as its maximum when there is room, left-aligned (lines stay readable)."""

    def sizeHint(self):  # noqa: N802 - Qt API
        hint = super().sizeHint()
        if self.maximumWidth() < 16777215:
            hint.setWidth(self.maximumWidth())
        return hint


class Step(QtWidgets.QWidget):
    """One screen of the form: an intro and a column of fields, scrolled when long."""

    key = ""

    def __init__(self):
        super().__init__()
        self.fields: dict[str, FieldBox] = {}
        self.portrait = False
        self.language = "zh_CN"
        self.theme = Theme()
        self.column = _Column()
        self.column.setObjectName("FormColumn")
        self.lay = QtWidgets.QVBoxLayout(self.column)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.intro = label("", name=f"Intro_{self.key}")
        self.lay.addWidget(self.intro)
        holder = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.column, 0, Qt.AlignmentFlag.AlignLeft)
        self.area = scroll_area(holder)
        self.area.setObjectName(f"StepArea_{self.key}")
        self.outer = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.TopToBottom, self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(self.area, 1)

    def add(self, box: FieldBox, layout: QtWidgets.QBoxLayout | None = None) -> FieldBox:
        self.fields[box.field] = box
        (layout or self.lay).addWidget(box)
        return box

    def finish(self) -> None:
        self.lay.addStretch(1)

    def title(self) -> str:
        return ""

    def refresh(self, form) -> None:
        """Reflect the form's other answers (which group shows, which field is required)."""

    def show_errors(self, errors: list[FieldError] | tuple[FieldError, ...]) -> FieldBox | None:
        """Show each field's first message (and clear the others); returns the first field in error."""
        first: dict[str, FieldError] = {}
        for err in errors:
            first.setdefault(err.field, err)
        top = None
        for name, box in self.fields.items():
            box.set_error(first.get(name))
            if name in first and top is None and box.isVisibleTo(self):
                top = box
        return top

    def clear(self) -> None:
        for box in self.fields.values():
            box.clear()
        self.area.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        """Set the captions again (language switched)."""

    def set_language(self, language: str) -> None:
        """The interface language: the core's messages shown beside the fields follow it."""
        self.language = language
        for box in self.fields.values():
            box.set_language(language)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.lay.setSpacing(theme.px(28))
        self.column.setMaximumWidth(theme.px(1200))
        for box in self.fields.values():
            box.apply_theme(theme)

    def set_portrait(self, portrait: bool) -> None:
        self.portrait = portrait


class TypeStep(Step):
    """公民 or 法人/其他组织: decides which identity fields follow."""

    key = "type"

    def __init__(self):
        super().__init__()
        self.kind = self.add(ChoiceField("applicant_type", ("citizen", "organisation"), "citizen", stack=True))
        self.finish()

    def title(self) -> str:
        return self.tr("申请人类型")

    def retranslate(self) -> None:
        self.intro.setText(self.tr("请选择以谁的名义提出申请。"))
        self.kind.set_caption(self.tr("申请人是"))
        self.kind.set_labels({
            "citizen": self.tr("公民（个人）\n以个人名义申请，需要提供身份证件"),
            "organisation": self.tr("法人或者其他组织\n以企业、事业单位、社会组织等名义申请，需要统一社会信用代码"),
        })

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        for b in self.kind.buttons.values():
            b.setMinimumHeight(theme.px(140))


class ApplicantStep(Step):
    """Who applies: a citizen's name and identity document, or an organisation and its contact person."""

    key = "applicant"

    def __init__(self):
        super().__init__()
        self.citizen = QtWidgets.QWidget()
        cl = QtWidgets.QVBoxLayout(self.citizen)
        cl.setContentsMargins(0, 0, 0, 0)
        self._citizen_lay = cl
        self.name = self.add(TextField("name", max_len=50), cl)
        self.id_type = self.add(ChoiceField("id_type", tuple(ID_TYPES), "id_card"), cl)
        self.id_number = self.add(TextField("id_number", line_editor("Field_id_number", sensitive=True)), cl)
        self.org = QtWidgets.QWidget()
        ol = QtWidgets.QVBoxLayout(self.org)
        ol.setContentsMargins(0, 0, 0, 0)
        self._org_lay = ol
        self.org_name = self.add(TextField("org_name", max_len=100), ol)
        self.org_code = self.add(TextField("org_code", line_editor(
            "Field_org_code", hints=_H.ImhPreferUppercase | _H.ImhPreferNumbers, pattern=r"[0-9A-Za-z]{0,18}",
            max_len=18)), ol)
        self.contact_name = self.add(TextField("contact_name", max_len=50), ol)
        self.lay.addWidget(self.citizen)
        self.lay.addWidget(self.org)
        self.org.hide()
        self._id_kind = ""
        self.set_id_kind("id_card")
        self.finish()

    def title(self) -> str:
        return self.tr("申请人信息")

    def refresh(self, form) -> None:
        citizen = form.applicant_type != "organisation"
        self.citizen.setVisible(citizen)
        self.org.setVisible(not citizen)
        self.set_id_kind(form.id_type if form.id_type in ID_INPUT else "id_card")
        self.retranslate()

    def set_id_kind(self, id_type: str) -> None:
        if id_type == self._id_kind:
            return
        self._id_kind = id_type
        hints, pattern, max_len = ID_INPUT[id_type]
        set_input_rules(self.id_number.editor, hints=hints, pattern=pattern, max_len=max_len, sensitive=True)

    def retranslate(self) -> None:
        org = self.org.isVisibleTo(self)
        self.intro.setText(self.tr("请填写单位信息和经办联系人。") if org
                           else self.tr("请填写申请人本人的姓名和身份证件。证件号码只用于核实身份，提交前会再请您核对。"))
        self.name.set_caption(self.tr("姓名"), required=True)
        self.id_type.set_caption(self.tr("证件类型"))
        self.id_type.set_labels({k: translate("ApplicantStep", v) for k, v in ID_TYPES.items()})
        hints = {"id_card": self.tr("18位，最后一位可能是X"),
                 "residence_permit": self.tr("18位，以810000、820000或830000开头"),
                 "hk_macao_permit": self.tr("H或M开头，后面8位或10位数字"),
                 "taiwan_permit": self.tr("8位数字"),
                 "passport": self.tr("按护照上的号码填写，字母和数字")}
        self.id_number.set_caption(self.tr("证件号码"), hints.get(self._id_kind, ""), required=True)
        self.org_name.set_caption(self.tr("单位名称"), self.tr("与营业执照或登记证书上的名称一致"), required=True)
        self.org_code.set_caption(self.tr("统一社会信用代码"), self.tr("18位，见营业执照或登记证书"), required=True)
        self.contact_name.set_caption(self.tr("联系人姓名"), required=True)

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        for lay in (self._citizen_lay, self._org_lay):
            lay.setSpacing(theme.px(28))


class RequestStep(Step):
    """What is sought (title, 文号, description), with published documents that may already answer it."""

    key = "request"

    def __init__(self, runner):
        super().__init__()
        self.info_title = self.add(TextField("info_title", max_len=200))
        self.info_doc_number = self.add(TextField("info_doc_number", max_len=100))
        self.info_description = self.add(TextField("info_description", multiline=True))
        self.finish()
        self.deflection = DeflectionPanel(runner)
        self.outer.addWidget(self.deflection)
        for box in (self.info_title, self.info_doc_number, self.info_description):
            box.changed.connect(self._typed)

    def title(self) -> str:
        return self.tr("所需信息")

    def _typed(self, *_args) -> None:
        # The title and 文号 say most; a description is searched only when they are empty.
        text = self.info_title.text().strip() or self.info_doc_number.text().strip() \
            or self.info_description.text().strip()[:60]
        self.deflection.set_query(text)

    def clear(self) -> None:
        super().clear()
        self.deflection.clear()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("一份申请只写一项需要的信息。名称、文号、描述至少填写一项，写得越具体越便于查找。"))
        self.info_title.set_caption(self.tr("信息名称"), self.tr("例如：关于某小区旧改项目的批复"), required=False)
        self.info_doc_number.set_caption(self.tr("文号"), self.tr("例如：济政发〔2024〕3号"), required=False)
        self.info_description.set_caption(self.tr("信息描述"),
                                          self.tr("不知道名称和文号时，写明发布机关、大致时间和涉及的事项"),
                                          required=False)
        self.deflection.retranslate()

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.deflection.apply_theme(theme)
        self.set_portrait(self.portrait)

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        t = self.theme
        self.outer.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom if portrait
                                else QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.outer.setSpacing(t.px(24 if portrait else 40))
        if portrait:
            self.deflection.setMinimumWidth(0)
            self.deflection.setMaximumWidth(16777215)
            self.deflection.setMaximumHeight(t.px(560))
        else:
            self.deflection.setFixedWidth(t.px(620))
            self.deflection.setMaximumHeight(16777215)


class DeliveryStep(Step):
    """How to receive the information (art. 29 (三)): medium and way of delivery."""

    key = "delivery"

    def __init__(self):
        super().__init__()
        self.medium = self.add(ChoiceField("medium", ("paper", "electronic"), "paper"))
        self.method = self.add(ChoiceField("method", ("pickup", "post", "email"), "pickup"))
        self.finish()

    def title(self) -> str:
        return self.tr("获取方式")

    def retranslate(self) -> None:
        self.intro.setText(self.tr("请选择您希望以什么形式、通过什么方式获取信息。"))
        self.medium.set_caption(self.tr("信息载体"))
        self.medium.set_labels({"paper": self.tr("纸质"), "electronic": self.tr("电子")})
        self.method.set_caption(self.tr("获取方式"))
        self.method.set_labels({"pickup": self.tr("现场领取"), "post": self.tr("邮寄"),
                                "email": self.tr("电子邮件")})


class ContactStep(Step):
    """How the office reaches the applicant; what is required follows the chosen delivery."""

    key = "contact"

    def __init__(self):
        super().__init__()
        self.phone = self.add(TextField("phone", phone_field("Field_phone")))
        self.email = self.add(TextField("email", line_editor("Field_email", hints=_H.ImhEmailCharactersOnly,
                                                             max_len=254)))
        self.address = self.add(TextField("address", max_len=200))
        self.postcode = self.add(TextField("postcode", digits_field("Field_postcode", 6)))
        self._method = "pickup"
        self.finish()

    def title(self) -> str:
        return self.tr("联系方式")

    def refresh(self, form) -> None:
        self._method = form.method
        self.retranslate()

    def retranslate(self) -> None:
        post, mail = self._method == "post", self._method == "email"
        self.intro.setText(self.tr("请至少填写一种联系方式，便于受理机关联系您、送达答复。"))
        self.phone.set_caption(self.tr("手机号码"), self.tr("11位手机号码"), required=False)
        self.email.set_caption(self.tr("电子邮箱"), self.tr("选择电子邮件获取时必填"), required=mail)
        self.address.set_caption(self.tr("通信地址"), self.tr("选择邮寄时必填，请写到门牌号"), required=post)
        self.postcode.set_caption(self.tr("邮政编码"), self.tr("6位数字"), required=post)


class ConsentField(FieldBox):
    """The consent box under the personal-information notice."""

    def __init__(self):
        super().__init__("consent")
        self.toggle = ToggleRow("ConsentToggle")
        self.toggle.toggled.connect(lambda on: self.changed.emit(self.field, bool(on)))
        self._finish(self.toggle)

    def clear(self) -> None:
        super().clear()
        self.toggle.blockSignals(True)
        self.toggle.setChecked(False)
        self.toggle.blockSignals(False)
        self.toggle.set_label(self.toggle._text)

    def apply_theme(self, theme: Theme) -> None:
        self.toggle.apply_theme(theme)
        super().apply_theme(theme)


class ConsentStep(Step):
    """The notice of PIPL arts. 14 and 17 and the consent to it."""

    key = "consent"

    def __init__(self, notice: str):
        super().__init__()
        self.notice_card, lay = card()
        # The notice is the legal text, versioned by its Chinese wording: it is not translated.
        self.notice_language = label("", name="ConsentNoticeLanguage")
        self.notice = label(notice, name="ConsentNotice")
        lay.addWidget(self.notice_language)
        lay.addWidget(self.notice)
        self.lay.addWidget(self.notice_card)
        self.consent = self.add(ConsentField())
        self.finish()

    def title(self) -> str:
        return self.tr("个人信息处理告知")

    def retranslate(self) -> None:
        self.intro.setText(self.tr("提交前，请阅读以下告知。"))
        self.notice_language.setText(self.tr("以下法律告知只有中文版本，工作人员可以为您讲解。"))
        self.notice_language.setVisible(not self.language.startswith("zh"))
        self.consent.set_caption("")
        self.consent.caption.hide()
        self.consent.toggle.set_label(self.tr("我已阅读并同意按上述告知处理我的个人信息"))

    def set_language(self, language: str) -> None:
        super().set_language(language)
        self.notice_language.setVisible(not language.startswith("zh"))

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.notice.setStyleSheet(f"font-size: {theme.body}px;")
        self.notice_language.setStyleSheet(f"font-weight: bold; color: {theme.palette.accent};")
