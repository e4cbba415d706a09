"""Places in the text: the ``place_context`` pipeline component.

``place_context`` sorts the gazetteer's raw matches (``place_candidates``, from the place ruler)
by the words around them (``place_evidence``) into ``doc.spans`` groups: places,
places_ambiguous (a name that is also a word, left to the field's weighing), places_in_org
(inside an organisation's name, with that name in ``orgs``), villages (names the registers lack,
listed with a known place after a preposition of where: "i Tveit, Kveldsvik og Stormyra") and
addresses (street names, label ADRESSE, generated into places.jsonl).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from extractor import gazetteers
from extractor.nlp import vocab
from extractor.nlp.components import PLACE_LABELS, doc_text
from extractor.nlp.locative_list import locative_list
from extractor.nlp.place_compounds import area_compounds, district_parts, iter_area_compounds
from extractor.nlp.place_evidence import (after_word_in, ambiguous_place_words, has_context, is_surname,
                                          is_written_as_name, placed_as_village, postal_code_agrees)
from extractor.nlp.place_words import (ABROAD_BEFORE, AGENCY_OFFICE, CONTEXT_AFTER, CONTEXT_BEFORE,
                                       LOCATIVE_BEFORE, is_capitalised_word, is_qualifier, is_sentence_start)

MIN_POST_TOWN_LETTERS = 4  # shorter post-town names are words ("Bø", "Å") far more often
MIN_VILLAGE_LETTERS = 4  # a village no register has: a short capitalised word is more often an abbreviation
_PLACE_KEEPING_NEXT = CONTEXT_AFTER | {"stat"}
# Capitalised words that may stand next to a place without making it part of a name.
_NAME_NEUTRAL = CONTEXT_BEFORE | {
    "og", "både", "dette", "det", "vi", "nye", "gamle", "hvor", "her", "der", "som", "med", "etter", "før",
    "under", "også", "men", "eller", "hos", "av", "en", "et", "ei", "ut", "inn", "kommunene", "kommunen",
    "kommunane", "fylket", "fylkene", "byen", "landet", "regionen", "nabokommunen", "nabokommunene",
    "bydelen", "distriktet", "området", "in", "the", "tilbake", "hjemme", "heime",
}
# Where people meet or read without a place: "på Teams og i Drammen" lists no village.
_PLATFORMS = frozenset({"teams", "zoom", "skype", "facebook", "instagram", "messenger", "snapchat", "tiktok",
                        "youtube", "linkedin", "twitter", "internett", "nett", "nettet", "vipps", "spond"})
# Words of a clause, not of a name's nouns: "flyttet til Bergen med familien AS ..."
_NOT_IN_NAME = frozenset({"med", "i", "til", "på", "for", "fra", "frå", "av", "hos", "ved", "er", "var", "har"})
# Words that may follow a village's name in a clause ("på Vormstad var åpent", "på X i Y", "på X den",
# "på X en vintermorgen"): the words of a clause above but "på", and more.
_CLAUSE_WORDS = _NOT_IN_NAME - {"på"} | frozenset({
    "og", "en", "ei", "et", "ein", "eit", "eller", "hadde", "vart", "blei", "ble", "der", "som", "den", "det", "dei",
    "de", "hver", "kvar", "kl", "sammen", "saman", "samt", "om", "etter", "før", "under", "fram", "frem"})
_KOMMUNE_WORDS = frozenset({"kommune", "herad"})  # "i X i Stord kommune": X placed in the municipality
# A savings bank named after the region it serves ("Sparebanken Sogn og Fjordane", "SpareBank 1
# Nord-Norge", "Sparebank1 Østlandet"): the region is the bank's name, not a place the text refers to.
_BANK_WORDS = frozenset({"sparebank", "sparebanken", "sparebanka", "sparebank1"})


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


MAX_LOWER_NAME_WORDS = 3  # "Telemark kommunerevisjon IKS", "Rogaland brann og redning IKS"


def _lower_words_to_form(doc: Doc, start: int) -> int | None:
    """The end of a name whose lower-case nouns after a place run into its legal form on one line
    ("Telemark kommunerevisjon IKS"): the form's token end, or None."""
    end = start
    while end < len(doc) and end - start <= MAX_LOWER_NAME_WORDS and "\n" not in doc[end - 1].whitespace_:
        tok = doc[end]
        if tok.text in vocab.legal_forms() and end > start:
            return end + 1
        if not (tok.is_lower and tok.is_alpha) and tok.text != "-" or tok.lower_ in _NOT_IN_NAME:
            return None
        end += 1
    return None


