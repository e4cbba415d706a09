"""Kinds the measuring set heldout47 found (docs/phrasings.md §101), at the level of the functions
that read them; the probes l35-* run the same kinds through the tool."""
import pytest

from extractor.document import Provenance
from extractor.fields.board_statements import gives_up
from extractor.fields.report import Vote, printed_meeting_years


@pytest.mark.parametrize(("between", "want"), [
    ("rykket opp fra", True),
    ("rykket da opp fra", True),  # one adverb inside the link
    ("gjekk over frå", True),
    ("rykket opp som", False),  # the role taken
    ("hilsen fra", False),  # "fra" alone is no link
    ("", False),
])
def test_board_statements_a_link_ending_on_fra_names_the_role_given_up(between, want):
    assert gives_up(between.split()) is want


def _vote(printed: int, reason: str, meeting: bool) -> Vote:
    year = printed - 1 if meeting else printed
    return Vote(year, 1.0, reason, Provenance(page=1), f"årsmøte {printed}", meeting=meeting, shifted=meeting)


@pytest.mark.parametrize(("votes", "want"), [
    # "Årsmøtepapirer 2019" under the header "årsmøte 2020": both are about 2019
    ([(2019, "title", True), (2020, "running_header", True)], [2019, 2019]),
    # one meeting word alone: the year before
    ([(2020, "title", True)], [2019]),
    # two years apart: no pair, each the year before
    ([(2018, "title", True), (2020, "running_header", True)], [2017, 2019]),
    # a report word names the printed year: the meeting papers are about it
    ([(2024, "title", True), (2024, "report_word", False)], [2024, 2024]),
])
def test_report_year_of_meeting_words_a_year_apart(votes, want):
    out = printed_meeting_years([_vote(*v) for v in votes])
    assert [v.year for v in out] == want
