"""Layout leftovers of stop 37 (h38-fixT2; docs/phrasings.md §119): a sidebar of role words, each
in its own tinted box, level with the names of the main column; a tinted header band over a
statement in a narrow column with unruled bold group heads; a one-row table with no header under a
statement's heading. Designers' styles as browsers print them; names, places and figures are
invented."""
from probes.cases.h37_fixT import (INCOME_NN, INCOME_NN_GROUPS, INCOME_NN_SURE, INCOME_NN_TOTALS, INCOME_SURE, PROSE,
                                   UNIT, UNIT_NN, income, rows_of)
from probes.spec import H, P, T, Expect, Html, Probe, Side, board

BROWSER = ("browser",)
CAPS = "font-size: 7.5pt; letter-spacing: .06em; text-transform: uppercase"


def role_boxes(rows, fill: str, role_css: str = CAPS, gap: str = "4pt") -> str:
    """A table whose first cell in each row is its own filled box (the rows set ``gap`` apart, only
    the role's cell filled): role words in small tinted boxes beside the names."""
    cells = "".join(f'<tr><td style="background: {fill}; width: 36mm; padding: 3pt 6pt; {role_css}">{role}</td>'
                    f'<td style="padding: 3pt 0 3pt 10mm">{name}</td></tr>' for role, name in rows)
    return f'<table style="border-collapse: separate; border-spacing: 0 {gap}; width: 100%">{cells}</table>'


def role_grid(rows, fill: str, role_css: str) -> str:
    """A CSS grid of two columns, the sidebar's role words each in a box of its own, a gap between
    the rows: the same kind set without a table."""
    cells = "".join(f'<div style="background: {fill}; padding: 4pt 6pt; {role_css}">{role}</div>'
                    f'<div style="padding: 4pt 0">{name}</div>' for role, name in rows)
    return f'<div style="display: grid; grid-template-columns: 40mm 1fr; gap: 5pt 9mm">{cells}</div>'


PROBES = [
    # role words in small tinted boxes, one a row, beside the names and who appointed them
    Probe("h38fT2-role-words-in-tinted-boxes-beside-names-appointed-by", "board", (
        H("Om stiftelsen", 2),
        P("Stiftelsen driver kystmuseet på Vikna og tar imot skoleklasser og turister hele sommeren."),
        H("Styret", 3),
        Html(role_boxes((("Styreleder", "Hege Lyngvær, oppnevnt av Nærøysund kommune"),
                         ("Nestleder", "Tormod Wågbø, oppnevnt av Trøndelag fylkeskommune"),
                         ("Styremedlem", "Ellinor Sæterbø, oppnevnt av Vikna kystlag"),
                         ("Styremedlem", "Kolbjørn Rørvik, valgt av de ansatte"),
                         ("Varamedlem", "Åsne Garstad")), "#dfe9ee")),
        P("Styret har hatt seks møter i 2023 og behandlet 31 saker."),
    ), Expect(board=board(("Hege Lyngvær", "LEDE"), ("Tormod Wågbø", "NEST"), ("Ellinor Sæterbø", "MEDL"),
                          ("Kolbjørn Rørvik", "MEDL", True), ("Åsne Garstad", "VARA"))),
        formats=BROWSER, title="Årsrapport 2023 Stiftelsen Vikna Kystmuseum"),
    # nynorsk, dark boxes with white role words in a CSS grid, a sentence on the board above them
    Probe("h38fT2-nn-dark-role-boxes-in-a-grid-beside-names", "board", (
        H("Styret", 2),
        P("Styret har fem medlemer. Fire er oppnemnde av eigarane, og ein er vald av dei tilsette."),
        Html(role_grid((("Styreleiar", "Ragnvald Hesjedal, oppnemnd av Ullensvang herad"),
                        ("Nestleiar", "Siri Tveito Bleie, oppnemnd av Vestland fylkeskommune"),
                        ("Styremedlem", "Audun Lofthus, oppnemnd av Hardanger sogelag"),
                        ("Styremedlem", "Gyda Aga, oppnemnd av Kinsarvik bygdelag"),
                        ("Styremedlem", "Halvard Eitrheim, vald av dei tilsette")),
                       "#27414f", CAPS + "; color: #fff; font-weight: bold")),
        P("Dagleg leiar er Ingvild Ystanes."),
    ), Expect(board=board(("Ragnvald Hesjedal", "LEDE"), ("Siri Tveito Bleie", "NEST"), ("Audun Lofthus", "MEDL"),
                          ("Gyda Aga", "MEDL"), ("Halvard Eitrheim", "MEDL", True)), ceo="Ingvild Ystanes"),
        lang="nn", formats=BROWSER, title="Årsmelding 2023 Stiftinga Hardanger Fartøyvern"),
    # a sidebar title over tinted role boxes, the first row's box empty beside a sentence on the board
    Probe("h38fT2-sidebar-title-over-tinted-role-boxes-and-an-empty-one", "board", (
        H("Om museet", 2),
        P("Museet har samlinger fra fiskeværene i Loppa og Hasvik, og holder åpent fra mai til september."),
        Html(role_boxes((("Styret", "Styret består av fire medlemmer oppnevnt av eierne og ett valgt av de ansatte."),
                         ("Leder", "Frode Isaksen, oppnevnt av Loppa kommune"),
                         ("Nestleder", "Ann Kristin Eliassen, oppnevnt av Hasvik kommune"),
                         ("Medlem", "Tore Mathisen, oppnevnt av Finnmark fylkeskommune"),
                         ("Medlem", "Berit Johansen, oppnevnt av Loppa historielag"),
                         ("Medlem", "Jonny Pedersen, valgt av de ansatte"),
                         ("Daglig leder", "Linda Olsen")), "#eadfcf", gap="2pt")),
    ), Expect(board=board(("Frode Isaksen", "LEDE"), ("Ann Kristin Eliassen", "NEST"), ("Tore Mathisen", "MEDL"),
                          ("Berit Johansen", "MEDL"), ("Jonny Pedersen", "MEDL", True)), ceo="Linda Olsen"),
        formats=BROWSER, title="Årsrapport 2023 Stiftelsen Loppa Fiskerimuseum"),
]


