"""Kinds from a blind held-out set's errors, written here with other names, places and words
(lead, gen12; docs/phrasings.md §50): an English report's board table whose "Appointed by"
column says a member was elected by the employees, and its personal deputies named in one
sentence; group titles between the rows of a role | name | place list without rules
("Varamedlemmer til styret" wrapped in its cell, "Valgkomité" under the deputies); personal
deputies in a column beside a name column under a plain "Navn" header; a member's office after
a comma in a name cell ("Name, prost"). Names and places are invented."""
from probes.spec import H, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g12-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # English: "Elected by the employees" in an "Appointed by" column; deputies in one sentence
    _p("en-appointed-by-employees-and-deputies-sentence", "board", (
        H("Board of Directors", 2),
        T((("Name", "Position", "Appointed by"), ("Marit Holmvik", "Chair", "Council of Representatives"),
           ("Jon Ruud Eng", "Deputy Chair", "Council of Representatives"),
           ("Liv Torsnes", "Board member", "Council of Representatives"),
           ("Arve Sundli", "Board member", "Elected by the employees"))),
        P("Personal deputies for the members appointed by the owners are Kai Brenna, Randi Løkstad and "
          "Håkon Vestby. The employees' deputy is Sunniva Rø."),
        P("The Board held eight meetings in 2023. The CEO, Terje Aamot, joined the company in 2016."),
    ), Expect(board=board(("Marit Holmvik", "LEDE"), ("Jon Ruud Eng", "NEST"), ("Liv Torsnes", "MEDL"),
                          ("Arve Sundli", "MEDL", True), ("Kai Brenna", "VARA"), ("Randi Løkstad", "VARA"),
                          ("Håkon Vestby", "VARA"), ("Sunniva Rø", "VARA")), ceo="Terje Aamot"),
        formats=WORD, title="Annual Report 2023 Glomma Waste IKS"),
    _p("nb-deputies-for-owner-members-sentence", "board", (
        H("Styret", 2),
        T((("Navn", "Verv", "Valgt av"), ("Eirin Stubø", "Styreleder", "Representantskapet"),
           ("Kåre Moen", "Styremedlem", "Representantskapet"), ("Siri Lyng", "Styremedlem", "De ansatte"))),
        P("Personlige varamedlemmer for de eiervalgte medlemmene er Ove Hamre og Tone Kvam. "
          "De ansattes varamedlem er Rolf Aune."),
    ), Expect(board=board(("Eirin Stubø", "LEDE"), ("Kåre Moen", "MEDL"), ("Siri Lyng", "MEDL", True),
                          ("Ove Hamre", "VARA"), ("Tone Kvam", "VARA"), ("Rolf Aune", "VARA"))),
        formats=WORD, title="Årsberetning 2021 Vikna Vannverk IKS"),

    # group titles in the role column between rows of names: rows of their own
    _p("group-titles-between-rows-of-a-role-name-list", "board", (
        H("Tillitsvalgte", 2),
        T((("Styret", "", "", "Periode"), ("Styreleder", "Ingvild Sæther", "Furuvegen 3", "2022–2024"),
           ("Styremedlem", "Bjørn Aalvik", "Furuvegen 11", "2021–2023"),
           ("Styremedlem", "Nadia Rahimi", "Furuvegen 5", "2022–2024"),
           ("Varamedlemmer til styret", "", "", ""), ("Varamedlem", "Geir Holt", "Furuvegen 7", "2022–2023"),
           ("Varamedlem", "Anja Brøste", "Furuvegen 9", "2022–2023"), ("Valgkomité", "", "", ""),
           ("Medlem", "Petter Lauvås", "Furuvegen 1", "2022–2023"), ("Medlem", "Åsne Fjeld", "Furuvegen 2", "2022–2023")),
          ruled=False),
        P("Forretningsfører er Vestby Boligforvaltning AS."),
    ), Expect(board=board(("Ingvild Sæther", "LEDE"), ("Bjørn Aalvik", "MEDL"), ("Nadia Rahimi", "MEDL"),
                          ("Geir Holt", "VARA"), ("Anja Brøste", "VARA"))),
        formats=WORD, title="Årsberetning 2022 Furulia Borettslag"),

    # "Verv | Navn | Personlig varamedlem": each row's deputy in the third column
    _p("deputy-column-beside-a-name-header", "board", (
        H("Styret", 2),
        T((("Verv", "Navn", "Personlig varamedlem"), ("Leder", "Kjersti Nome", "Arnt Vold"),
           ("Nestleder", "Tor Heia", "Lene Brå"), ("Medlem", "Unni Fosse", "Geir Lie"),
           ("Ansattes representant", "Rune Bekk", "Eva Strand"))),
    ), Expect(board=board(("Kjersti Nome", "LEDE"), ("Tor Heia", "NEST"), ("Unni Fosse", "MEDL"),
                          ("Rune Bekk", "MEDL", True), ("Arnt Vold", "VARA"), ("Lene Brå", "VARA"),
                          ("Geir Lie", "VARA"), ("Eva Strand", "VARA", True))),
        formats=(*WORD, "browser"), title="Årsrapport 2020 Tinnsjø Eiendom KF"),

    # a member's office after a comma in the member and deputy cells
    _p("nn-office-after-comma-in-member-cells", "board", (
        H("Fellesrådet", 2),
        T((("Valt av", "Medlem", "Verv", "Personleg vara"), ("Lid sokneråd", "Gudrun Rå", "Leiar", "Olav Kvamme"),
           ("Hovland sokneråd", "Nils Berge", "Nestleiar", "Eli Tufte"),
           ("Lid kommune", "Signe Holm", "Medlem", "Arne Vik"),
           ("Biskopen", "Hallvard Teigland, prost", "Medlem", "Marta Lien, sokneprest"))),
    ), Expect(board=board(("Gudrun Rå", "LEDE"), ("Nils Berge", "NEST"), ("Signe Holm", "MEDL"),
                          ("Hallvard Teigland", "MEDL"), ("Olav Kvamme", "VARA"), ("Eli Tufte", "VARA"),
                          ("Arne Vik", "VARA"), ("Marta Lien", "VARA"))),
        formats=WORD, title="Årsmelding 2021 Lid kyrkjelege fellesråd", lang="nn"),
]
