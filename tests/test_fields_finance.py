"""Key figures from statements: columns, units, number forms, merging and arithmetic."""
from dataclasses import replace

import pytest

from extractor.document import Cell, Provenance
from extractor.fields.context import Analysis
from extractor.fields.finance import extract_key_figures
from extractor.fields.finance.units import parse_amount, unit_of
from extractor.fields.finance.vocabulary import fold_label, is_not_money, key_of, keyless_title
from tests.fielddocs import document, heading, para, table


def run(*items, report_year=None):
    analysis = Analysis(document(*items))
    analysis.report_year = report_year
    return extract_key_figures(analysis)


def figures(*items, report_year=None):
    return {(k.label, k.year, k.basis.value, k.scope.value): k.value for k in run(*items, report_year=report_year)}


def by_key(*items, report_year=None):
    return {(k.key, k.year, k.scope.value): k for k in run(*items, report_year=report_year)}


def test_finance_two_year_columns_with_note_column():
    got = figures(heading("Resultatregnskap"), table([
        ["", "Note", "2014", "2013"],
        ["Driftsinntekter", "1", "16 917 863", "15 002 100"],
        ["Lønnskostnader", "2", "-12 345 678", "(11 000 000)"],
    ]))
    assert got[("Driftsinntekter", 2014, "actual", "company")] == 16917863
    assert got[("Driftsinntekter", 2013, "actual", "company")] == 15002100
    assert got[("Lønnskostnader", 2013, "actual", "company")] == -11000000
    assert not any(label == "Driftsinntekter" and value in (1, 2) for (label, *_), value in got.items())


def test_finance_budget_column_is_never_a_figure():
    got = figures(heading("Resultat"), table([
        ["", "Regnskap 2014", "B 2014", "Regnskap 2013"],
        ["Sum driftsinntekter", "10 000", "12 000", "9 000"],
    ]))
    assert got == {("Sum driftsinntekter", 2014, "actual", "company"): 10000,
                   ("Sum driftsinntekter", 2013, "actual", "company"): 9000}


def test_finance_misprinted_year_and_thousands():
    items = run(heading("Nøkkeltall (beløp i 1000 kr)"), table([
        ["", "2 013", "2012"],
        ["Årsresultat", "1 234", "-56"],
    ]))
    by_year = {k.year: k for k in items}
    assert by_year[2013].value == 1234000 and by_year[2012].value == -56000
    assert by_year[2013].unit == "i 1000 kr" and by_year[2013].key == "arsresultat"
    assert "misprinted_year" in by_year[2013].reasons and by_year[2013].confidence < by_year[2012].confidence


def test_finance_group_and_company_column_groups():
    got = figures(heading("Regnskap"), table([
        ["", "Morselskap", "", "Konsern", ""],
        ["", "2014", "2013", "2014", "2013"],
        ["Driftsresultat", "100", "90", "150", "120"],
    ], header_rows=2))
    assert got[("Driftsresultat", 2014, "actual", "company")] == 100
    assert got[("Driftsresultat", 2014, "actual", "group")] == 150


@pytest.mark.parametrize("rows", [
    [["VTA-ansatte fordelt på avdelinger:", ""], ["Skilt og tre:", "19"], ["Sum:", "42"]],
    [["Dato", "Tema"], ["19.04.22", "Etiske dilemma"]],
    [["Fag", "Deltakere", "Varighet"], ["Strategi 2022", "Alle ansatte", "2 dager"]],
])
def test_finance_non_financial_tables_give_no_figures(rows):
    assert figures(heading("Avdelinger og arbeidsområder"), para("Fordeling i 2022."), table(rows)) == {}


def test_finance_medgatt_column_takes_the_year_of_the_title():
    got = by_key(heading("Resultatregnskap 2023"), table([
        ["Konto", "Medgått"],
        ["Sum driftsinntekter", "120 500,50"],
        ["Sum driftskostnader", "100 000,00"],
        ["Driftsresultat", "20 500,50"],
    ]), report_year=2023)
    assert got[("driftsresultat", 2023, "company")].value == 20500.5
    assert "year_from_context" in got[("driftsresultat", 2023, "company")].reasons
    assert "relation_checked:driftsresultat" in got[("driftsresultat", 2023, "company")].reasons


