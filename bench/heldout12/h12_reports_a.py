"""Reports of the twelfth held-out set, part A: an English-language annual report of a Norwegian
foundation (with its Norwegian summary page printed on its own), a kommunalt foretak whose board
the kommunestyre appoints (party in parentheses, personal deputies), and a nynorsk idrettslag
whose undergroups each have a leader and a committee beside the hovudstyret.

All names, places' uses, figures and sentences are invented."""
from __future__ import annotations

from heldout_finance import Col, Line, Statement, balance, income

EN_LABELS = {
    "inc": "Operating income", "sum_inc": "Total operating income", "cost": "Operating expenses",
    "sum_cost": "Total operating expenses", "op": "Operating profit", "fin": "Financial items",
    "net_fin": "Net financial items", "result": "Profit for the year",
    "assets": "Assets", "fixed": "Fixed assets", "sum_fixed": "Total fixed assets",
    "current": "Current assets", "sum_current": "Total current assets", "sum_assets": "Total assets",
    "eq_debt": "Equity and liabilities", "equity": "Equity", "sum_equity": "Total equity",
    "debt": "Liabilities", "long": "Long-term liabilities", "short": "Current liabilities",
    "sum_debt": "Total liabilities", "sum_eq_debt": "Total equity and liabilities",
}

HAVBREKK_BOARD = [("Ingrid Solvang Aune", "LEDE", None), ("Tormod Hjelmeland", "NEST", None),
                  ("Priya Raghunathan Lie", "MEDL", None), ("Einar Vassbotn", "MEDL", None),
                  ("Signe Moe Tvedt", "MEDL", True), ("Kjetil Ramberg", "VARA", None)]
HAVBREKK_ORG = {"name": "Havbrekk Coastal Laboratory Foundation", "founded_year": 1998,
                "address": "Kaigata 41", "website": "www.havbrekk-lab.no"}


def havbrekk_statements():
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = income("nb", 2, [("Research grants", "2", [38412, 35170]), ("Contract research", "2", [21088, 19934]),
                           ("Other operating income", "", [2615, 1987])],
                 [("Payroll expenses", "3", [37904, 34770]), ("Depreciation", "5", [3316, 3102]),
                  ("Other operating expenses", "4", [17840, 16225])],
                 [("Financial income", "", [1265, 418]), ("Financial expenses", "", [-384, -412])],
                 labels=EN_LABELS)
    bal = balance("nb", 2, [("Buildings and land", "5", [41230, 42980]), ("Research vessel and equipment", "5", [9310, 10204])],
                  [("Receivables", "6", [7688, 6410]), ("Bank deposits", "7", "plug")],
                  [("Foundation capital", "", [5000, 5000]), ("Other equity", "", [37560, 33624])],
                  [("Mortgage loan", "8", [18500, 20100])],
                  [("Trade creditors", "", [3917, 3402]), ("Public duties payable", "", [2860, 2713]),
                   ("Other current liabilities", "", [9722, 8335])], labels=EN_LABELS)
    st_inc = Statement("Income statement", cols, inc, unit=1000, note_col="Note", label_header="NOK thousand")
    st_bal = Statement("Balance sheet at 31 December", cols, bal, unit=1000, note_col="Note",
                       label_header="NOK thousand")
    return st_inc, st_bal


