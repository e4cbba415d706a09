"""Forty-sixth held-out set, reports B: a bustad stiftelse, a revisjon IKS (scan), a friluftsråd (long).

Invented names and figures; layouts modelled on the kinds of page read in the ``pages`` corpus
(a stiftelse's short årsberetning signed by the board, an IKS årsmelding with the representantskap
by municipality, a friluftsråd's årsmelding listing the board as "Namn – kommune" with the
rekneskap beside the budget at the back).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent / "heldout")]
from heldout_finance import BUDGET, Col, Statement, balance, income  # noqa: E402


def nordbyhagen_2003() -> dict:
    """A stiftelse renting homes to the elderly: "Name, role" lines, a daglig leder, statements in
    kroner 2003/2002 with notes, the auditor's name in the notes, signatures as a table."""
    inc = income("nb", 2, [
        ("Husleieinntekter", "", [2_104_800, 2_046_300]),
        ("Andre inntekter", "", [38_450, 41_200]),
    ], [
        ("Lønn og godtgjørelser", "2", [286_400, 279_950]),
        ("Vedlikehold", "", [412_660, 365_118]),
        ("Kommunale avgifter og forsikring", "", [318_904, 301_447]),
        ("Avskrivninger", "3", [540_000, 540_000]),
        ("Andre driftskostnader", "", [102_311, 98_706]),
    ], fin=[("Renteinntekter", "", [44_118, 61_905]), ("Rentekostnader", "", [-398_200, -436_880])])
    bal = balance("nb", 2, [("Boliger og tomt", "3", [13_860_000, 14_400_000])],
                  [("Leiefordringer", "", [22_400, 18_350]), ("Bankinnskudd", "", "plug")],
                  [("Grunnkapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [2_045_829, 1_916_936])],
                  [("Lån Husbanken", "4", [12_140_000, 12_760_000])],
                  [("Depositum leietakere", "", [312_000, 296_000]), ("Annen kortsiktig gjeld", "", [96_214, 88_715])])
    cols = [Col("2003", 2003), Col("2002", 2002)]
    return {
        "name": "stiftelsen-nordbyhagen-2003", "lang": "nb", "year": 2003,
        "title": "Stiftelsen Nordbyhagen Boliger – Årsberetning og regnskap 2003",
        "organization": {"name": "Stiftelsen Nordbyhagen Boliger", "founded_year": 1986},
        "ceo": "Astrid Kolstad",
        "board": [("Harald Sveen", "LEDE", None), ("Gerd Olsbakken", "NEST", None),
                  ("Knut Hovdenak", "MEDL", None), ("Eva Grindalen", "MEDL", None),
                  ("Per Morten Lien", "VARA", None)],
        "not_board": ["Arne Tørudbakken", "Jorunn Hagen"],
        "notes": "Stiftelse, short; board as Name, role lines; signatures in a table; Word 97.",
        "renditions": ["doc"],
        "places_optional": ["Nordbyhagen"],
        "items": [
            ("h", 1, "Årsberetning 2003"),
            ("h", 2, "Stiftelsens formål"),
            ("p", "Stiftelsen Nordbyhagen Boliger ble opprettet i 1986 med formål å skaffe og leie ut "
                  "tilrettelagte boliger for eldre i {g:Ringsaker}. Stiftelsen eier 24 leiligheter på "
                  "Nordbyhagen i {g:Brumunddal}."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2003 hatt følgende sammensetning:"),
            ("p", "Harald Sveen, leder\nGerd Olsbakken, nestleder\nKnut Hovdenak, styremedlem\n"
                  "Eva Grindalen, styremedlem\nPer Morten Lien, varamedlem"),
            ("p", "Harald Sveen og Eva Grindalen er oppnevnt av {g:Ringsaker} kommune. Styret har hatt 5 møter. "
                  "Daglig leder er Astrid Kolstad i {p:40 prosent|stilling} stilling."),
            ("h", 2, "Drift"),
            ("p", "Alle leilighetene var utleid hele året. Husleien ble regulert med {p:2,5 %|husleien} fra 1. juli. "
                  "Ytterdørene i blokk B ble skiftet i september. Styret takker vaktmester Arne Tørudbakken "
                  "for godt arbeid gjennom mange år."),
            ("h", 2, "Økonomi"),
            ("p", "Årsresultatet ble et overskudd på 128 893 kroner, som overføres til annen egenkapital. "
                  "Forutsetningen om fortsatt drift er til stede."),
            ("stmt", Statement("Resultatregnskap for 2003", cols, inc, note_col="Note", thousands=".",
                               render="unruled")),
            ("stmt", Statement("Balanse per 31. desember 2003", cols, bal, note_col="Note", thousands=".",
                               render="unruled")),
            ("p", "Note 2: Stiftelsen har én ansatt. Styret har mottatt honorar på til sammen 18.000 kroner. "
                  "Revisjonshonoraret til revisor Jorunn Hagen var 14.500 kroner."),
            ("p", "Note 4: Lånet i Husbanken er sikret med pant i eiendommen."),
            ("table", [["{g:Brumunddal}, 19. mars 2004", "", ""], ["", "", ""],
                       ["Harald Sveen", "Gerd Olsbakken", "Knut Hovdenak"],
                       ["leder", "nestleder", "styremedlem"],
                       ["Eva Grindalen", "", "Astrid Kolstad"], ["styremedlem", "", "daglig leder"]],
             {"ruled": False, "gold_rows": False}),
        ],
    }


def indre_sogn_2012() -> dict:
    """A revisjon IKS in nynorsk, scanned: representantskap by municipality, styret as role:name
    lines, key figures in 1000 kr beside the budget, signatures."""
    inc = income("nn", 3, [
        ("Honorar frå eigarkommunane", "", [6_840, 6_900, 6_512]),
        ("Andre inntekter", "", [318, 250, 294]),
    ], [
        ("Løn og sosiale kostnader", "", [5_902, 6_010, 5_640]),
        ("Husleige og kontordrift", "", [612, 640, 598]),
        ("Andre driftskostnader", "", [402, 380, 411]),
    ], labels={"inc": None, "cost": None})
    cols = [Col("Rekneskap 2012", 2012), Col("Budsjett 2012", 2012, BUDGET), Col("Rekneskap 2011", 2011)]
    return {
        "name": "indre-sogn-revisjon-2012", "lang": "nn", "year": 2012,
        "title": "Indre Sogn Revisjon IKS – Årsmelding 2012",
        "organization": {"name": "Indre Sogn Revisjon IKS"},
        "ceo": "Olav Hauge Tenden",
        "board": [("Gunvor Njøs", "LEDE", None), ("Ivar Ølmheim", "NEST", None),
                  ("Ragnhild Hjelmeland", "MEDL", None), ("Steinar Bø", "VARA", None)],
        "not_board": ["Kåre Hamre", "Marta Lunde", "Jens Indrebø", "Inger Sviggum"],
        "notes": "Revisjon IKS in nynorsk, image-only scan of 2 pages.",
        "renditions": ["scan"],
        "items": [
            ("h", 1, "Årsmelding 2012"),
            ("p", "Indre Sogn Revisjon IKS utfører rekneskapsrevisjon, forvaltningsrevisjon og selskapskontroll "
                  "for eigarkommunane {g:Luster}, {g:Sogndal}, {g:Leikanger} og {g:Balestrand}. Kontoret ligg i "
                  "{g:Sogndal}."),
            ("h", 2, "Representantskapet"),
            ("p", "Representantskapet har desse medlemene: Kåre Hamre ({g:Luster}), leiar, Marta Lunde ({g:Sogndal}), "
                  "Jens Indrebø ({g:Leikanger}) og Inger Sviggum ({g:Balestrand}). Representantskapet hadde to møte."),
            ("h", 2, "Styret"),
            ("p", "Styreleiar: Gunvor Njøs\nNestleiar: Ivar Ølmheim\nStyremedlem: Ragnhild Hjelmeland\n"
                  "Varamedlem: Steinar Bø"),
            ("p", "Dagleg leiar og oppdragsansvarleg revisor er Olav Hauge Tenden. Selskapet hadde 7 tilsette i "
                  "6,4 årsverk. Sjukefråveret var {p:3,9 %|sjukefråveret}."),
            ("h", 2, "Oppdrag"),
            ("table", [["", "2012", "2011"], ["Timar rekneskapsrevisjon", "6 120", "6 340"],
                       ["Timar forvaltningsrevisjon", "1 980", "1 650"],
                       ["Prosjektrapportar levert", "5", "4"]], {"ruled": True}),
            ("stmt", Statement("Driftsrekneskap (i 1000 kr)", cols, inc, unit=1000, label_header="")),
            ("p", "Resultatet vart betre enn budsjettert, mest fordi ei stilling stod ledig i fire månader."),
            ("sign", "{g:Sogndal}, 14. februar 2013",
             [("Gunvor Njøs", "styreleiar"), ("Ivar Ølmheim", "nestleiar"), ("Ragnhild Hjelmeland", "styremedlem"),
              ("Olav Hauge Tenden", "dagleg leiar")], {"cols": 2}),
        ],
    }


def sulafjell_2024() -> dict:
    """A friluftsråd (interkommunalt samarbeid) in nynorsk, long: the board as "Namn – kommune",
    activity chapters, årsmøte, staff; the rekneskap with budget beside it at the back."""
    inc = income("nn", 3, [
        ("Kontingent frå medlemskommunane", "", [2_410_560, 2_410_000, 2_266_900]),
        ("Tilskot frå fylkeskommunen", "", [650_000, 650_000, 600_000]),
        ("Prosjekttilskot", "3", [1_886_420, 1_500_000, 1_702_115]),
        ("Andre inntekter", "", [214_880, 150_000, 188_340]),
    ], [
        ("Løn og sosiale kostnader", "2", [3_104_770, 3_050_000, 2_890_412]),
        ("Tiltak i friluftsområda", "", [1_402_116, 1_150_000, 1_240_880]),
        ("Aktivitetar og kurs", "", [388_904, 350_000, 362_017]),
        ("Administrasjon og husleige", "", [296_455, 300_000, 281_660]),
    ], fin=[("Renteinntekter", "", [61_880, 30_000, 40_112])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "op": "Driftsresultat",
                "net_fin": None, "result": "Årsresultat"})
    cols = [Col("Rekneskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Rekneskap 2023", 2023)]
    filler = ("Tiltaka vart gjennomførte i nært samarbeid med grunneigarar, lag og sogelag. Fleire av "
              "arbeidsdagane hadde god dugnadsinnsats, og tilbakemeldingane frå brukarane har vore gode.")
    return {
        "name": "sulafjell-friluftsrad-2024", "lang": "nn", "year": 2024,
        "title": "Sulafjell friluftsråd – Årsmelding 2024",
        "header": "Sulafjell friluftsråd – årsmelding 2024",
        "footer": "Sulafjell friluftsråd",
        "organization": {"name": "Sulafjell friluftsråd"},
        "ceo": "Lene Myklebust",
        "board": [("Arnfinn Vik", "LEDE", None), ("Solveig Brunstad", "NEST", None),
                  ("Hallvard Røyset", "MEDL", None), ("Torhild Giskegjerde", "MEDL", None)],
        "board_optional": [],
        "not_board": ["Jostein Fiskerstrand", "Oddrun Ulstein", "Rune Tennfjord", "Kristin Alnes",
                      "Mari Hessen", "Birgit Longva"],
        "notes": "Friluftsråd, long; board as Namn – kommune lines; valnemnd and staff beside; budget column.",
        "renditions": ["pdf"],
        "places_optional": ["Møre og Romsdal", "Vigra", "Storevatnet", "Alnes", "Sulafjellet", "Aksla", "Hamnsundet", "Langevatnet", "Rørvika", "Roald", "Lepsøyrevet", "Fiskarstrand", "Ellingsøy", "Hessa", "Flemsøy"],
        "items": [
            ("h", 1, "Årsmelding 2024"),
            ("p", "Sulafjell friluftsråd er eit interkommunalt samarbeid om friluftsliv mellom {g:Ålesund}, "
                  "{g:Sula}, {g:Giske} og {g:Haram}. Samarbeidet er organisert etter kommunelova kapittel 19 "
                  "som eit kommunalt oppgåvefellesskap."),
            ("toc", [("1 Styret og administrasjonen", 3), ("2 Sikring av friluftsområde", 5),
                     ("3 Tilrettelegging og drift", 6), ("4 Aktivitetsarbeid", 8), ("5 Rekneskap", 10)],
             {"title": "Innhald"}),
            ("pagebreak",),
            ("h", 2, "Føreord"),
            ("p", "2024 var det første året med {g:Haram} som eigen kommune att, og vi er glade for at "
                  "kommunestyret der valde å halde fram i samarbeidet. Takk til Birgit Longva i "
                  "Friluftsrådenes Landsforbund for god rettleiing, og til alle lag som har gjort ein innsats."),
            ("p", "Arnfinn Vik, styreleiar          Lene Myklebust, dagleg leiar"),
            ("pagebreak",),
            ("h", 1, "1 Styret og administrasjonen"),
            ("h", 2, "Årsmøtet"),
            ("p", "Årsmøtet vart halde i {g:Brattvåg} 18. april med representantar frå alle kommunane. "
                  "Møteleiar var Jostein Fiskerstrand."),
            ("h", 2, "Styret"),
            ("p", "Styret har hatt 6 møte og handsama 38 saker. Styret har hatt denne samansetjinga:"),
            ("tablines", [["Arnfinn Vik – {g:Ålesund}", "Styreleiar"], ["Solveig Brunstad – {g:Sula}", "Nestleiar"],
                          ["Hallvard Røyset – {g:Haram}", "Styremedlem"], ["Torhild Giskegjerde – {g:Giske}", "Styremedlem"]],
             {"stops": (7.0, 12.0)}),
            ("p", "Kvar kommune har personleg vara for sitt medlem; varamedlemene har ikkje møtt i 2024."),
            ("h", 2, "Valnemnd"),
            ("p", "Oddrun Ulstein (leiar) og Rune Tennfjord."),
            ("h", 2, "Administrasjonen"),
            ("p", "Lene Myklebust, dagleg leiar ({p:100 %|dagleg leiar})\nKristin Alnes, prosjektleiar "
                  "Læring i friluft ({p:60 %|prosjektleiar})\nMari Hessen, fagarbeidar ({p:80 %|fagarbeidar})"),
            ("pagebreak",),
            ("h", 1, "2 Sikring av friluftsområde"),
            ("p", "Friluftsrådet har i 2024 arbeidd med statleg sikring av to nye område: strandområdet ved "
                  "Vigra i {g:Giske} og ein turveg langs Storevatnet i {g:Sula}. " + filler),
            ("p", filler),
            ("h", 1, "3 Tilrettelegging og drift"),
            ("table", [["Område", "Kommune", "Tiltak 2024"],
                       ["Sulafjellet", "{g:Sula}", "Ny bru og skilting"],
                       ["Alnes", "{g:Giske}", "Toalett og søppeldunkar"],
                       ["Hamnsundet", "{g:Haram}", "Gapahuk"],
                       ["Aksla", "{g:Ålesund}", "Utbetring av trapp"]], {"ruled": True}),
            ("p", filler + " " + filler),
            ("pagebreak",),
            ("h", 1, "4 Aktivitetsarbeid"),
            ("table", [["Aktivitet", "Tal arrangement", "Deltakarar"], ["Friluftsskule", "4", "96"],
                       ["Læring i friluft (skuleklassar)", "41", "1 022"], ["Turar for seniorar", "12", "318"],
                       ["Fiskedag for familiar", "3", "410"]], {"ruled": True}),
            ("p", "Talet på deltakarar auka med {p:14 %|deltakarar} frå året før. " + filler),
            ("photo", 4, 5, "Friluftsskule ved Alnes fyr i juni."),
            ("p", filler),
            ("h", 2, "Informasjon og samarbeid"),
            ("p", "Friluftsrådet har hatt 38 oppslag i lokalavisene og om lag 4 200 følgjarar på sosiale medium. "
                  "Nettsida hadde 61 000 besøk. " + filler),
            ("p", filler + " " + filler),
            ("pagebreak",),
            ("h", 1, "Oversikt over sikra friluftsområde"),
            ("table", [["Område", "Kommune", "Sikra år"], ["Sulafjellet turområde", "{g:Sula}", "1998"], ["Langevatnet", "{g:Sula}", "2004"], ["Alnes strand", "{g:Giske}", "1991"], ["Rørvika", "{g:Giske}", "2009"], ["Roald friområde", "{g:Giske}", "2012"], ["Hamnsundet", "{g:Haram}", "2001"], ["Lepsøyrevet", "{g:Haram}", "2015"], ["Fiskarstrand friområde", "{g:Sula}", "2019"], ["Aksla og Byparken", "{g:Ålesund}", "1987"], ["Ellingsøy friområde", "{g:Ålesund}", "2006"], ["Hessa", "{g:Ålesund}", "2011"], ["Flemsøy badeplass", "{g:Haram}", "2022"]], {"ruled": True}),
            ("p", "Områda er sikra med statlege midlar og vert forvalta av friluftsrådet etter avtale med kommunane."),
            ("pagebreak",),
            ("h", 1, "5 Rekneskap"),
            ("p", "Rekneskapen er ført av {g:Ålesund} kommune som vertskommune og revidert av Møre og Romsdal "
                  "Revisjon SA."),
            ("stmt", Statement("Driftsrekneskap 2024", cols, inc, note_col="Note", label_header="Beløp i kroner")),
            ("p", "Note 3: Prosjekttilskot gjeld mellom anna Læring i friluft og sikringsarbeid. Ubrukte midlar "
                  "er ført som gjeld."),
            ("p", "Årsresultatet på 31 495 kroner vert overført til disposisjonsfond."),
            ("sign", "{g:Ålesund}, 20. februar 2025",
             [("Arnfinn Vik", "styreleiar"), ("Solveig Brunstad", "nestleiar"), ("Hallvard Røyset", ""),
              ("Torhild Giskegjerde", ""), ("Lene Myklebust", "dagleg leiar")], {"cols": 3}),
            ("pagebreak",),
            ("h", 1, "Vedtekter"),
            ("p", "§ 1 Namn. Namnet er Sulafjell friluftsråd. Friluftsrådet er eit kommunalt oppgåvefellesskap."),
            ("p", "§ 2 Føremål. Friluftsrådet skal fremje allmenn ferdsel og friluftsliv, sikre område for friluftsliv og leggje til rette for aktivitet for alle grupper."),
            ("p", "§ 3 Medlemer. Medlemer er kommunane som har slutta seg til samarbeidet. Utmelding skjer skriftleg med eitt års varsel."),
            ("p", "§ 4 Årsmøtet. Årsmøtet er det øvste organet og vert halde innan utgangen av april. Kvar kommune har to representantar."),
            ("p", "§ 5 Styret. Styret har eitt medlem med personleg vara frå kvar medlemskommune, valt for fire år."),
            ("p", "§ 6 Økonomi. Kontingenten vert fastsett av årsmøtet som eit kronebeløp per innbyggjar."),
            ("p", "§ 7 Endring av vedtektene. Endring krev to tredjedels fleirtal på årsmøtet og godkjenning i kommunestyra."),
        ],
    }


REPORTS = [nordbyhagen_2003, indre_sogn_2012, sulafjell_2024]
