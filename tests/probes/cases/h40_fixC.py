"""Tables other hands set (h40-fixC; docs/phrasings.md §130): a housing co-operative's board table
with election columns beside role and name, in Word and its PDF; owners in an "Eier | Eierandel"
table on a designer's page; a board's "Verv | Navn" table with no rules and no header in one column
of a grid beside another organ's table; a zebra table of owners, shares and representatives.
Names, places and figures are invented."""
from probes.spec import H, P, T, Expect, Html, Probe, Side, board

WORD = ("docx", "pdf")
BROWSER = ("browser",)


def rows_of(table: T) -> tuple[tuple[str, ...], ...]:
    """The table's rows as the output must hold them: non-empty cells only."""
    return tuple(tuple(c for c in row if c) for row in table.rows)


# --- 1. a board table with election columns -------------------------------------------------------

_BRL_INTRO = P("Borettslaget består av 64 leiligheter fordelt på fire blokker. Styret har i perioden "
               "hatt ti styremøter og behandlet 58 saker, blant annet vedlikehold av tak og balkonger.")
ELECTED_YEAR = T((("Verv", "Navn", "Valgt år", "På valg"),
                  ("Styreleder", "Torleif Anker Myhre", "2022", "2024"),
                  ("Nestleder", "Sigrun Bakkehaug", "2023", "2025"),
                  ("Styremedlem", "Oddbjørn Flatland", "2022", "2024"),
                  ("Styremedlem", "Ellinor Rørvik", "2023", "2025"),
                  ("Varamedlem", "Kasper Li Vatne", "2023", "2024")))
ELECTED_YEAR_BOARD = board(("Torleif Anker Myhre", "LEDE"), ("Sigrun Bakkehaug", "NEST"),
                           ("Oddbjørn Flatland", "MEDL"), ("Ellinor Rørvik", "MEDL"), ("Kasper Li Vatne", "VARA"))
ELECTED_STATUS = T((("Rolle", "Navn", "Valgt for", "Status (gjenvalg/ny)"),
                    ("Leder", "Gudmund Eikrem", "2 år", "Gjenvalg"),
                    ("Nestleder", "Aslaug Tveten", "1 år", "Ny"),
                    ("Styremedlem", "Håvard Skrede", "2 år", "Ny"),
                    ("Styremedlem", "Vigdis Lillebø", "1 år", "Gjenvalg"),
                    ("Varamedlem", "Rune Folkestad", "1 år", "Ny")))
ELECTED_STATUS_BOARD = board(("Gudmund Eikrem", "LEDE"), ("Aslaug Tveten", "NEST"), ("Håvard Skrede", "MEDL"),
                             ("Vigdis Lillebø", "MEDL"), ("Rune Folkestad", "VARA"))
ELECTED_NN = T((("Verv", "Namn", "Vald år", "På val"),
                ("Styreleiar", "Ingvild Aarskog", "2023", "2025"),
                ("Styremedlem", "Bjarte Hovlandsdal", "2022", "2024"),
                ("Styremedlem", "Marta Kvamsdal", "2023", "2025"),
                ("Varamedlem", "Sverre Hjelmeland", "2023", "2024")))
ELECTED_NN_BOARD = board(("Ingvild Aarskog", "LEDE"), ("Bjarte Hovlandsdal", "MEDL"), ("Marta Kvamsdal", "MEDL"),
                         ("Sverre Hjelmeland", "VARA"))


def _brl(case_id, table, expect_board, lang="nb", title="Årsberetning 2023 Solbakken Borettslag", style="",
         last=False):
    """``style``: "" ruled, "unruled" (no lines), "hairlines" (a grey rule under each cell, the header
    plain); ``last``: the table ends the document."""
    shown = T(table.rows, ruled=not style, hairlines="plain" if style == "hairlines" else "")
    thanks = P("Styret takker alle andelseiere for godt samarbeid i året som gikk." if lang == "nb"
               else "Styret takkar alle andelseigarane for godt samarbeid i året som gjekk.")
    items = (H("Styrets sammensetning" if lang == "nb" else "Styret si samansetjing", 2), _BRL_INTRO, shown,
             *(() if last else (thanks,)))
    return Probe(f"h40fC-{case_id}", "board", items,
                 Expect(board=expect_board, whole_tables=(rows_of(table),)), lang=lang, formats=WORD, title=title)


