"""Kinds the measuring set heldout47 found (lead, stop 35; docs/phrasings.md §101), written here
with other names and words: a deputy who "rykket opp fra varamedlem" (the role after a link ending
on "fra" is the one given up: the seat now is a member's), beside a roster that lists the seat or
a deputies' list that still names the deputy; a deputies' label over the first deputy's seat in
one cell; meeting papers titled by the year they report on
under a running header naming the next year's meeting (on every page, so a running header). Names and places are invented."""
from probes.spec import Break, H, P, T, Expect, Header, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"l35-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # the roster gives the seat, a footnote says the member moved up from deputy
    _p("moved-up-from-deputy-beside-roster", "board", (
        H("Styrets beretning", 2),
        P("Styret har i perioden bestått av:"),
        T((("Navn", "Verv", "Merknad"),
           ("Oddrun Skaret", "leder", ""),
           ("Kåre Vestly", "nestleder", ""),
           ("Silje Hovland", "styremedlem", "fra mai"),
           ("Bernt Aslaksen", "varamedlem", "")), ruled=False),
        P("Magne Ruud flyttet fra bygda i april, og Silje Hovland rykket opp fra varamedlem."),
    ), Expect(board=board(("Oddrun Skaret", "LEDE"), ("Kåre Vestly", "NEST"), ("Silje Hovland", "MEDL"),
                          ("Bernt Aslaksen", "VARA"))),
        formats=WORD, title="Årsberetning 2022 Solbakken Skolekorps"),
    # the deputies' list still names her; the prose says she moved up in the year
    _p("moved-up-from-deputy-after-deputies-list", "board", (
        H("Styret", 2),
        P("Leder: Trygve Nordhagen\nNestleder: Ingunn Fladby\nStyremedlem: Arvid Sørum\n"
          "Varamedlemmer: Liv Mette Grøtting og Helge Bjørnstad"),
        P("Arvid Sørum ba om fritak fra styret i juni. Liv Mette Grøtting rykket da opp fra varamedlem, "
          "og styret har etter dette hatt en vara."),
    ), Expect(board=board(("Trygve Nordhagen", "LEDE"), ("Ingunn Fladby", "NEST"), ("Liv Mette Grøtting", "MEDL"),
                          ("Helge Bjørnstad", "VARA"))),
        formats=WORD, title="Årsmelding 2021 Fjellhaug Vel"),
    # a deputies' label and the first deputy's seat in one cell ("VARAMEDLEMMER" over "1. vara")
    _p("deputies-label-over-first-seat-in-one-cell", "board", (
        H("Tillitsvalgte", 2),
        T((("STYRET", "", "PÅ VALG"), ("Leder", "Tone Aasvik", "2024"), ("Nestleder", "Leif Brenden", "2025"),
           ("Styremedlem", "Astrid Fjellheim", "2024"), ("VARAMEDLEMMER\n1. vara", "Grete Øvrevoll", "2024"),
           ("2. vara", "Harald Nordhus", "2024"), ("VALGKOMITÉ", "Ingeborg Lid", "")), ruled=False),
    ), Expect(board=board(("Tone Aasvik", "LEDE"), ("Leif Brenden", "NEST"), ("Astrid Fjellheim", "MEDL"),
                          ("Grete Øvrevoll", "VARA"), ("Harald Nordhus", "VARA"))),
        formats=WORD, title="Årsberetning 2023 Solhøgda Borettslag"),
    # papers titled by the year reported on, under a header naming the next year's meeting
    _p("meeting-papers-under-next-years-header", "report", (
        Header("Nordli IL – årsmøte 2023"),
        H("NORDLI IDRETTSLAG", 1),
        H("Årsmøtedokumenter 2022", 1),
        P("Årsmøtet holdes tirsdag 21. mars 2023 i klubbhuset."),
        H("Styrets beretning", 2),
        P("Laget hadde 512 medlemmer ved utgangen av året, og tre grupper har vært i drift."),
        Break(), H("Fotballgruppa", 2), P("Gruppa hadde fire lag i seriespill og en jentecup i juni."),
    ), Expect(report_year=2022), formats=WORD, title=None),
    _p("meeting-papers-under-next-years-header-nn", "report", (
        Header("Vikøy skyttarlag · årsmøte 2024"),
        H("Årsmøtepapir 2023", 1),
        P("Årsmøtet vert halde i skyttarhuset måndag 12. februar 2024."),
        H("Årsmelding frå styret", 2),
        P("Laget hadde 88 medlemer og skipa til fire stemne i løpet av sesongen."),
        Break(), H("Rekneskap", 2), P("Rekneskapen viser eit lite overskot, og kassereren har ført han i år."),
    ), Expect(report_year=2023), formats=WORD, lang="nn", title=None),
]
