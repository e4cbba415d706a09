#!/usr/bin/env python3
"""Fit the confidence model on labelled errors, evaluate it leave-one-document-out, ship it.

    .venv/bin/python bench/fit_confidence.py [--outputs DIR] [--no-scan] [--no-probes] [--dry-run]

1. Extracts every document with gold (../shared/corpus, ../shared/corpus-real, bench/devset,
   bench/heldout, samples, and the probe bank's renditions, whose expectations become gold) with rule
   confidences (``Settings(fitted_confidence=False)``); ``--outputs`` keeps them for a rerun.
   With ``--earlier``, also the probe renditions as the rules read them before each case was
   written (``bench/earlier_outputs.py``): the errors of rules on layouts they had not seen.
2. Labels every extracted value right or wrong with the scorer's own matching: it imports
   ../shared/eval/score.py and calls its per-field functions. To know which value the scorer
   judged, each value's confidence is first replaced by a unique tag.
3. Fits one logistic regression per family (scikit-learn, a dev extra) on the features of
   ``extractor.calibrate.item_features``, evaluates it leave-one-document-out (both renditions of a
   document leave together), chooses the review threshold (where error capture exceeds review
   load the most), and writes ``extractor/data/confidence_model.json``, the reliability
   diagrams ``docs/confidence-<family>.png`` and ``docs/confidence.md``.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "tests"))

from calibration import capture_load, judges, load_scorer  # noqa: E402  (bench/calibration.py)
from extractor.calibrate import (  # noqa: E402
    DOUBT_CEILING, FAMILIES, REVIEW_DOUBTS, add_document_doubts, calibrated, expected_calibration_error,
    item_features, iter_items, log_loss,
)

MODEL_PATH = ROOT / "extractor" / "data" / "confidence_model.json"
DOC_PATH = ROOT / "docs" / "confidence.md"
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
C_FOLDS = 10  # C is chosen by grouped ten-fold cross-validation, then evaluated leave-one-document-out
# How much the rule confidence counts, per value, against one labelled value. Chosen leave-one-
# document-out: at 0.5 the facts family stayed under-confident (ECE 0.061); at 0.25 every family
# is within 0.04 at the same capture.
PRIOR_WEIGHT = 0.25
MIN_FEATURE_COUNT = 3  # a feature seen on fewer values than this is left out (weight 0)
EARLIER = "earlier/"  # document-name prefix of a probe rendition read by earlier rules


# --- 1. outputs -------------------------------------------------------------------------------

def gold_sets() -> list[tuple[str, Path]]:
    sets = [("corpus", SHARED / "corpus"), ("corpus-real", SHARED / "corpus-real"),
            ("devset", ROOT / "bench" / "devset"), ("heldout", ROOT / "bench" / "heldout"),
            ("samples", ROOT / "samples")]
    return [(name, path) for name, path in sets if path.is_dir()]


def inputs_of(gold_dir: Path, no_scan: bool) -> list[Path]:
    skip = (".gold.json", ".expected.json", ".py", ".md")
    files = [p for p in sorted(gold_dir.iterdir()) if p.is_file() and not p.name.endswith(skip)]
    return [p for p in files if not (no_scan and p.name.endswith(".scan.pdf"))]


def extract_rule_confidence(path: Path, out: Path) -> dict | None:
    from extractor.errors import ExtractorError
    from extractor.pipeline import extract_path
    from extractor.settings import Settings

    target = out / f"{path.name}.json"
    if target.exists():
        return json.loads(target.read_text(encoding="utf-8"))
    try:
        report = extract_path(path, Settings(fitted_confidence=False)).model_dump(mode="json")
    except ExtractorError as err:
        print(f"  skipped {path.name}: {err.one_line()}", file=sys.stderr)
        return None
    target.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return report


def iter_documents(out: Path, no_scan: bool, probes: bool, earlier: Path | None = None):
    """(group, document name, gold, output) for every document with gold."""
    for set_name, gold_dir in gold_sets():
        folder = out / set_name
        folder.mkdir(parents=True, exist_ok=True)
        for path in inputs_of(gold_dir, no_scan):
            stem = path.name.split(".")[0]
            gold_path = gold_dir / f"{stem}.gold.json"
            if not gold_path.exists():
                continue
            report = extract_rule_confidence(path, folder)
            if report is not None:
                yield f"{set_name}/{stem}", path.name, json.loads(gold_path.read_text(encoding="utf-8")), report
    if probes:
        yield from iter_probe_documents(out / "probes")
    if earlier:
        yield from iter_earlier_documents(earlier)


def iter_probe_documents(out: Path):
    from probes.render import render_all
    from probes.run import all_probes

    cases = all_probes()
    files = render_all(cases, out)
    by_id = {p.id: p for p in cases}
    for (pid, fmt), path in sorted(files.items()):
        report = extract_rule_confidence(path, out)
        if report is not None:
            yield f"probes/{pid}", path.name, probe_gold(by_id[pid].expect), report


def iter_earlier_documents(folder: Path):
    """The probe renditions as the rules read them before each case was written
    (``bench/earlier_outputs.py``). A rendition and its earlier reading share one group, so
    leave-one-document-out leaves them out together."""
    from probes.run import all_probes

    by_id = {p.id: p for p in all_probes()}
    for path in sorted(folder.glob("*.json")):
        pid = path.name.split(".")[0]
        if pid in by_id:
            yield f"probes/{pid}", f"{EARLIER}{path.name}", probe_gold(by_id[pid].expect), json.loads(
                path.read_text(encoding="utf-8"))


def probe_gold(expect) -> dict:
    """A probe's expectations in the scorer's gold format (only what the probe checks)."""
    from probes.spec import UNCHECKED

    gold: dict = {"kind": "annual_report", "organization": {}}
    if expect.board is not UNCHECKED:
        gold["board"] = [{"name": n, "role": r, "employee_elected": e} for n, r, e in sorted(expect.board)]
    if expect.ceo is not UNCHECKED:
        gold["ceo"] = expect.ceo
    if expect.org_name not in (UNCHECKED, None):
        gold["organization"]["name"] = expect.org_name
    if expect.report_year not in (UNCHECKED, None):
        gold["report_year"] = expect.report_year
    if expect.programs is not UNCHECKED:
        gold["programs"] = {code: places for code, places in expect.programs.items() if places is not None}
    gold["_expect"] = expect  # key figures: a probe names some, not all (``probe_figure_labels``)
    return gold


def probe_figure_labels(expect, report: dict) -> list[tuple[str, str, dict, bool]]:
    """A probe's key figures judged as its own check does: right when it matches an expected
    figure, wrong when it matches an absent one (a budget reported as an actual). Figures the
    probe does not name are not judged (another value for a named key may be the group's)."""
    from probes.check import figure_matches

    out = []
    for item in report.get("key_figures") or []:
        if any(figure_matches(f, item) for f in expect.key_figures):
            out.append(("key_figures", "key_figures", item, True))
        elif any(figure_matches(f, item) for f in expect.absent_figures):
            out.append(("key_figures", "key_figures", item, False))
    return out


# --- 2. labels --------------------------------------------------------------------------------

def label(score, gold: dict, report: dict) -> list[tuple[str, str, dict, bool]]:
    """(family, field, item, right) for every value the scorer judges."""
    tagged = copy.deepcopy(report)
    originals = list(iter_items(report))
    tags = {}
    for index, (_, _, item) in enumerate(iter_items(tagged)):
        tag = (index + 1) * 1e-7
        item["confidence"] = tag
        tags[tag] = index
    expect = gold.pop("_expect", None)
    out = probe_figure_labels(expect, report) if expect is not None else []
    for family, fn in judges(score).items():
        if family != "facts" and family not in gold:
            continue  # a probe checks only some families; the others are not judged
        _, judged = fn(gold, tagged)
        for conf, ok in judged:
            if conf in tags:
                family, field, item = originals[tags[conf]]
                out.append((family, field, item, bool(ok)))
    return out


def collect(out: Path, no_scan: bool, probes: bool, earlier: Path | None = None) -> list[dict]:
    score = load_scorer()
    rows = []
    for group, name, gold, report in iter_documents(out, no_scan, probes, earlier):
        add_document_doubts(report)  # outputs kept by an earlier run get today's doubts too
        fmt = (report.get("source") or {}).get("format")
        for family, field, item, ok in label(score, gold, report):
            rows.append({"group": group, "document": name, "family": family, "field": field, "ok": ok,
                         "set": "earlier" if name.startswith(EARLIER) else group.split("/")[0],
                         "rule": item.get("confidence"), "features": item_features(family, field, item, fmt)})
    return rows


# --- 3. fit and evaluate ----------------------------------------------------------------------

def kept_features(rows: list[dict]) -> list[str]:
    counts = defaultdict(int)
    for row in rows:
        for key in row["features"]:
            counts[key] += 1
    return sorted(k for k, n in counts.items() if n >= MIN_FEATURE_COUNT or k == "rule")


def fit_family(rows: list[dict], c: float) -> dict:
    """Logistic regression on the labelled values plus, for each value, PRIOR_WEIGHT of a pseudo
    value labelled by its rule confidence (right with weight rule·w, wrong with (1 − rule)·w): the
    rules are the prior and the errors move it, so a family with no errors keeps the rules'
    ranking instead of one flat number."""
    from sklearn.linear_model import LogisticRegression

    names = kept_features(rows)
    x, y, weight = [], [], []
    for r in rows:
        feats = [r["features"].get(n, 0.0) for n in names]
        rule = min(max(float(r["rule"] or 0.5), 0.0), 1.0)
        x += [feats, feats, feats]
        y += [r["ok"], True, False]
        weight += [1.0, PRIOR_WEIGHT * rule, PRIOR_WEIGHT * (1 - rule)]
    model = LogisticRegression(C=c, max_iter=5000).fit(x, y, sample_weight=weight)
    weights = {n: round(float(w), 4) for n, w in zip(names, model.coef_[0]) if abs(w) > 1e-6}
    return {"bias": round(float(model.intercept_[0]), 4), "weights": weights, "C": c,
            "items": len(rows), "errors": sum(not r["ok"] for r in rows)}


def out_of_fold(rows: list[dict], family: str, c: float, folds: int | None = None) -> list[tuple[float, bool]]:
    """Each document's values predicted by a model fitted without that document (``folds``:
    without its tenth of the documents instead, cheaper, to choose C), in the order of
    ``rows_by_group(rows)``."""
    groups = rows_by_group(rows)
    fold_of = {g: (i % folds if folds else i) for i, (g, _) in enumerate(groups)}
    models = {}
    predictions = []
    for group, test in groups:
        fold = fold_of[group]
        if fold not in models:
            train = [r for r in rows if fold_of[r["group"]] != fold]
            models[fold] = {"families": {family: fit_family(train, c)}}
        predictions += [(calibrated(models[fold], family, r["features"]), r["ok"]) for r in test]
    return predictions


def rows_by_group(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    groups = defaultdict(list)
    for r in rows:
        groups[r["group"]].append(r)
    return sorted(groups.items())


def choose_threshold(pairs) -> float:
    """The threshold where error capture exceeds review load the most (Youden's J: a missed
    error and a needless review weigh alike, each as a share of its kind). A fixed capture of
    0.95 sent 47 % of all values to review once the earlier readings' errors were in: most of
    those errors look like right values, and the last few cost the most load."""
    best = None
    for t in [i / 1000 for i in range(50, 1000)]:  # confidences are written with three decimals
        capture, load = capture_load(pairs, t)[:2]
        if best is None or capture - load > best[1] + 1e-9:
            best = (t, capture - load)
    return best[0]


def reliability_png(family: str, pairs, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 4))
    bins = [[] for _ in range(10)]
    for p, ok in pairs:
        bins[min(int(p * 10), 9)].append((p, ok))
    xs = [sum(p for p, _ in b) / len(b) for b in bins if b]
    ys = [sum(ok for _, ok in b) / len(b) for b in bins if b]
    ns = [len(b) for b in bins if b]
    left.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1)
    left.scatter(xs, ys, s=[20 + 3 * n ** 0.5 * 10 for n in ns])
    left.set(xlabel="confidence", ylabel="share right", title=f"{family}: reliability (leave-one-document-out)",
             xlim=(0, 1), ylim=(0, 1.02))
    ts = [i / 100 for i in range(1, 100)]
    curve = [capture_load(pairs, t)[:2] for t in ts]
    right.plot([l for _, l in curve], [c for c, _ in curve])
    right.set(xlabel="review load", ylabel="error capture", title="capture against load", xlim=(0, 1), ylim=(0, 1.02))
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def evaluate(rows: list[dict]) -> dict:
    """Per family: the C with the best grouped ten-fold log loss, and its leave-one-document-out
    predictions."""
    result = {}
    for family in FAMILIES:
        fam = [r for r in rows if r["family"] == family]
        if not fam:
            continue
        c = min(C_GRID, key=lambda c: log_loss(out_of_fold(fam, family, c, folds=C_FOLDS)))
        pairs = out_of_fold(fam, family, c)
        ordered = [r for _, group in rows_by_group(fam) for r in group]
        result[family] = {"C": c, "oof": pairs, "rows": fam, "rows_in_oof_order": ordered}
    return result


