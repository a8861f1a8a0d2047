"""Query segmentation: question words out, jieba words in — loaded once, lazily.

jieba's first cut costs about a second (it builds a 350,000-word prefix
dictionary, or reads a cache of it in one call that holds the interpreter
lock). Queries need only common words, so the index carries its own query
dictionary (:data:`WORDS_FILE`: jieba's words seen at least
:data:`MIN_FREQ` times, plus the library's synonym terms), which loads in
about a fifth of the time and writes no cache files.

The kiosk must show its first result within a second of starting. jieba is
not loaded on the way to a query that needs no segmenting (runs of up to
:data:`SHORT_RUN` characters, synonym terms, pinyin, document numbers); the
first query that does loads it (~0.4 s with the query dictionary), or
:func:`warm_up` loads it earlier in a background thread. Either way the
results do not depend on timing.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from pathlib import Path
from typing import Iterable

log = logging.getLogger(__name__)

SHORT_RUN = 2
WORDS_FILE = "words.txt"
MIN_FREQ = 10
EXTRA_FREQ = 2000
_TITLE_WORD_MAX = 8

# Question and filler words removed before searching: 怎么申请低保 → 申请低保.
# Longest first, so 怎么办 goes before 怎么.
_QUESTION_WORDS = sorted("""
怎么办理 怎么办 怎么样 怎么 怎样 如何 为什么 为何 什么样 什么 哪里 哪儿 去哪里 去哪儿 到哪里 在哪里 在哪儿
在哪 去哪 找谁 哪个 哪些 哪家 多少钱 多少 多久 几天 是不是 是否 能不能 能否 可不可以 可以 可否 有没有
需不需要 需要什么 需要 请问 你好 我想要 我想 我要 想要 我们 我家 我的 应该 吗 呢 吧 啊 呀 么 的话
""".split(), key=len, reverse=True)
_QUESTION_RE = re.compile("|".join(map(re.escape, _QUESTION_WORDS)))
# Single characters that carry no topic when they stand alone in a query.
STOP_CHARS = frozenset("的了和与及或在是有被把对为从向于上下中之其该此等个要去")

_lock = threading.Lock()
_tokenizer = None
_thread: threading.Thread | None = None
_dictionary: Path | None = None


def write_dictionary(path: Path, extra_words: Iterable[str] = (), titles: Iterable[str] = ()) -> None:
    """Write the query dictionary (atomically).

    It holds jieba's common words, jieba's rarer words that occur in the
    library's ``titles`` (劳动合同 is rare in jieba's sources, common here), and
    ``extra_words`` (synonym terms and expansions). Updates only add synonym
    words (:func:`add_words`); a full build refreshes the title words.
    """
    import jieba

    source = Path(jieba.__file__).parent / "dict.txt"
    freq: dict[str, int] = {}
    with open(source, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                freq[parts[0]] = int(parts[1])
    keep = {w: f for w, f in freq.items() if f >= MIN_FREQ}
    for title in titles:
        for i in range(len(title) - 2):
            for j in range(i + 3, min(len(title), i + _TITLE_WORD_MAX) + 1):
                word = title[i:j]
                if word in freq and word not in keep:
                    keep[word] = max(freq[word], MIN_FREQ)
    for word in extra_words:
        if word and " " not in word and word not in keep:
            keep[word] = EXTRA_FREQ
    _write(path, keep)


def add_words(path: Path, words: Iterable[str]) -> None:
    """Add ``words`` to an existing query dictionary (no-op when there is none)."""
    path = Path(path)
    if not path.is_file():
        return
    keep: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 2 and parts[1].isdigit():
                keep[parts[0]] = int(parts[1])
    new = [w for w in words if w and " " not in w and w not in keep]
    if new:
        keep.update(dict.fromkeys(new, EXTRA_FREQ))
        _write(path, keep)


def _write(path: Path, words: dict[str, int]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".words-", dir=Path(path).parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.writelines(f"{w} {f}\n" for w, f in words.items())
    os.replace(tmp, path)


def use_dictionary(path: Path) -> None:
    """Segment with the query dictionary at ``path`` (if jieba is not loaded yet and it exists)."""
    global _dictionary
    if _tokenizer is None and Path(path).is_file():
        _dictionary = Path(path)


def strip_question(text: str) -> str:
    """Remove question and filler words; keep the text if nothing would be left."""
    stripped = _QUESTION_RE.sub(" ", text)
    return stripped if stripped.strip() else text


def _load():
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            if _dictionary is not None:
                # gen_pfdict is what initialize() runs, minus the cache file it would write
                with open(_dictionary, "rb") as fh:
                    tok.FREQ, tok.total = tok.gen_pfdict(fh)
                tok.initialized = True
            else:
                tok.initialize()
            _tokenizer = tok
            log.debug("jieba dictionary loaded")
    return _tokenizer


def warm_up() -> None:
    """Start loading jieba's dictionary in a daemon thread (no-op if started or loaded)."""
    global _thread
    if _tokenizer is not None or (_thread is not None and _thread.is_alive()):
        return
    _thread = threading.Thread(target=_load, name="jieba-warm-up", daemon=True)
    _thread.start()


def is_loaded() -> bool:
    return _tokenizer is not None


def words(run: str) -> list[str]:
    """Words of one CJK run: the run itself when short, else jieba's cut (loading it if needed)."""
    if len(run) <= SHORT_RUN:
        return [run]
    return [w for w in _load().lcut(run, HMM=True) if w.strip()]
