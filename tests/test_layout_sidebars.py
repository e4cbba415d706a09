"""Sidebars (floating text boxes the body wraps around) on made-up words: found, lifted out of
the page's flow, read as text-box blocks beside the body; columns, lists and tables are not."""
from __future__ import annotations

import pytest

from extractor.document import BlockKind
from extractor.ingest import block_headings as bh
from extractor.ingest import blocks as blk
from extractor.ingest.sidebars import find_sidebars, page_to_lines
from tests.test_layout_blocks import line_words

BODY = ("Senteret gir arbeidstrening og varig tilrettelagt arbeid til om lag",
        "førti personer og holder til i egne lokaler nær sentrum med verksted",
        "kantine og vedproduksjon for private kunder i hele kommunen og i",
        "nabokommunene rundt der vi har hatt mange oppdrag gjennom året")
BOX = ("Styret 2023", "Solveig Aas", "styreleder", "Henrik Dalby", "nestleder", "Mona Kvalsund")


def page(body_x0=72.0, box_x0=400.0, box_size=9.0, box_pitch=15.0, heading=True):
    words = line_words("Om senteret", body_x0, 100, size=13, bold=True) if heading else []
    words += [w for i, text in enumerate(BODY) for w in line_words(text, body_x0, 118 + 13 * i)]
    words += [w for i, text in enumerate(BOX) for w in line_words(text, box_x0, 100 + box_pitch * i, size=box_size)]
    words += line_words("Sykefraværet gikk ned i løpet av året og vi hadde ingen skader som ga fravær", 72, 200)
    return words


def blocks_of(words):
    items = page_to_lines(words, [], find_sidebars(words))
    raws = [r for r in blk.items_to_raw(1, items, False) if isinstance(r, blk.RawBlock)]
    return bh.raws_to_blocks(raws, blk.body_size_of(raws))


def test_layout_sidebar_right_of_body_is_found():
    (sidebar,) = find_sidebars(page())
    assert sidebar.x0 == 400 and {w.text for w in sidebar.words} >= {"Solveig", "Dalby", "Kvalsund"}


def test_layout_sidebar_keeps_heading_and_paragraph_beside_it_whole():
    blocks = blocks_of(page())
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["Om senteret"]
    body = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    assert body[0] == " ".join(BODY)  # one paragraph: the lines beside the box end early for want of room
    boxed = [b.text for b in blocks if b.kind is BlockKind.TEXT_BOX]
    assert "\n".join(boxed).split("\n") == list(BOX)
    assert not any("Solveig" in t for t in body)


def test_layout_sidebar_blocks_stand_where_the_box_starts():
    kinds = [b.kind for b in blocks_of(page())]
    assert kinds[0] is BlockKind.TEXT_BOX and kinds[-1] is BlockKind.PARAGRAPH  # box top level with the heading


def test_layout_sidebar_left_of_body():
    words = page(body_x0=230, box_x0=72, heading=False)
    words = [w for w in words if w.top < 195]  # no full-width line under it
    (sidebar,) = find_sidebars(words)
    assert sidebar.x0 == 72


def test_layout_label_value_list_is_no_sidebar():
    # the values share the labels' rows: a list (or a table), not a box
    words = [w for i, (label, value) in enumerate((("Styreleder", "Kari Lunde"), ("Nestleder", "Ola Bakke"),
                                                   ("Styremedlem", "Tone Berg"), ("Varamedlem", "Siri Dahl")))
             for w in line_words(label, 72, 100 + 13 * i) + line_words(value, 400, 100 + 13 * i, size=9)]
    assert find_sidebars(words) == []


def test_layout_same_type_narrow_column_is_no_sidebar():
    # same size and pitch as the body, on its rows: a second column of text, left to the column finder
    # (h41-fixG: the column's lines are put on the body's rows, as this test says; they stood 5 pt above
    # them, a grid of their own, which is how a text box with no frame sits: see the test below)
    words = page(box_size=10.0, box_pitch=13.0, heading=False)
    words = [w for w in words if w.x0 < 400] + [w for i, text in enumerate(BOX[:4])
                                                for w in line_words(text, 400, 118 + 13 * i)]
    assert all(s.x0 != 400 for s in find_sidebars(words))


def test_layout_same_type_box_on_rows_of_its_own_is_a_sidebar():
    # h41-fixG: a text box with no fill and no frame in the body's font: same size and pitch, but its
    # lines keep a baseline grid of their own beside the body's, never on a body row
    words = page(box_size=10.0, box_pitch=13.0, heading=False)
    (sidebar,) = find_sidebars(words)
    assert sidebar.x0 == 400 and {w.text for w in sidebar.words} >= {"Solveig", "Dalby", "Kvalsund"}


def test_layout_two_text_columns_are_no_sidebar():
    # about half the width each, even set in another size and pitch
    left = [w for i, text in enumerate(BODY) for w in line_words(text[:36], 72, 100 + 13 * i)]
    right = [w for i, text in enumerate(BODY) for w in line_words(text[:40], 300, 103 + 12 * i, size=9)]
    assert find_sidebars(left + right) == []


