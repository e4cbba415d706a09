"""Vocabularies as data, read once: legal forms, organisation kinds and report kinds
(``patterns/*.jsonl``, bokmål and nynorsk forms in each row).

Programs (``programs.jsonl``) and staff terms (``staff.jsonl``) are spaCy ruler patterns: the
pipeline loads them and the field extractors read their spans. The tables here are the ones
field code matches against words it already has (a name's last token, a title line).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extractor.caches import WORD_CACHE


def read_rows(filename: str) -> list[dict]:
    """The rows of a ``patterns/*.jsonl`` file."""
    return [json.loads(line) for line in _pattern_text(filename).splitlines() if line.strip()]


def read_json(filename: str):
    """The content of a ``patterns/*.json`` file."""
    return json.loads(_pattern_text(filename))


def _pattern_text(filename: str) -> str:
    return resources.files("extractor.nlp.patterns").joinpath(filename).read_text(encoding="utf-8")


def alternation(words: Iterable[str], any_space: bool = False) -> str:
    """A regex alternation of ``words``, each escaped, longest first (a phrase is tried before
    its first word); with ``any_space`` a phrase's spaces match any run of whitespace."""
    escaped = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if any_space else "|".join(escaped)


@lru_cache(maxsize=1)
def street_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(endings only streets have, endings surnames share): ``patterns/street_words.json``."""
    data = read_json("street_words.json")
    return tuple(data["endings"]), tuple(data["also_surnames"])


@lru_cache(maxsize=1)
def legal_forms() -> dict[str, str]:
    """Every printed legal form ("AS", "A/S", "IKS") -> its canonical form ("AS", "AS", "IKS")."""
    out = {}
    for row in read_rows("legal_forms.jsonl"):
        for printed in (row["form"], *row.get("aliases", ())):
            out[printed] = row["form"]
    return out


@lru_cache(maxsize=1)
def prefix_legal_forms() -> frozenset[str]:
    """Forms also printed before the name ("AS Haugaland Industri")."""
    return frozenset(p for row in read_rows("legal_forms.jsonl") if row.get("prefix")
                     for p in (row["form"], *row.get("aliases", ())))


@lru_cache(maxsize=1)
def legal_form_names() -> dict[str, str]:
    """Written-out legal forms ("interkommunalt selskap") -> canonical form ("IKS")."""
    return {name.casefold(): row["form"] for row in read_rows("legal_forms.jsonl") for name in row.get("names", ())}


@lru_cache(maxsize=1)
def org_kind_abbreviations() -> frozenset[str]:
    """Designators inside a name that are not legal forms: "IL", "IF", "SK" (sports clubs)."""
    return frozenset(a for row in read_rows("org_kinds.jsonl") for a in row.get("abbr", ()))


@lru_cache(maxsize=1)
def _kind_words_by_abbreviation() -> dict[str, frozenset[str]]:
    return {a: frozenset(w.casefold() for w in row.get("words", ())) for row in read_rows("org_kinds.jsonl")
            for a in row.get("abbr", ())}


def spells_out_kind(abbreviation: str, word: str) -> bool:
    """"Idrettslag" (or "Skiklubben") written out for the designator "IL" of its kind."""
    return word.casefold() in _kind_words_by_abbreviation().get(abbreviation, frozenset())


@lru_cache(maxsize=1)
def spelt_out_kinds() -> frozenset[str]:
    """Every kind word some designator stands for: ``spells_out_kind`` for any abbreviation."""
    return frozenset().union(*_kind_words_by_abbreviation().values())


@lru_cache(maxsize=1)
def title_only_kinds() -> frozenset[str]:
    """Kind words that are also everyday words ("vel": a residents' association, and "well"):
    a kind only as the last word of a name-like line ("Hvaler vel"), never in running text."""
    return frozenset(w for row in read_rows("org_kinds.jsonl") if row.get("title_only") for w in row["words"])


@lru_cache(maxsize=1)
def org_kind_words() -> tuple[str, ...]:
    """Nouns that make a name an organisation's ("idrettslag", "forening", "stiftinga"),
    longest first: a word ending in one ("Turistforening", "arbeidssenter") counts too."""
    words = {w.casefold() for row in read_rows("org_kinds.jsonl") if not row.get("title_only") for w in row.get("words", ())}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=WORD_CACHE)
def is_org_kind_word(word: str, min_stem: int = 0) -> bool:
    """``word`` is an organisation noun or ends in one after at least ``min_stem`` letters."""
    w = word.casefold().strip(".,:;")
    kinds = _org_kind_set()
    if w in kinds:
        return True
    # every ending that leaves ``min_stem`` letters before it
    return bool(min_stem) and any(w[i:] in kinds for i in range(min_stem, len(w) + 1))


@lru_cache(maxsize=1)
def _org_kind_set() -> frozenset[str]:
    return frozenset(org_kind_words())


DEFINITE_ENDINGS = ("et", "en", "a")  # a noun's definite singular: "laget", "foreningen", nn "gruppa"
ASSOCIATION_KINDS = ("forening", "idrettslag", "ungdomslag")  # org_kinds.jsonl rows of member bodies


@lru_cache(maxsize=1)
def _association_words() -> tuple[str, ...]:
    return tuple(w.casefold() for row in read_rows("org_kinds.jsonl") if row.get("kind") in ASSOCIATION_KINDS
                 for w in row.get("words", ()))


@lru_cache(maxsize=WORD_CACHE)
def is_association_word(word: str) -> bool:
    """A member body's noun or a compound ending in one: "forbund", "skiforbund", nn "mållag"
    (not a firm's: "vekst", "eksportvekst"); also its genitive ("Norges idrettsforbunds regler")."""
    w = word.casefold()
    forms = (w, w[:-1]) if w.endswith("s") else (w,)
    return any(f == k or (f.endswith(k) and len(f) - len(k) >= 2) for f in forms for k in _association_words())


@dataclass(frozen=True)
class ReportKindForm:
    kind: str
    regex: re.Pattern
    meeting: bool  # meeting papers: a year next to it is the meeting's, the report's is the one before
    title_only: bool  # counts only on the cover ("Årsmøte" alone)


@lru_cache(maxsize=1)
def report_kind_forms() -> tuple[ReportKindForm, ...]:
    """The report kinds, in the order they are tried (``report_kinds.jsonl``)."""
    return tuple(ReportKindForm(row["kind"], re.compile(row["regex"], re.IGNORECASE), bool(row.get("meeting")),
                                bool(row.get("title_only")))
                 for row in read_rows("report_kinds.jsonl"))


@lru_cache(maxsize=1)
def report_kind_anywhere() -> re.Pattern:
    """Any report kind's form, in one search: most texts hold none, and asking each form
    in turn cost a unit fourteen searches."""
    return re.compile("|".join(f"(?:{form.regex.pattern})" for form in report_kind_forms()), re.IGNORECASE)


@lru_cache(maxsize=1)
def scope_words() -> dict[str, tuple[str, ...] | dict[str, list[str]]]:
    """The board's word lists (``patterns/board_scope.json``): a list as a tuple, a table as read."""
    return {k: v if isinstance(v, dict) else tuple(v) for k, v in read_json("board_scope.json").items()
            if not k.startswith("_")}


@lru_cache(maxsize=1)
def header_words() -> frozenset[str]:
    """Words that head a role column or a name column ("Verv", "Namn")."""
    return frozenset(scope_words()["column_headers"]) | frozenset(scope_words()["name_headers"])


def phrases(group: str, key: str) -> tuple[tuple[str, ...], ...]:
    """A list of phrases of ``scope_words()[group]`` as word tuples ("gikk ut som" -> three words)."""
    return tuple(tuple(p.split()) for p in scope_words()[group][key])


def word_set(group: str, key: str) -> frozenset[str]:
    """A list of words (or phrases kept whole) of ``scope_words()[group]`` as a set."""
    return frozenset(scope_words()[group][key])



@lru_cache(maxsize=1)
def _organ_word() -> re.Pattern:
    stems = alternation(read_json("organ_words.json")["organs"])
    return re.compile(rf"(?:{stems})(?:et|en|a|t|n)?", re.IGNORECASE)


def is_organ_word(word: str) -> bool:
    """One of the organisation's own organs, alone ("Representantskapet", nn "Generalforsamlinga",
    "Styret"): ``patterns/organ_words.json``."""
    return bool(_organ_word().fullmatch(word))


@lru_cache(maxsize=1)
def venue_endings() -> tuple[str, ...]:
    """Endings of a venue's definite noun ("grendehuset", "Bygdetunet", nn "skulen"):
    ``patterns/venue_words.json``."""
    return tuple(read_json("venue_words.json")["endings"])


def is_venue_word(word: str) -> bool:
    """A venue's definite noun, alone or in a compound ("huset", "Samfunnshuset")."""
    return word.isalpha() and word.casefold().endswith(venue_endings())


@lru_cache(maxsize=1)
def premises_endings() -> tuple[str, ...]:
    """Endings of a building's or premises' indefinite noun ("hall", "idrettshall", "lokaler"):
    ``patterns/venue_words.json``."""
    return tuple(read_json("venue_words.json")["premises"])


@lru_cache(maxsize=1)
def placing_verbs() -> tuple[tuple[str, ...], ...]:
    """Words right before "på X" that place the sentence's subject at X ("ligger", "held til"), as
    word tuples: ``patterns/venue_words.json``."""
    return tuple(tuple(v.split()) for v in read_json("venue_words.json")["placing_verbs"])


@lru_cache(maxsize=1)
def _placed_subject_endings() -> tuple[str, ...]:
    return tuple(read_json("venue_words.json")["placed_subjects"])


def is_placed_subject(word: str) -> bool:
    """A workplace's premises as a definite noun, alone or in a compound ("Snekkarverkstaden",
    "Hovudkontoret", "Vaskeriet"): ``patterns/venue_words.json`` ``placed_subjects``."""
    return word.isalpha() and word.casefold().endswith(_placed_subject_endings())


@lru_cache(maxsize=1)
def _placing_noun_endings() -> tuple[str, ...]:
    return tuple(read_json("venue_words.json")["placing_nouns"])


def is_placing_noun(word: str) -> bool:
    """A workplace's or a gathering's noun, alone or in a compound ("arbeidsplass", "Vårdugnaden"),
    that places what it names "på X": ``patterns/venue_words.json`` ``placing_nouns``."""
    return word.isalpha() and word.casefold().endswith(_placing_noun_endings())


def is_premises_word(word: str) -> bool:
    """A building's indefinite noun, alone or in a compound ("hall", "en ny idrettshall", "lokaler")."""
    return word.isalpha() and word.casefold().endswith(premises_endings())
