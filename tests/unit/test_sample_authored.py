"""The hand-written part of the embedded sample library (resources/sample_library/authored.jsonl).

These records are what a citizen meets first on a kiosk with no network:
interpretations beside real laws, the three-level catalogue, service guides,
hotline answers, drafts open for comment, enterprise tags, the holiday
calendar and search synonyms. The tests hold them to the exchange format, to
the real corpus they point at, and to the official holiday calendar.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import chinese_calendar
import pytest

from kiosk_app.core.records import record_key, validate
from kiosk_app.core.workdays import WorkdayCalendar
from kiosk_app.paths import resource

AUTHORED = resource("sample_library", "authored.jsonl")
TODAY = dt.date(2026, 11, 23)  # the day the sample's consultation states are judged on
ALLOWED_TYPES = {
    "interpretation", "catalogue_node", "service_guide", "faq", "consultation",
    "vocabulary", "enterprise_tags", "calendar_year", "synonym",
}
ARTICLE_RE = re.compile(r"第([零〇一二三四五六七八九十百千]+)条")
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
HOLIDAY_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
}


def _raw_lines() -> list[str]:
    return AUTHORED.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [validate(json.loads(line)) for line in _raw_lines()]


@pytest.fixture(scope="module")
def by_type(records) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for rec in records:
        out[rec["type"]].append(rec)
    return out


@pytest.fixture(scope="module")
def corpus(corpus_path: Path) -> dict[str, dict]:
    """id -> the fields the checks need, for every document of the real corpus."""
    out = {}
    with gzip.open(corpus_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            out[d["id"]] = {k: d.get(k) for k in ("title", "status", "version_date", "body")}
    return out


@pytest.fixture(scope="module")
def seed_ids(seeds_dir: Path) -> set[str]:
    return {"seed-" + p.stem.split("_", 1)[1] for p in seeds_dir.glob("*.txt")}


def referenced_ids(rec: dict) -> list[str]:
    ids = list(rec.get("document_ids") or [])
    for key in ("policy_id", "document_id"):
        if rec.get(key):
            ids.append(rec[key])
    return ids


# ---------------------------------------------------------------------------
# Format


def test_every_line_is_one_valid_record():
    lines = _raw_lines()
    assert lines, "authored.jsonl is empty"
    keys = []
    for no, line in enumerate(lines, 1):
        assert line.strip(), f"line {no} is blank"
        rec = json.loads(line)
        assert isinstance(rec, dict), f"line {no} is not a JSON object"
        clean = validate(rec)  # raises RecordError naming the field
        assert clean["type"] in ALLOWED_TYPES, f"line {no}: {clean['type']} does not belong here"
        assert clean["updated_at"].endswith("+08:00"), f"line {no}: timestamp not in Beijing time"
        assert clean["id"].isascii()
        keys.append(record_key(clean))
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, f"duplicate records: {dupes}"


def test_the_sample_has_enough_of_each_kind(by_type):
    assert len(by_type["interpretation"]) >= 12
    assert len(by_type["service_guide"]) >= 10
    assert len(by_type["faq"]) >= 15
    assert len(by_type["enterprise_tags"]) >= 12
    assert len(by_type["synonym"]) >= 25
    assert len(by_type["consultation"]) >= 3
    assert sorted(v["id"] for v in by_type["vocabulary"]) == ["enterprise_size", "industry", "target_group"]
    assert sorted(c["year"] for c in by_type["calendar_year"]) == [2025, 2026]


def test_written_content_is_marked_as_sample(by_type):
    """A citizen must be able to tell the sample's own writing from official text."""
    for rec in by_type["interpretation"]:
        assert "示例" in rec["issuer"], rec["id"]
    for rec in by_type["faq"]:
        assert "示例" in rec["source"], rec["id"]
    for rec in by_type["consultation"]:
        assert "示例" in rec["issuer"] and "示例" in rec["contact"], rec["id"]
    for rec in by_type["service_guide"]:
        assert any("示例" in step for step in rec["steps"]), rec["id"]


def test_no_personal_contact_details():
    text = AUTHORED.read_text(encoding="utf-8")
    assert not MOBILE_RE.search(text), "a mobile number in the sample"
    assert not EMAIL_RE.search(text), "an e-mail address in the sample"


# ---------------------------------------------------------------------------
# Interpretations, guides, FAQ


