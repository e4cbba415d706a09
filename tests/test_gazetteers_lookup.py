"""Gazetteers: versioned municipalities with successors, counties, regions, countries, post codes, names."""
from __future__ import annotations

from datetime import date

import pytest

from extractor import gazetteers as gz
from extractor.municipalities import municipalities


@pytest.mark.parametrize("name, year, number, successor", [
    ("Asker", 2019, "0220", None),
    ("Asker", 2022, "3025", None),
    ("Asker", 2024, "3203", None),
    ("Røyken", 2022, "0627", ("Asker", "3025")),
    ("Oppegård", 2021, "0217", ("Nordre Follo", "3020")),
    ("Bærum kommune", 2022, "3024", None),
    ("BÆRUM Kommune", 2015, "0219", None),
    ("Fron", 2022, "0518", ("Nord-Fron", "3436")),
])
def test_gazetteers_municipality_by_year(name, year, number, successor):
    found = gz.municipality(name, year)
    assert found is not None and found.number == number
    assert (found.successor_name, found.successor_number) == (successor or (None, None))


def test_gazetteers_municipality_keeps_both_names_and_validity():
    royken = gz.municipality("Røyken", 2022)
    assert royken.name == "Røyken" and royken.current_name == "Asker" and royken.current_number == "3025"
    assert royken.valid_to == date(2020, 1, 1)


def test_gazetteers_municipality_double_names_and_homonyms():
    karasjok = gz.municipality("Karasjok", 2022)
    assert karasjok.name == "Karasjok" and karasjok.official_name == "Kárášjohka - Karasjok"
    assert gz.municipality("Kárášjohka", 2022).number == karasjok.number
    vaaler = municipalities("Våler", 2019)
    assert {m.number for m in vaaler} == {"0137", "0426"} and all(m.ambiguous for m in vaaler)


def test_gazetteers_municipality_unknown_is_none():
    assert gz.municipality("Produkt", 2022) is None


@pytest.mark.parametrize("name, year, number", [
    ("Viken", 2022, "30"), ("Viken fylkeskommune", 2021, "30"), ("Akershus", 2019, "02"),
    ("Akershus", 2024, "32"), ("Troms og Finnmark", 2021, "54"), ("Oslo", 2022, "03"),
])
def test_gazetteers_county_by_year(name, year, number):
    assert gz.county(name, year).number == number


def test_gazetteers_county_validity():
    viken = gz.county("Viken", 2022)
    assert viken.is_valid(2020) and viken.is_valid(2023) and not viken.is_valid(2024) and not viken.is_valid(2019)


def test_gazetteers_region_country_postal():
    assert gz.region("Follo").area == "Akershus"
    assert gz.region("asker og bærum") is not None
    assert gz.country("USA").code == "US"
    assert gz.country("England").code == "GB"
    assert gz.country("Norge").code == "NO" and gz.country("Sverige").code == "SE"
    assert gz.country("Tyskland").name == "Tyskland"
    assert gz.postal_code("1384") == gz.PostalPlace("1384", "Asker", "3203")
    assert gz.postal_code("150").place == "Oslo"
    assert gz.postal_code("99999") is None


def test_gazetteers_place_picks_most_specific_kind():
    assert isinstance(gz.place("Asker", 2022), gz.Municipality)
    assert isinstance(gz.place("Viken", 2022), gz.County)
    assert isinstance(gz.place("Romerike"), gz.Region)
    assert isinstance(gz.place("Norge"), gz.Country)
    assert isinstance(gz.place("Sandvika"), gz.PostalPlace)


@pytest.mark.parametrize("garbled, expected", [("Bærurn", "Bærum"), ("Nordre Folo", "Nordre Follo"), ("Drarnmen", "Drammen"), ("Tyskiand", "Tyskland")])
def test_gazetteers_fuzzy_place_ocr(garbled, expected):
    found, score = gz.fuzzy_place(garbled, 2022)
    assert found.name == expected and 90 <= score < 100


@pytest.mark.parametrize("text", ["Askr", "Osl0", "Produkt", "Styret"])
def test_gazetteers_fuzzy_place_refuses_short_or_far(text):
    assert gz.fuzzy_place(text, 2022) is None


def test_gazetteers_first_names():
    assert gz.is_first_name("Per") and gz.is_first_name("BRITT") and gz.is_first_name("Erlend")
    assert not gz.is_first_name("Asker") and not gz.is_first_name("styreleder")
    assert len(gz.first_names()) > 1500


def test_gazetteers_normalise_name():
    assert gz.normalise_name("  Bærum  Kommune ") == "bærum"
    assert gz.normalise_name("Våler (Østfold)") == "våler"
    assert gz.normalise_name("Nord\u2013Fron") == "nord-fron"


@pytest.mark.parametrize("name, kind, country", [
    ("København", "by", "DK"), ("Gøteborg", "by", "SE"), ("Helsingfors", "by", "FI"), ("Reykjavik", "by", "IS"),
    ("Uppsala", "by", "SE"), ("Sidney", "by", "AU"), ("Texas", "delstat", "US"), ("Nord-Carolina", "delstat", "US"),
])
def test_gazetteers_places_abroad(name, kind, country):
    found = gz.place(name)
    assert isinstance(found, gz.ForeignPlace) and (found.name, found.kind, found.country) == (name, kind, country)


@pytest.mark.parametrize("name", ["Bergen", "Moss", "Lund", "Hamar"])
def test_gazetteers_norwegian_names_are_never_abroad(name):
    assert gz.foreign_place(name) is None and not isinstance(gz.place(name), gz.ForeignPlace)


def test_gazetteers_places_abroad_leave_out_first_names():
    assert gz.foreign_place("Victoria") is None and gz.foreign_place("Sofia") is None
    assert gz.region("Norden") is not None and gz.region("Skandinavia") is not None


def test_gazetteers_nynorsk_names_are_reported_as_written():
    # an alias is reported under the official name; a nynorsk name keeps its own spelling
    assert gz.country("Noreg").code == "NO" and gz.country("Noreg").name == "Noreg"
    assert gz.country("Holland").name == "Nederland"
    assert gz.place("Nord-Noreg").name == "Nord-Noreg" and gz.place("Austlandet").name == "Austlandet"


def test_gazetteers_fuzzy_matcher_is_not_imported_with_the_pdf_reader():
    """The PDF reader imports this module (first names in headings); the fuzzy matcher is only
    wanted for OCR'd place names, so it stays out of ``extract``'s start-up."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, extractor.ingest.pdf, extractor.gazetteers as gz\n"
            "print('rapidfuzz' in sys.modules, gz.fuzzy_place('Bærurn') is not None, 'rapidfuzz' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[1],
                          capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["False", "True", "True"], done.stderr
