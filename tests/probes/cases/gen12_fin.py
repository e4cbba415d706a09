"""Twelfth-round statement cases (docs/phrasings.md §48), from statements read on real wording:
an operating result before depreciation (EBITDA) printed beside the operating result; a statement
of changes in equity (columns are equity components, rows are dates and movements); English
statements with the parent's and the group's column sets; a web page's parent and group key
figures through LibreOffice's HTML import; a vekstbedrift's results per program (VTA, AFT) beside
its accounts. Organisations and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Probe

FORMATS = ("docx", "pdf", "tight")


def g12(id_, items, expect, lang="nb", formats=FORMATS, title=None):
    default = {"nb": "Årsrapport 2023", "nn": "Årsmelding 2023", "en": "Annual report 2023"}[lang]
    return Probe(f"g12f-{id_}", "statements", tuple(items), expect, lang="nb" if lang == "en" else lang,
                 formats=formats, title=title or default)


def F(key, year, value, scope=None):
    return Figure(key, year, value, scope=scope)


# --- 1. an operating result before depreciation beside the operating result ----------------------
def ebitda(label_before="Driftsresultat før avskrivninger (EBITDA)", label_after="Driftsresultat",
           nn=False, negative_costs=False):
    """Driftsinntekter 14 620 - varer 5 210 - lønn 6 840 - andre 1 330 = 1 240 before depreciation;
    avskrivninger 410: driftsresultat 830; finans -45; før skatt 785; skatt 172; årsresultat 613
    (2022: 13 980 - 4 990 - 6 610 - 1 270 = 1 110; 380; 730; -60; 670; 147; 523)."""
    def cost(text):
        return f"-{text}" if negative_costs else text
    return (("Tal i 1 000 kr" if nn else "Tall i 1 000 kr", "Note", "2023", "2022"),
            ("Salsinntekter" if nn else "Salgsinntekter", "2", "14 620", "13 980"),
            ("Sum driftsinntekter", "", "14 620", "13 980"),
            ("Varekostnad", "", cost("5 210"), cost("4 990")),
            ("Lønskostnad" if nn else "Lønnskostnad", "3", cost("6 840"), cost("6 610")),
            ("Annan driftskostnad" if nn else "Annen driftskostnad", "4", cost("1 330"), cost("1 270")),
            (label_before, "", "1 240", "1 110"),
            ("Avskrivingar" if nn else "Avskrivninger", "5", cost("410"), cost("380")),
            (label_after, "", "830", "730"),
            ("Netto finansposter", "6", "-45", "-60"),
            ("Resultat før skattekostnad", "", "785", "670"),
            ("Skattekostnad", "7", cost("172"), cost("147")),
            ("Årsresultat", "", "613", "523"))


OPERATING = Expect(key_figures=(F("driftsresultat", 2023, 830000), F("driftsresultat", 2022, 730000),
                                F("arsresultat", 2023, 613000)),
                   absent_figures=(F("driftsresultat", 2023, 1240000), F("driftsresultat", 2022, 1110000)))
PROBES = [
    g12("ebitda-before-depreciation", (H("Resultatregnskap", 2), T(ebitda(), ruled=False, right_aligned=True)),
        OPERATING),
    g12("ebitda-and-ebit-labels", (H("Resultatregnskap", 2),
                                   T(ebitda("Driftsresultat (EBITDA)", "Driftsresultat (EBIT)"), ruled=False,
                                     right_aligned=True)), OPERATING),
    g12("ebitda-before-depreciation-nn", (H("Resultatrekneskap", 2),
                                          T(ebitda("Driftsresultat før avskrivingar", nn=True))), OPERATING, lang="nn"),
    g12("ebitda-bare-word", (H("Resultatregnskap", 2), T(ebitda("EBITDA", "Driftsresultat (EBIT)"), ruled=False,
                                                         right_aligned=True)), OPERATING),
    g12("ebitda-costs-negative", (H("Resultatregnskap", 2),
                                  T(ebitda("Driftsresultat før av- og nedskrivninger", negative_costs=True),
                                    ruled=False, right_aligned=True)), OPERATING),
]


# --- 2. a key-figure table with EBITDA and the operating result over five years ------------------
KEY_FIVE = (("Tall i mill. kr", "2023", "2022", "2021", "2020", "2019"),
            ("Driftsinntekter", "412,5", "398,0", "371,2", "355,9", "340,4"),
            ("EBITDA", "96,3", "88,1", "80,4", "71,0", "69,5"),
            ("Driftsresultat", "54,2", "47,6", "41,9", "33,3", "30,8"),
            ("Resultat før skatt", "49,0", "41,7", "35,5", "26,1", "22,4"),
            ("Egenkapital", "610,4", "575,2", "548,9", "520,0", "498,3"),
            ("Egenkapitalandel", "44,1 %", "43,0 %", "41,8 %", "40,2 %", "39,9 %"))
PROBES += [
    g12("key-figures-ebitda-line", (H("Nøkkeltall", 2), T(KEY_FIVE, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsresultat", 2023, 54.2e6), F("driftsinntekter", 2019, 340.4e6)),
               absent_figures=(F("driftsresultat", 2023, 96.3e6), F("driftsresultat", 2021, 80.4e6)))),
]


# --- 3. a statement of changes in equity -----------------------------------------------------------
def equity_changes(nn=False):
    """Aksjekapital 2 000 and annen egenkapital 4 967 = 6 967 on 1 January 2022; + 523 - 150 =
    7 340 at year end; + 613 - 200 = 7 753 at the end of 2023."""
    other = "Anna eigenkapital" if nn else "Annen egenkapital"
    total = "Sum eigenkapital" if nn else "Sum egenkapital"
    eq = "Eigenkapital" if nn else "Egenkapital"
    return (("Tal i 1 000 kr" if nn else "Tall i 1 000 kr", "Aksjekapital", other, total),
            (f"{eq} 01.01.2022", "2 000", "4 967", "6 967"),
            ("Årsresultat", "", "523", "523"),
            ("Utbytte", "", "-150", "-150"),
            (f"{eq} 31.12.2022", "2 000", "5 340", "7 340"),
            ("Årsresultat", "", "613", "613"),
            ("Utbytte", "", "-200", "-200"),
            (f"{eq} 31.12.2023", "2 000", "5 753", "7 753"))


NOT_CAPITAL = Expect(flagged_figures=(F("sum_egenkapital", 2023, 7753000), F("sum_egenkapital", 2022, 7340000)),
                     absent_figures=(F("sum_egenkapital", 2023, 2000000), F("sum_egenkapital", 2022, 2000000),
                                     F("annen_egenkapital", 2023, 613000), F("arsresultat", 2023, 2000000),
                                     F("sum_egenkapital", 2023, 613000)))
PROBES += [
    g12("equity-changes", (H("Endring i egenkapital", 2), T(equity_changes(), ruled=False, right_aligned=True)),
        NOT_CAPITAL),
    g12("equity-changes-nn", (H("Endringar i eigenkapitalen", 2), T(equity_changes(nn=True))), NOT_CAPITAL, lang="nn"),
    # a note of the same form whose rows print no year ("Egenkapital 31.12."): no year end to read, and
    # no part of the equity given as the whole
    g12("equity-changes-no-years", (H("Endringer i egenkapital", 2),
                                    T(tuple((label.rsplit(".", 1)[0] + "." if label[-4:].isdigit() else label, *rest)
                                            for label, *rest in equity_changes()[:5]), ruled=False,
                                      right_aligned=True)),
        Expect(absent_figures=(F("sum_egenkapital", 2023, 2000000), F("sum_egenkapital", 2023, 5340000),
                               F("sum_egenkapital", 2023, 6967000), F("arsresultat", 2023, 2000000)))),
]


# --- 4. English statements, the parent's and the group's column sets --------------------------------
EN_SETS = (("", "Parent company", "", "Group", ""),
           ("NOK thousand", "2023", "2022", "2023", "2022"),
           # parent 22 410 - 20 975 = 1 435; +180 = 1 615; group 61 230 - 57 480 = 3 750; -240 = 3 510
           # (2022: 21 060 - 19 940 = 1 120; +150 = 1 270; 58 900 - 55 770 = 3 130; -310 = 2 820)
           ("Total operating income", "22 410", "21 060", "61 230", "58 900"),
           ("Total operating expenses", "20 975", "19 940", "57 480", "55 770"),
           ("Operating profit", "1 435", "1 120", "3 750", "3 130"),
           ("Net financial items", "180", "150", "-240", "-310"),
           ("Profit for the year", "1 615", "1 270", "3 510", "2 820"))
EN_BALANCE_SETS = (("", "Parent company", "", "Group", ""),
                   ("NOK thousand", "31.12.2023", "31.12.2022", "31.12.2023", "31.12.2022"),
                   ("Total assets", "18 950", "17 600", "44 300", "41 850"),
                   ("Total equity", "11 215", "9 600", "20 410", "16 900"),
                   ("Total liabilities", "7 735", "8 000", "23 890", "24 950"),
                   ("Total equity and liabilities", "18 950", "17 600", "44 300", "41 850"))
PROBES += [
    g12("en-parent-and-group", (H("Income statement", 2), T(EN_SETS, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 22410000, "company"), F("driftsinntekter", 2023, 61230000, "group"),
                            F("arsresultat", 2022, 2820000, "group"), F("driftsresultat", 2023, 1435000, "company")),
               absent_figures=(F("driftsinntekter", 2023, 61230000, "company"),
                               F("driftsinntekter", 2023, 22410000, "group"))), lang="en"),
    g12("en-balance-parent-and-group", (H("Balance sheet", 2), T(EN_BALANCE_SETS, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("sum_egenkapital_og_gjeld", 2023, 18950000, "company"),
                            F("sum_egenkapital", 2022, 16900000, "group")),
               absent_figures=(F("sum_egenkapital", 2023, 20410000, "company"),)), lang="en"),
]


# --- 5. a web page's parent and group key figures through LibreOffice's HTML import ----------------
MIRROR = (("2023", "2022", "", "2023", "2022"),
          # the parent's figures left of the labels, the group's right
          ("18 420", "17 950", "Driftsinntekter", "96 310", "91 870"),
          ("2 115", "1 840", "Driftsresultat", "6 480", "5 920"),
          ("1 990", "1 700", "Årsresultat", "5 110", "4 680"),
          ("12 400", "11 200", "Egenkapital", "41 300", "38 050"))
GROUP_AND_PARENT = (("(Beløp i hele 1 000 kr)", "Konsern", "", "", "Morselskap", "", ""),
                    ("Note", "2023", "2022", "2021", "2023", "2022", "2021"),
                    # group 3 812 440 - 3 501 210 = 311 230, - 42 115 = 269 115, - 59 205 = 209 910; parent
                    # 1 204 377 - 1 120 150 = 84 227, + 12 400 = 96 627, - 21 258 = 75 369 (and so on each year)
                    ("Sum driftsinntekter", "3 812 440", "3 655 120", "3 402 918", "1 204 377", "1 150 060", "1 098 215"),
                    ("Sum driftskostnader", "3 501 210", "3 392 800", "3 190 505", "1 120 150", "1 071 930", "1 030 002"),
                    ("Driftsresultat", "311 230", "262 320", "212 413", "84 227", "78 130", "68 213"),
                    ("Netto finansposter", "(42 115)", "(38 900)", "(30 210)", "12 400", "10 050", "(1 330)"),
                    ("Resultat før skattekostnad", "269 115", "223 420", "182 203", "96 627", "88 180", "66 883"),
                    ("Skattekostnad", "59 205", "49 150", "40 085", "21 258", "19 400", "14 714"),
                    ("Årsresultat", "209 910", "174 270", "142 118", "75 369", "68 780", "52 169"))
PROBES += [
    g12("html-parent-and-group-mirror", (H("Nøkkeltall", 2), P("Morselskap        (Tall i hele 1 000 kr)        Konsern"),
                                         T(MIRROR, ruled=False, right_aligned=True)),
        Expect(absent_figures=(F("driftsinntekter", 2023, 96310000, "company"), F("driftsinntekter", 2023, 18420000, "group"),
                               F("driftsinntekter", 2023, 18420), F("driftsinntekter", 2023, 96310))),
        formats=("docx", "html")),
    # three years a side: the import sets the columns as wide as their header words, so the figures
    # wrap at a digit-group space above and below their label's line
    g12("html-parent-and-group-three-years", (H("Resultatregnskap", 2),
                                              T(GROUP_AND_PARENT, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2022, 3655120000, "group"),
                            F("driftsinntekter", 2022, 1150060000, "company"),
                            F("arsresultat", 2021, 52169000, "company"), F("finansresultat", 2023, -42115000, "group")),
               absent_figures=(F("driftsinntekter", 2022, 120000, "group"), F("driftsinntekter", 2022, 3655000, "group"))),
        formats=("docx", "html")),
]


# --- 6. a vekstbedrift's results per program beside its accounts ------------------------------------
INCOME = (("", "Note", "2023", "2022"),
          # 21 480 - 20 910 = 570; + 35 = 605 (2022: 20 150 - 19 860 = 290; + 20 = 310)
          ("Sum driftsinntekter", "", "21 480", "20 150"),
          ("Sum driftskostnader", "", "20 910", "19 860"),
          ("Driftsresultat", "", "570", "290"),
          ("Netto finansposter", "", "35", "20"),
          ("Årsresultat", "", "605", "310"))
PER_PROGRAM = (("Tall i hele kroner", "VTA", "AFT", "Produksjon", "Sum"),
               ("Driftsinntekter", "8 240 000", "6 910 000", "6 330 000", "21 480 000"),
               ("Driftskostnader", "8 015 000", "6 720 000", "6 175 000", "20 910 000"),
               ("Driftsresultat", "225 000", "190 000", "155 000", "570 000"))
PROBES += [
    g12("results-per-program", (H("Resultatregnskap", 2), P("Tall i 1 000 kr"),
                                T(INCOME, ruled=False, right_aligned=True),
                                H("Resultat per tiltak", 2),
                                P("Tabellen viser driften fordelt på tiltakene bedriften har avtale om med NAV."),
                                T(PER_PROGRAM, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 21480000), F("driftsresultat", 2022, 290000)),
               absent_figures=(F("driftsinntekter", 2023, 8240000), F("driftsresultat", 2023, 225000),
                               F("driftsinntekter", 2023, 6330000)))),
    # the same table alone, under a heading a report gives its department accounts, no year column
    g12("results-per-program-alone", (H("Økonomi", 2), P("Årsresultatet for 2023 ble 605 000 kroner."),
                                      H("Driften fordelt på tiltak", 3), T(PER_PROGRAM, ruled=False, right_aligned=True)),
        Expect(absent_figures=(F("driftsinntekter", 2023, 8240000), F("driftsresultat", 2023, 225000),
                               F("driftsinntekter", 2023, 6910000)))),
]


# --- 7. a unit in the label that a narrow label column wraps onto a line of its own ----------------
def unit_in_labels(en=False):
    """Statistics in millions with the unit in most labels and none over the table (2021:
    driftsinntekter 4 812 355 - driftskostnader 4 390 120 = driftsresultat 422 235; finans 61 410;
    før skatt 483 645; skatt 98 210; årsresultat 385 435)."""
    unit = "(NOK million)" if en else "(mill. kroner)"
    names = (("Operating income", "Revenue", "Operating expences", "Payroll expence", "Operating profit",
              "Financial items, net", "Operating profit before tax", "Tax", "Net profit", "Number of enterprises")
             if en else
             ("Driftsinntekter", "Salgsinntekter", "Driftskostnader", "Lønnskostnader", "Driftsresultat",
              "Netto finansposter", "Ordinært resultat før skattekostnad", "Skattekostnad", "Årsresultat",
              "Antall foretak"))
    figures = (("4812355", "5104872", "5230918"), ("4501233", "4780410", "4902317"),
               ("4390120", "4655019", "4760334"), ("801245", "835902", "860417"), ("422235", "449853", "470584"),
               ("61410", "70288", "58102"), ("483645", "520141", "528686"), ("98210", "110733", "112480"),
               ("385435", "409408", "416206"), ("261204", "265310", "268877"))
    rows = [("", "2021", "2022", "2023")]
    rows += [(name if i == len(names) - 1 else f"{name} {unit}", *values)
             for i, (name, values) in enumerate(zip(names, figures))]
    return tuple(rows)


IN_LABEL_MILLIONS = Expect(key_figures=(F("driftsinntekter", 2021, 4812355e6), F("driftsresultat", 2023, 470584e6)),
                           absent_figures=(F("driftsinntekter", 2021, 4812355), F("driftsinntekter", 2023, 5230918),
                                           F("driftsresultat", 2022, 449853)))
PROBES += [
    g12("unit-in-wrapped-labels", (H("Resultat for foretakene", 2), T(unit_in_labels(), ruled=False, right_aligned=True)),
        IN_LABEL_MILLIONS),
    g12("unit-in-wrapped-labels-en", (H("Income statement, enterprises", 2),
                                      T(unit_in_labels(en=True), ruled=False, right_aligned=True)),
        IN_LABEL_MILLIONS, lang="en"),
]


# --- 8. an underlying result repeating the statement's lines in a key-figure table -----------------
UNDERLYING = (("Tall i mill. kr", "2023", "2022", "2021"),
              ("RESULTAT", "", "", ""),
              ("Driftsinntekter", "812,4", "760,2", "702,9"),
              ("Driftsresultat", "201,7", "176,0", "150,3"),
              ("Resultat før skatt", "188,5", "160,1", "131,8"),
              ("RESULTAT UNDERLIGGENDE DRIFT", "", "", ""),
              ("Driftsinntekter", "798,0", "771,5", "690,4"),
              ("Driftsresultat", "187,3", "187,3", "137,8"),
              ("Resultat før skatt", "174,1", "171,4", "119,3"),
              ("BALANSE 31.12", "", "", ""),
              ("Egenkapital", "1 104,6", "1 020,3", "955,0"),
              ("Totalkapital", "2 480,2", "2 391,7", "2 330,5"))
PROBES += [
    g12("underlying-result-section", (H("Nøkkeltall", 2), T(UNDERLYING, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 812.4e6), F("driftsresultat", 2022, 176.0e6),
                            F("sum_egenkapital", 2023, 1104.6e6)),
               absent_figures=(F("driftsinntekter", 2023, 798.0e6), F("driftsresultat", 2023, 187.3e6),
                               F("resultat_for_skatt", 2021, 119.3e6)))),
    g12("adjusted-result-line", (H("Nøkkeltall", 2),
                                 T((("Tall i mill. kr", "2023", "2022"),
                                    ("Driftsinntekter", "812,4", "760,2"),
                                    ("Justert driftsresultat", "214,0", "181,2"),
                                    ("Driftsresultat", "201,7", "176,0"),
                                    ("Årsresultat", "150,2", "131,9")), ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsresultat", 2023, 201.7e6),), absent_figures=(F("driftsresultat", 2023, 214.0e6),))),
]


# --- 9. English statistics of sheltered firms: "profit or loss" lines and per-cent columns ----------
SHELTERED = (("NOK million", "2022", "Per cent", "2023", "Per cent"),
             ("Operating income", "1 840", "100.0", "1 915", "100.0"),
             ("Public subsidy", "702", "38.2", "731", "38.2"),
             ("Operating expenses", "1 781", "96.8", "1 846", "96.4"),
             ("Operating profit", "59", "3.2", "69", "3.6"),
             ("Operating profit or loss before tax", "52", "2.8", "63", "3.3"),
             ("Net profit or loss for the year", "51", "2.8", "62", "3.2"))
PROBES += [
    g12("en-profit-or-loss-lines", (H("Accounts of the sheltered enterprises", 2),
                                    T(SHELTERED, ruled=False, right_aligned=True)),
        Expect(key_figures=(F("arsresultat", 2023, 62e6), F("resultat_for_skatt", 2022, 52e6),
                            F("driftsinntekter", 2023, 1915e6)),
               absent_figures=(F("driftsinntekter", 2023, 100.0e6), F("arsresultat", 2023, 3.2e6))), lang="en"),
]


# --- 10. a statement split over two pages, the second part in another sign convention ---------------
def split_minus_income():
    """Page one prints income negative (-18 420 300) and costs positive (17 905 100): brutto
    driftsresultat -515 200, a surplus; page two goes on with the results printed as surpluses
    are elsewhere, positive: netto driftsresultat 388 200 (2022: -17 660 800 + 17 412 300 =
    -248 500; 131 900)."""
    first = (("", "Regnskap 2023", "Regnskap 2022"),
             ("Sum driftsinntekter", "-18 420 300", "-17 660 800"),
             ("Lønnsutgifter", "11 240 000", "10 980 500"),
             ("Kjøp av varer og tjenester", "6 665 100", "6 431 800"),
             ("Sum driftsutgifter", "17 905 100", "17 412 300"),
             ("Brutto driftsresultat", "-515 200", "-248 500"))
    second = (("Resultat eksterne finanstransaksjoner", "-127 000", "-116 600"),
              ("Netto driftsresultat", "388 200", "131 900"),
              ("Bruk av disposisjonsfond", "50 000", "0"),
              ("Regnskapsmessig mindreforbruk", "438 200", "131 900"))
    return first, second


PROBES += [
    g12("split-statement-signs-differ", (H("Økonomisk oversikt drift", 2), P("Beløp i hele kroner"),
                                         T(split_minus_income()[0], ruled=False, right_aligned=True),
                                         T(split_minus_income()[1], ruled=False, bold_header=False, right_aligned=True,
                                           new_page=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 18420300),),
               absent_figures=(F("netto_driftsresultat", 2023, -388200), F("driftsresultat", 2023, -515200)))),
]


# five years: the label column as narrow as the year columns, so a PDF breaks the underlying
# result's title into pieces ("UNDERLIGG" / "ENDE DRIFT") and sets them apart between two tables
UNDERLYING_FIVE = (("Tall i MNOK", "2023", "2022", "2021", "2020", "2019"),
                   ("RESULTATER", "", "", "", "", ""),
                   ("Driftsinntekter", "512,4", "488,0", "455,1", "430,9", "402,2"),
                   ("Driftsresultat", "121,7", "106,0", "98,4", "84,1", "77,3"),
                   ("Resultat før skatt", "108,5", "92,2", "85,0", "70,6", "61,9"),
                   ("RESULTAT UNDERLIGGENDE DRIFT", "", "", "", "", ""),
                   ("Driftsinntekter", "498,0", "495,5", "449,3", "436,2", "396,0"),
                   ("Driftsresultat", "107,3", "113,5", "92,6", "89,4", "71,1"),
                   ("Resultat før skatt", "94,1", "99,7", "79,2", "75,9", "55,7"),
                   ("BALANSE PR. 31.12", "", "", "", "", ""),
                   ("Egenkapital", "904,6", "850,3", "801,0", "760,2", "731,8"),
                   ("Totalkapital", "1 980,2", "1 911,7", "1 850,5", "1 802,3", "1 766,0"))
PROBES += [
    g12("underlying-result-title-broken", (H("Finansielle nøkkeltall", 2), T(UNDERLYING_FIVE, ruled=False,
                                                                            right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 512.4e6), F("driftsresultat", 2020, 84.1e6),
                            F("sum_egenkapital", 2023, 904.6e6)),
               absent_figures=(F("driftsinntekter", 2023, 498.0e6), F("driftsresultat", 2022, 113.5e6),
                               F("resultat_for_skatt", 2019, 55.7e6)))),
]
