"""Owners listed one to a line with their shares (extractor.fields.owner_lines), under a line
that speaks of owners; a municipality's own holdings and shares under no such line are no owners."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.fields.context import Analysis
from extractor.fields.organisation import extract_organisation
from extractor.fields.owner_lines import is_lead, share_line
from tests.fielddocs import document, heading, para


def _org(*items):
    """A report whose items are headings or paragraphs (a string is a paragraph)."""
    blocks = [para(i) if isinstance(i, str) else i for i in items]
    analysis = Analysis(document(heading("Årsmelding 2023"), *blocks))
    analysis.report_year = 2023
    return extract_organisation(analysis)


def _owners(*items):
    return sorted((o.name, o.share_percent) for o in _org(*items).owners)


@pytest.mark.parametrize("line, found", [
    ("Arendal kommune 41 %", ("Arendal kommune", 41.0)),
    ("Fet eierandel: 34,0 %", ("Fet", 34.0)),
    ("Vestland fylkeskommune – 20 %", ("Vestland fylkeskommune", 20.0)),
    ("Sogndal eigardel 45 prosent", ("Sogndal", 45.0)),
    ("Selskapet eier 41 %", None),  # a sentence, not a name and a share
    ("Overgangen til arbeid var 38 %", None),
    ("41 %", None),
])
def test_owner_lines_a_line_of_a_name_and_a_share(line, found):
    assert share_line(line, []) == found


@pytest.mark.parametrize("text, lead", [
    ("Deltakerkommunenes eierandeler", True),
    ("De enkelte deltakeres eierandel og ansvar er fastsatt som følger:", True),
    ("Eigarane og eigardelane deira:", True),
    ("Deltakernes eierandel i selskapet:", True),  # "i selskapet": the organisation itself
    ("Kommunens eierandeler i interkommunale selskap:", False),  # what a municipality owns
    ("Vår eierandel i Fjordkraft Nett AS", False),
    ("Etter avsluttet tiltak var deltakerne fordelt slik:", False),
])
def test_owner_lines_a_lead_speaks_of_owners_not_of_holdings(text, lead):
    assert is_lead(text) is lead


def test_owner_lines_under_a_heading_sum_to_100_and_are_sure():
    org = _org(heading("Deltakerkommunenes eierandeler", 2),
               para("Nordre Land kommune 40 %\nSøndre Land kommune 35 %\nGran kommune 25 %"))
    assert sorted((o.name, o.share_percent) for o in org.owners) == [
        ("Gran kommune", 25.0), ("Nordre Land kommune", 40.0), ("Søndre Land kommune", 35.0)]
    assert all("share_list" in o.reasons and o.confidence >= REVIEW_THRESHOLD for o in org.owners)


def test_owner_lines_as_paragraphs_after_the_agreement_sentence():
    assert _owners("Selskapsavtalen fastsetter eierandel og ansvar for den enkelte deltaker slik:",
                   "Eidskog kommune 60 %", "Grue kommune 40 %") == [("Eidskog kommune", 60.0), ("Grue kommune", 40.0)]


def test_owner_lines_one_line_is_no_list():
    assert _owners("Deltakernes eierandeler:", "Eidskog kommune 60 %", "Resten eies av private.") == []


def test_owner_lines_a_municipalitys_holdings_are_no_owners():
    assert _owners("Kommunens eierandeler i interkommunale selskap:",
                   "Vestfold Vannverk IKS 18 %\nVestfold Avfallsselskap IKS 22 %") == []


def test_owner_lines_companies_whose_shares_do_not_add_up_are_no_owners():
    # a lead that could be either, and names no municipality: only shares that sum to 100 make owners
    assert _owners("Eierforhold:", "Fjordkraft AS 18 %", "Vestkyst Energi AS 22 %") == []
    assert _owners("Eierforhold:", "Fjordkraft AS 60 %", "Vestkyst Energi AS 40 %") == [
        ("Fjordkraft AS", 60.0), ("Vestkyst Energi AS", 40.0)]


def test_owner_lines_need_a_lead():
    assert _owners(heading("Resultater", 2), "Ordinært arbeid 38 %\nUtdanning 12 %\nAndre tiltak 50 %") == []


def test_owner_lines_municipalities_a_line_under_a_bare_heading_no_share():
    org = _org(para("Vestmarka Arkiv IKS har kontor i Notodden."), heading("Eiere", 2),
               para("Notodden kommune\nTinn kommune\nTelemark fylkeskommune"))
    assert sorted((o.name, o.share_percent) for o in org.owners) == [
        ("Notodden kommune", None), ("Telemark fylkeskommune", None), ("Tinn kommune", None)]
    assert all("owner_lines_listed" in o.reasons for o in org.owners)
    assert org.name is None or org.name.value != "Notodden kommune"


@pytest.mark.parametrize("lead", ["Medlemmer", "Ordningen hadde følgende medlemskommuner:", "Samarbeidspartnere"])
def test_owner_lines_municipalities_under_no_owners_heading_are_no_owners(lead):
    assert _owners(heading(lead, 2), para("Loppa kommune\nHasvik kommune")) == []


def test_owner_lines_a_bare_heading_over_lines_that_are_not_all_municipalities():
    assert _owners(heading("Eiere", 2), para("Notodden kommune\nNordvik Invest AS")) == []
