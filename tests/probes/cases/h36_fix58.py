"""Kinds the fifty-eighth blind held-out set found in reports laid out with Word's own features,
written here with other names and words (h36-fix58; docs/phrasings.md §105): the board listed only
in the page footer ("Styret: A (styreleder), B, C (ansattes representant). Varamedlem: D"); two
columns of bullet lists side by side (a two-column section: the board beside the administration),
which a PDF reading took for a table of two columns (the bold labels lost, a wrapped bullet's end
cut off); a paragraph's wrapped last line above a two-column section; two programs counted in one
sentence, the second's count after "og" ("20 plasser i AFT og 12 plasser for VTA"); a fax number in
a facts box under the phone; an observer's role naming the body that sent the observer
("Observatør fra NAV"); the owner as a relative clause's antecedent ("i X kommune, som eig 100 % av
aksjane"); bold labels over tables nested in a borderless layout table's cells. Names and figures
are invented."""
from probes.spec import P, T, Box, Columns, Expect, Header, Li, Probe, Side, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h36f58-{case_id}", family, tuple(items), expect, **kw)


_FOOTER_BOARD = ("Styret: Randi Løvstad Berge (styreleder), Eirik Torsvik (nestleder), Marte Skogli, "
                 "Henning Ulvestad (ansattes representant). Varamedlem: Solveig Aarnes")

