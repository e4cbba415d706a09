"""Eighth-round statement cases (docs/phrasings.md §30). First, from a blind test: a statement's
title that carries its date ("Balanse pr. 31.12.1996", "Resultatregnskap for 1996") set in bold
type above the table, which the PDF renditions must read as a heading; and a web page made into a
landscape PDF whose text and statements stand side by side in the cells of an unruled layout
table (figures in NOK 1000, negatives in parentheses). Organisations and figures are invented;
wordings are paraphrased."""
from probes.cases.statements import F
from probes.spec import H, P, T, Expect, Probe, Side

BOTH = ("docx", "pdf")


def g8(id_, items, expect, lang="nb", formats=BOTH, title="Årsrapport 2023", family="statements"):
    return Probe(f"g8-fs-{id_}", family, tuple(items), expect, lang=lang, formats=formats,
                 title=title if lang == "nb" or title != "Årsrapport 2023" else "Årsmelding 2023")


def income(year=2023, nn=False):
    """Driftsinntekter 1 480 000 - driftskostnader 1 310 000 = 170 000; finans 6 000; 176 000
    (the year before: 1 395 000 - 1 342 000 = 53 000; 4 000; 57 000)."""
    return (("", "Note", str(year), str(year - 1)),
            ("Salsinntekter" if nn else "Salgsinntekter", "", "1 480 000", "1 395 000"),
            ("Sum driftsinntekter", "", "1 480 000", "1 395 000"),
            ("Lønskostnader" if nn else "Lønnskostnader", "2", "910 000", "884 000"),
            ("Andre driftskostnader", "", "400 000", "458 000"),
            ("Sum driftskostnader", "", "1 310 000", "1 342 000"),
            ("Driftsresultat", "", "170 000", "53 000"),
            ("Finansinntekter", "", "6 000", "4 000"),
            ("Årsresultat", "", "176 000", "57 000"))


def balance(year=2023, nn=False, dated=True):
    """Sum eiendeler 742 000 = egenkapital 618 000 + gjeld 124 000 (the year before: 566 000 =
    442 000 + 124 000)."""
    head = (f"31.12.{year}", f"31.12.{year - 1}") if dated else (str(year), str(year - 1))
    return (("", "Note", *head),
            ("Inventar", "3", "42 000", "56 000"),
            ("Bankinnskot" if nn else "Bankinnskudd", "", "700 000", "510 000"),
            ("Sum eigedelar" if nn else "Sum eiendeler", "", "742 000", "566 000"),
            ("Anna eigenkapital" if nn else "Annen egenkapital", "", "618 000", "442 000"),
            ("Sum eigenkapital" if nn else "Sum egenkapital", "", "618 000", "442 000"),
            ("Leverandørgjeld", "", "124 000", "124 000"),
            ("Sum gjeld", "", "124 000", "124 000"),
            ("Sum eigenkapital og gjeld" if nn else "Sum egenkapital og gjeld", "", "742 000", "566 000"))


def balance_figures(year=2023):
    return (F("sum_eiendeler", year, 742000), F("sum_egenkapital", year, 618000), F("sum_gjeld", year, 124000))


def income_figures(year=2023):
    return (F("driftsinntekter", year, 1480000), F("driftsresultat", year, 170000), F("arsresultat", year, 176000))


def dated_title(id_, title, table, figures, lang="nb", report="Årsrapport 2023", size=None, **expect):
    """A statement's title in bold body type (or a little larger), right above its table."""
    return g8(id_, (P("Styret viser til regnskapet nedenfor."), P(title, bold=True, size=size),
                    T(table, ruled=False)),
              Expect(headings=(title,), sure_figures=figures, **expect), lang=lang, title=report)


