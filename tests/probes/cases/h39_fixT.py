"""Statements, tables and headings of stop 39 (h39-fixT; docs/phrasings.md §124): a statement's header
cells wrapped onto two lines ("Regnskap" over "2023", or the year over the word) in a Word table and
its LibreOffice PDF; a header row whose top-left cell, and the note column's head, are empty; a
statement followed on its page by notes set in two columns; headings inside a three-column section.
Organisations, places and figures are invented."""
from probes.cases.h37_fixT import INCOME, INCOME_GROUPS, INCOME_SURE, INCOME_TOTALS, UNIT, rows_of
from probes.spec import H, P, T, Columns, Expect, Figure, Html, Probe

WORD = ("docx", "pdf")
DESIGNER = ("browser",)


def F(key, year, value):
    return Figure(key, year, value)


def fixt(id_, items, expect, formats=WORD, lang="nb", title=None):
    return Probe(f"h39fT-{id_}", "statements", tuple(items), expect, lang=lang, formats=formats,
                 title=title or {"nb": "Årsrapport 2023", "nn": "Årsmelding 2023"}[lang])


# --- 1. header cells wrapped onto two lines, a budget column among the actuals ---------------------
# actual 2023 | budget 2023 | actual 2022, whole kroner:
# 2 314 600 + 1 120 000 = 3 434 600; 2 046 900 + 118 200 + 1 081 700 = 3 246 800; 187 800; + 21 350 = 209 150
# budget: 3 350 000; 3 280 000; 70 000; 85 000.  2022: 3 158 300; 3 030 900; 127 400; 137 270
CLUB_BODY = (("Salgsinntekter", "", "2 314 600", "2 250 000", "2 108 300"),
             ("Tilskudd", "2", "1 120 000", "1 100 000", "1 050 000"),
             ("Sum driftsinntekter", "", "3 434 600", "3 350 000", "3 158 300"),
             ("Lønnskostnader", "3", "2 046 900", "2 010 000", "1 902 400"),
             ("Avskrivninger", "4", "118 200", "120 000", "121 600"),
             ("Andre driftskostnader", "", "1 081 700", "1 150 000", "1 006 900"),
             ("Sum driftskostnader", "", "3 246 800", "3 280 000", "3 030 900"),
             ("Driftsresultat", "", "187 800", "70 000", "127 400"),
             ("Finansinntekter", "", "21 350", "15 000", "9 870"),
             ("Netto finansposter", "", "21 350", "15 000", "9 870"),
             ("Årsresultat", "", "209 150", "85 000", "137 270"))
# the sums their detail lines add up to are sure; the results, checked by a relation only, are found
CLUB_EXPECT = Expect(
    sure_figures=(F("driftsinntekter", 2023, 3434600), F("driftsinntekter", 2022, 3158300),
                  F("driftskostnader", 2023, 3246800), F("lonnskostnader", 2022, 1902400)),
    key_figures=(F("driftsresultat", 2023, 187800), F("arsresultat", 2023, 209150), F("arsresultat", 2022, 137270)),
    absent_figures=(F("driftsinntekter", 2023, 3350000), F("arsresultat", 2023, 85000),
                    F("driftsinntekter", 2024, 3350000), F("arsresultat", 2022, 85000)))


def club(head: tuple[str, str, str], note: bool = True) -> tuple[tuple[str, ...], ...]:
    """The club's statement under a header of ``head`` (actual, budget, last year's actual)."""
    rows = CLUB_BODY if note else tuple((label, *rest) for label, _, *rest in CLUB_BODY)
    return (("Tekst", "Note", *head) if note else ("Tekst", *head), *rows)


