"""Statements and key figures of stop 41 (h41-fixS; docs/phrasings.md §138), built from the
descriptions of two measuring sets: a designer's statement with the budget between the two years'
actuals under an empty top-left header cell; a balance running onto the next page; a key figure
given only in nynorsk prose, in millions; a total row under two account blocks side by side; a board
table whose members say only "Medlem". Organisations, places and figures are invented."""
from probes.spec import H, P, T, Expect, Figure, Html, Probe, board

DESIGNER = ("browser",)


def F(key, year, value, label=None):
    return Figure(key, year, value, label=label)


def fixs(id_, items, expect, formats=DESIGNER, lang="nn", title=None, family="statements"):
    return Probe(f"h41fS-{id_}", family, tuple(items), expect, lang=lang, formats=formats,
                 title=title or {"nb": "Årsrapport 2023", "nn": "Årsmelding 2023"}[lang])


def rows_of(rows) -> tuple[tuple[str, ...], ...]:
    """The rows as the output must hold them: non-empty cells only."""
    return tuple(tuple(c for c in row if c) for row in rows)


# --- 1. the budget between the two years' actuals, an empty top-left cell, negatives in brackets ---
# 2023: 1 482 300 + 655 000 + 96 450 = 2 233 750; 1 390 600 + 402 800 + 512 900 = 2 306 300; (72 550);
#       + 4 310 - 1 020 = 3 290; (69 260).  budget 2023: 2 190 000; 2 240 000; (50 000); 3 000; (47 000)
# 2022: 1 401 900 + 640 000 + 88 700 = 2 130 600; 1 322 000 + 388 100 + 401 600 = 2 111 700; 18 900;
#       + 2 050 - 1 540 = 510; 19 410
def _musikk(order):
    cols = {"a": ("Rekneskap 2023", "1 482 300", "655 000", "96 450", "2 233 750", "1 390 600", "402 800", "512 900",
                  "2 306 300", "(72 550)", "4 310", "(1 020)", "3 290", "(69 260)"),
            "b": ("Budsjett 2023", "1 450 000", "650 000", "90 000", "2 190 000", "1 380 000", "400 000", "460 000",
                  "2 240 000", "(50 000)", "4 000", "(1 000)", "3 000", "(47 000)"),
            "p": ("Rekneskap 2022", "1 401 900", "640 000", "88 700", "2 130 600", "1 322 000", "388 100", "401 600",
                  "2 111 700", "18 900", "2 050", "(1 540)", "510", "19 410")}
    labels = ("", "Billettinntekter", "Tilskot frå kommunen", "Andre inntekter", "Sum driftsinntekter",
              "Lønnskostnader", "Husleige og lokale", "Andre driftskostnader", "Sum driftskostnader",
              "Driftsresultat", "Finansinntekter", "Finanskostnader", "Netto finanspostar", "Årsresultat")
    return tuple((label, *(cols[c][i] for c in order)) for i, label in enumerate(labels))


MUSIKK_FIGURES = (F("driftsinntekter", 2023, 2233750), F("driftsinntekter", 2022, 2130600),
                  F("driftskostnader", 2023, 2306300), F("driftskostnader", 2022, 2111700),
                  F("driftsresultat", 2023, -72550), F("driftsresultat", 2022, 18900),
                  F("arsresultat", 2023, -69260), F("arsresultat", 2022, 19410))
MUSIKK_BUDGET = (F("driftsinntekter", 2023, 2190000), F("arsresultat", 2023, -47000), F("driftsinntekter", 2022, 2190000))


def musikk(id_, order, design, unit=True):
    rows = _musikk(order)
    items = (H("Resultatrekneskap", 2), *((P("Beløp i heile kroner"),) if unit else ()),
             T(rows, ruled=False, design=design, totals=(4, 8, 13)),
             P("Styret meiner rekneskapen gjev eit rett bilete av laget si økonomiske stilling."))
    return fixs(id_, items, Expect(key_figures=MUSIKK_FIGURES, absent_figures=MUSIKK_BUDGET,
                                   table_rows=(rows_of(rows)[0], rows_of(rows)[13])),
                title="Årsmelding 2023 Lyngvik Musikklag")