PROBES = [
    _brl("brl-board-elected-year-up-for-election", ELECTED_YEAR, ELECTED_YEAR_BOARD),
    _brl("brl-board-elected-year-up-for-election-unruled", ELECTED_YEAR, ELECTED_YEAR_BOARD, style="unruled"),
    _brl("brl-board-term-and-status", ELECTED_STATUS, ELECTED_STATUS_BOARD,
         title="Årsberetning 2023 Fjellvang Boligsameie"),
    # unruled: the gutter after the names cut the table into two tables of words (roles and names,
    # terms and status), each with rows of labels
    _brl("brl-board-term-and-status-unruled", ELECTED_STATUS, ELECTED_STATUS_BOARD, style="unruled", last=True,
         title="Årsberetning 2023 Fjellvang Boligsameie"),
    # a grey rule under each cell: "Valgt for" over the short "2 år" lost its "for" to the next column
    _brl("brl-board-term-and-status-hairlines", ELECTED_STATUS, ELECTED_STATUS_BOARD, style="hairlines",
         title="Årsberetning 2023 Fjellvang Boligsameie"),
    _brl("nn-brl-board-elected-year", ELECTED_NN, ELECTED_NN_BOARD, lang="nn",
         title="Årsmelding 2023 Kvamsvegen Burettslag"),
    _brl("nn-brl-board-term-and-status-unruled", T((("Verv", "Namn", "Vald for", "Status (attval/ny)"),
                                                     ("Leiar", "Torunn Midtbø", "2 år", "Attval"),
                                                     ("Nestleiar", "Eirik Haugsvær", "1 år", "Ny"),
                                                     ("Styremedlem", "Kjersti Solberg Ådland", "2 år", "Ny"),
                                                     ("Varamedlem", "Nils Tufteland", "1 år", "Attval"))),
         board(("Torunn Midtbø", "LEDE"), ("Eirik Haugsvær", "NEST"), ("Kjersti Solberg Ådland", "MEDL"),
               ("Nils Tufteland", "VARA")), lang="nn", style="unruled", title="Årsmelding 2023 Haugsvær Burettslag"),
]


# --- 2. owners in an "Eier | Eierandel" table on a designer's page ------------------------------------

_OWN_INTRO = P("Selskapet ble stiftet i 1998 og gir arbeid og opplæring til personer som trenger tilrettelegging. "
               "Virksomheten holder til i egne lokaler sentralt i regionen.")
OWNERS2 = (("Eier", "Eierandel"), ("Lyngdal kommune", "46 %"), ("Hægebostad kommune", "30 %"),
           ("Sørvest Kraft Holding AS", "14 %"), ("Kvinesdal kommune", "10 %"))
OWNERS2_SET = frozenset({("Lyngdal kommune", 46.0), ("Hægebostad kommune", 30.0),
                         ("Sørvest Kraft Holding AS", 14.0), ("Kvinesdal kommune", 10.0)})
OWNERS2_NN = (("Eigar", "Eigardel"), ("Stryn kommune", "55 %"), ("Nordfjord Invest AS", "25 %"),
              ("Gloppen kommune", "20 %"))
OWNERS2_NN_SET = frozenset({("Stryn kommune", 55.0), ("Nordfjord Invest AS", 25.0), ("Gloppen kommune", 20.0)})


def _owner_page(case_id, table, owners, lang="nb", title="Årsrapport 2023 Lyngdal Arbeidssenter AS"):
    return Probe(f"h40fC-{case_id}", "owners",
                 (H("Eierforhold" if lang == "nb" else "Eigarskap", 2), _OWN_INTRO, table,
                  P("Styret vurderer eierstrukturen som stabil.")),
                 Expect(owners=owners, whole_tables=(rows_of(table) if isinstance(table, T) else rows_of(T(OWNERS2)),)),
                 lang=lang, formats=BROWSER, title=title)


def tight_owner_table(rows) -> Html:
    """A table as wide as its cells, their padding alone between the longest name and its share."""
    cells = "".join(f"<tr><td>{'<b>' * (r == 0)}{name}{'</b>' * (r == 0)}</td><td>{'<b>' * (r == 0)}{share}"
                    f"{'</b>' * (r == 0)}</td></tr>" for r, (name, share) in enumerate(rows))
    return Html(f'<style>table.tight td {{ padding: 1pt 3pt }}</style><table class="tight">{cells}</table>')


