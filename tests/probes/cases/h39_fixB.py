"""Kinds a measuring set showed in stop 39, written here with invented names, figures and other
words (h39-fixB, docs/phrasings.md §125): one ruled table joining the owners and their members of
the representantskap ("Eigar | Eigardel | Representant | Vara"), each owner read once with its own
row's share and the representatives no board; a board given in one sentence with its roles in
brackets above another body's table whose "Name (leder)" leads that body, not the board; every
deputy of a constituency sentence ("Varamedlemmer er A for ... og B for de ansatte"); a village
after "på" ("Lageret ligg på Straumsnes").
Names are invented; places are real place names."""
from probes.spec import H, P, T, Expect, Probe, board

WORD = ("docx", "pdf")
LAYOUT = ("docx", "pdf", "browser")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h39fB-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # --- 1. owners and the representantskap in one ruled table ------------------------------------
    _p("nn-owners-and-representatives-one-table", "owners", (
        H("Eigarar og representantskap", 2),
        P("Selskapet er eigd av tre kommunar. Kvar eigar har ein representant med personleg vara i "
          "representantskapet."),
        T((("Eigar", "Eigardel", "Representant", "Vara"),
           ("Fusa kommune", "45 %", "Asbjørn Tveitnes (leiar)", "Guri Haugland"),
           ("Kvinnherad kommune", "35 %", "Lisbet Opsal", "Oddvar Myrtveit"),
           ("Tysnes kommune", "20 %", "Håvard Reistad", "Solveig Ulvøy"))),
        H("Styret", 2),
        P("Styret har vore: Brita Lygre (styreleiar), Trygve Samnøy (nestleiar) og Inger Vaage."),
    ), Expect(owners=frozenset({("Fusa kommune", 45.0), ("Kvinnherad kommune", 35.0), ("Tysnes kommune", 20.0)}),
              board=board(("Brita Lygre", "LEDE"), ("Trygve Samnøy", "NEST"), ("Inger Vaage", "MEDL")),
              percentage_counts=((45.0, 1), (35.0, 1), (20.0, 1)), foreign_contexts=((35.0, "45 %"), (20.0, "45 %"))),
        lang="nn", formats=LAYOUT, title="Årsmelding 2023 Sunnhordland Avløp IKS"),
    _p("owners-and-representatives-one-table", "owners", (
        H("Eiere og representantskap", 2),
        T((("Eier", "Eierandel", "Representant", "Varamedlem"),
           ("Ringebu kommune", "50 %", "Marit Bjørnstad (leder)", "Ivar Kvarberg"),
           ("Øyer kommune", "30 %", "Knut Brekkom", "Sissel Romsås"),
           ("Gausdal kommune", "20 %", "Torunn Lien (nestleder)", "Per Odd Skjønsberg"))),
        H("Styret", 2),
        P("Styret har bestått av styreleder Jorunn Hage, nestleder Elling Fossum og styremedlem Hanne Sveen."),
    ), Expect(owners=frozenset({("Ringebu kommune", 50.0), ("Øyer kommune", 30.0), ("Gausdal kommune", 20.0)}),
              board=board(("Jorunn Hage", "LEDE"), ("Elling Fossum", "NEST"), ("Hanne Sveen", "MEDL")),
              percentage_counts=((50.0, 1), (30.0, 1), (20.0, 1)), foreign_contexts=((30.0, "50 %"), (20.0, "50 %"))),
        formats=LAYOUT, title="Årsrapport 2023 Gudbrandsdal Vann IKS"),
    # the representatives' table under a heading naming no organ, the board's own sentence further on:
    # its "(leiar)" leads the representantskap, not the board
    _p("nn-representatives-table-under-organisation-heading", "board", (
        H("Organisering", 2),
        P("Selskapet er eit interkommunalt selskap med fire eigarkommunar."),
        T((("Eigar", "Eigardel", "Representant", "Vara"),
           ("Etne kommune", "40 %", "Ragnhild Skaare (leiar)", "Jostein Bøe"),
           ("Vindafjord kommune", "30 %", "Sverre Eide", "Torhild Lothe"),
           ("Sveio kommune", "20 %", "Gunnvor Hovda (nestleiar)", "Arvid Tofte"),
           ("Bømlo kommune", "10 %", "Eivind Mæland", "Randi Vespestad")), right_aligned=True),
        P("Representantskapet er det øvste organet i selskapet og vel styret."),
        H("Styret", 2),
        P("Styret har i 2023 vore: Oddny Rabben (styreleiar), Kjetil Heggland (nestleiar) og Signe Våge."),
    ), Expect(board=board(("Oddny Rabben", "LEDE"), ("Kjetil Heggland", "NEST"), ("Signe Våge", "MEDL")),
              owners=frozenset({("Etne kommune", 40.0), ("Vindafjord kommune", 30.0), ("Sveio kommune", 20.0),
                                ("Bømlo kommune", 10.0)}),
              percentage_counts=((40.0, 1), (30.0, 1), (20.0, 1), (10.0, 1)),
              foreign_contexts=((30.0, "40 %"), (20.0, "40 %"), (10.0, "40 %"))),
        lang="nn", formats=LAYOUT, title="Årsmelding 2023 Haugaland Renovasjon IKS"),
    # the same columns under the board's own heading: a board of one representative from each
    # municipality (a friluftsråd's) stays the board
    _p("board-of-municipal-representatives-stays-board", "board", (
        H("Styret", 2),
        T((("Kommune", "Representant", "Vara"),
           ("Lier kommune", "Helge Tangen (leder)", "Anne Ruud"),
           ("Hurum kommune", "Bodil Moe (nestleder)", "Kjell Sand"),
           ("Røyken kommune", "Einar Wold", "Lise Heier"))),
    ), Expect(board=board(("Helge Tangen", "LEDE"), ("Bodil Moe", "NEST"), ("Einar Wold", "MEDL"),
                          ("Anne Ruud", "VARA"), ("Kjell Sand", "VARA"), ("Lise Heier", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Drammensmarka friluftsråd"),
    # --- 2. the board in one sentence, another body's table further on -------------------------
    _p("board-sentence-then-council-table-in-the-board-section", "board", (
        H("Styret", 2),
        P("Styret har bestått av Ingrid Solberg (styreleder), Halvard Riise (nestleder), Toril Nygaard og "
          "Bjørn Eggen (styremedlemmer). Styret har hatt fem møter i 2023."),
        P("Stiftelsen har også et fagråd som gir råd om tildelingene."),
        T((("Navn", "Institusjon"),
           ("Astrid Haugen (leder)", "Universitetet i Bergen"),
           ("Petter Lunde", "Høgskulen på Vestlandet"),
           ("Maren Vik", "Haukeland universitetssjukehus"))),
    ), Expect(board=board(("Ingrid Solberg", "LEDE"), ("Halvard Riise", "NEST"), ("Toril Nygaard", "MEDL"),
                          ("Bjørn Eggen", "MEDL"))),
        formats=WORD, title="Årsrapport 2023 Stiftelsen Vestlandsfondet"),
    _p("nn-board-sentence-then-nominating-committee-table", "board", (
        H("Styre og organ", 2),
        P("Styret har bestått av Gunnhild Aase (styreleiar), Leiv Brekke (nestleiar), Åse Hovland og "
          "Olav Instanes (styremedlemer)."),
        P("Stiftinga har òg ei valnemnd på tre:"),
        T((("Namn", "Frå"),
           ("Sigrid Mæle (leiar)", "Vestland fylkeskommune"),
           ("Terje Nesheim", "Sparebanken Vest"),
           ("Helga Rolland", "Hardanger museum"))),
    ), Expect(board=board(("Gunnhild Aase", "LEDE"), ("Leiv Brekke", "NEST"), ("Åse Hovland", "MEDL"),
                          ("Olav Instanes", "MEDL"))),
        lang="nn", formats=WORD, title="Årsmelding 2023 Stiftinga Hardangerfondet"),
    # another body's table that no text names: its generic "(leder)" is the doubtful chair, not
    # the one the board's own sentence calls "styreleder"
    _p("board-sentence-then-unnamed-table-with-a-leader", "board", (
        H("Styrende organer", 2),
        P("Styret har bestått av Ingvar Moen (styreleder), Kristin Alvestad (nestleder), Rune Tangvald og "
          "Eva Skjelbred (styremedlemmer)."),
        P("Kunstnerisk råd har bestått av:"),
        T((("Jorunn Fjeld (leder)",), ("Arne Heggem",), ("Berit Nakken",)), bold_header=False),
    ), Expect(doubtful_board=("Jorunn Fjeld", "Arne Heggem", "Berit Nakken"), chair="Ingvar Moen"),
        formats=WORD, title="Årsberetning 2023 Stiftelsen Nordlys Kunst"),
    # --- 3. every deputy of a constituency sentence -----------------------------------------------
    _p("deputies-each-for-a-constituency", "board", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av styreleder Vidar Holte, nestleder Gro Nyhus og styremedlemmene Jan "
          "Erik Sæther og Anne Brått, valgt av de ansatte."),
        P("Varamedlemmer er Tove Lindberg for generalforsamlingens medlemmer og Stian Hovde for de ansatte."),
        P("Styret har hatt seks møter og behandlet 40 saker."),
    ), Expect(board=board(("Vidar Holte", "LEDE"), ("Gro Nyhus", "NEST"), ("Jan Erik Sæther", "MEDL"),
                          ("Anne Brått", "MEDL", True), ("Tove Lindberg", "VARA"), ("Stian Hovde", "VARA", True))),
        formats=WORD, title="Årsberetning 2023 Holte Vekst AS"),
    _p("nn-deputies-each-for-a-constituency", "board", (
        H("Styret", 2),
        P("Styreleiar har vore Ragnar Feet. Styremedlemer har vore Liv Rustøy og Kjell Moldskred (vald av dei "
          "tilsette)."),
        P("Varamedlemer er Synnøve Brekken for eigarane og Pål Indrebø for dei tilsette."),
    ), Expect(board=board(("Ragnar Feet", "LEDE"), ("Liv Rustøy", "MEDL"), ("Kjell Moldskred", "MEDL", True),
                          ("Synnøve Brekken", "VARA"), ("Pål Indrebø", "VARA", True))),
        lang="nn", formats=WORD, title="Årsmelding 2023 Feet Arbeidssenter AS"),
    # two deputies for the owners before one for the employees
    _p("deputies-two-for-owners-one-for-employees", "board", (
        H("Styret", 2),
        P("Styret består av styreleder Marit Skogen og styremedlemmene Lars Amundsen og Hilde Berge."),
        P("Varamedlemmer er Ola Aasen og Kari Berntsen for aksjonærene og Nils Fjeld for de ansatte."),
    ), Expect(board=board(("Marit Skogen", "LEDE"), ("Lars Amundsen", "MEDL"), ("Hilde Berge", "MEDL"),
                          ("Ola Aasen", "VARA"), ("Kari Berntsen", "VARA"), ("Nils Fjeld", "VARA", True))),
        formats=WORD, title="Årsberetning 2023 Skogen Industri AS"),
    # --- 4. a village after a verb placing the premises "på" it -----------------------------------
    _p("nn-village-after-ligg-pa", "places", (
        H("Verksemda", 2),
        P("Snekkarverkstaden ligg på Kvenvik, og lageret har vi i Alta sentrum. Begge avdelingane har hatt "
          "god tilgang på oppdrag i 2023."),
    ), Expect(places=("Kvenvik", "Alta"), doubtful_places=("Kvenvik",)),
        lang="nn", formats=WORD, title="Årsmelding 2023 Finnmarksvekst AS"),
    _p("village-after-holder-til-pa", "places", (
        H("Virksomheten", 2),
        P("Hovedkontoret vårt holder til på Leirvika, og vaskeriet er flyttet til Stord."),
    ), Expect(places=("Leirvika", "Stord")), formats=WORD, title="Årsberetning 2023 Sunnhordland Vekst AS"),
    # a post town that is a first name as well, placed by the verb
    _p("first-name-post-town-after-ligger-pa", "places", (
        H("Virksomheten", 2),
        P("Produksjonen ligger på Lena, der vi har 40 arbeidsplasser."),
        P("Vi takker Lena Dahl for innsatsen i styret."),
    ), Expect(places=("Lena",)), formats=WORD, title="Årsberetning 2023 Totenvekst AS"),
    # nothing placed: a web page, a person
    _p("no-village-after-ligger-pa-a-platform", "places", (
        H("Virksomheten", 2),
        P("Informasjon om tilbudet ligger på Facebook. Vi venter på Helga, som begynner i mars."),
    ), Expect(absent_places=("Facebook", "Helga")), formats=("docx",), title="Årsberetning 2023 Totenvekst AS"),
    # a club on its sports ground, a housing co-operative where it stands: no village
    _p("nn-no-village-where-a-club-or-housing-is", "places", (
        H("Verksemda", 2),
        P("Idrettslaget held til på Myrvollen, der vi har kunstgras og klubbhus."),
        P("Burettslaget ligg på Haugtun og har 120 bustader i Oslo."),
    ), Expect(absent_places=("Myrvollen", "Haugtun"), places=("Oslo",)), lang="nn", formats=("docx",),
        title="Årsmelding 2023 Myrvollen IL"),
]
