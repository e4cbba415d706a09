"""Tables and layout (h41-fixT; docs/phrasings.md §136): headings set over or under a table aligned
by whitespace, kept headings rather than read as the table's header row or last row. Names,
places and figures are invented."""
from probes.spec import H, P, Expect, Html, Probe, board

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


# --- 2. a header cell wrapped over two lines in a narrow column -------------------------------------

def narrow_header_table(rows, narrow: int = 1) -> Html:
    """A table as wide as the text, one figure column just as wide as its longest word, so that its
    two-word header wraps ("Antall" over "aksjer")."""
    out = []
    for r, row in enumerate(rows):
        tag = "th" if r == 0 else "td"
        cells = "".join(f'<{tag} style="{"width: 1%; " if c == narrow else ""}text-align: {"left" if c == 0 else "right"};'
                        f' padding: 2pt 6pt; font-weight: {"bold" if r == 0 else "normal"}">{text}</{tag}>'
                        for c, text in enumerate(row))
        out.append(f"<tr>{cells}</tr>")
    return Html(f'<table style="width: 100%; border-collapse: collapse">{"".join(out)}</table>')


_SHARES = (("Aksjonær", "Antall aksjer", "Eierandel"), ("Vestre Lyngør kommune", "1 840", "46,0 %"),
           ("Brekkestø Invest AS", "1 200", "30,0 %"), ("Hallvik kommune", "960", "24,0 %"))
_SHARES_NN = (("Aksjonær", "Tal aksjar", "Eigardel"), ("Kvernes kommune", "2 100", "60,0 %"),
              ("Fjellsete Holding AS", "1 400", "40,0 %"))

PROBES += [
    Probe(f"h41fT-{case_id}", "owners", (H("Aksjonærer" if lang == "nb" else "Aksjonærar", 2),
                                          P(intro), narrow_header_table(rows)),
          Expect(whole_tables=(rows,)), lang=lang, formats=BROWSER, title=title)
    for case_id, rows, lang, intro, title in (
        ("narrow-two-word-share-count-header", _SHARES, "nb",
         "Aksjekapitalen er fordelt på 4 000 aksjer à kr 100.", "Årsrapport 2023 Lyngør Vekst AS"),
        ("nn-narrow-two-word-share-count-header", _SHARES_NN, "nn",
         "Aksjekapitalen er fordelt på 3 500 aksjar à kr 100.", "Årsmelding 2023 Kvernes Arbeid AS"))
]
