"""The evidence around a place mention: what the words beside it say ("i Asker", "Asker kommune",
"1383 Asker", a dateline, "Asker og Bærum", a first name before it), as ``span._.place_evidence``
for the field to weigh, and the tests ``place_spans`` sorts the gazetteer's matches by.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from extractor import gazetteers, parse
from extractor.nlp.components import PLACE_LABELS, doc_text

MIN_CAPS_LETTERS = 4  # "OS", "ÅS", "EU" in capitals: abbreviations more often than places
CONTEXT_BEFORE = frozenset({
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
LOCATIVE_BEFORE = frozenset({"i", "på", "fra", "frå", "til", "utenfor", "utanfor", "nær", "rundt", "via",
                              "in", "outside", "near", "from"})
ABROAD_BEFORE = LOCATIVE_BEFORE - {"på", "via"}
# Lower-case words that may stand between a preposition and the place it governs.
_PLACE_QUALIFIERS = frozenset({
    "indre", "ytre", "nordre", "søndre", "øvre", "nedre", "midtre", "vestre", "austre", "østre", "nordlige",
    "sørlige", "østlige", "vestlige", "hele", "heile", "sentrale", "nye", "gamle", "store",
})
MAX_PLACE_QUALIFIERS = 2
CONTEXT_AFTER = frozenset({"kommune", "kommunes", "kommunen", "fylke", "fylkes", "fylkeskommune",
                            "fylkeskommunes", "herred", "by", "sentrum",
                            # nn "Kvam herad"; a list closed by the plural: "Stryn, Gloppen og Luster kommunar"
                            "herad", "herads", "heradet", "kommuner", "kommunar", "kommunane", "kommunene",
                            # a council named by its place: nn "Stad kommunestyre", "Bodø bystyre"
                            "kommunestyre", "kommunestyret", "kommunestyres", "bystyre", "bystyret",
                            "heradsstyre", "heradsstyret", "formannskap", "formannskapet"})
# The county's administration ("Akershus fylkeskommune"): a body, often a grant's payer, which
# readers count as naming the county or not (the held-out gold goes both ways).
COUNTY_BODY = frozenset({"fylkeskommune", "fylkeskommunes", "fylkeskommunen", "fylkeskommunens"})
# "Lier - Hole - Modum" on a cover, "Moss/Råde/Våler", "Eiere: Moss; Råde; Våler"; an English
# report's "Austevoll and Florø"
_CONJUNCTIONS = frozenset({"og", "eller", "samt", ",", "-", "–", "—", "/", ";", "and"})
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
AREA_COMPOUND = re.compile(r"^(?P<name>[A-ZÆØÅ][\w.]*)-(?:området|regionen|distriktet|omlandet)$")


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


def is_capitalised_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def is_sentence_start(doc: Doc, i: int) -> bool:
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


def postal_code_agrees(doc: Doc, span: Span) -> bool:
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
        if before is None or before.lower_ not in CONTEXT_BEFORE | _PLACE_QUALIFIERS:
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
    Moss", "deler av Asker" (``_part_of``); not the name of a building after it ("i Sande kyrkje")."""
    prev, nxt = _lead_word(doc, span), _word_after(doc, span.end)
    return prev is not None and (prev.lower_ in CONTEXT_BEFORE or _part_of(doc, prev)) \
        and (nxt is None or nxt.lower_ not in _INSTITUTION_AFTER)


# A part of an area before "av": "deler av Asker", nn "delar av Eid", "resten av Sogn".
_PARTS = frozenset({"del", "deler", "delar", "delen", "delene", "delane", "resten", "mesteparten", "størstedelen",
                    "storparten"})


def _part_of(doc: Doc, prev) -> bool:
    """``prev`` is the "av" of a part of an area ("deler av", "resten av")."""
    before = _word_before(doc, prev.i) if prev.lower_ == "av" else None
    return before is not None and before.lower_ in _PARTS


def _listed_after_preposition(doc: Doc, span: Span) -> bool:
    """An item of a list that a preposition of where heads ("i Kveldsvik, Stormyra og Vinstra"):
    context enough for a post town, but no more evidence than being listed beside a place (a
    wrong item in such a list must not gain the preposition's weight)."""
    nxt = _word_after(doc, span.end)
    return (nxt is None or nxt.lower_ not in _INSTITUTION_AFTER) and locative_list(doc, span) is not None


MAX_LIST_ITEMS = 6
_LAST_JOINS = frozenset({"og", "eller", "and", "or"})  # before a list's last item
_LIST_JOINS = _LAST_JOINS | {","}


