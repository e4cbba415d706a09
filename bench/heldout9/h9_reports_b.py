"""Reports of the ninth held-out set (2/2): a næringshage whose board is a Word table of portrait
cells in rows of three, a vekstbedrift with VTA and AFT, a five-year "Nøkkeltall" table and a
statement with a budget column, and a 1991 arbeidsmarkedsbedrift (ASVO) as a stencil-like scan.
All invented; the places are real."""
from __future__ import annotations

from h3_render import Dash
from h7_render import Kr
from heldout_finance import BUDGET, Col, Line, Statement, balance, income

# ---------- 4. sorfjord-naeringshage-2023: portrait cells, rows of three ----------


def sorfjord():
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = [("Tilskudd Siva og fylkeskommunen", "2", [2150000, 2080000]),
           ("Leieinntekter og fellestjenester", "", [1386400, 1240750]),
           ("Prosjektinntekter", "3", [742300, 918600])]
    cost = [("Lønn og sosiale kostnader", "4", [2684500, 2511900]), ("Husleie", "", [1012000, 986000]),
            ("Prosjektkostnader", "3", [511800, 702300]), ("Andre driftskostnader", "", [178080, 207430])]
    fin = [("Finansinntekter", "", [22610, 6480])]
    res = Dash("Resultatregnskap", cols, income("nb", 2, inc, cost, fin), note_col="Note", render="ruled")
    bal = Dash("Balanse pr. 31.12.", cols,
               balance("nb", 2, [], [("Kundefordringer", "", [214300, 196800]), ("Bankinnskudd", "5", "plug")],
                       [("Aksjekapital", "", [300000, 300000]), ("Annen egenkapital", "", [412640, 497710])], [],
                       [("Leverandørgjeld", "", [188200, 154600]), ("Skyldige offentlige avgifter", "", [203400, 194100]),
                        ("Annen kortsiktig gjeld", "", [97300, 121500])]),
               note_col="Note", render="ruled")
    people = [("Torunn Aga Bleie", ["Styreleder", "Valgt til 2025"]),
              ("Eirik Hamre", ["Nestleder", "Valgt til 2024"]),
              ("Synnøve Lothe", ["Styremedlem", "Valgt til 2025"]),
              ("Geir Olav Tveisme", ["Styremedlem", "Valgt til 2024"]),
              ("Mette Opedal Reisæter", ["Styremedlem", "Valgt til 2025"]),
              ("Ruben Ystanes", ["Varamedlem", "Valgt til 2024"])]
    staff = [("Kjersti Mæland", ["Daglig leder"]), ("Arnstein Bu", ["Rådgiver, inkubator"]),
             ("Lise Hus Digranes", ["Prosjektleder"])]
    board = [("Torunn Aga Bleie", "LEDE", None), ("Eirik Hamre", "NEST", None), ("Synnøve Lothe", "MEDL", None),
             ("Geir Olav Tveisme", "MEDL", None), ("Mette Opedal Reisæter", "MEDL", None),
             ("Ruben Ystanes", "VARA", None)]
    items = [
        ("h", 1, "Årsrapport 2023"),
        ("p", "Sørfjord Næringshage AS – et vekstmiljø for små bedrifter i indre {g:Hardanger}", {"italic": True}),
        ("h", 2, "Daglig leder har ordet"),
        ("p", "2023 ble året da næringshagen for første gang hadde fullt hus i alle kontorlokalene. Vi har 31 "
              "bedrifter i programmet, og omsetningen i bedriftene økte med {p:12 %|omsetningen i bedriftene økte} fra året før. Flere av dem har nå kunder i {g:Bergen} og i utlandet, og to av "
              "inkubatorbedriftene fikk sin første ansatte i løpet av høsten."),
        ("p", "Samtidig ble prosjektinntektene lavere enn planlagt da ett av de store regionale prosjektene ble "
              "avsluttet i mars. Det forklarer det meste av underskuddet."),
        ("h", 2, "Eierskap"),
        ("p", "Næringshagen ble stiftet i 2009. Aksjekapitalen er kr 300 000 fordelt på tre eiere:"),
        ("table", [["Eier", "Eierandel"], ["{g:Ullensvang kommune|Ullensvang}", "{p:40 %}"],
                   ["Hardanger Utviklingsfond", "{p:35 %}"], ["Næringsforeningen i Sørfjorden", "{p:25 %}"]],
         {"ruled": True}),
        ("h", 2, "Styret"),
        ("p", "Styret er valgt av generalforsamlingen 14. juni 2023 og har hatt sju møter. Styret har i 2023 "
              "bestått av:"),
        ("portraits", people, {"per_row": 3}),
        ("h", 2, "Administrasjonen"),
        ("portraits", staff, {"per_row": 3}),
        ("p", "Administrasjonen har kontor i næringshagen i {g:Odda}, og har i tillegg kontordag i "
              "{g:Kinsarvik} annenhver uke."),
        ("h", 2, "Årsberetning"),
        ("p", "Selskapet har forretningskontor i {g:Ullensvang} kommune. Årsresultatet ble et underskudd på "
              "kr 85 070, som dekkes av annen egenkapital. Egenkapitalen utgjør {p:59 %|Egenkapitalen utgjør} "
              "av totalkapitalen, og styret mener at forutsetningen for fortsatt drift er til stede."),
        ("p", "Sykefraværet var {p:2,1 %|sykefraværet}. Det er seks ansatte, fire kvinner og to menn. Styret "
              "består av tre kvinner og tre menn medregnet varamedlem."),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2023"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember 2023"}),
        ("sign", "{g:Odda}, 6. mars 2024",
         [("Torunn Aga Bleie", "Styreleder"), ("Eirik Hamre", "Nestleder"), ("Synnøve Lothe", "Styremedlem"),
          ("Geir Olav Tveisme", "Styremedlem"), ("Mette Opedal Reisæter", "Styremedlem"),
          ("Kjersti Mæland", "Daglig leder")]),
    ]
    return {
        "name": "sorfjord-naeringshage-2023",
        "year": 2023,
        "title": "Årsrapport 2023 Sørfjord Næringshage AS",
        "organization": {"name": "Sørfjord Næringshage AS", "founded_year": 2009,
                         "owners": [{"name": "Ullensvang kommune", "share_percent": 40},
                                    {"name": "Hardanger Utviklingsfond", "share_percent": 35},
                                    {"name": "Næringsforeningen i Sørfjorden", "share_percent": 25}]},
        "ceo": "Kjersti Mæland",
        "board": board,
        "not_board": ["Arnstein Bu", "Lise Hus Digranes"],
        "not_places": ["Hardanger Utviklingsfond", "Næringsforeningen i Sørfjorden"],
        "font": "Liberation Sans",
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "A næringshage AS: the board as a borderless Word table of portrait cells, three to a row "
                 "(picture, name in bold, role and term below), followed by the administration in the same "
                 "layout (daglig leder, rådgiver, prosjektleder: not board). Owners in a ruled table. Deficit "
                 "printed with an en dash in the statements.",
    }


