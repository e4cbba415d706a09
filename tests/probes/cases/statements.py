"""Financial statements: column, unit and number forms, statements printed twice, group and
company, and their arithmetic (organisations and figures invented). Every report is titled
"Årsrapport 2023" (or "Årsmelding 2023"), so 2023 is the report's year."""
from probes.spec import H, P, T, Expect, Figure, Probe

BOTH = ("docx", "pdf")


def F(key, year, value, label=None):
    return Figure(key, year, value, label=label)


def income(columns=("", "Note", "2023", "2022"), note=True, rows=None):
    """A small income statement: driftsinntekter 1 250 000 - driftskostnader 1 000 000 = 250 000;
    finans 10 000; årsresultat 260 000 (2022: 1 100 000 - 950 000 = 150 000; 5 000; 155 000)."""
    rows = rows or (
        ("Salgsinntekter", "2", "1 250 000", "1 100 000"),
        ("Sum driftsinntekter", "", "1 250 000", "1 100 000"),
        ("Lønnskostnader", "3", "700 000", "650 000"),
        ("Andre driftskostnader", "", "300 000", "300 000"),
        ("Sum driftskostnader", "", "1 000 000", "950 000"),
        ("Driftsresultat", "", "250 000", "150 000"),
        ("Netto finansposter", "", "10 000", "5 000"),
        ("Årsresultat", "", "260 000", "155 000"),
    )
    if not note:
        rows = tuple((r[0], *r[2:]) for r in rows)
    return (tuple(columns),) + tuple(rows)


INCOME_2023 = (F("driftsinntekter", 2023, 1250000), F("driftskostnader", 2023, 1000000),
               F("driftsresultat", 2023, 250000), F("finansresultat", 2023, 10000), F("arsresultat", 2023, 260000))
INCOME_2022 = (F("driftsinntekter", 2022, 1100000), F("driftsresultat", 2022, 150000), F("arsresultat", 2022, 155000))

INCOME_NN = (
    ("", "Note", "2023", "2022"),
    ("Salsinntekter", "2", "1 250 000", "1 100 000"),
    ("Sum driftsinntekter", "", "1 250 000", "1 100 000"),
    ("Lønskostnader", "3", "700 000", "650 000"),
    ("Andre driftskostnader", "", "300 000", "300 000"),
    ("Sum driftskostnader", "", "1 000 000", "950 000"),
    ("Driftsresultat", "", "250 000", "150 000"),
    ("Netto finanspostar", "", "10 000", "5 000"),
    ("Årsresultat", "", "260 000", "155 000"),
)

BALANCE = (
    ("", "Note", "31.12.2023", "31.12.2022"),
    ("Inventar", "4", "80 000", "95 000"),
    ("Sum anleggsmidler", "", "80 000", "95 000"),
    ("Kundefordringer", "", "120 000", "110 000"),
    ("Bankinnskudd", "5", "600 000", "420 000"),
    ("Sum omløpsmidler", "", "720 000", "530 000"),
    ("Sum eiendeler", "", "800 000", "625 000"),
    ("Annen egenkapital", "", "560 000", "300 000"),
    ("Sum egenkapital", "6", "560 000", "300 000"),
    ("Leverandørgjeld", "", "140 000", "225 000"),
    ("Annen kortsiktig gjeld", "", "100 000", "100 000"),
    ("Sum kortsiktig gjeld", "", "240 000", "325 000"),
    ("Sum gjeld", "", "240 000", "325 000"),
    ("Sum egenkapital og gjeld", "", "800 000", "625 000"),
)
BALANCE_2023 = (F("sum_eiendeler", 2023, 800000), F("sum_egenkapital", 2023, 560000), F("sum_gjeld", 2023, 240000),
                F("sum_egenkapital_og_gjeld", 2023, 800000))

