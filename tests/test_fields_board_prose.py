"""Board and daglig leder in running text: a sentence's full stop ends a name, former roles are
not current ones, and "Daglig leder er X" / "X er daglig leder" name the CEO."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.board_statements import is_former
from extractor.nlp import get_pipeline
from test_fields_board import _people, _roles


def test_board_devset_romerike_full_stop_ends_name_and_signature_merges():
    """devset romerike-2014: "... ansattes representant Bente Nilsen. Styret har hatt sju møter."
    gave "Bente Nilsen Styret" (MEDL, 0.96) beside the signature's "Bente Nilsen"."""
    ceo, board = _people(
        ("h2", "Styret"),
        ("p", "Styret har i 2014 bestått av styreleder Jan Erik Wold, nestleder Grete Lien, styremedlemmene "
              "Tor Sagen og Mona Halvorsen, og ansattes representant Bente Nilsen. Styret har hatt sju møter."),
        ("p", "Lillestrøm, 2. mars 2015"),
        ("p", "Jan Erik Wold\tGrete Lien\tBente Nilsen\nstyreleder\tnestleder\tansattes repr."))
    roles = _roles(board)
    assert roles == {"Jan Erik Wold": ("LEDE", False), "Grete Lien": ("NEST", False), "Tor Sagen": ("MEDL", False),
                     "Mona Halvorsen": ("MEDL", False), "Bente Nilsen": ("MEDL", True)}
    assert not any("Styret" in m.name for m in board)


@pytest.mark.parametrize("after", ["Styret har hatt sju møter.", "Selskapet har god økonomi.",
                                   "Bedriften takker henne.", "Det ble holdt sju møter.", "Han er ny."])
def test_board_name_never_runs_into_a_capitalised_common_word(after):
    _, board = _people(("h2", "Styret"), ("p", f"Styremedlem er Kari Dahl {after}"))
    assert [m.name for m in board] == ["Kari Dahl"]


def _words(text: str) -> list[str]:
    return doc_to_lines(None, get_pipeline()(text))[0].words


def test_board_line_words_keep_initials_and_split_sentence_stop():
    assert _words("Per S. Thoresen. Styret") == ["Per", "S.", "Thoresen", ".", "Styret"]
    assert _words("Kari Nordmann, styreleder") == ["Kari", "Nordmann", "", "styreleder"]


def test_board_unknown_first_token_lowers_confidence():
    _, board = _people(("h2", "Styret"), ("p", "Nestleder: Bokemoa Hansen"), ("p", "Styremedlem: Kari Dahl"))
    conf = {m.name: m.confidence for m in board}
    assert conf["Bokemoa Hansen"] < conf["Kari Dahl"] - 0.15
    _, board = _people(("p", "Vi fikk besøk av styremedlem Bokemoa Hansen og styremedlem Kari Dahl i mai."))
    conf = {m.name: m.confidence for m in board}
    assert conf["Bokemoa Hansen"] < REVIEW_THRESHOLD and conf["Bokemoa Hansen"] < conf["Kari Dahl"]


@pytest.mark.parametrize("text", [
    "Styret takker NAV-veileder Kari Stene og tidligere styreleder Odd Bjerke for godt samarbeid.",  # kolbotn-2014
    "Styret takkar tidlegare styreleiar Odd Bjerke for innsatsen.",
    "Styreleder Odd Bjerke, som gikk ut av styret i mai, takkes for innsatsen.",
    "Odd Bjerke var styreleder fram til generalforsamlingen i juni.",
    "Styreleder Odd Bjerke ble erstattet av Bjørn Hagen i juni.",
    "Bjørn Hagen tok over etter styreleder Odd Bjerke i juni.",
    "Styremedlem Odd Bjerke fratrådte i august.",
    "Odd Bjerke, som var styreleder fra 1989 til 1998, ble takket for innsatsen.",
])
def test_board_former_roles_are_not_on_the_board(text):
    ceo, board = _people(("h2", "Styret"), ("p", text), ("p", "Styreleder: Bjørn Hagen"))
    assert "Odd Bjerke" not in _roles(board)
    assert _roles(board)["Bjørn Hagen"] == ("LEDE", False)


def test_board_joining_the_board_is_not_leaving_it():
    _, board = _people(("h2", "Styret"), ("p", "Styremedlem Kari Olsen sluttet seg til styret i mars."))
    assert "Kari Olsen" in _roles(board)


def test_board_is_former_window_stays_in_its_sentence():
    clean = _words("Styreleder Per Hansen. Kari Dahl gikk ut av styret.")
    assert not is_former(clean, 0, 3)
    assert is_former(clean, 4, 6)


@pytest.mark.parametrize("text", [
    "Styret har hatt seks møter i 2023. Daglig leder er Ingrid Solberg Haugen.",  # samples/fjordvekst-2023
    "Ingrid Solberg Haugen er daglig leder i bedriften.",
    "Ingrid Solberg Haugen har vært daglig leder siden 2019.",
    "Ingrid Solberg Haugen ble ansatt som ny daglig leder i mars.",
    "Dagleg leiar er Ingrid Solberg Haugen.",
])
def test_board_ceo_in_a_role_is_name_sentence(text):
    ceo, board = _people(("p", text))
    assert ceo.value == "Ingrid Solberg Haugen" and "copula" in ceo.reasons
    assert ceo.confidence >= REVIEW_THRESHOLD
    assert board == []


