"""Tenth-round statement cases (docs/phrasings.md §40), from statements read on real wording:
a table in the municipal accounting form (balance, main overview of the running accounts,
sources and uses of funds) with no unit anywhere in the report. A kommune prints such a table in
thousands, a church council or a kommunalt foretak in whole kroner, and every sum checks either
way: its figures are a guess, not sure. A unit stated over the table, or over another table of
the report, still settles it. Organisations and figures are invented; wordings are paraphrased."""
from probes.cases.statements import F
from probes.spec import H, P, T, Expect, Probe, Side

FORMATS = ("docx", "pdf", "tight")


def g10(id_, items, expect, lang="nb", formats=FORMATS, title="Årsrapport 2023"):
    return Probe(f"g10f-{id_}", "statements", tuple(items), expect, lang=lang, formats=formats,
                 title=title if lang == "nb" or title != "Årsrapport 2023" else "Årsmelding 2023")


# --- 1. a municipal balance with a note column and no unit ----------------------------------------
def balance(nn=False):
    """Eiendeler 1 412 300 + 388 450 = 1 800 750 (2022: 1 356 900 + 371 200 = 1 728 100);
    egenkapital 612 040 + langsiktig 1 004 210 + kortsiktig 184 500 = 1 800 750
    (2022: 590 880 + 962 020 + 175 200 = 1 728 100)."""
    fond, kapital, kasse = (("Disposisjonsfond", "Kapitalkonto", "Kasse, bankinnskot") if nn else
                            ("Disposisjonsfond", "Kapitalkonto", "Kasse, postgiro, bankinnskudd"))
    years = ("Rekneskap 2023", "Rekneskap 2022") if nn else ("Regnskap 2023", "Regnskap 2022")
    return (("", "Noter", *years),
            ("Faste eiendommer og anlegg" if not nn else "Faste eigedomar og anlegg", "7", "1 102 300", "1 061 400"),
            ("Utlån", "8", "310 000", "295 500"),
            ("Sum anleggsmidler", "", "1 412 300", "1 356 900"),
            ("Kortsiktige fordringer", "", "215 450", "209 700"),
            (kasse, "1", "173 000", "161 500"),
            ("Sum omløpsmidler", "", "388 450", "371 200"),
            ("Sum eiendeler" if not nn else "Sum eigedelar", "", "1 800 750", "1 728 100"),
            (fond, "12", "96 340", "88 180"),
            (kapital, "13", "515 700", "502 700"),
            ("Sum egenkapital" if not nn else "Sum eigenkapital", "", "612 040", "590 880"),
            ("Sum langsiktig gjeld", "", "1 004 210", "962 020"),
            ("Sum kortsiktig gjeld", "", "184 500", "175 200"),
            ("Sum egenkapital og gjeld" if not nn else "Sum eigenkapital og gjeld", "", "1 800 750", "1 728 100"))


BALANCE_DOUBT = Expect(flagged_figures=(F("sum_eiendeler", 2023, 1800750), F("sum_egenkapital", 2022, 590880),
                                        F("sum_egenkapital_og_gjeld", 2023, 1800750)))
PROBES = [
    g10("municipal-balance-no-unit", (H("Balanseregnskap", 2), T(balance(), ruled=False, right_aligned=True)),
        BALANCE_DOUBT),
    g10("municipal-balance-no-unit-ruled-nn", (H("Balanserekneskap", 2), T(balance(nn=True))), BALANCE_DOUBT, lang="nn"),
    # the unit stated over the table, or over another table of the report, settles it
    g10("municipal-balance-kroner-stated", (H("Balanseregnskap", 2), P("Beløp i hele kroner"),
                                            T(balance(), ruled=False, right_aligned=True)),
        Expect(key_figures=(F("sum_egenkapital_og_gjeld", 2022, 1728100),),
               no_figure_reasons=((F("sum_eiendeler", 2023, 1800750), "unit_guessed"),))),
    g10("municipal-balance-thousands-stated", (H("Balanseregnskap", 2), P("Alle tall i hele 1000 kr"),
                                               T(balance(), ruled=False, right_aligned=True)),
        Expect(no_figure_reasons=((F("sum_eiendeler", 2023, 1800750000), "unit_guessed"),),
               absent_figures=(F("sum_eiendeler", 2023, 1800750),))),
]


