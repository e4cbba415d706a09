"""Amounts as statements print them, and the unit they are stated in.

Numbers: Norwegian forms through ``extractor.parse.parse_number`` ("16 917 863", "16 917 863,-",
"(1 234)", "−1 234", "kr 1 234") and the accountants' minus signs ("÷ 1 234", a ledger export's
"1 234-"); "-" or "–" alone is zero; a table whose figures are written the English way
("464,890.32": comma thousands, decimal point) is read so throughout. In an OCR'd cell a
reading that is not a number is repaired where the repair is unambiguous (a digit group that
lost its space, "1279 567"; O for 0, l or I for 1 between digits), marked so, and a figure OCR
may have lost a minus from gets its negative as an alternative that only the arithmetic may
choose (``Amount.alternatives``).

A unit in the cell ("12,3 mill.", "kr 12,3 mill", "MNOK 12,3") scales that figure alone
(``Amount.scale``), before the table's.

Units: "Beløp i 1000 kr", "i hele tusen", "NOK 1000", "TNOK", "MNOK", "mill. kr" in a heading,
a header cell, the table's caption or the paragraph just above. In a long paragraph only a
stated form counts ("beløp i", "tall i", in parentheses), so "2 mill. kr i tilskudd" in prose
does not scale a table.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from extractor.caches import WORD_CACHE
from extractor.fields.finance.vocabulary import vocabulary, words_in
from extractor.parse import CURRENCY_ALTERNATION, CURRENCY_WORDS, SCALE_WORDS, parse_number

ZERO_MARKS = frozenset({"-", "–", "—", "−", "--", "- -"})
ENGLISH = re.compile(r"^[-\u2212\u2013(]?\d{1,3}(?:,\d{3})+\.\d{1,2}\)?$")
_COMMA_THOUSANDS = re.compile(r"^(?P<neg>[-\u2212\u2013(])?\s?(?P<num>\d{1,3}(?:,\d{3}){2,})\)?$")
_ENGLISH_ANY = re.compile(r"^(?P<neg>[-\u2212\u2013(])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\)?$")
_LOST_SPACE = re.compile(r"^([-\u2212\u2013(]?)(\d{4,6})((?: \d{3})+(?:,\d{1,2})?\)?)$")
_SPACED_DECIMALS = re.compile(r"(?<=\d), (\d{2})(?=\)?$)")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"})
_OCR_MINUS = re.compile(r"^[~_=—]\s*(?=\d)")
_DIVISION_MINUS = re.compile(r"^÷\s*(?=\d)")  # "÷ 240 000": the accountants' minus
_TRAILING_MINUS = re.compile(  # "240 000-" (ledger exports), "kr. 3.250-"; not "12 000,-"
    r"^(?:(?:kr\.?|nok)\s*)?(\d(?:[\d .]*\d)?(?:,\d+)?)[-\u2212]$", re.IGNORECASE)
SHORT_TEXT = 80  # a caption or a header; longer text is prose
# a figure beside a currency word ("kr 2,1 mill.", "kr. 120 000", "2 115 000 kroner", "120 000,- kr");
# a year is none ("Beløp i kr 2023 2022": a header row joined)
_FIGURE_AFTER = re.compile(r"\.?\s?[-\u2212]?(?!(?:19|20)\d\d(?![\d,.]))\d")
_FIGURE_BEFORE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d\.?(?:,-)?\s?$)\d[\d .]*(?:,-)?\s?$")
_STATED = r"(?:beløp|belop|tall|tal|alle tall|alle beløp|oppgitt|angitt|oppstilt)\s+(?:er\s+)?(?:i|i\s+hele|i\s+heile)?\s*"
# a long title whose last segment is its unit: "Hovedtall for drift og investering. Fylkeskonsern. Millioner kroner"
_LAST_SEGMENT = r"(?<=[.:;]\s)"


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    decimals: int  # digits after the decimal sign as printed (precision of the figure)
    repaired: bool = False  # an OCR reading was repaired to give a number
    alternatives: tuple[float, ...] = ()  # other readings only arithmetic may choose
    scale: float | None = None  # a unit printed in the cell ("12,3 mill."), to NOK
    unit: str | None = None  # ... as printed


def is_english(texts) -> bool:
    """Figures written the English way: at least one with comma thousands and a decimal point."""
    return any(ENGLISH.match(t.strip()) for t in texts)


def _decimals(text: str, english: bool) -> int:
    mark = "." if english else ","
    tail = text.rsplit(mark, 1)[1] if mark in text else ""
    return sum(ch.isdigit() for ch in tail)


@functools.lru_cache(maxsize=WORD_CACHE)  # a cell is parsed by each reader of its table; Amount is frozen
def parse_amount(text: str, english: bool = False, ocr: bool = False) -> Amount | None:
    """One cell's figure, or None when it holds none."""
    raw = " ".join(text.split())
    if not raw:
        return None
    if raw in ZERO_MARKS:
        return Amount(0.0, 0)
    raw = _TRAILING_MINUS.sub(r"-\1", _DIVISION_MINUS.sub("-", raw))
    if english:
        match = _ENGLISH_ANY.match(raw)
        if match:
            value = float(match["num"].replace(",", ""))
            return Amount(-value if match["neg"] else value, _decimals(raw, True), alternatives=_sign_flip(value, ocr))
    value = parse_number(raw)
    if value is not None:
        return Amount(value, _decimals(raw, False), alternatives=_sign_flip(value, ocr))
    if match := _COMMA_THOUSANDS.match(raw):  # "2,410,500": two comma groups are thousands, never decimals
        value = float(match["num"].replace(",", ""))
        return Amount(-value if match["neg"] else value, 0, alternatives=_sign_flip(value, ocr))
    if scaled := _with_cell_unit(raw):
        return scaled
    return _repaired(raw, english) if ocr else None


