"""The organisation-name vote: names without a legal form, abbreviations, other parties."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.fields.context import Analysis
from extractor.fields.organisation import extract_organisation
from extractor.fields.org_words import name_after, name_before
from extractor.fields.org_vote import abbreviates, domain_agrees
from tests.fielddocs import document, heading, para


def _org(*items):
    analysis = Analysis(document(heading("Årsmelding 2023"), *items))
    analysis.report_year = 2023
    return extract_organisation(analysis)


@pytest.mark.parametrize("text, name", [
    ("Stiftinga Voss arbeidssenter er ei stifting.", "Stiftinga Voss arbeidssenter"),
    ("Foreningen til Fjellets Venner, stiftet 1901", "Foreningen til Fjellets Venner"),
    ("Fjellby IL Håndball har 200 medlemmer", "Fjellby IL Håndball"),
])
def test_org_name_after_reads_names_without_legal_form(text, name):
    assert name_after(text) == name


def test_org_name_before_stops_at_sentence_words():
    assert name_before("Som alltid er Lysfeber Norge") == "Lysfeber Norge"


@pytest.mark.parametrize("short, long, same", [
    ("KIL Håndball", "Kongsvinger IL Håndball", True), ("SIM", "Sunnhordland Interkommunale Miljøverk", True),
    ("KIL Fotball", "Kongsvinger IL Håndball", False), ("NAV", "Nordby Arbeid", False),
    # the place first, then an acronym of the rest (a running header's "Stjørdal JFF")
    ("Vikersund JFF", "Vikersund Jeger- og Fiskerforening", True), ("Bergen KFUM", "Bergen Kristelig Forening for Unge Menn", True),
    ("Vikersund JFF", "Vikersund Jernbane Fotballklubb", False), ("Hamar JFF", "Vikersund Jeger- og Fiskerforening", False),
])
def test_org_name_abbreviation(short, long, same):
    assert abbreviates(short, long) is same


@pytest.mark.parametrize("domain, name, agrees", [
    ("pcosnorge", "PCOS Norge", True), ("askerprodukt", "Asker Produkt AS", True),
    ("revisjonsor", "PCOS Norge", False), ("gmail", "Asker Produkt AS", False),
    # without æ, ø, å; a short form's letters then the last word; the first word then the letters
    ("fjellstol-kulturrad", "Fjellstøl kulturråd", True), ("ikanordfjell", "Interkommunalt arkiv Nordfjell IKS", True),
    ("senteret-ng", "Senteret i Nedre Gausdal", True), ("senteret-xy", "Senteret i Nedre Gausdal", False),
    ("abnordfjell", "Interkommunalt arkiv Nordfjell IKS", False),
])
def test_org_name_domain_agreement(domain, name, agrees):
    assert domain_agrees(domain, name) is agrees


def test_org_name_never_the_auditor_on_its_own_pages():
    org = _org(para("Lysfeber Norge er en pasientforening."), para("Lysfeber Norge har 300 medlemmer."),
               heading("Uavhengig revisors beretning", 2),
               para("Fjordrevisjon AS\npost@fjordrevisjon.no\nTlf. 38 00 11 22\nOrg.nr. 970 643 907 MVA"),
               para("Til årsmøtet i Lysfeber Norge"), para("Fjordrevisjon AS\nstatsautorisert revisor"))
    assert org.name.value == "Lysfeber Norge" and org.name.confidence >= REVIEW_THRESHOLD
    assert org.email is None and org.phone is None and org.org_number is None


def test_org_name_from_a_heading_alone_is_doubtful():
    org = _org(heading("Grønnlia Venner"), para("Vi har gått mange turer."))
    assert org.name is None or org.name.confidence < REVIEW_THRESHOLD


def test_org_founded_year_under_a_history_heading():
    org = _org(para("Pusterom Norge er en forening."), para("2019"), para("Grunnlangt Pusterom Norge i mars."))
    assert org.founded_year.value == 2019


def test_org_founded_year_not_what_the_organisation_founded():
    org = _org(para("I 2023 opprettet Pusterom Norge en telefontjeneste."), para("Pusterom Norge er en forening."))
    assert org.founded_year is None


def test_org_founded_year_under_a_former_name_is_sure():
    org = _org(heading("Årsberetning 2023 Fjordtun Vekst AS"),
               para("Fjordtun Vekst AS (tidligere Fjordtun Produkter AS) er en vekstbedrift."),
               para("Fjordtun Produkter AS ble stiftet i 1979 av kommunen."))
    assert org.founded_year.value == 1979 and org.founded_year.confidence >= REVIEW_THRESHOLD


def test_org_founded_year_of_another_company_stays_doubtful():
    org = _org(heading("Årsberetning 2023 Fjordtun Vekst AS"), para("Fjordtun Vekst AS er en vekstbedrift."),
               para("Fjordtun Produkter AS ble stiftet i 1979 av kommunen."))
    assert org.founded_year is None or org.founded_year.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("text, formed, name", [
    ("Tynnes bygg og eiendom KF", False, "Tynnes bygg og eiendom KF"),  # the form ends the text
    ("I fjor vart Nordvik brann og redning", True, "Nordvik brann og redning"),  # the form follows it
    ("Han sa at bygg og eiendom KF", False, "KF"),  # no capitalised word opens the lower-case words
    ("Nordvik brann og redning", False, None),  # no form: lower-case words end no name
    ("Nordvik og brann KF", False, "KF"),  # "og" does not open the lower-case words
])
def test_org_name_lower_case_words_before_a_legal_form(text, formed, name):
    assert name_before(text, formed=formed) == name


def test_org_name_opens_a_band_of_contact_details():
    doc = document(para("Nordvik skyttarlag · skipa 1921 · Skulevegen 3, 6100 Volda · post@nordvik-skl.no"),
                   para("Laget hadde 40 medlemer i 2021."))
    assert extract_organisation(Analysis(doc)).name.value == "Nordvik skyttarlag"
    one_detail = document(para("Nordvik skyttarlag · Volda sentrum · medlemsmøte"), para("Laget hadde 40 medlemer."))
    name = extract_organisation(Analysis(one_detail)).name
    assert name is None or name.value != "Nordvik skyttarlag" or name.confidence < REVIEW_THRESHOLD


def test_org_name_a_managing_agent_named_by_name_is_no_kind():
    doc = document(para("Vikstua borettslag har 40 leiligheter. Forretningsfører er Nordvik Boligdrift AS."))
    name = extract_organisation(Analysis(doc)).name
    assert name is None or (name.value != "Forretningsfører" and name.confidence < REVIEW_THRESHOLD)


@pytest.mark.parametrize("items, name", [
    ((heading("Kulturvernforeningens årsmelding 2022", 1), para("Året ble holdt i samarbeid med Stiftelsen Bryggen Arv i Bergen.")),
     "Kulturvernforeningen"),
    ((heading("Årsberetning 2022", 1), para("Eirik Holm, CEO Nordhavn AS"), para("Nordhavn hadde et godt år.")),
     "Nordhavn AS"),
    ((heading("Innkalling til sameiermøte i Lindås boligsameie", 1),
      para("Regnskapsfører har vært Fjordtall Regnskap AS.")), "Lindås boligsameie"),
    ((heading("Protokoll fra styremøtet i Vekst i Nordby IKS", 1), heading("Sak 3/21 Fjellmat AS – søknad om lån", 2),
      para("Fjellmat AS har fått lån fra næringsfondet.")), "Vekst i Nordby IKS"),
    ((heading("SELSKAPSKONTROLL NORDDAL AVFALLSSELSKAP IKS", 1), para("Rapporten gjelder Norddal Avfallsselskap IKS.")),
     "Norddal Avfallsselskap IKS"),
])
def test_org_name_tenth_reading_kinds(items, name):
    assert _org(*items).name.value == name


def test_org_name_generic_kind_in_the_genitive_is_no_name():
    org = _org(heading("Idrettslagets årsberetning 2022", 1), para("Laget har hatt et aktivt år."))
    assert org.name is None or org.name.value != "Idrettslaget"


def test_org_name_a_board_heading_garbled_by_ocr_is_no_name_and_a_prefix_form_is():
    """An old typed report: "A/L" before the name (an andelslag), and "1. STYRET" read by OCR as
    "Tv STYRET", which is a heading about the board, never the organisation's name."""
    org = _org(heading("A/L Nordli Grendehus", 1), heading("ÅRSBERETNING FOR 1986", 1), heading("Tv STYRET", 2),
               para("Styret har i 1986 hatt følgende sammensetning:"))
    assert org.name is not None and org.name.value == "A/L Nordli Grendehus"


