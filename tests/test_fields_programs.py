import pytest

from extractor.fields.context import Analysis
from extractor.fields.programs import extract_programs
from tests.fielddocs import document, heading, para, table


def programs(*items):
    return {p.code.value: p for p in extract_programs(Analysis(document(*items)))}


def test_programs_count_named_in_phrase_beats_heading():
    got = programs(heading("Arbeidsforberedende trening, AFT"),
                   para("Pr. 31.12.2022 har vi avtale om 41 VTA-plasser fordelt på 42 personer."))
    assert got["VTA"].places == 41 and got["VTA"].participants == 42
    assert "AFT" not in got


def test_programs_heading_gives_program_for_bare_count():
    got = programs(heading("Arbeidsforberedende trening, AFT"), heading("Resultater", 2),
                   para("I 2022 har vi hatt 12 tildelte plasser."))
    assert got["AFT"].places == 12 and "named_in_heading" in got["AFT"].reasons


def test_programs_table_cell_counts_and_repetition_raise_confidence():
    once = programs(heading("AFT"), para("Vi har 12 tildelte plasser."))
    twice = programs(heading("AFT"), table([["Plasser", "Overgang"], ["12 faste plasser", "64%"]]),
                     para("Vi har 12 tildelte plasser."))
    assert twice["AFT"].confidence > once["AFT"].confidence


def test_programs_quoted_newspaper_counts_are_not_ours():
    got = programs(heading("Asker Produkt i media"), para("DRAMMENS TIDENDE Tirsdag 3. mai 2022 DEBATT"),
                   para("Regjeringen legger opp til 300 nye VTA-plasser i statsbudsjettet."))
    assert got == {}


def test_programs_conflicting_counts_are_flagged_for_review():
    got = programs(heading("Varig tilrettelagt arbeid, VTA"),
                   para("Vi har 41 VTA-plasser."), para("Bedriften har 38 VTA-plasser."))
    assert "conflicting_counts" in got["VTA"].reasons and got["VTA"].confidence < 0.7


def test_programs_nynorsk_places_and_full_program_name_in_heading():
    got = programs(heading("Arbeidsførebuande trening"), para("Vi har avtale om 22 plassar."),
                   heading("Varig tilrettelagt arbeid"), para("Bedrifta har 24 VTA-plassar."))
    assert got["AFT"].places == 22 and got["VTA"].places == 24


def test_programs_bokmal_full_name_heading_without_acronym():
    got = programs(heading("Arbeidsforberedende trening"), para("I 2021 hadde vi 30 tildelte plasser."))
    assert got["AFT"].places == 30


def test_programs_each_count_keeps_the_program_named_next_to_it():
    got = programs(heading("Tiltak"), para(
        "Vi har 25 plasser i varig tilrettelagt arbeid og 6 plasser i varig tilrettelagt arbeid "
        "i ordinær virksomhet (VTO)."))
    assert got["VTA"].places == 25 and got["VTO"].places == 6


def test_programs_table_rows_under_a_places_column():
    got = programs(heading("Tiltaksplasser"), table([["Tiltak", "Plasser", "Deltakere"],
                                                      ["VTA", "48", "51"], ["AFT", "32", "87"]]))
    assert got["VTA"].places == 48 and got["AFT"].places == 32
    assert "named_in_row" in got["AFT"].reasons


def test_programs_header_set_left_over_figures_set_right():
    """A designer's header set flush left over figures set flush right, cut apart by the table finder:
    "Plasser" heads the empty cell beside the places, not nothing (docs/phrasings.md §137.1)."""
    got = programs(heading("Tiltak og resultat"), table([
        ["Tiltak", "Plasser", "", "Årsverk", "", "Belegg", ""],
        ["VTA", "", "27", "", "26,4", "", "97 %"], ["AFT", "", "19", "", "17,2", "", "91 %"]]))
    assert got["VTA"].places == 27 and got["AFT"].places == 19


@pytest.mark.parametrize(("rows", "column"), [
    ([["Tiltak", "Plasser", ""], ["VTA", "", "27"]], 2),  # the figure beside an empty header
    ([["Tiltak", "Plasser", "Deltakere"], ["VTA", "", "31"]], 1),  # the next column has its own header
    ([["Tiltak", "Plasser", ""], ["VTA", "27", ""]], 1),  # the figure under its header
])
def test_programs_the_column_a_header_heads(rows, column):
    from extractor.fields.program_tables import headed_column

    assert headed_column(rows, 1, 1) == column


def test_programs_new_places_are_not_the_approved_number():
    got = programs(heading("AFT"), para("Vi fikk ti nye AFT-plasser i 2023."),
                   para("Arbeidsforberedende trening (AFT) med 32 plasser."))
    assert got["AFT"].places == 32


@pytest.mark.parametrize("text, places", [
    ("I dag er 41 personer i VTA i Sunndal og Surnadal.", 41),
    ("Ved utgangen av året var 36 arbeidstakere i varig tilrettelagt arbeid.", 36),
    ("I dag er 22 personar på VTA.", 22),  # nn
])
def test_programs_people_in_a_program_are_its_places_as_a_doubt(text, places):
    got = programs(para(text))
    assert got["VTA"].places == places and "persons_in_program" in got["VTA"].reasons


def test_programs_people_in_a_program_leave_its_counted_places_alone():
    got = programs(para("Bedriften har avtale med NAV om 30 VTA-plasser."),
                   para("I løpet av året var 34 personer i VTA."))
    assert got["VTA"].places == 30
    assert "persons_in_program" not in got["VTA"].reasons and "conflicting_counts" not in got["VTA"].reasons


def test_programs_second_program_beside_its_own_count_makes_the_first_no_total():
    got = programs(heading("Tiltak"), para(
        "Vi har 24 plassar i varig tilrettelagt arbeid (VTA) og tilbyr arbeidsførebuande trening (AFT) "
        "med 16 plassar."))
    assert got["VTA"].places == 24 and got["AFT"].places == 16


def test_programs_offered_to_people_is_its_places_as_a_doubt():
    got = programs(heading("Virksomheten"), para("Bedriften gir varig tilrettelagt arbeid (VTA) til 19 arbeidstakere."))
    assert got["VTA"].places == 19 and "persons_for_places" in got["VTA"].reasons


@pytest.mark.parametrize("text", [
    "Verkstedet har 27 plasser i varig tilrettelagt arbeid (VTA), og i tillegg arbeidsforberedende trening (AFT) "
    "og lærekandidater for fylket.",
    "Verkstedet har 27 plasser i VTA og tilbyr dessuten AFT og oppfølging for NAV.",
])
def test_programs_count_keeps_its_program_when_others_are_named_besides(text):
    """Programs named after "i tillegg" or "dessuten" are what the place offers besides the
    counted places, not a share of them: the count stays the first program's."""
    got = programs(heading("Om bedriften"), para(text))
    assert got["VTA"].places == 27 and "AFT" not in got


def test_programs_count_before_two_programs_stays_their_total():
    got = programs(heading("Om bedriften"), para("Verkstedet har 27 plasser i VTA og AFT til sammen."))
    assert got == {}
