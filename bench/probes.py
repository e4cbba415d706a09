"""Accuracy of the probe bank (tests/probes) per field family, language and rendition.

    .venv/bin/python bench/probes.py [--family board] [--failures] [--no-pdf] [--also tight] [--also browser]

Renders every probe case (DOCX; PDF through LibreOffice for layout cases), runs the whole tool
on each, and prints passed/total per family, per language and per format, and with
``--failures`` what each failing case got wrong. ``--also FORMAT`` renders every case in that
rendition too, whatever it asks for: ``tight`` (a PDF of the DOCX set without space between
paragraphs) and ``browser`` (an HTML page printed by Chromium) measure how much of the reading
depends on the program that made the PDF. The test suite runs the same cases
(tests/probes/test_probes.py) and fails on any miss; this is the table for notes.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT / "tests")  # the probes package, not this script's folder

from probes.run import accuracy_by, all_probes, run_probes  # noqa: E402


def print_table(title: str, rows: dict[str, tuple[int, int]]) -> None:
    print(f"\n{title:14} {'passed':>7} {'total':>6} {'accuracy':>9}")
    for key, (ok, total) in rows.items():
        print(f"{key:14} {ok:7d} {total:6d} {ok / total:9.3f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--family", action="append", help="only these families (repeatable)")
    parser.add_argument("--failures", action="store_true", help="print what each failing case got wrong")
    parser.add_argument("--no-pdf", action="store_true", help="DOCX renditions only (no LibreOffice)")
    parser.add_argument("--also", action="append", choices=("pdf", "tight", "browser"), default=[],
                        help="render every case in this rendition too (repeatable)")
    args = parser.parse_args(argv)

    probes = [replace(p, formats=tuple(dict.fromkeys((*p.formats, *args.also)))) if "web" not in p.formats else p
              for p in all_probes() if not args.family or p.family in args.family]  # a web page's markup is its only form
    with tempfile.TemporaryDirectory(prefix="probes-") as work:
        outcomes = run_probes(probes, Path(work), pdf=not args.no_pdf, browser="browser" in args.also)
    print(f"{len(probes)} probe cases, {len(outcomes)} renditions")
    print_table("family", accuracy_by(outcomes, lambda o: o.probe.family))
    print_table("language", accuracy_by(outcomes, lambda o: o.probe.lang))
    print_table("format", accuracy_by(outcomes, lambda o: o.format))
    passed = sum(o.ok for o in outcomes.values())
    print(f"\nall: {passed}/{len(outcomes)} = {passed / max(len(outcomes), 1):.3f}")
    if args.failures:
        for (pid, fmt), outcome in sorted(outcomes.items()):
            if not outcome.ok:
                print(f"\nFAIL {outcome.probe.family}/{pid}/{fmt}")
                for problem in outcome.problems:
                    print(f"  - {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
