"""Reports exported as spreads (docs/phrasings.md §108): each landscape sheet holds a left and a
right page side by side, each with its page number in its outer corner. Read as one page, the
facing pages' headings joined into one line ("01 Daglig leder har ordet 02 Styret") and the
board's first tile beside the letter was lost. Organisations, names and figures are invented."""
from probes.spec import Expect, Html, Probe, board

WEB = ("web",)


def page(folio: str, body: str, align: str) -> str:
    return f'<p align="{align}"><small>{folio}</small></p>{body}'


def spread(left: str, right: str, left_folio: str, right_folio: str) -> Html:
    """Two pages in layout cells with a gutter between them, the folios in the outer corners."""
    return Html('<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="44%" valign="top">{page(left_folio, left, "left")}</td><td width="12%">&nbsp;</td>'
                f'<td width="44%" valign="top">{page(right_folio, right, "right")}</td></tr></table>',
                page="A4 landscape")


LETTER = ("<p>For Bekkfoss Arbeidssenter AS ga året oss flere oppdrag enn noen gang, og alle de 31 deltakerne i varig tilrettelagt arbeid "
          "hadde et fast tilbud gjennom hele året. Vi takker de ansatte for innsatsen og samarbeidspartnerne "
          "for et godt samarbeid.</p><p>Kjellaug Brenden, daglig leder</p>")
TILES = ("<p><b>Oddvar Ruud</b><br>Styreleder</p><p><b>Signe Holter</b><br>Nestleder</p>"
         "<p><b>Trond Bekkelund</b><br>Styremedlem</p><p><b>Vibeke Aas</b><br>Varamedlem</p>")

PROBES = [
    Probe("h36s-letter-facing-board-tiles", "board", (
        spread("<h2>01 Daglig leder har ordet</h2>" + LETTER, "<h2>02 Styret</h2>" + TILES, "4", "5"),),
        Expect(board=board(("Oddvar Ruud", "LEDE"), ("Signe Holter", "NEST"), ("Trond Bekkelund", "MEDL"),
                           ("Vibeke Aas", "VARA")), ceo="Kjellaug Brenden",
               headings=("01 Daglig leder har ordet", "02 Styret")),
        formats=WEB, title=None),
]
