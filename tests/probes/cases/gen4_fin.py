"""Fourth-round statement cases from a further reading of public accounts (docs/phrasings.md §15):
column orders (older year first, budget before the actual, municipal regulated and original
budgets, a "Linje" column), units in odd places, negatives written the accountants' ways
(trailing minus, "÷"), association accounts (inntekter/utgifter, overskudd/underskudd), the
activity statement of non-profits (anskaffede/forbrukte midler, formålskapital), statements
split over two pages, transposed key-figure tables and scope with year in one header cell.
Organisations and figures are invented; wordings are paraphrased."""
from probes.cases.statements import INCOME_2022, INCOME_2023, F, income, statement
from probes.spec import Break, H, P, T, Expect

BOTH = ("docx", "pdf")


def g4(id_, items, expect, **kw):
    return statement(f"g4-fs-{id_}", items, expect, **kw)


CLUB = (
    ("", "Regnskap 2023", "Budsjett 2023", "Regnskap 2022"),
    ("Inntekter", "", "", ""),
    ("Medlemskontingent", "184 500", "180 000", "176 200"),
    ("Treningsavgift", "412 300", "400 000", "395 800"),
    ("Tilskudd", "96 000", "90 000", "88 500"),
    ("Sum inntekter", "692 800", "670 000", "660 500"),
    ("Utgifter", "", "", ""),
    ("Trenerhonorar", "301 400", "310 000", "288 100"),
    ("Leie av hall", "215 000", "220 000", "210 000"),
    ("Andre utgifter", "87 650", "90 000", "96 300"),
    ("Sum utgifter", "604 050", "620 000", "594 400"),
)

MUNICIPAL = (
    ("Linje", "Hovedoversikt drift", "Regnskap 2023", "Regulert budsjett 2023", "Opprinnelig budsjett 2023",
     "Regnskap 2022"),
    ("1", "Sum driftsinntekter", "48 210 400", "47 900 000", "46 500 000", "45 880 100"),
    ("2", "Sum driftsutgifter", "46 930 200", "47 400 000", "46 100 000", "44 970 500"),
    ("3", "Brutto driftsresultat", "1 280 200", "500 000", "400 000", "909 600"),
    ("4", "Netto driftsresultat", "1 105 700", "350 000", "250 000", "760 300"),
    ("5", "Regnskapsmessig mindreforbruk", "412 900", "0", "0", "298 400"),
)

ACTIVITY = (
    ("", "Note", "2023", "2022"),
    ("Medlemsinntekter", "", "1 420 000", "1 380 000"),
    ("Innsamlede midler og gaver", "2", "3 915 000", "3 640 000"),
    ("Offentlige tilskudd", "", "2 210 000", "2 050 000"),
    ("Sum anskaffede midler", "", "7 545 000", "7 070 000"),
    ("Kostnader til anskaffelse av midler", "", "812 000", "790 000"),
    ("Kostnader til organisasjonens formål", "3", "6 180 000", "5 920 000"),
    ("Administrasjonskostnader", "", "402 000", "388 000"),
    ("Sum forbrukte midler", "", "7 394 000", "7 098 000"),
    ("Aktivitetsresultat", "", "151 000", "-28 000"),
)

FORMAL_BALANCE = (
    ("", "Note", "31.12.2023", "31.12.2022"),
    ("Sum anleggsmidler", "", "1 150 000", "1 210 000"),
    ("Sum omløpsmidler", "", "3 480 000", "3 190 000"),
    ("Sum eiendeler", "", "4 630 000", "4 400 000"),
    ("Formålskapital med selvpålagte restriksjoner", "", "1 000 000", "1 000 000"),
    ("Annen formålskapital", "", "2 311 000", "2 160 000"),
    ("Sum formålskapital", "5", "3 311 000", "3 160 000"),
    ("Sum kortsiktig gjeld", "", "1 319 000", "1 240 000"),
    ("Sum gjeld", "", "1 319 000", "1 240 000"),
    ("Sum formålskapital og gjeld", "", "4 630 000", "4 400 000"),
)