CLUB_TITLE = "Årsmelding 2023 Solbakken Skiklubb"
PROBES = [
    fixt("word-over-year-in-each-head-ruled", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                               T(club(("Regnskap\n2023", "Budsjett\n2023", "Regnskap\n2022")))),
         CLUB_EXPECT, title=CLUB_TITLE),
    fixt("word-over-year-in-each-head-unruled", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                 T(club(("Regnskap\n2023", "Budsjett\n2023", "Regnskap\n2022"), False),
                                                   ruled=False, right_aligned=True)),
         CLUB_EXPECT, title=CLUB_TITLE),
    fixt("year-over-word-in-each-head", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                         T(club(("2023\nRegnskap", "2023\nBudsjett", "2022\nRegnskap")))),
         CLUB_EXPECT, title=CLUB_TITLE),
    fixt("nn-word-over-year-in-each-head", (H("Resultatrekneskap", 2), P("Beløp i heile kroner"),
                                            T(club(("Rekneskap\n2023", "Budsjett\n2023", "Rekneskap\n2022"), False),
                                              ruled=False, right_aligned=True)),
         CLUB_EXPECT, lang="nn", title="Årsmelding 2023 Solbakken Skilag"),
]

# the balance sheet under "Regnskap 31.12." over the year; 4 820 000 + 312 500 = 5 132 500;
# 214 300 + 1 906 800 = 2 121 100; 7 253 600 (2022: 5 248 000; 1 742 800; 6 990 800)
BALANCE = (("Eiendeler", "Note", "Regnskap 31.12.\n2023", "Regnskap 31.12.\n2022"),
           ("Bygninger", "4", "4 820 000", "4 960 000"),
           ("Inventar", "4", "312 500", "288 000"),
           ("Sum anleggsmidler", "", "5 132 500", "5 248 000"),
           ("Kundefordringer", "", "214 300", "198 700"),
           ("Bankinnskudd", "5", "1 906 800", "1 544 100"),
           ("Sum omløpsmidler", "", "2 121 100", "1 742 800"),
           ("Sum eiendeler", "", "7 253 600", "6 990 800"))
BALANCE_EXPECT = Expect(sure_figures=(F("sum_anleggsmidler", 2023, 5132500), F("sum_omlopsmidler", 2022, 1742800)),
                        key_figures=(F("sum_eiendeler", 2023, 7253600), F("sum_eiendeler", 2022, 6990800)),
                        absent_figures=(F("sum_eiendeler", 2022, 7253600), F("sum_eiendeler", 2023, 6990800)))
PROBES += [
    # next year's budget between the actuals
    fixt("word-over-year-next-years-budget-between", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                      T(club(("Regnskap\n2023", "Budsjett\n2024", "Regnskap\n2022")))),
         Expect(sure_figures=CLUB_EXPECT.sure_figures, key_figures=CLUB_EXPECT.key_figures,
                absent_figures=(F("driftsinntekter", 2024, 3350000), F("arsresultat", 2024, 85000),
                                F("arsresultat", 2023, 85000))), title=CLUB_TITLE),
    # the heads set flush left in their cells, the figures flush right under them
    fixt("word-over-year-heads-flush-left", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                             T(club(("Regnskap\n2023", "Budsjett\n2023", "Regnskap\n2022")),
                                               ruled=False, figures_right=True)),
         CLUB_EXPECT, title=CLUB_TITLE),
    fixt("year-over-word-heads-flush-left-ruled", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                   T(club(("2023\nRegnskap", "2023\nBudsjett", "2022\nRegnskap")),
                                                     figures_right=True)),
         CLUB_EXPECT, title=CLUB_TITLE),
    fixt("heads-wrapped-by-narrow-columns-unruled", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                     T(club(("Regnskap 31.12. 2023", "Budsjett for 2023",
                                                             "Regnskap 31.12. 2022")), ruled=False, right_aligned=True)),
         CLUB_EXPECT, title=CLUB_TITLE),
    # the unit in the corner over two lines, the years on the heads' second lines
    fixt("unit-in-corner-over-two-lines", (H("Resultatregnskap", 2),
                                           T((("Beløp i\nhele kroner", "Note", "Regnskap\n2023", "Budsjett\n2023",
                                               "Regnskap\n2022"), *CLUB_BODY), ruled=False, right_aligned=True)),
         CLUB_EXPECT, title=CLUB_TITLE),
    fixt("dated-word-over-year-balance", (H("Balanse", 2), P("Beløp i hele kroner"),
                                          T(BALANCE, ruled=False, right_aligned=True)),
         BALANCE_EXPECT, title=CLUB_TITLE),
    # a narrow column wraps the heads on its own ("Regnskap 31.12." / "2023" with no line break typed)
    fixt("heads-wrapped-by-narrow-columns", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                             T(club(("Regnskap 31.12. 2023", "Budsjett for 2023",
                                                     "Regnskap 31.12. 2022")))),
         CLUB_EXPECT, title=CLUB_TITLE),
]


