"""Every speed and memory figure of issue 13's "done when", in one run against plain pdfplumber.

    .venv/bin/python bench/bench_speed.py [--quick]

Runs the benchmarks beside it and prints one table at the end (all figures also in
bench/results/speed-<time>.json):

1. the whole pipeline with OCR off against pdfplumber ``extract_text`` + ``extract_tables``
   on the same pages, per set (samples, corpus, real reports, the 352-page book) and overall,
   in pages per CPU second and per second, cold (each file the first document of its process)
   and steady (each file after a warm-up document, both sides alike) (``bench_ingest.py``);
2. ``extractor extract`` of the 14-page report against pdfplumber's own command, whole
   processes in pairs, and the start-up to the first page (``bench_cli.py``);
3. the book with default OCR against OCR off (``bench_ingest.py``, whole pipeline);
4. scans against plain Tesseract at the same resolution (``bench_ocr.py``);
5. peak memory per batch worker on the book, default settings and OCR off (``run_batch``);
6. batch scaling from one worker to one per core (``bench_batch.py``).

Figures depend on the machine and on what else runs on it: CPU seconds move least under
load; wall-clock figures want a quiet machine. ``--quick`` uses fewer repetitions.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import bench_batch  # noqa: E402
import bench_cli  # noqa: E402
import bench_ingest  # noqa: E402
import bench_ocr  # noqa: E402

RESULTS = ROOT / "bench" / "results"
BOOK = bench_ingest.BIG_PDF


def newest(prefix: str) -> dict:
    path = max(RESULTS.glob(f"{prefix}-*.json"), key=lambda p: p.stat().st_mtime)
    return json.loads(path.read_text(encoding="utf-8"))


def set_of(path: str) -> str:
    parts = Path(path).parts
    if Path(path).name == BOOK.name:
        return "book"
    for name in ("corpus-real", "corpus", "samples"):
        if name in parts:
            return name
    return "other"


def ratio(runs: list[dict], base: list[dict], key: str) -> float | None:
    ok = [(r, b) for r, b in zip(runs, base) if "error" not in r and "error" not in b]
    ours = sum(r["pages"] for r, _ in ok) / max(sum(r[key] for r, _ in ok), 1e-9)
    theirs = sum(b["pages"] for _, b in ok) / max(sum(b[key] for _, b in ok), 1e-9)
    return ours / theirs if ok else None


def pipeline_against_pdfplumber(repeat: int) -> dict:
    """Per set, cold (the file first in its process) and steady (after a warm-up document); each
    file and run ``repeat`` times, the median by CPU kept (a one-page file takes some 20 ms)."""
    bench_ingest.main(["--modes", "pipeline_no_ocr,baseline", "--runs", "cold,steady", "--repeat", str(repeat)])
    files = newest("ingest")["files"]
    out = {}
    for group in ("samples", "corpus", "corpus-real", "book", "all"):
        chosen = [f for path, f in files.items() if group == "all" or set_of(path) == group]
        if chosen:
            out[group] = {"pages": sum(f["pipeline_no_ocr"].get("pages") or 0 for f in chosen)}
            for run, suffix in (("cold", ""), ("steady", bench_ingest.STEADY)):
                runs, base = [f["pipeline_no_ocr" + suffix] for f in chosen], [f["baseline" + suffix] for f in chosen]
                out[group][run] = {"cpu_ratio": ratio(runs, base, "cpu_s"), "wall_ratio": ratio(runs, base, "seconds"),
                                   "cpu_s": sum(r.get("cpu_s", 0) for r in runs),
                                   "baseline_cpu_s": sum(b.get("cpu_s", 0) for b in base)}
    return out


def book_ocr_against_no_ocr() -> dict:
    bench_ingest.main([str(BOOK), "--modes", "pipeline,pipeline_no_ocr", "--runs", "cold"])
    runs = newest("ingest")["files"][str(BOOK)]
    ocr, off = runs["pipeline"], runs["pipeline_no_ocr"]
    return {"cpu_ratio": ocr["cpu_s"] / off["cpu_s"], "wall_ratio": ocr["seconds"] / off["seconds"],
            "image_ocr_pages": ocr.get("image_ocr_pages"), "peak_mb_ocr": ocr["peak_rss_mb"],
            "peak_mb_no_ocr": off["peak_rss_mb"]}


def worker_peak_on_book() -> dict:
    from extractor.batch import run_batch
    from extractor.batch.manifest import iter_records
    from extractor.settings import Settings

    out = {}
    for name, settings in (("default", Settings()), ("ocr_off", Settings(ocr=False))):
        with tempfile.TemporaryDirectory(prefix="bench-speed-") as folder:
            run_batch([BOOK], folder, settings=settings, progress="quiet")
            (record,) = iter_records(Path(folder) / "manifest.jsonl")
            out[name] = {"peak_mb": record.peak_mb, "seconds": record.work_seconds, "status": record.status}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="Fewer repetitions (noisier figures).")
    args = parser.parse_args(argv)
    runs = "3" if args.quick else "7"

    figures: dict = {"pipeline_vs_pdfplumber": pipeline_against_pdfplumber(1 if args.quick else 3)}
    bench_cli.main(["--runs", runs])
    figures["extract_vs_pdfplumber_command"] = newest("cli")["figures"]
    figures["book_default_ocr_vs_off"] = book_ocr_against_no_ocr()
    bench_ocr.main([])
    figures["scans_vs_plain_tesseract"] = {"ratio": newest("ocr")["ratio"]}
    figures["worker_peak_on_book"] = worker_peak_on_book()
    bench_batch.main([])
    figures["batch_scaling"] = [{k: r[k] for k in ("workers", "speed_up", "steady_speed_up", "worker_startup_s")}
                                for r in newest("batch")["runs"]]
    print_table(figures)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"speed-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": platform.python_version(),
                               "cpus": os.cpu_count(), "load_avg": os.getloadavg(), "figures": figures},
                              indent=2) + "\n", encoding="utf-8")
    print(f"written {out.relative_to(ROOT)}")
    return 0


def print_table(f: dict) -> None:
    print("\nIssue 13, done when")
    for group, g in f["pipeline_vs_pdfplumber"].items():
        for run in ("cold", "steady"):
            r = g[run]
            print(f"  pipeline, OCR off, {group:12s} {g['pages']:4d} pages, {run:6s}: {r['cpu_ratio']:.2f}x as fast as "
                  f"pdfplumber in CPU ({r['cpu_s']:.2f} s against {r['baseline_cpu_s']:.2f} s), "
                  f"{r['wall_ratio']:.2f}x in wall time (goal >= 2x)")
    e = f["extract_vs_pdfplumber_command"]
    print(f"  extractor extract, 14-page report, ours / pdfplumber's command: {e['ratio']['cpu_s']['median']:.2f}x CPU, "
          f"{e['ratio']['wall_s']['median']:.2f}x in wall time (goal <= 1.2x)")
    print(f"  start-up to the first page: {e['startup']['startup_wall_s']['median']:.2f} s wall, "
          f"{e['startup']['startup_cpu_s']['median']:.2f} s CPU (goal <= 0.3 s)")
    b = f["book_default_ocr_vs_off"]
    print(f"  the book, default OCR against OCR off: {b['cpu_ratio']:.2f}x CPU, {b['wall_ratio']:.2f}x wall "
          f"({b['image_ocr_pages']} pages with image text; goal <= 1.2x)")
    print(f"  scans against plain Tesseract at the same resolution: {f['scans_vs_plain_tesseract']['ratio']:.2f}x CPU "
          f"(goal <= 1.05x)")
    w = f["worker_peak_on_book"]
    print(f"  peak memory per worker on the book: {w['default']['peak_mb']:.0f} MB default, "
          f"{w['ocr_off']['peak_mb']:.0f} MB OCR off (goal <= 200 MB)")
    scaling = ", ".join(f"{r['workers']}: {r['speed_up']:.2f}x" for r in f["batch_scaling"])
    print(f"  batch speed-up by workers ({os.cpu_count()} cores): {scaling}")


if __name__ == "__main__":
    sys.exit(main())
