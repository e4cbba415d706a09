"""Scanned PDFs: our reading (OCR included) against plain Tesseract on the same pages at the
same resolution.

    .venv/bin/python bench/bench_ocr.py [SCAN.pdf ...] [--dpi 300]

Default: the corpus's and the development set's ``*.scan.pdf``. For every file:

- plain: each page rendered once (pypdfium2, greyscale, at the reader's ``ocr_dpi``, not timed)
  and given to ``tesseract PAGE.pgm stdout -l nor+eng --psm 3 --dpi 300 tsv``, the reader's own
  language, segmentation and resolution settings (told no resolution, Tesseract guesses one from
  the text, 417 dpi for a 300 dpi page, and reads other words: 219 against 285 on one page);
  CPU seconds of the Tesseract processes;
- ours: ``extractor.ingest.load`` of the PDF in a fresh interpreter (rendering, clean-up,
  rule finding, Tesseract, layout, tables); CPU seconds of that process and its children,
  imports excluded (the format sniffer's and the scan batcher's too: until stop 41 their
  ~0.03 CPU s a file counted as work).

The ratio ours / plain is what reading a scan costs beyond Tesseract's own work (plain's
rendering is timed apart and printed with a second ratio, ours / (render + Tesseract)). Results:
stdout and bench/results/ocr-<time>.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench" / "results"


def default_scans() -> list[Path]:
    return sorted([*(SHARED / "corpus").glob("*.scan.pdf"), *(ROOT / "bench" / "devset").glob("*.scan.pdf")])


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def plain_tesseract(pdf: Path, dpi: int, lang: str, psm: int, folder: Path) -> dict:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    images = []
    start = time.process_time()
    for index in range(len(doc)):
        page = doc[index]
        path = folder / f"{pdf.stem}-{index + 1}.pgm"
        page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L").save(path)
        page.close()
        images.append(path)
    doc.close()
    render_s = time.process_time() - start  # rendering and writing the PGMs, which plain needs too
    before = children_cpu()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # as the reader runs it
    for path in images:
        subprocess.run(["tesseract", str(path), "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(dpi), "tsv"],
                       check=True, capture_output=True, env=env)
    return {"pages": len(images), "cpu_s": children_cpu() - before, "render_cpu_s": render_s}


def ours(pdf: Path) -> dict:
    code = (
        "import json, resource, sys, time\n"
        "from extractor.ingest import load\n"
        "import extractor.ingest.pdf, extractor.ingest.ocr, extractor.ingest.ocr_batch\n"
        "import extractor.ingest.detect  # every load sniffs the format first (as bench_ingest.py)\n"
        "from extractor.settings import Settings\n"
        "def cpu():\n"
        "    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "    return s.ru_utime + s.ru_stime, c.ru_utime + c.ru_stime\n"
        "own, kids = cpu()\n"
        f"doc = load({str(pdf)!r}, Settings())\n"
        "own2, kids2 = cpu()\n"
        "print(json.dumps({'pages': doc.source.pages, 'ocr_pages': len(doc.source.ocr_pages),\n"
        "                  'own_cpu_s': own2 - own, 'tesseract_cpu_s': kids2 - kids, 'cpu_s': own2 - own + kids2 - kids}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    from extractor.settings import DEFAULT_SETTINGS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--dpi", type=int, default=DEFAULT_SETTINGS.ocr_dpi)
    args = parser.parse_args(argv)
    from extractor.ingest.ocr_tesseract import resolve_languages

    lang, _ = resolve_languages(DEFAULT_SETTINGS.ocr_lang)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        for pdf in args.pdfs or default_scans():
            print(f"... {pdf.name}", file=sys.stderr, flush=True)
            plain = plain_tesseract(pdf, args.dpi, lang, DEFAULT_SETTINGS.ocr_psm, Path(tmp))
            mine = ours(pdf)
            rows.append({"file": pdf.name, "pages": plain["pages"], "plain_cpu_s": plain["cpu_s"],
                         "plain_render_cpu_s": plain["render_cpu_s"], **mine,
                         "ratio": mine["cpu_s"] / plain["cpu_s"] if plain["cpu_s"] else None})
    print(f"{'file':34s} {'pages':>5s} {'plain s':>8s} {'ours s':>7s} {'(own':>6s} {'tess.)':>7s} {'ratio':>6s}")
    for r in rows:
        print(f"{r['file']:34s} {r['pages']:5d} {r['plain_cpu_s']:8.2f} {r['cpu_s']:7.2f} {r['own_cpu_s']:6.2f} "
              f"{r['tesseract_cpu_s']:7.2f} {r['ratio']:6.3f}")
    plain_total, ours_total = sum(r["plain_cpu_s"] for r in rows), sum(r["cpu_s"] for r in rows)
    print(f"{'all':34s} {sum(r['pages'] for r in rows):5d} {plain_total:8.2f} {ours_total:7.2f} "
          f"{'':6s} {'':7s} {ours_total / plain_total:6.3f}")
    render_total = sum(r["plain_render_cpu_s"] for r in rows)
    print(f"plain's rendering (pypdfium2, PGM files) {render_total:.2f} s; ours against render + Tesseract: "
          f"{ours_total / (plain_total + render_total):.3f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"ocr-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": platform.python_version(),
                               "cpus": os.cpu_count(), "dpi": args.dpi, "lang": lang, "files": rows,
                               "ratio": ours_total / plain_total,
                               "ratio_with_render": ours_total / (plain_total + render_total)}, indent=2) + "\n", encoding="utf-8")
    print(f"written {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
