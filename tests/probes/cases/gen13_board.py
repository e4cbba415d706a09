"""Thirteenth reading (docs/phrasings.md §51): boards on real wording from parish councils'
pages and reports, an IKS's representantskap beside its board, a group's report with its
subsidiaries' boards, an idrettslag's annual meeting papers with the nomination committee's
proposal beside the sitting board, a meeting's own officers, a proposal printed as a news piece,
members named in running text with what they continue as, and members listed with the electoral
list they stood for. Each kind written again with invented names and places."""
from probes.spec import H, Li, P, T, Expect, Probe, board

PDFS = ("docx", "pdf", "tight")
NN = {"lang": "nn"}


def _b(case_id, items, expected, family="board", formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g13b-{case_id}", family, tuple(items), expect, formats=formats, **kw)


PARISH = board(("Kari Holmvik", "LEDE"), ("Per Aunevik", "NEST"), ("Liv Bergstad", "MEDL"), ("Odd Tangvoll", "MEDL"),
               ("Sunniva Rønneberg", "MEDL"))

PROBES = [
    # --- 1. a parish's own report: its council is its board ----------------------------------------
    _b("parish-report-council-members", (
        H("Årsmelding 2023 for Nordvik menighet", 1),
        P("Menigheten har 4 100 medlemmer, og det ble holdt 61 gudstjenester i Nordvik kirke."),
        H("Menighetsrådets medlemmer", 2),
        Li("Kari Holmvik (leder)"), Li("Per Aunevik (nestleder)"), Li("Liv Bergstad"), Li("Odd Tangvoll"),
        Li("Sunniva Rønneberg"),
        P("Menighetsrådet har hatt ni møter og behandlet 58 saker."),
    ), PARISH, title=None),
    _b("nn-sokn-report-soknerådet-labels", (
        H("Årsmelding 2023 Austvik sokn", 1),
        H("Soknerådet", 2),
        P("Leiar: Kari Holmvik\nNestleiar: Per Aunevik\nMedlemer: Liv Bergstad, Odd Tangvoll og Sunniva Rønneberg"),
        P("Soknerådet har hatt åtte møte i 2023."),
    ), PARISH, title=None, formats=("docx", "pdf"), **NN),  # tight: the list's last line runs into the next paragraph
    # a council's roster in one paragraph under a heading naming the council and its period
    _b("parish-roster-paragraph-with-daglig-leder", (
        H("Årsmelding 2023 for Nordvik menighet", 1),
        H("Nordvik menighetsråd 2019–2023", 2),
        P("Kari Holmvik (leder), Per Aunevik (nestleder), Liv Bergstad, Odd Tangvoll, Sunniva Rønneberg, "
          "Guri Lykkja (daglig leder)"),
        P("Menighetsrådet har hatt ni møter."),
    ), PARISH, title=None, expect=Expect(board=PARISH, ceo="Guri Lykkja")),
    # members listed with the electoral list they stood for, two with their office too
    _b("parish-members-with-their-electoral-list", (
        H("Årsmelding 2023 for Nordvik menighet", 1),
        P("De folkevalgte medlemmene ble valgt fra to lister, Fellesliste for Nordvik og Bygdelista. "
          "Menighetsrådets sammensetning er:"),
        P("Kari Holmvik (leder, Fellesliste for Nordvik)\nPer Aunevik (nestleder, Bygdelista)\n"
          "Liv Bergstad (Fellesliste for Nordvik)\nOdd Tangvoll (Bygdelista)\nSunniva Rønneberg (Bygdelista)"),
    ), PARISH, title=None),
    # a page that names no organisation: the council may be the parish's board, but not surely
    _b("council-page-names-no-organisation", (
        H("Menighetsrådet", 1),
        P("Menighetsrådet møtes om lag ti ganger i året og har ansvar for gudstjenestelivet og trosopplæringen."),
        H("Menighetsrådets medlemmer", 2),
        Li("Kari Holmvik (leder)"), Li("Per Aunevik (nestleder)"), Li("Liv Bergstad"), Li("Odd Tangvoll"),
        Li("Sunniva Rønneberg"),
    ), PARISH, title=None, expect=Expect(board=PARISH, doubtful_board=(
        "Kari Holmvik", "Per Aunevik", "Liv Bergstad", "Odd Tangvoll", "Sunniva Rønneberg"))),
    # a fellesråd's report naming one parish council's members: not the fellesråd's board
    _b("fellesrad-report-names-a-parish-council", (
        H("Årsrapport 2023 Nordvik kirkelige fellesråd", 1),
        H("Fellesrådet", 2),
        P("Leder: Arne Fossnes\nNestleder: Bodil Hauan\nMedlem: Jens Ulvik\nMedlem: Tone Rekdal"),
        H("Fra menighetene", 2),
        P("Menighetsrådet i Sørvik har i 2023 bestått av Harald Sæbø (leder), Anita Kvinge (nestleder), "
          "Lars Vengen og Randi Oma."),
    ), board(("Arne Fossnes", "LEDE"), ("Bodil Hauan", "NEST"), ("Jens Ulvik", "MEDL"), ("Tone Rekdal", "MEDL")),
        title=None),
    # a joint council's members by the parish they come from (nynorsk)
    _b("nn-joint-council-members-by-home-parish", (
        H("Årsmelding 2023 Nordvik og Lidal sokneråd", 1),
        P("Nordvik og Lidal har hatt felles sokneråd sidan 2019. Desse sit i soknerådet i perioden 2019–2023:"),
        P("Frå Nordvik sokn: Kari Holmvik, Liv Bergstad og Odd Tangvoll."),
        P("Frå Lidal sokn: Per Aunevik og Sunniva Rønneberg."),
        P("Leiar: Kari Holmvik\nNestleiar: Per Aunevik"),
    ), PARISH, title=None, **NN),
    # --- 2. a meeting's own officers hold no board role ------------------------------------------
    _b("nn-annual-meeting-officers-beside-the-board", (
        H("Årsmelding 2023 Lidal sogelag", 1),
        H("Årsmøtet", 2),
        P("Årsmøtet vart halde 12. mars på Lidal skule med 31 medlemer til stades. Møteleiar: Knut Rishaug. "
          "Referent: Gro Lisleby. Protokollunderskrivarar: Ola Vikhaug og Siv Dalsegg."),
        H("Styret", 2),
        P("Leiar: Eva Sandnes\nNestleiar: Tor Liavik\nKasserar: Ann Moldal\nSkrivar: Jorunn Eide"),
    ), board(("Eva Sandnes", "LEDE"), ("Tor Liavik", "NEST"), ("Ann Moldal", "MEDL"), ("Jorunn Eide", "MEDL")),
        title=None, **NN),
    _b("meeting-chair-and-secretary-in-prose", (
        H("Årsberetning 2023 for Nordvik historielag", 1),
        P("Styret har bestått av Eva Sandnes (leder), Tor Liavik (nestleder), Ann Moldal og Jorunn Eide."),
        P("Årsmøtet ble holdt 9. mars. Knut Rishaug ble valgt til møteleder og Gro Lisleby til referent, og "
          "Ola Vikhaug og Siv Dalsegg ble valgt til å underskrive protokollen."),
    ), board(("Eva Sandnes", "LEDE"), ("Tor Liavik", "NEST"), ("Ann Moldal", "MEDL"), ("Jorunn Eide", "MEDL")),
        title=None),
    # --- 3. an IKS: the representantskap beside the board ----------------------------------------
    _b("iks-representantskap-and-styre-one-table", (
        H("Årsmelding 2023 Nordvik Renovasjon IKS", 1),
        P("Selskapets organer er representantskapet og styret."),
        T((("Organ", "Verv", "Navn"),
           ("Representantskapet", "Leder", "Halvor Brattset, Nordvik kommune"),
           ("Representantskapet", "Nestleder", "Mona Leirvik, Lidal kommune"),
           ("Styret", "Styreleder", "Inger Tveråen"),
           ("Styret", "Nestleder", "Rune Kvalvik"),
           ("Styret", "Styremedlem", "Astrid Hegre"),
           ("Styret", "Ansattes representant", "Jon Skorpen"))),
    ), board(("Inger Tveråen", "LEDE"), ("Rune Kvalvik", "NEST"), ("Astrid Hegre", "MEDL"), ("Jon Skorpen", "MEDL", True)),
        title=None),
    _b("iks-representantskap-and-styre-two-tables", (
        H("Årsmelding 2023 Nordvik Renovasjon IKS", 1),
        H("Representantskapet", 2),
        T((("Kommune", "Medlem", "Varamedlem"),
           ("Nordvik", "Halvor Brattset (leder)", "Siri Hovda"),
           ("Lidal", "Mona Leirvik (nestleder)", "Ove Rasten"),
           ("Austvik", "Pål Seim", "Eli Fure"))),
        H("Styret", 2),
        T((("Verv", "Navn"),
           ("Styreleder", "Inger Tveråen"),
           ("Nestleder", "Rune Kvalvik"),
           ("Styremedlem", "Astrid Hegre"),
           ("Ansattes representant", "Jon Skorpen"),
           ("Varamedlem", "Trude Nesheim"))),
    ), board(("Inger Tveråen", "LEDE"), ("Rune Kvalvik", "NEST"), ("Astrid Hegre", "MEDL"), ("Jon Skorpen", "MEDL", True),
             ("Trude Nesheim", "VARA")), title=None),
    # --- 4. a group's report: the parent's board, not its subsidiaries' ---------------------------
    _b("group-report-parent-and-subsidiary-boards", (
        H("Årsrapport 2023 Nordvik Holding AS", 1),
        P("Konsernet består av morselskapet Nordvik Holding AS og datterselskapene Nordvik Energi AS og "
          "Nordvik Nett AS."),
        H("Styret i Nordvik Holding AS", 2),
        P("Styreleder: Bjørg Lindahl\nNestleder: Arvid Tokle\nStyremedlem: Hanne Sørbø\nStyremedlem: Eirik Vassbotn"),
        P("Konsernsjef er Terje Malmin."),
        H("Datterselskapene", 2),
        P("Styret i Nordvik Energi AS har bestått av Arvid Tokle (styreleder), Kjell Romsås og Ida Fjellheim. "
          "Daglig leder i Nordvik Energi AS er Gunnar Ravnås."),
        P("Styret i Nordvik Nett AS: Styreleder: Hanne Sørbø. Styremedlemmer: Leif Grande og Tove Aakre."),
    ), None, title=None, expect=Expect(board=board(("Bjørg Lindahl", "LEDE"), ("Arvid Tokle", "NEST"),
                                                  ("Hanne Sørbø", "MEDL"), ("Eirik Vassbotn", "MEDL")),
                                      ceo="Terje Malmin")),
    # --- 5. an idrettslag's annual meeting papers: the proposal for next year is not the board ------
    _b("annual-meeting-papers-proposal-beside-sitting-board", (
        H("Årsmøte 2024 Fjellvik IL", 1),
        H("Årsberetning 2023", 2),
        H("Styrets sammensetning", 3),
        P("Leder: Anne Sletten\nNestleder: Bjørn Hovde\nKasserer: Cecilie Moen\nStyremedlem: Dag Rustad\n"
          "Varamedlem: Elin Fosse"),
        P("Styret har hatt elleve møter og behandlet 74 saker."),
        H("Sak 9: Valg", 2),
        H("Valgkomiteens innstilling", 3),
        P("Leder: Bjørn Hovde (ny, 1 år)\nNestleder: Frode Lien (ny, 2 år)\nStyremedlem: Dag Rustad (ikke på valg)\n"
          "Varamedlem: Gry Aas (ny, 1 år)"),
    ), board(("Anne Sletten", "LEDE"), ("Bjørn Hovde", "NEST"), ("Cecilie Moen", "MEDL"), ("Dag Rustad", "MEDL"),
             ("Elin Fosse", "VARA")), title=None),
    _b("annual-meeting-papers-proposal-labelled-in-a-paragraph", (
        H("Årsmøtedokumenter 2024 Fjellvik IL", 1),
        P("Styret har i 2023 bestått av Anne Sletten (leder), Bjørn Hovde (nestleder), Cecilie Moen (kasserer) "
          "og Dag Rustad (styremedlem)."),
        P("Valgkomiteen legger fram følgende forslag til styre for 2024:"),
        P("Leder: Bjørn Hovde\nNestleder: Frode Lien\nKasserer: Cecilie Moen\nStyremedlem: Gry Aas"),
    ), board(("Anne Sletten", "LEDE"), ("Bjørn Hovde", "NEST"), ("Cecilie Moen", "MEDL"), ("Dag Rustad", "MEDL")),
        title=None),
    # a news piece with only the nomination committee's proposal: no board at all
    _b("proposal-only-in-a-news-piece", (
        H("Valgkomiteen har lagt fram sitt forslag", 1),
        P("Valgkomiteens leder Randi Myrvold presenterte innstillingen fredag. Forbundet velger nytt styre på "
          "tinget i mai."),
        P("Dette er forslaget til nytt forbundsstyre:"),
        P("President: Svein Moltu\nVisepresident: Lise Farestveit\nStyremedlemmer: Ole Jørgo, Sara Rostad og "
          "Erik Unnesland"),
    ), board(), family="not_board", title=None),
    # --- 6. members named in running text, with what they continue as -----------------------------
    _b("members-continue-in-running-text", (
        H("Årsmelding 2023 for Vernes seniorlag", 1),
        P("Årsmøtet ble holdt 20. februar med 35 medlemmer til stede. Valget ga god kontinuitet. Leder Ole Myrstad, "
          "nestleder Steinar Overvik, kasserer Arne Hammerstad og sekretær Arnt Tingvold fortsetter alle i "
          "styret. Ny styremedlem ble Brit Kolstad. Inger Hamre fortsetter som varamedlem. Ny varamedlem ble "
          "Arvid Tangvik."),
    ), board(("Ole Myrstad", "LEDE"), ("Steinar Overvik", "NEST"), ("Arne Hammerstad", "MEDL"), ("Arnt Tingvold", "MEDL"),
             ("Brit Kolstad", "MEDL"), ("Inger Hamre", "VARA"), ("Arvid Tangvik", "VARA")), title=None),
]
