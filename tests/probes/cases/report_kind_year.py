"""Report kind and year: every kind as reports print it, the year on the cover, in the text
and in meeting papers (which name the meeting's year, not the report's)."""
from probes.spec import H, P, Expect, Header, Probe

_BODY = (P("Vi har hatt et godt år med stabil drift."), P("Styret takker alle medarbeidere for innsatsen."))

PROBES = [
    Probe("rep-arsrapport", "report", _BODY, Expect(report_kind="årsrapport", report_year=2022), title="Årsrapport 2022"),
    Probe("rep-arsberetning-for", "report", _BODY, Expect(report_kind="årsberetning", report_year=2014),
          title="Årsberetning for 2014"),
    Probe("rep-styrets-beretning", "report", _BODY, Expect(report_kind="årsberetning", report_year=2021),
          title="Styrets beretning 2021"),
    Probe("rep-arsberetning-og-regnskap", "report", _BODY, Expect(report_kind="årsberetning", report_year=2020),
          title="Årsberetning og regnskap 2020"),
    Probe("rep-arsmelding-caps", "report", _BODY, Expect(report_kind="årsmelding", report_year=2019),
          title="ÅRSMELDING 2019"),
    Probe("rep-arsmelding-og-rekneskap-nn", "report", (
        P("Vi har hatt eit godt år med stabil drift."), P("Styret takkar alle tilsette for innsatsen."),
    ), Expect(report_kind="årsmelding", report_year=2018), lang="nn", title="Årsmelding og rekneskap 2018"),
    Probe("rep-styret-si-arsmelding-nn", "report", (
        P("Styret har hatt åtte møte i året."),
    ), Expect(report_kind="årsmelding", report_year=2020), lang="nn", title="Styret si årsmelding for 2020"),
    Probe("rep-virksomhetsrapport", "report", _BODY, Expect(report_kind="virksomhetsrapport", report_year=2021),
          title="Virksomhetsrapport 2021"),
    Probe("rep-arsmotepapirer-meeting-year", "report", (
        H("Sak 4 Årsberetning", 2),
        P("Styret legger fram årsberetningen for årsmøtet."),
    ), Expect(report_kind="årsmøtepapirer", report_year=2023), title="Årsmøtepapirer 2024"),
    Probe("rep-arsmote-cover-and-beretning", "report", (
        H("Høgli IL", 1),
        P("27. mars 2025 kl. 18 i klubbhuset"),
        H("Sak 5 Styrets årsberetning", 2),
        H("Styrets årsberetning for 2024", 2),
        P("Klubben har 310 medlemmer ved årsskiftet."),
    ), Expect(report_kind="årsmøtepapirer", report_year=2024), title="ÅRSMØTE"),
    Probe("rep-arsmotedokumenter-nn", "report", (
        H("Årsmelding for 2023", 2),
        P("Laget har hatt 12 styremøte."),
    ), Expect(report_kind="årsmøtepapirer", report_year=2023), lang="nn", title="Årsmøtedokument 2024"),
    Probe("rep-cover-year-on-next-line", "report", (
        P("2022"),
        H("Innhold", 2),
        P("Vi har hatt et godt år. Budsjettet for 2023 er vedtatt."),
    ), Expect(report_kind="årsrapport", report_year=2022), title="ÅRSRAPPORT"),
    Probe("rep-spaced-title", "report", _BODY, Expect(report_kind="årsrapport", report_year=2013),
          title="Å R S R A P P O R T  2 0 1 3"),
    Probe("rep-zero-for-o", "report", _BODY, Expect(report_kind="årsrapport", report_year=2004),
          title="ÅRSRAPP0RT 2004"),
    Probe("rep-fiscal-year-in-text", "report", (
        P("Regnskapet for regnskapsåret 2019 viser et overskudd."),
        P("Det forekommer ingen avvik for regnskapsåret 2019."),
    ), Expect(report_kind="årsberetning", report_year=2019), title="Årsberetning"),
    Probe("rep-budget-next-year-does-not-win", "report", (
        H("Budsjett 2023", 2),
        P("Budsjettet for 2023 er vedtatt. I 2023 skal vi vokse."),
        P("Planene for 2023 er ambisiøse og 2023 blir et viktig år."),
    ), Expect(report_year=2022), title="Årsrapport for 2022"),
    Probe("rep-signed-next-year", "report", (
        P("Styret mener regnskapet gir et riktig bilde."),
        P("Oslo, 15. mars 2024"),
        P("Kari Nordmann\nstyreleder"),
    ), Expect(report_year=2023), title="Årsberetning 2023"),
    Probe("rep-running-header-year", "report", (
        Header("Tindeland AS · Årsrapport 2020"),
        P("Vi har hatt et godt år."),
    ), Expect(report_year=2020, report_kind="årsrapport"), title="Tindeland AS"),
    Probe("rep-arsmelding-nn-plain", "report", (
        P("Verksemda har hatt eit travelt år med mange nye oppdrag."),
    ), Expect(report_kind="årsmelding", report_year=2017), lang="nn", title="Årsmelding 2017"),
]
