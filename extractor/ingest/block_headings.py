"""Which PDF text blocks are headings, and their levels (``raws_to_blocks``), and which text
groups of an image are (``mark_image_headings``).

Headings are judged against the document's body text (the most common size by character
count): a short block set larger than the body, or entirely bold and not ending like a
sentence (over a table also in the table's smaller type), or a short standalone numbered line
("1.1 Selskapets virksomhet"). OCR words carry no weight, so on OCR pages a short capitalised
line standing alone (or leading a paragraph whose lines are much longer) counts too; so does such
a line in body type right above a paragraph that fills the column, on any page, and a short line
in capitals over such a paragraph or a table even with a paragraph gap between, or right under a
paragraph's last sentence with none; and a bold list item standing alone over text (a title that
a bullet or a number leads). Levels follow size rank (larger = higher level).
"""
from __future__ import annotations

import re
from collections import Counter

from extractor.document import Block, BlockKind, Provenance
from extractor.ingest.card_names import card_names, role_line
from extractor.ingest.blocks import (ADDRESS_IN_LINE, OCR_HEADING_SHARE, PARA_GAP_EM, SENTENCE_END, SIZE_STEP, RawBlock,
                                     caps_name, caps_title, ends_sentence, ocr_heading_like)

MAX_HEADING_WORDS = 20
MAX_BOLD_HEADING_WORDS = 15
MAX_NUMBERED_HEADING_WORDS = 12
PROSE_MIN_LINES = 3  # an image group of this many lines ...
PROSE_MIN_WORDS_PER_LINE = 6  # ... with this many words a line on average is running text
FULL_LINE_SLACK = 0.15  # a line ending within this share of its column's right edge fills it
MAX_LEVEL = 6
TABLE_TITLE_SIZE = 0.75  # a bold title over a table may be set as small as the table's text ...
MAX_TABLE_TITLE_WORDS = 8
SET_WIDTH_EM = 0.7  # ... on one line no wider than its characters need (a header row's columns spread it)
# ... naming the period it covers: a group label's row over a table's part on the next page ("Kortsiktig
# gjeld") names none
TITLE_PERIOD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}\.\d{1,2}\.")
BOX_HEADING_SIZE = 1.15  # a sidebar's line this much larger than its text heads the lines under it
MAX_CAPS_GAP_EM = 2.5  # a title in capitals stands at most this many font sizes above the text it heads
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S)")
DATE_IN_LINE = re.compile(r"\b\d{1,2}\.?\s*(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)[a-z]*\.?\s+\d{4}\b"
                          r"|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", re.IGNORECASE)


def _is_prose(text: str) -> bool:
    """A paragraph of running text: 3+ lines of sentence-length lines."""
    lines = text.split("\n")
    return len(lines) >= PROSE_MIN_LINES and len(text.split()) >= PROSE_MIN_WORDS_PER_LINE * len(lines)


def mark_image_headings(groups: list[tuple[Block, tuple[float, float, float, float]]]) -> None:
    """Headings among the text groups of one image, given top to bottom with their boxes (any
    unit), in place: in an image holding running text (a scanned page pasted into a report)
    a group of one short capitalised line that does not end like a sentence and has text
    under it is a heading, as on an OCR'd page. Captions in a photo collage and the lines of
    a pictured statement are no running text and stay image text; nothing from a "Sted,
    dato" line on is a heading. Levels are set once the document's are known
    (``level_image_headings``)."""
    if not any(_is_prose(b.text) for b, _ in groups):
        return
    for (block, box), (_, below) in zip(groups, groups[1:]):
        if DATE_IN_LINE.search(block.text):
            return  # what follows "Sted, dato" is signatures
        if "\n" not in block.text and ocr_heading_like(block.text) and _leads(box, below):
            block.kind = BlockKind.HEADING


def _leads(box: tuple[float, float, float, float], below: tuple[float, float, float, float]) -> bool:
    """``below`` starts under ``box`` and shares its left part: text the line heads, not a
    caption or a name beside it."""
    (x0, _, x1, bottom), (bx0, btop, bx1, _) = box, below
    return btop >= bottom - 1 and min(x1, bx1) - max(x0, bx0) > 0.5 * (x1 - x0)


