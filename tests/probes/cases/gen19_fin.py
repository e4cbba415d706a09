"""Nineteenth-round statement cases (docs/phrasings.md §78), from statements and key figures read
on real wording: a key-figure table whose unit stands glued in its corner cell ("(MILL.KR.)", a
1990s release's header) or as "Mill kroner" / "NOK 1 000 000" (read in kroner or thousands before:
sure and a million or a thousand times too small); a result in prose with a parenthesis that
restates its term ("driftsresultat (før finansposter) var på ...", missed before; "(EBITDA)" stays
unread); and controls read right before: interim figures in prose ("pr. 1. tertial"), and two budget
columns printed before the year's result with "kr" in every cell. Organisations and figures are
invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Probe

FORMATS = ("docx", "pdf")


def g19(id_, items, expect, lang="nb", title=None):
    default = {"nb": "Årsrapport 2024", "nn": "Årsmelding 2024"}[lang]
    return Probe(f"g19-fin-{id_}", "statements", tuple(items), expect, lang=lang, formats=FORMATS,
                 title=title or default)


def F(key, year, value, basis="actual"):
    return Figure(key, year, value, basis=basis)


# --- 1. the unit glued in the corner cell, or written out in a form the vocabulary lacked -----------------
# 2024: 181 - 12 = 169 before tax; 2023: 323 + 19 = 342
def key_figures(corner: str) -> tuple:
    return ((corner, "2024", "2023"), ("Driftsinntekter", "7.412", "6.025"), ("Driftsresultat", "181", "323"),
            ("Finansresultat", "(12)", "19"), ("Resultat før skattekostnad", "169", "342"),
            ("Årsresultat", "131", "264"))


PROBES = [
    g19("unit-glued-in-corner", (H("Hovedtall", 2), T(key_figures("(MILL.KR.)"), ruled=False)),
        Expect(key_figures=(F("driftsinntekter", 2024, 7412e6), F("driftsresultat", 2023, 323e6)),
               sure_figures=(F("driftsresultat", 2024, 181e6),),
               absent_figures=(F("driftsresultat", 2024, 181), F("driftsinntekter", 2024, 7412)))),
    g19("unit-mill-kroner-in-corner", (H("Hovedtall", 2), T(key_figures("Mill kroner"), ruled=False)),
        Expect(key_figures=(F("driftsinntekter", 2024, 7412e6), F("arsresultat", 2023, 264e6)),
               absent_figures=(F("driftsresultat", 2024, 181), F("arsresultat", 2024, 131)))),
    g19("unit-nok-million-caption", (H("Nøkkeltall", 2), P("(NOK 1 000 000)"), T(key_figures(""), ruled=False)),
        Expect(key_figures=(F("driftsresultat", 2024, 181e6), F("resultat_for_skatt", 2023, 342e6)),
               absent_figures=(F("driftsresultat", 2024, 181e3), F("driftsresultat", 2024, 181)))),
]


# --- 2. a parenthesis after the term that restates it --------------------------------------------------
PROBES += [
    g19("prose-aside-restates-term", (H("Årsberetning", 2),
                                      P("Selskapets driftsresultat (før finansposter) var på 42,6 millioner kroner. "
                                        "Dette er 3,1 millioner kroner svakere enn året før."),
                                      P("Resultat etter skatt ble på 31,8 millioner kroner.")),
        Expect(key_figures=(F("driftsresultat", 2024, 42.6e6), F("arsresultat", 2024, 31.8e6)),
               flagged_figures=(F("driftsresultat", 2024, 42.6e6),),
               absent_figures=(F("driftsresultat", 2024, 3.1e6), F("driftsresultat", 2023, 3.1e6)))),
    # the parenthesis names another measure: no operating result (a control)
    g19("prose-aside-other-measure", (H("Årsberetning", 2),
                                      P("Driftsresultatet (EBITDA) var på 18,2 millioner kroner i 2024.")),
        Expect(absent_figures=(F("driftsresultat", 2024, 18.2e6),))),
]


# --- 3. controls read right before -----------------------------------------------------------------------
# interim figures in prose: no year's figure
PROBES += [
    g19("interim-tertial-prose", (P("(Sammenlignbare tall for 2023 i parentes)"),
                                  P("Konsernets resultat før skatt pr. 1. tertial 2024 ble NOK 112 mill. (NOK 97 mill.). "
                                    "Driftsinntektene pr. 1. tertial 2024 ble NOK 846 mill. (NOK 802 mill.)")),
        Expect(absent_figures=(F("resultat_for_skatt", 2024, 112e6), F("driftsinntekter", 2024, 846e6),
                               F("driftsinntekter", 2023, 802e6))),
        title="Konsernets resultat pr. 1. tertial 2024"),
]
# two budgets before the year's result, "kr" in every cell: 2023's figures are the actuals
# 2023: 188 405 300 - 80 112 950 = 108 292 350; 6 120 400 - 310 200 = 5 810 200
BUDGET_FIRST = (("Driftsinntekter og driftskostnader", "Budsjett 2025", "Budsjett 2024", "Resultat 2023"),
                ("Kraftinntekter", "kr 201 000 000", "kr 195 500 000", "kr 188 405 300"),
                ("Sum driftsinntekter", "kr 201 000 000", "kr 195 500 000", "kr 188 405 300"),
                ("Kjøp av kraft", "kr 79 000 000", "kr 78 200 000", "kr 77 940 100"),
                ("Lønn inkl. sosiale utgifter", "kr 2 400 000", "kr 2 310 000", "kr 2 172 850"),
                ("Sum driftskostnader", "kr 81 400 000", "kr 80 510 000", "kr 80 112 950"),
                ("Driftsresultat", "kr 119 600 000", "kr 114 990 000", "kr 108 292 350"))
FINANCE = (("Finansinntekter og -kostnader", "Budsjett 2025", "Budsjett 2024", "Resultat 2023"),
           ("Finansinntekter", "kr 3 000 000", "kr 2 800 000", "kr 6 120 400"),
           ("Finanskostnader", "kr -", "kr -", "kr 310 200"),
           ("Resultat av finansposter", "kr 3 000 000", "kr 2 800 000", "kr 5 810 200"))
PROBES += [
    g19("budgets-before-result", (H("Budsjett", 2), P("Budsjettet er vedteke på grunnlag av kraftprisane i august."),
                                  T(BUDGET_FIRST), T(FINANCE)),
        Expect(key_figures=(F("driftsinntekter", 2023, 188405300), F("finansresultat", 2023, 5810200)),
               sure_figures=(F("driftsresultat", 2023, 108292350),),
               absent_figures=(F("driftsinntekter", 2024, 195500000), F("driftsinntekter", 2025, 201000000))),
        lang="nn", title="Budsjett og rekneskap"),
]
