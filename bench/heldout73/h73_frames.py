"""A report made in an online design tool and exported to PDF: A4 portrait pages (794 x 1122 CSS
px) built of absolutely positioned boxes. As such tools export, every line of text is its own
frame at its own position (lines are broken here, measured in the DejaVu fonts Chromium uses), a
table is a grid of cell frames with no table behind it, and the frames come in the order they were
made (layer order, shuffled within a layer by the report's seed), not in reading order: only the
positions say what follows what.

``report["design"]`` = {"seed": int, "pages": [[element, ...], ...], "background": "#fff"}.
Elements (tuples; the last dict holds options):

    ("rect", x, y, w, h, {fill, radius})             a coloured shape (no text)
    ("photo", x, y, w, h, {seed, round, kind})        a made-up photograph (portrait | landscape)
    ("text", x, y, w, markup, {size, bold, color, lh, family, spacing, upper, align, boxes, head})
        a paragraph broken into lines of width w; ``boxes`` splits it into text boxes of that many
        lines (each placed on its own); ``head`` makes it a gold heading
    ("runs", x, y, "a||b", [{size, bold, color}, ...], {gap, at})  one line of several frames side by side
    ("stack", x, y, w, "a||b", [{size, bold, color, after}, ...], {align})  parts set under each other
    ("cells", x, y, {cols: [(dx, width, align)], row_h, rows, size, bold_rows, rule_rows, gold})
        a table of frames; rows of markup, registered as table rows when ``gold`` (default True)
    ("statement", x, y, {cols, row_h, size, st})      a Statement's header and lines as cell frames
    ("htmltable", x, y, w, {st, size})                a Statement as one real table inside one frame

``html_document`` refuses a layout whose text frames overlap or leave the page.
"""
from __future__ import annotations

import random

from h73_common import (FAMILY_CSS, esc, landscape_uri, portrait_uri, register_rows, statement_rows,
                        text_width, wrap)

