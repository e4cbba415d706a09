"""The set's nynorsk frivilligsentral (Word, 2017) and its two designer reports: a nynorsk
kommunalt foretak (2022) and a borettslag (2024), laid out by ``h77_pages``. Organisations, people
and figures are invented; places are real and valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income


def sandalstrand_frivilligsentral() -> dict:
    cols = [Col("Rekneskap 2017", 2017), Col("Budsjett 2017", 2017, BUDGET), Col("Rekneskap 2016", 2016)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 3,
        [("Statstilskot", "", [370_000, 370_000, 360_000]),
         ("Tilskot frå Gloppen kommune", "", [300_000, 300_000, 300_000]),
         ("Andre tilskot og gåver", "", [61_500, 50_000, 48_200]),
         ("Eigeninntekter, kafé og utleige", "", [58_120, 55_000, 51_750])],
        [("Løn og sosiale kostnader", "", [612_340, 615_000, 598_100]),
         ("Husleige", "", [72_000, 72_000, 72_000]),
         ("Aktivitetar og arrangement", "", [48_915, 45_000, 42_310]),
         ("Kontor, telefon og IKT", "", [31_770, 30_000, 29_880]),
         ("Reise og kurs", "", [12_460, 12_000, 10_990])],
        [("Renteinntekter", "", [1_204, 1_000, 1_530])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter", "fin": "Finanspostar",
                "net_fin": None}),
        label_header="", render="tabs")
    return {
        "name": "sandalstrand-frivilligsentral-2017",
        "year": 2017,
        "lang": "nn",
        "title": "Sandalstrand frivilligsentral – årsmelding 2017",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "7A3B12",
        "header": "Sandalstrand frivilligsentral · Årsmelding 2017",
        "organization": {"name": "Sandalstrand frivilligsentral", "founded_year": 2004,
                         "address": "Gamlevegen 6, 6823 Sandane", "phone": "57 86 44 10",
                         "email": "post@sandalstrand-frivilligsentral.no"},
        "ceo": "Ingebjørg Solheim Myklebust",
        "board": [("Kjellrun Nygård Hope", "LEDE", None), ("Audun Bergset", "NEST", None),
                  ("Solfrid Tenden", "MEDL", None), ("Yusuf Abdi Warsame", "MEDL", None),
                  ("Eli Sørheim", "VARA", None), ("Harald Rygg", "VARA", None),
                  ("Margun Eimhjellen", "VARA", None), ("Leyla Hassan", "VARA", None),
                  ("Brit Helen Bakke", "OBS", None)],
        "not_board": ["Trond Lothe", "Kari Fure Hauge", "Olav Solheim", "Berit Hjelle", "Ivar Straume",
                      "Jofrid Kandal"],
        "items": [
            ("h", 1, "Årsmelding 2017"),
            ("p", "Sandalstrand frivilligsentral vart skipa i 2004 og er ein open møtestad for frivillig "
                  "innsats i heile {g:Gloppen}. Sentralen er organisert som ein foreining med lag og "
                  "organisasjonar som medlemer, og held til i Gamlevegen 6 på {g:Sandane}."),
            ("p", "Gamlevegen 6, 6823 Sandane · tlf. 57 86 44 10 · post@sandalstrand-frivilligsentral.no",
             {"size": 8.5}),
            ("h", 2, "Styret"),
            ("p", "Årsmøtet 14. mars 2017 valde dette styret. Kvart medlem har personleg varamedlem:"),
            ("table", [["Verv", "Namn", "Representerer", "Personleg vara"],
                       ["Styreleiar", "Kjellrun Nygård Hope", "Sanitetslaget", "Eli Sørheim"],
                       ["Nestleiar", "Audun Bergset", "Pensjonistlaget", "Harald Rygg"],
                       ["Styremedlem", "Solfrid Tenden", "{g:Hyen} ungdomslag", "Margun Eimhjellen"],
                       ["Styremedlem", "Yusuf Abdi Warsame", "Innvandrarforeininga", "Leyla Hassan"]],
             {"ruled": True, "widths": [3.0, 4.6, 4.2, 4.4], "size": 9, "shade_header": "F2E6DA"}),
            ("p", "Brit Helen Bakke møter for Gloppen kommune som observatør med tale- og forslagsrett. "
                  "Dagleg leiar Ingebjørg Solheim Myklebust er sekretær for styret. Valnemnda har vore "
                  "Olav Solheim og Berit Hjelle."),
            ("p", "Styret har hatt 7 møte og handsama 41 saker."),
            ("h", 2, "Tilsette"),
            ("p", "Dagleg leiar Ingebjørg Solheim Myklebust er tilsett i full stilling. Frå august har "
                  "Trond Lothe vore frivilligkoordinator i {p:50 %|frivilligkoordinator} stilling, "
                  "finansiert med gåvemidlar."),
            ("h", 2, "Aktivitetar"),
            ("li", "Følgjeteneste til lege og sjukehus i {g:Nordfjordeid} og {g:Førde}: 212 turar"),
            ("li", "Språkkafé kvar tysdag, i snitt 14 deltakarar"),
            ("li", "Handlehjelp og småjobbar for eldre i {g:Breim} og {g:Hyen}"),
            ("li", "Sommarope kulturhus for born saman med biblioteket"),
            ("p", "Talet på registrerte frivillige auka frå 118 til 132, ein auke på "
                  "{p:12 prosent|Talet på registrerte frivillige}. Vi takkar alle dei frivillige, og "
                  "særleg Jofrid Kandal, som har stelt kafeen i ti år. Takk også til Gloppen Raude Kross "
                  "ved leiar Ivar Straume for godt samarbeid om besøksteneste."),
            ("h", 2, "Økonomi"),
            ("p", "Gloppen kommune dekte {p:38 %|Gloppen kommune dekte} av inntektene, staten om lag like "
                  "mykje. Rekneskapen er revidert av registrert revisor Kari Fure Hauge."),
            ("stmt", res, {"title": "Resultatrekneskap 2017"}),
            ("p", "Overskotet er overført til eigenkapitalen, som ved årsskiftet var kr 96 410."),
            ("sign", "{g:Sandane}, 8. februar 2018",
             [("Kjellrun Nygård Hope", "styreleiar"), ("Audun Bergset", "nestleiar"),
              ("Solfrid Tenden", ""), ("Yusuf Abdi Warsame", "")], {"cols": 4}),
            ("p", "Region: {g:Sogn og Fjordane} · Samarbeid med frivilligsentralane i {g:Stryn} og "
                  "{g:Eid}", {"size": 8}),
        ],
        "not_places": ["Gamlevegen 6, 6823 Sandane", "Gloppen Raude Kross", "Gloppen kommune"],
        "renditions": ["docx", "pdf"],
        "notes": "Nynorsk frivilligsentral: board as a Verv | Namn | Representerer | Personleg vara "
                 "table (the personal deputies in the member's row are VARA), the kommune's "
                 "observatør in prose (OBS), dagleg leiar as sekretær for styret (ceo, not board), a "
                 "frivilligkoordinator, valnemnd, revisor, a volunteer and another organisation's leader "
                 "thanked; statement with a budget column laid out with tab stops.",
    }


def oyrane_eigedom_kf() -> dict:
    cols = [Col("2022", 2022), Col("2021", 2021)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 2,
        [("Leigeinntekter", "2", [38_412, 35_907]),
         ("Andre driftsinntekter", "", [1_286, 944])],
        [("Lønskostnader", "3", [6_940, 6_512]),
         ("Avskrivingar", "4", [9_815, 9_402]),
         ("Vedlikehald", "", [7_228, 6_640]),
         ("Andre driftskostnader", "", [8_107, 7_563])],
        [("Finansinntekter", "", [214, 88]),
         ("Finanskostnader", "", [-4_906, -3_511])],
        labels={"net_fin": "Netto finanspostar"}),
        unit=1000, note_col="Note", label_header="Heile tusen kroner")
    bal = Statement("Balanse", cols, balance(
        "nn", 2,
        [("Bygningar og tomter", "4", [214_600, 211_830])],
        [("Kundefordringar", "", [2_318, 1_977]),
         ("Bankinnskot", "", "plug")],
        [("Innskoten eigenkapital", "", [40_000, 40_000]),
         ("Opptent eigenkapital", "", [15_826, 12_910])],
        [("Lån frå Sunnfjord kommune", "5", [158_400, 162_700])],
        [("Leverandørgjeld", "", [3_612, 2_950]),
         ("Anna kortsiktig gjeld", "", [4_285, 3_874])]),
        unit=1000, note_col="Note", label_header="Heile tusen kroner")
    seats = [("Helge Sunde Vårdal", "Styreleiar", "Aslaug Myklebust Kvame"),
             ("Ranveig Osland", "Nestleiar", "Bjarte Hestad"),
             ("Tor Inge Brekke Lunde", "Styremedlem", "Kari Nesset"),
             ("Mona Helgheim", "Styremedlem", "Odd Sindre Fure"),
             ("Lars Petter Viken", "Styremedlem, vald av og blant dei tilsette", "Siv Anita Bruland")]
    return {
        "name": "oyrane-eigedom-kf-2022",
        "year": 2022,
        "lang": "nn",
        "title": "Øyrane Eigedom KF – årsmelding 2022",
        "design": {"accent": "#1f4e79", "tint": "#e6eef6", "side_rail": True},
        "footer": "Øyrane Eigedom KF · Hafstadvegen 24, 6800 Førde · 57 72 40 00 · www.oyrane-eigedom.no",
        "places_optional": ["Øyrane"],  # an area of Førde, "lagerhallen på Øyrane" (added after scoring)
        "organization": {"name": "Øyrane Eigedom KF", "founded_year": 2020,
                         "address": "Hafstadvegen 24, 6800 Førde", "phone": "57 72 40 00",
                         "email": "post@oyrane-eigedom.no", "website": "www.oyrane-eigedom.no",
                         "owners": [{"name": "Sunnfjord kommune", "share_percent": 100}]},
        "ceo": "Vegard Bruland Hovlid",
        "board": [("Helge Sunde Vårdal", "LEDE", False), ("Ranveig Osland", "NEST", False),
                  ("Tor Inge Brekke Lunde", "MEDL", False), ("Mona Helgheim", "MEDL", False),
                  ("Lars Petter Viken", "MEDL", True), ("Aslaug Myklebust Kvame", "VARA", None),
                  ("Bjarte Hestad", "VARA", None), ("Kari Nesset", "VARA", None),
                  ("Odd Sindre Fure", "VARA", None), ("Siv Anita Bruland", "VARA", None)],
        "not_board": ["Sigve Lunde Hauge", "Eli Reiakvam Sande", "Gunnhild Yri", "Arild Kvammen"],
        "items": [
            ("cover", "Årsmelding 2022", "Øyrane Eigedom KF – kommunalt føretak i Sunnfjord kommune"),
            ("grid", [
                ("h", "Dagleg leiar har ordet"),
                ("p", "2022 var det tredje driftsåret for føretaket etter at kommunane {g:Førde}, "
                      "{g:Jølster}, {g:Naustdal} og {g:Gaular} vart til {g:Sunnfjord} kommune. Vi har teke "
                      "over næringsbygga på {g:Skei} og {g:Vassenden} og ferdigstilt lagerhallen på Øyrane."),
                ("p", "Utleigegraden enda på {p:94,6 %|Utleigegraden} ved årsskiftet, mot "
                      "{p:91,2 %|året før} året før. Sjukefråværet var {p:3,2 %|Sjukefråværet}."),
                ("p", "Vegard Bruland Hovlid, dagleg leiar"),
            ], [
                ("facts", "Føretaket", [("Eigar", "Sunnfjord kommune, {p:100 %|Sunnfjord kommune}"),
                                        ("Oppretta", "1. januar 2020"),
                                        ("Adresse", "Hafstadvegen 24, 6800 Førde"),
                                        ("Telefon", "57 72 40 00"),
                                        ("E-post", "post@oyrane-eigedom.no"),
                                        ("Tilsette", "9 årsverk")]),
                ("tiles", [("{p?:94,6 %}", "av arealet utleigd"), ("38,4", "mill. kr i leigeinntekter")]),
            ], {"left": 60}),
            ("h", "Styret"),
            ("p", "Styret er vald av kommunestyret i Sunnfjord for perioden 2020–2023 (sak 45/19). Kvart "
                  "styremedlem har personleg varamedlem. Tilsetterepresentanten er vald av dei tilsette. "
                  "Styret har hatt 8 møte og handsama 52 saker."),
            ("seats", "Styret i 2022", seats, {"deputy_word": "Personleg vara"}),
            ("p", "Ordførar Sigve Lunde Hauge og kommunedirektør Eli Reiakvam Sande har møtt i "
                  "eigarmøte med styret to gonger. Styret har {p:40 %|Styret har} kvinner."),
            ("h", "Verksemda"),
            ("flow", [
                ("p", "Føretaket eig og forvaltar 31 næringsbygg med til saman 46 800 kvadratmeter, "
                      "dei fleste i {g:Førde}. Driftsleiar Arild Kvammen har leia vedlikehaldet, som i år "
                      "mest gjaldt tak og ventilasjon."),
                ("p", "Det er ikkje registrert skadar på tilsette. Føretaket har ikkje utslepp som "
                      "skader det ytre miljøet utover det som er vanleg for bygg i {g:Vestland}."),
                ("p", "Rekneskapen er revidert av Fjordrevisjon IKS ved oppdragsansvarleg revisor "
                      "Gunnhild Yri. Årsresultatet blir overført til opptent eigenkapital."),
            ]),
            ("pagebreak",),
            ("h", "Rekneskap"),
            ("stmt", res, "Resultatrekneskap 2022"),
            ("stmt", bal, "Balanse per 31.12.2022"),
            ("sign", "{g:Førde}, 2. mars 2023",
             [("Helge Sunde Vårdal", "styreleiar"), ("Ranveig Osland", "nestleiar"),
              ("Tor Inge Brekke Lunde", ""), ("Mona Helgheim", ""), ("Lars Petter Viken", ""),
              ("Vegard Bruland Hovlid", "dagleg leiar")]),
        ],
        "not_places": ["Hafstadvegen 24, 6800 Førde", "Sunnfjord kommune", "kommunestyret i Sunnfjord"],
        "renditions": ["design"],
        "notes": "Designer PDF (own HTML): a nynorsk KF owned by the merged Sunnfjord kommune; board as "
                 "seat cards, each with 'Personleg vara: NAME' under the member (VARA) and the employees' "
                 "member marked on her role line; the owner share only in a facts box; dagleg leiar's "
                 "letter beside the facts; ordførar, kommunedirektør, driftsleiar and revisor not board; "
                 "statements in thousands with a Note column.",
    }


def lonnebakken_brl() -> dict:
    cols = [Col("Regnskap 2024", 2024), Col("Regnskap 2023", 2023), Col("Budsjett 2024", 2024, BUDGET),
            Col("Budsjett 2025", 2025, BUDGET)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 4,
        [("Innkrevde felleskostnader", "2", [4_862_400, 4_652_880, 4_862_400, 5_081_200]),
         ("Andre driftsinntekter", "", [64_300, 58_950, 60_000, 62_000])],
        [("Godtgjørelse til styret", "", [120_000, 110_000, 120_000, 125_000]),
         ("Forretningsførerhonorar", "", [186_750, 179_560, 187_000, 195_000]),
         ("Revisjonshonorar", "", [21_375, 20_500, 22_000, 23_000]),
         ("Drift og vedlikehold", "3", [1_148_220, 988_410, 1_050_000, 1_200_000]),
         ("Kommunale avgifter", "", [1_012_640, 951_300, 1_015_000, 1_060_000]),
         ("Forsikringer", "", [284_900, 261_450, 285_000, 310_000]),
         ("Energi og fyring", "", [402_118, 455_760, 420_000, 410_000]),
         ("Andre driftskostnader", "", [197_833, 184_960, 190_000, 200_000])],
        [("Renteinntekter", "", [41_255, 23_804, 30_000, 35_000]),
         ("Rentekostnader pantelån", "4", [-1_311_460, -1_142_885, -1_330_000, -1_290_000])]),
        note_col="Note", label_header="")
    bal = Statement("Balanse", [Col("2024", 2024), Col("2023", 2023)], balance(
        "nb", 2,
        [("Bygninger og tomt", "5", [27_500_000, 27_500_000])],
        [("Kortsiktige fordringer", "", [96_410, 112_377]),
         ("Driftskonto og sparekonto", "", "plug")],
        [("Innskutt egenkapital", "", [1_800_000, 1_800_000]),
         ("Opptjent egenkapital", "", [2_104_918, 1_822_259])],
        [("Pantelån Vestbanken", "4", [24_310_000, 24_980_000])],
        [("Leverandørgjeld", "", [211_540, 187_310]),
         ("Forskuddsbetalte felleskostnader", "", [408_560, 389_470])]),
        note_col="Note", label_header="")
    return {
        "name": "lonnebakken-brl-2024",
        "year": 2024,
        "title": "Lønnebakken Borettslag – årsberetning og regnskap 2024",
        "design": {"accent": "#6b3f7a", "tint": "#f1eaf4", "font": "'DejaVu Serif', serif"},
        "footer": "Lønnebakken Borettslag · Lønnebakken 40, 5145 Fyllingsdalen · styret@lonnebakken-brl.no",
        "organization": {"name": "Lønnebakken Borettslag", "founded_year": 1971,
                         "address": "Lønnebakken 40, 5145 Fyllingsdalen", "email": "styret@lonnebakken-brl.no"},
        "ceo": None,
        "board": [("Kenneth Hopland Aarvik", "LEDE", None), ("Jorunn Mjanger", "NEST", None),
                  ("Pål Eirik Træland", "MEDL", None), ("Amira Haddad", "MEDL", None),
                  ("Sigrid Nesheim Lavik", "MEDL", None), ("Øystein Hjartåker", "VARA", None),
                  ("Nina Fjeldstad Rong", "VARA", None)],
        "not_board": ["Bente Herdla", "Rune Sørbø", "Eirik Tysse Mo", "Stein Ove Haukås", "Linda Kvinge",
                      "Tore Hamre"],
        "items": [
            ("cover", "Innkalling til generalforsamling", "Årsberetning og regnskap for 2024 · Lønnebakken Borettslag"),
            ("p", "Ordinær generalforsamling holdes onsdag 23. april 2025 kl. 18.30 i fellesrommet i "
                  "blokk C. Alle andelseiere har møte-, tale- og stemmerett, én stemme per andel."),
            ("li", ["Konstituering", "Årsberetning og regnskap for 2024", "Godtgjørelse til styret",
                    "Forslag om el-billading i garasjeanlegget", "Valg"]),
            ("h", "Årsberetning 2024"),
            ("grid", [
                ("h3", "Om borettslaget"),
                ("p", "Lønnebakken Borettslag ble stiftet i 1971 og har 126 andelsleiligheter i fire "
                      "blokker i {g:Fyllingsdalen} i {g:Bergen}. Borettslaget er tilknyttet Vestbo BBL, "
                      "og Vestbo Eiendomsforvaltning AS er forretningsfører med Eirik Tysse Mo som "
                      "kontaktperson."),
                ("h3", "Styrets arbeid"),
                ("p", "Styret har hatt 10 styremøter. Balkongprosjektet i blokk A og B ble fullført i "
                      "september. Vaktmester Stein Ove Haukås har stått for den daglige driften, og styret "
                      "takker ham for innsatsen. Vårdugnaden samlet beboere fra "
                      "{p:62 %|beboere fra} av leilighetene."),
            ], [
                ("facts", "Tillitsvalgte", [("Styreleder", "Kenneth Hopland Aarvik, C-21"),
                                            ("Nestleder", "Jorunn Mjanger, A-04"),
                                            ("Styremedlem", "Pål Eirik Træland, B-12"),
                                            ("Styremedlem", "Amira Haddad, D-33"),
                                            ("Styremedlem", "Sigrid Nesheim Lavik, A-17"),
                                            ("Varamedlemmer", "Øystein Hjartåker og Nina Fjeldstad Rong"),
                                            ("Valgkomité", "Bente Herdla og Rune Sørbø")]),
                ("small", "Revisor: Revisjonspartner Vest AS ved Linda Kvinge"),
            ], {"left": 62}),
            ("h3", "Økonomi"),
            ("p", "Felleskostnadene ble økt med {p:4,5 %|Felleskostnadene ble økt med} fra 1. januar 2024. "
                  "Lånet i Vestbanken har flytende rente, som ved årsskiftet var "
                  "{p:5,35 %|flytende rente}. Renter og avdrag utgjør nå "
                  "{p:31 %|Renter og avdrag utgjør nå} av felleskostnadene."),
            ("p", "Styret foreslår at felleskostnadene økes med {p:4,5 %|Styret foreslår} også fra 1. januar "
                  "2025. Leder i {g:Vestland} Boligbyggelags beboerforum, Tore Hamre, har orientert styret "
                  "om nye regler for el-billading."),
            ("pagebreak",),
            ("stmt", res, "Resultatregnskap"),
            ("stmt", bal, "Balanse per 31.12.2024"),
            ("sign", "{g:Bergen}, 18. mars 2025",
             [("Kenneth Hopland Aarvik", "styreleder"), ("Jorunn Mjanger", "nestleder"),
              ("Pål Eirik Træland", "styremedlem"), ("Amira Haddad", "styremedlem"),
              ("Sigrid Nesheim Lavik", "styremedlem")]),
        ],
        "not_places": ["Lønnebakken 40, 5145 Fyllingsdalen"],
        "renditions": ["design"],
        "notes": "Designer PDF (own HTML): a borettslag's generalforsamling booklet; the board only in a "
                 "'Tillitsvalgte' facts box beside the text, as 'Role | Name, flat number' lines, the "
                 "varamedlemmer on one line joined by 'og', the valgkomité on the next line of the same "
                 "box (not board); forretningsfører's contact, vaktmester, revisor and another body's "
                 "leader are not board; statements with a Note column and two budget columns.",
    }


REPORTS = [sandalstrand_frivilligsentral, oyrane_eigedom_kf, lonnebakken_brl]
