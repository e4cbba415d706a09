"""The statement vocabulary (``extractor/data/finance.json``): line labels → canonical keys,
statement, column, scope and unit words, and the arithmetic relations between keys.

Labels compare after ``fold_label``: case folded, account numbers ("3920 Medlemskontingent"),
line numbers ("1. Brutto driftsinntekter"), formula marks ("Driftsresultat (A-B)") and note marks
dropped, punctuation and spaces evened out. A label matches a key exactly, or,
for labels without digits, at a fuzzy ratio of ``FUZZY_LABEL`` (OCR misreadings such as
"Sum fianasielle poster").
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import fuzz, process

from extractor.caches import WORD_CACHE
from extractor.nlp.vocab import alternation

FUZZY_LABEL = 90
FORM_LINES = 2  # lines of the municipal or a bank's form that make a table one (``in_form``)
_ACCOUNT = re.compile(r"^\d{4,5}\s+(?=\D)")  # "3920 Medlemskontingent"
_NOTE_MARK = re.compile(r"\s*\((?:note|n)\s*\d+[\d, ]*\)\s*$|\s*\*+$", re.IGNORECASE)
# "1. Brutto driftsinntekter", "b) Sum ...", and the municipal form's bare line numbers ("9 Sum driftsinntekter")
_NUMBERING = re.compile(r"^(?:\d{1,2}|[a-h])[.)]\s+(?=\D)|^\d{1,2}\s+(?=[a-zæøå]{2})")
_FORMULA = re.compile(r"\s*\((?:[a-h]|\d{1,2})(?:\s*[-+\u2212\u2013]\s*(?:[a-h]|\d{1,2}))*\)$")  # "(A-B)", "(3-4+7)"
_PUNCT = re.compile(r"[:;*]+|\s+[-–]\s*$|\.$")
_UNIT_MARK = re.compile(r"\s*\([^()]*\b(?:kr|nok|kroner|mill|tusen|mnok|tnok)\b[^()]*\)\s*$", re.IGNORECASE)
UNIT_TAIL = re.compile(  # "Driftsinntekter i mill. kr", "Årsresultat, MNOK": the unit after the label
    r"\s*(?:,\s*|\s+i\s+(?:hele\s+|heile\s+)?)(?:mill\.?\s*(?:kr\.?|kroner|nok)|mill\.?|millioner(?:\s+kroner)?|"
    r"millionar(?:\s+kroner)?|mnok|mkr|tnok|tkr|1[\s.]?000\s*(?:kr\.?|nok)|tusen\s*(?:kr\.?|kroner))\s*$",
    re.IGNORECASE)


@dataclass(frozen=True)
class Relation:
    total: str
    plus: tuple[str, ...]
    minus: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()  # the relation is not checked when one of these keys is present


@dataclass(frozen=True)
class Vocabulary:
    labels: dict[str, str]  # folded label → key
    key_statement: dict[str, str]
    totals: frozenset[str]
    statements: dict[str, tuple[str, ...]]
    columns: dict[str, frozenset[str]]
    scopes: dict[str, tuple[str, ...]]
    units: tuple[tuple[float, tuple[str, ...]], ...]  # largest scale first
    relations: tuple[Relation, ...]
    deficits: frozenset[str]  # folded labels that name a deficit: a figure printed unsigned is negative
    not_money: tuple[tuple[str, ...], ...]  # label words (anywhere, word ends, first) of a ratio or a count;
    # then the words of a table title that says its figures are per cent
    loose: frozenset[str]  # folded labels that yield their key to a more exact line of the statement
    unit_open: tuple[str, ...]  # lines of the municipal form, printed in kroner or in thousands alike
    municipal_parts: frozenset[str]  # folded labels that name a key, but in the municipal form a part of it ...
    municipal_siblings: tuple[str, ...]  # ... where one of these lines stands beside them
    bank_form: tuple[str, ...]  # lines of a bank's accounts, printed in thousands, millions or kroner
    keyless: tuple[str, ...]  # words of a label that names no key line (EBITDA, an underlying measure)
    section_titles: frozenset[str]  # folded section titles that name no key line ("Inntekter", "Utgifter")
    english_units: frozenset[str]  # a table's unit written the English way: its commas group thousands


@functools.lru_cache(maxsize=WORD_CACHE)  # each row label is folded by several readers: 18 000 calls, 1 400 labels
def fold_label(text: str) -> str:
    """A row label as the vocabulary writes it: "3920 Sum Driftsinntekter:" → "sum driftsinntekter",
    "Driftsresultat (1.000 kr)", "Driftsresultat i mill. kr" and "3. Driftsresultat (1-2)" → "driftsresultat"."""
    text = " ".join(text.replace("\u00ad", "").split()).casefold()
    text = _NUMBERING.sub("", _ACCOUNT.sub("", text))
    text = _NOTE_MARK.sub("", text)
    text = UNIT_TAIL.sub("", _UNIT_MARK.sub("", text))
    text = _FORMULA.sub("", text)
    text = _PUNCT.sub("", text).strip()
    return text.replace(" ,", ",").replace("o.l.", "o.l").strip()


@functools.cache
def vocabulary() -> Vocabulary:
    data = json.loads(resources.files("extractor.data").joinpath("finance.json").read_text(encoding="utf-8"))
    labels: dict[str, str] = {}
    for key, entry in data["keys"].items():
        for label in entry["labels"]:
            labels.setdefault(fold_label(label), key)
    return Vocabulary(
        labels=labels,
        key_statement={key: entry["statement"] for key, entry in data["keys"].items()},
        totals=frozenset(key for key, entry in data["keys"].items() if entry.get("total")),
        statements={kind: tuple(words) for kind, words in data["statements"].items()},
        columns={kind: frozenset(words) for kind, words in data["columns"].items()},
        scopes={scope: tuple(words) for scope, words in data["scopes"].items()},
        units=tuple(sorted(((float(u["scale"]), tuple(u["patterns"])) for u in data["units"]), reverse=True)),
        relations=tuple(Relation(r["total"], tuple(r["plus"]), tuple(r.get("minus", ())), tuple(r.get("optional", ())),
                                 tuple(r.get("unless", ()))) for r in data["relations"]),
        deficits=frozenset(fold_label(label) for label in data["deficits"]),
        not_money=tuple(tuple(data["not_money"][part]) for part in ("anywhere", "suffixes", "first", "tables")),
        loose=frozenset(fold_label(label) for label in data["loose_labels"]["labels"]),
        unit_open=tuple(data["unit_open_labels"]["labels"]),
        municipal_parts=frozenset(fold_label(label) for label in data["municipal_parts"]["labels"]),
        municipal_siblings=tuple(data["municipal_parts"]["beside"]),
        bank_form=tuple(data["bank_form_labels"]["labels"]),
        keyless=tuple(data["keyless_labels"]["words"]),
        section_titles=frozenset(fold_label(label) for label in data["section_titles"]["labels"]),
        english_units=frozenset(data["english_units"]["units"]),
    )


@functools.lru_cache(maxsize=4096)
def key_of(label: str) -> tuple[str | None, bool]:
    """(canonical key, matched fuzzily) of a printed row label; (None, False) when it names no key line."""
    folded = fold_label(label)
    vocab = vocabulary()
    if is_keyless(folded):
        return None, False
    if folded in vocab.labels:
        return vocab.labels[folded], False
    if not folded or any(ch.isdigit() for ch in folded):
        return None, False
    match = process.extractOne(folded, vocab.labels.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_LABEL)
    if match is None or any(ch.isdigit() for ch in match[0]):
        return None, False
    return vocab.labels[match[0]], True


def is_section_title(text: str) -> bool:
    """A statement's first section title ("DRIFTSINNTEKTER", "Eiendeler", a typed "Inntekter")
    set apart from its table, where a PDF or a scan reads it as a heading: the statement's own
    title stands above it."""
    return key_of(text)[0] is not None or fold_label(text) in vocabulary().section_titles


def in_form(labels, words) -> bool:
    """Whether a statement's line labels make a form (``unit_open``, ``bank_form``): two of its lines."""
    return sum(1 for label in labels if words_in(label, words)) >= FORM_LINES


