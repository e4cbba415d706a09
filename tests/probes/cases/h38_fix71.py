"""Kinds from the seventy-first held-out set's errors (h38-fix71, docs/phrasings.md §122), written here
with other names, places, figures and words: portrait cards in a narrow CSS grid whose long names wrap
over two or three lines, a note saying who chose the member under one card only; the company's phone
after a contact person's, and "Telefon" over its number in a narrow contact column; owners in a bar
chart's legend, in a narrow facts cell and in prose "A (x %), B (y %) og C (z %) kommuner"; personal
deputies as "for NAME⇥DEPUTY" tab lines. Names and figures are invented; places are real."""
from probes.spec import H, Html, P, T, Expect, Probe, board

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

# an owners' bar chart: its label, SVG bars and an HTML legend in the left column, a text column beside
# it read between the label and the legend
_BARS = ('<div style="display: grid; grid-template-columns: 1.4fr 1fr 1fr; gap: 12pt; font-size: 8.5pt">'
         '<div><h3 style="margin-top: 0">Eigarskap</h3><p>Selskapet er eigd av kommunane i dalen. Delane går '
         'fram av diagrammet.</p><div style="font-size: 7.5pt; letter-spacing: .6pt; font-weight: bold">EIGARDELAR</div>'
         '<div style="display: flex; gap: 8pt; align-items: flex-end"><svg width="60" height="70">'
         '<rect x="0" y="10" width="16" height="60" fill="#2a6f97"/><rect x="22" y="34" width="16" height="36" '
         'fill="#61a5c2"/><rect x="44" y="44" width="16" height="26" fill="#a9d6e5"/></svg>'
         '<div style="white-space: nowrap"><div>Sigdal kommune 46 %</div><div>Krødsherad kommune 31 %</div><div>Modum kommune 23 %</div>'
         '</div></div></div>'
         '<div><h3 style="margin-top: 0">Drift</h3><p>Vi driv tre vassverk og fem reinseanlegg. Alle prøvane av '
         'drikkevatnet er analyserte av eit akkreditert laboratorium, og ingen hadde merknad.</p></div>'
         '<div><h3 style="margin-top: 0">Investeringar</h3><p>Det vart investert for kr 12,4 millionar i året, '
         'mest i nye leidningar.</p></div></div>')

