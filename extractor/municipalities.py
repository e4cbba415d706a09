"""Municipalities by name, versioned: the kommunenummer a name had in the asked year.

A name is resolved to the municipality valid in the asked year; a name that merged into another
municipality resolves to its successor, keeping both (the code changes of
``kommune-endringer.json``); a name several municipalities had at once (Våler, Herøy, Bø) gives
each. Read from ``kommuner.csv``, one row per contiguous validity period of (number, name).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractor.place_keys import OPEN_END, QUALIFIER, iter_csv, normalise_name, official_variants, read_text, to_date, valid_in


@dataclass(frozen=True, slots=True)
class Municipality:
    name: str  # the name as asked for, in its official spelling ("Røyken", "Karasjok")
    number: str  # kommunenummer of that name ("0627")
    valid_from: date
    valid_to: date | None  # exclusive; None while still valid
    successor_name: str | None = None  # the municipality it became in the asked year ("Asker")
    successor_number: str | None = None  # "3025"
    ambiguous: bool = False  # several municipalities had this name at once (Våler, Herøy, Bø, Nes...)
    official_name: str = ""  # the full official name ("Kárášjohka - Karasjok")

    @property
    def current_name(self) -> str:
        return self.successor_name or self.name

    @property
    def current_number(self) -> str:
        return self.successor_number or self.number


@dataclass(frozen=True, slots=True)
class _KommuneRow:
    number: str
    name: str  # official, qualifier removed, stripped
    valid_from: date
    valid_to: date  # exclusive; OPEN_END while valid


@lru_cache(maxsize=1)
def _kommune_rows() -> tuple[_KommuneRow, ...]:
    """One row per contiguous validity period of (number, name)."""
    spans: dict[tuple[str, str], list[date]] = {}
    for row in iter_csv("kommuner.csv"):
        if row["kommunenummer"] == "9999":  # "Uoppgitt"
            continue
        key = (row["kommunenummer"], QUALIFIER.sub("", row["kommunenavn"].strip()))
        start, end = to_date(row["valid_from"]), to_date(row["valid_to"])
        if key in spans:
            spans[key] = [min(spans[key][0], start), max(spans[key][1], end)]
        else:
            spans[key] = [start, end]
    return tuple(_KommuneRow(n, name, s, e) for (n, name), (s, e) in spans.items())


@lru_cache(maxsize=1)
def kommune_index() -> dict[str, list[tuple[_KommuneRow, str]]]:
    """Normalised name -> [(row, the written variant that matched)]."""
    index: dict[str, list[tuple[_KommuneRow, str]]] = {}
    for row in _kommune_rows():
        for variant in official_variants(row.name):
            index.setdefault(normalise_name(variant), []).append((row, variant))
    return index


@lru_cache(maxsize=1)
def _changes() -> dict[str, list[tuple[date, str, str]]]:
    """oldCode -> [(date, newCode, newName)]."""
    data = json.loads(read_text("kommune-endringer.json"))
    out: dict[str, list[tuple[date, str, str]]] = {}
    for change in data["codeChanges"]:
        new_name = QUALIFIER.sub("", change["newName"].strip())
        out.setdefault(change["oldCode"], []).append(
            (date.fromisoformat(change["changeOccurred"]), change["newCode"], new_name)
        )
    return out


def municipality_names() -> frozenset[str]:
    """Every municipality name of every year, official spelling, double names split too."""
    return frozenset(v for row in _kommune_rows() for v in official_variants(row.name))


def _successor(row: _KommuneRow, year: int) -> tuple[str, str] | None:
    """Follow code changes from ``row`` until a municipality valid in ``year``."""
    number, name, seen = row.number, row.name, set()
    valid_numbers = {r.number: r for r in _kommune_rows() if valid_in(r.valid_from, r.valid_to, year)}
    while number not in valid_numbers:
        if number in seen:
            return None
        seen.add(number)
        options = [c for c in _changes().get(number, []) if c[1] != number or c[2] != name]
        options = [c for c in options if c[0].year <= year] or options
        if not options:
            return None
        # A split keeps the part that carries the old name, else the first successor.
        latest = max(c[0] for c in options)
        options = [c for c in options if c[0] == latest]
        chosen = next((c for c in options if c[2] == name), options[0])
        number, name = chosen[1], chosen[2]
    return valid_numbers[number].name, number


def municipalities(name: str, year: int | None = None) -> list[Municipality]:
    """Every municipality the name can mean in ``year`` (several for Våler, Herøy, Bø...)."""
    matches = kommune_index().get(normalise_name(name), [])
    if not matches:
        return []
    written = {row: variant for row, variant in matches}
    rows = list(written)
    if year is None:
        year = max(r.valid_from.year for r in _kommune_rows())
    valid = [r for r in rows if valid_in(r.valid_from, r.valid_to, year)]
    ambiguous = len({r.number for r in valid}) > 1
    if valid:
        return [_as_municipality(r, written[r], ambiguous=ambiguous) for r in sorted(valid, key=lambda r: r.number)]
    earlier = [r for r in rows if r.valid_to.year <= year]
    if earlier:
        last_end = max(r.valid_to for r in earlier)
        last = [r for r in earlier if r.valid_to == last_end]
        out = []
        for r in sorted(last, key=lambda r: r.number):
            succ = _successor(r, year)
            out.append(_as_municipality(r, written[r], successor=succ, ambiguous=len(last) > 1))
        return out
    # Only valid later (a report announcing a coming merger): the earliest such municipality.
    first_start = min(r.valid_from for r in rows)
    return [_as_municipality(r, written[r]) for r in rows if r.valid_from == first_start]


def _as_municipality(
    row: _KommuneRow, written: str, successor: tuple[str, str] | None = None, ambiguous: bool = False
) -> Municipality:
    return Municipality(
        name=written,
        number=row.number,
        valid_from=row.valid_from,
        valid_to=None if row.valid_to == OPEN_END else row.valid_to,
        successor_name=successor[0] if successor else None,
        successor_number=successor[1] if successor else None,
        ambiguous=ambiguous,
        official_name=row.name,
    )


@lru_cache(maxsize=1)
def _whole_names() -> frozenset[str]:
    """Every municipality name that was once the whole official name (no " - " parts)."""
    return frozenset(r.name for r in _kommune_rows() if " - " not in r.name)


def usual_name(found: Municipality) -> str:
    """The name a Norwegian text normally writes for a municipality: for a Sami/Norwegian (or
    Kven) double name ("Deatnu - Tana", "Porsanger - Porsángu - Porsanki") the part that was once
    the municipality's whole name ("Tana", "Porsanger"), whichever part the text wrote; otherwise
    the name as written."""
    parts = official_variants(found.official_name)[1:]
    return next((p for p in parts if p in _whole_names()), found.name)


def municipality(name: str, year: int | None = None) -> Municipality | None:
    """The municipality of that name in ``year`` (latest classification when None)."""
    found = municipalities(name, year)
    return found[0] if found else None
