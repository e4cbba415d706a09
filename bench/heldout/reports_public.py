"""Held-out reports of public and non-profit bodies: IKS, KF, a foundation (2006-2023).

Organisations, people and figures are invented; any likeness is accidental.
"""
from __future__ import annotations

from heldout_finance import BUDGET, OTHER, Col, Line, Statement, balance, income
from heldout_people import M


def vefsnfjord_2006() -> dict:
    """IKS in Nordland 2006: representantskap of mayors (leder/nestleder) before the board, the
    board in a prose sentence with plural roles, owners in a table, budget beside actuals."""
    board = [M("Bjørnar Strømhaug", "LEDE"), M("Eva Brattli", "NEST"), M("Harald Kvitvær", "MEDL"),
             M("Wenche Solum", "MEDL"), M("Rolf Arne Mikkelsen", "MEDL", emp=True),
             M("Ingrid Hatle", "VARA"), M("Steinar Fossmo", "VARA")]
    cols = [Col("Regnskap 2006", 2006), Col("Budsjett 2006", 2006, BUDGET), Col("Regnskap 2005", 2005)]
    result = Statement(
        "Driftsregnskap", cols, income("nb", 3,
            inc=[("Gebyrinntekter", "", [38402, 37900, 36215]),
                 ("Salg av gjenvinningsmaterialer", "", [2118, 1800, 1946]),
                 ("Andre driftsinntekter", "", [614, 500, 702])],
            cost=[("Lønn og sosiale kostnader", "", [11840, 12100, 11220]),
                  ("Transport og behandling", "", [21605, 21300, 20640]),
                  ("Avskrivninger", "", [3912, 3900, 3780]), ("Andre driftskostnader", "", [2842, 2600, 2715])],
            fin=[("Renteinntekter", "", [186, 150, 142]), ("Rentekostnader", "", [-1204, -1250, -1166])]),
        unit=1000, label_header="NOK 1000", render="ruled")
    bal = Statement(
        "Balanse", [Col("31.12.2006", 2006), Col("31.12.2005", 2005)], balance("nb", 2,
            fixed=[("Anlegg og bygninger", "", [24610, 25880]), ("Maskiner og kjøretøy", "", [6402, 6950])],
            current=[("Kundefordringer", "", [4210, 3988]), ("Bankinnskudd", "", "plug")],
            equity=[("Innskutt egenkapital", "", [4000, 4000]), ("Annen egenkapital", "", [2318, 2401])],
            long=[("Lån i Kommunalbanken", "", [24300, 25900]), ("Pensjonsforpliktelser", "", [3104, 2880])],
            short=[("Leverandørgjeld", "", [3306, 3102]), ("Annen kortsiktig gjeld", "", [2118, 2244])]),
        unit=1000, label_header="NOK 1000", render="ruled")
    items = [
        ("h", 1, "Årsmelding 2006"),
        ("h", 2, "Om selskapet"),
        ("p", "Vefsnfjord Miljø IKS er et interkommunalt selskap med ansvar for innsamling og behandling av "
              "husholdningsavfall i {g:Vefsn}, {g:Grane}, {g:Hattfjelldal} og {g:Leirfjord}. Selskapet ble "
              "stiftet i 1993 og har hovedkontor og mottaksanlegg i {g:Mosjøen}."),
        ("h", 3, "Eierforhold"),
        ("p", "Eierkommunenes andeler i selskapet:"),
        ("table", [["Eierkommune", "Eierandel"],
                   ["{g:Vefsn kommune|Vefsn}", "{p:55 %}"], ["{g:Grane kommune|Grane}", "{p:15 %}"],
                   ["{g:Hattfjelldal kommune|Hattfjelldal}", "{p:12 %}"], ["{g:Leirfjord kommune|Leirfjord}", "{p:18 %}"],
                   ["Sum", "{p?:100 %}"]], {"widths": [6, 3], "size": 9}),
        ("h", 2, "Organisasjon og ledelse"),
        ("bh", "Representantskapet", {"size": 10.5}),
        ("p", "Representantskapet er selskapets øverste organ og består av ordførerne i eierkommunene. Leder i "
              "2006 var ordfører Kjell Inge Rosvold ({g:Vefsn}), med Aslaug Fjellheim ({g:Grane}) som nestleder."),
        ("bh", "Styret", {"size": 10.5}),
        ("p", "Styret har i 2006 bestått av styreleder Bjørnar Strømhaug, nestleder Eva Brattli og "
              "styremedlemmene Harald Kvitvær og Wenche Solum. Ansattes representant har vært Rolf Arne "
              "Mikkelsen. Varamedlemmer har vært Ingrid Hatle og Steinar Fossmo. Det er holdt ni styremøter."),
        ("p", "Daglig leder er Ann-Kristin Skogmo."),
        ("h", 2, "Drift i 2006"),
        ("p", "Selskapet samlet inn 9 840 tonn husholdningsavfall, en økning på {p:3,2 %|økning} fra året før. "
              "Sorteringsgraden økte til {p:41,3 %|Sorteringsgraden}, mot {p:38,7 %|mot} i 2005."),
        ("p", "Restavfallet ble i hovedsak levert til forbrenning i {g:Sverige}, mens papp og papir gikk til "
              "gjenvinning i {g:Mo i Rana}. Selskapet deltok i et felles prosjekt om matavfall med de andre "
              "avfallsselskapene på {g:Helgeland}."),
        ("h", 2, "Arbeidsmiljø og personale"),
        ("p", "Selskapet hadde 23 ansatte fordelt på 21,5 årsverk. Sykefraværet var {p:6,2 prosent|Sykefraværet}. "
              "Det ble registrert to skader med fravær. Av de ansatte er fire kvinner; styret har to kvinner "
              "blant fem medlemmer."),
        ("h", 2, "Økonomi"),
        ("p", "Driftsregnskapet viser et underskudd på 83 000 kroner, mot et budsjettert underskudd på 800 000 "
              "kroner. Avviket skyldes høyere gebyrinntekter og bedre priser for gjenvinningsmaterialer."),
        ("break",),
        ("h", 2, "Driftsregnskap og balanse"),
        ("stmt", result),
        ("stmt", bal),
        ("sign", "{g:Mosjøen}, 22. februar 2007", [
            ("Bjørnar Strømhaug", "Styreleder"), ("Eva Brattli", "Nestleder"), ("Harald Kvitvær", "Styremedlem"),
            ("Wenche Solum", "Styremedlem"), ("Rolf Arne Mikkelsen", "Ansattes representant"),
            ("Ann-Kristin Skogmo", "Daglig leder")], {"cols": 2, "title_above": True}),
    ]
    return {
        "name": "vefsnfjord-2006", "lang": "nb", "year": 2006, "title": "Vefsnfjord Miljø IKS årsmelding 2006",
        "header": "Vefsnfjord Miljø IKS", "footer": "Årsmelding 2006 · {PAGE}", "footer_align": "right",
        "organization": {"name": "Vefsnfjord Miljø IKS", "founded_year": 1993,
                         "owners": [{"name": "Vefsn kommune", "share_percent": 55},
                                    {"name": "Grane kommune", "share_percent": 15},
                                    {"name": "Hattfjelldal kommune", "share_percent": 12},
                                    {"name": "Leirfjord kommune", "share_percent": 18}]},
        "ceo": "Ann-Kristin Skogmo", "board": board, "emp_known": True, "board_optional": ["Ann-Kristin Skogmo"],
        "items": items, "renditions": ["docx", "pdf"], "not_places": ["Vefsnfjord"],
        "notes": "Invented 2006 annual report (bokmål) of an inter-municipal waste company in Nordland. Under "
                 "'Organisasjon og ledelse' the representantskap (mayors, with 'Leder' and 'nestleder' and "
                 "their municipalities in parentheses) comes before the board: not board. Board in prose: "
                 "'styreleder X, nestleder Y og styremedlemmene A og B' (the plural distributes), 'Ansattes "
                 "representant har vært ...', 'Varamedlemmer har vært ...'. Signatures in two columns with the "
                 "title above the name, daglig leder included (board_optional). Owners in a ruled table with "
                 "percentages (Sum 100 % optional). Driftsregnskap in 'NOK 1000' (top-left header cell) with "
                 "Regnskap 2006 | Budsjett 2006 | Regnskap 2005: budget figures are optional, actuals gold; "
                 "minus signs.",
    }


