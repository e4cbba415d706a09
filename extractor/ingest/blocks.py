"""Lines → paragraphs, list items and headings, with hyphenation repaired.

Paragraph breaks come from what a typesetter leaves behind: a vertical gap larger than the
page's usual line gap, a change of font size or weight, a first-line indent, a bullet, or a
line that ends early although the next line's first word would have fitted on it.

Which blocks are headings is ``block_headings``'s to say; this module gives it the blocks and
the tests it shares with the breaking of lines (``ocr_heading_like``, ``caps_title``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from extractor.gazetteers import is_first_name
from extractor.document import Table
from extractor.ingest.addresses import broken_address
from extractor.ingest.layout import DASHES, Line, PageItem, Placed

PARA_GAP_EM = 0.6  # a vertical gap above this many font sizes ends a paragraph ...
PARA_GAP_OVER_USUAL_EM = 0.35  # ... or this much above the page's usual line gap
INDENT_EM = 1.0  # a line starting this much further right starts a new paragraph
CENTRE_SLACK_EM = 0.5  # ... unless it is centred under the lines above, as far as this (``_centred_last_line``)
EARLY_END_SLACK_EM = 1.0  # room left on a line beyond the next word + this = deliberate break
SHORT_LINE_SHARE = 0.35  # ... and a line ending with this share of its column free is short
SIZE_STEP = 1.12  # a size ratio above this is a change of size (a heading is larger)
MAX_OCR_HEADING_WORDS = 8
OCR_HEADING_SHARE = 0.6  # an OCR heading line is shorter than this share of the next line
MIN_CAPS_LETTERS = 4  # a title in capitals has at least this many letters ("ØKONOMI", not "IL")
KEEP_HYPHEN_BEFORE = frozenset({"og", "eller", "and", "or", "samt", "enn", "til"})
SOFT_HYPHEN = "\u00ad"
SENTENCE_END = re.compile(r"[.!?;,]$")
DATE_END = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.$")  # "Balanse pr. 31.12.": a date's dot ends no sentence
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÆØÅ]")  # "2.2 Saker", "3. ØKONOMI"
ADDRESS_IN_LINE = re.compile(r"@|\bwww\.|https?://|\w\.(?:no|com|org|net)\b", re.IGNORECASE)
LEADER = re.compile(r"\w\s*(?:\.\s?){6,}\s*\S|\w\s*…{3,}\s*\S")  # "Nestleiar.........Kari Vik": a label and its value


def ends_sentence(text: str) -> bool:
    """The text ends like a sentence (a heading does not), a date's closing dot aside."""
    return bool(SENTENCE_END.search(text)) and not DATE_END.search(text)


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
    def small_caps(self) -> bool:
        return all(line.small_caps for line in self.lines)

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


def join_hyphenated(left: str, right: str, sep: str = " ", header: bool = False) -> str:
    """Join two line texts with ``sep``; repair a word split at the line end.

    "arbeids-" + "trening" → "arbeidstrening", but the hyphen stays before "og"/"eller"
    ("kvalitet- og ledelse"), before an upper-case word, after an acronym or number
    ("VTA-plasser", "2022-2023") and after a capitalised word inside a sentence, which in
    Norwegian marks a compound with a name ("Senterparti-regjeringen", "Asker-bedriften").
    ``header``: the lines of a table's header cell, where a narrow column breaks labels and
    names, not sentences: a capitalised word's hyphen goes too ("Fjellstue-" + "konsernet").
    """
    if not left:
        return right
    if left.endswith(SOFT_HYPHEN):
        return left[:-1] + right
    if left[-2:-1] == SOFT_HYPHEN and left[-1] in "-\u2010":  # a browser prints the soft hyphen it broke at
        left = left[:-2] + left[-1]
    if len(left) < 2 or left[-1] not in "-\u2010" or not left[-2].isalnum():
        return f"{left}{sep}{right}"
    part = left.rsplit(None, 1)[-1][:-1].rsplit("-", 1)[-1]
    nxt = right.split(" ", 1)[0]
    if broken_address(left.rsplit(None, 1)[-1], nxt):
        return left + right
    if nxt.lower().strip(",.;:") in KEEP_HYPHEN_BEFORE:
        return f"{left}{sep}{right}"
    if not nxt or not nxt[0].islower():
        return left + right
    acronym = any(c.isdigit() for c in part) or (sum(c.isupper() for c in part) >= 2 and part.upper() == part)
    proper = not header and part[:1].isupper() and not _at_sentence_start(left) and not _in_person_name(left)
    if acronym or proper:
        return left + right
    return left[:-1] + right


