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
    got = programs(heading("Asker Produkt i media"),
                   para("Regjeringen legger opp til 300 nye VTA-plasser i statsbudsjettet."))
    assert got == {}


def test_programs_conflicting_counts_are_flagged_for_review():
    got = programs(heading("Varig tilrettelagt arbeid, VTA"),
                   para("Vi har 41 VTA-plasser."), para("Bedriften har 38 VTA-plasser."))
    assert "conflicting_counts" in got["VTA"].reasons and got["VTA"].confidence < 0.7
