"""Thirty-third-round statement cases (docs/phrasings.md §84), from statements and key figures read
on real wording: a statement that prints lines between a relation's terms that neither term counts
(a gain on sales under "Sum driftsinntekter" and a "Sum inntekter" holding it; a share of an
associate's result between the operating result and the finance lines; a discontinued operation's
result under the continuing one's; a line no key names inside "Sum driftskostnader"; a part printed
under its total, "Avskrivninger" under "Driftsresultat (EBITDA)"): the relations failed and sent
right figures to review before;
and results in prose read as levels: after a change with the unit set before the amount ("økte med
6 prosent til MNOK 412,7 sammenlignet med 2023"), after "samtidig" ("økte samtidig med 38 % til
54 mill. kroner"), and a loose "Resultatet" qualified after its amount ("minus 12,6 millioner kroner
før skatt og minus 9,8 millioner kroner etter skatt"). Controls: a relation a line between does not
explain stays failed; another qualifier ("før avskrivninger") or one against the term leaves the
amount unread. Organisations and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Probe

FORMATS = ("docx", "pdf")


def h33(id_, items, expect, lang="nb", title=None):
    default = {"nb": "Årsrapport 2024", "nn": "Årsmelding 2024"}[lang]
    return Probe(f"h33f-{id_}", "statements", tuple(items), expect, lang=lang, formats=FORMATS,
                 title=title or default)


def F(key, year, value, basis="actual"):
    return Figure(key, year, value, basis=basis)


# --- 1. lines between a relation's terms that neither term counts -------------------------------------
# 2024: 61 840 + 9 310 = 71 150 income; + 1 260 gain = 72 410; costs 29 410 + 28 770 + 3 150 = 61 330;
# 72 410 - 61 330 = 11 080; associate 2 140; finance 860 - 1 930 = -1 070; 11 080 + 2 140 - 1 070 = 12 150;
# tax 2 670: 9 480 continuing; discontinued -1 320: 8 160
# 2023: 58 300 + 8 900 = 67 200; + 410 = 67 610; 27 980 + 27 450 + 3 020 = 58 450; 9 160; 1 780;
# 720 - 2 040 = -1 320; 9 620; tax 2 110: 7 510; discontinued -2 450: 5 060
BETWEEN = (("Resultatregnskap", "Note", "2024", "2023"),
           ("Salgsinntekter", "2", "61 840", "58 300"),
           ("Annen driftsinntekt", "2", "9 310", "8 900"),
           ("Sum driftsinntekter", "", "71 150", "67 200"),
           ("Gevinst ved salg av driftsmidler", "5", "1 260", "410"),
           ("Sum inntekter", "", "72 410", "67 610"),
           ("Varekostnad", "", "-29 410", "-27 980"),
           ("Lønnskostnad", "3, 4", "-28 770", "-27 450"),
           ("Avskrivninger", "5", "-3 150", "-3 020"),
           ("Sum driftskostnader", "", "-61 330", "-58 450"),
           ("Driftsresultat", "", "11 080", "9 160"),
           ("Resultatandel fra tilknyttet selskap", "7", "2 140", "1 780"),
           ("Finansinntekt", "8", "860", "720"),
           ("Finanskostnad", "8", "-1 930", "-2 040"),
           ("Sum finansposter", "", "-1 070", "-1 320"),
           ("Resultat før skattekostnad", "", "12 150", "9 620"),
           ("Skattekostnad", "9", "-2 670", "-2 110"),
           ("Resultat fra videreført virksomhet", "", "9 480", "7 510"),
           ("Resultat fra avviklet virksomhet", "10", "-1 320", "-2 450"),
           ("Årsresultat", "", "8 160", "5 060"))
# the same statement with its operating result misprinted by 1 000: the gain of 1 260 does not explain it
MISPRINT = tuple(row if row[0] != "Driftsresultat" else ("Driftsresultat", "", "12 080", "9 160") for row in BETWEEN)

PROBES = [
    h33("lines-between-relation-terms", (H("Resultatregnskap", 2), P("Alle beløp i 1 000 kr"), T(BETWEEN, ruled=False)),
        Expect(key_figures=(F("driftsinntekter", 2024, 71150e3), F("driftsinntekter", 2023, 67200e3),
                            F("arsresultat", 2023, 5060e3)),
               sure_figures=(F("driftsresultat", 2024, 11080e3), F("driftsresultat", 2023, 9160e3),
                             F("resultat_for_skatt", 2024, 12150e3), F("finansresultat", 2023, -1320e3),
                             F("arsresultat", 2024, 8160e3)),
               absent_figures=(F("driftsinntekter", 2024, 72410e3),))),
    h33("lines-between-do-not-explain", (H("Resultatregnskap", 2), P("Alle beløp i 1 000 kr"), T(MISPRINT, ruled=False)),
        Expect(flagged_figures=(F("driftsresultat", 2024, 12080e3),),
               sure_figures=(F("driftsresultat", 2023, 9160e3),))),
]


# --- 1b. a part printed under its total, a line no key names inside the costs' sum ---------------------
# 2024: 61 220 + 121 480 + 39 650 = 222 350; 248 310 - 222 350 = 25 960 EBITDA; - 14 870 = 11 090; 1 240 - 3 110
# = -1 870; 9 220; - 2 030 = 7 190 (2023: 58 410 + 117 300 + 37 820 = 213 530; 23 410; - 13 950 = 9 460; -1 890;
# 7 570; - 1 670 = 5 900)
EBITDA = (("Tall i 1.000 NOK", "Note", "2024", "2023"),
          ("Salgsinntekter", "3", "248 310", "236 940"),
          ("Sum driftsinntekter", "", "248 310", "236 940"),
          ("Varekostnad", "", "61 220", "58 410"),
          ("Lønnskostnad", "4", "121 480", "117 300"),
          ("Annen driftskostnad", "", "39 650", "37 820"),
          ("Sum driftskostnader", "", "222 350", "213 530"),
          ("Driftsresultat (EBITDA)", "", "25 960", "23 410"),
          ("Avskrivninger", "6", "14 870", "13 950"),
          ("Driftsresultat (EBIT)", "", "11 090", "9 460"),
          ("Finansinntekter", "", "1 240", "980"),
          ("Finanskostnader", "", "3 110", "2 870"),
          ("Netto finansposter", "", "-1 870", "-1 890"),
          ("Resultat før skattekostnad", "", "9 220", "7 570"),
          ("Skattekostnad", "", "2 030", "1 670"),
          ("Årsresultat", "", "7 190", "5 900"))
# 2024: 21 430 + 24 870 + 5 220 + 1 910 = 53 430, less the associate's 310: 53 120; 56 350 - 53 120 = 3 230
# (2023: 20 610 + 23 940 + 4 980 + 1 850 = 51 380, with the associate's loss of 120: 51 500; 2 340)
INSIDE = (("(Alle beløp er i 1000 kroner)", "Note", "2024", "2023"),
          ("Salgsinntekter", "", "54 210", "51 880"),
          ("Andre driftsinntekter", "2", "2 140", "1 960"),
          ("Sum driftsinntekter", "", "56 350", "53 840"),
          ("Varekostnader", "", "(21 430)", "(20 610)"),
          ("Lønnskostnader", "3", "(24 870)", "(23 940)"),
          ("Andre driftskostnader", "", "(5 220)", "(4 980)"),
          ("Av- og nedskrivninger", "5", "(1 910)", "(1 850)"),
          ("Inntekt på investering i tilknyttede selskaper", "8", "310", "(120)"),
          ("Sum driftskostnader", "", "(53 120)", "(51 500)"),
          ("Driftsresultat", "", "3 230", "2 340"),
          ("Finansinntekter", "", "420", "380"),
          ("Finanskostnader", "", "(960)", "(1 010)"),
          ("Netto finansresultat", "", "(540)", "(630)"),
          ("Resultat før skattekostnad", "", "2 690", "1 710"),
          ("Skattekostnad", "", "(590)", "(380)"),
          ("ÅRSRESULTAT", "", "2 100", "1 330"))
PROBES += [
    h33("part-under-its-total", (H("Oppstilling av konsernets resultat", 2), T(EBITDA, ruled=False)),
        Expect(sure_figures=(F("driftskostnader", 2024, 222350e3), F("lonnskostnader", 2024, 121480e3),
                             F("driftsresultat", 2024, 11090e3), F("driftsresultat", 2023, 9460e3)),
               absent_figures=(F("driftsresultat", 2024, 25960e3),))),
    h33("unkeyed-line-inside-the-costs", (H("Resultatregnskap", 2), T(INSIDE, ruled=False)),
        Expect(sure_figures=(F("driftskostnader", 2024, -53120e3), F("lonnskostnader", 2024, -24870e3),
                             F("driftskostnader", 2023, -51500e3)),
               key_figures=(F("driftsinntekter", 2024, 56350e3), F("arsresultat", 2023, 1330e3)))),
]

# --- 2. results in prose read as levels ----------------------------------------------------------------
PROBES += [
    h33("prose-level-after-change-unit-first", (H("Årsberetning 2024", 2),
                                                P("Driftsinntektene økte med 6 prosent til MNOK 412,7 sammenlignet "
                                                  "med 2023. Ordreinngangen var god gjennom hele året.")),
        Expect(key_figures=(F("driftsinntekter", 2024, 412.7e6),),
               flagged_figures=(F("driftsinntekter", 2024, 412.7e6),),
               absent_figures=(F("driftsinntekter", 2023, 412.7e6),))),
    h33("prose-level-after-change-adverb", (H("Årets hovedtrekk", 2),
                                            P("Veksten fortsatte i 2024. Resultat før skatt økte samtidig med 38 % "
                                              "til 54 mill. kroner.")),
        Expect(key_figures=(F("resultat_for_skatt", 2024, 54e6),),
               absent_figures=(F("resultat_for_skatt", 2024, 38),))),
    h33("prose-result-qualified-after-amount", (H("Styrets beretning", 2),
                                                P("Selskapet oppnådde i 2024 en omsetning på 318,4 millioner kroner. "
                                                  "Resultatet ble på minus 12,6 millioner kroner før skatt og minus "
                                                  "9,8 millioner kroner etter skatt.")),
        Expect(key_figures=(F("resultat_for_skatt", 2024, -12.6e6), F("arsresultat", 2024, -9.8e6)),
               flagged_figures=(F("resultat_for_skatt", 2024, -12.6e6), F("arsresultat", 2024, -9.8e6)),
               absent_figures=(F("arsresultat", 2024, -12.6e6), F("resultat_for_skatt", 2024, -9.8e6)))),
    # nynorsk: "før skatt" after a loose "overskotet"
    h33("prose-result-qualified-after-amount-nn", (H("Styret si årsmelding", 2),
                                                   P("Overskotet vart 2 415 300 kroner før skatt.")),
        Expect(key_figures=(F("resultat_for_skatt", 2024, 2415300),),
               absent_figures=(F("arsresultat", 2024, 2415300),)),
        lang="nn"),
    # controls: another qualifier, or one that contradicts the term, leaves the amount unread
    h33("prose-other-qualifier-unread", (H("Styrets beretning", 2),
                                         P("Driftsresultatet ble 4,2 millioner kroner før avskrivninger. "
                                           "Årsresultatet ble 3,1 millioner kroner før skatt.")),
        Expect(absent_figures=(F("driftsresultat", 2024, 4.2e6), F("arsresultat", 2024, 3.1e6),
                               F("resultat_for_skatt", 2024, 3.1e6)))),
]
