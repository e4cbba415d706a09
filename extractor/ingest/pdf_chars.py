"""A PDF page's characters through pypdfium2: box, font, size, weight and direction.

Everything is in the page's display frame: /Rotate applied, origin at the top-left corner of
the page box (pdfium's crop box ∩ media box, corners in any order), y downwards, in points,
the frame pages are rendered in for OCR and review. A character's box follows pdfminer's
convention (along the baseline the advance, across it the font's descent to descent +
size), so words keep the geometry the layout code was built on. Two differences: where a
font descriptor gives the descent as 0 (LibreOffice writes that) pdfium takes the font
program's, so boxes sit lower by up to a quarter em; and where a glyph's ink passes its
advance (an "r", "f" or "k"), the box reaches the ink (pdfium's loose box), by < 0.7 pt.

The loop over characters is the hot path of reading a PDF (a book page holds 2 000): it
calls pdfium through prototypes without ctypes' per-call argument conversion, with
arguments made once per page, and reads font, size, weight and direction once per text
object (one ``Tj``/``TJ``), not per character.
"""
from __future__ import annotations

import ctypes
import encodings.utf_16_le  # noqa: F401 - ``page_text``'s codec, loaded with the reader, not on the first page
import math
import re
from dataclasses import dataclass
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractor.document import BBox

VOID = ctypes.c_void_p


