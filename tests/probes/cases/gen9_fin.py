"""Ninth-round statement cases (docs/phrasings.md §35), from statements read on real wording:
the unit a table's figures are in, told by a column of units, by some lines only, by a caption
under the table, or by no text near the table though the report states one elsewhere; a
sentence above the table that gives an amount in kroner ("på kr 2,1 mill.") is no unit; a budget
printed alone under a heading that names it is no actual. Organisations and figures are
invented; wordings are paraphrased."""
from probes.cases.statements import F
from probes.spec import H, P, T, Break, Expect, Probe

BOTH = ("docx", "pdf")


def g9(id_, items, expect, lang="nb", formats=BOTH, title="Årsrapport 2023", family="statements"):
    return Probe(f"g9f-{id_}", family, tuple(items), expect, lang=lang, formats=formats,
                 title=title if lang == "nb" or title != "Årsrapport 2023" else "Årsmelding 2023")


# --- 1. a unit column: each line says its own unit ("mill. kr", "prosent") ----------------------
def unit_column(unit="mill. kr", pct="prosent", nn=False):
    """Driftsinntekter 48,2 / 45,9 mill.; driftsresultat 2,4 / 1,8; årsresultat 2,6 / 2,0;
    egenkapitalandel in per cent (no money)."""
    return (("", "", "2023", "2022"),
            ("Driftsinntekter", unit, "48,2", "45,9"),
            ("Driftsresultat", unit, "2,4", "1,8"),
            ("Årsresultat", unit, "2,6", "2,0"),
            ("Eigenkapitalprosent" if nn else "Egenkapitalandel", pct, "38,1", "36,4"))


UNIT_COLUMN_SURE = Expect(
    sure_figures=(F("driftsinntekter", 2023, 48200000), F("arsresultat", 2023, 2600000),
                  F("driftsresultat", 2022, 1800000)),
    absent_figures=(F("driftsinntekter", 2023, 48.2), F("arsresultat", 2023, 2.6)))
PROBES = [
    g9("unit-column-mill-kr", (H("Nøkkeltall", 2), T(unit_column())), UNIT_COLUMN_SURE),
    g9("unit-column-mnok-unruled", (H("Nøkkeltall", 2), T(unit_column("MNOK", "%"), ruled=False)), UNIT_COLUMN_SURE),
    g9("unit-column-mill-kroner-nn", (H("Nøkkeltal", 2), T(unit_column("mill. kroner", "prosent", nn=True))),
       UNIT_COLUMN_SURE, lang="nn"),
    g9("unit-column-thousands", (H("Hovudtal", 2), T((("", "", "2023", "2022"),
                                                       ("Driftsinntekter", "1000 kr", "48 200", "45 900"),
                                                       ("Årsresultat", "1000 kr", "2 600", "2 000"),
                                                       ("Tal årsverk", "antal", "41", "39")))),
       Expect(sure_figures=(F("driftsinntekter", 2023, 48200000), F("arsresultat", 2022, 2000000)),
              absent_figures=(F("driftsinntekter", 2023, 48200),)), lang="nn"),
]


# --- 2. a unit on some lines only: the bare line's unit is a guess -------------------------------
SOME_LINES = (("", "2023", "2022"),
              ("Driftsinntekter (mill. kr)", "48,2", "45,9"),
              ("Årsresultat (mill. kr)", "2,6", "2,0"),
              ("Sum egenkapital", "19,4", "16,8"))
PROBES += [
    g9("unit-on-some-lines", (H("Nøkkeltall", 2), T(SOME_LINES)),
       Expect(sure_figures=(F("driftsinntekter", 2023, 48200000), F("arsresultat", 2023, 2600000)),
              flagged_figures=(F("sum_egenkapital", 2023, 19400000),),
              absent_figures=(F("sum_egenkapital", 2023, 19.4),))),
    g9("unit-on-some-lines-nn", (H("Nøkkeltal", 2), T(tuple((r[0].replace("Sum egenkapital", "Sum eigenkapital"),
                                                             *r[1:]) for r in SOME_LINES), ruled=False)),
       Expect(sure_figures=(F("driftsinntekter", 2023, 48200000),),
              absent_figures=(F("sum_egenkapital", 2023, 19.4),)), lang="nn"),
]


