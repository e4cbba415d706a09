"""Where the organisation is and how to reach it: visiting and postal address, e-mail, website
and phone, as printed.

A contact is the organisation's own when its domain spells the organisation's name
(post@askerprodukt.no), a generic mailbox (post@, kontakt@) or a contact sentence or heading
says so; a board member's own address in a list of people, a number in a person's line, the
auditor's letterhead, a news site's colophon and a newspaper's debate address in a quoted
article are kept only with low confidence. A street with no street word ("Fosshaugane 7") is
taken only with a postcode the register confirms, or right after an address label; a meeting's
venue ("kl. 18.00 i Nordby skole, Skolevegen 7") is doubtful. The contract has one address,
where the organisation is as printed: with no street in the document it is the postbox
(docs/phrasings.md §41), which ``postal_address`` also gives.
"""
from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from extractor import gazetteers
from extractor.nlp import vocab
from extractor.fields.context import Analysis
from extractor.fields.org_common import Hit, Text, hit_to_field, score
from extractor.fields.org_vote import domain_agrees
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
# E-mail, and a web address not inside one: "www.x.no", "https://x.no", or a bare "x.no".
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
# OCR's "@" misread as "&" or "©" in a scan: "styret &furutoppen.no" (only in OCR'd text, a known ending)
_OCR_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+) ?[&©] ?([\w-]+(?:\.[\w-]+)*\.(?:no|com|org|net|nu))\b", re.IGNORECASE)
_WEB = re.compile(r"(?<![\w@&©./-])(?:https?://)?(www\.[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:no|com|org|net|nu)"
                  r"(?=[/\s,;)]|\.?$|\.\s))(?:/[\w/.-]*)?", re.IGNORECASE)
_BROKEN_WEB = re.compile(r"(?<![\w@./-])((?:https?://)?www\.[\w.-]*\w-)[ \t]*\n\s*([\w-]+(?:\.[\w-]+)+)")
_SPACED_WEB = re.compile(r"(?<!\w)(?:\w ){2,}\w(?: \. (?:\w ){1,}\w)+(?!\w)")


def _eight_digits(sep: str) -> str:
    """A Norwegian phone number's 8 digits, in pairs or 3-2-3, ``sep`` between the groups; not
    followed by another digit or a decimal comma."""
    return rf"(?:\d{{2}}{sep}\d{{2}}{sep}\d{{2}}{sep}\d{{2}}|\d{{3}}{sep}\d{{2}}{sep}\d{{3}})(?!\d|,\d)"


# A phone number: 8 digits in pairs, 3-2-3 or solid, "+47" (also "+ 47") optional; after a label, or alone with +47.
_EIGHT = _eight_digits(r"\s?")
_NUMBER = rf"((?:\(?(?:\+ ?47|0047)\)?)?\s?{_EIGHT})"
LABEL_CHARS = 24  # a row's label ("Telefon", "Sentralbord") is short
_PHONE = re.compile(r"(?:\b(?:tlf|telefon|tel|phone|sentralbord|mobil|mob|sms|telefonnummer(?:et)?|telefonnr|"
                    r"ring\s+(?:oss\s+)?(?:på)?)\.?(?:\s+(?:er|nr\.?|nummer))?\s*:?\s*)" + _NUMBER, re.IGNORECASE)
_PHONE_47 = re.compile(rf"(?<![\d+(])(\(?\+ ?47\)?\s?{_EIGHT})")
# A number set as a Norwegian phone number, unlabelled: read only on a line that also gives the
# organisation's e-mail address (a letterhead or footer: "Storgata 1, 7713 Steinkjer · post@x.no · 74 16 82 00")
_BARE_PHONE = re.compile(rf"(?<![\d,.+])({_eight_digits(' ')})")
_GENERIC_MAILBOX = re.compile(r"^(?:post|postmottak|firmapost|kontakt|info|mail|epost|e-post|adm|administrasjon|"
                              r"sentralbord|office|resepsjon|kundeservice|sekretariat|sekretariatet|forening|"
                              r"styret|leder|leiar)$", re.IGNORECASE)
_CONTACT = re.compile(r"\b(?:kontakt\w*|nås|nåast|når\s+oss|henvendelse\w*|spørsmål|skriv\s+til|send\s+(?:en\s+)?"
                      r"(?:e-?post|mail)|besøk\s+oss|nettside\w*|heimeside\w*|hjemmeside\w*|følg\s+oss)\b", re.IGNORECASE)
