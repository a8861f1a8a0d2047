"""Colloquial → official wording: 低保 is 最低生活保障 in the law.

Visitors use everyday words; documents use the legal term. The table is
library data (``synonym`` records, which the central library can update); the
built-in :data:`DEFAULT_SYNONYMS` cover the common cases and are what a library
without its own table uses. A library record for the same term replaces the
built-in entry.

At query time every occurrence of a term in the query becomes one unit that
matches the term *or* any of its expansions. Terms are found inside a run of
Chinese characters, or as a whole Latin/number word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from kiosk_app.core.search.normalize import compact

# (term, expansions). Terms are what people say; expansions are how the law says it.
DEFAULT_SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("低保", ("最低生活保障",)),
    ("养狗", ("养犬",)),
    ("遛狗", ("养犬", "携犬")),
    ("狗证", ("养犬登记证", "犬类登记")),
    ("拆迁", ("房屋征收", "征收补偿")),
    ("加装电梯", ("增设电梯", "加装电梯")),
    ("公积金", ("住房公积金",)),
    ("医保", ("医疗保障", "医疗保险")),
    ("社保", ("社会保险",)),
    ("五险一金", ("社会保险", "住房公积金")),
    ("养老金", ("基本养老金", "养老保险")),
    ("退休金", ("基本养老金", "养老保险")),
    ("失业金", ("失业保险金",)),
    ("残疾证", ("残疾人证",)),
    ("户口", ("户籍", "户口登记")),
    ("驾照", ("机动车驾驶证",)),
    ("车牌", ("机动车号牌",)),
    ("城管", ("城市管理", "综合行政执法")),
    ("违建", ("违法建设", "违法建筑")),
    ("噪音", ("噪声",)),
    ("营业执照", ("营业执照", "市场主体登记")),
    ("开公司", ("公司登记", "市场主体登记")),
    ("个体户", ("个体工商户",)),
    ("打官司", ("诉讼",)),
    ("欠薪", ("拖欠工资", "工资支付", "农民工工资")),
    ("讨薪", ("拖欠工资", "工资支付", "农民工工资")),
    ("网购", ("电子商务",)),
    ("外卖", ("网络餐饮服务", "网络订餐")),
    ("电动车", ("电动自行车",)),
    ("电瓶车", ("电动自行车",)),
    ("二手房", ("存量房",)),
    ("租房", ("房屋租赁", "住房租赁")),
    ("公租房", ("公共租赁住房",)),
    ("廉租房", ("廉租住房", "公共租赁住房")),
    ("房产证", ("不动产权证书", "不动产登记")),
    ("高空抛物", ("抛掷物品", "高空抛掷")),
    ("酒驾", ("饮酒后驾驶", "酒后驾驶")),
    ("醉驾", ("醉酒驾驶", "醉酒后驾驶")),
    ("家暴", ("家庭暴力",)),
    ("老赖", ("失信被执行人",)),
    ("放鞭炮", ("烟花爆竹",)),
    ("鞭炮", ("烟花爆竹",)),
    ("医闹", ("医疗纠纷",)),
    ("公厕", ("公共厕所",)),
    ("养老院", ("养老机构",)),
    ("精神病", ("精神障碍",)),
    ("黑车", ("非法营运",)),
    ("垃圾分类", ("生活垃圾分类", "生活垃圾")),
    ("个税", ("个人所得税",)),
    ("交强险", ("机动车交通事故责任强制保险", "交通事故责任强制保险")),
    ("依申请公开", ("政府信息公开申请", "依申请公开")),
)

MAX_TERM = 50


@dataclass(frozen=True)
class Match:
    """One occurrence of a table term in a query: [start, end) and what it may mean."""

    start: int
    end: int
    alternatives: tuple[str, ...]


class SynonymTable:
    """Normalised lookup of terms; finds the longest terms in a query, left to right."""

    def __init__(self, entries: Iterable[tuple[str, Iterable[str]]]):
        self._map: dict[str, tuple[str, ...]] = {}
        for term, expansions in entries:
            key = compact(term)
            if not key or len(key) > MAX_TERM:
                continue
            alts = [key] + [compact(e) for e in expansions]
            self._map[key] = tuple(dict.fromkeys(a for a in alts if a))
        self._lengths = sorted({len(k) for k in self._map}, reverse=True)

    @classmethod
    def from_records(cls, records: Iterable[dict] | None, *, defaults: bool = True) -> "SynonymTable":
        """Built-in entries overlaid with library ``synonym`` records (a record wins per term)."""
        entries: dict[str, tuple[str, Iterable[str]]] = {}
        if defaults:
            for term, exps in DEFAULT_SYNONYMS:
                entries[compact(term)] = (term, exps)
        for rec in records or ():
            entries[compact(rec["term"])] = (rec["term"], rec.get("expansions") or ())
        return cls(entries.values())

    def to_data(self) -> list[list]:
        """Plain data for storing with the index: [[term, [alternatives...]], ...]."""
        return [[k, list(v)] for k, v in sorted(self._map.items())]

    @classmethod
    def from_data(cls, data: list) -> "SynonymTable":
        table = cls(())
        table._map = {str(k): tuple(v) for k, v in data}
        table._lengths = sorted({len(k) for k in table._map}, reverse=True)
        return table

    def terms(self) -> list[str]:
        return sorted(self._map)

    def words(self) -> list[str]:
        """Every term and expansion, for the query dictionary."""
        return sorted({w for alts in self._map.values() for w in alts})

    def expand(self, word: str) -> tuple[str, ...]:
        """The word and its expansions, or just the word."""
        return self._map.get(word, (word,))

    def find(self, text: str) -> list[Match]:
        """Non-overlapping longest matches of table terms in compacted ``text``."""
        out: list[Match] = []
        i, n = 0, len(text)
        while i < n:
            for length in self._lengths:
                if i + length <= n and text[i:i + length] in self._map:
                    out.append(Match(i, i + length, self._map[text[i:i + length]]))
                    i += length
                    break
            else:
                i += 1
        return out

    def __len__(self) -> int:
        return len(self._map)