def musikk_html(order: str, head_style: str, tight: bool = False, wrapped: bool = False) -> Html:
    """The statement as a designer's HTML table: an empty ``<th>`` over the labels, the years'
    heads styled by ``head_style``; ``tight``: each column as wide as its widest cell, 3 pt apart
    ``wrapped``: each head over two lines ("Rekneskap" / "2023")."""
    rows = _musikk(order)
    heads = [c.replace(" ", "<br>") if wrapped else c for c in rows[0]]
    centred = "center" in head_style

    def cell(tag, text, c, style=""):
        align = "left" if c == 0 else "center" if tag == "th" and centred else "right"
        return f'<{tag} style="text-align: {align}; {style}">{text}</{tag}>'

    top = "".join(cell("th", text, c, head_style) for c, text in enumerate(heads))
    body = "".join("<tr>" + "".join(cell("td", text, c) for c, text in enumerate(row)) + "</tr>" for row in rows[1:])
    table = ('<style>table.t td, table.t th { padding: 1pt 3pt }</style><table class="t" style="border-collapse: collapse">'
             if tight else '<table style="width: 100%; border-collapse: collapse">'
                           '<colgroup><col style="width: 46%"><col><col><col></colgroup>')
    return Html(f"{table}<thead><tr>{top}</tr></thead><tbody>{body}</tbody></table>")


def musikk_page(id_, order, html):
    rows = _musikk(order)
    items = (H("Resultatrekneskap", 2), html,
             P("Styret meiner rekneskapen gjev eit rett bilete av laget si økonomiske stilling."))
    return fixs(id_, items, Expect(key_figures=MUSIKK_FIGURES, absent_figures=MUSIKK_BUDGET,
                                   table_rows=(rows_of(rows)[0], rows_of(rows)[13])),
                title="Årsmelding 2023 Lyngvik Musikklag")


CAPS = "font-size: 7pt; color: #777; text-transform: uppercase; letter-spacing: .4pt;"
PROBES = [
    musikk("nn-budget-between-actuals-empty-corner-hairlines", "abp", "hairlines"),
    musikk("nn-budget-between-actuals-empty-corner-band", "abp", "band-header"),
    musikk("nn-budget-between-actuals-empty-corner-shaded", "abp", "shaded-totals", unit=False),
    musikk("nn-budget-last-empty-corner-hairlines", "apb", "hairlines"),
    musikk_page("nn-budget-between-empty-th", "abp", musikk_html("abp", "")),
    musikk_page("nn-budget-between-empty-th-caps", "abp", musikk_html("abp", CAPS)),
    musikk_page("nn-budget-between-empty-th-wrapped", "abp", musikk_html("abp", "", wrapped=True)),
    musikk_page("nn-budget-between-empty-th-tight", "abp", musikk_html("abp", "font-weight: bold", tight=True)),
]


# --- 2. a balance whose last lines fall on the next page ---------------------------------------------
# 2023: 1 240 000 + 186 500 = 1 426 500; 92 300 + 611 750 = 704 050; 2 130 550
#       eigenkapital 1 512 400 + 96 000 = 1 608 400; gjeld 188 650 + 61 200 + 272 300 = 522 150; 2 130 550
# 2022: 1 290 000 + 171 900 = 1 461 900; 80 100 + 529 400 = 609 500; 2 071 400
#       1 581 600 + 44 000 = 1 625 600; 201 300 + 58 700 + 185 800 = 445 800; 2 071 400
BALANCE = (("", "2023", "2022"),
           ("Bygningar", "1 240 000", "1 290 000"), ("Inventar og utstyr", "186 500", "171 900"),
           ("Sum anleggsmidlar", "1 426 500", "1 461 900"),
           ("Kundefordringar", "92 300", "80 100"), ("Bankinnskot", "611 750", "529 400"),
           ("Sum omløpsmidlar", "704 050", "609 500"), ("Sum eigedelar", "2 130 550", "2 071 400"),
           ("Opptent eigenkapital", "1 512 400", "1 581 600"), ("Fond", "96 000", "44 000"),
           ("Sum eigenkapital", "1 608 400", "1 625 600"),
           ("Leverandørgjeld", "188 650", "201 300"), ("Skuldig offentlege avgifter", "61 200", "58 700"),
           ("Anna kortsiktig gjeld", "272 300", "185 800"), ("Sum gjeld", "522 150", "445 800"),
           ("Sum eigenkapital og gjeld", "2 130 550", "2 071 400"))
BALANCE_TOTALS = (3, 6, 7, 10, 14, 15)
BALANCE_FIGURES = (F("sum_eiendeler", 2023, 2130550), F("sum_eiendeler", 2022, 2071400),
                   F("sum_egenkapital", 2023, 1608400), F("sum_egenkapital", 2022, 1625600),
                   F("sum_gjeld", 2023, 522150), F("sum_gjeld", 2022, 445800),
                   F("sum_egenkapital_og_gjeld", 2023, 2130550), F("sum_egenkapital_og_gjeld", 2022, 2071400))
_FILLER = ("Laget har hatt ein aktiv sesong med øvingar kvar veke, fire konsertar og deltaking på kretsstemnet. "
           "Medlemstalet har halde seg stabilt, og rekrutteringa gjennom aspirantkorpset har gått godt. ")


