"""Kinds from the twenty-seventh blind held-out set's losses, written here with other names, places,
words and figures (h32-fix27; docs/phrasings.md §81): a unit stated over a budget summary in
the annual report's front part ("Tall i 1000 kr") does not reach the statements printed in whole
kroner pages later, their own size says so; the board elected at the meeting after the year's
end, under its own heading or in a sentence opening on that meeting, is next year's board; a
typed statement's whole-kroner marks (",-") that OCR reads apart (", -") are one mark again.
Names, organisations and figures are invented; the places are real."""
from probes.spec import H, P, T, Break, Expect, Figure, Picture, Probe, board

BOTH = ("docx", "pdf")


def F(key, year, value, label=None, scope=None):
    return Figure(key, year, value, label=label, scope=scope)


def _p(case_id, items, expect, lang="nb", formats=BOTH, family="statements") -> Probe:
    title = "Årsrapport 2023" if lang == "nb" else "Årsmelding 2023"
    return Probe(f"g19-fix27-{case_id}", family, tuple(items), expect, lang=lang, formats=formats, title=title)


# an income statement and a balance in whole kroner, with no unit word over them
INCOME_KR = (
    ("", "Note", "2023", "2022"),
    ("Salgsinntekter", "", "8 214 730", "7 906 115"),
    ("Tilskudd fra NAV", "2", "14 062 400", "13 518 900"),
    ("Sum driftsinntekter", "", "22 277 130", "21 425 015"),
    ("Lønnskostnader", "3", "17 408 522", "16 880 410"),
    ("Andre driftskostnader", "", "4 318 806", "4 102 377"),
    ("Sum driftskostnader", "", "21 727 328", "20 982 787"),
    ("Driftsresultat", "", "549 802", "442 228"),
    ("Netto finansposter", "", "-61 204", "-70 118"),
    ("Årsresultat", "", "488 598", "372 110"),
)
BALANCE_KR = (
    ("", "Note", "31.12.2023", "31.12.2022"),
    ("Bygninger og maskiner", "4", "9 640 200", "10 112 500"),
    ("Sum anleggsmidler", "", "9 640 200", "10 112 500"),
    ("Kundefordringer", "", "2 318 440", "2 096 120"),
    ("Bankinnskudd", "", "5 904 118", "4 943 680"),
    ("Sum omløpsmidler", "", "8 222 558", "7 039 800"),
    ("Sum eiendeler", "", "17 862 758", "17 152 300"),
    ("Aksjekapital", "", "2 000 000", "2 000 000"),
    ("Annen egenkapital", "", "9 106 470", "8 617 872"),
    ("Sum egenkapital", "", "11 106 470", "10 617 872"),
    ("Pantelån", "", "4 800 000", "5 200 000"),
    ("Leverandørgjeld", "", "1 956 288", "1 334 428"),
    ("Sum gjeld", "", "6 756 288", "6 534 428"),
    ("Sum egenkapital og gjeld", "", "17 862 758", "17 152 300"),
)
KRONER = (F("driftsinntekter", 2023, 22277130), F("driftsresultat", 2023, 549802), F("arsresultat", 2023, 488598),
          F("sum_eiendeler", 2023, 17862758), F("sum_egenkapital", 2023, 11106470), F("sum_gjeld", 2022, 6534428))
THOUSANDFOLD = tuple(Figure(f.key, f.year, f.value * 1000) for f in KRONER)


def _accounts(budget_rows, lang="nb"):
    """A budget summary in thousands under the key figures, the board's report, then the accounts
    in whole kroner on pages of their own, as a vekstbedrift's annual report prints them."""
    heads = {"nb": ("Økonomi", "Regnskap mot budsjett", "Styrets årsberetning", "Årsregnskap"),
             "nn": ("Økonomi", "Rekneskap mot budsjett", "Styret si årsmelding", "Årsrekneskap")}[lang]
    return (
        H(heads[0], 1),
        P("Drifta gjekk betre enn venta i 2023." if lang == "nn" else "Driften gikk bedre enn ventet i 2023."),
        H(heads[1], 2),
        T(budget_rows),
        P("Lønna vart lågare enn budsjettert." if lang == "nn" else "Lønnskostnadene ble lavere enn budsjettert."),
        Break(),
        H(heads[2], 1),
        P("Verksemda held til i Levanger." if lang == "nn" else "Virksomheten drives i Levanger kommune."),
        Break(),
        H(heads[3], 1),
        H("Resultatregnskap" if lang == "nb" else "Resultatrekneskap", 2),
        T(INCOME_KR, ruled=False),
        Break(),
        H("Balanse", 2),
        T(BALANCE_KR, ruled=False),
    )


