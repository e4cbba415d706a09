#!/usr/bin/env python3
"""Write the held-out set: invented Norwegian annual reports, written without looking at how the
extractor works, as DOCX / PDF / DOC / scanned PDF, each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout/make_heldout.py [NAME ...]   # python-docx, PIL, soffice, pdftoppm

Writing only some names (NAME ...) leaves the other reports' files as they are.

The content is in ``reports_*.py`` (one function per report returning a dict, see ``REPORT_KEYS``),
the layout in ``heldout_docx.py`` (pictures: ``heldout_images.py``), statements in
``heldout_finance.py``, board members in ``heldout_people.py``. Gold is built from the same data the
document is drawn from; places and percentages are marked inline where they are printed:

    {g:Stange}                a place the text refers to (gold)
    {g:Stange kommune|Stange} printed text | gold name (the gold name must be part of the printed text)
    {g?:Ilseng}               a place a reader may or may not list (places_optional)
    {p:6,1 %|sykefravær}      a percentage with a phrase of its sentence (``about``); in a table
                              cell the row label is the about when none is given
    {p?:100 %}                a percentage a reader may or may not list (percentages_optional)

``check_gold`` refuses a report whose gold is not printed in it (a board name, the CEO, an owner,
an ``about``, a program's places, a place name printed somewhere without its mark, ...).
"""
from __future__ import annotations

import importlib
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "samples"))
sys.path.insert(0, str(HERE.parent / "devset"))  # the dev set's DOCX helpers (rendering mechanics only)
from make_samples import FIXED_TIME, docx_bytes_reproducible  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

import heldout_docx  # noqa: E402
from heldout_finance import ACTUAL, BUDGET  # noqa: E402
from heldout_people import gold_board  # noqa: E402

MODULES = ("reports_vekst", "reports_public", "reports_assoc", "reports_recent")
MARK = re.compile(r"\{([pg])(\?)?:([^|{}]+)(?:\|([^{}]+))?\}")
UNMARKED_PERCENT = re.compile(r"%|\bprosent\b|\bpst\b", re.IGNORECASE)
LABEL_MATCH = 88  # the scorer's label similarity: rows it would confuse with a gold label are optional
REPORT_KEYS = {"name", "lang", "year", "title", "organization", "ceo", "board", "items", "renditions"}


def norm(text) -> str:
    """As the scorer normalises labels."""
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold().rstrip(":.").strip()


class Gold:
    """What the markup and the layout register while one report is drawn."""

    def __init__(self):
        self.places, self.places_optional = [], []
        self.percentages, self.percentages_optional = [], []
        self.headings, self.table_rows = [], []
        self.texts, self.image_texts, self.unmarked = [], [], []
        self.row_texts = []  # table rows joined, to check a value against its row label
        self.statements = []
        self.problems = []

    @staticmethod
    def strip(text: str) -> str:
        return MARK.sub(lambda m: m.group(3), text)

    def render(self, text: str, about: str | None = None) -> str:
        """Markup to printed text, registering gold; ``about`` is a table cell's row label."""
        explicit = []

        def sub(m):
            kind, optional, printed, extra = m.group(1), bool(m.group(2)), m.group(3), m.group(4)
            if kind == "g":
                name = extra or printed
                if name.casefold() not in printed.casefold():
                    self.problems.append(f"gold place {name!r} is not part of the printed {printed!r}")
                (self.places_optional if optional else self.places).append(name)
            else:
                # the sign is the value's: "-5,0 %" is -5.0 (until stop 34 the gold lost it; see heldout34/37/46)
                number = re.search(r"[-\u2212]?\d+(?:[.,]\d+)?", printed).group()
                value = float(number.replace(",", ".").replace("\u2212", "-"))
                if optional:
                    self.percentages_optional.append(value)
                else:
                    phrase = extra or about
                    if not phrase:
                        self.problems.append(f"percentage without about in {text!r}")
                    if extra:
                        explicit.append(extra)
                    self.percentages.append({"value": value, "about": phrase})
            return printed

        rest = MARK.sub("", text)
        if UNMARKED_PERCENT.search(rest):
            self.problems.append(f"unmarked percentage in {text!r}")
        out = MARK.sub(sub, text)
        for phrase in explicit:
            if phrase.casefold() not in out.casefold():
                self.problems.append(f"about {phrase!r} not in its text {out!r}")
        self.texts.append(out)
        self.unmarked.append(rest)
        return out

    def all_text(self) -> str:
        return "\n".join(self.texts + self.image_texts).casefold()


# ---------- gold ----------

