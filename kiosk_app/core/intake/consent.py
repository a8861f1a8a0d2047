"""The personal-information notices shown before a citizen submits (PIPL arts. 14, 17).

The Personal Information Protection Law requires a clear notice of who
handles the information, for what purpose, what is collected, how long it
is kept and how to exercise one's rights, and consent given on that notice.
The screen shows the text; the submission records the version it showed
(the start of the text's SHA-256), so the office can later tell which words
a citizen agreed to. Changing a word changes the version.
"""

from __future__ import annotations

import hashlib

APPLICATION_NOTICE = (
    "个人信息处理告知\n"
    "1. 处理者与目的：您填写的信息仅用于受理机关依照《中华人民共和国政府信息公开条例》处理本次政府信息公开申请，"
    "包括与您联系、要求补正和送达答复。\n"
    "2. 收集范围：姓名或名称、身份证件号码、联系方式，以及您选择的获取方式所需的邮寄地址或电子邮箱。"
    "身份证件号码用于核实申请人身份（条例第二十九条）。\n"
    "3. 保存与删除：信息在本终端上加密保存，转交受理机关后立即从本终端删除，仅保留查询码和办理状态；"
    "受理机关按政府信息公开工作档案的规定保存。\n"
    "4. 您的权利：您可以向受理机关查阅、更正您的个人信息，或撤回申请。\n"
    "勾选同意后方可提交；不同意的，可以通过信函、传真或到受理机关窗口提出申请。"
)

OPINION_NOTICE = (
    "个人信息处理告知\n"
    "意见可以匿名提交。如您留下姓名或联系方式，它们仅用于就您的意见与您联系，"
    "在本终端上加密保存，转交主管部门后即从本终端删除。勾选同意后方可提交含联系方式的意见。"
)


def notice_version(text: str) -> str:
    """A short fingerprint of a notice text: "n-" and 12 hex digits of its SHA-256."""
    return "n-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


APPLICATION_NOTICE_VERSION = notice_version(APPLICATION_NOTICE)
OPINION_NOTICE_VERSION = notice_version(OPINION_NOTICE)
