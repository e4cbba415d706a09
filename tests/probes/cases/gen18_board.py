"""Eighteenth reading (docs/phrasings.md §71): boards on real wording. Deputies listed "i
rekkjefylgje" ("Varamenn i rekkjefylgje har vore: ..."), the employees' choice said of a member
and a deputy in one sentence ("A og B er valde av og mellom dei tilsette"), a photo caption whose
board name and rows run into one line ("Styret Bak frå venstre: ... Framme frå venstre: ..."),
the members counted before a colon ("... redusert frå ti til ni medlemer: styreleiar A, B, ..."),
nn "er valt inn som ny styreleiar"; each written again with invented names and real places."""
from probes.spec import H, P, Expect, Probe, board

PDFS = ("docx", "pdf", "tight")
NN = {"lang": "nn"}


def _b(case_id, items, expected, family="board", formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g18b-{case_id}", family, tuple(items), expect, formats=formats, **kw)


ENERGY = board(("Oddvar Lien", "LEDE"), ("Randi Fosse", "NEST"), ("Trond Aaberg", "MEDL"), ("Synnøve Hatle", "MEDL"),
               ("Einar Bøe", "MEDL", True), ("Kjell Mo", "VARA"), ("Ragnhild Vik", "VARA"), ("Arve Sande", "VARA", True))
CAPTION = board(("Jostein Haugland", "LEDE"), ("Marit Eide", "MEDL"), ("Per Sølvberg", "MEDL"), ("Ingvild Kleppe", "MEDL"),
                ("Torbjørn Rysst", "MEDL"), ("Sigrid Øen", "MEDL"))
COUNTED = board(("Liv Hammer", "LEDE"), ("Bjørn Skaar", "MEDL"), ("Elin Ramstad", "MEDL"), ("Geir Ullaland", "MEDL"),
                ("Hanne Nesse", "MEDL", True), ("Tore Sunde", "MEDL", True))

PROBES = [
    # --- 1. deputies "i rekkjefylgje"; a member and a deputy chosen by the employees --------------
    _b("nn-deputies-in-order-employees-chose-a-deputy", (
        H("Årsmelding og rekneskap 2023 Nordvik Energiverk AS", 1),
        H("Årsmelding frå styret", 2),
        P("STYRET Styret hadde fylgjande samansetjing i 2023: Oddvar Lien (styreleiar), Randi Fosse (nestleiar), "
          "Trond Aaberg, Synnøve Hatle og Einar Bøe. Varamenn i rekkjefylgje har vore: Kjell Mo, Ragnhild Vik og "
          "Arve Sande. Einar Bøe og Arve Sande er valde av og mellom dei tilsette. VALNEMND Ola Rygg (leiar), "
          "Brit Nes og Per Lunde STYRESAKER Det har vore halde 9 styremøte og 41 saker har vore handsama."),
    ), ENERGY, title=None, **NN),
    _b("deputies-in-order-own-paragraph", (
        H("Årsberetning 2023 Nordvik Energiverk AS", 1),
        H("Styret", 2),
        P("Styret har i 2023 bestått av: Oddvar Lien (styreleder), Randi Fosse (nestleder), Trond Aaberg, "
          "Synnøve Hatle og Einar Bøe."),
        P("Varamedlemmer i rekkefølge har vært: Kjell Mo, Ragnhild Vik og Arve Sande."),
        P("Einar Bøe og Arve Sande er valgt av og mellom de ansatte."),
    ), ENERGY, title=None),
    _b("employees-chose-a-member-and-a-deputy-labels", (
        H("Årsberetning 2023 Nordvik Energiverk AS", 1),
        H("Styret", 2),
        P("Styreleder: Oddvar Lien\nNestleder: Randi Fosse\nStyremedlemmer: Trond Aaberg, Synnøve Hatle og Einar Bøe\n"
          "Varamedlemmer: Kjell Mo, Ragnhild Vik og Arve Sande"),
        P("Einar Bøe og Arve Sande er valgt av og blant de ansatte."),
    ), ENERGY, title=None),
    # --- 2. a photo caption: the board's name and its rows run into one line ----------------------
    _b("nn-caption-board-name-run-into-rows", (
        H("Årsmelding 2023 Fjordnett SA", 1),
        P("Styret Bak frå venstre: Marit Eide, Per Sølvberg, Ingvild Kleppe Framme frå venstre: Torbjørn Rysst, "
          "Astrid Hove (dagleg leiar), Jostein Haugland (styreleiar), Sigrid Øen"),
        H("Dagleg leiar har ordet", 2),
        P("Driftsåret har vore prega av mykje uvêr og mange feil i nettet i Sogndal og Luster."),
    ), None, title=None, expect=Expect(board=CAPTION, ceo="Astrid Hove"), **NN),
    _b("caption-after-a-sentence-naming-the-board", (
        H("Årsrapport 2023 Fjordnett SA", 1),
        P("Styret. Fra venstre: Marit Eide, Per Sølvberg, Ingvild Kleppe, Torbjørn Rysst, Astrid Hove (daglig leder), "
          "Jostein Haugland (styreleder) og Sigrid Øen."),
        P("Selskapet leverer nett- og bredbåndstjenester i Sogndal og Luster."),
    ), None, title=None, expect=Expect(board=CAPTION, ceo="Astrid Hove")),
    _b("caption-of-the-nomination-committee-no-board", (
        H("Årsrapport 2023 Fjordnett SA", 1),
        H("Styret", 2),
        P("Styreleder: Jostein Haugland\nStyremedlem: Marit Eide"),
        H("Valgkomiteen", 2),
        P("Valgkomiteen. Fra venstre: Olav Tveit, Kari Sunde (leder) og Nils Rørvik."),
    ), board(("Jostein Haugland", "LEDE"), ("Marit Eide", "MEDL")), title=None),
    # --- 3. the members counted before a colon ----------------------------------------------------
    _b("nn-members-counted-before-colon", (
        H("Nytt styre i Vestlandsnett AS", 1),
        P("Generalforsamlinga valde torsdag to nye styremedlemer, og konsernsjef Hallvard Bø seier han ser fram til "
          "samarbeidet."),
        P("Styret er dermed redusert frå åtte til sju medlemer: styreleiar Liv Hammer, Bjørn Skaar, Elin Ramstad, "
          "Geir Ullaland og tilsetterepresentantane Hanne Nesse og Tore Sunde."),
    ), None, title=None, expect=Expect(board=COUNTED, ceo="Hallvard Bø"), **NN),
    _b("members-counted-before-colon", (
        H("Årsrapport 2023 Vestlandsnett AS", 1),
        H("Styret", 2),
        P("Styret har seks medlemmer: styreleder Liv Hammer, Bjørn Skaar, Elin Ramstad, Geir Ullaland og "
          "ansattrepresentantene Hanne Nesse og Tore Sunde."),
    ), COUNTED, title=None),
    # --- 4. nn "er valt inn som ny styreleiar" ----------------------------------------------------
    _b("nn-elected-in-as-new-chair", (
        H("Nytt styre i Hordaland Bondelag", 1),
        P("Årsmøtet i Voss torsdag valde nytt styre. Ingunn Lothe er valt inn som ny styreleiar, og Sindre Mæland "
          "er valt inn som nytt styremedlem."),
    ), board(("Ingunn Lothe", "LEDE"), ("Sindre Mæland", "MEDL")), title=None, **NN),
]