def test_finance_statement_printed_twice_is_one_figure_with_both_sources():
    rows = [["", "2023"], ["Sum driftsinntekter", "500"], ["Sum driftskostnader", "400"], ["Driftsresultat", "100"]]
    nn = [["", "2023"], ["Sum driftsinntekter", "500"], ["Sum driftskostnader", "400"], ["Driftsresultat", "100"]]
    items = run(heading("Resultatregnskap"), table(rows), heading("Resultatrekneskap"), table(nn))
    assert len([k for k in items if k.key == "driftsresultat"]) == 1
    kept = next(k for k in items if k.key == "driftsresultat")
    assert len(kept.other_sources) == 1 and "confirmed_elsewhere" in kept.reasons


def test_finance_a_conflicting_second_printing_lowers_confidence():
    statement = [["", "2023"], ["Sum driftsinntekter", "500"], ["Årsresultat", "100"]]
    budget = [["", "Budsjett 2024", "Regnskap 2023"], ["Sum driftsinntekter", "600", "500"], ["Årsresultat", "50", "101"]]
    got = by_key(heading("Resultatregnskap"), table(statement), heading("Budsjett"), table(budget))
    result = got[("arsresultat", 2023, "company")]
    assert result.value == 100 and result.statement == "resultat"
    assert "conflicting_value:101" in result.reasons
    assert not any(k[1] == 2024 for k in got)


def test_finance_english_number_format_table():
    got = by_key(heading("Resultatregnskap"), table([
        ["", "2025", "Budsjett 2026"],
        ["Sum driftsinntekter", "880,688.32", "1,130,000.00"],
        ["Sum driftskostnader", "590,819.91", "1,099,732.00"],
        ["Driftsresultat", "289,868.41", "30,268.00"],
    ]))
    assert got[("driftsinntekter", 2025, "company")].value == 880688.32
    assert ("driftsinntekter", 2026, "company") not in got


def test_finance_sum_line_checked_and_mismatch():
    good = by_key(heading("Balanse"), table([
        ["", "31.12.2023"], ["Bankinnskudd", "300"], ["Kundefordringer", "200"], ["Sum omløpsmidler", "500"],
        ["Sum eiendeler", "500"]]))
    assert "sum_checked" in good[("sum_omlopsmidler", 2023, "company")].reasons
    bad = by_key(heading("Balanse"), table([
        ["", "31.12.2023"], ["Bankinnskudd", "300"], ["Kundefordringer", "200"], ["Sum omløpsmidler", "600"]]))
    flagged = bad[("sum_omlopsmidler", 2023, "company")]
    assert "sum_mismatch" in flagged.reasons and flagged.confidence < 0.7


def test_finance_relation_failing_sends_to_review():
    got = by_key(heading("Balanse"), table([
        ["", "2023"], ["Sum eiendeler", "1 000"], ["Sum egenkapital", "300"], ["Sum gjeld", "600"],
        ["Sum egenkapital og gjeld", "1 000"]]))
    assert "relation_failed:sum_egenkapital_og_gjeld" in got[("sum_gjeld", 2023, "company")].reasons
    assert got[("sum_gjeld", 2023, "company")].confidence < 0.7


def _ocr(t):
    for row in t.rows:
        for cell in row:
            cell.prov = Provenance(page=1, bbox=cell.prov.bbox, ocr_confidence=0.9)
    return t


@pytest.mark.parametrize("ocr", [True, False])
def test_finance_ocr_lost_minus_repaired_only_where_the_sum_agrees(ocr):
    rows = [["", "2023"], ["Renteinntekter", "100"], ["Rentekostnader", "400"], ["Sum finansposter", "-300"]]
    t = _ocr(table(rows)) if ocr else table(rows)
    got = by_key(heading("Resultatregnskap"), t)
    costs, total = got[("finanskostnader", 2023, "company")], got[("finansresultat", 2023, "company")]
    if ocr:
        assert costs.value == -400 and "ocr_repaired" in costs.reasons and "sum_checked" in total.reasons
    else:
        assert costs.value == 400 and "sum_mismatch" in total.reasons


def test_finance_money_table_without_unit_has_a_doubt_reason():
    (item,) = run(heading("Resultatregnskap"), table([["", "2023"], ["Årsresultat", "1 500"]]))
    assert "unit_unstated" in item.reasons and item.unit is None


MUNICIPAL_ROWS = [["", "Regnskap 2023"], ["Sum driftsinntekter", "8 400"], ["Sum driftsutgifter", "8 100"],
                  ["Brutto driftsresultat", "300"], ["Netto driftsresultat", "420"]]