def is_keyless(label: str) -> bool:
    """A label, or a section title over lines, naming a measure beside the statement's own: a
    result before depreciation ("Driftsresultat før avskrivninger", "Driftsresultat (EBITDA)")
    read as the operating result would be wrong (the ratio matcher finds "driftsresultat ebit"
    in "driftsresultat ebitda"), and so would the lines of an underlying result."""
    return words_in(label, vocabulary().keyless)


def keyless_title(lines) -> bool:
    """Whether short lines read in order, their spaces dropped, name an underlying measure: the
    title a narrow label column broke into pieces ("RESULTAT" / "UNDERLIGG" / "ENDE DRIFT")
    between a statement and the headerless rest of it. Only the longer words: short ones
    ("ebitda", "justert") would be found inside others."""
    squashed = "".join("".join(line.casefold().split()) for line in lines)
    return any(len(w) >= 8 and w.replace(" ", "") in squashed for w in vocabulary().keyless)


_WORD = re.compile(r"[\wæøå]+")  # compiled here: a pattern compiled inside a cached function reads as a builder


@functools.lru_cache(maxsize=WORD_CACHE)  # every row label, for each statement reader
def is_not_money(label: str) -> bool:
    """A line that is not in kroner: a ratio, a share or a count ("Egenkapitalandel (%)",
    "Likviditetsgrad", "Antall årsverk") in a table of amounts. Its figures are no key figures,
    and the table's unit ("tall i 1000 kr") must not scale them."""
    anywhere, suffixes, first, _ = vocabulary().not_money
    text = " ".join(label.casefold().split())
    return words_in(text, anywhere) or any(w.endswith(suffixes) for w in _WORD.findall(text)) \
        or any(text == w or text.startswith(w + " ") for w in first)