# --- 2. the main overview of the running accounts: note, two budgets between the actuals ----------
def overview(nn=False):
    """Driftsinntekter 84 620 - driftsutgifter 82 150 = brutto driftsresultat 2 470; finans -1 180;
    motpost 3 010: netto driftsresultat 4 300 (2022: 81 300 - 80 020 = 1 280; -1 090; 2 900; 3 090)."""
    kind = ("Rekneskap", "Justert budsjett", "Opphavleg budsjett", "Rekneskap") if nn else \
        ("Regnskap", "Justert budsjett", "Opprinnelig budsjett", "Regnskap")
    return (("Hovudoversikt drift" if nn else "Hovedoversikt drift", "Note",
             f"{kind[0]} 2023", f"{kind[1]} 2023", f"{kind[2]} 2023", f"{kind[3]} 2022"),
            ("Rammetilskot" if nn else "Rammetilskudd", "", "31 200", "30 900", "30 100", "29 850"),
            ("Skatt på inntekt og formue", "", "40 110", "39 600", "39 000", "38 640"),
            ("Andre driftsinntekter", "1", "13 310", "12 800", "12 500", "12 810"),
            ("Sum driftsinntekter", "", "84 620", "83 300", "81 600", "81 300"),
            ("Sum driftsutgifter", "2", "82 150", "82 000", "80 900", "80 020"),
            ("Brutto driftsresultat", "", "2 470", "1 300", "700", "1 280"),
            ("Resultat eksterne finanstransaksjoner", "", "-1 180", "-1 250", "-1 300", "-1 090"),
            ("Motpost avskrivingar" if nn else "Motpost avskrivninger", "", "3 010", "3 000", "2 900", "2 900"),
            ("Netto driftsresultat", "", "4 300", "3 050", "2 300", "3 090"))


OVERVIEW_DOUBT = Expect(flagged_figures=(F("netto_driftsresultat", 2023, 4300), F("driftsinntekter", 2022, 81300)),
                        absent_figures=(F("driftsinntekter", 2023, 83300), F("driftsinntekter", 2023, 81600)))
PROBES += [
    g10("municipal-overview-no-unit", (H("Hovedoversikt drift", 2), T(overview(), ruled=False, right_aligned=True)),
        OVERVIEW_DOUBT),
    g10("municipal-overview-no-unit-nn", (H("Hovudoversikt drift", 2), T(overview(nn=True))), OVERVIEW_DOUBT, lang="nn"),
    g10("municipal-overview-unit-on-other-table",
        (H("Økonomiske hovedtall", 2), P("Tall i hele 1000 kr"),
         T((("", "2023", "2022"), ("Lånegjeld", "212 400", "205 100"), ("Disposisjonsfond", "9 140", "8 320"))),
         H("Hovedoversikt drift", 2), T(overview(), ruled=False, right_aligned=True)),
        Expect(flagged_figures=(F("netto_driftsresultat", 2023, 4300),),
               absent_figures=(F("driftsinntekter", 2023, 83300),))),
]


# --- 3. sources and uses of funds, no unit ----------------------------------------------------------
SOURCES = (("", "Regnskap 2023", "Årsbudsjett 2023", "Vedtatt budsjett 2023", "Regnskap 2022"),
           ("Anskaffelse av midler", "", "", "", ""),
           ("Inntekter driftsdel (kontoklasse 1)", "412 880", "405 100", "398 000", "396 240"),
           ("Inntekter investeringsdel (kontoklasse 0)", "18 420", "21 000", "15 500", "12 960"),
           ("Sum anskaffelse av midler", "431 300", "426 100", "413 500", "409 200"),
           ("Utgifter driftsdel (kontoklasse 1)", "401 950", "399 800", "391 000", "388 300"),
           ("Utgifter investeringsdel (kontoklasse 0)", "35 120", "41 000", "30 000", "24 880"),
           ("Sum anvendelse av midler", "437 070", "440 800", "421 000", "413 180"),
           ("Anskaffelse - anvendelse av midler", "-5 770", "-14 700", "-7 500", "-3 980"),
           ("Endring i arbeidskapital", "-5 770", "-14 700", "-7 500", "-3 980"))
