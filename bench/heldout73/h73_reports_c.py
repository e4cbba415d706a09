"""The seventy-third set's two reports made in an online design tool (``h73_frames``): a
renovasjon IKS's årsmelding (nynorsk, Kviteseid in Telemark, 2016) with tables of cell frames, and a
kommunalt foretak's årsrapport (bokmål, Nesbyen in Buskerud, 2024) with letter-spaced headings, name
and role as two frames on one line, and statements as tables inside one frame. Organisations,
people and figures are made up; the places are real and valid in the year."""
from __future__ import annotations

from h73_kit import balanced, lines
from heldout_finance import ACTUAL, Col, Statement, balance, income

GREEN, PALE, WHITE = "#2F5D50", "#E6EEE8", "#ffffff"
BODY_NN = {"size": 11.5, "lh": 1.45, "boxes": 3}
HEAD_NN = {"size": 14, "bold": True, "color": GREEN, "after": 4}


def _heiane_statements():
    cols = [Col("2016", 2016, ACTUAL), Col("2015", 2015, ACTUAL)]
    result = Statement("Resultatrekneskap 2016", cols, income("nn", 2, [
        ("Renovasjonsgebyr", "2", [21486300, 20914700]),
        ("Sal av gjenvinningsmateriale", "", [1372480, 1518260]),
        ("Andre driftsinntekter", "", [426190, 389540]),
    ], [
        ("Innsamling og transport", "", [9846120, 9512380]),
        ("Handsaming av avfall", "", [5918440, 5801970]),
        ("Løn og sosiale kostnader", "3", [4912630, 4706210]),
        ("Avskrivingar", "4", [1104500, 1062800]),
        ("Andre driftskostnader", "", [1236870, 1198320]),
    ], [("Finansinntekter", "", [88340, 102610]), ("Finanskostnader", "", [-214760, -238470])]),
        note_col="Note", label_header="")
    bal = Statement("Balanse per 31.12.2016", cols, balance("nn", 2,
        [("Bygningar og anlegg", "4", [8620000, 8940000]), ("Køyretøy og containerar", "4", [2148600, 2412300])],
        [("Kundefordringar", "", [2846210, 2702480]), ("Bankinnskot", "5", "plug")],
        [("Innskoten eigenkapital", "", [1000000, 1000000]), ("Opptent eigenkapital", "", [3416420, 3276430])],
        [("Langsiktig lån", "6", [7200000, 7800000])],
        [("Leverandørgjeld", "", [1912440, 1784260]), ("Skuldige offentlege avgifter", "", [586130, 552900]),
         ("Anna kortsiktig gjeld", "", [1104260, 986410])]), note_col="Note", label_header="")
    return result, bal


