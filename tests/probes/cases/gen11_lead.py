"""Kinds from blind held-out sets' errors, written here with other names, places and words (lead,
gen11; docs/phrasings.md §46): a board table without rules whose deputies share one role cell,
each on a line of their own with their home places beside them; an undergroup's board ("Styret i
gruppa har bestått av ...") in a sports club's report; a kommune's own administrative head
(rådmann, kommunedirektør) as its daglig leder, an owner kommune's in an IKS's report not; a role
cell naming the office a member sits by ("Sokneprest, fast medlem"); a board set as lines joined by
leader dots ("Nestleiar........Kari Vik, Sand"). Names and places are invented."""
from probes.spec import H, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g11-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # two deputies in one cell, a home place beside each: two people, not one
    _p("deputies-share-a-role-cell-with-places", "board", (
        H("Styre og administrasjon", 2),
        T((("Styreleder", "Gunnar Teigen", "Vang"), ("Nestleder", "Solveig Brekke", "Lom"),
           ("Styremedlem", "Arild Flaten", "Skjåk"), ("Ansattes representant", "Tove Lien", "Lesja"),
           ("Varamedlemmer", "Jostein Rud\nMarit Haugom", "Vang\nLom")), ruled=False, bold_header=False),
        P("Daglig leder: Einar Bøe"),
    ), Expect(board=board(("Gunnar Teigen", "LEDE"), ("Solveig Brekke", "NEST"), ("Arild Flaten", "MEDL"),
                          ("Tove Lien", "MEDL", True), ("Jostein Rud", "VARA"), ("Marit Haugom", "VARA")),
              ceo="Einar Bøe"),
        formats=WORD, title="Årsberetning 1996 Vangsmjøsa Trevare A/S"),

    # "Styret i gruppa": the undergroup's board, not the club's (a group's own report keeps it)
    _p("undergroup-board-in-club-report", "board", (
        H("Styret", 2),
        T((("Verv", "Navn"), ("Leder", "Henning Aasen"), ("Nestleder", "Guro Wiik"), ("Styremedlem", "Pål Sveen"),
           ("Varamedlem", "Lise Krogh"))),
        H("Skigruppa", 2),
        P("Gruppa arrangerte to kretsrenn. Styret i gruppa har ellers bestått av Vegard Lund (oppmann) "
          "og tre foreldre."),
        H("Håndballgruppa", 2),
        P("Sju lag var påmeldt i serien. Styret i avdelinga har vært Anita Skoog og Kjetil Moe."),
    ), Expect(board=board(("Henning Aasen", "LEDE"), ("Guro Wiik", "NEST"), ("Pål Sveen", "MEDL"),
                          ("Lise Krogh", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Solbakken Idrettslag"),

    # a kommune's administrative head is its daglig leder (the Enhetsregisteret's role for the office)
    _p("kommune-head-signs-foreword", "board", (
        H("Kommunedirektørens innledning", 2),
        P("Året var preget av store investeringer i skole og vann. Driften gikk med et mindreforbruk."),
        P("Oddbjørg Ramstad\nkommunedirektør"),
        H("Politisk organisering", 2),
        T((("Navn", "Parti", "Verv"), ("Terje Vang", "Sp", "Ordfører"), ("Lisa Brun", "Ap", "Varaordfører"))),
    ), Expect(board=(), ceo="Oddbjørg Ramstad"),
        formats=WORD, title="Årsmelding 2022 Tollvik kommune"),
    _p("nn-kommune-radmann-in-prose", "board", (
        H("Administrasjonen", 2),
        P("Rådmann Jostein Helle leier administrasjonen saman med to kommunalsjefar."),
    ), Expect(board=(), ceo="Jostein Helle"),
        formats=WORD, title="Årsmelding 2009 Lykkjedal kommune", lang="nn"),
    _p("iks-owner-radmann-is-not-ours", "board", (
        H("Styret", 2),
        T((("Verv", "Namn"), ("Styreleiar", "Kari Lunde"), ("Nestleiar", "Per Øy"), ("Styremedlem", "Anne Haug"))),
        P("Selskapet vart skipa av kommunane i 2004. Rådmann Jostein Helle i Lykkjedal kommune "
          "leidde arbeidet. Dagleg leiar er Tone Berg."),
    ), Expect(board=board(("Kari Lunde", "LEDE"), ("Per Øy", "NEST"), ("Anne Haug", "MEDL")), ceo="Tone Berg"),
        formats=WORD, title="Årsmelding 2012 Fjordkyst Renovasjon IKS", lang="nn"),

    # the priest sits on the parish council by office: a member
    _p("nn-office-before-role-cell", "board", (
        H("Soknerådet", 2),
        P("Soknerådet har hatt åtte møte. Soknepresten er fast medlem."),
        T((("Verv", "Namn"), ("Leiar", "Brita Sandvik"), ("Nestleiar", "Olav Tjønn"), ("Medlem", "Ragna Vatne"),
           ("Sokneprest, fast medlem", "Eirik Nes Bolstad"), ("1. varamedlem", "Tora Li"))),
    ), Expect(board=board(("Brita Sandvik", "LEDE"), ("Olav Tjønn", "NEST"), ("Ragna Vatne", "MEDL"),
                          ("Eirik Nes Bolstad", "MEDL"), ("Tora Li", "VARA"))),
        formats=WORD, title="Årsmelding 2022 Vatnebu sokneråd", lang="nn"),

    # leader-dot lines broken in one paragraph: each an entry (joined, a place ran into the next role)
    _p("nn-board-in-leader-dot-lines", "board", (
        H("Styret i 2003", 2),
        P("\n".join(f"{role}{'.' * (48 - len(role))}{name}" for role, name in (
            ("Styreleiar", "Torgeir Nesheim, Vik"), ("Nestleiar", "Solfrid Aasen, Sand"),
            ("Styremedlem", "Ivar Lothe, Nes"), ("Tilsette sin representant", "Randi Tveit"),
            ("Varamedlem", "Ola Hjelle, Vik"), ("Varamedlem", "Gunn Sæle, Sand")))),
        P("Dagleg leiar har vore Kåre Morken. Styret har halde seks møte."),
    ), Expect(board=board(("Torgeir Nesheim", "LEDE"), ("Solfrid Aasen", "NEST"), ("Ivar Lothe", "MEDL"),
                          ("Randi Tveit", "MEDL", True), ("Ola Hjelle", "VARA"), ("Gunn Sæle", "VARA")),
              ceo="Kåre Morken"),
        formats=WORD, title="Årsmelding 2003 Vikfjord Hamn IKS", lang="nn"),
]
