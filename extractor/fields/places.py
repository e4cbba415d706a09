"""Places the text refers to: municipalities, counties, regions, countries, towns, cities and
US states abroad, each with its mentions. A street is no place (EVAL.md: municipality, county,
region, town, country): ``doc.spans["addresses"]`` only keep street names from being read as
places ("Drammensveien" is no Drammen); the organisation's address is ``contacts``'.

Mentions come from the spaCy pipeline (``extractor.nlp``): ``doc.spans["places"]`` are taken,
``places_ambiguous`` (a name that is also a word, a surname after a first name, a post town
without a preposition) only with evidence that it is used as a place, a neighbouring place or a
place-column header; ``places_in_org``/``orgs`` ("Asker Produkt", "Nav Asker") are names, not
mentions. The words around a mention come as ``span._.place_evidence``. Only in OCR'd text are
capitalised words the rules did not match tried against the gazetteers by similarity, since
OCR garbles names ("Bærurn"). Confidence grows with the number of mentions and their context.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from statistics import mean

from spacy.tokens import Doc, Span

from extractor import gazetteers as gz
from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.context import Analysis, TextUnit
from extractor.fields.text import normalise_with_offsets, raw_to_mended, sentence_at, sentence_bounds
from extractor.municipalities import usual_name
from extractor.nlp import vocab
from extractor.nlp.components import doc_text
from extractor.nlp.place_evidence import is_surname, place_evidence
from extractor.nlp.place_spans import LABEL_OF_PLACE, classify_place
from schemas.fields import Place, PlaceKind

PRIOR = 0.5
WEIGHTS = {
    "exact_gazetteer": 0.6,  # the name is spelt as in the register
    "fuzzy_gazetteer": -1.2,  # OCR-garbled spelling matched by similarity: may be another word
    "mentions_2plus": 0.7,  # a place named twice is seldom an accident of capitalisation
    "mentions_4plus": 0.5,  # ... and four times even less
    "preposition": 0.9,  # "i Asker", "fra Bærum": used as a place
    "kommune_suffix": 1.2,  # "Bærum kommune", "Viken fylkeskommune": unmistakably the place
    "coordinated": 0.5,  # "Asker og Bærum": listed beside another place
    "sentence_start_only": -0.4,  # every mention could be a capitalised common word
    "genitive_only": -0.3,  # "Askers" only: could be part of a compound name
    "all_caps_only": -0.3,  # only in capitals (headings, logos), where names and words blur
    "quoted_only": -0.5,  # named only in a reprinted newspaper piece ("i media"), not by the report
    "english_name_only": -2.5,  # named only inside an English body's name ("Research Council of Norway"):
    # one held-out writer listed the country, another left it out: for review
    "county_body_only": -2.5,  # named only as the county's administration ("Akershus fylkeskommune"): the
    # held-out writers counted such a county as a place in three sets and left it out in three: for review
    "audit_standard_only": -2.0,  # named only as the country of the auditor's standards: a doubt (REVIEW_DOUBTS)
    "figure_rows_only": -2.0,  # named only in a statement line's label ("Tilskudd Vestland fylkeskommune | 180 000"):
    # a payer or a grant, which readers count as a place or not
    "postal_code": 1.0,  # "3510 Hønefoss": the code and the town agree in the postal register
    "dateline": 0.9,  # "Moss, 14. februar 2024": where a signature was made
    "place_label": 0.9,  # "Sted: Ås rådhus": a label says a place follows
    "after_address": 0.9,  # "Strandgata 4, Moss": the town of a street address
    "place_column": 1.0,  # a table cell under a "Kommune"/"Sted"/"Land" header
    "first_name": -0.8,  # also a first name: the mention may be a person
    "tettsted": -0.7,  # a post town: many post-town names are farm names or words
    "region": -0.2,  # informal regions have loose names ("Land", "Lister")
    "abroad": -0.3,  # a city or state abroad: counted only after "i"/"fra", but many are surnames
    "ambiguous_word": -0.8,  # also a common word; kept only with context
    "listed_village": -1.6,  # in no register, named beside a known place after "i": a village or a farm's name
    "ocr_conf": 0.0,  # recorded; the OCR term of `combine` moves the number
}

# Evidence that lets an ambiguous match count: the pipeline already promotes one with a
# preposition, suffix or postal code; these two it leaves to the field.
_ACCEPTS_AMBIGUOUS = {"coordinated", "place_column"}
_SURNAME = {"after_first_name", "before_first_name"}  # "Per Sande", "Sande, Per"
_BULLETS = "•·▪●◦*–- \t"  # a list item's mark, where the text keeps it (a PDF)
_SHOWN_REASONS = ("preposition", "kommune_suffix", "coordinated", "postal_code", "place_column", "dateline",
                  "place_label", "after_address", "first_name")
_ONLY_REASONS = (("sentence_start", "sentence_start_only"), ("genitive", "genitive_only"),
                 ("all_caps", "all_caps_only"), ("quoted", "quoted_only"), ("figure_row", "figure_rows_only"),
                 ("county_body", "county_body_only"), ("audit_standard", "audit_standard_only"),
                 ("english_name", "english_name_only"))
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
# "3800 Bø i Telemark", "Mo i Rana": the word before "i" (the post town's head) and the district
# after it, which is only the name's tail, not a place the text refers to.
_POST_TOWN_HEAD = re.compile(r"([A-ZÆØÅ][\wæøå-]*)\s+i\s+$")
# Signs that a word is used as a place, even in a document that names a person so ("Per Sand"
# in the board, "avdelingen i Sand"): without one, the word is the person's surname.
_PLACE_SIGNS = frozenset({"preposition", "kommune_suffix", "postal_code", "dateline", "place_label",
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


def is_bare_place(unit: TextUnit, doc: Doc) -> bool:
    """A line or list item that is one place name and nothing else ("• Lier"); not a table cell
    (a column header says more there) nor a heading."""
    if unit.in_table or unit.is_heading:
        return False
    spans = [*doc.spans.get("places", []), *doc.spans.get("places_ambiguous", [])]
    if len(spans) != 1:
        return False
    words = [t for t in doc if t.is_alpha or t.like_num]
    return bool(words) and all(spans[0].start <= t.i < spans[0].end for t in words)


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
        if not confident and (reasons & _SURNAME or not reasons & _ACCEPTS_AMBIGUOUS):
            continue  # "Per Sande, Sande kommune": the first is a person's name
        if "name_column" in reasons and not reasons & _PLACE_SIGNS:
            continue  # a surname under "Etternavn"
        if unit.in_table:
            reasons.discard("sentence_start")
        s, e = sentence_at(text, raw_to_mended(index, span.start_char), bounds)
        yield Mention(place_key(found), found, span.text, unit, text[s:e].strip(), reasons)


def placed_in_kommune(word: str, org_name: str | None) -> bool:
    """ "på X i <kommune>" names a village when X is shaped as a place name ("Breivika",
    "Storhamna": ``gazetteers.toponym_like``) or opens the organisation's own name (a firm named
    after its village: "X Arbeid AS" at "på X i Kvinnherad"); an event or a building held there
    ("på Dyrskun i Seljord") is none."""
    first = org_name.split()[0] if org_name else None
    return gz.toponym_like(word) or word == first


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
                      {"listed_village"} | ({"coordinated"} if span.label_ == "BYGD" else set()))


# --- aggregating -----------------------------------------------------------------------------

def mentions_to_place(mentions: list[Mention], year: int | None) -> Place:
    kind, name = mentions[0].key
    found = mentions[0].place
    seen = set().union(*(m.reasons for m in mentions))
    reasons = [r for r in sorted(seen) if r.startswith("fuzzy_gazetteer")] or (
        ["listed_village"] if found is None else ["exact_gazetteer"])
    reasons += [r for r in _SHOWN_REASONS if r in seen]
    if len(mentions) >= 2:
        reasons.append("mentions_2plus")
    if len(mentions) >= 4:
        reasons.append("mentions_4plus")
    reasons += [label for flag, label in _ONLY_REASONS if all(flag in m.reasons for m in mentions)]
    if isinstance(found, gz.ForeignPlace):
        reasons.append("abroad")
    elif kind in (PlaceKind.tettsted.value, PlaceKind.region.value):
        reasons.append(kind)
    if "ambiguous_word" in seen:
        reasons.append("ambiguous_word")
    if year is not None and found is not None and not gz.existed_in(found, year):
        reasons.append("not_valid_in_year")  # historic ("the former Røyken") or a misread year
    ocr = [m.unit.prov.ocr_confidence for m in mentions if m.unit.prov.ocr_confidence is not None]
    ocr_conf = mean(ocr) if ocr else None
    reasons += ocr_reason(ocr_conf)
    reasons.insert(0, f"mentions:{len(mentions)}")
    best = max(mentions, key=lambda m: len(m.reasons & {"preposition", "kommune_suffix"}))
    number = successor = None
    if isinstance(found, gz.Municipality):
        number = found.current_number
        successor = found.successor_name
    return Place(
        name=name, kind=PlaceKind(kind), kommunenummer=number, successor=successor,
        mentions=[prov_to_ref(m.unit.prov, m.sentence) for m in mentions],
        confidence=combine(PRIOR, reasons, WEIGHTS, ocr_conf), reasons=reasons,
        source=prov_to_ref(best.unit.prov, best.sentence),
    )


def _one_word_item(unit: TextUnit) -> bool:
    """A line or list item of one word and nothing else ("• Lier", "• Ørn"; not "Velkommen!"),
    not a table cell nor a heading."""
    word = unit.text.strip().lstrip(_BULLETS)
    return not unit.in_table and not unit.is_heading and word.replace("-", "").isalpha()


def listed_places(pairs: list[tuple[TextUnit, Doc]]) -> list[bool]:
    """Per unit: a bare place name in a run of one-word items that are all place names ("• Lier",
    "• Hole", "• Modum"; a first word may be their title); a run with another word among or after
    them is a list of things ("• Sel", "• Lom", "• Ørn": animals), where a name that is also a word
    stays a word."""
    bare = [is_bare_place(unit, doc) for unit, doc in pairs]
    listed = [False] * len(pairs)
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and (bare[j] or _one_word_item(pairs[j][0])):
            j += 1
        run = range(i + (not bare[i]), j)  # the first a title over the places ("Eierkommuner", a PDF heading)
        if len(run) >= 2 and all(bare[k] for k in run if _one_word_item(pairs[k][0])):
            for k in run:
                listed[k] = bare[k] and ((k > run.start and bare[k - 1]) or (k + 1 < j and bare[k + 1]))
        i = max(j, i + 1)
    return listed


def listed_tails(pairs: list[tuple[TextUnit, Doc]]) -> list[bool]:
    """Per unit: a list item ending in ", <place>" beside another that does (departments or sites
    each with its place: "• Verksted, Florø", "• Butikk, Måløy"): its tail is a listed place."""
    def ends(unit: TextUnit, doc: Doc) -> bool:
        tail = doc.text.rfind(",") + 1
        if not unit.is_list_item or tail == 0:
            return False
        spans = [s for key in ("places", "places_ambiguous") for s in doc.spans.get(key, []) if s.start_char >= tail]
        return len(spans) == 1 and doc.text[tail:].strip(" .") == spans[0].text
    tails = [ends(unit, doc) for unit, doc in pairs]
    return [t and ((i > 0 and tails[i - 1]) or (i + 1 < len(tails) and tails[i + 1])) for i, t in enumerate(tails)]


def person_surnames(docs) -> set[str]:
    """Place names the document writes as a person's surname ("Ola Bygland", "Bygland, Ola")."""
    return {span.id_ or span.text for doc in docs for key in ("places", "places_ambiguous")
            for span in doc.spans.get(key, []) if is_surname(doc, span)}


def extract_places(analysis: Analysis) -> list[Place]:
    year = analysis.report_year
    groups: dict[tuple[str, str], list[Mention]] = {}
    pairs = list(analysis.units_with_docs())
    surnames = person_surnames(doc for _, doc in pairs)
    listed = [a or b for a, b in zip(listed_places(pairs), listed_tails(pairs))]
    for i, (unit, doc) in enumerate(pairs):
        for mention in iter_unit_mentions(unit, doc, year, analysis.org_name, listed[i]):
            if {mention.key[1], mention.written} & surnames and not mention.reasons & _PLACE_SIGNS:
                continue  # "Ola Bygland ... Bygland har vært styreleder": the person, named again
            groups.setdefault(mention.key, []).append(mention)
        for mention in iter_village_mentions(unit, doc, analysis.org_name):
            groups.setdefault(mention.key, []).append(mention)
    places = [mentions_to_place(ms, year) for ms in groups.values()]
    return sorted(places, key=lambda p: (-len(p.mentions), p.name))
