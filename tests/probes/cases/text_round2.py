"""Places and percentages, second round: nynorsk place names reported as written, towns named by
the district they lie in, and the same percentage twice in one sentence (names, places'
sentences and figures invented)."""
from probes.spec import H, P, Expect, Li, Probe

PROBES = [
    Probe("country-nynorsk-noreg", "places", (
        H("Medlemer", 2),
        P("Laget har no medlemer frå heile Noreg, og fleire kjem til kvart år."),
    ), Expect(places=("Noreg",), absent_places=("Norge",)), lang="nn", title="Årsmelding 2023"),
    Probe("country-nynorsk-genitive", "places", (
        H("Samarbeid", 2),
        P("Stiftinga er ein del av Noregs største nettverk for tilrettelagt arbeid."),
    ), Expect(places=("Noreg",)), lang="nn", title="Årsmelding 2023"),
    Probe("landsdel-nynorsk", "places", (
        H("Turar", 2),
        P("Sommarturen gjekk i år til Nord-Noreg, og hausttreffet var på Austlandet."),
    ), Expect(places=("Nord-Noreg", "Austlandet"), absent_places=("Nord-Norge",)), lang="nn",
        title="Årsmelding 2023"),
    Probe("country-bokmal-norge", "places", (
        H("Medlemmer", 2),
        P("Foreningen har medlemmer fra hele Norge og noen fra Sverige."),
    ), Expect(places=("Norge", "Sverige"), absent_places=("Noreg",))),
    Probe("town-named-by-district", "places", (
        H("Kurs", 2),
        P("Høstens fagsamling ble holdt på Skei i Jølster med deltakere fra tre avdelinger."),
    ), Expect(places=("Skei i Jølster",))),
    Probe("town-named-by-district-nn", "places", (
        H("Avdelingar", 2),
        P("I mars opna vi ei ny avdeling i Eidsvåg i Åsane med seks arbeidsplassar."),
    ), Expect(places=("Eidsvåg i Åsane",)), lang="nn", title="Årsmelding 2023"),
    Probe("town-named-by-district-list", "places", (
        H("Leveranser", 2),
        Li("Ved til kunder i Leirvik i Sogn"),
        Li("Paller til et sagbruk i Bø"),
    ), Expect(places=("Leirvik i Sogn", "Bø"))),
    Probe("municipality-told-apart-by-county", "places", (
        H("Samarbeid", 2),
        P("Vi leverer tjenester til Sande i Vestfold og til nabokommunene."),
    ), Expect(places=("Sande",), absent_places=("Sande i Vestfold",))),
    Probe("same-percentage-twice", "percentages", (
        H("Likestilling", 2),
        P("Andelen kvinner i styret var 40 %, og blant de ansatte var andelen også 40 %."),
    ), Expect(percentages=((40, "styret"),), percentage_counts=((40, 2),))),
    Probe("same-percentage-twice-nn", "percentages", (
        H("Sjukefråvær", 2),
        P("Sjukefråværet var 6,5 prosent i første halvår og 6,5 prosent i andre halvår."),
    ), Expect(percentage_counts=((6.5, 2),)), lang="nn", title="Årsmelding 2023"),
    Probe("same-percentage-thrice-shares", "percentages", (
        H("Eierskap", 2),
        P("Aksjene eies av tre kommuner: Kommune A har 25 %, kommune B 25 % og kommune C 50 %."),
    ), Expect(percentage_counts=((25, 2), (50, 1)))),
]