def _in_person_name(left: str) -> bool:
    """Whether the capitalised word split at the line end follows a first name ("Magnhild Nord-",
    "Petter Kallevik Strøm-"): a surname broken in justified text, not a compound with a name."""
    words = left.split()[-4:-1]
    while words and words[-1][:1].isupper() and not is_first_name(words[-1]):
        words.pop()
    return bool(words) and is_first_name(words[-1])


# ---------- paragraphs ----------

def usual_line_gap(lines: list[Line]) -> float:
    """Most common gap between consecutive lines of the same size on a page; where some line
    wraps into one going on in lower case (a sentence's lines), the most common under such a
    line: a list of one-line paragraphs set evenly apart (a text box's keys and names, each its
    own paragraph) shows the paragraphs' spacing, not the lines'."""
    gaps: Counter[float] = Counter()
    wrapped: Counter[float] = Counter()
    for a, b in zip(lines, lines[1:]):
        gap = b.top - a.bottom
        if a.region == b.region and a.size == b.size and -1 < gap < 1.5 * a.size:
            gaps[round(gap * 2) / 2] += 1
            if b.text[:1].islower() and a.region_x1 - a.x1 <= b.first_word_width + EARLY_END_SLACK_EM * a.size:
                wrapped[round(gap * 2) / 2] += 1
    return (wrapped or gaps).most_common(1)[0][0] if gaps else 0.0


def _starts_item(line: Line, prev: Line | None, block: RawBlock | None) -> bool:
    if not line.bullet:
        return line.enumerated and (block is None or block.list_item or prev is None or prev.text.endswith(":"))
    if line.bullet not in DASHES:
        return True
    # a dash leads a list only after a colon, after another dash item or at a block start
    return block is None or (block.list_item and block.lines[0].bullet == line.bullet) or (
        prev is not None and prev.text.endswith(":"))


def _centred_last_line(block: RawBlock, line: Line, size: float) -> bool:
    """A centred paragraph's short last line (a bio under a portrait): it starts further right
    than the line above, as an indent does, but ends as far further left, on the same centre as
    every line of the block (an indented first line runs on to the column's edge)."""
    centre = (line.x0 + line.x1) / 2
    return line.x1 < block.lines[-1].x1 - INDENT_EM * size and all(
        abs((ln.x0 + ln.x1) / 2 - centre) <= CENTRE_SLACK_EM * size for ln in block.lines)


def runs_on(prev: Line, line: Line) -> bool:
    """Whether ``line``, the first of another column region, goes on with the sentence of
    ``prev``, the last of its own: ``prev`` wrapped mid-sentence (no stop, the next word would not
    have fitted) and ``line`` opens in lower case, in the same type, at the top of the next column
    or right under ``prev`` (a paragraph wrapping under a box: "... (VTA) og 40 plasser i" /
    "arbeidsforberedende trening (AFT)")."""
    size = max(prev.size, line.size)
    if prev.text[-1:] in ".!?:;" or not line.text[:1].islower() or line.bullet or prev.bold != line.bold \
            or size / max(min(prev.size, line.size), 0.1) > SIZE_STEP:
        return False
    if prev.region_x1 - prev.x1 > line.first_word_width + EARLY_END_SLACK_EM * size:
        return False
    next_column = line.top < prev.top and line.x0 > prev.x0
    return next_column or 0 <= line.top - prev.bottom <= PARA_GAP_EM * size


