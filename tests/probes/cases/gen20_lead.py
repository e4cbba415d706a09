"""Kinds found by reading older held-out sets' PDF renditions against their gold (lead, gen20;
docs/phrasings.md §89): an English role qualified in brackets ("Observer (municipal
administration)"); another organ's minutes whose attendance lists its own deputies ("Forfall: X
(vara Y møtte)" under "Protokoll frå representantskapsmøtet"); a subsidiary's own årsberetning
bound after the parent's, its board told in a sentence; a county branch led by its "fylkesleder",
beside another organisation's county leader thanked in prose.
Names and places are invented."""
from probes.spec import H, P, T, Break, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g20-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    _p("en-observer-in-brackets", "board", (
        H("Summary in English", 2),
        P("Fjordhall KF runs the municipal swimming hall and two sports halls in Harstad."),
        H("Board of Directors 2024", 3),
        T((("Role", "Name"), ("Chair", "Ingvild Rasmussen Holt"), ("Deputy Chair", "Terje Bakkevoll"),
           ("Board Member", "Sunniva Aarstad"), ("Deputy Member", "Kjell Arne Nyvoll"),
           ("Observer (municipal administration)", "Margrethe Isaksen"))),
    ), Expect(board=board(("Ingvild Rasmussen Holt", "LEDE"), ("Terje Bakkevoll", "NEST"), ("Sunniva Aarstad", "MEDL"),
                          ("Kjell Arne Nyvoll", "VARA"), ("Margrethe Isaksen", "OBS"))),
        formats=WORD, title="Annual report 2024 Fjordhall KF"),
    _p("nn-other-organ-minutes-attendance", "board", (
        H("Styret", 2),
        T((("Namn", "Verv"), ("Solveig Hamre Nesse", "styreleiar"), ("Gunnar Tysnes", "nestleiar"),
           ("Brita Eidsvåg", "styremedlem"), ("Lars Olav Fitje", "varamedlem"))),
        H("Protokoll frå representantskapsmøtet", 2),
        P("Møtet vart halde 14. mars 2023 på Bømlo kulturhus."),
        P("Til stades:\tOddny Sæle, Per Atle Kvinnsland, Randi Hovland"),
        P("Forfall:\tTorleiv Grønås (vara Marit Lykkebø møtte)"),
        P("Frå styret:\tSolveig Hamre Nesse, styreleiar"),
        P("Sak 1: Godkjenning av innkalling. Samrøystes godkjent."),
    ), Expect(board=board(("Solveig Hamre Nesse", "LEDE"), ("Gunnar Tysnes", "NEST"), ("Brita Eidsvåg", "MEDL"),
                          ("Lars Olav Fitje", "VARA"))),
        formats=WORD, lang="nn", title="Årsmelding 2023 Bømlo Bustadstifting"),
    _p("subsidiary-report-bound-after", "board", (
        P("Lerstad Arbeidssenter AS gir arbeid og opplæring til folk som står utenfor arbeidslivet."),
        H("Styret", 2),
        T((("Navn", "Verv"), ("Helene Bråthen", "Styreleder"), ("Audun Kjos", "Nestleder"),
           ("Sigrid Lerstad", "Styremedlem"), ("Erlend Moe", "Varamedlem"))),
        P("Daglig leder er Kari Storsveen."),
        P("Gjøvik, 10. mars 2025"),
        Break(),
        H("Lerstad Eiendom AS", 1),
        H("Årsberetning 2024", 2),
        P("Lerstad Eiendom AS er et heleid datterselskap av Lerstad Arbeidssenter AS og eier bygningene "
          "selskapet leier ut."),
        P("Styret har bestått av Kari Storsveen (styreleder), Audun Kjos og Tormod Hval."),
        P("Daglig leder i Lerstad Eiendom AS er Petter Rud."),
    ), Expect(board=board(("Helene Bråthen", "LEDE"), ("Audun Kjos", "NEST"), ("Sigrid Lerstad", "MEDL"),
                          ("Erlend Moe", "VARA")), ceo="Kari Storsveen", org_name="Lerstad Arbeidssenter AS"),
        formats=WORD, title="Årsberetning 2024 Lerstad Arbeidssenter AS"),
    _p("county-branch-fylkesleder", "board", (
        H("Tillitsvalgte", 2),
        P("Fylkesstyret etter årsmøtet 16. mars 2022:"),
        T((("Fylkesleder", "Torunn Elvebakk", "Alta"), ("Nestleder", "Geir Ivar Mikkelsen", "Vadsø"),
           ("Kasserer", "Liv Heidi Sara", "Karasjok"), ("Styremedlem", "Jan Roger Pettersen", "Hammerfest"),
           ("1. vara", "Siw Olsen", "Alta")), ruled=False, bold_header=False),
        P("Vi takker fylkesleder i Finnmark Bondelag, Kåre Nilsen Dahl, for et godt samarbeid om brukermøtene."),
    ), Expect(board=board(("Torunn Elvebakk", "LEDE"), ("Geir Ivar Mikkelsen", "NEST"), ("Liv Heidi Sara", "MEDL"),
                          ("Jan Roger Pettersen", "MEDL"), ("Siw Olsen", "VARA"))),
        formats=WORD, title="Årsmelding 2022 Diabetesforbundet Finnmark fylkeslag"),
    _p("nn-local-branch-thanks-county-leader", "board", (
        H("Styret", 2),
        P("Leiar: Gunvor Haugland\nNestleiar: Olav Tveiten\nStyremedlem: Brit Aarvik"),
        P("Styret vil takke fylkesleiar Sølvi Nordbø for besøket på haustmøtet."),
    ), Expect(board=board(("Gunvor Haugland", "LEDE"), ("Olav Tveiten", "NEST"), ("Brit Aarvik", "MEDL"))),
        formats=WORD, lang="nn", title="Årsmelding 2019 Fyresdal husflidslag"),
]
