"""Places in the text: the ``place_context`` pipeline component and the evidence around a place.

``place_context`` sorts the gazetteer's raw matches (``place_candidates``, from the place ruler)
by the words around them into ``doc.spans`` groups: places, places_ambiguous (a name that is
also a word, left to the field's weighing), places_in_org (inside an organisation's name, with
that name in ``orgs``) and addresses (street names, label ADRESSE, generated into
places.jsonl). ``place_evidence`` names what the words around a mention say ("i Asker",
"Asker kommune", "1383 Asker", a dateline, a first name before it) for the field to weigh.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from extractor import gazetteers, parse
from extractor.nlp import vocab
from extractor.nlp.components import PLACE_LABELS, doc_text

MIN_CAPS_LETTERS = 4  # "OS", "ÅS", "EU" in capitals: abbreviations more often than places
MIN_POST_TOWN_LETTERS = 4  # shorter post-town names are words ("Bø", "Å") far more often
_CONTEXT_BEFORE = frozenset({
    "i", "på", "fra", "frå", "til", "ved", "mot", "rundt", "utenfor", "utanfor", "innen", "innenfor", "nær",
    "mellom", "gjennom", "langs", "via", "om", "over", "for", "hele", "heile",
    # "kommunene Ski og Oppegård", nn "kommunane Sande, Herøy og Vanylven"
    "kommunene", "kommunane", "eierkommunene", "eigarkommunane", "fylkene", "fylka",
    # a branch named after where it is: "Avdeling Moss", "avdelingane Vik og Stryn"
    "avdeling", "avdelingen", "avdelinga", "avdelingene", "avdelingane", "avd.",
    # an English report's "in Mosjøen", "outside Lom" ("at" is Norwegian "that" as well)
    "in", "outside", "near", "from",
})
# Prepositions of where: a short post town ("i Son") or a place abroad ("fra Uppsala") counts
# only after one; "for", "om", "over", "mot", "med", "ved" stand before people as often.
_LOCATIVE_BEFORE = frozenset({"i", "på", "fra", "frå", "til", "utenfor", "utanfor", "nær", "rundt", "via",
                              "in", "outside", "near", "from"})
_ABROAD_BEFORE = _LOCATIVE_BEFORE - {"på", "via"}
# Lower-case words that may stand between a preposition and the place it governs.
_PLACE_QUALIFIERS = frozenset({
    "indre", "ytre", "nordre", "søndre", "øvre", "nedre", "midtre", "vestre", "austre", "østre", "nordlige",
    "sørlige", "østlige", "vestlige", "hele", "heile", "sentrale", "nye", "gamle", "store",
})
MAX_PLACE_QUALIFIERS = 2
_CONTEXT_AFTER = frozenset({"kommune", "kommunes", "kommunen", "fylke", "fylkes", "fylkeskommune",
                            "fylkeskommunes", "herred", "by", "sentrum",
                            # nn "Kvam herad"; a list closed by the plural: "Stryn, Gloppen og Luster kommunar"
                            "herad", "herads", "heradet", "kommuner", "kommunar", "kommunane", "kommunene",
                            # a council named by its place: nn "Stad kommunestyre", "Bodø bystyre"
                            "kommunestyre", "kommunestyret", "kommunestyres", "bystyre", "bystyret",
                            "heradsstyre", "heradsstyret", "formannskap", "formannskapet"})
_PLACE_KEEPING_NEXT = _CONTEXT_AFTER | {"stat"}
# Capitalised words that may stand next to a place without making it part of a name.
_NAME_NEUTRAL = _CONTEXT_BEFORE | {
    "og", "både", "dette", "det", "vi", "nye", "gamle", "hvor", "her", "der", "som", "med", "etter", "før",
    "under", "også", "men", "eller", "hos", "av", "en", "et", "ei", "ut", "inn", "kommunene", "kommunen",
    "kommunane", "fylket", "fylkene", "byen", "landet", "regionen", "nabokommunen", "nabokommunene",
    "bydelen", "distriktet", "området", "in", "the", "tilbake", "hjemme", "heime",
}
# "Lier - Hole - Modum" on a cover, "Moss/Råde/Våler", "Eiere: Moss; Råde; Våler"
_CONJUNCTIONS = frozenset({"og", "eller", "samt", ",", "-", "–", "—", "/", ";"})
_SENTENCE_END = frozenset({".", "!", "?", ":", "•", "-", "–", "|"})
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
# An area named after a place, one token: "Oslo-området", "Bergens-regionen", "Stavanger-distriktet".
_AREA_COMPOUND = re.compile(r"^(?P<name>[A-ZÆØÅ][\w.]*)-(?:området|regionen|distriktet|omlandet)$")
_AREA_WORD = re.compile(r"-(?:området|regionen|distriktet|omlandet)\b")  # a text without one has none
# The span label of a gazetteer record that a rule other than the place ruler finds.
LABEL_OF_PLACE = {gazetteers.Municipality: "KOMMUNE", gazetteers.County: "FYLKE", gazetteers.Region: "REGION",
                  gazetteers.Country: "LAND"}


@lru_cache(maxsize=1)
def ambiguous_place_words() -> dict[str, str]:
    """Place names that are also common words or surnames -> reason ("word", "surname")."""
    text = resources.files("extractor.nlp.patterns").joinpath("ambiguous_places.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {row["name"]: row["reason"] for row in rows}


def _is_town_in_district(span: Span, spans: list[Span]) -> bool:
    """A municipality told apart by where it lies ("Bø i Telemark", "Sande i Vestfold"): the
    municipality and the district are the places meant. A town whose first word is no
    municipality ("Mo i Rana", "Skei i Jølster") is a place of its own."""
    return span.label_ == "POSTSTED" and any(t.lower_ == "i" for t in span) and any(
        o.label_ == "KOMMUNE" and o.start == span.start and o.end < span.end for o in spans)


def _drop_nested(spans: list[Span]) -> list[Span]:
    """Keep the longest of overlapping place spans; a municipality inside a coordinated
    district name ("Asker og Bærum") is kept as well."""
    kept: list[Span] = []
    spans = [s for s in spans if not _is_town_in_district(s, spans)]
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        outer = next((k for k in kept if k.start <= span.start and span.end <= k.end), None)
        overlaps = any(k.start < span.end and span.start < k.end for k in kept)
        if outer is not None and outer.label_ == "REGION" and " og " in outer.text and span.label_ == "KOMMUNE":
            kept.append(span)
        elif not overlaps:
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _is_written_as_name(span: Span) -> bool:
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
        _is_capitalised_word(doc[i - 1]) or (doc[i - 1].lower_ in ("v", "c") and (i < 2 or doc[i - 2].whitespace_)))


def _is_capitalised_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _is_sentence_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space or prev.text in _SENTENCE_END or "\n" in prev.whitespace_


def _word_before(doc: Doc, i: int):
    """The nearest non-space token before index i, or None (a line break may sit between)."""
    while i > 0:
        i -= 1
        if not doc[i].is_space:
            return doc[i]
    return None


def _word_after(doc: Doc, i: int):
    while i < len(doc):
        if not doc[i].is_space:
            return doc[i]
        i += 1
    return None


def _postal_code_agrees(doc: Doc, span: Span) -> bool:
    """A postal code right before the name that the postal register gives to this name ("1383 Asker")."""
    prev = _word_before(doc, span.start)
    if prev is None or len(prev.text) != 4 or not prev.text.isdigit():
        return False
    found = gazetteers.postal_code(prev.text)
    names = {gazetteers.normalise_name(span.text), gazetteers.normalise_name(span.id_ or span.text)}
    return found is not None and gazetteers.normalise_name(found.place) in names


def _lead_word(doc: Doc, span: Span):
    """The word before a place name, looking past lower-case words that qualify the place
    ("frå heile indre Sogn", "i hele nye Asker"), so the preposition before them counts."""
    prev = _word_before(doc, span.start)
    for _ in range(MAX_PLACE_QUALIFIERS):
        if prev is None or prev.text not in _PLACE_QUALIFIERS:
            break
        before = _word_before(doc, prev.i)
        if before is None or before.lower_ not in _CONTEXT_BEFORE | _PLACE_QUALIFIERS:
            break
        prev = before
    return prev


def _is_dateline(doc: Doc, span: Span) -> bool:
    """A place then a date opening a line: a signature's dateline ("Moss, 14. februar 2024",
    "Kongsvinger 20. mars 2025", "Vik, 12.03.2024")."""
    return _is_sentence_start(doc, span.start) and bool(_DATELINE_REST.match(doc_text(doc), span.end_char))


def _district_follows(doc: Doc, span: Span) -> bool:
    """A county or district after "i"/"på" tells the municipality apart: "Bø i Telemark",
    "Vik i Sogn", "Nes på Romerike"; not after a first name ("Per Sande i Vestfold")."""
    nxt = _word_after(doc, span.end)
    if nxt is None or nxt.lower_ not in ("i", "på") or after_first_name(doc, span):
        return False
    district = _word_after(doc, nxt.i + 1)
    return district is not None and any(
        s.start == district.i and s.label_ in ("FYLKE", "REGION") for s in doc.spans.get("place_candidates", []))


def _after_place_label(doc: Doc, span: Span) -> bool:
    """ "Sted: Ås rådhus", nn "Stad: Time kulturhus": the label says a place follows."""
    colon = _word_before(doc, span.start)
    label = _word_before(doc, colon.i) if colon is not None and colon.text == ":" else None
    return label is not None and label.lower_ in _PLACE_LABELS


def _governed(doc: Doc, span: Span) -> bool:
    """A preposition or a word like "kommunene"/"avdeling" governs the name: "i Asker", "Avdeling
    Moss"; not the name of a building after it ("i Sande kyrkje")."""
    prev, nxt = _lead_word(doc, span), _word_after(doc, span.end)
    return prev is not None and prev.lower_ in _CONTEXT_BEFORE and (nxt is None or nxt.lower_ not in _INSTITUTION_AFTER)


