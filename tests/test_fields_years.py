"""Figures given for two years: the report year's is kept, the other year's left, and a period
in the title gives a year only below review (invented names and figures)."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.fields.context import Analysis
from extractor.fields.programs import extract_programs
from extractor.fields.years import paired_year
from tests.fielddocs import document, heading, para
from tests.test_fields_report import _report
from tests.test_fields_staff import _staff


def _pairs(sentence: str, report_year: int = 2023) -> dict[str, int | None]:
    figures = [f for f in ("14,5", "13,0", "6,2", "4,1", "41", "38") if f in sentence]
    return {f: paired_year(sentence, (i := sentence.index(f)), i + len(f), report_year) for f in figures}


@pytest.mark.parametrize("sentence, years", [
    ("Årsverk i 2023 var 14,5 mot 13,0 i 2022.", {"14,5": 2023, "13,0": 2022}),
    ("Årsverk 2022: 13,0 / 2023: 14,5", {"13,0": 2022, "14,5": 2023}),
    ("Sykefraværet var 6,2 % i 2023, mot 4,1 % året før.", {"6,2": 2023, "4,1": 2022}),
    ("Vi hadde 41 VTA-plasser i 2023 (38 i 2022).", {"41": 2023, "38": 2022}),
    ("I 2022 hadde vi 38 plassar, i 2023 hadde vi 41.", {"38": 2022, "41": 2023}),
    ("Vi hadde 14,5 årsverk i 2023.", {"14,5": None}),  # one year: it says when, not which figure
])
def test_paired_year(sentence, years):
    assert _pairs(sentence) == years


@pytest.mark.parametrize("text, value", [
    ("Antall årsverk: 2023: 14,5", 14.5),
    ("Årsverk 2022: 13,0 / 2023: 14,5", 14.5),
    ("Årsverk i 2023 var 14,5 mot 13,0 i 2022.", 14.5),
    ("Talet på årsverk i 2023 var 9,5, mot 8,0 i 2022.", 9.5),
])
def test_person_years_of_the_report_year(text, value):
    assert _staff(heading("Ansatte", 2), para(text)).person_years.value == value


def test_person_years_of_another_year_only_is_none():
    assert _staff(para("Årsverk 2022: 13,0"), year=2023).person_years is None


@pytest.mark.parametrize("text, value, year", [
    ("Sykefraværet var 6,2 % i 2023, mot 4,1 % året før.", 6.2, 2023),
    ("Sjukefråværet i 2022 var 5,0 prosent (2021: 7,2 prosent).", 5.0, 2022),
    ("I 2022 var sykefraværet 4,8 %, i 2023 var det 3,9 %.", 3.9, 2023),
])
def test_sick_leave_of_the_report_year(text, value, year):
    assert _staff(para(text), year=year).sick_leave_percent.value == value


@pytest.mark.parametrize("text", [
    "Bedriften hadde 41 VTA-plasser i 2023 (38 i 2022).",
    "I 2022 hadde verksemda 38 VTA-plassar, i 2023 hadde ho 41.",
    "Vi hadde 38 VTA-plasser i 2022 og 41 i 2023.",
])
def test_program_places_of_the_report_year(text):
    analysis = Analysis(document(para(text)))
    analysis.report_year = 2023
    assert {p.code.value: p.places for p in extract_programs(analysis)} == {"VTA": 41}


@pytest.mark.parametrize("title, year, sure", [
    ("Årsberetning 2022/2023", 2023, True),  # a season reports on the year it ends
    ("Årsmelding 2022/23", 2023, True),
    ("Årsmelding 2021–2023", 2023, False),  # a period names no one year
])
def test_report_year_of_a_season_or_period(title, year, sure):
    rep = _report("Vi har hatt et godt år.", heading=title)
    assert rep.year.value == year and (rep.year.confidence >= REVIEW_THRESHOLD) == sure
