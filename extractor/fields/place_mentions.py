"""Place mentions in one text unit: the pipeline's place spans (and, in OCR'd text only, capitalised
words close to a gazetteer name) looked up, weighed by the words around them and by the unit
(a place column, a reprinted newspaper piece, a statement line), and left out where they are no
place the text refers to (the organisation's own name, a surname, a place set aside, a post
town's district); villages the registers lack come from ``doc.spans["villages"]``. ``places``
gathers the mentions into places.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor import gazetteers as gz
from extractor.fields.context import TextUnit
from extractor.fields.text import normalise_with_offsets, raw_to_mended, sentence_at, sentence_bounds
from extractor.municipalities import usual_name
from extractor.nlp import vocab
from extractor.nlp.components import doc_text
from extractor.nlp.place_evidence import place_evidence
from extractor.nlp.place_compounds import LABEL_OF_PLACE
from extractor.nlp.place_spans import classify_place
from schemas.fields import PlaceKind

# Evidence that lets an ambiguous match count: the pipeline already promotes one with a
# preposition, suffix or postal code; these it leaves to the field.
_ACCEPTS_AMBIGUOUS = {"coordinated", "place_column", "institution_name"}
_SURNAME = {"after_first_name", "before_first_name"}  # "Per Sande", "Sande, Per"
_FIGURE = re.compile(r"\d[\d .]{2,}")  # a cell with an amount beside a statement line's label
# ... a label that names a place inside a line of its own ("Tilskudd Vestland fylkeskommune"), not a
# table of places and their counts ("Rogaland | 15", "Oslo og Akershus | 12")
_LINE_LABEL = re.compile(r"^\s*[a-zæøåA-ZÆØÅ]+\w*\s+(?:fra\s+|frå\s+)?[A-ZÆØÅ]")
# Sections reprinting newspaper pieces: places there are the journalist's, not the report's.
_QUOTED_SECTION = re.compile(r"\b(?:i media|media|pressemelding|presseklipp|faksimile|avisinnlegg)\b", re.I)
# "Kommune", also in compounds: "Deltakerkommune", "Eigarkommunar", "Kommunenavn"; a harbour's or a
# station's column names each by its place ("Hamn | Anløp", "Stasjon | Mannskap").
_PLACE_HEADER = re.compile(r"kommun(?:e|er|ar|ane|ene|enavn|enr)\b|\b(fylke|fylker|fylka|sted|stad|bosted|land|region|by|"
                           r"kontor|hamn|hamner|hamnar|havn|havner|stasjon|stasjoner|stasjonar)\b", re.I)
# A column of people's names ("Navn", "Etternavn", nn "Namn"): a place name there is a surname.
_NAME_HEADER = re.compile(r"^\W*(?:(?:for|etter)?na(?:v)?n(?:et)?|(?:first |last |sur)?name)\W*$", re.I)
_NAME_GROUPS = ("places", "places_ambiguous", "places_in_org", "orgs")
# "født i andre land enn Noreg", "fra et annet land enn Norge": the place the sentence sets aside;
# the text refers to the other countries, not to it (EVAL.md's gold leaves it out).
_SET_ASIDE = re.compile(r"\b(?:andre|annet|anna|eit\s+anna|et\s+anna|eitt\s+anna|noen\s+andre|nokre\s+andre)\s+"
                        r"(?:land|nasjoner|nasjonar|kommuner|kommunar|fylker|fylke)\s+enn\s+$", re.IGNORECASE)
# The auditor's standard paragraphs name the country whose rules they apply ("god regnskapsskikk i
# Norge", "god revisjonsskikk i Norge", "relevante lover og forskrifter i Norge", "generally accepted
# in Norway"): a place the report does not refer to. Eight held-out reports' gold leaves it out, a real
# report's gold lists it: named only so, it is a doubt for review (``calibrate.REVIEW_DOUBTS``).
_AUDIT_STANDARD = re.compile(r"\b(?:regnskapsskikk|rekneskapsskikk|revisjonsskikk|lover\s+og\s+forskrifter|"
                             r"generally\s+accepted)\s+(?:i|in)\s+$", re.IGNORECASE)
# "kunngjort i Sunnhordland og Grannar", "lyst ut i Firda": a local paper is often named after its district or
# town, so a place named after announcing words (and the names listed with it) is a publication: a doubt
# (``calibrate.REVIEW_DOUBTS``), the gold of a report naming two papers so leaving the district out.
_ANNOUNCING = vocab.alternation(vocab.read_json("publication_words.json")["published_in"], any_space=True)
_PUBLISHED_IN = re.compile(rf"\b(?i:{_ANNOUNCING})\s+i\s+(?:[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*\s*(?:,|\s+og|\s+eller)\s+)*$")
PUBLISHED_WINDOW = 80  # characters before a mention searched for announcing words and the papers listed before it
# "3800 Bø i Telemark", "Mo i Rana": the word before "i" (the post town's head) and the district
# after it, which is only the name's tail, not a place the text refers to.
_POST_TOWN_HEAD = re.compile(r"([A-ZÆØÅ][\wæøå-]*)\s+i\s+$")
# Signs that a word is used as a place, even in a document that names a person so ("Per Sand"
# in the board, "avdelingen i Sand"): without one, the word is the person's surname.
PLACE_SIGNS = frozenset({"preposition", "kommune_suffix", "postal_code", "dateline", "place_label",
                         "after_address", "place_column"})


@dataclass(slots=True)
class Mention:
    key: tuple[str, str]  # (kind, canonical name)
    place: object  # the gazetteer record
    written: str
    unit: TextUnit
    sentence: str
    reasons: set[str] = field(default_factory=set)


# --- lookup ----------------------------------------------------------------------------------

def name_to_place(name: str, year: int | None):
    """Gazetteer record for a name, or None; a region that only pairs two municipalities
    ("Asker og Bærum") is left to its parts, which the pipeline keeps as well."""
    found = gz.place(name, year)
    if isinstance(found, gz.Region) and " og " in found.name:
        parts = found.name.split(" og ")
        if all(gz.municipality(p, year) for p in parts):
            return None
    return found


def place_key(found) -> tuple[str, str]:
    if isinstance(found, gz.Municipality):  # "Deatnu", "Deatnu - Tana" and "Tana" are one place
        return PlaceKind.kommune.value, usual_name(found)
    if isinstance(found, gz.County):
        return PlaceKind.fylke.value, found.name
    if isinstance(found, gz.Region):
        return PlaceKind.region.value, found.name
    if isinstance(found, gz.Country):
        return PlaceKind.land.value, found.name
    if isinstance(found, gz.ForeignPlace):  # a city abroad is a town, a US state a region
        return (PlaceKind.tettsted if found.kind == "by" else PlaceKind.region).value, found.name
    return PlaceKind.tettsted.value, gz.post_town(found.place) or found.place.title()


# --- mentions in one unit --------------------------------------------------------------------

def org_spans(text: str, org_name: str | None) -> list[tuple[int, int]]:
    """Where the reporting organisation's own name stands (legal form optional)."""
    rx = _org_pattern(org_name) if org_name else None
    return [m.span() for m in rx.finditer(text)] if rx is not None else []