def level_image_headings(items: list) -> None:
    """Headings read from an image have no font size to rank: they take the deepest level of
    the document's other headings (the level of a body-size bold heading)."""
    levels = [i.level for i in items if isinstance(i, Block) and i.kind is BlockKind.HEADING and i.level]
    for item in items:
        if isinstance(item, Block) and item.kind is BlockKind.HEADING and item.level is None:
            item.level = max(levels, default=1)


def numbering_depth(text: str) -> int:
    """1 for "3 Økonomi", 2 for "1.1 Selskapets virksomhet"; 0 for no numbering or a date."""
    m = NUMBERED.match(text)
    if not m or not m.group(2).isupper():
        return 0
    parts = m.group(1).split(".")
    if any(p.startswith("0") or int(p) > 30 for p in parts):
        return 0
    return len(parts)


def has_letters(text: str, count: int) -> bool:
    """Whether ``text`` holds ``count`` letters, read no further than the last of them (a
    paragraph's letters were all counted, for every block of a book)."""
    for c in text:
        if c.isalpha():
            count -= 1
            if count <= 0:
                return True
    return count <= 0


def heading_kind(raw: RawBlock, body_size: float, lone: bool = False) -> str | None:
    """'size', 'bold', 'number' or 'ocr' when the block reads as a heading, else None (see
    ``leads_paragraph`` for 'plain', decided with the next block). A bulleted item is none
    unless ``lone`` (``_lone_item``)."""
    text = raw.text
    if not has_letters(text, 2) or raw.list_item and not raw.lines[0].enumerated and not lone:
        return None
    size = raw.size
    sentence = ends_sentence(text)
    if size > body_size * SIZE_STEP and len(raw.lines) <= 3 and raw.words <= MAX_HEADING_WORDS \
            and not (text.endswith(".") and sentence):
        return "size"
    if raw.bold and size >= body_size * 0.95 and len(raw.lines) <= 2 and raw.words <= MAX_BOLD_HEADING_WORDS \
            and not sentence:
        return "bold"
    if _table_title(raw, body_size) and not sentence:
        return "bold"
    if small_caps_title(raw, body_size) and not sentence:
        return "small_caps"
    if len(raw.lines) == 1 and raw.words <= MAX_NUMBERED_HEADING_WORDS and numbering_depth(text) \
            and not SENTENCE_END.search(text):
        return "number"
    if raw.from_ocr and len(raw.lines) == 1 and ocr_heading_like(text):
        return "ocr"
    return None


def small_caps_title(raw: RawBlock, body_size: float) -> bool:
    """A title in small capitals (``small_caps``), as designers set headings no bolder and barely
    larger than the body: one line of them, at least the body's size, opening with a capital,
    not a person's name (a signature's or a board list's names in small capitals)."""
    return raw.small_caps and len(raw.lines) == 1 and raw.words <= MAX_BOLD_HEADING_WORDS \
        and raw.size >= body_size * 0.95 and raw.text[:1].isupper() and not caps_name(raw.text.upper())


def _table_title(raw: RawBlock, body_size: float) -> bool:
    """A statement's title in bold over its table, set in the table's smaller type ("Rekneskap
    1997", "Status 31.12.1997" over a tab-stop statement): one short line naming a period, not
    spread into columns as a header row is."""
    if not (raw.bold and raw.before_table and len(raw.lines) == 1 and raw.words <= MAX_TABLE_TITLE_WORDS
            and raw.size >= body_size * TABLE_TITLE_SIZE and TITLE_PERIOD.search(raw.text)):
        return False
    line = raw.lines[0]
    return line.x1 - line.x0 <= len(line.text) * line.size * SET_WIDTH_EM


