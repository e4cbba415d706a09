"""Explicit parsers for numbers, amounts, percentages, dates and years as Norwegian text writes them.

Each parser accepts only the forms it knows and returns None otherwise: never lenient coercion.
Decimal comma; thousands separated by space, no-break space, thin space, or a dot when every
group after the first has exactly three digits ("1.000" is a thousand). A dot before one, two or
four and more digits is read as a decimal point ("2.5", English-style), never as thousands.
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from extractor.caches import WORD_CACHE

# Regular, no-break, narrow no-break, thin, figure and punctuation spaces.
_SPACES = "[ \u00a0\u202f\u2009\u2007\u2008]"
_MINUS = "[-\u2212\u2013]"
_NUMBER = re.compile(
    rf"""^(?P<sign>{_MINUS}\s*)?
    (?P<int>\d{{1,3}}(?:{_SPACES}\d{{3}})+ | \d{{1,3}}(?:\.\d{{3}})+ | \d+)
    (?:,(?P<frac>\d+|\s?-{{1,2}}|\s?\u2013)?)?$""",
    re.VERBOSE,
)
_DOT_DECIMAL = re.compile(r"^-?\d+\.(?:\d{1,2}|\d{4,})$")
# "(1 234)", and with the kroner's dash after the bracket: "(102 020),-"
_PAREN = re.compile(r"^\((?P<inner>[^()]+)\)(?:,\s?(?:-{1,2}|\u2013))?$")


def _money_words() -> tuple[frozenset[str], dict[str, float]]:
    """The currency words and the scale words of ``extractor/data/money.json``, defined there once."""
    data = json.loads(resources.files("extractor.data").joinpath("money.json").read_text(encoding="utf-8"))
    return frozenset(data["currency"]), {word: float(scale) for scale, words in data["scales"].items() for word in words}


CURRENCY_WORDS, SCALE_WORDS = _money_words()
# The currency words as one regex alternation, longest first ("kroner" before "kr").
CURRENCY_ALTERNATION = "|".join(map(re.escape, sorted(CURRENCY_WORDS, key=lambda w: (-len(w), w))))
_CURRENCY = re.compile(rf"^(?:{CURRENCY_ALTERNATION})\s*|\s*(?:{CURRENCY_ALTERNATION})$", re.IGNORECASE)
_PERCENT = re.compile(r"^(?P<num>.+?)\s*(?:-\s*)?(?:%|prosent(?:en|ene|ane|s|s?stilling(?:a|en|ar|er)?)?|pst\.?|per\s?cent)$",
                      re.IGNORECASE)

# Letters of names as regex class contents: Norwegian, the Sami alphabets' (Ánne, Máret, Čáhcesuolu,
# Gáddevuovdi) and common loans.
UPPER_LETTERS = "A-ZÆØÅÉÜÖÄÁČĐŊŠŦŽ"
LOWER_LETTERS = "a-zæøåéèüöäáóëïčđŋšŧží"
YEAR = r"(?:19|20)\d\d"  # a year a report covers or compares with, as a regex fragment
LONE_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")  # ... standing alone, not inside a longer number

MONTH_NAMES = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
               "november", "desember")
MONTHS = {
    **{name: number for number, name in enumerate(MONTH_NAMES, 1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "nov": 11, "des": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\.?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WORD_DATE = re.compile(rf"^(\d{{1,2}})\.?\s*({_MONTH_NAMES})\.?\s+(\d{{4}})$", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"^({_MONTH_NAMES})\.?\s+(\d{{4}})$", re.IGNORECASE)
# A full date as a line of text writes it ("14. februar 2024", "14.02.2024", "3.3.24", by hand
# "12/3-2024"), for patterns that look for a date after other words (a signature's dateline).
DATE_TEXT = (rf"\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})|\d{{1,2}}/\d{{1,2}}-(?:\d{{4}}|\d{{2}})"
             rf"|\d{{1,2}}\.?\s*(?:{_MONTH_NAMES})\.?\s+\d{{4}}")
MONTH_YEAR_TEXT = rf"(?:{_MONTH_NAMES})\.?\s+\d{{4}}"  # "mars 2024"
_YEAR = re.compile(r"^(\d{4}|\d\s\d{3})\.?$")

# Number words 1-20 (and 0), bokmål and nynorsk; "en/ei/ett/ein/eitt" as "one".
_NUMBER_WORDS = {
    "null": 0, "en": 1, "én": 1, "ein": 1, "éin": 1, "ei": 1, "ett": 1, "eitt": 1, "to": 2, "tre": 3,
    "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11,
    "elve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
    "søtten": 17, "atten": 18, "nitten": 19, "tjue": 20, "tjuge": 20, "tretti": 30, "førti": 40, "fyrti": 40,
    "femti": 50, "seksti": 60, "sytti": 70, "søtti": 70, "åtti": 80, "nitti": 90, "hundre": 100,
}


def ascii_int(text: str | None) -> int | None:
    """``text`` as an int when it is ASCII digits only: ``str.isdigit`` also accepts "²" and
    other Unicode digits that ``int`` refuses."""
    return int(text) if text and text.isascii() and text.isdigit() else None


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def two_digit_year(yy: int) -> int:
    return 2000 + yy if yy < 70 else 1900 + yy


_NON_DIGIT = re.compile(r"\D")  # compiled here: a pattern compiled inside a cached function reads as a builder


@lru_cache(maxsize=WORD_CACHE)  # every cell and figure, by the table, statement and prose readers
def parse_number(text: str) -> float | None:
    """A number as printed: "16 917 863,-" -> 16917863.0, "33,16" -> 33.16, "(1 234)" and "(1 234),-" -> -1234.0."""
    if not text:
        return None
    raw = _clean(text)
    sign = 1.0
    paren = _PAREN.match(raw)
    if paren:
        raw, sign = paren.group("inner").strip(), -1.0
    raw = _CURRENCY.sub("", raw).strip()
    match = _NUMBER.match(raw)
    if not match:
        dotted = _DOT_DECIMAL.match(raw)  # "2.5": a dot not followed by exactly three digits
        return None if dotted is None else sign * float(dotted.group(0).replace("\u2212", "-").replace("\u2013", "-"))
    digits = _NON_DIGIT.sub("", match.group("int"))
    frac = match.group("frac")
    value = float(digits) if not frac or not frac.isdigit() else float(f"{digits}.{frac}")
    if match.group("sign"):
        sign = -sign
    return sign * value


def scaled(value: float, scale: float) -> float:
    """``value`` times its unit, in decimal arithmetic to the øre: 4,1 millionar is 4100000, not the
    binary product 4099999.9999999995 (a figure compared or printed must be the amount written)."""
    exact = (Decimal(repr(value)) * Decimal(repr(scale))).quantize(Decimal("0.01"))
    return float(int(exact)) if exact == exact.to_integral_value() else float(exact)


def parse_amount(text: str) -> float | None:
    """An amount in kroner with an optional scale word: "kr 2,5 mill." -> 2500000.0."""
    if not text:
        return None
    raw = _CURRENCY.sub("", _clean(text)).strip()
    parts = raw.rsplit(None, 1)
    if len(parts) == 2 and parts[1].casefold() in SCALE_WORDS:
        value = parse_number(parts[0])
        return None if value is None else scaled(value, SCALE_WORDS[parts[1].casefold()])
    return parse_number(raw)


def parse_percent(text: str) -> float | None:
    """ "64%", "3,3 %", "80 prosent", "91,45%", "40-prosentstilling" -> the number of percent
    (64.0, 3.3, 80.0, 91.45, 40.0)."""
    if not text:
        return None
    match = _PERCENT.match(_clean(text))
    if not match:
        return None
    number = match.group("num").strip().removeprefix("+")  # "+3,2 %": a change upwards
    value = parse_number(number)
    if value is None:
        value = parse_int_word(number)
    return None if value is None else float(value)


def parse_date(text: str) -> date | None:
    """ "31.12.22", "27.04.2021", "13. mars 2015", "2021-04-27" -> date; a month alone is not a date."""
    if not text:
        return None
    raw = re.sub(r"\s+", " ", _clean(text))
    try:
        if match := _NUMERIC_DATE.match(raw):
            day, month, year = int(match[1]), int(match[2]), match[3]
            return date(two_digit_year(int(year)) if len(year) == 2 else int(year), month, day)
        if match := _ISO_DATE.match(raw):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _WORD_DATE.match(raw):
            return date(int(match[3]), MONTHS[match[2].casefold()], int(match[1]))
    except ValueError:  # 31.02.2022 and the like: looks like a date, is not one
        return None
    return None


def parse_month_year(text: str) -> tuple[int, int] | None:
    """ "mars 2015" -> (2015, 3)."""
    match = _MONTH_YEAR.match(re.sub(r"\s+", " ", _clean(text or "")))
    if not match:
        return None
    return int(match[2]), MONTHS[match[1].casefold()]


def parse_year(text: str, lo: int = 1900, hi: int = 2100) -> int | None:
    """A four-digit year in [lo, hi], also the misprinted "2 013"."""
    match = _YEAR.match(_clean(text or "").replace("\u00a0", " "))
    if not match:
        return None
    year = int(match[1].replace(" ", ""))
    return year if lo <= year <= hi else None


def parse_int_word(text: str) -> int | None:
    """Norwegian number words 0-20 and the tens to 100 in bokmål and nynorsk ("én", "ein", "tolv",
    "femti") or plain digits."""
    raw = _clean(text or "").casefold().strip(".,:;")
    value = ascii_int(raw)
    return value if value is not None else _NUMBER_WORDS.get(raw)
