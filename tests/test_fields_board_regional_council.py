"""A regional council (interkommunalt politisk råd) read by its own word: its name before a dash
and its kind on the cover, "Rådet" heading its members, the office that seats each of them
("Ordførar", "Varaordførar") before the name (extractor.fields.org_name, board_headings,
board_tables). Names are invented."""
from __future__ import annotations

import pytest

from extractor.fields.board_headings import _names_own_council
from extractor.fields.org_lines import name_beside_kind
from test_fields_board import _people, _roles


@pytest.mark.parametrize("line, name", [
    ("Hallingfjellrådet – interkommunalt politisk råd", "Hallingfjellrådet"),
    ("Nordfjellrådet - interkommunalt samarbeidsråd", "Nordfjellrådet"),
    ("Rådet – interkommunalt politisk råd", None),  # the kind alone names no one
    ("Nordfjellrådet – Årsmelding 2023", None),  # a title after the dash, no kind
    ("Hallingdal – interkommunalt politisk råd", None),  # a place, no organisation's word
    ("Nordfjellrådet – eit samarbeid", None),
])
def test_org_name_beside_its_kind_after_a_dash(line, name):
    assert name_beside_kind(line) == name


@pytest.mark.parametrize("word, org, own", [
    ("Rådet", {"hallingfjellrådet"}, True),
    ("rådets", {"nordby", "idrettsråd"}, True),
    ("Rådet", {"nordby", "vekst", "as"}, False),
    ("Eldrerådet", {"hallingfjellrådet"}, False),  # another council
])
def test_board_heading_council_word_alone_is_the_councils_own(word, org, own):
    assert _names_own_council(word, frozenset(org)) is own


@pytest.mark.parametrize("mayor, deputy, chair, vice", [
    ("Ordførar", "Varaordførar", "leiar", "nestleiar"),
    ("Ordfører", "Varaordfører", "leder", "nestleder"),  # bokmål's "ordfører" also names another organ's role
])
def test_board_mayors_table_reads_offices_as_seats_not_names(mayor, deputy, chair, vice):
    _, board = _people(("p", "Hallingfjellrådet – interkommunalt politisk råd"), ("h2", "Rådet"),
                       [["Kommune", "Medlem", "Varamedlem"],
                        ["Hol", f"{mayor} Torgeir Lunde Bakka, {chair}", f"{deputy} Ingrid Sletten"],
                        ["Ål", f"{mayor} Sigrun Hovda, {vice}", f"{deputy} Olav Tufte Rud"],
                        ["Hemsedal", f"{mayor} Nils Grøthe", f"{deputy} Mari Fekjær"]],
                       org="Hallingfjellrådet", title=False)
    assert _roles(board) == {"Torgeir Lunde Bakka": ("LEDE", False), "Sigrun Hovda": ("NEST", False),
                             "Nils Grøthe": ("MEDL", False), "Ingrid Sletten": ("VARA", False),
                             "Olav Tufte Rud": ("VARA", False), "Mari Fekjær": ("VARA", False)}
