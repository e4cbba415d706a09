"""Lines → paragraphs, list items and headings, with hyphenation repaired.

Paragraph breaks come from what a typesetter leaves behind: a vertical gap larger than the
page's usual line gap, a change of font size or weight, a first-line indent, a bullet, or a
line that ends early although the next line's first word would have fitted on it.

Headings are judged against the document's body text (the most common size by character
count): a short block set larger than the body, or entirely bold and not ending like a
sentence, or a short standalone numbered line ("1.1 Selskapets virksomhet"). OCR words carry
no weight, so on OCR pages a short capitalised line standing alone (or leading a paragraph
whose lines are much longer) counts too; so does such a line in body type right above a
paragraph that fills the column, on any page, and a short line in capitals over such a
paragraph or a table even with a paragraph gap between. Levels follow size rank (larger =
higher level).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from extractor.document import Block, BlockKind, Provenance
from extractor.gazetteers import is_first_name
from extractor.ingest.layout import DASHES, Line, PageItem, Placed

PARA_GAP_EM = 0.6  # a vertical gap above this many font sizes ends a paragraph ...
PARA_GAP_OVER_USUAL_EM = 0.35  # ... or this much above the page's usual line gap
INDENT_EM = 1.0  # a line starting this much further right starts a new paragraph
EARLY_END_SLACK_EM = 1.0  # room left on a line beyond the next word + this = deliberate break
SHORT_LINE_SHARE = 0.35  # ... and a line ending with this share of its column free is short
SIZE_STEP = 1.12  # a size ratio above this is a change of size (a heading is larger)
MAX_HEADING_WORDS = 20
MAX_BOLD_HEADING_WORDS = 15
MAX_NUMBERED_HEADING_WORDS = 12
MAX_OCR_HEADING_WORDS = 8
PROSE_MIN_LINES = 3  # an image group of this many lines ...
PROSE_MIN_WORDS_PER_LINE = 6  # ... with this many words a line on average is running text
OCR_HEADING_SHARE = 0.6  # an OCR heading line is shorter than this share of the next line
FULL_LINE_SLACK = 0.15  # a line ending within this share of its column's right edge fills it
MAX_LEVEL = 6
MIN_CAPS_LETTERS = 4  # a title in capitals has at least this many letters ("ØKONOMI", not "IL")
MAX_CAPS_GAP_EM = 2.5  # ... and stands at most this many font sizes above the text it heads

KEEP_HYPHEN_BEFORE = frozenset({"og", "eller", "and", "or", "samt", "enn", "til"})
SENTENCE_END = re.compile(r"[.!?;,]$")
DATE_END = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.$")  # "Balanse 31.12.": a date's dot ends no sentence
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S)")
ADDRESS_IN_LINE = re.compile(r"@|\bwww\.|https?://|\w\.(?:no|com|org|net)\b", re.IGNORECASE)
DATE_IN_LINE = re.compile(r"\b\d{1,2}\.?\s*(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)[a-z]*\.?\s+\d{4}\b"
                          r"|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", re.IGNORECASE)


@dataclass(slots=True)
class RawBlock:
    page: int
    lines: list[Line]
    from_ocr: bool
    list_item: bool = False
    text: str = ""
    words: int = field(default=0)
    box: int | None = None  # the sidebar it stands in (see ``Line.box``)
    before_table: bool = False  # a table follows it directly

    @property
    def size(self) -> float:
        sizes: Counter[float] = Counter()
        for line in self.lines:
            sizes[line.size] += len(line.text)
        return sizes.most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        return all(line.bold for line in self.lines)

    def bbox(self) -> tuple[float, float, float, float]:
        return (round(min(ln.x0 for ln in self.lines), 2), round(min(ln.top for ln in self.lines), 2),
                round(max(ln.x1 for ln in self.lines), 2), round(max(ln.bottom for ln in self.lines), 2))


# ---------- hyphenation ----------

def _at_sentence_start(text: str) -> bool:
    tokens = text.split()
    return len(tokens) < 2 or tokens[-2][-1] in ".!?:"


def join_hyphenated(left: str, right: str, sep: str = " ") -> str:
    """Join two line texts with ``sep``; repair a word split at the line end.

    "arbeids-" + "trening" → "arbeidstrening", but the hyphen stays before "og"/"eller"
    ("kvalitet- og ledelse"), before an upper-case word, after an acronym or number
    ("VTA-plasser", "2022-2023") and after a capitalised word inside a sentence, which in
    Norwegian marks a compound with a name ("Senterparti-regjeringen", "Asker-bedriften").
    """
    if not left:
        return right
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if len(left) < 2 or left[-1] not in "-\u2010" or not left[-2].isalnum():
        return f"{left}{sep}{right}"
    part = left.rsplit(None, 1)[-1][:-1].rsplit("-", 1)[-1]
    nxt = right.split(" ", 1)[0]
    if nxt.lower().strip(",.") in KEEP_HYPHEN_BEFORE:
        return f"{left}{sep}{right}"
    if not nxt or not nxt[0].islower():
        return left + right
    acronym = any(c.isdigit() for c in part) or (sum(c.isupper() for c in part) >= 2 and part.upper() == part)
    proper = part[:1].isupper() and not _at_sentence_start(left)
    if acronym or proper:
        return left + right
    return left[:-1] + right


# ---------- paragraphs ----------

def usual_line_gap(lines: list[Line]) -> float:
    """Most common gap between consecutive lines of the same size on a page."""
    gaps: Counter[float] = Counter()
    for a, b in zip(lines, lines[1:]):
        gap = b.top - a.bottom
        if a.region == b.region and a.size == b.size and -1 < gap < 1.5 * a.size:
            gaps[round(gap * 2) / 2] += 1
    return gaps.most_common(1)[0][0] if gaps else 0.0


def _starts_item(line: Line, prev: Line | None, block: RawBlock | None) -> bool:
    if not line.bullet:
        return line.enumerated and (block is None or block.list_item or prev is None or prev.text.endswith(":"))
    if line.bullet not in DASHES:
        return True
    # a dash leads a list only after a colon, after another dash item or at a block start
    return block is None or (block.list_item and block.lines[0].bullet == line.bullet) or (
        prev is not None and prev.text.endswith(":"))


def _breaks(prev: Line, line: Line, block: RawBlock, usual_gap: float) -> bool:
    size = max(prev.size, line.size)
    if line.region != prev.region:
        return True
    if max(prev.size, line.size) / max(min(prev.size, line.size), 0.1) > SIZE_STEP or prev.bold != line.bold:
        return True
    gap = line.top - prev.bottom
    if gap > max(PARA_GAP_EM * size, usual_gap + PARA_GAP_OVER_USUAL_EM * size):
        return True
    if prev.text[-1:] in ".!?" and line.text.isupper() and caps_title(line.text):
        return True  # a title in capitals after a sentence's end (paragraphs no further apart than lines)
    if block.list_item:
        return line.x0 < block.lines[0].text_x0 - 0.5 * size
    if line.x0 > prev.x0 + INDENT_EM * size and len(block.lines) > 1:
        return True
    if prev.bold and line.bold and not any(c.isalpha() for c in line.text):
        return False  # a bold title broken before its year ("ÅRSMELDING" / "2023")
    # a line that ends although the next word would have fitted was broken on purpose:
    # after a full stop or colon, or when it stops well short of the column edge
    room = prev.region_x1 - prev.x1
    if room <= line.first_word_width + EARLY_END_SLACK_EM * size:
        return False
    return prev.text[-1:] in ".!?:;" or room > SHORT_LINE_SHARE * (prev.region_x1 - prev.x0)


def items_to_raw(page: int, items: list[PageItem], from_ocr: bool) -> list[RawBlock | Placed]:
    """Group one page's lines into raw blocks; placed items pass through in order. A sidebar's
    blocks go before the first body block that starts below the sidebar's top: beside the
    body text where the box starts, never inside a paragraph."""
    lines = [i for i in items if isinstance(i, Line)]
    # the body's usual gap, which a box's spaced-out lines must not outvote
    usual_gap = usual_line_gap([ln for ln in lines if ln.box is None] or lines)
    body = group_lines(page, [i for i in items if not (isinstance(i, Line) and i.box is not None)], from_ocr, usual_gap)
    boxes: dict[int, list[Line]] = {}
    for item in items:
        if isinstance(item, Line) and item.box is not None:
            boxes.setdefault(item.box, []).append(item)
    for box, lines in boxes.items():
        # a box's lines are mostly a list (names, roles, contact details): they keep their breaks
        raws = group_lines(page, lines, from_ocr, usual_gap, sep="\n")
        for raw in raws:
            raw.box = box
        top = min(line.top for line in lines)
        at = next((k for k, r in enumerate(body) if _top_of(r) >= top - 1), len(body))
        body[at:at] = raws
    return body


def _top_of(item: RawBlock | Placed) -> float:
    return item.top if isinstance(item, Placed) else min(line.top for line in item.lines)


def group_lines(page: int, items: list[PageItem], from_ocr: bool, usual_gap: float,
                sep: str = " ") -> list[RawBlock | Placed]:
    """Group lines into raw blocks (``usual_gap``: the page's usual line gap), their texts joined
    with ``sep``; placed items pass through in order."""
    out: list[RawBlock | Placed] = []
    block: RawBlock | None = None
    prev: Line | None = None
    for item in items:
        if isinstance(item, Placed):
            out.append(item)
            block, prev = None, None
            continue
        item_start = _starts_item(item, prev, block)
        if not item_start and item.bullet:  # a dash that leads no list is text
            item.text = f"{item.bullet} {item.text}"
            item.bullet = ""
        if block is None or item_start or _breaks(prev, item, block, usual_gap):
            block = RawBlock(page, [item], from_ocr, list_item=item_start)
            out.append(block)
        else:
            block.lines.append(item)
        prev = item
    for raw in out:
        if isinstance(raw, RawBlock):
            text = ""
            for line in raw.lines:
                text = join_hyphenated(text, line.text, sep)
            raw.text = text.strip()
            raw.words = len(raw.text.split())
    return [r for r in out if not isinstance(r, RawBlock) or r.text]


def split_ocr_heading(raw: RawBlock) -> list[RawBlock]:
    """On OCR pages a heading in body size often sits on a paragraph at line spacing:
    split off a short capitalised first line when the next line is much longer."""
    if not raw.from_ocr or raw.list_item or len(raw.lines) < 2:
        return [raw]
    first, second = raw.lines[0], raw.lines[1]
    if not _ocr_heading_like(first.text) or (first.x1 - first.x0) > OCR_HEADING_SHARE * (second.x1 - second.x0):
        return [raw]
    head = RawBlock(raw.page, [first], True, text=first.text, words=len(first.text.split()))
    rest_text = ""
    for line in raw.lines[1:]:
        rest_text = join_hyphenated(rest_text, line.text)
    rest = RawBlock(raw.page, raw.lines[1:], True, text=rest_text.strip(), words=len(rest_text.split()))
    return [head, rest]


def _ocr_heading_like(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= MAX_OCR_HEADING_WORDS and (text[0].isupper() or text[0].isdigit())
            and not SENTENCE_END.search(text) and sum(c.isalpha() for c in text) >= 3)


# ---------- headings ----------

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
        if "\n" not in block.text and _ocr_heading_like(block.text) and _leads(box, below):
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


def heading_kind(raw: RawBlock, body_size: float) -> str | None:
    """'size', 'bold', 'number' or 'ocr' when the block reads as a heading, else None (see
    ``leads_paragraph`` for 'plain', decided with the next block)."""
    text = raw.text
    if sum(c.isalpha() for c in text) < 2 or raw.list_item and not raw.lines[0].enumerated:
        return None
    size = raw.size
    ends_sentence = bool(SENTENCE_END.search(text)) and not DATE_END.search(text)
    if size > body_size * SIZE_STEP and len(raw.lines) <= 3 and raw.words <= MAX_HEADING_WORDS \
            and not (text.endswith(".") and ends_sentence):
        return "size"
    if raw.bold and size >= body_size * 0.95 and len(raw.lines) <= 2 and raw.words <= MAX_BOLD_HEADING_WORDS \
            and not ends_sentence:
        return "bold"
    if len(raw.lines) == 1 and raw.words <= MAX_NUMBERED_HEADING_WORDS and numbering_depth(text) \
            and not SENTENCE_END.search(text):
        return "number"
    if raw.from_ocr and len(raw.lines) == 1 and _ocr_heading_like(text):
        return "ocr"
    return None


def leads_paragraph(raw: RawBlock, below: RawBlock) -> bool:
    """A heading set in body type: one short capitalised line that does not end like a
    sentence and holds no web or e-mail address, directly followed by a paragraph of two or
    more lines whose first line fills the column. A label over a short line ("Leder" over a
    name) or a one-line paragraph over another is not."""
    if raw.list_item or below.list_item or len(raw.lines) != 1 or len(below.lines) < 2 \
            or not _ocr_heading_like(raw.text) or ADDRESS_IN_LINE.search(raw.text):
        return False
    line, first = raw.lines[0], below.lines[0]
    column = first.region_x1 - first.x0
    return _continues_text(raw, below) and first.region_x1 - first.x1 < FULL_LINE_SLACK * column \
        and line.x1 - line.x0 < OCR_HEADING_SHARE * (first.x1 - first.x0)


def caps_title(text: str) -> bool:
    """A short title in capitals ("STYRETS ARBEID", "NOTE 2 – LØNNSKOSTNADER"): a heading-like
    line (``_ocr_heading_like``) whose letters are all upper-case, holding no web or e-mail
    address and not a person's name in capitals ("KARI NORDLI": a first name, two to four
    words, no digit), which board lists and signature blocks print."""
    if not text.isupper() or sum(c.isalpha() for c in text) < MIN_CAPS_LETTERS or not _ocr_heading_like(text) \
            or ADDRESS_IN_LINE.search(text):
        return False
    words = text.split()
    return not (2 <= len(words) <= 4 and is_first_name(words[0]) and not any(c.isdigit() for c in text))


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


def _in_list_run(upper: RawBlock, lower: RawBlock) -> bool:
    """Two short single lines one under the other at line spacing (no paragraph gap)."""
    if upper.page != lower.page or not all(len(r.lines) == 1 and _ocr_heading_like(r.text) for r in (upper, lower)):
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


def body_size_of(raws: list[RawBlock]) -> float:
    sizes: Counter[float] = Counter()
    for raw in raws:
        for line in raw.lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


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
    blocks = []
    for raw in raws:
        prov = Provenance(page=raw.page, bbox=raw.bbox(), ocr_confidence=_conf(raw))
        kind = kinds_of.get(id(raw))
        if raw.box is not None:
            blocks.append(Block(BlockKind.TEXT_BOX, raw.text, prov))
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


def body_kinds(raws: list[RawBlock], body_size: float) -> list[str | None]:
    """``heading_kind`` of each block in document order, with 'plain' headings
    (``leads_paragraph``) and OCR list runs decided against the neighbours."""
    kinds = [heading_kind(r, body_size) for r in raws]
    for i, kind in enumerate(kinds):  # a tight run of short OCR lines is a list that lost its bullets
        if kind == "ocr" or kind == "bold" and raws[i].from_ocr:
            if i > 0 and _in_list_run(raws[i - 1], raws[i]) or i + 1 < len(raws) and _in_list_run(raws[i], raws[i + 1]):
                kinds[i] = None
    for i, kind in enumerate(kinds[:-1]):
        if kind is None and not raws[i].from_ocr and leads_paragraph(raws[i], raws[i + 1]) \
                and not (i and _continues_text(raws[i - 1], raws[i])):
            kinds[i] = "plain"
    for i, kind in enumerate(kinds):
        below = raws[i + 1] if i + 1 < len(raws) and kinds[i + 1] is None else None
        if kind is None and not raws[i].from_ocr and heads_in_caps(raws[i], below) \
                and not (i and _continues_text(raws[i - 1], raws[i])):
            kinds[i] = "caps"
    return kinds


def _conf(raw: RawBlock) -> float | None:
    confs = [ln.conf for ln in raw.lines if ln.conf is not None]
    return round(sum(confs) / len(confs), 3) if confs else None
