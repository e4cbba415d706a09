"""The language view of a document that every field extractor reads.

``Analysis`` turns the ``Document`` into ``TextUnit``s (blocks, and table cells with their
row/column headers), each keeping its provenance and section heading, and runs the spaCy
pipeline over them once, lazily.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from extractor.document import Block, BlockKind, Document, Provenance, Table
from extractor.nlp.vocab import alternation, scope_words
from extractor.settings import DEFAULT_SETTINGS


# Headings that may open a reprinted newspaper piece ("Asker Produkt i media", "Meninger",
# "Pressemelding"). A heading word alone proves nothing ("Drift, nyheter og media i 2023" may
# hold the board's own section): the section must also show a newspaper (``is_press_line``).
MEDIA_WORDS = frozenset({
    "media", "mediene", "presse", "pressen", "pressemelding", "avis", "avisen", "avisa", "innlegg",
    "leserinnlegg", "debattinnlegg", "meninger", "kronikk", "faksimile", "artikkel", "omtale", "nyheter", "debatt",
    "presseklipp", "medieklipp", "avisklipp", "mediedekning", "medieomtale", "pressedekning",
})
_WEEKDAYS = r"(?:mandag|tirsdag|tisdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag)"
_DATE = r"(?:\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[a-zæøå]+\.?\s+\d{4}))"
# A byline or credit ("Tekst og foto: Kari Dahl", "Av Ola Hansen, journalist"), a facsimile, a
# publication stamp, a debate editor.
_PRESS_MARK = re.compile(r"^\s*(?:tekst|foto|tekst og foto|skrevet av|journalist|fotograf)\s*:|\bfaksimile\b|"
                         r"\b(?:publisert|oppdatert)\s*:?\s*\d|\bdebattansvarlig\b|\bleserbrev\b|^\s*av\s+[A-ZÆØÅ][a-zæøå]+"
                         r"\s+[A-ZÆØÅ][a-zæøå]+\s*,\s*journalist", re.IGNORECASE)
_WEEKDAY_DATE = re.compile(_WEEKDAYS + r"\s+" + _DATE, re.IGNORECASE)
_FOOTER_RUNS_ON = re.compile(r"(?:[:,]|\bog)\s*$")
PRESS_LINE_WORDS = 14  # a masthead or dateline is short; a newspaper named in running text is not evidence
_LOWER_WORD = re.compile(r"[a-zæøåéü]+")


@lru_cache(maxsize=4096)
def is_media_heading(heading: str | None) -> bool:
    return any(w in MEDIA_WORDS for w in _LOWER_WORD.findall((heading or "").casefold()))


@lru_cache(maxsize=1)
def _footer_board() -> re.Pattern:
    """A page footer that lists the board ("Styret: A (styreleder), B, C. Varamedlem: D"), printed on
    every page where the body only points to it (``footer_board_labels``): read once, as a paragraph."""
    return re.compile(rf"^(?:{alternation(scope_words()['footer_board_labels'], any_space=True)})\s*:\s*\S", re.IGNORECASE)


@lru_cache(maxsize=1)
def _newspapers() -> re.Pattern:
    text = resources.files("extractor.data").joinpath("aviser.csv").read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines()[1:] if line.strip()]
    return re.compile(rf"\b(?:{alternation(names)})\b", re.IGNORECASE)


def is_press_line(line: str) -> bool:
    """A line that shows a newspaper: a masthead or dateline naming one ("BUDSTIKKA Tirsdag
    15. november 2022", "Fjordposten, 3. mai 2023"), a byline, "Faksimile"."""
    if _PRESS_MARK.search(line):
        return True
    if len(line.split()) > PRESS_LINE_WORDS or not (paper := _newspapers().search(line)):
        return False
    return bool(_WEEKDAY_DATE.search(line) or re.search(_DATE, line) or paper.group(0).isupper())


@dataclass(slots=True)
class TextUnit:
    text: str
    prov: Provenance
    section: str | None  # text of the nearest heading above, None before the first
    headings: tuple[str, ...] = ()  # the heading path above, outermost first
    block: Block | None = None
    table: Table | None = None
    table_index: int | None = None
    row: int | None = None
    col: int | None = None
    quoted: bool = False  # inside a reprinted newspaper piece (see ``mark_quoted``)

    @property
    def is_heading(self) -> bool:
        return self.block is not None and self.block.kind is BlockKind.HEADING

    @property
    def is_list_item(self) -> bool:
        return self.block is not None and self.block.kind is BlockKind.LIST_ITEM

    @property
    def in_table(self) -> bool:
        return self.table is not None


@dataclass
class Analysis:
    document: Document
    model: str | None = None  # optional trained spaCy pipeline for extra NER evidence
    max_chars: int = DEFAULT_SETTINGS.nlp_max_chars  # longer units (hostile files) are cut
    units: list[TextUnit] = field(init=False)
    # Facts found early that later extractors use (set by extractor.fields.extract_fields):
    report_year: int | None = None  # places valid in that year, plausible key-figure years
    report_year_sure: bool = False  # at or above review: years counted from it ("20-årsjubileet") may be too
    org_name: str | None = None  # "Asker Produkt AS": its place word is not a place mention
    _texts: dict = field(default_factory=dict, init=False, repr=False)  # ``doc_of``

    def __post_init__(self) -> None:
        self.units = mark_quoted(list(iter_units(self.document))) + list(iter_footer_boards(self.document))

    @cached_property
    def nlp(self):
        from extractor.nlp import get_pipeline

        return get_pipeline(self.model)

    @cached_property
    def docs(self) -> list:
        """One spaCy ``Doc`` per unit, in the order of ``units``; a span group no span went to is
        left out (readers use ``doc.spans.get(key, [])``): ten per Doc, mostly empty, took ~4 MB
        on a 350-page book. Units with the same text share one Doc (the pipeline gives a text
        the same Doc wherever it stands, and no reader changes one): a quarter of a report's
        units repeat a cell ("2024", "0,00", a signature line), each a Doc's fixed cost."""
        from extractor.nlp import iter_docs

        texts = [u.text[: self.max_chars] for u in self.units]
        distinct = list(dict.fromkeys(texts))
        made = dict(zip(distinct, (drop_empty_groups(doc) for doc in iter_docs(self.nlp, distinct))))
        return [made[text] for text in texts]

    def doc_of(self, text: str):
        """The pipeline's ``Doc`` of a short text (a heading path, a table's first row), made
        once per text: tables share their headings, and a unit's text (a heading) has its Doc."""
        if not self._texts:
            self._texts.update((u.text, d) for u, d in zip(self.units, self.docs) if len(u.text) <= self.max_chars)
        if text not in self._texts:
            self._texts[text] = self.nlp(text)
        return self._texts[text]

    @cached_property
    def table_headings(self) -> dict[int, tuple[str, ...]]:
        """``id(table)`` → the heading path above it (every cell of a table shares it)."""
        return {id(u.table): u.headings for u in self.units if u.table is not None}

    def own_tables(self):
        """Tables outside quoted newspaper sections, with their heading path."""
        quoted = {id(u.table) for u in self.units if u.table is not None and u.quoted}
        for table in self.document.tables():
            if id(table) not in quoted:
                yield table, self.table_headings.get(id(table), ())

    def units_with_docs(self):
        return zip(self.units, self.docs)

    def text_units(self):
        """Prose and headings only (no table cells)."""
        return (u for u in self.units if u.table is None)

    def flow(self):
        """The units in reading order with each table once, as its first cell's unit (a reader of
        whole tables among the text)."""
        seen: set[int] = set()
        for unit in self.units:
            if unit.table is None:
                yield unit
            elif id(unit.table) not in seen:
                seen.add(id(unit.table))
                yield unit


def drop_empty_groups(doc):
    for key in [key for key, group in doc.spans.items() if not len(group)]:
        del doc.spans[key]
    return doc


def iter_units(doc: Document):
    """The document's text units in reading order, each with the heading above it. A sidebar's
    title heads the box's own lines only: the body after them goes on under the heading before."""
    section: str | None = None
    stack: list[tuple[int, str]] = []  # (level, text) of the open headings
    before_box: tuple[str | None, list[tuple[int, str]]] | None = None  # the body's, while a box's title is open
    table_index = 0
    for item in doc.items:
        if before_box is not None and not (isinstance(item, Block) and item.kind is BlockKind.TEXT_BOX):
            (section, stack), before_box = before_box, None
        if isinstance(item, Block):
            if item.kind is BlockKind.HEADING:
                if item.in_box:
                    before_box = (section, stack)
                level = item.level or 1
                stack = [(lv, t) for lv, t in stack if lv < level] + [(level, item.text)]
                section = item.text
            path = tuple(t for _, t in stack)
            yield TextUnit(item.text, item.prov, section, path, block=item)
        elif isinstance(item, Table):
            path = tuple(t for _, t in stack)
            for r, row in enumerate(item.rows):
                for c, cell in enumerate(row):
                    if cell.text and not cell.merged:
                        yield TextUnit(cell.text, cell.prov, section, path, table=item,
                                       table_index=table_index, row=r, col=c)
            table_index += 1


def iter_footer_boards(doc: Document):
    """The board listed in a page footer, once: the footer's line opening with "Styret:" and the
    lines of the same page that it runs on into (after a colon or comma: "Varamedlem:" / "D")."""
    seen: set[str] = set()
    furniture = doc.furniture
    for k, block in enumerate(furniture):
        if not _footer_board().match(block.text):
            continue
        text = block.text
        for after in furniture[k + 1:]:
            if after.prov.page != block.prov.page or not _FOOTER_RUNS_ON.search(text):
                break
            text = f"{text} {after.text}"
        if text not in seen:
            seen.add(text)
            yield TextUnit(text, block.prov, None, (), block=Block(BlockKind.PARAGRAPH, text, block.prov))


def mark_quoted(units: list[TextUnit]) -> list[TextUnit]:
    """Set ``quoted`` on the units of reprinted newspaper pieces: under a media heading
    (``is_media_heading``), in a section that shows a newspaper (``is_press_line``) in its own
    text or in the media section's text before its first sub-heading."""
    press: dict[tuple[str, ...], bool] = {}
    for u in units:  # only sections under a media heading are asked about below
        if not u.is_heading and u.headings and any(is_media_heading(h) for h in u.headings):
            press[u.headings] = press.get(u.headings, False) or any(is_press_line(ln) for ln in u.text.split("\n"))
    for u in units:
        for k, heading in enumerate(u.headings):
            if is_media_heading(heading) and (press.get(u.headings) or press.get(u.headings[:k + 1])):
                u.quoted = True
                break
    return units


def media_unit_ids(analysis: Analysis) -> set[int]:
    """``id`` of every unit inside a reprinted newspaper piece (see ``TextUnit.quoted``)."""
    return {id(u) for u in analysis.units if u.quoted}
