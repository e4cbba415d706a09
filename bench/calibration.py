#!/usr/bin/env python3
"""Error capture and review load per review threshold, over the scorer's per-item judgements.

    python bench/calibration.py --pair GOLD_DIR PRED_DIR [--pair GOLD_DIR PRED_DIR ...]
    python bench/calibration.py --pair ../shared/corpus out/corpus --pair bench/devset out/devset

The judgements are exactly the scorer's: this imports score.py (../shared/eval/score.py, or
$EXTRACTOR_SHARED/eval/score.py) and calls its per-field functions, so an item counts as
wrong here exactly when the scorer counts it wrong. Items from all pairs are pooled: the
threshold is one number for every document. Error capture = wrong items with confidence
below the threshold / wrong items; review load = items below the threshold / items with a
confidence. Target: capture >= 0.9 at load <= 0.2.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("board", "places", "percentages", "facts", "key_figures")
THRESHOLDS = [round(0.3 + 0.05 * i, 2) for i in range(13)]  # 0.30 .. 0.90


def load_scorer():
    shared = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judges(score) -> dict:
    """The scorer's per-field functions, each ``(gold, pred) -> (f1, [(confidence, is_correct)])``."""
    return {"board": score.score_board, "places": score.score_places, "percentages": score.score_percentages,
            "facts": score.score_scalars, "key_figures": score.score_key_figures}


def iter_judged(score, gold_dir: Path, pred_dir: Path):
    """(output file, field, confidence or None, is_correct) for every judged item."""
    functions = judges(score)
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = gold_path.name[: -len(".gold.json")]
        for pred_path in sorted(pred_dir.glob(f"{doc}.*json")):
            if pred_path.name.endswith(".gold.json"):
                continue
            pred = json.loads(pred_path.read_text(encoding="utf-8"))
            for field, fn in functions.items():
                _, judged = fn(gold, pred)
                for conf, ok in judged:
                    yield pred_path.name, field, conf, ok


def capture_load(items, threshold: float) -> tuple[float, float, int, int]:
    """(error capture, review load, errors, items with confidence) at one threshold."""
    with_conf = [(c, ok) for c, ok in items if c is not None]
    errors = [c for c, ok in with_conf if not ok]
    capture = sum(c < threshold for c in errors) / len(errors) if errors else 1.0
    load = sum(c < threshold for c, _ in with_conf) / len(with_conf) if with_conf else 0.0
    return capture, load, len(errors), len(with_conf)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pair", nargs=2, action="append", metavar=("GOLD_DIR", "PRED_DIR"), required=True, type=Path)
    ap.add_argument("--errors", action="store_true", help="also list every wrong item's file, field and confidence")
    args = ap.parse_args(argv)
    score = load_scorer()

    judged = [j for gold_dir, pred_dir in args.pair for j in iter_judged(score, gold_dir, pred_dir)]
    by_field = defaultdict(list)
    for _, field, conf, ok in judged:
        by_field[field].append((conf, ok))
    all_items = [(c, ok) for _, _, c, ok in judged]
    outputs = len({name for name, *_ in judged})
    missing = sum(c is None for c, _ in all_items)
    _, _, n_err, n_conf = capture_load(all_items, 0.5)
    print(f"{len(all_items)} judged items from {outputs} outputs, {n_err} wrong, {missing} without confidence")
    print(f"{'thr':>5} {'capture':>8} {'load':>6}   " + " ".join(f"{f[:10]:>13}" for f in FIELDS))
    for t in THRESHOLDS:
        cap, load, *_ = capture_load(all_items, t)
        cells = []
        for f in FIELDS:
            fc, fl, fe, fn = capture_load(by_field[f], t)
            cells.append(f"{fc:4.2f}/{fl:4.2f}({fe:>2})" if fn else f"{'-':>13}")
        ok = "  <- meets target" if cap >= 0.9 and load <= 0.2 else ""
        print(f"{t:5.2f} {cap:8.2f} {load:6.2f}   " + " ".join(f"{c:>13}" for c in cells) + ok)
    print("per field: capture/load(wrong items)")
    if args.errors:
        for name, field, conf, ok in judged:
            if not ok:
                print(f"  wrong {field:12} conf={conf if conf is None else round(conf, 3)!s:6} {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
