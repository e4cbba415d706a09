"""Kinds from the twenty-fourth and twenty-fifth blind held-out sets' losses, written here with
other names, places and words (h31-fixA; docs/phrasings.md §74): an intermunicipal council whose
cover line is "<Name>rådet – interkommunalt politisk råd" and whose members stand in a table of
kommune, member and deputy, each printed with the office that seats them ("Ordførar <Name>, leiar",
"Varaordførar <Name>"); a municipality across the border named by "kommune" ("<Name> kommune i
Sverige").
Names are invented; the municipalities are real."""
from probes.spec import H, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g18fa-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # a regional council: its name before a dash and its kind, its members the mayors
    _p("council-of-mayors-table", "board", (
        P("Hallingfjellrådet – interkommunalt politisk råd", bold=True, size=16),
        P("Årsmelding 2023", size=13),
        H("Om rådet", 2),
        P("Rådet er eit samarbeid mellom Hol, Ål og Hemsedal om samferdsel og næring."),
        H("Rådet", 2),
        P("Rådet er samansett av ordførarane, med varaordførarane som personlege varamedlemer."),
        T((("Kommune", "Medlem", "Varamedlem"),
           ("Hol", "Ordførar Torgeir Lunde Bakka, leiar", "Varaordførar Ingrid Sletten"),
           ("Ål", "Ordførar Sigrun Hovda, nestleiar", "Varaordførar Olav Tufte Rud"),
           ("Hemsedal", "Ordførar Nils Grøthe", "Varaordførar Mari Fekjær"))),
        P("Rådet hadde fem møte i 2023."),
        H("Sekretariatet", 2),
        P("Dagleg leiar er Aud Breie Myhre."),
    ), Expect(org_name="Hallingfjellrådet",
              board=board(("Torgeir Lunde Bakka", "LEDE"), ("Sigrun Hovda", "NEST"), ("Nils Grøthe", "MEDL"),
                          ("Ingrid Sletten", "VARA"), ("Olav Tufte Rud", "VARA"), ("Mari Fekjær", "VARA")),
              ceo="Aud Breie Myhre"),
        lang="nn", formats=WORD),
    # a municipality across the border, named a place by "kommune" and no preposition
    _p("border-municipality-abroad", "places", (
        H("Samarbeid", 2),
        P("Brannvesenet har en avtale med Årjäng kommune i Sverige om hjelp ved brann nær grensen."),
    ), Expect(places=("Årjäng", "Sverige")), formats=("docx",)),
]
