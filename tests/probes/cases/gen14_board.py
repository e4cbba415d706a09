"""Fourteenth reading (docs/phrasings.md §55): boards on real wording. The kinds left open at stop
26 (a fellesråd's kyrkjeverje named in a sokneråd's report, a meeting's attendance beside the
board, a nomination committee's proposal in prose, abbreviated roles, observers, a national
association's regional leaders, an e-signature page as the only full list) and the real
reading's, each written again with invented names and places."""
from probes.spec import H, Li, P, T, Expect, Probe, board

PDFS = ("docx", "pdf", "tight")
NN = {"lang": "nn"}


def _b(case_id, items, expected, family="board", formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g14b-{case_id}", family, tuple(items), expect, formats=formats, **kw)


COUNCIL = board(("Randi Skjelvik", "LEDE"), ("Arvid Hølen", "NEST"), ("Marte Lundhaug", "MEDL"),
                ("Olav Brekkhus", "MEDL"), ("Signe Tveit", "VARA"))
CLUB = board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL"), ("Kjetil Aasen", "MEDL"))

PROBES = [
    # --- 1. a sokneråd's report: the fellesråd's kyrkjeverje is another organisation's leader -------
    _b("nn-sokn-own-leader-beside-the-kyrkjeverje", (
        H("Årsmelding 2023 Austvik sokneråd", 1),
        H("Soknerådet", 2),
        P("Leiar: Randi Skjelvik\nNestleiar: Arvid Hølen\nMedlem: Marte Lundhaug\nMedlem: Olav Brekkhus\n"
          "Varamedlem: Signe Tveit"),
        H("Tilsette", 2),
        P("Soknerådet har eigen dagleg leiar, Tove Reinskou, i 60 % stilling. Kyrkjeverja i Austvik "
          "kyrkjelege fellesråd, Bjarne Nyhus, har arbeidsgjevaransvaret for dei tilsette."),
    ), COUNCIL, title=None, expect=Expect(board=COUNCIL, ceo="Tove Reinskou"), **NN),
    _b("nn-sokn-staff-list-kyrkjeverje-only", (
        H("Årsmelding 2023 Austvik sokneråd", 1),
        H("Soknerådet", 2),
        P("Leiar: Randi Skjelvik\nNestleiar: Arvid Hølen\nMedlem: Marte Lundhaug\nMedlem: Olav Brekkhus\n"
          "Varamedlem: Signe Tveit"),
        H("Tilsette i kyrkjelyden", 2),
        P("Kyrkjeverje: Bjarne Nyhus\nSokneprest: Ellen Strand\nOrganist: Paul Eikrem"),
    ), COUNCIL, title=None, expect=Expect(board=COUNCIL, low_confidence=("ceo",)), **NN),
    _b("parish-report-kirkeverge-of-the-fellesrad-in-prose", (
        H("Årsmelding 2023 for Nordvik menighet", 1),
        H("Menighetsrådet", 2),
        P("Menighetsrådet har bestått av Randi Skjelvik (leder), Arvid Hølen (nestleder), Marte Lundhaug og "
          "Olav Brekkhus, med Signe Tveit som varamedlem."),
        P("Kirkeverge Bjarne Nyhus i Nordvik kirkelige fellesråd har deltatt på to av rådets møter."),
    ), COUNCIL, title=None, expect=Expect(board=COUNCIL, low_confidence=("ceo",))),
    # --- 2. a meeting's attendance beside the board: no roles unless the text gives them -----------
    _b("board-minutes-attendance-beside-the-board", (
        H("Årsmelding 2023 Lidal skiklubb", 1),
        H("Styret", 2),
        P("Leder: Hege Solvang\nNestleder: Terje Bråten\nStyremedlem: Ingrid Myhre\nStyremedlem: Kjetil Aasen"),
        H("Styremøte 14. november", 2),
        P("Til stede: Hege Solvang, Terje Bråten, Ingrid Myhre og Sverre Lauvås (trener).\nForfall: Kjetil Aasen\n"
          "Referent: Mona Grav\nMøteleder: Hege Solvang"),
        P("Protokollen signeres av Terje Bråten og Anita Rudland."),
    ), CLUB, title=None),
    _b("nn-minutes-attendance-with-guests", (
        H("Årsmelding 2023 Lidal sogelag", 1),
        H("Styret", 2),
        P("Leiar: Hege Solvang\nNestleiar: Terje Bråten\nStyremedlem: Ingrid Myhre\nStyremedlem: Kjetil Aasen"),
        H("Frå styremøtet i oktober", 2),
        P("Møtt: Hege Solvang, Terje Bråten, Ingrid Myhre. Dessutan møtte Ragnar Fløtre frå kommunen.\n"
          "Forfall: Kjetil Aasen.\nMøteleiar: Hege Solvang. Skrivar: Gunn Vestbø."),
    ), CLUB, title=None, **NN),
    # --- 3. a nomination committee's proposal in prose beside the sitting board -------------------
    _b("nomination-proposal-in-prose-beside-sitting-board", (
        H("Årsberetning 2023 Fjellvik turlag", 1),
        H("Styret", 2),
        P("Leder: Hege Solvang\nNestleder: Terje Bråten\nStyremedlem: Ingrid Myhre\nStyremedlem: Kjetil Aasen"),
        H("Valg", 2),
        P("Valgkomiteen foreslår Bente Kvamme som ny leder for to år og gjenvalg av Terje Bråten som nestleder. "
          "Som nye styremedlemmer foreslås Per Arne Vik og Lena Holmås."),
    ), CLUB, title=None),
    # --- 4. abbreviated roles -----------------------------------------------------------------------
    _b("abbreviated-roles-parish-council", (
        H("Årsmelding 2023 for Nordvik menighet", 1),
        H("Menighetsrådet", 2),
        P("MR-leder: Randi Skjelvik\nNestl.: Arvid Hølen\nSt.medl.: Marte Lundhaug\nSt.medl.: Olav Brekkhus\n"
          "Vararepr.: Signe Tveit"),
    ), COUNCIL, title=None),
    _b("abbreviated-roles-in-a-club-table", (
        H("Årsberetning 2023 Lidal skiklubb", 1),
        H("Styret", 2),
        T((("Verv", "Navn"),
           ("Leder", "Hege Solvang"),
           ("Nestl.", "Terje Bråten"),
           ("St.medl.", "Ingrid Myhre"),
           ("St.medl.", "Kjetil Aasen"),
           ("Vararepr.", "Nora Bakkevig"))),
    ), CLUB | board(("Nora Bakkevig", "VARA")), title=None),
    # --- 5. observers from a union or a user council ------------------------------------------------
    _b("observers-from-a-union-and-a-user-council", (
        H("Årsrapport 2023 Nordvik Arbeidssenter AS", 1),
        H("Styret", 2),
        P("Styreleder: Hege Solvang\nNestleder: Terje Bråten\nStyremedlem: Ingrid Myhre\n"
          "Ansattes representant: Kjetil Aasen\nObservatør fra Fagforbundet: Liv Rognstad\n"
          "Observatør fra brukerrådet: Stein Haldorsen"),
    ), board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL"), ("Kjetil Aasen", "MEDL", True),
             ("Liv Rognstad", "OBS"), ("Stein Haldorsen", "OBS")), title=None),
    # --- 6. a national association's regional branch leaders are not its central board ------------
    _b("national-association-regional-leaders-table", (
        H("Årsmelding 2023 Norsk Lyngforbund", 1),
        H("Sentralstyret", 2),
        P("Leder: Hege Solvang\nNestleder: Terje Bråten\nStyremedlem: Ingrid Myhre\nStyremedlem: Kjetil Aasen"),
        H("Regionene", 2),
        P("Forbundet har fem regionlag med egne styrer."),
        T((("Region", "Leder"),
           ("Region Nord", "Astri Fjelde"),
           ("Region Midt", "Håvard Nome"),
           ("Region Vest", "Siri Langeland"),
           ("Region Øst", "Eivind Torp"))),
    ), CLUB, title=None),
    _b("national-association-regional-leaders-lines", (
        H("Årsmelding 2023 Norsk Lyngforbund", 1),
        H("Forbundsstyret", 2),
        P("Forbundsstyret har i 2023 bestått av Hege Solvang (leder), Terje Bråten (nestleder), Ingrid Myhre og "
          "Kjetil Aasen."),
        H("Regionledere", 2),
        P("Nord: Astri Fjelde\nMidt: Håvard Nome\nVest: Siri Langeland"),
    ), CLUB, title=None),
    # --- 7. an e-signature page as the only full list of the board ----------------------------------
    _b("esign-page-only-full-list", (
        H("Årsberetning 2023 Nordvik Vekst AS", 1),
        P("Styreleder Hege Solvang har ledet arbeidet med ny strategi."),
        P("Styret mener at forutsetningen om fortsatt drift er til stede."),
        H("Signaturer", 2),
        P("Dokumentet er signert elektronisk med BankID."),
        P("Solvang, Hege Marie\nStyreleder\nSignert 12.03.2024 BankID\nBråten, Terje\nNestleder\n"
          "Signert 12.03.2024 BankID\nMyhre, Ingrid\nStyremedlem\nSignert 13.03.2024 BankID\n"
          "Lunde, Arnfinn\nDaglig leder\nSignert 13.03.2024 BankID"),
    ), None, title=None, formats=("docx", "pdf"), expect=Expect(
        # the chair by the full name she signs with ("Solvang, Hege Marie"), which the scorer takes for the same person
        board=board(("Hege Marie Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL")),
        ceo="Arnfinn Lunde")),
    # another body's minutes (a council's attendance table) in a meeting's papers: not surely the board
    _b("nn-council-minutes-attendance-table", (
        H("Møteinnkalling Eldrerådet i Lidal", 1),
        P("Eventuelt forfall må meldast snarast. Møtesekretær kallar inn vararepresentantar."),
        H("Møteprotokoll", 2),
        P("Utval: Rådet for personar med funksjonsnedsetting\nMøtestad: Møterom 2, Lidal rådhus"),
        P("Faste medlemer som møtte:"),
        T((("Namn", "Funksjon", "Representerer"),
           ("Gunhild Aasprong", "Leiar", "H"),
           ("Leif Kvalheim", "Nestleiar", "SAFO"),
           ("Bente Sørdal", "Medlem", "FFO"),
           ("Rolf Nyborg", "Medlem", "KS"))),
        P("Faste medlemer som ikkje møtte:"),
        T((("Namn", "Funksjon", "Representerer"),
           ("Per Ivar Strand", "Medlem", "AP"))),
    ), None, title=None, expect=Expect(doubtful_board=(
        "Gunhild Aasprong", "Leif Kvalheim", "Bente Sørdal", "Rolf Nyborg", "Per Ivar Strand")), **NN),
    _b("user-council-minutes-present-with-roles", (
        H("Referat fra møte i brukerrådet", 1),
        P("Til stede: Kari Holmvik (leder), Ola Dalseth (nestleder), Siv Brekke (medlem) og Tor Aune (medlem)."),
        P("Forfall: Liv Ramstad (medlem)."),
        P("Sak 12/23 Godkjenning av referat. Vedtak: Godkjent."),
    ), None, title=None, expect=Expect(doubtful_board=(
        "Kari Holmvik", "Ola Dalseth", "Siv Brekke", "Tor Aune", "Liv Ramstad"))),
    # a board's own minutes: the roles of those present are board roles (guard)
    _b("board-minutes-present-with-board-titles", (
        H("Protokoll fra styremøte 5. november 2023", 1),
        P("Til stede: styreleder Hege Solvang, nestleder Terje Bråten og styremedlem Ingrid Myhre."),
        P("Forfall: styremedlem Kjetil Aasen."),
        P("Sak 31/23 Budsjett 2024. Vedtak: Budsjettet ble vedtatt."),
    ), CLUB, title=None),
    # a new board listed with "(ny)" after some names: the names after a remark stay in the list
    _b("new-board-list-with-remarks-after-names", (
        H("Årsmelding 2023 Lidal turlag", 1),
        P("Årsmøtet ble holdt 2. mars. Det nye styret består av:"),
        Li("Leder Hege Solvang"),
        Li("Nestleder/sekretær Terje Bråten (ny)"),
        Li("Styremedlemmer Ingrid Myhre, Kjetil Aasen (ny) og Nora Bakkevig (ny)"),
        Li("Vara er Per Arne Vik (ny) og Lena Holmås (ny)"),
    ), CLUB | board(("Nora Bakkevig", "MEDL"), ("Per Arne Vik", "VARA"), ("Lena Holmås", "VARA")), title=None),
    # a council listed for two periods of the year, a table under each period's line: the year-end one
    _b("council-listed-for-two-periods-of-the-year", (
        H("Årsmelding 2023 Nordvik kirkelige fellesråd", 1),
        H("Fellesrådet", 2),
        P("Fra 1. januar til 14. juni"),
        T((("Medlem", "Verv", "Varamedlem"),
           ("Arne Fossnes, Nordvik", "leder", "Siri Hovda, Nordvik"),
           ("Bodil Hauan, Lidal", "nestleder", "Ove Rasten, Lidal"),
           ("Jens Ulvik, Austvik", "", "Eli Fure, Austvik"))),
        P("Fra 14. juni"),
        T((("Medlem", "Verv", "Varamedlem"),
           ("Arne Fossnes, Nordvik", "leder", "Siri Hovda, Nordvik"),
           ("Jens Ulvik, Austvik", "nestleder", "Eli Fure, Austvik"),
           ("Tone Rekdal, Lidal", "", "Ove Rasten, Lidal"))),
        P("Fellesrådet har hatt seks møter og behandlet 48 saker."),
    ), board(("Arne Fossnes", "LEDE"), ("Jens Ulvik", "NEST"), ("Tone Rekdal", "MEDL"), ("Siri Hovda", "VARA"),
             ("Eli Fure", "VARA"), ("Ove Rasten", "VARA")), title=None),
    # a headerless table: members, their office, and beside each member a person with no role (the
    # personal deputies by that parallel); the employees' deputy's cell names the employees' seat
    _b("headerless-column-beside-the-members", (
        H("Årsmelding 2023 Nordvik kirkelige fellesråd", 1),
        H("Fellesrådet", 2),
        T((("Arne Fossnes, Nordvik", "leder", "Siri Hovda, Nordvik"),
           ("Jens Ulvik, Austvik", "nestleder", "Eli Fure, Austvik"),
           ("Tone Rekdal, Lidal", "", "Ove Rasten, Lidal"),
           ("Gry Nesje, ansattrepresentant", "", "Pål Teigen, ansattrepresentant"))),
        P("Fellesrådet har hatt seks møter og behandlet 48 saker."),
    ), None, title=None, expect=Expect(doubtful_board=("Siri Hovda", "Eli Fure", "Ove Rasten", "Pål Teigen"),
                                      sure_board=("Arne Fossnes",))),
]
