"""Organisation facts: name and form, org number (MOD11), founding year, owners, address, contacts."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Cell, Document, Format, Provenance, SourceInfo, Table
from extractor.fields.context import Analysis
from extractor.fields.org_common import is_facts_key
from extractor.fields.org_words import iter_legal_form_names
from extractor.fields.organisation import extract_organisation, mod11_ok


def _org(*specs, header: str | None = "Vekst Produkt AS – Årsrapport 2022", title=True):
    items = [Block(BlockKind.HEADING, "Årsrapport 2022", Provenance(page=1), level=1)] if title else []
    for s in specs:
        if isinstance(s, list):
            items.append(Table([[Cell(t, Provenance(page=1)) for t in row] for row in s], Provenance(page=1), "word", 0.9))
        else:
            items.append(Block(BlockKind.PARAGRAPH, s, Provenance(page=1)))
    furniture = [Block(BlockKind.PARAGRAPH, header, Provenance(page=p)) for p in (1, 2)] if header else []
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items, furniture))
    analysis.report_year = 2022
    return extract_organisation(analysis)


def test_organisation_name_from_running_header_and_text():
    org = _org("Vekst Produkt AS ble opprettet i 1991.", "Vi samarbeider med Asker Taxi AS.",
               "Vekst Produkt har 40 ansatte.", "Vekst Produkt leverer mat.")
    assert org.name.value == "Vekst Produkt AS" and org.legal_form.value == "AS"
    assert org.name.confidence >= REVIEW_THRESHOLD


@pytest.mark.parametrize("text, names", [
    ("Som alltid er Asker Produkt AS en del av planen.", ["Asker Produkt AS"]),
    ("Vi gratulerer Plantefryd AS og Pals AS.", ["Plantefryd AS", "Pals AS"]),
    ("Vestfold Vekst IKS eies av kommunene.", ["Vestfold Vekst IKS"]),
])
def test_organisation_names_in_text(text, names):
    assert [name for name, _ in iter_legal_form_names(text)] == names


def test_organisation_article_name_is_low():
    org = _org("Vi gratulerer Plantefryd AS, Bergvang AS og Pals AS.", header=None, title=False)
    assert org.name is None or org.name.confidence < REVIEW_THRESHOLD


def test_organisation_number_mod11():
    assert mod11_ok("974760673") and not mod11_ok("974760674")
    ok = _org("Org.nr. 974 760 673").org_number
    bad = _org("Organisasjonsnummer: 974760674").org_number
    assert ok.value == "974760673" and "mod11_ok" in ok.reasons and ok.confidence >= REVIEW_THRESHOLD
    assert "mod11_failed" in bad.reasons and bad.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("text, year", [
    ("Vekst Produkt AS ble opprettet som et heleid aksjeselskap i 1991, hvor Asker kommune eier samtlige aksjer.", 1991),
    ("Bedriften ble stiftet 1987.", 1987),
    ("Vekst Produkt AS: ble opprettet. som et aksjeselskap I i1991.", 1991),  # OCR debris
])
def test_organisation_founded_year(text, year):
    found = _org(text).founded_year
    assert found.value == year and found.confidence >= REVIEW_THRESHOLD


def test_organisation_owner_owns_all_shares_ocr_tolerant():
    for text in ("Vekst Produkt AS ble opprettet i 1991, hvor Asker kommune eier samtlige aksjer.",
                 "hvor Asker kommune eier samilige aksjer."):
        owners = _org(text).owners
        assert [(o.name, o.share_percent) for o in owners] == [("Asker kommune", 100.0)]
        assert owners[0].confidence >= REVIEW_THRESHOLD and "shares_sum_100" in owners[0].reasons


def test_organisation_owner_wholly_owned_and_split():
    assert [(o.name, o.share_percent) for o in _org("Selskapet er heleid av Bærum kommune.").owners] == [
        ("Bærum kommune", 100.0)]
    owners = _org("Selskapet eies av Asker kommune (60 %) og Bærum kommune (40 %).").owners
    assert sorted((o.name, o.share_percent) for o in owners) == [("Asker kommune", 60.0), ("Bærum kommune", 40.0)]
    assert all("shares_sum_100" in o.reasons for o in owners)


def test_organisation_owner_shares_not_adding_up_are_low():
    owners = _org("Selskapet eies av Asker kommune (60 %) og Bærum kommune (20 %).").owners
    assert all(o.confidence < REVIEW_THRESHOLD for o in owners)


def test_organisation_owner_table():
    owners = _org([["Eier", "Eierandel"], ["Asker kommune", "51 %"], ["Bærum kommune", "49 %"],
                   ["Sum", "100 %"]]).owners
    assert sorted((o.name, o.share_percent) for o in owners) == [("Asker kommune", 51.0), ("Bærum kommune", 49.0)]


def test_organisation_address_street_and_postcode():
    org = _org("Besøksadresse: Solbråveien 32a, 1383 Asker", "Postboks 123, 1371 Asker")
    assert org.address.value == "Solbråveien 32a, 1383 Asker" and "postcode_ok" in org.address.reasons
    assert org.address.confidence >= REVIEW_THRESHOLD
    assert org.postal_address.value.startswith("Postboks 123")


def test_organisation_address_in_prose_and_postcode_mismatch():
    assert _org("I våre lokaler i Solbråveien 32a foregår opplæring.").address.value == "Solbråveien 32a"
    wrong = _org("Adresse: Storgata 1, 0150 Bergen").address
    assert "postcode_mismatch" in wrong.reasons


@pytest.mark.parametrize("footer, address", [
    ("Vekst Produkt AS · Nordre Lien gard · 2676 Heidal", "Nordre Lien gard, 2676 Heidal"),
    ("Øvre Moen gard · 3650 Tinn Austbygd", "Øvre Moen gard, 3650 Tinn Austbygd"),
    ("Vekst Produkt AS – Gamle sagbruket – 2690 Skjåk – tlf. 61 00 00 00", "Gamle sagbruket, 2690 Skjåk"),
    ("Moen, 2676 Heidal | post@vekstprodukt.no", "Moen, 2676 Heidal"),
    ("Vekst Produkt · 2676 Heidal", None),  # the organisation's own name, not a farm's
    ("Kari Moen · 2676 Heidal", None),  # a person
    ("Nordre Lien gard · 2676 Lesja", None),  # the register gives the code another town
])
def test_organisation_address_farm_name_in_footer(footer, address):
    """A farm's or a building's name with a postcode, no street number, only in the page footer."""
    org = _org("Vi driver med opplæring og arbeid.", header=footer)
    assert (org.address and org.address.value) == address


def test_organisation_contacts_prefer_own_domain():
    org = _org("Send innlegg til debatt@budstikka.no", "Kontakt: post@vekstprodukt.no, tlf. 66 77 88 99, "
               "www.vekstprodukt.no")
    assert org.email.value == "post@vekstprodukt.no" and org.email.confidence >= REVIEW_THRESHOLD
    assert org.website.value == "www.vekstprodukt.no"
    assert org.phone.value == "66 77 88 99"


@pytest.mark.parametrize("ocr, email", [(0.82, "post@vekstprodukt.no"), (None, None)])
def test_organisation_ocr_at_misread_as_ampersand(ocr, email):
    """A scan's "post &vekstprodukt.no" is the e-mail address, mended and for review; typed text's
    "&" joins words, no address, and the domain after it is no web address either."""
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), [
        Block(BlockKind.PARAGRAPH, "Storgata 1, 1384 Asker · post &vekstprodukt.no", Provenance(page=1, ocr_confidence=ocr))]))
    analysis.report_year = 2022
    org = extract_organisation(analysis)
    assert (org.email.value if org.email else None) == email and org.website is None
    assert org.email is None or org.email.confidence < REVIEW_THRESHOLD


def test_organisation_foreign_email_only_is_low():
    org = _org("Send innlegg til debatt@budstikka.no")
    assert org.email.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("text, years_back", [
    ("I år feira laget 40-årsjubileet sitt.", 40),  # nn, the definite form
    ("Foreningen ble stiftet for 25 år siden.", 25),
])
def test_organisation_founded_year_counted_back_from_the_report_year(text, years_back):
    found = _org(text).founded_year  # the report year is 2022 (see _org)
    assert found is not None and found.value == 2022 - years_back


@pytest.mark.parametrize("text, name", [
    ("Fjellbu Idrettslag er eit idrettslag for heile bygda.", "Fjellbu Idrettslag"),
    ("Mindreforbruket er sett av til disposisjonsfond.", None),  # put into a fund: no organisation
    ("Overskotet vart overført til fond.", None),
    ("Lunde Vekst er medlem av Vekstforbundet.", None),  # belongs to one
])
def test_organisation_is_a_names_a_kind_the_subject_is(text, name):
    org = _org(text, header=None, title=False)
    assert (org.name.value if org.name else None) == name


@pytest.mark.parametrize("text, year", [
    ("Møtet startet med en gjennomgang av 2021-regnskapet ved kassereren.", None),
    ("Det årlege møtet starta med ei oppsummering av 2021-sesongen.", None),
    ("Vekst Produkt startet med fem ansatte i 1987.", 1987),
])
def test_organisation_founded_not_what_a_meeting_started_with(text, year):
    found = _org(text).founded_year
    assert (found.value if found else None) == year


def test_organisation_founded_in_a_facts_box_or_a_facts_table():
    """A labelled year in a table: a line of a box beside the text ("Stiftet 1931" under the
    name), or a label cell and its value ("Stiftet | 1931")."""
    box = _org([["Hilsen fra leiaren", "Vekst Produkt AS\nStiftet 1931"]]).founded_year
    facts = _org([["Stiftet", "1987"], ["Medlemmer", "240"]]).founded_year
    assert box.value == 1931 and facts.value == 1987
    assert _org([["Lag", "Stiftet", "Medlemmer"], ["Vekst IL", "1931", "120"]]).founded_year is None


@pytest.mark.parametrize("text, other, year", [
    ("Vekst Produkt AS er en frittstående forening og har vært i drift siden 2011.", None, 2011),
    ("Laget har eksistert sidan 1994 og har 80 medlemer.", None, 1994),
    # a stated founding wins over the start of the work, with no conflict for it
    ("Vekst Produkt AS ble stiftet i 1991.", "Bedriften har hatt VTA-plasser i drift siden 2015.", 1991),
])
def test_organisation_in_operation_since_is_a_founding_in_doubt(text, other, year):
    found = _org(*(t for t in (text, other) if t)).founded_year
    assert found.value == year
    assert (found.confidence < REVIEW_THRESHOLD) == (other is None)
    assert "conflicting_years" not in found.reasons


@pytest.mark.parametrize("text, year", [
    ("Vekst Produkt AS ble åpnet som bygdemuseum sommeren 1937.", 1937),
    ("Den nye utstillingen i Vekst Produkt ble åpnet i 2019.", None),  # something of the organisation's opened
    ("Kafeen vart opna i 2015.", None),
])
def test_organisation_opened_is_a_founding_only_of_the_organisation(text, year):
    found = _org(text).founded_year
    assert (found.value if found else None) == year
    assert found is None or found.confidence < REVIEW_THRESHOLD  # the opening may come after the founding


def test_organisation_founded_under_the_name_without_its_kind_word():
    """ "Stiftelsen Bygdetunet" writes of itself as "Bygdetunet"."""
    analysis = _org("Stiftelsen Bygdetunet – årsmelding 2022", "Bygdetunet ble åpnet som museum sommeren 1937.",
                    header="Stiftelsen Bygdetunet – Årsmelding 2022")
    assert analysis.name.value == "Stiftelsen Bygdetunet" and analysis.founded_year.value == 1937


def test_organisation_founding_told_of_the_kind_in_the_definite_form():
    """ "Andelslaget ble stiftet i 1947" is the organisation's own founding, stated: it beats the
    year counted back from "sitt 47. driftsår" (1948), which stays a conflict."""
    found = _org("Styret legger fram årsmelding for 2022, laget sitt 75. driftsår.",
                 "Andelslaget ble stiftet i 1947 og eier samfunnshuset.").founded_year
    assert found.value == 1947 and "subject_is_org" in found.reasons


def test_organisation_housing_cooperative_founded_when_built():
    """A borettslag's blocks "oppført i 1978": its founding in doubt, where none is stated."""
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), [
        Block(BlockKind.HEADING, "Årsberetning 2022 Myrlia Borettslag", Provenance(page=1), level=1),
        Block(BlockKind.PARAGRAPH, "Myrlia Borettslag består av 36 leiligheter i tre blokker, oppført i 1978.",
              Provenance(page=1))]))
    analysis.report_year = 2022
    found = extract_organisation(analysis).founded_year
    assert found.value == 1978 and found.confidence < REVIEW_THRESHOLD
    assert _org("Bedriften flyttet inn i et nytt bygg, oppført i 2015.").founded_year is None


