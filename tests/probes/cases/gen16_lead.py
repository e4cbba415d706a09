"""Kinds from a sixteenth and a seventeenth blind held-out set's errors, written here with other
names, places and words (lead, gen16; docs/phrasings.md §63): a staff member named with a staff
title and "er styrets sekretær", nn "Skrivar for styret har vore X"; a board changed at an
extraordinary meeting, each composition under a period that names its meeting ("Fra ordinær
generalforsamling 20. april 2023 til 3. november 2023", "Fra ekstraordinær generalforsamling 3.
november 2023"); a table of branches or member clubs and their leaders ("Regionlag | Leder |
Medlemmer") beside the board's own "Verv | Navn | Klubb"; a særkrets whose head is its
"organisasjonssjef" and whose cover line runs on after a dash ("<Name> – tilsluttet ..."); a facts
column beside the text where "Medlemmer" heads the line after the auditor's name; from an
eighteenth set: a board table of abbreviated roles and degrees before names ("Ans.repr.", "cand.
agric. X"), a report written as the chair's letter ("meg som leder, X som nestleder", signed "for
styret" / name / "leder"), a magazine's "Surname, Given (role)" list, a kindergarten that
"åpnet i 2006".
Names and places are invented."""
from probes.spec import H, P, T, Expect, Probe, Side, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g16-{case_id}", family, tuple(items), expect, **kw)


def _changed_board(case_id: str, label) -> Probe:
    """Two compositions of one year, each under its period, the second from an extraordinary meeting."""
    return _p(case_id, "board", (
        H("Styret", 2),
        P("Eierne kalte inn til ekstraordinær generalforsamling etter at styrelederen flyttet. Styret har "
          "derfor hatt to sammensetninger i året:"),
        label("Fra ordinær generalforsamling 20. april 2023 til 3. november 2023"),
        T((("Styreleder", "Trond Kleven"), ("Nestleder", "Mona Fjeld"), ("Styremedlem", "Pål Rustad"),
           ("Varamedlem", "Sigrid Vold")), ruled=False, bold_header=False),
        label("Fra ekstraordinær generalforsamling 3. november 2023"),
        T((("Styreleder", "Ragnhild Moe"), ("Nestleder", "Mona Fjeld"), ("Styremedlem", "Eirik Haug"),
           ("Varamedlem", "Jonas Lid")), ruled=False, bold_header=False),
        P("Styret har hatt åtte møter, to av dem etter den ekstraordinære generalforsamlingen."),
    ), Expect(board=board(("Ragnhild Moe", "LEDE"), ("Mona Fjeld", "NEST"), ("Eirik Haug", "MEDL"),
                          ("Jonas Lid", "VARA"))),
        formats=WORD, title="Årsberetning 2023 Bråtefoss Flerbrukshall AS")


