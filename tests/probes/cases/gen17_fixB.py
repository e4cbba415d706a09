"""Kinds from a twenty-second and a twenty-third blind held-out set's errors, written here with other
names, places and words (h30-fixB; docs/phrasings.md §69): a post town the register writes with
"i" and a district ("3652 Hovin i Telemark"), whose tail is no county of the year and whose address
is not cut at "Hovin"; a foundation that only owns what a museum company runs, its name ending in
lower-case nouns ("Stiftelsen X kvern og smie") and the company named more often; a board table in
North Sámi and bokmål ("Jođiheaddji / Styreleder", "Bargit / De ansatte") and an e-signature page
of "Surname, Given names" the first-name register lacks; the first deputy who "rykket opp som
styremedlem" during the year; a grid of portraits, one member to a cell, one cell saying
"Ansattes representant"; a name with its short form in brackets before "er en ...".
Names and places are invented."""
from probes.spec import H, Li, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g17fb-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # "Hovin i Telemark" is the post town; Telemark was no county in 2022
    _p("post-town-with-its-district", "places", (
        H("Virksomhetens art og lokalisering", 2),
        P("Lindtveit Arbeid AS er en vekstbedrift med adresse Kvernvegen 7, 3652 Hovin i Telemark, telefon "
          "35 09 41 20. Bedriften har avdelinger på Hovin og i Notodden, og eies av Tinn kommune."),
        P("Styret har hatt seks møter."),
    ), Expect(address="Kvernvegen 7, 3652 Hovin i Telemark", absent_places=("Telemark",), places=("Notodden",)),
        formats=("docx",), title="Lindtveit Arbeid AS – Årsberetning 2022"),
    # the foundation owns the mill; the museum company that runs it is named more often, with its form
    _p("foundation-beside-the-museum-company", "organisation", (
        H("Stiftelsen Rønnes kvern og smie", 1),
        P("Årsberetning 2023", bold=True),
        H("Virksomhetens art", 2),
        P("Stiftelsen Rønnes kvern og smie ble opprettet i 1981 for å ta vare på kverna ved Rønnes. Stiftelsen "
          "eier bygningene. Etter konsolideringen i 2010 er all faglig drift lagt til Trollheim museum AS, som "
          "leier anlegget av stiftelsen."),
        P("Stiftelsen eier 5 % av aksjene i Trollheim museum AS. Stiftelsen har ingen ansatte."),
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        Li("Kari Dalen, leder"),
        Li("Ola Berg, styremedlem (oppnevnt av Trollheim museum AS)"),
        H("Samarbeidet med museet", 2),
        P("Trollheim museum AS er det konsoliderte museet for ni museer i regionen. Museets styre ledes av Per Lien."),
        T((("Resultat", "2023", "2022"), ("Leieinntekt fra Trollheim museum AS", "150 000", "150 000"),
           ("Aksjer i Trollheim museum AS", "30 000", "30 000"))),
    ), Expect(org_name="Stiftelsen Rønnes kvern og smie"),
        formats=WORD, title="Årsberetning 2023 – Stiftelsen Rønnes kvern og smie"),
    # North Sámi beside bokmål: the board table's roles and appointing bodies, and the e-signatures
    _p("north-sami-board-table-and-e-signatures", "board", (
        P("Stiftelsen Ruovdegeađgi duodjeguovddáš · Márkanbálggis 5, 9520 Guovdageaidnu · org.nr. 912 345 674"),
        H("Stivra / Styret", 2),
        P("Styret har hatt fem møter og behandlet 30 saker."),
        T((("Doaibma / Verv", "Namma / Navn", "Nammadan / Oppnevnt av"),
           ("Jođiheaddji / Styreleder", "Ánne Risten Sara", "Sámediggi / Sametinget"),
           ("Nubbijođiheaddji / Nestleder", "Jovsset Ánte Eira", "Kautokeino kommune"),
           ("Stivrralahttu / Styremedlem", "Máret Sofe Hætta", "Sámediggi / Sametinget"),
           ("Stivrralahttu / Styremedlem", "Nils Heaika Siri", "Bargit / De ansatte"),
           ("Várrelahttu / Varamedlem", "Inger Biret Turi", "Sámediggi / Sametinget"))),
        P("Doaibmajođiheaddji / Daglig leder: Berit Márjá Somby. Daglig leder er styrets sekretær."),
        H("Vuolláičállosat / Signaturer", 2),
        P("Dokumentet er signert elektronisk med BankID."),
        T((("Sara, Ánne Risten\nJođiheaddji / Styreleder\nBankID 2025-03-18",
            "Eira, Jovsset Ánte\nNubbijođiheaddji / Nestleder\nBankID 2025-03-18"),
           ("Hætta, Máret Sofe\nStivrralahttu / Styremedlem\nBankID 2025-03-18",
            "Siri, Nils Heaika\nStivrralahttu / Styremedlem\nBankID 2025-03-18"),
           ("Somby, Berit Márjá\nDoaibmajođiheaddji / Daglig leder\nBankID 2025-03-19", "")), bold_header=False),
    ), Expect(board=board(("Ánne Risten Sara", "LEDE"), ("Jovsset Ánte Eira", "NEST"), ("Máret Sofe Hætta", "MEDL"),
                          ("Nils Heaika Siri", "MEDL", True), ("Inger Biret Turi", "VARA")),
              org_name="Stiftelsen Ruovdegeađgi duodjeguovddáš"),
        formats=("docx",), title="Jahkedieđáhus 2024 / Årsmelding 2024"),
    # the list prints her as deputy; the sentence after it moves her up
    _p("first-deputy-moved-up", "board", (
        H("Styret", 2),
        P("Styret valgt på årsmøtet 5. mars 2024:"),
        P("Leder\tAnne Bakken\nNestleder\tOla Rudi\nStyremedlem\tKari Lien\nStyremedlem\tPer Dahl\n"
          "Styremedlem\tLars Moe\nVaramedlem\tGro Haug\nVaramedlem\tTone Lund"),
        P("Lars Moe gikk ut av styret i april da han flyttet. Første varamedlem Gro Haug rykket opp som "
          "styremedlem for resten av perioden, og medlemsmøtet 10. juni valgte Eva Sand som nytt varamedlem."),
        P("Styret har hatt åtte møter."),
    ), Expect(board=board(("Anne Bakken", "LEDE"), ("Ola Rudi", "NEST"), ("Kari Lien", "MEDL"), ("Per Dahl", "MEDL"),
                          ("Gro Haug", "MEDL"), ("Tone Lund", "VARA"), ("Eva Sand", "VARA"))),
        formats=("docx",), title="Årsberetning 2024 – Vang Røde Kors"),
    # portraits, one member to a cell: only the cell that says so is the employees' member
    _p("portrait-grid-one-employee-cell", "board", (
        H("Styret", 2),
        T((("Sander Lid Aune\nStyreleder\nStudentrepresentant", "Helle Myr Rønning\nNestleder\nOppnevnt av høgskolen",
            "Amir Said Omar\nStyremedlem\nStudentrepresentant"),
           ("Jon Eide Strand\nStyremedlem\nStudentrepresentant", "Kari Lerfall\nStyremedlem\nEkstern, oppnevnt av høgskolen",
            "Geir Are Hole\nStyremedlem\nAnsattes representant")), ruled=False, bold_header=False),
        P("Styret har hatt sju møter."),
    ), Expect(board=board(("Sander Lid Aune", "LEDE"), ("Helle Myr Rønning", "NEST"), ("Amir Said Omar", "MEDL"),
                          ("Jon Eide Strand", "MEDL"), ("Kari Lerfall", "MEDL"), ("Geir Are Hole", "MEDL", True))),
        formats=("docx",), title="Årsberetning 2023"),
    # the short form in brackets between the name and "er en ..."
    _p("short-form-before-is-a", "organisation", (
        P("Studentsamskipnaden Vestvik (SiVV) er en studentsamskipnad etter studentsamskipnadsloven, med "
          "studiesteder i Førde og Sogndal. Samskipnaden gir velferdstilbud til om lag 3 100 studenter."),
        H("Styret", 2),
        P("Styret har hatt sju møter."),
    ), Expect(org_name="Studentsamskipnaden Vestvik"),
        formats=("docx",), title="Årsberetning 2023"),
]
