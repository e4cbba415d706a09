"""Units given line by line (a unit column, some labels) and currency words that are amounts."""
import pytest

from extractor.fields.finance.line_units import unit_cell
from extractor.fields.finance.units import unit_of


@pytest.mark.parametrize("text, expected", [
    ("mill. kr", (1e6, True)), ("1000 kr", (1000.0, True)), ("MNOK", (1e6, True)), ("NOK 1 000", (1000.0, True)),
    ("prosent", (1.0, False)), ("%", (1.0, False)), ("antal", (1.0, False)),
    ("2 000", None), ("kr 1 234", None), ("Sum driftsinntekter", None), ("", None)])
def test_line_units_unit_cell(text, expected):
    assert unit_cell(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Driftsregnskapet for 2023 viser et mindreforbruk på kr 2,1 mill.", None),  # an amount, no unit
    ("Netto driftsresultat ble 2 115 000 kroner i 2023.", None),
    ("Beløp i kr 2023 2022", "Beløp i kr"),  # a header row joined: the years are no amount
    ("Beløp i NOK", "Beløp i NOK"),
    ("Alle tall i 1000 kr", "Alle tall i 1000 kr")])
def test_units_currency_beside_a_figure_is_no_unit(text, expected):
    assert unit_of([text])[1] == expected


def test_line_units_unit_column_keeps_a_count_unit_it_does_not_know():
    from extractor.fields.finance.line_units import line_unit, unit_columns

    rows = [["", "", "2023", "2022"], ["Sum driftsinntekter", "MNOK", "4 812", "4 655"],
            ["Resultat per aksje", "NOK", "4,10", "3,80"], ["Antall aksjer", "1000 aksjer", "50 000", "50 000"],
            ["Egenkapital", "MNOK", "2 140", "1 980"], ["Egenkapitalandel", "%", "41,2", "40,5"]]
    assert unit_columns(rows, 1, 0) == [1]
    assert line_unit(rows[1], [1]) == (1e6, True)
    assert line_unit(rows[3], [1]) == (1.0, False)  # a unit the vocabulary does not know: no amount


def test_line_units_column_of_words_is_no_unit_column():
    from extractor.fields.finance.line_units import unit_columns

    rows = [["", "", "2023"], ["Farlei", "Utgifter", "1 957"], ["", "Inntekter", "-1 958"], ["Kai", "Utgifter", "693"]]
    assert unit_columns(rows, 1, 0) == []
