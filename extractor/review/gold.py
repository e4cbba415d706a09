"""Reviewed outputs → gold files in the format of ../shared/eval/score.py (EVAL.md), so that a
reviewed report becomes a regression case.

What goes in, per value:
- accepted or edited by a person, or never flagged (confidence at or above the threshold):
  gold, with the value as it stands now;
- rejected: left out (the extractor producing it again is an error);
- flagged but not decided (skipped): left out of the gold, and for lists put in the scorer's
  ``*_optional`` lists, so it is neither rewarded nor punished.

The gold file is named after the output: ``NAME.pdf.json`` → ``NAME.pdf.gold.json``, which the
scorer pairs with exactly that output (the PDF and the Word rendition of one report get a gold
file each).
"""
from __future__ import annotations

import json
from pathlib import Path

from extractor.review.queue import iter_output_files, load_json

ORG_FACTS = ("name", "founded_year", "address", "email", "website", "phone")


def standing(node, threshold: float) -> str | None:
    """'gold', 'optional' or None (leave out) for one extracted value."""
    if not isinstance(node, dict):
        return None
    review = node.get("review") or {}
    if review.get("decision") == "rejected":
        return None
    if node.get("reviewed") or float(node.get("confidence", 0.0)) >= threshold:
        return "gold"
    return "optional"


def _value(node, threshold: float):
    return node.get("value") if standing(node, threshold) == "gold" else None


def report_to_gold(doc: dict) -> dict:
    """One output (as a dict) → the scorer's gold dict."""
    threshold = float(doc.get("review_threshold", 0.7))
    gold: dict = {}
    org = doc.get("organization") or {}
    report = doc.get("report") or {}
    if _value(report.get("kind"), threshold) is not None:
        gold["kind"] = "annual_report"
    organization = {key: _value(org.get(key), threshold) for key in ORG_FACTS}
    organization = {k: v for k, v in organization.items() if v is not None}
    owners = [{"name": o["name"], "share_percent": o["share_percent"]} for o in org.get("owners") or []
              if standing(o, threshold) == "gold" and o.get("share_percent") is not None]
    if owners:
        organization["owners"] = owners
    if organization:
        gold["organization"] = organization
    year = _value(report.get("year"), threshold)
    if year is not None:
        gold["report_year"] = year
    ceo = _value(doc.get("ceo"), threshold)
    if ceo:
        gold["ceo"] = ceo

    def split(items, to_gold, to_optional=None):
        kept, optional = [], []
        for item in items or []:
            state = standing(item, threshold)
            if state == "gold":
                kept.append(to_gold(item))
            elif state == "optional" and to_optional:
                optional.append(to_optional(item))
        return kept, optional

    gold["board"], gold["board_optional"] = split(
        doc.get("board"), lambda m: {"name": m["name"], "role": m["role"], "employee_elected": m["employee_elected"]},
        lambda m: m["name"])
    places, places_optional = split(doc.get("places"), lambda p: p["name"], lambda p: p["name"])
    gold["places"], gold["places_optional"] = _unique(places), _unique(places_optional)
    gold["percentages"], gold["percentages_optional"] = split(
        doc.get("percentages"), lambda p: {"value": p["value"], "about": p["context"]}, lambda p: p["value"])
    programs, _ = split(doc.get("programs"), lambda p: (p["code"], p.get("places")))
    gold["programs"] = {code: places for code, places in programs if places is not None}
    gold["key_figures"], gold["key_figures_optional"] = split(
        doc.get("key_figures"), lambda k: {"label": k["label"], "year": k["year"], "value": k["value"]},
        lambda k: {"label": k["label"], "year": k["year"], "value": k["value"]})
    gold["headings"] = [s["heading"] for s in doc.get("sections") or [] if s.get("heading")]
    return {k: v for k, v in gold.items() if v not in ([], {})}


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def has_decisions(doc: dict) -> bool:
    from extractor.review.queue import iter_evidence

    return any(node.get("review") for _, node in iter_evidence(doc))


def output_to_gold_name(path: Path) -> str:
    name = Path(path).name
    return (name[: -len(".json")] if name.endswith(".json") else name) + ".gold.json"


def export_gold(paths: list[Path], out_dir: Path, include_unreviewed: bool = False) -> list[Path]:
    """Write NAME.gold.json into ``out_dir`` for each reviewed output (every output with
    ``include_unreviewed``); returns the files written."""
    from extractor.assemble import write_atomic

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for root in paths:
        for path in iter_output_files(root):
            doc = load_json(path)
            if not include_unreviewed and not has_decisions(doc):
                continue
            target = out_dir / output_to_gold_name(path)
            write_atomic(target, json.dumps(report_to_gold(doc), indent=2, ensure_ascii=False) + "\n")
            written.append(target)
    return written
