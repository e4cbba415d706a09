"""Fourteenth-round statement cases (docs/phrasings.md §56), from statements read on real wording
and the kinds the last stop left open: a typewritten income and expenditure account in a scan
("kr" columns, øre, "Sum inntekter" / "Sum utgifter" / "Overskudd"); figures stated only in the
board's prose; a budget column first, the current year on the right, a label column between the
parent's and the group's figures, plans whose columns are all budgets; statements in a
two-column page and in a landscape sheet of two pages. Organisations and figures are invented;
wordings are paraphrased."""
from probes.spec import H, P, T, Columns, Expect, Figure, Picture, Probe, Side

FORMATS = ("docx", "pdf", "tight")
SCAN = ("docx", "pdf")


def g14(id_, items, expect, lang="nb", formats=FORMATS, title=None):
    default = {"nb": "Årsrapport 2023", "nn": "Årsmelding 2023"}[lang]
    return Probe(f"g14f-{id_}", "statements", tuple(items), expect, lang=lang, formats=formats,
                 title=title or default)


def F(key, year, value, scope=None, basis="actual"):
    return Figure(key, year, value, scope=scope, basis=basis)


def typed(*lines: str) -> Picture:
    """A typewritten page pasted as a scan: columns set apart by tab stops ("\\t")."""
    return Picture(tuple((line,) for line in lines), faces=False, typed=True)


# --- 1. a typewritten income and expenditure account, scanned ---------------------------------------
# 312 408,50 + 98 112,00 + 145 000,00 + 30 000,00 = 585 520,50; 401 230,75 + 121 905,30 + 28 400,00
# + 19 772,15 = 571 308,20; surplus 14 212,30
SURPLUS = ("Inntekter", "Salg av varer\tkr\t312 408,50", "Arbeidsinntekter\tkr\t98 112,00",
           "Tilskudd fra staten\tkr\t145 000,00", "Tilskudd fra kommunen\tkr\t30 000,00",
           "Sum inntekter\tkr\t585 520,50", "Utgifter", "Lønninger og trygder\tkr\t401 230,75",
           "Materialer\tkr\t121 905,30", "Husleie, lys og varme\tkr\t28 400,00", "Andre utgifter\tkr\t19 772,15",
           "Sum utgifter\tkr\t571 308,20", "Overskudd\tkr\t14 212,30")
SURPLUS_EXPECT = Expect(key_figures=(F("driftsinntekter", 1968, 585520.50), F("driftskostnader", 1968, 571308.20),
                                     F("arsresultat", 1968, 14212.30)),
                        absent_figures=(F("arsresultat", 1968, -14212.30), F("driftsinntekter", 1968, 58552050)))
# the same year with a deficit: 548 300,40 - 556 750,50 = -8 450,10
DEFICIT = ("Inntekter", "Salg av varer\tkr\t298 100,40", "Tilskudd fra staten\tkr\t220 200,00",
           "Tilskudd fra kommunen\tkr\t30 000,00", "Sum inntekter\tkr\t548 300,40", "Utgifter",
           "Lønninger og trygder\tkr\t431 002,20", "Andre utgifter\tkr\t125 748,30", "Sum utgifter\tkr\t556 750,50",
           "Underskudd\tkr\t8 450,10")
PROBES = [
    g14("typed-scan-income-expenditure", (typed("DRIFTSREGNSKAP FOR 1968", *SURPLUS),), SURPLUS_EXPECT,
        formats=SCAN, title="Årsberetning for 1968"),
    # the statement's title is typed text above the scan
    g14("typed-scan-title-above", (H("Driftsregnskap for 1968", 2), typed(*SURPLUS)), SURPLUS_EXPECT,
        formats=SCAN, title="Årsberetning for 1968"),
    g14("typed-scan-deficit", (typed("REGNSKAP FOR 1968", *DEFICIT),),
        Expect(key_figures=(F("driftsinntekter", 1968, 548300.40), F("arsresultat", 1968, -8450.10)),
               absent_figures=(F("arsresultat", 1968, 8450.10),)),
        formats=SCAN, title="Årsberetning for 1968"),
    # dot leaders from the label to the "kr" column, as a typist set them
    g14("typed-scan-dot-leaders", (typed("DRIFTSREGNSKAP FOR 1968",
                                         *(line.replace("\tkr", " ......\tkr") for line in SURPLUS)),),
        SURPLUS_EXPECT, formats=SCAN, title="Årsberetning for 1968"),
    # "kr." and the amount in one cell, whole kroner written "585 520,-"
    g14("typed-scan-kr-in-cell", (typed("REGNSKAP FOR 1968", "Inntekter", "Salg av varer\tkr. 312 408,-",
                                        "Tilskudd\tkr. 175 000,-", "Sum inntekter\tkr. 487 408,-", "Utgifter",
                                        "Lønninger\tkr. 401 230,-", "Andre utgifter\tkr. 70 770,-",
                                        "Sum utgifter\tkr. 472 000,-", "Overskudd\tkr. 15 408,-"),),
        Expect(key_figures=(F("driftsinntekter", 1968, 487408), F("driftskostnader", 1968, 472000),
                            F("arsresultat", 1968, 15408))),
        formats=SCAN, title="Årsberetning for 1968"),
    # two years typed side by side, "kr" before each column
    g14("typed-scan-two-years", (typed("REGNSKAP\t\t1968\t\t1967",
                                       "Sum inntekter\tkr\t585 520,50\tkr\t540 110,00",
                                       "Sum utgifter\tkr\t571 308,20\tkr\t536 902,60",
                                       "Overskudd\tkr\t14 212,30\tkr\t3 207,40"),),
        Expect(key_figures=(F("driftsinntekter", 1968, 585520.50), F("driftsinntekter", 1967, 540110.00),
                            F("arsresultat", 1967, 3207.40)),
               absent_figures=(F("driftsinntekter", 1967, 585520.50),)),
        formats=("docx",), title="Årsberetning for 1968"),  # the PDF's OCR reads "1968" as letters (§56, left)
]