@pytest.mark.parametrize(("above", "guessed"), [((), True), ((para("Beløp i hele kroner"),), False),
                                                ((para("Tall i 1000 kr"),), False)])
def test_finance_municipal_form_without_a_unit_is_a_guess(above, guessed):
    """A kommune prints the form in thousands, a church council in kroner: only a stated unit settles it."""
    got = by_key(heading("Hovedoversikt drift"), *above, table(MUNICIPAL_ROWS))
    assert ("unit_guessed" in got[("driftsinntekter", 2023, "company")].reasons) is guessed


@pytest.mark.parametrize(("rows", "asked"), [(MUNICIPAL_ROWS, 1), ([["", "2023"], ["Sum driftsinntekter", "8 400"]], 0)])
def test_finance_kroner_line_is_looked_for_only_for_the_municipal_form(monkeypatch, rows, asked):
    """Finding a "hele kroner" line outside the tables reads every short block: only a table in
    the municipal form with no unit of its own needs the answer."""
    import extractor.fields.finance.report_statements as statements

    calls = []
    monkeypatch.setattr(statements, "states_kroner", lambda analysis: calls.append(analysis) or False)
    by_key(heading("Hovedoversikt drift"), para("Kort linje."), table(rows))
    assert len(calls) == asked


@pytest.mark.parametrize(("label", "key"), [("Total operating income", "driftsinntekter"), ("Profit for the year", "arsresultat"),
                                          ("Total equity and liabilities", "sum_egenkapital_og_gjeld"), ("Equity ratio", None)])
def test_finance_english_labels(label, key):
    assert key_of(label)[0] == key or (key is None and is_not_money(label))


@pytest.mark.parametrize(("label", "key"), [
    ("Driftsresultat (EBITDA)", None), ("Driftsresultat (EBIT)", "driftsresultat"), ("EBITDA", None),
    ("Driftsresultat før avskrivninger", None), ("Driftsresultat før avskrivingar", None),
    ("Driftsresultat før av- og nedskrivninger", None), ("Justert driftsresultat", None),
    ("Net profit or loss for the year", "arsresultat"), ("Operating profit or loss before tax", "resultat_for_skatt"),
])
def test_finance_result_before_depreciation_names_no_key(label, key):
    """A result before depreciation beside the operating result is no operating result (the
    ratio matcher found "driftsresultat ebit" in "driftsresultat ebitda"); English "profit or loss"."""
    assert key_of(label)[0] == key


@pytest.mark.parametrize(("lines", "named"), [(["RESULTAT", "UNDERLIGG", "ENDE DRIFT"], True),
                                            (["Resultat underliggende drift"], True), (["Balanse", "Tall i 1 000 kr"], False),
                                            (["Justert for engangsposter"], False)])
def test_finance_underlying_title_broken_by_a_narrow_column(lines, named):
    """Pieces of a title a PDF set apart between two tables, read with their spaces dropped (only
    the longer words: "justert" could stand inside another)."""
    assert keyless_title(lines) is named


def test_finance_lines_under_an_underlying_result_title_give_no_key_figures():
    rows = [["Tall i mill. kr", "2023", "2022"], ["Driftsinntekter", "812,4", "760,2"], ["Driftsresultat", "201,7", "176,0"],
            ["Resultat underliggende drift", "", ""], ["Driftsinntekter", "798,0", "771,5"],
            ["Driftsresultat", "187,3", "187,3"], ["Balanse 31.12", "", ""], ["Egenkapital", "1 104,6", "1 020,3"]]
    got = by_key(heading("Nøkkeltall"), table(rows))
    assert got[("driftsinntekter", 2023, "company")].value == pytest.approx(812.4e6)
    assert got[("driftsresultat", 2022, "company")].value == pytest.approx(176.0e6)
    assert got[("sum_egenkapital", 2023, "company")].value == pytest.approx(1104.6e6)


EQUITY_CHANGES = [["Tall i 1 000 kr", "Aksjekapital", "Annen egenkapital", "Sum egenkapital"],
                  ["Egenkapital 01.01.2022", "2 000", "4 967", "6 967"], ["Årsresultat", "", "523", "523"],
                  ["Egenkapital 31.12.2022", "2 000", "5 490", "7 490"], ["Årsresultat", "", "613", "613"],
                  ["Egenkapital 31.12.2023", "2 000", "6 103", "8 103"]]


