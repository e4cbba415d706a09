"""An e-signature table in a Word file whose other sections list the board in prose; a board
heading in the genitive of the noun a report calls itself by ("Foretakets styre"); other officers
after "Øvrige tillitsvalgte har vært:"; a photo caption naming the board; a role column beside
personal deputies and the constituency each represents; a council's own chair where its members
were "valt av" others; "bestyrer" as daglig leder; the title's year beside last year's accounts
reprinted; statements "(NOK thousand)" (lead, gen10; docs/phrasings.md §42). Kinds from blind held-out sets' errors, written here with other names and
words; names, places and figures are invented."""
from probes.spec import H, Li, P, T, Expect, Figure as F, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g10-{case_id}", family, tuple(items), expect, **kw)


def _signed(surname: str, given: str, role: str, stamp: str) -> str:
    """One signer's cell of an e-signature table: name surname first, role, time, method."""
    return f"{surname}, {given}\nRolle: {role}\nSignert: {stamp}\nMetode: BankID"


PROBES = [
    # the prose names the board in a list; the signature table gives the roles: the prose's
    # "Lunde, Ida Marie Holt" is no "Surname, Given names" (only the table's section is a
    # certificate); the nynorsk table has no certificate words, its "Rolle:" labels mark the signers
    _p("word-esign-table-beside-prose-list", "board", (
        H("Styret", 2),
        P("Etter generalforsamlingen i mai har styret bestått av Arne Bakke Lunde, Ida Marie Holt, "
          "Sverre Myhre og Tuva Lien, med Rune Sand som varamedlem. Styret har hatt sju møter."),
        H("Daglig drift", 2),
        P("Selskapet har fire ansatte. Daglig leder er Hilde Aune."),
        H("Signaturer", 2),
        P("Årsberetningen er signert elektronisk med BankID."),
        T(((_signed("Lunde", "Arne Bakke", "Styreleder", "03.03.2024 12:10"),
            _signed("Holt", "Ida Marie", "Nestleder", "03.03.2024 13:40")),
           (_signed("Myhre", "Sverre", "Styremedlem", "04.03.2024 08:05"),
            _signed("Lien", "Tuva", "Styremedlem", "04.03.2024 09:30")),
           (_signed("Aune", "Hilde", "Daglig leder", "03.03.2024 11:55"), "")), bold_header=False),
    ), Expect(board=board(("Arne Bakke Lunde", "LEDE"), ("Ida Marie Holt", "NEST"), ("Sverre Myhre", "MEDL"),
                          ("Tuva Lien", "MEDL"), ("Rune Sand", "VARA")), ceo="Hilde Aune"),
        formats=WORD, title="Årsberetning 2023 Lundeheia Næringspark AS"),
    _p("nn-word-esign-table-beside-prose-list", "board", (
        H("Styret", 2),
        P("Styret har i 2023 vore Kjell Inge Nes, Borghild Fosse, Eirik Haug og Marta Lid."),
        H("Underskrifter", 2),
        T(((_signed("Nes", "Kjell Inge", "Styreleiar", "01.03.2024 10:00"),
            _signed("Fosse", "Borghild", "Nestleiar", "01.03.2024 10:20")),
           (_signed("Haug", "Eirik", "Styremedlem", "02.03.2024 09:00"),
            _signed("Lid", "Marta", "Styremedlem", "02.03.2024 09:45"))), bold_header=False),
    ), Expect(board=board(("Kjell Inge Nes", "LEDE"), ("Borghild Fosse", "NEST"), ("Eirik Haug", "MEDL"),
                          ("Marta Lid", "MEDL"))),
        formats=WORD, title="Årsmelding 2023 Fossedalen Kraftlag SA", lang="nn"),

    # "Foretakets styre" is our own board (only a subsidiary's genitive heads another company's)
    _p("own-noun-genitive-board-heading", "board", (
        H("2 Foretakets styre", 2),
        P("Kommunestyret valgte nytt styre i desember. Styret har ved årsskiftet denne sammensetningen:"),
        Li("Leder: Kari Nordby"), Li("Nestleder: Ole Brattli"), Li("Medlem: Siri Haugen"),
        Li("Medlem valgt av og blant de ansatte: Tone Lie Bakken"),
        Li("Varamedlemmer: Per Fosse og Lise Aune"),
        P("Ordfører Ivar Dahl har møte- og talerett i styret."),
    ), Expect(board=board(("Kari Nordby", "LEDE"), ("Ole Brattli", "NEST"), ("Siri Haugen", "MEDL"),
                          ("Tone Lie Bakken", "MEDL", True), ("Per Fosse", "VARA"), ("Lise Aune", "VARA"))),
        formats=WORD, title="Årsmelding 2019 Nordby helse og omsorg KF"),
    _p("own-noun-genitive-heading-subsidiary-after", "board", (
        H("Stiftelsens styre", 2),
        P("Styret har bestått av Eli Rønning (leder), Hans Tveit (nestleder) og Mari Sæther."),
        H("Datterselskapets styre", 2),
        P("Styret i Holmen Drift AS har bestått av Kåre Lunde (leder) og Berit Ask."),
    ), Expect(board=board(("Eli Rønning", "LEDE"), ("Hans Tveit", "NEST"), ("Mari Sæther", "MEDL"))),
        formats=WORD, title="Årsberetning 2022 Stiftelsen Holmen gård"),

    # --- other officers under a label of their own are not the board -------------------------
    _p("other-officers-after-the-board-list", "board", (
        H("Styret", 2),
        P("Styret har i perioden bestått av:"),
        Li("Leder: Randi Moen"), Li("Nestleder: Erik Sand"), Li("Kasserer: Aslak Li"),
        P("Øvrige tillitsvalgte har vært:"),
        Li("Revisor: Tove Haug"), Li("Veilyskontakt: Jonas Berg"), Li("Nettredaktør: Ida Fjell"),
    ), Expect(board=board(("Randi Moen", "LEDE"), ("Erik Sand", "NEST"), ("Aslak Li", "MEDL"))),
        formats=WORD, title="Årsmelding 2024 Solhøgda Vel"),
    _p("nn-other-officers-after-the-board-list", "board", (
        H("Styret", 2),
        P("Styret har vore:"),
        Li("Leiar: Gunnvor Hæreid"), Li("Nestleiar: Per Ove Rød"), Li("Skrivar: Tone Åsen"),
        P("Andre tillitsvalde har vore:"),
        Li("Hyttekontakt: Nils Rud"), Li("Turkontakt: Mari Kleiv"),
    ), Expect(board=board(("Gunnvor Hæreid", "LEDE"), ("Per Ove Rød", "NEST"), ("Tone Åsen", "MEDL"))),
        formats=WORD, title="Årsmelding 2022 Kleivane Grendalag", lang="nn"),

    # --- a photo caption names the board: "Styret i X. Bak fra venstre: ..." ------------------
    _p("photo-caption-from-left", "board", (
        P("Styret i Fjellvang Turlag 2021. Bak fra venstre: Oda Rise (leder), Knut Hegg (nestleder) og "
          "Siri Lode (kasserer). Foran fra venstre: Elias Vatne (styremedlem) og Anne Tjelta (varamedlem). "
          "Foto: Per Sola"),
        H("Styrets arbeid", 2),
        P("Styret har hatt åtte møter og behandlet 40 saker."),
    ), Expect(board=board(("Oda Rise", "LEDE"), ("Knut Hegg", "NEST"), ("Siri Lode", "MEDL"),
                          ("Elias Vatne", "MEDL"), ("Anne Tjelta", "VARA"))),
        formats=WORD, title="Årsmelding 2021 Fjellvang Turlag"),

    # --- a role column, personal deputies and the constituency they represent ------------------
    _p("nn-role-column-personal-deputies-constituency", "board", (
        H("Styret", 2),
        P("Styret har i 2012 hatt denne samansetjinga, med personlege varamedlemer:"),
        T((("Verv", "Namn", "", "Personleg vara", "Krins"),
           ("Styreform.", "Olav Sunde", "Varamedl.", "Lars Kvam", "Indre Dal"),
           ("Nestform.", "Brit Eide", "Varamedl.", "Ola Nes", "Ytre Dal"),
           ("Styremedl.", "Rune Hauge", "Varamedl.", "Kari Lid", "Sentrum"),
           ("Styremedl.", "Eva Hole", "Varamedl.", "Tor Bø", "Tilsette"))),
        P("Representantskapet har 12 medlemer valde av andelseigarane, med Arne Vik som leiar og "
          "Siv Moe som nestleiar."),
    ), Expect(board=board(("Olav Sunde", "LEDE"), ("Brit Eide", "NEST"), ("Rune Hauge", "MEDL"),
                          ("Eva Hole", "MEDL", True), ("Lars Kvam", "VARA"), ("Ola Nes", "VARA"),
                          ("Kari Lid", "VARA"), ("Tor Bø", "VARA", True))),
        formats=WORD, title="Årsmelding 2012 Dalsbygd Kraftlag SA", lang="nn"),

    # --- "bestyrer" runs the place ------------------------------------------------------------
    _p("bestyrer-is-daglig-leder", "ceo", (
        H("Drift", 2),
        P("Den daglige driften ivaretas av bestyrer Anne Grete Vollan i 80 prosent stilling."),
    ), Expect(ceo="Anne Grete Vollan"), title="Årsmelding 2015 Stiftelsen Lundvik gamle handelssted"),

    # --- the title's year stands beside last year's accounts, reprinted -----------------------
    _p("title-year-beside-reprinted-accounts", "report", (
        P("Stiftelsen driver det gamle handelsstedet og holder det åpent om sommeren."),
        H("Vedlegg: Årsregnskap 2014 (opptrykk)", 2),
        P("Årsregnskapet for 2014 var ikke ferdig revidert da årsmeldingen for 2014 ble trykt, og "
          "trykkes derfor her med styrets beretning for 2014."),
        H("Styrets beretning for 2014", 2),
        P("Årsberetning 2014 ble godkjent av styret i juni."),
    ), Expect(report_year=2015), title="Årsmelding 2015"),

    # --- an English statement "(NOK thousand)" ------------------------------------------------
    _p("en-statement-nok-thousand", "statements", (
        H("Income statement", 2),
        T((("(NOK thousand)", "Note", "2022", "2021"),
           ("Sales revenue", "2", "21,412", "19,905"),
           ("Total operating income", "", "31,735", "28,907"),
           ("Total operating expenses", "", "29,261", "27,894"),
           ("Operating profit", "", "2,474", "1,013"))),
    ), Expect(key_figures=(F("driftsinntekter", 2022, 31735000), F("driftsresultat", 2021, 1013000)),
              absent_figures=(F("driftsinntekter", 2022, 31735),)),
        formats=WORD, title="Annual report 2022 Brattvåg Marine AS"),
    _p("en-founded-in", "organisation", (
        P("Brattvåg Marine AS was founded in 2011 and tests equipment for the fishing fleet."),
    ), Expect(founded_year=2011), title="Annual report 2022 Brattvåg Marine AS"),
    _p("en-owned-by-two-with-shares", "owners", (
        P("The company is owned by Nordkyst Holding AS (70 %) and Fiskevær Invest AS (30 %)."),
    ), Expect(owners={("Nordkyst Holding AS", 70.0), ("Fiskevær Invest AS", 30.0)}),
        title="Annual report 2022 Brattvåg Marine AS"),

    # --- a report from before 1980, its title letter-spaced on a typewriter -------------------
    _p("report-year-before-1980", "report", (
        P("Laget hadde ved årsskiftet 96 medlemmer. Årsmøtet ble holdt 8. februar 1979."),
    ), Expect(report_year=1978), title="ÅRSMELDING FOR 1978"),
    _p("report-year-letter-spaced-short-words", "report", (
        P("Laget hadde ved årsskiftet 96 medlemmer."),
    ), Expect(report_year=1978), title="Å R S M E L D I N G   F O R   1 9 7 8"),

    # --- a foundation's name with a lower-case noun after it, as its own heading --------------
    _p("foundation-name-with-lower-case-noun-heading", "organisation", (
        H("Stiftelsen Lundvik handelssted", 1),
        P("Stiftelsen ble opprettet i 1991 for å ta vare på handelsstedet."),
    ), Expect(org_name="Stiftelsen Lundvik handelssted"), title="Årsmelding 2015"),
    _p("foundation-name-then-report-word-heading", "organisation", (
        H("Stiftelsen Lundvik årsmelding", 1),
        P("Stiftelsen Lundvik ble opprettet i 1991 for å ta vare på handelsstedet."),
    ), Expect(org_name="Stiftelsen Lundvik"), title=None),
]
