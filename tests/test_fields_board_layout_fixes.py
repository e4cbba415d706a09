"""Board readers on layouts a reading can spoil: short lines taken for headings, a side box's
name run into the text beside it, OCR spellings without the Norwegian letters, signature tables
whose first titles stand above the table, footnote markers, group leaders, other bodies."""
from __future__ import annotations

from extractor.confidence import REVIEW_THRESHOLD
from extractor.fields.board_statements import other_body_noun
from extractor.fields.people import same_person
from extractor.nlp import get_pipeline
from test_fields_board import _people, _roles


def test_board_scan_lines_taken_for_headings_are_read_as_lines():
    """OCR of a scan makes each short line a heading: labels and names still make the board,
    and the organ heading after them (a real one) still ends it."""
    _, board = _people(("h2", "Styret"), ("h", "Styreleder: Eva Brenden"), ("h", "Styremedlemmer:"),
                       ("h", "Odd Rustan"), ("h", "Liv Kjernli"), ("h", "Varamedlemmer:"), ("h", "Bjørg Sætre"),
                       ("h", "Valgkomité"), ("h", "Leder: Arne Stubberud"))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Odd Rustan": ("MEDL", False),
                             "Liv Kjernli": ("MEDL", False), "Bjørg Sætre": ("VARA", False)}


def test_board_bold_names_taken_for_headings_pair_with_the_role_below():
    _, board = _people(("h2", "Styret"), ("h", "Randi Aasen"), ("p", "styreleiar"), ("h", "Terje Bøe"),
                       ("p", "nestleiar"), ("h", "Solveig Lunde"), ("p", "varamedlem"))
    assert _roles(board) == {"Randi Aasen": ("LEDE", False), "Terje Bøe": ("NEST", False),
                             "Solveig Lunde": ("VARA", False)}


def test_board_name_run_into_text_pairs_with_its_role_but_is_doubted():
    """A side box's lines mixed into the text: the name ends a paragraph, its role is the next line."""
    _, board = _people(("h2", "Styret"), ("p", "Styreleder: Eva Brenden"),
                       ("p", "Vi har avtaler med tre kommuner i regionen. Odd Rustan"), ("p", "ansattvalgt styremedlem"))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Odd Rustan": ("MEDL", True)}
    odd = next(m for m in board if m.name == "Odd Rustan")
    assert "run_into_text" in odd.reasons and odd.confidence < REVIEW_THRESHOLD


def test_board_ocr_spelling_without_diacritics_is_the_same_person():
    assert same_person("Arild Bohn", "Arild Bøhn") and same_person("Ase Strom", "Åse Strøm")
    assert not same_person("Kari Andersen", "Kari Pedersen")
    _, board = _people(("h2", "Styret"), ("img", "Goril Brathen\nStyreleder"), ("img", "Oyvind Næss\nNestleder"),
                       ("h2", "Styrets beretning"), ("p", "Halden, 3. mars 2024"),
                       [["Gøril Bråthen", "Øyvind Næss"], ["styreleder", "nestleder"]])
    assert _roles(board) == {"Gøril Bråthen": ("LEDE", False), "Øyvind Næss": ("NEST", False)}


def test_board_signature_table_with_first_titles_above_it():
    """A PDF keeps the first title row outside the table: names start and end the table."""
    ceo, board = _people(("h2", "Styrets beretning"), ("p", "Hamar, 4. mars 2024"), ("p", "Styreleder Nestleder"),
                         [["________", "________"], ["Ingvild Farstad", "Trygve Holm"], ["Styremedlem", "Daglig leder"],
                          ["________", "________"], ["Sunniva Rød", "Lasse Hovind"]])
    assert _roles(board) == {"Ingvild Farstad": ("LEDE", False), "Trygve Holm": ("NEST", False),
                             "Sunniva Rød": ("MEDL", False)}
    assert ceo.value == "Lasse Hovind"


def test_board_footnote_marker_explained_as_the_employees_choice():
    _, board = _people(("h2", "Styret"), ("p", "Ett medlem velges av de ansatte (2)."), ("p", "Styreleder: Eva Brenden"),
                       ("p", "Styremedlemmer: Odd Rustan (1), Liv Kjernli (2), Bjørg Sætre"))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Odd Rustan": ("MEDL", False),
                             "Liv Kjernli": ("MEDL", True), "Bjørg Sætre": ("MEDL", False)}


def test_board_group_leader_span_needs_a_lower_case_activity_after_a_lower_case_role():
    def roles(text):
        doc = get_pipeline()(text)
        return [(s.text, s._.role.kind, s._.role.code) for s in doc.spans["roles"]]

    assert roles("Leder fotball") == [("Leder fotball", "FUNCTION", "MEDL")]
    assert roles("leiar barneidrett") == [("leiar barneidrett", "FUNCTION", "MEDL")]
    assert roles("styreleder Ski IL")[0][:3] == ("styreleder", "ROLE", "LEDE")


def test_board_other_body_nouns_are_compounds_not_our_own_noun():
    assert other_body_noun("bransjeforeininga") and other_body_noun("regionlagets")
    assert not other_body_noun("foreningen") and not other_body_noun("laget") and not other_body_noun("perioden")


def test_board_led_by_states_the_chair_and_som_after_the_board_links_a_member():
    _, board = _people(("h2", "Styret"), ("p", "Styret har i 2023 vært ledet av Eva Brenden, med Odd Rustan som "
                                               "nestleder. Liv Kjernli sitter i styret som ansattrepresentant."))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False), "Odd Rustan": ("NEST", False),
                             "Liv Kjernli": ("MEDL", True)}


def test_board_led_by_is_not_another_bodys_own_board():
    """ "... en egen forening med eget styre ledet av X": the friends' association's chair."""
    _, board = _people(("h2", "Styret"), ("p", "Styret har i 2023 vært ledet av Eva Brenden."),
                       ("p", "Venneforeningen er en egen forening med eget styre ledet av Helge Sand."))
    assert _roles(board) == {"Eva Brenden": ("LEDE", False)}
