"""Which reports are one organisation's: the org number first; otherwise the normalised name,
with shared board members as supporting evidence; a renamed organisation linked when a report
says so; and, for a report with no usable name, a board that is mostly the same people.

Reports are joined by union-find; two groups that each carry an org number, and not the same
one, are never joined (two associations may share a name). Within an organisation, two files
for one year that hold the same report (PDF and Word, a scan) are renditions: the richest is
used, the others are kept with ``rendition_of``.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz

from extractor.nlp.vocab import alternation
from extractor.timeline.keys import key_figure_key
from extractor.timeline.reports import ReportFile, org_name_variants, org_slug, shared_people
from schemas.timeline import LinkReason

SIMILAR_NAME_MIN = 90  # token-set similarity of two names that need board support
SIMILAR_NAME_PEOPLE = 2  # shared board members that back a similar name
BOARD_ONLY_PEOPLE = 3  # shared board members that link a report with no usable name ...
BOARD_ONLY_SHARE = 0.5  # ... and their share of the smaller board
RENDITION_SUFFIXES = re.compile(r"(\.(scan|ocr|signert|signed|final|endelig))+$", re.IGNORECASE)
NAME_AFTER = r"\s*:?\s*(?P<name>[A-ZÆØÅ0-9][\w&'.\-]*(?:\s+(?:[A-ZÆØÅ0-9&][\w&'.\-]*|og|for|i|av))*)"


@dataclass
class Link:
    a: int
    b: int
    reason: LinkReason
    detail: str
    shared: list[str]


class Groups:
    """Union-find over report positions that keeps each group's org numbers apart."""

    def __init__(self, reports: list[ReportFile]):
        self.parent = list(range(len(reports)))
        self.numbers = [{r.org_number} - {None} for r in reports]
        self.links: list[Link] = []

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, link: Link) -> bool:
        ra, rb = self.find(link.a), self.find(link.b)
        if ra == rb:
            return False
        if self.numbers[ra] and self.numbers[rb] and not self.numbers[ra] & self.numbers[rb]:
            return False  # two organisations with the same name or people
        self.parent[rb] = ra
        self.numbers[ra] |= self.numbers[rb]
        self.links.append(link)
        return True

    def members(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


@lru_cache(maxsize=1)
def renamed_pattern() -> re.Pattern:
    data = json.loads(resources.files("extractor.data").joinpath("renamed-phrases.json").read_text(encoding="utf-8"))
    return re.compile(rf"(?i:\b(?:{alternation(data['phrases'], any_space=True)}))" + NAME_AFTER)


def former_names(report: ReportFile) -> list[tuple[str, str]]:
    """(name, the sentence) for each former name the report states."""
    found = []
    for match in renamed_pattern().finditer(report.text):
        start = report.text.rfind(".", 0, match.start()) + 1
        end = match.end() + (report.text[match.end():match.end() + 1] == ")")
        found.append((match.group("name").strip(" .,"), report.text[start:end].strip()))
    return found


def name_index(reports: list[ReportFile]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        for variant in org_name_variants(report.name):
            index[variant].append(i)
    return index


def link(reports: list[ReportFile], a: int, b: int, reason: LinkReason, detail: str) -> Link:
    return Link(a, b, reason, detail, shared_people(reports[a].board_names, reports[b].board_names))


def iter_links(reports: list[ReportFile], groups: Groups):
    """Candidate links, strongest evidence first (the groups' state decides the board links)."""
    by_number: dict[str, list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        if report.org_number:
            by_number[report.org_number].append(i)
    for number, members in by_number.items():
        for b in members[1:]:
            yield link(reports, members[0], b, LinkReason.org_number, f"org number {number}")
    index = name_index(reports)
    for i, report in enumerate(reports):
        for former, sentence in former_names(report):
            tokens = sorted(org_name_variants(former), key=len, reverse=True)
            for variant in tokens:
                words = variant.split()
                hit = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in index), None)
                for j in index.get(hit, []) if hit else []:
                    if j != i and not org_name_variants(report.name) & org_name_variants(reports[j].name):
                        yield link(reports, i, j, LinkReason.renamed, sentence[:200])
    for variant, members in index.items():
        for b in members[1:]:
            yield link(reports, members[0], b, LinkReason.name, f"name '{variant}'")
    yield from similar_links(reports, groups)


def similar_links(reports: list[ReportFile], groups: Groups):
    """Near names backed by shared board members; no name at all, backed by most of the board."""
    for a in range(len(reports)):
        for b in range(a + 1, len(reports)):
            if groups.find(a) == groups.find(b):
                continue
            shared = shared_people(reports[a].board_names, reports[b].board_names)
            names_a, names_b = org_name_variants(reports[a].name), org_name_variants(reports[b].name)
            if names_a and names_b:
                score = max(fuzz.token_set_ratio(x, y) for x in names_a for y in names_b)
                if score >= SIMILAR_NAME_MIN and len(shared) >= SIMILAR_NAME_PEOPLE:
                    yield Link(a, b, LinkReason.similar_name, f"names {reports[a].name!r} and {reports[b].name!r}"
                               f" ({score:.0f}) and {len(shared)} shared board members", shared)
                continue
            smaller = min(len(reports[a].board_names), len(reports[b].board_names)) or 1
            if len(shared) >= BOARD_ONLY_PEOPLE and len(shared) / smaller >= BOARD_ONLY_SHARE:
                yield Link(a, b, LinkReason.board, f"{len(shared)} of {smaller} board members shared", shared)


def group_reports(reports: list[ReportFile]) -> list[tuple[list[ReportFile], list[tuple]]]:
    """The organisations among ``reports``: each its reports and the links that joined them,
    as (report, report, Link)."""
    groups = Groups(reports)
    for candidate in iter_links(reports, groups):
        groups.join(candidate)
    out = []
    for members in groups.members():
        member_set = set(members)
        links = [(reports[lk.a], reports[lk.b], lk) for lk in groups.links if lk.a in member_set]
        out.append(([reports[i] for i in members], links))
    return out


# ---------------------------------------------------------------- renditions

def document_stem(report: ReportFile) -> str:
    name = Path(str(report.source.get("path") or report.path.name)).name
    stem = re.sub(r"\.[A-Za-z0-9]{2,5}$", "", name)
    return RENDITION_SUFFIXES.sub("", stem).casefold()


def content_signature(report: ReportFile) -> tuple:
    figures = sorted((key_figure_key(kf), kf.get("year"), round(float(kf.get("value") or 0)))
                     for _, kf in report.items("key_figures") if key_figure_key(kf))
    return tuple(sorted(n.casefold() for n in report.board_names)), tuple(figures)


def same_report(a: ReportFile, b: ReportFile) -> bool:
    """Two files of one report: the same document name or the same board and key figures."""
    if a.source.get("sha256") and a.source.get("sha256") == b.source.get("sha256"):
        return True
    if document_stem(a) == document_stem(b):
        return True
    sig_a, sig_b = content_signature(a), content_signature(b)
    return bool(sig_a[0] or sig_a[1]) and sig_a == sig_b


def mark_renditions(reports: list[ReportFile]) -> None:
    """Sets ``rendition_of`` (a position in ``reports``) on all but the richest file of a report."""
    by_year: dict[int, list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        if report.year is not None:
            by_year[report.year].append(i)
    for members in by_year.values():
        richest_first = sorted(members, key=lambda k: -reports[k].richness)
        for n, i in enumerate(richest_first):
            if reports[i].rendition_of is not None:
                continue
            for j in richest_first[n + 1:]:
                if reports[j].rendition_of is None and same_report(reports[i], reports[j]):
                    reports[j].rendition_of = i


def organisation_id(reports: list[ReportFile], taken: set[str]) -> str:
    """The latest name as a slug, else the org number; made unique among ``taken``."""
    named = [r for r in reports if r.name]
    latest = max(named, key=lambda r: (r.year or 0, r.richness)) if named else None
    number = next((r.org_number for r in reports if r.org_number), None)
    fallback = number or org_slug(Path(str(reports[-1].source.get("path") or reports[-1].path.name)).stem)
    base = org_slug(latest.name) if latest else fallback
    candidate = base
    if candidate in taken and number:
        candidate = f"{base}-{number}"
    n = 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate
