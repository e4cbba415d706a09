"""Tables and layout (h41-fixT; docs/phrasings.md §136): headings set over or under a table aligned
by whitespace, kept headings rather than read as the table's header row or last row. Names,
places and figures are invented."""
from probes.spec import H, P, Expect, Figure, Html, Probe, board

BROWSER = ("browser",)

_BOX_CSS = ("<style>.boxes { display: grid; grid-template-columns: 1fr 1fr; gap: 14pt; align-items: start } "
            ".box { padding: 10pt 12pt; border-radius: 4pt } .tinted .box { background: #f6e9ea } "
            ".box h4 { font-size: 10.5pt; margin: 0 0 2pt; text-transform: uppercase; letter-spacing: 0.5pt } "
            ".pairs { display: grid; grid-template-columns: 32mm 1fr; gap: 4pt 8pt; font-size: 9pt } "
            ".pairs b { color: #7a1f2b }</style>")


def boxes(*boxes_, tinted: bool = True) -> Html:
    """Label/name boxes side by side (rounded panels, tinted or plain), each a small bold heading in
    capitals over a grid of a bold label and a name (a designer's list of an organ's people)."""
    inner = "".join(f'<div class="box"><h4>{title}</h4><div class="pairs">'
                    + "".join(f"<b>{label}</b><span>{name}</span>" for label, name in rows)
                    + "</div></div>" for title, rows in boxes_)
    return Html(f'{_BOX_CSS}<div class="boxes{" tinted" if tinted else ""}">{inner}</div>')


_HS = (("Leder", "Torgunn Bekkevold"), ("Nestleder", "Eivind Stangeland"), ("Kasserer", "Marte Solli Aas"),
       ("Sekretær", "Håkon Rud"), ("Styremedlem", "Guro Tveito"),
       ("Ungdomsrepresentant", "Lars Ove Nyhus"), ("Varamedlem", "Siv Hallan"))
_HS_BOARD = board(("Torgunn Bekkevold", "LEDE"), ("Eivind Stangeland", "NEST"), ("Marte Solli Aas", "MEDL"),
                  ("Håkon Rud", "MEDL"), ("Guro Tveito", "MEDL"), ("Lars Ove Nyhus", "MEDL"),
                  ("Siv Hallan", "VARA"))
_GROUPS = (("Orientering", "Bjarne Lien"), ("Sykkel", "Randi Fosse"), ("Svømming", "Kjetil Ødegård"),
           ("Turn", "Line Vestby"), ("Bordtennis", "Amund Kvalvik"))
_PAIRS_CSS = ("<style>.dl { display: grid; grid-template-columns: 30mm 1fr; gap: 3pt 8pt; font-size: 9pt; "
              "margin-top: 10pt } .dl b { color: #7a1f2b }</style>")


def pairs(rows) -> Html:
    """Label/value pairs in a grid under the panels (the club's other offices), the values long
    enough to cross the gutter between the panels (which then parts no columns)."""
    cells = "".join(f"<b>{label}</b><span>{value}</span>" for label, value in rows)
    return Html(f'{_PAIRS_CSS}<div class="dl">{cells}</div>')


_OFFICES = pairs((("Daglig leder", "Oddvar Kleppe (50 % stilling fra 1. februar)"),
                  ("Revisor", "Revisjonskontoret Moe & Dahl ved Sindre Moe"),
                  ("Kontrollkomité", "Reidun Haga (leder), Tore Bøhn og Asle Kvien")))
_INTRO = P("Klubben hadde ved utgangen av året 860 medlemmer fordelt på fem grupper og et felles hovedstyre.")


def _two_boxes(case_id, left, right, headings, expect_board=None, tinted=True):
    return Probe(f"h41fT-{case_id}", "headings", (H("Tillitsvalgte", 2), _INTRO, boxes(left, right, tinted=tinted), _OFFICES,
                                                  P("Hovedstyret har hatt elleve møter i året.")),
                 Expect(headings=headings, **({"board": expect_board} if expect_board else {})),
                 formats=BROWSER, title="Årsberetning 2022 Furuheia Idrettslag")


PROBES = [
    # the two boxes' headings on one line over their rows were read as the table's first row
    _two_boxes("two-boxes-headings-over-roles-and-groups", ("Hovedstyret", _HS), ("Gruppeledere", _GROUPS),
               ("Hovedstyret", "Gruppeledere"), _HS_BOARD),
    _two_boxes("two-plain-panels-headings-over-roles-and-groups", ("Hovedstyret", _HS), ("Gruppeledere", _GROUPS),
               ("Hovedstyret", "Gruppeledere"), _HS_BOARD, tinted=False),
    _two_boxes("two-boxes-headings-over-committees", ("Kontrollutvalg", (("Leder", "Solfrid Hamre"),
                                                                          ("Medlem", "Petter Kolbu"),
                                                                          ("Medlem", "Ane Brattli"))),
               ("Valgkomité", (("Leder", "Jostein Fagerli"), ("Medlem", "Vibeke Sandum"), ("Medlem", "Ola Tørring"))),
               ("Kontrollutvalg", "Valgkomité")),
]


