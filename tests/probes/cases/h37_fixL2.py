"""Layout leftovers of the fifty-sixth to fifty-eighth blind held-out sets (h37-fixL2; docs/phrasings.md
§113), in other words: a heading set level with the other column's lines, a sentence running over a
column break, a page's first column set as a lead, a sidebar's title over the text beside it, a
paragraph wrapping under a floating text box, a text box's lines one paragraph each in LibreOffice's
PDF, a rule down the gutter between a lead column and a sidebar, a figure tile's unit wrapped under
its figure, a text column less than an em from its statement, villages placed by a building or
their municipality, a department's own places. Names and figures are invented; places are real."""
from probes.cases.gen8_fin import K_FIGURES, K_ROWS, statements_nb, text_nb
from probes.spec import Box, H, Html, P, Expect, Probe, Side, board

BROWSER = ("browser",)
WORD = ("docx", "pdf")

_GRID = '<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 20pt; font-size: 8.5pt">{}</div>'
_TILES = ('<div style="display: grid; grid-template-columns: repeat(5, 1fr); gap: 14pt; margin-bottom: 24pt">'
          + "".join(f'<div><div style="font-size: 24pt; font-weight: bold">{n}</div>'
                    f'<div style="font-size: 7.5pt">{label}</div></div>'
                    for n, label in (("52", "VTA-plasser"), ("31", "AFT-plasser"), ("118", "deltakere"),
                                     ("38 %", "til arbeid"), ("5,4 %", "sykefravær")))
          + "</div>")

# the left column opens with a heading set lower than the right column's first line
_LETTER_BESIDE = _TILES + _GRID.format(
    '<div><h3 style="margin: 16pt 0 6pt; font-size: 12pt">Fra styrelederen</h3>'
    '<p>Vi la bak oss et år med flere oppdrag enn noen gang. Flere av arbeidstakerne har fått '
    'fast jobb i bedrifter i Brumunddal og på Moelv, og verkstedet har vært fullt hele høsten.</p></div>'
    '<div><p style="margin-top: 0">Avtalen med NAV om arbeidsforberedende trening ble fornyet i mars, '
    'og antallet plasser økte med 20 prosent. Det har krevd mye av veilederne, og jeg takker hele staben '
    'for innsatsen.</p><p>En særlig takk går til Torunn Lien i NAV Ringsaker, som har fulgt deltakerne '
    'tett gjennom året.</p><p><i>Sverre Holmen, styreleder</i></p></div>')

# three columns of a letter filled in turn (CSS columns of a fixed height): the first opens with a
# lead in larger type, a sentence runs over each column break
_THREE = ('<div style="column-count: 3; column-gap: 16pt; column-fill: auto; height: 96pt; font-size: 8pt">'
          '<p style="font-size: 10.5pt; margin-top: 0">Etter et år med ombygging kunne vi igjen ta imot nye '
          'deltakere i alle avdelinger.</p><p>Året ga oss mange nye oppdrag. Skogtun Arbeid har 44 plasser i varig tilrettelagt arbeid (VTA) og '
          '26 plasser i arbeidsforberedende trening (AFT). Vi har også drevet et sommerjobbtilbud for ungdom '
          'sammen med kommunen, og fire av dem fikk jobb etter sommeren.</p><p>Vi har åpnet en ny avdeling på '
          'Rena med seks VTA-plasser og et lite snekkerverksted som tar oppdrag for hytteeiere.</p><p>Eierne '
          'er Åmot kommune med 70 prosent og Stor-Elvdal kommune med 30 prosent av aksjene. Takk til alle '
          'ansatte og deltakere for et godt år.</p><p><i>Bente Moen, daglig leder</i></p></div>')

# a "Styret" sidebar on a tinted ground beside the leader's letter, which thanks a coordinator
_SIDEBAR = ('<div style="display: grid; grid-template-columns: 42mm 1fr; gap: 18pt">'
            '<div style="background: #eef2f0; padding: 8pt; font-size: 7.5pt">'
            '<div style="font-weight: bold; font-size: 9pt">STYRET</div>'
            + "".join(f'<div style="margin-top: 5pt; letter-spacing: .5pt">{key}</div><div>{name}</div>'
                      for key, name in (("STYRELEDER", "Oddbjørn Fjære"), ("NESTLEDER", "Marit Gjøvåg"),
                                        ("STYREMEDLEM", "Halvor Tjore"), ("VARAMEDLEM", "Sigrun Ness")))
            + '</div><div style="font-size: 9.5pt"><h2 style="margin-top: 0">Et år med vekst</h2>'
            '<p>Vi har flyttet verkstedet til nye lokaler og fått flere faste kunder i regionen.</p>'
            '<p>Takk til jobbkoordinator Eirik Vatne, som har hjulpet seks deltakere over i lærlingplass, '
            'og til alle som har bidratt gjennom året.</p></div></div>')

