"""Eleventh-round statement cases (docs/phrasings.md §44), from statements read on real wording:
a key-figure table whose units stand in a column of their own, one per line, with a unit of a
count among them ("1000 aksjer"); a consolidated statement named only by the heading over it
("Oppstilling av konsernets totalresultat"); an operating statement that prints its income
negative, so that its results are printed with the sign turned; and the kinds the tenth round
left open (a unit printed only over the next statement, economic-plan columns, a parent's and a
group's column sets side by side, a web page's layout cells printed by a browser). Organisations
and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Probe, Side

FORMATS = ("docx", "pdf", "tight")


def g11(id_, items, expect, lang="nb", formats=FORMATS, title="Årsrapport 2023"):
    return Probe(f"g11f-{id_}", "statements", tuple(items), expect, lang=lang, formats=formats,
                 title=title if lang == "nb" or title != "Årsrapport 2023" else "Årsmelding 2023")


def F(key, year, value, scope=None):
    return Figure(key, year, value, scope=scope)


# --- 1. a unit column, one unit a line, a count among them ---------------------------------------
def unit_column(nn=False, count="1000 aksjer"):
    """Driftsinntekter 4 812 / 4 655, driftsresultat 312 / 287, årsresultat 205 / 190, egenkapital
    2 140 / 1 980 (millions); a per-share line in kroner, a count and a ratio beside them."""
    mill = "mill. kr" if nn else "MNOK"
    return ((("Resultat", "", "2023", "2022"),
             ("Sum driftsinntekter", mill, "4 812", "4 655"),
             ("Driftsresultat", mill, "312", "287"),
             ("Årsresultat", mill, "205", "190"),
             ("Resultat per aksje" if not nn else "Resultat per aksje", "NOK", "4,10", "3,80"),
             ("Antall aksjer" if not nn else "Tal på aksjar", count, "50 000", "50 000"),
             ("Egenkapital" if not nn else "Eigenkapital", mill, "2 140", "1 980"),
             ("Egenkapitalandel" if not nn else "Eigenkapitalandel", "%", "41,2", "40,5")))


IN_MILLIONS = Expect(key_figures=(F("driftsinntekter", 2023, 4812e6), F("arsresultat", 2022, 190e6),
                                  F("sum_egenkapital", 2023, 2140e6)),
                     absent_figures=(F("driftsinntekter", 2023, 4812), F("sum_egenkapital", 2023, 2140)))
PROBES = [
    g11("unit-column-count-unit", (H("Finansielle nøkkeltall", 2), T(unit_column(), ruled=False, right_aligned=True)),
        IN_MILLIONS),
    g11("unit-column-count-unit-ruled-nn", (H("Økonomiske hovudtal", 2), T(unit_column(nn=True, count="1000 stk."))),
        IN_MILLIONS, lang="nn"),
]


# --- 2. a consolidated statement named only by the heading over it --------------------------------
def consolidated():
    """Driftsinntekter 812 400 - driftskostnader 745 900 = driftsresultat 66 500; finans 4 100;
    resultat før skatt 70 600; skatt 15 500; årsresultat 55 100 (2022: 770 200 - 720 800 = 49 400;
    3 300; 52 700; 11 600; 41 100)."""
    return (("Tall i 1 000 kr", "Note", "2023", "2022"),
            ("Salgsinntekter", "3,4", "812 400", "770 200"),
            ("Sum driftsinntekter", "", "812 400", "770 200"),
            ("Lønnskostnad", "5,6", "401 300", "388 500"),
            ("Annen driftskostnad", "7", "344 600", "332 300"),
            ("Sum driftskostnader", "", "745 900", "720 800"),
            ("Driftsresultat", "", "66 500", "49 400"),
            ("Netto finansposter", "9", "4 100", "3 300"),
            ("Resultat før skattekostnad", "", "70 600", "52 700"),
            ("Skattekostnad", "10", "15 500", "11 600"),
            ("Årsresultat", "", "55 100", "41 100"),
            ("Ikke-kontrollerende interesser", "", "1 200", "900"),
            ("Aksjonærene i morselskapet", "", "53 900", "40 200"))


GROUP = Expect(key_figures=(F("driftsinntekter", 2023, 812400000, "group"), F("arsresultat", 2022, 41100000, "group")),
               absent_figures=(F("driftsinntekter", 2023, 812400000, "company"),
                               F("arsresultat", 2023, 55100000, "company")))
PROBES += [
    g11("consolidated-by-heading", (H("Konsernregnskap", 2), H("Oppstilling av konsernets totalresultat", 3),
                                    T(consolidated(), ruled=False, right_aligned=True)), GROUP),
    g11("consolidated-by-heading-nn", (H("Konsernrekneskapen", 2), H("Resultatrekneskap", 3), T(consolidated())),
        GROUP, lang="nn"),
    # a parent's own statement named by its heading stays the company's
    g11("parent-by-heading", (H("Morselskapets resultatregnskap", 2), T(consolidated(), ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 812400000, "company"),))),
]


# --- 3. income printed negative: the results' signs turned ----------------------------------------
def minus_income(nn=False):
    """Inntekter -24 310 500 (printed negative), utgifter 24 620 900: brutto driftsresultat 310 400
    printed, a deficit; finans -356 000; motpost avskrivninger -1 200 000: netto driftsresultat
    -1 245 600 printed, a surplus (2022: -22 905 300 + 22 815 100 = -90 200; -301 500; -1 150 000;
    -1 541 700)."""
    return (("", "Regnskap 2023", "Revidert budsjett 2023", "Regnskap 2022"),
            ("Andre salgs- og leieinntekter", "-9 110 500", "-9 000 000", "-8 705 300"),
            ("Overføringer med krav til motytelse", "-15 200 000", "-14 800 000", "-14 200 000"),
            ("Sum driftsinntekter", "-24 310 500", "-23 800 000", "-22 905 300"),
            ("Lønnsutgifter" if not nn else "Lønsutgifter", "14 020 900", "13 900 000", "13 215 100"),
            ("Kjøp av varer og tjenester" if not nn else "Kjøp av varer og tenester", "9 400 000", "9 300 000",
             "8 400 000"),
            ("Avskrivninger" if not nn else "Avskrivingar", "1 200 000", "1 200 000", "1 200 000"),
            ("Sum driftsutgifter", "24 620 900", "24 400 000", "22 815 100"),
            ("Brutto driftsresultat", "310 400", "600 000", "-90 200"),
            ("Resultat eksterne finanstransaksjoner", "-356 000", "-300 000", "-301 500"),
            ("Motpost avskrivninger" if not nn else "Motpost avskrivingar", "-1 200 000", "-1 200 000", "-1 150 000"),
            ("Netto driftsresultat", "-1 245 600", "-900 000", "-1 541 700"))


TURNED = Expect(key_figures=(F("netto_driftsresultat", 2023, 1245600), F("netto_driftsresultat", 2022, 1541700),
                             F("driftsresultat", 2023, -310400), F("driftsinntekter", 2023, 24310500)),
                absent_figures=(F("netto_driftsresultat", 2023, -1245600), F("driftsresultat", 2023, 310400)))
PROBES += [
    g11("income-negative-results-turned", (H("Økonomisk oversikt drift", 2), P("Beløp i hele kroner"),
                                           T(minus_income(), ruled=False, right_aligned=True)), TURNED),
    g11("income-negative-results-turned-nn", (H("Økonomisk oversikt drift", 2), P("Alle tal i heile kroner"),
                                              T(minus_income(nn=True))), TURNED, lang="nn"),
]


# --- 4. the kinds the tenth round left open --------------------------------------------------------
def small_income():
    """Driftsinntekter 6 240 - driftskostnader 5 910 = 330; finans 25; årsresultat 355
    (2022: 5 980 - 5 760 = 220; 18; 238)."""
    return (("", "2023", "2022"),
            ("Sum driftsinntekter", "6 240", "5 980"),
            ("Sum driftskostnader", "5 910", "5 760"),
            ("Driftsresultat", "330", "220"),
            ("Netto finansposter", "25", "18"),
            ("Årsresultat", "355", "238"))


def small_balance():
    """Eiendeler 2 150 + 1 410 = 3 560; egenkapital 1 905 + gjeld 1 655 = 3 560 (2022: 3 290)."""
    return (("", "2023", "2022"),
            ("Sum anleggsmidler", "2 150", "2 020"),
            ("Sum omløpsmidler", "1 410", "1 270"),
            ("Sum eiendeler", "3 560", "3 290"),
            ("Sum egenkapital", "1 905", "1 550"),
            ("Sum gjeld", "1 655", "1 740"),
            ("Sum egenkapital og gjeld", "3 560", "3 290"))


def plan():
    """An economic plan: one actual year, then four budget years."""
    return (("", "R 2022", "B 2023", "B 2024", "B 2025", "B 2026"),
            ("Sum driftsinntekter", "41 250", "42 800", "43 900", "44 700", "45 600"),
            ("Sum driftsutgifter", "40 310", "41 900", "42 950", "43 700", "44 550"),
            ("Brutto driftsresultat", "940", "900", "950", "1 000", "1 050"),
            ("Netto driftsresultat", "1 320", "1 100", "1 180", "1 240", "1 300"))


def two_sets():
    """Morselskap and konsern side by side: driftsinntekter 18 420 / 17 950 and 96 310 / 91 870;
    årsresultat 2 115 / 1 840 and 6 480 / 5 920."""
    return (("", "Morselskap", "", "Konsern", ""),
            ("Tall i 1 000 kr", "2023", "2022", "2023", "2022"),
            ("Sum driftsinntekter", "18 420", "17 950", "96 310", "91 870"),
            ("Sum driftskostnader", "16 305", "16 110", "89 830", "85 950"),
            ("Driftsresultat", "2 115", "1 840", "6 480", "5 920"),
            ("Årsresultat", "2 115", "1 840", "6 480", "5 920"))


PROBES += [
    # the unit stated only over the balance after the income statement: which unit the first is in
    # is a guess, never sure
    g11("unit-only-over-next-statement", (H("Resultatregnskap", 2), T(small_income(), ruled=False, right_aligned=True),
                                          H("Balanse", 2), P("Beløp i 1 000 kr"),
                                          T(small_balance(), ruled=False, right_aligned=True)),
        Expect(key_figures=(F("sum_eiendeler", 2023, 3560000),), flagged_figures=(F("driftsinntekter", 2023, 6240),))),
    # a short unit line right over a table, which a PDF set with no space sets into the table
    g11("unit-line-set-into-table", (H("Balanse", 2), P("Beløp i 1 000 kr"),
                                     T(small_balance(), ruled=False, bold_header=False, right_aligned=True)),
        Expect(key_figures=(F("sum_eiendeler", 2023, 3560000), F("sum_egenkapital", 2022, 1550000)),
               absent_figures=(F("sum_eiendeler", 2023, 3560),))),
    # an economic plan: "R 2022" the actual, "B 2023" ... budgets, none an actual
    g11("economic-plan-r-b-columns", (H("Økonomiplan 2023-2026", 2), P("Tall i 1000 kr"),
                                      T(plan(), ruled=False, right_aligned=True)),
        Expect(absent_figures=(F("driftsinntekter", 2023, 42800000), F("driftsinntekter", 2024, 43900000),
                               F("netto_driftsresultat", 2026, 1300000))), title="Handlingsprogram 2023-2026"),
    # the parent's and the group's column sets in one table
    g11("parent-and-group-column-sets", (H("Resultatregnskap", 2), T(two_sets(), ruled=False, right_aligned=True)),
        Expect(key_figures=(F("driftsinntekter", 2023, 18420000, "company"), F("driftsinntekter", 2023, 96310000, "group"),
                            F("arsresultat", 2022, 5920000, "group")),
               absent_figures=(F("driftsinntekter", 2023, 96310000, "company"),))),
    # a web page's layout cells printed by a browser: the unit under the table in its cell
    g11("layout-cells-browser", (Side((H("Nøkkeltall", 2), P("Stiftelsen hadde et godt år med vekst i "
                                                               "besøkstallene.")),
                                      (T(small_income(), ruled=False, right_aligned=True), P("Tall i hele 1 000 kr"))),),
        Expect(absent_figures=(F("driftsinntekter", 2023, 6240), F("arsresultat", 2023, 355))),
        formats=("docx", "browser")),
    # typed statement, the years in a line of their own above a table that prints no header row
    g11("years-in-line-above", (H("Resultatregnskap", 2), P("Beløp i hele kroner"), P("2023          2022"),
                                T(tuple(small_income()[1:]), ruled=False, bold_header=False, right_aligned=True)),
        Expect(absent_figures=(F("driftsinntekter", 2022, 6240), F("driftsinntekter", 2023, 5980)))),
]
