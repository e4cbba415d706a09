"""What the gazetteers share: a place name's lookup key, validity dates, their package data.

Every lookup normalises the name first (NFKC, case-folded, one space, typographic dashes to "-",
a trailing "kommune"/"fylkeskommune"/"fylke" and a "(Østfold)"-style qualifier removed), so
"Bærum Kommune", "BÆRUM" and "bærum" are the same key. Sami/Norwegian double names
("Kárášjohka - Karasjok") answer to each part as well as to the whole (``official_variants``).
Municipalities and counties are valid from a date to a date (exclusive, ``OPEN_END`` while
valid); the registers are read from ``extractor/data``.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import date
from functools import lru_cache
from importlib import resources

from extractor.caches import WORD_CACHE

OPEN_END = date(9999, 1, 1)

QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
_SUFFIX = re.compile(r"\s+(?:fylkeskommune|kommune|fylke|kommunes)$")
_SPACES = re.compile(r"\s+")  # compiled here: a cached builder's pattern, ``re``'s own cache may have let it go
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})


@lru_cache(maxsize=WORD_CACHE)
def normalise_name(name: str) -> str:
    """Lookup key for a place name: NFKC, case-folded, suffix and qualifier removed."""
    text = unicodedata.normalize("NFKC", name).translate(_DASHES)
    text = _SPACES.sub(" ", text).strip().casefold()
    text = QUALIFIER.sub("", text)
    text = _SUFFIX.sub("", text)
    return text.strip(" .,:;")


def official_variants(name: str) -> list[str]:
    """The whole official name and each part of a double name, qualifier removed."""
    whole = QUALIFIER.sub("", name.strip())
    parts = [p.strip() for p in whole.split(" - ")] if " - " in whole else []
    return [whole, *parts]


def valid_in(valid_from: date, valid_to: date, year: int) -> bool:
    return valid_from.year <= year and (valid_to.year > year or (valid_to.year == year and valid_to.month > 1))


def read_text(filename: str) -> str:
    return resources.files("extractor.data").joinpath(filename).read_text(encoding="utf-8")


def iter_csv(filename: str):
    return csv.DictReader(io.StringIO(read_text(filename)))


def to_date(text: str) -> date:
    return date.fromisoformat(text) if text else OPEN_END