def _after_address(doc: Doc, span: Span) -> bool:
    """The town after a street address and a comma, with no postal code: "Strandgata 4, Moss"."""
    comma = _word_before(doc, span.start)
    return comma is not None and comma.text == "," and any(
        s.label_ == "ADRESSE" and len(s) > 1 and s.end == comma.i for s in doc.spans.get("place_candidates", []))


def _has_context(doc: Doc, span: Span) -> bool:
    nxt = _word_after(doc, span.end)
    if _governed(doc, span) or _after_address(doc, span):
        return True
    if _AREA_COMPOUND.match(span.text) or _is_dateline(doc, span) or _district_follows(doc, span):
        return True
    if _after_place_label(doc, span) or (nxt is not None and nxt.lower_ in _CONTEXT_AFTER):
        return True
    return _postal_code_agrees(doc, span)


def _after(doc: Doc, span: Span, words: frozenset[str]) -> bool:
    prev = _lead_word(doc, span)
    return prev is not None and prev.lower_ in words


def _is_name_word(token) -> bool:
    """A capitalised word, also a hyphenated one whose parts are words: "KFUK-Speidere", "NMF-korps"."""
    parts = token.text.split("-")
    return token.text[:1].isupper() and len(parts) <= 3 and all(p.isalpha() for p in parts)


