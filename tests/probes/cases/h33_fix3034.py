"""Kinds from the thirtieth and thirty-fourth blind held-out sets' errors, written here with other
names, places and words (h33-fix3034; docs/phrasings.md §87): an e-signature page whose cells each
hold one signer, the employee-elected qualifier printed only in the next signer's cell; a board
table "Namn | Verv | Personleg vara | Oppnemnd av" (nn "oppnemnd", appointed, is no "-nemnd"
committee), one member appointed by "Dei tilsette"; a body thanked "ved leiar X" (its leader, not
ours); the nomination committee's "Styret for <next year>:" in the board's own table shape; a
photo caption "Fra venstre: A, B (styreleder) og C." after a long sentence on our board and before
another sentence; places "Indre
Troms" (a region, not Troms), "deler av Gran" and a village with its own preposition named with its
municipality ("og på Slinde i Sogndal").
Names are invented."""
from probes.spec import H, P, T, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h33x34-{case_id}", family, tuple(items), expect, **kw)


_SIGNERS = (("Lien, Ragnar Olav Styreleder Signert 2024-03-11 10:02 Identitet bekreftet med BankID",
             "Fossum, Tone Nestleder Signert 2024-03-11 12:40 Identitet bekreftet med BankID"),
            ("Aker, Brit Helene Styremedlem Signert 2024-03-12 08:15 Identitet bekreftet med BankID",
             "Sletta, Jon Styremedlem Signert 2024-03-12 09:30 Identitet bekreftet med BankID"),
            ("Moen, Inger Styremedlem, ansattvalgt Signert 2024-03-12 14:05 Identitet bekreftet med BankID",
             "Tveit, Kjell Daglig leder Signert 2024-03-11 09:50 Identitet bekreftet med BankID"))