def balance_html(rows, start_mm, thead, landscape=False):
    """The balance on a page of its own that starts ``start_mm`` down the text area, so that its last
    lines run onto the next page; ``thead``: the header row repeats on top of the next page."""
    def row(r, cells):
        tag = "th" if r == 0 else "td"
        bold = "font-weight: bold;" if r in BALANCE_TOTALS else ""
        return "<tr>" + "".join(f'<{tag} style="text-align: {"left" if c == 0 else "right"}; padding: 3pt 6pt; {bold}">'
                                f"{text}</{tag}>" for c, text in enumerate(cells)) + "</tr>"
    head = row(0, rows[0])
    body = "".join(row(r, cells) for r, cells in enumerate(rows) if r)
    table = (f'<table style="width: 100%; border-collapse: collapse">'
             f'{"<thead>" + head + "</thead>" if thead else head}<tbody>{body}</tbody></table>')
    page = "<style>@page { size: A4 landscape; }</style>" if landscape else ""
    return (f'{page}<div style="break-before: page; height: {start_mm}mm; overflow: hidden"><h2>Balanse</h2>'
            f'<p>{_FILLER * 3}</p></div>{table}')


def balance(id_, start_mm, thead, landscape=False):
    items = (H("Årsmelding", 2), P(_FILLER), Html(balance_html(BALANCE, start_mm, thead, landscape)),
             P("Styret stadfestar at føresetnaden om vidare drift er lagt til grunn."))
    return fixs(id_, items, Expect(key_figures=BALANCE_FIGURES, table_rows=tuple(BALANCE[r] for r in (11, 14, 15)),
                                   absent_headings=("Sum gjeld", "Sum eigenkapital og gjeld")),
                title="Årsmelding 2023 Lyngvik Musikklag")


PROBES += [
    # the total alone on the next page, under the header repeated: read as one heading of both
    balance("nn-balance-last-line-on-next-page-header-repeated", 145, True),
    balance("nn-balance-last-line-on-next-page", 145, False),
    # a landscape page: label and figures far apart, each line cut in two column regions
    balance("nn-balance-last-line-on-next-landscape-page", 60, False, landscape=True),
    balance("nn-balance-last-line-on-next-landscape-page-header-repeated", 60, True, landscape=True),
    balance("nn-balance-last-lines-on-next-landscape-page", 70, False, landscape=True),
    balance("nn-balance-last-lines-on-next-landscape-page-header-repeated", 70, True, landscape=True),
]


# --- 5. a board table "Styret | Navn | Valgt fra", the members' role only "Medlem" --------------------
BOARD_FROM = (("Styret", "Navn", "Valgt fra"),
              ("Styreleder", "Ragnhild Storvik", "Vefsn kommune"),
              ("Nestleder", "Eivind Aasland", "Hemnes kommune"),
              ("Medlem", "Turid Kolstad", "Grane kommune"),
              ("Medlem", "Bjørnar Hatlevold", "Ansatte"),
              ("Medlem", "Solfrid Engen", "Vefsn kommune"))
BOARD_FROM_SET = board(("Ragnhild Storvik", "LEDE"), ("Eivind Aasland", "NEST"), ("Turid Kolstad", "MEDL"),
                       ("Bjørnar Hatlevold", "MEDL", True), ("Solfrid Engen", "MEDL"))
BOARD_FROM_NN = (("Styret", "Namn", "Vald frå"),
                 ("Leiar", "Åshild Myrmel", "Sunnfjord kommune"),
                 ("Nestleiar", "Kolbein Rysjedal", "Askvoll kommune"),
                 ("Medlem", "Gunnvor Teigen", "Fjaler kommune"),
                 ("Medlem", "Sigbjørn Hovland", "Tilsette"),
                 ("Medlem", "Ingrid Nesheim", "Hyllestad kommune"))
BOARD_FROM_NN_SET = board(("Åshild Myrmel", "LEDE"), ("Kolbein Rysjedal", "NEST"), ("Gunnvor Teigen", "MEDL"),
                          ("Sigbjørn Hovland", "MEDL", True), ("Ingrid Nesheim", "MEDL"))


def board_from(id_, rows, expected, lang, **table):
    intro = P("Styret har hatt seks møter i året og behandlet 41 saker." if lang == "nb"
              else "Styret har hatt seks møte i året og handsama 41 saker.")
    return fixs(id_, (H("Styret" if lang == "nb" else "Styret", 2), intro, T(rows, **table)),
                Expect(board=expected), formats=("docx", "pdf", "browser"), lang=lang,
                title="Årsrapport 2023 Helgeland Vekst AS" if lang == "nb" else "Årsmelding 2023 Fjaler Arbeidssenter AS",
                family="board")