# --- 2. an empty top-left cell, and the note column's head empty too -------------------------------
# 5 812 440 + 2 405 000 = 8 217 440; 4 960 310 + 388 200 + 2 511 630 = 7 860 140; 357 300;
# + 42 180 - 96 400 = 303 080.  2022: 7 700 120; 7 473 240; 226 880; 141 300
PLAIN_BODY = (("Driftsinntekter", "", "", ""),
              ("Salgsinntekter", "3", "5 812 440", "5 390 120"),
              ("Tilskudd fra fylket", "4", "2 405 000", "2 310 000"),
              ("Sum driftsinntekter", "", "8 217 440", "7 700 120"),
              ("Driftskostnader", "", "", ""),
              ("Lønnskostnader", "5", "4 960 310", "4 702 880"),
              ("Avskrivninger", "6", "388 200", "371 450"),
              ("Andre driftskostnader", "", "2 511 630", "2 398 910"),
              ("Sum driftskostnader", "", "7 860 140", "7 473 240"),
              ("Driftsresultat", "", "357 300", "226 880"),
              ("Finansinntekter", "", "42 180", "18 770"),
              ("Finanskostnader", "", "96 400", "104 350"),
              ("Netto finansposter", "", "-54 220", "-85 580"),
              ("Årsresultat", "", "303 080", "141 300"))
PLAIN_SURE = (F("driftsinntekter", 2023, 8217440), F("driftsinntekter", 2022, 7700120),
              F("driftskostnader", 2022, 7473240), F("lonnskostnader", 2023, 4960310))
PLAIN_FOUND = (F("driftsresultat", 2023, 357300), F("arsresultat", 2023, 303080), F("arsresultat", 2022, 141300))
# a year's figure given to the other year
PLAIN_SWAPPED = (F("driftsinntekter", 2022, 8217440), F("arsresultat", 2022, 303080), F("arsresultat", 2023, 141300))
PLAIN_EXPECT = Expect(sure_figures=PLAIN_SURE, key_figures=PLAIN_FOUND, absent_figures=PLAIN_SWAPPED)
EMPTY_NOTE_HEAD = (("", "", "2023", "2022"), *PLAIN_BODY)
EMPTY_CORNER = (("", "Note", "2023", "2022"), *PLAIN_BODY)
NO_NOTES = (("", "2023", "2022"), *((label, *figures) for label, _, *figures in PLAIN_BODY))
PLAIN_TITLE = "Årsrapport 2023 Fjellstua Vekst AS"
DESIGNER_GROUPS, DESIGNER_TOTALS = (1, 5), (4, 9, 10, 13, 14)
PROBES += [
    fixt("empty-corner-ruled", (H("Resultatregnskap", 2), P("Beløp i hele kroner"), T(EMPTY_CORNER)),
         PLAIN_EXPECT, formats=WORD, title=PLAIN_TITLE),
    fixt("empty-corner-and-note-head-ruled", (H("Resultatregnskap", 2), P("Beløp i hele kroner"), T(EMPTY_NOTE_HEAD)),
         PLAIN_EXPECT, formats=WORD, title=PLAIN_TITLE),
    fixt("empty-corner-and-note-head-unruled", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                T(EMPTY_NOTE_HEAD, ruled=False, right_aligned=True)),
         PLAIN_EXPECT, formats=WORD, title=PLAIN_TITLE),
    fixt("empty-corner-and-note-head-designer", (H("Resultatregnskap", 2), P("Beløp i hele kroner", size=8),
                                                 T(EMPTY_NOTE_HEAD, ruled=False, design="hairlines",
                                                   groups=DESIGNER_GROUPS, totals=DESIGNER_TOTALS)),
         PLAIN_EXPECT, formats=DESIGNER, title=PLAIN_TITLE),
    fixt("empty-corner-designer-band", (H("Resultatregnskap", 2), P("Beløp i hele kroner", size=8),
                                        T(EMPTY_CORNER, ruled=False, design="band-header",
                                          groups=DESIGNER_GROUPS, totals=DESIGNER_TOTALS)),
         PLAIN_EXPECT, formats=DESIGNER, title=PLAIN_TITLE),
    fixt("empty-corner-and-note-head-years-flush-left", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                         T(EMPTY_NOTE_HEAD, ruled=False, figures_right=True)),
         PLAIN_EXPECT, formats=WORD, title=PLAIN_TITLE),
    # the empty corner one cell merged over the label and note columns (Word's gridSpan, a colspan)
    fixt("empty-corner-merged-over-note-column", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                  T(EMPTY_NOTE_HEAD, ruled=False, right_aligned=True, merged=((0, 0, 1),))),
         PLAIN_EXPECT, formats=(*WORD, *DESIGNER), title=PLAIN_TITLE),
    fixt("empty-corner-merged-over-note-column-ruled", (H("Resultatregnskap", 2), P("Beløp i hele kroner"),
                                                        T(EMPTY_NOTE_HEAD, merged=((0, 0, 1),))),
         PLAIN_EXPECT, formats=(*WORD, *DESIGNER), title=PLAIN_TITLE),
    fixt("nn-empty-corner-years-only", (H("Resultatrekneskap", 2), P("Beløp i heile kroner"),
                                        T(NO_NOTES, ruled=False, right_aligned=True)),
         PLAIN_EXPECT, formats=(*WORD, *DESIGNER), lang="nn", title="Årsmelding 2023 Fjellstova Vekst AS"),
]



