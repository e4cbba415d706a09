"""Fuzzing harness: seeded mutants of the samples and corpus files, read by ``extractor batch``,
then counted by code.

    .venv/bin/python bench/fuzz.py                                  # 1000 mutants, 2 workers, 60 s
    .venv/bin/python bench/fuzz.py --mutants 150 --seed 1 --no-ocr  # the short run the test suite makes
    .venv/bin/python bench/fuzz.py my.pdf other.docx --mutants 200  # your own seed files

Mutant ``i`` is made from seed file ``i mod n`` by one or two operators of
``bench/fuzz_mutate.py`` (byte edits; PDF stream and dictionary edits; DOCX/ODT member edits:
broken XML, huge attributes, deep nesting, missing parts, odd zip headers; OLE edits for
``.doc``; RTF edits), chosen by a generator seeded with ``--seed`` and ``i``: the same
arguments make the same files. Seeds: the samples, the corpus files beside the project (no
scans unless ``--with-scan``), a small RTF and ODT written here, and a ``.doc`` made from the
ODT by LibreOffice when the corpus has none.

The verdict (``fuzz-report.json`` in ``--out``, and a table on stdout): records by code; every
mutant must have a record; ``internal`` and ``unreadable`` records, tracebacks (the batch's
stderr, and the workers' log, where an exception that escaped the readers' own error codes
leaves one) and missing records are problems, and the exit status is 1 when there is any.
Each ``timeout`` is named with its cause: the mutant is read again alone with a stack dump
at the time limit, and the innermost frames say where it was (or that alone it finished,
so the batch's timeout was the machine's load).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent), str(ROOT / "tests")]

from extractor.batch.limits import kill_tree  # noqa: E402
from fuzz_mutate import mutate  # noqa: E402
from hostile_files import write_odt  # noqa: E402

SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
SEED_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".rtf")
PROBLEM_CODES = ("internal", "unreadable")
TRACEBACK = "Traceback (most recent call last)"
FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+) in (?P<func>\S+)')

SEED_TEXT = ["Årsrapport 2023 for Eksempelbedriften AS", "Styret har i 2023 bestått av Kari Nordmann (styreleder) "
             "og Ola Hansen (styremedlem).", "Sykefraværet var 4,2 % i 2023.", "Daglig leder: Per Berg."]


# ---------------------------------------------------------------- seeds

def seed_rtf(path: Path) -> Path:
    rows = r"\trowd\cellx3000\cellx6000 Driftsinntekter\cell 16 917 863\cell\row "
    body = r"\par ".join(SEED_TEXT) + r"\par " + rows * 3
    path.write_text(r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0\fs22 " + body + r"\par}", encoding="cp1252")
    return path


def seed_odt(path: Path) -> Path:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    paras = "".join(f"<text:p>{t}</text:p>" for t in SEED_TEXT[1:])
    cells = "<table:table-row>" + "<table:table-cell><text:p>12,5 %</text:p></table:table-cell>" * 2 + "</table:table-row>"
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2"><office:body>'
               f'<office:text><text:h text:outline-level="1">{SEED_TEXT[0]}</text:h>{paras}<table:table table:name="t">'
               f'<table:table-column table:number-columns-repeated="2"/>{cells * 3}</table:table></office:text>'
               "</office:body></office:document-content>")
    return write_odt(path, content)


def seed_doc(odt: Path, folder: Path) -> Path | None:
    """A .doc made from the ODT by LibreOffice (its own profile), or None without LibreOffice."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory(prefix="fuzz-seed-") as tmp:
        subprocess.run([exe, f"-env:UserInstallation={Path(tmp).as_uri()}", "--headless", "--norestore",
                        "--convert-to", "doc", "--outdir", str(folder), str(odt)], capture_output=True, timeout=300)
    made = folder / f"{odt.stem}.doc"
    return made if made.is_file() else None


def default_seeds(folder: Path, with_scan: bool) -> list[Path]:
    seeds = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in SEED_SUFFIXES)
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        seeds += sorted(p for p in corpus.iterdir()
                        if p.suffix in SEED_SUFFIXES and (with_scan or not p.name.endswith(".scan.pdf")))
    folder.mkdir(parents=True, exist_ok=True)
    odt = seed_odt(folder / "fuzz-seed.odt")
    seeds += [seed_rtf(folder / "fuzz-seed.rtf"), odt]
    if not any(p.suffix == ".doc" for p in seeds):
        seeds += [p for p in [seed_doc(odt, folder)] if p]
    return seeds