OLD = "Årsberetning 1996"
PROBES = [
    # --- 1. dated statement titles in bold type above the table ----------------------------------
    dated_title("balance-pr-day-month", "Balanse pr. 31.12.", balance(), balance_figures()),
    dated_title("balance-pr-full-date-1996", "Balanse pr. 31.12.1996", balance(1996), balance_figures(1996),
                report=OLD),
    dated_title("income-for-year-1996", "Resultatregnskap for 1996", income(1996), income_figures(1996),
                report=OLD),
    dated_title("balance-per-date-in-words", "Balanse per 31. desember 2019", balance(2019), balance_figures(2019),
                report="Årsrapport 2019", size=12),
    dated_title("balance-bare-date", "Balanse 31.12.2008", balance(2008), balance_figures(2008),
                report="Årsberetning 2008"),
    dated_title("balance-day-and-month-in-words", "Balanse 31. desember", balance(dated=False), balance_figures()),
    dated_title("balance-pr-day-month-nn", "Balanse pr. 31.12.", balance(nn=True), balance_figures(), lang="nn"),
    dated_title("income-for-year-nn", "Resultatrekneskap for 2023", income(nn=True), income_figures(), lang="nn"),
    dated_title("income-plain-nn", "Resultatrekneskap", income(nn=True), income_figures(), lang="nn", size=12),
    dated_title("income-for-the-year-ended", "Resultatregnskap for året 2023", income(), income_figures()),
]


def centred_title(id_, title, table, figures, formats=BOTH, bold=True, size=None, **table_kw):
    """An old report's statement title set centred over its table (ruled or not)."""
    return g8(id_, (P("Styret viser til regnskapet nedenfor."), P(title, bold=bold, size=size, centered=True),
                    T(table, **table_kw)),
              Expect(headings=(title,), key_figures=figures), title=OLD, formats=formats)


PROBES += [
    centred_title("centred-balance-unruled", "Balanse pr. 31.12.1996", balance(1996), balance_figures(1996),
                  ruled=False),
    centred_title("centred-balance-ruled-day-month", "Balanse pr. 31.12.", balance(1996), balance_figures(1996)),
    centred_title("centred-income-ruled", "Resultatregnskap for 1996", income(1996), income_figures(1996)),
    centred_title("centred-larger-not-bold", "Balanse pr. 31.12.", balance(1996), balance_figures(1996),
                  bold=False, size=14, ruled=False),
    centred_title("centred-web-narrow-cells", "Balanse pr. 31.12.1996", balance(1996), balance_figures(1996),
                  formats=("html",), ruled=False, right_aligned=True),
]

# --- 2. a web page made into a landscape PDF: text and statements in layout cells ----------------
K_INCOME = (("", "Note", "2023", "2022"),  # NOK 1000: 8 214 - 6 120 - 1 702 = 392; + 20 = 412
            ("Driftsinntekter", "2", "8 214", "7 903"),
            ("Lønnskostnader", "3", "(6 120)", "(5 988)"),
            ("Andre driftskostnader", "", "(1 702)", "(1 811)"),
            ("Driftsresultat", "", "392", "104"),
            ("Finansinntekter", "", "20", "9"),
            ("Årsresultat", "", "412", "113"))
K_BALANCE = (("", "Note", "2023", "2022"),
             ("Bankinnskudd", "", "3 118", "2 706"),
             ("Sum eiendeler", "", "3 118", "2 706"),
             ("Sum egenkapital", "", "2 510", "2 098"),
             ("Sum gjeld", "", "608", "608"),
             ("Sum egenkapital og gjeld", "", "3 118", "2 706"))
K_NN = {"Lønnskostnader": "Lønskostnader", "Bankinnskudd": "Bankinnskot", "Sum eiendeler": "Sum eigedelar",
        "Sum egenkapital": "Sum eigenkapital", "Sum egenkapital og gjeld": "Sum eigenkapital og gjeld"}
K_FIGURES = (F("driftsinntekter", 2023, 8214000), F("driftsresultat", 2023, 392000), F("arsresultat", 2023, 412000),
             F("arsresultat", 2022, 113000), F("sum_eiendeler", 2023, 3118000), F("sum_egenkapital", 2023, 2510000))
K_ROWS = (("Driftsinntekter", "2", "8 214", "7 903"), ("Lønnskostnader", "3", "(6 120)", "(5 988)"),
          ("Sum egenkapital og gjeld", "3 118", "2 706"))


def nn(rows):
    return tuple((K_NN.get(r[0], r[0]), *r[1:]) for r in rows)


