"""Board, people and organisation kinds of stop 39 (docs/phrasings.md §123): a card's note under its
name with the role over it, a deputy who met as a member, a seat held until a date of the year,
owners one a line under a bare label (in a frame, a facts block, a legend), years under a header
that are no margin numbering."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Cell, Provenance, Table
from extractor.fields.board import extract_people
from extractor.fields.board_card_lines import noted_cells
from extractor.fields.board_statements import link_before
from extractor.fields.board_table_cells import HELD_UNTIL
from extractor.fields.context import Analysis
from extractor.fields.organisation import extract_organisation
from extractor.fields.owner_lines import share_line
from extractor.ingest.primitives import Word
from extractor.tables.text_aligned import _is_counting
from tests.fielddocs import document, heading, para, table

LINE = 9.0
LEFTS = (160.0, 260.0, 360.0, 460.0)


def _card_grid(rows: list[list[str]], top: float = 300.0) -> Table:
    cells = [[Cell(text, Provenance(page=1, bbox=(LEFTS[c], top + r * LINE, LEFTS[c] + 80, top + r * LINE + 8)))
              for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return Table(cells, Provenance(page=1, bbox=(LEFTS[0], top, LEFTS[-1] + 80, top + len(rows) * LINE - 1)),
                 "text", 0.8, pages=[1])


def _board(*items):
    analysis = Analysis(document(heading("Årsrapport 2023"), *items))
    analysis.report_year, analysis.org_name = 2023, "Skjervold Vekst AS"
    return {m.name: m for m in extract_people(analysis)[1]}


# --- a card's note under the name, the role over it -------------------------------------------------

@pytest.mark.parametrize("note", ["Valgt av de ansatte", "Ansattvalgt", "Valt av dei tilsette"])
def test_board_card_note_under_a_name_with_its_role_over_it_marks_that_member(note):
    grid = _card_grid([["STYRELEDER", "NESTLEDER", "STYREMEDLEM", "STYREMEDLEM"],
                       ["Halvdan Skjervold", "Oddny Flatebø", "Trygve Mølster", "Gunvor Liabø"],
                       ["", "", "", note]])
    board = _board(heading("Styret", 2), grid)
    assert {n: (m.role.value, m.employee_elected) for n, m in board.items()} == {
        "Halvdan Skjervold": ("LEDE", False), "Oddny Flatebø": ("NEST", False),
        "Trygve Mølster": ("MEDL", False), "Gunvor Liabø": ("MEDL", True)}
    assert all(m.confidence >= REVIEW_THRESHOLD for m in board.values())


def test_board_cards_under_role_headers_note_in_one_name_cell_marks_only_that_member():
    """Two cards a row under their roles: the note joined to one card's name cell is that card's alone."""
    grid = _card_grid([["STYREMEDLEM", "STYREMEDLEM"], ["Trygve Mølster", "Gunvor Liabø Valgt av de ansatte"]])
    board = _board(heading("Styret", 2), grid)
    assert {n: m.employee_elected for n, m in board.items()} == {"Trygve Mølster": False, "Gunvor Liabø": True}


@pytest.mark.parametrize("row, noted", [
    (["Trygve Mølster", "Gunvor Liabø Valgt av de ansatte"], {1}),
    (["Styremedlem", "Gunvor Liabø", "Valgt av de ansatte"], None),  # a "Valgt av" cell: the row's
    (["Trygve Mølster", "Gunvor Liabø"], None),
])
def test_board_noted_cells(row, noted):
    assert noted_cells(row) == noted


def test_board_card_grid_ending_on_titles_alone_stays_unclear():
    """Titles over names, then titles again in the last row: which way the grid goes is not told."""
    grid = _card_grid([["Styreleder", "Styremedlem"], ["Halvdan Skjervold", "Gunvor Liabø"],
                       ["Styremedlem", "Styremedlem"]])
    board = _board(heading("Styret", 2), grid)
    assert all("grid_unclear" in m.reasons for m in board.values())


# --- a personal deputy who met as a member -------------------------------------------------------------

@pytest.mark.parametrize("words, start", [
    ("Randi Vassli har etter dette møtt som", 2),
    ("Randi Vassli har deretter møtt som", 2),
    ("Randi Vassli har møtt som", 2),
    ("Randi Vassli har etter dette som", 5),  # no verb to hold the phrase: "som" alone
])
def test_board_link_before_passes_an_adverbial_phrase_inside_the_link(words, start):
    clean = words.split()
    assert link_before(clean, len(clean), 0) == start


def _tab_board(sentence: str):
    return _board(heading("Styret", 2),
                  para("STYRELEDER\tSolfrid Amundrød\nSTYREMEDLEM\tTora Kvernmo\nSTYREMEDLEM\tLeiv Arnt Sæther"),
                  para("Personlige varamedlemmer:"),
                  para("for Tora Kvernmo\tAsbjørn Heggset\nfor Leiv Arnt Sæther\tRandi Vassli"),
                  heading("Styrets arbeid", 2), para(sentence))


@pytest.mark.parametrize("sentence", [
    "Leiv Arnt Sæther gikk ut av styret i mars. Hans personlige varamedlem, Randi Vassli, har etter dette møtt "
    "som fast medlem av styret.",
    "Leiv Arnt Sæther fratrådte i mars. Randi Vassli har sidan møtt som fast medlem.",
])
def test_board_personal_deputy_who_met_as_a_member_holds_the_seat(sentence):
    board = _tab_board(sentence)
    assert board["Randi Vassli"].role.value == "MEDL"
    assert "Leiv Arnt Sæther" not in board


# --- a seat held until a date of the year ---------------------------------------------------------------

@pytest.mark.parametrize("text, ended", [
    ("Torill Sundby (til 1. september)", True),
    ("Torill Sundby (fram til juni)", True),
    ("Torill Sundby (t.o.m. mai)", True),
    ("Torill Sundby (til årsmøtet 2025)", False),
    ("Torill Sundby (til 2025)", False),
    ("Torill Sundby (fra 1. september)", False),
])
def test_board_cell_held_until_a_day_or_month(text, ended):
    assert bool(HELD_UNTIL.search(text)) is ended


def test_board_table_seat_held_until_a_date_is_off_the_board():
    rows = [["Verv", "Navn"], ["Leder", "Gudrun Tveiten"], ["Kasserer", "Signe Bratvold (til 1. oktober)"],
            ["Styremedlem", "Halldis Vreim"]]
    board = _board(heading("Styret", 2), table(rows, header_rows=1))
    assert sorted(board) == ["Gudrun Tveiten", "Halldis Vreim"]


# --- owners one a line under a bare label ---------------------------------------------------------------

def _owner_items(*items):
    analysis = Analysis(document(heading("Årsrapport 2023 Dalen Arbeidssenter AS"), *items))
    analysis.report_year = 2023
    return extract_organisation(analysis).owners


def _owners(*items):
    return sorted((o.name, o.share_percent) for o in _owner_items(*items))


OWNERS = [("Stiftelsen Heimebygd", 20.0), ("Tokke kommune", 50.0), ("Vinje kommune", 30.0)]


@pytest.mark.parametrize("line, found", [
    ("50 % Tokke kommune", ("Tokke kommune", 50.0)),
    ("30 % – Vinje kommune", ("Vinje kommune", 30.0)),
    ("20 %", None),
])
def test_owner_share_first(line, found):
    assert share_line(line, []) == found


def test_owners_a_line_under_a_bare_label_in_a_frame_share_first():
    assert _owners(heading("Om selskapet", 2), para("Fakta\nStiftet 1992\nEiere:\n50 % Tokke kommune\n"
                                                    "30 % Vinje kommune\n20 % Stiftelsen Heimebygd")) == OWNERS


def test_owners_label_row_of_a_facts_block_holds_the_first_owner():
    rows = [["Skipa", "1988"], ["Eigarar:", "Seljord kommune 60 %"], ["", "Kviteseid kommune 25 %"],
            ["", "Nissedal kommune 15 %"]]
    assert _owners(heading("Om selskapet", 2), table(rows)) == [
        ("Kviteseid kommune", 25.0), ("Nissedal kommune", 15.0), ("Seljord kommune", 60.0)]


def test_owners_lines_then_a_table_of_the_rest_read_as_one_flow():
    """A frame's label as a line, its tab-set owners as a table the finder made of them."""
    rows = [["Tokke kommune", "50 %"], ["Vinje kommune", "30 %"], ["Stiftelsen Heimebygd", "20 %"]]
    assert _owners(heading("Om selskapet", 2), para("Eiere:"), table(rows)) == OWNERS


