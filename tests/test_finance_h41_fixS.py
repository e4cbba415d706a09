"""Statements and key figures from stop 41's measuring sets (h41-fixS; docs/phrasings.md §138).
Sentences, labels and figures are invented."""
import pytest

from extractor.fields.context import Analysis
from extractor.fields.finance import extract_key_figures
from extractor.parse import parse_amount, scaled
from tests.fielddocs import document, heading, para, table


def figures(*items, report_year=2023):
    analysis = Analysis(document(*items))
    analysis.report_year = report_year
    return {(k.key, k.year): k for k in extract_key_figures(analysis)}


# --- 3. an amount in millions is the amount written, to the krone -------------------------------

@pytest.mark.parametrize(("value", "scale", "expected"), [
    (4.1, 1e6, "4100000.0"), (1.15, 1e6, "1150000.0"), (0.7, 1e6, "700000.0"), (12.345, 1000, "12345.0"),
    (2.3, 1e9, "2300000000.0"), (1234.5, 1, "1234.5"), (-3.3, 1e6, "-3300000.0"),
])
def test_scaled_is_decimal_exact(value, scale, expected):
    assert repr(scaled(value, scale)) == expected


def test_parse_amount_in_millions_is_exact():
    assert repr(parse_amount("kr 4,1 mill.")) == "4100000.0"


@pytest.mark.parametrize("text", [
    "Eigenkapitalen var ved årsskiftet 8,7 millionar kroner.",
    "Eigenkapitalen var ved årsskiftet 8,7 mill. kr.",
    "Eigenkapitalen var ved årsskiftet MNOK 8,7.",
    "Eigenkapitalen var ved årsskiftet 8,7 mill. kroner.",
])
def test_prose_figure_in_millions_is_exact(text):
    got = figures(para(text))[("sum_egenkapital", 2023)]
    assert repr(got.value) == "8700000.0"


def test_statement_in_thousands_and_millions_is_exact():
    rows = [["Tall i 1000 kr", "2023", "2022"], ["Sum driftsinntekter", "4 100,1", "3 900,7"],
            ["Sum driftskostnader", "3 900,3", "3 700,3"], ["Årsresultat", "199,8", "200,4"]]
    got = figures(heading("Resultatregnskap"), table(rows))
    assert [repr(got[(k, 2023)].value) for k in ("driftsinntekter", "driftskostnader", "arsresultat")] == \
        ["4100100.0", "3900300.0", "199800.0"]


@pytest.mark.parametrize(("text", "label"), [
    ("Eigenkapitalen var ved årsskiftet 4,1 millionar kroner.", "Eigenkapital"),
    ("Egenkapitalen utgjorde kr 612 400 ved utgangen av året.", "Egenkapital"),
    ("Driftsinntektene enda på 2,3 mill. kr i 2023.", "Driftsinntekter"),
    ("Dei samla driftsinntektene var 1,9 millionar kroner.", "Samla driftsinntekter"),
    ("Sum eigenkapital var kr 908 300.", "Sum eigenkapital"),
    ("Årsresultatet ble kr 45 200.", "Årsresultat"),  # not a total: the key's own label
])
def test_prose_figure_is_labelled_with_the_noun_the_text_uses(text, label):
    (got,) = figures(para(text)).values()
    assert got.label == label
