"""The page per organisation, ``TL/<org>.html``: one static file that works offline (inline CSS,
inline SVG charts from ``svg``, no script or font from elsewhere). Every value links to the
report output it was read from (and, when the source document is found, to its page)."""
from __future__ import annotations

import os
from collections import defaultdict
from html import escape
from pathlib import Path
from urllib.parse import quote

from extractor.timeline.checks import fmt
from extractor.timeline.keys import key_info
from extractor.timeline.svg import ROLE_NAMES, Point, Seat, board_chart, line_chart, role_legend
from schemas.timeline import Severity, Timeline, ValueRef

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d232b;background:#f5f5f2}
header{background:#23395d;color:#fff;padding:1rem 1.5rem}header h1{margin:0 0 .2rem;font-size:1.5rem}
header .meta{opacity:.9}main{padding:1rem 1.5rem;max-width:1240px}
section{background:#fff;border-radius:6px;box-shadow:0 1px 3px #0002;padding:1rem;margin:0 0 1rem}
h2{font-size:1.15rem;margin:0 0 .6rem}.charts{display:flex;flex-wrap:wrap;gap:.5rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:12px}
td,th{border-bottom:1px solid #e3e3de;padding:.25rem .4rem;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}td.wrap{white-space:normal;text-align:left;min-width:6.5rem;font-size:11px}td.disputed a{color:#c0271b;font-weight:600}
a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}.pg{color:#777;font-size:11px;margin-left:.2em}
.chart-title{font-weight:600;font-size:13px;fill:#1d232b}.axis{font-size:11px;fill:#666}.grid{stroke:#e6e6e1}
.series{fill:none;stroke:#1f5fa8;stroke-width:2}.point{fill:#1f5fa8;stroke:#fff;stroke-width:1.5}
.point.disputed{fill:#c0271b}.reading{fill:#fff;stroke:#c0271b;stroke-width:1.5}
.name{font-size:12px;fill:#1d232b}.term{stroke:#fff}.role-LEDE{fill:#23395d}.role-NEST{fill:#3f7cc0}
.role-MEDL{fill:#8fb3dc}.role-VARA{fill:#c9d9ec}.role-OBS{fill:#ddd}.role-CEO{fill:#d08a2c}
.legends{margin:.3rem 0 .6rem}.legend{margin-right:1rem;font-size:12px}
.check{padding:.4rem .6rem;border-left:4px solid #c0271b;margin:.3rem 0;background:#fdf3f2}
.check.note{border-color:#999;background:#f4f4f4}.reason{font-family:monospace;font-size:12px;color:#555}
ul.changes{margin:.3rem 0;padding-left:1.2rem}.muted{color:#777}
"""


class Links:
    """hrefs from the page (in ``out_dir``) to report outputs and source documents."""

    def __init__(self, timeline: Timeline, out_dir: Path):
        from extractor.review.web import locate_source

        self.reports = timeline.reports
        self.docs: dict[int, str | None] = {}
        for entry in timeline.reports:
            found = locate_source(out_dir / entry.file, {"source": {"path": entry.document, "sha256": entry.sha256}})
            self.docs[entry.index] = quote(os.path.relpath(found, out_dir.resolve())) if found else None

    def href(self, ref: ValueRef) -> str:
        return quote(self.reports[ref.report].file)

    def where(self, ref: ValueRef) -> str:
        entry = self.reports[ref.report]
        page = f", s. {ref.page}" if ref.page else ""
        return f"{Path(entry.document).name or entry.file}{page}"

    def value(self, text: str, ref: ValueRef, css: str = "") -> str:
        """The value linked to its report output, and 's. N' linked to the document page."""
        link = f'<a href="{self.href(ref)}" title="{escape(self.where(ref))}">{escape(text)}</a>'
        doc = self.docs.get(ref.report)
        if ref.page:
            page = f"s. {ref.page}"
            link += (f'<a class="pg" href="{doc}#page={ref.page}">{page}</a>' if doc
                     else f'<span class="pg">{page}</span>')
        return f'<td class="{css}">{link}</td>' if css is not None else link


def nbsp(text: str) -> str:
    return text.replace(" ", "\u00a0")


def year_table(years: list[int], rows: list[tuple[str, dict[int, str]]], head: str) -> str:
    out = [f"<div class=\"scroll\"><table><tr><th>{escape(head)}</th>" + "".join(f"<th>{y}</th>" for y in years) + "</tr>"]
    for label, cells in rows:
        out.append(f"<tr><td>{escape(label)}</td>" + "".join(cells.get(y, "<td></td>") for y in years) + "</tr>")
    return "".join(out) + "</table></div>"


def key_figures_section(tl: Timeline, links: Links) -> str:
    if not tl.key_figures:
        return '<section id="key-figures"><h2>Nøkkeltall</h2><p class="muted">No key figures read.</p></section>'
    series: dict[tuple, list] = defaultdict(list)
    for fig in tl.key_figures:
        series[(fig.key, fig.scope)].append(fig)
    years = sorted(set(tl.years) | {fig.year for fig in tl.key_figures})  # a prior-year column may go back further
    charts, rows = [], []
    for (key, scope), figs in series.items():
        title = key_info(key).title + (" (konsern)" if scope == "group" else "")
        points = [Point(f.year, f.value, links.href(f.readings[0].source),
                        f"{f.year}: {fmt(f.value)} kr — {f.label}, {links.where(f.readings[0].source)}", f.disputed)
                  for f in figs]
        others = [Point(f.year, r.value, links.href(r.source),
                        f"{f.year}: {fmt(r.value)} kr in {links.where(r.source)} ({r.origin.value})")
                  for f in figs for r in f.readings[1:] if r.value != f.value]
        if len(figs) > 1 or others:
            charts.append(line_chart(key, title, years, points, others))
        rows.append((title, {f.year: links.value(nbsp(fmt(f.value)), f.readings[0].source, "disputed" if f.disputed else "")
                             for f in figs}))
    return ('<section id="key-figures"><h2>Nøkkeltall (NOK)</h2><div class="charts">' + "".join(charts)
            + "</div>" + year_table(years, rows, "") + "</section>")


def board_section(tl: Timeline, links: Links) -> str:
    report_years = [b.year for b in tl.board]
    if not report_years:
        return ""
    seats: dict[str, list[Seat]] = defaultdict(list)
    for entry in tl.ceo:
        seats["Daglig leder: " + entry.name].append(Seat(entry.year, "CEO", links.href(entry.source),
                                                         f"{entry.year}: {entry.name}, daglig leder — {links.where(entry.source)}"))
    employees = {s.person for b in tl.board for s in b.members if s.employee_elected}
    for entry in tl.board:
        for seat in entry.members:
            role = ROLE_NAMES.get(seat.role.value, seat.role.value) + (", ansattvalgt" if seat.employee_elected else "")
            seats[seat.person].append(Seat(entry.year, seat.role.value, links.href(seat.source),
                                           f"{entry.year}: {seat.name}, {role} — {links.where(seat.source)}"))
    order = [k for k in seats if k.startswith("Daglig leder")] + [p.name for p in tl.people if p.name in seats]
    changes = []
    for entry in tl.board:
        parts = [f"inn: {', '.join(entry.joined)}" if entry.joined else "",
                 f"ut: {', '.join(entry.left)}" if entry.left else "",
                 f"tilbake: {', '.join(entry.returned)}" if entry.returned else "",
                 "; ".join(f"{c.person} {ROLE_NAMES[c.from_role.value]} → {ROLE_NAMES[c.to_role.value]}"
                           for c in entry.role_changes)]
        text = "; ".join(p for p in parts if p)
        if text:
            changes.append(f"<li><b>{entry.year}</b>: {escape(text)}</li>")
    rows = [(name + (" (ansattvalgt)" if name in employees else ""), seats[name]) for name in order]
    return ('<section id="board"><h2>Styret og daglig leder</h2>' + role_legend() + board_chart(tl.years, rows)
            + (f'<ul class="changes">{"".join(changes)}</ul>' if changes else "") + "</section>")


def programs_places_section(tl: Timeline, links: Links) -> str:
    programs: dict[str, dict[int, str]] = defaultdict(dict)
    for p in tl.programs:
        text = "" if p.places is None else f"{p.places} plasser"
        programs[p.code.value][p.year] = links.value(text or "nevnt", p.source, "")
    places: dict[str, dict[int, list[str]]] = defaultdict(dict)
    for p in tl.places:
        detail = ", ".join(x for x in (p.kommunenummer, p.county) if x and x != p.name)
        text = p.name + (f" ({detail})" if detail else "") + (f" ← {p.mentioned_as}" if p.mentioned_as != p.name else "")
        row = f"{p.lineage} ({p.kind.value})"
        places[row].setdefault(p.year, []).append(links.value(text, p.source, None))
    place_rows = [(row, {y: f'<td class="wrap">{"<br>".join(c)}</td>' for y, c in cells.items()})
                  for row, cells in places.items()]
    return ('<section id="programs"><h2>Tiltak og plasser per år</h2>'
            + (year_table(tl.years, list(programs.items()), "Tiltak") if programs else '<p class="muted">None read.</p>')
            + '</section><section id="places"><h2>Steder per år (slik de var det året)</h2>'
            + (year_table(tl.years, place_rows, "Sted i dag") if place_rows else '<p class="muted">None read.</p>')
            + "</section>")


def checks_section(tl: Timeline, links: Links) -> str:
    """Findings grouped by reason and by the report they point at; each group opens to its list."""
    if not tl.checks:
        return '<section id="checks"><h2>Kontroller mellom rapportene</h2><p>No disagreements found.</p></section>'
    groups: dict[tuple, list] = defaultdict(list)
    for check in tl.checks:
        suspect = {check.refs[i].report for i in check.suspects}
        where = ", ".join(Path(tl.reports[r].file).name for r in sorted(suspect)) or "—"
        groups[(check.severity != Severity.review, check.reason.value, where)].append(check)
    out = []
    for (is_note, reason, where), checks in sorted(groups.items()):
        severity = "note" if is_note else "review"
        rows = []
        for check in checks:
            refs = " · ".join(links.value(Path(tl.reports[r.report].file).name, r, None) for r in check.refs)
            rows.append(f"<li>{escape(check.message)}<br><span class=\"muted\">{refs}</span></li>")
        about = f"points at {where}" if where != "—" else ""
        out.append(f'<details class="check {severity}" data-reason="{reason}"{"" if is_note else " open" if len(checks) < 4 else ""}>'
                   f'<summary><span class="reason">{reason}</span> {len(checks)} × {severity} {escape(about)}</summary>'
                   f'<ul class="changes">{"".join(rows)}</ul></details>')
    return '<section id="checks"><h2>Kontroller mellom rapportene</h2>' + "".join(out) + "</section>"


def reports_section(tl: Timeline, links: Links) -> str:
    rows = []
    for entry in tl.reports:
        note = f"same report as {tl.reports[entry.rendition_of].file}" if entry.rendition_of is not None else ""
        rows.append(f"<tr><td>{entry.year or '?'}</td><td><a href=\"{quote(entry.file)}\">{escape(entry.file)}</a></td>"
                    f"<td>{escape(entry.name or '')}</td><td>{escape(entry.org_number or '')}</td><td>{escape(note)}</td></tr>")
    evidence = "".join(f"<li>{escape(lk.reason.value)}: {escape(lk.detail)}"
                       + (f" (shared board: {escape(', '.join(lk.shared_board_members))})" if lk.shared_board_members else "")
                       + "</li>" for lk in tl.organisation.links)
    return ('<section id="reports"><h2>Rapporter</h2><table><tr><th>År</th><th>Output</th><th>Navn</th>'
            f'<th>Org.nr.</th><th></th></tr>{"".join(rows)}</table>'
            + (f'<ul class="changes">{evidence}</ul>' if evidence else "") + "</section>")


def timeline_to_html(tl: Timeline, out_dir: Path) -> str:
    links = Links(tl, Path(out_dir))
    org = tl.organisation
    title = org.name or org.id
    span = f"{tl.years[0]}–{tl.years[-1]}" if tl.years else "no dated report"
    names = "; ".join(f"{n.name} ({', '.join(map(str, n.years))})" for n in org.names)
    meta = " · ".join(x for x in (f"org.nr. {org.org_number}" if org.org_number else "", span,
                                   f"{len(tl.reports)} rapporter", names) if x)
    body = (checks_section(tl, links) + key_figures_section(tl, links) + board_section(tl, links)
            + programs_places_section(tl, links) + reports_section(tl, links))
    return (f'<!doctype html><html lang="no"><head><meta charset="utf-8"><title>{escape(title)} — tidslinje</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head><body>'
            f'<header><h1>{escape(title)}</h1><div class="meta">{escape(meta)}</div></header>'
            f"<main>{body}</main></body></html>\n")
