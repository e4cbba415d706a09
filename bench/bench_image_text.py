"""What the image-text test before Tesseract skips, what it saves, and what words it loses.

    .venv/bin/python bench/bench_image_text.py [FILE ...] [--no-doc] [--limit N]

Without FILEs: the samples, the born-digital PDFs and Word files of ../shared/corpus and
../shared/corpus-real, and every held-out set's (bench/heldout*, scans left out: their
pages are read whole). Each file is loaded as the extractor loads it (default settings, OCR
on), and every image put to the test (``ocr_select.likely_text``: a picture on a
born-digital page, cut from the page rendered at ``ocr_dpi``, or an image in a Word file)
is kept with the test's answer and its CPU time. Then every image, skipped or not, is read
by Tesseract as the reader reads one alone (``run_tesseract``, the image psm), timed in CPU
seconds, and its words (confidence >= 40, two letters or digits at least) are counted:

- skipped: the Tesseract CPU the test saved, and the words it lost; a lost word that is a
  word of the file's gold values (``<stem>.gold.json`` beside it) is listed, as the reader
  must not lose those;
- read: how many gave no word at all (Tesseract's time spent for nothing: what a stricter
  test could still save).

Results: stdout and bench/results/image-text-<time>.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench" / "results"
MIN_WORD_CONF = 40.0  # Tesseract's 0-100 scale; the image reader keeps >= 0.4
_WORD = re.compile(r"\w{2,}")
_EMPTY_TSV = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def default_files(with_doc: bool) -> list[Path]:
    kinds = ("*.pdf", "*.docx", *(("*.doc",) if with_doc else ()))
    folders = [ROOT / "samples", SHARED / "corpus", SHARED / "corpus-real",
               *sorted((ROOT / "bench").glob("heldout*"), key=lambda p: int(p.name[7:] or 1))]
    return [p for folder in folders for kind in kinds for p in sorted(folder.glob(kind))
            if not p.name.endswith(".scan.pdf")]


def cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def collect_images(path: Path) -> list[dict]:
    """Every image the reader puts to the test while loading ``path``, with the answer; the
    reader's own Tesseract calls on images answer nothing (the images are read below)."""
    from extractor.ingest import load, ocr_images
    from extractor.settings import Settings

    found: list[dict] = []
    test, one, many = ocr_images.likely_text, ocr_images.run_tesseract, ocr_images.run_tesseract_many

    def kept(gray: np.ndarray, dpi: float) -> bool:
        start = cpu_self()
        answer = test(gray, dpi)
        found.append({"gray": np.array(gray), "dpi": dpi, "read": bool(answer), "test_cpu_s": cpu_self() - start})
        return answer

    ocr_images.likely_text = kept
    ocr_images.run_tesseract = lambda *args, **kw: _EMPTY_TSV
    ocr_images.run_tesseract_many = lambda images, *args, **kw: [_EMPTY_TSV for _ in images]
    try:
        load(path, Settings())
    except Exception as exc:  # noqa: BLE001 - a file the reader refuses has no images to count
        print(f"  {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        ocr_images.likely_text, ocr_images.run_tesseract, ocr_images.run_tesseract_many = test, one, many
    return found


def read_words(gray: np.ndarray, dpi: float) -> tuple[float, list[str]]:
    """Tesseract's CPU seconds and its words on one image, as the reader reads an image."""
    from PIL import Image

    from extractor.ingest.ocr_images import _languages
    from extractor.ingest.ocr_tesseract import run_tesseract
    from extractor.settings import DEFAULT_SETTINGS as settings

    before = cpu_children()
    tsv = run_tesseract(Image.fromarray(gray), _languages(settings), settings.ocr_image_psm, round(dpi),
                        settings.ocr_timeout_s)
    words = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) == 12 and _WORD.search(cols[11]) and float(cols[10]) >= MIN_WORD_CONF:
            words.append(cols[11])
    return cpu_children() - before, words


def gold_words(path: Path) -> set[str]:
    """The words of every string in the file's gold values (casefolded), empty without gold."""
    stem = path.name.split(".")[0]
    gold = path.with_name(f"{stem}.gold.json")
    if not gold.exists():
        return set()
    strings: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            strings.append(str(value))

    walk(json.loads(gold.read_text(encoding="utf-8")))
    return {w.casefold() for s in strings for w in _WORD.findall(s)}


def measure(path: Path) -> list[dict]:
    needed = gold_words(path)
    rows = []
    for image in collect_images(path):
        seconds, words = read_words(image.pop("gray"), image["dpi"])
        lost_needed = sorted({w for w in words if w.casefold().strip(".,:;()") in needed}) if not image["read"] else []
        rows.append({**image, "tesseract_cpu_s": seconds, "words": len(words), "sample": words[:12],
                     "gold_words": lost_needed})
    return rows


def summary(files: dict[str, list[dict]]) -> dict:
    rows = [r for per_file in files.values() for r in per_file]
    skipped, read = [r for r in rows if not r["read"]], [r for r in rows if r["read"]]
    return {
        "files": len(files), "files_with_images": sum(1 for f in files.values() if f), "images": len(rows),
        "test_cpu_s": sum(r["test_cpu_s"] for r in rows),
        "skipped": len(skipped), "skipped_tesseract_cpu_s": sum(r["tesseract_cpu_s"] for r in skipped),
        "skipped_with_words": sum(1 for r in skipped if r["words"]), "skipped_words": sum(r["words"] for r in skipped),
        "skipped_gold_words": sorted({w for r in skipped for w in r["gold_words"]}),
        "read": len(read), "read_tesseract_cpu_s": sum(r["tesseract_cpu_s"] for r in read),
        "read_without_words": sum(1 for r in read if not r["words"]),
        "read_without_words_cpu_s": sum(r["tesseract_cpu_s"] for r in read if not r["words"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--no-doc", action="store_true", help="Leave out .doc files (each converted by LibreOffice).")
    parser.add_argument("--limit", type=int, default=0, help="Only the first N files (a quick look).")
    args = parser.parse_args(argv)
    paths = args.files or default_files(with_doc=not args.no_doc)
    if args.limit:
        paths = paths[:args.limit]
    files: dict[str, list[dict]] = {}
    for path in paths:
        print(f"... {path}", file=sys.stderr, flush=True)
        files[str(path)] = rows = measure(path)
        for r in rows:
            if not r["read"] and r["words"]:
                print(f"  {path.name}: skipped an image with {r['words']} words: {' '.join(r['sample'])}"
                      + (f"  GOLD: {' '.join(r['gold_words'])}" if r["gold_words"] else ""))
    s = summary(files)
    print(f"\n{s['images']} images in {s['files_with_images']} of {s['files']} files; the test took {s['test_cpu_s']:.2f} CPU s")
    print(f"skipped {s['skipped']}: Tesseract would take {s['skipped_tesseract_cpu_s']:.1f} CPU s; {s['skipped_with_words']} "
          f"hold words ({s['skipped_words']} words), of the gold values: {' '.join(s['skipped_gold_words']) or 'none'}")
    print(f"read {s['read']}: {s['read_tesseract_cpu_s']:.1f} CPU s; {s['read_without_words']} gave no word "
          f"({s['read_without_words_cpu_s']:.1f} CPU s)")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"image-text-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "summary": s, "files": files},
                              indent=1) + "\n", encoding="utf-8")
    print(f"written {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
