"""Forms read on real wording (docs/phrasings.md §72): columns dated within the year, a bank's
summary that states no unit, the municipal form's interest lines, a prior figure in parentheses."""
import pytest

from extractor.calibrate import REVIEW_DOUBTS, review_threshold
from extractor.fields.finance.columns import year_in
from extractor.fields.finance.prose import read_sentence
from extractor.fields.finance.prose_words import sentences, tokenize
from tests.fielddocs import heading, para, table
from tests.test_fields_finance import by_key


@pytest.mark.parametrize(("header", "year", "source"), [
    ("30.06.2024", 2024, "date_in_year"), ("30.06.24", 2024, "date_in_year"), ("30. september 2024", 2024, "date_in_year"),
    ("31.12.2024", 2024, "date"), ("31.12.24", 2024, "date"), ("31. desember 2024", 2024, "date"),
    ("1.1.2024", 2023, "date"), ("01.07.2023-30.06.2024", 2024, "date"),
])
def test_finance_a_date_within_the_year_is_told_from_the_year_end(header, year, source):
    assert year_in(header) == (year, source)


def summary(first, second):
    return table([["Hovudtal", first, "i % av snittleg forv.kap.", second, "i % av snittleg forv.kap."],
                  ["Netto renteinntekter", "84 120", "2,11 %", "80 450", "2,14 %"],
                  ["Netto andre driftsinntekter", "9 310", "0,23 %", "8 770", "0,23 %"],
                  ["Sum driftsinntekter", "93 430", "2,34 %", "89 220", "2,37 %"],
                  ["Sum driftskostnader", "41 260", "1,03 %", "38 905", "1,03 %"]])


def test_finance_columns_dated_within_the_year_are_a_doubt():
    """A half-year's summary ("30.06.2024") passes every sum: the date is all that tells it from the year's."""
    keyed = by_key(heading("Hovudtal"), para("Tal i tusen kroner"), summary("30.06.2024", "30.06.2023"), report_year=2024)
    figure = keyed[("driftsinntekter", 2024, "company")]
    assert figure.value == 93430e3 and "date_in_year" in figure.reasons and "date_in_year" in REVIEW_DOUBTS
    assert figure.confidence < review_threshold()


def test_finance_columns_dated_at_the_year_end_are_the_years():
    def read(first, second):
        keyed = by_key(heading("Hovudtal"), para("Tal i tusen kroner"), summary(first, second), report_year=2024)
        return keyed[("driftsinntekter", 2024, "company")]
    year_end, half_year = read("31.12.2024", "31.12.2023"), read("30.06.2024", "30.06.2023")
    assert year_end.value == 93430e3 and "date_in_year" not in year_end.reasons
    assert year_end.confidence > half_year.confidence + 0.2


def test_finance_a_banks_summary_that_states_no_unit_is_a_unit_guess():
    """A bank prints thousands (and a note now and then in kroner): no unit, no guess that passes for sure."""
    keyed = by_key(heading("Hovudtal"), summary("31.12.2024", "31.12.2023"), report_year=2024)
    figure = keyed[("driftsinntekter", 2024, "company")]
    assert figure.value == 93430 and "unit_guessed" in figure.reasons and figure.confidence < review_threshold()


MUNICIPAL = [["", "Regnskap 2024", "Regnskap 2023"], ["Rammetilskot", "150 400", "146 300"],
             ["Sum driftsinntekter", "412 600", "398 200"], ["Sum driftsutgifter", "391 850", "380 940"],
             ["Brutto driftsresultat", "20 750", "17 260"], ["Renteinntekter", "1 840", "1 520"],
             ["Utbytte", "210", "180"], ["Renteutgifter", "6 410", "5 990"], ["Avdrag på lån", "9 980", "9 640"],
             ["Netto finansutgifter", "- 14 340", "- 13 930"], ["Motpost avskrivingar", "12 300", "11 870"],
             ["Netto driftsresultat", "18 710", "15 200"]]


def test_finance_the_municipal_forms_interest_lines_are_parts_of_the_finance_items():
    keyed = by_key(heading("Økonomisk oversikt drift"), para("Alle tal i heile 1 000 kr"), table(MUNICIPAL),
                   report_year=2024)
    assert ("finansinntekter", 2024, "company") not in keyed and ("finanskostnader", 2024, "company") not in keyed
    assert keyed[("netto_driftsresultat", 2024, "company")].value == 18710e3


