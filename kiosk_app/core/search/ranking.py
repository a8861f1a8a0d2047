"""Ranking after BM25: tiers, validity, home region, recency, revision chains.

tantivy scores the words (BM25, title boosted over body). This module then
orders the best few hundred candidates by what a visitor at this kiosk needs:

1. tier: an exact title or document number first, then a pinyin title match,
   then word matches;
2. the word score times a validity factor (in force above amended or repealed,
   which stay findable) and a home factor (the kiosk's city above its province
   above national above elsewhere);
3. recency, as the tie-breaker.

All inputs come from fast fields, so no document is loaded for ranking.
Documents of one revision chain (same ``series``) collapse into one hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tantivy

from kiosk_app.core.search.normalize import normalize
from kiosk_app.core.search.schema import stable_hash

TIER_EXACT, TIER_PINYIN, TIER_TEXT = 3, 2, 1
# validity code (schema.VALIDITY_CODES) → factor
VALIDITY_FACTOR = {0: 1.0, 1: 0.9, 2: 0.55, 3: 0.45, 4: 0.45}
HOME_CITY, HOME_PROVINCE, NATIONAL = 1.8, 1.35, 1.2
# A kiosk without a home region: national documents apply to every visitor.
NATIONAL_ANYWHERE = 1.1

# Prefecture-level cities of Shandong (the seeds' province) and the other
# cities of the real corpus, so a kiosk configured with a city name also favours
# its province. A kiosk elsewhere may say "省/市" (e.g. 河南/郑州) instead.
CITY_PROVINCE = {
    **dict.fromkeys("济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽".split(), "山东"),
    **dict.fromkeys("杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水".split(), "浙江"),
    **dict.fromkeys("郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店".split(), "河南"),
    **dict.fromkeys("广州 深圳 珠海 汕头 佛山 韶关 湛江 肇庆 江门 茂名 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮".split(), "广东"),
}
_SUFFIX_RE = re.compile(r"(省|市|自治区|特别行政区)$")


@dataclass(frozen=True)
class Home:
    """Where the kiosk stands: its city/region and province, as hashes of region names."""

    region: str = ""
    province: str = ""

    @classmethod
    def parse(cls, text: str | None) -> "Home":
        """Accept 济南, 济南市, 山东/济南, 山东省济南市; unknown names are used as given."""
        if not text:
            return cls()
        text = normalize(text).strip()
        parts = [p for p in re.split(r"[/\s,，>]+", text) if p]
        if len(parts) == 1:
            m = re.match(r"^(.{2,3}?)省(.+)$", parts[0])
            parts = [m.group(1), m.group(2)] if m else parts
        parts = [_SUFFIX_RE.sub("", p) or p for p in parts]
        if not parts:
            return cls()
        region = parts[-1]
        province = parts[-2] if len(parts) > 1 else CITY_PROVINCE.get(region, "")
        if province == region:
            province = ""
        return cls(region, province)

    def hashes(self) -> tuple[int | None, int | None, int]:
        return (stable_hash(self.region) if self.region else None,
                stable_hash(self.province) if self.province else None,
                stable_hash(""))


@dataclass
class Candidate:
    address: tantivy.DocAddress
    tier: int
    score: float
    final: float = 0.0
    date: int = 0
    vcode: int = 0
    series_h: int = 0
    superseded: bool = False


def rank(searcher: tantivy.Searcher, cands: list[Candidate], home: Home) -> list[Candidate]:
    """Order candidates in place of their raw scores; see the module docstring."""
    if not cands:
        return []
    addrs = [c.address for c in cands]
    vcodes = searcher.fast_field_values("vcode", addrs)
    regions = searcher.fast_field_values("region_h", addrs)
    dates = searcher.fast_field_values("date", addrs)
    series = searcher.fast_field_values("series_h", addrs)
    lens = searcher.fast_field_values("title_len", addrs)
    old = searcher.fast_field_values("superseded", addrs)
    city_h, prov_h, national_h = home.hashes()
    for c, v, r, d, s, n, o in zip(cands, vcodes, regions, dates, series, lens, old):
        factor = VALIDITY_FACTOR.get(v or 0, 1.0)
        if city_h is not None:
            if r == city_h:
                factor *= HOME_CITY
            elif r == prov_h:
                factor *= HOME_PROVINCE
            elif r == national_h:
                factor *= NATIONAL
        elif r == national_h:
            factor *= NATIONAL_ANYWHERE
        score = c.score
        if c.tier == TIER_PINYIN:
            score = 10.0 / (10.0 + (n or 0))   # shorter titles: more of the title was typed
        c.final = round(score * factor, 4)
        c.date, c.vcode, c.series_h, c.superseded = d or 0, v or 0, s or 0, bool(o)
    cands.sort(key=lambda c: (-c.tier, -c.final, -c.date))
    return cands


def collapse(cands: list[Candidate]) -> list[Candidate]:
    """One hit per revision chain: the in-force member if it matched, else the best one."""
    best: dict[int, int] = {}
    out: list[Candidate] = []
    for c in cands:
        if not c.series_h:
            out.append(c)
            continue
        pos = best.get(c.series_h)
        if pos is None:
            best[c.series_h] = len(out)
            out.append(c)
        elif out[pos].vcode != 0 and c.vcode == 0:
            # keep the chain's place, show its current text
            c.tier, c.final = out[pos].tier, out[pos].final
            out[pos] = c
    return out