def key_figures(gold: Gold) -> tuple[list[dict], list[dict]]:
    """Key lines' actual columns are gold; budget columns, repeats, and rows whose label the
    scorer would confuse with a gold label are optional (neither rewarded nor punished)."""
    figures, optional, seen = [], [], set()
    for st in gold.statements:
        for line in st.lines:
            if not line.key:
                continue
            for col, value in zip(st.cols, line.values):
                if value is None or col.year is None:
                    continue
                entry = {"label": line.label, "year": col.year, "value": st.nok(value)}
                if col.basis == ACTUAL and (line.label, col.year) not in seen:
                    seen.add((line.label, col.year))
                    figures.append(entry)
                elif col.basis in (ACTUAL, BUDGET):
                    optional.append(entry)
    labels = {norm(f["label"]) for f in figures}
    for st in gold.statements:
        for line in st.lines:
            if line.key or line.is_head or not any(fuzz.ratio(norm(line.label), l) >= LABEL_MATCH for l in labels):
                continue
            for col, value in zip(st.cols, line.values):
                if value is not None and col.year is not None and col.basis in (ACTUAL, BUDGET):
                    optional.append({"label": line.label, "year": col.year, "value": st.nok(value)})
    # a gold figure printed a second time is optional too: reporting it twice is not an error
    unique = []
    for entry in optional:
        if entry not in unique:
            unique.append(entry)
    return figures, unique


def gold_json(report: dict, gold: Gold) -> dict:
    def uniq(xs):
        return list(dict.fromkeys(xs))

    places = uniq(gold.places)
    address = report["organization"].get("address")
    streets = [address, re.sub(r"\s*\d+\s*\w?$", "", address)] if address else []
    optional_places = uniq(gold.places_optional + streets + report.get("places_optional", []))
    figures, figures_optional = key_figures(gold)
    figures_optional += [k for k in report.get("key_figures_optional", []) if k not in figures_optional]
    return {
        "doc": report["name"],
        "kind": "annual_report",
        "organization": report["organization"],
        "report_year": report["year"],
        "ceo": report["ceo"],
        "board": gold_board(report["board"], report.get("emp_known", False)),
        "board_optional": report.get("board_optional", []),
        "places": places,
        "places_optional": [p for p in optional_places if p not in places],
        "percentages": gold.percentages,
        "percentages_optional": uniq(gold.percentages_optional),
        "programs": report.get("programs", {}),
        "table_rows": gold.table_rows,
        "headings": gold.headings,
        "key_figures": figures,
        "key_figures_optional": figures_optional,
        "notes": report.get("notes", ""),
    }


PROGRAM_WORDS = {"VTA": ("vta", "varig tilrette"), "AFT": ("aft", "arbeidsforbered", "arbeidsførebu"),
                 "VTO": ("vto", "ordinær")}


def check_gold(doc: dict, gold: Gold) -> list[str]:
    """Everything in gold must be readable off the document."""
    text = gold.all_text()
    problems = list(gold.problems)
    for m in doc["board"]:
        if m["name"].casefold() not in text:
            problems.append(f"board name not printed: {m['name']}")
    for name in doc["board_optional"] + ([doc["ceo"]] if doc["ceo"] else []):
        if name.casefold() not in text:
            problems.append(f"person not printed: {name}")
    org = doc["organization"]
    for key in ("name", "address", "email", "website", "phone"):
        if key in org and org[key].casefold() not in text:
            problems.append(f"organization.{key} not printed: {org[key]}")
    if "founded_year" in org and str(org["founded_year"]) not in text:
        problems.append("founded_year not printed")
    shares = {p["value"] for p in doc["percentages"]}
    for o in org.get("owners", []):
        if o["name"].casefold() not in text or o["share_percent"] not in shares:
            problems.append(f"owner or share not printed: {o}")
    if org.get("owners") and abs(sum(o["share_percent"] for o in org["owners"]) - 100) > 0.01:
        problems.append("owner shares do not sum to 100")
    if str(doc["report_year"]) not in text:
        problems.append("report year not printed")
    for code, places in doc["programs"].items():
        if not any(str(places) in t.casefold() and any(w in t.casefold() for w in PROGRAM_WORDS[code])
                   for t in gold.texts + gold.image_texts + gold.row_texts):
            problems.append(f"program {code} {places} not printed beside its name")
    labels = [(f["label"], f["year"]) for f in doc["key_figures"]]
    if len(labels) != len(set(labels)):
        problems.append("a key figure label/year twice in gold")
    return problems


def check_unmarked_places(reports: list[tuple[dict, Gold]]) -> list[str]:
    """A place name that one report marks must be marked wherever any report prints it."""
    names = set()
    for _, gold in reports:
        names |= {n for n in gold.places + gold.places_optional if len(n) > 3}
    problems = []
    for report, gold in reports:
        # the organisation's own name may hold a place (its legal name is not a reference to it)
        skip = [report["organization"]["name"]] + report.get("not_places", [])
        for rest in gold.unmarked:
            for phrase in skip:
                rest = rest.replace(phrase, " ")
            for name in names:
                if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rest):
                    problems.append(f"{report['name']}: unmarked place {name!r} in {rest[:90]!r}")
    return problems