def test_finance_statement_of_changes_in_equity_gives_the_year_end_equity():
    """The total column of the rows dated 31.12 (01.01: the year before's end), in the corner's
    unit, marked as read from the changes (a doubt: one line no arithmetic checks)."""
    got = by_key(heading("Endring i egenkapital"), table(EQUITY_CHANGES))
    assert {(k, y): f.value for (k, y, _), f in got.items()} == {
        ("sum_egenkapital", 2023): 8103000, ("sum_egenkapital", 2022): 7490000, ("sum_egenkapital", 2021): 6967000}
    assert all("from_equity_changes" in f.reasons for f in got.values())


@pytest.mark.parametrize("rows", [
    [EQUITY_CHANGES[0], EQUITY_CHANGES[1], EQUITY_CHANGES[3]],  # no movement between the dates
    [[*EQUITY_CHANGES[0][:3], "Fond"], *EQUITY_CHANGES[1:]],  # no column of the whole equity
])
def test_finance_equity_table_that_is_not_its_changes_gives_no_year_ends(rows):
    got = by_key(heading("Endring i egenkapital"), table(rows))
    assert not any(f.value in (2000000, 6967000, 7490000) and key == "sum_egenkapital" for (key, _, _), f in got.items())


def test_finance_company_form_without_a_unit_is_no_guess():
    rows = [["", "2023"], ["Sum driftsinntekter", "8 400"], ["Sum driftskostnader", "8 100"], ["Driftsresultat", "300"]]
    got = by_key(heading("Resultatregnskap"), table(rows))
    assert "unit_guessed" not in got[("driftsinntekter", 2023, "company")].reasons


@pytest.mark.parametrize(("text", "english", "value"), [
    ("16 917 863", False, 16917863), ("16 917 863,-", False, 16917863), ("16 917 863,50", False, 16917863.5),
    ("(1 234)", False, -1234), ("-1 234", False, -1234), ("\u22121 234", False, -1234), ("\u20131 234", False, -1234),
    ("-", False, 0), ("–", False, 0), ("kr 1 234", False, 1234), ("464,890.32", True, 464890.32),
    ("-465.73", True, -465.73), ("1,130,000.00", True, 1130000),
    ("÷ 240 000", False, -240000), ("240 000-", False, -240000), ("1 234,50-", False, -1234.5),
    ("2,410,500", False, 2410500), ("(1,388,250)", False, -1388250),  # two comma groups: thousands
])
def test_finance_number_forms(text, english, value):
    assert parse_amount(text, english).value == pytest.approx(value)


@pytest.mark.parametrize(("text", "value", "scale"), [
    ("12,3 mill.", 12.3, 1e6), ("kr 12,3 mill", 12.3, 1e6), ("12,3 mill.kr", 12.3, 1e6), ("MNOK 4,2", 4.2, 1e6),
    ("NOK mill. 4,2", 4.2, 1e6), ("3,5 millionar kroner", 3.5, 1e6), ("TNOK 1 200", 1200, 1e3), ("1,1 mrd. kr", 1.1, 1e9),
])
def test_finance_cell_units_any_money_word_order(text, value, scale):
    amount = parse_amount(text)
    assert (amount.value, amount.scale) == (pytest.approx(value), scale)


def test_finance_ocr_readings_repaired_and_marked():
    assert parse_amount("1279 567", ocr=True) == parse_amount("1279 567", ocr=True)
    repaired = parse_amount("1279 567", ocr=True)
    assert repaired.value == 1279567 and repaired.repaired
    assert parse_amount("1O 000", ocr=True).value == 10000
    assert parse_amount("1279 567") is None  # a text layer is never repaired


@pytest.mark.parametrize(("texts", "scale"), [
    (["Beløp i 1000 kr"], 1e3), (["Resultatregnskap (i hele tusen)"], 1e3), (["NOK 1000"], 1e3), (["TNOK"], 1e3),
    (["Tall i MNOK"], 1e6), (["(mill. kr)"], 1e6), (["Alle tall i hele kroner"], 1),
    (["Styret foreslår å bruke 2 mill. kr på nye lokaler i løpet av året som kommer, og mer til."], 1),
    # a long title whose last segment is its unit; a sentence that ends in an amount states none
    (["Hovedtall for drift, investering og finansiering i fylkeskonsernet. Millioner kroner"], 1e6),
    (["Året ga et overskudd, og egenkapitalen vokste til 2,4 millioner kroner."], 1),
    (["Det ble et godt år for laget, og vi fikk et overskudd i fjor. Millioner kroner gikk til nytt bygg i år"], 1),
])
def test_finance_units(texts, scale):
    assert unit_of(texts)[0] == scale


