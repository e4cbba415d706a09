"""Reports of the fifty-fourth held-out set (a): a vekstbedrift konsern, an IKS (nynorsk), a
cultural foundation. Invented names and figures; real places valid in the report's year."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, OTHER, Col, Statement, balance, income


def brattli_vekst_2014() -> dict:
    """Vekstbedrift konsern, Stjørdal (Nord-Trøndelag), long; the board in a Navn | Verv | Valgt av
    table on page 6, the subsidiary's board in prose, konsern columns beside the parent's."""
    cols = [Col("Morselskap 2014", 2014), Col("Morselskap 2013", 2013),
            Col("Konsern 2014", 2014, OTHER), Col("Konsern 2013", 2013, OTHER)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 4,
        inc=[("Salgsinntekter", "", [14_212_480, 13_508_911, 15_034_480, 14_288_911]),
             ("Tilskudd NAV og kommuner", "2", [21_840_300, 20_917_455, 21_840_300, 20_917_455]),
             ("Andre driftsinntekter", "", [412_900, 388_120, 1_196_400, 1_120_620])],
        cost=[("Varekostnad", "", [5_118_774, 4_902_305, 5_118_774, 4_902_305]),
              ("Lønnskostnader", "3", [25_447_211, 24_380_907, 25_447_211, 24_380_907]),
              ("Avskrivninger", "5", [812_440, 790_115, 1_402_880, 1_378_300]),
              ("Andre driftskostnader", "3", [4_380_512, 4_112_860, 4_901_660, 4_650_209])],
        fin=[("Finansinntekter", "", [122_860, 140_377, 98_120, 117_033]),
             ("Finanskostnader", "", [-18_330, -21_904, -402_775, -431_188])]),
        note_col="Note", label_header="Beløp i NOK")
    bal = Statement("Balanse pr. 31.12.", cols[:2], balance(
        "nb", 2,
        fixed=[("Bygninger og tomter", "5", [3_412_000, 3_655_000]),
               ("Maskiner og inventar", "5", [1_286_310, 1_410_900]),
               ("Aksjer i datterselskap", "6", [2_000_000, 2_000_000])],
        current=[("Varelager", "", [918_400, 877_250]),
                 ("Kundefordringer", "", [1_724_115, 1_590_480]),
                 ("Andre fordringer", "", [402_330, 377_900]),
                 ("Bankinnskudd", "7", "plug")],
        equity=[("Aksjekapital", "8", [1_000_000, 1_000_000]),
                ("Annen egenkapital", "8", [9_907_512, 9_096_239])],
        long=[("Pensjonsforpliktelser", "4", [1_210_400, 1_302_880])],
        short=[("Leverandørgjeld", "", [1_011_640, 968_312]),
               ("Skyldige offentlige avgifter", "", [1_690_227, 1_604_455]),
               ("Annen kortsiktig gjeld", "", [2_341_909, 2_211_670])]),
        note_col="Note", label_header="Beløp i NOK")
    board = [("Ragnhild Okkenhaug", "LEDE", False), ("Stein Arve Moxnes", "NEST", False),
             ("Liv Turid Hegre", "MEDL", False), ("Bjørnar Sætran", "MEDL", False),
             ("Kjersti Wold Aune", "MEDL", True), ("Tove Elin Flornes", "VARA", None)]
    items = [
        ("sidebar", "Innhold", ["Daglig leder har ordet ... 2", "Dette er Brattli Vekst ... 3",
                                "Året i tall ... 3", "Arbeid og kvalifisering ... 4",
                                "Kvalitet og utvikling ... 5", "Organisasjon og styre ... 7", "Styrets årsberetning ... 8",
                                "Årsregnskap ... 9", "Revisors beretning ... 11"]),
        ("h", 2, "Daglig leder har ordet"),
        ("p", "2014 ble et år med mange nye ansikter hos oss. Vi tok imot 41 nye deltakere, flere enn "
              "noe år siden oppstarten, og vi så igjen at tett oppfølging på en ekte arbeidsplass gir "
              "resultater. Av dem som avsluttet AFT i løpet av året, gikk {p:47 prosent|over til arbeid eller utdanning} over til arbeid eller utdanning."),
        ("p", "Vi har hatt et godt samarbeid med NAV {g:Stjørdal}, og jeg vil særlig takke markedskontakt "
              "Eirin Kolstad for et år med mange gode møter. Takk også til Per Ivar Hofstad, som gikk "
              "av som styreleder ved generalforsamlingen i april etter åtte år i styret. Han har betydd "
              "mye for bedriften."),
        ("p", "Kantina på {g:Husbyneset} er blitt en viktig arbeidsplass for deltakerne, og snekkerverkstedet "
              "i {g:Hegra} har hatt full ordrebok hele høsten. Jeg vil takke alle ansatte og deltakere for "
              "innsatsen."),
        ("p", "Magne Vollan, daglig leder", {"italic": True}),
        ("band", "Dette er Brattli Vekst", {"page": True}),
        ("p", "Brattli Vekst AS er en arbeids- og inkluderingsbedrift med hovedkontor i {g:Stjørdal}. "
              "Bedriften ble stiftet i 1989 og eies av {g:Stjørdal kommune|Stjørdal} ({p:66 %|Stjørdal kommune}) og "
              "{g:Meråker kommune|Meråker} ({p:34 %|Meråker kommune}). Vi har 32 plasser i varig tilrettelagt arbeid (VTA) "
              "og 45 plasser i arbeidsforberedende trening (AFT)."),
        ("p", "Datterselskapet Brattli Eiendom AS eier og leier ut verkstedbygget i {g:Hegra}. Styret i "
              "datterselskapet har i 2014 bestått av daglig leder Magne Vollan (styreleder) og "
              "økonomisjef Randi Sundli."),
        ("facts", ["Brattli Vekst AS", "Org.nr. 964 118 203", "Fabrikkvegen 9, 7500 {g:Stjørdal}",
                   "Telefon 74 82 31 00", "post@brattlivekst.no", "www.brattlivekst.no"]),
        ("bh", "Året i tall"),
        ("table", [["", "2014", "2013", "2012"],
                   ["Driftsinntekter (1000 kr)", "36 466", "34 814", "33 102"],
                   ["Deltakere i alt", "118", "109", "104"],
                   ["Overgang til arbeid/utdanning (AFT)", "{p:47 %}", "{p?:39 %}", "{p?:36 %}"],
                   ["Sykefravær ansatte", "{p:6,2 %}", "{p?:7,4 %}", "{p?:5,9 %}"],
                   ["Årsverk ansatte", "38,4", "37,0", "36,2"]]),
        ("band", "Arbeid og kvalifisering"),
        ("h", 3, "Kantine og catering"),
        ("p", "Kantina serverer lunsj til tre bedrifter på {g:Husbyneset} og leverer catering til møter i "
              "kommunen. Ni deltakere har hatt sin arbeidstrening her. Arbeidsleder Håvard Lien tok fagbrev "
              "som kokk i juni."),
        ("h", 3, "Snekkerverkstedet"),
        ("p", "Verkstedet lager utemøbler, benker og hytteinventar. Salget økte med {p:9 prosent|Salget økte}, "
              "og vi fikk en rammeavtale med en byggevarekjede i {g:Levanger}."),
        ("h", 3, "Vaskeri og varetelling"),
        ("p", "Vaskeriet har vasket for to sykehjem og et hotell. Varetellingsgruppa har hatt oppdrag "
              "for butikker fra {g:Meråker} til {g:Værnes}."),
        ("photo", 2, 3, "Deltakere og arbeidsleder Håvard Lien i kantina på {g:Husbyneset}."),
        ("h", 3, "Kvalifisering"),
        ("p", "Alle AFT-deltakere har en plan med mål og kartlegging. Tolv deltakere tok truckførerbevis og "
              "fire fullførte praksisbrev. Samarbeidet med Ole Vig videregående skole er videreført."),
        ("h", 3, "HMS og arbeidsmiljø"),
        ("p", "Det ble registrert tre skader uten fravær. Verneombud er Frode Hammer, og hovedtillitsvalgt "
              "for Fagforbundet er Anita Skjevik. Arbeidsmiljøutvalget har hatt fire møter."),
        ("band", "Kvalitet og utvikling", {"page": True}),
        ("p", "Brattli Vekst ble resertifisert etter EQUASS Assurance i oktober. Revisjonen ga ingen avvik "
              "og to forbedringspunkter, begge knyttet til dokumentasjon av deltakernes medvirkning."),
        ("p", "Deltakerundersøkelsen ble besvart av 92 deltakere. {p:88 prosent|svarte at de er fornøyd} "
              "svarte at de er fornøyd eller svært fornøyd med oppfølgingen, mot {p?:84 prosent} året før."),
        ("table", [["Deltakerundersøkelsen", "2014", "2013"],
                   ["Fornøyd med oppfølgingen", "{p:88 %}", "{p?:84 %}"],
                   ["Opplever å lære noe nytt", "{p:79 %}", "{p?:80 %}"],
                   ["Trives på arbeidsplassen", "{p:91 %}", "{p?:89 %}"]]),
        ("h", 3, "Kompetanse"),
        ("p", "Sju arbeidsledere har fullført videreutdanning i veiledning ved Høgskolen i Nord-Trøndelag. "
              "To ansatte tok fagbrev i industriell produksjon."),
        ("h", 3, "Nye oppdrag"),
        ("p", "Vi fikk i 2014 avtale om drift av kantina ved kommunehuset og om vedlikehold av turløyper "
              "for {g:Meråker} kommune. Samtidig sa en av de største kundene på vaskeriet opp avtalen fra "
              "nyttår, og vi må finne nye oppdrag for seks deltakere."),
        ("h", 3, "Samarbeidspartnere"),
        ("li", "NAV {g:Stjørdal} og NAV {g:Meråker}"),
        ("li", "Ole Vig videregående skole"),
        ("li", "{g:Stjørdal} Næringsforum"),
        ("li", "Arbeid og Inkludering i NHO Service"),
        ("photo", 3, 2, "Snekkerverkstedet i {g:Hegra} leverte 140 benker til kommunens parker i 2014."),
        ("band", "Organisasjon og styre", {"page": True}),
        ("bh", "Ledergruppen"),
        ("table", [["Navn", "Stilling"], ["Magne Vollan", "Daglig leder"], ["Randi Sundli", "Økonomisjef"],
                   ["Geir Tore Ystgaard", "Produksjonsleder"], ["Marianne Hallan", "Leder kvalifisering"]]),
        ("bh", "Ansatte"),
        ("p", "Ved utgangen av året hadde bedriften 41 ansatte fordelt på 38,4 årsverk. Avdelingslederne er "
              "Håvard Lien (kantine), Oddvar Sve (verksted), Lise Marie Græsli (vaskeri) og Kari Anne Hoff "
              "(kvalifisering)."),
        ("bh", "Styret"),
        ("p", "Styret i Brattli Vekst AS etter generalforsamlingen 24. april 2014:"),
        ("wide", [("table", [["Navn", "Verv", "Valgt av", "På valg"],
                   ["Ragnhild Okkenhaug", "Styreleder", "Generalforsamlingen", "2016"],
                   ["Stein Arve Moxnes", "Nestleder", "Generalforsamlingen", "2015"],
                   ["Liv Turid Hegre", "Styremedlem", "Generalforsamlingen", "2016"],
                   ["Bjørnar Sætran", "Styremedlem", "Generalforsamlingen", "2015"],
                   ["Kjersti Wold Aune", "Styremedlem", "De ansatte", "2015"],
                   ["Tove Elin Flornes", "Varamedlem", "Generalforsamlingen", "2015"]])]),
        ("p", "Styret har hatt sju møter og behandlet 58 saker. Generalforsamlingen består av "
              "ordfører i {g:Stjørdal}, Johan Arnstad, og ordfører i {g:Meråker}, Bård Langsåvold.", {"small": True}),
        ("band", "Styrets årsberetning 2014", {"page": True}),
        ("p", "Brattli Vekst AS er en arbeids- og inkluderingsbedrift godkjent som tiltaksarrangør for "
              "AFT og VTA. Virksomheten drives i {g:Stjørdal} og {g:Hegra}."),
        ("p", "Morselskapet hadde driftsinntekter på 36,5 millioner kroner mot 34,8 millioner året før. "
              "Årsresultatet ble 811 273 kroner. Konsernet fikk et årsresultat på 896 000 kroner. "
              "Styret mener årsregnskapet gir et rettvisende bilde av selskapets eiendeler og gjeld, "
              "finansielle stilling og resultat. Forutsetningen om fortsatt drift er til stede."),
        ("p", "Sykefraværet blant ansatte var {p:6,2 %|sykefraværet blant ansatte} mot {p?:7,4 %} i 2013. Bedriften har "
              "{p:58 prosent|kvinner blant de ansatte} kvinner blant de ansatte, og styret har tre kvinner og to menn."),
        ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bransjen."),
        ("p", "Årsresultatet for morselskapet overføres til annen egenkapital."),
        ("sign", "{g:Stjørdal}, 19. mars 2015", [("Ragnhild Okkenhaug", "styreleder"), ("Stein Arve Moxnes", "nestleder"),
                                             ("Liv Turid Hegre", ""), ("Bjørnar Sætran", ""),
                                             ("Kjersti Wold Aune", ""), ("Magne Vollan", "daglig leder")]),
        ("band", "Årsregnskap 2014", {"page": True}),
        ("wide", [("stmt", res, {"title": "Resultatregnskap"}), ("stmt", bal, {"title": "Balanse pr. 31.12.2014"})]),
        ("h", 3, "Noter"),
        ("p", "Note 2 Tilskudd: Tilskudd fra NAV gjelder 32 VTA-plasser og 45 AFT-plasser. Kommunal "
              "medfinansiering av VTA er {p:25 prosent|kommunal medfinansiering av VTA} av statens sats."),
        ("p", "Note 3 Lønn: Daglig leders lønn utgjorde 812 400 kroner. Styrehonorar er utbetalt med "
              "96 000 kroner, av dette 32 000 kroner til styreleder. Revisjonshonorar 61 250 kroner."),
        ("p", "Note 1 Regnskapsprinsipper: Årsregnskapet er satt opp i samsvar med regnskapsloven og god "
              "regnskapsskikk for små foretak. Konsernregnskapet omfatter morselskapet og det heleide "
              "datterselskapet. Interne transaksjoner er eliminert."),
        ("p", "Note 4 Pensjon: Selskapet har kollektiv pensjonsordning i KLP som omfatter 41 personer. "
              "Diskonteringsrenten er {p:4,0 %|diskonteringsrenten} og forventet lønnsvekst {p:3,5 %|forventet lønnsvekst}."),
        ("p", "Note 5 Varige driftsmidler: Bygninger avskrives over 25 år, maskiner og inventar over 5–10 år."),
        ("p", "Note 7 Bankinnskudd: Av bankinnskudd er 1 102 440 kroner bundne skattetrekksmidler."),
        ("p", "Note 8 Egenkapital: Aksjekapitalen består av 1 000 aksjer à 1 000 kroner. Årets resultat på "
              "811 273 kroner er tilført annen egenkapital."),
        ("p", "Note 6 Datterselskap: Brattli Eiendom AS, forretningskontor {g:Stjørdal}, eierandel {p?:100 %}."),
        ("band", "Uavhengig revisors beretning", {"page": True}),
        ("p", "Til generalforsamlingen i Brattli Vekst AS. Vi har revidert årsregnskapet for Brattli Vekst AS, "
              "som består av selskapsregnskap og konsernregnskap. Etter vår mening er årsregnskapet avgitt i "
              "samsvar med lov og forskrifter."),
        ("p", "Konklusjon: Etter vår mening er det medfølgende årsregnskapet avgitt i samsvar med lov og "
              "forskrifter og gir et rettvisende bilde av den finansielle stillingen til Brattli Vekst AS og "
              "konsernet per 31. desember 2014."),
        ("p", "Styrets og daglig leders ansvar for årsregnskapet: Styret og daglig leder er ansvarlige for å "
              "utarbeide årsregnskapet og for at det gir et rettvisende bilde i samsvar med regnskapslovens "
              "regler og god regnskapsskikk i Norge."),
        ("p", "Revisors oppgaver og plikter: Vår oppgave er å gi uttrykk for en mening om dette årsregnskapet "
              "på bakgrunn av vår revisjon. Vi har gjennomført revisjonen i samsvar med lov, forskrift og god "
              "revisjonsskikk i Norge, herunder International Standards on Auditing."),
        ("p", "Uttalelse om øvrige forhold: Basert på vår revisjon er det vår oppfatning at opplysningene i "
              "årsberetningen om årsregnskapet og forutsetningen om fortsatt drift er konsistente med "
              "årsregnskapet og i samsvar med lov og forskrifter."),
        ("p", "Trondheim, 19. mars 2015 · Revisjon Midt-Norge AS · Terje Almås, statsautorisert revisor", {"small": True}),
    ]
    return {
        "name": "brattli-vekst-2014", "year": 2014, "title": "Årsrapport 2014 Brattli Vekst AS",
        "cover": ("Årsrapport 2014", "Brattli Vekst AS · Arbeid som virker"),
        "runner": "Brattli Vekst AS · Årsrapport 2014", "accent": "2E5E3A", "soft": "E5EFE3",
        "organization": {"name": "Brattli Vekst AS", "founded_year": 1989,
                         "address": "Fabrikkvegen 9, 7500 Stjørdal", "phone": "74 82 31 00",
                         "email": "post@brattlivekst.no", "website": "www.brattlivekst.no",
                         "owners": [{"name": "Stjørdal kommune", "share_percent": 66.0},
                                    {"name": "Meråker kommune", "share_percent": 34.0}]},
        "ceo": "Magne Vollan", "board": board,
        "not_board": ["Per Ivar Hofstad", "Randi Sundli", "Eirin Kolstad", "Johan Arnstad",
                      "Bård Langsåvold", "Geir Tore Ystgaard", "Marianne Hallan", "Terje Almås",
                      "Frode Hammer", "Anita Skjevik", "Håvard Lien", "Oddvar Sve",
                      "Lise Marie Græsli", "Kari Anne Hoff"],
        "places_optional": ["Trondheim", "Nord-Trøndelag"],
        "programs": {"VTA": 32, "AFT": 45},
        "items": items, "renditions": ["chrome"],
        "notes": "Designed report, 10 pages: board in a Navn | Verv | Valgt av | På valg table on page 6 "
                 "after a management table of the same shape; the subsidiary's board in prose (the "
                 "daglig leder its chair); a former chair thanked; konsern columns beside the parent's "
                 "(optional); signatures without titles for members.",
    }


def nordfjord_arkiv_2017() -> dict:
    """IKS, nynorsk, Nordfjordeid (Sogn og Fjordane); representantskap in a table, the board as a
    role/name list, budget beside actuals, an e-signature page with "Etternamn, Førenamn"."""
    cols = [Col("Rekneskap 2017", 2017), Col("Budsjett 2017", 2017, BUDGET), Col("Rekneskap 2016", 2016)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 3,
        inc=[("Eigarinnskot frå kommunane", "", [4_120_000, 4_120_000, 3_980_000]),
             ("Sal av tenester", "", [1_266_450, 1_100_000, 1_048_920]),
             ("Prosjekttilskot", "2", [512_000, 400_000, 355_500])],
        cost=[("Lønn og sosiale kostnader", "3", [3_988_104, 3_950_000, 3_712_455]),
              ("Husleige", "", [702_000, 702_000, 688_000]),
              ("Avskrivingar", "", [84_300, 90_000, 88_120]),
              ("Andre driftskostnader", "", [1_207_889, 935_000, 861_310])],
        fin=[("Renteinntekter", "", [21_330, 15_000, 18_902])],
        labels={"sum_inc": "Sum driftsinntekter", "sum_cost": "Sum driftskostnader",
                "result": "Årsresultat"}),
        label_header="Tal i heile kroner", negative="minus")
    items = [
        ("h", 2, "Føreord"),
        ("p", "Nordfjord arkiv IKS har i 2017 teke imot 310 hyllemeter papirarkiv frå eigarkommunane, "
              "og vi har for første gong teke imot elektroniske uttrekk frå alle fire kommunane. "
              "Arbeidet med kommunereforma har prega året: {g:Eid} og {g:Selje} skal slåast saman til "
              "{g?:Stad} kommune, og arkiva frå dei gamle kommunane må avsluttast og deponerast hjå oss."),
        ("p", "Eg vil takke dei tilsette for godt arbeid, og takke arkivleiarane i kommunane for godt "
              "samarbeid. Ein særleg takk til Ingrid Myklebust i Interkommunalt arkiv i Møre og Romsdal, som "
              "har hjelpt oss med opplæring i deponering."),
        ("p", "Nordfjordeid, februar 2018 · Astrid Hjelle, dagleg leiar", {"italic": True}),
        ("kpi", [("310", "hyllemeter", "Mottekne papirarkiv"), ("1 240", "", "Førespurnader handsama"),
                 ("4", "", "Eigarkommunar"), ("{p:96 %}", "", "Svar innan fristen")], {"per_row": 4}),
        ("band", "Om selskapet"),
        ("p", "Nordfjord arkiv IKS vart skipa i 2004 og er eit interkommunalt selskap etter IKS-lova. "
              "Selskapet har kontor i Sjøgata 14, 6770 Nordfjordeid, og eigast av {g:Eid kommune|Eid} ({p:30 %|Eid kommune}), "
              "{g:Gloppen kommune|Gloppen} ({p:25 %|Gloppen kommune}), {g:Stryn kommune|Stryn} ({p:25 %|Stryn kommune}) og "
              "{g:Vågsøy kommune|Vågsøy} ({p:20 %|Vågsøy kommune})."),
        ("facts", ["Nordfjord arkiv IKS", "Sjøgata 14, 6770 Nordfjordeid", "Tlf. 57 86 04 50",
                   "post@nordfjordarkiv.no"]),
        ("p", "Selskapet har fire tilsette i 3,6 årsverk. Sjukefråværet var {p:3,1 %|sjukefråværet}."),
        ("band", "Representantskap og styre"),
        ("bh", "Representantskapet"),
        ("wide", [("table", [["Kommune", "Medlem", "Varamedlem"],
                   ["{g:Eid}", "Alfred Bjørlo (leiar)", "Gunn Sunde"],
                   ["{g:Gloppen}", "Leidulv Gjesdal", "Berit Haugen"],
                   ["{g:Stryn}", "Sindre Veimoen (nestleiar)", "Olav Ulvedal"],
                   ["{g:Vågsøy}", "Kristin Lien Sandvik", "Per Rune Hoddevik"]])]),
        ("bh", "Styret"),
        ("p", "Representantskapet valde nytt styre i møte 27. april 2017. Styret har vore samansett slik:"),
        ("wide", [("twolist", [("Eli Sandvik Løken (2017–2019)", "styreleiar"), ("Ottar Rygg (2016–2018)", "nestleiar"),
                     ("Synnøve Fure Anda (2017–2019)", "styremedlem"), ("Jostein Hjelmeset (2016–2018)", "styremedlem"),
                     ("Hildegunn Stavang (2017–2019)", "tilsettvald")])]),
        ("p", "Varamedlemer: Arild Skrede (2017–2019) og Marta Breivik Eide (2016–2018). Varamedlem for "
              "tilsettvald: Kjell Inge Solheim. Fylkesarkivet i {g?:Sogn og Fjordane} har observatørplass i styret."),
        ("p", "Styret har hatt fem møte og handsama 31 saker. Dagleg leiar er sekretær for styret."),
        ("band", "Årsmelding frå styret"),
        ("p", "Selskapet sitt føremål er å ta vare på og gjere tilgjengeleg arkiva til eigarkommunane. "
              "Verksemda blir driven frå Nordfjordeid. Årsresultatet vart minus 62 513 kroner mot "
              "budsjettert minus 42 000 kroner. Underskotet skuldast mellom anna auka kostnader til "
              "lagerhylle og flytting av arkiv frå {g:Måløy}. Styret meiner føresetnaden om vidare drift "
              "er til stades."),
        ("p", "Styret har tre kvinner og to menn. Verksemda ureinar ikkje det ytre miljøet."),
        ("wide", [("stmt", res, {"title": "Resultatrekneskap 2017"})]),
        ("p", "Note 3: Dagleg leiar si løn var 642 300 kroner. Honorar til styret 41 000 kroner.", {"small": True}),
        ("band", "Signaturar", {"page": True}),
        ("p", "Årsmeldinga og rekneskapen er signert elektronisk 28. februar 2018.", {"small": True}),
        ("wide", [("table", [["Namn", "Rolle", "Dato"],
                   ["Løken, Eli Sandvik", "Styreleiar", "28.02.2018"],
                   ["Rygg, Ottar", "Nestleiar", "28.02.2018"],
                   ["Anda, Synnøve Fure", "Styremedlem", "28.02.2018"],
                   ["Hjelmeset, Jostein", "Styremedlem", "01.03.2018"],
                   ["Stavang, Hildegunn", "Styremedlem", "28.02.2018"],
                   ["Hjelle, Astrid", "Dagleg leiar", "28.02.2018"]])]),
        ("p", "Revisor: {g?:Sogn og Fjordane} Revisjon IKS v/ Tor Inge Bakke, oppdragsansvarleg revisor.", {"small": True}),
    ]
    board = [("Eli Sandvik Løken", "LEDE", False), ("Ottar Rygg", "NEST", False),
             ("Synnøve Fure Anda", "MEDL", False), ("Jostein Hjelmeset", "MEDL", False),
             ("Hildegunn Stavang", "MEDL", True), ("Arild Skrede", "VARA", None),
             ("Marta Breivik Eide", "VARA", None)]
    return {
        "name": "nordfjord-arkiv-2017", "year": 2017, "title": "Årsmelding 2017 Nordfjord arkiv IKS",
        "cover": ("Årsmelding 2017", "Nordfjord arkiv IKS"),
        "runner": "Nordfjord arkiv IKS · Årsmelding 2017", "accent": "5A3E6E", "soft": "EEE7F2",
        "organization": {"name": "Nordfjord arkiv IKS", "founded_year": 2004,
                         "address": "Sjøgata 14, 6770 Nordfjordeid", "phone": "57 86 04 50",
                         "email": "post@nordfjordarkiv.no",
                         "owners": [{"name": "Eid kommune", "share_percent": 30.0},
                                    {"name": "Gloppen kommune", "share_percent": 25.0},
                                    {"name": "Stryn kommune", "share_percent": 25.0},
                                    {"name": "Vågsøy kommune", "share_percent": 20.0}]},
        "ceo": "Astrid Hjelle", "board": board,
        "not_board": ["Alfred Bjørlo", "Leidulv Gjesdal", "Sindre Veimoen", "Kristin Lien Sandvik",
                      "Gunn Sunde", "Berit Haugen", "Olav Ulvedal", "Per Rune Hoddevik",
                      "Ingrid Myklebust", "Tor Inge Bakke"],
        "places_optional": ["Nordfjordeid", "Møre og Romsdal"],
        "board_optional": ["Kjell Inge Solheim"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed IKS report, nynorsk: representantskap table with (leiar)/(nestleiar) before "
                 "the board; the board as a name-and-period / role list ('tilsettvald'), the varamedlemer "
                 "in a sentence, the employees' deputy optional; budget beside actuals (optional); e-signature table 'Etternamn, Førenamn'.",
    }


def fjaereheia_2012() -> dict:
    """Cultural foundation, Grimstad (Aust-Agder), 2012; the board in a sidebar with who appointed
    each member, a foreword signed by chair and daglig leder, 'Beløp i 1000 kr' with brackets."""
    cols = [Col("2012", 2012), Col("2011", 2011)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Billettinntekter", "", [6_412, 5_980]),
             ("Offentlige tilskudd", "2", [4_150, 4_050]),
             ("Sponsorinntekter", "", [1_230, 1_415]),
             ("Kiosk og servering", "", [1_884, 1_702])],
        cost=[("Lønn og sosiale kostnader", "3", [5_312, 5_010]),
              ("Produksjonskostnader", "", [6_608, 5_744]),
              ("Avskrivninger", "4", [410, 398]),
              ("Andre driftskostnader", "", [1_742, 1_688])],
        fin=[("Netto finans", "", [64, 81])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "net_fin": None, "fin": None}),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Scene og tribune", "4", [3_880, 4_190])],
        current=[("Fordringer", "", [412, 380]), ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "", [200, 200]), ("Annen egenkapital", "", [3_346, 3_678])],
        long=[], short=[("Leverandørgjeld", "", [612, 544]), ("Annen kortsiktig gjeld", "", [1_020, 965])]),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr")
    items = [
        ("kpi", [("18 420", "", "Publikum"), ("34", "", "Forestillinger"),
                 ("{p:62 %}", "", "Egeninntekter"), ("210", "", "Frivillige")], {"per_row": 4}),
        ("h", 2, "Forord"),
        ("p", "Sommeren 2012 ble den våteste på mange år, og det merket vi. To forestillinger måtte avlyses, "
              "og publikumstallet endte {p:8 prosent|publikumstallet} under fjoråret. Likevel fikk vi et av de "
              "beste kunstneriske resultatene i stiftelsens historie, og vi vil takke alle frivillige fra "
              "{g:Fevik}, {g:Landvik} og resten av {g:Grimstad} som stilte opp i regn og vind."),
        ("p", "Takk også til regissør Kaja Tofte Helland og til kulturrådgiver i Aust-Agder fylkeskommune, "
              "Dag Olav Birkeland, for godt samarbeid."),
        ("sign", "{g:Grimstad}, mars 2013", [("Sigrun Mollestad", "styreleder"), ("Arnt Håkon Berge", "daglig leder")]),
        ("sidebar", "Styret 2012", ["Leder: Sigrun Mollestad (oppnevnt av {g:Grimstad kommune|Grimstad})",
                                    "Nestleder: Øystein Kvåle (oppnevnt av Aust-Agder fylkeskommune)",
                                    "Medlem: Hanne Fjeldsgård (oppnevnt av Venneforeningen)",
                                    "Medlem: Terje Salvesen (oppnevnt av {g:Grimstad kommune|Grimstad})",
                                    "Medlem: Lene Aasen Tveit (valgt av de ansatte)",
                                    "Vara: Kåre Nilsen ({g:Grimstad kommune|Grimstad})"]),
        ("band", "Om stiftelsen"),
        ("p", "Stiftelsen Fjæreheia Kultursenter ble opprettet i 1996 og har til formål å drive "
              "friluftsscenen i Fjæreheia og å fremme scenekunst i Agder. Stiftelsen har adresse "
              "Fjæreveien 210, 4885 {g:Grimstad}."),
        ("p", "Stiftelsen har fem fast ansatte. Styret oppnevnes for to år av gangen. Venneforeningen "
              "ledes av Jorunn Vatne."),
        ("table", [["Produksjon", "Forestillinger", "Publikum", "Belegg"],
                   ["Sommerforestillingen", "22", "14 980", "{p:71 %}"],
                   ["Konserter", "8", "2 910", "{p:64 %}"],
                   ["Skoleforestillinger", "4", "530", "{p:88 %}"]]),
        ("band", "Årsberetning 2012"),
        ("p", "Stiftelsens virksomhet drives i {g:Grimstad}. Årets resultat ble et underskudd på 332 000 "
              "kroner, som dekkes av annen egenkapital. Styret mener at forutsetningen for fortsatt "
              "drift er til stede."),
        ("p", "Sykefraværet var {p:2,4 %|sykefraværet}. Stiftelsen har ikke virksomhet som forurenser det ytre miljø."),
        ("sign", "{g:Grimstad}, 12. mars 2013", [("Sigrun Mollestad", "Styreleder"), ("Øystein Kvåle", "Nestleder"),
                                            ("Hanne Fjeldsgård", "Styremedlem"), ("Terje Salvesen", "Styremedlem"),
                                            ("Lene Aasen Tveit", "Styremedlem"), ("Arnt Håkon Berge", "Daglig leder")]),
        ("wide", [("stmt", res, {"title": "Resultatregnskap"}), ("stmt", bal, {"title": "Balanse pr. 31. desember"})]),
        ("p", "Revisor: Agder Revisjon AS, Arendal, ved Ole Petter Tønnessen.", {"small": True}),
    ]
    board = [("Sigrun Mollestad", "LEDE", False), ("Øystein Kvåle", "NEST", False),
             ("Hanne Fjeldsgård", "MEDL", False), ("Terje Salvesen", "MEDL", False),
             ("Lene Aasen Tveit", "MEDL", True), ("Kåre Nilsen", "VARA", None)]
    return {
        "name": "fjaereheia-2012", "year": 2012, "title": "Årsrapport 2012 Stiftelsen Fjæreheia Kultursenter",
        "cover": ("Årsrapport 2012", "Stiftelsen Fjæreheia Kultursenter"),
        "runner": "Fjæreheia · 2012", "accent": "8A3B12", "soft": "F6E9DF",
        "organization": {"name": "Stiftelsen Fjæreheia Kultursenter", "founded_year": 1996,
                         "address": "Fjæreveien 210, 4885 Grimstad"},
        "ceo": "Arnt Håkon Berge", "board": board,
        "not_board": ["Kaja Tofte Helland", "Dag Olav Birkeland", "Jorunn Vatne", "Ole Petter Tønnessen"],
        "places_optional": ["Aust-Agder", "Agder", "Arendal", "Fjæreheia"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed foundation report, 4 pages: board in a sidebar 'Role: Name (oppnevnt av ...)' "
                 "with the employee member '(valgt av de ansatte)'; foreword signed by chair and "
                 "daglig leder; statements 'Beløp i 1000 kr' with brackets.",
    }


REPORTS = [brattli_vekst_2014, nordfjord_arkiv_2017, fjaereheia_2012]
