"""PDF mechanics of the fifteenth held-out set, applied to the PDF LibreOffice makes of a report:

``searchable_scan``   the pages as a copier or ABBYY-style OCR leaves them: each page a greyscale
                      JPEG (the first set's scan noise, no tilt) under an INVISIBLE text layer
                      (text render mode 3) holding the words where they stand, with the slips OCR
                      makes ("l"/"1", "O"/"0", "rn"/"m", a word split in two). A reader sees the
                      page image; gold is that.
``break_tounicode``   one font family's /ToUnicode maps rewritten so each code maps to the wrong
                      character (code + an offset, as old producers that confused codes with
                      glyph ids wrote them): that family's text extracts as garbage, other fonts'
                      (the headings') as printed. A reader sees the glyphs; gold is that.

Both write the PDF object by object (no PDF library beyond pdfplumber and pypdfium2 to read).
"""
from __future__ import annotations

import io
import random
import re
import tempfile
import zlib
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from make_heldout import pdf_to_scan

# OCR slips: a letter read as another, applied to a few words only
SLIPS = [("l", "1"), ("O", "0"), ("0", "O"), ("rn", "m"), ("1", "l"), ("e", "c"), ("S", "5"), ("å", "a"),
         ("ø", "o"), ("i", "í"), ("5", "S"), ("m", "rn"), ("h", "b")]
HELV_EM = 0.52  # mean Helvetica advance per character in em, to stretch a word over its box (Tz)


def ocr_words(words: list[dict], rng: random.Random, rate: float) -> list[dict]:
    """The words with OCR slips in about ``rate`` of them; a slip may split a long word in two."""
    out = []
    for w in words:
        text = w["text"]
        if rng.random() < rate:
            slips = [(a, b) for a, b in SLIPS if a in text]
            if slips:
                a, b = rng.choice(slips)
                at = [m.start() for m in re.finditer(re.escape(a), text)]
                i = rng.choice(at)
                text = text[:i] + b + text[i + len(a):]
            elif len(text) > 6:
                cut = rng.randrange(3, len(text) - 2)
                mid = w["x0"] + (w["x1"] - w["x0"]) * cut / len(text)
                out.append({**w, "text": text[:cut], "x1": mid - 1})
                out.append({**w, "text": text[cut:], "x0": mid + 1})
                continue
        out.append({**w, "text": text})
    return out


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _text_layer(words: list[dict], height: float) -> bytes:
    ops = [b"BT 3 Tr"]
    for w in words:
        size = max(4.0, (w["bottom"] - w["top"]) * 0.92)
        width = max(1.0, w["x1"] - w["x0"])
        tz = 100 * width / max(1.0, len(w["text"]) * HELV_EM * size)
        base = height - w["bottom"] + size * 0.2
        ops.append(b"/F1 %.1f Tf %.1f Tz 1 0 0 1 %.2f %.2f Tm " % (size, tz, w["x0"], base)
                   + _pdf_string(w["text"]) + b" Tj")
    ops.append(b"ET")
    return b"\n".join(ops)


def write_pdf(objects: dict[int, bytes], root: int, target: Path, info: int | None = None) -> None:
    """Objects ``num -> body`` (a stream's body already holds its dictionary and data) as a PDF."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[num]) if num in offsets else b"0000000000 65535 f \n"
    trailer = b"/Size %d /Root %d 0 R" % (size, root) + (b" /Info %d 0 R" % info if info else b"")
    out += b"trailer\n<<" + trailer + b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    target.write_bytes(bytes(out))


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<<" + dictionary + b" /Length %d>>\nstream\n" % len(data) + data + b"\nendstream"


def searchable_scan(pdf: Path, target: Path, seed: int, dpi: int = 200, rate: float = 0.05,
                    producer: str = "Scan to PDF (OCR)") -> None:
    """``pdf``'s pages as noisy images with an invisible OCR text layer (see the module's doc)."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="heldout15-scan-") as tmp:
        scan = Path(tmp) / "scan.pdf"
        pdf_to_scan(pdf, scan, seed, dpi=dpi, tilt=0.0, noise=7, quality=70)
        images = pdfium.PdfDocument(str(scan))
        with pdfplumber.open(pdf) as plumb:
            pages = [(p.width, p.height, p.extract_words(keep_blank_chars=False)) for p in plumb.pages]
        objects = {1: b"<</Type /Catalog /Pages 2 0 R>>",
                   3: b"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>",
                   4: b"<</Producer (" + producer.encode("latin-1") + b")>>"}
        kids = []
        for i, (width, height, words) in enumerate(pages):
            bitmap = images[i].render(scale=dpi / 72).to_pil().convert("L")
            jpeg = io.BytesIO()
            bitmap.save(jpeg, "JPEG", quality=70)
            page, content, image = 10 + 3 * i, 11 + 3 * i, 12 + 3 * i
            objects[image] = _stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                                     b"/BitsPerComponent 8 /Filter /DCTDecode" % bitmap.size, jpeg.getvalue())
            draw = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n" % (width, height) + _text_layer(ocr_words(words, rng, rate), height)
            objects[content] = _stream(b"/Filter /FlateDecode", zlib.compress(draw))
            objects[page] = (b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                             b"/Resources <</Font <</F1 3 0 R>> /XObject <</Im0 %d 0 R>>>>>>"
                             % (width, height, content, image))
            kids.append(b"%d 0 R" % page)
        objects[2] = b"<</Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d>>" % len(kids)
        images.close()
    write_pdf(objects, 1, target, info=4)


