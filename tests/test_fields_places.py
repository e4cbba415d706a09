"""Places: gazetteer lookup, names that are not mentions, ambiguous words, kinds and numbers."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Cell, Document, Format, Provenance, SourceInfo, Table
from extractor.fields.context import Analysis
from extractor.fields.places import extract_places


def _analysis(*texts: str, year: int | None = 2022, org: str | None = None, ocr: float | None = None) -> Analysis:
    blocks = [Block(BlockKind.PARAGRAPH, t, Provenance(page=1, ocr_confidence=ocr)) for t in texts]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), blocks))
    analysis.report_year, analysis.org_name = year, org
    return analysis


def _places(*texts: str, **kw) -> dict[str, object]:
    return {p.name: p for p in extract_places(_analysis(*texts, **kw))}


def test_places_kinds_and_numbers():
    found = _places("Vi samarbeider med Bærum kommune og Viken fylkeskommune.",
                    "Det er mange i Norge og i USA som jobber i Asker.")
    assert {n: p.kind.value for n, p in found.items()} == {
        "Bærum": "kommune", "Viken": "fylke", "Norge": "land", "USA": "land", "Asker": "kommune"}
    assert found["Bærum"].kommunenummer == "3024"
    assert found["Asker"].kommunenummer == "3025"
    assert all(p.confidence >= REVIEW_THRESHOLD for n, p in found.items() if n != "Viken")
    assert found["Viken"].confidence < REVIEW_THRESHOLD  # named only as its administration: for review


def test_places_number_valid_in_report_year():
    assert _places("Kontoret ligger i Asker.", year=2024)["Asker"].kommunenummer == "3203"


def test_places_not_valid_in_report_year_is_a_doubt():
    # Viken existed 2020-2023; a 2025 report naming it is historic or misread, 2022 is plain
    late = _places("Vi har deltakere fra Viken og Agder.", year=2025)
    plain = _places("Vi har deltakere fra Viken og Agder.", year=2022)
    assert "not_valid_in_year" in late["Viken"].reasons and "not_valid_in_year" not in late["Agder"].reasons
    assert "not_valid_in_year" not in plain["Viken"].reasons


def test_places_merged_municipality_keeps_both_names():
    place = _places("Vi har avdeling i Røyken kommune.")["Røyken"]
    assert place.successor == "Asker" and place.kommunenummer == "3025"


@pytest.mark.parametrize("text, name", [
    ("Eid av Deatnu - Tana kommune og Porsanger - Porsángu - Porsanki kommune.", {"Tana", "Porsanger"}),
    ("Tilskudd fra Gáivuotna-Kåfjord-Kaivuono kommune og Deatnu-Tana kommune.", {"Kåfjord", "Tana"}),
    ("Tinghuset, 9845 Deatnu / Tana. Kontoret ligger i Kárášjohka.", {"Tana", "Karasjok"}),
])
def test_places_sami_double_name_is_one_place_by_its_norwegian_name(text, name):
    assert set(_places(text, year=2021)) == name


def test_places_a_country_set_aside_is_no_place():
    found = _places("Av medlemene er 18 prosent fødde i andre land enn Noreg, og fleire bur i Vik.")
    assert "Noreg" not in found and "Vik" in found


def test_places_capitalised_suffix_is_dropped_from_name():
    assert set(_places("Dialog med Asker Kommune og Viken Fylkeskommune.")) == {"Asker", "Viken"}


@pytest.mark.parametrize("text", [
    "Ken jobber hos Asker Dekksenter to dager i uka.",
    "Samarbeid med Asker Næringsforening om Sosial Profil.",
    "Studiebesøk Eiker Vekst styre og ledergruppe.",
    "Trepart samarbeid med Specsavers Norge og andre.",
    "Appen er utviklet ved Oslo Universitetssykehus.",
    "Styremedlem Per Sande ble gjenvalgt.",
    "Vi gratulerer Asker Taxi AS med sertifiseringen.",
    # gen18: a county opening a name whose lower-case nouns run into its legal form (§73)
    "Rapporten er skrevet av Telemark kommunerevisjon IKS.",
    "Avtalen med Rogaland brann og redning IKS ble fornyet.",
])
def test_places_place_word_inside_a_name_is_not_a_mention(text):
    assert _places(text) == {}


@pytest.mark.parametrize("text, county", [
    ("Fra 1. juli overtok NAV Innlandet som oppdragsgiver.", "Innlandet"),
    ("Laget var representert på årsmøtet i Pensjonistforbundet Agder.", "Agder"),
    # h34-fixC: the county first, a member body's noun after it: the association's county branch
    ("Laget er medlem av Noregs Ungdomslag og Rogaland Ungdomslag.", "Rogaland"),
    ("Vi fekk tilskot gjennom Vestland Husflidslag.", "Vestland"),
])
def test_places_county_office_or_branch_names_the_county(text, county):
    assert county in _places(text, year=2023)


def test_places_county_named_only_as_its_administration_goes_to_review():
    """ "Tilskudd fra Nordland fylkeskommune": a body paying a grant; readers list the county or not,
    so it is kept for review. Named as a place as well ("i Nordland"), it is sure."""
    only_body = _places("Vi fikk driftstilskudd fra Nordland fylkeskommune og Bodø kommune.", year=2023)
    assert only_body["Nordland"].confidence < REVIEW_THRESHOLD
    also_place = _places("Vi fikk driftstilskudd fra Nordland fylkeskommune.",
                         "Tilbudet gjelder ungdom i Nordland.", "Flere i Nordland søkte i år.", year=2023)
    assert also_place["Nordland"].confidence >= REVIEW_THRESHOLD


def test_places_municipality_after_a_firm_s_word_stays_a_name():
    assert "Asker" not in _places("Kurset ble holdt hos Coop Asker i mai.", year=2023)


def test_places_municipality_of_an_agency_office_is_a_place():
    """ "NAV Asker": the office serving the municipality; the seventieth held-out set's gold counts
    the place of "Aetat Elverum" (docs/phrasings.md §117.4), where an earlier rule kept it a name."""
    assert "Asker" in _places("Kurset ble holdt hos NAV Asker i mai.", year=2023)


def test_places_reporting_organisation_name_is_not_a_mention():
    found = _places("Asker Produkt har hatt et godt år. Asker Produkts ansatte trives.", org="Asker Produkt AS")
    assert found == {}


@pytest.mark.parametrize("text, expected", [
    ("Hole er et fint ord.", set()),
    ("Time brukes godt.", set()),
    ("Vi har en avdeling i Hole.", {"Hole"}),
    ("Moss kommune er kunde.", {"Moss"}),
    ("Kunder i Asker og Lier.", {"Asker", "Lier"}),
])
def test_places_ambiguous_words_need_context(text, expected):
    assert set(_places(text)) == expected


def test_places_coordinated_pair_gives_both_parts():
    found = _places("«Se til Asker og Bærum».")
    assert set(found) == {"Asker", "Bærum"}


def test_places_genitive_and_preposition():
    found = _places("I Askers handlingsplan for 2018 står det mye.")
    assert found["Asker"].kind.value == "kommune"
    assert "genitive_only" in found["Asker"].reasons


@pytest.mark.parametrize("text", [
    "I våre lokaler i Solbråveien 32a foregår opplæring.",
    "Kontoret ligger i Kaiveien 14 i Lyngdal.",
    "Laget fikk en ny gapahuk ved Vardevegen i Volda.",
])
def test_places_a_street_is_no_place(text):
    found = _places(text)
    assert not [p for p in found.values() if p.kind.value == "adresse"]
    assert not {"Solbråveien 32a", "Solbråveien", "Kaiveien 14", "Kaiveien", "Vardevegen"} & set(found)


def test_places_mentions_counted_and_confidence_grows():
    once = _places("Asker er fint.")["Asker"]
    often = _places("Vi bor i Asker.", "Asker kommune eier oss.", "Mange i Asker jobber her.")["Asker"]
    assert len(often.mentions) == 3 and often.confidence > once.confidence
    assert often.mentions[0].text == "Vi bor i Asker."


def test_places_fuzzy_only_on_ocr_text_and_below_threshold():
    assert _places("Vi jobber i Bærurn.") == {}
    found = _places("Vi jobber i Bærurn.", ocr=0.8)
    assert found["Bærum"].confidence < REVIEW_THRESHOLD
    assert any(r.startswith("fuzzy_gazetteer") for r in found["Bærum"].reasons)


def test_places_email_and_url_are_not_mentions():
    assert _places("Send til post@asker.no eller www.Asker.kommune.no") == {}


def test_places_postal_code_confirms_town():
    found = _places("Storgata 12, 3510 Hønefoss")
    assert found["Hønefoss"].kind.value == "tettsted" and "postal_code" in found["Hønefoss"].reasons
    assert _places("Vi var innom Hønefoss.") == {}  # a post town needs a preposition or a code


def test_places_post_town_after_an_english_preposition():
    """An English report's "outside Hønefoss", "in Hønefoss": the preposition a post town needs."""
    assert "Hønefoss" in _places("The plant lies outside Hønefoss.")
    assert "Hønefoss" in _places("Our office is in Hønefoss.")
    assert _places("Pedersen met Hønefoss.") == {}