# --- 3. an amount in kroner in the sentence above the table is no unit; the caption under it is --
MUNICIPAL = (("Hovedoversikt drift", "Regnskap 2023", "Justert budsjett 2023", "Regnskap 2022"),
             # 61 240 - 59 870 = 1 370 (2022: 58 900 - 58 110 = 790), in thousands
             ("Sum driftsinntekter", "61 240", "60 100", "58 900"),
             ("Sum driftsutgifter", "59 870", "59 500", "58 110"),
             ("Brutto driftsresultat", "1 370", "600", "790"),
             ("Netto driftsresultat", "2 115", "900", "1 240"))
MUNICIPAL_FIGURES = Expect(
    key_figures=(F("driftsinntekter", 2023, 61240000), F("driftsinntekter", 2022, 58900000)),
    absent_figures=(F("driftsinntekter", 2023, 61240), F("driftsinntekter", 2022, 58900),
                    F("driftsinntekter", 2023, 60100000)))


def amount_sentence(sentence, caption, lang="nb", id_="", ruled=True):
    return g9(f"kr-amount-not-unit{id_}", (H("Driftsregnskapet", 2), P(sentence), T(MUNICIPAL, ruled=ruled), P(caption)),
              MUNICIPAL_FIGURES, lang=lang)


PROBES += [
    amount_sentence("Driftsregnskapet for 2023 viser et regnskapsmessig mindreforbruk på kr 2,1 mill.",
                    "Tabell 4.2 Sammendrag av hovedoversikt drift 2023. Alle tall i 1000 kr"),
    amount_sentence("Netto driftsresultat ble 2 115 000 kroner i 2023.",
                    "Tabellen viser hovedoversikt drift. Beløp i tusen kroner.", id_="-kroner-after", ruled=False),
    amount_sentence("Rekneskapen for 2023 syner eit mindreforbruk på kr 2,1 mill.",
                    "Tabell 4.2 Samandrag av hovudoversikt drift. Alle tal i 1000 kr", lang="nn", id_="-nn"),
]


# --- 4. no unit near the table, a unit in thousands stated for the report's other tables --------
KEY_THOUSANDS = (("Beløp i 1000 kr", "2023", "2022"),
                 ("Driftsinntekter", "61 240", "58 900"),
                 ("Årsresultat", "2 115", "1 240"))
BALANCE_BARE = (("", "Note", "31.12.2023", "31.12.2022"),  # 91 400 = 38 200 + 53 200 (2022: 87 950 = 36 085 + 51 865)
                ("Sum anleggsmidler", "3", "70 150", "68 400"),
                ("Sum omløpsmidler", "", "21 250", "19 550"),
                ("Sum eiendeler", "", "91 400", "87 950"),
                ("Sum egenkapital", "", "38 200", "36 085"),
                ("Sum gjeld", "", "53 200", "51 865"),
                ("Sum egenkapital og gjeld", "", "91 400", "87 950"))
BALANCE_BARE_NN = tuple((r[0].replace("eiendeler", "eigedelar").replace("egenkapital", "eigenkapital"), *r[1:])
                        for r in BALANCE_BARE)
GUESSED = Expect(flagged_figures=(F("sum_eiendeler", 2023, 91400), F("sum_egenkapital", 2023, 38200)))
PROBES += [
    g9("unit-unstated-thousands-elsewhere", (H("Nøkkeltall", 2), T(KEY_THOUSANDS), H("Virksomheten", 2),
                                             P("Foretaket driver renovasjon for fem kommuner."), Break(),
                                             H("Balanse", 2), T(BALANCE_BARE, ruled=False)), GUESSED),
    g9("unit-unstated-thousands-elsewhere-nn", (H("Nøkkeltal", 2), T(KEY_THOUSANDS), H("Verksemda", 2),
                                                P("Selskapet driv renovasjon for fem kommunar."), Break(),
                                                H("Balanse", 2), T(BALANCE_BARE_NN, ruled=False)),
       GUESSED, lang="nn"),
    # the report states kroner elsewhere: nothing contradicts whole kroner
    g9("unit-unstated-kroner-elsewhere", (H("Nøkkeltall", 2),
                                          T((("Beløp i hele kroner", "2023", "2022"),) + KEY_THOUSANDS[1:]),
                                          H("Balanse", 2), T(BALANCE_BARE, ruled=False)),
       Expect(sure_figures=(F("sum_eiendeler", 2023, 91400),))),
]


