"""Text as the search index sees it: normalising, spacing CJK, pinyin, query parsing.

The catalogue's FTS5 table uses the `unicode61` tokenizer, which keeps a run
of Han characters together as one token. We put a space around every CJK
character before indexing, so each character is its own token and a Chinese
query of any length becomes a phrase query (`"客 服"`) that finds every
substring (DESIGN.md, Search). Latin words stay whole and are found by
prefix (`java*`).

Sub-fields that share one FTS column are joined by SEPARATOR, a private-use
character: unicode61 treats it as a token character, so it becomes a token of
its own that no query can produce (the query parser strips private-use
characters), and a phrase never spans two fields.

Pinyin and initials are indexed as one token per syllable position holding
the syllables from there on run together (see pinyin_columns), so a pinyin
term (kefu, kf) is a single prefix query; the FTS table's prefix indexes
(2-6 characters, db/catalogue_schema.py) make those lookups direct.

A lone letter or digit has no prefix index (one-character prefixes would
index every filter token too): FTS5 answers `s*` by merging the posting
lists of all 141k words under s (600k positions) in one uninterruptible
step. For a first page, word_prefix spells such a term out as the same
words: "s" OR "s0"* ... OR "sz"*, plus the non-ASCII second letters the
index holds (looked up by the caller). Each is one prefix-index list read
lazily in rowid order: ~1 ms instead of 70-270 ms for the first page of "s".

This module has no SQL: db/search_index.py writes what it produces, and
db/catalogue_search.py runs the queries it builds.
"""
from __future__ import annotations

import functools
import re
import string
import unicodedata
from dataclasses import dataclass
from typing import Callable


SEPARATOR = "\ue000"
_JOIN = f" {SEPARATOR} "

# Blocks whose characters are words on their own: Han (with extensions and
# compatibility ideographs), kana and Hangul syllables. Spacing all of them
# keeps substring search working in Japanese or Korean text too.
_CJK_RANGES = (
    (0x2E80, 0x2FDF),    # radicals
    (0x3005, 0x3007),    # 々 〆 〇
    (0x3040, 0x30FF),    # hiragana, katakana
    (0x3100, 0x312F),    # bopomofo
    (0x31F0, 0x31FF),    # katakana extension
    (0x3400, 0x4DBF),    # extension A
    (0x4E00, 0x9FFF),    # unified ideographs
    (0xAC00, 0xD7AF),    # Hangul syllables
    (0xF900, 0xFAFF),    # compatibility ideographs
    (0x20000, 0x3FFFF),  # extensions B and later
)

# Anything not a letter or digit (Python's \w is exactly str.isalnum plus "_").
_NON_TOKEN = re.compile(r"[\W_]+")
_SEPARATORS = re.compile("\ue000(?: \ue000)+")
# Private-use areas (Unicode category Co): reserved for the separator.
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
# The full-width punctuation of everyday Chinese text, as NFKC maps it.
# Replacing these first (str.replace is far cheaper than NFKC's slow path)
# lets most text pass NFKC's quick is-normalised check: this runs on every
# description of a 600k import.
_WIDE = tuple((chr(code), chr(code - 0xFEE0)) for code in (0xFF0C, 0xFF1A, 0xFF1B, 0xFF08, 0xFF09, 0xFF01, 0xFF1F))

# Most syllables one pinyin or initials token spans (so the longest pinyin
# term that can match); longer terms are words, not someone's pinyin.
PINYIN_SPAN = 8


def is_cjk(char: str) -> bool:
    """Whether `char` (one character; longer strings are never CJK tokens) is indexed as a token of its own."""
    if len(char) != 1:
        return False
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def normalise(text: str) -> str:
    """`text` folded for matching: NFKC (full-width to ASCII), casefold, no private-use characters."""
    for wide, narrow in _WIDE:
        if wide in text:
            text = text.replace(wide, narrow)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.casefold()
    return _PRIVATE.sub(" ", text) if _PRIVATE.search(text) else text


