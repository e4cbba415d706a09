"""Board layout readers on hand-built documents: stacks, positions, e-signatures, deputies,
labels, forewords, leavers, and the doubts that keep thin evidence under review."""
from __future__ import annotations

from extractor.confidence import REVIEW_THRESHOLD
from extractor.fields.board import READERS
from extractor.fields.board_weights import WEIGHTS
from test_fields_board import _people, _roles


def test_board_readers_each_name_is_a_weighted_reason():
    assert set(READERS) <= set(WEIGHTS)
    assert all(cls.name == name for name, cls in READERS.items())


def test_board_stack_role_name_contact_with_first_role_run_into_the_lead_line():
    """A PDF layout joins the lead sentence and the first role ("... har vært: Leder"); the
    e-mail lines still close each person's block, so the pairing does not slip by one."""
    _, board = _people(("h2", "Tillitsvalgte"), ("p", "Siden forrige årsmøte har de tillitsvalgte vært: Leder"),
                       ("p", "Kari Nordmann"), ("p", "kari@forening.no"), ("p", "Nestleder"), ("p", "Ola Hansen"),
                       ("p", "ola@forening.no"), ("p", "Økonomiansvarlig"), ("p", "Tone Berg"),
                       ("p", "tone@epost.no"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False),
                             "Tone Berg": ("MEDL", False)}


def test_board_stack_orientation_is_set_by_the_first_pair():
    _, name_first = _people(("h2", "Styret"), ("p", "Kari Nordmann"), ("p", "Styreleder"), ("p", "Ola Hansen"),
                            ("p", "Styremedlem"))
    _, role_first = _people(("h2", "Styret"), ("p", "Styreleder"), ("p", "Kari Nordmann"), ("p", "Styremedlem"),
                            ("p", "Ola Hansen"))
    assert _roles(name_first) == _roles(role_first) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False)}


def test_board_flattened_signature_rows_pair_by_position():
    ceo, board = _people(("h2", "Styrets beretning"), ("p", "Fjordby, 3. mars 2024"),
                         ("p", "Kari Nordmann Ola Hansen Tone Berg styreleder nestleder styremedlem "
                               "Per Lund Guro Fossli styremedlem daglig leder"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False),
                             "Tone Berg": ("MEDL", False), "Per Lund": ("MEDL", False)}
    assert ceo.value == "Guro Fossli"


def test_board_esign_page_confirms_the_listing_and_keeps_its_spelling():
    _, board = _people(("h2", "Styret"), ("p", "Styreleder: Kari Nordmann"), ("p", "Styremedlem: Ola Hansen"),
                       ("h2", "Signaturer"), ("p", "Signert digitalt med BankID. Serienummer oppgitt under."),
                       ("p", "Nordmann, Kari Elisabeth Hansen, Ola"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False)}
    kari = next(m for m in board if m.name == "Kari Nordmann")
    assert "Kari Elisabeth Nordmann" in kari.aliases and "also_in_signature" in kari.reasons


def test_board_signers_table_surname_first_under_one_certificate_word():
    """A signers' table, each cell "Surname, Given names", title and date, under a single
    certificate word: signers, not a second member under the given names alone."""
    _, board = _people(("h2", "Styret"), ("p", "Styreleder: Kari Helene Nordmann"), ("p", "Styremedlem: Ola Hansen"),
                         ("h2", "Signert elektronisk"), ("p", "Dokumentet er signert elektronisk av styret."),
                         [["Nordmann, Kari Helene Styreleder 2025-02-27", "Hansen, Ola Styremedlem 2025-02-28"],
                          ["Berg, Tone Revisor 2025-02-27", ""]])
    assert _roles(board) == {"Kari Helene Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False)}


def test_board_proposal_table_under_its_label_is_no_board():
    _, board = _people(("h2", "Styret"), ("p", "Leder: Kari Nordmann"), ("p", "Nestleder: Ola Hansen"),
                       ("h2", "Valg"), ("p", "Valgkomiteens innstilling til årsmøtet 2025:"),
                       [["Verv", "Kandidat"], ["Leder", "Ola Hansen"], ["Nestleder", "Per Lund"]])
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False)}


def test_board_signers_alone_are_members_only_without_a_listing():
    _, alone = _people(("h2", "Styrets beretning"), ("p", "Fjordby, 3. mars 2024"), ("p", "________ ________"),
                       ("p", "Kari Nordmann"), ("p", "Ola Hansen"))
    assert _roles(alone) == {"Kari Nordmann": ("MEDL", False), "Ola Hansen": ("MEDL", False)}
    assert all("signature_only" in m.reasons for m in alone)
    _, listed = _people(("h2", "Styret"), ("p", "Styreleder: Kari Nordmann"), ("p", "Styremedlem: Tone Berg"),
                        ("h2", "Årsregnskapet"), ("p", "Fjordby, 3. mars 2024"), ("p", "________ ________"),
                        ("p", "Kari Nordmann"), ("p", "Guro Fossli"))
    assert _roles(listed) == {"Kari Nordmann": ("LEDE", False), "Tone Berg": ("MEDL", False)}


