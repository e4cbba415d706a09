"""The unreadable-text-layer test (``extractor/ingest/pdf_garble.py``) on every page of the
sets the project is measured on: how many pages it flags (each one a false positive: these
PDFs read fine), how close the others come to its thresholds, and what it costs a page; the
same for the test of each font's text on its own (``pdf_garble.unreadable_font``): pages
flagged, the most different unprinted codes one font holds, its cost a page.

    .venv/bin/python bench/text_layer.py [PDF ...] [--windows] [--write-reference]

Without PDFs: samples/, bench/devset, bench/heldout, ../shared/corpus, ../shared/corpus-real
and the 352-page book. Pages are read as the PDF reader reads them (pypdfium2's chars, the
reader's words). ``--write-reference`` stores the a-z counts of all those pages, per 10 000
letters, as the reference of ``extractor/data/text-layer.json`` (the sets hold Norwegian
bokmål and nynorsk reports and an English book; no text is kept, only the 26 counts).
``--windows`` adds the likeness of stretches of 60-250 letters of those pages, as they are and
garbled (every shift of a-z, glyph indexes), the margin the thresholds for short pages keep.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.ingest import pdf_garble  # noqa: E402
from extractor.ingest.pdf_glyphs import read_glyphs  # noqa: E402
from extractor.ingest.pdf_words import glyphs_to_content  # noqa: E402

SHARED = ROOT.parent / "shared"
SETS = {"samples": ROOT / "samples", "devset": ROOT / "bench" / "devset", "heldout": ROOT / "bench" / "heldout",
        "corpus": SHARED / "corpus", "corpus-real": SHARED / "corpus-real"}
BOOK = SHARED / "badfiles" / "public" / "pdf.js__freeculture.pdf"


def default_files() -> list[tuple[str, Path]]:
    files = [(name, path) for name, folder in SETS.items() for path in sorted(folder.glob("*.pdf"))]
    return files + ([("book", BOOK)] if BOOK.is_file() else [])


def iter_page_texts(path: Path):
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        print(f"skipped {path.name}: {exc}", file=sys.stderr)
        return
    try:
        for index in range(len(pdf)):
            try:
                page = pdf[index]
            except pdfium.PdfiumError as exc:
                print(f"skipped {path.name} page {index + 1}: {exc}", file=sys.stderr)
                continue
            try:
                glyphs = read_glyphs(page)
                content, _, _ = glyphs_to_content(glyphs, index + 1)
            finally:
                page.close()
            yield index + 1, "".join(w.text for w in content.words), glyphs.chars
    finally:
        pdf.close()


def max_font_codes(chars) -> int:  # noqa: ANN001 - Char tuples
    """The most different unprinted codes the text of one font on the page holds."""
    by_font: dict[str, set[str]] = {}
    for char in chars:
        if pdf_garble.UNPRINTED.fullmatch(char.text):
            by_font.setdefault(char.font, set()).add(char.text)
    return max(map(len, by_font.values()), default=0)


def letter_windows(texts: list[str], letters: int, count: int, rng: random.Random) -> list[str]:
    """Up to ``count`` stretches of the texts holding ``letters`` a-z letters each."""
    pool = [text for text in texts if sum(pdf_garble.letter_counts(text)) >= letters * 2]
    out = []
    for _ in range(count if pool else 0):
        text = rng.choice(pool)
        start = rng.randrange(len(text) // 2)
        end, seen = start, 0
        while end < len(text) and seen < letters:
            seen += "a" <= text[end].lower() <= "z"
            end += 1
        if seen == letters:
            out.append(text[start:end])
    return out


def shifted(text: str, shift: int) -> str:
    """a-z (and A-Z) moved ``shift`` places: valid letters in no language's order."""
    return "".join(chr((ord(ch.lower()) - 97 + shift) % 26 + 97) if "a" <= ch.lower() <= "z" else ch for ch in text)


def glyph_index(text: str) -> str:
    """ASCII moved down 29 places ("The" → "7KH"): a TrueType font's glyph indexes read as codes."""
    return "".join(chr(ord(ch) - 29) if 61 < ord(ch) < 128 else ch for ch in text)


