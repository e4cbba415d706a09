"""Kinds from the fifty-eighth held-out set (Word's own layout features; docs/phrasings.md §105):
two programs counted in one sentence, two page columns of bullet lists, a paragraph's wrapped last
line above a two-column section, a fax number beside the phone, the board in the page footer, a
run-in "Styret:" list, an observer from another body, an owner as a relative clause's antecedent,
labels over tables nested in a layout table. Invented names and figures."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.board import extract_people
from extractor.fields.context import Analysis, iter_footer_boards
from extractor.fields.contact_channels import extract_phone
from extractor.fields.org_common import Text
from extractor.fields.programs import extract_programs
from extractor.ingest.layout import items_to_rows, rows_to_regions
from extractor.ingest.primitives import PageContent
from extractor.tables import find_tables
from test_docx_reader import cell, make_docx, para, read, row, table
from test_fields_organisation import _org
from test_tables_support import word, words_in_line
from tests.fielddocs import document, heading, para as body_para, table as body_table


def _programs(*texts: str) -> dict[str, int]:
    return {p.code.value: p.places for p in extract_programs(Analysis(document(*map(body_para, texts))))}


@pytest.mark.parametrize("text, expected", [
    ("Stiftelsen hadde 18 plasser i arbeidsforberedende trening (AFT) og 27 plasser for varig tilrettelagt "
     "arbeid (VTA), etter avtale med NAV.", {"AFT": 18, "VTA": 27}),
    ("Bedrifta hadde 14 plassar i AFT og 31 plassar for varig tilrettelagt arbeid (VTA).", {"AFT": 14, "VTA": 31}),
    ("Vi hadde 40 plasser i VTA, og 12 plasser i AFT.", {"AFT": 12, "VTA": 40}),  # controls: read on main too
    # the program before the count, with no "og" between, stays the count's own
    ("VTA med 38 plasser og AFT med 26 plasser.", {"AFT": 26, "VTA": 38}),
])
def test_h36f58_programs_second_count_takes_the_program_after_it(text, expected):
    assert _programs(text) == expected


BULLET = "\uf0b7"


def _bullet_line(text: str, x0: float, top: float) -> list:
    return [word(BULLET, x0, top), *words_in_line(text, x0 + 18, top)]


def test_h36f58_two_page_columns_of_bullet_lists_are_no_table():
    left = ["Vidar Lie, styreleder", "Kari Dahl, nestleder", "Per Moen, styremedlem", "Eva Berg, varamedlem"]
    right = ["Ola Rud, daglig leder", "Siv Nes, verksmester", "Tor Vik, jobbspesialist", "Anne Ås, konsulent"]
    words = [w for i, (a, b) in enumerate(zip(left, right))
             for w in (*_bullet_line(a, 72, 100 + 13 * i), *_bullet_line(b, 312, 100 + 13 * i))]
    assert find_tables(PageContent(1, 612, 792, words)) == []


def test_h36f58_role_and_name_columns_with_bullets_in_one_column_stay_a_table():
    rows = [("Styreleder", "Vidar Lie"), ("Nestleder", "Kari Dahl"), ("Styremedlem", "Per Moen")]
    words = [w for i, (role, name) in enumerate(rows)
             for w in (*_bullet_line(role, 72, 100 + 13 * i), *words_in_line(name, 312, 100 + 13 * i))]
    assert find_tables(PageContent(1, 612, 792, words)) != []


def _column_rows(left: list[str], right: list[str], top: float) -> list:
    return [w for i, (a, b) in enumerate(zip(left, right))
            for w in (*words_in_line(a, 72, top + 13 * i), *words_in_line(b, 312, top + 13 * i))]


COLUMN_LEFT = ["Året ga oss flere oppdrag", "enn noen gang og vi takker", "alle som har bidratt med", "innsats og godt humør",
               "gjennom hele året"]
COLUMN_RIGHT = ["Ny monteringshall i bruk", "og kafeen utvidet tiden", "for gjestene våre slik", "at flere kan komme",
                "også om kvelden"]


@pytest.mark.parametrize("last, joins", [
    ("trening (AFT).", True),  # the paragraph's wrapped last line
    ("(AFT) i regionen.", True),
    ("Daglig leders kommentar", False),  # a capitalised line opens the columns
])
def test_h36f58_paragraph_last_line_above_two_columns(last, joins):
    full = "I 2023 hadde vi 35 plasser for varig tilrettelagt arbeid og 22 plasser i"
    words = [*words_in_line(full, 72, 80), *words_in_line(last, 72, 93), *_column_rows(COLUMN_LEFT, COLUMN_RIGHT, 110)]
    regions = rows_to_regions(items_to_rows(words), 10.0)
    first = " ".join(w.text for row in regions[0] for w in row)
    assert (last in first) is joins
    assert any(" ".join(w.text for row in r for w in row).startswith("Ny monteringshall") for r in regions)


def _texts(*lines: str) -> list[Text]:
    return [Text(t, Provenance(page=1), "body", False, False) for t in lines]


@pytest.mark.parametrize("lines, phone", [
    (("Smievegen 8, 3840 Seljord\nTelefon 35 05 61 40", "Telefaks 35 05 61 49\nE-post: post@tveitane.no"), "35 05 61 40"),
    (("Tlf 35 05 61 40 · Faks: 35 05 61 49 · post@tveitane.no",), "35 05 61 40"),
    (("Telefax 35 05 61 49 · post@tveitane.no",), None),
    (("Tlf/faks 35 05 61 40 · post@tveitane.no",), "35 05 61 40"),  # one number for both
])
def test_h36f58_fax_number_is_no_phone(lines, phone):
    found = extract_phone(_texts(*lines), "Tveitane Industri AS")
    assert (found.value if found else None) == phone


FOOTER = "Styret: Randi Berge (styreleder), Eirik Torsvik (nestleder), Marte Skogli, Henning Ulvestad (ansattes representant). Varamedlem:"


def _footer_doc(*footer: tuple[int, str]) -> Document:
    furniture = [Block(BlockKind.PARAGRAPH, text, Provenance(page=page)) for page, text in footer]
    body = [Block(BlockKind.HEADING, "Årsrapport 2021", Provenance(page=1), level=1),
            Block(BlockKind.PARAGRAPH, "Styrets sammensetning står nederst på hver side.", Provenance(page=1))]
    return Document(SourceInfo("x.pdf", "0", Format.PDF), body, furniture)


def test_h36f58_footer_board_is_read_once_with_its_wrapped_line():
    doc = _footer_doc(*[(p, t) for p in (1, 2) for t in ("Granlia Vekst AS · side", FOOTER, "Solveig Aarnes")])
    units = list(iter_footer_boards(doc))
    assert [u.text for u in units] == [f"{FOOTER} Solveig Aarnes"]


def test_h36f58_footer_board_members_and_roles():
    doc = _footer_doc((1, FOOTER), (1, "Solveig Aarnes"), (2, FOOTER), (2, "Solveig Aarnes"))
    analysis = Analysis(doc)
    analysis.report_year = 2021
    _, members = extract_people(analysis)
    got = {(m.name, m.role.value, m.employee_elected) for m in members}
    assert got == {("Randi Berge", "LEDE", False), ("Eirik Torsvik", "NEST", False), ("Marte Skogli", "MEDL", False),
                   ("Henning Ulvestad", "MEDL", True), ("Solveig Aarnes", "VARA", False)}


def test_h36f58_a_footer_without_a_board_adds_no_unit():
    doc = _footer_doc((1, "Granlia Vekst AS · Org.nr. 912 345 678 · side 1"), (1, "Styreleder har ordet på side 2"))
    assert list(iter_footer_boards(doc)) == []


def _board(*items) -> set[tuple[str, str]]:
    analysis = Analysis(document(*items))
    analysis.report_year = 2023
    return {(m.name, m.role.value) for m in extract_people(analysis)[1]}


@pytest.mark.parametrize("label", ["Observatør fra NAV", "Observatør frå NAV Bømlo", "Observatør fra Nome kommune"])
def test_h36f58_observer_from_a_body_is_an_observer(label):
    got = _board(heading("Styret"), body_table([["Styreleder", "Astrid Hovde"], ["Styremedlem", "Bodil Strand"],
                                                [label, "Hege Myrland"]], strategy="word"))
    assert ("Hege Myrland", "OBS") in got


def _owners(text: str) -> list[tuple[str, float | None]]:
    return sorted((o.name, o.share_percent) for o in _org(text).owners)


@pytest.mark.parametrize("text, owners", [
    ("Arbeidslaget AS er ei vekstbedrift i Luster kommune, som eig 100 % av aksjane.", [("Luster kommune", 100.0)]),
    ("Bedriften ligger i Sel kommune, som eier 100 prosent av aksjene.", [("Sel kommune", 100.0)]),
    # a holding in another company: the relative clause owns no share of ours
    ("Selskapet eier Fjord Ved AS, som eier 30 % av aksjene i Nordfjord Ved AS.", []),
])
def test_h36f58_owner_as_antecedent_of_relative_clause(text, owners):
    assert _owners(text) == owners


def test_h36f58_labels_over_tables_nested_in_a_layout_row_are_headings(tmp_path: Path):
    bold = "<w:b/>"
    owners = table(row(cell(para("Eier")), cell(para("Andel"))), row(cell(para("Sel kommune")), cell(para("70 %"))))
    members = table(row(cell(para("Verv")), cell(para("Navn"))), row(cell(para("Styreleder")), cell(para("Tordis Kleiven"))))
    layout = table(row(cell(para("Om selskapet", run_pr=bold) + para("Fabrikkgata 2, 2670 Otta") + owners),
                       cell(para("Styret", run_pr=bold) + members)))
    doc = read(make_docx(tmp_path / "x.docx", para("Årsrapport 2023", "Heading1") + layout + para("Selskapet driver arbeidstrening.")))
    headings = [b.text for b in doc.blocks() if b.kind is BlockKind.HEADING]
    assert "Om selskapet" in headings and "Styret" in headings
    assert [t.text_rows()[1] for t in doc.tables()] == [["Sel kommune", "70 %"], ["Styreleder", "Tordis Kleiven"]]
