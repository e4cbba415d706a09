"""Fifth held-out set, reports 1-4: an English-language annual report of a Norwegian company, a
municipal enterprise's årsmelding with many unit leaders, a vekstbedrift and its subsidiary in one
PDF, and a typed 1979 report as a scan. All organisations, people and figures are invented."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import BUDGET, Col, Statement, balance, income

EN = {"inc": "Operating income", "sum_inc": "Total operating income", "cost": "Operating expenses",
      "sum_cost": "Total operating expenses", "op": "Operating profit",
      "fin": "Financial income and expenses", "net_fin": "Net financial items", "result": "Profit for the year",
      "assets": "ASSETS", "fixed": "Non-current assets", "sum_fixed": "Total non-current assets",
      "current": "Current assets", "sum_current": "Total current assets", "sum_assets": "Total assets",
      "eq_debt": "EQUITY AND LIABILITIES", "equity": "Equity", "sum_equity": "Total equity",
      "debt": "Liabilities", "long": "Non-current liabilities", "short": "Current liabilities",
      "sum_debt": "Total liabilities", "sum_eq_debt": "Total equity and liabilities"}


def skarvholmen():
    board = [("Ingrid Mæhle Sandvik", "LEDE", False), ("Torbjørn Aasen Lie", "NEST", False),
             ("Hanne Kristoffersen", "MEDL", False), ("Rune Isaksen Blix", "MEDL", False),
             ("Siri Nordeng", "MEDL", True), ("Kenneth Åsheim", "VARA", None), ("Lise Marit Hoel", "VARA", None)]
    inc = income("nb", 2, inc=[("Sales revenue", "2", [31_412, 27_905]), ("Research grants", "3", [18_277, 20_118]),
                               ("Other operating income", "", [1_046, 884])],
                 cost=[("Payroll expenses", "4", [28_930, 27_415]), ("Depreciation", "6", [2_611, 2_388]),
                       ("Other operating expenses", "5", [15_720, 16_091])],
                 fin=[("Financial income", "", [412, 96]), ("Financial expenses", "", [-655, -702])],
                 labels={**EN, "pre_tax": "Profit before tax"}, tax=("Tax expense", "7", [795, 540]))
    bal = balance("nb", 2, fixed=[("Buildings and laboratory", "6", [21_480, 22_690]),
                                  ("Equipment and vessels", "6", [6_115, 5_930])],
                  current=[("Trade receivables", "", [5_870, 4_960]), ("Other receivables", "", [1_223, 1_408]),
                           ("Cash and bank deposits", "8", "plug")],
                  equity=[("Share capital", "9", [4_000, 4_000]), ("Other equity", "", [10_842, 8_819])],
                  long=[("Mortgage loan", "10", [12_600, 13_500])],
                  short=[("Trade payables", "", [3_412, 3_055]), ("Public duties payable", "", [2_288, 2_197]),
                         ("Other current liabilities", "", [5_916, 6_474])], labels=EN)
    cols = [Col("2022", 2022), Col("2021", 2021)]
    st_inc = Statement("Income statement 1 January - 31 December", cols, inc, unit=1000, thousands=",",
                       note_col="Note", label_header="(NOK thousand)", render="unruled")
    st_bal = Statement("Balance sheet at 31 December", cols, bal, unit=1000, thousands=",",
                       note_col="Note", label_header="(NOK thousand)", render="unruled")
    signers = [["Sandvik, Ingrid Mæhle", "Chair of the Board", "Signed with BankID 2023-03-22 09:14"],
               ["Lie, Torbjørn Aasen", "Deputy Chair", "Signed with BankID 2023-03-22 10:02"],
               ["Kristoffersen, Hanne", "Board member", "Signed with BankID 2023-03-22 12:47"],
               ["Blix, Rune Isaksen", "Board member", "Signed with BankID 2023-03-23 08:31"],
               ["Nordeng, Siri", "Board member", "Signed with BankID 2023-03-22 15:20"],
               ["Moe, Eirik Solbakken", "Chief Executive Officer", "Signed with BankID 2023-03-22 09:40"]]
    items = [
        ("h", 1, "Skarvholmen Marine Research AS – Annual Report 2022"),
        ("p", "Board of Directors' report for the financial year 2022", {"italic": True}),
        ("h", 2, "Nature of the business"),
        ("p", "Skarvholmen Marine Research AS was founded in 2009 and carries out applied research and testing "
              "for the aquaculture and fisheries industries. The head office and laboratories are located at "
              "Kaiveien 14 in {g:Tromsø}, and the company runs a field station on {g:Senja}. In 2022 most "
              "sea trials took place in {g:Troms og Finnmark}, with two projects in {g:Vesterålen} and one "
              "with partners in {g:Bergen}."),
        ("p", "The company is owned by Havlandet Invest AS ({p:62 %|Havlandet Invest AS}) and Polarfond "
              "Nord AS ({p:38 %|Polarfond Nord AS})."),
        ("h", 2, "Board of Directors and management"),
        ("p", "At the Annual General Meeting on 11 May 2022 Ingrid Mæhle Sandvik was elected Chair, succeeding "
              "Per Ivar Lund, who had chaired the Board since 2016 and did not stand for re-election. "
              "At 31 December 2022 the Board consisted of:"),
        ("table", [["Name", "Position", "Elected by"],
                   ["Ingrid Mæhle Sandvik", "Chair", "General meeting"],
                   ["Torbjørn Aasen Lie", "Deputy Chair", "General meeting"],
                   ["Hanne Kristoffersen", "Board member", "General meeting"],
                   ["Rune Isaksen Blix", "Board member", "General meeting"],
                   ["Siri Nordeng", "Board member (employee representative)", "Employees"],
                   ["Kenneth Åsheim", "Deputy member", "General meeting"],
                   ["Lise Marit Hoel", "Deputy member (employee representative)", "Employees"]],
         {"ruled": False, "gold_rows": False}),
        ("p", "The Board held nine meetings in 2022. The nomination committee consists of Arve Brekke (chair) "
              "and Tove Hjelle. Eirik Solbakken Moe has been Chief Executive Officer since 2019; Camilla Rasch "
              "is Chief Financial Officer."),
        ("h", 2, "Financial review"),
        ("p", "Total operating income was NOK 50,735 thousand (NOK 48,907 thousand in 2021). The operating profit "
              "was NOK 3,474 thousand. The Board proposes that the profit for the year of NOK 2,436 thousand is "
              "transferred to other equity. The equity ratio at year end was {p:38.0 %|equity ratio}. In the "
              "Board's opinion the annual accounts give a true and fair view of the company's assets and "
              "liabilities, financial position and result, and the going concern assumption applies."),
        ("h", 2, "Working environment and equality"),
        ("p", "At year end the company had 41 employees, of whom {p:46 %|women} were women. Sickness absence was "
              "{p:3.4 %|Sickness absence} of total working hours, compared with {p:4.1 %|Sickness absence} "
              "in 2021. No injuries resulting in absence were reported."),
        ("h", 2, "External environment"),
        ("p", "The field station uses shore power, and fuel consumption by the research vessels fell by "
              "{p:12 %|fuel consumption} from the previous year."),
        ("h", 2, "Outlook"),
        ("p", "The order backlog at the start of 2023 is higher than a year earlier, and the Board expects "
              "activity in {g?:Norway} and abroad to remain at a good level."),
        ("p", "{g:Tromsø}, 21 March 2023"),
        ("pagebreak",),
        ("stmt", st_inc, {"title": "Income statement 1 January - 31 December"}),
        ("stmt", st_bal, {"title": "Balance sheet at 31 December"}),
        ("esign", "Signatures", "This document has been signed electronically by the following parties:", signers),
    ]
    return {
        "name": "skarvholmen-research-2022", "year": 2022, "lang": "en",
        "title": "Annual Report 2022 – Skarvholmen Marine Research AS",
        "organization": {"name": "Skarvholmen Marine Research AS", "founded_year": 2009,
                         "owners": [{"name": "Havlandet Invest AS", "share_percent": 62},
                                    {"name": "Polarfond Nord AS", "share_percent": 38}]},
        "ceo": "Eirik Solbakken Moe", "board": board,
        "not_board": ["Per Ivar Lund", "Arve Brekke", "Tove Hjelle", "Camilla Rasch"],
        "places_optional": ["Kaiveien"],
        "footer": "Skarvholmen Marine Research AS · Annual Report 2022 · page {PAGE}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "English-language annual report of a Norwegian AS (Word, LibreOffice PDF). Board table "
                 "Name | Position | Elected by with 'Chair', 'Deputy Chair', 'Board member (employee "
                 "representative)', 'Deputy member'; e-signature page 'Surname, Given names'. The former chair, "
                 "the nomination committee and the CFO are not board. Figures in NOK thousand with comma "
                 "thousands ('31,412'); prose amounts 'NOK 50,735 thousand'.",
    }


def ekne():
    board = [("Bjørg Helene Vinsnes", "LEDE", False), ("Arnfinn Skjærvø", "NEST", False),
             ("Gunnhild Ree", "MEDL", False), ("Oddvar Tessem", "MEDL", False),
             ("Mona Lien Sandberg", "MEDL", True), ("Jostein Fornes", "VARA", None), ("Randi Holmsve", "VARA", None)]
    cols = [Col("Regnskap 2019", 2019), Col("Regulert budsjett 2019", 2019, BUDGET), Col("Regnskap 2018", 2018)]
    lines = income("nb", 3,
                   inc=[("Brukerbetalinger", "", [14_288_410, 13_900_000, 13_645_902]),
                        ("Overføring fra Levanger kommune", "", [186_420_000, 186_420_000, 179_880_000]),
                        ("Refusjoner og tilskudd", "", [21_604_377, 18_500_000, 19_977_315])],
                   cost=[("Lønnsutgifter", "", [158_902_114, 156_300_000, 151_440_820]),
                         ("Sosiale utgifter", "", [41_775_920, 42_100_000, 40_206_115]),
                         ("Kjøp av varer og tjenester", "", [19_660_430, 19_800_000, 19_105_772]),
                         ("Avskrivninger", "", [1_402_000, 1_400_000, 1_402_000])],
                   fin=[("Renteinntekter", "", [211_509, 150_000, 187_330]), ("Renteutgifter", "", [-96_210, -100_000, -88_915])],
                   labels={"inc": "Driftsinntekter", "sum_cost": "Sum driftsutgifter", "cost": "Driftsutgifter",
                           "op": "Brutto driftsresultat", "fin": "Finansposter", "net_fin": "Resultat eksterne finanstransaksjoner",
                           "result": "Netto driftsresultat"})
    st = Statement("Driftsregnskap 2019", cols, lines, label_header="Beløp i hele kroner", render="ruled")
    units = [["Enhet", "Enhetsleder", "Årsverk", "Sykefravær"],
             ["Hjemmetjenesten nord", "Anita Bjørkli", "42,3", "{p:8,1 %}"],
             ["Hjemmetjenesten sør", "Stian Røstad", "38,7", "{p:9,4 %}"],
             ["Sjøhaug bo- og behandlingssenter", "Laila Kirkreit", "71,6", "{p:10,2 %}"],
             ["Psykisk helse og rus", "Håkon Ystgaard", "19,0", "{p:6,5 %}"],
             ["Kjøkken og vaskeri", "Turid Sende", "11,4", "{p:7,7 %}"],
             ["Fellestjenester og stab", "Ola Morten Heggstad", "6,0", "{p:3,2 %}"]]
    items = [
        ("h", 1, "Årsmelding 2019"),
        ("p", "Ekne helse og omsorg KF – kommunalt foretak eid av {g:Levanger kommune|Levanger}", {"size": 12}),
        ("h", 2, "1 Innledning fra daglig leder"),
        ("p", "2019 ble et år med høyt aktivitetsnivå i alle enhetene. Foretaket leverte hjemmetjenester, "
              "institusjonsplasser og tjenester innen psykisk helse til innbyggere i hele kommunen, fra {g:Skogn} "
              "i sør til {g:Åsen} i nord. Beleggsprosenten ved institusjonen var {p:97,2 %|beleggsprosenten}."),
        ("p", "Hilde Kvello, daglig leder"),
        ("h", 2, "2 Foretakets styre"),
        ("p", "Kommunestyret valgte nytt styre for perioden 2019–2023 i møte 20. november 2019. "
              "Styret har ved årsskiftet denne sammensetningen:"),
        ("li", "Leder: Bjørg Helene Vinsnes"),
        ("li", "Nestleder: Arnfinn Skjærvø"),
        ("li", "Medlem: Gunnhild Ree"),
        ("li", "Medlem: Oddvar Tessem"),
        ("li", "Medlem valgt av og blant de ansatte: Mona Lien Sandberg"),
        ("li", "Varamedlemmer: Jostein Fornes og Randi Holmsve"),
        ("p", "Styret har hatt 8 møter og behandlet 52 saker. Ordfører Kristian Saltvik og kommunedirektør "
              "Åse Marie Rønning har møte- og talerett i styret."),
        ("h", 2, "3 Organisering og ledelse"),
        ("p", "Foretaket ledes av daglig leder Hilde Kvello. Under daglig leder er virksomheten delt i seks enheter, "
              "hver med egen enhetsleder:"),
        ("table", units, {"ruled": True, "shade_header": "DDE5EE"}),
        ("p", "Samlet sykefravær i foretaket var {p:8,9 %|Samlet sykefravær} mot {p:9,6 %|Samlet sykefravær} i 2018."),
        ("h", 3, "3.1 Hjemmetjenesten nord"),
        ("p", "Leder: Anita Bjørkli. Enheten dekker {g:Ekne og Ytterøy|Ytterøy} og de nordlige delene av sentrum. "
              "Antall vedtakstimer økte med {p:6 %|vedtakstimer} fra året før."),
        ("h", 3, "3.2 Sjøhaug bo- og behandlingssenter"),
        ("p", "Leder: Laila Kirkreit. Avdelingsledere: Marte Vuttudal (skjermet enhet) og Jon Inge Brattli "
              "(korttid og rehabilitering). Senteret har 64 plasser."),
        ("h", 3, "3.3 Psykisk helse og rus"),
        ("p", "Leder: Håkon Ystgaard. Fagleder for lavterskeltilbudet er Sunniva Lyngstad."),
        ("h", 2, "4 Medvirkning"),
        ("p", "Brukerrådet ledes av Eli Mortensen. Leder av eldrerådet, Kåre Hegstad, har deltatt i to av "
              "styrets møter. Arbeidsmiljøutvalget ble i 2019 ledet av hovedtillitsvalgt Wenche Aune, med "
              "hovedverneombud Petter Skogseth som nestleder."),
        ("h", 2, "5 Økonomi"),
        ("p", "Foretaket fikk et netto driftsresultat på kr 687 622. Mindreforbruket skyldes i hovedsak "
              "høyere refusjoner enn budsjettert."),
        ("stmt", st, {"title": "Driftsregnskap 2019"}),
        ("sign", "{g:Levanger}, 24. februar 2020",
         [("Bjørg Helene Vinsnes", "styreleder"), ("Arnfinn Skjærvø", "nestleder"), ("Gunnhild Ree", "styremedlem"),
          ("Oddvar Tessem", "styremedlem"), ("Mona Lien Sandberg", "styremedlem"), ("Hilde Kvello", "daglig leder")]),
    ]
    return {
        "name": "ekne-omsorg-2019", "year": 2019,
        "title": "Årsmelding 2019 Ekne helse og omsorg KF",
        "organization": {"name": "Ekne helse og omsorg KF"},
        "ceo": "Hilde Kvello", "board": board,
        "not_board": ["Anita Bjørkli", "Stian Røstad", "Laila Kirkreit", "Håkon Ystgaard", "Turid Sende",
                      "Ola Morten Heggstad", "Marte Vuttudal", "Jon Inge Brattli", "Sunniva Lyngstad", "Eli Mortensen",
                      "Kåre Hegstad", "Wenche Aune", "Petter Skogseth", "Kristian Saltvik", "Åse Marie Rønning"],
        "places_optional": ["Sjøhaug"],
        "not_places": ["Overføring fra Levanger kommune"],
        "header": "Ekne helse og omsorg KF · Årsmelding 2019", "header_align": "right",
        "items": items, "renditions": ["docx", "pdf", "doc"],
        "notes": "Municipal enterprise (KF) of a kommune, 2019, bokmål, Word with .doc and PDF. Board as bullet "
                 "items 'Leder: ...', 'Nestleder: ...', 'Medlem: ...', 'Medlem valgt av og blant de ansatte: ...', "
                 "'Varamedlemmer: A og B'. Many other leaders, each 'Leder: Name' under a unit heading, in a "
                 "unit table (Enhet | Enhetsleder | Årsverk | Sykefravær), brukerråd, eldreråd, AMU, the mayor "
                 "and the kommunedirektør: none is board. Statement in whole kroner with a regulated budget "
                 "column (optional).",
    }


def hunnselv():
    board = [("Kristin Hovde Bakken", "LEDE", False), ("Geir Ødegård", "NEST", False),
             ("Vigdis Nymoen", "MEDL", False), ("Lars Erik Snekkerbakken", "MEDL", False),
             ("Trond Lysgaard", "MEDL", True), ("Anne Sofie Brenna", "VARA", None)]
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023)]
    lines = income("nb", 3,
                   inc=[("Salgsinntekter", "", [9_412, 8_900, 8_655]), ("Tilskudd NAV", "", [14_870, 14_650, 13_902]),
                        ("Tilskudd kommunene", "", [3_210, 3_210, 3_090]), ("Andre driftsinntekter", "", [588, 400, 512])],
                   cost=[("Varekostnad", "", [3_105, 2_800, 2_874]), ("Lønnskostnader", "", [19_977, 19_600, 18_815]),
                         ("Avskrivninger", "", [640, 650, 602]), ("Andre driftskostnader", "", [3_741, 3_500, 3_608])],
                   fin=[("Netto finansposter", "", [118, 60, 74])],
                   labels={"net_fin": None, "fin": None})
    st = Statement("Resultatregnskap", cols, lines, unit=1000, label_header="Tall i 1000 kr", render="ruled",
                   above="Alle tall i 1000 kr")
    sub_cols = [Col("2024", 2024), Col("2023", 2023)]
    sub_lines = income("nb", 2, inc=[("Leieinntekter", "", [2_940_000, 2_876_000])],
                       cost=[("Avskrivninger", "", [815_400, 815_400]), ("Vedlikehold", "", [402_118, 377_560]),
                             ("Andre driftskostnader", "", [611_072, 590_337])],
                       fin=[("Rentekostnader", "", [-688_210, -702_905])], labels={"net_fin": None, "fin": None})
    for line in sub_lines:  # the subsidiary's figures: printed, not the reporting organisation's key figures
        line.key = False
    sub = Statement("Resultatregnskap Hunnselv Eiendom AS", sub_cols, sub_lines, render="unruled")
    sub_optional = [{"label": l.label, "year": c.year, "value": v} for l in sub_lines if not l.is_head
                    and l.label.startswith(("Sum", "Drifts", "Års")) for c, v in zip(sub_cols, l.values)]
    items = [
        ("h", 1, "Hunnselv Arbeidssenter AS"),
        ("bh", "Årsberetning 2024", {"size": 14}),
        ("h", 2, "Virksomhetens art og tilholdssted"),
        ("p", "Hunnselv Arbeidssenter AS er en arbeids- og inkluderingsbedrift med adresse Bergslia 12, 2819 {g:Gjøvik}. "
              "Selskapet eies av {g:Gjøvik kommune|Gjøvik} ({p:78 %|Gjøvik kommune}) og {g:Østre Toten kommune|Østre Toten} "
              "({p:22 %|Østre Toten kommune}). Selskapet ble stiftet i 1987 og har avdelinger på {g:Biri} og {g:Lena}."),
        ("p", "Bedriften har avtale med NAV {g:Innlandet} om 46 VTA-plasser (varig tilrettelagt arbeid) og 38 plasser "
              "i AFT (arbeidsforberedende trening). I løpet av året hadde 97 deltakere tiltak i AFT, og 21 gikk over "
              "til arbeid eller utdanning, det vil si {p:21,6 %|gikk over til arbeid eller utdanning}."),
        ("h", 2, "Styret"),
        ("table", [["Navn", "Verv", "Valgt av"],
                   ["Kristin Hovde Bakken", "Styreleder", "Generalforsamlingen"],
                   ["Geir Ødegård", "Nestleder", "Generalforsamlingen"],
                   ["Vigdis Nymoen", "Styremedlem", "Generalforsamlingen"],
                   ["Lars Erik Snekkerbakken", "Styremedlem", "Generalforsamlingen"],
                   ["Trond Lysgaard", "Styremedlem", "De ansatte"],
                   ["Anne Sofie Brenna", "Varamedlem", "Generalforsamlingen"]], {"ruled": False, "gold_rows": False}),
        ("p", "Daglig leder er Marianne Furuseth."),
        ("h", 2, "Arbeidsmiljø og personale"),
        ("p", "Ved utgangen av året hadde bedriften 33 ansatte i til sammen 29,4 årsverk. Sykefraværet var "
              "{p:5,8 %|Sykefraværet}, mot {p:7,1 %|Sykefraværet} året før. Det har ikke vært skader eller ulykker."),
        ("h", 2, "Økonomi"),
        ("p", "Selskapet hadde et årsresultat på 735 tusen kroner mot budsjettert 670 tusen kroner."),
        ("stmt", st, {"title": "Resultat 2024 med budsjett"}),
        ("p", "Styret bekrefter at forutsetningen om fortsatt drift er til stede. Årsresultatet foreslås overført "
              "til annen egenkapital."),
        ("sign", "{g:Gjøvik}, 12. mars 2025",
         [("Kristin Hovde Bakken", "Styreleder"), ("Geir Ødegård", "Nestleder"), ("Vigdis Nymoen", "Styremedlem"),
          ("Lars Erik Snekkerbakken", "Styremedlem"), ("Trond Lysgaard", "Styremedlem"), ("Marianne Furuseth", "Daglig leder")]),
        ("pagebreak",),
        ("h", 1, "Hunnselv Eiendom AS"),
        ("bh", "Årsberetning 2024", {"size": 14}),
        ("p", "Hunnselv Eiendom AS er et heleid datterselskap av Hunnselv Arbeidssenter AS og eier bygningene i "
              "Bergslia. Selskapet har ingen ansatte; forretningsførsel kjøpes fra morselskapet."),
        ("p", "Styret har bestått av Marianne Furuseth (styreleder), Geir Ødegård og Per Kristian Rud. "
              "Daglig leder i Hunnselv Eiendom AS er Knut Haugom."),
        ("stmt", sub, {"title": "Resultatregnskap Hunnselv Eiendom AS"}),
        ("sign", "{g:Gjøvik}, 12. mars 2025",
         [("Marianne Furuseth", "Styreleder"), ("Geir Ødegård", "Styremedlem"), ("Per Kristian Rud", "Styremedlem"),
          ("Knut Haugom", "Daglig leder")]),
    ]
    return {
        "name": "hunnselv-2024", "year": 2024,
        "title": "Årsberetning 2024 Hunnselv Arbeidssenter AS og Hunnselv Eiendom AS",
        "organization": {"name": "Hunnselv Arbeidssenter AS", "founded_year": 1987,
                         "owners": [{"name": "Gjøvik kommune", "share_percent": 78},
                                    {"name": "Østre Toten kommune", "share_percent": 22}]},
        "ceo": "Marianne Furuseth", "board": board, "programs": {"VTA": 46, "AFT": 38},
        "not_board": ["Per Kristian Rud", "Knut Haugom"],
        "places_optional": ["Bergslia"],
        "key_figures_optional": sub_optional,
        "items": items, "renditions": ["pdf"],
        "notes": "A vekstbedrift's årsberetning followed in the same PDF by its subsidiary's (LibreOffice PDF "
                 "only). Gold is the parent's: board in an unruled Navn | Verv | Valgt av table. The subsidiary's "
                 "board is chaired by the parent's daglig leder (who stays CEO, not board); its other member Per "
                 "Kristian Rud and its daglig leder Knut Haugom are not gold; the parent's nestleder also sits "
                 "on it. VTA 46 / AFT 38 places, 29,4 årsverk; statement in 1000 kr with a budget column "
                 "(optional); the subsidiary's figures are optional.",
    }


def sorli():
    board = [("Johan Kvelstad", "LEDE", None), ("Olaug Sandnes", "NEST", None), ("Arvid Tømmerås", "MEDL", None),
             ("Birger Holand", "MEDL", None), ("Magne Vestvik", "MEDL", None),
             ("Ingebrigt Skjelvik", "VARA", None), ("Marit Kjeldset", "VARA", None)]
    cols = [Col("1979", 1979), Col("1978", 1978)]
    lines = income("nb", 2,
                   inc=[("Kontingent", "", [6_240, 5_880]), ("Tilskudd fra fylkeslaget", "", [1_500, 1_500]),
                        ("Fest og utlodning", "", [3_912, 2_645]), ("Renter", "", [418, 377])],
                   cost=[("Møteutgifter", "", [2_355, 2_102]), ("Kurs og studieringer", "", [3_180, 2_740]),
                         ("Kontingent til fylkeslaget", "", [2_080, 1_960]), ("Porto, telefon, rekvisita", "", [612, 544]),
                         ("Gaver og oppmerksomheter", "", [450, 300])],
                   labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                           "op": "Overskudd", "result": None}, heads=True)
    st = Kroner("REGNSKAP FOR 1979", cols, lines, render="tabs")
    items = [
        ("p", "S Ø R L I   B O N D E L A G", {"align": "center", "bold": True, "size": 13}),
        ("p", "Å R S M E L D I N G   F O R   1 9 7 9", {"align": "center", "bold": True}),
        ("p", "-" * 58, {"align": "center"}),
        ("bh", "1. STYRET", {"caps": True, "size": 10}),
        ("p", "Styret har i 1979 hatt følgende sammensetning: Formann Johan Kvelstad, nestformann Olaug Sandnes, "
              "sekretær Arvid Tømmerås, kasserer Birger Holand og styremedlem Magne Vestvik. Varamenn har vært "
              "1. Ingebrigt Skjelvik og 2. Marit Kjeldset."),
        ("p", "Revisorer: Håkon Bergsmo og Peder A. Lillevik.  Valgkomité: Sivert Moen (formann), Kirsten Gartland "
              "og Ole J. Brekkvassmo."),
        ("bh", "2. MØTER", {"caps": True, "size": 10}),
        ("p", "Det er i året holdt 7 styremøter og 4 medlemsmøter. Årsmøtet ble holdt på Sørli skole 9. februar "
              "med 38 frammøtte. Johan Kvelstad og Olaug Sandnes møtte som utsendinger på årsmøtet i "
              "{g:Nord-Trøndelag} Bondelag i {g:Steinkjer}."),
        ("bh", "3. MEDLEMMER", {"caps": True, "size": 10}),
        ("p", "Laget hadde ved årsskiftet 104 medlemmer, mot 98 året før. Det er en framgang på "
              "{p:6 %|framgang}."),
        ("bh", "4. FAGLIG ARBEID", {"caps": True, "size": 10}),
        ("p", "Studieringen i grovfôrdyrking hadde 11 deltakere. Sammen med laget i {g:Snåsa} ble det holdt "
              "markdag på Tunnsjøflyan i juli. Melkeleveransen i {g:Lierne} gikk opp med {p:4 %|melkeleveransen}, "
              "mens kjøttproduksjonen var om lag som året før."),
        ("bh", "5. REGNSKAP", {"caps": True, "size": 10}),
        ("stmt", st),
        ("p", "Kassebeholdning og bankinnskudd pr. 31.12.79 kr 14 806,-."),
        ("p", "Sørli, 22. januar 1980.  For Sørli Bondelag:"),
        ("p", "Johan Kvelstad          Arvid Tømmerås"),
        ("p", "formann                 sekretær"),
    ]
    return {
        "name": "sorli-bondelag-1979", "year": 1979,
        "title": "Sørli Bondelag – Årsmelding for 1979",
        "organization": {"name": "Sørli Bondelag"},
        "ceo": None, "board": board,
        "not_board": ["Håkon Bergsmo", "Peder A. Lillevik", "Sivert Moen", "Kirsten Gartland", "Ole J. Brekkvassmo"],
        "places_optional": ["Sørli", "Tunnsjøflyan"],
        "font": "DejaVu Sans Mono", "heading_font": "DejaVu Sans Mono", "body_pt": 10, "heading_colour": "000000",
        "margin_mm": 25, "author": "",
        "scan": {"dpi": 200, "tilt": 1.1, "noise": 11},
        "items": items, "renditions": ["scan"],
        "notes": "A 1979 farmers' association (bondelag), bokmål, typed look (monospaced font, letter-spaced "
                 "title, numbered capital heads), as a 200 dpi scan only. Board in one prose sentence with the "
                 "roles of the time (formann, nestformann, sekretær, kasserer: MEDL) and 'Varamenn' numbered. "
                 "Revisorer and valgkomité right after, not board. Accounts with tab stops, kroner with ',-'. "
                 "No CEO. Sørli and Tunnsjøflyan are local places (optional).",
    }


REPORTS = [skarvholmen, ekne, hunnselv, sorli]
