"""The language view of a document that every field extractor reads.

``Analysis`` turns the ``Document`` into ``TextUnit``s (blocks, and table cells with their
row/column headers), each keeping its provenance and section heading, and runs the spaCy
pipeline over them once, lazily.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from extractor.document import Block, BlockKind, Document, Provenance, Table
from extractor.settings import DEFAULT_SETTINGS


# Headings of reproduced newspaper pieces and press sections ("Asker Produkt i media",
# "Meninger", "Pressemelding"): names, roles and figures under them belong to the article.
MEDIA_WORDS = frozenset({
    "media", "mediene", "presse", "pressen", "pressemelding", "avis", "avisen", "avisa", "innlegg",
    "leserinnlegg", "debattinnlegg", "meninger", "kronikk", "faksimile", "artikkel", "omtale", "nyheter", "debatt",
})


def is_media_heading(heading: str | None) -> bool:
    return any(w in MEDIA_WORDS for w in re.findall(r"[a-zæøåéü]+", (heading or "").casefold()))


@lru_cache(maxsize=1024)
def _quoted(headings: tuple[str, ...]) -> bool:
    """Every unit under the same heading path asks the same (thousands of times a report)."""
    return any(is_media_heading(h) for h in headings)


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

    @property
    def is_heading(self) -> bool:
        return self.block is not None and self.block.kind is BlockKind.HEADING

    @property
    def in_table(self) -> bool:
        return self.table is not None

    @property
    def quoted(self) -> bool:
        """Inside a reproduced newspaper piece or press section, where names, roles and
        figures belong to the article, not to the reporting organisation's own account."""
        return _quoted(self.headings)


@dataclass
class Analysis:
    document: Document
    model: str | None = None  # optional trained spaCy pipeline for extra NER evidence
    max_chars: int = DEFAULT_SETTINGS.nlp_max_chars  # longer units (hostile files) are cut
    units: list[TextUnit] = field(init=False)
    # Facts found early that later extractors use (set by extractor.fields.extract_fields):
    report_year: int | None = None  # places valid in that year, plausible key-figure years
    org_name: str | None = None  # "Asker Produkt AS": its place word is not a place mention

    def __post_init__(self) -> None:
        self.units = list(iter_units(self.document))

    @cached_property
    def nlp(self):
        from extractor.nlp import get_pipeline

        return get_pipeline(self.model)

    @cached_property
    def docs(self) -> list:
        """One spaCy ``Doc`` per unit, in the order of ``units``."""
        return list(self.nlp.pipe(u.text[: self.max_chars] for u in self.units))

    @cached_property
    def table_headings(self) -> dict[int, tuple[str, ...]]:
        """``id(table)`` → the heading path above it (every cell of a table shares it)."""
        return {id(u.table): u.headings for u in self.units if u.table is not None}

    def own_tables(self):
        """Tables outside quoted newspaper sections, with their heading path."""
        for table in self.document.tables():
            headings = self.table_headings.get(id(table), ())
            if not any(is_media_heading(h) for h in headings):
                yield table, headings

    def units_with_docs(self):
        return zip(self.units, self.docs)

    def text_units(self):
        """Prose and headings only (no table cells)."""
        return (u for u in self.units if u.table is None)


def iter_units(doc: Document):
    section: str | None = None
    stack: list[tuple[int, str]] = []  # (level, text) of the open headings
    table_index = 0
    for item in doc.items:
        if isinstance(item, Block):
            if item.kind is BlockKind.HEADING:
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
