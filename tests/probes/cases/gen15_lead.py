"""Kinds from an eleventh and a twelfth blind held-out set's errors, written here with other names,
places and words (lead, gen15; docs/phrasings.md §62): a regional council whose working committee
the report declares its board ("Arbeidsutvalget har vært rådets styre. Det har bestått av ...");
a daglig leder named with a possessive ("X er rådets daglige leder", "selskapets"); an employees'
qualifier after the last name of a list ("..., og C, som er valgt av de ansatte", "C (ansattvalgt)");
a 1950s typed report ("BERETNING for 1961", "Bestyrerinne har vært frk. X", OCR's "Lars 0. Dahl");
a museum's manager ("Museumsleder er X") and its past chairs ("Y var styreleder fra 1971 til 1990");
a board list set with dotted leaders under an andelslag's "A/L" name, and a table row of another
organ ("Valgkomité | A (leder), B"); a club's group sections each with "Leiar: X. Styre: A, B og C";
a letterhead line "Namn idrettslag, stifta 1951 · e-post"; role and name split by a soft return ("Styremedlem,
oppnevnt av kommunen" / name); a free church whose eldsteråd is declared its board and whose
"pastor og forstander" is its head; a two-year report's board "frå årsmøtet 2021 til årsmøtet 2022"
over one table and "etter årsmøtet 2022" over the next; photo cards set as a table, names wrapped onto
two cells; a borettslag's members with their flats ("leil. 14").
Names and places are invented."""
from probes.spec import H, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g15-{case_id}", family, tuple(items), expect, **kw)


def _subheading(text: str) -> H:
    return H(text, 3)


def _closed_term(case_id: str, label) -> Probe:
    """A board "frå årsmøtet 2021 til årsmøtet 2022" over one table and "etter årsmøtet" over the next."""
    return _p(case_id, "board", (
        H("Styret", 2),
        label("Styret frå årsmøtet 10. mars 2021 til årsmøtet 22. mars 2022:"),
        T((("Verv", "Namn"), ("Leiar", "Bjarte Kvale"), ("Nestleiar", "Øyvind Rygh"), ("Skrivar", "Randi Våge"),
           ("Styremedlem", "Pål Eik"))),
        label("Styret etter årsmøtet 22. mars 2022:"),
        T((("Verv", "Namn"), ("Leiar", "Øyvind Rygh"), ("Nestleiar", "Hilde Hole"), ("Skrivar", "Solveig Hatle"),
           ("Styremedlem", "Pål Eik"))),
        P("Bjarte Kvale og Randi Våge tok ikkje attval."),
    ), Expect(board=board(("Øyvind Rygh", "LEDE"), ("Hilde Hole", "NEST"), ("Solveig Hatle", "MEDL"),
                          ("Pål Eik", "MEDL"))),
        formats=("docx",), title="Årsmelding 2021–2022 Straumvik Seglforening")


