"""Board lists whose reading must not depend on the program that made the PDF: lines of names
and roles set without space between paragraphs (``tight``: Word 2003's default, the "No
Spacing" style) and an HTML page printed by Chromium (``browser``: list bullets drawn, not
typed). On a page holding only such short lines, its longest line stood in for the column's
edge and the lines ran together ("Styremedlem: Ola Dal Styremedlem: ..."), so roles slid onto
the next name and the lines under another body's label were read as the board's
(``extractor/ingest/line_measure.py``); a name under a role header in a table (an employees'
representative, a daglig leder signing under a rule drawn as a cell border) was left out.
Names are invented; wordings are written from the genre."""
from probes.spec import H, Li, P, T, Probe, Expect, board

EVERY_PDF = ("docx", "pdf", "tight", "browser")


def _b(case_id, items, expected, **kw) -> Probe:
    return Probe(f"g8-lead-{case_id}", "board", tuple(items), Expect(board=expected), formats=EVERY_PDF, **kw)


PROBES = [
    _b("role-colon-name-lines", (
        H("Styret", 2),
        P("Styreleder: Torunn Bakkevik"), P("Nestleder: Arild Nesheim"), P("Styremedlem: Liv Sandvoll"),
        P("Styremedlem: Jonas Rørvik"), P("Varamedlem: Hege Aaslund")),
        board(("Torunn Bakkevik", "LEDE"), ("Arild Nesheim", "NEST"), ("Liv Sandvoll", "MEDL"),
              ("Jonas Rørvik", "MEDL"), ("Hege Aaslund", "VARA"))),
    _b("nn-name-comma-role-lines", (
        H("Styret", 2),
        P("Styret har i 2023 vore samansett slik:"),
        P("Synnøve Hjelmeland, styreleiar"), P("Oddvar Tveiten, nestleiar"), P("Kristin Vatle, styremedlem"),
        P("Mons Kleppe, varamedlem")),
        board(("Synnøve Hjelmeland", "LEDE"), ("Oddvar Tveiten", "NEST"), ("Kristin Vatle", "MEDL"),
              ("Mons Kleppe", "VARA")), lang="nn", title="Årsmelding 2023"),
    _b("role-labels-over-name-lines", (
        H("Styret", 2),
        P("Styremedlemmer:"), P("Gro Hegstad, leder"), P("Petter Løkkeberg"), P("Anniken Fossum"),
        P("Varamedlemmer:"), P("Trond Hillestad")),
        board(("Gro Hegstad", "LEDE"), ("Petter Løkkeberg", "MEDL"), ("Anniken Fossum", "MEDL"),
              ("Trond Hillestad", "VARA"))),
    _b("committees-under-the-board", (
        H("Tillitsvalgte", 2),
        P("Hovedstyret:"), P("Leder: Bente Skaret"), P("Nestleder: Kåre Vestby"), P("Kasserer: Mona Heggelund"),
        P("Kontrollkomiteen:"), P("Leder: Ivar Bjørnstad"), P("Medlem: Sølvi Haugerud"),
        P("Valgkomiteen:"), P("Leder: Reidun Kvisle"), P("Medlem: Frode Aamot")),
        board(("Bente Skaret", "LEDE"), ("Kåre Vestby", "NEST"), ("Mona Heggelund", "MEDL")),
        title="Årsberetning 2023 Solhøgda IL"),
    _b("subsidiary-board-after-ours", (
        H("Styret", 2),
        P("Styreleder: Elin Brøvig"), P("Styremedlem: Jostein Ravndal"), P("Styremedlem: Camilla Aune"),
        H("Styret i Brøvig Eiendom AS", 2),
        P("Styreleder: Harald Tofte"), P("Styremedlem: Nina Sæthre")),
        board(("Elin Brøvig", "LEDE"), ("Jostein Ravndal", "MEDL"), ("Camilla Aune", "MEDL")),
        title="Fjellvekst AS – årsrapport 2023"),
    _b("nn-bullets-under-sentence", (
        H("Styret", 2),
        P("Styret har i 2023 hatt desse medlemene:"),
        Li("Ragnhild Lothe, leiar"), Li("Endre Øvstedal, nestleiar"), Li("Gunhild Tysse, styremedlem"),
        Li("Bjarte Kolås, varamedlem")),
        board(("Ragnhild Lothe", "LEDE"), ("Endre Øvstedal", "NEST"), ("Gunhild Tysse", "MEDL"),
              ("Bjarte Kolås", "VARA")), lang="nn", title="Årsmelding 2023"),
    # roles in the header row, names under them: the employees' representative heads a column too
    _b("roles-over-names-employee-column", (
        H("Styret", 2),
        T((("Styreleder", "Nestleder", "Styremedlem", "Ansattes representant"),
           ("Marte Grindheim", "Olav Tjelle", "Siri Haugvaldstad", "Jan Egil Borge"))),),
        board(("Marte Grindheim", "LEDE"), ("Olav Tjelle", "NEST"), ("Siri Haugvaldstad", "MEDL"),
              ("Jan Egil Borge", "MEDL", True))),
    _b("nn-roles-over-names-employee-column", (
        H("Styret", 2),
        T((("Leiar", "Kasserar", "Tilsette sin representant"), ("Brita Vatnedal", "Lars Inge Mo", "Oddny Rygg"))),),
        board(("Brita Vatnedal", "LEDE"), ("Lars Inge Mo", "MEDL"), ("Oddny Rygg", "MEDL", True)),
        lang="nn", title="Årsmelding 2024"),
    # a signature grid whose rules are cell borders (no typed underscores): titles over names
    Probe("g8-lead-signature-titles-over-names-no-rule", "ceo", (
        H("Styrets beretning", 2), P("Styret takker alle ansatte for innsatsen i året som gikk."),
        P("Lillestrøm, 11. mars 2024"),
        T((("Styreleder", "Styremedlem", "Daglig leder"), ("Henrik Aasland", "Vibeke Strømsnes", "Tord Kvalheim")),
          ruled=False, bold_header=False)),
        Expect(board=board(("Henrik Aasland", "LEDE"), ("Vibeke Strømsnes", "MEDL")), ceo="Tord Kvalheim"),
        formats=EVERY_PDF),
    Probe("g8-lead-nn-signature-titles-over-names-no-rule", "ceo", (
        H("Styret si melding", 2), P("Styret takkar dei tilsette for godt arbeid."), P("Voss, 2. mars 2024"),
        T((("Styreleiar", "Nestleiar", "Dagleg leiar"), ("Gunvor Lydvo", "Sjur Tvinnereim", "Marta Hegg")),
          ruled=False, bold_header=False)),
        Expect(board=board(("Gunvor Lydvo", "LEDE"), ("Sjur Tvinnereim", "NEST")), ceo="Marta Hegg"),
        formats=EVERY_PDF, lang="nn", title="Årsmelding 2023"),
]
