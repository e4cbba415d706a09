"""Staff figures from the staff ruler's spans: person-years, employees, sick leave as the level."""
from __future__ import annotations

import pytest

from extractor.fields.context import Analysis
from extractor.fields.staff import extract_staff
from tests.fielddocs import document, heading, para, table


def _staff(*items, year=2023):
    analysis = Analysis(document(*items))
    analysis.report_year = year
    return extract_staff(analysis)


@pytest.mark.parametrize("text, value", [
    ("Antall årsverk: 38,5", 38.5), ("Vi hadde 38,5 årsverk.", 38.5), ("Tal årsverk: 12,4", 12.4),
    ("Vi hadde totalt 22 årsverk, hvorav 4 årsverk i administrasjonen.", 22.0),
])
def test_staff_person_years(text, value):
    assert _staff(heading("Ansatte", 2), para(text)).person_years.value == value


@pytest.mark.parametrize("text, value", [
    ("Sykefraværet gikk ned 1,2 prosentpoeng til 5,4 prosent.", 5.4),
    ("Sykefraværet var i 2023 på 7,3 % mot 6,9 % i 2022.", 7.3),
    ("Sykefraværet økte fra 4,1 % til 5,9 %.", 5.9),
    ("Sjukefråværet var på 31,5 dagsverk, noko som utgjer 4,7 prosent.", 4.7),
])
def test_staff_sick_leave_is_the_level(text, value):
    assert _staff(para(text)).sick_leave_percent.value == value


def test_staff_sick_leave_change_alone_is_none():
    assert _staff(para("Sykefraværet økte med 0,8 prosentpoeng.")).sick_leave_percent is None


def test_staff_table_takes_the_report_years_column():
    staff = _staff(table([["", "2022", "2023"], ["Årsverk", "36", "38,5"], ["Antall ansatte", "40", "45"]]))
    assert staff.person_years.value == 38.5 and staff.employees.value == 45


def test_staff_change_in_person_years_is_not_the_level():
    staff = _staff(para("Vi hadde 31 årsverk."), para("Det er en økning på 3 årsverk."))
    assert staff.person_years.value == 31
