"""Our spaCy pieces for Norwegian report text: tokenizer fixes and named pipeline components.

Registered by name on import: the tokenizer ``extractor.nb_tokenizer.v1`` and the components
``merge_number_groups``, ``place_context`` and ``model_ents``; the rulers are spaCy's
``span_ruler`` with a guard (``guarded_span_ruler``, see ruler.py) loaded from
``patterns/*.jsonl`` (see pipeline.py).

Besides the groups listed in ``extractor.nlp``: ``place_context`` puts street names
("Solbråveien", "Solbråveien 32a"; label ADRESSE, generated into places.jsonl) in
``doc.spans["addresses"]``, and every place or address span has ``span._.place_evidence``
(see ``place_evidence``). ``quantities`` also holds PERCENT_RANGE ("10–20 %" -> (10.0, 20.0)),
PERCENT_SPLIT ("91, 45%" -> 91.45, an OCR reading the caller accepts only for OCR text; the
plain reading is the last number) and PERCENT_POINTS ("3 % poeng", kept out of PERCENT).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import compile_infix_regex, compile_suffix_regex, filter_spans, registry

from extractor import gazetteers, parse
from extractor.nlp import vocab

# No-break, narrow no-break, thin and figure spaces: thousands separators and layout glue.
_SPACE_MAP = str.maketrans({c: " " for c in "\u00a0\u202f\u2009\u2007\u2008"})
_EXTRA_SUFFIXES = (
    r"(?<=[0-9]{3})\.",  # "2022." "31.12.2022." -> the number + "."; "13." (ordinal) stays whole
    r"(?<=[0-9]\.[0-9]{2})\.",  # "31.12.22."
    r"(?<=,[0-9])\.", r"(?<=,[0-9]{2})\.",  # "var 14,5." "33,16." -> the decimal + "." (never an ordinal)
    r"(?<=[0-9]),[-\u2013]{1,2}",  # "863,-" -> "863" ",-"
)
# "50%-stilling" -> "50" "%" "-stilling", as "50 %-stilling" is read; "40-prosentstilling" ->
# "40" "-" "prosentstilling".
_EXTRA_INFIXES = (r"(?<=[0-9])[%％](?=-)", r"(?<=[0-9])-(?=[Pp]rosent)")
# Thousands groups "16 917 863" (optionally ",50" decimals); not part of a longer digit run.
# Not before "%": "41 100 %" in flattened table text is two cells far more often than 41 100 %.
_NUMBER_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])(?!\s?(?:%|prosent|pst))")

PLACE_LABELS = ("KOMMUNE", "FYLKE", "REGION", "LAND", "POSTSTED", "UTLAND")
MIN_CAPS_LETTERS = 4  # "OS", "ÅS", "EU" in capitals: abbreviations more often than places
MIN_POST_TOWN_LETTERS = 4  # shorter post-town names are words ("Bø", "Å") far more often
_CONTEXT_BEFORE = frozenset({
    "i", "på", "fra", "frå", "til", "ved", "mot", "rundt", "utenfor", "utanfor", "innen", "innenfor", "nær",
    "mellom", "gjennom", "langs", "via", "om", "over", "for", "hele", "heile",
    # "kommunene Ski og Oppegård", nn "kommunane Sande, Herøy og Vanylven"
    "kommunene", "kommunane", "eierkommunene", "eigarkommunane", "fylkene", "fylka",
    # a branch named after where it is: "Avdeling Moss", "avdelingane Vik og Stryn"
    "avdeling", "avdelingen", "avdelinga", "avdelingene", "avdelingane", "avd.",
})
# Prepositions of where: a short post town ("i Son") or a place abroad ("fra Uppsala") counts
# only after one; "for", "om", "over", "mot", "med", "ved" stand before people as often.
_LOCATIVE_BEFORE = frozenset({"i", "på", "fra", "frå", "til", "utenfor", "utanfor", "nær", "rundt", "via"})
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
                            "herad", "herads", "heradet", "kommuner", "kommunar", "kommunane", "kommunene"})
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


DOC_TEXT = "extractor.text"  # Doc.user_data key of the Doc's text (tokenising and merging keep it)


def doc_text(doc: Doc) -> str:
    """``doc.text`` without joining every token again (Doc.text does that on each access)."""
    text = doc.user_data.get(DOC_TEXT)
    return text if text is not None else doc.text


class NormalisingTokenizer:
    """spaCy's nb tokenizer after mapping exotic spaces to " " (same length, so offsets hold)."""

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        text = text.translate(_SPACE_MAP)
        doc = compact(self.inner(text))
        doc.user_data[DOC_TEXT] = text  # what doc.text would join from the tokens again per access
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # vocab, rules, explain ... from the wrapped tokenizer
        if name == "inner":  # not set yet (unpickling): no recursion through __getattr__
            raise AttributeError(name)
        return getattr(self.inner, name)