def _org_following(doc: Doc, span: Span, place_starts: set[int]) -> Span | None:
    """Place + capitalised non-place words (+ legal form) on one line: "Asker Produkt AS",
    "Norges KFUK-Speidere"; a country's genitive + a lower-case association noun ("Norges
    skiforbund"). Beats a preceding "i": "Vi i Asker Produkt" is about the company."""
    after = span.end
    if after < len(doc) and doc[after - 1].whitespace_ == " " and (federation := _federation_following(doc, span)):
        return federation
    if after < len(doc) and doc[after - 1].whitespace_ == " " and doc[after].lower_ not in _PLACE_KEEPING_NEXT \
            and (formed := _lower_words_to_form(doc, after)):
        return doc[span.start:formed]
    if after >= len(doc) or doc[after - 1].whitespace_ != " " or not _is_name_word(doc[after]):
        return None
    if doc[after].lower_ in _PLACE_KEEPING_NEXT or doc[after].lower_ in _NAME_NEUTRAL or after in place_starts:
        return None
    end = after + 1
    while (
        end < len(doc)
        and doc[end - 1].whitespace_ == " "
        and (is_capitalised_word(doc[end]) or doc[end].text in vocab.legal_forms())
        and end not in place_starts
    ):
        end += 1
    return doc[span.start:end]


def _org_preceding(doc: Doc, span: Span, place_ends: set[int]) -> Span | None:
    """Capitalised non-place word + place on one line: "Specsavers Norge", "NAV Asker", also
    at the start of a sentence ("Nav Asker har kurs"); not "Både Asker", "Per Sande", "Oslo Asker",
    but a place after a place that follows a first name ("Marius Dale Kvam": a person's names), nor the
    short form of a post town the register writes with its district ("Sunde" of "Sunde i Sunnhordland"),
    a surname as often as a place ("Lodvar Sunde": a person's names)."""
    before = span.start - 1
    if before < 0 or doc[before].whitespace_ != " " or not is_capitalised_word(doc[before]):
        return None
    if span.label_ == "POSTSTED" and gazetteers.is_post_town_head(span.text):
        return None
    prev = doc[before]
    named = before >= 1 and is_capitalised_word(doc[before - 1]) and gazetteers.is_first_name(doc[before - 1].text)
    if prev.lower_ in _NAME_NEUTRAL or gazetteers.is_first_name(prev.text) or span.start in place_ends and not named:
        return None
    return doc[before:span.end]


def _bank_preceding(doc: Doc, span: Span) -> Span | None:
    """A savings bank's name ending in the place ("Sparebanken Vest", "SpareBank 1 Nord-Norge")."""
    start = span.start - 1
    if start >= 1 and doc[start].text == "1":
        start -= 1
    return doc[start:span.end] if start >= 0 and doc[start].lower_ in _BANK_WORDS else None


def is_county_branch(span: Span, org: Span) -> bool:
    """A body named by the county it serves ("NAV Vestfold", "Pensjonistforbundet Vestfold",
    "Rogaland Ungdomslag": the county and one member body's noun): a county office or branch, so
    the text refers to the county as well; a municipality or town beside a word ("Nav Asker",
    "Specsavers Norge") stays a name only."""
    if span.label_ != "FYLKE" or org[0].lower_ in _BANK_WORDS:
        return False
    if org.end == span.end and org.start < span.start:
        return True
    return org.start == span.start and org.end == span.end + 1 and vocab.is_association_word(org[-1].text)


