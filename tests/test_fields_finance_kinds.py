"""Key figures: lines that are not kroner, figures for a year after the report's, footnoted budget
columns and a thousands comma (docs/phrasings.md §21). Figures are invented."""
import pytest

from extractor.fields.finance.columns import is_label, scope_of, stacked_rows, year_in
from extractor.fields.finance.header_band import band_lines
from extractor.fields.finance.units import decimal_points, decimals_lost, parse_amount, regrouped, unit_of
from extractor.fields.finance.vocabulary import is_not_money, vocabulary
from tests.fielddocs import heading, para, table
from tests.test_fields_finance import by_key, figures


@pytest.mark.parametrize(("label", "not_money"), [
    ("Egenkapitalandel (%)", True), ("Eigenkapitaldel", True), ("Likviditetsgrad 1", True),
    ("Totalrentabilitet", True), ("Driftsmargin", True), ("i % av driftsinntekter", True),
    ("Antall årsverk", True), ("Tal på tilsette", True), ("Sjukefråvær i prosent", True),
    ("Lønn per årsverk", False), ("Lån til ansatte", False), ("Gaver til ansatte", False),
    ("Resultatandel fra tilknyttet selskap", False), ("Medlemskontingent", False),
])
def test_finance_ratio_share_and_count_labels(label, not_money):
    assert is_not_money(label) is not_money


def test_finance_no_statement_line_of_the_vocabulary_is_taken_for_a_ratio():
    assert not [label for label in vocabulary().labels if is_not_money(label)]


def test_finance_ratios_and_counts_in_a_key_figure_table_are_no_key_figures():
    """The table's "tall i 1000 kr" scales the amounts, never a ratio or a head count beside them."""
    got = figures(heading("Nøkkeltall (tall i 1000 kr)"), table([
        ["", "2023", "2022"], ["Driftsinntekter", "12 480", "11 905"], ["Likviditetsgrad", "2,8", "2,5"],
        ["Egenkapitalandel (%)", "81,9", "83,9"], ["Antall ansatte", "14", "13"]]), report_year=2023)
    assert got == {("Driftsinntekter", 2023, "actual", "company"): 12480000,
                   ("Driftsinntekter", 2022, "actual", "company"): 11905000}


def test_finance_an_actual_for_the_year_after_the_report_is_doubted():
    keyed = by_key(heading("Nøkkeltall"), para("Beløp i hele kroner"), table([
        ["", "2023", "2024"], ["Driftsinntekter", "1 250 000", "1 320 000"]]), report_year=2023)
    assert "after_report_year" in keyed[("driftsinntekter", 2024, "company")].reasons
    assert "after_report_year" not in keyed[("driftsinntekter", 2023, "company")].reasons
    assert keyed[("driftsinntekter", 2024, "company")].confidence < keyed[("driftsinntekter", 2023, "company")].confidence


@pytest.mark.parametrize(("note", "budget"), [
    ("*) Budsjett", True), ("* Prognose for 2024", True), ("*) Foreløpige tall", False), ("**) Budsjett", False),
])
def test_finance_a_year_column_footnoted_as_a_budget_is_a_budget(note, budget):
    got = figures(heading("Nøkkeltall"), table([
        ["", "2023", "2024*"], ["Driftsinntekter", "1 250 000", "1 320 000"]]), para(note), report_year=2023)
    assert got[("Driftsinntekter", 2023, "actual", "company")] == 1250000
    assert (("Driftsinntekter", 2024, "actual", "company") in got) is not budget


@pytest.mark.parametrize(("text", "scale", "value"), [
    ("12,480", 1000, 12480), ("(1,210)", 1, -1210), ("kr. 3.250-", 1, -3250), ("12,480", 1e6, 12.48),
    ("0,125", 1, 0.125), ("12,48", 1000, 12.48), ("12,5", 1, 12.5),
])
def test_finance_a_comma_before_three_digits_groups_thousands_below_millions(text, scale, value):
    assert regrouped(text, parse_amount(text), scale, points=False).value == pytest.approx(value)


