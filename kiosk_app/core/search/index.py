"""SearchIndex: the one interface the kiosk has to full-text search.

build / open / apply / search / suggest, and the library version the index
was built for. The engine (tantivy, see docs/decisions/0001-search-engine.md)
stays behind this class, so it can be replaced by measurement later.

Consistency with the store. The library version is written into the index in
the same tantivy commit as the documents it describes (a meta document), so
the version read back always describes what is searchable. The store compares
it with its own version and rebuilds on a mismatch; a crash between the two
commits therefore costs a rebuild, never a silent disagreement. A full build
is made in a sibling directory and swapped in when complete; an interrupted
build leaves the previous index untouched.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import tantivy

from kiosk_app.core.search import analysis
from kiosk_app.core.search import facets as facets_mod
from kiosk_app.core.search import query as query_mod
from kiosk_app.core.search import pinyin, readahead, segment, suggest as suggest_mod
from kiosk_app.core.search.analyser import Analyser
from kiosk_app.core.search.normalize import compact
from kiosk_app.core.search.ranking import (TIER_EXACT, TIER_PINYIN, TIER_TEXT, Candidate, Home,
                                           collapse, rank)
from kiosk_app.core.search.results import Hit, SearchResult, Version
from kiosk_app.core.search.schema import (META_ID, SCHEMA_VERSION, STORED_TEXT, build_schema,
                                          make_document, make_meta, to_document)
from kiosk_app.core.search.snippets import make_snippet
from kiosk_app.core.search.synonyms import SynonymTable

log = logging.getLogger(__name__)

TextSource = Callable[[str], "str | None"]
# One indexing thread with a large memory budget writes few, large segments: about
# 20,000 documents each, so 100,000 documents are five segments and tantivy's merge
# policy (which merges eight segments of similar size) has nothing to rewrite during
# the build. A second thread would not help: analysis (this process and a worker)
# keeps the other core busy.
BUILD_HEAP, BUILD_THREADS = 300_000_000, 1
# An update goes into one new segment (one thread; a budget for ~5,000 documents).
# Two threads made two to four small segments per update, which soon made eight
# small segments and a merge of all of them on the update's critical path.
APPLY_HEAP, APPLY_THREADS = 100_000_000, 1
MIN_CANDIDATES, MAX_CANDIDATES = 100, 1000
# A strict reading that finds fewer documents than this is probably too strict
# (a word the law does not use): the next, looser reading is merged in.
FEW_RESULTS = 5
MATCH_NAMES = {TIER_EXACT: "exact", TIER_PINYIN: "pinyin", TIER_TEXT: "text"}


class SearchIndexError(Exception):
    """The index cannot be used as it is: missing, unreadable or of another schema.

    The store side answers it by rebuilding the index from the library.
    """


class SearchIndex:
    """A tantivy index of a library's documents. Build, open, apply changes, search, suggest."""

    def __init__(self, path: Path, index: tantivy.Index, *, text_of: TextSource | None = None):
        self.path = Path(path)
        self._index = index
        self._schema = index.schema
        self._builder = query_mod.Builder(self._schema, body_share=self._body_share)
        self._text_of = text_of
        self._load_meta()     # first: an index of another schema fails here, as SearchIndexError
        self._superseded = tantivy.Query.term_query(self._schema, "superseded", 1)
        self._initials = pinyin.InitialsTable.load(self.path / pinyin.INITIALS_FILE)
        counts = suggest_mod.load_popular(self.path)
        # Until the kiosk has figures of its own, the colloquial terms are the popular topics.
        self._popular = suggest_mod.Popular(counts or {t: 0 for t in self._synonyms.terms()},
                                            self._initials)

    # ------------------------------------------------------------------ life cycle

    @classmethod
    def build(cls, index_dir: os.PathLike | str, records: Iterable[dict], *,
              synonyms: Iterable[dict] | None = None, version: int = 0,
              text_of: TextSource | None = None, threads: int = BUILD_THREADS,
              workers: int | None = None) -> "SearchIndex":
        """Index every ``document`` record from scratch and swap the result into ``index_dir``.

        Args:
            index_dir: where the index lives (a library's DIR/index).
            records: exchange-format records; other types than ``document`` are skipped.
            synonyms: the library's ``synonym`` records (built-in entries fill the rest).
            version: the library version these records are.
            text_of: body text by document id, for snippets.
            threads: tantivy indexing threads (0: tantivy's choice; see
                :data:`BUILD_THREADS`).
            workers: processes that analyse documents beside this one (None:
                one when there are two or more CPUs and no other threads, see
                :class:`~kiosk_app.core.search.analyser.Analyser`; 0: analyse here).

        Raises:
            SearchIndexError: the directory cannot be written.
        """
        index_dir = Path(index_dir)
        tmp = index_dir.with_name(index_dir.name + ".building")
        old = index_dir.with_name(index_dir.name + ".old")
        try:
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            analyser = Analyser(workers)
            try:
                index = tantivy.Index(build_schema(), path=str(tmp), reuse=False)
                writer = index.writer(BUILD_HEAP, threads)
                count = 0
                titles: set[str] = set()
                for analysed in analyser(records):
                    writer.add_document(to_document(analysed))
                    titles.add(analysed["compact_title"])
                    count += 1
            finally:
                analyser.close()
            table = SynonymTable.from_records(synonyms)
            segment.write_dictionary(tmp / segment.WORDS_FILE, table.words(), titles)
            pinyin.write_initials_table(tmp / pinyin.INITIALS_FILE)
            writer.add_document(make_meta(version, _payload(table)))
            writer.commit()
            writer.wait_merging_threads()
            del writer, index
            popular = index_dir / suggest_mod.POPULAR_FILE
            if popular.exists():
                shutil.copy2(popular, tmp / suggest_mod.POPULAR_FILE)
            shutil.rmtree(old, ignore_errors=True)
            if index_dir.exists():
                index_dir.rename(old)
            tmp.rename(index_dir)
            shutil.rmtree(old, ignore_errors=True)
        except OSError as exc:
            raise SearchIndexError(f"cannot build the search index in {index_dir}: {exc}") from exc
        log.info("search index built: %d documents, version %d", count, version)
        return cls.open(index_dir, text_of=text_of, warm=False)

    @classmethod
    def open(cls, index_dir: os.PathLike | str, *, text_of: TextSource | None = None,
             warm: bool = False) -> "SearchIndex":
        """Open an index built by :meth:`build`.

        Args:
            warm: start loading the word segmenter in a background thread now.
                Without it, the first query that needs it loads it (~0.4 s);
                a UI may instead call :meth:`warm_up` when idle. Warming while
                a query runs slows that query (the interpreter lock is shared).

        Raises:
            SearchIndexError: no index there, or not one this code can read.
        """
        index_dir = Path(index_dir)
        if not (index_dir / "meta.json").exists():
            raise SearchIndexError(f"no search index in {index_dir}")
        try:
            index = tantivy.Index.open(str(index_dir))
        except ValueError as exc:
            raise SearchIndexError(f"search index in {index_dir} cannot be opened: {exc}") from exc
        segment.use_dictionary(index_dir / segment.WORDS_FILE)
        self = cls(index_dir, index, text_of=text_of)
        if warm:
            segment.warm_up()
        return self

    def _load_meta(self) -> None:
        self._index.reload()
        self._searcher = self._index.searcher()
        # the searcher has mapped every segment's files: no read-ahead on them (see readahead.py)
        readahead.advise_random(self.path)
        try:
            hits = self._searcher.search(
                tantivy.Query.term_query(self._schema, "kind", "meta"), limit=1).hits
        except ValueError as exc:
            raise SearchIndexError(f"search index in {self.path} has another schema: {exc}") from exc
        if not hits:
            raise SearchIndexError(f"search index in {self.path} has no meta record (interrupted build?)")
        doc = self._searcher.doc(hits[0][1])
        payload = json.loads(bytes(doc.get_first("payload")).decode("utf-8"))
        if payload.get("schema") != SCHEMA_VERSION:
            raise SearchIndexError(
                f"search index in {self.path} has schema {payload.get('schema')}, expected {SCHEMA_VERSION}")
        self._version = int(doc.get_first("version"))
        self._synonyms = SynonymTable.from_data(payload.get("synonyms", []))

    def _body_share(self, word: str) -> float:
        """At most this share of documents has ``word`` in its body (its rarest bigram's)."""
        terms = analysis.phrase_terms(word)
        if not terms:
            return 0.0
        total = max(1, self._searcher.num_docs)
        return min(self._searcher.doc_freq("body_b", t) for t in terms) / total

    @property
    def version(self) -> int:
        """The library version whose documents this index holds (compare with the store's)."""
        return self._version

    @property
    def doc_count(self) -> int:
        return self._searcher.num_docs - 1

    @property
    def synonyms(self) -> SynonymTable:
        return self._synonyms

    @staticmethod
    def warm_up() -> None:
        """Load the word segmenter in a background thread (call when the kiosk is idle)."""
        segment.warm_up()

    def set_text_source(self, text_of: TextSource | None) -> None:
        """Where snippets get body text from (normally the library store)."""
        self._text_of = text_of

    def apply(self, upserts: Iterable[dict], deletes: Iterable[str], *, version: int,
              synonyms: Iterable[dict] | None = None) -> dict[str, float]:
        """Add or replace ``upserts`` and remove ``deletes`` in one commit with ``version``.

        The change becomes one new segment. When that makes eight small segments,
        tantivy merges them, and this waits for the merge: the caller (a sync
        applying an update to a staged copy) flushes and renames the directory
        next, so nothing may still be writing into it. With one segment per
        update that is every few updates, not every one.

        Args:
            upserts: document records, new or changed (replaced by id).
            deletes: ids of documents to remove (unknown ids are ignored).
            version: the library version after this change.
            synonyms: the library's complete synonym records, when they changed;
                None keeps the current table.

        Returns:
            Seconds spent: ``total``, ``analysis`` (with handing documents to
            tantivy), ``commit`` and ``merge`` (waiting for a merge the commit started).

        Raises:
            SearchIndexError: the index cannot be written (another writer, disk full).
        """
        started = time.perf_counter()
        table = SynonymTable.from_records(synonyms) if synonyms is not None else self._synonyms
        try:
            writer = self._index.writer(APPLY_HEAP, APPLY_THREADS)
        except ValueError as exc:
            raise SearchIndexError(f"search index in {self.path} is locked or unwritable: {exc}") from exc
        try:
            added = removed = 0
            for doc_id in deletes:
                writer.delete_documents_by_term("id", doc_id)
                removed += 1
            for record in upserts:
                if record.get("type", "document") != "document":
                    continue
                writer.delete_documents_by_term("id", record["id"])
                writer.add_document(make_document(record))
                added += 1
            writer.delete_documents_by_term("id", META_ID)
            writer.add_document(make_meta(version, _payload(table)))
            added_at = time.perf_counter()
            # a merge the commit starts reads whole segments through the searcher's
            # mappings: let it read ahead (_load_meta below advises random again)
            readahead.advise_normal(self.path)
            writer.commit()
            committed_at = time.perf_counter()
            writer.wait_merging_threads()
        except BaseException:
            readahead.advise_random(self.path)
            try:
                writer.rollback()
            except Exception:  # noqa: BLE001 - the first error is the one to report
                pass
            raise
        self._load_meta()
        if synonyms is not None:
            segment.add_words(self.path / segment.WORDS_FILE, table.words())
        now = time.perf_counter()
        times = {"total": now - started, "analysis": added_at - started,
                 "commit": committed_at - added_at, "merge": now - committed_at}
        log.info("search index updated to version %d: %d upserts, %d deletes in %.1f s "
                 "(analysis %.1f s, commit %.1f s, merges %.1f s)", version, added, removed,
                 times["total"], times["analysis"], times["commit"], times["merge"])
        return times

    # ------------------------------------------------------------------ search

    def search(self, query: object, *, filters: Mapping[str, Any] | None = None,
               region: str | None = None, limit: int = 10, offset: int = 0,
               facets: bool | Iterable[str] = False, snippets: bool = True) -> SearchResult:
        """Search. Any value is a valid query; the worst answer is an empty result.

        Args:
            query: what the visitor typed or said.
            filters: issuer, level, region, doc_type (or category), validity
                (a string or list each), year_from, year_to.
            region: the kiosk's home, e.g. 济南 or 山东/济南; its documents rank higher.
            limit, offset: the page.
            facets: also count matches per filter value: True for every facet
                (:data:`facets.FACET_NAMES`), or the names of those wanted
                (each costs a pass over the matches).
            snippets: cut a marked passage from each hit's body (needs a text source).

        Raises:
            facets.FilterError: a filter key, value or facet name the UI should not send.
        """
        t0 = time.perf_counter()
        limit = max(0, min(int(limit), 200))
        offset = max(0, int(offset))
        fq = facets_mod.filter_query(self._schema, filters)
        facet_names = facets_mod.FACET_NAMES if facets is True else tuple(facets or ())
        home = Home.parse(region)
        plan = query_mod.plan(query, self._synonyms)
        result = SearchResult(query=plan.text, terms=plan.highlight_terms())
        k = max(MIN_CANDIDATES, min(MAX_CANDIDATES, 3 * (offset + limit)))
        se = self._searcher

        cands: dict[tuple[int, int], Candidate] = {}
        parts: list[tantivy.Query] = []     # what was matched, for the facet counts
        complete = True                     # every match of every search is among the candidates
        counted = 0                         # the largest count of one word (or browse) search
        if plan.empty:
            if fq is None:
                result.suggestions = [s.text for s in self.suggest("", 8)]
                return self._finish(result, t0)
            every = tantivy.Query.term_query(self._schema, "kind", "doc")
            res = se.search(self._must(every, fq), limit=k)
            self._collect(cands, res.hits, TIER_TEXT, const=1.0)
            complete, counted, result.mode = res.count <= k, res.count, "browse"
            parts.append(every)
        else:
            for q, tier in ((self._builder.exact_query(plan), TIER_EXACT),
                            (self._builder.pinyin_query(plan), TIER_PINYIN)):
                if q is not None:
                    res = se.search(self._must(q, fq), limit=k)
                    self._collect(cands, res.hits, tier)
                    complete = complete and res.count <= k
                    parts.append(q)
            extra = len(cands)
            if plan.docnum_keys and any(c.tier == TIER_EXACT for c in cands.values()):
                # a document number was asked for and found: other matches of its
                # characters (人民代表大会常务委员会…) are noise, and costly to find
                plan = replace(plan, units=(), runs=(), fuzzy_run="")
            found: list[query_mod.Plan] = []
            matched: list[tantivy.Query] = []     # the found readings, match-only, for facets
            for attempt in [plan, *query_mod.relaxations(plan, self._synonyms)]:
                tq = self._builder.text_query(attempt)
                if tq is None:
                    continue
                res = se.search(self._must(tq, fq), limit=k)
                if res.count:
                    self._collect(cands, res.hits, TIER_TEXT)
                    complete = complete and res.count <= k
                    if attempt.mode == "or":
                        matched.clear()   # it matches all the stricter readings did: count it alone
                    matched.append(self._builder.text_query(attempt, scored=False))
                    found.append(attempt)
                    counted = max(counted, res.count)
                    if res.count >= FEW_RESULTS or attempt.mode == "fuzzy" or extra:
                        break
                elif extra:
                    break   # exact or pinyin answers: nothing to relax for
            parts += matched
            if found:
                result.mode = found[-1].mode
                result.relaxed = any(a.mode in query_mod.RELAXED_MODES for a in found)
                if result.relaxed:
                    result.terms = sorted({t for a in found for t in a.highlight_terms()},
                                          key=len, reverse=True)
            elif cands:
                result.mode = "exact" if any(c.tier == TIER_EXACT for c in cands.values()) else "pinyin"

        ranked = collapse(rank(se, list(cands.values()), home))
        page = ranked[offset:offset + limit]
        result.hits = [self._hit(c, result.terms if snippets else None) for c in page]
        current = None
        if facet_names and parts:
            result.facets, current = self._facets(parts, fq, facet_names)
        result.total = self._total(ranked, complete, counted, current)
        if not ranked:
            result.apply_for_information = True
            result.suggestions = self._alternatives(plan)
        return self._finish(result, t0)

    def _facets(self, parts: list[tantivy.Query], fq: tantivy.Query | None,
                names: tuple[str, ...]) -> tuple[dict, int]:
        """Facet counts over everything matched, superseded texts left out; and how many that is."""
        union = parts[0] if len(parts) == 1 else tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, p) for p in parts])
        clauses = [(tantivy.Occur.Must, union), (tantivy.Occur.MustNot, self._superseded)]
        if fq is not None:
            clauses.append((tantivy.Occur.Must, fq))
        return facets_mod.count_facets(self._searcher, tantivy.Query.boolean_query(clauses), names,
                                       with_total=True)

    @staticmethod
    def _total(ranked: list[Candidate], complete: bool, counted: int, current: int | None) -> int:
        """How many results there are, a revision chain counted once (as its current text).

        When every match is a candidate, that is the number of ranked hits. Otherwise it
        is the count of current texts the facets were counted over (the same pass), or,
        without facets, the largest search's count less the share of superseded texts
        among its candidates, plus the exact and pinyin answers. (A chain whose current
        text does not match, which the hits then show as its older text, is not counted.)
        """
        if complete:
            return len(ranked)
        if current is not None:
            return max(current, len(ranked))
        words = [c for c in ranked if c.tier == TIER_TEXT]
        old_share = sum(c.superseded for c in words) / len(words) if words else 0.0
        answers = sum(1 for c in ranked if c.tier > TIER_TEXT and not c.superseded)
        return max(round(counted * (1 - old_share)) + answers, len(ranked))

    @staticmethod
    def _must(q: tantivy.Query, fq: tantivy.Query | None) -> tantivy.Query:
        if fq is None:
            return q
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, q), (tantivy.Occur.Must, fq)])

    @staticmethod
    def _collect(cands: dict, hits, tier: int, const: float | None = None) -> None:
        for score, addr in hits:
            key = (addr.segment_ord, addr.doc)
            have = cands.get(key)
            if have is None or have.tier < tier:
                cands[key] = Candidate(addr, tier, const if const is not None else score)

    @staticmethod
    def _finish(result: SearchResult, t0: float) -> SearchResult:
        result.elapsed_ms = (time.perf_counter() - t0) * 1000
        return result

    def _hit(self, c: Candidate, terms: list[str] | None) -> Hit:
        doc = self._searcher.doc(c.address)
        f = {name: doc.get_first(name) for name in STORED_TEXT}
        snippet = None
        if terms is not None and self._text_of is not None:
            text = self._text_of(f["id"])
            if text:
                snippet = make_snippet(text, terms)
        versions: tuple[Version, ...] = ()
        if f["series"]:
            versions = self.versions_of(f["series"])
        return Hit(
            id=f["id"], title=f["title"] or "", score=(c.tier - 1) * 1000 + c.final,
            issuer=f["issuer"] or "", validity=f["validity"] or "", doc_number=f["doc_number"] or "",
            level=f["level"] or "", region=f["region"] or "", doc_type=f["doc_type"] or "",
            published_date=f["published_date"], series=f["series"], replaced_by=f["replaced_by"],
            match=MATCH_NAMES[c.tier], snippet=snippet, versions=versions)

    def versions_of(self, series: str) -> tuple[Version, ...]:
        """All texts of one revision chain, newest first."""
        res = self._searcher.search(tantivy.Query.term_query(self._schema, "series", series), limit=100)
        out = []
        for _, addr in res.hits:
            d = self._searcher.doc(addr)
            out.append(Version(d.get_first("id"), d.get_first("title") or "",
                               d.get_first("validity") or "", d.get_first("version_date")))
        out.sort(key=lambda v: (v.version_date or "", v.id), reverse=True)
        return tuple(out)

    def _alternatives(self, plan: query_mod.Plan) -> list[str]:
        """Things to try when nothing was found: the words alone, then suggestions."""
        out: list[str] = []
        for unit in plan.units:
            for alt in unit.alternatives:
                if alt != compact(plan.text):
                    out.append(alt)
        head = compact(plan.text)[:4]
        if head:
            out += [s.text for s in self.suggest(head, 5)]
        return list(dict.fromkeys(out))[:8]

    # ------------------------------------------------------------------ suggestions

    def suggest(self, prefix: object, limit: int = 8) -> list[suggest_mod.Suggestion]:
        """Suggestions for what has been typed so far: popular queries first, then titles."""
        limit = max(0, min(int(limit), 50))
        key = compact(prefix if isinstance(prefix, str) else "")[:suggest_mod.pinyin.MAX_KEY]
        if not key:
            return [suggest_mod.Suggestion(q, "popular") for q, _ in self._popular.items[:limit]]
        out = [suggest_mod.Suggestion(q, "popular") for q in self._popular.match(key, limit // 2 or 1)]
        out += suggest_mod.title_suggestions(self._searcher, self._schema, key, limit - len(out))
        return out[:limit]

    def set_popular(self, counts: Mapping[str, int]) -> None:
        """Replace the popular-query list (query → times asked), e.g. from usage figures."""
        clean = {str(k): int(v) for k, v in counts.items() if compact(str(k))}
        suggest_mod.save_popular(self.path, clean)
        self._popular = suggest_mod.Popular(clean, self._initials)


def _payload(table: SynonymTable) -> dict:
    return {"schema": SCHEMA_VERSION, "synonyms": table.to_data()}
