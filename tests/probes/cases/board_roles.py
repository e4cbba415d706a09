"""Role wordings: each case one way a report names a board role (people invented)."""
from probes.spec import H, P, T, Expect, Li, Probe, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}


def _lines(case_id: str, lines: str, expected, **kw) -> Probe:
    """A board section with one role line per line."""
    return Probe(case_id, "roles", (H("Styret", 2), P(lines)), Expect(board=expected), **kw)


PROBES = [
    _lines("styreleder", "Styreleder: Kari Nordmann\nStyremedlem: Ola Hansen",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"))),
    _lines("styrets-leder", "Styrets leder: Kari Nordmann\nStyrets nestleder: Ola Hansen",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"))),
    _lines("leder-generic-under-styret", "Leder: Kari Nordmann\nMedlem: Ola Hansen\nMedlem: Tone Berg",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Tone Berg", "MEDL"))),
    _lines("styreformann", "Styreformann: Kari Nordmann\nNestformann: Ola Hansen",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"))),
    _lines("styreleiar-nn", "Styreleiar: Ingrid Haugland\nNestleiar: Nils Bakke\nStyremedlem: Marit Sæle",
           board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "NEST"), ("Marit Sæle", "MEDL")), **NN),
    _lines("leiar-i-styret-nn", "Leiar i styret: Ingrid Haugland\nMedlem: Nils Bakke",
           board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL")), **NN),
    _lines("nestleder-comma", "Kari Nordmann, styreleder\nOla Hansen, nestleder\nTone Berg, styremedlem",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"))),
    _lines("styremedlem-abbreviation", "Styreleder: Kari Nordmann\nStyremedl.: Ola Hansen\nStyremedl.: Tone Berg",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Tone Berg", "MEDL"))),
    _lines("varamedlem", "Styreleder: Kari Nordmann\nVaramedlem: Siri Dahl",
           board(("Kari Nordmann", "LEDE"), ("Siri Dahl", "VARA"))),
    _lines("vara", "Leder: Kari Nordmann\nStyremedlem: Ola Hansen\nVara: Siri Dahl",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Siri Dahl", "VARA"))),
    _lines("varamann", "Styreleder: Kari Nordmann\nVaramann: Per Lund",
           board(("Kari Nordmann", "LEDE"), ("Per Lund", "VARA"))),
    _lines("vararepresentant", "Styreleder: Kari Nordmann\nVararepresentant: Per Lund",
           board(("Kari Nordmann", "LEDE"), ("Per Lund", "VARA"))),
    _lines("numbered-vara", "Styreleder: Kari Nordmann\n1. vara: Per Lund\n2. vara: Siri Dahl",
           board(("Kari Nordmann", "LEDE"), ("Per Lund", "VARA"), ("Siri Dahl", "VARA"))),
    _lines("vara-styremedlem", "Leder: Kari Nordmann\nStyremedlem: Ola Hansen\nVara styremedlem: Siri Dahl",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Siri Dahl", "VARA"))),
    _lines("personlig-vara-for", "Styreleder: Kari Nordmann\nStyremedlem: Ola Hansen\n"
           "Per Lund, personlig vara for Ola Hansen",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Per Lund", "VARA"))),
    _lines("personleg-varamedlem-nn", "Styreleiar: Ingrid Haugland\nStyremedlem: Nils Bakke\n"
           "Eirik Lid, personleg varamedlem for Nils Bakke",
           board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL"), ("Eirik Lid", "VARA")), **NN),
    _lines("varamedlemmer-plural-list", "Styreleder: Kari Nordmann\nVaramedlemmer: Siri Dahl, Per Lund og Knut Vik",
           board(("Kari Nordmann", "LEDE"), ("Siri Dahl", "VARA"), ("Per Lund", "VARA"), ("Knut Vik", "VARA"))),
    _lines("observator", "Styreleder: Kari Nordmann\nStyremedlem: Ola Hansen\nObservatør: Anne Moe",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Anne Moe", "OBS"))),
    _lines("observator-nn", "Styreleiar: Ingrid Haugland\nStyremedlem: Nils Bakke\nObservatør: Synnøve Rygg",
           board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL"), ("Synnøve Rygg", "OBS")), **NN),
    # employee-elected wordings
    _lines("ansattvalgt-styremedlem", "Styreleder: Kari Nordmann\nAnsattvalgt styremedlem: Ola Hansen",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL", True))),
    _lines("styremedlem-paren-ansattvalgt", "Styreleder: Kari Nordmann\nOla Hansen, styremedlem (ansattvalgt)",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL", True))),
    _lines("ansattes-representant", "Styreleder: Kari Nordmann\nAnsattes representant: Ola Hansen",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL", True))),
    _lines("valgt-av-de-ansatte", "Styreleder: Kari Nordmann\nOla Hansen, styremedlem valgt av de ansatte",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL", True))),
    _lines("arbeidstakerrepresentant", "Styreleder: Kari Nordmann\nArbeidstakerrepresentant: Ola Hansen",
           board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL", True))),
    _lines("tilsetterepresentant-nn", "Styreleiar: Ingrid Haugland\nTilsetterepresentant: Nils Bakke",
           board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL", True)), **NN),
    _lines("valt-av-dei-tilsette-nn", "Styreleiar: Ingrid Haugland\nNils Bakke, styremedlem valt av dei tilsette",
           board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL", True)), **NN),
    _lines("ansattvalgt-vara", "Styreleder: Kari Nordmann\nAnsattvalgt varamedlem: Siri Dahl",
           board(("Kari Nordmann", "LEDE"), ("Siri Dahl", "VARA", True))),
    Probe("employee-elected-table-column", "roles", (
        H("Styret", 2),
        T((("Navn", "Verv", "Valgt av"), ("Kari Nordmann", "Styreleder", "Generalforsamlingen"),
           ("Ola Hansen", "Styremedlem", "De ansatte"), ("Siri Dahl", "Varamedlem", "De ansatte"))),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL", True), ("Siri Dahl", "VARA", True)))),
    Probe("role-headings-with-names", "roles", (
        H("Styret", 2),
        H("Styremedlemmer", 3), P("Kari Nordmann (leder)\nOla Hansen\nTone Berg"),
        H("Varamedlemmer", 3), P("Siri Dahl\nPer Lund"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Tone Berg", "MEDL"),
                          ("Siri Dahl", "VARA"), ("Per Lund", "VARA")))),
    Probe("role-labels-with-name-lines-nn", "roles", (
        H("Styret", 2),
        P("Styremedlemer:"), P("Ingrid Haugland, leiar"), P("Nils Bakke"),
        P("Varamedlemer:"), P("Eirik Lid"),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "MEDL"), ("Eirik Lid", "VARA"))), **NN),
    Probe("bullets-role-first-inflected", "roles", (
        H("Styret", 2),
        Li("Styreleder Kari Nordmann"), Li("Styremedlemmene Ola Hansen og Tone Berg"),
        Li("Varamedlemmene Siri Dahl og Per Lund"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Tone Berg", "MEDL"),
                          ("Siri Dahl", "VARA"), ("Per Lund", "VARA")))),
    Probe("chair-and-ceo-roles-together", "roles", (
        H("Styret", 2),
        P("Styreleder Kari Nordmann, styremedlem Ola Hansen og daglig leder Guro Fossli, som er styrets sekretær."),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL")), ceo="Guro Fossli")),
]
