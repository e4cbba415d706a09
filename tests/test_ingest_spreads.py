"""A landscape sheet holding two pages side by side is read as two pages; an ordinary landscape
page (one wide table, or two text columns) is not split (docs/phrasings.md §108)."""
from __future__ import annotations

import pytest

from extractor.ingest import CellBudget
from extractor.ingest.layout import Line
from extractor.ingest.pdf import sheet_to_items
from extractor.ingest.primitives import PageContent, Segment, Word
from extractor.ingest.spreads import find_spread_gutter, split_spread
from extractor.settings import Settings

SHEET = (842.0, 595.0)  # A4 landscape: two A5 pages side by side


def words_of(text: str, x0: float, top: float, size: float = 9.0) -> list[Word]:
    """One line's words, set from ``x0`` at about half an em per character."""
    out, x = [], x0
    for token in text.split():
        width = 0.5 * size * len(token)
        out.append(Word(token, x, top, x + width, top + size, size))
        x += width + 0.3 * size
    return out


def column(lines: list[str], x0: float, top: float = 60.0, size: float = 9.0) -> list[Word]:
    return [w for i, line in enumerate(lines) for w in words_of(line, x0, top + i * 1.4 * size, size)]


# lines of about 330 pt at 4.5 pt a character: a page's measure of 345 pt, or a column's of 354
PROSE = ["Stiftelsen drev museet med fire faste ansatte og mange frivillige gjennom", "hele året som gikk, og hadde flere besøkende enn året før takket være to",
         "nye utstillinger om fisket og livet langs kysten, som trakk skoleklasser", "fra hele fylket og mange turister i sommermånedene juli og august i år."]


def spread(left: list[str], right: list[str]) -> PageContent:
    """A spread: each page 421 pt wide with 40 pt outer and 36 pt inner margins, a folio each."""
    words = column(left, 40.0) + column(right, 457.0)
    words += words_of("12", 40.0, 560.0) + words_of("13", 790.0, 560.0)
    return PageContent(1, *SHEET, words=words)


def test_spreads_two_pages_side_by_side_are_split_at_the_fold():
    content = spread(["02 Om oss", *PROSE], ["03 Styret", *PROSE])
    gutter = find_spread_gutter(content)
    assert gutter == pytest.approx(421.0)
    (left, _), (right, _) = split_spread(content, [], gutter)
    assert [w.text for w in left.words[:3]] == ["02", "Om", "oss"]
    assert [w.text for w in right.words[:2]] == ["03", "Styret"]
    assert all(w.x0 > gutter for w in right.words)  # the sheet's coordinates are kept


def test_spreads_headings_at_the_same_height_on_facing_pages_stay_apart():
    """Read as one page, the two headings on one row became one line ("02 Om oss 03 Styret")."""
    content = spread(["02 Om oss", *PROSE], ["03 Styret", *PROSE])
    lines = [i for i in sheet_to_items(content, [], CellBudget(Settings())) if isinstance(i, Line)]
    texts = [ln.text for ln in lines]
    assert "02 Om oss" in texts and "03 Styret" in texts
    assert texts.index("02 Om oss") < texts.index(PROSE[-1]) < texts.index("03 Styret")  # left page first
    assert max(ln.region for ln in lines if ln.x0 < 421) < min(ln.region for ln in lines if ln.x0 > 421)


def test_spreads_two_text_columns_of_one_landscape_page_are_not_split():
    """A column gap (20 pt) between margins of about 60 pt is no gutter, even with nothing but
    the page's folio below it."""
    words = column(["Om oss", *PROSE * 3], 57.0, size=10.2) + column(["Styret", *PROSE * 3], 428.0, size=10.2)
    words += words_of("7", 57.0, 560.0)
    assert find_spread_gutter(PageContent(1, *SHEET, words=words)) is None


def test_spreads_one_wide_table_across_a_landscape_page_is_not_split():
    rows = [("Sum driftsinntekter", "4 812 300", "4 455 000"), ("Sum driftskostnader", "4 590 100", "4 410 250"),
            ("Driftsresultat", "222 200", "44 750")]
    words = [w for i, (label, a, b) in enumerate(rows)
             for w in [*words_of(label, 57.0, 80 + 16 * i), *words_of(a, 560.0, 80 + 16 * i),
                       *words_of(b, 700.0, 80 + 16 * i)]]
    words += column(["Resultat", *PROSE], 57.0, top=200.0) + column(PROSE, 431.0, top=213.0)
    rules = [Segment(57.0, 76.0 + 16 * i, 785.0, 76.0 + 16 * i) for i in range(4)]
    assert find_spread_gutter(PageContent(1, *SHEET, words=words, segments=rules)) is None


def test_spreads_a_portrait_page_is_never_split():
    words = column(["Om oss", *PROSE], 40.0) + column(["Styret", *PROSE], 410.0)
    assert find_spread_gutter(PageContent(1, 595.0, 842.0, words=words)) is None


def test_spreads_a_rule_or_image_across_the_fold_is_cut_at_it():
    content = spread(["Om oss", *PROSE], ["Styret", *PROSE])
    content.segments = [Segment(0.0, 0.0, 842.0, 0.0), Segment(40.0, 120.0, 380.0, 120.0)]
    gutter = find_spread_gutter(content)
    (left, left_images), (right, right_images) = split_spread(content, [(300.0, 300.0, 600.0, 400.0)], gutter)
    assert [(s.x0, s.x1) for s in left.segments] == [(0.0, gutter), (40.0, 380.0)]
    assert [(s.x0, s.x1) for s in right.segments] == [(gutter, 842.0)]
    assert left_images == [(300.0, 300.0, gutter, 400.0)] and right_images == [(gutter, 300.0, 600.0, 400.0)]


def test_spreads_a_web_pages_two_layout_cells_without_page_numbers_are_not_split():
    """A web page printed landscape: its title on top, then text in one layout cell and a
    table in the other. The gap is as wide as a gutter, but neither half has a page number, and
    the second cell starts under the title, not at the top margin as a page's head does."""
    words = words_of("Om stiftinga", 40.0, 45.0, size=14.0)
    words += column(PROSE, 40.0, top=90.0) + column(["Styret", *PROSE], 457.0, top=90.0)
    assert find_spread_gutter(PageContent(1, *SHEET, words=words)) is None


def test_spreads_pages_without_folios_each_with_a_head_at_the_top_are_split():
    content = spread(["02 Om oss", *PROSE], ["03 Styret", *PROSE])
    content.words = [w for w in content.words if w.text not in ("12", "13")]
    assert find_spread_gutter(content) == pytest.approx(421.0)
