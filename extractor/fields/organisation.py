"""The reporting organisation: legal name and form, organisation number, founding year,
owners, addresses and contacts.

The name is voted: "<Capitalised words> AS" in the title and running header counts most, then
every mention in the text. Contacts are the organisation's own only when they fit its name
(askerprodukt.no for Asker Produkt AS); a newspaper's debate address in a quoted article is
kept only with low confidence. Owners are read in ``owners``. A street with no street word
("Fosshaugane 7") is taken only with a postcode the register confirms, or right after an
address label.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractor import gazetteers
from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.document import Provenance
from extractor.fields.board import media_unit_ids
from extractor.fields.context import Analysis
from extractor.fields.text import iter_sentences
from extractor.fields.owners import iter_owner_claims, owners_to_out
from schemas import fields as f

PRIOR = 0.5
WEIGHTS = {
    "title": 1.2,  # the name is in the report's title
    "running_header": 1.2,  # ... or in the header of every page
    "frequent": 1.0,  # named at least FREQUENT times
    "single_mention": -1.2,
    "close_second": -1.0,  # another "X AS" is named nearly as often
    "not_a_report": -1.6,  # an article names many companies
    "mod11_ok": 2.0,
    "mod11_failed": -3.0,  # misprinted or OCR-garbled digits
    "labelled": 1.0,  # "Org.nr.", "Besøksadresse:", "Tlf."
    "subject_is_org": 1.2,  # "Asker Produkt AS ble opprettet i 1991"
    "no_subject": -0.8,
    "in_year": 0.5,
    "street_pattern": 0.4,
    "street_fallback": 0.0,  # no street word: no evidence either way, the postcode or a label must carry it
    "own_premises": 0.8,  # "I våre lokaler i Solbråveien 32a", "holder til i"
    "postcode_ok": 1.0,  # postcode and town agree with the postal register
    "postcode_mismatch": -1.2,
    "own_domain": 1.4,  # e-mail / website in the organisation's own domain
    "other_domain": -1.6,
    "media_section": -1.6,  # contacts inside a quoted article
    "repeated": 0.5,
}
FREQUENT = 3
LEGAL_FORMS = ("ASA", "AS", "IKS", "SA", "KF", "BA", "ANS", "DA", "SF", "HF", "NUF", "AL")
_CAP = r"[A-ZÆØÅ][\wæøåÆØÅ&'’.-]*"
_START_STOP = {"vi", "det", "i", "som", "nå", "og", "men", "en", "et", "den", "de", "for", "hos", "med", "til",
               "om", "fra", "av", "på", "når", "at", "både", "da", "der", "her", "foto", "kilde"}
_ORGNR = re.compile(r"(?:org(?:anisasjons)?\.?\s*(?:nr|nummer)\.?|foretaksnummer|orgnr)\s*[:.]?\s*(?:NO\s*)?"
                    r"(\d{3}\s?\d{3}\s?\d{3})", re.IGNORECASE)
_FOUNDED = re.compile(r"\b(?:opprett|stifte|stifta|etabler|grunnlag|skipa|starta|startet|etablert)\w*", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:18|19|20)\d\d)(?!\d)")
_STREET_END = ("veien", "vegen", "veg", "vei", "gata", "gaten", "gate", "plass", "plassen", "allé", "alle",
               "brygga", "bryggen", "stien", "svingen", "bakken", "torget", "tunet", "kroken", "ringen", "kaia",
               "kaien", "løkka", "parken", "sletta", "hagen", "vollen", "tangen", "moen")
_STREET = re.compile(rf"\b((?:[A-ZÆØÅ][\wæøå.-]*\s+){{0,2}}[A-ZÆØÅ][\wæøå-]*(?:{'|'.join(_STREET_END)})"
                     r"\s+\d{1,4}(?:(?:[A-Za-z]|\s[A-Z])(?![\wæøå]))?)"
                     r"(?:\s*,?\s*(\d{4})\s+([A-ZÆØÅ][\wæøåÆØÅ-]+))?")
# A street with no street word: one or two capitalised words, a house number, and a postcode
# with its town (the register must confirm them) or nothing more.
_PLAIN_STREET = re.compile(r"(?<![\wæøåÆØÅ])(?P<street>[A-ZÆØÅ][a-zæøåé]+(?:\s[A-ZÆØÅ][a-zæøåé]+)?)"
                           r"\s+"
                           r"(?P<num>\d{1,3}(?:[A-Za-z]|\s[A-Z])?)(?![\wæøå]|[.,:]\d)"
                           r"(?:\s*,?\s*(?P<code>\d{4})\s+(?P<town>[A-ZÆØÅ][\wæøåÆØÅ-]+))?")
_LABEL_BEFORE = re.compile(r"(?:adresse\s*(?:er)?\s*:?|(?:holder|held|halde)\s+til\s+(?:i|på)|lokaler\s+(?:i|på)|"
                           r"lokala\s+våre\s+(?:i|på)|hovudkontor\s+(?:i|på)|hovedkontor\s+(?:i|på)|"
                           r"ligger\s+(?:i|på)|ligg\s+(?:i|på))\s*$", re.IGNORECASE)
_ADDRESS_END = re.compile(r"\s*(?:$|[,.;)]|\n|(?:i|på|og|ved)\b)")
_NOT_STREET = frozenset({
    "side", "sida", "tabell", "figur", "note", "noter", "kapittel", "vedlegg", "punkt", "postboks", "boks", "pb",
    "uke", "veke", "rom", "sak", "nr", "telefon", "tlf", "kl", "paragraf", "linje", "kolonne", "år", "året",
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "desember", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "des",
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tysdag", "laurdag",
    "org", "orgnr", "konto", "kontonr", "bilag", "budsjett", "regnskap", "sum", "totalt", "gruppe", "avdeling",
    "trinn", "nivå", "versjon", "utgave", "fase", "steg", "del", "bok", "post", "kap", "fig", "tab", "ca",
})
_POSTBOX = re.compile(r"\b((?:Postboks|Pb\.?|Boks)\s+\d+[^,\n]{0,20}?)\s*,?\s*(\d{4})\s+([A-ZÆØÅ][\wæøåÆØÅ-]+)")
_EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
_WEB = re.compile(r"\b(?:https?://)?(www\.[\w-]+(?:\.[\w-]+)+|[\w-]+\.(?:no|com|org|net)(?=[/\s]|$))(?:/[\w/.-]*)?",
                  re.IGNORECASE)
_PHONE = re.compile(r"(?:tlf|telefon|tel|phone|sentralbord)\.?\s*:?\s*((?:\+47\s?)?(?:\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|"
                    r"\d{3}\s?\d{2}\s?\d{3}))", re.IGNORECASE)
_OWN_PREMISES = re.compile(r"\b(våre lokaler|vår adresse|holder til|ligger i|lokalisert|besøksadresse|"
                           r"adresse|lokala våre|held til)\b", re.IGNORECASE)


@dataclass(slots=True)
class Hit:
    value: str
    reasons: list[str]
    prov: Provenance
    text: str
    weight: float = 1.0


def _hit_to_field(hit: Hit, extra: list[str] = ()):
    reasons = [*hit.reasons, *extra, *ocr_reason(hit.prov.ocr_confidence)]
    return f.Extracted(value=hit.value, confidence=combine(PRIOR, reasons, WEIGHTS, hit.prov.ocr_confidence),
                       reasons=reasons, source=prov_to_ref(hit.prov, hit.text))


def mod11_ok(number: str) -> bool:
    """Organisasjonsnummer check digit: weights 3,2,7,6,5,4,3,2; 11 - sum mod 11 (11 -> 0, 10 invalid)."""
    digits = [int(c) for c in re.sub(r"\D", "", number)]
    if len(digits) != 9:
        return False
    rest = sum(w * d for w, d in zip((3, 2, 7, 6, 5, 4, 3, 2), digits)) % 11
    check = 0 if rest == 0 else 11 - rest
    return check != 10 and check == digits[8]


def _all_texts(analysis: Analysis):
    """(text, prov, source kind, in a media section) for body units and page furniture."""
    media = media_unit_ids(analysis)
    for u in analysis.units:
        yield u.text, u.prov, "body", id(u) in media
    for b in analysis.document.furniture:
        yield b.text, b.prov, "running_header", False


# --- name ------------------------------------------------------------------------------------

def iter_org_names(text: str):
    """'<Capitalised words> AS' in running text: walk back from each legal form over capitalised
    words (and 'og', 'for', 'i', '&' inside), stopping at a previous form or a sentence word."""
    tokens = text.split()
    for i, tok in enumerate(tokens):
        form = tok.rstrip(",.;:)!?»”")
        if form not in LEGAL_FORMS or i == 0:
            continue
        words: list[str] = []
        j = i - 1
        while j >= 0 and len(words) < 5:
            w = tokens[j]
            if w.rstrip(",.;:") in LEGAL_FORMS or w[-1] in ",.;:)»”" or not re.match(_CAP + "$|og$|for$|i$|&$", w):
                break
            words.insert(0, w)
            j -= 1
        while words and (words[0].casefold() in _START_STOP or not words[0][0].isupper()):
            words.pop(0)
        while words and words[-1].casefold() in {"og", "for", "i", "&"}:
            words.pop()
        if words and not any(w.isdigit() for w in words):
            yield " ".join(words) + " " + form


def _name(analysis: Analysis, is_report: bool) -> tuple[Hit | None, str | None]:
    from extractor.fields.report import title_units

    titles = {id(u.prov) for u in title_units(analysis)}
    score: Counter[str] = Counter()  # by case-folded name: "ASKER PRODUKT AS" is the same name
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, Hit] = {}
    where: dict[str, set[str]] = defaultdict(set)
    for text, prov, kind, _ in _all_texts(analysis):
        for name in iter_org_names(text):
            key = name.casefold()
            spellings[key][name] += 1
            if kind == "running_header":
                if "running_header" in where[key]:
                    continue  # one header repeated on every page is one piece of evidence
                score[key] += 3
                where[key].add("running_header")
            elif id(prov) in titles:
                score[key] += 3
                where[key].add("title")
            else:
                score[key] += 1
            first.setdefault(key, Hit(name, [], prov, text))
    if not score:
        return None, None
    (key, top), *rest = score.most_common()
    name = max(spellings[key], key=lambda s: (not s.isupper(), spellings[key][s]))
    core = name.rsplit(" ", 1)[0].casefold()
    mentions = sum(1 for text, *_ in _all_texts(analysis) if core in text.casefold())
    reasons = sorted(where[key])
    reasons.append(f"frequent:{mentions}" if mentions >= FREQUENT else "single_mention")
    if rest and rest[0][1] >= 0.7 * top:
        reasons.append("close_second")
    if not is_report:
        reasons.append("not_a_report")
    hit = first[key]
    hit.value, hit.reasons = name, reasons
    return hit, name.rsplit(" ", 1)[1]


# --- single facts ----------------------------------------------------------------------------

def _org_number(analysis: Analysis):
    for text, prov, *_ in _all_texts(analysis):
        for m in _ORGNR.finditer(text):
            digits = re.sub(r"\D", "", m.group(1))
            ok = mod11_ok(digits)
            return _hit_to_field(Hit(digits, ["labelled", "mod11_ok" if ok else "mod11_failed"], prov, m.group(0)))
    return None


def _sentences(text: str):
    return iter_sentences(text)


def _founded(analysis: Analysis, org_words: list[str]):
    hits: list[Hit] = []
    media = media_unit_ids(analysis)
    for u in analysis.units:
        for sent in _sentences(u.text):
            if not _FOUNDED.search(sent):
                continue
            years = [int(y) for y in _YEAR.findall(sent)
                     if analysis.report_year is None or int(y) <= analysis.report_year]
            if not years:
                continue
            about_org = (any(w in sent for w in org_words) or
                         re.search(r"\b(selskapet|bedriften|foretaket|stiftelsen|vi)\b", sent, re.IGNORECASE))
            reasons = ["subject_is_org" if about_org else "no_subject"]
            if re.search(rf"\bi\s*{min(years)}\b", sent):
                reasons.append("in_year")  # "opprettet ... i 1991", not a year mentioned in passing
            if id(u) in media:
                reasons.append("media_section")
            hits.append(Hit(min(years), reasons, u.prov, sent))
    if not hits:
        return None
    best = max(hits, key=lambda h: ("subject_is_org" in h.reasons, "media_section" not in h.reasons))
    return _hit_to_field(best)


def _postcode_reason(code: str | None, town: str | None) -> list[str]:
    if not code:
        return []
    found = gazetteers.postal_code(code)
    if not (found and town):
        return ["postcode_mismatch"]
    # The register's "Skei i Jølster" is printed "Skei".
    register, printed = found.place.casefold(), town.casefold()
    ok = register == printed or register.startswith(printed + " ") or fuzz.ratio(register, printed) >= 90
    return ["postcode_ok" if ok else "postcode_mismatch"]


def _street_hits(text: str):
    """(street, value, postcode reasons, start) for streets named with a street word."""
    for m in _STREET.finditer(text):
        street = m.group(1)
        value = street if not m.group(2) else f"{street}, {m.group(2)} {m.group(3)}"
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
            yield street, f"{street}, {m.group('code')} {m.group('town')}", ["street_fallback", *postcode], m.start()
        elif (not m.group("code") and _LABEL_BEFORE.search(text[max(0, m.start() - 40):m.start()])
              and _ADDRESS_END.match(after) and not gazetteers.municipality(name) and not gazetteers.county(name)):
            yield street, street, ["street_fallback"], m.start()


def _address(analysis: Analysis):
    hits: dict[str, Hit] = {}
    for text, prov, kind, in_media in _all_texts(analysis):
        found = [(st, v, r, a) for st, v, r, a, _ in _street_hits(text)]
        spans = [(a, b) for *_, a, b in _street_hits(text)]
        for street, value, reasons, at in [*found, *_plain_street_hits(text, spans)]:
            before = text[max(0, at - 60):at]
            reasons = list(reasons)
            if _OWN_PREMISES.search(before):
                reasons.append("own_premises")
            if in_media:
                reasons.append("media_section")
            key = street.casefold()
            if key in hits:
                hits[key].weight += 1
                if len(value) > len(hits[key].value) or len(reasons) > len(hits[key].reasons):
                    hits[key] = Hit(value, reasons, prov, text[:300], hits[key].weight)
            else:
                hits[key] = Hit(value, reasons, prov, text[:300])
    if not hits:
        return None
    best = max(hits.values(), key=lambda h: (combine(PRIOR, h.reasons, WEIGHTS), h.weight))
    return _hit_to_field(best, ["repeated"] if best.weight > 1 else [])


def _postal_address(analysis: Analysis):
    for text, prov, *_ in _all_texts(analysis):
        m = _POSTBOX.search(text)
        if m:
            reasons = ["labelled", *_postcode_reason(m.group(2), m.group(3))]
            return _hit_to_field(Hit(f"{m.group(1).strip()}, {m.group(2)} {m.group(3)}", reasons, prov, m.group(0)))
    return None


def _own_domain(domain: str, org_words: list[str]) -> bool:
    core = re.sub(r"[^a-zæøå0-9]", "", domain.casefold().split(".")[-2] if "." in domain else domain)
    joined = "".join(w.casefold() for w in org_words)
    return bool(core) and bool(joined) and (fuzz.partial_ratio(core, joined) >= 85 or core in joined)


def _contact(analysis: Analysis, pattern: re.Pattern, org_words: list[str], domain_of) -> f.Extracted | None:
    hits: list[Hit] = []
    for text, prov, kind, in_media in _all_texts(analysis):
        for m in pattern.finditer(text):
            value = m.group(0) if pattern is not _PHONE else m.group(1)
            reasons = []
            if domain_of:
                reasons.append("own_domain" if _own_domain(domain_of(m), org_words) else "other_domain")
            else:
                reasons.append("labelled")
            if in_media:
                reasons.append("media_section")
            hits.append(Hit(value.strip(" .,"), reasons, prov, text[max(0, m.start() - 40):m.end() + 40]))
    if not hits:
        return None
    return _hit_to_field(max(hits, key=lambda h: combine(PRIOR, h.reasons, WEIGHTS)))


def extract_organisation(analysis: Analysis) -> f.Organization:
    from extractor.fields.report import report_kind

    is_report = report_kind(analysis) is not None
    name_hit, form = _name(analysis, is_report)
    org_name = name_hit.value if name_hit else analysis.org_name
    org_words = [w for w in (org_name or "").split() if w not in LEGAL_FORMS]
    name = _hit_to_field(name_hit) if name_hit else None
    legal_form = None
    if name_hit:
        legal_form = f.Extracted[str](value=form, confidence=name.confidence, reasons=name.reasons, source=name.source)
    claims = list(iter_owner_claims(analysis, org_words))
    return f.Organization(
        name=name, legal_form=legal_form, org_number=_org_number(analysis),
        founded_year=_founded(analysis, org_words), address=_address(analysis),
        postal_address=_postal_address(analysis),
        email=_contact(analysis, _EMAIL, org_words, lambda m: m.group(1)),
        phone=_contact(analysis, _PHONE, org_words, None),
        website=_contact(analysis, _WEB, org_words, lambda m: m.group(1)),
        owners=owners_to_out(claims),
    )