# --- headings under a row of captions, over two columns of text ------------------------------------

_COLS_CSS = ("<style>.pics { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 12pt } .pics div { font-size: 7.4pt } "
             ".pics .ph { height: 90pt; background: #9fb3c8 } .cols { display: grid; grid-template-columns: 1fr 1fr; "
             "gap: 18pt; margin-top: 22pt } .cols h4 { font-size: 10.5pt; text-transform: uppercase; margin: 0 0 5pt } "
             ".cols p, .cols li { font-size: 9.2pt; margin: 0 }</style>")


def captions_over_columns(captions, columns) -> Html:
    """Two photos with captions of two lines, then two columns each a bold heading over its text."""
    pics = "".join(f'<div><div class="ph"></div>{c}</div>' for c in captions)
    cols = "".join(f"<div><h4>{title}</h4>{body}</div>" for title, body in columns)
    return Html(f'{_COLS_CSS}<div class="pics">{pics}</div><div class="cols">{cols}</div>')


def _captions(case_id, captions, columns, headings, lang="nb", title="Årsmelding 2022 Skjerval Bygdemuseum"):
    return Probe(f"h41fT-{case_id}", "headings", (H("Året som gikk" if lang == "nb" else "Året som gjekk", 2),
                                                  captions_over_columns(captions, columns)),
                 Expect(headings=headings), lang=lang, formats=BROWSER, title=title)


PROBES += [
    # the captions' two lines and the headings under them read as a table of two rows
    _captions("captions-then-two-headed-columns",
              ("Den nye kaia ved sjøbua sto ferdig i mai etter to års arbeid.",
               "Museumsvert Tobias Lunde viser fram garnbøtingen for skoleklassene."),
              (("Utstillinger i 2022", "<ul><li>«Garn og line» (mai–oktober)</li><li>«Fiskerbondens år»</li></ul>"),
               ("Frivillige", "<p>Venneforeningen har 212 medlemmer og la ned 1 800 dugnadstimer i løpet av året.</p>")),
              ("Utstillinger i 2022", "Frivillige")),
    _captions("nn-captions-then-two-headed-columns",
              ("Båtlaget rusta opp den gamle færingen til sommarsesongen.",
               "Konservator Hilde Myrvang registrerer gåva frå ei lokal familie."),
              (("Aktivitetar", "<p>Museet hadde 3 400 besøkjande og 41 skuleklassar i løpet av sesongen.</p>"),
               ("Samarbeid", "<p>Vi har samarbeidd med kommunen og to lag om kystkulturveka i august.</p>")),
              ("Aktivitetar", "Samarbeid"), lang="nn", title="Årsmelding 2022 Naustvika Kystlag"),
]


# --- 3. a statement striped cell by cell ------------------------------------------------------------

# 2023: 7 312 + 4 105 = 11 417; 6 840 + 3 377 = 10 217; 1 200; 1 200 - 64 = 1 136
# 2022: 6 954 + 3 980 = 10 934; 6 512 + 3 306 = 9 818; 1 116; 1 116 - 71 = 1 045
_RESULT = (("Beløp i 1000 kr", "Note", "2023", "2022"),
           ("Salgsinntekter", "", "7 312", "6 954"),
           ("Tilskudd", "2", "4 105", "3 980"),
           ("Sum driftsinntekter", "", "11 417", "10 934"),
           ("Lønnskostnader", "3", "6 840", "6 512"),
           ("Andre driftskostnader", "", "3 377", "3 306"),
           ("Sum driftskostnader", "", "10 217", "9 818"),
           ("Driftsresultat", "", "1 200", "1 116"),
           ("Netto finansposter", "", "-64", "-71"),
           ("Årsresultat", "", "1 136", "1 045"))
_RESULT_FIGURES = tuple(Figure(key, year, value * 1e3) for key, year, value in (
    ("driftsinntekter", 2023, 11417), ("driftsinntekter", 2022, 10934), ("lonnskostnader", 2023, 6840),
    ("lonnskostnader", 2022, 6512), ("driftsresultat", 2023, 1200), ("arsresultat", 2023, 1136),
    ("arsresultat", 2022, 1045)))