def test_board_deputies_beside_members_know_whom_they_stand_in_for():
    _, board = _people(("h2", "Styret"), [["Medlemmer", "Personlige varamedlemmer"],
                                          ["Arne Hansen, styreleder", "Siri Dahl"], ["Tone Berg", "Per Lund"]])
    found = {m.name: m for m in board}
    assert _roles(board) == {"Arne Hansen": ("LEDE", False), "Tone Berg": ("MEDL", False),
                             "Siri Dahl": ("VARA", False), "Per Lund": ("VARA", False)}
    assert found["Siri Dahl"].deputy_for == "Arne Hansen" and found["Per Lund"].deputy_for == "Tone Berg"


def test_board_labels_say_whose_names_follow():
    _, board = _people(("h2", "Styret og tillitsvalgte"), ("p", "Styret:"), ("p", "Leder: Kari Nordmann"),
                       ("p", "Medlem: Ola Hansen"), ("p", "Valgkomité:"), ("p", "Leder: Per Lund"),
                       ("p", "Medlem: Siri Dahl"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False)}


def test_board_group_leader_is_a_member_not_a_second_chair():
    _, board = _people(("h2", "Hovedstyret"), ("p", "Leder: Kari Nordmann"), ("p", "Leder skigruppa: Ola Hansen"),
                       ("p", "Tone Berg (leder i fotballgruppa)"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False),
                             "Tone Berg": ("MEDL", False)}


def test_board_foreword_signer_is_the_titled_writer():
    ceo, _ = _people(("h2", "Daglig leder har ordet"), ("p", "Året har gitt oss mange nye deltakere."),
                     ("p", "Guro Fossli"))
    assert ceo.value == "Guro Fossli" and "foreword" in ceo.reasons


def test_board_leaving_the_board_and_leaving_a_role():
    _, board = _people(("h2", "Styret"), ("p", "Styreleder: Kari Nordmann"), ("p", "Styremedlem: Ola Hansen"),
                       ("p", "Styremedlem: Tone Berg"), ("p", "Tone Berg gikk ut av styret i mai."),
                       ("p", "Ola Hansen var nestleder fram til juni."))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False)}


def test_board_two_similar_names_in_one_listing_stay_two_and_go_to_review():
    _, board = _people(("h2", "Styret"), [["Navn", "Rolle"], ["Kari Andersen", "Styreleder"],
                                          ["Kari Pedersen", "Varamedlem"]])
    assert _roles(board) == {"Kari Andersen": ("LEDE", False), "Kari Pedersen": ("VARA", False)}
    assert all("similar_names" in m.reasons and m.confidence < REVIEW_THRESHOLD for m in board)


def test_board_without_any_board_heading_is_doubted():
    _, with_heading = _people(("h2", "Styret"), ("p", "Styreleder: Kari Nordmann"), ("p", "Styremedlem: Ola Hansen"))
    _, without = _people(("h2", "Om oss"), ("p", "Styreleder: Kari Nordmann"), ("p", "Styremedlem: Ola Hansen"))
    assert _roles(with_heading) == _roles(without)
    assert all("no_board_heading" in m.reasons for m in without)
    assert max(m.confidence for m in without) < min(m.confidence for m in with_heading)


def test_board_new_role_during_the_year_wins_over_the_one_before():
    _, board = _people(("h2", "Styret"), ("p", "Nestleder Anne Sand ble valgt til ny leder i april."),
                       ("p", "Styremedlem: Liv Fjeld"))
    assert _roles(board) == {"Anne Sand": ("LEDE", False), "Liv Fjeld": ("MEDL", False)}


def test_board_chair_who_became_ceo_by_pronoun():
    ceo, board = _people(("h2", "Styret"),
                         ("p", "Kari Nordmann var styreleder fram til august, da hun ble ansatt som daglig leder."),
                         ("p", "Styreleder: Ola Hansen"))
    assert ceo.value == "Kari Nordmann" and _roles(board) == {"Ola Hansen": ("LEDE", False)}


def test_board_name_som_role_and_its_organ():
    _, board = _people(("h2", "Styret"), ("p", "Styret består av fem medlemmer, med Ola Moe som leder."))
    assert _roles(board) == {"Ola Moe": ("LEDE", False)}
    _, board = _people(("h2", "Styret"), ("p", "Styreleder: Tone Berg"),
                       ("p", "Valgkomiteen har bestått av Kari Dahl og Per Lund, med Ola Moe som leder."))
    assert _roles(board) == {"Tone Berg": ("LEDE", False)}