def _item_at(doc: Doc, i: int, matches: list[Span], forward: bool) -> tuple[int, int] | None:
    """The list item whose first (``forward``) or last token is ``i``: a place match, or one
    capitalised word (a village the registers lack), either after a capitalised qualifier
    ("Nedre Sigdal", "Øvre Vang": the lower part of a place is a place of its own)."""
    if forward and is_qualifier(doc[i]):
        after = _item_at(doc, i + 1, matches, True) if i + 1 < len(doc) else None
        return (i, after[1]) if after is not None and after[0] == i + 1 else None
    item = None
    for s in matches:
        if (s.start if forward else s.end - 1) == i:
            item = s.start, s.end
            break
    token = doc[i]
    if item is None and is_capitalised_word(token) and not token.is_upper:
        item = i, i + 1
    if item is not None and not forward and item[0] > 0 and is_qualifier(doc[item[0] - 1]):
        item = item[0] - 1, item[1]
    return item


def is_qualifier(token) -> bool:
    """A capitalised word that names a part of a place ("Nedre", "Indre", "Store")."""
    return token.text[:1].isupper() and token.lower_ in _PLACE_QUALIFIERS


def _own_preposition_item(doc: Doc, preposition, matches: list[Span]) -> tuple[int, int] | None:
    """The item before "og"/"," and a preposition, with a preposition of its own: Hovden in
    "på Hovden og i Bygland" (each item of the list has its own)."""
    link = _word_before(doc, preposition.i)
    before = _word_before(doc, link.i) if link is not None and link.lower_ in _LIST_JOINS else None
    item = _item_at(doc, before.i, matches, forward=False) if before is not None else None
    own = _word_before(doc, item[0]) if item is not None else None
    return item if own is not None and own.lower_ in LOCATIVE_BEFORE else None


def locative_list(doc: Doc, span: Span) -> tuple[Token, list[tuple[int, int]]] | None:
    """(the preposition, the items' token bounds) of a list of names after a preposition of
    where that ``span`` is one item of: "i Tveit, Kveldsvik og Stormyra", "i Kveldsvik, Stormyra
    og Vinstra", "på Tveit og i Stormyra". Each item is a place match or one capitalised word; two
    capitalised words in a row ("Kari Kveldsvik, Ola Stormyra") are people or names, not such a
    list."""
    matches = [s for s in doc.spans.get("place_candidates", []) if s.label_ in PLACE_LABELS]
    items = [(span.start, span.end)]
    i = span.start
    head = None
    for _ in range(MAX_LIST_ITEMS):  # back to the preposition
        join = _word_before(doc, i)
        if join is None:
            return None
        if join.lower_ in LOCATIVE_BEFORE:
            head = join
            item = _own_preposition_item(doc, join, matches)
            if item is None:
                break
            items.insert(0, item)
            i = item[0]
            continue
        if join.lower_ not in _LIST_JOINS:
            return None
        before = _word_before(doc, join.i)
        item = _item_at(doc, before.i, matches, forward=False) if before is not None else None
        if item is None:
            return None
        items.insert(0, item)
        i = item[0]
    if head is None:
        return None
    j, last_join = span.end, None
    for _ in range(MAX_LIST_ITEMS):  # on to the list's end
        join = _word_after(doc, j)
        if join is None or join.lower_ not in _LIST_JOINS or last_join in _LAST_JOINS:
            break
        nxt = _word_after(doc, join.i + 1)
        if nxt is not None and nxt.lower_ in LOCATIVE_BEFORE and join.lower_ != ",":  # "... og på Stormyra"
            nxt = _word_after(doc, nxt.i + 1)
        item = _item_at(doc, nxt.i, matches, forward=True) if nxt is not None else None
        if item is None:
            break
        items.append(item)
        j, last_join = item[1], join.lower_
    if len(items) < 2:
        return None
    after = _word_after(doc, items[-1][1])
    if after is not None and is_capitalised_word(after):
        return None  # "i Tveit, Ola Stormyra": the last item runs on into a name
    return head, items


def _after_address(doc: Doc, span: Span) -> bool:
    """The town after a street address and a comma, with no postal code: "Strandgata 4, Moss"."""
    comma = _word_before(doc, span.start)
    return comma is not None and comma.text == "," and any(
        s.label_ == "ADRESSE" and len(s) > 1 and s.end == comma.i for s in doc.spans.get("place_candidates", []))


def has_context(doc: Doc, span: Span) -> bool:
    nxt = _word_after(doc, span.end)
    if _governed(doc, span) or _after_address(doc, span) or _listed_after_preposition(doc, span):
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
    a place that is also a first name in a list ("Sande, Flora og Eid")."""
    comma = _word_after(doc, span.end)
    name = _word_after(doc, comma.i + 1) if comma is not None and comma.text == "," else None
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
    preposition ("i Asker", "kommunene Asker og Bærum"), listed_after_preposition (a later item of
    a list a preposition heads: "i Asker og Bærum", "i Kveldsvik, Stormyra og Vinstra"), kommune_suffix ("Asker kommune", nn "Kvam
    herad", "Oslo-området", "Bø i Telemark"; county_body too for "Akershus fylkeskommune"), postal_code ("1383 Asker"), coordinated ("Asker og
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
    elif _listed_after_preposition(doc, span):
        found.add("listed_after_preposition")
    if _after_address(doc, span):
        found.add("after_address")
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