def is_agency_office(span: Span, org: Span) -> bool:
    """A public agency's local office named by the municipality or town it serves ("NAV Lindesnes",
    "Aetat Elverum"): the text refers to the place as well, as to a county office's county."""
    return span.label_ in ("KOMMUNE", "POSTSTED") and org.end == span.end and org.start == span.start - 1 \
        and org[0].lower_ in AGENCY_OFFICE


def classify_place(doc: Doc, span: Span, place_starts: set[int], place_ends: set[int]) -> tuple[str, Span | None]:
    """Which group a place-name match belongs to: ("places_in_org", the ORG span), ("places", None)
    or ("places_ambiguous", None). ``place_starts``/``place_ends``: token bounds of the other matches."""
    context = has_context(doc, span)
    org = _org_following(doc, span, place_starts) or _bank_preceding(doc, span) \
        or (None if context else _org_preceding(doc, span, place_ends))
    if org is not None:
        return "places_in_org", org
    name = span.id_ or span.text
    if span.label_ == "UTLAND":  # a city or state abroad: many are surnames or words here
        # ... unless a preposition governs it or a word names it a place ("Strömsund kommune i Sverige")
        named = (nxt := doc[span.end] if span.end < len(doc) else None) is not None and nxt.lower_ in CONTEXT_AFTER
        return ("places", None) if named or after_word_in(doc, span, ABROAD_BEFORE) else ("places_ambiguous", None)
    if span.label_ == "POSTSTED" and not postal_code_agrees(doc, span):
        if gazetteers.is_first_name(name):  # "Lena" the person, but "ligger på Lena", "arbeidsplass på Lena" the town
            placed = span.start >= 1 and (placed_by_verb(doc, span.start - 1) or placed_by_noun(doc, span.start - 1)) \
                or placed_as_village(doc, span)
            return ("places", None) if placed else ("places_ambiguous", None)
        if sum(ch.isalpha() for ch in name) < MIN_POST_TOWN_LETTERS:  # "i Son" yes, "Son" no
            return ("places", None) if after_word_in(doc, span, LOCATIVE_BEFORE) else ("places_ambiguous", None)
    if context:
        return "places", None
    if span.label_ == "POSTSTED" or name in ambiguous_place_words() or is_surname(doc, span):
        return "places_ambiguous", None
    if gazetteers.is_first_name(name) and is_sentence_start(doc, span.start):
        return "places_ambiguous", None
    return "places", None


@Language.component(
    "place_context",
    requires=["doc.spans"],
    assigns=["doc.spans"],  # keys places, places_ambiguous, places_in_org, orgs, villages, addresses
)
def place_context(doc: Doc) -> Doc:
    """Sort raw gazetteer matches (``place_candidates``) by the evidence around them."""
    area = [*area_compounds(doc), *district_parts(doc)]
    if area:
        doc.spans["place_candidates"] = SpanGroup(doc, name="place_candidates",
                                                  spans=[*doc.spans.get("place_candidates", []), *area])
    raw = doc.spans.get("place_candidates", [])
    addresses = filter_spans([s for s in raw if s.label_ == "ADRESSE"])
    candidates = _drop_nested([s for s in raw if s.label_ in PLACE_LABELS and is_written_as_name(s)])
    place_starts = {s.start for s in candidates}
    place_ends = {s.end for s in candidates}
    groups: dict[str, list[Span]] = {"places": [], "places_ambiguous": [], "places_in_org": [], "orgs": []}
    for span in candidates:
        group, org = classify_place(doc, span, place_starts, place_ends)
        groups[group].append(span)
        if org is not None:
            groups["orgs"].append(Span(doc, org.start, org.end, label="ORG"))
            if is_county_branch(span, org) or is_agency_office(span, org):
                groups["places"].append(span)
    groups["orgs"] = _dedupe(groups["orgs"])
    covered = {i for s in candidates for i in range(s.start, s.end)}  # tokens a gazetteer name holds
    groups["villages"] = _dedupe([*_iter_villages(doc, groups["places"], covered),
                                  *_iter_placed_villages(doc, candidates, covered),
                                  *_unknown_area_compounds(doc, covered)])
    groups["addresses"] = addresses
    for key, spans in groups.items():
        doc.spans[key] = SpanGroup(doc, name=key, spans=spans)
    return doc


