"""Make a realistic benchmark corpus of N documents from the real law corpus.

How: every generated document is a recombination of real material.

* Title: the region prefix of one real title (济南市 / 山东省 / 中华人民共和国 / none), the
  core of another (what the law is about: 文明养犬管理, 政府信息公开, ...) and the kind
  suffix of a third (条例 / 规定 / 办法 / 实施细则 ...).
* Body: real body blocks (articles, chapters, paragraphs) drawn from random real
  documents until the text reaches a length drawn around ``--chars`` (log-normal,
  like the real corpus), so word frequencies and article structure stay real.
* Metadata: issuer, level, region, category, validity and dates of a real template
  document (dates shifted by up to two years), its document number when it has one,
  or a year-form number (X发〔YYYY〕N号) built from a real issuer code.
* Revision chains: about 3% of documents get an earlier version (same title and
  series, 已修订, replaced_by the current one).

Output: exchange-format ``document`` records (JSON lines, gzip when FILE ends in
.gz) that pass ``kiosk_app.core.records.validate``. Deterministic for a seed.

    python bench/make_corpus.py --docs 10000 --out /tmp/corpus-10k.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk_app.core.importers.lawcorpus import read_corpus  # noqa: E402
from kiosk_app.core.structure import block_text  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "laws.jsonl.gz"
_SUFFIX_RE = re.compile(r"(实施细则|实施办法|实施条例|若干规定|管理条例|管理办法|管理规定|条例|规定|办法|决定|细则|解释|规则)$")
_PREFIX_RE = re.compile(r"^(中华人民共和国|[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,4}市)")
_ISSUER_CODES = ["国办发", "鲁政发", "鲁政办发", "济政发", "济政办发", "济政字", "国发", "财税", "人社部发"]


class Material:
    """The real corpus, cut into the parts documents are recombined from."""

    def __init__(self, corpus: Path):
        self.docs = list(read_corpus(corpus))
        self.prefixes, self.cores, self.suffixes = [], [], []
        for d in self.docs:
            title = d["title"]
            m = _PREFIX_RE.match(title)
            prefix = m.group(1) if m else ""
            rest = title[len(prefix):]
            s = _SUFFIX_RE.search(rest)
            suffix = s.group(1) if s else ""
            core = rest[: len(rest) - len(suffix)] if suffix else rest
            self.prefixes.append(prefix)
            if 2 <= len(core) <= 30 and "《" not in core:
                self.cores.append(core)
            if suffix:
                self.suffixes.append(suffix)
        self.blocks = [b for d in self.docs for b in d["body"] if block_text(b)]


def _shift(date: str | None, rng: random.Random) -> str | None:
    if not date:
        return None
    d = dt.date.fromisoformat(date) - dt.timedelta(days=rng.randint(0, 730))
    return d.isoformat()


def generate(material: Material, n: int, *, chars: int = 3000, seed: int = 7) -> Iterator[dict]:
    """Yield ``n`` document records (plus earlier versions for some of them)."""
    rng = random.Random(seed)
    made = 0
    while made < n:
        i = made
        tpl = rng.choice(material.docs)
        title = rng.choice(material.prefixes) + rng.choice(material.cores) + (
            rng.choice(material.suffixes) if material.suffixes else "条例")
        target = max(300, int(rng.lognormvariate(0, 0.6) * chars * 0.85))
        body, size = [], 0
        while size < target:
            b = dict(rng.choice(material.blocks))
            body.append(b)
            size += len(block_text(b)) + 1
        number = tpl["doc_number"] or (
            f"{rng.choice(_ISSUER_CODES)}〔{rng.randint(2005, 2025)}〕{rng.randint(1, 120)}号"
            if rng.random() < 0.6 else "")
        doc = {
            "type": "document", "id": f"gen-{i:07d}",
            "updated_at": "2025-01-01T00:00:00+08:00",
            "title": title, "issuer": tpl["issuer"], "doc_number": number,
            "doc_type": tpl["doc_type"], "subject": tpl["subject"], "level": tpl["level"],
            "region": tpl["region"], "validity": tpl["validity"] if tpl["validity"] != "已修订" else "现行有效",
            "written_date": _shift(tpl.get("written_date"), rng),
            "published_date": _shift(tpl.get("published_date"), rng),
            "effective_date": _shift(tpl.get("effective_date"), rng),
            "history": tpl["history"][:3], "body": body,
        }
        doc = {k: v for k, v in doc.items() if v is not None}
        if rng.random() < 0.03 and made + 1 < n:
            series = f"series-gen-{i:07d}"
            old = dict(doc, id=f"gen-{i:07d}-v1", validity="已修订", series=series,
                       replaced_by=doc["id"], body=body[: max(1, len(body) * 3 // 4)])
            doc["series"] = series
            yield old
            made += 1
        yield doc
        made += 1


def write(records: Iterator[dict], out: Path) -> int:
    opener = gzip.open if out.suffix == ".gz" else open
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with opener(out, "wt", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    return count


def read(path: Path) -> Iterator[dict]:
    """Records of a file written by :func:`write`."""
    opener = gzip.open if Path(path).suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, required=True, help="number of documents")
    ap.add_argument("--out", type=Path, required=True, help="output JSONL (.gz to compress)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the real corpus")
    ap.add_argument("--chars", type=int, default=3000, help="typical body length in characters")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    material = Material(args.corpus)
    n = write(generate(material, args.docs, chars=args.chars, seed=args.seed), args.out)
    print(f"wrote {n} documents to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
