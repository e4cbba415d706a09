"""``extractor extract`` against pdfplumber's own one-off command, as whole processes, and the
start-up: the time from launching ``extractor extract`` to its first page of work.

    .venv/bin/python bench/bench_cli.py [PDF] [--runs 7]

Default PDF: ../shared/corpus/asker-produkt-2022.pdf (14 pages). The two commands run in turn,
A B A B ..., so a drift in the machine's speed hits both; each pair gives a ratio, and the
medians are reported (min and max show the spread):

- A: ``extractor extract PDF -o OUT.json`` (OCR as default);
- B: ``pdfplumber PDF`` (pdfplumber's command line: every object of every page as CSV, to
  /dev/null).

CPU seconds are the kernel's count for the command and every process it waited for (the
extract worker included), from ``os.wait4``. Start-up is taken by a probe: a ``sitecustomize``
on ``PYTHONPATH`` (this bench's alone) notes, in every Python process of the command, the wall
clock and CPU time when the PDF reader starts its first page; start-up CPU is that of the
reading process until then plus its parent's until it handed over the document. Results:
stdout and bench/results/cli-<time>.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench" / "results"
DEFAULT_PDF = SHARED / "corpus" / "asker-produkt-2022.pdf"
BIN = Path(sys.executable).parent

# Runs in every Python process of the probed command: wraps the PDF reader's page function and
# the extract parent's hand-over once their modules are imported, and writes one JSON line.
PROBE = r'''
import importlib.abc, importlib.machinery, json, os, resource, sys, time

OUT = os.environ["BENCH_STARTUP_OUT"]


def _note(event):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(OUT, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"event": event, "pid": os.getpid(), "time": time.time(),
                             "cpu": usage.ru_utime + usage.ru_stime}) + "\n")


def _once(module, name, event):
    original = getattr(module, name)
    state = {"done": False}

    def wrapped(*args, **kwargs):
        if not state["done"]:
            state["done"] = True
            _note(event)
        return original(*args, **kwargs)

    setattr(module, name, wrapped)


HOOKS = {"extractor.ingest.pdf": ("read_page", "first_page"),
         "extractor.batch.worker_handle": ("WorkerHandle", None)}


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname not in HOOKS:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None:
            return None
        exec_module = spec.loader.exec_module

        def run(module):
            exec_module(module)
            name, event = HOOKS[fullname]
            if event:
                _once(module, name, event)
            else:
                _once(module.WorkerHandle, "exchange", "hand_over")
        spec.loader.exec_module = run
        return spec


sys.meta_path.insert(0, _Finder())
'''


def run_timed(cmd: list[str], env: dict | None = None) -> dict:
    """Wall and CPU seconds (the command and what it waited for) and peak memory of one run."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env)
    launched = time.time()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err.strip()[-300:]}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "launched": launched}


def startup_of(cmd: list[str], probe_dir: Path) -> dict:
    """One probed run: seconds from launch to the first page, and the CPU spent until then."""
    out = probe_dir / f"events-{time.monotonic_ns()}.jsonl"
    env = dict(os.environ, BENCH_STARTUP_OUT=str(out),
               PYTHONPATH=os.pathsep.join(p for p in (str(probe_dir), os.environ.get("PYTHONPATH")) if p))
    run = run_timed(cmd, env)
    events = [json.loads(line) for line in out.read_text().splitlines()]
    first = next(e for e in events if e["event"] == "first_page")
    hand_over = [e for e in events if e["event"] == "hand_over" and e["pid"] != first["pid"]]
    cpu = first["cpu"] + (hand_over[0]["cpu"] if hand_over else 0.0)
    return {"startup_wall_s": first["time"] - run["launched"], "startup_cpu_s": cpu}


def spread(values: list[float]) -> dict:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=DEFAULT_PDF)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        tmp = Path(tmp)
        ours = [str(BIN / "extractor"), "extract", str(args.pdf), "-o", str(tmp / "out.json"), "--quiet"]
        plumber = [str(BIN / "pdfplumber"), str(args.pdf)]
        run_timed(ours), run_timed(plumber)  # warm the page cache and the language pipeline's disk cache
        pairs = [(run_timed(ours), run_timed(plumber)) for _ in range(args.runs)]
        (tmp / "sitecustomize.py").write_text(PROBE, encoding="utf-8")
        starts = [startup_of(ours, tmp) for _ in range(args.runs)]

    figures = {
        "ours": {key: spread([a[key] for a, _ in pairs]) for key in ("cpu_s", "wall_s", "peak_mb")},
        "pdfplumber": {key: spread([b[key] for _, b in pairs]) for key in ("cpu_s", "wall_s", "peak_mb")},
        "ratio": {key: spread([a[key] / b[key] for a, b in pairs]) for key in ("cpu_s", "wall_s")},
        "startup": {key: spread([s[key] for s in starts]) for key in ("startup_wall_s", "startup_cpu_s")},
    }
    print(f"{args.pdf.name}: {args.runs} pairs, whole processes (min / median / max)")
    for name in ("ours", "pdfplumber"):
        f = figures[name]
        print(f"  {name:10s} cpu {fmt(f['cpu_s'])} s   wall {fmt(f['wall_s'])} s   peak {fmt(f['peak_mb'], '.0f')} MB")
    print(f"  ours / pdfplumber   cpu {fmt(figures['ratio']['cpu_s'])}   wall {fmt(figures['ratio']['wall_s'])}")
    s = figures["startup"]
    print(f"  start-up to the first page: wall {fmt(s['startup_wall_s'])} s   cpu {fmt(s['startup_cpu_s'])} s")

    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"cli-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": platform.python_version(),
                               "cpus": os.cpu_count(), "pdf": str(args.pdf), "figures": figures,
                               "pairs": pairs, "startups": starts}, indent=2) + "\n", encoding="utf-8")
    print(f"written {out.relative_to(ROOT)}")
    return 0


def fmt(values: dict, spec: str = ".3f") -> str:
    return " / ".join(format(values[k], spec) for k in ("min", "median", "max"))


if __name__ == "__main__":
    sys.exit(main())