@pytest.mark.parametrize("sentence, report_year, heading_year, want", [
    ("Bedriften ble stiftet av fire kommuner.", 2023, None, []),  # no year to give: its words go unread
    ("Bedriften ble stiftet av fire kommuner.", 2023, 1987, [1987]),
    ("Bedriften ble stiftet for 30 år siden.", 2023, None, [1993]),
    ("Bedriften ble stiftet for 30 år siden.", None, None, []),
    ("Bedriften ble stiftet i 1987.", 2023, None, [1987]),
])
def test_founded_sentence_hits_only_with_a_year_to_give(sentence, report_year, heading_year, want):
    from extractor.fields.founded import sentence_hits

    assert [year for year, _ in sentence_hits(sentence, ["bedriften"], report_year, heading_year)] == want


def test_organisation_own_mail_line_on_the_auditors_pages_gives_the_phone():
    from extractor.fields.contact_channels import extract_phone
    from extractor.fields.org_common import Text

    def line(text):
        return Text(text, Provenance(page=3), "body", False, True, ())

    own = line("Telefon 74 31 22 40 · post@ramsvik-renovasjon.no · Åpningstider 08.00–15.00")
    auditor = line("Telefon 74 27 11 00 · post@namdal-revisjon.no")
    assert extract_phone([own, auditor], "Ramsvik Renovasjon IKS").value == "74 31 22 40"
    assert extract_phone([auditor], "Ramsvik Renovasjon IKS") is None


