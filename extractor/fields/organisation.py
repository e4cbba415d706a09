"""The reporting organisation: name and legal form, organisation number, founding year,
owners, addresses and contacts.

The name is voted over evidence from across the document (``org_name``); contacts are read in
``contacts``, the founding year in ``founded``, owners in ``owners``. The organisation number
is the labelled nine digits ("Org.nr. 999 888 777", "Organisasjonsnummer", "Foretaksnr",
"NO 999 888 777 MVA") that pass the MOD11 check, preferring one beside the organisation's name
and never the auditor's from its letterhead.
"""
from __future__ import annotations

import re

from extractor.fields.contact_channels import extract_email, extract_phone, extract_website
from extractor.fields.contacts import extract_address, extract_postal_address, labelled_rows
from extractor.fields.context import Analysis
from extractor.fields.founded import COMPANY_FORMS, extract_founded
from extractor.fields.org_common import Hit, Text, all_texts, hit_to_field, own_footer_lines, score
from extractor.fields.org_lines import ORGNR_LABEL
from extractor.fields.org_vote import best_evidence, name_reasons, split_form, vote
from extractor.fields.owner_leads import iter_lead_list_claims
from extractor.fields.owner_lines import (iter_labelled_row_claims, iter_name_line_claims, iter_share_line_claims,
                                         iter_share_table_claims)
from extractor.fields.owner_merge import owners_to_out
from extractor.fields.owners import iter_owner_claims
from extractor.nlp import vocab
from schemas import fields as f

# The register may be named between label and number: "Org.nr. i Brønnøysundreg. 915 554 679".
_ORGNR = re.compile(rf"(?:{ORGNR_LABEL.pattern})\s*[:.]?\s*(?:i\s+(?:Brønnøysund\w*|Enhetsregisteret|"
                    rf"Foretaksregisteret)\.?\s*[:.]?\s*)?(?:NO\s*)?(\d{{3}}[\s.]?\d{{3}}[\s.]?\d{{3}})(?!\d)"
                    r"|\bNO\s?(\d{3}\s?\d{3}\s?\d{3})\s?MVA\b", re.IGNORECASE)


def mod11_ok(number: str) -> bool:
    """Organisasjonsnummer check digit: weights 3,2,7,6,5,4,3,2; 11 - sum mod 11 (11 -> 0, 10 invalid)."""
    digits = [int(c) for c in re.sub(r"\D", "", number)]
    if len(digits) != 9:
        return False
    rest = sum(w * d for w, d in zip((3, 2, 7, 6, 5, 4, 3, 2), digits)) % 11
    check = 0 if rest == 0 else 11 - rest
    return check != 10 and check == digits[8]


# A name with its legal form right before the label: "Fjordtiltak Eiendom AS (org.nr. ...".
_NAME_RIGHT_BEFORE = re.compile(r"((?:[A-ZÆØÅ][\wæøåÆØÅ&'-]*\s+){1,6}?)([A-Z][A-Za-z/.]*)\s*[,(:–-]?\s*$")


def _other_name_before(near: str, org_words: list[str]) -> bool:
    """Another organisation's name stands right before the number: a subsidiary or an owner
    whose name begins like ours ("Fjordtiltak Eiendom AS" beside "Fjordtiltak AS")."""
    m = _NAME_RIGHT_BEFORE.search(near)
    if m is None or m.group(2) not in vocab.legal_forms() or not org_words:
        return False
    words = [w.casefold() for w in m.group(1).split()]
    return words[-len(org_words):] != [w.casefold() for w in org_words]


def extract_org_number(texts: list[Text], org_words: list[str]):
    hits = []
    for t in texts:
        for m in _ORGNR.finditer(t.text):
            digits = re.sub(r"\D", "", m.group(1) or m.group(2))
            reasons = ["labelled", "mod11_ok" if mod11_ok(digits) else "mod11_failed"]
            near = t.text[max(0, m.start() - 120):m.start()]
            if _other_name_before(near, org_words):
                reasons.append("other_name")
            elif org_words and all(re.search(rf"(?<!\w){re.escape(w)}", near, re.IGNORECASE) for w in org_words[:2]):
                reasons.append("near_name")
            reasons += ["auditor_page"] if t.auditor else []
            hits.append(Hit(digits, reasons, t.prov, m.group(0)))
    hits = [h for h in hits if "auditor_page" not in h.reasons or "near_name" in h.reasons]
    return hit_to_field(max(hits, key=score)) if hits else None


def _name(analysis: Analysis, is_report: bool) -> tuple[Hit | None, str | None]:
    """The best-supported candidate of ``org_name.vote`` with its reasons, and its legal form."""
    ranked = vote(analysis)
    if not ranked:
        return None, None
    best, rest = ranked[0], ranked[1:]
    ev = best_evidence(best)
    return Hit(best.name, name_reasons(best, rest, is_report), ev.prov, ev.text), split_form(best.name)[1]


def extract_organisation(analysis: Analysis) -> f.Organization:
    from extractor.fields.report import report_kind

    is_report = report_kind(analysis) is not None
    name_hit, form = _name(analysis, is_report)
    org_name = name_hit.value if name_hit else analysis.org_name
    org_words = split_form(org_name)[0].split() if org_name else []
    name = hit_to_field(name_hit) if name_hit else None
    legal_form = None
    if name and form:
        legal_form = f.Extracted[str](value=form, confidence=name.confidence, reasons=name.reasons, source=name.source)
    texts = own_footer_lines(all_texts(analysis), org_name)
    claims = [*iter_owner_claims(analysis, org_words), *iter_share_line_claims(analysis, org_words),
              *iter_share_table_claims(analysis, org_words),
              *iter_name_line_claims(analysis, org_words), *iter_labelled_row_claims(analysis, org_words),
              *iter_lead_list_claims(analysis, org_words)]
    return f.Organization(
        name=name, legal_form=legal_form, org_number=extract_org_number(texts, org_words),
        founded_year=extract_founded(analysis, org_words, company=form in COMPANY_FORMS),
        address=extract_address(texts, org_name),
        postal_address=extract_postal_address(texts), email=extract_email(texts, org_name),
        phone=extract_phone(texts + labelled_rows(analysis), org_name), website=extract_website(texts, org_name),
        owners=owners_to_out(claims),
    )