def _breaks(prev: Line, line: Line, block: RawBlock, usual_gap: float) -> bool:
    size = max(prev.size, line.size)
    if line.region != prev.region:  # a paragraph's lines going on over a column break, not a line of its own
        return len(block.lines) < 2 or not runs_on(prev, line)
    if max(prev.size, line.size) / max(min(prev.size, line.size), 0.1) > SIZE_STEP or prev.bold != line.bold \
            or prev.small_caps != line.small_caps:
        return True
    gap = line.top - prev.bottom
    if gap > max(PARA_GAP_EM * size, usual_gap + PARA_GAP_OVER_USUAL_EM * size):
        return True
    if prev.text[-1:] in ".!?" and (line.text.isupper() and caps_title(line.text) or numbered_title(line.text)):
        return True  # a title in capitals or numbered after a sentence's end (paragraphs no further apart than lines)
    if block.list_item and line.x0 < block.lines[0].text_x0 - 0.5 * size:
        return True  # left of the item's text; a line under a short item's line ends it too (below)
    if not block.list_item and line.x0 > prev.x0 + INDENT_EM * size and len(block.lines) > 1 \
            and not _centred_last_line(block, line, size):
        return True
    if LEADER.search(prev.text) or LEADER.search(line.text):
        return True  # lines joined by leader dots are entries of a list (a board, contents): each its own
    if prev.bold and line.bold and not any(c.isalpha() for c in line.text):
        return False  # a bold title broken before its year ("ÅRSMELDING" / "2023")
    if label_value_wraps(prev.text, line.text) and abs(line.x0 - prev.x0) <= size:
        return False  # "Tilsette sin representant: Margit" / "Lundervold" in a narrow frame: one entry
    # a line that ends although the next word would have fitted was broken on purpose:
    # after a full stop or colon, or when it stops well short of the column edge
    room = prev.region_x1 - prev.x1
    if room <= line.first_word_width + EARLY_END_SLACK_EM * size:
        return False
    return prev.text[-1:] in ".!?:;" or room > SHORT_LINE_SHARE * (prev.region_x1 - prev.x0)


LABEL_MAX_WORDS = 5  # "Tilsette sin representant:": a label this long at most
WRAPPED_NAME_WORDS = 3  # the wrapped rest of a name, or the names after "og", this many words at most
NAME_JOINS = frozenset({"og", "and", "&"})


def _name_rest(words: list[str]) -> bool:
    """A few capitalised words with no label and no figures, the first no first name: the rest of
    a name (its surname) wrapped onto a line of its own."""
    return 0 < len(words) <= WRAPPED_NAME_WORDS and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
        and not is_first_name(words[0])


def _flat_or_address(tail: str) -> bool:
    """What follows a name's comma in a housing co-operative's list: a flat or a street address
    ("leil. 18", "Furulia 18 A"), a figure in it."""
    return any(c.isdigit() for c in tail)


def label_value_wraps(upper: str, lower: str) -> bool:
    """``lower`` goes on with the names of ``upper``'s "Label: Names" entry, wrapped at the
    frame's edge at the same line spacing: ``upper``'s names end in a joining word ("Varamedlemer:
    Oddvar Haugland og" / "Sigrun Fetveit") or in a lone first name ("Leiar: Margit" / "Lundervold"),
    and ``lower`` is a few capitalised words with no label of its own and no figures, or such words
    and after a comma the member's flat or address ("Styremedlem: Ivar" / "Haugsvær Lie, leil. 18");
    or ``upper``'s name is a surname first, its comma ending the line, and ``lower`` the given name."""
    label, colon, value = upper.rpartition(":")
    surname, comma, tail = lower.partition(",")
    if comma and not _flat_or_address(tail):
        surname = lower  # "Lundervold, Hamar": a place after the comma is no flat; the words must pass as they are
    names, rest = value.split(), surname.split()
    if not colon or not names or not 0 < len(label.split()) <= LABEL_MAX_WORDS or not 0 < len(rest) <= WRAPPED_NAME_WORDS \
            or ":" in lower or any(c.isdigit() for c in upper + surname) or not all(w[:1].isupper() for w in rest):
        return False
    if names[-1].casefold() in NAME_JOINS:
        return len(names) >= 2 and all(w[:1].isupper() for w in names[:-1])
    if names[-1].endswith(","):  # "Styremedlem: Haugsvær Lie," / "Ivar": a surname first, its given name wrapped
        return len(names) <= WRAPPED_NAME_WORDS - 1 and all(w[:1].isupper() for w in names) \
            and len(rest) <= WRAPPED_NAME_WORDS - 1 and is_first_name(rest[0].rstrip(","))
    return len(names) <= 2 and all(w[:1].isupper() for w in names) and is_first_name(names[-1]) and _name_rest(rest)