# --- 5. a budget printed alone under a heading that names it ------------------------------------
BUDGET_ALONE = (("DRIFTSINNTEKTER", ""),  # 1 412 000 - 1 380 000 = 32 000; + 4 000 = 36 000
                ("Statstilskudd", "1 120 000"),
                ("Medlemskontingent", "292 000"),
                ("Sum driftsinntekter", "1 412 000"),
                ("Lønn og sosiale kostnader", "1 050 000"),
                ("Andre driftskostnader", "330 000"),
                ("Sum driftskostnader", "1 380 000"),
                ("Driftsresultat", "32 000"),
                ("Renteinntekter", "4 000"),
                ("Årsresultat", "36 000"))
BUDGET_ABSENT = Expect(absent_figures=(F("driftsinntekter", 2023, 1412000), F("driftsinntekter", 2024, 1412000),
                                       F("arsresultat", 2023, 36000), F("arsresultat", 2024, 36000)))


def budget_alone(id_, heading, after=None, lang="nb", rows=BUDGET_ALONE):
    items = (H(heading, 2), T(rows, ruled=False)) + ((P(after),) if after else ())
    return g9(f"budget-alone-{id_}", items, BUDGET_ABSENT, lang=lang)


PROBES += [
    budget_alone("next-year", "BUDSJETT FOR 2024", "Vedtatt av årsmøtet 14. mars 2024."),
    budget_alone("proposal", "Forslag til budsjett 2024"),
    budget_alone("this-year", "Budsjett 2023"),
    budget_alone("nn", "Budsjett for 2024", "Vedteke av årsmøtet.", lang="nn",
                 rows=tuple((r[0].replace("Lønn og sosiale kostnader", "Løn og sosiale kostnader")
                             .replace("Statstilskudd", "Statstilskot"), *r[1:]) for r in BUDGET_ALONE)),
]


# --- 6. a header over three lines where one column's kind wraps ("Justert" over "budsjett"): the
# next column's own "Regnskap" is its kind, not the budget word to its left --------------------
WRAPPED_KIND = (("Hovedoversikt drift", "Regnskap", "Avvik", "Justert", "Regnskap"),
                ("", "", "", "budsjett", ""),
                ("", "2023", "", "2023", "2022"),
                # thousands: 61 240 - 59 870 = 1 370 (2022: 58 900 - 58 110 = 790)
                ("Sum driftsinntekter", "61 240", "1 140", "60 100", "58 900"),
                ("Sum driftsutgifter", "59 870", "370", "59 500", "58 110"),
                ("Brutto driftsresultat", "1 370", "770", "600", "790"),
                ("Netto driftsresultat", "2 115", "1 215", "900", "1 240"))
WRAPPED_KIND_NN = tuple((r[0].replace("Hovedoversikt", "Hovudoversikt"), *r[1:]) for r in WRAPPED_KIND[:1]) + \
    tuple(tuple(c.replace("Regnskap", "Rekneskap").replace("Justert", "Justert") for c in r) for r in WRAPPED_KIND[1:3]) + \
    WRAPPED_KIND[3:]
WRAPPED_EXPECT = Expect(key_figures=(F("driftsinntekter", 2023, 61240000), F("driftsinntekter", 2022, 58900000),
                                     F("driftsresultat", 2022, 790000)),
                        absent_figures=(F("driftsinntekter", 2023, 60100000), F("driftsinntekter", 2023, 1140000),
                                        F("driftsinntekter", 2022, 58900), F("driftsresultat", 2022, 790)))
