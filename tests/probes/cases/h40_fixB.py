"""Kinds two measuring sets showed in stop 40, written here with invented names, figures and other
words (h40-fixB, docs/phrasings.md §129): a deputy who took a member's seat told past an aside naming
the role held before ("X, som var første varamedlem, tok da over plassen").
Names are invented; places are real place names."""
from probes.spec import H, P, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h40fB-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # --- 1. a deputy took a member's seat: the aside names the role held before ---------------------
    _p("seat-taken-past-former-role-aside", "board", (
        H("Styret", 2),
        P("Styret har ved årets slutt bestått av Solveig Aanes (leder), Trond Kvam (nestleder), Eva Brattås "
          "og Jon Rønning."),
        P("Ola Tveter gikk ut av styret i mars. Jon Rønning, som var første varamedlem, rykket da opp i "
          "styret. Varamedlem er nå Berit Hov."),
    ), Expect(board=board(("Solveig Aanes", "LEDE"), ("Trond Kvam", "NEST"), ("Eva Brattås", "MEDL"),
                          ("Jon Rønning", "MEDL"), ("Berit Hov", "VARA"))),
        formats=WORD, title="Årsberetning 2019 Fjellhamar Produkter AS"),
    _p("nn-seat-taken-past-former-role-aside", "board", (
        H("Styret", 2),
        P("Styret har i 2019 vore samansett slik: Ingrid Lothe (leiar), Magne Vikøren (nestleiar), "
          "Sigrun Hatlen og Per Bolstad."),
        P("Kari Seim gjekk ut av styret i mai. Per Bolstad, som var vara, tok så over "
          "plassen hennar. Varamedlem er no Eli Tangen."),
    ), Expect(board=board(("Ingrid Lothe", "LEDE"), ("Magne Vikøren", "NEST"), ("Sigrun Hatlen", "MEDL"),
                          ("Per Bolstad", "MEDL"), ("Eli Tangen", "VARA"))),
        lang="nn", formats=WORD, title="Årsmelding 2019 Hatlen Industri AS"),
    # the minimal pair: the aside names the role held now, no seat taken: a deputy still
    _p("deputy-aside-no-seat-taken", "board", (
        H("Styret", 2),
        P("Styret har ved årets slutt bestått av Solveig Aanes (leder), Trond Kvam (nestleder) og Eva Brattås."),
        P("Jon Rønning, som er første varamedlem, har møtt på fire av styremøtene."),
    ), Expect(board=board(("Solveig Aanes", "LEDE"), ("Trond Kvam", "NEST"), ("Eva Brattås", "MEDL"),
                          ("Jon Rønning", "VARA"))),
        formats=WORD, title="Årsberetning 2019 Fjellhamar Produkter AS"),
]
