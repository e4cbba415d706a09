"""What a probe is: one wording or layout, as document items, with the values it must give.

A probe is data. ``render.py`` turns its items into a DOCX (python-docx) and, for layout cases,
a PDF (LibreOffice from that DOCX); ``check.py`` compares the tool's output with ``Expect``.
Names, places and figures in probes are invented.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# --- document items ------------------------------------------------------------------------


@dataclass(frozen=True)
class H:
    """A heading (Word's Heading N style)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class P:
    """A paragraph; ``\\n`` is a line break inside it (Shift+Enter). ``style``: a Word style
    such as "List Bullet"; ``bold``/``italic`` for the whole paragraph; ``tabs``: right-aligned
    tab stops, in points from the left margin (a statement set with tab stops, not a table)."""

    text: str
    style: str | None = None
    bold: bool = False
    italic: bool = False
    size: float | None = None  # font size in points (None: the body's 10 pt)
    tabs: tuple[float, ...] = ()
    dot_leader: bool = False  # the tab stops fill the gap with dots (a "Role ........ Name" list)
    left_tabs: bool = False  # the tab stops are left-aligned (a "Label:⇥names" list, the names at one edge)
    centered: bool = False  # set centred between the margins (a statement's title over its table)
    tracking: float = 0.0  # letter-spacing in ems, set in capitals (a designer's label over a table)


@dataclass(frozen=True)
class Li:
    """A bullet list item."""

    text: str


@dataclass(frozen=True)
class T:
    """A table: rows of cell texts. ``ruled=False`` draws no lines (an unruled statement or a
    layout table) but the ``sum_rules``; the first row is bold when ``bold_header``."""

    rows: tuple[tuple[str, ...], ...]
    ruled: bool = True
    bold_header: bool = True
    sum_rules: tuple[int, ...] = ()  # rows with a rule above them (the sums of an unruled statement)
    merged: tuple[tuple[int, int, int], ...] = ()  # (row, first column, last column): one cell spanning them
    repeat_header: bool = False  # the first row is repeated on top of every page the table runs onto
    right_aligned: bool = False  # every column but the first is set flush right (figures under their headers)
    figures_right: bool = False  # ... but the first row, which stays flush left (a header beside its figures' left)
    last_right: bool = False  # only the last column's body cells flush right ("Valgt til" over years at the cell's right)
    new_page: bool = False  # the table starts a new page (``Break`` applies to the next paragraph only)
    centred: bool = False  # a narrow table, cells centred vertically (a browser's default): a label beside a wrapped cell's middle
    # a designer's table as wide as the text, ruled only by each cell's own bottom border (grey, the
    # header's darker): "plain" sets the header as the rows, "caps" in small grey capitals; no other rules
    hairlines: str = ""
    sidebar: bool = False  # browser: the first column a sidebar of fixed width, its labels small, level with the text beside
    heading_rows: tuple[int, ...] = ()  # browser: rows whose last cell is set as a heading (a sidebar page's main column)
    # a designer's table style (``browser`` rendition only; ``render_html.DESIGNS``): faint hairlines,
    # zebra stripes, shaded totals, a tinted header band ...; ``groups`` are bold group-head rows of
    # one cell spanning the row ("Driftsinntekter"), ``totals`` the bold sum rows the style marks
    design: str = ""
    groups: tuple[int, ...] = ()
    totals: tuple[int, ...] = ()


@dataclass(frozen=True)
class Sign:
    """A signature block: an optional place and date line, then people in columns (``per_row``),
    each a signature rule, the name and the title (``title_above`` puts the title first)."""

    people: tuple[tuple[str, str], ...]
    place_date: str | None = None
    per_row: int = 3
    title_above: bool = False


@dataclass(frozen=True)
class Box:
    """A floating text box (a sidebar), one paragraph per line. ``size``: its font size in
    points (None: the body's); ``left``/``width``/``height``: where it floats, in points from
    the left margin."""

    lines: tuple[str, ...]
    size: float | None = None
    left: float = 300
    width: float = 150
    height: float = 180
    wrap: bool = False  # the body text wraps around the box (else the box floats over it)
    tabs: tuple[float, ...] = ()  # left tab stops, in points from the box's inner edge ("Label:⇥Name" lines)
    frame: bool = True  # False: no fill and no frame (a designer's side column of plain text beside the body)


@dataclass(frozen=True)
class Picture:
    """An image with text drawn in it: a photo collage (grey "faces" with a caption of lines under
    each, ``per_row`` to a row) or, with ``faces=False``, a screenshot of lines of text
    (columns set apart by ``\\t``). Its text can only be read by OCR."""

    captions: tuple[tuple[str, ...], ...]
    per_row: int = 3
    faces: bool = True
    typed: bool = False  # a typewritten page: a monospaced face (the lines of an old scanned report)
    drift: float = 0.0  # figure columns set this share of a line lower (typed in a second pass)
    drift_from: int = 0  # ... from this line on (the sheet slipped after the first lines)
    drift_growth: float = 0.0  # ... and this share more on every line after (a column that slants away)
    gutter: int = 60  # pixels between tab columns (a typescript's second column stands further off)


@dataclass(frozen=True)
class Cards:
    """Portrait cards, ``per_row`` to a row: a photo with its caption in the text layer under it,
    the name in bold over the role, or with ``one_line`` "Name, role" on one line."""

    people: tuple[tuple[str, str], ...]
    per_row: int = 4
    one_line: bool = False
    ragged: bool = False  # photos cropped to different heights: the captions start at different heights


@dataclass(frozen=True)
class CaptionRow:
    """A designer's board strip (``browser`` rendition only): a row of photos drawn as shaded boxes
    (no image), and under it a row of captions in its own flex row, each as wide as its text needs,
    so a caption starts under its photo only roughly; ``role_first`` sets the role in small
    capitals over the name; ``note`` is a line under the captions ("* Valgt av de ansatte")."""

    people: tuple[tuple[str, str], ...]  # (name, role)
    role_first: bool = False
    note: str = ""


@dataclass(frozen=True)
class Header:
    """The running header (``footer=True``: footer) of every page: one line of text."""

    text: str
    footer: bool = False


@dataclass(frozen=True)
class Printed:
    """A web page printed from a browser with its header and footer on: the date and the page's
    title atop every page, its address and "page/pages" at the foot (the ``browser`` rendition
    prints them as Chromium does; the DOCX sets the same texts as its header and footer)."""

    title: str
    url: str
    date: str = "14.03.2024, 09:12"


@dataclass(frozen=True)
class Break:
    """A page break before the next item."""


@dataclass(frozen=True)
class Html:
    """Raw HTML for the ``web`` rendition (a PDF LibreOffice makes from a web page, as a report
    exported from a website) and the ``browser`` one (a designer's page printed by Chromium);
    ``page`` is the CSS page size ("A4 landscape")."""

    markup: str
    page: str = "A4"


@dataclass(frozen=True)
class Columns:
    """Items set in newspaper columns (a section with ``count`` columns, two unless told)."""

    items: tuple[Any, ...]
    count: int = 2


@dataclass(frozen=True)
class Side:
    """Two cells of an unruled layout table side by side, each holding items (headings,
    paragraphs, tables): a web page's text beside its statements."""

    left: tuple[Any, ...]
    right: tuple[Any, ...]
    split: tuple[float, float] = (1.0, 1.0)  # the cells' widths in proportion ((1, 2.6): a narrow text column beside a statement)
    close: bool = False  # the left cell's text justified, the cells 8 pt apart (under an em)


# --- what the output must say ---------------------------------------------------------------

UNCHECKED: Any = type("Unchecked", (), {"__repr__": lambda self: "UNCHECKED"})()


@dataclass(frozen=True)
class Figure:
    """A key figure: ``key`` is the canonical key when the output carries one (``driftsinntekter``,
    ``arsresultat``, ...) and is otherwise compared with the printed label."""

    key: str
    year: int
    value: float
    basis: str = "actual"
    label: str | None = None  # the label as printed, when it differs from the key
    scope: str | None = None  # "group" or "company" when the figure must carry that scope (None: any)


@dataclass(frozen=True)
class Expect:
    """Each field left UNCHECKED is not compared. ``board`` is the whole board, exactly: a set of
    (name in its fullest form, role code, employee_elected). ``ceo=None`` asserts no daglig
    leder. ``programs`` maps each program code the output must hold to its places (None: any);
    ``only_programs`` forbids other codes. ``key_figures`` must each be found;
    ``absent_figures`` must not be reported with the basis given (a budget as an actual);
    ``flagged_figures`` / ``sure_figures`` must be found below / at or above the output's
    ``review_threshold``; ``figure_reasons`` / ``no_figure_reasons`` pair a figure (which must be
    found) with a reason code ("prose_agrees") it must / must not carry; each key in ``once`` is
    reported at most once per year and scope.
    ``percentages``, ``headings`` and the ``absent_*`` fields check only what they list;
    ``percentage_counts``, ``table_rows`` and ``box_texts`` too (see their comments).
    ``low_confidence`` names fields whose value, when given, must fall below the review
    threshold (a wrong or doubtful value must not look sure); ``doubtful_board`` does the same for
    board entries, by name."""

    board: Any = UNCHECKED
    ceo: Any = UNCHECKED
    org_name: Any = UNCHECKED
    org_number: Any = UNCHECKED
    report_year: Any = UNCHECKED
    report_kind: Any = UNCHECKED
    programs: Any = UNCHECKED
    only_programs: bool = True
    person_years: Any = UNCHECKED
    employees: Any = UNCHECKED
    sick_leave: Any = UNCHECKED
    places: Any = UNCHECKED  # names that must all be found
    founded_year: Any = UNCHECKED
    email: Any = UNCHECKED
    website: Any = UNCHECKED  # compared without "www." and "https://"
    phone: Any = UNCHECKED  # compared without spaces
    address: Any = UNCHECKED  # must stand inside the output's address, as the scorer compares it
    owners: Any = UNCHECKED  # the whole set of (name, share percent or None), exactly
    low_confidence: tuple[str, ...] = ()  # fields (org_name, report_year, "programs.VTA", "owners", ...) whose value must be below review
    doubtful_board: tuple[str, ...] = ()  # names whose board entry, when given, must be below review
    sure_board: tuple[str, ...] = ()  # names whose board entry must be found at or above review
    chair: Any = UNCHECKED  # the name of the most confident LEDE (another body's leader ranks below)
    key_figures: tuple[Figure, ...] = ()
    absent_figures: tuple[Figure, ...] = ()
    flagged_figures: tuple[Figure, ...] = ()  # found, with confidence below the review threshold
    sure_figures: tuple[Figure, ...] = ()  # found, with confidence at or above it
    figure_reasons: tuple[tuple[Figure, str], ...] = ()  # (figure, a reason code it must carry)
    no_figure_reasons: tuple[tuple[Figure, str], ...] = ()  # (figure, a reason code it must not carry)
    once: tuple[str, ...] = ()  # keys reported at most once per year and scope (a statement printed twice)
    absent_places: tuple[str, ...] = ()  # names no place may have ("Lincoln" the person)
    doubtful_places: tuple[str, ...] = ()  # names whose place, when given, must be below review
    sure_places: tuple[str, ...] = ()  # names whose place, when given, must be at or above review (list them in places too)
    percentages: tuple[tuple[float, str], ...] = ()  # (value, a word its context must hold)
    absent_percentages: tuple[float, ...] = ()  # values no percentage may have (a change in points)
    foreign_contexts: tuple[tuple[float, str], ...] = ()  # (value, a text its context must not hold: another row's cell)
    headings: tuple[str, ...] = ()  # texts that must each be a section heading
    absent_headings: tuple[str, ...] = ()  # texts no section heading may be
    absent_texts: tuple[str, ...] = ()  # texts no heading or paragraph may hold (a browser's print header)
    percentage_counts: tuple[tuple[float, int], ...] = ()  # (value, how many percentages have it)
    table_rows: tuple[tuple[str, ...], ...] = ()  # rows some output table must hold, cell by cell
    whole_tables: tuple[tuple[tuple[str, ...], ...], ...] = ()  # each: rows one output table must hold, in order
    box_texts: tuple[str, ...] = ()  # texts that must stand in a text-box paragraph (a sidebar's lines)


@dataclass(frozen=True)
class Probe:
    """``family`` groups probes in the figures of ``bench/probes.py`` (board, not_board, people,
    roles, ceo, organisation, report, programs, staff, statements, ...); ``lang`` is nb or nn;
    ``formats`` are the renditions tested (docx; pdf for layout cases; html: a landscape PDF
    LibreOffice makes from the items written as a web page; web: a PDF LibreOffice's web-page
    export makes of the probe's ``Html`` markup; tight and browser: see ``render``; scan: the
    probe's ``Picture`` items as pages of an image-only PDF, greyed, tilted and specked, as an old
    typescript is scanned). ``title`` is a first
    heading so the document reads as a report (None for none)."""

    id: str
    family: str
    items: tuple[Any, ...]
    expect: Expect
    lang: str = "nb"
    formats: tuple[str, ...] = ("docx",)
    title: str | None = "Årsrapport 2023"
    notes: str = ""
    extra: dict = field(default_factory=dict, hash=False, compare=False)


def board(*members: tuple) -> frozenset[tuple[str, str, bool]]:
    """``board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL", True))``."""
    return frozenset((m[0], m[1], bool(m[2]) if len(m) > 2 else False) for m in members)