def centred_heads(rows, widths: tuple[int, ...], stripe: str = "") -> Html:
    """A designer's statement as wide as the page, its columns ``widths`` per cent wide: the header's
    years centred over figures set flush right (a wide figure column leaves the year short of their
    right edge), a note column's numbers centred; group heads bold; ``stripe`` shades every other row."""
    notes = len(rows[0]) == 4

    def cell(text: str, r: int, c: int) -> str:
        align = "left" if c == 0 else "center" if r == 0 or (notes and c == 1) else "right"
        shade = f"background: {stripe}; " if stripe and r % 2 else ""
        return f'<td style="text-align: {align}; padding: 2pt 4pt; {shade}{"font-weight: bold" if r == 0 else ""}">{text}</td>'

    def row(cells, r: int) -> str:
        if r and not any(cells[1:]):
            return f'<tr><td colspan="{len(cells)}" style="font-weight: bold; padding-top: 6pt">{cells[0]}</td></tr>'
        return "<tr>" + "".join(cell(text, r, c) for c, text in enumerate(cells)) + "</tr>"

    cols = "".join(f'<col style="width: {w}%">' for w in widths)
    body = "".join(row(cells, r) for r, cells in enumerate(rows))
    return Html(f'<table style="width: 100%; border-collapse: collapse; font-size: 9pt">{cols}{body}</table>')


PROBES += [
    fixt(f"designer-centred-years-{name}", (H("Resultatregnskap", 2), P("Beløp i hele kroner", size=8),
                                            centred_heads(rows, widths, stripe)),
         PLAIN_EXPECT, formats=DESIGNER, title=PLAIN_TITLE)
    for name, rows, widths, stripe in (("empty-note-head", EMPTY_NOTE_HEAD, (46, 10, 22, 22), ""),
                                       ("empty-corner", EMPTY_CORNER, (50, 10, 20, 20), "#eef2f4"),
                                       ("wide-figure-columns", EMPTY_NOTE_HEAD, (34, 8, 29, 29), ""),
                                       ("no-note-column", NO_NOTES, (50, 25, 25), "#eef2f4"))]


# --- 3. a statement, then notes in two columns on the same page -------------------------------------
NOTES = (H("Note 1 Regnskapsprinsipper", 3),
         P("Regnskapet følger regnskapsloven og god regnskapsskikk for små foretak. Varige driftsmidler "
           "avskrives lineært over levetiden."),
         H("Note 2 Offentlige tilskudd", 3),
         P("Tilskuddet fra fylkeskommunen var kr 6 100 000 og tilskuddet fra kommunen kr 3 140 000 i 2023. "
           "Begge tilskuddene er inntektsført i året de gjelder."),
         H("Note 3 Lønnskostnader", 3),
         P("Selskapet hadde 14 årsverk. Daglig leder fikk lønn på kr 884 500, og styret fikk honorar "
           "på kr 96 000. Selskapet har tjenestepensjon."))
