"""Kinds from the twenty-sixth blind held-out set's errors, written here with other names, places
and words (h31-fixB; docs/phrasings.md §75): a signers' table whose cells read "Surname, Given names
Title date" under a single certificate word; the valgkomité's proposal as a table under its label
("Valgkomiteens innstilling til årsmøtet:"), next year's candidates beside the sitting board.
Names and places are invented."""
from probes.spec import H, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g18fb-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # the board in a table, then the e-signature rows with the surname first: the signers are the
    # same people, neither a second member under the given names alone nor a new one
    _p("signers-table-surname-first", "board", (
        H("Styret", 2),
        T((("Verv", "Navn"), ("Styreleder", "Randi Helene Kvam"), ("Nestleder", "Torstein Aaberg"),
           ("Styremedlem", "Siri Marie Eggen"), ("Styremedlem", "Ola Fosse Lien"))),
        P("Styret har hatt sju møter i 2024. Daglig leder er Petter Nyhus."),
        H("Signert elektronisk", 2),
        P("Årsberetningen er signert elektronisk av styret og daglig leder."),
        T((("Kvam, Randi Helene Styreleder 2025-03-04", "Aaberg, Torstein Nestleder 2025-03-04"),
           ("Eggen, Siri Marie Styremedlem 2025-03-05", "Lien, Ola Fosse Styremedlem 2025-03-04"),
           ("Nyhus, Petter Daglig leder 2025-03-04", "")), ruled=False, bold_header=False),
    ), Expect(board=board(("Randi Helene Kvam", "LEDE"), ("Torstein Aaberg", "NEST"), ("Siri Marie Eggen", "MEDL"),
                          ("Ola Fosse Lien", "MEDL")), ceo="Petter Nyhus"),
        # docx only: LibreOffice's PDF of this borderless table reads as text lines, two signers a
        # line, which the rule (a table cell) does not cover yet
        formats=("docx",), title="Årsrapport 2024 Stiftelsen Vangsmo leirsted"),
    # the sitting board in a table; the nominating committee's proposal for next year as a table under
    # its label: the candidates are not the board, and the sitting chair's role there does not
    # conflict with hers
    _p("proposal-table-under-its-label", "board", (
        H("Styret", 2),
        T((("Verv", "Navn"), ("Leder", "Gunnar Vestby"), ("Nestleder", "Trine Aasheim"),
           ("Kasserer", "Bjørn Tufte"), ("Styremedlem", "Lise Kjos"), ("Varamedlem", "Ruben Enger"))),
        P("Styret har hatt ti møter og behandlet 64 saker."),
        H("Valg", 2),
        P("Valgkomiteens innstilling til årsmøtet 2025:"),
        T((("Verv", "Kandidat", "Periode"), ("Leder", "Trine Aasheim", "1 år"), ("Nestleder", "Håvard Nordli", "2 år"),
           ("Styremedlem", "Bjørn Tufte", "gjenvalg, 2 år"), ("Varamedlem", "Ingrid Solum", "1 år")), ruled=False),
        P("Valgkomiteen: Per Arne Dahl (leder) og Sunniva Holt."),
    ), Expect(board=board(("Gunnar Vestby", "LEDE"), ("Trine Aasheim", "NEST"), ("Bjørn Tufte", "MEDL"),
                          ("Lise Kjos", "MEDL"), ("Ruben Enger", "VARA"))),
        formats=WORD, title="Årsberetning 2024 Vestby Turnforening"),
]