def test_finance_a_comma_groups_thousands_under_an_english_unit_in_millions():
    # "(NOKm)" heads an English table: "2,242" is 2 242 million, not 2,242 million as "mill. kr" would have it
    assert regrouped("2,242", parse_amount("2,242"), 1e6, points=False, english_unit=True).value == 2242
    assert regrouped("2,242", parse_amount("2,242"), 1e6, points=False).value == pytest.approx(2.242)
    assert regrouped("12,5", parse_amount("12,5"), 1e6, points=False, english_unit=True).value == 12.5
    assert unit_of(["(NOKm)"]) == (1e6, "NOKm")


@pytest.mark.parametrize(("texts", "points"), [
    (["1.250", "0.25"], True), (["1.250", "48.2"], True), (["0.155"], True),
    (["1.250", "260.000"], False), (["1.250.000", "12,5"], False),
])
def test_finance_a_table_of_decimal_points(texts, points):
    assert decimal_points(texts) is points
    assert regrouped("1.250", parse_amount("1.250"), 1e6, points).value == (1.25 if points else 1250)
    assert regrouped("260.000", parse_amount("260.000"), 1, points).value == 260000


@pytest.mark.parametrize(("header", "year"), [
    ("1.1.2023", 2022), ("01.01.23", 2022), ("1. januar 2023", 2022), ("Balanse 01.01.2023", 2022),
    ("31.12.2023", 2023), ("11.01.2023", 2023), ("01.01.2023-31.12.2023", 2023),
])
def test_finance_a_balance_at_new_year_is_the_year_before_closing(header, year):
    assert year_in(header)[0] == year


def test_finance_income_statement_and_balance_side_by_side_in_one_grid():
    got = figures(heading("Regnskap 2023"), table([
        ["Resultatregnskap", "2023", "2022", "Balanse", "31.12.2023", "31.12.2022"],
        ["Sum driftsinntekter", "1 250 000", "1 100 000", "Sum eiendeler", "800 000", "625 000"],
        ["Årsresultat", "260 000", "155 000", "Sum egenkapital", "560 000", "300 000"]]), report_year=2023)
    assert got[("Sum driftsinntekter", 2023, "actual", "company")] == 1250000
    assert got[("Årsresultat", 2022, "actual", "company")] == 155000
    assert got[("Sum eiendeler", 2023, "actual", "company")] == 800000
    assert got[("Sum egenkapital", 2022, "actual", "company")] == 300000


def test_finance_company_figures_left_of_the_labels_are_no_second_statement():
    got = figures(heading("Nøkkeltall"), table([
        ["2023", "2022", "", "2023", "2022"],
        ["1 250", "1 100", "Driftsinntekter", "24 310", "22 950"],
        ["260", "155", "Årsresultat", "540", "-180"]]), report_year=2023)
    assert got[("Driftsinntekter", 2022, "actual", "company")] == 1100


def test_finance_a_line_that_names_its_year_in_a_column_that_prints_none():
    keyed = by_key(heading("Nøkkeltall"), table([
        ["", "Beløp i kr"], ["Driftsinntekter 2023", "1 250 000"], ["Driftsinntekter 2022", "1 100 000"],
        ["Budsjett 2024", "1 320 000"]]), report_year=2023)
    assert keyed[("driftsinntekter", 2022, "company")].value == 1100000
    assert keyed[("driftsinntekter", 2022, "company")].label == "Driftsinntekter"
    assert "year_in_label" in keyed[("driftsinntekter", 2023, "company")].reasons
    assert keyed[(None, 2023, "company")].label == "Budsjett 2024"  # no line of the vocabulary: as printed


def test_finance_an_equity_note_with_dated_lines_under_year_columns_keeps_its_labels():
    got = figures(heading("Note 6 Egenkapital"), table([
        ["", "2023", "2022"], ["Egenkapital 1.1.2023", "300 000", "145 000"],
        ["Egenkapital 31.12.2023", "560 000", "300 000"]]), report_year=2023)
    assert got[("Egenkapital 31.12.2023", 2023, "actual", "company")] == 560000


