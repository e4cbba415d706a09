"""Layout leftovers of stop 37 (h38-fixT2; docs/phrasings.md §119): a sidebar of role words, each
in its own tinted box, level with the names of the main column; a tinted header band over a
statement in a narrow column with unruled bold group heads; a one-row table with no header under a
statement's heading. Designers' styles as browsers print them; names, places and figures are
invented."""
from probes.spec import H, P, Expect, Html, Probe, board

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
