"""Thirty-seventh-round cases (docs/phrasings.md §112): two designer's hairline tables of one width
stacked under their own small headings (an owners' council over the board, each cell ruled under
itself), the board's "Valt av" column naming the employees. Organisations, people and places are
invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Probe, board

LAYOUT = ("docx", "pdf", "browser")


def l1(id_, family, items, expect, lang="nb", formats=LAYOUT, title=None):
    return Probe(f"h37l1-{id_}", family, tuple(items), expect, lang=lang, formats=formats,
                 title=title or {"nb": "Årsberetning 2022", "nn": "Årsmelding 2022"}[lang])


def kicker(text: str) -> P:
    """A designer's small bold heading in spaced capitals over a table."""
    return P(text, bold=True, size=8, tracking=0.08)


PROBES = [
    l1("hairline-council-over-board-nn", "board",
       (H("Om selskapet", 2),
        P("Vassverket vart skipa i 1998 og er eigd av tre kommunar."),
        kicker("Representantskapet"),
        T((("Medlem", "Kommune", "Vara"),
           ("Håvard Teigland (leiar)", "Kvamsøy", "Liv Nordbø"),
           ("Reidun Eikås (nestleiar)", "Nesvik", "Tor Ivar Hjelle"),
           ("Olav Mykletun", "Brekkestad", "Synnøve Lid")), hairlines="caps"),
        kicker("Styret"),
        T((("Namn", "Verv", "Valt av"),
           ("Marta Vikøren", "Styreleiar", "Representantskapet"),
           ("Jon Egil Tufteland", "Nestleiar", "Representantskapet"),
           ("Gunhild Aasen", "Styremedlem", "Representantskapet"),
           ("Bjørn Steinsvik", "Styremedlem", "Dei tilsette")), hairlines="caps"),
        P("Styret har hatt seks møte i 2022.")),
       Expect(board=board(("Marta Vikøren", "LEDE"), ("Jon Egil Tufteland", "NEST"), ("Gunhild Aasen", "MEDL"),
                          ("Bjørn Steinsvik", "MEDL", True)),
              sure_board=("Bjørn Steinsvik",)),
       lang="nn"),
    # the board first, the valgkomité's table under its own small heading: not the board's rows
    l1("hairline-board-over-nomination-committee-nb", "board",
       (H("Organisasjon", 2),
        kicker("Styret"),
        T((("Navn", "Verv", "Valgt av"),
           ("Kristin Ødegård Lie", "Styreleder", "Generalforsamlingen"),
           ("Per Olav Nyhus", "Nestleder", "Generalforsamlingen"),
           ("Ragnhild Sæther", "Styremedlem", "De ansatte"),
           ("Espen Holtet", "Styremedlem", "Generalforsamlingen")), hairlines="caps"),
        kicker("Valgkomiteen"),
        T((("Navn", "Verv", "Periode"),
           ("Arvid Strømsholm", "Leder", "2022–2024"),
           ("Hanne Solbakk", "Medlem", "2021–2023")), hairlines="caps"),
        P("Styret har hatt sju styremøter.")),
       Expect(board=board(("Kristin Ødegård Lie", "LEDE"), ("Per Olav Nyhus", "NEST"), ("Ragnhild Sæther", "MEDL", True),
                          ("Espen Holtet", "MEDL")))),
]

