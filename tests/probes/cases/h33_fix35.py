"""Kinds from a thirty-fifth blind held-out set's losses, written here with other names, places and
words (h33-fix35; docs/phrasings.md §86): a county branch's board under "Fylkesstyret" as portrait
cells with role and home town (the town on the role's line too); "Styremedlem (foreldrerepresentant)" under a signature; last year's
board in a "Verv <year> | Navn" table beside this year's in prose; a "Leders hjørne" signed by the
daglig leder; a name whose kind is lower-case ("<Place> frivilligsentral"); an e-signature table
whose next signer's "ansattvalgt" stands in the cell below; bracketed deficits with the kroner dash
("(12 340),-"); "VTA med N plasser og AFT med M plasser"; the federation's generalsekretær named
in a branch's letter.
Names and places are invented."""
from probes.spec import H, P, T, Expect, Figure, Probe, Sign, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h33x35-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # a patient organisation's county branch: its board under "Fylkesstyret", portrait cells of
    # name, role and home town; the report calls itself "fylkeslaget"
    _p("county-board-portrait-cells", "board", (
        H("Om fylkeslaget", 2),
        P("Fylkeslaget har 640 medlemmer i fem lokallag og et kontor i Skien."),
        H("Fylkesstyret", 2),
        P("Fylkesstyret ved utgangen av året:"),
        T((("Ingvild Rønningen\nFylkesleder\nSkien", "Arve Tufte Lia\nNestleder\nPorsgrunn",
            "Marte Kjos\nStyremedlem\nBø", "Eivind Sagen\nStyremedlem\nNotodden"),
           ("Hanne Bergan\n1. varamedlem\nKragerø", "Tor Olav Myhra\n2. varamedlem\nDrangedal", "", "")),
          ruled=False, bold_header=False),
        P("Styret har hatt sju styremøter."),
    ), Expect(board=board(("Ingvild Rønningen", "LEDE"), ("Arve Tufte Lia", "NEST"), ("Marte Kjos", "MEDL"),
                          ("Eivind Sagen", "MEDL"), ("Hanne Bergan", "VARA"), ("Tor Olav Myhra", "VARA"))),
        formats=WORD, title="Hjertelaget Telemark – årsberetning 2023"),
    # a caption's role and home town on one line under the name ("Varamedlem, Kragerø")
    _p("role-and-home-town-on-one-line", "board", (
        H("Styret", 2),
        P("Gunhild Dalen\nStyreleder, Seljord"),
        P("Rune Kvålen\nNestleder, Kviteseid"),
        P("Oda Brekke\nStyremedlem, Tokke"),
        P("Hallvard Moen\nVaramedlem, Vinje"),
    ), Expect(board=board(("Gunhild Dalen", "LEDE"), ("Rune Kvålen", "NEST"), ("Oda Brekke", "MEDL"),
                          ("Hallvard Moen", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Vest-Telemark Turlag"),
    # a control: a local branch's report thanks the county's chair in its board section ("fylkesleiar")
    _p("nn-local-branch-thanks-county-chair", "not_board", (
        H("Styret", 2),
        P("Leiar: Torgeir Heddi\nNestleiar: Guri Aasmundtveit\nStyremedlem: Olav Kleppe"),
        P("Styret vil takke fylkesleiar Sigrun Haugland for besøket på haustmøtet."),
    ), Expect(board=board(("Torgeir Heddi", "LEDE"), ("Guri Aasmundtveit", "NEST"), ("Olav Kleppe", "MEDL"))),
        lang="nn", formats=("docx",), title="Årsmelding 2023 Seljord Husflidslag"),
    # the parents' representatives sign with their seat and, in brackets, whom they speak for
    _p("seat-with-whom-in-brackets-signed", "board", (
        H("Styrets beretning", 2),
        P("Barnehagen hadde 54 barn og 14 ansatte ved utgangen av året."),
        Sign((("Kjersti Aarvold", "Styreleder"), ("Jonas Fjeld", "Styremedlem (foreldrerepresentant)"),
              ("Lise Mørk", "Styremedlem (foreldrerepresentant)"), ("Trond Aslaksen", "Styremedlem (ansattes representant)"),
              ("Nina Holt", "Varamedlem")), place_date="Stavern, 12. mars 2024"),
    ), Expect(board=board(("Kjersti Aarvold", "LEDE"), ("Jonas Fjeld", "MEDL"), ("Lise Mørk", "MEDL"),
                          ("Trond Aslaksen", "MEDL", True), ("Nina Holt", "VARA"))),
        formats=WORD, title="Stiftelsen Kjerringvik barnehage – årsmelding 2023"),
    # this year's board in prose; last year's in a table whose role column names last year
    _p("last-years-board-table", "board", (
        H("Organisasjon", 2),
        P("Styret har i 2023 bestått av Guro Haukeland (leder), Petter Brekke (nestleder), Åse Lunde "
          "(kasserer) og Vidar Nes (styremedlem). Varamedlem har vært Kari Solum."),
        P("Til sammenligning så styret slik ut i 2022:"),
        T((("Verv 2022", "Navn"), ("Leder", "Berit Ask"), ("Nestleder", "Guro Haukeland"), ("Kasserer", "Åse Lunde"),
           ("Styremedlem", "Petter Brekke"), ("Varamedlem", "Vidar Nes"))),
        P("Valgkomiteen har bestått av Berit Ask og Ole Rustad."),
    ), Expect(board=board(("Guro Haukeland", "LEDE"), ("Petter Brekke", "NEST"), ("Åse Lunde", "MEDL"),
                          ("Vidar Nes", "MEDL"), ("Kari Solum", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Eidskog frivilligsentral"),
    # "Leders hjørne" signed by the daglig leder: the writer is the daglig leder, not the chair
    _p("leaders-corner-signed-by-daglig-leder", "ceo", (
        H("Leders hjørne", 2),
        P("Takk til alle frivillige for et godt år med mange nye aktiviteter."),
        P("Marianne Tveter\ndaglig leder", italic=True),
        H("Styret", 2),
        P("Leder: Sverre Ødegård\nNestleder: Ingunn Moe\nStyremedlem: Kåre Nyhus"),
    ), Expect(ceo="Marianne Tveter", board=board(("Sverre Ødegård", "LEDE"), ("Ingunn Moe", "NEST"),
                                                 ("Kåre Nyhus", "MEDL"))),
        formats=WORD, title="Årsmelding 2023 Sør-Odal frivilligsentral"),
    # a name whose kind word is lower-case after its place, on the cover and in the auditor's address
    _p("place-and-lower-case-kind", "organisation", (
        P("Åmot frivilligsentral", bold=True, size=20),
        H("Om sentralen", 2),
        P("Sentralen ble startet i 2001 og er en møteplass for alle som vil gi eller få hjelp."),
        H("Revisors beretning", 2),
        P("Til årsmøtet i Åmot frivilligsentral. Jeg har revidert regnskapet for 2023."),
    ), Expect(org_name="Åmot frivilligsentral"), formats=WORD, title="Årsmelding og regnskap 2023"),
    # an e-signature table: the employee-elected member's qualifier is hers, not the signer's above
    _p("esign-qualifier-of-the-signer-below", "board", (
        H("Styrets årsberetning", 2),
        P("Styret har hatt fire medlemmer; ett av dem er valgt av og blant de ansatte."),
        P("Dokumentet er signert elektronisk med BankID."),
        T((("Haugom, Arild\nStyreleder\nSignert med BankID 20.03.2024\nID: 4411-2001",
            "Skaug, Berit\nStyremedlem\nSignert med BankID 20.03.2024\nID: 4411-2002"),
           ("Lien, Tormod\nStyremedlem\nSignert med BankID 21.03.2024\nID: 4411-2003",
            "Vold, Siri\nStyremedlem, ansattvalgt\nSignert med BankID 21.03.2024\nID: 4411-2004")),
          ruled=False, bold_header=False),
    ), Expect(board=board(("Arild Haugom", "LEDE"), ("Berit Skaug", "MEDL"), ("Tormod Lien", "MEDL"),
                          ("Siri Vold", "MEDL", True))),
        formats=("docx",), title="Årsrapport 2023 Vinstra Vekst AS"),
    # deficits in brackets with the kroner dash after them
    _p("bracketed-deficit-kroner-dash", "statements", (
        H("Resultatregnskap", 2),
        T((("", "2023", "2022"), ("Foreldrebetaling", "1 204 300,-", "1 187 450,-"),
           ("Offentlige tilskudd", "3 612 800,-", "3 540 100,-"), ("Sum driftsinntekter", "4 817 100,-", "4 727 550,-"),
           ("Lønnskostnader", "4 215 600,-", "4 080 900,-"), ("Andre driftskostnader", "613 840,-", "655 200,-"),
           ("Sum driftskostnader", "4 829 440,-", "4 736 100,-"), ("Driftsresultat", "(12 340),-", "(8 550),-"),
           ("Finansinntekter", "3 120,-", "2 410,-"), ("Årsresultat", "(9 220),-", "(6 140),-"))),
    ), Expect(key_figures=(Figure("driftsresultat", 2023, -12340), Figure("driftsresultat", 2022, -8550),
                           Figure("arsresultat", 2023, -9220), Figure("arsresultat", 2022, -6140))),
        formats=WORD, title="Årsrapport 2023 Stiftelsen Kvelde barnehage"),
    # each program before its own count; the next program after "og" is the next item's
    _p("programs-each-before-its-count", "programs", (
        H("Tiltak", 2),
        P("Bedriften er godkjent for varig tilrettelagt arbeid (VTA) med 27 plasser og "
          "arbeidsforberedende trening (AFT) med 19 plasser."),
    ), Expect(programs={"VTA": 27, "AFT": 19}), formats=("docx",), title="Årsrapport 2023 Follo Arbeid AS"),
    # the federation's generalsekretær named in a county branch's letter: no daglig leder of the branch
    _p("federations-officer-in-branch-letter", "ceo", (
        H("Fylkesleder har ordet", 2),
        P("Jeg vil takke generalsekretær Rolf Aamodt i forbundet for et godt samarbeid, og alle "
          "likepersoner for innsatsen. Generalsekretær Rolf Aamodt hilste fra forbundet på årsmøtet."),
        H("Styret", 2),
        P("Leder: Sissel Brenna\nNestleder: Øystein Vik\nStyremedlem: Randi Hove"),
    ), Expect(ceo=None, board=board(("Sissel Brenna", "LEDE"), ("Øystein Vik", "NEST"), ("Randi Hove", "MEDL"))),
        formats=("docx",), title="Nyreforeningen Innlandet – årsberetning 2023"),
]
