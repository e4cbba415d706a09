"""Person names: recognition from token runs and linking of spellings."""
from __future__ import annotations

import pytest

from extractor.fields.people import (group_names, leading_name, name_fullness, same_person, similar_names, text_to_name,
                                     trailing_name)


@pytest.mark.parametrize("a, b", [
    ("Per S. Thoresen", "Per Thorsen"),
    ("Britt Erlandsen Villa", "Britt E. Vilka"),
    ("Malin Sollie Nilsen", "Malin Nilsen"),
    ("KARI NORDMANN", "Kari Nordmann"),
])
def test_people_same_person(a, b):
    assert same_person(a, b)


@pytest.mark.parametrize("a, b", [
    ("Per Hansen", "Per Jensen"),
    ("Per A. Hansen", "Per B. Hansen"),
    ("Vera Selnes", "Petter Trebler"),
    ("Kari Nordmann", "Ola Nordmann"),
])
def test_people_different_people(a, b):
    assert not same_person(a, b)


@pytest.mark.parametrize("text, name", [
    ("Malin Sollie Nilsen (VTA)", "Malin Sollie Nilsen"),
    ("«Per S. Thoresen:", "Per S. Thoresen"),
    ("Anne-Lise Berg", "Anne-Lise Berg"),
    ("Daglig leder", None),
    ("Styreleder Kari Nordmann", None),
    ("Sekretær", None),
    ("Per", None),
])
def test_people_text_to_name(text, name):
    found = text_to_name(text)
    assert (found.name if found else None) == name


def test_people_trailing_name_skips_capitalised_debris():
    tokens = "ARBEIDSLIV Per Thorsen".split()
    found = trailing_name(tokens, len(tokens))
    assert found.name == "Per Thorsen" and found.first_name == "known"


def test_people_leading_name_stops_at_lowercase_and_org_words():
    assert leading_name("Kari Nordmann sier at".split()).name == "Kari Nordmann"
    assert leading_name("Kari Nordmann Vekst Produkt".split(), stop_words=frozenset({"Vekst"})).name == "Kari Nordmann"


def test_people_unknown_first_name_is_marked():
    assert leading_name("Zyxo Lunde".split()).first_name == "unknown"


def test_people_company_word_is_no_name():
    assert leading_name("Asker Produkt".split()) is None  # a company (Vekst Produkt's), not a person
    assert leading_name("Skiklubb Fotball".split()) is None


def test_people_group_and_fullest_form():
    names = ["Per Thorsen", "Vera Selnes", "Per S. Thoresen"]
    groups = sorted(sorted(g) for g in group_names(names))
    assert groups == [[0, 2], [1]]
    assert max(["Britt E. Vilka", "Britt Erlandsen Villa"], key=name_fullness) == "Britt Erlandsen Villa"


@pytest.mark.parametrize("tokens, name", [
    ("Bente Nilsen Styret har hatt".split(), "Bente Nilsen"),
    ("Bente Nilsen Selskapet".split(), "Bente Nilsen"),
    ("Bente Nilsen Det var".split(), "Bente Nilsen"),
    ("Bente Nilsen . Kari".split(), "Bente Nilsen"),
])
def test_people_leading_name_stops_at_common_capitalised_words(tokens, name):
    assert leading_name(tokens).name == name


def test_people_trailing_name_stops_at_common_capitalised_words():
    tokens = "Styret Bedriften Kari Nordmann".split()
    assert trailing_name(tokens, len(tokens)).name == "Kari Nordmann"
    assert text_to_name("Bente Nilsen Styret") is None


def test_people_group_never_merges_two_names_of_one_listing():
    names = ["Kari Andersen", "Kari Pedersen", "Kari Andersen"]
    listing = ["table", "table", "prose"]

    def apart(i, j):
        return listing[i] == listing[j] and names[i] != names[j]

    assert sorted(sorted(g) for g in group_names(names, apart)) == [[0, 2], [1]]
    assert not same_person("Kari Andersen", "Kari Pedersen") and similar_names("Kari Andersen", "Kari Pedersen")


def test_people_group_keeps_a_chain_apart_across_listings():
    names = ["Per Olsen", "Per Olson", "Per Olsen"]
    listing = ["a", "a", "b"]

    def apart(i, j):
        return listing[i] == listing[j] and names[i] != names[j]

    groups = group_names(names, apart)
    assert not any({0, 1} <= set(g) for g in groups)


@pytest.mark.parametrize("text, name", [
    ("Nordmann, Kari", None),
    ("Kari Dahl, Ola Moe", None),
    ("Jan van der Berg", "Jan van der Berg"),
])
def test_people_text_to_name_one_name_as_written(text, name):
    found = text_to_name(text)
    assert (found.name if found else None) == name


def test_people_names_run_together_split_at_a_first_name():
    assert leading_name("Kari Nordmann Ola Hansen".split()).name == "Kari Nordmann"
    assert leading_name("Silje Alexandra Andreassen".split()).name == "Silje Alexandra Andreassen"
    assert leading_name("Ingrid Haugland Tlf".split()).name == "Ingrid Haugland"


def test_people_fullest_form_prefers_written_out_and_hyphenated():
    assert same_person("Anne-Lise Berg", "Anne Lise Berg")
    assert max(["Anne Lise Berg", "Anne-Lise Berg"], key=name_fullness) == "Anne-Lise Berg"
    assert max(["Per Thoresen", "Per S. Thoresen"], key=name_fullness) == "Per S. Thoresen"


@pytest.mark.parametrize("text, start", [("Forretningsførar er Lindvik Forvaltning AS .", 2),
                                         ("Revisor er Brekke Revisjon AS", 2), ("Lindvik Eiendom ASA eier resten", 0)])
def test_people_leading_name_before_a_legal_form_is_a_company(text, start):
    # capitalised like a person's name, but "AS" after it makes it a company (the business manager, the auditor)
    assert leading_name(text.split(), start) is None


def test_people_leading_name_before_other_words_is_a_person():
    assert leading_name("Forretningsførar er Lindvik Olsen frå Sandvika".split(), 2).name == "Lindvik Olsen"


@pytest.mark.parametrize(("text", "name"), [
    ("Marte Kolstad Brekke UL Styremedlem", "Marte Kolstad"),  # a club's designator after its place
    ("Rune Dalby Tverrå Skiklubb Nestleder", "Rune Dalby"),  # a club noun in the run
    ("Anders Bru Tverrå Tennisklubb", "Anders Bru"),  # a compound ending in a club noun
    ("Kari Dahl IL", "Kari Dahl"),  # no whole name left to cut: nothing cut
])
def test_people_name_ends_before_its_club(text, name):
    assert leading_name(text.split()).name == name
