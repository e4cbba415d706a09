"""Kinds of designed reports printed by Chromium (h39-fixC; docs/phrasings.md §126): a board's
"Verv | Navn" table with no header beside another organ's ruled table under that organ's own
heading; headings set in small capitals (CSS ``font-variant: small-caps``) a little larger than the
body and of the same weight, in grid columns, notes, an auditor's report and a tinted box, and a
first-level heading that is a page's last line; a table's header cell broken with a hyphen in a
narrow column. Names, places and figures are invented."""
from probes.spec import H, P, Expect, Html, Probe, Side, board

BROWSER = ("browser",)


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h39fC-{case_id}", family, tuple(items), expect, formats=BROWSER, **kw)


# --- 1. a board's table beside another organ's table ---------------------------------------------

def role_table(rows, ruled: bool = True) -> Html:
    """Two columns, role then name, no header row: a designer's board list, ruled or not."""
    cells = "".join(f'<tr><td style="width: 28mm">{role}</td><td>{name}</td></tr>' for role, name in rows)
    ruling = ' class="ruled"' if ruled else ""
    return Html(f'<table{ruling} style="width: 100%; font-size: 8.5pt">{cells}</table>')


def ruled_table(header, rows) -> Html:
    """A ruled table with a bold header row, as wide as its column."""
    head = "".join(f"<td><b>{cell}</b></td>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return Html(f'<table class="ruled" style="width: 100%; font-size: 8.5pt"><tr>{head}</tr>{body}</table>')


_IKS_BOARD = (("Styreleder", "Gunvor Stensrud"), ("Nestleder", "Arvid Brekkhus"), ("Styremedlem", "Tordis Lien"),
              ("Styremedlem", "Halvor Skjervold"), ("Ansattvalgt", "Marit Kvernmo"), ("Varamedlem", "Eilif Nygjerdet"))
_IKS_EXPECT = board(("Gunvor Stensrud", "LEDE"), ("Arvid Brekkhus", "NEST"), ("Tordis Lien", "MEDL"),
                    ("Halvor Skjervold", "MEDL"), ("Marit Kvernmo", "MEDL", True), ("Eilif Nygjerdet", "VARA"))
_REPS = (("Tynset kommune", "Jostein Hagen (leder)", "Solveig Moen"),
         ("Alvdal kommune", "Kristian Bakken", "Randi Tronsmoen"),
         ("Folldal kommune", "Bjørg Sletten", "Ottar Enden"))
_INTRO = P("Selskapet er et interkommunalt selskap eid av tre kommuner i Nord-Østerdalen, og har ansvar for "
           "innsamling og behandling av avfall fra husholdninger og næringsliv i eierkommunene.")

PROBES = [
    # the board's unheadered role table in the left column, the representantskap's ruled table in the right
    _p("board-table-beside-representantskap-table", "board", (
        H("Selskapets organer", 2), _INTRO,
        Side((H("Styret", 3), role_table(_IKS_BOARD)),
             (H("Representantskapet", 3), ruled_table(("Kommune", "Medlem", "Varamedlem"), _REPS))),
        P("Styret har hatt åtte møter i 2023 og behandlet 54 saker."),
    ), Expect(board=_IKS_EXPECT), title="Årsrapport 2023 Fjellregionen Avfall IKS"),
    # nynorsk, the representantskap on the left, the board on the right
    _p("nn-representantskap-table-left-board-table-right", "board", (
        H("Organisering", 2),
        P("Selskapet er eit interkommunalt selskap eigd av tre kommunar og driv brannvern og feiing i regionen."),
        Side((H("Representantskapet", 3),
              ruled_table(("Kommune", "Medlem", "Varamedlem"),
                          (("Luster kommune", "Sindre Hauge (leiar)", "Oddny Nes"),
                           ("Sogndal kommune", "Arne Fimreite", "Kari Loftesnes"),
                           ("Årdal kommune", "Terje Offerdal", "Liv Fosse")))),
             (H("Styret", 3), role_table((("Styreleiar", "Magnhild Drægni"), ("Nestleiar", "Per Ivar Solvang"),
                                          ("Styremedlem", "Astrid Ølnes"), ("Varamedlem", "Øystein Hovland"))))),
    ), Expect(board=board(("Magnhild Drægni", "LEDE"), ("Per Ivar Solvang", "NEST"), ("Astrid Ølnes", "MEDL"),
                          ("Øystein Hovland", "VARA"))), lang="nn", title="Årsmelding 2023 Indre Sogn Brann IKS"),
    # the kontrollutvalg's table of roles beside the board's: role words, but another organ's heading
    _p("board-table-beside-kontrollutvalg-role-table", "board", (
        H("Styrende organer", 2), _INTRO,
        Side((H("Styret", 3), role_table(_IKS_BOARD)),
             (H("Kontrollutvalget", 3), ruled_table(("Verv", "Navn"), (("Leder", "Ragnhild Storli"),
                                                                        ("Nestleder", "Ingvar Trøan"),
                                                                        ("Medlem", "Berit Haugom"))))),
    ), Expect(board=_IKS_EXPECT), title="Årsrapport 2023 Fjellregionen Avfall IKS"),
]


# --- 2. headings in small capitals ----------------------------------------------------------------

# a designer's type: a 9.6 pt body, second-level headings in small capitals at 10.5 pt, not bolder
SMALL_CAPS_CSS = ("<style>body { font-size: 9.6pt } .sc { font-variant: small-caps; font-size: 10.5pt; "
                  "font-weight: normal; color: #2b3a42; margin: 11pt 0 3pt } "
                  ".tint { background: #e6eef0; padding: 8pt 10pt; margin: 8pt 0 }</style>")


def sc(text: str) -> Html:
    """A heading in small capitals (the browser scales capitals for the lower-case letters)."""
    return Html(f'<h4 class="sc">{text}</h4>')


def sc_names(*names: str) -> Html:
    """Names set in small capitals at the body's size, one a line: a signature's names."""
    return Html("".join(f'<p style="font-variant: small-caps; margin: 0">{name}</p>' for name in names))


_NOTE_TEXT = P("Driftsmidlene avskrives lineært over forventet levetid. Bygningen avskrives over 40 år, "
               "og maskiner og inventar over fem til ti år.")
PROBES += [
    # the kind-1 page with the organs' headings in small capitals: the representantskap is still not the board
    _p("smallcaps-organ-headings-board-beside-representantskap", "board", (
        Html(SMALL_CAPS_CSS), H("Selskapets organer", 2), _INTRO,
        Side((sc("Styret"), role_table(_IKS_BOARD)),
             (sc("Representantskapet"), ruled_table(("Kommune", "Medlem", "Varamedlem"), _REPS))),
        P("Styret har hatt åtte møter i 2023 og behandlet 54 saker."),
    ), Expect(board=_IKS_EXPECT, headings=("Styret", "Representantskapet")),
        title="Årsrapport 2023 Fjellregionen Avfall IKS"),
    # headings in grid columns, over text
    _p("smallcaps-headings-in-grid-columns", "headings", (
        Html(SMALL_CAPS_CSS), H("Året som gikk", 2),
        Side((sc("Arbeidsmiljø"), P("Sykefraværet var 5,8 prosent, mot 6,4 prosent året før. Det har ikke vært "
                                    "skader eller ulykker i løpet av året.")),
             (sc("Ytre miljø"), P("Bedriften forurenser ikke det ytre miljøet utover det som er vanlig for "
                                  "verksteder av denne typen."))),
        sc("Fortsatt drift"),
        P("Forutsetningen om fortsatt drift er til stede, og årsregnskapet er satt opp under den forutsetningen."),
    ), Expect(headings=("Arbeidsmiljø", "Ytre miljø", "Fortsatt drift")),
        title="Årsberetning 2023 Lierfoss Verksted AS"),
    # notes titled in small capitals, figures in the titles
    _p("smallcaps-note-titles", "headings", (
        Html(SMALL_CAPS_CSS), H("Noter til regnskapet", 2),
        sc("Note 3 Varige driftsmidler"), _NOTE_TEXT,
        sc("Note 4 Bankinnskudd"), P("Av bankinnskuddene er 318 400 kroner bundne skattetrekksmidler."),
        sc("Note 5 Aksjekapital og aksjonærer"), P("Aksjekapitalen består av 500 aksjer pålydende 1 000 kroner."),
    ), Expect(headings=("Note 3 Varige driftsmidler", "Note 4 Bankinnskudd", "Note 5 Aksjekapital og aksjonærer")),
        title="Årsregnskap 2023 Lierfoss Verksted AS"),
    # an auditor's report's parts; the auditor's name under it in small capitals is no heading
    _p("smallcaps-auditors-report-parts", "headings", (
        Html(SMALL_CAPS_CSS), H("Uavhengig revisors beretning", 2),
        sc("Konklusjon"),
        P("Vi har revidert årsregnskapet for Lierfoss Verksted AS. Etter vår mening er det medfølgende "
          "årsregnskapet avgitt i samsvar med lov og forskrifter."),
        sc("Grunnlag for konklusjonen"),
        P("Vi har gjennomført revisjonen i samsvar med de internasjonale revisjonsstandardene. Vi er uavhengige "
          "av selskapet slik det kreves i lov og forskrift."),
        sc("Øvrig informasjon"),
        P("Ledelsen er ansvarlig for øvrig informasjon. Øvrig informasjon omfatter årsberetningen."),
        P("Drammen, 12. april 2024"), sc_names("Sverre Holtefjell", "statsautorisert revisor"),
    ), Expect(headings=("Konklusjon", "Grunnlag for konklusjonen", "Øvrig informasjon"),
              absent_headings=("Sverre Holtefjell", "statsautorisert revisor")),
        title="Årsrapport 2023 Lierfoss Verksted AS"),
    # a tinted box of key figures as lines under its small-caps title
    _p("smallcaps-title-in-tinted-box-over-lines", "headings", (
        Html(SMALL_CAPS_CSS), H("Nøkkeltall", 2),
        Html('<div class="tint"><h4 class="sc">Året i tall</h4><p>Driftsinntektene var 24,8 millioner kroner, '
             'mot 22,5 millioner året før.</p><p>Årsresultatet ble 1,2 millioner kroner.</p>'
             '<p>Ved utgangen av året hadde selskapet 38 ansatte.</p></div>'),
        P("Tallene for konsernet står i note 12."),
    ), Expect(headings=("Året i tall",)), title="Årsrapport 2023 Lierfoss Verksted AS"),
    # a tinted box of key figures under its small-caps title, a table header in small capitals in it
    _p("smallcaps-title-in-tinted-box", "headings", (
        Html(SMALL_CAPS_CSS), H("Nøkkeltall", 2),
        Html('<div class="tint"><h4 class="sc">Året i tall</h4><table style="width: 100%">'
             '<tr style="font-variant: small-caps; font-size: 10.5pt"><td>Nøkkeltall</td><td class="num">2023</td>'
             '<td class="num">2022</td></tr><tr><td>Driftsinntekter</td><td class="num">24 815</td>'
             '<td class="num">22 460</td></tr><tr><td>Årsresultat</td><td class="num">1 204</td>'
             '<td class="num">987</td></tr><tr><td>Antall ansatte</td><td class="num">38</td>'
             '<td class="num">35</td></tr></table></div>'),
        P("Tallene er oppgitt i hele tusen kroner der ikke annet er sagt."),
    ), Expect(headings=("Året i tall",), absent_headings=("Nøkkeltall 2023 2022",)),
        title="Årsrapport 2023 Lierfoss Verksted AS"),
    # a first-level heading in small capitals on a page's last line, its text on the next page
    _p("smallcaps-heading-on-a-pages-last-line", "headings", (
        H("Årsberetning", 2), P("Selskapet driver utleie av lokaler til næringsdrift i Lier og Drammen."),
        Html('<div style="height: 200mm"></div>'),
        Html('<h2 style="font-variant: small-caps; font-weight: normal">Styrets redegjørelse</h2>'),
        Html('<div style="break-before: page"></div>'),
        P("Styret har i 2023 hatt sju møter og behandlet 41 saker. Arbeidet har særlig handlet om nye leieavtaler."),
    ), Expect(headings=("Styrets redegjørelse",)), title="Årsrapport 2023 Lierfoss Eiendom AS"),
]


# --- 3. a table's header cell broken with a hyphen -------------------------------------------------

def narrow_table(header, rows, width: str = "16mm", ruled: bool | None = True) -> Html:
    """A designer's table of narrow figure columns, the header's cells wrapping in them: ruled,
    with a rule under each row (False), or with no rules at all (None)."""
    head = "".join(f'<td style="font-weight: bold; vertical-align: bottom">{cell}</td>' if k == 0 else
                   f'<td class="num" style="width: {width}; font-weight: bold; vertical-align: bottom">{cell}</td>'
                   for k, cell in enumerate(header))
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" if k == 0 else f'<td class="num">{c}</td>'
                                    for k, c in enumerate(row)) + "</tr>" for row in rows)
    style = {True: ' class="ruled"', False: ' class="hairlines"', None: ""}[ruled]
    return Html(f'<table{style} style="width: 70%"><tr>{head}</tr>{body}</table>')