def _with_cell_unit(raw: str) -> Amount | None:
    """A figure with its unit in the cell: "12,3 mill.", "kr 12,3 mill", "MNOK 12,3", "12,3 mill. kr"."""
    match = _cell_unit_pattern().match(raw)
    if match is None or not (match["pre"] or match["post"]):
        return None
    number = match["number"].strip()
    value = parse_number(number)
    if value is None:
        return None
    unit = (match["pre"] or match["post"]).strip()
    scale = _cell_unit_scales()["".join(unit.casefold().split())]
    return Amount(value, _decimals(number, False), scale=scale, unit=unit)


@functools.cache
def _cell_units() -> dict[tuple[str, ...], float]:
    """Each unit a cell may print, as its words → its scale: a scale word of
    ``extractor/data/money.json`` alone or with a currency word before or after it ("NOK mill.")."""
    units = {(word,): scale for word, scale in SCALE_WORDS.items()}
    for word, scale in SCALE_WORDS.items():
        units.update({pair: scale for currency in CURRENCY_WORDS for pair in ((word, currency), (currency, word))})
    return units


@functools.cache
def _cell_unit_scales() -> dict[str, float]:
    """Each cell unit without its spaces ("mill.kr") → its scale."""
    return {"".join(words): scale for words, scale in _cell_units().items()}


@functools.cache
def _cell_unit_pattern() -> re.Pattern:
    # the units of ``_cell_units`` factored (a scale word, a currency word after it or before
    # it), longest words first: the pairs spelt out were 144 alternatives, 8 ms to compile
    scale = "|".join(map(re.escape, sorted(SCALE_WORDS, key=lambda w: (-len(w), w))))
    unit = rf"(?:{scale})(?:\s*(?:{CURRENCY_ALTERNATION}))?|(?:{CURRENCY_ALTERNATION})\s*(?:{scale})"
    return re.compile(rf"^(?:(?:{CURRENCY_ALTERNATION})\s+)?(?:(?P<pre>{unit})\s*)?(?P<number>[-\u2212\u2013(]?\s*\d[\d\s.,]*\)?)"
                      rf"\s*(?:(?P<post>{unit})(?![\wæøå]))?$", re.IGNORECASE)


def _sign_flip(value: float, ocr: bool) -> tuple[float, ...]:
    return (-value,) if ocr and value > 0 else ()


def _repaired(raw: str, english: bool) -> Amount | None:
    """An OCR misreading made a number again, where only one repair fits."""
    text = _OCR_MINUS.sub("-", raw)
    if any(ch.isdigit() for ch in text):
        text = re.sub(r"(?<=[\d ])[ODolI|SB](?=[\d ,.]|$)|(?<=^)[ODolI|SB](?=\d)", lambda m: m.group(0).translate(_OCR_DIGITS), text)
    lost = _LOST_SPACE.match(text)
    if lost:
        text = lost[1] + lost[2] + lost[3].replace(" ", "")
    text = _SPACED_DECIMALS.sub(r",\1", text)  # "571 308, 20": a typed øre the OCR set apart
    if text == raw:
        return None
    again = parse_amount(text, english)
    return None if again is None else Amount(again.value, again.decimals, True, (-again.value,) if again.value > 0 else ())


_COMMA_GROUP = re.compile(r"^[-\u2212\u2013(]?\s*(?:kr\.?\s*)?[1-9]\d{0,2},\d{3}\)?-?$")  # "12,480", "(1,210)"
_DOT_GROUP = re.compile(r"^[-\u2212\u2013(]?\s*\d{1,3}\.\d{3}\)?$")  # "1.250": dot thousands, or three decimals
_DOT_DECIMAL = re.compile(r"^[-\u2212\u2013(]?\s*(?:\d+\.\d{1,2}|0\.\d+)\)?$")  # "0.25", "48.2": a decimal point
MAX_DECIMALS_SCALE = 1e5  # below millions no statement prints three decimals (kroner have two, øre)


