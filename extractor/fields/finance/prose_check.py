"""The prose's statements (``prose``) against the key figures the statements gave.

A figure the prose confirms to its rounding gets ``prose_agrees``; one it contradicts clearly
(beyond twice the prose's rounding and half a per cent) and that no other statement of it
confirms gets ``prose_disagrees:<prose value>``, and its rule confidence is made again with it.
When the value the prose gives one year is the one another column holds (a header's years
set over the wrong columns: every figure of both then looks right to the arithmetic), every
figure of both columns gets ``prose_other_year``.
"""
from __future__ import annotations

from dataclasses import replace

from extractor.confidence import combine
from extractor.fields.finance.prose import Stated, read_sentence
from extractor.fields.finance.prose_words import sentences, tokenize, vocab

CLEAR_SHARE = 0.005  # a contradiction is beyond twice the prose's rounding and this share of the figure


def read_prose(analysis) -> list[Stated]:
    """Every statement of a key figure in the document's running text (no table, no heading,
    no reprinted newspaper piece). Text read by OCR only confirms: a misread digit in the prose
    must not contradict a figure the table gives right."""
    out: list[Stated] = []
    for unit in analysis.units:
        if unit.in_table or unit.is_heading or unit.quoted or not any(ch.isdigit() for ch in unit.text):
            continue
        ocr = unit.prov.ocr_confidence is not None
        for sentence in sentences(tokenize(unit.text)):
            out += [replace(st, loose=True) if ocr else st for st in read_sentence(sentence, analysis.report_year)]
    return out


def verdict(stated: Stated, figure, step: float, signs_reversed: bool = False) -> str | None:
    """"agrees" within the prose's rounding and the figure's (``step``: one unit of its last
    printed digit, in NOK), "disagrees" clearly beyond them, else None. Sizes
    alone are compared where the prose names no sign, for costs and municipal results, and in
    a document whose statements print income negative (a surplus is then negative too)."""
    ours, theirs = stated.value, figure.value
    if not stated.signed or figure.key in vocab().unsigned or signs_reversed:
        ours, theirs = abs(ours), abs(theirs)
    diff = abs(ours - theirs)
    slack = stated.step + step + 1.0  # one krone: øre rounded either way
    if diff <= slack:
        return "agrees"
    if stated.loose or diff <= slack + stated.step or diff <= CLEAR_SHARE * max(abs(ours), abs(theirs)):
        return None
    return "disagrees"


def add_prose_reasons(analysis, figures: list[tuple], prior: float, weights: dict) -> None:
    """``prose_agrees`` / ``prose_disagrees:<value>`` on each key figure the prose speaks of
    (``figures``: each with its printed rounding in NOK, as ``verdict`` takes it, and its
    column), then ``prose_other_year`` (see the module's doc). A figure is contradicted only
    when no statement of it agrees, and only by a statement that can name it alone (its scope
    named, or the document has figures of one scope only)."""
    if not any(f.key is not None for f, _, _ in figures):
        return  # no figure to check: the prose is not read (a report without statements, a book)
    stated = read_prose(analysis)
    if not stated:
        return
    reversed_signs = any("sign_convention" in f.reasons for f, _, _ in figures)
    scopes: dict[tuple, set] = {}
    for figure, _, _ in figures:
        scopes.setdefault((figure.key, figure.year), set()).add(figure.scope.value)
    contradicted = []
    for figure, step, column in figures:
        if figure.key is None:
            continue
        verdicts = []
        for st in stated:
            if st.key != figure.key or st.year != figure.year or st.scope not in (None, figure.scope.value):
                continue
            said = verdict(st, figure, step, reversed_signs)
            if said == "disagrees" and st.scope is None and len(scopes[(figure.key, figure.year)]) > 1:
                said = None
            verdicts.append((said, st))
        if any(said == "agrees" for said, _ in verdicts):
            figure.reasons.append("prose_agrees")
        elif against := next((st for said, st in verdicts if said == "disagrees"), None):
            figure.reasons.append(f"prose_disagrees:{against.value:.15g}")
            figure.confidence = combine(prior, figure.reasons, weights, figure.source.ocr_confidence)
            contradicted.append((figure, column, against))
    shifted = _columns_of_other_years(contradicted, figures, reversed_signs)
    for figure, _, column in figures:
        if column in shifted:
            figure.reasons.append("prose_other_year")
            figure.confidence = combine(prior, figure.reasons, weights, figure.source.ocr_confidence)


def _columns_of_other_years(contradicted: list[tuple], figures: list[tuple], reversed_signs: bool) -> set:
    """The columns of each contradicted figure whose year's prose value another column of the
    same key and scope holds, and that column."""
    out = set()
    for figure, column, said in contradicted:
        for other, step, other_column in figures:
            if other.key == figure.key and other.year != figure.year and other_column != column \
                    and other.scope == figure.scope and verdict(said, other, step, reversed_signs) == "agrees":
                out |= {column, other_column}
    return out
