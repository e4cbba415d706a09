"""Owner claims in prose and tables (extractor.fields.owners), bokmål and nynorsk, and the
address: the fallback for streets without a street word, a department's or a venue's street."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.context import Analysis
from extractor.fields.organisation import extract_organisation
from extractor.fields.owner_merge import owner_key
from extractor.fields.owners import owner_before
from extractor.nlp.vocab import read_json
from test_fields_organisation import _org


def _owners(*specs):
    return sorted((o.name, o.share_percent) for o in _org(*specs).owners)


@pytest.mark.parametrize("text, owners", [
    # devset royken-vekst-2019: a verb after each owner
    ("Røyken kommune eier 60 % av aksjene og Hurum kommune eier 40 %.",
     [("Hurum kommune", 40.0), ("Røyken kommune", 60.0)]),
    # devset fjellheim-2019: nynorsk, the verb left out after the first owner
    ("Sogndal kommune eig 50 % av aksjane, Leikanger kommune 30 % og Luster kommune 20 %.",
     [("Leikanger kommune", 30.0), ("Luster kommune", 20.0), ("Sogndal kommune", 50.0)]),
    ("Sunnfjord kommune eig 100 % av aksjane.", [("Sunnfjord kommune", 100.0)]),
    ("Aksjonærer: Lier kommune (50 %), Drammen kommune (50 %).", [("Drammen kommune", 50.0), ("Lier kommune", 50.0)]),
    ("Eiere er Lier kommune med 66,7 prosent og Drammen kommune med 33,3 prosent.",
     [("Drammen kommune", 33.3), ("Lier kommune", 66.7)]),
    ("Vestland fylkeskommune eig 20 % av aksjane og Kinn kommune eig 80 %.",
     [("Kinn kommune", 80.0), ("Vestland fylkeskommune", 20.0)]),
    ("Lier kommune eier 60 % av aksjene, og resten eies av Drammen kommune.",
     [("Drammen kommune", 40.0), ("Lier kommune", 60.0)]),
    # nn: the municipalities named after "kommunane", each with its share in brackets
    ("Selskapet er eigd av kommunane Kinn (60 %) og Bremanger (40 %).",
     [("Bremanger kommune", 40.0), ("Kinn kommune", 60.0)]),
    # a list with "eierandel" between each owner and its share
    ("Lier kommune eierandel 70 %\nDrammen kommune eierandel 30 %",
     [("Drammen kommune", 30.0), ("Lier kommune", 70.0)]),
    # gen18 (§73): the older participle "eiet", shares in brackets after "kommunene"
    ("Selskapet var pr 31.12.2023 eiet av kommunene Hitra (12,50%), Frøya (62,25%) og Orkland (25,25%).",
     [("Frøya kommune", 62.25), ("Hitra kommune", 12.5), ("Orkland kommune", 25.25)]),
    # an owner table flattened into one line, its header words before the first owner
    ("Aksjonær Eierandel Beiarn kommune 40,0 % Meløy kommune 35,0 % Holmvik Invest AS 25,0 %",
     [("Beiarn kommune", 40.0), ("Holmvik Invest AS", 25.0), ("Meløy kommune", 35.0)]),
])
def test_owners_share_lists(text, owners):
    found = _org(text).owners
    assert sorted((o.name, o.share_percent) for o in found) == owners
    assert all("shares_sum_100" in o.reasons and o.confidence >= REVIEW_THRESHOLD for o in found)


@pytest.mark.parametrize("text", [
    "Bedriften ble stiftet i 1984 og eies i sin helhet av Oppegård kommune.",  # devset kolbotn-2014
    "Selskapet er heleid av Oppegård kommune.",
    "Selskapet er 100 % eid av Oppegård kommune.",
    "Selskapet er fullt ut eid av Oppegård kommune.",
    "Selskapet er heilt eigd av Oppegård kommune.",
])
def test_owners_wholly_owned(text):
    owners = _org(text).owners
    assert [(o.name, o.share_percent) for o in owners] == [("Oppegård kommune", 100.0)]
    assert "owns_all" in owners[0].reasons and owners[0].confidence >= REVIEW_THRESHOLD


@pytest.mark.parametrize("text", [
    "Selskapet eier 30 % av aksjene i Datter Eiendom AS.",  # the organisation as owner
    "Vi eier lokalene, og NAV finansierer 80 % av plassene.",
    "Kommunene eier 100 % av aksjene.",
    "Sykefraværet var 5,7 %, og Asker kommune eier bygget.",
    # gen18 (§73): classes of shares, and a breakdown with the owners as one of its items
    "Kommunene innehar både A-aksjer (60 % av aksjene) og B-aksjer (ca. 2,9 % av aksjene).",
    "Tilsette 15% Eigarar 33% Finansinstitusjonar 3% Stat og kommune 49%",
])
def test_owners_not_read_from_other_percentages(text):
    assert _org(text).owners == []


def test_owners_named_organisation_keeps_its_first_word():
    assert _owners("Stiftelsen Signo eier 100 % av aksjene.") == [("Stiftelsen Signo", 100.0)]


def test_owners_table_with_title_row_and_share_column_first():
    owners = _owners([["Eierforhold", ""], ["Eierandel", "Aksjonær"], ["70 %", "Ås kommune"],
                      ["30 %", "Vestby kommune"]])
    assert owners == [("Vestby kommune", 30.0), ("Ås kommune", 70.0)]


@pytest.mark.parametrize("head", [("Owner", "Ownership share"), ("Shareholder", "Per cent"), ("Municipality", "Owner's share"),
                                  ("Owner", "Stake")])
def test_owners_table_in_english(head):
    owners = _owners([list(head), ["Lindvik Municipality", "62.5 %"], ["Bruvoll Municipality", "37.5 %"]])
    assert owners == [("Bruvoll Municipality", 37.5), ("Lindvik Municipality", 62.5)]


def test_owners_english_table_with_a_count_of_shares_beside_the_stake():
    owners = _owners([["Shareholder", "Shares", "Ownership"], ["Lindvik Invest AS", "5 000", "62.5 %"],
                      ["Bruvoll Seed AS", "3 000", "37.5 %"]])
    assert owners == [("Bruvoll Seed AS", 37.5), ("Lindvik Invest AS", 62.5)]


def test_owners_single_owner_without_share_is_low():
    owners = _org("Selskapet eies av Asker kommune.").owners
    assert [(o.name, o.share_percent) for o in owners] == [("Asker kommune", 100.0)]
    assert owners[0].confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("text, name", [
    ("Sogndal kommune eig ", "Sogndal kommune"),
    ("av aksjane, Leikanger kommune ", "Leikanger kommune"),
    ("eies av Orkland kommune (", "Orkland kommune"),
    ("Selskapet er ", None),
])
def test_owners_owner_before_a_share(text, name):
    assert owner_before(text) == name


_LINK_WORDS = read_json("owner_words.json")


@pytest.mark.parametrize("link", [*_LINK_WORDS["share_links"], *_LINK_WORDS["about"]])
def test_owners_owner_before_cuts_each_link_word(link):
    """The words between an owner and its share are data (owner_words.json: share_links, about),
    cut in any case and after one another before the owner's name is read."""
    assert owner_before(f"Brekkvik kommune {link} ") == "Brekkvik kommune"
    assert owner_before(f"Brekkvik kommune {link.upper()} ca. (") == "Brekkvik kommune"


