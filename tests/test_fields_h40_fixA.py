"""Kinds of stop 40 (docs/phrasings.md §128): portrait cards with a note under every name, a founding in a
relative clause about another body, a bordered Writer frame, a proposal heading over sub-headings, owners
in a legend row, a cover tagline naming a region, a tile's figure in display type, a role table opening
with a label and two names, a district's part named by where it lies."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Provenance
from extractor.fields.board_card_lines import noted_under
from extractor.fields.context import Analysis
from tests.fielddocs import document, heading, para
from tests.test_fields_h39_fixA import _board, _card_grid  # the card grid and board of stop 39's cards


# --- a note under every card's name ---------------------------------------------------------------------

@pytest.mark.parametrize("grid, r, c, noted", [
    ([["Styremedlem", "Styremedlem"], ["Eivind Skjærvik", "Tor Egil Brennhaug"], ["Valgt 2022", "Valgt av de ansatte"]],
     1, 1, True),
    ([["Styremedlem", "Styremedlem"], ["Eivind Skjærvik", "Tor Egil Brennhaug"], ["Valgt 2022", "Valgt av de ansatte"]],
     1, 0, False),
    ([["Styremedlem"], ["Olav Tvinnereim"], ["Vald av dei tilsette"]], 1, 0, True),
    # a row "Valgt av de ansatte" over more names heads the rows below it
    ([["Styremedlemmer"], ["Eivind Skjærvik"], ["Valgt av de ansatte"], ["Tor Egil Brennhaug"]], 1, 0, False),
    ([["Styremedlem"], ["Eivind Skjærvik"]], 1, 0, False),
])
def test_board_noted_under(grid, r, c, noted):
    assert noted_under(grid, r, c) is noted


@pytest.mark.parametrize("note", ["Valgt av de ansatte", "Ansattvalgt", "Vald av dei tilsette"])
def test_board_cards_with_a_note_under_every_name_mark_only_the_employees_member(note):
    grid = _card_grid([["STYRELEDER", "NESTLEDER", "STYREMEDLEM"],
                       ["Signe Marie Tollefsrud", "Bård Kåre Vingelsgaard", "Tor Egil Brennhaug"],
                       ["Valgt 2019", "Valgt 2021", note]])
    board = _board(heading("Styret", 2), grid)
    assert {n: (m.role.value, m.employee_elected) for n, m in board.items()} == {
        "Signe Marie Tollefsrud": ("LEDE", False), "Bård Kåre Vingelsgaard": ("NEST", False),
        "Tor Egil Brennhaug": ("MEDL", True)}
    assert all(m.confidence >= REVIEW_THRESHOLD for m in board.values())


@pytest.mark.parametrize("lines, employees", [
    # titles over names, a note under each; the employees' note before the next card's title
    (["STYREMEDLEM", "Eivind Skjærvik", "Valgt av de ansatte", "NESTLEDER", "Maren Sollihøgda"], {"Eivind Skjærvik"}),
    # ... and as the last line of the stack
    (["NESTLEDER", "Maren Sollihøgda", "STYREMEDLEM", "Eivind Skjærvik", "Valgt av de ansatte"], {"Eivind Skjærvik"}),
    # names over titles, the note under the title
    (["Eivind Skjærvik", "Styremedlem", "Ansattvalgt", "Maren Sollihøgda", "Nestleder"], {"Eivind Skjærvik"}),
    # a title saying who chose the member, over that member's name: the next card's, not the note of the one above
    (["Styremedlem", "Eivind Skjærvik", "Ansattes representant", "Maren Sollihøgda"], {"Maren Sollihøgda"}),
])
def test_board_stacked_card_lines_note_under_a_pair(lines, employees):
    board = _board(heading("Styret", 2), *(para(line) for line in lines))
    assert {n for n, m in board.items() if m.employee_elected} == employees
    assert {"Eivind Skjærvik", "Maren Sollihøgda"} <= set(board)


# --- a founding told in a relative clause about another body -------------------------------------------

@pytest.mark.parametrize("before, other", [
    ("Fossheim Arbeid AS er heleid av Stiftelsen Tindeheia Arbeidsfellesskap, som ble ", True),
    ("Vi leier lokaler av Grøndalen Eiendom AS, som ", True),
    ("Vi samarbeider med Fossheim Arbeid AS, som ", False),  # the organisation itself
    ("Fossheim Arbeid AS, som ", False),  # the sentence's own subject
    ("Selskapet eies av kommunene, som ", False),  # no name
    ("Fossheim Arbeid AS ble ", False),  # no relative clause
])
def test_founded_other_antecedent(before, other):
    from extractor.fields.founded import _other_antecedent

    assert _other_antecedent(before.removesuffix("ble "), ["Fossheim", "Arbeid"]) is other


@pytest.mark.parametrize("sentence, reason", [
    ("Fossheim Arbeid AS er heleid av Stiftelsen Tindeheia Arbeidsfellesskap, som ble opprettet i 1994.", "other_subject"),
    ("Fossheim Arbeid AS, som ble stiftet i 1979, har 58 ansatte.", "subject_is_org"),
])
def test_founded_sentence_hits_relative_clause(sentence, reason):
    from extractor.fields.founded import sentence_hits

    hits = list(sentence_hits(sentence, ["Fossheim", "Arbeid"], 2023, None, company=True))
    assert hits and hits[0][1][0] == reason


# --- a bordered Writer frame: its outline a rectangle, its wrapped entries one line --------------------

@pytest.mark.parametrize("upper, lower, text", [
    ("Tilsette sin representant: Åse", "Kvammen", "Tilsette sin representant: Åse Kvammen"),
    ("Varamedlemer: Ånund Lie og", "Signe Homme", "Varamedlemer: Ånund Lie og Signe Homme"),
    ("Leiar: Torleiv Bjørnarå", "Nestleiar: Gudny Hovstad", "Leiar: Torleiv Bjørnarå\nNestleiar: Gudny Hovstad"),
])
def test_group_lines_in_a_box_joins_a_label_value_wrapped_at_the_frame(upper, lower, text):
    from extractor.ingest import blocks as blk
    from extractor.ingest.layout import Line

    lines = [Line(upper, 346, 100, 509, 110, 10, False, 30, 346, 0, 526, box=0),
             Line(lower, 346, 112, 400, 122, 10, False, 40, 346, 0, 526, box=0)]
    raws = [r for r in blk.group_lines(1, lines, False, 3.0, sep="\n") if isinstance(r, blk.RawBlock)]
    assert [r.text for r in raws] == [text]


# --- a proposal heading over sub-headings ---------------------------------------------------------------

@pytest.mark.parametrize("sub, proposed", [
    ("Til årsmøtet 2024", True),  # the meeting the proposal goes to
    ("Kandidatar", True),  # no organ named
])
def test_board_proposal_heading_reaches_its_sub_headings(sub, proposed):
    board = _board(heading("Styret", 2), para("Leiar: Arnfinn Rusten"), para("Styremedlem: Petter Holen"),
                   heading("Valnemnda si innstilling", 2), heading(sub, 3), para("Styremedlem: Marit Sandnes (ny, 2 år)"))
    assert {"Arnfinn Rusten", "Petter Holen"} <= set(board)
    assert ("Marit Sandnes" not in board or board["Marit Sandnes"].confidence < REVIEW_THRESHOLD) is proposed


@pytest.mark.parametrize("headings, under", [
    (("Årsmelding 2023", "Valnemnda si innstilling", "Til årsmøtet 2024"), True),
    (("Valgkomiteens innstilling", "Kandidater"), True),
    (("Valgkomiteens innstilling", "Styret"), False),  # a board heading: not told apart from the sitting board's
    (("Valgkomiteens innstilling", "Til årsmøtet 2024", "Kandidater"), False),  # only the heading right under it
    (("Styret", "Til årsmøtet 2024"), False),
])
def test_board_under_proposal_heading(headings, under):
    from extractor.fields.board_context import read_heading
    from extractor.fields.board_meeting import _under_proposal_heading

    class Headings:
        def heading_kind(self, text):
            return read_heading(text)[0]

    assert _under_proposal_heading(Headings(), headings) is under


# --- owners in a legend row --------------------------------------------------------------------------

@pytest.mark.parametrize("line, owners", [
    ("Gran kommune 60 %   Lunner kommune 25 %   Jevnaker kommune 15 %",
     [("Gran kommune", 60.0), ("Lunner kommune", 25.0), ("Jevnaker kommune", 15.0)]),
    ("Gran kommune 55,5 % · Stiftelsen Hadeland Arbeid 44,5 %", [("Gran kommune", 55.5), ("Stiftelsen Hadeland Arbeid", 44.5)]),
    ("Gran kommune 60 %", []),  # one entry: a share line's, not a row's
    ("Gran kommune 60 % av aksjene og Lunner kommune 40 %", []),  # words between: a sentence
    ("Sykefraværet var 6 % mot 8 % året før", []),
])
def test_owner_legend_row(line, owners):
    from extractor.fields.owner_leads import legend_row

    assert legend_row(line, ["Bakken", "Vekst"]) == owners


def test_owners_under_a_bare_label_in_a_legend_row():
    from extractor.fields.organisation import extract_organisation

    analysis = Analysis(document(heading("Årsrapport 2023 Bakken Vekst AS"), para("Eiere"),
                                 para("Gran kommune 60 %   Lunner kommune 25 %   Jevnaker kommune 15 %")))
    analysis.report_year = 2023
    owners = sorted((o.name, o.share_percent) for o in extract_organisation(analysis).owners)
    assert owners == [("Gran kommune", 60.0), ("Jevnaker kommune", 15.0), ("Lunner kommune", 25.0)]


# --- a cover's tagline naming a region ----------------------------------------------------------------

@pytest.mark.parametrize("text, year", [
    ("Arbeid, opplæring og inkludering i Indre Sunnhordland sidan 1988", 1988),
    ("Tilrettelagt arbeid og kvalifisering i Salten og Ofoten siden 1982", 1982),
    ("Arbeid og opplæring for folk i hele Indre Østfold og Follo siden 1982 og fremover", None),  # too long
    ("Omsetningen har økt jevnt i Salten siden 2016", None),  # a sentence
    ("Lidvang Vekst AS – arbeid, opplæring og mestring i Ryfylke siden 1984.", 1984),  # the name before a dash
    ("Torvmo Arbeid AS — sidan 1979", 1979),
    ("Omsetningen – har økt siden 2016", None),  # a sentence after the dash
    ("Kari Dahl – leder siden 2015", None),  # a person's time in office
])
def test_founded_tagline_year_with_a_region(text, year):
    from extractor.fields.founded_cover import tagline_year

    assert tagline_year(text, 2023) == year


# --- a tile's figure in display type, not a heading ------------------------------------------------------

def _placed(text: str, box: tuple[float, float, float, float]):
    from extractor.document import Block, BlockKind

    return Block(BlockKind.PARAGRAPH, text, Provenance(page=1, bbox=box))


@pytest.mark.parametrize("figure_box, places", [
    ((54, 102, 123, 152), 31),  # a figure 50 pt tall over a label of one 13 pt line
    ((54, 144, 70, 154), None),  # a figure of body size: a line of its own, no tile
])
def test_programs_tile_figure_in_display_type_over_its_label(figure_box, places):
    from extractor.fields.programs import extract_programs

    analysis = Analysis(document(heading("Årsrapport 2023 Kvitfjell Arbeid AS"), heading("2023 i tall", 2),
                                 _placed("31", figure_box),
                                 _placed("plasser i varig tilrettelagt arbeid (VTA)", (54, 157, 298, 170))))
    analysis.report_year = 2023
    found = {p.code.value: p.places for p in extract_programs(analysis)}
    assert found.get("VTA") == places


# --- a role table whose first row is a label and two names -------------------------------------------------

@pytest.mark.parametrize("first", ["Gunnhild Rise, Eilert Moldskred", "Gunnhild Rise og Eilert Moldskred"])
def test_board_table_first_row_a_label_and_a_list_of_names_is_no_header(first):
    from tests.fielddocs import table

    board = _board(heading("Styret", 2), table([["Varamedlemmer", first], ["Styreleder", "Ivar Kvalsund"],
                                                 ["Styremedlem", "Leif Hareide"]]))
    assert {n: m.role.value for n, m in board.items()} == {
        "Gunnhild Rise": "VARA", "Eilert Moldskred": "VARA", "Ivar Kvalsund": "LEDE", "Leif Hareide": "MEDL"}


def test_board_table_of_role_headers_over_names_still_reads_by_header():
    from tests.fielddocs import table

    board = _board(heading("Styret", 2), table([["Styreleder", "Styremedlemmer"], ["Ivar Kvalsund", "Leif Hareide"],
                                                 ["", "Marta Brandal"]]))
    assert {n: m.role.value for n, m in board.items()} == {
        "Ivar Kvalsund": "LEDE", "Leif Hareide": "MEDL", "Marta Brandal": "MEDL"}


# --- a part of a district named by where it lies -----------------------------------------------------------

@pytest.mark.parametrize("name, kind", [
    ("Søre Sunnmøre", "Region"),  # a part of a listed district
    ("Ytre Sogn", "Region"),
    ("Indre Sogn", "Region"),  # listed itself
    ("Vestre Toten", "Municipality"),  # a part's name that is a municipality stays one
    ("Nordre Toten", "PostalPlace"),  # ... and a post town's
    ("Ytre Norden", None),  # Norden is a region abroad, no district
])
def test_gazetteer_district_parts(name, kind):
    from extractor import gazetteers

    found = gazetteers.place(name)
    assert (type(found).__name__ if found else None) == kind



@pytest.mark.parametrize("text, places", [
    ("Verkstaden tener heile Søre Sunnmøre.", ["Søre Sunnmøre"]),
    ("Tilbodet i Ytre\nSogn er utvida.", ["Ytre Sogn"]),  # the part and the district on two lines
    ("Indre Sunnhordlands kommunar eig selskapet.", ["Indre Sunnhordland"]),  # the district's genitive
    ("Butikken i søre Sunnmøre er open.", ["Sunnmøre"]),  # a lower-case word is no name's part
    ("Han bur i Vestre Toten.", ["Vestre Toten"]),  # a municipality's name stays the municipality's
])
def test_district_part_is_one_place_span(text, places):
    """The part word and the district are found when read (``gazetteers.district_part``), not by a
    pattern for every pair: one span, named as the part."""
    from extractor.nlp.pipeline import build_pipeline

    doc = build_pipeline()(text)
    assert [s.id_ for s in doc.spans["places"]] == places