@pytest.mark.parametrize(("label", "key"), [
    ("Sum driftsinntekter", "driftsinntekter"), ("Sum eigedelar", "sum_eiendeler"), ("Lønskostnad", "lonnskostnader"),
    ("Sum gjeld og egenkapital", "sum_egenkapital_og_gjeld"), ("Sum fianasielle poster", "finansresultat"),
    ("Egenkapital 01.01", None), ("Udisponert overskudd/underskudd", None), ("Årets resultat", "arsresultat"),
    ("Sum utgifter", "driftskostnader"), ("Overskot", "arsresultat"), ("Sum anskaffede midler", "driftsinntekter"),
    ("Sum formålskapital og gjeld", "sum_egenkapital_og_gjeld"), ("3. Brutto driftsresultat (1-2)", "driftsresultat"),
    ("Driftsresultat (A-B)", "driftsresultat"), ("Netto driftsinntekter", "netto_driftsinntekter"),
    ("Finans", "finansresultat"), ("Lønninger", "lonnskostnader"), ("Driftsinntekter i mill. kr", "driftsinntekter"),
    ("Årsresultat, MNOK", "arsresultat"), ("Driftsunderskudd", "driftsresultat"), ("Resultat i år", None),
])
def test_finance_vocabulary_keys(label, key):
    assert key_of(label)[0] == key


def test_finance_fold_label_drops_account_and_note_marks():
    assert fold_label("3920 Sum Driftsinntekter:") == "sum driftsinntekter"


@pytest.mark.parametrize(("ocr", "value"), [(True, 73347), (False, 13347)])
def test_finance_ocr_digit_misread_repaired_where_the_balance_says_so(ocr, value):
    rows = [["", "2023"], ["Sum eiendeler", "631 584"], ["Sum egenkapital", "558 237"], ["Sum gjeld", "13 347"],
            ["Sum egenkapital og gjeld", "631 584"]]
    t = _ocr(table(rows)) if ocr else table(rows)
    debt = by_key(heading("Balanse"), t)[("sum_gjeld", 2023, "company")]
    assert debt.value == value
    assert ("ocr_repaired" in debt.reasons) == ocr and ("relation_failed:sum_egenkapital_og_gjeld" in debt.reasons) != ocr


def test_finance_unit_and_scope_in_the_row_label():
    got = by_key(heading("Nøkkeltall"), table([
        ["", "2023", "2022"], ["Driftsresultat (1.000 kr)", "(12.480)", "(3.905)"],
        ["Resultat før skatt konsern", "1 200 000", "900 000"], ["Sum driftsinntekter", "5 000 000", "4 000 000"]]))
    assert got[("driftsresultat", 2023, "company")].value == -12480000
    assert got[("resultat_for_skatt", 2023, "group")].value == 1200000
    assert "unit_unstated" not in got[("driftsresultat", 2023, "company")].reasons
    assert "unit_unstated" in got[("driftsinntekter", 2023, "company")].reasons


def test_finance_unit_after_the_label():
    got = by_key(heading("Nøkkeltall"), table([
        ["", "2023", "2022"], ["Driftsinntekter i mill. kr", "48,2", "45,9"], ["Årsresultat, MNOK", "1,1", "-0,8"]]))
    assert got[("driftsinntekter", 2023, "company")].value == 48200000
    assert got[("arsresultat", 2022, "company")].value == -800000


def test_finance_no_sum_reaches_across_a_statement_title_inside_the_table():
    keyed = by_key(heading("Regnskapstall"), table([
        ["Resultat", "2023"], ["Driftsinntekter", "8 232 400"], ["Driftskostnader", "-6 924 900"],
        ["Driftsresultat", "1 307 500"], ["Balanse", ""], ["Sum anleggsmidler", "3 337 400"],
        ["Sum omløpsmidler", "2 299 500"], ["Sum eiendeler", "5 636 900"]]), report_year=2023)
    assert "sum_mismatch" not in keyed[("sum_anleggsmidler", 2023, "company")].reasons


def test_finance_income_printed_negative_is_reported_as_income():
    got = by_key(heading("Driftsregnskap"), table([
        ["", "Regnskap 2023"], ["Sum driftsinntekter", "-2 500 000"], ["Sum driftsutgifter", "2 400 000"]]))
    income = got[("driftsinntekter", 2023, "company")]
    assert income.value == 2500000 and "sign_convention" in income.reasons