# --- 2. figures stated only in the board's prose ---------------------------------------------------
PROBES += [
    # the report's own year, exact kroner: read
    g14("prose-only-surplus-kroner", (H("Økonomi", 2),
                                      P("Regnskapet for 2023 viser et overskudd på kr 345 210. Styret foreslår at "
                                        "overskuddet overføres til annen egenkapital."),),
        Expect(key_figures=(F("arsresultat", 2023, 345210),))),
    # millions with a decimal: read, but a doubt (the statement's exact figure is not printed)
    g14("prose-only-turnover-millions", (H("Økonomi", 2),
                                         P("Driftsinntektene ble 12,4 millioner kroner i 2023. Årsresultatet ble "
                                           "et underskudd på 0,6 millioner kroner."),),
        Expect(flagged_figures=(F("driftsinntekter", 2023, 12.4e6), F("arsresultat", 2023, -0.6e6)))),
    # the prior year's figure in the same sentence ("mot ... i fjor"): a doubt
    g14("prose-only-prior-year", (H("Økonomi", 2),
                                  P("Egenkapitalen utgjorde kr 4 105 220 ved utgangen av 2023, mot kr 3 880 400 "
                                    "året før."),),
        Expect(key_figures=(F("sum_egenkapital", 2023, 4105220),),
               flagged_figures=(F("sum_egenkapital", 2022, 3880400),))),
    # a budget and a change in prose are no figure
    g14("prose-only-budget-and-change", (H("Økonomi", 2),
                                         P("Budsjettet for 2024 har driftsinntekter på kr 5 200 000. Omsetningen "
                                           "økte med kr 410 000 fra 2022."),),
        Expect(absent_figures=(F("driftsinntekter", 2024, 5200000), F("driftsinntekter", 2023, 410000),
                               F("driftsinntekter", 2022, 410000)))),
    # nynorsk, the accounts as subject
    g14("prose-only-nn", (H("Økonomi", 2),
                          P("Rekneskapen for 2023 syner eit overskot på kr 88 412."),),
        Expect(key_figures=(F("arsresultat", 2023, 88412),)), lang="nn"),
    # a sector's figures (statistics quoted in the report) are not the report's own
    g14("prose-only-sector-figures", (H("Økonomi", 2),
                                      P("I 2023 hadde dei kyrkjelege fellesråda driftsinntekter på kr 4 612 000 000. "
                                        "Omsetningen i bransjen var kr 912 000 000 i 2023."),),
        Expect(absent_figures=(F("driftsinntekter", 2023, 4612e6), F("driftsinntekter", 2023, 912e6))), lang="nn"),
]


# --- 3. columns in an unusual order ----------------------------------------------------------------
# 2023: 8 412 300 - 8 120 450 = 291 850; + 12 300 = 304 150 (2022: 7 905 200 - 7 850 100 = 55 100; 8 900; 64 000)
BUDGET_FIRST = (("", "Budsjett 2023", "Regnskap 2023", "Regnskap 2022"),
                ("Sum driftsinntekter", "8 200 000", "8 412 300", "7 905 200"),
                ("Sum driftskostnader", "8 150 000", "8 120 450", "7 850 100"),
                ("Driftsresultat", "50 000", "291 850", "55 100"),
                ("Netto finansposter", "10 000", "12 300", "8 900"),
                ("Årsresultat", "60 000", "304 150", "64 000"))
