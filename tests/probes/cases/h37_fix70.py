"""Kinds from the seventieth blind held-out set's errors (sheltered firms across the agencies'
names, an IKS, a stiftelse), written here with other names, places and words (h37-fix70,
docs/phrasings.md §117): the employees' deputy after a comma in a deputies' list ("A og B, for de
ansatte C"), in prose, after "Som varamedlemmer er valgt" and in "Label:⇥names" tab lines that a
converted .doc reads as a two-column table, where a listed member's "(valgt av de ansatte)" must
keep its flag.
Names are invented; places are real place names."""
from probes.spec import H, P, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h37f70-{case_id}", family, tuple(items), expect, **kw)


_TAB = (100.0,)  # a tab stop after the labels: "Styreleder:⇥Name" lines

PROBES = [
    # the employees' deputy after a comma, in a sentence
    _p("employees-deputy-after-a-comma", "board", (
        H("Styret", 2),
        P("Styret har i 2022 bestått av styreleder Håkon Brevik, nestleder Sigrid Alme og styremedlemmene "
          "Terje Lund og Mona Fossli, valgt av de ansatte. Varamedlemmer er Eli Sandnes og Rolf Kvam, for de "
          "ansatte Anita Bergli."),
    ), Expect(board=board(("Håkon Brevik", "LEDE"), ("Sigrid Alme", "NEST"), ("Terje Lund", "MEDL"),
                          ("Mona Fossli", "MEDL", True), ("Eli Sandnes", "VARA"), ("Rolf Kvam", "VARA"),
                          ("Anita Bergli", "VARA", True))),
        formats=WORD, title="Årsberetning 2022 Brevik Produkter AS"),
    # nn: "Som varamedlemer er valde A og B, for dei tilsette C"
    _p("nn-chosen-deputies-after-som", "board", (
        H("Styret", 2),
        P("Styreleiar har vore Arne Tveit. Styremedlemer har vore Randi Myklebust og Sindre Hole (vald av dei "
          "tilsette)."),
        P("Som varamedlemer er valde Gunvor Lid og Olav Skeie, for dei tilsette Marit Strand."),
    ), Expect(board=board(("Arne Tveit", "LEDE"), ("Randi Myklebust", "MEDL"), ("Sindre Hole", "MEDL", True),
                          ("Gunvor Lid", "VARA"), ("Olav Skeie", "VARA"), ("Marit Strand", "VARA", True))),
        lang="nn", formats=WORD, title="Årsmelding 2022 Tveit Vekst AS"),
    # "Label:⇥names" tab lines: a listed member's employee phrase in brackets, the employees' deputy after a comma
    _p("tab-lines-employee-bracket-and-deputy-after-comma", "board", (
        H("Styret", 2),
        P("Selskapet har i 2022 hatt en jevn ordretilgang innen sveising og montering, og styret har fulgt "
          "opp arbeidet med nye lokaler på Stord gjennom hele året. Ved utgangen av 2022 besto styret av:"),
        P("Styreleder:\tKnut Aasland", tabs=_TAB, left_tabs=True),
        P("Nestleder:\tBerit Folkestad", tabs=_TAB, left_tabs=True),
        P("Styremedlemmer:\tJon Are Kleiva, Tone Lysne og Geir Vatne (valgt av de ansatte)", tabs=_TAB, left_tabs=True),
        P("Varamedlemmer:\tSynnøve Hjelle og Lars Ove Tangen, for de ansatte Ingrid Fjære", tabs=_TAB, left_tabs=True),
        P("Styret har hatt seks møter i året."),
    ), Expect(board=board(("Knut Aasland", "LEDE"), ("Berit Folkestad", "NEST"), ("Jon Are Kleiva", "MEDL"),
                          ("Tone Lysne", "MEDL"), ("Geir Vatne", "MEDL", True), ("Synnøve Hjelle", "VARA"),
                          ("Lars Ove Tangen", "VARA"), ("Ingrid Fjære", "VARA", True))),
        formats=WORD, title="Årsberetning 2022 Folkestad Industri AS"),
]