PROBES += [
    # a club's statement in its own words and no unit is no guess: nothing in it is municipal
    g10("club-statement-no-unit-stays-sure",
        (H("Resultatregnskap", 2), T((("", "2023", "2022"),
                                      ("Medlemskontingent", "412 500", "398 000"),
                                      ("Sum driftsinntekter", "1 118 400", "1 046 200"),
                                      ("Sum driftskostnader", "1 071 900", "1 019 700"),
                                      ("Driftsresultat", "46 500", "26 500"),
                                      ("Årsresultat", "49 800", "28 900")), ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 1118400),),
               no_figure_reasons=((F("arsresultat", 2023, 49800), "unit_guessed"),))),
    g10("municipal-sources-uses-no-unit", (H("Anskaffelse og anvendelse av midler", 2), T(SOURCES, ruled=False, right_aligned=True)),
        Expect(flagged_figures=(F("Sum anskaffelse av midler", 2023, 431300),),
               absent_figures=(F("Sum anskaffelse av midler", 2023, 426100),))),
]


# --- 4. a web page's layout: text in one cell, the key figures in the cell beside it -----------------
KEY_FIGURES = (("", "2023", "2022"),
               ("Driftsinntekter", "24 310", "22 870"),
               ("Driftsresultat", "1 145", "-380"),
               ("Årsresultat", "1 420", "-95"),
               ("Egenkapital", "9 860", "8 440"))
IN_THOUSANDS = Expect(key_figures=(F("driftsinntekter", 2023, 24310000), F("arsresultat", 2022, -95000)),
                      absent_figures=(F("driftsinntekter", 2023, 24310), F("sum_egenkapital", 2023, 9860)))
PROBES += [
    # the unit is the holding cell's own text, under the table in Word (the PDF sets the two cells'
    # lines into one table: left, docs/phrasings.md §40)
    g10("layout-cell-caption-unit", (Side((H("Nøkkeltall", 2), P("Selskapet fikk et år med god vekst og et "
                                                                     "overskudd på vel 1,4 millioner kroner.")),
                                          (T(KEY_FIGURES, ruled=False, right_aligned=True), P("Tall i hele 1 000 kr"))),),
        IN_THOUSANDS, formats=("docx",)),
    g10("layout-cell-unit-above-nn", (Side((H("Hovudtal", 2), P("Laget fekk eit godt år.")),
                                           (P("Beløp i tusen kroner"), T(KEY_FIGURES, ruled=False, right_aligned=True))),),
        IN_THOUSANDS, lang="nn", formats=("docx",)),
]


# --- 5. a long table title whose last segment is its unit ("... Fylkeskonsern. Millioner kroner") ---
SUMMARY = (("", "2021", "2022", "2023"),
           ("1. Brutto driftsinntekter i alt", "4 812", "5 064", "5 390"),
           ("2. Brutto driftsutgifter i alt", "4 655", "4 921", "5 170"),
           ("3. Brutto driftsresultat (1-2)", "157", "143", "220"),
           ("8. Netto driftsresultat (3-4-5+7)", "212", "180", "265"))
IN_MILLIONS = Expect(key_figures=(F("driftsinntekter", 2023, 5390000000), F("driftsinntekter", 2021, 4812000000)),
                     absent_figures=(F("driftsinntekter", 2023, 5390),))
