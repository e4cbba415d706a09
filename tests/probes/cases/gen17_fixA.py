"""Kinds from the twentieth and twenty-first blind held-out sets' losses, written here with other
names, places and words (h30-fixA, gen17; docs/phrasings.md §68): meeting papers named by the year
they report on ("Årsmøtedokumenter 2023" over "Styrets årsberetning 2023"), while papers named by
the meeting's year keep the year before; a county office or branch named by its county ("NAV
Innlandet", "Sanitetsforbundet Agder") refers to the county; a korps's "Musikantrepresentant" on
the board; a skolekorps or a speidargruppe named with its lower-case kind word; a statement
continued on the next page under a running header that names the report's year (the header the
table finder took in as the continued table's top row is pinned by a unit test in
``test_layout_blocks``: this rendering sets the header too far above the table for that).
Names and places are invented."""
from probes.spec import H, P, T, Expect, Figure, Header, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g17fa-{case_id}", family, tuple(items), expect, **kw)


_FILLER = ("Foretaket driver kulturhuset med kino, scene og møterom på oppdrag fra kommunen. Året ga flere "
           "besøkende enn året før, og styret er godt fornøyd med driften og samarbeidet med lag og foreninger. ")
_ROWS = (("Beløp i kr", "Regnskap 2023", "Budsjett 2023", "Regnskap 2022"),
         ("Billettinntekter", "1 812 400", "1 700 000", "1 655 210"), ("Leieinntekter", "904 350", "850 000", "866 120"),
         ("Tilskudd fra kommunen", "3 200 000", "3 200 000", "3 100 000"), ("Sum driftsinntekter", "5 916 750", "5 750 000", "5 621 330"),
         ("Lønnsutgifter", "2 611 200", "2 600 000", "2 488 900"), ("Sosiale utgifter", "702 480", "700 000", "671 330"),
         ("Kjøp av varer og tjenester", "2 150 770", "2 100 000", "2 095 640"), ("Avskrivninger", "310 000", "310 000", "298 000"),
         ("Sum driftsutgifter", "5 774 450", "5 710 000", "5 553 870"), ("Brutto driftsresultat", "142 300", "40 000", "67 460"),
         ("Renteinntekter", "12 480", "8 000", "9 910"), ("Renteutgifter", "-96 300", "-95 000", "-101 200"),
         ("Netto finansposter", "-83 820", "-87 000", "-91 290"), ("Netto driftsresultat", "58 480", "-47 000", "-23 830"))


PROBES = [
    # a statement broken by a page under a running header naming the year
    _p("statement-continued-under-a-running-header", "statements", (
        Header("Lia kommune – Årsmelding 2023 – Vedlegg 2"),
        H("Årsberetning for Lia kulturhus KF", 2),
        *(P(_FILLER * 3) for _ in range(9)),
        H("Driftsregnskap", 3),
        T(_ROWS, ruled=False, sum_rules=(4, 9, 10, 14), right_aligned=True),
    ), Expect(key_figures=(Figure("driftskostnader", 2023, 5774450, label="Sum driftsutgifter"),
                           Figure("driftskostnader", 2022, 5553870, label="Sum driftsutgifter"),
                           Figure("netto_driftsresultat", 2022, -23830, label="Netto driftsresultat")),
              absent_figures=(Figure("driftskostnader", 2023, 5553870, label="Sum driftsutgifter"),
                              Figure("netto_driftsresultat", 2023, -23830, label="Netto driftsresultat"))),
        formats=("pdf",), title="Årsberetning 2023"),

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