PAGE_W, PAGE_H = 794, 1122
CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; }
.pg { position: relative; width: 794px; height: 1122px; overflow: hidden; break-after: page; background: %(bg)s; }
.f { position: absolute; white-space: nowrap; }
"""


def _opts(element: tuple) -> dict:
    return element[-1] if isinstance(element[-1], dict) else {}


def _frame(x: float, y: float, text: str, size: float, o: dict) -> str:
    style = (f"left:{x:.1f}px;top:{y:.1f}px;font-size:{size}px;line-height:{size * o.get('lh', 1.35):.1f}px;"
             f"font-family:{FAMILY_CSS[o.get('family', 'sans')]};color:{o.get('color', '#222')};"
             f"font-weight:{'bold' if o.get('bold') else 'normal'};")
    if o.get("spacing"):
        style += f"letter-spacing:{o['spacing']}px;"
    if o.get("italic"):
        style += "font-style:italic;"
    return f'<div class="f" style="{style}">{esc(text)}</div>'


def _place(x: float, w: float, width: float, align: str) -> float:
    return {"left": x, "right": x + w - width, "center": x + (w - width) / 2}[align]


class Layout:
    """One page's groups of frames (a group is placed as a whole: a text box, a table row, a shape)
    with the boxes its text occupies, to refuse overlaps."""

    def __init__(self, gold, seed: int):
        self.gold, self.rng = gold, random.Random(seed)
        self.groups: list[tuple[int, float, str]] = []
        self.boxes: list[tuple[float, float, float, float, str]] = []

    def add(self, layer: int, frames: list[str], box: tuple[float, float, float, float] | None = None, what=""):
        self.groups.append((layer, self.rng.random(), "".join(frames)))
        if box is not None:
            self.boxes.append((*box, what))

    def html(self) -> str:
        return "".join(frames for _, _, frames in sorted(self.groups))

    def problems(self, page: int) -> list[str]:
        out = []
        for i, (x0, y0, x1, y1, what) in enumerate(self.boxes):
            if x0 < 0 or y0 < 0 or x1 > PAGE_W or y1 > PAGE_H:
                out.append(f"page {page}: {what!r} leaves the page ({x0:.0f},{y0:.0f},{x1:.0f},{y1:.0f})")
            for a0, b0, a1, b1, other in self.boxes[i + 1:]:
                if x0 < a1 - 0.5 and a0 < x1 - 0.5 and y0 < b1 - 0.5 and b0 < y1 - 0.5:
                    out.append(f"page {page}: {what!r} overlaps {other!r}")
        return out


def _text(lay: Layout, x, y, w, markup, o):
    size, bold, family, spacing = o.get("size", 11), o.get("bold", False), o.get("family", "sans"), o.get("spacing", 0)
    printed = lay.gold.render(markup)
    shown = printed.upper() if o.get("upper") else printed
    if o.get("head"):
        lay.gold.headings.append(shown)
    step = size * o.get("lh", 1.35)
    lines = wrap(shown, w, size, bold, family, spacing)
    per_box = o.get("boxes") or len(lines)
    for start in range(0, len(lines), per_box):
        frames, right = [], 0.0
        for i, line in enumerate(lines[start:start + per_box]):
            width = text_width(line, size, bold, family, spacing)
            left = _place(x, w, width, o.get("align", "left"))
            right = max(right, left + width)
            frames.append(_frame(left, y + (start + i) * step, line, size, o))
        top = y + start * step
        lay.add(o.get("layer", 2), frames, (x, top, max(right, x + 1), top + len(frames) * step), shown[:30])
    return y + len(lines) * step


def _runs(lay: Layout, x, y, markup, run_opts, o):
    """One line of several frames side by side (a bold name, then its role in a lighter frame): the
    markup is rendered as one text and split at "||", so a percentage's phrase may sit in the next
    frame. ``at`` places each frame at its own offset instead of one after the other."""
    parts = lay.gold.render(markup).split("||")
    frames, left, tallest, right = [], x, 0, x
    for i, (text, ro) in enumerate(zip(parts, run_opts)):
        text, size = text.strip(), ro.get("size", 11)
        width = text_width(text, size, ro.get("bold", False), ro.get("family", "sans"))
        if o.get("at"):
            dx, w, align = o["at"][i]
            left = _place(x + dx, w, width, align)
        frames.append(_frame(left, y, text, size, ro))
        right = max(right, left + width)
        left += width + o.get("gap", 6)
        tallest = max(tallest, size * ro.get("lh", 1.35))
    lay.add(o.get("layer", 2), frames, (x, y, right, y + tallest), parts[0][:30])


def _stack(lay: Layout, x, y, w, markup, part_opts, o):
    """Parts of one text (split at "||") set under each other in one box: a big number over its
    label, a name over its role."""
    parts = lay.gold.render(markup).split("||")
    frames, top, right = [], y, x
    for text, po in zip(parts, part_opts):
        size, bold, family = po.get("size", 11), po.get("bold", False), po.get("family", "sans")
        step = size * po.get("lh", 1.35)
        for line in wrap(text.strip(), w, size, bold, family, po.get("spacing", 0)):
            width = text_width(line, size, bold, family, po.get("spacing", 0))
            left = _place(x, w, width, o.get("align", "left"))
            right = max(right, left + width)
            frames.append(_frame(left, top, line, size, po))
            top += step
        top += po.get("after", 0)
    lay.add(o.get("layer", 2), frames, (min(x, x + w), y, max(right, x + 1), top), parts[0][:30])


def _cells(lay: Layout, x, y, o, rows: list[list[str]]):
    size, step = o.get("size", 10), o["row_h"]
    for r, cells in enumerate(rows):
        ro = {**o, "bold": r in o.get("bold_rows", ())}
        frames, top = [], y + r * step
        for (dx, width, align), text in zip(o["cols"], cells):
            if not text:
                continue
            w = text_width(text, size, ro["bold"], o.get("family", "sans"))
            frames.append(_frame(_place(x + dx, width, w, align), top, text, size, ro))
        if r in o.get("rule_rows", ()):
            last = o["cols"][-1]
            frames.append(f'<div style="position:absolute;left:{x}px;top:{top - 2:.1f}px;'
                          f'width:{last[0] + last[1]}px;border-top:1px solid #555"></div>')
        last = o["cols"][-1]
        lay.add(o.get("layer", 2), frames, (x, top, x + last[0] + last[1], top + step - 0.6), cells[0][:30])


def _statement_frames(lay: Layout, x, y, o):
    st = o["st"]
    header, body = statement_rows(lay.gold, st)
    rows = [header] + [cells for _, cells in body]
    bold = {0} | {i + 1 for i, (line, _) in enumerate(body) if line.bold}
    rules = {i + 1 for i, (line, _) in enumerate(body) if line.key}
    _cells(lay, x, y, {**o, "bold_rows": bold, "rule_rows": rules}, rows)


def _htmltable(lay: Layout, x, y, w, o):
    st, size = o["st"], o.get("size", 10)
    header, body = statement_rows(lay.gold, st)
    trs = ["<tr>" + "".join(f'<th style="text-align:{"right" if i else "left"};padding:2px 8px;'
                            f'border-bottom:2px solid #333">{esc(c)}</th>' for i, c in enumerate(header)) + "</tr>"]
    for line, cells in body:
        weight = "bold" if line.bold else "normal"
        rule = "border-top:1px solid #999;" if line.key else ""
        trs.append("<tr>" + "".join(f'<td style="text-align:{"right" if i else "left"};padding:1.5px 8px;'
                                    f'font-weight:{weight};{rule}">{esc(c)}</td>' for i, c in enumerate(cells)) + "</tr>")
    frame = (f'<div style="position:absolute;left:{x}px;top:{y}px;width:{w}px;font-family:{FAMILY_CSS["sans"]};'
             f'font-size:{size}px"><table style="border-collapse:collapse;width:100%">{"".join(trs)}</table></div>')
    height = (len(body) + 1) * size * 1.62
    lay.add(o.get("layer", 2), [frame], (x, y, x + w, y + height), st.title)


def page_html(gold, elements: list[tuple], seed: int, number: int) -> tuple[str, list[str]]:
    lay = Layout(gold, seed)
    for el in elements:
        kind, o = el[0], _opts(el)
        if kind == "rect":
            _, x, y, w, h = el[:5]
            lay.add(o.get("layer", 0), [f'<div style="position:absolute;left:{x}px;top:{y}px;width:{w}px;height:{h}px;'
                                        f'background:{o.get("fill", "#eee")};border-radius:{o.get("radius", 0)}px"></div>'])
        elif kind == "photo":
            _, x, y, w, h = el[:5]
            uri = (portrait_uri(o["seed"]) if o.get("kind", "portrait") == "portrait"
                   else landscape_uri(o["seed"], int(w), int(h)))
            radius = "50%" if o.get("round") else f'{o.get("radius", 0)}px'
            lay.add(o.get("layer", 1), [f'<img src="{uri}" style="position:absolute;left:{x}px;top:{y}px;width:{w}px;'
                                        f'height:{h}px;object-fit:cover;border-radius:{radius}">'])
        elif kind == "text":
            _text(lay, el[1], el[2], el[3], el[4], o)
        elif kind == "runs":
            _runs(lay, el[1], el[2], el[3], el[4], o)
        elif kind == "stack":
            _stack(lay, el[1], el[2], el[3], el[4], el[5], o)
        elif kind == "cells":
            rows = register_rows(gold, o["rows"]) if o.get("gold", True) else [[gold.render(c) for c in r] for r in o["rows"]]
            _cells(lay, el[1], el[2], o, rows)
        elif kind == "statement":
            _statement_frames(lay, el[1], el[2], o)
        elif kind == "htmltable":
            _htmltable(lay, el[1], el[2], el[3], o)
        else:
            raise ValueError(f"unknown element {kind!r}")
    return f'<div class="pg">{lay.html()}</div>', lay.problems(number)


def html_document(report: dict, gold) -> str:
    design = report["design"]
    pages, problems = [], []
    for number, elements in enumerate(design["pages"], start=1):
        page, trouble = page_html(gold, elements, design["seed"] * 100 + number, number)
        pages.append(page)
        problems += trouble
    if problems:
        raise SystemExit(f"{report['name']}: layout problems:\n  " + "\n  ".join(problems))
    css = CSS % {"bg": design.get("background", "#ffffff")}
    title = esc(gold.strip(report["title"]))
    return (f'<!doctype html>\n<html lang="{report.get("lang", "nb")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{css}</style></head><body>\n" + "\n".join(pages) + "\n</body></html>\n")


def page_count(report: dict) -> int:
    return len(report["design"]["pages"])