def make_mutants(seeds: list[Path], count: int, run_seed: int, folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    blobs = [p.read_bytes() for p in seeds]
    made = []
    for i in range(count):
        seed = seeds[i % len(seeds)]
        rng = random.Random(f"{run_seed}:{i}:{seed.name}")
        data, ops = mutate(blobs[i % len(seeds)], rng)
        path = folder / f"{i:04d}-{seed.stem}-{'+'.join(ops)}{seed.suffix}"
        path.write_bytes(data)
        made.append({"input": str(path.resolve()), "seed": seed.name, "ops": ops, "bytes": len(data),
                     "sha256": hashlib.sha256(data).hexdigest()})
    return made


# ---------------------------------------------------------------- run and judge

def run_batch(mutants: Path, out: Path, workers: int, timeout: float, no_ocr: bool) -> tuple[int, str, float]:
    cmd = [sys.executable, "-m", "extractor", "batch", str(mutants), "--out", str(out), "--workers", str(workers),
           "--timeout", str(timeout), "--quiet"] + (["--no-ocr"] if no_ocr else [])
    started = time.monotonic()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, errors="replace")
    return done.returncode, done.stderr, time.monotonic() - started


def read_records(out: Path) -> dict[str, dict]:
    """The last manifest record of each input (read as plain JSON lines)."""
    records: dict[str, dict] = {}
    manifest = out / "manifest.jsonl"
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                record = json.loads(line)
                records[record["input"]] = record
    return records


def worker_tracebacks(out: Path) -> list[str]:
    """The ``batch worker: INPUT: code`` line heading each traceback in the workers' log."""
    log = out / "workers.log"
    if not log.is_file():
        return []
    heads, last = [], "(no input line)"
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("batch worker: "):
            last = line[len("batch worker: "):]
        elif line.startswith(TRACEBACK):
            heads.append(last)
    return heads