@pytest.mark.parametrize("text", [
    "Takk til tidligere daglig leder Jon Hovde.",
    "Daglig leder Jon Hovde gikk av med pensjon i mars.",
    "Jon Hovde var daglig leder til 1. april.",
    "Jon Hovde gikk av som daglig leder i mars.",
    "Tidlegare dagleg leiar Jon Hovde gjekk av i mars.",
])
def test_board_former_ceo_is_not_the_ceo(text):
    ceo, _ = _people(("p", text), ("p", "Daglig leder er Guro Fossli."))
    assert ceo.value == "Guro Fossli" and "several_ceos" not in ceo.reasons


@pytest.mark.parametrize("text, former", [
    ("Fram til årsmøtet i mars besto styret av leder Arne Dal.", True),
    ("Fram til 1. mars var Ola Berg styreleder.", True),
    ("Fram til nå har styret bestått av leder Arne Dal.", False),  # still so
    ("Styret besto av leder Arne Dal fram til årsmøtet. Fram til i dag har Eva Holm vært leder.", False),
    ("Fram til i fjor var Eva Holm leder.", True),
])
def test_board_sentence_opening_until_names_the_board_before_a_change(text, former):
    from extractor.fields.board_statements import opens_until

    words = _words(text)
    last_name = max(k for k, w in enumerate(words) if w in ("Arne", "Ola", "Eva"))
    assert opens_until(words, last_name) is former


def test_board_meeting_named_as_a_time_scopes_no_roles():
    """Sanitetsforening news: "gjelder fram til årsmøtet 2024: Leder, X, kasserer, Y" read
    nobody (the roles were taken for the meeting's own officers)."""
    _, board = _people(("h2", "Styret"), ("p", "Styresammensetningen gjelder fram til årsmøtet 2024: Leder, "
                                               "Tone Karlsrud, kasserer, Karin Tveit, styremedlem Marit Østby."))
    assert _roles(board) == {"Tone Karlsrud": ("LEDE", False), "Karin Tveit": ("MEDL", False),
                             "Marit Østby": ("MEDL", False)}


@pytest.mark.parametrize("org, heading, board_read", [
    ("Nordby kirkelige fellesråd", "Fellesrådet", True),
    ("Austvik sokneråd", "Soknerådet", True),
    ("Nordby menighetsråd", "Fellesrådet", False),  # another organ in a menighetsråd's report
])
def test_board_own_council_is_the_board(org, heading, board_read):
    _, board = _people(("h2", heading), ("p", "Leder: Kari Dahl\nNestleder: Ola Moe\nMedlem: Per Lund"), org=org)
    assert bool(board) is board_read


def test_board_bare_names_with_election_remarks_run_together():
    """A PDF joins the lines of one paragraph: the bare names between election remarks are members,
    a line with another remark ("gikk ut i mars") stays running text."""
    _, board = _people(("h2", "Styret"), ("p", "Leiar: Bjørn Lid (attval) Nestleiar: Siv Hovda (attval) Jon Asp "
                                               "(ikkje på val) Kjell Eide (attval 2023–2024)"))
    assert _roles(board) == {"Bjørn Lid": ("LEDE", False), "Siv Hovda": ("NEST", False), "Jon Asp": ("MEDL", False),
                             "Kjell Eide": ("MEDL", False)}
    _, board = _people(("h2", "Styret"), ("p", "Leder: Per Lie"), ("p", "Kari Dahl (gikk ut i mars) Ola Moe (ny)"))
    assert _roles(board) == {"Per Lie": ("LEDE", False)}


@pytest.mark.parametrize("text, code", [
    ("Styret 2023", "BOARD"), ("Styret 2021/2022", "BOARD"), ("Styret for 2022:", "BOARD"),
    ("Styret i Vekst AS", None), ("Styret har hatt 9 møter", None),
])
def test_board_organ_and_year_alone_labels_the_lines_below(text, code):
    """A list's title of an organ and a year ("Soknerådet 2023" over a text box's members), colon
    or not, labels the lines below as that organ's; a name or a sentence after the organ does not."""
    from extractor.fields.board_line_labels import label_of

    found = label_of(doc_to_lines(None, get_pipeline()(text))[0])
    assert (found.code if found is not None and found.kind == "BODY" else None) == code


def test_board_a_present_term_with_years_is_no_former_one():
    """"var ... fra 1989 til 1998" is a past term; "er ... fra 2023 til 2025" the present one."""
    _, board = _people(("h2", "Styret"), ("p", "Odd Bjerke er styreleder fra 2023 til 2025."))
    assert _roles(board) == {"Odd Bjerke": ("LEDE", False)}


@pytest.mark.parametrize("text, ceo", [
    ("Mona Bjerkeli er selskapets daglige leder.", "Mona Bjerkeli"),
    ("Mona Bjerkeli er vår daglige leder.", "Mona Bjerkeli"),
    ("Mona Bjerkeli er datterselskapets daglige leder.", None),
])
def test_board_possessive_between_link_and_role(text, ceo):
    found, _ = _people(("h2", "Organisasjon"), ("p", text))
    assert (found.value if found else None) == ceo