class _Spacer(dict):  # type: ignore[type-arg]
    """str.translate table: CJK characters to themselves with spaces around, others unchanged.

    Filled on first sight of each character, so translate runs at C speed
    after the first few thousand distinct characters. Records the CJK
    characters it has seen in _CJK_SEEN, a cheap membership test for tokens.
    """

    def __missing__(self, code: int) -> str | int:
        char = chr(code)
        value: str | int = code
        if is_cjk(char):
            value = f" {char} "
            _CJK_SEEN.add(char)
        self[code] = value
        return value


_SPACER = _Spacer()
_CJK_SEEN: set[str] = set()


def tokens(text: str) -> list[str]:
    """The tokens FTS5 sees in `text`: each CJK character, and each run of other letters and digits.

    String operations that run in C (this is called for every description
    of a 600k import): punctuation to spaces, spaces around CJK, split.
    """
    return _NON_TOKEN.sub(" ", normalise(text)).translate(_SPACER).split()


def spaced(text: str) -> str:
    """`text` as its tokens separated by spaces (every CJK character a word of its own)."""
    return " ".join(tokens(text))


def join_fields(parts: list[str] | tuple[str, ...]) -> str:
    """Spaced `parts` joined by the separator token."""
    return _JOIN.join(spaced(p) for p in parts)


def pairs(words: list[str]) -> str:
    """Each two adjacent CJK tokens of `words` (from tokens()) as one token: 客服专员 gives 客服 服专 专员.

    Where two adjacent tokens are not both CJK, a separator keeps the pairs
    on either side from looking adjacent; punctuation is not a token, so it
    separates nothing (as in the character columns). A Chinese term of two
    or more characters is a phrase of its pairs: pairs are far rarer than
    single characters, so FTS5 reads 5-10x less (tests/bench/bench_search.py).
    """
    seen = _CJK_SEEN
    joined = " ".join([a + b if a in seen and b in seen else SEPARATOR for a, b in zip(words, words[1:])])
    return _SEPARATORS.sub(SEPARATOR, joined)


def bigrams(text: str) -> str:
    """pairs() of the tokens of `text`."""
    return pairs(tokens(text))


def join_bigrams(parts: list[str] | tuple[str, ...]) -> str:
    """bigrams of `parts` joined by the separator token."""
    return _JOIN.join(bigrams(p) for p in parts)


def _break_on_words(run: str) -> list[str]:
    # pypinyin hands us each run of non-Han text. A Latin word or number
    # between two Han characters breaks the pinyin sequence (as it breaks the
    # phrase in the text columns); spaces and punctuation do not.
    return [SEPARATOR] if any(c.isalnum() for c in run) else []


@functools.lru_cache(maxsize=1)
def _char_readings() -> dict[str, str | None]:
    """Each character pypinyin knows: its toneless reading, or None when context changes it (行 xing/hang).

    pypinyin reads a character by its first reading unless a phrase of its
    phrase dictionary says otherwise; characters that no phrase reads
    differently can be read alone, with the same result.
    """
    from pypinyin import Style
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    toneless = functools.lru_cache(maxsize=None)(lambda r: convert(r, Style.NORMAL, strict=True))
    out: dict[str, str | None] = {chr(code): toneless(value.split(",")[0]) for code, value in pinyin_dict.items()}
    for phrase, readings in phrases_dict.items():
        for char, reading in zip(phrase, readings):
            if out.get(char) is not None and toneless(reading[0]) != out[char]:
                out[char] = None
    return out


