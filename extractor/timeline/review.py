"""Checks between reports as review items: ``extractor review TL/`` queues every value a check
for review points at (its suspects, or every value compared when none is singled out).

An item is the value in its *report output* (file and JSON pointer), so a decision is saved
there as for any other value and the timeline is rebuilt from it. The item carries the check
(``timeline:<reason>`` in its reasons, the message in ``conflicts``) and the other values
compared (``related``), which the terminal and the browser show beside it.
"""
from __future__ import annotations

from pathlib import Path

from extractor.review.queue import Item, doc_to_items, is_evidence, load_json, pointer_to_label, resolve_pointer, values_to_text


def is_timeline_output(doc) -> bool:
    return isinstance(doc, dict) and doc.get("kind") == "timeline" and isinstance(doc.get("checks"), list)


class ReportCache:
    def __init__(self, timeline_path: Path, reports: list[dict]):
        self.base = Path(timeline_path).parent
        self.reports = reports
        self.docs: dict[Path, dict | None] = {}

    def file(self, ref: dict) -> Path:
        return (self.base / self.reports[ref["report"]]["file"]).resolve()

    def doc(self, path: Path) -> dict | None:
        if path not in self.docs:
            try:
                self.docs[path] = load_json(path)
            except (OSError, ValueError):
                self.docs[path] = None  # moved or removed since the timeline was built
        return self.docs[path]

    def node(self, ref: dict):
        doc = self.doc(self.file(ref))
        try:
            return resolve_pointer(doc, ref["pointer"]) if doc is not None and ref.get("pointer") else None
        except KeyError:
            return None

    def item(self, ref: dict) -> Item | None:
        path = self.file(ref)
        doc = self.doc(path)
        if doc is None or not is_evidence(self.node(ref)):
            return None
        return next((i for i in doc_to_items(doc, path) if i.pointer == ref["pointer"]), None)

    def related(self, ref: dict, message: str) -> dict:
        """Another value of the comparison, as the review shows it beside the item."""
        node = self.node(ref)
        evidence = is_evidence(node)
        item = self.item(ref) if evidence else None
        source = (node.get("source") if evidence else None) or {k: ref.get(k) for k in ("page", "path", "text")}
        return {"file": str(self.file(ref)), "file_name": self.file(ref).name, "pointer": ref.get("pointer"),
                "label": pointer_to_label(ref["pointer"]) if ref.get("pointer") else "",
                "display": values_to_text(item.values) if item else (ref.get("text") or ""),
                "report_year": self.reports[ref["report"]].get("year"), "source": source, "check": message}


def timeline_items(doc: dict, path: Path) -> list[Item]:
    """The review items of one timeline file, one per value however many checks name it."""
    cache = ReportCache(path, doc.get("reports") or [])
    items: dict[str, Item] = {}
    for check in doc["checks"]:
        if check.get("severity") != "review":
            continue
        refs = check.get("refs") or []
        targets = check.get("suspects") or [i for i, ref in enumerate(refs) if ref.get("pointer")]
        for target in targets:
            item = cache.item(refs[target])
            if item is None:
                continue
            item = items.setdefault(item.key, item)
            reason = f"timeline:{check['reason']}"
            if reason not in item.reasons:
                item.reasons.append(reason)
            item.conflicts.append(check.get("message") or reason)
            for other, ref in enumerate(refs):
                entry = cache.related(ref, check.get("message") or "")
                seen = {(r["file"], r["pointer"], r["display"]) for r in item.related}
                if other != target and (entry["file"], entry["pointer"], entry["display"]) not in seen:
                    item.related.append(entry)
    for order, item in enumerate(items.values()):
        item.order = order
    return list(items.values())