_BARE_COMMA = re.compile(r"\d,\)?$")  # "2 934,", "(1 152,)": a comma with nothing after it
_SOME_DECIMALS = re.compile(r"\d,\d{1,2}\)?$")  # "188,2", "12,60"


def decimals_lost(text: str, texts) -> bool:
    """Whether ``text`` ends in a bare comma ("2 934,") in a statement whose other figures print
    decimals ("188,2"): the decimals were lost (a text layer that dropped glyphs), so the figure is
    short of its value by up to one unit. A statement in whole kroner that writes "412 000," for
    every figure has no decimals to lose."""
    return bool(_BARE_COMMA.search(text.strip())) and any(_SOME_DECIMALS.search(t.strip()) for t in texts)


def decimal_points(texts) -> bool:
    """Figures written with a decimal point ("0.25", "48.2") though no comma groups thousands
    (else ``is_english``): then "1.250" beside them is 1,25 too, not 1 250."""
    return any(_DOT_DECIMAL.match(t.strip()) for t in texts)


def regrouped(text: str, amount: Amount, scale: float, points: bool, english_unit: bool = False) -> Amount:
    """A figure's separators read by its table: "12,480" in a table of kroner or thousands is a
    thousands comma, not three decimals (a figure in kroner has two at most, a table in
    thousands none; in millions it may be three decimals and stands, unless the table's unit is
    written the English way, "(NOKm)": then its commas group thousands); "1.250" in a table in
    millions written with decimal points (``decimal_points``) is 1,25 (below millions it is
    1 250 whatever the table: no figure there has three decimals)."""
    if amount.unit is not None:
        return amount
    if (scale <= MAX_DECIMALS_SCALE or english_unit) and amount.decimals == 3 and _COMMA_GROUP.match(text.strip()):
        factor, decimals = 1000, 0
    elif points and scale > MAX_DECIMALS_SCALE and amount.decimals == 0 and _DOT_GROUP.match(text.strip()):
        factor, decimals = 0.001, 3
    else:
        return amount
    return replace(amount, value=round(amount.value * factor, 3), decimals=decimals,
                   alternatives=tuple(round(a * factor, 3) for a in amount.alternatives))


# --- units -------------------------------------------------------------------------------------


def _unit_in(text: str, patterns: tuple[str, ...], short: bool, amounts: bool = True) -> str | None:
    """The first unit of ``patterns`` the text states. ``amounts=False``: a currency word beside
    a figure ("på kr 2,1 mill.", "2 115 000 kroner") is an amount the sentence gives, not the
    unit of a table. Nor is a scale word after a figure whatever ``amounts`` ("egenkapitalen
    vokste til 2,4 millioner kroner"): only a unit written with figures ("i 1 000 kr") may
    stand after one."""
    folded = " ".join(text.casefold().split())
    for pattern, rx in _unit_patterns(patterns, short):
        if pattern not in folded:  # the pattern is a literal inside the regex
            continue
        in_words = not any(ch.isdigit() for ch in pattern)
        for found in rx.finditer(folded):
            stated = not found.group().startswith(pattern)  # "Alle tall i tusen kroner": said, never an amount
            before = _FIGURE_BEFORE.search(folded[:found.start()])
            beside = before or _FIGURE_AFTER.match(folded, found.end())
            if stated or not beside or (amounts and not (in_words and before)):
                return text[found.start():found.end()] if len(text) == len(folded) else pattern
    return None


@functools.lru_cache(maxsize=64)
def _unit_patterns(patterns: tuple[str, ...], short: bool) -> tuple[tuple[str, re.Pattern], ...]:
    """The unit words as compiled patterns, in their order: whole words in a short text, a
    stated form in a long one."""
    if short:
        return tuple((p, re.compile(rf"(?<![\wæøå]){re.escape(p)}(?![\wæøå])")) for p in patterns)
    return tuple((p, re.compile(rf"(?:{_STATED}|\(\s*(?:i\s+)?){re.escape(p)}(?![\wæøå])"
                                rf"|{_LAST_SEGMENT}{re.escape(p)}(?=\.?\s*$)")) for p in patterns)


def compile_units() -> None:
    """Compile every unit pattern ahead (start-up, not a document): some 140 patterns."""
    for _, patterns in vocabulary().units:
        _unit_patterns(patterns, True)
        _unit_patterns(patterns, False)


def unit_of(texts: list[str]) -> tuple[float, str | None]:
    """(scale to NOK, the unit as printed) from the texts around a table, nearest first; (1, None)
    when none states a unit."""
    for text in texts:
        if not text:
            continue
        short = len(text) <= SHORT_TEXT
        for scale, patterns in vocabulary().units:
            unit = _unit_in(text, patterns, short, amounts=scale != 1)
            if unit is not None:
                return scale, unit.strip()
    return 1.0, None


def states_currency(texts: list[str]) -> bool:
    return any(words_in(t, CURRENCY_WORDS) for t in texts if t)
