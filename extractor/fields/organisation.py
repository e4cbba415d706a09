"""The reporting organisation: legal name and form, organisation number, founding year,
owners, addresses and contacts.

The name is voted: "<Capitalised words> AS" in the title and running header counts most, then
every mention in the text. Contacts are the organisation's own only when they fit its name
(askerprodukt.no for Asker Produkt AS); a newspaper's debate address in a quoted article is
kept only with low confidence.
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
from extractor.parse import parse_percent
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
    "own_premises": 0.8,  # "I våre lokaler i Solbråveien 32a", "holder til i"
    "postcode_ok": 1.0,  # postcode and town agree with the postal register
    "postcode_mismatch": -1.2,
    "own_domain": 1.4,  # e-mail / website in the organisation's own domain
    "other_domain": -1.6,
    "media_section": -1.6,  # contacts inside a quoted article
    "repeated": 0.5,
    "owns_all": 1.6,  # "eier samtlige aksjer", "heleid av"
    "stated_share": 1.2,  # "A (60 %)"
    "owner_table": 1.4,
    "single_owner_implied": -0.2,  # "eies av X" with no share: 100 % assumed
    "shares_sum_100": 0.8,
    "shares_sum_off": -1.8,
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
                     r"\s+\d{1,4}(?:\s?[A-Za-z](?![\wæøå]))?)(?:\s*,?\s*(\d{4})\s+([A-ZÆØÅ][\wæøåÆØÅ-]+))?")
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
    return ["postcode_ok" if found and town and found.place.casefold() == town.casefold() else "postcode_mismatch"]


def _address(analysis: Analysis):
    hits: dict[str, Hit] = {}
    for text, prov, kind, in_media in _all_texts(analysis):
        for m in _STREET.finditer(text):
            street = m.group(1)
            value = street if not m.group(2) else f"{street}, {m.group(2)} {m.group(3)}"
            before = text[max(0, m.start() - 60):m.start()]
            reasons = ["street_pattern", *_postcode_reason(m.group(2), m.group(3))]
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


# --- owners ----------------------------------------------------------------------------------

_OWNER = rf"(?:{_CAP}\s+){{1,3}}(?:fylkes)?kommunes?|(?:{_CAP}\s+){{0,3}}{_CAP}"
_OWNS_ALL = re.compile(rf"(?P<owner>{_OWNER})\s+eig?er\s+(?P<q>\w+)\s+(?:av\s+)?(?:aksj|andel|del)", re.UNICODE)
_WHOLLY = re.compile(rf"(?:heleid|heileigd|100\s*%\s*eid|fullt ut eid)\w*\s+(?:av|av\s+eigaren)\s+(?P<owner>{_OWNER})")
_OWNED_BY = re.compile(r"\b(?:eies|eigd|er\s+eid|er\s+eigd|eiere\s+er|eigarar\s+er|eies\s+i\s+dag)\s+(?:av\s+)?(?P<rest>[^.]{3,200})")
_SHARE_ITEM = re.compile(rf"(?P<owner>{_OWNER})\s*(?:\(|med\s+|:\s*)?(?P<pct>\d{{1,3}}(?:[,.]\d+)?)\s*(?:%|prosent)")
_ALL_WORDS = ("samtlige", "alle", "hele")


@dataclass(slots=True)
class OwnerClaim:
    name: str
    share: float | None
    reasons: list[str]
    prov: Provenance
    text: str


def _clean_owner(name: str, org_words: list[str]) -> str | None:
    words = name.split()
    while words and words[0].casefold() in _START_STOP | {"hvor", "der", "som"}:
        words.pop(0)
    name = " ".join(words).strip(" ,.")
    if not name or all(w in org_words for w in words):
        return None
    return name


def _owner_sentence_claims(sent: str, prov, in_media: bool, org_words):
    media = ["media_section"] if in_media else []
    for m in _OWNS_ALL.finditer(sent):
        if max(fuzz.ratio(m.group("q").casefold(), w) for w in _ALL_WORDS) >= 75:
            if owner := _clean_owner(m.group("owner"), org_words):
                yield OwnerClaim(owner, 100.0, ["owns_all", *media], prov, sent)
    for m in _WHOLLY.finditer(sent):
        if owner := _clean_owner(m.group("owner"), org_words):
            yield OwnerClaim(owner, 100.0, ["owns_all", *media], prov, sent)
    for m in _OWNED_BY.finditer(sent):
        rest = m.group("rest")
        items = [(o, parse_percent(i.group("pct") + " %")) for i in _SHARE_ITEM.finditer(rest)
                 if (o := _clean_owner(i.group("owner"), org_words))]
        if items:
            for owner, pct in items:
                yield OwnerClaim(owner, pct, ["stated_share", *media], prov, sent)
        elif (first := re.match(_OWNER, rest)) and (owner := _clean_owner(first.group(0), org_words)):
            yield OwnerClaim(owner, 100.0, ["single_owner_implied", *media], prov, sent)


def _owner_tables(analysis: Analysis, org_words):
    for table in analysis.document.tables():
        rows = table.text_rows()
        if len(rows) < 2:
            continue
        head = [c.casefold() for c in rows[0]]
        name_col = next((i for i, h in enumerate(head) if re.search(r"eier|aksjonær|eigar|andelseier", h)), None)
        pct_col = next((i for i, h in enumerate(head) if re.search(r"%|andel|prosent", h) and i != name_col), None)
        if name_col is None or pct_col is None:
            continue
        for row in rows[1:]:
            pct = parse_percent(row[pct_col] if "%" in row[pct_col] else row[pct_col] + " %")
            name = _clean_owner(row[name_col], org_words)
            if name and pct is not None and not re.match(r"(?i)sum|totalt?", name):
                yield OwnerClaim(name, pct, ["owner_table"], table.prov, " | ".join(row))


def iter_owner_claims(analysis: Analysis, org_words: list[str]):
    media = media_unit_ids(analysis)
    for u in analysis.units:
        if u.in_table:
            continue
        for sent in _sentences(u.text):
            yield from _owner_sentence_claims(sent, u.prov, id(u) in media, org_words)
    yield from _owner_tables(analysis, org_words)


def owners_to_out(claims: list[OwnerClaim]) -> list[f.Owner]:
    """One owner per name (the best-supported claim); shares that add up to 100 raise them all."""
    best: dict[str, OwnerClaim] = {}
    rank = {"owner_table": 3, "owns_all": 2, "stated_share": 2, "single_owner_implied": 0}
    for c in claims:
        key = c.name.casefold()
        if key not in best or rank.get(c.reasons[0], 0) > rank.get(best[key].reasons[0], 0):
            best[key] = c
    chosen = list(best.values())
    if any("media_section" not in c.reasons for c in chosen):
        chosen = [c for c in chosen if "media_section" not in c.reasons]
    total = sum(c.share or 0 for c in chosen)
    check = "shares_sum_100" if abs(total - 100) < 0.5 else "shares_sum_off"
    out = []
    for c in chosen:
        reasons = [*c.reasons, check, *ocr_reason(c.prov.ocr_confidence)]
        out.append(f.Owner(name=c.name, share_percent=c.share, reasons=reasons,
                           confidence=combine(PRIOR, reasons, WEIGHTS, c.prov.ocr_confidence),
                           source=prov_to_ref(c.prov, c.text)))
    return out


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
