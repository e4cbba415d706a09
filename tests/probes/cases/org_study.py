"""Organisation, report, owners, programs and staff wordings from the study of real reports
(docs/phrasings.md, section 13, on branch h9-study), paraphrased with invented names."""
from probes.spec import H, P, T, Expect, Header, Probe

PROBES = [
    Probe("study-or-club-cover-meeting-papers", "organisation", (
        H("Nordby Idrettslag", 1),
        P("Nordby Idrettslag har i 2023 hatt 410 medlemmer."),
        P("Hovedstyret i Nordby Idrettslag har hatt ni møter."),
    ), Expect(org_name="Nordby Idrettslag", report_kind="årsmøtepapirer", report_year=2023), title="Årsmøtepapirer 2024"),
    Probe("study-or-acronym-after-name", "organisation", (
        P("Sørby Renovasjon IKS (SRI) har i 2023 samlet inn 12 000 tonn avfall."),
        P("SRI har 60 ansatte. SRI eies av fire kommuner."),
        P("SRI har investert i nye biler."),
    ), Expect(org_name="Sørby Renovasjon IKS"), title="Årsrapport 2023"),
    Probe("study-or-kf-vedtatt-etablert", "organisation", (
        P("Nordby Eiendom KF ble vedtatt etablert av bystyret fra 1. juli 2019."),
        P("Nordby Eiendom KF forvalter kommunens bygg."),
    ), Expect(org_name="Nordby Eiendom KF", founded_year=2019), title="Årsberetning 2023"),
    Probe("study-or-a-s-prefix", "organisation", (
        P("A/S Nordby Kraftselskap har levert strøm i hele 1999."),
        P("A/S Nordby Kraftselskap har 30 ansatte."),
    ), Expect(org_name="A/S Nordby Kraftselskap"), title="Årsrapport 1999"),
    Probe("study-or-orgnr-in-parentheses", "organisation", (
        P("Vestby Arbeidssenter AS (org. nr. 970 643 907) er en vekstbedrift i Vestby."),
    ), Expect(org_number="970643907", org_name="Vestby Arbeidssenter AS"), title="Årsrapport 2023"),
    Probe("study-or-orgnr-label-without-digits", "organisation", (
        P("Org.nr:"),
        P("Vestby Arbeidssenter AS hadde et godt år."),
    ), Expect(org_number=None), title="Årsrapport 2023"),
    Probe("study-or-back-page-contacts", "organisation", (
        P("Nordby Vekst AS har 40 ansatte og leverer tjenester til kommunen."),
        H("Kontakt", 2),
        P("Nordby Vekst AS\nStorgata 12, 1234 Nordby\nTelefon 22 33 44 55\npost@nordbyvekst.no\nwww.nordbyvekst.no"),
    ), Expect(phone="22 33 44 55", email="post@nordbyvekst.no", website="www.nordbyvekst.no"), title="Årsrapport 2023"),
    Probe("study-or-spaced-website", "organisation", (
        P("w w w . n o r d b y v e k s t . n o"),
        P("Nordby Vekst AS har 40 ansatte."),
    ), Expect(website="www.nordbyvekst.no"), title="Årsrapport 2023"),
    Probe("study-or-name-change-is-not-founding", "organisation", (
        P("Nordby Vekst AS skiftet navn fra Nordby ASVO AS i 2005."),
        P("Nordby Vekst AS har 40 ansatte."),
    ), Expect(org_name="Nordby Vekst AS", founded_year=None), title="Årsrapport 2023"),
    Probe("study-or-years-since-founding", "organisation", (
        P("I 2018 var det 20 år siden bedriften ble etablert."),
        P("Nordby Vekst AS har 40 ansatte."),
    ), Expect(founded_year=1998), title="Årsrapport 2018"),
    Probe("study-ry-meeting-docs-with-date", "report", (
        P("Årsmøte 21. mars 2024"),
        H("Styrets beretning for 2023", 2),
        P("Styret har hatt åtte møter."),
    ), Expect(report_kind="årsmøtepapirer", report_year=2023), title="Årsmøtedokumentasjon 2024"),
    Probe("study-ry-season", "report", (
        P("Sesongen ble avsluttet med seriegull."),
    ), Expect(report_kind="årsberetning", report_year=2022), title="Styrets årsberetning 2021/2022"),
    Probe("study-ry-stale-running-header", "report", (
        Header("Årsrapport 2021"),
        P("Vi har hatt et godt år."),
    ), Expect(report_year=2023), title="Årsrapport 2023"),
    Probe("study-ry-period-dates", "report", (
        P("Vi har hatt et godt år."),
    ), Expect(report_kind="årsrapport", report_year=2016), title="Årsrapport 01.01. – 31.12.2016"),
    Probe("study-ow-eid-100-prosent", "owners", (
        P("Selskapet er eid 100 % av Nordby kommune."),
    ), Expect(owners=frozenset({("Nordby kommune", 100.0)}))),
    Probe("study-ow-subsidiary-only", "owners", (
        P("Selskapet eier 100 % av aksjene i Nordby Eiendom AS."),
    ), Expect(owners=frozenset())),
    Probe("study-ow-owner-municipalities-unnamed", "owners", (
        P("Våre 11 eierkommuner er fornøyde med driften."),
    ), Expect(owners=frozenset())),
    Probe("study-pr-persons-on-fewer-places", "programs", (
        P("Vi har tolv ansatte i varig tilrettelagt arbeid fordelt på ni plasser."),
    ), Expect(programs={"VTA": 9})),
    Probe("study-pr-asvo-company-type", "programs", (
        P("Bedriften er en ASVO-bedrift med 18 arbeidstakere."),
    ), Expect(programs={}), title="Årsrapport 1997"),
    Probe("study-pr-other-measures", "programs", (
        P("Avklaring og oppfølging: 40 deltakere"),
    ), Expect(programs={})),
    Probe("study-pr-approved-places-nn", "programs", (
        P("Bedrifta har 27 godkjende tiltaksplassar i VTA."),
    ), Expect(programs={"VTA": 27}), lang="nn", title="Årsmelding 2023"),
    Probe("study-st-tal-arsverk-nn", "staff", (
        P("Tal årsverk: 12,4"),
    ), Expect(person_years=12.4), lang="nn", title="Årsmelding 2023"),
    Probe("study-st-footnote-marker", "staff", (
        T((("", "2023", "2022"), ("Gjennomsnittlig antall årsverk 8)", "112", "108"))),
    ), Expect(person_years=112)),
    Probe("study-st-change-without-level", "staff", (
        P("Sykefraværet økte med 0,8 prosentpoeng."),
    ), Expect(sick_leave=None)),
    Probe("study-st-sick-leave-total-column", "staff", (
        H("Sykefravær", 2),
        T((("År", "Korttid", "Langtid", "Totalt"), ("2023", "1,9 %", "3,4 %", "5,3 %"))),
    ), Expect(sick_leave=5.3)),
    Probe("study-st-fagpersoner", "staff", (
        P("Bedriften har 55 fagpersoner og 40 tiltaksansatte."),
    ), Expect(employees=55)),
    Probe("study-st-staff-and-participants-mixed", "staff", (
        P("Ca. 350 personer er ansatt eller tilknyttet bedriften."),
    ), Expect(employees=None)),
]
