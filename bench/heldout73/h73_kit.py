"""Helpers the design-tool reports use to place their frames (``h73_frames`` elements): text
flowed down one or more columns with its height measured as the frames builder will break it, so
report modules give positions of blocks, not of lines."""
from __future__ import annotations

from h73_common import wrap
from make_heldout import Gold


def height(markup: str, w: float, o: dict) -> float:
    """Height in px of a text element of width ``w`` with options ``o``."""
    text = Gold.strip(markup)
    text = text.upper() if o.get("upper") else text
    lines = wrap(text, w, o.get("size", 11), o.get("bold", False), o.get("family", "sans"), o.get("spacing", 0))
    return len(lines) * o.get("size", 11) * o.get("lh", 1.35)


def flow(items: list, columns: list[tuple[float, float]], top: float, bottom: float, body: dict, head: dict,
         gap: float = 10) -> tuple[list[tuple], float]:
    """Paragraphs (markup) and headings (("head", markup)) set down the columns in turn: a column is
    left for the next when the next item would pass ``bottom``. Returns the elements and the lowest
    y reached."""
    elements, col, y, lowest = [], 0, top, top
    for i, item in enumerate(items):
        is_head = isinstance(item, tuple)
        markup, o = (item[1], {**head, "head": True}) if is_head else (item, body)
        x, w = columns[col]
        h = height(markup, w, o)
        if is_head and i + 1 < len(items):  # a heading keeps with the paragraph after it
            h += head.get("after", 4) + height(items[i + 1], w, body)
        if y + h > bottom and y > top:
            col += 1
            if col >= len(columns):
                raise SystemExit(f"text does not fit its columns: {Gold.strip(markup)[:60]!r}")
            x, w = columns[col]
            y = top
        elements.append(("text", x, y, w, markup, o))
        y += height(markup, w, o) + (head.get("after", 4) if is_head else gap)
        lowest = max(lowest, y)
    return elements, lowest


def lines(entries: list[str], x: float, y: float, w: float, o: dict, gap: float = 2) -> tuple[list[tuple], float]:
    """Short lines, each its own text box, one under the other."""
    elements = []
    for markup in entries:
        elements.append(("text", x, y, w, markup, o))
        y += height(markup, w, o) + gap
    return elements, y


def balanced(items: list, columns: list[tuple[float, float]], top: float, body: dict, head: dict,
             gap: float = 10) -> tuple[list[tuple], float]:
    """``flow`` with the lowest bottom at which the items still fit the columns: columns of about
    even length, as a designer sets them."""
    low, high = top + 20, top + 2000
    while high - low > 2:
        mid = (low + high) / 2
        try:
            flow(items, columns, top, mid, body, head, gap)
            high = mid
        except SystemExit:
            low = mid
    return flow(items, columns, top, high, body, head, gap)
