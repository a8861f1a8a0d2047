"""Administrative level and region of a government body or document, from its name.

The library is browsed by level (国家 / 省 / 市 / 区县 / 街道乡镇) and region, but a
plain-text page rarely states either: it names an issuing body
("济南市民营经济发展局", "济南高新区管委会办公室") or only has a title. The names of
China's divisions come from the GB/T 2260 code table that python-stdnum ships to
check the birthplace part of identity-card numbers, so every current province,
prefecture and county is recognised without this project keeping its own list.

Development zones (高新区, 起步区, …) are not divisions in GB/T 2260 but act as
districts, so a zone named after a city counts as 区县.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from stdnum import numdb

_CJK = "\u4e00-\u9fff"


@dataclass(frozen=True)
class Place:
    """Where a document belongs.

    Attributes:
        level: one of ``records.LEVELS``.
        region: short name for a province or prefecture (山东, 济南), the full
            name below that (历城区, 济南高新区, 趵突泉街道); empty for 国家.
    """

    level: str
    region: str


NATIONAL = Place("国家", "")

# Divisions whose name says nothing on its own ("市辖区" is a placeholder row).
_GENERIC = {"市辖区", "县", "郊区", "矿区", "城区", "市区", "省直辖县级行政区划",
            "自治区直辖县级行政区划", "直辖县级行政区划"}
_PROVINCE_SUFFIX = re.compile(r"^(.+?)(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")
# A dated entry in the code table: "[1987-]历城区" is current, "[-1987]历城县" is not.
_DATED = re.compile(r"^\[(\d*)-(\d*)\](.+)$")

_ZONE_RE = re.compile(
    rf"[{_CJK}]{{0,6}}?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|开发区|新区|起步区|保税区)")
_STREET_RE = re.compile(
    rf"[{_CJK}]{{2,6}}?(?:街道|镇|乡)(?=办事处|人民政府|政府|党工委|党委|便民服务中心|$)")
_NATIONAL_RE = re.compile(
    r"^(?:国务院|中共中央|党中央|全国人民代表大会|全国人大|全国政协|最高人民法院|最高人民检察院"
    r"|国家|中华人民共和国|中国人民银行|海关总署)")
_MINISTRY_RE = re.compile(rf"^[{_CJK}]{{1,10}}部(?:办公厅)?$")


def _current(entry: str) -> str:
    """The name a code carries today, or "" when the code was retired."""
    for part in reversed(entry.split(",")):
        m = _DATED.match(part.strip())
        if not m:
            return part.strip()
        if not m.group(2):
            return m.group(3).strip()
    return ""


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Place], re.Pattern[str]]:
    """Name → place for every current division, and one pattern matching any name.

    Provinces win over prefectures and prefectures over counties when a short
    name is shared (吉林 is the province before it is the city).
    """
    provinces: dict[str, Place] = {}
    prefectures: dict[str, Place] = {}
    counties: dict[str, Place] = {}
    for _, _, _, props, children in numdb.get("cn/loc").prefixes:
        province = _current(props.get("province", ""))
        if not province:
            continue
        short = _PROVINCE_SUFFIX.match(province)
        place = Place("省", short.group(1) if short else province)
        provinces[province] = place
        provinces.setdefault(place.region, place)
        for _, code, _, cprops, _ in children:
            name = _current(cprops.get("county", ""))
            if code == "0000" or not name or name in _GENERIC or len(name) < 3:
                continue
            if code.endswith("00"):
                region = name[:-1] if name.endswith("市") else name
                prefectures.setdefault(name, Place("市", region))
                if name.endswith("市"):
                    prefectures.setdefault(region, Place("市", region))
            else:
                counties.setdefault(name, Place("区县", name))
    names = {**counties, **prefectures, **provinces}
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return names, pattern


def _chain(text: str, pos: int) -> Place | None:
    """The most specific place named by consecutive division names starting at ``pos``.

    "济南市历城区…" gives 历城区; "济南高新区…" gives the zone; "…历下区趵突泉街道办事处"
    gives the street.
    """
    names, pattern = _gazetteer()
    best: Place | None = None
    while m := pattern.match(text, pos):
        best = names[m.group()]
        pos = m.end()
    if best is None:
        return None
    if best.level == "市":
        zone = _ZONE_RE.match(text, pos)
        if zone:
            return Place("区县", best.region + zone.group())
    if best.level in ("市", "区县"):
        street = _STREET_RE.match(text, pos)
        if street:
            return Place("街道乡镇", street.group())
    return best


def _mentioned(text: str) -> Place | None:
    """The place named first anywhere in ``text``."""
    _, pattern = _gazetteer()
    m = pattern.search(text)
    return _chain(text, m.start()) if m else None


def place_of_body(name: str) -> Place | None:
    """Level and region of an issuing body such as 济南市人民政府办公厅.

    A name that begins with a division is placed there; a national prefix
    (国务院, 国家…) means 国家 unless a division follows it, as in a local
    branch (国家税务总局济南市税务局); otherwise the first division named anywhere.
    Returns None when the name places nothing.
    """
    name = re.sub(r"\s+", "", name)
    if not name:
        return None
    place = _chain(name, 0)
    if place:
        return place
    if _NATIONAL_RE.match(name) or _MINISTRY_RE.match(name):
        return _mentioned(name) or NATIONAL
    return _mentioned(name)


def place_of_title(title: str) -> Place | None:
    """Level and region from a title: the body before 关于 when there is one, else any division named."""
    title = re.sub(r"\s+", "", title)
    organ, sep, _ = title.partition("关于")
    if sep and organ:
        place = place_of_body(organ)
        if place:
            return place
    return _mentioned(title)


def place_in_text(text: str) -> Place | None:
    """The first division named in running text (the last resort for a page without issuer)."""
    return _mentioned(text)
