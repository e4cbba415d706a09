"""Checks between the reports of one organisation, each a named reason (schemas.timeline.CheckReason).

- ``unit_jump``: a stable size (income, costs, assets) about x1000 off the readings of
  neighbouring years in the *other* reports: one report's unit was misread. The median of the
  neighbours decides which side is odd, so one misread report among several is singled out.
- ``prior_year_mismatch``: a report's column for an earlier year disagrees with that year's
  own report. Rounding is not disagreement: values agree within 1 kr, or within the rounding
  of the rounder one when it is printed in thousands or more. The suspect is the side whose
  report has unit jumps (for a x1000 ratio), else the side a third report does not back.
- ``board_member_returned``: someone left the board and came back. Queued for review only when
  a report of the absent years prints the name (the board there was probably misread);
  otherwise a note, since people do come back.
- ``duplicate_year``: two different reports say they cover the same year.
- ``missing_year``: a year with no report between the first and the last.

A check whose suspect values a person has already reviewed becomes a note.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from statistics import median

from extractor.timeline.keys import key_info
from extractor.timeline.reports import ReportFile, name_in_text
from schemas.timeline import BoardYear, Check, CheckReason, Origin, Severity, ValueRef

JUMP_LOG10 = (2.5, 3.5)  # |log10 ratio| of a x1000 jump
JUMP_WINDOW = 2  # years either side whose readings are neighbours
ROUNDING_MIN = 1000  # a value that ends in 000 may be a figure printed in thousands
ROUNDING_MAX = 1_000_000
ORIGIN_RANK = {Origin.own_year: 0, Origin.prior_year: 1, Origin.earlier_year: 2}


@dataclass
class Obs:
    """One reading of a key figure, while the checks decide about it."""

    key: str
    scope: str
    year: int
    value: float
    label: str
    origin: Origin
    confidence: float
    reviewed: bool
    report: ReportFile
    ref: ValueRef
    suspect: bool = False


def fmt(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if not float(value).is_integer() else f"{int(value):,}"
    return text.replace(",", " ")


def doc_name(report: ReportFile) -> str:
    return report.path.name


def is_x1000(a: float, b: float) -> bool:
    if not a or not b:
        return False
    low, high = JUMP_LOG10
    return low <= abs(math.log10(abs(a) / abs(b))) <= high


def rounding(value: float) -> int:
    whole, step = round(abs(value)), 1
    while whole and step < ROUNDING_MAX and whole % (step * 10) == 0:
        step *= 10
    return step


def values_agree(a: float, b: float, sign_free: bool = False) -> bool:
    if sign_free:
        a, b = abs(a), abs(b)
    if abs(a - b) <= 1:
        return True
    step = max(rounding(a), rounding(b))
    return step >= ROUNDING_MIN and abs(a - b) <= step / 2


def severity_for(refs: list[Obs]) -> Severity:
    return Severity.note if refs and all(o.reviewed for o in refs) else Severity.review


# ---------------------------------------------------------------- key figures

def check_unit_jumps(observations: list[Obs]) -> list[Check]:
    series: dict[tuple, list[Obs]] = defaultdict(list)
    for obs in observations:
        series[(obs.key, obs.scope)].append(obs)
    checks = []
    for (key, _), readings in series.items():
        if not key_info(key).stable:
            continue
        for obs in readings:
            neighbours = [n for n in readings if n.report is not obs.report and n.value
                          and abs(n.year - obs.year) <= JUMP_WINDOW]
            if not obs.value or not neighbours:
                continue
            typical = median(abs(n.value) for n in neighbours)
            if not is_x1000(obs.value, typical):
                continue
            obs.suspect = not obs.reviewed
            nearest = sorted(neighbours, key=lambda n: (abs(n.year - obs.year), ORIGIN_RANK[n.origin]))[:2]
            factor = abs(obs.value) / typical
            ratio = f"{factor:,.0f} times" if factor > 1 else f"1/{1 / factor:,.0f} of"
            checks.append(Check(
                reason=CheckReason.unit_jump, severity=severity_for([obs]), key=key, year=obs.year,
                message=(f"{key} {obs.year}: {fmt(obs.value)} in {doc_name(obs.report)} is {ratio} the "
                         f"{fmt(typical)} other reports give around that year: a misread unit (kr / 1000 kr)?"),
                refs=[obs.ref, *(n.ref for n in nearest)], suspects=[0]))
    return checks


def mismatch_suspects(mine: Obs, theirs: Obs, all_obs: list[Obs], jumpy: set[int]) -> list[int]:
    """Which of (mine, theirs) is likely wrong: the x1000 side from a report with unit jumps,
    else the side no third report backs."""
    if is_x1000(mine.value, theirs.value):
        sides = [i for i, o in enumerate((mine, theirs)) if id(o.report) in jumpy]
        if len(sides) == 1:
            return sides
    sign_free = key_info(mine.key).sign_free
    third = [o for o in all_obs if o.report is not mine.report and o.report is not theirs.report]
    backs_mine = any(values_agree(o.value, mine.value, sign_free) for o in third)
    backs_theirs = any(values_agree(o.value, theirs.value, sign_free) for o in third)
    if backs_mine != backs_theirs:
        return [1] if backs_mine else [0]
    return []


def check_mismatches(observations: list[Obs], year_reports: dict[int, ReportFile]) -> list[Check]:
    """Each report's reading of a year against that year's own report."""
    jumpy = {id(o.report) for o in observations if o.suspect}
    by_year: dict[tuple, list[Obs]] = defaultdict(list)
    for obs in observations:
        by_year[(obs.key, obs.scope, obs.year)].append(obs)
    checks = []
    for (key, _, year), readings in sorted(by_year.items(), key=lambda kv: (kv[0][0], kv[0][2])):
        anchor = year_reports.get(year)
        own = [o for o in readings if o.report is anchor]
        if not own:
            continue
        sign_free = key_info(key).sign_free
        others: dict[int, list[Obs]] = defaultdict(list)
        for obs in readings:
            if obs.report is not anchor:
                others[id(obs.report)].append(obs)
        for theirs_all in others.values():
            if any(values_agree(a.value, b.value, sign_free) for a in own for b in theirs_all):
                continue
            mine = max(own, key=lambda o: (o.reviewed, o.confidence))
            theirs = max(theirs_all, key=lambda o: (o.reviewed, o.confidence))
            suspects = [i for i in mismatch_suspects(mine, theirs, readings, jumpy)
                        if not (mine, theirs)[i].reviewed]
            for i in suspects:
                (mine, theirs)[i].suspect = True
            column = "previous year's column" if theirs.origin == Origin.prior_year else f"{year} column"
            checks.append(Check(
                reason=CheckReason.prior_year_mismatch,
                severity=severity_for([(mine, theirs)[i] for i in suspects] or [mine, theirs]), key=key, year=year,
                message=(f"{key} {year}: {doc_name(mine.report)} gives {fmt(mine.value)}, the {column} of "
                         f"{doc_name(theirs.report)} gives {fmt(theirs.value)}"),
                refs=[mine.ref, theirs.ref], suspects=suspects))
    return checks


# ---------------------------------------------------------------- reports and board

def report_year_ref(report: ReportFile) -> ValueRef:
    source = ((report.data.get("report") or {}).get("year") or {}).get("source") or {}
    return ValueRef(report=report.index, pointer="/report/year", page=source.get("page"),
                    path=source.get("path"), text=source.get("text"))


def check_years(year_groups: dict[int, list[ReportFile]]) -> list[Check]:
    checks = []
    years = sorted(year_groups)
    for year in years:
        group = year_groups[year]
        if len(group) > 1:
            names = ", ".join(doc_name(r) for r in group)
            checks.append(Check(reason=CheckReason.duplicate_year, severity=Severity.review, year=year,
                                message=f"{len(group)} different reports for {year}: {names}",
                                refs=[report_year_ref(r) for r in group]))
    for before, after in zip(years, years[1:]):
        if after - before > 1:
            gap = list(range(before + 1, after))
            span = str(gap[0]) if len(gap) == 1 else f"{gap[0]}-{gap[-1]}"
            checks.append(Check(
                reason=CheckReason.missing_year, severity=Severity.review, year=gap[0],
                message=f"no report for {span} between {doc_name(year_groups[before][0])} and "
                        f"{doc_name(year_groups[after][0])} (or a report's year was misread)",
                refs=[report_year_ref(year_groups[before][0]), report_year_ref(year_groups[after][0])]))
    return checks


def check_returns(board: list[BoardYear], year_reports: dict[int, ReportFile]) -> list[Check]:
    checks = []
    by_report = {r.index: r for r in year_reports.values()}
    for position, entry in enumerate(board):
        for person in entry.returned:
            earlier = [b for b in board[:position] if any(m.person == person for m in b.members)]
            last = earlier[-1]
            gap = [b for b in board[:position] if b.year > last.year]
            seat = next(m for m in entry.members if m.person == person)
            old_seat = next(m for m in last.members if m.person == person)
            printed = [b for b in gap if name_in_text(person, by_report[b.report].text)]
            refs = [seat.source, old_seat.source] + [ValueRef(report=b.report, pointer="/board") for b in printed]
            years = ", ".join(str(b.year) for b in gap)
            message = f"{person} left the board after {last.year} and came back in {entry.year}"
            if printed:
                message += f"; the {', '.join(str(b.year) for b in printed)} report prints the name: a missed board member?"
            checks.append(Check(reason=CheckReason.board_member_returned, key=person, year=entry.year,
                                severity=Severity.review if printed else Severity.note,
                                message=message + ("" if printed else f" (not named in {years})"), refs=refs))
    return checks
