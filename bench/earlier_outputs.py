#!/usr/bin/env python3
"""The probe bank read by the rules as they stood before each case was written: labelled
errors on layouts the rules had not seen, which the documents with gold no longer give (the
rules were fixed on them).

    .venv/bin/python bench/earlier_outputs.py [--out DIR] [--modules gen5_fin,...] [--at COMMIT]

For every case module in ``tests/probes/cases`` the commit before the one that added it is
checked out in a detached worktree (``DIR/trees``), and that commit's code reads the module's
renditions (rendered once, by today's ``tests/probes/render.py``) with rule confidences
(``Settings(fitted_confidence=False)``). ``--at`` reads the chosen modules with one commit
instead (cases not yet merged: ``--at main``). Outputs: ``DIR/<probe id>.<format>.json``;
an output already there is kept. ``bench/fit_confidence.py --earlier DIR`` labels them
against the probes' expectations and fits on them beside today's outputs.
"""
from __future__ import annotations

import argparse
import json
import os
import pkgutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

# Runs in a fresh interpreter with the earlier commit's package first on the path.
WORKER = r"""
import json, sys
from pathlib import Path
from extractor.errors import ExtractorError
from extractor.pipeline import extract_path
from extractor.settings import Settings
out = Path(sys.argv[1])
for name in sys.argv[2:]:
    path = Path(name)
    target = out / f"{path.name}.json"
    if target.exists():
        continue
    try:
        report = extract_path(path, Settings(fitted_confidence=False)).model_dump(mode="json")
    except ExtractorError as err:
        print(f"  skipped {path.name}: {err}", file=sys.stderr)
        continue
    target.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
"""


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def commit_before(module: str) -> str:
    """The commit before the first one that added the module's file."""
    added = git("log", "--diff-filter=A", "--format=%H", "--", f"tests/probes/cases/{module}.py").split()
    return git("rev-parse", f"{added[-1]}^")


def read_with(commit: str, files: list[Path], out: Path, trees: Path) -> None:
    tree = trees / commit[:10]
    if not tree.exists():
        git("worktree", "add", "--detach", str(tree), commit)
    env = dict(os.environ, PYTHONPATH=str(tree), EXTRACTOR_CACHE_DIR=str(trees / f"cache-{commit[:10]}"))
    subprocess.run([sys.executable, "-c", WORKER, str(out), *map(str, files)], env=env, cwd=tree, check=True)


def main(argv=None) -> int:
    import importlib

    import probes.cases as package
    from probes.render import render_all

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "earlier-outputs")
    ap.add_argument("--modules", help="comma-separated case modules (default: all)")
    ap.add_argument("--at", help="read every chosen module with this commit")
    args = ap.parse_args(argv)

    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__))
    if args.modules:
        names = [n for n in names if n in args.modules.split(",")]
    plan: dict[str, list[str]] = defaultdict(list)
    for name in names:
        plan[git("rev-parse", args.at) if args.at else commit_before(name)].append(name)
    args.out.mkdir(parents=True, exist_ok=True)
    for commit, modules in plan.items():
        cases = [case for m in modules for case in importlib.import_module(f"probes.cases.{m}").PROBES]
        files = [p for p in render_all(cases, args.out / "renders").values() if p.exists()]
        print(f"{commit[:10]}: {len(files)} renditions of {', '.join(modules)}", flush=True)
        read_with(commit, files, args.out, args.out / "trees")
    print(json.dumps({"outputs": len(list(args.out.glob("*.json")))}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
