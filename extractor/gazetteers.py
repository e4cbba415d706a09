"""Norwegian place and name gazetteers, and places abroad, read lazily from package data
(``extractor/data``).

Every lookup normalises the name first (NFKC, case-folded, one space, typographic dashes to "-",
a trailing "kommune"/"fylkeskommune"/"fylke" and a "(Østfold)"-style qualifier removed), so
"Bærum Kommune", "BÆRUM" and "bærum" are the same key. Sami/Norwegian double names
("Kárášjohka - Karasjok") answer to each part as well as to the whole.

Municipalities are versioned: a name is resolved to the kommunenummer valid in the asked
year; a name that merged into another municipality resolves to its successor, keeping both.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from extractor.caches import WORD_CACHE


FUZZY_MIN_SCORE = 90
FUZZY_MIN_LETTERS = 5
OCR_REWRITE_SCORE = 95.0
_OPEN_END = date(9999, 1, 1)


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
class County:
    name: str
    number: str
    valid_from: date
    valid_to: date | None  # exclusive; None while still valid

    def is_valid(self, year: int) -> bool:
        return _valid_in(self.valid_from, self.valid_to or _OPEN_END, year)


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    kind: str  # "landsdel", "region", "distrikt"
    area: str  # the county or landsdel it lies in, "" when none


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166 alpha-2, or UN M49 digits for continents
    name: str  # CLDR nb name ("USA", "Storbritannia")
    kind: str  # "country" or "area"


@dataclass(frozen=True, slots=True)
class ForeignPlace:
    name: str  # the form as written in the register, as reports write it ("København", "Texas")
    kind: str  # "by" (a city abroad) or "delstat" (a US state)
    country: str  # ISO 3166 alpha-2
    canonical: str  # the GeoNames name of the place ("Copenhagen")


@dataclass(frozen=True, slots=True)
class PostalPlace:
    code: str
    place: str
    kommunenummer: str


Place = Municipality | County | Region | Country | PostalPlace | ForeignPlace


@dataclass(frozen=True, slots=True)
class _KommuneRow:
    number: str
    name: str  # official, qualifier removed, stripped
    valid_from: date
    valid_to: date  # exclusive; _OPEN_END while valid


# --- normalisation --------------------------------------------------------------------------

_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
_SUFFIX = re.compile(r"\s+(?:fylkeskommune|kommune|fylke|kommunes)$")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})


@lru_cache(maxsize=WORD_CACHE)
def normalise_name(name: str) -> str:
    """Lookup key for a place name: NFKC, case-folded, suffix and qualifier removed."""
    text = unicodedata.normalize("NFKC", name).translate(_DASHES)
    text = re.sub(r"\s+", " ", text).strip().casefold()
    text = _QUALIFIER.sub("", text)
    text = _SUFFIX.sub("", text)
    return text.strip(" .,:;")


def official_variants(name: str) -> list[str]:
    """The whole official name and each part of a double name, qualifier removed."""
    whole = _QUALIFIER.sub("", name.strip())
    parts = [p.strip() for p in whole.split(" - ")] if " - " in whole else []
    return [whole, *parts]


def _valid_in(valid_from: date, valid_to: date, year: int) -> bool:
    return valid_from.year <= year and (valid_to.year > year or (valid_to.year == year and valid_to.month > 1))


def existed_in(found: object, year: int) -> bool:
    """Whether a municipality or county ``place`` returned existed in ``year`` (it falls back to
    one that did not: Viken in 2025, Røyken in 2021); other places have no dates."""
    start = getattr(found, "valid_from", None)
    return start is None or _valid_in(start, getattr(found, "valid_to", None) or _OPEN_END, year)


# --- loading --------------------------------------------------------------------------------

def _read_text(filename: str) -> str:
    return resources.files("extractor.data").joinpath(filename).read_text(encoding="utf-8")


def _iter_csv(filename: str):
    return csv.DictReader(io.StringIO(_read_text(filename)))


def _to_date(text: str) -> date:
    return date.fromisoformat(text) if text else _OPEN_END


@lru_cache(maxsize=1)
def _kommune_rows() -> tuple[_KommuneRow, ...]:
    """One row per contiguous validity period of (number, name)."""
    spans: dict[tuple[str, str], list[date]] = {}
    for row in _iter_csv("kommuner.csv"):
        if row["kommunenummer"] == "9999":  # "Uoppgitt"
            continue
        key = (row["kommunenummer"], _QUALIFIER.sub("", row["kommunenavn"].strip()))
        start, end = _to_date(row["valid_from"]), _to_date(row["valid_to"])
        if key in spans:
            spans[key] = [min(spans[key][0], start), max(spans[key][1], end)]
        else:
            spans[key] = [start, end]
    return tuple(_KommuneRow(n, name, s, e) for (n, name), (s, e) in spans.items())


@lru_cache(maxsize=1)
def _kommune_index() -> dict[str, list[tuple[_KommuneRow, str]]]:
    """Normalised name -> [(row, the written variant that matched)]."""
    index: dict[str, list[tuple[_KommuneRow, str]]] = {}
    for row in _kommune_rows():
        for variant in official_variants(row.name):
            index.setdefault(normalise_name(variant), []).append((row, variant))
    return index


@lru_cache(maxsize=1)
def _changes() -> dict[str, list[tuple[date, str, str]]]:
    """oldCode -> [(date, newCode, newName)]."""
    data = json.loads(_read_text("kommune-endringer.json"))
    out: dict[str, list[tuple[date, str, str]]] = {}
    for change in data["codeChanges"]:
        new_name = _QUALIFIER.sub("", change["newName"].strip())
        out.setdefault(change["oldCode"], []).append(
            (date.fromisoformat(change["changeOccurred"]), change["newCode"], new_name)
        )
    return out


@lru_cache(maxsize=1)
def _county_index() -> dict[str, list[County]]:
    index: dict[str, list[County]] = {}
    for row in _iter_csv("fylker.csv"):
        end = row["last_version_to"]
        county = County(row["fylkesnavn"], row["fylkesnummer"], date.fromisoformat(row["first_version_from"]),
                        date.fromisoformat(end) if end else None)
        index.setdefault(normalise_name(county.name), []).append(county)
    return index


@lru_cache(maxsize=1)
def _region_index() -> dict[str, Region]:
    return {normalise_name(r["name"]): Region(r["name"], r["kind"], r["area"]) for r in _iter_csv("regioner.csv")}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, Country]:
    rows = list(_iter_csv("countries_nb.csv"))
    official = {r["code"]: r["name"] for r in rows if r["kind"] not in ("alias", "nynorsk", "english")}
    index: dict[str, Country] = {}
    for r in rows:
        if r["kind"] == "alias":
            country = Country(r["code"], official.get(r["code"], r["name"]), "country")
        elif r["kind"] in ("nynorsk", "english"):  # the same country, named as the report writes it ("Noreg", "Norway")
            country = Country(r["code"], r["name"], "country")
        else:
            country = Country(r["code"], r["name"], r["kind"])
        index.setdefault(normalise_name(r["name"]), country)
    return index


@lru_cache(maxsize=1)
def _foreign_index() -> dict[str, ForeignPlace]:
    return {normalise_name(r["name"]): ForeignPlace(r["name"], r["kind"], r["country"], r["canonical"])
            for r in _iter_csv("world_places.csv")}


@lru_cache(maxsize=1)
def _postal_index() -> dict[str, PostalPlace]:
    return {
        r["postnummer"]: PostalPlace(r["postnummer"], r["poststed"], r["kommunenummer"])
        for r in _iter_csv("postnummer.csv")
    }


@lru_cache(maxsize=1)
def _post_towns() -> dict[str, str]:
    return {normalise_name(p.place): p.place for p in _postal_index().values()}


# --- public lookups -------------------------------------------------------------------------

def municipality_names() -> frozenset[str]:
    """Every municipality name of every year, official spelling, double names split too."""
    return frozenset(v for row in _kommune_rows() for v in official_variants(row.name))


def county_names() -> frozenset[str]:
    return frozenset(c.name for cs in _county_index().values() for c in cs)


def region_names() -> frozenset[str]:
    return frozenset(r.name for r in _region_index().values())


def country_names() -> dict[str, Country]:
    """Written form (CLDR name or alias) -> country."""
    return {r["name"]: _country_index()[normalise_name(r["name"])] for r in _iter_csv("countries_nb.csv")}


def foreign_place_names() -> frozenset[str]:
    """Cities abroad and US states in the forms reports write them."""
    return frozenset(f.name for f in _foreign_index().values())


def post_town_names() -> frozenset[str]:
    return frozenset(_post_towns().values())


def _successor(row: _KommuneRow, year: int) -> tuple[str, str] | None:
    """Follow code changes from ``row`` until a municipality valid in ``year``."""
    number, name, seen = row.number, row.name, set()
    valid_numbers = {r.number: r for r in _kommune_rows() if _valid_in(r.valid_from, r.valid_to, year)}
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
    matches = _kommune_index().get(normalise_name(name), [])
    if not matches:
        return []
    written = {row: variant for row, variant in matches}
    rows = list(written)
    if year is None:
        year = max(r.valid_from.year for r in _kommune_rows())
    valid = [r for r in rows if _valid_in(r.valid_from, r.valid_to, year)]
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
        valid_to=None if row.valid_to == _OPEN_END else row.valid_to,
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


def county(name: str, year: int | None = None) -> County | None:
    """The county of that name valid in ``year``, else the one nearest in time."""
    found = _county_index().get(normalise_name(name), [])
    if not found:
        return None
    if year is None:
        return max(found, key=lambda c: c.valid_from)
    valid = [c for c in found if c.is_valid(year)]
    if valid:
        return valid[0]

    def distance(c: County) -> int:
        end = (c.valid_to or _OPEN_END).year - 1
        return min(abs(year - c.valid_from.year), abs(year - end))

    return min(found, key=distance)


def county_by_number(number: str, year: int) -> County | None:
    """The county a municipality number ('3025') or county number ('30') belonged to in ``year``."""
    wanted = number[:2]
    found = [c for cs in _county_index().values() for c in cs if c.number == wanted]
    return next((c for c in found if c.is_valid(year)), None)


def region(name: str) -> Region | None:
    return _region_index().get(normalise_name(name))


def country(name: str) -> Country | None:
    return _country_index().get(normalise_name(name))


def postal_code(code: str) -> PostalPlace | None:
    digits = re.sub(r"\D", "", code)
    return _postal_index().get(digits.zfill(4)) if 1 <= len(digits) <= 4 else None


def post_town(name: str) -> str | None:
    """The post town's written form ("ASKER" -> "Asker")."""
    return _post_towns().get(normalise_name(name))


