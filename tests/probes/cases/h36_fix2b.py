"""Leftover kinds of the fifty-sixth blind held-out set (h36-fix2b; docs/phrasings.md §111): an
årsberetning in three narrow columns, a short uppercase sub-heading at the head of each part, over a
signature grid three to a row. Names are invented; the places are real."""
from probes.spec import H, T, Expect, Probe, board

# LibreOffice's PDF of three cells of a borderless table: the kind is the PDF page's (in the Word
# rendition the cells are a table's cells, read as such; Chromium's rendition needs playwright)
LAYOUT = ("pdf",)

_NARROW = (("VERKSEMDA\nSelskapet held til på Stryn og har ei avdeling på Loen. Eigarane er to kommunar i "
            "Nordfjord.",
            "ARBEIDSMILJØ\nSjukefråværet var 4,6 %. Ingen skadar er registrerte, og alle har fått opplæring.",
            "ØKONOMI\nInntektene auka med 3,8 %. Styret meiner at føresetnaden om vidare drift er til stades."),)

_GRID = (("Randi Hjelle Bakke", "Oddvar Tenden", "Gunn Flo"),
         ("styreleiar", "nestleiar", "styremedlem"),
         ("", "", ""),
         ("Kjell Hopland", "Liv Oldeide", "Arve Nesdal"),
         ("styremedlem", "styremedlem", "dagleg leiar"))

PROBES = [
    # three narrow columns of text under short uppercase sub-headings, a signature grid under them
    # on the same gutters: the columns' short lines and the grid's made the page one text table
    # (a plain-weight sub-heading whose paragraph's first line is short, here the second, is read
    # into its paragraph: another kind, not checked)
    Probe("h36f2b-three-narrow-columns-over-a-signature-grid", "layout", (
        H("Årsmelding 2023", 2),
        T(_NARROW, ruled=False, bold_header=False),
        T(_GRID, ruled=False, bold_header=False),
    ), Expect(places=("Stryn", "Loen"), headings=("VERKSEMDA", "ØKONOMI"),
              board=board(("Randi Hjelle Bakke", "LEDE"), ("Oddvar Tenden", "NEST"), ("Gunn Flo", "MEDL"),
                          ("Kjell Hopland", "MEDL"), ("Liv Oldeide", "MEDL")),
              ceo="Arve Nesdal"),
        lang="nn", formats=LAYOUT, title="Årsmelding 2023 Stryn Arbeid AS"),
]
