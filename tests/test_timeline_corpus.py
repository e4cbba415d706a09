"""Nine invented reports of one organisation (tests/timeline_support.py), read by the real
extractor: the timeline is right, the planted x1000 unit misread of the 2021 report is
flagged, and nothing else is."""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from extractor.cli import app
from schemas.timeline import Timeline
from tests.timeline_support import (
    BOARD, CEO, NEW_NAME, OLD_NAME, ORG_NUMBER, PLANTED_YEAR, PROGRAMS, YEARS, output_name, timeline_outputs,  # noqa: F401
    true_figures,
)

PLANTED = output_name(PLANTED_YEAR)


def run_timeline(outputs: Path, tl_dir: Path) -> Timeline:
    result = CliRunner().invoke(app, ["timeline", str(outputs), "--out", str(tl_dir)])
    assert result.exit_code == 0, result.output
    [path] = tl_dir.glob("*.json")
    assert path.with_suffix(".html").is_file()
    return Timeline.model_validate_json(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(timeline_outputs, tmp_path_factory) -> tuple[Path, Timeline]:
    tl_dir = tmp_path_factory.mktemp("timeline")
    return tl_dir, run_timeline(timeline_outputs, tl_dir)


def file_of(tl: Timeline, report: int) -> str:
    return Path(tl.reports[report].file).name


def test_timeline_corpus_links_nine_years_of_one_organisation(built):
    _, tl = built
    org = tl.organisation
    assert (org.id, org.name, org.org_number) == ("fjordlys-produkt-as", NEW_NAME, ORG_NUMBER)
    assert [(n.name, n.years) for n in org.names] == [(OLD_NAME, [2016, 2017, 2018]), (NEW_NAME, list(range(2019, 2025)))]
    assert [r.year for r in tl.reports] == YEARS and tl.years == YEARS and tl.missing_years == []
    assert {r.format for r in tl.reports} == {"pdf", "docx"}
    assert {link.reason.value for link in org.links} == {"renamed", "org_number"}


def test_timeline_corpus_board_per_year(built):
    _, tl = built
    for entry in tl.board:
        expected = {p: ("MEDL" if roles[entry.year] == "E" else roles[entry.year], roles[entry.year] == "E")
                    for p, roles in BOARD.items() if entry.year in roles}
        assert {s.person: (s.role.value, s.employee_elected) for s in entry.members} == expected, entry.year
    changes = {b.year: (b.joined, b.left, b.returned, [(c.person, c.from_role.value, c.to_role.value)
                                                      for c in b.role_changes]) for b in tl.board}
    assert changes[2018] == (["Eirin Fosshaug"], ["Marit Svendal"], [], [])
    assert changes[2020] == (["Marit Svendal"], ["Astrid Høgli"], ["Marit Svendal"],
                             [("Per Anton Løvlien", "MEDL", "LEDE")])
    assert changes[2022] == (["Trygve Bakkerud"], ["Guro Saltnes"], [], [])
    marit = next(p for p in tl.people if p.name == "Marit Svendal")
    assert [(t.first_year, t.last_year) for t in marit.terms] == [(2016, 2017), (2020, 2024)]
    assert [(c.year, c.name, c.changed) for c in tl.ceo] == [(y, CEO[y], y == 2021) for y in YEARS]


def test_timeline_corpus_programs_and_places_as_valid_each_year(built):
    _, tl = built
    assert {(p.year, p.code.value): p.places for p in tl.programs} == {
        (y, code): n for y, counts in PROGRAMS.items() for code, n in counts.items()}
    municipalities = {y: sorted((p.name, p.kommunenummer, p.county) for p in tl.places if p.year == y and p.kind == "kommune")
                      for y in YEARS}
    for year in YEARS:
        expected = ([("Hurum", "0628", "Buskerud"), ("Røyken", "0627", "Buskerud")] if year < 2020 else
                    [("Asker", "3025", "Viken")] if year < 2024 else [("Asker", "3203", "Akershus")])
        assert municipalities[year] == expected, year
    assert {p.lineage for p in tl.places if p.kind == "kommune"} == {"Asker"}
    counties = {p.year: p.name for p in tl.places if p.kind == "fylke"}
    assert counties == {y: "Buskerud" if y < 2020 else "Viken" if y < 2024 else "Akershus" for y in YEARS}


def test_timeline_corpus_key_figures_are_the_true_ones(built):
    """Every year's value is right, 2021 included: its own report is the suspect, so the 2022
    report's prior-year column is taken."""
    _, tl = built
    got = {(f.key, f.year): f.value for f in tl.key_figures}
    assert got == {(key, year): value for year in range(2015, 2025) for key, value in true_figures(year).items()}
    assert {f.year for f in tl.key_figures if f.disputed} == {PLANTED_YEAR - 1, PLANTED_YEAR}
    planted_2021 = next(f for f in tl.key_figures if (f.key, f.year) == ("driftsinntekter", PLANTED_YEAR))
    assert [(r.suspect, r.origin.value) for r in planted_2021.readings] == [(False, "prior_year"), (True, "own_year")]


def test_timeline_corpus_flags_the_planted_error_and_nothing_else(built):
    _, tl = built
    review = [c for c in tl.checks if c.severity == "review"]
    assert {c.reason.value for c in review} == {"unit_jump", "prior_year_mismatch"}
    assert all(c.suspects and {file_of(tl, c.refs[i].report) for i in c.suspects} == {PLANTED} for c in review)
    flagged = {c.refs[i].pointer for c in review for i in c.suspects}
    assert len(flagged) == 2 * len(true_figures(2020))  # each figure of the report, this year and last
    notes = [(c.reason.value, c.key, c.year) for c in tl.checks if c.severity == "note"]
    assert notes == [("board_member_returned", "Marit Svendal", 2020)]


def test_timeline_corpus_review_queue_holds_the_planted_values(built):
    tl_dir, tl = built
    result = CliRunner().invoke(app, ["review", str(tl_dir), "--list", "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 18 and {Path(r["file"]).name for r in rows} == {PLANTED}
    assert all("timeline:" in r["reasons"] for r in rows)


def test_timeline_corpus_terminal_review_shows_both_sources(built):
    from extractor.review.terminal import run_terminal_review

    tl_dir, _ = built
    console = Console(record=True, width=200)
    run_terminal_review([tl_dir], "tester", console=console, read_key=lambda: "q", read_line=input)
    screen = console.export_text()
    # whichever planted figure the queue (least confident first) shows first: this report and a
    # neighbouring year's, the check that flagged it, and the other report's printed value
    neighbours = (output_name(PLANTED_YEAR - 1), output_name(PLANTED_YEAR + 1))
    assert PLANTED in screen and any(name in screen for name in neighbours) and "timeline:" in screen
    printed = {f"{v:,}".replace(",", " ") for year in (PLANTED_YEAR - 1, PLANTED_YEAR)
               for v in true_figures(year).values()}
    assert any(text in screen for text in printed)


def test_timeline_corpus_review_decisions_resolve_the_checks(timeline_outputs, tmp_path):
    """Correcting the misread values in the report output and rebuilding leaves no check to review."""
    from extractor.review.decisions import record_decision
    from extractor.review.queue import build_queue

    outputs = tmp_path / "out"
    shutil.copytree(timeline_outputs, outputs)
    run_timeline(outputs, tmp_path / "tl")
    items = build_queue([tmp_path / "tl"])
    assert len(items) == 18
    for item in items:
        record_decision(item.file, item.pointer, "edited", "tester", {"value": str(item.values["value"] * 1000)})
    tl = run_timeline(outputs, tmp_path / "tl2")
    assert [c.reason.value for c in tl.checks if c.severity == "review"] == []
    assert build_queue([tmp_path / "tl2"]) == []


def test_timeline_corpus_export_long_table(timeline_outputs, tmp_path):
    outputs = timeline_outputs
    result = CliRunner().invoke(app, ["export", str(outputs), "--what", "timeline", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == ["organisation", "org_number", "year", "key", "value", "text", "disputed", "source",
                             "source_page", "source_pointer"]
    income_2021 = next(r for r in rows if (r["key"], r["year"]) == ("driftsinntekter", str(PLANTED_YEAR)))
    assert float(income_2021["value"]) == true_figures(PLANTED_YEAR)["driftsinntekter"]
    assert income_2021["disputed"] == "true" and Path(income_2021["source"]).name == output_name(PLANTED_YEAR + 1)
    assert {r["text"] for r in rows if r["key"] == "ceo"} == set(CEO.values())
    pytest.importorskip("pyarrow")
    target = tmp_path / "timeline.parquet"
    result = CliRunner().invoke(app, ["export", str(outputs), "--what", "timeline", "--format", "parquet",
                                      "-o", str(target)])
    assert result.exit_code == 0 and target.stat().st_size > 0
