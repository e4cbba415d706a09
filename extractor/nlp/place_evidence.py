"""The evidence around a place mention: what the words beside it say ("i Asker", "Asker kommune",
"1383 Asker", a dateline, "Asker og Bærum", a first name before it), as ``span._.place_evidence``
for the field to weigh, and the tests ``place_spans`` sorts the gazetteer's matches by. The words
themselves are ``place_words``; a list after a preposition of where is ``locative_list``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from extractor import gazetteers, parse
from extractor.nlp import vocab
from extractor.nlp.components import PLACE_LABELS, doc_text
from extractor.nlp.locative_list import locative_list
from extractor.nlp.place_words import (ABROAD_BEFORE, AGENCY_OFFICE, AREA_COMPOUND, CONTEXT_AFTER, CONTEXT_BEFORE,
                                       COUNTY_BODY, PLACE_QUALIFIERS, is_capitalised_word, is_sentence_start,
                                       word_after, word_before)

MIN_CAPS_LETTERS = 4  # "OS", "ÅS", "EU" in capitals: abbreviations more often than places
MAX_PLACE_QUALIFIERS = 2  # lower-case qualifiers looked past between a preposition and its place
# "Lier - Hole - Modum" on a cover, "Moss/Råde/Våler", "Eiere: Moss; Råde; Våler"; an English
# report's "Austevoll and Florø"
_CONJUNCTIONS = frozenset({"og", "eller", "samt", ",", "-", "–", "—", "/", ";", "and"})
_START_MARKS = frozenset(".!?:;»\"•–—-(|")  # a mention right after these starts a sentence or item
_LINK_MARKS = frozenset("@./")  # "post@asker.no", "www.Asker.kommune.no"
# What follows the place of a signature's dateline: "Moss, 14. februar 2024", "Moss den 14.02.2024",
# "Moss, mars 2024".
_DATELINE_REST = re.compile(rf"[ \t]*,?[ \t]*(?:den[ \t]+)?(?:{parse.DATE_TEXT}|{parse.MONTH_YEAR_TEXT})(?!\d)",
                            re.IGNORECASE)
# A label naming a place: "Sted: Ås rådhus", nn "Stad:" ("Sted og dato: Moss, 14.02.2024" is a dateline).
# Also the labels of an organisation's facts: "Forretningskommune: Moss", nn "Hovudkontor: Nes".
_PLACE_LABELS = frozenset({"sted", "stad", "møtested", "møtestad", "sted/dato", "stad/dato", "kommune", "fylke",
                           "forretningskommune", "hjemkommune", "heimkommune", "vertskommune", "bostedskommune",
                           "hovedkontor", "hovudkontor", "kontorsted", "kontorstad", "forretningssted", "lokalisering"})
# A building or institution named after its place: in "i Sande kyrkje" the preposition governs the
# church, so it is no sign that the name (also a word) is used as a place.
_INSTITUTION_AFTER = frozenset({
    "kirke", "kirka", "kirken", "kyrkje", "kyrkja", "kapell", "kirkegård", "kyrkjegard", "gravplass", "skole",
    "skolen", "skule", "skulen", "barnehage", "sykehjem", "sjukeheim", "sykehus", "sjukehus", "stadion", "stasjon",
    "idrettshall", "idrettspark", "bibliotek",
})
# Churches and graveyards are named after their parish, which need not be where they stand or a place
# the report is about ("Messehakelen i Sande kyrkje"): no place evidence of their own.
_PARISH_NAMED = frozenset({"kirke", "kirka", "kirken", "kyrkje", "kyrkja", "kapell", "kirkegård", "kyrkjegard",
                           "gravplass"})


@lru_cache(maxsize=1)
def ambiguous_place_words() -> dict[str, str]:
    """Place names that are also common words or surnames -> reason ("word", "surname")."""
    text = resources.files("extractor.nlp.patterns").joinpath("ambiguous_places.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {row["name"]: row["reason"] for row in rows}


def is_written_as_name(span: Span) -> bool:
    """Capital first letter; all capitals only for names of 4+ letters ("ASKER", not "OS");
    not glued to "@", "." or "/" (an e-mail address or a web address), but for a slash between
    two names ("Skien/Porsgrunn")."""
    text, doc = span.text, span.doc
    if not text[:1].isupper():
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and not prev.whitespace_ and prev.text[-1] in _LINK_MARKS and not _slash_of_names(doc, prev.i):
        return False
    short_caps = text.isupper() and sum(ch.isalpha() for ch in text) < MIN_CAPS_LETTERS
    return not short_caps or span.id_.isupper()  # "USA" is written so


def _slash_of_names(doc: Doc, i: int) -> bool:
    """A slash token between two names, "Skien/Porsgrunn", or after "v" or "c" ("Prøysenhuset
    v/Ringsaker kommune": ved; "c/o"), not one inside a web address."""
    return doc[i].text == "/" and i > 0 and not doc[i - 1].whitespace_ and (
        is_capitalised_word(doc[i - 1]) or (doc[i - 1].lower_ in ("v", "c") and (i < 2 or doc[i - 2].whitespace_)))


def postal_code_agrees(doc: Doc, span: Span) -> bool:
    """A postal code right before the name that the postal register gives to this name ("1383 Asker")."""
    prev = word_before(doc, span.start)
    if prev is None or len(prev.text) != 4 or not prev.text.isdigit():
        return False
    found = gazetteers.postal_code(prev.text)
    names = {gazetteers.normalise_name(span.text), gazetteers.normalise_name(span.id_ or span.text)}
    return found is not None and gazetteers.normalise_name(found.place) in names


def _lead_word(doc: Doc, span: Span):
    """The word before a place name, looking past lower-case words that qualify the place
    ("frå heile indre Sogn", "i hele nye Asker"), so the preposition before them counts."""
    prev = word_before(doc, span.start)
    for _ in range(MAX_PLACE_QUALIFIERS):
        if prev is None or prev.text not in PLACE_QUALIFIERS:
            break
        before = word_before(doc, prev.i)
        if before is None or before.lower_ not in CONTEXT_BEFORE | PLACE_QUALIFIERS:
            break
        prev = before
    return prev


def _is_dateline(doc: Doc, span: Span) -> bool:
    """A place then a date opening a line: a signature's dateline ("Moss, 14. februar 2024",
    "Kongsvinger 20. mars 2025", "Vik, 12.03.2024")."""
    return is_sentence_start(doc, span.start) and bool(_DATELINE_REST.match(doc_text(doc), span.end_char))


def _district_follows(doc: Doc, span: Span) -> bool:
    """A county or district after "i"/"på" tells the municipality apart: "Bø i Telemark",
    "Vik i Sogn", "Nes på Romerike"; not after a first name ("Per Sande i Vestfold")."""
    nxt = word_after(doc, span.end)
    if nxt is None or nxt.lower_ not in ("i", "på") or after_first_name(doc, span):
        return False
    district = word_after(doc, nxt.i + 1)
    return district is not None and any(
        s.start == district.i and s.label_ in ("FYLKE", "REGION") for s in doc.spans.get("place_candidates", []))


def _after_place_label(doc: Doc, span: Span) -> bool:
    """ "Sted: Ås rådhus", nn "Stad: Time kulturhus": the label says a place follows."""
    colon = word_before(doc, span.start)
    label = word_before(doc, colon.i) if colon is not None and colon.text == ":" else None
    return label is not None and label.lower_ in _PLACE_LABELS


def _governed(doc: Doc, span: Span) -> bool:
    """A preposition or a word like "kommunene"/"avdeling" governs the name: "i Asker", "Avdeling
    Moss", "deler av Asker" (``_part_of``); not the name of a building after it ("i Sande kyrkje")."""
    prev, nxt = _lead_word(doc, span), word_after(doc, span.end)
    return prev is not None and (prev.lower_ in CONTEXT_BEFORE or _part_of(doc, prev)) \
        and (nxt is None or nxt.lower_ not in _INSTITUTION_AFTER)


def _institution_named(doc: Doc, span: Span) -> bool:
    """An institution named after its place, after a preposition ("nytt tak på Lunde skole",
    "vinduer i Holt barnehage"): the place is where it stands, though the preposition governs the
    building."""
    prev, nxt = _lead_word(doc, span), word_after(doc, span.end)
    return prev is not None and prev.lower_ in CONTEXT_BEFORE and nxt is not None \
        and nxt.lower_ in _INSTITUTION_AFTER - _PARISH_NAMED


# A part of an area before "av": "deler av Asker", nn "delar av Eid", "resten av Sogn".
_PARTS = frozenset({"del", "deler", "delar", "delen", "delene", "delane", "resten", "mesteparten", "størstedelen",
                    "storparten"})


def _part_of(doc: Doc, prev) -> bool:
    """``prev`` is the "av" of a part of an area ("deler av", "resten av")."""
    before = word_before(doc, prev.i) if prev.lower_ == "av" else None
    return before is not None and before.lower_ in _PARTS


def _listed_after_preposition(doc: Doc, span: Span) -> bool:
    """An item of a list that a preposition of where heads ("i Kveldsvik, Stormyra og Vinstra"):
    context enough for a post town, but no more evidence than being listed beside a place (a
    wrong item in such a list must not gain the preposition's weight)."""
    nxt = word_after(doc, span.end)
    return (nxt is None or nxt.lower_ not in _INSTITUTION_AFTER) and locative_list(doc, span) is not None


def _after_address(doc: Doc, span: Span) -> bool:
    """The town after a street address and a comma, with no postal code: "Strandgata 4, Moss"."""
    comma = word_before(doc, span.start)
    return comma is not None and comma.text == "," and any(
        s.label_ == "ADRESSE" and len(s) > 1 and s.end == comma.i for s in doc.spans.get("place_candidates", []))


_HOME_ENDS = frozenset({"(", ",", ".", ";", "og", "–", "-"})  # what may close a member's entry after the place
MAX_NAME_WORDS = 4


def _home_of_person(doc: Doc, span: Span) -> bool:
    """A person's home place after the name and a comma, ending the entry: "Kari Dahl, Hafslo
    (leiar)", "Ola Moe, Skei og Per Lie, Vik", "formann Per Lie, Stabekk, nestformann ..." (a board
    list's members with where they live)."""
    comma = word_before(doc, span.start)
    nxt = word_after(doc, span.end)
    ends_line = span.end == len(doc) or "\n" in doc[span.end - 1].whitespace_ or "\n" in doc[span.end].text
    if comma is None or comma.text != "," or not (ends_line or nxt.lower_ in _HOME_ENDS):
        return False
    words = []
    k = comma.i - 1
    while k >= 0 and is_capitalised_word(doc[k]) and len(words) < MAX_NAME_WORDS and "\n" not in doc[k].whitespace_:
        words.insert(0, doc[k])
        k -= 1
    return len(words) >= 2 and gazetteers.is_first_name(words[0].text)  # a surname may be a farm's name: "Myklebust"


def _ends_line(doc: Doc, span: Span) -> bool:
    return span.end == len(doc) or "\n" in doc[span.end - 1].whitespace_ or doc[span.end].is_space


MAX_OCCUPATION_WORDS = 2


def _home_after_occupation(doc: Doc, span: Span) -> bool:
    """A line of an occupation, a comma and the place, nothing else ("Agronom, Bagn", "Pensjonert
    lærar, Hedalen"): a listed person's home in a members' table's cell or a list's line; not a first
    name before it ("Kari, Lena"), nor another place ("Gjøvik, Bagn": coordinated already)."""
    comma = word_before(doc, span.start)
    if comma is None or comma.text != "," or not _ends_line(doc, span):
        return False
    k, words = comma.i - 1, []
    while k >= 0 and doc[k].is_alpha and len(words) <= MAX_OCCUPATION_WORDS and "\n" not in doc[k].whitespace_:
        words.insert(0, doc[k])
        k -= 1
    starts_line = k < 0 or doc[k].is_space or "\n" in doc[k].whitespace_
    starts = {s.start for s in doc.spans.get("place_candidates", []) if s.label_ in PLACE_LABELS}
    return starts_line and 1 <= len(words) <= MAX_OCCUPATION_WORDS and words[0].text[:1].isupper() \
        and not gazetteers.is_first_name(words[0].text) and not any(w.i in starts for w in words)


_DEFINITE_NOUN = re.compile(r"[a-zæøå]{3,}(?:en|et|a|ene|ane|na)")
_FROM_WORDS = frozenset({"i", "fra", "frå"})


def placed_as_village(doc: Doc, span: Span) -> bool:
    """A post town that is also a first name ("Lena") named as a place by the words around it: its
    municipality after it ("i Lena i Østre Toten kommune"), the rest of one beside it ("fra Lena og
    resten av Østre Toten"), a placing verb before "i" ("held til i Lena") or a definite noun, an
    office or a building ("soknepresten i Lena", "skulen i Lena"); not where a name goes on ("i Lena
    Dahls hage")."""
    prev, nxt = word_before(doc, span.start), word_after(doc, span.end)
    if prev is None or prev.lower_ not in _FROM_WORDS or nxt is not None and is_capitalised_word(nxt):
        return False
    then = word_after(doc, nxt.i + 1) if nxt is not None else None
    if then is not None and nxt.lower_ == "i" and any(
            s.start == then.i and s.label_ in ("KOMMUNE", "FYLKE", "REGION") for s in doc.spans.get("place_candidates", [])):
        return True
    if then is not None and nxt.lower_ == "og" and then.lower_ in _PARTS:
        return True
    before = word_before(doc, prev.i)
    if prev.lower_ != "i" or before is None:
        return False
    verbs = {v for v in vocab.placing_verbs() if prev.i >= len(v)}
    return any(tuple(t.lower_ for t in doc[prev.i - len(v):prev.i]) == v for v in verbs) \
        or (before.is_lower or is_sentence_start(doc, before.i)) and bool(_DEFINITE_NOUN.fullmatch(before.lower_))


def has_context(doc: Doc, span: Span) -> bool:
    nxt = word_after(doc, span.end)
    if _governed(doc, span) or _after_address(doc, span) or _listed_after_preposition(doc, span) \
            or _home_of_person(doc, span) or _home_after_occupation(doc, span):
        return True
    if AREA_COMPOUND.match(span.text) or _is_dateline(doc, span) or _district_follows(doc, span):
        return True
    if _after_place_label(doc, span) or (nxt is not None and nxt.lower_ in CONTEXT_AFTER):
        return True
    return postal_code_agrees(doc, span)


def after_word_in(doc: Doc, span: Span, words: frozenset[str]) -> bool:
    prev = _lead_word(doc, span)
    return prev is not None and prev.lower_ in words


def after_first_name(doc: Doc, span: Span) -> bool:
    """ "Per Sande": a capitalised first name right before, so likely a surname."""
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and is_capitalised_word(prev) and gazetteers.is_first_name(prev.text)


def before_first_name(doc: Doc, span: Span) -> bool:
    """ "Sande, Per": a comma and a first name right after, surname first as in a register; not
    a place that is also a first name in a list ("Sande, Flora og Eid"), nor the home place of the
    member named before it ("Kari Dahl, Sande, Per Lie, Vik": the next member's name follows)."""
    if _home_of_person(doc, span):
        return False
    comma = word_after(doc, span.end)
    name = word_after(doc, comma.i + 1) if comma is not None and comma.text == "," else None
    return (name is not None and is_capitalised_word(name) and gazetteers.is_first_name(name.text)
            and not any(s.start == name.i for s in doc.spans.get("place_candidates", [])))


def is_surname(doc: Doc, span: Span) -> bool:
    """Written as a person's surname: "Per Sande", "Sande, Per"."""
    return after_first_name(doc, span) or before_first_name(doc, span)


def _coordinated(doc: Doc, span: Span) -> bool:
    """Another place name right before or after, joined by "og", "eller", "samt" or a comma.
    Beside a place abroad only a Norwegian place, a country or a place abroad after a
    preposition of place counts: "Jackson og Lincoln" may be two people."""
    others = [s for s in doc.spans.get("place_candidates", []) if s.label_ in PLACE_LABELS and is_written_as_name(s)
              and (span.label_ != "UTLAND" or s.label_ != "UTLAND" or after_word_in(doc, s, ABROAD_BEFORE))]
    ends, starts = {s.end for s in others}, {s.start for s in others}
    conj = word_before(doc, span.start)
    if conj is not None and conj.lower_ in _CONJUNCTIONS:
        other = word_before(doc, conj.i)
        if other is not None and other.i + 1 in ends:
            return True
    conj = word_after(doc, span.end)
    if conj is not None and conj.lower_ in _CONJUNCTIONS:
        other = word_after(doc, conj.i + 1)
        if other is not None and other.i in starts:
            return True
    return False


# English words that make "<word> of <place>" the place itself ("the City of Bergen", "the Kingdom
# of Norway"); after any other capitalised word the place ends a body's name ("Innovation Fund of
# Norway", "The Coastal University of Norway").
_ENGLISH_PLACE_HEADS = frozenset({"city", "town", "municipality", "county", "kingdom", "region", "district",
                                  "island", "islands", "province", "republic", "state", "coast", "west", "east",
                                  "north", "south"})


def _ends_english_name(doc: Doc, span: Span) -> bool:
    """A capitalised word, "of" and the place on one line: an English body's name ("University
    of Tromsø", "Research Council of Norway"), not "the City of Bergen". Held-out writers list
    the place from such a name or leave it out: the field weighs it toward review."""
    of = span.start - 1
    return (of >= 1 and doc[of].lower_ == "of" and doc[of].whitespace_ == " " and doc[of - 1].whitespace_ == " "
            and is_capitalised_word(doc[of - 1]) and doc[of - 1].lower_ not in _ENGLISH_PLACE_HEADS)


def place_evidence(span: Span) -> frozenset[str]:
    """What the words around a place mention say, as names the field extractor weighs:
    preposition ("i Asker", "kommunene Asker og Bærum"), institution_name ("på Lunde skole"), listed_after_preposition (a later item of
    a list a preposition heads: "i Asker og Bærum", "i Kveldsvik, Stormyra og Vinstra"), kommune_suffix ("Asker kommune", nn "Kvam
    herad", "Oslo-området", "Bø i Telemark"; county_body too for "Akershus fylkeskommune"), postal_code ("1383 Asker"), coordinated ("Asker og
    Bærum", "Lier - Hole"), dateline ("Moss, 14. februar 2024"), place_label ("Sted: Moss"),
    after_address ("Strandgata 4, Moss"), home_place ("Kari Dahl, Hafslo (leiar)"), agency_office ("NAV Gloppen"),
    sentence_start, genitive ("Askers"), all_caps ("ASKER"),
    first_name (also a first name), after_first_name ("Per Sande": likely a surname),
    before_first_name ("Sande, Per": a surname first),
    ambiguous_word (also a common word or surname)."""
    doc, name = span.doc, span.id_ or span.text
    prev, nxt = _lead_word(doc, span), word_after(doc, span.end)
    found = set()
    if _governed(doc, span):
        found.add("preposition")
    elif _institution_named(doc, span):
        found.add("institution_name")
    elif _listed_after_preposition(doc, span):
        found.add("listed_after_preposition")
    if _after_address(doc, span):
        found.add("after_address")
    if _home_of_person(doc, span) or _home_after_occupation(doc, span):
        found.add("home_place")
    if span.start and doc[span.start - 1].lower_ in AGENCY_OFFICE and span.label_ in ("KOMMUNE", "POSTSTED"):
        found.add("agency_office")  # "NAV Gloppen": the office's place (``place_spans.is_agency_office``)
    if nxt is not None and nxt.lower_ in CONTEXT_AFTER:
        found.add("kommune_suffix")
    if nxt is not None and nxt.lower_ in COUNTY_BODY:
        found.add("county_body")
    if _ends_english_name(doc, span):
        found.add("english_name")  # "Research Council of Norway"
    if postal_code_agrees(doc, span):
        found.add("postal_code")
    if AREA_COMPOUND.match(span.text) or _district_follows(doc, span):
        found.add("kommune_suffix")  # "Oslo-området", "Bø i Telemark": named as a place
    if _coordinated(doc, span):
        found.add("coordinated")
    if _is_dateline(doc, span):
        found.add("dateline")  # at a line's start by nature: not a capitalised word
    elif _after_place_label(doc, span):
        found.add("place_label")
    elif prev is None or prev.text[-1] in _START_MARKS:
        found.add("sentence_start")
    if span.text.casefold() == f"{name}s".casefold():
        found.add("genitive")
    if span.text.isupper() and sum(ch.isalpha() for ch in span.text) >= MIN_CAPS_LETTERS:
        found.add("all_caps")
    if len(span) == 1 and gazetteers.is_first_name(name):
        found.add("first_name")
    if after_first_name(doc, span):
        found.add("after_first_name")
    elif before_first_name(doc, span):
        found.add("before_first_name")
    if name in ambiguous_place_words():
        found.add("ambiguous_word")
    return frozenset(found)


if not Span.has_extension("place_evidence"):
    Span.set_extension("place_evidence", getter=place_evidence)
