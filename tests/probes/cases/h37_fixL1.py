"""Thirty-seventh-round cases (docs/phrasings.md §112): two designer's hairline tables of one width
stacked under their own small headings (an owners' council over the board, each cell ruled under
itself), the board's "Valt av" column naming the employees. Organisations, people and places are
invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Probe, board

LAYOUT = ("docx", "pdf", "browser")


def l1(id_, family, items, expect, lang="nb", formats=LAYOUT, title=None):
    return Probe(f"h37l1-{id_}", family, tuple(items), expect, lang=lang, formats=formats,
                 title=title or {"nb": "Årsberetning 2022", "nn": "Årsmelding 2022"}[lang])


def kicker(text: str) -> P:
    """A designer's small bold heading in spaced capitals over a table."""
    return P(text, bold=True, size=8, tracking=0.08)


PROBES = [
    l1("hairline-council-over-board-nn", "board",
       (H("Om selskapet", 2),
        P("Vassverket vart skipa i 1998 og er eigd av tre kommunar."),
        kicker("Representantskapet"),
        T((("Medlem", "Kommune", "Vara"),
           ("Håvard Teigland (leiar)", "Kvamsøy", "Liv Nordbø"),
           ("Reidun Eikås (nestleiar)", "Nesvik", "Tor Ivar Hjelle"),
           ("Olav Mykletun", "Brekkestad", "Synnøve Lid")), hairlines=True),
        kicker("Styret"),
        T((("Namn", "Verv", "Valt av"),
           ("Marta Vikøren", "Styreleiar", "Representantskapet"),
           ("Jon Egil Tufteland", "Nestleiar", "Representantskapet"),
           ("Gunhild Aasen", "Styremedlem", "Representantskapet"),
           ("Bjørn Steinsvik", "Styremedlem", "Dei tilsette")), hairlines=True),
        P("Styret har hatt seks møte i 2022.")),
       Expect(board=board(("Marta Vikøren", "LEDE"), ("Jon Egil Tufteland", "NEST"), ("Gunhild Aasen", "MEDL"),
                          ("Bjørn Steinsvik", "MEDL", True)),
              sure_board=("Bjørn Steinsvik",)),
       lang="nn"),
    # the board first, the valgkomité's table under its own small heading: not the board's rows
    l1("hairline-board-over-nomination-committee-nb", "board",
       (H("Organisasjon", 2),
        kicker("Styret"),
        T((("Navn", "Verv", "Valgt av"),
           ("Kristin Ødegård Lie", "Styreleder", "Generalforsamlingen"),
           ("Per Olav Nyhus", "Nestleder", "Generalforsamlingen"),
           ("Ragnhild Sæther", "Styremedlem", "De ansatte"),
           ("Espen Holtet", "Styremedlem", "Generalforsamlingen")), hairlines=True),
        kicker("Valgkomiteen"),
        T((("Navn", "Verv", "Periode"),
           ("Arvid Strømsholm", "Leder", "2022–2024"),
           ("Hanne Solbakk", "Medlem", "2021–2023")), hairlines=True),
        P("Styret har hatt sju styremøter.")),
       Expect(board=board(("Kristin Ødegård Lie", "LEDE"), ("Per Olav Nyhus", "NEST"), ("Ragnhild Sæther", "MEDL", True),
                          ("Espen Holtet", "MEDL")))),
]