NOTE_HEADS = ("Note 1 Regnskapsprinsipper", "Note 2 Offentlige tilskudd", "Note 3 Lønnskostnader")
NOTES_SURE = (*INCOME_SURE, F("driftskostnader", 2023, 14731e3), F("driftskostnader", 2022, 13933e3),
              F("driftsresultat", 2022, 784e3))


def tight_columns(items, head_size: float = 10.5, gap: float = 6) -> Html:
    """A designer's two text columns set ``gap`` points under the statement, each heading flush
    with the top of its column: the first note's title level with the other column's first line."""
    parts = "".join(f'<h4 style="margin: 0 0 2pt; font-size: {head_size}pt; break-after: avoid">{i.text}</h4>'
                    if isinstance(i, H) else f'<p style="margin: 0 0 6pt; font-size: 9pt">{i.text}</p>' for i in items)
    return Html(f'<div style="column-count: 2; column-gap: 18pt; margin-top: {gap}pt">{parts}</div>')


def notes_probe(id_, design: str, formats, notes=None) -> Probe:
    table = T(INCOME, ruled=False, right_aligned=not design, design=design, groups=INCOME_GROUPS,
              totals=INCOME_TOTALS)
    return fixt(id_, (H("Resultatregnskap", 2), P(UNIT, size=8), table, notes or Columns(NOTES)),
                Expect(sure_figures=NOTES_SURE, whole_tables=(rows_of(table),), headings=NOTE_HEADS),
                formats=formats, title="Årsrapport 2023 Kvernhuset Kultursenter AS")


PROBES += [notes_probe(f"notes-in-two-columns-under-statement-{design}", design, DESIGNER)
           for design in ("hairlines", "header-rules", "zebra")]
PROBES += [notes_probe("notes-in-two-columns-under-statement-word", "", WORD)]
# the first note's title level with the second column's first line, a few points under the last row
PROBES += [notes_probe(f"notes-in-tight-columns-under-statement-{design}-{gap}", design, DESIGNER,
                       tight_columns(NOTES, gap=gap)) for design in ("hairlines", "shaded-totals") for gap in (4, 12)]


# --- 4. headings inside a three-column section -----------------------------------------------------
def activities(heading) -> tuple:
    """Four groups' short reports, each under its own heading, flowing through three columns."""
    return (heading("Hovedkorpset"),
            P("Hovedkorpset har øvd hver onsdag og spilte på sju konserter i løpet av året."),
            heading("Aspirantene"),
            P("Aspirantene var tolv barn fra tre skoler, og de hadde sin første konsert i mai."),
            heading("Seniorgruppa"),
            P("Seniorgruppa møttes annenhver mandag og spilte for beboerne på sykehjemmet to ganger."),
            heading("Dugnader"),
            P("Korpset har solgt lodd og stått i kiosken på idrettsplassen, og tjente om lag 64 000 kroner."))


ACTIVITY_HEADS = ("Hovedkorpset", "Aspirantene", "Seniorgruppa", "Dugnader")


def three_columns(id_, heading, lang="nb") -> Probe:
    return fixt(id_, (H("Om korpset", 2),
                      P("Korpset ble stiftet i 1921 og har 48 medlemmer. Vi øver i kulturhuset på Nordbygda."),
                      H("Aktiviteter", 2), Columns(activities(heading), count=3),
                      H("Økonomi", 2), P("Korpset fikk et overskudd på 38 200 kroner i 2023.")),
                Expect(headings=("Aktiviteter", *ACTIVITY_HEADS, "Økonomi")), lang=lang,
                title="Årsmelding 2023 Nordbygda Musikkorps")


PROBES += [
    three_columns("three-columns-heading-style", lambda text: H(text, 3)),
    three_columns("three-columns-bold-lines", lambda text: P(text, bold=True)),
]
