"""Held-out reports of associations: a housing cooperative, two sports clubs' meeting papers and a
patient association (2011-2025).

Organisations, people and figures are invented; any likeness is accidental.
"""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from heldout_people import M


def lauvasen_2011() -> dict:
    """Nynorsk housing cooperative in Bergen 2011: board as stacked name line / role line, a
    forretningsførar company (no CEO), statements laid out with tab stops (no table), budget columns."""
    board = [M("Ingrid Hagenes", "LEDE"), M("Sverre Totland", "NEST"), M("Monica Fjeldstad", "MEDL"),
             M("Ove Lygre", "MEDL"), M("Hanne Brattebø", "VARA")]
    cols = [Col("Rekneskap 2011", 2011), Col("Rekneskap 2010", 2010), Col("Budsjett 2011", 2011, BUDGET),
            Col("Budsjett 2012", 2012, BUDGET)]
    result = Statement(
        "Resultatrekneskap", cols, income("nn", 4,
            inc=[("Innkravde felleskostnader", "", [2942880, 2843360, 2942880, 3045888]),
                 ("Andre inntekter", "", [36500, 28200, 30000, 30000])],
            cost=[("Forretningsførarhonorar", "", [132000, 128000, 132000, 136000]),
                  ("Kommunale avgifter", "", [612440, 588120, 610000, 640000]),
                  ("Forsikring", "", [184220, 176904, 185000, 192000]),
                  ("Vedlikehald", "", [742118, 688410, 700000, 760000]),
                  ("Energi og fyring", "", [318906, 352114, 340000, 330000]),
                  ("Andre driftskostnader", "", [214882, 201340, 210000, 215000])],
            fin=[("Renteinntekter", "", [8120, 6402, 6000, 8000]),
                 ("Rentekostnader", "", [-654520, -702880, -680000, -640000])]),
        render="tabs", thousands=".")
    bal = Statement(
        "Balanse", [Col("31.12.2011", 2011), Col("31.12.2010", 2010)], balance("nn", 2,
            fixed=[("Bygningar", "", [38400000, 38400000]), ("Tomt", "", [2100000, 2100000])],
            current=[("Kundefordringar", "", [12400, 18850]), ("Bankinnskot", "", "plug")],
            equity=[("Innskoten eigenkapital", "", [4200000, 4200000]),
                    ("Opptent eigenkapital", "", [1324820, 1196406])],
            long=[("Pantegjeld Husbanken", "", [35612000, 36044000])],
            short=[("Leverandørgjeld", "", [102880, 94416]), ("Anna kortsiktig gjeld", "", [88204, 101770])]),
        render="tabs", thousands=".")
    stacked = [("p", text, {"bold": i % 2 == 0}) for i, text in enumerate([
        "Ingrid Hagenes", "styreleiar", "Sverre Totland", "nestleiar", "Monica Fjeldstad", "styremedlem",
        "Ove Lygre", "styremedlem", "Hanne Brattebø", "varamedlem"])]
    items = [
        ("h", 1, "Årsmelding 2011 for Lauvåsen burettslag"),
        ("p", "Lauvåsen burettslag ligg i {g:Fana} bydel i {g:Bergen kommune|Bergen} og har 84 bustader fordelt på "
              "sju blokker. Burettslaget vart skipa i 1972. Forretningsførar er Vestbu Forvaltning AS."),
        ("h", 2, "Styret"),
        ("p", "Styret har i perioden vore samansett slik:"),
        *stacked,
        ("p", "Valnemnda har vore Arnfinn Stølen og Berit Mjelde. Kontaktperson hjå forretningsføraren er Kjell "
              "Nordbø."),
        ("h", 2, "Styret sitt arbeid"),
        ("p", "Styret har halde ti styremøte og handsama 52 saker. Dei viktigaste sakene har vore utskifting av "
              "vindauge i blokk C og D, ny avtale om kabel-TV og oppgradering av leikeplassen. Vinteren "
              "2010/2011 var den kaldaste i {g:Bergen} på mange år, og energikostnadene vart difor høge i "
              "første kvartal."),
        ("h", 2, "Økonomi"),
        ("p", "Felleskostnadene vart auka med {p:3,5 %|Felleskostnadene} frå 1. januar 2011. Burettslaget har "
              "lån i Husbanken med flytande rente; renta var ved årsskiftet {p:3,1 %|renta}."),
        ("p", "Rekneskapen viser eit overskot på 128 414 kroner. Burettslaget har ingen tilsette. "
              "Vaktmeisterteneste blir kjøpt frå {g?:Nesttun} Vaktmeisterservice."),
        ("break",),
        ("bh", "RESULTATREKNESKAP 2011", {"size": 12}),
        ("stmt", result),
        ("bh", "BALANSE PER 31.12.2011", {"size": 12}),
        ("stmt", bal),
        ("sign", "{g:Bergen}, 2. mars 2012", [
            ("Ingrid Hagenes", "styreleiar"), ("Sverre Totland", "nestleiar"), ("Monica Fjeldstad", "styremedlem"),
            ("Ove Lygre", "styremedlem")], {"cols": 2}),
    ]
    return {
        "name": "lauvasen-2011", "lang": "nn", "year": 2011, "title": "Lauvåsen burettslag årsmelding 2011",
        "font": "DejaVu Serif", "heading_font": "DejaVu Serif", "heading_colour": "000000",
        "header": "Lauvåsen burettslag", "footer": "Årsmelding og rekneskap 2011 – side {PAGE}",
        "organization": {"name": "Lauvåsen burettslag", "founded_year": 1972},
        "ceo": None, "board": board, "items": items, "renditions": ["docx", "pdf"],
        "notes": "Invented 2011 annual report (nynorsk) of a housing cooperative in Fana, Bergen. Board as "
                 "stacked lines: name (bold) then role on the next line. No daglig leder: a management company "
                 "(forretningsførar) and its contact person; the valnemnd is not board. Both statements are "
                 "laid out with TAB STOPS in ordinary paragraphs (no Word table), whole kroner with dot "
                 "thousands (2.942.880), minus signs; columns Rekneskap 2011 | Rekneskap 2010 | Budsjett 2011 | "
                 "Budsjett 2012 (budget optional). Their rows are gold table rows: a reader sees a table. "
                 "Nesttun (inside a company name) optional.",
    }


