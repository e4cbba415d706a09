"""Fifth-round statement cases (docs/phrasings.md §18): season years as column headers ("2022/2023",
"2022/23"), a deficit printed without a sign on a line that says it is one ("Årets underskudd",
"Underskot"), amounts in millions in the cell ("12,3 mill.", "MNOK 12,3") and a five-column
unruled statement whose labels wrap. Organisations and figures are invented; wordings are
paraphrased."""
from probes.cases.statements import INCOME_2022, INCOME_2023, F, income, statement
from probes.spec import H, P, T, Expect

BOTH = ("docx", "pdf")
SEASON_TITLE = "Årsmelding sesongen 2022/2023"


def g5(id_, items, expect, **kw):
    return statement(f"g5-fs-{id_}", items, expect, **kw)


def club(result_label: str, result: tuple[str, str], costs: tuple[str, str] = ("812 800", "730 500"),
         columns=("", "2023", "2022")):
    """A club's accounts: inntekter 692 800 (2022: 695 500) less utgifter; the result line as given."""
    return (columns,
            ("Medlemskontingent", "184 500", "176 200"),
            ("Treningsavgift", "412 300", "430 800"),
            ("Tilskudd", "96 000", "88 500"),
            ("Sum inntekter", "692 800", "695 500"),
            ("Trenerhonorar", "401 400", "348 100"),
            ("Leie av hall", "325 000", "290 000"),
            ("Andre utgifter", "86 400", "92 400"),
            ("Sum utgifter", *costs),
            (result_label, *result))


DEFICIT = (F("arsresultat", 2023, -120000), F("arsresultat", 2022, -35000))