def test_owners_legend_share_frames_under_their_names():
    assert _owners(heading("Eierskap", 2), para("Eierfordeling"),
                   *(para(t) for t in ("Tokke kommune", "50 %", "Vinje kommune", "30 %", "Seljord kommune", "20 %"))) == [
        ("Seljord kommune", 20.0), ("Tokke kommune", 50.0), ("Vinje kommune", 30.0)]


def test_owners_under_a_bare_label_that_do_not_add_up_are_no_list():
    """Companies whose shares leave 30 % unsaid: not read as a whole list, and below review."""
    owners = _owner_items(heading("Om selskapet", 2), para("Eiere:\nNordvik Invest AS 40 %\nHavbruk Holding AS 30 %"))
    assert all("share_list" not in o.reasons and o.confidence < REVIEW_THRESHOLD for o in owners)


# --- a column of years is no margin numbering -------------------------------------------------------------

def _column(*texts: str) -> list[list[list[Word]]]:
    return [[[Word(t, 490.0, 100.0 + 12 * k, 515.0, 108.0 + 12 * k)]] for k, t in enumerate(texts)]


@pytest.mark.parametrize("texts, counting", [
    (("1", "2", "3"), True),
    (("2017", "2018"), False),
    (("2025", "2024"), False),
    (("7", "9"), False),
])
def test_tables_counting_column(texts, counting):
    assert _is_counting(_column(*texts), 0) is counting