def test_organisation_phone_opening_a_contact_lines_wrapped_last_line():
    """h34-fixC: a PDF read the contact line's last line apart, its separator taken for a bullet."""
    org = _org("Vekst Produkt AS · Fjordgata 3, 8006 Bodø · post@vekstprodukt.no · www.vekstprodukt.no",
               "· 75 50 41 20 · Org.nr. 912 345 678")
    assert org.phone is not None and org.phone.value == "75 50 41 20"


def test_organisation_a_bare_number_under_no_contact_line_is_no_phone():
    org = _org("Vi hadde 12 deltakere i år.", "· 75 50 41 20 · Org.nr. 912 345 678")
    assert org.phone is None


def test_organisation_facts_sidebar_keys_over_values_give_founding_and_phone():
    """A facts sidebar of small-caps keys each over its value on a line of its own ("STIFTET" /
    "1992", "TELEFON" / "55 20 31 40"): the key labels the value under it."""
    org = _org("FAKTA", "STIFTET", "1992", "ADRESSE", "Fjellvegen 3, 5700 Voss", "TELEFON", "55 20 31 40")
    assert org.founded_year.value == 1992 and "labelled_year" in org.founded_year.reasons
    assert org.phone.value == "55 20 31 40"


@pytest.mark.parametrize("text, key", [("STIFTET", True), ("Tlf. sentralbord", True), ("Stiftet i år", False),
                                       ("POSTBOKS 12", False), ("", True)])
def test_organisation_facts_key_is_a_word_or_two_without_digits(text, key):
    assert is_facts_key(text) is key


def test_organisation_a_year_under_another_key_is_no_founding():
    org = _org("FAKTA", "ÅRSVERK", "1992", "OMSETNING", "55 20 31 40")
    assert org.founded_year is None and org.phone is None
