"""Seventh reading (docs/phrasings.md §28): board layouts a blind test found unread: the board
elected inside the annual meeting's minutes ("Sak 8: Val", with the meeting's officers, the
election committee and a departing member around it), a table by electing body with the role in
parentheses after the name and each member's personal deputy beside it, dot-leader lines
("Styreleiar ........ Name"), a board in English on a bilingual summary page, and one prose
sentence naming the members by appointing body. Names and places are invented; wordings are
written from the genre."""
from probes.spec import H, Li, P, T, Expect, Probe, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _b(case_id, items, expected, family="board", **kw) -> Probe:
    return Probe(f"g7-{case_id}", family, tuple(items), Expect(board=expected), **kw)


PROBES = [
    # --- 1. the board elected in the annual meeting's minutes --------------------------------------
    _b("nn-arsmoteprotokoll-sak-val", (
        H("Protokoll frå årsmøtet 2024", 2),
        P("Årsmøtet vart halde på grendahuset 12. mars 2024. 23 medlemmer møtte."),
        P("Sak 1: Konstituering. Møteleiar: Arne Tufte. Referent: Siri Hovland. Protokollunderskrivarar: "
          "Olav Dyrli og Brit Sande."),
        P("Sak 2: Årsmelding for 2023. Godkjend utan merknader."),
        P("Sak 8: Val"),
        P("Leiar: Kjersti Nygard (attvald for 1 år)\nNestleiar: Hallvard Eide (ny, 2 år)\n"
          "Styremedlem: Randi Tjønn (ikkje på val)\nStyremedlem: Per Ivar Hole (attvald for 2 år)\n"
          "Varamedlemmer: Synne Lid og Tor Bratt"),
        P("Valnemnd: Gunn Aasen og Leif Hauge. Kontrollutval: Magnhild Bø og Ragnar Sæle."),
        P("Eirik Straume gjekk ut av styret etter fire år. Årsmøtet takka han for godt arbeid.")),
        board(("Kjersti Nygard", "LEDE"), ("Hallvard Eide", "NEST"), ("Randi Tjønn", "MEDL"), ("Per Ivar Hole", "MEDL"),
              ("Synne Lid", "VARA"), ("Tor Bratt", "VARA")), lang="nn", formats=PDF,
        title="Årsmelding 2023 Nordvik sogelag"),
    _b("arsmoteprotokoll-sak-valg-bullets", (
        H("Protokoll fra årsmøtet", 2),
        P("Sak 1 Valg av møteleder og referent"),
        P("Gunnar Moe ble valgt til møteleder og Lise Dahl til referent. Til å underskrive protokollen ble "
          "valgt Stein Rud og Ingrid Foss."),
        P("Sak 7 Valg"),
        Li("Leder: Helge Brekke (gjenvalgt for 1 år)"),
        Li("Nestleder: Anita Solberg (ny, 2 år)"),
        Li("Styremedlem: Jonas Vik (ikke på valg)"),
        Li("Varamedlemmer: Sara Holm og Bjarne Lien"),
        Li("Valgkomité: Kari Eng og Tore Bø"),
        P("Årsmøtet takket avtroppende nestleder Mona Fjeld for innsatsen.")),
        board(("Helge Brekke", "LEDE"), ("Anita Solberg", "NEST"), ("Jonas Vik", "MEDL"), ("Sara Holm", "VARA"),
              ("Bjarne Lien", "VARA")), formats=PDF, title="Årsberetning 2023 Holmby Turlag"),
    # --- 2. a table by electing body, role in parentheses, personal deputy beside ------------------
    _b("nn-valt-av-medlem-personleg-vara", (
        # the employees' personal deputy is chosen by them too: employee-elected (as r2-deputies-role-column-*)
        H("Styret", 2),
        T((("Valt av", "Medlem", "Personleg vara"),
           ("Soknerådet", "Ingunn Ravnås (leiar)", "Jorunn Teigen"),
           ("Soknerådet", "Asbjørn Helle", "Marit Skjold"),
           ("Kommunen", "Trond Ulvik (nestleiar)", "Elin Bjørke"),
           ("Dei tilsette", "Sigve Nes", "Hanne Rong")))),
        board(("Ingunn Ravnås", "LEDE"), ("Asbjørn Helle", "MEDL"), ("Trond Ulvik", "NEST"), ("Sigve Nes", "MEDL", True),
              ("Jorunn Teigen", "VARA"), ("Marit Skjold", "VARA"), ("Elin Bjørke", "VARA"), ("Hanne Rong", "VARA", True)),
        lang="nn", formats=PDF, title="Årsmelding 2023 Vestvik gravplassforvaltning"),
    _b("oppnevnt-av-medlem-vara", (
        H("Styret", 2),
        T((("Oppnevnt av", "Medlem", "Vara"),
           ("Kommunestyret", "Berit Almås (leder)", "Ole Kvien"),
           ("Kommunestyret", "Knut Sand (nestleder)", "Eva Rønning"),
           ("Fylkeskommunen", "Heidi Lund", "Arvid Nes"),
           ("De ansatte", "Rune Dale", "Tina Hoff")))),
        board(("Berit Almås", "LEDE"), ("Knut Sand", "NEST"), ("Heidi Lund", "MEDL"), ("Rune Dale", "MEDL", True),
              ("Ole Kvien", "VARA"), ("Eva Rønning", "VARA"), ("Arvid Nes", "VARA"), ("Tina Hoff", "VARA", True)),
        title="Årsrapport 2023 Nordby Kulturhus KF"),
    # --- 3. dot-leader lines --------------------------------------------------------------------
    _b("nn-dot-leader-tabs", (
        P("Styret", bold=True),
        P("Styreleiar\tGudrun Flatebø, Nordvik", tabs=(400,), dot_leader=True),
        P("Nestleiar\tLars Myklebust, Sørvik", tabs=(400,), dot_leader=True),
        P("Styremedlem\tAud Reinholt", tabs=(400,), dot_leader=True),
        P("Tilsette sin representant\tBjørn Tveito", tabs=(400,), dot_leader=True),
        P("Varamedlem\tOddny Skare", tabs=(400,), dot_leader=True)),
        board(("Gudrun Flatebø", "LEDE"), ("Lars Myklebust", "NEST"), ("Aud Reinholt", "MEDL"),
              ("Bjørn Tveito", "MEDL", True), ("Oddny Skare", "VARA")), lang="nn", formats=PDF,
        title="Årsmelding 2023 Vestvik Hamn IKS"),
    _b("dot-leader-printed-dots", (
        P("Styret", bold=True),
        P("Styreleder ................... Petter Grønvold, Nordby\nStyremedlem .................. Linda Kjos\n"
          "Styremedlem .................. Erlend Vatne\nAnsattes representant ........ Kari Bekken")),
        board(("Petter Grønvold", "LEDE"), ("Linda Kjos", "MEDL"), ("Erlend Vatne", "MEDL"), ("Kari Bekken", "MEDL", True)),
        formats=PDF, title="Årsberetning 2023 Nordby Havn KF"),
    # --- 4. a board in English on a bilingual summary page --------------------------------------
    _b("english-role-name-table", (
        H("Summary in English", 2),
        P("The foundation runs the regional science centre and had 41 000 visitors in 2023."),
        P("Board of Directors", bold=True),
        T((("Chair", "Marianne Økland"), ("Deputy Chair", "Tor Einar Haug"), ("Board Member", "Silje Aamot"),
           ("Employee Representative", "Henrik Vold"), ("Deputy Member", "Janne Kvale"), ("Observer", "Arild Brun")),
          ruled=False, bold_header=False)),
        board(("Marianne Økland", "LEDE"), ("Tor Einar Haug", "NEST"), ("Silje Aamot", "MEDL"), ("Henrik Vold", "MEDL", True),
              ("Janne Kvale", "VARA"), ("Arild Brun", "OBS")), formats=PDF, title="Årsrapport 2023 Stiftelsen Nordby Vitensenter"),
    _b("english-board-in-layout-table-half", (
        H("Samandrag / Summary", 2),
        T((("Stiftinga driv vitensenteret i regionen og hadde 38 000 besøkjande i 2023.",
            "Board of Directors\nChair\tEinar Løvlie\nDeputy Chair\tGrete Soltvedt\nBoard Member\tOla Sandnes\n"
            "Employee Representative\tSiv Rasmussen\nDeputy Member\tKnut Lia"),), ruled=False, bold_header=False)),
        board(("Einar Løvlie", "LEDE"), ("Grete Soltvedt", "NEST"), ("Ola Sandnes", "MEDL"), ("Siv Rasmussen", "MEDL", True),
              ("Knut Lia", "VARA")), lang="nn", formats=PDF, title="Årsmelding 2023 Stiftinga Vestvik Vitensenter"),
    # --- 5. one prose sentence by appointing body ----------------------------------------------
    _b("prose-by-appointing-body", (
        H("Styret", 2),
        P("Bykommunen har oppnevnt Anders Rognli (leder) og Tove Hallan, Fylkeskommunen Jostein Mo og Ellen Brå, "
          "med personlige varamedlemmer Trude Ask (for Rognli) og Geir Lunde (for Hallan). De ansatte har valgt "
          "Kim Sæther som observatør.")),
        board(("Anders Rognli", "LEDE"), ("Tove Hallan", "MEDL"), ("Jostein Mo", "MEDL"), ("Ellen Brå", "MEDL"),
              ("Trude Ask", "VARA"), ("Geir Lunde", "VARA"), ("Kim Sæther", "OBS", True)),
        title="Årsrapport 2023 Nordby Næringsselskap AS"),
    _b("nn-prose-by-appointing-body", (
        H("Styret", 2),
        P("Bykommunen har oppnemnt Solveig Rambø (leiar) og Nils Tangen, fylkeskommunen Reidun Vik og Per Hauge, "
          "med personlege varamedlemmer Astrid Moen (for Rambø) og Ivar Dale (for Tangen). Dei tilsette har valt "
          "Hege Lund som observatør.")),
        board(("Solveig Rambø", "LEDE"), ("Nils Tangen", "MEDL"), ("Reidun Vik", "MEDL"), ("Per Hauge", "MEDL"),
              ("Astrid Moen", "VARA"), ("Ivar Dale", "VARA"), ("Hege Lund", "OBS", True)),
        **NN),
    # --- what these rules must not take --------------------------------------------------------
    # an appointing sentence outside a board section: another organ's member, not the board
    _b("appointed-to-other-organ-not-board", (
        H("Styret", 2),
        P("Styreleder: Randi Aune\nStyremedlem: Jon Bekk\nStyremedlem: Tove Rud"),
        H("Samarbeid med kommunen", 2),
        P("Kommunen har oppnevnt Eirik Sande og Gro Lia til det nye rådet for næringsutvikling.")),
        board(("Randi Aune", "LEDE"), ("Jon Bekk", "MEDL"), ("Tove Rud", "MEDL")), family="not_board",
        title="Årsrapport 2023 Nordby Næringsselskap AS"),
    # nn: the minutes' other election items and the committee under the board's item
    _b("nn-sak-val-av-moteleiar-not-board", (
        H("Protokoll frå årsmøtet", 2),
        P("Sak 1: Val av møteleiar og referent"),
        P("Møteleiar: Jorunn Skei\nReferent: Bjarte Lid"),
        P("Sak 6: Val"),
        P("Leiar: Marta Hole (attvald)\nStyremedlem: Anders Rekdal (ny)\nStyremedlem: Kristin Moe (ikkje på val)"),
        P("Valnemnd: Ola Fet og Siri Nes"),
        P("Sak 7: Eventuelt"),
        P("Leiar Marta Hole takka for tilliten.")),
        board(("Marta Hole", "LEDE"), ("Anders Rekdal", "MEDL"), ("Kristin Moe", "MEDL")), family="not_board", **NN),
]
