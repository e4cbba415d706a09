"""``small_caps``: a line set in scaled small capitals (a capital at the type's size, the other
letters as capitals some 70 % as large) reads as one line of one size and is marked; a line of
them standing alone is a heading (``block_headings.small_caps_title``). Made-up chars and words."""
from __future__ import annotations

import pytest

from extractor.document import BlockKind
from extractor.ingest.pdf_chars import Char
from extractor.ingest.pdf_words import chars_to_words
from extractor.ingest.primitives import Word
from extractor.ingest.small_caps import is_small_caps_font, scaled_caps
from tests.test_layout_blocks import line_words
from tests.test_layout_headings import WIDE, classify, headings

BIG, SMALL = 10.5, 7.5


def sc_chars(text: str, x: float = 72.0, baseline: float = 110.0, font: str = "AAAAAA+Serif",
             small: float = SMALL, upper_small: bool = False) -> list[Char]:
    """``text`` as a browser sets it in small caps: capitals and digits at ``BIG``, the lower-case
    letters as scaled capitals at ``small`` (their text lower case, or upper case with ``upper_small``)."""
    out = []
    for ch in text:
        size = small if ch.islower() else BIG
        width = 0.0 if ch == " " else 0.6 * size
        shown = ch.upper() if upper_small and ch.islower() else ch
        out.append(Char(shown, x, baseline - size, x + width, baseline + 0.2 * size, font, size, None, "ltr"))
        x += width + (0.3 * BIG if ch == " " else 0.0)
    return out


def test_ingest_small_caps_scaled_run_takes_its_capitals_size_and_one_word():
    words = chars_to_words(sc_chars("Styret"), 600, 800)
    assert [(w.text, w.size, w.small_caps) for w in words] == [("Styret", BIG, True)]


def test_ingest_small_caps_capitals_drawn_for_lower_case_are_given_their_case_back():
    words = chars_to_words(sc_chars("Året i tall", upper_small=True), 600, 800)
    assert [w.text for w in words] == ["Året", "i", "tall"] and all(w.small_caps for w in words)


@pytest.mark.parametrize(("chars", "why"), [
    (sc_chars("Styret", small=4.0), "a drop capital is far larger than its word's letters"),
    (sc_chars("Styret", small=10.0), "barely smaller: another run of type, not scaled capitals"),
    ([*sc_chars("S")[:1], *[c._replace(x0=c.x0 + 30, x1=c.x1 + 30) for c in sc_chars("Styret")[1:]]],
     "the small letters stand apart from the capital"),
    ([*sc_chars("S")[:1], *[c._replace(top=c.top + 6, bottom=c.bottom + 6) for c in sc_chars("Styret")[1:]]],
     "not on the capital's baseline (a line below)"),
])
def test_ingest_small_caps_other_size_changes_are_left_alone(chars, why):
    out, marked = scaled_caps(chars)
    assert out == chars and not marked, why


def test_ingest_small_caps_run_ends_at_a_gap_wider_than_a_word_space():
    chars = sc_chars("Nøkkeltall") + [c._replace(x0=c.x0 + 200, x1=c.x1 + 200) for c in sc_chars("2023", x=80.0)]
    words = chars_to_words(chars, 600, 800)
    assert [(w.text, w.small_caps) for w in words] == [("Nøkkeltall", True), ("2023", False)]


@pytest.mark.parametrize(("font", "small"), [
    ("ABCDEF+MinionPro-RegularSC", True), ("Garamond-SmallCaps", True), ("FreightText-Caps", True),
    ("LinBiolinumSmcp", True), ("ABCDEF+DejaVuSans", False), ("Disc-Regular", False), ("Arial-BoldMT", False),
])
def test_ingest_small_caps_font_names(font, small):
    assert is_small_caps_font(font) is small


def _sc_line(text: str, top: float, size: float = BIG) -> list[Word]:
    words = line_words(text, 72, top, size=size)
    for w in words:
        w.small_caps = True
    return words


def test_layout_small_caps_line_barely_larger_than_body_is_a_heading():
    blocks = classify([line_words(WIDE[0], 72, 80, size=9.6), line_words(WIDE[1], 72, 93, size=9.6),
                       _sc_line("Ytre miljø", 114), line_words(WIDE[0], 72, 130, size=9.6),
                       line_words(WIDE[1], 72, 143, size=9.6)])
    assert headings(blocks) == ["Ytre miljø"]
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH]


@pytest.mark.parametrize("text", ["Sverre Holtefjell", "vi har revidert årsregnskapet"])
def test_layout_small_caps_name_or_lower_case_line_is_no_heading(text):
    blocks = classify([_sc_line(text, 100, size=9.6), line_words(WIDE[0], 72, 120, size=9.6),
                       line_words(WIDE[1], 72, 133, size=9.6)])
    assert headings(blocks) == []


def test_layout_small_caps_lines_of_a_paragraph_are_no_heading():
    first = "Styret har i året hatt sju møter og behandlet førti saker om drift og økonomi i"
    second = "selskapet, og det har ikke vært skader eller ulykker i løpet av året som gikk"
    blocks = classify([_sc_line(first, 100), _sc_line(second, 114),
                       line_words(WIDE[0], 72, 134), line_words(WIDE[1], 72, 147)])
    assert headings(blocks) == []


def test_tables_small_caps_title_inside_a_grid_is_cut_off():
    from extractor.tables.titles import grid_parts

    rows = [line_words(text, 80, 140 + 16 * k, size=9.6) for k, text in
            enumerate(("Nøkkeltall 2023 2022", "Driftsinntekter 24815 22460", "Årsresultat 1204 987"))]
    words = [*_sc_line("Året i tall", 120), *(w for row in rows for w in row)]
    parts = grid_parts((70, 115, 400, 190), words)
    assert len(parts) == 1 and 130 < parts[0][0] < 140  # the grid starts under the title
    plain = [*line_words("Året i tall", 80, 120, size=10.5), *(w for row in rows for w in row)]
    assert grid_parts((70, 115, 400, 190), plain) == [(115, 190)]  # barely larger, not small caps: a row