def heiane_renovasjon_iks_2016() -> dict:
    result, bal = _heiane_statements()
    board = [("Gunhild Nordbø Skogen", "LEDE", False), ("Tarjei Hovden", "NEST", False),
             ("Anne Lise Bjørge Vaa", "MEDL", False), ("Olav Tveitan", "MEDL", False),
             ("Kjetil Aasland Lia", "MEDL", True), ("Signe Fosstveit", "VARA", None),
             ("Aslak Heggtveit", "VARA", None)]
    cover = [
        ("photo", 0, 0, 794, 640, {"seed": 1601, "kind": "landscape"}),
        ("rect", 0, 620, 794, 502, {"fill": GREEN}),
        ("text", 56, 690, 680, "Årsmelding 2016", {"size": 50, "bold": True, "color": WHITE, "spacing": 3, "upper": True}),
        ("text", 56, 775, 680, "Heiane Renovasjon IKS", {"size": 26, "color": WHITE}),
        ("text", 56, 830, 680, "{g:Kviteseid} · {g:Seljord} · {g:Tokke} · {g:Fyresdal}", {"size": 15, "color": "#cfe0d6"}),
        ("text", 600, 596, 180, "Foto: Torleiv Bakka", {"size": 8, "color": WHITE, "layer": 3}),
    ]
    letter, low = balanced([
        "2016 var eit godt år for Heiane. Sorteringsgraden auka for tredje året på rad, og vi opna den nye "
        "miljøstasjonen i {g:Dalen} i september.",
        "Saman med eigarkommunane har vi førebudd innføring av matavfallssortering i heile {g:Vest-Telemark} "
        "frå 2018. Det blir det største løftet sidan selskapet vart skipa.",
        "Økonomien er stabil. Gebyra auka med {p:2,7 %|gebyra auka} frå 2015, som er under prisveksten.",
        "Styret takkar dei tilsette for god innsats, og representantskapet ved leiar Aslaug Kvitvær Bø for godt "
        "samarbeid gjennom året."], [(56, 215), (291, 215)], 130, BODY_NN, HEAD_NN)
    facts, _ = lines(["Skipa: 1993", "Selskapsform: interkommunalt selskap (IKS)",
                      "Eigarar: {g:Kviteseid}, {g:Seljord}, {g:Tokke} og {g:Fyresdal}", "Tilsette: 14",
                      "Dagleg leiar: Halvor Kvåle Rui", "Brøløsvegen 6, 3850 {g:Kviteseid}", "Telefon 35 05 38 60",
                      "post@heianeiks.no", "www.heianeiks.no"], 546, 170, 176, {"size": 10, "lh": 1.4}, gap=5)
    page2 = [
        ("text", 56, 60, 450, "Leiaren har ordet", {"size": 30, "bold": True, "color": GREEN, "head": True}),
        *letter,
        ("stack", 291, low + 16, 215, "Gunhild Nordbø Skogen||styreleiar", [{"size": 11, "bold": True}, {"size": 10, "italic": True}], {}),
        ("rect", 530, 120, 208, 420, {"fill": PALE, "radius": 10}),
        ("text", 546, 136, 176, "Kort om Heiane", {"size": 13, "bold": True, "color": GREEN}),
        *facts,
        ("photo", 56, 620, 682, 420, {"seed": 1602, "kind": "landscape", "radius": 10}),
        ("text", 56, 1050, 682, "Den nye miljøstasjonen i {g:Dalen} opna 14. september.", {"size": 9, "italic": True, "color": "#555"}),
    ]
    tiles = ["4 870 tonn||avfall samla inn frå hushalda", "{p:62 %|sorteringsgrad}||sorteringsgrad, opp fire prosentpoeng",
             "8 950||abonnentar i fire kommunar", "5||miljøstasjonar, den nyaste i {g:Dalen}",
             "23,3 mill.||kroner i driftsinntekter", "14||tilsette i 13,2 årsverk"]
    page3 = [("text", 56, 60, 600, "Året i tal", {"size": 30, "bold": True, "color": GREEN, "head": True})]
    for i, tile in enumerate(tiles):
        x, y = 56 + (i % 3) * 232, 130 + (i // 3) * 150
        page3 += [("rect", x, y, 214, 130, {"fill": PALE, "radius": 8}),
                  ("stack", x + 14, y + 16, 186, tile, [{"size": 30, "bold": True, "color": GREEN, "after": 6},
                                                        {"size": 10.5}], {})]
    page3 += [("text", 56, 460, 600, "Eigarskap", {"size": 22, "bold": True, "color": GREEN, "head": True}),
              ("rect", 56, 510, 220, 220, {"fill": GREEN, "radius": 110}),
              ("rect", 106, 560, 120, 120, {"fill": WHITE, "radius": 60})]
    owners = [("Kviteseid", 34, "#2F5D50"), ("Seljord", 30, "#5E8C7A"), ("Tokke", 21, "#97B8A8"), ("Fyresdal", 15, "#C9DBD1")]
    for i, (place, share, colour) in enumerate(owners):
        y = 540 + i * 36
        page3 += [("rect", 320, y + 2, 14, 14, {"fill": colour}),
                  ("runs", 344, y, f"{{g:{place} kommune|{place}}}||{{p:{share} %|{place} kommune}}",
                   [{"size": 12}, {"size": 12, "bold": True}], {"at": [(0, 200, "left"), (210, 60, "right")]})]
    page3 += [("text", 320, 700, 400, "Eigardelane følgjer folketalet i kommunane og vart sist justert i 2012.",
               {"size": 10, "italic": True, "color": "#555"})]
    members = [("Gunhild Nordbø Skogen", "Styreleiar"), ("Tarjei Hovden", "Nestleiar"),
               ("Anne Lise Bjørge Vaa", "Styremedlem"), ("Olav Tveitan", "Styremedlem"),
               ("Kjetil Aasland Lia", "Styremedlem, vald av dei tilsette")]
    page4 = [("text", 56, 60, 600, "Styret", {"size": 30, "bold": True, "color": GREEN, "head": True})]
    for i, (name, role) in enumerate(members):
        x = 56 + i * 138
        page4 += [("photo", x + 12, 130, 100, 100, {"seed": 1610 + i, "round": True}),
                  ("stack", x, 242, 124, f"{name}||{role}", [{"size": 11, "bold": True, "after": 2}, {"size": 9.5}],
                   {"align": "center"})]
    page4 += [("text", 56, 330, 682, "Varamedlemer: Signe Fosstveit og Aslak Heggtveit. Styret har hatt sju møte "
                                     "og handsama 44 saker i 2016.", {"size": 10.5}),
              ("text", 56, 400, 600, "Representantskapet", {"size": 22, "bold": True, "color": GREEN, "head": True})]
    reps = [("{g:Kviteseid}", "Aslaug Kvitvær Bø, ordførar (leiar)"), ("{g:Seljord}", "Jon Olav Heddi, ordførar"),
            ("{g:Tokke}", "Tove Kleivi Dale, ordførar"), ("{g:Fyresdal}", "Gunnar Fjellstad, varaordførar")]
    for i, (place, who) in enumerate(reps):
        page4.append(("runs", 56, 450 + i * 24, f"{place}||{who}", [{"size": 11, "bold": True}, {"size": 11}],
                      {"at": [(0, 110, "left"), (120, 400, "left")]}))
    page4.append(("text", 56, 570, 600, "Administrasjonen", {"size": 22, "bold": True, "color": GREEN, "head": True}))
    staff = [("Dagleg leiar", "Halvor Kvåle Rui"), ("Driftsleiar", "Øystein Nordskog"),
             ("Økonomi", "Marit Hovde Tveiten"), ("Miljørådgjevar", "Ingrid Brekke")]
    for i, (role, name) in enumerate(staff):
        page4.append(("runs", 56, 620 + i * 24, f"{role}||{name}", [{"size": 11, "color": "#555"}, {"size": 11}],
                      {"at": [(0, 150, "left"), (160, 400, "left")]}))
    page4.append(("photo", 56, 760, 682, 300, {"seed": 1620, "kind": "landscape", "radius": 10}))
    report_text, _ = balanced([
        ("head", "Verksemda"),
        "Heiane Renovasjon IKS er eigd av kommunane {g:Kviteseid}, {g:Seljord}, {g:Tokke} og {g:Fyresdal} og har "
        "forretningskontor i {g:Kviteseid}. Selskapet samlar inn og handsamar hushaldsavfall for om lag 8 950 "
        "abonnentar i {g:Vest-Telemark}. Restavfallet blir sendt til energigjenvinning i {g:Skien}.",
        ("head", "Arbeidsmiljø"),
        "Sjukefråværet var {p:4,8 %|sjukefråværet} i 2016, og sjukefråværet i 2015 var {p:6,1 %|sjukefråværet i 2015}. "
        "Det var éi skade med fråvær i året, ei kuttskade ved sorteringsanlegget. Arbeidsmiljøutvalet har hatt "
        "fire møte.",
        ("head", "Likestilling"),
        "Av dei 14 tilsette er to kvinner. Styret har to kvinner og tre menn. Selskapet arbeider for å rekruttere "
        "fleire kvinner til sjåføryrket.",
        ("head", "Ytre miljø"),
        "Køyretøya går på biodiesel, og den nye miljøstasjonen har overvaking av sigevatn. Selskapet har ikkje hatt "
        "utslepp ut over løyva frå Fylkesmannen i {g:Telemark}.",
        ("head", "Økonomi og vidare drift"),
        "Driftsinntektene var 23 284 970 kroner, og årsresultatet vart 139 990 kroner. Overskotet blir lagt til "
        "opptent eigenkapital. Styret meiner føresetnaden om vidare drift er til stades, og at rekneskapen gjev "
        "eit rett bilete av selskapet. Revisor er Liv Grimsrud, statsautorisert revisor."],
        [(56, 330), (408, 330)], 130, {**BODY_NN, "size": 11.5}, HEAD_NN)
    page5 = [("text", 56, 60, 680, "Årsmelding frå styret", {"size": 30, "bold": True, "color": GREEN, "head": True}),
             *report_text, ("photo", 56, 740, 682, 320, {"seed": 1630, "kind": "landscape", "radius": 10})]
    grid = {"cols": [(0, 330, "left"), (340, 40, "center"), (400, 120, "right"), (540, 120, "right")],
            "row_h": 21, "size": 11}
    page6 = [("text", 56, 60, 680, "Resultatrekneskap 2016", {"size": 30, "bold": True, "color": GREEN, "head": True}),
             ("text", 56, 110, 680, "Alle tal i heile kroner", {"size": 10, "italic": True, "color": "#555"}),
             ("statement", 56, 150, {**grid, "st": result})]
    signers = [("Gunhild Nordbø Skogen", "styreleiar"), ("Tarjei Hovden", "nestleiar"), ("Anne Lise Bjørge Vaa", "styremedlem"),
               ("Olav Tveitan", "styremedlem"), ("Kjetil Aasland Lia", "styremedlem"), ("Halvor Kvåle Rui", "dagleg leiar")]
    page7 = [("text", 56, 50, 680, "Balanse per 31.12.2016", {"size": 30, "bold": True, "color": GREEN, "head": True}),
             ("statement", 56, 110, {**grid, "st": bal}),
             ("text", 56, 900, 400, "{g:Kviteseid}, 9. mars 2017", {"size": 10.5})]
    for i, (name, role) in enumerate(signers):
        x, y = 56 + (i % 3) * 230, 940 + (i // 3) * 70
        page7 += [("rect", x, y, 200, 1, {"fill": "#333"}),
                  ("stack", x, y + 6, 210, f"{name}||{role}", [{"size": 10.5}, {"size": 9.5, "italic": True}], {})]
    return {
        "name": "heiane-renovasjon-iks-2016", "year": 2016, "lang": "nn", "layout": "design",
        "title": "Heiane Renovasjon IKS – Årsmelding 2016", "renditions": ["chrome"], "items": None,
        "organization": {"name": "Heiane Renovasjon IKS", "founded_year": 1993,
                         "address": "Brøløsvegen 6, 3850 Kviteseid", "phone": "35 05 38 60",
                         "email": "post@heianeiks.no", "website": "www.heianeiks.no",
                         "owners": [{"name": "Kviteseid kommune", "share_percent": 34},
                                    {"name": "Seljord kommune", "share_percent": 30},
                                    {"name": "Tokke kommune", "share_percent": 21},
                                    {"name": "Fyresdal kommune", "share_percent": 15}]},
        "ceo": "Halvor Kvåle Rui", "board": board,
        "not_board": ["Torleiv Bakka", "Aslaug Kvitvær Bø", "Jon Olav Heddi", "Tove Kleivi Dale", "Gunnar Fjellstad",
                      "Øystein Nordskog", "Marit Hovde Tveiten", "Ingrid Brekke", "Liv Grimsrud"],
        "design": {"seed": 73016, "pages": [cover, page2, page3, page4, page5, page6, page7]},
        "notes": "Design-tool PDF: every line of text its own frame, frames in layer order (shuffled), so "
                 "only positions give the reading order; text boxes of three lines in two columns. Board as "
                 "five round photos with name and role stacked under each ('Styremedlem, vald av dei "
                 "tilsette'); representantskap (ordførarar, a leiar) and administrasjon as label | name frames "
                 "on one line. Owners only in a donut legend: name frame and share frame apart. Statements as "
                 "grids of cell frames (Note column), no table behind them; signatures in frames under rules.",
    }
REPORTS = [heiane_renovasjon_iks_2016]