COMPACT_MIN_TOKENS = 21  # a new Doc holds room for 20 tokens: smaller ones gain nothing


def compact(doc: Doc) -> Doc:
    """The same tokens in a Doc of their own size. spaCy's tokenizer doubles a Doc's token array
    as it fills (20, 40, 80, ...): a third of it stood empty, ~6 MB on a 350-page book."""
    if len(doc) < COMPACT_MIN_TOKENS:
        return doc
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    out.from_array([NORM], doc.to_array([NORM]))  # a special case's norm, as the tokenizer set it
    return out


@registry.tokenizers("extractor.nb_tokenizer.v1")
def create_nb_tokenizer():
    def make_tokenizer(nlp: Language) -> NormalisingTokenizer:
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        suffixes = list(nlp.Defaults.suffixes or []) + list(_EXTRA_SUFFIXES)
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        tokenizer.infix_finditer = _infix_finditer(nlp)
        _add_special_cases(tokenizer)
        return NormalisingTokenizer(tokenizer)

    return make_tokenizer


def tune_tokenizer(nlp: Language) -> None:
    """Apply the same fixes to a loaded (trained) pipeline's tokenizer."""
    inner = nlp.tokenizer.inner if isinstance(nlp.tokenizer, NormalisingTokenizer) else nlp.tokenizer
    suffixes = list(nlp.Defaults.suffixes or []) + list(_EXTRA_SUFFIXES)
    inner.suffix_search = compile_suffix_regex(suffixes).search
    inner.infix_finditer = _infix_finditer(nlp)
    _add_special_cases(inner)
    nlp.tokenizer = NormalisingTokenizer(inner)


def _infix_finditer(nlp: Language):
    return compile_infix_regex(list(nlp.Defaults.infixes or []) + list(_EXTRA_INFIXES)).finditer


def _add_special_cases(tokenizer) -> None:
    # "%-poeng" (percentage points) must not read as "%" + "-poeng", which would make a PERCENT.
    for text in ("%-poeng", "%-poenget", "%-poengs"):
        tokenizer.add_special_case(text, [{"ORTH": text}])


@Language.component("merge_number_groups", retokenizes=True)
def merge_number_groups(doc: Doc) -> Doc:
    """Make "16 917 863" one token, so number patterns see one number.

    Any run of 1-3 digits followed by space-separated groups of exactly 3 digits is merged,
    also without a following ",-" or "kr": in report text such runs are thousands far more
    often than two numbers side by side. Table cells come through ingest one by one and are
    not affected.
    """
    spans = []
    for match in _NUMBER_GROUPS.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is not None and len(span) > 1:
            spans.append(span)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


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
    """A slash token between two names, "Skien/Porsgrunn", not one inside a web address."""
    return doc[i].text == "/" and i > 0 and not doc[i - 1].whitespace_ and _is_capitalised_word(doc[i - 1])


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
    if nxt is None or nxt.lower_ not in ("i", "på") or _after_first_name(doc, span):
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


def _org_following(doc: Doc, span: Span, place_starts: set[int]) -> Span | None:
    """Place + capitalised non-place words (+ legal form) on one line: "Asker Produkt AS".
    Beats a preceding "i": "Vi i Asker Produkt" is about the company."""
    after = span.end
    if after >= len(doc) or doc[after - 1].whitespace_ != " " or not _is_capitalised_word(doc[after]):
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


def _after_first_name(doc: Doc, span: Span) -> bool:
    """ "Per Sande": a capitalised first name right before, so likely a surname."""
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and _is_capitalised_word(prev) and gazetteers.is_first_name(prev.text)


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
    if span.label_ == "POSTSTED" or name in ambiguous_place_words() or _after_first_name(doc, span):
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
    if _after_first_name(doc, span):
        found.add("after_first_name")
    if name in ambiguous_place_words():
        found.add("ambiguous_word")
    return frozenset(found)

