import pytest

from extractor.fields.context import Analysis
from extractor.fields.finance import extract_key_figures
from schemas.fields import Basis, Scope
from tests.fielddocs import document, heading, para, table


def figures(*items):
    return {(k.label, k.year, k.basis.value, k.scope.value): k.value for k in extract_key_figures(Analysis(document(*items)))}


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


def test_finance_budget_column_is_never_an_actual():
    got = figures(heading("Resultat"), table([
        ["", "Regnskap 2014", "B 2014", "Regnskap 2013"],
        ["Sum driftsinntekter", "10 000", "12 000", "9 000"],
    ]))
    assert got[("Sum driftsinntekter", 2014, "actual", "company")] == 10000
    assert got[("Sum driftsinntekter", 2014, "budget", "company")] == 12000
    assert len([k for k in got if k[1] == 2014 and k[2] == "actual"]) == 1


def test_finance_misprinted_year_and_thousands():
    items = extract_key_figures(Analysis(document(heading("Nøkkeltall (beløp i 1000 kr)"), table([
        ["", "2 013", "2012"],
        ["Årsresultat", "1 234", "-56"],
    ]))))
    by_year = {k.year: k for k in items}
    assert by_year[2013].value == 1234000 and by_year[2012].value == -56000
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
