"""Reports in two languages: a vekstbedrift with an English summary page, a festival foundation
printing Norwegian and English side by side, an international school foundation with bilingual
labels. Invented names and figures; real places."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income

from h44_common import en_income

BI = {"inc": "Driftsinntekter / Operating income", "sum_inc": "Sum driftsinntekter / Total operating income",
      "cost": "Driftskostnader / Operating expenses", "sum_cost": "Sum driftskostnader / Total operating expenses",
      "op": "Driftsresultat / Operating result", "fin": None, "net_fin": "Netto finansposter / Net financial items",
      "result": "Årsresultat / Result for the year",
      "assets": "Eiendeler / Assets", "fixed": "Anleggsmidler / Fixed assets", "sum_fixed": "Sum anleggsmidler",
      "current": "Omløpsmidler / Current assets", "sum_current": "Sum omløpsmidler",
      "sum_assets": "Sum eiendeler / Total assets", "eq_debt": "Egenkapital og gjeld / Equity and liabilities",
      "equity": "Egenkapital / Equity", "sum_equity": "Sum egenkapital / Total equity",
      "debt": "Gjeld / Liabilities", "long": "Langsiktig gjeld / Long-term liabilities",
      "short": "Kortsiktig gjeld / Current liabilities", "sum_debt": "Sum gjeld / Total liabilities",
      "sum_eq_debt": "Sum egenkapital og gjeld / Total equity and liabilities"}


def fjordtun_arbeid_2018() -> dict:
    """A vekstbedrift's Norwegian report with an English summary page repeating the board (in
    English roles) and the key figures (in English labels)."""
    year = 2018
    board = [("Sigmund Flugheim", "LEDE", False), ("Astrid Kvåle Nes", "NEST", False),
             ("Jon Olav Hjelle", "MEDL", False), ("Torunn Sæl", "MEDL", True),
             ("Gunvor Hauge", "VARA", None)]
    cols = [Col(str(year), year), Col(str(year - 1), year - 1)]
    inc_lines = income("nb", 2,
                       [("Salgsinntekter", "", [6_482_115, 6_120_480]), ("Tilskudd NAV", "", [9_845_300, 9_512_760]),
                        ("Tilskudd kommuner", "", [1_420_000, 1_380_000])],
                       [("Varekostnad", "", [2_310_845, 2_190_330]), ("Lønnskostnader", "", [13_106_420, 12_585_915]),
                        ("Avskrivninger", "", [412_600, 398_200]), ("Andre driftskostnader", "", [1_684_090, 1_620_455])],
                       [("Finansinntekter", "", [38_420, 31_260]), ("Finanskostnader", "", [-12_310, -14_105])])
    inc = Statement("Resultatregnskap", cols, inc_lines, note_col=None, label_header="Beløp i NOK")
    total_inc = 6_482_115 + 9_845_300 + 1_420_000
    prev_inc = 6_120_480 + 9_512_760 + 1_380_000
    summary = Statement("Key figures", cols,
                        income("nb", 2, [("Sales", "", [6_482_115, 6_120_480]), ("Grants from NAV", "", [9_845_300, 9_512_760]),
                                         ("Grants from municipalities", "", [1_420_000, 1_380_000])],
                               [("Cost of goods", "", [2_310_845, 2_190_330]), ("Payroll", "", [13_106_420, 12_585_915]),
                                ("Depreciation", "", [412_600, 398_200]), ("Other costs", "", [1_684_090, 1_620_455])],
                               [("Net financial items", "", [26_110, 17_155])],
                               labels={"inc": None, "cost": None, "fin": None, "net_fin": None,
                                       "sum_inc": "Total income", "sum_cost": "Total costs",
                                       "op": "Operating result", "result": "Result for the year"}),
                        label_header="NOK", render="unruled")
    assert total_inc and prev_inc
    items = [
        ("p", "Fjordtun Arbeid AS", {"size": 24}),
        ("p", f"Årsrapport {year}", {"size": 16}),
        ("p", "Fosshaugane Campus, 6856 {g:Sogndal} · post@fjordtun.no · tlf. 57 62 40 00"),
        ("break",),
        ("h", 1, "Om bedriften"),
        ("p", "Fjordtun Arbeid AS er en arbeids- og inkluderingsbedrift eid av {g:Sogndal} kommune "
              "({p:60 %|Sogndal kommune}), {g:Leikanger} kommune ({p:25 %|Leikanger kommune}) og {g:Luster} "
              "kommune ({p:15 %|Luster kommune}). Bedriften har 31 plasser i varig tilrettelagt arbeid (VTA) og "
              "22 plasser i arbeidsforberedende trening (AFT)."),
        ("h", 1, "Daglig leders kommentar"),
        ("p", "Året ga god vekst i vaskeri og kantine. Takk til Marte Hovland i NAV Sogndal og til "
              "arbeidsleder Eivind Systad for godt samarbeid om nye deltakere."),
        ("p", "Ola Kjørnes, daglig leder", {"italic": True}),
        ("h", 1, "Styrets årsberetning"),
        ("p", "Styret har i {year} bestått av:".replace("{year}", str(year))),
        ("table", [["Rolle", "Navn"], ["Styreleder", "Sigmund Flugheim"], ["Nestleder", "Astrid Kvåle Nes"],
                   ["Styremedlem", "Jon Olav Hjelle"], ["Styremedlem (ansattes representant)", "Torunn Sæl"],
                   ["Varamedlem", "Gunvor Hauge"]], {"ruled": True}),
        ("p", "Sykefraværet var {p:6,2 %|Sykefraværet} mot {p:7,0 %|Sykefraværet} året før. Av 49 deltakere gikk "
              "{p:34 %|AFT-deltakerne} av AFT-deltakerne over til arbeid eller utdanning."),
        ("stmt", inc, {"title": "Resultatregnskap"}),
        ("sign", f"{{g:Sogndal}}, 14. mars {year + 1}",
         [("Sigmund Flugheim", "styreleder"), ("Astrid Kvåle Nes", "nestleder"), ("Jon Olav Hjelle", "styremedlem"),
          ("Torunn Sæl", "styremedlem"), ("Ola Kjørnes", "daglig leder")], {"cols": 3}),
        ("break",),
        ("h", 1, "Summary in English"),
        ("p", "Fjordtun Arbeid AS is a work inclusion company owned by three municipalities in {g:Sogn}. In "
              f"{year} it offered 31 places in sheltered employment (VTA) and 22 places in work preparation "
              "training (AFT), and had 24 staff."),
        ("p", "Board of Directors: Sigmund Flugheim (Chair), Astrid Kvåle Nes (Deputy Chair), Jon Olav Hjelle, "
              "Torunn Sæl (employee representative) and Gunvor Hauge (deputy member). Managing Director: "
              "Ola Kjørnes."),
        ("stmt", summary, {"title": "Key figures"}),
    ]
    return {"name": "fjordtun-arbeid-2018", "year": year, "title": f"Årsrapport {year}",
            "organization": {"name": "Fjordtun Arbeid AS", "email": "post@fjordtun.no", "phone": "57 62 40 00",
                             "owners": [{"name": "Sogndal kommune", "share_percent": 60},
                                        {"name": "Leikanger kommune", "share_percent": 25},
                                        {"name": "Luster kommune", "share_percent": 15}]},
            "ceo": "Ola Kjørnes", "board": board, "emp_known": True, "programs": {"VTA": 31, "AFT": 22},
            "not_board": ["Marte Hovland", "Eivind Systad"], "not_places": ["NAV Sogndal"],
            "items": items, "renditions": ["docx", "pdf"], "notes": "vekstbedrift with English summary page"}


def havblikk_festival_2017() -> dict:
    """A festival foundation printing Norwegian and English side by side; budget beside actuals."""
    year = 2017
    board = [("Elin Vestre Brunstad", "LEDE", None), ("Kjell Inge Rørvik", "NEST", None),
             ("Hanna Skodje", "MEDL", None), ("Pål Ove Tennfjord", "MEDL", None),
             ("Line Ulstein", "VARA", None)]
    cols = [Col(f"Regnskap {year}", year), Col(f"Budsjett {year}", year, BUDGET), Col(f"Regnskap {year - 1}", year - 1)]
    lines = income("nb", 3,
                   [("Billettinntekter / Ticket sales", "", [3_412_870, 3_200_000, 3_105_440]),
                    ("Offentlige tilskudd / Public grants", "", [2_150_000, 2_150_000, 1_980_000]),
                    ("Sponsorer / Sponsors", "", [1_265_500, 1_300_000, 1_122_000])],
                   [("Artistkostnader / Artist fees", "", [3_688_214, 3_500_000, 3_240_880]),
                    ("Produksjon / Production", "", [1_942_615, 1_900_000, 1_815_300]),
                    ("Lønn / Salaries", "", [1_105_990, 1_150_000, 1_046_215])],
                   [("Netto renter / Net interest", "", [4_120, 3_000, 5_870])],
                   labels={**BI, "fin": None, "net_fin": None})
    st = Statement("Resultatregnskap / Income statement", cols, lines, label_header="Beløp i NOK / Amounts in NOK")
    items = [
        ("p", "Stiftelsen Havblikk Festival", {"size": 22}),
        ("p", f"Årsmelding / Annual report {year}", {"size": 15}),
        ("parallel", [
            ("h", "Festivalen", "The festival"),
            ("p", "Havblikk Festival ble arrangert for niende gang i {g:Ålesund} 10.–13. august. Vi solgte 8 400 "
                  "billetter, og setebelegget var {p:91 %|setebelegget}.",
                  "Havblikk Festival took place for the ninth time in {g:Ålesund} on 10–13 August. We sold 8,400 "
                  "tickets, and the seat occupancy was {p:91 %|seat occupancy}."),
            ("p", "Takk til festivalsjef Randi Liavåg og til frivilligkoordinator Stian Aarflot, og til "
                  "ordfører Tore Vik for åpningstalen.",
                  "Thanks to festival director Randi Liavåg, volunteer coordinator Stian Aarflot, and the "
                  "mayor Tore Vik for the opening speech."),
            ("h", "Styret", "The Board"),
            ("p", "Styreleder: Elin Vestre Brunstad\nNestleder: Kjell Inge Rørvik\nStyremedlem: Hanna Skodje\n"
                  "Styremedlem: Pål Ove Tennfjord\nVaramedlem: Line Ulstein",
                  "Chair: Elin Vestre Brunstad\nDeputy Chair: Kjell Inge Rørvik\nBoard member: Hanna Skodje\n"
                  "Board member: Pål Ove Tennfjord\nDeputy member: Line Ulstein"),
            ("p", "Styret hadde seks møter. Daglig leder og festivalsjef er Randi Liavåg.",
                  "The Board met six times. The managing director and festival director is Randi Liavåg."),
            ("h", "Økonomi", "Finances"),
            ("p", "Festivalen fikk et overskudd. Billettinntektene utgjorde {p:50 %|Billettinntektene utgjorde} "
                  "av inntektene.",
                  "The festival made a surplus. Ticket sales made up {p:50 %|Ticket sales made up} of income."),
        ]),
        ("stmt", st, {"title": "Resultatregnskap / Income statement"}),
        ("sign", f"{{g:Ålesund}}, 20. februar / 20 February {year + 1}",
         [("Elin Vestre Brunstad", "Styreleder / Chair"), ("Kjell Inge Rørvik", "Nestleder / Deputy Chair"),
          ("Hanna Skodje", "Styremedlem / Board member"), ("Pål Ove Tennfjord", "Styremedlem / Board member"),
          ("Randi Liavåg", "Daglig leder / Managing Director")], {"cols": 2}),
    ]
    return {"name": "havblikk-festival-2017", "year": year, "title": f"Annual report {year}",
            "organization": {"name": "Stiftelsen Havblikk Festival"},
            "ceo": "Randi Liavåg", "board": board,
            "not_board": ["Stian Aarflot", "Tore Vik"],
            "items": items, "renditions": ["docx", "pdf"], "notes": "bilingual festival foundation, parallel columns"}


def nordsjo_skole_2015() -> dict:
    """An international school foundation: long, bilingual board table with parent and staff
    representatives and the municipality's observer; PTA chair and Head of School beside it."""
    year = 2015
    board = [("Catherine Moe Ellingsen", "LEDE", False), ("Ragnhild Skeie", "NEST", False),
             ("David Hartley", "MEDL", False), ("Priya Nair Sandvik", "MEDL", False),
             ("Trond Eik Knutsen", "MEDL", True), ("Ida Fagerland Rasmussen", "VARA", None),
             ("Leif Arne Vikse", "OBS", None)]
    cols = [Col(str(year), year), Col(str(year - 1), year - 1)]
    inc = Statement("Resultatregnskap / Income statement", cols,
                    income("nb", 2, [("Statstilskudd / State grant", "2", [14_820_400, 14_110_250]),
                                     ("Skolepenger / Tuition fees", "", [6_945_000, 6_620_500]),
                                     ("Andre inntekter / Other income", "", [512_880, 470_125])],
                           [("Lønn / Salaries", "3", [16_904_215, 16_015_880]),
                            ("Husleie / Rent", "", [2_640_000, 2_580_000]),
                            ("Andre driftskostnader / Other operating expenses", "", [2_298_450, 2_410_905])],
                           [("Renteinntekter / Interest income", "", [41_260, 55_140])],
                           labels={**BI, "fin": None}),
                    note_col="Note", label_header="NOK", negative="paren")
    bal = Statement("Balanse per 31.12. / Balance sheet at 31 December", cols,
                    balance("nb", 2, [("Inventar / Equipment", "", [845_000, 912_500])],
                            [("Fordringer / Receivables", "", [365_420, 402_110]), ("Bank", "", "plug")],
                            [("Grunnkapital / Foundation capital", "", [100_000, 100_000]),
                             ("Annen egenkapital / Other equity", "", [3_128_600, 2_652_725])],
                            [], [("Leverandørgjeld / Trade payables", "", [412_300, 386_900]),
                                 ("Skyldige offentlige avgifter / Public duties", "", [1_204_715, 1_150_330]),
                                 ("Annen kortsiktig gjeld / Other current liabilities", "", [950_000, 1_020_400])],
                            labels=BI),
                    note_col="Note", label_header="NOK", negative="paren")
    para = [
        "The school follows the International Baccalaureate Primary Years and Middle Years Programmes. "
        "Units of inquiry this year covered sharing the planet, how we express ourselves, and how the world works.",
        "Teachers took part in IB workshops, and two teachers completed the Norwegian language course for staff. "
        "The school's library was extended with a new reading corner.",
        "Parents contributed to the international day, the winter fair and the spring concert, which together "
        "raised funds for the school's partner school abroad.",
    ]
    items = [
        ("p", "Stiftelsen Nordsjøen Internasjonale Skole", {"size": 20}),
        ("p", "North Sea International School Foundation", {"size": 14}),
        ("p", f"Årsberetning og årsregnskap / Annual report and accounts {year}", {"size": 14}),
        ("p", "Skåregata 102, 5528 {g:Haugesund} · office@nsis.no"),
        ("break",),
        ("toc", [("Letter from the Head of School", 3), ("Our school", 4), ("Students and staff", 6),
                 ("Facilities and the year ahead", 7), ("Governance / Styring", 8),
                 ("Årsberetning / Board report", 9), ("Annual accounts", 10)], {"title": "Contents"}),
        ("break",),
        ("h", 1, "Letter from the Head of School"),
        ("p", f"Dear families, {year} was the school's tenth year in {{g:Haugesund}}. We now have 168 students "
              "from 27 nations. I want to thank our PTA chair Julia Brennan, our IB coordinator Marius Gjerde, "
              "and Haugesund kommune's education adviser Kari Stølen for their support."),
        ("p", "Nathan Cole, Head of School / Rektor", {"italic": True}),
        ("break",),
        ("h", 1, "Our school"),
        *[("p", para[i % 3]) for i in range(7)],
        ("p", "Students with a Norwegian background made up {p:38 %|Norwegian background} of the roll."),
        ("break",),
        ("h", 1, "Students and staff"),
        ("table", [["", f"{year}", f"{year - 1}"], ["Students", "168", "154"], ["Nationalities", "27", "25"],
                   ["Teachers (full-time equivalents)", "19.4", "18.2"], ["Teaching assistants", "6", "6"]],
                  {"ruled": True}),
        ("p", "The leadership team consists of the Head of School, the Deputy Head and the IB coordinator:"),
        ("table", [["Name", "Position"], ["Nathan Cole", "Head of School / Rektor"],
                   ["Solveig Haldorsen", "Deputy Head / Inspektør"], ["Marius Gjerde", "IB coordinator"],
                   ["Trond Eik Knutsen", "Grade 5 teacher, staff representative"]], {"ruled": True}),
        *[("p", para[(i + 1) % 3]) for i in range(5)],
        ("break",),
        ("h", 1, "Facilities and the year ahead"),
        ("p", "The school rents its building from the municipality on a ten-year lease. A new science room was "
              "fitted out in the summer, paid for from the school's own funds."),
        *[("p", para[(i + 2) % 3]) for i in range(5)],
        ("p", "Next year the school will seek authorisation for the IB Diploma Programme, and the Board has "
              "set aside funds for the application."),
        ("break",),
        ("h", 1, "Governance / Styring"),
        ("p", "The Board of Trustees is elected by the Council of Parents and by the staff; the municipality appoints an "
              "observer with the right to speak but not to vote."),
        ("p", "Board of Trustees / Styret", {"size": 11}),
        ("p", "Chair: Catherine Moe Ellingsen, parent-elected member"),
        ("p", "Vice-Chair: Ragnhild Skeie, local community representative"),
        ("p", "Treasurer: Priya Nair Sandvik, parent-elected member"),
        ("p", "Member: David Hartley, parent-elected member"),
        ("p", "Member: Trond Eik Knutsen, staff-elected member"),
        ("p", "Deputy member: Ida Fagerland Rasmussen, deputy staff-elected member"),
        ("p", "Observer: Leif Arne Vikse, appointed by Haugesund kommune"),
        ("p", "Parent-Teacher Association: Julia Brennan (chair), Anders Rossebø (treasurer)."),
        ("break",),
        ("h", 1, "Årsberetning / Board report"),
        ("p", "Stiftelsen driver en godkjent internasjonal grunnskole etter friskoleloven i {g:Haugesund}. "
              "The foundation runs an approved international primary and lower secondary school."),
        ("p", "Sykefraværet var {p:2,9 %|Sykefraværet}. Styret bekrefter at forutsetningen om fortsatt drift er "
              "til stede. The Board confirms the going concern assumption."),
        ("sign", f"{{g:Haugesund}}, 15. mars {year + 1}",
         [("Catherine Moe Ellingsen", "Chair"), ("Ragnhild Skeie", "Deputy Chair"), ("David Hartley", ""),
          ("Priya Nair Sandvik", "Treasurer"), ("Trond Eik Knutsen", ""), ("Nathan Cole", "Head of School")], {"cols": 3}),
        ("break",),
        ("h", 1, "Annual accounts"),
        ("stmt", inc, {"title": "Resultatregnskap / Income statement"}),
        ("stmt", bal, {"title": "Balanse per 31.12. / Balance sheet at 31 December"}),
        ("p", "Note 3: The Head of School's salary was NOK 985 000. Auditor: Karmsund Revisjon AS, "
              "Eirik Tveit, statsautorisert revisor."),
    ]
    return {"name": "nordsjo-skole-2015", "year": year, "title": f"Annual report {year}",
            "organization": {"name": "Stiftelsen Nordsjøen Internasjonale Skole"},
            "ceo": "Nathan Cole", "board": board, "emp_known": True,
            "not_board": ["Julia Brennan", "Marius Gjerde", "Solveig Haldorsen", "Kari Stølen", "Anders Rossebø", "Eirik Tveit"],
            "not_places": ["Haugesund kommune", "Karmsund Revisjon AS"],
            "header": "North Sea International School Foundation", "footer": "{PAGE}",
            "items": items, "renditions": ["pdf", "doc"], "notes": "international school foundation, bilingual"}
REPORTS = [fjordtun_arbeid_2018, havblikk_festival_2017, nordsjo_skole_2015]
