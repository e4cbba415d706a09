"""``ocr_drift``: a typed figure column set a fraction of a line off its labels is paired back."""
from __future__ import annotations

import pytest

from extractor.ingest.ocr_drift import ALIGNED_SHARE, DOUBT_CONF, snap_drifted_figures, words_to_pieces
from extractor.ingest.ocr_words import OcrWord

PITCH, HEIGHT = 46, 30
LABELS = ("Salg", "Tilskudd", "Inntekter", "Lønninger", "Materialer", "Utgifter", "Overskudd")
FIGURES = ("412 300,00", "180 000,00", "592 300,00", "455 120,40", "98 400,00", "553 520,40", "38 779,60")


def _page(drift: float, kr: bool = False, figures=FIGURES) -> list[OcrWord]:
    words = []
    for row, (label, figure) in enumerate(zip(LABELS, figures)):
        top = 100 + row * PITCH
        words.append(OcrWord(label, 50, top, 160, HEIGHT, 0.95, (1, 1, row)))
        drop = round(drift * PITCH)
        if kr:
            words.append(OcrWord("kr", 900, top + drop, 40, HEIGHT, 0.95, (2, 1, row)))
        for k, group in enumerate(figure.split()):
            words.append(OcrWord(group, 1100 + 80 * k, top + drop, 70, HEIGHT, 0.95, (3, 1, row)))
    return words


def _rows(words: list[OcrWord]) -> list[str]:
    pieces = sorted(words_to_pieces(words), key=lambda p: (p[0].top, p[0].left))
    return [" ".join(w.text for w in piece) for piece in pieces]


@pytest.mark.parametrize("drift", [0.25, 0.45, -0.3])
def test_ocr_drift_a_drifted_figure_column_is_moved_onto_its_labels(drift):
    snapped = snap_drifted_figures(_page(drift, kr=True))
    for label in (w for w in snapped if w.text in LABELS):
        row = [w.text for w in snapped if abs(w.top - label.top) <= 1]
        assert row[0] == label.text and "kr" in row and len(row) >= 3, row


@pytest.mark.parametrize("drift, doubted", [(0.25, False), (0.45, True)])
def test_ocr_drift_a_pairing_half_a_line_off_is_a_doubt(drift, doubted):
    moved = [w for w in snap_drifted_figures(_page(drift)) if w.text[0].isdigit()]
    assert all((w.conf <= DOUBT_CONF) is doubted for w in moved)


def test_ocr_drift_figures_on_their_lines_stay():
    words = _page(0.0)
    assert snap_drifted_figures(words) == words


def test_ocr_drift_a_stray_number_is_no_column():
    words = _page(0.0)
    stray = OcrWord("2023", 1100, 100 + 3 * PITCH + 20, 70, HEIGHT, 0.95, (4, 1, 1))  # one figure between lines
    assert snap_drifted_figures([*words, stray]) == [*words, stray]


def test_ocr_drift_pieces_split_at_a_wide_gap():
    assert _rows(_page(0.0))[:2] == ["Salg", "412 300,00"]


LONG = tuple((f"Post {chr(65 + k)}", f"{10 + k} {100 + 37 * k},00") for k in range(16))


def _slanting(growth: float, astray: dict[int, float] | None = None) -> list[OcrWord]:
    """A long statement whose figure column stands ``growth`` of a line further down on every
    row (``astray``: rows set that much further off again)."""
    words = []
    for row, (label, figure) in enumerate(LONG):
        top = 100 + row * PITCH
        words += [OcrWord(part, 50 + 110 * k, top, 100, HEIGHT, 0.95, (1, 1, row)) for k, part in enumerate(label.split())]
        drop = round((growth * row + (astray or {}).get(row, 0.0)) * PITCH)
        for k, group in enumerate(figure.split()):
            words.append(OcrWord(group, 1100 + 80 * k, top + drop, 70, HEIGHT, 0.95, (3, 1, row)))
    return words


def _pairs(words: list[OcrWord]) -> dict[str, str]:
    """Each label's row: the figure standing on its line (a fifth of a line off is on it: layout's rows are
    as lax)."""
    out = {}
    for label in (w for w in words if w.text == "Post"):
        row = sorted((w for w in words if abs(w.top - label.top) <= ALIGNED_SHARE * PITCH), key=lambda w: w.left)
        out[" ".join(w.text for w in row[:2])] = " ".join(w.text for w in row[2:])
    return out


@pytest.mark.parametrize("growth", [0.06, 0.1, -0.08])
def test_ocr_drift_a_slanting_column_is_followed_past_a_whole_line(growth):
    snapped = snap_drifted_figures(_slanting(growth))
    assert _pairs(snapped) == dict(LONG)  # the last rows stood a whole line or more off their labels
    assert all(w.conf > DOUBT_CONF for w in snapped)  # the slant starts on the lines: no pairing in doubt


def test_ocr_drift_a_row_off_the_slant_is_a_doubt():
    snapped = snap_drifted_figures(_slanting(0.06, astray={9: 0.14}))
    assert _pairs(snapped) == dict(LONG)
    doubted = {w.text for w in snapped if w.conf <= DOUBT_CONF}
    assert doubted == set(LONG[9][1].split())


def test_ocr_drift_where_the_rows_stop_lining_up_the_rest_stays():
    words = _slanting(0.06, astray={k: 0.4 for k in range(10, 16)})  # the sheet jumped at row 10
    pairs = _pairs(snap_drifted_figures(words))
    assert all(pairs[label] == figure for label, figure in LONG[:10])
    assert not any(pairs[label] == figure for label, figure in LONG[10:])  # not paired: missed, not moved


def test_ocr_drift_a_figure_whose_label_was_lost_is_passed_over():
    words = [w for w in _slanting(0.06) if w.line[2] != 8 or w.text[0].isdigit()]  # OCR lost row 8's label
    snapped = snap_drifted_figures(words)
    pairs = _pairs(snapped)
    assert all(pairs[label] == figure for k, (label, figure) in enumerate(LONG) if k != 8)
    lost = [w for w in snapped if w.text in LONG[8][1].split()]
    assert all(w.conf <= DOUBT_CONF for w in lost)  # left where it stood, a doubt