def test_layout_ruled_page_layout_reads_as_title_text_and_a_box():
    """A ruled one-row table laying out a title beside a boxed board list: the title is one
    heading (its lines end early for want of room), the box's lines are a sidebar's, no table."""
    from extractor.ingest import CellBudget
    from extractor.ingest.pdf import content_to_items
    from extractor.settings import Settings
    from tests.test_tables_ruled import BOARD_BOX, _layout_page

    items = content_to_items(_layout_page(BOARD_BOX), [], CellBudget(Settings()))
    raws = [r for r in blk.items_to_raw(1, items, False) if isinstance(r, blk.RawBlock)]
    blocks = bh.raws_to_blocks(raws, blk.body_size_of(raws))
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["Sameiet Lindebakken Hageby"]
    assert "\n".join(b.text for b in blocks if b.kind is BlockKind.TEXT_BOX).split("\n") == list(BOARD_BOX)
    assert all(isinstance(r, blk.RawBlock) for r in blk.items_to_raw(1, items, False))  # no table placed


def _framed_box_page(box_lines: tuple[str, ...], crossing_rule: bool):
    """A designed page: a title and text on the left, a framed box of lines on the right, and
    (maybe) a rule under the title running through the box."""
    from extractor.ingest.primitives import PageContent
    from tests.test_tables_ruled import _box
    from tests.test_tables_support import hline, words_in_line

    segments = _box(350, 56, 540, 160) + ([hline(54, 540, 140)] if crossing_rule else [])
    words = words_in_line("Sameiet Lindebakken Hageby", 60, 62, size=20)
    words += words_in_line("Årsberetning for 2022 til sameiermøtet", 60, 100)
    for i, text in enumerate(box_lines):
        words += words_in_line(text, 360, 62 + 12 * i)
    words += words_in_line("Sameiet består av 36 seksjoner i to bygg fra 1998 og et garasjeanlegg.", 60, 200)
    return PageContent(1, 612, 792, words, segments)


def _pdf_blocks(content):
    from extractor.ingest import CellBudget
    from extractor.ingest.pdf import content_to_items
    from extractor.settings import Settings

    items = content_to_items(content, [], CellBudget(Settings()))
    raws = [r for r in blk.items_to_raw(1, items, False) if isinstance(r, blk.RawBlock)]
    return items, bh.raws_to_blocks(raws, blk.body_size_of(raws))


@pytest.mark.parametrize("crossing_rule", [False, True])
def test_layout_framed_box_beside_text_is_a_sidebar(crossing_rule):
    from tests.test_tables_ruled import BOARD_BOX

    items, blocks = _pdf_blocks(_framed_box_page(BOARD_BOX, crossing_rule))
    assert "\n".join(b.text for b in blocks if b.kind is BlockKind.TEXT_BOX).split("\n") == list(BOARD_BOX)
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["Sameiet Lindebakken Hageby"]
    assert all(isinstance(r, blk.RawBlock) for r in blk.items_to_raw(1, items, False))  # no table placed


def test_layout_framed_box_holding_a_table_keeps_the_table():
    from tests.test_tables_support import words_in_line

    figures = (("Driftsinntekter", "12 345"), ("Driftskostnader", "11 020"), ("Driftsresultat", "1 325"),
               ("Årsresultat", "1 102"), ("Egenkapital", "4 480"), ("Sum gjeld", "2 210"))
    content = _framed_box_page(("Nøkkeltall",), crossing_rule=False)
    for i, (label, amount) in enumerate(figures):
        content.words.extend(words_in_line(label, 360, 74 + 12 * i) + words_in_line(amount, 480, 74 + 12 * i))
    items, _ = _pdf_blocks(content)
    tables = [r for r in blk.items_to_raw(1, items, False) if not isinstance(r, blk.RawBlock)]
    assert tables and ["Driftsinntekter", "12 345"] in tables[0].item.text_rows()


def test_layout_framed_box_heading_set_larger_heads_its_lines():
    from extractor.ingest.primitives import PageContent
    from tests.test_tables_ruled import _box
    from tests.test_tables_support import words_in_line

    words = words_in_line("Resultatregnskap", 60, 62, size=14)
    for i, text in enumerate(("Salgsinntekter 1 200 1 100", "Lønnskostnader 800 760", "Driftsresultat 400 340")):
        words += words_in_line(text, 60, 90 + 14 * i)
    box = [("Styret", 10.5), ("Eli Vang", 8.4), ("styreleder", 8.0), ("Per Dokk", 8.4), ("nestleder", 8.0),
           ("Administrasjon", 10.5), ("Siv Ruud", 8.4), ("daglig leder", 8.0)]
    for i, (text, size) in enumerate(box):
        words += words_in_line(text, 400, 62 + 16 * i, size=size)
    _, blocks = _pdf_blocks(PageContent(1, 612, 792, words, _box(390, 56, 540, 200)))
    assert sorted(b.text for b in blocks if b.kind is BlockKind.HEADING) == ["Administrasjon", "Resultatregnskap", "Styret"]
    assert "Eli Vang" in "\n".join(b.text for b in blocks if b.kind is BlockKind.TEXT_BOX)



@pytest.mark.parametrize(("tops", "one"), [((100, 113, 126, 139), True), ((100, 113, 191, 204, 217), False)])
def test_layout_one_block_of_lines(tops, one):
    # h41-fixG: a box's lines follow one another; photo captions stand apart down the page (the grid of
    # their own that a text box with no frame keeps is no sign of a box then)
    from extractor.ingest.sidebars import _one_block

    assert _one_block([line_words("Solveig Aas", 400, top) for top in tops]) is one
