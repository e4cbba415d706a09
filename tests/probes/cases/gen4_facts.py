"""Fourth reading (docs/phrasings.md §17): organisation facts other than board and finance as
other hands write them: "pst." for prosent, a relative change beside the level, person-years with
two decimals beside a head count, historic program names, owner municipalities in nynorsk, the
founding year from a jubilee, a report titled with its accounts. Names and figures invented."""
from probes.spec import H, P, T, Expect, Probe

NN = {"lang": "nn", "title": "Årsmelding 2023"}

PROBES = [
    # --- sick leave and percentages ----------------------------------------------------------------
    Probe("g4f-sick-pst", "staff", (
        H("Arbeidsmiljø", 2), P("Sykefraværet i bedriften var 4,8 pst. i 2023."),
    ), Expect(sick_leave=4.8, percentages=((4.8, "Sykefraværet"),))),
    Probe("g4f-sick-relative-change", "staff", (
        H("Arbeidsmiljø", 2),
        P("Sykefraværet gikk ned med 12 prosent fra året før og endte på 5,1 prosent."),
    ), Expect(sick_leave=5.1)),
    Probe("g4f-sick-et-sykefravaer-pa", "staff", (
        H("Helse, miljø og sikkerhet", 2),
        P("Bedriften hadde i 2023 et samlet sykefravær på 6,4 prosent, hvorav 2,1 prosent var egenmeldt."),
    ), Expect(sick_leave=6.4)),
    Probe("g4f-sick-nn-sjukefravaret", "staff", (
        H("Arbeidsmiljø", 2), P("Det samla sjukefråværet for dei tilsette var 3,3 % i 2023."),
    ), Expect(sick_leave=3.3), **NN),
    Probe("g4f-sick-prosent-label", "staff", (
        H("Nøkkeltall", 2), P("Sykefraværsprosent: 7,9"),
    ), Expect(sick_leave=7.9)),
    Probe("g4f-owner-share-prosent", "percentages", (
        H("Eierforhold", 2), P("Selskapet eies 80 prosent av Vikna kommune og 20 prosent av Nærøysund kommune."),
    ), Expect(percentages=((80.0, "eies"), (20.0, "eies")))),
    # --- programs and places ---------------------------------------------------------------------
    Probe("g4f-vta-hvorav-women-men", "programs", (
        P("Bedriften har tilskudd for 34 varig tilrettelagte arbeidsplasser (VTA), hvorav 19 kvinner og 15 menn."),
    ), Expect(programs={"VTA": 34})),
    Probe("g4f-aft-nn-long-name-parenthesis", "programs", (
        P("Verksemda har avtale med NAV om 22 plassar i arbeidsførebuande trening (AFT)."),
    ), Expect(programs={"AFT": 22}), **NN),
    Probe("g4f-amb-historic", "programs", (
        P("Bedriften er godkjent som arbeidsmarkedsbedrift (AMB) med 16 plasser."),
    ), Expect(programs={"AFT": 16}), title="Årsberetning 2006"),
    Probe("g4f-laerekandidater-count", "programs", (
        P("Vi har 41 VTA-plasser. I tillegg hadde vi fem lærekandidater i opplæring."),
    ), Expect(programs={"VTA": 41}, only_programs=False)),  # the candidates' count is not VTA places
    Probe("g4f-vta-participants-not-places", "programs", (
        P("Gjennom året har 38 deltakere vært innom VTA, fordelt på 31 plasser."),
    ), Expect(programs={"VTA": 31})),
    # --- staff -----------------------------------------------------------------------------------
    Probe("g4f-arsverk-two-decimals", "staff", (
        H("Ansatte", 2), P("Bedriften sysselsatte 41 personer fordelt på 33,16 årsverk."),
    ), Expect(person_years=33.16, employees=41)),
    Probe("g4f-tilsette-i-arsverk-nn", "staff", (
        H("Tilsette", 2), P("Verksemda har 27 tilsette i 23,5 årsverk."),
    ), Expect(person_years=23.5, employees=27), **NN),
    Probe("g4f-ansatte-tilsvarende-arsverk", "staff", (
        H("Personale", 2), P("Antall ansatte ved årsskiftet var 18, tilsvarende 16,2 årsverk."),
    ), Expect(person_years=16.2, employees=18)),
    Probe("g4f-arsverk-decimal-ends-sentence", "staff", (
        H("Ansatte", 2), P("Antall årsverk ved utgangen av året var 14,5."),
    ), Expect(person_years=14.5)),
    Probe("g4f-arsverk-not-participants", "staff", (
        H("Organisasjonen", 2),
        P("I tillegg til 12 faste ansatte har 64 arbeidstakere på tiltak vært i arbeid hos oss."),
    ), Expect(employees=12)),
    # --- organisation -----------------------------------------------------------------------------
    Probe("g4f-org-number-mva-kind", "organisation", (
        H("Om selskapet", 2),
        P("Fjordvik Vekst AS (org.nr. 998 877 660) er en arbeids- og inkluderingsbedrift."),
        P("Fjordvik Vekst AS har avdelinger i to kommuner."),
    ), Expect(org_name="Fjordvik Vekst AS", org_number="998877660")),
    Probe("g4f-founded-ble-etablert", "organisation", (
        H("Historikk", 2), P("Bedriften ble etablert i 1991 som et samarbeid mellom tre kommuner."),
    ), Expect(founded_year=1991)),
    Probe("g4f-founded-nn-vart-oppretta", "organisation", (
        H("Historikk", 2), P("Stiftinga vart oppretta i 1984 av fire lag i bygda."),
    ), Expect(founded_year=1984), **NN),
    Probe("g4f-iks-name-kommunane-nn", "organisation", (
        P("Sunnfjord Arbeidssenter IKS er eigd av kommunane Askvoll, Fjaler og Hyllestad."),
        P("Sunnfjord Arbeidssenter IKS har hatt eit godt år."),
    ), Expect(org_name="Sunnfjord Arbeidssenter IKS", places=("Askvoll", "Fjaler", "Hyllestad")), **NN),
    Probe("g4f-kf-founded-law-section-employees", "organisation", (
        H("Årsberetning", 2),
        P("Strandvik Eiendom KF ble etablert i 2004 som et kommunalt foretak opprettet i medhold av kommuneloven § 9-1. "
          "Vi er for tiden 180 ansatte som fordeler seg på renhold, drift og administrasjon."),
    ), Expect(org_name="Strandvik Eiendom KF", founded_year=2004, employees=180)),
    # --- report kind and year ----------------------------------------------------------------------
    Probe("g4f-report-arsberetning-og-regnskap", "report", (
        P("Styret legger med dette fram årsberetning og regnskap for driftsåret."),
    ), Expect(report_kind="årsberetning", report_year=2023), title="ÅRSBERETNING OG REGNSKAP 2023"),
    Probe("g4f-report-nn-arsmelding-for", "report", (
        P("Styret legg med dette fram årsmeldinga for verksemda."),
    ), Expect(report_kind="årsmelding", report_year=2023), lang="nn", title="Årsmelding for 2023"),
    Probe("g4f-report-next-year-budget-trap", "report", (
        H("Budsjett 2025", 2), P("Styret har vedtatt budsjett for 2025."),
        H("Årsmøte 2025", 2), P("Årsmøtet holdes 20. mars 2025."),
    ), Expect(report_year=2024), title="Årsberetning 2024"),
    # --- places ------------------------------------------------------------------------------------
    Probe("g4f-places-kommuner-plural-after-list", "places", (
        H("Virksomheten", 2), P("Selskapet har i 2023 levert tjenester til innbyggerne i Våler, Åsnes og Grue kommuner."),
    ), Expect(places=("Våler", "Åsnes", "Grue"))),
    Probe("g4f-places-eierkommuner-label", "places", (
        P("Eierkommuner: Bygland, Valle og Bykle"),
        P("Setesdal Arbeidssenter AS gir arbeid til folk i hele dalen."),
    ), Expect(places=("Bygland", "Valle", "Bykle"))),
    Probe("g4f-places-two-counties", "places", (
        H("Virksomhet", 2), P("Vi leverer tjenester til NAV i Vestland og Rogaland."),
    ), Expect(places=("Vestland", "Rogaland"))),
]
