"""Programme places and person-years printed as key-figure tiles (docs/phrasings.md §120.2)."""
import pytest

from extractor.document import Block, BlockKind, Provenance
from extractor.fields.context import Analysis
from extractor.fields.program_tiles import iter_tiles
from extractor.fields.programs import extract_programs
from tests.fielddocs import document, table


def programs(*items):
    return {p.code.value: p for p in extract_programs(Analysis(document(*items)))}


def block(kind: BlockKind, text: str, bbox) -> Block:
    return Block(kind, text, Provenance(page=1, bbox=bbox), level=2 if kind is BlockKind.HEADING else None)


def test_programs_band_of_tiles_gives_each_programme_its_figure():
    got = programs(table([["26", "40", "58", "87 %"],
                          ["plasser i varig tilrettelagt arbeid (VTA)", "AFT-plasser", "ansatte", "fullførte"]]))
    assert (got["VTA"].places, got["AFT"].places) == (26, 40) and "tile" in got["VTA"].reasons


def test_programs_second_row_of_tiles_is_read_too():
    got = programs(table([["58", "310"], ["ansatte", "kunder"], ["19", "12"],
                          ["tiltaksplassar i VTA", "plassar i arbeidsførebuande trening (AFT)"]]))
    assert (got["VTA"].places, got["AFT"].places) == (19, 12)


@pytest.mark.parametrize("label", ["år med VTA", "ansatte i AFT", "deltakere i VTA i løpet av året"])
def test_programs_tile_label_counting_no_places_gives_none(label):
    assert programs(table([["12", "140"], [label, "kunder"]])) == {}


def test_programs_statement_row_is_no_tile():
    # a label column: a statement's rows, not a band of figures
    assert programs(table([["VTA", "26", "24"], ["Plasser i alt", "", ""]])) == {}


def test_programs_tile_person_years_beside_its_places():
    got = programs(table([["22", "14,5"], ["VTA-plasser", "årsverk i VTA"]]))
    assert got["VTA"].places == 22 and got["VTA"].person_years == 14.5


def test_programs_stacked_tiles_a_heading_figure_over_its_label():
    got = programs(block(BlockKind.HEADING, "26", (600, 100, 640, 140)),
                   block(BlockKind.PARAGRAPH, "VTA-plasser", (600, 142, 680, 154)),
                   block(BlockKind.HEADING, "40", (600, 170, 640, 210)),
                   block(BlockKind.PARAGRAPH, "plasser i AFT", (600, 212, 690, 224)))
    assert (got["VTA"].places, got["AFT"].places) == (26, 40)


@pytest.mark.parametrize("label_box", [(600, 260, 680, 272),  # far below the figure
                                       (100, 142, 180, 154)])  # under another column
def test_programs_heading_figure_over_a_line_elsewhere_is_no_tile(label_box):
    analysis = Analysis(document(block(BlockKind.HEADING, "26", (600, 100, 640, 140)),
                                 block(BlockKind.PARAGRAPH, "VTA-plasser", label_box)))
    assert list(iter_tiles(analysis)) == []


def test_programs_prose_under_a_number_heading_is_no_tile():
    analysis = Analysis(document(block(BlockKind.HEADING, "3", (50, 100, 60, 120)),
                                 block(BlockKind.PARAGRAPH, "Vi har 26 VTA-plasser og gode resultater i året som gikk "
                                       "for alle våre deltakere og ansatte i hele regionen.", (50, 122, 500, 160))))
    assert list(iter_tiles(analysis)) == []  # a numbered chapter's text: neither short nor figure-free
