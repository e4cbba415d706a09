"""Kinds from the twenty-second and twenty-third blind held-out sets (docs/phrasings.md §69), at the
level of the functions that read them; the probes g17fb-* run the same kinds through the tool."""
import pytest

from extractor.fields.contacts import _full_town
from extractor.fields.org_lines import line_like_name
from extractor.fields.org_name import _SHORT_FORM_AFTER
from extractor.fields.org_vote import _calls_itself
from extractor.fields.place_mentions import _ends_post_town
from extractor.nlp.roles import role_code


@pytest.mark.parametrize(("code", "town", "after", "want"), [
    ("3652", "Hovin", " i Telemark, telefon 35 09 41 20", "Hovin i Telemark"),
    ("3070", "Sande", " i Vestfold.", "Sande i Vestfold"),
    ("3652", "Hovin", ", telefon 35 09 41 20", "Hovin"),  # printed short: kept as printed
    ("0150", "Oslo", " i sentrum", "Oslo"),  # the register's name has no "i"
])
def test_contacts_full_town_takes_the_registers_tail(code, town, after, want):
    assert _full_town(code, town, after) == want


@pytest.mark.parametrize(("before", "name", "want"), [
    ("adresse Kvernvegen 7, 3652 Hovin i ", "Telemark", True),
    ("postadresse 8601 Mo i ", "Rana", False),  # a municipality: still the place it names
    ("avdelinger i Notodden og i ", "Telemark", False),  # no post town "og i Telemark"
])
def test_places_tail_of_a_post_town_is_no_place(before, name, want):
    assert _ends_post_town(before, name) is want


@pytest.mark.parametrize(("line", "want"), [
    ("Stiftelsen Rønnes kvern og smie", "Stiftelsen Rønnes kvern og smie"),
    ("Årsberetning 2023 – Stiftelsen Rønnes kvern og smie", "Stiftelsen Rønnes kvern og smie"),
    ("Stiftelsen Ruovdegeađgi duodjeguovddáš", "Stiftelsen Ruovdegeađgi duodjeguovddáš"),
    ("Foreningen Ola har møter", None),  # a verb: a sentence, no name
    ("Rønnes kvern og smie", None),  # no organisation noun opens it
])
def test_org_name_formal_name_ends_in_lower_case_nouns(line, want):
    assert line_like_name(line) == want


def test_org_vote_calls_itself_by_the_noun_that_opens_its_name():
    text = "Stiftelsen Rønnes kvern og smie eier kverna. Stiftelsen eier bygningene. Stiftelsen har ingen ansatte."
    assert _calls_itself("Stiftelsen Rønnes kvern og smie", text)
    assert not _calls_itself("Trollheim museum AS", text)
    assert not _calls_itself("Stiftelsen Rønnes", "Stiftelsen Rønnes eier kverna, og Stiftelsen Lid smia.")


def test_org_name_short_form_before_the_verb_is_set_aside():
    assert _SHORT_FORM_AFTER.sub("", "Studentsamskipnaden Vestvik (SiVV) ") == "Studentsamskipnaden Vestvik"
    assert _SHORT_FORM_AFTER.sub("", "i perioden (2022) ") == "i perioden (2022) "  # no short form


@pytest.mark.parametrize(("word", "code"), [("Jođiheaddji", "LEDE"), ("Nubbijođiheaddji", "NEST"),
                                           ("Stivrralahttu", "MEDL"), ("Várrelahttu", "VARA"),
                                           ("Doaibmajođiheaddji", "DAGL")])
def test_roles_north_sami_role_words(word, code):
    assert role_code(word)[0] == code