def _federation_following(doc: Doc, span: Span) -> Span | None:
    """A country's genitive opening an association's name in lower case: "Norges skiforbund",
    nn "Noregs mållag" (a name, not the country)."""
    after = span.end
    if span.label_ != "LAND" or not span.text.endswith("s") or after >= len(doc) or not doc[after].is_lower:
        return None
    return doc[span.start:after + 1] if vocab.is_association_word(doc[after].text) else None


def _org_following(doc: Doc, span: Span, place_starts: set[int]) -> Span | None:
    """Place + capitalised non-place words (+ legal form) on one line: "Asker Produkt AS",
    "Norges KFUK-Speidere"; a country's genitive + a lower-case association noun ("Norges
    skiforbund"). Beats a preceding "i": "Vi i Asker Produkt" is about the company."""
    after = span.end
    if after < len(doc) and doc[after - 1].whitespace_ == " " and (federation := _federation_following(doc, span)):
        return federation
    if after >= len(doc) or doc[after - 1].whitespace_ != " " or not _is_name_word(doc[after]):
        return None
    if doc[after].lower_ in _PLACE_KEEPING_NEXT or doc[after].lower_ in _NAME_NEUTRAL or after in place_starts:
        return None
    end = after + 1
    while (
        end < len(doc)
        and doc[end - 1].whitespace_ == " "
        and (_is_capitalised_word(doc[end]) or doc[end].text in vocab.legal_forms())
        and end not in place_starts
    ):
        end += 1
    return doc[span.start:end]


