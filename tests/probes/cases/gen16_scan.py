"""Scans and pictures (docs/phrasings.md §65): old typescripts read by OCR from an image-only PDF
(the ``scan`` rendition), and statements pasted as pictures into a born-digital file.

- A typescript in two columns: running text on the left, the board and the accounts on tab stops
  on the right. OCR gives one set of rows across both; each column must be read on its own.
- A one-column statement whose labels and figures stand far apart, and a label/name list set the
  same way: its gap is no gutter between columns.
- A long typed statement whose figure column slants away from its labels down the page (typed in
  a second pass on a sheet that turned): paired back along the slant.
Organisations, names and figures are invented; wordings are paraphrased."""
from probes.spec import Expect, Figure, Picture, Probe, board

SCAN = ("scan",)


def g16(id_, items, expect, family="statements", formats=SCAN):
    return Probe(f"g16s-{id_}", family, tuple(items), expect, formats=formats, title=None)


def F(key, year, value):
    return Figure(key, year, value)


def typescript(*rows: str, gutter: int = 60, drift: float = 0.0, growth: float = 0.0, start: int = 0) -> Picture:
    """A typed page: one row a line, its tab stops set apart by "\\t"."""
    return Picture(tuple((row,) for row in rows), faces=False, typed=True, gutter=gutter, drift=drift,
                   drift_growth=growth, drift_from=start)


def two_columns(left: tuple[str, ...], right: tuple[str, ...]) -> tuple[str, ...]:
    """Rows of a two-column typescript: a prose line on the left, a line of the right column
    (its own tab stops after a "\\t") beside it."""
    rows = max(len(left), len(right))
    return tuple(f"{left[k] if k < len(left) else ''}\t{right[k] if k < len(right) else ''}" for k in range(rows))


# --- 1. a two-column typescript: prose beside the board and the accounts -----------------------------
# 1 400 + 8 500 = 9 900; 6 200 + 2 150 = 8 350; 9 900 - 8 350 = 1 550
PROSE_1979 = (
    "Laget har i 1979 hatt 14 medlemmer,", "det samme som året før. Sauene gikk",
    "på fjellbeite fra midten av juni til", "ut i september. Sankinga gikk greit,",
    "men tapet av lam var større enn før", "på grunn av rovdyr. Det ble holdt tre",
    "styremøter og ett medlemsmøte i løpet", "av året. Gjeterbua ved Langtjønn er",
    "satt i stand på dugnad, og laget fikk", "tilskudd fra kommunen til arbeidet.",
    "Regnskapet viser et overskudd, og", "økonomien i laget er god. Styret",
    "takker alle som har vært med på", "sankinga og på dugnaden i år.",
)
RIGHT_1979 = (
    "Styret har i året vært:", "Formann\tKnut Bergaust", "Nestformann\tSigrid Lauvhaug",
    "Kasserer\tEinar Moen", "Styremedlem\tOla Tveit", "",
    "Regnskap for 1979", "Kontingent\t1 400,00", "Tilskudd\t8 500,00", "Sum inntekter\t9 900,00",
    "Gjeting\t6 200,00", "Vedlikehold\t2 150,00", "Sum utgifter\t8 350,00", "Overskudd\t1 550,00",
)
BOARD_1979 = board(("Knut Bergaust", "LEDE"), ("Sigrid Lauvhaug", "NEST"), ("Einar Moen", "MEDL"),
                   ("Ola Tveit", "MEDL"))
FIGURES_1979 = (F("driftsinntekter", 1979, 9900), F("driftskostnader", 1979, 8350), F("arsresultat", 1979, 1550))
PROBES = [
    g16("two-column-typescript", (typescript("ÅRSMELDING FOR 1979", "", *two_columns(PROSE_1979, RIGHT_1979),
                                             gutter=110),),
        Expect(report_year=1979, board=BOARD_1979, key_figures=FIGURES_1979)),
]

