"""Report outputs as the timeline reads them: by field name, as JSON (an older minor schema
still reads), with values a reviewer rejected left out; and the names of organisations and
people normalised so that one year's spelling meets another's."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz

from extractor.nlp import vocab

LEGAL_FORMS = {form.casefold() for form in vocab.legal_forms()}  # "as", "iks", "a/s", ...
PERSON_FUZZY_MIN = 92  # whole-name similarity for one person written two ways ("Thoresen"/"Thorsen")


@dataclass
class ReportFile:
    """One extractor output and where it lies."""

    path: Path
    data: dict
    index: int = -1
    rendition_of: int | None = None
    extra: dict = field(default_factory=dict)

    def scalar(self, group: str | None, key: str):
        holder = self.data if group is None else self.data.get(group) or {}
        node = holder.get(key)
        return node.get("value") if isinstance(node, dict) and not is_rejected(node) else None

    @property
    def year(self) -> int | None:
        year = self.scalar("report", "year")
        return int(year) if isinstance(year, (int, float)) else None

    @property
    def name(self) -> str | None:
        return self.scalar("organization", "name")

    @property
    def org_number(self) -> str | None:
        number = self.scalar("organization", "org_number")
        digits = re.sub(r"\D", "", str(number or ""))
        return digits if len(digits) == 9 else None

    @property
    def ceo(self) -> str | None:
        return self.scalar(None, "ceo")

    @property
    def source(self) -> dict:
        return self.data.get("source") or {}

    def items(self, key: str) -> Iterator[tuple[int, dict]]:
        """(position, item) of a list field, rejected items left out (positions keep pointers valid)."""
        for position, item in enumerate(self.data.get(key) or []):
            if isinstance(item, dict) and not is_rejected(item):
                yield position, item

    @cached_property
    def board_names(self) -> list[str]:
        return [item.get("name") or "" for _, item in self.items("board") if item.get("name")]

    @cached_property
    def text(self) -> str:
        """Every paragraph and table cell, normalised for name search."""
        parts = [p.get("text") or "" for s in self.data.get("sections") or [] for p in s.get("paragraphs") or []]
        parts += [s.get("heading") or "" for s in self.data.get("sections") or []]
        parts += [cell for t in self.data.get("tables") or [] for row in t.get("rows") or [] for cell in row if cell]
        return " \n ".join(parts)

    @cached_property
    def richness(self) -> float:
        """How much this output holds: the sum of its values' confidences (picks among renditions)."""
        total = sum(item.get("confidence", 0) for key in ("board", "places", "programs", "key_figures")
                    for _, item in self.items(key))
        for group, key in (("organization", "name"), ("organization", "org_number"), ("report", "year"), (None, "ceo")):
            holder = self.data if group is None else self.data.get(group) or {}
            total += (holder.get(key) or {}).get("confidence", 0) if isinstance(holder.get(key), dict) else 0
        return total - 0.5 * len(self.source.get("ocr_pages") or [])


def is_rejected(node: dict) -> bool:
    return bool(node.get("reviewed")) and (node.get("review") or {}).get("decision") == "rejected"


def iter_report_files(paths: Iterable[Path], skipped: list[str]) -> Iterator[ReportFile]:
    """The report outputs among ``paths`` (files or batch folders); others go to ``skipped``."""
    from extractor.export import read_report_files

    for path, data in read_report_files(paths, skipped):
        yield ReportFile(path=path, data=data)


# ---------------------------------------------------------------- names

def fold(text: str) -> str:
    """NFKC, case-folded, typographic dashes and spaces made plain."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def org_name_variants(name: str | None) -> set[str]:
    """Lookup keys for an organisation name: the whole name and, for 'X - what it is' or
    'X (formerly Y)', the part before; legal forms, case and punctuation set aside."""
    if not name:
        return set()
    text = fold(name)
    heads = [text, re.sub(r"\([^)]*\)", " ", text)]
    for sep in (" - ", " – ", ": ", ", "):
        if sep in text:
            heads.append(text.split(sep, 1)[0])
    out = set()
    for head in heads:
        tokens = [t for t in re.split(r"[^\w]+", head.replace("&", " og ")) if t and t not in LEGAL_FORMS]
        if tokens:
            out.add(" ".join(tokens))
    return out


def org_slug(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", fold(text).translate(table))
                  .encode("ascii", "ignore").decode()).strip("-")
    return slug or "organisation"


def person_tokens(name: str) -> list[str]:
    """'Rivera, Johanna L.' → ['johanna', 'l', 'rivera']."""
    text = fold(name)
    if text.count(",") == 1:
        surname, given = (part.strip() for part in text.split(","))
        text = f"{given} {surname}"
    return [t for t in re.split(r"[\s.]+", text) if t]


def same_person(a: str, b: str) -> bool:
    """One person written two ways: same first and last name (middle names and initials may
    differ), or the whole name within a letter or two."""
    ta, tb = person_tokens(a), person_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb or (len(ta) > 1 and len(tb) > 1 and ta[0] == tb[0] and ta[-1] == tb[-1]):
        return True
    return (fuzz.ratio(" ".join(ta), " ".join(tb)) >= PERSON_FUZZY_MIN
            and fuzz.ratio(ta[-1], tb[-1]) >= 80 and ta[0][:1] == tb[0][:1])


def shared_people(names_a: Iterable[str], names_b: Iterable[str]) -> list[str]:
    names_b = list(names_b)
    return [a for a in names_a if any(same_person(a, b) for b in names_b)]


def name_in_text(name: str, text: str) -> bool:
    """The person's first and last name printed together in ``text`` (any case, either order)."""
    tokens = [re.escape(t) for t in person_tokens(name) if len(t) > 1]
    if len(tokens) < 2:
        return False
    first, last = tokens[0], tokens[-1]
    pattern = rf"\b{first}\b(?:\s+[\w.]+){{0,2}}\s+{last}\b|\b{last},\s*{first}\b"
    return re.search(pattern, fold(text)) is not None


class People:
    """Clusters the names of many reports into persons; ``display`` is the fullest form."""

    def __init__(self, names: Iterable[str]):
        self.groups: list[list[str]] = []
        for name in names:
            group = next((g for g in self.groups if any(same_person(name, other) for other in g)), None)
            if group is None:
                self.groups.append([name])
            elif name not in group:
                group.append(name)

    def display(self, name: str) -> str:
        for group in self.groups:
            if name in group or any(same_person(name, other) for other in group):
                return max(group, key=lambda n: (len(person_tokens(n)), len(n)))
        return name

    def aliases(self, display: str) -> list[str]:
        for group in self.groups:
            if display in group:
                return sorted(n for n in group if n != display)
        return []