def lyngmyr_2016() -> dict:
    """Sports club's årsmøtepapirer 2017 for 2016: officer roles and group leaders (MEDL) with status
    suffixes, valgkomité/kontrollkomité and group boards as traps, a budget table repeating the
    actuals, the valgkomité's proposal naming a newcomer, and an e-signature page."""
    board = [M("Tone Kristin Ravndal", "LEDE"), M("Geir Egeland", "NEST"), M("Aud Helen Tjelta", "MEDL"),
             M("Rune Oftedal", "MEDL"), M("Jan Erik Skretting", "MEDL"), M("Kristin Undheim", "MEDL"),
             M("Thea Bore", "MEDL"), M("Svein Ove Lima", "VARA"), M("Marianne Høyland", "VARA")]
    inc = [("Medlemskontingent", "", [183600, 176400]), ("Treningsavgifter", "", [842300, 801150]),
           ("Sponsorinntekter", "", [312000, 298500]), ("Kiosk og dugnad", "2", [478210, 452880]),
           ("Offentlige tilskudd", "", [384540, 362210]), ("Andre inntekter", "", [28450, 31060])]
    cost = [("Trenere og instruktører", "3", [612420, 588300]), ("Lønn daglig leder", "3", [298880, 290120]),
            ("Kamp- og turneringsutgifter", "", [402118, 388640]), ("Anlegg og utstyr", "", [512604, 498010]),
            ("Varekjøp kiosk", "", [198240, 186550]), ("Andre driftskostnader", "", [124336, 131780])]
    labels = {"fin": "Finansposter", "net_fin": None}
    result = Statement("Resultatregnskap", [Col("2016", 2016), Col("2015", 2015)],
                       income("nb", 2, inc, cost, fin=[("Renteinntekter", "", [5900, 7218])], labels=labels),
                       note_col="Note", render="unruled")
    bal = Statement(
        "Balanse", [Col("31.12.2016", 2016), Col("31.12.2015", 2015)], balance("nb", 2, fixed=[],
            current=[("Kundefordringer", "", [42100, 38400]), ("Varelager kiosk", "", [18400, 16900]),
                     ("Bankinnskudd", "", "plug")],
            equity=[("Egenkapital 1.1.", "", [612455, 566437]), ("Årets resultat", "", [86402, 46018])],
            long=[], short=[("Leverandørgjeld", "", [64210, 58808]),
                            ("Forskuddsbetalte treningsavgifter", "", [122500, 118000])]),
        note_col="Note", render="unruled")
    budget_inc = [(label, "", [v[0], b, n]) for (label, _, v), b, n in zip(
        inc, [180000, 820000, 300000, 440000, 370000, 30000], [190000, 860000, 320000, 470000, 380000, 30000])]
    budget_cost = [(label, "", [v[0], b, n]) for (label, _, v), b, n in zip(
        cost, [600000, 300000, 390000, 500000, 190000, 130000], [630000, 305000, 410000, 520000, 200000, 130000])]
    budget = Statement(
        "Budsjett", [Col("Regnskap 2016", 2016), Col("Budsjett 2016", 2016, BUDGET),
                     Col("Budsjett 2017", 2017, BUDGET)],
        income("nb", 3, budget_inc, budget_cost, fin=[("Renteinntekter", "", [5900, 6000, 6000])],
               labels=labels, heads=False),
        render="ruled")
    esign = [
        ["Ravndal, Tone Kristin", "Leder", "Signert 2017-02-21 19:42:07 UTC", "BankID: 9578-5999-4-2281914"],
        ["Egeland, Geir Arild", "Nestleder", "Signert 2017-02-21 20:15:33 UTC", "BankID: 9578-5999-4-1804467"],
        ["Tjelta, Aud Helen", "Kasserer", "Signert 2017-02-22 07:03:51 UTC", "BankID: 9578-5999-4-3310582"],
        ["Oftedal, Rune", "Sekretær", "Signert 2017-02-22 08:47:12 UTC", "BankID: 9578-5999-4-0927731"],
        ["Skretting, Jan Erik", "Styremedlem", "Signert 2017-02-22 12:30:40 UTC", "BankID: 9578-5999-4-4471209"],
        ["Undheim, Kristin", "Styremedlem", "Signert 2017-02-23 18:02:26 UTC", "BankID: 9578-5999-4-2019384"],
        ["Bore, Thea", "Ungdomsrepresentant", "Signert 2017-02-23 21:11:09 UTC", "BankID: 9578-5999-4-5528810"],
    ]
    items = [
        ("h", 1, "Årsmøtepapirer 2017"),
        ("p", "Lyngmyr Idrettslag – årsmøte onsdag 15. mars 2017 kl. 19.00 i klubbhuset.", {"bold": True}),
        ("bh", "Sakliste"),
        *[("ol", s) for s in [
            "Godkjenning av de stemmeberettigede", "Godkjenning av innkalling, sakliste og forretningsorden",
            "Valg av dirigent, sekretær og to til å underskrive protokollen", "Idrettslagets årsberetning 2016",
            "Idrettslagets regnskap 2016 i revidert stand", "Innkomne forslag og saker",
            "Medlemskontingent og treningsavgift", "Budsjett 2017", "Valg"]],
        ("h", 1, "Sak 4: Styrets årsberetning for 2016", {}),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2016 bestått av:"),
        ("table", [["Leder", "Tone Kristin Ravndal (på valg)"], ["Nestleder", "Geir Egeland (ikke på valg)"],
                   ["Kasserer", "Aud Helen Tjelta (på valg)"], ["Sekretær", "Rune Oftedal (ikke på valg)"],
                   ["Leder fotball", "Jan Erik Skretting"], ["Leder håndball", "Kristin Undheim"],
                   ["Ungdomsrepresentant", "Thea Bore"], ["Vara", "Svein Ove Lima"], ["Vara", "Marianne Høyland"]],
         {"ruled": False, "header_bold": False, "widths": [4.5, 7]}),
        ("p", "Daglig leder: Hans Petter Vatne ({p:50 %|stilling} stilling)"),
        ("h", 2, "Andre verv"),
        ("table", [["Verv", "Navn"], ["Valgkomité, leder", "Olaug Sele"], ["Valgkomité, medlem", "Terje Bjorland"],
                   ["Kontrollkomité", "Dag Rune Vigre"], ["Kontrollkomité", "Siv Tjøstheim"],
                   ["Anleggsansvarlig", "Leif Tore Fjermestad"]], {"widths": [4.5, 7]}),
        ("h", 2, "Gruppestyrene"),
        ("table", [["Gruppe", "Leder", "Kasserer", "Oppmenn"], ["Fotball", "Jan Erik Skretting", "Bodil Espeland", "14"],
                   ["Håndball", "Kristin Undheim", "Trond Salte", "6"]], {"size": 9}),
        ("h", 2, "Aktivitet"),
        ("p", "Idrettslaget ble stiftet i 1948 og hadde 612 medlemmer ved utgangen av 2016, en økning på "
              "{p:4 %|økning} fra året før. Andelen jenter blant de aktive var {p:43 %|jenter}."),
        ("p", "Fotballgruppa hadde 28 lag i seriespill i {g:Rogaland}, og G14 vant sin klasse i Dana Cup i "
              "{g:Hjørring} i {g:Danmark}. Håndballgruppa arrangerte Lyngmyrcupen med 96 lag fra {g:Sandnes}, "
              "{g:Stavanger}, {g:Gjesdal} og {g:Klepp}. Kunstgressbanen ble rehabilitert med midler fra "
              "{g:Sandnes kommune|Sandnes} og spillemidler."),
        ("h", 2, "Økonomi"),
        ("p", "Idrettslaget fikk et overskudd på kr 86 402 i 2016. Inntektene fra kiosk og dugnad utgjorde "
              "{p:21 %|kiosk og dugnad} av inntektene, og styret takker alle foreldre for innsatsen."),
        ("break",),
        ("h", 1, "Sak 5: Regnskap 2016"),
        ("bh", "Resultatregnskap"),
        ("stmt", result),
        ("bh", "Balanse"),
        ("stmt", bal),
        ("h", 1, "Sak 8: Budsjett 2017"),
        ("stmt", budget),
        ("h", 1, "Sak 9: Valg"),
        ("p", "Valgkomiteens innstilling:"),
        ("table", [["Verv", "Navn", "Periode"], ["Leder", "Tone Kristin Ravndal (gjenvalg)", "2 år"],
                   ["Kasserer", "Ingunn Sæland (ny)", "2 år"], ["Valgkomité", "Olaug Sele (gjenvalg)", "1 år"]],
         {"size": 9}),
        ("esign", "Signaturside", "Årsregnskapet for 2016 er signert elektronisk av styret. Signaturene er "
                                  "verifisert med BankID.", esign),
    ]
    return {
        "name": "lyngmyr-2016", "lang": "nb", "year": 2016, "title": "Lyngmyr IL årsmøtepapirer 2017",
        "header": "Lyngmyr IL – Årsmøte 2017", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Lyngmyr Idrettslag", "founded_year": 1948},
        "ceo": "Hans Petter Vatne", "board": board, "board_optional": ["Ingunn Sæland"],
        "items": items, "renditions": ["docx", "pdf"], "not_places": ["Lyngmyr"],
        "notes": "Invented annual-meeting papers (bokmål) of a sports club in Sandnes, Rogaland: meeting in "
                 "March 2017, report year 2016. Board as an unruled two-column table role | name with status "
                 "suffixes '(på valg)', '(ikke på valg)'; officers (kasserer, sekretær, 'Leder fotball', "
                 "'Leder håndball', ungdomsrepresentant) are MEDL, 'Vara' VARA. Traps: valgkomité and "
                 "kontrollkomité in an 'Andre verv' table, group boards (Gruppe | Leder | Kasserer), the "
                 "valgkomité's proposal (newcomer Ingunn Sæland is board_optional). A part-time daglig leder "
                 "is the CEO. E-signature page lists signers 'Surname, Given names' (Geir Egeland signs with a "
                 "middle name). Statements unruled, whole kroner, Note column; the budget table repeats the "
                 "2016 actuals (repeats and budget columns optional).",
    }


