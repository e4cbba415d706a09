"""Batch throughput from 1 worker up to one per core over the same inputs, and the per-document
overhead of isolation (worker start-up, and the gap between the parent's and the worker's clock).

    .venv/bin/python bench/bench_batch.py                       # samples + corpus, 1, 2, 4 ... workers, one per core last
    .venv/bin/python bench/bench_batch.py --workers 1,2,4 --copies 3 some.pdf folder/

Every run starts from an empty output folder (nothing skipped). Each input is linked ``--copies``
times under distinct names so there is enough work to spread. Results: a table on stdout and
``bench/results/batch-<time>.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.batch import Limits, run_batch  # noqa: E402
from extractor.batch.manifest import iter_records  # noqa: E402
from extractor.batch.inputs import iter_input_files  # noqa: E402

SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
DEFAULT_INPUTS = [
    ROOT / "samples/fjordvekst-2023.pdf", ROOT / "samples/fjordvekst-2023.docx",
    ROOT / "samples/nordheim-2023.pdf", ROOT / "samples/nordheim-2023.docx",
    SHARED / "corpus/asker-produkt-2022.pdf", SHARED / "corpus/asker-produkt-2022.docx",
    SHARED / "corpus/budstikka-arbeid-er-terapi.pdf", SHARED / "corpus/sosial-profil-asker.docx",
    *sorted((SHARED / "corpus-real").glob("*.pdf")),
]


def stage_inputs(paths: list[Path], copies: int, folder: Path) -> list[Path]:
    """Symlinks NAME.copyK.EXT, so every copy is a distinct input with the same bytes."""
    staged = []
    for k in range(copies):
        for path in paths:
            link = folder / f"{path.stem}.copy{k}{path.suffix}"
            link.symlink_to(path.resolve())
            staged.append(link)
    return staged


def bench_run(inputs: list[Path], workers: int, limits: Limits) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as out:
        started = time.monotonic()
        summary = run_batch(inputs, out, workers=workers, limits=limits, progress="quiet")
        wall = time.monotonic() - started
        records = list(iter_records(Path(out) / "manifest.jsonl"))
    overhead = [r.seconds - r.work_seconds for r in records if r.work_seconds is not None]
    steady = wall - (summary["worker_startup_s"] or 0.0)  # workers start in parallel, before the first document
    return {
        "steady_s": round(steady, 2), "steady_docs_per_s": round(len(records) / steady, 3),
        "workers": workers, "documents": len(records), "pages": summary["pages"], "wall_s": round(wall, 2),
        "docs_per_s": round(len(records) / wall, 3), "pages_per_s": round(summary["pages"] / wall, 2),
        "worker_startup_s": summary["worker_startup_s"],
        "ipc_overhead_ms_median": round(1000 * statistics.median(overhead), 1) if overhead else None,
        "work_s_total": round(sum(r.work_seconds or 0 for r in records), 2),
        "peak_mb": summary["peak_mb"], "by_status": summary["by_status"], "by_code": summary["by_code"],
    }


def all_core_counts() -> list[int]:
    """1, 2, 4, ... below the core count, then the core count: scaling up to all cores."""
    cores = os.cpu_count() or 1
    counts = [1]
    while counts[-1] * 2 < cores:
        counts.append(counts[-1] * 2)
    return counts + ([cores] if cores > 1 else [])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--workers", default=None, help="Comma-separated worker counts (default: 1, 2, 4 ... and "
                                                        "the number of cores).")
    parser.add_argument("--copies", type=int, default=None, help="Times each input is processed (default: "
                                                                 "enough for 4 documents per worker at the most).")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args(argv)

    sources = list(iter_input_files(args.inputs)) if args.inputs else [p for p in DEFAULT_INPUTS if p.exists()]
    counts = [int(n) for n in args.workers.split(",")] if args.workers else all_core_counts()
    args.copies = args.copies or max(2, -(-4 * max(counts) // len(sources)))
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-batch-in-") as staging:
        inputs = stage_inputs(sources, args.copies, Path(staging))
        for workers in counts:
            rows.append(bench_run(inputs, workers, Limits(timeout_s=args.timeout)))
            print(f"{workers} worker(s): {rows[-1]}", file=sys.stderr, flush=True)

    base = rows[0]
    print(f"{'workers':>7} {'docs':>5} {'pages':>6} {'wall s':>8} {'docs/s':>7} {'pages/s':>8} {'speed-up':>8} "
          f"{'steady s':>8} {'steady x':>8} {'start-up s':>10} {'IPC ms':>7} {'peak MB':>8}")
    for row in rows:
        row["speed_up"] = round(base["wall_s"] / row["wall_s"], 2)
        row["steady_speed_up"] = round(base["steady_s"] / row["steady_s"], 2)
        print(f"{row['workers']:>7} {row['documents']:>5} {row['pages']:>6} {row['wall_s']:>8.1f} "
              f"{row['docs_per_s']:>7.3f} {row['pages_per_s']:>8.2f} {row['speed_up']:>8.2f} "
              f"{row['steady_s']:>8.1f} {row['steady_speed_up']:>8.2f} "
              f"{row['worker_startup_s'] or 0:>10.1f} {row['ipc_overhead_ms_median'] or 0:>7.1f} {row['peak_mb']:>8.0f}")
    print(f"load average during the runs: {os.getloadavg()[1]:.1f} on {os.cpu_count()} CPUs "
          "(steady = wall minus worker start-up, which is paid once per worker, in parallel)")
    results = ROOT / "bench/results"
    results.mkdir(parents=True, exist_ok=True)
    target = results / f"batch-{time.strftime('%Y%m%d-%H%M%S')}.json"
    target.write_text(json.dumps({
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": platform.python_version(),
        "cpus": os.cpu_count(), "load_avg": os.getloadavg(), "inputs": [str(p) for p in sources],
        "copies": args.copies, "runs": rows,
    }, indent=2) + "\n")
    print(f"written {target}")


if __name__ == "__main__":
    main()
