"""Observers in prose and apart from the board, a member's municipality, a label paragraph run
into the next organ's, English prose, a nomination committee's leader, and the section walk
(extractor.fields.board_statements, board_names, board_asides, board_line_roles, board_readers,
corroboration, board_scope)."""
from __future__ import annotations

import pytest

from extractor.calibrate import add_document_doubts
from extractor.fields.board_headings import heading_line
from extractor.fields.board_line_labels import label_of
from extractor.fields.board_lines import line_to_mentions
from test_fields_board import _people, _roles


def _mentions(text: str) -> dict[str, str | None]:
    return {m.name: (m.role.code if m.role else None) for m in line_to_mentions(heading_line(text), "line")}


@pytest.mark.parametrize(("text", "found"), [
    ("Per Lie har møtt som observatør.", {"Per Lie": "OBS"}),
    ("Per Lie har møtt som observatør for brukerrådet.", {"Per Lie": "OBS"}),
    ("Som observatør møtte Eva Lund fra Fagforbundet.", {"Eva Lund": "OBS"}),
    ("Arnfinn Lunde has been the Managing Director since 2019.", {"Arnfinn Lunde": "DAGL"}),
])
def test_board_gen15_attending_links(text, found):
    assert _mentions(text) == found


def test_board_gen15_attending_verb_links_only_after_som():
    # "Styreleder møtte ordfører X": the chair met the mayor; the mayor is no chair
    assert _mentions("Styreleder møtte ordfører Eva Lund i mars.").get("Eva Lund") != "LEDE"


@pytest.mark.parametrize(("text", "code"), [
    ("Følgende har møtt som observatører:", "OBS"),
    ("I tillegg møter to observatører i styret:", "OBS"),
    ("Følgende har vært medlemmer:", None),  # generic: whose members the line does not say
    ("Følgende har møtt som observatører: Eva Lund", None),  # a name on the line: no label
])
def test_board_gen15_plural_role_sentence_label(text, code):
    found = label_of(heading_line(text))
    assert (found.code if found is not None and found.kind == "ROLE" else None) == code


def test_board_gen15_observers_apart_and_members_with_their_municipality():
    _, board = _people(("h2", "Styret"),
                       ("p", "Hege Solvang, Eikeland kommune, styreleder\nTerje Bråten, Lidal kommune, nestleder\n"
                             "Ingrid Myhre, Austvik kommune"),
                       ("p", "Styret har hatt ni møter."),
                       ("p", "Observatører i styret:\nLiv Rognstad, Fagforbundet\nStein Haldorsen, brukerrådet"))
    assert _roles(board) == {"Hege Solvang": ("LEDE", False), "Terje Bråten": ("NEST", False),
                             "Ingrid Myhre": ("MEDL", False), "Liv Rognstad": ("OBS", False),
                             "Stein Haldorsen": ("OBS", False)}


def test_board_gen15_label_paragraphs_run_into_one_line():
    _, board = _people(("h2", "Tillitsvalgte"),
                       ("p", "Styret: Hege Solvang (leder), Terje Bråten (nestleder), Ingrid Myhre og Kjetil Aasen. "
                             "Kontrollkomiteen: Bente Kvamme (leder), Rolf Nyborg og Gunn Vestbø."))
    assert _roles(board) == {"Hege Solvang": ("LEDE", False), "Terje Bråten": ("NEST", False),
                             "Ingrid Myhre": ("MEDL", False), "Kjetil Aasen": ("MEDL", False)}


def test_board_gen15_nomination_committee_leader_quoted():
    _, board = _people(("p", "– Vi er fornøyde med styret, sier valgnemndas leder Bente Kvamme."))
    assert "Bente Kvamme" not in _roles(board)


def test_board_gen15_an_observer_apart_from_the_board_is_no_doubt():
    def member(name, role, page):
        return {"name": name, "role": role, "confidence": 0.9, "reasons": ["name_list", "board_section"],
                "source": {"page": page, "path": None, "text": name, "ocr_confidence": None}}
    report = {"board": [member("Liv Brekke", "LEDE", 2), member("Odd Rime", "MEDL", 2), member("Siv Aune", "MEDL", 2),
                        member("Per Tangen", "OBS", 7), member("Tor Vik", "MEDL", 7)], "key_figures": []}
    add_document_doubts(report)
    assert ["apart_from_board" in m["reasons"] for m in report["board"]] == [False, False, False, False, True]


def test_board_gen15_role_label_over_a_names_table():
    _, board = _people(("h2", "Styret"),
                       ("p", "Leder: Hege Solvang\nNestleder: Terje Bråten"),
                       ("p", "Varamedlemmer:"),
                       [["Navn", "Kommune"], ["Nora Bakkevig", "Eikeland"], ["Per Arne Vik", "Lidal"]],
                       ("p", "Valgkomiteen:"),
                       [["Navn", "Kommune"], ["Bente Kvamme", "Austvik"]])
    assert _roles(board) == {"Hege Solvang": ("LEDE", False), "Terje Bråten": ("NEST", False),
                             "Nora Bakkevig": ("VARA", False), "Per Arne Vik": ("VARA", False)}
