"""How far a stated unit reaches (``extractor.fields.finance.unit_reach``)."""
import pytest

from extractor.fields.finance.unit_reach import prints_kroner
from tests.fielddocs import heading, para, table
from tests.test_fields_finance import by_key

INCOME_KR = [["", "2019"], ["Sum driftsinntekter", "31 604 118"], ["Sum driftskostnader", "30 912 402"],
             ["Driftsresultat", "691 716"], ["Årsresultat", "640 112"]]
BALANCE_KR = [["", "2019"], ["Sum eiendeler", "18 220 540"], ["Sum egenkapital", "9 870 200"],
              ["Sum gjeld", "8 350 340"]]


@pytest.mark.parametrize(("texts", "kroner"), [
    (["12 000,-", "4 500,-", "16 500,-"], True),  # whole kroner
    (["1 212 480,50", "87 002,25"], True),  # kroner and øre
    (["12 000", "4 500", "16 500"], False),  # no mark: any unit
    (["188,2", "12,60", "200,8"], False),  # decimals of a table in millions
    (["12 000,-", "4 500", "16 500"], False),  # one mark alone
])
def test_unit_reach_prints_kroner(texts, kroner):
    assert prints_kroner(texts) is kroner


def _budget(rows):
    return (heading("Regnskap mot budsjett"), table([["Tall i 1000 kr", "Regnskap 2019", "Budsjett 2019"], *rows]))


def test_unit_reach_a_budget_summary_in_thousands_lends_no_unit_to_statements_in_kroner():
    got = by_key(*_budget([["Sum driftsinntekter", "31 604", "30 900"], ["Driftsresultat", "692", "400"]]),
                 heading("Resultatregnskap"), table(INCOME_KR), heading("Balanse"), table(BALANCE_KR))
    income, assets = got[("driftsinntekter", 2019, "company")], got[("sum_eiendeler", 2019, "company")]
    assert (income.value, assets.value) == (31604118, 18220540)
    # the summary's 31 604 (thousands) vouches for the statement's kroner, and the balance after it
    assert "unit_guessed" not in income.reasons and "unit_guessed" not in assets.reasons


def test_unit_reach_statements_in_kroner_no_printing_confirms_are_a_guess():
    got = by_key(*_budget([["Lønnskostnader", "21 008", "21 500"], ["Andre driftskostnader", "3 310", "3 000"]]),
                 heading("Resultatregnskap"), table(INCOME_KR), heading("Balanse"), table(BALANCE_KR))
    assert got[("sum_eiendeler", 2019, "company")].value == 18220540
    assert "unit_guessed" in got[("sum_eiendeler", 2019, "company")].reasons


def test_unit_reach_statements_with_kroner_marks_take_no_unit_of_a_table_their_size():
    kroner = [["", "2019"], ["Sum eiendeler", "54 800,-"], ["Sum egenkapital", "31 200,-"], ["Sum gjeld", "23 600,-"]]
    got = by_key(heading("Resultatregnskap"), para("Alle tall i hele tusen kroner"),
                 table([["", "2019"], ["Sum driftsinntekter", "98 400"], ["Årsresultat", "2 100"]]),
                 heading("Balanse"), table(kroner))
    assert got[("sum_eiendeler", 2019, "company")].value == 54800


def test_unit_reach_statements_of_one_size_share_the_unit_stated_once():
    got = by_key(heading("Resultatregnskap"), para("Alle tall i hele tusen kroner"),
                 table([["", "2019"], ["Sum driftsinntekter", "98 400"], ["Årsresultat", "2 100"]]),
                 heading("Balanse"), table([["", "2019"], ["Sum eiendeler", "1 254 800"], ["Sum egenkapital", "431 200"],
                                            ["Sum gjeld", "823 600"]]))
    assert got[("sum_eiendeler", 2019, "company")].value == 1254800000  # 13 times the income: one unit


def test_unit_reach_a_zero_printed_in_both_vouches_for_no_unit():
    """Key figures in thousands, statements in thousands with no unit word: a zero line agrees in any unit."""
    got = by_key(heading("Nøkkeltall (i 1000 kr)"), table([["", "2019"], ["Sum driftsinntekter", "31 604"],
                                                            ["Finansinntekter", "0"]]),
                 heading("Resultatregnskap"), table([["", "2019"], ["Sum driftsinntekter", "31 604"],
                                                     ["Sum driftskostnader", "30 912"], ["Driftsresultat", "692"],
                                                     ["Finansinntekter", "0"], ["Årsresultat", "692"]]))
    assert "unit_guessed" in got[("driftsresultat", 2019, "company")].reasons
