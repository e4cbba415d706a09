"""Thirty-eighth-round cases (docs/phrasings.md §118): a footnote mark on a board role label with
its note under the list, club functions listed under the deputies, an officer in an election list
("Ikke på valg var havnesjef X"), a member whose term ended with no role word beside the name
("X ba om fritak fra 1. juli") and a deputy who took the seat ("Y rykket opp i styret"). Names,
places and figures are invented; wordings are paraphrased from real reports."""
from probes.spec import H, Html, P, T, Expect, Probe, board

LAYOUT = ("docx", "pdf")


def fl(id_, items, expect, lang="nb", formats=LAYOUT, title=None):
    return Probe(f"h38l-{id_}", "board", tuple(items), expect, lang=lang, formats=formats,
                 title=title or {"nb": "Årsberetning 2022", "nn": "Årsmelding 2022"}[lang])


def _tiles(people: tuple[tuple[str, str], ...], note: str) -> Html:
    """A designer's board page: role labels in small capitals over the names, two to a row, the
    note under them after a short rule."""
    cells = "".join(f'<div><div style="font-size:7pt;letter-spacing:.08em">{role.upper()}</div>'
                    f'<div style="font-size:11pt">{name}</div></div>' for name, role in people)
    return Html('<h2>Styret</h2><div style="display:grid;grid-template-columns:1fr 1fr;gap:10pt 24pt;width:60%">'
                f'{cells}</div><hr style="width:20%;margin-left:0"><p style="font-size:7pt">{note}</p>'
                "<p>Styret har hatt sju møter i 2022.</p>")