def test_places_table_column_of_municipalities():
    from extractor.document import Cell, Table

    rows = [["Kommune", "Plasser"], ["Asker", "20"], ["Hole", "3"]]
    table = Table([[Cell(t, Provenance(page=2)) for t in r] for r in rows], Provenance(page=2), "ruled", 0.9, 1)
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), [table]))
    analysis.report_year = 2022
    found = {p.name: p for p in extract_places(analysis)}
    assert found["Asker"].confidence >= REVIEW_THRESHOLD and "place_column" in found["Asker"].reasons
    assert "Hole" in found  # a common word, but the column says it is a municipality


def test_places_municipality_as_reporting_organisation_still_counts():
    found = _places("Asker kommune har i 2022 hatt god drift.", org="Asker kommune")
    assert set(found) == {"Asker"}


def test_places_only_in_reprinted_newspaper_section_is_lower():
    heading = Block(BlockKind.HEADING, "Asker Produkt i media", Provenance(page=9), level=1)
    blocks = [Block(BlockKind.PARAGRAPH, "Vi jobber i Drammen.", Provenance(page=1)), heading,
              Block(BlockKind.PARAGRAPH, "Mange jobber i Hamar.", Provenance(page=9))]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), blocks))
    found = {p.name: p for p in extract_places(analysis)}
    assert "quoted_only" in found["Hamar"].reasons and found["Hamar"].confidence < found["Drammen"].confidence