BALANCE_NN = (
    ("", "Note", "31.12.2023", "31.12.2022"),
    ("Inventar", "4", "80 000", "95 000"),
    ("Sum anleggsmiddel", "", "80 000", "95 000"),
    ("Kundefordringar", "", "120 000", "110 000"),
    ("Bankinnskot", "5", "600 000", "420 000"),
    ("Sum omløpsmiddel", "", "720 000", "530 000"),
    ("Sum eigedelar", "", "800 000", "625 000"),
    ("Anna eigenkapital", "", "560 000", "300 000"),
    ("Sum eigenkapital", "6", "560 000", "300 000"),
    ("Leverandørgjeld", "", "140 000", "225 000"),
    ("Anna kortsiktig gjeld", "", "100 000", "100 000"),
    ("Sum kortsiktig gjeld", "", "240 000", "325 000"),
    ("Sum gjeld", "", "240 000", "325 000"),
    ("Sum eigenkapital og gjeld", "", "800 000", "625 000"),
)


def budget_table(head):
    return ((("", *head),) + (
        ("Sum driftsinntekter", "1 300 000", "1 250 000", "1 200 000"),
        ("Sum driftskostnader", "1 050 000", "1 000 000", "990 000"),
        ("Driftsresultat", "250 000", "250 000", "210 000"),
        ("Årsresultat", "255 000", "260 000", "215 000"),
    ))


def statement(id_, items, expect, lang="nb", formats=("docx",), title="Årsrapport 2023", notes=""):
    return Probe(id_, "statements", tuple(items), expect, lang=lang, formats=formats,
                 title=title if lang == "nb" or title != "Årsrapport 2023" else "Årsmelding 2023", notes=notes)


