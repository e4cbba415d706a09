"""Public output schema of årsrapport-extractor (pydantic v2).

Other systems read this JSON: every change bumps ``SCHEMA_VERSION`` (semver) and is written
in CHANGELOG.md; the committed JSON Schema (``schemas/report.schema.json``) is tested against
these models so the two never drift.
"""
from __future__ import annotations

import json
from pathlib import Path

from pydantic import Field

from schemas.document import (
    BlockKind,
    CellRef,
    FileFormat,
    Paragraph,
    Section,
    SourceFile,
    SourceRef,
    Strict,
    TableOut,
    TableStrategy,
)

from schemas.fields import (
    BoardMember,
    Extracted,
    KeyFigure,
    Organization,
    Percentage,
    Place,
    Program,
    ReportInfo,
    Review,
    ReviewDecision,
    Staff,
    StatementKind,
)

SCHEMA_VERSION = "0.7.0"
SCHEMA_PATH = Path(__file__).with_name("report.schema.json")


class Report(Strict):
    """Everything extracted from one document."""

    schema_version: str = Field(SCHEMA_VERSION, description="Semver of this schema.")
    tool_version: str = Field(description="Version of årsrapport-extractor that wrote this file.")
    source: SourceFile = Field(description="The input file and how it was read.")
    # the facts first, the document body (sections, tables) last: a reader sees the facts at the top
    review_threshold: float = Field(
        0.7, ge=0, le=1, description="Items with confidence below this need a person's review; see docs/confidence.md."
    )
    organization: Organization = Field(default_factory=Organization, description="The reporting organisation.")
    report: ReportInfo = Field(default_factory=ReportInfo, description="What the report is and the year it covers.")
    ceo: Extracted[str] | None = Field(None, description="Daglig leder; null where the document names none.")
    board: list[BoardMember] = Field(default_factory=list, description="The reporting organisation's own board.")
    places: list[Place] = Field(default_factory=list, description="Each distinct place the text refers to.")
    percentages: list[Percentage] = Field(default_factory=list, description="Every percentage in prose and tables.")
    programs: list[Program] = Field(default_factory=list, description="NAV programs run by the organisation.")
    key_figures: list[KeyFigure] = Field(default_factory=list, description="Figures from financial tables.")
    staff: Staff = Field(default_factory=Staff, description="Person-years, employees, sick leave.")
    sections: list[Section] = Field(default_factory=list, description="Headings in order, with the text under each.")
    tables: list[TableOut] = Field(default_factory=list, description="Every table, in document order.")


def json_schema() -> dict:
    return Report.model_json_schema()


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


__all__ = [
    "SCHEMA_VERSION", "SCHEMA_PATH", "Report", "json_schema", "json_schema_text",
    "BlockKind", "CellRef", "FileFormat", "Paragraph", "Section", "SourceFile", "SourceRef",
    "Strict", "TableOut", "TableStrategy", "Review", "ReviewDecision",
]
