"""Reports of the eleventh held-out set, part B: a designer's two-page report whose text frames are
written out of visual order, a nynorsk Word report with its board and key figures in text boxes and
its address in the page header and footer, and a group (konsern) report with parent and subsidiary
columns. Organisations, people and figures are invented; places are real."""
from __future__ import annotations

from heldout_finance import OTHER, Col, Statement, balance, income


def kunstverkstedet_vagan() -> dict:
    y = 2024
    cols = [Col(str(y), y), Col(str(y - 1), y - 1)]
    inc = income("nb", 2,
                 [("Billettinntekter", "", [3_412_500, 2_980_100]), ("Offentlige tilskudd", "3", [6_850_000, 6_400_000]),
                  ("Kurs og verksted", "", [1_204_880, 1_055_600]), ("Butikksalg", "", [942_330, 870_420])],
                 [("Lønnskostnader", "4", [7_315_400, 6_902_250]), ("Avskrivninger", "", [402_000, 388_000]),
                  ("Produksjon av utstillinger", "", [2_618_950, 2_140_880]),
                  ("Andre driftskostnader", "", [1_744_210, 1_699_310])],
                 fin=[("Netto renteinntekter", "", [96_400, 51_200])], heads=False,
                 labels={"net_fin": None})
    bal = balance("nb", 2, [("Bygg og inventar", "", [3_880_000, 4_150_000])],
                  [("Fordringer", "", [611_420, 498_300]), ("Bankinnskudd", "", "plug")],
                  [("Grunnkapital", "", [500_000, 500_000]), ("Annen egenkapital", "", [2_875_080, 2_449_530])],
                  [("Pantelån", "", [2_100_000, 2_300_000])],
                  [("Leverandørgjeld", "", [388_140, 402_660]), ("Annen kortsiktig gjeld", "", [902_330, 877_910])])
    board = [("Jonas Fredheim", "LEDE", None), ("Maren Strøm Isaksen", "NEST", None), ("Kjetil Bendiksen", "MEDL", None),
             ("Aud Helene Pettersen", "MEDL", None), ("Ola Martin Nygård", "VARA", None)]
    return {
        "name": "kunstverkstedet-vagan-2024", "year": y,
        "title": f"Stiftelsen Kunstverkstedet Vågan – årsrapport {y}",
        "organization": {"name": "Stiftelsen Kunstverkstedet Vågan", "founded_year": 2009,
                         "address": "Hamnegata 6", "website": "kunstverkstedet-vagan.no"},
        "ceo": "Siri Eliassen Hov", "board": board,
        "board_optional": [],
        "not_board": ["Ruth Vikan", "Bent Arne Solbakk"],
        "places_optional": ["Lofoten"],
        "renditions": ["chrome"], "accent": "2F4F6B",
        "notes": "Designer's report (absolutely placed frames printed by Chromium): the key-figure sidebar, a pull quote "
                 "and a photo caption naming the daglig leder and the chair are written before the page title and the "
                 "body; the board is a sidebar on page 2. The photographer and a guest artist are not board.",
        "items": [],
        "frames": [
            {"page": 0, "x": 138, "y": 58, "w": 56, "cls": "side", "items": [
                ("bh", "Nøkkeltall 2024"),
                ("p", "41 300 besøkende"), ("p", "9 utstillinger"), ("p", "212 kurs og verksteder"),
                ("p", "11 årsverk"), ("p", "Besøksvekst: {p:14,6 %|besøksvekst}")]},
            {"page": 0, "x": 138, "y": 150, "w": 56, "cls": "quote", "items": [
                ("p", "«Vi ville at verkstedet skulle stå åpent også i mørketida, og det har publikum svart på.»")]},
            {"page": 0, "x": 16, "y": 38, "w": 114, "h": 70, "cls": "photo", "items": []},
            {"page": 0, "x": 16, "y": 110, "w": 114, "cls": "cap", "items": [
                ("p", "Daglig leder Siri Eliassen Hov og styreleder Jonas Fredheim ved åpningen av vinterutstillingen "
                      "i november. Foto: Ruth Vikan")]},
            {"page": 0, "x": 16, "y": 122, "w": 114, "cls": "", "items": [
                ("bh", "Et år med lys i verkstedet"),
                ("p", "Stiftelsen Kunstverkstedet Vågan ble opprettet i 2009 for å gi kunsthåndverkere i {g:Lofoten} et "
                      "sted å arbeide, stille ut og undervise. Verkstedet holder til i det gamle tranbrenneriet i "
                      "Hamnegata 6 i {g:Kabelvåg}, og eies ikke av noen: stiftelsen forvalter seg selv under tilsyn av "
                      "Stiftelsestilsynet."),
                ("p", "I 2024 holdt vi for første gang åpent alle ukedager gjennom vinteren. Besøket økte, og særlig "
                      "skoleklassene fra {g:Svolvær} og {g:Henningsvær} kom tilbake flere ganger. Gjestekunstner Bent "
                      "Arne Solbakk ledet glassverkstedet fra mars til juni."),
                ("bh", "Styrets beretning"),
                ("p", "Stiftelsen har sitt forretningskontor i {g:Vågan} kommune i {g:Nordland}. Årsregnskapet er satt opp "
                      "under forutsetning av fortsatt drift. Sykefraværet var {p:2,8 prosent|sykefraværet}. Stiftelsen "
                      "har ikke virksomhet som forurenser det ytre miljø. Av de ansatte er {p:64 %|kvinner} kvinner."),
                ("p", "Årsoverskuddet på 425 550 kroner overføres til annen egenkapital.")]},
            {"page": 0, "x": 16, "y": 14, "w": 180, "cls": "", "items": [
                ("h", 1, "Årsrapport 2024"),
                ("p", "Stiftelsen Kunstverkstedet Vågan · Hamnegata 6, 8310 {g:Kabelvåg} · kunstverkstedet-vagan.no",
                 {"small": True})]},
            {"page": 1, "x": 146, "y": 20, "w": 48, "cls": "side", "items": [
                ("bh", "Styret"),
                ("p", "Jonas Fredheim"), ("p", "styreleder", {"small": True}),
                ("p", "Maren Strøm Isaksen"), ("p", "nestleder", {"small": True}),
                ("p", "Kjetil Bendiksen"), ("p", "Aud Helene Pettersen"),
                ("p", "Ola Martin Nygård"), ("p", "varamedlem", {"small": True}),
                ("bh", "Administrasjon"),
                ("p", "Siri Eliassen Hov"), ("p", "daglig leder", {"small": True})]},
            {"page": 1, "x": 16, "y": 20, "w": 122, "cls": "", "items": [
                ("stmt", Statement("Resultatregnskap", cols, inc, note_col="Note"), {"title": "Resultatregnskap"}),
                ("stmt", Statement("Balanse 31.12.", cols, bal), {"title": "Balanse 31.12."}),
                ("p", "{g:Kabelvåg}, 12. mars 2025"),
                ("p", "Jonas Fredheim · Maren Strøm Isaksen · Kjetil Bendiksen · Aud Helene Pettersen · Siri Eliassen Hov",
                 {"small": True})]},
        ],
    }


