"""The review queue: every extracted value below ``review_threshold``, across output files.

An item is addressed by its output file and a JSON pointer (RFC 6901) into it, e.g.
``/organization/name`` or ``/board/2``; the pointer is stable because review never adds,
removes or reorders values. Items already reviewed are not queued again, so an interrupted
review resumes where it stopped.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor.parse import ascii_int

# The parts of an output that hold extracted values (the rest is the document itself).
FIELD_ROOTS = ("organization", "report", "ceo", "staff", "board", "places", "percentages",
               "programs", "key_figures")

# What a reviewer sees and may edit of a list item; a scalar field's is its ``value``.
EDITABLE = {
    "board": ("name", "role", "employee_elected"),
    "places": ("name", "kind"),
    "percentages": ("value", "context"),
    "programs": ("code", "places"),
    "key_figures": ("label", "year", "value"),
    "owners": ("name", "share_percent"),
}
SCALAR_EDITABLE = ("value",)


@dataclass
class Item:
    """One value to review: where it is, what it says, and the evidence behind it."""

    file: Path
    pointer: str
    kind: str  # "scalar" or the list it belongs to: board, places, owners, ...
    values: dict  # the editable fields and their current values
    confidence: float
    threshold: float
    reasons: list[str] = field(default_factory=list)
    source: dict | None = None
    reviewed: bool = False
    review: dict | None = None
    order: int = 0  # position in its file, to keep document order among equal confidences
    hints: list[str] = field(default_factory=list)  # other printed forms: a percentage's text, aliases
    conflicts: list[str] = field(default_factory=list)  # checks between reports (extractor timeline) naming it
    related: list[dict] = field(default_factory=list)  # the other values those checks compared it with

    @property
    def label(self) -> str:
        return pointer_to_label(self.pointer)

    @property
    def key(self) -> str:
        return f"{self.file}#{self.pointer}"

    def display_value(self) -> str:
        return values_to_text(self.values)


def pointer_to_label(pointer: str) -> str:
    """'/organization/owners/0' → 'organization.owners[0]'."""
    label = ""
    for token in split_pointer(pointer):
        label += f"[{token}]" if token.isdigit() else (f".{token}" if label else token)
    return label


def split_pointer(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def resolve_pointer(doc, pointer: str):
    node = doc
    for token in split_pointer(pointer):
        if isinstance(node, list):
            index = ascii_int(token)
            if index is None or index >= len(node):
                raise KeyError(pointer)
            node = node[index]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise KeyError(pointer)
    return node


def values_to_text(values: dict) -> str:
    if list(values) == ["value"]:
        return _scalar_text(values["value"])
    return ", ".join(f"{k}={_scalar_text(v)}" for k, v in values.items())


def _scalar_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def is_evidence(node) -> bool:
    return isinstance(node, dict) and isinstance(node.get("confidence"), (int, float))


def node_kind(pointer: str) -> str:
    tokens = split_pointer(pointer)
    if tokens and tokens[-1].isdigit() and len(tokens) >= 2:
        return tokens[-2]
    return "scalar"


def node_values(node: dict, kind: str) -> dict:
    names = EDITABLE.get(kind, SCALAR_EDITABLE)
    return {name: node.get(name) for name in names}


def iter_evidence(doc: dict) -> Iterator[tuple[str, dict]]:
    """(pointer, node) for every extracted value in one output, in document order."""

    def walk(node, pointer):
        if is_evidence(node):
            yield pointer, node
        elif isinstance(node, dict):
            for key, child in node.items():
                yield from walk(child, f"{pointer}/{key}")
        elif isinstance(node, list):
            for i, child in enumerate(node):
                yield from walk(child, f"{pointer}/{i}")

    for root in FIELD_ROOTS:
        if root in doc:
            yield from walk(doc[root], f"/{root}")


def doc_to_items(doc: dict, path: Path) -> list[Item]:
    threshold = float(doc.get("review_threshold", 0.7))
    items = []
    for order, (pointer, node) in enumerate(iter_evidence(doc)):
        kind = node_kind(pointer)
        items.append(Item(
            file=path, pointer=pointer, kind=kind, values=node_values(node, kind),
            confidence=float(node["confidence"]), threshold=threshold, reasons=list(node.get("reasons") or []),
            source=node.get("source"), reviewed=bool(node.get("reviewed")), review=node.get("review"), order=order,
            hints=[h for h in [node.get("text"), *(node.get("aliases") or [])] if isinstance(h, str)],
        ))
    return items


def is_report_output(doc) -> bool:
    return isinstance(doc, dict) and "review_threshold" in doc and "source" in doc and "sections" in doc


def iter_output_files(path: Path, with_timelines: bool = False) -> Iterator[Path]:
    """One output JSON, or every output JSON in a (batch) folder; manifests, summaries and gold
    files are passed over, and timeline files unless ``with_timelines``."""
    path = Path(path)
    if path.is_file():
        yield path
        return
    if not path.is_dir():
        raise FileNotFoundError(f"no such file or folder: {path}")
    for candidate in sorted(path.glob("*.json")):
        if candidate.name.endswith(".gold.json") or candidate.name.startswith("."):
            continue
        try:
            doc = load_json(candidate)
        except (OSError, ValueError):
            continue  # not ours (or half-written by someone else): nothing to review
        if is_report_output(doc) or (with_timelines and is_timeline_output(doc)):
            yield candidate


def load_json(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def needs_review(item: Item) -> bool:
    return not item.reviewed and (item.confidence < item.threshold or bool(item.conflicts))


def is_timeline_output(doc) -> bool:
    from extractor.timeline.review import is_timeline_output as check

    return check(doc)


def file_to_items(doc: dict, path: Path) -> list[Item]:
    """The items of a report output, or those a timeline's checks point at (in report outputs)."""
    if is_timeline_output(doc):
        from extractor.timeline.review import timeline_items

        return timeline_items(doc, path)
    if not is_report_output(doc):
        raise ValueError(f"{path}: not an extractor output (no review_threshold/source/sections)")
    return doc_to_items(doc, path)


