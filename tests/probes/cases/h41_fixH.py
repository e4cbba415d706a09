"""Forty-first-round cases (h41-fixH, docs/phrasings.md §135): the board's lines. A header line
"Verv⇥Navn" over default-tab lines; the last name of a list after roles in brackets; the board's
composition sentence in nynorsk and its "har vært sammensatt av"; a bracket after each of two names
joined by "og"; a first name with its surname wrapped to the next line, or surname first; personal
deputies "for A: B" under the signatures. Organisations, people and figures are invented; places are
real."""
from probes.spec import H, P, Box, Expect, Header, Html, Probe, Sign, T, board

WORD = ("docx", "pdf")
BROWSER = ("browser",)

# --- 1. a header line over board lines set with Word's default tabs (no table, no tab stops) --------
_TABBED = board(("Sigrun Halvorsen", "LEDE"), ("Anders Myrvold", "NEST"), ("Turid Eikeland", "MEDL"),
                ("Bernt Skaugen", "MEDL"), ("Lise Gravdal", "VARA"))
_TAB_LINES = ("Styreleder\t\tSigrun Halvorsen", "Nestleder\t\tAnders Myrvold", "Styremedlem\t\tTurid Eikeland",
              "Styremedlem\t\tBernt Skaugen", "Varamedlem\t\tLise Gravdal")


def _tabbed(header: str, lines=_TAB_LINES, one_paragraph: bool = False) -> tuple:
    """The header and the lines as paragraphs of their own, or (``one_paragraph``) one paragraph of
    lines broken by Shift+Enter."""
    if one_paragraph:
        return (P("\n".join((header, *lines))),)
    return (P(header), *(P(line) for line in lines))


PROBES = [
    Probe("h41fH-default-tabs-verv-navn-header", "board", (
        H("Styrets sammensetning", 2), *_tabbed("Verv\t\tNavn")),
          Expect(board=_TABBED, sure_board=("Sigrun Halvorsen",), chair="Sigrun Halvorsen"),
          formats=WORD, title="Årsberetning 2023 Halvorsen Transport AS"),
    Probe("h41fH-default-tabs-verv-navn-header-one-tab", "board", (
        H("Styret", 2), P("Styret har hatt følgende sammensetning i 2023:"), *_tabbed("Verv\tNavn")),
          Expect(board=_TABBED, chair="Sigrun Halvorsen"),
          formats=WORD, title="Årsberetning 2023 Halvorsen Transport AS"),
    Probe("h41fH-default-tabs-funksjon-navn-line-breaks", "board", (
        H("Styret", 2), *_tabbed("Funksjon\tNavn", one_paragraph=True)),
          Expect(board=_TABBED, chair="Sigrun Halvorsen"),
          formats=WORD, title="Årsberetning 2023 Halvorsen Transport AS"),
    Probe("h41fH-nn-default-tabs-rolle-namn-header", "board", (
        H("Styret", 2), *_tabbed("Rolle\t\tNamn", ("Styreleiar\t\tSigrun Halvorsen", "Nestleiar\t\tAnders Myrvold",
                                                   "Styremedlem\t\tTurid Eikeland", "Styremedlem\t\tBernt Skaugen",
                                                   "Varamedlem\t\tLise Gravdal"))),
          Expect(board=_TABBED, chair="Sigrun Halvorsen"),
          lang="nn", formats=WORD, title="Årsmelding 2023 Halvorsen Transport AS"),
    # the same lines with spaces, as a scan's or a web page's text gives them
    Probe("h41fH-verv-navn-header-spaces", "board", (
        H("Styret", 2), P("Verv          Navn"), P("Styreleder    Sigrun Halvorsen"), P("Nestleder     Anders Myrvold"),
        P("Styremedlem   Turid Eikeland"), P("Styremedlem   Bernt Skaugen"), P("Varamedlem    Lise Gravdal")),
          Expect(board=_TABBED, chair="Sigrun Halvorsen"),
          formats=WORD, title="Årsberetning 2023 Halvorsen Transport AS"),
]