# ---------- 5. tinnelv-arbeid-2022: VTA/AFT, five-year key figures, budget column ----------


def tinnelv():
    cols = [Col("Budsjett", 2022, BUDGET), Col("Regnskap 2022", 2022), Col("Regnskap 2021", 2021)]
    inc = [("Salgsinntekter", "", [6200000, 6481250, 5903400]),
           ("Tilskudd fra NAV", "2", [9850000, 9914600, 9366700]),
           ("Tilskudd fra kommunen", "2", [1180000, 1180000, 1150000]),
           ("Annen driftsinntekt", "", [150000, 212350, 168900])]
    cost = [("Varekostnad", "", [2600000, 2754300, 2491100]),
            ("Lønn ansatte", "3", [7900000, 7812400, 7455200]),
            ("Lønn tiltaksdeltakere", "3", [4100000, 4208850, 3987300]),
            ("Avskrivninger", "5", [610000, 598200, 577400]),
            ("Annen driftskostnad", "", [2070000, 2314300, 1953800])]
    fin = [("Finansinntekter", "", [30000, 41280, 12650]), ("Finanskostnader", "", [-40000, -36720, -29550])]
    res = Statement("Resultatregnskap", cols, income("nb", 3, inc, cost, fin), note_col="Note",
                    label_header="", render="ruled")
    bcols = [Col("Regnskap 2022", 2022), Col("Regnskap 2021", 2021)]
    bal = Statement("Balanse", bcols,
                    balance("nb", 2, [("Maskiner og inventar", "5", [1846200, 2011500]),
                                      ("Kjøretøy", "5", [412300, 505100])],
                            [("Varelager", "", [388600, 341200]), ("Kundefordringer", "", [902400, 866300]),
                             ("Bankinnskudd", "6", "plug")],
                            [("Aksjekapital", "", [500000, 500000]), ("Annen egenkapital", "", [3922210, 3817500])],
                            [("Gjeld til kredittinstitusjoner", "7", [640000, 800000])],
                            [("Leverandørgjeld", "", [486300, 441700]), ("Skyldige offentlige avgifter", "", [902150, 871400]),
                             ("Annen kortsiktig gjeld", "", [611900, 588200])]),
                    note_col="Note", render="ruled")

    def actual(label, statement, col):
        return next(l.values[col] for l in statement.lines if l.label == label)

    years = [2018, 2019, 2020]
    earlier = {"Sum driftsinntekter": [15981200, 16402900, 16275800], "Årsresultat": [182400, -64300, 236900],
               "Sum egenkapital": [4037600, 3973300, 4210200]}
    key_lines = []
    for label, statement in (("Sum driftsinntekter", res), ("Årsresultat", res), ("Sum egenkapital", bal)):
        recent = [actual(label, statement, 2 if statement is res else 1), actual(label, statement, 1 if statement is res else 0)]
        key_lines.append(Line(label, earlier[label] + recent, key=True))
    five = Statement("Nøkkeltall", [Col(str(y), y) for y in years + [2021, 2022]], key_lines, label_header="")
    extra = [["Godkjente VTA-plasser", "40", "42", "42", "44", "46"],
             ["Godkjente AFT-plasser", "24", "24", "26", "28", "28"],
             ["Sykefravær ansatte", "{p:5,8 %}", "{p:6,4 %}", "{p:7,7 %}", "{p:6,9 %}", "{p:6,2 %}"]]
    board = [("Kristin Bøe Haugen", "LEDE", False), ("Tor Egil Nordbø", "NEST", False),
             ("Anniken Flatland", "MEDL", False), ("Olav Teigen Sandvik", "MEDL", False),
             ("Mona Rue", "MEDL", True), ("Espen Lie", "VARA", None), ("Sigurd Holtan", "OBS", None)]
    items = [
        ("h", 1, "Årsrapport 2022"),
        ("p", "Tinnelv Arbeid AS · Sagavegen 9, 3674 {g:Notodden} · post@tinnelv.no", {"size": 8.5}),
        ("h", 2, "Kort om bedriften"),
        ("p", "Tinnelv Arbeid AS er en arbeids- og inkluderingsbedrift som gir mennesker med nedsatt "
              "arbeidsevne mulighet til arbeid, kvalifisering og utvikling. Bedriften ble etablert i 1989 og "
              "holder til i egne lokaler på Sagavegen. Vi har avdelinger for vedproduksjon, vaskeri, "
              "kantine og montasje, og leverer tjenester til næringslivet i {g:Notodden} og {g:Hjartdal}."),
        ("p", "Bedriften har avtale med NAV om 46 plasser i varig tilrettelagt arbeid (VTA) og 28 plasser i "
              "arbeidsforberedende trening (AFT). I løpet av året hadde vi 71 deltakere i AFT, og 19 av dem "
              "gikk over til ordinært arbeid eller utdanning."),
        ("h", 2, "Eiere"),
        ("p", "{g:Notodden kommune|Notodden} eier {p:74 %|Notodden kommune eier} av aksjene, "
              "{g:Hjartdal kommune|Hjartdal} eier {p:16 %|Hjartdal kommune eier} og "
              "{g:Vestfold og Telemark fylkeskommune|Vestfold og Telemark} eier {p:10 %|fylkeskommune eier}."),
        ("keytable", five, extra, {"title": "Nøkkeltall 2018–2022"}),
        ("h", 2, "Styret"),
        ("table", [["Navn", "Verv", "Valgt av"],
                   ["Kristin Bøe Haugen", "Styreleder", "Generalforsamlingen"],
                   ["Tor Egil Nordbø", "Nestleder", "Generalforsamlingen"],
                   ["Anniken Flatland", "Styremedlem", "Generalforsamlingen"],
                   ["Olav Teigen Sandvik", "Styremedlem", "Generalforsamlingen"],
                   ["Mona Rue", "Styremedlem", "De ansatte"],
                   ["Espen Lie", "Varamedlem", "Generalforsamlingen"],
                   ["Sigurd Holtan", "Observatør", "Tiltaksdeltakerne"]], {"ruled": True}),
        ("p", "Generalforsamlingen ble holdt 2. juni 2022. Ordfører Nils Gunnar Bakka møtte for "
              "hovedeieren. Styret har hatt seks møter og behandlet 44 saker. Daglig leder er Bjørnar "
              "Haugland Sveen, og avdelingsleder for AFT er Ingvild Tangen."),
        ("h", 2, "Styrets årsberetning"),
        ("p", "Driftsinntektene ble kr 17 788 200, som er kr 408 200 over budsjett. Årsresultatet ble "
              "kr 104 710 mot et budsjettert resultat på kr 90 000. Lønn til tiltaksdeltakere utgjorde "
              "{p:24 %|Lønn til tiltaksdeltakere} av driftsinntektene."),
        ("p", "Sykefraværet blant de fast ansatte var {p:6,2 %|sykefraværet blant de fast ansatte}. "
              "Bedriften har 14 fast ansatte, åtte kvinner og seks menn. Forutsetningen om fortsatt drift "
              "er til stede."),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2022"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2022"}),
        ("sign", "{g:Notodden}, 16. mars 2023",
         [("Kristin Bøe Haugen", "Styreleder"), ("Tor Egil Nordbø", "Nestleder"), ("Anniken Flatland", "Styremedlem"),
          ("Olav Teigen Sandvik", "Styremedlem"), ("Mona Rue", "Styremedlem"),
          ("Bjørnar Haugland Sveen", "Daglig leder")]),
    ]
    return {
        "name": "tinnelv-arbeid-2022",
        "year": 2022,
        "title": "Årsrapport 2022 Tinnelv Arbeid AS",
        "organization": {"name": "Tinnelv Arbeid AS", "founded_year": 1989,
                         "address": "Sagavegen 9, 3674 Notodden", "email": "post@tinnelv.no",
                         "owners": [{"name": "Notodden kommune", "share_percent": 74},
                                    {"name": "Hjartdal kommune", "share_percent": 16},
                                    {"name": "Vestfold og Telemark fylkeskommune", "share_percent": 10}]},
        "ceo": "Bjørnar Haugland Sveen",
        "board": board,
        "not_board": ["Nils Gunnar Bakka", "Ingvild Tangen"],
        "programs": {"VTA": 46, "AFT": 28},
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "A vekstbedrift (VTA 46, AFT 28) with a five-year Nøkkeltall table (2018-2022: income, result, "
                 "equity, places, sick leave per year) before the board, and a result statement whose columns are "
                 "Note | Budsjett | Regnskap 2022 | Regnskap 2021 (budget optional). Board table with 'Valgt av' "
                 "column: one member chosen by De ansatte, an observatør chosen by the tiltaksdeltakere. The "
                 "ordfører at the generalforsamling and the AFT department head are not board.",
    }


