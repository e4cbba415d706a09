"""Headings a PDF marks without a heading style, and the word-level noise that hid them: pure
functions on made-up words, lines and chars."""
from __future__ import annotations

from extractor.document import Block, BlockKind, Provenance
from extractor.ingest import block_headings as bh
from extractor.ingest import blocks as blk
from extractor.ingest.furniture import find_furniture
from extractor.ingest.layout import page_to_items
from extractor.ingest.pdf_glyphs import plumber_char
from extractor.ingest.pdf_words import chars_to_words, orient_chars
from extractor.ingest.primitives import Word
from tests.test_layout_blocks import PROSE, column, line_words

WIDE = ("Likepersonstjenesten har vokst videre i år og sytten frivillige har hatt over femti samtaler",
        "med medlemmer rundt om i landet og fått god respons fra deltakerne gjennom hele året")


def classify(lines: list[list[Word]]) -> list[Block]:
    items = page_to_items([w for line in lines for w in line], [])
    raws = [r for r in blk.items_to_raw(1, items, False) if isinstance(r, blk.RawBlock)]
    return bh.raws_to_blocks(raws, blk.body_size_of(raws))


def headings(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.kind is BlockKind.HEADING]


def test_layout_body_type_line_over_full_paragraph_is_heading():
    blocks = classify([line_words("Likepersonsarbeid", 72, 100), line_words(WIDE[0], 72, 113),
                       line_words(WIDE[1], 72, 126)])
    assert headings(blocks) == ["Likepersonsarbeid"]


def test_layout_short_line_in_a_list_of_lines_is_no_heading():
    blocks = classify([line_words("Arrangerte fagdag i mars.", 72, 100), line_words("Lanserte ny nettside", 72, 113),
                       line_words(WIDE[0], 72, 126), line_words(WIDE[1], 72, 139)])
    assert headings(blocks) == []


def test_layout_label_over_short_line_is_no_heading():
    blocks = classify([line_words("Leder", 72, 100), line_words("Kari Nordmann", 72, 113),
                       line_words("kari@eksempel.no", 72, 126)])
    assert headings(blocks) == []


def test_layout_line_with_web_address_is_no_heading():
    blocks = classify([line_words("Lanserte nettsiden www.eksempel.no", 72, 100), line_words(WIDE[0], 72, 113),
                       line_words(WIDE[1], 72, 126)])
    assert headings(blocks) == []


def test_layout_bold_title_broken_before_its_year_is_one_heading():
    blocks = classify([line_words("ÅRSMELDING", 72, 60, size=20, bold=True),
                       line_words("2023", 72, 84, size=20, bold=True), *(line_words(t, 72, 200 + 13 * i)
                                                                          for i, t in enumerate(PROSE))])
    assert headings(blocks) == ["ÅRSMELDING 2023"]


def test_layout_ocr_stray_word_far_right_is_dropped():
    words = [Word("Balanse", 62, 119, 128, 133, size=18, conf=0.97), Word("em", 389, 125, 426, 147, size=16, conf=0.44)]
    assert [i.text for i in page_to_items(words, [])] == ["Balanse"]


def test_furniture_section_title_atop_consecutive_pages_is_a_heading_on_the_first():
    pages = []
    for n in range(1, 8):
        title = "Organisasjonens arbeid" if 3 <= n <= 5 else f"Kapittel {n}"
        items = page_to_items(line_words(title, 72, 40, size=16, bold=True) + line_words("Eksempel AS", 400, 20)
                              + column(72, 200, PROSE * 3), [])
        pages.append((n, 842.0, items))
    found = find_furniture(pages)
    kept = [(n, line.text) for n, _, items in pages for line in items
            if line.text == "Organisasjonens arbeid" and id(line) not in found]
    assert kept == [(3, "Organisasjonens arbeid")]
    assert all(id(line) in found for _, _, items in pages for line in items if line.text == "Eksempel AS")


def image_block(text: str, top: float, x0: float = 80.0, x1: float = 500.0) -> Block:
    height = 12.0 * (text.count("\n") + 1)
    return Block(BlockKind.IMAGE_TEXT, text, Provenance(page=1, bbox=(x0, top, x1, top + height), ocr_confidence=0.9))


PARAGRAPH = "\n".join(["Kontrollkomiteen har gått gjennom regnskapet og styrets protokoller for året"] * 3)


def test_ocr_image_heading_in_a_scanned_page():
    found = [image_block("Kontrollkomiteens beretning for 2023", 100), image_block(PARAGRAPH, 130),
             image_block("Hamar, 12. februar 2024", 200), image_block("Kari Nordmann", 240, x1=200),
             image_block("Ola Hansen", 240, x0=300)]
    bh.mark_image_headings([(b, b.prov.bbox) for b in found])
    assert [b.text for b in found if b.kind is BlockKind.HEADING] == ["Kontrollkomiteens beretning for 2023"]