def name_goes_on(upper: str, lower: str) -> bool:
    """``lower`` is the surname of the first name ending ``upper`` after "og" or a comma, wrapped in
    a narrow box ("Rune Aasgard og Liv" / "Tjelle"): the box's line break is no break between entries."""
    words = upper.split()
    return len(words) >= 3 and (words[-2].casefold() in NAME_JOINS or words[-2].endswith(",")) \
        and is_first_name(words[-1]) and _name_rest(lower.split())


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


FOOTNOTE_MARKS = frozenset("*")  # a mark a line under a table leads as the table's footnote, not as a bullet


def _under_table(out: list[RawBlock | Placed]) -> bool:
    """The next line comes right after a table: "* Valgt av de ansatte" under a board's row of
    captions explains the mark of "Styremedlem*", no list."""
    return bool(out) and isinstance(out[-1], Placed) and isinstance(out[-1].item, Table)


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
        item_start = _starts_item(item, prev, block) and not (item.bullet in FOOTNOTE_MARKS and _under_table(out))
        if not item_start and item.bullet:  # a dash that leads no list is text; so does a table's footnote mark
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
            for k, line in enumerate(raw.lines):
                upper = raw.lines[k - 1].text if k else ""
                joint = " " if k and sep != " " and (name_goes_on(upper, line.text) or label_value_wraps(upper, line.text)) \
                    else sep
                text = join_hyphenated(text, line.text, joint)
            raw.text = text.strip()
            raw.words = len(raw.text.split())
    return [r for r in out if not isinstance(r, RawBlock) or r.text]


def split_ocr_heading(raw: RawBlock) -> list[RawBlock]:
    """On OCR pages a heading in body size often sits on a paragraph at line spacing:
    split off a short capitalised first line when the next line is much longer."""
    if not raw.from_ocr or raw.list_item or len(raw.lines) < 2:
        return [raw]
    first, second = raw.lines[0], raw.lines[1]
    if not ocr_heading_like(first.text) or (first.x1 - first.x0) > OCR_HEADING_SHARE * (second.x1 - second.x0):
        return [raw]
    head = RawBlock(raw.page, [first], True, text=first.text, words=len(first.text.split()))
    rest_text = ""
    for line in raw.lines[1:]:
        rest_text = join_hyphenated(rest_text, line.text)
    rest = RawBlock(raw.page, raw.lines[1:], True, text=rest_text.strip(), words=len(rest_text.split()))
    return [head, rest]


def ocr_heading_like(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= MAX_OCR_HEADING_WORDS and (text[0].isupper() or text[0].isdigit())
            and not SENTENCE_END.search(text) and sum(c.isalpha() for c in text) >= 3)


def numbered_title(text: str) -> bool:
    """A short line opening with a section number ("2.2 Saker", "3. Økonomi"), not a sentence."""
    return bool(SECTION_NUMBER.match(text)) and len(text.split()) <= MAX_OCR_HEADING_WORDS and not ends_sentence(text)


def caps_title(text: str) -> bool:
    """A short title in capitals ("STYRETS ARBEID", "NOTE 2 – LØNNSKOSTNADER"): a heading-like
    line (``ocr_heading_like``) whose letters are all upper-case, holding no web or e-mail
    address and not a person's name in capitals ("KARI NORDLI": a first name, two to four
    words, no digit), which board lists and signature blocks print."""
    if not text.isupper() or sum(c.isalpha() for c in text) < MIN_CAPS_LETTERS or not ocr_heading_like(text) \
            or ADDRESS_IN_LINE.search(text):
        return False
    return not caps_name(text)


def caps_name(text: str) -> bool:
    """A person's name in capitals ("KARI NORDLI": two to four words, a first name first, no
    digit), as board lists, signature blocks and presentations print them."""
    words = text.split()
    return text.isupper() and 2 <= len(words) <= 4 and is_first_name(words[0]) and not any(c.isdigit() for c in text)


def body_size_of(raws: list[RawBlock]) -> float:
    sizes: Counter[float] = Counter()
    for raw in raws:
        for line in raw.lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0
