"""Eighth held-out set, second half: a vekstbedrift's report with an English summary annex after the
Norwegian part (2022), a group of a parent and two subsidiaries (2019), an eierseksjonssameie
with a forretningsfører printed from a browser, its board in a boxed panel (2021), and a
nynorsk sokneråd's årsmelding whose council is given in a Word text box (2023). All names,
figures and sentences are invented; the places are real."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import BUDGET, OTHER, Col, Statement, balance, income


def _thousands(st: Statement, labels: dict[str, str]) -> list[dict]:
    """The English summary's figures (NOK thousand, rounded) of the statement's key lines whose
    Norwegian label is a key of ``labels``: optional key figures (another label for the same sum)."""
    out = []
    for line in st.lines:
        if line.label in labels:
            for col, value in zip(st.cols, line.values):
                out.append({"label": labels[line.label], "year": col.year, "value": round(value / 1000) * 1000})
    return out


def gronnli_2022() -> dict:
    """A vekstbedrift's report in Norwegian, then a "Summary in English" annex giving the board a
    second time with English roles and the key figures in NOK thousand."""
    cols = [Col("2022", 2022), Col("2021", 2021)]
    inc = [("Salgsinntekter", "", [9_842_610, 9_104_385]), ("Tilskudd fra NAV", "", [11_236_400, 10_871_900]),
           ("Kommunale tilskudd", "", [2_596_000, 2_520_000]),
           ("Andre driftsinntekter", "", [642_832, 511_215])]
    cost = [("Varekostnad", "", [3_118_940, 2_876_410]), ("Lønnskostnader", "2", [16_902_315, 16_344_780]),
            ("Avskrivninger", "3", [804_000, 778_000]), ("Andre driftskostnader", "", [2_986_117, 2_853_096])]
    fin = [("Finansinntekter", "", [48_210, 21_930]), ("Finanskostnader", "", [-112_680, -118_240])]
    result = Statement("Resultatregnskap", cols, income("nb", 2, inc, cost, fin), note_col="Note")
    bal = Statement("Balanse", cols, balance(
        "nb", 2, fixed=[("Maskiner og inventar", "3", [3_412_000, 3_720_000])],
        current=[("Varelager", "", [402_118, 377_540]), ("Kundefordringer", "", [1_884_305, 1_702_660]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [500_000, 500_000]), ("Annen egenkapital", "", [5_211_904, 4_769_904])],
        long=[("Pantelån", "4", [1_950_000, 2_150_000])],
        short=[("Leverandørgjeld", "", [1_038_470, 966_215]),
               ("Skyldige offentlige avgifter", "", [1_612_884, 1_548_307]),
               ("Annen kortsiktig gjeld", "", [1_405_620, 1_322_010])]), note_col="Note")
    english = {"Sum driftsinntekter": "Operating revenue", "Driftsresultat": "Operating profit",
               "Årsresultat": "Profit for the year"}
    optional = _thousands(result, english) + _thousands(bal, {"Sum eiendeler": "Total assets"})
    rows = [["NOK thousand", "2022", "2021"]]
    for label in ("Operating revenue", "Operating profit", "Profit for the year", "Total assets"):
        values = {k["year"]: k["value"] for k in optional if k["label"] == label}
        rows.append([label, f"{values[2022] // 1000:,}".replace(",", " "), f"{values[2021] // 1000:,}".replace(",", " ")])
    return {
        "name": "gronnli-2022", "year": 2022, "title": "Grønnli Arbeidssenter AS – Årsrapport 2022",
        "heading_colour": "2E6B4F", "author": "Grønnli",
        "footer": "Grønnli Arbeidssenter AS · Årsrapport 2022 · {PAGE}",
        "organization": {"name": "Grønnli Arbeidssenter AS", "founded_year": 1989,
                         "address": "Moneheia 21", "website": "www.gronnli-as.no",
                         "owners": [{"name": "Lillesand kommune", "share_percent": 88},
                                    {"name": "Birkenes kommune", "share_percent": 12}]},
        "ceo": "Kirsten Sundsli",
        "board": [("Helge Aanonsen Brekke", "LEDE", None), ("Vibeke Salvesen", "NEST", None),
                  ("Arild Kjetså", "MEDL", None), ("Synnøve Hauge Omdal", "MEDL", None),
                  ("Jan Tore Fidje", "MEDL", True), ("Lene Marie Høyesen", "VARA", None)],
        "programs": {"VTA": 32, "AFT": 14},
        "key_figures_optional": optional,
        "not_board": ["Tor Arne Reinertsen"],
        "renditions": ["docx", "pdf"],
        "notes": "Norwegian report followed by an English summary: the board and the owners' shares "
                 "are printed in both languages (one entry per person); the English key figures "
                 "(NOK thousand, rounded) are optional.",
        "items": [
            ("p", "Grønnli Arbeidssenter AS", {"bold": True, "size": 22}),
            ("p", "Årsrapport 2022", {"size": 16}),
            ("h", 1, "Om bedriften"),
            ("p", "Grønnli Arbeidssenter AS ble stiftet i 1989 og er en arbeids- og inkluderingsbedrift "
                  "med kontor og verksteder i Moneheia 21 i {g:Lillesand}. Bedriften eies av "
                  "{g:Lillesand} kommune med {p:88 %|Lillesand kommune} og {g:Birkenes} kommune med "
                  "{p:12 %|Birkenes kommune} av aksjene. Se også www.gronnli-as.no."),
            ("p", "Bedriften har avtale med NAV {g:Agder} om 32 plasser i varig tilrettelagt arbeid "
                  "(VTA) og 14 plasser i arbeidsforberedende trening (AFT). I 2022 hadde 27 deltakere "
                  "avsluttet AFT; av disse gikk {p:44 %|avsluttet AFT} over til arbeid eller "
                  "utdanning."),
            ("h", 1, "Styrets årsberetning"),
            ("p", "Styret har i 2022 bestått av:"),
            ("table", [["Styreleder", "Helge Aanonsen Brekke"], ["Nestleder", "Vibeke Salvesen"],
                       ["Styremedlem", "Arild Kjetså"], ["Styremedlem", "Synnøve Hauge Omdal"],
                       ["Styremedlem, ansattes representant", "Jan Tore Fidje"],
                       ["Varamedlem", "Lene Marie Høyesen"]],
             {"ruled": False, "header_bold": False, "widths": [6.0, 7.0]}),
            ("p", "Daglig leder er Kirsten Sundsli. Styret har hatt 7 møter. Revisor er Tor Arne "
                  "Reinertsen."),
            ("p", "Sykefraværet blant de fast ansatte var {p:6,3 %|Sykefraværet}, mot "
                  "{p:7,9 %|Sykefraværet} i 2021. Bedriften hadde 23 ansatte, hvorav 13 kvinner."),
            ("p", "Årets resultat på kr 442 000 foreslås overført til annen egenkapital. Styret mener "
                  "regnskapet gir et rettvisende bilde av stillingen ved årsskiftet, og at forutsetningen "
                  "om fortsatt drift er til stede."),
            ("stmt", result, {"title": "Resultatregnskap 2022"}),
            ("stmt", bal, {"title": "Balanse 31.12.2022"}),
            ("sign", "{g:Lillesand}, 9. mars 2023",
             [("Helge Aanonsen Brekke", "styreleder"), ("Vibeke Salvesen", "nestleder"),
              ("Arild Kjetså", "styremedlem"), ("Synnøve Hauge Omdal", "styremedlem"),
              ("Jan Tore Fidje", "styremedlem"), ("Kirsten Sundsli", "daglig leder")]),
            ("pagebreak",),
            ("h", 1, "Summary in English"),
            ("p", "Grønnli Arbeidssenter AS is a work inclusion company in {g:Lillesand} on the south "
                  "coast of {g?:Norway}. It is owned by the municipalities of {g:Lillesand} "
                  "({p:88 %|Lillesand}) and {g:Birkenes} ({p:12 %|Birkenes}) and does not pay "
                  "dividends."),
            ("p", "The company offers 32 places of permanent adapted work (VTA) and 14 places of work "
                  "preparatory training (AFT), funded by the Norwegian Labour and Welfare "
                  "Administration. In 2022, {p:44 %|work or education} of those who completed the "
                  "training went on to work or education."),
            ("bh", "Board of Directors"),
            ("li", "Helge Aanonsen Brekke, Chair"),
            ("li", "Vibeke Salvesen, Deputy Chair"),
            ("li", "Arild Kjetså, Board Member"),
            ("li", "Synnøve Hauge Omdal, Board Member"),
            ("li", "Jan Tore Fidje, Board Member elected by the employees"),
            ("li", "Lene Marie Høyesen, Deputy Member"),
            ("p", "Managing Director: Kirsten Sundsli"),
            ("bh", "Key figures"),
            ("table", rows, {"ruled": True, "shade_header": "DDEBE3"}),
        ],
    }


def fossbrekka_2019() -> dict:
    """A konsern: the parent's report with the parent's and the group's columns side by side, and
    the two subsidiaries each with its own daglig leder and board chair (the parent's daglig
    leder chairs one of them, the parent's nestleder the other)."""
    cols = [Col("2019", 2019), Col("2018", 2018), Col("2019", 2019, OTHER), Col("2018", 2018, OTHER)]
    inc = [("Salgsinntekter", "", [None, None, 18_412_300, 17_106_880]),
           ("Tilskudd fra NAV og kommuner", "", [None, None, 21_880_500, 21_204_000]),
           ("Konserninterne tjenester", "", [4_212_000, 3_980_000, None, None]),
           ("Leieinntekter", "", [1_860_000, 1_820_000, 1_240_000, 1_210_000])]
    cost = [("Varekostnad", "", [None, None, 6_204_110, 5_881_400]),
            ("Lønnskostnader", "3", [3_946_200, 3_812_400, 28_610_450, 27_905_120]),
            ("Avskrivninger", "4", [1_120_000, 1_080_000, 2_466_000, 2_390_000]),
            ("Andre driftskostnader", "", [812_640, 790_210, 3_611_980, 3_402_760])]
    fin = [("Finansinntekter", "", [312_000, 290_000, 96_400, 84_200]),
           ("Finanskostnader", "", [-402_110, -385_900, -518_730, -497_610])]
    result = Statement("Resultatregnskap", cols, income("nb", 4, inc, cost, fin), note_col="Note")
    bal = Statement("Balanse", cols, balance(
        "nb", 4,
        fixed=[("Bygninger og tomt", "4", [14_600_000, 15_200_000, 14_600_000, 15_200_000]),
               ("Maskiner og inventar", "4", [640_000, 720_000, 5_318_000, 5_742_000]),
               ("Aksjer i datterselskaper", "5", [2_100_000, 2_100_000, None, None])],
        current=[("Fordringer", "", [1_402_330, 1_288_610, 4_906_215, 4_611_080]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [2_100_000] * 4),
                ("Annen egenkapital", "", [4_118_450, 4_015_400, 4_062_175, 3_844_245])],
        long=[("Pantelån", "6", [11_400_000, 12_000_000, 11_400_000, 12_000_000])],
        short=[("Leverandørgjeld", "", [384_210, 402_660, 2_316_540, 2_190_880]),
               ("Skyldige offentlige avgifter", "", [612_480, 598_120, 3_408_770, 3_287_410]),
               ("Annen kortsiktig gjeld", "", [491_300, 466_900, 3_974_620, 3_802_350])]), note_col="Note")
    groups = [("Morselskap", 2), ("Konsern", 2)]
    return {
        "name": "fossbrekka-2019", "year": 2019, "title": "Fossbrekka AS – Årsberetning og årsregnskap 2019",
        "heading_colour": "1C3F6E", "author": "Fossbrekka",
        "header": "Fossbrekka AS – konsern", "header_align": "right",
        "organization": {"name": "Fossbrekka AS", "founded_year": 1987, "address": "Sjøfartsgata 9",
                         "phone": "74 16 82 00",
                         "owners": [{"name": "Steinkjer kommune", "share_percent": 62},
                                    {"name": "Snåsa kommune", "share_percent": 21},
                                    {"name": "Inderøy kommune", "share_percent": 17}]},
        "ceo": "Trond Eirik Hallan",
        "board": [("Guri Anne Skjetne", "LEDE", None), ("Morten Aunet", "NEST", None),
                  ("Elisabeth Ramstad", "MEDL", None), ("Kjell Åge Strømsholm", "MEDL", None),
                  ("Liv Tove Hammer", "MEDL", True), ("Ronny Bergsmo", "VARA", None)],
        "programs": {"VTA": 45, "AFT": 30},
        "not_board": ["Stig Arne Lyngstad", "Hanne Wold Sende", "Bjørnar Kolstad", "Wenche Dahl Skei"],
        "renditions": ["pdf", "doc"],
        "notes": "Group report: the parent (Fossbrekka AS) is the reporting organisation; its daglig "
                 "leder chairs one subsidiary and its nestleder the other. The subsidiaries' daglige "
                 "ledere and other board members are not the parent's. Konsern columns optional.",
        "items": [
            ("p", "FOSSBREKKA AS", {"bold": True, "size": 20}),
            ("p", "Årsberetning og årsregnskap 2019 for morselskap og konsern", {"size": 13}),
            ("h", 1, "Virksomhetens art og konsernets sammensetning"),
            ("p", "Fossbrekka AS ble stiftet i 1987 og har forretningskontor i Sjøfartsgata 9 i "
                  "{g:Steinkjer}, telefon 74 16 82 00. Selskapet eies av {g:Steinkjer} kommune "
                  "({p:62 %|Steinkjer kommune}), {g:Snåsa} kommune ({p:21 %|Snåsa kommune}) og "
                  "{g:Inderøy} kommune ({p:17 %|Inderøy kommune})."),
            ("p", "Fossbrekka AS er morselskap i et konsern med to heleide datterselskaper. "
                  "Morselskapet eier eiendommene og yter administrative tjenester til "
                  "datterselskapene. Daglig leder i morselskapet er Trond Eirik Hallan."),
            ("table", [["Selskap", "Daglig leder", "Styreleder", "Virksomhet"],
                       ["Fossbrekka Produksjon AS", "Stig Arne Lyngstad", "Trond Eirik Hallan",
                        "Varig tilrettelagt arbeid, 45 plasser VTA"],
                       ["Fossbrekka Kompetanse AS", "Hanne Wold Sende", "Morten Aunet",
                        "Arbeidsforberedende trening, 30 plasser AFT"]],
             {"ruled": True, "size": 8.5, "shade_header": "DCE3EE"}),
            ("p", "Styrene i datterselskapene har for øvrig bestått av Bjørnar Kolstad og "
                  "Wenche Dahl Skei. Datterselskapene driver virksomhet i {g:Steinkjer} og på "
                  "{g:Snåsa}, og har deltakere fra hele {g:Trøndelag}."),
            ("h", 1, "Styret i morselskapet"),
            ("tablines", [["Guri Anne Skjetne", "styreleder"], ["Morten Aunet", "nestleder"],
                          ["Elisabeth Ramstad", "styremedlem"], ["Kjell Åge Strømsholm", "styremedlem"],
                          ["Liv Tove Hammer", "styremedlem, valgt av de ansatte"],
                          ["Ronny Bergsmo", "varamedlem"]], {"stops": (6.0,)}),
            ("h", 1, "Arbeidsmiljø og likestilling"),
            ("p", "Konsernet hadde ved årsskiftet 41 ansatte. Sykefraværet i konsernet var "
                  "{p:8,2 %|Sykefraværet i konsernet}, i morselskapet {p:3,1 %|i morselskapet}. "
                  "Av deltakerne i AFT gikk {p:38 %|deltakerne i AFT} over i jobb eller utdanning."),
            ("h", 1, "Økonomi"),
            ("p", "Morselskapet fikk et årsresultat på kr 103 050, konsernet kr 217 930. Styret "
                  "foreslår at morselskapets resultat overføres til annen egenkapital."),
            ("groupstmt", result, groups, {"title": "Resultatregnskap"}),
            ("groupstmt", bal, groups, {"title": "Balanse 31.12."}),
            ("sign", "{g:Steinkjer}, 26. mars 2020",
             [("Guri Anne Skjetne", "styreleder"), ("Morten Aunet", "nestleder"),
              ("Elisabeth Ramstad", "styremedlem"), ("Kjell Åge Strømsholm", "styremedlem"),
              ("Liv Tove Hammer", "styremedlem"), ("Trond Eirik Hallan", "daglig leder")]),
        ],
    }


def bakkelokka_2021() -> dict:
    """An eierseksjonssameie's annual report printed from a browser: a forretningsfører (a company
    with a contact person), no daglig leder, the board in a boxed panel beside the text, accounts
    with the budget beside the actuals and next year's budget."""
    cols = [Col("Regnskap 2021", 2021), Col("Budsjett 2021", 2021, BUDGET), Col("Regnskap 2020", 2020),
            Col("Budsjett 2022", 2022, BUDGET)]
    inc = [("Felleskostnader", "", [1_486_560, 1_486_000, 1_436_280, 1_538_600]),
           ("Leieinntekter næringsseksjoner", "", [216_000, 216_000, 210_000, 222_000]),
           ("Andre inntekter", "", [14_320, 5_000, 8_950, 5_000])]
    cost = [("Forretningsførerhonorar", "", [112_400, 112_000, 108_900, 116_000]),
            ("Styrehonorar", "", [60_000, 60_000, 60_000, 65_000]),
            ("Forsikring", "", [148_775, 150_000, 141_020, 158_000]),
            ("Kommunale avgifter", "", [286_410, 290_000, 279_850, 298_000]),
            ("Vedlikehold og reparasjoner", "", [402_118, 350_000, 311_640, 380_000]),
            ("Strøm fellesareal", "", [96_342, 80_000, 71_205, 90_000]),
            ("Andre driftskostnader", "", [88_930, 90_000, 84_410, 92_000])]
    fin = [("Renteinntekter", "", [2_114, 3_000, 4_870, 2_000]),
           ("Rentekostnader", "", [-188_620, -190_000, -201_340, -182_000])]
    result = Kroner("Resultatregnskap", cols, income("nb", 4, inc, cost, fin))
    bal = Kroner("Balanse", [Col("31.12.2021", 2021), Col("31.12.2020", 2020)], balance(
        "nb", 2, fixed=[],
        current=[("Kundefordringer", "", [12_480, 9_310]), ("Bankinnskudd", "", "plug")],
        equity=[("Opptjent egenkapital", "", [-4_611_586, -4_946_985])],
        long=[("Lån fasaderehabilitering", "", [5_600_000, 6_000_000])],
        short=[("Leverandørgjeld", "", [84_612, 61_930]), ("Påløpte kostnader", "", [22_500, 18_400])]))
    return {
        "name": "bakkelokka-2021", "year": 2021, "title": "Sameiet Bakkeløkka Terrasse – årsberetning 2021",
        "renditions": ["chrome"], "accent": "6B4E2E", "shade": "F1ECE4",
        "organization": {"name": "Sameiet Bakkeløkka Terrasse", "founded_year": 2012,
                         "address": "Bakkeløkka 4"},
        "ceo": None,
        "board": [("Nina Strand Eggen", "LEDE", None), ("Fredrik Aamodt Lie", "MEDL", None),
                  ("Gulnaz Rahimi", "MEDL", None), ("Tobias Wang Hellerud", "MEDL", None),
                  ("Per Kristian Heier", "VARA", None)],
        "not_board": ["Mona Steen Iversen", "Sigurd Tveiten", "Ellen Marie Bråthen"],
        "notes": "Eierseksjonssameie: the forretningsfører is a company whose contact person is not a "
                 "daglig leder; the board is in a floated box; budget columns are optional.",
        "items": [
            ("facts", ["Styret 2021/2022", "Styreleder: Nina Strand Eggen", "Styremedlem: Fredrik Aamodt Lie",
                       "Styremedlem: Gulnaz Rahimi", "Styremedlem: Tobias Wang Hellerud",
                       "Varamedlem: Per Kristian Heier", "", "Forretningsfører:",
                       "Bykvartal Boligforvaltning AS", "v/ Mona Steen Iversen"]),
            ("h", 1, "Sameiet Bakkeløkka Terrasse"),
            ("p", "Årsberetning for 2021 til det ordinære sameiermøtet 28. april 2022", {"italic": True}),
            ("h", 2, "Om sameiet"),
            ("p", "Sameiet ble seksjonert i 2012 og består av 48 boligseksjoner og 2 næringsseksjoner i "
                  "Bakkeløkka 4 på {g?:Strømsø} i {g:Drammen}. Hver seksjon har en sameiebrøk som "
                  "avgjør andelen av felleskostnadene."),
            ("p", "Forretningsfører har vært Bykvartal Boligforvaltning AS med Mona Steen Iversen som "
                  "kontaktperson. Forretningsføreren fører regnskapet, krever inn felleskostnader og "
                  "bistår styret. Revisor er Ellen Marie Bråthen."),
            ("h", 2, "Styrets arbeid"),
            ("p", "Styret har hatt 9 styremøter. Det viktigste arbeidet har vært sluttoppgjøret etter "
                  "fasaderehabiliteringen og en ny avtale om brøyting. Valgkomiteen har bestått av "
                  "Sigurd Tveiten."),
            ("h", 2, "Økonomi"),
            ("p", "Resultatet for 2021 ble et overskudd på kr 335 399, mot budsjettert kr 388 000. "
                  "Avviket skyldes særlig høyere kostnader til strøm og vedlikehold. Styret foreslår "
                  "å øke felleskostnadene med {p:3,5 %|øke felleskostnadene} fra 1. juli 2022."),
            ("stmt", result, {"title": "Resultatregnskap med budsjett"}),
            ("stmt", bal, {"title": "Balanse per 31. desember 2021"}),
            ("p", "{g:Drammen}, 24. mars 2022"),
            ("sign", "Styret",
             [("Nina Strand Eggen", "styreleder"), ("Fredrik Aamodt Lie", "styremedlem"),
              ("Gulnaz Rahimi", "styremedlem"), ("Tobias Wang Hellerud", "styremedlem")]),
        ],
    }


def nordvik_sokn_2023() -> dict:
    """A nynorsk sokneråd's årsmelding in Word, its council given only in a text box beside the
    text; the sokneprest is a member by law (optional), the kyrkjeverje and staff are not."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    labels = {"inc": "Inntekter", "cost": "Kostnader", "fin": None, "net_fin": "Netto finans"}
    inc = [("Kollektar og offer", "", [84_315, 79_880]), ("Gåver og innsamla midlar", "", [41_200, 38_650]),
           ("Tilskot frå fellesrådet", "", [60_000, 60_000]),
           ("Inntekter frå basar og kyrkjekaffi", "", [37_940, 33_120])]
    cost = [("Vidaresendte offer", "", [52_870, 50_330]),
            ("Trusopplæring og barnearbeid", "", [71_480, 68_910]),
            ("Kyrkjemusikk og konsertar", "", [34_600, 29_750]),
            ("Diakoni og besøksteneste", "", [18_215, 16_480]), ("Andre kostnader", "", [22_030, 24_905])]
    fin = [("Renteinntekter", "", [3_410, 1_125])]
    result = Statement("Rekneskap", cols, income("nn", 2, inc, cost, fin, labels=labels), render="unruled")
    bal = Statement("Balanse", cols, balance(
        "nn", 2, fixed=[], current=[("Bankinnskot", "", "plug")],
        equity=[("Eigenkapital", "", [312_480, 284_810])], long=[],
        short=[("Skuldige kostnader", "", [8_420, 6_950])]), render="unruled")
    return {
        "name": "nordvik-sokn-2023", "year": 2023, "title": "Årsmelding 2023 – Nordvik sokneråd",
        "heading_colour": "5B2C6F", "author": "Nordvik sokneråd", "body_pt": 10.5,
        "organization": {"name": "Nordvik sokneråd", "email": "nordvik.sokn@tysnes.kyrkja.no"},
        "ceo": None,
        "board": [("Åshild Tveitnes Berge", "LEDE", None), ("Magnus Økland", "NEST", None),
                  ("Sunniva Lid", "MEDL", None), ("Torbjørn Helle Vågenes", "MEDL", None),
                  ("Randi Eide Skår", "MEDL", None), ("Kjartan Lunde Sæverud", "MEDL", None),
                  ("Oddny Hope", "VARA", None), ("Eivind Rydland", "VARA", None)],
        "board_optional": ["Jostein Myklebust", "Gunnhild Opsal", "Arne Tjelta Wiik", "Leif Inge Solheim",
                           "Marta Fjellstad Eide"],
        "not_board": ["Ingrid Vatle Sæbø", "Hallvard Dyrnes", "Elin Tjong Haugland"],
        "renditions": ["docx", "pdf", "doc"],
        "notes": "Nynorsk sokneråd: the council of the year is listed only in a Word text box, with second "
                 "roles after the names; the sokneprest is a member by law (optional); the council "
                 "elected for 1 November is in the text (its new people optional); kyrkjeverje "
                 "(fellesrådet's) and staff are not the board; no daglig leder.",
        "items": [
            ("p", "Nordvik sokneråd", {"bold": True, "size": 18}),
            ("p", "Årsmelding 2023", {"size": 14}),
            ("sidebar", [("bh", "Soknerådet 2023"), ("p", "Åshild Tveitnes Berge, leiar"),
                         ("p", "Magnus Økland, nestleiar og medlem i fellesrådet"),
                         ("p", "Sunniva Lid, sekretær"), ("p", "Torbjørn Helle Vågenes, medlem"),
                         ("p", "Randi Eide Skår, medlem – vara til fellesrådet"),
                         ("p", "Kjartan Lunde Sæverud, medlem"),
                         ("p", "Jostein Myklebust, sokneprest"),
                         ("bh", "Varamedlemer"), ("p", "1. Oddny Hope"), ("p", "2. Eivind Rydland")],
             {"width_pt": 160, "height_pt": 250}),
            ("h", 1, "Frå leiaren"),
            ("p", "Året 2023 var eit godt år for kyrkjelyden vår. Etter nokre år med færre "
                  "arrangement har folk kome attende til gudstenester, konsertar og kyrkjekaffi. "
                  "Soknerådet takkar alle frivillige som har stilt opp gjennom året."),
            ("h", 1, "Soknerådet"),
            ("p", "Soknerådet har hatt 9 møte og handsama 52 saker. Magnus Økland har vore "
                  "soknerådet sin representant i {g:Tysnes} kyrkjelege fellesråd. Kyrkjeverje Ingrid "
                  "Vatle Sæbø har møtt som sekretær for rådet. Kyrkjevalet i september gav ei "
                  "valdeltaking på {p:17,4 prosent|valdeltaking}."),
            ("p", "Nytt sokneråd frå 1. november 2023: Åshild Tveitnes Berge (leiar), Magnus Økland "
                  "(nestleiar), Sunniva Lid, Randi Eide Skår, Gunnhild Opsal og Arne Tjelta Wiik. "
                  "Varamedlemer: 1. Oddny Hope, 2. Leif Inge Solheim, 3. Marta Fjellstad Eide."),
            ("h", 1, "Gudstenester og kyrkjelege handlingar"),
            ("p", "Kyrkjeleg statistikk (tal frå 2022 i parentes): Gudstenester på sundagar og "
                  "heilagdagar 46 (41), med til saman 2 806 (2 233) deltakarar. Dåp 14 (17), "
                  "vigsler 3 (5), gravferder 21 (19)."),
            ("p", "Gudstenestene hadde i snitt 61 deltakarar. 14 born vart døypte, og "
                  "19 av 22 ungdomar i årskullet vart konfirmerte, det vil seie "
                  "{p:86 %|konfirmerte}. Kantor Hallvard Dyrnes og kyrkjelydspedagog Elin Tjong "
                  "Haugland har hatt ansvar for musikk og trusopplæring."),
            ("p", "Konfirmantane var på leir i {g:Kvinnherad} i august, og koret song i Domkyrkja i "
                  "{g:Bergen} i oktober."),
            ("h", 1, "Økonomi"),
            ("p", "Rekneskapen for soknerådet sine eigne midlar viser eit overskot på kr 27 670. "
                  "Offera til misjon og diakoni er sende vidare etter offerplanen."),
            ("stmt", result, {"title": "Rekneskap 2023"}),
            ("stmt", bal, {"title": "Balanse 31.12.2023"}),
            ("p", "Meldinga er send til {g?:Bjørgvin} bispedømeråd. Kontakt: "
                  "nordvik.sokn@tysnes.kyrkja.no"),
            ("p", "{g:Tysnes}, 5. februar 2024"),
            ("p", "For Nordvik sokneråd: Åshild Tveitnes Berge, leiar"),
        ],
    }


REPORTS = [gronnli_2022, fossbrekka_2019, bakkelokka_2021, nordvik_sokn_2023]
