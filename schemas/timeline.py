"""Public schema of ``extractor timeline``: one organisation across the years of its reports.

A timeline is built from extractor outputs (``schemas.Report`` files) and never copies a
report's document body: every value points back to its output file (``reports[i].file``,
relative to the timeline file) with a JSON pointer and the page it was read on. The schema
has its own semver, ``TIMELINE_SCHEMA_VERSION``, independent of the report schema's; the
committed ``schemas/timeline.schema.json`` is tested against these models.
"""
from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Literal

from pydantic import Field

from schemas.document import Strict
from schemas.fields import PlaceKind, ProgramCode, RoleCode, Scope

TIMELINE_SCHEMA_VERSION = "0.1.0"
TIMELINE_SCHEMA_PATH = Path(__file__).with_name("timeline.schema.json")


class LinkReason(StrEnum):
    org_number = "org_number"  # the same organisasjonsnummer
    name = "name"  # the same name once legal form, case and punctuation are set aside
    similar_name = "similar_name"  # near names, backed by shared board members
    renamed = "renamed"  # one report names the other's name as its former name
    board = "board"  # no usable name: most of the board is the same people
    rendition = "rendition"  # the same report in another file (PDF and Word, a scan)


class Origin(StrEnum):
    own_year = "own_year"  # the report's own year column
    prior_year = "prior_year"  # the previous year's column beside it
    earlier_year = "earlier_year"  # an older column (a five-year overview)


class CheckReason(StrEnum):
    prior_year_mismatch = "prior_year_mismatch"  # two reports disagree on the same year's figure
    unit_jump = "unit_jump"  # a figure about x1000 off its neighbours: a misread unit
    board_member_returned = "board_member_returned"  # left the board and came back
    duplicate_year = "duplicate_year"  # two different reports for one year
    missing_year = "missing_year"  # a year with no report between the first and the last


class Severity(StrEnum):
    review = "review"  # goes to `extractor review`
    note = "note"  # shown on the page, not queued


class ValueRef(Strict):
    """Where a timeline value was read: the report output, a JSON pointer into it, the page."""

    report: int = Field(description="Index into `reports`.")
    pointer: str | None = Field(None, description="JSON pointer (RFC 6901) to the value in the report output.")
    page: int | None = Field(None, description="1-based page of the source document (PDF; Word where known).")
    path: str | None = Field(None, description="Structural path in a Word document, e.g. 'body/tbl[2]/tr[1]/tc[0]'.")
    text: str | None = Field(None, description="The source text the value was read from.")


class ReportEntry(Strict):
    """One report output that belongs to this organisation."""

    index: int = Field(description="Position in `reports`; what `ValueRef.report` refers to.")
    file: str = Field(description="The report output JSON, relative to the timeline file.")
    document: str = Field(description="The source document as recorded in the output's `source.path`.")
    sha256: str | None = Field(None, description="SHA-256 of the source document.")
    format: str | None = Field(None, description="Format of the source document: pdf, docx, doc, ...")
    year: int | None = Field(None, description="The year the report covers; null when it was not read.")
    name: str | None = Field(None, description="The organisation's name as read from this report.")
    org_number: str | None = Field(None, description="Organisasjonsnummer as read from this report.")
    rendition_of: int | None = Field(
        None, description="For another file of the same report (Word beside PDF, a scan): the report used instead."
    )


class OrgLink(Strict):
    """Why two reports were taken as the same organisation."""

    reports: tuple[int, int] = Field(description="The two reports linked (indexes into `reports`).")
    reason: LinkReason = Field(description="org_number, name, similar_name, renamed, board or rendition.")
    detail: str = Field(description="The evidence in words, e.g. the shared number or the renaming sentence.")
    shared_board_members: list[str] = Field(
        default_factory=list, description="People on both reports' boards: supporting evidence for the link."
    )


class NameUse(Strict):
    name: str = Field(description="A name the organisation went by, as read.")
    years: list[int] = Field(description="Report years that print this name.")


class Organisation(Strict):
    id: str = Field(description="File stem of this timeline: the name as a slug, or the org number.")
    name: str | None = Field(None, description="The name in the latest report that has one.")
    org_number: str | None = Field(None, description="Organisasjonsnummer, where any report gives it.")
    names: list[NameUse] = Field(default_factory=list, description="Every name read, with its years.")
    links: list[OrgLink] = Field(default_factory=list, description="The evidence that joined the reports.")


class BoardSeat(Strict):
    person: str = Field(description="The person, in the fullest form read in any year.")
    name: str = Field(description="The name as this year's report prints it.")
    role: RoleCode = Field(description="Brønnøysund role code: LEDE, NEST, MEDL, VARA or OBS.")
    employee_elected: bool = Field(False, description="Chosen by the employees (ansattvalgt).")
    confidence: float = Field(ge=0, le=1, description="The extractor's confidence in this board entry.")
    source: ValueRef = Field(description="The board entry in the report output.")


class RoleChange(Strict):
    person: str = Field(description="Who changed role.")
    from_role: RoleCode = Field(description="Role in the previous report.")
    to_role: RoleCode = Field(description="Role in this report.")


class BoardYear(Strict):
    """The board as one year's report gives it, and how it differs from the previous report's."""

    year: int = Field(description="Report year.")
    report: int = Field(description="Index into `reports`.")
    members: list[BoardSeat] = Field(default_factory=list, description="Who sat, with role.")
    joined: list[str] = Field(default_factory=list, description="On this board, not on the previous report's.")
    left: list[str] = Field(default_factory=list, description="On the previous report's board, not on this one.")
    returned: list[str] = Field(default_factory=list, description="Joined again after an absence (also in `joined`).")
    role_changes: list[RoleChange] = Field(default_factory=list, description="Same person, another role.")


