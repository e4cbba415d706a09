"""One organisation across the years: its reports grouped (``group``), a timeline per
organisation with checks between reports (``build``, ``checks``), a static page (``page``),
review items (``review``) and export rows (``rows``). ``extractor timeline`` drives it."""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from extractor.timeline.build import build_timeline, order_reports
from extractor.timeline.group import group_reports, organisation_id
from extractor.timeline.keys import key_figure_key
from extractor.timeline.reports import iter_report_files
from schemas.timeline import Timeline


def build_timelines(inputs: Iterable[str | Path], out_dir: Path, skipped: list[str] | None = None) -> list[Timeline]:
    """A timeline per organisation among the report outputs in ``inputs`` (files or batch
    folders); file paths in them are relative to ``out_dir``. What is not a report goes to
    ``skipped``."""
    skipped = [] if skipped is None else skipped
    seen, reports = set(), []
    for report in iter_report_files([Path(p) for p in inputs], skipped):
        if report.path.resolve() not in seen:
            seen.add(report.path.resolve())
            reports.append(report)
    taken: set[str] = set()
    timelines = []
    for members, links in sorted(group_reports(reports), key=lambda g: str(min(r.path for r in g[0]))):
        ordered = order_reports(members)
        timelines.append(build_timeline(organisation_id(ordered, taken), ordered, links, out_dir))
    return timelines


def timeline_to_json(timeline: Timeline) -> str:
    return json.dumps(timeline.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def write_timelines(inputs: Iterable[str | Path], out_dir: Path, html: bool = True,
                    skipped: list[str] | None = None) -> list[Timeline]:
    """``out_dir/<org>.json`` (and ``<org>.html``) per organisation, each written atomically."""
    from extractor.assemble import write_atomic

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    timelines = build_timelines(inputs, out_dir, skipped)
    for timeline in timelines:
        write_atomic(out_dir / f"{timeline.organisation.id}.json", timeline_to_json(timeline))
        if html:
            from extractor.timeline.page import timeline_to_html

            write_atomic(out_dir / f"{timeline.organisation.id}.html", timeline_to_html(timeline, out_dir))
    return timelines


__all__ = ["Timeline", "build_timelines", "key_figure_key", "timeline_to_json", "write_timelines"]