def kvinnherad_fjordbad() -> dict:
    y = 2022
    cols = [Col(str(y), y), Col(str(y - 1), y - 1)]
    inc = income("nn", 2,
                 [("Billettinntekter", "", [4_418_600, 2_604_300]), ("Driftstilskot frå kommunen", "", [5_500_000, 5_500_000]),
                  ("Utleige og kafé", "", [1_006_420, 688_150])],
                 [("Lønskostnader", "", [5_402_880, 4_980_020]), ("Energi", "", [2_311_050, 1_402_770]),
                  ("Avskrivingar", "", [1_250_000, 1_250_000]), ("Andre driftskostnader", "", [1_498_310, 1_322_460])],
                 fin=[("Rentekostnader", "", [-204_700, -166_300])], heads=False)
    bal = balance("nn", 2, [("Bygg og anlegg", "", [28_750_000, 30_000_000])],
                  [("Kundefordringar", "", [214_330, 188_410]), ("Bankinnskot", "", "plug")],
                  [("Aksjekapital", "", [10_000_000, 10_000_000]), ("Anna eigenkapital", "", [-1_081_240, -1_339_320])],
                  [("Lån frå Kommunalbanken", "", [19_600_000, 20_400_000])],
                  [("Leverandørgjeld", "", [611_880, 472_190]), ("Anna kortsiktig gjeld", "", [838_970, 760_500])])
    board = [("Brita Opsanger", "LEDE", False), ("Eirik Tveitnes", "NEST", False), ("Solveig Handeland", "MEDL", False),
             ("Rune Mæland", "MEDL", True), ("Torunn Aksnes", "VARA", None)]
    return {
        "name": "kvinnherad-fjordbad-2022", "year": y,
        "title": f"Årsmelding {y} Kvinnherad Fjordbad AS",
        "organization": {"name": "Kvinnherad Fjordbad AS", "founded_year": 2016, "address": "Sjøgata 14",
                         "email": "post@fjordbad.no",
                         "owners": [{"name": "Kvinnherad kommune", "share_percent": 82},
                                    {"name": "Stiftinga Rosendal Symjeklubb", "share_percent": 18}]},
        "ceo": "Halvard Sæbø", "board": board, "emp_known": True,
        "board_optional": [],
        "not_board": ["Lene Kolltveit", "Arve Dyrnes"],
        "not_places": ["Kvinnherad kommune", "Stiftinga Rosendal Symjeklubb"],
        "renditions": ["docx", "pdf", "doc"],
        "font": "Liberation Sans", "heading_colour": "0B5E7A",
        "header": "Kvinnherad Fjordbad AS  ·  Org.nr. 917 402 118  ·  Sjøgata 14, 5470 {g?:Rosendal}",
        "footer": "Telefon 53 48 21 00  ·  post@fjordbad.no  ·  side {PAGE} av {NUMPAGES}",
        "notes": "Nynorsk Word report: the board (with an employee member) and the key figures stand only in floating "
                 "text boxes (w:txbxContent, DrawingML with VML fallback); address and org number in the page header. "
                 "The badmeister and the kommune's contact person are not board.",
        "items": [
            ("sidebar", [("bh", "Styret 2022"), ("p", "Brita Opsanger, styreleiar"), ("p", "Eirik Tveitnes, nestleiar"),
                         ("p", "Solveig Handeland, styremedlem"), ("p", "Rune Mæland, tilsettvald styremedlem"),
                         ("p", "Torunn Aksnes, varamedlem"), ("bh", "Dagleg leiar"), ("p", "Halvard Sæbø")],
             {"width_pt": 150, "height_pt": 190}),
            ("h", 1, f"Årsmelding {y}"),
            ("p", "Kvinnherad Fjordbad AS driv symjehallen og badeanlegget ved sjøen i {g:Rosendal} i {g:Kvinnherad} "
                  "kommune i {g:Vestland}. Selskapet vart skipa i 2016 og opna anlegget hausten 2018. Kvinnherad kommune "
                  "eig {p:82 %|Kvinnherad kommune} av aksjane og Stiftinga Rosendal Symjeklubb {p:18 %|Symjeklubb}."),
            ("h", 2, "Verksemda i 2022"),
            ("p", "Etter to år med stengde periodar var 2022 det første heile driftsåret. Anlegget hadde 61 200 "
                  "besøk, og symjeopplæringa for alle skulane frå {g:Husnes} til {g:Uskedalen} gjekk som planlagt. "
                  "Badmeister Lene Kolltveit har leia opplæringa. Kommunen sin kontaktperson har vore Arve Dyrnes."),
            ("sidebar", [("bh", "Nøkkeltal 2022"), ("p", "Besøk: 61 200"), ("p", "Driftsinntekter: 10,9 mill. kr"),
                         ("p", "Energikostnad: 2,3 mill. kr"), ("p", "Tilsette: 14 (9,4 årsverk)")],
             {"width_pt": 150, "height_pt": 110}),
            ("p", "Straumprisane auka kraftig, og energikostnadene gjekk opp med {p:65 prosent|energikostnadene}. Styret "
                  "sette ned temperaturen i bassenget med ei grad frå september."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Sjukefråværet var {p:6,1 %|sjukefråværet}. Det har ikkje vore skadar. Av dei tilsette er ni kvinner. "
                  "Styret har tre kvinner og to menn."),
            ("h", 2, "Årsrekneskapen"),
            ("p", "Styret meiner at rekneskapen gir eit rett bilete av stillinga. Føresetnaden om vidare drift er lagd til "
                  "grunn. Overskotet vert overført til anna eigenkapital."),
            ("stmt", Statement("Resultatrekneskap", cols, inc), {"title": "Resultatrekneskap"}),
            ("stmt", Statement("Balanse per 31.12.", cols, bal), {"title": "Balanse per 31.12."}),
            ("sign", "{g:Rosendal}, 20. mars 2023",
             [("Brita Opsanger", "styreleiar"), ("Eirik Tveitnes", "nestleiar"), ("Solveig Handeland", "styremedlem"),
              ("Rune Mæland", "styremedlem"), ("Halvard Sæbø", "dagleg leiar")]),
        ],
    }