# ... a narrower gutter (three typed spaces), and the accounts with last year's column beside
# 1980: 2 100 + 9 450 = 11 550; 7 300 + 2 600 = 9 900; 11 550 - 9 900 = 1 650
# 1979: 1 400 + 8 500 = 9 900; 6 200 + 2 150 = 8 350; 9 900 - 8 350 = 1 550
PROSE_1980 = (
    "Årsmøtet ble holdt på Bakkesetra i", "mars med 11 frammøtte. Sommeren var",
    "tørr, og beitet i høgda tok slutt alt", "i august. Dyra ble derfor sanket to",
    "uker før vanlig. Laget har kjøpt ny", "radiobjelle til 40 søyer, med støtte",
    "fra fylket. Sperregjerdet mot riksvegen", "er forlenget med 300 meter. Laget har",
    "nå 16 medlemmer. Styret vil takke", "gjeterne for godt arbeid i sommer.",
    "Regnskapet er revidert av Per Holm", "og Anne Grini uten merknader.",
    "Overskuddet føres til laget sin", "kapital.",
)
RIGHT_1980 = (
    "Styret:", "Formann\tAslak Rudi", "Nestformann\tGuri Snarlia", "Sekretær\tTor Eggen",
    "Styremedlem\tMari Bjørke", "", "Driftsregnskap\t1980\t1979", "Kontingent\t2 100,00\t1 400,00",
    "Tilskudd\t9 450,00\t8 500,00", "Sum inntekter\t11 550,00\t9 900,00", "Gjeting\t7 300,00\t6 200,00",
    "Vedlikehold\t2 600,00\t2 150,00", "Sum utgifter\t9 900,00\t8 350,00", "Overskudd\t1 650,00\t1 550,00",
)
BOARD_1980 = board(("Aslak Rudi", "LEDE"), ("Guri Snarlia", "NEST"), ("Tor Eggen", "MEDL"), ("Mari Bjørke", "MEDL"))
FIGURES_1980 = (F("driftsinntekter", 1980, 11550), F("driftskostnader", 1980, 9900), F("arsresultat", 1980, 1650),
                F("arsresultat", 1979, 1550))
PROBES += [
    g16("two-column-typescript-narrow-gutter",
        (typescript("ÅRSMELDING 1980", "", *two_columns(PROSE_1980, RIGHT_1980), gutter=60),),
        Expect(report_year=1980, board=BOARD_1980, key_figures=FIGURES_1980)),
    # the right column's board lower down, below a prose paragraph of its own
    g16("two-column-typescript-right-prose",
        (typescript("ÅRSMELDING 1980", "", *two_columns(PROSE_1980, (
            "Laget er med i sankelaget sitt", "fellesutvalg for hele fjellet.", "", *RIGHT_1980)), gutter=90),),
        Expect(report_year=1980, board=BOARD_1980, key_figures=FIGURES_1980)),
]


# --- 2. a long typed statement whose figure column slants away from its labels ----------------------------
# 84 210 + 12 600 + 30 000 + 1 315 = 128 125; 51 400 + 38 950 + 3 120 + 7 200 + 2 845 + 4 310 + 1 480 + 960
# + 3 500 = 113 765; 128 125 - 113 765 = 14 360
GAP = " " * 30  # the typist's tab from the labels to the amounts
LONG_1968 = (
    "Inntekter", ("Salg av varer", "84 210,00"), ("Leieinntekter", "12 600,00"), ("Tilskudd", "30 000,00"),
    ("Renter", "1 315,00"), ("Sum inntekter", "128 125,00"), "Utgifter", ("Varekjøp", "51 400,00"),
    ("Lønninger", "38 950,00"), ("Trygdeavgifter", "3 120,00"), ("Husleie", "7 200,00"),
    ("Lys og brensel", "2 845,00"), ("Vedlikehold", "4 310,00"), ("Forsikringer", "1 480,00"),
    ("Kontorutgifter", "960,00"), ("Avskrivninger", "3 500,00"), ("Sum utgifter", "113 765,00"),
    ("Overskudd", "14 360,00"),
)
FIGURES_1968 = (F("driftsinntekter", 1968, 128125), F("driftskostnader", 1968, 113765), F("arsresultat", 1968, 14360))
WRONG_1968 = tuple(F(key, 1968, value) for key in ("driftsinntekter", "driftskostnader", "arsresultat")
                   for value in (1315, 51400, 960, 3500, 113765, 128125, 14360) if F(key, 1968, value) not in FIGURES_1968)


def long_statement(growth: float) -> Picture:
    rows = (row if isinstance(row, str) else f"{row[0]}\t{GAP}\t{row[1]}" for row in LONG_1968)
    return typescript("ÅRSBERETNING FOR 1968", "", "DRIFTSREGNSKAP", "", *rows, growth=growth)


PROBES += [
    # half a line off by the foot of the page
    g16("typed-statement-slant-half-line", (long_statement(0.025),),
        Expect(report_year=1968, key_figures=FIGURES_1968, absent_figures=WRONG_1968)),
    # a whole line off by the foot: followed down the slant, not paired with the line below (OCR runs
    # "Renter" and "Sum inntekter" into one unreadable word where the figures stand half a line off: their
    # figures are passed over and the income total is missed)
    g16("typed-statement-slant-whole-line", (long_statement(0.055),),
        Expect(report_year=1968, key_figures=FIGURES_1968[1:], absent_figures=WRONG_1968)),
]


# --- 3. one column whose labels and figures stand far apart: its gap is no gutter -----------------------
# 46 300 + 18 000 + 2 450 = 66 750; 41 200 + 9 870 + 3 130 = 54 200; 66 750 - 54 200 = 12 550
PROSE_1974 = ("Foreningen har i 1974 hatt 38 medlemmer. Det ble holdt årsmøte i april og fire",
              "styremøter. Huset er malt utvendig, og kjøkkenet har fått nytt golv.")