ACTUALS = (F("driftsinntekter", 2023, 8412300), F("driftsresultat", 2023, 291850), F("arsresultat", 2022, 64000))
NOT_BUDGET = (F("driftsinntekter", 2023, 8200000), F("arsresultat", 2023, 60000), F("arsresultat", 2023, 64000))
# the municipal form's line numbers before the labels, without a dot ("9 Sum driftsinntekter")
NUMBERED = (("", "Note", "Regnskap 2023"),
            # 3 128 900 - 3 037 800 = 91 100; - 175 300 + 174 000 = 89 800
            ("1 Rammetilskudd", "", "960 400"), ("9 Sum driftsinntekter", "", "3 128 900"),
            ("10 Lønnsutgifter", "", "1 588 200"), ("15 Sum driftsutgifter", "", "3 037 800"),
            ("16 Brutto driftsresultat", "", "91 100"), ("22 Netto finansutgifter", "", "-175 300"),
            ("23 Motpost avskrivninger", "", "174 000"), ("24 Netto driftsresultat", "", "89 800"))
PROBES += [
    g14("municipal-line-numbers", (H("Økonomisk oversikt etter art - drift", 2), P("(Beløp i 1 000 kroner)"),
                                   T(NUMBERED, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 3128900e3), F("driftskostnader", 2023, 3037800e3),
                            F("netto_driftsresultat", 2023, 89800e3)))),
    g14("budget-column-first", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                T(BUDGET_FIRST, ruled=False, right_aligned=True)),
        Expect(key_figures=ACTUALS, absent_figures=NOT_BUDGET)),
    g14("budget-column-first-two-header-lines", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                 T((("", "Budsjett", "Regnskap", "Regnskap"), ("", "2023", "2023", "2022"),
                                                    *BUDGET_FIRST[1:]), ruled=False, right_aligned=True)),
        Expect(key_figures=ACTUALS, absent_figures=NOT_BUDGET)),
    # the current year on the right
    g14("current-year-right", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                               T((("", "Note", "2022", "2023"),
                                  *((label, "", prior, now) for label, _, now, prior in BUDGET_FIRST[1:])),
                                 ruled=False, right_aligned=True)),
        Expect(key_figures=ACTUALS, absent_figures=(F("driftsinntekter", 2022, 8412300), F("arsresultat", 2023, 64000)))),
    # last year, this year, next year's budget
    g14("prior-current-budget-next", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                      T((("", "Regnskap 2022", "Regnskap 2023", "Budsjett 2024"),
                                         *((label, prior, now, budget) for label, budget, now, prior in BUDGET_FIRST[1:])),
                                        ruled=False, right_aligned=True)),
        Expect(key_figures=ACTUALS, absent_figures=(F("driftsinntekter", 2024, 8200000), F("arsresultat", 2024, 60000),
                                                    F("arsresultat", 2023, 60000)))),
]

# the parent's figures left of the labels, the group's right of them (tall i 1000 kr)
# parent: 15 210 - 17 080 = -1 870; result 241 900; group: 11 401 400 - 10 575 300 = 826 100; result 541 780
MIDDLE_LABELS = (("Morselskapet", "", "", "Konsernet", ""),
                 ("2023", "2022", "(Tall i hele 1 000 kr)", "2023", "2022"),
                 ("15 210", "13 700", "Driftsinntekter", "11 401 400", "10 208 900"),
                 ("-1 870", "-1 540", "Driftsresultat", "826 100", "684 100"),
                 ("241 900", "179 300", "Årsresultat", "541 780", "570 900"),
                 ("851 000", "824 800", "Egenkapital", "3 353 100", "3 093 400"))
PROBES += [
    g14("label-column-between-parent-and-group", (H("Nøkkeltall", 2), T(MIDDLE_LABELS, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 15210e3, "company"), F("driftsinntekter", 2023, 11401400e3, "group"),
                            F("arsresultat", 2022, 570900e3, "group")),
               absent_figures=(F("driftsinntekter", 2023, 15210), F("driftsinntekter", 2023, 15210e3, "group"),
                               F("driftsinntekter", 2023, 11401400e3, "company")))),
]

# a plan: last year's revised budget, this year's budget and the plan's years, every column a budget
PLAN = (("Hele 1 000 kr", "Revidert 2022", "Budsjett 2023", "Økonomiplan 2024", "Økonomiplan 2025"),
        ("Sum driftsinntekter", "2 155 700", "2 194 500", "2 205 000", "2 213 800"),
        ("Sum driftsutgifter", "2 046 100", "2 129 800", "2 128 000", "2 138 400"),
        ("Netto driftsresultat", "40 200", "30 100", "51 000", "49 300"))
ADOPTED = (("Hele 1 000 kr", "Regnskap 2022", "Vedtatt 2023", "Vedtatt 2024", "Vedtatt 2025"),
           ("Sum driftsinntekter", "2 155 700", "2 194 500", "2 205 000", "2 213 800"),
           ("Sum driftsutgifter", "2 046 100", "2 129 800", "2 128 000", "2 138 400"),
           ("Netto driftsresultat", "40 200", "30 100", "51 000", "49 300"))
