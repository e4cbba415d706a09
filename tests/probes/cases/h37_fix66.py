"""Kinds from the sixty-sixth blind held-out set's errors (designer-made PDF reports), written here
with other names, places and figures (h37-fix66; docs/phrasings.md §114): an anaphor after a board
listed in prose ("den sistnevnte", "de to sistnevnte", "førstnevnte", "Sistnevnte er ...") pointing
at the names it says, not at the last name a role was paired with; two hairline tables of one width
one above the other (each cell's own bottom border, a heading and a paragraph between them), the
board's a "Verv | Navn | Personlig varamedlem" table. Names are invented; the places are real."""
from probes.spec import H, P, T, Columns, Expect, Probe, Side, board

PDF = ("docx", "pdf")
LAYOUT = ("docx", "pdf", "browser")

PROBES = [
    # a chair and a deputy chair with their roles in brackets, then bare names, the last one marked
    # by "den sistnevnte": the employees' member is the last name, not the deputy chair
    Probe("h37f66-prose-board-den-sistnevnte-after-bare-names", "board", (
        H("Årsberetning", 2),
        P("Bedriften gir arbeid og opplæring til folk fra hele Midt-Telemark."),
        H("Styret", 3),
        P("Gjennom 2023 har styret bestått av Torunn Vassbotn (styreleder), Eilif Grønnerud (nestleder), "
          "Marit Solbakken, Asbjørn Holte og Signe Lyngstad, den sistnevnte valgt av og blant de ansatte. "
          "Styret har hatt åtte møter."),
    ), Expect(board=board(("Torunn Vassbotn", "LEDE"), ("Eilif Grønnerud", "NEST"), ("Marit Solbakken", "MEDL"),
                          ("Asbjørn Holte", "MEDL"), ("Signe Lyngstad", "MEDL", True))),
        formats=PDF, title="Årsrapport 2023 Bø Arbeidssenter AS"),
    # nynorsk, a count: "dei to sistnemnde" marks the last two names
    Probe("h37f66-prose-board-dei-to-sistnemnde-nn", "board", (
        H("Styret", 2),
        P("Styret har i 2023 vore samansett av Olav Kvamme (styreleiar), Brit Haugland (nestleiar), Sindre Rød, "
          "Gro Tefre og Lars Nesheim, dei to sistnemnde valt av dei tilsette."),
    ), Expect(board=board(("Olav Kvamme", "LEDE"), ("Brit Haugland", "NEST"), ("Sindre Rød", "MEDL"),
                          ("Gro Tefre", "MEDL", True), ("Lars Nesheim", "MEDL", True))),
        lang="nn", title="Årsmelding 2023 Sunnfjord Ressurs AS"),
    # the anaphor opening a sentence of its own after the list
    Probe("h37f66-prose-board-sistnevnte-opens-next-sentence", "board", (
        H("Styret", 2),
        P("Styret har bestått av Aslaug Rinde (leder), Kristoffer Bjerke (nestleder), Tone Hafsaas og "
          "Mikael Ruud. Sistnevnte er valgt av de ansatte."),
    ), Expect(board=board(("Aslaug Rinde", "LEDE"), ("Kristoffer Bjerke", "NEST"), ("Tone Hafsaas", "MEDL"),
                          ("Mikael Ruud", "MEDL", True))),
        title="Årsberetning 2023 Eiker Vekst AS"),
    # "førstnevnte": the first of the two names before it
    Probe("h37f66-prose-board-førstnevnte-first-of-two", "board", (
        H("Styret", 2),
        P("Styreleder er Hallgeir Moen og nestleder Vibeke Strand."),
        P("Øvrige styremedlemmer har vært Rolf Tangen og Ida Kleiven, førstnevnte valgt av de ansatte."),
    ), Expect(board=board(("Hallgeir Moen", "LEDE"), ("Vibeke Strand", "NEST"), ("Rolf Tangen", "MEDL", True),
                          ("Ida Kleiven", "MEDL"))),
        title="Årsberetning 2023 Hadeland Produkt AS"),
    # two hairline tables of one width, the owners' council's and the board's, a heading and a
    # paragraph between them: the board's roles stand in the first column, the members in the
    # second and their personal deputies in the third
    Probe("h37f66-board-table-role-first-beside-personal-deputies-under-council-table", "board", (
        H("Styrende organer", 2),
        P("Representantskapet består av én representant fra hver eierkommune med personlig vararepresentant."),
        T((("Eierkommune", "Representant", "Vararepresentant"), ("Lunner", "Gudrun Aasheim (leder)", "Per Ivar Roen"),
           ("Gran", "Svein Tore Lie", "Randi Bergum"), ("Jevnaker", "Marthe Kolbu", "Eivind Sørlie")),
          ruled=False, bold_header=False, hairlines="plain"),
        H("Styret", 3),
        P("Styret velges av representantskapet for to år, unntatt de ansattes representant. Det var sju styremøter i året."),
        T((("Verv", "Navn", "Personlig varamedlem"), ("Styreleder", "Ingvild Hvattum", "Arne Brenden"),
           ("Nestleder", "Trond Olimb", "Mette Klæstad"), ("Styremedlem", "Hilde Rognstad", "Jo Åsvestad"),
           ("Styremedlem, ansattes representant", "Kåre Velo", "Synnøve Hval")),
          ruled=False, bold_header=False, hairlines="plain"),
    ), Expect(board=board(("Ingvild Hvattum", "LEDE"), ("Trond Olimb", "NEST"), ("Hilde Rognstad", "MEDL"),
                          ("Kåre Velo", "MEDL", True), ("Arne Brenden", "VARA"), ("Mette Klæstad", "VARA"),
                          ("Jo Åsvestad", "VARA"), ("Synnøve Hval", "VARA", True)),
              headings=("Styret",)),
        formats=LAYOUT, title="Årsrapport 2023 Hadeland Avfall IKS"),
    # a sidebar's label over upper-case role words, each level with a "Name, oppnevnt av ..." line of
    # the main column: the label is the sidebar's title, not a column of bodies the members sit for,
    # and the appointing body after the comma is no part of the name
    Probe("h37f66-sidebar-role-words-beside-names-appointed-by", "board", (
        H("Om stiftelsen", 2),
        P("Stiftelsen driver bygdemuseet og naustet på Nes, og tar imot skoleklasser hele året."),
        T((("STIFTELSEN", "Styret"),
           ("", "Styret har fem medlemmer, fire oppnevnt av eierne og ett valgt av de ansatte."),
           ("STYRELEDER", "Aslak Brattli, oppnevnt av Hitra kommune"),
           ("NESTLEDER", "Gunnhild Sæther, oppnevnt av Trøndelag fylkeskommune"),
           ("STYREMEDLEM", "Jørgen Vingen, oppnevnt av Hitra historielag"),
           ("STYREMEDLEM", "Marte Strøm, oppnevnt av Kystlaget Fillan"),
           ("STYREMEDLEM", "Ronny Hallaren, valgt av de ansatte"),
           ("VARAMEDLEM", "Oddny Dolmen"),
           ("DAGLIG LEDER", "Bente Sandstad")),
          ruled=False, bold_header=False, sidebar=True),
    ), Expect(board=board(("Aslak Brattli", "LEDE"), ("Gunnhild Sæther", "NEST"), ("Jørgen Vingen", "MEDL"),
                          ("Marte Strøm", "MEDL"), ("Ronny Hallaren", "MEDL", True), ("Oddny Dolmen", "VARA")),
              ceo="Bente Sandstad"),
        formats=LAYOUT, title="Årsrapport 2023 Stiftelsen Hitra Bygdemuseum"),
    # nynorsk, no title over the role words: the appointing body after each name alone
    Probe("h37f66-role-column-beside-names-oppnemnd-av-nn", "board", (
        H("Styret", 2),
        T((("Styreleiar", "Ingebjørg Nesse, oppnemnd av Luster kommune"),
           ("Nestleiar", "Arnfinn Hauge, oppnemnd av Vestland fylkeskommune"),
           ("Styremedlem", "Solveig Bjørk, oppnemnd av Luster sogelag"),
           ("Styremedlem", "Kjartan Ølmheim, vald av dei tilsette")),
          ruled=False, bold_header=False),
    ), Expect(board=board(("Ingebjørg Nesse", "LEDE"), ("Arnfinn Hauge", "NEST"), ("Solveig Bjørk", "MEDL"),
                          ("Kjartan Ølmheim", "MEDL", True))),
        lang="nn", formats=LAYOUT, title="Årsmelding 2023 Luster Kystmuseum"),
    # a narrow column of comment beside a statement ruled under its rows, a heading atop each, level
    # with each other: two columns (the comment's lines too short for a text column beside running
    # text), two headings
    Probe("h37f66-headings-atop-comment-column-beside-statement", "statements", (
        H("Økonomi", 2),
        Side((H("Årets drift", 3),
              P("Inntektene ble kr 9,8 millioner, mer enn budsjettert fordi flere besøkte anlegget i sommer."),
              P("Lønnskostnadene var lavere enn ventet, da en stilling sto ledig i tre måneder."),
              P("Styret foreslår at underskuddet dekkes av disposisjonsfondet.")),
             (H("Resultatregnskap 2023", 3),
              T((("Beløp i kroner", "2023", "2022"), ("Billettinntekter", "4 210 500", "3 998 200"),
                 ("Tilskudd fra kommunen", "5 600 000", "5 400 000"), ("Sum driftsinntekter", "9 810 500", "9 398 200"),
                 ("Lønnskostnader", "6 120 400", "5 870 300"), ("Andre driftskostnader", "3 802 900", "3 310 600"),
                 ("Sum driftskostnader", "9 923 300", "9 180 900"), ("Driftsresultat", "-112 800", "217 300"),
                 ("Finansinntekter", "14 200", "9 800"), ("Årsresultat", "-98 600", "227 100")),
                ruled=False, right_aligned=True, hairlines="plain")), split=(1, 2.6)),
    ), Expect(headings=("Årets drift", "Resultatregnskap 2023")),
        formats=("browser",), title="Årsrapport 2023 Modum Idrettsanlegg KF"),
    # the mirror: the statement first, its comment in a narrow column on the right
    Probe("h37f66-headings-atop-statement-beside-comment-column", "statements", (
        H("Regnskap", 2),
        Side((H("Balanse", 3),
              T((("Beløp i kroner", "31.12.2023", "31.12.2022"), ("Maskiner og inventar", "1 204 000", "1 388 000"),
                 ("Kundefordringer", "512 300", "478 900"), ("Bankinnskudd", "2 904 700", "2 511 400"),
                 ("Sum eiendeler", "4 621 000", "4 378 300"), ("Aksjekapital", "400 000", "400 000"),
                 ("Annen egenkapital", "2 518 200", "2 306 900"), ("Sum egenkapital", "2 918 200", "2 706 900"),
                 ("Kortsiktig gjeld", "1 702 800", "1 671 400"), ("Sum egenkapital og gjeld", "4 621 000", "4 378 300")),
                ruled=False, right_aligned=True)),
             (H("Kort om balansen", 3),
              P("Eiendelene var kr 4,6 millioner ved årsskiftet, og egenkapitalen utgjør om lag to tredeler."),
              P("Bedriften har ingen langsiktig gjeld, og likviditeten er god.")), split=(2.4, 1)),
    ), Expect(headings=("Balanse", "Kort om balansen")),
        formats=("browser",), title="Årsrapport 2023 Sigdal Vekst AS"),
    # notes set in two newspaper columns, each a heading and a few lines, one of them an unruled
    # table: every note's heading stays one, the table stays in its column with its header row
    Probe("h37f66-notes-in-two-columns-with-a-note-table", "statements", (
        H("Noter", 2),
        Columns((H("Note 1 Regnskapsprinsipper", 4),
                 P("Årsregnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak."),
                 H("Note 2 Driftsinntekter", 4),
                 P("Inntektene er gebyrer fra abonnentene og tilskudd fra eierkommunene, inntektsført når tjenesten er levert."),
                 H("Note 3 Lønn", 4),
                 P("Selskapet sysselsatte 14 årsverk. Lønn til daglig leder var kr 790 000, og styret fikk kr 120 000."),
                 H("Note 4 Varige driftsmidler", 4),
                 T((("", "Bygninger", "Maskiner"), ("Bokført 1.1.", "31 240", "8 910"),
                    ("Tilgang", "620", "2 450"), ("Avskrivninger", "1 410", "1 980"), ("Bokført 31.12.", "30 450", "9 380")),
                   ruled=False, bold_header=True, right_aligned=True),
                 H("Note 5 Bankinnskudd", 4),
                 P("Bundne skattetrekksmidler utgjør 412 tusen kroner."),
                 H("Note 6 Egenkapital", 4),
                 P("Annen egenkapital er selvkostfondet for renovasjon, som ved årsskiftet var 6 104 tusen kroner."))),
    ), Expect(headings=("Note 1 Regnskapsprinsipper", "Note 2 Driftsinntekter", "Note 3 Lønn", "Note 4 Varige driftsmidler",
                        "Note 5 Bankinnskudd", "Note 6 Egenkapital"),
              table_rows=(("Bygninger", "Maskiner"), ("Tilgang", "620", "2 450"))),
        formats=("browser",), title="Årsrapport 2023 Nedre Glomma Renovasjon IKS"),
    # a sidebar page: the sidebar's small title level with the main column's heading, role words in
    # the sidebar level with the names, then the staff and the board's report under headings of the
    # main column with nothing beside them: each heading is one, the board and the staff are read
    Probe("h37f66-sidebar-page-headings-of-the-main-column", "board", (
        T((("VIRKSOMHETEN", "Styre og administrasjon"),
           ("", "Styret velges av generalforsamlingen for to år. Ett medlem velges av de ansatte."),
           ("STYRELEDER", "Tordis Kjelsberg"), ("NESTLEDER", "Halvdan Rustad"), ("STYREMEDLEM", "Inga Kolstad"),
           ("ANSATTVALGT", "Roar Brenden"), ("VARAMEDLEM", "Liv Tangen"),
           ("", "Administrasjon"),
           ("DAGLIG LEDER", "Vidar Skurdal"), ("ØKONOMISJEF", "Randi Hovland"), ("ARBEIDSLEDER", "Frode Ask"),
           ("", "Styrets beretning"),
           ("", "Bedriften gir arbeid og opplæring til personer som står utenfor arbeidslivet. Styret mener at "
                "forutsetningen om fortsatt drift er til stede.")),
          ruled=False, bold_header=False, sidebar=True, heading_rows=(0, 7, 11)),
    ), Expect(board=board(("Tordis Kjelsberg", "LEDE"), ("Halvdan Rustad", "NEST"), ("Inga Kolstad", "MEDL"),
                          ("Roar Brenden", "MEDL", True), ("Liv Tangen", "VARA")),
              ceo="Vidar Skurdal", headings=("Styre og administrasjon", "Administrasjon", "Styrets beretning")),
        formats=("browser",), title=None),
    # a village no register has, named with its municipality after "i" ("i X i Y kommune"): a place
    # the text refers to, as a doubt
    Probe("h37f66-village-i-village-i-kommune", "places", (
        H("Virksomheten", 2),
        P("Bedriften ble stiftet i 1981 og holder til i egne lokaler i Bakkestad i Stange kommune. "
          "Arbeidstakerne kommer fra Stange og Hamar."),
    ), Expect(places=("Bakkestad", "Stange", "Hamar"), doubtful_places=("Bakkestad",)),
        title="Årsrapport 2023 Stange Vekst AS"),
]