FAR_1974 = (("Formann", "Helge Nyhus"), ("Nestformann", "Randi Tveter"), ("Kasserer", "Jon Skaret"),
            ("Sekretær", "Liv Haugom"), None, ("Utleie av lokaler", "46 300,00"), ("Tilskudd", "18 000,00"),
            ("Renter", "2 450,00"), ("Sum inntekter", "66 750,00"), ("Drift av huset", "41 200,00"),
            ("Vedlikehold", "9 870,00"), ("Andre utgifter", "3 130,00"), ("Sum utgifter", "54 200,00"),
            ("Overskudd", "12 550,00"))
BOARD_1974 = board(("Helge Nyhus", "LEDE"), ("Randi Tveter", "NEST"), ("Jon Skaret", "MEDL"), ("Liv Haugom", "MEDL"))
FIGURES_1974 = (F("driftsinntekter", 1974, 66750), F("driftskostnader", 1974, 54200), F("arsresultat", 1974, 12550))
PROBES += [
    g16("one-column-far-figures-no-gutter",
        (typescript("ÅRSMELDING FOR 1974", "", *PROSE_1974, "", "Styret har vært:",
                    *(f"{row[0]}\t{GAP}\t{row[1]}" if row else "" for row in FAR_1974[:5]), "Regnskap for 1974",
                    *(f"{row[0]}\t{GAP}\t{row[1]}" for row in FAR_1974[5:])),),
        Expect(report_year=1974, board=BOARD_1974, key_figures=FIGURES_1974)),
]


# ... the left column with a small count list of its own on tab stops, beside the accounts (one table
# across both columns would pair the counts' labels with the accounts' figures)
PROSE_COUNTS = (
    "Til fjells ble det sluppet:", "  Søyer            412", "  Lam              655", "  Værer              9",
    "  Storfe            38", "  Kviger            14", "  Hester             2", "",
    "Tapet på beite ble 41 lam og", "9 søyer, mest i juli. Laget", "har søkt om erstatning for",
    "tapet til rovdyr.", "", "Styret har hatt fire møter.", "",
)
PROBES += [
    g16("two-column-typescript-counts-beside-accounts",
        (typescript("ÅRSMELDING 1980", "", *two_columns(PROSE_COUNTS, RIGHT_1980), gutter=90),),
        Expect(report_year=1980, board=BOARD_1980, key_figures=FIGURES_1980,
               absent_figures=(F("driftsinntekter", 1980, 412), F("driftsinntekter", 1980, 655)))),
]


# ... last year's column beside this year's, both typed in the second pass: the two slant together;
# and a sheet that turned the other way, the figures rising above their labels
# 1967: 79 100 + 11 800 + 25 000 + 1 120 = 117 020; 48 900 + 36 400 + 2 980 + 7 200 + 2 610 + 3 950 + 1 390
# + 870 + 3 500 = 107 800; 117 020 - 107 800 = 9 220
LAST_1967 = ("79 100,00", "11 800,00", "25 000,00", "1 120,00", "117 020,00", "48 900,00", "36 400,00", "2 980,00",
             "7 200,00", "2 610,00", "3 950,00", "1 390,00", "870,00", "3 500,00", "107 800,00", "9 220,00")


def two_year_statement(growth: float) -> Picture:
    last = iter(LAST_1967)
    rows = (row if isinstance(row, str) else f"{row[0]}\t{GAP}\t{row[1]}\t{next(last)}" for row in LONG_1968)
    return typescript("ÅRSBERETNING FOR 1968", "", f"DRIFTSREGNSKAP\t{GAP}\t1968\t1967", "", *rows, growth=growth)


PROBES += [
    # (OCR runs "Overskudd" into garble where the figures stand a third of a line below it: the results
    # are missed, not paired with another line)
    g16("typed-statement-slant-two-years", (two_year_statement(0.03),),
        Expect(report_year=1968, key_figures=(*FIGURES_1968[:2], F("driftsinntekter", 1967, 117020),
                                              F("driftskostnader", 1967, 107800)),
               absent_figures=WRONG_1968)),
    # (the lower labels garbled where the rising figures stand in their line gaps: the costs' total is missed)
    g16("typed-statement-slant-rising", (long_statement(-0.03),),
        Expect(report_year=1968, key_figures=(FIGURES_1968[0], FIGURES_1968[2]), absent_figures=WRONG_1968)),
]


# ... the board told in a sentence wrapped over the right column's narrow lines, the accounts below it
RIGHT_PROSE_BOARD = (
    "Styret har i 1980 bestått av", "formann Aslak Rudi, nestformann", "Guri Snarlia, sekretær Tor Eggen",
    "og styremedlem Mari Bjørke.", "", *RIGHT_1980[6:],
)
PROBES += [
    g16("two-column-typescript-board-in-prose",
        (typescript("ÅRSMELDING 1980", "", *two_columns(PROSE_1980, RIGHT_PROSE_BOARD), gutter=90),),
        Expect(report_year=1980, board=BOARD_1980, key_figures=FIGURES_1980)),
]
