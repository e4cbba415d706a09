"""Nynorsk reports of the sixtieth held-out set: an arbeidsmarknadsbedrift AS in the Aetat years, an
IKS with a representantskap, a kommunalt foretak whose board the kommunestyre elects. Names and
figures are invented; places are real and valid in the report's year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import BUDGET, Col, Statement, balance, income


def result_of(st: Statement, col: int, label: str = "Årsresultat") -> float:
    """The statement's own result line, so that prose quoting it cannot disagree with it."""
    return next(line.values[col] for line in st.lines if line.label == label)


def kr(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


def reppa_2002() -> dict:
    """Høyanger 2002: occupational titles before the members' names, terms "på val", a footnote mark
    for the member chosen by the employees; AMB and VTA in the Aetat years; ",-" kroner."""
    cols = [Col("2002", 2002), Col("2001", 2001)]
    res = Kroner("Resultatrekneskap", cols, income(
        "nn", 2,
        inc=[("Sal av varer og tenester", "", [3_412_880, 3_105_440]),
             ("Tilskot frå Aetat", "", [2_904_300, 2_811_600]),
             ("Tilskot frå kommunane", "", [412_000, 400_000])],
        cost=[("Varekostnad", "", [1_288_415, 1_144_020]),
              ("Lønn og sosiale kostnader", "", [4_615_230, 4_402_118]),
              ("Avskrivingar", "", [168_000, 171_500]),
              ("Andre driftskostnader", "", [602_311, 588_946])],
        fin=[("Renteinntekter", "", [38_410, 44_120]), ("Rentekostnader", "", [-21_055, -26_300])]),
        render="unruled")
    bal = Kroner("Balanse pr. 31.12.2002", cols, balance(
        "nn", 2,
        fixed=[("Maskiner og inventar", "", [612_000, 708_000]), ("Bilar", "", [96_000, 124_000])],
        current=[("Varelager", "", [214_500, 198_300]), ("Kundefordringar", "", [388_214, 402_977]),
                 ("Bankinnskot", "", "plug")],
        equity=[("Aksjekapital", "", [300_000, 300_000]), ("Annan eigenkapital", "", [1_108_409, 1_028_430])],
        long=[("Pantelån", "", [180_000, 240_000])],
        short=[("Leverandørgjeld", "", [201_877, 188_415]), ("Skuldige offentlege avgifter", "", [298_611, 276_504]),
               ("Anna kortsiktig gjeld", "", [143_118, 131_920])]),
        render="unruled")
    return {
        "name": "reppa-industri-2002", "lang": "nn", "year": 2002, "title": "Årsmelding 2002",
        "organization": {"name": "Reppa Industri AS", "founded_year": 1987,
                         "address": "Industrivegen 4, 6993 Høyanger",
                         "owners": [{"name": "Høyanger kommune", "share_percent": 60},
                                    {"name": "Hyllestad kommune", "share_percent": 25},
                                    {"name": "Sogn og Fjordane fylkeskommune", "share_percent": 15}]},
        "ceo": "Bjarne Hovland",
        "board": [("Solveig Myklebust", "LEDE", False), ("Torleiv Ulvestad", "NEST", False),
                  ("Gunnhild Ese", "MEDL", False), ("Arnfinn Kvåle", "MEDL", True),
                  ("Randi Bjordal", "VARA", None), ("Ottar Nese", "VARA", None)],
        "not_board": ["Kari Instebø", "Lars Vårdal", "Helge Brekke", "Nils Kvamme", "Egil Ytrehus"],
        "programs": {"VTA": 22},
        "renditions": ["doc", "pdf"],
        "footer": "Reppa Industri AS – Årsmelding 2002",
        "items": [
            ("p", "REPPA INDUSTRI AS", {"bold": True, "size": 15}),
            ("p", "Industrivegen 4, 6993 {g:Høyanger}"),
            ("h", 1, "Årsmelding for 2002"),
            ("bh", "1. Verksemda"),
            ("p", "Reppa Industri AS vart skipa i 1987 og er ei arbeidsmarknadsbedrift med tilhald i "
                  "{g:Høyanger}. Selskapet skal gje arbeidstrening, kvalifisering og varig arbeid til "
                  "yrkeshemma, og samarbeider tett med Aetat i {g:Høyanger} og {g:Hyllestad}. Aksjane er "
                  "fordelte slik: {g:Høyanger kommune|Høyanger} {p:60 %|Høyanger kommune}, "
                  "{g:Hyllestad kommune|Hyllestad} {p:25 %|Hyllestad kommune} og "
                  "{g:Sogn og Fjordane fylkeskommune|Sogn og Fjordane} {p:15 %|fylkeskommune}."),
            ("p", "Bedrifta hadde i 2002 godkjent 14 plassar i arbeidsmarknadsbedrift (AMB) og 22 plassar "
                  "for varig tilrettelagt arbeid (VTA), som erstatta dei tidlegare ASVO-plassane. "
                  "Produksjonen er emballasje, vedproduksjon og montering for industrien i {g:Sogn}."),
            ("bh", "2. Styret"),
            ("p", "Styret har i 2002 hatt denne samansetjinga:"),
            ("tablines", [["Leiar:", "Rektor Solveig Myklebust", "på val 2003"],
                          ["Nestleiar:", "Økonomisjef Torleiv Ulvestad", "på val 2004"],
                          ["Medlem:", "Gardbrukar Gunnhild Ese", "på val 2003"],
                          ["Medlem:", "Sveisar Arnfinn Kvåle ¹)", "på val 2003"],
                          ["Varamedlemer:", "1. Lærar Randi Bjordal", ""],
                          ["", "2. Truckførar Ottar Nese ¹)", ""]], {"stops": (3.2, 10.5)}),
            ("p", "¹) vald av og blant dei tilsette", {"size": 8.5, "italic": True}),
            ("p", "Det er halde 6 styremøte og handsama 41 saker. Ordførar Nils Kvamme møtte for den største "
                  "eigaren på generalforsamlinga 23. april."),
            ("bh", "3. Tilsette og arbeidsmiljø"),
            ("p", "Dagleg leiar er Bjarne Hovland. Ved utgangen av året hadde bedrifta 9 faste tilsette i "
                  "8,2 årsverk. Arbeidsleiar Lars Vårdal gjekk av med pensjon etter 15 år, og styret takkar "
                  "han for lang og trufast teneste. Verneombod har vore Kari Instebø."),
            ("p", "Sjukefråværet blant dei faste tilsette var {p:7,4 %|sjukefråværet blant dei faste tilsette} "
                  "i 2002. Det har ikkje vore skadar eller ulukker. Arbeidsmiljøet er godt."),
            ("bh", "4. Likestilling og ytre miljø"),
            ("p", "Av dei faste tilsette er 4 kvinner og 5 menn. Styret har to kvinner av fire medlemer. "
                  "Bedrifta ureinar ikkje det ytre miljøet utover det som er vanleg for bransjen."),
            ("bh", "5. Rekneskapen"),
            ("p", f"Rekneskapen er sett opp under føresetnad om vidare drift. Årsresultatet på kr {kr(result_of(res, 0))},- "
                  "vert overført til annan eigenkapital. Revisor er Fjordrevisjon AS ved registrert revisor "
                  "Helge Brekke. Rekneskapen er ført av Egil Ytrehus."),
            ("break",),
            ("stmt", res),
            ("stmt", bal),
            ("p", "Styret takkar tilsette, arbeidstakarar og Aetat for godt samarbeid i 2002."),
            ("sign", "{g:Høyanger}, 14. mars 2003",
             [("Solveig Myklebust", "leiar"), ("Torleiv Ulvestad", "nestleiar"), ("Gunnhild Ese", ""),
              ("Arnfinn Kvåle", ""), ("Bjarne Hovland", "dagleg leiar")], {"cols": 3}),
        ],
        "notes": "Measuring set. Board as tab lines with occupational titles before the names and 'på val' "
                 "terms; employee member and a deputy marked with a footnote sign. AMB has no code. "
                 "Sogn (region) is gold where printed alone.",
    }


def kvitanes_2016() -> dict:
    """Voss 2016: an IKS; the representantskap as a Kommune | Medlem | Varamedlem table (not the
    board); the board as a table grouped by who chose its members; budget column in 1000 kr."""
    cols = [Col("Rekneskap 2016", 2016), Col("Budsjett 2016", 2016, BUDGET), Col("Rekneskap 2015", 2015)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 3,
        inc=[("Sal av varer og tenester", "", [6_842, 6_500, 6_418]),
             ("Tiltaksinntekter NAV", "", [11_905, 11_800, 11_342]),
             ("Tilskot frå deltakarkommunane", "", [1_260, 1_260, 1_220])],
        cost=[("Varekostnad", "", [2_114, 2_000, 2_046]),
              ("Lønnskostnader", "3", [14_688, 14_900, 14_102]),
              ("Avskrivingar", "4", [642, 650, 611]),
              ("Andre driftskostnader", "", [2_231, 2_100, 2_305])],
        fin=[("Finansinntekter", "", [61, 50, 88]), ("Finanskostnader", "", [-118, -120, -131])]),
        unit=1000, negative="paren", note_col="Note", label_header="Tal i 1000 kr")
    bal_cols = [Col("31.12.2016", 2016), Col("31.12.2015", 2015)]
    bal = Statement("Balanse", bal_cols, balance(
        "nn", 2,
        fixed=[("Bygningar", "4", [4_820, 5_010]), ("Maskiner og utstyr", "4", [1_104, 1_212])],
        current=[("Varer", "", [402, 388]), ("Kundefordringar", "", [1_315, 1_188]),
                 ("Bankinnskot", "", "plug")],
        equity=[("Innskoten eigenkapital", "", [1_000, 1_000]), ("Opptent eigenkapital", "", [4_214, 4_139])],
        long=[("Pensjonsforpliktingar", "", [1_802, 1_744]), ("Lån i Kommunalbanken", "", [2_400, 2_600])],
        short=[("Leverandørgjeld", "", [712, 654]), ("Skuldige offentlege avgifter", "", [1_106, 1_043]),
               ("Anna kortsiktig gjeld", "", [977, 902])]),
        unit=1000, negative="paren", note_col="Note", label_header="Tal i 1000 kr")
    return {
        "name": "kvitanes-arbeid-iks-2016", "lang": "nn", "year": 2016, "title": "Årsmelding 2016",
        "organization": {"name": "Kvitanes Arbeid IKS", "founded_year": 1994,
                         "email": "post@kvitanes-arbeid.no",
                         "owners": [{"name": "Voss kommune", "share_percent": 64},
                                    {"name": "Granvin herad", "share_percent": 12},
                                    {"name": "Ulvik herad", "share_percent": 12},
                                    {"name": "Eidfjord kommune", "share_percent": 12}]},
        "ceo": "Ingvild Hauge",
        "board": [("Torstein Lid", "LEDE", False), ("Marta Skjervheim", "NEST", False),
                  ("Olav Dyrvedal", "MEDL", False), ("Brita Hjelle", "MEDL", False),
                  ("Kjetil Mæland", "MEDL", True), ("Astrid Sæbø", "VARA", None), ("Jon Bolstad", "VARA", None)],
        "not_board": ["Hans Grimestad", "Liv Aga", "Sverre Bjørke", "Anna Dukstad", "Gunvor Tveit",
                      "Per Olav Hæve", "Eirik Lægreid", "Ragnhild Fosse", "Knut Ringheim"],
        "programs": {"VTA": 30, "AFT": 24},
        "places_optional": ["Hardanger"],
        "renditions": ["docx", "pdf"],
        "header": "Kvitanes Arbeid IKS · Årsmelding 2016",
        "items": [
            ("h", 1, "Årsmelding 2016"),
            ("p", "Kvitanes Arbeid IKS · Strandavegen 18 · post@kvitanes-arbeid.no", {"size": 9}),
            ("h", 2, "Om selskapet"),
            ("p", "Kvitanes Arbeid IKS er eit interkommunalt selskap etter IKS-lova, skipa i 1994, med "
                  "forretningskontor på {g:Voss}. Selskapet er ei arbeids- og inkluderingsverksemd og "
                  "leverer arbeidsretta tiltak på oppdrag frå NAV i dei fire deltakarkommunane."),
            ("table", [["Deltakar", "Eigardel"],
                       ["{g:Voss kommune|Voss}", "{p:64 %}"],
                       ["{g:Granvin herad|Granvin}", "{p:12 %}"],
                       ["{g:Ulvik herad|Ulvik}", "{p:12 %}"],
                       ["{g:Eidfjord kommune|Eidfjord}", "{p:12 %}"]], {"ruled": True, "widths": [6.0, 3.0]}),
            ("h", 2, "Tiltak og deltakarar"),
            ("p", "Selskapet har 30 plassar i varig tilrettelagt arbeid (VTA) og 24 plassar i "
                  "arbeidsførebuande trening (AFT). I 2016 gjekk {p:41 %|av deltakarane som avslutta AFT} av "
                  "deltakarane som avslutta AFT over til arbeid eller utdanning. Samarbeidet med NAV "
                  "{g?:Hardanger} og NAV {g:Voss} har vore godt; vi takkar særleg rettleiar Ragnhild Fosse."),
            ("h", 2, "Representantskapet"),
            ("p", "Representantskapet er det øvste organet i selskapet. Det hadde to møte i 2016."),
            ("table", [["Kommune", "Medlem", "Varamedlem"],
                       ["{g:Voss}", "Hans Grimestad (leiar)", "Anna Dukstad"],
                       ["{g:Granvin}", "Liv Aga", "Per Olav Hæve"],
                       ["{g:Ulvik}", "Sverre Bjørke (nestleiar)", "Eirik Lægreid"],
                       ["{g:Eidfjord}", "Gunvor Tveit", "Knut Ringheim"]], {"ruled": True}),
            ("h", 2, "Styret"),
            ("p", "Styret har hatt 7 møte og handsama 52 saker. Styret har i 2016 vore samansett slik:"),
            ("table", [["Namn", "Funksjon"],
                       ["Valde av representantskapet", ""],
                       ["Torstein Lid", "Styreleiar"],
                       ["Marta Skjervheim", "Nestleiar"],
                       ["Olav Dyrvedal", "Styremedlem"],
                       ["Brita Hjelle", "Styremedlem"],
                       ["Vald av og blant dei tilsette", ""],
                       ["Kjetil Mæland", "Styremedlem"],
                       ["Varamedlemer", ""],
                       ["Astrid Sæbø", "1. vara for dei valde"],
                       ["Jon Bolstad", "Vara for tilsetterepresentanten"]],
             {"ruled": False, "widths": [6.0, 6.0]}),
            ("h", 2, "Tilsette og arbeidsmiljø"),
            ("p", "Dagleg leiar er Ingvild Hauge. Selskapet hadde ved årsskiftet 21 tilsette i 18,6 årsverk. "
                  "Sjukefråværet var {p:5,9 %|sjukefråværet} mot {p?:6,8 %} året før. Det er ikkje "
                  "registrert skadar. Av dei tilsette er 12 kvinner og 9 menn, og styret har to kvinner."),
            ("p", "Selskapet påverkar ikkje det ytre miljøet i vesentleg grad."),
            ("h", 2, "Økonomi"),
            ("p", f"Årsrekneskapen er sett opp under føresetnaden om vidare drift. Årsresultatet vart {kr(result_of(res, 0) * 1000)} "
                  f"kroner mot budsjettert {kr(result_of(res, 1) * 1000)} kroner, og vert overført til opptent eigenkapital. "
                  "Revisor er Vest Revisjon IKS."),
            ("break",),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g:Voss}, 20. februar 2017",
             [("Torstein Lid", "Styreleiar"), ("Marta Skjervheim", "Nestleiar"), ("Olav Dyrvedal", "Styremedlem"),
              ("Brita Hjelle", "Styremedlem"), ("Kjetil Mæland", "Styremedlem"), ("Ingvild Hauge", "Dagleg leiar")],
             {"cols": 3}),
        ],
        "notes": "Measuring set. Representantskap table (leiar, nestleiar, varamedlemer) is another body; the "
                 "board table is grouped by sub-heading rows (who chose the members); budget column optional.",
    }


