"""Reports of the nineteenth held-out set, part one: a vekstbedrift whose key figures are in mill. kr,
a konsern whose subsidiary is a vekstbedrift, and a kystlag's three-column newsletter. All names,
organisations and figures are invented; the places are real."""
from __future__ import annotations

from heldout_finance import OTHER, Col, Statement, balance, income


def mill(value: float) -> str:
    """Kroner as "24,6" (mill. kr, one decimal)."""
    return f"{value / 1e6:.1f}".replace(".", ",")


def kr(value: float) -> str:
    """Whole kroner as printed in prose ("1 093 577")."""
    return f"{value:,.0f}".replace(",", " ")


def line_values(lines, label):
    return next(line.values for line in lines if line.label == label)


# ---------------------------------------------------------------- 1: vekstbedrift, mill. kr key figures

def sunnbakken() -> dict:
    ceo = "Torunn Helle Bakkejord"
    board = [("Arvid Kolstø", "LEDE", False), ("Marit Øyen Sandvik", "NEST", False),
             ("Jostein Rypdal", "MEDL", False), ("Hege Lund Tøndel", "MEDL", True),
             ("Per Ivar Grøtta", "VARA", None)]
    inc = income("nb", 2, inc=[("Salgsinntekter", "", [9_418_220, 8_806_415]),
                               ("Tilskudd NAV", "2", [11_902_560, 11_240_118]),
                               ("Driftstilskudd fra kommunen", "2", [2_404_000, 2_310_000]),
                               ("Andre driftsinntekter", "", [887_604, 731_407])],
                 cost=[("Varekostnad", "", [2_981_733, 2_874_096]),
                       ("Lønn og sosiale kostnader", "3", [17_604_287, 16_742_904]),
                       ("Avskrivninger", "4", [612_400, 588_220]),
                       ("Andre driftskostnader", "", [2_409_391, 2_377_106])],
                 fin=[("Finansinntekter", "", [121_455, 64_318]), ("Finanskostnader", "", [-226_407, -198_206])])
    # the Nøkkeltall table takes its last two years (in mill. kr) and the equity ratio from these statements
    bal = balance("nb", 2, fixed=[("Bygninger og tomt", "4", [6_840_000, 7_120_000]),
                                  ("Maskiner og inventar", "4", [1_212_600, 1_405_000])],
                  current=[("Varelager", "", [608_114, 571_900]), ("Kundefordringer", "", [1_144_239, 998_412]),
                           ("Bankinnskudd", "5", "plug")],
                  equity=[("Aksjekapital", "", [600_000, 600_000]), ("Annen egenkapital", "", [6_386_170, 5_666_641])],
                  long=[("Pantelån", "6", [3_980_000, 4_310_000])],
                  short=[("Leverandørgjeld", "", [702_388, 655_019]), ("Skyldige offentlige avgifter", "", [1_244_905, 1_183_774]),
                         ("Annen kortsiktig gjeld", "", [1_331_540, 1_207_331])])
    cols = [Col("2024", 2024), Col("2023", 2023)]
    st_inc = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i kroner")
    st_bal = Statement("Balanse pr. 31.12.2024", cols, bal, note_col="Note", label_header="Beløp i kroner")
    revenue, result = line_values(inc, "Sum driftsinntekter"), line_values(inc, "Årsresultat")
    equity, assets = line_values(bal, "Sum egenkapital"), line_values(bal, "Sum eiendeler")
    ratio = [f"{100 * e / a:.1f}".replace(".", ",") for e, a in zip(equity, assets)]
    years = [2020, 2021, 2022, 2023, 2024]
    rev5 = [19_760_000, 20_640_000, 21_870_000, revenue[1], revenue[0]]
    res5 = [412_000, -186_000, 894_000, result[1], result[0]]
    key_rows = [
        ["Nøkkeltall"] + [str(y) for y in years],
        ["Driftsinntekter (mill. kr)"] + [mill(v) for v in rev5],
        ["Årsresultat (mill. kr)"] + [mill(v) for v in res5],
        ["Egenkapitalandel", "{p:41,3 %}", "{p:40,2 %}", "{p:42,0 %}", f"{{p:{ratio[1]} %}}", f"{{p:{ratio[0]} %}}"],
        ["VTA-plasser", "38", "38", "40", "40", "42"],
        ["Personer i VTA i løpet av året", "44", "45", "47", "46", "49"],
        ["AFT-plasser", "24", "26", "26", "28", "30"],
        ["Personer i AFT i løpet av året", "61", "66", "70", "74", "79"],
        ["Overgang til arbeid eller utdanning", "{p:29 %}", "{p:31 %}", "{p:27 %}", "{p:32 %}", "{p:34 %}"],
    ]
    optional = [{"label": label, "year": y, "value": round(float(mill(v).replace(",", ".")) * 1e6)}
                for label, series in (("Driftsinntekter (mill. kr)", rev5), ("Årsresultat (mill. kr)", res5))
                for y, v in zip(years, series)]
    items = [
        ("h", 1, "Årsrapport 2024"),
        ("p", "Sunnbakken Vekst AS", {"bold": True, "size": 13}),
        ("p", "Arbeid, opplæring og mestring på {g:Sunndalsøra} siden 1989", {"italic": True}),
        ("h", 2, "Nøkkeltall"),
        ("table", key_rows, {"size": 8.5, "shade_header": "DCE6DF"}),
        ("p", "Økonomiske nøkkeltall er avrundet til nærmeste 100 000 kroner. Egenkapitalandel er egenkapital "
              "i forhold til totalkapital ved årets slutt. Regnskapet lenger bak er oppgitt i hele kroner.",
         {"italic": True, "size": 8}),
        ("h", 2, "Daglig leder har ordet"),
        ("p", "2024 ble et år med flere deltakere enn noen gang, og med et resultat vi er godt fornøyd med. "
              "Vi fikk to nye VTA-plasser fra 1. mars, slik at vi nå har 42 VTA-plasser og 30 AFT-plasser. "
              "Av deltakerne som avsluttet AFT i løpet av året gikk {p:34 %|over til arbeid} over til arbeid "
              "eller utdanning, mot {p:32 %|året før} året før."),
        ("p", "Produksjonen i snekkerverkstedet og vaskeriet gikk jevnt, og kantina på rådhuset i "
              "{g:Sunndal} har hatt sitt beste år. Takk til alle ansatte, deltakere og samarbeidspartnere!"),
        ("p", f"{ceo}, daglig leder", {"italic": True}),
        ("h", 2, "Styrets årsberetning"),
        ("h", 3, "Virksomhetens art og hvor den drives"),
        ("p", "Sunnbakken Vekst AS er en arbeids- og inkluderingsbedrift med adresse Industrivegen 14, "
              "6600 {g:Sunndalsøra}. Selskapet ble stiftet i 1989 og eies av kommunen og to lokale bedrifter. "
              "Virksomheten drives i {g:Sunndal} kommune i {g:Møre og Romsdal}, og selskapet har i tillegg en "
              "avdeling i {g:Surnadal}."),
        ("table", [["Eier", "Eierandel"], ["{g:Sunndal} kommune", "{p:66 %}"], ["Mjøsund Eiendom AS", "{p:20 %}"],
                   ["Bruvoll Mekaniske AS", "{p:14 %}"]], {"size": 9}),
        ("h", 3, "Fortsatt drift"),
        ("p", "Forutsetningen om fortsatt drift er lagt til grunn ved avleggelsen av regnskapet. Årets "
              f"resultat på {kr(result[0])} kroner foreslås overført til annen egenkapital."),
        ("h", 3, "Arbeidsmiljø og likestilling"),
        ("p", "Bedriften hadde ved årsskiftet 22 ansatte i 20,4 årsverk. Sykefraværet var "
              "{p:6,2 %|sykefraværet} mot {p:7,9 %|sykefraværet} i 2023. Av de ansatte er "
              "{p:59 %|kvinner} kvinner. Styret består av tre menn og to kvinner."),
        ("h", 3, "Ytre miljø"),
        ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bransjen."),
        ("h", 2, "Styret"),
        ("table", [["Navn", "Verv", "Valgt av"], ["Arvid Kolstø", "Styreleder", "Generalforsamlingen"],
                   ["Marit Øyen Sandvik", "Nestleder", "Generalforsamlingen"],
                   ["Jostein Rypdal", "Styremedlem", "Generalforsamlingen"],
                   ["Hege Lund Tøndel", "Styremedlem", "De ansatte"],
                   ["Per Ivar Grøtta", "Varamedlem", "Generalforsamlingen"]], {"ruled": False, "size": 9}),
        ("sign", "{g:Sunndalsøra}, 18. mars 2025",
         [("Arvid Kolstø", "styreleder"), ("Marit Øyen Sandvik", "nestleder"), ("Jostein Rypdal", "styremedlem"),
          ("Hege Lund Tøndel", "styremedlem"), (ceo, "daglig leder")]),
        ("break",),
        ("stmt", st_inc),
        ("stmt", st_bal),
    ]
    return {"name": "sunnbakken-vekst-2024", "year": 2024, "title": "Årsrapport 2024 Sunnbakken Vekst AS",
            "organization": {"name": "Sunnbakken Vekst AS", "founded_year": 1989,
                             "address": "Industrivegen 14, 6600 Sunndalsøra",
                             "owners": [{"name": "Sunndal kommune", "share_percent": 66},
                                        {"name": "Mjøsund Eiendom AS", "share_percent": 20},
                                        {"name": "Bruvoll Mekaniske AS", "share_percent": 14}]},
            "ceo": ceo, "board": board, "board_optional": [ceo], "emp_known": True,
            "programs": {"VTA": 42, "AFT": 30}, "items": items, "renditions": ["docx", "pdf"],
            "key_figures_optional": optional, "footer": "Sunnbakken Vekst AS · Årsrapport 2024 · side {PAGE}",
            "notes": "Vekstbedrift; Nøkkeltall in mill. kr with one decimal over five years (optional key "
                     "figures), the statements in whole kroner; VTA/AFT places and persons in the table."}


