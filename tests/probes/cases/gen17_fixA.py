"""Kinds from the twentieth and twenty-first blind held-out sets' losses, written here with other
names, places and words (h30-fixA, gen17; docs/phrasings.md §68): meeting papers named by the year
they report on ("Årsmøtedokumenter 2023" over "Styrets årsberetning 2023"), while papers named by
the meeting's year keep the year before; a county office or branch named by its county ("NAV
Innlandet", "Sanitetsforbundet Agder") refers to the county; a korps's "Musikantrepresentant" on
the board; a skolekorps or a speidargruppe named with its lower-case kind word.
Names and places are invented."""
from probes.spec import H, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g17fa-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # the papers for the 2024 meeting, named by the year the board reports on
    _p("meeting-papers-named-by-the-report-year", "report", (
        H("Innkalling til årsmøte", 2),
        P("Medlemmene innkalles til årsmøte i Bråtelia Idrettslag onsdag 13. mars 2024 i klubbhuset."),
        H("Styrets årsberetning 2023", 2),
        P("Styret har hatt sju møter. Laget hadde 214 medlemmer ved utgangen av året."),
        H("Budsjett for 2024", 2),
        P("Styret legger fram et budsjett med et lite overskudd."),
    ), Expect(report_year=2023), formats=("docx",), title="Årsmøtedokumenter 2023"),
    # papers named by the meeting's year: the report covers the year before
    _p("meeting-papers-named-by-the-meeting-year", "report", (
        H("Innkalling til årsmøte", 2),
        P("Medlemmene innkalles til årsmøte i Bråtelia Idrettslag onsdag 13. mars 2024 i klubbhuset."),
        H("Styrets årsberetning for 2023", 2),
        P("Styret har hatt sju møter. Laget hadde 214 medlemmer ved utgangen av året."),
    ), Expect(report_year=2023), formats=("docx",), title="Årsmøtedokumenter 2024"),
    # a county office and an association's county branch: the text refers to the county
    _p("county-office-and-county-branch", "places", (
        P("Lia Arbeidssenter AS har avtale med NAV Innlandet om tolv plasser. Foreningen var også "
          "representert på årsmøtet i Sanitetsforbundet Agder."),
    ), Expect(places=("Innlandet", "Agder")), formats=("docx",), title="Årsrapport 2023 Lia Arbeidssenter AS"),
    # a korps's board with the players' representative
    _p("korps-musikantrepresentant", "board", (
        H("Styret", 2),
        T((("Verv", "Navn"), ("Leder", "Trine Solum"), ("Nestleder", "Arild Kleiv"), ("Kasserer", "Mette Rud"),
           ("Musikantrepresentant", "Ida Svarstad"), ("Varamedlem", "Per Lunde")), ruled=False),
    ), Expect(board=board(("Trine Solum", "LEDE"), ("Arild Kleiv", "NEST"), ("Mette Rud", "MEDL"),
                          ("Ida Svarstad", "MEDL"), ("Per Lunde", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Holtet skolekorps"),
    # a skolekorps and an nn speidargruppe named with the kind word in lower case
    _p("skolekorps-lower-case-kind", "organisation", (
        P("Korpset har 38 musikanter og øver hver tirsdag på skolen."),
    ), Expect(org_name="Holtet skolekorps"), formats=("docx",), title="Årsmelding 2023 Holtet skolekorps"),
    _p("nn-speidargruppe-lower-case-kind", "organisation", (
        P("Gruppa har hatt eit godt år med mange turar. Styret har hatt fem møte."),
    ), Expect(org_name="Lidal speidargruppe"), lang="nn", formats=("docx",),
        title="Årsmelding 2022 for Lidal speidargruppe"),
]