# --- 2. the last name of a list after names with their roles in brackets ---------------------------
PROBES += [
    Probe("h41fH-list-last-name-after-og-bracket-roles", "board", (
        H("Styrets beretning", 2),
        P("Selskapet driver med utleie av maskiner i Gudbrandsdalen. Ved årets slutt besto styret av Håkon Brattli "
          "(leder), Ingrid Skjævesland og Vidar Nyhus. Styret har hatt sju møter.")),
          Expect(board=board(("Håkon Brattli", "LEDE"), ("Ingrid Skjævesland", "MEDL"), ("Vidar Nyhus", "MEDL"))),
          formats=WORD, title="Årsberetning 2023 Brattli Maskin AS"),
    Probe("h41fH-nn-list-last-two-after-bracket-roles", "board", (
        H("Styret si melding", 2),
        P("Ved utgangen av året bestod styret av Håkon Brattli (styreleiar), Ingrid Skjævesland (nestleiar), Vidar Nyhus "
          "og Astrid Løkken. Styret har halde åtte møte.")),
          Expect(board=board(("Håkon Brattli", "LEDE"), ("Ingrid Skjævesland", "NEST"), ("Vidar Nyhus", "MEDL"),
                             ("Astrid Løkken", "MEDL"))),
          lang="nn", formats=WORD, title="Årsmelding 2023 Brattli Maskin AS"),
    Probe("h41fH-list-last-name-after-og-two-bracket-roles", "board", (
        H("Styrets beretning", 2),
        P("Styret besto ved årets slutt av Håkon Brattli (leder), Ingrid Skjævesland (nestleder) og Vidar Nyhus. "
          "Selskapet har ingen ansatte.")),
          Expect(board=board(("Håkon Brattli", "LEDE"), ("Ingrid Skjævesland", "NEST"), ("Vidar Nyhus", "MEDL")),
                 sure_board=("Håkon Brattli", "Ingrid Skjævesland")),
          formats=WORD, title="Årsberetning 2023 Brattli Maskin AS"),
    Probe("h41fH-list-styret-bestar-av-bracket-then-og", "board", (
        H("Styret", 2),
        P("Styret består av Håkon Brattli (styreleder), Ingrid Skjævesland, Vidar Nyhus og Astrid Løkken (ansattvalgt).")),
          Expect(board=board(("Håkon Brattli", "LEDE"), ("Ingrid Skjævesland", "MEDL"), ("Vidar Nyhus", "MEDL"),
                             ("Astrid Løkken", "MEDL", True))),
          formats=WORD, title="Årsberetning 2023 Brattli Maskin AS"),
    Probe("h41fH-list-last-name-after-bracket-roles-with-deputy", "board", (
        H("Styrets beretning", 2),
        P("Styret har i 2023 bestått av Håkon Brattli (styreleder), Ingrid Skjævesland (nestleder), Vidar Nyhus og "
          "Astrid Løkken. Varamedlem har vært Jorunn Tveter.")),
          Expect(board=board(("Håkon Brattli", "LEDE"), ("Ingrid Skjævesland", "NEST"), ("Vidar Nyhus", "MEDL"),
                             ("Astrid Løkken", "MEDL"), ("Jorunn Tveter", "VARA"))),
          formats=WORD, title="Årsberetning 2023 Brattli Maskin AS"),
]

# --- 3. the composition sentence "Styret har vore samansett av" and its kin: sure -------------------
_NN3 = board(("Ragnhild Vassenden", "LEDE"), ("Einar Bjørkås", "NEST"), ("Solveig Myrstad", "MEDL"),
             ("Kjetil Aarflot", "MEDL"))
_ALL3 = ("Ragnhild Vassenden", "Einar Bjørkås", "Solveig Myrstad", "Kjetil Aarflot")
PROBES += [
    Probe("h41fH-nn-styret-har-vore-samansett-av", "board", (
        H("Årsmelding", 2), P("Laget har 146 medlemer og driv skulefritidsordning og leikebibliotek i bygda."),
        P("Styret har vore samansett av Ragnhild Vassenden (styreleiar), Einar Bjørkås (nestleiar), Solveig Myrstad og "
          "Kjetil Aarflot.")),
          Expect(board=_NN3, sure_board=_ALL3), lang="nn", formats=WORD, title="Årsmelding 2023 Vatne Sogelag"),
    Probe("h41fH-nn-styret-har-i-aar-vore-samansett-slik", "board", (
        H("Årsmelding", 2), P("Styret har i 2023 vore samansett slik:"),
        P("Ragnhild Vassenden, styreleiar"), P("Einar Bjørkås, nestleiar"), P("Solveig Myrstad, styremedlem"),
        P("Kjetil Aarflot, styremedlem")),
          Expect(board=_NN3, sure_board=_ALL3), lang="nn", formats=WORD, title="Årsmelding 2023 Vatne Sogelag"),
    Probe("h41fH-nn-samansett-slik-names-in-prose", "board", (
        H("Årsmelding", 2),
        P("Styret har i 2023 vore samansett slik: styreleiar Ragnhild Vassenden, nestleiar Einar Bjørkås og styremedlemene "
          "Solveig Myrstad og Kjetil Aarflot.")),
          Expect(board=_NN3, sure_board=_ALL3), lang="nn", formats=WORD, title="Årsmelding 2023 Vatne Sogelag"),
    Probe("h41fH-styret-har-vaert-sammensatt-av", "board", (
        H("Årsberetning", 2), P("Foreningen har 146 medlemmer og driver leksehjelp og et lekebibliotek."),
        P("Styret har vært sammensatt av Ragnhild Vassenden (styreleder), Einar Bjørkås (nestleder), Solveig Myrstad og "
          "Kjetil Aarflot.")),
          Expect(board=_NN3, sure_board=_ALL3), formats=WORD, title="Årsberetning 2023 Vatne Historielag"),
]

