"""Norwegian place and name gazetteers, and places abroad, read lazily from package data
(``extractor/data``).

Every lookup normalises the name first (``place_keys.normalise_name``), so "Bærum Kommune",
"BÆRUM" and "bærum" are the same key. Municipalities are versioned (``municipalities``): a name
is resolved to the kommunenummer valid in the asked year; a name that merged into another
municipality resolves to its successor, keeping both. Counties, regions, countries, post towns
and places abroad are looked up here, and ``place`` tries them in that order.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from extractor.caches import WORD_CACHE
from extractor.municipalities import Municipality, kommune_index, municipality
from extractor.place_keys import OPEN_END, iter_csv, normalise_name, valid_in


FUZZY_MIN_SCORE = 90
FUZZY_MIN_LETTERS = 5
OCR_REWRITE_SCORE = 95.0


@dataclass(frozen=True, slots=True)
class County:
    name: str
    number: str
    valid_from: date
    valid_to: date | None  # exclusive; None while still valid

    def is_valid(self, year: int) -> bool:
        return valid_in(self.valid_from, self.valid_to or OPEN_END, year)


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


def existed_in(found: object, year: int) -> bool:
    """Whether a municipality or county ``place`` returned existed in ``year`` (it falls back to
    one that did not: Viken in 2025, Røyken in 2021); other places have no dates."""
    start = getattr(found, "valid_from", None)
    return start is None or valid_in(start, getattr(found, "valid_to", None) or OPEN_END, year)


@lru_cache(maxsize=1)
def _county_index() -> dict[str, list[County]]:
    index: dict[str, list[County]] = {}
    for row in iter_csv("fylker.csv"):
        end = row["last_version_to"]
        county = County(row["fylkesnavn"], row["fylkesnummer"], date.fromisoformat(row["first_version_from"]),
                        date.fromisoformat(end) if end else None)
        index.setdefault(normalise_name(county.name), []).append(county)
    return index


# Words naming a part of a district by where it lies: "Søre Sunnmøre", "Ytre Sogn", "Indre Sunnhordland" are
# parts of the districts the list holds, named as their own districts are.
PART_WORDS = ("Indre", "Ytre", "Søre", "Nordre", "Austre", "Vestre", "Midtre", "Øvre", "Nedre")
_PART_KEYS = frozenset(w.casefold() for w in PART_WORDS)


@lru_cache(maxsize=1)
def _listed_regions() -> tuple[Region, ...]:
    return tuple(Region(r["name"], r["kind"], r["area"]) for r in iter_csv("regioner.csv"))


@lru_cache(maxsize=1)
def _region_index() -> dict[str, Region]:
    listed = _listed_regions()
    parts = [Region(f"{word} {r.name}", r.kind, r.area) for r in listed if r.kind == "distrikt"
             and " " not in r.name and "-" not in r.name for word in PART_WORDS]
    # a part's name that is a place of its own ("Nordre Toten" a post town, "Vestre Toten" a municipality) stays that
    index = {key: r for r in parts if (key := normalise_name(r.name)) not in _post_towns() and key not in kommune_index()}
    index.update({normalise_name(r.name): r for r in listed})
    return index


def district_part(word: str, district: str) -> Region | None:
    """The part of a one-word district that ``word`` names ("Søre" + "Sunnmøre"), if it is no place of
    its own. Found when read rather than as a pattern for each pair: most pairs no report names."""
    return _region_index().get(normalise_name(f"{word} {district}")) if word.casefold() in _PART_KEYS else None


@lru_cache(maxsize=1)
def _country_index() -> dict[str, Country]:
    rows = list(iter_csv("countries_nb.csv"))
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
            for r in iter_csv("world_places.csv")}


@lru_cache(maxsize=1)
def _postal_index() -> dict[str, PostalPlace]:
    return {
        r["postnummer"]: PostalPlace(r["postnummer"], r["poststed"], r["kommunenummer"])
        for r in iter_csv("postnummer.csv")
    }


@lru_cache(maxsize=1)
def _post_towns() -> dict[str, str]:
    return {normalise_name(p.place): p.place for p in _postal_index().values()}


# A post town the register writes with its district ("Leira i Valdres", "Skei i Jølster"): its first
# word alone names it too ("arbeidsplassen på Leira").
_DISTRICT = re.compile(r"^(?P<short>\S+) (?:i|på) \S")


@lru_cache(maxsize=1)
def _district_towns() -> dict[str, PostalPlace]:
    """The short form of each post town the register writes with its district, as a post town of
    that name, where no post town of the register is written so (the first such record wins:
    "Eidsvåg i Romsdal" and "Eidsvåg i Åsane" are one name)."""
    towns, out = _post_towns(), {}
    for p in _postal_index().values():
        m = _DISTRICT.match(p.place)
        if m and (key := normalise_name(m["short"])) not in towns:
            out.setdefault(key, replace(p, place=m["short"]))
    return out


def district_town_names() -> frozenset[str]:
    """Post towns by the short form of the register's "X i Y" (``_district_towns``)."""
    return frozenset(p.place for p in _district_towns().values())


