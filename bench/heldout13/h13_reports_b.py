"""Thirteenth held-out set, part B: a Word file with tracked changes, a 1980 årsmelding typed in two
columns (a scan), a vekstbedrift whose statement page is landscape with /Rotate 90. Organisations,
people and figures are invented; places are real."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h3_render import Kroner


def fjellheim_leirstad() -> dict:
    """Nynorsk foundation; the board paragraph has a tracked deletion (a former member) and a tracked
    insertion (the new member) with a comment: gold is the document as accepted."""
    cols = [Col("2022", 2022), Col("2021", 2021)]
    res = Statement(
        "Resultatrekneskap", cols,
        income("nn", 2,
               inc=[("Opphaldsinntekter leirskule", "2", [3126400, 2211750]),
                    ("Utleige helg og ferie", "", [684200, 402930]),
                    ("Tilskot", "3", [350000, 575000])],
               cost=[("Lønskostnader", "4", [2318560, 2047210]),
                     ("Mat og forbruksvarer", "", [702344, 488120]),
                     ("Straum og oppvarming", "", [391870, 204660]),
                     ("Vedlikehald", "", [286115, 171390]),
                     ("Avskrivingar", "5", [145000, 145000]),
                     ("Andre driftskostnader", "", [214906, 187544])],
               fin=[("Renteinntekter", "", [9820, 2140]), ("Rentekostnader", "", [-61250, -48410])]),
        note_col="Note")
    bal = Statement(
        "Balanse per 31.12.2022", cols,
        balance("nn", 2,
                fixed=[("Bygningar og anlegg", "5", [4930000, 5075000])],
                current=[("Kundefordringar", "", [118450, 64320]), ("Bankinnskot", "", "plug")],
                equity=[("Grunnkapital", "", [500000, 500000]), ("Anna eigenkapital", "", [1270805, 1220430])],
                long=[("Lån i Sparebanken", "6", [1840000, 1960000])],
                short=[("Leverandørgjeld", "", [143620, 98210]), ("Skuldige offentlege avgifter", "", [167290, 141880]),
                       ("Anna kortsiktig gjeld", "", [92410, 86250])]),
        note_col="Note")
    board = [("Ragnhild Sande", "LEDE", None), ("Eirik Tveito", "NEST", None), ("Ingvild Haugsnes", "MEDL", None),
             ("Torbjørn Lia", "MEDL", None), ("Marit Kleppe", "MEDL", None), ("Anne-Lise Furnes", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2022"),
        ("p", "Stiftinga Fjellheim Leirstad, org.nr. 971 508 223", {"bold": True}),
        ("h", 2, "Verksemda"),
        ("p", "Stiftinga driv leirskule og utleige på Fjellheim ved {g:Rauland} i {g:Vinje} kommune. "
              "Føremålet er å gje born og unge opplevingar i fjellet og kunnskap om natur og lokal kultur. "
              "Stiftinga vart skipa i 1968 og held til i Fjellheimvegen 120."),
        ("p", "I 2022 hadde leirskulen 2 190 elevdøgn, mot 1 540 året før, då pandemien framleis heldt "
              "mange skular heime. Helgeutleiga auka òg, særleg til lag og familiesamlingar."),
        ("h", 2, "Styre og administrasjon"),
        ("tracked", "Styret har i 2022 vore samansett slik: styreleiar Ragnhild Sande, nestleiar Eirik Tveito, "
                    "styremedlemer Ingvild Haugsnes, ", "Oddvar Bergslien", "Torbjørn Lia",
         " og Marit Kleppe. Varamedlem er Anne-Lise Furnes.",
         {"comment": "Endra etter vedtaket i representantskapet i april. Sjekk mot protokollen før utsending.",
          "author": "Dagleg leiar"}),
        ("p", "Dagleg leiar er Solveig Aarnes. Stiftinga hadde ved årsskiftet ni tilsette i 6,4 årsverk. "
              "Styret har hatt seks møte og handsama 37 saker."),
        ("p", "Sjukefråværet var {p:5,2 prosent|sjukefråværet} av samla arbeidstid. Det har ikkje vore "
              "skadar eller ulukker. Av dei tilsette er {p:67 prosent|kvinner} kvinner, og styret har "
              "fire kvinner og to menn."),
        ("h", 2, "Økonomi"),
        ("p", "Årsresultatet vart 50 375 kroner. Styret meiner rekneskapen gjev eit rett bilete av "
              "stiftinga si stilling, og føresetnaden om vidare drift er lagd til grunn. Overskotet er "
              "overført til anna eigenkapital."),
        ("stmt", res, {"title": "Resultatrekneskap 2022"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2022"}),
        ("sign", "{g:Rauland}, 14. mars 2023",
         [("Ragnhild Sande", "styreleiar"), ("Eirik Tveito", "nestleiar"), ("Ingvild Haugsnes", "styremedlem"),
          ("Torbjørn Lia", "styremedlem"), ("Marit Kleppe", "styremedlem"), ("Solveig Aarnes", "dagleg leiar")],
         {"cols": 3}),
    ]
    return {
        "name": "fjellheim-leirstad-2022", "year": 2022, "title": "Stiftinga Fjellheim Leirstad – årsmelding 2022",
        "organization": {"name": "Stiftinga Fjellheim Leirstad", "founded_year": 1968},
        "ceo": "Solveig Aarnes", "board": board, "places_optional": ["Fjellheim", "Fjellheimvegen"],
        "author": "Dagleg leiar",
        "items": items, "renditions": ["docx", "doc"],
        "notes": "Word file with tracked changes not accepted: the former member in a w:del run (not in the "
                 "accepted document, not gold), the new member in a w:ins run (gold), a comment on the "
                 "insertion; nynorsk; statements with a Note column; the CEO signs with the board.",
    }


def vestre_gausdal_beitelag() -> dict:
    """1980 årsmelding typed on a typewriter in two columns, scanned at 200 dpi: board, officers and
    the accounts all in the columns."""
    cols = [Col("1980", 1980), Col("1979", 1979)]
    res = Kroner(
        "Rekneskap 1980", cols,
        income("nn", 2,
               inc=[("Beitepengar", "", [21480, 19950]), ("Tilskot fylket", "", [8000, 7500]),
                    ("Tilskot kommunen", "", [3000, 3000]), ("Renter", "", [1122, 964])],
               cost=[("Gjetarløn", "", [18600, 17400]), ("Saltsteinar", "", [2315, 1980]),
                     ("Vedlikehald gjeterbu", "", [4120, 1570]), ("Radiobjøller", "", [3950, 5210]),
                     ("Møte og porto", "", [812, 745])],
               labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter",
                       "sum_cost": "Sum utgifter", "op": None, "result": "Overskot"}),
        label_header="Kr")
    bal = Kroner(
        "Status 31/12", cols,
        balance("nn", 2, fixed=[],
                current=[("Kasse", "", [240, 410]), ("Bankbok", "", "plug")],
                equity=[("Kapital", "", [26813, 23008])], long=[], short=[("Skuldig", "", [1450, 0])],
                labels={"assets": None, "current": None, "sum_current": None, "eq_debt": None, "equity": None,
                        "sum_equity": "Kapital i alt", "debt": None, "short": None, "sum_assets": "Sum eigedelar",
                        "sum_eq_debt": "Sum kapital og gjeld"},
                sum_debt=False),
        label_header="Kr")
    board = [("Kristoffer Bøen", "LEDE", None), ("Halvor Skaarud", "NEST", None), ("Olav Dalbakken", "MEDL", None),
             ("Marit Engum", "MEDL", None), ("Ivar Sletten", "MEDL", None),
             ("Per Myrvang", "VARA", None), ("Anders Solbraa", "VARA", None)]
    inner = [
        ("p", "Styret har i 1980 vore: Formann Kristoffer Bøen, nestformann Halvor Skaarud, kasserar Olav "
              "Dalbakken, styremedlemer Marit Engum og Ivar Sletten. Varamenn: Per Myrvang og Anders Solbraa."),
        ("p", "Revisorar: Kåre Hole og Lars Bakken. Gjetar i sommar var Jon Kvåle, med hjelp av sonen "
              "i fellesferien."),
        ("p", "Det har vore halde tre styremøte og eit medlemsmøte. Laget har 23 medlemer."),
        ("p", "Sleppet vart 8. juni. Det vart sleppt 612 sauer og 1 104 lam på beitet i {g:Skeikampen}-området "
              "og inn mot {g:Espedalen}. Ved sankinga vanta 71 dyr, og tapet vart {p:4,1 prosent|tapet} mot "
              "{p:5,3 prosent|året før} året før. Jerv vart stadfesta på to kadaver."),
        ("p", "Laget fekk nye radiobjøller til dei mest utsette flokkane, og gjeterbua ved {g:Bjørgeseter} "
              "fekk nytt tak."),
        ("colstmt", res, {"right_cm": 7.6, "step_cm": 2.1}),
        ("colstmt", bal, {"right_cm": 7.6, "step_cm": 2.1}),
        ("p", "Overskotet er lagt til kapitalen."),
        ("p", "{g:Forset}, 20. februar 1981"),
        ("p", "Kristoffer Bøen   Halvor Skaarud   Olav Dalbakken   Marit Engum   Ivar Sletten"),
    ]
    items = [
        ("p", "VESTRE GAUSDAL BEITELAG", {"bold": True, "align": "center"}),
        ("p", "ÅRSMELDING FOR 1980", {"align": "center"}),
        ("cols", inner),
    ]
    return {
        "name": "vestre-gausdal-beitelag-1980", "year": 1980, "title": "Vestre Gausdal Beitelag – årsmelding 1980",
        "organization": {"name": "Vestre Gausdal Beitelag"},
        "ceo": None, "board": board, "not_board": ["Kåre Hole", "Lars Bakken", "Jon Kvåle"],
        "font": "DejaVu Sans Mono", "body_pt": 8.5, "heading_colour": "000000", "margin_mm": 18,
        "scan": {"dpi": 200, "tilt": 1.1, "noise": 11, "paper": 18},
        "items": items, "renditions": ["scan"],
        "notes": "Typewritten 1980 årsmelding in two columns, scanned at 200 dpi (image only): the board in "
                 "running text with old role words (formann, nestformann, kasserar, varamenn), officers and "
                 "auditors (not board), accounts in whole kroner with ',-' on right tab stops inside the "
                 "column, signatures as one typed line.",
    }


def fjordtun_arbeidssenter() -> dict:
    """Vekstbedrift AS: portrait pages, the resultatregnskap on a landscape page stored with /Rotate 90."""
    cols = [Col("Regnskap 2023", 2023), Col("Budsjett 2023", 2023, BUDGET), Col("Regnskap 2022", 2022),
            Col("Budsjett 2024", 2024, BUDGET)]
    res = Statement(
        "Resultatregnskap 2023", cols,
        income("nb", 4,
               inc=[("Statlige tilskudd VTA og AFT", "2", [6842100, 6800000, 6511420, 7120000]),
                    ("Kommunale tilskudd", "2", [1365000, 1365000, 1300000, 1420000]),
                    ("Salgsinntekter", "", [4218775, 4100000, 3876310, 4400000]),
                    ("Andre driftsinntekter", "", [186420, 150000, 211050, 150000])],
               cost=[("Varekostnad", "", [1532880, 1480000, 1411270, 1600000]),
                     ("Lønn ansatte", "3", [6011230, 5950000, 5702160, 6300000]),
                     ("Lønn deltakere", "3", [1488400, 1500000, 1421950, 1560000]),
                     ("Avskrivninger", "4", [412000, 410000, 398000, 420000]),
                     ("Andre driftskostnader", "", [2807300, 2750000, 2622480, 2890000])],
               fin=[("Finansinntekter", "", [54210, 20000, 18730, 40000]),
                    ("Finanskostnader", "", [-41820, -45000, -36190, -40000])],
               tax=None),
        note_col="Note", label_header="Beløp i kr")
    bal = Statement(
        "Balanse pr. 31.12.2023", [Col("31.12.2023", 2023), Col("31.12.2022", 2022)],
        balance("nb", 2,
                fixed=[("Bygninger og tomt", "4", [3360000, 3480000]), ("Maskiner og inventar", "4", [744000, 836000])],
                current=[("Varelager", "", [412650, 388920]), ("Kundefordringer", "", [538210, 497330]),
                         ("Bankinnskudd", "5", "plug")],
                equity=[("Aksjekapital", "6", [800000, 800000]), ("Annen egenkapital", "", [4455330, 4082455])],
                long=[("Pantelån", "7", [1120000, 1240000])],
                short=[("Leverandørgjeld", "", [388410, 352880]), ("Skyldige offentlige avgifter", "", [612540, 589100]),
                       ("Annen kortsiktig gjeld", "", [701860, 655390])]),
        note_col="Note")
    board = [("Gunnhild Ølmheim", "LEDE", None), ("Steinar Husabø", "NEST", None), ("Kristine Nes Lunde", "MEDL", None),
             ("Arvid Tangen", "MEDL", None), ("Maren Hegg", "MEDL", True), ("Jørn Vikøren", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning 2023"),
        ("p", "Fjordtun Arbeidssenter AS · Fossevegen 14, 6856 {g:Sogndal} · post@fjordtun.no", {"size": 9}),
        ("h", 2, "Virksomhetens art og hvor den drives"),
        ("p", "Fjordtun Arbeidssenter AS er en godkjent arbeids- og inkluderingsbedrift med avdelinger i "
              "{g:Sogndal} og {g:Gaupne}. Selskapet ble stiftet i 1987. Bedriften har 28 plasser for varig "
              "tilrettelagt arbeid (VTA) og 14 plasser i arbeidsforberedende trening (AFT)."),
        ("p", "Selskapet eies av:"),
        ("table", [["Eier", "Eierandel"], ["{g:Sogndal kommune|Sogndal}", "{p:70 %}"],
                   ["{g:Luster kommune|Luster}", "{p:20 %}"], ["Sogn Næringsforum AS", "{p:10 %}"]],
         {"ruled": True, "widths": [8.0, 3.0]}),
        ("h", 2, "Styret og ledelsen"),
        ("table", [["Navn", "Verv"], ["Gunnhild Ølmheim", "Styreleder"], ["Steinar Husabø", "Nestleder"],
                   ["Kristine Nes Lunde", "Styremedlem"], ["Arvid Tangen", "Styremedlem"],
                   ["Maren Hegg", "Styremedlem, valgt av de ansatte"], ["Jørn Vikøren", "Varamedlem"]],
         {"ruled": False, "widths": [6.5, 7.0]}),
        ("p", "Daglig leder er Einar Fosse. Styret har hatt åtte møter i 2023."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet blant ansatte var {p:7,4 %|sykefraværet} i 2023, mot {p:8,9 %|sykefraværet} "
              "i 2022. Det har ikke vært alvorlige skader. Selskapet har 17 ansatte, hvorav ni kvinner."),
        ("p", "Av deltakerne i AFT gikk {p:38 %|over til arbeid eller utdanning} over til arbeid eller "
              "utdanning."),
        ("h", 2, "Resultat og fortsatt drift"),
        ("p", "Årsresultatet ble 372 875 kroner og foreslås overført til annen egenkapital. Regnskapet er "
              "avlagt under forutsetning om fortsatt drift. Resultatregnskapet med budsjett står på neste side."),
        ("landscape", [("stmt", res, {"title": "Resultatregnskap 2023 med budsjett"})]),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2023"}),
        ("sign", "{g:Sogndal}, 12. mars 2024",
         [("Gunnhild Ølmheim", "styreleder"), ("Steinar Husabø", "nestleder"), ("Kristine Nes Lunde", "styremedlem"),
          ("Arvid Tangen", "styremedlem"), ("Maren Hegg", "styremedlem"), ("Einar Fosse", "daglig leder")],
         {"cols": 3}),
    ]
    return {
        "name": "fjordtun-arbeidssenter-2023", "year": 2023, "title": "Fjordtun Arbeidssenter AS – årsberetning 2023",
        "organization": {"name": "Fjordtun Arbeidssenter AS", "founded_year": 1987, "email": "post@fjordtun.no",
                         "address": "Fossevegen 14, 6856 Sogndal",
                         "owners": [{"name": "Sogndal kommune", "share_percent": 70.0},
                                    {"name": "Luster kommune", "share_percent": 20.0},
                                    {"name": "Sogn Næringsforum AS", "share_percent": 10.0}]},
        "ceo": "Einar Fosse", "board": board, "programs": {"VTA": 28, "AFT": 14},
        "rotate": True, "items": items, "renditions": ["docx", "pdf"],
        "notes": "Vekstbedrift AS: portrait pages with the resultatregnskap alone on a landscape page stored "
                 "portrait with /Rotate 90 in the PDF (four columns: regnskap, budsjett (optional), regnskap "
                 "last year, next year's budget (optional)); owners with shares; employee-elected member "
                 "in a borderless Name/Verv table; programs VTA and AFT with places.",
    }


REPORTS = [fjellheim_leirstad, vestre_gausdal_beitelag, fjordtun_arbeidssenter]
