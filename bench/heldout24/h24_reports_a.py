"""Twenty-fourth held-out set, part A: a long 2017 vekstbedrift report with a chapter per NAV program,
a 2001 attføringsbedrift (AMB, ASVO, Aetat) as a Word 97 file, and a 2022 konsern brochure printed by
Chromium. Organisations, people and figures are invented; places are real and valid in the year."""
from __future__ import annotations

from heldout_finance import ACTUAL, OTHER, Col, Statement, balance, income
from h3_render import Kroner


def storsjoen_2017() -> dict:
    cols = [Col("2017", 2017), Col("2016", 2016)]
    res = Statement("Resultatregnskap 2017", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [8_412_330, 7_905_112]),
             ("Tiltakstilskudd fra NAV", "2", [11_204_600, 10_866_420]),
             ("Kommunalt driftstilskudd", "2", [1_310_000, 1_240_000]),
             ("Andre driftsinntekter", "", [184_215, 96_870])],
        cost=[("Varekostnad", "", [3_118_904, 2_967_455]),
              ("Lønn til deltakere", "3", [2_904_118, 2_811_306]),
              ("Lønn og sosiale kostnader ansatte", "3", [11_046_207, 10_622_931]),
              ("Avskrivninger", "4", [612_400, 598_750]),
              ("Andre driftskostnader", "", [2_867_090, 2_703_118])],
        fin=[("Finansinntekter", "", [48_211, 52_904]), ("Finanskostnader", "", [-141_806, -156_320])]),
        note_col="Note", label_header="Beløp i kroner", render="ruled")
    bal = Statement("Balanse pr. 31.12.2017", cols, balance(
        "nb", 2,
        fixed=[("Bygninger og tomt", "4", [6_804_000, 7_102_000]),
               ("Maskiner, inventar og biler", "4", [1_217_600, 1_391_200])],
        current=[("Varelager", "", [688_410, 702_115]), ("Kundefordringer", "", [1_106_233, 942_870]),
                 ("Andre fordringer", "", [214_090, 187_300]), ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital (1 000 aksjer à kr 1 000)", "6", [1_000_000, 1_000_000]),
                ("Annen egenkapital", "6", [9_324_877, 8_856_046])],
        long=[("Pantelån", "7", [2_940_000, 3_220_000])],
        short=[("Leverandørgjeld", "", [812_334, 774_905]), ("Skyldige offentlige avgifter", "", [1_388_720, 1_302_116]),
               ("Annen kortsiktig gjeld", "", [1_611_506, 1_498_003])]),
        note_col="Note", label_header="Beløp i kroner", render="ruled")
    board = [("Ragnhild Sætre Bjørnstad", "LEDE", False), ("Olav Kristian Hagen", "NEST", False),
             ("Marit Elvestad", "MEDL", False), ("Jostein Nyhus", "MEDL", False),
             ("Line Kristiansen Vold", "MEDL", True),
             ("Pål Arne Tollefsen", "VARA", None), ("Hilde Brenna", "VARA", None)]
    toc = [("Daglig leders innledning", 3), ("Om bedriften", 4), ("Tiltaksplasser og deltakere", 5),
           ("Varig tilrettelagt arbeid (VTA)", 6), ("Arbeidsforberedende trening (AFT)", 7),
           ("VTA i ordinær virksomhet (VTO)", 8), ("Oppfølging og avklaring", 8), ("Lærekandidater", 9),
           ("Styret og administrasjonen", 10), ("Styrets årsberetning", 11), ("Årsregnskap med noter", 12),
           ("Revisors beretning", 14)]
    items = [
        ("p", "Årsrapport 2017", {"bold": True, "size": 26}),
        ("p", "Storsjøen Vekst AS", {"size": 16}),
        ("p", "Arbeid og kvalifisering i {g:Åmot} og {g:Stor-Elvdal}", {"italic": True}),
        ("pagebreak",),
        ("toc", toc),
        ("pagebreak",),
        ("h", 1, "Daglig leders innledning"),
        ("p", "2017 ble et år med mange deltakere og god aktivitet i alle avdelinger. Vi hadde flere "
              "deltakere gjennom året enn noen gang, og vi fikk flere ut i jobb enn vi hadde satt oss som mål. "
              "Det skyldes først og fremst dyktige ansatte og et godt samarbeid med NAV-kontorene i {g:Åmot} "
              "og {g:Stor-Elvdal}."),
        ("p", "Vedproduksjonen og kantinedriften på {g:Rena} har gått godt. Vaskeriet fikk i høst en ny "
              "avtale med Forsvaret om vask av sengetøy, som gir varige og meningsfulle arbeidsoppgaver for "
              "deltakerne i VTA."),
        ("p", "Jeg vil takke NAVs markedskontakt Kjell Tore Moum for et tett og konstruktivt samarbeid om "
              "AFT-deltakerne, og Einar Flaten i næringsforeningen for hjelpen med å finne praksisplasser hos "
              "lokale bedrifter. En stor takk også til Terje Ødegård, som gikk ut av styret i år etter åtte "
              "år som styreleder."),
        ("p", "Anne Grethe Moen", {"bold": True}),
        ("p", "daglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om bedriften"),
        ("p", "Storsjøen Vekst AS ble stiftet i 1988 og er en arbeids- og inkluderingsbedrift godkjent som "
              "tiltaksarrangør for NAV. Bedriften eies av to kommuner og har sine lokaler i Industrivegen 14 "
              "på {g:Rena}, med en avdeling for vedproduksjon på {g:Koppang}."),
        ("p", "Formålet er å gi personer med nedsatt arbeidsevne arbeid, arbeidstrening og kvalifisering, med "
              "sikte på varig arbeid i ordinært arbeidsliv der det er mulig. Overskudd skal ikke deles ut, men "
              "brukes til å utvikle tilbudet."),
        ("table", [["Eier", "Aksjer", "Eierandel"],
                   ["{g:Åmot kommune|Åmot}", "700", "{p:70 %}"],
                   ["{g:Stor-Elvdal kommune|Stor-Elvdal}", "300", "{p:30 %}"]], {"ruled": True, "size": 9}),
        ("bh", "Kontaktinformasjon"),
        ("p", "Industrivegen 14, 2450 {g:Rena} · Telefon 62 44 18 00 · post@storsjoen-vekst.no · "
              "www.storsjoen-vekst.no"),
        ("pagebreak",),
        ("h", 1, "Tiltaksplasser og deltakere"),
        ("p", "Tabellen viser godkjente plasser per 31.12.2017, gjennomsnittlig antall årsverk deltakere "
              "gjennom året og hvor mange personer som har vært deltakere i løpet av året."),
        ("table", [["Tiltak", "Godkjente plasser", "Årsverk deltakere", "Deltakere i løpet av året"],
                   ["Varig tilrettelagt arbeid (VTA)", "28", "27,6", "33"],
                   ["Arbeidsforberedende trening (AFT)", "22", "21,4", "61"],
                   ["VTA i ordinær virksomhet (VTO)", "6", "5,5", "7"],
                   ["Oppfølging", "–", "–", "38"],
                   ["Avklaring", "–", "–", "19"],
                   ["Sum", "56", "54,5", "158"]], {"ruled": True, "size": 9, "shade_header": "DDE6EE"}),
        ("p", "Oppfølging og avklaring kjøpes av NAV per deltaker og har ikke faste plasser.", {"italic": True, "size": 8.5}),
        ("pagebreak",),
        ("h", 1, "Varig tilrettelagt arbeid (VTA)"),
        ("p", "VTA er et tilbud til personer som har eller forventer å få uføretrygd, og som har behov for "
              "spesiell tilrettelegging og oppfølging. Deltakerne er ansatt hos oss og får lønn etter egen "
              "lønnsavtale."),
        ("p", "Deltakerne har i 2017 arbeidet i vaskeriet, i kantina, med ved og med monteringsoppdrag. "
              "Tre deltakere gikk av med pensjon, og tre nye kom inn. Ventelisten hos NAV har vært stabil."),
        ("bh", "Hva deltakerne sier"),
        ("p", "I brukerundersøkelsen svarte {p:91 %|trives godt på jobben} at de trives godt på jobben, "
              "og {p:84 %|får brukt evnene sine} at de får brukt evnene sine.", {}),
        ("pagebreak",),
        ("h", 1, "Arbeidsforberedende trening (AFT)"),
        ("p", "AFT skal prøve ut og styrke deltakerens muligheter for arbeid gjennom kartlegging, opplæring og "
              "arbeidstrening i bedriften og hos andre arbeidsgivere. Tiltaket varer inntil ett år, med mulighet "
              "for forlengelse."),
        ("p", "Av de 44 deltakerne som avsluttet AFT i 2017, gikk 17 til arbeid eller utdanning. Det gir en "
              "overgang til arbeid eller utdanning på {p:38,6 %|overgang til arbeid eller utdanning}, mot et mål "
              "fra NAV på {p:35 %|mål fra NAV}."),
        ("table", [["Avgang fra AFT 2017", "Antall", "Andel"],
                   ["Arbeid", "13", "{p:29,5 %}"],
                   ["Utdanning", "4", "{p:9,1 %}"],
                   ["Annet tiltak i NAV", "9", "{p:20,5 %}"],
                   ["Sykmeldt eller uføretrygd", "7", "{p:15,9 %}"],
                   ["Annet eller ukjent", "11", "{p:25,0 %}"],
                   ["Sum", "44", "{p?:100 %}"]], {"ruled": True, "size": 9}),
        ("table", [["Overgang arbeid/utdanning", "2015", "2016", "2017"],
                   ["AFT (fra 2015)", "{p:31,0 %}", "{p:34,2 %}", "{p:38,6 %}"]], {"ruled": True, "size": 9}),
        ("pagebreak",),
        ("h", 1, "VTA i ordinær virksomhet (VTO)"),
        ("p", "Seks deltakere har varig tilrettelagt arbeid i ordinær virksomhet, hos en dagligvarebutikk, "
              "to gårdsbruk og et bilverksted. Vår jobbkonsulent følger opp både deltaker og arbeidsgiver."),
        ("h", 1, "Oppfølging og avklaring"),
        ("p", "Av de 38 som var i oppfølging i 2017, fikk 18 eller {p:47 %|i oppfølging} fast eller midlertidig "
              "arbeid. Avklaringen tok i snitt ni uker, og 19 personer fikk en vurdering av sin arbeidsevne."),
        ("pagebreak",),
        ("h", 1, "Lærekandidater"),
        ("p", "Bedriften er godkjent lærebedrift i kontor- og administrasjonsfaget og i renholdsoperatørfaget. "
              "Fire lærekandidater var i opplæring i 2017, og to av dem avla kompetanseprøve med godt resultat."),
        ("pagebreak",),
        ("h", 1, "Styret og administrasjonen"),
        ("p", "Styret etter generalforsamlingen 4. mai 2017:"),
        ("table", [["Navn", "Verv", "Valgt av"],
                   ["Ragnhild Sætre Bjørnstad", "Styreleder", "Generalforsamlingen"],
                   ["Olav Kristian Hagen", "Nestleder", "Generalforsamlingen"],
                   ["Marit Elvestad", "Styremedlem", "Generalforsamlingen"],
                   ["Jostein Nyhus", "Styremedlem", "Generalforsamlingen"],
                   ["Line Kristiansen Vold", "Styremedlem", "De ansatte"],
                   ["Pål Arne Tollefsen", "Varamedlem", "Generalforsamlingen"],
                   ["Hilde Brenna", "Varamedlem", "De ansatte"]], {"ruled": True, "size": 9}),
        ("p", "Terje Ødegård var styreleder fram til generalforsamlingen i 2017. Styret har hatt seks møter "
              "og behandlet 41 saker."),
        ("bh", "Administrasjon"),
        ("table", [["Anne Grethe Moen", "Daglig leder"], ["Tor Einar Haugli", "Økonomileder"],
                   ["Sara Lindqvist", "Fagleder AFT"], ["Vegard Bekkelund", "Jobbkonsulent"],
                   ["Gunn Heidi Rustad", "Produksjonsleder"]], {"ruled": False, "gold_rows": False, "size": 9}),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning 2017"),
        ("bh", "Virksomhetens art og lokalisering"),
        ("p", "Storsjøen Vekst AS driver arbeidsrettede tiltak på oppdrag fra NAV, og produksjon og tjenester "
              "for det lokale markedet. Virksomheten drives fra {g:Rena} i {g:Åmot kommune|Åmot} og {g:Koppang} i "
              "{g:Stor-Elvdal kommune|Stor-Elvdal}, i {g:Hedmark}."),
        ("bh", "Fortsatt drift"),
        ("p", "Forutsetningen om fortsatt drift er lagt til grunn ved avleggelsen av regnskapet. Styret "
              "bekrefter at forutsetningen er til stede."),
        ("bh", "Arbeidsmiljø"),
        ("p", "Sykefraværet blant ansatte var {p:6,2 %|sykefraværet blant ansatte} i 2017, mot {p:7,9 %|i 2016} "
              "i 2016. Det har ikke vært skader eller ulykker av betydning. Arbeidsmiljøet anses som godt."),
        ("bh", "Likestilling og diskriminering"),
        ("p", "Bedriften hadde ved utgangen av året 19 ansatte, 11 kvinner og 8 menn. Styret har tre kvinner og "
              "to menn. Bedriften arbeider for å fremme likestilling og hindre diskriminering."),
        ("bh", "Ytre miljø"),
        ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bransjen. Avfall "
              "sorteres, og ved fra egen produksjon selges lokalt."),
        ("bh", "Årsresultat og disponering"),
        ("p", "Årets overskudd på kr 468 831 foreslås overført til annen egenkapital. Styret mener regnskapet "
              "gir et rettvisende bilde av selskapets eiendeler og gjeld, finansielle stilling og resultat."),
        ("sign", "{g:Rena}, 27. februar 2018",
         [("Ragnhild Sætre Bjørnstad", "styreleder"), ("Olav Kristian Hagen", "nestleder"),
          ("Marit Elvestad", "styremedlem"), ("Jostein Nyhus", "styremedlem"),
          ("Line Kristiansen Vold", "styremedlem"), ("Anne Grethe Moen", "daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("stmt", res),
        ("pagebreak",),
        ("stmt", bal),
        ("bh", "Noter til regnskapet"),
        ("p", "Note 1 – Regnskapsprinsipper. Årsregnskapet er satt opp i samsvar med regnskapsloven og god "
              "regnskapsskikk for små foretak."),
        ("p", "Note 2 – Offentlige tilskudd. Tiltakstilskudd fra NAV gjelder VTA, AFT og VTO. Kommunalt "
              "driftstilskudd er gitt av eierkommunene etter avtale."),
        ("p", "Note 3 – Lønnskostnader. Selskapet hadde 19 ansatte og i snitt 54,5 årsverk deltakere. Daglig "
              "leder har fått lønn på kr 812 400. Styrehonorar er utbetalt med kr 96 000."),
        ("p", "Note 6 – Egenkapital. Aksjekapitalen består av 1 000 aksjer pålydende kr 1 000, eid av "
              "{g:Åmot kommune|Åmot} og {g:Stor-Elvdal kommune|Stor-Elvdal}."),
        ("pagebreak",),
        ("h", 1, "Uavhengig revisors beretning"),
        ("p", "Til generalforsamlingen i Storsjøen Vekst AS"),
        ("bh", "Konklusjon"),
        ("p", "Vi har revidert årsregnskapet for Storsjøen Vekst AS. Etter vår mening er det medfølgende "
              "årsregnskapet avgitt i samsvar med lov og forskrifter og gir et rettvisende bilde av selskapets "
              "finansielle stilling per 31. desember 2017."),
        ("bh", "Grunnlag for konklusjonen"),
        ("p", "Vi har gjennomført revisjonen i samsvar med lov, forskrift og god revisjonsskikk i Norge, "
              "herunder de internasjonale revisjonsstandardene."),
        ("p", "{g:Elverum}, 2. mars 2018"),
        ("p", "Østerdal Revisjon AS"),
        ("p", "Bjørn Tore Lien"),
        ("p", "statsautorisert revisor", {"italic": True}),
    ]
    return {
        "name": "storsjoen-vekst-2017", "year": 2017, "title": "Storsjøen Vekst AS – Årsrapport 2017",
        "header": "Storsjøen Vekst AS · Årsrapport 2017", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Storsjøen Vekst AS", "founded_year": 1988,
                         "address": "Industrivegen 14, 2450 Rena", "email": "post@storsjoen-vekst.no",
                         "website": "www.storsjoen-vekst.no", "phone": "62 44 18 00",
                         "owners": [{"name": "Åmot kommune", "share_percent": 70},
                                    {"name": "Stor-Elvdal kommune", "share_percent": 30}]},
        "ceo": "Anne Grethe Moen",
        "board": board,
        "not_board": ["Terje Ødegård", "Kjell Tore Moum", "Einar Flaten", "Tor Einar Haugli", "Sara Lindqvist",
                      "Bjørn Tore Lien"],
        "programs": {"VTA": 28, "AFT": 22, "VTO": 6},
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Long (14 pages): cover, table of contents, a chapter per program; places table with approved "
                 "places beside person-years; AFT results; board table with Valgt av; former chair and thanked "
                 "people not board; auditor's page.",
    }


def leksdal_2001() -> dict:
    cols = [Col("2001", 2001), Col("2000", 2000)]
    res = Kroner("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [4_108_442, 3_877_019]),
             ("Driftstilskudd fra Aetat", "", [5_912_300, 5_640_800]),
             ("Tilskudd fra eierkommunene", "", [620_000, 600_000])],
        cost=[("Varekostnad", "", [1_602_118, 1_498_337]),
              ("Lønn og sosiale kostnader", "", [7_410_906, 7_088_214]),
              ("Avskrivninger", "", [288_500, 301_200]),
              ("Andre driftskostnader", "", [1_177_604, 1_132_441])],
        fin=[("Renteinntekter", "", [61_322, 48_119]), ("Rentekostnader", "", [-73_880, -81_006])]),
        render="tabs")
    bal = Kroner("Balanse pr. 31.12.2001", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "", [2_310_000, 2_402_000]), ("Maskiner og utstyr", "", [604_700, 702_200])],
        current=[("Varebeholdning", "", [344_190, 318_702]), ("Kundefordringer", "", [581_227, 540_016]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [400_000, 400_000]), ("Annen egenkapital", "", [2_115_334, 1_966_278])],
        long=[("Langsiktig lån", "", [1_020_000, 1_140_000])],
        short=[("Leverandørgjeld", "", [318_406, 297_115]), ("Skyldig offentlige avgifter", "", [488_312, 471_890]),
               ("Annen kortsiktig gjeld", "", [260_117, 244_760])]),
        render="tabs")
    board = [("Harald Sandvik", "LEDE", False), ("Randi Aune Holmen", "NEST", False),
             ("Kjell Inge Reitan", "MEDL", False), ("Torunn Hallan", "MEDL", False),
             ("Arnfinn Stene", "MEDL", True), ("Eli Margrethe Volden", "VARA", None), ("Odd Helge Fikse", "VARA", None)]
    items = [
        ("p", "LEKSDAL INDUSTRIER AS", {"bold": True, "size": 16, "align": "center"}),
        ("p", "ÅRSBERETNING OG REGNSKAP 2001", {"bold": True, "size": 13, "align": "center"}),
        ("bh", "1. Generelt om virksomheten"),
        ("p", "Leksdal Industrier AS er en arbeidsmarkedsbedrift (AMB) godkjent av Aetat Arbeidsdirektoratet. "
              "Bedriften ble stiftet i 1974 og holder til på {g?:Ørin} i {g:Verdal kommune|Verdal}. Formålet er "
              "å gi yrkeshemmede kvalifisering, arbeidstrening og formidling til ordinært arbeid."),
        ("p", "Bedriften har 32 plasser for kvalifisering i AMB og en ASVO-avdeling med 18 plasser for varig "
              "tilpasset arbeid. Deltakerne henvises fra Aetat {g:Verdal} og Aetat {g:Levanger} og fra trygdekontorene."),
        ("bh", "2. Aksjonærer"),
        ("table", [["Aksjonær", "Aksjer", "Andel"],
                   ["{g:Verdal kommune|Verdal}", "204", "{p:51 %}"],
                   ["{g:Nord-Trøndelag fylkeskommune|Nord-Trøndelag}", "100", "{p:25 %}"],
                   ["{g:Levanger kommune|Levanger}", "96", "{p:24 %}"]], {"ruled": False, "size": 10}),
        ("p", "Ordinær generalforsamling ble holdt 19. april 2001 med ordfører Ivar Lyngstad som møteleder."),
        ("bh", "3. Styret"),
        ("p", "Styret har i 2001 hatt følgende sammensetning:"),
        ("tablines", [["Styreleder", "Harald Sandvik", "{g:Verdal kommune|Verdal}"],
                      ["Nestleder", "Randi Aune Holmen", "{g:Levanger kommune|Levanger}"],
                      ["Styremedlem", "Kjell Inge Reitan", "{g:Nord-Trøndelag fylkeskommune|Nord-Trøndelag}"],
                      ["Styremedlem", "Torunn Hallan", "{g:Verdal kommune|Verdal}"],
                      ["Styremedlem", "Arnfinn Stene", "ansattes representant"],
                      ["Varamedlem", "Eli Margrethe Volden", "{g:Verdal kommune|Verdal}"],
                      ["Varamedlem", "Odd Helge Fikse", "ansattes vara"]], {"stops": (4.0, 9.0)}),
        ("p", "Styret har hatt 7 møter og behandlet 46 saker. Aetat {g:Nord-Trøndelag} har vært representert "
              "ved rådgiver Kari Vollan, med møte- og talerett."),
        ("bh", "4. Attføringsvirksomheten"),
        ("p", "I løpet av året har 96 personer vært i kvalifisering i AMB. Av de 58 som avsluttet, ble 21 "
              "formidlet til ordinært arbeid og 9 gikk over til utdanning, det vil si at {p:36 %|formidlet til "
              "ordinært arbeid} ble formidlet til ordinært arbeid og {p:16 %|over til utdanning} gikk over til "
              "utdanning. Målet i avtalen med Aetat var {p:30 %|målet i avtalen} formidling."),
        ("p", "ASVO-avdelingen har hatt full belegg hele året. Arbeidet består av montering, pakking og "
              "vedproduksjon."),
        ("bh", "5. Produksjon og marked"),
        ("p", "Salgsinntektene økte med kr 231 423 fra året før. De viktigste kundene er industribedrifter i "
              "{g:Innherred} og kommunene."),
        ("bh", "6. Arbeidsmiljø og personale"),
        ("p", "Bedriften har 14 ansatte i 13,2 årsverk. Sykefraværet var {p:8,7 %|sykefraværet} mot "
              "{p:10,1 %|året før} året før. Arbeidsmiljøutvalget har hatt 4 møter. Verneombud er Jan Petter Musum."),
        ("bh", "7. Ytre miljø"),
        ("p", "Bedriftens virksomhet medfører ikke forurensning av betydning for det ytre miljø."),
        ("bh", "8. Regnskapet"),
        ("p", "Styret mener at resultatregnskap og balanse med noter gir et riktig bilde av driften og den "
              "økonomiske stillingen. Forutsetningen om fortsatt drift er til stede. Årets overskudd "
              "på kr 149 056,- overføres til annen egenkapital."),
        ("sign", "{g:Verdal}, 14. februar 2002",
         [("Harald Sandvik", "styreleder"), ("Randi Aune Holmen", "nestleder"), ("Kjell Inge Reitan", ""),
          ("Torunn Hallan", ""), ("Arnfinn Stene", ""), ("Geir Olav Suul", "daglig leder")], {"cols": 3}),
        ("break",),
        ("stmt", res, {"title": "RESULTATREGNSKAP 2001"}),
        ("stmt", bal, {"title": "BALANSE PR. 31.12.2001"}),
    ]
    return {
        "name": "leksdal-industrier-2001", "year": 2001, "title": "Leksdal Industrier AS – Årsberetning 2001",
        "font": "Liberation Serif", "body_pt": 11,
        "organization": {"name": "Leksdal Industrier AS", "founded_year": 1974,
                         "owners": [{"name": "Verdal kommune", "share_percent": 51},
                                    {"name": "Nord-Trøndelag fylkeskommune", "share_percent": 25},
                                    {"name": "Levanger kommune", "share_percent": 24}]},
        "ceo": "Geir Olav Suul",
        "board": board,
        "not_board": ["Ivar Lyngstad", "Kari Vollan", "Jan Petter Musum"],
        "programs": {},
        "items": items, "renditions": ["doc"],
        "notes": "2001 AMB with ASVO (no program code of today: no programs in gold); board as tab lines with "
                 "who appointed each; Aetat's adviser with møte- og talerett, the ordfører as møteleder and the "
                 "verneombud are not board; statements typed with tabs, kroner with ',-'.",
    }