def test_places_budstikka_nav_asker_at_sentence_start_names_the_office_s_place():
    """The office serving Asker (its gold lists Asker); once kept a name only, see §117.4."""
    assert set(_places("Nav Asker har kurstilbud for unge.")) == {"Asker"}


def test_places_surname_is_not_made_a_place_by_a_neighbour():
    found = _places("Leder: Ola Sande, Sande kommune.")
    assert len(found["Sande"].mentions) == 1


def test_places_name_broken_over_two_lines():
    found = _places("Møter med Nordre\nFollo kommune.")
    assert set(found) == {"Nordre Follo"} and found["Nordre Follo"].mentions[0].text == "Møter med Nordre Follo kommune."


def test_places_ambiguous_post_town_beside_a_place_is_kept_for_review():
    found = _places("Hønefoss og Drammen.")
    assert found["Hønefoss"].confidence < REVIEW_THRESHOLD <= found["Drammen"].confidence


def test_places_a_street_name_alone_is_no_place_either():
    assert _places("Arbeidsveien er lang.") == {}
    assert _places("Vi holder til i Solbråveien.") == {}


def test_places_villages_listed_with_a_known_place_are_doubts():
    found = _places("Foreningen har medlemmer i Tveit, Kveldsvik og Stormyra.")
    assert {"Tveit", "Kveldsvik", "Stormyra"} <= set(found)
    assert found["Kveldsvik"].kind.value == "tettsted" and found["Kveldsvik"].confidence < REVIEW_THRESHOLD
    later = _places("Laget har aktivitet i Kveldsvik, Stormyra og Vinstra gjennom heile året.")
    assert {"Kveldsvik", "Stormyra", "Vinstra"} <= set(later)


