"""Board kinds from the forty-second and forty-third held-out sets (h34-fixD): bios whose role is a
closing tenure sentence, e-signature rows "Surname, Given — Role — stamp", an election committee's
proposal with its candidates on the label's line."""
from __future__ import annotations

from test_fields_board import _people, _roles


def test_board_bio_tenure_sentence_gives_the_role():
    _, board = _people(("h", "Styret"),
                       ("p", "Randi Elvestad (f. 1961) er jurist og har lang erfaring fra forsikring. Styrets leder siden 2018."),
                       ("p", "Kolbjørn Sætre (f. 1955) er ingeniør. Nestleder, styremedlem siden 2016."),
                       ("p", "Vigdis Ormøy er lege i allmennpraksis. Styremedlem siden 2020."))
    assert _roles(board) == {"Randi Elvestad": ("LEDE", False), "Kolbjørn Sætre": ("NEST", False),
                             "Vigdis Ormøy": ("MEDL", False)}


def test_board_bio_without_a_tenure_sentence_gives_no_role():
    # a role word in the bio's own sentences is someone else's board ("styreleder i Stord Næringsråd")
    _, board = _people(("h", "Styret"), ("p", "Styreleder: Åsmund Brekke"),
                       ("p", "Maren Hovland (f. 1975) er advokat. Hun er også styreleder i Lindås Næringsråd."))
    assert _roles(board).get("Maren Hovland", ("MEDL", False))[0] != "LEDE"


def test_board_esign_rows_with_dashes_give_the_roles():
    _, board = _people(("h", "Signaturer"), ("p", "Dokumentet er signert elektronisk av styret."),
                       ("p", "Bakke, Torild Marie — Styreleder — 2024-03-12 09:41"),
                       ("p", "Hovland, Sverre — Nestleder — 2024-03-12 10:05"),
                       ("p", "Tveito, Geir — Styremedlem — 2024-03-13 12:30"))
    assert _roles(board) == {"Torild Marie Bakke": ("LEDE", False), "Sverre Hovland": ("NEST", False),
                             "Geir Tveito": ("MEDL", False)}


def test_board_inline_proposal_candidates_are_not_the_board():
    _, board = _people(("h", "Styret"), ("p", "Oddvar Rønning, leder"), ("p", "Marit Skaug, nestleder"),
                       ("p", "Helge Bakken, styremedlem"), ("h", "Årsmøtet"),
                       ("p", "Valgkomiteens forslag til nytt styre: leder Marit Skaug, nestleder Ivar Enger, "
                             "varamedlem Anne Grethe Moen."))
    assert _roles(board) == {"Oddvar Rønning": ("LEDE", False), "Marit Skaug": ("NEST", False),
                             "Helge Bakken": ("MEDL", False)}
