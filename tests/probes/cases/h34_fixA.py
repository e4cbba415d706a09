"""Kinds from the thirty-ninth and fortieth blind held-out sets' board losses, written here with
other names and words (h34-fixA; docs/phrasings.md §90): a bold "Valgt av og blant de ansatte:"
line splitting a numbered "Name, role" list (the lines under it are the employees' choice); a
roster table of all the elected whose separator row names the delegates to another body's meeting
("DELEGERTE TIL ...", its "Vara" no board deputy); a role column beside one name column per
year ("Verv | Styret 2022 | Styret 2023": the report year's column is the board); a roster whose
third column says who appointed each ("oppnevnt av Nordvik menighetsråd"); a representantskap's
and a board's tables side by side, each nested under its organ's title in a layout row; a
borderless one-row table whose cells are columns of lines (roles, names, phones line beside line).
Names and places are invented."""
from probes.spec import H, P, T, Expect, Probe, Side, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h34a-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # a bold label line splits a numbered list: the members under it were chosen by the employees
    _p("employees-label-splits-numbered-list", "board", (
        H("Styret og administrasjonen", 2),
        P("Styret i 2023 har bestått av:"),
        P("Torild Aksnes, styreleder", style="List Number"),
        P("Harald Vemund Rise, nestleder", style="List Number"),
        P("Oline Brattset, styremedlem", style="List Number"),
        P("Valgt av og blant de ansatte:", bold=True),
        P("Jostein Myrvang, styremedlem", style="List Number"),
        P("Gunn Elise Follo, varamedlem", style="List Number"),
        P("Styret har hatt sju møter. Daglig leder er Ivar Skjølsvik."),
    ), Expect(board=board(("Torild Aksnes", "LEDE"), ("Harald Vemund Rise", "NEST"), ("Oline Brattset", "MEDL"),
                          ("Jostein Myrvang", "MEDL", True), ("Gunn Elise Follo", "VARA", True)),
              ceo="Ivar Skjølsvik"),
        formats=WORD, title="Årsrapport 2023 Fossheim Arbeidssenter AS"),
    # a roster of everyone elected: the delegates' separator row ends the board's part
    _p("delegates-row-ends-board-roster", "board", (
        H("Tillitsvalgte", 1),
        P("Borettslagets tillitsvalgte har siden forrige generalforsamling vært:"),
        T((("STYRET", "", "PERIODE"),
           ("Styreleder", "Ellen Bakkerud, Granlivegen 3", "2022–2024"),
           ("Styremedlem", "Omar Haddad, Granlivegen 9", "2023–2025"),
           ("Styremedlem", "Live Stornes, Granlivegen 1", "2022–2024"),
           ("VARAMEDLEMMER TIL STYRET", "", ""),
           ("Varamedlem", "Pål Tveter, Granlivegen 5", "2023–2024"),
           ("DELEGERTE TIL BOLIGBYGGELAGETS GENERALFORSAMLING", "", ""),
           ("Delegert", "Ellen Bakkerud, Granlivegen 3", "2023–2024"),
           ("Vara", "Sverre Lomsdal, Granlivegen 11", "2023–2024"),
           ("VALGKOMITÉ", "", ""),
           ("", "Sverre Lomsdal, Granlivegen 11", "2023–2024"),
           ("", "Ragna Øverby, Granlivegen 7", "2023–2024")), ruled=False, bold_header=False),
    ), Expect(board=board(("Ellen Bakkerud", "LEDE"), ("Omar Haddad", "MEDL"), ("Live Stornes", "MEDL"),
                          ("Pål Tveter", "VARA"))),
        formats=WORD, title="Årsberetning 2023 Granlia Borettslag"),
    # last year's board beside this year's: the report year's column is the board
    _p("role-column-beside-year-columns", "board", (
        H("Styret", 2),
        P("Årsmøtet i februar valgte nytt styre. Tabellen viser styret i 2023 og fjorårets styre:"),
        T((("Verv", "Styret 2022", "Styret 2023"),
           ("Leder", "Oddmund Grav", "Hilde Strand Aune"),
           ("Nestleder", "Hilde Strand Aune", "Kasper Lie"),
           ("Kasserer", "Berit Moum", "Berit Moum"),
           ("Styremedlem", "Kasper Lie", "Nora Sølvberg"),
           ("Varamedlem", "Nora Sølvberg", "Tore Brenna"),
           ("Varamedlem", "Tore Brenna", "Eli Fagerli"))),
        P("Styret har hatt ni møter i 2023."),
    ), Expect(board=board(("Hilde Strand Aune", "LEDE"), ("Kasper Lie", "NEST"), ("Berit Moum", "MEDL"),
                          ("Nora Sølvberg", "MEDL"), ("Tore Brenna", "VARA"), ("Eli Fagerli", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Grav og Lia Vel"),
    # who appointed each member, a place before the appointing body, in a third column
    _p("appointer-column-with-place", "board", (
        H("Styret", 2),
        P("Styret oppnevnes av stifterne for to år. Styret i 2023:"),
        T((("Styreleder", "Åsmund Tronstad", "oppnevnt av Vinje sokneråd"),
           ("Styremedlem", "Liv Haugom", "oppnevnt av Rauland venneforening"),
           ("Styremedlem", "Gaute Rysstad", "oppnevnt av KFUK-KFUM Telemark"),
           ("Varamedlem", "Sissel Nordbø", "oppnevnt av Vinje sokneråd")), ruled=False, bold_header=False),
        P("Det er holdt seks styremøter."),
    ), Expect(board=board(("Åsmund Tronstad", "LEDE"), ("Liv Haugom", "MEDL"), ("Gaute Rysstad", "MEDL"),
                          ("Sissel Nordbø", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Stiftelsen Haukeli leirsted"),
    # a representantskap's table and the board's side by side, each under its organ's title
    _p("organ-titles-over-nested-tables", "board", (
        H("Representantskap og styre", 2),
        P("Representantskapet er selskapets øverste organ og velger styret."),
        Side(left=(P("Representantskapet", bold=True),
                   T((("Kommune", "Medlem", "Varamedlem"), ("Lunner", "Kjersti Holm (leder)", "Arve Brenna"),
                      ("Jevnaker", "Stig Tangen", "Ruth Moen")))),
             right=(P("Styret", bold=True),
                    T((("Verv", "Navn"), ("Styreleder", "Dag Ivar Sand"), ("Nestleder", "Hanne Grinde"),
                       ("Styremedlem", "Pål Ruud"), ("Varamedlem", "Mari Lyngstad"))))),
        P("Det var to møter i representantskapet og seks styremøter."),
    ), Expect(board=board(("Dag Ivar Sand", "LEDE"), ("Hanne Grinde", "NEST"), ("Pål Ruud", "MEDL"),
                          ("Mari Lyngstad", "VARA"))),
        formats=("docx",), title="Årsrapport 2023 Hadeland Renovasjon IKS"),
    # one borderless row: the roles, the names and the phones each a cell of lines, line beside line
    _p("roles-names-phones-cells-of-lines", "board", (
        H("Styret har i 2023 bestått av", 2),
        T((("Leder\nNestleder\nKasserer\nSekretær\nStyremedlem\nVaramedlem",
            "Gudrun Vikhammer\nOlav Stene\nTrine Lyngvær\nBjarne Hoel\nEldbjørg Ness\nRagnvald Ystad",
            "tlf. 911 22 301\ntlf. 922 33 402\ntlf. 933 44 503\ntlf. 944 55 604\ntlf. 955 66 705\n"
            "tlf. 966 77 806"),), ruled=False, bold_header=False),
        P("Styret har hatt åtte møter."),
    ), Expect(board=board(("Gudrun Vikhammer", "LEDE"), ("Olav Stene", "NEST"), ("Trine Lyngvær", "MEDL"),
                          ("Bjarne Hoel", "MEDL"), ("Eldbjørg Ness", "MEDL"), ("Ragnvald Ystad", "VARA"))),
        formats=("docx",), title="Årsberetning 2023 Solstad pensjonistforening"),
]
