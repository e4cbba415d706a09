"""Sixth reading (docs/phrasings.md §22): the words around a place name that make it a place
(a dateline, a district after it, dashes between listed names, "kommunene" before them, an area
compound) and percentage signs (plus, a glued en dash, a negative in parentheses under "%")."""
from __future__ import annotations

import pytest

from extractor.document import Cell, Provenance, Table
from extractor.fields.percent_hits import doc_to_hits
from extractor.nlp import get_pipeline
from extractor.parse import parse_percent


def _places(text: str) -> list[str]:
    doc = get_pipeline()(text)
    return [s.id_ or s.text for s in doc.spans["places"]]


@pytest.mark.parametrize("text, expected", [
    ("Moss, 14. februar 2024", ["Moss"]),  # a common word, but the place of a dateline
    ("Stange 20. mars 2024", ["Stange"]),
    ("Hole, den 03.03.2024", ["Hole"]),
    ("Ås 12/3-2024", ["Ås"]),
    ("Lier, mars 2024", ["Lier"]),
    ("Sted: Moss rådhus", ["Moss"]),
    ("Eigd av Kvam herad.", ["Kvam"]),
    ("Innbyggere i Sola og Time kommuner.", ["Sola", "Time"]),
    ("Bø i Telemark, 1. mars 2024", ["Bø", "Telemark"]),
    ("Vik i Sogn fekk ny hall.", ["Vik", "Sogn"]),
    ("Kommunene Ski og Oppegård eier selskapet.", ["Ski", "Oppegård"]),
    ("De fleste bor i Oslo-området og Bergens-regionen.", ["Oslo", "Bergen"]),
])
def test_place_context_makes_a_name_a_place(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    "Per Lund, 1998",  # a dated list of people: no full date, not at a line's start
    "Moss er grønn, 14 dager i strekk.",
    "Kari Moss, mars 2024",  # a person's surname, not at the line's start
    "Dato: Moss",  # a date label alone is no place label
    "Hun valgte Moss - og angret.",  # a dash with no place on the other side
])
def test_place_context_leaves_words_alone(text):
    assert _places(text) == []


def test_surname_before_a_district_stays_a_name():
    assert _places("Per Sande i Vestfold var med.") == ["Vestfold"]


def test_dashes_join_listed_places():
    doc = get_pipeline()("Eierkommuner: Lier - Hole - Modum")
    assert [(s.text, "coordinated" in s._.place_evidence) for s in doc.spans["places_ambiguous"]] == [
        ("Lier", True), ("Hole", True)]


@pytest.mark.parametrize("text, values", [
    ("endte på +3,2 % mot budsjett", [3.2]),
    ("var –1,5 prosent i 2023", [-1.5]),  # a minus set as an en dash glued to the number
    ("var −2,5 %", [-2.5]),
    ("økte +0,8 % poeng", []),  # points, with either sign
    ("falt –0,8 % poeng", []),
    ("1–2 % under", [1, 2]),  # a range's dash is no minus
])
def test_percent_signs(text, values):
    assert [h.value for h in doc_to_hits(get_pipeline()(text))] == values


def test_percent_range_second_end_is_printed_without_the_dash():
    hits = doc_to_hits(get_pipeline()("var 10-15 % lavere"))
    assert [(h.value, h.text) for h in hits] == [(10, "10-15 %"), (15, "15 %")]


def test_parse_percent_plus_sign():
    assert parse_percent("+3,2 %") == 3.2 and parse_percent("+12 prosent") == 12


def test_percent_header_reads_parenthesised_negative_and_plus():
    from extractor.fields import percentages

    assert [h.value for h in percentages._unit_in_header_hits("(21,9)")] == [-21.9]
    assert [h.value for h in percentages._unit_in_header_hits("+3,3")] == [3.3]
    assert percentages._unit_in_header_hits("(21,9") == [] and percentages._unit_in_header_hits("2023") != []


def test_place_header_compounds():
    from extractor.fields.place_mentions import unit_evidence
    from extractor.fields.context import TextUnit

    for header, expected in (("Deltakerkommune", True), ("Eigarkommunar", True), ("Kommunenavn", True),
                             ("Kommunestyre", False), ("Beløp", False)):
        table = Table([[Cell(header, Provenance(page=1))], [Cell("Lier", Provenance(page=1))]],
                      Provenance(page=1), "ruled", 0.9, header_rows=1)
        unit = TextUnit("Lier", Provenance(page=1), section=None, table=table, table_index=0, row=1, col=0)
        assert ("place_column" in unit_evidence(unit)) is expected, header


def test_bare_place_unit_is_a_lone_name_outside_tables_and_headings():
    from extractor.document import Block, BlockKind
    from extractor.fields.context import TextUnit
    from extractor.fields.places import is_bare_place

    def unit(text, kind=BlockKind.PARAGRAPH):
        return TextUnit(text, Provenance(page=1), section=None, block=Block(kind, text, Provenance(page=1)))

    nlp = get_pipeline()
    assert is_bare_place(unit("• Lier"), nlp("• Lier"))
    assert not is_bare_place(unit("Lier og Hole"), nlp("Lier og Hole"))  # two names: "og" says it already
    assert not is_bare_place(unit("Avdeling Moss"), nlp("Avdeling Moss"))
    assert not is_bare_place(unit("Hagen", BlockKind.HEADING), nlp("Hagen"))


@pytest.mark.parametrize("text, values", [
    ("Sykefraværsprosent: 4,3", [4.3]),
    ("Sykefraværsprosent 2023: 4,3", [4.3]),
    ("Svarprosenten var 68, og frammøteprosenten var 72.", [68, 72]),
    ("Sykefraværsprosent: 4,3 %", [4.3]),  # read once, as the printed percentage
    ("Stillingsprosenten er 100 000 kroner.", []),  # a count
    ("Svarprosenten var 140.", []),  # more than a hundred: not a share
    ("Prosentpoeng: 3", []),
])
def test_percent_named_by_its_label(text, values):
    assert [h.value for h in doc_to_hits(get_pipeline()(text))] == values
