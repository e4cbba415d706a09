"""Kinds from the sixty-sixth blind held-out set's errors (designer-made PDF reports), written here
with other names, places and figures (h37-fix66; docs/phrasings.md §114): an anaphor after a board
listed in prose ("den sistnevnte", "de to sistnevnte", "førstnevnte", "Sistnevnte er ...") pointing
at the names it says, not at the last name a role was paired with; two hairline tables of one width
one above the other (each cell's own bottom border, a heading and a paragraph between them), the
board's a "Verv | Navn | Personlig varamedlem" table. Names are invented; the places are real."""
from probes.spec import H, P, T, Expect, Probe, board

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
          ruled=False, bold_header=False, hairline=True),
        H("Styret", 3),
        P("Styret velges av representantskapet for to år, unntatt de ansattes representant. Det var sju styremøter i året."),
        T((("Verv", "Navn", "Personlig varamedlem"), ("Styreleder", "Ingvild Hvattum", "Arne Brenden"),
           ("Nestleder", "Trond Olimb", "Mette Klæstad"), ("Styremedlem", "Hilde Rognstad", "Jo Åsvestad"),
           ("Styremedlem, ansattes representant", "Kåre Velo", "Synnøve Hval")),
          ruled=False, bold_header=False, hairline=True),
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
]