def test_finance_years_as_rows_with_a_budget_row():
    keyed = by_key(heading("Nøkkeltall"), table([
        ["År", "Driftsinntekter", "Årsresultat"], ["2022", "1 100 000", "155 000"], ["2023", "1 250 000", "260 000"],
        ["Budsjett 2024", "1 320 000", "175 000"]]), report_year=2023)
    assert keyed[("driftsinntekter", 2023, "company")].value == 1250000
    assert not [k for k in keyed if k[1] == 2024]


def test_finance_a_loose_total_beside_the_exact_one_keeps_no_key():
    keyed = by_key(heading("Resultatregnskap"), table([
        ["", "2023"], ["Sum driftsinntekter", "1 250 000"], ["Renteinntekter", "10 000"],
        ["Sum inntekter", "1 260 000"]]), report_year=2023)
    assert keyed[("driftsinntekter", 2023, "company")].value == 1250000
    assert not any(r.startswith("conflicting_value") for r in keyed[("driftsinntekter", 2023, "company")].reasons)
    assert keyed[(None, 2023, "company")].label == "Sum inntekter"


def test_finance_a_loose_total_alone_or_agreeing_keeps_its_key():
    keyed = by_key(heading("Regnskap"), table([["", "2023"], ["Sum inntekter", "412 000"]]), report_year=2023)
    assert keyed[("driftsinntekter", 2023, "company")].value == 412000


@pytest.mark.parametrize(("title", "head", "read"), [
    ("Nøkkeltall", "I prosent av driftsinntektene", False), ("Kostnader i prosent av driftsinntektene", "", False),
    ("Nøkkeltall", "Nøkkeltall (%)", False), ("Nøkkeltall, endring i %", "", True),
    ("Kostnader i prosent av driftsinntektene", "Beløp i 1000 kr", True),
])
def test_finance_a_table_of_percentages_gives_no_key_figures(title, head, read):
    got = figures(heading(title), table([[head, "2023", "2022"], ["Lønnskostnader", "56,0", "59,1"],
                                         ["Driftsresultat", "20,0", "13,6"]]), report_year=2023)
    assert bool(got) is read


def test_finance_after_report_year_is_also_a_document_doubt_read_from_the_output():
    """So outputs of earlier rules carry it when the confidence model is fitted on them."""
    from extractor.calibrate import add_document_doubts
    report = {"report": {"year": {"value": 2023}}, "key_figures": [
        {"label": "Driftsinntekter", "year": 2024, "value": 1320000, "reasons": []},
        {"label": "Driftsinntekter", "year": 2023, "value": 1250000, "reasons": []}]}
    add_document_doubts(report)
    assert [f["reasons"] for f in report["key_figures"]] == [["after_report_year"], []]


def test_finance_segments_header_row_with_title_and_unit_in_its_label_cell():
    from extractor.fields.finance.statement_grid import segments

    rows = [["", "2023", "2022"], ["Sum driftsinntekter", "6 240", "5 980"], ["Årsresultat", "355", "238"],
            ["Balanse Beløp i 1 000 kr", "2023", "2022"], ["Sum eiendeler", "3 560", "3 290"],
            ["Sum egenkapital og gjeld", "3 560", "3 290"]]
    assert segments(rows, 0, False) == [(0, 3), (3, 6)]
    rows[3][0] = "Antall medlemmer"  # a line of counts is no header
    assert segments(rows, 0, False) == [(0, 6)]


@pytest.mark.parametrize(("text", "others", "lost"), [
    ("2 934,", ("188,2", "2 934,"), True), ("(1 152,)", ("12,6",), True),
    ("412 000,", ("412 000,", "38 100,"), False),  # whole kroner: nothing printed to lose
    ("2 934,5", ("188,2",), False), ("12 000,-", ("188,2",), False),
])
def test_finance_a_bare_comma_among_decimals_lost_its_decimals(text, others, lost):
    assert decimals_lost(text, others) is lost


