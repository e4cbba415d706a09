"""Reports 1-3 of the twenty-second held-out set: an attføringsbedrift in 1989, a vekstbedrift in 2012
with its tiltaksplasser and results tables, a vekstbedrift in 2021 signed electronically. All names,
sentences and figures are invented; places are real and valid in the report's year."""
from __future__ import annotations

from h19_render import KrPrefix
from heldout_finance import Col, Statement, balance, income


def revetal_1989() -> dict:
    """A typed 1989 report: tab-stop statements "kr 1.234.567", an arbeidsleder staff list that is
    not the board, varamenn, an ordfører at the generalforsamling; Ramnes and Våle were kommuner then."""
    cols = [Col("1989", 1989), Col("1988", 1988)]
    kr = dict(thousands=".", suffix="", prefix="kr ", render="tabs")
    res = KrPrefix("RESULTATREGNSKAP 1989", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [2134560, 1987220]),
             ("Driftstilskudd fra Arbeidsdirektoratet", "", [3412000, 3220500]),
             ("Tilskudd fra eierkommunene", "", [480000, 450000])],
        cost=[("Varekostnad", "", [812340, 760115]),
              ("Lønn og sosiale kostnader", "", [4360210, 4102880]),
              ("Avskrivninger", "", [186400, 176000]),
              ("Andre driftskostnader", "", [598760, 570330])],
        fin=[("Renteinntekter", "", [41200, 38900]), ("Rentekostnader", "", [-62300, -71450])],
        labels={"result": "Årsoverskudd"}, heads=False), **kr)
    bal = KrPrefix("BALANSE PR. 31.12.1989", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "", [1640000, 1720000]), ("Maskiner og inventar", "", [412600, 468000])],
        current=[("Varelager", "", [212400, 198700]), ("Kundefordringer", "", [386900, 344100]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [500000, 500000]), ("Annen egenkapital", "", [642310, 594560])],
        long=[("Pantelån", "", [1380000, 1460000])],
        short=[("Leverandørgjeld", "", [274500, 251300]), ("Skyldige offentlige avgifter", "", [218900, 207400]),
               ("Annen kortsiktig gjeld", "", [96400, 88100])],
        labels={"eq_debt": None, "debt": None}), **kr)
    board = [("Halvard Skjelbred", "LEDE", False), ("Astrid Kjær", "NEST", False),
             ("Einar Huseby", "MEDL", False), ("Gunvor Tveiten", "MEDL", True),
             ("Knut Bakkeli", "VARA", None), ("Solveig Aas", "VARA", None)]
    return {
        "name": "revetal-produkter-1989", "year": 1989, "title": "Revetal Produkter A/S - Årsberetning 1989",
        "font": "Liberation Mono", "body_pt": 9, "margin_mm": 20, "heading_colour": "000000",
        "organization": {"name": "Revetal Produkter A/S", "founded_year": 1978,
                         "address": "Bergsveien 12, 3174 Revetal", "phone": "(033) 61 240",
                         "owners": [{"name": "Ramnes kommune", "share_percent": 52.0},
                                    {"name": "Våle kommune", "share_percent": 28.0},
                                    {"name": "Vestfold fylkeskommune", "share_percent": 20.0}]},
        "ceo": "Torleif Hasås",
        "board": board,
        "not_board": ["Marit Sande", "Olav Rønningen", "Ruth Fjeld", "Bjørg Lie", "Jon Nesheim"],
        "items": [
            ("p", "REVETAL PRODUKTER A/S", {"bold": True, "size": 12}),
            ("p", "Bergsveien 12, 3174 {g:Revetal}  -  Telefon (033) 61 240"),
            ("bh", "ÅRSBERETNING FOR 1989", {"size": 11}),
            ("bh", "1. VIRKSOMHETEN", {"size": 9.5}),
            ("p", "Revetal Produkter A/S ble stiftet i 1978 og er en attføringsbedrift godkjent av "
                  "Arbeidsdirektoratet. Bedriften holder til i egne lokaler på {g:Revetal} i {g:Ramnes} kommune, "
                  "og driver snekkeri, montasje av komponenter for industrien og vedproduksjon. Formålet er å gi "
                  "yrkeshemmede arbeidstrening, yrkesprøving og kvalifisering med sikte på arbeid i det ordinære "
                  "arbeidsliv."),
            ("p", "Fra 1. mars 1989 har bedriften også en egen avdeling med 12 ASVO-plasser for varig "
                  "arbeid. Antall godkjente attføringsplasser var 24 hele året."),
            ("bh", "2. ATTFØRING", {"size": 9.5}),
            ("p", "Deltakerne henvises fra arbeidskontorene i {g:Tønsberg} og {g:Holmestrand} og fra "
                  "fylkesarbeidskontoret i {g:Vestfold}. I løpet av året var 41 personer inne på tiltak. "
                  "Av de 23 som avsluttet, gikk 9 over til ordinært arbeid, det vil si {p:39 %|over til "
                  "ordinært arbeid}. Fem begynte på skole eller kurs, mens resten ble henvist tilbake til "
                  "arbeidskontoret."),
            ("p", "Samarbeidet med arbeidskontoret har vært godt. Arbeidsdirektoratet har for 1990 varslet at "
                  "driftstilskuddet pr. plass blir justert med {p:4,5 %|driftstilskuddet pr. plass}."),
            ("bh", "3. ANSATTE OG ARBEIDSMILJØ", {"size": 9.5}),
            ("p", "Bedriften hadde ved årets slutt 9 faste ansatte. Sykefraværet blant de faste ansatte var "
                  "{p:4,8 %|sykefraværet blant de faste ansatte}. Det har ikke vært skader eller ulykker i "
                  "1989. Administrasjonen og arbeidslederne har vært:"),
            ("tablines", [["Daglig leder", "Torleif Hasås"], ["Kontor/regnskap", "Marit Sande"],
                          ["Arbeidsleder snekkeri", "Olav Rønningen"], ["Arbeidsleder montasje", "Ruth Fjeld"],
                          ["Attføringskonsulent", "Bjørg Lie"]], {"stops": (6.0,)}),
            ("bh", "4. AKSJONÆRER", {"size": 9.5}),
            ("table", [["Aksjonær", "Aksjer", "Andel"],
                       ["{g:Ramnes} kommune", "260", "{p:52 %}"],
                       ["{g:Våle} kommune", "140", "{p:28 %}"],
                       ["{g:Vestfold} fylkeskommune", "100", "{p:20 %}"]],
             {"ruled": False, "widths": [7.0, 3.0, 3.0]}),
            ("p", "Ordinær generalforsamling ble holdt 20. april 1989. Ordfører i {g:Våle}, Jon Nesheim, "
                  "møtte for {g:Våle} kommune."),
            ("bh", "5. STYRET", {"size": 9.5}),
            ("p", "Styret har i 1989 hatt følgende sammensetning:"),
            ("tablines", [["Formann", "Halvard Skjelbred"], ["Nestformann", "Astrid Kjær"],
                          ["Styremedlem", "Einar Huseby"], ["Styremedlem", "Gunvor Tveiten (de ansattes repr.)"],
                          ["Varamenn", "Knut Bakkeli"], ["", "Solveig Aas"]], {"stops": (6.0,)}),
            ("p", "Styret har hatt 7 møter og behandlet 46 saker."),
            ("bh", "6. ØKONOMI", {"size": 9.5}),
            ("p", "Regnskapet viser et årsoverskudd på kr 47.750, som overføres til annen egenkapital. "
                  "Forutsetningen om fortsatt drift er til stede."),
            ("stmt", res),
            ("stmt", bal),
            ("p", "{g:Revetal}, 12. februar 1990"),
            ("tablines", [["Halvard Skjelbred", "Astrid Kjær", "Einar Huseby"],
                          ["formann", "nestformann", ""],
                          ["Gunvor Tveiten", "Torleif Hasås", ""], ["", "daglig leder", ""]], {"stops": (5.8, 11.6)}),
        ],
        "renditions": ["doc", "scan"],
        "scan": {"dpi": 200, "tilt": 0.5},
        "notes": "1989: Ramnes and Våle were kommuner (Re from 2002). Staff list with arbeidsledere and the "
                 "ordfører at the generalforsamling are not board; varamenn VARA; one ansattes representant. "
                 "ASVO places are not a NAV program code of today (no programs in gold).",
    }