def text_nb(head=lambda t: P(t, bold=True)):
    return (head("Styrets beretning"),
            P("Stiftelsen Myrtun driver et aktivitetshus for eldre i Holmvik kommune. Driften har vært "
              "stabil gjennom hele året, og belegget var 96,2 % mot 94,0 % året før."),
            head("Økonomi"),
            P("Årsresultatet ble et overskudd på 412 tusen kroner. Styret foreslår at overskuddet "
              "overføres til annen egenkapital, og mener at forutsetningen om fortsatt drift er til stede."),
            head("Arbeidsmiljø"),
            P("Sykefraværet var 4,1 % i 2023. Det har ikke vært skader eller ulykker i løpet av året."))


def statements_nb(income_title="Resultatregnskap for 2023", balance_title="Balanse pr. 31.12.2023"):
    return (P(income_title, bold=True), P("NOK 1000"), T(K_INCOME, ruled=False, right_aligned=True),
            P(balance_title, bold=True), T(K_BALANCE, ruled=False, right_aligned=True))


WEB = ("html",)
PROBES += [
    g8("web-text-beside-statements", (Side(text_nb(), statements_nb()),),
       Expect(headings=("Styrets beretning", "Økonomi", "Arbeidsmiljø", "Resultatregnskap for 2023",
                        "Balanse pr. 31.12.2023"),
              table_rows=K_ROWS, sure_figures=K_FIGURES, percentages=((96.2, "belegget"),)),
       formats=WEB, family="layout"),
    g8("web-text-beside-statements-nn", (Side((
        P("Styret si melding", bold=True),
        P("Laget driv eit aktivitetshus for eldre i Holmvik kommune. Drifta har vore stabil gjennom heile "
          "året, og belegget var 96,2 % mot 94,0 % året før."),
        P("Økonomi", bold=True),
        P("Årsresultatet vart eit overskot på 412 tusen kroner, som styret gjer framlegg om å føre over til "
          "anna eigenkapital.")), (
        P("Resultatrekneskap for 2023", bold=True), P("NOK 1000"), T(nn(K_INCOME), ruled=False, right_aligned=True),
        P("Balanse pr. 31.12.", bold=True), T(nn(K_BALANCE), ruled=False, right_aligned=True))),),
       Expect(headings=("Styret si melding", "Økonomi", "Resultatrekneskap for 2023", "Balanse pr. 31.12."),
              table_rows=nn(K_ROWS), sure_figures=K_FIGURES, percentages=((96.2, "belegget"),)),
       lang="nn", formats=WEB, family="layout"),
    g8("web-bilingual-columns", (Side((
        P("Nøkkeltall", bold=True),
        P("Belegget var 96,2 % i 2023, og driftsinntektene økte med 3,9 % til 8,2 millioner kroner i løpet av året."),
        *statements_nb()), (
        P("Key figures", bold=True),
        P("The occupancy rate was 96.2 % in 2023, and operating revenue rose by 3.9 % to NOK 8.2 million in the year."),
        P("Income statement 2023", bold=True), P("NOK 1000"),
        T((("", "Note", "2023", "2022"), ("Operating revenue", "2", "8 214", "7 903"),
           ("Payroll expenses", "3", "(6 120)", "(5 988)"), ("Other operating expenses", "", "(1 702)", "(1 811)"),
           ("Operating profit", "", "392", "104"), ("Financial income", "", "20", "9"),
           ("Profit for the year", "", "412", "113")), ruled=False, right_aligned=True))),),
       Expect(headings=("Nøkkeltall", "Key figures", "Resultatregnskap for 2023", "Income statement 2023"),
              table_rows=(*K_ROWS[:2], ("Operating revenue", "2", "8 214", "7 903")),
              sure_figures=K_FIGURES[:3], once=("driftsinntekter", "arsresultat"),
              percentages=((96.2, "belegget"), (96.2, "occupancy"))),
       formats=WEB, family="layout"),
    g8("web-statements-side-by-side", (
        P("Stiftelsen Myrtun legger med dette fram regnskapet for 2023, med tall i hele tusen kroner."),
        Side(statements_nb()[:3], statements_nb()[3:])),
       Expect(headings=("Resultatregnskap for 2023", "Balanse pr. 31.12.2023"), table_rows=K_ROWS,
              sure_figures=K_FIGURES),
       formats=WEB, family="layout"),
    g8("web-headings-as-heading-tags", (Side(text_nb(head=lambda t: H(t, 3)),
                                             statements_nb("Resultatregnskap", "Balanse 31. desember 2023")),),
       Expect(headings=("Styrets beretning", "Økonomi", "Resultatregnskap", "Balanse 31. desember 2023"),
              table_rows=K_ROWS, sure_figures=K_FIGURES),
       formats=WEB, family="layout"),
]

