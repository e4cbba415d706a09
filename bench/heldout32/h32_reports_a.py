"""Thirty-second held-out set, part A: a kommunalt foretak with budget and avvik columns, a
municipally owned parking company with a konsern column, a harbour company in NOK 1000.
Invented organisations, people and figures; real places valid in the report's year."""
from __future__ import annotations

from h3_render import Kroner  # noqa: F401  (part B uses it; kept beside the other imports)
from heldout_finance import ACTUAL, BUDGET, OTHER, Col, Line, Statement, balance, income


def _avvik(label: str, actual: float, budget: float, previous: float) -> tuple:
    """A KF line: actual, regulated budget, their difference, last year's actual."""
    return (label, "", [actual, budget, actual - budget, previous])


# ---------------------------------------------------------------- 1: KF, long
def gjovik_idrett_kf_2014() -> dict:
    cols = [Col("Regnskap 2014", 2014), Col("Regulert budsjett 2014", 2014, BUDGET), Col("Avvik", None, OTHER),
            Col("Regnskap 2013", 2013)]
    inc = [_avvik("Leieinntekter anlegg", 9_412_350, 9_150_000, 8_877_420),
           _avvik("Billettinntekter bad", 6_218_900, 6_600_000, 6_354_110),
           _avvik("Overføring fra eierkommunen", 21_350_000, 21_350_000, 20_780_000),
           _avvik("Refusjoner og andre inntekter", 1_106_480, 850_000, 972_300)]
    cost = [_avvik("Lønn og sosiale utgifter", 15_884_210, 15_920_000, 15_301_640),
            _avvik("Kjøp av varer og tjenester", 11_930_560, 11_480_000, 11_416_870),
            _avvik("Energi", 4_771_300, 5_100_000, 4_905_220),
            _avvik("Avskrivninger", 3_640_000, 3_640_000, 3_512_000)]
    fin = [_avvik("Renteinntekter", 118_440, 90_000, 102_310),
           _avvik("Renteutgifter og avdrag", -1_502_600, -1_540_000, -1_488_900)]
    lines = income("nb", 4, inc, cost, fin, labels={
        "cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter", "op": "Brutto driftsresultat",
        "fin": "Finansinntekter og finansutgifter", "net_fin": "Netto finansutgifter",
        "result": "Netto driftsresultat"})
    drift = Statement("Driftsregnskap 2014", cols, lines, label_header="Beløp i kr",
                      above="Regnskap og regulert budsjett. Avvik = regnskap minus budsjett.")
    bal_cols = [Col("31.12.2014", 2014), Col("31.12.2013", 2013)]
    bal_lines = balance("nb", 2,
                        fixed=[("Bygninger og anlegg", "", [118_420_000, 120_310_000]),
                               ("Utstyr og maskiner", "", [4_215_600, 4_902_100]),
                               ("Pensjonsmidler", "", [22_310_450, 20_884_300])],
                        current=[("Kortsiktige fordringer", "", [2_640_110, 2_118_930]),
                                 ("Bankinnskudd", "", "plug")],
                        equity=[("Disposisjonsfond", "", [1_850_000, 1_420_000]),
                                ("Kapitalkonto", "", [74_981_400, 73_604_500])],
                        long=[("Pensjonsforpliktelser", "", [26_702_100, 25_118_700]),
                              ("Lån fra kommunen", "", [41_500_000, 44_200_000])],
                        short=[("Leverandørgjeld og annen kortsiktig gjeld", "", [5_219_540, 4_776_410])],
                        labels={"sum_debt": None})
    bal = Statement("Balanse pr. 31.12.2014", bal_cols, bal_lines, label_header="Beløp i kr")
    board = [("Tone Merete Bråten", "LEDE", False), ("Geir Haugerud", "NEST", False),
             ("Anne-Lise Kolbjørnshus", "MEDL", False), ("Ketil Røste", "MEDL", False),
             ("Sigrun Vesterås", "MEDL", True),
             ("Frode Smedstad", "VARA", None), ("Marit Engebakken", "VARA", None),
             ("Oddvar Lien", "VARA", None), ("Hanne Sollien", "VARA", None), ("Jon Erik Hovland", "VARA", None)]
    return {
        "name": "gjovik-idrettsanlegg-kf-2014", "year": 2014,
        "title": "Gjøvik Idrettsanlegg KF – Årsrapport 2014",
        "header": "Gjøvik Idrettsanlegg KF · Årsrapport 2014", "header_align": "right",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Gjøvik Idrettsanlegg KF", "founded_year": 2006,
                         "address": "Hunnsvegen 14", "email": "post@gjovik-idrettsanlegg.no",
                         "owners": [{"name": "Gjøvik kommune", "share_percent": 100.0}]},
        "ceo": "Runar Opsahl",
        "board": board,
        "not_board": ["Bjørn Iddberg Vestli", "Kari Storhaug", "Lars Petter Dæhli", "Inger Lise Rud",
                      "Morten Kvåle", "Einar Hov", "Torill Grøtting"],
        "places_optional": ["Hunnsvegen"],
        "renditions": ["docx", "pdf"],
        "notes": "KF: Regnskap | Regulert budsjett | Avvik | Regnskap i fjor; styret i tabell med personlige "
                 "varamedlemmer; ansattes representant; ordfører, kontrollutvalgets leder, revisor, "
                 "tidligere styreleder som feller.",
        "items": [
            ("p", "ÅRSRAPPORT 2014", {"bold": True, "size": 26, "align": "center"}),
            ("p", "Gjøvik Idrettsanlegg KF", {"size": 16, "align": "center"}),
            ("p", "Kommunalt foretak eid av {g:Gjøvik kommune|Gjøvik}", {"align": "center", "italic": True}),
            ("photo", 5, 4, "Åpningen av den nye kunstgressbanen i {g:Hunndalen} i september. Foto: Foretaket"),
            ("pagebreak",),
            ("toc", [("Styreleders kommentar", 3), ("Om foretaket", 4), ("Styret og ledelsen", 5),
                     ("Driften i 2014", 6), ("Personal og arbeidsmiljø", 7), ("Økonomi", 8),
                     ("Årsregnskap 2014", 9), ("Revisors beretning", 11)]),
            ("pagebreak",),
            ("h", 1, "Styreleders kommentar"),
            ("p", "2014 ble et år med høy aktivitet i anleggene våre. Ishallen hadde rekordmange timer utleid, "
                  "og svømmehallen ble holdt åpen hele sommeren for første gang. Samtidig har foretaket "
                  "levert et driftsresultat bedre enn budsjett, hovedsakelig fordi energiforbruket ble lavere "
                  "enn ventet etter utskifting av varmepumpene."),
            ("p", "Styret vil takke ordfører Bjørn Iddberg Vestli og kommunestyret for et godt samarbeid om "
                  "eierstrategien, og kontrollutvalgets leder Kari Storhaug for en konstruktiv gjennomgang av "
                  "foretakets internkontroll. En spesiell takk går til Lars Petter Dæhli, som var styreleder "
                  "fra 2010 til valget i mars, for hans lange innsats."),
            ("p", "Tone Merete Bråten, styreleder", {"italic": True}),
            ("break",),
            ("h", 1, "Om foretaket"),
            ("p", "Gjøvik Idrettsanlegg KF ble opprettet av kommunestyret i 2006 som et kommunalt foretak etter "
                  "kommuneloven kapittel 11. Foretaket er en del av {g:Gjøvik kommune|Gjøvik} som juridisk "
                  "person, og kommunen eier dermed {p:100 %|kommunen eier} av foretaket. Kommunestyret er "
                  "foretakets øverste organ og fastsetter vedtekter, budsjett og eierstrategi."),
            ("p", "Foretaket drifter ishallen, svømmehallen, friidrettsanlegget og fire kunstgressbaner i "
                  "kommunen, i tillegg til lysløypene i {g:Biri} og {g:Snertingdal}. Besøksadressen er "
                  "Hunnsvegen 14, og foretaket nås på post@gjovik-idrettsanlegg.no."),
            ("h", 2, "Formål"),
            ("li", "Legge til rette for idrett og fysisk aktivitet for innbyggerne i {g:Gjøvik}"),
            ("li", "Drive anleggene effektivt og med god tilgjengelighet for lag og foreninger"),
            ("li", "Være vertskap for regionale og nasjonale arrangementer i {g:Oppland}"),
            ("break",),
            ("h", 1, "Styret og ledelsen"),
            ("p", "Styret er valgt av kommunestyret for perioden 2012–2015. Ett styremedlem med personlig "
                  "varamedlem er valgt av og blant de ansatte. Styret hadde pr. 31.12.2014 denne "
                  "sammensetningen:"),
            ("table", [["Rolle", "Medlem", "Personlig varamedlem"],
                       ["Styreleder", "Tone Merete Bråten", "Frode Smedstad"],
                       ["Nestleder", "Geir Haugerud", "Marit Engebakken"],
                       ["Styremedlem", "Anne-Lise Kolbjørnshus", "Oddvar Lien"],
                       ["Styremedlem", "Ketil Røste", "Hanne Sollien"],
                       ["Styremedlem (ansattes representant)", "Sigrun Vesterås", "Jon Erik Hovland"]],
             {"ruled": True, "shade_header": "DDE6EE", "widths": [5.6, 5.4, 5.4]}),
            ("p", "Tone Merete Bråten overtok som styreleder etter valget i mars 2014 og etterfulgte Lars "
                  "Petter Dæhli. Styret har hatt 9 møter og behandlet 61 saker. Daglig leder Runar Opsahl "
                  "er foretakets sekretær for styret."),
            ("h", 2, "Administrasjonen"),
            ("table", [["Stilling", "Navn"], ["Daglig leder", "Runar Opsahl"],
                       ["Økonomikonsulent", "Inger Lise Rud"], ["Driftsleder ishall og baner", "Morten Kvåle"],
                       ["Badeleder", "Torill Grøtting"]], {"ruled": False}),
            ("break",),
            ("h", 1, "Driften i 2014"),
            ("p", "Tabellen viser utleide timer og belegg i de største anleggene. Belegget er regnet av "
                  "tilgjengelige timer i sesongen."),
            ("table", [["Anlegg", "Timer utleid 2014", "Timer utleid 2013", "Belegg 2014"],
                       ["Ishallen", "3 412", "3 188", "{p:91 %}"],
                       ["Svømmehallen", "2 960", "2 875", "{p:84 %}"],
                       ["Kunstgressbanene", "5 104", "4 870", "{p:77 %}"],
                       ["Friidrettsanlegget", "1 233", "1 301", "{p:52 %}"]],
             {"ruled": True, "shade_header": "DDE6EE"}),
            ("p", "Badet hadde 61 480 besøkende, en nedgang på {p:3,2 prosent|en nedgang på} "
                  "fra året før. Nedgangen skyldes at bassenget var stengt i tre uker i februar for reparasjon "
                  "av filteranlegget."),
            ("p", "I september ble den nye kunstgressbanen i {g:Hunndalen} åpnet. Anlegget ble finansiert med "
                  "spillemidler og et lån fra kommunen, og driftsansvaret ligger hos foretaket."),
            ("break",),
            ("h", 1, "Personal og arbeidsmiljø"),
            ("p", "Foretaket hadde ved utgangen av året 24 fast ansatte fordelt på 19,5 årsverk, i tillegg "
                  "til badevakter og sesonghjelp. Sykefraværet var {p:6,4 %|sykefraværet}, mot "
                  "{p:7,9 %|året før} året før. Hovedverneombud er Einar Hov."),
            ("p", "Av de fast ansatte er {p:38 %|kvinner} kvinner. Foretaket arbeider for å rekruttere "
                  "flere kvinner til driftsstillingene."),
            ("h", 1, "Økonomi"),
            ("p", "Netto driftsresultat ble bedre enn regulert budsjett. Høyere leieinntekter og lavere "
                  "energiutgifter veide opp for at billettinntektene på badet ble lavere enn budsjettert. "
                  "Mindreforbruket settes av til disposisjonsfond etter kommunestyrets vedtak."),
            ("pagebreak",),
            ("stmt", drift),
            ("pagebreak",),
            ("stmt", bal),
            ("p", "{g:Gjøvik}, 16. februar 2015", {"italic": True}),
            ("sign", "Styret i Gjøvik Idrettsanlegg KF",
             [("Tone Merete Bråten", "styreleder"), ("Geir Haugerud", "nestleder"),
              ("Anne-Lise Kolbjørnshus", "styremedlem"), ("Ketil Røste", "styremedlem"),
              ("Sigrun Vesterås", "styremedlem"), ("Runar Opsahl", "daglig leder")], {"cols": 3}),
            ("pagebreak",),
            ("h", 1, "Revisors beretning"),
            ("p", "Til kommunestyret i {g:Gjøvik kommune|Gjøvik}", {"bold": True}),
            ("p", "Vi har revidert årsregnskapet for Gjøvik Idrettsanlegg KF, som viser et netto driftsresultat "
                  "i samsvar med driftsregnskapet. Etter vår mening er årsregnskapet avgitt i samsvar med lov "
                  "og forskrifter og gir et dekkende bilde av foretakets finansielle stilling pr. 31. desember "
                  "2014."),
            ("p", "Mjøsrevisjon IKS, 12. april 2015"),
            ("p", "Turid Fossheim\nOppdragsansvarlig revisor, registrert revisor"),
        ],
    }


