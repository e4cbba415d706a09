"""Kinds from a ninth and a tenth blind held-out set's errors, written here with other names, places
and words (lead, gen14; docs/phrasings.md §58): a board table whose "Oppnevnt / valgt" column says
"Valgt av og blant de ansatte"; a board named in full only on an e-signature certificate
("Surname Surname, Given | Role | BankID | time"); a board table printed by a browser, its cells
centred vertically beside names wrapped onto two or three lines; surnames that are also first
names ("Aase", "Eira"); a bilingual North Sami and Norwegian report (Sami letters in names and
streets, a title naming the organisation in both languages); a foundation's name ending in a
lower-case noun on its letterhead line; "et interkommunalt samarbeid"; an organisation created
by a merger; a county with "og" in its name among the owners; a representantskap's minutes set
as a label column ("Forfall: | A (vara B møtte)"); "Observatører i styret har vært A og B";
observers and deputies listed with the body that appointed each ("A, oppnevnt av X, og B"). Names and places are invented."""
from probes.spec import H, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g14-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # a trust's board table: who appointed or elected each member in a column of its own
    _p("appointed-or-elected-column-employees-phrase", "board", (
        H("Styret", 2),
        P("Styret har sju medlemmer: fire oppnevnes av eier i foretaksmøtet og tre velges av og blant de ansatte."),
        T((("Navn", "Rolle", "Oppnevnt / valgt", "Periode"),
           ("Torill Vangsnes", "Styreleder", "Oppnevnt av foretaksmøtet", "2023–2025"),
           ("Harald Midtgarden", "Nestleder", "Oppnevnt av foretaksmøtet", "2023–2025"),
           ("Brit Oksavik", "Styremedlem", "Oppnevnt av foretaksmøtet", "2022–2024"),
           ("Asgeir Lomheim", "Styremedlem", "Oppnevnt av foretaksmøtet", "2022–2024"),
           ("Gunn Reitlo", "Styremedlem", "Valgt av og blant de ansatte", "2023–2025"),
           ("Petter Sandmo", "Styremedlem", "Valgt av og blant de ansatte", "2023–2025"),
           ("Line Aarvik", "Styremedlem", "Ansattvalgt", "2023–2025"))),
        P("Administrerende direktør er Oddbjørn Flaten."),
    ), Expect(board=board(("Torill Vangsnes", "LEDE"), ("Harald Midtgarden", "NEST"), ("Brit Oksavik", "MEDL"),
                          ("Asgeir Lomheim", "MEDL"), ("Gunn Reitlo", "MEDL", True), ("Petter Sandmo", "MEDL", True),
                          ("Line Aarvik", "MEDL", True)), ceo="Oddbjørn Flaten"),
        formats=WORD, title="Årlig melding 2023 Sykehuset Vestbygd HF"),

    # the board in full only on the e-signing service's certificate; the body names the chair
    _p("esign-certificate-double-surnames-roles-in-columns", "board", (
        H("Styrets arbeid", 2),
        P("Styret har hatt sju møter. Styrets leder Eldrid Skaar Vatle har i tillegg hatt jevnlige møter med "
          "styreren."),
        P("Fjellsnar, 15. mars 2024 – Styret i Lyngbakken Barnehage AS"),
        H("Signaturene i dette dokumentet er juridisk bindende", 2),
        P("Dokumentet er signert elektronisk med BankID. Dokumentnøkkel: QX4PT-8LMRA-22KDF"),
        T((("Skaar Vatle, Eldrid | Styreleder | BankID | 15.03.2024 18:02 Serienummer: 9578-5999-4-1100223",),
           ("Berg Hovda, Øyvind | Nestleder | BankID | 15.03.2024 19:40 Serienummer: 9578-5999-4-1100987",),
           ("Lothe, Signe Marie | Styremedlem | BankID | 16.03.2024 07:15 Serienummer: 9578-5999-4-2203344",),
           ("Tjelle, Arne | Styremedlem, valgt av de ansatte | BankID | 16.03.2024 08:01 Serienummer: "
            "9578-5999-4-4401122",),
           ("Moldestad, Kirsti | Styrer | BankID | 16.03.2024 10:30 Serienummer: 9578-5999-4-5502211",)),
          ruled=False, bold_header=False),
    ), Expect(board=board(("Eldrid Skaar Vatle", "LEDE"), ("Øyvind Berg Hovda", "NEST"),
                          ("Signe Marie Lothe", "MEDL"), ("Arne Tjelle", "MEDL", True)), ceo="Kirsti Moldestad"),
        formats=WORD, title="Årsberetning 2023 Lyngbakken Barnehage AS"),

    # a browser centres a row's cells vertically beside a name its narrow column wrapped
    _p("centred-cells-beside-wrapped-names", "board", (
        H("Styret i 2022", 2),
        T((("Verv", "Namn", "Kommune"),
           ("Styreleiar", "Ragnfrid Aasheim Vindenes", "Kvinnherad"),
           ("Nestleiar", "Torstein Eldholm", "Etne"),
           ("Styremedlem", "Oddveig Hammersland Tufteland", "Sveio"),
           ("Styremedlem", "Kjell Arve Nordbotten", "Tysnes"),
           ("Vara for Etne", "Solbjørg Tveitnes Grindheim", "Etne")), ruled=False, centred=True),
        P("Dagleg leiar er Siri Lønning."),
    ), Expect(board=board(("Ragnfrid Aasheim Vindenes", "LEDE"), ("Torstein Eldholm", "NEST"),
                          ("Oddveig Hammersland Tufteland", "MEDL"), ("Kjell Arve Nordbotten", "MEDL"),
                          ("Solbjørg Tveitnes Grindheim", "VARA")),
              ceo="Siri Lønning"),
        lang="nn", formats=("browser",), title="Årsmelding 2022 Sunnhordland friluftsråd"),

    # a foundation's representantskap minutes after its board: "Forfall: | A (vara B møtte)" in a label column
    _p("minutes-label-column-absent-member-and-deputy", "board", (
        H("Styret", 2),
        T((("Namn", "Verv", "Periode"), ("Herdis Tveitane", "styreleiar", "2021–2023"),
           ("Bjarne Økland", "nestleiar", "2022–2024"), ("Sølvi Hagenes", "styremedlem", "2021–2023"),
           ("Torgeir Svendal", "varamedlem", "2022–2023"))),
        H("Protokoll frå representantskapsmøtet", 2),
        T((("Til stades:", "Olav Vestbø, Randi Litlabø, Kjell Sæbø"),
           ("Forfall:", "Ivar Leirvåg (vara Marit Fjeldstad møtte)"),
           ("Frå styret:", "Herdis Tveitane, styreleiar"),
           ("Møteleiar:", "Olav Vestbø")), ruled=False, bold_header=False),
        P("Sak 1/22 Godkjenning av innkalling og sakliste. Vedtak: Godkjent."),
    ), Expect(sure_board=("Herdis Tveitane", "Bjarne Økland", "Sølvi Hagenes", "Torgeir Svendal"),
              doubtful_board=("Ivar Leirvåg", "Marit Fjeldstad", "Olav Vestbø")),
        lang="nn", formats=WORD, title="Årsmelding 2022 Stiftinga Leirvåg bustader"),

    # observers named by a plural role with "i styret"
    _p("observers-in-the-board-plural", "board", (
        H("Styret", 2),
        P("Styret har bestått av styreleder Gunnhild Tørvi, nestleder Ådne Lysaker og styremedlem Mari Fosstveit."),
        P("Observatører i styret har vært Tor Einar Holmås og Randi Fjellvang."),
    ), Expect(board=board(("Gunnhild Tørvi", "LEDE"), ("Ådne Lysaker", "NEST"), ("Mari Fosstveit", "MEDL"),
                          ("Tor Einar Holmås", "OBS"), ("Randi Fjellvang", "OBS"))),
        title="Årsberetning 2022 Tunvik Arbeidssenter AS"),

    # observers and deputies listed with the body that appointed each
    _p("listed-with-the-appointing-body", "board", (
        H("Styret", 2),
        P("Styret har bestått av styreleder Astrid Flåm, nestleder Gaute Brekkhus og styremedlem Liv Tøsse."),
        P("I tillegg møter to observatører med talerett, men uten stemmerett: Sindre Kvåle, oppnevnt av "
          "brukerutvalget, og Anne Grete Vadheim, oppnevnt av de ansattes organisasjoner."),
        P("Varamedlemmer: Jostein Nes (kommunen) og Marit Hafstad (fylkeskommunen)."),
    ), Expect(board=board(("Astrid Flåm", "LEDE"), ("Gaute Brekkhus", "NEST"), ("Liv Tøsse", "MEDL"),
                          ("Sindre Kvåle", "OBS"), ("Anne Grete Vadheim", "OBS"), ("Jostein Nes", "VARA"),
                          ("Marit Hafstad", "VARA"))),
        title="Årlig melding 2023 Sogn Vekst AS"),

    # surnames that are first names too, at the end of a name nothing follows
    _p("surname-that-is-a-first-name", "board", (
        H("Styret", 2),
        P("Styreleder: Ingvild Bratlie Aase"), P("Nestleder: Tor Arne Ask"), P("Styremedlem: Berit Hætta Eira"),
        H("Administrasjon", 2),
        P("Daglig leder er Jorunn Skorpen Aase. Hun har ledet bedriften siden 2019."),
    ), Expect(board=board(("Ingvild Bratlie Aase", "LEDE"), ("Tor Arne Ask", "NEST"), ("Berit Hætta Eira", "MEDL")),
              ceo="Jorunn Skorpen Aase"),
        title="Årsberetning 2023 Fjordbyen Arbeidssenter AS"),

    # North Sami and Norwegian: Sami letters in names and streets, the name in both languages
    _p("sami-norwegian-title-names-streets", "organisation", (
        H("Guovdageainnu dáiddaguovddáš – Kautokeino samiske kunstsenter", 2),
        P("Čuoiggaluodda 7, 9520 Kautokeino · poasta@kunstsenter-kk.no"),
        H("Organisasjonen", 2),
        P("Kautokeino samiske kunstsenter ble stiftet i 1998 og er en forening med kommunen og lokale "
          "kunstnerlag som medlemmer."),
        H("Administrasjon", 2),
        P("Daglig leder er Ánde Mihkkal Sara."),
    ), Expect(org_name="Kautokeino samiske kunstsenter", ceo="Ánde Mihkkal Sara",
              address="Čuoiggaluodda 7, 9520 Kautokeino"),
        title="Jahkedieđáhus 2023 – Årsmelding 2023"),

    # a foundation's letterhead: its name ends in a lower-case noun before the address and e-mail
    _p("letterhead-name-ends-lower-case-noun", "organisation", (
        P("Stiftinga Lundtun omsorgsbustader · Lundtunvegen 3, 5640 Eikelandsosen · post@lundtun.no"),
        H("Om stiftinga", 2),
        P("Stiftinga Lundtun omsorgsbustader vart skipa i 1991 av kommunen og sanitetslaget, og eig 24 "
          "bustader for eldre."),
    ), Expect(org_name="Stiftinga Lundtun omsorgsbustader", founded_year=1991),
        lang="nn", title="Årsmelding 2022"),

    # "er et interkommunalt samarbeid": the kommunelov's form, a kind of organisation
    _p("interkommunalt-samarbeid-is-a-kind", "organisation", (
        P("Nordfjell friluftsråd · post@nordfjell-friluft.no"),
        H("Om friluftsrådet", 2),
        P("Nordfjell friluftsråd er et interkommunalt samarbeid mellom fire kommuner, etablert i 1989."),
    ), Expect(org_name="Nordfjell friluftsråd"),
        title="Årsmelding 2022"),

    # created by a merger: the merger's year is the founding; a merger later is not
    _p("founded-by-merger", "organisation", (
        H("Om foretaket", 2),
        P("Sykehuset Lindås HF ble opprettet 1. januar 2012 ved sammenslåing av to tidligere helseforetak."),
    ), Expect(founded_year=2012), title="Årlig melding 2023"),
    _p("merger-after-founding", "organisation", (
        H("Om selskapet", 2),
        P("Vågsbygd Vekst AS ble stiftet i 1988. Sammenslåingen med Randesund Arbeid AS ble vedtatt i 2016."),
    ), Expect(founded_year=1988), title="Årsberetning 2018"),

    # a county whose name holds "og" among the owners, shares given in one sentence
    _p("owner-county-with-og-in-its-name", "organisation", (
        H("Eiere", 2),
        P("Midt-Telemark kommune eier 60 % av aksjene, Nome kommune eier 25 % og Vestfold og Telemark "
          "fylkeskommune eier 15 %."),
    ), Expect(owners={("Midt-Telemark kommune", 60.0), ("Nome kommune", 25.0),
                      ("Vestfold og Telemark fylkeskommune", 15.0)}),
        title="Årsberetning 2021 Gvarv Vekst AS"),
]
