"""Document numbers (发文字号) reduced to one comparable key.

A clerk reads out 国务院令第590号; the library says 中华人民共和国国务院令第590号.
A visitor types 国办发[2019]54号, 国办发(2019)54号 or "国办发 2019 54"; the
library says 国办发〔2019〕54号. Brackets, spaces, 第/号, the country prefix and
Chinese numerals (主席令第七十三号) differ; the key does not:

* year form  ``<issuer code><year>-<serial>``  e.g. ``国办发2019-54``
* order form ``<issuer>令-<serial>`` / ``<issuer>公告-<serial>``  e.g. ``国务院令-590``

Documents carry keys for their own number and for the orders that amended them
(their ``history`` lines), so the number of an amending order finds the
current text.
"""

from __future__ import annotations

import re

from kiosk_app.core.search.normalize import normalize

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = "0-9零〇一二三四五六七八九十百千两"
_OPEN = "〔\\[(【{﹝「〖"
_CLOSE = "〕\\])】}﹞」〗"
_HAN = "\u4e00-\u9fff"
_COUNTRY = "中华人民共和国"

# 国办发〔2019〕54号 / 国办发 2019 54 / 法释[2022]19号
_YEAR_RE = re.compile(
    rf"([{_HAN}]{{1,20}})\s*([{_OPEN}])?\s*((?:19|20)\d{{2}})\s*([{_CLOSE}])?\s*年?\s*第?\s*(\d{{1,5}})\s*号?")
# 国务院令第590号 / 主席令第七十三号 / 常务委员会公告第30号
_ORDER_RE = re.compile(
    rf"([{_HAN}]{{1,40}}?)(令|公告)\s*第?\s*[{_OPEN}]?\s*([{_NUM}]{{1,8}})\s*[{_CLOSE}]?\s*号")
_ORDER_LOOSE_RE = re.compile(
    rf"([{_HAN}]{{1,40}}?)(令|公告)\s*第?\s*[{_OPEN}]?\s*([{_NUM}]{{1,8}})\s*[{_CLOSE}]?\s*号?")


def cn_number(text: str) -> int | None:
    """Arabic or Chinese numeral → int (七十三 → 73, 一百零五 → 105); None if it is neither."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def _strip_country(prefix: str) -> str:
    while prefix.startswith(_COUNTRY):
        prefix = prefix[len(_COUNTRY):]
    return prefix


def _order_keys(text: str, rx: re.Pattern) -> list[str]:
    keys = []
    for m in rx.finditer(text):
        num = cn_number(m.group(3))
        issuer = _strip_country(m.group(1))
        if num is not None and issuer:
            keys.append(f"{issuer}{m.group(2)}-{num}")
    return keys


def _year_keys(text: str, *, need_brackets: bool) -> list[str]:
    keys = []
    for m in _YEAR_RE.finditer(text):
        if need_brackets and not (m.group(2) and m.group(4)):
            continue
        issuer = _strip_country(m.group(1))
        if issuer:
            keys.append(f"{issuer}{m.group(3)}-{int(m.group(5))}")
    return keys


def document_keys(doc_number: str, history: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Keys a document is found by: its own number, and numbers of the orders in its history."""
    keys: list[str] = []
    if doc_number:
        text = normalize(doc_number)
        keys += _year_keys(text, need_brackets=False) + _order_keys(text, _ORDER_LOOSE_RE)
    for line in history:
        text = normalize(line)
        keys += _year_keys(text, need_brackets=True) + _order_keys(text, _ORDER_RE)
    return list(dict.fromkeys(keys))


def query_keys(query: str) -> list[str]:
    """Candidate keys for a query that contains a document number, else [].

    The query may hold words around the number (关于国办发〔2019〕54号的通知), so
    every tail of the issuer part is offered; only keys that exist will match.
    """
    text = normalize(query)
    keys: list[str] = []
    for key in _year_keys(text, need_brackets=False) + _order_keys(text, _ORDER_LOOSE_RE):
        prefix, _, serial = key.rpartition("-")
        # year form: prefix = issuer + 4-digit year; order form: issuer + 令/公告
        if prefix[-4:].isdigit():
            issuer, tail = prefix[:-4], prefix[-4:]
        else:
            issuer, tail = prefix[:-1], prefix[-1]
            if prefix.endswith("公告"):
                issuer, tail = prefix[:-2], "公告"
        for i in range(len(issuer)):
            if len(issuer) - i >= 2 or i == 0:
                keys.append(f"{issuer[i:]}{tail}-{serial}")
    return list(dict.fromkeys(keys))
