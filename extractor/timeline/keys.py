"""The canonical key of a key figure, the one name the timeline compares across years.

``key_figure_key`` is the only place that decides it: the output's own ``key`` when the
extractor gave one, else the row label looked up in ``extractor/data/key-figure-keys.json``
(a table kept as data; another vocabulary may replace it). A budget figure has no key: it is
never an actual.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extractor.timeline.reports import fold

DATA_FILE = "key-figure-keys.json"


@dataclass(frozen=True)
class KeyInfo:
    key: str
    order: int  # position in the table: statements' order, for pages and exports
    stable: bool  # a size that does not swing through zero: a x1000 jump is a misread unit
    sign_free: bool  # a cost, printed with or without its minus
    title: str  # how a page names it: the table's first label


@lru_cache(maxsize=1)
def key_table() -> tuple[dict[str, KeyInfo], dict[str, str]]:
    """(key → info, normalised label → key)."""
    data = json.loads(resources.files("extractor.data").joinpath(DATA_FILE).read_text(encoding="utf-8"))
    infos, labels = {}, {}
    for order, entry in enumerate(data["keys"]):
        infos[entry["key"]] = KeyInfo(entry["key"], order, bool(entry.get("stable")), bool(entry.get("sign_free")),
                                      entry["labels"][0].capitalize())
        for label in entry["labels"]:
            labels[normalise_label(label)] = entry["key"]
    return infos, labels


def normalise_label(label: str) -> str:
    """'1500 Sum driftsinntekter (note 3):' → 'sum driftsinntekter'."""
    text = fold(label)
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"^\d{3,5}\s+", "", text)  # an account number from an accounting-system export
    text = re.sub(r"\bnote?r?\s*\d+(?:\s*,\s*\d+)*", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def key_figure_key(figure: dict) -> str | None:
    """Canonical key of one key figure (a report output's ``key_figures[]`` item), or None for a
    budget figure and for a label the table does not know."""
    if str(figure.get("basis") or "actual") == "budget":
        return None
    if figure.get("key"):
        return str(figure["key"])
    return key_table()[1].get(normalise_label(str(figure.get("label") or "")))


def key_info(key: str) -> KeyInfo:
    """What the table knows of a key; a key from elsewhere sorts last and is not jump-checked."""
    title = key.replace("_", " ").capitalize()
    return key_table()[0].get(key) or KeyInfo(key, len(key_table()[0]), False, False, title)
