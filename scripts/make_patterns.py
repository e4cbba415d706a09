"""Write extractor/nlp/patterns/places.jsonl from the gazetteers (run after changing extractor/data).

One pattern per written form: ``{"label": KOMMUNE|FYLKE|REGION|LAND|POSTSTED|UTLAND,
"pattern": "Asker", "id": "Asker"}``; names of several words as token patterns on LOWER that
allow a line break between the words; a Sami/Norwegian double name also written tight
("Deatnu-Tana"). The id is the name as normally written, so
the genitive ("Askers") and capitals ("ASKER") point back to "Asker". A form found in several
gazetteers gets one label, the most specific: KOMMUNE > FYLKE > LAND > REGION > POSTSTED >
UTLAND (a city or US state abroad, ``world_places.csv``).
The ruler matches on LOWER, so "ASKER" and "Asker" hit the same pattern; the ``place_context``
component then requires the capital letter (and rejects short all-caps forms like "OS").
Names in ``EXCLUDED`` are left out. Street names are added as token patterns (label ADRESSE):
a capitalised word ending in a street suffix, optionally with a house number ("Solbråveien 32a");
``place_context`` puts them in ``doc.spans["addresses"]``.

It also writes patterns/role_lemmas.json for ``extractor.nlp.roles`` (see
``build_role_lemmas``), so role words are lemmatised without loading simplemma's dictionaries
(~0.5 s CPU) at run time. Rerun after changing roles.jsonl or upgrading simplemma.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from extractor import gazetteers, municipalities

PATTERNS = Path(__file__).resolve().parents[1] / "extractor" / "nlp" / "patterns"
OUT = PATTERNS / "places.jsonl"
ROLE_LEMMAS = PATTERNS / "role_lemmas.json"
PRIORITY = ("KOMMUNE", "FYLKE", "LAND", "REGION", "POSTSTED", "UTLAND")
# In the country list, but not a place a report is about ("EU" is an organisation; "Sark" a word).
EXCLUDED = frozenset({"EU", "Sark"})
STREET_SUFFIXES = ("veien", "vegen", "veg", "vei", "gata", "gate", "gaten", "plassen", "allé", "alle", "bakken",
                   "svingen", "stien", "brygga", "brygge", "kaia", "torget", "ringen", "tunet")
_STREET = {"TEXT": {"REGEX": "^[A-ZÆØÅ][a-zæøå]+(?:" + "|".join(STREET_SUFFIXES) + ")$"}}
_HOUSE_NUMBER = {"TEXT": {"REGEX": "^\\d{1,4}[A-Za-z]?$"}}
# Noun and adjective endings (bokmål and nynorsk, genitive -s) that follow a role word's form.
INFLECTION_ENDINGS = ("s", "e", "n", "r", "t", "a", "en", "er", "et", "es", "ns", "rs", "ts", "ne", "ar", "as", "te",
                      "re", "st", "ra", "na")


def iter_names() -> list[tuple[str, str]]:
    names = [("KOMMUNE", n) for n in municipalities.municipality_names()]
    names += [("FYLKE", n) for n in gazetteers.county_names()]
    names += [("LAND", n) for n in gazetteers.country_names()]
    names += [("REGION", n) for n in gazetteers.region_names()]
    names += [("POSTSTED", n) for n in gazetteers.post_town_names()]
    names += [("POSTSTED", n) for n in gazetteers.district_town_names()]  # "Leira" of "Leira i Valdres"
    names += [("UTLAND", n) for n in gazetteers.foreign_place_names()]
    return names


def genitive(name: str) -> str | None:
    return None if name[-1] in "sxzSXZ" else name + "s"


def build() -> dict[str, tuple[str, str, str]]:
    """Case-folded form -> (written form, label, canonical name)."""
    best: dict[str, tuple[str, str, str]] = {}

    def offer(form: str, label: str, canonical: str) -> None:
        key = form.casefold()
        current = best.get(key)
        if current is None or PRIORITY.index(label) < PRIORITY.index(current[1]):
            best[key] = (form, label, canonical)

    base = [(label, name) for label, name in iter_names() if name not in EXCLUDED]
    for label, name in base:
        offer(name, label, name)
        if " - " in name:  # a double name written tight, one token: "Deatnu-Tana", "Gáivuotna-Kåfjord-Kaivuono"
            offer(name.replace(" - ", "-"), label, name)
    known = set(best)
    for label, name in base:
        gen = genitive(name)
        # Post towns and places abroad need a preposition anyway ("i Uppsala", not "i Uppsalas"):
        # their genitives would only add noise (and start-up time).
        if gen and label not in ("POSTSTED", "UTLAND") and gen.casefold() not in known:  # "Oss" must not shadow a name
            offer(gen, label, name)
    return best


def form_to_pattern(form: str, tokenizer) -> str | list[dict]:
    """A one-word name as a phrase; a name of several words as token patterns that allow a line
    break where the name has a space ("Nordre\\nFollo" in a PDF column)."""
    if " " not in form:
        return form
    pattern: list[dict] = []
    for token in tokenizer(form):
        pattern.append({"LOWER": token.lower_})
        if token.whitespace_:
            pattern.append({"IS_SPACE": True, "OP": "?"})
    return pattern


def build_role_lemmas() -> dict:
    """``{"lemmas": word -> lemma, "affix_bases": [...]}`` for ``extractor.nlp.roles``.

    lemmas: every candidate word whose simplemma lemma (nb, then nn) is a role-phrase word, and
    the role-phrase words themselves. Candidates: all dictionary words; the compounds simplemma's
    affix and suffix rules can turn into a role word (a prefix of it + a dictionary form of the
    rest: "styre" + "medlemmene"); the forms the nynorsk suffix rules turn into one
    ("styreleiarane"). affix_bases: dictionary words whose dictionary lemma is a role-phrase
    word; simplemma gives a word of 9+ letters that is one of them + 1-2 letters their lemma.
    Such a word with an inflection ending ("medlemmets", "direktørens") is in lemmas, or in
    not_roles when simplemma makes no role word of it.
    """
    import simplemma
    from simplemma.strategies.defaultrules.nn import DEFAULT_RULES as NN_RULES
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    from extractor.nlp.roles import inflected_role_words

    words = inflected_role_words()
    candidates, inverse = set(words), {}
    for lang in ("nb", "nn"):
        for key, lemma in DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang).items():
            candidates.add(key.casefold())
            inverse.setdefault(lemma.casefold(), set()).add(key.casefold())
    for word in words:
        for i in range(1, len(word)):
            candidates.update(word[:i] + form for form in inverse.get(word[i:], ()))
        for pattern, replacement in NN_RULES.items():
            if word.endswith(replacement):
                stem = word[: len(word) - len(replacement)]
                candidates.update(stem + ending for ending in re.findall(r"[a-zæøå]+", pattern.pattern))
    lemmas = {}
    for word in candidates:
        lemma = simplemma.lemmatize(word, lang=("nb", "nn")).casefold()
        if lemma in words or word in words:
            lemmas[word] = lemma
    bases = {form for lemma in words for form in inverse.get(lemma, ()) if len(form) >= 7}
    # a base + an inflection ending ("medlemmets"): simplemma's answer, so only other endings reach it
    not_roles = set()
    for word in (base + ending for base in bases for ending in INFLECTION_ENDINGS):
        if len(word) > 8 and word not in lemmas:
            lemma = simplemma.lemmatize(word, lang=("nb", "nn")).casefold()
            if lemma in words:
                lemmas[word] = lemma
            else:
                not_roles.add(word)
    return {"lemmas": dict(sorted(lemmas.items())), "affix_bases": sorted(bases), "not_roles": sorted(not_roles)}


def write_role_lemmas() -> None:  # also alone: python -c "from scripts.make_patterns import *; write_role_lemmas()"
    table = build_role_lemmas()
    ROLE_LEMMAS.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(table['lemmas'])} role lemmas to {ROLE_LEMMAS}")


def main() -> None:
    from extractor.nlp.pipeline import _blank  # our tokenizer, without the rulers that read this file

    tokenizer = _blank().tokenizer
    patterns = build()
    with OUT.open("w", encoding="utf-8") as f:
        for key in sorted(patterns):
            form, label, canonical = patterns[key]
            row = {"label": label, "pattern": form_to_pattern(form, tokenizer), "id": canonical}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
        for pattern in ([_STREET], [_STREET, _HOUSE_NUMBER]):
            f.write(json.dumps({"label": "ADRESSE", "pattern": pattern}, ensure_ascii=False) + "\n")
    print(f"wrote {len(patterns) + 2} patterns to {OUT}")
    write_role_lemmas()


if __name__ == "__main__":
    main()
