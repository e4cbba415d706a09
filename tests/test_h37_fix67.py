"""Kinds from the sixty-seventh held-out set (docs/phrasings.md §115), at the level of the functions
that read them; the probes h37f67-* run the same kinds through the tool. Invented names and figures."""
from __future__ import annotations

from collections import Counter

import pytest

from extractor.document import Block, BlockKind, Provenance
from extractor.fields.board import extract_people
from extractor.fields.board_statements import is_former
from extractor.fields.contact_channels import _spelling
from extractor.fields.context import Analysis
from extractor.fields.text import normalise_space
from extractor.ingest import blocks as blk
from extractor.ingest.addresses import broken_address
from test_fields_organisation import _org
from tests.fielddocs import document, heading, para, table


# --- an address's own hyphen at a line's end ----------------------------------------------------------

@pytest.mark.parametrize(("before", "after", "want"), [
    ("post@nordvik-", "bygg.no.", True),  # in the domain, after the "@"
    ("www.lia-", "vel.no", True),
    ("https://fjell-", "lag.no/om", True),
    ("nordvik-", "il.no,", True),  # a bare web address: its rest ends in a known ending
    ("kari.nord-", "mann@vekst.no", True),  # in the local part
    ("arbeids-", "trening", False),
    ("e-", "post@vekst.no", False),  # the word "e-post" over an address
    ("helse-", "og", False),
])
def test_addresses_a_line_break_inside_an_address(before, after, want):
    assert broken_address(before, after) is want


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("skriv til post@nordvik-", "bygg.no i dag", "skriv til post@nordvik-bygg.no i dag"),
    ("heimesida er rustøy-", "il.no, og", "heimesida er rustøy-il.no, og"),
    ("se www.fjell-", "lag.no", "se www.fjell-lag.no"),
    ("opplæring og arbeids-", "trening i bedrift", "opplæring og arbeidstrening i bedrift"),  # a word as before
])
def test_layout_hyphen_at_line_end_inside_an_address_stays(left, right, joined):
    assert blk.join_hyphenated(left, right) == joined


def test_text_normalise_keeps_an_address_hyphen_at_a_line_break():
    assert normalise_space("skriv til post@nordvik-\nbygg.no eller ring") == "skriv til post@nordvik-bygg.no eller ring"
    assert normalise_space("arbeids-\ntrening") == "arbeidstrening"


@pytest.mark.parametrize(("domain", "printed", "want"), [
    ("lia-vel.no", Counter({"lia-vel.no": 1}), ("lia-vel.no", [])),
    ("lia-vel.no", Counter({"lia-vel.no": 2, "liavel.no": 1}), ("lia-vel.no", [])),
    ("liavel.no", Counter({"lia-vel.no": 2, "liavel.no": 1}), ("lia-vel.no", [])),  # printed more often with it
    ("lia-vel.no", Counter({"lia-vel.no": 1, "liavel.no": 3}), ("liavel.no", [])),
    ("liavel.no", Counter({"lia-vel.no": 1, "liavel.no": 1}), ("lia-vel.no", ["spelling_varies"])),  # a tie: in doubt
])
def test_contacts_domain_spelt_as_printed_most_often(domain, printed, want):
    assert _spelling(domain, printed) == want


def test_contacts_email_and_website_in_two_spellings_are_doubted():
    org = _org("Skriv til post@lia-vel.no.", "Heimesida er www.liavel.no.", header="Lia vel – Årsmelding 2022")
    assert org.email.value == "post@lia-vel.no" and "spelling_varies" in org.email.reasons
    assert org.website.value == "www.lia-vel.no" and "spelling_varies" in org.website.reasons
    agreed = _org("Skriv til post@lia-vel.no.", "Heimesida er www.lia-vel.no.", header="Lia vel – Årsmelding 2022")
    assert "spelling_varies" not in agreed.email.reasons


# --- boards --------------------------------------------------------------------------------------------

def _board(*items) -> set[tuple[str, str]]:
    return {(m.name, m.role.value) for m in extract_people(Analysis(document(*items)))[1]}


def _item(text: str) -> Block:
    return Block(BlockKind.LIST_ITEM, text, Provenance(page=1))


_MEMBERS = [["Trude Halvorsrud", "leder", "oppnevnt av bystyret"], ["Marit Kjølstad", "medlem", "valgt av de ansatte"]]


@pytest.mark.parametrize("label", [
    "Varamedlemmer:",  # a control, read before
    "Varamedlemmer i prioritert rekkefølge:",
    "Varamedlemmer for de bystyrevalgte, i rekkefølge:",
    "Varamedlemmer (i rekkefølge):",
    "Varamedlemmer til styret, i nummerert rekkefølge:",
    "Varamedlemer til styret, i nummerert rekkjefølgje:",
])
def test_board_deputies_listed_under_an_ordered_label_after_a_members_table(label):
    board = _board(heading("Årsberetning 2022"), heading("Styret", 2), para("Styret har i 2022 bestått av:"),
                   table(_MEMBERS), para(label), _item("Lars Amundrud"), _item("Gunn Skaug"), _item("Halvard Nordengen"),
                   para("Styret har hatt åtte møter."))
    assert {("Lars Amundrud", "VARA"), ("Gunn Skaug", "VARA"), ("Halvard Nordengen", "VARA")} <= board
    assert {("Trude Halvorsrud", "LEDE"), ("Marit Kjølstad", "MEDL")} <= board


def test_board_meeting_election_table_holds_the_board_with_its_offices():
    rows = [["Verv", "Namn", "Merknad"], ["Leiar", "Gudrun Nygård", "attval, 2 år"], ["Nestleiar", "Helge Rysstad", "ikkje på val"],
            ["Skrivar", "Oddveig Lunde", "ny, 2 år"], ["Kasserar", "Torleiv Berge", "ny, 1 år"]]
    board = _board(heading("Årsmelding 2022"), heading("Årsmøtet og val", 2),
                   para("Møteleiar var Sverre Hauge. Etter framlegg frå valnemnda vart valet slik:"), table(rows))
    assert board == {("Gudrun Nygård", "LEDE"), ("Helge Rysstad", "NEST"), ("Oddveig Lunde", "MEDL"),
                     ("Torleiv Berge", "MEDL")}
    # no specific board role in the meeting's table: its "leiar" and "skrivar" are the meeting's
    meeting = [["Verv", "Namn"], ["Leiar", "Sverre Hauge"], ["Skrivar", "Åshild Tveit"]]
    assert _board(heading("Årsmelding 2022"), heading("Årsmøtet og val", 2), para("Årsmøtet valde:"), table(meeting)) == set()


@pytest.mark.parametrize(("text", "name_end", "want"), [
    ("Jostein Bø var styremedlem oppnevnt av kommunen fram til 1 . september", 2, True),
    ("Jostein Bø var styremedlem valgt av de ansatte fram til mars", 2, True),
    ("Nils Aarvik var styremedlem til han flytta frå bygda i april", 2, True),
    ("Nils Aarvik var styremedlem inntil 1 . juni", 2, True),
    ("Nils Aarvik er styremedlem inntil videre", 2, False),
    ("Nils Aarvik er styremedlem oppnevnt av kommunen for to år", 2, False),
    ("Nils Aarvik er styremedlem valgt av årsmøtet i 2021", 2, False),
])
def test_board_statements_a_term_ended_in_the_year(text, name_end, want):
    assert is_former(text.split(), 0, name_end) is want
