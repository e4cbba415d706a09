"""Ingestion speed and memory against plain pdfplumber, over born-digital PDFs.

    python bench/bench_ingest.py [PDF ...] [--modes ours,ours_no_ocr,baseline] [--runs cold,steady] [--timeout S]

Without arguments it reads the bundled samples, the born-digital PDFs of ../shared/corpus and
a 300+ page book (../shared/badfiles/public/pdf.js__freeculture.pdf, 352 pages).

Modes, each file in each mode in a fresh interpreter (so memory is that run's alone):
- ours: ``extractor.ingest.load`` with the default settings (OCR of images on born-digital
  pages included; the pages where that happened are counted in ``image_ocr_pages``);
- ours_no_ocr: the same with ``Settings(ocr=False)``, to separate layout cost from OCR cost;
- pipeline: the whole tool, ingest + language pipeline + fields + JSON
  (``extractor.pipeline.extract_path`` and ``report_to_json``), default settings; the
  start-up of the language pipeline and the field tables (``extractor.fields.prepare``: spaCy,
  patterns, gazetteers, vocabularies) is timed apart as ``nlp_startup_s`` and not counted in
  the work;
- baseline: pdfplumber ``page.extract_text()`` and ``page.extract_tables()`` on every page.

Runs, each in its own fresh interpreter:
- cold: the file is the first document the process reads (what one ``extract`` pays, start-up
  apart);
- steady: the process first reads a warm-up document the same way (another sample PDF, the
  same one for ours and pdfplumber; its seconds are reported as ``warm_up_s``, not counted),
  then the file: what each document costs in a batch of thousands, where whatever either
  side loads or compiles on first use is start-up.

Per run the worker reports the pages, the seconds of work and its CPU seconds (Tesseract's
included; steadier than wall time on a busy machine; imports excluded, measured apart),
and its peak resident memory (``ru_maxrss``). A table goes to stdout and everything to
bench/results/ingest-<time>.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench" / "results"
BIG_PDF = SHARED / "badfiles" / "public" / "pdf.js__freeculture.pdf"
MODES = ("ours", "ours_no_ocr", "pipeline", "pipeline_no_ocr", "baseline")
RUNS = ("cold", "steady")
STEADY = ":steady"  # suffix of a steady run's mode in the results
WARM_UP_PDFS = (ROOT / "samples" / "fjordvekst-2023.pdf", ROOT / "samples" / "nordheim-2023.pdf")


# ---------- worker: runs in a fresh interpreter, prints one JSON line ----------

def run_ours(path: Path, ocr: bool) -> dict:
    from extractor.ingest import load
    from extractor.settings import Settings

    start = time.perf_counter()
    doc = load(path, Settings(ocr=ocr))
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds, "pages": doc.source.pages,
        "blocks": sum(1 for _ in doc.blocks()), "tables": sum(1 for _ in doc.tables()),
        "ocr_pages": len(doc.source.ocr_pages), "image_ocr_pages": len(doc.source.image_ocr_pages),
    }


def run_pipeline(path: Path, ocr: bool) -> dict:
    from extractor.assemble import report_to_json
    from extractor.pipeline import extract_path
    from extractor.settings import Settings

    start = time.perf_counter()
    report = extract_path(path, Settings(ocr=ocr))
    text = report_to_json(report)
    return {"seconds": time.perf_counter() - start, "pages": report.source.pages,
            "tables": len(report.tables), "json_kb": len(text) / 1024,
            "image_ocr_pages": len(report.source.image_ocr_pages)}


def run_baseline(path: Path) -> dict:
    import pdfplumber

    start = time.perf_counter()
    chars = tables = pages = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars += len(page.extract_text() or "")
            tables += len(page.extract_tables())
            page.flush_cache()  # what a careful caller does; keeps memory comparable
            pages += 1
    return {"seconds": time.perf_counter() - start, "pages": pages, "chars": chars, "tables": tables}


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (Tesseract, LibreOffice): under load
    from other processes it moves much less than wall time."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run(mode: str, path: Path) -> dict:
    if mode == "baseline":
        return run_baseline(path)
    if mode.startswith("pipeline"):
        return run_pipeline(path, ocr=mode == "pipeline")
    return run_ours(path, ocr=mode == "ours")


def worker(mode: str, path: Path, warm_up: Path | None = None) -> None:
    start = time.perf_counter()
    if mode == "baseline":
        import pdfplumber  # noqa: F401 - import time measured apart
    else:
        import extractor.ingest  # noqa: F401
        import extractor.ingest.detect  # noqa: F401 - every load sniffs the format first
        import extractor.ingest.pdf  # noqa: F401
    if mode.startswith("pipeline"):
        import extractor.fields.board  # noqa: F401 - the field modules load lazily; not work
        import extractor.fields.finance  # noqa: F401
        import extractor.fields.organisation  # noqa: F401
        import extractor.fields.percentages  # noqa: F401
        import extractor.fields.places  # noqa: F401
        import extractor.fields.programs  # noqa: F401
        import extractor.fields.report  # noqa: F401
        import extractor.fields.staff  # noqa: F401
        import extractor.assemble  # noqa: F401 - the output models, loaded once the document is read
        import extractor.pipeline  # noqa: F401
    import_s = time.perf_counter() - start
    nlp_startup_s = None
    if mode.startswith("pipeline"):
        from extractor.fields import prepare

        nlp_start = time.perf_counter()
        prepare()
        nlp_startup_s = time.perf_counter() - nlp_start
    warm_up_s = None
    if warm_up is not None:
        warm_start = cpu_seconds()
        run(mode, warm_up)
        warm_up_s = cpu_seconds() - warm_start
    rss_after_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu_start = cpu_seconds()
    result = run(mode, path)
    result.update(
        nlp_startup_s=nlp_startup_s, warm_up=warm_up and warm_up.name, warm_up_cpu_s=warm_up_s,
        cpu_s=cpu_seconds() - cpu_start, import_s=import_s, rss_import_mb=rss_after_import / 1024,
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        children_peak_rss_mb=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    )
    print(json.dumps(result))


# ---------- driver ----------

def default_pdfs() -> list[Path]:
    pdfs = sorted((ROOT / "samples").glob("*.pdf"))
    for corpus in (SHARED / "corpus", SHARED / "corpus-real"):
        if corpus.is_dir():
            pdfs += sorted(p for p in corpus.glob("*.pdf") if is_born_digital(p))
    if BIG_PDF.exists():
        pdfs.append(BIG_PDF)
    return pdfs


def is_born_digital(path: Path, sample_pages: int = 3) -> bool:
    """A text layer on the first pages: scans are benchmarked with OCR, not here."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return any(page.chars for page in pdf.pages[:sample_pages])


