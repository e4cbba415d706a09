"""Report kind, year and signature."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.context import Analysis
from extractor.fields.report import extract_report


def _report(*texts, heading: str | None = None, header: str | None = None):
    items = [Block(BlockKind.HEADING, heading, Provenance(page=1), level=1)] if heading else []
    items += [Block(BlockKind.PARAGRAPH, t, Provenance(page=1)) for t in texts]
    furniture = [Block(BlockKind.PARAGRAPH, header, Provenance(page=p)) for p in (1, 2, 3)] if header else []
    return extract_report(Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items, furniture)))


@pytest.mark.parametrize("heading, kind, year", [
    ("Årsrapport 2022", "årsrapport", 2022),
    ("Årsberetning for 2014", "årsberetning", 2014),
    ("ÅRSMELDING 2019", "årsmelding", 2019),
    ("Arsrapport 2021", "årsrapport", 2021),  # OCR dropped the ring
    ("Årsmelding og regnskap 2008", "årsmelding", 2008),  # the accounts named beside the report word
    ("Årsmelding og rekneskap 2014", "årsmelding", 2014),
    ("Årsberetning og årsregnskap for 2019", "årsberetning", 2019),
])
def test_report_kind_and_year_from_title(heading, kind, year):
    rep = _report("I 2023 skal vi vokse.", heading=heading)
    assert rep.kind.value.value == kind and rep.year.value == year
    assert rep.year.confidence >= REVIEW_THRESHOLD


def test_report_year_from_running_header():
    rep = _report("Vi hadde et godt år.", header="Vekst AS – Årsrapport 2020")
    assert rep.year.value == 2020 and "running_header" in rep.year.reasons


def test_report_signature_year_does_not_outvote_title():
    rep = _report("Styret takker alle ansatte.", "Asker, 27.04.2023", "Kari Nordmann\nstyreleder",
                  heading="Årsberetning 2022")
    assert rep.year.value == 2022
    assert rep.signed_place.value == "Asker" and rep.signed_date.value == "2023-04-27"
    assert rep.signed_place.confidence >= REVIEW_THRESHOLD and "near_names" in rep.signed_place.reasons


def test_report_signature_written_month():
    rep = _report("Oslo, 13. mars 2015", "Per Hansen", heading="Årsrapport 2014")
    assert rep.signed_date.value == "2015-03-13" and rep.signed_place.value == "Oslo"


def test_report_article_has_no_kind_and_a_flagged_year():
    rep = _report("Budstikka 15. november 2022: Vi er litt annerledes.", "I 2022 var det mange.")
    assert rep.kind is None and rep.year.value == 2022 and rep.year.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("heading, body, year", [
    ("Årsmøtedokumenter 2024", "Hovedstyrets årsberetning 2024 følger her.", 2024),  # named by the report's year
    ("Årsmøtedokumenter 2024", "Styrets årsberetning for 2023 følger her.", 2023),  # named by the meeting's year
    ("Årsmøte 2024", "Styret har hatt seks møter.", 2023),  # no report word: the year before
])
def test_report_meeting_papers_year_printed_or_the_year_before(heading, body, year):
    assert _report(body, heading=heading).year.value == year


def test_report_title_with_accounts_beats_next_years_meeting_dates():
    rep = _report("Alle kretsmøter blir holdt torsdag 6. mars 2025 kl 19:00.", "Årsmøtet holdes 2. april 2025.",
                  heading="Årsmelding og regnskap 2024")
    assert rep.year.value == 2024 and rep.year.confidence >= REVIEW_THRESHOLD


@pytest.mark.parametrize("text", [
    "Årsrapport 2023", "ÅRSBERETNING FOR 2022", "Styrets beretning", "BERETNING for 1958",
    "Innkalling til årsmøte 2024", "Annual Report 2022", "Virksomhetsrapport", "Driftsinntekter 12 500 000",
    "Kretsårsmøte 2011", "Generalforsamlingen", "Ingen rapport her",
])
@pytest.mark.parametrize("title", [False, True])
def test_report_kind_search_first_finds_what_each_form_finds(text, title):
    """``iter_kinds`` asks each form only after one search for any of them: the same hits."""
    from extractor.fields.report import iter_kinds
    from extractor.nlp import vocab

    each = [(form, m.span()) for form in vocab.report_kind_forms() if title or not form.title_only
            for m in form.regex.finditer(text)]
    assert [(form, m.span()) for form, m in iter_kinds(text, title)] == each
    assert bool(vocab.report_kind_anywhere().search(text)) == any(
        form.regex.search(text) for form in vocab.report_kind_forms())
