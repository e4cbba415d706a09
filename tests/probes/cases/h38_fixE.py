"""Kinds from blind held-out sets of stop 38 (h38-fixE, docs/phrasings.md §121), written here with
other names, places and words: a board as "Label: Name" lines in a Writer text frame (nynorsk
labels, a long label wrapping its name onto the next line, two deputies joined by "og" at a line's
end), owners listed one per line under "Eigarar:" in a facts frame; the founding year in a cover's
tagline ("Arbeid og opplæring sidan 1987") and in a facts box beside an owning foundation's own
founding told in prose.
Names are invented; places are real place names."""
from probes.spec import H, P, T, Box, Expect, Html, Probe, board

PDF = ("pdf",)
WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h38fE-{case_id}", family, tuple(items), expect, **kw)


_BODY = P("Bedrifta har i 2022 hatt god tilgang på oppdrag innan montering og vedlikehald, og talet på "
          "deltakarar i tiltaka har vore stabilt gjennom heile året.")
# the frame probes' board: chair, deputy chair, a member, the employees' member and two deputies
_FRAME_BOARD = (("Ingebjørg Solheim", "LEDE"), ("Torstein Vikane", "NEST"), ("Brit Aasheim", "MEDL"),
                ("Margit Lundervold", "MEDL", True), ("Oddvar Haugland", "VARA"), ("Sigrun Fetveit", "VARA"))

_LINES = ("Leiar: Ingebjørg Solheim", "Nestleiar: Torstein Vikane", "Styremedlem: Brit Aasheim",
          "Tilsette sin representant: Margit Lundervold")  # its first four, as the frame's lines
_MEETINGS = P("Styret har hatt seks møte i 2022 og handsama 38 saker.")


def _tabbed(lines: tuple[str, ...]) -> tuple[str, ...]:
    """ "Label:⇥Name": a tab after each label (the box's tab stop sets the names at one edge)."""
    return tuple(line.replace(": ", ":\t", 1) for line in lines)


def _sidebar_page(board_people, managers, board_title, managers_title) -> str:
    """A designer's page: a narrow sidebar of names in bold over their roles in small type, the board
    under one title and the management under another, beside the report's text."""
    def people(rows):
        return "".join(f'<p style="margin: 0 0 8pt 0"><b>{name}</b><br/><small>{role}</small></p>' for name, role in rows)

    return ('<div style="display: grid; grid-template-columns: 1fr 2.6fr; gap: 18pt"><div>'
            f'<h4>{board_title}</h4>{people(board_people)}<h4>{managers_title}</h4>{people(managers)}</div>'
            '<div><h3>Årsberetning</h3><p>Bedriften gir arbeid og opplæring til personer som står utenfor '
            'arbeidslivet, og hadde i året 64 deltakere i ulike tiltak. Produksjonen innen emballasje og '
            'vaskeri gikk godt, og omsetningen økte noe fra året før.</p><p>Sykefraværet var lavere enn året '
            'før, og arbeidsmiljøet beskrives som godt.</p></div></div>')