# Occupations written before board members' names in a legat's or a foundation's board list: the
# seat after the name is the member's, the title is the job (not a daglig leder). Minimal pairs keep
# the daglig leder's own forms.
PROBES += [
    l1("occupation-before-member-list-nb", "board",
       (H("Legatstyret", 2),
        P("Legatstyret har i 2022 bestått av:"),
        P("Sogneprest Ola Nilsen, formann\nRektor Sigrid Hamre, viseformann\nBanksjef Per Vold, styremedlem\n"
          "Varamedlem: Lærer Anne Bø"),
        P("Styremedlem Torvald Ekre døde i mai 2022. Formannskapet oppnevnte Per Vold for resten av perioden."),
        H("Utdelinger", 2),
        P("Legatet delte ut fire stipend på til sammen kr 24 000.")),
       Expect(board=board(("Ola Nilsen", "LEDE"), ("Sigrid Hamre", "NEST"), ("Per Vold", "MEDL"), ("Anne Bø", "VARA")),
              ceo=None),
       title="Halvor Strands legat – Årsberetning 2022", formats=("docx", "pdf")),
    l1("occupation-before-member-list-nn", "board",
       (H("Styret", 2),
        P("Styret i stiftinga har i 2022 vore:"),
        P("Rektor Kari Vikane, styreleiar\nSokneprest Ola Nesheim, nestformann\nOrdførar Per Lid (styremedlem)\n"
          "Lensmann Ivar Rudsar, styremedlem"),
        P("Styremedlem Gunnvor Hæreid døydde i mars. Kommunestyret oppnemnde Ivar Rudsar i staden."),
        P("Stiftinga har ingen tilsette. Rekneskapen vert ført av Sunnfjord Rekneskap AS.")),
       Expect(board=board(("Kari Vikane", "LEDE"), ("Ola Nesheim", "NEST"), ("Per Lid", "MEDL"), ("Ivar Rudsar", "MEDL")),
              ceo=None),
       lang="nn", title="Årsmelding 2022 for Stiftinga Fjordheimen", formats=("docx", "pdf")),
    l1("occupation-before-member-prose-nn", "board",
       (H("Styret", 2),
        P("Styret har i 2022 vore samansett slik: ordførar Hallvard Nes (leiar), rektor Brit Aasen (nestleiar), "
          "banksjef Oddny Reite (styremedlem) og lensmann Ivar Rudsar (styremedlem)."),
        P("Styret har hatt fire møte.")),
       Expect(board=board(("Hallvard Nes", "LEDE"), ("Brit Aasen", "NEST"), ("Oddny Reite", "MEDL"),
                          ("Ivar Rudsar", "MEDL")), ceo=None),
       lang="nn", title="Årsmelding 2022 for Stiftinga Fjordheimen", formats=("docx",)),
    # the minimal pairs: the post's own phrases before a name stay the daglig leder's
    l1("daglig-leder-before-name-stays-nb", "board",
       (H("Styret", 2),
        P("Rektor Sigrid Hamre, leder\nBanksjef Per Vold, nestleder\nAnne Bø, styremedlem"),
        P("Daglig leder Tone Moe er styrets sekretær."),
        P("Styret har hatt fem møter.")),
       Expect(board=board(("Sigrid Hamre", "LEDE"), ("Per Vold", "NEST"), ("Anne Bø", "MEDL")), ceo="Tone Moe"),
       title="Stiftelsen Elvebakken – Årsberetning 2022", formats=("docx",)),
    l1("forretningsforer-secretary-stays-nb", "board",
       (H("Styret", 2),
        P("Styret har i 2022 bestått av:\nRektor Sigrid Hamre, leder\nBanksjef Per Vold, styremedlem\n"
          "Anne Bø, styremedlem"),
        P("Forretningsfører Liv Haug, sekretær for styret, fører regnskapet."),
        P("Styret har hatt fem møter.")),
       Expect(board=board(("Sigrid Hamre", "LEDE"), ("Per Vold", "MEDL"), ("Anne Bø", "MEDL")), ceo="Liv Haug"),
       title="Stiftelsen Elvebakken – Årsberetning 2022", formats=("docx",)),
]

# A local paper named after its district, after announcing words: a publication, not a place
PROBES += [
    l1("district-paper-after-announcing-words-nb", "places",
       (H("Utdelinger", 2),
        P("Legatet gir stipend til ungdom fra Lunner som tar høyere utdanning."),
        P("Stipendene ble annonsert i Hadeland og Oppland Arbeiderblad i februar. Det kom inn 14 søknader.")),
       Expect(places=("Lunner",), doubtful_places=("Hadeland",)),
       title="Kari og Nils Aasens legat – Årsberetning 2021", formats=("docx",)),
    l1("district-paper-after-announcing-words-nn", "places",
       (H("Tildelingar", 2),
        P("Stillinga som dagleg leiar vart lyst ut i Helgeland og Rana Blad i mars, og vi fekk ni søkjarar.")),
       Expect(doubtful_places=("Helgeland",)),
       lang="nn", title="Årsmelding 2021 for Stiftinga Sjøbua", formats=("docx",)),
    # the minimal pair: the district named as a place too stays sure
    l1("district-paper-and-district-as-place-nb", "places",
       (H("Utdelinger", 2),
        P("Legatet gir stipend til ungdom fra hele Valdres."),
        P("Stipendene ble utlyst i Valdres og Avisa Oppland i februar.")),
       Expect(places=("Valdres",), sure_places=("Valdres",)),
       title="Kari og Nils Aasens legat – Årsberetning 2021", formats=("docx",)),
]