def _org_preceding(doc: Doc, span: Span, place_ends: set[int]) -> Span | None:
    """Capitalised non-place word + place on one line: "Specsavers Norge", "NAV Asker", also
    at the start of a sentence ("Nav Asker har kurs"); not "Både Asker", "Per Sande", "Oslo Asker"."""
    before = span.start - 1
    if before < 0 or doc[before].whitespace_ != " " or not _is_capitalised_word(doc[before]):
        return None
    prev = doc[before]
    if prev.lower_ in _NAME_NEUTRAL or gazetteers.is_first_name(prev.text) or span.start in place_ends:
        return None
    return doc[before:span.end]


def after_first_name(doc: Doc, span: Span) -> bool:
    """ "Per Sande": a capitalised first name right before, so likely a surname."""
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and _is_capitalised_word(prev) and gazetteers.is_first_name(prev.text)


def before_first_name(doc: Doc, span: Span) -> bool:
    """ "Sande, Per": a comma and a first name right after, surname first as in a register; not
    a place that is also a first name in a list ("Sande, Flora og Eid")."""
    comma = _word_after(doc, span.end)
    name = _word_after(doc, comma.i + 1) if comma is not None and comma.text == "," else None
    return (name is not None and _is_capitalised_word(name) and gazetteers.is_first_name(name.text)
            and not any(s.start == name.i for s in doc.spans.get("place_candidates", [])))


def is_surname(doc: Doc, span: Span) -> bool:
    """Written as a person's surname: "Per Sande", "Sande, Per"."""
    return after_first_name(doc, span) or before_first_name(doc, span)


def classify_place(doc: Doc, span: Span, place_starts: set[int], place_ends: set[int]) -> tuple[str, Span | None]:
    """Which group a place-name match belongs to: ("places_in_org", the ORG span), ("places", None)
    or ("places_ambiguous", None). ``place_starts``/``place_ends``: token bounds of the other matches."""
    context = _has_context(doc, span)
    org = _org_following(doc, span, place_starts) or (None if context else _org_preceding(doc, span, place_ends))
    if org is not None:
        return "places_in_org", org
    name = span.id_ or span.text
    if span.label_ == "UTLAND":  # a city or state abroad: many are surnames or words here
        return ("places", None) if _after(doc, span, _ABROAD_BEFORE) else ("places_ambiguous", None)
    if span.label_ == "POSTSTED" and not _postal_code_agrees(doc, span):
        if gazetteers.is_first_name(name):
            return "places_ambiguous", None
        if sum(ch.isalpha() for ch in name) < MIN_POST_TOWN_LETTERS:  # "i Son" yes, "Son" no
            return ("places", None) if _after(doc, span, _LOCATIVE_BEFORE) else ("places_ambiguous", None)
    if context:
        return "places", None
    if span.label_ == "POSTSTED" or name in ambiguous_place_words() or is_surname(doc, span):
        return "places_ambiguous", None
    if gazetteers.is_first_name(name) and _is_sentence_start(doc, span.start):
        return "places_ambiguous", None
    return "places", None


