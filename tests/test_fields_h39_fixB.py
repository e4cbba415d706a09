"""Kinds a measuring set showed in stop 39 (docs/phrasings.md §125): an owners' table that joins
the representantskap, a board in one sentence above another body's table, every deputy of a
constituency sentence, a village after "på"."""
from __future__ import annotations

import pytest

from extractor.document import Cell, Provenance
from extractor.fields.board import _chair_check
from extractor.fields.board_asides import trailing_constituency
from extractor.fields.board_deputies import names_other_organ, representatives_header
from extractor.fields.board_lines import line_to_mentions
from extractor.fields.board_mentions import doc_to_lines
from extractor.nlp import get_pipeline
from extractor.nlp.place_spans import placed_by_verb, premises_placed
from extractor.tables.cells import rows_to_header_count
from schemas import fields as f


def _row(*texts: str) -> list[Cell]:
    return [Cell(t, Provenance(page=1)) for t in texts]


@pytest.mark.parametrize(("rows", "bold", "expected"), [
    # a bold header over rows whose share column holds figures: the first row is the body's
    ([_row("Eigar", "Eigardel", "Representant"), _row("Kommune A", "40 %", "Kari Dal (leiar)"),
      _row("Kommune B", "35 %", "Ola Lie")], [True, False, False], 1),
    ([_row("Eier", "Eierandel"), _row("Kommune A", "60 %"), _row("Kommune B", "40 %")], None, 1),
    # years over figures head the columns still
    ([_row("Note", "2014", "2013"), _row("1", "16 917 863", "15 002 114"), _row("2", "1 200", "1 100")], None, 1),
    # a header's year with a group's sum on its line still heads the column
    ([_row("Konto", "Tekst", "2024 312 450,00"), _row("3100", "Salg", "112 450,00"), _row("3400", "Tilskudd", "200 000,00")],
     None, 1),
])
def test_tables_header_rows_stop_at_a_figure_over_figures(rows, bold, expected):
    assert rows_to_header_count(rows, bold) == expected


@pytest.mark.parametrize(("header", "member_col", "expected"), [
    (["Eigar", "Eigardel", "Representant", "Vara"], 2, True),
    (["Kommune", "Representant", "Vararepresentant"], 1, True),
    (["Eierkommune:", "Representanter", "Vara"], 1, True),
    (["Kommune", "Styremedlem", "Vara"], 1, False),  # the board's members, each for a municipality
    (["Verv", "Representant", "Vara"], 1, False),  # no column of what they sit for
])
def test_board_representatives_header(header, member_col, expected):
    assert representatives_header(header, member_col) is expected


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Stiftelsen har også et fagråd som gir råd om tildelingene.", True),
    ("Styret har bestått av Kari Dal (styreleder) og Ola Lie. Stiftelsen har også et fagråd:", True),
    ("Stiftinga har òg ei valnemnd på tre:", True),
    ("Styret har bestått av:", False),
    ("Følgende ble valgt på årsmøtet:", False),  # the meeting that chose the board
    ("Valgkomiteen foreslo, og årsmøtet valgte:", False),
    ("Fagrådet har hatt to møter. Styret har bestått av:", False),  # the last sentence names the board
    ("Administrasjonen har bestått av:", False),  # staff, not an organ
    ("Etter framlegg frå valnemnda vart valet slik:", False),  # the proposer of an election's result
    ("Rådet har fem medlemer. Soknerådet i kvart sokn vel ein medlem.", False),  # who chooses the members
    ("Kontrollutvalg: Olaug Hoff (leder), Kjell Arne Rønning", False),  # the organ's people in the line itself
])
def test_board_last_sentence_names_another_organ(text, expected):
    assert names_other_organ(_line(text)) is expected


def _member(name: str, confidence: float, *reasons: str) -> f.BoardMember:
    return f.BoardMember(name=name, role=f.RoleCode.LEDE, confidence=confidence, reasons=list(reasons))


def test_board_the_board_s_own_chair_title_before_a_generic_leader():
    kept, other = _chair_check([_member("Kari Dal", 0.5, "line", "role_exact"),
                                _member("Ola Lie", 0.69, "table", "generic_role")])
    assert (kept.name, kept.confidence) == ("Kari Dal", 0.5) and other.name == "Ola Lie" and other.confidence < 0.5


