"""Kinds from an eighth blind held-out set's errors, written here with other names, places and
words (lead, gen13; docs/phrasings.md §54): one table for an IKS's owners, representantskap,
board and both bodies' deputies ("Repr.: A / Styre: B" in one cell, an employees' row labelled
in the owner column); a 1960s board list in tab stops with a role over continuation lines and
titles before names ("overlege", "disponent", "fru"), "Varamenn", the "bestyrer" as daglig
leder; a group's subsidiaries in a table with their own chairs beside the parent's board list;
roles qualified in brackets ("Styremedlem (ski)"); a paid coordinator in a club's report;
"Museumsdirektør er ..."; a foundation's full name in a web page's footer beside its org
number, and its phone there against departments' phones; a sameie whose forretningsfører is a
company. Names and places are invented."""
from probes.spec import H, Header, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g13-{case_id}", family, tuple(items), expect, **kw)


_IKS_TABLE = T((
    ("Eierkommune", "Eierandel", "Representantskapet", "Styret", "Varamedlemmer (repr. / styre)"),
    ("Lomvik kommune", "40 %", "Astri Hoel (leder)", "Gunnar Midtbø (leder)",
     "Repr.: Kari Snefjell / Styre: Tore Bakkely"),
    ("Aurvang kommune", "35 %", "Per Fløtten", "Sigrun Kvalvik (nestleder)",
     "Repr.: Ole Brattås / Styre: Liv Rønningen"),
    ("Strandvik kommune", "15 %", "Randi Nesje", "Egil Torsvik", "Repr.: Anne Sæle / Styre: Morten Ulvund"),
    ("Nesbygd kommune", "10 %", "Jon Aspli", "–", "Repr.: Siv Gaupås"),
    ("Valgt av de ansatte", "", "", "Heidi Kvamsdal", "Styre: Jørn Lislevand"),
))

PROBES = [
    # one table: owners, representantskap, board, and both bodies' deputies in one cell
    _p("iks-one-table-bodies-and-deputies", "board", (
        H("Selskapet og eierne", 2),
        P("Hver eierkommune har ett medlem i representantskapet og ett i styret. I tillegg velger de "
          "ansatte ett styremedlem. Sammensetningen for perioden 2006–2008:"),
        _IKS_TABLE,
        P("Daglig leder er Sverre Nordhagen."),
    ), Expect(board=board(("Gunnar Midtbø", "LEDE"), ("Sigrun Kvalvik", "NEST"), ("Egil Torsvik", "MEDL"),
                          ("Heidi Kvamsdal", "MEDL", True), ("Tore Bakkely", "VARA"), ("Liv Rønningen", "VARA"),
                          ("Morten Ulvund", "VARA"), ("Jørn Lislevand", "VARA", True)),
              ceo="Sverre Nordhagen"),
        formats=WORD, title="Årsmelding 2007 Lomvik Renovasjon IKS"),

    # a typewritten board list: a role over continuation lines, titles before names
    _p("typed-board-list-titles-and-continuation-lines", "board", (
        H("STYRET.", 2),
        P("Styret har i året hatt følgende sammensetning:"),
        T((("Formann:", "kjøpmann Anders Vollan"), ("Viseformann:", "fru Borghild Sæther"),
           ("Styremedlemmer:", "distriktslege Halvard Rustad"), ("", "disponent Kristen Mølstad"),
           ("", "Olav Brekken"), ("Varamenn:", "fru Inga Haugom, Petter Lysgård")), ruled=False, bold_header=False),
        P("Det er holdt 6 styremøter. Bestyrer Ivar Tangen har møtt som styrets sekretær. Regnskapet er "
          "revidert av statsaut. revisor Knut Aasen."),
    ), Expect(board=board(("Anders Vollan", "LEDE"), ("Borghild Sæther", "NEST"), ("Halvard Rustad", "MEDL"),
                          ("Kristen Mølstad", "MEDL"), ("Olav Brekken", "MEDL"), ("Inga Haugom", "VARA"),
                          ("Petter Lysgård", "VARA")), ceo="Ivar Tangen"),
        formats=WORD, title="Solvang Vernede Verksted A/L – Årsberetning 1966"),

    # subsidiaries with their own daglig leder and chair in a table; the parent's board in a list
    _p("subsidiaries-table-beside-parent-board-list", "board", (
        H("Konsernet", 2),
        P("Lundvik Vekst AS er morselskap i et konsern med to heleide datterselskaper. Daglig leder i "
          "morselskapet er Eirik Haugland."),
        T((("Selskap", "Daglig leder", "Styreleder", "Virksomhet"),
           ("Lundvik Industri AS", "Mona Rødseth", "Eirik Haugland", "Varig tilrettelagt arbeid"),
           ("Lundvik Kurs AS", "Terje Ålien", "Vibeke Sandnes", "Arbeidsforberedende trening"))),
        H("Styret i morselskapet", 2),
        P("Ragnhild Oterhals styreleder\nVibeke Sandnes nestleder\nArnfinn Lerstad styremedlem\n"
          "Kine Bjørgo styremedlem, valgt av de ansatte\nHelge Vassbotn varamedlem"),
    ), Expect(board=board(("Ragnhild Oterhals", "LEDE"), ("Vibeke Sandnes", "NEST"), ("Arnfinn Lerstad", "MEDL"),
                          ("Kine Bjørgo", "MEDL", True), ("Helge Vassbotn", "VARA")), ceo="Eirik Haugland"),
        formats=WORD, title="Årsberetning 2021 Lundvik Vekst AS – konsern"),

    # roles qualified in brackets; a paid coordinator is staff
    _p("roles-qualified-in-brackets-and-paid-coordinator", "board", (
        H("Hovedstyret", 2),
        P("Hovedstyret har i perioden bestått av:"),
        T((("Verv", "Navn"), ("Leder", "Solfrid Hatlevik"), ("Nestleder", "Arne Kolbu"),
           ("Kasserer", "Ine Mjøen"), ("Styremedlem (håndball)", "Steinar Fuglem"),
           ("Styremedlem (friidrett)", "Oda Reitan"), ("Varamedlem", "Pål Grinde")), ruled=False),
        P("Styret har hatt 9 styremøter. Daglig drift: Klubbkoordinator Hanne Skjelbred har vært ansatt "
          "i 50 % stilling og har hatt ansvar for medlemsregister og fakturering."),
    ), Expect(board=board(("Solfrid Hatlevik", "LEDE"), ("Arne Kolbu", "NEST"), ("Ine Mjøen", "MEDL"),
                          ("Steinar Fuglem", "MEDL"), ("Oda Reitan", "MEDL"), ("Pål Grinde", "VARA"))),
        formats=WORD, title="Årsberetning 2023 Storlia Idrettslag"),

    # a museum's director is its daglig leder
    _p("museum-director-is-ceo", "ceo", (
        H("Organisasjonen", 2),
        P("Museumsdirektør er Gro Ellingsen. Administrasjonen holder til i hovedbygningen."),
        H("Styret", 2),
        T((("Navn", "Verv"), ("Arvid Moen", "Styreleder"), ("Tone Fredly", "Styremedlem"),
           ("Jan Olav Ness", "Styremedlem"))),
    ), Expect(board=board(("Arvid Moen", "LEDE"), ("Tone Fredly", "MEDL"), ("Jan Olav Ness", "MEDL")),
              ceo="Gro Ellingsen"),
        formats=WORD, title="Årsmelding 2022 Stiftelsen Kvernfoss museum"),
]

