"""Markup for probes of reports published as slides (``browser`` rendition): a deck exported to
PDF, each slide a 16:9 landscape page, and a page made in an online design tool, where every line
of text is a frame of its own placed absolutely (a wrapped name is two frames, one over the
other). Positions and sizes are in millimetres from the slide's top left corner; ``deck`` wraps
the slides into one ``Html`` item with the page size set."""
from __future__ import annotations

import html

from probes.spec import Html

SLIDE_MM = (338.67, 190.5)  # PowerPoint's widescreen slide, 13.33 × 7.5 inches
STYLE = (f"@page {{ size: {SLIDE_MM[0]}mm {SLIDE_MM[1]}mm; margin: 0; }} body {{ margin: 0; }} "
         f".slide {{ position: relative; width: {SLIDE_MM[0]}mm; height: {SLIDE_MM[1]}mm; overflow: hidden; "
         "break-after: page; font-family: 'DejaVu Sans', sans-serif; color: #1d2a33; } "
         ".slide .f { position: absolute; white-space: nowrap; line-height: 1.2; margin: 0; }")


def deck(*slides: str) -> Html:
    """The slides, a landscape page each."""
    body = "".join(f'<section class="slide">{s}</section>' for s in slides)
    return Html(f"<style>{STYLE}</style>{body}", page="A4 landscape")


def frame(x: float, y: float, text: str, size: float = 14, bold: bool = False, color: str = "") -> str:
    """One line of text in a frame of its own, its top left corner at (``x``, ``y``)."""
    style = f"left: {x}mm; top: {y}mm; font-size: {size}pt;" + (" font-weight: bold;" if bold else "") \
        + (f" color: {color};" if color else "")
    return f'<div class="f" style="{style}">{html.escape(text)}</div>'


def frames(x: float, y: float, lines: tuple[str, ...], size: float = 14, bold: bool = False, lead: float = 1.25,
           color: str = "") -> str:
    """Lines set one under another, each its own frame (a design tool's text, line by line)."""
    step = size * lead * 0.3528  # points to millimetres
    return "".join(frame(x, y + k * step, line, size, bold, color) for k, line in enumerate(lines))


def title(text: str, y: float = 14, size: float = 30) -> str:
    """A slide's title, in large bold type at the top left."""
    return frame(18, y, text, size, bold=True, color="#0d4a63")


def shaded(x: float, y: float, width: float, height: float, fill: str = "#c9d3db") -> str:
    """A filled rectangle with nothing in it (a photo's place on a card)."""
    return (f'<div style="position: absolute; left: {x}mm; top: {y}mm; width: {width}mm; height: {height}mm; '
            f'background: {fill};"></div>')


def zebra_table(x: float, y: float, rows: tuple[tuple[str, ...], ...], widths: tuple[float, ...], size: float = 12,
                stripe: str = "#e6edf2", header_fill: str = "", bold_rows: tuple[int, ...] = (), odd: bool = False,
                head_align: str = "right") -> str:
    """A slide's table with no rules at all: every other body row tinted (``stripe``; from the
    first body row with ``odd``), the first row the header (on ``header_fill`` in white type
    when given; its cells over the figures set ``head_align``, as a browser centres a table's
    header cells by default), figures flush right."""
    out = []
    for r, row in enumerate(rows):
        fill = header_fill if r == 0 and header_fill else stripe if r and r % 2 == int(odd) else ""
        white = r == 0 and header_fill and header_fill != stripe
        tr = f' style="background: {fill};{" color: #fff;" if white else ""}"' if fill else ""
        align = head_align if r == 0 else "right"
        cells = "".join(f'<td class="z" style="width: {w}mm;{f" text-align: {align};" if c else ""}'
                        f'{" font-weight: bold;" if r == 0 or r in bold_rows else ""}">{html.escape(text)}</td>'
                        for c, (text, w) in enumerate(zip(row, widths)))
        out.append(f"<tr{tr}>{cells}</tr>")
    return (f'<table style="position: absolute; left: {x}mm; top: {y}mm; border-collapse: collapse; '
            f'font-size: {size}pt; line-height: 1.25;"><tbody>{"".join(out)}</tbody></table>'
            "<style>td.z { padding: 1.6mm 3mm; border: none; }</style>")


