"""The names the intake gives its choices and review rows, in Chinese, marked for translation.

The application form's choice keys (``citizen``, ``paper``, ``post`` …) are
what is stored; these tables are what a visitor reads on the review page and
what the receipt prints. Each name is wrapped in ``QT_TRANSLATE_NOOP`` under
the context ``Application`` so Qt Linguist extracts it from this file (the
lupdate sources list it) without the core importing Qt; the screens translate
with ``translate("Application", name)`` when the interface is in English. The
receipt and the record keep the Chinese.

The status lookup's names (kinds, states, the office's statuses, the advice
under a result) are here too, under the context ``IntakeStatus``, so one file
holds every intake name lupdate has to read.
"""

from __future__ import annotations

from kiosk_app.core.settings import QT_TRANSLATE_NOOP

CONTEXT = "Application"
STATUS_CONTEXT = "IntakeStatus"

APPLICANT_TYPES = {
    "citizen": QT_TRANSLATE_NOOP("Application", "公民"),
    "organisation": QT_TRANSLATE_NOOP("Application", "法人或者其他组织"),
}
MEDIA = {
    "paper": QT_TRANSLATE_NOOP("Application", "纸质"),
    "electronic": QT_TRANSLATE_NOOP("Application", "电子"),
}
METHODS = {
    "pickup": QT_TRANSLATE_NOOP("Application", "现场领取"),
    "post": QT_TRANSLATE_NOOP("Application", "邮寄"),
    "email": QT_TRANSLATE_NOOP("Application", "电子邮件"),
}
DOC_TYPES = {
    "id_card": QT_TRANSLATE_NOOP("Application", "居民身份证"),
    "residence_permit": QT_TRANSLATE_NOOP("Application", "港澳台居民居住证"),
    "hk_macao_permit": QT_TRANSLATE_NOOP("Application", "港澳居民来往内地通行证"),
    "taiwan_permit": QT_TRANSLATE_NOOP("Application", "台湾居民来往大陆通行证"),
    "passport": QT_TRANSLATE_NOOP("Application", "护照"),
}
# The review page's row labels (Application.review_rows), by the field they show.
REVIEW_LABELS = {
    "applicant_type": QT_TRANSLATE_NOOP("Application", "申请人类型"),
    "name": QT_TRANSLATE_NOOP("Application", "姓名"),
    "id_type": QT_TRANSLATE_NOOP("Application", "证件类型"),
    "id_number": QT_TRANSLATE_NOOP("Application", "证件号码"),
    "org_name": QT_TRANSLATE_NOOP("Application", "名称"),
    "org_code": QT_TRANSLATE_NOOP("Application", "统一社会信用代码"),
    "contact_name": QT_TRANSLATE_NOOP("Application", "联系人"),
    "phone": QT_TRANSLATE_NOOP("Application", "联系电话"),
    "email": QT_TRANSLATE_NOOP("Application", "电子邮箱"),
    "address": QT_TRANSLATE_NOOP("Application", "通信地址"),
    "postcode": QT_TRANSLATE_NOOP("Application", "邮政编码"),
    "info_title": QT_TRANSLATE_NOOP("Application", "所需信息名称"),
    "info_doc_number": QT_TRANSLATE_NOOP("Application", "文号"),
    "info_description": QT_TRANSLATE_NOOP("Application", "所需信息描述"),
    "office": QT_TRANSLATE_NOOP("Application", "受理机关"),
    "delivery": QT_TRANSLATE_NOOP("Application", "获取方式"),
    "assisted": QT_TRANSLATE_NOOP("Application", "代为填写"),
}

# What was submitted, where it stands at the kiosk, and the office's statuses (kiosk_app.core.intake.status).
KIND_LABELS = {
    "application": QT_TRANSLATE_NOOP("IntakeStatus", "政府信息公开申请"),
    "opinion": QT_TRANSLATE_NOOP("IntakeStatus", "征求意见"),
    "suggestion": QT_TRANSLATE_NOOP("IntakeStatus", "意见建议"),
}
KIOSK_STATES = {
    "pending": QT_TRANSLATE_NOOP("IntakeStatus", "已提交，等待转交受理机关"),
    "delivered": QT_TRANSLATE_NOOP("IntakeStatus", "已转交受理机关"),
}
CENTRAL_STATUSES = {
    "received": QT_TRANSLATE_NOOP("IntakeStatus", "受理机关已收到"),
    "accepted": QT_TRANSLATE_NOOP("IntakeStatus", "已受理"),
    "correction_requested": QT_TRANSLATE_NOOP("IntakeStatus", "需要补正申请内容"),
    "corrected": QT_TRANSLATE_NOOP("IntakeStatus", "已收到补正材料"),
    "consulting": QT_TRANSLATE_NOOP("IntakeStatus", "正在征求第三方或其他机关意见"),
    "extended": QT_TRANSLATE_NOOP("IntakeStatus", "已延长答复期限"),
    "replied": QT_TRANSLATE_NOOP("IntakeStatus", "已答复（办结）"),
    "withdrawn": QT_TRANSLATE_NOOP("IntakeStatus", "已撤回"),
    "forwarded": QT_TRANSLATE_NOOP("IntakeStatus", "已转交主管部门"),
    # the vocabulary of the reference central intake (sync/intake/openapi.yaml)
    "needs_more_information": QT_TRANSLATE_NOOP("IntakeStatus", "需要补正申请内容"),
    "answered": QT_TRANSLATE_NOOP("IntakeStatus", "已答复"),
    "closed": QT_TRANSLATE_NOOP("IntakeStatus", "已办结"),
}
# The first history row, and the status of a code the kiosk does not know when the office sent no wording.
SUBMITTED = QT_TRANSLATE_NOOP("IntakeStatus", "在自助终端提交")
IN_PROGRESS = QT_TRANSLATE_NOOP("IntakeStatus", "处理中")
# Advice under a result, by situation.
STATUS_MESSAGES = {
    "overdue": QT_TRANSLATE_NOOP("IntakeStatus", "已超过答复期限，您可以向受理机关咨询。"),
    "correction": QT_TRANSLATE_NOOP("IntakeStatus",
                                    "请按受理机关的补正通知补充申请内容；答复期限自收到补正后的申请之日起重新计算。"),
    "pending": QT_TRANSLATE_NOOP("IntakeStatus", "申请已保存在本终端，联网后将自动转交受理机关。"),
}
