"""Role words in board listings to Brønnøysund role codes (LEDE, NEST, MEDL, VARA, OBS, DAGL).

The role phrases live in ``patterns/roles.jsonl`` (label ROLE, id = code), the same file the
pipeline's role ruler reads, so the span labels and ``role_code`` never disagree.

Confidence of ``role_code``: 1.0 for a listed phrase (after case-folding and stripping
punctuation), 0.95 for an inflected form found through simplemma or a genitive "-s", 0.9 for a
listed phrase inside a longer text ("Per Olsen, styreleder"), and 0.85 x fuzzy score / 100 for
a typo ("styrelleder"). Fuzzy matching is limited to single tokens of at least 6 letters with
score >= 88, so "styret" or "medlemmer" of other things do not become roles.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import simplemma
from rapidfuzz import fuzz, process

FUZZY_MIN_SCORE = 88
FUZZY_MIN_LETTERS = 6
ROLE_CODES = ("LEDE", "NEST", "MEDL", "VARA", "OBS", "DAGL")
# Listed as roles in their base form only: inflected ("medlemmer", "lederen") they are too often
# about something other than this board.
GENERIC_WORDS = frozenset({"medlem", "leder", "leiar", "formann", "direktør", "vara"})


def _key(text: str) -> str:
    """Case-folded, dots and colons dropped, one space: "Adm. dir.:" -> "adm dir"."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[.:;,()\[\]*/|\u2013\u2014]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" -")


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, ...]:
    text = resources.files("extractor.nlp.patterns").joinpath("roles.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def _role_forms() -> dict[str, str]:
    """Normalised phrase -> role code."""
    return {_key(p["pattern"]): p["id"] for p in _patterns() if p["label"] == "ROLE"}


@lru_cache(maxsize=1)
def _employee_forms() -> tuple[str, ...]:
    return tuple(_key(p["pattern"]) for p in _patterns() if p["label"] == "EMPLOYEE_ELECTED")


@lru_cache(maxsize=1)
def _fuzzy_forms() -> tuple[str, ...]:
    return tuple(f for f in _role_forms() if " " not in f and len(f) >= FUZZY_MIN_LETTERS)


def _lemma(token: str) -> str:
    return simplemma.lemmatize(token, lang=("nb", "nn")).casefold()


def _exact_or_inflected(key: str) -> tuple[str, float] | None:
    forms = _role_forms()
    if key in forms:
        return forms[key], 1.0
    words = key.split(" ")
    lemmas = " ".join(_lemma(w) for w in words)
    if lemmas in forms and lemmas not in GENERIC_WORDS:
        return forms[lemmas], 0.95
    if key.endswith("s") and key[:-1] in forms:
        return forms[key[:-1]], 0.95
    return None


def _within(key: str) -> tuple[str, float] | None:
    """The longest listed phrase occurring as whole words inside a longer text."""
    forms = _role_forms()
    padded = f" {key} "
    hits = [(len(f), padded.index(f" {f} "), f) for f in forms if f" {f} " in padded]
    if not hits:
        return None
    # Longest phrase wins ("daglig leder" over "leder"); then the earliest.
    _, _, form = max(hits, key=lambda h: (h[0], -h[1]))
    return forms[form], 0.9


def _fuzzy(key: str) -> tuple[str, float] | None:
    if " " in key or len(key) < FUZZY_MIN_LETTERS or not key.isalpha():
        return None
    best = process.extractOne(key, _fuzzy_forms(), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
    if best is None:
        return None
    return _role_forms()[best[0]], round(0.85 * best[1] / 100, 3)


def role_code(text: str) -> tuple[str, float] | None:
    """Brønnøysund role code and confidence for a role word or phrase, None when it names no role.

    "Styreleder:" -> ("LEDE", 1.0); "varamedlem for Kari Nordmann" -> ("VARA", 1.0);
    "styrelleder" -> ("LEDE", 0.82).
    """
    key = _key(text or "")
    if not key:
        return None
    key = re.split(r" (?:for|etter|til|fra) ", key, maxsplit=1)[0]  # "varamedlem for X"
    return _exact_or_inflected(key) or _within(key) or _fuzzy(key)


def is_employee_elected(text: str) -> bool:
    """True when the text says the person was chosen by the employees."""
    key = _key(text or "")
    return any(form in key for form in _employee_forms())