# ---------- a broken /ToUnicode ----------

OBJ = re.compile(rb"(\d+) 0 obj\s*(.*?)\s*endobj", re.S)
STREAM = re.compile(rb"^(<<.*?>>)\s*stream\r?\n(.*)\r?\nendstream$", re.S)


def read_objects(pdf: Path) -> tuple[dict[int, bytes], int, int | None]:
    """The objects of a PDF with a classic xref table (LibreOffice's), its root and info."""
    data = pdf.read_bytes()
    objects = {int(m.group(1)): m.group(2) for m in OBJ.finditer(data)}
    trailer = data[data.rindex(b"trailer"):]
    root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
    info = re.search(rb"/Info (\d+) 0 R", trailer)
    return objects, root, int(info.group(1)) if info else None


def _stream_data(body: bytes) -> tuple[bytes, bytes]:
    m = STREAM.match(body)
    dictionary, data = m.group(1), m.group(2)
    if b"/FlateDecode" in dictionary:
        data = zlib.decompress(data)
    return dictionary, data


def wrong_cmap(cmap: bytes, offset: int) -> bytes:
    """Each bfchar/bfrange target replaced by the code itself plus ``offset`` (one UTF-16 unit)."""
    def char(m):
        code = int(m.group(1), 16)
        return b"<%s> <%04X>" % (m.group(1), (code + offset) % 0xFFFF or 0x20)

    def rng(m):
        lo = int(m.group(1), 16)
        return b"<%s> <%s> <%04X>" % (m.group(1), m.group(2), (lo + offset) % 0xFFFF)

    cmap = re.sub(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>", rng, cmap)
    return re.sub(rb"<([0-9A-Fa-f]{2,4})>\s*<[0-9A-Fa-f]{4,}>(?=\s)", char, cmap)


def break_tounicode(pdf: Path, target: Path, family: bytes, offset: int = 0x1D) -> int:
    """Rewrite the /ToUnicode of each font whose /BaseFont holds ``family``; returns how many."""
    objects, root, info = read_objects(pdf)
    broken = 0
    for num, body in list(objects.items()):
        if b"/Font" not in body[:400] or b"/ToUnicode" not in body:
            continue
        base = re.search(rb"/BaseFont\s*/([^\s/>\[]+)", body)
        if not base or family not in base.group(1):
            continue
        ref = int(re.search(rb"/ToUnicode (\d+) 0 R", body).group(1))
        dictionary, cmap = _stream_data(objects[ref])
        packed = zlib.compress(wrong_cmap(cmap, offset))
        objects[ref] = _stream(b"/Filter /FlateDecode", packed)
        broken += 1
    lengths = {n for n, b in objects.items() if re.fullmatch(rb"\d+", b.strip())}  # indirect /Length objects
    for num, body in list(objects.items()):
        m = STREAM.match(body)
        if m and num not in lengths:
            dictionary = re.sub(rb"/Length \d+ 0 R|/Length \d+", b"", m.group(1))
            objects[num] = _stream(dictionary[2:-2], m.group(2))
    write_pdf(objects, root, target, info=info)
    return broken
