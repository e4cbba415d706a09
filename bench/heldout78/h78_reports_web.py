"""The designed reports of the seventy-eighth set: pages of ``h78_page`` printed by Chromium.
Invented companies, people and figures; real places valid in each report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income


def vefsnhagen_2013() -> dict:
    """Nordland 2013, bokmål. Board as cards with drawn portraits, the employees' member marked
    by a line "Valgt av de ansatte"; the leader's word in a shaded box; a reprinted newspaper
    piece quoting another organisation's chair; owners in a table."""
    cols = [Col("2013", 2013), Col("2012", 2012)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Tiltaksinntekter NAV", "", [11_804, 11_210]), ("Produksjon og salg", "", [6_412, 6_098])],
        cost=[("Varekostnad", "", [2_215, 2_106]), ("Lønn og personalkostnader", "", [13_420, 12_877]),
              ("Avskrivninger", "", [644, 610]), ("Andre driftskostnader", "", [1_512, 1_488])],
        fin=[("Netto finans", "", [-96, -120])], labels={"net_fin": "Sum finansposter"}),
        label_header="Tall i 1000 kr", below="Alle tall i hele tusen kroner.", unit=1000)
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "", [7_420, 7_810]), ("Driftsmidler", "", [1_304, 1_215])],
        current=[("Fordringer", "", [1_122, 1_040]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [500, 500]), ("Annen egenkapital", "", [6_845, 6_516])],
        long=[("Langsiktige lån", "", [3_200, 3_600])],
        short=[("Kortsiktig gjeld", "", [2_418, 2_306])]),
        label_header="Tall i 1000 kr", unit=1000)
    return {
        "name": "vefsnhagen-vekst-2013", "lang": "nb", "year": 2013, "title": "Vefsnhagen Vekst AS årsrapport 2013",
        "colour": "#1d4f73",
        "organization": {"name": "Vefsnhagen Vekst AS", "founded_year": 1986, "address": "Sjøgata 41, 8656 Mosjøen",
                         "phone": "75 17 33 80", "email": "firmapost@vefsnhagen.no", "website": "www.vefsnhagen.no",
                         "owners": [{"name": "Vefsn kommune", "share_percent": 60.0},
                                    {"name": "Grane kommune", "share_percent": 25.0},
                                    {"name": "Hattfjelldal kommune", "share_percent": 15.0}]},
        "ceo": "Marit Sundnes",
        "board": [("Rolf Ivar Åsli", "LEDE", False), ("Gunvor Bjørnaas", "NEST", False), ("Steinar Kolstad", "MEDL", False),
                  ("Hanne Mari Leirvik", "MEDL", False), ("Kristoffer Dahle", "MEDL", True)],
        "not_board": ["Odd Helge Sørvik", "Tove Lillehammer", "Bård Kvitnes"],
        "programs": {"VTA": 38, "AFT": 24},
        "renditions": ["chrome"],
        "notes": "Board cards with portraits; employee member marked by a line under the name; a reprinted piece.",
        "items": [
            ("h", 1, "Årsrapport 2013"),
            ("p", "Vefsnhagen Vekst AS – arbeid, opplæring og mestring på {g:Helgeland} siden 1986.", {"cls": "lead"}),
            ("aside", [("p", "Året 2013 ble et godt år for bedriften. Vi fikk flere deltakere ut i ordinært arbeid "
                             "enn noen gang, og vi åpnet ny avdeling for vedlikehold av uteområder i {g:Mosjøen}."),
                       ("p", "Marit Sundnes, daglig leder")], {"title": "Leders ord"}),
            ("h", 2, "Om bedriften"),
            ("p", "Bedriften eies av {g:Vefsn kommune|Vefsn}, {g:Grane kommune|Grane} og "
                  "{g:Hattfjelldal kommune|Hattfjelldal}. Postadresse Sjøgata 41, 8656 {g:Mosjøen}. Telefon "
                  "75 17 33 80 · firmapost@vefsnhagen.no · www.vefsnhagen.no"),
            ("table", [["Eier", "Andel"], ["{g:Vefsn kommune|Vefsn}", "{p:60 %}"], ["{g:Grane kommune|Grane}", "{p:25 %}"],
                       ["{g:Hattfjelldal kommune|Hattfjelldal}", "{p:15 %}"]]),
            ("h", 2, "Tiltak"),
            ("table", [["Tiltak", "Plasser", "Årsverk 2013"], ["VTA", "38", "37,2"], ["AFT", "24", "21,8"]]),
            ("p", "Av dem som avsluttet AFT i 2013 fikk {p:38 %|jobb eller startet utdanning} jobb eller startet utdanning. "
                  "Samarbeidet med NAV {g:Vefsn} ved Odd Helge Sørvik har vært godt."),
            ("h", 2, "Styret"),
            ("cards", [("Rolf Ivar Åsli", ["Styreleder"]), ("Gunvor Bjørnaas", ["Nestleder"]),
                       ("Steinar Kolstad", ["Styremedlem"]), ("Hanne Mari Leirvik", ["Styremedlem"]),
                       ("Kristoffer Dahle", ["Styremedlem", "Valgt av de ansatte"])], {"cols": 3}),
            ("h", 2, "Økonomi"),
            ("p", "Bedriften fikk et årsresultat på 329 000 kroner. Sykefraværet endte på {p:7,1 %|sykefraværet}."),
            ("stmt", res, {"title": "Resultatregnskap"}),
            ("stmt", bal, {"title": "Balanse 31. desember"}),
            ("article", {"source": "Fra lokalavisen, oktober 2013", "title": "Nytt verksted åpnet",
                         "byline": "Tekst: Tove Lillehammer",
                         "paras": ["Det var full sal da det nye verkstedet ble åpnet i {g:Mosjøen} torsdag.",
                                   "– Dette er viktig for hele regionen, sa Bård Kvitnes, leder i "
                                   "næringsforeningen, under åpningen."]}),
        ],
    }