PROBES = [
    # --- a club's or school's season as the year of a column: the later year ---------------------------
    g5("season-full-years", (H("Resultatregnskap", 2), T(income(columns=("", "Note", "2022/2023", "2021/2022")),
                                                      ruled=False)),
       Expect(key_figures=INCOME_2023 + INCOME_2022,
              absent_figures=(F("driftsinntekter", 2022, 1250000), F("arsresultat", 2021, 155000))),
       title=SEASON_TITLE, formats=BOTH),
    g5("season-short-years", (H("Regnskap", 2), T(income(columns=("", "2022/23", "2021/22"), note=False))),
       Expect(key_figures=INCOME_2023 + INCOME_2022, absent_figures=(F("arsresultat", 2022, 260000),)),
       title="Årsmelding 2022/23", formats=BOTH),
    g5("season-actual-budget-nn", (H("Rekneskap", 2), T((
        ("", "Rekneskap 2022/23", "Budsjett 2022/23", "Rekneskap 2021/22"),
        ("Sum inntekter", "412 600", "400 000", "395 100"),
        ("Sum utgifter", "398 900", "400 000", "401 300"),
        ("Overskot", "13 700", "0", "-6 200")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 412600), F("arsresultat", 2023, 13700),
                            F("arsresultat", 2022, -6200)),
               absent_figures=(F("arsresultat", 2022, 13700), F("arsresultat", 2021, -6200),
                               F("driftsinntekter", 2023, 400000))),
        title="Årsmelding 2022/23", lang="nn", formats=BOTH),
    g5("season-next-budget", (H("Regnskap", 2), T((
        ("", "Regnskap 2022/2023", "Budsjett 2023/2024"),
        ("Sum inntekter", "692 800", "720 000"),
        ("Sum utgifter", "604 050", "700 000"),
        ("Resultat", "88 750", "20 000")))),
        Expect(key_figures=(F("arsresultat", 2023, 88750), F("driftskostnader", 2023, 604050)),
               absent_figures=(F("arsresultat", 2023, 20000), F("arsresultat", 2024, 20000),
                               F("arsresultat", 2022, 88750))),
        title=SEASON_TITLE),
    g5("school-year-hyphen", (H("Resultatregnskap", 2), T(income(columns=("", "Note", "2022-23", "2021-22")))),
       Expect(key_figures=INCOME_2023 + INCOME_2022, absent_figures=(F("driftsinntekter", 2022, 1250000),)),
       title="Årsrapport skoleåret 2022-23"),

    # --- a deficit printed without a sign on a line that names it ---------------------------------------
    g5("club-arets-underskudd-unsigned", (H("Regnskap", 2), T(club("Årets underskudd", ("120 000", "35 000")))),
       Expect(key_figures=DEFICIT, sure_figures=DEFICIT,
              absent_figures=(F("arsresultat", 2023, 120000),)), formats=BOTH),
    g5("club-underskot-unsigned-nn", (H("Rekneskap", 2), T((
        ("", "2023", "2022"), ("Sum inntekter", "212 000", "230 500"), ("Sum utgifter", "224 300", "239 000"),
        ("Underskot", "12 300", "8 500")))),
        Expect(key_figures=(F("arsresultat", 2023, -12300), F("arsresultat", 2022, -8500)),
               sure_figures=(F("arsresultat", 2023, -12300),), absent_figures=(F("arsresultat", 2023, 12300),)),
        lang="nn", formats=BOTH),
    g5("overskudd-and-underskudd-rows", (H("Regnskap", 2), T((
        ("", "2023", "2022"),
        ("Sum inntekter", "692 800", "695 500"),
        ("Trenerhonorar", "401 400", "278 100"), ("Leie av hall", "325 000", "290 000"),
        ("Andre utgifter", "86 400", "92 400"), ("Sum utgifter", "812 800", "660 500"),
        ("Årets overskudd", "", "35 000"), ("Årets underskudd", "120 000", "")))),
        Expect(key_figures=(F("arsresultat", 2023, -120000), F("arsresultat", 2022, 35000)),
               sure_figures=(F("arsresultat", 2023, -120000),), absent_figures=(F("arsresultat", 2023, 120000),))),
    g5("arsunderskudd-company", (H("Resultatregnskap", 2), T((
        ("", "Note", "2023", "2022"),
        ("Sum driftsinntekter", "", "1 250 000", "1 100 000"),
        ("Sum driftskostnader", "3", "1 490 000", "1 190 000"),
        ("Driftsresultat", "", "-240 000", "-90 000"),
        ("Netto finansposter", "", "10 000", "5 000"),
        ("Årsunderskudd", "", "230 000", "85 000")))),
        Expect(key_figures=(F("arsresultat", 2023, -230000), F("arsresultat", 2022, -85000)),
               sure_figures=(F("arsresultat", 2023, -230000),))),
    g5("underskudd-in-brackets-stays", (H("Regnskap", 2), T(club("Årets underskudd", ("(120 000)", "(35 000)")))),
       Expect(key_figures=DEFICIT, absent_figures=(F("arsresultat", 2023, 120000),))),
    g5("underskot-key-figures-nn", (H("Nøkkeltal", 2), T((
        ("", "2023", "2022", "2021"),
        ("Driftsinntekter", "2 410 000", "2 280 000", "2 190 000"),
        ("Årets underskot", "75 000", "21 000", "4 000")))),
        Expect(key_figures=(F("arsresultat", 2023, -75000), F("arsresultat", 2021, -4000)),
               absent_figures=(F("arsresultat", 2023, 75000),)), lang="nn"),

    # --- amounts in millions in the cell --------------------------------------------------------------
    g5("cell-mill-suffix", (H("Nøkkeltall", 2), T((
        ("", "2023", "2022"),
        ("Driftsinntekter", "12,3 mill.", "11,8 mill."),
        ("Driftsresultat", "0,6 mill.", "-0,2 mill."),
        ("Årsresultat", "0,4 mill.", "-0,3 mill.")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 12300000), F("driftsresultat", 2022, -200000),
                            F("arsresultat", 2023, 400000)),
               absent_figures=(F("driftsinntekter", 2023, 12.3),)), formats=BOTH),
    g5("cell-kr-mill", (H("Hovedtall", 2), T((
        ("", "2023", "2022"),
        ("Omsetning", "kr 12,3 mill", "kr 11,8 mill"),
        ("Årsresultat", "kr 0,4 mill", "kr 0,3 mill")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 12300000), F("arsresultat", 2022, 300000)),
               absent_figures=(F("driftsinntekter", 2023, 12.3),))),
    g5("cell-mnok-prefix", (H("Nøkkeltall", 2), T((
        ("", "2023", "2022"),
        ("Driftsinntekter", "MNOK 12,3", "MNOK 11,8"),
        ("Sum eiendeler", "MNOK 8,1", "MNOK 7,6"),
        ("Egenkapital", "MNOK 3,2", "MNOK 2,8")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 12300000), F("sum_eiendeler", 2022, 7600000),
                            F("sum_egenkapital", 2023, 3200000)),
               absent_figures=(F("driftsinntekter", 2023, 12.3),))),
    g5("cell-mill-kr-nn", (H("Hovudtal", 2), T((
        ("", "2023", "2022"),
        ("Driftsinntekter", "12,3 mill. kr", "11,8 mill. kr"),
        ("Årsresultat", "0,4 mill. kr", "0,3 mill. kr")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 12300000), F("arsresultat", 2022, 300000))), lang="nn"),
    g5("unit-belop-i-mill-kr", (H("Resultatregnskap", 2), P("Beløp i mill. kr"), T((
        ("", "Note", "2023", "2022"),
        ("Sum driftsinntekter", "", "126,4", "118,9"),
        ("Sum driftskostnader", "3", "121,2", "115,0"),
        ("Driftsresultat", "", "5,2", "3,9"),
        ("Netto finansposter", "", "0,3", "0,2"),
        ("Årsresultat", "", "5,5", "4,1")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 126400000), F("arsresultat", 2022, 4100000)),
               sure_figures=(F("driftsresultat", 2023, 5200000),)), formats=BOTH),
    g5("unit-belop-i-mill-kr-in-header-cell", (H("Resultatregnskap", 2), T((
        ("Beløp i mill. kr", "2023", "2022"),
        ("Sum driftsinntekter", "126,4", "118,9"),
        ("Sum driftskostnader", "121,2", "115,0"),
        ("Driftsresultat", "5,2", "3,9")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 126400000), F("driftsresultat", 2022, 3900000)))),

    # --- an unruled five-column statement whose labels wrap ---------------------------------------------
    g5("five-columns-wrapped-labels", (H("Resultatregnskap", 2), T((
        ("", "Regnskap 2023", "Budsjett 2023", "Regnskap 2022", "Budsjett 2024"),
        ("Sum salgs- og driftsinntekter", "1 250 000", "1 200 000", "1 100 000", "1 320 000"),
        ("Lønn og andre personalkostnader", "700 000", "720 000", "650 000", "800 000"),
        ("Andre driftskostnader", "300 000", "300 000", "300 000", "350 000"),
        ("Sum driftskostnader", "1 000 000", "1 020 000", "950 000", "1 150 000"),
        ("Resultat før finansposter og skattekostnad", "250 000", "180 000", "150 000", "170 000"),
        ("Netto finansposter", "10 000", "5 000", "5 000", "5 000"),
        ("Årsresultat", "260 000", "185 000", "155 000", "175 000")), ruled=False)),
        Expect(key_figures=(F("driftsresultat", 2023, 250000), F("arsresultat", 2023, 260000),
                            F("arsresultat", 2022, 155000)),
               absent_figures=(F("arsresultat", 2023, 185000), F("arsresultat", 2024, 175000))), formats=BOTH),
]

PROBES += [
    # --- the gen4 case of a kind word over the first of its columns, as a PDF too -------------------------
    g5("kind-word-over-first-of-its-columns-pdf", (H("Resultatregnskap", 2), T((
        ("", "Regnskap", "", "Budsjett", ""),
        ("", "2023", "2022", "2023", "2024"),
        ("Sum driftsinntekter", "1 250 000", "1 100 000", "1 200 000", "1 320 000"),
        ("Sum driftskostnader", "1 000 000", "950 000", "1 020 000", "1 150 000"),
        ("Årsresultat", "250 000", "150 000", "180 000", "170 000")), ruled=False)),
        Expect(key_figures=(F("arsresultat", 2023, 250000), F("arsresultat", 2022, 150000)),
               absent_figures=(F("arsresultat", 2024, 170000), F("arsresultat", 2023, 180000),
                               F("driftsinntekter", 2024, 1320000))), formats=("pdf",)),
]