# a representantskap table in a narrow grid column, its first column so narrow that "Hol og Ål"
# wraps after "og", a photo caption in the column beside
_NARROW_TABLE = ('<div style="display: grid; grid-template-columns: 90mm 1fr; gap: 30pt; font-size: 8.5pt">'
                 '<table style="border-collapse: collapse; width: 76mm"><tr><th style="width: 10mm; text-align: left">'
                 'Krins</th><th style="width: 36mm; text-align: left">Medlem</th><th style="text-align: left">'
                 'Varamedlem</th></tr>'
                 '<tr><td>Hol og<br>Ål</td><td>Margit Bakketun Rudningen (leiar)</td><td>Nils Ove Vestøl</td></tr>'
                 '<tr><td>Gol</td><td>Eilev Hamre</td><td>Tone Dokken</td></tr>'
                 '<tr><td>Hemsedal</td><td>Brit Grøthe (nestleiar)</td><td>Odd Rune Ulsaker</td></tr></table>'
                 '<div style="font-style: italic; font-size: 7.6pt; padding-top: 110pt">Frå opninga av den nye '
                 'stasjonen ved Gol.</div></div>')

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
    # a chart's legend of municipalities with shares adding up to 100, its label read apart from it
    Probe("h38f71-nn-owners-in-a-bar-charts-legend", "owners", (H("Om selskapet", 2), Html(_BARS)),
          Expect(owners=frozenset({("Sigdal kommune", 46.0), ("Krødsherad kommune", 31.0), ("Modum kommune", 23.0)})),
          lang="nn", formats=BROWSER, title="Årsmelding 2023 Eggedal Vatn IKS"),
    # a facts table's row labelled "Eiere", the shares in brackets, one plural closing the list
    Probe("h38f71-owners-in-a-facts-tables-row", "owners", (
        T((("Fakta", ""), ("Stiftet", "1994"), ("Eiere", "Nesodden (55 %), Frogn (30 %) og Vestby (15 %) kommuner"),
           ("Ansatte", "21")), bold_header=True),
        H("Virksomheten", 2),
        P("Selskapet samler inn og sorterer avfall fra husholdningene i de tre kommunene."),
    ), Expect(owners=frozenset({("Nesodden kommune", 55.0), ("Frogn kommune", 30.0), ("Vestby kommune", 15.0)})),
        formats=WORD, title="Årsrapport 2023 Follo Gjenvinning IKS"),
    # "Nore og Uvdal kommune 48 %": a municipality's name holding "og", a line of a legend under its label
    Probe("h38f71-owners-share-lines-municipality-name-with-og", "owners", (
        H("Eierforhold", 2),
        P("Eierandeler"),
        P("Nore og Uvdal kommune 50 %"),
        P("Flå kommune 30 %"),
        P("Hol kommune 20 %"),
    ), Expect(owners=frozenset({("Nore og Uvdal kommune", 50.0), ("Flå kommune", 30.0), ("Hol kommune", 20.0)})),
        formats=("docx",), title="Årsrapport 2023 Hallingdal Renovasjon IKS"),
    # personal deputies as tab lines "for MEMBER⇥DEPUTY" under a label, after role⇥name lines
    Probe("h38f71-personal-deputies-as-for-tab-lines", "board", (
        H("Styret", 2),
        P("Styret ble valgt av representantskapet i april 2022 for to år:"),
        P("Styreleder\tTorgeir Hansteen Moe", tabs=(150.0,), left_tabs=True),
        P("Nestleder\tIngunn Sæbø Rustad", tabs=(150.0,), left_tabs=True),
        P("Styremedlem\tØyvind Lillehagen", tabs=(150.0,), left_tabs=True),
        P("Personlige varamedlemmer:"),
        P("for Torgeir Hansteen Moe\tKirsti Vaagland", tabs=(150.0,), left_tabs=True),
        P("for Ingunn Sæbø Rustad\tBjarne Helleland", tabs=(150.0,), left_tabs=True),
        P("for Øyvind Lillehagen\tMarte Grønlid", tabs=(150.0,), left_tabs=True),
        P("Styret har hatt seks møter i 2023."),
    ), Expect(board=board(("Torgeir Hansteen Moe", "LEDE"), ("Ingunn Sæbø Rustad", "NEST"), ("Øyvind Lillehagen", "MEDL"),
                          ("Kirsti Vaagland", "VARA"), ("Bjarne Helleland", "VARA"), ("Marte Grønlid", "VARA"))),
        formats=WORD, title="Årsrapport 2023 Glomma Gjenvinning IKS"),
    Probe("h38f71-nn-personal-deputies-as-for-tab-lines", "board", (
        H("Styret", 2),
        P("Styreleiar\tSolveig Nedrebø", tabs=(140.0,), left_tabs=True),
        P("Styremedlem\tArnstein Kvåle", tabs=(140.0,), left_tabs=True),
        P("Styremedlem\tGunnhild Teigen", tabs=(140.0,), left_tabs=True),
        P("Personlege varamedlemer:"),
        P("for Solveig Nedrebø\tHåkon Lothe", tabs=(140.0,), left_tabs=True),
        P("for Arnstein Kvåle\tRagna Utne", tabs=(140.0,), left_tabs=True),
        P("for Gunnhild Teigen\tEinar Tveito", tabs=(140.0,), left_tabs=True),
    ), Expect(board=board(("Solveig Nedrebø", "LEDE"), ("Arnstein Kvåle", "MEDL"), ("Gunnhild Teigen", "MEDL"),
                          ("Håkon Lothe", "VARA"), ("Ragna Utne", "VARA"), ("Einar Tveito", "VARA"))),
        lang="nn", formats=WORD, title="Årsmelding 2023 Sunnfjord Vatn IKS"),
    # a first column's label wrapped after "og" in a narrow column: one row, no places "Hol og" and "Ål" apart
    Probe("h38f71-nn-table-label-wrapped-after-og", "layout", (H("Representantskapet", 2), Html(_NARROW_TABLE)),
          Expect(table_rows=(("Hol og Ål", "Margit Bakketun Rudningen (leiar)", "Nils Ove Vestøl"),)),
          lang="nn", formats=BROWSER, title="Årsmelding 2023 Hallingdal Avfall IKS"),
]
