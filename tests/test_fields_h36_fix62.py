"""Cover and heading lines of reports exported as spreads (docs/phrasings.md §108): the leader's
letter's heading "X har ordet" is no name, and a cover's small top line names the organisation
before a founding clause set off by a middle dot. Names are invented."""
from __future__ import annotations

import pytest

from extractor.fields.org_lines import line_like_name


@pytest.mark.parametrize(("line", "want"), [
    ("LEDEREN HAR ORDET", None),
    ("Daglig leder har ordet", None),
    ("Leiaren har ordet:", None),
    ("STYRELEDEREN HAR ORDET", None),
    ("NORDVIK SEILFORENING · STIFTET 1951", "NORDVIK SEILFORENING"),
    ("Austvik Musikklag | skipa 1921", "Austvik Musikklag"),
    ("Nordvik Seilforening", "Nordvik Seilforening"),  # a name alone stays one
])
def test_fields_h36_fix62_cover_and_letter_heading_lines(line, want):
    assert line_like_name(line) == want