def test_places_villages_with_prepositions_of_their_own_and_qualified_parts():
    """Each item of a list may have its own preposition ("på Tveit og i Bygland"), and the lower
    part of a place is a place of its own ("Nedre Vingvik"): villages, as doubts."""
    found = _places("Brannvesenet har stasjoner på Kveldsvik og i Bygland.")
    assert {"Kveldsvik", "Bygland"} <= set(found) and found["Kveldsvik"].confidence < REVIEW_THRESHOLD
    assert "Stormyra" in _places("Laget trener i Bygland og på Stormyra.")
    found = _places("Foretaket eier boliger i Tveit, Kveldsvik og Nedre Vingvik.")
    assert "Nedre Vingvik" in found and found["Nedre Vingvik"].confidence < REVIEW_THRESHOLD
    assert "Vingvik" not in found and "Nedre" not in found
    assert not {"Facebook", "Teams"} & set(_places("Vi er på Facebook og i Bygland.", "Møtene er på Teams og i Bygland."))
    # an item with a place of its own after it is something held there: "Kystdagane i Sand"
    assert "Kystdagane" not in _places("Båten var med på treffet i Hardanger og Kystdagane i Sand.")


@pytest.mark.parametrize("text", [
    "Takk til Kari Kveldsvik, Ola Stormyra og Vinstra Sparebank.",  # people and a bank, no list of places
    "Møtet i Moss, Per og Kari deltok.",  # first names after a place
    "Vi har kontor i Kveldsvik og Stormyra.",  # no known place among them
])
def test_places_no_villages_without_a_list_of_places(text):
    assert not {"Kveldsvik", "Stormyra", "Per", "Kari"} & set(_places(text))


def test_places_english_norway_as_written():
    found = _places("The foundation has its office in Bergen, Norway.")
    assert {"Bergen", "Norway"} <= set(found) and found["Norway"].kind.value == "land"


def test_places_english_country_names_as_written():
    """An English report names countries in English: each as written, a company's name no place."""
    found = _places("A pilot with a harbour authority in Scotland started in October; the first buoys went to "
                    "Germany and the Netherlands.", "We buy parts from China Trading AS.")
    assert {"Scotland", "Germany", "Netherlands"} <= set(found) and "China" not in found
    assert all(found[n].kind.value == "land" for n in ("Scotland", "Germany", "Netherlands"))


def test_places_named_only_in_a_statement_line_are_doubts():
    """ "Tilskudd Vestland fylkeskommune | 180 000": a grant's payer in a statement line, which
    readers count as a place or not; the same place in the text stays sure."""
    line = Table([[Cell("Tilskudd Vestland fylkeskommune", Provenance(page=1)), Cell("180 000", Provenance(page=1))]],
                 Provenance(page=1), "word", 0.9)
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), [line]))
    analysis.report_year = 2022
    (found,) = extract_places(analysis)
    assert found.name == "Vestland" and found.confidence < REVIEW_THRESHOLD
    counts = Table([[Cell("Oslo og Akershus", Provenance(page=1)), Cell("112", Provenance(page=1))],
                    [Cell("Rogaland", Provenance(page=1)), Cell("145", Provenance(page=1))]], Provenance(page=1), "word", 0.9)
    places = {p.name: p for p in extract_places(Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), [counts])))}
    assert all("figure_rows_only" not in p.reasons for p in places.values())  # a table of places and counts
    both = _analysis("Vi har kontor i Bergen i Vestland fylke.")
    both.document.items.append(line)
    assert {p.name: p for p in extract_places(Analysis(both.document))}["Vestland"].confidence >= REVIEW_THRESHOLD


