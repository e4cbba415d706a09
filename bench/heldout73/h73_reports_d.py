"""The seventy-third set's second design-tool report (``h73_frames``): a kommunalt foretak's
årsrapport (bokmål, Nesbyen in Buskerud, 2024) — letter-spaced capital headings, a pull quote on a
card, each board member as a photo beside one line made of two frames (the name in bold, the role in
grey), and the statements as real tables inside one frame each. Organisation, people and figures
are made up; the places are real and valid in the year."""
from __future__ import annotations

from h73_kit import balanced, flow, lines
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income

RED, SAND, WHITE = "#8C2F39", "#F4E9E1", "#ffffff"
HEAD = {"size": 22, "bold": True, "color": RED, "upper": True, "spacing": 3, "head": True}
BODY = {"size": 11, "lh": 1.5, "boxes": 4}
SUB = {"size": 13, "bold": True, "color": RED, "after": 3}


def _statements():
    cols = [Col("Regnskap 2024", 2024, ACTUAL), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023, ACTUAL)]
    result = Statement("Resultatregnskap", cols, income("nb", 3, [
        ("Billettinntekter", "", [4218, 3900, 3874]),
        ("Utleie av lokaler", "", [1986, 1850, 1742]),
        ("Kafé og bar", "", [1312, 1200, 1155]),
        ("Driftstilskudd fra Nesbyen kommune", "", [5400, 5400, 5200]),
        ("Andre tilskudd", "", [862, 600, 918]),
    ], [
        ("Honorarer og artistkostnader", "", [3624, 3300, 3412]),
        ("Lønnskostnader", "", [6118, 6050, 5864]),
        ("Drift og vedlikehold av bygg", "", [1902, 1800, 1946]),
        ("Avskrivninger", "", [640, 640, 612]),
        ("Andre driftskostnader", "", [1146, 1060, 1027]),
    ], [("Finansinntekter", "", [64, 40, 51]), ("Finanskostnader", "", [-92, -100, -88])]),
        unit=1000, label_header="Beløp i 1000 kr")
    bcols = [Col("31.12.2024", 2024, ACTUAL), Col("31.12.2023", 2023, ACTUAL)]
    bal = Statement("Balanse", bcols, balance("nb", 2,
        [("Scene- og lysutstyr", "", [2860, 3240]), ("Inventar", "", [412, 468])],
        [("Kundefordringer", "", [538, 471]), ("Bankinnskudd", "", "plug")],
        [("Egenkapital", "", [3126, 2806])],
        [("Lån fra Nesbyen kommune", "", [1200, 1300])],
        [("Leverandørgjeld", "", [684, 612]), ("Skyldige offentlige avgifter", "", [498, 455]),
         ("Annen kortsiktig gjeld", "", [746, 702])], labels={"equity": None}), unit=1000,
        label_header="Beløp i 1000 kr")
    return result, bal


