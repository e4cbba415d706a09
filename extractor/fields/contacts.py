"""Where the organisation is: its visiting and postal address, as printed.

A street with no street word ("Fosshaugane 7") is taken only with a postcode the register
confirms, or right after an address label; a farm's name with no number ("Holtbakken, 3830
Ulefoss") only with a confirmed postcode, on a line of its own or set apart by a separator; a
meeting's venue ("kl. 18.00 i Nordby skole, Skolevegen 7") is doubtful, and the auditor's
letterhead, a news site's colophon and a copying licence's notice are kept only with low
confidence (``foreign``, shared with ``contact_channels``, which reads e-mail, website and phone).
The contract has one address, where the organisation is as printed: with no street in the
document it is the postbox (docs/phrasings.md §41), which ``postal_address`` also gives.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from extractor import gazetteers
from extractor.nlp import vocab
from extractor.fields.context import Analysis
from extractor.fields.org_common import Hit, Text, hit_to_field, score
from extractor.fields.text import sentence_at
from extractor.parse import LOWER_LETTERS, MONTHS, UPPER_LETTERS

_STREET_END = sum(vocab.street_endings(), ())
# Street words as printed short: "Storgt. 9", "Kirkegt 1-3", "Parkvn. 2".
_STREET_ABBR = (r"gt\.", "gt", r"vn\.", "vn")
# "Tordenskiolds gate 4", "Kongens gate 9", "Olav Kyrres plass 2": a street word of its own after a
# genitive name.
_STREET_WORD = r"(?:gate|gata|gaten|vei|veien|veg|vegen|plass|allé|alle)"
# Up to two capitalised words before the street's own; one ending in a full stop only if short, an
# abbreviation ("St. Olavs gate"): "Boligbyggelag. Kirkegata 12" ends a sentence before the street.
_STREET = re.compile(rf"\b((?:(?:[A-ZÆØÅ][\wæøå-]{{0,3}}\.|[A-ZÆØÅ](?:[\wæøå.-]*[\wæøå-])?)\s+){{0,2}}(?:[A-ZÆØÅ][\wæøå-]*(?:{'|'.join((*_STREET_END, *_STREET_ABBR))})"
                     rf"|[A-ZÆØÅ][\wæøå-]*s\s+{_STREET_WORD})"
                     r"\s+\d{1,4}(?:[-–]\d{1,4}(?![\d,.]\d))?(?:(?:[A-Za-z]|\s[A-Z])(?![\wæøå]))?)"
                     r"(?:\s*,?\s*(\d{4})\s+([A-ZÆØÅ][\wæøåÆØÅ-]+))?")
# A street with no street word: one or two capitalised words, a house number, and a postcode
# with its town (the register must confirm them) or nothing more.
_PLAIN_STREET = re.compile(rf"(?<![\w-])(?P<street>[{UPPER_LETTERS}][{LOWER_LETTERS}]+(?:\s[{UPPER_LETTERS}][{LOWER_LETTERS}]+)?)"
                           r"\s+"
                           r"(?P<num>\d{1,3}(?:[A-Za-z]|\s[A-Z])?)(?![\wæøå]|[.,:]\d)"
                           r"(?:\s*,?\s*(?P<code>\d{4})\s+(?P<town>[A-ZÆØÅ][\wæøåÆØÅ-]+))?")
# A farm or a named place as the address, no house number, then a postcode and its town, ending a
# line or set apart by a separator: a cover's or letterhead's "Holtbakken, 3830 Ulefoss · tlf. ...", a
# footer's "Øvre Holt gard · 3830 Ulefoss" (up to three words, the later ones lower-case too: "gard",
# "meieriet"). A separator is a comma, "·", "•", "|", or a dash with spaces round it.
_FARM_SEP = r"(?:[·•|]|\s[–-](?=\s))"
_FARM = re.compile(rf"(?:^|(?<=[\n·•|:–])|(?<=\s-))\s*(?P<name>[{UPPER_LETTERS}][{LOWER_LETTERS}]+"
                   rf"(?:\s[{UPPER_LETTERS}]?[{LOWER_LETTERS}]+){{0,2}})"
                   rf"(?:,|\s*{_FARM_SEP})\s*(?P<code>\d{{4}})\s+(?P<town>[A-ZÆØÅ][\wæøåÆØÅ-]+(?:\s[A-ZÆØÅ][\wæøåÆØÅ-]+)?)"
                   rf"(?=\s*(?:$|\n|{_FARM_SEP}))")
_LABEL_BEFORE = re.compile(r"(?:adresse\s*(?:er)?\s*:?|(?:holder|held|halde)\s+til\s+(?:i|på)|lokaler\s+(?:i|på)|"
                           r"lokala\s+våre\s+(?:i|på)|hovudkontor\s+(?:i|på)|hovedkontor\s+(?:i|på)|"
                           r"ligger\s+(?:i|på)|ligg\s+(?:i|på)|"
                           r"(?:kontor|kontorer|kontora|verksted|verksteder|verkstad|verkstader)(?:\s+og\s+\w+)?\s+(?:i|på))"
                           r"\s*$", re.IGNORECASE)  # "har kontor og verksteder i Moneheia 21"
_ADDRESS_END = re.compile(r"\s*(?:$|[,.;)]|\n|(?:i|på|og|ved)\b)")
_NOT_STREET = frozenset({
    "side", "sida", "tabell", "figur", "note", "noter", "kapittel", "vedlegg", "punkt", "postboks", "boks", "pb",
    "uke", "veke", "rom", "sak", "nr", "telefon", "tlf", "kl", "paragraf", "linje", "kolonne", "år", "året",
    *MONTHS,
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tysdag", "laurdag",
    "org", "orgnr", "konto", "kontonr", "bilag", "budsjett", "regnskap", "sum", "totalt", "gruppe", "avdeling",
    "trinn", "nivå", "versjon", "utgave", "fase", "steg", "del", "bok", "post", "kap", "fig", "tab", "ca",
})
# Also with the postal station after a comma: "Postboks 6666, St. Olavs plass 0129 Oslo" (no street).
_POSTBOX = re.compile(r"\b((?i:Postboks|Pb\.?|P\.\s?b\.|Boks)\s+\d+(?:,\s*[A-ZÆØÅ][^,\n\d]{1,24}?|[^,\n]{0,20}?))"
                      r"\s*,?\s*(\d{4})\s+([A-ZÆØÅ][\wæøåÆØÅ-]+)")
# A meeting's time and place before a street: "kl. 18.00 i Lindås skole, Skolevegen 7", "Tid og sted:".
_VENUE = re.compile(r"\b(?:kl\.?\s*\d{1,2}[.:]\d{2}|tid\s+og\s+sted|møtested|avholdes|avhaldast|vert\s+halde|"
                    r"(?:ble|blei|vart|var)\s+(?:av)?(?:holdt|halde|haldt)(?:\s+på|\s+i)?)\b",
                    re.IGNORECASE)
# A venue named right before its street, as in a meeting plan ("Ilseng Café og Samfunnshus, Villavegen 5",
# "Bjørkli Hotell, Storgata 12", "Rica Hotel Hamar, Vangsvegen 121"): a capitalised word before the
# venue's word, at most one after it, then the street; where people meet, not where the organisation is
# (§79). Not a venue the organisation runs ("driver kulturhuset i Strandgata 14"), nor one named by our
# own name ("Nordvik Kulturhus AS, Strandgata 14").
_VENUE_NAME = re.compile(r"[A-ZÆØÅ][\wæøåÆØÅ'’-]*\s+(?:og\s+)?(?i:hotel|hotell|hotellet|café|cafe|kafé|kafe|kaféen|"
                         r"restaurant|kro|samfunnshus|samfunnshuset|grendehus|grendehuset|forsamlingshus|"
                         r"forsamlingshuset|ungdomshus|ungdomshuset|bedehus|bedehuset|kulturhus|kulturhuset|rådhus|"
                         r"rådhuset|kino|kinoen|vertshus)\b(?:\s+[A-ZÆØÅ][a-zæøå][\wæøå'’-]*)?\s*,?\s*$")
# A consolidated museum's or a group's departments, or a national association's local branches, each
# with its own address, under a heading that names them ("Avdelingene", "Avdelingane", "Våre museer",
# "Besøksstedene", "Lokallagene"): not the organisation's.
_DEPARTMENTS_HEADING = re.compile(r"^\s*(?:våre\s+|vare\s+)?(?:avdeling(?:er|ene|ar|ane)|besøksst[ea]d(?:er|ene)?|"
                                  r"museer|museene|musea|einingar|einingane|enheter|enhetene|"
                                  r"lokallag(?:ene|a)?|fylkeslag(?:ene|a)?|lokalavdeling(?:er|ene|ar|ane)|"
                                  r"regionlag(?:ene|a)?)\s*$", re.IGNORECASE)  # a national body's branches too
_START_STOP = {"vi", "det", "i", "som", "nå", "og", "men", "en", "et", "den", "de", "for", "hos", "med", "til",
               "om", "fra", "av", "på", "når", "at", "både", "da", "der", "her", "foto", "kilde"}
LABEL_CHARS = 24  # a row's label ("Telefon", "Sentralbord") is short
_OWN_PREMISES = re.compile(r"\b(våre lokaler|vår adresse|holder til|ligger i|lokalisert|besøksadresse|"
                           r"adresse|adr|lokala våre|held til)\b", re.IGNORECASE)


FOREIGN = ("auditor_page", "publisher_colophon", "news_source", "rights_notice")
# A copying licence's notice: "Dette eksemplar er fremstilt etter avtale med Kopinor, Stenergate 1, ...".
_RIGHTS_NOTICE = re.compile(r"\b(?:kopinor|åndsverklov\w*|eksemplarfremstilling\w*|eksemplarframstilling\w*)\b",
                            re.IGNORECASE)


def foreign(t: Text) -> list[str]:
    """Another party's contact block: the auditor's letterhead, a news site's colophon."""
    return ["auditor_page"] * t.auditor + ["publisher_colophon"] * t.colophon