def test_board_a_chair_titled_in_running_prose_does_not_come_first():
    kept, other = _chair_check([_member("Kari Dal", 0.3, "prose", "role_exact"),
                                _member("Ola Lie", 0.58, "table", "generic_role")])
    assert (kept.name, kept.confidence) == ("Ola Lie", 0.58) and other.confidence < 0.3


@pytest.mark.parametrize(("text", "expected"), [
    ("Varamedlemmer er Eva Thune for generalforsamlingens medlemmer og Ola Nes for de ansatte.",
     [("Eva Thune", False), ("Ola Nes", True)]),
    ("Varamedlemer er Eva Thune for eigarane og Ola Nes for dei tilsette.", [("Eva Thune", False), ("Ola Nes", True)]),
    ("Varamedlemmer er Eva Thune for de ansatte og Ola Nes for eierne.", [("Eva Thune", True), ("Ola Nes", False)]),
    ("Varamedlemmer er Eva Thune og Kåre Sveen for aksjonærene og Ola Nes for de ansatte.",
     [("Eva Thune", False), ("Kåre Sveen", False), ("Ola Nes", True)]),
])
def test_board_every_deputy_of_a_constituency_sentence(text, expected):
    found = [(m.name, m.role.employee) for m in line_to_mentions(_line(text), "line")]
    assert found == expected and all(m.role.code == "VARA" for m in line_to_mentions(_line(text), "line"))


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Eva Thune for generalforsamlingens medlemmer og", "for", False),
    ("Eva Thune for dei tilsette.", "for", True),
    ("Eva Thune for to år og", "for", None),  # a term, no constituency
])
def test_board_trailing_constituency(text, word, expected):
    line = _line(text)
    found = trailing_constituency(line, line.words.index(word), len(line.tokens))
    assert (found if found is None else found[1]) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Verkstaden ligg på Kvenvik.", "Kvenvik", True),
    ("Vi held til på Leirvika.", "Leirvika", True),
    ("Kontoret er lokalisert på Fornebu.", "Fornebu", True),
    ("Vi venter på Lena.", "Lena", False),
    ("Vi har et lager på Kvenvik.", "Kvenvik", False),  # a premises word: its own rule
])
def test_places_placed_by_a_verb_before_pa(text, word, expected):
    doc = get_pipeline()(text)
    at = next(t.i for t in doc if t.text == word)
    assert placed_by_verb(doc, at - 1) is expected


@pytest.mark.parametrize(("text", "place"), [
    ("Snekkarverkstaden ligg på Kvenvik.", "Kvenvik"),
    ("Produksjonen ligger på Lena.", "Lena"),
])
def test_places_a_place_after_a_placing_verb_is_read(text, place):
    doc = get_pipeline()(text)
    found = {s.text for key in ("places", "villages") for s in doc.spans.get(key, [])}
    assert place in found


def test_places_no_village_where_the_premises_stand_at_a_street_address():
    doc = get_pipeline()("Hovudkontoret ligg på Storneset 9, 6030 Langevåg.")
    assert not any(s.text == "Storneset" for s in doc.spans.get("villages", []))


def test_places_no_place_after_a_placing_verb_without_a_place_shape():
    doc = get_pipeline()("Informasjonen ligger på Facebook.")
    assert not any(s.text == "Facebook" for key in ("places", "villages") for s in doc.spans.get(key, []))


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Snekkarverkstaden ligg på Kvenvik.", "Kvenvik", True),
    ("Hovudkontoret vårt held til på Leirvika.", "Leirvika", True),
    ("Borettslaget ligger på Furumo i Oslo.", "Furumo", False),  # a neighbourhood, no village
    ("Laget held til på Myrvollen.", "Myrvollen", False),  # a club's ground
])
def test_places_premises_placed_by_a_verb(text, word, expected):
    doc = get_pipeline()(text)
    at = next(t.i for t in doc if t.text == word)
    assert premises_placed(doc, at - 1) is expected