def test_ocr_image_captions_without_running_text_stay_image_text():
    found = [image_block("Kari Nordmann\nStyreleder", 100, x1=200), image_block("Ola Hansen", 140, x1=200),
             image_block("Nestleder", 160, x1=200)]
    bh.mark_image_headings([(b, b.prov.bbox) for b in found])
    assert all(b.kind is BlockKind.IMAGE_TEXT for b in found)


def char(text: str, x0: float, top: float, matrix=(1, 0, 0, 1, 0, 0), size: float = 11.0, upright: bool = True):
    """A char as pdfplumber gives it (the reader's fallback), as the reader keeps it."""
    return plumber_char({"text": text, "x0": x0, "x1": x0 + 5, "top": top, "bottom": top + size, "doctop": top,
                         "size": size, "matrix": matrix, "upright": upright, "fontname": "F", "width": 5,
                         "height": size})


def test_pdf_words_margin_strip_does_not_turn_a_page():
    heading = [char(c, 72 + 5 * i, 74) for i, c in enumerate("c) Kontrollutvalgets beretning")]
    strip = [char(c, 579, 100 + 5 * i, matrix=(0, 1, -1, 0, 0, 0), upright=False)
             for i, c in enumerate("Dokumentnøkkel: V69L2-LGX5P-OEWJO-IL09M-PJ21G-K0FZL")]
    chars, direction = orient_chars(heading + strip)
    assert direction == "ltr" and chars == heading


def test_pdf_words_sideways_page_still_turns():
    table = [char(c, 100 + 14 * row, 100 + 5 * i, matrix=(0, 1, -1, 0, 0, 0), upright=False)
             for row in range(5) for i, c in enumerate("Sum driftsinntekter 1 200")]
    _, direction = orient_chars(table + [char("7", 290, 800)])
    assert direction == "btt"


def test_pdf_words_letter_size_noise_gives_one_word():
    chars = [char(c, 74 + 5 * i, 92.7, matrix=(0.998, -7e-8, -1e-8, 1, 0, 0), size=12.018 + i * 1e-7, upright=False)
             for i, c in enumerate("Kvinner")]
    chars, direction = orient_chars(chars)
    assert direction == "ltr" and [w.text for w in chars_to_words(chars, 612, 792)] == ["Kvinner"]


def test_layout_heading_ending_in_a_date_is_a_heading():
    # "Balanse 31.12.": the dot closes a date, not a sentence
    blocks = classify([line_words("Balanse 31.12.", 72, 100, size=13, bold=True), *[line_words(t, 72, 120 + 13 * i)
                                                                               for i, t in enumerate(PROSE)]])
    assert headings(blocks) == ["Balanse 31.12."]


def test_layout_caps_line_a_paragraph_gap_over_full_paragraph_is_heading():
    """Unlike a plain heading (text right under it), a title in capitals may stand a paragraph gap above."""
    blocks = classify([line_words("STYRETS ARBEID", 72, 100), line_words(WIDE[0], 72, 122),
                       line_words(WIDE[1], 72, 135)])
    assert headings(blocks) == ["STYRETS ARBEID"]
    mixed = classify([line_words("Styrets arbeid", 72, 100), line_words(WIDE[0], 72, 122), line_words(WIDE[1], 72, 135)])
    assert headings(mixed) == []


def test_layout_caps_name_or_label_is_no_heading():
    for first in ("KARI NORDMANN", "ORGANISASJONSNUMMER"):
        blocks = classify([line_words(first, 72, 100), line_words("Styreleder", 72, 122)])
        assert headings(blocks) == [], first
    name = classify([line_words("KARI NORDMANN", 72, 100), line_words(WIDE[0], 72, 122), line_words(WIDE[1], 72, 135)])
    assert headings(name) == []


def test_layout_caps_title_words():
    assert blk.caps_title("NOTE 2 – LØNNSKOSTNADER") and blk.caps_title("SAK 12/24 GODKJENNING AV ÅRSMELDING")
    assert not blk.caps_title("KARI NORDMANN")  # a first name, then a surname: a person
    assert not blk.caps_title("NAV")  # too few letters: an acronym
    assert not blk.caps_title("POST@LAGET.NO")
    assert not blk.caps_title("STYRET HAR HATT TI MØTER.")  # a sentence


import pytest  # noqa: E402 - the tests above need none


@pytest.mark.parametrize("text", ["", "1", "A", "A1", "Ab", "12 345", "— Økonomi", "3.1 Å", "ﬁ", "x" * 500])
def test_layout_headings_has_letters_counts_as_all_letters_do(text):
    """``has_letters`` stops at the letter it needs; the answer is the count of all of them."""
    assert bh.has_letters(text, 2) is (sum(c.isalpha() for c in text) >= 2)