class Term(Strict):
    role: RoleCode = Field(description="The role held.")
    first_year: int = Field(description="First report year in this role.")
    last_year: int = Field(description="Last report year in this role (consecutive reports).")


class PersonHistory(Strict):
    """One person across the years, for the who-sat-when chart."""

    name: str = Field(description="The fullest form of the name read.")
    aliases: list[str] = Field(default_factory=list, description="Other forms read in some years.")
    terms: list[Term] = Field(default_factory=list, description="Unbroken runs in one role, in order.")


class CeoYear(Strict):
    year: int = Field(description="Report year.")
    name: str = Field(description="Daglig leder as read.")
    changed: bool = Field(False, description="Another person than in the previous report that named one.")
    source: ValueRef = Field(description="The `ceo` value in the report output.")


class ProgramYear(Strict):
    year: int = Field(description="Report year.")
    code: ProgramCode = Field(description="NAV program: VTA, AFT, ...")
    places: int | None = Field(None, description="Approved places (plasser).")
    person_years: float | None = Field(None, description="Person-years (årsverk).")
    participants: int | None = Field(None, description="Participants (deltakere).")
    source: ValueRef = Field(description="The program in the report output.")


class PlaceYear(Strict):
    """A place one year's report refers to, as the place was valid that year."""

    year: int = Field(description="Report year.")
    name: str = Field(description="The place as valid that year ('Røyken' in 2019, 'Asker' in 2020).")
    kind: PlaceKind = Field(description="kommune, fylke, region, land, tettsted or adresse.")
    mentioned_as: str = Field(description="The name the report printed (may be a former municipality's).")
    kommunenummer: str | None = Field(None, description="Municipality number valid that year.")
    county: str | None = Field(None, description="County (fylke) valid that year: Buskerud to 2019, Viken 2020-2023.")
    county_number: str | None = Field(None, description="Number of that county.")
    lineage: str = Field(
        description="The place as valid in the timeline's last year, so a merged municipality lines up with what it became."
    )
    lineage_number: str | None = Field(None, description="Kommunenummer of `lineage`, where a municipality.")
    source: ValueRef = Field(description="The place in the report output (its first mention).")


class Reading(Strict):
    """One report's reading of a figure for a year."""

    value: float = Field(description="Value in NOK as the report output gives it.")
    label: str = Field(description="Row label as printed.")
    origin: Origin = Field(description="own_year, prior_year or earlier_year column of its report.")
    confidence: float = Field(ge=0, le=1, description="The extractor's confidence.")
    reviewed: bool = Field(False, description="A person accepted or edited this value.")
    suspect: bool = Field(False, description="A check between reports points at this reading as the wrong one.")
    source: ValueRef = Field(description="The key figure in the report output.")


class KeyFigureYear(Strict):
    key: str = Field(description="Canonical key: driftsinntekter, driftsresultat, arsresultat, sum_eiendeler, ...")
    scope: Scope = Field(Scope.company, description="Company (selskap) or group (konsern).")
    year: int = Field(description="The year the figure is for.")
    value: float = Field(description="The value taken: an unsuspected reading, the year's own report first.")
    label: str = Field(description="Row label of the reading taken.")
    disputed: bool = Field(False, description="A check for review concerns this figure.")
    readings: list[Reading] = Field(description="Every report's reading of it; budget figures never appear.")


class Check(Strict):
    """A finding between reports. `review` ones are queued by `extractor review TIMELINE`."""

    reason: CheckReason = Field(description="What was found, as a stable name.")
    severity: Severity = Field(description="review (queued) or note (shown only).")
    message: str = Field(description="The finding in words.")
    key: str | None = Field(None, description="The key figure concerned, or the person for board checks.")
    year: int | None = Field(None, description="The year concerned.")
    refs: list[ValueRef] = Field(default_factory=list, description="The values compared, side by side.")
    suspects: list[int] = Field(
        default_factory=list, description="Indexes into `refs` of the values most likely wrong; empty when unclear."
    )


class Timeline(Strict):
    """One organisation across the years of its reports."""

    schema_version: str = Field(TIMELINE_SCHEMA_VERSION, description="Semver of the timeline schema.")
    kind: Literal["timeline"] = Field("timeline", description="Tells a timeline file from a report output.")
    tool_version: str = Field(description="Version of årsrapport-extractor that wrote this file.")
    organisation: Organisation = Field(description="Who, and why these reports are theirs.")
    reports: list[ReportEntry] = Field(description="The report outputs used, in year order.")
    years: list[int] = Field(description="Every year from the first report to the last.")
    missing_years: list[int] = Field(default_factory=list, description="Years in that span without a report.")
    board: list[BoardYear] = Field(default_factory=list, description="The board per report year, with changes.")
    people: list[PersonHistory] = Field(default_factory=list, description="Board members across the years.")
    ceo: list[CeoYear] = Field(default_factory=list, description="Daglig leder per report year.")
    programs: list[ProgramYear] = Field(default_factory=list, description="NAV programs and places per year.")
    places: list[PlaceYear] = Field(default_factory=list, description="Places per year, as valid that year.")
    key_figures: list[KeyFigureYear] = Field(default_factory=list, description="Key figures per key and year.")
    checks: list[Check] = Field(default_factory=list, description="Findings between reports.")


def timeline_json_schema() -> dict:
    return Timeline.model_json_schema()


def timeline_json_schema_text() -> str:
    return json.dumps(timeline_json_schema(), indent=2, ensure_ascii=False) + "\n"