@functools.lru_cache(maxsize=262_144)
def pinyin_of(text: str) -> tuple[str, ...]:
    """Syllables (toneless, ü as v) of the Han characters in `text`; SEPARATOR where a word interrupts them.

    Text without a character whose reading depends on context is read
    character by character; only text with one (行长 hang zhang) goes
    through pypinyin's phrase segmentation, which costs some 60 µs a title. Cached
    because employer, city and category names recur across a catalogue.
    """
    normal = normalise(text)
    readings = _char_readings()
    out: list[str] = []
    for char in normal:
        if char in readings:
            syllable = readings[char]
            if syllable is None:
                return _pinyin_in_context(normal)
            out.append(syllable)
        elif char.isalnum():
            out.append(SEPARATOR)
    return _tidy(out)


def _pinyin_in_context(normal: str) -> tuple[str, ...]:
    # Imported here: pypinyin's tables take ~0.4 s to load, and the app's
    # start-up and query parsing never need them (only indexing does).
    from pypinyin import Style, lazy_pinyin

    return _tidy(lazy_pinyin(normal, style=Style.NORMAL, errors=_break_on_words))


def _tidy(syllables: list[str]) -> tuple[str, ...]:
    """Syllables with single separators between runs and none at either end."""
    out: list[str] = []
    for syllable in syllables:
        if syllable == SEPARATOR:
            if out and out[-1] != SEPARATOR:
                out.append(SEPARATOR)
        elif syllable.isascii() and syllable.isalpha():
            out.append(syllable)
    while out and out[-1] == SEPARATOR:
        out.pop()
    return tuple(out)


