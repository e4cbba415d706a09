"""Tenth reading (docs/phrasings.md §41): organisation facts, places and percentages on the wording
of real covers and first pages (sports councils, housing co-operatives and sameier, church councils,
English-language reports, board minutes, a news piece). A postbox printed in capitals as the only
address; percentages in English ("per cent") and as word numbers in the definite plural ("de siste
ti prosentene"); owners named in a news piece's prose; two municipalities that own the company in
one plural phrase ("Vikna og Nærøy kommuner eier bedriften"); an English role before the name
("CEO Nordhavn AS"); the organisation named in the genitive in the title ("Kulturvernforeningens
årsmelding"); an accountant, a case item's company, a meeting venue or a partner in prose that is
not the organisation. Names, figures and sentences are invented; place names are real
municipalities valid for the report's year."""
from probes.spec import H, P, Expect, Li, Probe

NN = {"lang": "nn"}
PDF = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g10x-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- a postbox as the only address: the contract's address carries it -----------------------
    _case("postbox-caps-only-address", "organisation", (
        H("ÅRSBERETNING 2023 NORDLI IDRETTSRÅD PB. 212, 1601 FREDRIKSTAD", 1),
        H("1. Styrets beretning", 2),
        P("Idrettsrådet har kontor i frivillighetens hus og samarbeider tett med Fredrikstad kommune."),
        H("2. Styrets sammensetning", 2),
        P("Styreleder Per Åsli\nNestleder Kari Vold"),
    ), address="PB. 212", places=("Fredrikstad",), formats=PDF),
    _case("postbox-only-address-nn", "organisation", (
        H("Årsmelding 2022", 1),
        P("Fjordheim sogelag\nPostboks 41, 6770 Nordfjordeid\nE-post: post@fjordheim-sogelag.no"),
        H("Om laget", 2),
        P("Laget vart skipa i 1978 og har 140 medlemer."),
    ), org_name="Fjordheim sogelag", address="Postboks 41", **NN),
    _case("postbox-and-street", "organisation", (
        H("Årsrapport 2022", 1),
        P("Solvang Arbeid AS\nPostboks 88, 3001 Drammen\nBesøksadresse: Tordenskiolds gate 4, 3044 Drammen"),
        H("Virksomheten", 2),
        P("Solvang Arbeid AS gir arbeidsrettede tilbud til innbyggere i Drammen."),
    ), address="Tordenskiolds gate 4"),
    # --- percentages in English and as word numbers ------------------------------------------------
    _case("percent-english", "percentages", (
        H("A good year for Nordhavn", 2),
        P("Passenger numbers rose by 12 per cent to 3.1 million, and revenue grew by 8.5 percent."),
        P("Sick leave was 4.2 per cent."),
    ), title="Annual report 2022", percentages=((12.0, "passenger"), (8.5, "revenue"), (4.2, "sick"))),
    _case("percent-words-definite-plural", "percentages", (
        H("Eierskap", 2),
        P("Selskapet eies i dag av tre lokale investorer. Vikholmen Invest eier de siste ti prosentene, "
          "mens de ansatte eier femten prosent til sammen."),
    ), title="Årsrapport 2022", percentages=((10.0, "eier"), (15.0, "ansatte"))),
    # --- owners in prose ---------------------------------------------------------------------------
    _case("owners-plural-municipalities", "organisation", (
        H("Forord", 2),
        P("Nordvik Arbeid AS er en arbeidsmarkedsbedrift i Rørvik som også har virksomhet i Nærøy. "
          "Vikna og Nærøy kommuner eier bedriften."),
    ), title="Årsrapport 2017", org_name="Nordvik Arbeid AS",
        owners=frozenset({("Vikna kommune", None), ("Nærøy kommune", None)})),
    _case("owners-news-prose", "organisation", (
        H("Laksebruket i Vikøy får ny storeier", 1),
        P("Vikøy Sjømat AS har nå Fjordlaks Holding AS som hovedaksjonær. De har en aksjepost på 55 prosent, "
          "mens grunnleggeren Ola Vik eier de siste ti prosentene. Resten eies av Vikøy kommune."),
    ), title=None, org_name="Vikøy Sjømat AS", owners=frozenset({
        ("Fjordlaks Holding AS", 55.0), ("Ola Vik", 10.0), ("Vikøy kommune", None)})),
    # --- the organisation's name -------------------------------------------------------------------
    _case("name-english-role-before", "organisation", (
        H("A good year", 2),
        P("Eirik Holm, CEO Nordhavn Lufthavner AS"),
        P("2022 has been a good year for Nordhavn Lufthavner. Traffic increased by 6 per cent."),
    ), title="Annual report 2022", org_name="Nordhavn Lufthavner AS"),
    _case("name-title-genitive-partner-prose", "organisation", (
        H("Kulturvernforeningens årsmelding 2022", 1),
        P("Kulturvernforeningen har hatt et godt år med mange nye medlemmer i alle avdelinger."),
        H("1. Kulturminnepolitisk arbeid", 2),
        P("Året begynte med en konferanse om kulturminnefondet. Konferansen ble holdt i samarbeid med "
          "Stiftelsen Bryggen Arv i Bergen den 3. februar."),
    ), org_name="Kulturvernforeningen", places=("Bergen",)),
    _case("name-sameie-accountant", "organisation", (
        H("Innkalling til sameiermøte i Lindås boligsameie", 1),
        P("Tirsdag 12. mars 2024 kl. 18.00 i Lindås skole, Skolevegen 7"),
        H("Styrets beretning for driftsåret 2023", 2),
        P("Styret har i perioden bestått av Tone Lie (leder), Jon Berg og Eva Dahl. Regnskapsfører har vært "
          "Fjordtall Regnskap AS og revisor Per Moe. Det har vært avholdt sju styremøter."),
        H("Forretningsførsel", 2),
        P("Forretningsfører har vært Fjordtall Regnskap AS, som har vært knyttet til sameiet i mange år."),
    ), org_name="Lindås boligsameie", low_confidence=("address",)),
    _case("name-sameie-street", "organisation", (
        H("INNKALLING TIL ORDINÆRT SAMEIERMØTE 2023", 1),
        P("Ordinært sameiermøte i Sameiet Parkveien 92 avholdes mandag 17. april 2023 kl. 18.30 i "
          "Nordby menighetshus."),
        H("TIL BEHANDLING FORELIGGER:", 2),
        Li("KONSTITUERING"), Li("ÅRSBERETNING FOR 2022"), Li("ÅRSREGNSKAP FOR 2022"),
        P("Oslo, 2. april 2023\nStyret i Sameiet Parkveien 92"),
    ), org_name="Sameiet Parkveien 92", report_year=2022),
    _case("name-minutes-case-company", "organisation", (
        H("Protokoll fra styremøtet 9. februar 2021", 1),
        P("Protokoll fra styremøtet i Vekst i Nordby IKS 9. februar 2021 kl. 9-12 på Brakerøya."),
        H("Sak 2/21 Årsberetning og regnskap 2020", 2),
        P("Styret godkjenner årsberetningen og regnskapet for 2020."),
        H("Sak 3/21 Fjellmat AS – søknad om lån", 2),
        P("Fjellmat AS har bestillinger inne og har fått lån fra Lier næringsfond."),
    ), org_name="Vekst i Nordby IKS"),
    _case("name-caps-cover-over-caps-heading", "organisation", (
        H("BORETTSLAGET SOLHAUG TERRASSE II", 1),
        H("INNHOLDSFORTEGNELSE", 2),
        P("Årsmelding fra styret for 2022 side 4\nRevisjonsberetning side 9"),
        H("ÅRSMELDING FRA STYRET FOR 2022", 2),
        P("Borettslaget har 96 andeler og ligger i Oslo."),
    ), org_name="Borettslaget Solhaug Terrasse II", formats=("docx", "pdf", "tight")),
    # --- places valid in the report's year -----------------------------------------------------------
    _case("places-viken-years", "places", (
        H("Om museet", 2),
        P("Museet har avdelinger i Asker, Bærum og Lørenskog, og får driftstilskudd fra Viken fylkeskommune."),
    ), title="Årsrapport 2021", places=("Viken", "Asker", "Bærum", "Lørenskog")),
    _case("places-merged-municipalities-old-year", "places", (
        H("Om stiftelsen", 2),
        P("Stiftelsen driver fritidsklubber i Nøtterøy og Tjøme og et verksted i Stokke. Styret møtes i Tønsberg."),
    ), title="Årsberetning 2015", places=("Nøtterøy", "Tjøme", "Stokke", "Tønsberg")),
    # --- a website broken at its hyphen across lines --------------------------------------------------
    _case("website-broken-at-hyphen", "organisation", (
        H("Kontakt", 2),
        P("Furulia borettslag\nNettside: www.furulia-\nborettslag.no\nE-post: styret@furulia-borettslag.no"),
        P("Borettslaget har 64 andeler og ble stiftet i 1968."),
    ), title="Årsberetning 2022", website="www.furulia-borettslag.no", formats=("docx", "pdf", "browser")),
    # --- a tagline or a printer is no name ---------------------------------------------------------------
    _case("name-tagline-printer-only", "organisation", (
        H("Sammen skaper vi muligheter", 1),
        P("Trykk: Nordgrafisk AS"),
        H("Året som gikk", 2),
        P("Året har vært preget av omstilling, men vi har holdt aktiviteten oppe i alle avdelinger."),
    ), title=None, low_confidence=("org_name",)),
    # --- a cover line naming the auditor's report among the parts is no auditor's page -------------
    _case("cover-parts-line-names-auditor", "organisation", (
        H("VI SKAPER ARBEID! FJORDVIK UTVIKLING AS ÅRSBERETNING 2021", 1),
        P("Styrets årsberetning - Regnskap og noter - Revisors beretning"),
        P("Fjordvik Utvikling AS, Brygga 3, 3110 Tønsberg - Telefon 33 44 55 66"),
        H("Virksomhetens art", 2),
        P("Fjordvik Utvikling AS gir arbeidsrettede tilbud på oppdrag fra NAV i Horten og Tønsberg."),
    ), org_name="Fjordvik Utvikling AS", address="Brygga 3", phone="33445566", formats=PDF),
    # --- a news piece: the publisher's colophon is not the organisation's -------------------------------
    _case("news-publisher-colophon", "organisation", (
        H("Kommunalt AS i godt samarbeid med Nav", 1),
        P("Nordby Tjenester AS, stiftet i 1996, er Nordby kommunes heleide arbeidsmarkedsbedrift. Her lages "
          "tennbrikker og det ytes vaskeritjenester."),
        P("Det er en bedrift med 31 ansatte, herav varig tilrettelagte arbeidsplasser (VTA) for 24 personer."),
        P("Fjordposten.no er et uavhengig lokalt nettmagasin"),
        P("Ansvarlig redaktør og utgiver: Per Strand"),
        P("Strand Media, Postboks 160, 1556 Son, tlf 64 90 11 22"),
        P("post@fjordposten.no | www.fjordposten.no"),
    ), title=None, org_name="Nordby Tjenester AS", address=None, phone=None, email=None,
        programs={"VTA": 24}),
]