def is_foreign(hit: Hit) -> bool:
    return any(r in hit.reasons for r in FOREIGN)


def _postcode_reason(code: str | None, town: str | None) -> list[str]:
    if not code:
        return []
    found = gazetteers.postal_code(code)
    if not (found and town):
        return ["postcode_mismatch"]
    # The register's "Skei i Jølster" is printed "Skei".
    register, printed = found.place.casefold(), town.casefold()
    ok = register == printed or register.startswith(printed + " ") or fuzz.ratio(register, printed) >= 90
    # "9845 Deatnu / Tana": the code's municipality under its Sami name
    ok = ok or (m := gazetteers.municipality(town)) is not None and found.kommunenummer in (m.number, m.current_number)
    return ["postcode_ok" if ok else "postcode_mismatch"]


# A four-digit number and a capitalised word after it: a postcode and its town when a house or box
# number and a comma stand before it ("Storvegen 214, 1870 Ørje", "Postboks 44, 1850 Mysen") or the
# register gives that town to the code; never a year ("etablert i 1991 og holder til i ...").
_CODE_TOWN = re.compile(rf"(?P<number>\d[A-Za-z]?\s*,\s*)?(?<!\d)(?P<code>\d{{4}})\s+(?P<town>[{UPPER_LETTERS}][\w-]+)")


