"""h41-fixG (docs/phrasings.md §134): organisation facts and the daglig leder. A foundation beside the
company of its core name; an organ's sentence that is no name; a thanked partner's daglig leder;
owners in a floated side panel. Names and organisations are invented."""
from __future__ import annotations

import pytest

from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.context import Analysis


def _analysis(*paragraphs: str, title: str = "Årsmelding 2023") -> Analysis:
    items = [Block(BlockKind.HEADING, title, Provenance(page=1), level=1)]
    items += [Block(BlockKind.PARAGRAPH, text, Provenance(page=1)) for text in paragraphs]
    return Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items))


def _names(analysis: Analysis) -> list[str]:
    from extractor.fields.org_vote import vote

    return [c.name for c in vote(analysis)]


# --- 1. a foundation and the company of its core name ----------------------------------------------
@pytest.mark.parametrize("company", ["Nordtun AS", "Nordtun Arbeid AS"])
def test_foundation_and_company_of_its_core_are_two_candidates(company):
    names = _names(_analysis(f"{company} hadde 20 ansatte. {company} leier lokalene. {company} gikk med overskudd.",
                             "Styret i Stiftelsen Nordtun", title="Årsmelding 2023 Stiftelsen Nordtun"))
    assert names[0] == "Stiftelsen Nordtun"
    assert company in names


def test_foundations_short_name_still_joins_it():
    names = _names(_analysis("Nordtun museum har hatt et godt år. Nordtun museum hadde 4000 besøkende.",
                             title="Årsmelding 2023 Stiftelsen Nordtun museum"))
    assert names[0] == "Stiftelsen Nordtun museum" and "Nordtun museum" not in names


def test_company_naming_its_owner_foundation_stays_itself():
    names = _names(_analysis("Nordtun AS er en arbeidsbedrift. Selskapet eies av Stiftelsen Nordtun.",
                             "Styret i Nordtun AS", title="Årsmelding 2023 Nordtun AS"))
    assert names[0] == "Nordtun AS"


@pytest.mark.parametrize(("line", "name"), [
    ("Styret i Stiftelsen Nordtun", "Stiftelsen Nordtun"),
    ("Styret i Nordtun Vekst AS", "Nordtun Vekst AS"),
    ("Styret i Nordtun Vekst AS har hatt åtte møter.", None),
])
def test_read_signed_takes_only_the_whole_line(line, name):
    from extractor.fields.org_name import read_signed

    assert [e.name for e in read_signed(_analysis(line))] == ([name] if name else [])