def hyperakusis_2018() -> dict:
    """Patient association 2018: the board is called Sentralstyret, listed as 'Leder:' lines with plural
    labels and shown again as a portrait collage; kontrollkomité, valgkomité and county leaders as
    traps; statement with øre and non-breaking thousands."""
    board = [M("Elisabeth Lunde Hovind", "LEDE"), M("Trygve Aaberg", "NEST"), M("Nina Sørli", "MEDL"),
             M("Arvid Hoel", "MEDL"), M("Karianne Fosse", "MEDL"), M("Per Christian Sunde", "VARA"),
             M("Linn Therese Brekke", "VARA")]
    result = Statement(
        "Resultatregnskap", [Col("2018", 2018), Col("2017", 2017)], income("nb", 2,
            inc=[("Medlemskontingent", "", [1209000, 1124500]), ("Driftstilskudd fra Bufdir", "", [1480000, 1420000]),
                 ("Gaver", "", [86212.5, 92118]), ("Kurs og arrangementer", "", [214640, 188300])],
            cost=[("Lønn og sosiale kostnader", "", [1842118.4, 1766904.2]), ("Husleie", "", [216000, 210000]),
                  ("Kurs og arrangementer", "", [402880.9, 398210.1]), ("Trykk og porto", "", [184611.3, 202115.6]),
                  ("Andre kostnader", "", [208544.8, 232806.1])],
            fin=[("Renteinntekter", "", [6620.5, 5408.3])],
            labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
                    "fin": None, "net_fin": None}),
        decimals=2, thousands="\u00a0", render="unruled")
    bal = Statement(
        "Balanse", [Col("31.12.2018", 2018), Col("31.12.2017", 2017)], balance("nb", 2, fixed=[],
            current=[("Kundefordringer", "", [12400, 8950]), ("Bankinnskudd", "", "plug")],
            equity=[("Annen egenkapital", "", [1284912.8, 1142595.2])], long=[],
            short=[("Leverandørgjeld", "", [88402.1, 96210.4]), ("Skyldige offentlige avgifter", "", [142880, 131440]),
                   ("Forskuddsbetalt kontingent", "", [218400, 204600])],
            labels={"sum_eq_debt": "Sum gjeld og egenkapital"}),
        decimals=2, thousands="\u00a0", render="unruled")
    collage = [("Elisabeth Lunde Hovind", "Leder"), ("Trygve Aaberg", "Nestleder"), ("Nina Sørli", "Styremedlem"),
               ("Arvid Hoel", "Styremedlem"), ("Karianne Fosse", "Styremedlem"),
               ("Per Christian Sunde", "Varamedlem"), ("Linn Therese Brekke", "Varamedlem")]
    items = [
        ("h", 1, "Årsberetning 2018"),
        ("p", "Norsk Forening for Hyperakusis (NFH) er en landsomfattende pasientforening for personer med "
              "lydfølsomhet og tinnitus og deres pårørende. Foreningen ble stiftet 12. mai 1994 og har "
              "sekretariat i {g:Oslo}."),
        ("p", "Kontakt: post@nfh-norge.no · www.nfh-norge.no · telefon 22 41 90 70", {"size": 9}),
        ("h", 2, "Sentralstyret"),
        ("p", "Landsmøtet i april 2018 valgte dette sentralstyret for perioden 2018–2020:"),
        ("p", "Leder: Elisabeth Lunde Hovind"),
        ("p", "Nestleder: Trygve Aaberg"),
        ("p", "Styremedlemmer:"),
        ("p", "Nina Sørli"), ("p", "Arvid Hoel"), ("p", "Karianne Fosse"),
        ("p", "Varamedlemmer:"),
        ("p", "Per Christian Sunde"), ("p", "Linn Therese Brekke"),
        ("collage", collage, {"per_row": 4, "title": "Sentralstyret 2018–2020",
                              "caption": "Sentralstyret samlet på styreseminar i oktober."}),
        ("p", "Sentralstyret har hatt sju styremøter og ett styreseminar i 2018."),
        ("h", 2, "Kontrollkomité og valgkomité"),
        ("p", "Kontrollkomité: Leder: Gunnar Thoresen. Medlem: Astri Vollan."),
        ("p", "Valgkomité: Leder: Inger Marie Solbakken. Medlemmer: Ola Rismyhr og Hege Tveiten."),
        ("h", 2, "Sekretariatet"),
        ("p", "Generalsekretær Marte Kleven har ledet sekretariatet, som i 2018 hadde tre ansatte i 2,6 årsverk. "
              "Sykefraværet i sekretariatet var {p:1,8 %|Sykefraværet}."),
        ("h", 2, "Fylkeslagene"),
        ("p", "Foreningen har seks fylkeslag. Lederne per 31.12.2018:"),
        ("table", [["Fylkeslag", "Leder", "Medlemmer"], ["{g:Oslo} og {g:Akershus}", "Kristine Olsen Bakk", "412"],
                   ["{g:Hordaland}", "Sindre Haugland", "188"], ["{g:Rogaland}", "Elin Moi", "164"],
                   ["{g:Trøndelag}", "Arnt Ove Hegge", "201"], ["{g:Nordland}", "Ragnhild Eide", "97"],
                   ["{g:Troms}", "Jostein Lorentzen", "73"]], {"size": 9, "widths": [4.5, 5, 2.5]}),
        ("h", 2, "Medlemmer og aktivitet"),
        ("p", "Foreningen hadde 2 418 medlemmer i hele {g:Norge} ved utgangen av 2018, en økning på "
              "{p:7,5 %|økning} fra året før. Av medlemmene er {p:62 prosent|kvinner} kvinner."),
        ("p", "NFH var representert på den nordiske konferansen om hørselshelse i {g:København} i september, og "
              "foreningen hadde stand under Arendalsuka i {g:Arendal}."),
        ("h", 2, "Økonomi"),
        ("p", "Foreningen fikk et overskudd på kr 142 317,60. Sentralstyret foreslår at overskuddet overføres "
              "til annen egenkapital."),
        ("break",),
        ("h", 2, "Resultatregnskap 2018"),
        ("stmt", result),
        ("h", 2, "Balanse 31.12.2018"),
        ("stmt", bal),
        ("p", "{g:Oslo}, 18. mars 2019 – Sentralstyret i Norsk Forening for Hyperakusis", {"italic": True}),
    ]
    return {
        "name": "hyperakusis-2018", "lang": "nb", "year": 2018, "title": "NFH årsberetning 2018",
        "header": "NFH – Årsberetning 2018",
        "footer": "Norsk Forening for Hyperakusis · Org.nr. 981 204 556 · Side {PAGE}",
        "organization": {"name": "Norsk Forening for Hyperakusis", "founded_year": 1994, "email": "post@nfh-norge.no",
                         "website": "www.nfh-norge.no", "phone": "22 41 90 70"},
        "ceo": "Marte Kleven", "board": board, "items": items, "renditions": ["docx", "pdf"],
        "notes": "Invented 2018 annual report (bokmål) of a national patient association based in Oslo. The "
                 "board is called 'Sentralstyret': 'Leder:'/'Nestleder:' lines, then plural labels "
                 "'Styremedlemmer:' and 'Varamedlemmer:' over names one per line; the same seven appear in a "
                 "portrait collage (a picture, name and role under each face). The CEO is the "
                 "'Generalsekretær'. Traps: kontrollkomité and valgkomité with 'Leder:'/'Medlem:', and a "
                 "table of county branch leaders (Fylkeslag | Leder). Statement unruled with øre "
                 "(1 209 000,00, non-breaking spaces as thousands separators), labels 'Sum inntekter', 'Sum "
                 "kostnader'; balance total 'Sum gjeld og egenkapital' (reversed order).",
    }


