"""Text helpers shared by the field extractors: whitespace and hyphen repair, sentences.

``normalise_space`` mends what layout does to prose (a word split by a hyphen at a line end, a
letter pushed onto its own line by a narrow cell) and collapses whitespace;
``normalise_with_offsets`` does the same and says where each character came from, so a span
found by the spaCy pipeline on the raw text can be placed in the mended text.
``sentence_bounds`` splits mended text into sentences without breaking at "bl.a." or "15. mai".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

from extractor.ingest.addresses import broken_address

_BOUNDARY = re.compile(r"(?<=[.!?])['\"»”)]*\s+(?=[«\"A-ZÆØÅ0-9])")
# Raw (unmended) text: a bullet on a new line or an empty line also ends a sentence.
_LINE_BOUNDARY = re.compile(r"\n\s*\n\s*|\n\s*(?=[•·▪*\u2013-]\s)")
_ABBREVIATIONS = {"bl.a", "ca", "nr", "f.eks", "dvs", "mv", "osv", "jf", "pr", "kl", "evt", "inkl",
                  "ifm", "iht", "mht", "mill", "mrd", "kr", "tlf", "st", "dr", "jfr", "ref", "tab", "fig"}
# A line holding only one or two letters is a word cut by a narrow cell ("utdannin\ng").
_LINE_STUB = re.compile(r"(?<=[a-zæøå])\n([a-zæøå]{1,2})(?=\s|$)")
_SHORT_WORDS = {"og", "i", "å", "av", "en", "et", "ei", "om", "på", "to", "ny", "nå", "da", "de", "er", "så"}
_SOFT_HYPHEN = re.compile("\u00ad")
# "arbeids-\ntrening" -> "arbeidstrening"; "helse-\nog omsorg" keeps its hyphen.
_LINE_HYPHEN = re.compile(r"(?<=[a-zæøå])-\s*\n\s*(?=[a-zæøå])(?!og\b|eller\b)")
# "VTA-\nplasser" -> "VTA-plasser": after a capital or digit the hyphen is part of the word.
_CODE_HYPHEN = re.compile(r"(?<=[A-ZÆØÅ0-9])-\s*\n\s*(?=[a-zæøå])")
# Whitespace to collapse: a run, or one character other than a plain space (a lone " " is
# already what it would become, and skipping it keeps the common case free).
_SPACE = re.compile(r"\s{2,}|[^\S ]")


def _line_hyphen(match: re.Match) -> str:
    """The hyphen dropped, but inside an e-mail or web address, whose own hyphen it is."""
    text, start, end = match.string, match.start(), match.end()
    before = text[text.rfind(" ", 0, start) + 1:start + 1].rsplit("\n", 1)[-1]
    after = text[end:end + 80].split(None, 1)[0] if text[end:end + 1].strip() else ""
    return "-" if broken_address(before, after) else ""


def _stub(match: re.Match) -> str:
    return match.group(0) if match.group(1) in _SHORT_WORDS else match.group(1)


_REPAIRS: tuple[tuple[re.Pattern, Callable[[re.Match], str]], ...] = (
    (_SOFT_HYPHEN, lambda m: ""),
    (_LINE_HYPHEN, _line_hyphen),
    (_CODE_HYPHEN, lambda m: "-"),
    (_LINE_STUB, _stub),
    (_SPACE, lambda m: " "),
)


def _sub_tracked(pattern: re.Pattern, repl, text: str, index: list[int]) -> tuple[str, list[int]]:
    """``pattern.sub`` that carries the source index of every character along."""
    first = pattern.search(text)
    if first is None:
        return text, index
    parts, out_index, pos = [], [], 0
    for match in pattern.finditer(text, first.start()):
        parts.append(text[pos:match.start()])
        out_index.extend(index[pos:match.start()])
        new = repl(match)
        at = match.group(0).find(new) if new else -1
        base = match.start() + max(at, 0)
        out_index.extend(index[min(base + k, len(index) - 1)] for k in range(len(new)))
        parts.append(new)
        pos = match.end()
    parts.append(text[pos:])
    out_index.extend(index[pos:])
    return "".join(parts), out_index


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """The mended text (see ``normalise_space``) and, per character, its offset in ``text``."""
    index = list(range(len(text)))
    for pattern, repl in _REPAIRS:
        text, index = _sub_tracked(pattern, repl, text, index)
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return stripped, index[lead:lead + len(stripped)]


def normalise_space(text: str) -> str:
    """Join words split by a hyphen at a line end ("arbeids-\\ntrening") and collapse
    whitespace; a hyphen before a capital or 'og'/'eller' stays ("VTA-\\nplasser" is not split)."""
    for pattern, repl in _REPAIRS:  # the text of normalise_with_offsets, without the offsets
        text = pattern.sub(repl, text)
    return text.strip()


def raw_to_mended(index: list[int], raw: int) -> int:
    """Position in the mended text of raw offset ``raw`` (the next kept character)."""
    return bisect_left(index, raw)


_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a full stop after an abbreviation, an initial or a
    one- or two-digit number ("15. mai", list numbers) does not end one. On raw text a
    bullet line or an empty line also does."""
    bounds, start = [], 0
    breaks = sorted([*_BOUNDARY.finditer(text), *_LINE_BOUNDARY.finditer(text)], key=lambda m: m.start())
    for match in breaks:
        if match.start() < start:
            continue
        if match.re is _BOUNDARY:
            before = text[start:match.start()].rstrip(".!?'\"»”)")
            last_word = before.rsplit(None, 1)[-1].casefold() if before.split() else ""
            if last_word in _ABBREVIATIONS or len(last_word) == 1 and last_word.isalpha():
                continue
            if last_word.isdigit() and len(last_word) <= 2 or _DAY_MONTH.fullmatch(last_word):
                continue  # "15. mai", "Stiftet 12.03. 1978"
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def sentence_at(text: str, pos: int, bounds: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """(start, end) of the sentence holding position ``pos``."""
    for s, e in bounds if bounds is not None else sentence_bounds(text):
        if s <= pos < e:
            return s, e
    return 0, len(text)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence holding the characters ``start:end``, without the spaces at
    its edges: ``text[s:e]`` is ``sentence_around``, and ``s`` its offset in ``text``."""
    s, e = sentence_at(text, start)
    e = max(e, min(end, len(text)))
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding the characters ``start:end``, stripped."""
    s, e = sentence_span(text, start, end)
    return text[s:e]


def iter_sentences(text: str) -> Iterator[str]:
    """The non-empty sentences of ``text``, stripped."""
    for s, e in sentence_bounds(text):
        if text[s:e].strip():
            yield text[s:e].strip()