PROBES = [
    # 1. a board in a text frame, "Label: Name" lines, the employees' label long enough to wrap its name
    _p("frame-label-lines-nn", "board", (
        H("Årsmelding 2022", 1),
        _BODY,
        Box(("Styret", *_LINES, "Varamedlemer: Oddvar Haugland og",
             "Sigrun Fetveit"), width=170, height=200),
        _MEETINGS,
    ), Expect(board=board(*_FRAME_BOARD)),
        lang="nn", formats=("pdf", "tight"), title=None),
    # the same frame without its heading, in a facts frame with the manager and the auditor under it
    _p("facts-frame-label-lines-nn", "board", (
        H("Årsmelding 2022", 1),
        _BODY,
        Box((*_LINES, "Varamedlemer: Oddvar Haugland og",
             "Sigrun Fetveit", "Dagleg leiar: Kjell Rørvik", "Revisor: Sunnfjord Revisjon AS"), width=170, height=230),
        P("\n" * 16),
        _MEETINGS,
    ), Expect(board=board(*_FRAME_BOARD), ceo="Kjell Rørvik"),
        lang="nn", formats=("pdf", "tight"), title=None),
    # the same lines with a tab stop after the labels, the frame alone beside no text: a long label's name
    # wraps under the names' edge
    _p("frame-tab-lines-nn", "board", (
        H("Årsmelding 2022", 1),
        _BODY,
        Box((*_tabbed(_LINES), "Varamedlemer:\tOddvar Haugland og Sigrun Fetveit",
             "Observatør:\tKåre Nygard", "Dagleg leiar:\tKjell Rørvik"), width=230, height=190, left=0, tabs=(75,)),
        P("\n" * 12),
        _MEETINGS,
    ), Expect(board=board(*_FRAME_BOARD, ("Kåre Nygard", "OBS")), ceo="Kjell Rørvik"),
        lang="nn", formats=("pdf", "tight"), title=None),
    # ... the wrapped name on the frame's last line, under a table of the labels and names
    _p("frame-tab-lines-last-wraps-nn", "board", (
        H("Årsmelding 2022", 1),
        _BODY,
        Box(_tabbed(_LINES), width=230, height=110, left=0, tabs=(75,)),
        P("\n" * 8),
        _MEETINGS,
    ), Expect(board=board(*_FRAME_BOARD[:4])),
        lang="nn", formats=("pdf", "tight"), title=None),
    # owners one per line under "Eigarar:" in a facts frame
    _p("frame-owner-lines-nn", "organisation", (
        H("Årsmelding 2022 for Vikane Arbeid AS", 1),
        _BODY,
        Box(("Fakta om bedrifta", "Vikane Arbeid AS", "Org.nr. 987 654 321", "Eigarar:", "Stryn kommune 55 %",
             "Hornindal kommune 30 %", "Eid Industrilag 15 %"), width=170, height=200),
        _MEETINGS,
    ), Expect(owners=frozenset({("Stryn kommune", 55.0), ("Hornindal kommune", 30.0), ("Eid Industrilag", 15.0)})),
        lang="nn", formats=WORD, title=None),
    # 2. deputies in an unruled label | names table, their names wrapping over two or three lines
    _p("unruled-label-names-deputies-wrap", "board", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        T((("Styreleder", "Henrik Alstad Myrvold"), ("Nestleder", "Synnøve Kristiansen Brekke"),
           ("Styremedlemmer", "Gunnar Tobiassen, Astrid Marie Helgesen og Leif Harald Sundbakken"),
           ("Varamedlemmer", "Torunn Elisabeth Skjelbred, Per Kristian Haugerud, Mari Fossheim Aaberge og "
                             "Jon Olav Rustadbakken")), ruled=False, bold_header=False),
        P("Styret har hatt sju møter og behandlet 41 saker i 2023."),
    ), Expect(board=board(("Henrik Alstad Myrvold", "LEDE"), ("Synnøve Kristiansen Brekke", "NEST"),
                          ("Gunnar Tobiassen", "MEDL"), ("Astrid Marie Helgesen", "MEDL"), ("Leif Harald Sundbakken", "MEDL"),
                          ("Torunn Elisabeth Skjelbred", "VARA"), ("Per Kristian Haugerud", "VARA"),
                          ("Mari Fossheim Aaberge", "VARA"), ("Jon Olav Rustadbakken", "VARA"))),
        formats=WORD, title="Årsrapport 2023 Myrvold Vekst AS"),
    _p("unruled-label-names-deputies-wrap-nn", "board", (
        H("Styret", 2),
        T((("Styreleiar", "Ragnhild Sætre"), ("Styremedlemer", "Eirik Nesheim, Gudrun Vassbotn og Arvid Løkkeberg"),
           ("Varamedlemer", "Kristine Hovland Tufteland, Olav Sigurd Mjelde og Ingvild Bakketun")), ruled=False,
          bold_header=False),
        P("Styret har hatt seks møte i 2022."),
    ), Expect(board=board(("Ragnhild Sætre", "LEDE"), ("Eirik Nesheim", "MEDL"), ("Gudrun Vassbotn", "MEDL"),
                          ("Arvid Løkkeberg", "MEDL"), ("Kristine Hovland Tufteland", "VARA"), ("Olav Sigurd Mjelde", "VARA"),
                          ("Ingvild Bakketun", "VARA"))),
        lang="nn", formats=WORD, title="Årsmelding 2022 Sætre Arbeid AS"),
    # ... the label set level with the middle of the deputies' names, which wrap: half a line under their first line
    _p("unruled-label-names-deputies-centred-last", "board", (
        H("Styret", 2),
        T((("Styreleder", "Henrik Myrvold"), ("Nestleder", "Synnøve Brekke"), ("Styremedlem", "Gunnar Tobiassen"),
           ("Styremedlem", "Astrid Helgesen"),
           ("Varamedlemmer", "Torunn Elisabeth Skjelbred, Per Kristian Haugerud og Mari Fossheim Aaberge")),
          ruled=False, bold_header=False, centred=True),
        P("Styret har hatt sju møter og behandlet 41 saker i 2023."),
    ), Expect(board=board(("Henrik Myrvold", "LEDE"), ("Synnøve Brekke", "NEST"), ("Gunnar Tobiassen", "MEDL"),
                          ("Astrid Helgesen", "MEDL"), ("Torunn Elisabeth Skjelbred", "VARA"),
                          ("Per Kristian Haugerud", "VARA"), ("Mari Fossheim Aaberge", "VARA"))),
        formats=WORD, title="Årsrapport 2023 Myrvold Vekst AS"),
    _p("unruled-label-names-deputies-top-last", "board", (
        H("Styret", 2),
        T((("Styreleder", "Henrik Myrvold"), ("Nestleder", "Synnøve Brekke"), ("Styremedlem", "Gunnar Tobiassen"),
           ("Styremedlem", "Astrid Helgesen"),
           ("Varamedlemmer", "Torunn Elisabeth Skjelbred, Per Kristian Haugerud og Mari Fossheim Aaberge")),
          ruled=False, bold_header=False),
        P("Styret har hatt sju møter og behandlet 41 saker i 2023."),
    ), Expect(board=board(("Henrik Myrvold", "LEDE"), ("Synnøve Brekke", "NEST"), ("Gunnar Tobiassen", "MEDL"),
                          ("Astrid Helgesen", "MEDL"), ("Torunn Elisabeth Skjelbred", "VARA"),
                          ("Per Kristian Haugerud", "VARA"), ("Mari Fossheim Aaberge", "VARA"))),
        formats=WORD, title="Årsrapport 2023 Myrvold Vekst AS"),
    # 3. a designer's sidebar of names over roles: one entry two deputies over one plural role, then the
    # management in the same style under its own title
    _p("sidebar-name-over-role-deputies-pair-then-management", "board", (
        Html(_sidebar_page(
            (("Hanne Lerstad", "styreleder"), ("Tormod Eikrem", "nestleder"), ("Siv Ormset", "styremedlem"),
             ("Rune Aasgard og Liv Tjelle", "varamedlemmer")),
            (("Arild Berntsen", "daglig leder"), ("Grete Solvik", "økonomileder"), ("Jan Erik Moe", "produksjonsleder")),
            "Styret", "Ledelse")),
    ), Expect(board=board(("Hanne Lerstad", "LEDE"), ("Tormod Eikrem", "NEST"), ("Siv Ormset", "MEDL"),
                          ("Rune Aasgard", "VARA"), ("Liv Tjelle", "VARA")), ceo="Arild Berntsen"),
        formats=("browser",), title="Årsrapport 2023 Lerstad Vekst AS"),
    _p("sidebar-name-over-role-deputies-pair-then-management-nn", "board", (
        Html(_sidebar_page(
            (("Oddny Vatne", "styreleiar"), ("Bjarte Hovden", "styremedlem"), ("Sunniva Orheim", "styremedlem"),
             ("Kjetil Ramstad og Åse Furnes", "varamedlemer")),
            (("Steinar Aarflot", "dagleg leiar"), ("Randi Kvalsund", "økonomiansvarleg")),
            "Styret", "Leiinga")),
    ), Expect(board=board(("Oddny Vatne", "LEDE"), ("Bjarte Hovden", "MEDL"), ("Sunniva Orheim", "MEDL"),
                          ("Kjetil Ramstad", "VARA"), ("Åse Furnes", "VARA")), ceo="Steinar Aarflot"),
        lang="nn", formats=("browser",), title="Årsmelding 2023 Vatne Arbeid AS"),
    # 4. the founding year in a cover's tagline
    _p("cover-tagline-since-nn", "organisation", (
        P("Årsmelding 2022", size=26),
        P("Lundervik Vekst AS", size=18),
        P("Arbeid og opplæring sidan 1987", size=14),
        H("Om bedrifta", 2),
        _BODY,
    ), Expect(founded_year=1987), lang="nn", formats=WORD, title=None),
    _p("cover-tagline-since-nb", "organisation", (
        P("Årsrapport 2023", size=26),
        P("Haugmo Produkter AS", size=18),
        P("Tilrettelagt arbeid siden 1979", size=14),
        H("Om bedriften", 2),
        P("Bedriften gir arbeid og opplæring til personer som står utenfor arbeidslivet."),
    ), Expect(founded_year=1979), formats=WORD, title=None),
    # a growth told since a year in the body is no founding
    _p("body-since-is-no-founding", "organisation", (
        H("Årsrapport 2023 for Haugmo Produkter AS", 1),
        P("Omsetningen har økt hvert år siden 2016."),
        P("Antall deltakere siden 2019"),
    ), Expect(founded_year=None), formats=WORD, title=None),
    # the organisation's own founding in a facts box, its owning foundation's in prose
    _p("facts-box-founding-beside-owner-foundation", "organisation", (
        H("Årsrapport 2023 for Solbakken Industri AS", 1),
        Box(("Fakta", "Solbakken Industri AS", "Etablert 1983", "Ansatte: 42"), width=170, height=120),
        P("Solbakken Industri AS eies av Stiftelsen Solbakken Arbeid. Stiftelsen ble opprettet i 1996 for å "
          "sikre arbeidsplasser i regionen."),
        P("Bedriften gir arbeid og opplæring til personer som står utenfor arbeidslivet."),
    ), Expect(founded_year=1983), formats=WORD, title=None),
]
