"""What the organisation readers share: the evidence weights, a found value (``Hit``) and the
texts they read, each marked when it sits in a quoted article or on the auditor's pages."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.document import Provenance
from extractor.fields.context import Analysis
from extractor.fields.org_name import auditor_unit_ids
from extractor.fields.org_vote import WEIGHTS as NAME_WEIGHTS
from schemas import fields as f

PRIOR = 0.5
WEIGHTS = {
    **NAME_WEIGHTS,  # the name's evidence (see org_name)
    "mod11_ok": 2.0,
    "mod11_failed": -3.0,  # misprinted or OCR-garbled digits
    "labelled": 1.0,  # "Org.nr.", "Besøksadresse:", "Tlf."
    "contact_line": 1.2,  # set as a phone number on the line of the e-mail address (a letterhead, a footer): the main number
    "near_name": 0.4,  # the organisation's name stands next to it
    "other_name": -2.5,  # another organisation's name stands right before it (a subsidiary, an owner)
    "subject_is_org": 1.2,  # "Asker Produkt AS ble opprettet i 1991"
    "object_is_org": 1.0,  # "Stiftet Vekst Produkt i 1991", a history list
    "labelled_year": 1.2,  # "Stiftet: 1991"
    "table_cell": -0.4,  # ... in a table's cell: a facts box, or a table of other bodies' years
    "no_subject": -0.8,
    "other_subject": -2.4,  # "The Kavli Group was established in 1893" in its owner's report: another body's year
    "in_year": 0.5,
    "year_heading": 0.0,  # the year is the heading of a history list ("2021" above "Grunnlagt ...")
    "operating_year": 0.2,  # "43. driftsår"
    "opened": -1.2,  # "Tunet ble åpnet som museum i 1937": the opening may come years after the founding
    "built": 0.0,  # a borettslag's blocks "oppført i 1978": its founding, most often
    "cover_tagline": 0.4,  # "Arbeid og opplæring sidan 1991" on the cover: the work's start, told as the firm's own
    "operating_since": -0.4,  # "i drift siden 2011": the work's start, most often but not always the founding
    "years_since": 0.0,  # "20 år siden bedriften ble etablert"
    "jubilee": -0.4,  # "Bedriften fyller 50 år": the year may be rounded
    "report_year_doubtful": -1.2,  # counted back from a report year that is itself below review
    "conflicting_years": -1.2,  # another founding year is stated too
    "predecessor": -1.6,  # "en videreføring av X, som ble stiftet i 1921": the body it continues
    "street_pattern": 0.4,
    "street_fallback": 0.0,  # no street word: no evidence either way, the postcode or a label must carry it
    "farm_name": 0.0,  # a farm's or place's name, no house number: the postcode and the line must carry it
    "own_premises": 0.8,  # "I våre lokaler i Solbråveien 32a", "holder til i"
    "meeting_venue": -1.2,  # "kl. 18.00 i Lindås skole, Skolevegen 7": where a meeting is held
    "department_section": -1.6,  # under "Avdelingene": a department's address, not the organisation's
    "competing_addresses": -0.8,  # other streets in other towns, none named with the organisation
    "postbox_as_address": -0.4,  # no street printed: the postbox is the address (a street may have been missed)
    "postcode_ok": 1.0,  # postcode and town agree with the postal register
    "postcode_mismatch": -1.2,
    "own_domain": 1.4,  # e-mail / website in the organisation's own domain
    "other_domain": -1.6,
    "generic_mailbox": 0.6,  # post@, kontakt@, firmapost@: the organisation's, not a person's
    "ocr_at": -1.6,  # OCR read the "@" as "&" or "©": the address is mended, a reviewer checks it
    "spelling_varies": -1.2,  # the domain printed as often with a hyphen as without: one may be a line break's
    "contact_context": 0.6,  # "kan nås på", "Kontakt oss", under a contact heading
    "personal_line": -0.6,  # a person's own address or number in a list of people
    "media_section": -1.6,  # contacts inside a quoted article
    "auditor_page": -2.4,  # the auditor's letterhead: its address, number and domain
    "publisher_colophon": -2.4,  # a news site's colophon under its article: the publisher's contacts
    "news_source": -2.4,  # "..., skriv Fjordnytt.no": the news site a piece is quoted from
    "rights_notice": -2.4,  # "fremstilt etter avtale med Kopinor, Stenergate 1": the licensing body's address
    "repeated": 0.5,
}


@dataclass(slots=True)
class Hit:
    value: object
    reasons: list[str]
    prov: Provenance
    text: str
    weight: float = 1.0


def hit_to_field(hit: Hit, extra: list[str] = ()):
    reasons = [*hit.reasons, *extra, *ocr_reason(hit.prov.ocr_confidence)]
    return f.Extracted(value=hit.value, confidence=combine(PRIOR, reasons, WEIGHTS, hit.prov.ocr_confidence),
                       reasons=reasons, source=prov_to_ref(hit.prov, hit.text))


def score(hit: Hit) -> float:
    return combine(PRIOR, hit.reasons, WEIGHTS)


@dataclass(slots=True)
class Text:
    text: str
    prov: Provenance
    kind: str  # body or running_header
    in_media: bool
    auditor: bool
    headings: tuple[str, ...] = ()
    colophon: bool = False  # a publisher's colophon: a news site's or printer's own contact details


# A publisher's colophon under a news piece: "Ansvarlig redaktør og utgiver: X", "X er et uavhengig nettmagasin".
_PUBLISHER = re.compile(r"\b(?:ansvarleg|ansvarlig)\s+redakt[øo]r|\bredakt[øo]r\s+og\s+utgiv[ea]r|"
                        r"\ber\s+(?:et|ei|ein|eit)\s+(?:\w+\s+){0,3}(?:nettmagasin|nettavis|lokalavis|avis|magasin)\b",
                        re.IGNORECASE)
COLOPHON_UNITS = 3  # the colophon's own lines after the one that names the publisher


def all_texts(analysis: Analysis) -> list[Text]:
    """Body units and page furniture, marked when quoted, on the auditor's pages or in a publisher's
    colophon."""
    auditor = auditor_unit_ids(analysis)
    texts = [Text(u.text, u.prov, "body", u.quoted, id(u) in auditor, u.headings) for u in analysis.units]
    for i, t in enumerate(texts):
        if _PUBLISHER.search(t.text):
            for k in range(i, min(i + 1 + COLOPHON_UNITS, len(texts))):
                texts[k].colophon = True
    return texts + [Text(b.text, b.prov, "running_header", False, False) for b in analysis.document.furniture]


# The organisation's name opening a line, a separator after it: "<Name> · Postboks 12, 3840 Seljord · post@...".
_AFTER_NAME = re.compile(r"\s*(?:[·•|,–-]|\n)")


def own_footer_lines(texts: list[Text], org_name: str | None) -> list[Text]:
    """Texts on the auditor's pages that open with the organisation's own name and a separator
    unmarked: its footer or closing contact line after the auditor's report, not the auditor's
    letterhead (which opens with the auditor's name)."""
    if not org_name:
        return texts
    name = org_name.casefold()
    return [replace(t, auditor=False) if t.auditor and t.text.casefold().startswith(name)
            and _AFTER_NAME.match(t.text[len(name):]) else t for t in texts]


KEY_WORDS = 2  # a key over its value in a facts sidebar: a word or two


def is_facts_key(text: str) -> bool:
    """A line that may be a facts sidebar's key over the value on the line under it ("STIFTET"
    over "1989", "TELEFON" over the number): a word or two, no digit."""
    return not any(ch.isdigit() for ch in text) and len(text.split()) <= KEY_WORDS