# --- 4. a bracket after each of two names joined by "og": each the name's before it -----------------
PROBES += [
    Probe("h41fH-eiervalgt-og-ansattvalgt-in-one-cell", "board", (
        H("Styret", 2),
        T((("Styreleder", "Petra Kolstad"), ("Nestleder", "Gunnar Ølstøren"),
           ("Styremedlemmer", "Mona Rismyhr (eiervalgt) og Stian Bergsli (ansattvalgt)")), bold_header=False)),
          Expect(board=board(("Petra Kolstad", "LEDE"), ("Gunnar Ølstøren", "NEST"), ("Mona Rismyhr", "MEDL"),
                             ("Stian Bergsli", "MEDL", True))),
          formats=WORD, title="Årsrapport 2023 Kolstad Vekst AS"),
    Probe("h41fH-eiervalgt-og-ansattvalgt-in-one-line", "board", (
        H("Styret", 2), P("Styreleder: Petra Kolstad"), P("Nestleder: Gunnar Ølstøren"),
        P("Styremedlemmer: Mona Rismyhr (eiervalgt) og Stian Bergsli (ansattvalgt)")),
          Expect(board=board(("Petra Kolstad", "LEDE"), ("Gunnar Ølstøren", "NEST"), ("Mona Rismyhr", "MEDL"),
                             ("Stian Bergsli", "MEDL", True))),
          formats=WORD, title="Årsrapport 2023 Kolstad Vekst AS"),
    Probe("h41fH-ansattvalgt-first-eiervalgt-second-in-one-line", "board", (
        H("Styret", 2), P("Styreleder: Petra Kolstad"),
        P("Styremedlemmer: Stian Bergsli (ansattvalgt) og Mona Rismyhr (eiervalgt)")),
          Expect(board=board(("Petra Kolstad", "LEDE"), ("Mona Rismyhr", "MEDL"), ("Stian Bergsli", "MEDL", True))),
          formats=WORD, title="Årsrapport 2023 Kolstad Vekst AS"),
    Probe("h41fH-ansattvalgt-og-eiervalgt-in-one-cell", "board", (
        H("Styret", 2),
        T((("Styreleder", "Petra Kolstad"), ("Styremedlemmer", "Stian Bergsli (ansattvalgt) og Mona Rismyhr (eiervalgt)")),
          bold_header=False)),
          Expect(board=board(("Petra Kolstad", "LEDE"), ("Mona Rismyhr", "MEDL"), ("Stian Bergsli", "MEDL", True))),
          formats=WORD, title="Årsrapport 2023 Kolstad Vekst AS"),
    # in prose, both orders
    *(Probe(f"h41fH-nn-{a[0]}-og-{b[0]}-in-prose", "board", (
        H("Styret", 2),
        P("Styret har vore samansett av styreleiar Petra Kolstad, nestleiar Gunnar Ølstøren og styremedlemene "
          f"{a[1]} ({a[0]}) og {b[1]} ({b[0]}).")),
           Expect(board=board(("Petra Kolstad", "LEDE"), ("Gunnar Ølstøren", "NEST"), ("Mona Rismyhr", "MEDL"),
                              ("Stian Bergsli", "MEDL", True))),
           lang="nn", formats=WORD, title="Årsmelding 2023 Kolstad Vekst AS")
      for a, b in ((("tilsettvald", "Stian Bergsli"), ("eigarvald", "Mona Rismyhr")),
                   (("eigarvald", "Mona Rismyhr"), ("tilsettvald", "Stian Bergsli")))),
]


# --- 5. a first name with its surname wrapped to the next line; a surname first ---------------------
def _narrow(lines, width_mm: int = 38) -> Html:
    """A designer's narrow column headed "Styret": one paragraph a line, each wrapped in the column."""
    body = "".join(f'<p style="margin: 0 0 1.5mm 0">{line}</p>' for line in lines)
    return Html(f'<div style="width: {width_mm}mm; background: #f1efe8; padding: 3mm; font-size: 9pt">'
                f'<div style="font-weight: bold; font-size: 10.5pt; margin-bottom: 2mm">Styret</div>{body}</div>')


