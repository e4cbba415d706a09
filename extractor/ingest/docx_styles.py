"""Word paragraph styles, and headings in documents written without heading styles.

Styles are looked up and followed along ``w:basedOn`` by python-docx (``Styles.get_by_id``,
which falls back to the default paragraph style as Word does, and ``BaseStyle.base_style``).
Styled headings come from the style name ("heading 2", "Overskrift 2") or an outline level.
Unstyled paragraphs are judged as the PDF reader judges lines
(``extractor.ingest.block_headings.heading_kind``), so the same content reads the same in both formats:
a short paragraph set larger than the body text, or entirely bold and not ending like a
sentence, or a short numbered line ("1.2 Styrets arbeid").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.exceptions import PythonDocxError
from docx.oxml.exceptions import XmlchemyError
from docx.styles.style import BaseStyle
from docx.styles.styles import Styles
from lxml import etree

from extractor.document import Block, BlockKind, Table
from extractor.ingest.blocks import caps_title, ends_sentence
from extractor.ingest.docx_tables import w, w_val
from extractor.parse import ascii_int

HEADING_NAME = re.compile(r"^(heading|overskrift|rubrik|überschrift|titre|kop)\s*([1-9])$", re.IGNORECASE)
TITLE_NAMES = {"title", "tittel"}
LIST_NAME = re.compile(r"\blist|\bliste|punktliste|nummerliste", re.IGNORECASE)
FALSE_VALUES = {"0", "false", "off"}
WORD_DEFAULT_SIZE = 10.0  # points, when neither the style nor docDefaults set w:sz
MAX_BASED_ON = 20  # a w:basedOn chain this long is a loop or a fuzzed file
# What python-docx's typed accessors raise on malformed markup (``<w:name/>``, a bad ``w:type``).
DOCX_MARKUP_ERRORS = (PythonDocxError, XmlchemyError, ValueError, etree.XPathError)

# The PDF reader's thresholds (extractor.ingest.blocks), kept equal for the minimal pair.
SIZE_STEP = 1.12
MAX_SIZE_HEADING_WORDS = 20
MAX_BOLD_HEADING_WORDS = 15
MAX_NUMBERED_HEADING_WORDS = 12
MAX_LEVEL = 6
MIN_TEXT_WORDS = 12  # a paragraph of running text: about two lines of prose or more
SENTENCE_END = re.compile(r"[.!?;,]$")
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S)")


@dataclass(slots=True)
class StyleInfo:
    heading_level: int | None = None
    is_list: bool = False
    bold: bool = False
    size: float = WORD_DEFAULT_SIZE  # points


@dataclass(slots=True)
class Look:
    """How an unstyled body paragraph is set: its dominant size and whether all of it is bold."""

    size: float
    bold: bool
    leads_text: bool = False  # running text or a table follows it (``mark_text_leads``)


class StyleBook:
    """The paragraph styles of one document, resolved once per ``w:pStyle`` value."""

    def __init__(self, styles: Styles | None):
        self.styles = styles
        sz = styles.element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('sz')}") if styles else None
        self.default_size = half_points(sz) or WORD_DEFAULT_SIZE
        self._resolved: dict[str | None, StyleInfo | None] = {}

    def of(self, p: etree._Element) -> StyleInfo | None:
        """The style of a ``w:p`` (python-docx's ``CT_P``); None without a styles part, or when
        python-docx cannot read the style's markup (the paragraph is then read as unstyled)."""
        if self.styles is None:
            return None
        try:
            style_id = p.style
            if style_id not in self._resolved:
                style = self.styles.get_by_id(style_id, WD_STYLE_TYPE.PARAGRAPH)
                self._resolved[style_id] = resolve_style(style, self.default_size) if style else None
            return self._resolved[style_id]
        except DOCX_MARKUP_ERRORS:
            return None


def is_on(el: etree._Element | None) -> bool:
    """A toggle property such as ``<w:b/>``: present and not switched off."""
    return el is not None and (w_val(el) or "true").lower() not in FALSE_VALUES


def half_points(el: etree._Element | None) -> float | None:
    value = ascii_int(w_val(el))
    return value / 2 if value is not None and 0 < value < 4000 else None


def outline_to_level(value: str | None) -> int | None | bool:
    """``w:outlineLvl`` 0-8 → heading level 1-9; 9 (body text) → False; absent → None."""
    level = ascii_int(value)
    if level is None:
        return None
    return level + 1 if level < 9 else False


def resolve_style(style: BaseStyle, default_size: float) -> StyleInfo:
    """Heading level, list-ness, boldness and size along the ``base_style`` chain: the nearest
    style that sets a property wins; list-ness from any of them. Name, ``w:b`` and ``w:sz`` are
    read leniently, as for runs (python-docx's ``name`` and ``font`` raise on a bad value)."""
    level: int | None = None
    bold: bool | None = None
    size: float | None = None
    is_list = False
    seen: set[str | None] = set()
    current: BaseStyle | None = style
    while current is not None and current.type == WD_STYLE_TYPE.PARAGRAPH and current.style_id not in seen and len(seen) < MAX_BASED_ON:
        seen.add(current.style_id)
        name = (w_val(current.element.find(w("name"))) or current.style_id or "").strip()
        ppr, rpr = current.element.pPr, current.element.rPr
        if level is None:
            match = HEADING_NAME.match(name) or HEADING_NAME.match(current.style_id or "")
            if match:
                level = int(match.group(2))
            elif name.lower() in TITLE_NAMES:
                level = 1
            elif (outline := outline_to_level(w_val(ppr.find(w("outlineLvl"))) if ppr is not None else None)) is not None:
                level = outline or 0  # False (body text) stops the search with no level
        num_id = w_val(ppr.find(f"{w('numPr')}/{w('numId')}")) if ppr is not None else None
        is_list |= bool(num_id and num_id != "0") or bool(LIST_NAME.search(name))
        if bold is None and rpr is not None and rpr.find(w("b")) is not None:
            bold = is_on(rpr.find(w("b")))
        size = size if size is not None or rpr is None else half_points(rpr.find(w("sz")))
        current = current.base_style
    return StyleInfo(level or None, is_list, bool(bold), size or default_size)


def numbering_depth(text: str) -> int:
    """"1.2 Styret" → 2; 0 when not a numbered heading (lower-case start, 0-prefixed, > 30)."""
    match = NUMBERED.match(text)
    if not match or not match.group(2).isupper():
        return 0
    parts = match.group(1).split(".")
    if any(p.startswith("0") or int(p) > 30 for p in parts):
        return 0
    return len(parts)


def heading_kind(text: str, look: Look, body_size: float) -> str | None:
    """'size', 'bold', 'number' or 'caps' when an unstyled paragraph reads as a heading, else None."""
    words = len(text.split())
    if sum(c.isalpha() for c in text) < 2:
        return None
    if look.size > body_size * SIZE_STEP and words <= MAX_SIZE_HEADING_WORDS \
            and not (text.endswith(".") and ends_sentence(text)):
        return "size"
    if look.bold and look.size >= body_size * 0.95 and words <= MAX_BOLD_HEADING_WORDS and not ends_sentence(text):
        return "bold"
    if words <= MAX_NUMBERED_HEADING_WORDS and numbering_depth(text) and not SENTENCE_END.search(text):
        return "number"
    if look.leads_text and "\n" not in text and caps_title(text):
        return "caps"
    return None


def mark_text_leads(items: list, looks: dict[int, tuple[Block, Look]]) -> None:
    """Set ``Look.leads_text``, in place, on the unstyled paragraphs that a table or a paragraph
    of running text (``MIN_TEXT_WORDS``) follows: what a caps title heads, unlike a caps name
    over its role in a board list."""
    for item, after in zip(items, items[1:]):
        if id(item) in looks:
            looks[id(item)][1].leads_text = isinstance(after, Table) or isinstance(after, Block) and \
                after.kind is BlockKind.PARAGRAPH and len(after.text.split()) >= MIN_TEXT_WORDS


def body_size_of(looks: dict[int, tuple[Block, Look]]) -> float:
    sizes: Counter[float] = Counter()
    for block, look in looks.values():
        sizes[look.size] += len(block.text)
    return sizes.most_common(1)[0][0] if sizes else WORD_DEFAULT_SIZE


def lone_list_headings(items: list, list_looks: dict[int, tuple[Block, Look]],
                       looks: dict[int, tuple[Block, Look]]) -> None:
    """A section title numbered by Word's list numbering (shown as "2. Økonomi", the number not
    in the text) is a list item standing alone: no list item next to it, body text or a table
    right after it. When it is also set as a bold heading (``heading_kind``), it is moved, in
    place, to the unstyled paragraphs that ``promote_headings`` judges; a list of bold items
    stays a list."""
    body_size = body_size_of(looks)
    for i, item in enumerate(items):
        if id(item) not in list_looks:
            continue
        block, look = list_looks[id(item)]
        before, after = items[i - 1] if i else None, items[i + 1] if i + 1 < len(items) else None
        alone = id(before) not in list_looks and (
            isinstance(after, Table) or isinstance(after, Block) and after.kind is BlockKind.PARAGRAPH)
        if alone and heading_kind(block.text, look, body_size) == "bold":
            block.kind = BlockKind.PARAGRAPH
            looks[id(block)] = (block, look)


def promote_headings(looks: dict[int, tuple[Block, Look]], styled_levels: list[int]) -> None:
    """Turn unstyled paragraphs that read as headings into HEADING blocks, in place.

    Levels: with styled headings present, one below the deepest styled level, or the numbering
    depth ("2.1" → 2); otherwise as the PDF reader: by size rank (larger = higher), bold and
    numbered ones below the smallest size, the numbering depth as a floor.
    """
    body_size = body_size_of(looks)
    kinds = {key: heading_kind(block.text, look, body_size) for key, (block, look) in looks.items()}
    sizes = sorted({looks[k][1].size for k, kind in kinds.items() if kind == "size"}, reverse=True)
    size_rank: dict[float, int] = {}
    rank, last = 0, None
    for size in sizes:
        if last is None or last - size > 0.4:
            rank, last = rank + 1, size
        size_rank[size] = rank
    base = (max(styled_levels) if styled_levels else max(size_rank.values(), default=0)) + 1
    for key, kind in kinds.items():
        if kind is None:
            continue
        block, look = looks[key]
        level = size_rank[look.size] if kind == "size" and not styled_levels else base
        depth = numbering_depth(block.text)
        if depth:
            level = depth if styled_levels else max(level, depth)
        block.kind = BlockKind.HEADING
        block.level = min(level, MAX_LEVEL)
