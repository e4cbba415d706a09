"""Kinds from the seventy-first held-out set's errors (h38-fix71, docs/phrasings.md §122), written here
with other names, places, figures and words: portrait cards in a narrow CSS grid whose long names wrap
over two or three lines, a note saying who chose the member under one card only; the company's phone
after a contact person's, and "Telefon" over its number in a narrow contact column; owners in a bar
chart's legend, in a narrow facts cell and in prose "A (x %), B (y %) og C (z %) kommuner"; personal
deputies as "for NAME⇥DEPUTY" tab lines. Names and figures are invented; places are real."""
from probes.spec import H, Html, P, Expect, Probe, board

BROWSER = ("browser",)
WORD = ("docx", "pdf")

# a portrait drawn as vector shapes (no image): the card's caption is the only text there
_FACE = ('<svg viewBox="0 0 60 70" style="width: 100%; height: 26mm; display: block; background: #dfe4ea">'
         '<circle cx="30" cy="28" r="14" fill="#e9c9a8"/><rect x="12" y="48" width="36" height="22" fill="#4a5d73"/>'
         '</svg>')


def _cards(people, per_row: int, width_mm: int, side: str = "") -> str:
    """Cards ``per_row`` to a row in a column ``width_mm`` wide (a sidebar of ``side`` beside it):
    the name in bold, the role under it, and under one card a note in italics."""
    cards = "".join(f'<div>{_FACE}<div style="font-weight: bold; font-size: 8.6pt; line-height: 1.2; margin-top: 4pt">'
                    f'{name}</div><div>{role}</div>'
                    + (f'<div style="font-style: italic; font-size: 7pt; margin-top: 2pt">{note}</div>' if note else "")
                    + "</div>" for name, role, note in people)
    grid = (f'<div style="display: grid; grid-template-columns: repeat({per_row}, 1fr); gap: 10pt 7pt; '
            f'width: {width_mm}mm; font-size: 8pt; line-height: 1.4; align-items: start">{cards}</div>')
    if not side:
        return grid
    return (f'<div style="display: grid; grid-template-columns: 38mm {width_mm}mm; gap: 12pt">'
            f'<div style="background: #eef1ee; padding: 6pt; font-size: 7.5pt">{side}</div><div>{grid}</div></div>')


_FOUR = _cards((("Gudmund Alfred Tveråmo Bakken", "Styreleder", ""), ("Sølvi Kristin Haugdal", "Nestleder", ""),
                ("Roar Bø", "Styremedlem", ""), ("Hans-Kristian Øverlandsvik Lie", "Styremedlem", ""),
                ("Torhild Merete Skaugvoll Aarnes", "Styremedlem", "valgt av de ansatte"),
                ("Arvid Nesse", "Varamedlem", ""), ("Wenche Lunde Holm", "Varamedlem", "")), 4, 112,
               side=('<div style="font-weight: bold; letter-spacing: .6pt">KONTAKT</div>'
                     '<div>Tveråmo Vekst AS<br>Sagvegen 14<br>7690 Mosvik<br>Telefon</div>'
                     '<div style="font-size: 9.5pt">74 15 62 80</div><div style="margin-top: 5pt">E-post</div>'
                     '<div style="font-size: 9.5pt">post@tveraamo.no</div><div style="margin-top: 5pt">Org.nr.</div>'
                     '<div>987 654 321</div>'))

_THREE_NN = _cards((("Ingvild Solveig Brekkhus Midtbø", "Styreleiar", ""), ("Kjartan Hove", "Nestleiar", ""),
                    ("Aslaug Torunn Mjelstad Vik", "Styremedlem", "tilsetterepresentant"),
                    ("Eirik Rong", "Varamedlem", "")), 3, 100)

PROBES = [
    # cards four to a row in a narrow column beside a side box: names over two and three lines, the
    # employees' note under one card only; no wrapped line a second person
    Probe("h38f71-cards-wrapped-names-note-under-one", "board", (H("Styret", 2), Html(_FOUR)),
          Expect(board=board(("Gudmund Alfred Tveråmo Bakken", "LEDE"), ("Sølvi Kristin Haugdal", "NEST"),
                             ("Roar Bø", "MEDL"), ("Hans-Kristian Øverlandsvik Lie", "MEDL"),
                             ("Torhild Merete Skaugvoll Aarnes", "MEDL", True), ("Arvid Nesse", "VARA"),
                             ("Wenche Lunde Holm", "VARA")), phone="74156280"),
          formats=BROWSER, title="Årsrapport 2023 Tveråmo Vekst AS"),
    # nn: three to a row, "tilsetterepresentant" under a card whose name wraps
    Probe("h38f71-nn-cards-three-a-row-employee-note", "board", (H("Styret", 2), Html(_THREE_NN)),
          Expect(board=board(("Ingvild Solveig Brekkhus Midtbø", "LEDE"), ("Kjartan Hove", "NEST"),
                             ("Aslaug Torunn Mjelstad Vik", "MEDL", True), ("Eirik Rong", "VARA"))),
          lang="nn", formats=BROWSER, title="Årsmelding 2023 Brekkhus Vatn IKS"),
    # a contact person's own number in the text, the company's on its letterhead line at the end
    Probe("h38f71-contact-persons-number-then-the-letterhead", "organisation", (
        H("Medlemsbedrifter", 2),
        P("Selskapet hadde 64 medlemsbedrifter ved utgangen av året, fra Rauland til Dalen. Kontaktperson for "
          "arrangørene: Sunniva Tveito, prosjektleder, tlf. 35 06 48 12."),
        P("Vi takker alle medlemmene for godt samarbeid."),
        P("Vinje Opplevelser AS · Raulandsvegen 9, 3864 Rauland · tlf. 35 06 48 00 · post@vinjeopplev.no"),
    ), Expect(phone="35064800"), formats=WORD, title="Årsrapport 2023 Vinje Opplevelser AS"),
    # shares in brackets after each name, one plural "kommuner" closing the list: each a municipality
    Probe("h38f71-owners-bracketed-shares-closed-by-a-plural", "owners", (
        H("Eierforhold", 2),
        P("Selskapet eies av Sirdal (50 %), Bykle (30 %) og Valle (20 %) kommuner. Det er ikke utbetalt utbytte."),
    ), Expect(owners=frozenset({("Sirdal kommune", 50.0), ("Bykle kommune", 30.0), ("Valle kommune", 20.0)})),
        formats=("docx",), title="Årsrapport 2023 Heiane Turisme AS"),
    Probe("h38f71-nn-owners-bracketed-shares-closed-by-a-plural", "owners", (
        H("Eigarar", 2),
        P("Aksjane er eigde av Vinje (40 %), Tokke (35 %) og Fyresdal (25 %) kommunar, som alle har ein "
          "representant i generalforsamlinga."),
    ), Expect(owners=frozenset({("Vinje kommune", 40.0), ("Tokke kommune", 35.0), ("Fyresdal kommune", 25.0)})),
        lang="nn", formats=("docx",), title="Årsmelding 2023 Vest-Telemark Reiseliv AS"),
]
