"""One organisation's reports → ``schemas.timeline.Timeline``: the board, CEO, programs, places
and key figures per year, each value with its source, and the checks between reports."""
from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from extractor import __version__, gazetteers
from extractor.timeline.checks import (
    ORIGIN_RANK, Obs, check_mismatches, check_returns, check_unit_jumps, check_years,
)
from extractor.timeline.group import Link, mark_renditions
from extractor.timeline.keys import key_figure_key, key_info
from extractor.timeline.reports import People, ReportFile
from schemas.timeline import (
    BoardSeat, BoardYear, CeoYear, KeyFigureYear, NameUse, Organisation, OrgLink, Origin, PersonHistory,
    PlaceYear, ProgramYear, Reading, ReportEntry, RoleChange, Severity, Term, Timeline, ValueRef,
)


def item_ref(report: ReportFile, pointer: str, node: dict) -> ValueRef:
    source = node.get("source") or next(iter(node.get("mentions") or []), None) or {}
    return ValueRef(report=report.index, pointer=pointer, page=source.get("page"), path=source.get("path"),
                    text=source.get("text"))


def order_reports(reports: list[ReportFile]) -> list[ReportFile]:
    ordered = sorted(reports, key=lambda r: (r.year is None, r.year or 0, -r.richness, str(r.path)))
    for index, report in enumerate(ordered):
        report.index, report.rendition_of = index, None
    mark_renditions(ordered)
    return ordered


def year_groups_of(reports: list[ReportFile]) -> dict[int, list[ReportFile]]:
    """Report year → the different reports for it (renditions left out), richest first."""
    groups: dict[int, list[ReportFile]] = defaultdict(list)
    for report in reports:
        if report.year is not None and report.rendition_of is None:
            groups[report.year].append(report)
    return {year: sorted(group, key=lambda r: -r.richness) for year, group in sorted(groups.items())}


# ---------------------------------------------------------------- board and CEO

def build_board(year_reports: dict[int, ReportFile], people: People) -> list[BoardYear]:
    board: list[BoardYear] = []
    seen: set[str] = set()
    for year, report in year_reports.items():
        seats = [BoardSeat(person=people.display(m["name"]), name=m["name"], role=m.get("role") or "MEDL",
                           employee_elected=bool(m.get("employee_elected")), confidence=m.get("confidence", 0),
                           source=item_ref(report, f"/board/{pos}", m))
                 for pos, m in report.items("board") if m.get("name")]
        entry = BoardYear(year=year, report=report.index, members=seats)
        if board and seats and board[-1].members:
            before = {s.person: s.role for s in board[-1].members}
            now = {s.person: s.role for s in seats}
            entry.joined = [p for p in now if p not in before]
            entry.left = [p for p in before if p not in now]
            entry.returned = [p for p in entry.joined if p in seen]
            entry.role_changes = [RoleChange(person=p, from_role=before[p], to_role=now[p])
                                  for p in now if p in before and before[p] != now[p]]
        seen |= {s.person for s in seats}
        board.append(entry)
    return board


ROLE_RANK = {"LEDE": 0, "NEST": 1, "MEDL": 2, "VARA": 3, "OBS": 4}


def build_people(board: list[BoardYear], people: People) -> list[PersonHistory]:
    runs: dict[str, list[Term]] = {}
    previous: dict[str, int] = {}  # person → position of the last board they sat on
    for position, entry in enumerate(board):
        for seat in entry.members:
            terms = runs.setdefault(seat.person, [])
            if terms and previous.get(seat.person) == position - 1 and terms[-1].role == seat.role:
                terms[-1].last_year = entry.year
            else:
                terms.append(Term(role=seat.role, first_year=entry.year, last_year=entry.year))
            previous[seat.person] = position
    ordered = sorted(runs.items(), key=lambda kv: (kv[1][0].first_year, min(ROLE_RANK[t.role.value] for t in kv[1]), kv[0]))
    return [PersonHistory(name=name, aliases=people.aliases(name), terms=terms) for name, terms in ordered]


def build_ceo(year_reports: dict[int, ReportFile], people: People) -> list[CeoYear]:
    out: list[CeoYear] = []
    for year, report in year_reports.items():
        node = report.data.get("ceo")
        if not report.ceo:
            continue
        name = people.display(report.ceo)
        out.append(CeoYear(year=year, name=name, changed=bool(out) and out[-1].name != name,
                           source=item_ref(report, "/ceo", node)))
    return out


# ---------------------------------------------------------------- programs and places

def build_programs(year_reports: dict[int, ReportFile]) -> list[ProgramYear]:
    return [ProgramYear(year=year, code=p["code"], places=p.get("places"), person_years=p.get("person_years"),
                        participants=p.get("participants"), source=item_ref(report, f"/programs/{pos}", p))
            for year, report in year_reports.items() for pos, p in report.items("programs") if p.get("code")]


def place_as_valid(name: str, kind: str, year: int, last_year: int) -> dict:
    """The place as it was in ``year``, and what it is in ``last_year`` (its lineage)."""
    out = {"name": name, "kommunenummer": None, "county": None, "county_number": None,
           "lineage": name, "lineage_number": None}
    if kind == "kommune" and (found := gazetteers.municipality(name, year)):
        out.update(name=found.current_name, kommunenummer=found.current_number)
        later = gazetteers.municipality(found.current_name, last_year)
        if later:
            out.update(lineage=later.current_name, lineage_number=later.current_number)
        county = gazetteers.county_by_number(found.current_number, year)
    elif kind == "fylke" and (county := gazetteers.county(name, year)):
        out.update(name=county.name)
    else:
        county = None
    if county:
        out.update(county=county.name, county_number=county.number)
    return out


