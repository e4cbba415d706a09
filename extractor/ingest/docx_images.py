"""Images in a Word file, read by OCR like images on a born-digital PDF page.

A picture is a DrawingML ``a:blip`` (inside ``wp:inline`` / ``wp:anchor``, whose ``wp:extent``
gives the drawn size in EMU) or a VML ``v:imagedata`` (the ``v:shape`` style gives width and
height). Only pictures drawn over at least ``image_ocr_min_area`` of the page are read (the
page size from the body's ``w:pgSz``), each image part once, where it first stands (a logo
repeated on every page is read once). The bytes come through the checked package, so the zip
limits hold for them as for the XML. ``--no-ocr`` reads none.
"""
from __future__ import annotations

import re
from typing import Iterator

from lxml import etree

from extractor.document import Item, Provenance
from extractor.ingest.docx_tables import w
from extractor.ingest.ocr_state import OcrState
from extractor.ingest.officezip import OfficeZip

A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
V_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
V_SHAPE = "{urn:schemas-microsoft-com:vml}shape"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
EMU_PER_PT = 12700
A4_PT = (595.3, 841.9)
_CSS_LENGTH = re.compile(r"(width|height)\s*:\s*([\d.]+)\s*(pt|in|cm|mm|px)?", re.IGNORECASE)
_PT_PER_UNIT = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, None: 0.75}


def drawn_size(el: etree._Element) -> tuple[float, float] | None:
    """The size in points a picture is drawn at, from its DrawingML extent or VML style."""
    for parent in el.iterancestors():
        if parent.tag in (f"{{{WP_NS}}}inline", f"{{{WP_NS}}}anchor"):
            extent = parent.find(f"{{{WP_NS}}}extent")
            try:
                return int(extent.get("cx")) / EMU_PER_PT, int(extent.get("cy")) / EMU_PER_PT
            except (AttributeError, TypeError, ValueError):
                return None
        if parent.tag == V_SHAPE:
            sizes = {m[1].lower(): float(m[2]) * _PT_PER_UNIT[m[3] and m[3].lower()]
                     for m in _CSS_LENGTH.finditer(parent.get("style") or "") if m[2].count(".") <= 1}
            return (sizes["width"], sizes["height"]) if {"width", "height"} <= sizes.keys() else None
    return None


def iter_pictures(p: etree._Element, skip) -> Iterator[tuple[str, tuple[float, float] | None]]:
    """(relationship id, drawn size) of the pictures in a paragraph, in order; ``skip(el)``
    leaves out those inside text boxes and fallback copies."""
    for el in p.iter(A_BLIP, V_IMAGEDATA):
        rid = el.get(f"{{{R_NS}}}embed") if el.tag == A_BLIP else el.get(f"{{{R_NS}}}id")
        if rid and not skip(el):
            yield rid, drawn_size(el)


def page_size(body: etree._Element) -> tuple[float, float]:
    """The page size in points from the body's last section properties (A4 when unstated)."""
    size = body.find(f"{w('sectPr')}/{w('pgSz')}")
    try:
        return int(size.get(w("w"))) / 20, int(size.get(w("h"))) / 20
    except (AttributeError, TypeError, ValueError):
        return A4_PT


class WordImages:
    """Reads the pictures of one document's main part; ``members`` maps relationship ids to
    image part names."""

    def __init__(self, pkg: OfficeZip, members: dict[str, str], ocr: OcrState, page: tuple[float, float]):
        self.pkg, self.members, self.ocr = pkg, members, ocr
        self.min_area = ocr.settings.image_ocr_min_area * page[0] * page[1]
        self.seen: set[str] = set()

    def items(self, p: etree._Element, path: str, page: int | None, skip) -> list[Item]:
        """Tables and text read from the pictures of paragraph ``p`` at ``path``."""
        out: list[Item] = []
        for index, (rid, size) in enumerate(iter_pictures(p, skip)):
            name = self.members.get(rid)
            if self.ocr.unavailable or name is None or name in self.seen or not self.pkg.has(name):
                continue
            self.seen.add(name)
            if size is not None and size[0] * size[1] < self.min_area:
                continue
            prov = Provenance(page=page, path=f"{path}/img[{index}]:{name}")
            out.extend(self.ocr.word_image(self.pkg.read(name), size, prov))
        return out