# --- address without a street word -----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Fjellheim AS, org.nr. 959083016, Fosshaugane 7, 6856 Sogndal.", "Fosshaugane 7, 6856 Sogndal"),
    # the register says "Skei i Jølster", and so does the text: the whole post town (phrasings §69)
    ("Bedrifta held til i Vassenden 22, 6843 Skei i Jølster.", "Vassenden 22, 6843 Skei i Jølster"),
    ("Selskapet holder til i Bokemoa 14 i Stokke.", "Bokemoa 14"),
    ("Besøksadresse: Bokemoa 14B", "Bokemoa 14B"),
])
def test_organisation_address_without_street_word(text, value):
    address = _org(text).address
    assert address.value == value and "street_fallback" in address.reasons


def test_organisation_address_fallback_needs_confirmed_postcode_or_label():
    assert _org("Fosshaugane 7, 6856 Bergen").address is None  # postcode and town disagree
    assert _org("Fosshaugane 7 ble pusset opp.").address is None  # no label, no postcode


@pytest.mark.parametrize("text", [
    "Se side 14. Side 14, 1383 Asker", "Møtet var Mai 14.", "Side 14", "Tabell 3, 2014 Oslo",
    "Vi holder til i Asker 2 dager i uka.", "Selskapet holder til i Asker 14.", "Per 31.12.2022",
    "Resultatet for 2014 var 1412 Sofiemyr",
])
def test_organisation_address_fallback_precision(text):
    assert _org(text).address is None


@pytest.mark.parametrize("text", ["Postboks 45, 1361 Østerås", "NORDLI IDRETTSRÅD PB. 45, 1361 ØSTERÅS"])
def test_organisation_address_is_the_postbox_when_no_street_is_printed(text):
    """The contract's one address is where the organisation is, as printed (docs/phrasings.md §41)."""
    org = _org(text)
    assert org.address.value == org.postal_address.value and "postbox_as_address" in org.address.reasons
    assert org.address.confidence < org.postal_address.confidence