# --- 4. write ---------------------------------------------------------------------------------

def summary(pairs, threshold: float) -> dict:
    capture, load = capture_load(pairs, threshold)[:2]
    return {"items": len(pairs), "errors": sum(not ok for _, ok in pairs), "ece": round(expected_calibration_error(pairs), 4),
            "capture": round(capture, 3), "load": round(load, 3)}


# The named doubts of issue 11 and where they come from, for docs/confidence.md.
DOUBTS = {
    "conflicting_value": "key figures: the same figure printed elsewhere with another value (statements)",
    "two_roles": "board: one person listed with two roles (calibrate.add_document_doubts)",
    "board_shape": "board: every member of a board read with several chairs, several deputy chairs, or none "
                   "among three or more (calibrate.add_document_doubts)",
    "several_chairs": "board: more than one chair read for one board (board)",
    "ocr_single_mention": "board: a name read once, and only by OCR (calibrate.add_document_doubts)",
    "unit_unstated": "key figures: a money table that states no unit; whole kroner assumed (finance)",
    "sum_checked": "key figures: a sum line adds up, or the figure is part of one that does (finance)",
    "relation_checked": "key figures: driftsinntekter − driftskostnader = driftsresultat and the like hold (finance)",
    "sum_mismatch": "key figures: a sum line does not add up (finance)",
    "relation_failed": "key figures: a relation between statement lines fails (finance)",
    "not_valid_in_year": "places: a municipality or county that did not exist in the report year (places)",
    "no_legal_form": "organisation name: no AS, IKS, SA, ... in the name (org_vote)",
    "headings_only": "organisation name: inferred from cover, header or heading lines only (org_vote)",
    "ocr_conf": "any value: the mean OCR word confidence of its text (the `ocr_low` feature: per ten points below 0.9)",
    "read_from_image": "any value: OCR of a picture in a born-digital file (calibrate.add_document_doubts)",
    "period_header": "key figures: the column header is a season or a period (\"2022/23\"), whose year is a "
                     "convention (calibrate.figure_doubts)",
    "one_decimal": "key figures: printed with one decimal below millions (\"2,8\", \"56,0\"), as ratios, shares "
                   "and counts are (calibrate.figure_doubts)",
    "after_report_year": "key figures: an actual for a year after the report's, a budget its header does not name "
                         "(finance; calibrate.figure_doubts)",
    "prose_agrees": "key figures: the board's report states the figure in prose, to its rounding (finance.prose)",
    "prose_disagrees": "key figures: the board's report states the figure in prose with another value "
                       "(finance.prose)",
    "prose_other_year": "key figures: the prose gives the figure's year a value another column holds: the "
                        "header's years over the wrong columns (finance.prose_check)",
    "apart_from_board": "board: a member (not a deputy) read where less than half of the board stands and found "
                        "nowhere else, most often another body's person (corroboration; a review ceiling)",
    "printed_fragment": "key figures: printed with a leading zero (\"000\", \"0 500\"), the tail of a number split "
                        "across a line or a cell (corroboration; a review ceiling)",
    "small_size": "key figures: a size (revenue, costs, a balance total) under 20 000 kroner, not printed to the "
                  "øre: a table in thousands read as kroner (corroboration; a review ceiling)",
}