def hjorundfjord_2017() -> dict:
    """Nynorsk KF 2017: facts (address, phone, CEO) only in a floating text box, board in prose with
    plural 'styremedlemene' and a 'tilsetterepresentant', municipal columns with 'Avvik',
    'Alle tal i 1000 kr' as a caption below."""
    board = [M("Bjarte Hustadnes", "LEDE"), M("Oddny Ryste", "NEST"), M("Kjell Ove Dimmen", "MEDL"),
             M("Randi Bjørdal", "MEDL"), M("Terje Haugen", "MEDL", emp=True), M("Gro Standal", "VARA"),
             M("Arild Fure", "VARA")]
    cols = [Col("Rekneskap 2017", 2017), Col("Justert budsjett 2017", 2017, BUDGET), Col("Avvik", None, OTHER),
            Col("Rekneskap 2016", 2016)]
    result = Statement(
        "Driftsrekneskap", cols, income("nn", 4,
            inc=[("Husleigeinntekter", "", [9412, 9300, 112, 8960]),
                 ("Andre sals- og leigeinntekter", "", [540, 500, 40, 512]),
                 ("Overføringar frå kommunen", "", [1200, 1200, 0, 1200])],
            cost=[("Lønsutgifter", "", [3104, 3150, -46, 2988]),
                  ("Kjøp av varer og tenester", "", [3918, 3850, 68, 3702]),
                  ("Avskrivingar", "", [2210, 2200, 10, 2140])],
            fin=[("Renteinntekter", "", [44, 50, -6, 52]), ("Renteutgifter og avdrag", "", [-1552, -1600, 48, -1604])],
            labels={"cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter", "op": "Brutto driftsresultat",
                    "fin": "Eksterne finanstransaksjonar", "net_fin": "Resultat eksterne finanstransaksjonar",
                    "result": "Netto driftsresultat"}),
        unit=1000, render="ruled", below="Alle tal i 1000 kr")
    bal = Statement(
        "Balanse", [Col("31.12.2017", 2017), Col("31.12.2016", 2016)], balance("nn", 2,
            fixed=[("Bygningar og anlegg", "", [48210, 49860]), ("Inventar", "", [412, 505])],
            current=[("Kortsiktige fordringar", "", [1302, 1118]), ("Bankinnskot", "", "plug")],
            equity=[("Disposisjonsfond", "", [1840, 1428]), ("Kapitalkonto", "", [6922, 6860])],
            long=[("Lån", "", [40150, 41700])],
            short=[("Leverandørgjeld", "", [1204, 1088]), ("Anna kortsiktig gjeld", "", [1608, 1744])]),
        unit=1000, render="ruled", below="Alle tal i 1000 kr")
    items = [
        ("h", 1, "Årsmelding og rekneskap 2017"),
        ("sidebar", [("bh", "Fakta om føretaket"), ("p", "Organisasjonsnummer: 998 417 265"),
                     ("p", "Adresse: Vikegata 3, 6150 {g:Ørsta}"), ("p", "Telefon: 70 04 61 20"),
                     ("p", "E-post: post@hjnb.no"), ("p", "Heimeside: www.hjnb.no"),
                     ("p", "Dagleg leiar: Margunn Velle"), ("p", "Tilsette: 6 (5,4 årsverk)"),
                     ("p", "Eigar: {g:Ørsta kommune|Ørsta}")], {"width_pt": 160, "height_pt": 210}),
        ("h", 2, "Føremål og verksemd"),
        ("p", "Hjørundfjord Næringsbygg KF er eit kommunalt føretak eigd av {g:Ørsta kommune|Ørsta}. Føretaket vart "
              "oppretta i 2008 og skal eige, drifte og leige ut næringsbygg i kommunen, mellom anna næringsparken "
              "på {g?:Sæbø} og hamnebygget i {g:Ørsta} sentrum."),
        ("p", "Føretaket samarbeider med nabokommunen {g:Volda} om marknadsføring av ledige lokale og har "
              "leigetakarar frå heile {g:Møre og Romsdal}."),
        ("h", 2, "Styret"),
        ("p", "Kommunestyret i {g:Ørsta} valde i 2015 styret for perioden 2015–2019. Styret har vore samansett "
              "slik: leiar Bjarte Hustadnes, nestleiar Oddny Ryste, styremedlemene Kjell Ove Dimmen og Randi "
              "Bjørdal, og Terje Haugen som tilsetterepresentant. Varamedlemer er Gro Standal og Arild Fure."),
        ("p", "Styret har hatt åtte møte og handsama 41 saker. Dagleg leiar har vore sekretær for styret. "
              "Kontrollutvalet i kommunen, leia av Per Inge Aam, har fått tilsendt alle styreprotokollane."),
        ("h", 2, "Drift og utleige"),
        ("p", "Utleigegraden var {p:94 %|Utleigegraden} ved utgangen av året, mot {p:88 %|mot} i 2016. Det vart "
              "gjennomført vedlikehald for 1,2 millionar kroner, mest på hamnebygget."),
        ("h", 2, "Tilsette og arbeidsmiljø"),
        ("p", "Føretaket har seks tilsette. Sjukefråværet var {p:3,1 prosent|Sjukefråværet}. Føretaket arbeider "
              "for likestilling, og {p:50 %|kvinner} av dei tilsette er kvinner."),
        ("h", 2, "Økonomi"),
        ("p", "Driftsrekneskapen viser eit netto driftsresultat på 412 000 kroner, som er 162 000 kroner betre "
              "enn justert budsjett. Mindreforbruket er sett av til disposisjonsfond."),
        ("break",),
        ("bh", "Driftsrekneskap 2017", {"size": 12}),
        ("stmt", result),
        ("bh", "Balanse 31.12.2017", {"size": 12}),
        ("stmt", bal),
        ("sign", "{g:Ørsta}, 20. februar 2018", [
            ("Bjarte Hustadnes", "styreleiar"), ("Oddny Ryste", "nestleiar"), ("Kjell Ove Dimmen", "styremedlem"),
            ("Randi Bjørdal", "styremedlem"), ("Terje Haugen", "styremedlem"), ("Margunn Velle", "dagleg leiar")],
         {"cols": 3}),
    ]
    return {
        "name": "hjorundfjord-2017", "lang": "nn", "year": 2017, "title": "Hjørundfjord Næringsbygg KF 2017",
        "header": "Hjørundfjord Næringsbygg KF — Årsmelding 2017", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Hjørundfjord Næringsbygg KF", "founded_year": 2008, "address": "Vikegata 3",
                         "phone": "70 04 61 20", "email": "post@hjnb.no", "website": "www.hjnb.no"},
        "ceo": "Margunn Velle", "board": board, "emp_known": True, "board_optional": ["Margunn Velle"],
        "items": items, "renditions": ["docx", "pdf"], "not_places": ["Hjørundfjord"],
        "notes": "Invented 2017 annual report (nynorsk) of a municipal company (KF) in Ørsta, Møre og Romsdal. "
                 "A floating text box (VML) at the right margin holds the facts: org number, address, phone, "
                 "e-mail, web site and 'Dagleg leiar: Margunn Velle' (the CEO is named nowhere else except "
                 "the signature block). Board in prose: 'leiar A, nestleiar B, styremedlemene C og D, og E som "
                 "tilsetterepresentant. Varamedlemer er F og G.' The municipal kontrollutval's leader is not "
                 "board. Driftsrekneskap with municipal columns Rekneskap 2017 | Justert budsjett 2017 | Avvik | "
                 "Rekneskap 2016 and KF labels (Sum driftsutgifter, Brutto driftsresultat, Netto "
                 "driftsresultat); 'Alle tal i 1000 kr' as a caption under each table. Budget values optional; "
                 "Avvik values are wrong for any year. Sæbø (village) optional.",
    }


