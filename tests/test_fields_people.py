"""Person names: recognition from token runs and linking of spellings."""
from __future__ import annotations

import pytest

from extractor.fields.people import group_names, leading_name, name_fullness, same_person, text_to_name, trailing_name


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
    assert leading_name("Asker Produkt".split()).first_name == "unknown"


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
