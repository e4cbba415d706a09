"""Board layouts: how a report lists its own board (people and organisations invented)."""
from probes.spec import H, P, T, Expect, Li, Probe, Sign, board

PROBES = [
    Probe("bullets-dash-role", "board", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        Li("Kari Nordmann – leder"),
        Li("Ola Hansen – nestleder"),
        Li("Tone Berg – styremedlem"),
        Li("Siri Dahl – varamedlem"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"),
                          ("Siri Dahl", "VARA")))),
    Probe("table-name-role-elected-by", "board", (
        H("Styret", 2),
        T((("Navn", "Rolle", "Valgt av"),
           ("Kari Nordmann", "Styreleder", "Generalforsamlingen"),
           ("Ola Hansen", "Styremedlem", "Generalforsamlingen"),
           ("Per Lund", "Styremedlem", "De ansatte"))),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "MEDL"), ("Per Lund", "MEDL", True))),
        formats=("docx", "pdf")),
    Probe("table-name-role-elected-by-nn", "board", (
        H("Styret", 2),
        T((("Namn", "Rolle", "Vald av"),
           ("Ingrid Haugland", "Styreleiar", "Generalforsamlinga"),
           ("Nils Bakke", "Nestleiar", "Generalforsamlinga"),
           ("Marit Sæle", "Styremedlem", "Dei tilsette"))),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "NEST"), ("Marit Sæle", "MEDL", True))),
        lang="nn", title="Årsmelding 2023"),
    Probe("leiar-lines-nn", "board", (
        H("Styret", 2),
        P("Leiar: Ingrid Haugland"),
        P("Nestleiar: Nils Bakke"),
        P("Styremedlem: Marit Sæle"),
    ), Expect(board=board(("Ingrid Haugland", "LEDE"), ("Nils Bakke", "NEST"), ("Marit Sæle", "MEDL"))),
        lang="nn", title="Årsmelding 2023"),
    Probe("signature-title-below-columns", "board", (
        H("Styrets beretning", 2),
        P("Styret mener årsregnskapet gir et rettvisende bilde av stillingen ved årsskiftet."),
        Sign((("Kari Nordmann", "styreleder"), ("Ola Hansen", "nestleder"), ("Tone Berg", "styremedlem")),
             place_date="Drammen, 14. mars 2024"),
    ), Expect(board=board(("Kari Nordmann", "LEDE"), ("Ola Hansen", "NEST"), ("Tone Berg", "MEDL"))),
        formats=("docx", "pdf")),
]
