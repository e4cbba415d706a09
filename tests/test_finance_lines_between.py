"""Statements and prose read on real wording (docs/phrasings.md §84): a relation that holds with
the lines printed between its terms, and results in prose read as levels (invented figures)."""
import pytest

from extractor.calibrate import review_threshold
from extractor.fields.finance.arithmetic import Term, with_between
from extractor.fields.finance.prose import read_sentence
from extractor.fields.finance.prose_words import sentences, tokenize
from extractor.fields.finance.vocabulary import Relation
from tests.fielddocs import heading, para, table
from tests.test_fields_finance import by_key

ROWS = [["Resultatregnskap", "Note", "2024", "2023"],
        ["Sum driftsinntekter", "", "71 150", "67 200"],
        ["Gevinst ved salg av driftsmidler", "5", "1 260", "410"],
        ["Sum inntekter", "", "72 410", "67 610"],
        ["Varekostnad", "", "-29 410", "-27 980"],
        ["Lønnskostnad", "3", "-31 920", "-30 470"],
        ["Sum driftskostnader", "", "-61 330", "-58 450"],
        ["Driftsresultat", "", "11 080", "9 160"],
        ["Resultatandel fra tilknyttet selskap", "7", "2 140", "1 780"],
        ["Finansinntekt", "8", "860", "720"],
        ["Finanskostnad", "8", "-1 930", "-2 040"],
        ["Sum finansposter", "", "-1 070", "-1 320"],
        ["Resultat før skattekostnad", "", "12 150", "9 620"]]


def keyed(rows):
    return by_key(heading("Resultatregnskap"), para("Alle beløp i 1 000 kr"), table(rows), report_year=2024)


def test_finance_a_relation_holds_with_the_lines_printed_between_its_terms():
    """A gain under "Sum driftsinntekter" and an associate's share above the finance lines: no term
    counts them, and together with them each relation holds."""
    got = keyed(ROWS)
    for key in ("driftsinntekter", "driftskostnader", "driftsresultat", "finansresultat", "resultat_for_skatt"):
        figure = got[(key, 2024, "company")]
        assert not any(r.startswith("relation_failed") for r in figure.reasons), key
        assert figure.confidence >= review_threshold(), key
    assert got[("driftsinntekter", 2024, "company")].value == 71150e3  # not "Sum inntekter"
    assert "relation_checked:resultat_for_skatt" in got[("driftsresultat", 2023, "company")].reasons


def test_finance_lines_between_that_do_not_make_up_the_difference_leave_the_relation_failed():
    rows = [row if row[0] != "Driftsresultat" else ["Driftsresultat", "", "12 080", "9 160"] for row in ROWS]
    figure = keyed(rows)[("driftsresultat", 2024, "company")]
    assert "relation_failed:driftsresultat" in figure.reasons and figure.confidence < review_threshold()


@pytest.mark.parametrize(("between", "holds"), [(2_140, True), (-2_140, True), (2_150, False), (None, False)])
def test_finance_with_between_adds_or_takes_away_the_lines(between, holds):
    relation = Relation("resultat_for_skatt", ("driftsresultat", "finansresultat"))
    values = {"resultat_for_skatt": Term(12_150, 0.5), "driftsresultat": Term(11_080, 0.5),
              "finansresultat": Term(-1_070, 0.5)}
    terms = [] if between is None else [Term(between, 0.5)]
    assert with_between(relation, terms, values) is holds


def stated(text, report_year=2024):
    return [(s.key, s.year, s.value, s.loose) for sentence in sentences(tokenize(text))
            for s in read_sentence(sentence, report_year)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Driftsinntektene økte med 6 prosent til MNOK 412,7 sammenlignet med 2023.",
     [("driftsinntekter", 2024, 412_700_000, False)]),
    ("Driftsinntektene auka med 4 % til kr 8 412 300.", [("driftsinntekter", 2024, 8_412_300, False)]),
    ("Resultat før skatt økte samtidig med 38 % til 54 mill. kroner.", [("resultat_for_skatt", 2024, 54e6, False)]),
    ("Resultatet ble på minus 12,6 millioner kroner før skatt og minus 9,8 millioner kroner etter skatt.",
     [("resultat_for_skatt", 2024, -12.6e6, True), ("arsresultat", 2024, -9.8e6, True)]),
    ("Overskotet vart 2 415 300 kroner før skatt.", [("resultat_for_skatt", 2024, 2_415_300, True)]),
    ("Årsresultatet ble 3,1 millioner kroner etter skatt.", [("arsresultat", 2024, 3.1e6, False)]),
])
def test_prose_reads_a_level_after_a_change_or_with_its_qualifier(text, expected):
    assert stated(text) == expected


@pytest.mark.parametrize("text", [
    "Driftsresultatet ble 4,2 millioner kroner før avskrivninger.",  # another measure
    "Årsresultatet ble 3,1 millioner kroner før skatt.",  # a qualifier against the term
    "Driftsinntektene økte med MNOK 27,4 sammenlignet med 2023.",  # the change, no level
])
def test_prose_leaves_an_amount_with_another_qualifier_unread(text):
    assert stated(text) == []


EBITDA = [["Tall i 1.000 NOK", "2024", "2023"], ["Sum driftsinntekter", "248 310", "236 940"],
          ["Varekostnad", "61 220", "58 410"], ["Lønnskostnad", "121 480", "117 300"],
          ["Annen driftskostnad", "39 650", "37 820"], ["Sum driftskostnader", "222 350", "213 530"],
          ["Driftsresultat (EBITDA)", "25 960", "23 410"], ["Avskrivninger", "14 870", "13 950"],
          ["Driftsresultat (EBIT)", "11 090", "9 460"]]


def test_finance_a_part_printed_under_its_total_is_no_part_of_it():
    """Depreciation under "Driftsresultat (EBITDA)": "Sum driftskostnader" does not count it."""
    got = by_key(heading("Resultatregnskap"), table(EBITDA), report_year=2024)
    costs, result = got[("driftskostnader", 2024, "company")], got[("driftsresultat", 2024, "company")]
    assert "relation_checked:driftskostnader" in costs.reasons and costs.confidence >= review_threshold()
    assert result.value == 11090e3 and "relation_checked:driftsresultat" in result.reasons


def test_finance_a_line_no_key_names_inside_the_costs_sum_makes_up_its_parts():
    rows = [["(Alle beløp er i 1000 kroner)", "2024", "2023"], ["Sum driftsinntekter", "56 350", "53 840"],
            ["Varekostnader", "(21 430)", "(20 610)"], ["Lønnskostnader", "(24 870)", "(23 940)"],
            ["Andre driftskostnader", "(5 220)", "(4 980)"], ["Av- og nedskrivninger", "(1 910)", "(1 850)"],
            ["Inntekt på investering i tilknyttede selskaper", "310", "(120)"],
            ["Sum driftskostnader", "(53 120)", "(51 500)"], ["Driftsresultat", "3 230", "2 340"]]
    got = by_key(heading("Resultatregnskap"), table(rows), report_year=2024)
    for year in (2024, 2023):
        costs = got[("driftskostnader", year, "company")]
        assert "relation_failed:driftskostnader" not in costs.reasons and costs.confidence >= review_threshold()
    rows[6] = ["Inntekt på investering i tilknyttede selskaper", "310", "(220)"]  # the sum no longer adds up
    costs = by_key(heading("Resultatregnskap"), table(rows), report_year=2024)[("driftskostnader", 2023, "company")]
    assert costs.confidence < review_threshold()
