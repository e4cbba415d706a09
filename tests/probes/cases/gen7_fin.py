"""Seventh-round statement cases (docs/phrasings.md §24): the board's report states the year's main
figures in its own prose, a second reading of the statements' key figures. Prose that agrees
gives ``prose_agrees``; prose that clearly contradicts a figure the table gave wrong (a unit the
table does not state, a column whose year header is misprinted) sends it to review through
``prose_disagrees``; a change, a budget, the prior year, a share, a per-unit figure, a part of the
organisation or the group must give no contradiction. Organisations and figures are invented;
wordings are paraphrased."""
from probes.cases.statements import BALANCE, F, income, statement
from probes.spec import H, P, T, Expect

BOTH = ("docx", "pdf")
AGREES, DISAGREES = "prose_agrees", "prose_disagrees"
INCOME = (H("Resultatregnskap", 2), T(income(), ruled=False))
INCOME_NN = (H("Resultatrekneskap", 2), T(income(), ruled=False))
DEFICIT = (  # driftsinntekter 980 000 - driftskostnader 1 214 567 = -234 567 (2022: 1 020 000 - 990 000)
    ("", "2023", "2022"),
    ("Sum driftsinntekter", "980 000", "1 020 000"),
    ("Sum driftskostnader", "1 214 567", "990 000"),
    ("Driftsresultat", "-234 567", "30 000"),
    ("Årsresultat", "-234 567", "30 000"),
)
IN_THOUSANDS_UNSTATED = (  # the income statement in thousands, no unit stated anywhere
    ("", "2023", "2022"),
    ("Sum driftsinntekter", "1 250", "1 100"),
    ("Sum driftskostnader", "1 000", "950"),
    ("Driftsresultat", "250", "150"),
    ("Årsresultat", "250", "150"),
)
YEARS_SWAPPED = income(columns=("", "Note", "2022", "2023"))  # this year's figures under "2022"


def g7(id_, items, expect, **kw):
    return statement(f"g7-fs-{id_}", items, expect, **kw)


def economy(*sentences, heading="Økonomi"):
    return (H(heading, 2), *(P(s) for s in sentences))


def agrees(*figures):
    return tuple((f, AGREES) for f in figures)


def confirmed(*figures, **expect):
    """Right figures the prose confirms (``key_figures`` too, so a fit labels them right)."""
    return Expect(key_figures=figures, figure_reasons=agrees(*figures), **expect)


def never_contradicted(*figures):
    return tuple((f, DISAGREES) for f in figures)


THIS_YEAR = (F("driftsinntekter", 2023, 1250000), F("arsresultat", 2023, 260000))

