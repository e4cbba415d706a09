"""Twelfth reading (docs/phrasings.md §47): boards on real wording from parish councils, a
research union's national branch, a listed transport company, barnehager run as cooperatives, a
music council's minutes and an association's meeting news, and the kinds left open at stop 24:
the board before and after the annual meeting in two lists, a group's or branch's own board
("styret i gruppa", "avdelingsstyret"), members with titles in one paragraph, a chair who lost
re-election, another organisation's chair named after it, members with their union branch beside
them. Each kind written again with invented names and places."""
from probes.spec import H, Li, P, T, Expect, Probe, board

PDFS = ("docx", "pdf", "tight")
NN = {"lang": "nn"}


def _b(case_id, items, expected, family="board", formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g12b-{case_id}", family, tuple(items), expect, formats=formats, **kw)


# --- 1. the board before and after the annual meeting: the one after is the year's ----------------
AFTER = board(("Tor Aalvik", "LEDE"), ("Mette Skui", "NEST"), ("Gunn Rise", "MEDL"), ("Eva Brenden", "MEDL"))
BEFORE_AFTER_LINES = (
    H("Årsmelding 2023 for Lundvik seniordans", 1),
    P("Laget har 64 medlemmer og trener hver tirsdag i Lundvik grendehus."),
    P("Styret fram til årsmøtet 14. mars 2023:"),
    P("Leder: Eva Brenden\nNestleder: Tor Aalvik\nKasserer: Gunn Rise\nSekretær: Arne Tollefsen"),
    P("Styret etter årsmøtet:"),
    P("Leder: Tor Aalvik\nNestleder: Mette Skui\nKasserer: Gunn Rise\nStyremedlem: Eva Brenden"),
    P("Styret har hatt seks møter i året."),
)

PROBES = [
    _b("before-and-after-the-meeting-labelled-lists", BEFORE_AFTER_LINES, AFTER, title=None),
    _b("before-and-after-the-meeting-running-text", (
        H("Årsmelding 2023", 1),
        P("Styret har fram til årsmøtet 2023 bestått av Eva Brenden (leder), Tor Aalvik (nestleder), Gunn Rise og "
          "Arne Tollefsen."),
        P("Nytt styre fra 14. mars 2023: Tor Aalvik (leder), Mette Skui (nestleder), Gunn Rise og Eva Brenden."),
        P("Styret har hatt seks møter i året."),
    ), AFTER, title=None),
    _b("before-and-after-the-meeting-nynorsk", (
        H("Årsmelding 2023 for Lundvik sogelag", 1),
        P("Styret fram til årsmøtet:"),
        P("Leiar: Eva Brenden\nNestleiar: Tor Aalvik\nKasserar: Gunn Rise\nSkrivar: Arne Tollefsen"),
        P("Styret etter årsmøtet:"),
        P("Leiar: Tor Aalvik\nNestleiar: Mette Skui\nKasserar: Gunn Rise\nStyremedlem: Eva Brenden"),
    ), AFTER, title=None, **NN),
    # --- 2. a group's or a branch's own report: its board is ours ---------------------------------
    _b("group-report-board-of-the-group", (
        H("Årsmelding 2023 Fjellstad IL Skigruppa", 1),
        P("Skigruppa har hatt 140 aktive utøvere i sesongen."),
        P("Styret i gruppa har i 2023 bestått av:"),
        P("Leder: Randi Kvam\nNestleder: Ola Hegge\nKasserer: Siri Tveit\nStyremedlem: Jon Ask"),
        P("Gruppa har hatt ni styremøter."),
    ), board(("Randi Kvam", "LEDE"), ("Ola Hegge", "NEST"), ("Siri Tveit", "MEDL"), ("Jon Ask", "MEDL")), title=None),
    _b("branch-report-avdelingsstyret", (
        H("Årsmelding 2023 Fagforbundet Nordvik avdeling 412", 1),
        H("Avdelingsstyret", 2),
        P("Avdelingsstyret har i perioden bestått av:"),
        P("Leder: Hilde Ruud\nNestleder: Per Kolstad\nKasserer: Anne Stabæk\nStyremedlem: Trond Vik\nVaramedlem: Lise Enger"),
    ), board(("Hilde Ruud", "LEDE"), ("Per Kolstad", "NEST"), ("Anne Stabæk", "MEDL"), ("Trond Vik", "MEDL"),
             ("Lise Enger", "VARA")), title=None),
    # --- 3. members with their titles and departments in one paragraph ---------------------------
    _b("members-with-titles-in-one-paragraph", (
        H("Årsmelding 2023 for lokallaget", 1),
        P("Styret har i 2023 bestått av: professor Gunnar Lie, Institutt for fysikk (leder), førsteamanuensis Lene Berg, "
          "Institutt for biologi (nestleder), overingeniør Pål Sund, Kjemisk institutt, seniorkonsulent Hege Ruud, "
          "Studieavdelingen, og stipendiat Kjell Moen, Matematisk institutt."),
        P("Styret har hatt åtte møter."),
    ), board(("Gunnar Lie", "LEDE"), ("Lene Berg", "NEST"), ("Pål Sund", "MEDL"), ("Hege Ruud", "MEDL"),
             ("Kjell Moen", "MEDL")), title=None),
    # --- 4. a proposal after the board: who said yes to re-election stays, the candidate is none ---
    _b("said-yes-to-re-election-after-the-board", (
        H("Årsmelding 2023", 1),
        P("Styret har i 2023 bestått av Eva Brenden (leder), Tor Aalvik (nestleder), Gunn Rise og Arne Tollefsen."),
        P("Eva Brenden og Gunn Rise har sagt ja til gjenvalg. Valgkomiteen foreslår Mette Skui som ny nestleder."),
    ), board(("Eva Brenden", "LEDE"), ("Tor Aalvik", "NEST"), ("Gunn Rise", "MEDL"), ("Arne Tollefsen", "MEDL")),
        title=None),
    # --- 5. a chair who lost re-election is no chair -----------------------------------------------
    _b("chair-who-lost-re-election", (
        H("Årsmøtet 2023: klubben uten valgt leder", 2),
        P("Sittende styreleder Hege Lunde stilte til gjenvalg, men fikk ikke flertall. Klubben har derfor ingen "
          "valgt leder fram til et ekstraordinært årsmøte."),
        P("Etter årsmøtet er klubbens styre nå:"),
        P("Kari Moe, nestleder/fungerende leder"),
        P("Per Lia, kasserer"),
        P("Siv Rud, styremedlem"),
    ), board(("Kari Moe", "NEST"), ("Per Lia", "MEDL"), ("Siv Rud", "MEDL")), title=None),
    # --- 6. another organisation's chair named after it, with a comma ------------------------------
    _b("another-orgs-chair-name-after-comma", (
        H("Årsmelding 2023 Nordvik historielag", 1),
        P("Styret: Leder Arne Fosse, nestleder Liv Heggen, kasserer Jon Dypvik."),
        P("På vårmøtet orienterte styreleder i Nordvik Sparebank, Kari Holm, om bankens gavefond."),
    ), board(("Arne Fosse", "LEDE"), ("Liv Heggen", "NEST"), ("Jon Dypvik", "MEDL")), title=None),
    # --- 7. members with their union and workplace beside them -------------------------------------
    _b("members-with-union-acronym-and-workplace", (
        H("Landsforeningens beretning 2023", 1),
        P("Styret i perioden:"),
        P("Leder Pål Kjær NTL Vegforskningen (Stat)\nNestleder Stein Juvik NTL Havinstituttet (Abelia)\n"
          "Kasserer Terje Nygård NTL Arbeidsmiljøsenteret (Stat)"),
        P("Styremedlemmer:"),
        P("Bjørn Flaten NTL Fjordforsk (Abelia)\nHege Gundersen NTL Kulturminnesenteret (Abelia)"),
        P("Varamedlemmer:"),
        P("Thor Ofte NTL Luftlaboratoriet (Abelia)\nIvar Lien NTL Nordforsk Alta (Abelia)"),
    ), board(("Pål Kjær", "LEDE"), ("Stein Juvik", "NEST"), ("Terje Nygård", "MEDL"), ("Bjørn Flaten", "MEDL"),
             ("Hege Gundersen", "MEDL"), ("Thor Ofte", "VARA"), ("Ivar Lien", "VARA")), title=None),
    _b("members-with-union-acronym-in-brackets", (
        H("Årsmelding 2023 LO Nordvik", 1),
        P("Styret"),
        P("Leder: Kari Holm (FO)\nNestleder: Per Dahl (NTL)\nStyremedlem: Liv Ask (Fagforbundet)\n"
          "Styremedlem: Odd Bratt (EL og IT)"),
    ), board(("Kari Holm", "LEDE"), ("Per Dahl", "NEST"), ("Liv Ask", "MEDL"), ("Odd Bratt", "MEDL")), title=None),
    # --- 8. real reading: minutes signed by the chair and the daglig leder -------------------------
    _b("minutes-signed-chair-and-manager", (
        H("Protokoll fra styremøte 5. november 2023", 1),
        P("Innkalte fra styret: Knut Hauge, Helga Tryste, Erik Aa, Elin Bjørke og Tone Vollan."),
        P("Fra administrasjonen: Sigrid Rønne og Trond Ekeli"),
        P("Nordby, Knut Hauge (s.) styreleder, Trond Ekeli daglig leder"),
        P("Sak 19/23 Årsmøte: Valgkomiteen er varslet om at arbeidet bør starte opp."),
    ), None, expect=Expect(board=board(("Knut Hauge", "LEDE"), ("Helga Tryste", "MEDL"), ("Erik Aa", "MEDL"),
                                       ("Elin Bjørke", "MEDL"), ("Tone Vollan", "MEDL")),
                           ceo="Trond Ekeli"), title=None),
    # --- 9. real reading: the nomination committee's chairman signs its recommendation -------------
    _b("nomination-committee-chairman-signs", (
        H("Recommendation of the Nomination Committee", 1),
        P("The nomination committee recommends that Hans Berge be re-elected as Chairman of the Board and Vera Lund "
          "as Deputy Chairman."),
        P("Ref.: Knut Brenna, chairman of the nomination committee"),
    ), None, expect=Expect(doubtful_board=("Knut Brenna", "Hans Berge", "Vera Lund")), title=None),
    # --- 10. real reading: an abbreviated employees' representative ---------------------------------
    _b("employees-representative-abbreviated", (
        H("Årsberetning 2023", 1),
        P("Styrets medlemmer"),
        P("Roar Gran, leder\nOdd Øien, nestleder\nArne Berg, ansatterepr.\nGrete Brovold\nHarald Bøen"),
        P("Valgkomité"),
        P("Ingolf Mari\nØystein Tung"),
    ), board(("Roar Gran", "LEDE"), ("Odd Øien", "NEST"), ("Arne Berg", "MEDL", True), ("Grete Brovold", "MEDL"),
             ("Harald Bøen", "MEDL")), title=None),
]