def postcode_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a postcode before its town (the code's span)."""
    return [m.span("code") for m in _CODE_TOWN.finditer(text)
            if m.group("number") or _postcode_reason(m.group("code"), m.group("town")) == ["postcode_ok"]]


def _full_town(code: str | None, town: str | None, after: str) -> str | None:
    """The town as the register writes it when the text goes on with the rest of it: "3800 Bø i
    Telemark" is cut at the first word by the patterns, and "Bø" alone is another place."""
    found = gazetteers.postal_code(code) if code and town else None
    if found is None or not found.place.casefold().startswith(town.casefold() + " "):
        return town
    rest = found.place[len(town):]
    return found.place if after[:len(rest)].casefold() == rest.casefold() else town


def _street_hits(text: str):
    """(street, value, postcode reasons, start) for streets named with a street word."""
    for m in _STREET.finditer(text):
        street = m.group(1)
        first, _, rest = street.partition(" ")
        if rest and (vocab.is_org_kind_word(first) or first.casefold() in _START_STOP):
            street = rest  # "Sameiet Parkveien 92": the housing co-operative named by its street
        town = _full_town(m.group(2), m.group(3), text[m.end():])
        value = street if not m.group(2) else f"{street}, {m.group(2)} {town}"
        yield street, value, ["street_pattern", *_postcode_reason(m.group(2), m.group(3))], m.start(), m.end()


def _plain_street_hits(text: str, taken: list[tuple[int, int]]):
    """Streets with no street word ("Fosshaugane 7, 6856 Sogndal", "holder til i Bokemoa 14"):
    kept only with a postcode the register confirms, or right after an address label, and
    never a page, table or month word ("Side 14", "Mai 14") or a municipality's name."""
    for m in _PLAIN_STREET.finditer(text):
        words = m.group("street").split()
        if words[0].casefold() in _START_STOP | {"se", "sjå"}:
            words = words[1:]  # "Se Side 14": a sentence word before the name
        if not words or any(s <= m.start() < e for s, e in taken) or any(w.casefold() in _NOT_STREET for w in words):
            continue
        name = " ".join(words)
        street = f"{name} {m.group('num')}"
        postcode = _postcode_reason(m.group("code"), m.group("town"))
        after = text[m.end():]
        if postcode == ["postcode_ok"]:
            town = _full_town(m.group("code"), m.group("town"), after)
            yield street, f"{street}, {m.group('code')} {town}", ["street_fallback", *postcode], m.start()
        elif (not m.group("code") and _LABEL_BEFORE.search(text[max(0, m.start() - 40):m.start()])
              and _ADDRESS_END.match(after) and not gazetteers.municipality(name) and not gazetteers.county(name)):
            yield street, street, ["street_fallback"], m.start()


def _farm_hits(text: str, taken: list[tuple[int, int]], org_name: str | None = None):
    """A farm's or a named place's address on a line of its own or a contact line ("Holtbakken,
    3830 Ulefoss · tlf. 35 00 00 00", a footer's "Øvre Holt gard · 3830 Ulefoss"): kept only with a
    postcode the register confirms, and never a person ("Kari Dahl, 3830 Ulefoss"), a municipality,
    a page or month word, or the organisation's own name ("Holt Vekst · 3830 Ulefoss"; a farm it is
    named after stays: "Holt, 3830 Ulefoss" of "Stiftelsen Holt Gardsmuseum")."""
    for m in _FARM.finditer(text):
        name = m.group("name")
        words = name.split()
        if any(s <= m.start("name") < e for s, e in taken) \
                or any(w.casefold() in _NOT_STREET | _START_STOP for w in words) or gazetteers.is_first_name(words[0]) or gazetteers.municipality(name) \
                or gazetteers.county(name) or any(vocab.is_org_kind_word(w.casefold()) for w in words) \
                or (org_name and len(words) > 1 and org_name.casefold().startswith(name.casefold())) \
                or name.casefold() == m.group("town").casefold():  # "Mysen, 1850 Mysen": the town twice
            continue
        if _postcode_reason(m.group("code"), m.group("town")) == ["postcode_ok"]:
            town = _full_town(m.group("code"), m.group("town"), text[m.end():])
            yield name, f"{name}, {m.group('code')} {town}", ["farm_name", "postcode_ok"], m.start("name")


def _names_org_before(before: str, org_name: str | None) -> bool:
    """The organisation's name stands right before the street: "Sognefjorden museum AS, Museumsvegen 2"."""
    if not org_name:
        return False
    return fuzz.partial_ratio(org_name.casefold(), before.casefold()) >= 90 if len(before) >= len(org_name) else False


def extract_address(texts: list[Text], org_name: str | None = None):
    hits: dict[str, Hit] = {}
    previous = ""
    for t in texts:
        text, prov, in_media = t.text, t.prov, t.in_media
        lead, previous = previous, text[-80:]  # a meeting's time may stand on the line above its place
        found = [(st, v, r, a) for st, v, r, a, _ in _street_hits(text)]
        spans = [(a, b) for *_, a, b in _street_hits(text)]
        boxes = [m.span() for m in _POSTBOX.finditer(text)]
        plain = list(_plain_street_hits(text, spans))
        farms = _farm_hits(text, spans + [(a, a + len(st)) for st, _, _, a in plain], org_name)
        for street, value, reasons, at in [*found, *plain, *farms]:
            if any(a < at < b for a, b in boxes):
                continue  # "Postboks 6666, St. Olavs plass 0129 Oslo": the box's postal station
            before = text[max(0, at - 60):at]
            reasons = list(reasons)
            s, e = sentence_at(text, at)
            if _RIGHTS_NOTICE.search(text[s:e]):
                reasons.append("rights_notice")  # the licensing body's address, not ours
            elif _OWN_PREMISES.search(before):
                reasons.append("own_premises")
            elif _VENUE.search(before) or (_VENUE.search(lead) and at < 80) or (
                    _VENUE_NAME.search(before) and not _names_org_before(before, org_name)):
                reasons.append("meeting_venue")
            if t.headings and _DEPARTMENTS_HEADING.match(t.headings[-1]):
                reasons.append("department_section")
            if _names_org_before(before, org_name):
                reasons.append("near_name")
            if in_media:
                reasons.append("media_section")
            reasons += foreign(t)
            key = street.casefold()
            if key in hits:
                hits[key].weight += 1
                if len(value) > len(hits[key].value) or len(reasons) > len(hits[key].reasons):
                    hits[key] = Hit(value, reasons, prov, text[:300], hits[key].weight)
            else:
                hits[key] = Hit(value, reasons, prov, text[:300])
    own = [h for h in hits.values() if not is_foreign(h)]
    if not own:
        # The contract's address is where the organisation is, as printed: with no street in the
        # document, that is its postbox (docs/phrasings.md §41).
        postbox = _best_postbox(texts)
        return hit_to_field(postbox, ["postbox_as_address"]) if postbox else None
    best = max(own, key=lambda h: (score(h), h.weight))
    extra = ["repeated"] if best.weight > 1 else []
    if "near_name" not in best.reasons and _towns(best) and any(_towns(h) - _towns(best) for h in own if h is not best):
        extra.append("competing_addresses")  # streets in other towns: a department's, a branch's or ours?
    return hit_to_field(best, extra)


def _towns(hit: Hit) -> set[str]:
    """The post town an address names ("Tunvegen 5, 6917 Kyrkjebø"), when the register confirms it."""
    m = re.search(r",\s*\d{4}\s+([^,]+)$", str(hit.value))
    return {m.group(1).casefold()} if m and "postcode_ok" in hit.reasons else set()


def _best_postbox(texts: list[Text]) -> Hit | None:
    hits = []
    for t in texts:
        for m in _POSTBOX.finditer(t.text):
            reasons = ["labelled", *_postcode_reason(m.group(2), m.group(3)), *foreign(t)]
            town = _full_town(m.group(2), m.group(3), t.text[m.end():])
            hits.append(Hit(f"{m.group(1).strip()}, {m.group(2)} {town}", reasons, t.prov, m.group(0)))
    hits = [h for h in hits if not is_foreign(h)]
    return max(hits, key=score) if hits else None


def extract_postal_address(texts: list[Text]):
    best = _best_postbox(texts)
    return hit_to_field(best) if best else None


def labelled_rows(analysis: Analysis) -> list[Text]:
    """Each two-cell row of a table as "label: value" ("Telefon | 61 33 40 00" in a facts table), for
    the readers that want the label beside the number."""
    out = []
    for table, _ in analysis.own_tables():
        for row in table.text_rows():
            cells = [c.strip() for c in row if c.strip()]
            if len(cells) == 2 and len(cells[0]) <= LABEL_CHARS and not any(ch.isdigit() for ch in cells[0]):
                out.append(Text(f"{cells[0].rstrip(':')}: {cells[1]}", table.prov, "body", False, False))
    return out
