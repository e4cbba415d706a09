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
    # a meeting's attendance beside the chair who came: the deputy who met for a delegate is no member
    attendance = [["Til stades:", "Aud Li, Per Vik"], ["Forfall:", "Leif Rydal (vara Jofrid Stø møtte)"],
                  ["Frå styret:", "Marta Hauge, styreleiar"]]
    board = _board(heading("Årsmelding 2022"), heading("Protokoll frå representantskapsmøtet", 2), table(attendance))
    assert not {name for name, _ in board} & {"Leif Rydal", "Jofrid Stø"}


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


# --- facts -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "want"), [
    ("Han var med og skipa laget i 1962 og var kasserar i mange år.", ["Nordheim", "sogelag"], 1962),
    ("Hun var med på å stifte foreningen i mai 1971.", ["Vestby", "husflidslag"], 1971),
    ("Ho var med på å stifte sogelaget i 1980.", ["Nordheim", "sogelag"], 1980),  # the name's noun made definite
    ("Han stifta Nordheim sogelag i 1961.", ["Nordheim", "sogelag"], 1961),
    ("Han var med og skipa idrettslaget i 1960.", ["Nordheim", "sogelag"], None),  # another body he founded
    ("Han skipa Vik mållag i 1955.", ["Nordheim", "sogelag"], None),
    ("Styret vil etablere ei ny gruppe i 2021.", ["Nordheim", "sogelag"], None),  # an infinitive needs our object
])
def test_founded_the_organisation_as_a_founders_object(sentence, name, want):
    from extractor.fields.founded import sentence_hits

    years = [year for year, _ in sentence_hits(sentence, name, 2022, None)]
    assert years == ([want] if want else [])


@pytest.mark.parametrize(("line", "want"), [
    ("Lindtveit, 3840 Seljord · tlf. 35 06 11 22", "Lindtveit, 3840 Seljord"),
    ("Austvoll gård, 3840 Seljord", "Austvoll gård, 3840 Seljord"),
    ("Lindtveit, 3840 Notodden · tlf. 35 06 11 22", None),  # the register gives the code another town
    ("Kari Dahl, 3840 Seljord", None),  # a person
    ("Seljord, 3840 Seljord", None),  # the town twice
    ("Møtet ble holdt på Lindtveit, 3840 Seljord i mars.", None),  # inside a sentence
])
def test_contacts_a_farms_name_as_the_address(line, want):
    org = _org(line, header="Stiftelsen Lindtveit Gardsmuseum – Årsmelding 2022")
    assert (org.address.value if org.address else None) == want


def test_places_named_only_in_an_institutions_name():
    from extractor.nlp.pipeline import get_pipeline

    doc = get_pipeline()("Foretaket la nytt tak på Gransherad skole. Gransherad er fin.")
    evidence = [sorted(s._.place_evidence) for s in doc.spans["places_ambiguous"]]
    assert "institution_name" in evidence[0] and "institution_name" not in evidence[1]


def _raw(text: str, x1: float, size: float, bold: bool = True, before_table: bool = True) -> blk.RawBlock:
    from extractor.ingest import layout

    line = layout.Line(text, 70.0, 100.0, x1, 100.0 + size, size, bold, 30.0, 70.0, 0, 520.0)
    return blk.RawBlock(1, [line], False, text=text, words=len(text.split()), before_table=before_table)


@pytest.mark.parametrize(("raw", "want"), [
    (_raw("Rekneskap 2022", 70 + 14 * 9 * 0.55, 9.0), "bold"),  # a title in the table's smaller type
    (_raw("Rekneskap 2022", 70 + 14 * 9 * 0.55, 9.0, before_table=False), None),  # over no table
    (_raw("Rekneskap 2022", 70 + 14 * 9 * 0.55, 9.0, bold=False), None),
    (_raw("Verv Namn Merknad", 400.0, 9.0), None),  # spread into columns: a header row
    (_raw("Rekneskap 2022", 70 + 14 * 6 * 0.55, 6.0), None),  # far smaller than the body: a note
    (_raw("Status 31.12.2022", 70 + 17 * 9 * 0.55, 9.0), "bold"),
    (_raw("Kortsiktig gjeld", 70 + 16 * 9 * 0.55, 9.0), None),  # a group's label over a table's part: no period
])
def test_headings_a_bold_title_in_small_type_over_a_table(raw, want):
    from extractor.ingest.block_headings import heading_kind

    assert heading_kind(raw, 11.0) == want


def test_chunks_column_heads_a_little_apart_after_their_periods():
    from extractor.tables.chunks import line_to_chunks
    from test_tables_support import word

    heads, x = [], 353.0
    for text, gap in (("Budsjett", 0.3), ("2009", 0.85), ("Rekneskap", 0.3), ("2008", 0.0)):  # gaps in ems
        heads.append(word(text, x, 590, 9.5))
        x = heads[-1].x1 + gap * 9.5
    assert [[w.text for w in c] for c in line_to_chunks(heads, 1.5)] == [["Budsjett", "2009"], ["Rekneskap", "2008"]]
    prose = [word("i", 70, 590), word("2009", 76, 590), word("Styret", 103, 590)]  # a word space after the year
    assert len(line_to_chunks(prose, 1.5)) == 1