_OWN_PREMISES = re.compile(r"\b(våre lokaler|vår adresse|holder til|ligger i|lokalisert|besøksadresse|"
                           r"adresse|adr|lokala våre|held til)\b", re.IGNORECASE)



_FOREIGN = ("auditor_page", "publisher_colophon", "news_source", "rights_notice")
# A copying licence's notice: "Dette eksemplar er fremstilt etter avtale med Kopinor, Stenergate 1, ...".
_RIGHTS_NOTICE = re.compile(r"\b(?:kopinor|åndsverklov\w*|eksemplarfremstilling\w*|eksemplarframstilling\w*)\b",
                            re.IGNORECASE)
# A news site cited for a piece of news: "..., skriv Fjordnytt.no", "melder Nrk.no", "ifølge Dn.no".
_NEWS_SOURCE = re.compile(r"\b(?:skriv|skriver|melder|meldar|ifølge|ifølgje|iflg\.?|opplyser|kilde|kjelde|source)\s*:?\s*$",
                          re.IGNORECASE)


def _foreign(t: Text) -> list[str]:
    """Another party's contact block: the auditor's letterhead, a news site's colophon."""
    return ["auditor_page"] * t.auditor + ["publisher_colophon"] * t.colophon


def _is_foreign(hit: Hit) -> bool:
    return any(r in hit.reasons for r in _FOREIGN)


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
        for street, value, reasons, at in [*found, *_plain_street_hits(text, spans)]:
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
            reasons += _foreign(t)
            key = street.casefold()
            if key in hits:
                hits[key].weight += 1
                if len(value) > len(hits[key].value) or len(reasons) > len(hits[key].reasons):
                    hits[key] = Hit(value, reasons, prov, text[:300], hits[key].weight)
            else:
                hits[key] = Hit(value, reasons, prov, text[:300])
    own = [h for h in hits.values() if not _is_foreign(h)]
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
            reasons = ["labelled", *_postcode_reason(m.group(2), m.group(3)), *_foreign(t)]
            town = _full_town(m.group(2), m.group(3), t.text[m.end():])
            hits.append(Hit(f"{m.group(1).strip()}, {m.group(2)} {town}", reasons, t.prov, m.group(0)))
    hits = [h for h in hits if not _is_foreign(h)]
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


# --- e-mail, website, phone ------------------------------------------------------------------

def _context_reasons(t: Text, start: int, end: int) -> list[str]:
    reasons = []
    around = t.text[max(0, start - 80):end + 40]
    if _CONTACT.search(around) or any(_CONTACT.search(h) for h in t.headings[-1:]):
        reasons.append("contact_context")
    if t.in_media:
        reasons.append("media_section")
    return reasons + _foreign(t)


def _best(hits: list[Hit]):
    # The auditor's letterhead is the auditor's: its contacts are not ours, unless they agree with our name.
    hits = [h for h in hits if not _is_foreign(h) or "own_domain" in h.reasons]
    if not hits:
        return None
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.value.casefold()] = counts.get(h.value.casefold(), 0) + 1
    best = max(hits, key=lambda h: (score(h), counts[h.value.casefold()]))
    return hit_to_field(best, ["repeated"] if counts[best.value.casefold()] > 1 else [])


def extract_email(texts: list[Text], org_name: str | None):
    hits = []
    for t in texts:
        matches = [(m, m.group(0).split("@")[0], m.group(1), []) for m in _EMAIL.finditer(t.text)]
        if t.prov.ocr_confidence is not None:
            matches += [(m, m.group(1), m.group(2), ["ocr_at"]) for m in _OCR_EMAIL.finditer(t.text)]
        for m, local, domain, mended in matches:
            reasons = ["own_domain" if org_name and domain_agrees(domain.split(".")[0], org_name) else "other_domain"]
            if _GENERIC_MAILBOX.match(local):
                reasons.append("generic_mailbox")
            elif len(t.text.strip()) <= len(m.group(0)) + 2:
                reasons.append("personal_line")  # an address on its own line, in a list of people
            hits.append(Hit(f"{local}@{domain}".strip(" ."), reasons + mended + _context_reasons(t, m.start(), m.end()),
                            t.prov, t.text[max(0, m.start() - 40):m.end() + 40]))
    return _best(hits)


def despace_web(text: str) -> str:
    """ "w w w . n o r d b y . n o" -> "www.nordby.no" (a web address set with letter spacing);
    "www.lerkebakken-" at a line's end and "brl.no" on the next -> "www.lerkebakken-brl.no" (a
    browser breaks a long address after its hyphen)."""
    text = _BROKEN_WEB.sub(r"\1\2", text) if "-" in text else text
    return _SPACED_WEB.sub(lambda m: m.group(0).replace(" ", ""), text) if " . " in text else text