def fjellskaret_2021() -> dict:
    """Møre og Romsdal 2021, nynorsk. Board as a grid Rolle | Namn | Personleg vara, the tilsette's
    member marked with an asterisk explained below; programs in prose with VTO; statement with
    budget between the two years; dagleg leiar only in the contact footer."""
    cols = [Col("Rekneskap 2021", 2021), Col("Budsjett 2021", 2021, BUDGET), Col("Rekneskap 2020", 2020)]
    res = Statement("Resultatrekneskap 2021", cols, income(
        "nn", 3,
        inc=[("Tilskot frå NAV", "", [8_640_200, 8_500_000, 8_205_450]),
             ("Sal", "", [4_218_900, 4_000_000, 3_877_200])],
        cost=[("Varekostnad", "", [1_488_300, 1_400_000, 1_366_010]),
              ("Løn", "", [9_211_433, 9_150_000, 8_804_112]),
              ("Andre driftskostnader", "", [1_702_118, 1_650_000, 1_615_700])],
        fin=[("Finanspostar", "", [-22_040, -30_000, -31_880])]),
        label_header="", negative="paren")
    return {
        "name": "fjellskaret-arbeid-2021", "lang": "nn", "year": 2021, "title": "Årsmelding 2021",
        "colour": "#6b3a1f",
        "organization": {"name": "Fjellskaret Arbeid AS", "founded_year": 1991, "address": "Sanden 12, 6100 Volda",
                         "phone": "70 05 91 40", "email": "post@fjellskaret.no", "website": "fjellskaret.no",
                         "owners": [{"name": "Volda kommune", "share_percent": 70.0},
                                    {"name": "Ørsta kommune", "share_percent": 30.0}]},
        "ceo": "Eldbjørg Rekdal",
        "board": [("Sindre Aarflot", "LEDE", False), ("Hildegunn Kvistad", "NEST", False), ("Olav Nupen", "MEDL", False),
                  ("Randi Fyldal", "MEDL", True), ("Jostein Bakke", "VARA", None), ("Kari Myklebust", "VARA", None),
                  ("Trond Engeset", "VARA", None)],
        "not_board": ["Per Ivar Strand", "Anne Grete Hjelle"],
        "programs": {"VTA": 22, "AFT": 14, "VTO": 5},
        "renditions": ["chrome"],
        "notes": "Grid with personal deputies; employee member marked with an asterisk explained below.",
        "items": [
            ("h", 1, "Fjellskaret Arbeid AS – årsmelding 2021"),
            ("h", 2, "Kven vi er"),
            ("p", "Fjellskaret Arbeid AS vart skipa i 1991 og held til i {g:Volda}, med avdeling i {g:Hornindal}. "
                  "{g:Volda kommune|Volda} eig {p:70 %|Volda kommune} av aksjane og {g:Ørsta kommune|Ørsta} "
                  "{p:30 %|Ørsta kommune}."),
            ("h", 2, "Tiltaka våre"),
            ("p", "Vi hadde i 2021 22 godkjende plassar i varig tilrettelagt arbeid (VTA), 14 plassar i "
                  "arbeidsførebuande trening (AFT) og 5 plassar i varig tilrettelagt arbeid i ordinær verksemd "
                  "(VTO). Pandemien gjorde at berre {p:88 %|plassane var i bruk} av plassane var i bruk i snitt."),
            ("h", 2, "Styret"),
            ("table", [["Rolle", "Namn", "Personleg vara"], ["Styreleiar", "Sindre Aarflot", "Jostein Bakke"],
                       ["Nestleiar", "Hildegunn Kvistad", "Kari Myklebust"], ["Styremedlem", "Olav Nupen", ""],
                       ["Styremedlem", "Randi Fyldal*", "Trond Engeset"]]),
            ("p", "* vald av og blant dei tilsette", {"cls": "small"}),
            ("p", "Styret har hatt 8 møte. Revisor er Per Ivar Strand frå {g?:Sunnmøre} Revisjon."),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Sjukefråværet var {p:5,5 %|sjukefråværet}. Styret takkar Anne Grete Hjelle, som gjekk av med "
                  "pensjon etter 25 år som arbeidsleiar."),
            ("h", 2, "Rekneskap"),
            ("stmt", res, {"title": "Resultatrekneskap 2021"}),
            ("p", "Fjellskaret Arbeid AS · Sanden 12, 6100 {g:Volda} · 70 05 91 40 · post@fjellskaret.no · "
                  "fjellskaret.no · Dagleg leiar: Eldbjørg Rekdal", {"cls": "small"}),
        ],
    }