# --- 3. statements from the eighth reading of public reports (§30): municipal and association
# styles, budget columns, the newest year last, a deficit printed as a positive amount --------------
MUNICIPAL = (("", "Regnskap 1999", "Regulert budsjett 1999", "Opprinnelig budsjett 1999", "Regnskap 1998"),
             ("Brukerbetalinger", "412 300", "400 000", "390 000", "398 100"),
             ("Rammetilskudd", "2 188 000", "2 150 000", "2 100 000", "2 090 400"),
             ("Sum driftsinntekter", "2 600 300", "2 550 000", "2 490 000", "2 488 500"),
             ("Lønnsutgifter", "1 710 200", "1 690 000", "1 640 000", "1 655 900"),
             ("Kjøp av varer og tjenester", "802 600", "820 000", "800 000", "790 300"),
             ("Sum driftsutgifter", "2 512 800", "2 510 000", "2 440 000", "2 446 200"),
             ("Brutto driftsresultat", "87 500", "40 000", "50 000", "42 300"))
ASSOCIATION = (("", "2023", "2022"),  # 312 400 + 96 000 = 408 400; 453 700; -45 300 (2022: +21 600)
               ("Medlemskontingent", "312 400", "305 000"),
               ("Tilskudd og gaver", "96 000", "118 000"),
               ("Sum inntekter", "408 400", "423 000"),
               ("Aktiviteter", "301 500", "290 100"),
               ("Administrasjon", "152 200", "111 300"),
               ("Sum kostnader", "453 700", "401 400"),
               ("Årsunderskudd", "45 300", ""),
               ("Årsoverskudd", "", "21 600"),
               ("Overført fra annen egenkapital", "45 300", ""),
               ("Overført til annen egenkapital", "", "21 600"))
ASSOCIATION_NN = tuple((label.replace("Tilskudd og gaver", "Tilskot og gåver").replace("Årsunderskudd", "Årsunderskot")
                        .replace("Årsoverskudd", "Årsoverskot").replace("annen egenkapital", "anna eigenkapital")
                        .replace("Administrasjon", "Administrasjon"), *cells) for label, *cells in ASSOCIATION)
NAV_LINES = (("", "Note", "2023", "2022"),  # 2 140 + 8 905 + 310 = 11 355
             ("Salg av varer og tjenester", "", "2 140", "2 002"),
             ("Tilskudd NAV", "2", "8 905", "8 610"),
             ("Refusjon sykepenger", "", "310", "285"),
             ("Sum driftsinntekter", "", "11 355", "10 897"),
             ("Lønnskostnader", "3", "9 870", "9 402"),
             ("Andre driftskostnader", "", "1 318", "1 350"),
             ("Sum driftskostnader", "", "11 188", "10 752"),
             ("Driftsresultat", "", "167", "145"),
             ("Årsresultat", "", "181", "152"))
NEWEST_LAST = (("", "Regnskap 2022", "Budsjett 2023", "Regnskap 2023"),
               ("Sum driftsinntekter", "1 905 000", "2 000 000", "2 066 000"),
               ("Sum driftskostnader", "1 870 000", "1 960 000", "1 991 000"),
               ("Driftsresultat", "35 000", "40 000", "75 000"),
               ("Årsresultat", "38 000", "42 000", "79 000"))
KEY_FIGURES_ONLY = (("Nøkkeltall (i hele 1000 kr)", "2021", "2022", "2023"),
                    ("Driftsinntekter", "5 410", "5 688", "6 012"),
                    ("Årsresultat", "122", "-48", "203"),
                    ("Sum eiendeler", "3 950", "3 880", "4 105"),
                    ("Egenkapitalandel", "41 %", "40 %", "43 %"))
