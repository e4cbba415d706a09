"""Fifteenth reading (docs/phrasings.md §59): boards on real wording. The kinds left open at stop
27 (observers in prose and apart from the board, an e-signature certificate whose two columns
run into one line, a role label wrapped at a table column's foot, members with their party,
employer or municipality after the name, numbered deputies, a cooperative's or IKS's other
organs beside the board, English-language reports) and the real reading's (a nomination
committee's leader named in a news piece), each written again with invented names and places."""
from probes.spec import H, Li, P, T, Expect, Probe, board

PDFS = ("docx", "pdf", "tight")
NN = {"lang": "nn"}


def _b(case_id, items, expected, family="board", formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g15b-{case_id}", family, tuple(items), expect, formats=formats, **kw)


CLUB = board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL"), ("Kjetil Aasen", "MEDL"))
OBSERVERS = board(("Liv Rognstad", "OBS"), ("Stein Haldorsen", "OBS"))
LABELS = "Styreleder: Hege Solvang\nNestleder: Terje Bråten\nStyremedlem: Ingrid Myhre\nStyremedlem: Kjetil Aasen"

PROBES = [
    # --- 1. observers in prose, and listed apart from the board ------------------------------------
    _b("observers-have-attended-in-prose", (
        H("Årsrapport 2023 Nordvik Arbeidssenter AS", 1),
        H("Styret", 2),
        P(LABELS),
        P("Liv Rognstad og Stein Haldorsen har møtt som observatører på styremøtene."),
    ), CLUB | OBSERVERS, title=None),
    _b("as-observer-attended-x-from-union", (
        H("Årsrapport 2023 Nordvik Arbeidssenter AS", 1),
        H("Styret", 2),
        P(LABELS),
        P("Som observatør møtte Liv Rognstad fra Fagforbundet. Stein Haldorsen har møtt som observatør for brukerrådet."),
    ), CLUB | OBSERVERS, title=None),
    _b("observers-label-in-a-paragraph-apart", (
        H("Årsrapport 2023 Nordvik Arbeidssenter AS", 1),
        H("Styret", 2),
        P(LABELS),
        P("Styret har hatt ni møter og behandlet 54 saker."),
        P("Observatører: Liv Rognstad (Fagforbundet) og Stein Haldorsen (brukerrådet)"),
    ), None, title=None, expect=Expect(board=CLUB | OBSERVERS, sure_board=("Liv Rognstad", "Stein Haldorsen"))),
    _b("nn-observers-lines-after-the-deputies", (
        H("Årsmelding 2023 Nordvik Vekst AS", 1),
        H("Styret", 2),
        P("Styreleiar: Hege Solvang\nNestleiar: Terje Bråten\nStyremedlem: Ingrid Myhre\nStyremedlem: Kjetil Aasen"),
        P("Varamedlem: Nora Bakkevig"),
        P("Observatør: Liv Rognstad\nObservatør: Stein Haldorsen"),
    ), None, title=None, expect=Expect(board=CLUB | OBSERVERS | board(("Nora Bakkevig", "VARA")),
                                       sure_board=("Liv Rognstad", "Stein Haldorsen")), **NN),
    _b("observers-sentence-label-over-names-apart", (
        H("Årsrapport 2023 Nordvik Arbeidssenter AS", 1),
        H("Styret", 2),
        T((("Verv", "Navn"), ("Styreleder", "Hege Solvang"), ("Nestleder", "Terje Bråten"),
           ("Styremedlem", "Ingrid Myhre"), ("Styremedlem", "Kjetil Aasen"))),
        P("Styret har hatt ni møter og behandlet 54 saker."),
        P("Følgende har møtt som observatører:"),
        P("Liv Rognstad\nStein Haldorsen"),
    ), None, title=None, expect=Expect(board=CLUB | OBSERVERS, sure_board=("Liv Rognstad", "Stein Haldorsen"))),
    _b("observers-label-over-name-comma-union", (
        H("Årsrapport 2023 Nordvik Arbeidssenter AS", 1),
        H("Styret", 2),
        T((("Verv", "Navn"), ("Styreleder", "Hege Solvang"), ("Nestleder", "Terje Bråten"),
           ("Styremedlem", "Ingrid Myhre"), ("Styremedlem", "Kjetil Aasen"))),
        P("Styret har hatt ni møter og behandlet 54 saker."),
        P("Observatører i styret:\nLiv Rognstad, Fagforbundet\nStein Haldorsen, brukerrådet"),
    ), None, title=None, expect=Expect(board=CLUB | OBSERVERS, sure_board=("Liv Rognstad", "Stein Haldorsen"))),
    _b("observers-sentence-label-over-a-table", (
        H("Årsrapport 2023 Nordvik Arbeidssenter AS", 1),
        H("Styret", 2),
        T((("Verv", "Navn"), ("Styreleder", "Hege Solvang"), ("Nestleder", "Terje Bråten"),
           ("Styremedlem", "Ingrid Myhre"), ("Styremedlem", "Kjetil Aasen"))),
        P("I tillegg møter to observatører i styret:"),
        T((("Navn", "Representerer"), ("Liv Rognstad", "Fagforbundet"), ("Stein Haldorsen", "Brukerrådet"))),
    ), None, title=None, expect=Expect(board=CLUB | OBSERVERS, sure_board=("Liv Rognstad", "Stein Haldorsen"))),
    _b("nn-deputies-label-over-a-table-with-municipalities", (
        H("Årsmelding 2023 Fjordvik Renovasjon IKS", 1),
        H("Styret", 2),
        P("Leiar: Hege Solvang\nNestleiar: Terje Bråten\nStyremedlem: Ingrid Myhre\nStyremedlem: Kjetil Aasen"),
        P("Varamedlemmer:"),
        T((("Namn", "Kommune"), ("Nora Bakkevig", "Eikeland"), ("Per Arne Vik", "Lidal"))),
        H("Valnemnd", 2),
        P("Medlemer:"),
        T((("Namn", "Kommune"), ("Bente Kvamme", "Austvik"), ("Rolf Nyborg", "Lidal"))),
    ), CLUB | board(("Nora Bakkevig", "VARA"), ("Per Arne Vik", "VARA")), title=None, **NN),
    # guards: the chair meeting someone is no link; "leder for valgkomiteen" is that organ's
    _b("chair-met-the-mayor-is-no-link", (
        H("Årsrapport 2023 Nordvik Arbeidssenter AS", 1),
        H("Styret", 2),
        P(LABELS),
        P("Styreleder møtte ordfører Randi Skjelvik i mars. Som styreleder møtte Hege Solvang også fylkesrådet."),
        P("Leder for valgkomiteen har vært Bente Kvamme."),
    ), CLUB, title=None),
    # --- 2. an e-signature certificate whose two columns run into one text line ---------------------
    _b("esign-two-columns-run-into-one-line", (
        H("Årsberetning 2023 Nordvik Vekst AS", 1),
        P("Styret mener at forutsetningen om fortsatt drift er til stede."),
        H("Signaturer", 2),
        P("Dokumentet er signert elektronisk med BankID."),
        P("Solvang, Hege Styreleder Signert 12.03.2024 BankID Bråten, Terje Nestleder Signert 12.03.2024 BankID"),
        P("Myhre, Ingrid Styremedlem Signert 13.03.2024 BankID Lunde, Arnfinn Daglig leder Signert 13.03.2024 BankID"),
    ), None, title=None, formats=("docx", "pdf"), expect=Expect(
        board=board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL")),
        ceo="Arnfinn Lunde")),
    _b("esign-two-columns-with-bars", (
        H("Årsberetning 2023 Nordvik Vekst AS", 1),
        P("Styret mener at forutsetningen om fortsatt drift er til stede."),
        H("Signaturer", 2),
        P("Signaturene i dette dokumentet er juridisk bindende. Dokumentet er signert digitalt."),
        P("Solvang, Hege | Styreleder | BankID Bråten, Terje | Nestleder | BankID"),
        P("Myhre, Ingrid | Styremedlem | BankID Aasen, Kjetil | Styremedlem | BankID"),
    ), CLUB, title=None, formats=("docx", "pdf")),
    # --- 3. a role label wrapped at a table column's foot beside a vertically centred name -----------
    _b("wrapped-role-label-beside-centred-name", (
        H("Årsrapport 2023 Nordvik Arbeidssenter AS", 1),
        H("Styret", 2),
        T((("Styreleder", "Hege Solvang"),
           ("Nestleder", "Terje Bråten"),
           ("Styremedlem", "Ingrid Myhre"),
           ("Styremedlem, valgt av de ansatte", "Kjetil Aasen")), bold_header=False, centred=True),
    ), board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL"), ("Kjetil Aasen", "MEDL", True)),
        title=None, formats=("docx", "pdf", "tight", "browser")),
    # --- 4. party, employer or municipality after the name; numbered deputies ----------------------
    _b("members-with-party-after-name", (
        H("Årsmelding 2023 Lidal Næringsselskap KF", 1),
        H("Styret", 2),
        P("Leder: Hege Solvang (Sp)\nNestleder: Terje Bråten (Ap)\nMedlem: Ingrid Myhre (H)\nMedlem: Kjetil Aasen (SV)"),
        P("1. vara: Nora Bakkevig (Sp)\n2. vara: Per Arne Vik (Ap)"),
    ), CLUB | board(("Nora Bakkevig", "VARA"), ("Per Arne Vik", "VARA")), title=None),
    _b("members-with-municipality-after-name", (
        H("Årsmelding 2023 Fjordvik Renovasjon IKS", 1),
        H("Styret", 2),
        Li("Hege Solvang, Eikeland kommune, styreleder"),
        Li("Terje Bråten, Lidal kommune, nestleder"),
        Li("Ingrid Myhre, Austvik kommune"),
        Li("Kjetil Aasen, ansattes representant"),
        P("Varamedlemmer: 1. vara Nora Bakkevig, Eikeland kommune; 2. vara Per Arne Vik, Lidal kommune"),
    ), board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL"), ("Kjetil Aasen", "MEDL", True),
             ("Nora Bakkevig", "VARA"), ("Per Arne Vik", "VARA")), title=None),
    _b("members-representing-an-organisation-dash", (
        H("Årsmelding 2023 Lidal beitelag", 1),
        H("Styret", 2),
        P("Leder: Hege Solvang – representant for Lidal Bondelag\nNestleder: Terje Bråten – representant for "
          "Austvik Sau og Geit\nStyremedlem: Ingrid Myhre – representant for grunneierne"),
    ), board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL")), title=None),
    _b("numbered-deputies-table", (
        H("Årsmelding 2023 Lidal skiklubb", 1),
        H("Styret", 2),
        T((("Verv", "Navn"),
           ("Leder", "Hege Solvang"),
           ("Nestleder", "Terje Bråten"),
           ("Styremedlem", "Ingrid Myhre"),
           ("Styremedlem", "Kjetil Aasen"),
           ("1. vara", "Nora Bakkevig"),
           ("2. vara", "Per Arne Vik"))),
    ), CLUB | board(("Nora Bakkevig", "VARA"), ("Per Arne Vik", "VARA")), title=None),
    _b("nn-numbered-deputies-lines", (
        H("Årsmelding 2023 Lidal sogelag", 1),
        H("Styret", 2),
        P("Leiar: Hege Solvang\nNestleiar: Terje Bråten\nStyremedlem: Ingrid Myhre\nStyremedlem: Kjetil Aasen\n"
          "Første vara: Nora Bakkevig\nAndre vara: Per Arne Vik"),
    ), CLUB | board(("Nora Bakkevig", "VARA"), ("Per Arne Vik", "VARA")), title=None, **NN),
    # --- 5. a cooperative's and an IKS's other organs beside the board ------------------------------
    _b("cooperative-control-and-nomination-committees", (
        H("Årsberetning 2023 Lidal Samvirkelag SA", 1),
        H("Tillitsvalgte", 2),
        P("Styret: Hege Solvang (leder), Terje Bråten (nestleder), Ingrid Myhre og Kjetil Aasen."),
        P("Kontrollkomiteen: Bente Kvamme (leder), Rolf Nyborg og Gunn Vestbø."),
        P("Valgkomiteen: Sverre Lauvås (leder), Anita Rudland og Paul Eikrem."),
        P("Revisor: Fjordrevisjon AS ved statsautorisert revisor Mona Grav."),
    ), CLUB, title=None),
    _b("iks-representative-council-beside-the-board", (
        H("Årsmelding 2023 Fjordvik Renovasjon IKS", 1),
        H("Representantskapet", 2),
        T((("Kommune", "Medlem", "Varamedlem"),
           ("Eikeland", "Bente Kvamme (leder)", "Rolf Nyborg"),
           ("Lidal", "Gunn Vestbø (nestleder)", "Sverre Lauvås"),
           ("Austvik", "Anita Rudland", "Paul Eikrem"))),
        H("Styret", 2),
        P("Styreleder: Hege Solvang\nNestleder: Terje Bråten\nStyremedlem: Ingrid Myhre\nStyremedlem: Kjetil Aasen"),
        H("Administrasjon", 2),
        P("Daglig leder er Arnfinn Lunde."),
    ), None, title=None, expect=Expect(board=CLUB, ceo="Arnfinn Lunde")),
    # --- 6. English-language reports -------------------------------------------------------------------
    _b("english-board-labels", (
        H("Annual Report 2023 Nordvik Industri AS", 1),
        H("Board of Directors", 2),
        P("Chair: Hege Solvang\nDeputy Chair: Terje Bråten\nBoard member: Ingrid Myhre\nBoard member: Kjetil Aasen\n"
          "Deputy member: Nora Bakkevig"),
        H("Management", 2),
        P("CEO: Arnfinn Lunde"),
    ), None, title=None, expect=Expect(board=CLUB | board(("Nora Bakkevig", "VARA")), ceo="Arnfinn Lunde")),
    _b("english-board-prose-and-committee", (
        H("Annual Report 2023 Nordvik Foundation", 1),
        H("The Board", 2),
        P("The Board has consisted of Hege Solvang (Chair), Terje Bråten (Deputy Chair), Ingrid Myhre and "
          "Kjetil Aasen (employee representative)."),
        P("The Nomination Committee: Bente Kvamme (Chair) and Rolf Nyborg."),
        P("Arnfinn Lunde has been the Managing Director since 2019."),
    ), None, title=None, expect=Expect(
        board=board(("Hege Solvang", "LEDE"), ("Terje Bråten", "NEST"), ("Ingrid Myhre", "MEDL"),
                    ("Kjetil Aasen", "MEDL", True)), ceo="Arnfinn Lunde")),
    # --- 7. the real reading's: a nomination committee's leader quoted in a news piece ---------------
    _b("nomination-committee-leader-quoted-in-news", (
        H("Valgnemnda vil ha hele styret med videre", 1),
        P("Valgnemnda foreslår at alle de faste medlemmene i det sittende styret fortsetter etter årsmøtet 14. mars."),
        P("– Vi er fornøyde med arbeidet styret har gjort, sier valgnemndas leder Bente Kvamme. Med seg i "
          "nemnda hadde hun Rolf Nyborg og Gunn Vestbø."),
    ), None, title=None, expect=Expect(doubtful_board=("Bente Kvamme", "Rolf Nyborg", "Gunn Vestbø"))),
]