def gjolme_2012() -> dict:
    """2012: tiltaksplasser by program with participants during the year (not places), results in
    counts and percent, statements in tusen kroner with parentheses. APS and KIA were the 2012
    programs (AFT came in 2015): only VTA is a program code in gold."""
    cols = [Col("2012", 2012), Col("2011", 2011)]
    k = dict(unit=1000, negative="paren", label_header="Tall i tusen kroner", note_col="Note")
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [9842, 9115]), ("Tilskudd fra NAV", "2", [14260, 13480]),
             ("Kommunale tilskudd", "2", [1915, 1860]), ("Andre driftsinntekter", "", [322, 290])],
        cost=[("Varekostnad", "", [3410, 3322]), ("Lønnskostnader", "3", [17980, 17640]),
              ("Avskrivninger", "4", [812, 790]), ("Andre driftskostnader", "", [3640, 3615])],
        fin=[("Finansinntekter", "", [96, 84]), ("Finanskostnader", "", [-188, -212])]), **k)
    bal = Statement("Balanse pr. 31. desember", cols, balance(
        "nb", 2,
        fixed=[("Tomter og bygninger", "4", [6420, 6710]), ("Maskiner og inventar", "4", [1388, 1505])],
        current=[("Varer", "", [612, 588]), ("Kundefordringer", "", [1140, 1322]),
                 ("Andre fordringer", "", [215, 190]), ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [1200, 1200]), ("Annen egenkapital", "6", [3862, 3457])],
        long=[("Gjeld til kredittinstitusjoner", "7", [3950, 4300]), ("Pensjonsforpliktelser", "3", [640, 702])],
        short=[("Leverandørgjeld", "", [1045, 998]), ("Skyldige offentlige avgifter", "", [1312, 1276]),
               ("Annen kortsiktig gjeld", "", [1734, 1655])]), **k)
    board = [("Ingrid Moe Løkken", "LEDE", False), ("Per Arne Vullum", "NEST", False),
             ("Sigrun Fagerholt", "MEDL", False), ("Tor Halvor Bjørkli", "MEDL", False),
             ("Lene Rognes", "MEDL", True), ("Arvid Moen", "VARA", None)]
    table = [["Navn", "Verv"]] + [["Ingrid Moe Løkken", "Styreleder"], ["Per Arne Vullum", "Nestleder"],
                                  ["Sigrun Fagerholt", "Styremedlem"], ["Tor Halvor Bjørkli", "Styremedlem"],
                                  ["Lene Rognes", "Styremedlem, valgt av de ansatte"], ["Arvid Moen", "Varamedlem"]]
    return {
        "name": "gjolme-vekst-2012", "year": 2012, "title": "Gjølme Vekst AS - Årsberetning 2012",
        "font": "Liberation Sans", "body_pt": 10,
        "footer": "Gjølme Vekst AS  |  Årsberetning 2012  |  side {PAGE}",
        "organization": {"name": "Gjølme Vekst AS", "founded_year": 1991, "email": "post@gjolmevekst.no",
                         "website": "www.gjolmevekst.no",
                         "owners": [{"name": "Orkdal kommune", "share_percent": 66.0},
                                    {"name": "Agdenes kommune", "share_percent": 17.0},
                                    {"name": "Meldal kommune", "share_percent": 17.0}]},
        "ceo": "Geir Ove Stuen",
        "board": board,
        "not_board": ["Randi Kvam"],
        "programs": {"VTA": 38},
        "items": [
            ("h", 1, "Årsberetning 2012"),
            ("p", "Gjølme Vekst AS  –  post@gjolmevekst.no  –  www.gjolmevekst.no", {"size": 8.5}),
            ("h", 2, "Virksomhetens art og hvor den drives"),
            ("p", "Gjølme Vekst AS er en arbeidsmarkedsbedrift og vekstbedrift med kontor og produksjon på "
                  "{g:Orkanger} i {g:Orkdal} kommune. Selskapet ble stiftet i 1991 og eies av {g:Orkdal} kommune "
                  "({p:66 %|Orkdal kommune}), {g:Agdenes} kommune ({p:17 %|Agdenes kommune}) og {g:Meldal} kommune "
                  "({p:17 %|Meldal kommune}). Bedriften har avtaler med NAV {g:Sør-Trøndelag} om arbeidsrettede "
                  "tiltak og leverer tjenester innen vaskeri, emballasje, vedproduksjon og vaktmestertjenester."),
            ("h", 2, "Tiltaksplasser og deltakere"),
            ("p", "Tabellen viser godkjente plasser ved utgangen av året og antall personer som har deltatt i "
                  "hvert tiltak i løpet av året."),
            ("table", [["Tiltak", "Plasser", "Deltakere i løpet av året"],
                       ["Varig tilrettelagt arbeid (VTA)", "38", "41"],
                       ["Arbeidspraksis i skjermet virksomhet (APS)", "22", "57"],
                       ["Kvalifisering i arbeidsmarkedsbedrift (KIA)", "10", "18"],
                       ["Arbeid med bistand", "15", "29"],
                       ["Sum", "85", "145"]], {"ruled": True, "shade_header": "DDE6EE", "size": 9}),
            ("p", "I tillegg har bedriften hatt 6 deltakere på avklaring i skjermet virksomhet. Snittlig "
                  "beleggsprosent på APS var {p:94 %|beleggsprosent på APS} i 2012."),
            ("h", 2, "Resultater"),
            ("p", "Av de 45 deltakerne som avsluttet APS, KIA eller Arbeid med bistand i 2012, fordeler "
                  "resultatene seg slik:"),
            ("table", [["Resultat ved avslutning", "Antall", "Andel"],
                       ["Overgang til arbeid", "14", "{p:31 %}"],
                       ["Utdanning", "6", "{p:13 %}"],
                       ["Annet", "25", "{p:56 %}"],
                       ["Sum avsluttet", "45", "{p?:100 %}"]], {"ruled": True, "shade_header": "DDE6EE", "size": 9}),
            ("p", "Resultatet for overgang til arbeid er noe lavere enn målet på {p:35 %|målet på} i avtalen med NAV. Annet omfatter blant annet overgang til andre tiltak, "
                  "sykemelding og uføretrygd."),
            ("h", 2, "Arbeidsmiljø og personale"),
            ("p", "Ved utgangen av 2012 hadde bedriften 24 fast ansatte fordelt på 21,5 årsverk. Det totale "
                  "sykefraværet blant de fast ansatte var {p:5,6 %|sykefraværet blant de fast ansatte}, mot "
                  "{p:7,1 %|i 2011} i 2011. Bedriften er IA-virksomhet. Verneombud er Randi Kvam. "
                  "Det har ikke vært registrert skader eller ulykker i året."),
            ("h", 2, "Likestilling og ytre miljø"),
            ("p", "Av de fast ansatte er 14 kvinner og 10 menn. Styret består av tre kvinner og to menn. "
                  "Bedriften forurenser ikke det ytre miljø utover det som er vanlig for tilsvarende virksomhet."),
            ("h", 2, "Styret"),
            ("table", table, {"ruled": False, "size": 9.5}),
            ("p", "Daglig leder er Geir Ove Stuen. Styret har hatt 6 møter i 2012."),
            ("h", 2, "Årsregnskapet"),
            ("p", "Driftsinntektene økte med {p:6,4 %|driftsinntektene økte} til 26,3 millioner kroner. "
                  "Årsresultatet ble et overskudd på 405 000 kroner, etter et underskudd på 750 000 kroner i "
                  "2011. Styret foreslår at overskuddet overføres til annen egenkapital. Årsregnskapet er "
                  "avlagt under forutsetning om fortsatt drift."),
            ("pagebreak",),
            ("stmt", res),
            ("stmt", bal),
            ("p", "{g:Orkanger}, 14. mars 2013"),
            ("sign", "I styret for Gjølme Vekst AS", [("Ingrid Moe Løkken", "styreleder"),
                                                      ("Per Arne Vullum", "nestleder"),
                                                      ("Sigrun Fagerholt", "styremedlem"),
                                                      ("Tor Halvor Bjørkli", "styremedlem"),
                                                      ("Lene Rognes", "styremedlem"),
                                                      ("Geir Ove Stuen", "daglig leder")]),
        ],
        "renditions": ["docx", "pdf"],
        "notes": "2012 programs as they were: VTA, APS, KIA, Arbeid med bistand; only VTA is a gold code. "
                 "Deltakere i løpet av året are not places. Orkdal, Agdenes, Meldal kommuner and Sør-Trøndelag "
                 "valid in 2012. Results table in counts and percent; tusen kroner, (750) negative.",
    }