def nesbyen_samfunnshus_kf_2024() -> dict:
    result, bal = _statements()
    board = [("Geir Olav Rukke", "LEDE", False), ("Ingvild Bergsjø", "NEST", False), ("Tore Sevle", "MEDL", False),
             ("Hilde Kvisla", "MEDL", False), ("Espen Lien Rødningen", "MEDL", True),
             ("Anette Bakken", "VARA", None), ("Rolf Ivar Gunleiksrud", "VARA", None)]
    cover = [
        ("photo", 0, 0, 794, 1122, {"seed": 2401, "kind": "landscape"}),
        ("rect", 56, 690, 682, 260, {"fill": "rgba(255,255,255,0.92)", "layer": 1.5}),
        ("text", 88, 730, 620, "Årsrapport 2024", {"size": 38, "bold": True, "color": RED, "upper": True, "spacing": 9}),
        ("text", 88, 800, 620, "Nesbyen Samfunnshus KF", {"size": 26}),
        ("text", 88, 850, 620, "Kulturhus, kino og møteplass i {g:Hallingdal}", {"size": 15, "color": "#555"}),
        ("text", 560, 1092, 220, "Forsidefoto: Vegard Tufte", {"size": 8, "color": WHITE, "layer": 3}),
    ]
    letter, _ = flow([
        "2024 ble det beste året i samfunnshusets historie. Vi solgte flere billetter enn noen gang, og kinoen "
        "fikk ny laserprojektor i mars.",
        "Storsalen var i bruk nesten hver kveld, og revyen i januar gikk for fulle hus elleve ganger. "
        "Skoleforestillingene samlet elever fra hele {g:Hallingdal}.",
        "Vi har også brukt året på å planlegge nytt ventilasjonsanlegg, som etter planen står ferdig høsten 2025.",
        "Takk til ordfører Trond Ivar Ramsrud og kommunedirektør Kari Ulsaker for et godt samarbeid, og til de "
        "mer enn hundre frivillige som har stått i kafé, garderobe og billettluke.",
        "Takk også til styret og alle ansatte for en formidabel innsats!"], [(56, 400)], 120, 1000,
        {**BODY, "size": 13}, SUB)
    about, _ = lines(["Nesbyen Samfunnshus KF er et kommunalt foretak i {g:Nesbyen} kommune, opprettet i 2009.",
                      "Svenkerudvegen 3, 3540 {g:Nesbyen}", "Telefon 32 07 41 50", "post@nesbyensamfunnshus.no",
                      "www.nesbyensamfunnshus.no"], 500, 690, 238, {"size": 10, "lh": 1.4}, gap=6)
    page2 = [
        ("text", 56, 60, 680, "Daglig leder har ordet", HEAD), *letter,
        ("photo", 500, 120, 238, 280, {"seed": 2402, "radius": 6}),
        ("stack", 500, 410, 238, "Mona Hagen Sløtt||daglig leder", [{"size": 12, "bold": True}, {"size": 10.5, "color": "#777"}], {}),
        ("rect", 480, 470, 258, 160, {"fill": RED, "radius": 4}),
        ("text", 498, 490, 222, "«Kulturhuset er hele bygdas stue, og i år var stua full.»",
         {"size": 15, "italic": True, "color": WHITE, "lh": 1.4}),
        ("text", 500, 660, 238, "Om foretaket", {"size": 13, "bold": True, "color": RED}), *about,
    ]
    tiles = ["312||arrangementer", "41 800||besøkende", "{p:78 %|belegg i storsalen}||belegg i storsalen",
             "9 460||solgte kinobilletter", "11,4||årsverk", "13,8 mill.||kroner i driftsinntekter"]
    page3 = [("text", 56, 60, 680, "2024 i tall", HEAD)]
    for i, tile in enumerate(tiles):
        x, y = 56 + (i % 3) * 232, 120 + (i // 3) * 150
        page3 += [("rect", x, y, 214, 130, {"fill": SAND}),
                  ("stack", x + 16, y + 18, 182, tile, [{"size": 32, "bold": True, "color": RED, "after": 6}, {"size": 11}], {})]
    scene, _ = balanced([
        "Året startet med revyen «Ut på tynn is», som ble spilt elleve ganger for til sammen 2 900 publikummere. "
        "Våren bød på konserter med artister fra {g:Oslo} og hele {g:Buskerud}.",
        "Kinoen viste 186 filmer. Barnefilmene på søndager trekker fortsatt flest, men operaoverføringene har fått "
        "et fast publikum.",
        "Gjennom Den kulturelle skolesekken tok vi imot elever fra {g:Gol}, {g:Flå} og {g:Nesbyen}. I alt 3 100 "
        "elever så forestillinger i storsalen.",
        "Samfunnshuset ble også brukt til kommunestyremøter, bryllup, minnestunder og den årlige julemessen."],
        [(56, 330), (408, 330)], 490, BODY, SUB)
    page3 += [("text", 56, 440, 680, "Et år på scenen", HEAD), *scene,
              ("photo", 56, 830, 682, 240, {"seed": 2403, "kind": "landscape"})]
    members = [("Geir Olav Rukke", "styreleder"), ("Ingvild Bergsjø", "nestleder"), ("Tore Sevle", "styremedlem"),
               ("Hilde Kvisla", "styremedlem"), ("Espen Lien Rødningen", "ansattes representant")]
    page4 = [("text", 56, 60, 680, "Styret", HEAD)]
    for i, (name, role) in enumerate(members):
        y = 120 + i * 80
        page4 += [("photo", 56, y, 60, 60, {"seed": 2410 + i, "round": True}),
                  ("runs", 132, y + 19, f"{name}||{role}", [{"size": 14, "bold": True}, {"size": 13, "color": "#888"}],
                   {"gap": 12})]
    page4 += [("text", 56, 530, 682, "Varamedlemmer: Anette Bakken og Rolf Ivar Gunleiksrud. Styret velges av "
                                     "kommunestyret for fire år, mens ansattes representant velges av og blant de "
                                     "ansatte. Styret har hatt ni møter i 2024.", {"size": 11, "lh": 1.5}),
              ("text", 56, 640, 680, "Administrasjon", HEAD)]
    staff = [("Mona Hagen Sløtt", "daglig leder"), ("Håkon Brattegard", "teknisk leder"),
             ("Siri Helland Moe", "kino og billett"), ("Lars Erik Ødegården", "kafé og utleie")]
    for i, (name, role) in enumerate(staff):
        page4.append(("runs", 56, 695 + i * 28, f"{name}||{role}", [{"size": 12, "bold": True}, {"size": 12, "color": "#888"}],
                      {"gap": 10}))
    page4.append(("photo", 56, 830, 682, 240, {"seed": 2420, "kind": "landscape"}))
    yearly, _ = balanced([
        ("head", "Virksomheten"),
        "Nesbyen Samfunnshus KF er et kommunalt foretak etter kommuneloven og eies av {g:Nesbyen} kommune. "
        "Foretaket driver samfunnshuset med storsal, kino, kafé og møterom i sentrum av {g:Nesbyen}.",
        ("head", "Arbeidsmiljø og likestilling"),
        "Foretaket har 14 ansatte i 11,4 årsverk. Sykefraværet var {p:6,3 %|sykefraværet} i 2024. Det har ikke "
        "vært skader. Kvinner utgjør {p:57 %|kvinner} av de ansatte, og styret har to kvinner og tre menn.",
        ("head", "Ytre miljø"),
        "Samfunnshuset varmes med fjernvarme. Virksomheten forurenser ikke det ytre miljø ut over vanlig "
        "energibruk.",
        ("head", "Økonomi"),
        "Driftsinntektene ble 13,8 millioner kroner (12,9 millioner i 2023), og årsresultatet ble et overskudd på "
        "320 000 kroner, som styret foreslår overført til disposisjonsfond.",
        ("head", "Fortsatt drift"),
        "Forutsetningen om fortsatt drift er til stede. Styret mener årsregnskapet gir et rettvisende bilde av "
        "foretakets eiendeler, gjeld, økonomiske stilling og resultat."],
        [(56, 330), (408, 330)], 120, {**BODY, "size": 12}, SUB)
    page5 = [("text", 56, 60, 680, "Styrets årsberetning", HEAD), *yearly,
             ("text", 56, 880, 400, "{g:Nesbyen}, 12. februar 2025", {"size": 11})]
    signers = [("Geir Olav Rukke", "styreleder"), ("Ingvild Bergsjø", "nestleder"), ("Tore Sevle", "styremedlem"),
               ("Hilde Kvisla", "styremedlem"), ("Espen Lien Rødningen", "styremedlem"), ("Mona Hagen Sløtt", "daglig leder")]
    for i, (name, role) in enumerate(signers):
        x, y = 56 + (i % 3) * 230, 925 + (i // 3) * 70
        page5 += [("rect", x, y, 200, 1, {"fill": "#333"}),
                  ("stack", x, y + 6, 210, f"{name}||{role}", [{"size": 10.5}, {"size": 9.5, "italic": True}], {})]
    page6 = [("text", 56, 50, 680, "Regnskap 2024", HEAD),
             ("text", 56, 100, 680, "Resultatregnskap", {"size": 14, "bold": True, "head": True}),
             ("htmltable", 56, 125, 682, {"st": result, "size": 10}),
             ("text", 56, 490, 680, "Balanse pr. 31. desember", {"size": 14, "bold": True, "head": True}),
             ("htmltable", 56, 515, 682, {"st": bal, "size": 10})]
    return {
        "name": "nesbyen-samfunnshus-kf-2024", "year": 2024, "lang": "nb", "layout": "design",
        "title": "Nesbyen Samfunnshus KF – Årsrapport 2024", "renditions": ["chrome"], "items": None,
        "organization": {"name": "Nesbyen Samfunnshus KF", "founded_year": 2009,
                         "address": "Svenkerudvegen 3, 3540 Nesbyen", "phone": "32 07 41 50",
                         "email": "post@nesbyensamfunnshus.no", "website": "www.nesbyensamfunnshus.no"},
        "ceo": "Mona Hagen Sløtt", "board": board,
        "not_board": ["Vegard Tufte", "Trond Ivar Ramsrud", "Kari Ulsaker", "Håkon Brattegard", "Siri Helland Moe",
                      "Lars Erik Ødegården"],
        "not_places": ["Driftstilskudd fra Nesbyen kommune", "Lån fra Nesbyen kommune"],
        "design": {"seed": 73024, "pages": [cover, page2, page3, page4, page5, page6]},
        "notes": "Design-tool PDF: a frame per line, frames shuffled within their layer; capital headings "
                 "letter-spaced (the cover title widely). The daglig leder named under her photo and on a "
                 "signature line; a pull quote on a coloured card. Board as photo + one line of two frames "
                 "('Name' bold, 'styreleder' grey), the employees' member as 'ansattes representant'; the "
                 "administrasjon printed the same way below (not board). Statements as real tables inside one "
                 "frame each, 'Beløp i 1000 kr', Budsjett column optional. No owners with shares (a KF is "
                 "part of its kommune).",
    }


REPORTS = [nesbyen_samfunnshus_kf_2024]
