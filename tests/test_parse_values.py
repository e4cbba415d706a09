"""Norwegian number, amount, percent, date and year parsing: explicit forms only."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import extractor
from extractor.parse import (
    CURRENCY_WORDS,
    SCALE_WORDS,
    parse_amount,
    parse_date,
    parse_int_word,
    parse_month_year,
    parse_number,
    parse_percent,
    parse_year,
)


@pytest.mark.parametrize("text, value", [
    ("16 917 863,-", 16917863), ("33,16", 33.16), ("1.000", 1000), ("1.000.000", 1_000_000),
    ("-1 234", -1234), ("(1 234)", -1234), ("\u22121 234", -1234), ("16\u00a0917\u2009863", 16917863),
    ("16\u202f917", 16917), ("1 234,50", 1234.5), ("0,-", 0), ("12", 12), ("2.5", 2.5), ("NOK 1 234", 1234),
    ("1 802, -", 1802), ("412 000,", 412000),  # OCR'd typewriting: the ",-" dash set apart or lost
    ("(102 020),-", -102020), ("(8 550),–", -8550),  # a deficit in brackets with the kroner dash after them
])
def test_parse_number_forms(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1 23", "12 3456", "1.000.00", "1,2,3", "kr", "64%", "1.000,5.0"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, value", [
    ("kr 2,5 mill.", 2_500_000), ("2,5 mill. kr", 2_500_000), ("NOK 1,2 mrd.", 1_200_000_000),
    ("16 917 863,-", 16917863), ("kr 500,-", 500), ("3 tusen", 3000), ("kroner 4 200", 4200),
    ("1,5 millionar", 1_500_000), ("2 milliardar", 2_000_000_000),
])
def test_parse_amount_scales(text, value):
    assert parse_amount(text) == pytest.approx(value)


def test_money_words_are_defined_once():
    """The spaCy MONEY patterns name only the currency and scale words of money.json, the list
    the parsers, the statements' cell units and the prose reader take theirs from."""
    listed = set()
    for line in Path(extractor.__file__).parent.joinpath("nlp/patterns/quantities.jsonl").read_text().splitlines():
        rule = json.loads(line)
        if rule["label"] == "MONEY":
            listed |= {w for tok in rule["pattern"] for w in tok.get("LOWER", {}).get("IN", [])}
    assert listed and listed - {"kr,-"} <= CURRENCY_WORDS | set(SCALE_WORDS)


@pytest.mark.parametrize("text, value", [
    ("64%", 64), ("3,3 %", 3.3), ("80 prosent", 80), ("91,45%", 91.45), ("7 pst.", 7), ("tre prosent", 3),
    ("-2 %", -2), ("100\u00a0%", 100), ("12 per cent", 12), ("8.5 percent", 8.5), ("ti prosentene", 10),
    ("femti prosentane", 50),
])
def test_parse_percent_forms(text, value):
    assert parse_percent(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["64", "prosent", "mange prosent", "%", "² %", "\u00b9\u2070 prosent"])
def test_parse_percent_rejects(text):
    assert parse_percent(text) is None


@pytest.mark.parametrize("text, value", [
    ("31.12.22", date(2022, 12, 31)), ("27.04.2021", date(2021, 4, 27)), ("13. mars 2015", date(2015, 3, 13)),
    ("1.1.99", date(1999, 1, 1)), ("01.01.69", date(2069, 1, 1)), ("01.01.70", date(1970, 1, 1)),
    ("31.12.2022.", date(2022, 12, 31)), ("2021-04-27", date(2021, 4, 27)), ("5. des. 2019", date(2019, 12, 5)),
])
def test_parse_date_forms(text, value):
    assert parse_date(text) == value


@pytest.mark.parametrize("text", ["mars 2015", "31.02.2022", "2022", "13.13.2013", "i går"])
def test_parse_date_rejects(text):
    assert parse_date(text) is None


def test_parse_month_year_gives_year_and_month():
    assert parse_month_year("mars 2015") == (2015, 3)
    assert parse_month_year("Desember 2022") == (2022, 12)
    assert parse_month_year("13. mars 2015") is None


@pytest.mark.parametrize("text, value", [("2013", 2013), ("2 013", 2013), ("2022.", 2022), ("1850", None), ("20133", None), ("år", None)])
def test_parse_year_range_and_misprints(text, value):
    assert parse_year(text) == value


def test_parse_year_bounds_are_arguments():
    assert parse_year("1850", lo=1800) == 1850


@pytest.mark.parametrize("text, value", [
    ("én", 1), ("ein", 1), ("Ett", 1), ("tre", 3), ("seks", 6), ("sju", 7), ("syv", 7), ("tolv", 12),
    ("tjue", 20), ("tjuge", 20), ("12", 12), ("hus", None), ("", None),
    ("²", None), ("\u2460", None),  # superscript two, circled one: str.isdigit() says yes, int() raised
])
def test_parse_int_word_bokmal_and_nynorsk(text, value):
    assert parse_int_word(text) == value