def test_finance_department_accounts_are_not_the_organisations_figures():
    assert run(heading("Avdelingsregnskap"), table([
        ["", "2023"], ["Sum driftsinntekter", "500 000"], ["Årsresultat", "20 000"]])) == []


def test_finance_two_statements_in_one_grid_each_read_with_its_own_header():
    got = by_key(heading("Rekneskap"), table([
        ["", "Note", "2023", "2022"],
        ["Sum driftsinntekter", "", "681 450", "626 900"],
        ["Årsresultat", "", "54 212", "38 870"],
        ["Balanse", "", "", ""],
        ["", "Note", "31.12.2023", "31.12.2022"],
        ["Sum eigedelar", "", "474 726", "418 994"],
        ["Sum eigenkapital", "", "456 326", "402 114"]]))
    assert got[("sum_eiendeler", 2022, "company")].value == 418994
    assert got[("sum_eiendeler", 2022, "company")].statement == "balanse"
    assert got[("arsresultat", 2023, "company")].value == 54212


def test_finance_header_line_left_above_the_table_and_a_headerless_continuation():
    """The table finder left the header line above the table, and a section title split the
    statement into a second table with no header at all."""
    items = run(heading("Resultatrekneskap"), para("Rekneskap 2023 Rekneskap 2022 Budsjett 2024"), table([
        ["Sum driftsinntekter", "2.979.380", "2.871.560", "3.075.888"],
        ["Sum driftskostnader", "2.204.566", "2.134.888", "2.273.000"],
        ["Driftsresultat", "774.814", "736.672", "802.888"]]),
        table([["Netto finanspostar", "-646.400", "-696.478", "-632.000"], ["Årsresultat", "128.414", "40.194", "170.888"]]))
    got = {(k.key, k.year): k for k in items}
    assert got[("driftsresultat", 2022)].value == 736672 and "header_above_table" in got[("driftsresultat", 2022)].reasons
    assert got[("arsresultat", 2023)].value == 128414
    assert "header_of_previous_table" in got[("arsresultat", 2023)].reasons
    assert not any(year == 2024 for _, year in got)


def test_finance_repeated_two_line_header_keeps_its_budget_columns():
    got = by_key(heading("Budsjett 2024"), table([
        ["Driftsinntekter", "", "", ""], ["", "Budsjett", "Regnskap", "Budsjett"], ["", "2024", "2023", "2023"],
        ["Sum driftsinntekter", "2 766 000", "2 819 567", "1 815 000"],
        ["Driftskostnader", "Budsjett", "Regnskap", "Budsjett"], ["", "2024", "2023", "2023"],
        ["Sum driftskostnader", "2 611 840", "2 275 683", "1 831 840"]]), report_year=2023)
    assert got[("driftskostnader", 2023, "company")].value == 2275683
    assert not any(year == 2024 for _, year, _ in got)


def _on_page(t, page):
    return replace(t, prov=replace(t.prov, page=page), pages=[page])


def test_finance_unit_stated_over_the_first_statement_reaches_the_next_but_not_far_off():
    balance = [["", "2014"], ["Sum eiendeler", "5 400"], ["Sum egenkapital", "2 400"], ["Sum gjeld", "3 000"]]
    items = (heading("Resultatregnskap"), para("Alle tall i hele tusen kroner"),
             table([["", "2014"], ["Sum driftsinntekter", "9 800"], ["Årsresultat", "210"]]))
    near = by_key(*items, heading("Balanse"), _on_page(table(balance), 2))
    assert near[("sum_eiendeler", 2014, "company")].value == 5400000
    assert "unit_of_earlier_statement" in near[("sum_eiendeler", 2014, "company")].reasons
    far = by_key(*items, heading("Balanse"), _on_page(table(balance), 9))
    assert far[("sum_eiendeler", 2014, "company")].value == 5400
    assert "unit_unstated" in far[("sum_eiendeler", 2014, "company")].reasons
    kf = by_key(heading("Hovedtall (mill. kr)"), table([["", "2014"], ["Driftsinntekter", "9,8"], ["Årsresultat", "0,2"]]),
                heading("Balanse"), table(balance))
    assert kf[("sum_eiendeler", 2014, "company")].value == 5400  # a key-figure table lends no unit


