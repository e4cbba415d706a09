"""Figures typed in a second pass, set a fraction of a line off their labels.

An old typed statement often had its labels typed first and its amounts afterwards (or the
sheet slipped in the platen), so the whole figure column stands part of a line below or above
the labels it belongs to. OCR then reads the labels and the figures as lines of their own: the
table finder sees no row holding both, and the page's text reads as a block of labels followed
by a block of figures: every key figure of the page is lost.

On a long sheet that turned a little in the platen the second pass slants away instead: the
figures stand a little further off their labels on every line down the page, until they stand
a whole line or more off (a 1968 balance). So the figure pieces are followed down the page: each
one's offset is taken to the label line nearest where the run so far predicts it (a straight
line fitted through the offsets before it: a constant drift is a slope of nought), and a run
ends where a piece stands more than ``SPREAD_SHARE`` of the pitch off that prediction.

Where such a run holds at least ``MIN_DRIFTED`` figure-only pieces that stand off their labels,
right of a column of labels (from the first row or from some row on), they are moved onto their
label lines: paired back by their positions. Where the run starts far off (``DOUBT_SHARE`` of
the line pitch or more) the pairing could be one line off throughout, and where a piece stands
off the fitted slant by ``ASTRAY_SHARE`` or more the rows stop lining up there: the moved words'
confidence is capped at ``DOUBT_CONF``, so a figure read from them goes to review. A figure
inside the run that stands where no label line is expected (OCR lost or misread its label) is
passed over, left where it stands and doubted; ``MAX_MISSED`` of them in a row end the run.
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
SPREAD_SHARE = 0.15  # a drifted piece stands within this share of the pitch of where its run predicts
MIN_DRIFTED = 3
DOUBT_SHARE = 0.3
ASTRAY_SHARE = 0.1  # a piece this far off the run's fitted slant (share of the pitch) no longer lines up
MAX_MISSED = 2  # figures in a row that stand where no label line is expected before a run ends
MAX_SLANT = 0.15  # a typed column slants at most this share of a line per line (more is another column's labels)
MIN_SLANT_SPAN = 1.5  # lines a run must span before its slant is measured
MAX_LOOSEN = 0.15  # ... and the next one may stand as much further off as the slant moves over the lines passed
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


def _offsets(piece: Piece, labels: list[Piece]) -> list[float]:
    """The figure piece's vertical offsets from every label line left of it."""
    left = min(w.left for w in piece)
    centre = _centre(piece)
    return [centre - _centre(p) for p in labels if max(w.left + w.width for w in p) < left]


def _fit(points: list[tuple[float, float]], pitch: float) -> tuple[float, float]:
    """(intercept, slope) of the least-squares line through ``(y, offset)`` points, the slope at
    most ``MAX_SLANT`` of a line per line; level where the points span less than ``MIN_SLANT_SPAN``
    lines (two pieces of one row half a pixel apart made a slope of a line per line)."""
    mean_o = sum(o for _, o in points) / len(points)
    ys = [y for y, _ in points]
    if max(ys) - min(ys) < MIN_SLANT_SPAN * pitch:
        return mean_o, 0.0
    mean_y = sum(ys) / len(ys)
    spread = sum((y - mean_y) ** 2 for y in ys)
    slope = sum((y - mean_y) * (o - mean_o) for y, o in points) / spread
    slope = max(-MAX_SLANT, min(MAX_SLANT, slope))
    return mean_o - slope * mean_y, slope


def _drifting(off: float, pitch: float) -> bool:
    return abs(off) > ALIGNED_SHARE * pitch


