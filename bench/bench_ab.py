"""Two or more checkouts' whole pipeline on the same file, run side by side: the CPU seconds of each.

    .venv/bin/python bench/bench_ab.py FILE --trees main=/path/a,mine=/path/b [--rounds 4] [--mode pipeline_no_ocr]

Each round starts one ``bench_ingest.py`` worker per checkout at the same moment (the file after a
warm-up sample, as a steady run; each checkout's own code on its ``PYTHONPATH``), so every checkout
meets the same load: on a shared, loaded machine CPU seconds drift by 20 % between runs a minute
apart, which swamps a change of a few per cent in runs taken in turn. The order of starting
alternates by round. Prints each round, and per checkout the median CPU seconds and the median of its
ratios to the first checkout, round by round (quote that). Keep a worktree per commit
(``git worktree add --detach DIR COMMIT``) with the same environment.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WARM_UP = HERE.parent / "samples" / "fjordvekst-2023.pdf"


def start(tree: str, mode: str, path: Path, warm_up: Path) -> subprocess.Popen:
    cmd = [sys.executable, str(HERE / "bench_ingest.py"), "--worker", mode, str(path), "--warm-up", str(warm_up)]
    return subprocess.Popen(cmd, cwd=tree, env={**os.environ, "PYTHONPATH": tree}, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--trees", required=True, help="label=checkout,label=checkout,... (the first is the reference)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--mode", default="pipeline_no_ocr")
    args = parser.parse_args(argv)
    trees = [item.split("=", 1) for item in args.trees.split(",")]
    warm_up = WARM_UP if args.file.name != WARM_UP.name else WARM_UP.with_name("nordheim-2023.pdf")
    cpu: dict[str, list[float]] = {label: [] for label, _ in trees}
    for round_ in range(args.rounds):
        order = trees if round_ % 2 == 0 else trees[::-1]
        running = [(label, start(tree, args.mode, args.file.resolve(), warm_up)) for label, tree in order]
        for label, proc in running:
            out = proc.communicate()[0].strip().splitlines()
            if proc.returncode != 0 or not out:
                print(f"{label}: worker failed (exit {proc.returncode})", file=sys.stderr)
                return 1
            cpu[label].append(json.loads(out[-1])["cpu_s"])
        print(f"round {round_ + 1}: " + "  ".join(f"{label} {cpu[label][-1]:.3f}" for label, _ in trees)
              + f"  (load {os.getloadavg()[0]:.1f})", flush=True)
    reference = cpu[trees[0][0]]
    for label, _ in trees:
        ratios = [a / b for a, b in zip(cpu[label], reference)]
        print(f"{label}: median {statistics.median(cpu[label]):.3f} CPU s; against {trees[0][0]} "
              f"{statistics.median(ratios):.3f} (rounds {', '.join(f'{r:.3f}' for r in ratios)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
