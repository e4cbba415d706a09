"""Reports of the fourteenth held-out set, part B: a vekstbedrift whose board is named only in photo
captions and its signature table, a port company's statements in whole thousands with a Note column
and a restated prior year, and a sailing club's joint report for two years with both boards.

All organisations, people and figures are invented; places are real municipalities and villages.
"""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h14_reports_a import kr, line_value


def heimly() -> dict:
    cols = [Col("2022", 2022), Col("2021", 2021)]
    inc = [("Salgsinntekter", "", [6_842_300, 6_310_900]), ("Tilskudd fra NAV", "", [4_918_400, 4_702_100]),
           ("Kommunalt tilskudd", "", [1_236_000, 1_198_000]), ("Andre inntekter", "", [188_450, 156_300])]
    cost = [("Varekostnad", "", [2_894_200, 2_588_600]), ("Lønn og sosiale kostnader", "", [5_412_700, 5_210_800]),
            ("Avskrivninger", "", [418_000, 402_000]), ("Andre driftskostnader", "", [3_896_150, 3_742_380])]
    fin = [("Renteinntekter", "", [64_820, 21_400]), ("Rentekostnader", "", [-38_910, -42_770])]
    res = income("nb", 2, inc, cost, fin)
    bal = balance("nb", 2,
                  fixed=[("Bygning", "", [3_120_000, 3_305_000]), ("Maskiner og inventar", "", [1_974_000, 2_207_000])],
                  current=[("Varelager", "", [712_400, 655_900]), ("Kundefordringer", "", [903_650, 871_200]),
                           ("Bankinnskudd", "", "plug")],
                  equity=[("Aksjekapital", "", [500_000, 500_000]), ("Annen egenkapital", "", [3_806_490, 3_216_480])],
                  long=[("Pantelån", "", [2_150_000, 2_400_000])],
                  short=[("Leverandørgjeld", "", [612_330, 588_210]),
                         ("Skyldige offentlige avgifter", "", [741_880, 702_450])])
    result = line_value(res, "Årsresultat", 0)
    items = [
        ("h", 1, "Årsberetning 2022"),
        ("p", "Heimly Industri AS", {"bold": True, "size": 14}),
        ("h", 2, "Virksomhetens art og tilholdssted"),
        ("p", "Heimly Industri AS er en arbeids- og inkluderingsbedrift i {g:Vinje}, stiftet i 1989. Selskapet "
              "eies i sin helhet av {g:Vinje kommune|Vinje} ({p:100 %|Vinje kommune}). Bedriften holder til i egne "
              "lokaler på {g:Åmot} og driver snekkerverksted, vedproduksjon, vaskeri og en liten butikk med "
              "brukte møbler."),
        ("p", "Bedriften har avtale med NAV om 22 plasser i varig tilrettelagt arbeid (VTA) og 8 plasser i "
              "arbeidsforberedende trening (AFT). I løpet av året gikk fem deltakere ut i ordinært arbeid eller "
              "utdanning."),
        ("photo", 3, 2, "Styret i Heimly Industri AS. Bak fra venstre: Halvard Kvålen, Signe Rui Bakken (styreleder) "
                        "og Tor Einar Midtbø. Foran: Liv Heggenes (nestleder) og Ole-Kristian Bøen (ansattes "
                        "representant)."),
        ("h", 2, "Arbeidsmiljø og personale"),
        ("p", "Ved utgangen av året var det 9 fast ansatte i 8,4 årsverk. Sykefraværet blant de ansatte var "
              "{p:7,3 %|sykefraværet} mot {p?:9,8 %} i 2021. Det er ikke registrert skader eller ulykker i "
              "2022. Styret vurderer arbeidsmiljøet som godt."),
        ("photo", 4, 1, "Noen av de ansatte på Heimly. Fra venstre: Åsmund Grave (arbeidsleder), Tuva Lid, Kristian "
                        "Haugo og Nora Bjåen (jobbspesialist). Foran: Gunvor Tveit (daglig leder)."),
        ("h", 2, "Likestilling og diskriminering"),
        ("p", "Av de fast ansatte er fem kvinner og fire menn. Styret har tre menn og to kvinner. Bedriften "
              "arbeider for å hindre diskriminering og legger vekt på tilrettelegging for deltakere med ulike "
              "behov."),
        ("h", 2, "Ytre miljø"),
        ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bransjen. Sagflis og "
              "kapp fra snekkerverkstedet leveres til fyringsanlegget på skolen."),
        ("h", 2, "Årsregnskapet"),
        ("p", f"Årsresultatet ble kr {kr(result)}. Styret foreslår at overskuddet overføres til annen egenkapital. "
              "Etter styrets oppfatning gir regnskapet et rettvisende bilde av selskapets eiendeler og gjeld, "
              "finansielle stilling og resultat, og forutsetningen om fortsatt drift er til stede."),
        ("stmt", Statement("Resultatregnskap", cols, res), {"title": "Resultatregnskap"}),
        ("stmt", Statement("Balanse", cols, bal), {"title": "Balanse pr. 31.12.2022"}),
        ("sign", "{g:Åmot}, 28. mars 2023",
         [("Signe Rui Bakken", "styreleder"), ("Liv Heggenes", "nestleder"), ("Halvard Kvålen", "styremedlem"),
          ("Tor Einar Midtbø", "styremedlem"), ("Ole-Kristian Bøen", "styremedlem"), ("Gunvor Tveit", "daglig leder")]),
    ]
    return {
        "name": "heimly-industri-2022", "year": 2022, "title": "Heimly Industri AS årsberetning 2022",
        "organization": {"name": "Heimly Industri AS", "founded_year": 1989,
                         "owners": [{"name": "Vinje kommune", "share_percent": 100}]},
        "ceo": "Gunvor Tveit",
        "board": [("Signe Rui Bakken", "LEDE", False), ("Liv Heggenes", "NEST", False), ("Halvard Kvålen", "MEDL", False),
                  ("Tor Einar Midtbø", "MEDL", False), ("Ole-Kristian Bøen", "MEDL", True)],
        "programs": {"VTA": 22, "AFT": 8},
        "not_board": ["Åsmund Grave", "Tuva Lid", "Kristian Haugo", "Nora Bjåen"],
        "items": items, "renditions": ["docx", "scan"],
        "notes": "Vekstbedrift whose board is named only in a group-photo caption ('Bak fra venstre: ..., "
                 "Foran: ...', roles in parentheses after some names) and in the signature table; a staff "
                 "photo caption names employees and the daglig leder the same way. Scanned.",
    }