PROBES += [
    # a foundation's full name, org number and phone in the footer; departments' phones in the text
    _p("foundation-name-and-phone-in-footer", "organisation", (
        Header("Stiftelsen Kvernfoss museum · Org.nr. 913 402 118 · Kvernvegen 2, 6600 Sunndalsøra · "
               "post@kvernfoss.no · 71 23 45 60", footer=True),
        H("Om museet", 2),
        P("Stiftelsen Kvernfoss museum ble etablert i 2005, da tre bygdemuseer ble slått sammen. Museet "
          "driver tre avdelinger."),
        H("Avdelingene", 2),
        T((("Avdeling", "Kontakt"), ("Kvernfoss", "Avdelingsleder Siri Holm, tlf. 71 23 45 61"),
           ("Nesset bygdetun", "Avdelingsleder Ola Berge, tlf. 71 23 45 62"))),
        P("Kvernfoss museum hadde 14 200 besøkende i 2023."),
    ), Expect(org_name="Stiftelsen Kvernfoss museum", phone="71 23 45 60"),
        formats=WORD, title="Årsmelding 2023 – Kvernfoss museum"),
    # a sameie's report: the forretningsfører company is not the organisation
    _p("sameie-name-beside-forretningsforer-company", "organisation", (
        H("Om sameiet", 2),
        P("Sameiet Lindåsen Park består av 36 boligseksjoner. Forretningsfører har vært Fjordbyen "
          "Boligforvaltning AS med Trine Ask som kontaktperson."),
        H("Styret", 2),
        T((("Verv", "Navn"), ("Styreleder", "Geir Nilsen"), ("Styremedlem", "Anne Holt"))),
        P("Forretningsfører:\nFjordbyen Boligforvaltning AS\nv/ Trine Ask"),
    ), Expect(org_name="Sameiet Lindåsen Park", board=board(("Geir Nilsen", "LEDE"), ("Anne Holt", "MEDL")), ceo=None),
        formats=WORD, title="Sameiet Lindåsen Park – årsberetning 2021"),
]

PROBES += [
    # a list titled by the organ and a year, no colon, under a heading that names no board
    _p("organ-and-year-title-over-member-lines", "board", (
        P("Styret 2022", bold=True),
        P("Gunn Aasland, leder"), P("Per Ivar Toft, nestleder"), P("Lise Mork, sekretær"),
        P("Arne Bø, medlem"), P("Kirsti Lien, medlem"),
        P("Laget har hatt et aktivt år med mange arrangement for store og små."),
    ), Expect(board=board(("Gunn Aasland", "LEDE"), ("Per Ivar Toft", "NEST"), ("Lise Mork", "MEDL"),
                          ("Arne Bø", "MEDL"), ("Kirsti Lien", "MEDL"))),
        formats=WORD, title="Haugbygd Bygdelag"),
]