def fjellstad_holding() -> dict:
    y = 2023
    cols = [Col(f"Morselskap {y}", y), Col(f"Morselskap {y - 1}", y - 1),
            Col(f"Konsern {y}", y, OTHER), Col(f"Konsern {y - 1}", y - 1, OTHER)]
    inc = income("nb", 4,
                 [("Salgsinntekt", "", [0, 0, 48_220, 44_915]), ("Annen driftsinntekt", "", [1_850, 1_720, 412, 380])],
                 [("Varekostnad", "", [0, 0, 26_305, 24_880]), ("Lønnskostnad", "3", [1_204, 1_118, 14_210, 13_402]),
                  ("Avskrivninger", "", [38, 41, 1_912, 1_788]), ("Annen driftskostnad", "", [412, 389, 3_944, 3_612])],
                 fin=[("Inntekt på investering i datterselskap", "", [1_500, 1_200, 0, 0]),
                      ("Netto rentekostnad", "", [-118, -96, -602, -511])],
                 tax=("Skattekostnad", "", [26, 17, 411, 335]), heads=False)
    bal = balance("nb", 4, [("Aksjer i datterselskap", "", [12_400, 12_400, 0, 0]),
                            ("Tomter og bygninger", "", [0, 0, 14_880, 15_310]),
                            ("Maskiner og anlegg", "", [95, 133, 6_122, 5_804])],
                  [("Varer", "", [0, 0, 5_416, 4_977]), ("Fordringer", "", [1_300, 1_100, 6_088, 5_520]),
                   ("Bankinnskudd", "", "plug")],
                  [("Aksjekapital", "", [3_000, 3_000, 3_000, 3_000]), ("Annen egenkapital", "", [9_108, 8_600, 14_260, 13_012])],
                  [("Gjeld til kredittinstitusjoner", "", [1_000, 1_400, 9_600, 10_400])],
                  [("Leverandørgjeld", "", [102, 88, 3_102, 2_744]), ("Annen kortsiktig gjeld", "", [744, 702, 4_015, 3_881])])
    board = [("Bjørn Egil Lien", "LEDE", None), ("Tone Ringstad", "MEDL", None), ("Vegard Bakken Moen", "MEDL", None),
             ("Kristoffer Lien", "VARA", None)]
    return {
        "name": "fjellstad-holding-2023", "year": y,
        "title": f"Årsberetning og årsregnskap {y} Fjellstad Holding AS",
        "organization": {"name": "Fjellstad Holding AS", "founded_year": 1998, "address": "Follebuvegen 40"},
        "ceo": "Ingrid Lien Haugom", "board": board,
        "board_optional": [],
        "not_board": ["Pål Nordheim", "Guri Skaugen", "Sindre Vestad"],
        "renditions": ["pdf", "doc"],
        "font": "Liberation Sans", "heading_colour": "333333",
        "notes": "Group report: parent and one subsidiary; income statement columns Morselskap 2023 | 2022 | Konsern "
                 "2023 | 2022 (konsern optional), balance with a Morselskap/Konsern group row; figures in NOK 1000. "
                 "The subsidiary's own board and daglig leder are named and are not the parent's board or ceo.",
        "items": [
            ("h", 1, f"Årsberetning {y}"),
            ("p", "Fjellstad Holding AS – konsern", {"bold": True}),
            ("h", 2, "Virksomhetens art"),
            ("p", "Fjellstad Holding AS ble stiftet i 1998 og er morselskap i et konsern med ett heleid datterselskap, Fjellstad Trevare AS, "
                  "som produserer trapper, vinduer og listverk på fabrikken i {g:Follebu} i {g:Gausdal}. Morselskapet "
                  "eier eiendommen og yter administrative tjenester til datterselskapet. Forretningskontoret er i "
                  "Follebuvegen 40."),
            ("h", 2, "Styre og ledelse"),
            ("p", "Morselskapets styre består av Bjørn Egil Lien (styreleder), Tone Ringstad og Vegard Bakken Moen, med "
                  "Kristoffer Lien som varamedlem. Daglig leder i Fjellstad Holding AS er Ingrid Lien Haugom."),
            ("p", "Styret i Fjellstad Trevare AS har vært Ingrid Lien Haugom (styreleder), Pål Nordheim og Guri Skaugen, "
                  "som er valgt av de ansatte i datterselskapet. Daglig leder i Fjellstad Trevare AS er Sindre Vestad."),
            ("h", 2, "Utvikling og resultat"),
            ("p", "Konsernets salgsinntekter økte med {p:7,4 %|salgsinntekter} til 48,2 millioner kroner. Boligmarkedet i "
                  "{g:Innlandet} var svakere enn året før, men leveransene til hytteprosjekter i {g:Ringebu} og "
                  "{g:Øyer} holdt ordreboka oppe. Morselskapet mottok konsernbidrag og utbytte fra datterselskapet."),
            ("p", "Årsregnskapet er avlagt under forutsetning av fortsatt drift. Konsernet hadde 31 ansatte ved utgangen av "
                  "året, og sykefraværet i konsernet var {p:5,2 prosent|sykefraværet}."),
            ("stmt", Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i NOK 1000", unit=1000),
             {"title": "Resultatregnskap"}),
            ("groupstmt", Statement("Balanse pr. 31.12.", [Col(str(y), y), Col(str(y - 1), y - 1),
                                                            Col(str(y), y, OTHER), Col(str(y - 1), y - 1, OTHER)],
                                    bal, label_header="NOK 1000", unit=1000),
             [("Morselskap", 2), ("Konsern", 2)], {"title": "Balanse pr. 31.12."}),
            ("sign", "{g:Gausdal}, 4. april 2024",
             [("Bjørn Egil Lien", "styreleder"), ("Tone Ringstad", "styremedlem"), ("Vegard Bakken Moen", "styremedlem"),
              ("Ingrid Lien Haugom", "daglig leder")]),
        ],
    }


REPORTS = [kunstverkstedet_vagan, kvinnherad_fjordbad, fjellstad_holding]