def bare(rows):
    """The municipalities without "kommune" ("Vefsn")."""
    return tuple(tuple(c.replace(" kommune", "") for c in row) for row in rows)


PROBES += [
    board_from("board-role-column-headed-styret-members-medlem-bare-places", bare(BOARD_FROM), BOARD_FROM_SET, "nb"),
    board_from("nn-board-role-column-headed-styret-members-medlem-bare-places", bare(BOARD_FROM_NN), BOARD_FROM_NN_SET, "nn"),
    board_from("board-role-column-headed-styret-members-medlem", BOARD_FROM, BOARD_FROM_SET, "nb"),
    board_from("board-role-column-headed-styret-members-medlem-unruled", BOARD_FROM, BOARD_FROM_SET, "nb", ruled=False),
    board_from("nn-board-role-column-headed-styret-members-medlem", BOARD_FROM_NN, BOARD_FROM_NN_SET, "nn"),
]


# --- 4. a total row as wide as two account blocks side by side over it -------------------------------
# inntekter 2023: 412 500 + 286 300 + 98 750 + 61 200 = 858 750 (budget 395 000 + 280 000 + 90 000 + 55 000 = 820 000)
# kostnader 2023: 301 900 + 214 600 + 187 450 + 96 300 = 800 250 (budget 310 000 + 220 000 + 180 000 + 90 000 = 800 000)
# årets overskudd 58 500 (budget 20 000)
INCOME = (("Inntekter", "Regnskap", "Budsjett"), ("Medlemskontingent", "412 500", "395 000"),
          ("Treningsavgifter", "286 300", "280 000"), ("Dugnader", "98 750", "90 000"),
          ("Tilskudd", "61 200", "55 000"), ("Sum inntekter", "858 750", "820 000"))
COSTS = (("Kostnader", "Regnskap", "Budsjett"), ("Trenere", "301 900", "310 000"),
         ("Haller", "214 600", "220 000"), ("Reiser og cuper", "187 450", "180 000"),
         ("Utstyr", "96 300", "90 000"), ("Sum kostnader", "800 250", "800 000"))
RESULT = ("Årets overskudd", "58 500", "20 000")


def side_by_side_html(result_style: str, gap_pt: int = 0) -> Html:
    """Two account blocks in a row of two, and under both the year's result in a row as wide as the
    pair: its label at the left edge, its figures under the right block's figure columns
    (``gap_pt`` above it)."""
    def table(rows, bold, style=""):
        body = "".join("<tr>" + "".join(
            f'<td style="padding: 2pt 5pt; {"text-align: right; width: 20mm; white-space: nowrap;" if c else ""} '
            f'{"font-weight: bold;" if r in bold else ""} {style}">{text}</td>' for c, text in enumerate(row)) + "</tr>"
            for r, row in enumerate(rows))
        return f'<table style="width: 100%; border-collapse: collapse">{body}</table>'
    blocks = "".join(f'<div style="flex: 1">{table(rows, (0, len(rows) - 1))}</div>' for rows in (INCOME, COSTS))
    return Html(f'<div style="display: flex; gap: 14pt">{blocks}</div>'
                f'<div style="margin-top: {gap_pt}pt">{table((RESULT,), (0,), result_style)}</div>')


def club_accounts(id_, items):
    return fixs(id_, (H("Regnskap 2023", 2), P("Regnskapet er ført av kasserer og revidert av to valgte revisorer."), *items,
                      P("Styret foreslår at overskuddet overføres til egenkapitalen.")),
                Expect(key_figures=(F("arsresultat", 2023, 58500),), absent_figures=(F("arsresultat", 2023, 20000),),
                       table_rows=(RESULT, (*INCOME[-1], *COSTS[-1]))),
                lang="nb", title="Årsberetning 2023 Fjellheim Idrettslag")


PROBES += [
    club_accounts("club-blocks-side-by-side-result-under-both", (side_by_side_html("border-top: 1pt solid #000;"),)),
    club_accounts("club-blocks-side-by-side-result-under-both-shaded", (side_by_side_html("background: #e3ecf2;"),)),
    club_accounts("club-blocks-side-by-side-result-set-apart", (side_by_side_html("", 12),)),
    # set 24 pt apart: a heading of its own ("Årets overskudd 58 500 20 000")
    club_accounts("club-blocks-side-by-side-result-set-far-apart", (side_by_side_html("", 24),)),
    club_accounts("club-blocks-side-by-side-result-ruled-apart", (side_by_side_html("border-top: 1.5pt solid #000; border-bottom: 1.5pt double #000", 18),)),
]
