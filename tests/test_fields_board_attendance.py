"""A meeting's attendance beside the board, a fellesråd's kirkeverge in a parish's report, an
observer's origin, abbreviated roles, a remark after a listed name (extractor.fields.board_labels,
board_scope, board_mentions, board_names)."""
from __future__ import annotations

import pytest

from extractor.fields.board_headings import heading_line
from extractor.fields.board_labels import attendance_label, board_meeting_section
from extractor.calibrate import DOUBT_CEILING, calibrated, item_features, load_model
from test_fields_board import _people, _roles


def calibrated_below_review(item) -> bool:
    """The fitted confidence of a board entry or daglig leder: a review doubt caps it."""
    return calibrated(load_model(), "board", item_features("board", "board", item, "pdf")) <= DOUBT_CEILING


@pytest.mark.parametrize(("text", "attendance"), [
    ("Til stede: Kari Holm (leder), Per Aune (nestleder)", True),
    ("Faste medlemer som møtte:", True),
    ("Faste medlemmer som ikke møtte: Liv Berg", True),
    ("Forfall: Odd Tangen", True),
    ("Frammøtte: Kari Holm Leiar", True),
    ("Leder: Kari Holm", False),
    ("Møtestad: Lidal rådhus", False),
    ("Kari Holm møtte til stede uten forfall", False),  # no label: words after no colon
])
def test_board_attendance_label(text, attendance):
    assert attendance_label(heading_line(text)) is attendance


@pytest.mark.parametrize(("heading", "board"), [
    ("Protokoll fra styremøte 5. november 2023", True),
    ("Frå styremøtet i oktober", True),
    ("Møteprotokoll", False),
    ("Referat fra møte i brukerrådet", False),
    (None, False),
])
def test_board_attendance_board_meeting_section(heading, board):
    assert board_meeting_section(heading) is board


COUNCIL_MINUTES = (("h", "Møteprotokoll"), ("p", "Utval: Eldrerådet"), ("p", "Faste medlemer som møtte:"),
                   [["Namn", "Funksjon"], ["Kari Holm", "Leiar"], ["Per Aune", "Nestleiar"], ["Liv Berg", "Medlem"]])


def test_board_attendance_of_another_organs_minutes_is_a_doubt():
    _, board = _people(*COUNCIL_MINUTES, org=None)
    assert board and all("attendance" in m.reasons for m in board)
    assert all(calibrated_below_review(m) for m in board)


def test_board_attendance_of_a_board_meeting_keeps_its_roles():
    _, board = _people(("h", "Protokoll fra styremøte 5. november"),
                       ("p", "Til stede: styreleder Kari Holm, nestleder Per Aune og styremedlem Liv Berg."))
    assert _roles(board) == {"Kari Holm": ("LEDE", False), "Per Aune": ("NEST", False), "Liv Berg": ("MEDL", False)}
    assert not any("attendance" in m.reasons for m in board)


def test_board_attendance_ends_at_the_next_label():
    _, board = _people(("h", "Møteprotokoll"), ("p", "Til stede: Ola Dahl\nStyret:\nLeder: Kari Holm\nNestleder: Per Aune"))
    assert _roles(board) == {"Kari Holm": ("LEDE", False), "Per Aune": ("NEST", False)}
    assert not any("attendance" in m.reasons for m in board)


@pytest.mark.parametrize(("org", "line", "doubt"), [
    ("Austvik sokneråd", "Kyrkjeverje: Bjarne Nyhus", True),
    ("Nordvik menighet", "Kirkeverge Bjarne Nyhus har deltatt på to møter.", True),
    ("Nordvik kirkelige fellesråd", "Kirkeverge: Bjarne Nyhus", False),  # the fellesråd's own daglig leder
    ("Austvik sokneråd", "Dagleg leiar: Bjarne Nyhus", False),
])
def test_board_parish_report_kirkeverge_is_a_doubt(org, line, doubt):
    ceo, _ = _people(("h", "Tilsette"), ("p", line), org=org)
    assert ceo is not None and ceo.value == "Bjarne Nyhus"
    assert ("fellesrad_title" in ceo.reasons) is doubt
    if doubt:
        assert calibrated_below_review(ceo)


