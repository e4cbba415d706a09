"""The text, kind and look of one Word paragraph, read from its XML.

Text is normalised as the PDF reader's is, so the same content gives the same blocks: NFC,
soft hyphens and zero-width spaces dropped, no-break spaces as one space, runs of whitespace
collapsed, trimmed. A paragraph keeps its line breaks as "\n" and its tabs as "\t" (stacked
lines, columns set with tab stops: the field readers split on them); headings, table cells and
headers/footers have them as spaces. Read here: what python-docx does not model in a paragraph
(runs inside content controls, text boxes and their mc:Fallback copies, tabs before the text),
and whether a table only lays text out (``lays_out_text``), which the body reader then reads as text.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterator

from lxml import etree

from extractor.document import BlockKind
from extractor.ingest.docx_styles import Look, StyleInfo, half_points, is_on, outline_to_level
from extractor.ingest.docx_tables import iter_children, w, w_val
from extractor.tables.base import LAYOUT_PARAGRAPHS, MAX_LAYOUT_COLUMNS

MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# Parts of a paragraph whose text is not the paragraph's: properties, field instructions,
# deleted revisions, text boxes (read as their own blocks) and mc:Fallback (a copy of mc:Choice).
_SKIP = {w("pPr"), w("rPr"), w("instrText"), w("delText"), w("del"), w("moveFrom"), w("fldData"), w("txbxContent"), MC_FALLBACK}
_TABS = {w("tab"), w("ptab")}
_BREAKS = {w("br"), w("cr")}
BOX_OR_FALLBACK = {w("txbxContent"), MC_FALLBACK}
_WS = re.compile(r"\s+")
_SPACES = re.compile(r"[^\S\t\n]+")  # whitespace other than tabs and line breaks
_AROUND_BREAKS = re.compile(r" *([\t\n]) *")
_BREAK_RUN = re.compile(r"\n[\s]*\n")


def normalize_text(text: str, keep_breaks: bool = False) -> str:
    """Whitespace and invisible characters as the PDF reader leaves them (see module doc);
    ``keep_breaks``: tabs and line breaks stay (empty lines dropped)."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    if not keep_breaks:
        return _WS.sub(" ", text).strip()  # \s covers tabs, newlines, U+00A0, U+2007, U+202F
    text = _AROUND_BREAKS.sub(r"\1", _SPACES.sub(" ", text))
    return _BREAK_RUN.sub("\n", text).strip()


def inside(el: etree._Element, stop: etree._Element, tags: set[str]) -> bool:
    """Whether an ancestor of ``el`` below ``stop`` has one of ``tags``."""
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def iter_run_text(el: etree._Element) -> Iterator[str]:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == w("t"):
            yield child.text or ""
        elif tag in _TABS:
            yield "\t"
        elif tag in _BREAKS:  # a page or column break inside a paragraph separates no lines
            yield " " if child.get(w("type")) in ("page", "column") else "\n"
        elif tag == w("noBreakHyphen"):
            yield "-"
        else:
            yield from iter_run_text(child)


def paragraph_text(p: etree._Element) -> str:
    """The paragraph's text with its tabs and line breaks (see module doc)."""
    return normalize_text("".join(iter_run_text(p)), keep_breaks=True)


def leading_tab(p: etree._Element) -> bool:
    """A tab before the paragraph's text, which the trimmed text lost: an empty first column.
    Read only up to the first text (every paragraph without a tab in its text is asked)."""
    for piece in iter_run_text(p):
        if piece := piece.lstrip(" "):
            return piece.startswith("\t")
    return False


def tab_cells(p: etree._Element) -> list[str]:
    """The paragraph cut at its tabs, untrimmed (a leading tab is an empty first column)."""
    return [normalize_text(part) for part in "".join(iter_run_text(p)).split("\t")]


def iter_text_boxes(p: etree._Element) -> Iterator[etree._Element]:
    """Text boxes anchored in ``p``, outermost only, skipping the mc:Fallback copies."""
    for box in p.iter(w("txbxContent")):
        if not inside(box, p, BOX_OR_FALLBACK):
            yield box


def iter_blocks(container: etree._Element) -> Iterator[etree._Element]:
    """``w:p`` and ``w:tbl`` children, looking through content controls."""
    for child in container:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            yield from iter_blocks(child)