def fjordterminal() -> dict:
    cols = [Col("2023", 2023), Col("2022 omarbeidet", 2022)]
    inc = [("Havneavgifter og kaivederlag", "2", [38_412, 36_085]), ("Lagerleie", "2", [17_260, 16_318]),
           ("Andre driftsinntekter", "", [5_740, 5_497])]
    cost = [("Lønnskostnader", "3", [21_874, 20_512]), ("Avskrivninger", "4", [9_630, 8_915]),
            ("Andre driftskostnader", "5", [24_118, 23_406])]
    fin = [("Finansinntekter", "", [412, 188]), ("Finanskostnader", "6", [-3_254, -2_611])]
    res = income("nb", 2, inc, cost, fin, tax=("Skattekostnad", "7", [649, 582]))
    bal = balance("nb", 2,
                  fixed=[("Kaianlegg og bygninger", "4", [142_380, 146_920]), ("Maskiner og kraner", "4", [18_740, 17_065])],
                  current=[("Kundefordringer", "", [6_912, 7_344]), ("Bankinnskudd", "", "plug")],
                  equity=[("Aksjekapital", "8", [20_000, 20_000]), ("Annen egenkapital", "8", [41_873, 39_574])],
                  long=[("Gjeld til kredittinstitusjoner", "6", [96_500, 101_750]), ("Utsatt skatt", "7", [3_118, 2_904])],
                  short=[("Leverandørgjeld", "", [4_216, 5_107]), ("Betalbar skatt", "7", [435, 366]),
                         ("Annen kortsiktig gjeld", "", [5_377, 4_981])])
    unit = dict(unit=1000, negative="paren", note_col="Note", label_header="NOK 1 000")
    items = [
        ("h", 1, "Nordre Fjordterminal AS"),
        ("p", "Årsberetning og årsregnskap 2023", {"size": 13}),
        ("h", 2, "Virksomheten"),
        ("p", "Nordre Fjordterminal AS eier og driver kaianlegget og lagerterminalen i {g:Sortland}, med et "
              "mindre anlegg for fiskebåter i {g:Sigerfjord}. Selskapet ble stiftet i 1997 og eies av "
              "{g:Sortland kommune|Sortland} ({p:51 %|Sortland kommune}) og Vesterålen Sjø AS "
              "({p:49 %|Vesterålen Sjø AS})."),
        ("h", 2, "Styre og ledelse"),
        ("p", "Styret har i 2023 bestått av Kristin Ellingsen (styreleder), Rolf Arne Jakobsen (nestleder), "
              "Bente Eidsvik og Arild Mikalsen, som er valgt av og blant de ansatte. Hege Kristiansen er "
              "varamedlem. Erling Sandvik gikk ut av styret ved generalforsamlingen i mai etter seks år som "
              "styremedlem. Daglig leder er Frode Hansen Myre."),
        ("h", 2, "Resultat og økonomisk stilling"),
        ("p", "Driftsinntektene ble 61,4 millioner kroner mot 57,9 millioner kroner i 2022. Økningen skyldes "
              "flere anløp av godsskip og full utleie av lagerhallen. Driftsresultatet ble 5,8 millioner "
              "kroner (5,1 millioner), og årsresultatet etter skatt 2,3 millioner kroner (2,1 millioner)."),
        ("p", "Tallene for 2022 er omarbeidet etter en endring av regnskapsprinsipp for større vedlikehold av "
              "kaifronten, som fra 2023 balanseføres som påkostning. Endringen økte årsresultatet for 2022 fra "
              "1,2 til 2,1 millioner kroner. Se note 1."),
        ("p", "Selskapets egenkapital var 61,9 millioner kroner ved utgangen av året. Styret mener selskapet har "
              "en forsvarlig egenkapital og likviditet, og bekrefter at forutsetningen om fortsatt drift er "
              "til stede."),
        ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Selskapet hadde 24 ansatte ved årsskiftet, hvorav fem kvinner. Sykefraværet var "
              "{p:5,2 %|sykefraværet} ({p?:6,0 prosent} i 2022). Det var én skade med fravær i 2023. Landstrøm for "
              "fiskeflåten ble tatt i bruk i {g:Sigerfjord} i oktober."),
        ("h", 2, "Disponering av årsresultatet"),
        ("p", "Styret foreslår at årsresultatet på NOK 2 299 000 overføres til annen egenkapital."),
        ("pagebreak",),
        ("stmt", Statement("Resultatregnskap", cols, res, **unit), {"title": "Resultatregnskap 1.1.–31.12."}),
        ("stmt", Statement("Balanse", cols, bal, **unit,
                           below="Sammenligningstallene for 2022 er omarbeidet, jf. note 1."),
         {"title": "Balanse pr. 31.12."}),
        ("sign", "{g:Sortland}, 12. april 2024",
         [("Kristin Ellingsen", "Styreleder"), ("Rolf Arne Jakobsen", "Nestleder"), ("Bente Eidsvik", "Styremedlem"),
          ("Arild Mikalsen", "Styremedlem"), ("Frode Hansen Myre", "Daglig leder")]),
    ]
    return {
        "name": "nordre-fjordterminal-2023", "year": 2023, "title": "Nordre Fjordterminal AS årsberetning 2023",
        "organization": {"name": "Nordre Fjordterminal AS", "founded_year": 1997,
                         "owners": [{"name": "Sortland kommune", "share_percent": 51},
                                    {"name": "Vesterålen Sjø AS", "share_percent": 49}]},
        "ceo": "Frode Hansen Myre",
        "board": [("Kristin Ellingsen", "LEDE", False), ("Rolf Arne Jakobsen", "NEST", False),
                  ("Bente Eidsvik", "MEDL", False), ("Arild Mikalsen", "MEDL", True), ("Hege Kristiansen", "VARA", None)],
        "not_board": ["Erling Sandvik"],
        "items": items, "renditions": ["doc", "pdf"], "font": "DejaVu Serif",
        "notes": "AS with statements in whole thousands (NOK 1 000), a Note column, negatives in parentheses "
                 "and a restated prior-year column headed '2022 omarbeidet'; the text gives the figures in "
                 "millions; board in running text, the employee-elected member by a relative clause; a "
                 "former member printed. Legacy Word 97 and its PDF.",
    }