_WRAP5 = board(("Oddvar Kleiven", "LEDE"), ("Marte Sandnes", "NEST"), ("Ivar Haugsvær Lie", "MEDL"),
               ("Gro Bekkevold", "MEDL"))
_INTRO5 = (H("Årsberetning", 2), P("Borettslaget har 62 leiligheter i tre blokker."))


def _coop(pid: str, item, formats=BROWSER) -> Probe:
    """A housing co-operative's board in ``item`` under a line of text."""
    return Probe(pid, "board", (*_INTRO5, item), Expect(board=_WRAP5), formats=formats,
                 title="Årsberetning 2023 Kleiven Borettslag")


PROBES += [
    # "Styremedlem: Ivar" / "Haugsvær Lie": the surnames wrapped under the given name
    _coop("h41fH-label-first-name-surnames-wrapped",
          _narrow(("Styreleder: Oddvar Kleiven", "Nestleder: Marte Sandnes", "Styremedlem: Ivar Haugsvær Lie",
                   "Styremedlem: Gro Bekkevold"), width_mm=36)),
    _coop("h41fH-label-first-name-surnames-on-own-line",
          _narrow(("Styreleder: Oddvar Kleiven", "Nestleder: Marte Sandnes", "Styremedlem: Ivar<br>Haugsvær Lie",
                   "Styremedlem: Gro Bekkevold"), width_mm=60)),
    _coop("h41fH-label-first-name-surnames-and-address-on-own-line",
          _narrow(("Styreleder: Oddvar Kleiven, Furulia 4 B", "Nestleder: Marte Sandnes, Furulia 9 A",
                   "Styremedlem: Ivar<br>Haugsvær Lie, Furulia 18 A", "Styremedlem: Gro Bekkevold, Furulia 2 C"),
                  width_mm=70)),
    # the line broken by hand where a PDF of a narrow frame wraps it (the PDF's lines are the kind)
    _coop("h41fH-label-first-name-surnames-and-flat-on-own-line-word",
          P("Styreleder: Oddvar Kleiven, leil. 4\nNestleder: Marte Sandnes, leil. 9\nStyremedlem: Ivar\n"
            "Haugsvær Lie, leil. 18\nStyremedlem: Gro Bekkevold, leil. 2"), formats=("pdf",)),
    # a Word text box too narrow for the longest line, which LibreOffice wraps after the given name
    _coop("h41fH-label-first-name-surnames-wrapped-text-box",
          Box(("Styret", "Styreleder: Oddvar Kleiven", "Nestleder: Marte Sandnes", "Styremedlem: Ivar Haugsvær Lie",
               "Styremedlem: Gro Bekkevold"), width=118, height=230, left=0, wrap=True), formats=WORD),
    # "Haugsvær Lie, Ivar": the surnames first, in a narrow box
    _coop("h41fH-surname-first-in-narrow-box",
          _narrow(("Styreleder: Kleiven, Oddvar", "Nestleder: Sandnes, Marte", "Styremedlem: Haugsvær Lie, Ivar",
                   "Styremedlem: Bekkevold, Gro"), width_mm=50)),
    Probe("h41fH-surname-first-label-lines", "board", (
        H("Styret", 2), P("Styreleder: Kleiven, Oddvar"), P("Nestleder: Sandnes, Marte"),
        P("Styremedlem: Haugsvær Lie, Ivar"), P("Styremedlem: Bekkevold, Gro")),
          Expect(board=_WRAP5), formats=WORD, title="Årsberetning 2023 Kleiven Borettslag"),
    _coop("h41fH-surname-first-role-then-name-box",
          _narrow(("Styreleder<br>Kleiven, Oddvar", "Nestleder<br>Sandnes, Marte", "Styremedlem<br>Haugsvær Lie, Ivar",
                   "Styremedlem<br>Bekkevold, Gro"), width_mm=34)),
]

# --- 6. personal deputies "for A: B" under the signatures -------------------------------------------
_SIGNERS = (("Halldis Rønning", "Styreleder"), ("Petter Vangsnes", "Nestleder"), ("Ellen Tofte", "Styremedlem"),
            ("Øystein Haraldsen", "Styremedlem"), ("Nina Aasland", "Styremedlem"))