PROBES += [
    g9("wrapped-budget-word-beside-actual", (H("Driftsregnskapet", 2), P("Alle tall i 1000 kr"),
                                             T(WRAPPED_KIND, ruled=False, right_aligned=True)), WRAPPED_EXPECT),
    g9("wrapped-budget-word-beside-actual-ruled", (H("Driftsregnskapet", 2), P("Beløp i tusen kroner"),
                                                   T(WRAPPED_KIND)), WRAPPED_EXPECT),
    g9("wrapped-budget-word-beside-actual-nn", (H("Driftsrekneskapen", 2), P("Alle tal i 1000 kr"),
                                                T(WRAPPED_KIND_NN, ruled=False, right_aligned=True)),
       WRAPPED_EXPECT, lang="nn"),
]


# --- 7. key figures with the company's figures left of the labels and the group's right of them,
# the labels set flush right and wrapped: "Driftsresultat" / "før avskrivninger (EBITDA)" is one
# label, not the operating result -------------------------------------------------------------
def mirrored(nn=False):
    ebitda = "Driftsresultat før avskrivingar (EBITDA)" if nn else "Driftsresultat før avskrivninger (EBITDA)"
    return (("Morselskap", "", "(Tall i hele 1.000 kr)", "Konsern", ""),
            ("2023", "2022", "", "2023", "2022"),
            ("14 120", "13 870", "Driftsinntekter", "812 400", "776 900"),
            ("-9 310", "-8 760", ebitda, "96 250", "88 140"),
            ("-12 480", "-11 020", "Driftsresultat (EBIT)", "41 730", "37 260"),
            ("48 900", "31 400", "Ordinært resultat før skattekostnad", "39 120", "35 010"),
            ("48 900", "31 400", "Årsresultat", "30 880", "27 510"),
            ("602 300", "553 400", "Eigenkapital" if nn else "Egenkapital", "1 913 000", "1 882 100"),
            ("66,1 %", "63,7 %", "Eigenkapital i prosent av totalkapital" if nn else "Egenkapital i prosent av totalkapital",
             "29,5 %", "28,9 %"))


MIRRORED = Expect(key_figures=(F("driftsresultat", 2023, 41730000), F("driftsinntekter", 2022, 776900000)),
                  absent_figures=(F("driftsresultat", 2023, 96250000), F("driftsresultat", 2022, 88140000),
                                  F("driftsresultat", 2023, -9310000)))
PROBES += [
    g9("mirrored-key-figures-wrapped-label", (H("Nøkkeltall", 2), T(mirrored(), ruled=False, right_aligned=True)),
       MIRRORED),
    g9("mirrored-key-figures-wrapped-label-nn", (H("Nøkkeltal", 2), T(mirrored(nn=True), ruled=False, right_aligned=True)),
       MIRRORED, lang="nn"),
]


# --- 8. the company's and the group's figures under one header of repeated years, the words
# naming them in a line above the table ("Morselskap (Tall i hele 1.000 kr) Konsern") ----------
SIDE_BY_SIDE = (("2023", "2022", "", "2023", "2022"),
                ("14 120", "13 870", "Driftsinntekter", "812 400", "776 900"),
                ("-12 480", "-11 020", "Driftsresultat", "41 730", "37 260"),
                ("48 900", "31 400", "Årsresultat", "30 880", "27 510"))
SIDE_EXPECT = Expect(sure_figures=(F("driftsinntekter", 2023, 14120000), F("driftsinntekter", 2023, 812400000),
                                   F("arsresultat", 2022, 31400000), F("arsresultat", 2022, 27510000)))
PROBES += [
    g9("scopes-named-above-in-order", (H("Nøkkeltall", 2), P("Morselskap (Tall i hele 1.000 kr) Konsern"),
                                       T(SIDE_BY_SIDE, ruled=False, right_aligned=True)), SIDE_EXPECT),
    g9("scopes-named-above-in-order-nn", (H("Nøkkeltal", 2), P("Morselskapet (tal i heile 1000 kr) Konsernet"),
                                          T(SIDE_BY_SIDE, ruled=False, right_aligned=True)), SIDE_EXPECT, lang="nn"),
]