@Language.component(
    "place_context",
    requires=["doc.spans"],
    assigns=["doc.spans"],  # keys places, places_ambiguous, places_in_org, orgs, addresses
)
def place_context(doc: Doc) -> Doc:
    """Sort raw gazetteer matches (``place_candidates``) by the evidence around them."""
    area = list(_area_compounds(doc))
    if area:
        doc.spans["place_candidates"] = SpanGroup(doc, name="place_candidates",
                                                  spans=[*doc.spans.get("place_candidates", []), *area])
    raw = doc.spans.get("place_candidates", [])
    addresses = filter_spans([s for s in raw if s.label_ == "ADRESSE"])
    candidates = _drop_nested([s for s in raw if s.label_ in PLACE_LABELS and _is_written_as_name(s)])
    place_starts = {s.start for s in candidates}
    place_ends = {s.end for s in candidates}
    groups: dict[str, list[Span]] = {"places": [], "places_ambiguous": [], "places_in_org": [], "orgs": []}
    for span in candidates:
        group, org = classify_place(doc, span, place_starts, place_ends)
        groups[group].append(span)
        if org is not None:
            groups["orgs"].append(Span(doc, org.start, org.end, label="ORG"))
    groups["orgs"] = _dedupe(groups["orgs"])
    groups["addresses"] = addresses
    for key, spans in groups.items():
        doc.spans[key] = SpanGroup(doc, name=key, spans=spans)
    return doc


def _area_compounds(doc: Doc):
    """ "Oslo-området", "Bergens-regionen" as one token: a span on it naming the place."""
    if not _AREA_WORD.search(doc_text(doc)):
        return  # most texts: no token to look at
    for token in doc:
        match = _AREA_COMPOUND.match(token.text) if "-" in token.text else None
        if match is None:
            continue
        name = match["name"]
        for candidate in (name, name[:-1]) if name.endswith("s") else (name,):
            found = gazetteers.place(candidate)
            label = LABEL_OF_PLACE.get(type(found))
            if label is not None:
                yield Span(doc, token.i, token.i + 1, label=label, span_id=found.name)
                break


def _dedupe(spans: list[Span]) -> list[Span]:
    seen, out = set(), []
    for span in spans:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            out.append(span)
    return out


def _coordinated(doc: Doc, span: Span) -> bool:
    """Another place name right before or after, joined by "og", "eller", "samt" or a comma.
    Beside a place abroad only a Norwegian place, a country or a place abroad after a
    preposition of place counts: "Jackson og Lincoln" may be two people."""
    others = [s for s in doc.spans.get("place_candidates", []) if s.label_ in PLACE_LABELS and _is_written_as_name(s)
              and (span.label_ != "UTLAND" or s.label_ != "UTLAND" or _after(doc, s, _ABROAD_BEFORE))]
    ends, starts = {s.end for s in others}, {s.start for s in others}
    conj = _word_before(doc, span.start)
    if conj is not None and conj.lower_ in _CONJUNCTIONS:
        other = _word_before(doc, conj.i)
        if other is not None and other.i + 1 in ends:
            return True
    conj = _word_after(doc, span.end)
    if conj is not None and conj.lower_ in _CONJUNCTIONS:
        other = _word_after(doc, conj.i + 1)
        if other is not None and other.i in starts:
            return True
    return False


def place_evidence(span: Span) -> frozenset[str]:
    """What the words around a place mention say, as names the field extractor weighs:
    preposition ("i Asker", "kommunene Asker og Bærum"), kommune_suffix ("Asker kommune", nn "Kvam
    herad", "Oslo-området", "Bø i Telemark"), postal_code ("1383 Asker"), coordinated ("Asker og
    Bærum", "Lier - Hole"), dateline ("Moss, 14. februar 2024"), place_label ("Sted: Moss"),
    after_address ("Strandgata 4, Moss"),
    sentence_start, genitive ("Askers"), all_caps ("ASKER"),
    first_name (also a first name), after_first_name ("Per Sande": likely a surname),
    before_first_name ("Sande, Per": a surname first),
    ambiguous_word (also a common word or surname)."""
    doc, name = span.doc, span.id_ or span.text
    prev, nxt = _lead_word(doc, span), _word_after(doc, span.end)
    found = set()
    if _governed(doc, span):
        found.add("preposition")
    if _after_address(doc, span):
        found.add("after_address")
    if nxt is not None and nxt.lower_ in _CONTEXT_AFTER:
        found.add("kommune_suffix")
    if _postal_code_agrees(doc, span):
        found.add("postal_code")
    if _AREA_COMPOUND.match(span.text) or _district_follows(doc, span):
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