def build_places(year_reports: dict[int, ReportFile]) -> list[PlaceYear]:
    last_year = max(year_reports, default=0)
    out = []
    for year, report in year_reports.items():
        seen = set()
        for pos, place in report.items("places"):
            if not place.get("name") or not place.get("kind"):
                continue
            valid = place_as_valid(place["name"], place["kind"], year, last_year)
            if (valid["name"], place["kind"]) in seen:
                continue  # 'Røyken' and 'Asker' in one 2021 report are one place
            seen.add((valid["name"], place["kind"]))
            out.append(PlaceYear(year=year, kind=place["kind"], mentioned_as=place["name"],
                                 source=item_ref(report, f"/places/{pos}", place), **valid))
    return out


# ---------------------------------------------------------------- key figures

def iter_observations(reports: list[ReportFile]):
    for report in reports:
        if report.year is None or report.rendition_of is not None:
            continue
        for pos, figure in report.items("key_figures"):
            key, year = key_figure_key(figure), figure.get("year")
            if key is None or not isinstance(year, int) or year > report.year or figure.get("value") is None:
                continue
            origin = (Origin.own_year if year == report.year else
                      Origin.prior_year if year == report.year - 1 else Origin.earlier_year)
            yield Obs(key=key, scope=str(figure.get("scope") or "company"), year=year, value=float(figure["value"]),
                      label=str(figure.get("label") or key), origin=origin, confidence=figure.get("confidence", 0),
                      reviewed=bool(figure.get("reviewed")), report=report,
                      ref=item_ref(report, f"/key_figures/{pos}", figure))


def select_figures(observations: list[Obs], disputed: set[tuple]) -> list[KeyFigureYear]:
    groups: dict[tuple, list[Obs]] = defaultdict(list)
    for obs in observations:
        groups[(obs.key, obs.scope, obs.year)].append(obs)
    out = []
    for (key, scope, year), readings in sorted(groups.items(), key=lambda kv: (key_info(kv[0][0]).order, kv[0])):
        readings.sort(key=lambda o: (o.suspect, ORIGIN_RANK[o.origin], not o.reviewed, -o.confidence))
        chosen = readings[0]
        out.append(KeyFigureYear(
            key=key, scope=scope, year=year, value=chosen.value, label=chosen.label,
            disputed=(key, year) in disputed,
            readings=[Reading(value=o.value, label=o.label, origin=o.origin, confidence=o.confidence,
                              reviewed=o.reviewed, suspect=o.suspect, source=o.ref) for o in readings]))
    return out


# ---------------------------------------------------------------- the whole timeline

def report_entry(report: ReportFile, out_dir: Path) -> ReportEntry:
    source = report.source
    return ReportEntry(index=report.index, file=os.path.relpath(report.path.resolve(), out_dir.resolve()),
                       document=str(source.get("path") or ""), sha256=source.get("sha256"),
                       format=source.get("format"), year=report.year, name=report.name,
                       org_number=report.org_number, rendition_of=report.rendition_of)


def build_organisation(org_id: str, reports: list[ReportFile], links: list[Link]) -> Organisation:
    names: dict[str, list[int]] = defaultdict(list)
    for report in reports:
        if report.name and report.rendition_of is None and report.year is not None:
            names[report.name].append(report.year)
    latest = max(names.items(), key=lambda kv: max(kv[1]))[0] if names else None
    org_links = [OrgLink(reports=tuple(sorted((a.index, b.index))), reason=lk.reason, detail=lk.detail,
                         shared_board_members=lk.shared) for a, b, lk in links]
    org_links += [OrgLink(reports=(r.rendition_of, r.index), reason="rendition",
                          detail=f"{r.year}: the same report in another file") for r in reports if r.rendition_of is not None]
    return Organisation(id=org_id, name=latest, org_number=next((r.org_number for r in reports if r.org_number), None),
                        names=[NameUse(name=n, years=sorted(set(y))) for n, y in names.items()],
                        links=sorted(org_links, key=lambda lk: lk.reports))


def build_timeline(org_id: str, reports: list[ReportFile], links: list, out_dir: Path) -> Timeline:
    """``reports`` must have been ordered by ``order_reports``; ``links`` are (report, report, Link)."""
    year_groups = year_groups_of(reports)
    year_reports = {year: group[0] for year, group in year_groups.items()}
    people = People([n for r in year_reports.values() for n in r.board_names + ([r.ceo] if r.ceo else [])])
    board = build_board(year_reports, people)
    observations = list(iter_observations(reports))
    checks = check_unit_jumps(observations) + check_mismatches(observations, year_reports)
    checks += check_returns(board, year_reports) + check_years(year_groups)
    disputed = {(c.key, c.year) for c in checks if c.severity == Severity.review}
    years = list(range(min(year_groups), max(year_groups) + 1)) if year_groups else []
    return Timeline(
        tool_version=__version__, organisation=build_organisation(org_id, reports, links),
        reports=[report_entry(r, out_dir) for r in reports], years=years,
        missing_years=[y for y in years if y not in year_groups], board=board, people=build_people(board, people),
        ceo=build_ceo(year_reports, people), programs=build_programs(year_reports),
        places=build_places(year_reports), key_figures=select_figures(observations, disputed), checks=checks)
