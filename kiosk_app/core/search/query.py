"""From what a visitor typed to tantivy queries. Never raises on input.

A query is cleaned (normalised, unprintables dropped, capped), question words
are removed, synonym terms become units that match the term or its official
wording, and the rest is cut into words (short runs whole, longer runs by
jieba). Each unit is searched as a bigram phrase in the title (boosted) and
the body; units are ANDed. :func:`plan` builds that first, strict reading;
:func:`relaxations` yields looser readings tried in order while nothing is
found: words cut finer, one wrong character in a title, then any unit (OR).

A query of one Chinese character (the first keystroke) is read in titles
only: in bodies nearly every common character occurs in every document, so
a body search would count the whole library for an answer nobody reads. When
titles give too few documents, bodies are searched too.

No part of the visitor's text is ever handed to a query parser: every query is
built from terms with tantivy's query constructors, so there is no syntax to
get wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

import tantivy

from kiosk_app.core.search import analysis, docnum, pinyin, segment
from kiosk_app.core.search.normalize import clean_query, compact
from kiosk_app.core.search.synonyms import SynonymTable

MAX_QUERY_CHARS = 100
MAX_UNITS = 10
TITLE_BOOST = 4.0
RUN_TITLE_BOOST = 6.0
FUZZY_MIN, FUZZY_MAX = 4, 30
# Readings that loosen what the visitor typed (the title reading of one character does not).
RELAXED_MODES = ("split", "fuzzy", "or")
# In the OR reading, a word in more than this share of bodies counts only in titles.
COMMON_SHARE = 0.2


@dataclass(frozen=True)
class Unit:
    """One thing the query asks for; any of its alternatives satisfies it."""

    alternatives: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    """One reading of the query."""

    text: str                          # cleaned query
    units: tuple[Unit, ...]
    runs: tuple[str, ...] = ()         # multi-word CJK runs, rewarded when found whole
    mode: str = "and"                  # title | and | split | fuzzy | or
    title_keys: tuple[str, ...] = ()
    docnum_keys: tuple[str, ...] = ()
    pinyin: str = ""
    fuzzy_run: str = ""

    @property
    def empty(self) -> bool:
        return not (self.units or self.title_keys or self.docnum_keys or self.pinyin)

    def highlight_terms(self) -> list[str]:
        """Every string a snippet should mark, longest first."""
        terms = {a for u in self.units for a in u.alternatives}
        terms.update(self.runs)
        return sorted(terms, key=len, reverse=True)


def _units_of_run(run: str, table: SynonymTable, *, split: bool) -> list[Unit]:
    if not analysis.is_cjk_run(run):
        return [Unit(table.expand(run))]
    units: list[Unit] = []
    pos = 0
    for m in table.find(run) + [None]:
        gap = run[pos:m.start] if m else run[pos:]
        if gap:
            words = segment.words(gap) if not split else _split_words(gap)
            units += [Unit((w,)) for w in _join_singles(words)]
        if m:
            units.append(Unit(m.alternatives))
            pos = m.end
    return units


def _join_singles(words: list[str]) -> list[str]:
    """Consecutive one-character words (派/的/人) searched together as the phrase they form.

    A lone character is costly to search (every bigram that contains it) and
    says little; two or more in a row are what the visitor typed, as typed.
    """
    out: list[str] = []
    run: list[str] = []
    for word in words + [""]:
        if len(word) == 1 and word >= "\u3400":
            run.append(word)
            continue
        if len(run) >= 2:
            out.append("".join(run))
        elif run:
            out.append(run[0])
        run = []
        if word:
            out.append(word)
    return out


def _split_words(text: str) -> list[str]:
    if len(text) <= 2:
        return [text]
    return [w for w in segment._load().lcut(text, HMM=True) if w.strip()]


def _prune(units: list[Unit]) -> list[Unit]:
    """Drop stop characters and, when longer words exist, lone single characters."""
    units = list(dict.fromkeys(units))
    kept = [u for u in units if not (len(u.alternatives) == 1 and u.alternatives[0] in segment.STOP_CHARS)]
    if not kept:
        kept = units[:1]
    if any(len(u.alternatives[0]) > 1 for u in kept):
        kept = [u for u in kept if len(u.alternatives[0]) > 1 or len(u.alternatives) > 1]
    return kept[:MAX_UNITS]


def plan(raw: object, table: SynonymTable, *, split: bool = False) -> Plan:
    """The strict reading of any value a visitor may send (``None`` and non-strings too)."""
    text = clean_query(raw if isinstance(raw, str) else "", MAX_QUERY_CHARS)
    key = compact(text)
    if not key:
        return Plan(text=text, units=())
    stripped = segment.strip_question(text)
    units: list[Unit] = []
    multi_runs: list[str] = []
    for run in analysis.runs(stripped):
        run_units = _units_of_run(run, table, split=split)
        units += run_units
        if len(run_units) > 1 and analysis.is_cjk_run(run):
            multi_runs.append(run)
    from kiosk_app.core.search.schema import title_exact_keys

    units = _prune(units)
    return Plan(
        text=text,
        units=tuple(units),
        runs=tuple(multi_runs[:3]),
        mode="split" if split else "title" if _lone_character(units) else "and",
        title_keys=tuple(title_exact_keys(text)),
        docnum_keys=tuple(docnum.query_keys(text)),
        pinyin=key[:pinyin.MAX_KEY] if pinyin.is_pinyin_query(key) else "",
        fuzzy_run=_fuzzy_run(stripped),
    )


def _lone_character(units: list[Unit]) -> bool:
    """True when the query is one Chinese character and nothing else."""
    if len(units) != 1 or len(units[0].alternatives) != 1:
        return False
    word = units[0].alternatives[0]
    return len(word) == 1 and word >= "\u3400"


def _fuzzy_run(text: str) -> str:
    """The query when it is one CJK run as long as a title: the kind to forgive a typo in."""
    parts = analysis.runs(text)
    if len(parts) != 1 or not analysis.is_cjk_run(parts[0]):
        return ""
    return parts[0] if FUZZY_MIN <= len(parts[0]) <= FUZZY_MAX else ""


def relaxations(strict: Plan, table: SynonymTable):
    """Looser readings of a query, in the order they are tried when nothing is found."""
    if not strict.units:
        return
    if strict.mode == "title":
        yield replace(strict, mode="and")      # the character in bodies too
        return
    split = plan(strict.text, table, split=True)
    if split.units != strict.units:
        yield split
    if strict.fuzzy_run:
        yield replace(strict, mode="fuzzy")
    best = split if len(split.units) >= len(strict.units) else strict
    if len(best.units) > 1:
        yield replace(best, mode="or")


# ---------------------------------------------------------------------------
# tantivy queries

@dataclass
class Builder:
    """Turns plans into tantivy queries against one schema.

    Attributes:
        body_share: the share of documents (0..1) whose body may hold a word (an
            upper bound from its rarest bigram), for the OR reading; None: unknown.
    """

    schema: tantivy.Schema
    body_share: Callable[[str], float] | None = None
    _cache: dict = field(default_factory=dict)

    def _field_query(self, fld: str, text: str) -> tantivy.Query:
        terms = analysis.phrase_terms(text) or [text[:analysis.MAX_WORD]]
        if len(terms) > 1:
            return tantivy.Query.phrase_query(self.schema, fld, terms)
        term = terms[0]
        if len(term) == 1 and term >= "\u3400":
            if fld == "body_b":
                # In bodies: the character alone or starting a bigram. Every occurrence
                # but the last of a run starts one, and a pattern with a fixed first
                # character walks a sliver of the term dictionary, not all of it.
                return tantivy.Query.regex_query(self.schema, fld, f"{term}.?")
            # In titles (a small dictionary): itself, or any bigram that contains it (…法).
            return tantivy.Query.regex_query(self.schema, fld, f"{term}|{term}.|.{term}")
        return tantivy.Query.term_query(self.schema, fld, term)

    def alternative(self, text: str, *, title_boost: float = TITLE_BOOST, body_boost: float = 1.0,
                    title_only: bool = False):
        title = tantivy.Query.boost_query(self._field_query("title_b", text), title_boost)
        if title_only:
            return title
        body = self._field_query("body_b", text)
        if body_boost != 1.0:
            body = tantivy.Query.boost_query(body, body_boost)
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, title), (tantivy.Occur.Should, body)])

    def unit(self, unit: Unit, *, title_only: bool = False) -> tantivy.Query:
        alts = [self.alternative(a, title_only=title_only) for a in unit.alternatives]
        if len(alts) == 1:
            return alts[0]
        # A phrase scores the sum of its terms, so a long official wording would
        # outweigh the short word typed; scale each alternative to the typed length.
        typed = len(analysis.phrase_terms(unit.alternatives[0])) or 1
        for i, a in enumerate(unit.alternatives[1:], 1):
            n = len(analysis.phrase_terms(a)) or 1
            if n > typed:
                alts[i] = tantivy.Query.boost_query(alts[i], typed / n)
        # the best alternative counts, not their sum: a document that uses both the
        # colloquial and the official word is not twice as relevant
        return tantivy.Query.disjunction_max_query(alts, tie_breaker=0.1)

    def match(self, unit: Unit) -> tantivy.Query:
        """Documents that contain the unit anywhere: a body phrase (bodies begin with their title).

        Matching is kept apart from scoring because tantivy intersects phrases
        fast but unions slowly: ANDing units that are each "title or body" made
        every unit's union evaluate its phrase through whole blocks of documents
        (17 ms at 100,000 documents for a query of a rare and a very common word,
        against 0.5 ms for the intersection of the body phrases).
        """
        alts = []
        for a in unit.alternatives:
            body = self._field_query("body_b", a)
            if len(a) == 1 and a >= "\u3400":
                # the body pattern of a lone character misses it at the end of a run (…法)
                body = tantivy.Query.boolean_query([(tantivy.Occur.Should, body), (
                    tantivy.Occur.Should, self._field_query("title_b", a))])
            alts.append(body)
        if len(alts) == 1:
            return alts[0]
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, a) for a in alts])

    def text_query(self, p: Plan, *, scored: bool = True) -> tantivy.Query | None:
        """The full-text query of a plan, or None when it has no words.

        Args:
            scored: False for a query that only has to match the same documents
                (facet counts), which leaves out everything that only scores.
        """
        if p.mode == "fuzzy":
            return self.fuzzy_title(p.fuzzy_run)
        if not p.units:
            return None
        if p.mode == "title":
            return tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, self.unit(u, title_only=True)) for u in p.units])
        if p.mode == "or":
            common = self._common_units(p.units)
            if not scored:
                return tantivy.Query.boolean_query([(tantivy.Occur.Should, self.unit(
                    u, title_only=True) if u in common else self.match(u)) for u in p.units])
            clauses = [(tantivy.Occur.Should, self.unit(u, title_only=u in common)) for u in p.units]
        else:
            if not scored:
                return tantivy.Query.boolean_query([(tantivy.Occur.Must, self.match(u)) for u in p.units])
            clauses = []
            for u in p.units:
                word = u.alternatives[0]
                if len(u.alternatives) == 1 and not (len(word) == 1 and word >= "\u3400"):
                    # the body phrase both matches and scores; the title adds its boost
                    # (the same sum as "title or body", which tantivy cannot intersect fast)
                    clauses.append((tantivy.Occur.Must, self._field_query("body_b", word)))
                    clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(
                        self._field_query("title_b", word), TITLE_BOOST)))
                else:
                    # alternatives score as the best of them: match apart, score as before
                    clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(self.match(u), 0.0)))
                    clauses.append((tantivy.Occur.Should, self.unit(u)))
        for run in p.runs:
            # the run found whole in a title; in bodies the ANDed words are enough
            # (a long body phrase of common bigrams is the costliest query part)
            clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(
                self._field_query("title_b", run), RUN_TITLE_BOOST)))
        return tantivy.Query.boolean_query(clauses)

    def _common_units(self, units: tuple[Unit, ...]) -> set[Unit]:
        """Units of an OR reading to look for in titles only: those in most bodies.

        The OR reading is tried when the words together found little; a word that
        half the library uses says nothing there except in a title, and searching
        every body for it costs more than the rest of the query (人民代表大会常务委员会
        in 30 ms of a 35 ms query at 100,000 documents). When every unit is that
        common, all are searched everywhere.
        """
        if self.body_share is None or len(units) < 2:
            return set()
        common = {u for u in units if all(self.body_share(a) > COMMON_SHARE for a in u.alternatives)}
        return common if len(common) < len(units) else set()

    def fuzzy_title(self, run: str) -> tantivy.Query:
        """Titles sharing all but two of the run's bigrams: one wrong character costs two."""
        grams = list(dict.fromkeys(analysis.bigrams(run)))
        need = max(1, len(grams) - 2)
        clauses = [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "title_b", g)) for g in grams]
        return tantivy.Query.boost_query(
            tantivy.Query.boolean_query(clauses, minimum_number_should_match=need), TITLE_BOOST)

    def exact_query(self, p: Plan) -> tantivy.Query | None:
        """Exact title or document number: the answers that go first."""
        clauses = []
        if p.title_keys:
            clauses.append((tantivy.Occur.Should, tantivy.Query.const_score_query(
                tantivy.Query.term_set_query(self.schema, "title_x", list(p.title_keys)), 2.0)))
        if p.docnum_keys:
            clauses.append((tantivy.Occur.Should, tantivy.Query.const_score_query(
                tantivy.Query.term_set_query(self.schema, "docnum", list(p.docnum_keys)), 1.0)))
        return tantivy.Query.boolean_query(clauses) if clauses else None

    def pinyin_query(self, p: Plan) -> tantivy.Query | None:
        """Titles whose pinyin (full or initials) of some tail starts with the query."""
        if not p.pinyin:
            return None
        return tantivy.Query.const_score_query(
            tantivy.Query.phrase_prefix_query(self.schema, "py", [p.pinyin]), 1.0)
