"""Units stated once for the whole annual accounts: "Alle tall i hele tusen kroner" over the
income statement reaches the balance on the next page, which states none; a key-figure table
in millions does not lend its unit to a statement (organisations and figures invented)."""
from probes.cases.statements import BALANCE, BALANCE_NN, INCOME_NN, F, income, statement
from probes.spec import H, P, T, Break, Expect

BOTH = ("docx", "pdf")

PROBES = [
    statement("unit-once-over-both-statements", (
        H("Årsregnskap 2023", 1), H("Resultatregnskap", 2), P("Alle tall i hele tusen kroner"),
        T(income(), ruled=False), Break(), H("Balanse", 2), T(BALANCE, ruled=False)),
        Expect(key_figures=(F("driftsresultat", 2023, 250000000), F("sum_eiendeler", 2023, 800000000),
                            F("sum_gjeld", 2022, 325000000))), formats=BOTH),
    statement("unit-once-over-both-statements-nn", (
        H("Årsrekneskap 2023", 1), H("Resultatrekneskap", 2), P("Alle tal i heile tusen kroner"),
        T(INCOME_NN, ruled=False), Break(), H("Balanse", 2), T(BALANCE_NN, ruled=False)),
        Expect(key_figures=(F("arsresultat", 2023, 260000000), F("sum_eiendeler", 2023, 800000000))),
        lang="nn", formats=BOTH),
    statement("unit-of-key-figure-table-stays-there", (
        H("Hovedtall (mill. kr)", 2), T((("", "2023", "2022"), ("Driftsinntekter", "1,25", "1,10"),
                                        ("Driftsresultat", "0,25", "0,15"))),
        H("Resultatregnskap", 2), T(income(), ruled=False)),
        Expect(key_figures=(F("driftsresultat", 2023, 250000), F("arsresultat", 2023, 260000)),
               absent_figures=(F("arsresultat", 2023, 260000000000),))),
]