# a lead column in large type, figure tiles under it, and a board sidebar behind a rule down the gutter
_RULED = ('<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 0">'
          '<div style="padding-right: 14pt"><h1 style="font-size: 24pt">Om laget</h1>'
          '<p style="font-size: 12.5pt">Seilforeningen ble stiftet i 1971 og har i dag 380 medlemmer '
          'fra hele Karmøy og Haugesund.</p>'
          '<div style="display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt">'
          + "".join(f'<div style="border-top: 2pt solid #345"><div style="font-size: 18pt; font-weight: bold">{n}'
                    f'</div><div style="font-size: 7pt">{label}</div></div>'
                    for n, label in (("380", "Medlemmer"), ("64", "Båtplasser"), ("12", "Regattaer")))
          + '</div></div>'
          '<div style="border-left: 0.8pt solid #999; padding-left: 14pt; font-size: 8pt">'
          '<div style="font-weight: bold; font-size: 9.5pt">Styret etter årsmøtet</div>'
          '<table style="width: 100%">'
          + "".join(f"<tr><td><b>{role}</b></td><td>{name}</td></tr>"
                    for role, name in (("Leder", "Kjetil Sund"), ("Nestleder", "Ragnhild Våge"),
                                       ("Kasserer", "Tor Inge Bø"), ("Sekretær", "Elin Hauge"),
                                       ("Styremedlem", "Rolf Aksnes"), ("Varamedlem", "Anne Eide")))
          + '</table></div></div>')

# a band of narrow figure tiles: a big figure's "%" wraps under it, beside the other tiles' labels
_NARROW_TILES = ('<div style="display: flex; gap: 8pt">'
                 + "".join(f'<div style="width: 24mm; border-top: 2pt solid #523"><div style="font-size: 7pt">{k}</div>'
                           f'<div style="font-size: 22pt; font-weight: bold; line-height: 1.1">{n}</div>'
                           f'<div style="font-size: 7.5pt">{label}</div></div>'
                           for k, n, label in (("01", "214", "Medlemmer"), ("02", "87 %", "Belegg"),
                                               ("03", "1 460", "Gjestedøgn")))
                 + '</div><p>Belegget i gjestehavna økte igjen etter to svake år.</p>')


