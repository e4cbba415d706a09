"""Where a batch worker's memory goes on one document, stage by stage.

    .venv/bin/python bench/bench_memory.py [FILE] [--no-ocr] [--tracemalloc N]

Runs in one fresh process the way a batch worker does (``batch.worker.preload`` with its
warm-up document, then ``run_task``'s steps one by one) and prints, after each stage, the
resident memory now (RSS) and its high-water mark (VmHWM, reset after the warm-up like the
worker's), in MB. The stages: imports, the language pipeline, the warm-up, reading the
document, the text units, the spaCy Docs, each field family, the report and its JSON.
``--tracemalloc N`` also prints the N largest allocation sites alive after the Docs and at
the end (slow: Python allocations are traced). FILE defaults to the 352-page book.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BOOK = ROOT.parent / "shared" / "badfiles" / "public" / "pdf.js__freeculture.pdf"


def vm() -> tuple[float, float]:
    """(resident now, high-water mark) of this process in MB."""
    import os

    from extractor.batch.limits import proc_status

    status = proc_status(os.getpid())
    return status.get("VmRSS", 0.0), status.get("VmHWM", 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=BOOK)
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--tracemalloc", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)

    rows: list[tuple[str, float, float, float]] = []
    clock = time.process_time()

    def stage(name: str) -> None:
        nonlocal clock
        gc.collect()
        rss, hwm = vm()
        now = time.process_time()
        rows.append((name, rss, hwm, now - clock))
        clock = now
        print(f"{name:<28} rss {rss:7.1f}  peak {hwm:7.1f}  cpu {rows[-1][3]:6.2f}s", flush=True)

    stage("python")
    from extractor.batch import limits, worker

    stage("batch worker module")
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(12)
    from extractor.nlp import get_pipeline

    get_pipeline(None)
    stage("language pipeline")
    worker.preload(None)
    stage("warm-up document")
    limits.release_free_memory()  # as run_task does
    limits.reset_peak_rss()
    stage("(peak reset)")

    from extractor.ingest import load
    from extractor.settings import Settings

    settings = Settings(ocr=not args.no_ocr)
    document = load(args.file, settings)
    stage("ingest")
    limits.release_free_memory()  # as extract_path does
    stage("(free memory released)")

    from extractor import fields as fields_pkg
    from extractor.assemble import build_report, report_to_json
    from extractor.calibrate import calibrate_report, review_threshold
    from extractor.fields.board import extract_people
    from extractor.fields.context import Analysis
    from extractor.fields.finance import extract_key_figures
    from extractor.fields.organisation import extract_organisation
    from extractor.fields.percentages import extract_percentages
    from extractor.fields.places import extract_places
    from extractor.fields.programs import extract_programs
    from extractor.fields.report import extract_report
    from extractor.fields.staff import extract_staff

    analysis = Analysis(document, max_chars=settings.nlp_max_chars)
    stage("text units")
    analysis.docs  # noqa: B018 - the Docs, as the first family to read them would build them
    stage("spaCy Docs")
    if args.tracemalloc:
        top(args.tracemalloc, "after the Docs")
    out = fields_pkg.Fields()
    out.report = extract_report(analysis)
    analysis.report_year = out.report.year.value if out.report.year else None
    stage("report")
    out.organization = extract_organisation(analysis)
    analysis.org_name = out.organization.name.value if out.organization.name else None
    stage("organisation")
    out.ceo, out.board = extract_people(analysis)
    stage("people")
    out.places = extract_places(analysis)
    stage("places")
    out.percentages = extract_percentages(analysis)
    stage("percentages")
    out.programs = extract_programs(analysis)
    stage("programs")
    out.key_figures = extract_key_figures(analysis)
    stage("key figures")
    out.staff = extract_staff(analysis)
    stage("staff")
    del analysis  # as extract_fields returns: the Docs go
    limits.release_free_memory()  # as extract_path does before the report
    stage("(Docs released)")
    report = build_report(document, out)
    if settings.fitted_confidence:
        calibrate_report(report)
        report.review_threshold = review_threshold() or report.review_threshold
    stage("report model")
    text = report_to_json(report)
    stage(f"JSON ({len(text) // 1024} KB)")
    if args.tracemalloc:
        top(args.tracemalloc, "at the end")
    peak = max(r[2] for r in rows[5:])
    print(f"peak after reset: {peak:.1f} MB; resident at reset {rows[4][1]:.1f} MB")
    return 0


def top(count: int, when: str) -> None:
    import tracemalloc

    snapshot = tracemalloc.take_snapshot()
    stats = snapshot.statistics("lineno")
    total = sum(s.size for s in stats)
    print(f"--- tracemalloc {when}: {total / 2**20:.1f} MB traced")
    for stat in stats[:count]:
        frame = stat.traceback[0]
        print(f"  {stat.size / 2**20:7.2f} MB {stat.count:8d}  {frame.filename.split('site-packages/')[-1]}:{frame.lineno}")


if __name__ == "__main__":
    raise SystemExit(main())