@lru_cache(maxsize=16)
def _org_pattern(org_name: str) -> re.Pattern | None:
    words = [w for w in org_name.split() if w.strip(".") not in vocab.legal_forms()]
    if not words or gz.place(" ".join(words)) is not None:  # "Asker kommune" reporting: a place
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words) + r"s?", re.IGNORECASE)


def _column_header(unit: TextUnit) -> str:
    """Text of the first row in the cell's column, when the cell is below it."""
    if not unit.row:
        return ""
    first = unit.table.rows[0]
    return first[unit.col].text if unit.col < len(first) else ""


def unit_evidence(unit: TextUnit) -> set[str]:
    """Evidence that holds for every mention in the unit: a place column, a quoted section."""
    found = set()
    header = _column_header(unit) if unit.in_table else ""
    if _PLACE_HEADER.search(header):
        found.add("place_column")
    elif _NAME_HEADER.match(header):
        found.add("name_column")
    if unit.section and _QUOTED_SECTION.search(unit.section):
        found.add("quoted")
    if unit.in_table and unit.col == 0 and unit.row is not None and _LINE_LABEL.match(unit.text) and any(
            _FIGURE.search(c.text) for c in unit.table.rows[unit.row][1:]):
        found.add("figure_row")
    return found


def iter_fuzzy_spans(doc: Doc, year: int | None) -> Iterator[tuple[Span, object, float]]:
    """(span, gazetteer record, score) for capitalised words no place rule matched that are
    close to a municipality, county, region or country name; for OCR'd text only."""
    covered = {i for key in _NAME_GROUPS for s in doc.spans.get(key, []) for i in range(s.start, s.end)}
    for token in doc:
        word = token.text.title() if token.text.isupper() and len(token.text) > 3 else token.text
        if (token.i in covered or not token.is_alpha or not word[:1].isupper()
                or len(word) < gz.FUZZY_MIN_LETTERS or gz.is_first_name(word)):
            continue
        hit = gz.fuzzy_place(word, year)
        if hit is None or type(hit[0]) not in LABEL_OF_PLACE:
            continue
        span = Span(doc, token.i, token.i + 1, label=LABEL_OF_PLACE[type(hit[0])], span_id=hit[0].name)
        yield span, hit[0], hit[1]


