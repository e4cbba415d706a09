"""A reprinted newspaper piece is quoted only on evidence of a newspaper, never on a heading word."""
from __future__ import annotations

import pytest

from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.context import Analysis, is_press_line


@pytest.mark.parametrize("line, expected", [
    ("DRAMMENS TIDENDE Tirsdag 15. november 2022 MENINGER 3", True),
    ("Drammens Tidende, 3. mai 2023", True),
    ("Tekst og foto: Kari Dahl", True),
    ("Faksimile fra en lokalavis", True),
    ("Vi ble omtalt i Drammens Tidende flere ganger i løpet av året, både om VTA og om kantinen vår.", False),
    ("Drammen, 14. mars 2024", False),
    ("Styret", False),
])
def test_context_press_lines(line, expected):
    assert is_press_line(line) is expected


def _analysis(*specs) -> Analysis:
    kinds = {"h": BlockKind.HEADING, "p": BlockKind.PARAGRAPH}
    items = [Block(kinds[k], t, Provenance(page=1), level=lv) for k, t, lv in specs]
    return Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items))


def test_context_media_heading_needs_a_newspaper():
    plain = _analysis(("h", "Drift, nyheter og media i 2023", 1), ("h", "Styret", 2), ("p", "Styreleder: Kari Dahl", None))
    assert not any(u.quoted for u in plain.units)
    press = _analysis(("h", "Vi i media", 1), ("p", "Faksimile: Drammens Tidende 3. mai 2023", None),
                      ("h", "Et innlegg", 2), ("p", "Styreleder Per Lund i Nabobyen Vekst skriver.", None),
                      ("h", "Økonomi", 1), ("p", "Resultatet ble godt.", None))
    assert [u.quoted for u in press.units] == [True, True, True, True, False, False]