PROBES += [
    g10("title-ends-in-unit", (H("Hovedtall for drift, investering og finansiering i fylkeskonsernet. Millioner kroner", 2),
                               T(SUMMARY, ruled=False, right_aligned=True)), IN_MILLIONS),
    g10("title-ends-in-unit-nn", (P("Tabell 4. Hovudtal for drift og investering i fylkeskommunen og foretaka. Tal i mill. kroner",
                                    bold=True), T(SUMMARY)), IN_MILLIONS, lang="nn"),
    # a sentence that ends in an amount is no unit ("... endte på 2,4 millioner kroner.")
    g10("sentence-ends-in-amount-no-unit", (H("Resultatregnskap", 2),
                                            P("Året ga et overskudd, og egenkapitalen vokste til 2,4 millioner kroner."),
                                            T((("", "2023", "2022"), ("Sum driftsinntekter", "3 412 800", "3 150 400"),
                                               ("Sum driftskostnader", "3 295 100", "3 098 700"),
                                               ("Driftsresultat", "117 700", "51 700")), ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 3412800),),
               absent_figures=(F("driftsinntekter", 2023, 3412800000000),))),
]


# --- 6. an English-language annual report of a Norwegian organisation --------------------------------
EN_INCOME = (("", "Note", "2023", "2022"),
             # 18,240 + 1,310 = 19,550; 11,870 + 420 + 6,580 = 18,870; 680 + 95 = 775 (2022: 17,020 + 1,150 =
             # 18,170; 11,240 + 400 + 6,110 = 17,750; 420 + 60 = 480)
             ("Sales revenue", "2", "18,240", "17,020"),
             ("Other operating income", "", "1,310", "1,150"),
             ("Total operating income", "", "19,550", "18,170"),
             ("Personnel expenses", "3", "11,870", "11,240"),
             ("Depreciation", "4", "420", "400"),
             ("Other operating expenses", "", "6,580", "6,110"),
             ("Total operating expenses", "", "18,870", "17,750"),
             ("Operating profit", "", "680", "420"),
             ("Net financial items", "", "95", "60"),
             ("Profit for the year", "", "775", "480"))
EN_BALANCE = (("", "31.12.2023", "31.12.2022"),
              # 2,410,500 + 1,388,250 = 3,798,750 = 2,105,300 + 1,693,450 (2022: 2,522,000 + 1,150,400 = 3,672,400
              # = 1,981,900 + 1,690,500)
              ("Total fixed assets", "2,410,500", "2,522,000"),
              ("Total current assets", "1,388,250", "1,150,400"),
              ("Total assets", "3,798,750", "3,672,400"),
              ("Total equity", "2,105,300", "1,981,900"),
              ("Total liabilities", "1,693,450", "1,690,500"),
              ("Total equity and liabilities", "3,798,750", "3,672,400"),
              ("Equity ratio (%)", "55.4", "54.0"))
PROBES += [
    g10("en-income-statement-thousands", (H("Income statement", 2), P("(Figures in NOK 1,000)"),
                                          T(EN_INCOME, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 19550000), F("arsresultat", 2022, 480000),
                            F("driftsresultat", 2023, 680000)),
               absent_figures=(F("driftsinntekter", 2023, 19550), F("driftsinntekter", 2023, 19.55))),
        title="Annual report 2023"),
    g10("en-balance-sheet-kroner", (H("Balance sheet", 2), T(EN_BALANCE, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("sum_eiendeler", 2023, 3798750), F("sum_egenkapital", 2022, 1981900),
                            F("sum_egenkapital_og_gjeld", 2023, 3798750)),
               absent_figures=(F("sum_egenkapital", 2023, 55.4),)),
        title="Annual report 2023"),
    g10("en-budget-column", (H("Statement of activities", 2), P("Amounts in thousands"),
                             T((("", "Actual 2023", "Budget 2023", "Actual 2022"),
                                ("Total operating income", "8,420", "8,100", "7,960"),
                                ("Total operating expenses", "8,115", "8,050", "7,880"),
                                ("Operating profit", "305", "50", "80")), ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 8420000), F("driftsinntekter", 2022, 7960000)),
               absent_figures=(F("driftsinntekter", 2023, 8100000),)),
        title="Annual report 2023"),
]