def lyngsaker_2025() -> dict:
    """Agder 2025, bokmål. A short "Name (role)" list, the board's e-signature page "Surname,
    Given names"; employees' representative so called; daglig leder in a ledergruppe table with
    staff who are not board; program table with places and person-years."""
    cols = [Col("2025", 2025), Col("2024", 2024)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Tiltaksinntekter", "2", [21_420_800, 20_118_300]), ("Salgsinntekter", "", [9_806_140, 9_412_775])],
        cost=[("Varekostnad", "", [3_104_228, 2_987_400]), ("Lønnskostnad", "3", [23_840_112, 22_660_905]),
              ("Avskrivning", "", [918_300, 874_200]), ("Annen driftskostnad", "", [2_677_004, 2_544_318])],
        fin=[("Finansinntekt", "", [214_880, 188_412]), ("Finanskostnad", "", [-302_115, -318_770])]),
        note_col="Note", label_header="")
    bal = Statement("Balanse per 31.12.", cols, balance(
        "nb", 2,
        fixed=[("Tomter og bygninger", "", [14_200_000, 14_680_000]), ("Maskiner og kjøretøy", "", [2_318_400, 2_501_100])],
        current=[("Kundefordringer", "", [2_044_810, 1_918_334]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [1_000_000, 1_000_000]), ("Annen egenkapital", "", [12_488_902, 11_888_826])],
        long=[("Gjeld til kredittinstitusjoner", "", [6_400_000, 6_900_000])],
        short=[("Leverandørgjeld", "", [1_180_440, 1_102_870]), ("Annen kortsiktig gjeld", "", [3_612_508, 3_455_210])]),
        note_col="Note", label_header="")
    return {
        "name": "lyngsaker-inkludering-2025", "lang": "nb", "year": 2025, "title": "Årsrapport 2025",
        "colour": "#0f6b6b",
        "organization": {"name": "Lyngsaker Inkludering AS", "founded_year": 1979, "address": "Havnegata 9, 4515 Mandal",
                         "phone": "38 26 77 00", "email": "kontakt@lyngsaker.no", "website": "www.lyngsaker.no",
                         "owners": [{"name": "Lindesnes kommune", "share_percent": 51.0},
                                    {"name": "Lyngdal kommune", "share_percent": 29.0},
                                    {"name": "Åseral kommune", "share_percent": 20.0}]},
        "ceo": "Terje Skuland",
        "board": [("Vigdis Egeland", "LEDE", False), ("Kjetil Røyseland", "NEST", False), ("Sunniva Tjomsland", "MEDL", False),
                  ("Ole Martin Vatne", "MEDL", False), ("Elin Kristine Stray", "MEDL", True)],
        "not_board": ["Guro Try", "Andreas Hodne", "Marianne Lohne"],
        "programs": {"VTA": 44, "AFT": 36},
        "renditions": ["chrome"],
        "notes": "'Name (role)' list; e-signature page; daglig leder in a ledergruppe table with staff.",
        "items": [
            ("h", 1, "Årsrapport 2025"),
            ("p", "Lyngsaker Inkludering AS er en arbeidsinkluderingsbedrift i {g:Lindesnes}, stiftet i 1979, "
                  "med avdelinger i {g:Mandal} og {g:Lyngdal}.", {"cls": "lead"}),
            ("h", 2, "Ledergruppen"),
            ("table", [["Navn", "Funksjon"], ["Terje Skuland", "Daglig leder"], ["Guro Try", "Økonomisjef"],
                       ["Andreas Hodne", "Leder AFT"]]),
            ("h", 2, "Eiere"),
            ("p", "{g:Lindesnes kommune|Lindesnes} eier {p:51 %|Lindesnes kommune}, {g:Lyngdal kommune|Lyngdal} "
                  "{p:29 %|Lyngdal kommune} og {g:Åseral kommune|Åseral} {p:20 %|Åseral kommune} av aksjene."),
            ("h", 2, "Tiltak og resultater"),
            ("table", [["Tiltak", "Plasser", "Årsverk", "Belegg"], ["VTA", "44", "43,1", "{p:98 %}"],
                       ["AFT", "36", "33,4", "{p:93 %}"]]),
            ("p", "I tillegg hadde bedriften seks lærekandidater. {p:46 %|gikk over til arbeid eller utdanning} av "
                  "deltakerne i AFT gikk over til arbeid eller utdanning. NAV-kontaktperson: Marianne Lohne, "
                  "NAV {g:Lindesnes}."),
            ("h", 2, "Styret"),
            ("p", "Vigdis Egeland (leder), Kjetil Røyseland (nestleder), Sunniva Tjomsland, Ole Martin Vatne og "
                  "Elin Kristine Stray (ansattrepresentant)."),
            ("h", 2, "Årsregnskap"),
            ("stmt", res, {"title": "Resultatregnskap"}),
            ("stmt", bal, {"title": "Balanse per 31.12."}),
            ("p", "Havnegata 9, 4515 {g:Mandal} · 38 26 77 00 · kontakt@lyngsaker.no · www.lyngsaker.no",
             {"cls": "small"}),
            ("esign", "Signert av styret og daglig leder",
             [["Egeland, Vigdis", "Styrets leder", "BankID 2026-03-18"],
              ["Røyseland, Kjetil", "Nestleder", "BankID 2026-03-18"],
              ["Tjomsland, Sunniva", "Styremedlem", "BankID 2026-03-19"],
              ["Vatne, Ole Martin", "Styremedlem", "BankID 2026-03-18"],
              ["Stray, Elin Kristine", "Styremedlem", "BankID 2026-03-20"],
              ["Skuland, Terje", "Daglig leder", "BankID 2026-03-18"]]),
        ],
    }


REPORTS = [vefsnhagen_2013, fjellskaret_2021, lyngsaker_2025]
