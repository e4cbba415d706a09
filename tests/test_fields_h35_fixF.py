"""Kinds from the fifty-first held-out set (docs/phrasings.md §97): a member's job between the name and
the employees' phrase, the employees' deputy after "og, for de ansatte,", a legat named for its
founder "og hustrus", a statement's result line left outside its table."""
from __future__ import annotations

import pytest

from extractor.document import Block, BlockKind, Cell, Provenance, Table
from extractor.fields.board_asides import before_occupation, past_constituency
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.board_name_lists import listed_after
from extractor.fields.org_lines import line_like_name
from extractor.fields.people import leading_name
from extractor.nlp import get_pipeline
from extractor.tables.trailing_rows import absorb_trailing_rows, row_of


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


def _index(line, word: str) -> int:
    return line.words.index(word)


@pytest.mark.parametrize("text, name_end", [
    ("Styret består av Ola Nes, baker, valgt av og blant de ansatte.", "Nes"),
    ("Styret består av Kari Lund, sykepleier ved avdeling nord, valgt av de ansatte.", "Lund"),
])
def test_board_occupation_before_employees_phrase_is_passed(text, name_end):
    line = _line(text)
    end = _index(line, "valgt") - 1  # the comma before the phrase
    while not line.words[end - 1]:
        end -= 1
    assert line.words[before_occupation(line, 0, end) - 1] == name_end


def test_board_collective_aside_marks_no_one_name():
    line = _line("Styret består av Ola Nes, Kari Lund og Per Dal, alle valgt av de ansatte.")
    end = _index(line, "alle") + 1
    assert before_occupation(line, 0, end) == end


def test_board_constituency_aside_leads_to_the_next_name():
    line = _line("Varamedlemmer har vært Eva Thune og, for de ansatte, Kåre Sveen.")
    og = _index(line, "og")
    assert past_constituency(line, og + 1, len(line.tokens)) == _index(line, "Kåre")


@pytest.mark.parametrize("text, after_aside", [
    ("Varamedlemmer har vært Eva Thune og, for de ansatte, Kåre Sveen.", True),
    ("Varamedlemmer har vært Eva Thune og Kåre Sveen.", False),
])
def test_board_listed_after_tells_the_names_a_constituency_aside_leads_to(text, after_aside):
    line = _line(text)
    first = leading_name(line.words, _index(line, "Eva"))
    asides: set[int] = set()
    listed = listed_after(line, first, len(line.tokens), frozenset(), asides=asides)
    assert [name.name for name in listed] == ["Kåre Sveen"]
    assert asides == ({_index(line, "Kåre")} if after_aside else set())


def test_board_other_for_aside_is_no_constituency():
    line = _line("Varamedlemmer har vært Eva Thune og, for ordens skyld, Kåre Sveen.")
    og = _index(line, "og")
    assert past_constituency(line, og + 1, len(line.tokens)) == og + 1


@pytest.mark.parametrize("line, want", [
    ("Konsul Ola Brekke og hustrus legat", "Konsul Ola Brekke og hustrus legat"),
    ("Konsul Per Dal og frues minnefond", "Konsul Per Dal og frues minnefond"),
    ("Ola Brekke og hustrus", None),
])
def test_org_legat_named_for_founder_and_wife(line, want):
    assert line_like_name(line) == want


def _table(rows, page=1, bottom=500.0) -> Table:
    cells = [[Cell(text, Provenance(page=page)) for text in row] for row in rows]
    return Table(cells, Provenance(page=page, bbox=(60.0, 300.0, 520.0, bottom)), "text", 0.9, header_rows=1)


_ROWS = (("", "2023", "2022"), ("Sum inntekter", "44 200", "41 650"), ("Sum kostnader", "30 480", "33 210"))


def _block(text, page=1, top=504.0) -> Block:
    return Block(BlockKind.HEADING, text, Provenance(page=page, bbox=(60.0, top, 520.0, top + 11.0)), level=3)


@pytest.mark.parametrize("text, cells", [
    ("Resultat 13 720,- 8 440,-", ["Resultat", "13 720,-", "8 440,-"]),
    ("Årsresultat (1 250) 8 440", ["Årsresultat", "(1 250)", "8 440"]),
    ("Balanse 2023 2022", None),  # the next statement's title
    ("Resultat 13 720", None),  # one figure for two columns
    ("Styret har hatt 5 møter", None),
])
def test_tables_trailing_row_parsed(text, cells):
    row = row_of(_block(text), 3)
    assert (row and [c.text for c in row]) == (cells or None)


def test_tables_trailing_row_under_the_table_taken_in():
    items = absorb_trailing_rows([_table(_ROWS), _block("Resultat 13 720 8 440")], {1: 842.0})
    assert len(items) == 1 and items[0].rows[-1][0].text == "Resultat"


def test_tables_trailing_row_first_on_next_page_taken_in():
    items = absorb_trailing_rows([_table(_ROWS, bottom=780.0), _block("Årsresultat 13 720 8 440", page=2, top=60.0)],
                                 {1: 842.0, 2: 842.0})
    assert len(items) == 1 and items[0].pages == [1, 2]


def test_tables_line_far_below_the_table_stays_text():
    items = absorb_trailing_rows([_table(_ROWS), _block("Resultat 13 720 8 440", top=640.0)], {1: 842.0})
    assert len(items) == 2