def is_post_town_head(word: str) -> bool:
    """The short form of a post town the register writes with its district ("Skei" of "Skei i Jølster")."""
    return normalise_name(word) in _district_towns()


def county_names() -> frozenset[str]:
    return frozenset(c.name for cs in _county_index().values() for c in cs)


def region_names() -> frozenset[str]:
    """The regions the list holds; their parts are found by ``district_part``."""
    return frozenset(r.name for r in _listed_regions())


def country_names() -> dict[str, Country]:
    """Written form (CLDR name or alias) -> country."""
    return {r["name"]: _country_index()[normalise_name(r["name"])] for r in iter_csv("countries_nb.csv")}


def foreign_place_names() -> frozenset[str]:
    """Cities abroad and US states in the forms reports write them."""
    return frozenset(f.name for f in _foreign_index().values())


def post_town_names() -> frozenset[str]:
    return frozenset(_post_towns().values())


TOPONYM_ENDING = 3  # letters: a name's last three ("-ika", "-mna", "-stad") ...
TOPONYM_ENDING_TOWNS = 3  # ... shared with this many one-word post towns of the register


@lru_cache(maxsize=1)
def _toponym_endings() -> frozenset[str]:
    counts: dict[str, int] = {}
    for town in post_town_names():
        if town.isalpha() and len(town) > TOPONYM_ENDING:
            ending = town.casefold()[-TOPONYM_ENDING:]
            counts[ending] = counts.get(ending, 0) + 1
    return frozenset(e for e, n in counts.items() if n >= TOPONYM_ENDING_TOWNS)


def toponym_like(word: str) -> bool:
    """A word no register has that ends as Norwegian place names do ("Breivika", "Storhamna"):
    its last letters end several post towns of the postal register; not "Dyrskun", "Teams"."""
    return word.isalpha() and len(word) > TOPONYM_ENDING and word.casefold()[-TOPONYM_ENDING:] in _toponym_endings()


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
        end = (c.valid_to or OPEN_END).year - 1
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
    """The post town's written form ("ASKER" -> "Asker"; "Leira" of the register's "Leira i Valdres")."""
    key = normalise_name(name)
    town = _post_towns().get(key)
    return town if town is not None else (found.place if (found := _district_towns().get(key)) else None)


def foreign_place(name: str) -> ForeignPlace | None:
    return _foreign_index().get(normalise_name(name))


@lru_cache(maxsize=WORD_CACHE)  # every place span of every unit asks; the records are frozen
def place(name: str, year: int | None = None) -> Place | None:
    """Resolve a name to the most specific kind: municipality, county, region, country, post
    town, then a place abroad (Norwegian names first)."""
    found = municipality(name, year) or county(name, year) or region(name) or country(name)
    if found:
        return found
    town = _post_towns().get(normalise_name(name))
    if town:
        return next(p for p in _postal_index().values() if p.place == town)
    return _district_towns().get(normalise_name(name)) or foreign_place(name)


# Letter shapes Tesseract confuses; tried as rewrites before fuzzy scoring.
_OCR_CONFUSIONS = (("rn", "m"), ("m", "rn"), ("ii", "ü"), ("cl", "d"), ("vv", "w"), ("ae", "æ"), ("oe", "ø"), ("aa", "å"), ("i", "l"), ("l", "i"))
_OCR_DIGITS = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b", "|": "l"})


@lru_cache(maxsize=1)
def _fuzzy_keys() -> tuple[str, ...]:
    keys = set(kommune_index()) | set(_county_index()) | set(_region_index()) | set(_country_index())
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
    return frozenset(r["first_name"].casefold() for r in iter_csv("fornavn.csv"))


def is_first_name(token: str) -> bool:
    return unicodedata.normalize("NFKC", token).strip().casefold() in first_names()