def leads_paragraph(raw: RawBlock, below: RawBlock) -> bool:
    """A heading set in body type: one short capitalised line that does not end like a
    sentence and holds no web or e-mail address, directly followed by a paragraph of two or
    more lines whose first line fills the column. A label over a short line ("Leder" over a
    name), a one-line paragraph over another or a name in capitals over a presentation is not."""
    if raw.list_item or below.list_item or len(raw.lines) != 1 or len(below.lines) < 2 \
            or not ocr_heading_like(raw.text) or ADDRESS_IN_LINE.search(raw.text) or caps_name(raw.text):
        return False
    line, first = raw.lines[0], below.lines[0]
    column = first.region_x1 - first.x0
    return _continues_text(raw, below) and first.region_x1 - first.x1 < FULL_LINE_SLACK * column \
        and line.x1 - line.x0 < OCR_HEADING_SHARE * (first.x1 - first.x0)


def heads_in_caps(raw: RawBlock, below: RawBlock | None) -> bool:
    """A caps title (``caps_title``) on a line of its own in body type, over a table or over
    running text (two or more lines, the first filling the column) at most
    ``MAX_CAPS_GAP_EM`` below it in the same column: unlike a plain heading
    (``leads_paragraph``) it may stand a paragraph gap above its text."""
    if raw.list_item or len(raw.lines) != 1 or not caps_title(raw.text):
        return False
    if raw.before_table:
        return True
    if below is None or below.list_item or len(below.lines) < 2 or below.page != raw.page:
        return False
    line, first = raw.lines[0], below.lines[0]
    column = first.region_x1 - first.x0
    return first.region == line.region and first.size == line.size and first.bold == line.bold \
        and -1 < first.top - line.bottom < MAX_CAPS_GAP_EM * line.size \
        and first.region_x1 - first.x1 < FULL_LINE_SLACK * column


def _continues_text(upper: RawBlock, lower: RawBlock) -> bool:
    """``lower`` starts right under ``upper`` at line spacing (no paragraph gap), in the same
    column, size and weight: above a heading this means a list of short lines, not a heading."""
    last, first = upper.lines[-1], lower.lines[0]
    if lower.page != upper.page or first.region != last.region or first.size != last.size or first.bold != last.bold:
        return False
    return -1 < first.top - last.bottom < PARA_GAP_EM * last.size


def _closes_sentence(upper: RawBlock) -> bool:
    """``upper`` is text ending a sentence, not a list item: a caps title right under it at line
    spacing (a PDF set without space between paragraphs) starts a section, not a list's next line."""
    return not upper.list_item and upper.text[-1:] in ".!?"


def _in_list_run(upper: RawBlock, lower: RawBlock) -> bool:
    """Two short single lines one under the other at line spacing (no paragraph gap)."""
    if upper.page != lower.page or not all(len(r.lines) == 1 and ocr_heading_like(r.text) for r in (upper, lower)):
        return False
    gap = lower.lines[0].top - upper.lines[-1].bottom
    return -1 < gap < PARA_GAP_EM * max(upper.size, lower.size)


def size_levels(sizes: list[float], tolerance: float) -> dict[float, int]:
    """Heading sizes → level, largest first; sizes within ``tolerance`` share a level."""
    levels: dict[float, int] = {}
    level, last = 0, None
    for size in sorted(set(sizes), reverse=True):
        if last is None or last - size > tolerance:
            level += 1
            last = size
        levels[size] = min(level, MAX_LEVEL)
    return levels


def raws_to_blocks(raws: list[RawBlock], body_size: float) -> list[Block]:
    """Classify raw blocks (in document order) and give headings their levels; a sidebar's
    blocks are text-box blocks, as Word's text boxes are, and are left out of the body's
    neighbourhoods (a heading is judged by the body text under it)."""
    body = [r for r in raws if r.box is None]
    kinds_of = dict(zip(map(id, body), body_kinds(body, body_size)))
    ocr_doc = any(r.from_ocr for r in raws)
    big = [r.size for r in body if kinds_of[id(r)] == "size"]
    levels = size_levels(big, 1.0 if ocr_doc else 0.4)
    base = (max(levels.values()) if levels else 0) + 1
    box_heads = _box_headings([r for r in raws if r.box is not None])
    blocks = []
    for raw in raws:
        prov = Provenance(page=raw.page, bbox=raw.bbox(), ocr_confidence=_conf(raw))
        kind = kinds_of.get(id(raw))
        if raw.box is not None:
            head = id(raw) in box_heads
            blocks.append(Block(BlockKind.HEADING, raw.text, prov, level=base, in_box=True) if head
                          else Block(BlockKind.TEXT_BOX, raw.text, prov))
            continue
        if kind is None:
            blocks.append(Block(BlockKind.LIST_ITEM if raw.list_item else BlockKind.PARAGRAPH, raw.text, prov))
            continue
        level = levels[raw.size] if kind == "size" else base
        depth = numbering_depth(raw.text)
        if depth and kind != "size":
            level = max(level, depth)
        blocks.append(Block(BlockKind.HEADING, raw.text, prov, level=min(level, MAX_LEVEL)))
    return blocks