def window_likeness(texts: list[str]) -> None:
    """Likeness of stretches of real text against the same stretches garbled, by length: how
    far apart the two lie where a page has few letters (the thresholds' margin)."""
    rng = random.Random(13)
    print(f"{'letters':>7} {'real: min':>9} {'0.1 %':>6} {'1 %':>6}   {'shifted: max':>12} {'99 %':>6}   "
          f"{'glyph index: max':>16}")
    for letters in (60, 80, 100, 150, 250):
        windows = letter_windows(texts, letters, 3000, rng)
        if not windows:
            continue
        real = sorted(pdf_garble.language_likeness(pdf_garble.letter_counts(w)) for w in windows)
        garbled = sorted(pdf_garble.language_likeness(pdf_garble.letter_counts(shifted(w, shift)))
                         for w in windows[:300] for shift in range(1, 26))
        indexes = max(pdf_garble.language_likeness(pdf_garble.letter_counts(glyph_index(w))) for w in windows)
        at = lambda values, share: values[min(len(values) - 1, int(share * len(values)))]  # noqa: E731
        print(f"{letters:7d} {real[0]:9.3f} {at(real, 0.001):6.3f} {at(real, 0.01):6.3f}   "
              f"{garbled[-1]:12.3f} {at(garbled, 0.99):6.3f}   {indexes:16.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--write-reference", action="store_true")
    parser.add_argument("--windows", action="store_true",
                        help="also the likeness of stretches of 60-250 letters, real and garbled")
    args = parser.parse_args(argv)
    files = [("given", p) for p in args.pdfs] or default_files()
    rules = pdf_garble.text_layer_rules()
    per_set: dict[str, dict] = {}
    total_counts = [0] * len(pdf_garble.LETTERS)
    seconds = font_seconds = 0.0
    texts: list[str] = []
    for name, path in files:
        row = per_set.setdefault(name, {"files": 0, "pages": 0, "flagged": [], "max_unprinted_share": 0.0,
                                        "min_likeness": 1.0, "max_font_codes": 0})
        row["files"] += 1
        for number, text, chars in iter_page_texts(path):
            texts.append(text)
            start = time.perf_counter()
            reason = pdf_garble.unreadable_reason(text)
            middle = time.perf_counter()
            font = pdf_garble.unreadable_font(text, chars)
            seconds += middle - start
            font_seconds += time.perf_counter() - middle
            reason = reason or (font and font[1])
            row["max_font_codes"] = max(row["max_font_codes"], max_font_codes(chars))
            row["pages"] += 1
            if reason:
                row["flagged"].append(f"{path.name} p{number}: {reason}")
            unprinted = len(pdf_garble.UNPRINTED.findall(text))
            row["max_unprinted_share"] = max(row["max_unprinted_share"], unprinted / max(len(text), 1))
            counts = pdf_garble.letter_counts(text)
            total_counts = [a + b for a, b in zip(total_counts, counts)]
            if sum(counts) >= rules["full_letters"]:
                row["min_likeness"] = min(row["min_likeness"], pdf_garble.language_likeness(counts))
    pages = sum(row["pages"] for row in per_set.values())
    flagged = sum(len(row["flagged"]) for row in per_set.values())
    print(f"{'set':12} {'files':>5} {'pages':>6} {'flagged':>7} {'max unprinted':>13} {'min likeness':>12} "
          f"{'max font codes':>14}")
    for name, row in per_set.items():
        print(f"{name:12} {row['files']:5d} {row['pages']:6d} {len(row['flagged']):7d} "
              f"{row['max_unprinted_share']:13.3f} {row['min_likeness']:12.3f} {row['max_font_codes']:14d}")
        for line in row["flagged"]:
            print("   ", line)
    print(f"all: {flagged} of {pages} pages flagged ({flagged / max(pages, 1):.2%}); "
          f"the test took {seconds / max(pages, 1) * 1e6:.0f} µs a page, the test per font "
          f"{font_seconds / max(pages, 1) * 1e6:.1f} µs")
    if args.windows:
        window_likeness(texts)
    if args.write_reference:
        letters = sum(total_counts)
        data_path = ROOT / "extractor" / "data" / pdf_garble.RULES_FILE
        data = json.loads(data_path.read_text(encoding="utf-8"))
        data["letter_counts"] = {ch: round(n * 10000 / letters) for ch, n in zip(pdf_garble.LETTERS, total_counts)}
        data_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote the reference counts of {letters} letters to {data_path}")


if __name__ == "__main__":
    main()