PROBES += [
    g8("municipal-budget-columns-1999", (P("Alle tall i hele kroner."), P("Driftsregnskap", bold=True),
                                         T(MUNICIPAL, ruled=False)),
       Expect(sure_figures=(F("driftsinntekter", 1999, 2600300), F("driftsinntekter", 1998, 2488500)),
              absent_figures=(F("driftsinntekter", 1999, 2550000), F("driftsinntekter", 1999, 2490000))),
       title="Årsmelding 1999"),
    g8("association-deficit-covered-from-equity", (P("Resultatregnskap", bold=True), T(ASSOCIATION, ruled=False)),
       Expect(sure_figures=(F("arsresultat", 2023, -45300),), key_figures=(F("arsresultat", 2022, 21600),),
              absent_figures=(F("arsresultat", 2023, 45300),))),
    g8("association-deficit-covered-from-equity-nn", (P("Resultatrekneskap", bold=True),
                                                      T(ASSOCIATION_NN, ruled=False)),
       Expect(sure_figures=(F("arsresultat", 2023, -45300),), absent_figures=(F("arsresultat", 2023, 45300),)),
       lang="nn"),
    g8("nav-grant-lines-in-thousands", (P("Resultatregnskap (NOK 1 000)", bold=True), T(NAV_LINES, ruled=False)),
       Expect(sure_figures=(F("driftsinntekter", 2023, 11355000), F("arsresultat", 2023, 181000)),
              absent_figures=(F("driftsinntekter", 2023, 11355),))),
    g8("newest-year-last-with-budget", (P("Resultatregnskap", bold=True), T(NEWEST_LAST, ruled=False)),
       Expect(sure_figures=(F("driftsinntekter", 2023, 2066000), F("arsresultat", 2023, 79000),
                            F("arsresultat", 2022, 38000)),
              absent_figures=(F("driftsinntekter", 2023, 2000000), F("arsresultat", 2023, 42000)))),
    g8("key-figures-table-only", (P("Økonomi", bold=True),
                                  P("Tabellen viser de viktigste tallene for de tre siste årene."),
                                  T(KEY_FIGURES_ONLY)),
       Expect(key_figures=(F("driftsinntekter", 2023, 6012000), F("arsresultat", 2022, -48000),
                           F("sum_eiendeler", 2023, 4105000)),
              absent_figures=(F("driftsinntekter", 2023, 6012), F("arsresultat", 2023, 122000)))),
]

# --- 4. the unit stated in forms the vocabulary lacked: read as kroner, the figures came out a
# thousand times too small and sure ----------------------------------------------------------------
IN_THOUSANDS = (("", "2023", "2022"),  # 6 480 - 6 125 = 355; + 12 = 367 (2022: 6 102 - 5 990 = 112; 9; 121)
                ("Sum driftsinntekter", "6 480", "6 102"),
                ("Sum driftskostnader", "6 125", "5 990"),
                ("Driftsresultat", "355", "112"),
                ("Netto finansposter", "12", "9"),
                ("Årsresultat", "367", "121"))
THOUSANDS_SURE = Expect(sure_figures=(F("driftsinntekter", 2023, 6480000), F("arsresultat", 2023, 367000)),
                        absent_figures=(F("driftsinntekter", 2023, 6480), F("arsresultat", 2023, 367)))
PROBES += [
    g8(f"unit-{name}", (P(title, bold=True), T(IN_THOUSANDS, ruled=False)), THOUSANDS_SURE, lang=lang,
       formats=("docx",))
    for name, title, lang in (("nok-000", "Resultatregnskap (NOK 000)", "nb"),
                              ("nok-apostrophe-000", "Resultatregnskap (NOK '000)", "nb"),
                              ("kr-dotted-thousand", "Resultatregnskap, beløp i kr 1.000", "nb"),
                              ("dotted-thousand-bare", "Resultatregnskap (beløp i 1.000)", "nb"),
                              ("thousand-nok-after", "Resultatregnskap (1000 NOK)", "nb"),
                              ("t-dot-kr", "Resultatregnskap (T.kr)", "nb"),
                              ("kr-dot-thousand", "Resultatregnskap (kr. 1000)", "nb"),
                              ("whole-thousand-kroner", "Resultatregnskap i hele 1000 kroner", "nb"),
                              ("whole-thousand-kroner-nn", "Resultatrekneskap i heile 1000 kroner", "nn"),
                              ("whole-thousand-nn", "Resultatrekneskap (tal i heile 1 000)", "nn"))
]

