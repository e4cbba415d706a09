"""Thirteenth-round statement cases (docs/phrasings.md §52), from statements read on real wording
and the kinds the last stop left open: figures whose decimals a PDF's text layer lost ("2 934,"
in a table of millions with one decimal); a group's and a parent's three years in a narrow page
whose header words break; a five-year key-figure table beside the statement; a club's accounts
with budget columns beside actuals; an owner-split statement of a municipal company; a housing
co-operative's statement (felleskostnader as income); a museum's grants; amounts in millions in
prose and a news piece's small table whose unit stands under it. Organisations and figures are
invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Probe

FORMATS = ("docx", "pdf", "tight")


def g13(id_, items, expect, lang="nb", formats=FORMATS, title=None):
    default = {"nb": "Årsrapport 2023", "nn": "Årsmelding 2023", "en": "Annual report 2023"}[lang]
    return Probe(f"g13f-{id_}", "statements", tuple(items), expect, lang="nb" if lang == "en" else lang,
                 formats=formats, title=title or default)


def F(key, year, value, scope=None, basis="actual"):
    return Figure(key, year, value, scope=scope, basis=basis)


# --- 1. figures whose decimals were lost: "2 934," among "188,2" ------------------------------------
def lost_decimals(lost=True):
    """In millions with one decimal: driftsinntekter 4 812,6 - driftskostnader 3 907,3 = driftsresultat
    905,3; finans 61,4 - 4,2 = 57,2; årsresultat 962,5 (2022: 4 655,0 - 3 802,9 = 852,1; 48,0 - 3,1;
    897,0). With ``lost`` the text layer dropped the decimals of the four-digit figures ("4 812,")."""
    def cut(text):
        return text.split(",")[0] + "," if lost and len(text) > 5 else text
    return (("Beløp i mill. kr", "Note", "2023", "2022"),
            ("Salgsinntekter", "", cut("4 650,2"), cut("4 522,7")),
            ("Andre driftsinntekter", "2", "162,4", "132,3"),
            ("Sum driftsinntekter", "", cut("4 812,6"), cut("4 655,0")),
            ("Lønnskostnader", "3", cut("1 288,7"), cut("1 240,1")),
            ("Andre driftskostnader", "4", cut("2 618,6"), cut("2 562,8")),
            ("Sum driftskostnader", "", cut("3 907,3"), cut("3 802,9")),
            ("Driftsresultat", "", "905,3", "852,1"),
            ("Finansinntekter", "5", "61,4", "48,0"),
            ("Finanskostnader", "5", "4,2", "3,1"),
            ("Årsresultat", "", "962,5", "897,0"))


PROBES = [
    # the whole figures' decimals are lost: each such figure is a doubt, the intact ones stay sure
    g13("decimals-lost-in-millions", (H("Resultatregnskap", 2), T(lost_decimals(), ruled=False, right_aligned=True)),
        Expect(flagged_figures=(F("driftsinntekter", 2023, 4812e6), F("driftsinntekter", 2022, 4655e6)),
               sure_figures=(F("driftsresultat", 2023, 905.3e6), F("arsresultat", 2022, 897.0e6)),
               absent_figures=(F("driftsinntekter", 2023, 4812), F("driftsinntekter", 2023, 4812e3)))),
    # the same statement intact: all sure
    g13("decimals-intact-in-millions", (H("Resultatregnskap", 2),
                                        T(lost_decimals(lost=False), ruled=False, right_aligned=True)),
        Expect(sure_figures=(F("driftsinntekter", 2023, 4812.6e6), F("driftsresultat", 2023, 905.3e6),
                             F("arsresultat", 2022, 897.0e6)))),
    # whole kroner with a trailing comma for the øre ("412 000,") is no lost decimal: sure
    g13("whole-kroner-trailing-comma", (H("Resultatregnskap", 2),
                                        T((("", "2023", "2022"),
                                           ("Sum driftsinntekter", "4 812 600,", "4 655 000,"),
                                           ("Sum driftskostnader", "3 907 300,", "3 802 900,"),
                                           ("Driftsresultat", "905 300,", "852 100,"),
                                           ("Årsresultat", "962 500,", "897 000,")), ruled=False, right_aligned=True)),
        Expect(sure_figures=(F("driftsinntekter", 2023, 4812600), F("arsresultat", 2022, 897000)))),
]


# --- 2. a group's and a parent's three years in a narrow portrait page ------------------------------
GROUP_PARENT = (("(Beløp i 1 000 kr)", "Kon-\nsern", "", "", "Mor-\nselskap", "", ""),
                ("Note", "2023", "2022", "2021", "2023", "2022", "2021"),
                # group 3 812 440 - 3 501 210 = 311 230; parent 1 204 377 - 1 120 150 = 84 227 (and so on)
                ("Sum driftsinntekter", "3 812 440", "3 655 120", "3 402 918", "1 204 377", "1 150 060", "1 098 215"),
                ("Sum driftskostnader", "3 501 210", "3 392 800", "3 190 505", "1 120 150", "1 071 930", "1 030 002"),
                ("Driftsresultat", "311 230", "262 320", "212 413", "84 227", "78 130", "68 213"),
                ("Årsresultat", "209 910", "174 270", "142 118", "75 369", "68 780", "52 169"))
IN_KRONER = tuple(F(key, year, value / 1000) for key, year, value in
                  (("driftsinntekter", 2023, 3812440e3), ("driftsinntekter", 2023, 1204377e3),
                   ("driftsresultat", 2022, 262320e3), ("arsresultat", 2021, 52169e3)))
BOTH_SCOPES = Expect(key_figures=(F("driftsinntekter", 2022, 3655120e3, "group"), F("driftsinntekter", 2022, 1150060e3, "company"),
                                  F("arsresultat", 2021, 52169e3, "company"), F("driftsresultat", 2021, 212413e3, "group")),
                     absent_figures=(*IN_KRONER, F("driftsinntekter", 2023, 3812440e3, "company"),
                                     F("driftsinntekter", 2023, 1204377e3, "group")))
PROBES += [
    # the writer broke the scope words with a hyphen; a PDF also wraps the unit in the corner
    g13("group-parent-header-words-hyphenated", (H("Resultatregnskap", 2),
                                                 T(GROUP_PARENT, ruled=False, right_aligned=True)), BOTH_SCOPES),
    # whole words a narrow column wraps where it must ("Konserne" / "t")
    g13("group-parent-header-words-wrapped", (H("Resultatregnskap", 2),
                                              T((("(Beløp i hele 1 000 kr)", "Konsernet", "", "", "Morselskapet", "", ""),
                                                 *GROUP_PARENT[1:]), ruled=False, right_aligned=True)), BOTH_SCOPES),
]


# --- 3. a five-year key-figure table beside the statement ------------------------------------------
FIVE_YEARS = (("Nøkkeltall (i 1 000 kr)", "2019", "2020", "2021", "2022", "2023"),
              ("Driftsinntekter", "9 410", "9 880", "10 215", "11 046", "12 412"),
              ("Driftsresultat", "310", "122", "405", "518", "640"),
              ("Årsresultat", "295", "101", "388", "511", "652"),
              ("Egenkapital", "3 120", "3 221", "3 609", "4 120", "4 772"),
              ("Egenkapitalandel", "41 %", "40 %", "43 %", "45 %", "47 %"))
STATEMENT = (("", "Note", "2023", "2022"),
             # 12 412 345 - 11 772 102 = 640 243; + 11 880 = 652 123 (2022: 11 046 210 - 10 528 004 = 518 206; 511 230)
             ("Sum driftsinntekter", "", "12 412 345", "11 046 210"),
             ("Sum driftskostnader", "2", "11 772 102", "10 528 004"),
             ("Driftsresultat", "", "640 243", "518 206"),
             ("Netto finansposter", "", "11 880", "-6 976"),
             ("Årsresultat", "", "652 123", "511 230"))
PROBES += [
    g13("five-year-key-figures-and-statement", (H("Nøkkeltall", 2), T(FIVE_YEARS, ruled=False, right_aligned=True),
                                                H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                T(STATEMENT, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 12412345), F("arsresultat", 2022, 511230),
                            F("driftsinntekter", 2019, 9410000), F("sum_egenkapital", 2023, 4772000)),
               absent_figures=(F("driftsinntekter", 2023, 12412), F("driftsinntekter", 2023, 9410000),
                               F("driftsinntekter", 2019, 12412000)),
               once=("driftsinntekter", "arsresultat"))),
]


# --- 4. a club's accounts with budget columns beside actuals --------------------------------------
CLUB = (("Tall i hele kroner", "Regnskap 2023", "Budsjett 2023", "Budsjett 2024", "Regnskap 2022"),
        # 1 284 500 - 1 201 350 = 83 150; + 4 210 = 87 360 (2022: 1 190 200 - 1 162 480 = 27 720; 2 055; 29 775)
        ("Medlemskontingent", "412 300", "400 000", "420 000", "398 100"),
        ("Treningsavgifter", "603 900", "590 000", "615 000", "561 700"),
        ("Offentlige tilskudd", "268 300", "250 000", "260 000", "230 400"),
        ("Sum inntekter", "1 284 500", "1 240 000", "1 295 000", "1 190 200"),
        ("Sum kostnader", "1 201 350", "1 225 000", "1 285 000", "1 162 480"),
        ("Driftsresultat", "83 150", "15 000", "10 000", "27 720"),
        ("Renteinntekter", "4 210", "2 000", "3 000", "2 055"),
        ("Årsresultat", "87 360", "17 000", "13 000", "29 775"))
CLUB_EXPECT = Expect(key_figures=(F("driftsinntekter", 2023, 1284500), F("arsresultat", 2023, 87360),
                                  F("arsresultat", 2022, 29775)),
                     absent_figures=(F("driftsinntekter", 2024, 1295000), F("arsresultat", 2024, 13000),
                                     F("arsresultat", 2023, 17000), F("driftsinntekter", 2023, 1240000),
                                     F("arsresultat", 2023, 13000)))
# the same with the kind and the year on two header lines
CLUB_TWO_LINES = (("", "Regnskap", "Budsjett", "Budsjett", "Regnskap"), ("", "2023", "2023", "2024", "2022"),
                  *CLUB[1:])
PROBES += [
    g13("club-budget-columns", (H("Regnskap og budsjett", 2), T(CLUB, ruled=False, right_aligned=True)),
        CLUB_EXPECT, title="Årsmelding 2023 Brekke Idrettslag"),
    g13("club-budget-columns-two-header-lines", (H("Regnskap og budsjett", 2), P("Tall i hele kroner"),
                                                 T(CLUB_TWO_LINES, ruled=False, right_aligned=True)),
        CLUB_EXPECT, title="Årsmelding 2023 Brekke Idrettslag"),
    g13("club-budget-columns-nn", (H("Rekneskap og budsjett", 2), P("Tal i heile kroner"),
                                   T((("", "Rekneskap 2023", "Budsjett 2023", "Budsjett 2024", "Rekneskap 2022"),
                                      *(((label.replace("Sum kostnader", "Sum kostnader")
                                          .replace("Offentlige tilskudd", "Offentlege tilskot")), *rest)
                                        for label, *rest in CLUB[1:])), ruled=False, right_aligned=True)),
        CLUB_EXPECT, lang="nn", title="Årsmelding 2023 Brekke Idrettslag"),
]


# --- 5. a municipal company's statement split by owner ---------------------------------------------
OWNERS = (("Tall i 1 000 kr", "Nordvik kommune", "Sørbø kommune", "Austlia kommune", "Sum 2023", "Sum 2022"),
          # 8 214 + 5 102 + 2 938 = 16 254; costs 7 990 + 4 960 + 2 871 = 15 821; 433 (2022: 15 480; 15 230; 250)
          ("Sum driftsinntekter", "8 214", "5 102", "2 938", "16 254", "15 480"),
          ("Sum driftskostnader", "7 990", "4 960", "2 871", "15 821", "15 230"),
          ("Driftsresultat", "224", "142", "67", "433", "250"))
PROBES += [
    g13("owner-split-statement", (H("Driftsregnskap fordelt på eierkommunene", 2),
                                  T(OWNERS, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 16254000), F("driftsresultat", 2022, 250000)),
               absent_figures=(F("driftsinntekter", 2023, 8214000), F("driftsinntekter", 2023, 2938000),
                               F("driftsresultat", 2023, 224000), F("driftsinntekter", 2022, 16254000))),
        title="Årsrapport 2023 Vikfjord Vann IKS"),
]


# --- 6. a housing co-operative's statement: felleskostnader as income, budgets beside ---------------
HOUSING = (("", "Note", "Regnskap 2023", "Regnskap 2022", "Budsjett 2023", "Budsjett 2024"),
           # 3 412 880 + 61 200 = 3 474 080; costs 3 189 400; 284 680; finans -198 310; 86 370
           ("Innkrevde felleskostnader", "2", "3 412 880", "3 290 160", "3 410 000", "3 580 000"),
           ("Andre inntekter", "", "61 200", "58 900", "60 000", "60 000"),
           ("Sum driftsinntekter", "", "3 474 080", "3 349 060", "3 470 000", "3 640 000"),
           ("Forretningsførerhonorar", "", "118 400", "112 900", "118 000", "124 000"),
           ("Kommunale avgifter", "", "402 300", "388 150", "405 000", "420 000"),
           ("Vedlikehold", "", "811 700", "905 210", "800 000", "850 000"),
           ("Sum driftskostnader", "", "3 189 400", "3 120 880", "3 200 000", "3 350 000"),
           ("Driftsresultat", "", "284 680", "228 180", "270 000", "290 000"),
           ("Netto finansposter", "", "-198 310", "-172 440", "-200 000", "-230 000"),
           ("Årsresultat", "", "86 370", "55 740", "70 000", "60 000"))
PROBES += [
    g13("housing-coop-felleskostnader", (H("Resultatregnskap", 2), T(HOUSING, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 3474080), F("arsresultat", 2022, 55740),
                            F("driftsresultat", 2023, 284680)),
               absent_figures=(F("driftsinntekter", 2023, 3412880), F("driftsinntekter", 2024, 3640000),
                               F("arsresultat", 2023, 70000), F("arsresultat", 2024, 60000))),
        title="Årsberetning 2023 Lyngtoppen Borettslag"),
    # a sameie's statement with no sum line: its one income line is the revenue's only candidate
    g13("sameie-felleskostnader-no-sum", (H("Resultatregnskap", 2),
                                          T((("", "2023", "2022"), ("Felleskostnader", "912 400", "884 100"),
                                             ("Drift og vedlikehold", "540 100", "498 800"),
                                             ("Forsikring", "98 300", "91 600"),
                                             ("Forretningsførsel", "61 000", "58 500"),
                                             ("Sum driftskostnader", "699 400", "648 900"),
                                             ("Driftsresultat", "213 000", "235 200"),
                                             ("Årsresultat", "201 450", "226 800")), ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsresultat", 2023, 213000), F("arsresultat", 2022, 226800)),
               absent_figures=(F("driftsinntekter", 2023, 699400),)),
        title="Årsberetning 2023 Sameiet Havnegata 12"),
]


# --- 7. a museum's statement: grants as income -----------------------------------------------------
MUSEUM = (("", "Note", "2023", "2022"),
          # 14 205 + 3 118 + 1 842 = 19 165; costs 18 710; 455; +112 = 567 (2022: 18 390; 18 220; 170; 62; 232)
          ("Tilskudd fra staten", "2", "8 410 000", "8 120 000"),
          ("Tilskudd fra fylkeskommunen", "2", "3 605 000", "3 480 000"),
          ("Tilskudd fra kommunene", "2", "2 190 000", "2 110 000"),
          ("Sum tilskudd", "", "14 205 000", "13 710 000"),
          ("Billettinntekter", "", "3 118 000", "2 902 000"),
          ("Andre driftsinntekter", "", "1 842 000", "1 778 000"),
          ("Sum driftsinntekter", "", "19 165 000", "18 390 000"),
          ("Sum driftskostnader", "3", "18 710 000", "18 220 000"),
          ("Driftsresultat", "", "455 000", "170 000"),
          ("Netto finansposter", "", "112 000", "62 000"),
          ("Årsresultat", "", "567 000", "232 000"))
PROBES += [
    g13("museum-grants", (H("Resultatregnskap", 2), T(MUSEUM, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 19165000), F("arsresultat", 2022, 232000)),
               absent_figures=(F("driftsinntekter", 2023, 14205000), F("driftsinntekter", 2023, 8410000))),
        title="Årsmelding 2023 Stiftelsen Fjordheim museum"),
]


# --- 8. amounts in millions in prose, and a news piece's table with its unit under it --------------
PROSE = ("Stiftelsen hadde i 2023 en omsetning på 12,4 millioner kroner, mot 11,0 millioner året før. "
         "Årsresultatet ble et overskudd på 0,8 millioner kroner. Omsetningen økte med 1,4 millioner "
         "kroner, og egenkapitalen var ved årets slutt 5,1 millioner kroner.")
PROBES += [
    g13("millions-in-prose", (H("Styrets beretning", 2), P(PROSE)),
        Expect(absent_figures=(F("driftsinntekter", 2023, 1.4e6), F("driftsinntekter", 2023, 12.4),
                               F("driftsinntekter", 2023, 11.0e6), F("arsresultat", 2023, 0.8),
                               F("driftsinntekter", 2022, 12.4e6))),
        title="Årsberetning 2023 Stiftelsen Lundheim"),
    g13("news-table-unit-under-it", (H("Lakseselskapet fikk et svakere år", 2),
                                     P("Selskapet omsatte for 212,4 millioner kroner i fjor, 31,0 millioner kroner "
                                       "mindre enn året før."),
                                     T((("Selskapet", "2023", "2022", "Endring"),
                                        ("Omsetning", "212,4", "243,4", "– 12,7 %"),
                                        ("EBIT", "61,2", "98,8", "– 38,1 %"),
                                        ("Resultat før skatt", "58,9", "95,0", "– 38,0 %"),
                                        ("EBIT-margin", "28,8 %", "40,6 %", "")), ruled=False, right_aligned=True),
                                     P("Alle tall i millioner kroner")),
        Expect(key_figures=(F("driftsinntekter", 2023, 212.4e6), F("resultat_for_skatt", 2022, 95.0e6),
                            F("driftsresultat", 2023, 61.2e6)),
               absent_figures=(F("driftsinntekter", 2023, 212.4), F("driftsinntekter", 2023, 212400),
                               F("driftsinntekter", 2023, 31.0e6), F("resultat_for_skatt", 2023, 58.9))),
        title="Årsrapport 2023"),
]


# --- 9. the board's prose in millions beside the statement in kroner: the prose confirms ------------
PROSE_STATEMENT = (("", "Note", "2023", "2022"),
                   # 12 412 345 - 11 772 102 = 640 243; + 11 880 = 652 123 (before tax); tax 0
                   ("Sum driftsinntekter", "", "12 412 345", "11 046 210"),
                   ("Sum driftskostnader", "2", "11 772 102", "10 528 004"),
                   ("Driftsresultat", "", "640 243", "518 206"),
                   ("Netto finansposter", "", "11 880", "-6 976"),
                   ("Resultat før skattekostnad", "", "652 123", "511 230"),
                   ("Årsresultat", "", "652 123", "511 230"))
PROBES += [
    g13("prose-millions-confirm", (H("Årsberetning", 2),
                                   P("I 2023 omsatte selskapet for 12,4 millioner kroner. Resultatet før skatt endte "
                                     "på 0,65 millioner kroner."),
                                   H("Resultatregnskap", 2), T(PROSE_STATEMENT, ruled=False, right_aligned=True)),
        Expect(figure_reasons=((F("driftsinntekter", 2023, 12412345), "prose_agrees"),
                               (F("resultat_for_skatt", 2023, 652123), "prose_agrees")))),
    g13("prose-millions-result-plus", (H("Årsberetning", 2),
                                       P("Et økonomisk resultat på pluss 0,7 millioner kroner gjør oss godt rustet for "
                                         "året som kommer."),
                                       H("Resultatregnskap", 2), T(PROSE_STATEMENT, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("arsresultat", 2023, 652123),),
               no_figure_reasons=((F("arsresultat", 2023, 652123), "prose_disagrees"),))),
]


# --- 10. eight years side by side in a portrait page: labels and figures both wrap ------------------
YEARS8 = tuple(range(2023, 2015, -1))
INCOME8 = ("41 208 000", "40 117 000", "39 870 000", "38 402 000", "39 115 000", "37 960 000", "36 844 000", "35 719 000")
COSTS8 = ("-39 975 000", "-39 021 000", "-38 112 000", "-37 950 000", "-38 004 000", "-36 210 000", "-35 902 000",
          "-34 880 000")
RESULT8 = ("1 233 000", "1 096 000", "1 758 000", "452 000", "1 111 000", "1 750 000", "942 000", "839 000")
MANY_YEARS = (("Resultatregnskap", *map(str, YEARS8)),
              ("Salgsinntekter", *INCOME8),
              ("Andre driftsinntekter", *("0",) * 8),
              ("Sum driftsinntekter", *INCOME8),
              ("Sum driftskostnader", *COSTS8),
              ("Driftsresultat", *RESULT8))
PROBES += [
    g13("many-years-labels-and-figures-wrapped", (H("Regnskapstall", 2), T(MANY_YEARS, ruled=False, right_aligned=True)),
        Expect(key_figures=tuple(F("driftsinntekter", y, float(v.replace(" ", ""))) for y, v in zip(YEARS8, INCOME8))
               + (F("driftsresultat", 2016, 839000),),
               absent_figures=tuple(F("driftsinntekter", y, 0) for y in YEARS8)
               + (F("driftsinntekter", 2023, 41208), F("driftsresultat", 2023, 1233)))),
    # a line under a row that is a row of its own: a part ("herav") with a three-digit figure
    g13("part-line-under-a-row-stays", (H("Resultatregnskap", 2),
                                        T((("", "2023", "2022"), ("Sum driftsinntekter", "1 250", "1 180"),
                                           ("herav tilskudd", "250", "240"), ("Sum driftskostnader", "1 100", "1 090"),
                                           ("Driftsresultat", "150", "90"), ("Årsresultat", "162", "95")),
                                          ruled=False, right_aligned=True), P("Tall i 1 000 kr")),
        Expect(key_figures=(F("driftsinntekter", 2023, 1250000), F("driftsresultat", 2022, 90000)),
               absent_figures=(F("driftsinntekter", 2023, 1250250000), F("driftsinntekter", 2023, 1250250)))),
]


# --- 11. a note column that lists several notes with commas ("5,6", "7, 22") ------------------------
NOTES = (("Tall i 1 000 kr", "Note", "2023", "2022"),
         # 2 342 668 - 2 160 163 = 182 505; - 143 773 = 38 732; + 97 661 = 136 393 (2022: 1 524 896 - 1 356 941 =
         # 167 955; - 79 974 = 87 981; + 34 926 = 122 907)
         ("Salgsinntekter", "5,6", "2 342 668", "1 524 896"),
         ("Sum driftsinntekter", "", "2 342 668", "1 524 896"),
         ("Lønnskostnad", "7,22,26", "1 261 143", "679 857"),
         ("Annen driftskostnad", "17, 22", "899 020", "677 084"),
         ("Sum driftskostnader", "", "2 160 163", "1 356 941"),
         ("Av- og nedskrivninger", "8,9", "143 773", "79 974"),
         ("Driftsresultat", "", "38 732", "87 981"),
         ("Netto finansposter", "15", "97 661", "34 926"),
         ("Ordinært resultat før skattekostnad", "", "136 393", "122 907"),
         ("Årsresultat", "21", "136 016", "103 687"))
PROBES += [
    g13("note-column-lists-notes-with-commas", (H("Resultatregnskap", 2), T(NOTES, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 2342668e3), F("driftsresultat", 2022, 87981e3),
                            F("arsresultat", 2023, 136016e3)),
               absent_figures=(F("driftsinntekter", 2023, 5600), F("driftsinntekter", 2023, 5.6e3),
                               F("arsresultat", 2023, 21000)))),
]


# --- 12. a key-figure table with next year's budget or forecast first --------------------------------
def plan_first(head):
    return (("Nøkkeltall (1 000 kr)", head, "2023", "2022", "2021", "2020"),
            ("Driftsinntekter", "13 100", "12 412", "11 046", "10 215", "9 880"),
            ("Driftsresultat", "500", "640", "518", "405", "122"),
            ("Årsresultat", "520", "652", "511", "388", "101"),
            ("Egenkapital", "5 290", "4 772", "4 120", "3 609", "3 221"))


PLAN_FIRST = Expect(key_figures=(F("driftsinntekter", 2023, 12412000), F("arsresultat", 2020, 101000)),
                    absent_figures=(F("driftsinntekter", 2024, 13100000), F("driftsresultat", 2024, 500000),
                                    F("sum_egenkapital", 2024, 5290000), F("driftsinntekter", 2023, 13100000)))
PROBES += [
    g13("key-figures-budget-first", (H("Nøkkeltall", 2), T(plan_first("Budsjett 2024"), ruled=False,
                                                           right_aligned=True)), PLAN_FIRST),
    g13("key-figures-forecast-first", (H("Nøkkeltall", 2), T(plan_first("Prognose 2024"), ruled=False,
                                                             right_aligned=True)), PLAN_FIRST),
    g13("key-figures-plan-first-nn", (H("Nøkkeltal", 2), T(plan_first("Budsjett 2024"), ruled=False,
                                                           right_aligned=True)), PLAN_FIRST, lang="nn"),
]


# --- 13. key figures with the years as rows --------------------------------------------------------
BY_YEAR = (("År", "Driftsinntekter", "Driftsresultat", "Årsresultat", "Egenkapital"),
           ("2023", "12 412", "640", "652", "4 772"),
           ("2022", "11 046", "518", "511", "4 120"),
           ("2021", "10 215", "405", "388", "3 609"))
PROBES += [
    g13("key-figures-years-as-rows", (H("Nøkkeltall", 2), P("Tall i 1 000 kr"), T(BY_YEAR, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 12412000), F("sum_egenkapital", 2021, 3609000)),
               absent_figures=(F("driftsinntekter", 2023, 12412), F("driftsinntekter", 2023, 4772000),
                               F("driftsinntekter", 2022, 12412000), F("arsresultat", 2023, 640000)))),
]


# --- 14. whole millions in prose beside the statement in kroner --------------------------------------
PROBES += [
    g13("prose-whole-millions-agree", (H("Årsberetning", 2),
                                       P("Driftsinntektene ble 12 millioner kroner i 2023, og årsresultatet ble et "
                                         "overskudd på 1 million kroner."),
                                       H("Resultatregnskap", 2), T(PROSE_STATEMENT, ruled=False, right_aligned=True)),
        Expect(figure_reasons=((F("driftsinntekter", 2023, 12412345), "prose_agrees"),
                               (F("arsresultat", 2023, 652123), "prose_agrees")),
               no_figure_reasons=((F("driftsinntekter", 2023, 12412345), "prose_disagrees"),
                                  (F("arsresultat", 2023, 652123), "prose_disagrees")))),
]
