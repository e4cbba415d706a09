"""The board's prose as tokens and sentences, and the vocabulary the prose reader matches.

Tokens are words (case-folded; a full stop after a word that is not an abbreviation is a token
of its own), numbers as Norwegian prints them ("12 345 678", "12,3", "234 567,-"), dates, odd
digit groups that are no number to compare, and punctuation; a sentence ends at ".", "!" or "?".
The vocabulary (``extractor/data/finance-prose.json``) is read once, its phrases tokenized the
same way: the terms of each key, the filler, sign, change and budget words, the asides and
qualifiers (see ``prose``).
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from extractor.parse import CURRENCY_WORDS, SCALE_WORDS, parse_number

DATA_FILE = "finance-prose.json"

_TOKEN = re.compile(
    r"(?P<date>\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b|\b31\.12\b)"
    r"|(?P<num>(?:(?<![\w])[-\u2212\u2013])?\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?:,-)?(?![.,/]?\d)"
    r"|(?:(?<![\w])[-\u2212\u2013])?\d+(?:,\d+)?(?:,-)?(?![.,/]?\d))"
    r"|(?P<odd>\d+(?:[.,/]\d+)+)"
    r"|(?P<word>[^\W\d_]+(?:\.(?=\s*[^\sA-ZÆØÅ]))?)"
    r"|(?P<punct>[%,;:()!?.\u2013\u2014-])")
ABBREVIATIONS = frozenset({"kr", "mill", "ca", "pr", "mrd", "bl", "jf", "nr", "kl", "inkl", "ekskl", "evt"})
SENTENCE_ENDS = frozenset({".", "!", "?"})


@dataclass(frozen=True, slots=True)
class Tok:
    kind: str  # word, num, date, odd, punct
    text: str  # case-folded
    value: float = 0.0
    decimals: int = 0
    negative: bool = False


@dataclass(frozen=True)
class Vocab:
    terms: dict[tuple[str, ...], tuple[str, bool]]  # tokens → (key, loose)
    longest: int
    words: dict[str, frozenset[str]]
    prior: tuple[tuple[str, ...], ...]
    against: tuple[tuple[str, ...], ...]
    scales: dict[str, float]
    unsigned: frozenset[str]
    budget_stems: tuple[str, ...]
    asides: dict[str, frozenset[tuple[str, ...]]]  # key → parentheses that only restate it ("(før finansposter)")
    qualifiers: dict[tuple[str, ...], str]  # a phrase after a loose result's amount → its key ("før skatt")
    label_forms: dict[str, str]  # a term's word → its form in a label ("eigenkapitalen" → "eigenkapital")
    label_drop: frozenset[str]  # words of a term no label keeps ("dei", "totalt")


def _words(text: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(text))


@functools.lru_cache(maxsize=1)
def vocab() -> Vocab:
    data = json.loads(resources.files("extractor.data").joinpath(DATA_FILE).read_text(encoding="utf-8"))
    terms: dict[tuple[str, ...], tuple[str, bool]] = {}
    for key, entry in data["keys"].items():
        if key.startswith("_"):
            continue
        for loose, names in ((False, entry["terms"]), (True, entry.get("loose", []))):
            terms.update((_words(name), (key, loose)) for name in names)
    lists = ("negative", "positive", "approximate", "change", "budget", "not_level", "subjects", "group", "company",
             "clause_breaks", "whole", "others", "part_of_year")
    words = {name: frozenset(data[name]) for name in lists}
    words.update(fillers=frozenset(data["fillers"]["words"]), sign_with=frozenset(data["fillers"]["sign_with"]),
                 level=frozenset(data["fillers"]["level_after_change"]), after=frozenset(data["after"]["words"]),
                 per=frozenset(data["after"]["per"]), currency=CURRENCY_WORDS)
    asides = {key: frozenset(_words(a) for a in names) for key, names in data["asides"].items() if not key.startswith("_")}
    qualifiers = {_words(phrase): key for key, phrases in data["qualifiers"].items() if not key.startswith("_")
                  for phrase in phrases}
    return Vocab(terms, max(len(t) for t in terms), words, tuple(_words(p) for p in data["prior"]),
                 tuple(_words(p) for p in data["against"]), SCALE_WORDS, frozenset(data["unsigned"]),
                 tuple(data["budget_stems"]), asides, qualifiers, data["label_forms"], frozenset(data["label_drop"]))


def tokenize(text: str) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        raw = m.group(kind)
        if kind == "num":
            body = raw.removesuffix(",-")
            value = parse_number(body)
            if value is None:  # groups of mixed separators ("1 234.567"): not a number to compare
                out.append(Tok("odd", raw))
                continue
            decimals = len(body.partition(",")[2])
            out.append(Tok("num", re.sub(r"\s", " ", raw), value, decimals, raw[0] in "-\u2212\u2013"))
        elif kind == "word" and raw.endswith(".") and raw[:-1].casefold() not in ABBREVIATIONS:
            out += [Tok("word", raw[:-1].casefold()), Tok("punct", ".")]
        else:
            out.append(Tok(kind, raw.casefold()))
    return out


def sentences(tokens: list[Tok]) -> list[list[Tok]]:
    out, current = [], []
    for tok in tokens:
        if tok.kind == "punct" and tok.text in SENTENCE_ENDS:
            if current:
                out.append(current)
            current = []
        else:
            current.append(tok)
    return out + [current] if current else out