# ---------------------------------------------------------------- 2: parkering AS, konsern
def sandefjord_parkering_2021() -> dict:
    cols = [Col("2021", 2021), Col("2020", 2020), Col("2021", 2021, OTHER), Col("2020", 2020, OTHER)]
    res = income("nb", 4,
                 inc=[("Parkeringsinntekter", "2", [18_442_310, 15_906_880, 23_118_940, 19_834_200]),
                      ("Leieinntekter", "", [1_204_500, 1_188_000, 2_970_500, 2_902_000]),
                      ("Andre driftsinntekter", "", [412_880, 377_410, 412_880, 377_410])],
                 cost=[("Lønnskostnad", "3", [7_118_240, 6_902_550, 7_118_240, 6_902_550]),
                       ("Avskrivning på driftsmidler", "5", [2_840_600, 2_799_100, 4_902_300, 4_861_800]),
                       ("Annen driftskostnad", "4", [6_994_310, 6_601_770, 8_812_660, 8_290_140])],
                 fin=[("Renteinntekt", "", [61_220, 94_880, 72_610, 110_430]),
                      ("Rentekostnad", "", [-402_150, -455_300, -1_688_420, -1_802_900])],
                 labels={"result": "Årsresultat"},
                 tax=("Skattekostnad på ordinært resultat", "6", [643_900, 366_900, 1_042_100, 687_300]))
    bal = balance("nb", 4,
                  fixed=[("Parkeringsanlegg og bygninger", "5", [38_210_000, 40_102_300, 92_650_400, 96_803_000]),
                         ("Maskiner og automater", "5", [3_118_450, 2_944_800, 3_118_450, 2_944_800]),
                         ("Investering i datterselskap", "7", [12_000_000, 12_000_000, None, None])],
                  current=[("Kundefordringer", "", [1_466_300, 1_204_990, 1_803_110, 1_512_640]),
                           ("Bankinnskudd", "8", "plug")],
                  equity=[("Aksjekapital (1 000 aksjer à kr 10 000)", "9", [10_000_000, 10_000_000, 10_000_000, 10_000_000]),
                          ("Annen egenkapital", "9", [21_353_310, 19_231_600, 27_129_520, 24_118_310])],
                  long=[("Gjeld til kredittinstitusjoner", "10", [18_400_000, 20_100_000, 51_650_000, 55_400_000])],
                  short=[("Leverandørgjeld", "", [1_118_870, 902_450, 1_902_330, 1_655_820]),
                         ("Betalbar skatt", "6", [602_400, 341_100, 998_700, 644_300]),
                         ("Annen kortsiktig gjeld", "", [2_044_360, 1_877_090, 2_611_870, 2_400_010])])
    res_st = Statement("Resultatregnskap", cols, res, note_col="Note", label_header="Beløp i NOK")
    bal_st = Statement("Balanse pr. 31. desember", cols, bal, note_col="Note", label_header="Beløp i NOK")
    board = [("Hilde Marie Bakke", "LEDE", None), ("Trond Aasland", "NEST", None),
             ("Camilla Sørby Holt", "MEDL", None), ("Per Kristian Nygaard", "MEDL", None)]
    return {
        "name": "sandefjord-parkering-2021", "year": 2021,
        "title": "Sandefjord Parkering AS – Årsregnskap og årsberetning 2021",
        "footer": "Sandefjord Parkering AS – org.nr. 987 654 321 – side {PAGE}",
        "organization": {"name": "Sandefjord Parkering AS", "founded_year": 1998,
                         "address": "Kongens gate 22", "phone": "33 45 67 80",
                         "owners": [{"name": "Sandefjord kommune", "share_percent": 86.0},
                                    {"name": "Sandefjord Næringsforening", "share_percent": 14.0}]},
        "ceo": "Eirik Tangen",
        "board": board,
        "not_board": ["Sissel Tveter", "Øystein Brekke", "Linn Marie Hval", "Jørgen Sundt"],
        "places_optional": ["Kongens gate"],
        "not_places": ["Sandefjord Næringsforening", "Hjertnes P-hus AS"],
        "key_figures_optional": [],
        "renditions": ["pdf", "doc"],
        "notes": "Morselskap og konsern side om side (konsern valgfritt); styret bare i signaturblokken og på "
                 "e-signatursiden (Etternavn, Fornavn); datterselskapets styreleder, ordfører som "
                 "generalforsamling, revisor.",
        "items": [
            ("p", "Sandefjord Parkering AS", {"bold": True, "size": 20}),
            ("p", "Årsberetning og årsregnskap 2021", {"size": 14}),
            ("h", 1, "Årsberetning 2021"),
            ("h", 2, "Virksomhetens art og hvor den drives"),
            ("p", "Sandefjord Parkering AS ble stiftet i 1998 og driver parkeringsanlegg og gateparkering i "
                  "{g:Sandefjord} sentrum etter avtale med kommunen. Selskapet har kontor i Kongens gate 22, "
                  "telefon 33 45 67 80. Aksjene eies av {g:Sandefjord kommune|Sandefjord} "
                  "({p:86 %|Sandefjord kommune}) og Sandefjord Næringsforening ({p:14 %|Sandefjord Næringsforening})."),
            ("p", "Selskapet eier {p:100 %|av aksjene i Hjertnes P-hus AS} av aksjene i Hjertnes P-hus AS, som "
                  "eier parkeringshuset ved {g?:Hjertnes}. Datterselskapet har eget styre med Jørgen Sundt som "
                  "styreleder og daglig leder i morselskapet som styremedlem. Morselskapet og datterselskapet "
                  "utgjør konsernet."),
            ("h", 2, "Utviklingen i 2021"),
            ("p", "Etter et svakt 2020 tok trafikken seg opp igjen fra våren. Parkeringsinntektene i morselskapet "
                  "økte med {p:15,9 %|Parkeringsinntektene i morselskapet økte} og belegget i P-husene var i snitt "
                  "{p:68 %|belegget i P-husene} mot {p:54 %|året før} året før. Nye automater med "
                  "betaling i app ble tatt i bruk i hele sentrum, og andelen betalinger via app passerte "
                  "{p:60 prosent|betalinger via app} i desember."),
            ("p", "Selskapet leverte et årsresultat etter skatt som vist i resultatregnskapet. Styret mener at "
                  "regnskapet gir et rettvisende bilde av selskapets eiendeler og gjeld, finansielle stilling og "
                  "resultat. Forutsetningen om fortsatt drift er til stede."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Selskapet hadde 11 ansatte ved utgangen av året. Sykefraværet var {p:4,1 %|sykefraværet}. "
                  "Styret består av to kvinner og to menn. Det har ikke vært skader eller ulykker i 2021."),
            ("h", 2, "Generalforsamlingen"),
            ("p", "Ordinær generalforsamling ble holdt 10. mai 2021. Kommunen var representert ved ordfører "
                  "Øystein Brekke, og næringsforeningen ved sin styreleder Sissel Tveter."),
            ("h", 2, "Disponering av årsresultatet"),
            ("p", "Styret foreslår at årsresultatet overføres til annen egenkapital. Det foreslås ikke utbytte "
                  "for 2021."),
            ("sign", "{g:Sandefjord}, 24. februar 2022",
             [("Hilde Marie Bakke", "Styrets leder"), ("Trond Aasland", "Nestleder"),
              ("Camilla Sørby Holt", "Styremedlem"), ("Per Kristian Nygaard", "Styremedlem"),
              ("Eirik Tangen", "Daglig leder")], {"cols": 3}),
            ("pagebreak",),
            ("groupstmt", res_st, [("Morselskap", 2), ("Konsern", 2)], {"title": "Resultatregnskap 2021"}),
            ("pagebreak",),
            ("groupstmt", bal_st, [("Morselskap", 2), ("Konsern", 2)], {"title": "Balanse pr. 31.12.2021"}),
            ("h", 2, "Noter til regnskapet"),
            ("p", "Note 1 Regnskapsprinsipper. Årsregnskapet er satt opp i samsvar med regnskapsloven og god "
                  "regnskapsskikk for små foretak. Konsernregnskapet omfatter Sandefjord Parkering AS og "
                  "datterselskapet Hjertnes P-hus AS."),
            ("p", "Note 3 Lønnskostnader. Daglig leder har fått utbetalt lønn på kr 1 012 400. Styrets honorar "
                  "var kr 186 000, hvorav styreleder kr 72 000."),
            ("p", "Note 9 Egenkapital og aksjonærer. Aksjekapitalen består av 1 000 aksjer à kr 10 000. "
                  "{g:Sandefjord kommune|Sandefjord} eier 860 aksjer og Sandefjord Næringsforening 140 aksjer."),
            ("h", 2, "Uavhengig revisors beretning"),
            ("p", "Til generalforsamlingen i Sandefjord Parkering AS. Vi har revidert Sandefjord Parkering AS' "
                  "årsregnskap, som består av selskapsregnskap og konsernregnskap. Etter vår mening oppfyller "
                  "årsregnskapet gjeldende lovkrav."),
            ("p", "Hval Revisjon AS, 8. mars 2022 – Linn Marie Hval, statsautorisert revisor"),
            ("esign", "Signaturer", "Dokumentet er signert elektronisk. Signaturene er verifisert.",
             [["Bakke, Hilde Marie", "Styrets leder", "Signert 24.02.2022 14:02"],
              ["Aasland, Trond", "Nestleder", "Signert 24.02.2022 15:40"],
              ["Holt, Camilla Sørby", "Styremedlem", "Signert 25.02.2022 08:17"],
              ["Nygaard, Per Kristian", "Styremedlem", "Signert 25.02.2022 09:55"],
              ["Tangen, Eirik", "Daglig leder", "Signert 24.02.2022 13:48"]]),
        ],
    }