def furuholmen_2022() -> dict:
    cols = [Col("Mor 2022", 2022), Col("Mor 2021", 2021), Col("Konsern 2022", 2022, OTHER),
            Col("Konsern 2021", 2021, OTHER)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 4,
        inc=[("Salgsinntekter", "", [9_804, 9_115, 14_226, 12_870]),
             ("Tilskudd fra NAV og kommunen", "", [21_448, 20_602, 21_448, 20_602])],
        cost=[("Varekostnad", "", [3_012, 2_804, 4_700, 4_210]),
              ("Lønnskostnader", "", [22_610, 21_847, 24_700, 23_790]),
              ("Avskrivninger", "", [904, 866, 1_012, 958]),
              ("Andre driftskostnader", "", [4_118, 3_902, 4_600, 4_190])],
        fin=[("Netto finansposter", "", [-86, -104, -112, -131])], labels={"net_fin": None}),
        label_header="Beløp i 1 000 kr", unit=1000, render="unruled")
    bal = Statement("Balanse 31.12.", cols, balance(
        "nb", 4,
        fixed=[("Varige driftsmidler", "", [9_210, 9_506, 10_114, 10_520])],
        current=[("Varer og fordringer", "", [3_144, 2_908, 3_780, 3_412]), ("Bankinnskudd", "", "plug")],
        equity=[("Innskutt egenkapital", "", [2_000, 2_000, 2_000, 2_000]),
                ("Opptjent egenkapital", "", [10_402, 9_880, 10_756, 10_155])],
        long=[("Langsiktig gjeld", "", [2_400, 2_700, 2_900, 3_250])],
        short=[("Kortsiktig gjeld", "", [4_612, 4_288, 5_506, 5_031])]),
        label_header="Beløp i 1 000 kr", unit=1000, render="unruled")
    board = [("Silje Marie Tveiten", "LEDE", False), ("Kristoffer Ågedal", "NEST", False),
             ("Torild Vestøl", "MEDL", False), ("Henrik Salvesen Bie", "MEDL", False),
             ("Mona Pedersen Hegland", "MEDL", True)]
    items = [
        ("band", "Dette er Furuholmen"),
        ("facts", ["Nøkkeltall 2022 (konsern)", "Driftsinntekter: 35,7 mill. kr", "Ansatte: 34",
                   "Deltakere i løpet av året: 212", "Overgang til arbeid fra AFT: {p:41 %|overgang til arbeid fra AFT}",
                   "Sykefravær: {p:5,8 %|sykefravær}"]),
        ("p", "Furuholmen Vekst AS er en arbeids- og inkluderingsbedrift i {g:Lindesnes kommune|Lindesnes}, "
              "eid {p:100 %|eid} av kommunen. Vi gir mennesker mulighet til å prøve seg i arbeid, lære nytt og finne sin "
              "plass i arbeidslivet. Hovedkontoret ligger i Sjøsanden 9, 4514 {g:Mandal}."),
        ("p", "Selskapet ble etablert i 1991. Sammen med datterselskapet Kafé Tollboden AS utgjør vi et konsern "
              "med 34 ansatte og over 200 deltakere i løpet av året."),
        ("bh", "Styreleders ord"),
        ("p", "Etter to år med pandemi var 2022 året da hverdagen kom tilbake. Kafeen var full av gjester igjen, "
              "og AFT-deltakerne kunne igjen ha praksis ute hos arbeidsgivere i hele {g:Agder}. Styret er godt "
              "fornøyd med både resultatene og økonomien."),
        ("p", "– Silje Marie Tveiten, styreleder", {"italic": True}),
        ("band", "Tiltak og resultater"),
        ("p", "Furuholmen har avtale med NAV {g:Agder} om 30 plasser varig tilrettelagt arbeid (VTA) og 45 plasser "
              "arbeidsforberedende trening (AFT). I tillegg leverer vi oppfølging for NAV {g:Lindesnes}."),
        ("p", "I 2022 avsluttet 98 deltakere AFT. Overgangen til arbeid og utdanning var {p:41 %|overgangen til "
              "arbeid og utdanning}, den beste siden tiltaket startet. Gjennomsnittlig varighet var 7,4 måneder."),
        ("photo", 3, 2, "Fra venstre: Jonas Fiskå, Maria Nodeland, Ahmad Rahimi og arbeidsleder Tove Marnes i "
                        "snekkerverkstedet på {g?:Skinsnes}."),
        ("bh", "Kafé Tollboden AS"),
        ("p", "Datterselskapet driver kafé og catering i sentrum av {g:Mandal} og er en arena for arbeidstrening "
              "for AFT-deltakere. Kafeens styre ledes av Erlend Wiig, og daglig leder er Camilla Rosseland. "
              "Kafeen hadde en omsetning på 4,4 mill. kr i 2022."),
        ("band", "Styret"),
        ("faces", [("Silje Marie Tveiten", "Styreleder"), ("Kristoffer Ågedal", "Nestleder"),
                   ("Torild Vestøl", "Styremedlem"), ("Henrik Salvesen Bie", "Styremedlem"),
                   ("Mona Pedersen Hegland", "Ansattes representant")], {"per_row": 3}),
        ("p", "Daglig leder Øystein Lunde Kvinlog har vært ansatt siden 2015.", {"small": True}),
        ("band", "Årsregnskap 2022", {"page": True}),
        ("wide", [("stmt", res), ("stmt", bal)]),
        ("p", "Morselskapets årsresultat på 522 000 kroner overføres til opptjent egenkapital."),
        ("sign", "{g:Mandal}, 9. mars 2023",
         [("Silje Marie Tveiten", "styreleder"), ("Kristoffer Ågedal", "nestleder"), ("Torild Vestøl", "styremedlem"),
          ("Henrik Salvesen Bie", "styremedlem"), ("Mona Pedersen Hegland", "styremedlem"),
          ("Øystein Lunde Kvinlog", "daglig leder")]),
    ]
    return {
        "name": "furuholmen-vekst-2022", "year": 2022, "title": "Furuholmen Vekst AS – Årsrapport 2022",
        "cover": ("Årsrapport 2022", "Furuholmen Vekst AS – konsern"), "accent": "2E5E4E",
        "organization": {"name": "Furuholmen Vekst AS", "founded_year": 1991,
                         "address": "Sjøsanden 9, 4514 Mandal",
                         "owners": [{"name": "Lindesnes kommune", "share_percent": 100}]},
        "ceo": "Øystein Lunde Kvinlog",
        "board": board,
        "not_board": ["Erlend Wiig", "Camilla Rosseland", "Tove Marnes", "Jonas Fiskå"],
        "programs": {"VTA": 30, "AFT": 45},
        "not_places": ["Kafé Tollboden AS"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed brochure: cover band, two columns, key-figures box, the board as photo collage with "
                 "captions; participants and the arbeidsleder in a photo caption, the subsidiary's chair and "
                 "daglig leder in prose (not board); statements in 1 000 kr, mother beside konsern (optional).",
    }


REPORTS = [storsjoen_2017, leksdal_2001, furuholmen_2022]