def _iter_villages(doc: Doc, places: list[Span], covered: set[int]):
    """The words no register has in a list after a preposition of where with a known place among
    its items ("i Tveit, Kveldsvik og Stormyra": Kveldsvik, Stormyra): villages and bygder, as
    doubts for the field. Not a first name ("i Moss, Per og Kari"), an organisation's word or a
    word the rules know as no place."""
    for span in places:
        found = locative_list(doc, span)
        if found is None:
            continue
        for start, end in found[1]:
            token = doc[end - 1]  # "Nedre Sigdal": a qualifier and a name, the lower part of a place
            if _placed_in(doc, end, covered) and not _own_preposition(doc, start):
                continue  # "i Hardanger og Ryfylkedagane i Sand": a thing held in a place, not a village
            if end - start != 1 + is_qualifier(doc[start]) or start in covered or not _unknown_word(token.text):
                continue
            yield Span(doc, start, end, label="BYGD")


def _iter_placed_villages(doc: Doc, candidates: list[Span], covered: set[int]):
    """Single words no register has that the text itself places: after "på" (or "ved", a venue's),
    where a venue or a building stands ("grendehuset på Lauvhaugen", "en ny hall på Lista",
    "bygdetunet ved Tyrifjorden", label STED); after "på"
    or "i", with their municipality ("på Storhamna i Bodø", "i Leirvik i Stord kommune", label
    STED_I, which the field keeps only for a word shaped as a place name): villages, as doubts
    for the field. Not a name's first word ("på Storelva stadion")."""
    text = doc_text(doc).lower()
    if "på" not in text and "ved" not in text and not any(word in text for word in _KOMMUNE_WORDS):
        return  # most texts: no token to look at
    kommune_ends = {s.start: s.end for s in candidates if s.label_ == "KOMMUNE"}
    for token in doc[1:]:
        i, on, by = token.i, doc[token.i - 1].lower_ == "på", doc[token.i - 1].lower_ == "ved"
        if by and i >= 2 and vocab.is_venue_word(doc[i - 2].text) and _village_word(token, covered) \
                and _ends_name(doc, i + 1):
            yield Span(doc, i, i + 1, label="STED")  # "bygdetunet ved Tyrifjorden": where the venue stands
            continue
        if not on and doc[i - 1].lower_ != "i" or not _village_word(token, covered) or not _ends_name(doc, i + 1):
            continue
        if on and i >= 2 and (vocab.is_venue_word(doc[i - 2].text)
                              or (vocab.is_premises_word(doc[i - 2].text) or premises_placed(doc, i - 1)
                                  and not (i + 1 < len(doc) and doc[i + 1].like_num))  # "ligg på Flisneset 9": a street
                              and gazetteers.toponym_like(token.text)):
            yield Span(doc, i, i + 1, label="STED")
        elif i + 2 < len(doc) and doc[i + 1].lower_ == "i" and i + 2 in kommune_ends \
                and (on or kommune_ends[i + 2] < len(doc) and doc[kommune_ends[i + 2]].lower_ in _KOMMUNE_WORDS):
            yield Span(doc, i, i + 1, label="STED_I")  # after "i" only with "kommune": "i Posten i Bodø" is none


