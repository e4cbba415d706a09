"""Fourteenth reading (docs/phrasings.md §57): organisation facts, places, percentages and programs
on the wording of real first pages of kinds the earlier readings had little of (housing
co-operatives named after their street, vel and hytteeierforeninger, national associations and
their local branches, consolidated museums, 1990s sheltered firms, English colophons). An address
given only in running text is the organisation's; a venue's street is not; an organisation's name
printed before its street on one line is no part of the street; founding in other words
("skilt ut fra kommunen i 1994"; an AS formed from a foundation: the foundation's year); a
founding label with a numeric date ("Stiftet 01.05.1981"); an acronym used through the report is
not the formal name; 1990s program names; VTA places in a table by year; a bilingual North Sami /
Norwegian report; a national association's branches. Names, figures and sentences are invented;
place names are real municipalities and post towns."""
from probes.spec import H, P, Expect, Probe, T

NN = {"lang": "nn"}


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g14x-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- addresses ------------------------------------------------------------------------------------
    _case("address-running-text-office", "organisation", (
        H("Årsberetning 2023 for Eikeland Vekst AS", 1),
        P("Eikeland Vekst AS har kontor og verksted i Lyngveien 7 i Lyngdal, og har i tillegg en butikk i sentrum."),
        P("Bedriften hadde 34 ansatte ved utgangen av året."),
    ), org_name="Eikeland Vekst AS", address="Lyngveien 7"),
    _case("address-running-text-no-street-word", "organisation", (
        H("Årsberetning 2023 for Sørlandsheia Arbeidssenter AS", 1),
        P("Sørlandsheia Arbeidssenter AS er en vekstbedrift med kontor og verksteder i Fjellheia 14 i Lillesand."),
        P("Bedriften hadde 22 ansatte ved utgangen av året."),
    ), org_name="Sørlandsheia Arbeidssenter AS", address="Fjellheia 14"),
    _case("address-venue-cabin-not-org", "organisation", (
        H("Årsmelding 2022 Fjellheim Hytteeierforening", 1),
        P("Årsmøtet ble holdt på Tjernbu fjellstue, Setervegen 14, lørdag 9. april. Det møtte 61 medlemmer."),
        P("Foreningen har 402 medlemmer ved utgangen av året."),
    ), org_name="Fjellheim Hytteeierforening", low_confidence=("address",)),
    _case("address-rented-hall-not-org", "organisation", (
        H("Årsberetning 2023 for Nordre Lia Velforening", 1),
        P("Sommerfesten ble i år holdt i leide lokaler i Grendehuset, Kirkebakken 3, og samlet over hundre gjester."),
    ), org_name="Nordre Lia Velforening", low_confidence=("address",)),
    _case("name-brl-named-after-street", "organisation", (
        H("Lindebergveien 12 Borettslag", 1),
        P("Til andelseierne i Lindebergveien 12 Borettslag"),
        P("Ordinær generalforsamling i Lindebergveien 12 Borettslag avholdes onsdag 24. april 2024 kl. 18.00 i "
          "fellesrommet. Innkallingen inneholder borettslagets årsberetning og regnskap for 2023."),
    ), org_name="Lindebergveien 12 Borettslag", formats=("docx", "pdf")),
    # --- founding in other words ------------------------------------------------------------------------
    _case("founded-label-numeric-date", "organisation", (
        H("Lov for Brekke Håndballklubb", 1),
        P("Stiftet 01.05.1983, vedtatt av årsmøtet 01.05.1983, med senere endringer av årsmøtet 14.03.2019."),
    ), founded_year=1983),
    _case("founded-label-numeric-date-spaced", "organisation", (
        H("Årsmelding 2023 Solsida Turlag", 1),
        P("Stiftet 12.03. 1978, vedtatt av årsmøtet samme dag."),
        P("Turlaget hadde 312 medlemmer ved utgangen av året."),
    ), founded_year=1978, formats=("docx", "pdf")),
    _case("founded-split-from-municipality", "organisation", (
        H("Årsberetning 2023 Vikna Drift KF", 1),
        P("Vikna Drift KF ble skilt ut fra kommunen i 1994 som et kommunalt foretak, og har i dag 41 ansatte."),
    ), founded_year=1994),
    _case("founded-foundation-then-as", "organisation", (
        H("Årsberetning 2023 for Bjørkhaug Arbeidssenter AS", 1),
        P("Bjørkhaug Arbeidssenter AS ble omdannet til aksjeselskap i 2001, men virksomheten ble etablert som "
          "stiftelse i 1987."),
    ), founded_year=1987),
    _case("founded-since-establishment-noun", "organisation", (
        H("Årsmelding 2012 Lister museum IKS", 1),
        P("Lister museum har siden etableringen høsten 2006 arbeidet for å samle museene i regionen."),
    ), founded_year=2006),
    _case("founded-sameie-sectioned", "organisation", (
        H("Årsberetning 2023 for Sameiet Kirkeveien 40", 1),
        P("Sameiet ble seksjonert i 2012 og består av 24 seksjoner."),
    ), founded_year=2012),
    _case("founded-renamed-not-founding", "organisation", (
        H("Årsmelding 2023 Bekkestua Helselag", 1),
        P("Laget ble stiftet 4. mai 1991 og skiftet navn til Bekkestua Helselag i 2012."),
    ), founded_year=1991),
    _case("founded-owned-group-not-own-en", "organisation", (
        H("Annual report 2022 – Solvang Charitable Trust", 1),
        P("Solvang Charitable Trust owns Solvang Holding AS (the Solvang Group), and the dividends fund its grants."),
        P("The Solvang Group was established in 1911. In 1968 the founder's daughter gave the shares to the trust."),
    ), low_confidence=("founded_year",)),
    _case("founded-subsidiary-not-own", "organisation", (
        H("Årsberetning 2023 for Fjordtun Vekst AS", 1),
        P("Datterselskapet Fjordtun Eiendom AS ble stiftet i 2015 og eier bygningene bedriften leier."),
    ), org_name="Fjordtun Vekst AS", low_confidence=("founded_year",)),
    # --- names ---------------------------------------------------------------------------------------------
    _case("name-acronym-through-report", "organisation", (
        H("ABV – Årsrapport 2023", 1),
        P("Aust-Bygda Vekst AS (ABV) er en arbeids- og inkluderingsbedrift eid av Åmli kommune."),
        P("ABV hadde i 2023 en omsetning på 21 millioner kroner. ABV har 18 VTA-plasser."),
        P("Styret i ABV takker alle ansatte for innsatsen."),
    ), org_name="Aust-Bygda Vekst AS", programs={"VTA": 18}),
    # --- programs ------------------------------------------------------------------------------------------
    _case("programs-1990s-asvo-places", "programs", (
        H("Årsmelding 1996 for Hovin Arbeidssamvirke AS", 1),
        P("Bedriften er en ASVO-bedrift med 24 tiltaksplasser godkjent av Aetat."),
        P("Overgang til arbeid var 34 prosent i 1996."),
    ), org_name="Hovin Arbeidssamvirke AS", programs={"VTA": 24}, percentages=((34.0, "arbeid"),)),
    _case("programs-1990s-amb-attforingsplasser", "programs", (
        H("Årsberetning 1998 Sletta Attføring AS", 1),
        P("Sletta Attføring AS er godkjent som arbeidsmarkedsbedrift (AMB) med 30 attføringsplasser."),
        P("Av deltakerne som avsluttet i 1998 gikk 41 prosent over til ordinært arbeid eller utdanning."),
    ), programs={"AFT": 30}, percentages=((41.0, "arbeid"),)),
    _case("programs-vta-table-by-year", "programs", (
        H("Årsrapport 2023 Grenda Vekst AS", 1),
        P("Tabellen viser antall godkjente tiltaksplasser de siste fem årene."),
        T((("Tiltak", "2019", "2020", "2021", "2022", "2023"),
           ("VTA", "20", "20", "22", "24", "26"),
           ("AFT", "10", "10", "12", "12", "14"))),
    ), programs={"VTA": 26, "AFT": 14}, formats=("docx", "pdf", "tight")),
    _case("programs-national-figures-not-own", "programs", (
        H("Årsrapport 2023 Vestfjord Inkludering AS", 1),
        P("Regjeringen varslet i statsbudsjettet 500 nye VTA-plasser på landsbasis, og fylket fikk 40 av dem."),
        P("Vestfjord Inkludering AS har 16 VTA-plasser."),
    ), programs={"VTA": 16}),
    _case("programs-national-figure-only", "programs", (
        H("Årsberetning 2019 for Nordbygd Arbeidssenter AS", 1),
        P("Stortinget økte antall VTA-plasser med 700 i statsbudsjettet for 2019, men ingen av dem kom til vårt fylke."),
        P("Bedriften hadde 31 ansatte ved utgangen av året."),
    ), only_programs=False, low_confidence=("programs.VTA",)),
    # --- bilingual and national associations ------------------------------------------------------------------
    _case("bilingual-sami-norwegian-facts", "organisation", (
        H("Jahkedieđáhus 2023 / Årsmelding 2023", 1),
        P("Deanu Duodjesearvi / Tana Husflidslag"),
        P("Searvi vuođđuduvvui 1979:s. Laget ble stiftet i 1979."),
        P("Čujuhus / Adresse: Gievdneguoika 5, 9845 Tana"),
    ), founded_year=1979, address="Gievdneguoika 5", places=("Tana",)),
    _case("national-association-branch-addresses", "organisation", (
        H("Årsmelding 2023 Norsk Kystlagforbund", 1),
        P("Norsk Kystlagforbund, Kongens gate 9, 0153 Oslo. Telefon 22 33 44 55."),
        H("Lokallagene", 2),
        P("Kystlaget Molde, Fjordgata 4, 6413 Molde."),
        P("Kystlaget Bodø, Sjøgata 17, 8006 Bodø."),
    ), org_name="Norsk Kystlagforbund", address="Kongens gate 9", formats=("docx", "pdf")),
    _case("national-association-branches-no-own-address", "organisation", (
        H("Årsmelding 2022 Landsforeningen for Kvernhus", 1),
        P("Landsforeningen for Kvernhus har sju lokallag."),
        H("Lokallagene", 2),
        P("Kvernhuslaget i Ørsta, Vikevegen 3, 6150 Ørsta."),
        P("Kvernhuslaget i Stryn, Tonningvegen 8, 6783 Stryn."),
    ), org_name="Landsforeningen for Kvernhus", low_confidence=("address",), formats=("docx", "pdf")),
    # --- an organisation number after a register's name ------------------------------------------------------
    _case("org-number-register-named", "organisation", (
        H("Innkalling til årsmøte 2023", 1),
        P("Vegforeningen Setervegen Bjørnstad–Kvile"),
        P("(Org.nr. i Brønnøysundreg. 915 554 601)"),
        P("Det innkalles til årsmøte på Kvile fjellstue onsdag 12. april kl. 18.00."),
    ), org_number="915554601"),
    # --- a person's mobile number is not the organisation's ------------------------------------------------------
    _case("phone-person-mobile-not-org", "organisation", (
        H("Innkalling til årsmøte 2023 Rustad Veglag", 1),
        P("Forslag på kandidater sendes leder i valgkomiteen Ola Nordby, mob.tlf. 91 22 33 44."),
    ), low_confidence=("phone",)),
]