# ---------------------------------------------------------------- 2: konsern, the subsidiary a vekstbedrift

def brekkom() -> dict:
    board = [("Solveig Rudstad", "LEDE", None), ("Kåre Bjørnstad Moe", "NEST", None),
             ("Ingrid Tangen", "MEDL", None), ("Eivind Haugum", "MEDL", None), ("Lise Fagerhaug", "VARA", None)]
    sub_board = ["Anne Grete Nymoen", "Tore Lien Brattbakk", "Gunn Vestby", "Ronny Øverby"]
    sub_ceo = "Mona Kristiansen Holte"
    inc = income("nb", 4, inc=[("Leieinntekter", "2", [3_412_000, 3_298_000, 1_106_500, 1_052_000]),
                               ("Salgsinntekter", "", [0, 0, 8_930_412, 8_411_766]),
                               ("Offentlige tilskudd", "3", [0, 0, 10_874_220, 10_312_580])],
                 cost=[("Lønn og sosiale kostnader", "4", [0, 0, 14_882_301, 14_106_455]),
                       ("Avskrivninger", "5", [1_104_300, 1_081_200, 1_402_900, 1_366_800]),
                       ("Andre driftskostnader", "", [1_288_416, 1_190_322, 4_118_054, 3_902_177])],
                 fin=[("Netto renter", "", [-611_208, -540_770, -588_116, -512_904])],
                 labels={"net_fin": "Sum finansposter"})
    bal = balance("nb", 4, fixed=[("Bygninger og tomter", "5", [24_610_000, 25_380_000, 25_042_000, 25_901_000]),
                                  ("Aksjer i datterselskap", "6", [1_000_000, 1_000_000, 0, 0])],
                  current=[("Fordringer", "", [388_200, 402_150, 2_106_440, 1_947_230]),
                           ("Bankinnskudd", "", "plug")],
                  equity=[("Aksjekapital", "", [4_000_000, 4_000_000, 4_000_000, 4_000_000]),
                          ("Annen egenkapital", "", [3_917_610, 3_509_534, 7_902_454, 7_061_645])],
                  long=[("Gjeld til kredittinstitusjoner", "7", [17_640_000, 18_520_000, 17_640_000, 18_520_000])],
                  short=[("Leverandørgjeld", "", [211_330, 198_404, 903_117, 877_245]),
                         ("Annen kortsiktig gjeld", "", [402_660, 377_912, 3_288_540, 3_101_118])])
    cols = [Col("2024", 2024), Col("2023", 2023), Col("2024", 2024, OTHER), Col("2023", 2023, OTHER)]
    st_inc = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i NOK")
    st_bal = Statement("Balanse 31. desember", cols, bal, note_col="Note", label_header="Beløp i NOK")
    groups = [("Morselskap", 2), ("Konsern", 2)]
    result = line_values(inc, "Årsresultat")
    items = [
        ("h", 1, "Brekkom Næringsbygg AS"),
        ("p", "Årsberetning og årsregnskap 2024 for morselskap og konsern", {"italic": True}),
        ("h", 2, "Årsberetning 2024"),
        ("bh", "Virksomheten"),
        ("p", "Brekkom Næringsbygg AS eier og leier ut næringsbygg på Brekkom industriområde i "
              "{g:Koppang}, {g:Stor-Elvdal} kommune i {g:Innlandet}. Selskapet eier {p:100 %|aksjene} av aksjene "
              "i Brekkom Arbeidssenter AS, som er godkjent tiltaksarrangør for varig tilrettelagt arbeid (VTA) "
              "og arbeidsforberedende trening (AFT). Morselskapet og datterselskapet utgjør til sammen konsernet."),
        ("p", "Morselskapet har ingen ansatte. Forretningsførsel og regnskap kjøpes fra datterselskapet "
              "etter avtale. Aksjene i morselskapet eies av {g:Stor-Elvdal} kommune ({p:72 %|eies av}) og "
              "Hovde Trelast AS ({p:28 %|eies av})."),
        ("bh", "Styret i Brekkom Næringsbygg AS"),
        ("tablines", [["Styreleder", "Solveig Rudstad"], ["Nestleder", "Kåre Bjørnstad Moe"],
                      ["Styremedlem", "Ingrid Tangen"], ["Styremedlem", "Eivind Haugum"],
                      ["Varamedlem", "Lise Fagerhaug"]], {"stops": (4.5,)}),
        ("bh", "Datterselskapet"),
        ("p", f"Brekkom Arbeidssenter AS har 38 VTA-plasser og 20 AFT-plasser, og hadde 71 deltakere i løpet "
              f"av året. Daglig leder i datterselskapet er {sub_ceo}. Sykefraværet blant de ansatte i "
              f"datterselskapet var {{p:5,1 %|sykefraværet}}. Datterselskapets styre har i 2024 bestått av:"),
        ("table", [["Verv", "Navn"], ["Styreleder", "Anne Grete Nymoen"], ["Styremedlem", "Tore Lien Brattbakk"],
                   ["Styremedlem", "Gunn Vestby"], ["Ansattes representant", "Ronny Øverby"]],
         {"ruled": False, "size": 9, "gold_rows": True}),
        ("bh", "Resultat og finansiering"),
        ("p", f"Morselskapet fikk et årsresultat på {kr(result[0])} kroner, og konsernet et resultat på "
              f"{kr(result[2])} kroner. Leieinntektene økte med {{p:3,5 %|leieinntektene}} etter avtalt indeksregulering. Styret "
              "mener regnskapet gir et rettvisende bilde av selskapets og konsernets stilling, og bekrefter at "
              "forutsetningen om fortsatt drift er til stede."),
        ("bh", "Likestilling og miljø"),
        ("p", "Styret i morselskapet har to kvinner og to menn. Konsernets virksomhet påvirker ikke det ytre "
              "miljø i nevneverdig grad."),
        ("sign", "{g:Koppang}, 11. mars 2025",
         [("Solveig Rudstad", "styreleder"), ("Kåre Bjørnstad Moe", "nestleder"), ("Ingrid Tangen", "styremedlem"),
          ("Eivind Haugum", "styremedlem")], {"cols": 2}),
        ("break",),
        ("groupstmt", st_inc, groups, {"title": "Resultatregnskap 2024"}),
        ("groupstmt", st_bal, groups, {"title": "Balanse pr. 31.12.2024"}),
    ]
    return {"name": "brekkom-naeringsbygg-2024", "year": 2024, "title": "Årsberetning 2024 Brekkom Næringsbygg AS",
            "organization": {"name": "Brekkom Næringsbygg AS",
                             "owners": [{"name": "Stor-Elvdal kommune", "share_percent": 72},
                                        {"name": "Hovde Trelast AS", "share_percent": 28}]},
            "ceo": None, "board": board, "not_board": sub_board + [sub_ceo],
            "items": items, "renditions": ["pdf", "doc"], "body_pt": 10,
            "notes": "Konsern: the parent (no employees, no daglig leder) is the reporting organisation; the "
                     "subsidiary vekstbedrift's board and daglig leder are printed and are not gold; its "
                     "VTA/AFT places are the subsidiary's, not the parent's programs. Konsern columns optional."}


