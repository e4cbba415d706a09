"""Owners of the reporting organisation: share tables and prose, with and without shares,
municipalities owning an IKS or AS; a subsidiary is not an owner (all names invented)."""
from probes.spec import H, P, T, Expect, Probe

PROBES = [
    Probe("own-two-named-no-shares", "owners", (
        P("Dalbo Vekst AS eies av Dalbo kommune og Nesvik kommune."),
    ), Expect(owners=frozenset({("Dalbo kommune", None), ("Nesvik kommune", None)}))),
    Probe("own-kommunene-list", "owners", (
        P("Selskapet eies av kommunene Ås, Dalbo og Nesvik."),
    ), Expect(owners=frozenset({("Ås kommune", None), ("Dalbo kommune", None), ("Nesvik kommune", None)}))),
    Probe("own-eierkommuner-cover", "owners", (
        P("Eierkommuner: Dalbo - Nesvik - Holmfjord"),
        P("Krisesenteret i Dalbo IKS gir et tilbud til alle innbyggerne."),
    ), Expect(owners=frozenset({("Dalbo kommune", None), ("Nesvik kommune", None), ("Holmfjord kommune", None)}))),
    Probe("own-shares-in-prose", "owners", (
        P("Dalbo kommune eier 60 % av aksjene og Nesvik kommune eier 40 %."),
    ), Expect(owners=frozenset({("Dalbo kommune", 60.0), ("Nesvik kommune", 40.0)}))),
    Probe("own-shares-verb-left-out-nn", "owners", (
        P("Dalbo kommune eig 50 % av aksjane, Nesvik kommune 30 % og Holmfjord kommune 20 %."),
    ), Expect(owners=frozenset({("Dalbo kommune", 50.0), ("Nesvik kommune", 30.0), ("Holmfjord kommune", 20.0)})),
        lang="nn", title="Årsmelding 2023"),
    Probe("own-parenthesised-shares", "owners", (
        P("Selskapet eies av Dalbo kommune (75 %) og Nesvik kommune (25 %)."),
    ), Expect(owners=frozenset({("Dalbo kommune", 75.0), ("Nesvik kommune", 25.0)}))),
    Probe("own-wholly-owned", "owners", (
        P("Nesvik Arbeid AS er heleid av Nesvik kommune."),
    ), Expect(owners=frozenset({("Nesvik kommune", 100.0)}))),
    Probe("own-wholly-owned-nn", "owners", (
        P("Bedrifta er heilt eigd av Fjellby herad."),
    ), Expect(owners=frozenset({("Fjellby herad", 100.0)})), lang="nn", title="Årsmelding 2023"),
    Probe("own-table", "owners", (
        H("Eierforhold", 2),
        T((("Eier", "Eierandel"), ("Dalbo kommune", "51 %"), ("Nesvik kommune", "49 %"), ("Sum", "100 %"))),
    ), Expect(owners=frozenset({("Dalbo kommune", 51.0), ("Nesvik kommune", 49.0)}))),
    Probe("own-table-nn", "owners", (
        H("Eigarskap", 2),
        T((("Eigar", "Del i prosent"), ("Fjellby herad", "70"), ("Dalbo kommune", "30"))),
    ), Expect(owners=frozenset({("Fjellby herad", 70.0), ("Dalbo kommune", 30.0)})), lang="nn", title="Årsmelding 2023"),
    Probe("own-subsidiary-is-not-an-owner", "owners", (
        P("Selskapet eier 30 % av aksjene i Fjordservice AS."),
        P("Selskapet eies av Holmfjord kommune."),
    ), Expect(owners=frozenset({("Holmfjord kommune", 100.0)}))),
    Probe("own-following-shareholders", "owners", (
        P("Selskapet ble stiftet med følgende aksjeeiere: Nordfjell fylkeskommune, Dalbo kommune og Nesvik kommune."),
    ), Expect(owners=frozenset({("Nordfjell fylkeskommune", None), ("Dalbo kommune", None), ("Nesvik kommune", None)}))),
    Probe("own-single-owner-implied", "owners", (
        P("Selskapet eies av Holmfjord kommune."),
    ), Expect(owners=frozenset({("Holmfjord kommune", 100.0)}))),
    Probe("own-owns-all-shares", "owners", (
        P("Nesvik kommune eier samtlige aksjer i selskapet."),
    ), Expect(owners=frozenset({("Nesvik kommune", 100.0)}))),
]
