"""Twenty-second reading (docs/phrasings.md §104): organisation facts on the wording of real IKS,
vekstbedrift, municipal and research-institute pages and reports: owners named after a collective
noun ("eies av fjordkommunene, A, B og C"), owners that joined "i tillegg til de opprinnelige
eierne A, B og C kommuner", a county as "medeier med 20 prosent", "Eierkommunene A og B" beside
VTA places, founding "startet som en stiftelse i <month> <year>" before later changes of form, a
colophon's phone and fax with a country code "(+47)" and its "Vår hjemmeside:", postal and visiting
addresses in one line, a label-and-value table of the publisher's contacts with "N-<code>", a
"Kontakt:" line with "Besøksadresse:", a title year over the council's adoption in the next year,
and the head's title "Adm. dir." Names, figures and sentences are invented; place names are real
municipalities and counties."""
from probes.spec import H, P, T, Expect, Probe

NN = "nn"
WORD = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=WORD, **kw) -> Probe:
    return Probe(f"h36o-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- owners ------------------------------------------------------------------------------------------
    _case("owners-after-collective-noun", "owners", (
        H("Om selskapet", 2),
        P("Vekst i Vestmar IKS (ViV) eies av vestmarkommunene, Bamble, Kragerø, Porsgrunn og Siljan. Selskapet har åtte "
          "ansatte og holder til på Herøya i Porsgrunn."),
        H("Historikk", 2),
        P("Vekst i Vestmar ble startet som en stiftelse i mars 1991. I november 1994 ble stiftelsen erstattet av et "
          "aksjeselskap. Kragerø kom med som eier i 2012. I 2016 ble det besluttet å legge ned aksjeselskapet og "
          "opprette et kommunalt eid IKS med samme navn."),
    ), title="Årsmelding 2024 Vekst i Vestmar IKS", report_year=2024,
        owners={("Bamble kommune", None), ("Kragerø kommune", None), ("Porsgrunn kommune", None),
                ("Siljan kommune", None)}, founded_year=1991),
    _case("owners-joined-besides-original-owners", "owners", (
        H("Året som gikk", 2),
        P("Selskapet ble omorganisert på eiersiden i 2024 ved at Drangedal og Nome er kommet med i tillegg til de "
          "opprinnelige eierne Skien, Porsgrunn, Bamble og Siljan kommuner."),
        P("Adm. dir. Eirik Sandvold ser tilbake på femten år i selskapet og går av ved utgangen av 2025."),
    ), title="Årsberetning 2024 Grenvik Næringsutvikling IKS", report_year=2024, ceo="Eirik Sandvold",
        owners={("Drangedal kommune", None), ("Nome kommune", None), ("Skien kommune", None),
                ("Porsgrunn kommune", None), ("Bamble kommune", None), ("Siljan kommune", None)}),
    _case("county-medeier-with-share-rest", "owners", (
        H("Eierforhold", 2),
        P("Rogaland fylkeskommune er medeier i bedriften med 20 prosent av aksjene, mens resten eies av Haugesund "
          "kommune. Fylkeskommunen har eierandeler også i tre andre arbeidsmarkedsbedrifter i fylket."),
        P("Haugvik Industri AS har 42 plasser i VTA og 30 plasser i AFT."),
    ), title="Årsrapport 2024 Haugvik Industri AS",
        owners={("Rogaland fylkeskommune", 20.0), ("Haugesund kommune", 80.0)}, programs={"VTA": 42, "AFT": 30}),
    _case("eierkommunene-beside-vta-places", "owners", (
        H("Styrets beretning", 2),
        P("Eierkommunene Randaberg og Sola ønsker flere statlig finansierte plasser for varig tilrettelagt arbeid i "
          "bedriften. Ved utgangen av 2024 hadde Ransvik AS 48 VTA-plasser."),
    ), title="Årsrapport 2024 Ransvik AS", report_year=2024,
        owners={("Randaberg kommune", None), ("Sola kommune", None)}, programs={"VTA": 48}),
    _case("founders-establish-in-present-tense", "owners", (
        H("Om selskapet", 2),
        P("Gründerne Ola Rognstad og Tove Tørvik etablerer i februar 2020 selskapet Fjellvekst Vang AS for å gjenvinne "
          "plast med fornybar kraft. Rognstad eier 60 prosent av aksjene, mens Tørvik eier de siste 40 prosentene."),
        P("Daglig leder er Tove Tørvik."),
    ), title="Årsberetning 2024 Fjellvekst Vang AS", founded_year=2020, ceo="Tove Tørvik",
        owners={("Ola Rognstad", 60.0), ("Tove Tørvik", 40.0)}),
    # --- contacts ----------------------------------------------------------------------------------------
    _case("colophon-country-code-phone-and-fax", "organisation", (
        P("Årsrapport 2024", bold=True, size=16),
        P("Tittel: Kommunale selskap i Fjordlandet\nUtgiver: Fjordforsk, Gaustadalléen 21, 0349 OSLO\n"
          "Telefon: (+47) 22 95 11 00 Telefaks: (+47) 22 60 11 74\nE-post: post@fjordforsk.no\n"
          "Vår hjemmeside: http://www.fjordforsk.no\nOrg. nr. NO 970 123 456 MVA"),
        H("Forord", 2),
        P("Dette er årsrapporten for instituttets arbeid i 2024."),
    ), report_year=2024, phone="(+47) 22 95 11 00", email="post@fjordforsk.no", website="fjordforsk.no",
        address="Gaustadalléen 21"),
    _case("postal-and-visiting-address-one-line", "organisation", (
        P("Årsrapport 2024", bold=True, size=16),
        P("Utgitt av Nordisk institutt for fjordstudier (NIFS). Adresse Postboks 2815 Tøyen, 0608 Oslo. "
          "Besøksadresse: Økernveien 9, 0653 Oslo. Telefon 22 59 51 00."),
        H("Forord", 2),
        P("Instituttet hadde et aktivt år med 41 prosjekter."),
    ), report_year=2024, phone="22 59 51 00", address="Økernveien 9"),
    _case("publisher-label-value-table", "organisation", (
        P("Årsmelding 2024 Sørforsk", bold=True, size=16),
        T((("Utgiver", "Sørforsk"), ("Adresse", "Gimlemoen 19, N-4630 Kristiansand"), ("Telefon", "38 14 22 00"),
           ("Telefaks", "38 14 22 01"), ("E-post", "post@sorforsk.no"), ("Hjemmeside", "www.sorforsk.no")),
          ruled=False, bold_header=False),
        P("Sørforsk er et regionalt forskningsinstitutt."),
    ), report_year=2024, phone="38 14 22 00", email="post@sorforsk.no", website="sorforsk.no",
        address="Gimlemoen 19"),
    _case("kontakt-line-with-visiting-address", "organisation", (
        P("Årsmelding 2024", bold=True, size=16), P("Nordkyst Næringsforening", bold=True, size=14),
        P("Kontakt: Postboks 464, 9255 Tromsø Besøksadresse: Grønnegata 83 Telefon: 77 60 11 00 Telefaks: 77 60 11 01"),
        H("Leders beretning", 2),
        P("Foreningen hadde 312 medlemsbedrifter ved utgangen av året."),
    ), report_year=2024, phone="77 60 11 00", address="Grønnegata 83"),
    # --- the report's year -------------------------------------------------------------------------------
    _case("title-year-over-council-adoption", "report", (
        P("Årsmelding 2024", bold=True, size=16),
        P("Vedtatt i Ål kommunestyre sak nr. 28/25 den 27.05.2025"),
        H("Rådmannens resultatvurdering", 2),
        P("Kommunen hadde et svakt driftsresultat i 2024. Investeringene i perioden 2020–2024 var 540 mill. kr."),
    ), report_year=2024),
    _case("nn-title-year-over-adoption", "report", (
        P("Årsmelding 2024", bold=True, size=16), P("Fjellheim Vekst AS", bold=True, size=14),
        P("Handsama av generalforsamlinga 12.06.2025, sak 4/2025"),
        H("Styret si melding", 2),
        P("Bedrifta hadde 24 VTA-plassar og 10 AFT-plassar i 2024."),
    ), lang=NN, report_year=2024, programs={"VTA": 24, "AFT": 10}),
]