def test_interpretations_have_the_shape_of_their_kind(by_type):
    kinds_per_policy = defaultdict(set)
    for rec in by_type["interpretation"]:
        kinds_per_policy[rec["policy_id"]].add(rec["kind"])
        if rec["kind"] == "问答":
            assert 4 <= len(rec["qa"]) <= 8, rec["id"]
            assert not rec["body"], rec["id"]
        elif rec["kind"] == "文字解读":
            paras = [b for b in rec["body"] if b["kind"] == "paragraph"]
            assert len(paras) >= 5, rec["id"]
            assert sum(len(b["text"]) for b in paras) >= 600, rec["id"]
        elif rec["kind"] == "图解":
            points = [b for b in rec["body"] if b["kind"] == "paragraph"]
            headings = [b for b in rec["body"] if b["kind"] == "heading"]
            assert len(points) >= 8 and len(headings) >= 3, rec["id"]
            # an illustrated summary is short points, not prose (the closing note aside)
            assert sum(len(b["text"]) <= 80 for b in points) >= len(points) - 1, rec["id"]
        else:
            pytest.fail(f"{rec['id']}: kind {rec['kind']} has no text to show")
    kinds = {rec["kind"] for rec in by_type["interpretation"]}
    assert kinds == {"文字解读", "问答", "图解"}
    assert sum(len(k) >= 2 for k in kinds_per_policy.values()) >= 3


def test_service_guides_say_what_where_when(by_type):
    for rec in by_type["service_guide"]:
        for key in ("conditions", "materials", "steps"):
            assert rec[key], f"{rec['id']}: no {key}"
        for key in ("time_limit", "fee", "address", "hours", "phone"):
            assert rec[key].strip(), f"{rec['id']}: no {key}"
        assert "12345" in rec["phone"], f"{rec['id']}: phone is not the public hotline"
        assert rec["document_ids"], f"{rec['id']}: no legal basis"
    fees = Counter("不收费" in rec["fee"] for rec in by_type["service_guide"])
    assert fees[True] > fees[False]


def test_faq_answers_point_at_documents(by_type):
    questions = [rec["question"] for rec in by_type["faq"]]
    assert len(set(questions)) == len(questions)
    for rec in by_type["faq"]:
        assert rec["document_ids"], rec["id"]
        assert rec["topic"], rec["id"]


# ---------------------------------------------------------------------------
# Against the real corpus


@pytest.mark.corpus
def test_every_referenced_document_exists_and_is_current(records, corpus, seed_ids):
    latest = {}
    for doc_id, d in corpus.items():
        key = d["title"]
        if key not in latest or (d["version_date"] or "") > (corpus[latest[key]]["version_date"] or ""):
            latest[key] = doc_id
    problems = []
    for rec in records:
        for doc_id in referenced_ids(rec):
            if doc_id.startswith("seed-"):
                if doc_id not in seed_ids:
                    problems.append(f"{rec['id']}: no seed {doc_id}")
                continue
            doc = corpus.get(doc_id)
            if doc is None:
                problems.append(f"{rec['id']}: no corpus document {doc_id}")
            elif doc["status"] == "已失效":
                problems.append(f"{rec['id']}: {doc['title']} is repealed")
            elif latest[doc["title"]] != doc_id:
                problems.append(f"{rec['id']}: {doc_id} is an old version of {doc['title']}")
    assert not problems, "\n".join(problems)


@pytest.mark.corpus
def test_cited_articles_exist_in_the_linked_documents(by_type, corpus):
    """Every 第…条 a sample text cites is an article of a document it links to."""
    def articles(doc_id):
        body = corpus[doc_id]["body"]
        return set(re.findall(r"^\s*(第[零〇一二三四五六七八九十百千]+条)", body, re.M))

    def texts(rec):
        if rec["type"] == "interpretation":
            yield rec["title"]
            for b in rec["body"]:
                yield b.get("title") or ""
                yield b.get("text") or ""
            for pair in rec["qa"]:
                yield pair["q"]
                yield pair["a"]
        elif rec["type"] == "faq":
            yield rec["answer"]
        elif rec["type"] == "service_guide":
            yield from rec["conditions"]
            yield from rec["steps"]
            yield rec["time_limit"]

    problems = []
    checked = 0
    for rtype in ("interpretation", "faq", "service_guide"):
        for rec in by_type[rtype]:
            linked = [d for d in referenced_ids(rec) if not d.startswith("seed-")]
            if not linked:
                continue
            known = set().union(*(articles(d) for d in linked))
            for text in texts(rec):
                for m in ARTICLE_RE.finditer(text):
                    checked += 1
                    if m.group(0) not in known:
                        problems.append(f"{rec['id']}: {m.group(0)} is not in {linked}")
    assert checked > 200
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------
# Catalogue