def test_finance_a_small_statements_interest_income_is_its_finance_income():
    keyed = by_key(heading("Resultatregnskap"), para("Beløp i hele kroner"), table([
        ["", "2024", "2023"], ["Sum driftsinntekter", "277 400", "266 900"], ["Sum driftskostnader", "251 300", "248 100"],
        ["Driftsresultat", "26 100", "18 800"], ["Renteinntekter", "3 420", "1 870"], ["Årsresultat", "29 520", "20 670"]]),
        report_year=2024)
    assert keyed[("finansinntekter", 2024, "company")].value == 3420


@pytest.mark.parametrize(("text", "key", "value"), [
    ("I 2024 oppnådde banken et resultat før skatt på 12,4 (10,9) millioner kroner.", "resultat_for_skatt", 12.4e6),
    ("Driftsinntektene enda på 8 412 (7 960) tusen kroner i 2024.", "driftsinntekter", 8412e3),
])
def test_finance_prose_reads_the_figure_before_a_prior_one_in_parentheses(text, key, value):
    read = [st for sentence in sentences(tokenize(text)) for st in read_sentence(sentence, 2024)]
    assert [(st.key, st.year, st.value) for st in read] == [(key, 2024, value)]


NOTE = [["Finansinntekter", "2024", "2023"], ["Aksjeutbytte", "4 120", "2 880"], ["Renteinntekter", "48 310", "70 450"],
        ["Andre finansinntekter", "301 200", "69 870"], ["Sum finansinntekter", "353 630", "143 200"],
        ["Finanskostnader", "2024", "2023"], ["Rentekostnader", "72 940", "110 300"],
        ["Andre finanskostnader", "401 760", "215 640"], ["Sum finanskostnader", "474 700", "325 940"]]


def test_finance_a_notes_part_lines_yield_to_its_sum_and_a_repeated_year_header_is_no_line():
    """"Renteinntekter" is the finance income only where no "Sum finansinntekter" stands beside it;
    the second block's "Finanskostnader | 2024 | 2023" repeats the header, it is no line of 2 024 kroner."""
    keyed = by_key(heading("Note 12 Finansinntekter og finanskostnader"), para("(Alle beløp i 1000 kroner)"),
                   table(NOTE), report_year=2024)
    income, costs = keyed[("finansinntekter", 2024, "company")], keyed[("finanskostnader", 2023, "company")]
    assert (income.value, costs.value) == (353630e3, 325940e3)
    assert not any(r.startswith("conflicting_value") for r in [*income.reasons, *costs.reasons])


ROUNDED = [["", "2024", "2023", "2022"], ["Driftsinntekter", "5.586.000", "4.346.000", "2.459.000"],
           ["Driftskostnader", "-3.954.000", "-4.335.000", "-1.728.000"],
           ["Driftsresultat", "1.632.000", "12.000", "731.000"],
           ["Årsresultat", "1.083.000", "-674.000", "-6.000"]]


def test_finance_kroner_rounded_to_thousands_have_that_slack_in_the_arithmetic():
    """4 346 000 - 4 335 000 is 11 000 where the register prints 12 000: each figure was rounded."""
    keyed = by_key(heading("Nøkkeltall"), table(ROUNDED), report_year=2024)
    assert "relation_checked:driftsresultat" in keyed[("driftsresultat", 2023, "company")].reasons
    exact = by_key(heading("Nøkkeltall"), table([["", "2023"], ["Driftsinntekter", "4 346 120"],
                                                 ["Driftskostnader", "-4 335 000"], ["Driftsresultat", "12 000"]]),
                   report_year=2023)
    assert "relation_failed:driftsresultat" in exact[("driftsresultat", 2023, "company")].reasons


def test_finance_a_municipal_foretaks_lone_interest_income_is_its_finance_income():
    """A kommunalt foretak in the municipal form prints "Renteinntekter" over "Netto finansposter"
    with no dividend or gain beside it: the line is its finance income."""
    keyed = by_key(heading("Økonomisk oversikt drift"), para("Beløp i hele kroner"), table([
        ["", "Regnskap 2019", "Regnskap 2018"], ["Sum driftsinntekter", "8 887 425", "8 334 515"],
        ["Sum driftsutgifter", "8 645 467", "8 182 540"], ["Brutto driftsresultat", "241 958", "151 975"],
        ["Renteinntekter", "21 406", "14 872"], ["Renteutgifter", "-168 900", "-176 300"],
        ["Netto finansposter", "-147 494", "-161 428"], ["Netto driftsresultat", "94 464", "-9 453"]]), report_year=2019)
    assert keyed[("finansinntekter", 2019, "company")].value == 21406
