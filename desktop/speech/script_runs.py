"""Splitting a text into runs by script, each spoken with a voice of its language.

espeak-ng's Mandarin voice `sit/cmn-latn-pinyin` reads Latin letters as
pinyin ("Python" becomes nonsense), and an English voice reads Chinese
characters as "Chinese letter" or skips them; so a mixed text such as
"Python 开发工程师" is cut into runs ("Python" -> English voice,
"开发工程师" -> Mandarin voice). Digits, spaces and punctuation belong to the
run they sit in. Numbers are first rewritten as words of the text's main
language (text_norm), so "月薪 8000" becomes one Chinese run.

Runs are then cut at sentence ends into chunks, so the worker can start
playing the first sentence while it synthesises the rest (key press to
first sound is what a listener notices).

Pure Python, no Qt: the speech worker process imports it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.speech.text_norm import EN, ZH, normalise

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
# A chunk ends after a sentence end: Chinese marks always, Western ones only before a space
# (so "3.5" and "e.g." inside a word stay whole).
_SENTENCE_END = re.compile(r"(?<=[。！？；…\n])|(?<=[.!?;])(?=\s)")
# Past this length a chunk is also cut at a comma, so a long first sentence still starts quickly.
_LONG_CHUNK = 60
_CLAUSE_END = re.compile(r"(?<=[，、：])|(?<=[,:])(?=\s)")


@dataclass(frozen=True)
class Run:
    """A stretch of text to be spoken with one voice: `language` is "zh" or "en"."""

    language: str
    text: str


def text_language(text: str, hint: str = ZH) -> str:
    """The main language of `text`: Chinese if it has at least as many Han characters as Latin words.

    Text with neither (only digits, say "3000") takes `hint`, normally the
    interface language.
    """
    han = len(_HAN.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    if han == 0 and latin == 0:
        return hint if hint in (ZH, EN) else ZH
    return ZH if han >= latin else EN


def _char_language(char: str) -> str | None:
    if _HAN.match(char):
        return ZH
    if char.isalpha() and char.isascii() or "\u00c0" <= char <= "\u024f":
        return EN
    return None  # neutral: digits, spaces, punctuation


def split_runs(text: str, default: str = ZH) -> list[Run]:
    """Cut `text` into maximal runs of one script; neutral characters join the run they follow.

    Neutral characters before the first letter join the first run; a text
    with no letters at all is one run of `default`.
    """
    runs: list[Run] = []
    current_language: str | None = None
    current: list[str] = []
    for char in text:
        language = _char_language(char)
        if language is None or language == current_language or current_language is None:
            current.append(char)
            if language is not None:
                current_language = language
            continue
        runs.append(Run(current_language, "".join(current)))
        current = [char]
        current_language = language
    if current:
        runs.append(Run(current_language or default, "".join(current)))
    return [run for run in (Run(r.language, r.text.strip()) for r in runs) if run.text and _speakable(run.text)]


def _speakable(text: str) -> bool:
    return any(char.isalnum() or _HAN.match(char) for char in text)


def chunk_runs(runs: list[Run]) -> list[Run]:
    """Cut runs at sentence ends (and long sentences at commas) into chunks to synthesise one by one."""
    chunks: list[Run] = []
    for run in runs:
        for sentence in _SENTENCE_END.split(run.text):
            pieces = _CLAUSE_END.split(sentence) if len(sentence) > _LONG_CHUNK else [sentence]
            for piece in pieces:
                if piece.strip() and _speakable(piece):
                    chunks.append(Run(run.language, piece.strip()))
    return chunks


def prepare(text: str, hint: str = ZH) -> list[Run]:
    """Everything between the text a caller gives and what the engine is fed: normalised, split, chunked."""
    language = text_language(text, hint)
    return chunk_runs(split_runs(normalise(text, language), default=language))
