"""Thirty-fourth held-out set, part A: a vekstbedrift AS, an interkommunalt selskap and a
kulturminnelag, all in nynorsk (Vestland, Møre og Romsdal, Sogn og Fjordane). Invented names and
figures; places are real and valid in each report's year. Sums come from the detail lines."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income
from h3_render import Kroner

NN = "nn"


def halbrend_arbeid_2021() -> dict:
    """Vekstbedrift AS in Sunnfjord (Vestland), 2021: long, the board as tab lines with an
    employee-elected member, a member who left at the generalforsamling, owners with shares."""
    y, p = 2021, 2020
    cols = [Col(f"{y}", y), Col(f"{p}", p)]
    res = Statement("Resultatrekneskap", cols, income(
        NN, 2,
        [("Salsinntekter", "", [6_418_220, 5_902_415]),
         ("Tilskot frå NAV, VTA og AFT", "2", [9_871_300, 9_544_120]),
         ("Tilskot frå eigarkommunane", "2", [1_402_000, 1_380_000]),
         ("Andre driftsinntekter", "", [212_640, 388_910])],
        [("Varekostnad", "", [2_106_455, 1_944_380]),
         ("Lønnskostnad", "3", [12_884_102, 12_301_776]),
         ("Avskriving på varige driftsmidlar", "5", [411_200, 398_650]),
         ("Annan driftskostnad", "4", [2_215_870, 2_301_904])],
        [("Finansinntekter", "", [18_412, 27_305]),
         ("Finanskostnader", "", [-41_208, -46_770])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    bal = Statement("Balanse pr. 31.12.", cols, balance(
        NN, 2,
        [("Bygningar og tomt", "5", [3_150_000, 3_310_000]),
         ("Maskinar, inventar og bilar", "5", [842_300, 903_500])],
        [("Kundefordringar", "", [611_204, 548_077]),
         ("Andre fordringar", "", [120_450, 98_300]),
         ("Bankinnskot", "6", "plug")],
        [("Aksjekapital (1 000 aksjar à kr 1 000)", "7", [1_000_000, 1_000_000]),
         ("Annan eigenkapital", "7", [3_836_239, 3_572_502])],
        [("Pantelån", "8", [1_480_000, 1_620_000])],
        [("Leverandørgjeld", "", [402_118, 377_960]),
         ("Skuldige offentlege avgifter", "", [688_240, 652_301]),
         ("Anna kortsiktig gjeld", "", [1_120_530, 1_014_880])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    board_lines = [
        ["Leiar:", "Oddbjørn Hjelmeland", "attvald 2021, på val 2023"],
        ["Nestleiar:", "Gunvor Sægrov", "på val 2022"],
        ["Styremedlem:", "Arnfinn Tefre", "på val 2022"],
        ["Styremedlem:", "Solveig Brekke Hovland", "ny 2021, på val 2023"],
        ["Styremedlem:", "Kjetil Instefjord", "vald av dei tilsette"],
        ["Varamedlem:", "Marit Solheim Vie", "for dei eigarvalde"],
        ["Varamedlem:", "Torleiv Ulvestad", "for dei tilsette"],
    ]
    items = [
        ("p", "Halbrend Arbeid AS", {"size": 26, "bold": True, "align": "center"}),
        ("p", f"Årsrapport {y}", {"size": 18, "align": "center"}),
        ("photo", 6, 9, "Arbeidslaget på snekkarverkstaden i {g:Førde} hausten 2021. Foto: Halbrend Arbeid AS"),
        ("p", "Halbrend Arbeid AS · Halbrendsvegen 14 · 6813 {g:Førde} · post@halbrendarbeid.no · "
              "tlf. 57 82 41 00 · org.nr. 981 442 316", {"size": 8.5, "align": "center"}),
        ("break",),
        ("toc", [("Frå dagleg leiar", 3), ("Om bedrifta", 4), ("Tiltaka våre i 2021", 5),
                 ("Helse, miljø og tryggleik", 6), ("Årsmelding frå styret", 7),
                 ("Resultatrekneskap", 8), ("Balanse", 9), ("Notar til rekneskapen", 10),
                 ("Melding frå revisor", 11)], {"title": "Innhald"}),
        ("break",),
        ("h", 1, "Frå dagleg leiar"),
        ("p", "2021 vart eit år der vi på nytt måtte halde fleire ballar i lufta. Smittevernet var "
              "framleis ein del av kvardagen, men frå hausten var alle avdelingane i full drift att, og "
              "deltakarane fekk attende den faste rytmen dei treng."),
        ("p", "Eg vil takke deltakarane og dei tilsette for stor innsats. Ein særleg takk til "
              "avdelingsleiar Hallgeir Rysjedal ved {g:NAV Sunnfjord|Sunnfjord} for godt samarbeid om "
              "inntak og oppfølging, og til Bjørg Nesbø, som gjekk av med pensjon etter 22 år som "
              "arbeidsleiar på vaskeriet."),
        ("p", "Terje Bruland Myklebust, dagleg leiar", {"italic": True}),
        ("break",),
        ("h", 1, "Om bedrifta"),
        ("p", "Halbrend Arbeid AS vart skipa i 1989 og er ei arbeids- og inkluderingsbedrift med "
              "tiltaksplassar på oppdrag frå NAV. Bedrifta held til i eigne lokale på {g?:Halbrend} i "
              "{g:Førde}, og har avdelingar for snekkarverkstad, vaskeri, kantine og vedproduksjon."),
        ("p", "Selskapet er eigd av tre kommunar. Aksjekapitalen er kr 1 000 000 fordelt på 1 000 aksjar:"),
        ("table", [["Eigar", "Tal aksjar", "Eigardel"],
                   ["{g:Sunnfjord kommune|Sunnfjord}", "640", "{p:64 %}"],
                   ["{g:Askvoll kommune|Askvoll}", "200", "{p:20 %}"],
                   ["{g:Fjaler kommune|Fjaler}", "160", "{p:16 %}"],
                   ["Sum", "1 000", "{p?:100 %}"]], {"widths": [7, 3, 3]}),
        ("p", "Generalforsamlinga vart halden 27. mai 2021. Ordførarane møter for eigarkommunane."),
        ("bh", "Administrasjon"),
        ("tablines", [["Dagleg leiar", "Terje Bruland Myklebust"],
                      ["Økonomi og personal", "Anne Lise Strømmen"],
                      ["Fagleiar AFT", "Eirik Hovlandsdal"],
                      ["Arbeidsleiarar", "Randi Grov, Nils Petter Viken, Oddvar Solvik"]], {"stops": (5.0,)}),
        ("break",),
        ("h", 1, "Tiltaka våre i 2021"),
        ("p", "Bedrifta har avtale med NAV om 22 plassar i varig tilrettelagt arbeid (VTA)."),
        ("p", "I tillegg har vi 16 plassar i arbeidsførebuande trening (AFT), der målet er arbeid eller "
              "utdanning."),
        ("table", [["", "2021", "2020"],
                   ["Deltakarar i VTA i løpet av året", "25", "24"],
                   ["Deltakarar i AFT i løpet av året", "41", "37"],
                   ["Avslutta AFT", "29", "26"],
                   ["Av desse over til arbeid eller utdanning", "{p:38 %}", "{p:31 %}"]], {"widths": [8, 3, 3]}),
        ("p", "Av deltakarane som avslutta AFT i 2021, fekk 11 arbeid og fleire tok opp att "
              "vidaregåande opplæring i {g:Førde} og på {g:Dale} i {g:Fjaler}."),
        ("p", "Oppdragsmengda på snekkarverkstaden auka med {p:12 prosent|oppdragsmengda på snekkarverkstaden} "
              "frå året før, mest leveransar til byggjefirma i {g:Sunnfjord}."),
        ("break",),
        ("h", 1, "Helse, miljø og tryggleik"),
        ("p", "Sjukefråværet blant dei tilsette var {p:6,8 %|sjukefråværet blant dei tilsette} i 2021 "
              "mot {p:7,4 %|sjukefråværet blant dei tilsette} året før. Det var ingen skadar som førte til fråvær."),
        ("p", "Verneombod har vore Nils Petter Viken. Arbeidsmiljøutvalet har hatt fire møte."),
        ("break",),
        ("h", 1, "Årsmelding frå styret"),
        ("bh", "Verksemda"),
        ("p", "Halbrend Arbeid AS har forretningsadresse i {g:Sunnfjord} kommune i {g:Vestland}. Føremålet "
              "er å skaffe arbeid og kvalifisering til personar med nedsett arbeidsevne."),
        ("bh", "Styret"),
        ("p", "Styret har i 2021 vore samansett slik:"),
        ("tablines", board_lines, {"stops": (3.5, 9.0)}),
        ("p", "På generalforsamlinga gjekk Håvard Nes ut av styret etter eigen ønskje, og Solveig "
              "Brekke Hovland vart vald i hans stad. Styret har hatt 7 møte og handsama 48 saker."),
        ("bh", "Likestilling og arbeidsmiljø"),
        ("p", "Bedrifta hadde 19 tilsette ved årsskiftet, 11 kvinner og 8 menn. Styret har to kvinner "
              "og tre menn."),
        ("bh", "Rekneskapen"),
        ("p", "Årsresultatet vart kr 263 737 mot kr 249 270 i 2020. Styret føreslår at overskotet vert "
              "overført til annan eigenkapital. Føresetnaden om vidare drift er til stades."),
        ("sign", "{g:Førde}, 8. mars 2022",
         [("Oddbjørn Hjelmeland", "styreleiar"), ("Gunvor Sægrov", "nestleiar"), ("Arnfinn Tefre", ""),
          ("Solveig Brekke Hovland", ""), ("Kjetil Instefjord", ""), ("Terje Bruland Myklebust", "dagleg leiar")]),
        ("break",),
        ("stmt", res, {"title": "Resultatrekneskap 2021"}),
        ("break",),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2021"}),
        ("break",),
        ("h", 1, "Notar til rekneskapen"),
        ("bh", "Note 1 Rekneskapsprinsipp"),
        ("p", "Rekneskapen er sett opp etter rekneskapslova og god rekneskapsskikk for små føretak.", {"size": 9}),
        ("bh", "Note 2 Tilskot"),
        ("p", "Tilskota frå NAV gjeld 22 VTA-plassar og 16 AFT-plassar. Eigarkommunane gir driftstilskot "
              "til VTA etter avtale.", {"size": 9}),
        ("bh", "Note 3 Lønnskostnad og godtgjersle"),
        ("p", "Løn til dagleg leiar var kr 812 400. Styrehonorar var til saman kr 96 000. Revisjonshonorar "
              "var kr 38 500 eks. mva.", {"size": 9}),
        ("bh", "Note 8 Pantelån"),
        ("p", "Lånet er sikra med pant i bygningane og vert nedbetalt med kr 140 000 i året.", {"size": 9}),
        ("break",),
        ("h", 1, "Melding frå revisor"),
        ("p", "Til generalforsamlinga i Halbrend Arbeid AS"),
        ("p", "Vi har revidert årsrekneskapen for Halbrend Arbeid AS, som viser eit overskot på "
              "kr 263 737. Etter vår meining gir årsrekneskapen eit rettvisande bilete av den finansielle "
              "stillinga til selskapet per 31. desember 2021."),
        ("p", "{g:Førde}, 22. mars 2022\nFjordrevisjon AS\nEldbjørg Langeland\nstatsautorisert revisor"),
    ]
    return {
        "name": "halbrend-arbeid-2021", "lang": NN, "year": y, "title": "Halbrend Arbeid AS – Årsrapport 2021",
        "organization": {"name": "Halbrend Arbeid AS", "founded_year": 1989, "address": "Halbrendsvegen 14",
                         "email": "post@halbrendarbeid.no", "phone": "57 82 41 00",
                         "owners": [{"name": "Sunnfjord kommune", "share_percent": 64.0},
                                    {"name": "Askvoll kommune", "share_percent": 20.0},
                                    {"name": "Fjaler kommune", "share_percent": 16.0}]},
        "ceo": "Terje Bruland Myklebust",
        "board": [("Oddbjørn Hjelmeland", "LEDE", False), ("Gunvor Sægrov", "NEST", False),
                  ("Arnfinn Tefre", "MEDL", False), ("Solveig Brekke Hovland", "MEDL", False),
                  ("Kjetil Instefjord", "MEDL", True),
                  ("Marit Solheim Vie", "VARA", None), ("Torleiv Ulvestad", "VARA", None)],
        "board_optional": ["Håvard Nes"],
        "not_board": ["Hallgeir Rysjedal", "Bjørg Nesbø", "Anne Lise Strømmen", "Eirik Hovlandsdal",
                      "Randi Grov", "Nils Petter Viken", "Eldbjørg Langeland"],
        "programs": {"VTA": 22, "AFT": 16},
        "header": "Halbrend Arbeid AS – Årsrapport 2021", "header_align": "right",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Vekstbedrift AS, nynorsk, Sunnfjord 2021; 11 pages; the board as tab lines under "
                 "'Styret har i 2021 vore samansett slik:' with one member vald av dei tilsette and two "
                 "varamedlemer; a member who left at the generalforsamling optional; NAV's avdelingsleiar, "
                 "a retiring arbeidsleiar, staff and the auditor are not board.",
    }


def sulafjord_miljo_2022() -> dict:
    """Interkommunalt selskap in Møre og Romsdal, 2022: long, a representantskap with its own leiar
    beside the styre, members beside their personal varamedlemer, budget beside actuals in 1000 kr."""
    y, p = 2022, 2021
    cols = [Col(f"Rekneskap {y}", y), Col(f"Budsjett {y}", y, BUDGET), Col(f"Rekneskap {p}", p)]
    res = Statement("Resultatrekneskap", cols, income(
        NN, 3,
        [("Gebyrinntekter hushald", "2", [118_412, 117_900, 112_306]),
         ("Inntekter næringsavfall", "", [21_806, 20_500, 19_744]),
         ("Sal av sekundærråstoff", "", [9_318, 6_200, 7_902]),
         ("Andre driftsinntekter", "", [2_145, 1_800, 2_411])],
        [("Lønnskostnader", "3", [48_320, 49_100, 45_870]),
         ("Avskrivingar", "5", [14_902, 15_000, 14_115]),
         ("Behandlingskostnader", "", [52_770, 51_400, 50_118]),
         ("Andre driftskostnader", "4", [27_415, 26_600, 26_042])],
        [("Renteinntekter", "", [611, 300, 122]),
         ("Rentekostnader", "8", [-3_874, -3_600, -2_510])]),
        note_col="Note", label_header="Tal i 1000 kr", unit=1000, negative="minus")
    bal = Statement("Balanse", [Col("31.12.2022", y), Col("31.12.2021", p)], balance(
        NN, 2,
        [("Tomter og bygningar", "5", [96_410, 99_877]),
         ("Køyretøy og maskinar", "5", [38_122, 34_660]),
         ("Behaldarar og containerar", "5", [11_304, 12_019])],
        [("Kundefordringar", "", [14_208, 13_512]),
         ("Andre fordringar", "", [3_106, 2_877]),
         ("Bankinnskot", "6", "plug")],
        [("Innskoten eigenkapital", "", [10_000, 10_000]),
         ("Opptent eigenkapital", "7", [19_044, 14_033])],
        [("Pensjonsforpliktingar", "3", [22_410, 21_905]),
         ("Gjeld til kredittinstitusjonar", "8", [104_000, 106_500])],
        [("Leverandørgjeld", "", [12_880, 11_402]),
         ("Skuldig offentlege avgifter", "", [4_417, 4_102]),
         ("Anna kortsiktig gjeld", "", [8_116, 7_644])]),
        note_col="Note", label_header="Tal i 1000 kr", unit=1000)
    board = [["Medlem", "Verv", "Personleg varamedlem"],
             ["Gunnhild Aarseth", "Leiar", "Ingebrigt Hessen"],
             ["Steinar Myklebust", "Nestleiar", "Randi Liaaen"],
             ["Eli Kristine Hjelle", "Styremedlem", "Arve Sætre"],
             ["Bjørn Inge Vik", "Styremedlem", "Lill Tove Remøy"],
             ["Ronny Aklestad", "Styremedlem, vald av dei tilsette", "Mona Grimstad"]]
    rep = [["Kommune", "Medlem", "Varamedlem"],
           ["{g:Ålesund}", "Aslaug Brunstad (leiar)", "Egil Tennfjord"],
           ["{g:Ålesund}", "Jon Are Hatlehol", "Siri Moldskred"],
           ["{g:Sula}", "Kenneth Vedde", "Ingunn Thue"],
           ["{g:Giske}", "Bente Roald Valderhaug", "Sverre Godø"],
           ["{g:Hareid}", "Olaug Bigset", "Per Kåre Brandal"]]
    items = [
        ("p", "Sulafjord Miljø IKS", {"size": 24, "bold": True}),
        ("p", "Årsmelding og rekneskap 2022", {"size": 16}),
        ("p", "Interkommunalt renovasjonsselskap for {g:Ålesund}, {g:Sula}, {g:Giske} og {g:Hareid}",
         {"italic": True}),
        ("break",),
        ("toc", [("Dette er Sulafjord Miljø", 3), ("Leiaren har ordet", 3), ("Organisasjon", 4),
                 ("Drifta i 2022", 5), ("Miljø og tilsette", 6), ("Styret si årsmelding", 7),
                 ("Rekneskap 2022", 8), ("Revisjonsmelding", 10)], {"title": "Innhald"}),
        ("h", 1, "Dette er Sulafjord Miljø"),
        ("p", "Sulafjord Miljø IKS samlar inn og handsamar avfall frå om lag 38 000 hushald i fire "
              "kommunar på {g:Sunnmøre}. Selskapet vart skipa i 1994, og hovudkontoret ligg på "
              "Flisneset 9, 6030 {g:Langevåg}. Postadresse: postmottak@sulafjordmiljo.no."),
        ("h", 1, "Leiaren har ordet"),
        ("p", "Eit nytt rekordår for materialgjenvinning ligg bak oss. Saman med dei fire "
              "eigarkommunane har vi fått på plass henting av matavfall i heile området, og eg vil "
              "takke leiaren i representantskapet, Aslaug Brunstad, og rådmannsgruppa for godt samarbeid."),
        ("p", "Jostein Brandal, dagleg leiar", {"italic": True}),
        ("break",),
        ("h", 1, "Organisasjon"),
        ("bh", "Eigarar"),
        ("p", "Selskapet er eigd av kommunane etter innbyggjartal, slik selskapsavtalen fastset:"),
        ("table", [["Eigarkommune", "Eigardel"],
                   ["{g:Ålesund kommune|Ålesund}", "{p:52 %}"],
                   ["{g:Sula kommune|Sula}", "{p:18 %}"],
                   ["{g:Giske kommune|Giske}", "{p:17 %}"],
                   ["{g:Hareid kommune|Hareid}", "{p:13 %}"]], {"widths": [7, 3]}),
        ("bh", "Representantskapet"),
        ("p", "Representantskapet er øvste organ i selskapet. Kvar eigarkommune vel sine medlemer for "
              "valperioden. Representantskapet har hatt to møte i 2022."),
        ("table", rep, {"widths": [3.5, 5.5, 5]}),
        ("bh", "Styret"),
        ("p", "Styret vert valt av representantskapet for to år om gongen. Dei tilsette vel eitt "
              "medlem med personleg vara. Styret har i 2022 vore samansett slik:"),
        ("table", board, {"widths": [5, 5.5, 5]}),
        ("p", "Styret har hatt 8 møte og handsama 61 saker. Dagleg leiar er sekretær for styret."),
        ("bh", "Leiargruppa"),
        ("table", [["Dagleg leiar", "Jostein Brandal"], ["Økonomisjef", "Anita Sandvik Furnes"],
                   ["Driftssjef", "Roar Eidem"], ["Miljørådgjevar", "Hanne Kvalsund"]],
         {"ruled": False, "widths": [5, 6]}),
        ("break",),
        ("h", 1, "Drifta i 2022"),
        ("p", "Det vart samla inn 27 410 tonn avfall frå hushald og næring, ein auke på "
              "{p:2,1 %|ein auke på} frå 2021."),
        ("table", [["Fraksjon", "Tonn 2022", "Tonn 2021", "Endring"],
                   ["Restavfall", "9 812", "10 406", "{p?:-5,7 %}"],
                   ["Matavfall", "4 377", "3 518", "{p?:24,4 %}"],
                   ["Papir og papp", "4 105", "4 211", "{p?:-2,5 %}"],
                   ["Plastemballasje", "906", "842", "{p?:7,6 %}"],
                   ["Glas og metall", "1 322", "1 290", "{p?:2,5 %}"],
                   ["Avfall frå gjenvinningsstasjonane", "6 888", "6 581", "{p?:4,7 %}"]],
         {"widths": [6, 2.5, 2.5, 2.5]}),
        ("p", "Materialgjenvinningsgraden for hushaldsavfallet var {p:47,3 %|materialgjenvinningsgraden} "
              "mot {p:43,9 %|materialgjenvinningsgraden} året før."),
        ("p", "Gjenvinningsstasjonane på {g:Spjelkavik}, i {g:Langevåg} og på {g:Valderøya} hadde til saman "
              "118 000 besøk. Den nye stasjonen på {g:Hareid} opnar våren 2023."),
        ("p", "Gebyret for eit standard abonnement auka med {p:3,5 %|gebyret for eit standard abonnement} frå 2021."),
        ("break",),
        ("h", 1, "Miljø og tilsette"),
        ("p", "Selskapet hadde 71 tilsette i 65 årsverk ved utgangen av året. Sjukefråværet var "
              "{p:5,9 %|sjukefråværet} mot {p:6,6 %|sjukefråværet}. Det vart registrert "
              "to skadar med fråvær."),
        ("p", "Hovudverneombod er Frode Leine. Alle renovasjonsbilane køyrer no på biogass eller HVO."),
        ("break",),
        ("h", 1, "Styret si årsmelding"),
        ("p", "Sulafjord Miljø IKS er eit interkommunalt selskap etter IKS-lova med forretningskontor i "
              "{g:Sula} kommune i {g:Møre og Romsdal}. Årsresultatet vart 5 011 000 kroner, mot eit "
              "budsjettert overskot på 1 000 000 kroner. Styret meiner rekneskapen gir eit rett bilete "
              "av selskapet, og føresetnaden om vidare drift er til stades. Overskotet vert ført til "
              "sjølvkostfondet i samsvar med forskrifta."),
        ("p", "Styret har ei kvinne som leiar og elles to kvinner og tre menn som faste medlemer "
              "inkludert den tilsettevalde."),
        ("sign", "{g:Langevåg}, 2. mars 2023",
         [("Gunnhild Aarseth", "leiar"), ("Steinar Myklebust", "nestleiar"), ("Eli Kristine Hjelle", "styremedlem"),
          ("Bjørn Inge Vik", "styremedlem"), ("Ronny Aklestad", "styremedlem"), ("Jostein Brandal", "dagleg leiar")]),
        ("break",),
        ("h", 1, "Rekneskap 2022"),
        ("stmt", res, {"title": "Resultatrekneskap"}),
        ("p", "Budsjettet vart vedteke av representantskapet 9. desember 2021.", {"size": 8, "italic": True}),
        ("break",),
        ("stmt", bal, {"title": "Balanse pr. 31. desember"}),
        ("bh", "Note 3 Tilsette og pensjon"),
        ("p", "Dei tilsette er med i pensjonsordning i KLP. Løn til dagleg leiar var kr 1 186 000. "
              "Samla godtgjersle til styret var kr 214 000.", {"size": 9}),
        ("bh", "Note 8 Lån"),
        ("p", "Selskapet har lån i Kommunalbanken med garanti frå eigarkommunane etter eigardel.", {"size": 9}),
        ("break",),
        ("h", 1, "Revisjonsmelding"),
        ("p", "Til representantskapet i Sulafjord Miljø IKS"),
        ("p", "Vi har revidert årsrekneskapen for Sulafjord Miljø IKS. Etter vår meining er "
              "årsrekneskapen gjord opp i samsvar med lov og forskrifter og gir eit rettvisande bilete."),
        ("p", "{g:Ålesund}, 20. mars 2023 · Nordvest Kommunerevisjon IKS · Oddny Brunstad, oppdragsansvarleg revisor"),
    ]
    return {
        "name": "sulafjord-miljo-iks-2022", "lang": NN, "year": y, "title": "Sulafjord Miljø IKS – Årsmelding 2022",
        "organization": {"name": "Sulafjord Miljø IKS", "founded_year": 1994, "address": "Flisneset 9",
                         "email": "postmottak@sulafjordmiljo.no",
                         "owners": [{"name": "Ålesund kommune", "share_percent": 52.0},
                                    {"name": "Sula kommune", "share_percent": 18.0},
                                    {"name": "Giske kommune", "share_percent": 17.0},
                                    {"name": "Hareid kommune", "share_percent": 13.0}]},
        "ceo": "Jostein Brandal",
        "board": [("Gunnhild Aarseth", "LEDE", False), ("Steinar Myklebust", "NEST", False),
                  ("Eli Kristine Hjelle", "MEDL", False), ("Bjørn Inge Vik", "MEDL", False),
                  ("Ronny Aklestad", "MEDL", True),
                  ("Ingebrigt Hessen", "VARA", None), ("Randi Liaaen", "VARA", None),
                  ("Arve Sætre", "VARA", None), ("Lill Tove Remøy", "VARA", None), ("Mona Grimstad", "VARA", None)],
        "not_board": ["Aslaug Brunstad", "Egil Tennfjord", "Jon Are Hatlehol", "Siri Moldskred", "Kenneth Vedde",
                      "Ingunn Thue", "Bente Roald Valderhaug", "Sverre Godø", "Olaug Bigset", "Per Kåre Brandal",
                      "Anita Sandvik Furnes", "Roar Eidem", "Hanne Kvalsund", "Frode Leine", "Oddny Brunstad"],
        "header": "Sulafjord Miljø IKS · Årsmelding 2022", "footer": "{PAGE}", "footer_align": "right",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Interkommunalt selskap (renovasjon), nynorsk, Sula (Møre og Romsdal) 2022; long; the "
                 "representantskap (its leiar and members) beside the styre; board members in a ruled "
                 "table beside their personal varamedlemer; one vald av dei tilsette; 1000 kr with budget "
                 "beside actuals (budget optional); owners' shares.",
    }


def sorbovag_kulturminnelag_2006() -> dict:
    """Kulturminnelag in Hyllestad (Sogn og Fjordane), 2006: a short typed årsmelding, the board
    in a sentence with roles in brackets, varamenn, the årbok's redaksjon; a tab-stop account."""
    y = 2006
    acc = Kroner("Rekneskap", [Col(f"{y}", y), Col("2005", 2005)], income(
        NN, 2,
        [("Medlemskontingent", "", [14_600, 13_900]),
         ("Sal av årbok", "", [22_350, 19_840]),
         ("Tilskot frå kommunen", "", [10_000, 10_000]),
         ("Gåver og lotteri", "", [6_215, 4_980])],
        [("Trykking av årbok", "", [27_400, 25_100]),
         ("Vedlikehald naust og kvern", "", [12_870, 6_450]),
         ("Møte og arrangement", "", [3_910, 4_265]),
         ("Porto, bank og kontor", "", [2_148, 1_977])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum utgifter", "op": None, "result": "Overskot",
                "inc": "Inntekter", "cost": "Utgifter"}),
        label_header="", render="tabs")
    items = [
        ("p", "SØRBØVÅG KULTURMINNELAG", {"bold": True, "size": 14}),
        ("p", f"Årsmelding for {y}", {"bold": True, "size": 12}),
        ("p", "Laget har i {y} hatt 146 betalande medlemer, og 38 møtte på årsmøtet på grendahuset "
              "12. mars. Laget vart skipa i 1979.".replace("{y}", str(y))),
        ("bh", "Styret"),
        ("p", "Styret har vore: Ingvald Sørbø (leiar), Marta Lihesten (nestleiar), Knut Olav Rysjedal "
              "(kasserar), Anne Grete Myklebust (skrivar) og Bjarne Leirvåg. Varamenn: Synnøve Kvamme og "
              "Leif Arne Skorpa."),
        ("p", "Bjarne Leirvåg kom inn i styret på årsmøtet i staden for Hallvard Nesse, som ikkje tok "
              "attval etter fire år. Styret har hatt 6 styremøte."),
        ("p", "Revisorar: Oddny Hestad og Jostein Sandnes. Valnemnd: Kari Heggøy og Tor Magne Vevring. "
              "Redaksjonen for årboka har vore Gunnar Rysjedal (redaktør), Solfrid Skorpa og Ola Myklebust."),
        ("bh", "Arbeidet i 2006"),
        ("li", "Naustet ved sjøen i {g:Sørbøvåg} fekk nytt tak på dugnad i juni. Om lag {p:70 %|av kostnaden vart dekt av tilskot} "
               "av kostnaden vart dekt av tilskot og gåver."),
        ("li", "Kverna i Nesedalen vart sett i stand, med hjelp frå kulturavdelinga i {g:Sogn og Fjordane} "
               "fylkeskommune."),
        ("li", "Årboka «Gard og grend» kom ut i november i 600 eksemplar. Ho er selt i {g:Hyllestad}, "
               "på {g:Leirvik} og i {g:Høyanger}."),
        ("li", "Kulturminnedagen vart markert med vandring til tufta på gamle Nesetunet. Guide var "
               "bygdebokforfattar Eirik Brekke."),
        ("p", "Styret takkar alle som har stilt opp på dugnad, og {g:Hyllestad kommune|Hyllestad} for tilskot."),
        ("stmt", acc, {"title": "Rekneskap 2006"}),
        ("p", "Behaldning i bank 31.12.2006: kr 41 287,-"),
        ("sign", "{g:Sørbøvåg}, 20. januar 2007",
         [("Ingvald Sørbø", "leiar"), ("Marta Lihesten", "nestleiar"), ("Knut Olav Rysjedal", "kasserar"),
          ("Anne Grete Myklebust", "skrivar"), ("Bjarne Leirvåg", "styremedlem")]),
    ]
    return {
        "name": "sorbovag-kulturminnelag-2006", "lang": NN, "year": y,
        "title": "Sørbøvåg kulturminnelag – årsmelding 2006",
        "organization": {"name": "Sørbøvåg kulturminnelag", "founded_year": 1979},
        "ceo": None,
        "board": [("Ingvald Sørbø", "LEDE", None), ("Marta Lihesten", "NEST", None),
                  ("Knut Olav Rysjedal", "MEDL", None), ("Anne Grete Myklebust", "MEDL", None),
                  ("Bjarne Leirvåg", "MEDL", None),
                  ("Synnøve Kvamme", "VARA", None), ("Leif Arne Skorpa", "VARA", None)],
        "board_optional": ["Hallvard Nesse"],
        "not_board": ["Oddny Hestad", "Jostein Sandnes", "Kari Heggøy", "Tor Magne Vevring", "Gunnar Rysjedal",
                      "Solfrid Skorpa", "Ola Myklebust", "Eirik Brekke"],
        "font": "DejaVu Sans Mono", "body_pt": 10,
        "items": items, "renditions": ["scan", "doc"],
        "notes": "Kulturminnelag, nynorsk, Hyllestad (Sogn og Fjordane) 2006, typed; the board in one "
                 "sentence with roles in brackets (kasserar, skrivar MEDL; the last name without a role "
                 "is styremedlem), varamenn; the leaver at the årsmøte optional; revisorar, valnemnd, "
                 "the årbok's redaksjon and a guide are not board; the account with tab stops and ',-'.",
    }


REPORTS = [halbrend_arbeid_2021, sulafjord_miljo_2022, sorbovag_kulturminnelag_2006]
