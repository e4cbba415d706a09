"""Forty-sixth held-out set, reports A: a renovasjon IKS (long), a kulturhus KF, a varme AS.

Invented names and figures; layouts modelled on the kinds of page read in the ``pages`` corpus
(an IKS årsmelding in two parts, a KF's særregnskap beside its budget, an AS with an e-signature
page). Real places are marked for gold and are valid in each report's year.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent / "heldout")]
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income  # noqa: E402


def trollskog_2008() -> dict:
    """A renovasjon IKS: representantskap beside styret with personal deputies, tonnage tables,
    statements in kroner far from the start, the auditor's page, signatures."""
    inc = income("nb", 2, [
        ("Renovasjonsgebyr husholdning", "2", [38_412_560, 36_905_114]),
        ("Slamgebyr", "", [4_118_300, 3_987_650]),
        ("Salg av gjenvinningsmateriale", "", [2_906_415, 3_340_220]),
        ("Næringsavfall og andre inntekter", "", [5_210_988, 4_771_032]),
    ], [
        ("Lønn og sosiale kostnader", "3", [9_874_120, 9_310_447]),
        ("Transport og innsamling", "", [15_663_904, 14_980_315]),
        ("Behandling av restavfall", "", [12_408_777, 12_115_090]),
        ("Avskrivninger", "4", [3_402_118, 3_188_560]),
        ("Andre driftskostnader", "", [8_310_211, 7_907_402]),
    ], fin=[("Finansinntekter", "", [412_806, 355_140]), ("Finanskostnader", "", [-1_288_455, -1_102_771])])
    bal = balance("nb", 2, [
        ("Tomt og bygninger", "4", [21_455_000, 22_190_000]),
        ("Maskiner, biler og containere", "4", [9_870_330, 8_644_215]),
    ], [
        ("Kundefordringer", "", [4_118_902, 3_705_331]),
        ("Andre fordringer", "", [612_440, 580_118]),
        ("Bankinnskudd", "5", "plug"),
    ], [
        ("Innskutt egenkapital", "", [3_000_000, 3_000_000]),
        ("Annen egenkapital", "", [3_346_046, 3_232_562]),
    ], [
        ("Pantelån Kommunalbanken", "6", [22_400_000, 23_600_000]),
        ("Pensjonsforpliktelser", "3", [3_115_880, 2_870_114]),
    ], [
        ("Leverandørgjeld", "", [5_906_330, 5_118_407]),
        ("Skyldige offentlige avgifter", "", [1_455_208, 1_390_776]),
        ("Annen kortsiktig gjeld", "", [1_802_115, 1_544_902]),
    ])
    cols = [Col("2008", 2008), Col("2007", 2007)]
    lorem = ("Innsamlingen ble i hovedsak gjennomført etter oppsatt rute, med enkelte avvik i ukene før jul "
             "da snømengdene gjorde flere private veier vanskelig framkommelige. Avvikene ble rettet opp innen "
             "to virkedager, og klagene gikk noe ned sammenlignet med året før.")
    return {
        "name": "trollskog-renovasjon-2008", "lang": "nb", "year": 2008,
        "title": "Trollskog Renovasjon IKS – Årsmelding 2008",
        "header": "Trollskog Renovasjon IKS · Årsmelding 2008", "footer": "Trollskog Renovasjon IKS – org.nr. 975 331 208",
        "organization": {"name": "Trollskog Renovasjon IKS", "founded_year": 1992},
        "ceo": "Svein Arne Haugerud",
        "board": [("Kari Elin Bjørkvang", "LEDE", None), ("Tore Mathisen", "NEST", None),
                  ("Anne-Grethe Solstad", "MEDL", None), ("Jon Ivar Rud", "MEDL", None),
                  ("Hege Sagbakken", "MEDL", None),
                  ("Ola Bakkerud", "VARA", None), ("Randi Holtet", "VARA", None),
                  ("Per Kristian Fjeld", "VARA", None), ("Siri Nygård", "VARA", None),
                  ("Leif Arnesen", "VARA", None)],
        "not_board": ["Gunnar Ødegården", "Marit Løvlien", "Arild Sletten", "Liv Torill Kaspersen",
                      "Terje Engebakken", "Bjørn Strand", "Torunn Wold"],
        "notes": "Renovasjon IKS, long; board members beside personal deputies, representantskap before it.",
        "renditions": ["pdf"],
        "places_optional": ["Hedmark", "Bjørkmoen"],
        "items": [
            ("h", 1, "Årsmelding 2008"),
            ("p", "Trollskog Renovasjon IKS er et interkommunalt selskap eid av {g:Nord-Odal}, {g:Sør-Odal} og "
                  "{g:Eidskog} kommuner. Selskapet ble stiftet i 1992 og har ansvaret for innsamling og behandling "
                  "av husholdningsavfall og slam i eierkommunene."),
            ("toc", [("Del 1 Styrets årsberetning", 2), ("Del 2 Virksomheten i 2008", 5),
                     ("Årsregnskap 2008", 9), ("Revisjonsberetning", 12)], {"title": "Innhold"}),
            ("pagebreak",),
            ("h", 1, "Del 1 Styrets årsberetning"),
            ("h", 2, "Virksomhetens art og hvor den drives"),
            ("p", "Selskapet har forretningskontor og gjenvinningsstasjon på Bjørkmoen i {g:Sør-Odal}."
                  " I tillegg driver selskapet en mindre stasjon i {g:Skotterud} og en mottaksplass for hageavfall."),
            ("h", 2, "Representantskapet"),
            ("p", "Representantskapet er selskapets øverste organ og har ett medlem fra hver eierkommune. "
                  "Representantskapet hadde to møter i 2008, der budsjett, årsregnskap og økonomiplan ble behandlet."),
            ("table", [["Kommune", "Medlem", "Varamedlem"],
                       ["{g:Nord-Odal}", "Gunnar Ødegården (leder)", "Marit Løvlien"],
                       ["{g:Sør-Odal}", "Arild Sletten", "Liv Torill Kaspersen"],
                       ["{g:Eidskog}", "Terje Engebakken", "Bjørn Strand"]], {"ruled": True, "gold_rows": False}),
            ("h", 2, "Styret"),
            ("p", "Styret har hatt 8 møter og behandlet 54 saker i 2008. Styret har i året bestått av:"),
            ("table", [["Styremedlem", "Personlig varamedlem"],
                       ["Kari Elin Bjørkvang, styreleder", "Ola Bakkerud"],
                       ["Tore Mathisen, nestleder", "Randi Holtet"],
                       ["Anne-Grethe Solstad", "Per Kristian Fjeld"],
                       ["Jon Ivar Rud", "Siri Nygård"],
                       ["Hege Sagbakken", "Leif Arnesen"]], {"ruled": True, "gold_rows": False}),
            ("p", "Daglig leder har vært Svein Arne Haugerud. Selskapets revisor er Hedmark Revisjon IKS."),
            ("h", 2, "Arbeidsmiljø og personale"),
            ("p", "Ved utgangen av året hadde selskapet 17 ansatte fordelt på 16,2 årsverk. Sykefraværet var "
                  "{p:5,8 %|sykefraværet} mot {p:7,1 %|året før} året før. Det har ikke vært skader som har ført til fravær."),
            ("h", 2, "Likestilling"),
            ("p", "Av selskapets 17 ansatte er 4 kvinner. Styret består av tre kvinner og to menn."),
            ("h", 2, "Ytre miljø"),
            ("p", "Selskapets virksomhet forurenser det ytre miljø gjennom utslipp fra renovasjonsbilene. "
                  "Alle nye biler oppfyller Euro 5-kravene."),
            ("h", 2, "Økonomi"),
            ("p", "Driftsinntektene ble 50,6 millioner kroner mot 49,0 millioner kroner i 2007. Årsresultatet "
                  "ble et overskudd på 113 484 kroner, som overføres til annen egenkapital. Regnskapet er avlagt "
                  "under forutsetning av fortsatt drift, og styret bekrefter at forutsetningen er til stede."),
            ("sign", "Bjørkmoen, 24. februar 2009",
             [("Kari Elin Bjørkvang", "styreleder"), ("Tore Mathisen", "nestleder"), ("Anne-Grethe Solstad", ""),
              ("Jon Ivar Rud", ""), ("Hege Sagbakken", ""), ("Svein Arne Haugerud", "daglig leder")], {"cols": 3}),
            ("pagebreak",),
            ("h", 1, "Del 2 Virksomheten i 2008"),
            ("h", 2, "Abonnenter"),
            ("table", [["Kommune", "2008", "2007"], ["{g:Nord-Odal}", "2 318", "2 301"], ["{g:Sør-Odal}", "3 402", "3 377"],
                       ["{g:Eidskog}", "2 866", "2 859"], ["Sum abonnenter", "8 586", "8 537"]], {"ruled": True}),
            ("p", lorem),
            ("h", 2, "Avfallsmengder"),
            ("table", [["Fraksjon (tonn)", "2008", "2007", "Endring"],
                       ["Restavfall", "3 905", "4 112", "{p:-5,0 %}"],
                       ["Papir og papp", "1 402", "1 366", "{p:2,6 %}"],
                       ["Glass og metall", "318", "297", "{p:7,1 %}"],
                       ["Hageavfall", "1 120", "985", "{p:13,7 %}"]], {"ruled": True}),
            ("p", "Sorteringsgraden for husholdningsavfallet økte til {p:41 %|sorteringsgraden} i 2008. "
                  + lorem),
            ("h", 2, "Gjenvinningsstasjonene"),
            ("p", "Stasjonene hadde til sammen 31 400 besøk. Ordningen med gratis levering av farlig avfall "
                  "ble godt mottatt. " + lorem),
            ("photo", 2, 3, "Ny komprimator på Bjørkmoen ble tatt i bruk i mai."),
            ("h", 2, "Slam"),
            ("p", "Det ble tømt 1 866 slamavskillere i 2008. Tømmingen av tette tanker følger egen rute. " + lorem),
            ("pagebreak",),
            ("h", 1, "Årsregnskap 2008"),
            ("stmt", Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i NOK")),
            ("stmt", Statement("Balanse pr. 31.12.", cols, bal, note_col="Note", label_header="Beløp i NOK")),
            ("h", 2, "Noter til regnskapet"),
            ("p", "Note 1 Regnskapsprinsipper. Årsregnskapet er satt opp i samsvar med regnskapsloven og god "
                  "regnskapsskikk for små foretak."),
            ("p", "Note 2 Gebyrer. Renovasjonsgebyret for en standard husholdning var 2 310 kroner eks. mva."),
            ("p", "Note 3 Lønn og pensjon. Daglig leders lønn utgjorde 612 000 kroner. Styrehonorarer ble "
                  "utbetalt med til sammen 96 000 kroner. Selskapet har pensjonsordning i KLP."),
            ("p", "Note 5 Bundne midler. Av bankinnskuddene er 412 000 kroner skattetrekksmidler."),
            ("pagebreak",),
            ("h", 1, "Revisjonsberetning"),
            ("p", "Til representantskapet i Trollskog Renovasjon IKS"),
            ("p", "Vi har revidert årsregnskapet for Trollskog Renovasjon IKS for regnskapsåret 2008. "
                  "Etter vår mening er årsregnskapet avgitt i samsvar med lov og forskrifter og gir et "
                  "uttrykk for selskapets økonomiske stilling 31. desember 2008."),
            ("p", "{g:Hamar}, 2. mars 2009\nHedmark Revisjon IKS\n\nTorunn Wold\nregistrert revisor"),
        ],
    }


def brygga_2016() -> dict:
    """A kulturhus KF: board chosen by the kommunestyre plus one ansattvalgt member, særregnskap with
    the budget beside the actuals (i 1000 kr), activity figures, the leader's letter first."""
    inc = income("nb", 3, [
        ("Billettinntekter", "", [6_412, 5_800, 5_977]),
        ("Utleie og arrangement", "", [3_118, 3_300, 2_904]),
        ("Kafé og bar", "", [2_206, 2_000, 1_988]),
        ("Driftstilskudd fra kommunen", "", [7_500, 7_500, 7_300]),
    ], [
        ("Lønn og sosiale utgifter", "", [8_904, 8_750, 8_502]),
        ("Artisthonorarer og produksjon", "", [5_610, 5_100, 5_233]),
        ("Husleie og energi", "", [2_810, 2_850, 2_766]),
        ("Andre driftsutgifter", "", [1_720, 1_600, 1_544]),
    ], labels={"inc": "Driftsinntekter", "sum_inc": "Sum driftsinntekter", "cost": "Driftsutgifter",
               "sum_cost": "Sum driftsutgifter", "op": "Brutto driftsresultat", "result": "Netto driftsresultat"},
        fin=[("Renteinntekter", "", [46, 30, 41])])
    cols = [Col("Regnskap 2016", 2016), Col("Budsjett 2016", 2016, BUDGET), Col("Regnskap 2015", 2015)]
    return {
        "name": "brygga-kulturhus-kf-2016", "lang": "nb", "year": 2016,
        "title": "Brygga kulturhus KF – Årsrapport 2016",
        "footer": "Brygga kulturhus KF · Årsrapport 2016",
        "organization": {"name": "Brygga kulturhus KF"},
        "ceo": "Mona Pettersen",
        "emp_known": True,
        "board": [("Trond Halvorsen", "LEDE", False), ("Ingrid Sæther", "NEST", False),
                  ("Kjell Arne Nilsen", "MEDL", False), ("Synnøve Strøm", "MEDL", False),
                  ("Amir Hasanović", "MEDL", True),
                  ("Bente Kristoffersen", "VARA", None), ("Rolf Eliassen", "VARA", None)],
        "not_board": ["Elin Kvalø", "Peder Hansen", "Lise Andreassen"],
        "notes": "Kommunalt foretak; særregnskap with budget column; one ansattvalgt board member.",
        "renditions": ["pdf", "docx"],
        "items": [
            ("h", 1, "Årsrapport 2016"),
            ("h", 2, "Daglig leder har ordet"),
            ("p", "2016 ble et rekordår for Brygga. Aldri før har så mange funnet veien til kulturhuset i "
                  "{g:Sandnessjøen}. Jeg vil takke ordfører Peder Hansen og kulturetaten for et godt samarbeid, "
                  "og ikke minst de frivillige i Brygga venneforening under ledelse av Lise Andreassen."),
            ("p", "Mona Pettersen\ndaglig leder"),
            ("h", 2, "Om foretaket"),
            ("p", "Brygga kulturhus KF er et kommunalt foretak etter kommuneloven kapittel 11, heleid av "
                  "{g:Alstahaug kommune|Alstahaug}. Foretaket drifter kulturhuset med storsal, kinosal og "
                  "kafé. Styret er oppnevnt av kommunestyret for perioden 2015–2019."),
            ("h", 2, "Styret"),
            ("table", [["Rolle", "Navn"], ["Styreleder", "Trond Halvorsen"], ["Nestleder", "Ingrid Sæther"],
                       ["Styremedlem", "Kjell Arne Nilsen"], ["Styremedlem", "Synnøve Strøm"],
                       ["Styremedlem (ansattes representant)", "Amir Hasanović"],
                       ["Varamedlem", "Bente Kristoffersen"], ["Varamedlem", "Rolf Eliassen"]],
             {"ruled": False}),
            ("p", "Styret har hatt 7 møter og behandlet 41 saker. Rådmannen har vært representert ved "
                  "kultursjef Elin Kvalø, som har møte- og talerett."),
            ("h", 2, "Aktivitet"),
            ("table", [["", "2016", "2015", "2014"], ["Arrangementer i storsalen", "142", "131", "127"],
                       ["Kinoforestillinger", "608", "590", "571"], ["Besøkende totalt", "71 840", "64 315", "60 902"],
                       ["Belegg storsal", "{p:68 %}", "{p:63 %}", "{p:61 %}"]], {"ruled": True}),
            ("p", "Besøket økte med {p:11,7 %|besøket økte} fra året før, mest på konserter for barn og unge."),
            ("h", 2, "Personal og arbeidsmiljø"),
            ("p", "Foretaket har 14 faste ansatte i 11,6 årsverk og om lag 40 timelønte. Sykefraværet var "
                  "{p:4,2 %|sykefraværet}."),
            ("h", 2, "Økonomi"),
            ("p", "Foretaket fikk et netto driftsresultat på 238 000 kroner mot budsjettert 330 000 kroner. "
                  "Styret foreslår at resultatet avsettes til disposisjonsfond."),
            ("stmt", Statement("Driftsregnskap 2016", cols, inc, unit=1000, label_header="Tall i 1000 kr")),
            ("sign", "{g:Sandnessjøen}, 16. februar 2017",
             [("Trond Halvorsen", "styreleder"), ("Ingrid Sæther", "nestleder"), ("Kjell Arne Nilsen", "styremedlem"),
              ("Synnøve Strøm", "styremedlem"), ("Amir Hasanović", "styremedlem"), ("Mona Pettersen", "daglig leder")],
             {"cols": 3}),
        ],
    }


def storebru_2021() -> dict:
    """A municipally owned AS in nynorsk: owners with shares, a short årsmelding, statements in NOK
    two years side by side, and an e-signature page ("Etternamn, Førenamn") as the board's only list
    beside the prose."""
    inc = income("nn", 2, [
        ("Sal av varme", "", [14_806_412, 12_114_590]),
        ("Andre driftsinntekter", "", [512_300, 498_770]),
    ], [
        ("Varekostnad flis og olje", "", [6_118_450, 4_906_112]),
        ("Lønnskostnad", "6", [2_415_004, 2_330_980]),
        ("Avskrivingar", "3", [2_980_000, 2_950_000]),
        ("Annan driftskostnad", "", [1_904_877, 1_822_410]),
    ], fin=[("Finansinntekter", "", [8_110, 12_904]), ("Finanskostnader", "", [-1_106_440, -1_215_870])],
        tax=("Skattekostnad", "7", [401_000, 92_000]))
    bal = balance("nn", 2, [("Varmesentral og leidningsnett", "3", [48_200_000, 51_180_000])],
                  [("Kundefordringar", "", [2_904_116, 2_405_880]), ("Bankinnskot", "", "plug")],
                  [("Aksjekapital", "", [10_000_000, 10_000_000]), ("Annan eigenkapital", "", [3_493_180, 3_092_129])],
                  [("Lån Kommunalbanken", "", [33_600_000, 36_400_000])],
                  [("Leverandørgjeld", "", [1_880_402, 1_406_115]), ("Betalbar skatt", "", [401_000, 92_000]),
                   ("Anna kortsiktig gjeld", "", [1_254_330, 1_170_908])])
    cols = [Col("2021", 2021), Col("2020", 2020)]
    return {
        "name": "storebru-varme-2021", "lang": "nn", "year": 2021,
        "title": "Storebru Varme AS – Årsmelding og årsrekneskap 2021",
        "organization": {"name": "Storebru Varme AS",
                         "owners": [{"name": "Sunnfjord kommune", "share_percent": 66.0},
                                    {"name": "Kinn kommune", "share_percent": 34.0}]},
        "ceo": "Eirik Vassbotn",
        "board": [("Signe Bjørlo", "LEDE", None), ("Magne Årdal", "MEDL", None), ("Hilde Rygg", "MEDL", None),
                  ("Odd Inge Hatlestad", "MEDL", None)],
        "not_board": ["Jenny Følling", "Arnstein Nes"],
        "notes": "Municipally owned AS in nynorsk; e-signature page with surname first.",
        "renditions": ["pdf"],
        "places_optional": ["Storebru"],
        "items": [
            ("h", 1, "Årsmelding 2021"),
            ("h", 2, "Verksemda"),
            ("p", "Storebru Varme AS produserer og sel fjernvarme frå varmesentralen på Storebru i "
                  "{g:Førde}. Selskapet er eigd av {g:Sunnfjord kommune|Sunnfjord} med {p:66 %|Sunnfjord kommune} "
                  "og {g:Kinn kommune|Kinn} med {p:34 %|Kinn kommune}. Generalforsamlinga vart halden 10. juni, "
                  "der ordførar Jenny Følling representerte hovudeigaren."),
            ("p", "Levert varme auka til 21,4 GWh, og {p:96 %|av energien} av energien kom frå fornybar flis. "
                  "Styret og dagleg leiar Eirik Vassbotn takkar dei tilsette for god innsats i eit år med "
                  "smittevernomsyn."),
            ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
            ("p", "Selskapet har tre tilsette. Sjukefråveret var {p:2,1 %|sjukefråveret}. Styret har to kvinner og "
                  "to menn. Styret har i 2021 vore samansett av Signe Bjørlo (leiar), Magne Årdal, Hilde Rygg og "
                  "Odd Inge Hatlestad. Verksemda reduserer utslepp ved å erstatte oljefyring i kommunale bygg."),
            ("h", 2, "Økonomi og framhald"),
            ("p", "Årsresultatet etter skatt vart 401 051 kroner, som vert overført til annan eigenkapital. "
                  "Føresetnaden om vidare drift er lagt til grunn for rekneskapen."),
            ("p", "{g:Førde}, 22. mars 2022 – Styret i Storebru Varme AS"),
            ("pagebreak",),
            ("stmt", Statement("Resultatrekneskap", cols, inc, note_col="Note", label_header="Beløp i NOK")),
            ("stmt", Statement("Balanse per 31.12.", cols, bal, note_col="Note", label_header="Beløp i NOK")),
            ("p", "Note 6 Lønskostnad: Løn til dagleg leiar utgjorde 812 400 kroner. Revisor er Arnstein Nes, "
                  "statsautorisert revisor, med honorar 48 000 kroner."),
            ("esign", "Signert elektronisk", "Dokumentet er signert av følgjande partar:",
             [["Bjørlo, Signe", "Styreleiar", "2022-03-22 14:05"], ["Årdal, Magne", "Styremedlem", "2022-03-22 15:41"],
              ["Rygg, Hilde", "Styremedlem", "2022-03-23 08:12"], ["Hatlestad, Odd Inge", "Styremedlem", "2022-03-23 09:30"],
              ["Vassbotn, Eirik", "Dagleg leiar", "2022-03-23 10:02"]]),
        ],
    }


REPORTS = [trollskog_2008, brygga_2016, storebru_2021]
