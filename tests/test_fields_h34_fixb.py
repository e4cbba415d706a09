"""Kinds from the thirty-seventh and forty-first blind held-out sets (docs/phrasings.md §91), at the
level of the functions that read them; the probes h34b-* run the same kinds through the tool."""
import pytest

from extractor.fields.board_statements import is_former, link_before
from extractor.fields.org_vote import place_dropped
from extractor.fields.org_words import is_name_token
from extractor.nlp.role_spans import RoleSpan, Tok, _leader_named_twice, phrase_role


@pytest.mark.parametrize(("text", "role", "want"), [
    ("første varamedlem Siri Lo rykket da opp som fast medlem", 9, 4),  # one adverb inside the link
    ("første varamedlem Siri Lo rykket opp som fast medlem", 8, 4),
    ("Siri Lo ble så valgt som leder", 6, 2),
    ("Siri Lo da rykket opp som medlem", 6, 3),  # before the link: not passed
])
def test_board_statements_link_before_passes_one_adverb_inside_a_link(text, role, want):
    assert link_before(text.split(), role, 0) == want


@pytest.mark.parametrize(("words", "lo", "hi", "want"), [
    # "A, B og C (berre fram til juni)": the aside is C's own, B stays
    (["A", "Bø", "", "Turid", "Lie", "og", "Jo", "Hegg", "", "berre", "fram", "til", "juni", ""], 3, 5, False),
    # "B og C gikk ut av styret": the leaving is the list's
    (["Turid", "Lie", "og", "Jo", "Hegg", "gikk", "ut", "av", "styret"], 0, 2, True),
])
def test_board_statements_a_bracketed_aside_is_the_last_names_own(words, lo, hi, want):
    assert is_former(words, lo, hi) is want


@pytest.mark.parametrize(("short", "long", "want"), [
    ("Kulturskolen", "Kulturskolen i Gran", True),
    ("Musikkskolen", "Musikkskolen på Voss", True),
    ("Kulturskolen", "Kulturskolen i kommunen", False),  # no place after "i"
    ("Gran", "Gran kommune", False),
    ("Styret", "Styret i Gran", False),  # no organisation noun
])
def test_org_vote_unit_named_by_its_kind_noun_alone(short, long, want):
    assert place_dropped(short, long) is want


@pytest.mark.parametrize(("token", "want"), [("Čáhcegáddi", True), ("Šuoššjávri", True), ("Østre", True),
                                             ("giellaguovddáš", False)])
def test_org_words_sami_capitals_open_a_name(token, want):
    assert is_name_token(token) is want


def _tokens(text: str) -> list[Tok]:
    return [Tok(w, w.casefold(), " ", False, not w.isalnum()) for w in text.split()]


@pytest.mark.parametrize(("first", "second", "want"), [
    ("jođiheaddji", "daglig leder", "DAGL"),  # a bare "leader" beside the daglig leder: one office
    ("leder", "daglig leder", "DAGL"),
    ("styreleder", "daglig leder", None),  # two offices of one person
    ("jođiheaddji", "styreleder", None),
])
def test_role_spans_leader_named_twice_is_the_daglig_leder(first, second, want):
    n = len(first.split())
    text = f"{first} / {second}"
    prev = RoleSpan(0, n, phrase_role(first, True))
    span = RoleSpan(n + 1, n + 1 + len(second.split()), phrase_role(second, True))
    found = _leader_named_twice(_tokens(text), prev, span)
    assert (found.role.code if found else None) == want


def test_board_statements_adverb_passed_before_the_role_given_up():
    """"X rykket da opp fra varamedlem": linked, and the link says the deputy's seat is the one left
    (``gives_up``; board_lines reads the seat taken, tests/test_fields_lead35.py)."""
    words = "Synne Vik rykket da opp fra varamedlem".split()
    assert link_before(words, 6, 0) == 2