def band_probe(design: str, split=(1.5, 1)) -> Probe:
    """The income statement in the page's narrower right column beside the board's comments."""
    table = income(design)
    return Probe(f"h38fT2-band-header-narrow-column-{design}", "statements",
                 (H("Årsregnskap", 2), Side(PROSE, (H("Resultatregnskap", 3), P(UNIT, size=7.5), table), split=split)),
                 Expect(sure_figures=INCOME_SURE, whole_tables=(rows_of(table),)), formats=BROWSER, title="Årsrapport 2023")


def band_probe_nn(design: str) -> Probe:
    """Nynorsk, no note column, the statement in the narrower left column."""
    table = income(design, INCOME_NN, INCOME_NN_GROUPS, INCOME_NN_TOTALS)
    return Probe(f"h38fT2-nn-band-header-narrow-left-column-{design}", "statements",
                 (H("Årsrekneskap", 2), Side((H("Resultatrekneskap", 3), P(UNIT_NN, size=7.5), table), PROSE[:2],
                                            split=(1, 1.6))),
                 Expect(sure_figures=INCOME_NN_SURE, whole_tables=(rows_of(table),)), lang="nn", formats=BROWSER,
                 title="Årsmelding 2023")


# a tinted header band over unruled bold group heads, in a narrow column: the first head under the band
# is a row (not text the joined table's box drops), a band with rounded end cells keeps its edges
PROBES += [band_probe(design) for design in ("band-plain", "band-spaced-groups", "band-rounded", "band-shaded-totals")]
PROBES += [band_probe_nn(design) for design in ("band-plain", "band-on-row")]


def one_row(label: str, figure: str, browser: bool) -> T | Html:
    """A table of one row and no header as wide as the column, the figure set flush right: a Word
    table (for the docx and pdf renditions), or a designer's HTML table for the browser's."""
    if browser:
        return Html(f'<table style="width: 100%"><tr><td>{label}</td><td style="text-align: right">{figure}</td></tr></table>')
    return T(((label, figure),), ruled=False, bold_header=False, right_aligned=True)


def disposal_probes(id_: str, items, row: tuple[str, str], **kw) -> list[Probe]:
    """The probe in Word's renditions and in the browser's, ``items`` a function of the one-row table."""
    return [Probe(f"h38fT2-{id_}{suffix}", "statements", items(one_row(*row, browser)), Expect(table_rows=(row,)),
                  formats=formats, **kw)
            for suffix, browser, formats in (("", False, ("docx", "pdf")), ("-designer", True, ("browser",)))]


# the disposal of the year's result as a table of one row under its own heading, after the statement;
# its prose twin under the same heading stays a paragraph (``test_tables_h38_fixT2``); a note of one row
PROBES += disposal_probes("disposal-one-row-table-under-its-heading", lambda row: (
    H("Resultatregnskap", 2), P(UNIT, size=8), income("hairlines"),
    H("Disponering av årsresultatet", 3), row, P("Selskapet har ingen utbytte for 2023.")),
    ("Overført til annen egenkapital", "884 000"), title="Årsrapport 2023 Lysheim Kulturhus AS")
PROBES += disposal_probes("nn-disposal-one-row-table-under-its-heading", lambda row: (
    H("Disponering av årsoverskotet", 2), row,
    P("Styret meiner at rekneskapen gjev eit rett bilete av stillinga ved årsskiftet.")),
    ("Overført til annan eigenkapital", "388 120"), lang="nn", title="Årsmelding 2023 Sogndal Båtlag")
PROBES += disposal_probes("note-of-one-row-under-its-title", lambda row: (
    H("Noter", 2), H("Note 5 Bundne midler", 3), row,
    H("Note 6 Egenkapital", 3), P("Aksjekapitalen er 400 000 kroner fordelt på 400 aksjer.")),
    ("Bundne skattetrekksmidler", "412 300"), title="Årsrapport 2023 Vefsn Vekst AS")
