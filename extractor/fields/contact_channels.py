"""How to reach the organisation: e-mail, website and phone, as printed.

An address or a number is the organisation's own when its domain spells the organisation's name
(post@askerprodukt.no), a generic mailbox (post@, kontakt@) or a contact sentence or heading says
so; a board member's own address in a list of people, a number in a person's line, the auditor's
letterhead, a news site's colophon, a news site cited for a piece of news and a newspaper's debate
address in a quoted article are kept only with low confidence (``contacts.foreign``). A web address set with letter spacing, or cut at its hyphen
at a line's end, is read whole; a domain printed in spellings that differ only by hyphens is read
as printed most often, in doubt on a tie; an unlabelled number only with +47 or on the
organisation's own contact line.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from extractor import gazetteers
from extractor.fields.contacts import FOREIGN, foreign, is_foreign
from extractor.fields.org_common import Hit, Text, hit_to_field, is_facts_key, score
from extractor.fields.org_vote import domain_agrees

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
# Before 1993 an area code opened with 0 stood before the local number, 8 digits in all: "(02) 54 71 36"
# (a two-digit code, six digits), "057 - 27 614" (three digits, five); read after a label only.
_AREA_CODED = (r"(?:\(0\d\)\s?|0\d[ \t]?[-–][ \t]?)\d{2}\s?\d{2}\s?\d{2}(?!\d|,\d)|"
               r"(?:\(0\d{2}\)\s?|0\d{2}[ \t]?[-–][ \t]?)\d{2}\s?\d{3}(?!\d|,\d)")
_NUMBER = rf"({_AREA_CODED}|(?:\(?(?:\+ ?47|0047)\)?)?\s?{_EIGHT})"
# "Tlf/faks", "Telefon og telefaks": one label for both, the number after it is the phone.
_PHONE = re.compile(r"(?:\b(?:tlf|telefon|tel|phone|sentralbord|mobil|mob|sms|telefonnummer(?:et)?|telefonnr|"
                    r"ring\s+(?:oss\s+)?(?:på)?)\.?(?:\s*(?:/|og|&)\s*(?:tele)?fa(?:ks|x)\.?)?"
                    r"(?:\s+(?:er|nr\.?|nummer))?\s*:?\s*)" + _NUMBER, re.IGNORECASE)
_PHONE_47 = re.compile(rf"(?<![\d+(])(\(?\+ ?47\)?\s?{_EIGHT})")
# A number set as a Norwegian phone number, unlabelled: read only on a line that also gives the
# organisation's e-mail address (a letterhead or footer: "Storgata 1, 7713 Steinkjer · post@x.no · 74 16 82 00")
_BARE_PHONE = re.compile(rf"(?<![\d,.+])({_eight_digits(' ')})")
# A fax number's label right before the number: "Telefaks 35 00 00 01", "Faks: ...", "Telefax", "Fax nr." (a
# letterhead's or fact box's second number is no phone; "Tlf/faks" names one number for both and stays).
_FAX_LABEL = re.compile(r"(?<![\w/])(?:tele)?fa(?:ks|x)\.?\s*(?:nr\.?|nummer)?\s*:?\s*$", re.IGNORECASE)
_SEPARATORS = "·•|–- \t"  # what opens a wrapped contact line's last line
_GENERIC_MAILBOX = re.compile(r"^(?:post|postmottak|firmapost|kontakt|info|mail|epost|e-post|adm|administrasjon|"
                              r"sentralbord|office|resepsjon|kundeservice|sekretariat|sekretariatet|forening|"
                              r"styret|leder|leiar)$", re.IGNORECASE)
# a "kontaktperson" is a person: the number or address after that name is hers, no contact line
_CONTACT = re.compile(r"\b(?:kontakt(?!person)\w*|nås|nåast|når\s+oss|henvendelse\w*|spørsmål|skriv\s+til|send\s+(?:en\s+)?"
                      r"(?:e-?post|mail)|besøk\s+oss|nettside\w*|heimeside\w*|hjemmeside\w*|følg\s+oss)\b", re.IGNORECASE)
# A news site cited for a piece of news: "..., skriv Fjordnytt.no", "melder Nrk.no", "ifølge Dn.no".
_NEWS_SOURCE = re.compile(r"\b(?:skriv|skriver|melder|meldar|ifølge|ifølgje|iflg\.?|opplyser|kilde|kjelde|source)\s*:?\s*$",
                          re.IGNORECASE)


def _context_reasons(t: Text, start: int, end: int) -> list[str]:
    reasons = []
    around = t.text[max(0, start - 80):end + 40]
    if _CONTACT.search(around) or any(_CONTACT.search(h) for h in t.headings[-1:]):
        reasons.append("contact_context")
    if t.in_media:
        reasons.append("media_section")
    return reasons + foreign(t)


def _best(hits: list[Hit]):
    # The auditor's letterhead is the auditor's: its contacts are not ours, unless they agree with our name.
    hits = [h for h in hits if not is_foreign(h) or "own_domain" in h.reasons]
    if not hits:
        return None
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.value.casefold()] = counts.get(h.value.casefold(), 0) + 1
    best = max(hits, key=lambda h: (score(h), counts[h.value.casefold()]))
    return hit_to_field(best, ["repeated"] if counts[best.value.casefold()] > 1 else [])


def extract_email(texts: list[Text], org_name: str | None):
    hits = []
    printed = _printed_domains(_join_cut_web(texts))
    for t in texts:
        matches = [(m, m.group(0).split("@")[0], m.group(1), []) for m in _EMAIL.finditer(t.text)]
        if t.prov.ocr_confidence is not None:
            matches += [(m, m.group(1), m.group(2), ["ocr_at"]) for m in _OCR_EMAIL.finditer(t.text)]
        for m, local, domain, mended in matches:
            domain, varies = _spelling(domain, printed)
            reasons = ["own_domain" if org_name and domain_agrees(domain.split(".")[0], org_name) else "other_domain"]
            if _GENERIC_MAILBOX.match(local):
                reasons.append("generic_mailbox")
            elif len(t.text.strip()) <= len(m.group(0)) + 2:
                reasons.append("personal_line")  # an address on its own line, in a list of people
            hits.append(Hit(f"{local}@{domain}".strip(" ."),
                            reasons + mended + varies + _context_reasons(t, m.start(), m.end()),
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


def _host(m: re.Match) -> str:
    return m.group(1).casefold().removeprefix("www.")


def _printed_domains(texts: list[Text]) -> Counter[str]:
    """How often each e-mail domain and web host is printed, by its spelling."""
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(m.group(1).casefold() for m in _EMAIL.finditer(t.text))
        counts.update(_host(m) for m in _WEB.finditer(despace_web(t.text)))
    return counts


REVIEW_DOUBTS = ("spelling_varies",)  # a domain printed as often with a hyphen as without (calibrate)


def _spelling(domain: str, printed: Counter[str]) -> tuple[str, list[str]]:
    """``domain`` as the document prints it most often among the spellings that differ from it
    only by hyphens (on a tie the one with them: a hyphen where a line breaks an address is the
    address's own), with "spelling_varies" when two spellings are printed as often."""
    key = domain.casefold().replace("-", "")
    twins = [s for s in printed if s.replace("-", "") == key]
    if len(twins) < 2:
        return domain, []
    best = max(twins, key=lambda s: (printed[s], s.count("-")))
    tie = sum(printed[s] == printed[best] for s in twins) > 1
    return (domain if best == domain.casefold() else best), (["spelling_varies"] if tie else [])


def extract_website(texts: list[Text], org_name: str | None):
    hits = []
    texts = _join_cut_web(texts)
    printed = _printed_domains(texts)
    for t in texts:
        text = despace_web(t.text)
        if text != t.text:
            t = replace(t, text=text)
        for m in _WEB.finditer(t.text):
            host = _host(m)
            spelt, varies = _spelling(host, printed)
            label = spelt.split(".")[-2] if "." in spelt else spelt
            reasons = ["own_domain" if org_name and domain_agrees(label, org_name) else "other_domain"]
            if _NEWS_SOURCE.search(t.text[max(0, m.start() - 30):m.start()]):
                reasons.append("news_source")
            address = m.group(0).strip(" .,")
            if spelt != host:
                address = address.replace(m.group(1), m.group(1)[:len(m.group(1)) - len(host)] + spelt)
            hits.append(Hit(address, reasons + varies + _context_reasons(t, m.start(), m.end()), t.prov,
                            t.text[max(0, m.start() - 40):m.end() + 40]))
    return _best(hits)


def _own_mail_line(t: Text, org_name: str | None) -> bool:
    """A line giving the organisation's own e-mail address is its own contact line, even on the
    auditor's pages (a web page's footer after the auditor's report)."""
    return bool(org_name) and any(domain_agrees(m.group(1).split(".")[0], org_name) for m in _EMAIL.finditer(t.text))


def _own_web_line(t: Text, org_name: str | None) -> bool:
    """A short contact line giving the organisation's own web address and a number, set apart by
    a separator ("www.nordvikbad.no · 61 00 00 00" under a sidebar's facts): the number is its phone."""
    if not org_name:
        return False
    for line in t.text.split("\n"):
        web = _WEB.search(line)
        if web and len(line) <= CONTACT_LINE_CHARS \
                and domain_agrees(re.sub(r"^www\.", "", web.group(1) or web.group(0), flags=re.I).split(".")[0], org_name) \
                and any(sep in line for sep in "·•|"):
            return True
    return False


CONTACT_LINE_CHARS = 80  # a contact line, not a paragraph that happens to cite the site


def wraps_contact_line(text: Text, before: Text | None) -> bool:
    """A contact line's wrapped last line, read apart from it (a PDF takes the separator opening
    it for a bullet: "· 75 50 41 20 · Org.nr. ..."): one line opening with the number, under a line
    of the same page that gives an e-mail address."""
    rest = text.text.strip().lstrip(_SEPARATORS)
    return (before is not None and "\n" not in rest and bool(_BARE_PHONE.match(rest))
            and before.prov.page == text.prov.page and bool(_EMAIL.search(before.text)))


NUMBER_LINE_CHARS = 32  # a line holding a phone number alone ("(+47) 61 00 00 00") is no longer


def _key_over_number(key: Text | None, text: Text) -> re.Match | None:
    """A phone key over the number alone on the line under it ("TELEFON" / "61 00 00 00" in a facts
    sidebar of small-caps keys over values): the two read as one labelled line."""
    if key is None or len(text.text) > NUMBER_LINE_CHARS or sum(map(str.isdigit, text.text)) < 8 \
            or key.prov.page != text.prov.page:  # most lines fail the first two tests
        return None
    # the key may end a block of the address lines above it, as its last line or (lines run together) word
    label = next((k for k in (key.text.strip().rsplit("\n", 1)[-1], key.text.split()[-1] if key.text.split() else "")
                  if is_facts_key(k)), None)
    if label is None or len(key.text) > CONTACT_LINE_CHARS:
        return None
    joined = f"{label} {text.text.strip()}"
    m = _PHONE.match(joined)
    return m if m is not None and m.end() == len(joined) else None


KEYS_BACK = 12  # texts before a value searched for its key: a facts block's keys read as a column before its values
ROW_PT = 2.0  # a key and its value set on one row share their top within this


def _key_beside(texts: list[Text], i: int) -> Text | None:
    """The facts key set on the same row left of the value at ``i`` ("Telefon" beside "33 00 00
    00"), where a block of keys and values was read column by column: all the keys, then the values."""
    value = texts[i].prov
    if value.bbox is None:
        return None
    for key in reversed(texts[max(0, i - KEYS_BACK):i]):
        box = key.prov.bbox
        if key.prov.page == value.page and box is not None and abs(box[1] - value.bbox[1]) <= ROW_PT \
                and box[2] <= value.bbox[0] and is_facts_key(key.text.strip()):
            return key
    return None


def extract_phone(texts: list[Text], org_name: str | None = None):
    hits = []
    for i, t in enumerate(texts):
        own = _own_mail_line(t, org_name)
        found = [(m, "labelled") for m in _PHONE.finditer(t.text)]
        contact = _EMAIL.search(t.text) or _own_web_line(t, org_name) \
            or wraps_contact_line(t, texts[i - 1] if i else None)
        unlabelled = [(_PHONE_47, "country_code"), *([(_BARE_PHONE, "contact_line")] if contact else [])]
        for rx, how in unlabelled:  # each number once, by the first matcher that reads it
            found += [(m, how) for m in rx.finditer(t.text)
                      if not any(a.start(1) <= m.start(1) < a.end(1) for a, _ in found)]
        if not found and (m := _key_over_number(texts[i - 1] if i else None, t) or _key_over_number(
                _key_beside(texts, i), t)) is not None:
            hits.append(Hit(re.sub(r"\s+", " ", m.group(1)).strip(), ["labelled"], t.prov, m.group(0)))
        for m, how in found:
            if how == "labelled" and _EMAIL.search(t.text) and "\n" not in t.text.strip():
                how = "contact_line"  # "Firma AS · Vegen 2 · tlf. 37 00 00 00 · post@...": the letterhead's number
            fax = _FAX_LABEL.search(t.text, max(0, m.start(1) - 24), m.start(1))
            if fax and fax.start() < m.start():  # not the phone's own label ("Telefon/telefaks: ...")
                continue
            reasons = [r for r in [how] + _context_reasons(t, m.start(), m.end()) if not (own and r in FOREIGN)]
            line = t.text[t.text.rfind("\n", 0, m.start()) + 1:m.start()]
            if any(gazetteers.is_first_name(w) for w in re.findall(r"[A-ZÆØÅ][a-zæøå]+", line)[:3]):
                reasons.append("personal_line")  # "Kari Nordmann, tlf. 97 00 00 00", "Avdelingsleder Kari Dahl, tlf."
            hits.append(Hit(re.sub(r"\s+", " ", m.group(1)).strip(), reasons, t.prov,
                            t.text[max(0, m.start() - 40):m.end() + 40]))
    return _best(hits)
