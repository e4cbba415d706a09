"""Layouts other PDF producers leave (docs/phrasings.md §37): a caps or numbered title right
under a paragraph's last sentence (no space between paragraphs), list bullets drawn as dots
(Chromium), a browser's print header and footer, a numbered line that ends its list item with
the line, and statements set with default tab stops. Pure functions on made-up words."""
from __future__ import annotations

import pytest

from extractor.ingest import blocks as blk
from extractor.ingest.furniture import find_furniture, is_print_stamp
from extractor.ingest.layout import page_to_items
from extractor.ingest.pdf_drawing import is_mark
from extractor.ingest.pdf_words import drawn_bullets, mend_mojibake
from extractor.ingest.primitives import PageContent
from extractor.tables import find_tables
from tests.test_layout_blocks import line_words
from tests.test_layout_headings import classify, headings
from tests.test_tables_support import word, words_in_line

FULL = ("Styret har hatt seks møter i løpet av året og behandlet i alt tjue saker om drift og økonomi",
        "og anlegg, og styret har fulgt opp vedtakene fra årsmøtet gjennom hele året med god støtte.")


def _para(top: float) -> list[list]:
    return [line_words(FULL[0], 72, top), line_words(FULL[1], 72, top + 13)]


def test_caps_title_right_under_a_sentence_is_a_heading():
    blocks = classify([*_para(100), line_words("ØKONOMI OG DRIFT", 72, 126), *_para(139)])
    assert headings(blocks) == ["ØKONOMI OG DRIFT"]


def test_caps_name_right_under_a_sentence_is_no_heading():
    blocks = classify([*_para(100), line_words("KARI NORDLI", 72, 126), *_para(139)])
    assert headings(blocks) == []


def test_numbered_title_right_under_a_sentence_is_a_heading():
    blocks = classify([*_para(100), line_words("2.2 Vedlikehold", 72, 126), *_para(139)])
    assert headings(blocks) == ["2.2 Vedlikehold"]


def test_numbered_item_ends_with_its_short_line():
    blocks = classify([line_words("3. STYRETS ARBEID", 72, 100), line_words("3.1 Møter", 72, 123), *_para(146)])
    assert headings(blocks) == ["3. STYRETS ARBEID", "3.1 Møter"]
    assert blocks[-1].text.startswith("Styret har hatt seks møter")


def test_numbered_item_still_wraps_onto_its_next_line():
    lines = [line_words("1. " + FULL[0], 72, 100), line_words(FULL[1], 84, 113)]
    raws = [r for r in blk.items_to_raw(1, page_to_items([w for ln in lines for w in ln], []), False)]
    assert len(raws) == 1 and raws[0].list_item


def test_drawn_dot_before_a_line_is_its_bullet():
    words = line_words("Sommerleir på Hove", 90, 100, bold=True) + line_words("Julebord", 90, 120, bold=True)
    dots = [(80.0, 103.5, 83.0, 106.5), (80.0, 123.5, 83.0, 126.5)]
    bullets = drawn_bullets(dots, words)
    items = page_to_items(words + bullets, [])
    assert [(i.bullet, i.text) for i in items] == [("•", "Sommerleir på Hove"), ("•", "Julebord")]


def test_drawn_dot_inside_a_line_or_after_its_label_is_no_bullet():
    words = line_words("Andel 2023", 72, 100)  # "Andel" ends at 97, "2023" starts at 100
    assert drawn_bullets([(140.0, 103.5, 143.0, 106.5)], words) == []  # after the text: a chart's swatch
    assert drawn_bullets([(97.5, 103.5, 99.5, 105.5)], words) == []  # between two words of the line


def test_mark_size_and_shape():
    assert is_mark((80, 100, 83, 103)) and is_mark((80, 100, 85, 104)) and is_mark((80, 100, 88, 108))
    assert not is_mark((80, 100, 81, 101)) and not is_mark((80, 100, 200, 103)) and not is_mark((80, 100, 96, 116))


def test_slide_bullets_are_larger_dots_before_large_type():
    """A slide's items: dots of 8 pt before 22 pt type, lines of one length with no end stop. Each
    dot opens an item, so a place ending one item does not run into the next item's first word."""
    texts = ["Tre nye leietakere flyttet inn i fjor", "Nye bedrifter fra Vikna, Nærøy og Leka",
             "Fire bedrifter gikk ut etter endt program"]
    words = [w for n, text in enumerate(texts) for w in line_words(text, 92, 150 + 38 * n, size=22)]
    dots = [(71.0, 157.0 + 38 * n, 79.3, 165.3 + 38 * n) for n in range(3)]
    assert all(is_mark(d) for d in dots)  # the drawing reader keeps them
    items = page_to_items(words + drawn_bullets(dots, words), [])
    assert [(i.bullet, i.text) for i in items] == [("•", t) for t in texts]