def build_queue(paths: list[Path], include_reviewed: bool = False) -> list[Item]:
    """Items below their file's threshold, or named by a check between reports, and not yet
    reviewed; least confident first, across files (ties in file and document order).
    ``include_reviewed`` also lists decided ones."""
    items, seen = [], set()
    for file_index, path in enumerate(p for root in paths for p in iter_output_files(root, with_timelines=True)):
        for item in file_to_items(load_json(path), path):
            below = item.confidence < item.threshold or (item.review or {}).get("old_confidence", 1.0) < item.threshold
            if item.key not in seen and (needs_review(item) or (include_reviewed and item.reviewed and below)):
                seen.add(item.key)
                items.append((item.confidence if not item.reviewed else item.review["old_confidence"],
                              file_index, item.order, item))
    return [entry[-1] for entry in sorted(items, key=lambda e: e[:3])]


# ---------- the hit inside the source text ----------

def item_hit_strings(item: Item) -> list[str]:
    """Printed forms the value may take in its source text, most specific first."""
    values = item.review["old_value"] if item.review else item.values
    if not isinstance(values, dict):
        values = {"value": values}
    out: list[str] = list(item.hints)
    for key in ("name", "label", "value", "places", "share_percent", "code"):
        value = values.get(key)
        if value is None or isinstance(value, bool):
            continue
        out += number_forms(value) if isinstance(value, (int, float)) else [str(value)]
    return [s for s in out if s.strip()]


def number_forms(value: float) -> list[str]:
    """16917863 → '16 917 863', '16917863', '16.917.863'; 3.3 → '3,3', '3.3'."""
    if float(value).is_integer():
        digits = str(int(value))
        grouped = f"{int(value):,}"
        return [grouped.replace(",", " "), grouped.replace(",", "\u00a0"), grouped.replace(",", "."), digits]
    text = f"{value}"
    return [text.replace(".", ","), text]


def hit_span(text: str | None, item: Item) -> tuple[int, int] | None:
    """(start, end) of the value inside its source text, or None when it is not printed there."""
    if not text:
        return None
    for needle in item_hit_strings(item):
        match = re.search(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", text, flags=re.IGNORECASE)
        if match:
            return match.span()
    return None
