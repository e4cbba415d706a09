"""Eighteenth-round statement cases (docs/phrasings.md §72), from statements and key figures read
on real wording: a summary whose columns are dated within the year ("30.06.2024": a half-year's
figures, not the year's); a savings bank's summary with "% of average total assets" columns and no
unit (a bank prints thousands, and now and then a note in kroner); the municipal form's
"Renteinntekter" beside "Utbytter" (a part of the finance income, no total of it); a result in prose
with the prior period's figure in parentheses before the unit ("12,4 (10,9) millioner kroner"); the
municipal form with line numbers, a note column "4-2, 6-2" and the budget between the years (read
right before: a control). Organisations and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Probe

FORMATS = ("docx", "pdf")


def g18(id_, items, expect, lang="nb", title=None):
    default = {"nb": "Årsrapport 2024", "nn": "Årsmelding 2024"}[lang]
    return Probe(f"g18f-{id_}", "statements", tuple(items), expect, lang=lang, formats=FORMATS,
                 title=title or default)


def F(key, year, value, scope=None, basis="actual"):
    return Figure(key, year, value, scope=scope, basis=basis)


# --- 1. columns dated within the year: a half-year's figures --------------------------------------------
# 30.06.2024: 84 120 + 9 310 = 93 430 income; - 41 260 = 52 170 (2023: 80 450 + 8 770 = 89 220; - 38 905 = 50 315)
def summary(first: str, second: str) -> tuple:
    return (("HOVUDTAL", first, "i % av snittleg forv.kap.", second, "i % av snittleg forv.kap."),
            ("Netto renteinntekter", "84 120", "2,11 %", "80 450", "2,14 %"),
            ("Netto andre driftsinntekter", "9 310", "0,23 %", "8 770", "0,23 %"),
            ("Sum driftsinntekter", "93 430", "2,34 %", "89 220", "2,37 %"),
            ("Sum driftskostnader", "41 260", "1,03 %", "38 905", "1,03 %"),
            ("Resultat før tap", "52 170", "1,31 %", "50 315", "1,34 %"))


PROBES = [
    # a half-year report's summary: the figures at 30.06 are no year's, whatever the unit
    g18("half-year-dated-columns", (H("Hovudtal", 1), P("Tal i tusen kroner"), T(summary("30.06.2024", "30.06.2023"))),
        Expect(flagged_figures=(F("driftsinntekter", 2024, 93430e3), F("driftskostnader", 2023, 38905e3))),
        lang="nn", title="Delårsrapport 2. kvartal 2024"),
    # the same summary at 31.12 with its unit: the year's figures, sure (a control)
    g18("year-end-dated-columns", (H("Hovudtal", 1), P("Tal i tusen kroner"), T(summary("31.12.2024", "31.12.2023"))),
        Expect(key_figures=(F("driftsinntekter", 2024, 93430e3), F("driftskostnader", 2023, 38905e3)),
               sure_figures=(F("driftsinntekter", 2024, 93430e3),),
               absent_figures=(F("driftsinntekter", 2024, 93430),)),
        lang="nn"),
    # --- 2. a bank's summary at 31.12 that states no unit: thousands or kroner is a guess ----------------
    g18("bank-summary-no-unit", (H("Hovudtal", 1), P("Rekneskap"), T(summary("31.12.2024", "31.12.2023"))),
        Expect(flagged_figures=(F("driftsinntekter", 2024, 93430), F("driftskostnader", 2024, 41260))),
        lang="nn"),
]


# --- 3. the municipal form's "Renteinntekter" is one part of the finance income ------------------------
# 412 600 - 391 850 = 20 750 brutto; 1 840 + 210 - 320 - 6 410 - 9 980 = -14 660 netto finans;
# + 12 300 motpost = 18 390 netto driftsresultat (2023: 398 200 - 380 940 = 17 260; 1 520 + 180 + 410 - 5 990
# - 9 640 = -13 520; + 11 870 = 15 610)
MUNICIPAL = (("", "Regnskap 2024", "Reg. budsjett 2024", "Regnskap 2023"),
             ("Rammetilskot", "150 400", "149 900", "146 300"),
             ("Skatt på inntekt og formue", "121 800", "118 000", "117 200"),
             ("Sal- og leigeinntekter", "140 400", "139 000", "134 700"),
             ("Sum driftsinntekter", "412 600", "406 900", "398 200"),
             ("Lønnsutgifter", "241 300", "238 000", "232 560"),
             ("Kjøp av varer og tenester", "138 250", "135 700", "136 510"),
             ("Avskrivingar", "12 300", "12 300", "11 870"),
             ("Sum driftsutgifter", "391 850", "386 000", "380 940"),
             ("Brutto driftsresultat", "20 750", "20 900", "17 260"),
             ("Renteinntekter", "1 840", "1 500", "1 520"),
             ("Utbytte", "210", "200", "180"),
             ("Gevinstar og tap på finansielle omløpsmidlar", "- 320", "0", "410"),
             ("Renteutgifter", "6 410", "6 500", "5 990"),
             ("Avdrag på lån", "9 980", "10 000", "9 640"),
             ("Netto finansutgifter", "- 14 660", "- 14 800", "- 13 520"),
             ("Motpost avskrivingar", "12 300", "12 300", "11 870"),
             ("Netto driftsresultat", "18 390", "18 400", "15 610"))
# a small association's statement: its "Renteinntekter" is its only finance income (a control)
SMALL = (("", "2024", "2023"), ("Medlemskontingent", "182 400", "176 900"), ("Tilskudd", "95 000", "90 000"),
         ("Sum driftsinntekter", "277 400", "266 900"), ("Sum driftskostnader", "251 300", "248 100"),
         ("Driftsresultat", "26 100", "18 800"), ("Renteinntekter", "3 420", "1 870"),
         ("Årsresultat", "29 520", "20 670"))
PROBES += [
    g18("municipal-interest-income", (H("Økonomisk oversikt drift", 2), P("Alle tal i heile 1 000 kr"), T(MUNICIPAL)),
        Expect(key_figures=(F("driftsinntekter", 2024, 412600e3), F("netto_driftsresultat", 2024, 18390e3),
                            F("driftsresultat", 2023, 17260e3)),
               absent_figures=(F("finansinntekter", 2024, 1840e3), F("finansinntekter", 2023, 1520e3),
                               F("finanskostnader", 2024, 6410e3), F("driftsinntekter", 2024, 406900e3))),
        lang="nn"),
    g18("small-association-interest-income", (H("Resultatregnskap", 2), P("Beløp i hele kroner"), T(SMALL)),
        Expect(key_figures=(F("finansinntekter", 2024, 3420), F("arsresultat", 2024, 29520)))),
]


# --- 4. a result in prose with the prior period's figure in parentheses before the unit ----------------
PROBES += [
    g18("prose-prior-in-parentheses", (H("Styrets årsberetning", 2),
                                       P("Tall i parentes gjelder tilsvarende periode i 2023."),
                                       P("I 2024 oppnådde banken et resultat før skatt på 12,4 (10,9) millioner kroner. "
                                         "Styret er godt tilfreds med resultatet.")),
        Expect(key_figures=(F("resultat_for_skatt", 2024, 12.4e6),),
               flagged_figures=(F("resultat_for_skatt", 2024, 12.4e6),),
               absent_figures=(F("resultat_for_skatt", 2024, 10.9e6), F("resultat_for_skatt", 2024, 49.3)))),
    # nynorsk, the amount in thousands of kroner with the prior in parentheses
    g18("prose-prior-in-parentheses-nn", (H("Årsmelding frå styret", 2),
                                          P("Driftsinntektene enda på 8 412 (7 960) tusen kroner i 2024.")),
        Expect(key_figures=(F("driftsinntekter", 2024, 8412e3),),
               absent_figures=(F("driftsinntekter", 2024, 7960e3),)),
        lang="nn"),
]


# --- 5. the municipal form with line numbers, a note column and the budget between (a control) ----------
NUMBERED = (("", "", "Note", "Regnskap 2024", "Budsjett 2024", "Regnskap 2023"),
            ("1", "Rammetilskudd", "", "512 300", "508 000", "497 400"),
            ("2", "Inntekts- og formuesskatt", "", "488 900", "470 000", "461 200"),
            ("8", "Salgs- og leieinntekter", "", "98 100", "96 500", "92 300"),
            ("9", "Sum driftsinntekter", "", "1 099 300", "1 074 500", "1 050 900"),
            ("10", "Lønnsutgifter", "", "702 400", "690 000", "676 800"),
            ("14", "Avskrivninger", "4-2, 6-2", "61 200", "22 000", "58 700"),
            ("15", "Sum driftsutgifter", "", "1 060 700", "1 041 200", "1 019 300"),
            ("16", "Brutto driftsresultat", "", "38 600", "33 300", "31 600"))
PROBES += [
    g18("numbered-lines-note-ranges", (H("Økonomisk oversikt etter art – drift", 2), P("(Beløp i 1 000 kroner)"),
                                       T(NUMBERED)),
        Expect(key_figures=(F("driftsinntekter", 2024, 1099300e3), F("avskrivninger", 2024, 61200e3),
                            F("driftsresultat", 2023, 31600e3)),
               absent_figures=(F("avskrivninger", 2024, 22000e3), F("driftsinntekter", 2024, 1074500e3)))),
]


# --- 6. a note's part lines beside its sum, and the second block's repeated year header -----------------
# 4 120 + 48 310 + 301 200 = 353 630; 72 940 + 401 760 = 474 700 (2023: 2 880 + 70 450 + 69 870 = 143 200;
# 110 300 + 215 640 = 325 940)
NOTE = (("Finansinntekter", "2024", "2023"), ("Aksjeutbytte", "4 120", "2 880"), ("Renteinntekter", "48 310", "70 450"),
        ("Andre finansinntekter", "301 200", "69 870"), ("Sum finansinntekter", "353 630", "143 200"),
        ("Finanskostnader", "2024", "2023"), ("Rentekostnader", "72 940", "110 300"),
        ("Andre finanskostnader", "401 760", "215 640"), ("Sum finanskostnader", "474 700", "325 940"))
PROBES += [
    g18("note-parts-beside-sum", (H("Noter til årsregnskapet", 1), H("Note 12 Finansinntekter og finanskostnader", 2),
                                  P("(Alle beløp i 1000 kroner)"), T(NOTE)),
        Expect(key_figures=(F("finansinntekter", 2024, 353630e3), F("finanskostnader", 2023, 325940e3)),
               sure_figures=(F("finansinntekter", 2024, 353630e3), F("finanskostnader", 2024, 474700e3)),
               absent_figures=(F("finansinntekter", 2024, 48310e3), F("finanskostnader", 2024, 2024e3)))),
]


# --- 7. kroner rounded to thousands ("5.586.000"), costs negative, five years ---------------------------
# each year: income + costs = result as printed; 2023: 4 346 000 - 4 335 000 = 11 000, printed 12 000 (rounded)
FIVE = (("Resultat", "2024", "2023", "2022", "2021", "2020"),
        ("Driftsinntekter", "5.586.000", "4.346.000", "2.459.000", "1.335.000", "750.000"),
        ("Driftskostnader", "-3.954.000", "-4.335.000", "-1.728.000", "-1.212.000", "-2.807.000"),
        ("Driftsresultat", "1.632.000", "12.000", "731.000", "123.000", "-2.057.000"),
        ("Finanskostnader", "-549.000", "-687.000", "-738.000", "-640.000", "-577.000"),
        ("Resultat før skatt", "1.083.000", "-674.000", "-6.000", "-517.000", "-2.634.000"),
        ("Skattekostnad", "-238.000", "148.000", "1.000", "114.000", "579.000"),
        ("Årsresultat", "845.000", "-526.000", "-5.000", "-403.000", "-2.055.000"))
PROBES += [
    g18("kroner-rounded-to-thousands", (H("Regnskapstall", 2), P("Beløp i hele kroner"), T(FIVE)),
        Expect(key_figures=(F("driftsresultat", 2023, 12000), F("arsresultat", 2024, 845000),
                            F("driftsinntekter", 2020, 750000)),
               figure_reasons=((F("driftsresultat", 2023, 12000), "relation_checked"),),
               no_figure_reasons=((F("driftsinntekter", 2023, 4346000), "relation_failed"),))),
]