def _candidates(doc: Doc, year: int | None, fuzzy: bool) -> Iterator[tuple[Span, bool, object, set[str]]]:
    """(span, confident, gazetteer record, reasons) for every place match in a Doc."""
    for key, confident in (("places", True), ("places_ambiguous", False)):
        for span in doc.spans.get(key, []):
            found = name_to_place(span.id_ or span.text, year)
            if found is not None:
                yield span, confident, found, {"exact_gazetteer"}
    if not fuzzy:
        return
    names = [s for key in ("places", "places_ambiguous") for s in doc.spans.get(key, [])]
    starts, ends = {s.start for s in names}, {s.end for s in names}
    for span, found, score in iter_fuzzy_spans(doc, year):
        group, _ = classify_place(doc, span, starts, ends)
        if group != "places_in_org":
            yield span, group == "places", found, {f"fuzzy_gazetteer:{score:.0f}"}


def published_in(text: str, start: int) -> bool:
    """The name at ``start`` follows announcing words and "i", or the papers listed after them."""
    return _PUBLISHED_IN.search(text[max(0, start - PUBLISHED_WINDOW):start]) is not None


def _ends_post_town(before: str, name: str) -> bool:
    """The name ends a post town the register writes with "i" ("Bø i Telemark", "Sande i Vestfold") and
    names a county or district, which may not even exist in the report's year; a municipality's name
    ("Mo i Rana") still refers to it."""
    head = _POST_TOWN_HEAD.search(before)
    return (head is not None and gz.post_town(f"{head.group(1)} i {name}") is not None
            and gz.municipality(name) is None)


def iter_unit_mentions(unit: TextUnit, doc: Doc, year: int | None, org_name: str | None,
                       listed: bool = False) -> Iterator[Mention]:
    """``listed``: the unit is a bare place name beside another (list items "• Lier", "• Hole")."""
    fuzzy = unit.prov.ocr_confidence is not None
    if not fuzzy and not doc.spans.get("places") and not doc.spans.get("places_ambiguous"):
        return  # no candidate (``_candidates``): most units
    text, index = normalise_with_offsets(unit.text)
    if not text:
        return
    bounds = sentence_bounds(text)
    excluded = org_spans(doc_text(doc), org_name)
    shared = unit_evidence(unit) | ({"coordinated"} if listed else set())
    whole = doc_text(doc)
    for span, confident, found, reasons in _candidates(doc, year, fuzzy):
        before = whole[:span.start_char][-40:]
        if any(a <= span.start_char < b for a, b in excluded) or _SET_ASIDE.search(before) or _ends_post_town(
                before, span.text):
            continue
        reasons |= place_evidence(span) | shared
        if _AUDIT_STANDARD.search(before):
            reasons.add("audit_standard")
        if published_in(whole, span.start_char):
            reasons.add("published_in")
        if not confident and (reasons & _SURNAME or not reasons & _ACCEPTS_AMBIGUOUS):
            continue  # "Per Sande, Sande kommune": the first is a person's name
        if "name_column" in reasons and not reasons & PLACE_SIGNS:
            continue  # a surname under "Etternavn"
        if unit.in_table:
            reasons.discard("sentence_start")
        s, e = sentence_at(text, raw_to_mended(index, span.start_char), bounds)
        yield Mention(place_key(found), found, span.text, unit, text[s:e].strip(), reasons)


def placed_in_kommune(word: str, org_name: str | None) -> bool:
    """ "på X i <kommune>" names a village when X is shaped as a place name ("Breivika",
    "Storhamna": ``gazetteers.toponym_like``) or opens the organisation's own name (a firm named
    after its village: "X Arbeid AS" at "på X i Kvinnherad"); an event or a building held there
    ("på Dyrskun i Seljord") is none; the first word of a post town the register tells apart by its
    district ("i Skei i Sunnfjord kommune", "Skei i Jølster") is one."""
    first = org_name.split()[0] if org_name else None
    return gz.toponym_like(word) or gz.is_post_town_head(word) or word == first  # "Skei" of "Skei i Jølster"


def iter_village_mentions(unit: TextUnit, doc: Doc, org_name: str | None = None) -> Iterator[Mention]:
    """Villages the registers lack, listed with a known place after a preposition of where
    (``doc.spans["villages"]``, "i Tveit, Kveldsvik og Stormyra"), or words the text places
    itself ("på Storhamna i Bodø", "grendehuset på Lauvhaugen", "Raudbergfjell-området"; label
    STED): towns, as doubts."""
    if not doc.spans.get("villages"):
        return
    text, index = normalise_with_offsets(unit.text)
    bounds = sentence_bounds(text)
    for span in doc.spans["villages"]:
        if span.label_ == "STED_I" and not placed_in_kommune(span.text, org_name):
            continue
        s, e = sentence_at(text, raw_to_mended(index, span.start_char), bounds)
        name = span.id_ or span.text
        yield Mention((PlaceKind.tettsted.value, name), None, name, unit, text[s:e].strip(),
                      {"listed_village"} | ({"coordinated"} if span.label_ == "BYGD" else set())
                      | ({"published_in"} if published_in(doc_text(doc), span.start_char) else set()))