# ---------- renditions ----------

def soffice(paths: list[Path], out_dir: Path, target: str) -> None:
    """One LibreOffice run for all, with a private profile (no clash with another soffice)."""
    if not paths:
        return
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="heldout-lo-") as profile:
        subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(out_dir), *map(str, paths)],
                       check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, timeout=600)


def pdf_to_scan(pdf: Path, target: Path, seed: int, dpi: int = 150, tilt: float = 0.8, noise: float = 9,
                paper: int = 12, quality: int = 55) -> None:
    """Render, tilt a little, blur, grey the paper, add noise; rebuild an image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory(prefix="heldout-scan-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = []
        for png in sorted(Path(tmp).glob("p-*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.55))
            arr = np.asarray(im, dtype=np.float32)
            arr = arr * 0.9 + paper + nrng.normal(0, noise, arr.shape)
            pages.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L"))
        pages[0].save(target, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=quality)


def load_reports(names: list[str] | None, modules: tuple[str, ...] = MODULES,
                 keys: set[str] = REPORT_KEYS) -> list[dict]:
    """The reports the ``modules`` build (``REPORTS`` in each), those in ``names`` if given; each
    must have every key in ``keys``."""
    reports = []
    for module in modules:
        for build in importlib.import_module(module).REPORTS:
            report = build()
            missing = keys - report.keys()
            if missing:
                raise ValueError(f"{report.get('name')}: missing {sorted(missing)}")
            if not names or report["name"] in names:
                reports.append(report)
    return reports


def seed_of(report: dict) -> int:
    """Pictures and scan noise depend on the report alone, not on which others are written with it."""
    return zlib.crc32(report["name"].encode()) % 100_000


def build(report: dict):
    gold = Gold()
    document = heldout_docx.new_document(report, gold, FIXED_TIME)
    heldout_docx.add_items(document, gold, report["items"], seed=seed_of(report))
    return document, gold


def write_heldout(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    reports = load_reports(names)
    built, problems = [], []
    for report in reports:
        document, gold = build(report)
        doc = gold_json(report, gold)
        problems += [f"{report['name']}: {p}" for p in check_gold(doc, gold)]
        built.append((report, gold, document, doc))
    problems += check_unmarked_places([(r, g) for r, g, _, _ in built])
    if problems:
        raise SystemExit("gold does not agree with the documents:\n  " + "\n  ".join(problems))

    written, need_pdf, need_doc = [], [], []
    for report, _, document, doc in built:
        name, renditions = report["name"], report["renditions"]
        path = out_dir / f"{name}.docx"
        path.write_bytes(docx_bytes_reproducible(document))
        (out_dir / f"{name}.gold.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        written.append(out_dir / f"{name}.gold.json")
        if {"pdf", "scan"} & set(renditions):
            need_pdf.append(path)
        if "doc" in renditions:
            need_doc.append(path)
    soffice(need_pdf, out_dir, "pdf")
    soffice(need_doc, out_dir, "doc:MS Word 97")
    return finish_renditions([report for report, *_ in built], out_dir, rendition_files, EXT.values(), written)


EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "scan": "scan.pdf"}


def rendition_files(report: dict) -> set[str]:
    return {f"{report['name']}.{EXT[r]}" for r in report["renditions"]}


def finish_renditions(reports: list[dict], out_dir: Path, wanted_files, extensions, written: list[Path]) -> list[Path]:
    """Each report's scan made from its PDF; then the renditions it names kept (added to
    ``written``) and any other rendition file of its name removed, so a rendition a report no
    longer names does not linger. The later sets' generators share this ending."""
    for report in reports:
        name = report["name"]
        if "scan" in report["renditions"]:
            pdf_to_scan(out_dir / f"{name}.pdf", out_dir / f"{name}.scan.pdf", seed_of(report),
                        **report.get("scan", {}))
        wanted = wanted_files(report)
        for ext in sorted(set(extensions)):
            path = out_dir / f"{name}.{ext}"
            if path.name in wanted:
                written.append(path)
            elif path.exists():
                path.unlink()
    return written


def run_main(write) -> None:
    """``python make_heldoutN.py [NAME ...]``: write the set (or the named reports) and list the files."""
    start = time.perf_counter()
    total = 0
    for p in write(names=sys.argv[1:] or None):
        total += p.stat().st_size
        print(f"{p.stat().st_size:>9} {p.name}")
    print(f"{total / 1e6:.2f} MB, done in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    run_main(write_heldout)
