"""A second reading of the key figures, from the board's report's own prose: the reader.

The årsberetning usually states the year's main figures in running text ("Driftsinntektene var
12,3 mill. kr mot 11,8 mill. kr i fjor", "Årsresultatet ble et underskudd på kr 234 567",
"Rekneskapen syner eit overskot på 1,2 millionar"). Read apart from the statement tables, such a
statement is evidence of whatever kind a table's error is: a key figure the prose confirms to its
rounding gets ``prose_agrees``; one it clearly contradicts gets ``prose_disagrees:<prose value>``,
a doubt that sends the figure to review (``extractor.calibrate.REVIEW_DOUBTS``); the comparison
is ``prose_check``.

The reader is narrow on purpose: a statement of a level only. A term of the key (vocabulary in
``extractor/data/finance-prose.json``), then only filler words ("var", "ble et underskudd på",
"utgjorde ved årsskiftet"), then an amount with a money word ("kr", "mill.", "MNOK", as
``extractor/data/money.json`` lists them), then nothing but a year ("i 2023", "i fjor") before
the clause ends; a parenthesis that only restates the term ("driftsresultatet (før finansposter)",
``asides``) is stepped over. A change ("økte med"), a budget,
a share, a part ("fra salg"), a comparison ("mer enn"), a per-unit figure or a year that is not
clear leaves the amount unread; a sentence about a part of the year ("i tredje kvartal", "pr. 2.
tertial", "hittil i år") gives none. A "loose" term ("omsetningen", "resultatet") and an approximate
amount ("om lag 12 mill.") may confirm a figure, never contradict it. The prose's tokens and
sentences, and the vocabulary read into them, are ``prose_words``'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.fields.finance.prose_words import Tok, vocab
from extractor.parse import scaled, two_digit_year

MAX_GAP = 10  # tokens between a term and its amount
MAX_CHANGE_GAP = 16  # ... when a change stands between ("økte med 8,2 % til 28,9 mill.")
APPROXIMATE_SHARE = 0.05  # "om lag 12 mill." confirms a figure within 5 %
MIN_YEAR, MAX_YEAR = 1950, 2100


@dataclass(frozen=True, slots=True)
class Stated:
    """What one clause of prose says of one key figure."""

    key: str
    year: int
    value: float  # NOK, signed when ``signed``
    step: float  # the prose's rounding ("12,3 mill.": 100 000)
    signed: bool  # a sign word or a minus says the sign; else only the size is compared
    loose: bool  # may confirm, never contradict
    scope: str | None  # "group" or "company" when the sentence names one
    term: tuple[str, ...] = ()  # the words that named the key ("eigenkapitalen")


def _phrase_at(toks: list[Tok], i: int, phrases) -> int:
    """Length of the phrase of ``phrases`` that starts at ``i`` (0: none)."""
    for phrase in phrases:
        if tuple(t.text for t in toks[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _term_at(toks: list[Tok], i: int) -> tuple[int, str, bool] | None:
    v = vocab()
    for n in range(min(v.longest, len(toks) - i), 0, -1):
        found = v.terms.get(tuple(t.text for t in toks[i:i + n]))
        if found and all(t.kind == "word" for t in toks[i:i + n]):
            return n, *found
    return None


def _aside_at(toks: list[Tok], i: int, key: str) -> int:
    """Length of a parenthesis at ``i`` that only restates ``key`` ("(før finansposter)"; 0: none)."""
    if i >= len(toks) or toks[i].text != "(":
        return 0
    close = next((j for j in range(i + 1, min(i + 6, len(toks))) if toks[j].text == ")"), None)
    inner = tuple(t.text for t in toks[i + 1:close]) if close else ()
    return close - i + 1 if inner in vocab().asides.get(key, ()) else 0


def _year_of(tok: Tok) -> int | None:
    if tok.kind == "date":
        year = int(re.split(r"\.\s?", tok.text)[-1] or 0) if tok.text != "31.12" else 0
        return two_digit_year(year) if 0 < year < 100 else (year or None)  # "31.12.94" is 1994
    if tok.kind == "num" and not tok.decimals and not tok.negative and MIN_YEAR <= tok.value <= MAX_YEAR \
            and " " not in tok.text and "." not in tok.text:
        return int(tok.value)
    return None


def _amount_at(toks: list[Tok], j: int) -> tuple[float, float, bool, int] | None:
    """(value in NOK, rounding step, negative, index after it) of a money amount at ``j``."""
    v = vocab()
    tok = toks[j]
    if tok.kind != "num":
        return None
    before = toks[j - 1].text if j else ""
    scale, money = v.scales.get(before, 1.0), before in v.words["currency"] or before in v.scales
    money = money or tok.text.endswith(",-")  # "et underskudd på 58 400,-": whole kroner
    k = j + 1
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].kind == "num" and toks[k + 2].text == ")":
        k += 3  # "44,5 (49,3) millioner kroner": the prior period's figure in parentheses before the unit
    if k < len(toks) and toks[k].text in v.scales:
        scale, k = v.scales[toks[k].text], k + 1
        money = money or scale >= 1e6 or toks[k - 1].text in ("tkr", "tnok")
    if k < len(toks) and toks[k].text in v.words["currency"]:
        money, k = True, k + 1
    if not money or (k < len(toks) and toks[k].text in ("%", "prosent")):
        return None
    digits = re.sub(r"\D", "", tok.text.split(",")[0])
    if tok.decimals:
        step = scale * 10 ** -tok.decimals
    else:
        zeros = len(digits) - len(digits.rstrip("0"))
        step = scale * 10 ** max(0, min(zeros, len(digits) - 2))
    return scaled(tok.value, scale), step, tok.negative, k


def _is_break(tok: Tok) -> bool:
    return (tok.kind == "punct" and tok.text not in ("%",)) or tok.text in vocab().words["clause_breaks"]


def _read_gap(toks: list[Tok], i: int, key: str, sign: int | None, need_word: bool):
    """From ``i`` to the amount the term names: (amount, sign, approximate, years, prior) or None."""
    v, w = vocab(), vocab().words
    change = approx = prior = False
    years: list[int] = []
    fillers, start = 0, i
    while i < len(toks) and i - start < (MAX_CHANGE_GAP if change else MAX_GAP):
        tok = toks[i]
        amount = _amount_at(toks, i)
        if amount is not None:
            if change and toks[_before_prefix(toks, i) - 1].text not in w["level"]:
                i = amount[3]
                continue
            if need_word and not fillers:
                return None
            return amount, sign, approx, years, prior
        if (year := _year_of(tok)) is not None:
            years.append(year)
        elif n := _phrase_at(toks, i, v.prior):
            prior, i = True, i + n
            continue
        elif (term := _term_at(toks, i)) and term[1] != key and not (term[2] and _sign(tok.text)):
            return None  # another key's term: the amount is that one's
        elif _sign(tok.text) is not None:
            sign, fillers = _sign(tok.text), fillers + 1
        elif tok.text in w["fillers"]:
            fillers += 1
        elif tok.text in w["approximate"]:
            approx = True
        elif tok.text in w["sign_with"] and sign is not None:
            pass  # "negativt (i 2023) med kr 45 000"
        elif tok.text in w["change"]:
            change, fillers = True, fillers + 1
        elif (tok.text in w["currency"] or tok.text in v.scales) and i + 1 < len(toks) and toks[i + 1].kind == "num":
            pass  # "på kr 234 567": the amount's own prefix
        elif not (change and (tok.kind == "num" or tok.text in ("med", "%", "prosent", "fra", "frå") or
                              tok.text in w["level"])):
            return None
        i += 1
    return None


def _before_prefix(toks: list[Tok], i: int) -> int:
    """Where the amount at ``i`` begins with its unit set before it ("til MNOK 27.449", "til kr 12 000")."""
    v = vocab()
    return i - 1 if i and (toks[i - 1].text in v.words["currency"] or toks[i - 1].text in v.scales) else i


def _read_after(toks: list[Tok], k: int) -> tuple[int, list[int], bool, str | None] | None:
    """What follows the amount up to the clause's end: (where it ends, years, prior, the key a
    qualifier names: "før skatt") or None when anything but a year, a date, a filler or one
    qualifier stands there. A comparison ("sammenlignet med 2020") ends the clause."""
    v, w = vocab(), vocab().words
    years: list[int] = []
    prior = False
    qualifier = None
    while k < len(toks) and not _is_break(toks[k]) and _term_at(toks, k) is None \
            and not _phrase_at(toks, k, v.against):
        tok = toks[k]
        if n := _phrase_at(toks, k, v.prior):
            prior, k = True, k + n
            continue
        if qualifier is None and (n := _phrase_at(toks, k, v.qualifiers)):
            qualifier, k = v.qualifiers[tuple(t.text for t in toks[k:k + n])], k + n
            continue
        if (year := _year_of(tok)) is not None:
            years.append(year)
        elif tok.text in w["per"] and k + 1 < len(toks) and toks[k + 1].kind == "date":
            pass
        elif tok.text not in w["after"]:
            return None
        k += 1
    return k, years, prior, qualifier


def _clause_before(toks: list[Tok], s: int) -> list[Tok]:
    start = s
    while start > 0 and not _is_break(toks[start - 1]):
        start -= 1
    return toks[start:s]


def _year(years: list[int], prior: bool, report_year: int | None) -> int | None:
    found = set(years) | ({report_year - 1} if prior and report_year else set())
    if len(found) > 1 or (prior and not report_year):
        return None
    return found.pop() if found else report_year


def read_sentence(toks: list[Tok], report_year: int | None) -> list[Stated]:
    v, w = vocab(), vocab().words
    texts = {t.text for t in toks}
    scope = "group" if texts & w["group"] else "company" if texts & w["company"] else None
    if texts & w["group"] and texts & w["company"] or texts & w["part_of_year"]:
        return []  # two entities' figures, or a part of the year's (a quarter, a tertial)
    out: list[Stated] = []
    s = 0
    while s < len(toks):
        term = _term_at(toks, s)
        if term is None:
            s += 1
            continue
        n, key, loose = term
        before = _clause_before(toks, s)
        if any(_is_budget(t.text) for t in toks[:s]) or any(t.text in w["not_level"] for t in before) \
                or any(_phrase_at(before, i, v.prior) for i in range(len(before))):
            s += n
            continue
        sign = _sign(toks[s + n - 1].text) or (_sign(toks[s - 1].text) if s else None)  # "det negative driftsresultatet"
        if loose and _sign(toks[s + n - 1].text) is not None:
            if any("resultat" in t.text for t in toks[:s]):
                s += n  # "Finansresultatet ble et underskudd på": another result's sign
                continue
            if {t.text for t in toks[:s]} & w["subjects"]:
                loose = False  # "Rekneskapen syner eit overskot på": the accounts' own result
        if s and _part_of(toks[s - 1].text):
            loose = True  # "Lagenes årsresultat", "Kioskens omsetning": maybe a part's figure
        years = [y for i, t in enumerate(before) if (y := _year_of(t)) and i and before[i - 1].text in ("i", "for", "av")]
        labelled = not any(t.text in w["fillers"] for t in before)  # "I 2022 var årsresultatet ..." has its verb
        read = _read_statement(toks, s + n + _aside_at(toks, s + n, key), key, sign, labelled, years, report_year)
        if read is None:
            s += n
            continue
        (value, step, signed, approx), year, k, qualifier = read
        term_words = tuple(t.text for t in toks[s:s + n])
        named = _qualified(key, loose, qualifier)
        if named is None:
            s += n
            continue
        out.append(Stated(named, year, value, step, signed, loose or approx, scope, term_words))
        if qualifier and k + 1 < len(toks) and toks[k].text == "og":  # "... før skatt og minus 35,1 mill. etter skatt"
            again = _read_statement(toks, k + 1, key, None, False, years, report_year)
            if again is not None and again[3] not in (None, qualifier) and _qualified(key, loose, again[3]):
                (value, step, signed, approx), year, k, other = again
                out.append(Stated(other, year, value, step, signed, loose or approx, scope, term_words))
        elif k < len(toks) and (m := _against_at(toks, k)):  # "..., mot 11,8 mill. kr i fjor"
            again = _read_statement(toks, k + m, key, None, False, [], report_year, need_year=True)
            if again is not None and again[1] != year and _qualified(key, loose, again[3]) == named:
                (value, step, signed, approx), other_year, k, _ = again
                out.append(Stated(named, other_year, value, step, signed, loose or approx, scope, term_words))
        s = max(k, s + n)
    return out


def _qualified(key: str, loose: bool, qualifier: str | None) -> str | None:
    """The key a statement gives: a loose result's amount followed by "før skatt" is the result
    before tax; a term that names its key keeps it, and a qualifier naming another leaves it unread."""
    if qualifier is None or qualifier == key:
        return key
    return qualifier if loose and key in vocab().qualifiers.values() else None


def _is_budget(word: str) -> bool:
    v = vocab()
    return word in v.words["budget"] or word.startswith(v.budget_stems)


def _sign(word: str) -> int | None:
    w = vocab().words
    return -1 if word in w["negative"] else 1 if word in w["positive"] else None


def _part_of(word: str) -> bool:
    """A possessive that may name a part of the organisation (not "årets", "selskapets")."""
    return len(word) > 3 and word.endswith(("s", "s'")) and word not in vocab().words["whole"] \
        and word not in vocab().words["fillers"]


def _against_at(toks: list[Tok], k: int) -> int:
    skip = 1 if toks[k].text == "," else 0
    if k + skip < len(toks) and toks[k + skip].text == "(":
        return skip + 1
    n = _phrase_at(toks, k + skip, vocab().against)
    return skip + n if n else 0


def _read_statement(toks, i, key, sign, need_word, years, report_year, need_year=False):
    """((value, step, signed, approximate), year, end, qualifier key) of the amount a term at ``i``
    names, or None."""
    gap = _read_gap(toks, i, key, sign, need_word)
    if gap is None:
        return None
    (value, step, negative, k), sign, approx, gap_years, prior = gap
    after = _read_after(toks, k)
    if after is None:
        return None
    k, after_years, after_prior, qualifier = after
    all_years = years + gap_years + after_years
    if need_year and not all_years and not (prior or after_prior):
        return None  # "mot 800 000 kroner" without a year may be the budget
    year = _year(all_years, prior or after_prior, report_year)
    if year is None:
        return None
    value = -abs(value) if (sign == -1 or negative) else abs(value)
    if approx:  # "om lag 12 mill.": a wide step, and it only confirms
        step = max(step, abs(value) * APPROXIMATE_SHARE)
    return (value, step, sign is not None or negative, approx), year, k, qualifier