# --- 5. column headers and key-figure tables from the reading: dated actual columns, words for
# the years, a two-row header with a budget, next year's budget, a change column, a unit per line ---
def short_income(head, rows=None):
    rows = rows or (("Sum driftsinntekter", "2 480 000", "2 315 000"), ("Sum driftskostnader", "2 390 000", "2 260 000"),
                    ("Driftsresultat", "90 000", "55 000"), ("Årsresultat", "96 000", "58 000"))
    return (tuple(head), *rows)


SHORT_2023 = (F("driftsinntekter", 2023, 2480000), F("arsresultat", 2023, 96000), F("arsresultat", 2022, 58000))
PROBES += [
    g8("header-actual-at-date", (P("Resultatregnskap", bold=True),
                                 T(short_income(("", "Regnskap pr. 31.12.2023", "Regnskap pr. 31.12.2022")), ruled=False)),
       Expect(sure_figures=SHORT_2023)),
    g8("header-this-year-last-year-words", (P("Resultatregnskap", bold=True),
                                            T(short_income(("", "I år", "Fjoråret")), ruled=False)),
       Expect(key_figures=SHORT_2023)),
    g8("title-for-the-period", (P("Resultatregnskap for perioden 1.1.–31.12.2023", bold=True),
                                T(short_income(("", "2023", "2022")), ruled=False)),
       Expect(headings=("Resultatregnskap for perioden 1.1.–31.12.2023",), sure_figures=SHORT_2023)),
    g8("two-row-header-with-budget", (P("Resultatregnskap", bold=True), T((
        ("", "Regnskap", "Budsjett", "Regnskap"), ("", "2023", "2023", "2022"),
        ("Sum driftsinntekter", "2 480 000", "2 400 000", "2 315 000"),
        ("Sum driftskostnader", "2 390 000", "2 350 000", "2 260 000"),
        ("Driftsresultat", "90 000", "50 000", "55 000"),
        ("Årsresultat", "96 000", "52 000", "58 000")), ruled=False)),
       Expect(sure_figures=SHORT_2023, absent_figures=(F("driftsinntekter", 2023, 2400000),
                                                       F("arsresultat", 2023, 52000), F("arsresultat", 2022, 52000)))),
    g8("next-years-budget-beside-nn", (P("Resultatrekneskap", bold=True), T((
        ("", "Rekneskap 2023", "Budsjett 2024", "Rekneskap 2022"),
        ("Sum inntekter", "2 480 000", "2 550 000", "2 315 000"),
        ("Sum kostnader", "2 384 000", "2 520 000", "2 257 000"),
        ("Årsresultat", "96 000", "30 000", "58 000")), ruled=False)),
       Expect(key_figures=(F("arsresultat", 2023, 96000), F("arsresultat", 2022, 58000)),
              absent_figures=(F("arsresultat", 2024, 30000), F("arsresultat", 2023, 30000))), lang="nn"),
    g8("key-figures-with-change-column", (P("Nøkkeltal", bold=True), T((
        ("", "2023", "2022", "Endring"),
        ("Driftsinntekter", "6 012 000", "5 688 000", "324 000"),
        ("Årsresultat", "203 000", "-48 000", "251 000"),
        ("Eigenkapitalprosent", "43 %", "40 %", "3 %")))),
       Expect(key_figures=(F("driftsinntekter", 2023, 6012000), F("arsresultat", 2022, -48000)),
              absent_figures=(F("driftsinntekter", 2023, 324000), F("arsresultat", 2023, 251000),
                              F("driftsinntekter", 2022, 324000))), lang="nn"),
    g8("key-figures-unit-per-line", (P("Hovedtall", bold=True), T((
        ("", "2023", "2022"),
        ("Driftsinntekter (mill. kr)", "6,0", "5,7"),
        ("Årsresultat (1000 kr)", "203", "-48"),
        ("Antall årsverk", "41", "39")))),
       Expect(key_figures=(F("driftsinntekter", 2023, 6000000), F("arsresultat", 2023, 203000)),
              absent_figures=(F("driftsinntekter", 2023, 6), F("arsresultat", 2023, 203)))),
]