def in_per_cent(texts) -> bool:
    """A table title or label-column header that says the figures are per cent ("I prosent av
    driftsinntektene", "Kostnader i prosent av driftsinntektene")."""
    return any(words_in(t, vocabulary().not_money[3]) for t in texts if t)


def words_in(text: str, words) -> bool:
    """Whether one of ``words`` stands in ``text`` as whole words."""
    rx = whole_words(words if isinstance(words, (tuple, frozenset)) else tuple(words))
    return rx is not None and rx.search(" ".join(text.casefold().split())) is not None


@functools.lru_cache(maxsize=256)
def whole_words(words: tuple[str, ...] | frozenset[str]) -> re.Pattern | None:
    """One pattern for a word list (an alternation tries every word at each place, as a
    search per word would): the statement and column words are asked about on every row."""
    if not words:
        return None
    return re.compile(rf"(?<![\wæøå])(?:{alternation(words)})(?![\wæøå])")


def compile_word_lists() -> None:
    """Compile every word list ``words_in`` is asked about ahead (start-up, not a document):
    statements, columns, scopes, the municipal form's lines, the lines and titles that are
    not in kroner, the words of lines that name no key, and the currency words
    (``units.states_currency``)."""
    from extractor.parse import CURRENCY_WORDS

    vocab = vocabulary()
    anywhere, _, _, tables = vocab.not_money
    for words in (*vocab.statements.values(), *vocab.columns.values(), *vocab.scopes.values(),
                  vocab.columns["change"] - {"%"}, CURRENCY_WORDS, vocab.unit_open, vocab.bank_form,
                  vocab.municipal_siblings, anywhere, tables, vocab.keyless):
        whole_words(words if isinstance(words, (tuple, frozenset)) else tuple(words))
