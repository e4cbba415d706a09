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
