"""Reports of the fifty-seventh held-out set (part a): a nynorsk water IKS, a kommunalt foretak
running a swimming hall, a nynorsk museum foundation. Invented organisations, people and figures;
real places valid in the report's year."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income

Y2 = lambda y: [Col(str(y), y), Col(str(y - 1), y - 1)]  # noqa: E731


def sunnfjord_vatn() -> dict:
    cols = Y2(2016)
    res = Statement("Resultatrekneskap", cols, income("nn", 2, [
        ("Sal av vatn til eigarkommunane", "", [38412500, 36905200]),
        ("Andre driftsinntekter", "", [1284300, 1102800]),
    ], [
        ("Lønnskostnader", "3", [9846200, 9402100]),
        ("Avskrivingar", "4", [11205400, 10884000]),
        ("Andre driftskostnader", "", [14320900, 13876300]),
    ], fin=[("Finansinntekter", "", [184200, 221500]), ("Finanskostnader", "5", [-3962400, -4188600])]),
        note_col="Note", label_header="Beløp i kroner")
    bal = Statement("Balanse pr. 31.12.2016", cols, balance("nn", 2,
        fixed=[("Anlegg og leidningsnett", "4", [186450000, 179210000]), ("Maskinar og utstyr", "4", [3820400, 4105200])],
        current=[("Kundefordringar", "", [4215300, 3980100]), ("Bankinnskot", "", "plug")],
        equity=[("Innskoten eigenkapital", "", [5000000, 5000000]), ("Annan eigenkapital", "", [8412600, 7866500])],
        long=[("Lån i Kommunalbanken", "5", [176300000, 170100000])],
        short=[("Leverandørgjeld", "", [3840200, 3410600]), ("Anna kortsiktig gjeld", "", [2916800, 2744300])]),
        note_col="Note", label_header="Beløp i kroner")
    board = [("Terje Myklebust Rønnekleiv", "LEDE", False), ("Marit Sægrov Hjelmeland", "NEST", False),
             ("Åsmund Kvammen", "MEDL", False), ("Liv Heggheim Drage", "MEDL", True),
             ("Bodil Nybø Strand", "VARA", None)]
    return {
        "name": "sunnfjord-vatn-iks-2016", "year": 2016, "lang": "nn", "accent": "1D5C7A", "shade": "E3EEF3",
        "title": "Indre Sunnfjord Vatn IKS – Årsmelding 2016",
        "runner": "Indre Sunnfjord Vatn IKS · Årsmelding 2016",
        "organization": {"name": "Indre Sunnfjord Vatn IKS", "founded_year": 1998,
                         "address": "Vassverkvegen 14, 6800 Førde", "email": "post@isvatn.no",
                         "owners": [{"name": "Førde kommune", "share_percent": 55.0},
                                    {"name": "Jølster kommune", "share_percent": 27.0},
                                    {"name": "Gaular kommune", "share_percent": 18.0}]},
        "ceo": "Sigrun Helle Vassbotn",
        "board": board,
        "board_optional": ["Arne Steinsvik"],
        "not_board": ["Olav Reksnes", "Kjersti Osland", "Peder Mo Brekke", "Hilde Årdal Sunde",
                      "Kari Nes Aaland", "Geir Anders Hove", "Eirik Tefre"],
        "places_optional": ["Jølstravatnet"],
        "not_places": ["Vassverkvegen 14, 6800 Førde"],
        "items": [
            ("cover", "Årsmelding 2016", "Reint vatn kvar dag", "Indre Sunnfjord Vatn IKS"),
            ("tiles", [("11,6 mill. m³", "Levert vatn"), ("14 800", "Innbyggjarar tilknytte"),
                       ("{p:99,2 %}", "Godkjende prøvar"), ("39,7 mill. kr", "Driftsinntekter")],
             {"title": "Året i tal"}),
            ("h", 2, "Dagleg leiar har ordet"),
            ("flow", [
                ("p", "2016 vart eit år med store investeringar. Det nye høgdebassenget på {g:Vassenden} vart sett i "
                      "drift i januar, og vi har skifta 3,4 kilometer med gamle støypejarnsleidningar i {g:Førde} sentrum."),
                ("p", "Vi leverte 11,6 millionar kubikkmeter vatn til innbyggjarane i dei tre eigarkommunane. "
                      "Av 1 240 prøvar var {p:99,2 prosent|prøvar} utan merknad, og dei få avvika vart lukka same veka."),
                ("p", "Sjukefråværet gjekk ned til {p:4,1 prosent|sjukefråværet}, frå {p:6,3 prosent|i 2015} i 2015. "
                      "Eg vil takke driftsleiar Olav Reksnes og vaktlaget for ein stor innsats under flaumen i oktober, og "
                      "Kjersti Osland i Mattilsynet for eit godt og ope samarbeid."),
                ("p", "Takk også til styret og representantskapet for tillit og klare mål."),
                ("p", "Sigrun Helle Vassbotn, dagleg leiar"),
            ], {"cols": 3, "photo": "Nytt høgdebasseng på {g:Vassenden}. Frå venstre driftsleiar Olav Reksnes og "
                                     "operatør Eirik Tefre. Foto: Indre Sunnfjord Vatn", "at": 2}),
            ("quote", "Vatnet frå {g?:Jølstravatnet} er det viktigaste vi forvaltar for dei neste femti åra.",
             "Peder Mo Brekke, ordførar og leiar i representantskapet"),
            ("spread", "Dette er oss", [
                ("lead", "Indre Sunnfjord Vatn IKS produserer og leverer drikkevatn til {g:Førde}, {g:Jølster} og "
                         "{g:Gaular}. Selskapet vart skipa i 1998 og har 14 tilsette."),
                ("dl", "Eigarar", [("{g:Førde kommune|Førde}", "{p:55 %}"),
                                   ("{g:Jølster kommune|Jølster}", "{p:27 %}"),
                                   ("{g:Gaular kommune|Gaular}", "{p:18 %}")]),
                ("side", "Kontakt", ["Vassverkvegen 14, 6800 {g:Førde}", "post@isvatn.no", "Org.nr. 979 412 633"],
                 {"wide": True}),
            ], [
                ("dl", "Representantskapet", [
                    ("Peder Mo Brekke", "leiar, {g:Jølster}"),
                    ("Hilde Årdal Sunde", "nestleiar, {g:Førde}"),
                    ("Geir Anders Hove", "medlem, {g:Gaular}")]),
                ("caprow", "Styret", [(r, n) for n, r in [
                    ("Terje Myklebust Rønnekleiv", "Styreleiar"), ("Marit Sægrov Hjelmeland", "Nestleiar"),
                    ("Åsmund Kvammen", "Styremedlem"), ("Liv Heggheim Drage", "Styremedlem*"),
                    ("Bodil Nybø Strand", "Varamedlem")]],
                 {"order": "role-first", "note": "* Vald av og blant dei tilsette. Styremedlemene er valde av "
                                                 "representantskapet for to år."}),
                ("p", "Revisor er Kari Nes Aaland, statsautorisert revisor."),
            ]),
            ("timeline", "Året som gjekk", [
                ("Januar", "Høgdebassenget på {g:Vassenden} i drift."),
                ("Mai", "Arne Steinsvik gjekk ut av styret etter eige ønske. Representantskapet valde Åsmund "
                        "Kvammen som nytt styremedlem."),
                ("Juni", "Representantskapet godkjende rekneskapen for 2015."),
                ("Oktober", "Flaum i Jølstra. Reservevasskjelda i {g:Sande} vart nytta i tre døgn."),
                ("Desember", "Leidningsnettet mot {g:Naustdal} ferdig prosjektert."),
            ]),
            ("pb",),
            ("h", 2, "Årsmelding frå styret"),
            ("flow", [
                ("h", 3, "Verksemda"),
                ("p", "Selskapet held til i {g:Førde} i {g:Sogn og Fjordane}. Føremålet er å sikre innbyggjarane i "
                      "eigarkommunane nok og godt drikkevatn."),
                ("h", 3, "Arbeidsmiljø og likestilling"),
                ("p", "Av dei 14 tilsette er 4 kvinner. Styret har tre menn og to kvinner."),
                ("h", 3, "Økonomi"),
                ("p", "Driftsinntektene auka med {p:4,4 %|driftsinntektene} til 39,7 millionar kroner. Årsresultatet "
                      "vart 546 100 kroner, som styret gjer framlegg om å overføre til annan eigenkapital."),
                ("h", 3, "Framtidig utvikling"),
                ("p", "Styret meiner føresetnaden om framleis drift er til stades."),
            ], {"cols": 2}),
            ("sign", "{g:Førde}, 14. mars 2017", [
                ("Terje Myklebust Rønnekleiv", "styreleiar"), ("Marit Sægrov Hjelmeland", "nestleiar"),
                ("Åsmund Kvammen", "styremedlem"), ("Liv Heggheim Drage", "styremedlem"),
                ("Sigrun Helle Vassbotn", "dagleg leiar")]),
            ("pb",),
            ("stmt", res, {"title": "Resultatrekneskap 2016", "grid": True}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2016", "grid": True}),
        ],
        "key_figures_optional": [{"label": "Driftsinntekter", "year": 2016, "value": 39700000}],
        "renditions": ["chrome"],
        "notes": "Nynorsk water IKS; board in a photo caption row with the role above the name and the employee "
                 "member marked by an asterisk footnote; representantskap as a definition list; a board member "
                 "who left in May (optional); statements as CSS grids of divs.",
    }


def bolgen_bad() -> dict:
    cols = [Col("Regnskap 2021", 2021), Col("Budsjett 2021", 2021, BUDGET), Col("Regnskap 2020", 2020)]
    res = Statement("Driftsregnskap", cols, income("nb", 3, [
        ("Billettinntekter", "", [9842000, 12500000, 7915400]),
        ("Kursinntekter", "", [3105600, 3800000, 2284900]),
        ("Tilskudd fra {g:Nordre Follo kommune|Nordre Follo}", "", [14200000, 14200000, 13650000]),
        ("Kompensasjon for smitteverntiltak", "", [2650000, 0, 3120000]),
    ], [
        ("Lønn og sosiale kostnader", "2", [17630400, 18900000, 16884200]),
        ("Energi", "", [4288100, 4100000, 3960300]),
        ("Vedlikehold", "", [2915300, 3200000, 2406800]),
        ("Andre driftskostnader", "", [3402500, 3650000, 3118700]),
    ], fin=[("Renteinntekter", "", [42100, 60000, 55300]), ("Rentekostnader", "", [-318400, -330000, -344900])],
        labels={"result": "Regnskapsmessig mer-/mindreforbruk"}),
        note_col="Note", label_header="Beløp i kroner")
    bal = Statement("Balanse", [Col("31.12.2021", 2021), Col("31.12.2020", 2020)], balance("nb", 2,
        fixed=[("Bygg og anlegg", "3", [61250000, 63400000]), ("Utstyr og inventar", "3", [2184000, 2540000])],
        current=[("Kortsiktige fordringer", "", [1328400, 1094200]), ("Bankinnskudd", "", "plug")],
        equity=[("Disposisjonsfond", "", [1840600, 1738400]), ("Kapitalkonto", "", [21634000, 22740000])],
        long=[("Lån fra {g:Nordre Follo kommune|Nordre Follo}", "", [42000000, 43600000])],
        short=[("Leverandørgjeld", "", [1412500, 1289300]), ("Annen kortsiktig gjeld", "", [1906700, 1733800])]),
        note_col="Note", label_header="Beløp i kroner")
    return {
        "name": "bolgen-bad-kf-2021", "year": 2021, "lang": "nb", "accent": "0F6B8F", "shade": "E2F1F6",
        "title": "Bølgen Bad og Helse KF – Årsrapport 2021",
        "runner": "Bølgen Bad og Helse KF – Årsrapport 2021",
        "organization": {"name": "Bølgen Bad og Helse KF", "website": "www.bolgenbad.no", "phone": "64 87 12 00"},
        "ceo": "Tormod Skjelbred",
        "board": [("Mona Eng Kvisle", "LEDE", False), ("Rune Hjertaas", "NEST", False),
                  ("Gunhild Ravn Tobiassen", "MEDL", False), ("Yusuf Demir", "MEDL", False),
                  ("Silje Marie Haugom", "MEDL", True),
                  ("Knut Erling Bråten", "VARA", None), ("Anette Lindholm", "VARA", None)],
        "board_optional": ["Hanne Solum Røed"],
        "not_board": ["Elin Grøtting", "Ole Petter Wiik", "Ragnhild Saue", "Frode Lunde", "Sindre Aas Kolstad",
                      "Bente Krogsæter"],
        "items": [
            ("cover", "Årsrapport 2021", "Et år med åpne og stengte dører", "Bølgen Bad og Helse KF"),
            ("tiles", [("168 240", "Besøk i 2021"), ("{p:-31 %}", "Besøk mot 2019"),
                       ("1 940", "Barn på svømmekurs"), ("{p:12,8 %}", "Sykefravær")],
             {"title": "Nøkkeltall"}),
            ("h", 2, "Badesjefen har ordet"),
            ("flow", [
                ("p", "Badet var stengt for publikum i til sammen 71 dager i 2021. Likevel fikk vi 1 940 barn gjennom "
                      "svømmeopplæringen, mange av dem fra skolene i {g:Ski}, {g:Langhus} og {g:Kolbotn}."),
                ("p", "Besøket endte på 168 240, som er {p:31 prosent|lavere enn i 2019} lavere enn i 2019, siste "
                      "normalår. Kompensasjonen fra kommunen for smitteverntiltak dekket det meste av inntektsbortfallet."),
                ("p", "Takk til driftsleder Elin Grøtting og alle badevakter som stilte opp på kort varsel, og til "
                      "smittevernoverlege Ole Petter Wiik for gode råd gjennom året."),
                ("p", "Tormod Skjelbred, badesjef og daglig leder"),
            ], {"cols": 2, "photo": "Svømmeopplæring for tredjeklassinger. Instruktør Ragnhild Saue i vannet.", "at": 1}),
            ("side", "Om foretaket", ["Kommunalt foretak etter kommuneloven, eid av {g:Nordre Follo} kommune",
                                      "Åpnet 2009", "www.bolgenbad.no · 64 87 12 00"]),
            ("quote", "Endelig kunne vi åpne for alle igjen i juni. Køen var lang allerede klokka seks.",
             "Frode Lunde, badevakt"),
            ("h", 2, "Styret"),
            ("p", "Styret velges av kommunestyret i {g:Nordre Follo} for fire år. De ansatte velger ett medlem."),
            ("dl", "", [("Styreleder", "Mona Eng Kvisle (H)"), ("Nestleder", "Rune Hjertaas (Ap)"),
                        ("Medlem", "Gunhild Ravn Tobiassen (MDG)"), ("Medlem", "Yusuf Demir (Sp)"),
                        ("Ansattes representant", "Silje Marie Haugom"),
                        ("1. varamedlem", "Knut Erling Bråten (FrP)"), ("2. varamedlem", "Anette Lindholm (SV)")]),
            ("p", "Kommunedirektørens representant, Hanne Solum Røed, har møtt med tale- og forslagsrett."),
            ("timeline", "2021 måned for måned", [
                ("Januar", "Stengt etter nasjonale tiltak."),
                ("Mars", "Åpent for skolesvømming og barn under 20 år."),
                ("Juni", "Full gjenåpning, med besøkende også fra {g:Oslo} og {g:Ås}."),
                ("September", "Ny kursleder Sindre Aas Kolstad tilsatt."),
                ("Desember", "Kommunestyret valgte Bente Krogsæter som nytt styremedlem fra 2022."),
            ]),
            ("pb",),
            ("h", 2, "Styrets årsberetning"),
            ("flow", [
                ("p", "Bølgen Bad og Helse KF driver badeanlegget i {g:Ski} i {g:Viken}. Regnskapet viser et "
                      "mindreforbruk på 1 285 000 kroner, som overføres til disposisjonsfond."),
                ("p", "Foretaket hadde 38 årsverk. Sykefraværet var {p:12,8 %|sykefraværet}, høyere enn målet på "
                      "{p:8 %|målet}."),
                ("p", "Foretaket påvirker det ytre miljø gjennom energibruk og kjemikalier. Energibruken gikk ned med "
                      "{p:6 prosent|energibruken} etter ny varmepumpe."),
            ], {"cols": 2}),
            ("sign", "{g:Ski}, 24. februar 2022", [
                ("Mona Eng Kvisle", "styreleder"), ("Rune Hjertaas", "nestleder"),
                ("Gunhild Ravn Tobiassen", "styremedlem"), ("Yusuf Demir", "styremedlem"),
                ("Silje Marie Haugom", "styremedlem"), ("Tormod Skjelbred", "daglig leder")]),
            ("pb",),
            ("stmt", res, {"title": "Driftsregnskap 2021"}),
            ("stmt", bal, {"title": "Balanse per 31.12.2021"}),
        ],
        "renditions": ["chrome"],
        "notes": "KF swimming hall in Nordre Follo (Viken) in 2021; the board as a definition list with party in "
                 "brackets, 'Ansattes representant', numbered varamedlemmer; the kommunedirektør's representative "
                 "with speaking rights (optional); a new member elected for 2022 in the timeline (not board); "
                 "Regnskap | Budsjett | Regnskap (budget optional); a negative percentage tile.",
    }


def skipshallen() -> dict:
    cols = Y2(2013)
    res = Statement("Resultatrekneskap", cols, income("nn", 2, [
        ("Billettinntekter og sal", "", [1184600, 1032900]),
        ("Tilskot frå {g:Hordaland fylkeskommune|Hordaland}", "", [1450000, 1400000]),
        ("Tilskot frå kommunane", "", [820000, 800000]),
        ("Gåver og sponsorar", "", [318500, 402000]),
    ], [
        ("Lønnskostnader", "2", [2384700, 2290400]),
        ("Avskrivingar", "", [214000, 214000]),
        ("Andre driftskostnader", "", [1047300, 1096800]),
    ], fin=[("Netto finanspostar", "", [21400, 26300])], labels={"net_fin": None, "fin": None}),
        label_header="Tal i heile kroner")
    bal = Statement("Balanse", cols, balance("nn", 2,
        fixed=[("Bygningar", "", [2568000, 2782000])],
        current=[("Fordringar", "", [94300, 118600]), ("Bankinnskot", "", "plug")],
        equity=[("Grunnkapital", "", [200000, 200000]), ("Annan eigenkapital", "", [2470400, 2321900])],
        long=[],
        short=[("Leverandørgjeld", "", [182600, 211400]), ("Skuldige offentlege avgifter", "", [146200, 139800])]),
        label_header="Tal i heile kroner")
    return {
        "name": "skipshallen-2013", "year": 2013, "lang": "nn", "accent": "7A3E1D", "shade": "F3EBE3",
        "title": "Stiftinga Skipshallen – Årsmelding 2013",
        "runner": "Stiftinga Skipshallen",
        "organization": {"name": "Stiftinga Skipshallen", "founded_year": 1991, "email": "post@skipshallen.no"},
        "ceo": "Randi Tveit Økland",
        "board": [("Håkon Eldøy", "LEDE", None), ("Ingebjørg Sandvik Lie", "NEST", None),
                  ("Torstein Rydland", "MEDL", None), ("Åse Hovland Fjellheim", "MEDL", None),
                  ("Bjørn Olav Huglen", "VARA", None)],
        "not_board": ["Karsten Vikanes", "Jorunn Lervik", "Halvard Sæbø", "Elise Grov", "Lars Ove Tyssebotn"],
        "items": [
            ("cover", "Årsmelding 2013", "Treskip, handverk og folk", "Stiftinga Skipshallen"),
            ("spread", "Dette er Skipshallen", [
                ("lead", "Stiftinga Skipshallen tek vare på og viser fram tradisjonsbåtar frå {g:Sunnhordland}. "
                         "Stiftinga vart oppretta i 1991 av {g:Stord} kommune, {g:Fitjar} kommune og Venelaget for "
                         "Skipshallen."),
                ("tiles", [("5 840", "Besøkande"), ("1 312", "Dugnadstimar"), ("{p:41 %}", "Eigeninntekter"),
                           ("14", "Båtar i samlinga")]),
                ("dl", "Fakta", [("Stifta", "1991"), ("Stad", "Hallen på {g?:Ådland}, {g:Stord}"),
                                 ("E-post", "post@skipshallen.no"), ("Dagleg leiar", "Randi Tveit Økland")]),
            ], [
                ("caprow", "Styret 2013", [
                    ("Styreleiar, oppnemnd av {g:Stord} kommune", "Håkon Eldøy"),
                    ("Nestleiar, oppnemnd av {g:Fitjar} kommune", "Ingebjørg Sandvik Lie"),
                    ("Oppnemnd av fylkeskommunen", "Torstein Rydland"),
                    ("Oppnemnd av Venelaget", "Åse Hovland Fjellheim"),
                    ("Vara", "Bjørn Olav Huglen")]),
                ("p", "Venelaget for Skipshallen har 260 medlemer og vert leia av Karsten Vikanes. Laget står for "
                      "det meste av dugnaden i båtverkstaden."),
                ("quote", "Når ungane får halde i ei høvel, skjønar dei kvifor båtane ser ut som dei gjer.",
                 "Jorunn Lervik, frivillig i verkstaden"),
            ]),
            ("pb",),
            ("h", 2, "Frå dagleg leiar"),
            ("flow", [
                ("p", "I 2013 tok vi imot 5 840 besøkande, {p:12 prosent|fleire enn året før} fleire enn året før. "
                      "Skuleklassar frå {g:Bømlo} og {g:Tysnes} var nye gjester."),
                ("p", "Restaureringa av fembøringen «Storegut» gjekk vidare med hjelp frå båtbyggjar Halvard Sæbø. "
                      "Fylkeskonservator Elise Grov har følgt arbeidet."),
                ("p", "Eigeninntektene utgjorde {p:41 %|eigeninntektene} av inntektene. Eg takkar Venelaget og "
                      "alle frivillige, og styret for godt samarbeid."),
                ("p", "Randi Tveit Økland, dagleg leiar"),
            ], {"cols": 3, "photo": "Dugnad på slippen i august. Lars Ove Tyssebotn og Jorunn Lervik skiftar bord.",
                "at": 1}),
            ("timeline", "Året i bilete", [
                ("April", "Opning av sesongen med kystkulturdag."),
                ("Juni", "Båttreff med 40 båtar frå heile {g:Hordaland}."),
                ("August", "Dugnadsveke på slippen."),
                ("November", "Styret vedtok ny strategi for 2014–2017."),
            ]),
            ("h", 2, "Årsmelding frå styret"),
            ("p", "Stiftinga held til på {g:Stord}. Ho har to tilsette i til saman 1,6 årsverk, og det er ikkje "
                  "registrert skadar eller ulukker. Årsresultatet vart 148 500 kroner og vert overført til annan "
                  "eigenkapital. Føresetnaden om framleis drift er til stades."),
            ("sign", "{g:Stord}, 20. februar 2014", [
                ("Håkon Eldøy", "styreleiar"), ("Ingebjørg Sandvik Lie", "nestleiar"),
                ("Torstein Rydland", ""), ("Åse Hovland Fjellheim", ""), ("Randi Tveit Økland", "dagleg leiar")]),
            ("stmt", res, {"title": "Resultatrekneskap 2013", "grid": True}),
            ("stmt", bal, {"title": "Balanse 31.12.2013", "grid": True}),
        ],
        "renditions": ["chrome"],
        "notes": "Nynorsk museum foundation; a 'Dette er Skipshallen' spread with numbered tiles and a fact "
                 "definition list on the left and the board as a caption row ('Oppnemnd av ...' roles, the "
                 "ordinary members without the word styremedlem) on the right; the venelag's leader, a "
                 "boatbuilder, the fylkeskonservator and volunteers named; signatures with blank titles.",
    }


REPORTS = [sunnfjord_vatn, bolgen_bad, skipshallen]