PROBES = [
    # the council is the mayors; its working committee is declared the board, then named by pronoun
    _p("working-committee-declared-the-board", "board", (
        P("Regionrådet for Nordbygda er et interkommunalt politisk råd for kommunene Åsvik, Lidal og Berg."),
        H("Rådet og arbeidsutvalget", 2),
        P("Rådet består av ordførerne i medlemskommunene."),
        T((("Kommune", "Medlem", "Verv"),
           ("Åsvik", "Kari Holmedal", "ordfører"),
           ("Lidal", "Per Dahlstrøm", "ordfører"),
           ("Berg", "Siv Lunde Aas", "ordfører"))),
        P("Arbeidsutvalget har vært rådets styre mellom møtene. Det har bestått av leder Kari Holmedal "
          "(ordfører i Åsvik), nestleder Per Dahlstrøm (ordfører i Lidal) og Siv Lunde Aas (ordfører i Berg)."),
        P("Sekretariatsleder Eva Strandvik er rådets daglige leder."),
    ), Expect(board=board(("Kari Holmedal", "LEDE"), ("Per Dahlstrøm", "NEST"), ("Siv Lunde Aas", "MEDL")),
              ceo="Eva Strandvik"),
        formats=("docx",), title="Årsmelding 2023 Regionrådet for Nordbygda"),

    # a possessive between the link and the role: ours ("selskapets") or another's ("fagforeningens")
    _p("possessive-before-the-role", "board", (
        H("Organisasjon", 2),
        P("Styret har bestått av styreleder Gunnar Vestli, nestleder Hilde Roaldset og styremedlem Tor Ekre."),
        P("Mona Bjerkeli er selskapets daglige leder. Arild Nyhus er fagforeningens leder og "
          "Liv Haugom er datterselskapets daglige leder."),
    ), Expect(board=board(("Gunnar Vestli", "LEDE"), ("Hilde Roaldset", "NEST"), ("Tor Ekre", "MEDL")),
              ceo="Mona Bjerkeli"),
        formats=("docx",), title="Årsberetning 2023 Vestli Gjenvinning AS"),

    # an employees' qualifier after the last listed name is that name's alone
    _p("employee-clause-after-the-last-name", "board", (
        H("Styret og ledelsen", 2),
        P("På årsmøtet ble styreleder Oddvar Brekke gjenvalgt. Styret har ellers bestått av Randi Fosse, "
          "Kjell Ove Rud og Mette Skarpnes, som er valgt av og blant de ansatte. Terje Uv er varamedlem."),
        P("Daglig leder Inger Lyse har ledet laget siden 2015."),
    ), Expect(board=board(("Oddvar Brekke", "LEDE"), ("Randi Fosse", "MEDL"), ("Kjell Ove Rud", "MEDL"),
                          ("Mette Skarpnes", "MEDL", True), ("Terje Uv", "VARA")), ceo="Inger Lyse"),
        formats=WORD, title="Årsmelding 2023 Brekke Kraftlag SA"),
    _p("employee-remark-after-the-last-name", "board", (
        H("Styret", 2),
        P("Styremedlemmer: Bodil Aske, Frode Lien og Tove Grimstad (ansattvalgt)."),
        P("Styreleder er Ivar Svela."),
    ), Expect(board=board(("Ivar Svela", "LEDE"), ("Bodil Aske", "MEDL"), ("Frode Lien", "MEDL"),
                          ("Tove Grimstad", "MEDL", True))),
        formats=("docx",), title="Årsberetning 2023 Svela Sag AS"),

    # a 1950s typed report: the old title, a matron, an initial OCR read as a zero
    _p("fifties-beretning-bestyrerinne", "board", (
        H("LIDAL ALDERSHEIM"), H("BERETNING for 1961"),
        P("Styret for Lidal Aldersheim har i 1961 bestått av herredsstyrets valgte: formann gårdbruker "
          "Ola Sandvik, viseformann fru Kari Bergem, lærer Per Lundgård og handelsmann Nils 0. Dahle."),
        P("Styret har holdt 6 møter. Bestyrerinne har vært frk. Anna Moen."),
    ), Expect(board=board(("Ola Sandvik", "LEDE"), ("Kari Bergem", "NEST"), ("Per Lundgård", "MEDL"),
                          ("Nils O. Dahle", "MEDL")), ceo="Anna Moen", report_year=1961),
        formats=("docx",), title=None),

    # a museum: its manager by title, its past chairs by period
    _p("museum-manager-and-past-chairs", "board", (
        H("Museets historie", 2),
        P("Tunet ble åpnet som bygdemuseum i 1948. Ivar Storhaug var styreleder fra 1971 til 1990, og "
          "Ragnar Fladmark, som var styreleder fra 1990 til 2012, fikk tunet fredet."),
        H("Styret", 2),
        P("Styret har i 2022 bestått av styreleder Gunhild Bræin, nestleder Arvid Mysen og styremedlem "
          "Jorunn Slette."),
        H("Drift", 2),
        P("Museumsleder er Kristin Aasen, ansatt i 80 % stilling."),
    ), Expect(board=board(("Gunhild Bræin", "LEDE"), ("Arvid Mysen", "NEST"), ("Jorunn Slette", "MEDL")),
              ceo="Kristin Aasen"),
        formats=("docx",), title="Årsmelding 2022 Stiftelsen Storhaugtunet"),

    # an andelslag's board set with dotted leaders, its committees as rows of a table
    _p("dotted-leaders-and-committee-rows", "board", (
        H("A/L BYGDA KORNTØRKE"), H("ÅRSBERETNING FOR 2002"),
        H("Tillitsvalgte", 2),
        P("Styret har i 2002 hatt følgende sammensetning:"),
        P("Styreleder..........................................Halvdan Bekken"),
        P("Nestleder.......................................Åse Marie Skaug"),
        P("Styremedlem..............................................Ivar Tangvik"),
        T((("Daglig leder", "Einar Brustugun"),
           ("Revisor", "Per Ivar Holmen, statsaut. revisor"),
           ("Valgkomité", "Tordis Bakkerud (leder), Knut Svendal")), ruled=False, bold_header=False),
    ), Expect(board=board(("Halvdan Bekken", "LEDE"), ("Åse Marie Skaug", "NEST"), ("Ivar Tangvik", "MEDL")),
              ceo="Einar Brustugun", org_name="A/L BYGDA KORNTØRKE"),
        formats=WORD, title=None),

    # a club's groups, each with its leader and its own committee called "Styre"
    _p("club-groups-own-styre", "board", (
        H("Hovudstyret", 2),
        P("Hovudstyret har i 2022 hatt denne samansetjinga: leiar Ragnhild Øyre, nestleiar Torbjørn Nesje "
          "og styremedlem Eirik Walen."),
        H("Fotballgruppa", 2),
        P("Leiar: Kjartan Haugland. Styre: Live Gravdal, Petter Molde og Ane Fossheim."),
        H("Skigruppa", 2),
        P("Leiar: Marit Gjerdrum. Styret i gruppa: Svein Rebnes og Hilde Tørvik."),
    ), Expect(board=board(("Ragnhild Øyre", "LEDE"), ("Torbjørn Nesje", "NEST"), ("Eirik Walen", "MEDL"))),
        formats=("docx",), title="Årsmelding 2022 Lundvik idrettslag"),

    # the letterhead line gives the name, then when it was founded
    _p("letterhead-name-then-founding", "organisation", (
        H("Årsmelding 2022"),
        P("Storlia idrettslag, stifta 1951 · post@storlia-il.no"),
        H("Hovudstyret", 2),
        P("Hovudstyret har hatt 8 møte og handsama 41 saker."),
    ), Expect(org_name="Storlia idrettslag", founded_year=1951), formats=("docx",), title=None),

    # role and name split by a soft return, one paragraph each; one role names who appointed
    _p("soft-return-stack-with-appointer", "board", (
        H("Styret", 2),
        P("Styret er valgt av årsmøtet 14. mars 2023. Kommunen oppnevner ett av styremedlemmene."),
        P("Styreleder\nTone Vikan Bø"), P("Nestleder\nLeif Arne Sæter"), P("Styremedlem\nMarianne Ohnstad"),
        P("Styremedlem, oppnevnt av kommunen\nSissel Fiskvik"), P("Varamedlem\nOddvar Randen"),
    ), Expect(board=board(("Tone Vikan Bø", "LEDE"), ("Leif Arne Sæter", "NEST"), ("Marianne Ohnstad", "MEDL"),
                          ("Sissel Fiskvik", "MEDL"), ("Oddvar Randen", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Vassli frivilligsentral"),

    # a free church: its elders' council declared its board, its pastor its head
    _p("free-church-elders-and-forstander", "board", (
        H("Årsmelding 2024"),
        P("Betania Frimenighet, Steinkjer – lagt fram for menighetsmøtet 9. mars 2025"),
        H("Hilsen fra forstanderen", 2),
        P("Takk til alle som har stilt opp i året som gikk."),
        P("Jonas Eidem Rokke, pastor og forstander"),
        H("Menighetens ledelse", 2),
        P("Eldsterådet er menighetens styre mellom menighetsmøtene. Eldsterådet har i 2024 bestått av "
          "Arnfinn Hus (leder), Berit Evensen (nestleder), Grete Lian og Samuel Wæraas. Varamedlem har "
          "vært Liv Snøfugl."),
        P("Regnskapet er revidert av Berg & Dal Revisjon AS."),
    ), Expect(board=board(("Arnfinn Hus", "LEDE"), ("Berit Evensen", "NEST"), ("Grete Lian", "MEDL"),
                          ("Samuel Wæraas", "MEDL"), ("Liv Snøfugl", "VARA")),
              ceo="Jonas Eidem Rokke", org_name="Betania Frimenighet"),
        formats=("docx",), title=None),

    # a two-year report: the board from one meeting to the next, then the board after it, each a
    # table under its label, on a line of its own or set as a heading
    *(_closed_term(case_id, label) for case_id, label in (("closed-term-label-over-a-table", P),
                                                          ("closed-term-heading-over-a-table", _subheading))),

    # a slide of photo cards set as a table: names wrapped onto two cells over their titles
    _p("photo-cards-with-wrapped-names", "board", (
        H("Styret", 2),
        T((("Øyvind", "Kirsti Lund", "Pål Rygge", "Hilde", "Vebjørn"),
           ("Bredvik", "Haugli", "Styremedlem", "Sandvik", "Tollefsrud"),
           ("Styreleder", "Nestleder", "", "Styremedlem", "Styremedlem")), ruled=False, bold_header=False),
        H("Administrasjonen", 2),
        P("Hanne Kvisli er daglig leder."),
    ), Expect(board=board(("Øyvind Bredvik", "LEDE"), ("Kirsti Lund Haugli", "NEST"), ("Pål Rygge", "MEDL"),
                          ("Hilde Sandvik", "MEDL"), ("Vebjørn Tollefsrud", "MEDL")), ceo="Hanne Kvisli"),
        formats=WORD, title="Årsrapport 2023 Fjellgardan Næringshage AS"),

    # a borettslag's board table, each member with the flat they live in
    _p("board-table-with-flat-numbers", "board", (
        H("Styret", 2),
        P("Styret har siden generalforsamlingen 12. april 2023 hatt denne sammensetningen:"),
        T((("Styreleder", "Sigrid Haldal, leil. 14"), ("Nestleder", "Tore Kjos, leil. 3"),
           ("Styremedlem", "Amina Rashidi (leil. 27)"), ("Varamedlem", "Lene Myrvang, leil. 31")),
          ruled=False, bold_header=False),
        P("Valgkomité: Jan Ove Petter, leil. 22, og Marte Sørli, leil. 6."),
    ), Expect(board=board(("Sigrid Haldal", "LEDE"), ("Tore Kjos", "NEST"), ("Amina Rashidi", "MEDL"),
                          ("Lene Myrvang", "VARA")), ceo=None),
        formats=WORD, title="Årsberetning 2023 Tverrvik Borettslag"),
]
