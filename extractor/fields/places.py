"""Places the text refers to: municipalities, counties, regions, countries, towns, cities and
US states abroad, each with its mentions. A street is no place (EVAL.md: municipality, county,
region, town, country): ``doc.spans["addresses"]`` only keep street names from being read as
places ("Drammensveien" is no Drammen); the organisation's address is ``contacts``'.

Mentions come from the spaCy pipeline (``extractor.nlp``): ``doc.spans["places"]`` are taken,
``places_ambiguous`` (a name that is also a word, a surname after a first name, a post town
without a preposition) only with evidence that it is used as a place, a neighbouring place or a
place-column header; ``places_in_org``/``orgs`` ("Asker Produkt", "Nav Asker") are names, not
mentions (read unit by unit in ``place_mentions``). The words around a mention come as
``span._.place_evidence``. Only in OCR'd text are capitalised words the rules did not match tried
against the gazetteers by similarity, since OCR garbles names ("Bærurn"). Confidence grows with
the number of mentions and their context.
"""
from __future__ import annotations

from statistics import mean

from spacy.tokens import Doc

from extractor import gazetteers as gz
from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.context import Analysis, TextUnit
from extractor.fields.place_mentions import PLACE_SIGNS, Mention, iter_unit_mentions, iter_village_mentions
from extractor.nlp.place_evidence import is_surname
from schemas.fields import Place, PlaceKind

PRIOR = 0.5
WEIGHTS = {
    "exact_gazetteer": 0.6,  # the name is spelt as in the register
    "fuzzy_gazetteer": -1.2,  # OCR-garbled spelling matched by similarity: may be another word
    "mentions_2plus": 0.7,  # a place named twice is seldom an accident of capitalisation
    "mentions_4plus": 0.5,  # ... and four times even less
    "preposition": 0.9,  # "i Asker", "fra Bærum": used as a place
    "institution_name": 0.3,  # "på Lunde skole": a school or church named after where it stands
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
    "published_in_only": -2.0,  # named only as a newspaper announcing something ("kunngjort i Sunnhordland"): a doubt
    "audit_standard_only": -2.0,  # named only as the country of the auditor's standards: a doubt (REVIEW_DOUBTS)
    "figure_rows_only": -2.0,  # named only in a statement line's label ("Tilskudd Vestland fylkeskommune | 180 000"):
    # a payer or a grant, which readers count as a place or not
    "postal_code": 1.0,  # "3510 Hønefoss": the code and the town agree in the postal register
    "dateline": 0.9,  # "Moss, 14. februar 2024": where a signature was made
    "place_label": 0.9,  # "Sted: Ås rådhus": a label says a place follows
    "after_address": 0.9,  # "Strandgata 4, Moss": the town of a street address
    "home_place": 0.9,  # "Kari Dahl, Hafslo (leiar)": where a listed person lives
    "place_column": 1.0,  # a table cell under a "Kommune"/"Sted"/"Land" header
    "first_name": -0.8,  # also a first name: the mention may be a person
    "tettsted": -0.7,  # a post town: many post-town names are farm names or words
    "region": -0.2,  # informal regions have loose names ("Land", "Lister")
    "abroad": -0.3,  # a city or state abroad: counted only after "i"/"fra", but many are surnames
    "ambiguous_word": -0.8,  # also a common word; kept only with context
    "listed_village": -1.6,  # in no register, named beside a known place after "i": a village or a farm's name
    "ocr_conf": 0.0,  # recorded; the OCR term of `combine` moves the number
}
# Doubts that send a place to review whatever the fit says (``calibrate.REVIEW_DOUBTS``): a street
# address (its kind, a reason of its own: the contract lists towns, municipalities, counties), a
# country named only by the auditor's standards and a district named only as a newspaper's ("kunngjort i X").
REVIEW_DOUBTS = (PlaceKind.adresse.value, "audit_standard_only", "published_in_only")

_BULLETS = "•·▪●◦*–- \t"  # a list item's mark, where the text keeps it (a PDF)
_SHOWN_REASONS = ("preposition", "institution_name", "kommune_suffix", "coordinated", "postal_code", "place_column",
                  "dateline", "place_label", "after_address", "home_place", "first_name")
_ONLY_REASONS = (("sentence_start", "sentence_start_only"), ("genitive", "genitive_only"),
                 ("all_caps", "all_caps_only"), ("quoted", "quoted_only"), ("figure_row", "figure_rows_only"),
                 ("county_body", "county_body_only"), ("audit_standard", "audit_standard_only"),
                 ("published_in", "published_in_only"),
                 ("english_name", "english_name_only"))


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


# --- lists of place names -------------------------------------------------------------------

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
            if {mention.key[1], mention.written} & surnames and not mention.reasons & PLACE_SIGNS:
                continue  # "Ola Bygland ... Bygland har vært styreleder": the person, named again
            groups.setdefault(mention.key, []).append(mention)
        for mention in iter_village_mentions(unit, doc, analysis.org_name):
            groups.setdefault(mention.key, []).append(mention)
    places = [mentions_to_place(ms, year) for ms in groups.values() if not _office_of_another_year(ms, year)]
    return sorted(places, key=lambda p: (-len(p.mentions), p.name))


def _office_of_another_year(mentions: list[Mention], year: int | None) -> bool:
    """Named only in an agency office's name ("NAV Sunnfjord") and not a place in the report's year:
    the office's later name, not a place the report refers to."""
    found = mentions[0].place
    return year is not None and found is not None and not gz.existed_in(found, year) \
        and all("agency_office" in m.reasons for m in mentions)