def boheia_2021() -> dict:
    """2021 in Vestfold og Telemark (Midt-Telemark from 2020): the board in prose, an e-signature page
    with surname-first names and English roles, VTO places beside VTA and AFT."""
    cols = [Col("2021", 2021), Col("2020", 2020)]
    k = dict(note_col="Note", label_header="Beløp i kroner")
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekt", "", [7412880, 6895410]), ("Tilskudd fra NAV", "2", [11964300, 11502760]),
             ("Kommunalt tilskudd", "2", [1150000, 1120000]), ("Annen driftsinntekt", "", [286410, 412900])],
        cost=[("Varekostnad", "", [2904550, 2688100]), ("Lønnskostnad", "3", [14882610, 14301220]),
              ("Avskrivning", "4", [402300, 388900]), ("Annen driftskostnad", "", [2311480, 2270640])],
        fin=[("Annen finansinntekt", "", [18220, 24610]), ("Annen finanskostnad", "", [-61940, -70330])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "net_fin": "Netto finans"}), **k)
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "4", [3860000, 4010000]), ("Driftsløsøre", "4", [742500, 688200])],
        current=[("Varer", "", [402100, 377900]), ("Kundefordringer", "", [988450, 1042300]),
                 ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [600000, 600000]), ("Annen egenkapital", "6", [4118930, 3850000])],
        long=[("Gjeld til kredittinstitusjoner", "7", [1950000, 2100000])],
        short=[("Leverandørgjeld", "", [612300, 588450]), ("Skyldige offentlige avgifter", "", [1084220, 1002610]),
               ("Annen kortsiktig gjeld", "", [1298640, 1187300])]), **k)
    board = [("Ragnhild Marie Tveito", "LEDE", False), ("Sverre Haugland", "NEST", False),
             ("Anette Bø Gulbrandsen", "MEDL", False), ("Kjell Arne Lifjell", "MEDL", False),
             ("Hilde Sandvik", "MEDL", True)]

    def signer(surname_first, role, ip, time):
        return [surname_first, role, "Method: BankID · Serial: " + ip[1], "IP: " + ip[0], time]

    return {
        "name": "boheia-arbeid-2021", "year": 2021, "title": "Bøheia Arbeid AS - Årsberetning 2021",
        "font": "DejaVu Sans", "body_pt": 9.5,
        "header": "Bøheia Arbeid AS – org.nr. 987 654 321", "header_align": "right",
        "organization": {"name": "Bøheia Arbeid AS", "address": "Gullbringvegen 21, 3800 Bø i Telemark",
                         "phone": "35 06 22 10",
                         "owners": [{"name": "Midt-Telemark kommune", "share_percent": 85.0},
                                    {"name": "Nome kommune", "share_percent": 15.0}]},
        "ceo": "Eirik Nordbø",
        "board": board,
        "not_board": ["Tone Lunde"],
        "programs": {"VTA": 31, "AFT": 24, "VTO": 6},
        "places_optional": ["Bø i Telemark"],
        "not_places": ["Bø i Telemark"],
        "items": [
            ("h", 1, "Årsberetning 2021"),
            ("h", 3, "Virksomhetens art og lokalisering"),
            ("p", "Bøheia Arbeid AS er en vekstbedrift med adresse Gullbringvegen 21, 3800 Bø i Telemark, "
                  "telefon 35 06 22 10. Selskapet eies av {g:Midt-Telemark} kommune ({p:85 %|Midt-Telemark "
                  "kommune}) og {g:Nome} kommune ({p:15 %|Nome kommune}), og har avdelinger i {g:Bø} og på "
                  "{g:Ulefoss}. Bedriften leverer arbeidsrettede tiltak på oppdrag fra NAV {g:Vestfold og "
                  "Telemark} og er medlem av NHO Arbeid og Inkludering."),
            ("p", "Ved utgangen av året hadde bedriften 31 plasser i varig tilrettelagt arbeid (VTA), 24 plasser i "
                  "arbeidsforberedende trening (AFT) og 6 plasser i varig tilrettelagt arbeid i ordinær "
                  "virksomhet (VTO)."),
            ("h", 3, "Året 2021"),
            ("p", "Smittevernstiltakene preget også 2021, men alle avdelinger holdt åpent hele året. Av 52 "
                  "deltakere som avsluttet AFT, gikk 21 til arbeid eller utdanning, som er {p:40,4 %|til "
                  "arbeid eller utdanning}. Kundetilfredsheten i NAVs undersøkelse var {p:91 %|kundetilfredsheten}."),
            ("h", 3, "Arbeidsmiljø, likestilling og ytre miljø"),
            ("p", "Bedriften hadde 27 ansatte ved årsskiftet, hvorav 16 kvinner. Sykefraværet var "
                  "{p:6,9 %|sykefraværet}, hvorav korttidsfravær utgjorde {p:1,8 %|korttidsfravær}. "
                  "Hovedverneombud er Tone Lunde. Bedriften påvirker ikke det ytre miljø i nevneverdig grad."),
            ("h", 3, "Styret"),
            ("p", "Styret har i 2021 bestått av styreleder Ragnhild Marie Tveito, nestleder Sverre Haugland, "
                  "styremedlemmene Anette Bø Gulbrandsen og Kjell Arne Lifjell, samt Hilde Sandvik, som er valgt "
                  "av og blant de ansatte. Daglig leder er Eirik Nordbø. Styret har hatt 7 møter."),
            ("h", 3, "Økonomi og fortsatt drift"),
            ("p", "Driftsinntektene ble kr 20 813 590, en økning på {p:4,4 %|en økning på} fra året "
                  "før. Årsresultatet ble kr 268 930, som overføres til annen egenkapital. Egenkapitalandelen er "
                  "{p:48,8 %|egenkapitalandelen}. Forutsetningen om fortsatt drift er lagt til grunn."),
            ("stmt", res),
            ("stmt", bal),
            ("p", "{g:Bø}, 22. mars 2022"),
            ("p", "Styret i Bøheia Arbeid AS – signert elektronisk", {"italic": True}),
            ("esign", "This document was signed electronically",
             "Signed with Penneo™. Each signer's identity was verified with BankID; the signers, their roles "
             "and the time of signing are listed below.",
             [signer("Tveito, Ragnhild Marie", "Chairman of the board", ("84.213.77.140", "9578-5999-4-1208841"),
                     "2022-03-22 09:14:51 UTC"),
              signer("Haugland, Sverre", "Board member", ("46.212.18.93", "9578-5999-4-3377120"),
                     "2022-03-22 10:02:07 UTC"),
              signer("Gulbrandsen, Anette Bø", "Board member", ("81.166.240.17", "9578-5999-4-2290315"),
                     "2022-03-22 12:40:33 UTC"),
              signer("Lifjell, Kjell Arne", "Board member", ("193.69.4.211", "9578-5999-4-4412096"),
                     "2022-03-23 07:55:12 UTC"),
              signer("Sandvik, Hilde", "Board member", ("85.164.101.52", "9578-5999-4-1843307"),
                     "2022-03-23 08:31:40 UTC"),
              signer("Nordbø, Eirik", "CEO", ("84.213.77.9", "9578-5999-4-3006158"),
                     "2022-03-23 14:18:26 UTC")]),
        ],
        "renditions": ["pdf", "doc"],
        "notes": "2021 after the 2020 merger: Midt-Telemark (Bø, Sauherad) in Vestfold og Telemark. Board in "
                 "prose, one employee-elected; Penneo-style page with surname-first names and English roles; "
                 "the CEO signs but is not board. VTO places beside VTA and AFT.",
    }


REPORTS = [revetal_1989, gjolme_2012, boheia_2021]
