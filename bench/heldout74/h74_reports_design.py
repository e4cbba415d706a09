"""The seventy-fourth set's designer reports (this set's ``h74_pages``, printed by Chromium): a full
package with notes and the auditor's report (2011), an IKS with its representantskap beside the board
(2005) and, on nynorsk, a vekstbedrift that is the datterselskap of a holding company whose board and
konsernsjef are named (2024). Organisations, people and figures are invented; places are real and
valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Line, Statement, balance, income


def nok(value: float) -> str:
    """Whole kroner with spaces, as the statements print them."""
    return Statement("", [], []).fmt(value)


def line_of(lines: list[Line], label: str) -> list[float]:
    return next(line.values for line in lines if line.label == label)


def cash_flow(title: str, cols: list[Col], result: list[float], depreciation: list[float],
              changes: list[tuple[str, list[float]]], invest: list[float], loans: list[float],
              bank_start: list[float], bank_end: list[float]) -> Statement:
    """An indirect cash flow statement whose last line is the balance's bank deposits: the change in other
    accruals is what makes it so (computed, not typed)."""
    n = len(cols)
    net_change = [round(e - s, 2) for s, e in zip(bank_start, bank_end)]
    op_known = [round(result[i] + depreciation[i] + sum(c[1][i] for c in changes), 2) for i in range(n)]
    op_total = [round(net_change[i] - invest[i] - loans[i], 2) for i in range(n)]
    other = [round(op_total[i] - op_known[i], 2) for i in range(n)]
    lines = [Line("Kontantstrømmer fra operasjonelle aktiviteter", [None] * n, bold=True),
             Line("Årsresultat", result), Line("Ordinære avskrivninger", depreciation)]
    lines += [Line(label, values) for label, values in changes]
    lines += [Line("Endring i andre tidsavgrensningsposter", other),
              Line("Netto kontantstrøm fra operasjonelle aktiviteter", op_total, bold=True),
              Line("Kontantstrømmer fra investeringsaktiviteter", [None] * n, bold=True),
              Line("Utbetalinger ved kjøp av varige driftsmidler", invest),
              Line("Netto kontantstrøm fra investeringsaktiviteter", invest, bold=True),
              Line("Kontantstrømmer fra finansieringsaktiviteter", [None] * n, bold=True),
              Line("Nedbetaling av langsiktig gjeld", loans),
              Line("Netto kontantstrøm fra finansieringsaktiviteter", loans, bold=True),
              Line("Netto endring i bankinnskudd", net_change, bold=True),
              Line("Bankinnskudd per 01.01.", bank_start),
              Line("Bankinnskudd per 31.12.", bank_end, bold=True)]
    return Statement(title, cols, lines)


def kverndalen_produkter_2011() -> dict:
    """(d) The full package in one PDF: årsberetning, resultatregnskap, balanse, kontantstrømoppstilling,
    noter (the owners only in a note's table) and the auditor's report; the board only in the signature
    rows under the årsberetning."""
    cols = [Col("2011", 2011), Col("2010", 2010)]
    pay, employer, pension, other_pay = [8412600, 8103900], [1186177, 1142650], [336504, 324156], [148300, 131880]
    wages = [round(a + b + c + d) for a, b, c, d in zip(pay, employer, pension, other_pay)]
    inc = [("Salgsinntekt", "", [7225418, 6841290]), ("Tilskudd", "2", [10318600, 9977400]),
           ("Annen driftsinntekt", "", [184200, 162750])]
    cost = [("Varekostnad", "", [2688310, 2519044]), ("Lønnskostnad", "3", wages),
            ("Avskrivning på varige driftsmidler", "4", [702400, 688100]),
            ("Annen driftskostnad", "", [3902215, 3766830])]
    fin = [("Annen renteinntekt", "", [121880, 98410]), ("Annen rentekostnad", "", [-64215, -71903])]
    inc_lines = income("nb", 2, inc, cost, fin)
    result = Statement("Resultatregnskap", cols, inc_lines, note_col="Note")
    bal_lines = balance("nb", 2,
                        fixed=[("Tomter, bygninger og annen fast eiendom", "4", [6214000, 6498000]),
                               ("Maskiner, inventar og kjøretøy", "4", [1688300, 1541700])],
                        current=[("Varer", "", [912440, 864100]), ("Kundefordringer", "", [1114306, 1240771]),
                                 ("Andre fordringer", "", [188520, 201330]),
                                 ("Bankinnskudd, kontanter o.l.", "5", "plug")],
                        equity=[("Aksjekapital (1 000 aksjer à kr 1 000)", "6", [1000000, 1000000]),
                                ("Annen egenkapital", "", [7618045, 7208668])],
                        long=[("Gjeld til kredittinstitusjoner", "7", [2150000, 2400000])],
                        short=[("Leverandørgjeld", "", [622918, 701455]),
                               ("Skyldige offentlige avgifter", "", [1304812, 1256002]),
                               ("Annen kortsiktig gjeld", "", [1466210, 1388147])])
    sheet = Statement("Balanse", cols, bal_lines, note_col="Note")
    res = line_of(inc_lines, "Årsresultat")
    bank = line_of(bal_lines, "Bankinnskudd, kontanter o.l.")
    flow = cash_flow("Kontantstrømoppstilling", [Col("2011", 2011)], [res[0]], [702400],
                     [("Endring i varer", [864100 - 912440]), ("Endring i kundefordringer", [1240771 - 1114306]),
                      ("Endring i leverandørgjeld", [622918 - 701455])],
                     invest=[-565000], loans=[-250000], bank_start=[bank[1]], bank_end=[bank[0]])
    wage_rows = [["", "2011", "2010"], ["Lønninger", nok(pay[0]), nok(pay[1])],
                 ["Arbeidsgiveravgift", nok(employer[0]), nok(employer[1])],
                 ["Pensjonskostnader", nok(pension[0]), nok(pension[1])],
                 ["Andre ytelser", nok(other_pay[0]), nok(other_pay[1])],
                 ["Sum", nok(wages[0]), nok(wages[1])],
                 ["Gjennomsnittlig antall årsverk", "27,5", "26,8"]]
    board = [("Ingunn Skjæveland", "LEDE", False), ("Roald Fjermestad", "NEST", False),
             ("Åse Haugstad", "MEDL", False), ("Kenneth Lima", "MEDL", True)]
    items = [
        ("cover", "Årsregnskap og årsberetning", "Kverndalen Produkter AS 2011",
         ["Kverndalsvegen 6, 4330 {g:Ålgård}  ·  Tlf. 51 61 83 40",
          "firmapost@kverndalen.no  ·  www.kverndalen.no  ·  Org.nr. 971 204 883"]),
        ("h", 1, "Årsberetning 2011"),
        ("grid", [[
            ("h", 2, "Virksomhetens art"),
            ("p", "Kverndalen Produkter AS ble stiftet i 1987 og er en vekstbedrift med hovedkontor og produksjon på "
                  "{g:Ålgård} i {g:Gjesdal kommune|Gjesdal}. Selskapet har en avdeling for snekkerarbeid i "
                  "{g:Oltedal} og leverer emballasje, ved og monteringstjenester til bedrifter i {g:Rogaland}."),
            ("p", "Selskapet har 36 godkjente plasser i varig tilrettelagt arbeid (VTA). I tillegg har 58 deltakere "
                  "vært på arbeidspraksis i skjermet virksomhet (APS) i løpet av året."),
            ("h", 2, "Fortsatt drift"),
            ("p", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Styret mener at forutsetningen "
                  "er til stede."),
            ("h", 2, "Arbeidsmiljø og personale"),
            ("p", "Sykefraværet var {p:5,8 %|sykefraværet} mot {p:6,9 %|sykefraværet} i 2010. Det har ikke vært "
                  "alvorlige skader eller ulykker i året."),
        ], [
            ("h", 2, "Likestilling"),
            ("p", "Av 31 ansatte er 14 kvinner. Styret har to kvinner blant fire medlemmer."),
            ("h", 2, "Ytre miljø"),
            ("p", "Selskapet forurenser ikke det ytre miljøet utover det som er vanlig for bransjen."),
            ("h", 2, "Resultat og disponering"),
            ("p", f"Årsresultatet ble {nok(res[0])} kroner. Styret foreslår at hele beløpet overføres til annen "
                  "egenkapital. Egenkapitalandelen er {p:60,9 %|egenkapitalandelen} ved utgangen av året."),
            ("box", [("p", "{p:41 %|over til arbeid eller utdanning}: så stor del av deltakerne som avsluttet APS, gikk over til arbeid "
                           "eller utdanning.", {"cls": "small"})]),
        ]], {"cols": "1fr 1fr"}),
        ("sign", "{g:Ålgård}, 9. mars 2012",
         [("Ingunn Skjæveland", "Styreleder"), ("Roald Fjermestad", "Nestleder"), ("Åse Haugstad", "Styremedlem"),
          ("Kenneth Lima", "Styremedlem, ansattvalgt"), ("Geir Helland Ree", "Daglig leder")], {"cols": 3}),
        ("break",),
        ("stmt", result, {"title": "Resultatregnskap for 2011"}),
        ("break",),
        ("stmt", sheet, {"title": "Balanse per 31. desember 2011"}),
        ("stmt", flow, {"title": "Kontantstrømoppstilling 2011"}),
        ("h", 1, "Noter til regnskapet 2011"),
        ("h", 2, "Note 1 – Regnskapsprinsipper"),
        ("p", "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk for små foretak. "
              "Driftsmidler avskrives lineært over forventet levetid.", {"cls": "small"}),
        ("h", 2, "Note 2 – Tilskudd"),
        ("p", "Tilskudd fra NAV gjelder VTA og APS. Kommunalt driftstilskudd fra {g:Gjesdal} og {g:Sandnes} er "
              "ført som tilskudd.", {"cls": "small"}),
        ("h", 2, "Note 3 – Lønnskostnader, antall ansatte, godtgjørelser"),
        ("table", wage_rows),
        ("p", "Daglig leder har i 2011 fått lønn på 712 400 kroner. Styrehonorar er utbetalt med 86 000 kroner. "
              "Revisjonshonorar er kostnadsført med 48 500 kroner eksklusiv merverdiavgift.", {"cls": "small"}),
        ("h", 2, "Note 6 – Aksjekapital og aksjonærer"),
        ("table", [["Aksjonær", "Antall aksjer", "Eierandel"],
                   ["{g:Gjesdal kommune|Gjesdal}", "660", "{p:66 %}"],
                   ["{g:Sandnes kommune|Sandnes}", "220", "{p:22 %}"],
                   ["Stiftelsen Bjørnbakk", "120", "{p:12 %}"],
                   ["Sum", "1 000", "{p?:100 %}"]]),
        ("h", 2, "Note 7 – Gjeld til kredittinstitusjoner"),
        ("p", "Lånet er sikret med pant i fast eiendom på {g:Ålgård}. Gjeld som forfaller senere enn fem år "
              "etter regnskapsårets slutt utgjør 1 150 000 kroner.", {"cls": "small"}),
        ("break",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til generalforsamlingen i Kverndalen Produkter AS"),
        ("h", 2, "Uttalelse om årsregnskapet"),
        ("p", "Vi har revidert årsregnskapet for Kverndalen Produkter AS, som består av balanse per 31. desember "
              "2011, resultatregnskap og kontantstrømoppstilling for regnskapsåret som ble avsluttet på denne "
              "datoen, og noteopplysninger med en beskrivelse av de viktigste regnskapsprinsippene."),
        ("h", 2, "Styrets og daglig leders ansvar"),
        ("p", "Styret og daglig leder har ansvaret for å utarbeide årsregnskapet og for at det gir et rettvisende "
              "bilde i samsvar med regnskapsloven og god regnskapsskikk."),
        ("h", 2, "Konklusjon"),
        ("p", "Etter vår mening er årsregnskapet avgitt i samsvar med lov og forskrifter og gir et rettvisende "
              "bilde av den finansielle stillingen til Kverndalen Produkter AS per 31. desember 2011."),
        ("p", "{g:Stavanger}, 22. mars 2012"),
        ("p", "Fjordvik Revisjon AS"),
        ("p", "Trond Egil Bergsagel"),
        ("p", "statsautorisert revisor"),
    ]
    return {
        "name": "kverndalen-produkter-2011", "lang": "nb", "year": 2011,
        "title": "Kverndalen Produkter AS – årsregnskap 2011",
        "organization": {"name": "Kverndalen Produkter AS", "founded_year": 1987,
                         "address": "Kverndalsvegen 6, 4330 Ålgård", "phone": "51 61 83 40",
                         "email": "firmapost@kverndalen.no", "website": "www.kverndalen.no",
                         "owners": [{"name": "Gjesdal kommune", "share_percent": 66},
                                    {"name": "Sandnes kommune", "share_percent": 22},
                                    {"name": "Stiftelsen Bjørnbakk", "share_percent": 12}]},
        "ceo": "Geir Helland Ree", "board": board,
        "not_board": ["Trond Egil Bergsagel"],
        "programs": {"VTA": 36},
        "accent": "#2d5b3c", "tint": "#eef4ef",
        "items": items, "renditions": ["chrome"],
        "notes": "Full package: the board only in the signature rows under the årsberetning; the auditor (name and "
                 "firm) signs the last page; owners only in note 6's table; a cash flow statement and a wage note "
                 "(table rows, no key figures).",
    }


def nordbotn_arbeid_iks_2005() -> dict:
    """(e) An IKS whose report prints the board and the representantskap side by side (the owners'
    representatives and their deputies), with a budget column in the income statement."""
    cols = [Col("Regnskap 2005", 2005), Col("Budsjett 2005", 2005, BUDGET), Col("Regnskap 2004", 2004)]
    inc = [("Produksjonsinntekter", "", [3412880, 3300000, 3198412]),
           ("Statstilskudd VTA", "", [3984000, 3984000, 3812400]),
           ("Kommunale tilskudd", "", [1020000, 1020000, 990000]),
           ("Andre inntekter", "", [96410, 50000, 88300])]
    cost = [("Varekostnad", "", [1288102, 1250000, 1199480]),
            ("Lønn og sosiale kostnader", "", [5480224, 5520000, 5214700]),
            ("Avskrivninger", "", [288000, 290000, 276500]),
            ("Andre driftskostnader", "", [1321900, 1290000, 1305220])]
    fin = [("Finansinntekter", "", [64220, 40000, 51800])]
    result = Statement("Resultatregnskap", cols, income("nb", 3, inc, cost, fin))
    bal = balance("nb", 2,
                  fixed=[("Maskiner og inventar", "", [1402000, 1520000]), ("Kjøretøy", "", [212000, 265000])],
                  current=[("Lager", "", [344800, 318200]), ("Kundefordringer", "", [522310, 498775]),
                           ("Bankinnskudd", "", "plug")],
                  equity=[("Innskutt egenkapital", "", [600000, 600000]), ("Annen egenkapital", "", [2366128, 2166844])],
                  long=[],
                  short=[("Leverandørgjeld", "", [244018, 268904]), ("Offentlige avgifter", "", [488300, 462110]),
                         ("Annen kortsiktig gjeld", "", [402614, 377980])])
    sheet = Statement("Balanse", [Col("31.12.2005", 2005), Col("31.12.2004", 2004)], bal)
    board = [("Solveig Rasmussen", "LEDE", False), ("Jan Ove Lilleng", "NEST", False),
             ("Berit Hansen Furu", "MEDL", False), ("Kjell Arne Nilsen", "MEDL", False),
             ("Tone Malin Eliassen", "MEDL", True), ("Rolf Andreassen", "VARA", None),
             ("Geir Olav Strand", "VARA", None)]
    items = [
        ("cover", "Årsmelding og regnskap 2005", "Nordbotn Arbeid IKS",
         ["Et interkommunalt selskap eid av {g:Balsfjord}, {g:Storfjord} og {g:Lyngen}",
          "Industrivegen 3, 9040 {g:Nordkjosbotn}  ·  77 72 18 00  ·  post@nordbotn-arbeid.no"]),
        ("p", "Nordbotn Arbeid IKS ble stiftet i 1996 som aksjeselskap og omdannet til interkommunalt selskap "
              "i 2001. Selskapet tilbyr varig tilrettelagt arbeid og arbeidstrening for personer fra de tre "
              "eierkommunene. Les mer på www.nordbotn-arbeid.no.", {"cls": "lead"}),
        ("h", 1, "Selskapets organer"),
        ("grid", [[
            ("h", 2, "Styret"),
            ("table", [["Leder", "Solveig Rasmussen"], ["Nestleder", "Jan Ove Lilleng"],
                       ["Medlem", "Berit Hansen Furu"], ["Medlem", "Kjell Arne Nilsen"],
                       ["Ansattes repr.", "Tone Malin Eliassen"], ["Varamedlem", "Rolf Andreassen"],
                       ["Vara ansattes repr.", "Geir Olav Strand"]], {"head": False, "cls": "plain"}),
        ], [
            ("h", 2, "Representantskapet"),
            ("table", [["Kommune", "Medlem", "Varamedlem"],
                       ["{g:Balsfjord}", "Hallvard Pettersen (leder)", "Ellen Rød"],
                       ["{g:Storfjord}", "Sigrid Moen", "Arnt Olsen"],
                       ["{g:Lyngen}", "Asbjørn Larsen", "Marit Kildal"]]),
            ("p", "Representantskapet har hatt to møter. Det godkjente årsmelding og regnskap for 2004 i møte "
                  "26. april 2005 og budsjett for 2006 i møte 15. november 2005.", {"cls": "small"}),
        ]], {"cols": "1fr 1.35fr"}),
        ("p", "Daglig leder er Hege Johansen. Styret har hatt seks møter og behandlet 39 saker. Styrets sekretær "
              "er kontorleder Wenche Strøm."),
        ("h", 1, "Eierforhold"),
        ("p", "Eierandelene følger selskapsavtalen, og kommunene hefter for selskapets forpliktelser etter "
              "eierandel."),
        ("table", [["Eier", "Eierandel"], ["{g:Balsfjord kommune|Balsfjord}", "{p:45 %}"],
                   ["{g:Storfjord kommune|Storfjord}", "{p:30 %}"], ["{g:Lyngen kommune|Lyngen}", "{p:25 %}"]]),
        ("h", 1, "Virksomheten i 2005"),
        ("p", "Selskapet har 22 plasser i varig tilrettelagt arbeid (VTA) fordelt på avdelingene i "
              "{g:Nordkjosbotn}, {g:Hatteng} og {g:Lyngseidet}. Vi produserer ved, strøsand og enkle "
              "trevarer, og har vaskeritjenester for helsesentrene i alle tre kommunene."),
        ("p", "Aetat {g:Troms} kjøpte i tillegg arbeidstrening for 17 personer. Sju av dem gikk videre til "
              "arbeid, skole eller annet tiltak."),
        ("h", 1, "Arbeidsmiljø"),
        ("p", "Sykefraværet blant de ansatte var {p:9,6 %|sykefraværet}. Kvinneandelen blant de ansatte er "
              "{p:55 %|kvinneandelen}. Det er gjennomført vernerunder i alle avdelinger sammen med "
              "bedriftshelsetjenesten i {g:Tromsø}."),
        ("break",),
        ("h", 1, "Regnskap 2005"),
        ("stmt", result, {"title": "Resultatregnskap 2005"}),
        ("break",),
        ("stmt", sheet, {"title": "Balanse"}),
        ("p", "Årets overskudd er overført til annen egenkapital.", {"cls": "note"}),
        ("sign", "{g:Nordkjosbotn}, 20. februar 2006",
         [("Solveig Rasmussen", "leder"), ("Jan Ove Lilleng", "nestleder"), ("Berit Hansen Furu", "medlem"),
          ("Kjell Arne Nilsen", "medlem"), ("Tone Malin Eliassen", "ansattes repr."), ("Hege Johansen", "daglig leder")],
         {"cols": 3}),
    ]
    return {
        "name": "nordbotn-arbeid-iks-2005", "lang": "nb", "year": 2005, "title": "Nordbotn Arbeid IKS – årsmelding 2005",
        "organization": {"name": "Nordbotn Arbeid IKS", "founded_year": 1996,
                         "address": "Industrivegen 3, 9040 Nordkjosbotn", "phone": "77 72 18 00",
                         "email": "post@nordbotn-arbeid.no", "website": "www.nordbotn-arbeid.no",
                         "owners": [{"name": "Balsfjord kommune", "share_percent": 45},
                                    {"name": "Storfjord kommune", "share_percent": 30},
                                    {"name": "Lyngen kommune", "share_percent": 25}]},
        "ceo": "Hege Johansen", "board": board,
        "not_board": ["Hallvard Pettersen", "Ellen Rød", "Sigrid Moen", "Arnt Olsen", "Asbjørn Larsen",
                      "Marit Kildal", "Wenche Strøm"],
        "programs": {"VTA": 22},
        "accent": "#1d4e89", "tint": "#edf2f9",
        "items": items, "renditions": ["chrome"],
        "notes": "IKS: board (Verv | Navn without header) and representantskap (Kommune | Medlem | Varamedlem, its "
                 "leder marked) side by side; the representatives and the board's secretary are not board. "
                 "Founded 1996 as AS, made an IKS in 2001: founded_year 1996. Budget column optional.",
    }


def bagnslokja_arbeid_2024() -> dict:
    """(f) On nynorsk: a vekstbedrift that is the heleigd datterselskap of a holding company; the parent's
    owners (kommunar, with shares), its styreleiar and konsernsjef (who chairs the reporting company's board)
    are named, and the konsern's figures stand in a box beside the company's own statements."""
    cols = [Col("2024", 2024), Col("2023", 2023)]
    inc = [("Salsinntekter", "", [5218330, 4906120]), ("Tilskot frå NAV", "", [9844200, 9512600]),
           ("Andre driftsinntekter", "", [140500, 188900])]
    cost = [("Varekostnad", "", [1712408, 1604220]), ("Lønskostnad", "", [10288415, 9870310]),
            ("Avskriving", "", [402000, 388000]), ("Anna driftskostnad", "", [2548900, 2611450])]
    fin = [("Finansinntekter", "", [118400, 84300]), ("Finanskostnader", "", [-12200, -15600])]
    result = Statement("Resultatrekneskap", cols, income("nn", 2, inc, cost, fin), thousands=".")
    bal = balance("nn", 2,
                  fixed=[("Maskinar og inventar", "", [1488000, 1602000]), ("Bilar", "", [386000, 441000])],
                  current=[("Varelager", "", [412500, 398100]), ("Kundefordringar", "", [744318, 702441]),
                           ("Fordring på morselskap", "", [250000, 0]), ("Bankinnskot", "", "plug")],
                  equity=[("Aksjekapital", "", [800000, 800000]), ("Annan eigenkapital", "", [3906124, 3548617])],
                  long=[],
                  short=[("Leverandørgjeld", "", [388210, 402550]), ("Skuldige offentlege avgifter", "", [822904, 790118]),
                         ("Anna kortsiktig gjeld", "", [1010332, 988456])])
    sheet = Statement("Balanse", [Col("31.12.2024", 2024), Col("31.12.2023", 2023)], bal, thousands=".")
    board = [("Trygve Ødegaard", "LEDE", False), ("Åshild Rudi", "MEDL", False),
             ("Lars Erik Brenna", "MEDL", False), ("Maren Bakkom", "MEDL", True), ("Eivind Tomter", "VARA", None)]
    items = [
        ("cover", "Årsmelding 2024", "Bagnsløkja Arbeid AS",
         ["Ein del av Fjellstue-konsernet",
          "Løkjevegen 2, 2930 {g:Bagn}  ·  61 34 70 55  ·  post@bagnslokja.no  ·  www.bagnslokja.no"]),
        ("grid", [[
            ("h", 1, "Om selskapet"),
            ("p", "Bagnsløkja Arbeid AS vart skipa i 1993 og er ei arbeids- og inkluderingsverksemd i "
                  "{g:Sør-Aurdal}. Vi har 19 plassar i varig tilrettelagt arbeid (VTA) og 34 plassar i "
                  "arbeidsførebuande trening (AFT) for deltakarar frå heile {g:Valdres}."),
            ("p", "Selskapet er heileigd av Fjellstue Holding AS ({p:100 %|Fjellstue Holding AS}), som også eig "
                  "reinhaldsselskapet Fjellstue Reinhald AS. Fjellstue Holding AS er eigd av "
                  "{g:Sør-Aurdal kommune|Sør-Aurdal} ({p:40 %|Sør-Aurdal kommune}), {g:Nord-Aurdal kommune|Nord-Aurdal} "
                  "({p:35 %|Nord-Aurdal kommune}) og {g:Etnedal kommune|Etnedal} ({p:25 %|Etnedal kommune})."),
            ("h", 1, "Året 2024"),
            ("p", "Vi opna ei ny avdeling for bilpleie på {g:Fagernes} i mars. Av deltakarane som avslutta AFT, "
                  "gjekk {p:47 %|arbeid eller utdanning} over til arbeid eller utdanning. Sjukefråværet var "
                  "{p:5,2 %|sjukefråværet}."),
        ], [
            ("box", [
                ("h", 2, "Konsernet i tal"),
                ("table", [["Fjellstue-konsernet", "2024", "2023"],
                           ["Driftsinntekter (konsern)", "31.408.220", "29.774.010"],
                           ["Årsresultat (konsern)", "1.118.406", "902.715"],
                           ["Tilsette i konsernet", "61", "58"]]),
                ("p", "Styreleiar i Fjellstue Holding AS er Gudbrand Hauge. Konsernsjef er Trygve Ødegaard.",
                 {"cls": "small"}),
            ]),
        ]], {"cols": "1.6fr 1fr"}),
        ("h", 1, "Styret i Bagnsløkja Arbeid AS"),
        ("cards", [("Trygve Ødegaard", ["Styreleiar", "konsernsjef i Fjellstue Holding AS"]),
                   ("Åshild Rudi", ["Styremedlem"]), ("Lars Erik Brenna", ["Styremedlem"]),
                   ("Maren Bakkom", ["Styremedlem", "vald av dei tilsette"]),
                   ("Eivind Tomter", ["Varamedlem"])], {"cols": 4}),
        ("p", "Dagleg leiar er Ingvild Haugen Strande. Styret har hatt seks møte i 2024. Generalforsamlinga "
              "vert halden av morselskapet."),
        ("break",),
        ("h", 1, "Rekneskap 2024"),
        ("stmt", result, {"title": "Resultatrekneskap"}),
        ("break",),
        ("stmt", sheet, {"title": "Balanse"}),
        ("p", "Fordringa på morselskapet gjeld konsernbidrag. Rekneskapen er sett opp under føresetnad om "
              "vidare drift.", {"cls": "note"}),
        ("sign", "{g:Bagn}, 18. mars 2025",
         [("Trygve Ødegaard", "styreleiar"), ("Åshild Rudi", "styremedlem"), ("Lars Erik Brenna", "styremedlem"),
          ("Maren Bakkom", "styremedlem"), ("Ingvild Haugen Strande", "dagleg leiar")], {"cols": 3}),
    ]
    return {
        "name": "bagnslokja-arbeid-2024", "lang": "nn", "year": 2024, "title": "Bagnsløkja Arbeid AS – årsmelding 2024",
        "organization": {"name": "Bagnsløkja Arbeid AS", "founded_year": 1993,
                         "address": "Løkjevegen 2, 2930 Bagn", "phone": "61 34 70 55",
                         "email": "post@bagnslokja.no", "website": "www.bagnslokja.no",
                         "owners": [{"name": "Fjellstue Holding AS", "share_percent": 100}]},
        "ceo": "Ingvild Haugen Strande", "board": board,
        "not_board": ["Gudbrand Hauge"],
        "programs": {"VTA": 19, "AFT": 34},
        "accent": "#7a3b2e", "tint": "#f7efec", "css_font": "'DejaVu Serif', serif", "html_lang": "nn",
        "items": items, "renditions": ["chrome"],
        "notes": "Datterselskap: the owner is the holding company (100 %); the holding's own owners (kommunar with "
                 "shares) are printed but are not this company's owners. The konsernsjef chairs this board (gold "
                 "LEDE); the holding's styreleiar is not board. The konsern's figures in the side box are not "
                 "this company's key figures.",
    }


REPORTS = [kverndalen_produkter_2011, nordbotn_arbeid_iks_2005, bagnslokja_arbeid_2024]