def test_catalogue_is_three_trees_of_two_to_three_levels(by_type):
    nodes = {n["id"]: n for n in by_type["catalogue_node"]}
    children = defaultdict(list)
    for n in nodes.values():
        if n.get("parent_id"):
            parent = nodes.get(n["parent_id"])
            assert parent is not None, f"{n['id']}: parent {n['parent_id']} missing"
            assert parent["level"] == n["level"], f"{n['id']}: level differs from its parent"
            children[parent["id"]].append(n)

    def depth(nid, seen=()):
        assert nid not in seen, f"cycle at {nid}"
        kids = children.get(nid, [])
        return 1 + max((depth(k["id"], seen + (nid,)) for k in kids), default=0)

    roots = [n for n in nodes.values() if not n.get("parent_id")]
    assert {r["level"] for r in roots} == {"市", "区县", "街道"}
    for level in ("市", "区县", "街道"):
        deepest = max(depth(r["id"]) for r in roots if r["level"] == level)
        assert 2 <= deepest <= 3, f"{level} tree is {deepest} levels deep"
    for n in nodes.values():
        if not children.get(n["id"]):
            assert n["document_ids"], f"{n['id']} ({n['title']}) is an empty leaf"
        assert n["region"], n["id"]
    for siblings in children.values():
        positions = [s["position"] for s in siblings]
        assert len(set(positions)) == len(positions), "siblings share a position"
    titles = {n["title"] for n in nodes.values()}
    for topic in ("政策文件", "政策解读", "财政信息", "重大建设项目", "社会救助", "教育", "医疗卫生", "就业创业", "营商环境"):
        assert topic in titles, topic


# ---------------------------------------------------------------------------
# Enterprise policy matching


def test_enterprise_tags_use_the_vocabularies(by_type):
    vocab = {v["id"]: set(v["terms"]) for v in by_type["vocabulary"]}
    assert {"制造业", "批发和零售业", "信息传输、软件和信息技术服务业"} <= vocab["industry"]
    assert {"大型企业", "中型企业", "小型企业", "微型企业", "个体工商户"} == vocab["enterprise_size"]
    assert {"高校毕业生", "退役军人", "残疾人", "农民工"} <= vocab["target_group"]
    for rec in by_type["enterprise_tags"]:
        assert set(rec["industries"]) <= vocab["industry"], rec["id"]
        assert set(rec["enterprise_sizes"]) <= vocab["enterprise_size"], rec["id"]
        assert set(rec["target_groups"]) <= vocab["target_group"], rec["id"]
        assert rec["summary"].strip(), rec["id"]
    free = [rec for rec in by_type["enterprise_tags"] if rec["no_application"]]
    assert 2 <= len(free) < len(by_type["enterprise_tags"]) / 2
    assert len({rec["document_id"] for rec in by_type["enterprise_tags"]}) == len(by_type["enterprise_tags"])


# ---------------------------------------------------------------------------
# Public participation


def _state(rec: dict, today: dt.date) -> str:
    start, end = dt.date.fromisoformat(rec["start_date"]), dt.date.fromisoformat(rec["end_date"])
    if today < start:
        return "upcoming"
    return "closed" if today > end else "open"


def test_consultations_are_open_closed_and_upcoming(by_type):
    states = defaultdict(list)
    for rec in by_type["consultation"]:
        states[_state(rec, TODAY)].append(rec)
        assert rec["summary"] and rec["body"] and rec["contact"], rec["id"]
    assert any(r["start_date"] == "2026-11-01" and r["end_date"] == "2026-12-15" for r in states["open"])
    assert any(r["end_date"] == "2026-10-31" for r in states["closed"])
    assert any(r["start_date"] == "2027-01-05" for r in states["upcoming"])


# ---------------------------------------------------------------------------
# Holiday calendar


@pytest.mark.parametrize("year", [2025, 2026])
def test_calendar_agrees_with_chinesecalendar_every_day(by_type, year):
    rec = next(c for c in by_type["calendar_year"] if c["year"] == year)
    holidays = {dt.date.fromisoformat(e["date"]): e["name"] for e in rec["holidays"]}
    workdays = {dt.date.fromisoformat(e["date"]): e["name"] for e in rec["workdays"]}
    assert set(holidays) == {d for d in chinese_calendar.holidays if d.year == year}
    assert set(workdays) == {d for d in chinese_calendar.workdays if d.year == year}
    for table, names in ((chinese_calendar.holidays, holidays), (chinese_calendar.workdays, workdays)):
        for day, name in names.items():
            assert HOLIDAY_NAMES[table[day]] in name, f"{day}: {name} vs {table[day]}"
    assert all(d.weekday() >= 5 for d in workdays), "a make-up working day that is not a weekend"

    cal = WorkdayCalendar([rec], use_package=False)
    day = dt.date(year, 1, 1)
    while day.year == year:
        assert cal.is_workday(day) == chinese_calendar.is_workday(day), day
        day += dt.timedelta(days=1)


# ---------------------------------------------------------------------------
# Search synonyms


def test_synonyms_expand_colloquial_terms(by_type):
    terms = [s["term"] for s in by_type["synonym"]]
    assert len(set(terms)) == len(terms), "a term defined twice"
    table = {s["term"]: s["expansions"] for s in by_type["synonym"]}
    for term, expansions in table.items():
        assert term not in expansions, term
        assert len(set(expansions)) == len(expansions), term
    assert "最低生活保障" in table["低保"]
    assert "养犬" in table["养狗"]
    assert "房屋征收" in table["拆迁"]
    assert "增设电梯" in table["加装电梯"]
    assert "住房公积金" in table["公积金"]
    assert "社会保险" in table["社保"]
