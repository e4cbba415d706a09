"""Organisation facts and places of stop 40 (docs/phrasings.md §132): a postcode is no founding year,
a company the titled foundation owns is not the reporter, a facts box's labels, a floated panel's
owners, villages in the frames the places missed. Names and figures are invented; places are real."""
from __future__ import annotations

import pytest

from extractor import gazetteers
from extractor.document import Provenance
from extractor.fields.contacts import postcode_spans
from extractor.fields.founded import sentence_hits
from extractor.fields.org_owned import owned_by
from extractor.fields.owner_names import runs_on
from extractor.nlp import get_pipeline
from extractor.nlp.place_evidence import has_context, placed_as_village


@pytest.mark.parametrize(("text", "codes"), [
    ("holder til i Storvegen 214, 1870 Ørje", ["1870"]),
    ("Postboks 44, 1850 Mysen", ["1850"]),
    ("kontoret i 1850 Mysen", ["1850"]),  # the register gives the code that town
    ("ble stiftet i 1991 Mysen", []),  # no house number, and 1991 is not Mysen's code
    ("etablert i 1991 og holder til i sentrum", []),
])
def test_contacts_postcode_spans(text, codes):
    assert [text[a:b] for a, b in postcode_spans(text)] == codes


@pytest.mark.parametrize(("sentence", "year"), [
    ("Hagelaget ble etablert i 1994 og holder til i Kirkevegen 12, 1930 Aurskog.", 1994),
    ("Laget vart skipa i 1986, og held til i Myrvegen 3B, 1880 Eidsberg.", 1986),
    ("Stiftelsen ble opprettet i 2003 og har postadresse Postboks 44, 1850 Mysen.", 2003),
    ("Oppretta 1. januar 2020", 2020),  # a facts box's label and its date
])
def test_founded_postcode_is_no_year(sentence, year):
    assert [y for y, _ in sentence_hits(sentence, ["Hagelag"], 2023, None)] == [year]


def test_founded_facts_label_opening_a_sentence_is_no_label():
    hits = list(sentence_hits("Opprettet i 2019 en ny avdeling for montering.", ["Nordby", "Vekst"], 2023, None))
    assert all("labelled_year" not in reasons for _, reasons in hits)


@pytest.mark.parametrize(("core", "noun", "text", "expected"), [
    ("Lyngtun Vekst", "Stiftelsen", "Stiftelsen eier 100 % av aksjene i Lyngtun Vekst AS.", True),
    ("Lyngtun Vekst", "Stiftelsen", "Lyngtun Vekst AS er heleid av stiftelsen.", True),
    ("Kvernhus Arbeid", "Stiftinga", "Kvernhus Arbeid AS er eigd av stiftinga.", True),
    ("Lyngtun Vekst", "", "Datterselskapet Lyngtun Vekst AS hadde driftsinntekter på 31 mill.", True),
    # the company's own report names its owner in full, or itself as someone's subsidiary
    ("Lyngtun Vekst", "Stiftelsen", "Lyngtun Vekst AS er heleid av Stiftelsen Lyngtun.", False),
    ("Lyngtun Vekst", "", "Lyngtun Vekst AS er et datterselskap av Stiftelsen Lyngtun.", False),
    ("Lyngtun Vekst", "Stiftelsen", "Lyngtun Vekst AS leier lokaler av stiftelsen.", False),
])
def test_org_owned_by_the_titled_body(core, noun, text, expected):
    assert owned_by(core, noun, text) is expected


@pytest.mark.parametrize(("label", "rest", "owner", "expected"), [
    ("Eiere: ", "Vågå kommune arbeidsevne i hele regionen", "Vågå kommune", True),
    ("Eiere: ", "Vågå kommune (100 %)", "Vågå kommune", False),
    ("Eiere: ", "Vågå kommune", "Vågå kommune", False),
    ("Eigarar: ", "Vågå kommune, som eig alle aksjane", "Vågå kommune", False),
    ("Eier: ", "Vågå kommune etter omdanninga", "Vågå kommune", False),  # a singular label: one owner is all
])
def test_owners_plural_label_one_owner_running_on(label, rest, owner, expected):
    assert runs_on(label, rest, owner) is expected


def _span(text: str, name: str):
    doc = get_pipeline()(text)
    return doc, next(s for s in doc.spans["place_candidates"] if s.text == name)


@pytest.mark.parametrize(("text", "expected"), [
    ("Bygdelaget holder til i Lena i Østre Toten kommune.", True),
    ("Vi samler ungdom fra Lena og resten av Østre Toten kommune.", True),
    ("Soknepresten i Lena ønsket velkommen.", True),
    ("Laget held til i Lena.", True),
    ("Sommermøtet var i Lena Dahls hage.", False),  # a name goes on
    ("Takk til Lena for innsatsen.", False),
])
def test_place_evidence_first_name_post_town_placed(text, expected):
    doc, span = _span(text, "Lena")
    assert placed_as_village(doc, span) is expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Agronom, Bagn", "Bagn", True),
    ("Pensjonert lærar, Hedalen", "Hedalen", True),
    ("Agronom, Bagn og Hedalen har møte", "Bagn", False),  # the line goes on: no entry's end
])
def test_place_evidence_home_after_occupation(text, name, expected):
    doc, span = _span(text, name)
    assert has_context(doc, span) is expected


def test_gazetteers_post_town_head():
    assert gazetteers.is_post_town_head("Skei") and not gazetteers.is_post_town_head("Jølster")


@pytest.mark.parametrize(("rows", "owners"), [
    ([("Stiftet", "12. mai 1987"), ("Eier", "Fjellby kommune (100 %)")], [("Fjellby kommune", 100.0)]),
    ([("Eigar", "Sunnfjord kommune, 100 %")], [("Sunnfjord kommune", 100.0)]),
    ([("Eigar", "Del i prosent"), ("Fjellby herad", "70"), ("Dalbo kommune", "30")], []),  # an owners' table's header
])
def test_owner_lines_one_owner_facts_row(rows, owners):
    from extractor.document import Cell, Table
    from extractor.fields.owner_lines import iter_labelled_row_claims

    table = Table(rows=[[Cell(t, Provenance(page=1)) for t in row] for row in rows], prov=Provenance(page=1), strategy="word", confidence=1.0)

    class _Analysis:
        def own_tables(self):
            return [(table, None)]

    assert [(c.name, c.share) for c in iter_labelled_row_claims(_Analysis(), ["Nordby"])] == owners


def _words_line(top: float, x: float, texts: list[str], gap: float = 3.0):
    from extractor.ingest.primitives import Word

    out = []
    for t in texts:
        out.append(Word(t, x, top, x + 6 * len(t), top + 10))
        x += 6 * len(t) + gap
    return out


def test_tables_ruled_prose_beside_a_box_not_a_tile_caption():
    from extractor.tables.ruled_boxes import prose_beside as _prose_beside

    box_x0, box_x1 = 300.0, 420.0
    prose = [w for k in range(4) for w in _words_line(100 + 13 * k, 60, ["gir", "arbeid", "og", "opplæring", "til",
                                                                          "personer", "med", "nedsatt"])]
    assert len(_prose_beside(prose, box_x0, box_x1)) == 4  # lines running on to the box's edge
    tiles = [w for k in range(3) for w in _words_line(100 + 13 * k, 200, ["Kari", "Dal"])]  # another tile's caption
    assert _prose_beside(tiles, box_x0, box_x1) == []