PROBES = [
    # the board printed only in the page footer; the body points to it
    _p("board-only-in-page-footer", "board", (
        Header("Granlia Vekst AS · Årsrapport 2021", footer=False),
        Header(_FOOTER_BOARD, footer=True),
        P("Granlia Vekst AS er en arbeids- og inkluderingsbedrift. Styret har hatt sju møter i 2021. "
          "Styrets sammensetning står nederst på hver side."),
        P("Valgkomiteen har bestått av Gunnar Helle og Tove Rindal."),
    ), Expect(board=board(("Randi Løvstad Berge", "LEDE"), ("Eirik Torsvik", "NEST"), ("Marte Skogli", "MEDL"),
                          ("Henning Ulvestad", "MEDL", True), ("Solveig Aarnes", "VARA"))),
        formats=WORD, title="Årsrapport 2021"),
    # two columns of bullet lists side by side: the board (a bullet wraps in the narrow column) and the staff
    _p("board-bullets-beside-staff-bullets-in-two-columns", "board", (
        P("Stiftelsen gir arbeidstrening og tilrettelagt arbeid til innbyggere i kommunene rundt, og har "
          "verksted, vaskeri og gjenbruksbutikk i sentrum."),
        Columns((P("Styret", bold=True),
                 Li("Vigdis Hammerstad, styreleder"), Li("Trond Olav Bekkevold, nestleder"),
                 Li("Sunniva Rørvik, styremedlem"), Li("Abdirahman Nuur Hassan, styremedlem valgt av de ansatte"),
                 Li("Ingrid Solum, varamedlem"),
                 P("Administrasjon", bold=True),
                 Li("Kjetil Brenden, daglig leder"), Li("Lise Marie Onstad, verksmester"),
                 Li("Reidun Kalstad, jobbspesialist"))),
        P("Styret har hatt fem møter i 2023 og behandlet 38 saker, blant dem budsjett, strategi og "
          "avtalen med NAV om plassene."),
    ), Expect(board=board(("Vigdis Hammerstad", "LEDE"), ("Trond Olav Bekkevold", "NEST"), ("Sunniva Rørvik", "MEDL"),
                          ("Abdirahman Nuur Hassan", "MEDL", True), ("Ingrid Solum", "VARA")),
              headings=("Styret", "Administrasjon")),
        formats=("pdf",)),
    # two programs counted in one sentence: the second count's program follows it, the first's is before it
    _p("programs-second-count-after-og", "programs", (
        P("Stiftelsen hadde 18 plasser i arbeidsforberedende trening (AFT) og 27 plasser for varig "
          "tilrettelagt arbeid (VTA), etter avtale med NAV."),
    ), Expect(programs={"AFT": 18, "VTA": 27})),
    _p("programs-second-count-after-og-nn", "programs", (
        P("Bedrifta hadde 14 plassar i AFT og 31 plassar for varig tilrettelagt arbeid (VTA) i 2023."),
    ), Expect(programs={"AFT": 14, "VTA": 31}), lang="nn", title="Årsmelding 2023"),
    # a full-width paragraph whose last line wraps, right above a two-column section
    _p("programs-paragraph-wrapping-above-two-columns", "programs", (
        P("I 2023 hadde bedriften 35 plasser for varig tilrettelagt arbeid (VTA) og 22 plasser i "
          "arbeidsforberedende trening (AFT)."),
        Columns((P("Daglig leders kommentar", bold=True),
                 P("Året ga flere oppdrag fra næringslivet i regionen, og flere deltakere gikk over i arbeid. "
                   "Vi takker alle ansatte og deltakere for innsatsen. " * 2),
                 P("Viktige hendelser", bold=True),
                 Li("Ny monteringshall tatt i bruk"), Li("Kafeen utvidet åpningstiden"))),
    ), Expect(programs={"AFT": 22, "VTA": 35}), formats=("pdf",)),
    # a fax number in a facts box, on its own line under the phone, beside the e-mail
    _p("fax-under-phone-in-facts-box", "organisation", (
        Box(("Tveitane Industri AS", "Smievegen 8, 3840 Seljord", "Telefon 35 05 61 40",
             "Telefaks 35 05 61 49", "E-post: post@tveitane.no", "Org.nr. 971 234 567")),
        P("Tveitane Industri AS er en attføringsbedrift i Seljord. Styret legger fram årsberetningen for 2003."),
    ), Expect(phone="35056140"), formats=WORD, title="Årsberetning 2003"),
    # an observer's role names the body that sent the observer, in a dotted-leader list
    _p("observer-from-body-in-leader-list", "board", (
        P("Styret", bold=True),
        P("Etter generalforsamlingen har styret vært sammensatt slik:"),
        P("Styreleder\tAstrid Hovde", tabs=(360,), dot_leader=True),
        P("Nestleder\tKnut Fjellheim", tabs=(360,), dot_leader=True),
        P("Styremedlem\tBodil Strand", tabs=(360,), dot_leader=True),
        P("Varamedlem\tLeif Rosseland", tabs=(360,), dot_leader=True),
        P("Observatør fra NAV\tHege Myrland", tabs=(360,), dot_leader=True),
    ), Expect(board=board(("Astrid Hovde", "LEDE"), ("Knut Fjellheim", "NEST"), ("Bodil Strand", "MEDL"),
                          ("Leif Rosseland", "VARA"), ("Hege Myrland", "OBS"))),
        formats=WORD),
    # the owner as the antecedent of a relative clause
    _p("owner-antecedent-of-relative-clause-nn", "organisation", (
        P("Sogndal Arbeidslag AS er ei vekstbedrift i Luster kommune, som eig 100 % av aksjane. Bedrifta har "
          "lokale i Gaupne."),
    ), Expect(owners={("Luster kommune", 100.0)}), lang="nn", title="Årsmelding 2023"),
    # bold labels over tables nested in a borderless layout table's two cells
    _p("labels-over-nested-tables-in-layout-cells", "headings", (
        Side(left=(P("Om selskapet", bold=True), P("Fabrikkgata 2, 2670 Otta"), P("Stiftet 1989"),
                   T((("Eier", "Andel"), ("Sel kommune", "70 %"), ("Vågå kommune", "30 %")))),
             right=(P("Styret", bold=True),
                    T((("Verv", "Navn"), ("Styreleder", "Tordis Kleiven"), ("Styremedlem", "Arne Bakken"),
                       ("Varamedlem", "Ola Rusten"))))),
        P("Selskapet driver arbeidstrening og varig tilrettelagt arbeid."),
    ), Expect(headings=("Om selskapet", "Styret")), formats=("docx",)),
]