def test_organisation_address_street_not_kind_word_nor_meeting_venue():
    assert _org("Styret i Sameiet Parkveien 92 har hatt fem møter.").address.value == "Parkveien 92"
    assert _org("Besøksadresse: Tordenskiolds gate 4, 3044 Drammen").address.value.startswith("Tordenskiolds gate 4")
    venue = _org("Møtet avholdes 12. mars kl. 18.00 i Lindås skole, Skolevegen 7.").address
    assert "meeting_venue" in venue.reasons and venue.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("text", [
    "Haugen Café og Samfunnshus, Skolevegen 4, 2686 Lom",
    "Bjørkli Hotell, Storgata 12, 2680 Vågå",
])
def test_organisation_address_venue_named_before_its_street_is_doubtful(text):
    venue = _org(text).address
    assert "meeting_venue" in venue.reasons and venue.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("text", [
    "Nordvik Kulturhus AS driver kulturhuset i Strandgata 14 på Sortland.",  # the venue it runs is where it is
    "Nordvik Kulturhus AS, Strandgata 14, 8400 Sortland",  # its own name before the street
])
def test_organisation_address_a_venue_the_organisation_runs_is_its_own(text):
    address = _org(text).address
    assert address.value.startswith("Strandgata 14") and "meeting_venue" not in address.reasons


def test_organisation_address_not_cut_after_a_hyphen():
    """ "Skolevegen-Haugen 4": no street "Haugen 4" read out of the hyphenated name."""
    address = _org("Kontoret ligger i Skolevegen-Haugen 4, 2686 Lom.").address
    assert address is None or not address.value.startswith("Haugen")


def test_organisation_address_street_word_beats_fallback_and_keeps_house_letter_apart():
    address = _org("Selskapet holder til i Spikkestadveien 41 i Røyken.").address
    assert address.value == "Spikkestadveien 41" and "street_pattern" in address.reasons


@pytest.mark.parametrize("a, b, same", [
    ("Nordvik kommune", "Nordvik", True),
    ("Vikøy herad", "vikøy", True),
    ("Nordvik fylkeskommune", "Nordvik", False),  # a county is another owner than its namesake municipality
    ("Nordvik kommune", "Sørvik kommune", False),
])
def test_owners_one_owner_written_two_ways(a, b, same):
    assert (owner_key(a) == owner_key(b)) is same


def test_organisation_phone_in_a_facts_table_row():
    org = _org([["Adresse", "Industrivegen 14, 2750 Gran"], ["Telefon", "61 00 11 22"], ["Ansatte", "40"]])
    assert org.phone.value == "61 00 11 22"
    assert _org([["Konto", "1503 12 34567"], ["Ansatte", "40"]]).phone is None  # a label no phone's


def test_organisation_website_cut_after_its_hyphen():
    assert _org("Nettside: www.furulia-\nborettslag.no").website.value == "www.furulia-borettslag.no"
    assert _org("Nettside: www.furulia-", "borettslag.no").website.value == "www.furulia-borettslag.no"


def test_organisation_owners_in_a_news_piece_and_plural_municipalities():
    owners = _org("Vikøy Sjømat AS har nå Fjordlaks Holding AS som hovedaksjonær. De har en aksjepost på 55 prosent, "
                  "mens grunnleggeren Ola Vik eier de siste ti prosentene. Resten eies av Vikøy kommune.").owners
    assert sorted((o.name, o.share_percent) for o in owners) == [
        ("Fjordlaks Holding AS", 55.0), ("Ola Vik", 10.0), ("Vikøy kommune", None)]
    owners = _org("Vikna og Nærøy kommuner eier bedriften.").owners
    assert sorted((o.name, o.share_percent) for o in owners) == [("Nærøy kommune", None), ("Vikna kommune", None)]


@pytest.mark.parametrize("text, owners", [
    ("Aksjonærer: Følgende institusjoner er aksjonærer i Vekst Produkt AS: Vestland fylkeskommune, Stiftelsen "
     "Kystmuseet og Stord kommune.",
     [("Stiftelsen Kystmuseet", None), ("Stord kommune", None), ("Vestland fylkeskommune", None)]),
    ("Følgende kommuner eier selskapet: Vinje kommune og Tokke kommune.", [("Tokke kommune", None), ("Vinje kommune", None)]),
])
def test_owners_following_list_names_no_owner_folgende(text, owners):
    assert _owners(text) == owners


@pytest.mark.parametrize("head", [("Eiers representant", "Kommune", "Eierandel"), ("Kommune", "Representant", "Andel")])
def test_owners_representantskap_table_takes_the_municipalities_not_the_people(head):
    owners = _owners([list(head), *[[p, k, s] if head[0] != "Kommune" else [k, p, s]
                                    for p, k, s in (("Tor Berg", "Horten kommune", "55 %"),
                                                    ("Eva Lie", "Holmestrand kommune", "45 %"))]])
    assert owners == [("Holmestrand kommune", 45.0), ("Horten kommune", 55.0)]