def grid_owner_rows(rows) -> Html:
    """Owners as a CSS grid of two columns (no table), the header bold, the text under it set close."""
    cells = "".join(f'<div style="{"font-weight: bold" if r == 0 else ""}">{cell}</div>'
                    for r, row in enumerate(rows) for cell in row)
    return Html(f'<div style="display: grid; grid-template-columns: 2fr 1fr; gap: 3pt 10pt">{cells}</div>')


PROBES += [
    _owner_page("owner-share-table-hairlines", T(OWNERS2, ruled=False, hairlines="plain"), OWNERS2_SET),
    _owner_page("owner-share-table-band-header", T(OWNERS2, ruled=False, design="band-header"), OWNERS2_SET),
    _owner_page("owner-share-table-unruled", T(OWNERS2, ruled=False), OWNERS2_SET),
    _owner_page("nn-owner-share-table-header-rules", T(OWNERS2_NN, ruled=False, design="header-rules"),
                OWNERS2_NN_SET, lang="nn", title="Årsmelding 2023 Stryn Vekst AS"),
    # a sentence right under the grid's last row is no part of the last owner's name
    _owner_page("owner-share-grid-sentence-close-under", grid_owner_rows(OWNERS2), OWNERS2_SET),
    # the table in a grid column beside text: its longest name closed the column's own gutter,
    # which ended the columns there, and the owners under it were lost
    Probe("h40fC-owner-share-table-beside-text-long-name-close", "owners", (
        H("Eierforhold", 2), _OWN_INTRO, Side((_OWN_INTRO, _OWN_INTRO), (tight_owner_table(OWNERS2),)),
        P("Styret vurderer eierstrukturen som stabil.")),
        Expect(owners=OWNERS2_SET, whole_tables=(rows_of(T(OWNERS2)),)), formats=BROWSER,
        title="Årsrapport 2023 Lyngdal Arbeidssenter AS"),
    Probe("h40fC-nn-owner-share-table-beside-text-long-name-close", "owners", (
        H("Eigarskap", 2), _OWN_INTRO, Side((tight_owner_table(OWNERS2_NN),), (_OWN_INTRO, _OWN_INTRO)),
        P("Styret vurderer eigarstrukturen som stabil.")),
        Expect(owners=OWNERS2_NN_SET), lang="nn", formats=BROWSER, title="Årsmelding 2023 Stryn Vekst AS"),
]


# --- 3. a board table with no rules and no header beside another organ's table in a grid --------------

def role_table(rows, tight: bool = False) -> Html:
    """Two columns, role then name, no header row and no rules: a designer's list of an organ;
    ``tight``: as wide as its cells, their padding alone after the longest role."""
    if tight:
        cells = "".join(f'<tr><td style="padding: 2pt 4pt">{role}</td><td style="padding: 2pt 4pt">{name}</td></tr>'
                        for role, name in rows)
        return Html(f"<table>{cells}</table>")
    cells = "".join(f'<tr><td style="width: 30mm">{role}</td><td>{name}</td></tr>' for role, name in rows)
    return Html(f'<table style="width: 100%">{cells}</table>')


def organ_grid(*columns) -> Html:
    """Three grid columns, each a heading over its items (a table or a paragraph)."""
    inner = "".join("<div>" + "".join(i.markup if isinstance(i, Html) else f"<h3>{i.text}</h3>" if isinstance(i, H)
                                      else f"<p>{i.text}</p>" for i in column) + "</div>" for column in columns)
    return Html(f'<div style="display: grid; grid-template-columns: repeat({len(columns)}, 1fr); gap: 14pt">{inner}</div>')


_GRID_BOARD = (("Styreleder", "Asbjørg Tjeldflåt"), ("Nestleder", "Yngve Mortensrud"), ("Styremedlem", "Hilde Grøtan"),
               ("Styremedlem", "Petter Sandvoll"), ("Styremedlem", "Ranveig Ulvund"), ("Varamedlem", "Kjell Åsgard"))
GRID_BOARD = board(("Asbjørg Tjeldflåt", "LEDE"), ("Yngve Mortensrud", "NEST"), ("Hilde Grøtan", "MEDL"),
                   ("Petter Sandvoll", "MEDL"), ("Ranveig Ulvund", "MEDL"), ("Kjell Åsgard", "VARA"))
