"""Thirty-first held-out set, part A: a typed ASVO report of 1988, an arbeidsmarkedsbedrift's Word 97
report of 1998 with a subsidiary, an early-2000s vekstbedrift. Invented organisations, people and
figures; real places as they were in each report's year. Sums come from the detail lines."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import BUDGET, OTHER, Col, Statement, balance, income  # noqa: F401

# ---------------------------------------------------------------- 1988, typed, scanned


def skarvheim_asvo_1988() -> dict:
    cols = [Col("1988", 1988), Col("1987", 1987)]
    res = Kroner("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salg av varer og tjenester", "", [1_184_220, 1_032_615]),
             ("Driftstilskudd fra staten", "", [1_642_000, 1_588_400]),
             ("Tilskudd fra kommunen", "", [310_000, 295_000]),
             ("Andre inntekter", "", [27_340, 19_880])],
        cost=[("Lønn arbeidstakere på attføring", "", [1_296_410, 1_187_302]),
              ("Lønn administrasjon og arbeidsledere", "", [905_118, 861_744]),
              ("Sosiale kostnader", "", [214_556, 198_031]),
              ("Varekjøp og materialer", "", [402_877, 366_920]),
              ("Husleie, lys og varme", "", [168_000, 161_500]),
              ("Avskrivninger", "", [58_400, 52_900]),
              ("Andre driftskostnader", "", [91_233, 88_410])],
        fin=[("Renteinntekter", "", [14_906, 11_233]), ("Rentekostnader", "", [-6_120, -7_845])],
        labels={"result": "Årets overskudd", "net_fin": "Netto renter", "fin": "Finansposter",
                "inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader",
                "sum_cost": "Sum kostnader"}),
        render="tabs", label_header="")
    bal = Kroner("Balanse pr. 31.12.", cols, balance(
        "nb", 2,
        fixed=[("Maskiner og utstyr", "", [214_300, 232_700]), ("Bil", "", [41_000, 48_000])],
        current=[("Varelager", "", [96_410, 88_150]), ("Kundefordringer", "", [143_208, 121_774]),
                 ("Bank og kasse", "", "plug")],
        equity=[("Aksjekapital", "", [100_000, 100_000]), ("Annen egenkapital", "", [351_726, 312_968])],
        long=[("Lån Husbanken", "", [88_000, 104_000])],
        short=[("Leverandørgjeld", "", [72_915, 69_403]), ("Skyldige offentlige avgifter", "", [118_240, 107_611]),
               ("Annen kortsiktig gjeld", "", [44_060, 39_870])],
        sum_debt=False,
        labels={"sum_eq_debt": "Sum egenkapital og gjeld"}),
        render="tabs", label_header="")
    return {
        "name": "skarvheim-asvo-1988",
        "year": 1988,
        "title": "Skarvheim ASVO A/S årsberetning 1988",
        "font": "DejaVu Sans Mono", "heading_font": "DejaVu Sans Mono", "body_pt": 9, "margin_mm": 24,
        "heading_colour": "000000",
        "organization": {"name": "Skarvheim ASVO A/S", "founded_year": 1979,
                         "address": "Industriveien 7, 7300 Orkanger"},
        "ceo": "Arnfinn Løkkre",
        "board": [("Kåre Bjørkli", "LEDE", False), ("Solveig Rønningen", "NEST", False),
                  ("Halvard Moe", "MEDL", False), ("Randi Fagerhaug", "MEDL", True),
                  ("Oddvar Grøtte", "VARA", None), ("Jorunn Hals", "VARA", None)],
        "board_optional": ["Per Ivar Stene"],
        "not_board": ["Magne Lian", "Tormod Vassli", "Ottar Wold"],
        "items": [
            ("p", "SKARVHEIM ASVO A/S", {"bold": True, "align": "center"}),
            ("p", "Industriveien 7, 7300 {g?:Orkanger}", {"align": "center"}),
            ("bh", "ÅRSBERETNING FOR 1988", {"size": 11}),
            ("p", "Skarvheim ASVO A/S ble stiftet i 1979 og er en skjermet virksomhet for yrkeshemmede i "
                  "{g:Orkdal}. Bedriften har 24 attføringsplasser godkjent av Arbeidsdirektoratet, og driver "
                  "snekkerverksted, vedproduksjon og montasjeoppdrag for industrien i distriktet. Driften er "
                  "finansiert ved salg, statstilskudd gjennom Arbeidsmarkedsetaten og tilskudd fra {g?:Orkdal} "
                  "kommune."),
            ("bh", "STYRET", {"size": 10}),
            ("p", "Styret har i 1988 vært sammensatt slik:"),
            ("tablines", [["Formann:", "Kåre Bjørkli, {g?:Orkanger}"],
                          ["Nestformann:", "Solveig Rønningen, {g?:Fannrem}"],
                          ["Styremedlem:", "Halvard Moe, {g?:Svorkmo}"],
                          ["Styremedlem:", "Randi Fagerhaug (valgt av de ansatte)"],
                          ["Varamenn:", "Oddvar Grøtte, Jorunn Hals"]], {"stops": (4.0,)}),
            ("p", "Arbeidskontoret i {g?:Orkdal} har møtt i styret ved konsulent Per Ivar Stene med tale- og "
                  "forslagsrett. Daglig leder Arnfinn Løkkre er styrets sekretær."),
            ("p", "Styret har hatt 8 møter og behandlet 41 saker. Generalforsamlingen ble holdt 21. april med "
                  "ordfører Tormod Vassli som kommunens representant. Tidligere formann Magne Lian, som gikk ut "
                  "av styret i 1987, ble takket for ti års innsats."),
            ("bh", "ARBEIDSTAKERE OG ATTFØRING", {"size": 10}),
            ("p", "Ved årets slutt var 23 av de 24 attføringsplassene besatt, et belegg på {p:96 %|belegg}. "
                  "Sju arbeidstakere gikk i løpet av året over til ordinært arbeid eller skole, mot fire året "
                  "før. Inntaket skjer etter tilvisning fra arbeidskontoret, og samarbeidet med "
                  "trygdekontoret og attføringsnemnda har fungert godt."),
            ("p", "Bedriften har 6 faste ansatte: daglig leder, kontorfullmektig og fire arbeidsledere. "
                  "Sykefraværet blant de faste ansatte var {p:4,1 %|sykefraværet} i 1988."),
            ("bh", "ØKONOMI", {"size": 10}),
            ("p", "Omsetningen økte med {p:14,7 prosent|omsetningen} fra 1987, vesentlig på grunn av nye "
                  "montasjeoppdrag. Styret foreslår at årets overskudd overføres til annen egenkapital. "
                  "Regnskapet er revidert av statsautorisert revisor Ottar Wold."),
            ("pagebreak",),
            ("stmt", res, {"title": "RESULTATREGNSKAP 1988"}),
            ("stmt", bal, {"title": "BALANSE PR. 31.12.1988"}),
            ("p", "{g?:Orkanger}, 16. februar 1989"),
            ("tablines", [["Kåre Bjørkli", "Solveig Rønningen", "Halvard Moe"],
                          ["formann", "nestformann", "styremedlem"], [""],
                          ["Randi Fagerhaug", "Arnfinn Løkkre"],
                          ["styremedlem", "daglig leder"]], {"stops": (5.5, 11.0)}),
        ],
        "renditions": ["scan", "doc"],
        "scan": {"dpi": 150, "tilt": 0.6},
        "notes": "Typed ASVO report, 1988 (Orkdal, Sør-Trøndelag). Board as typed tab lines with Formann/"
                 "Nestformann/Varamenn; the employees' member says so (employee_elected known). The "
                 "arbeidskontor's consultant meets with tale- og forslagsrett (optional). Former formann, "
                 "ordfører and auditor are not board. Statements typed with tab stops, kroner with ',-'.",
    }


# ---------------------------------------------------------------- 1998, Word 97, konsern


def vinger_amb_1998() -> dict:
    cols = [Col("1998", 1998), Col("1997", 1997), Col("1998", 1998, OTHER), Col("1997", 1997, OTHER)]
    inc = [("Salgsinntekter", "", [6_412_880, 5_978_402, 8_905_116, 8_210_377]),
           ("Tiltaksinntekter Aetat", "2", [9_876_500, 9_412_000, 9_876_500, 9_412_000]),
           ("Andre driftsinntekter", "", [233_410, 198_765, 241_902, 205_113])]
    cost = [("Varekostnad", "", [2_104_566, 1_987_310, 3_322_870, 3_104_655]),
            ("Lønn og sosiale kostnader", "3", [11_872_340, 11_215_086, 12_907_655, 12_198_704]),
            ("Avskrivninger", "5", [512_300, 488_900, 698_450, 651_200]),
            ("Andre driftskostnader", "", [1_644_218, 1_566_930, 1_803_344, 1_712_680])]
    fin = [("Finansinntekter", "", [96_215, 88_640, 101_330, 92_108]),
           ("Finanskostnader", "", [-142_870, -161_305, -188_412, -207_930])]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 4, inc, cost, fin, tax=("Skattekostnad", "4", [0, 0, 31_220, 24_760])),
        note_col="Note", label_header="")
    bal = Statement("Balanse pr. 31. desember", cols, balance(
        "nb", 4,
        fixed=[("Bygninger", "5", [3_850_000, 3_975_000, 3_850_000, 3_975_000]),
               ("Maskiner, inventar og transportmidler", "5", [1_204_560, 1_318_700, 1_790_440, 1_866_215]),
               ("Aksjer i datterselskap", "6", [250_000, 250_000, None, None])],
        current=[("Varer", "", [612_440, 580_112, 905_330, 866_201]),
                 ("Kundefordringer", "", [1_108_733, 987_265, 1_498_120, 1_310_544]),
                 ("Andre fordringer", "", [214_908, 187_330, 236_775, 201_402]),
                 ("Bankinnskudd, kontanter o.l.", "", "plug")],
        equity=[("Aksjekapital (1 000 aksjer à kr 1 000)", "7", [1_000_000, 1_000_000, 1_000_000, 1_000_000]),
                ("Annen egenkapital", "7", [2_987_315, 2_540_808, 3_428_660, 2_962_413])],
        long=[("Pantelån", "8", [2_960_000, 3_180_000, 3_460_000, 3_720_000]),
              ("Pensjonsforpliktelser", "3", [412_800, 366_400, 412_800, 366_400])],
        short=[("Leverandørgjeld", "", [588_903, 540_221, 877_412, 801_330]),
               ("Skyldige offentlige avgifter", "", [1_204_776, 1_132_580, 1_390_118, 1_298_066]),
               ("Annen kortsiktig gjeld", "", [648_220, 611_900, 702_560, 652_118])]),
        note_col="Note", label_header="")
    people = [["Verv", "Navn", "Personlig varamedlem"],
              ["Styreleder", "Bjørg Aasen Holm", "Knut Sander"],
              ["Nestleder", "Ola Dybvik", "Hilde Strøm"],
              ["Styremedlem", "Marit Kolstad", "Geir Åsland"],
              ["Styremedlem, valgt av de ansatte", "Henning Bakke", "Trine Lunde"]]
    return {
        "name": "vinger-amb-1998",
        "year": 1998,
        "title": "Vinger Arbeidsmarkedsbedrift AS - Årsrapport 1998",
        "font": "Liberation Serif", "heading_font": "Liberation Sans", "body_pt": 11,
        "heading_colour": "000080",
        "header": "Vinger Arbeidsmarkedsbedrift AS\tÅrsrapport 1998",
        "footer": "{PAGE}",
        "organization": {"name": "Vinger Arbeidsmarkedsbedrift AS", "founded_year": 1987,
                         "address": "Brugata 31, 2212 Kongsvinger", "phone": "62 81 44 90",
                         "owners": [{"name": "Kongsvinger kommune", "share_percent": 51},
                                    {"name": "Hedmark fylkeskommune", "share_percent": 34},
                                    {"name": "Eidskog kommune", "share_percent": 15}]},
        "ceo": "Tor Inge Mørkved",
        "board": [("Bjørg Aasen Holm", "LEDE", False), ("Ola Dybvik", "NEST", False),
                  ("Marit Kolstad", "MEDL", False), ("Henning Bakke", "MEDL", True),
                  ("Knut Sander", "VARA", None), ("Hilde Strøm", "VARA", None),
                  ("Geir Åsland", "VARA", None), ("Trine Lunde", "VARA", None)],
        "board_optional": ["Liv Engen"],
        "not_board": ["Per Olav Rudi", "Eirik Tangen", "Synnøve Braaten", "Arne Fjellstad", "Asbjørn Kvisler"],
        "items": [
            ("p", "VINGER ARBEIDSMARKEDSBEDRIFT AS", {"bold": True, "size": 20, "align": "center"}),
            ("p", "Årsrapport 1998", {"size": 16, "align": "center"}),
            ("photo", 5, 6, "Fra verkstedhallen i Brugata. Foto: Vinger AMB"),
            ("p", "Brugata 31, 2212 {g:Kongsvinger} - telefon 62 81 44 90", {"align": "center", "size": 9}),
            ("pagebreak",),
            ("toc", [("Fra administrerende direktør", 2), ("Bedriften og attføringsarbeidet", 3),
                     ("Resultater 1998", 4), ("Personale og arbeidsmiljø", 5), ("Eiere og styre", 6),
                     ("Styrets årsberetning", 7), ("Regnskap 1998 med noter", 8), ("Revisjonsberetning", 11)]),
            ("pagebreak",),
            ("h", 1, "Fra administrerende direktør"),
            ("p", "1998 ble et år med stor etterspørsel etter våre attføringsplasser. Aetat {g?:Kongsvinger} "
                  "tilviste flere deltakere enn noen gang tidligere, og ventelistene har tidvis vært lange. "
                  "Samtidig har produksjonen i verkstedet og i datterselskapet Vinger Vedservice AS gått godt."),
            ("p", "Omstillingen fra arbeidsmarkedsetatens gamle ordninger til Aetats nye tiltaksstruktur har "
                  "krevd mye av de ansatte. Jeg vil takke fylkesdirektør Synnøve Braaten i Aetat {g?:Hedmark} "
                  "for et godt samarbeid, og rådmann Asbjørn Kvisler for kommunens støtte i arbeidet med ny hall."),
            ("p", "Tor Inge Mørkved\nadministrerende direktør", {"italic": True}),
            ("pagebreak",),
            ("h", 1, "Bedriften og attføringsarbeidet"),
            ("p", "Vinger Arbeidsmarkedsbedrift AS ble etablert i 1987 og er godkjent som arbeidsmarkedsbedrift "
                  "(AMB), en av ni slike bedrifter i {g:Hedmark}. Bedriften gir yrkesrettet attføring til personer som er tilvist fra Aetat, og har "
                  "deltakere fra hele {g:Glåmdalen}, flest fra {g:Kongsvinger}, {g:Eidskog} og {g:Sør-Odal}."),
            ("p", "Bedriften hadde i 1998 godkjent 68 attføringsplasser fordelt slik:"),
            ("table", [["Tiltak", "Plasser 1998", "Plasser 1997"],
                       ["Arbeidsavklaring", "14", "12"],
                       ["Arbeidstrening i skjermet virksomhet", "38", "38"],
                       ["Kvalifisering og opplæring", "10", "8"],
                       ["Arbeid med bistand", "6", "4"],
                       ["Sum attføringsplasser", "68", "62"]], {"ruled": True, "widths": [8.5, 3.2, 3.2]}),
            ("p", "Avdelingene er snekkeri, mekanisk verksted, kantine og vaskeri. Avdeling for arbeid med "
                  "bistand følger opp deltakere ute i ordinære bedrifter i distriktet."),
            ("h", 2, "Datterselskapet"),
            ("p", "Vinger Vedservice AS er heleid av bedriften og produserer ved og flis. Styreleder i "
                  "datterselskapet er Per Olav Rudi, og daglig leder er Eirik Tangen. Selskapet hadde et "
                  "lite overskudd i 1998."),
            ("pagebreak",),
            ("h", 1, "Resultater 1998"),
            ("p", "I alt 131 personer deltok i attføring i løpet av året. Av de 74 som avsluttet, gikk 29 til "
                  "arbeid eller utdanning, det vil si {p:39 prosent|til arbeid eller utdanning}."),
            ("table", [["Resultat ved avslutning", "1996", "1997", "1998"],
                       ["Ordinært arbeid", "{p:24 %}", "{p:27 %}", "{p:31 %}"],
                       ["Utdanning", "{p:9 %}", "{p:7 %}", "{p:8 %}"],
                       ["Nytt tiltak i Aetat", "{p:35 %}", "{p:33 %}", "{p:30 %}"],
                       ["Trygd eller annet", "{p:32 %}", "{p:33 %}", "{p:31 %}"]],
             {"ruled": True, "widths": [7.0, 2.6, 2.6, 2.6]}),
            ("p", "Samarbeidet med trygdekontorene og sosialkontorene i regionen har vært godt."),
            ("pagebreak",),
            ("h", 1, "Personale og arbeidsmiljø"),
            ("p", "Ved årsskiftet hadde bedriften 24 fast ansatte i 22,5 årsverk. Det totale sykefraværet for "
                  "de fast ansatte var {p:5,3 prosent|sykefraværet}, mot {p:6,0 prosent|sykefraværet} i 1997. "
                  "Det har ikke vært alvorlige skader eller ulykker i 1998."),
            ("p", "Arbeidsmiljøutvalget har hatt fire møter. Verneombud har vært Henning Bakke."),
            ("pagebreak",),
            ("h", 1, "Eiere og styre"),
            ("p", "Aksjene eies av tre offentlige eiere:"),
            ("table", [["Aksjonær", "Aksjer", "Eierandel"],
                       ["{g?:Kongsvinger} kommune", "510", "{p:51 %}"],
                       ["{g?:Hedmark} fylkeskommune", "340", "{p:34 %}"],
                       ["{g?:Eidskog} kommune", "150", "{p:15 %}"]], {"ruled": True, "widths": [7.0, 2.6, 2.6]}),
            ("p", "Generalforsamlingen ble holdt 23. april 1998. Styret har i 1998 hatt denne sammensetningen, "
                  "med personlige varamedlemmer:"),
            ("table", people, {"ruled": True, "widths": [5.8, 4.6, 4.6], "shade_header": "DDDDDD"}),
            ("p", "Aetat {g?:Kongsvinger} har møtt i styret som observatør ved rådgiver Liv Engen. "
                  "Administrerende direktør er styrets sekretær. Styret har hatt 9 møter og behandlet 62 saker."),
            ("pagebreak",),
            ("h", 1, "Styrets årsberetning"),
            ("bh", "Virksomhetens art og hvor den drives"),
            ("p", "Selskapet driver attføring og produksjon i egne lokaler i {g:Kongsvinger} kommune."),
            ("bh", "Fortsatt drift"),
            ("p", "Årsregnskapet er avlagt under forutsetning av fortsatt drift. Styret mener forutsetningen "
                  "er til stede."),
            ("bh", "Arbeidsmiljø og ytre miljø"),
            ("p", "Styret anser arbeidsmiljøet som godt. Bedriften forurenser ikke det ytre miljø ut over det "
                  "som er vanlig for virksomheter i bransjen."),
            ("bh", "Årsresultat og disponering"),
            ("p", "Styret foreslår at årsresultatet i morselskapet overføres til annen egenkapital."),
            ("sign", "{g?:Kongsvinger}, 18. februar 1999",
             [("Bjørg Aasen Holm", "styreleder"), ("Ola Dybvik", "nestleder"), ("Marit Kolstad", "styremedlem"),
              ("Henning Bakke", "styremedlem"), ("Tor Inge Mørkved", "adm. direktør")], {"cols": 3}),
            ("pagebreak",),
            ("groupstmt", res, [("Morselskap", 2), ("Konsern", 2)], {"title": "Resultatregnskap 1998"}),
            ("pagebreak",),
            ("groupstmt", bal, [("Morselskap", 2), ("Konsern", 2)], {"title": "Balanse pr. 31.12.1998"}),
            ("pagebreak",),
            ("h", 2, "Noter til regnskapet"),
            ("p", "Note 1 Regnskapsprinsipper. Regnskapet er satt opp etter regnskapsloven av 1998 og god "
                  "regnskapsskikk. Konsernregnskapet omfatter morselskapet og Vinger Vedservice AS."),
            ("p", "Note 2 Tiltaksinntekter. Tilskuddene fra Aetat gjelder drift av attføringsplassene."),
            ("p", "Note 3 Lønn og pensjoner. Bedriften har kollektiv pensjonsordning i KLP. Lønn til "
                  "administrerende direktør utgjorde kr 412 000,- og styrehonorar kr 36 000,-."),
            ("p", "Note 4 Skatt. Morselskapet er fritatt for skatteplikt. Skattekostnaden gjelder "
                  "datterselskapet."),
            ("p", "Note 5 Anleggsmidler. Bygningen avskrives over 40 år, maskiner og inventar over 5-10 år."),
            ("p", "Note 6 Datterselskap. Aksjene i Vinger Vedservice AS står oppført til kostpris."),
            ("p", "Note 7 Egenkapital. Aksjekapitalen består av 1 000 aksjer pålydende kr 1 000,-."),
            ("p", "Note 8 Pantelån. Lånet er sikret med pant i bygningen og har 15 års nedbetaling."),
            ("pagebreak",),
            ("h", 1, "Revisjonsberetning for 1998"),
            ("p", "Til generalforsamlingen i Vinger Arbeidsmarkedsbedrift AS"),
            ("p", "Vi har revidert årsregnskapet for Vinger Arbeidsmarkedsbedrift AS for regnskapsåret 1998, "
                  "som viser et overskudd i morselskapet og i konsernet. Årsregnskapet, som består av "
                  "resultatregnskap, balanse og noteopplysninger, er avgitt av selskapets styre og "
                  "administrerende direktør. Etter vår mening er årsregnskapet avgitt i samsvar med lov og "
                  "forskrifter."),
            ("p", "{g?:Kongsvinger}, 2. mars 1999\nGlåmdal Revisjon AS\n\nArne Fjellstad\nstatsautorisert revisor"),
        ],
        "renditions": ["doc", "pdf"],
        "notes": "Arbeidsmarkedsbedrift, 1998 (Kongsvinger, Hedmark), Word 97 style, 12 pages. Board in a "
                 "ruled table Verv | Navn | Personlig varamedlem (four deputies VARA); the employees' member "
                 "says so. Aetat's observer optional. Subsidiary's chair and manager, Aetat's fylkesdirektør, "
                 "the rådmann thanked and the auditor are not board. Statements Morselskap beside Konsern "
                 "(konsern optional), Note column.",
        "not_places": ["Glåmdal Revisjon AS"],
    }


# ---------------------------------------------------------------- 2003 vekstbedrift


def kystvekst_hitra_2003() -> dict:
    cols = [Col("2003", 2003), Col("2002", 2002)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [2_318, 2_406]), ("Offentlige tilskudd", "2", [4_105, 3_877]),
             ("Andre inntekter", "", [64, 91])],
        cost=[("Varekostnad", "", [905, 940]), ("Lønnskostnader", "3", [4_612, 4_255]),
              ("Avskrivninger", "4", [188, 176]), ("Andre driftskostnader", "", [947, 861])],
        fin=[("Finansinntekter", "", [22, 31]), ("Finanskostnader", "", [-47, -52])],
        labels={"result": "Årsresultat"}),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i hele 1000 kr",
        render="unruled")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Bygninger og tomt", "4", [1_640, 1_702]), ("Maskiner og inventar", "4", [412, 455])],
        current=[("Varer", "", [138, 151]), ("Fordringer", "", [366, 342]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "5", [200, 200]), ("Annen egenkapital", "5", [1_085, 1_208])],
        long=[("Pantegjeld", "6", [1_120, 1_190])],
        short=[("Leverandørgjeld", "", [211, 196]), ("Offentlige avgifter og feriepenger", "", [486, 452]),
               ("Annen kortsiktig gjeld", "", [94, 88])]),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i hele 1000 kr",
        render="unruled")
    return {
        "name": "kystvekst-hitra-2003",
        "year": 2003,
        "title": "Kystvekst Hitra AS Årsrapport 2003",
        "font": "Liberation Sans", "body_pt": 10,
        "footer": "Kystvekst Hitra AS - årsrapport 2003",
        "organization": {"name": "Kystvekst Hitra AS", "founded_year": 1992,
                         "address": "Fillingsvegen 12, 7240 Hitra", "email": "post@kystvekst.no",
                         "owners": [{"name": "Hitra kommune", "share_percent": 70},
                                    {"name": "Frøya kommune", "share_percent": 30}]},
        "ceo": "Sverre Nordbø",
        "board": [("Eli Strand", "LEDE", False), ("Bjarne Sandvik", "NEST", False),
                  ("Aud Hammervik", "MEDL", False), ("Torstein Lie", "MEDL", True),
                  ("Gunn Reitan", "VARA", None)],
        "programs": {"VTA": 26},
        "not_board": ["Liv Grønning", "Kristian Ansnes", "Marte Vingen", "Leif Arve Husby"],
        "items": [
            ("p", "Kystvekst Hitra AS", {"bold": True, "size": 18}),
            ("p", "Årsrapport 2003", {"size": 14}),
            ("photo", 4, 5, "Arbeidstakere og arbeidsledere ved snekkerverkstedet på {g:Fillan}."),
            ("h", 2, "Dette er Kystvekst"),
            ("p", "Kystvekst Hitra AS er en vekstbedrift eid av {g:Hitra} og {g:Frøya} kommuner. Bedriften "
                  "ble etablert i 1992 og gir varig tilrettelagt arbeid (VTA) til 26 arbeidstakere, "
                  "godkjent av Aetat {g?:Sør-Trøndelag}. Vi driver snekkerverksted, vaskeri, vedproduksjon "
                  "og en liten kafé på {g:Fillan}."),
            ("table", [["Eier", "Aksjer", "Andel"], ["{g?:Hitra} kommune", "140", "{p:70 %}"],
                       ["{g?:Frøya} kommune", "60", "{p:30 %}"]], {"ruled": True, "widths": [6.0, 2.5, 2.5]}),
            ("h", 2, "Året som gikk"),
            ("p", "Salget gikk noe ned i 2003, særlig fordi en stor kunde innen oppdrett la ned "
                  "virksomheten på {g:Dolm}. Vaskeriet fikk to nye avtaler med sykehjemmene. Arbeidsleder "
                  "Kristian Ansnes og arbeidsleder Marte Vingen har bygget opp et eget kurs i båtpuss."),
            ("p", "Tiltaksplassene var i snitt {p:98 %|tiltaksplassene} belagt, og fire arbeidstakere har "
                  "prøvd seg i ordinære bedrifter gjennom året."),
            ("h", 2, "Årsberetning 2003"),
            ("p", "Styret har i 2003 bestått av:"),
            ("p", "Eli Strand, styreleder"),
            ("p", "Bjarne Sandvik, nestleder"),
            ("p", "Aud Hammervik, styremedlem"),
            ("p", "Torstein Lie, styremedlem, ansattes representant"),
            ("p", "Gunn Reitan, varamedlem"),
            ("p", "Styret har hatt 7 møter og behandlet 38 saker. Generalforsamlingen ble holdt 28. mai "
                  "og ble ledet av varaordfører Liv Grønning."),
            ("p", "Arbeidsmiljøet anses som godt. Sykefraværet blant de ansatte var "
                  "{p:7,9 prosent|sykefraværet} mot {p:6,4 prosent|sykefraværet} året før. Av bedriftens "
                  "11 ansatte er 7 kvinner. Bedriften påvirker ikke det ytre miljø i vesentlig grad."),
            ("p", "Årsregnskapet viser et underskudd, som styret foreslår dekket av annen egenkapital. "
                  "Forutsetningen om fortsatt drift er til stede, og egenkapitalen er god."),
            ("pagebreak",),
            ("stmt", res, {"title": "Resultatregnskap for 2003"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2003"}),
            ("p", "Noter: 1) Regnskapsprinsipper etter regnskapsloven for små foretak. 2) Tilskudd fra Aetat "
                  "og kommunene. 3) Lønn til daglig leder kr 438 000. 4) Lineære avskrivninger. "
                  "5) Egenkapital: årets underskudd er ført mot annen egenkapital. 6) Lån i Kommunalbanken.",
             {"size": 8.5}),
            ("sign", "{g?:Hitra}, 12. februar 2004",
             [("Eli Strand", "styreleder"), ("Bjarne Sandvik", "nestleder"), ("Aud Hammervik", "styremedlem"),
              ("Torstein Lie", "styremedlem"), ("Sverre Nordbø", "daglig leder")], {"cols": 3}),
            ("p", "Revisor: Leif Arve Husby, registrert revisor, Hitra Regnskap og Revisjon", {"size": 8.5}),
            ("p", "Kystvekst Hitra AS, Fillingsvegen 12, 7240 {g?:Hitra} - e-post post@kystvekst.no",
             {"size": 8.5, "align": "center"}),
        ],
        "renditions": ["docx", "pdf"],
        "notes": "Vekstbedrift, 2003 (Hitra, Sør-Trøndelag). Board as 'Name, role' lines in the årsberetning; "
                 "the employees' representative says so (employee_elected known). VTA 26. Statements in "
                 "hele 1000 kr with brackets for negatives, a deficit in 2003. Varaordfører, arbeidsledere "
                 "and the auditor are not board.",
        "not_places": ["Hitra Regnskap og Revisjon"],
    }


REPORTS = [skarvheim_asvo_1988, vinger_amb_1998, kystvekst_hitra_2003]