def timeout_cause(path: str, timeout: float, no_ocr: bool) -> str:
    """Where reading ``path`` alone stands after ``timeout`` seconds (a stack dump), or that it
    ended. The reader and everything it started (LibreOffice, Tesseract) are killed after."""
    code = ("import faulthandler, sys\n"
            f"faulthandler.dump_traceback_later({timeout})\n"
            "from extractor.pipeline import extract_path\nfrom extractor.settings import Settings\n"
            "from extractor.errors import ExtractorError\n"
            f"try:\n    extract_path(sys.argv[1], Settings(ocr={not no_ocr}))\n"
            "except ExtractorError as exc:\n    print(f'error[{exc.code}]', file=sys.stderr)\n")
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen([sys.executable, "-c", code, path], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        try:
            child.wait(timeout + 10)  # the dump comes at ``timeout``
        except subprocess.TimeoutExpired:
            pass
        kill_tree(child.pid)
        child.wait()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    frames = [m.groupdict() for m in FRAME.finditer(stderr)]  # the innermost frame first
    if "Timeout (" not in stderr or not frames:
        ended = re.search(r"error\[\w+\]", stderr)
        return (f"not reproduced alone: ended in {time.monotonic() - started:.0f} s with "
                f"{ended[0] if ended else 'an output'} (the batch's timeout was the machine's load)")
    inner = frames[0]
    ours = next((f for f in frames if "/extractor/" in f["file"]), None)
    where = f"{_short(inner['file'])}:{inner['line']} {inner['func']}"
    return where if ours is None or ours is inner else f"{where}, from {_short(ours['file'])}:{ours['line']} {ours['func']}"


def _short(file: str) -> str:
    for marker in ("/site-packages/", "/extractor/", "/lib/python"):
        if marker in file:
            return file.split(marker, 1)[1] if marker != "/extractor/" else "extractor/" + file.split(marker, 1)[1]
    return file


def judge(made: list[dict], records: dict[str, dict], stderr: str, out: Path, timeout: float,
          no_ocr: bool, explain: int) -> dict:
    by_input = {m["input"]: m for m in made}
    codes = Counter(r.get("code") or r.get("status") for r in records.values() if r["input"] in by_input)
    missing = sorted(set(by_input) - set(records))
    problems = [{"input": i, "code": r.get("code"), "message": r.get("message"), "ops": by_input[i]["ops"]}
                for i, r in sorted(records.items()) if i in by_input and r.get("code") in PROBLEM_CODES]
    timeouts = []
    for i, r in sorted(records.items()):
        if i in by_input and r.get("code") == "timeout":
            cause = timeout_cause(i, timeout, no_ocr) if len(timeouts) < explain else "(not explained: --explain)"
            timeouts.append({"input": i, "ops": by_input[i]["ops"], "cause": cause})
    others = [{"input": i, "code": r.get("code"), "message": r.get("message")} for i, r in sorted(records.items())
              if i in by_input and r.get("code") in ("memory_limit", "crashed")]
    return {"mutants": len(made), "records": len(set(records) & set(by_input)), "codes": dict(codes.most_common()),
            "missing": missing, "problems": problems, "batch_tracebacks": stderr.count(TRACEBACK),
            "worker_tracebacks": worker_tracebacks(out), "timeouts": timeouts, "killed": others}


def failures(report: dict) -> list[str]:
    out = []
    if report["missing"]:
        out.append(f"{len(report['missing'])} mutants without a record")
    if report["problems"]:
        out.append(f"{len(report['problems'])} internal/unreadable records")
    if report["batch_tracebacks"] or report["worker_tracebacks"]:
        out.append(f"{report['batch_tracebacks']} tracebacks from the batch, {len(report['worker_tracebacks'])} in the workers' log")
    if report["exit_status"] != 0:
        out.append(f"the batch exited with {report['exit_status']}")
    return out


def print_report(report: dict) -> None:
    print(f"mutants {report['mutants']}  records {report['records']}  wall {report['wall_s']:.0f} s")
    for code, count in report["codes"].items():
        print(f"  {code:<20} {count:>5}")
    for item in report["problems"]:
        print(f"PROBLEM {item['code']}: {Path(item['input']).name}: {item['message']}")
    for head in report["worker_tracebacks"]:
        print(f"TRACEBACK (workers' log): {head}")
    for item in report["timeouts"]:
        print(f"timeout: {Path(item['input']).name}: {item['cause']}")
    for item in report["killed"]:
        print(f"{item['code']}: {Path(item['input']).name}: {item['message']}")
    verdict = failures(report)
    print("verdict: " + ("; ".join(verdict) if verdict else "clean (0 internal, 0 unreadable, 0 tracebacks, a record per mutant)"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", nargs="*", type=Path, help="Seed files (default: samples, corpus, generated RTF/ODT/DOC).")
    parser.add_argument("--mutants", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=8, help="Run seed: the same seed makes the same mutants.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--no-ocr", action="store_true", help="Pass --no-ocr to the batch (no Tesseract).")
    parser.add_argument("--with-scan", action="store_true", help="Also mutate the corpus's scanned PDFs (slow: OCR).")
    parser.add_argument("--explain", type=int, default=20, help="Name the cause of at most this many timeouts.")
    parser.add_argument("--out", type=Path, default=None, help="Folder for mutants, batch output and report.")
    args = parser.parse_args(argv)
    out = (args.out or ROOT / "bench/results" / time.strftime("fuzz-%Y%m%d-%H%M%S")).resolve()
    if (out / "batch").exists():
        shutil.rmtree(out / "batch")  # a fresh batch: the resume would skip what an earlier run read
    seeds = args.seeds or default_seeds(out / "seeds", args.with_scan)
    made = make_mutants(seeds, args.mutants, args.seed, out / "mutants")
    (out / "mutants.jsonl").write_text("".join(json.dumps(m) + "\n" for m in made), encoding="utf-8")
    status, stderr, wall = run_batch(out / "mutants", out / "batch", args.workers, args.timeout, args.no_ocr)
    (out / "batch.stderr").write_text(stderr, encoding="utf-8")
    report = judge(made, read_records(out / "batch"), stderr, out / "batch", args.timeout, args.no_ocr, args.explain)
    report.update(exit_status=status, wall_s=round(wall, 1), seeds=[s.name for s in seeds],
                  options={k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k != "seeds"})
    (out / "fuzz-report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_report(report)
    print(f"report: {out / 'fuzz-report.json'}")
    return 1 if failures(report) else 0


if __name__ == "__main__":
    sys.exit(main())
