#!/usr/bin/env python3
"""Regenerate resources/sample_library/sample.jsonl.gz, the library the kiosk ships with.

The sample is curated, not the whole corpus (which stays in ../shared):

* every local regulation of Jinan (济南) and of Shandong province (the kiosk's home);
* the national laws and regulations people ask about most at a service hall (``NATIONAL`` below,
  with every version of each, so revision chains are real);
* the five seed government pages (work plans, a news report, a notice);
* the hand-written records in ``authored.jsonl`` (interpretations, catalogue, guides, FAQ,
  consultations, enterprise tags, vocabularies, the 2025–2026 holiday calendar, synonyms), and any
  corpus document they refer to.

Usage: scripts/make_sample_library.py [--shared ../shared]
The output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk_app.core.exchange import export_library, read_entries  # noqa: E402
from kiosk_app.core.importers.gov_pages import read_pages  # noqa: E402
from kiosk_app.core.importers.lawcorpus import read_corpus  # noqa: E402
from kiosk_app.core.store import LibraryStore  # noqa: E402
from kiosk_app.core.store_write import apply_records  # noqa: E402

SAMPLE_DIR = ROOT / "resources" / "sample_library"
OUT = SAMPLE_DIR / "sample.jsonl.gz"
AUTHORED = SAMPLE_DIR / "authored.jsonl"
BUILT_AT = "2026-11-23T08:00:00+08:00"
TODAY = dt.date(2026, 11, 23)
HEADER = {"type": "library", "id": "sample-jinan", "format": 1, "version": 1, "built_at": BUILT_AT,
          "title": "示例政策文件库（济南市历下区政务服务中心）",
          "source": "sample: real laws and regulations (LawRefBook), five real government pages, "
                    "illustrative guides/FAQ/consultations; see resources/sample_library/README.md"}

# National laws and regulations most asked about in a service hall; a title matches when it
# contains the word and is at most a dozen characters longer (so 劳动法 does not pull in every law).
NATIONAL = """宪法 民法典 政府信息公开条例 行政许可法 行政复议法 行政诉讼法 劳动法 劳动合同法 社会保险法
消费者权益保护法 道路交通安全法 治安管理处罚法 个人信息保护法 中小企业促进法 优化营商环境条例 社会救助暂行办法
住房公积金管理条例 物业管理条例 国有土地上房屋征收与补偿条例 未成年人保护法 老年人权益保障法 残疾人保障法
就业促进法 义务教育法 食品安全法 环境保护法 安全生产法 个体工商户 税收征收管理法 个人所得税法 反家庭暴力法
退役军人保障法 土地管理法 农村土地承包法 医疗保障基金使用监督管理条例 残疾人就业条例 保障农民工工资支付条例
信访工作条例 行政处罚法 法律援助法 人民调解法 传染病防治法 基本医疗卫生与健康促进法 电子商务法 反不正当竞争法
产品质量法 城市居民最低生活保障条例 工伤保险条例 失业保险条例 劳动保障监察条例 职工带薪年休假条例
全国年节及纪念日放假办法 居住证暂行条例 户口登记条例 婚姻登记条例 殡葬管理条例 价格法 广告法 城市房地产管理法
建筑法 消防法 献血法 教育法 招标投标法 政府采购法 统计法 档案法 数据安全法 网络安全法""".split()


def selected(doc: dict, referenced: set[str]) -> bool:
    if doc["id"] in referenced:
        return True
    if doc["region"] == "济南" or (doc["region"] == "山东" and doc["level"] == "省"):
        return True
    if doc["level"] == "国家":
        return any(w in doc["title"] and len(doc["title"]) <= len(w) + 12 for w in NATIONAL)
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    authored = list(read_entries(AUTHORED))
    referenced = set()
    for _, _, rec in authored:
        if isinstance(rec, dict):
            referenced.update(rec.get("document_ids") or [])
            for key in ("policy_id", "document_id"):
                if rec.get(key):
                    referenced.add(rec[key])

    corpus = [d for d in read_corpus(args.shared / "corpus" / "laws.jsonl.gz", today=TODAY)
              if selected(d, referenced)]
    # keep chains whole: a chosen version brings its series
    series = {d["series"] for d in corpus if d["series"]}
    chosen = {d["id"] for d in corpus}
    corpus += [d for d in read_corpus(args.shared / "corpus" / "laws.jsonl.gz", today=TODAY)
               if d["series"] in series and d["id"] not in chosen]
    pages = [rec for _, rec in read_pages(sorted((args.shared / "seeds").glob("*.txt")))]

    entries = [("header", 0, HEADER)]
    entries += [("corpus", None, d) for d in corpus]
    entries += [("seeds", None, d) for d in pages]
    entries += authored
    with tempfile.TemporaryDirectory() as tmp:
        store = LibraryStore.create(tmp)
        apply_records(store, entries)
        n = export_library(store, OUT)
        counts = store.counts()
        store.close()
    print(f"wrote {OUT.relative_to(ROOT)}: {n} records, {OUT.stat().st_size / 1e6:.2f} MB; "
          f"documents {counts['records']['document']} ({len(corpus)} corpus, {len(pages)} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