def pdfium_function(name: str, restype=ctypes.c_int):  # noqa: ANN001, ANN202 - a ctypes type
    """pdfium's ``name`` without argtypes: callers pass ctypes instances (no conversion)."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(getattr(pdfium_c, name), VOID).value)


_count_chars = pdfium_function("FPDFText_CountChars")
_char_object = pdfium_function("FPDFText_GetTextObject", VOID)
_char_origin = pdfium_function("FPDFText_GetCharOrigin")
_char_loose_box = pdfium_function("FPDFText_GetLooseCharBox")
_char_unicode = pdfium_function("FPDFText_GetUnicode", ctypes.c_uint)
_page_text = pdfium_function("FPDFText_GetText")
_char_matrix = pdfium_function("FPDFText_GetMatrix")
_object_font = pdfium_function("FPDFTextObj_GetFont", VOID)
_object_font_size = pdfium_function("FPDFTextObj_GetFontSize")
_object_render_mode = pdfium_function("FPDFTextObj_GetTextRenderMode")
_object_stroke_width = pdfium_function("FPDFPageObj_GetStrokeWidth")
_font_name = pdfium_function("FPDFFont_GetBaseFontName", ctypes.c_ulong)
_font_descent = pdfium_function("FPDFFont_GetDescent")

PDFIUM_HYPHEN = 0x2  # pdfium's code for a hyphen it found at a line end (its page text has U+FFFE)
_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_FILL_STROKE = 2  # render mode of a synthetic bold (a font without a bold face) ...
BOLD_STROKE_EM = 0.01  # ... when the outline stroked around each glyph is at least this wide
LEVEL = 1e-3  # a matrix entry below this is rounding noise, not a rotation or skew
_new_char = tuple.__new__  # Char without the keyword handling of its constructor (hot loop)


class Char(NamedTuple):  # a tuple: a book page makes 2 000 of them
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str  # base font name (subset prefix kept, as in the PDF)
    size: float  # points, rounded to 2 decimals so rounding noise never splits a word
    bold: bool | None  # True when the text is drawn filled and stroked; None: from the font name
    direction: str  # ltr, rtl, ttb or btt in the display frame


@dataclass(slots=True)
class Frame:
    """User space → display frame: X = a·x + c·y + e, Y = b·x + d·y + f."""

    a: float
    b: float
    c: float
    d: float
    e: float
    f: float

    @classmethod
    def of_page(cls, page: pdfium.PdfPage) -> Frame:
        box = pdfium_c.FS_RECTF()
        if not pdfium_c.FPDF_GetPageBoundingBox(page.raw, box):
            box.left, box.bottom, (box.right, box.top) = 0.0, 0.0, page.get_size()
        left, right = sorted((box.left, box.right))
        bottom, top = sorted((box.bottom, box.top))
        rotation = page.get_rotation() % 360
        if rotation == 90:
            return cls(0, 1, 1, 0, -bottom, -left)
        if rotation == 180:
            return cls(-1, 0, 0, 1, right, -bottom)
        if rotation == 270:
            return cls(0, -1, -1, 0, top, right)
        return cls(1, 0, 0, -1, -left, top)

    @property
    def upright(self) -> bool:
        """No rotation: X = x + e, Y = f - y."""
        return (self.a, self.b, self.c, self.d) == (1, 0, 0, -1)

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f

    def box(self, x0: float, y0: float, x1: float, y1: float) -> BBox:
        """An axis-aligned user-space box (any two opposite corners) in the frame."""
        ax, ay = self.point(x0, y0)
        bx, by = self.point(x1, y1)
        return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))

    def direction(self, dx: float, dy: float) -> str:
        """Writing direction of a user-space baseline vector, as seen on the display."""
        vx, vy = self.a * dx + self.c * dy, self.b * dx + self.d * dy
        if abs(vx) >= abs(vy):
            return "ltr" if vx > 0 else "rtl"
        return "ttb" if vy > 0 else "btt"


@dataclass(slots=True)
class _Run:
    """What the chars of one text object share. A char's box is pdfminer's: along the
    baseline from the origin to the end of the advance (pdfium's loose box), across it from
    the descent to descent + size; ``axis`` says which user-space axis the baseline follows
    ("h", "v", or "" when oblique: then the loose box is taken as it is)."""

    font: str
    size: float
    bold: bool | None
    direction: str
    axis: str
    near: float  # across the baseline: offsets of the box's sides from the origin
    far: float
    lead: float  # along a horizontal baseline: offset of the box's left side (a skewed font)
    forward: bool  # the advance runs to growing user-space coordinates
    # a horizontal run on an unrotated page (nearly all text): its display top and bottom,
    # the same for every char (one text object has one baseline), else None
    top: float | None = None
    bottom: float | None = None


def _font_facts(font: int, cache: dict[int, tuple[str, float]]) -> tuple[str, float]:
    facts = cache.get(font)
    if facts is None:
        handle = VOID(font)
        size = _font_name(handle, None, ctypes.c_ulong(0))
        buf = ctypes.create_string_buffer(max(size, 1))
        _font_name(handle, buf, ctypes.c_ulong(size))
        descent = ctypes.c_float(0.0)
        _font_descent(handle, ctypes.c_float(1.0), ctypes.byref(descent))
        facts = cache[font] = (buf.value.decode("utf-8", "replace"), min(descent.value, 0.0))
    return facts


def _synthetic_bold(handle: VOID, em: float, width: ctypes.c_float, p_width: VOID) -> bool:
    if _object_render_mode(handle) != TEXT_FILL_STROKE:
        return False
    return bool(_object_stroke_width(handle, p_width)) and width.value >= BOLD_STROKE_EM * em


class _RunReader:
    """Reads each text object's ``_Run``. A page's objects repeat a few shapes (one font, size
    and matrix; a justified line is set word by word, 20 000 objects in a 46-page report), so
    what follows from font, size, weight and matrix is worked out once per shape and page;
    the pdfium out-parameters are made once per page."""

    def __init__(self, textpage: VOID, frame: Frame):
        self.textpage, self.frame = textpage, frame
        self.matrix, self.em, self.width = pdfium_c.FS_MATRIX(), ctypes.c_float(0.0), ctypes.c_float(0.0)
        self.p_matrix, self.p_em, self.p_width = (VOID(ctypes.addressof(x)) for x in (self.matrix, self.em, self.width))
        self.fonts: dict[int, tuple[str, float]] = {}
        self.shapes: dict[tuple, tuple] = {}

    def run(self, index: int, obj: int, origin_y: float) -> _Run:
        """The run of text object ``obj``, whose char ``index`` has its origin at ``origin_y``."""
        m = self.matrix
        if not _char_matrix(self.textpage, index, self.p_matrix):
            m.a = m.b = m.c = m.d = m.e = m.f = 0.0
        handle = VOID(obj)
        font = _object_font(handle)
        self.em.value = 0.0
        _object_font_size(handle, self.p_em)
        em = self.em.value
        bold = _synthetic_bold(handle, em, self.width, self.p_width)
        key = (font, em, bold, m.a, m.b, m.c, m.d)
        shape = self.shapes.get(key)
        if shape is None:
            shape = self.shapes[key] = self._shape(font, em, bold, m)
        run = _Run(*shape)
        if run.axis == "h" and run.forward and self.frame.upright:
            run.top, run.bottom = sorted((self.frame.f - origin_y - run.far, self.frame.f - origin_y - run.near))
        return run

    def _shape(self, font: int, em: float, bold: bool, m: pdfium_c.FS_MATRIX) -> tuple:
        """``_Run``'s fields but top and bottom."""
        name, descent = _font_facts(font, self.fonts) if font else ("", 0.0)
        baseline = math.hypot(m.a, m.b)
        size = em * abs(m.a * m.d - m.b * m.c) / baseline if baseline else em  # the em across the baseline
        # the glyph box's corners across the baseline, in text space: descent and descent + 1 em
        low, high = descent * em, (descent + 1.0) * em
        if abs(m.b) < LEVEL * abs(m.a):
            axis, near, far = "h", m.d * low, m.d * high
            lead = min(0.0, m.c * low, m.c * high)
            forward = m.a > 0
        elif abs(m.a) < LEVEL * abs(m.b):
            axis, near, far, lead, forward = "v", m.c * low, m.c * high, 0.0, m.b > 0
        else:
            axis, near, far, lead, forward = "", 0.0, 0.0, 0.0, True
        return (name, round(size, 2), True if bold else None, self.frame.direction(m.a, m.b), axis, near, far, lead,
                forward)


def _space_after(prev: Char) -> Char:
    """A word space pdfium inferred (a space glyph without a text mapping, or a gap): a box
    of no width where the char before it ends (its own origin may lie past the next char)."""
    if prev.direction == "ltr":
        return prev._replace(text=" ", x0=prev.x1)
    if prev.direction == "rtl":
        return prev._replace(text=" ", x1=prev.x0)
    if prev.direction == "ttb":
        return prev._replace(text=" ", top=prev.bottom)
    return prev._replace(text=" ", bottom=prev.top)


def page_text(textpage: VOID, count: int) -> str | None:
    """Every char's text in one call (a call per char was a sixth of reading the chars), as
    ``char_text`` gives it; None when the page's text does not line up with its chars one to
    one: pdfium leaves a char it cannot print out of the page text (a control code in a
    damaged file), and a char past U+FFFF takes two UTF-16 units."""
    buf = ctypes.create_string_buffer(2 * (count + 1))
    written = _page_text(textpage, ctypes.c_int(0), ctypes.c_int(count), buf)
    text = buf.raw[: 2 * count].decode("utf-16-le", "surrogatepass")
    if written != count + 1 or _SURROGATE.search(text):
        return None
    if "\ufffe" not in text and "\x02" not in text:
        return text
    # the page text writes pdfium's hyphen as U+FFFE, which a char may also really be
    return "".join([char_text(textpage, i) if t in "\ufffe\x02" else t for i, t in enumerate(text)])


def char_text(textpage: VOID, index: int) -> str:
    code = _char_unicode(textpage, index)
    return "-" if code == PDFIUM_HYPHEN else chr(code)


def iter_chars(textpage_raw, frame: Frame) -> list[Char]:  # noqa: ANN001 - pdfium handle
    """The page's characters in content order. Of what pdfium generates (no text object
    behind it), word spaces are kept and line breaks left out: lines are found by position."""
    textpage = VOID(ctypes.cast(textpage_raw, VOID).value)
    count = _count_chars(textpage)
    texts = page_text(textpage, count) if count > 0 else ""
    if texts is None:
        texts = [char_text(textpage, i) for i in range(count)]
    origin = (ctypes.c_double * 2)()
    loose = pdfium_c.FS_RECTF()
    p_ox, p_oy = VOID(ctypes.addressof(origin)), VOID(ctypes.addressof(origin) + 8)
    p_loose = VOID(ctypes.addressof(loose))
    runs: dict[int, _Run] = {}
    reader = _RunReader(textpage, frame)
    chars: list[Char] = []
    append = chars.append
    fa, fb, fc, fd, fe, ff = frame.a, frame.b, frame.c, frame.d, frame.e, frame.f
    for i in range(count):
        obj = _char_object(textpage, i)
        text = texts[i]
        if not obj:
            if text == " " and chars and not chars[-1].text.isspace():
                append(_space_after(chars[-1]))
            continue
        _char_origin(textpage, i, p_ox, p_oy)
        run = runs.get(obj)
        if run is None:
            run = runs[obj] = reader.run(i, obj, origin[1])
        _char_loose_box(textpage, i, p_loose)
        if run.top is not None:  # the common case, without the general transform below
            append(_new_char(Char, (text, origin[0] + run.lead + fe, run.top, loose.right + fe, run.bottom,
                                    run.font, run.size, run.bold, "ltr")))
            continue
        if run.axis:
            x, y = origin[0], origin[1]
            if run.axis == "h":
                x0, x1 = (x + run.lead, loose.right) if run.forward else (loose.left, x - run.lead)
                y0, y1 = y + run.near, y + run.far
            else:
                y0, y1 = (y, loose.top) if run.forward else (loose.bottom, y)
                x0, x1 = x + run.near, x + run.far
        else:  # oblique text
            x0, y0, x1, y1 = loose.left, loose.bottom, loose.right, loose.top
        ax, ay = fa * x0 + fc * y0 + fe, fb * x0 + fd * y0 + ff
        bx, by = fa * x1 + fc * y1 + fe, fb * x1 + fd * y1 + ff
        append(Char(text, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by),
                    run.font, run.size, run.bold, run.direction))
    return chars