def test_a_box_as_tall_as_its_line_is_no_bullet():
    words = line_words("Julebord", 90, 100)  # 10 pt type
    assert drawn_bullets([(78.0, 100.0, 86.0, 108.0)], words) == []  # an 8 pt square: a check box or a swatch


def test_browser_print_header_and_footer_on_one_page():
    assert is_print_stamp("14.03.2024, 09:12 Årsmelding | Sogelaget", "top")
    assert is_print_stamp("3/14/24, 9:12 AM Årsmelding", "top")
    assert is_print_stamp("https://sogelaget.no/arsmelding 1/3", "bottom")
    assert not is_print_stamp("Årsmelding 2023", "top") and not is_print_stamp("www.sogelaget.no", "bottom")
    assert not is_print_stamp("14.03.2024 Styremøte", "top")
    items = page_to_items(line_words("14.03.2024, 09:12 Årsmelding | Sogelaget", 20, 16, size=8)
                          + line_words("https://sogelaget.no/arsmelding 1/1", 20, 820, size=8)
                          + [w for ln in _para(100) for w in ln], [])
    found = find_furniture([(1, 842.0, items)])
    assert sorted(i.text for i in items if id(i) in found) == ["14.03.2024, 09:12 Årsmelding | Sogelaget",
                                                                "https://sogelaget.no/arsmelding 1/1"]


def _tabbed(lines: list[tuple[str, ...]], left: float = 71.0, top: float = 100.0) -> list:
    """Lines set with default stops every 36 pt: each part after the first starts at the next
    stop past the end of the one before."""
    words = []
    for n, parts in enumerate(lines):
        x = left
        for k, part in enumerate(parts):
            if k:
                x = left + 36.0 * (int((x - left) / 36.0) + 1)
            if part:
                line = words_in_line(part, x, top + 12 * n)
                words += line
                x = line[-1].x1
    return words


def test_default_tab_statement_reads_its_figures_from_the_right():
    words = _tabbed([("", "Note", "2023", "2022"), ("Salg av ved og tjenester", "", "3 418", "3 102"),
                     ("Tilskudd fra NAV", "2", "8 260", "7 945"), ("Sum driftsinntekter", "", "11 678", "11 047"),
                     ("Lønnskostnader", "3", "9 114", "8 806")])
    (table,) = find_tables(PageContent(1, 595, 842, words))
    rows = [[c for c in row] for row in table.text_rows()]
    assert rows[0] == ["", "Note", "2023", "2022"]
    assert ["Salg av ved og tjenester", "", "3 418", "3 102"] in rows
    assert ["Tilskudd fra NAV", "2", "8 260", "7 945"] in rows


def test_statement_whose_columns_line_up_is_left_to_the_text_reader():
    words = []
    for n, (label, a, b) in enumerate((("", "2023", "2022"), ("Salg", "3 418", "3 102"), ("Tilskudd", "8 260", "7 945"),
                                       ("Sum", "11 678", "11 047"))):
        words += words_in_line(label, 71, 100 + 12 * n) if label else []
        words += [word(a, 250, 100 + 12 * n)] if " " not in a else words_in_line(a, 250, 100 + 12 * n)
        words += words_in_line(b, 320, 100 + 12 * n)
    (table,) = find_tables(PageContent(1, 595, 842, words))
    assert ["Salg", "3 418", "3 102"] in table.text_rows()


def test_tab_stop_search_is_skipped_only_where_no_two_lines_end_in_a_figure():
    from extractor.tables.base import DEFAULT_TOLERANCES
    from extractor.tables.chunks import words_to_text_lines
    from extractor.tables.tabbed import may_hold_rows, tabbed_tables

    def lines_of(parts):
        return words_to_text_lines(_tabbed(parts), DEFAULT_TOLERANCES)

    prose = lines_of([("Styret har hatt seks møter i 2023.",), ("Det ble behandlet 41 saker",), ("i løpet av året.",)])
    assert not may_hold_rows(prose)
    assert tabbed_tables(prose, PageContent(1, 595, 842, []), DEFAULT_TOLERANCES) == ([], prose)
    statement = lines_of([("", "2023", "2022"), ("Salg av ved", "3 418", "3 102"), ("Tilskudd", "8 260", "7 945")])
    assert may_hold_rows(statement)
    (table,), _ = tabbed_tables(statement, PageContent(1, 595, 842, []), DEFAULT_TOLERANCES)
    assert ["Salg av ved", "3 418", "3 102"] in table.text_rows()


@pytest.mark.parametrize("written, shown", [("BjÃ¸rnar", "Bjørnar"), ("Ã…rsmelding", "Årsmelding"), ("KjÃ¦rstad", "Kjærstad"),
                                            ("forsÃ¸k,", "forsøk,"), ("Bjørnar", "Bjørnar"), ("Ãrsmelding", "Ãrsmelding")])
def test_pdf_words_mend_utf8_read_as_windows_1252(written, shown):
    """An old converter's text layer: UTF-8 bytes read as Windows-1252, the page's letters mended;
    a word that only looks like it stays."""
    assert mend_mojibake(written) == shown
