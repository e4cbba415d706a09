"""Reports written in English: a research foundation, a cluster organisation, a foreign group's
Norwegian subsidiary. Invented names and figures; real places."""
from __future__ import annotations

from h44_common import en_balance, en_income


def filler(topic: str, n: int) -> list[tuple]:
    """Activity paragraphs of the kind real reports run to; no names, places or percentages."""
    body = [
        f"Work on {topic} continued through the year with steady progress on the main work packages. "
        "The project group met monthly and reported to the steering committee each quarter.",
        "Results were presented at two international conferences and in several peer-reviewed papers. "
        "Industry partners took part in the annual seminar, which drew a record attendance.",
        "The infrastructure was upgraded during the spring, and the new laboratory equipment was taken "
        "into use in the autumn after a period of testing and calibration.",
        "Collaboration with universities and user partners remains the basis of the activity, and several "
        "new applications were submitted to national and European funding programmes.",
    ]
    return [("p", body[i % len(body)]) for i in range(n)]


def havbruk_vest_2019() -> dict:
    """A research foundation's English annual report: long, board in a Name | Position table far
    from the start, a scientific advisory board with its own chair, employees' representative."""
    year = 2019
    board = [("Ingrid Solheim Aase", "LEDE", False), ("Torbjørn Vågenes", "NEST", False),
             ("Marit Helland Rustøy", "MEDL", False), ("Øyvind Kleppe", "MEDL", False),
             ("Silje Myklebust", "MEDL", True), ("Arne Lothe", "VARA", None)]
    ceo = "Kjetil Brakstad"
    inc = en_income("Income statement", year,
                    [("Research grants", "2", [48210, 45120]), ("Contract research", "2", [21455, 19870]),
                     ("Other operating income", "", [1830, 2215])],
                    [("Personnel expenses", "3", [44120, 41360]), ("Depreciation", "5", [3215, 3090]),
                     ("Other operating expenses", "4", [23460, 22170])],
                    [("Financial income", "", [412, 388]), ("Financial expenses", "", [-96, -131])],
                    label_header="NOK thousand", note_col="Note", unit=1000, negative="paren",
                    thousands="\u00a0")
    bal = en_balance("Balance sheet as at 31 December", year,
                     [("Buildings and equipment", "5", [18420, 19310])],
                     [("Receivables", "6", [9815, 8740]), ("Bank deposits", "7", "plug")],
                     [("Foundation capital", "", [1000, 1000]), ("Other equity", "", [23911, 22245])],
                     [("Mortgage loan", "8", [7500, 8250])],
                     [("Trade payables", "", [4310, 3985]), ("Public duties payable", "", [3870, 3615]),
                      ("Other current liabilities", "", [6240, 5890])],
                     label_header="NOK thousand", note_col="Note", unit=1000, negative="paren",
                     thousands="\u00a0")
    items = [
        ("p", "Havbruksforskning Vest", {"size": 26}),
        ("p", f"Annual Report {year}", {"size": 18}),
        ("p", "Org. no. 987 654 321 · Thormøhlens gate 63, 5006 {g:Bergen} · post@havbruksforskning-vest.no"),
        ("break",),
        ("toc", [("A word from the Managing Director", 3), ("About the foundation", 4), ("Research areas", 5),
                 ("People and organisation", 7), ("Board of Directors' report", 8), ("Annual accounts", 10),
                 ("Auditor's report", 12)], {"title": "Contents"}),
        ("break",),
        ("h", 1, "A word from the Managing Director"),
        ("p", f"{year} was a year of growth for the foundation. Our research on fish health and feed drew more "
              "contract work from the aquaculture industry than ever before, and we welcomed six new researchers."),
        ("p", "I want to thank Professor Helge Nordbø, who chairs our Scientific Advisory Board, for his "
              "generous advice, and Randi Fjeldstad at the Research Council for a constructive dialogue "
              "through the year. Thanks also to all our staff for their effort."),
        ("p", "Kjetil Brakstad, Managing Director", {"italic": True}),
        ("break",),
        ("h", 1, "About the foundation"),
        ("p", "Havbruksforskning Vest is an independent research foundation established in 1988. It carries out "
              "applied research for the aquaculture and seafood industry in {g:Western Norway} and beyond, "
              "with field stations at {g:Austevoll} and {g:Florø}."),
        ("p", "The foundation had 58 employees at year end, 41 of them researchers. Women made up "
              "{p:46 %|research staff} of the research staff."),
        ("break",),
        ("h", 1, "Research areas"),
        ("h", 2, "Fish health"),
        *filler("fish health", 3),
        ("h", 2, "Feed and nutrition"),
        *filler("feed and nutrition", 3),
        ("h", 2, "Environment and production"),
        *filler("the environmental effects of production", 4),
        ("break",),
        ("h", 1, "People and organisation"),
        ("p", "The management group consists of the Managing Director and three research directors:"),
        ("table", [["Name", "Position"], ["Kjetil Brakstad", "Managing Director"],
                   ["Hanne Sørbø", "Research Director, Fish health"],
                   ["Geir Arve Lunde", "Research Director, Feed and nutrition"],
                   ["Bente Kalvø", "Head of Finance and Administration"]], {"ruled": True}),
        ("p", "The Scientific Advisory Board is chaired by Professor Helge Nordbø and has four further members "
              "from universities in the Nordic countries."),
        ("p", "Sick leave was {p:3,8 %|Sick leave} in 2019, against {p:4,1 %|Sick leave} in 2018."),
        ("break",),
        ("h", 1, "Board of Directors' report"),
        ("h", 2, "Nature of the business"),
        ("p", "The foundation's object is to conduct research and development for a sustainable aquaculture "
              "industry. Its offices are in {g:Bergen}."),
        ("h", 2, "Board of Directors"),
        ("p", "The Board of Directors held seven meetings in the year and dealt with 54 matters. At the end of the "
              "year the Board consisted of:"),
        ("table", [["Name", "Position", "Elected by"],
                   ["Ingrid Solheim Aase", "Chair of the Board", "The Council of Founders"],
                   ["Torbjørn Vågenes", "Deputy Chair", "The Council of Founders"],
                   ["Marit Helland Rustøy", "Board member", "The Council of Founders"],
                   ["Øyvind Kleppe", "Board member", "The Council of Founders"],
                   ["Silje Myklebust", "Board member", "The employees"],
                   ["Arne Lothe", "Deputy member", "The Council of Founders"]], {"ruled": True}),
        ("p", "The Council of Founders is chaired by Per Olav Reigstad."),
        ("h", 2, "Working environment and equal opportunities"),
        ("p", "The working environment is considered good. No injuries were reported. Of the Board's five "
              "members, three are women."),
        ("h", 2, "Going concern"),
        ("p", "The annual accounts have been prepared on the assumption of a going concern. The profit for the "
              "year is transferred to other equity."),
        ("sign", f"{{g:Bergen}}, 18 March {year + 1}",
         [("Ingrid Solheim Aase", "Chair of the Board"), ("Torbjørn Vågenes", "Deputy Chair"),
          ("Marit Helland Rustøy", "Board member"), ("Øyvind Kleppe", "Board member"),
          ("Silje Myklebust", "Board member"), ("Kjetil Brakstad", "Managing Director")], {"cols": 3}),
        ("break",),
        ("h", 1, "Annual accounts"),
        ("stmt", inc, {"title": "Income statement"}),
        ("stmt", bal, {"title": "Balance sheet as at 31 December"}),
        ("h", 2, "Notes to the accounts"),
        ("p", "Note 1 Accounting principles. The accounts are prepared in accordance with the Norwegian "
              "Accounting Act and generally accepted accounting principles for small enterprises."),
        ("p", "Note 3 Personnel expenses. The Managing Director's salary was NOK 1 284 000. Board fees totalled "
              "NOK 310 000."),
        ("break",),
        ("h", 1, "Auditor's report"),
        ("p", "To the Board of Directors of Havbruksforskning Vest. We have audited the financial statements of "
              "the foundation. In our opinion, the accompanying financial statements give a true and fair view."),
        ("p", f"{{g:Bergen}}, 18 March {year + 1} · Vestrevisjon AS · Sindre Haugland, State Authorised Public Accountant"),
    ]
    return {"name": "havbruk-vest-2019", "year": year, "title": f"Annual Report {year}",
            "organization": {"name": "Havbruksforskning Vest", "founded_year": 1988},
            "ceo": ceo, "board": board, "emp_known": True,
            "not_board": ["Helge Nordbø", "Randi Fjeldstad", "Per Olav Reigstad", "Hanne Sørbø",
                          "Geir Arve Lunde", "Bente Kalvø", "Sindre Haugland"],
            "header": "Havbruksforskning Vest · Annual Report 2019", "footer": "Page {PAGE}",
            "items": items, "renditions": ["pdf", "docx"], "notes": "English research foundation, long"}