def _box_headings(raws: list[RawBlock]) -> set[int]:
    """Ids of sidebar blocks that head the box's lines under them ("Styret" over names and roles
    in a framed box): one line, set larger than the box's own text, not the box's last block."""
    out: set[int] = set()
    boxes: dict[tuple[int, int], list[RawBlock]] = {}
    for raw in raws:
        boxes.setdefault((raw.page, raw.box), []).append(raw)
    for members in boxes.values():
        sizes: Counter[float] = Counter()
        for raw in members:
            sizes[raw.size] += len(raw.text)
        text_size = sizes.most_common(1)[0][0]
        out |= {id(raw) for raw in members[:-1]
                if len(raw.lines) == 1 and raw.size >= BOX_HEADING_SIZE * text_size}
    return out


def body_kinds(raws: list[RawBlock], body_size: float) -> list[str | None]:
    """``heading_kind`` of each block in document order, with 'plain' headings
    (``leads_paragraph``) and OCR list runs decided against the neighbours."""
    kinds = [heading_kind(r, body_size) for r in raws]
    for i, raw in enumerate(raws):  # a lone bold list item over text titles its section
        if kinds[i] is None and raw.list_item and not raw.from_ocr and _lone_item(raws, i) \
                and heading_kind(raw, body_size, lone=True) == "bold":
            kinds[i] = "bold"
    for i, kind in enumerate(kinds):  # a tight run of short OCR lines is a list that lost its bullets
        if kind == "ocr" or kind == "bold" and raws[i].from_ocr:
            if i > 0 and _in_list_run(raws[i - 1], raws[i]) or i + 1 < len(raws) and _in_list_run(raws[i], raws[i + 1]):
                kinds[i] = None
    for i, kind in enumerate(kinds[:-1]):  # a card's bold name over its role, on this page or the next
        if kind == "bold" and card_names(raws[i].text) and role_line(raws[i + 1].text):
            kinds[i] = None
    for i, kind in enumerate(kinds[:-1]):
        if kind is None and not raws[i].from_ocr and leads_paragraph(raws[i], raws[i + 1]) \
                and not (i and _continues_text(raws[i - 1], raws[i])):
            kinds[i] = "plain"
    for i, kind in enumerate(kinds):
        below = raws[i + 1] if i + 1 < len(raws) and kinds[i + 1] is None else None
        if kind is None and not raws[i].from_ocr and heads_in_caps(raws[i], below) \
                and not (i and _continues_text(raws[i - 1], raws[i]) and not _closes_sentence(raws[i - 1])):
            kinds[i] = "caps"
    return kinds


def _lone_item(raws: list[RawBlock], i: int) -> bool:
    """A list item with no list item before or after it and body text or a table right under
    it: a section title that a list's bullet or number leads, as the DOCX reader takes Word's
    numbered titles (``docx_styles.lone_list_headings``); only a bold one becomes a heading."""
    raw = raws[i]
    after = raws[i + 1] if i + 1 < len(raws) else None
    return raw.list_item and not (i and raws[i - 1].list_item and raws[i - 1].page == raw.page) \
        and (raw.before_table or after is not None and not after.list_item and len(after.lines) >= 2)


def _conf(raw: RawBlock) -> float | None:
    confs = [ln.conf for ln in raw.lines if ln.conf is not None]
    return round(sum(confs) / len(confs), 3) if confs else None