def test_board_role_column_then_name_column_with_headers_and_a_wrapped_label():
    """A Role | Name table a page layout read column by column: the headers pair nothing, a role
    wrapped onto two lines is one role, and "Board Member" / "Observer" are no plural labels."""
    _, board = _people(("h2", "Summary"), ("p", "Board of Directors"), ("p", "Role"), ("p", "Chair"),
                       ("p", "Deputy Chair"), ("p", "Board Member"), ("p", "Employee\nRepresentative"),
                       ("p", "Observer"), ("p", "Name"), ("p", "Kari Nordmann"), ("p", "Ola Hansen"),
                       ("p", "Tone Berg"), ("p", "Per Lund"), ("p", "Guro Fossli"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False),
                             "Tone Berg": ("MEDL", False), "Per Lund": ("MEDL", True), "Guro Fossli": ("OBS", False)}


def test_board_fellesraad_is_the_board_only_without_a_board_heading():
    """A church council's report names its board "Fellesrådet"; beside a "Styret" section it is
    another organ."""
    council = (("h2", "Fellesrådet"), ("p", "Leiar: Kari Nordmann\nMedlem: Ola Hansen"))
    _, alone = _people(*council, org="Den norske kyrkja i Nordvik")
    assert _roles(alone) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False)}
    _, beside = _people(("h2", "Styret"), ("p", "Styreleiar: Tone Berg"), *council, org="Nordvik Gravplass AS")
    assert _roles(beside) == {"Tone Berg": ("LEDE", False)}


def test_board_dot_leader_of_ellipsis_glyphs_heads_the_name_after_it():
    """Lines a PDF ran together, each role led to its name by "…" glyphs: no role takes the
    place before it ("..., Nordre Land Nestleder……Per Lund")."""
    ceo, board = _people(("h2", "Styret i 2023"),
                         ("p", "Styreleder……Kari Nordmann, Nordre Land Nestleder……Ola Hansen, Sørby "
                               "Varamedlem……Tone Berg Varamedlem……Per Lund"),
                         ("p", "Daglig leder (havnefogd) har vært Guro Fossli."))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False),
                             "Tone Berg": ("VARA", False), "Per Lund": ("VARA", False)}
    assert ceo.value == "Guro Fossli"


def test_board_tables_organisations_column_is_whose_role():
    """A first column headed by a kind of organisation names whose role each row gives ("Regionlag
    | Leder"); members listed with their clubs and a role in every row are the board ("Klubb | Navn
    | Verv"), and "Kommune | Representant" names what members sit for."""
    from extractor.fields.board_table_cells import entity_column
    assert entity_column([["Regionlag", "Leder", "Medlemmer"], ["Steinlaget Vest", "Liv Sunde", "87"],
                          ["Steinlaget Nord", "Arvid Lund", "64"]]) == 0
    assert entity_column([["Klubb", "Navn", "Verv"], ["Vefsn IL", "Marte Fagerli", "Leder"],
                          ["Hemnes IL", "Kristoffer Aas", "Nestleder"]]) is None
    assert entity_column([["Kommune", "Representant"], ["Vefsn", "Liv Sunde"]]) is None
    assert entity_column([["Verv", "Navn", "Klubb"], ["Leder", "Marte Fagerli", "Vefsn IL"]]) is None


def test_board_portrait_cards_role_on_two_lines_is_the_employees_member():
    _, board = _people(("h", "Styret"),
                       [["Eva Lunde", "Odd Kveli", "Siv Rønning"],
                        ["Styreleder", "Styremedlem", "Styremedlem\nansattvalgt"]])
    assert _roles(board) == {"Eva Lunde": ("LEDE", False), "Odd Kveli": ("MEDL", False),
                             "Siv Rønning": ("MEDL", True)}


def test_board_body_named_by_its_place_meets_through_its_adviser_is_no_person():
    _, board = _people(("h", "Styret"), [["Styreleder", "Eva Lunde"], ["Styremedlem", "Odd Kveli"]],
                       ("p", "Aetat Elverum har møtt i styret som observatør ved konsulent Gro Moe."))
    assert "Aetat Elverum" not in _roles(board)


def test_board_unnamed_subsidiary_with_its_own_board_is_not_ours():
    _, board = _people(("h", "Styret"), [["Styreleder", "Eva Lunde"], ["Styremedlem", "Odd Kveli"]],
                       ("p", "Datterselskapet har eget styre med Trond Aske som styreleder."))
    assert _roles(board) == {"Eva Lunde": ("LEDE", False), "Odd Kveli": ("MEDL", False)}