def arktisk_klynge_2021() -> dict:
    """A cluster organisation: English report, board in prose "Name (Role), Company", the board
    members' employers named beside them, member companies' CEOs in a partner list."""
    year = 2021
    board = [("Lise Mortensen Hætta", "LEDE", None), ("Rune Karlsen", "NEST", None),
             ("Eirin Johansen", "MEDL", None), ("Mats Pettersen Bakkeby", "MEDL", None),
             ("Ronja Eliassen", "VARA", None)]
    inc = en_income("Income statement", year,
                    [("Public funding", "", [6120, 5480]), ("Membership fees", "", [2345, 2110]),
                     ("Project income", "", [3870, 2960])],
                    [("Salaries and social costs", "2", [6890, 6105]), ("Project costs", "", [3960, 3420]),
                     ("Other operating costs", "", [1240, 1015])],
                    [("Net interest", "", [18, 25])],
                    labels={"fin": None, "net_fin": None, "sum_inc": "Total income", "sum_cost": "Total costs",
                            "op": "Operating result", "result": "Net result"},
                    label_header="(NOK 1000)", unit=1000, negative="minus", render="unruled")
    items = [
        ("h", 1, f"Arctic Marine Cluster – Annual Report {year}"),
        ("p", "Arctic Marine Cluster AS · Stakkevollvegen 65, 9019 {g:Tromsø} · www.arcticmarinecluster.no"),
        ("h", 2, "Highlights"),
        ("li", "61 member companies and research partners, up from 52"),
        ("li", "Eleven innovation projects started, four of them with partners abroad"),
        ("li", "The cluster was admitted to the Norwegian Innovation Clusters programme at Arena Pro level"),
        ("h", 2, "From the CEO"),
        ("p", "Our members in {g:Northern Norway} showed great resilience in a second year of restrictions. "
              "Thanks to Tor Arne Simonsen of Innovation Norway and to Hilde Nystad, our project manager, "
              "for building the new test-bed partnership."),
        ("p", "Sigrid Haldorsen, CEO", {"italic": True}),
        ("h", 2, "Members"),
        ("p", "Members come from seafood, marine technology and services. Companies with fewer than 50 "
              "employees make up {p:72 %|of the membership} of the membership."),
        ("table", [["Member", "Contact"], ["Kvalfjord Seafood AS", "Bjørn Inge Hansen, CEO"],
                   ["Polar Sensor Systems AS", "Annette Wahl, CEO"],
                   ["Ishavsbruket AS", "Kristoffer Nilsen, General Manager"],
                   ["The Arctic University of Norway", "Prof. Gunnar Tobiassen"]], {"ruled": True}),
        ("h", 2, "Governance"),
        ("p", "The general meeting was held on 28 April. The Board of Directors in "
              f"{year}: Lise Mortensen Hætta (Chair), Kvalfjord Seafood AS; Rune Karlsen (Deputy Chair), "
              "Polar Sensor Systems AS; Eirin Johansen, Ishavsbruket AS; Mats Pettersen Bakkeby, "
              "Nordlys Subsea AS; and Ronja Eliassen (deputy member), The Arctic University of Norway."),
        ("p", "The Board met eight times. The company's CEO is Sigrid Haldorsen."),
        ("h", 2, "Financial statements"),
        ("p", "Public funding made up {p:49,6 %|Public funding made up} of the income in the year."),
        ("stmt", inc, {"title": "Income statement"}),
        ("p", "The result is transferred to other equity. The Board considers the company's equity sound."),
        ("sign", f"{{g:Tromsø}}, 9 March {year + 1}",
         [("Lise Mortensen Hætta", "Chair"), ("Rune Karlsen", "Deputy Chair"), ("Eirin Johansen", ""),
          ("Mats Pettersen Bakkeby", ""), ("Sigrid Haldorsen", "CEO")], {"cols": 3}),
    ]
    return {"name": "arktisk-klynge-2021", "year": year, "title": f"Annual Report {year}",
            "organization": {"name": "Arctic Marine Cluster AS", "website": "www.arcticmarinecluster.no"},
            "ceo": "Sigrid Haldorsen", "board": board,
            "not_board": ["Tor Arne Simonsen", "Hilde Nystad", "Bjørn Inge Hansen", "Annette Wahl",
                          "Kristoffer Nilsen", "Gunnar Tobiassen"],
            "not_places": ["The Arctic University of Norway", "Innovation Norway"],
            "items": items, "renditions": ["docx", "doc"], "notes": "cluster organisation, English, short"}