def test_finance_figures_whose_decimals_were_lost_are_doubted():
    """"4 812," among "162,4": short of its value by up to a million, so sent to review; the
    intact figures beside it are not."""
    keyed = by_key(heading("Resultatregnskap"), para("Beløp i mill. kr"), table([
        ["", "2023", "2022"], ["Salgsinntekter", "4 650,", "4 522,"], ["Andre driftsinntekter", "162,4", "132,3"],
        ["Sum driftsinntekter", "4 812,", "4 655,"], ["Driftsresultat", "905,3", "852,1"]]), report_year=2023)
    assert "decimals_lost" in keyed[("driftsinntekter", 2023, "company")].reasons
    assert "decimals_lost" not in keyed[("driftsresultat", 2023, "company")].reasons


@pytest.mark.parametrize(("text", "scope"), [("Kon- sern", "group"), ("Mor- selskap", "company"),
                                             ("Drifts- og investeringsregnskap", None), ("Konsern", "group")])
def test_finance_scope_word_broken_at_a_hyphen(text, scope):
    assert scope_of(text) == scope


def test_finance_header_rows_stacked_mend_a_wrapped_corner_unit_and_scope():
    rows = [["(Beløp i", "Konserne", "", "Morselsk"], ["hele 1", "t", "", "apet"], ["000 kr)", "", "", ""]]
    stacked = stacked_rows(rows)
    assert ["(Beløp i hele 1 000 kr)", "Konserne t", "", "Morselsk apet"] in stacked
    assert unit_of([" ".join(r) for r in stacked])[0] == 1000


def test_finance_header_band_read_as_a_table_of_its_own_names_unit_and_scopes():
    """A narrow page's header words, read as a small table above the statement, with the corner
    unit's last piece between them: the statement is in thousands, the group's columns first."""
    band = table([["(Beløp i", "Konserne", "Morselsk"], ["hele 1", "t", "apet"]])
    keyed = by_key(heading("Resultatregnskap"), band, para("000 kr)"), table([
        ["Note", "2023", "2022", "2023", "2022"],
        ["Sum driftsinntekter", "3 812 440", "3 655 120", "1 204 377", "1 150 060"],
        ["Sum driftskostnader", "3 501 210", "3 392 800", "1 120 150", "1 071 930"],
        ["Driftsresultat", "311 230", "262 320", "84 227", "78 130"]]), report_year=2023)
    assert keyed[("driftsinntekter", 2022, "group")].value == 3655120000
    assert keyed[("driftsinntekter", 2022, "company")].value == 1150060000
    assert band_lines(table([["Regnskap", "Budsjett"], ["2023", "2024"]]), []) == ()  # no unit, no scope
    assert band_lines(band, [heading("Noter")]) == ()  # a title between: not this table's header


def test_finance_a_band_of_kinds_over_years_heads_the_statement_under_its_first_section_title():
    """A designer's header "Rekneskap / 2022 | Budsjett / 2022 | Rekneskap / 2021" read as a table of
    its own, the first section's title between it and the figures: the actual years' columns and
    the budget in the middle, not the first and last figure column taken as this year and last."""
    band = table([["", "Rekneskap", "Budsjett", "Rekneskap"], ["", "2022", "2022", "2021"]])
    assert band_lines(band, [heading("Driftsinntekter")])[0].split()[-2:] == ["Rekneskap", "2021"]
    got = figures(heading("Resultatrekneskap 2022"), band, heading("Driftsinntekter"), table([
        ["Tilskot frå NAV", "5 310 400", "5 200 000", "5 102 900"],
        ["Sal av tenester", "2 144 800", "2 000 000", "1 987 350"],
        ["Sum driftsinntekter", "7 455 200", "7 200 000", "7 090 250"]]), report_year=2022)
    assert got[("Sum driftsinntekter", 2022, "actual", "company")] == 7455200
    assert got[("Sum driftsinntekter", 2021, "actual", "company")] == 7090250
    assert band_lines(band, [heading("Noter")]) == ()  # another title between: not this table's header
    assert band_lines(table([["", "Rekneskap"], ["", "2022"]]), []) == ()  # one year: no band