# ---------------------------------------------------------------- 3: havn AS, NOK 1000
def nordfjord_havn_2016() -> dict:
    cols = [Col("2016", 2016), Col("2015", 2015)]
    res = income("nb", 2,
                 inc=[("Vederlag og havneavgifter", "2", [14_208, 13_512]),
                      ("Utleie av arealer", "", [3_904, 3_871]),
                      ("Andre inntekter", "", [512, 1_288])],
                 cost=[("Lønnskostnad", "3", [6_218, 5_944]),
                       ("Avskrivning på driftsmidler", "4", [5_102, 4_870]),
                       ("Annen driftskostnad", "", [7_781, 7_305])],
                 fin=[("Finansinntekter", "", [88, 142]),
                      ("Finanskostnader", "5", [-1_962, -2_120])],
                 tax=("Skattekostnad", "6", [-562, -319]))
    bal = balance("nb", 2,
                  fixed=[("Kaier og moloer", "4", [96_410, 99_870]),
                         ("Bygninger", "4", [12_380, 12_904]),
                         ("Utsatt skattefordel", "6", [1_944, 1_382])],
                  current=[("Kundefordringer", "", [2_216, 1_904]),
                           ("Bankinnskudd", "", "plug")],
                  equity=[("Aksjekapital", "7", [20_000, 20_000]),
                          ("Annen egenkapital", "7", [22_444, 24_233])],
                  long=[("Gjeld til kredittinstitusjoner", "5", [64_800, 68_400])],
                  short=[("Leverandørgjeld", "", [2_118, 1_806]),
                         ("Skyldige offentlige avgifter", "", [940, 902]),
                         ("Annen kortsiktig gjeld", "", [4_710, 3_966])])
    res_st = Statement("Resultatregnskap", cols, res, unit=1000, negative="paren", note_col="Note",
                       label_header="NOK 1000")
    bal_st = Statement("Balanse", cols, bal, unit=1000, negative="paren", note_col="Note",
                       label_header="NOK 1000")
    board = [("Ivar Sandvik", "LEDE", False), ("Randi Bryggeset", "NEST", False),
             ("Audun Hessevik", "MEDL", False), ("Gunn Elise Totland", "MEDL", False),
             ("Kjetil Refvik", "MEDL", True), ("Berit Myklebust", "VARA", None)]
    return {
        "name": "nordfjord-havn-2016", "year": 2016,
        "title": "Nordfjord Havn AS – Årsrapport 2016",
        "header": "Nordfjord Havn AS", "header_align": "left",
        "footer": "{PAGE}",
        "organization": {"name": "Nordfjord Havn AS", "founded_year": 2003,
                         "email": "post@nordfjordhavn.no", "website": "www.nordfjordhavn.no",
                         "owners": [{"name": "Vågsøy kommune", "share_percent": 45.0},
                                    {"name": "Eid kommune", "share_percent": 35.0},
                                    {"name": "Selje kommune", "share_percent": 20.0}]},
        "ceo": "Svein Ove Midtbø",
        "board": board,
        "not_board": ["Arnstein Vik", "Liv Kristin Hauge", "Håkon Frøyen", "Ragnhild Fure", "Olav Skram"],
        "not_places": ["Nordfjord Havn"],
        "renditions": ["pdf", "doc"],
        "notes": "NOK 1000 med negative tall i parentes og notekolonne; styret som «Navn, rolle»-linjer; "
                 "ansattvalgt medlem; ordførerne i generalforsamlingen; revisor og signer.",
        "items": [
            ("p", "Nordfjord Havn AS", {"bold": True, "size": 22}),
            ("p", "Årsrapport 2016", {"size": 15}),
            ("photo", 3, 3, "Cruiseanløp ved Gate 1 i {g:Måløy} en junidag. Foto: Havna"),
            ("h", 1, "Dette er Nordfjord Havn"),
            ("p", "Nordfjord Havn AS ble etablert i 2003 av kommunene {g:Vågsøy}, {g:Eid} og {g:Selje} for å drive "
                  "og utvikle de kommunale havnene i {g:Nordfjord}. Selskapet har havneanlegg i {g:Måløy}, "
                  "{g:Nordfjordeid} og {g:Selje}, og forvalter sjøarealene fra {g:Stad} til indre del av fjorden."),
            ("table", [["Eier", "Aksjer", "Eierandel"],
                       ["{g:Vågsøy kommune|Vågsøy}", "900", "{p:45 %}"],
                       ["{g:Eid kommune|Eid}", "700", "{p:35 %}"],
                       ["{g:Selje kommune|Selje}", "400", "{p:20 %}"]], {"ruled": True}),
            ("p", "Kontakt: post@nordfjordhavn.no – www.nordfjordhavn.no"),
            ("h", 1, "Styret"),
            ("p", "Generalforsamlingen 2. juni 2016 valgte styret for to år. Kjetil Refvik er valgt av og blant "
                  "de ansatte. Styret har ved utgangen av året denne sammensetningen:"),
            ("p", "Ivar Sandvik, styreleder"),
            ("p", "Randi Bryggeset, nestleder"),
            ("p", "Audun Hessevik, styremedlem"),
            ("p", "Gunn Elise Totland, styremedlem"),
            ("p", "Kjetil Refvik, styremedlem (valgt av de ansatte)"),
            ("p", "Berit Myklebust, varamedlem"),
            ("p", "Generalforsamlingen består av ordførerne i eierkommunene: Arnstein Vik ({g:Vågsøy}), Liv "
                  "Kristin Hauge ({g:Eid}) og Håkon Frøyen ({g:Selje}). Daglig leder og havnesjef er Svein Ove "
                  "Midtbø."),
            ("h", 1, "Styrets årsberetning"),
            ("p", "Godsmengden over kaiene økte med {p:6,8 %|Godsmengden over kaiene økte} til 412 000 tonn. Fiskeri "
                  "står for {p:58 %|Fiskeri står for} av anløpene, og cruise hadde 22 anløp mot 17 året før."),
            ("p", "Selskapet fikk et underskudd i 2016, hovedsakelig som følge av høye avskrivninger på den "
                  "nye kaien i {g:Måløy} og lavere andre inntekter. Underskuddet dekkes av annen egenkapital. "
                  "Styret bekrefter at forutsetningen om fortsatt drift er til stede."),
            ("p", "Selskapet har 9 ansatte. Sykefraværet var {p:3,6 %|sykefraværet}. Styret har to kvinner av "
                  "fem medlemmer."),
            ("sign", "{g:Måløy}, 14. mars 2017",
             [("Ivar Sandvik", "styreleder"), ("Randi Bryggeset", "nestleder"), ("Audun Hessevik", "styremedlem"),
              ("Gunn Elise Totland", "styremedlem"), ("Kjetil Refvik", "styremedlem"),
              ("Svein Ove Midtbø", "daglig leder")], {"cols": 3}),
            ("pagebreak",),
            ("stmt", res_st, {"title": "Resultatregnskap 2016"}),
            ("stmt", bal_st, {"title": "Balanse pr. 31.12.2016"}),
            ("h", 2, "Noter"),
            ("p", "Note 5 Gjeld. Lånene er tatt opp i Kommunalbanken med garanti fra eierkommunene etter "
                  "eierandel. Rentekostnaden er vist i parentes i resultatregnskapet."),
            ("p", "Note 6 Skatt. Skattekostnaden er negativ fordi utsatt skattefordel er økt."),
            ("h", 1, "Revisors beretning"),
            ("p", "Til generalforsamlingen i Nordfjord Havn AS. Vi har revidert selskapets årsregnskap for 2016. "
                  "Etter vår mening er årsregnskapet avgitt i samsvar med lov og forskrifter."),
            ("p", "Fjordrevisjon AS, {g:Nordfjordeid} 28. mars 2017"),
            ("p", "Ragnhild Fure, statsautorisert revisor"),
            ("p", "Takk til havnearbeider Olav Skram, som gikk av med pensjon etter 31 år i havna.",
             {"italic": True}),
        ],
    }


REPORTS = [gjovik_idrett_kf_2014, sandefjord_parkering_2021, nordfjord_havn_2016]
