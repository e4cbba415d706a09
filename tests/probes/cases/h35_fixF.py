"""Kinds from a fifty-first blind held-out set's errors (foundations, a legat, a social enterprise,
local branches; boards in prose), written here with other names, places and words (h35-fixF,
docs/phrasings.md §97): an employee-elected member whose job stands between the name and "valgt
av og blant de ansatte"; the employees' deputy after "og, for de ansatte,"; the kommune's observer
named in a sentence ("har oppnevnt X som sin observatør i styret"); a legat named for its founder
"og hustrus"; a statement's result line left outside its table (carried alone over a page break,
or set bold under the rows as a heading).
Names and places are invented or real place names."""
from probes.spec import H, P, T, Break, Expect, Figure, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h35f-{case_id}", family, tuple(items), expect, **kw)


_STATEMENT = (("", "Regnskap 2023", "Regnskap 2022"), ("Inntekter", "", ""),
              ("Kontingent", "14 200", "13 650"), ("Tilskudd", "30 000", "28 000"), ("Sum inntekter", "44 200", "41 650"),
              ("Kostnader", "", ""), ("Kurs", "12 480", "15 210"), ("Leie av lokale", "18 000", "18 000"),
              ("Sum kostnader", "30 480", "33 210"))

PROBES = [
    # each member's job after the name, the employees' member with hers before the employees' phrase
    _p("occupation-before-the-employees-phrase", "board", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av Kjersti Vangen (leder), rådgiver i Fjordnett AS; Ivar Moholt "
          "(nestleder), regnskapssjef i en bank; Sunniva Eik, lærer i Fana; og Leif Tonning, kokk, valgt av og "
          "blant de ansatte. Varamedlem har vært Rune Dyb. Styret har hatt fem møter."),
    ), Expect(board=board(("Kjersti Vangen", "LEDE"), ("Ivar Moholt", "NEST"), ("Sunniva Eik", "MEDL"),
                          ("Leif Tonning", "MEDL", True), ("Rune Dyb", "VARA"))),
        formats=WORD, title="Årsberetning 2023 Vangsmoen Kantine AS"),
    # the employees' deputy after "og, for de ansatte,"
    _p("employees-deputy-after-a-constituency-aside", "board", (
        H("Styrets beretning", 2),
        P("Styret har i 2023 bestått av styreleder Gunn Aune, nestleder Per Ivar Strand og styremedlemmene "
          "Hilde Rye og Odd Magne Lie, valgt av de ansatte. Varamedlemmer har vært Eva Thune og, for de "
          "ansatte, Kåre Sveen."),
    ), Expect(board=board(("Gunn Aune", "LEDE"), ("Per Ivar Strand", "NEST"), ("Hilde Rye", "MEDL"),
                          ("Odd Magne Lie", "MEDL", True), ("Eva Thune", "VARA"), ("Kåre Sveen", "VARA", True))),
        formats=WORD, title="Årsrapport 2023 Stiftelsen Elvebakken Dagsenter"),
    # the kommune names its observer in a sentence of its own: an observer, not a member
    _p("kommune-appoints-its-observer", "board", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av leder Marte Foss, nestleder Arild Dale og styremedlem Bente Rud. "
          "Varamedlem har vært Jon Vik."),
        P("Eidsberg kommune har oppnevnt Tore Haug som sin observatør i styret. Han har møtt med talerett."),
    ), Expect(board=board(("Marte Foss", "LEDE"), ("Arild Dale", "NEST"), ("Bente Rud", "MEDL"), ("Jon Vik", "VARA"),
                          ("Tore Haug", "OBS"))),
        formats=WORD, title="Årsberetning 2023 Stiftelsen Mysen Omsorgsboliger"),
    # a legat named for its founder and his wife: the whole name
    _p("legat-named-for-founder-and-wife", "org", (
        P("Skipsreder Anders Molvik og hustrus legat", bold=True, size=16),
        P("Årsberetning 2023"),
        H("Formål", 2),
        P("Legatet ble opprettet ved testament i 1961 og deler ut stipend til unge fra kysten."),
    ), Expect(org_name="Skipsreder Anders Molvik og hustrus legat"),
        formats=WORD, title=None),
    # the statement's result line carried alone to the top of the next page
    _p("result-line-carried-over-a-page-break", "statements", (
        H("Økonomi", 2),
        P("Laget har en sunn økonomi."),
        T(_STATEMENT, ruled=False, bold_header=False, figures_right=True),
        Break(),
        P("Årsresultat 13 720 8 440"),
        P("Regnskapet er revidert av to medlemmer."),
    ), Expect(key_figures=(Figure("arsresultat", 2023, 13720), Figure("arsresultat", 2022, 8440))),
        formats=("pdf",), title="Årsmelding 2023 Hallingby Skiklubb"),
    # nn: the result line set bold under the rows, read as a heading
    _p("nn-bold-result-line-under-the-rows", "statements", (
        H("Rekneskap", 2),
        T(_STATEMENT, ruled=False, bold_header=False, figures_right=True),
        P("Resultat 13 720,- 8 440,-", bold=True),
        P("Rekneskapen er revidert av to medlemer."),
    ), Expect(key_figures=(Figure("arsresultat", 2023, 13720, label="Resultat"),
                           Figure("arsresultat", 2022, 8440, label="Resultat"))),
        lang="nn", formats=("pdf",), title="Årsmelding 2023 Hallingby Sogelag"),
]
