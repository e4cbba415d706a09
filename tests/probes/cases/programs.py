"""NAV programs and their approved places as reports write them, with historic names
(APS, ASVO) read as the program that replaced them (figures invented)."""
from probes.spec import H, P, T, Expect, Li, Probe

PROBES = [
    Probe("prog-phrase-counts", "programs", (
        P("Bedriften har 41 VTA-plasser og 18 AFT-plasser."),
    ), Expect(programs={"VTA": 41, "AFT": 18})),
    Probe("prog-approved-places-under-heading", "programs", (
        H("Varig tilrettelagt arbeid (VTA)", 2),
        P("Vi har 32 godkjente tiltaksplasser."),
    ), Expect(programs={"VTA": 32})),
    Probe("prog-labelled-lines", "programs", (
        H("Tiltaksplasser", 2),
        P("VTA: 32"),
        P("AFT: 18"),
    ), Expect(programs={"VTA": 32, "AFT": 18})),
    Probe("prog-labelled-bullets", "programs", (
        H("Våre tiltak", 2),
        Li("VTA – 24 plasser"),
        Li("AFT – 12 plasser"),
    ), Expect(programs={"VTA": 24, "AFT": 12})),
    Probe("prog-capacity-table", "programs", (
        H("Godkjent kapasitet", 2),
        T((("Tiltak", "Antall"), ("VTA", "32"), ("AFT", "18"))),
    ), Expect(programs={"VTA": 32, "AFT": 18})),
    Probe("prog-columns-table", "programs", (
        H("Tiltak", 2),
        T((("", "VTA", "AFT"), ("Plasser", "26", "14"), ("Deltakere", "29", "51"))),
    ), Expect(programs={"VTA": 26, "AFT": 14})),
    Probe("prog-places-column-table", "programs", (
        T((("Tiltak", "Plasser", "Deltakere"), ("VTA", "48", "51"), ("AFT", "32", "87"))),
    ), Expect(programs={"VTA": 48, "AFT": 32})),
    Probe("prog-nn-plassar", "programs", (
        P("Bedrifta har 24 VTA-plassar og 12 AFT-plassar."),
    ), Expect(programs={"VTA": 24, "AFT": 12}), lang="nn", title="Årsmelding 2023"),
    Probe("prog-nn-full-name", "programs", (
        H("Arbeidsførebuande trening", 2),
        P("Vi har avtale om 15 plassar."),
    ), Expect(programs={"AFT": 15}), lang="nn", title="Årsmelding 2023"),
    Probe("prog-vto-long-name", "programs", (
        P("Vi har 25 plasser i varig tilrettelagt arbeid og 6 plasser i varig tilrettelagt arbeid i ordinær "
          "virksomhet (VTO)."),
    ), Expect(programs={"VTA": 25, "VTO": 6})),
    Probe("prog-historic-aps", "programs", (
        P("Bedriften hadde avtale om 20 plasser i arbeidspraksis i skjermet virksomhet (APS)."),
    ), Expect(programs={"AFT": 20}), title="Årsrapport 2012"),
    Probe("prog-historic-asvo", "programs", (
        P("Vi har 18 ASVO-plasser fordelt på to avdelinger."),
    ), Expect(programs={"VTA": 18}), title="Årsrapport 2005"),
    Probe("prog-laerekandidat-places", "programs", (
        P("Bedriften har 4 lærekandidatplasser og 30 VTA-plasser."),
    ), Expect(programs={"LÆREKANDIDAT": 4, "VTA": 30})),
    Probe("prog-new-places-are-a-change", "programs", (
        P("I 2023 fikk vi 5 nye VTA-plasser, og vi har nå 45 VTA-plasser."),
    ), Expect(programs={"VTA": 45})),
    Probe("prog-quoted-news-is-not-ours", "programs", (
        H("Vekstbedriften i media", 2),
        P("DRAMMENS TIDENDE Tirsdag 14. mars 2023"),
        P("Regjeringen foreslår 300 nye VTA-plasser i statsbudsjettet."),
    ), Expect(programs={})),
    Probe("prog-split-word", "programs", (
        P("Bedriften har tilskudd for 27 varig tilrette lagte arbeidsplasser (VTA)."),
    ), Expect(programs={"VTA": 27})),
    Probe("prog-persons-on-places", "programs", (
        P("I 2023 var 29 personer på 27 godkjente plasser i VTA."),
    ), Expect(programs={"VTA": 27})),
]
