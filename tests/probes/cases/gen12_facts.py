"""Twelfth reading (docs/phrasings.md §49): organisation facts, places, percentages and programs on
the wording of real first pages of kinds the earlier readings had little of (a parliamentary
question on VTA places, national federations named in a club's or a scout body's minutes,
nynorsk language societies' minutes of the 1990s, a national body's meeting record, a housing
group's annual report with a PO box, an English report printed by an auditor). Places counted for
a county or the whole country ("33 nye plasser i X fylke, hvorav 21 i VTA i ordinær virksomhet")
and a provider's kind ("forhåndsgodkjent virksomhet") are no approved count of ours; a country's
genitive opening a federation's name ("Norges KFUK-Speidere", "Noregs mållag") is no place; a
meeting record's words before the name; a PO box's postal station is no street address; a phone
written "+ 47". Names, figures and sentences are invented; place names are real municipalities
valid for the report's year."""
from probes.spec import H, P, Expect, Probe, T

NN = {"lang": "nn"}
PDF = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g12x-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- places counted for an area, not approved to us ---------------------------------------------
    _case("prog-area-count-news", "programs", (
        H("Svar om nye VTA-plasser", 1),
        P("Det ble opprettet 180 nye VTA-plasser på landsbasis fra januar til mai 2024."),
        P("Av disse ble 24 nye plasser opprettet i Agder fylke, hvorav 15 plasser i VTA i ordinær "
          "virksomhet og 9 plasser i VTA i forhåndsgodkjent virksomhet."),
        P("I samme periode økte antall VTA-plasser ved NAV Kristiansand fra 310 til 322."),
    ), places=("Agder",), only_programs=False, low_confidence=("programs.VTA", "programs.VTO")),
    _case("prog-area-count-beside-own", "programs", (
        H("Årsberetning 2023 for Lyngvik Arbeidssenter AS", 1),
        P("Lyngvik Arbeidssenter AS har avtale med NAV om 28 VTA-plasser."),
        P("Ifølge NAV ble det i 2023 opprettet 40 nye plasser i Vestland fylke, hvorav 25 plasser i VTA i "
          "ordinær virksomhet og 15 plasser i VTA i forhåndsgodkjent virksomhet."),
    ), programs={"VTA": 28}, only_programs=False, low_confidence=("programs.VTO",)),
    _case("prog-national-total-nn", "programs", (
        H("Årsmelding 2022 for Fjordtun Vekst AS", 1),
        P("Fjordtun Vekst AS har 16 VTA-plassar og 6 AFT-plassar."),
        P("På landsbasis var det ved utgangen av året om lag 11 000 VTA-plassar i forhandsgodkjende verksemder."),
    ), programs={"VTA": 16, "AFT": 6}, **NN),
    _case("prog-forhandsgodkjent-kind-word", "programs", (
        H("Årsrapport 2023 Solbakk Industri AS", 1),
        P("Solbakk Industri AS er en forhåndsgodkjent virksomhet for arbeidsmarkedstiltak. I 2023 hadde "
          "bedriften 22 plasser i VTA."),
        P("NAV Hamar hadde ved årsskiftet 140 VTA-plasser i forhåndsgodkjente virksomheter i kommunen."),
    ), programs={"VTA": 22}),
    # --- places and person-years in a table per program and per year ----------------------------------
    _case("prog-table-per-year", "programs", (
        H("Årsberetning 2023", 1),
        P("Brattli Vekst AS gir arbeid og opplæring til personer med nedsatt arbeidsevne i Gran."),
        H("Tiltak", 2),
        T((("Tiltaksplasser", "2022", "2023"), ("VTA", "30", "32"), ("AFT", "12", "14"))),
    ), programs={"VTA": 32, "AFT": 14}),
    _case("prog-table-per-year-first-col-older", "programs", (
        H("Årsmelding 2021", 1),
        P("Hovland Produkter AS er en vekstbedrift i Vinje."),
        T((("Plasser", "2020", "2021", "Endring"), ("VTA-plasser", "18", "20", "2"),
           ("AFT-plasser", "8", "8", "0"))),
    ), programs={"VTA": 20, "AFT": 8}),
    # --- a country's genitive opening a federation's name is no place -----------------------------------
    _case("place-norges-hyphenated-org", "places", (
        H("Protokoll fra kretsting 2006", 1),
        P("Kretsen la fram orientering om virksomheten i Norges KFUK-Speidere og i Norges NMF-korps."),
        P("Tinget ble holdt på Hurdal verk i Hurdal kommune."),
    ), places=("Hurdal",), absent_places=("Norge",)),
    _case("place-noregs-lowercase-org-nn", "places", (
        H("Årsmelding 1999 for Vikøy mållag", 1),
        P("Laget er medlem av Noregs mållag og Hordaland mållag. Leiaren møtte på landsmøtet i Noregs mållag i Bergen."),
        P("Laget har 41 betalande medlemer i Kvinnherad."),
    ), places=("Bergen", "Kvinnherad"), absent_places=("Noreg",), **NN),
    _case("place-norges-lowercase-forbund", "places", (
        H("Årsberetning 2019 Skogvik skiklubb", 1),
        P("Klubben er medlem av Norges skiforbund og Norges idrettsforbund, og holder til i Nittedal."),
    ), places=("Nittedal",), absent_places=("Norge",)),
    _case("place-norges-superlative-stays", "places", (
        H("Årsrapport 2018 Fjordbo", 1),
        P("Fjordbo er Norges eldste boligbyggelag og har kontor i Molde."),
    ), places=("Norge", "Molde")),
    # --- a meeting record's words before the name ------------------------------------------------------
    _case("name-vedtaksprotokoll-landsmote", "organisation", (
        H("Vedtaksprotokoll Landsmøte 2016 Norges Trekkspillforbund", 1),
        P("Tromsø, april 2016"),
        P("Norges Trekkspillforbunds 20. ordinære landsmøte behandlet årsmelding og regnskap for 2014 og 2015."),
    ), org_name="Norges Trekkspillforbund", places=("Tromsø",)),
    # --- a PO box's postal station is no street address; a phone written "+ 47" -------------------------
    _case("address-po-box-station", "organisation", (
        H("Fjordbo er Vestlandets største boligbygger. Fjordbo Postboks 4410, Nygårdstangen 5828 Bergen Årsrapport 2018", 1),
        P("I 2018 ferdigstilte Fjordbo 340 boliger i Bergen og Askøy."),
    ), address="Postboks 4410", places=("Bergen", "Askøy")),
    _case("phone-plus-space", "organisation", (
        H("Årsrapport 2013", 1),
        P("Åpenhet Norge ble stiftet i 1999 og har kontor i Oslo."),
        P("Åpenhet Norge Telefon: + 47 23 45 67 89 www.apenhetnorge.no"),
    ), phone="+4723456789", website="apenhetnorge.no", founded_year=1999),
]
PROBES += [
    # --- a fronted place phrase before "ble et nytt ..." is no subject, so no name ------------------------
    _case("name-fronted-place-is-a", "organisation", (
        H("Høydepunkter 2018", 1),
        P("Rekordår gir ny vekst."),
        P("På Nyhagen i Drammen ble et nytt kjøpesenter med 4000 kvadratmeter butikk ferdigstilt, og hotellet "
          "ved stasjonen med 180 rom ble åpnet."),
    ), low_confidence=("org_name",), places=("Drammen",)),
]
PROBES += [
    # --- minutes of an annual meeting "i <Name> <year>": the report year is the one before ----------------
    _case("year-referat-arsmotet-i-name-nn", "report", (
        H("Referat frå årsmøtet i Vikøy Mållag 2003", 1),
        P("Møtet blei halde søndag 9. februar i Matstova i Sarpsborg."),
        P("Leiaren la fram årsmeldinga. Laget har no 64 betalande medlemer, det er ein nedgang på 5 frå i fjor."),
    ), report_year=2002, org_name="Vikøy Mållag", places=("Sarpsborg",), **NN),
]
PROBES += [
    # --- a building's street address (where a meeting was held) is no place -----------------------------
    _case("place-venue-street-address-nn", "places", (
        H("Årsmelding 2019 for Fjellstad sogelag", 1),
        P("Årsmøtet vart halde i kyrkjelydshuset, Kyrkjebakken 4, i Stryn 12. mars."),
        P("Laget har 52 medlemer, dei fleste i Stryn og Gloppen."),
    ), places=("Stryn", "Gloppen"), absent_places=("Kyrkjebakken 4", "Kyrkjebakken"), **NN),
    _case("place-venue-street-address-school", "places", (
        H("Innkalling til ordinær generalforsamling 2020", 1),
        P("Ordinær generalforsamling i Lindeløkka borettslag avholdes onsdag 18. mars 2020 kl. 19:00 i "
          "Haugbyen skole, Lindeveien 12 (kantina), Oslo."),
    ), absent_places=("Lindeveien 12", "Lindeveien")),
]
PROBES += [
    # --- a table with places and person-years per program: the places column ---------------------------
    _case("prog-table-places-and-arsverk", "programs", (
        H("Årsberetning 2022", 1),
        P("Grenland Arbeid AS er en arbeids- og inkluderingsbedrift i Porsgrunn."),
        T((("Tiltak", "Årsverk", "Plasser", "Deltakere"), ("VTA", "21,5", "24", "27"), ("AFT", "9,0", "10", "31"))),
    ), programs={"VTA": 24, "AFT": 10}),
    _case("prog-table-year-columns-arsverk-rows", "programs", (
        H("Årsmelding 2023", 1),
        P("Vikan Vekst AS gir arbeid til personer med nedsatt arbeidsevne i Nærøysund og Leka."),
        T((("", "2023", "2022"), ("VTA-plasser", "18", "16"), ("Årsverk VTA", "15,2", "14,0"),
           ("AFT-plasser", "6", "6"))),
    ), programs={"VTA": 18, "AFT": 6}),
]
PROBES += [
    # --- an acronym on the cover and in the text, the full name beside the contacts ----------------------
    _case("name-acronym-beside-full-name", "organisation", (
        H("SVBO årsberetning 2012", 1),
        P("ÅRSRAPPORT SVBO 2012"),
        P("Søndre Vika Boligbyggelag. Kirkegata 12, 3016 Drammen. Telefon: 32 20 40 60. E-post: svbo@svbo.no. www.svbo.no"),
        H("Styrets beretning", 2),
        P("2012 ble et godt år for SVBO. SVBO forvalter 41 borettslag og sameier, og SVBO ferdigstilte "
          "Elvebakken borettslag i juni."),
        P("Årsberetning og årsregnskap for 2012 for Søndre Vika Boligbyggelag."),
    ), org_name="Søndre Vika Boligbyggelag", website="svbo.no", places=("Drammen",)),
]
PROBES += [
    # --- owners listed after "eies (fortsatt) av de N kommunene;" -------------------------------------
    _case("owners-eies-av-kommunene-semicolon", "organisation", (
        H("Årsberetning 2005 Fjellrenovasjon IKS", 1),
        P("Renovasjonsselskapet ble 3. mars 2005 omdannet til Fjellrenovasjon IKS. Selskapet eies fortsatt av de "
          "samme fire kommunene; Tynset, Tolga, Os og Rendalen. Selskapet ble stiftet 2. mai 1994."),
    ), org_name="Fjellrenovasjon IKS", founded_year=1994, owners=frozenset({
        ("Tynset kommune", None), ("Tolga kommune", None), ("Os kommune", None), ("Rendalen kommune", None)})),
]
PROBES += [
    # --- a county branch's annual meeting ("Kretsårsmøte 2011"): the report year is the one before -------
    _case("year-kretsarsmote-title", "report", (
        H("Kretsårsmøte 2011", 1),
        P("Lørdag 12. mars var 24 medlemmer samlet på Gjøvik gård til kretsens årsmøte. Lagene la fram "
          "årsmeldingene sine, og regnskapet ble godkjent."),
        P("Det ble gjenvalg på kretsleder Berit Holm og kasserer Anne Lie."),
    ), report_year=2010),
]