def _org_with_headings(*items):
    """An organisation read from headings (("H", text)) and paragraphs."""
    blocks = [Block(BlockKind.HEADING, t[1], Provenance(page=1), level=2) if isinstance(t, tuple)
              else Block(BlockKind.PARAGRAPH, t, Provenance(page=1)) for t in items]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF),
                                 [Block(BlockKind.HEADING, "Årsmelding 2022 Fjordmuseet AS", Provenance(page=1), level=1),
                                  *blocks], []))
    analysis.report_year = 2022
    return extract_organisation(analysis)


def test_organisation_address_not_a_departments_own():
    org = _org_with_headings(("H", "Avdelingane"), "Kyrkjebø bygdetun, Tunvegen 5, 6917 Kyrkjebø.",
                             "Leikanger kystmuseum, Sjøgata 11, 6863 Leikanger.", ("H", "Administrasjon"),
                             "Fjordmuseet AS, Museumsvegen 2, 6856 Sogndal.")
    assert org.address.value.startswith("Museumsvegen 2")
    only_departments = _org_with_headings(("H", "Avdelingene"), "Skogbruksmuseet, Museumsveien 4, 2406 Elverum.",
                                          "Kvernhuset bygdetun, Tunveien 1, 2560 Alvdal.")
    assert only_departments.address is None or only_departments.address.confidence < REVIEW_THRESHOLD


def test_organisation_address_in_one_of_several_towns_is_a_doubt():
    org = _org("Vi har lokaler i Storgata 3, 3674 Notodden.", "Vi har også lokaler i Kirkegata 9, 3616 Kongsberg.")
    assert org.address is not None and "competing_addresses" in org.address.reasons
    assert org.address.confidence < REVIEW_THRESHOLD


def test_owners_municipality_sitt_heleide_selskap_names_ours():
    """gen18 (§73): "X kommune sitt heleide selskap <our name>" names our owner; the subsidiary after it is
    no company of ours."""
    owners = _org("Kontrollen omfatter Vefsn kommune sitt heleide selskap Vekst Produkt AS, og det heleide "
                  "datterselskapet Vekst Bygg AS.").owners
    assert [(o.name, o.share_percent) for o in owners] == [("Vefsn kommune", 100.0)]
    other = _org("Kontrollen omfatter Vefsn kommune sitt heleide selskap Nordby Energi AS.").owners
    assert other == []


@pytest.mark.parametrize("text, owners", [
    # §104: the municipalities after a compound naming the region's ("grenlandskommunene, A, B og C")
    ("Vekst i Vestmar IKS eies av vestmarkommunene, Bamble, Kragerø og Siljan.",
     [("Bamble kommune", None), ("Kragerø kommune", None), ("Siljan kommune", None)]),
    # a list closed by one plural "kommuner", and the owners who joined "i tillegg til" them
    ("Drangedal og Nome er kommet med i tillegg til de opprinnelige eierne Skien, Bamble og Siljan kommuner.",
     [("Bamble kommune", None), ("Drangedal kommune", None), ("Nome kommune", None), ("Siljan kommune", None),
      ("Skien kommune", None)]),
    ("De opprinnelige eierne er Skien, Porsgrunn og Bamble kommuner.",
     [("Bamble kommune", None), ("Porsgrunn kommune", None), ("Skien kommune", None)]),
    # a county's stake "i bedriften med 20 prosent", and the rest
    ("Rogaland fylkeskommune er medeier i bedriften med 20 prosent av aksjene, mens resten eies av Haugesund kommune.",
     [("Haugesund kommune", 80.0), ("Rogaland fylkeskommune", 20.0)]),
    # owners named by surname after the paragraph named them in full
    ("Gründerne Ola Rognstad og Tove Tørvik etablerte selskapet i 2020. Rognstad eier 60 prosent av aksjene, "
     "mens Tørvik eier de siste 40 prosentene.", [("Ola Rognstad", 60.0), ("Tove Tørvik", 40.0)]),
])
def test_owners_stop36_wording(text, owners):
    assert _owners(text) == owners


@pytest.mark.parametrize("text, owners", [
    # the organisation's own stake in another company is no owner of ours
    ("Selskapet er medeier i Fjordvind AS med 20 prosent av aksjene.", []),
    # two persons with the surname: the surname stays as written
    ("Ola Rognstad og Kari Rognstad er gründere. Rognstad eier 60 prosent av aksjene og Tørvik 40 prosent.",
     [("Rognstad", 60.0), ("Tørvik", 40.0)]),
])
def test_owners_stop36_wording_no_overreach(text, owners):
    assert _owners(text) == owners
