"""A PDF page's drawn objects through pypdfium2: the ruling segments of its paths (table
lines, cell borders) and the boxes of its images, in the display frame of ``pdf_chars``.

Paths are classified as pdfminer does, so the table finder sees the segments it saw from
pdfplumber: a subpath of one straight segment is a line; a closed axis-aligned four-corner
one is a rectangle, whose four edges count, but for a filled one behind a row of text, a
background (``ingest.backdrops``); curves and other shapes are no rulings, but a filled rounded
rectangle among a tinted header band's cells (its end cells' rounded corners) is one of them.
"""
from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractor.document import BBox
from extractor.ingest.pdf_chars import VOID, Frame, pdfium_function

_count_objects = pdfium_function("FPDFPage_CountObjects")
_page_object = pdfium_function("FPDFPage_GetObject", VOID)
_count_form_objects = pdfium_function("FPDFFormObj_CountObjects")
_form_object = pdfium_function("FPDFFormObj_GetObject", VOID)
_object_type = pdfium_function("FPDFPageObj_GetType")
_object_matrix = pdfium_function("FPDFPageObj_GetMatrix")
_count_segments = pdfium_function("FPDFPath_CountSegments")
_path_segment = pdfium_function("FPDFPath_GetPathSegment", VOID)
_segment_type = pdfium_function("FPDFPathSegment_GetType")
_segment_point = pdfium_function("FPDFPathSegment_GetPoint")
_segment_closed = pdfium_function("FPDFPathSegment_GetClose")
_draw_mode = pdfium_function("FPDFPath_GetDrawMode")
_text_render_mode = pdfium_function("FPDFTextObj_GetTextRenderMode")
_clip_path = pdfium_function("FPDFPageObj_GetClipPath", VOID)
_count_clip_paths = pdfium_function("FPDFClipPath_CountPaths")
_count_clip_segments = pdfium_function("FPDFClipPath_CountPathSegments")
_clip_segment = pdfium_function("FPDFClipPath_GetPathSegment", VOID)

MAX_FORM_DEPTH = 12  # form XObjects nested deeper are not drawn on (a loop, or hostile)
Affine = tuple[float, float, float, float, float, float]


def _times(m: Affine, n: Affine) -> Affine:
    """``m`` then ``n`` (row-vector convention, as PDF matrices)."""
    a, b, c, d, e, f = m
    na, nb, nc, nd, ne, nf = n
    return (a * na + b * nc, a * nb + b * nd, c * na + d * nc, c * nb + d * nd,
            e * na + f * nc + ne, e * nb + f * nd + nf)


def _matrix_of(obj: VOID) -> Affine:
    m = pdfium_c.FS_MATRIX()
    if not _object_matrix(obj, ctypes.byref(m)):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def iter_drawn_objects(page: pdfium.PdfPage):  # noqa: ANN201 - yields (type, handle, matrix)
    """Path and image objects of the page, with the matrix to user space of the points they
    hold (their own matrix times that of the forms they sit in)."""
    identity: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    page_handle = VOID(ctypes.cast(page.raw, VOID).value)
    stack = [(None, _count_objects(page_handle), identity, 0)]
    while stack:
        form, count, outer, depth = stack.pop()
        for k in range(count):
            obj = _page_object(page_handle, ctypes.c_int(k)) if form is None else _form_object(form, ctypes.c_ulong(k))
            if not obj:
                continue
            handle = VOID(obj)
            kind = _object_type(handle)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
                stack.append((handle, _count_form_objects(handle), _times(_matrix_of(handle), outer), depth + 1))
            elif kind in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
                yield kind, handle, _times(_matrix_of(handle), outer)


def iter_subpaths(path: VOID, matrix: Affine) -> list[tuple[list[tuple[float, float]], bool, bool]]:
    """(user-space points, closed, has curves) of each subpath."""
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    p_x, p_y = ctypes.byref(x), ctypes.byref(y)
    out: list[tuple[list[tuple[float, float]], bool, bool]] = []
    points: list[tuple[float, float]] = []
    closed = curved = False
    for k in range(_count_segments(path)):
        segment = VOID(_path_segment(path, ctypes.c_int(k)))
        kind = _segment_type(segment)
        _segment_point(segment, p_x, p_y)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if points:
                out.append((points, closed, curved))
            points, closed, curved = [], False, False
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            curved = True
        points.append((a * x.value + c * y.value + e, b * x.value + d * y.value + f))
        closed = closed or bool(_segment_closed(segment))
    if points:
        out.append((points, closed, curved))
    return out


ROUNDED_SIDE = 0.8  # a rounded rectangle's opposite sides run straight along this share of their length
SIDE_SLACK = 0.01  # points on a side stand this close to it (user space)