def vangsasen_2023() -> dict:
    """IKS in Innlandet 2023, only as PDF: 'Hovedtall (mill. kr)' before the full statement in NOK 1000,
    board as 'Name (role)' list in one paragraph, representantskap with leader and deputy."""
    board = [M("Knut Ivar Bekkelund", "LEDE"), M("Hanne Sofie Rud", "NEST"), M("Per Arne Tollefsrud", "MEDL"),
             M("Lise Fossum", "MEDL"), M("Morten Grønvold", "MEDL", emp=True), M("Camilla Aasheim", "VARA")]
    summary = Statement(
        "Hovedtall", [Col("2023", 2023), Col("2022", 2022)],
        [Line("Driftsinntekter", [212.4, 198.1]), Line("Driftsresultat", [14.8, 11.2]),
         Line("Årsresultat", [6.1, 4.9]), Line("Investeringer", [96.5, 88.0])],
        unit=1_000_000, decimals=1, label_header="Hovedtall (mill. kr)", render="ruled", thousands=" ")
    cols = [Col("Regnskap 2023", 2023), Col("Budsjett 2023", 2023, BUDGET), Col("Regnskap 2022", 2022)]
    result = Statement(
        "Resultatregnskap", cols, income("nb", 3,
            inc=[("Vanngebyrer", "", [88412, 87900, 82106]), ("Avløpsgebyrer", "", [116204, 115500, 108922]),
                 ("Andre driftsinntekter", "", [7796, 6000, 7102])],
            cost=[("Lønnskostnader", "3", [58604, 59200, 54820]), ("Kjøp av tjenester", "", [61388, 60500, 59644]),
                  ("Energi", "", [18220, 19000, 20412]), ("Avskrivninger", "5", [44102, 44000, 40912]),
                  ("Andre driftskostnader", "", [15302, 14800, 11130])],
            fin=[("Finansinntekter", "", [1204, 800, 908]), ("Finanskostnader", "6", [-9902, -10400, -7220])]),
        unit=1000, note_col="Note", label_header="NOK 1000", render="ruled")
    bal = Statement(
        "Balanse", [Col("31.12.2023", 2023), Col("31.12.2022", 2022)], balance("nb", 2,
            fixed=[("Varige driftsmidler", "5", [1402118, 1349720])],
            current=[("Kundefordringer", "", [28410, 26118]), ("Bankinnskudd", "", "plug")],
            equity=[("Innskutt egenkapital", "", [120000, 120000]), ("Annen egenkapital", "", [88412, 82314])],
            long=[("Lån", "6", [1180400, 1132600]), ("Pensjonsforpliktelser", "4", [41206, 38880])],
            short=[("Leverandørgjeld", "", [22108, 19944]), ("Annen kortsiktig gjeld", "", [18402, 17710])]),
        unit=1000, note_col="Note", label_header="NOK 1000", render="ruled")
    items = [
        ("h", 1, "Årsrapport 2023"),
        ("h", 2, "Dette er VVA"),
        ("p", "Vangsåsen Vann og Avløp IKS (VVA) leverer drikkevann og tar hånd om avløpet for om lag 58 000 "
              "innbyggere i {g:Hamar}, {g:Ringsaker}, {g:Stange} og {g:Løten}. Selskapet ble etablert 1. januar "
              "2002 og eies av {g:Hamar kommune|Hamar} ({p:40 %|Hamar kommune}), {g:Ringsaker kommune|Ringsaker} "
              "({p:35 %|Ringsaker kommune}), {g:Stange kommune|Stange} ({p:15 %|Stange kommune}) og "
              "{g:Løten kommune|Løten} ({p:10 %|Løten kommune})."),
        ("p", "Vannet hentes fra {g?:Mjøsa} og renses ved vannverket på {g?:Ottestad}. Selskapet deltar i "
              "vannsamarbeidet for kommunene i {g:Innlandet}."),
        ("p", "Kontakt: post@vva-iks.no · www.vva-iks.no"),
        ("h", 2, "Hovedtall"),
        ("stmt", summary),
        ("table", [["Nøkkeltall", "2023", "2022"], ["Selvkostgrad vann", "{p:98,5 %}", "{p:101,2 %}"],
                   ["Selvkostgrad avløp", "{p:96,1 %}", "{p:99,4 %}"],
                   ["Andel fornyet ledningsnett", "{p:0,9 %}", "{p:0,8 %}"]], {"size": 9, "widths": [7, 2.5, 2.5]}),
        ("h", 2, "Styre og representantskap"),
        ("p", "Representantskapet består av ordførerne i de fire eierkommunene. Leder av representantskapet i "
              "2023 var Siv Elin Brenden ({g:Ringsaker}), og nestleder var Geir Tore Myrvang ({g:Løten})."),
        ("p", "Styret hadde i 2023 denne sammensetningen: Knut Ivar Bekkelund (styreleder), Hanne Sofie Rud "
              "(nestleder), Per Arne Tollefsrud (styremedlem), Lise Fossum (styremedlem), Morten Grønvold "
              "(ansattvalgt styremedlem) og Camilla Aasheim (varamedlem). Styret har hatt elleve møter."),
        ("p", "Administrerende direktør er Kristian Holmstad."),
        ("h", 2, "Drift"),
        ("p", "Lekkasjeandelen ble redusert til {p:24 prosent|Lekkasjeandelen}. Det ble fornyet 6,2 kilometer "
              "vannledning og 4,8 kilometer avløpsledning. Gebyrene for vann og avløp økte med "
              "{p:6,8 prosent|Gebyrene} fra 2022."),
        ("h", 2, "Medarbeidere"),
        ("p", "Ved utgangen av 2023 hadde selskapet 74 ansatte i 71,2 årsverk. Sykefraværet var "
              "{p:5,6 %|Sykefraværet}, hvorav {p:3,9 %|legemeldt} legemeldt."),
        ("break",),
        ("h", 2, "Resultatregnskap"),
        ("stmt", result),
        ("h", 2, "Balanse"),
        ("stmt", bal),
        ("sign", "{g:Hamar}, 14. mars 2024", [
            ("Knut Ivar Bekkelund", "styreleder"), ("Hanne Sofie Rud", "nestleder"),
            ("Per Arne Tollefsrud", "styremedlem"), ("Lise Fossum", "styremedlem"),
            ("Morten Grønvold", "styremedlem"), ("Kristian Holmstad", "administrerende direktør")], {"cols": 3}),
    ]
    return {
        "name": "vangsasen-2023", "lang": "nb", "year": 2023, "title": "Vangsåsen Vann og Avløp IKS 2023",
        "font": "DejaVu Sans", "body_pt": 9.5,
        "header": "VANGSÅSEN VANN OG AVLØP IKS · ÅRSRAPPORT 2023", "footer": "{PAGE}", "footer_align": "right",
        "organization": {"name": "Vangsåsen Vann og Avløp IKS", "founded_year": 2002, "email": "post@vva-iks.no",
                         "website": "www.vva-iks.no",
                         "owners": [{"name": "Hamar kommune", "share_percent": 40},
                                    {"name": "Ringsaker kommune", "share_percent": 35},
                                    {"name": "Stange kommune", "share_percent": 15},
                                    {"name": "Løten kommune", "share_percent": 10}]},
        "ceo": "Kristian Holmstad", "board": board, "emp_known": True, "board_optional": ["Kristian Holmstad"],
        "items": items, "renditions": ["pdf"], "not_places": ["Vangsåsen"],
        "notes": "Invented 2023 annual report (bokmål) of an inter-municipal water company in Innlandet, only "
                 "as PDF. 'Hovedtall (mill. kr)' table with one decimal (212,4 = 212 400 000 NOK) comes first; "
                 "its rows repeat gold labels with rounded values and are optional. A percentage table "
                 "(Selvkostgrad ...) follows. Representantskap leader and deputy (mayors) are not board. Board "
                 "as 'Name (role)' in one paragraph, '(ansattvalgt styremedlem)', one '(varamedlem)'. CEO titled "
                 "'Administrerende direktør'. Full statement in NOK 1000 with Regnskap 2023 | Budsjett 2023 | "
                 "Regnskap 2022 and a Note column; budget optional. Mjøsa (lake) and Ottestad (village) optional.",
    }