def nordvik_norge_2022() -> dict:
    """A Swedish group's Norwegian subsidiary: English directors' report signed by a board of
    Swedish and Finnish members, an e-signature page "Surname, Given names", the parent's CEO in the
    text."""
    year = 2022
    board = [("Karin Lindqvist Berg", "LEDE", None), ("Mikko Tuominen", "MEDL", None),
             ("Anna-Maja Sjöholm", "MEDL", None), ("Håvard Stensrud", "MEDL", None)]
    inc = en_income("Income statement", year,
                    [("Sales revenue", "2", [184_322, 161_905]), ("Other operating revenue", "", [2_114, 1_870])],
                    [("Cost of goods sold", "", [121_560, 104_875]), ("Payroll expenses", "3", [38_940, 35_210]),
                     ("Depreciation", "4", [2_870, 2_655]), ("Other operating expenses", "", [19_755, 17_960])],
                    [("Interest income from group companies", "", [615, 240]), ("Interest expenses", "", [-1_390, -1_105])],
                    labels={"op": "Operating profit", "result": "Net profit for the year"},
                    label_header="Amounts in NOK thousand", note_col="Note", unit=1000, negative="paren")
    bal = en_balance("Balance sheet at 31 December", year,
                     [("Machinery and equipment", "4", [9_840, 10_215])],
                     [("Inventories", "", [31_260, 27_430]), ("Trade receivables", "", [28_915, 25_140]),
                      ("Cash and bank deposits", "", "plug")],
                     [("Share capital", "", [5_000, 5_000]), ("Other equity", "", [24_688, 18_272])],
                     [("Loan from parent company", "6", [20_000, 22_000])],
                     [("Trade payables", "", [17_430, 15_985]), ("Tax payable", "", [1_960, 1_520]),
                      ("Other short-term liabilities", "", [9_312, 7_806])],
                     label_header="Amounts in NOK thousand", note_col="Note", unit=1000, negative="paren")
    items = [
        ("p", "Nordvik Teknikk Norge AS", {"size": 22}),
        ("p", f"Annual Report {year}", {"size": 16}),
        ("p", "Org. no. 912 345 678 · Ryenstubben 8, 0679 {g:Oslo}"),
        ("break",),
        ("h", 1, "Board of Directors' report"),
        ("h", 2, "The company and its activities"),
        ("p", "Nordvik Teknikk Norge AS sells and services industrial pumps and valves in {g:Norway}. The "
              "company is a wholly owned subsidiary of Nordvik Teknik AB, {g:Gothenburg}, {g:Sweden}, and is "
              "part of the Nordvik Group. Its head office is in {g:Oslo}, with branches in {g:Stavanger} and "
              "{g:Trondheim}."),
        ("h", 2, "Development and results"),
        ("p", f"Revenue grew by {{p:13,8 %|Revenue grew by}} to NOK 186.4 million. Operating profit was NOK 2.3 "
              "million. The Board is satisfied with the development. Group CEO Fredrik Almgren visited all "
              "branches in the autumn."),
        ("h", 2, "Financial risk"),
        ("p", "The company is exposed to currency risk on purchases in SEK and EUR. Liquidity is secured "
              "through the group's cash pool."),
        ("h", 2, "Working environment, equality and the external environment"),
        ("p", "The company had 52 employees at year end. Sick leave was {p:4,6 %|sick leave}. Women made up "
              "{p:23 %|Women made up} of the employees and two of the four board members. The "
              "company does not pollute the external environment beyond what is normal for the industry."),
        ("h", 2, "Going concern"),
        ("p", "The accounts are prepared on the going concern assumption. The Board proposes that the profit "
              "for the year is transferred to other equity."),
        ("p", "The Managing Director is Håkon Rud."),
        ("p", "The Board of Directors of Nordvik Teknikk Norge AS", {"italic": True}),
        ("sign", f"{{g:Oslo}}, 22 March {year + 1}",
         [("Karin Lindqvist Berg", "Chair"), ("Mikko Tuominen", ""), ("Anna-Maja Sjöholm", ""),
          ("Håvard Stensrud", ""), ("Håkon Rud", "Managing Director")], {"cols": 3}),
        ("break",),
        ("stmt", inc, {"title": "Income statement"}),
        ("stmt", bal, {"title": "Balance sheet at 31 December"}),
        ("h", 2, "Note 3 Payroll expenses and remuneration"),
        ("p", "No board fees are paid to board members employed in the Nordvik Group. Håvard Stensrud received "
              "a fee of NOK 80 000. Auditor: Revisjon Øst AS, partner Camilla Vold."),
        ("esign", "Signatures", "This document has been signed electronically by the following parties:",
         [["Lindqvist Berg, Karin", "Chair of the Board", f"2023-03-22 14:02"],
          ["Tuominen, Mikko", "Board member", "2023-03-22 15:40"],
          ["Sjöholm, Anna-Maja", "Board member", "2023-03-23 08:11"],
          ["Stensrud, Håvard", "Board member", "2023-03-23 09:27"],
          ["Rud, Håkon", "Managing Director", "2023-03-23 10:05"]]),
    ]
    return {"name": "nordvik-norge-2022", "year": year, "title": f"Annual Report {year}",
            "organization": {"name": "Nordvik Teknikk Norge AS"},
            "ceo": "Håkon Rud", "board": board,
            "not_board": ["Fredrik Almgren", "Camilla Vold"],
            "items": items, "renditions": ["pdf", "docx"],
            "notes": "foreign group's subsidiary; board only on the e-signature page (surname first)"}
REPORTS = [havbruk_vest_2019, arktisk_klynge_2021, nordvik_norge_2022]