def havbrekk_2023():
    st_inc, st_bal = havbrekk_statements()
    return {
        "name": "havbrekk-coastal-lab-2023", "year": 2023, "lang": "en", "html_lang": "en",
        "title": "Havbrekk Coastal Laboratory Foundation – Annual Report 2023",
        "organization": HAVBREKK_ORG, "ceo": "Håvard Nesse Brekke", "board": HAVBREKK_BOARD,
        "renditions": ["chrome"], "accent": "0E4D64",
        "not_board": ["Gunvor Eikrem", "Lars Petter Tjøstheim"],
        "items": [
            ("h", 1, "Annual Report 2023"),
            ("p", "Havbrekk Coastal Laboratory Foundation · Kaigata 41, 4400 {g:Flekkefjord} · www.havbrekk-lab.no"),
            ("h", 2, "Report of the Board of Directors"),
            ("bh", "Nature of the business"),
            ("p", "Havbrekk Coastal Laboratory Foundation (Stiftelsen Havbrekk kystlaboratorium) was established in 1998 "
                  "and carries out applied research on coastal ecosystems, kelp forests and small-scale aquaculture "
                  "along the coast of {g:Agder}. The laboratory is located in {g:Flekkefjord}, and a field station "
                  "on {g:Hidra} is used from April to October."),
            ("p", "The foundation has no owners. Its purpose, as laid down in the articles of association, is to "
                  "promote knowledge of the coastal zone and to make results available to the fishing industry, "
                  "municipalities and the public."),
            ("bh", "Activities in 2023"),
            ("p", "The year was marked by the completion of the four-year kelp restoration programme funded by the "
                  "Research Council of {g:Norway|Norway}. Contract research grew for the third year in a row, and "
                  "{p:34 per cent|contract research} of operating income now comes from commissioned work. "
                  "The laboratory published 14 peer-reviewed articles and hosted 9 master students."),
            ("p", "A new seawater intake was commissioned in September. The investment was financed from the "
                  "foundation's own funds and will reduce energy use at the wet laboratory."),
            ("bh", "Working environment and equal opportunities"),
            ("p", "The foundation had 41 employees at the end of the year, corresponding to 37.5 full-time "
                  "equivalents. Sickness absence was {p:3.8 %|sickness absence}, compared with {p?:4.4 %} the year "
                  "before. No work-related injuries were reported. Women make up {p:54 %|women} of the staff "
                  "and two of the four board members elected by the board of representatives are women."),
            ("bh", "External environment"),
            ("p", "The foundation's activities cause limited pollution of the external environment. Chemical "
                  "waste from the laboratories is delivered to an approved reception facility."),
            ("bh", "Going concern and allocation of the result"),
            ("p", "The accounts have been prepared on the assumption that the foundation is a going concern. "
                  "The profit for the year of NOK 3 936 thousand is transferred to other equity. The Board "
                  "is not aware of events after the balance sheet date that would affect the accounts."),
            ("h", 2, "Governance"),
            ("p", "The Board of Directors is appointed by the board of representatives for two years at a time. "
                  "One member and one deputy are elected by and among the employees. The Board held seven "
                  "meetings in 2023 and dealt with 52 matters."),
            ("table", [["Name", "Position", "Elected"],
                       ["Ingrid Solvang Aune", "Chair", "2022"],
                       ["Tormod Hjelmeland", "Deputy Chair", "2021"],
                       ["Priya Raghunathan Lie", "Board member", "2023"],
                       ["Einar Vassbotn", "Board member", "2022"],
                       ["Signe Moe Tvedt", "Board member, employee representative", "2023"],
                       ["Kjetil Ramberg", "Deputy member", "2023"]], {"gold_rows": False}),
            ("p", "Gunvor Eikrem chairs the board of representatives. Lars Petter Tjøstheim left the Board in "
                  "June 2023 after six years as a board member; the Board thanks him for his contribution."),
            ("p", "The CEO, Håvard Nesse Brekke, has led the laboratory since 2019. The foundation has taken out "
                  "directors' liability insurance for the Board and the CEO."),
            ("pagebreak",),
            ("stmt", st_inc, {"title": "Income statement"}),
            ("stmt", st_bal, {"title": "Balance sheet at 31 December"}),
            ("p", "{g:Flekkefjord}, 14 March 2024", {"small": True}),
            ("sign", "The Board of Directors of Havbrekk Coastal Laboratory Foundation",
             [("Ingrid Solvang Aune", "Chair"), ("Tormod Hjelmeland", "Deputy Chair"),
              ("Priya Raghunathan Lie", "Board member"), ("Einar Vassbotn", "Board member"),
              ("Signe Moe Tvedt", "Employee representative"), ("Håvard Nesse Brekke", "CEO")]),
        ],
        "board_optional": ["Håvard Nesse Brekke"],
        "notes": "English-language report of a Norwegian foundation printed by Chromium: Chair / Deputy Chair / "
                 "Board member / employee representative, NOK thousand, Income statement and balance sheet.",
    }