PROBES = [
    # a heading of the left column set level with the right column's third line, figure tiles over
    # both: the right column's first lines were cut from their paragraph, read before the heading
    Probe("h37fL2-heading-level-with-the-other-columns-lines", "headings", (Html(_LETTER_BESIDE),),
          Expect(headings=("Fra styrelederen",), percentages=((20.0, "Avtalen"),)),
          formats=BROWSER, title="Årsrapport 2023 Mjøsen Arbeid AS"),
    # three columns: a lead in larger type first (no sidebar), a sentence running over the column
    # break, a department's own places beside the company's
    Probe("h37fL2-sentence-over-a-column-break-after-a-lead", "programs", (Html(_THREE),),
          Expect(programs={"VTA": 44, "AFT": 26},
                 owners=frozenset({("Åmot kommune", 70.0), ("Stor-Elvdal kommune", 30.0)})),
          formats=BROWSER, title="Årsrapport 2023 Skogtun Arbeid AS"),
    # a sidebar's title heads its keys and names only: the coordinator thanked in the letter beside it
    # is no member
    Probe("h37fL2-sidebar-title-heads-its-box-only", "board", (Html(_SIDEBAR),),
          Expect(board=board(("Oddbjørn Fjære", "LEDE"), ("Marit Gjøvåg", "NEST"), ("Halvor Tjore", "MEDL"),
                             ("Sigrun Ness", "VARA")), headings=("STYRET", "Et år med vekst")),
          formats=BROWSER, title="Årsrapport 2023 Fjære Vekst AS"),
    # a paragraph wrapping around a floating text box of roles and names set at a tab, its last
    # lines under the box: the sentence cut between the box's column and the lines under it
    Probe("h37fL2-paragraph-wrapping-under-a-text-box", "programs", (
        H("Om verksemda", 2),
        Box(("Styret", "Styreleiar\tKjersti Ulvik", "Nestleiar\tBjørn Tufte", "Styremedlem\tAina Voll",
             "Varamedlem\tRune Heggem"), left=280, width=170, height=110, wrap=True),
        P("Sunnhordland Vekst AS er ei arbeids- og inkluderingsbedrift med verkstad, kantine og butikk i "
          "Kvinnherad. Verksemda vart skipa i 1986 av kommunen og nokre lokale bedrifter. Bedrifta samarbeider "
          "tett med NAV Kvinnherad om oppfølging og formidling til arbeid. I 2023 hadde bedrifta 33 plassar for "
          "varig tilrettelagt arbeid (VTA) og 18 plassar i arbeidsførebuande trening (AFT), og tek imot "
          "deltakarar frå heile regionen."),
        P("Styret har hatt åtte møte i året."),
    ), Expect(programs={"VTA": 33, "AFT": 18}, founded_year=1986), lang="nn", formats=("pdf",),
        title="Årsmelding 2023 Sunnhordland Vekst AS"),
    # a text box of keys each over its names, one paragraph a line set evenly apart by LibreOffice,
    # beside nothing: the page's usual line gap is the box's, and its lines ran on three by three
    Probe("h37fL2-text-box-keys-over-values-evenly-spaced", "board", (
        H("Om stiftinga", 2),
        P("Stiftinga driv dagsenter og arbeidstrening for folk i heile kommunen, og har kafé og butikk på torget."),
        Box(("STYRET", "STYRELEIAR", "Gunvor Rise", "STYREMEDLEMMER", "Knut Alme", "Tone Hjelle", "VARAMEDLEMMER",
             "Per Bolstad", "Eli Nordbø", "DAGLEG LEIAR", "Inger Marie Sæle"), height=330),
    ), Expect(board=board(("Gunvor Rise", "LEDE"), ("Knut Alme", "MEDL"), ("Tone Hjelle", "MEDL"),
                          ("Per Bolstad", "VARA"), ("Eli Nordbø", "VARA")), ceo="Inger Marie Sæle"),
        lang="nn", formats=WORD, title="Årsmelding 2023 Stiftinga Rise Dagsenter"),
    # a lead column in large type beside a board sidebar behind a rule down the gutter
    Probe("h37fL2-lead-column-and-sidebar-parted-by-a-rule", "organisation", (Html(_RULED),),
          Expect(founded_year=1971, board=board(("Kjetil Sund", "LEDE"), ("Ragnhild Våge", "NEST"),
                                                ("Tor Inge Bø", "MEDL"), ("Elin Hauge", "MEDL"),
                                                ("Rolf Aksnes", "MEDL"), ("Anne Eide", "VARA"))),
          formats=BROWSER, title="Årsrapport 2023 Karmsund Seilforening"),
    # a tile's big "87 %" wrapped under its figure, beside the other tiles' labels
    Probe("h37fL2-tile-figure-unit-wrapped-under-it", "percentages", (Html(_NARROW_TILES),),
          Expect(percentage_counts=((87.0, 1),), table_rows=(("214", "87 %", "1 460"),)),
          formats=BROWSER, title="Årsrapport 2023 Vikevåg Båtlag"),
    # the text cell beside a statement justified, its lines less than an em from the statement's
    # labels (as a narrower serif than this machine's sets it): one table of sentences and figures
    Probe("h37fL2-justified-text-close-beside-statements", "layout", (Side(text_nb(), statements_nb(), close=True),),
          Expect(table_rows=K_ROWS, sure_figures=K_FIGURES, percentages=((96.2, "belegget"),),
                 headings=("Styrets beretning", "Økonomi", "Resultatregnskap for 2023", "Balanse pr. 31.12.2023")),
          formats=("html",)),
    # villages the registers lack, placed by a building before "på" or by their municipality after "i"
    Probe("h37fL2-villages-placed-by-a-building-or-their-kommune", "places", (
        H("Om bedrifta", 2),
        P("Bedrifta har hovudkontor i Herøysund i Kvinnherad kommune. I haust tok vi i bruk ein ny hall på "
          "Halsnøy, der snikkarverkstaden held til."),
    ), Expect(places=("Herøysund", "Halsnøy", "Kvinnherad")), lang="nn", title="Årsmelding 2023 Kvinnherad Arbeid AS"),
]