_DEPUTIES6 = (("Halldis Rønning", "Kristoffer Lyngmo"), ("Petter Vangsnes", "Mari Engebretsen"),
              ("Ellen Tofte", "Sander Furu"), ("Øystein Haraldsen", "Oda Kvåle"), ("Nina Aasland", "Trygve Bakken"))
_BOARD6 = board(("Halldis Rønning", "LEDE"), ("Petter Vangsnes", "NEST"), ("Ellen Tofte", "MEDL"),
                ("Øystein Haraldsen", "MEDL"), ("Nina Aasland", "MEDL"),
                *((b, "VARA") for _, b in _DEPUTIES6))
_INTRO6 = (H("Styrets beretning", 2), P("Driften i 2023 var tilfredsstillende, og selskapet fikk et lite overskudd."),
           P("Styret mener at årsregnskapet gir et rettvisende bilde av selskapets eiendeler og resultat."))
_FILL = tuple(P(f"Avsnitt {i}: selskapet har i året arbeidet videre med planene for nye lokaler og med å styrke "
                "samarbeidet med kommunen og næringslivet i regionen, og vil fortsette med dette i det kommende "
                "året.") for i in range(1, 8))
PROBES += [
    Probe("h41fH-personal-deputies-for-lines-under-signatures", "board", (
        *_INTRO6, Sign(_SIGNERS, place_date="Lillehammer, 12. mars 2024", per_row=3),
        P("Personlige varamedlemmer:"), *(P(f"for {a}: {b}") for a, b in _DEPUTIES6)),
          Expect(board=_BOARD6), formats=WORD, title="Årsberetning 2023 Rønning Bygg AS"),
    # the deputies' lines over the page's foot, the date line after them
    Probe("h41fH-personal-deputies-at-page-foot-date-after", "board", (
        *_INTRO6, *_FILL, Sign(_SIGNERS, per_row=3),
        P("Personlige varamedlemmer:"), *(P(f"for {a}: {b}") for a, b in _DEPUTIES6),
        P("Lillehammer, 12. mars 2024")),
          Expect(board=_BOARD6), formats=WORD, title="Årsberetning 2023 Rønning Bygg AS"),
    Probe("h41fH-personal-deputies-after-the-date-line-at-page-foot", "board", (
        *_INTRO6, *_FILL, Sign(_SIGNERS, per_row=3, place_date="Lillehammer, 12. mars 2024"),
        P("Personlige varamedlemmer:"), *(P(f"for {a}: {b}") for a, b in _DEPUTIES6)),
          Expect(board=_BOARD6), formats=WORD, title="Årsberetning 2023 Rønning Bygg AS"),
    Probe("h41fH-personal-deputies-tab-lines-date-after", "board", (
        *_INTRO6, Sign(_SIGNERS, per_row=3),
        P("Personlige varamedlemmer:"), *(P(f"for {a}:\t{b}", tabs=(200,), left_tabs=True) for a, b in _DEPUTIES6),
        P("Lillehammer, 12. mars 2024")),
          Expect(board=_BOARD6), formats=WORD, title="Årsberetning 2023 Rønning Bygg AS"),
    Probe("h41fH-personal-deputies-for-lines-one-paragraph", "board", (
        *_INTRO6, Sign(_SIGNERS, place_date="Lillehammer, 12. mars 2024", per_row=3),
        P("Personlige varamedlemmer:\n" + "\n".join(f"for {a}: {b}" for a, b in _DEPUTIES6))),
          Expect(board=_BOARD6), formats=WORD, title="Årsberetning 2023 Rønning Bygg AS"),
]

# the lines run over a page break, the date line and a sign-off under them: the lines on the next page
# are a table of their own (tab-set) or run into the date and the sign-off (plain)
_FILL9 = tuple(P(f"Avsnitt {i}: selskapet har i året arbeidet videre med planene for nye lokaler og med å styrke "
                 "samarbeidet med kommunen og næringslivet i regionen.") for i in range(9))
PROBES += [
    Probe(f"h41fH-personal-deputies-over-a-page-break-{kind}", "board", (
        Header("Side 2", footer=True), *_INTRO6, *_FILL9, Sign(_SIGNERS, per_row=3), P("Personlige varamedlemmer:"),
        *(P(f"for {a}:\t{b}", tabs=(200,), left_tabs=True) if kind == "tab-lines" else P(f"for {a}: {b}")
          for a, b in _DEPUTIES6),
        P("Lillehammer, 12. mars 2024"), P("Styret i Rønning Bygg AS")),
          Expect(board=_BOARD6), formats=("pdf",), title="Årsberetning 2023 Rønning Bygg AS")
    for kind in ("tab-lines", "plain-lines")
]