def vikeholmen_2021() -> dict:
    """Ørsta 2021: a kommunalt foretak (no shares); the board as the kommunestyre elects it, party
    letters after the names; Regulert budsjett column; VTA and VTO."""
    cols = [Col("Rekneskap 2021", 2021), Col("Regulert budsjett 2021", 2021, BUDGET), Col("Rekneskap 2020", 2020)]
    labels = {"inc": "Driftsinntekter", "sum_cost": "Sum driftsutgifter", "cost": "Driftsutgifter",
              "op": "Brutto driftsresultat", "fin": "Finansinntekter og finansutgifter",
              "net_fin": "Netto finansutgifter", "result": "Netto driftsresultat"}
    res = Statement("Økonomisk oversikt – drift", cols, income(
        "nn", 3,
        inc=[("Sal av varer og tenester", "", [4_318_204, 4_100_000, 3_902_655]),
             ("Refusjonar frå staten (NAV)", "", [3_566_900, 3_560_000, 3_401_200]),
             ("Overføring frå kommunen", "", [1_850_000, 1_850_000, 1_800_000])],
        cost=[("Lønn og sosiale utgifter", "", [7_402_118, 7_350_000, 7_011_430]),
              ("Kjøp av varer og tenester", "", [1_955_336, 1_900_000, 1_844_021]),
              ("Avskrivingar", "", [214_000, 214_000, 206_500])],
        fin=[("Renteinntekter", "", [4_210, 5_000, 6_880]), ("Renteutgifter", "", [-38_402, -40_000, -41_115])],
        labels=labels), negative="minus")
    bal_cols = [Col("31.12.2021", 2021), Col("31.12.2020", 2020)]
    bal = Statement("Balanse", bal_cols, balance(
        "nn", 2,
        fixed=[("Maskiner og køyretøy", "", [1_286_000, 1_420_000])],
        current=[("Kortsiktige fordringar", "", [642_318, 588_204]), ("Bankinnskot", "", "plug")],
        equity=[("Disposisjonsfond", "", [912_440, 778_242]), ("Kapitalkonto", "", [386_000, 420_000])],
        long=[("Lån frå kommunen", "", [900_000, 1_000_000])],
        short=[("Leverandørgjeld", "", [288_114, 251_300]), ("Anna kortsiktig gjeld", "", [602_771, 566_420])],
        labels={"sum_debt": None}))
    return {
        "name": "vikeholmen-arbeid-kf-2021", "lang": "nn", "year": 2021, "title": "Årsmelding 2021",
        "organization": {"name": "Vikeholmen Arbeid KF", "founded_year": 2012, "phone": "70 04 81 20"},
        "ceo": "Eldbjørg Vik",
        "board": [("Astrid Vartdal", "LEDE", False), ("Kjell Inge Bjørdal", "NEST", False),
                  ("Marit Åmelfot", "MEDL", False), ("Tore Hjellbakk", "MEDL", True),
                  ("Oddny Kvistad", "VARA", None), ("Sindre Barstad", "VARA", None)],
        "not_board": ["Sigrid Mork", "Rolf Aarflot", "Jorunn Liadal", "Per Kristian Hovden"],
        "programs": {"VTA": 18, "VTO": 4},
        "renditions": ["docx", "doc"],
        "footer": "Side {PAGE}",
        "items": [
            ("h", 1, "Vikeholmen Arbeid KF – årsmelding 2021"),
            ("p", "Telefon 70 04 81 20", {"size": 9}),
            ("h", 2, "Føremål og organisering"),
            ("p", "Vikeholmen Arbeid KF er eit kommunalt foretak i {g:Ørsta} kommune, oppretta i 2012 etter "
                  "kommunelova. Foretaket gjev tilrettelagt arbeid til personar med nedsett arbeidsevne og "
                  "driv vaskeri, snekkarverkstad og kantine. Kommunestyret er øvste organ, og foretaket "
                  "rapporterer til kommunedirektør Sigrid Mork."),
            ("p", "Foretaket hadde i 2021 18 plassar i varig tilrettelagt arbeid (VTA) i skjerma verksemd og "
                  "4 plassar i varig tilrettelagt arbeid i ordinær verksemd (VTO). Alle plassane var i bruk "
                  "heile året."),
            ("h", 2, "Styret"),
            ("p", "Styret vart valt av kommunestyret i {g:Ørsta} for perioden 2019–2023:"),
            ("li", "Astrid Vartdal (Sp), styreleiar"),
            ("li", "Kjell Inge Bjørdal (H), nestleiar"),
            ("li", "Marit Åmelfot (Ap)"),
            ("li", "Tore Hjellbakk, vald av dei tilsette"),
            ("p", "Varamedlemer i rekkjefølgje: Oddny Kvistad (Sp) og Sindre Barstad (KrF)."),
            ("p", "Styret har hatt 6 møte. Kontrollutvalet, leia av Rolf Aarflot, fekk tilsendt alle "
                  "protokollane. Ordførar Per Kristian Hovden var til stades på eitt styremøte."),
            ("h", 2, "Tilsette"),
            ("p", "Dagleg leiar er Eldbjørg Vik. Foretaket hadde 8 tilsette i 7,4 årsverk i tillegg til "
                  "arbeidstakarane på tiltak. Hovudverneombod er Jorunn Liadal. Sjukefråværet var "
                  "{p:6,2 %|sjukefråværet}, som er under målet på {p:7 %|målet}."),
            ("h", 2, "Likestilling og miljø"),
            ("p", "Fem av dei tilsette er kvinner. Foretaket sorterer avfall og har ikkje utslepp som skadar "
                  "det ytre miljøet."),
            ("h", 2, "Økonomi"),
            ("p", f"Netto driftsresultat vart {kr(result_of(res, 0, 'Netto driftsresultat'))} kroner og er sett av til disposisjonsfond. Rekneskapen "
                  "er revidert av Møre og Romsdal Revisjon SA. Styret takkar alle tilsette og "
                  "arbeidstakarar for innsatsen i eit år med smitteverntiltak."),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g:Ørsta}, 24. februar 2022",
             [("Astrid Vartdal", "styreleiar"), ("Kjell Inge Bjørdal", "nestleiar"), ("Marit Åmelfot", "styremedlem"),
              ("Tore Hjellbakk", "styremedlem"), ("Eldbjørg Vik", "dagleg leiar")], {"cols": 3}),
        ],
        "places_optional": ["Møre og Romsdal"],
        "notes": "Measuring set. A KF has no shares: no owners in gold. Board as bullets with party letters "
                 "in brackets; deputies in one line; VTO is a program code. County inside the auditor's "
                 "name optional.",
    }


REPORTS = [reppa_2002, kvitanes_2016, vikeholmen_2021]
