"""Whether a page's text layer can be read: old PDFs (Word + Distiller, scanners' "searchable
PDF", subset fonts without a ToUnicode map, custom ``/Differences`` with glyph names like
``/g3``, Type3 fonts) give text that is not what the page shows. Such a page is read by OCR.

Two signs, each cheap enough for every page (a few passes over the page's text in C, some
40 µs for a full page):

- characters no printed text holds: control codes, private-use code points, U+FFFD, or
  pdfminer's ``(cid:N)``: a font without a Unicode map reports its glyph codes. A symbol
  font's bullets (private use) are a few of a page's characters; an unmapped body font is
  most of them;
- letters whose frequencies read as no language: a font whose codes were read through
  another encoding gives valid letters in a shifted or scrambled order ("Wkh" for "The").
  The page's a-z counts are compared (cosine) with the counts of Norwegian and English text;
  a text of a few distinct letters ("xxxx" filler) is no encoding's work and is not judged.

A page can also hold one such font among good ones (only its headings set in a subset font
without a map): the first sign is then looked for in each font's text on its own
(``unreadable_font``), only on a page holding codes no text holds, so clean pages pay nothing.
A symbol font's bullets are a few glyphs used over and over, and its icons stand one at a
time; an unmapped text font's codes are many different ones, side by side in words.

Thresholds and the reference counts are data (``extractor/data/text-layer.json``), measured
with ``bench/text_layer.py`` on every page of the sets the project is measured on.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

RULES_FILE = "text-layer.json"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# controls (not the whitespace ones: they split words), C1 controls, surrogates, private use, U+FFFD
UNPRINTED = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x9f\ud800-\uf8ff\ufffd]|\\(cid:\\d+\\)")
NOT_A_TO_Z = bytes(code for code in range(128) if not 97 <= code <= 122)
A_TO_Z = range(97, 123)


@cache
def text_layer_rules() -> dict:
    text = resources.files("extractor.data").joinpath(RULES_FILE).read_text(encoding="utf-8")
    rules = {k: v for k, v in json.loads(text).items() if not k.startswith("_")}
    reference = [rules["letter_counts"][ch] for ch in LETTERS]
    rules["reference_norm"] = math.sqrt(sum(n * n for n in reference))
    rules["reference"] = reference
    return rules


def letter_counts(text: str) -> list[int]:
    """How often each of a-z occurs in ``text`` (any case; other letters are left out)."""
    letters = text.lower().encode("ascii", "ignore").translate(None, NOT_A_TO_Z)
    return [letters.count(code) for code in A_TO_Z] if letters else [0] * len(LETTERS)


def language_likeness(counts: list[int]) -> float:
    """Cosine of the page's letter counts with the reference counts (1: the same mix)."""
    rules = text_layer_rules()
    norm = math.sqrt(sum(n * n for n in counts))
    if not norm:
        return 0.0
    return sum(a * b for a, b in zip(counts, rules["reference"])) / (norm * rules["reference_norm"])


def unreadable_reason(text: str) -> str | None:
    """Why the text of a page (its words run together) is not what the page shows, or None."""
    rules = text_layer_rules()
    # most pages hold none: two quick looks spare them the regular expression
    maybe = not text.isprintable() or "\ufffd" in text or "(cid:" in text
    unprinted = UNPRINTED.findall(text) if maybe else ()
    if len(unprinted) >= rules["min_unprinted"]:
        length = len(text) - sum(len(u) - 1 for u in unprinted)  # a "(cid:N)" is one glyph
        if len(unprinted) >= rules["max_unprinted_share"] * length:
            return f"{len(unprinted) / length:.0%} of its characters are codes no text holds"
    counts = letter_counts(text)
    letters = sum(counts)
    if letters >= rules["min_letters"] and sum(map(bool, counts)) >= rules["min_distinct_letters"]:
        likeness = language_likeness(counts)
        # a short text strays further from the reference: below full_letters a lower bar
        if likeness < rules["min_likeness" if letters >= rules["full_letters"] else "min_likeness_short"]:
            return f"its letters read as no language (likeness {likeness:.2f})"
    return None


def unreadable_font(text: str, chars) -> tuple[str, str] | None:  # noqa: ANN001 - Char tuples (pdf_chars)
    """(font, why) when the text drawn in one of the page's fonts is mostly codes no text holds,
    of ``min_font_distinct_codes`` or more kinds and as many of them beside another one of the
    font (in words), or None. ``text``: the page's words run together; when it is printable no
    font's text can hold such codes and the chars are not looked at."""
    if text.isprintable() and "\ufffd" not in text and "(cid:" not in text:
        return None
    rules = text_layer_rules()
    by_font: dict[str, list[str]] = {}
    for char in chars:
        by_font.setdefault(char.font, []).append(char.text)
    least = rules["min_font_distinct_codes"]
    for font, texts in by_font.items():
        font_text = "".join(texts)
        unprinted = UNPRINTED.findall(font_text)
        if len(set(unprinted)) >= least and len(unprinted) >= rules["max_unprinted_share"] * len(font_text) \
                and _side_by_side(chars, font) >= least:
            share = len(unprinted) / len(font_text)
            return font, f"{share:.0%} of the characters in font {font} are codes no text holds"
    return None


def _side_by_side(chars, font: str) -> int:  # noqa: ANN001 - Char tuples
    """Unprinted glyphs of ``font`` next to another in page order: letters of words, where a
    symbol font's icons stand one at a time between words."""
    return sum(a.font == b.font == font and bool(UNPRINTED.fullmatch(a.text)) and bool(UNPRINTED.fullmatch(b.text))
               for a, b in zip(chars, chars[1:]))


@dataclass(frozen=True, slots=True)
class GarbledPage:
    number: int
    reason: str
    read_by_ocr: bool
    font_left_out: bool = False  # not read by OCR, but read without the unreadable font's text
    ocr_layer: bool = False  # readable, but another program's OCR over a scan (``pdf_glyphs.is_ocr_layer``)


def page_ranges(numbers: list[int]) -> str:
    """Page numbers as runs: [1, 2, 3, 5] → "1-3, 5"."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def pages_phrase(numbers: list[int]) -> str:
    """"page 3", or "pages 1-3, 5"."""
    return f"page {numbers[0]}" if len(numbers) == 1 else f"pages {page_ranges(numbers)}"


def garbled_warnings(pages: list[GarbledPage]) -> list[str]:
    """One warning for the pages whose invisible OCR layer was read again by OCR, one for the
    pages read by OCR instead, one for those left unread (OCR could not run or failed: its own
    warning says why) and one for those read without the text of their unreadable font, each
    with the first page's reason."""
    warnings = []
    relayered = [page.number for page in pages if page.ocr_layer]
    if relayered:
        warnings.append(f"the text layer of {pages_phrase(relayered)} is another program's OCR drawn invisibly over a scan; "
                        "read by OCR again")
    pages = [page for page in pages if not page.ocr_layer]
    for read, left_out, outcome in ((True, False, "read by OCR instead"), (False, False, "not read"),
                                    (False, True, "read without that font's text")):
        chosen = [page for page in pages if page.read_by_ocr is read and page.font_left_out is left_out]
        if chosen:
            first = chosen[0]
            why = first.reason if len(chosen) == 1 else f"page {first.number}: {first.reason}"
            warnings.append(f"the text layer of {pages_phrase([p.number for p in chosen])} cannot be read ({why}); "
                            f"{outcome}")
    return warnings
