"""Forms read on real wording (docs/phrasings.md §78): a table's unit glued in its corner cell
("(MILL.KR.)") or written as "Mill kroner" / "NOK 1 000 000", and a prose result whose term is
followed by a parenthesis restating it ("driftsresultat (før finansposter) var på ...")."""
import pytest

from extractor.fields.finance.prose import read_sentence
from extractor.fields.finance.prose_words import sentences, tokenize
from extractor.fields.finance.units import unit_of
from tests.fielddocs import heading, table
from tests.test_fields_finance import by_key


@pytest.mark.parametrize(("text", "scale"), [
    ("(MILL.KR.)", 1e6), ("Mill.kr", 1e6), ("Mill kroner", 1e6), ("(Mill. NOK)", 1e6), ("Beløp i mill.nok", 1e6),
    ("NOK 1.000.000", 1e6), ("(NOK 1 000 000)", 1e6), ("T.NOK", 1e3),
    ("NOK 1 000", 1e3), ("(i 1.000 kroner)", 1e3), ("Beløp i hele kroner", 1.0),
])
def test_finance_units_glued_or_written_out_give_their_scale(text, scale):
    assert unit_of([text])[0] == scale


def test_finance_units_an_amount_in_millions_is_no_tables_unit():
    """"2 mill kroner" in a short line is an amount: it must not scale a table."""
    assert unit_of(["Tilskudd 2 mill kroner"])[0] == 1.0


KEY_FIGURES = [["(MILL.KR.)", "2024", "2023"], ["Driftsinntekter", "7.412", "6.025"], ["Driftsresultat", "181", "323"],
               ["Finansresultat", "(12)", "19"], ["Resultat før skattekostnad", "169", "342"], ["Årsresultat", "131", "264"]]


def test_finance_a_corner_cells_glued_unit_scales_the_table():
    """Main read "(MILL.KR.)" as no unit: 181 kroner for 181 million, its relations passing, sure."""
    keyed = by_key(heading("Hovedtall"), table(KEY_FIGURES), report_year=2024)
    assert keyed[("driftsresultat", 2024, "company")].value == 181e6
    assert keyed[("driftsinntekter", 2024, "company")].value == 7412e6
    assert keyed[("driftsresultat", 2024, "company")].unit == "MILL.KR"


def read(text, year=2001):
    return [(s.key, s.year, s.value) for sentence in sentences(tokenize(text)) for s in read_sentence(sentence, year)]


@pytest.mark.parametrize(("text", "want"), [
    ("Selskapets driftsresultat (før finansposter) var på 499,2 millioner kroner.", [("driftsresultat", 2001, 499.2e6)]),
    ("Driftsresultatet (EBIT) ble 3,4 mill. kr.", [("driftsresultat", 2001, 3.4e6)]),
    ("Årsresultatet (etter skatt) ble et overskudd på kr 234 567.", [("arsresultat", 2001, 234567)]),
    # a parenthesis that names another measure, or another key's qualifier: unread
    ("Driftsresultatet (EBITDA) var på 12,1 millioner kroner.", []),
    ("Driftsresultatet (før avskrivninger) var 5 mill. kr.", []),
    ("Driftsresultatet (etter skatt) var 5 mill. kr.", []),
])
def test_finance_prose_a_parenthesis_restating_the_term_is_stepped_over(text, want):
    assert read(text) == want