PROBES += [
    g14("plan-every-column-a-budget", (H("Driftsbudsjettet", 2), T(PLAN, ruled=False, right_aligned=True)),
        Expect(absent_figures=(F("driftsinntekter", 2022, 2155700e3), F("driftsinntekter", 2023, 2194500e3),
                               F("netto_driftsresultat", 2023, 30100e3), F("driftsinntekter", 2024, 2205000e3))),
        title="Budsjett 2023 og økonomiplan 2023-2026"),
    g14("plan-adopted-columns", (H("Økonomisk oversikt drift", 2), T(ADOPTED, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2022, 2155700e3),),
               absent_figures=(F("driftsinntekter", 2023, 2194500e3), F("netto_driftsresultat", 2023, 30100e3),
                               F("driftsinntekter", 2024, 2205000e3))),
        title="Budsjett 2023 og økonomiplan 2023-2026"),
]


# --- 4. statements in a two-column page and in a landscape sheet of two pages -----------------------
STATEMENT = (("", "Note", "2023", "2022"),
             # 4 812 300 - 4 590 100 = 222 200; + 14 100 = 236 300 (2022: 4 455 000 - 4 410 250 = 44 750; 9 800; 54 550)
             ("Sum driftsinntekter", "", "4 812 300", "4 455 000"),
             ("Sum driftskostnader", "2", "4 590 100", "4 410 250"),
             ("Driftsresultat", "", "222 200", "44 750"),
             ("Netto finansposter", "3", "14 100", "9 800"),
             ("Årsresultat", "", "236 300", "54 550"))
BALANCE = (("", "Note", "2023", "2022"),
           ("Sum anleggsmidler", "4", "1 204 000", "1 250 000"),
           ("Sum omløpsmidler", "", "2 108 300", "1 826 000"),
           ("Sum eiendeler", "", "3 312 300", "3 076 000"),
           ("Sum egenkapital", "", "2 412 300", "2 176 000"),
           ("Sum gjeld", "", "900 000", "900 000"),
           ("Sum egenkapital og gjeld", "", "3 312 300", "3 076 000"))
TEXT = ("Stiftelsen Lyngvik museum hadde et travelt år med to nye utstillinger og flere besøkende enn noen gang. "
        "Styret er fornøyd med driften og takker de ansatte og de frivillige for innsatsen gjennom året. ")
TWO_PAGES = Expect(key_figures=(F("driftsinntekter", 2023, 4812300), F("arsresultat", 2022, 54550),
                                F("sum_eiendeler", 2023, 3312300), F("sum_egenkapital", 2022, 2176000)),
                   absent_figures=(F("driftsinntekter", 2023, 4812.3), F("sum_eiendeler", 2023, 4812300)))
NARROW = tuple((label, *figures) for label, _, *figures in STATEMENT)  # a magazine column has no room for notes
NARROW_BALANCE = tuple((label, *figures) for label, _, *figures in BALANCE)
PROBES += [
    g14("statements-in-two-columns", (Columns((H("Økonomi", 2), P(TEXT * 2), H("Resultatregnskap", 3),
                                               P("Beløp i hele kroner"), T(NARROW, ruled=False, right_aligned=True),
                                               H("Balanse", 3), T(NARROW_BALANCE, ruled=False, right_aligned=True))),),
        TWO_PAGES),
    # two pages set side by side on a landscape sheet
    g14("statements-two-up-sheet", (Side((H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                          T(STATEMENT, ruled=False, right_aligned=True)),
                                         (H("Balanse", 2), P("Beløp i hele kroner"),
                                          T(BALANCE, ruled=False, right_aligned=True))),),
        TWO_PAGES, formats=("docx", "html")),
    # the text on the left page, the statement on the right
    g14("text-beside-statement-two-up", (Side((H("Årsberetning", 2), P(TEXT * 3)),
                                              (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                               T(STATEMENT, ruled=False, right_aligned=True))),),
        Expect(key_figures=(F("driftsinntekter", 2023, 4812300), F("arsresultat", 2022, 54550))),
        formats=FORMATS),  # (in a landscape PDF from a web page the lines interleave: §56, left)
    # a portrait page of two narrow halves: the figures wrap in their cells
    g14("statements-two-up-narrow", (Side((H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                           T(NARROW, ruled=False, right_aligned=True)),
                                          (H("Balanse", 2), P("Beløp i hele kroner"),
                                           T(NARROW_BALANCE, ruled=False, right_aligned=True))),),
        TWO_PAGES, formats=("docx",)),  # the PDF wraps every figure in its cell (§56, left)
]
