"""Twentieth reading (docs/phrasings.md §85): a replacing verb between the new holder and the one
before, a member's own role in brackets in a cell beside a label, an organ's row label with words
before it, members after "i styret sitter / har de", "består av" after a role
(extractor.fields.board_statements, board_lines, board_table_cells, board_tables,
board_line_pairs; board_scope.json, roles.jsonl)."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Cell, Document, Format, Provenance, SourceInfo, Table
from extractor.fields.board import extract_people
from extractor.fields.board_table_cells import bracketed_cell_role
from extractor.fields.context import Analysis
from extractor.nlp.role_spans import Role
from test_fields_board import _item, _people, _roles

MEDL = Role("ROLE", "MEDL")


@pytest.mark.parametrize(("text", "code"), [
    ("Siri Lund (vara)", "VARA"), ("Ola Dahl (nestleder)", "NEST"), ("Ola Dahl (nestleiar)", "NEST"),
    ("Per Moe", "MEDL"), ("Lene Myr (leil. 31)", "MEDL"), ("Kari Berg (styremedlem)", "MEDL"),
])
def test_board_h33_bracketed_cell_role(text, code):
    assert bracketed_cell_role(text, MEDL).code == code


def _cell(text: str) -> Cell:
    return Cell(text, Provenance(page=1), lines=tuple(text.split("\n")))


def _table(rows) -> Table:
    return Table([[_cell(t) for t in row] for row in rows], Provenance(page=1), "word", 0.9)


def _board_of(heading: str, table: Table):
    """The board of a heading over a table whose cells hold several lines (Word paragraphs)."""
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), [_item(("h", heading), None), table]))
    analysis.report_year, analysis.org_name = 2022, "Vekst Produkt AS"
    return extract_people(analysis)[1]


def test_board_h33_bracketed_roles_in_a_cell_beside_the_members_label():
    """Each of them was a member, sure (0.985)."""
    table = _table([["Styreleder:", "Kari Berge"],
                    ["Styremedlemmer:", "Ola Dahle (nestleder)\nPer Moen\nSiri Lunde (vara)\nGeir Nesse (vara)"]])
    assert _roles(_board_of("Styret", table)) == {"Kari Berge": ("LEDE", False), "Ola Dahle": ("NEST", False),
                                      "Per Moen": ("MEDL", False), "Siri Lunde": ("VARA", False),
                                      "Geir Nesse": ("VARA", False)}


def test_board_h33_attending_organs_row_is_that_organs():
    """"Til stede fra kontrollkomiteen: | Randi Vik (leder)": not the board's chair."""
    table = _table([["Styreleder:", "Kari Berge"], ["Styremedlemmer:", "Per Moen\nLiv Aasen"],
                    ["Til stede fra kontrollkomiteen:", "Randi Vik (leder)\nTore Eide"]])
    board = _board_of("Protokoll fra generalforsamlingen", table)
    assert "Randi Vik" not in _roles(board)
    assert _roles(board)["Kari Berge"] == ("LEDE", False)


@pytest.mark.parametrize("sentence", [
    "Aud Nordli erstatter Unni Dahl som varamedlem.",
    "Aud Nordli erstattet Unni Dahl som varamedlem i juni.",
    "Aud Nordli avløyser Unni Dahl som varamedlem.",
])
def test_board_h33_replacing_verb_gives_the_role_to_the_name_before_it(sentence):
    """The replaced deputy was read as the deputy, sure (0.94-0.96); the new one missed."""
    _, board = _people(("h", "Årsmøtet i historielaget"),
                       ("p", f"Valgkomiteen la fram det nye styret med kun ei endring – {sentence}"), title=False)
    assert _roles(board) == {"Aud Nordli": ("VARA", False)}


def test_board_h33_replaced_name_alone_is_no_holder():
    _, board = _people(("h", "Styret"), ("p", "Leder er Kari Berg. Hun erstatter Unni Dahl som leder."))
    assert "Unni Dahl" not in _roles(board)


def test_board_h33_members_seated_in_the_board():
    _, board = _people(("h", "Ny ledelse i fylkeslaget"),
                       ("p", "Årsmøtet valgte Bernt Skogmo som ny leder og Randi Nystad som nestleder i styret. "
                             "Med seg i styret har de Anne Svarstad, Kjersti Berg og Olaug Hansen."), title=False)
    assert {n for n, r in _roles(board).items() if r == ("MEDL", False)} == {"Anne Svarstad", "Kjersti Berg",
                                                                              "Olaug Hansen"}


def test_board_h33_seated_name_with_a_role_after_it_keeps_that_role():
    _, board = _people(("h", "Styret"), ("p", "I styret sitter Kari Lien som leder, og Ola Brun er styremedlem."))
    assert _roles(board) == {"Kari Lien": ("LEDE", False), "Ola Brun": ("MEDL", False)}


@pytest.mark.parametrize("label", ["Vararekka består av", "Varamedlemmene består av", "Vararekkja er"])
def test_board_h33_deputies_after_a_composed_deputy_row(label):
    _, board = _people(("h", "Styret"), ("p", f"Leder er Kari Berg. {label} Paul Arne Haug og Marit Olsen."))
    assert _roles(board) == {"Kari Berg": ("LEDE", False), "Paul Arne Haug": ("VARA", False),
                             "Marit Olsen": ("VARA", False)}
    assert all(m.confidence >= REVIEW_THRESHOLD for m in board)


def test_board_h33_another_organ_composed_is_still_no_board():
    _, board = _people(("h", "Styret"), ("p", "Leder er Kari Berg. Valgkomiteen består av Ola Dahl og Per Moe."))
    assert _roles(board) == {"Kari Berg": ("LEDE", False)}