@pytest.mark.parametrize("line", ["Observatør fra Fagforbundet: Liv Rognstad", "Observatør fra brukerrådet: Liv Rognstad",
                                  "Observatør fra Nordvik kommune: Liv Rognstad"])
def test_board_observer_with_the_body_it_comes_from(line):
    _, board = _people(("h", "Styret"), ("p", "Styreleder: Kari Holm\n" + line))
    assert _roles(board) == {"Kari Holm": ("LEDE", False), "Liv Rognstad": ("OBS", False)}


def test_board_abbreviated_roles():
    _, board = _people(("h", "Styret"), ("p", "Leder: Kari Holm\nNestl.: Per Aune\nSt.medl.: Liv Berg\n"
                                              "Vararepr.: Odd Tangen"))
    assert _roles(board) == {"Kari Holm": ("LEDE", False), "Per Aune": ("NEST", False), "Liv Berg": ("MEDL", False),
                             "Odd Tangen": ("VARA", False)}


@pytest.mark.parametrize("line", ["Vara er Tommy Vik (ny) og Lena Holm (ny)", "Varamedlemmer: Tommy Vik (ny), Lena Holm (ny)"])
def test_board_a_remark_after_a_listed_name_ends_no_list(line):
    _, board = _people(("h", "Styret"), ("p", "Leder: Kari Holm\n" + line))
    assert _roles(board) == {"Kari Holm": ("LEDE", False), "Tommy Vik": ("VARA", False), "Lena Holm": ("VARA", False)}


BESIDE = [["Arne Foss, Nordvik", "leder", "Siri Hovda, Nordvik"], ["Jens Ulvik, Austvik", "nestleder", "Eli Fure, Austvik"],
          ["Tone Rekdal, Lidal", "", "Ove Rasten, Lidal"],
          ["Gry Nesje, ansattrepresentant", "", "Pål Teigen, ansattrepresentant"]]


def test_board_headerless_column_beside_the_members_is_a_doubt():
    _, board = _people(("h", "Fellesrådet"), BESIDE, org="Nordvik kirkelige fellesråd")
    roles = _roles(board)
    assert roles["Arne Foss"] == ("LEDE", False) and roles["Gry Nesje"] == ("MEDL", True)
    beside = {m.name for m in board if "beside_members" in m.reasons}
    assert beside == {"Pål Teigen"} and all(calibrated_below_review(m) for m in board if m.name in beside)


def test_board_two_column_list_of_members_is_no_column_beside():
    _, board = _people(("h", "Styret"), [["Kari Holm, leder", "Per Aune, nestleder"],
                                         ["Liv Berg, styremedlem", "Odd Tangen, styremedlem"],
                                         ["Siv Rem, varamedlem", "Ola Moe, varamedlem"]])
    assert len(board) == 6 and not any("beside_members" in m.reasons for m in board)


def test_board_role_name_pairs_in_four_columns_are_no_column_beside():
    _, board = _people(("h", "Styret"), [["Styreleder", "Kari Holm", "Styremedlem", "Liv Berg"],
                                         ["Nestleder", "Per Aune", "Styremedlem", "Odd Tangen"],
                                         ["Styremedlem", "Siv Rem", "Varamedlem", "Ola Moe"],
                                         ["Styremedlem", "Tor Lie", "Varamedlem", "Eva Dahl"]])
    assert len(board) == 8 and not any("beside_members" in m.reasons for m in board)


def test_board_deputies_in_a_column_beside_the_members_are_no_doubt():
    _, board = _people(("h", "Styret"), [["Kari Holm, leder", "Siv Rem"], ["Per Aune, nestleder", "Ola Moe"],
                                         ["Liv Berg, styremedlem", "Eva Dahl"], ["Odd Tangen, styremedlem", "Tor Lie, vara"]])
    assert _roles(board)["Tor Lie"] == ("VARA", False)
    assert not any("beside_members" in m.reasons for m in board)
