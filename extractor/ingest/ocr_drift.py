"""Figures typed in a second pass, set a fraction of a line off their labels.

An old typed statement often had its labels typed first and its amounts afterwards (or the
sheet slipped in the platen), so the whole figure column stands part of a line below or above
the labels it belongs to. OCR then reads the labels and the figures as lines of their own: the
table finder sees no row holding both, and the page's text reads as a block of labels followed
by a block of figures: every key figure of the page is lost.

Where at least ``MIN_DRIFTED`` figure-only pieces of line in a row, right of a column of labels,
all sit about the same fraction of a line off the nearest label line (from the first row or from
some row on), they are moved onto it: paired back by their positions. Where that fraction is
large (``DOUBT_SHARE`` of the line pitch or more) the pairing could be one line off, so the
moved words' confidence is capped at ``DOUBT_CONF``: a figure read from them goes to review.
"""
from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from extractor.ingest.ocr_words import OcrWord

FIGURE_WORD = re.compile(r"^(?:kr\.?|[-−–(]?\d[\d.,\s]*(?:,-|-)?\)?|[-−–]+|,-)$", re.IGNORECASE)
SAME_ROW = 0.5  # word centres within this share of their height stand on one row
PIECE_GAP_EM = 1.5  # a wider gap between words on one row starts another piece of line
ALIGNED_SHARE = 0.2  # a figure piece this close (share of the pitch) to a label line is on it
MAX_SHARE = 0.7  # ... farther than this from every label line it belongs to no label
SPREAD_SHARE = 0.15  # the drifted pieces' offsets agree within this share of the pitch
MIN_DRIFTED = 3
DOUBT_SHARE = 0.3
DOUBT_CONF = 0.6  # below calibrate.OCR_DOUBT: a figure read from a moved word is a doubt

Piece = list[OcrWord]


def _centre(piece: Piece) -> float:
    return median(w.top + w.height / 2 for w in piece)


def words_to_pieces(words: list[OcrWord]) -> list[Piece]:
    """Words side by side on one row, split where the gap is wider than ``PIECE_GAP_EM``."""
    pieces: list[Piece] = []
    for word in sorted(words, key=lambda w: (w.left, w.top)):
        mid = word.top + word.height / 2
        for piece in pieces:
            last = piece[-1]
            tall = max(last.height, word.height)
            if abs(last.top + last.height / 2 - mid) < SAME_ROW * tall \
                    and 0 <= word.left - (last.left + last.width) < PIECE_GAP_EM * tall:
                piece.append(word)
                break
        else:
            pieces.append([word])
    return pieces


def _figure_side(piece: Piece) -> bool:
    """Amounts and their "kr" only."""
    return all(FIGURE_WORD.match(w.text) for w in piece)


def is_figure_piece(piece: Piece) -> bool:
    return _figure_side(piece) and any(ch.isdigit() for w in piece for ch in w.text)


def _pitch(labels: list[Piece]) -> float | None:
    """The label lines' spacing: the median step between neighbouring lines of the column."""
    centres = sorted(_centre(p) for p in labels)
    tall = median(w.height for p in labels for w in p)
    steps = [b - a for a, b in zip(centres, centres[1:]) if 0.8 * tall < b - a < 3 * tall]
    return median(steps) if len(steps) >= MIN_DRIFTED else None


def _offset(piece: Piece, labels: list[Piece]) -> float | None:
    """The figure piece's vertical offset from the nearest label line left of it."""
    left = [p for p in labels if max(w.left + w.width for w in p) < min(w.left for w in piece)]
    if not left:
        return None
    centre = _centre(piece)
    return min((centre - _centre(p) for p in left), key=abs)


def _drifted_run(offsets: list[tuple[Piece, float]], pitch: float) -> list[tuple[Piece, float]]:
    """The longest run of figure pieces, top to bottom, that all stand about the same fraction of
    a line off their labels: a column typed in a second pass, from its first row or from some row
    on (the sheet slipped after a few lines). Pieces on their lines end a run."""
    best: list[tuple[Piece, float]] = []
    run: list[tuple[Piece, float]] = []
    for piece, off in sorted(offsets, key=lambda item: _centre(item[0])):
        drifting = ALIGNED_SHARE * pitch < abs(off) <= MAX_SHARE * pitch
        if drifting and run and abs(off - median(o for _, o in run)) <= SPREAD_SHARE * pitch:
            run.append((piece, off))
        else:
            run = [(piece, off)] if drifting else []
        best = max(best, run, key=len)
    return list(best)


def snap_drifted_figures(words: list[OcrWord]) -> list[OcrWord]:
    """``words`` with a drifted figure column moved onto its label lines (see the module's
    docstring); the words as they were when no column drifted."""
    if sum(bool(FIGURE_WORD.match(w.text)) and any(ch.isdigit() for ch in w.text) for w in words) < MIN_DRIFTED:
        return words  # no column of figures (most pages of prose)
    pieces = words_to_pieces(words)
    labels = [p for p in pieces if not _figure_side(p) and any(ch.isalpha() for w in p for ch in w.text)]
    figures = [p for p in pieces if is_figure_piece(p)]
    if len(labels) < MIN_DRIFTED or len(figures) < MIN_DRIFTED or (pitch := _pitch(labels)) is None:
        return words
    offsets = [(p, off) for p in figures if (off := _offset(p, labels)) is not None]
    run = _drifted_run(offsets, pitch)
    if len(run) < MIN_DRIFTED:
        return words  # the figures stand on their lines, or a stray number does not: no drifted column
    shift = median(off for _, off in run)
    top = min(_centre(p) for p, _ in run) - pitch / 2
    units = [(p, off) for p in pieces if _figure_side(p) and not is_figure_piece(p)  # "kr" before each amount
             and (off := _offset(p, labels)) is not None]
    # the run shows the column drifted; every figure or "kr" from its top down that stands as far off goes with it
    drifted = [(p, off) for p, off in (*offsets, *units)
               if _centre(p) >= top and abs(off - shift) <= SPREAD_SHARE * pitch]
    doubt = abs(shift) >= DOUBT_SHARE * pitch
    moved = {id(w): replace(w, top=round(w.top - off), conf=min(w.conf, DOUBT_CONF) if doubt else w.conf)
             for p, off in drifted for w in p}
    return [moved.get(id(w), w) for w in words]
