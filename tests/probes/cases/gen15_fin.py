"""Fifteenth-round statement cases (docs/phrasings.md §60), the kinds the last stop left open and
real wording read in the pages corpus: a typed statement in a scan whose label column and figure
column stand far apart (OCR reads them as two blocks); a statement that is a picture of a
spreadsheet inside a text PDF; labels hyphenated at a line's end inside a narrow cell; a legacy
word processor's tab-aligned statement with dotted leaders; a kommunalt foretak's and an IKS's
driftsregnskap in the municipal form ("Regnskap | Regulert budsjett | Opprinnelig budsjett").
Organisations and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Picture, Probe

FORMATS = ("docx", "pdf", "tight")
SCAN = ("docx", "pdf")


def g15(id_, items, expect, lang="nb", formats=FORMATS, title=None):
    default = {"nb": "Årsrapport 2023", "nn": "Årsmelding 2023"}[lang]
    return Probe(f"g15f-{id_}", "statements", tuple(items), expect, lang=lang, formats=formats,
                 title=title or default)


def F(key, year, value, scope=None, basis="actual"):
    return Figure(key, year, value, scope=scope, basis=basis)


def typed(*lines: str) -> Picture:
    """A typewritten page pasted as a scan: columns set apart by tab stops ("\\t")."""
    return Picture(tuple((line,) for line in lines), faces=False, typed=True)


def drifted(share: float, *lines: str, start: int = 0) -> Picture:
    """A typed page whose amounts were typed in a second pass, ``share`` of a line lower (from
    line ``start`` on)."""
    return Picture(tuple((line,) for line in lines), faces=False, typed=True, drift=share, drift_from=start)


def sheet(*lines: str) -> Picture:
    """A screenshot of a spreadsheet pasted into the report: a proportional face."""
    return Picture(tuple((line,) for line in lines), faces=False)


# --- 1. a typed statement whose figures stand far right of the labels -------------------------------
# 412 300,00 + 180 000,00 + 45 000,00 = 637 300,00; 455 120,40 + 98 400,00 + 61 210,60 = 614 731,00;
# surplus 22 569,00
GAP = " " * 34  # the typist's tab from the label to the amount column, wider than the labels
ROWS = (("Salg av produkter", "412 300,00"), ("Tilskudd fra fylket", "180 000,00"),
        ("Tilskudd fra kommunen", "45 000,00"), ("Sum inntekter", "637 300,00"),
        ("Lønninger", "455 120,40"), ("Materialer", "98 400,00"), ("Andre utgifter", "61 210,60"),
        ("Sum utgifter", "614 731,00"), ("Overskudd", "22 569,00"))


def far(rows, unit="kr") -> tuple[str, ...]:
    lines = []
    for label, amount in rows:
        if label in ("Lønninger",):
            lines.append("Utgifter")
        lines.append(f"{label}\t{GAP}\t{unit}\t{amount}" if unit else f"{label}\t{GAP}\t{amount}")
    return ("Inntekter", *lines)


FAR_EXPECT = Expect(key_figures=(F("driftsinntekter", 1971, 637300), F("driftskostnader", 1971, 614731),
                                 F("arsresultat", 1971, 22569)),
                    absent_figures=(F("arsresultat", 1971, -22569), F("driftsinntekter", 1971, 614731),
                                    F("driftskostnader", 1971, 637300), F("arsresultat", 1971, 614731)))
PROBES = [
    g15("typed-scan-far-figures", (typed("DRIFTSREGNSKAP FOR 1971", *far(ROWS)),), FAR_EXPECT,
        formats=SCAN, title="Årsberetning for 1971"),
    g15("typed-scan-far-figures-no-kr", (typed("DRIFTSREGNSKAP FOR 1971", *far(ROWS, unit="")),), FAR_EXPECT,
        formats=SCAN, title="Årsberetning for 1971"),
    # the amounts typed in a second pass, a quarter of a line below their labels: paired back
    g15("typed-scan-figures-drifted", (drifted(0.25, "DRIFTSREGNSKAP FOR 1971", *far(ROWS)),), FAR_EXPECT,
        formats=SCAN, title="Årsberetning for 1971"),
    # the sheet slipped after the first income lines: the rest a third of a line low
    # (in the PDF a speck beside the income total's "kr" keeps it between the lines, and "Utgifter" joins that
    # row's label: §60, left)
    g15("typed-scan-figures-slip-after-first-rows", (drifted(0.3, "DRIFTSREGNSKAP FOR 1971", *far(ROWS), start=4),),
        Expect(key_figures=FAR_EXPECT.key_figures[1:], absent_figures=FAR_EXPECT.absent_figures),
        formats=SCAN, title="Årsberetning for 1971"),
    # ... nearly half a line below: paired back, but the pairing could be a line off (a doubt)
    g15("typed-scan-figures-half-line", (drifted(0.45, "DRIFTSREGNSKAP FOR 1971", *far(ROWS)),),
        Expect(flagged_figures=(F("driftskostnader", 1971, 614731), F("arsresultat", 1971, 22569)),
               absent_figures=FAR_EXPECT.absent_figures),
        formats=SCAN, title="Årsberetning for 1971"),
    # a page that is only the scan: OCR makes headings of the statement's title and of "Inntekter"
    # and "Utgifter"; the year is the title's, two headings up
    Probe("g15f-typed-scan-section-headings", "statements",
          (typed("DRIFTSREGNSKAP FOR 1971", *(line.replace(GAP, " " * 60) for line in far(ROWS, unit=""))),),
          FAR_EXPECT, formats=SCAN, title=None),
    # the title typed above the scan, the figures far right
    g15("typed-scan-far-title-above", (H("Driftsregnskap for 1971", 2), typed(*far(ROWS))), FAR_EXPECT,
        formats=SCAN, title="Årsberetning for 1971"),
]


# --- 2. a statement that is a picture of a spreadsheet: read, but a doubt -----------------------------
# 5 204 300 - 5 011 800 = 192 500 (2022: 4 870 100 - 4 905 400 = -35 300)
SHEET = ("Resultatregnskap\t2023\t2022", "Sum driftsinntekter\t5 204 300\t4 870 100",
         "Sum driftskostnader\t5 011 800\t4 905 400", "Driftsresultat\t192 500\t-35 300",
         "Årsresultat\t198 900\t-30 100", "Sum egenkapital\t1 402 600\t1 203 700")
PROBES += [
    # the result lines no sum or relation checks stay a doubt; the income its relation checks, read on its
    # label's line, is sure (§65)
    g15("sheet-picture-doubt", (H("Regnskap", 2), P("Resultatregnskapet er gjengitt nedenfor."), sheet(*SHEET)),
        Expect(flagged_figures=(F("arsresultat", 2023, 198900), F("arsresultat", 2022, -30100)),
               sure_figures=(F("driftsinntekter", 2023, 5204300),),
               absent_figures=(F("arsresultat", 2022, 30100),)),
        formats=("docx", "pdf")),
]


# --- 3. labels hyphenated at a line's end in a narrow cell --------------------------------------------
# 3 412 000 - 3 298 500 = 113 500; + 4 200 = 117 700 (2022: 3 120 400 - 3 150 900 = -30 500; 2 100; -28 400)
HYPHENATED = (("", "Note", "2023", "2022"),
              ("Sum drifts-\ninntekter", "2", "3 412 000", "3 120 400"),
              ("Sum drifts-\nkostnader", "3", "3 298 500", "3 150 900"),
              ("Drifts-\nresultat", "", "113 500", "-30 500"),
              ("Netto finans-\nposter", "", "4 200", "2 100"),
              ("Års-\nresultat", "", "117 700", "-28 400"))
PROBES += [
    g15("hyphenated-labels", (H("Resultatregnskap", 2), T(HYPHENATED)),
        Expect(key_figures=(F("driftsinntekter", 2023, 3412000), F("driftskostnader", 2023, 3298500),
                            F("driftsresultat", 2023, 113500), F("arsresultat", 2023, 117700),
                            F("arsresultat", 2022, -28400)))),
]


# --- 4. a legacy word processor's statement: tab stops with dotted leaders ----------------------------
def leaders(*lines: str):
    return tuple(P(line, tabs=(330, 440), dot_leader=True) for line in lines)


PROBES += [
    g15("tabbed-dot-leaders", (H("Resultatregnskap", 2),
                               P("\t2023\t2022", tabs=(330, 440)),
                               *leaders("Sum driftsinntekter\t2 814 500\t2 630 200",
                                        "Sum driftskostnader\t2 760 300\t2 655 800",
                                        "Driftsresultat\t54 200\t-25 600",
                                        "Årsresultat\t61 000\t-19 900")),
        Expect(key_figures=(F("driftsinntekter", 2023, 2814500), F("driftskostnader", 2023, 2760300),
                            F("arsresultat", 2023, 61000), F("arsresultat", 2022, -19900)),
               absent_figures=(F("arsresultat", 2023, -61000),)),
        formats=("docx", "pdf")),
]


# --- 5. a kommunalt foretak's and an IKS's driftsregnskap in the municipal form -----------------------
KF = (("Beløp i 1000 kr", "Regnskap 2023", "Regulert budsjett 2023", "Opprinnelig budsjett 2023", "Regnskap 2022"),
      ("Brukerbetalinger", "1 210", "1 150", "1 100", "1 080"),
      ("Salgs- og leieinntekter", "48 930", "47 800", "46 500", "45 210"),
      ("Sum driftsinntekter", "50 140", "48 950", "47 600", "46 290"),
      ("Lønnsutgifter", "12 405", "12 600", "12 300", "11 870"),
      ("Sum driftsutgifter", "46 815", "47 200", "46 100", "44 020"),
      ("Brutto driftsresultat", "3 325", "1 750", "1 500", "2 270"),
      ("Netto driftsresultat", "2 905", "1 300", "1 050", "1 830"))
KF_SPLIT = ((KF[0][0], "Regnskap", "Regulert budsjett", "Opprinnelig budsjett", "Regnskap"),
            ("", "2023", "2023", "2023", "2022"), *KF[1:])
KF_EXPECT = Expect(key_figures=(F("driftsinntekter", 2023, 50140e3), F("driftsinntekter", 2022, 46290e3),
                                F("driftsresultat", 2023, 3325e3)),
                   absent_figures=(F("driftsinntekter", 2023, 48950e3), F("driftsinntekter", 2023, 47600e3),
                                   F("driftsresultat", 2023, 1750e3), F("driftsinntekter", 2023, 50140)))
PROBES += [
    g15("kf-form-budget-columns", (H("Driftsregnskap for Eikeli eiendom KF", 2), T(KF)), KF_EXPECT),
    g15("kf-form-years-below", (H("Driftsregnskap for Eikeli eiendom KF", 2), T(KF_SPLIT)), KF_EXPECT),
    # nynorsk IKS, the same form
    g15("iks-form-nn", (H("Driftsrekneskap for Fjordvatn IKS", 2),
                        T((("Beløp i 1000 kr", "Rekneskap 2023", "Regulert budsjett 2023",
                            "Opphavleg budsjett 2023", "Rekneskap 2022"), *KF[1:]))),
        KF_EXPECT, lang="nn"),
]


# --- 6. a municipal result and its disposition, with no income line to settle the sign ----------------
# the form prints a surplus negative where income is negative; this table prints neither income nor
# costs, so "- 2 905" may be a surplus or a deficit: a doubt
DISPOSITION = (("", "Drift", "Regnskap 2023", "Regulert budsjett 2023", "Avvik", "Regnskap 2022"),
               ("1", "Netto driftsresultat", "- 2 905", "- 1 300", "- 1 605", "- 1 830"),
               ("2", "Overføring til investering", "1 200", "1 200", "0", "900"),
               ("3", "Netto avsetning til bundne driftsfond", "405", "100", "305", "- 70"),
               ("4", "Avsetning til disposisjonsfond", "1 300", "0", "1 300", "1 000"))
PROBES += [
    g15("municipal-result-sign-unsettled",
        (H("Netto driftsresultat og disponering. Beløp i 1000 kr", 2), T(DISPOSITION)),
        Expect(flagged_figures=(F("netto_driftsresultat", 2023, -2905e3),),
               absent_figures=(F("netto_driftsresultat", 2023, -1300e3), F("netto_driftsresultat", 2023, -1605e3)))),
    # the full form, income printed negative: the sign is settled and the surplus read as one
    g15("municipal-result-sign-settled", (H("Økonomisk oversikt drift. Beløp i 1000 kr", 2),
                                          T((DISPOSITION[0],
                                             ("", "Sum driftsinntekter", "- 50 140", "- 48 950", "- 1 190", "- 46 290"),
                                             ("", "Sum driftsutgifter", "46 815", "47 200", "- 385", "44 020"),
                                             ("", "Brutto driftsresultat", "- 3 325", "- 1 750", "- 1 575", "- 2 270"),
                                             *DISPOSITION[1:]))),
        Expect(key_figures=(F("netto_driftsresultat", 2023, 2905e3), F("driftsinntekter", 2023, 50140e3)),
               absent_figures=(F("netto_driftsresultat", 2023, -2905e3),))),
]


# --- 7. an English activity account of a humanitarian organisation ------------------------------------
# 612 400 + 98 200 + 84 300 = 794 900 acquired; 771 050 + 26 150 = 797 200 used; result -2 300
ACTIVITY = (("ACQUIRED FUNDS", "Notes", "2023", "2022"),
            ("Total donors", "2", "612,400", "598,100"), ("Total collected funds", "3", "98,200", "91,750"),
            ("Other income", "", "84,300", "80,050"), ("TOTAL ACQUIRED FUNDS", "", "794,900", "769,900"),
            ("Total costs for the objectives", "", "771,050", "742,300"), ("Administration", "", "26,150", "24,800"),
            ("TOTAL FUNDS INVESTED", "", "797,200", "767,100"), ("PROFIT FROM ACTIVITIES", "", "-2,300", "2,800"))
PROBES += [
    g15("en-activity-account", (H("ACTIVITY ACCOUNT as at 31.12.2023", 2), P("(Figures in NOK 1000)"), T(ACTIVITY)),
        Expect(key_figures=(F("driftsinntekter", 2023, 794.9e6), F("driftskostnader", 2023, 797.2e6),
                            F("arsresultat", 2023, -2.3e6), F("arsresultat", 2022, 2.8e6)),
               absent_figures=(F("driftsinntekter", 2023, 794900), F("arsresultat", 2023, -2300))),
        title="Annual report 2023"),
]


# --- 8. an English key-figure table and income statement with IFRS-style labels -----------------------
EN_KEYS = (("Revenues and profit", "2023", "2022", "2021"),
           ("Revenue", "412 730", "388 105", "351 920"),
           ("Operating profit before depreciation (EBITDA)", "61 240", "55 010", "48 300"),
           ("Operating profit (EBIT)", "38 115", "-4 220", "29 870"),
           ("Pre tax profit", "35 460", "-7 915", "27 300"),
           ("Profit after tax", "27 660", "-6 170", "21 290"),
           ("Equity ratio", "41.2 %", "39.8 %", "43.0 %"))
# revenue 5 020 + other income 180 = total operating income 5 200: the total is driftsinntekter
EN_IFRS = (("NOK 1 000", "Note", "2023", "2022"), ("Revenue", "3", "5 020", "4 870"),
           ("Other income", "", "180", "95"), ("Total operating income", "", "5 200", "4 965"),
           ("Total operating expenses", "4", "4 930", "4 810"), ("Operating profit (EBIT)", "", "270", "155"),
           ("Net financial items", "", "-40", "-35"), ("Pre tax profit", "", "230", "120"),
           ("Tax", "", "51", "26"), ("Profit after tax", "", "179", "94"))
PROBES += [
    g15("en-key-figures-ifrs-labels",
        (H("Key figures", 2), P("(NOK 1 000)"), T(EN_KEYS, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 412.73e6), F("driftsresultat", 2022, -4.22e6),
                            F("resultat_for_skatt", 2023, 35.46e6), F("ordinaert_resultat", 2023, 27.66e6)),
               absent_figures=(F("driftsresultat", 2023, 61.24e6),)),
        title="Annual report 2023"),
    g15("en-income-statement-revenue-and-total", (H("Income statement", 2), T(EN_IFRS)),
        Expect(key_figures=(F("driftsinntekter", 2023, 5.2e6), F("driftsresultat", 2023, 270e3),
                            F("ordinaert_resultat", 2022, 94e3)),
               absent_figures=(F("driftsinntekter", 2023, 5.02e6),)),
        title="Annual report 2023"),
]


# --- 9. a quarter's columns beside the year's: the quarter is no figure of the year --------------------
QUARTERS = (("(Beløp i mill. kr)", "Note", "4. kvartal 2023", "4. kvartal 2022", "2023", "2022"),
            ("Sum driftsinntekter", "2", "412", "398", "1 605", "1 540"),
            ("Sum driftskostnader", "", "371", "362", "1 450", "1 401"),
            ("Driftsresultat", "", "41", "36", "155", "139"),
            ("Årsresultat", "", "30", "27", "118", "104"))
PROBES += [
    g15("quarter-columns-beside-the-year", (H("Resultatregnskap", 2), T(QUARTERS)),
        Expect(key_figures=(F("driftsinntekter", 2023, 1605e6), F("arsresultat", 2022, 104e6)),
               absent_figures=(F("driftsinntekter", 2023, 412e6), F("arsresultat", 2023, 30e6))),
        title="Årsrapport 2023"),
    g15("quarter-columns-en", (H("Statement of income - group", 2),
                               T((("(NOK million)", "Note", "Q4 2023", "Q4 2022", "2023", "2022"), *QUARTERS[1:]))),
        Expect(key_figures=(F("driftsinntekter", 2023, 1605e6),), absent_figures=(F("driftsinntekter", 2023, 412e6),)),
        title="Annual report 2023"),
]
