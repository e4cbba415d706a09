"""What the seventy-third set's three page builders share: escaping, gold registration of text,
headings, table rows and statements, text measured in DejaVu (the only fonts the printing machine
has, so a line measured here is the line Chromium sets), and made-up photographs as PNG data URIs.

Registration is the first set's ``Gold`` (``gold.render`` for every printed text, headings and
table rows appended where they are drawn, statements appended so the gold writer finds their key
lines); nothing here decides what is gold, only that what is drawn is registered once.
"""
from __future__ import annotations

import base64
import html
import io
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    ("sans", False): "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ("sans", True): "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ("serif", False): "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    ("serif", True): "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
}
FAMILY_CSS = {"sans": "'DejaVu Sans', sans-serif", "serif": "'DejaVu Serif', serif"}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def said(gold, markup: str, about: str | None = None) -> str:
    """Markup rendered (places and percentages registered), escaped for HTML."""
    return esc(gold.render(markup, about=about))


def heading(gold, markup: str) -> str:
    """A heading's printed text, registered as a gold heading; escaped for HTML."""
    text = gold.render(markup)
    gold.headings.append(text)
    return esc(text)


def register_rows(gold, rows: list[list[str]], gold_rows: bool = True) -> list[list[str]]:
    """Each row rendered (a cell's about is its row label) and registered as a table row."""
    printed = []
    for row in rows:
        label = gold.strip(row[0]) if row else ""
        cells = [gold.render(c, about=label or None) for c in row]
        gold.row_texts.append(" | ".join(cells))
        if gold_rows and any(c.strip() for c in cells):
            gold.table_rows.append([c for c in cells if c.strip()])
        printed.append(cells)
    return printed


def statement_rows(gold, st) -> tuple[list[str], list[tuple[object, list[str]]]]:
    """(header, [(line, cells)]) of a statement, registered: the statement for its key figures,
    the header and every line as table rows."""
    gold.statements.append(st)
    header = register_rows(gold, [st.header_row()], st.gold_rows)[0]
    body = []
    for line, cells in st.body_rows():
        body.append((line, register_rows(gold, [cells], st.gold_rows)[0]))
    return header, body


@lru_cache(maxsize=64)
def _font(family: str, bold: bool, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[(family, bold)], size=max(1, round(size * 4)))


def text_width(text: str, size: float, bold: bool = False, family: str = "sans", spacing: float = 0.0) -> float:
    """Width in CSS px of ``text`` set at ``size`` px (measured at four times the size for precision)."""
    return _font(family, bold, size).getlength(text) / 4 + spacing * len(text)


def wrap(text: str, width: float, size: float, bold: bool = False, family: str = "sans",
         spacing: float = 0.0) -> list[str]:
    """Greedy line breaking at spaces, as a browser breaks a paragraph of that width; a word
    longer than the width stands alone on its line (the caller's layout must give it room)."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and text_width(trial, size, bold, family, spacing) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def _png_uri(image: Image.Image) -> str:
    buf = io.BytesIO()
    image.save(buf, "PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def portrait_uri(seed: int, size: int = 180) -> str:
    """A made-up head-and-shoulders photograph: a soft background, a darker figure."""
    rng = random.Random(seed)
    back = tuple(rng.randint(150, 225) for _ in range(3))
    image = Image.new("RGB", (size, size), back)
    draw = ImageDraw.Draw(image)
    for y in range(size):  # light from above
        shade = int(30 * y / size)
        draw.line([(0, y), (size, y)], fill=tuple(max(0, c - shade) for c in back))
    skin = rng.choice([(224, 188, 160), (205, 160, 130), (236, 205, 180)])
    cloth = tuple(rng.randint(30, 120) for _ in range(3))
    hair = rng.choice([(60, 45, 30), (120, 90, 50), (200, 180, 130), (90, 90, 90)])
    cx = size // 2 + rng.randint(-8, 8)
    draw.ellipse([cx - size * 0.42, size * 0.68, cx + size * 0.42, size * 1.35], fill=cloth)
    draw.ellipse([cx - size * 0.2, size * 0.2, cx + size * 0.2, size * 0.66], fill=hair)
    draw.ellipse([cx - size * 0.17, size * 0.27, cx + size * 0.17, size * 0.68], fill=skin)
    return _png_uri(image.filter(ImageFilter.GaussianBlur(1.2)))


def landscape_uri(seed: int, width: int = 480, height: int = 300) -> str:
    """A made-up landscape photograph: sky, ridges, water."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top, low = (rng.randint(90, 140), rng.randint(150, 190), rng.randint(200, 240)), (235, 235, 225)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, low)))
    for ridge in range(3):
        base = height * (0.45 + 0.12 * ridge)
        colour = tuple(max(0, c - 40 * ridge) for c in (110, 130, 110))
        points = [(0, height)] + [(x, base - rng.randint(0, 60)) for x in range(0, width + 40, 40)] + [(width, height)]
        draw.polygon(points, fill=colour)
    draw.rectangle([0, height * 0.82, width, height], fill=(70, 100, 130))
    return _png_uri(image.filter(ImageFilter.GaussianBlur(1.5)))
