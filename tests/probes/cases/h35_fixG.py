"""Kinds a forty-ninth blind held-out set's errors showed (nynorsk IKS and KF reports: a
representantskap beside the styre, owners' tables, municipal accounts), written here with other
names, places and words (h35-fixG; docs/phrasings.md §98): the employees' member's personal deputy
named in a copula sentence; an IKS named "Place + lower-case noun(s) + IKS" that calls itself by
that noun, definite ("Legevakta"), or is an audit body whose outside auditor "revidert av" the
accounts; heads titled brannsjef / revisjonssjef; a deputy signing "vara, møtte for" an absent
member; nn "rykte då opp som fast medlem"; "har dei tilsette vald X" (the subject after the
auxiliary); places in a harbours' or stations' column.
Names and places are invented (real municipalities and post towns)."""
from probes.spec import H, Li, P, T, Expect, Probe, Sign, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h35g-{case_id}", family, tuple(items), expect, lang="nn", **kw)


PROBES = [
    # the employees' member's personal deputy, named after "Personleg vara for tilsetterepresentanten er"
    _p("personal-deputy-for-the-employees-member", "board", (
        H("Styret", 2),
        P("Styret har i 2022 vore samansett slik:"),
        Li("Torgeir Hamre, styreleiar"),
        Li("Sigrun Vatle, nestleiar"),
        Li("Oddvar Sætre, styremedlem"),
        Li("Maren Lunde, styremedlem, vald av og blant dei tilsette"),
        P("Varamedlemer: 1. Helge Rossevik, 2. Turid Hope. Personleg vara for tilsetterepresentanten er "
          "Kjetil Bruvik."),
    ), Expect(board=board(("Torgeir Hamre", "LEDE"), ("Sigrun Vatle", "NEST"), ("Oddvar Sætre", "MEDL"),
                          ("Maren Lunde", "MEDL", True), ("Helge Rossevik", "VARA"), ("Turid Hope", "VARA"),
                          ("Kjetil Bruvik", "VARA"))),
        formats=WORD, title="Årsmelding 2022 Austevoll hamn IKS"),
    # the cover names "Place lower-case-noun IKS"; the text calls the body by that noun, definite
    _p("definite-kind-noun-is-the-name", "organisation", (
        P("ÅRSMELDING 2016", bold=True, size=16),
        P("Nordfjord legevakt IKS", bold=True, size=13),
        H("Om selskapet", 2),
        P("Legevakta er eit interkommunalt selskap eigd av Stad kommune og Bremanger kommune. Legevakta "
          "held til i Nordfjordeid. Legevakta hadde 5 200 kontaktar i året."),
    ), Expect(org_name="Nordfjord legevakt IKS"),
        formats=WORD, title=None),
    # an audit body's own report: its name holds an auditor's word; its outside auditor "revidert av"
    _p("audit-body-and-its-outside-auditor", "organisation", (
        P("Midt-Telemark kommunerevisjon IKS", bold=True, size=18),
        P("Årsmelding og rekneskap 2015", size=13),
        H("Innleiing", 1),
        P("Revisjonen har levert rekneskapsrevisjon og forvaltningsrevisjon til deltakarkommunane."),
        H("Rekneskap", 1),
        P("Rekneskapen for selskapet er revidert av Haugen & Berg AS ved statsautorisert revisor "
          "Arnfinn Haugen."),
    ), Expect(org_name="Midt-Telemark kommunerevisjon IKS"),
        formats=WORD, title=None),
    # the revisjonssjef heads the staff column of the organs' table and signs with that title
    _p("revisjonssjef-is-the-head", "ceo", (
        H("Organisering", 1),
        P("Selskapet er eigd av fire kommunar. Revisjonssjefen er dagleg leiar."),
        T((("Styret", "Administrasjonen"),
           ("Knut Aarvik, styreleiar", "Randi Holmane, revisjonssjef"),
           ("Eva Tveit, nestleiar", "Per Dyrdal, revisor"),
           ("Ola Seim, styremedlem", "Siv Reigstad, revisor"))),
        Sign((("Knut Aarvik", "styreleiar"), ("Eva Tveit", "nestleiar"), ("Ola Seim", "styremedlem"),
              ("Randi Holmane", "revisjonssjef")), place_date="Bø, 10. februar 2016"),
    ), Expect(ceo="Randi Holmane"),
        formats=WORD, title="Årsmelding 2015 Bø og Sauherad revisjon IKS"),
    # titles over names in a signature grid, the brannsjef in the second row under a member
    _p("brannsjef-signs-under-the-board", "ceo", (
        H("Styret", 1),
        P("Brannsjefen er dagleg leiar. Styret hadde fem møte."),
        Sign((("Stein Ove Hegg", "Styreleiar"), ("Anne Kari Moen", "Nestleiar"), ("Ivar Nesje", "Styremedlem"),
              ("Liv Tennfjord", "Styremedlem"), ("Morten Vestre", "Brannsjef")),
             place_date="Sykkylven, 14. februar 2022", title_above=True),
    ), Expect(board=board(("Stein Ove Hegg", "LEDE"), ("Anne Kari Moen", "NEST"), ("Ivar Nesje", "MEDL"),
                          ("Liv Tennfjord", "MEDL")), ceo="Morten Vestre"),
        formats=WORD, title="Årsmelding 2021 Sunnmøre brann og redning IKS"),
    # a deputy signs in an absent member's place: "vara, møtte for <Name>"
    _p("deputy-signs-for-an-absent-member", "board", (
        H("Drifta", 1),
        P("Legevakta hadde fleire kontaktar enn året før."),
        Sign((("Bjørn Eikrem", "styreleiar"), ("Grete Vik", "nestleiar"), ("Arne Rise", "styremedlem"),
              ("Laila Strand", "vara, møtte for Jon Hjelle"), ("Olav Furset", "dagleg leiar")),
             place_date="Ørsta, 11. februar 2015"),
    ), Expect(board=board(("Bjørn Eikrem", "LEDE"), ("Grete Vik", "NEST"), ("Arne Rise", "MEDL"),
                          ("Laila Strand", "VARA")), ceo="Olav Furset"),
        formats=WORD, title="Årsmelding 2014 Søre Sunnmøre legevakt IKS"),
    # nn: the first deputy "rykte då opp som fast medlem" when a member was let go
    _p("nn-first-deputy-moved-up", "board", (
        H("Styret", 2),
        P("Kommunestyret valde dette styret for perioden 2020–2023:"),
        P("Leiar: Gunhild Bakke (Sp)\nNestleiar: Rolf Myrset (Ap)\nMedlem: Aud Instefjord (H)\n"
          "Medlem: Einar Solvang (KrF)\nVaramedlemer i rekkjefølgje: 1. Tove Haugland (Ap), 2. Nils Fure (H)"),
        P("Einar Solvang fekk fritak frå vervet frå 1. mars. Første vara, Tove Haugland, rykte då opp som "
          "fast medlem ut valperioden."),
    ), Expect(board=board(("Gunhild Bakke", "LEDE"), ("Rolf Myrset", "NEST"), ("Aud Instefjord", "MEDL"),
                          ("Tove Haugland", "MEDL"), ("Nils Fure", "VARA"))),  # Einar Solvang was let go (§118.4)
        formats=WORD, title="Årsmelding 2021 Sogndal kulturhus KF"),
    # the employees elected a member, said with the subject after the auxiliary
    _p("employees-chose-after-an-adverbial", "board", (
        H("Styret", 2),
        T((("Kommune", "Styremedlem"), ("Lærdal", "Sverre Hovland (styreleiar)"), ("Årdal", "Inga Sæle (nestleiar)"),
           ("Aurland", "Ketil Vangsnes"))),
        P("I tillegg har dei tilsette vald Roald Øye som styremedlem. Styret hadde seks møte."),
        Sign((("Sverre Hovland", "Styreleiar"), ("Inga Sæle", "Nestleiar"), ("Ketil Vangsnes", "Styremedlem"),
              ("Roald Øye", "Styremedlem")), place_date="Lærdal, 12. februar 2021"),
    ), Expect(board=board(("Sverre Hovland", "LEDE"), ("Inga Sæle", "NEST"), ("Ketil Vangsnes", "MEDL"),
                          ("Roald Øye", "MEDL", True))),
        formats=WORD, title="Årsmelding 2020 Indre Sogn brann og redning IKS"),
    # a harbours' and a stations' column: each row's first cell names a post town
    _p("harbour-and-station-columns-hold-places", "places", (
        H("Drifta", 1),
        P("Tabellen viser anløp til dei største hamnene i året."),
        T((("Hamn", "Anløp 2019", "Anløp 2018"), ("Finnsnes", "410", "388"), ("Gryllefjord", "122", "131"),
           ("Sum", "532", "519"))),
        T((("Stasjon", "Mannskap", "Køyretøy"), ("Silsand", "12", "3"), ("Botnhamn", "9", "2"))),
    ), Expect(places=("Gryllefjord", "Botnhamn")),
        formats=WORD, title="Årsmelding 2019 Senja hamn IKS"),
]