def vinjeasen_2025() -> dict:
    """Nynorsk ski club's meeting papers for 2025 (Telemark re-established 2024): board table with a
    'På val' column, valnemnd/kontrollutval/trenarar as traps, budget column, e-signatures."""
    board = [M("Sigrid Ofte Flatland", "LEDE"), M("Olav Kvålen", "NEST"), M("Ingrid Bakken Myrvold", "MEDL"),
             M("Knut Arne Homme", "MEDL"), M("Torunn Berge", "MEDL"), M("Halvard Grave", "MEDL"),
             M("Aslak Tveitane", "VARA"), M("Marit Lien Storegjerde", "VARA")]
    cols = [Col("2025", 2025), Col("2024", 2024), Col("Budsjett 2026", 2026, BUDGET)]
    result = Statement(
        "Resultatrekneskap", cols, income("nn", 3,
            inc=[("Medlemskontingent", "", [95400, 87600, 98000]), ("Treningsavgift", "", [142800, 131500, 150000]),
                 ("Startkontingentar", "", [86250, 79400, 85000]), ("Dugnadsinntekter", "2", [211000, 188400, 200000]),
                 ("Sponsorar", "", [98000, 95000, 100000]), ("Tilskot frå kommunen", "", [48000, 45000, 48000])],
            cost=[("Trenarar", "3", [162400, 150200, 170000]), ("Løypekøyring og lys", "", [188640, 172100, 190000]),
                  ("Renn og reiser", "", [142118, 131880, 150000]), ("Utstyr", "", [88904, 92412, 90000]),
                  ("Andre kostnader", "", [48766, 44318, 50000])],
            fin=[("Renteinntekter", "", [3590, 2880, 3000])], labels={"fin": None, "net_fin": None}),
        note_col="Note", render="unruled")
    bal = Statement(
        "Balanse", [Col("31.12.2025", 2025), Col("31.12.2024", 2024)], balance("nn", 2, fixed=[],
            current=[("Kundefordringar", "", [4800, 6200]), ("Bankinnskot", "", "plug")],
            equity=[("Eigenkapital 1.1.", "", [402114, 363244]), ("Årsresultat", "", [54212, 38870])], long=[],
            short=[("Skuldig løn og avgifter", "", [18400, 16880])]),
        note_col="Note", render="unruled")
    esign = [
        ["Flatland, Sigrid Ofte", "Leiar", "2026-02-24 20:31:17", "BankID"],
        ["Kvålen, Olav Johannes", "Nestleiar", "2026-02-24 21:02:44", "BankID"],
        ["Myrvold, Ingrid Bakken", "Kasserar", "2026-02-25 07:14:09", "BankID"],
        ["Homme, Knut Arne", "Skrivar", "2026-02-25 18:40:51", "BankID"],
        ["Berge, Torunn", "Styremedlem", "2026-02-26 09:12:30", "BankID"],
        ["Grave, Halvard", "Styremedlem", "2026-02-26 22:05:02", "BankID"],
    ]
    items = [
        ("h", 1, "Årsmøtepapir 2026"),
        ("p", "Årsmøte i Vinjeåsen Skilag tysdag 17. mars 2026 kl. 19.00 i klubbhuset. Her ligg årsmeldinga og "
              "rekneskapen for 2025."),
        ("h", 2, "Sak 3: Årsmelding 2025"),
        ("h", 3, "Styret"),
        ("table", [["Verv", "Namn", "På val"], ["Leiar", "Sigrid Ofte Flatland", "Ja"], ["Nestleiar", "Olav Kvålen", "Nei"],
                   ["Kasserar", "Ingrid Bakken Myrvold", "Ja"], ["Skrivar", "Knut Arne Homme", "Nei"],
                   ["Leiar alpint", "Torunn Berge", "Nei"], ["Leiar langrenn", "Halvard Grave", "Ja"],
                   ["Varamedlem", "Aslak Tveitane", "Ja"], ["Varamedlem", "Marit Lien Storegjerde", "Ja"]],
         {"size": 9, "widths": [4, 6, 2]}),
        ("p", "Styret har hatt ni styremøte i 2025. Skilaget vart skipa i 1931 og har ikkje tilsette."),
        ("h", 3, "Andre tillitsverv"),
        ("p", "Valnemnd: Gunnar Rui (leiar) og Hildegunn Bøe."),
        ("p", "Kontrollutval: Nils Olav Kvåle og Anne Lise Gjeilo."),
        ("p", "Trenarar langrenn: Ola Haugo Brekke og Tone Rui Lunde."),
        ("h", 3, "Aktivitet"),
        ("p", "Medlemstalet auka med {p:9 prosent|Medlemstalet} til 318 medlemer. Skilaget arrangerte tre renn i "
              "{g:Vinje}, mellom anna kretsrenn med 240 deltakarar frå heile {g:Telemark} og mange frå {g:Tokke} "
              "og {g:Seljord}."),
        ("p", "Frå 2024 er vi igjen ein del av {g:Telemark} skikrets, etter at {g:Vestfold og Telemark} vart "
              "delt. To løparar frå klubben deltok i Hovudlandsrennet på {g:Lillehammer}, og ungdomsgruppa var "
              "på treningssamling i {g:Sverige}. Lysløypa ved {g?:Rauland} vart forlengd med 1,2 kilometer."),
        ("h", 3, "Økonomi"),
        ("p", "Rekneskapen viser eit overskot på 54 212 kroner. Dugnadsinntektene utgjer "
              "{p:31 %|Dugnadsinntektene} av dei samla inntektene."),
        ("break",),
        ("h", 2, "Sak 4: Rekneskap 2025"),
        ("bh", "Resultatrekneskap"),
        ("stmt", result),
        ("bh", "Balanse"),
        ("stmt", bal),
        ("h", 2, "Sak 6: Val"),
        ("p", "Valnemnda sitt framlegg: leiar Sigrid Ofte Flatland (attval, 1 år), kasserar Ingrid Bakken Myrvold "
              "(attval, 2 år), leiar langrenn Eivind Nomeland (ny, 2 år), varamedlemer Aslak Tveitane og Marit "
              "Lien Storegjerde (attval, 1 år)."),
        ("esign", "Signaturside", "Dokumentet er signert elektronisk med BankID av desse personane:", esign),
    ]
    return {
        "name": "vinjeasen-2025", "lang": "nn", "year": 2025, "title": "Vinjeåsen Skilag årsmøtepapir 2026",
        "font": "DejaVu Sans", "body_pt": 10,
        "header": "Vinjeåsen Skilag · Årsmøte 2026", "footer": "{PAGE}", "footer_align": "right",
        "organization": {"name": "Vinjeåsen Skilag", "founded_year": 1931},
        "ceo": None, "board": board, "board_optional": ["Eivind Nomeland"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Invented annual-meeting papers (nynorsk) of a ski club in Vinje, Telemark: meeting in March "
                 "2026, report year 2025 (beware the 2026 dates). Board in a ruled table Verv | Namn | På val "
                 "(Ja/Nei is not a name or role); kasserar, skrivar, 'Leiar alpint', 'Leiar langrenn' are MEDL. "
                 "No daglig leder. Traps: valnemnd '(leiar)', kontrollutval, trenarar; the valnemnd's proposal "
                 "names a newcomer (Eivind Nomeland, board_optional). E-signature page 'Surname, Given names' "
                 "(Olav Kvålen signs with a middle name). Statement unruled with Note column and a 'Budsjett "
                 "2026' column (optional). Places valid for 2025: Telemark re-established, 'Vestfold og "
                 "Telemark' named as split.",
    }


REPORTS = [lauvasen_2011, lyngmyr_2016, hyperakusis_2018, vinjeasen_2025]