PROBES = [
    # --- prose that agrees ----------------------------------------------------------------------------
    g7("agree-million-and-prior-year",
       (*economy("Driftsinntektene var 1,25 mill. kr mot 1,1 mill. kr i fjor, og årsresultatet ble et "
                 "overskudd på kr 260 000."), *INCOME),
       confirmed(F("driftsinntekter", 2023, 1250000), F("driftsinntekter", 2022, 1100000),
                 F("arsresultat", 2023, 260000)), formats=BOTH),
    g7("agree-surplus-and-change-to-level-nn",
       (*economy("Rekneskapen syner eit overskot på 260 000 kroner. Driftsinntektene auka med 13,6 % til "
                 "1 250 000 kroner."), *INCOME_NN),
       confirmed(*THIS_YEAR), lang="nn"),
    g7("agree-balance-at-year-end",
       (*economy("Sum eiendeler var ved årsskiftet 800 000 kroner, og egenkapitalen utgjorde kr 560 000."),
        H("Balanse", 2), T(BALANCE, ruled=False)),
       confirmed(F("sum_eiendeler", 2023, 800000), F("sum_egenkapital", 2023, 560000))),
    g7("agree-deficit",
       (*economy("Årsresultatet ble et underskudd på kr 234 567, som dekkes av annen egenkapital."),
        H("Resultatregnskap", 2), T(DEFICIT, ruled=False)),
       confirmed(F("arsresultat", 2023, -234567))),
    g7("agree-deficit-club-nn",
       (*economy("Rekneskapen for 2023 viser eit underskot på 234 567 kroner mot eit overskot på 30 000 "
                 "kroner året før."), H("Resultatrekneskap", 2), T(DEFICIT, ruled=False)),
       confirmed(F("arsresultat", 2023, -234567), F("arsresultat", 2022, 30000)), lang="nn"),
    g7("agree-result-moved-to-equity-nn",
       (*economy("Årsresultatet på 260 000 kroner vert overført til anna eigenkapital."), *INCOME_NN),
       confirmed(F("arsresultat", 2023, 260000)), lang="nn"),
    g7("agree-auditor-sentence",
       (*economy("Vi har revidert årsregnskapet for Lindvik Fritidslag, som viser et overskudd på kr 260 000.",
                 heading="Uavhengig revisors beretning"), *INCOME),
       confirmed(F("arsresultat", 2023, 260000))),
    # --- prose that contradicts a figure the table gave wrong ------------------------------------------
    g7("disagree-unit-not-stated",
       (*economy("Driftsinntektene ble 1,25 mill. kroner, og årsresultatet ble 250 000 kroner."),
        H("Resultatregnskap", 2), T(IN_THOUSANDS_UNSTATED, ruled=False)),
       Expect(flagged_figures=(F("driftsinntekter", 2023, 1250), F("arsresultat", 2023, 250)),
              figure_reasons=((F("driftsinntekter", 2023, 1250), DISAGREES),)), formats=BOTH),
    g7("disagree-year-headers-swapped",
       (*economy("Driftsinntektene var 1 250 000 kroner, og årsresultatet ble 260 000 kroner."),
        H("Resultatregnskap", 2), T(YEARS_SWAPPED, ruled=False)),
       Expect(flagged_figures=(F("driftsinntekter", 2023, 1100000), F("arsresultat", 2023, 155000)),
              figure_reasons=((F("arsresultat", 2023, 155000), DISAGREES),))),
    g7("disagree-year-headers-swapped-nn",
       (*economy("Driftsinntektene var 1 250 000 kroner, og årsresultatet vart eit overskot på 260 000 kroner."),
        H("Resultatrekneskap", 2), T(YEARS_SWAPPED, ruled=False)),
       Expect(flagged_figures=(F("driftsinntekter", 2023, 1100000), F("arsresultat", 2023, 155000))), lang="nn"),
    # --- prose that must not contradict --------------------------------------------------------------
    g7("not-a-change",
       (*economy("Driftsinntektene økte med 150 000 kroner fra året før, og årsresultatet ble 105 000 kroner "
                 "bedre enn i fjor."), *INCOME),
       Expect(key_figures=THIS_YEAR, sure_figures=THIS_YEAR, no_figure_reasons=never_contradicted(*THIS_YEAR))),
    g7("not-a-budget",
       (*economy("Budsjettet for 2023 hadde driftsinntekter på 1,4 mill. kr og et overskudd på kr 60 000.",
                 "Årsresultatet ble 200 000 kroner høyere enn budsjettert, mot et budsjettert overskudd på "
                 "kr 60 000."), *INCOME),
       Expect(key_figures=THIS_YEAR, sure_figures=THIS_YEAR, no_figure_reasons=never_contradicted(*THIS_YEAR))),
    g7("not-a-budget-nn",
       (*economy("Det var budsjettert med eit overskot på 60 000 kroner, og driftsinntektene var budsjetterte "
                 "til 1,4 millionar kroner."), *INCOME_NN),
       Expect(key_figures=THIS_YEAR, sure_figures=THIS_YEAR, no_figure_reasons=never_contradicted(*THIS_YEAR)), lang="nn"),
    g7("prior-year-is-not-this-year",
       (*economy("I fjor var årsresultatet 155 000 kroner.", "Årsresultatet i fjor var kr 155 000."), *INCOME),
       Expect(key_figures=THIS_YEAR, sure_figures=THIS_YEAR, figure_reasons=agrees(F("arsresultat", 2022, 155000)),
              no_figure_reasons=never_contradicted(*THIS_YEAR))),
    g7("not-a-share-or-per-unit",
       (*economy("Lønnskostnadene utgjorde 56 % av driftsinntektene.",
                 "Driftsinntektene per deltaker var kr 25 000, og egenkapitalen utgjør 70 % av totalkapitalen."),
        *INCOME),
       Expect(key_figures=THIS_YEAR, sure_figures=THIS_YEAR, no_figure_reasons=never_contradicted(*THIS_YEAR))),
    g7("not-a-part",
       (*economy("Driftsinntektene fra kiosken var 120 000 kroner.", "Lagenes overskudd var kr 80 000.",
                 "Dugnaden ga et godt resultat på kr 45 000."), *INCOME),
       Expect(key_figures=THIS_YEAR, sure_figures=THIS_YEAR, no_figure_reasons=never_contradicted(*THIS_YEAR))),
    g7("not-a-part-nn",
       (*economy("Driftsinntektene frå kafeen var 120 000 kroner.", "Avdelinga fekk eit overskot på 80 000 kroner."),
        *INCOME_NN),
       Expect(key_figures=THIS_YEAR, sure_figures=THIS_YEAR, no_figure_reasons=never_contradicted(*THIS_YEAR)), lang="nn"),
    g7("not-the-group",
       (*economy("Konsernet fikk et overskudd på 4,2 mill. kroner, og konsernets driftsinntekter var 18 mill. kr."),
        *INCOME),
       Expect(key_figures=THIS_YEAR, sure_figures=THIS_YEAR, no_figure_reasons=never_contradicted(*THIS_YEAR))),
    g7("approximate-only-confirms",
       (*economy("Driftsinntektene var på om lag 1,3 mill. kr, og årsresultatet ble i underkant av 300 000 kroner."),
        *INCOME),
       Expect(key_figures=THIS_YEAR, sure_figures=THIS_YEAR, figure_reasons=agrees(F("driftsinntekter", 2023, 1250000)),
              no_figure_reasons=never_contradicted(*THIS_YEAR))),
]