def loss(driftsresultat: str, arsresultat: str, columns=("", "2023", "2022")):
    """An income statement with a loss in 2023 printed in the form given (2022 a profit)."""
    return (columns,
            ("Sum driftsinntekter", "1 250 000", "1 100 000"),
            ("Sum driftskostnader", "1 490 000", "950 000"),
            ("Driftsresultat", driftsresultat, "150 000"),
            ("Netto finansposter", "10 000", "5 000"),
            ("Årsresultat", arsresultat, "155 000"))


LOSS = (F("driftsresultat", 2023, -240000), F("arsresultat", 2023, -230000), F("driftsresultat", 2022, 150000))


PROBES = [
    # --- column orders ---------------------------------------------------------------------------
    g4("older-year-first", (H("Resultatregnskap", 2), T(income(columns=("", "Note", "2022", "2023"), rows=tuple(
        (r[0], r[1], r[3], r[2]) for r in income()[1:])), ruled=False)),
        Expect(key_figures=INCOME_2023 + INCOME_2022), formats=BOTH),
    g4("budget-first-then-actual-avvik", (H("Resultatregnskap", 2), T((
        ("", "Budsjett 2023", "Regnskap 2023", "Avvik", "Regnskap 2022"),
        ("Sum driftsinntekter", "1 200 000", "1 250 000", "50 000", "1 100 000"),
        ("Sum driftskostnader", "1 020 000", "1 000 000", "20 000", "950 000"),
        ("Driftsresultat", "180 000", "250 000", "70 000", "150 000"),
        ("Årsresultat", "185 000", "260 000", "75 000", "155 000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2023, 260000),
                            F("arsresultat", 2022, 155000)),
               absent_figures=(F("driftsinntekter", 2023, 1200000), F("arsresultat", 2023, 75000),
                               F("arsresultat", 2023, 185000))), formats=BOTH),
    g4("municipal-regulated-original-budget", (H("Driftsregnskap", 2), P("Beløp i hele kroner"), T(MUNICIPAL)),
       Expect(key_figures=(F("driftsinntekter", 2023, 48210400), F("driftskostnader", 2023, 46930200),
                           F("driftsresultat", 2023, 1280200), F("netto_driftsresultat", 2023, 1105700),
                           F("regnskapsmessig_resultat", 2023, 412900), F("driftsinntekter", 2022, 45880100)),
              absent_figures=(F("driftsinntekter", 2023, 47900000), F("driftsinntekter", 2023, 46500000),
                              F("driftsinntekter", 2023, 1), F("driftsresultat", 2023, 3))), formats=BOTH),
    g4("nn-rekneskap-budsjett-rekneskap", (H("Driftsrekneskap", 2), T((
        ("", "Rekneskap 2023", "Budsjett 2023", "Rekneskap 2022"),
        ("Sum driftsinntekter", "2 315 000", "2 250 000", "2 180 000"),
        ("Sum driftsutgifter", "2 190 000", "2 240 000", "2 095 000"),
        ("Driftsresultat", "125 000", "10 000", "85 000"),
        ("Årsresultat", "131 000", "12 000", "88 000")))),
        Expect(key_figures=(F("driftskostnader", 2023, 2190000), F("arsresultat", 2023, 131000),
                            F("arsresultat", 2022, 88000)),
               absent_figures=(F("arsresultat", 2023, 12000),)), lang="nn", formats=BOTH),
    g4("year-and-word-in-one-cell", (H("Resultatregnskap", 2), T((
        ("", "Regnskap\n2023", "Budsjett\n2023", "Regnskap\n2022"),
        ("Sum driftsinntekter", "1 250 000", "1 300 000", "1 100 000"),
        ("Årsresultat", "260 000", "200 000", "155 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 260000), F("arsresultat", 2022, 155000)),
               absent_figures=(F("arsresultat", 2023, 200000),))),
    g4("short-year-dates-balance", (H("Balanse", 2), T((
        ("", "Note", "31.12.23", "31.12.22"),
        ("Sum anleggsmidler", "4", "80 000", "95 000"), ("Sum omløpsmidler", "", "720 000", "530 000"),
        ("Sum eiendeler", "", "800 000", "625 000"), ("Sum egenkapital", "6", "560 000", "300 000"),
        ("Sum gjeld", "", "240 000", "325 000"), ("Sum egenkapital og gjeld", "", "800 000", "625 000")))),
        Expect(key_figures=(F("sum_eiendeler", 2023, 800000), F("sum_egenkapital", 2022, 300000)))),
    g4("scope-and-year-in-one-cell", (H("Resultatregnskap", 2), T((
        ("", "Morselskap 2023", "Morselskap 2022", "Konsern 2023", "Konsern 2022"),
        ("Sum driftsinntekter", "1 250 000", "1 100 000", "2 400 000", "2 150 000"),
        ("Årsresultat", "260 000", "155 000", "410 000", "290 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 260000), F("arsresultat", 2022, 155000),
                            F("driftsinntekter", 2023, 2400000)))),
    g4("linje-column-with-row-numbers-nn", (H("Driftsrekneskap", 2), T((
        ("Linje", "", "Rekneskap 2023", "Rekneskap 2022"),
        ("1", "Sum driftsinntekter", "9 412 000", "9 010 000"),
        ("2", "Sum driftsutgifter", "9 105 000", "8 830 000"),
        ("3", "Brutto driftsresultat", "307 000", "180 000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 9412000), F("driftsresultat", 2023, 307000)),
               absent_figures=(F("driftsinntekter", 2023, 1), F("driftsresultat", 2023, 3))), lang="nn"),

    # --- units -------------------------------------------------------------------------------------
    g4("unit-nok-1000-in-heading", (H("Resultatregnskap 2023 (NOK 1 000)", 2), T(income(), ruled=False)),
       Expect(key_figures=(F("driftsinntekter", 2023, 1250000000), F("arsresultat", 2022, 155000000))),
       formats=BOTH),
    g4("unit-belop-i-tusen-nok", (H("Resultatregnskap", 2), P("(Beløp i tusen NOK)"), T(income())),
       Expect(key_figures=(F("driftsresultat", 2023, 250000000),))),
    g4("unit-heile-1000-nn", (H("Resultatrekneskap", 2), P("Tal i heile 1000 kr"), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "12 570", "11 890"), ("Årsresultat", "300", "250")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 12570000), F("arsresultat", 2022, 250000))), lang="nn"),
    g4("unit-mnok-decimals-statement", (H("Resultatregnskap (MNOK)", 2), T((
        ("", "Note", "2023", "2022"), ("Sum driftsinntekter", "", "126,4", "118,9"),
        ("Sum driftskostnader", "3", "121,2", "115,0"), ("Driftsresultat", "", "5,2", "3,9")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 126400000), F("driftsresultat", 2022, 3900000)),
               absent_figures=(F("driftskostnader", 2023, 3000000),))),
    g4("unit-kr-after-each-figure", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "1 250 000 kr", "1 100 000 kr"),
        ("Årsresultat", "260 000 kr", "155 000 kr")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2022, 155000)))),

    # --- negative forms --------------------------------------------------------------------------
    g4("negative-trailing-minus", (H("Resultatregnskap", 2), T(loss("240 000-", "230 000-"))),
       Expect(key_figures=LOSS), formats=BOTH),
    g4("negative-division-sign", (H("Resultatregnskap", 2), T(loss("÷ 240 000", "÷ 230 000"))),
       Expect(key_figures=LOSS), formats=BOTH),
    g4("negative-minus-space-nn", (H("Resultatrekneskap", 2), T(loss("- 240 000", "- 230 000"))),
       Expect(key_figures=LOSS), lang="nn"),
    g4("no-break-space-groups", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "1\u00a0250\u00a0000", "1\u202f100\u202f000"),
        ("Sum driftskostnader", "1\u00a0000\u00a0000", "950\u202f000"),
        ("Driftsresultat", "250\u00a0000", "150\u202f000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("driftsinntekter", 2022, 1100000),
                            F("driftsresultat", 2022, 150000)))),

    # --- association accounts ------------------------------------------------------------------------
    g4("club-inntekter-utgifter-overskudd", (H("Regnskap 2023", 2), T(CLUB + (
        ("Overskudd", "88 750", "50 000", "66 100"),))),
        Expect(key_figures=(F("driftsinntekter", 2023, 692800), F("driftskostnader", 2023, 604050),
                            F("arsresultat", 2023, 88750), F("arsresultat", 2022, 66100)),
               absent_figures=(F("arsresultat", 2023, 50000), F("driftskostnader", 2023, 620000))), formats=BOTH),
    g4("club-overskudd-underskudd-label", (H("Regnskap 2023", 2), T(CLUB + (
        ("Overskudd/underskudd", "88 750", "50 000", "66 100"),))),
        Expect(key_figures=(F("arsresultat", 2023, 88750), F("driftskostnader", 2022, 594400)))),
    g4("club-nn-inntekter-utgifter-overskot", (H("Rekneskap 2023", 2), T((
        ("", "Rekneskap 2023", "Budsjett 2023", "Rekneskap 2022"),
        ("Sum inntekter", "412 600", "400 000", "395 100"),
        ("Sum utgifter", "398 900", "400 000", "401 300"),
        ("Overskot", "13 700", "0", "-6 200")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 412600), F("driftskostnader", 2023, 398900),
                            F("arsresultat", 2023, 13700), F("arsresultat", 2022, -6200))), lang="nn", formats=BOTH),
    g4("club-nn-underskot", (H("Rekneskap", 2), T((
        ("", "2023", "2022"), ("Sum inntekter", "212 000", "230 500"), ("Sum utgifter", "224 300", "219 000"),
        ("Underskot", "-12 300", "11 500")))),
        Expect(key_figures=(F("arsresultat", 2023, -12300), F("driftskostnader", 2023, 224300))), lang="nn"),
    g4("club-utgifter-i-alt-resultat", (H("Regnskap", 2), T((
        ("", "2023", "2022"), ("Inntekter i alt", "530 000", "498 000"), ("Utgifter i alt", "512 400", "505 100"),
        ("Årets resultat", "17 600", "-7 100")))),
        Expect(key_figures=(F("driftskostnader", 2023, 512400), F("arsresultat", 2022, -7100)),
               sure_figures=(F("arsresultat", 2023, 17600),))),

    # --- non-profit activity statement ---------------------------------------------------------------
    g4("aktivitetsregnskap", (H("Aktivitetsregnskap", 2), T(ACTIVITY, ruled=False)),
       Expect(key_figures=(F("driftsinntekter", 2023, 7545000), F("driftskostnader", 2023, 7394000),
                           F("arsresultat", 2023, 151000), F("arsresultat", 2022, -28000)),
              sure_figures=(F("arsresultat", 2023, 151000),)), formats=BOTH),
    g4("formalskapital-balance", (H("Balanse", 2), T(FORMAL_BALANCE, ruled=False)),
       Expect(key_figures=(F("sum_eiendeler", 2023, 4630000), F("sum_egenkapital", 2023, 3311000),
                           F("sum_egenkapital_og_gjeld", 2022, 4400000)),
              sure_figures=(F("sum_egenkapital", 2023, 3311000),)), formats=BOTH),
    g4("aktivitetsrekneskap-nn", (H("Aktivitetsrekneskap", 2), T((
        ("", "2023", "2022"), ("Sum anskaffa midlar", "2 410 000", "2 280 000"),
        ("Sum forbrukte midlar", "2 335 000", "2 301 000"), ("Aktivitetsresultat", "75 000", "-21 000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 2410000), F("driftskostnader", 2023, 2335000),
                            F("arsresultat", 2023, 75000))), lang="nn"),

    # --- labels ------------------------------------------------------------------------------------
    g4("labels-with-formula-marks", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter (A)", "1 250 000", "1 100 000"),
        ("Sum driftskostnader (B)", "1 000 000", "950 000"), ("Driftsresultat (A-B)", "250 000", "150 000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("driftsresultat", 2023, 250000)),
               sure_figures=(F("driftsresultat", 2023, 250000),))),
    g4("brutto-driftsinntekter-municipal", (H("Økonomisk oversikt drift", 2), T((
        ("", "Regnskap 2023", "Regnskap 2022"), ("Brutto driftsinntekter", "48 210 400", "45 880 100"),
        ("Brutto driftsutgifter", "46 930 200", "44 970 500"), ("Brutto driftsresultat", "1 280 200", "909 600")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 48210400), F("driftskostnader", 2023, 46930200)),
               sure_figures=(F("driftsresultat", 2023, 1280200),))),
    g4("arsresultat-regnskapsmessig-mindreforbruk", (H("Driftsregnskap", 2), T((
        ("", "Regnskap 2023", "Regnskap 2022"), ("Netto driftsresultat", "1 105 700", "760 300"),
        ("Årsresultat, regnskapsmessig mindreforbruk", "412 900", "298 400")))),
        Expect(key_figures=(F("regnskapsmessig_resultat", 2023, 412900), F("netto_driftsresultat", 2023, 1105700)))),

    # --- a statement split over two pages -------------------------------------------------------
    g4("split-over-pages-no-header", (H("Resultatregnskap", 2), T(income()[:6], ruled=False), Break(),
                                      T(income()[6:], ruled=False, bold_header=False)),
       Expect(key_figures=INCOME_2023 + INCOME_2022), formats=BOTH),
    g4("split-over-pages-forts-header", (H("Resultatregnskap", 2), T(income()[:6], ruled=False), Break(),
                                         H("Resultatregnskap (forts.)", 2), T(income()[:1] + income()[6:], ruled=False)),
       Expect(key_figures=INCOME_2023 + INCOME_2022), formats=BOTH),
    g4("balance-in-two-tables", (H("Balanse pr. 31.12.2023", 2), H("Eiendeler", 3), T((
        ("", "2023", "2022"), ("Sum anleggsmidler", "80 000", "95 000"), ("Sum omløpsmidler", "720 000", "530 000"),
        ("Sum eiendeler", "800 000", "625 000"))), H("Egenkapital og gjeld", 3), T((
            ("", "2023", "2022"), ("Sum egenkapital", "560 000", "300 000"), ("Sum gjeld", "240 000", "325 000"),
            ("Sum egenkapital og gjeld", "800 000", "625 000")))),
        Expect(key_figures=(F("sum_eiendeler", 2023, 800000), F("sum_egenkapital", 2023, 560000),
                            F("sum_egenkapital_og_gjeld", 2022, 625000))), formats=BOTH),

    # --- key-figure tables --------------------------------------------------------------------------
    g4("key-figures-years-as-rows", (H("Hovedtall", 2), T((
        ("År", "Driftsinntekter", "Driftsresultat", "Årsresultat"),
        ("2023", "1 250 000", "250 000", "260 000"),
        ("2022", "1 100 000", "150 000", "155 000"),
        ("2021", "1 020 000", "95 000", "101 000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2022, 155000),
                            F("driftsresultat", 2021, 95000)),
               absent_figures=(F("driftsinntekter", 2023, 2023),))),
    g4("key-figures-years-as-rows-nn", (H("Hovudtal", 2), T((
        ("", "Driftsinntekter", "Årsresultat"),
        ("2023", "2 315 000", "131 000"), ("2022", "2 180 000", "88 000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 2315000), F("arsresultat", 2022, 88000))), lang="nn"),
    g4("hovudtal-heile-tusen-three-years-nn", (H("Hovudtal (heile tusen kroner)", 2), T((
        ("", "2023", "2022", "2021"), ("Driftsinntekter", "24 310", "22 950", "21 400"),
        ("Driftsresultat", "610", "-120", "330"), ("Årsresultat", "540", "-180", "290")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 24310000), F("driftsresultat", 2022, -120000),
                            F("arsresultat", 2021, 290000))), lang="nn", formats=BOTH),
    g4("decimals-kr-header-belop-i-kr", (H("Resultatregnskap", 2), P("Beløp i kr"), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "1 250 000,00", "1 100 000,00"),
        ("Sum driftskostnader", "1 000 000,00", "950 000,00"), ("Driftsresultat", "250 000,00", "150 000,00")))),
        # right, but since the stop-21 refit below review in DOCX (0.89): kroner tables with every check
        # passing were 1 000 times off in the eighth reading's unit forms, and the fit saw it
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("driftsresultat", 2022, 150000),
                            F("driftsresultat", 2023, 250000)))),
]

PROBES += [
    # --- the labels between the company's and the group's columns ---------------------------------
    g4("labels-between-company-and-group", (H("Nøkkeltall", 2), T((
        ("Morselskap", "", "", "Konsern", ""),
        ("2023", "2022", "", "2023", "2022"),
        ("1 250", "1 100", "Driftsinntekter", "24 310", "22 950"),
        ("250", "150", "Driftsresultat", "610", "-120"),
        ("260", "155", "Årsresultat", "540", "-180"))), P("Tall i hele 1 000 kr")),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2022, 155000),
                            F("driftsinntekter", 2023, 24310000), F("arsresultat", 2022, -180000)))),
    # --- a change column headed by the two years it compares ----------------------------------------
    g4("year-range-change-column", (H("Hovedtall", 2), T((
        ("", "2023", "2022", "2022 - 2023"),
        ("Driftsinntekter", "1 250 000", "1 100 000", "13,6"),
        ("Driftsresultat", "250 000", "150 000", "66,7"),
        ("Årsresultat", "260 000", "155 000", "67,7")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2022, 155000)),
               absent_figures=(F("driftsinntekter", 2022, 13.6), F("arsresultat", 2022, 67.7)))),
    g4("year-range-change-column-nn", (H("Hovudtal", 2), T((
        ("", "2023", "2022", "Endring 2022-2023"),
        ("Driftsinntekter", "1 250 000", "1 100 000", "150 000"),
        ("Årsresultat", "260 000", "155 000", "105 000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2022, 155000)),
               absent_figures=(F("arsresultat", 2022, 105000),)), lang="nn"),
]

PROBES += [
    # --- the unit in the note column's header -------------------------------------------------------
    g4("unit-in-note-header", (H("Resultatregnskap", 2), T((
        ("", "Noter (tall i 1000 NOK)", "2023", "2022"),
        ("Sum driftsinntekter", "2", "12 570", "11 890"), ("Sum driftskostnader", "3", "12 290", "11 650"),
        ("Driftsresultat", "", "280", "240")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 12570000), F("driftsresultat", 2022, 240000)),
               absent_figures=(F("driftsinntekter", 2023, 12570),))),
    # --- project revenue less direct costs, losses in parentheses, "Skatter" -------------------------
    g4("brutto-netto-driftsinntekter-skatter", (H("Resultatregnskap", 2), P("(tall i 1000 NOK)"), T((
        ("", "Note", "2023", "2022"),
        ("Brutto driftsinntekter", "", "48 200", "45 900"), ("Direkte prosjektkostnader", "", "9 100", "8 700"),
        ("Netto driftsinntekter", "", "39 100", "37 200"), ("Lønn og sosiale kostnader", "4", "31 400", "30 900"),
        ("Andre driftskostnader", "", "8 050", "6 900"), ("Driftskostnader", "", "39 450", "37 800"),
        ("DRIFTSRESULTAT", "", "(350)", "(600)"), ("Netto finansinntekter", "", "420", "380"),
        ("Resultat før skatt", "", "70", "(220)"), ("Skatter", "", "15", "(48)"),
        ("ÅRSRESULTAT", "", "55", "(172)")))),
        Expect(key_figures=(F("driftsresultat", 2023, -350000), F("resultat_for_skatt", 2022, -220000),
                            F("skattekostnad", 2023, 15000), F("arsresultat", 2022, -172000)),
               sure_figures=(F("driftsresultat", 2023, -350000), F("driftskostnader", 2023, 39450000)))),
    # --- a small association's cash account: costs printed negative ----------------------------------
    g4("cash-account-costs-negative", (H("Regnskap for 2023", 2), T((
        ("", "Beløp"), ("Medlemskontingent", "26 000,00"), ("Renteinntekter", "930,00"),
        ("Sum inntekter", "26 930,00"), ("Porto", "-198,00"), ("Konvolutter", "-169,50"),
        ("Sum kostnader", "-367,50"), ("Årets resultat", "26 562,50")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 26930), F("arsresultat", 2023, 26562.5)),
               sure_figures=(F("arsresultat", 2023, 26562.5),))),
    g4("cash-account-nn", (H("Rekneskap for 2023", 2), T((
        ("", "Beløp"), ("Medlemskontingent", "18 400,00"), ("Sum inntekter", "18 400,00"),
        ("Husleige", "-6 000,00"), ("Sum utgifter", "-6 000,00"), ("Overskot", "12 400,00")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 18400), F("arsresultat", 2023, 12400)),
               sure_figures=(F("arsresultat", 2023, 12400),)), lang="nn"),
]

PROBES += [
    # --- key figures: "Omsetning", a share-of-income column beside each year -------------------------
    g4("omsetning-and-percent-columns", (H("Resultatregnskap", 2), T((
        ("", "2023", "%", "2022", "%"),
        ("Omsetning", "1 250 000", "100,0", "1 100 000", "100,0"),
        ("Sum driftskostnader", "1 000 000", "80,0", "950 000", "86,4"),
        ("Driftsresultat", "250 000", "20,0", "150 000", "13,6")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("driftsresultat", 2022, 150000)),
               absent_figures=(F("driftsresultat", 2023, 20), F("driftsresultat", 2022, 13.6)),
               sure_figures=(F("driftsresultat", 2023, 250000),)), formats=BOTH),
]

PROBES += [
    # --- a housing cooperative's statement: two actuals, then this year's and next year's budgets ---
    g4("two-actuals-two-budgets", (H("Resultatregnskap", 2), T((
        ("", "Note", "Regnskap 2023", "Regnskap 2022", "Budsjett 2023", "Budsjett 2024"),
        ("Sum driftsinntekter", "2", "3 412 000", "3 296 000", "3 400 000", "3 560 000"),
        ("Sum driftskostnader", "3", "3 118 000", "3 307 000", "3 150 000", "3 420 000"),
        ("Driftsresultat", "", "294 000", "-11 000", "250 000", "140 000"),
        ("Sum finansposter", "", "-122 000", "-98 000", "-120 000", "-130 000"),
        ("Årsresultat", "", "172 000", "-109 000", "130 000", "10 000"))), P("Overført til annen egenkapital.")),
        Expect(key_figures=(F("driftsinntekter", 2023, 3412000), F("arsresultat", 2022, -109000),
                            F("finansresultat", 2023, -122000)),
               absent_figures=(F("arsresultat", 2023, 130000), F("arsresultat", 2024, 10000),
                               F("driftsinntekter", 2023, 3400000))), formats=BOTH),
]

SECTIONED = (
    ("", "2023", "2022"),
    ("Inntekter", "", ""),
    ("Medlemskontingent", "84 500", "81 000"),
    ("Tilskudd", "40 000", "35 000"),
    ("Sum", "124 500", "116 000"),
    ("Utgifter", "", ""),
    ("Leie av lokaler", "60 000", "58 000"),
    ("Arrangementer", "41 200", "49 300"),
    ("Sum", "101 200", "107 300"),
    ("Resultat", "23 300", "8 700"),
)

PROBES += [
    # --- totals named only "Sum", or not at all, under section titles --------------------------------
    g4("sum-rows-under-section-titles", (H("Regnskap", 2), T(SECTIONED)),
       Expect(key_figures=(F("driftsinntekter", 2023, 124500), F("driftskostnader", 2023, 101200),
                           F("arsresultat", 2022, 8700)),
              sure_figures=(F("arsresultat", 2023, 23300),)), formats=BOTH),
    g4("unlabelled-total-rows-nn", (H("Rekneskap", 2), T(tuple(
        ("", *r[1:]) if r[0] == "Sum" else r for r in SECTIONED), sum_rules=(4, 8))),
       Expect(key_figures=(F("driftsinntekter", 2023, 124500), F("driftskostnader", 2022, 107300),
                           F("arsresultat", 2023, 23300))), lang="nn", formats=BOTH),
]

PROBES += [
    # --- "Regnskap" and "Budsjett" each over the first of the year columns they group ----------------
    g4("kind-word-over-first-of-its-columns", (H("Resultatregnskap", 2), T((
        ("", "Regnskap", "", "Budsjett", ""),
        ("", "2023", "2022", "2023", "2024"),
        ("Sum driftsinntekter", "1 250 000", "1 100 000", "1 200 000", "1 320 000"),
        ("Sum driftskostnader", "1 000 000", "950 000", "1 020 000", "1 150 000"),
        ("Årsresultat", "250 000", "150 000", "180 000", "170 000")), ruled=False)),
        Expect(key_figures=(F("arsresultat", 2023, 250000), F("arsresultat", 2022, 150000)),
               absent_figures=(F("arsresultat", 2024, 170000), F("arsresultat", 2023, 180000),
                               F("driftsinntekter", 2024, 1320000))), formats=BOTH),  # PDF since gen5 (wrapped labels)
    g4("kind-word-over-first-of-its-columns-nn", (H("Resultatrekneskap", 2), T((
        ("", "Rekneskap", "", "Budsjett", ""),
        ("", "2023", "2022", "2023", "2024"),
        ("Sum driftsinntekter", "1 250 000", "1 100 000", "1 200 000", "1 320 000"),
        ("Årsresultat", "250 000", "150 000", "180 000", "170 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 250000),),
               absent_figures=(F("arsresultat", 2024, 170000), F("driftsinntekter", 2024, 1320000))), lang="nn"),
]

PROBES += [
    # --- nynorsk line names of a small company's income statement ------------------------------------
    g4("nn-finance-lines-slash-and-after", (H("Resultatrekneskap", 2), T((
        ("", "Note", "2023", "2022"),
        ("Salsinntekter", "", "5 120 000", "4 870 000"), ("Sum driftsinntekter", "", "5 120 000", "4 870 000"),
        ("Lønskostnader", "2", "3 410 000", "3 300 000"), ("Avskrivingar", "3", "210 000", "190 000"),
        ("Anna driftskostnad", "", "1 260 000", "1 240 000"), ("Sum driftskostnader", "", "4 880 000", "4 730 000"),
        ("Driftsresultat før finanspostar", "", "240 000", "140 000"),
        ("Netto finansinntekter/-kostnader", "", "-35 000", "-42 000"),
        ("Resultat etter finanspostar", "", "205 000", "98 000"), ("Skattekostnad", "4", "45 100", "21 560"),
        ("Årsresultat", "", "159 900", "76 440")), ruled=False)),
        Expect(key_figures=(F("driftsresultat", 2023, 240000), F("finansresultat", 2022, -42000),
                            F("resultat_for_skatt", 2023, 205000), F("arsresultat", 2022, 76440)),
               sure_figures=(F("finansresultat", 2023, -35000), F("arsresultat", 2023, 159900))),
       lang="nn", formats=BOTH),
]