_WEB_CUT = re.compile(r"(?:https?://)?www\.[\w.-]*\w-\s*$")
_WEB_REST = re.compile(r"^\s*[\w-]+(?:\.[\w-]+)+")


def _join_cut_web(texts: list[Text]) -> list[Text]:
    """A web address cut after its hyphen at the end of one text block, its rest opening the next
    ("Nettside: www.lerkebakken-" | "brl.no"): the whole address in the first, none in the second."""
    out = list(texts)
    for i in range(len(out) - 1):
        if _WEB_CUT.search(out[i].text) and (rest := _WEB_REST.match(out[i + 1].text)):
            a, b = out[i], out[i + 1]
            out[i] = replace(a, text=a.text.rstrip() + rest.group(0).strip())
            out[i + 1] = replace(b, text=b.text[rest.end():])
    return out


def _hyphenated_hosts(texts: list[Text]) -> dict[str, str]:
    """The e-mail domains that hold a hyphen, by their spelling without it: a web address on the
    same domain, cut at its hyphen at a line's end, was joined without it ("lerkeasen-" / "brl.no")."""
    return {d.replace("-", ""): d for t in texts for d in (m.group(1).casefold() for m in _EMAIL.finditer(t.text))
            if "-" in d}


def _rehyphenate(text: str, hyphenated: dict[str, str]) -> str:
    """``text`` with each web address that lost its hyphen (``_hyphenated_hosts``) spelt as its
    e-mail domain is; ``text`` itself when none did."""
    def whole(m: re.Match) -> str:
        address = m.group(1)
        host = address.casefold().removeprefix("www.")
        spelt = hyphenated.get(host)
        return m.group(0).replace(address, address[:len(address) - len(host)] + spelt) if spelt else m.group(0)

    return _WEB.sub(whole, text) if hyphenated else text


def extract_website(texts: list[Text], org_name: str | None):
    hits = []
    hyphenated = _hyphenated_hosts(texts)
    for t in _join_cut_web(texts):
        text = _rehyphenate(despace_web(t.text), hyphenated)
        if text != t.text:
            t = replace(t, text=text)
        for m in _WEB.finditer(t.text):
            host = m.group(1).casefold().removeprefix("www.")
            label = host.split(".")[-2] if "." in host else host
            reasons = ["own_domain" if org_name and domain_agrees(label, org_name) else "other_domain"]
            if _NEWS_SOURCE.search(t.text[max(0, m.start() - 30):m.start()]):
                reasons.append("news_source")
            hits.append(Hit(m.group(0).strip(" .,"), reasons + _context_reasons(t, m.start(), m.end()), t.prov,
                            t.text[max(0, m.start() - 40):m.end() + 40]))
    return _best(hits)


def _own_mail_line(t: Text, org_name: str | None) -> bool:
    """A line giving the organisation's own e-mail address is its own contact line, even on the
    auditor's pages (a web page's footer after the auditor's report)."""
    return bool(org_name) and any(domain_agrees(m.group(1).split(".")[0], org_name) for m in _EMAIL.finditer(t.text))


def extract_phone(texts: list[Text], org_name: str | None = None):
    hits = []
    for t in texts:
        own = _own_mail_line(t, org_name)
        found = [(m, "labelled") for m in _PHONE.finditer(t.text)]
        unlabelled = [(_PHONE_47, "country_code"), *([(_BARE_PHONE, "contact_line")] if _EMAIL.search(t.text) else [])]
        for rx, how in unlabelled:  # each number once, by the first matcher that reads it
            found += [(m, how) for m in rx.finditer(t.text)
                      if not any(a.start(1) <= m.start(1) < a.end(1) for a, _ in found)]
        for m, how in found:
            reasons = [r for r in [how] + _context_reasons(t, m.start(), m.end()) if not (own and r in _FOREIGN)]
            line = t.text[t.text.rfind("\n", 0, m.start()) + 1:m.start()]
            if any(gazetteers.is_first_name(w) for w in re.findall(r"[A-ZÆØÅ][a-zæøå]+", line)[:3]):
                reasons.append("personal_line")  # "Kari Nordmann, tlf. 97 00 00 00", "Avdelingsleder Kari Dahl, tlf."
            hits.append(Hit(re.sub(r"\s+", " ", m.group(1)).strip(), reasons, t.prov,
                            t.text[max(0, m.start() - 40):m.end() + 40]))
    return _best(hits)