_KONTROLL = (("Leder", "Bodil Aunemo"), ("Nestleder", "Sturla Hegvik"), ("Medlem", "Trine Kolstad"))
_VALGKOMITE = (("Leder", "Egil Nordgård"), ("Medlem", "Liv Tangvald"), ("Medlem", "Ola Rødsand"))
_GRID_INTRO = P("Foretaket er organisert som et interkommunalt selskap med representantskap, styre og daglig leder. "
                "Kontrollutvalget fører tilsyn med forvaltningen på vegne av eierne.")
_GRID_SURE = tuple(name for _, name in _GRID_BOARD)


def _grid(case_id, other_heading, other_rows, board_left=True, title="Årsrapport 2023 Innherred Renovasjon IKS"):
    ours = (H("Styret", 3), role_table(_GRID_BOARD))
    theirs = (H(other_heading, 3), role_table(other_rows))
    left, right = (ours, theirs) if board_left else (theirs, ours)
    return Probe(f"h40fC-{case_id}", "board", (H("Selskapets organer", 2), _GRID_INTRO, Side(left, right),
                                                P("Styret har hatt ni møter i 2023.")),
                 Expect(board=GRID_BOARD, sure_board=_GRID_SURE, table_rows=(_GRID_BOARD[0], _GRID_BOARD[-1])),
                 formats=BROWSER, title=title)


def _grid3(case_id, other_heading, other_rows, lang="nb", board_rows=_GRID_BOARD, expect=GRID_BOARD):
    """The board's table in the first of three narrow grid columns (names wrap), the other organ's
    beside it, the auditor in the third."""
    grid = organ_grid((H("Styret", 3), role_table(board_rows, tight=True)),
                      (H(other_heading, 3), role_table(other_rows, tight=True)),
                      (H("Revisor", 3), P("Fjordrevisjon AS")))
    return Probe(f"h40fC-{case_id}", "board", (H("Selskapets organer" if lang == "nb" else "Selskapet sine organ", 2),
                                                _GRID_INTRO, grid, P("Styret har hatt ni møter i 2023.")),
                 Expect(board=expect, sure_board=tuple(n for n, *_ in expect),
                        table_rows=(board_rows[0], board_rows[-1])),
                 lang=lang, formats=BROWSER, title="Årsrapport 2023 Innherred Renovasjon IKS")


PROBES += [
    # the rows whose role fills its cell ("Styremedlem  Hilde Grøtan") stood a cell's padding from
    # the name, under a wrapped name: paragraphs, the members in them lost
    _grid3("grid3-tight-board-beside-valgkomite", "Valgkomiteen", _VALGKOMITE),
    _grid3("nn-grid3-tight-board-beside-kontrollutval", "Kontrollutvalet", (("Leiar", "Gudrun Hovden"),
                                                                            ("Medlem", "Arve Tveitane")),
           lang="nn", board_rows=(("Styreleiar", "Sigmund Aaslid Refsdal"), ("Nestleiar", "Brita Tunheim"),
                                  ("Styremedlem", "Kåre Vikesland"), ("Styremedlem", "Ingrid Hovlandsdal"),
                                  ("Varamedlem", "Olav Eidsvåg")),
           expect=board(("Sigmund Aaslid Refsdal", "LEDE"), ("Brita Tunheim", "NEST"), ("Kåre Vikesland", "MEDL"),
                        ("Ingrid Hovlandsdal", "MEDL"), ("Olav Eidsvåg", "VARA"))),
    _grid("grid-unruled-board-beside-kontrollutvalg", "Kontrollutvalget", _KONTROLL),
    _grid("grid-unruled-board-beside-valgkomite", "Valgkomiteen", _VALGKOMITE),
    _grid("grid-unruled-valgkomite-left-board-right", "Valgkomiteen", _VALGKOMITE, board_left=False),
]


# --- 4. a zebra table of owners, shares and representatives -------------------------------------------

ZEBRA_CSS = ("<style>table.z { width: 100%; border-collapse: collapse } table.z td { padding: 3pt 5pt } "
             "table.z tr:nth-child(even) td { background: #edf1f5 } table.z td.n { text-align: right } "
             "table.z tr.h td { font-weight: bold }</style>")


