"""A phone number printed without its label on a sidebar's contact line beside the organisation's
own web address (docs/phrasings.md §110). Names and numbers are invented."""
from __future__ import annotations

import pytest

from extractor.document import Provenance
from extractor.fields.contact_channels import extract_phone
from extractor.fields.org_common import Text


def _line(text: str) -> Text:
    return Text(text, Provenance(page=2), "body", False, False, ())


@pytest.mark.parametrize(("text", "want"), [
    ("www.nordvikbad.no · 61 22 33 40", "61 22 33 40"),
    ("nordvikbad.no | 612 33 440", "612 33 440"),
    ("www.austvikhallen.no · 61 22 33 40", None),  # another organisation's site
    ("Les mer på www.nordvikbad.no om de 61 22 33 40 besøkene vi hadde i fjor og om planene framover.", None),
    ("www.nordvikbad.no 61 22 33 40", None),  # no separator: no contact line
])
def test_fields_h36_fix2a_unlabelled_phone_beside_own_web_address(text, want):
    found = extract_phone([_line(text)], "Nordvik Bad KF")
    assert (found.value if found else None) == want