def _runs(syllables: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`syllables` cut at each separator."""
    runs: list[tuple[str, ...]] = []
    start = 0
    for i, syllable in enumerate((*syllables, SEPARATOR)):
        if syllable == SEPARATOR:
            if i > start:
                runs.append(syllables[start:i])
            start = i + 1
    return runs


def pinyin_columns(parts: list[str] | tuple[str, ...]) -> tuple[str, str]:
    """The pinyin and initials column texts for `parts`.

    For each run of Han characters, one token per syllable position: the
    syllables from there on, concatenated (at most PINYIN_SPAN of them), and
    likewise their first letters. 客服专员 gives kefuzhuanyuan fuzhuanyuan
    zhuanyuan yuan and kfzy fzy zy y. A query term is then one prefix query
    (kefu*, kf*): it matches where some syllable starts the term, whatever
    syllables the term spans and even if it stops mid-syllable. Syllables as
    separate tokens would need a phrase per way of cutting the term into
    syllables (bao zhuang, ba o zhuang, bao zhu ang, ...) over posting lists
    that hold most of the catalogue: 40 ms instead of 0.5 ms at 60k
    positions (tests/bench/bench_search.py).
    """
    columns = [_pinyin_tokens(part) for part in parts]
    return " ".join(c[0] for c in columns if c[0]), " ".join(c[1] for c in columns if c[1])


@functools.lru_cache(maxsize=262_144)
def _pinyin_tokens(text: str) -> tuple[str, str]:
    # Cached like pinyin_of: employers, categories and cities recur.
    full: list[str] = []
    initials: list[str] = []
    for run in _runs(pinyin_of(text)):
        for i in range(len(run)):
            span = run[i:i + PINYIN_SPAN]
            full.append("".join(span))
            initials.append("".join(s[0] for s in span))
    return " ".join(full), " ".join(initials)


@dataclass(frozen=True)
class Term:
    """One whitespace-separated query term as tokens; `has_cjk` says which rules apply."""

    tokens: tuple[str, ...]
    has_cjk: bool

    @property
    def ends_in_word(self) -> bool:
        """Whether the last token is a Latin word or number (matched as a prefix)."""
        return not is_cjk(self.tokens[-1])


def tokens_of(term: str) -> tuple[str, ...]:
    """The tokens of one normalised term: each CJK character, and each run of letters and digits."""
    out: list[str] = []
    word: list[str] = []
    for char in term:
        if is_cjk(char):
            if word:
                out.append("".join(word))
                word = []
            out.append(char)
        elif char.isalnum():
            word.append(char)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return tuple(out)


def parse_terms(text: str) -> list[Term]:
    """The terms of a user query; anything that is not a token (quotes, operators' punctuation) is dropped."""
    terms = []
    for raw in normalise(text).split():
        tokens = tokens_of(raw)
        if tokens:
            terms.append(Term(tokens, any(is_cjk(t) for t in tokens)))
    return terms


def _phrase(tokens: tuple[str, ...] | list[str], prefix: bool) -> str:
    # Tokens hold only letters, digits and CJK characters, so they need no
    # escaping inside double quotes; FTS5 keywords (AND, NEAR) are literal there.
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")


# How far a Latin term reaches: the character columns only, plus full
# pinyin, plus initials. Relevance ranks results by the narrowest reach that
# finds them (exact characters first: kf also finds 开发 when 客服 was meant).
TEXT, PINYIN, INITIALS = 0, 1, 2


# The second characters of a word that are always tried for a one-character
# term (two-character prefixes, each a direct prefix-index lookup).
_ASCII_SECONDS = string.digits + string.ascii_lowercase
# Looks up the non-ASCII characters that follow a one-character ASCII token
# in the index's own words (db/catalogue_search.py reads them from fts5vocab).
Continuations = Callable[[str], tuple[str, ...]]


def expands(token: str) -> bool:
    """Whether a one-token term `token` is spelt out as its two-character prefixes (see the module docstring).

    Only ASCII letters and digits: FTS5 folds non-ASCII query characters
    (é to e), so their continuations in the index could not be looked up by
    the character typed.
    """
    return len(token) == 1 and token.isascii() and token.isalnum()


def word_prefix(token: str, continuations: Continuations | None) -> str:
    """FTS5 expression for the words starting with the single token `token` (a prefix phrase, `"s"*`).

    With `continuations`, a one-character ASCII token becomes the exact token
    OR a two-character prefix per possible second character: the same words,
    read without merging every posting list under `s` first.
    """
    if continuations is None or not expands(token):
        return _phrase([token], True)
    seconds = (*_ASCII_SECONDS, *continuations(token))
    return "(" + " OR ".join([_phrase([token], False), *(_phrase([token + c], True) for c in seconds)]) + ")"


def term_expression(term: Term, reach: int = INITIALS, continuations: Continuations | None = None) -> str:
    """The FTS5 expression for one term (columns: title body pinyin initials), searching up to `reach`.

    A term of two or more letters is also looked up as pinyin and as
    initials; one letter alone would match most of the catalogue by its
    initial, so it is only a word prefix (spelt out by word_prefix when
    `continuations` is given).
    """
    if len(term.tokens) > 1 and all(is_cjk(t) for t in term.tokens):
        pairs = [a + b for a, b in zip(term.tokens, term.tokens[1:])]
        return "{title_pairs body_pairs} : " + _phrase(pairs, False)
    if len(term.tokens) == 1 and term.ends_in_word and expands(term.tokens[0]):
        return "{title body} : " + word_prefix(term.tokens[0], continuations)
    text = "{title body} : " + _phrase(term.tokens, term.ends_in_word)
    if term.has_cjk or reach == TEXT or len(term.tokens) > 1:
        return text
    word = term.tokens[0]
    if not (word.isascii() and word.isalpha() and len(word) >= 2):
        return text
    options = [text, "pinyin : " + _phrase([word], True)]
    if reach >= INITIALS and len(word) <= PINYIN_SPAN:
        options.append("initials : " + _phrase([word], True))
    return "(" + " OR ".join(options) + ")"


def match_expression(text: str, reach: int = INITIALS, continuations: Continuations | None = None) -> str | None:
    """The FTS5 MATCH expression for a user query, or None when it has no terms (everything matches).

    `continuations(letter)`: the non-ASCII second characters of the index's
    words starting with `letter`; given, one-character terms are spelt out
    (word_prefix) so that they need no merge of every word under them.
    """
    terms = parse_terms(text)
    if not terms:
        return None
    return " AND ".join(term_expression(t, reach, continuations) for t in terms)