_GROUP_ROWS = (("Driftsinntekter", "48 210", "31 604"), ("Driftskostnader", "45 870", "30 115"),
               ("Driftsresultat", "2 340", "1 489"))
PROBES += [
    # a soft hyphen breaks the group's name in its narrow column: one word again, the row read whole
    _p("header-cell-soft-hyphen-in-narrow-column", "statements", (
        H("Hovedtall", 2), P("Alle tall i hele tusen kroner."),
        narrow_table(("Beløp i 1000 kr", "Lyngheim&shy;konsernet", "Morselskapet"), _GROUP_ROWS),
    ), Expect(table_rows=(("Beløp i 1000 kr", "Lyngheimkonsernet", "Morselskapet"), _GROUP_ROWS[0])),
        title="Årsrapport 2023 Lyngheim Holding AS"),
    # a compound broken before "og" keeps its hyphen; so does one before a capital (a place's name)
    _p("header-cells-hyphen-before-og-and-capital", "staff", (
        H("Ansatte", 2), P("Tabellen viser årsverk fordelt på avdelinger ved utgangen av året."),
        narrow_table(("Årsverk", "Drifts-<br>og vedlikehold", "Nord-<br>Fron", "Adminis&shy;trasjon"),
                     (("2023", "14,5", "6,0", "4,2"), ("2022", "13,0", "5,5", "4,0")), width="20mm"),
    ), Expect(table_rows=(("Årsverk", "Drifts- og vedlikehold", "Nord-Fron", "Administrasjon"),
                          ("2023", "14,5", "6,0", "4,2"))),
        title="Årsrapport 2023 Gudbrandsdal Vekst AS"),
    # the same kind ruled under each row, and with no rules at all (read by its text's alignment, which
    # split the header into a row of the broken halves and a row of the rest)
    _p("header-cell-soft-hyphen-over-a-header-rule", "statements", (
        H("Hovedtall", 2), P("Alle tall i hele tusen kroner."),
        narrow_table(("Beløp i 1000 kr", "Lyngheim&shy;konsernet", "Morselskapet"), _GROUP_ROWS, ruled=False),
    ), Expect(table_rows=(("Beløp i 1000 kr", "Lyngheimkonsernet", "Morselskapet"), _GROUP_ROWS[0])),
        title="Årsrapport 2023 Lyngheim Holding AS"),
    _p("header-cell-broken-in-an-unruled-table", "statements", (
        H("Hovedtall", 2), P("Alle tall i hele tusen kroner."),
        narrow_table(("Beløp i 1000 kr", "Lyngheim-<br>konsernet", "Morselskapet"), _GROUP_ROWS, ruled=None),
        P("Konsernet består av morselskapet og to heleide datterselskaper."),
    ), Expect(table_rows=(("Beløp i 1000 kr", "Lyngheimkonsernet", "Morselskapet"), _GROUP_ROWS[0])),
        title="Årsrapport 2023 Lyngheim Holding AS"),
]