PROBES = [
    # --- column forms ---------------------------------------------------------------------
    statement("note-and-two-years", (H("Resultatregnskap", 2), T(income(), ruled=False)),
              Expect(key_figures=INCOME_2023 + INCOME_2022), formats=BOTH),
    statement("note-and-two-years-nn", (H("Resultatrekneskap", 2), T(INCOME_NN, ruled=False)),
              Expect(key_figures=INCOME_2023 + INCOME_2022), lang="nn", formats=BOTH),
    statement("two-years-ruled", (H("Resultatregnskap", 2), T(income(columns=("", "2023", "2022"), note=False))),
              Expect(key_figures=INCOME_2023 + INCOME_2022), formats=BOTH),
    statement("r-and-b-columns", (H("Resultatregnskap", 2), T((
        ("", "R 2023", "B 2023", "R 2022"),
        ("Sum driftsinntekter", "1 250 000", "1 300 000", "1 100 000"),
        ("Sum driftskostnader", "1 000 000", "1 100 000", "950 000"),
        ("Driftsresultat", "250 000", "200 000", "150 000")))),
        Expect(key_figures=(F("driftsresultat", 2023, 250000), F("driftsresultat", 2022, 150000)),
               absent_figures=(F("driftsresultat", 2023, 200000),))),
    statement("regnskap-budsjett-columns", (H("Resultat", 2), T(budget_table(("Budsjett 2024", "Regnskap 2023", "Budsjett 2023")))),
              Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2023, 260000)),
                     absent_figures=(F("driftsinntekter", 2024, 1300000), F("driftsinntekter", 2023, 1200000))),
              formats=BOTH),
    statement("rekneskap-budsjett-columns-nn", (H("Resultat", 2), T(budget_table(("Budsjett 2024", "Rekneskap 2023", "Budsjett 2023")))),
              Expect(key_figures=(F("driftsresultat", 2023, 250000),),
                     absent_figures=(F("driftsresultat", 2023, 210000), F("driftsresultat", 2024, 250000))), lang="nn"),
    statement("medgatt-column-year-from-title", (H("Resultatregnskap 2023", 2), T((
        ("Konto", "Medgått"), ("Sum driftsinntekter", "314 810,36"), ("Sum driftskostnader", "144 349,30"),
        ("Driftsresultat", "170 461,06"), ("Årsresultat", "170 461,06")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 314810.36), F("arsresultat", 2023, 170461.06))), formats=BOTH),
    statement("hittil-virkelig-and-budget", (H("Resultatregnskap", 2), P("2023 sammenlignet med budsjett"), T((
        ("", "Hittil virkelig", "Hittil budsjett", "Diff %"), ("Sum driftsinntekter", "880 688", "365 000", "141%"),
        ("Sum driftskostnader", "590 820", "205 950", "187%"), ("Driftsresultat", "289 868", "159 050", "82%")))),
        Expect(key_figures=(F("driftsresultat", 2023, 289868),),
               absent_figures=(F("driftsresultat", 2023, 159050), F("driftsresultat", 2023, 82)))),
    statement("i-aar-i-fjor", (H("Resultatregnskap", 2), T((
        ("", "I år", "I fjor"), ("Sum driftsinntekter", "500 000", "450 000"), ("Årsresultat", "40 000", "35 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 40000), F("arsresultat", 2022, 35000)))),
    statement("two-line-header", (H("Resultatregnskap", 2), T((
        ("", "Regnskap", "Budsjett", "Regnskap"), ("", "2023", "2023", "2022"),
        ("Sum driftsinntekter", "1 250 000", "1 300 000", "1 100 000"), ("Årsresultat", "260 000", "200 000", "155 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 260000), F("arsresultat", 2022, 155000)),
               absent_figures=(F("arsresultat", 2023, 200000),)), formats=BOTH),
    statement("misprinted-year", (H("Resultatregnskap", 2), T((
        ("", "2 023", "2 022"), ("Sum driftsinntekter", "1 250 000", "1 100 000"), ("Årsresultat", "260 000", "155 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 260000), F("arsresultat", 2022, 155000)))),
    statement("avvik-column", (H("Resultatregnskap", 2), T((
        ("", "Regnskap 2023", "Budsjett 2023", "Avvik"), ("Sum driftsinntekter", "1 250 000", "1 200 000", "50 000"),
        ("Årsresultat", "260 000", "215 000", "45 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 260000),), absent_figures=(F("arsresultat", 2023, 45000),))),
    statement("endring-percent-column-nn", (H("Resultatrekneskap", 2), T((
        ("", "2023", "2022", "Endring i %"), ("Sum driftsinntekter", "1 250 000", "1 100 000", "13,6"),
        ("Årsresultat", "260 000", "155 000", "67,7")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000),), absent_figures=(F("driftsinntekter", 2023, 13.6),)),
        lang="nn"),
    statement("date-headers-balance", (H("Balanse", 2), T(BALANCE, ruled=False)),
              Expect(key_figures=BALANCE_2023 + (F("sum_eiendeler", 2022, 625000),)), formats=BOTH),
    statement("date-headers-balance-nn", (H("Balanse", 2), T(BALANCE_NN, ruled=False)),
              Expect(key_figures=BALANCE_2023 + (F("sum_gjeld", 2022, 325000),)), lang="nn", formats=BOTH),
    statement("balance-per-date-in-title", (H("Balanse per 31.12.2023", 2), T((
        ("", "Beløp"), ("Sum eiendeler", "268 661"), ("Sum egenkapital", "268 243"), ("Sum gjeld", "418"),
        ("Sum egenkapital og gjeld", "268 661")))),
        Expect(key_figures=(F("sum_eiendeler", 2023, 268661), F("sum_gjeld", 2023, 418)))),
    statement("budget-only-table", (H("Budsjett 2024", 2), T((
        ("", "Budsjett 2024"), ("Sum driftsinntekter", "1 300 000"), ("Årsresultat", "255 000")))),
        Expect(absent_figures=(F("driftsinntekter", 2024, 1300000), F("driftsinntekter", 2023, 1300000)))),
    statement("prognose-column", (H("Resultatregnskap", 2), T((
        ("", "Regnskap 2023", "Prognose 2024"), ("Sum driftsinntekter", "1 250 000", "1 400 000"),
        ("Årsresultat", "260 000", "300 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 260000),), absent_figures=(F("arsresultat", 2024, 300000),))),

    # --- units --------------------------------------------------------------------------------
    statement("unit-paragraph-above", (H("Resultatregnskap", 2), P("Beløp i 1000 kr"), T(income(), ruled=False)),
              Expect(key_figures=(F("driftsresultat", 2023, 250000000), F("arsresultat", 2022, 155000000))), formats=BOTH),
    statement("unit-in-heading", (H("Resultatregnskap (i hele tusen)", 2), T(income())),
              Expect(key_figures=(F("driftsinntekter", 2023, 1250000000),))),
    statement("unit-in-header-cell", (H("Resultatregnskap", 2), T(income(columns=("NOK 1000", "Note", "2023", "2022")))),
              Expect(key_figures=(F("arsresultat", 2023, 260000000),))),
    statement("unit-caption-below", (H("Nøkkeltall", 2), T((
        ("", "2023", "2022"), ("Driftsinntekter", "107,7", "116,6"), ("Driftsresultat", "12,4", "10,1"))),
        P("Alle tall i MNOK")),
        Expect(key_figures=(F("driftsinntekter", 2023, 107700000), F("driftsresultat", 2022, 10100000)))),
    statement("unit-mill-kr-heading", (H("Nøkkeltall (mill. kr)", 2), T((
        ("", "2023", "2022"), ("Driftsinntekter", "107,7", "116,6"), ("Årsresultat", "3,2", "2,9")))),
        Expect(key_figures=(F("arsresultat", 2023, 3200000),))),
    statement("unit-tnok-first-cell", (H("Resultatregnskap", 2), T((
        ("TNOK", "2023", "2022"), ("Sum driftsinntekter", "1 250", "1 100"), ("Årsresultat", "260", "155")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2022, 155000)))),
    statement("unit-heile-tusen-nn", (H("Resultatrekneskap", 2), P("Beløp i heile tusen kroner"), T(INCOME_NN, ruled=False)),
              Expect(key_figures=(F("driftsresultat", 2023, 250000000),)), lang="nn"),
    statement("unit-hele-kroner", (H("Resultatregnskap", 2), P("Alle tall i hele kroner"), T(income())),
              Expect(key_figures=INCOME_2023)),
    statement("unit-unstated-still-read", (H("Resultatregnskap", 2), T(income())),
              Expect(key_figures=INCOME_2023)),

    # --- number forms -------------------------------------------------------------------------
    statement("numbers-comma-dash", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "16 917 863,-", "15 002 100,-"),
        ("Årsresultat", "702 845,-", "398 112,-")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 16917863), F("arsresultat", 2022, 398112)))),
    statement("numbers-ore", (H("Resultatregnskap", 2), T((
        ("", "2023"), ("Sum driftsinntekter", "16 917 863,50"), ("Sum driftskostnader", "16 000 000,25"),
        ("Driftsresultat", "917 863,25")))),
        Expect(key_figures=(F("driftsresultat", 2023, 917863.25),), sure_figures=(F("driftsresultat", 2023, 917863.25),))),
    statement("numbers-parentheses-negative", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "400 000", "380 000"), ("Sum driftskostnader", "412 500", "370 000"),
        ("Driftsresultat", "(12 500)", "10 000"), ("Årsresultat", "(12 500)", "10 000")))),
        Expect(key_figures=(F("driftsresultat", 2023, -12500), F("arsresultat", 2023, -12500)))),
    statement("numbers-minus-signs", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "400 000", "380 000"), ("Netto finansposter", "\u22121 234", "\u20132 500"),
        ("Årsresultat", "-1 234", "-2 500")))),
        Expect(key_figures=(F("finansresultat", 2023, -1234), F("finansresultat", 2022, -2500), F("arsresultat", 2023, -1234)))),
    statement("numbers-dash-is-zero", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "400 000", "380 000"), ("Netto finansposter", "-", "1 000"),
        ("Årsresultat", "50 000", "41 000")))),
        Expect(key_figures=(F("finansresultat", 2023, 0), F("finansresultat", 2022, 1000)))),
    statement("numbers-english-format", (H("Resultatregnskap", 2), T((
        ("Konto", "2023", "Budsjett 2024"), ("Sum driftsinntekter", "880,688.32", "1,130,000.00"),
        ("Sum driftskostnader", "590,819.91", "1,099,732.00"), ("Driftsresultat", "289,868.41", "30,268.00"),
        ("Netto finansposter", "-465.73", "0.00")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 880688.32), F("finansresultat", 2023, -465.73)),
               absent_figures=(F("driftsinntekter", 2024, 1130000),)), formats=BOTH),
    statement("numbers-kr-prefix", (H("Nøkkeltall", 2), T((
        ("", "2023", "2022"), ("Driftsinntekter", "kr 1 250 000", "kr 1 100 000"), ("Årsresultat", "kr 260 000", "kr 155 000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2022, 155000)))),
    statement("numbers-dotted-thousands", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "1.250.000", "1.100.000"), ("Årsresultat", "260.000", "155.000")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("arsresultat", 2022, 155000)))),

    # --- labels -------------------------------------------------------------------------------
    statement("label-arets-resultat", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Driftsinntekter", "900 000", "850 000"), ("Årets resultat", "45 000", "40 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 45000, label="Årets resultat"),))),
    statement("label-arsoverskot-nn", (H("Resultatrekneskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "900 000", "850 000"), ("Årsoverskot", "45 000", "40 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 45000),)), lang="nn"),
    statement("label-resultat-for-skattekostnad", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Driftsresultat", "250 000", "150 000"), ("Netto finansposter", "10 000", "5 000"),
        ("Ordinært resultat før skattekostnad", "260 000", "155 000"), ("Skattekostnad på ordinært resultat", "57 200", "34 100"),
        ("Årsresultat", "202 800", "120 900")))),
        Expect(key_figures=(F("resultat_for_skatt", 2023, 260000), F("skattekostnad", 2023, 57200)),
               sure_figures=(F("arsresultat", 2023, 202800),))),
    statement("label-personalkostnader", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Driftsinntekter", "900 000", "850 000"), ("Personalkostnader", "600 000", "580 000"),
        ("Sum finansielle poster", "2 000", "1 500")))),
        Expect(key_figures=(F("lonnskostnader", 2023, 600000), F("finansresultat", 2022, 1500)))),
    statement("label-account-lines", (H("Resultatregnskap 2023", 2), T((
        ("Kontonr.", "Konto", "Medgått"), ("", "Annen driftsinntekt", "314 810,36"), ("3920", "Medlemskontingent", "310 800,00"),
        ("3940", "Gaver og bidrag", "4 010,36"), ("", "Sum driftsinntekter", "314 810,36"), ("", "Lønnskostnad", "56 564,74"),
        ("5000", "Lønn til ansatte", "56 564,74"), ("", "Sum driftskostnader", "56 564,74"), ("", "Driftsresultat", "258 245,62"),
        ("", "Årsresultat", "258 245,62"), ("8800", "Årsresultat", "258 245,62")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 314810.36), F("arsresultat", 2023, 258245.62)), once=("arsresultat",),
               sure_figures=(F("driftsinntekter", 2023, 314810.36),)), formats=BOTH),
    statement("label-fuzzy-misspelling", (H("Resultatregnskap", 2), T((
        ("", "2023", "2022"), ("Sum driftsinntekter", "900 000", "850 000"), ("Sum fianasielle poster", "2 000", "1 500")))),
        Expect(key_figures=(F("finansresultat", 2023, 2000),))),
    statement("label-sum-eigedelar-nn", (H("Balanse", 2), T((
        ("", "2023", "2022"), ("Sum eigedelar", "800 000", "625 000"), ("Sum eigenkapital", "560 000", "300 000"),
        ("Sum gjeld", "240 000", "325 000"), ("Sum gjeld og eigenkapital", "800 000", "625 000")))),
        Expect(key_figures=(F("sum_eiendeler", 2023, 800000), F("sum_egenkapital_og_gjeld", 2023, 800000))), lang="nn"),
    statement("equity-note-opening-is-not-closing", (H("Noter", 2), H("Note 6 Egenkapital", 3), T((
        ("", "2023", "2022"), ("Egenkapital 01.01", "300 000", "145 000"), ("Årets resultat", "260 000", "155 000"),
        ("Egenkapital 31.12", "560 000", "300 000")))),
        Expect(key_figures=(F("sum_egenkapital", 2023, 560000),), absent_figures=(F("sum_egenkapital", 2023, 300000),))),
    statement("equity-note-nn", (H("Notar", 2), T((
        ("", "2023", "2022"), ("Eigenkapital 01.01", "300 000", "145 000"), ("Årsresultat", "260 000", "155 000"),
        ("Eigenkapital 31.12", "560 000", "300 000")))),
        Expect(key_figures=(F("sum_egenkapital", 2023, 560000),), absent_figures=(F("sum_egenkapital", 2023, 300000),)),
        lang="nn"),

    # --- statements printed twice ----------------------------------------------------------------
    statement("printed-twice-summary-and-full", (
        H("Økonomi", 2), P("Hovedtall for året (hele kroner):"), T((
            ("", "2023"), ("Sum driftsinntekter", "1 250 000"), ("Driftsresultat", "250 000"), ("Årsresultat", "260 000"))),
        H("Resultatregnskap", 2), T(income())),
        Expect(key_figures=INCOME_2023, once=("driftsinntekter", "driftsresultat", "arsresultat"))),
    statement("printed-twice-nb-and-nn", (
        H("Resultatregnskap", 2), T(income(), ruled=False), H("Resultatrekneskap", 2), T(INCOME_NN, ruled=False)),
        Expect(key_figures=INCOME_2023 + INCOME_2022, once=("driftsinntekter", "driftskostnader", "driftsresultat",
                                                           "finansresultat", "arsresultat")), formats=BOTH),
    statement("printed-twice-rounded-and-exact", (
        H("Resultatregnskap", 2), P("2023 sammenlignet med budsjett"), T((
            ("", "Medgått", "Budsjett"), ("Sum driftsinntekter", "880 688", "365 000"), ("Driftsresultat", "289 868", "159 050"))),
        H("Resultatregnskap med kontoer", 2), T((
            ("", "2023", "Budsjett 2024"), ("Sum driftsinntekter", "880 688,32", "1 130 000,00"),
            ("Sum driftskostnader", "590 819,91", "1 099 732,00"), ("Driftsresultat", "289 868,41", "30 268,00")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 880688.32), F("driftsresultat", 2023, 289868.41)),
               once=("driftsinntekter", "driftsresultat"))),
    statement("printed-twice-budget-comparison-agrees", (
        H("Resultatregnskap", 2), T(income()), H("Budsjett 2024", 2), T(budget_table(("Budsjett 2024", "Regnskap 2023", "Budsjett 2023")))),
        Expect(key_figures=INCOME_2023, once=("driftsinntekter", "arsresultat"),
               absent_figures=(F("arsresultat", 2024, 255000),))),

    # --- group and company -----------------------------------------------------------------------
    statement("group-and-company-columns", (H("Resultatregnskap", 2), T((
        ("", "Morselskap", "", "Konsern", ""), ("", "2023", "2022", "2023", "2022"),
        ("Sum driftsinntekter", "1 250 000", "1 100 000", "2 400 000", "2 150 000"),
        ("Årsresultat", "260 000", "155 000", "410 000", "290 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 260000), F("driftsinntekter", 2023, 2400000)))),
    statement("group-heading", (H("Konsernregnskap", 2), H("Resultatregnskap", 3), T(income(columns=("", "2023", "2022"), note=False))),
              Expect(key_figures=INCOME_2023)),
    statement("group-and-company-nn", (H("Resultatrekneskap", 2), T((
        ("", "Morselskap", "", "Konsern", ""), ("", "2023", "2022", "2023", "2022"),
        ("Sum driftsinntekter", "1 250 000", "1 100 000", "2 400 000", "2 150 000"),
        ("Årsresultat", "260 000", "155 000", "410 000", "290 000")))),
        Expect(key_figures=(F("arsresultat", 2022, 155000), F("arsresultat", 2023, 410000))), lang="nn"),

    # --- arithmetic ---------------------------------------------------------------------------
    statement("chain-checked-is-sure", (H("Resultatregnskap", 2), T(income())),
              Expect(sure_figures=(F("driftsresultat", 2023, 250000), F("driftsinntekter", 2023, 1250000)))),
    statement("balance-checked-is-sure", (H("Balanse", 2), T(BALANCE)),
              Expect(sure_figures=BALANCE_2023)),
    statement("balance-does-not-balance", (H("Balanse", 2), T((
        ("", "2023"), ("Sum eiendeler", "800 000"), ("Sum egenkapital", "560 000"), ("Sum gjeld", "250 000"),
        ("Sum egenkapital og gjeld", "800 000")))),
        Expect(flagged_figures=(F("sum_gjeld", 2023, 250000),))),
    statement("chain-does-not-add-up", (H("Resultatregnskap", 2), T((
        ("", "2023"), ("Sum driftsinntekter", "1 250 000"), ("Sum driftskostnader", "1 000 000"), ("Driftsresultat", "205 000")))),
        Expect(flagged_figures=(F("driftsresultat", 2023, 205000),))),
    statement("sum-line-does-not-add-up", (H("Balanse", 2), T((
        ("", "2023"), ("Kundefordringer", "120 000"), ("Bankinnskudd", "600 000"), ("Sum omløpsmidler", "702 000")))),
        Expect(flagged_figures=(F("sum_omlopsmidler", 2023, 702000),))),
    statement("costs-printed-negative", (H("Resultatregnskap", 2), T((
        ("", "2023"), ("Sum driftsinntekter", "1 250 000"), ("Lønnskostnader", "-700 000"), ("Andre driftskostnader", "-300 000"),
        ("Sum driftskostnader", "-1 000 000"), ("Driftsresultat", "250 000")))),
        Expect(sure_figures=(F("driftsresultat", 2023, 250000), F("driftskostnader", 2023, -1000000)))),
    statement("cash-flow", (H("Kontantstrømoppstilling", 2), T((
        ("", "2023", "2022"), ("Netto kontantstrøm fra operasjonelle aktiviteter", "210 000", "140 000"),
        ("Netto kontantstrøm fra investeringsaktiviteter", "-30 000", "-20 000"),
        ("Netto endring i likvider", "180 000", "120 000")))),
        Expect(key_figures=(F("kontantstrom_drift", 2023, 210000), F("endring_likvider", 2022, 120000)))),
    statement("cash-flow-nn", (H("Kontantstraumoppstilling", 2), T((
        ("", "2023", "2022"), ("Netto kontantstraum frå operasjonelle aktivitetar", "210 000", "140 000"),
        ("Netto endring i likvidar", "180 000", "120 000")))),
        Expect(key_figures=(F("kontantstrom_drift", 2023, 210000),)), lang="nn"),

    # --- statements set with tab stops (paragraphs, no table) ------------------------------------
    statement("tab-stops", (H("Resultatregnskap 2023", 2), P("\tRegnskap 2023\tRegnskap 2022\tBudsjett 2024"),
                            P("Driftsinntekter\t\t\t"), P("Salgsinntekter\t1.250.000\t1.100.000\t1.300.000"),
                            P("Sum driftsinntekter\t1.250.000\t1.100.000\t1.300.000"),
                            P("Sum driftskostnader\t1.000.000\t950.000\t1.050.000"),
                            P("Driftsresultat\t250.000\t150.000\t250.000")),
              Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("driftsresultat", 2022, 150000)),
                     absent_figures=(F("driftsinntekter", 2024, 1300000),))),
    statement("tab-stops-nn", (H("Balanse per 31.12.2023", 2), P("\t31.12.2023\t31.12.2022"),
                               P("Sum eigedelar\t800.000\t625.000"), P("Sum eigenkapital\t560.000\t300.000"),
                               P("Sum gjeld\t240.000\t325.000"), P("Sum eigenkapital og gjeld\t800.000\t625.000")),
              Expect(key_figures=(F("sum_eiendeler", 2023, 800000), F("sum_gjeld", 2022, 325000))), lang="nn"),

    # --- not statements ----------------------------------------------------------------------------
    statement("activity-table-is-not-a-statement", (H("Aktivitet", 2), T((
        ("", "2023", "2022"), ("Deltakere", "120", "110"), ("Kurs", "14", "12")))),
        Expect(absent_figures=(F("Deltakere", 2023, 120, label="Deltakere"),))),
]
