"""Kinds from the seventieth held-out set (docs/phrasings.md §117): the employees' deputy after a
comma in a deputies' list, "Som varamedlemmer er valgt ...", a "Label:⇥names" cell's employee
phrases."""
from __future__ import annotations

import pytest

from extractor.document import Provenance
from extractor.fields.board_asides import past_constituency
from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.board_table_cells import cell_names
from extractor.fields.contact_channels import extract_phone
from extractor.fields.org_common import Text
from extractor.fields.owner_names import shared_owners, total_label
from extractor.fields.program_mentions import Candidate, historic_only
from extractor.fields.programs import best_per_program
from extractor.ingest.primitives import Word
from extractor.nlp import get_pipeline
from extractor.tables.titles import is_period_header
from schemas.fields import ProgramCode
from test_fields_places import _places


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


def _index(line, word: str) -> int:
    return line.words.index(word)


@pytest.mark.parametrize("text, after", [
    ("Varamedlemmer: Eva Thune og Kåre Sveen, for de ansatte Ola Nes", "Ola"),
    ("Varamedlemer er Eva Thune og Kåre Sveen, for dei tilsette Ola Nes.", "Ola"),
    ("Varamedlemmer: Eva Thune og Kåre Sveen, for de ansatte, Ola Nes", "Ola"),
])
def test_board_constituency_before_a_name_is_passed(text, after):
    line = _line(text)
    comma = _index(line, "Sveen") + 1
    assert past_constituency(line, comma, len(line.tokens)) == _index(line, after)


def test_board_constituency_needs_a_name_after_it():
    line = _line("Varamedlemmer: Eva Thune og Kåre Sveen, for de ansatte i Nordby.")
    comma = _index(line, "Sveen") + 1
    assert past_constituency(line, comma, len(line.tokens)) == comma


@pytest.mark.parametrize("text", [
    "Varamedlemmer er Eva Thune og Kåre Sveen, for de ansatte Ola Nes.",
    "Som varamedlemmer er valgt Eva Thune og Kåre Sveen, for de ansatte Ola Nes.",
    "Som varamedlemer vart valde Eva Thune og Kåre Sveen, for dei tilsette Ola Nes.",
])
def test_board_deputies_list_ends_on_the_employees_deputy(text):
    found = [(m.name, m.role.code, m.role.employee) for m in line_to_mentions(_line(text), "line")]
    assert found == [("Eva Thune", "VARA", False), ("Kåre Sveen", "VARA", False), ("Ola Nes", "VARA", True)]


@pytest.mark.parametrize("text, expected", [
    ("Eva Thune, Kåre Sveen og Ola Nes (valgt av de ansatte)",
     [("Eva Thune", False), ("Kåre Sveen", False), ("Ola Nes", True)]),
    ("Eva Thune og Kåre Sveen, for de ansatte Ola Nes",
     [("Eva Thune", False), ("Kåre Sveen", False), ("Ola Nes", True)]),
    ("Eva Thune (valgt av og blant de ansatte) og Kåre Sveen", [("Eva Thune", True), ("Kåre Sveen", False)]),
    ("Eva Thune og Kåre Sveen", [("Eva Thune", False), ("Kåre Sveen", False)]),
])
def test_board_cell_names_say_whom_the_employees_chose(text, expected):
    assert [(name.name, chosen) for name, chosen in cell_names(text)] == expected


def test_board_cell_names_need_every_piece_a_name():
    assert cell_names("Eva Thune og Kåre Sveen, for de ansatte i Nordby") == []


def _split(sentence: str, share: str) -> tuple[str, str]:
    at = sentence.index(share)
    return sentence[:at], sentence[at + len(share):]


@pytest.mark.parametrize("sentence, share, owners", [
    ("Nordre Land kommune eier 50 %, mens Søndre Land og Gran kommune eier 25 % hver.", "25 %",
     ["Søndre Land kommune", "Gran kommune"]),
    ("Aksjane er eigde av Voss herad (40 %) og Ulvik og Eidfjord kommunar med 30 % kvar.", "30 %",
     ["Ulvik kommune", "Eidfjord kommune"]),
    ("Selskapet eies av Moss kommune (70 %), Råde og Våler kommuner (15 % hver).", "15 %",
     ["Råde kommune", "Våler kommune"]),
    ("Eigd av Voss herad med 70 prosent og kommunane Ulvik, Granvin og Eidfjord med 10 prosent kvar.", "10 prosent",
     ["Ulvik kommune", "Granvin kommune", "Eidfjord kommune"]),
    ("Løten og Stange kommune eier hver 20 %.", "20 %", ["Løten kommune", "Stange kommune"]),
    # a bare name the gazetteer does not know as a municipality keeps its own name
    ("Sparebanken Hedmark og Stange kommune eier 20 % hver.", "20 %", ["Sparebanken Hedmark", "Stange kommune"]),
])
def test_owners_sharing_one_share(sentence, share, owners):
    assert shared_owners(*_split(sentence, share)) == owners


@pytest.mark.parametrize("sentence, share", [
    ("Nordre Land kommune eier 50 %, mens Søndre Land og Gran kommune eier 25 %.", "25 %"),  # no "hver"
    ("Gran kommune eier 25 % hver av de to årene.", "25 %"),  # one owner
])
def test_owners_sharing_needs_a_distributive_word_and_two_names(sentence, share):
    assert shared_owners(*_split(sentence, share)) == []