def kystlys_2009() -> dict:
    """Foundation in Vestfold 2009: the board appears only in the signature block (title above the
    name); a fagråd with a leader is a trap; the income statement is a screenshot (picture)."""
    board = [M("Kjersti Bull Eriksen", "LEDE"), M("Tor Atle Wiik", "NEST"), M("Hilde Sørum", "MEDL"),
             M("Bjørn Haugerud", "MEDL"), M("Anita Bråten", "MEDL", emp=True)]
    result = Statement(
        "Resultatregnskap 2009", [Col("2009", 2009), Col("2008", 2008)], income("nb", 2,
            inc=[("Oppholdsinntekter", "", [5804220, 5168410]), ("Offentlige tilskudd", "", [3950000, 3800000]),
                 ("Gaver og innsamlede midler", "", [412388, 506115])],
            cost=[("Lønnskostnader", "", [7402116, 6880940]),
                  ("Matvarer og forbruksmateriell", "", [1318604, 1204388]),
                  ("Avskrivninger", "", [402000, 396000]), ("Andre driftskostnader", "", [1180770, 1010417])],
            fin=[("Renteinntekter", "", [18570, 41206]), ("Rentekostnader", "", [-66000, -72110])]),
        label_header="Beløp i NOK", render="image")
    bal = Statement(
        "Balanse", [Col("31.12.2009", 2009), Col("31.12.2008", 2008)], balance("nb", 2,
            fixed=[("Bygninger og tomt", "", [6820000, 7010000]), ("Inventar og utstyr", "", [512400, 624000])],
            current=[("Kundefordringer", "", [208416, 186302]), ("Bankinnskudd", "", "plug")],
            equity=[("Grunnkapital", "", [200000, 200000]), ("Annen egenkapital", "", [2115588, 2299900])],
            long=[("Pantelån", "", [4600000, 4850000])],
            short=[("Leverandørgjeld", "", [412118, 388006]), ("Skyldige offentlige avgifter", "", [544210, 502114]),
                   ("Annen kortsiktig gjeld", "", [318912, 290440])]),
        render="ruled")
    items = [
        ("h", 1, "Årsberetning 2009"),
        ("p", "Stiftelsen Kystlys Fritidssenter ble opprettet i 1987 og driver et ferie- og aktivitetssenter for "
              "barn og voksne med funksjonsnedsettelser på {g:Tjøme}. Senteret har 34 sengeplasser og er åpent "
              "hele året."),
        ("h", 2, "Formål"),
        ("p", "Stiftelsens formål er å gi personer med funksjonsnedsettelser og deres familier tilgang til "
              "ferie, fritid og friluftsliv ved sjøen."),
        ("h", 2, "Aktiviteten i 2009"),
        ("p", "Senteret hadde 6 412 gjestedøgn i 2009, en økning på {p:12 prosent|gjestedøgn} fra 2008. Belegget "
              "var i gjennomsnitt {p:78 %|Belegget}. Flest gjester kom fra {g:Vestfold}, {g:Oslo} og "
              "{g:Akershus}, men vi hadde også grupper fra {g:Danmark} og {g:Sverige}."),
        ("p", "Stiftelsen har driftsavtaler med {g:Tjøme kommune|Tjøme}, {g:Nøtterøy kommune|Nøtterøy} og "
              "{g:Tønsberg kommune|Tønsberg}, og mottar tilskudd fra {g:Vestfold fylkeskommune|Vestfold}."),
        ("h", 2, "Stiftelsens organer"),
        ("p", "Stiftelsen ledes av et styre på fem medlemmer, ett av dem valgt av de ansatte. I tillegg har "
              "stiftelsen et fagråd som gir råd om aktivitetstilbudet. Fagrådet har i 2009 bestått av Lene "
              "Thorstensen (leder), Ivar Bergan og Mona Kristoffersen."),
        ("p", "Styret har hatt seks møter i 2009. Styrets medlemmer fremgår av underskriftene nedenfor. Daglig "
              "leder er Frode Nygaard."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Stiftelsen hadde 14 ansatte i 11,3 årsverk. Sykefraværet var {p:6,6 %|Sykefraværet}, og det er "
              "ikke registrert skader. Ni av de ansatte er kvinner. Virksomheten forurenser ikke det ytre miljø."),
        ("h", 2, "Økonomi"),
        ("p", "Årsresultatet ble et underskudd på kr 184 312, som dekkes av annen egenkapital. Styret mener at "
              "forutsetningen om fortsatt drift er til stede."),
        ("break",),
        ("stmt", result),
        ("h", 2, "Balanse pr. 31.12.2009"),
        ("stmt", bal),
        ("sign", "{g:Tjøme}, 8. mars 2010", [
            ("Kjersti Bull Eriksen", "Styreleder"), ("Tor Atle Wiik", "Nestleder"), ("Hilde Sørum", "Styremedlem"),
            ("Bjørn Haugerud", "Styremedlem"), ("Anita Bråten", "Styremedlem, valgt av de ansatte"),
            ("Frode Nygaard", "Daglig leder")], {"cols": 2, "title_above": True}),
    ]
    return {
        "name": "kystlys-2009", "lang": "nb", "year": 2009, "title": "Stiftelsen Kystlys Fritidssenter 2009",
        "font": "DejaVu Serif", "heading_font": "DejaVu Sans",
        "header": "Stiftelsen Kystlys Fritidssenter", "footer": "Årsberetning 2009 – side {PAGE}",
        "organization": {"name": "Stiftelsen Kystlys Fritidssenter", "founded_year": 1987},
        "ceo": "Frode Nygaard", "board": board, "emp_known": True, "board_optional": ["Frode Nygaard"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Invented 2009 annual report (bokmål) of a foundation running a holiday centre on Tjøme, "
                 "Vestfold. The board is named ONLY in the signature block (two columns, title above the name: "
                 "Styreleder, Nestleder, Styremedlem, 'Styremedlem, valgt av de ansatte'); the daglig leder "
                 "signs too (board_optional). A fagråd with a '(leder)' is not the board. The income statement "
                 "is a picture (a spreadsheet screenshot, whole kroner, 'Beløp i NOK'); its rows are gold "
                 "table rows and its totals gold key figures. The balance is a ruled Word table.",
    }


REPORTS = [vefsnfjord_2006, hjorundfjord_2017, vangsasen_2023, kystlys_2009]
