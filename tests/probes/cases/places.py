"""Places in prose: towns and places abroad a report names, and names that look like places but
are people, words or organisations (people, organisations and sentences invented)."""
from probes.spec import H, P, Expect, Li, Probe

PROBES = [
    Probe("abroad-city-after-i", "places", (
        H("Internasjonalt arbeid", 2),
        P("I mai deltok to av styremedlemmene på en fagkonferanse i København."),
    ), Expect(places=("København",))),
    Probe("abroad-city-after-i-nn", "places", (
        H("Internasjonalt arbeid", 2),
        P("Dagleg leiar heldt innlegg på eit nordisk seminar i Göteborg i haust."),
    ), Expect(places=("Göteborg",)), lang="nn", title="Årsmelding 2023"),
    Probe("abroad-city-fra", "places", (
        H("Fagdag", 2),
        P("Foredragsholderen kom fra Uppsala og snakket om ny forskning."),
    ), Expect(places=("Uppsala",))),
    Probe("abroad-city-country-apposition", "places", (
        H("Forskning", 2),
        P("Foreningen er med i et prosjekt ledet fra et universitet i Sidney, Australia."),
    ), Expect(places=("Sidney", "Australia"))),
    Probe("abroad-city-comma-country-no-preposition", "places", (
        H("Samarbeid", 2),
        P("Partnerne våre holder til i flere land: Tallinn, Estland og Riga, Latvia."),
    ), Expect(places=("Tallinn", "Estland", "Riga", "Latvia"))),
    Probe("abroad-state-after-i", "places", (
        H("Konferanser", 2),
        P("Nestlederen deltok på den internasjonale konferansen i Texas, USA, i oktober."),
    ), Expect(places=("Texas", "USA"))),
    Probe("abroad-state-nn", "places", (
        H("Konferansar", 2),
        P("Nestleiaren var på ein kongress i California i vår."),
    ), Expect(places=("California",)), lang="nn", title="Årsmelding 2023"),
    Probe("abroad-country-then-city", "places", (
        H("Nordisk samarbeid", 2),
        Li("Møtte søsterforeningen på Island i Reykjavik i juni."),
        Li("Holdt innlegg i Helsingfors for nordiske fagfolk."),
    ), Expect(places=("Island", "Reykjavik", "Helsingfors"))),
    Probe("region-norden", "places", (
        H("Internasjonalt", 2),
        P("Vi vil styrke samarbeidet i Norden og søke midler fra fond i Europa."),
    ), Expect(places=("Norden", "Europa"))),
    Probe("region-skandinavia-nn", "places", (
        H("Internasjonalt", 2),
        P("Laget har vore med i ein turnering for klubbar frå heile Skandinavia."),
    ), Expect(places=("Skandinavia",)), lang="nn", title="Årsmelding 2023"),
    Probe("short-post-town-after-i", "places", (
        H("Styrets arbeid", 2),
        P("I november holdt styret en samling i Son med workshop og julebord."),
    ), Expect(places=("Son",))),
    Probe("short-post-town-pa-nn", "places", (
        H("Aktivitetar", 2),
        P("Sommarleiren vart halden på Gol i juli med 40 deltakarar."),
    ), Expect(places=("Gol",)), lang="nn", title="Årsmelding 2023"),
    Probe("qualified-district-after-preposition", "places", (
        H("Om virksomheten", 2),
        P("Deltakerne kommer fra hele indre Salten og fra to kommuner utenfor."),
    ), Expect(places=("Salten",))),
    Probe("qualified-district-after-preposition-nn", "places", (
        H("Om verksemda", 2),
        P("Laget har medlemer frå heile ytre Lister og nokre frå nabofylket."),
    ), Expect(places=("Lister",)), lang="nn", title="Årsmelding 2023"),
    Probe("word-son-nn-not-place", "places", (
        H("Historikk", 2),
        P("Garden vart driven av Nils Rud fram til 1990. Son hans tok over drifta same året."),
    ), Expect(absent_places=("Son",)), lang="nn", title="Årsmelding 2023"),
    Probe("abroad-surname-after-first-name", "places", (
        H("Fagdag", 2),
        P("Dagen ble åpnet av Anne Lincoln, som snakket om frivillighet."),
    ), Expect(absent_places=("Lincoln",))),
    Probe("abroad-names-coordinated-people", "places", (
        H("Trenere", 2),
        P("Lincoln og Austin ledet treningene for de yngste lagene."),
    ), Expect(absent_places=("Lincoln", "Austin"))),
    Probe("abroad-city-in-org-name", "places", (
        H("Samarbeidspartnere", 2),
        P("Vi har et faglig samarbeid med Melbourne University om retningslinjer."),
    ), Expect(absent_places=("Melbourne",))),
    Probe("abroad-city-without-context", "places", (
        H("Media", 2),
        P("Paris var tema i et innlegg om moteuka på nettsiden vår."),
    ), Expect(absent_places=("Paris",))),
    Probe("norwegian-town-wins-over-abroad", "places", (
        H("Aktiviteter", 2),
        P("Årets tur gikk til Bergen, der vi besøkte to andre foreninger."),
    ), Expect(places=("Bergen",))),
]
