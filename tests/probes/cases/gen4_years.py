"""Values a report gives for two years: the report year's value, never the other year's, never
the year itself (invented names and figures)."""
from probes.spec import H, P, Expect, Probe

_BODY = (P("Vi har hatt et godt år med stabil drift."),)

PROBES = [
    Probe("yr-arsverk-label-year", "staff", (
        H("Ansatte", 2), P("Antall årsverk: 2023: 14,5"),
    ), Expect(person_years=14.5)),
    Probe("yr-arsverk-two-years-slash", "staff", (
        H("Ansatte", 2), P("Årsverk 2022: 13,0 / 2023: 14,5"),
    ), Expect(person_years=14.5)),
    Probe("yr-arsverk-mot-prose", "staff", (
        P("Årsverk i 2023 var 14,5 mot 13,0 i 2022."),
    ), Expect(person_years=14.5)),
    Probe("yr-arsverk-nn-two-years", "staff", (
        P("Talet på årsverk i 2023 var 9,5, mot 8,0 i 2022."),
    ), Expect(person_years=9.5), lang="nn", title="Årsmelding 2023"),
    Probe("yr-sick-leave-year-before", "staff", (
        P("Sykefraværet var 6,2 % i 2023, mot 4,1 % året før."),
    ), Expect(sick_leave=6.2, percentages=((6.2, "Sykefraværet"), (4.1, "Sykefraværet")))),
    Probe("yr-sick-leave-nn-bracket", "staff", (
        P("Sjukefråværet i 2022 var 5,0 prosent (2021: 7,2 prosent)."),
    ), Expect(sick_leave=5.0, percentages=((5.0, "Sjukefråværet"), (7.2, "Sjukefråværet"))),
        lang="nn", title="Årsmelding 2022"),
    Probe("yr-sick-leave-other-year-first", "staff", (
        P("I 2022 var sykefraværet 4,8 %, i 2023 var det 3,9 %."),
    ), Expect(sick_leave=3.9)),
    Probe("yr-span-title", "report", _BODY, Expect(report_year=2023, low_confidence=("report_year",)),
          title="Årsmelding 2021–2023"),
    Probe("yr-season-title", "report", _BODY, Expect(report_year=2023), title="Årsberetning 2022/2023"),
    Probe("yr-season-title-nn", "report", (P("Sesongen enda med opprykk."),), Expect(report_year=2023),
          lang="nn", title="Årsmelding 2022/23"),
    Probe("yr-vta-two-years", "programs", (
        P("Bedriften hadde 41 VTA-plasser i 2023 (38 i 2022)."),
    ), Expect(programs={"VTA": 41})),
    Probe("yr-vta-other-year-first-nn", "programs", (
        P("I 2022 hadde verksemda 38 VTA-plassar, i 2023 hadde ho 41."),
    ), Expect(programs={"VTA": 41}), lang="nn", title="Årsmelding 2023"),
]