@pytest.mark.parametrize("line, name", [
    ("Betania Frimenighet, Steinkjer", "Betania Frimenighet"),  # where it is, after its name
    ("Storlia idrettslag, stifta 1951", "Storlia idrettslag"),  # when it was founded
    ("A/L BYGDA KORNTØRKE", "A/L BYGDA KORNTØRKE"),  # a prefix legal form opens the name
    ("Styreleder.......................Halvdan Bekken", None),  # a dotted leader's board line
    # an audit's run of report words, an owner document's word before the name (§67)
    ("FORVALTNINGSREVISJONSDEL AV SELSKAPSKONTROLL MJØSVIDDA RENOVASJON IKS", "MJØSVIDDA RENOVASJON IKS"),
    ("Selskapskontroll med forvaltningsrevisjon i Vinger Revisjon IKS", "Vinger Revisjon IKS"),
    ("Eierskapsmelding Tynset kommune", "Tynset kommune"),
    ("Eigarskapsmelding for Luster kommune", "Luster kommune"),
])
def test_org_name_of_a_cover_line(line, name):
    from extractor.fields.org_lines import line_like_name

    assert line_like_name(line) == name


def test_org_name_a_place_and_a_compound_kind_word():
    """ "Vang Historielag", "Bjørkli Sanitetsforening": a place and a compound ending in a kind of
    organisation; the national body named once beside it stays a close second, in doubt."""
    org = _org(heading("Årsmelding 2022", 1),
               para("Bjørkli Sanitetsforening ble stiftet i 1931 og er en lokalforening i Norske Kvinners "
                    "Sanitetsforening."),
               para("Bjørkli Sanitetsforening har 84 medlemmer."))
    assert org.name.value == "Bjørkli Sanitetsforening"
    assert _org(heading("Årsmelding 2022", 1), para("Vang Historielag gav ut årboka i mai.")).name.value == "Vang Historielag"