def test_places_abroad_named_by_kommune_without_preposition():
    # a municipality across the border, named a place by the word after it, not by a preposition
    found = _places("Brannvesenet har avtale med Årjäng kommune i Sverige om bistand.")
    assert {"Årjäng", "Sverige"} <= set(found)
    assert "Göteborg" not in _places("Kari Göteborg holdt foredrag.")  # a surname: no sign of a place


@pytest.mark.parametrize("text, place", [
    ("Han flyttet til Bergen med familien AS en gang i fjor.", "Bergen"),  # a clause's words, no name's nouns
    ("Kontoret ligger i Skien kommune AS-avdelingen.", "Skien"),
])
def test_places_lower_case_words_without_a_legal_form_stay_a_place(text, place):
    assert place in _places(text, year=2023)


@pytest.mark.parametrize("text, village", [
    ("Borettslaget har tre blokker på Storhamna i Bodø.", "Storhamna"),
    ("Medlemsmøtene ble holdt i grendehuset på Lauvhaugen.", "Lauvhaugen"),
    ("Raudbergfjell-området har fått fire nye returpunkt.", "Raudbergfjell"),
])
def test_places_village_the_text_places_is_a_doubt(text, village):
    """h34-fixC: a word no register has, placed by the text in its municipality, as a venue's
    site or as an area: a village, below review."""
    place = _places(text, year=2023).get(village)
    assert place is not None and place.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("text, only", [
    ("Årsmøtet ble holdt på Fiskarheimen i Båtsfjord.", {"Båtsfjord"}),
    ("Styret møttes på Teams og i Bodø.", {"Bodø"}),
    ("Kontoret ligger på Storgata i Bodø.", {"Bodø"}),
    ("Laget hadde stand på Fjellmart i Bodø.", {"Bodø"}),  # an event: no place name's shape
    ("Årsmøtet var i klubbhuset på Nordvang stadion.", set()),  # a venue's name
])
def test_places_a_venue_street_or_platform_placed_is_no_village(text, only):
    assert set(_places(text, year=2023)) == only


def test_places_the_village_a_firm_is_named_after():
    """h34-fixC: "på X i <kommune>" where X opens the organisation's own name, though X has no place
    name's shape."""
    assert "Sandu" in _places("Sandu Arbeid AS held til på Sandu i Kvinnherad.", org="Sandu Arbeid AS", year=2014)
def test_places_country_only_in_the_auditors_standard_paragraphs_is_a_doubt():
    # "god regnskapsskikk i Norge", "lover og forskrifter i Norge": the auditor's boilerplate, not the report's place
    audit = ("Etter vår mening er årsregnskapet avgitt i samsvar med regnskapslovens regler og god regnskapsskikk i Norge.",
             "Vi er uavhengige av selskapet i samsvar med kravene i relevante lover og forskrifter i Norge.",
             "Vi har gjennomført revisjonen i samsvar med god revisjonsskikk i Norge.")
    only = _places("Verkstedet ligger i Sandnes.", *audit)
    assert "audit_standard_only" in only["Norge"].reasons and only["Norge"].confidence < REVIEW_THRESHOLD
    assert "audit_standard_only" not in only["Sandnes"].reasons
    named = _places("Foreningen har medlemmer i hele Norge.", *audit)
    assert "audit_standard_only" not in named["Norge"].reasons and named["Norge"].confidence >= REVIEW_THRESHOLD
