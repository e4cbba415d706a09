"""Key figures the board's report states only in prose ("Regnskapet for 2023 viser et overskudd
på kr 345 210", "Driftsinntektene ble 12,4 millioner kroner"), where no statement the tool read
gives that key and year: a small organisation's report often prints no statement at all, and a
typed one's statement may be a scan the OCR could not set in columns.

The reader is ``prose`` (a statement of a level only, narrow on purpose). Such a figure is sure
only where the sentence names the report's own year's figure exactly, by a term that names the
key alone; anything else is a doubt sent to review (``extractor.calibrate.REVIEW_DOUBTS``):

- ``prose_rounded``: an amount in millions or thousands ("12,4 millioner"), whose exact figure
  the accounts hold;
- ``prose_prior_year``: another year than the report's ("mot kr 3 880 400 året før");
- ``prose_loose``: a term that may name a part or a wider total ("omsetningen", "overskuddet"),
  or an approximate amount ("om lag 2 millioner"), or prose read by OCR.

A sentence that speaks of many organisations or a sector ("dei kyrkjelege fellesråda", "i
bransjen": ``others`` in ``finance-prose.json``) gives none.
"""
from __future__ import annotations

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.finance.prose import read_sentence
from extractor.fields.finance.prose_words import sentences, tokenize, vocab
from extractor.fields.finance.vocabulary import vocabulary
from schemas.fields import Basis, KeyFigure, Scope

ROUNDED_STEP = 10_000  # a prose amount rounded to this or coarser ("12,4 mill.": 100 000) is not the exact figure
MAX_SOURCE = 240  # characters of the sentence kept as the figure's source text


def canonical_label(key: str) -> str:
    """The vocabulary's first label of a key, as a label is printed ("Sum driftsinntekter")."""
    first = next(label for label, k in vocabulary().labels.items() if k == key)
    return first[:1].upper() + first[1:]


def prose_label(key: str, term: tuple[str, ...]) -> str:
    """The label of a figure the prose states: the key's own label, but where that is a statement's
    total ("Sum egenkapital") and the sentence did not say "sum", the noun the sentence used, as a
    label prints it ("Eigenkapitalen var ..." is "Eigenkapital"): the prose states no total."""
    label = canonical_label(key)
    return _as_label(term) if term and (term[0] == "sum" or label.casefold().startswith("sum ")) else label


def _as_label(term: tuple[str, ...]) -> str:
    v = vocab()
    words = [v.label_forms.get(w, w) for w in term if w not in v.label_drop]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def prose_key_figures(analysis, made: list[KeyFigure], prior: float, weights: dict) -> list[KeyFigure]:
    """Key figures from the running text for the keys and years ``made`` lacks; one per key,
    year and scope (none where the prose gives two values for it)."""
    have = {(f.key, f.year) for f in made if f.key}
    found: dict[tuple, list] = {}
    for unit in analysis.units:
        if unit.in_table or unit.is_heading or unit.quoted or not any(ch.isdigit() for ch in unit.text):
            continue
        for sentence in sentences(tokenize(unit.text)):
            if {t.text for t in sentence} & vocab().words["others"]:
                continue  # a sector's or many organisations' figure
            for stated in read_sentence(sentence, analysis.report_year):
                if (stated.key, stated.year) not in have:
                    found.setdefault((stated.key, stated.year, stated.scope), []).append((stated, unit))
    out = []
    for (key, year, scope), said in found.items():
        if len({round(st.value) for st, _ in said}) > 1:
            continue  # the prose gives two values: neither is read
        stated, unit = said[0]
        ocr = unit.prov.ocr_confidence
        reasons = ["prose_only"]
        reasons += ["prose_rounded"] if stated.step >= ROUNDED_STEP else []
        reasons += ["prose_prior_year"] if year != analysis.report_year else []
        reasons += ["prose_loose"] if stated.loose or ocr is not None else []
        out.append(KeyFigure(
            label=prose_label(key, stated.term), key=key, year=year, value=stated.value, scope=Scope(scope or "company"),
            basis=Basis.actual, statement=None, unit=None, printed=None,
            confidence=combine(prior, reasons, weights, ocr), reasons=[*reasons, *ocr_reason(ocr)],
            source=prov_to_ref(unit.prov, unit.text[:MAX_SOURCE])))
    return out