CELL_STRIPES = {
    # every cell its own fill, the rows' tints alternating, white gaps between the cells
    "spaced": "table.s { border-collapse: separate; border-spacing: 2.5pt } "
              "table.s tr:nth-child(odd) td { background: #e8eef3 } table.s tr:nth-child(even) td { background: #f7f9fb }",
    # only the figure cells filled, alternating down each column; the labels stand on white
    "figures": "table.s { border-collapse: separate; border-spacing: 2pt 1pt } "
               "table.s tr:nth-child(even) td.num { background: #e6ecf0 }",
    # every other row's cells filled edge to edge, the rows between on white
    "abutting": "table.s { border-collapse: collapse } table.s tr:nth-child(even) td { background: #e9eef2 }",
    # the same with white hairlines between the cells (each cell a rectangle of its own)
    "hairline-gaps": "table.s { border-collapse: collapse } table.s td { border: 1pt solid #fff } "
                     "table.s tr:nth-child(even) td { background: #e9eef2 }",
    # the figures' cells alone tinted in every row, the year reported darker
    "year-cells": "table.s { border-collapse: separate; border-spacing: 3pt 0 } table.s td.num { background: #f0f3f5 } "
                  "table.s td.num:nth-child(3) { background: #dfe7ed }",
    # a checkerboard: the fills alternate along the row as well as down the column
    "checker": "table.s { border-collapse: collapse } table.s tr:nth-child(odd) td:nth-child(odd), "
               "table.s tr:nth-child(even) td:nth-child(even) { background: #e9eef2 }",
}


def striped_statement(rows, style: str) -> Html:
    out = []
    for r, row in enumerate(rows):
        cells = "".join(f'<td{" class=num" if c else ""} style="padding: 3pt 6pt; {"text-align: right; " if c else ""}'
                        f'{"font-weight: bold" if r == 0 or row[0].startswith(("Sum", "Drifts", "Års")) else ""}">'
                        f"{text}</td>" for c, text in enumerate(row))
        out.append(f"<tr>{cells}</tr>")
    return Html(f'<style>{CELL_STRIPES[style]}</style><table class="s" style="width: 100%">{"".join(out)}</table>')


PROBES += [
    Probe(f"h41fT-statement-cell-stripes-{style}", "statements",
          (H("Resultatregnskap", 2), striped_statement(_RESULT, style), P("Noter på de neste sidene.")),
          Expect(key_figures=_RESULT_FIGURES, whole_tables=(tuple(tuple(c for c in r if c) for r in _RESULT),)),
          formats=BROWSER, title="Årsrapport 2023 Kvitfjell Arbeidssenter AS")
    for style in CELL_STRIPES
]


# --- 4. running text in two close columns, a year or an amount at a line's end ---------------------

_NEWS_CSS = ("<style>.news { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10pt; font-size: 9.5pt } "
             ".news h4 { font-size: 10pt; margin: 0 0 2pt } .news p { margin: 0 0 5pt; text-align: justify; "
             "text-align-last: justify }</style>")


def close_columns(left, right) -> Html:
    """Two columns about an em apart, each a heading over lines set as given and justified to the
    column's edge (a line of the left column ending in a year or an amount an em from one of the
    right opening a sentence)."""
    body = "".join(f"<div><h4>{title}</h4><p>{'<br>'.join(lines)}</p></div>" for title, lines in (left, right))
    return Html(f'{_NEWS_CSS}<div class="news">{body}</div>')


_HISTORY = ("Historikk", ("Stiftelsen ble opprettet i 1987", "etter at kommunen hadde eid sagbruket siden",
                          "1962, og bygningene ble fredet i 2004", "etter søknad fra venneforeningen i",
                          "2002. Tilskuddet fra fylket var kr 1 250 000", "til nytt tak over hallen i 2019"))
_YEAR = ("Drift i året", ("Besøkstallet økte til 5 310 gjester, flest i juli",
                          "Sommeren var travlest, og kafeen holdt åpent",
                          "Skoleklassene kom særlig i mai og september",
                          "Driftsinntektene økte med åtte prosent i fjor",
                          "Overskuddet settes av til vedlikehold av",
                          "Venneforeningen stilte med mange dugnadsfolk."))

PROBES += [
    Probe("h41fT-close-columns-year-at-line-end", "headings",
          (H("Årsberetning", 2), close_columns(_HISTORY, _YEAR), P("Styret takker alle for innsatsen i året.")),
          Expect(headings=("Historikk", "Drift i året")),
          formats=BROWSER, title="Årsberetning 2023 Stiftelsen Vollan Sag"),
]