def straumsbukta() -> dict:
    cols = [Col("Rekneskap 2022", 2022), Col("Rekneskap 2021", 2021), Col("Budsjett 2023", 2023, BUDGET)]
    inc = [("Medlemskontingent", "", [148_500, 139_200, 152_000]), ("Båtplassleige", "", [386_400, 371_900, 395_000]),
           ("Kurs og regatta", "", [92_650, 41_300, 95_000]), ("Tilskot og grasrotdel", "", [57_180, 63_450, 50_000])]
    cost = [("Drift og vedlikehald av hamna", "", [301_870, 344_120, 320_000]),
            ("Kurs og regatta", "", [71_230, 36_880, 75_000]), ("Forsikring", "", [38_600, 36_950, 40_000]),
            ("Andre kostnader", "", [46_140, 39_720, 45_000])]
    fin = [("Renteinntekter", "", [6_210, 1_980, 5_000])]
    res = income("nn", 3, inc, cost, fin, labels={"result": "Årsresultat"})
    bcols = [Col("31.12.2022", 2022), Col("31.12.2021", 2021)]
    bal = balance("nn", 2,
                  fixed=[("Flytebryggjer og utstyr", "", [1_184_000, 1_262_000])],
                  current=[("Bankinnskot", "", "plug")],
                  equity=[("Eigenkapital", "", [1_045_550, 812_450])],
                  long=[("Lån i banken", "", [620_000, 700_000])],
                  short=[("Forskotsbetalt båtplassleige", "", [118_300, 111_900])])
    items = [
        ("h", 1, "Årsmelding 2021–2022"),
        ("p", "Straumsbukta Seglforening", {"bold": True, "size": 13}),
        ("p", "Årsmøtet for 2021 vart utsett fleire gonger på grunn av smittevernreglane, og styret legg difor "
              "fram ei felles årsmelding for dei to åra. Rekneskapen er sett opp for kvart år for seg."),
        ("h", 2, "Styret"),
        ("p", "Styret frå årsmøtet 11. mars 2021 til årsmøtet 24. mars 2022:", {"bold": True}),
        ("table", [["Verv", "Namn"], ["Leiar", "Bjarne Kvalheim"], ["Nestleiar", "Øystein Rygg"],
                   ["Kasserar", "Arve Totland"], ["Skrivar", "Randi Vågen"], ["Styremedlem", "Pål Eikrem"],
                   ["Varamedlem", "Hilde Myklebust Hole"]], {"ruled": True}),
        ("p", "Styret etter årsmøtet 24. mars 2022:", {"bold": True}),
        ("table", [["Verv", "Namn"], ["Leiar", "Øystein Rygg"], ["Nestleiar", "Hilde Myklebust Hole"],
                   ["Kasserar", "Arve Totland"], ["Skrivar", "Solveig Hatlem"], ["Styremedlem", "Pål Eikrem"],
                   ["Varamedlem", "Ingvild Fure"]], {"ruled": True}),
        ("p", "Bjarne Kvalheim og Randi Vågen tok ikkje attval i 2022. Styret takkar begge for mange års innsats. "
              "Styret har hatt sju møte i 2021 og ni møte i 2022. Hamnesjef har vore Kåre Leikanger. "
              "Valnemnda har vore Oddny Eide og Trond Sætre."),
        ("h", 2, "Aktivitet"),
        ("p", "Foreininga har 164 medlemer ved utgangen av 2022. Medlemstalet auka med {p:9 %|medlemstalet} "
              "frå 2021. Seglkurset for barn vart halde begge åra, i 2022 med 18 deltakarar. Sommaren 2022 "
              "arrangerte foreininga kretsregattaen for {g:Stad} og {g:Selje} med 31 båtar, og fleire "
              "medlemer deltok på Nordfjordregattaen i {g:Måløy}."),
        ("p", "Hamna har 74 båtplassar. Ein av flytebryggjene vart skadd i stormen i januar 2022 og er "
              "reparert med hjelp frå forsikringa."),
        ("h", 2, "Økonomi"),
        ("p", f"Årsresultatet for 2022 vart kr {kr(line_value(res, 'Årsresultat', 0))} og for 2021 kr "
              f"{kr(line_value(res, 'Årsresultat', 1))}. Lånet i banken er nedbetalt med kr 80 000 kvart år."),
        ("stmt", Statement("Resultatrekneskap", cols, res), {"title": "Resultatrekneskap 2022 og 2021"}),
        ("stmt", Statement("Balanse", bcols, bal), {"title": "Balanse"}),
        ("sign", "{g:Selje}, 2. mars 2023",
         [("Øystein Rygg", "leiar"), ("Hilde Myklebust Hole", "nestleiar"), ("Arve Totland", "kasserar"),
          ("Solveig Hatlem", "skrivar"), ("Pål Eikrem", "styremedlem")]),
    ]
    return {
        "name": "straumsbukta-seglforening-2022", "year": 2022,
        "title": "Straumsbukta Seglforening årsmelding 2021–2022",
        "organization": {"name": "Straumsbukta Seglforening"},
        "ceo": None,
        "board": [("Øystein Rygg", "LEDE", None), ("Hilde Myklebust Hole", "NEST", None), ("Arve Totland", "MEDL", None),
                  ("Solveig Hatlem", "MEDL", None), ("Pål Eikrem", "MEDL", None), ("Ingvild Fure", "VARA", None)],
        "board_optional": ["Bjarne Kvalheim", "Randi Vågen"],
        "not_board": ["Kåre Leikanger", "Oddny Eide", "Trond Sætre"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Nynorsk sailing club, one report for two years ('Årsmelding 2021–2022'): both boards in "
                 "tables, the later one gold, those who left in 2022 optional (they were the board for part of "
                 "the period); income statement with Rekneskap 2022 / Rekneskap 2021 / Budsjett 2023 columns "
                 "(both years' actuals gold, budget optional).",
    }


REPORTS = [heimly, fjordterminal, straumsbukta]
