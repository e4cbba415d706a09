"""Eleventh reading (docs/phrasings.md §45): organisation facts, places and percentages on the
wording of real first pages of kinds the earlier readings had little of (church councils' and
choirs' meeting books and notices, English-language reports of Norwegian bodies, housing
co-operatives' meeting papers, an association that continues an older one, a group's note on its
subsidiaries, news pieces on owners, nynorsk papers naming a municipality by its council). A
meeting document's word before the name ("Møtebok styremøte i", "Møteinnkalling", nn
"Møteprotokoll for"); an English title ("Annual Report", "The ... Report") beside or instead of
the name; a news source named in prose ("skriv Fjordnytt.no"); the meeting year of a
co-operative's papers; the founding year of a predecessor; a company the organisation owns, named
in a note; an owner's owner; a phone number with a country code; a municipality named by its
council (nn "Stad kommunestyre"). Names, figures and sentences are invented; place names are real
municipalities valid for the report's year."""
from probes.spec import H, P, Expect, Li, Probe, T

NN = {"lang": "nn"}
PDF = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g11x-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- a meeting document's word before the name -------------------------------------------------
    _case("name-motebok-styremote", "organisation", (
        H("MØTEBOK STYREMØTE I NORDFJELL SANGLAG", 1),
        P("Tid: Torsdag 6. mars 2023, kl 17:00 – 20:00\nSted: Sanglagets kontor, Kongens gate 14, Trondheim"),
        P("Til stede: Ragnhild Vik, Ola Lunde og Tone Berg. Forfall: Eirik Dahl."),
        H("SAK 12/23 GODKJENNING AV INNKALLING", 2),
        P("Innkalling og saksliste ble godkjent uten merknader."),
    ), org_name="Nordfjell sanglag", places=("Trondheim",), formats=PDF),
    _case("name-moteinnkalling-fellesrad", "organisation", (
        H("DEN NORSKE KIRKE Fjellvik kirkelige fellesråd", 1),
        P("MØTEINNKALLING Fjellvik kirkelige fellesråd"),
        P("Dato: 14.11.2019 kl. 19:00 Sted: Sylling kirkestue Arkivsak: 19/00211"),
        H("SAKSKART", 2),
        P("41/19 Godkjenning av innkalling og saksliste\n42/19 Utvidelse av Tranby gravplass"),
        P("Lier, 6.11.2019 Kari Holm Leder"),
    ), org_name="Fjellvik kirkelige fellesråd", places=("Lier",), formats=PDF),
    _case("name-moteprotokoll-for-nn", "organisation", (
        H("DEN NORSKE KYRKJA Møteprotokoll for Solvik sokneråd", 1),
        P("Tid: kl. 18:00-20:30 Stad: SOLVIK KYRKJELYDSHUS"),
        P("Frammøtte: Jon Helle Leiar, Kari Vik Nestleiar, Per Moe"),
        H("SR 2019/21 Godkjenning av innkalling og dagsorden", 2),
        P("Soknerådet godkjenner innkallinga og dagsordenen."),
        P("Gloppen, 10.10.2019 Ref. Per Moe"),
    ), org_name="Solvik sokneråd", **NN),
    # --- a public body: it presents its report; its kind ends its name -----------------------------------
    _case("name-presents-report", "organisation", (
        H("Årsmelding 2006", 1),
        P("Fiskekvotenemnda legger med dette fram sin beretning for virksomheten i 2006."),
        H("1. Nemndas mandat", 2),
        P("Nemnda ble opprettet ved kongelig resolusjon 3. mars 1981 og har fem medlemmer."),
    ), org_name="Fiskekvotenemnda", founded_year=1981),
    _case("name-directorate-cover", "organisation", (
        H("Årsrapport 2016 Kyst- og havnedirektoratet", 1),
        H("1 Leders beretning", 2),
        P("2016 var preget av økt trafikk i havnene i Rogaland og Hordaland."),
    ), org_name="Kyst- og havnedirektoratet", places=("Rogaland", "Hordaland")),
    # --- English titles ---------------------------------------------------------------------------------
    _case("name-english-annual-report-suffix", "organisation", (
        H("Havbris-Nettverket Annual Report 2004", 1),
        H("Board report", 2),
        P("Sick leave amounted to 3.1% of the total working days. The foundation has eleven employees "
          "at its office in Arendal."),
    ), org_name="Havbris-Nettverket", places=("Arendal",), percentages=((3.1, "sick"),)),
    _case("name-english-title-ministry-phone", "organisation", (
        H("THE MUNICIPAL HOLDINGS REPORT 2012", 1),
        P("Ministry of Local Affairs P.O. Box 8112 Dep NO-0032 Oslo\nOffice address Møllergata 19, 0179 Oslo\n"
          "Phone: (+47) 22 11 33 44"),
        H("Contents", 2),
        P("The report covers 41 companies in which the ministries administer the State's direct holdings."),
    ), low_confidence=("org_name",), phone="(+47) 22 11 33 44"),
    # --- a news source named in prose is not our website -------------------------------------------------
    _case("website-news-source-in-prose", "organisation", (
        H("Fjordferja får ny hovedeier", 1),
        P("Kystlinjen Holding tok i mai full kontroll over Fjordferja AS etter å ha kjøpt ut grunnleggerens "
          "aksjepost på 22,5 prosent, skriv Fjordnytt.no."),
        P("Eierposten skal nå reduseres til 60 prosent, melder Kystavisa.no."),
    ), website=None, percentages=((22.5, "aksjepost"), (60.0, "eierposten"))),
    _case("website-other-body-in-prose", "organisation", (
        H("Årsmelding 2022 for Lysheim historielag", 1),
        P("Laget fekk tilskot frå kulturfondet i år. Søknadsskjema finst på nettsidene til fondet, "
          "www.kulturfondet-vest.no."),
    ), org_name="Lysheim historielag", low_confidence=("website",), **NN),
    # --- a meeting venue's street is not our address ---------------------------------------------------
    _case("venue-address-prose", "organisation", (
        H("Årsmelding 2022 for Lysheim historielag", 1),
        P("Årsmøtet ble holdt på Fjellheim samfunnshus, Storgata 3, den 14. mars 2022 med 31 frammøtte."),
        P("Laget har 212 medlemmer og gir ut et årsskrift."),
    ), org_name="Lysheim historielag", low_confidence=("address",)),
    # --- meeting papers: the year before the meeting -----------------------------------------------------
    _case("year-generalforsamling-cover", "report", (
        H("Generalforsamling 2021 Innkalling Årsberetning Regnskap", 1),
        P("Til andelseierne i Kvisthaugen Borettslag"),
        P("Innkallingen inneholder borettslagets årsberetning og regnskap for 2020."),
        H("Innkalling til generalforsamling", 2),
        P("Ordinær generalforsamling i Kvisthaugen Borettslag avholdes tirsdag 20. april 2021 kl. 19:00 på "
          "Kvisthaugen skole."),
    ), org_name="Kvisthaugen Borettslag", report_year=2020),
    _case("year-meeting-papers-name-then-year", "report", (
        H("Årsmøtedokumentasjon Lysvik Idrettslag 2019", 1),
        P("Det avholdes ÅRSMØTE I LYSVIK IDRETTSLAG torsdag 21.03.2019 kl. 19.00 i klubbhuset."),
        H("Styret", 2),
        P("Styret for 2018 har hatt følgende sammensetning: Leder: Siri Holm, Nestleder: Ole Dahl. "
          "Det er avholdt 7 styremøter i 2018."),
    ), org_name="Lysvik Idrettslag", report_year=2018),
    # --- a predecessor's founding year ------------------------------------------------------------------
    _case("founded-predecessor", "organisation", (
        H("Årsmelding 2019", 1),
        H("1. Norsk kulturarvforbund", 2),
        P("Norsk kulturarvforbund er interesseorganisasjonen for kulturarvfaglig arbeid, og ble opprettet i "
          "juni 1997. Forbundet er en videreføring av Norske Kulturarvlag, som ble stiftet i 1921."),
    ), org_name="Norsk kulturarvforbund", founded_year=1997),
    _case("founded-law-date-nn", "organisation", (
        H("SELSKAPET (IKS)", 1),
        H("Lovgrunnlag for selskapsforma", 2),
        P("Selskapet er oppretta etter lov om interkommunale selskaper, L29.01.1999 nr. 6 (IKS-lova)."),
        H("Selskapsavtalen", 2),
        P("Noverande selskapsavtale vart vedteken i dei fem deltakarkommunane i 2021."),
    ), title="Årsmelding 2021 for Fjordkontroll IKS", founded_year=None, **NN),
    _case("founded-year-and-law-date", "organisation", (
        H("Om selskapet", 2),
        P("Nordfjell Renovasjon IKS vart skipa i 2003 etter lov om interkommunale selskap av 29. januar 1999."),
    ), title="Årsmelding 2021", org_name="Nordfjell Renovasjon IKS", founded_year=2003, **NN),
    # --- a copying licence's notice names the licensing body's address ---------------------------------
    _case("address-rights-notice", "organisation", (
        H("Evaluering av omstillingsprogrammet i Hemsedal", 1),
        P("FJORDFORSKNING AS BERGEN, MAI 2011"),
        P("Dette eksemplar er fremstilt etter avtale med KOPINOR, Stenergate 1, 0050 Oslo. Ytterligere "
          "eksemplarfremstilling uten avtale er straffbart."),
        H("Forord", 2),
        P("På oppdrag fra Hemsedal kommune har Fjordforskning gjennomført en evaluering av omstillingsprogrammet."),
    ), address=None, places=("Hemsedal",)),
    # --- a company the organisation owns, in a note, is not its name --------------------------------------
    _case("name-subsidiary-note", "organisation", (
        H("Årsrapport 2018", 1),
        H("Note 4 – Investeringer i datterselskap, aksjer og andeler", 2),
        T((("Selskap", "Antall aksjer", "Eierandel", "Bokført verdi"),
           ("Fjordbuss AS", "50 000", "100,00 %", "50 000"),
           ("Kystdata AS", "10", "2,15 %", "110 217"))),
    ), low_confidence=("org_name",), owners=frozenset(), percentages=((100.0, "Fjordbuss"),)),
    # --- an owner's owner ----------------------------------------------------------------------------------
    _case("owners-owner-of-owner", "organisation", (
        H("Årsberetning 2022", 1),
        P("Nordvik Fisk AS eies 100 % av Havbruk Holding AS, som igjen eies av Kari Nes og Per Nes."),
        P("Selskapet driver fiskemottak i Vikna."),
    ), org_name="Nordvik Fisk AS", owners=frozenset({("Havbruk Holding AS", 100.0)})),
    # --- places --------------------------------------------------------------------------------------------
    _case("places-kommunestyre-nn", "places", (
        H("Nyhende", 2),
        P("Stad kommunestyre har vedteke budsjett for 2023 og økonomiplan for 2023–2026."),
        P("Vi har ledig stilling ved kontoret vårt i Førde."),
    ), title="Årsrapport 2022", places=("Stad", "Førde"), **NN),
    _case("places-noreg-nn", "places", (
        H("Føreord", 2),
        P("I Noreg går Kommunelaget KS aktivt inn for eit sterkt regionalt nivå, og laget har kontor i Bergen."),
    ), title="Årsmelding 2005", places=("Noreg", "Bergen"), low_confidence=("org_name",), **NN),
    _case("places-nav-regional-body", "places", (
        H("Samarbeid", 2),
        P("Bedriften samarbeider tett med NAV Innlandet og Statsforvalteren i Vestland om tiltaksplassene."),
        P("Vi har avdelinger på Gjøvik og Lillehammer."),
    ), title="Årsrapport 2022", places=("Gjøvik", "Lillehammer")),
    _case("places-english-countries", "places", (
        H("About us", 2),
        P("The foundation has offices in Oslo and Bergen, and partners in Sweden and Denmark."),
    ), title="Annual report 2019", places=("Oslo", "Bergen")),
]
