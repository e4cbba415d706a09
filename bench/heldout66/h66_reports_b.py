"""Reports 4-6 of the sixty-sixth set: an IKS (2016), a kommunalt foretak (2022) and a museum
stiftelse (2013). Organisations, people and figures are invented; places are real and valid in the
report's year."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income

from h66_common import fig

# ---------------------------------------------------------------- 4. Grimstjern Renovasjon IKS, 2016

def grimstjern() -> dict:
    cols = [Col("2016", 2016, ACTUAL), Col("2015", 2015, ACTUAL)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Renovasjonsgebyrer", "2", [78412, 75104]),
             ("Salg av gjenvunnet materiale", "2", [6918, 7402]),
             ("Andre driftsinntekter", "", [2114, 1988])],
        cost=[("Transport og behandling av avfall", "", [49802, 47915]),
              ("Lønnskostnader", "3", [18604, 17922]),
              ("Avskrivninger", "4", [6210, 5884]),
              ("Andre driftskostnader", "", [9118, 8702])],
        fin=[("Finansinntekter", "", [402, 518]),
             ("Finanskostnader", "7", [-1904, -2118])]),
        unit=1000, note_col="Note", label_header="Tall i 1000 kr")
    bal = Statement("Balanse 31.12.", cols, balance(
        "nb", 2,
        fixed=[("Bygninger og anlegg", "4", [48210, 50118]),
               ("Maskiner og kjøretøy", "4", [14902, 12640])],
        current=[("Kundefordringer", "", [9418, 8902]),
                 ("Andre fordringer", "", [1204, 1118]),
                 ("Bankinnskudd", "5", "plug")],
        equity=[("Innskutt egenkapital", "6", [4000, 4000]),
                ("Annen egenkapital", "6", [21418, 19210])],
        long=[("Lån i Kommunalbanken", "7", [42600, 44800]),
              ("Pensjonsforpliktelser", "3", [3402, 3118])],
        short=[("Leverandørgjeld", "", [6118, 5904]),
               ("Skyldige offentlige avgifter", "", [2904, 2712]),
               ("Annen kortsiktig gjeld", "", [4210, 3966])]),
        unit=1000, note_col="Note", label_header="Tall i 1000 kr")
    inntekter, resultat = fig(res, "Sum driftsinntekter"), fig(res, "Årsresultat")
    drift, drift_i_fjor = fig(res, "Driftsresultat"), fig(res, "Driftsresultat", 1)
    sheets = [
        {"cls": "cover", "blocks": [
            ("photo", 95, "Omlastingshallen i {g:Askim}. Foto: Vidar Enger"),
            ("kicker", "Grimstjern Renovasjon IKS"),
            ("h1", "Årsrapport 2016"),
            ("p", "Renovasjon for {g:Askim}, {g:Eidsberg}, {g:Spydeberg} og {g:Skiptvet}", {"cls": "lead"}),
        ]},
        {"blocks": [
            ("kicker", "Året som gikk"),
            ("h1", "Hovedtrekk 2016"),
            ("tiles", [("31 420", "tonn avfall mottatt"), ("{p:58,4 %}", "sortert til gjenvinning"),
                       ("4", "gjenvinningsstasjoner"), ("17 960", "abonnenter")], {"cols": 4}),
            ("row", [(1.5, [
                ("p", "Selskapet samlet inn og tok imot mer avfall enn noe år tidligere. Utsorteringen av "
                      "matavfall, som startet i alle fire kommuner høsten 2015, fikk virkning for hele året "
                      "og løftet materialgjenvinningen.", {"cls": "lead"}),
                ("p", "Den nye gjenvinningsstasjonen på {g:Mysen} åpnet i april, og besøket der har vært høyere "
                      "enn ventet. Samtidig ble to av de eldste komprimatorbilene erstattet med biogassbiler."),
                ("p", f"Driftsresultatet ble {drift} tusen kroner mot {drift_i_fjor} tusen kroner året før. "
                      "Gebyrene for en standard husholdning økte med {p:2,1 %|standard husholdning} fra 2015."),
            ]), (1, [
                ("quote", "«Grimstjern har vist at små kommuner sammen kan løfte gjenvinningen langt forbi "
                          "landsgjennomsnittet.»",
                 "Hanne Marie Wold, styreleder i {g:Østfold} Avfallsforum"),
            ])], {"gap": "8mm"}),
            ("h2", "Om selskapet"),
            ("p", "Grimstjern Renovasjon IKS ble stiftet i 1994 som et samarbeid mellom fire kommuner og ble "
                  "omdannet til interkommunalt selskap etter IKS-loven i 2000. Selskapet har ansvar for "
                  "innsamling og behandling av husholdningsavfall og driver fire gjenvinningsstasjoner."),
            ("table", [["Eierkommune", "Eierandel", "Abonnenter"],
                       ["{g:Askim kommune|Askim}", "{p:38 %}", "6 920"],
                       ["{g:Eidsberg kommune|Eidsberg}", "{p:32 %}", "5 610"],
                       ["{g:Spydeberg kommune|Spydeberg}", "{p:18 %}", "3 210"],
                       ["{g:Skiptvet kommune|Skiptvet}", "{p:12 %}", "2 220"]]),
        ]},
        {"blocks": [
            ("kicker", "Styrende organer"),
            ("h1", "Representantskap og styre"),
            ("p", "Representantskapet er selskapets øverste organ. Hver eierkommune har to medlemmer med "
                  "personlige varamedlemmer. Representantskapet hadde to møter i 2016."),
            ("h2", "Representantskapet"),
            ("table", [["Kommune", "Medlem", "Varamedlem"],
                       ["{g:Askim}", "Olav Nygaard (leder)", "Tone Lise Ruud"],
                       ["{g:Eidsberg}", "Marianne Bredesen (nestleder)", "Kjell Rune Sæther"],
                       ["{g:Spydeberg}", "Arild Lunde", "Camilla Westby"],
                       ["{g:Skiptvet}", "Ellen Gunn Kjos", "Petter Hval"]], {"cls": "grid tight"}),
            ("h2", "Styret"),
            ("p", "Styret er valgt av representantskapet for to år, med unntak av de ansattes representant, "
                  "som velges av og blant de ansatte. Styret har hatt seks møter og behandlet 44 saker."),
            ("table", [["Verv", "Navn", "Personlig varamedlem"],
                       ["Styreleder", "Ragnar Fossum", "Wenche Skaug"],
                       ["Nestleder", "Eli Kristin Bøhn", "Tore Myrvold"],
                       ["Styremedlem", "Jan Petter Ramstad", "Anita Hovde Berg"],
                       ["Styremedlem", "Siri Holter", "Knut Åge Elvestad"],
                       ["Styremedlem, valgt av de ansatte", "Geir Ove Lindstad", "Morten Kure"]],
             {"cls": "grid"}),
            ("h2", "Administrasjonen"),
            ("p", "Daglig leder er Kjetil Myhre. Ledergruppen består ellers av økonomisjef Heidi Tangen og "
                  "driftsleder Roger Skaar. Selskapet hadde 29 ansatte og 27,6 årsverk ved utgangen av året. "
                  "Sykefraværet var {p:6,3 %|Sykefraværet var}."),
            ("p", "Styret takker tidligere driftsleder Egil Nygård, som gikk av med pensjon i juni etter "
                  "22 år i selskapet."),
        ]},
        {"blocks": [
            ("kicker", "Årsregnskap"),
            ("row", [(1, [
                ("h2", "Økonomi"),
                ("p", f"Driftsinntektene var {inntekter} tusen kroner. Økningen skyldes i hovedsak høyere "
                      "gebyrinntekter og flere abonnenter."),
                ("p", "Prisene for papp og metall falt gjennom året, og salget av gjenvunnet materiale ble "
                      "lavere enn i 2015."),
                ("p", f"Årsresultatet på {resultat} tusen kroner føres mot selvkostfondet i annen egenkapital."),
            ]), (1.8, [
                ("stmt", res, {"title": "Resultatregnskap", "level": 2}),
            ])], {"gap": "5mm"}),
        ]},
        {"blocks": [
            ("kicker", "Årsregnskap"),
            ("row", [(1.8, [
                ("stmt", bal, {"title": "Balanse 31.12.", "level": 2}),
            ]), (1, [
                ("h2", "Investeringer"),
                ("p", "Selskapet investerte 8,5 millioner kroner i 2016, først og fremst i nye biler og i "
                      "stasjonen på {g:Mysen}."),
                ("p", "Lånene i Kommunalbanken nedbetales over 20 år. Eierkommunene har et ubegrenset ansvar for "
                      "sin andel av selskapets forpliktelser."),
            ])], {"gap": "5mm"}),
        ]},
        {"blocks": [
            ("h1", "Noter til regnskapet"),
            ("cols", 2, [
                ("h3", "Note 1 Regnskapsprinsipper"),
                ("p", "Regnskapet er avlagt etter regnskapsloven og god regnskapsskikk. Renovasjonstjenestene "
                      "drives etter selvkostprinsippet."),
                ("h3", "Note 2 Driftsinntekter"),
                ("p", "Gebyrene fastsettes av kommunestyrene etter forslag fra representantskapet."),
                ("h3", "Note 3 Lønn og pensjon"),
                ("p", "Selskapet har ytelsesbasert pensjon i KLP. Lønn til daglig leder var kr 1 104 300. "
                      "Godtgjørelse til styret var kr 212 000. Revisjonshonoraret var kr 118 750."),
                ("h3", "Note 4 Varige driftsmidler"),
                ("table", [["", "Bygg og anlegg", "Maskiner og kjøretøy"],
                           ["Bokført 1.1.", "50 118", "12 640"],
                           ["Tilgang", "1 102", "7 352"],
                           ["Avskrivninger", "3 010", "3 200"],
                           ["Salg", "0", "1 890"],
                           ["Bokført 31.12.", "48 210", "14 902"]], {"cls": "tight"}),
                ("h3", "Note 5 Bankinnskudd"),
                ("p", "Bundne skattetrekksmidler utgjør 1 118 tusen kroner."),
                ("h3", "Note 6 Egenkapital"),
                ("p", "Annen egenkapital omfatter selvkostfondet for renovasjon på 12 904 tusen kroner."),
                ("h3", "Note 7 Lån"),
                ("p", "Lånene har flytende rente. Avdrag i 2016 var 2 200 tusen kroner."),
            ]),
            ("space", 8),
            ("box", [
                ("h3", "Grimstjern Renovasjon IKS"),
                ("p", "Grimstjernvegen 40, 1814 {g:Askim} · Sentralbord 69 81 44 00 · post@grimstjern.no · "
                      "www.grimstjern.no · Org.nr. 971 552 140", {"cls": "small"}),
                ("p", "Revisor: Glommen kommunerevisjon IKS, oppdragsansvarlig revisor Trine Aasland. "
                      "Foto: Vidar Enger.", {"cls": "small"}),
            ]),
        ]},
    ]
    return {
        "name": "grimstjern-renovasjon-iks-2016",
        "year": 2016,
        "title": "Grimstjern Renovasjon IKS – Årsrapport 2016",
        "accent": "3C5A1E", "shade": "ECF1E4",
        "organization": {"name": "Grimstjern Renovasjon IKS", "founded_year": 1994,
                         "address": "Grimstjernvegen 40, 1814 Askim", "phone": "69 81 44 00",
                         "email": "post@grimstjern.no", "website": "www.grimstjern.no",
                         "owners": [{"name": "Askim kommune", "share_percent": 38},
                                    {"name": "Eidsberg kommune", "share_percent": 32},
                                    {"name": "Spydeberg kommune", "share_percent": 18},
                                    {"name": "Skiptvet kommune", "share_percent": 12}]},
        "ceo": "Kjetil Myhre",
        "board": [("Ragnar Fossum", "LEDE", False), ("Eli Kristin Bøhn", "NEST", False),
                  ("Jan Petter Ramstad", "MEDL", False), ("Siri Holter", "MEDL", False),
                  ("Geir Ove Lindstad", "MEDL", True), ("Wenche Skaug", "VARA", None),
                  ("Tore Myrvold", "VARA", None), ("Anita Hovde Berg", "VARA", None),
                  ("Knut Åge Elvestad", "VARA", None), ("Morten Kure", "VARA", None)],
        "not_board": ["Vidar Enger", "Hanne Marie Wold", "Olav Nygaard", "Tone Lise Ruud", "Marianne Bredesen",
                      "Kjell Rune Sæther", "Arild Lunde", "Camilla Westby", "Ellen Gunn Kjos", "Petter Hval",
                      "Heidi Tangen", "Roger Skaar", "Egil Nygård", "Trine Aasland"],
        "items": sheets,
        "renditions": ["design"],
        "notes": "IKS, bokmål, Askim (Østfold), A4, 6 sheets: tiles; the chair of a regional waste forum "
                 "quoted; the representantskap as a Kommune | Medlem | Varamedlem table ('(leder)', "
                 "'(nestleder)') on the same sheet as the board's Verv | Navn | Personlig varamedlem table; "
                 "'Tall i 1000 kr' statements with a Note column, each 5 mm from a prose column; facts in a "
                 "box at the end.",
    }


# ---------------------------------------------------------------- 5. Sagaparken Idrett KF, 2022

def sagaparken() -> dict:
    cols = [Col("Regnskap 2022", 2022, ACTUAL), Col("Budsjett 2022", 2022, BUDGET),
            Col("Regnskap 2021", 2021, ACTUAL)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 3,
        inc=[("Brukerinntekter og billettsalg", "", [12408330, 11900000, 8204115]),
             ("Leieinntekter", "", [6902118, 7100000, 5488902]),
             ("Driftstilskudd fra kommunen", "", [24600000, 24600000, 23900000]),
             ("Andre inntekter", "", [1118402, 800000, 2904330])],
        cost=[("Lønnskostnader", "", [22904118, 23400000, 21118604]),
              ("Energi", "", [8612440, 6200000, 4902117]),
              ("Vedlikehold og drift av anlegg", "", [7118330, 7500000, 6604210]),
              ("Avskrivninger", "", [3904000, 3900000, 3812000]),
              ("Andre driftskostnader", "", [2418606, 2500000, 2214330])],
        fin=[("Finansinntekter", "", [88402, 40000, 12118]),
             ("Finanskostnader", "", [-402118, -420000, -388402])]),
        label_header="Beløp i kroner")
    bcols = [Col("31.12.2022", 2022, ACTUAL), Col("31.12.2021", 2021, ACTUAL)]
    bal = Statement("Balanse", bcols, balance(
        "nb", 2,
        fixed=[("Bygninger og anlegg", "", [58402000, 61204000]),
               ("Utstyr og inventar", "", [2118440, 2402330])],
        current=[("Kundefordringer", "", [1904118, 1602440]),
                 ("Andre fordringer", "", [612330, 488210]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Innskutt egenkapital", "", [5000000, 5000000]),
                ("Annen egenkapital", "", [7247442, 7489802])],
        long=[("Lån fra kommunen", "", [48000000, 50000000])],
        short=[("Leverandørgjeld", "", [2904118, 2118604]),
               ("Skyldige offentlige avgifter", "", [1812440, 1702118]),
               ("Annen kortsiktig gjeld", "", [1418330, 1204660])]),
        label_header="Beløp i kroner")
    resultat, energi = fig(res, "Årsresultat"), fig(res, "Energi")
    energi_budsjett, inntekter = fig(res, "Energi", 1), fig(res, "Sum driftsinntekter")
    sheets = [
        {"cls": "cover", "blocks": [
            ("photo", 100, "Nytt kunstgress på hovedbanen i Sagaparken. Foto: Kristoffer Bjerke"),
            ("kicker", "Sagaparken Idrett KF"),
            ("h1", "Årsberetning 2022"),
            ("p", "Svømmehall, idrettshaller og baner for hele {g:Ringerike}", {"cls": "lead"}),
        ]},
        {"blocks": [
            ("kicker", "Om foretaket"),
            ("h1", "Et år med folk i anleggene igjen"),
            ("tiles", [("184 300", "besøk i svømmehallen"), ("9 620", "utleide timer i hallene"),
                       ("{p:41,2 %}", "egenfinansiering"), ("3", "anlegg")], {"cols": 4}),
            ("cols", 2, [
                ("p", "Sagaparken Idrett KF ble opprettet av kommunestyret i 2011 og eier og drifter "
                      "svømmehallen, to idrettshaller og friidrettsanlegget i Sagaparken på {g:Hønefoss}. "
                      "Foretaket er en del av {g:Ringerike kommune|Ringerike} og har eget styre."),
                ("p", "2022 ble det første året uten koronarestriksjoner siden 2019. Besøket i svømmehallen "
                      "økte med {p:38 %|Besøket i svømmehallen} fra 2021, og nesten alle treningstider i "
                      "hallene var leid ut til lag og foreninger i {g:Hønefoss}, {g:Tyristrand} og {g:Hole}."),
                ("p", f"De store prisøkningene på strøm preget økonomien. Energikostnadene ble kr {energi} mot "
                      f"et budsjett på kr {energi_budsjett}, og foretaket fikk et underskudd på kr {resultat}."),
                ("p", "Egenfinansieringsgraden viser brukerinntekter, leie og andre inntekter som andel av "
                      "samlede driftsinntekter."),
            ]),
            ("quote", "«Uten hallene i Sagaparken ville mange lag i distriktet ikke hatt noe sted å trene om "
                      "vinteren.»", "Ranveig Berntsen, leder i {g:Ringerike} idrettsråd"),
        ]},
        {"blocks": [
            ("kicker", "Styring og organisasjon"),
            ("h1", "Styret"),
            ("p", "Styret er oppnevnt av kommunestyret for perioden 2019–2023. Ansattes representant er valgt "
                  "av og blant de ansatte. Styret har hatt ni møter i 2022."),
            ("pairs", [("Bente Kristin Rustad", "styreleder"), ("Ole Petter Kolstad", "nestleder"),
                       ("Hanne Gulbrandsen", "medlem"), ("Vegard Skinnes", "medlem"),
                       ("Lise Merete Aasen", "ansattes representant"), ("Tore Rønning", "1. varamedlem"),
                       ("Ingeborg Haug", "2. varamedlem")], {"cls": "rolesright"}),
            ("p", "Kultursjef Anette Brenna har møtt i styret som kommunedirektørens representant, med "
                  "tale- og forslagsrett."),
            ("h2", "Administrasjon og ansatte"),
            ("p", "Daglig leder er Marius Lohne. Driftsleder er Kenneth Ås, og badeleder er Mona Hagen. "
                  "Foretaket hadde 34 faste ansatte, 29,8 årsverk, og i tillegg 41 timeansatte "
                  "livreddere og vakter."),
            ("p", "Sykefraværet var {p:7,4 %|Sykefraværet var}, noe høyere enn i 2021. Foretaket har som mål "
                  "å være en inkluderende arbeidsplass og har hatt to personer på arbeidstrening gjennom NAV."),
            ("h2", "Takk"),
            ("p", "Styret takker de frivillige i {g:Hønefoss} svømmeklubb, særlig Arne Wiger, som gjennom mange år har "
                  "ledet dugnadene i svømmehallen."),
        ]},
        {"blocks": [
            ("kicker", "Økonomi"),
            ("row", [(1, [
                ("h2", "Resultat"),
                ("p", f"Driftsinntektene ble kr {inntekter}, over budsjett som følge av høyere besøk og "
                      "billettsalg."),
                ("p", "Lønnskostnadene ble lavere enn budsjettert fordi to stillinger sto vakante deler av "
                      "året."),
                ("p", "Energikostnadene var den klart største avviksposten. Kommunestyret vedtok i desember "
                      "at underskuddet dekkes av foretakets disposisjonsfond."),
            ]), (2.9, [
                ("stmt", res, {"title": "Resultatregnskap 2022", "level": 2}),
            ])], {"gap": "4mm"}),
        ]},
        {"blocks": [
            ("kicker", "Økonomi"),
            ("row", [(2.1, [
                ("stmt", bal, {"title": "Balanse", "level": 2}),
            ]), (1, [
                ("h2", "Balansen"),
                ("p", "Anleggene står oppført med bokført verdi. Lånet fra kommunen ble nedbetalt med "
                      "kr 2 000 000 i 2022."),
                ("p", "Foretakets likviditet var tilfredsstillende ved årsskiftet."),
            ])], {"gap": "4mm"}),
            ("sign", "{g:Hønefoss}, 28. februar 2023",
             [("Bente Kristin Rustad", "styreleder"), ("Ole Petter Kolstad", "nestleder"),
              ("Hanne Gulbrandsen", "styremedlem"), ("Vegard Skinnes", "styremedlem"),
              ("Lise Merete Aasen", "styremedlem"), ("Marius Lohne", "daglig leder")]),
        ]},
    ]
    return {
        "name": "sagaparken-idrett-kf-2022",
        "year": 2022,
        "title": "Sagaparken Idrett KF – Årsberetning 2022",
        "accent": "1E5470", "shade": "E2EEF3",
        "footer": "Sagaparken Idrett KF · Sagaveien 21, 3513 {g:Hønefoss} · Tlf. 32 11 74 00 · "
                  "post@sagaparken.no · www.sagaparken.no · Org.nr. 996 301 482",
        "organization": {"name": "Sagaparken Idrett KF", "founded_year": 2011,
                         "address": "Sagaveien 21, 3513 Hønefoss", "phone": "32 11 74 00",
                         "email": "post@sagaparken.no", "website": "www.sagaparken.no"},
        "ceo": "Marius Lohne",
        "board": [("Bente Kristin Rustad", "LEDE", False), ("Ole Petter Kolstad", "NEST", False),
                  ("Hanne Gulbrandsen", "MEDL", False), ("Vegard Skinnes", "MEDL", False),
                  ("Lise Merete Aasen", "MEDL", True), ("Tore Rønning", "VARA", None),
                  ("Ingeborg Haug", "VARA", None)],
        "not_board": ["Kristoffer Bjerke", "Ranveig Berntsen", "Anette Brenna", "Kenneth Ås", "Mona Hagen",
                      "Arne Wiger"],
        "items": sheets,
        "renditions": ["design"],
        "notes": "Kommunalt foretak, bokmål, Ringerike (Viken), A4, 5 sheets: tiles; the leader of the "
                 "idrettsråd quoted; the board as a block of names with a block of role words to its right "
                 "(lower case, italic: 'ansattes representant', '1. varamedlem'); the kommunedirektør's "
                 "representative attends; statements without a Note column (Regnskap | Budsjett | Regnskap, "
                 "budget optional; the balance headed 31.12.2022 | 31.12.2021), each 4 mm from a prose "
                 "column; facts in a running footer.",
    }


# ---------------------------------------------------------------- 6. Stiftelsen Skarvhella Kystmuseum, 2013

def skarvhella() -> dict:
    cols = [Col("2013", 2013, ACTUAL), Col("2012", 2012, ACTUAL)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Offentlige tilskudd", "2", [3802400, 3604200]),
             ("Billettinntekter", "", [1018650, 884310]),
             ("Salg i museumsbutikken", "", [412118, 366940]),
             ("Gaver og sponsorinntekter", "3", [240000, 185000]),
             ("Andre inntekter", "", [88402, 64118])],
        cost=[("Varekjøp butikk", "", [198330, 176402]),
              ("Lønnskostnader", "4", [3402118, 3218660]),
              ("Avskrivninger", "5", [312440, 298100]),
              ("Drift av bygninger og samlinger", "", [988402, 902330]),
              ("Andre driftskostnader", "", [486118, 442905])],
        fin=[("Renteinntekter", "", [42118, 51204]),
             ("Rentekostnader", "", [-18402, -22118])]),
        note_col="Note", label_header="", render="tight")
    bal = Statement("Balanse pr. 31.12.2013", cols, balance(
        "nb", 2,
        fixed=[("Museumsbygninger", "5", [4102000, 4318000]),
               ("Båter, inventar og utstyr", "5", [618440, 702880])],
        current=[("Varelager butikk", "", [164330, 152118]),
                 ("Fordringer", "", [218440, 196330]),
                 ("Bankinnskudd", "6", "plug")],
        equity=[("Grunnkapital", "7", [200000, 200000]),
                ("Annen egenkapital", "7", [2604118, 2406240])],
        long=[("Pantelån", "", [1800000, 1950000])],
        short=[("Leverandørgjeld", "", [218402, 198330]),
               ("Skyldige offentlige avgifter", "", [302118, 288440]),
               ("Annen kortsiktig gjeld", "", [412330, 388118])]),
        note_col="Note", label_header="", render="tight")
    resultat, tilskudd = fig(res, "Årsresultat"), fig(res, "Offentlige tilskudd")
    sheets = [
        {"cls": "cover", "blocks": [
            ("photo", 105, "Fembøringen «Skarven» ved museumsbrygga. Foto: Marte Sollid"),
            ("kicker", "Stiftelsen Skarvhella Kystmuseum"),
            ("h1", "Årsmelding 2013"),
            ("p", "Kystkultur og fiskeværshistorie i {g:Stamsund}", {"cls": "lead"}),
        ]},
        {"blocks": [
            ("h1", "Styreleder har ordet"),
            ("row", [(1.4, [
                ("p", "Skarvhella fylte 26 år i 2013, og museet har aldri hatt flere besøkende. Sommerens "
                      "utstilling om kvinnene i fiskeværet trakk folk fra hele {g:Lofoten}, og skoletilbudet "
                      "nådde alle barneskolene i {g:Vestvågøy}.", {"cls": "lead"}),
                ("p", "Styret har i år brukt mye tid på vedlikeholdsplanen for de eldste sjøhusene. Med "
                      "tilskudd fra {g:Nordland fylkeskommune|Nordland} og Norsk Kulturråd kunne vi starte "
                      "arbeidet med nytt tak på trandamperiet i september."),
                ("p", f"Regnskapet viser et overskudd på kr {resultat}. Offentlige tilskudd utgjorde kr "
                      f"{tilskudd}, og de egne inntektene økte for tredje år på rad."),
                ("p", "En stor takk til ansatte, frivillige og alle som har gitt gaver til museet."),
                ("p", "Randi Krane", {"cls": "sig"}),
                ("p", "styreleder", {"cls": "muted"}),
            ]), (1, [
                ("tiles", [("14 350", "besøkende"), ("62", "arrangementer"), ("1 240", "nye registreringer"),
                           ("{p:23 %}", "flere besøkende enn i 2012")], {"cols": 1}),
            ])], {"gap": "9mm"}),
            ("quote", "«Museet er limet i bygda. Uten Skarvhella hadde mye av historien vår gått tapt.»",
             "Arvid Pettersen, leder i {g:Stamsund} historielag"),
        ]},
        {"side": "42mm", "blocks": [
            ("band", [("kicker", "Organisasjon")], [("h1", "Styre og ansatte")]),
            ("band", [], [("p", "Stiftelsens styre har fem medlemmer. Fire oppnevnes av vedtektsfestede "
                                "instanser, og ett velges av og blant de ansatte. Styret hadde seks møter "
                                "i 2013.")]),
            ("band", [("stack", ["Styreleder", "Nestleder", "Styremedlem", "Styremedlem", "Styremedlem",
                                 "Varamedlem", "Varamedlem"], {"cls": "role"})],
             [("stack", ["Randi Krane, oppnevnt av {g:Vestvågøy kommune|Vestvågøy}",
                         "Svein Roald Mikalsen, oppnevnt av {g:Nordland fylkeskommune|Nordland}",
                         "Torill Angell Eide, oppnevnt av {g:Stamsund} Vel",
                         "Kåre Johan Hagtun, oppnevnt av Kystlaget Skarven",
                         "Lene Marie Fygle, valgt av de ansatte",
                         "Ottar Hovden",
                         "Bodil Rasmussen"])]),
            ("band", [], [("h2", "Ansatte")]),
            ("band", [("stack", ["Daglig leder", "Konservator", "Museumspedagog", "Vaktmester"],
                       {"cls": "role"})],
             [("stack", ["Håvard Eliassen", "Silje Marie Nordvik", "Lene Marie Fygle", "Bjarne Olaisen"])]),
            ("band", [], [("p", "Museet hadde seks faste ansatte i 4,9 årsverk og 11 sesongansatte i "
                                "sommermånedene. Sykefraværet var {p:3,1 %|Sykefraværet var}.")]),
            ("band", [("p", "Revisor: Nordvest Revisjon AS ved Per Kristian Strand", {"cls": "small"})], [
                ("h2", "Styrets beretning"),
                ("p", "Stiftelsen har til formål å samle, bevare og formidle kystkultur og "
                      "fiskeværshistorie fra {g:Lofoten}. Museet er tilknyttet det regionale museumsnettverket "
                      "i {g:Nordland}."),
                ("p", "Styret mener årsregnskapet gir et rettvisende bilde av stiftelsens stilling, og at "
                      "forutsetningen om fortsatt drift er til stede. Årsresultatet overføres til annen "
                      "egenkapital."),
                ("p", "Styret takker Ellen og Jakob Hermansen for gaven av fembøringen «Skarven», og "
                      "rådgiver Anne Grete Solstad i fylkeskommunen for god veiledning i søknadsarbeidet."),
                ("sign", "{g:Stamsund}, 20. mars 2014",
                 [("Randi Krane", "styreleder"), ("Svein Roald Mikalsen", "nestleder"),
                  ("Torill Angell Eide", ""), ("Kåre Johan Hagtun", ""), ("Lene Marie Fygle", ""),
                  ("Håvard Eliassen", "daglig leder")]),
            ]),
        ]},
        {"blocks": [
            ("kicker", "Årsregnskap 2013"),
            ("stmt", res, {"title": "Resultatregnskap", "level": 2}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2013", "level": 2}),
        ]},
        {"blocks": [
            ("kicker", "Årsregnskap 2013"),
            ("h1", "Noter"),
            ("cols", 2, [
                ("h3", "Note 1 Regnskapsprinsipper"),
                ("p", "Regnskapet er satt opp etter regnskapsloven og god regnskapsskikk for ideelle "
                      "organisasjoner. Gjenstander i samlingen er ikke balanseført."),
                ("h3", "Note 2 Offentlige tilskudd"),
                ("table", [["", "2013", "2012"],
                           ["Kulturdepartementet", "2 410 000", "2 318 000"],
                           ["{g:Nordland fylkeskommune|Nordland}", "804 400", "776 200"],
                           ["{g:Vestvågøy kommune|Vestvågøy}", "588 000", "510 000"],
                           ["Sum", "3 802 400", "3 604 200"]], {"cls": "tight"}),
                ("h3", "Note 3 Gaver"),
                ("p", "Gaver og sponsorinntekter omfatter blant annet bidrag fra Sparebank 1 Nord-Norge."),
                ("h3", "Note 4 Lønnskostnader"),
                ("p", "Lønn til daglig leder var kr 512 300. Styret har ikke mottatt honorar. Honorar til "
                      "revisor var kr 34 500."),
                ("h3", "Note 5 Varige driftsmidler"),
                ("table", [["", "Bygninger", "Båter og utstyr"],
                           ["Bokført 1.1.", "4 318 000", "702 880"],
                           ["Tilgang", "0", "12 000"],
                           ["Avskrivninger", "216 000", "96 440"],
                           ["Bokført 31.12.", "4 102 000", "618 440"]], {"cls": "tight"}),
                ("h3", "Note 6 Bankinnskudd"),
                ("p", "Bundne skattetrekksmidler utgjør kr 98 210."),
                ("h3", "Note 7 Egenkapital"),
                ("p", "Grunnkapitalen ble innbetalt ved opprettelsen av stiftelsen i 1987."),
            ]),
            ("space", 10),
            ("box", [
                ("h3", "Kontakt"),
                ("p", "Stiftelsen Skarvhella Kystmuseum · Skarvhellvegen 3, 8340 {g:Stamsund} · "
                      "Telefon 76 08 93 10 · post@skarvhella.no · www.skarvhella.no · Org.nr. 984 220 761",
                 {"cls": "small"}),
                ("p", "Åpent daglig 15. juni–20. august og ellers etter avtale. Foto: Marte Sollid. "
                      "Opplag 400.", {"cls": "small"}),
            ], {"cls": "line"}),
        ]},
    ]
    return {
        "name": "skarvhella-kystmuseum-2013",
        "year": 2013,
        "title": "Stiftelsen Skarvhella Kystmuseum – Årsmelding 2013",
        "accent": "5B2C4E", "shade": "F1E8EF", "side": "5B2C4E",
        "organization": {"name": "Stiftelsen Skarvhella Kystmuseum", "founded_year": 1987,
                         "address": "Skarvhellvegen 3, 8340 Stamsund", "phone": "76 08 93 10",
                         "email": "post@skarvhella.no", "website": "www.skarvhella.no"},
        "ceo": "Håvard Eliassen",
        "board": [("Randi Krane", "LEDE", False), ("Svein Roald Mikalsen", "NEST", False),
                  ("Torill Angell Eide", "MEDL", False), ("Kåre Johan Hagtun", "MEDL", False),
                  ("Lene Marie Fygle", "MEDL", True), ("Ottar Hovden", "VARA", None),
                  ("Bodil Rasmussen", "VARA", None)],
        "not_board": ["Marte Sollid", "Arvid Pettersen", "Silje Marie Nordvik", "Bjarne Olaisen",
                      "Per Kristian Strand", "Ellen og Jakob Hermansen", "Anne Grete Solstad"],
        "items": sheets,
        "renditions": ["design"],
        "notes": "Museum stiftelse, bokmål, Vestvågøy (Nordland), A4, 5 sheets: 'Styreleder har ordet' signed "
                 "beside a single column of tiles; the leader of the local historielag quoted; board and "
                 "staff on a sheet with a 42 mm sidebar, role words in the sidebar level with 'Name, "
                 "oppnevnt av …' lines (the employees' member is also the museumspedagog); statements "
                 "with a Note column and an empty label header, both on one sheet; notes; facts in a "
                 "contact box at the end.",
    }


REPORTS = [grimstjern, sagaparken, skarvhella]
