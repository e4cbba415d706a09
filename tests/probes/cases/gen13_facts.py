"""Thirteenth reading (docs/phrasings.md §53): organisation facts, places, percentages and programs
on the wording of real first pages of kinds the earlier readings had little of (housing
co-operatives' and sameier's meeting notices, kirkelige fellesråd and sokneråd, sports clubs with
groups, IKS and their representantskap, consolidated museums, English articles of Norwegian
bodies). A street is no place (EVAL.md: municipality, county, region, town, country), with or
without its number; villages named in a list with a known place after a locative preposition are
places, as doubts; English "Norway" is the country, as written; a side box's heading ("Om
oss", "About the company") is no name; a department's address in a consolidated museum is not the
museum's; owners in a representantskap table and in a "Følgende ... er aksjonærer i X:" list; a
meeting that "started with" a review is no founding. Names, figures and sentences are invented;
place names are real municipalities and post towns."""
from probes.spec import Box, H, P, Expect, Probe, T

NN = {"lang": "nn"}
PDF = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g13x-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- a street is no place ------------------------------------------------------------------------
    _case("place-street-number-office", "places", (
        H("Årsberetning 2023 for Lyngmo Vekst AS", 1),
        P("Lyngmo Vekst AS har sine lokaler i Kaiveien 14 i Lyngdal, like ved havna."),
    ), places=("Lyngdal",), absent_places=("Kaiveien 14", "Kaiveien")),
    _case("place-street-number-moved", "places", (
        H("Årsmelding 2022", 1),
        P("Brekkelia Arbeidssenter flyttet i mai inn i nye lokaler i Storgata 3, midt i Notodden sentrum."),
    ), places=("Notodden",), absent_places=("Storgata 3", "Storgata")),
    _case("place-street-after-ved-nn", "places", (
        H("Årsmelding 2023 for Hovdebygda IL", 1),
        P("Idrettslaget ser fram mot fleire prosjekt, mellom anna ein ny gapahuk ved Vardevegen i Volda."),
    ), places=("Volda",), absent_places=("Vardevegen",), **NN),
    _case("place-street-contact-band", "places", (
        H("Årsrapport 2021", 1),
        P("Kirkelig fellesråd i Steinkjer har felles servicekontor i Kirkegata 9. Postadresse: Postboks 180, "
          "7701 Steinkjer."),
    ), places=("Steinkjer",), absent_places=("Kirkegata 9", "Kirkegata")),
    # --- villages listed with a known place after a locative preposition --------------------------------
    _case("place-villages-list-after-known", "places", (
        H("Årsmelding 2023 for Vestbygda Sanitetsforening", 1),
        P("Foreningen har medlemmer i Tveit, Kveldsvik og Stormyra, og møtene holdes på skolen."),
    ), places=("Tveit", "Kveldsvik", "Stormyra")),
    _case("place-villages-list-known-last-nn", "places", (
        H("Årsmelding 2022 for Nordfjella Ungdomslag", 1),
        P("Laget har aktivitet i Kveldsvik, Stormyra og Vinstra gjennom heile året."),
    ), places=("Kveldsvik", "Stormyra", "Vinstra"), **NN),
    _case("place-list-persons-not-villages", "places", (
        H("Årsberetning 2023 for Solberg Idrettslag", 1),
        P("Takk til Kari Kveldsvik, Ola Stormyra og Vinstra Sparebank for god støtte i året som gikk."),
    ), absent_places=("Kveldsvik", "Stormyra")),
    # --- English "Norway" ----------------------------------------------------------------------------
    _case("place-english-norway", "places", (
        H("Annual report 2022 – Fjordlight Foundation", 1),
        P("The Fjordlight Foundation was founded in 1998 and has its office in Bergen, Norway."),
    ), places=("Bergen", "Norway"), founded_year=1998),
    _case("place-english-head-office-norway", "places", (
        H("Articles of Association of the Nordic-Scottish Trade Council", 1),
        P("The head office of the Council shall be in Stavanger or in another town in Norway as the annual "
          "meeting decides."),
    ), places=("Stavanger", "Norway")),
    # --- a side box's heading is no name -------------------------------------------------------------------
    _case("org-side-box-om-oss", "organisation", (
        Box(("Om oss", "Lindvik Vekst AS er en vekstbedrift i Sunndal.", "Telefon 71 69 00 00")),
        H("Årsberetning 2023", 1),
        P("Lindvik Vekst AS gir arbeid og opplæring til personer med nedsatt arbeidsevne."),
    ), org_name="Lindvik Vekst AS", formats=PDF),
    _case("org-side-box-about-the-company", "organisation", (
        Box(("About the company", "Nordkapp Marine Services AS is owned by two municipalities.")),
        H("Annual report 2021", 1),
        P("Nordkapp Marine Services AS provides harbour services in Honningsvåg."),
    ), org_name="Nordkapp Marine Services AS", formats=PDF),
    _case("org-side-box-om-oss-facts-only", "organisation", (
        Box(("Om oss", "Fjellvik Produkter AS", "Org.nr. 912 345 678", "Fjellvegen 2, 2850 Lena"), width=230),
        H("Årsberetning 2023", 1),
        P("Bedriften gir arbeid og opplæring til personer med nedsatt arbeidsevne i Østre Toten."),
    ), org_name="Fjellvik Produkter AS", formats=("docx", "pdf", "tight")),
    _case("org-side-box-about-us-facts-only-en", "organisation", (
        Box(("About us", "Polarlys Seafood Services AS", "Org. no. 987 654 321", "Havnegata 4, 9600 Hammerfest"), width=230),
        H("Annual report 2022", 1),
        P("The company provides quay and storage services to fishing vessels."),
    ), org_name="Polarlys Seafood Services AS", formats=("docx", "pdf", "tight")),
    _case("org-yearbook-cover-line", "organisation", (
        H("Fjellvidda Turistforening Årbok 1998", 1),
        P("Årsberetning for Fjellvidda Turistforening 1998"),
        P("Foreningen hadde 4 120 medlemmer ved utgangen av året, og hyttene hadde flere overnattinger enn før."),
    ), org_name="Fjellvidda Turistforening", report_year=1998),
    # --- a consolidated museum: its departments' addresses are not its own ------------------------------
    _case("org-museum-department-addresses", "organisation", (
        H("Årsmelding 2022 Sognefjorden museum AS", 1),
        H("Avdelingane", 2),
        P("Kyrkjebø bygdetun, Tunvegen 5, 6917 Kyrkjebø. Ope frå juni til august."),
        P("Leikanger kystmuseum, Sjøgata 11, 6863 Leikanger. Ope heile året."),
        H("Administrasjon", 2),
        P("Sognefjorden museum AS, Museumsvegen 2, 6856 Sogndal. Telefon 57 67 00 00."),
    ), org_name="Sognefjorden museum AS", address="Museumsvegen 2", **NN),
    _case("org-museum-departments-no-own-address", "organisation", (
        H("Årsrapport 2023 Innlandsmuseene AS", 1),
        P("Innlandsmuseene AS driver fem avdelinger i fire kommuner."),
        H("Avdelingene", 2),
        P("Skogbruksmuseet, Museumsveien 4, 2406 Elverum."),
        P("Kvernhuset bygdetun, Tunveien 1, 2560 Alvdal."),
    ), org_name="Innlandsmuseene AS", low_confidence=("address",)),
    # --- owners ------------------------------------------------------------------------------------------
    _case("owners-representantskap-table-shares", "owners", (
        H("Årsmelding 2023 Midt-Telemark Renovasjon IKS", 1),
        H("Representantskapet", 2),
        T((("Eierkommune", "Representant", "Eierandel"),
           ("Nome kommune", "Kari Lunde, ordfører", "40 %"),
           ("Midt-Telemark kommune", "Per Aasen, ordfører", "35 %"),
           ("Seljord kommune", "Anne Moen, varaordfører", "25 %"))),
    ), owners=frozenset({("Nome kommune", 40.0), ("Midt-Telemark kommune", 35.0), ("Seljord kommune", 25.0)})),
    _case("owners-representantskap-table-nn", "owners", (
        H("Årsmelding 2022 Sunnfjord Brann IKS", 1),
        H("Representantskapet", 2),
        T((("Eigarkommune", "Medlem", "Eigardel"),
           ("Sunnfjord kommune", "Jens Vik", "70 %"),
           ("Askvoll kommune", "Liv Hauge", "20 %"),
           ("Fjaler kommune", "Odd Sande", "10 %"))),
    ), owners=frozenset({("Sunnfjord kommune", 70.0), ("Askvoll kommune", 20.0), ("Fjaler kommune", 10.0)}), **NN),
    _case("owners-representantskap-person-column-first", "owners", (
        H("Årsberetning 2022 Vestfold Vann IKS", 1),
        H("Representantskapet", 2),
        T((("Eiers representant", "Kommune", "Eierandel"),
           ("Tor Berg", "Holmestrand kommune", "45 %"),
           ("Eva Lie", "Horten kommune", "55 %"))),
    ), owners=frozenset({("Holmestrand kommune", 45.0), ("Horten kommune", 55.0)})),
    _case("owners-representantskap-kommune-andel", "owners", (
        H("Årsmelding 2023 Hallingdal Avfall IKS", 1),
        H("Representantskap og eigarar", 2),
        T((("Kommune", "Representant", "Andel"),
           ("Gol kommune", "Ola Haugen", "30,0"),
           ("Nes kommune", "Siri Moe", "30,0"),
           ("Hol kommune", "Kjell Ruud", "40,0"))),
    ), owners=frozenset({("Gol kommune", 30.0), ("Nes kommune", 30.0), ("Hol kommune", 40.0)}), **NN),
    _case("owners-folgende-er-aksjonaerer-list", "owners", (
        H("Årsrapport 2023 Vestmuseet AS", 1),
        P("Aksjonærer: Følgende institusjoner er aksjonærer i Vestmuseet AS: Vestland fylkeskommune, Stiftelsen "
          "Kystmuseet, Stiftelsen Bygdetunet og Stord kommune."),
    ), org_name="Vestmuseet AS", owners=frozenset({("Vestland fylkeskommune", None), ("Stiftelsen Kystmuseet", None),
                                                   ("Stiftelsen Bygdetunet", None), ("Stord kommune", None)})),
    _case("owners-folgende-eier-not-name", "owners", (
        H("Årsberetning 2022 Tindefjell Utvikling AS", 1),
        P("Følgende kommuner eier selskapet: Vinje kommune og Tokke kommune."),
    ), owners=frozenset({("Vinje kommune", None), ("Tokke kommune", None)})),
    # --- a meeting that started with a review is no founding -----------------------------------------------
    _case("founded-meeting-started-with-nn", "organisation", (
        H("Årleg møte i fotballgruppa i Hovdebygda IL", 1),
        P("Det årlege møtet starta med ei oppsummering av 2022-sesongen frå nestleiar Kari Brekke."),
        P("Idrettslaget vart skipa i 1946."),
    ), founded_year=1946, **NN),
    _case("founded-meeting-started-with-only", "organisation", (
        H("Årsmøte 2023 i Solbakken Velforening", 1),
        P("Møtet startet med en gjennomgang av 2022-regnskapet ved kassereren."),
    ), founded_year=None),
]
