"""Kinds from the twenty-eighth blind held-out set's losses, written here with other names, places
and words (h32-fix28; docs/phrasings.md §82): a table of another organ's delegates whose header
names that organ ("Kommune | Medlemmer i representantskapet | Vararepresentanter") beside the
board: its deputies are that organ's; the board's personal deputies in a column with the
members' home municipality between ("Verv | Navn | Kommune | Personlig varamedlem"); a name with
lower-case words defined by its two-word short form in brackets ("Interkommunalt arkiv X IKS (IKA
X)") beside a running header that uses the short form, its domain spelling that short form; the
organisation's own contact line after the auditor's report; board changes told as after the report
year (a meeting dated the next year, "Hendelser etter årets slutt:"), and a deputy "til styret"
in a sentence; a colon line whose member the employees chose, in brackets after the name.
Names, figures and sentences are invented; place names are real municipalities."""
from probes.spec import H, P, T, Expect, Header, Probe, Sign, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g19-fix28-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # another organ's delegates and deputies in a table whose header names that organ
    _p("delegates-table-deputies-are-the-organs", "not_board", (
        H("Organisasjon", 2),
        P("Hver medlemskommune velger representanter med vararepresentanter for valgperioden:"),
        T((("Kommune", "Representanter til årsmøtet", "Vararepresentanter"),
           ("Lillehammer", "Egil Brattbakk, Synnøve Rud", "Arvid Kroken"),
           ("Øyer", "Mona Tingstad, Halvard Lien", "Torill Bakkom"),
           ("Gausdal", "Pål Einar Skaug, Randi Fjell", "Sverre Lunde"))),
        P("Årsmøtet valgte dette styret:"),
        P("Styreleder: Ingeborg Høstmark\nNestleder: Jon Egil Fossum\nStyremedlem: Trude Bråten\n"
          "Varamedlem: Lars Kvisler"),
    ), Expect(board=board(("Ingeborg Høstmark", "LEDE"), ("Jon Egil Fossum", "NEST"), ("Trude Bråten", "MEDL"),
                          ("Lars Kvisler", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Lågendal friluftsråd"),
    # the board's personal deputies, the members' home municipality between
    _p("personal-deputy-column-after-home-column", "board", (
        H("Styret", 2),
        P("Styret har ett medlem fra hver kommune, hver med personlig varamedlem:"),
        T((("Verv", "Navn", "Kommune", "Personlig varamedlem"),
           ("Leder", "Vidar Sletten", "Ringsaker", "Hanne Stavseth"),
           ("Nestleder", "Marte Enger", "Hamar", "Odd Arild Brenden"),
           ("Styremedlem", "Kristian Høyum", "Løten", "Siv Hammer"),
           ("Styremedlem", "Elin Bjørge", "Stange", "Tormod Vollen"))),
    ), Expect(board=board(("Vidar Sletten", "LEDE"), ("Marte Enger", "NEST"), ("Kristian Høyum", "MEDL"),
                          ("Elin Bjørge", "MEDL"), ("Hanne Stavseth", "VARA"), ("Odd Arild Brenden", "VARA"),
                          ("Siv Hammer", "VARA"), ("Tormod Vollen", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Mjøsvidda friluftsråd"),
    # nn: the full name defined by its two-word short form, which the running header uses
    _p("nn-name-defined-by-two-word-short-form", "organisation", (
        Header("IKA Nordfjell IKS – Årsmelding 2023"),
        H("Om selskapet", 2),
        P("Interkommunalt arkiv Nordfjell IKS (IKA Nordfjell) er eit interkommunalt selskap som vart "
          "skipa i 2006. Eigarane er seks kommunar i fjellregionen."),
        P("IKA Nordfjell IKS tek imot og ordnar arkiv frå eigarkommunane. IKA Nordfjell har to tilsette."),
        P("Kontakt: post@ikanordfjell.no"),
    ), Expect(org_name="Interkommunalt arkiv Nordfjell IKS", email="post@ikanordfjell.no"),
        lang="nn", title="Årsmelding 2023"),
    # the organisation's own contact line closes the document, after the auditor's report
    _p("own-contact-line-after-the-auditor", "organisation", (
        H("Om krisesenteret", 2),
        P("Krisesenteret i Nord-Gudbrandsdal IKS er eit interkommunalt selskap eigd av seks kommunar."),
        H("Revisors beretning", 2),
        P("Vi har revidert årsregnskapet for Krisesenteret i Nord-Gudbrandsdal IKS. Etter vår mening gir "
          "årsregnskapet et rettvisende bilde av selskapets stilling."),
        P("Lillehammer, 12. mars 2024"),
        P("Dalerevisjon AS"),
        P("Gunnhild Storås\nstatsautorisert revisor"),
        P("Krisesenteret i Nord-Gudbrandsdal IKS · Postboks 71, 2640 Vinstra · Telefon 61 29 40 80 · "
          "post@krisesenteret-ng.no", size=8),
    ), Expect(address="Postboks 71", phone="61294080", email="post@krisesenteret-ng.no"),
        title="Årsrapport 2023"),
    # a member who left at next year's meeting, his successor, a deputy "til styret" in a sentence
    _p("change-at-next-years-meeting", "board", (
        H("Styrets årsberetning", 2),
        P("Styret har hatt sju møter i 2023. Varamedlem til styret er Kjersti Aamodt. På "
          "generalforsamlingen 24. april 2024 gikk Roger Moen ut av styret, og Helge Nerli ble valgt som "
          "nytt styremedlem."),
        Sign((("Anne Lise Torp", "Styreleder"), ("Bjørn Ekre", "Nestleder"), ("Roger Moen", "Styremedlem")),
             place_date="Vågå, 20. mars 2024"),
    ), Expect(board=board(("Anne Lise Torp", "LEDE"), ("Bjørn Ekre", "NEST"), ("Roger Moen", "MEDL"),
                          ("Kjersti Aamodt", "VARA"))),
        formats=WORD, title="Årsberetning 2023 Vågå Næringshage AS"),
    # a new board elected after the year's end, told under "Hendelser etter årets slutt:"
    _p("new-board-after-the-years-end", "board", (
        H("Styret", 2),
        P("Styreleder: Astrid Sandvik\nNestleder: Magnus Teigen\nStyremedlem: Guri Fladmark"),
        H("Styrets årsberetning", 2),
        P("Hendelser etter årets slutt: Representantskapet valgte 19. mars 2024 nytt styre. Ny styreleder "
          "er Oddvar Rindal, og Eva Skjåk er nytt styremedlem. Magnus Teigen fortsetter."),
    ), Expect(board=board(("Astrid Sandvik", "LEDE"), ("Magnus Teigen", "NEST"), ("Guri Fladmark", "MEDL"))),
        title="Årsrapport 2023 Krisesenteret i Otta IKS"),
    # a colon line whose member the employees chose, said in brackets after the name
    _p("colon-line-employees-choice-in-brackets", "board", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        P("Leder: Terje Bakkehaug"),
        P("Nestleder: Ingrid Rustad"),
        P("Medlem: Håvard Solberg"),
        P("Medlem: Sigrid Kvam (valgt av de ansatte)"),
        P("Varamedlem: Åge Nyhus"),
    ), Expect(board=board(("Terje Bakkehaug", "LEDE"), ("Ingrid Rustad", "NEST"), ("Håvard Solberg", "MEDL"),
                          ("Sigrid Kvam", "MEDL", True), ("Åge Nyhus", "VARA")), sure_board=("Sigrid Kvam",)),
        title="Årsmelding 2023 Fron legevakt IKS"),
]