def _runs(figures: list[Piece], labels: list[Piece], pitch: float) -> list[list[tuple[Piece, float]]]:
    """Runs of figure pieces, top to bottom, each standing where the run before it predicts (see
    the module's docstring). A piece far from the prediction is passed over; after ``MAX_MISSED``
    in a row the next run starts from the first of them (the column slipped there)."""
    ordered = [p for p in sorted(figures, key=_centre) if _offsets(p, labels)]
    runs: list[list[tuple[Piece, float]]] = []
    run: list[tuple[Piece, float]] = []
    missed: list[int] = []
    k = 0
    while k < len(ordered):
        piece = ordered[k]
        offsets = _offsets(piece, labels)
        y = _centre(piece)
        if run:
            intercept, slope = _fit([(_centre(p), o) for p, o in run], pitch)
            predicted = intercept + slope * y
            off = min(offsets, key=lambda o: abs(o - predicted))
            lines_on = max(0.0, (y - _centre(run[-1][0])) / pitch - 1)  # lines passed over: the slant extrapolated
            if abs(off - predicted) <= (SPREAD_SHARE + min(MAX_LOOSEN, abs(slope) * lines_on)) * pitch:
                run.append((piece, off))
                missed, k = [], k + 1
                continue
            if len(missed) < MAX_MISSED:  # its label was misread or lost: the run goes on past it
                missed.append(k)
                k += 1
                continue
            k = missed[0] if missed else k  # the run ended where its pieces stopped lining up
            piece, offsets = ordered[k], _offsets(ordered[k], labels)
        missed = []
        off = min(offsets, key=abs)
        run = [(piece, off)] if abs(off) <= MAX_SHARE * pitch else []
        runs.append(run)
        k += 1
    return runs


def _drifted_pieces(run: list[tuple[Piece, float]], pitch: float) -> list[tuple[Piece, float]]:
    """The run's pieces that stand off their labels as the run's fitted slant does: a stray piece
    off its line in a run of aligned ones is no drift."""
    if not run:
        return []
    intercept, slope = _fit([(_centre(p), o) for p, o in run], pitch)
    return [(p, o) for p, o in run if _drifting(o, pitch) and _drifting(intercept + slope * _centre(p), pitch)]


def _drifted_run(figures: list[Piece], labels: list[Piece], pitch: float) -> list[tuple[Piece, float]]:
    """The run with the most pieces drifted off their labels (``_drifted_pieces``): a column typed
    in a second pass, level or slanting, from its first row or from some row on (the sheet
    slipped after a few lines)."""
    return max(_runs(figures, labels, pitch), key=lambda r: len(_drifted_pieces(r, pitch)), default=[])


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
    run = _drifted_run(figures, labels, pitch)
    zone = _drifted_pieces(run, pitch)
    if len(zone) < MIN_DRIFTED:
        return words  # the figures stand on their lines, or a stray number does not: no drifted column
    intercept, slope = _fit([(_centre(p), off) for p, off in run], pitch)
    top = min(_centre(p) for p, _ in zone) - pitch / 2
    bottom = max(_centre(p) for p, _ in zone)
    units = [p for p in pieces if _figure_side(p) and not is_figure_piece(p)]  # "kr" before each amount
    # the run shows the column drifted; every figure or "kr" from its top down that stands where the slant puts it
    # goes with it
    drifted = []
    for piece in (*figures, *units):
        predicted = intercept + slope * _centre(piece)
        offsets = _offsets(piece, labels)
        if _centre(piece) < top or not offsets or not _drifting(predicted, pitch):
            continue
        off = min(offsets, key=lambda o: abs(o - predicted))
        if abs(off - predicted) <= SPREAD_SHARE * pitch:
            drifted.append((piece, off, abs(off - predicted) >= ASTRAY_SHARE * pitch))
        elif _centre(piece) <= bottom:  # inside the column but off its slant: left where it is, a doubt
            drifted.append((piece, 0.0, True))
    doubt = abs(run[0][1]) >= DOUBT_SHARE * pitch  # the run's first pairing could be a line off, and all after it
    moved = {id(w): replace(w, top=round(w.top - off), conf=min(w.conf, DOUBT_CONF) if doubt or astray else w.conf)
             for p, off, astray in drifted for w in p}
    return [moved.get(id(w), w) for w in words]