@pytest.mark.parametrize("text, total", [("I alt", True), ("Til saman:", True), ("Sum", True), ("Samla", True),
                                         ("Alta kommune", False), ("Totalbygg AS", False)])
def test_owners_table_total_label(text, total):
    assert total_label(text) is total


def _candidate(code: str, places: int, *reasons: str) -> Candidate:
    return Candidate(ProgramCode(code), places, None, "", list(reasons))


def test_programs_older_name_gives_way_to_the_one_the_report_names():
    chosen = best_per_program([_candidate("AFT", 24, "table_cell", "named_in_row", "historic_name"),
                               _candidate("AFT", 8, "table_cell", "named_in_row")])
    best, reasons = chosen[ProgramCode("AFT")]
    assert best.places == 8 and "conflicting_counts" not in reasons


def test_programs_older_name_alone_is_read_as_today_s():
    best, reasons = best_per_program([_candidate("VTA", 18, "named_in_phrase", "historic_name")])[ProgramCode("VTA")]
    assert best.places == 18 and "historic_name" in reasons


@pytest.mark.parametrize("text, code, historic", [
    ("Arbeidspraksis i skjermet virksomhet (APS)", "AFT", True),
    ("Varig tilrettelagt arbeid (VTA, tidligere ASVO)", "VTA", False),
    ("Arbeidsforberedende trening (AFT)", "AFT", False),
])
def test_programs_historic_only(text, code, historic):
    assert historic_only(get_pipeline()(text), ProgramCode(code)) is historic


def _evidence(text: str, name: str) -> frozenset[str] | None:
    doc = get_pipeline()(text)
    return next((s._.place_evidence for key in ("places", "places_ambiguous") for s in doc.spans.get(key, [])
                 if s.text == name), None)


@pytest.mark.parametrize("text, name, home", [
    ("Eirik Hjelle, Olden (leiar)", "Olden", True),
    ("Varamedlemer: Sigrun Aa, Olden og Tor Kvamme, Innvik", "Innvik", True),
    ("formann Per Lie, Stabekk, nestformann Ola Dahl", "Stabekk", True),
    ("Vi har kontor i Olden, Innvik og Loen.", "Innvik", False),  # a list of places, no person before
    ("Eirik Hjelle, Olden skule", "Olden", False),  # the entry goes on past the name
])
def test_places_home_place_after_a_person_s_name(text, name, home):
    evidence = _evidence(text, name)
    assert ("home_place" in (evidence or ())) is home


@pytest.mark.parametrize("text, name, place", [
    ("Vi takkar NAV Gloppen for samarbeidet.", "Gloppen", True),
    ("Aetat Elverum har fulgt opp deltakerne.", "Elverum", True),
    ("Asker Produkt AS leverer varer.", "Asker", False),  # a firm named by its place stays a name
])
def test_places_agency_office_names_its_place(text, name, place):
    doc = get_pipeline()(text)
    assert any(s.text == name for s in doc.spans.get("places", [])) is place


def _phone(text: str) -> str | None:
    found = extract_phone([Text(text, Provenance(), "body", False, False)])
    return found.value if found else None


@pytest.mark.parametrize("text, phone", [
    ("Postboks 54, 6840 Vassenden – telefon 057 - 27 614", "057 - 27 614"),
    ("Tlf. (02) 54 71 36", "(02) 54 71 36"),
    ("telefon (057) 27614", "(057) 27614"),
    ("tlf. 02-547136, telefaks 02-547137", "02-547136"),
    ("Tlf/faks 22 33 44 55", "22 33 44 55"),
    ("Telefon / telefaks: 22 33 44 55 / 22 33 44 56", "22 33 44 55"),
    ("Telefaks: 22 33 44 56", None),
    ("Tlf. 057 12 34", None),  # too few digits for an old number
    ("Telefon 22 33 44 55. Org.nr. 012 345 678", "22 33 44 55"),
])
def test_phone_area_codes_and_one_label_for_phone_and_fax(text, phone):
    assert _phone(text) == phone


def _words(text: str) -> list[Word]:
    return [Word(w, 10.0 * k, 0.0, 10.0 * k + 8, 9.0) for k, w in enumerate(text.split())]


@pytest.mark.parametrize("text, header", [
    ("Beløp i 1000 kr 2013 2012", True),
    ("NOK 1000 2023 2022", True),
    ("Note 2023 2022", True),
    ("Sum 1000 2023", False),  # a figure of its own, no unit
    ("Salgsinntekter 14 862 13 975", False),
])
def test_tables_period_header_past_a_unit_figure(text, header):
    assert is_period_header(_words(text)) is header


@pytest.mark.parametrize("year, found", [(2021, True), (2019, False)])
def test_places_agency_office_named_for_a_later_municipality_is_no_place(year, found):
    """ "NAV Sunnfjord" in a 2019 report: the office's name after the 2020 merger, no place that year."""
    assert ("Sunnfjord" in _places(f"Vi takkar NAV Sunnfjord for samarbeidet i {year}.", year=year)) is found
