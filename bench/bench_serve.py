"""Latency of the HTTP API under load: 20 concurrent posts of corpus files (PDF, DOCX, DOC) plus
one hostile file, all sent at once; every good one must come back as a Report.

    .venv/bin/python bench/bench_serve.py                     # starts a server, 2 workers
    .venv/bin/python bench/bench_serve.py --workers 4 --posts 40 --with-scan
    .venv/bin/python bench/bench_serve.py --url http://127.0.0.1:8000   # an already running server

First one post per distinct file, one after the other (latency without a queue), then the
concurrent burst. Latency is the client's wall clock from sending to the last byte; ``work s``
is the worker's time on the document (``X-Extractor-Seconds``), ``queued s`` the wait for a free
worker. Results: a table on stdout and ``bench/results/serve-<time>.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_serve_http import Server  # noqa: E402 - the tests' server starter: one way to run it

SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
CORPUS = ["asker-produkt-2022.pdf", "asker-produkt-2022.docx", "asker-produkt-2022.doc",
          "budstikka-arbeid-er-terapi.pdf", "sosial-profil-asker.docx"]
SCAN = "asker-produkt-2022.scan.pdf"
HOSTILE = "crafted/zipbomb_300MB.docx"


def post(url: str, path: Path, timeout: float) -> dict:
    started = time.monotonic()
    with path.open("rb") as fh:
        response = httpx.post(f"{url}/extract", files={"file": (path.name, fh)}, timeout=timeout)
    latency = time.monotonic() - started
    body = response.json()
    return {"file": path.name, "status": response.status_code, "latency_s": round(latency, 3),
            "code": None if response.status_code == 200 else body.get("code"),
            "report_ok": response.status_code == 200 and body.get("source", {}).get("path") == path.name,
            "work_s": float(response.headers.get("x-extractor-seconds") or 0),
            "queued_s": float(response.headers.get("x-extractor-queued") or 0)}


def spread(values: list[float]) -> dict:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"min": ordered[0], "median": round(statistics.median(ordered), 3), "p95": p95, "max": ordered[-1]}


def print_rows(title: str, rows: list[dict]) -> None:
    print(f"\n{title}")
    print(f"{'file':32} {'status':>6} {'code':>14} {'latency s':>10} {'work s':>8} {'queued s':>9}")
    for row in rows:
        print(f"{row['file']:32} {row['status']:>6} {row['code'] or '':>14} {row['latency_s']:>10.2f} "
              f"{row['work_s']:>8.2f} {row['queued_s']:>9.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="Use this running server instead of starting one.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--posts", type=int, default=20)
    parser.add_argument("--with-scan", action="store_true", help=f"Include {SCAN} once (OCR: about 2 minutes).")
    parser.add_argument("--hostile", default=HOSTILE, help="Path under badfiles/ posted with the burst.")
    parser.add_argument("--timeout", type=float, default=900, help="Client timeout per request.")
    args = parser.parse_args()

    files = [SHARED / "corpus" / name for name in CORPUS]
    burst = [files[i % len(files)] for i in range(args.posts)]
    if args.with_scan:
        burst[-1] = SHARED / "corpus" / SCAN
    hostile = SHARED / "badfiles" / args.hostile

    server = None
    if args.url:
        url = args.url.rstrip("/")
    else:
        started = time.monotonic()
        server = Server("--timeout", "300", workers=args.workers)
        server.wait_ready()
        url = server.url
        print(f"server ready in {time.monotonic() - started:.1f} s ({args.workers} workers)")
    try:
        single = [post(url, path, args.timeout) for path in files]
        print_rows("one at a time", single)
        started = time.monotonic()
        with ThreadPoolExecutor(len(burst) + 1) as pool:
            futures = [pool.submit(post, url, path, args.timeout) for path in [*burst, hostile]]
            rows = [f.result() for f in futures]
        wall = time.monotonic() - started
        health = httpx.get(f"{url}/health").json()
    finally:
        if server:
            server.stop()

    good, bad = rows[:-1], rows[-1]
    print_rows(f"{len(burst)} concurrent posts + 1 hostile ({hostile.name})", rows)
    succeeded = sum(r["report_ok"] for r in good)
    summary = {"posts": len(good), "succeeded": succeeded, "wall_s": round(wall, 3),
               "docs_per_s": round(len(good) / wall, 3), "latency_s": spread([r["latency_s"] for r in good]),
               "work_s": spread([r["work_s"] for r in good]), "queued_s": spread([r["queued_s"] for r in good]),
               "single_latency_s": spread([r["latency_s"] for r in single]),
               "hostile": {"file": bad["file"], "status": bad["status"], "code": bad["code"],
                           "latency_s": bad["latency_s"]},
               "workers_alive_after": health["alive"], "workers": health["workers"]}
    print(f"\n{succeeded}/{len(good)} succeeded in {wall:.1f} s; hostile: {bad['status']} {bad['code']}; "
          f"workers alive after: {health['alive']}/{health['workers']}")
    for key in ("latency_s", "work_s", "queued_s", "single_latency_s"):
        s = summary[key]
        print(f"{key:17} min {s['min']:.2f}  median {s['median']:.2f}  p95 {s['p95']:.2f}  max {s['max']:.2f}")
    results = ROOT / "bench/results"
    results.mkdir(parents=True, exist_ok=True)
    target = results / f"serve-{time.strftime('%Y%m%d-%H%M%S')}.json"
    target.write_text(json.dumps({
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": platform.python_version(),
        "machine": platform.platform(), "cpus": os.cpu_count(), "workers": args.workers,
        "summary": summary, "single": single, "burst": rows}, indent=2) + "\n")
    print(f"results: {target}")
    if succeeded != len(good):
        sys.exit(1)


if __name__ == "__main__":
    main()
