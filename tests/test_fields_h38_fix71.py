"""Kinds from the seventy-first held-out set (docs/phrasings.md §122): portrait cards read as a text
table one line a row, a long name wrapped over three lines, the role and a note under one card left
under the table as lines of their own."""
from __future__ import annotations

import pytest

from extractor.document import Block, BlockKind, Cell, Document, Format, Provenance, SourceInfo, Table
from extractor.fields.board import extract_people
from extractor.fields.contact_channels import extract_phone
from extractor.fields.context import Analysis

LINE = 9.0  # each caption line's height; the lines one under another without a gap
LEFTS = (160.0, 260.0, 360.0, 460.0)


def _card_grid(rows: list[list[str]], top: float = 300.0) -> Table:
    cells = [[Cell(text, Provenance(page=1, bbox=(LEFTS[c], top + r * LINE, LEFTS[c] + 80, top + r * LINE + 8)))
              for c, text in enumerate(row)] for r, row in enumerate(rows)]
    bottom = top + len(rows) * LINE - 1
    return Table(cells, Provenance(page=1, bbox=(LEFTS[0], top, LEFTS[-1] + 80, bottom)), "text", 0.8, pages=[1])


def _under(text: str, col: int, line: int, top: float = 300.0) -> Block:
    """A caption line the table left out, ``line`` lines under the table's first."""
    y = top + line * LINE
    return Block(BlockKind.PARAGRAPH, text, Provenance(page=1, bbox=(LEFTS[col], y, LEFTS[col] + 4 * len(text), y + 8)))


def _board(*items) -> dict[str, tuple[str, bool]]:
    head = Block(BlockKind.HEADING, "Styret", Provenance(page=1, bbox=(160.0, 250.0, 200.0, 262.0)), level=2)
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), [head, *items]))
    analysis.report_year, analysis.org_name = 2023, "Tverrfjell Vekst AS"
    _, board = extract_people(analysis)
    return {m.name: (m.role.value, m.employee_elected) for m in board}


def test_board_card_name_over_three_lines_role_and_note_under_the_table():
    grid = _card_grid([["Sigrid Helene", "Oddvar Rud", "Tone Mari", "Jørund"],
                       ["Fossheim", "Styreleder", "Bakkerud", "Sveinsvoll Ness"],
                       ["Aasmundstad", "", "Nestleder", "Styremedlem"]])
    board = _board(grid, _under("Styremedlem", 0, 3), _under("valgt av de ansatte", 0, 4),
                   Block(BlockKind.PARAGRAPH, "Styret har hatt fem møter i 2023.",
                         Provenance(page=1, bbox=(160.0, 352.0, 400.0, 360.0))))
    assert board == {"Sigrid Helene Fossheim Aasmundstad": ("MEDL", True), "Oddvar Rud": ("LEDE", False),
                     "Tone Mari Bakkerud": ("NEST", False), "Jørund Sveinsvoll Ness": ("MEDL", False)}


def test_board_line_a_paragraph_apart_from_the_cards_is_no_caption():
    grid = _card_grid([["Sigrid Helene", "Oddvar Rud", "Tone Mari"],
                       ["Fossheim", "Styreleder", "Bakkerud"],
                       ["Styremedlem", "", "Nestleder"]])
    far = Block(BlockKind.PARAGRAPH, "valgt av de ansatte",
                Provenance(page=1, bbox=(LEFTS[0], 300 + 5 * LINE, LEFTS[0] + 90, 300 + 5 * LINE + 8)))
    assert _board(grid, far)["Sigrid Helene Fossheim"] == ("MEDL", False)


def _texts(*lines: str) -> list:
    from extractor.fields.org_common import Text
    return [Text(line, Provenance(page=1), "body", False, False) for line in lines]


@pytest.mark.parametrize("key", ["Lundvik Arbeid AS\nSkolevegen 3\n8100 Misvær\nTelefon",
                                 "Lundvik Arbeid AS Skolevegen 3 8100 Misvær Telefon"])
def test_phone_key_ending_the_address_block_over_its_number(key):
    found = extract_phone(_texts(key, "75 69 14 20", "E-post"))
    assert found is not None and found.value == "75 69 14 20"


def test_phone_contact_persons_number_loses_to_the_letterhead_line():
    found = extract_phone(_texts("Kontaktperson for utleie: Solveig Hatlen, husvert, tlf. 75 69 14 27.",
                                 "Lundvik Arbeid AS · Skolevegen 3 · tlf. 75 69 14 20 · post@lundvik.no"))
    assert found is not None and found.value == "75 69 14 20"


def _owners(*items) -> set[tuple[str, float | None]]:
    from extractor.fields.organisation import extract_organisation
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), list(items)))
    analysis.report_year, analysis.org_name = 2023, "Eggedal Vatn IKS"
    return {(o.name, o.share_percent) for o in extract_organisation(analysis).owners}


def _p(text: str, page: int = 3) -> Block:
    return Block(BlockKind.PARAGRAPH, text, Provenance(page=page))


def test_owners_legend_read_apart_from_its_label():
    legend = _p("Sigdal kommune 46 %\nKrødsherad kommune 31 %\nModum kommune 23 %")
    found = _owners(_p("EIGARDELAR"), _p("Vi driv tre vassverk og fem reinseanlegg."), legend)
    assert found == {("Sigdal kommune", 46.0), ("Krødsherad kommune", 31.0), ("Modum kommune", 23.0)}


def test_owners_legend_apart_needs_its_label_on_the_page():
    legend = _p("Sigdal kommune 46 %\nKrødsherad kommune 31 %\nModum kommune 23 %")
    assert _owners(_p("EIGARDELAR", page=2), _p("Vi driv tre vassverk og fem reinseanlegg."), legend) == set()


def test_owners_facts_table_row_labelled_owners():
    facts = Table([[Cell("Stiftet", Provenance(page=1)), Cell("1994", Provenance(page=1))],
                   [Cell("Eiere", Provenance(page=1)),
                    Cell("Nesodden (55 %), Frogn (30 %) og\nVestby (15 %) kommuner", Provenance(page=1))]],
                  Provenance(page=1), "word", 0.9)
    assert _owners(facts) == {("Nesodden kommune", 55.0), ("Frogn kommune", 30.0), ("Vestby kommune", 15.0)}


def test_owners_share_lines_municipality_name_holding_og():
    found = _owners(_p("Eierandeler"), _p("Nore og Uvdal kommune 50 %\nFlå kommune 30 %\nHol kommune 20 %"))
    assert found == {("Nore og Uvdal kommune", 50.0), ("Flå kommune", 30.0), ("Hol kommune", 20.0)}


def test_board_tail_line_without_a_role_is_read_as_a_cell():
    """A tail line that is no role (a phone number under a card) is read from the block's own
    lines: a block has no printed cell lines (it crashed the cell's reader once)."""
    grid = _card_grid([["Sigrid Helene", "Oddvar Rud", "Tone Mari"],
                       ["Fossheim", "Styreleder", "Bakkerud"],
                       ["Styremedlem", "", "Nestleder"]])
    board = _board(grid, _under("tlf. 917 20 448", 1, 3))
    assert board["Oddvar Rud"] == ("LEDE", False)


def test_board_no_tail_lines_under_a_statement():
    from extractor.fields.board_card_tails import _column_edges
    assert _column_edges(_card_grid([["Driftsinntekter", "1 204 300", "1 118 250"],
                                     ["Driftskostnader", "1 090 120", "1 002 410"]])) is None
    assert _column_edges(_card_grid([["Sigrid Helene", "Oddvar Rud"], ["Fossheim", "Styreleder"]])) is not None
