"""Public models for extracted fields: every scalar is ``{value, confidence, source, reasons}``,
every list item carries its own ``confidence``, ``source`` and ``reasons``."""
from __future__ import annotations

from enum import StrEnum
from typing import Any, Generic, TypeVar

from pydantic import Field

from schemas.document import SourceRef, Strict

T = TypeVar("T")


class ReviewDecision(StrEnum):
    accepted = "accepted"
    edited = "edited"
    rejected = "rejected"


class Review(Strict):
    """A person's decision on one value (``extractor review``); the extractor's original is kept here."""

    who: str = Field(description="The reviewer's name.")
    when: str = Field(description="When the decision was made, ISO 8601 with time zone.")
    decision: ReviewDecision = Field(
        description="accepted (value right), edited (value corrected) or rejected (value wrong; kept with confidence 0)."
    )
    old_value: Any = Field(
        description="The extractor's value before review: the scalar, or for a list item its reviewable fields."
    )
    new_value: Any = Field(None, description="The value after review; null for a rejected value.")
    old_confidence: float = Field(ge=0, le=1, description="The extractor's confidence before review.")


class Evidence(Strict):
    """Common to every extracted value: how sure we are, why, and where it came from."""

    confidence: float = Field(ge=0, le=1, description="Calibrated confidence 0..1; review below `review_threshold`.")
    reasons: list[str] = Field(
        default_factory=list,
        description="Evidence behind the confidence, e.g. 'table_cell', 'fuzzy_gazetteer:91', 'ocr_conf:0.72'.",
    )
    source: SourceRef | None = Field(None, description="Where the value was read: page/bbox or Word path, and the text.")
    reviewed: bool = Field(False, description="True once a person accepted, edited or rejected this value.")
    review: Review | None = Field(None, description="The reviewer's decision, with the original value; null if unreviewed.")


class Extracted(Evidence, Generic[T]):
    value: T = Field(description="The value, parsed from its Norwegian written form.")


class RoleCode(StrEnum):
    LEDE = "LEDE"  # styreleder
    NEST = "NEST"  # nestleder
    MEDL = "MEDL"  # styremedlem
    VARA = "VARA"  # varamedlem
    OBS = "OBS"  # observatør


class ReportKind(StrEnum):
    arsrapport = "årsrapport"
    arsberetning = "årsberetning"
    arsmelding = "årsmelding"
    arsmotepapirer = "årsmøtepapirer"
    virksomhetsrapport = "virksomhetsrapport"
    arsregnskap = "årsregnskap"
    other = "other"


class PlaceKind(StrEnum):
    kommune = "kommune"
    fylke = "fylke"
    region = "region"
    land = "land"
    tettsted = "tettsted"
    adresse = "adresse"


class Basis(StrEnum):
    actual = "actual"
    budget = "budget"


class Scope(StrEnum):
    company = "company"
    group = "group"


class Owner(Evidence):
    name: str = Field(description="Owner's name as printed.")
    share_percent: float | None = Field(None, ge=0, le=100, description="Share owned, in percent.")


class Organization(Strict):
    name: Extracted[str] | None = Field(None, description="Legal name with its form, e.g. 'Asker Produkt AS'.")
    legal_form: Extracted[str] | None = Field(None, description="AS, IKS, SA, ASA, KF, ...")
    org_number: Extracted[str] | None = Field(None, description="Organisasjonsnummer, 9 digits, MOD11 checked.")
    founded_year: Extracted[int] | None = Field(None, description="Year the organisation was founded.")
    address: Extracted[str] | None = Field(None, description="Visiting address as printed.")
    postal_address: Extracted[str] | None = Field(None, description="Postal address as printed.")
    email: Extracted[str] | None = Field(None, description="E-mail address of the organisation.")
    phone: Extracted[str] | None = Field(None, description="Phone number as printed.")
    website: Extracted[str] | None = Field(None, description="Website as printed.")
    owners: list[Owner] = Field(default_factory=list, description="Owners and their shares.")


class ReportInfo(Strict):
    kind: Extracted[ReportKind] | None = Field(None, description="årsrapport, årsberetning (also styrets beretning), årsmelding, årsmøtepapirer (meeting "
        "papers), virksomhetsrapport or årsregnskap (the statements alone).")
    year: Extracted[int] | None = Field(None, description="The year the report covers.")
    signed_place: Extracted[str] | None = Field(None, description="Place the report was signed.")
    signed_date: Extracted[str] | None = Field(None, description="Date signed, ISO 8601.")


