"""Organisation facts: the name with and without a legal form, never another party's; org
numbers; founding year; contacts (organisations, people and numbers invented)."""
from probes.spec import H, P, Expect, Header, Li, Probe

PROBES = [
    # --- the name ----------------------------------------------------------------------------
    Probe("org-club-il-handball", "organisation", (
        P("Fjellby IL Håndball har hatt et godt år med 210 medlemmer."),
        H("Økonomi", 2),
        P("Fjellby IL Håndball fikk et overskudd på kr 120 000,-."),
        P("Styret i Fjellby IL Håndball takker alle frivillige."),
    ), Expect(org_name="Fjellby IL Håndball"), title="Årsberetning for 2023"),
    Probe("org-club-caps-cover-and-abbreviation", "organisation", (
        H("FJELLBY IL HÅNDBALL", 1),
        P("FIL Håndball er et idrettslag tilsluttet Norges Idrettsforbund."),
        P("Fjellby IL Håndball har 14 lag i seriespill."),
        P("I 2023 har Fjellby IL Håndball arrangert to cuper."),
    ), Expect(org_name="Fjellby IL Håndball"), title="ÅRSMØTE 2024"),
    Probe("org-stiftinga-nn", "organisation", (
        P("Stiftinga Dalsvik arbeidssenter er ei stifting som gjev arbeid til folk som treng det."),
        P("Stiftinga Dalsvik arbeidssenter har 30 tilsette."),
        P("Styret i Stiftinga Dalsvik arbeidssenter har hatt seks møte."),
    ), Expect(org_name="Stiftinga Dalsvik arbeidssenter"), lang="nn", title="Årsmelding 2023"),
    Probe("org-norge-association-contacts", "organisation", (
        H("Om Lysfeber Norge", 2),
        P("Lysfeber Norge er en pasientforening for alle med lysfeber og deres pårørende."),
        H("Kontaktinformasjon", 2),
        P("Styret kan nås på epost post@lysfebernorge.no. På nettsidene www.lysfebernorge.no finner du mer."),
        P("Lysfeber Norge har 840 medlemmer."),
    ), Expect(org_name="Lysfeber Norge", email="post@lysfebernorge.no", website="www.lysfebernorge.no"),
        title="Årsmelding 2023"),
    Probe("org-not-the-auditor", "organisation", (
        P("Bølgen Norge er en landsdekkende interesseorganisasjon."),
        P("Bølgen Norge hadde 600 medlemmer ved årsskiftet."),
        H("Uavhengig revisors beretning", 2),
        P("Kystrevisjon AS\nStrandgata 4, 4610 Kristiansand\npost@kystrevisjon.no\nTlf. 38 00 11 22"),
        P("Til årsmøtet i Bølgen Norge"),
        P("Vi har revidert årsregnskapet for Bølgen Norge som viser et overskudd på kr 50 000."),
        P("Kystrevisjon AS\nKari Vik\nstatsautorisert revisor"),
    ), Expect(org_name="Bølgen Norge", email=None, phone=None), title="Årsmelding 2023"),
    Probe("org-bylaws-name", "organisation", (
        H("Vedtekter", 2),
        P("§ 1 Navn. Foreningens navn er Nordlys Seniordans."),
        P("§ 2 Formål. Nordlys Seniordans skal fremme dans for eldre."),
        P("Nordlys Seniordans holdt 40 dansekvelder i 2023."),
    ), Expect(org_name="Nordlys Seniordans"), title="Årsmøtedokumenter 2024"),
    Probe("org-bylaws-colon-and-short-form", "organisation", (
        P("1.1 Navn. Forbundets navn er: Norsk Fjellforbund (NFF), heretter kalt forbundet."),
        P("Norsk Fjellforbund har 4 000 medlemmer."),
        P("NFF arrangerte 12 turer i 2023."),
    ), Expect(org_name="Norsk Fjellforbund"), title="Årsberetning 2023"),
    Probe("org-two-names-are-doubtful", "organisation", (
        P("Fjordlys Norge er en pasientforening."),
        P("Havlys Norge er en pasientforening."),
    ), Expect(low_confidence=("org_name",)), title="Årsmelding 2023"),
    Probe("org-bylaws-name-nn", "organisation", (
        P("§ 1 Namn. Lagets namn er Bygdekoret Songglede."),
        P("Bygdekoret Songglede hadde 22 medlemar i 2023."),
        P("Bygdekoret Songglede song på 12 konsertar."),
    ), Expect(org_name="Bygdekoret Songglede"), lang="nn", title="Årsmelding 2023"),
    Probe("org-orgnr-line-name", "organisation", (
        P("Solvang Hagelag\nOrg.nr. 822 961 789"),
        P("Solvang Hagelag har stelt parken i 30 år."),
        P("Medlemmene i Solvang Hagelag møttes ti ganger."),
    ), Expect(org_name="Solvang Hagelag", org_number="822961789"), title="Årsberetning 2023"),
    Probe("org-legal-form-prefix", "organisation", (
        P("AS Vestby Industri ble stiftet i 1964."),
        P("AS Vestby Industri har 48 ansatte."),
        P("AS Vestby Industri leverer emballasje."),
    ), Expect(org_name="AS Vestby Industri", founded_year=1964), title="Årsrapport 2023"),
    Probe("org-not-the-sponsor", "organisation", (
        P("Nordvik IL er et idrettslag med fotball, ski og friidrett."),
        P("Vår hovedsponsor Sparebanken Fjordkyst AS har forlenget avtalen."),
        P("Hovedsponsor Sparebanken Fjordkyst AS støtter også ungdomsarbeidet."),
        P("Takk til Sparebanken Fjordkyst AS for et godt samarbeid."),
        P("Nordvik IL hadde 520 medlemmer."),
    ), Expect(org_name="Nordvik IL"), title="Årsberetning 2023"),
    Probe("org-not-nav-or-owner", "organisation", (
        P("Strandby Vekst AS er en vekstbedrift som eies av Strandby kommune."),
        P("NAV Strandby er vår viktigste samarbeidspartner. NAV Strandby tildeler plassene."),
        P("I 2023 hadde NAV Strandby og Strandby Vekst AS faste møter."),
        P("Strandby Vekst AS leverer ved og catering."),
    ), Expect(org_name="Strandby Vekst AS", owners=frozenset({("Strandby kommune", 100.0)})), title="Årsrapport 2023"),
    Probe("org-running-header", "organisation", (
        Header("Elvedal Ressurs AS – Årsrapport 2023"),
        P("Vi har hatt et år med god drift og mange nye oppdrag."),
        P("Elvedal Ressurs AS har 25 ansatte."),
    ), Expect(org_name="Elvedal Ressurs AS", report_year=2023), title="Årsrapport"),
    Probe("org-cover-only-name-is-doubtful", "organisation", (
        H("Grønnlia Venner", 1),
        P("Vi har hatt et aktivt år med mange turer i skogen."),
    ), Expect(low_confidence=("org_name",)), title="Årsmelding 2023"),
    # --- org numbers -------------------------------------------------------------------------
    Probe("org-number-spaced-label", "organisation", (
        P("Fjordlys AS, org nr: 922511780, holder til i Strandveien 3."),
        P("Fjordlys AS produserer lamper."),
    ), Expect(org_name="Fjordlys AS", org_number="922511780"), title="Årsberetning 2023"),
    Probe("org-number-organisasjonsnummer-nn", "organisation", (
        P("Fjellsida Bygdeutvikling SA er registrert i Føretaksregisteret med organisasjonsnummer 837 663 806."),
        P("Fjellsida Bygdeutvikling SA har 120 medlemer."),
    ), Expect(org_name="Fjellsida Bygdeutvikling SA", org_number="837663806"), lang="nn", title="Årsmelding 2023"),
    Probe("org-number-mva-form", "organisation", (
        P("Havbris Drift AS\nNO 876 686 503 MVA"),
        P("Havbris Drift AS har drift av tre kaianlegg."),
    ), Expect(org_number="876686503"), title="Årsrapport 2023"),
    Probe("org-number-not-the-auditors", "organisation", (
        P("Lunden Arbeidssenter AS, foretaksnummer 969 549 948."),
        P("Lunden Arbeidssenter AS hadde et godt år."),
        H("Revisors beretning", 2),
        P("Revisjonskontoret Øst AS\nOrg.nr. 887 156 921 MVA\nGodkjent revisjonsselskap"),
        P("Til generalforsamlingen i Lunden Arbeidssenter AS"),
    ), Expect(org_name="Lunden Arbeidssenter AS", org_number="969549948"), title="Årsrapport 2023"),
    Probe("org-number-check-digit-wrong-is-low", "organisation", (
        P("Vestre Vekst AS, org.nr. 993 267 075."),
    ), Expect(low_confidence=("org_number",)), title="Årsrapport 2023"),
    # --- founding year -----------------------------------------------------------------------
    Probe("org-founded-stiftet", "organisation", (
        P("Foreningen ble stiftet i 1987 av en gruppe foreldre."),
        P("Solsikken Foreldreforening har 200 medlemmer."),
    ), Expect(founded_year=1987), title="Årsmelding 2023"),
    Probe("org-founded-skipa-nn", "organisation", (
        P("Laget vart skipa i 1952 og har vore aktivt sidan."),
        P("Bygdalaget Tunet har 90 medlemer."),
    ), Expect(founded_year=1952), lang="nn", title="Årsmelding 2023"),
    Probe("org-founded-label", "organisation", (
        P("Stiftet: 1978"),
        P("Kvernvik Båtforening har 310 båtplasser."),
    ), Expect(founded_year=1978), title="Årsberetning 2023"),
    Probe("org-founded-history-list", "organisation", (
        H("Milepæler", 2),
        P("2022"),
        Li("Lansert nye nettsider."),
        P("2019"),
        Li("Grunnlagt Pusterom Norge i mars."),
        Li("Opprettet domenet pusteromnorge.no"),
        P("Pusterom Norge er en pasientforening."),
    ), Expect(org_name="Pusterom Norge", founded_year=2019), title="Årsmelding 2023"),
    Probe("org-founded-not-something-else", "organisation", (
        P("I 2023 opprettet Tråden Norge en egen telefontjeneste."),
        P("Tråden Norge ble etablert i 2015."),
        P("Tråden Norge er en brukerorganisasjon."),
    ), Expect(founded_year=2015), title="Årsmelding 2023"),
    Probe("org-founded-grunnlagt-date", "organisation", (
        P("Bedriften ble grunnlagt 12. mars 1991 av Holmvik kommune."),
        P("Holmvik Produkt AS har 35 ansatte."),
    ), Expect(founded_year=1991), title="Årsrapport 2023"),
    Probe("org-founded-operating-year", "organisation", (
        P("Otta Kraftlag AS har i 2023 sitt 43. driftsår."),
    ), Expect(founded_year=1981), title="Årsrapport 2023"),
    # --- contacts ----------------------------------------------------------------------------
    Probe("org-phone-telefonnummeret", "organisation", (
        P("I 2023 fikk Støttelinja Norge egen telefontjeneste. Telefonnummeret er 91 23 45 67."),
        P("Støttelinja Norge er en frivillig organisasjon."),
    ), Expect(phone="91 23 45 67"), title="Årsmelding 2023"),
    Probe("org-phone-country-code", "organisation", (
        H("Kontakt oss", 2),
        P("Fjordlag Vekst AS\nTelefon: +47 22 33 44 55\nE-post: post@fjordlagvekst.no"),
        P("Fjordlag Vekst AS har 12 ansatte."),
    ), Expect(phone="+47 22 33 44 55", email="post@fjordlagvekst.no"), title="Årsrapport 2023"),
    Probe("org-website-without-www-nn", "organisation", (
        P("Heimebygda Kulturlag er eit lag for alle i bygda. Sjå heimesida heimebygda.no for meir."),
        P("Heimebygda Kulturlag skipa til 14 kveldar."),
    ), Expect(website="heimebygda.no"), lang="nn", title="Årsmelding 2023"),
    Probe("org-email-not-a-board-members", "organisation", (
        H("Styret", 2),
        P("Leder"), P("Anne Solheim"), P("anne@vindrosenorge.no"),
        P("Nestleder"), P("Per Dal"), P("per.dal@epost.no"),
        H("Kontakt", 2),
        P("Vindrose Norge kan nås på post@vindrosenorge.no."),
        P("Vindrose Norge er en interesseorganisasjon."),
    ), Expect(org_name="Vindrose Norge", email="post@vindrosenorge.no"), title="Årsmelding 2023"),
]
