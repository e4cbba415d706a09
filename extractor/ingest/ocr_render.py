"""A PDF page rendered greyscale for OCR (pypdfium2), its size capped, a page of colour images
in bands.

A 300 dpi page renders in ~0.06 CPU s (``bench/bench_ocr.py``).
"""
from __future__ import annotations

import ctypes
import math
from pathlib import Path

import numpy as np
from PIL import Image

from extractor.errors import Corrupt
from extractor.settings import DEFAULT_SETTINGS

RENDER_BAND_ROWS = 800  # a page of images renders this many rows at a time (render_bands)
BAND_OVERLAP_ROWS = 16  # ... each band with this many to spare either side


def capped_scale(width: float, height: float, scale: float, max_pixels: int) -> float:
    """Pixels per point for a ``width`` x ``height`` pt page: ``scale``, lowered so the image
    stays within ``max_pixels`` (a page of 300 x 300 inches would take gigabytes)."""
    if width * height * scale * scale > max_pixels:
        return (max_pixels / (width * height)) ** 0.5
    return scale


def render_gray(pdf_path: Path, page_number: int, dpi: int,
                max_pixels: int = DEFAULT_SETTINGS.render_max_pixels) -> tuple[Image.Image, float, float]:
    """The page as a greyscale image, with its width and height in points."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError as exc:
        raise Corrupt(f"cannot open the PDF to OCR it: {exc}") from exc
    try:
        if not 1 <= page_number <= len(pdf):
            raise ValueError(f"page {page_number} is not in a {len(pdf)}-page PDF")
        page = pdf[page_number - 1]
        width, height = page.get_size()  # after /Rotate, as pdfplumber reports it
        scale = capped_scale(width, height, dpi / 72.0, max_pixels)
        try:
            if images_only(page):
                image = Image.fromarray(render_bands(page, scale))
            else:
                image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        except pdfium.PdfiumError as exc:
            raise Corrupt(f"cannot render page {page_number} to OCR it: {exc}") from exc
        return image, float(width), float(height)
    finally:
        pdf.close()


def images_only(page) -> bool:
    """Whether the page is drawn by images alone (a scan, a photo), nothing else."""
    import pypdfium2.raw as pdfium_c

    kinds = {obj.type for obj in page.get_objects(max_depth=0)}
    return kinds == {pdfium_c.FPDF_PAGEOBJ_IMAGE}


def gray_images(page) -> bool:
    """Whether every image drawn on the page is greyscale (a scanner's grey JPEG): pdfium
    scales those without the 32-bit buffer bands are for (``render_bands``)."""
    import pypdfium2.raw as pdfium_c

    for obj in page.get_objects(max_depth=0):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            meta = obj.get_metadata()
            if meta.colorspace != pdfium_c.FPDF_COLORSPACE_DEVICEGRAY or meta.bits_per_pixel > 8:
                return False
    return True


def render_bands(page, scale: float) -> np.ndarray:
    """The page rendered greyscale at ``scale`` as ``page.render`` renders it, pixel for
    pixel, but in bands of ``RENDER_BAND_ROWS`` rows: pdfium enlarges a colour image through a
    32-bit buffer as large as its output, 50 MB more for a 300 dpi page of a colour photo.
    Each band is rendered with ``BAND_OVERLAP_ROWS`` to spare either side (the rows at a
    band's own edge come out a grey level apart) for a page of images; vector text is
    anti-aliased against the clip and would differ. A page of grey images (``gray_images``)
    is drawn whole, straight into the array: bands scaled its image again for each (~0.02
    CPU s a 300 dpi page, a third of the rendering)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    width, height = (math.ceil(v * scale) for v in page.get_size())  # as page.render sizes it
    flags = pdfium_c.FPDF_GRAYSCALE | pdfium_c.FPDF_ANNOT  # page.render(grayscale=True)'s
    out = np.empty((height, width), dtype=np.uint8)
    if gray_images(page):
        whole = pdfium_c.FPDFBitmap_CreateEx(width, height, pdfium_c.FPDFBitmap_Gray,
                                             out.ctypes.data_as(ctypes.c_void_p), width)
        try:
            pdfium_c.FPDFBitmap_FillRect(whole, 0, 0, width, height, 0xFFFFFFFF)
            pdfium_c.FPDF_RenderPageBitmap(whole, page, 0, 0, width, height, 0, flags)
        finally:
            pdfium_c.FPDFBitmap_Destroy(whole)
        return out
    for top in range(0, height, RENDER_BAND_ROWS):
        bottom = min(height, top + RENDER_BAND_ROWS)
        first, last = max(0, top - BAND_OVERLAP_ROWS), min(height, bottom + BAND_OVERLAP_ROWS)
        band = pdfium.PdfBitmap.new_native(width, last - first, pdfium_c.FPDFBitmap_Gray)
        band.fill_rect((255, 255, 255, 255), 0, 0, width, last - first)
        pdfium_c.FPDF_RenderPageBitmap(band, page, 0, -first, width, height, 0, flags)
        out[top:bottom] = band.to_numpy()[top - first:bottom - first, :width]
        band.close()
    return out