def test_finance_a_band_with_a_figure_is_no_header():
    assert band_lines(table([["(Beløp i 1 000 kr)", "Konsernet"], ["Driftsinntekter", "1 250"]]), []) == ()


@pytest.mark.parametrize(("header", "kind"), [
    ("Revidert 2022", "budget"), ("Vedtatt 2023", "budget"), ("Økonomiplan 2024", "budget"), ("Oppr.budsjet", "budget"),
    ("Revidert regnskap 2022", "actual"), ("Regnskap 2022", "actual"),
])
def test_finance_a_plans_column_words_name_a_budget_unless_an_actual_word_stands_by(header, kind):
    from extractor.fields.finance.columns import kind_of
    assert kind_of(header) == kind


def test_finance_the_municipal_forms_bare_line_numbers_are_no_part_of_the_label():
    from extractor.fields.finance.vocabulary import key_of
    assert key_of("9 Sum driftsinntekter") == ("driftsinntekter", False)
    assert key_of("24 Netto driftsresultat") == ("netto_driftsresultat", False)


@pytest.mark.parametrize(("label", "clean"), [
    ("Sum inntekter =e 8 eee", "Sum inntekter"), ("Arbeidsinntekter se", "Arbeidsinntekter"),
    ("Materialer = eee", "Materialer"), ("Husleie, lys og varme", "Husleie, lys og varme"), ("Sum", "Sum"),
    ("• vennen kr 401 230,75", "kr 401 230,75"), ("kr 8", "kr 8"),
])
def test_finance_an_ocr_read_dot_leader_is_cut_from_a_typed_cell(label, clean):
    from extractor.fields.finance.statement_grid import without_leader
    assert without_leader(label) == clean


def test_finance_typed_oere_the_ocr_set_apart_are_repaired_only_in_ocr_text():
    assert parse_amount("571 308, 20", ocr=True).value == 571308.20
    assert parse_amount("571 308, 20") is None


def test_finance_a_typed_statements_kr_columns_are_units_not_a_second_statement():
    got = by_key(heading("Regnskap"), table([
        ["", "", "1968", "", "1967"],
        ["Sum inntekter", "kr", "585 520,50", "kr", "540 110,00"],
        ["Sum utgifter", "kr", "571 308,20", "kr", "536 902,60"],
        ["Overskudd", "kr", "14 212,30", "kr", "3 207,40"]]))
    assert got[("driftsinntekter", 1967, "company")].value == 540110.00
    assert got[("arsresultat", 1968, "company")].value == 14212.30


def test_finance_a_headerless_kr_column_beside_the_only_figures_leaves_them_the_statements_year():
    got = by_key(heading("Driftsregnskap for 1968"), table([
        ["Sum inntekter", "kr", "585 520,50"], ["Sum utgifter", "kr", "571 308,20"], ["Overskudd", "kr", "14 212,30"]]),
        report_year=1968)
    assert got[("driftsinntekter", 1968, "company")].value == 585520.50
    assert "year_from_context" in got[("driftsinntekter", 1968, "company")].reasons


@pytest.mark.parametrize(("text", "label"), [
    ("Sum driftsinntekter", True), ("3920 Sum driftsinntekter", True), ("Lønn til 12 ansatte i 2023", True),
    ("Kvinner 0 100 65 0 1 Menn 0 93 18 1 18", False),  # a table's rows run together into one cell
    ("12", False),
])
def test_a_label_is_words_not_a_row_of_cells_run_together(text, label):
    assert is_label(text) is label


