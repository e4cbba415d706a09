"""Board readings from the sixty-sixth held-out set's kinds (docs/phrasings.md §114): which names
an anaphor after a board listed in prose points at ("den sistnevnte", "de to sistnevnte",
"førstnevnte", "Sistnevnte er ..."); a table cell's name with who appointed or elected the member
after it; a sidebar's title over role words, no column of bodies; a village named with its
municipality after "i". Names and villages are invented."""
from __future__ import annotations

import pytest

from extractor.fields.board_anaphora import anaphor_before, referents
from extractor.fields.board_mentions import doc_to_lines
from extractor.fields.board_table_cells import cell_name, entity_column
from extractor.nlp import get_pipeline


def _line(text: str):
    return doc_to_lines(None, get_pipeline()(text))[0]


def _at(line, word: str) -> int:
    return next(k for k, w in enumerate(line.words) if w == word)


@pytest.mark.parametrize("text, names", [
    ("Styret besto av Kari Moe (leder), Per Lie (nestleder), Ola Dahl og Eva Berg, den sistnevnte valgt av de ansatte.",
     ["Eva Berg"]),
    ("Styret besto av Kari Moe (leder), Ola Dahl og Eva Berg, de to sistnevnte valgt av de ansatte.",
     ["Ola Dahl", "Eva Berg"]),
    ("Styret var samansett av Kari Moe, Ola Dahl og Eva Berg, dei to sistnemnde valt av dei tilsette.",
     ["Ola Dahl", "Eva Berg"]),
    ("Medlemmer har vært Ola Dahl og Eva Berg, førstnevnte valgt av de ansatte.", ["Ola Dahl"]),
    ("Styret har bestått av Kari Moe (leder), Ola Dahl og Eva Berg. Sistnevnte er valgt av de ansatte.",
     ["Eva Berg"]),
])
def test_board_anaphora_referents_are_the_names_it_counts(text, names):
    line = _line(text)
    found = referents(line, _at(line, "valgt" if "valgt" in text else "valt"))
    assert [n.name for n in found] == names


@pytest.mark.parametrize("text", [
    # no anaphor straight before the qualifier
    "Styret besto av Kari Moe og Eva Berg, valgt av de ansatte.",
    # "førstnevnte" with one name only: nothing to be first of
    "Medlem har vært Eva Berg, førstnevnte valgt av de ansatte.",
])
def test_board_anaphora_none_without_an_anaphor_or_its_names(text):
    line = _line(text)
    assert referents(line, _at(line, "valgt")) is None


def test_board_anaphora_must_open_a_clause():
    """"den siste" inside a noun phrase ("hun er den siste valgt av ...") points at no name: the
    words before it are no comma, "og" or sentence start."""
    line = _line("Kari Moe er den siste valgt av de ansatte.")
    assert anaphor_before(line, _at(line, "valgt")) is None
    line = _line("Kari Moe og Eva Berg, og den siste valgt av de ansatte.")
    assert anaphor_before(line, _at(line, "valgt")) is not None


@pytest.mark.parametrize("text, name", [
    ("Eli Dahl, oppnevnt av Nordby kommune", "Eli Dahl"),
    ("Per Moe, oppnemnd av fylkeskommunen", "Per Moe"),
    ("Siv Aas, valgt av de ansatte", "Siv Aas"),
    ("Siv Aas, vald av dei tilsette", "Siv Aas"),
    ("Gudrun Flatebø, Nordvik", "Gudrun Flatebø"),  # a home place, as before
    ("Kari Dahl, Ola Moe", None),  # two people
    ("Kari Dahl, Ola Moe (ansattes representant)", None),  # two people, the second with his own bracket
])
def test_board_cell_name_steps_over_who_chose_the_member(text, name):
    found = cell_name(text)
    assert (found.name if found else None) == name


@pytest.mark.parametrize("grid, column", [
    # a sidebar's title over role words: no column of bodies
    ([["ORGANISASJON", "Styret"], ["", "Styret har fem medlemmer."], ["STYRELEDER", "Eli Dahl"],
      ["NESTLEDER", "Per Moe"], ["VARAMEDLEM", "Siv Aas"]], None),
    # organisations down the first column, each row's people theirs
    ([["Selskap", "Styreleder"], ["Nordby Eiendom AS", "Eli Dahl"], ["Nordby Drift AS", "Per Moe"]], 0),
])
def test_board_entity_column_not_over_role_words(grid, column):
    assert entity_column(grid) == column


@pytest.mark.parametrize("text, village, only", [
    # "i X i <kommune>": a village no register has, named with its municipality
    ("Bedriften holder til i Bakkestad i Stange kommune.", "Bakkestad", {"Bakkestad", "Stange"}),
    ("Lokalene ligger i Nordvika i Bodø kommune.", "Nordvika", {"Nordvika", "Bodø"}),
    # after "i" the municipality must say "kommune" ("i Posten i Bodø" is an employer, not a village)
    ("Lokalene ligger i Nordvika i Bodø.", None, {"Bodø"}),
    # no place name's shape, or a first name: no village
    ("Møtet ble holdt i Teams i Bodø.", None, {"Bodø"}),
    ("Arbeidet ble ledet i Kari i Bodø.", None, {"Bodø"}),
])
def test_places_village_after_i_with_its_municipality(text, village, only):
    from test_fields_places import REVIEW_THRESHOLD, _places

    found = _places(text, year=2023)
    assert set(found) == only
    if village:
        assert found[village].confidence < REVIEW_THRESHOLD