def placed_by_verb(doc: Doc, on: int) -> bool:
    """Whether the "på" at token ``on`` follows a verb that places the subject ("Verkstedet ligger
    på", nn "Vi held til på", "er lokalisert på"): what follows is where it is."""
    return _placing_verb(doc, on) is not None


def placed_by_noun(doc: Doc, on: int) -> bool:
    """Whether the "på" at token ``on`` follows a workplace's or a gathering's noun ("en arbeidsplass
    på", "Dugnaden på"): what follows is where it is."""
    return on >= 1 and doc[on].lower_ == "på" and vocab.is_placing_noun(doc[on - 1].text)


PLACED_SUBJECT_WORDS = 3  # words between a premises' noun and its placing verb ("Verkstedet vårt ligger")


def premises_placed(doc: Doc, on: int) -> bool:
    """Whether the "på" at token ``on`` follows a placing verb whose subject is a workplace's
    premises ("Snekkarverkstaden ligg på", "Kontoret vårt held til på"): what follows is where
    they stand, a village when the registers lack it."""
    verb = _placing_verb(doc, on)
    return verb is not None and any(vocab.is_placed_subject(t.text)
                                    for t in doc[max(0, on - verb - PLACED_SUBJECT_WORDS):on - verb])


def _placing_verb(doc: Doc, on: int) -> int | None:
    """The length in words of the placing verb right before the "på" at ``on`` (None: none)."""
    if doc[on].lower_ != "på":
        return None
    return next((len(v) for v in vocab.placing_verbs() if on >= len(v)
                 and tuple(t.lower_ for t in doc[on - len(v):on]) == v), None)


def _ends_name(doc: Doc, i: int) -> bool:
    """Whether the name before token ``i`` ends there: at a stop, a comma or a word of the clause
    ("på Lauvhaugen den første tirsdagen"), not at a noun or a capitalised word that goes on with it."""
    if i >= len(doc) or not doc[i].is_alpha:
        return True
    return doc[i].is_lower and doc[i].lower_ in _CLAUSE_WORDS


def _unknown_area_compounds(doc: Doc, covered: set[int]):
    """ "Raudbergfjell-området" of a name no register has: the text names an area (label STED,
    the name as the span's id)."""
    for token, name in iter_area_compounds(doc):
        if token.i not in covered and _village_name(name):
            yield Span(doc, token.i, token.i + 1, label="STED", span_id=name)


def _village_word(token, covered: set[int]) -> bool:
    return token.i not in covered and is_capitalised_word(token) and _village_name(token.text)


def _village_name(name: str) -> bool:
    """A name a village may have: an unknown word (``_unknown_word``) of letters, not a venue
    ("Fiskarheimen") or a street."""
    return (_unknown_word(name) and name.isalpha() and not vocab.is_venue_word(name)
            and not name.casefold().endswith(vocab.street_endings()[0]))


def _unknown_word(name: str) -> bool:
    """A word that may be a village no register has: long enough, not a first name, a word the
    rules know as no place, an organisation's word or a legal form."""
    return (len(name) >= MIN_VILLAGE_LETTERS and not gazetteers.is_first_name(name)
            and name.casefold() not in _NAME_NEUTRAL | _PLATFORMS
            and not vocab.is_org_kind_word(name, 3) and name not in vocab.legal_forms())


def _own_preposition(doc: Doc, start: int) -> bool:
    """A preposition of where right before the item: "og på Dale i Fjaler" is a village named
    with its municipality, as a thing held somewhere ("og Ryfylkedagane i Sand") is not."""
    return start > 0 and doc[start - 1].lower_ in LOCATIVE_BEFORE


def _placed_in(doc: Doc, end: int, covered: set[int]) -> bool:
    """Whether a preposition of where and a known place follow the item ending at ``end``."""
    return end + 1 < len(doc) and doc[end].lower_ in LOCATIVE_BEFORE and end + 1 in covered


def _dedupe(spans: list[Span]) -> list[Span]:
    seen, out = set(), []
    for span in spans:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            out.append(span)
    return out