def foreign_place(name: str) -> ForeignPlace | None:
    return _foreign_index().get(normalise_name(name))


@lru_cache(maxsize=WORD_CACHE)  # every place span of every unit asks; the records are frozen
def place(name: str, year: int | None = None) -> Place | None:
    """Resolve a name to the most specific kind: municipality, county, region, country, post
    town, then a place abroad (Norwegian names first)."""
    found = municipality(name, year) or county(name, year) or region(name) or country(name)
    if found:
        return found
    town = post_town(name)
    if town:
        return next(p for p in _postal_index().values() if p.place == town)
    return foreign_place(name)


# Letter shapes Tesseract confuses; tried as rewrites before fuzzy scoring.
_OCR_CONFUSIONS = (("rn", "m"), ("m", "rn"), ("ii", "ü"), ("cl", "d"), ("vv", "w"), ("ae", "æ"), ("oe", "ø"), ("aa", "å"), ("i", "l"), ("l", "i"))
_OCR_DIGITS = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b", "|": "l"})


@lru_cache(maxsize=1)
def _fuzzy_keys() -> tuple[str, ...]:
    keys = set(_kommune_index()) | set(_county_index()) | set(_region_index()) | set(_country_index())
    return tuple(sorted(k for k in keys if len(k) >= FUZZY_MIN_LETTERS))