# ---------- 6. vikna-asvo-1991: a stencil-like scan, board in prose ----------


def vikna():
    cols = [Col("1991", 1991), Col("1990", 1990)]
    labels = {"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "result": "Årsoverskudd"}
    inc = [("Salg av produkter og tjenester", "", [1214380, 1087650]),
           ("Driftstilskudd fra staten", "", [1460000, 1395000]),
           ("Tilskudd fra Vikna kommune", "", [180000, 170000])]
    cost = [("Lønn til arbeidstakere på tiltak", "", [1296400, 1201850]),
            ("Lønn til funksjonærer og arbeidsledere", "", [812600, 774300]),
            ("Råvarer og materialer", "", [398150, 356900]),
            ("Husleie, lys og varme", "", [154000, 149500]),
            ("Andre driftskostnader", "", [167230, 142870])]
    res = Kr("Driftsregnskap", cols, income("nb", 2, inc, cost, labels=labels, heads=False), thousands=".",
             render="tabs")
    bal = Kr("Balanse pr. 31.12.1991", cols,
             balance("nb", 2, [("Maskiner og utstyr", "", [286000, 318000])],
                     [("Varelager", "", [74300, 69800]), ("Kundefordringer", "", [131250, 118400]),
                      ("Bankinnskudd", "", "plug")],
                     [("Aksjekapital", "", [100000, 100000]), ("Fond", "", [254980, 228980])], [],
                     [("Leverandørgjeld", "", [96400, 88300]), ("Skyldig skattetrekk og avgifter", "", [118600, 109200])]),
             thousands=".", render="tabs")
    board = [("Arne Kvaløy", "LEDE", False), ("Gudrun Solum", "NEST", False), ("Leif Ottesen", "MEDL", False),
             ("Randi Brattgjerd", "MEDL", False), ("Hans Sørli", "MEDL", True),
             ("Olaug Hestvik", "VARA", None), ("Kjell Borgan", "VARA", None)]
    items = [
        ("p", "VIKNA ARBEIDSSAMVIRKE A/S", {"bold": True, "align": "center"}),
        ("p", "ASVO-bedrift for {g:Vikna} kommune", {"align": "center"}),
        ("p", "ÅRSMELDING FOR 1991", {"bold": True, "align": "center"}),
        ("p", "1. Formål og drift", {"bold": True}),
        ("p", "Vikna Arbeidssamvirke A/S ble stiftet i 1984 som et arbeidssamvirke i offentlig regi (ASVO). "
              "Bedriften skal gi arbeid til yrkeshemmede som ikke kan få arbeid på det ordinære "
              "arbeidsmarkedet. I 1991 hadde bedriften godkjent 14 ASVO-plasser og 6 plasser som "
              "arbeidsmarkedsbedrift (AMB) etter avtale med arbeidskontoret i {g:Rørvik}."),
        ("p", "Bedriften har hatt produksjon av fiskekasser og garnflottører, vask av arbeidsklær for "
              "fiskeindustrien og vedproduksjon. Salgsinntektene økte med ca. {p:12 %|Salgsinntektene økte} fra 1990. Beleggsprosenten for ASVO-plassene var {p:96 %|Beleggsprosenten for ASVO-plassene}."),
        ("p", "2. Styret", {"bold": True}),
        ("p", "Generalforsamlingen ble holdt 25. april 1991. Styret har i 1991 hatt følgende sammensetning: "
              "Arne Kvaløy, formann, Gudrun Solum, nestformann, Leif Ottesen og Randi Brattgjerd, "
              "styremedlemmer, og Hans Sørli, valgt av og blant de ansatte. Varamenn har vært Olaug "
              "Hestvik og Kjell Borgan. Formannskapet i Vikna har oppnevnt to av styremedlemmene."),
        ("p", "Styret har hatt 9 møter i 1991. Kontaktperson ved arbeidskontoret, konsulent Bjarne Aune, "
              "har møtt på de fleste møtene med talerett."),
        ("p", "3. Administrasjon og ansatte", {"bold": True}),
        ("p", "Daglig leder har vært Odd Arild Nerland. Bedriften har 4 funksjonærer og arbeidsledere. "
              "Gjennomsnittlig fravær blant arbeidstakerne på tiltak var {p:8,5 %|fravær blant "
              "arbeidstakerne på tiltak}."),
        ("p", "4. Økonomi", {"bold": True}),
        ("p", "Regnskapet viser et overskudd på Kr. 26.000,- som er avsatt til fond. Styret anser "
              "økonomien som tilfredsstillende, men tilskuddene fra staten dekker ikke fullt ut "
              "kostnadsøkningen."),
        ("stmt", res, {"title": "Driftsregnskap 1991"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.1991"}),
        ("p", "{g:Rørvik}, 20. februar 1992"),
        ("p", "Arne Kvaløy   Gudrun Solum   Leif Ottesen   Randi Brattgjerd   Hans Sørli"),
        ("p", "Odd Arild Nerland, daglig leder"),
    ]
    return {
        "name": "vikna-asvo-1991",
        "year": 1991,
        "title": "Årsmelding 1991 Vikna Arbeidssamvirke A/S",
        "organization": {"name": "Vikna Arbeidssamvirke A/S", "founded_year": 1984},
        "ceo": "Odd Arild Nerland",
        "board": board,
        "not_board": ["Bjarne Aune"],
        "not_places": ["Tilskudd fra Vikna kommune", "Formannskapet i Vikna"],
        "font": "DejaVu Sans Mono",
        "body_pt": 9.5,
        "scan": {"dpi": 200, "tilt": 1.6, "noise": 17, "paper": 20, "quality": 40},
        "items": items,
        "renditions": ["scan"],
        "notes": "A 1991 ASVO/AMB arbeidssamvirke in a typewriter face, only as a noisy, tilted 200 dpi scan. "
                 "Board in one prose sentence with 1990s titles (formann, nestformann, varamenn) and one "
                 "member 'valgt av og blant de ansatte'; the arbeidskontor's consultant attends but is not "
                 "board. Statements typed with tab stops, amounts as 'Kr. 1.234.567'. No programs in gold: "
                 "ASVO and AMB places predate the VTA/AFT codes.",
    }


REPORTS = [sorfjord, tinnelv, vikna]