def warm_up_pdf(path: Path) -> Path:
    """The document a steady run reads first: a bundled sample, not the file itself (a second
    reading of the same file would find its own labels cached)."""
    return next(p for p in WARM_UP_PDFS if p.name != path.name)


def run_worker(mode: str, path: Path, timeout: float, steady: bool = False) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", mode, str(path)]
    if steady:
        cmd += ["--warm-up", str(warm_up_pdf(path))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s"}
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": f"exit {proc.returncode}: {last}"}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    return result


def median_run(runs: list[dict]) -> dict:
    """The run with the median CPU seconds, with every run's CPU seconds beside it."""
    ok = sorted((r for r in runs if "error" not in r), key=lambda r: r["cpu_s"])
    if not ok:
        return runs[0]
    return {**ok[(len(ok) - 1) // 2], "cpu_s_runs": [round(r["cpu_s"], 4) for r in runs if "error" not in r]}


def pages_per_s(runs: list[dict], key: str = "seconds") -> float | None:
    ok = [r for r in runs if "error" not in r]
    seconds = sum(r[key] for r in ok)
    return sum(r["pages"] or 0 for r in ok) / seconds if ok and seconds else None


def summarise(results: dict[str, dict[str, dict]], modes: list[str]) -> dict:
    summary = {}
    for mode in modes:
        runs = [per_mode[mode] for per_mode in results.values() if mode in per_mode]
        summary[mode] = {"pages_per_s": pages_per_s(runs), "pages_per_cpu_s": pages_per_s(runs, "cpu_s"),
                         "errors": sum(1 for r in runs if "error" in r)}
        startups = [r["nlp_startup_s"] for r in runs if r.get("nlp_startup_s") is not None]
        if startups:
            summary[mode]["nlp_startup_s_median"] = sorted(startups)[len(startups) // 2]
    for mode in modes:
        base = summary.get("baseline" + STEADY if mode.endswith(STEADY) else "baseline")
        if mode.startswith("baseline") or not base:
            continue
        for key in ("pages_per_s", "pages_per_cpu_s"):
            if summary[mode][key] and base[key]:
                summary[mode][f"{key}_ratio"] = summary[mode][key] / base[key]
    return summary


def fmt(value, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def print_table(results: dict[str, dict[str, dict]], summary: dict, modes: list[str]) -> None:
    head = ["file", "mode", "pages", "seconds", "cpu s", "pages/s", "peak MB", "tables", "img-OCR pages"]
    rows = [head]
    for name, per_mode in results.items():
        for mode in modes:
            run = per_mode.get(mode)
            if run is None:
                continue
            if "error" in run:
                rows.append([name, mode, "", "", "", "", "", "", run["error"]])
                continue
            rate = run["pages"] / run["seconds"] if run["pages"] and run["seconds"] else None
            rows.append([name, mode, str(run["pages"]), fmt(run["seconds"], ".3f"), fmt(run["cpu_s"], ".3f"),
                         fmt(rate, ".1f"),
                         fmt(run["peak_rss_mb"], ".0f"), str(run.get("tables", "")),
                         str(run.get("image_ocr_pages", ""))])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    print()
    for mode, figures in summary.items():
        ratios = [f"{figures[k]:.2f}x" for k in ("pages_per_s_ratio", "pages_per_cpu_s_ratio") if k in figures]
        extra = f"  ({' / '.join(ratios)} baseline)" if ratios else ""
        print(f"{mode:22s} {fmt(figures['pages_per_s'], '.1f')} pages/s, "
              f"{fmt(figures['pages_per_cpu_s'], '.1f')} pages/cpu-s{extra}"
              + (f", {figures['errors']} errors" if figures["errors"] else "")
              + (f"; language pipeline start-up {figures['nlp_startup_s_median']:.2f} s (median)"
                 if "nlp_startup_s_median" in figures else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--runs", default=",".join(RUNS),
                        help="cold (the file first in its process), steady (after a warm-up document), or both.")
    parser.add_argument("--timeout", type=float, default=1800, help="Seconds per file and mode.")
    parser.add_argument("--repeat", type=int, default=1,
                        help="Runs per file and mode, each in a fresh interpreter; the median by CPU is kept.")
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "PDF"), help=argparse.SUPPRESS)
    parser.add_argument("--warm-up", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker[0], Path(args.worker[1]), args.warm_up)
        return 0

    chosen = [m for m in args.modes.split(",") if m]
    runs = [r for r in args.runs.split(",") if r]
    unknown = set(chosen) - set(MODES) | set(runs) - set(RUNS)
    if unknown:
        parser.error(f"unknown modes or runs {sorted(unknown)}; choose from {MODES} and {RUNS}")
    modes = [m + (STEADY if r == "steady" else "") for r in runs for m in chosen]
    pdfs = args.pdfs or default_pdfs()
    results: dict[str, dict[str, dict]] = {}
    for pdf in pdfs:
        results[pdf.name] = {}
        for mode in modes:
            print(f"... {pdf.name} [{mode}]", file=sys.stderr, flush=True)
            runs = [run_worker(mode.removesuffix(STEADY), pdf, args.timeout, steady=mode.endswith(STEADY))
                    for _ in range(args.repeat)]
            results[pdf.name][mode] = median_run(runs)
    summary = summarise(results, modes)
    print_table(results, summary, modes)

    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"ingest-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": platform.python_version(),
        "machine": platform.machine(), "cpus": os.cpu_count(), "modes": modes,
        "files": {str(p): results[p.name] for p in pdfs}, "summary": summary,
    }, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
