"""Display words for values that come from the library (levels, types, facet names).

The library stores Chinese values; the English interface shows them translated
through the same Qt Linguist files as the rest of the interface. Unknown
values are shown as they are.
"""

from __future__ import annotations

from kiosk_app.ui.qt import translate


def value_label(value: str) -> str:
    """The display word for a stored value (validity, level, document type)."""
    words = {
        "现行有效": translate("Values", "现行有效"),
        "已修订": translate("Values", "已修订"),
        "已废止": translate("Values", "已废止"),
        "失效": translate("Values", "失效"),
        "尚未生效": translate("Values", "尚未生效"),
        "国家": translate("Values", "国家"),
        "省": translate("Values", "省"),
        "市": translate("Values", "市"),
        "区县": translate("Values", "区县"),
        "街道乡镇": translate("Values", "街道乡镇"),
        "街道": translate("Values", "街道"),
        "法律": translate("Values", "法律"),
        "行政法规": translate("Values", "行政法规"),
        "地方性法规": translate("Values", "地方性法规"),
        "司法解释": translate("Values", "司法解释"),
        "部门规章": translate("Values", "部门规章"),
        "地方政府规章": translate("Values", "地方政府规章"),
        "规范性文件": translate("Values", "规范性文件"),
        "宪法": translate("Values", "宪法"),
        "工作要点": translate("Values", "工作要点"),
        "通知": translate("Values", "通知"),
        "文字解读": translate("Values", "文字解读"),
        "图解": translate("Values", "图解"),
        "问答": translate("Values", "问答"),
        "视频": translate("Values", "视频"),
    }
    return words.get(value, value)


def facet_title(key: str) -> str:
    return {
        "validity": translate("Values", "有效性"),
        "level": translate("Values", "层级"),
        "doc_type": translate("Values", "类别"),
    }.get(key, key)