# A club's officers in its election record: "gjenvalg av havnesjef X" elects an officer, no daglig leder
CLUB = (("Trond Aas", "LEDE"), ("Hilde Rønning", "NEST"), ("Mona Dahl", "MEDL"), ("Geir Solum", "MEDL"))
PROBES += [
    l1("club-election-harbour-master-prose-nb", "board",
       (H("Styret", 2),
        P("Leder: Trond Aas\nNestleder: Hilde Rønning\nKasserer: Mona Dahl\nSekretær: Geir Solum"),
        H("Årsmøtet", 2),
        P("Årsmøtet ble holdt 12. mars med 41 medlemmer til stede. Valget ga gjenvalg av leder Trond Aas for to år, "
          "gjenvalg av havnesjef Bjørn Lie og nyvalg av kasserer Mona Dahl."),
        P("Båtplassene er fullt utleid, og venteliste har 18 navn.")),
       Expect(board=board(*CLUB), ceo=None),
       title="Årsberetning 2023 Storvika Båtforening", formats=("docx",)),
    l1("club-election-record-list-nn", "board",
       (H("Styret", 2),
        P("Leiar: Trond Aas\nNestleiar: Hilde Rønning\nKasserar: Mona Dahl\nSkrivar: Geir Solum"),
        H("Val på årsmøtet", 2),
        P("Attval av leiar Trond Aas for to år\nAttval av havnesjef Bjørn Lie\nNyval av kasserar Mona Dahl\n"
          "Attval av materialforvaltar Sander Øye")),
       Expect(board=board(*CLUB), ceo=None),
       lang="nn", title="Årsmelding 2023 Storvika Båtlag", formats=("docx", "pdf")),
    # the minimal pair: a harbour authority's own havnesjef, hired, is its daglig leder
    l1("harbour-authority-havnesjef-stays-ceo-nb", "board",
       (H("Styret", 2),
        P("Leder: Trond Aas\nNestleder: Hilde Rønning\nStyremedlem: Mona Dahl"),
        H("Administrasjonen", 2),
        P("Havnesjef Bjørn Lie leder den daglige driften av havnevesenet med fem ansatte.")),
       Expect(board=board(("Trond Aas", "LEDE"), ("Hilde Rønning", "NEST"), ("Mona Dahl", "MEDL")), ceo="Bjørn Lie"),
       title="Årsberetning 2023 Storvika Havnevesen KF", formats=("docx",)),
]

# A board member's affiliation beside the entry ("– Lunner kommune") is never the organisation's name
PROBES += [
    l1("member-affiliation-tiles-nb", "org",
       (H("Styret", 2),
        P("Kari Dahl\nStyreleder\n– Lunner kommune"), P("Per Lie\nNestleder\n– Gran kommune"),
        H("Om selskapet", 2),
        P("Hadeland Vann IKS leverer drikkevann til tre kommuner.")),
       Expect(org_name="Hadeland Vann IKS"), title="Årsberetning 2022"),
    l1("member-affiliation-role-first-nn", "org",
       (H("Styret", 2),
        P("Styreleiar Kari Dahl – Lunner kommune\nNestleiar Per Lie – Gran kommune\nStyremedlem Anne Bø – Jevnaker kommune"),
        H("Om selskapet", 2),
        P("Hadeland Vatn IKS leverer drikkevatn til tre kommunar.")),
       Expect(org_name="Hadeland Vatn IKS"), lang="nn", title="Årsmelding 2022"),
    l1("member-affiliation-bracketed-role-nb", "org",
       (H("Styret", 2),
        P("Kari Dahl (styreleder) – Lunner kommune\nPer Lie (nestleder) – Gran kommune"),
        H("Om selskapet", 2),
        P("Hadeland Vann IKS leverer drikkevann til tre kommuner.")),
       Expect(org_name="Hadeland Vann IKS"), title="Årsberetning 2022"),
    # the minimal pair: a kommune's own report names it on its cover line
    l1("kommune-own-cover-line-nb", "org",
       (P("Lunner kommune – Årsmelding 2022"),
        H("Styret", 2),
        P("Kari Dahl\nStyreleder"),
        P("Kommunen hadde 9 400 innbyggere ved utgangen av året.")),
       Expect(org_name="Lunner kommune"), title="Årsmelding 2022", formats=("docx",)),
]