def striped_frames(x: float, y: float, rows: tuple[tuple[str, ...], ...], rights: tuple[float, ...], width: float,
                   size: float = 12, pitch: float = 9, stripe: str = "#e6edf2", odd: bool = False) -> str:
    """A design tool's table: each cell's text a frame of its own (the label at ``x``, each figure
    ending at its column's right edge in ``rights``), every other row behind a tinted rectangle
    as wide as the table; no rules."""
    out = []
    for r, row in enumerate(rows):
        top = y + r * pitch
        if r and (r % 2 == 1) == odd:
            out.append(shaded(x - 3, top - 2, width, pitch, stripe))
        weight = " font-weight: bold;" if r == 0 else ""
        out.append(f'<div class="f" style="left: {x}mm; top: {top}mm; font-size: {size}pt;{weight}">{html.escape(row[0])}</div>')
        out += [f'<div class="f" style="right: {SLIDE_MM[0] - right}mm; top: {top}mm; font-size: {size}pt;{weight}">'
                f'{html.escape(text)}</div>' for text, right in zip(row[1:], rights)]
    return "".join(out)


def tiles(x: float, y: float, items: tuple[tuple[str, str], ...], per_row: int = 4, width: float = 70,
          height: float = 52, big: float = 40, small: float = 12, fill: str = "", gap: float = 6) -> str:
    """Key-figure tiles as a slide tool lays them out: a big figure over a small label in one text
    box, the label wrapping inside the tile's width; with ``fill`` each tile on a tinted card
    (``gap`` millimetres apart: under one, a band of cards parted by thin white lines)."""
    out = []
    for k, (figure, label) in enumerate(items):
        left, top = x + (k % per_row) * (width + gap), y + (k // per_row) * (height + gap)
        back = f" height: {height}mm; background: {fill}; padding: 3mm;" if fill else ""
        out.append(f'<div style="position: absolute; left: {left}mm; top: {top}mm; width: {width}mm; '
                   f'box-sizing: border-box;{back}">'
                   f'<div style="font-size: {big}pt; font-weight: bold; color: #0d4a63; line-height: 1.1;">'
                   f'{html.escape(figure)}</div><div style="font-size: {small}pt; line-height: 1.3;">'
                   f'{html.escape(label)}</div></div>')
    return "".join(out)


def tile_frames(x: float, y: float, items: tuple[tuple[str, tuple[str, ...]], ...], per_row: int = 4,
                width: float = 70, big: float = 40, small: float = 12) -> str:
    """Key-figure tiles made in a design tool: the big figure a frame, each line of its label a
    frame of its own under it."""
    out = []
    for k, (figure, label) in enumerate(items):
        left, top = x + (k % per_row) * width, y + (k // per_row) * 50
        out.append(frame(left, top, figure, big, bold=True, color="#0d4a63"))
        out.append(frames(left, top + big * 0.3528 * 1.25, label, small))
    return "".join(out)


def photo(x: float, y: float, width: float, height: float) -> str:
    """A portrait placed as an image (a grey head and shoulders)."""
    import base64
    import tempfile
    from pathlib import Path

    from probes.render_images import portrait_png

    with tempfile.TemporaryDirectory(prefix="probe-img-") as tmp:
        png = base64.b64encode(portrait_png(Path(tmp) / "portrait.png").read_bytes()).decode()
    return (f'<img src="data:image/png;base64,{png}" style="position: absolute; left: {x}mm; top: {y}mm; '
            f'width: {width}mm; height: {height}mm; object-fit: cover;">')


def card_frames(x: float, y: float, people: tuple[tuple[tuple[str, ...], str], ...], pitch: float = 62,
                width: float = 44, height: float = 52, size: float = 13, photos: bool = True) -> str:
    """A design tool's board page: a row of portraits, under each the name in bold, a frame a line
    (a long name wraps to two frames, one over the other), then the role in a frame of its own,
    each frame as wide as its text (a name may run past a narrow photo's edge)."""
    out = []
    step = size * 1.25 * 0.3528
    for k, (name_lines, role) in enumerate(people):
        left = x + k * pitch
        out.append(photo(left, y, width, height) if photos else shaded(left, y, width, height))
        top = y + height + 3
        out.append(frames(left, top, name_lines, size, bold=True))
        out.append(frame(left, top + len(name_lines) * step + 1, role, size - 2, color="#5a6670"))
    return "".join(out)