PROBES = [
    # one signer a cell: "ansattvalgt" in the cell under a signer is the next signer's, not hers
    _p("esign-qualifier-in-the-next-signers-cell", "board", (
        H("Styrets årsberetning", 2),
        P("Bedriften gir arbeid og opplæring til 30 deltakere i Tangvik. Årsresultatet ble et overskudd på "
          "kr 412 000."),
        H("Signaturer", 2),
        P("Dokumentet er signert elektronisk. Signaturene er verifisert med BankID."),
        T(_SIGNERS, ruled=False, bold_header=False),
    ), Expect(board=board(("Ragnar Olav Lien", "LEDE"), ("Tone Fossum", "NEST"), ("Brit Helene Aker", "MEDL"),
                          ("Jon Sletta", "MEDL"), ("Inger Moen", "MEDL", True)), ceo="Kjell Tveit"),
        formats=("docx",), title="Årsberetning 2023 Tangvik Arbeid AS"),
    # nn: members beside personal deputies and the body that appointed each; the employees' row
    _p("nn-personleg-vara-and-oppnemnd-av-columns", "board", (
        H("Styret", 2),
        P("Styret har fem medlemer med personlege varamedlemer. Styret har i 2023 vore samansett slik:"),
        T((("Namn", "Verv", "Personleg vara", "Oppnemnd av"),
           ("Oddbjørg Rakstad", "Styreleiar", "Tormod Heggen", "Luster kommunestyre"),
           ("Sverre Joranger", "Nestleiar", "Ingvild Fet", "Luster kommunestyre"),
           ("Bodil Skjolden", "Styremedlem", "Eirik Nes", "Sokneråda"),
           ("Aslak Myrvoll", "Styremedlem", "Gro Hauge", "Sanitetslaget"),
           ("Liv Turid Ormberg", "Styremedlem", "Mads Ytri", "Dei tilsette"))),
        P("Styret har hatt sju møte."),
    ), Expect(board=board(("Oddbjørg Rakstad", "LEDE"), ("Sverre Joranger", "NEST"), ("Bodil Skjolden", "MEDL"),
                          ("Aslak Myrvoll", "MEDL"), ("Liv Turid Ormberg", "MEDL", True),
                          ("Tormod Heggen", "VARA"), ("Ingvild Fet", "VARA"), ("Eirik Nes", "VARA"),
                          ("Gro Hauge", "VARA"), ("Mads Ytri", "VARA", True))),
        lang="nn", formats=WORD, title="Årsmelding 2023 Stiftinga Solvang bu- og omsorgssenter"),
    # nn: another body thanked through its leader ("laget ved leiar X") in the board's section
    _p("nn-body-thanked-ved-its-leader", "board", (
        H("Styret", 2),
        T((("Verv", "Namn"), ("Leiar", "Hallvard Tysse"), ("Nestleiar", "Randi Sætre"), ("Styremedlem", "Jorunn Vik")),
          ruled=False, bold_header=False),
        P("Sanitetslaget har gitt nye stolar til dagsenteret. Styret takkar sanitetslaget ved leiar "
          "Margit Aasen for godt samarbeid."),
    ), Expect(board=board(("Hallvard Tysse", "LEDE"), ("Randi Sætre", "NEST"), ("Jorunn Vik", "MEDL"))),
        lang="nn", formats=WORD, title="Årsmelding 2023 Stiftinga Tyssetun"),
    # nn: the nomination committee's board for next year, in the board's own table shape
    _p("nn-board-for-next-year-in-the-boards-table-shape", "board", (
        H("Årsmelding for styret", 1),
        P("Styret har i 2023 hatt denne samansetjinga:"),
        T((("Verv", "Namn", "Val"), ("Leiar", "Siri Ramstad", "ikkje på val"), ("Nestleiar", "Olav Brekke", "på val"),
           ("Kasserar", "Tove Aune", "ikkje på val"), ("Varamedlem", "Pål Hovden", "på val"))),
        P("Styret har hatt 8 styremøte."),
        H("Val", 1),
        P("Valnemnda legg fram denne innstillinga. Olav Brekke ønskjer ikkje attval."),
        P("Styret for 2024:", bold=True),
        T((("Verv", "Namn", "Val"), ("Leiar", "Siri Ramstad", "ikkje på val"), ("Nestleiar", "Knut Eidsvik", "ny, 2 år"),
           ("Kasserar", "Tove Aune", "ikkje på val"), ("Varamedlem", "Hege Lunde", "ny, 1 år"))),
    ), Expect(board=board(("Siri Ramstad", "LEDE"), ("Olav Brekke", "NEST"), ("Tove Aune", "MEDL"),
                          ("Pål Hovden", "VARA"))),
        lang="nn", formats=WORD, title="Årsmøtepapir 2023 Ramstad IL"),
    # a group photo's caption opening on the board by our name, too long a sentence for a heading:
    # the board in left-to-right order, some with a role in brackets, then a sentence on a deputy
    _p("photo-caption-fra-venstre-list", "board", (
        H("Om bedriften", 2),
        P("Bedriften har 40 plasser for varig tilrettelagt arbeid i Sauland."),
        P("Styret i Sauland Vekst AS fotografert etter strategimøtet på Rauland i august. Fra venstre: Kjetil "
          "Aune, Bodil Hovde (styreleder), Rune Strand (ansattes representant), Ellen Moen (nestleder) og Trude "
          "Vik. Varamedlem Geir Tufte måtte melde forfall til møtet. Foto: Per Lia"),
    ), Expect(board=board(("Kjetil Aune", "MEDL"), ("Bodil Hovde", "LEDE"), ("Rune Strand", "MEDL", True),
                          ("Ellen Moen", "NEST"), ("Trude Vik", "MEDL"), ("Geir Tufte", "VARA"))),
        formats=WORD, title="Årsrapport 2023 Sauland Vekst AS"),
    # a region named by its inner part: "Indre Troms", not the county
    _p("region-indre-troms", "places", (
        P("Vi vasker arbeidstøy for bedrifter i Indre Troms og har to biler i drift."),
    ), Expect(places=("Indre Troms",), absent_places=("Troms",))),
    # "deler av" a place that is also a word
    _p("part-of-an-ambiguous-place", "places", (
        P("Fibernettet dekker nå hele Lunner og deler av Gran."),
    ), Expect(places=("Lunner", "Gran"))),
    # nn: a village no register has, with its own preposition and its municipality
    _p("nn-village-with-its-own-preposition-and-municipality", "places", (
        P("Verksemda har lager i Leikanger og på Slinde i Sogndal."),
    ), Expect(places=("Leikanger", "Slinde", "Sogndal")), lang="nn", title="Årsmelding 2023"),
]