PROBES = [
    # the budget summary's income line is the statement's, rounded to thousands: it vouches for kroner
    _p("budget-summary-in-thousands-then-statements-in-kroner", _accounts((
        ("Tall i 1000 kr", "Regnskap 2023", "Budsjett 2023"),
        ("Sum driftsinntekter", "22 277", "21 900"),
        ("Lønnskostnader", "17 409", "17 650"),
        ("Andre driftskostnader", "4 319", "4 000"),
        ("Driftsresultat", "550", "250"),
    )), Expect(key_figures=KRONER, absent_figures=THOUSANDFOLD,
               sure_figures=(F("driftsresultat", 2023, 549802), F("sum_eiendeler", 2023, 17862758)))),
    # the summary is one department's, no line of it the statements': kroner is then the likelier
    # reading, not a sure one
    _p("department-budget-in-thousands-unmatched-nn", _accounts((
        ("Tal i 1000 kr", "Rekneskap 2023", "Budsjett 2023"),
        ("Lønskostnader", "6 120", "6 300"),
        ("Andre driftskostnader", "1 845", "2 100"),
        ("Sum driftskostnader", "7 965", "8 400"),
    ), "nn"), Expect(key_figures=KRONER, absent_figures=THOUSANDFOLD,
                     flagged_figures=(F("sum_eiendeler", 2023, 17862758),)), lang="nn"),
]

SITTING = (("", "", ""),
           ("Styreleder", "Ragnhild Sæther", ""), ("Nestleder", "Jon Olav Viken", ""),
           ("Styremedlem", "Turid Hoel", ""), ("Styremedlem", "Bjørnar Lund", "Valgt av de ansatte"))
SITTING_BOARD = board(("Ragnhild Sæther", "LEDE"), ("Jon Olav Viken", "NEST"), ("Turid Hoel", "MEDL"),
                      ("Bjørnar Lund", "MEDL", True))

PROBES += [
    # the sitting board in a table, then next year's under a heading of its own
    _p("board-after-next-years-meeting-heading", (
        H("Styret i 2023", 1),
        T(SITTING[1:]),
        P("Styret har hatt seks møter i 2023."),
        H("Styret etter generalforsamlingen 2024", 2),
        P("Generalforsamlingen 17. april 2024 valgte Lena Brattli til ny styreleder etter Ragnhild Sæther, "
          "og Kåre Myrvang ble nytt styremedlem."),
        H("Virksomheten", 1),
        P("Virksomheten drives i Steinkjer kommune."),
    ), Expect(board=SITTING_BOARD), family="board"),
    # ... or told in the board's section, in a sentence opening on that meeting
    _p("board-after-next-years-meeting-sentence-nn", (
        H("Styret", 1),
        P("Styret har i 2023 vore samansett slik:"),
        T((("Styreleiar", "Ragnhild Sæther", ""), ("Nestleiar", "Jon Olav Viken", ""),
           ("Styremedlem", "Turid Hoel", ""), ("Styremedlem", "Bjørnar Lund", "Vald av dei tilsette"))),
        P("På generalforsamlinga 11. april 2024 vart Lena Brattli vald til ny styreleiar."),
        H("Verksemda", 1),
        P("Verksemda held til i Steinkjer kommune."),
    ), Expect(board=SITTING_BOARD), lang="nn", family="board"),
]

# a typed statement in whole kroner, scanned: 806 300 + 712 000 = 1 518 300; 604 900 + 812 650 = 1 417 550
TYPED_KRONER = ("RESULTATREGNSKAP 1996", "", "\t1996",
                "Salgsinntekter\t806 300,-", "Tilskudd fra fylket\t712 000,-", "Sum inntekter\t1 518 300,-",
                "Lønn\t604 900,-", "Andre kostnader\t812 650,-", "Sum kostnader\t1 417 550,-",
                "Driftsresultat\t100 750,-")
PROBES += [
    _p("typed-whole-kroner-marks-scanned", (
        Picture(tuple((row,) for row in TYPED_KRONER), faces=False, typed=True, gutter=120),
    ), Expect(table_rows=(("Salgsinntekter", "806 300,-"), ("Tilskudd fra fylket", "712 000,-"),
                          ("Sum inntekter", "1 518 300,-"), ("Lønn", "604 900,-"), ("Andre kostnader", "812 650,-"),
                          ("Sum kostnader", "1 417 550,-"), ("Driftsresultat", "100 750,-"))), formats=("scan",)),
]
