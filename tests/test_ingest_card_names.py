import pytest

from extractor.ingest.card_names import card_names, role_line


@pytest.mark.parametrize("text, names", [
    ("Kari Dahl", True),
    ("Kari Dahl Ola Brun Siri Lund", True),
    ("Ingrid Marie Solberg Aune Per Olav Moen", True),
    ("Styret i 2023", False),  # a digit, a lower-case word
    ("Økonomi og drift", False),
    ("Kari", False),  # a first name alone
    ("Dahl Kari", False),  # not opening with a first name
])
def test_card_names_a_row_of_names(text, names):
    assert card_names(text) is names


@pytest.mark.parametrize("text, roles", [
    ("Styreleder", True),
    ("Nestleder Styremedlem Varamedlem", True),
    ("Styreleiar, nestleiar", True),
    ("Driftsinntektene økte", False),
    ("", False),
])
def test_card_names_role_line(text, roles):
    assert role_line(text) is roles