def fuzzy_place(name: str, year: int | None = None) -> tuple[Place, float] | None:
    """Best place for an OCR-garbled name ("Bærurn" -> Bærum), score 0..100; exact names score 100."""
    key = normalise_name(name)
    if sum(ch.isalpha() for ch in key) < FUZZY_MIN_LETTERS:
        return None
    exact = place(key, year)
    if exact:
        return exact, 100.0
    from rapidfuzz import fuzz, process  # here, not at import: the PDF reader imports this module (start-up)

    best: tuple[str, float] | None = None
    rewrites = {key.translate(_OCR_DIGITS), *(key.replace(a, b) for a, b in _OCR_CONFUSIONS)} - {key}
    for candidate in (key, *rewrites):
        hit = process.extractOne(candidate, _fuzzy_keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        if hit is None:
            continue
        # A match reached through a rewrite is a guess about the OCR error: cap its score.
        score = float(hit[1]) if candidate == key else min(float(hit[1]), OCR_REWRITE_SCORE)
        if best is None or score > best[1]:
            best = (hit[0], score)
    if best is None:
        return None
    found = place(best[0], year)
    return (found, min(best[1], 99.0)) if found else None


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Norwegian first names, case-folded."""
    return frozenset(r["first_name"].casefold() for r in _iter_csv("fornavn.csv"))


def is_first_name(token: str) -> bool:
    return unicodedata.normalize("NFKC", token).strip().casefold() in first_names()