def test_finance_a_figure_with_the_accountants_minus_is_negative_and_a_trailing_dash_is_not():
    assert parse_amount("240 000 -") is None  # a figure and a zero mark set apart, never one negative figure
    assert parse_amount("12 000,-").value == 12000


def test_finance_row_numbers_and_short_dates():
    got = figures(heading("Driftsregnskap"), table([
        ["Linje", "", "31.12.23", "31.12.22"],
        ["1", "Sum driftsinntekter", "9 412 000", "9 010 000"],
        ["2", "Sum driftsutgifter", "9 105 000", "8 830 000"],
    ]))
    assert got[("Sum driftsinntekter", 2023, "actual", "company")] == 9412000
    assert got[("Sum driftsutgifter", 2022, "actual", "company")] == 8830000
    assert not any(value in (1, 2) for value in got.values())


def test_finance_key_figures_with_a_year_per_row():
    got = by_key(heading("Hovedtall"), table([
        ["År", "Driftsinntekter", "Årsresultat"], ["2023", "1 250 000", "260 000"], ["2022", "1 100 000", "155 000"]]))
    assert got[("driftsinntekter", 2023, "company")].value == 1250000
    assert got[("arsresultat", 2022, "company")].value == 155000


def test_finance_a_column_headed_by_two_years_is_their_change():
    got = by_key(heading("Hovedtall"), table([
        ["", "2023", "2022", "2022 - 2023"], ["Driftsinntekter", "1 250 000", "1 100 000", "13,6"]]))
    assert got[("driftsinntekter", 2022, "company")].value == 1100000


def test_finance_bare_sum_lines_take_their_blocks_title():
    got = by_key(heading("Regnskap"), table([
        ["", "2023"], ["Inntekter", ""], ["Kontingent", "84 500"], ["Tilskudd", "40 000"], ["Sum", "124 500"],
        ["Utgifter", ""], ["Leie", "101 200"], ["", "101 200"], ["Resultat", "23 300"]]))
    assert got[("driftsinntekter", 2023, "company")].label == "Sum inntekter"
    assert got[("driftskostnader", 2023, "company")].value == 101200
    assert "label_from_section" in got[("driftskostnader", 2023, "company")].reasons
    assert "relation_checked:arsresultat" in got[("arsresultat", 2023, "company")].reasons


def test_finance_kind_word_over_the_first_of_its_year_columns():
    got = figures(heading("Resultatregnskap"), table([
        ["", "Regnskap", "", "Budsjett", ""], ["", "2023", "2022", "2023", "2024"],
        ["Årsresultat", "250 000", "150 000", "180 000", "170 000"]]), report_year=2023)
    assert got == {("Årsresultat", 2023, "actual", "company"): 250000,
                   ("Årsresultat", 2022, "actual", "company"): 150000}


@pytest.mark.parametrize(("header", "year"), [("2022/2023", 2023), ("2022/23", 2023), ("Regnskap 2022/23", 2023),
                                               ("1999/00", 2000), ("2022-23", 2023), ("2021/2023", 2021),
                                               ("01.07.2022–30.06.2023", 2023), ("1.8.2022 til 31.7.2023", 2023),
                                               ("31.12.2023", 2023), ("31.12.2023 31.12.2022", 2023)])
def test_finance_season_headers_name_the_year_they_end(header, year):
    from extractor.fields.finance.columns import year_in
    assert year_in(header)[0] == year


def test_finance_season_columns_and_a_next_season_budget():
    got = figures(heading("Regnskap"), table([
        ["", "Regnskap 2022/23", "Budsjett 2023/24", "Regnskap 2021/22"],
        ["Sum inntekter", "412 600", "420 000", "395 100"],
        ["Sum utgifter", "398 900", "410 000", "401 300"],
    ]), report_year=2023)
    assert got == {("Sum inntekter", 2023, "actual", "company"): 412600, ("Sum utgifter", 2023, "actual", "company"): 398900,
                   ("Sum inntekter", 2022, "actual", "company"): 395100, ("Sum utgifter", 2022, "actual", "company"): 401300}


def test_finance_a_deficit_line_printed_unsigned_is_negative_and_checked():
    keyed = by_key(heading("Regnskap"), table([
        ["", "2023", "2022"],
        ["Sum inntekter", "212 000", "230 500"],
        ["Sum utgifter", "224 300", "219 000"],
        ["Årets underskudd", "12 300", "8 500"],
    ]), report_year=2023)
    result = keyed[("arsresultat", 2023, "company")]
    assert result.value == -12300 and "sign_from_label" in result.reasons
    assert any(r.startswith("relation_checked") for r in result.reasons)
    # 2022 was a surplus under a deficit label: read as a deficit, the arithmetic flags it
    assert keyed[("arsresultat", 2022, "company")].value == -8500
    assert any(r.startswith("relation_failed") for r in keyed[("arsresultat", 2022, "company")].reasons)


