"""Reports of the eighteenth held-out set (second half): a kindergarten AS with an eierstyre and a
samarbeidsutvalg, an annual report written as the chair's letter to the members, and a beekeepers'
association's report printed in its members' magazine with "Surname, Given names (role)" lists.
All organisations, people and figures are invented; places are real."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import Col, Statement, balance, income


def solbakketunet_barnehage_2023() -> dict:
    cols = [Col("2023", 2023), Col("2022", 2022)]
    res = Kroner("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Foreldrebetaling", "", [1_402_380, 1_566_910]), ("Kommunalt tilskudd", "", [6_915_400, 6_487_250]),
             ("Andre inntekter", "", [88_150, 61_030])],
        cost=[("Lønnskostnader", "2", [6_512_770, 6_204_880]), ("Husleie", "", [744_000, 732_000]),
              ("Mat og forbruksmateriell", "", [398_615, 371_240]), ("Andre driftskostnader", "", [446_120, 428_905])],
        fin=[("Netto finans", "", [21_340, 4_870])]),
        note_col="Note")
    bal = Kroner("Balanse pr. 31. desember", cols, balance(
        "nb", 2, fixed=[("Inventar og lekeapparater", "", [214_600, 248_300])],
        current=[("Fordringer", "", [96_410, 102_770]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [100_000, 100_000]), ("Annen egenkapital", "", [1_158_488, 832_723])],
        long=[], short=[("Leverandørgjeld", "", [84_260, 79_410]), ("Skyldig lønn og feriepenger", "", [611_350, 588_120]),
                        ("Skyldige offentlige avgifter", "", [289_700, 276_940])]),
        note_col="Note")
    return {
        "name": "solbakketunet-barnehage-2023", "year": 2023, "title": "Årsmelding 2023 Solbakketunet Barnehage AS",
        "font": "Liberation Sans", "body_pt": 10.5, "heading_colour": "7A3E12",
        "organization": {"name": "Solbakketunet Barnehage AS", "founded_year": 2006,
                         "owners": [{"name": "Ørnes Sanitetsforening", "share_percent": 100}]},
        "not_places": ["Ørnes Sanitetsforening"],
        "ceo": "Karianne Vassdal",
        "board": [("Randi Halsnes", "LEDE", False), ("Geir Arne Sølvik", "NEST", False),
                  ("Maiken Strøm Furu", "MEDL", False), ("Jostein Kvalvik", "MEDL", False),
                  ("Hege Mørkved", "MEDL", True), ("Eva Lorentzen", "VARA", None)],
        "not_board": ["Ole Martin Bjørnå", "Trine Reppen", "Linda Skogseth", "Marius Eide", "Silje Hamnes"],
        "renditions": ["docx", "scan"],
        "notes": "Kindergarten AS owned by a sanitetsforening: the eierstyre is the board (a bullet list "
                 "'name – role'); the samarbeidsutvalg (SU) of parents and staff, with the owner's "
                 "representative (a board member) and the styrer as secretary, is not the board; the "
                 "styrer is the head. Scanned copy beside the DOCX.",
        "items": [
            ("h", 1, "Årsmelding 2023"),
            ("p", "Solbakketunet Barnehage AS er en privat barnehage på {g:Ørnes} i {g:Meløy} kommune, eid "
                  "{p:100 %|eid} av Ørnes Sanitetsforening. Barnehagen åpnet i 2006 og har fire avdelinger "
                  "med plass til 62 barn fra ett til fem år."),
            ("h", 2, "Eierstyret"),
            ("p", "Eierstyret er barnehagens styre etter aksjeloven. Det har i 2023 hatt denne sammensetningen:"),
            ("li", "Randi Halsnes – styreleder"),
            ("li", "Geir Arne Sølvik – nestleder"),
            ("li", "Maiken Strøm Furu – styremedlem"),
            ("li", "Jostein Kvalvik – styremedlem"),
            ("li", "Hege Mørkved – styremedlem, valgt av og blant de ansatte"),
            ("li", "Eva Lorentzen – varamedlem"),
            ("p", "Eierstyret har hatt seks møter. Styrer Karianne Vassdal er daglig leder og styrets sekretær."),
            ("h", 2, "Samarbeidsutvalget (SU)"),
            ("p", "SU er et rådgivende organ for foreldre, ansatte og eier. Det har behandlet årsplanen, "
                  "vedtektene og opptaket. SU for barnehageåret 2023/24:"),
            ("table", [["Navn", "Representerer", "Verv i SU"],
                       ["Ole Martin Bjørnå", "Foreldrene", "Leder"],
                       ["Trine Reppen", "Foreldrene", "Medlem"],
                       ["Linda Skogseth", "De ansatte", "Nestleder"],
                       ["Marius Eide", "De ansatte", "Medlem"],
                       ["Maiken Strøm Furu", "Eier", "Medlem"],
                       ["Karianne Vassdal", "Styrer", "Sekretær"]], {"ruled": True, "shade_header": "F1E4D8"}),
            ("h", 2, "Personale og barnegruppe"),
            ("p", "Barnehagen hadde 17 ansatte i 14,6 årsverk. Andelen barnehagelærere var "
                  "{p:48 %|barnehagelærere}, og pedagogisk leder Silje Hamnes fullførte videreutdanning i "
                  "språkarbeid. Sykefraværet var {p:7,3 %|sykefraværet}, en nedgang fra "
                  "{p:9,1 %|året før} året før. Barnehagen har ingen utslipp av betydning til det ytre miljø."),
            ("p", "Alle plassene var fylt gjennom året. Turdagene til fjæra og skogen ved "
                  "{g:Neverdal} er fortsatt det foreldrene setter mest pris på i brukerundersøkelsen."),
            ("h", 2, "Økonomi"),
            ("p", "Årsresultatet ble 325 765 kroner, som overføres til annen egenkapital. Lavere "
                  "maksimalpris ga mindre foreldrebetaling, men dette ble kompensert i tilskuddet."),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g:Ørnes}, 14. februar 2024",
             [("Randi Halsnes", "styreleder"), ("Geir Arne Sølvik", "nestleder"), ("Maiken Strøm Furu", "styremedlem"),
              ("Jostein Kvalvik", "styremedlem"), ("Hege Mørkved", "styremedlem"), ("Karianne Vassdal", "styrer")]),
        ],
    }


def kysttrauste_2019() -> dict:
    cols = [Col("2019", 2019), Col("2018", 2018)]
    res = Statement("Regnskap 2019", cols, income(
        "nb", 2,
        inc=[("Kontingent", "", [61_800, 58_200]), ("Tokt og utleie", "", [94_350, 71_900]),
             ("Gaver og tilskudd", "", [125_000, 40_000])],
        cost=[("Verft og materialer", "", [188_420, 64_310]), ("Drivstoff og havneavgift", "", [41_275, 38_960]),
              ("Forsikring", "", [22_180, 21_540]), ("Andre kostnader", "", [11_960, 14_205])],
        labels={"inc": None, "cost": None, "sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader",
                "op": None, "result": "Resultat"}),
        label_header="Kroner", render="tabs")
    return {
        "name": "kysttrauste-2019", "year": 2019, "title": "Årsmelding 2019 – Veteranbåtlaget Kysttrauste",
        "font": "Liberation Serif", "body_pt": 11.5, "margin_mm": 28,
        "organization": {"name": "Veteranbåtlaget Kysttrauste", "founded_year": 1984,
                         "email": "kysttrauste@epost.no"},
        "ceo": None,
        "board": [("Kjellaug Tveit", "LEDE", None), ("Sverre Bjørheim", "NEST", None),
                  ("Åsmund Nærland", "MEDL", None), ("Ruth Idse", "MEDL", None), ("Tor Inge Fiskå", "MEDL", None),
                  ("Helge Ryslett", "VARA", None), ("Oddny Hauge", "VARA", None)],
        "not_board": ["Lars Erik Jøssang", "Reidar Vatnaland"],
        "renditions": ["docx", "pdf"],
        "notes": "The annual report is a letter from the chair ('Kjære medlemmer'), in the first person, "
                 "signed 'for styret' with her name and 'leder' on separate lines; the other board members "
                 "are named only in the closing paragraph ('Styret har i år bestått av meg som leder, ...'); "
                 "a skipper and a revisor are printed; a short income table laid out with tab stops.",
        "items": [
            ("p", "Veteranbåtlaget Kysttrauste", {"bold": True, "size": 14}),
            ("p", "Postboks 112, 4101 {g?:Jørpeland} · kysttrauste@epost.no", {"size": 9}),
            ("p", "{g:Jørpeland}, 2. februar 2020", {"align": "right"}),
            ("bh", "Årsmelding for 2019"),
            ("p", "Kjære medlemmer!"),
            ("p", "Så er enda et år med MK «Fjordtrauste» lagt bak oss, vårt 35. år siden laget ble stiftet i 1984. Da vi "
                  "gikk inn i 2019, visste vi at båten måtte på slipp for å skifte tre bordganger i "
                  "styrbord baug. Takket være en gave på 125 000 kroner fra sparebankstiftelsen og et "
                  "formidabelt dugnadsløft kunne vi sette henne på vannet igjen allerede i mai."),
            ("p", "I sommer gikk vi åtte tokt, blant annet til veteranbåttreffet i {g:Hardanger} og "
                  "Ryfylkedagane i {g:Sand}. Skipper Lars Erik Jøssang har gjort en fantastisk jobb med "
                  "mannskapet, og vi har fått sju nye med maskinistbevis. Vi er nå 206 medlemmer, "
                  "tolv flere enn for ett år siden."),
            ("p", "Økonomien er sunn, men verftsregningen satte sitt preg på året. Vi fikk likevel et lite "
                  "overskudd på 17 315 kroner. Regnskapet er revidert av Reidar Vatnaland. "
                  "Hovedtallene ser slik ut:"),
            ("stmt", res),
            ("p", "Styret har hatt sju møter. Vi har også sendt innspill til kommunen om gjestehavna i "
                  "{g:Tau}, der det i dag er vanskelig å ligge med en båt på vår størrelse."),
            ("p", "Jeg vil takke alle som har stilt opp på dugnad, i kiosken og om bord. Styret har i år "
                  "bestått av meg som leder, Sverre Bjørheim som nestleder, Åsmund Nærland som kasserer, "
                  "Ruth Idse som sekretær og Tor Inge Fiskå. Helge Ryslett og Oddny Hauge har vært "
                  "varamedlemmer. Takk for et godt samarbeid!"),
            ("p", "Vel møtt på årsmøtet 4. mars!"),
            ("p", "Med vennlig hilsen"),
            ("p", "for styret"),
            ("p", "Kjellaug Tveit"),
            ("p", "leder"),
        ],
    }


def romsdal_birokterlag_2024() -> dict:
    cols = [Col("2024", 2024), Col("2023", 2023)]
    res = Statement("Resultat 2024", cols, income(
        "nb", 2,
        inc=[("Kontingenter", "", [48_300, 45_900]), ("Kurs", "", [36_500, 29_000]), ("Salg av utstyr", "", [22_740, 25_615])],
        cost=[("Kurs og møter", "", [31_880, 27_420]), ("Innkjøp utstyr", "", [19_460, 23_310]),
              ("Medlemsbladet Tavla", "", [24_600, 23_950]), ("Andre kostnader", "", [8_115, 6_040])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "op": None, "result": "Årsresultat"},
        heads=False),
        label_header="")
    return {
        "name": "romsdal-birokterlag-2024", "year": 2024, "title": "Tavla nr. 1 2025 – årsmelding Romsdal Birøkterlag",
        "font": "DejaVu Serif", "heading_font": "DejaVu Sans", "body_pt": 9.5, "margin_mm": 16,
        "header": "TAVLA · Medlemsblad for Romsdal Birøkterlag · nr. 1 – 2025", "header_align": "center",
        "footer": "Tavla 1/2025 · side {PAGE}",
        "organization": {"name": "Romsdal Birøkterlag", "founded_year": 1921},
        "ceo": None,
        "board": [("Gunn Elise Rindal", "LEDE", None), ("Oddvar Aukrust", "NEST", None),
                  ("Trond Hjelvik", "MEDL", None), ("Marit Skarbø", "MEDL", None),
                  ("Per Kristian Løkhaug", "MEDL", None), ("Berit Øyen", "VARA", None)],
        "not_board": ["Sæter, Ingvild", "Hoem, Jon Arild", "Moen, Synnøve", "Rekdal, Bjørn"],
        "renditions": ["docx", "pdf"],
        "notes": "The annual report as printed in the members' magazine: page header and footer of the "
                 "magazine, two text columns, people listed 'Surname, Given names (role)' in running "
                 "lists (board, valgkomité, contacts); the board's names in natural order only in the "
                 "list of signatures without roles. A leader piece by the editor comes first.",
        "items": [
            ("h", 1, "Årsmøtenummer"),
            ("p", "I dette nummeret: årsmelding og regnskap for 2024, innkalling til årsmøtet og "
                  "valgkomiteens innstilling. God lesing! – redaktøren", {"italic": True}),
            ("p", "Forsidefoto: Berit Øyen (bier på selje i april)", {"size": 7.5}),
            ("cols", [
                ("h", 2, "Årsmelding 2024"),
                ("p", "Romsdal Birøkterlag ble stiftet i 1921 og samler birøktere i {g:Molde}, {g:Aukra}, "
                      "{g:Rauma} og {g:Hustadvika}. Ved årsskiftet hadde laget 153 medlemmer."),
                ("bh", "Tillitsvalgte"),
                ("p", "Styret 2024: Rindal, Gunn Elise (leder, på valg), Aukrust, Oddvar (nestleder), "
                      "Hjelvik, Trond (kasserer), Skarbø, Marit (sekretær, på valg), Løkhaug, Per Kristian "
                      "(styremedlem), Øyen, Berit (1. vara)."),
                ("p", "Valgkomité: Sæter, Ingvild (leder), Hoem, Jon Arild. Revisor: Moen, Synnøve."),
                ("p", "Honningkontakt og kursansvarlig: Rekdal, Bjørn."),
                ("bh", "Aktiviteter"),
                ("p", "Styret har hatt fem møter og behandlet 31 saker. Nybegynnerkurset i april samlet 22 deltakere, og "
                      "sju av dem har nå egne kuber. Vi hadde tre bigårdsbesøk, blant annet på "
                      "{g:Gossen}, og en fagkveld om varroa med 41 fremmøtte."),
                ("p", "Sesongen var kjølig og sen. Medlemmene meldte en honningavling som var om lag "
                      "{p:20 %|honningavling} lavere enn i 2023. Vinterdødeligheten var {p:11 %|vinterdødeligheten}."),
                ("bh", "Økonomi"),
                ("p", "Laget fikk et overskudd på 23 485 kroner. Kassen og banken hadde til sammen "
                      "131 204 kroner ved årsskiftet."),
                ("p", "Regnskapet står nedenfor."),
                ("p", "{g:Molde}, 12. januar 2025"),
                ("p", "Gunn Elise Rindal · Oddvar Aukrust · Trond Hjelvik · Marit Skarbø · "
                      "Per Kristian Løkhaug"),
            ]),
            ("stmt", res),
            ("bh", "Innkalling til årsmøte"),
            ("p", "Årsmøtet holdes torsdag 13. februar kl. 19 på Bygdetunet. Saker må være styret i "
                  "hende innen 30. januar. Kaffe og vafler."),
        ],
    }


REPORTS = [solbakketunet_barnehage_2023, kysttrauste_2019, romsdal_birokterlag_2024]