class BoardMember(Evidence):
    name: str = Field(description="The person's name, in its fullest form found in the document.")
    role: RoleCode = Field(description="Brønnøysund role code.")
    employee_elected: bool = Field(False, description="Chosen by the employees (ansattvalgt).")
    deputy_for: str | None = Field(None, description="For a personal deputy (VARA): the member they stand for.")
    aliases: list[str] = Field(default_factory=list, description="Other spellings of this person in the document.")


class Place(Evidence):
    name: str = Field(description="The place as normally written ('Asker', 'Nordre Follo', 'Norge').")
    kind: PlaceKind = Field(description="kommune, fylke, region, land, tettsted or adresse.")
    kommunenummer: str | None = Field(None, description="Municipality number valid in the report's year.")
    successor: str | None = Field(None, description="For a merged municipality: the one it became part of.")
    mentions: list[SourceRef] = Field(default_factory=list, description="Every mention, with provenance.")


class Percentage(Evidence):
    value: float = Field(description="The number, e.g. 64 or 3.3.")
    text: str = Field(description="As printed: '64%', '3,3 %', '80 prosent'.")
    context: str = Field(description="What it measures: the sentence, or a table cell's row and column headers.")
    year: int | None = Field(None, description="The year it refers to, where clear.")
    group: str | None = Field(None, description="The group or program it refers to (VTA, AFT, ...), where clear.")


class ProgramCode(StrEnum):
    VTA = "VTA"
    AFT = "AFT"
    VTO = "VTO"
    LAEREKANDIDAT = "LÆREKANDIDAT"
    OTHER = "OTHER"


class Program(Evidence):
    code: ProgramCode = Field(description="NAV program.")
    places: int | None = Field(None, description="Approved places (plasser).")
    person_years: float | None = Field(None, description="Person-years (årsverk).")
    participants: int | None = Field(None, description="Participants (deltakere/personer).")


class StatementKind(StrEnum):
    resultat = "resultat"  # resultatregnskap / resultatrekneskap
    balanse = "balanse"
    kontantstrom = "kontantstrom"  # kontantstrømoppstilling
    regnskap = "regnskap"  # the accounts, the statement not named
    note = "note"
    budsjett = "budsjett"  # a budget comparison (its actual column)
    nokkeltall = "nokkeltall"  # a table of key figures
    avdeling = "avdeling"  # a department's accounts (never key figures)
    other = "other"  # money lines in a table no text names


class KeyFigure(Evidence):
    label: str = Field(description="Row label as printed, e.g. 'Sum driftsinntekter'.")
    key: str | None = Field(
        None, description="Canonical line: driftsinntekter, driftskostnader, driftsresultat, finansresultat, "
        "resultat_for_skatt, arsresultat, sum_eiendeler, sum_egenkapital, sum_gjeld, sum_egenkapital_og_gjeld, ... "
        "(extractor/data/finance.json); null for a line the vocabulary does not name.")
    year: int = Field(description="Year of the column.")
    value: float = Field(description="Value in NOK (the printed figure times the unit).")
    scope: Scope = Field(Scope.company, description="Company (selskap) or group (konsern).")
    basis: Basis = Field(Basis.actual, description="Actual or budget; a budget column is never an actual.")
    statement: StatementKind | None = Field(None, description="The kind of table the figure was read from.")
    unit: str | None = Field(None, description="The unit as printed ('i 1000 kr', 'MNOK'); null when none is stated.")
    printed: str | None = Field(None, description="The figure as printed ('2 308 962', '(1 234)', '464,890.32').")
    other_sources: list[SourceRef] = Field(
        default_factory=list,
        description="Other places the same figure is printed with the same value (a summary and the full "
        "statement, the bokmål and the nynorsk page, a note).")


class Staff(Strict):
    person_years: Extracted[float] | None = Field(None, description="Ordinary staff person-years (årsverk).")
    employees: Extracted[int] | None = Field(None, description="Number of employees.")
    women: Extracted[int] | None = Field(None, description="Women employed.")
    men: Extracted[int] | None = Field(None, description="Men employed.")
    sick_leave_percent: Extracted[float] | None = Field(None, description="Sick leave (sykefravær) in percent.")