# ---------------------------------------------------------------- 3: kystlag newsletter, three columns

def nusfjordingen() -> dict:
    board = [("Ragnhild Mikalsen Eide", "LEDE", None), ("Kjell Arne Pedersen", "NEST", None),
             ("Wenche Olsen Brun", "MEDL", None), ("Steinar Hov", "MEDL", None),
             ("Ella Karoline Nilsen", "MEDL", None), ("Trond Erik Mathisen", "VARA", None)]
    inc = income("nn", 2, inc=[("Medlemskontingent", "", [41_600, 39_950]),
                               ("Tilskot og gåver", "", [86_000, 52_500]),
                               ("Sal og utleige", "", [63_840, 58_215])],
                 cost=[("Vedlikehald båtar og naust", "", [92_416, 71_900]),
                       ("Arrangement og kurs", "", [38_270, 35_180]),
                       ("Forsikring og andre kostnader", "", [44_105, 40_662])],
                 labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader",
                         "sum_cost": "Sum kostnader", "op": None, "result": "Årsresultat"})
    st = Statement("Rekneskapen i kortform", [Col("2023", 2023), Col("2022", 2022)], inc,
                   label_header="Tal i heile kroner", render="ruled")
    items = [
        ("h", 2, "Årsmelding for 2023"),
        ("p", "Kystlaget Nusfjordingen held til i det gamle fiskeværet {g:Nusfjord} i {g:Flakstad} kommune i "
              "{g:Lofoten}. Laget vart skipa i 1991 og har som føremål å ta vare på kystkulturen, dei gamle "
              "båtane og handverket som høyrer til."),
        ("p", "Ved utgangen av året hadde laget 208 medlemer, ein auke på {p:6 %|auke} frå året før. "
              "Styret har hatt sju møte og handsama 42 saker."),
        ("h", 2, "Båtane"),
        ("p", "Åttringen «Storfjøla» fekk nye tofter og nytt råsegl i vår. Dugnadsgjengen har lagt ned "
              "om lag 900 timar, og vi takkar kvar og ein som har stilt opp. Færingen vart sett på land i "
              "oktober og skal tjørast til våren."),
        ("pull", "«Det er ikkje båten som held laget saman, det er folka som møter opp på dugnad.»"),
        ("h", 2, "Arrangement"),
        ("p", "Kystkulturdagen i juli samla over 400 besøkande. Om hausten heldt vi kurs i "
              "knutar og spleising for elevar frå skulen på {g:Ramberg}, og i november var det "
              "fotokveld i naustet."),
        ("li", "Sankthansfeiring i naustet"),
        ("li", "Tur med åttringen til {g:Reine}"),
        ("li", "Kurs i båtbygging for vaksne"),
        ("h", 2, "Økonomi"),
        ("p", "Laget fekk 86 000 kroner i tilskot og gåver, av dette 50 000 kroner frå Sparebankstiftinga. "
              "Eigenkapitalen ved årsslutt er 296 114 kroner. Rekneskapen er revidert av Astrid Nilsen Bakke, "
              "og årsmøtet vert halde 14. mars 2024."),
        ("box", "Styret 2023", ["Leiar: Ragnhild Mikalsen Eide", "Nestleiar: Kjell Arne Pedersen",
                                "Kasserar: Wenche Olsen Brun", "Skrivar: Steinar Hov",
                                "Styremedlem: Ella Karoline Nilsen", "Varamedlem: Trond Erik Mathisen"]),
        ("box", "Andre verv", ["Valnemnd: Oddbjørn Hansen, Liv Marit Jensen", "Revisor: Astrid Nilsen Bakke",
                               "Båtsjef: Harald Kristoffersen"]),
        ("p", "Kystlaget Nusfjordingen · Nusfjordvegen 112, 8380 {g:Ramberg} · post@nusfjordingen.no", {"small": True}),
        ("wide", [("stmt", st)]),
    ]
    return {"name": "nusfjordingen-kystlag-2023", "year": 2023, "title": "Fjordingen nr. 1 2024: Årsmelding 2023",
            "masthead": ("FJORDINGEN", "Medlemsblad for Kystlaget Nusfjordingen · Nr. 1 · mars 2024"),
            "organization": {"name": "Kystlaget Nusfjordingen", "founded_year": 1991,
                             "email": "post@nusfjordingen.no"},
            "ceo": None, "board": board,
            "not_board": ["Oddbjørn Hansen", "Liv Marit Jensen", "Astrid Nilsen Bakke", "Harald Kristoffersen"],
            "items": items, "renditions": ["chrome"],
            "notes": "Newsletter PDF in three narrow columns (Chromium): the board in a boxed panel in the "
                     "third column, beside another box of other posts (valnemnd, revisor, båtsjef, not gold); "
                     "a pull quote in large type; nynorsk."}


REPORTS = [sunnbakken, brekkom, nusfjordingen]