@Language.component("model_ents", requires=["doc.ents"], assigns=["doc.spans"])
def model_ents(doc: Doc) -> Doc:
    """Copy a trained model's entities to ``doc.spans["model_ents"]`` as extra evidence."""
    doc.spans["model_ents"] = SpanGroup(doc, name="model_ents", spans=list(doc.ents))
    return doc


# --- parsed values on spans -------------------------------------------------------------------

def _first_number(span: Span) -> float | None:
    first = span[0].text
    value = parse.parse_number(first)
    return float(value) if value is not None else (None if (w := parse.parse_int_word(first)) is None else float(w))


def _any_number(span: Span) -> float | None:
    """The number in a labelled count: "38,5 årsverk" and "Antall årsverk: 38,5" -> 38.5; none
    for a year that labels the figures after it ("Antall årsverk: 2023: 14,5 – 2022: 13,0")."""
    doc = span.doc
    for token in span:
        if token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
            continue
        if token.text[:1].isdigit() and (value := parse.parse_number(token.text)) is not None:
            return float(value)
    return None


def _number_word(span: Span) -> float | None:
    """A count in words, the last before the noun: "har tolv ansatte" -> 12, "har ein tilsett" -> 1,
    "har to avdelinger med tolv ansatte" -> 12."""
    return next((float(w) for token in reversed(span) if token.is_alpha
                 and (w := parse.parse_int_word(token.text)) is not None), None)


def _persons_arsverk(span: Span) -> tuple[int, float] | None:
    """ "41 personer fordelt på 33,16 årsverk" -> (41, 33.16): the head count and its person-years."""
    persons, years = parse.parse_number(span[0].text), parse.parse_number(span[-2].text)
    return None if persons is None or years is None or persons != int(persons) else (int(persons), float(years))


_RANGE = re.compile(r"^(?P<lo>[-\u2212]?\d+(?:[.,]\d+)?)\s*(?:[-\u2013\u2014]|til|og|eller)\s*(?P<hi>.+)$",
                    re.IGNORECASE | re.DOTALL)
_SPLIT_DECIMAL = re.compile(r"^(?P<whole>\d{1,3}),\s+(?P<frac>\d+)(?P<unit>.*)$", re.DOTALL)


def _percent_range(span: Span) -> tuple[float, float] | None:
    """ "10–20 %", "10 til 20 prosent" -> (10.0, 20.0); the first number takes the second's unit."""
    match = _RANGE.match(span.text)
    if match is None:
        return None
    hi = parse.parse_percent(match["hi"])
    lo = parse.parse_percent(match["lo"] + "%")
    return None if hi is None or lo is None else (lo, hi)


def _split_decimal(span: Span) -> float | None:
    """ "91, 45%" read as 91,45 % (OCR put a space after the decimal comma)."""
    match = _SPLIT_DECIMAL.match(span.text)
    return None if match is None else parse.parse_percent(f"{match['whole']},{match['frac']}{match['unit']}")


_VALUE_GETTERS = {
    "PERCENT": lambda s: parse.parse_percent(s.text),
    "PERCENT_RANGE": _percent_range,
    "PERCENT_SPLIT": _split_decimal,
    "PERCENT_POINTS": _first_number,
    "ADRESSE": lambda s: s.text,
    "MONEY": lambda s: parse.parse_amount(s.text),
    "DATE": lambda s: parse.parse_date(s.text),
    "MONTH_YEAR": lambda s: parse.parse_month_year(s.text),
    "PLACES_COUNT": lambda s: None if (v := _first_number(s)) is None else int(v),
    "ARSVERK": lambda s: _any_number(s),
    "EMPLOYEES": lambda s: None if (v := _any_number(s) or _number_word(s)) is None or v != int(v) else int(v),
    "PERSONS_ARSVERK": lambda s: _persons_arsverk(s),
    "PROGRAM": lambda s: s.id_,
    "PROGRAM_HISTORIC": lambda s: s.id_,
    "ROLE": lambda s: s.id_,
    "EMPLOYEE_ELECTED": lambda s: True,
}


def span_value(span: Span):
    """The parsed value of a span by its label: number, date, role code or canonical place name."""
    if span.label_ in PLACE_LABELS:
        return span.id_ or span.text
    getter = _VALUE_GETTERS.get(span.label_)
    return getter(span) if getter else None


if not Span.has_extension("value"):
    Span.set_extension("value", getter=span_value)
if not Span.has_extension("place_evidence"):
    Span.set_extension("place_evidence", getter=place_evidence)