def havbrekk_2023_summary():
    """The same report's Norwegian summary page, printed on its own from the web site."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    st_inc, st_bal = havbrekk_statements()
    value = {line.label: line.values for line in st_inc.lines + st_bal.lines}
    lines = [Line(no, value[en], key=True) for no, en in (
        ("Sum driftsinntekter", "Total operating income"), ("Driftsresultat", "Operating profit"),
        ("Årsresultat", "Profit for the year"), ("Sum eiendeler", "Total assets"))]
    key = Statement("Nøkkeltall", cols, lines, unit=1000, label_header="Beløp i NOK 1000")
    return {
        "name": "havbrekk-coastal-lab-2023-sammendrag", "year": 2023,
        "title": "Sammendrag på norsk – Havbrekk Coastal Laboratory Foundation 2023",
        "organization": {"name": "Havbrekk Coastal Laboratory Foundation", "founded_year": 1998},
        "ceo": "Håvard Nesse Brekke", "board": HAVBREKK_BOARD, "renditions": ["web"], "accent": "0E4D64",
        "site": {"name": "Havbrekk kystlaboratorium", "menu": ["Forskning", "Prosjekter", "Om oss", "Årsrapporter"],
                 "crumb": "Forside › Om oss › Årsrapporter › 2023", "meta": "Publisert 2. april 2024",
                 "footer": ["Havbrekk Coastal Laboratory Foundation – org.nr. 979 311 482"]},
        "items": [
            ("h", 1, "Sammendrag på norsk"),
            ("p", "Årsrapporten for 2023 er skrevet på engelsk. Denne siden gir et kort sammendrag av "
                  "styrets årsberetning og regnskapet for stiftelsen, som ble opprettet i 1998 og holder til "
                  "i {g:Flekkefjord}."),
            ("p", "Stiftelsen hadde driftsinntekter på 62,1 millioner kroner i 2023 og et årsresultat på "
                  "3,9 millioner kroner. Oppdragsforskning utgjorde {p:34 prosent|oppdragsforskning} av inntektene. "
                  "Sykefraværet var {p:3,8 prosent|sykefraværet}."),
            ("keytable", key, [], {"title": "Nøkkeltall"}),
            ("bh", "Styret i 2023"),
            ("twolist", [("Styreleder", "Ingrid Solvang Aune"), ("Nestleder", "Tormod Hjelmeland"),
                         ("Styremedlem", "Priya Raghunathan Lie"), ("Styremedlem", "Einar Vassbotn"),
                         ("Ansattes representant", "Signe Moe Tvedt"), ("Varamedlem", "Kjetil Ramberg")]),
            ("p", "Daglig leder er Håvard Nesse Brekke. Hele årsrapporten (engelsk) kan lastes ned som PDF."),
        ],
        "board_optional": ["Håvard Nesse Brekke"],
        "notes": "The Norwegian summary page of the English report, printed by Chromium from the web site with "
                 "the browser's header and footer lines; key figures as a small summary table in NOK 1000.",
    }


def sigdal_eiendom_2024():
    """A kommunalt foretak: the kommunestyre appoints the board, party after each politician's name,
    each with a personal deputy; budget columns beside the accounts."""
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, "budget"), Col("Regnskap 2023", 2023)]
    labels = {"inc": "Driftsinntekter", "cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter",
              "op": "Brutto driftsresultat", "fin": "Finansinntekter og finansutgifter",
              "net_fin": "Netto finansutgifter", "result": "Netto driftsresultat"}
    inc = income("nb", 3, [("Husleieinntekter", "", [28614, 28900, 27402]),
                           ("Refusjoner og andre salgsinntekter", "", [3127, 2800, 2954]),
                           ("Overføringer fra kommunen", "", [6400, 6400, 6100])],
                 [("Lønnsutgifter inkl. sosiale utgifter", "", [11236, 11500, 10874]),
                  ("Kjøp av varer og tjenester", "", [16915, 16200, 15733]),
                  ("Avskrivninger", "", [5182, 5200, 4968])],
                 [("Renteinntekter", "", [412, 300, 287]), ("Renteutgifter og avdrag", "", [-4106, -4300, -3820])],
                 labels=labels)
    bal = balance("nb", 2, [("Bygninger og anlegg", "", [148320, 151870]), ("Maskiner og transportmidler", "", [2440, 2916])],
                  [("Kortsiktige fordringer", "", [4288, 3907]), ("Bankinnskudd", "", "plug")],
                  [("Disposisjonsfond", "", [3214, 2860]), ("Kapitalkonto", "", [39950, 41362])],
                  [("Lån fra Sigdal kommune", "", [108400, 112600])],
                  [("Leverandørgjeld", "", [3830, 3512]), ("Annen kortsiktig gjeld", "", [5171, 4604])])
    st_inc = Statement("Driftsregnskap", cols, inc, unit=1000, label_header="Tall i 1000 kr")
    bal_cols = [Col("31.12.2024", 2024), Col("31.12.2023", 2023)]
    st_bal = Statement("Balanse", bal_cols, bal, unit=1000, label_header="Tall i 1000 kr")
    return {
        "name": "sigdal-eiendom-kf-2024", "year": 2024, "title": "Sigdal Eiendom KF – Årsberetning 2024",
        "organization": {"name": "Sigdal Eiendom KF", "founded_year": 2009, "address": "Prestfossvegen 18",
                         "owners": [{"name": "Sigdal kommune", "share_percent": 100}]},
        "ceo": "Randi Hovde Kolsrud",
        "board": [("Trond Engebretsen Haug", "LEDE", False), ("Liv Astrid Moen", "NEST", False),
                  ("Gunnar Ødegård", "MEDL", False), ("Hanne Tveiten", "MEDL", False),
                  ("Stian Moberg", "MEDL", True),
                  ("Kari Brenden", "VARA", None), ("Ola Kristoffer Sand", "VARA", None),
                  ("Marit Skjellerud", "VARA", None), ("Bjørn Arild Lie", "VARA", None),
                  ("Elin Bakkerud", "VARA", None)],
        "not_board": ["Halvard Bøhn", "Tove Mellingen"],
        "renditions": ["docx", "pdf"], "header": "Sigdal Eiendom KF", "footer": "Årsberetning 2024 – side {PAGE}",
        "items": [
            ("h", 1, "Årsberetning 2024"),
            ("p", "Sigdal Eiendom KF · Prestfossvegen 18, 3350 {g:Prestfoss} · org.nr. 993 514 207"),
            ("h", 2, "1. Om foretaket"),
            ("p", "Sigdal Eiendom KF er et kommunalt foretak etter kommuneloven kapittel 9 og er eid "
                  "{p:100 %|eid} av Sigdal kommune. Foretaket ble opprettet av kommunestyret i 2009 og forvalter, "
                  "drifter og vedlikeholder kommunens formålsbygg og utleieboliger i {g:Sigdal}. Ved utgangen "
                  "av året hadde foretaket ansvar for om lag 61 000 kvadratmeter bygningsmasse, "
                  "hvorav 142 utleieboliger i {g:Prestfoss}, {g:Eggedal} og {g:Nedre Sigdal}."),
            ("p", "Foretaket ledes av et styre og en daglig leder. Styret er direkte underordnet kommunestyret, "
                  "og daglig leder rapporterer til styret."),
            ("h", 2, "2. Styret"),
            ("p", "Kommunestyret valgte i møte 24. oktober 2023 (sak 71/23) følgende styre for perioden 2023–2027. "
                  "De politisk valgte medlemmene har personlige varamedlemmer. De ansatte velger ett medlem "
                  "med personlig varamedlem."),
            ("table", [["Verv", "Medlem", "Personlig varamedlem"],
                       ["Styreleder", "Trond Engebretsen Haug (Sp)", "Kari Brenden (Sp)"],
                       ["Nestleder", "Liv Astrid Moen (Ap)", "Ola Kristoffer Sand (Ap)"],
                       ["Styremedlem", "Gunnar Ødegård (H)", "Marit Skjellerud (H)"],
                       ["Styremedlem", "Hanne Tveiten (KrF)", "Bjørn Arild Lie (FrP)"],
                       ["Ansattes representant", "Stian Moberg", "Elin Bakkerud"]], {"gold_rows": False}),
            ("p", "Styret har hatt 8 møter og behandlet 47 saker i 2024. Ordfører Halvard Bøhn (Sp) og "
                  "kommunedirektør Tove Mellingen har møte- og talerett i styret, men er ikke medlemmer."),
            ("h", 2, "3. Daglig leder og ansatte"),
            ("p", "Daglig leder er Randi Hovde Kolsrud. Foretaket hadde 19 ansatte fordelt på 17,6 årsverk. "
                  "Sykefraværet var {p:6,2 %|sykefraværet} mot {p?:7,9 %} i 2023. Det er ikke registrert "
                  "alvorlige personskader i løpet av året."),
            ("h", 2, "4. Drift og økonomi"),
            ("p", "Foretaket fikk et netto driftsresultat som viser et mindreforbruk i forhold til budsjett. "
                  "Husleieinntektene økte med {p:4,4 %|husleieinntektene} som følge av vedtatt "
                  "husleieregulering. Energikostnadene ble lavere enn budsjettert."),
            ("p", "Rehabiliteringen av {g:Eggedal} skole ble ferdigstilt i august innenfor vedtatt ramme."),
            ("stmt", st_inc, {"title": "Driftsregnskap 2024"}),
            ("stmt", st_bal, {"title": "Balanse per 31.12.2024"}),
            ("h", 2, "5. Likestilling og miljø"),
            ("p", "Av foretakets ansatte er {p:37 %|kvinner} kvinner. Styret består av tre menn og to kvinner. "
                  "Foretaket forurenser ikke det ytre miljø utover det som er vanlig for bygningsdrift."),
            ("sign", "{g:Prestfoss}, 12. februar 2025",
             [("Trond Engebretsen Haug", "styreleder"), ("Liv Astrid Moen", "nestleder"),
              ("Gunnar Ødegård", "styremedlem"), ("Hanne Tveiten", "styremedlem"),
              ("Stian Moberg", "styremedlem"), ("Randi Hovde Kolsrud", "daglig leder")]),
        ],
        "board_optional": ["Randi Hovde Kolsrud"],
        "not_places": ["Sigdal kommune", "Sigdal Eiendom"],
        "notes": "Kommunalt foretak (KF): the kommunestyre appoints the board; party in parentheses after each "
                 "politician's name; personal deputies in a third column; ordfører and kommunedirektør attend "
                 "without being members; budget column beside the accounts.",
    }


def lundebrekka_il_2022():
    """A nynorsk idrettslag: the hovudstyret is the board; the fotball, ski and turn groups each
    report with their own leader and committee."""
    cols = [Col("2022", 2022), Col("2021", 2021)]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
              "op": "Driftsresultat", "fin": None, "net_fin": "Netto finanspostar", "result": "Årsresultat"}
    inc = income("nn", 2, [("Medlemskontingent", "", [84350, 79900]), ("Treningsavgift", "", [212600, 198450]),
                           ("Offentlege tilskot", "", [148720, 131080]), ("Sponsorinntekter", "", [96000, 88000]),
                           ("Dugnad og arrangement", "", [117485, 64210])],
                 [("Leige av hall og bane", "", [164300, 158700]), ("Utstyr og draktar", "", [88415, 97320]),
                  ("Trenarhonorar og kurs", "", [121900, 109650]), ("Reise og påmeldingar", "", [132610, 83470]),
                  ("Andre kostnader", "", [61207, 57390])],
                 [("Renteinntekter", "", [3412, 1106])], labels=labels)
    bal = balance("nn", 2, [], [("Kundefordringar", "", [18400, 9750]), ("Bankinnskot", "", "plug")],
                  [("Eigenkapital 1.1.", "", [262804 + inc[-1].values[1], 262804]), ("Årsresultat", "", inc[-1].values)],
                  [], [("Skuldige kostnader", "", [22180, 17460])], sum_debt=False)
    st_inc = Statement("Resultatrekneskap", cols, inc, label_header="")
    st_bal = Statement("Balanse per 31.12.", cols, bal, label_header="")
    groups = {
        "Fotballgruppa": ("Kjartan Hauge", ["Live Grov", "Petter Moldestad", "Ane Fosshaug"]),
        "Skigruppa": ("Marit Gjerde", ["Svein Ivar Rebni", "Hilde Tørvi"]),
        "Turngruppa": ("Oda Joranger", ["Frida Lunde Bolstad", "Gaute Nygard"]),
    }
    group_people = [n for leader, rest in groups.values() for n in [leader] + rest]
    return {
        "name": "lundebrekka-il-2022", "year": 2022, "title": "Lundebrekka idrettslag – Årsmelding 2022",
        "organization": {"name": "Lundebrekka idrettslag", "founded_year": 1946, "email": "post@lundebrekka-il.no"},
        "ceo": None,
        "board": [("Ragnhild Øvrebø", "LEDE", None), ("Torbjørn Nes", "NEST", None),
                  ("Sigrid Helle Bøyum", "MEDL", None), ("Arne Kvamme", "MEDL", None),
                  ("Eirik Walaker", "MEDL", None), ("Janne Sølvberg", "VARA", None)],
        "not_board": group_people + ["Olav Bergum", "Brit Sande"],
        "renditions": ["docx", "scan"], "font": "Liberation Serif", "body_pt": 11,
        "items": [
            ("h", 1, "Årsmelding 2022"),
            ("p", "Lundebrekka idrettslag, stifta 1946 · post@lundebrekka-il.no", {"italic": True}),
            ("h", 2, "Hovudstyret"),
            ("p", "Hovudstyret har i 2022 hatt denne samansetjinga:"),
            ("tablines", [["Leiar", "Ragnhild Øvrebø"], ["Nestleiar", "Torbjørn Nes"],
                          ["Kasserar", "Sigrid Helle Bøyum"], ["Skrivar", "Arne Kvamme"],
                          ["Styremedlem", "Eirik Walaker"], ["Varamedlem", "Janne Sølvberg"]], {"stops": (4.5,)}),
            ("p", "Leiarane i gruppene har møtt i hovudstyret når saker som gjeld gruppa deira har vore "
                  "oppe, men har ikkje røysterett. Hovudstyret har hatt 9 møte og handsama 58 saker."),
            ("p", "Laget hadde 412 medlemer ved utgangen av året, ein auke på {p:9 %|medlemer} frå året før. "
                  "Av medlemene er {p:68 %|under 19 år} under 19 år."),
            ("p", "Den største saka for hovudstyret har vore planane for kunstgrasbana ved {g:Gaupne} skule, "
                  "der laget har søkt om spelemidlar saman med {g:Luster} kommune."),
            ("h", 2, "Fotballgruppa"),
            ("p", "Leiar: Kjartan Hauge. Styre: Live Grov, Petter Moldestad og Ane Fosshaug."),
            ("p", "Gruppa har hatt 11 lag i seriespel, frå 6 år til seniorlag. Seniorlaget enda på tredje plass i "
                  "5. divisjon. Sommarens fotballskule samla 64 born."),
            ("h", 2, "Skigruppa"),
            ("p", "Leiar: Marit Gjerde. Skinemnd: Svein Ivar Rebni og Hilde Tørvi."),
            ("p", "Lysløypa i {g:Hafslo} vart opna att etter utbetring i januar. Gruppa arrangerte klubbrenn kvar "
                  "tysdag og skarrenn i mars med 140 deltakarar."),
            ("h", 2, "Turngruppa"),
            ("p", "Leiar: Oda Joranger. I tillegg har Frida Lunde Bolstad og Gaute Nygard sete i turnnemnda."),
            ("p", "Turngruppa har hatt 96 aktive born fordelt på fem parti. Gruppa mangla trenarar i vårhalvåret, "
                  "men fekk to nye trenarar på kurs i haust."),
            ("h", 2, "Rekneskap"),
            ("stmt", st_inc, {"title": "Resultatrekneskap 2022"}),
            ("stmt", st_bal, {"title": "Balanse per 31.12.2022"}),
            ("p", "Rekneskapen er revidert av Olav Bergum og Brit Sande, som er valde av årsmøtet."),
            ("sign", "{g:Gaupne}, 9. februar 2023",
             [("Ragnhild Øvrebø", "leiar"), ("Torbjørn Nes", "nestleiar"), ("Sigrid Helle Bøyum", "kasserar"),
              ("Arne Kvamme", "skrivar"), ("Eirik Walaker", "styremedlem")]),
        ],
        "notes": "Nynorsk idrettslag with undergroups: fotball, ski and turn groups each with a leader and a "
                 "committee; only the hovudstyret is the board. Board as tab-stop lines; a scan.",
    }


REPORTS = [havbrekk_2023, havbrekk_2023_summary, sigdal_eiendom_2024, lundebrekka_il_2022]
