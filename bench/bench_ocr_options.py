"""What Tesseract options would save, and what they would lose, on a document's own OCR.

    .venv/bin/python bench/bench_ocr_options.py FILE... [--variants NAME,...] [--repeat 2]

Each FILE is loaded once as the extractor loads it (default settings), and every image the
reader hands Tesseract is kept with its language, segmentation and resolution: scanned pages,
their dropped ink, the images of born-digital pages (several to a process), tables read again.
Each kept call is then run again by plain Tesseract as the reader runs it (``base``) and under
each variant, alternating, ``--repeat`` times; CPU seconds are the Tesseract processes'.
Variants (``VARIANTS``):

- ``invert-off``: ``-c tessedit_do_invert=0``. Tesseract 5 reads a line again inverted when
  its mean confidence is under ``invert_threshold`` (0.7), and when that is no better, a third
  time as it was;
- ``invert-0.5``: that second reading only under 0.5;
- ``one-language``: the first language of ``ocr_lang`` alone (each line the first language
  does not accept is read by the others too);
- ``half-scale``: the image at half the resolution (2x2 pixel means), told half the dpi;
- ``text-scale``: each image whose words (as the reader read them) stand taller than
  ``TEXT_HEIGHT_MAX`` px shrunk so they stand ``TEXT_HEIGHT`` px (Tesseract's line recogniser
  works on lines scaled to 36 px anyway): a diagram's big labels read on fewer pixels; told
  the same dpi. Scaling by a test of the image before Tesseract would do no better than this.

Words are Tesseract's with confidence >= 40 (the image reader keeps >= 0.4); for each call the
words a variant loses and gains against ``base`` are printed, or "identical" when its TSV is
byte for byte the same. Results: stdout and bench/results/ocr-options-<time>.json.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
MIN_WORD_CONF = 40.0  # Tesseract's 0-100 scale; the image reader's IMAGE_WORD_CONF is 0.4
SHOWN_WORDS = 12  # lost and gained words printed per call
SURE_WORD_CONF = 60.0  # words whose height measures the text (``text-scale``)
TEXT_HEIGHT_MAX = 60  # px: words taller than this are shrunk (``text-scale``) ...
TEXT_HEIGHT = 40  # ... to this (a 10 pt word with ascenders at 300 dpi stands ~40 px)


def half_scale(images: list[bytes]) -> list[bytes]:
    """PGM images at half the resolution: 2x2 pixel means."""
    from extractor.ingest.ocr_tesseract import gray_pgm

    halves = []
    for data in images:
        pixels = np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=np.float32)
        h, w = pixels.shape[0] // 2 * 2, pixels.shape[1] // 2 * 2
        means = pixels[:h, :w].reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
        halves.append(gray_pgm(Image.fromarray(np.round(means).astype(np.uint8))))
    return halves


def text_scale(images: list[bytes], tsv: str) -> list[bytes]:
    """PGM images whose words (``tsv``, the reader's reading) stand taller than
    ``TEXT_HEIGHT_MAX`` px, shrunk so they stand ``TEXT_HEIGHT`` px (Lanczos); the others as they are."""
    from extractor.ingest.ocr_tesseract import gray_pgm

    heights: dict[int, list[int]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) == 12 and float(cols[10]) >= SURE_WORD_CONF and any(ch.isalpha() for ch in cols[11]):
            heights.setdefault(int(cols[1]), []).append(int(cols[9]))
    out = []
    for page, data in enumerate(images, 1):
        tall = float(np.median(heights[page])) if page in heights else 0.0
        if tall > TEXT_HEIGHT_MAX:
            image = Image.open(io.BytesIO(data))
            size = (max(1, round(image.width * TEXT_HEIGHT / tall)), max(1, round(image.height * TEXT_HEIGHT / tall)))
            data = gray_pgm(image.resize(size, Image.LANCZOS))
        out.append(data)
    return out


# name -> (extra Tesseract arguments, language chosen from the reader's, images, dpi), from the
# reader's language, images, dpi and reading
VARIANTS = {
    "invert-off": lambda lang, data, dpi, tsv: (["-c", "tessedit_do_invert=0"], lang, data, dpi),
    "invert-0.5": lambda lang, data, dpi, tsv: (["-c", "invert_threshold=0.5"], lang, data, dpi),
    "one-language": lambda lang, data, dpi, tsv: ([], lang.split("+")[0], data, dpi),
    "half-scale": lambda lang, data, dpi, tsv: ([], lang, half_scale(data), dpi // 2),
    "text-scale": lambda lang, data, dpi, tsv: ([], lang, text_scale(data, tsv), dpi),
}


def record_calls(path: Path) -> list[dict]:
    """Every image Tesseract reads while the extractor loads ``path``, with its options."""
    import extractor.ingest.ocr_tesseract as ocr_tesseract
    from extractor.ingest import load
    from extractor.settings import Settings

    calls: list[dict] = []
    reader = ocr_tesseract._tesseract

    def kept(images, lang: str, psm: int, dpi: int, timeout_s: float) -> str:
        images = list(images)  # PGM bytes, one per image the process reads
        tsv = reader(images, lang, psm, dpi, timeout_s)
        calls.append({"data": images, "lang": lang, "psm": psm, "dpi": dpi, "tsv": tsv})
        return tsv

    ocr_tesseract._tesseract = kept
    try:
        load(path, Settings())
    finally:
        ocr_tesseract._tesseract = reader
    return calls


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_plain(images: list[bytes], lang: str, psm: int, dpi: int, extra: list[str]) -> tuple[float, str]:
    """CPU seconds and TSV of one Tesseract process, run as the reader runs it (the images as
    files in memory, several named by a list file)."""
    from extractor.ingest.ocr_tesseract import memory_file

    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with ExitStack() as stack:
        fds = [stack.enter_context(memory_file(data)) for data in images]
        if len(fds) > 1:
            fds.append(stack.enter_context(memory_file("".join(f"/dev/fd/{fd}\n" for fd in fds).encode())))
        given, source = {"stdin": subprocess.DEVNULL, "pass_fds": tuple(fds)}, f"/dev/fd/{fds[-1]}"
        before = children_cpu()
        done = subprocess.run(["tesseract", source, "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(dpi),
                               *extra, "tsv"], capture_output=True, env=env, check=True, **given)
        return children_cpu() - before, done.stdout.decode("utf-8", "replace")


def tsv_words(tsv: str) -> Counter:
    """(page, word) of each word read with confidence >= ``MIN_WORD_CONF``."""
    found: Counter = Counter()
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) == 12 and cols[11].strip() and float(cols[10]) >= MIN_WORD_CONF:
            found[(int(cols[1]), cols[11])] += 1
    return found


def word_changes(base: str, other: str) -> tuple[list[str], list[str]]:
    """The words ``other`` loses and gains against ``base``, counted with repeats."""
    before, after = tsv_words(base), tsv_words(other)
    return [w for _, w in (before - after).elements()], [w for _, w in (after - before).elements()]


def measure(calls: list[dict], variants: list[str], repeat: int) -> list[dict]:
    rows = []
    for index, call in enumerate(calls):
        runs = {"base": ([], call["lang"], call["data"], call["dpi"])}
        runs |= {name: VARIANTS[name](call["lang"], call["data"], call["dpi"], call.get("tsv", "")) for name in variants}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        tsv: dict[str, str] = {}
        for _ in range(repeat):  # alternating: the machine's load falls on every variant alike
            for name, (extra, lang, data, dpi) in runs.items():
                seconds, tsv[name] = run_plain(data, lang, call["psm"], dpi, extra)
                cpu[name].append(seconds)
        row = {"call": index, "psm": call["psm"], "bytes": sum(map(len, call["data"])), "cpu_s": {}, "changes": {}}
        for name in runs:
            row["cpu_s"][name] = min(cpu[name])
            if name != "base":
                lost, gained = word_changes(tsv["base"], tsv[name])
                row["changes"][name] = {"identical": tsv[name] == tsv["base"], "lost": lost, "gained": gained}
        rows.append(row)
    return rows


def print_rows(name: str, rows: list[dict], variants: list[str]) -> None:
    print(f"== {name}")
    for row in rows:
        cpu = " ".join(f"{k} {v:.2f}" for k, v in row["cpu_s"].items())
        print(f"  call {row['call']} psm {row['psm']} ({row['bytes'] / 1e6:.1f} MB): {cpu}")
        for variant, change in row["changes"].items():
            if change["identical"]:
                print(f"    {variant}: identical")
            else:
                print(f"    {variant}: lost {len(change['lost'])} {' '.join(change['lost'][:SHOWN_WORDS])} | "
                      f"gained {len(change['gained'])} {' '.join(change['gained'][:SHOWN_WORDS])}")
    totals = {v: sum(r["cpu_s"][v] for r in rows) for v in ["base", *variants]}
    print("  total " + " ".join(f"{k} {v:.2f}" for k, v in totals.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated names of VARIANTS")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants {', '.join(unknown)}; known: {', '.join(VARIANTS)}")
    files = {}
    for path in args.files:
        print(f"... {path.name}", file=sys.stderr, flush=True)
        files[path.name] = rows = measure(record_calls(path), variants, args.repeat)
        print_rows(path.name, rows, variants)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"ocr-options-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "cpus": os.cpu_count(),
                               "repeat": args.repeat, "files": files}, indent=1) + "\n", encoding="utf-8")
    print(f"written {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
