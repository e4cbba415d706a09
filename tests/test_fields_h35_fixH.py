"""Kinds from the fiftieth blind held-out set's boards and facts (h35-fixH, docs/phrasings.md §99), at
the level of the functions that read them; the probes h35h-* run the same kinds through the tool."""
from __future__ import annotations

import pytest

from extractor.document import Provenance
from extractor.fields.owners import iter_sentence_claims
from extractor.fields.people import text_to_name
from extractor.ingest.pdf_cards import find_cards
from extractor.ingest.primitives import Word
from test_fields_board import _people, _roles


def _words(text: str, x0: float, top: float, size: float = 8.0, bold: bool = False) -> list[Word]:
    """A line's words set from ``x0``, about 0.55 em a letter and a space between."""
    out, x = [], x0
    for token in text.split():
        width = 0.55 * size * len(token)
        out.append(Word(token, x, top, x + width, top + size, size, bold))
        x += width + 0.3 * size
    return out


PHOTOS = [(50.0, 100.0, 110.0, 180.0), (120.0, 100.0, 180.0, 176.0), (190.0, 100.0, 250.0, 180.0)]


def _card_words() -> list[Word]:
    """Captions under three photos of a row: a name wrapped to two lines under the first, the
    roles under the names, the body text under the row."""
    return (_words("Gunvor Helle", 50, 183, bold=True) + _words("Bratberg", 50, 193, bold=True)
            + _words("Styreleder", 50, 203)
            + _words("Eskil Moen", 120, 179, bold=True) + _words("Nestleder", 120, 189)
            + _words("Kari Lie", 190, 183, bold=True) + _words("1.", 190, 193) + _words("varamedlem", 190, 203)
            + _words("Styret har hatt seks møter i året og behandlet mange saker.", 50, 225))


def test_pdf_cards_a_row_of_photos_reads_as_names_over_roles():
    tables = find_cards(1, _card_words(), PHOTOS, 595)
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["Gunvor Helle Bratberg", "Eskil Moen", "Kari Lie"], ["Styreleder", "Nestleder", "1. varamedlem"]]


def test_pdf_cards_leave_the_body_text_under_them():
    cells = [c.text for row in find_cards(1, _card_words(), PHOTOS, 595)[0].rows for c in row]
    assert not any("Styret" in text for text in cells)


def test_pdf_cards_two_groups_side_by_side_are_two_tables():
    # the board's three photos, then a wide space, then a council's two
    photos = PHOTOS + [(330.0, 100.0, 390.0, 180.0), (400.0, 100.0, 460.0, 180.0)]
    words = _card_words() + _words("Ola Dahl", 330, 183, bold=True) + _words("Leder", 330, 193) \
        + _words("Siv Moe", 400, 183, bold=True) + _words("Medlem", 400, 193)
    tables = find_cards(1, words, photos, 595)
    assert [len(t.rows[0]) for t in tables] == [3, 2]


def test_pdf_cards_need_a_caption_under_every_photo():
    words = _words("Gunvor Helle", 50, 183, bold=True) + _words("Styreleder", 50, 193)
    assert find_cards(1, words, PHOTOS[:2], 595) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Nidar BTK", None),  # a club's place and its designator in capitals
    ("Kari DAHL", "Kari Dahl"),  # a surname in capitals stays
])
def test_people_a_club_designator_in_capitals_is_no_surname(text, want):
    found = text_to_name(text)
    assert (found.name if found else None) == want


def test_board_cards_role_line_with_a_club_after_a_middle_dot():
    _, board = _people(("h", "Kretsstyret"), [["Hanne Skjølberg", "Remi Fagerli"],
                                              ["Leder · Vollan BTK", "1. vara · Børsa BTK"]])
    assert _roles(board) == {"Hanne Skjølberg": ("LEDE", False), "Remi Fagerli": ("VARA", False)}


def test_board_name_broken_at_a_caption_line_end_joins_its_signature():
    _, board = _people(("p", "Styret i Hovsvik AS. Frå venstre: Oddny Steinsvåg (styreleiar), Turid Vik, Per"),
                       ("p", "Arne Gjelsvik (tilsettvald) og Synnøve Tangen."),
                       ("p", "Brandvoll, 2. mars 2023"), ("p", "Oddny Steinsvåg styreleiar"),
                       ("p", "Turid Vik styremedlem"), ("p", "Per Arne Gjelsvik styremedlem"),
                       ("p", "Synnøve Tangen styremedlem"))
    assert _roles(board)["Per Arne Gjelsvik"] == ("MEDL", True)
    assert "Arne Gjelsvik" not in _roles(board)


def test_board_personal_deputies_each_for_two_members():
    _, board = _people(("h", "Styret"), ("p", "Styreleder: Marit Bergslien"), ("p", "Nestleder: Henning Tollefsrud"),
                       ("p", "Personlige varamedlemmer er Gro Ellingsrud (for Marit Bergslien og Henning "
                             "Tollefsrud) og Stian Kaasa (for Ida Kvisler og Asbjørn Rølvåg)."))
    assert {n for n, (role, _) in _roles(board).items() if role == "VARA"} == {"Gro Ellingsrud", "Stian Kaasa"}


@pytest.mark.parametrize(("lead", "kept"), [
    ("Representantskapet er det øverste organet. Leder av representantskapet er ordfører Tore Bekkevold.", False),
    ("Styret har hatt seks møter. Styrets leder er Tore Bekkevold.", True),  # the board's own chair
])
def test_board_members_and_deputies_table_led_by_another_organs_leader(lead, kept):
    _, board = _people(("h", "Eierstyring"), ("p", lead),
                       [["Kommune", "Medlem", "Varamedlem"], ["Sande", "Tore Bekkevold (leder)", "Janne Lysaker"],
                        ["Hof", "Kjersti Brå (nestleder)", "Leif Ormestad"]])
    assert ("Tore Bekkevold" in _roles(board)) is kept


@pytest.mark.parametrize(("text", "want"), [
    ("Tlf. 53 42 11 00 post@nesvag.no Eigd 100 % av Bømlo kommune Skipa i 1989", [("Bømlo kommune", 100.0)]),
    ("Eies 100 % av Nordby kommune.", [("Nordby kommune", 100.0)]),
    ("Bedrifta er eigd av Eid kommune (50 %) og Stryn kommune (50 %).",  # "Eid" is a place
     [("Eid kommune", 50.0), ("Stryn kommune", 50.0)]),
])
def test_owners_a_fact_box_participle_before_the_share_is_no_owner(text, want):
    assert [(c.name, c.share) for c in iter_sentence_claims(text, Provenance(page=1), False, [])] == want
