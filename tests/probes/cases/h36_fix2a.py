"""Thirty-sixth-round cases from the fifty-seventh and sixty-second blind held-out sets' leftover kinds
(docs/phrasings.md §110): a club's "Verv | Navn" table that runs on past the board into the club's
other offices (valgkomité, revisor, then a group's leader and a harbour warden), and a deputies'
label written as a sentence ("Varamedlemer: A og B.") over a signature row. Organisations, people
and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Probe, Sign, board

BOTH = ("docx", "pdf")


def f2a(id_, family, items, expect, lang="nb", formats=BOTH):
    return Probe(f"h36f2a-{id_}", family, tuple(items), expect, lang=lang, formats=formats,
                 title={"nb": "Årsberetning 2023", "nn": "Årsmelding 2023"}[lang])


CLUB_BOARD = (("Geir Aslaksen Holm", "LEDE"), ("Randi Moe Ulvik", "NEST"), ("Tore Brenne", "MEDL"),
              ("Silje Rud Haugan", "MEDL"), ("Ola Strand Vik", "MEDL"), ("Eva Lunde", "VARA"))

PROBES = [
    f2a("club-offices-table-runs-past-the-board", "board",
        (H("Tillitsvalgte 2023", 2),
         T((("Verv", "Navn"),
            ("Leder", "Geir Aslaksen Holm"), ("Nestleder", "Randi Moe Ulvik"), ("Kasserer", "Tore Brenne"),
            ("Sekretær", "Silje Rud Haugan"), ("Styremedlem", "Ola Strand Vik"), ("Varamedlem", "Eva Lunde"),
            ("Valgkomité, leder", "Arne Tufte"), ("Valgkomité", "Gro Helle Sande"), ("Revisor", "Bodil Rønning"),
            ("Leder seilgruppa", "Mona Kvisle"), ("Leder ungdomsgruppa", "Petter Ask Lien"),
            ("Havnefogd", "Jon Erling Moen")), ruled=False),
         P("Styret har hatt åtte styremøter.")),
        Expect(board=board(*CLUB_BOARD))),
    # the minimal pair: a group's leader among the board's rows sits on the main board
    f2a("club-board-table-with-group-leader-among-its-rows", "board",
        (H("Styret 2023", 2),
         T((("Verv", "Navn"),
            ("Leder", "Geir Aslaksen Holm"), ("Nestleder", "Randi Moe Ulvik"), ("Leder seilgruppa", "Mona Kvisle"),
            ("Styremedlem", "Ola Strand Vik"), ("Varamedlem", "Eva Lunde"),
            ("Revisor", "Bodil Rønning")), ruled=False),
         P("Styret har hatt åtte styremøter.")),
        Expect(board=board(("Geir Aslaksen Holm", "LEDE"), ("Randi Moe Ulvik", "NEST"), ("Mona Kvisle", "MEDL"),
                           ("Ola Strand Vik", "MEDL"), ("Eva Lunde", "VARA")))),
    f2a("deputies-sentence-over-a-signature-row", "board",
        (H("Styret si årsmelding", 2),
         P("Styret har i 2023 hatt denne samansetjinga:"),
         P("Ingrid Tveit Bakke, styreleiar\nOddmund Hegg, nestleiar\nSynnøve Lien, styremedlem\nTorleif Nes, styremedlem"),
         # the deputies' sentence, the place and date and the last signature row set as one text frame's lines
         P("Varamedlemer: Kjell Aase og Marit Hovland Sæle.\nLærdal, 20. februar 2024\n"
           "Torleif Nes      Halvard Moen Dahle\nstyremedlem      dagleg leiar")),
        Expect(board=board(("Ingrid Tveit Bakke", "LEDE"), ("Oddmund Hegg", "NEST"), ("Synnøve Lien", "MEDL"),
                           ("Torleif Nes", "MEDL"), ("Kjell Aase", "VARA"), ("Marit Hovland Sæle", "VARA")),
               ceo="Halvard Moen Dahle"),
        lang="nn"),
]

# A photo caption of another group under the board's heading
PROBES += [
    f2a("work-party-caption-under-board-heading", "board",
        (H("Styret", 2),
         T((("Leder", "Roald Heimdal"), ("Nestleder", "Turid Aamot"), ("Styremedlem", "Kenneth Ulset"),
            ("Varamedlem", "Brit Solheim")), ruled=False),
         H("Styrets beretning", 2),
         P("Styret har hatt ni møter."),
         P("Ny molo på plass. Dugnadsgjengen fra venstre: Kenneth Ulset, Vidar Rønningen og Brit Solheim.")),
        Expect(board=board(("Roald Heimdal", "LEDE"), ("Turid Aamot", "NEST"), ("Kenneth Ulset", "MEDL"),
                           ("Brit Solheim", "VARA")))),
    # the minimal pair: "På bildet fra venstre:" under the board's heading is the board's photo
    f2a("board-photo-caption-på-bildet", "board",
        (H("Styret", 2),
         P("Styret har hatt ni møter."),
         P("På bildet fra venstre: Roald Heimdal (leder), Turid Aamot (nestleder) og Kenneth Ulset.")),
        Expect(board=board(("Roald Heimdal", "LEDE"), ("Turid Aamot", "NEST"), ("Kenneth Ulset", "MEDL")))),
]

# Name tiles over their titles, one title only saying who appointed the member
PROBES += [
    f2a("tiles-title-only-the-appointer", "board",
        (H("Styret 2023", 2),
         T((("Sigrun Vatle", "Alf Inge Rolland", "Marta Eikrem", "Oddvin Sæverud"),
            ("Styreleiar, oppnemnd av Kvinnherad kommune", "Nestleiar, oppnemnd av Etne kommune",
             "Oppnemnd av fylkeskommunen", "Vara")), ruled=False, bold_header=False),
         P("Styret hadde fem møte i 2023.")),
        Expect(board=board(("Sigrun Vatle", "LEDE"), ("Alf Inge Rolland", "NEST"), ("Marta Eikrem", "MEDL"),
                           ("Oddvin Sæverud", "VARA"))),
        lang="nn"),
]

# The kommune's officer thanked in the leader's letter ("havnesjef X i kommunen") is not our daglig leder
PROBES += [
    f2a("kommune-officer-thanked-in-letter", "board",
        (H("Lederen har ordet", 2),
         P("Sesongen ble god, og den nye bølgebryteren sto ferdig i juni. Takk også til havnesjef Tormod Ekre "
           "i kommunen og til alle som stilte på dugnad."),
         H("Styret", 2),
         T((("Leder", "Roald Heimdal"), ("Nestleder", "Turid Aamot"), ("Styremedlem", "Kenneth Ulset")), ruled=False)),
        Expect(ceo=None, board=board(("Roald Heimdal", "LEDE"), ("Turid Aamot", "NEST"), ("Kenneth Ulset", "MEDL")))),
    f2a("own-harbour-master-thanked-in-letter", "board",
        (H("Lederen har ordet", 2),
         P("Sesongen ble god, og den nye bølgebryteren sto ferdig i juni. Takk også til havnesjef Tormod Ekre "
           "for godt arbeid med havna."),
         H("Styret", 2),
         T((("Leder", "Roald Heimdal"), ("Nestleder", "Turid Aamot"), ("Styremedlem", "Kenneth Ulset")), ruled=False)),
        Expect(ceo="Tormod Ekre")),
]