def rounded_box(points: list[tuple[float, float]]) -> BBox | None:
    """The box of a closed shape with curved corners (a rounded rectangle, a long pill), whose
    top and bottom sides, or left and right ones, run straight along most of their length; a
    circle's or an ellipse's points (ends and control points) touch each side over about half."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)

    def along(edge: float, axis: int) -> float:
        on = [p[1 - axis] for p in points if abs(p[axis] - edge) <= SIDE_SLACK]
        return max(on) - min(on) if on else 0.0
    if x1 - x0 <= 0 or y1 - y0 <= 0:
        return None
    if min(along(y0, 1), along(y1, 1)) >= ROUNDED_SIDE * (x1 - x0) \
            or min(along(x0, 0), along(x1, 0)) >= ROUNDED_SIDE * (y1 - y0):
        return (x0, y0, x1, y1)
    return None


def path_to_boxes(subpaths) -> tuple[list[BBox], list[BBox], list[BBox]]:  # noqa: ANN001
    """(rectangles, lines, rounded rectangles) in user space as pdfminer classifies a path's
    subpaths: a subpath of one straight segment is a line, a closed axis-aligned four-corner one
    a rectangle; a closed one with curves a rounded rectangle where ``rounded_box`` finds one
    (pdfminer's curve: no ruling, but a tinted header band's rounded end cell)."""
    boxes: list[BBox] = []
    lines: list[BBox] = []
    rounded: list[BBox] = []
    for points, closed, curved in subpaths:
        if curved:
            if closed and len(points) > 4 and (box := rounded_box(points)) is not None:
                rounded.append(box)
            continue
        if len(points) > 2 and points[-1] == points[0]:
            points, closed = points[:-1], True
        if len(points) == 2:
            lines.append((*points[0], *points[1]))
        elif len(points) == 4 and closed:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
            if (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0):
                boxes.append((x0, y0, x2, y2))
    return boxes, lines, rounded


def box_edges(box: BBox) -> list[BBox]:
    """A (display-frame) rectangle's four edges as pdfplumber makes them: top, bottom, left, right."""
    left, top, right, bottom = box
    return [(left, top, right, top), (left, bottom, right, bottom),
            (left, top, left, bottom), (right, top, right, bottom)]


def fill_only(path: VOID) -> bool:
    """The path is filled and not stroked: a shape of colour, not a line drawn round it."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    return bool(_draw_mode(path, ctypes.byref(fill), ctypes.byref(stroke))) and bool(fill.value) and not stroke.value


# A drawn list bullet's side, in points: a dot or square of x-height, up to a slide's large type
# (``pdf_words.drawn_bullets`` then holds it to its line's type size).
MARK_MIN, MARK_MAX = 1.5, 14.0
MARK_ASPECT = 1.6  # ... and it is about as wide as high


def is_mark(box: BBox) -> bool:
    """A box the size and shape of a list bullet that a program drew instead of setting a
    glyph (Chromium draws the dots of an HTML list)."""
    width, height = box[2] - box[0], box[3] - box[1]
    return MARK_MIN <= width <= MARK_MAX and MARK_MIN <= height <= MARK_MAX \
        and max(width, height) <= MARK_ASPECT * min(width, height)


def path_marks(path: VOID, subpaths, frame: Frame) -> list[BBox]:  # noqa: ANN001
    """The filled closed subpaths of a path that are bullet-sized (``is_mark``)."""
    marks = []
    for points, closed, curved in subpaths:
        if len(points) < 3 or not (closed or curved or points[-1] == points[0]):
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = frame.box(min(xs), min(ys), max(xs), max(ys))
        box = (min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3]))
        if is_mark(box):
            marks.append(box)
    if not marks:
        return []
    fill, stroke = ctypes.c_int(), ctypes.c_int()  # asked only of a path holding a mark-sized shape
    return marks if _draw_mode(path, ctypes.byref(fill), ctypes.byref(stroke)) and fill.value else []


def image_box(matrix: Affine, frame: Frame) -> BBox:
    a, b, c, d, e, f = matrix
    corners = [frame.point(a * u + c * v + e, b * u + d * v + f) for u, v in ((0, 0), (1, 0), (0, 1), (1, 1))]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return (min(xs), min(ys), max(xs), max(ys))


def visible_image_box(handle: VOID, matrix: Affine, frame: Frame) -> BBox:
    """An image's box cut to its clipping path: a design tool crops a portrait to its frame by a
    clip, the picture itself reaching past the frame (over the caption under it). Only for an
    image on the page itself: a form's clip is in the form's space."""
    box = image_box(matrix, frame)
    if matrix != _matrix_of(handle):
        return box
    clip = _clip_path(handle)
    if not clip:
        return box
    x, y = ctypes.c_float(), ctypes.c_float()
    for p in range(_count_clip_paths(VOID(clip))):
        points = []
        for k in range(_count_clip_segments(VOID(clip), ctypes.c_int(p))):
            segment = _clip_segment(VOID(clip), ctypes.c_int(p), ctypes.c_int(k))
            if segment and _segment_point(VOID(segment), ctypes.byref(x), ctypes.byref(y)):
                points.append(frame.point(x.value, y.value))
        if points:
            cut = (max(box[0], min(q[0] for q in points)), max(box[1], min(q[1] for q in points)),
                   min(box[2], max(q[0] for q in points)), min(box[3], max(q[1] for q in points)))
            box = cut if cut[0] < cut[2] and cut[1] < cut[3] else box  # a clip beside the image: leave it be
    return box


def invisible_text_share(page: pdfium.PdfPage) -> float:
    """The share of the page's text objects drawn invisibly (render mode 3), as a scanning
    program lays its OCR over the page's image; 0.0 without text objects. Top-level objects
    only: such layers are not put in forms."""
    page_handle = VOID(ctypes.cast(page.raw, VOID).value)
    total = hidden = 0
    for k in range(_count_objects(page_handle)):
        obj = _page_object(page_handle, ctypes.c_int(k))
        if obj and _object_type(VOID(obj)) == pdfium_c.FPDF_PAGEOBJ_TEXT:
            total += 1
            hidden += _text_render_mode(VOID(obj)) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
    return hidden / total if total else 0.0