@pytest.mark.parametrize("items, name", [
    # gen18 (§73): the name a body took when its form changed, beside the old name of another form
    ((para("Det tradisjonsrike Rødøy Kraftlag A/L ble omdannet til aksjeselskap 1. juli under navnet Rødøy Kraft AS."),
      para("Selskapet eies av Rødøy kommune, Lurøy kommune, Hamnvik Holding AS samt om lag 900 private eiere."),
      para("Hamnvik Holding AS har vært aksjonær siden 2015.")), "Rødøy Kraft AS"),
    # an owner with its share after its name is another party
    ((para("Eierandeler: Vinje kommune 45 % Brekke Eiendom AS 20 % Tokke kommune 35 %"),
      para("Brekke Eiendom AS har en eierandel på 20 %."), para("Vest-Telemark Fjernvarme AS leverer varme.")),
     "Vest-Telemark Fjernvarme AS"),
    # two audited companies in one title: the first
    ((heading("Selskapskontroll av Skarvik Vekst AS og Skarvik Eiendom AS", 1), para("Skarvik Vekst AS eier Skarvik Eiendom AS.")),
     "Skarvik Vekst AS"),
])
def test_org_name_eighteenth_reading_kinds(items, name):
    assert _org(*items).name.value == name


def test_org_name_a_clause_after_er_names_no_kind():
    """ "Lysløypa er planen at Stryn kommune skal overta": no idrettslag is called "Lysløypa"."""
    name = _org(para("Møteprotokoll for Hjelle idrettslag årsmøte"),
                para("Lysløypa er planen at Stryn kommune skal overta. Lysløypa er mykje brukt, og lysløypa er ny."),
                para("Årsmeldinga frå styret i Hjelle idrettslag vart godkjend.")).name
    assert name is not None and name.value == "Hjelle idrettslag"


def test_org_name_over_its_org_number_in_a_text_box():
    # a framed facts box keeps its lines: the name is the line above "Org.nr." in the same block
    from extractor.document import Block, BlockKind, Provenance

    box = Block(BlockKind.TEXT_BOX, "Lundeby frivilligsentral\nOrg.nr. 912 345 678\nSkipa 2006", Provenance(page=1))
    org = _org(para("Sentralen held til i skulen og er open kvar dag."), box)
    assert org.name.value == "Lundeby frivilligsentral"


def test_org_name_defined_by_a_two_word_short_form_beats_the_short_form_in_the_header():
    org = _org(heading("IKA Nordfjell IKS – årsmelding"),
               para("Interkommunalt arkiv Nordfjell IKS (IKA Nordfjell) er eit interkommunalt selskap."),
               para("IKA Nordfjell IKS har to tilsette. IKA Nordfjell IKS tek imot arkiv."))
    assert org.name.value == "Interkommunalt arkiv Nordfjell IKS"


def test_org_contact_line_after_the_auditors_report_is_ours():
    org = _org(para("Nordvang krisesenter IKS er et interkommunalt selskap."),
               heading("Uavhengig revisors beretning", 2),
               para("Fjordrevisjon AS\nstatsautorisert revisor"),
               para("Nordvang krisesenter IKS · Postboks 71, 2640 Vinstra · post@nordvang-ks.no"),
               para("Fjordrevisjon AS · Postboks 9, 2600 Lillehammer · post@fjordrevisjon.no"))
    assert org.address.value == "Postboks 71, 2640 Vinstra" and org.email.value == "post@nordvang-ks.no"


def test_org_website_cut_at_its_hyphen_takes_the_hyphen_of_its_email_domain():
    # "www.lundeby-" / "brl.no" joined at the line break without its hyphen; the e-mail keeps it
    org = _org(para("Lundeby borettslag ble stiftet i 1971."),
               para("E-post: styret@lundeby-brl.no\nNettside: www.lundebybrl.no"))
    assert org.website.value == "www.lundeby-brl.no"