PROBES = [
    # --- 1. a footnote mark on the role label, the note under the list ------------------------------
    fl("marked-label-over-name-browser", (
        _tiles((("Marte Fjellstad", "Styreleder"), ("Arild Vassbotn", "Nestleder"), ("Janne Lerberg", "Styremedlem"),
                ("Ståle Husmo", "Styremedlem¹"), ("Tone Grefsrud", "Varamedlem")), "¹ Valgt av og blant de ansatte."),),
       Expect(board=board(("Marte Fjellstad", "LEDE"), ("Arild Vassbotn", "NEST"), ("Janne Lerberg", "MEDL"),
                          ("Ståle Husmo", "MEDL", True), ("Tone Grefsrud", "VARA")), sure_board=("Ståle Husmo",)),
       formats=("browser",)),
    # the designer's mark set with <sup>: the text layer prints a plain raised digit ("STYREMEDLEM 2")
    fl("raised-digit-label-over-name-browser", (
        _tiles((("Kjersti Lundevall", "Styreleder"), ("Geir Ove Brekken", "Nestleder"),
                ("Hilde Rustad", "Styremedlem<sup>2</sup>"), ("Arne Sletta", "Styremedlem")), "<sup>2</sup> Ansattvalgt."),),
       Expect(board=board(("Kjersti Lundevall", "LEDE"), ("Geir Ove Brekken", "NEST"), ("Hilde Rustad", "MEDL", True),
                          ("Arne Sletta", "MEDL"))),
       formats=("browser",)),
    fl("marked-label-colon-line", (
        H("Styret", 2),
        P("Styreleder: Halvard Tveito\nNestleder: Wenche Brattli\nStyremedlem: Ola Gjermundbo\n"
          "Styremedlem (2): Laila Nyhagen\nVaramedlem: Rune Sætre"),
        P("(2) Ansattvalgt"),
        P("Styret har behandlet 38 saker.")),
       Expect(board=board(("Halvard Tveito", "LEDE"), ("Wenche Brattli", "NEST"), ("Ola Gjermundbo", "MEDL"),
                          ("Laila Nyhagen", "MEDL", True), ("Rune Sætre", "VARA")))),
    fl("marked-label-after-name-nn", (
        H("Styret", 2),
        P("Ingebjørg Raknes, styreleiar\nKnut Olav Hæreid, nestleiar\nSynnøve Bleie, styremedlem\n"
          "Eirik Tveitnes, styremedlem²\nMargit Øvstedal, varamedlem"),
        P("² Vald av dei tilsette."),
        P("Styret har halde seks møte.")),
       Expect(board=board(("Ingebjørg Raknes", "LEDE"), ("Knut Olav Hæreid", "NEST"), ("Synnøve Bleie", "MEDL"),
                          ("Eirik Tveitnes", "MEDL", True), ("Margit Øvstedal", "VARA"))), lang="nn"),
    # a note saying the marked member left in the year; the minimal pair's note says nothing of it
    fl("marked-label-leaving-note", (
        H("Styret", 2),
        T((("Verv", "Navn"), ("Styreleder", "Halvard Tveito"), ("Nestleder", "Wenche Brattli"),
           ("Styremedlem¹", "Ola Gjermundbo"), ("Styremedlem", "Laila Nyhagen"), ("Styremedlem²", "Rune Sætre"))),
        P("¹ Gikk ut av styret 1. oktober.\n² Gjenvalgt for to nye år."),
        P("Styret har behandlet 38 saker.")),
       Expect(board=board(("Halvard Tveito", "LEDE"), ("Wenche Brattli", "NEST"), ("Laila Nyhagen", "MEDL"),
                          ("Rune Sætre", "MEDL")))),
    # --- 2. club functions under the deputies: the club's contacts and helpers, no seats; the board's own
    # offices there stay seats (gen8's "varamedlem X, sekretær Y", gen6's likewise) ------------------------
    fl("functions-after-deputies", (
        H("Tillitsvalgte", 2),
        P("Leder: Gro Aamodt, tlf. 917 22 310\nNestleder: Vidar Strand\nKasserer: Heidi Moen\nSekretær: Åsmund Lie\n"
          "Styremedlem: Berit Sønstebø\nVaramedlemmer: Hans Kvisler og Mona Tufte\nTurkontakt: Line Sveen, tlf. 452 18 903\n"
          "Webansvarlig: Torill Grønli"),
        P("Styret har hatt ti møter.")),
       Expect(board=board(("Gro Aamodt", "LEDE"), ("Vidar Strand", "NEST"), ("Heidi Moen", "MEDL"), ("Åsmund Lie", "MEDL"),
                          ("Berit Sønstebø", "MEDL"), ("Hans Kvisler", "VARA"), ("Mona Tufte", "VARA"))),
       title="Årsmelding 2022 Lunde Bygdekvinnelag"),
    # the minimal pair: each member beside a deputy, a function after them is a member still
    fl("functions-between-personal-deputies-stay", (
        H("Styret", 2),
        P("Leder: Gro Aamodt (vara: Hans Kvisler)\nStyremedlem: Berit Sønstebø (vara: Line Sveen)\n"
          "Sekretær: Åsmund Lie (vara: Mona Tufte)"),
        P("Styret har hatt ti møter.")),
       Expect(board=board(("Gro Aamodt", "LEDE"), ("Åsmund Lie", "MEDL"), ("Berit Sønstebø", "MEDL"),
                          ("Hans Kvisler", "VARA"), ("Mona Tufte", "VARA"), ("Line Sveen", "VARA")))),
    # --- 3. an officer in an election list: elected by the meeting, never the daglig leder -------------
    fl("not-up-for-election-officer-nb", (
        H("Årsmøtet", 2),
        P("Årsmøtet ble holdt 12. mars med 41 medlemmer til stede. Gjenvalg av leder Ragnar Hestvik for to år; "
          "ny kasserer Solveig Bakken for to år. Ikke på valg var havnesjef Terje Mjøs og sekretær Unni Rasten."),
        H("Styret", 2),
        P("Styret har hatt sju møter og arbeidet mest med nye flytebrygger.")),
       Expect(ceo=None), title="Årsberetning 2022 Strandvik Båtforening"),
    fl("not-up-for-election-officer-nn", (
        H("Styret", 2),
        P("Leiar: Oddbjørn Sæbø\nKasserar: Turid Langeland\nVaramedlem: Arne Hope"),
        P("Hamnesjef Kjartan Vatle er ikkje på val i år."),
        P("Styret har halde fem møte.")),
       Expect(ceo=None), lang="nn", title="Årsmelding 2022 Nesvik Båtlag"),
    # --- 4. a term ended with no role word beside the name ---------------------------------------------
    fl("asked-to-be-relieved-nb", (
        H("Styret", 2),
        P("Styret har i 2022 bestått av:\nLeder: Petter Kvam\nNestleder: Inger Brekke\nStyremedlem: Jon Roald Lien\n"
          "Styremedlem: Sissel Haugom\nVaramedlem: Geir Tofte"),
        P("Sissel Haugom ba om fritak fra 1. september da hun fikk arbeid i fylkeskommunen. Styret har hatt "
          "åtte møter.")),
       Expect(board=board(("Petter Kvam", "LEDE"), ("Inger Brekke", "NEST"), ("Jon Roald Lien", "MEDL"),
                          ("Geir Tofte", "VARA")))),
    fl("withdrew-nn", (
        H("Styret", 2),
        P("Leiar: Astrid Midtbø\nNestleiar: Lars Ivar Høyvik\nStyremedlem: Brita Hjelmeland\nStyremedlem: Nils Urheim\n"
          "Varamedlem: Kari Tveit"),
        P("Nils Urheim trekte seg i mai av helsemessige grunnar. Styret har halde sju møte.")),
       Expect(board=board(("Astrid Midtbø", "LEDE"), ("Lars Ivar Høyvik", "NEST"), ("Brita Hjelmeland", "MEDL"),
                          ("Kari Tveit", "VARA"))), lang="nn"),
    # the minimal pairs: the meeting left, another organ left, a biography's move
    fl("left-the-meeting-or-another-organ-stays", (
        H("Styret", 2),
        P("Leder: Petter Kvam\nNestleder: Inger Brekke\nStyremedlem: Jon Roald Lien\nStyremedlem: Sissel Haugom"),
        P("Sissel Haugom fratrådte møtet under sak 14. Jon Roald Lien trakk seg fra valgkomiteen i mars. "
          "Inger Brekke flyttet til bygda i 1996 og driver gården Nordre Brekke.")),
       Expect(board=board(("Petter Kvam", "LEDE"), ("Inger Brekke", "NEST"), ("Jon Roald Lien", "MEDL"),
                          ("Sissel Haugom", "MEDL")))),
    # --- 5. a deputy who took a member's seat, told without a role word ---------------------------------
    fl("deputy-moved-up-into-the-board-nb", (
        H("Styret", 2),
        P("Styret har i 2022 bestått av:\nLeder: Petter Kvam\nNestleder: Inger Brekke\nStyremedlem: Jon Roald Lien\n"
          "Styremedlem: Sissel Haugom\nVaramedlemmer: Geir Tofte og Randi Skaug"),
        P("Geir Tofte tok over plassen etter Sissel Haugom i september. Styret har hatt åtte møter.")),
       Expect(board=board(("Petter Kvam", "LEDE"), ("Inger Brekke", "NEST"), ("Jon Roald Lien", "MEDL"),
                          ("Geir Tofte", "MEDL"), ("Randi Skaug", "VARA")))),
    fl("deputy-moved-up-into-the-board-nn", (
        H("Styret", 2),
        P("Leiar: Astrid Midtbø\nNestleiar: Lars Ivar Høyvik\nStyremedlem: Brita Hjelmeland\nStyremedlem: Nils Urheim\n"
          "Varamedlemer: Kari Tveit og Olav Nygard"),
        P("Nils Urheim bad om fritak frå 1. juni. Første varamedlem Kari Tveit rykka opp i styret, og Olav Nygard "
          "er no einaste varamedlem.")),
       Expect(board=board(("Astrid Midtbø", "LEDE"), ("Lars Ivar Høyvik", "NEST"), ("Brita Hjelmeland", "MEDL"),
                          ("Kari Tveit", "MEDL"), ("Olav Nygard", "VARA"))), lang="nn"),
]