def test_finance_a_municipal_result_beside_no_income_line_is_a_doubt():
    """ "Netto driftsresultat - 2 905" in a table of the result and its disposition: the form prints a
    surplus negative where its income is negative, and this table prints no income (§60)."""
    disposition = [["", "Regnskap 2023", "Regnskap 2022"], ["Netto driftsresultat", "- 2 905", "- 1 830"],
                   ["Overføring til investering", "1 200", "900"], ["Avsetning til disposisjonsfond", "1 300", "1 000"],
                   ["Netto avsetning til bundne driftsfond", "405", "- 70"]]
    keyed = by_key(heading("Netto driftsresultat og disponering"), para("Beløp i 1000 kr"), table(disposition),
                   report_year=2023)
    assert "sign_unsettled" in keyed[("netto_driftsresultat", 2023, "company")].reasons
    full = [disposition[0], ["Sum driftsinntekter", "- 50 140", "- 46 290"], ["Sum driftsutgifter", "46 815", "44 020"],
            *disposition[1:]]
    keyed = by_key(heading("Økonomisk oversikt drift"), para("Beløp i 1000 kr"), table(full), report_year=2023)
    settled = keyed[("netto_driftsresultat", 2023, "company")]
    assert "sign_unsettled" not in settled.reasons and settled.value == 2905000


@pytest.mark.parametrize(("title", "section"), [("Inntekter", True), ("UTGIFTER", True), ("Eigedelar", True),
                                                 ("Sum driftsinntekter", True), ("Styrets beretning", False)])
def test_finance_a_statement_section_title_read_as_a_heading(title, section):
    from extractor.fields.finance.statement_context import is_section_title

    assert is_section_title(title) is section


@pytest.mark.parametrize(("text", "header"), [
    ("Note 2019 2018 Eiendeler", True), ("2022 2021", True), ("Regnskap Budsjett", True),
    ("Note 2019 2018 Anleggsmidler", True), ("Styret 2019 2018", False), ("Sum 2019 2018", False),
    ("2019 2018 12 400", False), ("Anleggsmidler", False)])
def test_finance_a_header_line_of_years_and_a_section_title(text, header):
    """h34-fixC: the years' line a PDF left at a page's foot, the first section title run into it."""
    from extractor.fields.finance.statement_context import is_header_line

    assert is_header_line(text) is header


def test_finance_a_headerless_balance_under_its_years_line_and_a_section_title():
    """h34-fixC: "Note 2022 2021" above "Anleggsmidler" and the balance's lines without a header row,
    after a result statement with budget columns whose columns it cannot borrow."""
    result = [["", "Note", "Regnskap 2022", "Regnskap 2021", "Budsjett 2022", "Budsjett 2023"],
              ["Sum driftsinntekter", "", "3 912 000", "3 780 400", "3 900 000", "4 050 000"],
              ["Sum driftskostnader", "", "2 871 300", "2 799 800", "2 880 000", "2 950 000"],
              ["Årsresultat", "", "1 040 700", "980 600", "1 020 000", "1 100 000"]]
    balance = [["Bygninger", "4", "41 200 000", "41 650 000"], ["Sum anleggsmidler", "", "41 200 000", "41 650 000"],
               ["Bankinnskudd", "", "388 600", "902 300"], ["Sum eiendeler", "", "41 588 600", "42 552 300"],
               ["Sum egenkapital", "", "-440 300", "-521 700"], ["Sum gjeld", "", "42 028 900", "43 074 000"],
               ["Sum egenkapital og gjeld", "", "41 588 600", "42 552 300"]]
    keyed = by_key(heading("Resultatregnskap"), table(result), para("Alle beløp i hele kroner."),
                   heading("Balanse pr. 31.12."), para("Note 2022 2021 Eiendeler"), para("Anleggsmidler"),
                   table(balance), report_year=2022)
    assert keyed[("sum_eiendeler", 2022, "company")].value == 41588600
    assert keyed[("sum_egenkapital_og_gjeld", 2021, "company")].value == 42552300