def wrong_values(evaluated: dict) -> list[tuple[float, str, dict]]:
    """Every wrong value with its out-of-fold confidence, most confident first."""
    wrong = [(p, family, row) for family, e in evaluated.items()
             for (p, ok), row in zip(e["oof"], e["rows_in_oof_order"]) if not ok]
    return sorted(wrong, key=lambda t: -t[0])


def write_doc(model: dict, figures: dict, wrong: list[tuple[float, str, dict]], sets: dict) -> None:
    lines = ["# Confidence and the review threshold", "",
             "_Written by `bench/fit_confidence.py`; do not edit by hand._", "",
             "Every extracted value carries `confidence` (0..1), `reasons` (its evidence, as short codes) and "
             "`source`. A reviewer looks at values below `review_threshold`.", "",
             "## How a confidence is computed", "",
             "1. The field family's rules give a rule confidence from the value's named reasons "
             "(`extractor/confidence.py`, `combine`, with each family's `WEIGHTS`).",
             "2. A logistic model per family, fitted on labelled errors, turns it into a probability "
             "(`extractor/calibrate.py`): `sigmoid(bias + Σ weight · feature)` over the rule confidence's logit, "
             "one indicator per reason, the field (facts), OCR evidence and the document format.",
             "3. OCR never raises a value: with OCR evidence the confidence is at most what the same features "
             "without the OCR ones give.",
             f"4. A value the document contradicts ({', '.join(f'`{d}`' for d in REVIEW_DOUBTS)}) gets at most "
             f"{DOUBT_CEILING}: it goes to review whatever the fit says (the labelled data seldom has them).", "",
             f"Fitted on {model['fitted_on']['items']} labelled values from {model['fitted_on']['documents']} documents "
             f"({', '.join(model['fitted_on']['sets'])}) on {model['fitted_at']}.", "",
             "## Leave-one-document-out evaluation", "",
             f"Review threshold **{model['review_threshold']}**: where error capture exceeds review load the most "
             "(Youden's J) over all families' out-of-fold predictions.", "",
             "| family | values | errors | ECE | capture | load | C |", "|---|---|---|---|---|---|---|"]
    for family, fig in figures.items():
        lines.append(f"| {family} | {fig['items']} | {fig['errors']} | {fig['ece']} | {fig['capture']} | {fig['load']} | "
                     f"{fig.get('C', '')} |")
    total = figures["all"]
    documents = len({row["group"] for _, _, row in wrong})
    lines += ["", f"{total['errors']} of {total['items']} labelled values are wrong, in {documents} "
              f"document{'' if documents == 1 else 's'}. The rules were fixed on the documents with gold, so "
              "today's readings of them are seldom wrong; the `earlier` set is the probe bank as the rules "
              "read it before each case was written (`bench/earlier_outputs.py`), the errors of rules on "
              "layouts they had not seen, as on reports nobody here has read. The held-out sets decide.", "",
              "The same out-of-fold figures per set:", "",
              "| set | values | errors | ECE | capture | load |", "|---|---|---|---|---|---|"]
    lines += [f"| {name} | {fig['items']} | {fig['errors']} | {fig['ece']} | {fig['capture']} | {fig['load']} |"
              for name, fig in sets.items()]
    lines += ["", "Reliability diagrams and capture/load curves:", ""]
    lines += [f"![{f}](confidence-{f}.png)" for f in figures if f != "all"]
    lines += ["", "## The wrong values", "",
              "Every value the scorer's matching judged wrong, with its out-of-fold confidence: capture at a "
              "threshold is the share of these below it.", "",
              "| confidence | family | field | document | reasons |", "|---|---|---|---|---|"]
    lines += [f"| {p:.3f} | {family} | {row['field']} | {row['group']} ({row['document']}) | "
              f"{', '.join(sorted(k[2:] for k in row['features'] if k.startswith('r:')))} |" for p, family, row in wrong]
    lines += ["", "## Doubts the tool names", "",
              "Each is a reason on the values it concerns; its fitted weight per family is below (a family "
              "where it never occurred, or too seldom to weigh, shows none).", "",
              "| reason | what it says | weights |", "|---|---|---|"]
    for reason, text in DOUBTS.items():
        weights = ", ".join(f"{f} {p['weights'][f'r:{reason}']:+.2f}" for f, p in model["families"].items()
                            if f"r:{reason}" in p["weights"]) or "none"
        lines.append(f"| `{reason}` | {text} | {weights} |")
    lines += ["", "## Weights", ""]
    for family, params in model["families"].items():
        lines += [f"### {family}", "", f"bias {params['bias']}; {params['items']} values, {params['errors']} errors", "",
                  "| feature | weight |", "|---|---|"]
        lines += [f"| `{k}` | {v} |" for k, v in sorted(params["weights"].items(), key=lambda kv: -abs(kv[1]))]
        lines.append("")
    DOC_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--outputs", type=Path, default=ROOT / "bench" / "results" / "confidence-outputs")
    ap.add_argument("--no-scan", action="store_true", help="leave out *.scan.pdf (OCR is slow)")
    ap.add_argument("--no-probes", action="store_true")
    ap.add_argument("--earlier", type=Path, help="also fit on the probes as earlier rules read them "
                    "(the --out folder of bench/earlier_outputs.py)")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--errors", action="store_true", help="list every wrong value with its out-of-fold confidence")
    args = ap.parse_args(argv)

    rows = collect(args.outputs, args.no_scan, not args.no_probes, args.earlier)
    evaluated = evaluate(rows)
    pooled = [pair for e in evaluated.values() for pair in e["oof"]]
    threshold = choose_threshold(pooled)
    figures = {f: {**summary(e["oof"], threshold), "C": e["C"]} for f, e in evaluated.items()}
    figures["all"] = summary(pooled, threshold)
    print(f"{'family':12} {'values':>7} {'errors':>7} {'ECE':>6} {'capture':>8} {'load':>6}   threshold {threshold}")
    for family, fig in figures.items():
        print(f"{family:12} {fig['items']:7d} {fig['errors']:7d} {fig['ece']:6.3f} {fig['capture']:8.3f} {fig['load']:6.3f}")
    by_set = defaultdict(list)  # the same out-of-fold figures per gold set
    for e in evaluated.values():
        for pair, row in zip(e["oof"], e["rows_in_oof_order"]):
            by_set[row["set"]].append(pair)
    sets = {name: summary(pairs, threshold) for name, pairs in sorted(by_set.items())}
    for name, fig in sets.items():
        print(f"  set {name:14} {fig['items']:7d} {fig['errors']:7d} {fig['ece']:6.3f} {fig['capture']:8.3f} {fig['load']:6.3f}")
    wrong = wrong_values(evaluated)
    if args.errors:
        for p, family, row in wrong:
            print(f"  wrong {family:11} {p:5.3f} (rule {row['rule']}) {row['field']:24} {row['group']} "
                  f"{sorted(k for k in row['features'] if k.startswith('r:'))}")
    if args.dry_run:
        return 0
    groups = sorted({r["group"] for r in rows})
    model = {
        "fitted_at": dt.date.today().isoformat(),
        "fitted_on": {"documents": len(groups), "items": len(rows),
                      "sets": sorted({r["set"] for r in rows}), "groups": groups},
        "review_threshold": threshold,
        "evaluation": figures,
        "families": {f: fit_family(e["rows"], e["C"]) for f, e in evaluated.items()},
    }
    MODEL_PATH.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for family, e in evaluated.items():
        reliability_png(family, e["oof"], ROOT / "docs" / f"confidence-{family}.png")
    reliability_png("all", pooled, ROOT / "docs" / "confidence-all.png")
    write_doc(model, figures, wrong, sets)
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}, {DOC_PATH.relative_to(ROOT)} and docs/confidence-*.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
