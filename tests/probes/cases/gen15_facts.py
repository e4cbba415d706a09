"""Fifteenth reading (docs/phrasings.md §61): organisation facts, places, percentages and programs
on the wording of real first pages of kinds the earlier readings had little of (regionråd letters
and minutes, cooperatives (SA), vel and idrettslag with their hovedstyre, an English foundation's
report, a bilingual Sami/Norwegian commission, a jubilee booklet, an audit of another body), and
the kinds the brief left open: a place inside an owner's name, "andre land enn Noreg", Sami and
hyphenated municipality names, a merged municipality in a report of its own years, a founding year
given under the organisation's older name, facts in a Word footer or text box, English labels, a
kommunalt foretak, a cooperative and a regionråd. Names, figures and sentences are invented;
place names are real municipalities, post towns and fjords."""
from probes.spec import Box, H, Header, P, Expect, Probe

NN = "nn"
WORD = ("docx", "pdf")


def _case(case_id, family, items, title=None, lang="nb", formats=("docx",), **kw) -> Probe:
    return Probe(f"g15x-{case_id}", family, tuple(items), Expect(**kw), lang=lang, formats=formats, title=title)


PROBES = [
    # --- places --------------------------------------------------------------------------------------------
    _case("place-inside-owner-name", "places", (
        H("Årsberetning 2023 Kvinnherad Vekst AS", 1),
        P("Selskapet eies av Sørfjorden Kraft AS (60 %) og Kvinnherad kommune (40 %)."),
        P("Bedriften har 28 VTA-plasser og holder til i Husnes."),
    ), places=("Kvinnherad", "Husnes"), absent_places=("Sørfjorden",),
        owners={("Sørfjorden Kraft AS", 60.0), ("Kvinnherad kommune", 40.0)}),
    _case("place-country-other-than-noreg", "places", (
        H("Årsmelding 2023 Vangsnes Songlag", 1, ),
        P("Laget har 64 medlemer. 18 prosent av medlemene er fødde i andre land enn Noreg."),
        P("Songlaget held øvingane sine i Vik kyrkjelydshus."),
    ), lang=NN, places=("Vik",), absent_places=("Noreg",), percentages=((18.0, "land"),)),
    _case("place-sami-hyphen-spaced", "places", (
        H("Årsmelding 2012 Deanu Duodjeguovddáš / Tana Husflidssenter", 1),
        P("Senteret eies av Deatnu - Tana kommune og Porsanger - Porsáŋgu - Porsanki kommune."),
        P("Virksomheten holder til i Tana bru."),
    ), places=("Tana", "Porsanger"), absent_places=("Deatnu - Tana", "Deatnu", "Porsanki")),
    _case("place-sami-hyphen-tight", "places", (
        H("Årsmelding 2021 Gáivuona Giellaguovddáš", 1),
        P("Språksenteret får tilskudd fra Gáivuotna-Kåfjord-Kaivuono kommune og fra Deatnu-Tana kommune."),
    ), places=("Kåfjord", "Tana"), absent_places=("Gáivuotna", "Deatnu")),
    _case("place-merged-municipality-own-year", "places", (
        H("Årsberetning 2012 Færder Arbeidssenter AS", 1),
        P("Selskapet eies av Tjøme kommune (50 %) og Nøtterøy kommune (50 %), og har avdelinger på Tjøme og Teie."),
    ), places=("Tjøme", "Nøtterøy"),
        owners={("Tjøme kommune", 50.0), ("Nøtterøy kommune", 50.0)}),
    # --- founding ------------------------------------------------------------------------------------------
    _case("founded-under-older-name", "organisation", (
        H("Årsberetning 2023 Fjordtun Vekst AS", 1),
        P("Fjordtun Vekst AS (tidligere Fjordtun Produkter AS) er en arbeids- og inkluderingsbedrift i Eidfjord."),
        P("Fjordtun Produkter AS ble stiftet i 1979 av Eidfjord kommune og lokale bedrifter."),
    ), org_name="Fjordtun Vekst AS", founded_year=1979),
    _case("founded-as-older-name-then-renamed", "organisation", (
        H("Årsberetning 2023 Lysefjord Inkludering AS", 1),
        P("Bedriften ble stiftet som Forsand Industri AS i 1984, og skiftet navn til Lysefjord Inkludering AS i 2016."),
    ), founded_year=1984),
    _case("founded-on-the-basis-of-not-founding", "organisation", (
        H("Årsmelding 2015 Utmarkskommisjonen", 1),
        P("Kartleggingen skal skje på grunnlag av gjeldende rett og gjelder grunn som ble overført ved lovens "
          "ikrafttredelse 1. juli 2006."),
        P("Det er avholdt fem kommisjonsmøter i 2015."),
    ), founded_year=None),
    _case("founded-jubilee-counted-from-other-year", "organisation", (
        H("Et tilbakeblikk", 1),
        P("Solberg Arbeidssenter har ved 20-årsjubileet laget en kort beretning om hvor bedriften står."),
        P("I 2001 ble det laget en enkel historisk beretning om de ti første årene."),
    ), low_confidence=("founded_year", "report_year")),
    # --- contacts in a footer, a text box, English labels -------------------------------------------------
    _case("footer-org-number-address", "organisation", (
        H("Årsberetning 2023", 1),
        P("Styret legger med dette fram årsberetning og regnskap for 2023."),
        P("Bedriften hadde 31 ansatte ved utgangen av året."),
        Header("Lenavekst AS · Industriveien 4, 2850 Lena · Org.nr. 976 543 210", footer=True),
    ), org_number="976543210", address="Industriveien 4", formats=WORD),
    _case("text-box-contact-lines", "organisation", (
        H("Årsmelding 2023 Tinnsjø Vekst AS", 1),
        P("Tinnsjø Vekst AS er en arbeids- og inkluderingsbedrift eid av Tinn kommune."),
        Box(("Tinnsjø Vekst AS", "Sagvegen 9", "3660 Rjukan", "Org.nr. 981 234 567", "Tlf. 35 09 12 00")),
    ), org_name="Tinnsjø Vekst AS", org_number="981234567", address="Sagvegen 9", formats=WORD),
    _case("english-labels-registered-office", "organisation", (
        H("Annual Report 2022", 1),
        P("Mjøsa Research Foundation"),
        P("Organisation number: 976 111 222"),
        P("The foundation was founded in 1985 and has its registered office in Hamar."),
        P("Head office: Storgata 12, 2317 Hamar"),
    ), org_name="Mjøsa Research Foundation", org_number="976111222", founded_year=1985,
        address="Storgata 12", places=("Hamar",)),
    # --- legal forms and owners of KF, SA, regionråd ----------------------------------------------------------
    _case("kf-owned-by-its-municipality", "organisation", (
        H("Årsmelding 2023 Hamar Parkering KF", 1),
        P("Hamar Parkering KF er et kommunalt foretak eid av Hamar kommune, opprettet i 2004."),
    ), org_name="Hamar Parkering KF", founded_year=2004, owners={("Hamar kommune", 100.0)}),
    _case("sa-members-are-not-owners-shares", "organisation", (
        H("Årsmelding 2023 Bygdekraft SA", 1, ),
        P("Bygdekraft SA er eit samvirkeføretak som er eigd av 340 andelseigarar i Seljord og Kviteseid."),
    ), lang=NN, org_name="Bygdekraft SA", places=("Seljord", "Kviteseid")),
    _case("regionraad-party-kf-not-legal-form", "organisation", (
        H("Årsmelding 2020 Nordfjellet regionråd", 1),
        P("Leiar for regionrådet har vore ordførar i Lavangen kommune, Kari Nilsen (KF). "
          "Nestleiar har vore ordførar Per Hansen (Ap), Salangen kommune."),
    ), lang=NN, org_name="Nordfjellet regionråd", places=("Lavangen", "Salangen")),
    # --- names on real first pages ------------------------------------------------------------------------------
    _case("name-line-before-case-number", "organisation", (
        P("Brekkeby idrettslag Sak 5"),
        P("Årsmøtet 2024"),
        H("ÅRSMELDING", 1),
        P("for perioden 1. januar – 31. desember 2023"),
        P("Hovedstyret har hatt åtte møter i perioden."),
        P("Revisor: Revisjonshuset Vest AS"),
    ), org_name="Brekkeby idrettslag"),
    _case("name-in-meeting-notice-heading", "organisation", (
        P("Ordførerne og rådmennene i Bardu, Dyrøy og Sørreisa"),
        P("Ordføreren i Fjelltinget"),
        P("Postboks 12, 9325 Bardufoss"),
        H("INNKALLING TIL MØTE I INDRE TROMS REGIONRÅD", 1),
        P("Tid: Mandag 18. mars kl. 09.30. Sted: Kommunehuset i Bardu."),
        P("Sak 14/24 Årsmelding og regnskap for 2023."),
    ), org_name="Indre Troms regionråd"),
    _case("name-after-comma-in-minutes-heading", "organisation", (
        H("Protokoll fra møte nr. 2/23, Vest-Troms regionråd", 1),
        P("Møtet ble holdt på Sjøbua hotell i Senja."),
        P("Hovedinntrykket er at regionen har stor aktivitet og at folketallet er stabilt."),
    ), org_name="Vest-Troms regionråd"),
    _case("name-not-section-title-or-byline", "organisation", (
        P("Et tilbakeblikk på 25 år"),
        P("FØRT I PENN AV KARI LUNDE"),
        H("FORORD", 1),
        P("Ved jubileet har bedriften laget en kort beretning om hvor den står, med hilsener fra eierne."),
        P("Torvild Brenne og Ingrid Lunde"),
        H("VISJON OG RESULTATER", 2),
        P("Bedriften skal være en god arbeidsplass for alle."),
    ), org_name=None, title=None),
    _case("name-in-member-magazine-title", "organisation", (
        H("Orkla-idrett nr. 1 2024", 1),
        P("Medlemsblad for Meldal Idrettsforening, 38. årgang"),
        H("Lederen har ordet", 2),
        P("Vinteren har sluppet taket, og friidrettsbanen er klar for sesongen."),
    ), org_name="Meldal Idrettsforening"),
    _case("name-vel-lower-case-kind", "organisation", (
        H("Årsberetning 2023", 1),
        P("Årsberetning for Hvaler vel 2023"),
        P("Vellet hadde 214 medlemmer i 2023."),
    ), org_name="Hvaler vel"),
    _case("name-club-as-subject-not-abbreviated-title", "organisation", (
        H("Årsrapport for SOIL Hovedstyret 2023", 1),
        P("Søndre Oppdal idrettslag avholder sitt årsmøte i klubbhuset tirsdag 12. mars kl. 19."),
        P("Leder: Kari Brekke"),
    ), org_name="Søndre Oppdal idrettslag"),
    _case("address-bilingual-sami-labels", "organisation", (
        H("Jahkedieđáhus 2023 / Årsmelding 2023", 1),
        P("Besøksadresse / Čujuhus: Tinghuset, Sirbmáguoika 4, 9845 Deatnu / Tana"),
        P("Postadresse / Poastačujuhus: P.b. 31, 9846 Deatnu / Tana"),
        P("Utmarkskommisjonen kartlegger rettigheter i utmarka."),
    ), address="Sirbmáguoika 4", places=("Tana",), absent_places=("Deatnu",)),
    _case("report-year-title-over-earlier-report", "report", (
        H("FORVALTNINGSREVISJONSRAPPORT/ SELSKAPSKONTROLL LÅGEN ARBEID AS 2022", 1),
        P("Kommunerevisjonen har undersøkt om Lågen Arbeid AS har fulgt opp anbefalingene i rapporten om "
          "eierskapskontroll fra 2018."),
    ), report_year=2022),
]