PROBES = [
    # the board's secretary is a staff member, named with her staff title
    _p("staff-title-and-the-boards-secretary", "board", (
        H("Styret", 2),
        T((("Verv", "Navn"), ("Styreleder", "Håkon Ruud"), ("Nestleder", "Else Brekke"),
           ("Styremedlem", "Nils Aas"), ("Styremedlem (ansattvalgt)", "Turid Lie"))),
        P("Daglig leder er Arne Rønning. Økonomiansvarlig Kari Holt Sæther er styrets sekretær. "
          "Styret har hatt seks møter."),
    ), Expect(board=board(("Håkon Ruud", "LEDE"), ("Else Brekke", "NEST"), ("Nils Aas", "MEDL"),
                          ("Turid Lie", "MEDL", True)), ceo="Arne Rønning"),
        formats=WORD, title="Årsrapport 2023 Ruudvekst AS"),
    # nn: the board's clerk comes from an advisory office and is no member
    _p("nn-clerk-for-the-board", "board", (
        H("Styret", 2),
        P("Styret har i 2022 vore: leiar Oddny Fure, nestleiar Sverre Haga, styremedlemer Ingunn Moen og "
          "Lars Bø, varamedlem Astrid Rygg."),
        P("Skrivar for styret har vore Gunnvor Løkke frå rekneskapskontoret."),
    ), Expect(board=board(("Oddny Fure", "LEDE"), ("Sverre Haga", "NEST"), ("Ingunn Moen", "MEDL"),
                          ("Lars Bø", "MEDL"), ("Astrid Rygg", "VARA"))),
        lang="nn", formats=("docx",), title="Årsmelding 2022 Nordfjord Sau og Geit"),
    _changed_board("extraordinary-meeting-period-labels", P),
    _changed_board("extraordinary-meeting-period-headings", lambda text: H(text, 3)),
    # a national association's branches and their leaders, then the board with home places
    _p("branch-leaders-table-beside-the-board", "board", (
        H("Organisasjonen", 2),
        P("Medlemmene er organisert i fire regionlag med egne styrer valgt på sine årsmøter."),
        T((("Regionlag", "Leder", "Medlemmer"), ("Steinlaget Agder", "Gunnar Tveit", "112"),
           ("Steinlaget Vest", "Liv Sunde", "87"), ("Steinlaget Nord", "Arvid Lund", "64"))),
        H("Landsmøtet og styret", 2),
        P("Landsmøtet valgte dette styret for perioden 2023–2025:"),
        T((("Verv", "Navn", "Bosted"), ("Leder", "Oddvar Strand", "Ringebu"), ("Nestleder", "Marit Haugen", "Voss"),
           ("Styremedlem", "Kjell Berg", "Sauda"), ("Varamedlem", "Siri Dahl", "Os"))),
        P("Generalsekretær Aslaug Nes leder sekretariatet."),
    ), Expect(board=board(("Oddvar Strand", "LEDE"), ("Marit Haugen", "NEST"), ("Kjell Berg", "MEDL"),
                          ("Siri Dahl", "VARA")), ceo="Aslaug Nes"),
        formats=WORD, title="Årsmelding 2023 Norsk Steinlag"),
    # a særkrets: its board with each member's home club, its head an organisasjonssjef, then the
    # member clubs and their leaders; the cover line runs on after a dash
    _p("district-board-with-home-clubs-and-its-clubs", "board", (
        P("Nordfjell Skiskytterkrets – tilsluttet Norges Skiskytterforbund og Norges idrettsforbund og "
          "olympiske og paralympiske komité"),
        H("Kretsens organisasjon", 2),
        P("Kretstinget valgte følgende styre:"),
        T((("Verv", "Navn", "Klubb"), ("Leder", "Marte Fagerli", "Vefsn IL"), ("Nestleder", "Kristoffer Aas", "Hemnes IL"),
           ("Styremedlem", "Ingrid Sæter", "Vefsn IL"), ("1. varamedlem", "Ola Dahl", "Korgen IL"))),
        P("Kretsens organisasjonssjef er Ståle Hemstad i full stilling."),
        H("Klubbene", 2),
        T((("Klubb", "Kommune", "Leder"), ("Vefsn IL", "Vefsn", "Knut Drevland"), ("Hemnes IL", "Hemnes", "Eli Aune"),
           ("Korgen IL", "Hemnes", "Per Korsnes"))),
    ), Expect(board=board(("Marte Fagerli", "LEDE"), ("Kristoffer Aas", "NEST"), ("Ingrid Sæter", "MEDL"),
                          ("Ola Dahl", "VARA")), ceo="Ståle Hemstad", org_name="Nordfjell Skiskytterkrets"),
        formats=("docx",), title="Årsberetning 2024"),
    # a facts column beside the text: the auditor's name, then "Medlemmer" heading the count
    _p("facts-column-members-after-the-auditor", "board", (
        Side(left=(P("Bygdelaget Teater", bold=True), P("Stiftet 1984"), P("Styret", bold=True),
                   P("Gunhild Tveit, leder"), P("Bjarne Homb, nestleder"), P("Torunn Skaar, kasserer"),
                   P("Revisor", bold=True), P("Ingrid Kvaale"), P("Medlemmer", bold=True), P("61 (58 i 2022)")),
             right=(H("Årsmelding 2023", 2),
                    P("Bygdelaget Teater er en frivillig forening for amatørteater. Laget satte opp en "
                      "forestilling i høst som ble spilt sju ganger."),
                    P("Styret har hatt fem møter."))),
    ), Expect(board=board(("Gunhild Tveit", "LEDE"), ("Bjarne Homb", "NEST"), ("Torunn Skaar", "MEDL"))),
        formats=WORD, title=None),
    # abbreviated roles, degrees before names, the employees' member as "Ans.repr."
    _p("abbreviated-roles-and-degrees", "board", (
        H("Styret", 2),
        T((("Verv", "Navn", "Valgt"), ("Styrel.", "dr. philos. Helga Moe", "2021"), ("Nestl.", "advokat Tor Bakke", "2022"),
           ("Styrem.", "Asbjørn Lie", "2022"), ("Ans.repr.", "Lene Skaar", "2022"), ("Vara", "cand. agric. Marte Gran", "2022"))),
    ), Expect(board=board(("Helga Moe", "LEDE"), ("Tor Bakke", "NEST"), ("Asbjørn Lie", "MEDL"), ("Lene Skaar", "MEDL", True),
                          ("Marte Gran", "VARA"))),
        formats=WORD, title="Årsrapport 2022 Valdersfondet"),
    # the chair's letter: the board named as "meg som leder, X som nestleder ...", signed for the board
    _p("chairs-letter-me-as-leader", "board", (
        P("Kjære medlemmer!"),
        P("Det har vært et godt år for laget, med mange turer og god økonomi."),
        P("Styret har i år bestått av meg som leder, Sverre Bø som nestleder, Åse Nes som kasserer og "
          "Tor Fiskå. Helge Rud har vært varamedlem. Takk for et godt samarbeid!"),
        P("Med vennlig hilsen"), P("for styret"), P("Kjellaug Tveit"), P("leder"),
    ), Expect(board=board(("Kjellaug Tveit", "LEDE"), ("Sverre Bø", "NEST"), ("Åse Nes", "MEDL"), ("Tor Fiskå", "MEDL"),
                          ("Helge Rud", "VARA"))),
        formats=WORD, title="Årsberetning 2019 Veteranbåtlaget Kystfalken"),
    # a members' magazine lists people surname first, each with a role in brackets
    _p("surname-first-with-bracketed-roles", "board", (
        H("Tillitsvalgte", 2),
        P("Styret 2024: Rindal, Gunn Elise (leder, på valg), Aukrust, Oddvar (nestleder), Hjelvik, Trond (kasserer), "
          "Løkhaug, Per Kristian (styremedlem), Øyen, Berit (1. vara)."),
        P("Valgkomité: Sæter, Ingvild (leder), Hoem, Jon Arild."),
    ), Expect(board=board(("Gunn Elise Rindal", "LEDE"), ("Oddvar Aukrust", "NEST"), ("Trond Hjelvik", "MEDL"),
                          ("Per Kristian Løkhaug", "MEDL"), ("Berit Øyen", "VARA"))),
        formats=WORD, title="Årsmelding 2024 Romsdal Birøkterlag"),
    # a kindergarten's opening year: its founding, in doubt
    _p("kindergarten-opened", "organisation", (
        P("Solbakken Barnehage AS eies av Ørnes Sanitetsforening. Barnehagen åpnet i 2006 og har fire avdelinger."),
    ), Expect(founded_year=2006, low_confidence=("founded_year",)),
        formats=("docx",), title="Årsmelding 2023 Solbakken Barnehage AS"),
]