def iter_block_paths(container: etree._Element, prefix: str) -> Iterator[tuple[etree._Element, str, str]]:
    """Each block of ``iter_blocks`` with its kind ("p" or "tbl") and its path, counted per kind
    under ``prefix`` ("<prefix>/p[2]", "<prefix>/tbl[0]"): where an item's provenance points."""
    counts = {"p": 0, "tbl": 0}
    for el in iter_blocks(container):
        kind = "p" if el.tag == w("p") else "tbl"
        yield el, kind, f"{prefix}/{kind}[{counts[kind]}]"
        counts[kind] += 1


def paragraph_look(p: etree._Element, style: StyleInfo | None, default_size: float) -> Look:
    """Dominant run size (by characters) and whether every run with text is bold."""
    style_size = style.size if style else default_size
    sizes: Counter[float] = Counter()
    bold = True
    for run in p.iter(w("r")):
        text = "".join(iter_run_text(run)).strip()
        if not text or inside(run, p, BOX_OR_FALLBACK):
            continue
        rpr = run.find(w("rPr"))
        bold_el = rpr.find(w("b")) if rpr is not None else None
        bold &= is_on(bold_el) if bold_el is not None else bool(style and style.bold)
        sizes[(half_points(rpr.find(w("sz"))) if rpr is not None else None) or style_size] += len(text)
    return Look(sizes.most_common(1)[0][0] if sizes else style_size, bold and bool(sizes))


def paragraph_kind(p: etree._Element, style: StyleInfo | None) -> tuple[BlockKind, int | None]:
    """Heading by style name or outline level, list item by style or numbering, else paragraph
    (unstyled headings are found afterwards by ``promote_headings``)."""
    ppr = p.find(w("pPr"))
    outline = outline_to_level(w_val(ppr.find(w("outlineLvl")))) if ppr is not None else None
    level = (outline or None) if outline is not None else (style.heading_level if style else None)
    if level:
        return BlockKind.HEADING, level
    num_id = w_val(ppr.find(f"{w('numPr')}/{w('numId')}")) if ppr is not None else None
    if (num_id and num_id != "0") or (style and style.is_list and num_id != "0"):
        return BlockKind.LIST_ITEM, None
    return BlockKind.PARAGRAPH, None


SENTENCE_WORDS = 8  # words of a cell's sentence: running text, which no data table holds in two cells of a row
_SENTENCE_END = re.compile(r"[.!?»\"”)]\s*$")


def _sentence(text: str) -> bool:
    return len(text.split()) >= SENTENCE_WORDS and bool(_SENTENCE_END.search(text))


def parallel_lines(cells: list[list[str]]) -> bool:
    """One row's cells as columns of as many short lines, many ("Leder¶Nestleder¶..." beside
    "Randi Holm¶Einar Kvist¶..." beside "tlf. ..."): a list set line beside line, each line a
    row to the eye, not a facts column beside the text."""
    counts = {len(lines) for lines in cells}
    return len(cells) >= 2 and len(counts) == 1 and min(counts) >= LAYOUT_PARAGRAPHS \
        and not any(_sentence(t) for lines in cells for t in lines)


def lays_out_text(tbl: etree._Element) -> bool:
    """Whether a table only lays text out: one row of two or three cells, one holding many
    paragraphs (a facts column beside the text), or each holding a table under its text (a
    label and its table side by side), or two or three columns whose rows mostly hold
    running text side by side (a text and its translation). Its cells are then read as text."""
    rows = [list(iter_children(tr, w("tc"))) for tr in iter_children(tbl, w("tr"))]
    if not rows or not all(2 <= len(r) <= MAX_LAYOUT_COLUMNS for r in rows):
        return False
    texts = [[[paragraph_text(el).strip() for el in iter_blocks(tc) if el.tag == w("p")] for tc in r] for r in rows]
    if len(rows) == 1 and all(any(el.tag == w("tbl") for el in iter_blocks(tc)) for tc in rows[0]) \
            and any(any(ps) for ps in texts[0]):
        return True  # a cell each for a label and its own table ("Om bedriften" over the owners, "Styret" over the board)
    if len(rows) == 1 and max(sum(map(bool, ps)) for ps in texts[0]) >= LAYOUT_PARAGRAPHS:
        return not parallel_lines([[t for p in ps for t in p.split("\n") if t.strip()] for ps in texts[0]])
    side_by_side = sum(sum(any(map(_sentence, ps)) for ps in r) >= 2 for r in texts)
    return len(rows) >= 2 and side_by_side * 2 >= len(rows)