def test_finance_a_deficit_line_that_signs_a_figure_keeps_the_signs_as_printed():
    keyed = by_key(heading("Regnskap"), table([
        ["", "2023", "2022"],
        ["Sum inntekter", "212 000", "230 500"],
        ["Sum utgifter", "224 300", "239 000"],
        ["Underskudd", "-12 300", "(8 500)"],
    ]), report_year=2023)
    assert keyed[("arsresultat", 2023, "company")].value == -12300
    assert keyed[("arsresultat", 2022, "company")].value == -8500
    assert "sign_from_label" not in keyed[("arsresultat", 2023, "company")].reasons


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("12,3 mill.", 12300000, "mill."), ("kr 12,3 mill", 12300000, "mill"), ("MNOK 12,3", 12300000, "MNOK"),
    ("12,3 mill. kr", 12300000, "mill. kr"), ("(0,2) mill.", -200000, "mill."), ("1,2 mrd.", 1200000000, "mrd."),
    ("1 250 TNOK", 1250000, "TNOK")])
def test_finance_a_unit_in_the_cell_scales_its_figure(text, value, unit):
    amount = parse_amount(text)
    assert round(amount.value * amount.scale) == value and amount.unit == unit
    assert parse_amount("Mill. kr") is None and parse_amount("12,3 milliongreier") is None


def test_finance_cell_units_win_over_the_tables_unit():
    keyed = by_key(heading("Nøkkeltall (beløp i 1000 kr)"), table([
        ["", "2023", "2022"],
        ["Driftsinntekter", "12,3 mill.", "11 800"],
    ]), report_year=2023)
    assert keyed[("driftsinntekter", 2023, "company")].value == 12300000
    assert keyed[("driftsinntekter", 2023, "company")].unit == "mill."
    assert keyed[("driftsinntekter", 2022, "company")].value == 11800000


def test_finance_a_result_with_its_sign_lost_fails_even_with_a_line_missing():
    """No tax line, so the relation to årsresultat cannot pass or fail on the figures alone; but
    a loss printed unsigned (the operating and finance lines add to its negative) fails it."""
    keyed = by_key(heading("Resultatregnskap"), table([
        ["", "2023", "2022"],
        ["Driftsresultat", "-240 000", "150 000"],
        ["Netto finansposter", "10 000", "5 000"],
        ["Årsresultat", "230 000", "140 000"],
    ]), report_year=2023)
    assert any(r.startswith("relation_failed") for r in keyed[("arsresultat", 2023, "company")].reasons)
    assert not any(r.startswith("relation_") for r in keyed[("arsresultat", 2022, "company")].reasons)


def test_finance_account_lines_under_a_header_are_body_rows():
    """A ledger with a header row: the account lines before the first total are lines, not
    more header ("3001 | Årskontingent | 212 400" is no column title)."""
    got = figures(heading("Resultat"), table([
        ["Konto", "Kontonavn", "Regnskap 2023", "Regnskap 2022"],
        ["3001", "Årskontingent", "212 400", "205 300"],
        ["3010", "Treningsavgift", "148 900", "139 600"],
        ["", "Totalt driftsinntekter", "361 300", "344 900"]]), report_year=2023)
    assert got[("Årskontingent", 2023, "actual", "company")] == 212400
    assert got[("Totalt driftsinntekter", 2022, "actual", "company")] == 344900


def test_finance_a_relation_blocked_by_a_finance_line_still_counts_when_it_holds():
    """Interest income summed into "Sum inntekter" is no separate finance line: income less costs
    giving the result is evidence, not a relation to leave unchecked."""
    keyed = by_key(heading("Regnskap for 2023"), table([
        ["", "Beløp"], ["Medlemskontingent", "26 000,00"], ["Renteinntekter", "930,00"],
        ["Sum inntekter", "26 930,00"], ["Porto", "-198,00"], ["Sum kostnader", "-198,00"],
        ["Årets resultat", "26 732,00"]]), report_year=2023)
    assert "relation_checked:arsresultat" in keyed[("arsresultat", 2023, "company")].reasons
