"""Pictures that carry text, drawn with PIL: a spreadsheet screenshot of a financial statement,
a collage of board portraits with names under the faces, and a group photo without names.

Each returns PNG bytes. The text is drawn at about 200 dpi on the printed page (the picture is
placed 15-16 cm wide), the size a screenshot pasted into Word has.
"""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(FONT_DIR + name, size)


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def statement_png(title: str, subtitle: str | None, header: list[str], rows: list[tuple[bool, list[str]]],
                  widths: list[int], seed: int = 0) -> bytes:
    """A screenshot of a spreadsheet: grey header band, light grid, numbers right-aligned,
    bold totals. ``rows`` are (bold, cells); the first column is the label."""
    body, bold = font(22), font(22, bold=True)
    row_h, pad = 38, 12
    width = sum(widths) + 2 * pad
    top = 20 + 44 + (34 if subtitle else 0) + 10
    height = top + row_h * (len(rows) + 1) + 24
    im = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(im)
    draw.text((pad, 20), title, font=font(30, bold=True), fill=(20, 20, 20))
    if subtitle:
        draw.text((pad, 64), subtitle, font=font(20), fill=(70, 70, 70))
    grid = (200, 205, 210)

    def draw_row(y, cells, is_bold, fill=None):
        if fill:
            draw.rectangle([pad, y, width - pad, y + row_h], fill=fill)
        x = pad
        for i, (cell, w) in enumerate(zip(cells, widths)):
            f = bold if is_bold else body
            if i == 0:
                draw.text((x + 8, y + 7), cell, font=f, fill=(15, 15, 15))
            else:
                tw = draw.textlength(cell, font=f)
                draw.text((x + w - tw - 10, y + 7), cell, font=f, fill=(15, 15, 15))
            draw.line([x, y, x, y + row_h], fill=grid)
            x += w
        draw.line([x, y, x, y + row_h], fill=grid)
        draw.line([pad, y + row_h, width - pad, y + row_h], fill=grid)

    draw.line([pad, top, width - pad, top], fill=grid)
    draw_row(top, header, True, fill=(222, 228, 235))
    for i, (is_bold, cells) in enumerate(rows):
        y = top + row_h * (i + 1)
        draw_row(y, cells, is_bold, fill=(246, 248, 250) if i % 2 else None)
        if is_bold:
            draw.line([pad, y, width - pad, y], fill=(90, 90, 90), width=2)
    return png_bytes(im)


SKIN = [(241, 210, 185), (224, 180, 150), (198, 150, 120), (233, 196, 170), (250, 222, 200)]
HAIR = [(60, 40, 30), (120, 90, 60), (200, 170, 110), (90, 90, 90), (30, 25, 20), (170, 120, 80)]
SHIRT = [(40, 70, 120), (140, 40, 50), (60, 110, 70), (90, 90, 100), (200, 200, 210), (30, 30, 40)]
BACK = [(205, 214, 222), (222, 215, 200), (200, 218, 205), (228, 222, 230)]


def _portrait(draw: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, rng: random.Random,
              background: bool = True) -> None:
    if background:
        draw.rectangle([x, y, x + w, y + h], fill=rng.choice(BACK))
    cx, head = x + w // 2, int(w * 0.22)
    shirt = rng.choice(SHIRT)
    draw.ellipse([cx - int(w * 0.42), y + int(h * 0.68), cx + int(w * 0.42), y + int(h * 1.25)], fill=shirt)
    if background:
        draw.rectangle([x, y + h, x + w, y + h + 2], fill="white")
    hair = rng.choice(HAIR)
    hy = y + int(h * 0.18)
    long_hair = rng.random() < 0.5
    if long_hair:
        draw.rounded_rectangle([cx - head - 12, hy - 10, cx + head + 12, hy + int(head * 2.6)], 40, fill=hair)
    draw.ellipse([cx - head, hy, cx + head, hy + int(head * 2.4)], fill=rng.choice(SKIN))
    draw.chord([cx - head - 4, hy - 12, cx + head + 4, hy + int(head * 1.3)], 180, 360, fill=hair)
    ey = hy + int(head * 1.15)
    for dx in (-head // 2.6, head // 2.6):
        draw.ellipse([cx + dx - 5, ey - 4, cx + dx + 5, ey + 4], fill=(40, 40, 40))
    draw.arc([cx - head // 2.5, ey + 18, cx + head // 2.5, ey + 42], 20, 160, fill=(120, 60, 60), width=3)


def collage_png(people: list[tuple[str, str]], per_row: int = 4, seed: int = 0, title: str | None = None) -> bytes:
    """Portraits in a grid, each with the name (bold) and the role printed under the face."""
    rng = random.Random(seed)
    tile_w, photo_h, text_h, gap = 300, 300, 96, 24
    rows = (len(people) + per_row - 1) // per_row
    title_h = 70 if title else 10
    width = per_row * tile_w + (per_row + 1) * gap
    height = title_h + rows * (photo_h + text_h + gap) + gap
    im = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(im)
    if title:
        draw.text((gap, 18), title, font=font(34, bold=True), fill=(30, 30, 30))
    name_f, role_f = font(24, bold=True), font(22)
    for i, (name, role) in enumerate(people):
        r, c = divmod(i, per_row)
        in_row = min(per_row, len(people) - r * per_row)
        offset = (per_row - in_row) * (tile_w + gap) // 2  # centre a short last row
        x = gap + offset + c * (tile_w + gap)
        y = title_h + gap + r * (photo_h + text_h + gap)
        tile = Image.new("RGB", (tile_w, photo_h), "white")
        _portrait(ImageDraw.Draw(tile), 0, 0, tile_w, photo_h, rng)  # drawn apart: a photo is cropped to its frame
        im.paste(tile, (x, y))
        for j, (text, f) in enumerate(((name, name_f), (role, role_f))):
            tw = draw.textlength(text, font=f)
            draw.text((x + (tile_w - tw) / 2, y + photo_h + 12 + j * 36), text, font=f, fill=(25, 25, 25))
    return png_bytes(im.convert("P", palette=Image.ADAPTIVE, colors=64))


def group_photo_png(back_row: int, front_row: int, seed: int = 0) -> bytes:
    """A group photo in two rows, no text: the names are in the caption under it."""
    rng = random.Random(seed)
    width, height = 1500, 760
    im = Image.new("RGB", (width, height), (188, 200, 176))
    draw = ImageDraw.Draw(im)
    draw.rectangle([0, 0, width, 300], fill=(160, 185, 210))
    for n, y, w in ((back_row, 40, 250), (front_row, 250, 290)):
        step = width // (n + 1)
        for i in range(n):
            cx = step * (i + 1)
            _portrait(draw, cx - w // 2, y, w, int(w * 1.3), rng, background=False)
    return png_bytes(im.convert("P", palette=Image.ADAPTIVE, colors=64))
