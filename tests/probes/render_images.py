"""Pictures for probes: portraits for cards, captions under faces and screenshot lines drawn by
PIL, and a probe's pictures as an image-only PDF, the way a scanned typescript reads."""
from __future__ import annotations

import tempfile
from pathlib import Path

from probes.spec import Picture, Probe


FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",)
MONO_FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",)


def portrait_png(path: Path) -> Path:
    """A grey head and shoulders on a light ground, 3:4."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 400), (226, 222, 214))
    draw = ImageDraw.Draw(image)
    draw.ellipse([95, 70, 205, 190], fill=(150, 120, 100))
    draw.rectangle([60, 230, 240, 400], fill=(60, 90, 70))
    image.save(path)
    return path


def _font(size: int, typed: bool = False):
    from PIL import ImageFont

    for path in (MONO_FONT_FILES if typed else ()) + FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def picture_to_png(picture: Picture, path: Path) -> Path:
    """Captions under grey faces, or lines of a screenshot (tab-separated columns, numbers
    right-aligned), black on white at about 300 dpi for a 150 mm wide image."""
    from PIL import Image, ImageDraw

    font, pitch = _font(34, picture.typed), 46
    if picture.faces:
        cell_w, face_h = 560, 360
        rows = [picture.captions[i:i + picture.per_row] for i in range(0, len(picture.captions), picture.per_row)]
        lines = max(len(c) for c in picture.captions)
        cell_h = face_h + 30 + lines * pitch + 40
        image = Image.new("L", (cell_w * picture.per_row, cell_h * len(rows)), 255)
        draw = ImageDraw.Draw(image)
        for r, row in enumerate(rows):
            for c, caption in enumerate(row):
                x, y = c * cell_w, r * cell_h
                draw.rectangle([x + 120, y + 20, x + cell_w - 120, y + face_h], fill=170)
                for k, line in enumerate(caption):
                    width = draw.textlength(line, font=font)
                    draw.text((x + (cell_w - width) / 2, y + face_h + 30 + k * pitch), line, fill=0, font=font)
    else:
        rows = [line[0].split("\t") for line in picture.captions]
        ncols = max(len(r) for r in rows)
        gap = picture.gutter
        widths = [max((font.getlength(r[c]) for r in rows if c < len(r)), default=0) + gap for c in range(ncols)]
        image = Image.new("L", (int(sum(widths)) + 80, pitch * len(rows) + 80), 255)
        draw = ImageDraw.Draw(image)
        for k, row in enumerate(rows):
            x = 40
            for c, text in enumerate(row):
                numeric = c > 0 and any(ch.isdigit() for ch in text)
                offset = widths[c] - gap - draw.textlength(text, font=font) if numeric else 0
                slip = picture.drift + picture.drift_growth * (k - picture.drift_from)
                drop = slip * pitch if numeric and k >= picture.drift_from else 0
                draw.text((x + offset, 40 + k * pitch + drop), text, fill=0, font=font)
                x += widths[c]
    image.save(path, dpi=(300, 300))
    return path


SCAN_DPI = 200
SCAN_PAGE_MM = (210, 297)


def probe_to_scan(probe: Probe, path: Path) -> Path:
    """The probe's pictures as an image-only PDF, one A4 page each at ``SCAN_DPI``: the picture
    (its 34-pixel face a typewriter's 12 pt at that resolution; narrowed to fit the page) set on
    a grey sheet 25 mm in, turned by up to 0.6°,
    blurred a little and specked, the seed taken from the probe's id."""
    import random
    import zlib

    import numpy as np
    from PIL import Image, ImageFilter

    seed = zlib.crc32(probe.id.encode())
    rng, noise = random.Random(seed), np.random.default_rng(seed)
    size = tuple(round(mm / 25.4 * SCAN_DPI) for mm in SCAN_PAGE_MM)
    margin = round(25 / 25.4 * SCAN_DPI)
    pages = []
    with tempfile.TemporaryDirectory(prefix="probe-scan-") as tmp:
        for k, picture in enumerate(item for item in probe.items if isinstance(item, Picture)):
            drawn = Image.open(picture_to_png(picture, Path(tmp) / f"{k}.png")).convert("L")
            scale = min(1.0, (size[0] - 2 * margin) / drawn.width)
            drawn = drawn.resize((round(drawn.width * scale), round(drawn.height * scale)), Image.LANCZOS)
            page = Image.new("L", size, 255)
            page.paste(drawn, (margin, margin))
            page = page.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
            page = page.filter(ImageFilter.GaussianBlur(0.5))
            grey = np.asarray(page, dtype=np.float32) * 0.9 + 14 + noise.normal(0, 8, (size[1], size[0]))
            pages.append(Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L"))
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=SCAN_DPI)
    return path