def zebra_table(rows, numeric=(1,)) -> Html:
    """Every other row tinted, no rules, the numeric columns flush right, a bold header row."""
    out = []
    for r, row in enumerate(rows):
        cells = "".join(f'<td{" class=n" if c in numeric else ""}>{text}</td>' for c, text in enumerate(row))
        out.append(f'<tr{" class=h" if r == 0 else ""}>{cells}</tr>')
    return Html(f'{ZEBRA_CSS}<table class="z">{"".join(out)}</table>')


REPS = (("Eier", "Eierandel", "Representant", "Vararepresentant"),
        ("Orkland kommune", "38 %", "Svein Olav Brattgjerd", "Anne Lise Hoel"),
        ("Skaun kommune", "24 %", "Torgeir Moxnes", "Elin Rønning"),
        ("Rennebu kommune", "20 %", "Marit Voll", "Bjørn Helge Snøve"),
        ("Midtre Gauldal kommune", "18 %", "Ivar Eggen", "Gunn Kristin Fossum"))
REPS_SET = frozenset({("Orkland kommune", 38.0), ("Skaun kommune", 24.0), ("Rennebu kommune", 20.0),
                      ("Midtre Gauldal kommune", 18.0)})
REPS_SHARES = (("Eier", "Aksjer", "Eierandel", "Representant", "Vara"),
               ("Orkland kommune", "1 520", "38,0 %", "Svein Olav Brattgjerd", "Anne Lise Hoel"),
               ("Midtre Gauldal kommune", "960", "24,0 %", "Torgeir Moxnes", "Elin Rønning"),
               ("Rennebu kommune", "800", "20,0 %", "Marit Voll", "Bjørn Helge Snøve"),
               ("Skaun kommune", "720", "18,0 %", "Ivar Eggen", "Gunn Fossum"))
REPS_SHARES_SET = frozenset({("Orkland kommune", 38.0), ("Midtre Gauldal kommune", 24.0), ("Rennebu kommune", 20.0),
                             ("Skaun kommune", 18.0)})
_Z_BOARD = (("Styreleder", "Hallgeir Løfaldli"), ("Nestleder", "Kristin Foseide"), ("Styremedlem", "Audun Bjørgen"),
            ("Styremedlem", "Tove Sørli Husby"))
Z_BOARD = board(("Hallgeir Løfaldli", "LEDE"), ("Kristin Foseide", "NEST"), ("Audun Bjørgen", "MEDL"),
                ("Tove Sørli Husby", "MEDL"))


def _zebra(case_id, rows, numeric, owners):
    return Probe(f"h40fC-{case_id}", "owners", (
        H("Eierforhold og styrende organer", 2),
        P("Selskapet eies av fire kommuner. Hver eier har en representant med personlig vara i representantskapet."),
        zebra_table(rows, numeric),
        H("Styret", 3), role_table(_Z_BOARD),
        P("Styret har hatt åtte møter i 2023.")),
        Expect(owners=owners, board=Z_BOARD, whole_tables=(rows,)), formats=BROWSER,
        title="Årsrapport 2023 Orkdal Energigjenvinning AS")


PROBES += [
    # the share flush right, the representative's name flush left a cell's padding after it
    _zebra("zebra-owners-representatives", REPS, (1,), REPS_SET),
    # shares and counts flush right: the gutter after the shares cut the table in two (owners and
    # their shares beside the representatives, read as a board's deputies)
    _zebra("zebra-owners-shares-count-representatives", REPS_SHARES, (1, 2), REPS_SHARES_SET),
]



# two organs' tables of as many rows side by side stay two
_THREE = (("Styreleder", "Asbjørg Tjeldflåt"), ("Nestleder", "Yngve Mortensrud"), ("Styremedlem", "Hilde Grøtan"))
PROBES += [
    Probe(f"h40fC-grid-{name}-board-beside-kontrollutvalg-as-many-rows", "board", (
        H("Selskapets organer", 2), _GRID_INTRO,
        Side((H("Styret", 3), role_table(_THREE, tight=tight)),
             (H("Kontrollutvalget", 3), role_table(_KONTROLL, tight=tight))),
        P("Styret har hatt ni møter i 2023.")),
        Expect(board=board(("Asbjørg Tjeldflåt", "LEDE"), ("Yngve Mortensrud", "NEST"), ("Hilde Grøtan", "MEDL"))),
        formats=BROWSER, title="Årsrapport 2023 Innherred Renovasjon IKS")
    for name, tight in (("wide", False), ("tight", True))
]
