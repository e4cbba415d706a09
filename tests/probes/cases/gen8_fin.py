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
    g8("web-headings-as-heading-tags", (Side(text_nb(head=lambda t: H(t, 3)),
                                             statements_nb("Resultatregnskap", "Balanse 31. desember 2023")),),
       Expect(headings=("Styrets beretning", "Økonomi", "Resultatregnskap", "Balanse 31. desember 2023"),
              table_rows=K_ROWS, sure_figures=K_FIGURES),
       formats=WEB, family="layout"),
]
