"""Kinds from the fifty-sixth and fifty-ninth blind held-out sets' errors (designer-made reports,
boards read from signature grids), written here with other names, places and figures (h36-fix56;
docs/phrasings.md §106): a signature grid two to a row, titles over names a signing space apart
and each name a short line over the next title; a grid three to a row, names over titles, set under
three-column prose so that the columns' gutters run on through it; a grid that starts and ends on
titles, which does not tell which title is whose; a sidebar of keys over names whose deputies'
list goes on with the daglig leder's and the auditor's keys; an unruled owners' table of two
columns, "Andel" flush left over shares flush right at the margin; a count of places in one
program, then other programs the place offers "i tillegg"; a facts sidebar of keys each over its
value. Names are invented; the places are real."""
from probes.spec import Box, H, P, T, Expect, Probe, board

PDF = ("docx", "pdf")

_BLANK = ("", "")


def _titles_over_names(*people: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """Rows of a borderless table: two titles, a signing space, the two names under them; the next
    titles one blank row under the names, nearer to them than to their own names below."""
    rows: list[tuple[str, str]] = []
    for k in range(0, len(people), 2):
        pair = people[k:k + 2]
        rows += [tuple(t for _, t in pair), _BLANK, _BLANK, tuple(n for n, _ in pair), _BLANK]
    return tuple(rows[:-1])


_PROSE = (("VERKSEMDA\nVi er ei AS som gir folk ei ny sjanse i arbeid. Vi har ein stor butikk og ei lita "
           "kafé i byen, og vi tek imot folk frå alle dei fire kommunane rundt oss.\n\nÅlesund, 8. mars 2024",
           "ARBEIDSMILJØ\nDet var lite fråvær i år, og vi har ikkje hatt skadar. Alle har fått ny opplæring i "
           "bruk av truck og i brannvern, og det gjekk fint.",
           "STYREARBEIDET\nStyret har hatt sju møte i år og har sett på mål, plan og pengar. Vi har òg fått ny "
           "avtale med NAV om tiltak til neste år."),)

_GRID = (("Brita Lunde Vatne", "Halvard Myklebust", "Torunn Eide"),
         ("styreleiar", "nestleiar", "styremedlem"),
         ("", "", ""),
         ("Sverre Hatlebakk", "Oddny Rørvik", "Jostein Heggland"),
         ("styremedlem", "styremedlem, tilsettrepresentant", "dagleg leiar"))


PROBES = [
    # titles over names two to a row, a signing space over each name and one blank line under it:
    # each name is nearer to the next title than to its own, and only the whole grid (titles first,
    # names last) tells which way round it goes
    Probe("h36f56-signature-grid-titles-over-names-signing-space", "board", (
        H("Årsmelding 2023", 2),
        P("Føresetnaden om vidare drift er til stades."),
        P("Odda, 14. mars 2024"),
        T(_titles_over_names(("Ragnhild Tveit Lio", "Styreleiar"), ("Einar Aga", "Nestleiar"),
                             ("Solveig Bleie", "Styremedlem"), ("Nils Opedal", "Styremedlem"),
                             ("Marta Hovland", "Tilsettrepresentant"), ("Arne Ullensvang", "Dagleg leiar")),
          ruled=False, bold_header=False),
    ), Expect(board=board(("Ragnhild Tveit Lio", "LEDE"), ("Einar Aga", "NEST"), ("Solveig Bleie", "MEDL"),
                          ("Nils Opedal", "MEDL"), ("Marta Hovland", "MEDL", True)),
              ceo="Arne Ullensvang"),
        lang="nn", formats=PDF, title="Årsmelding 2023 Hardanger Arbeid AS"),
    # names over titles three to a row under three-column prose: the columns' gutters run on through
    # the grid, whose first column is the first text column's last lines
    Probe("h36f56-signature-grid-under-three-columns", "board", (
        H("Styret si årsmelding", 2),
        T(_PROSE, ruled=False, bold_header=False),
        T(_GRID, ruled=False, bold_header=False),
    ), Expect(board=board(("Brita Lunde Vatne", "LEDE"), ("Halvard Myklebust", "NEST"), ("Torunn Eide", "MEDL"),
                          ("Sverre Hatlebakk", "MEDL"), ("Oddny Rørvik", "MEDL", True)),
              ceo="Jostein Heggland"),
        lang="nn", formats=PDF, title="Årsmelding 2023 Sunnmøre Ressurs AS"),
    # a grid that starts and ends on titles: the names between may be under their titles or over
    # them, which the grid does not tell; whoever it pairs is a doubt
    Probe("h36f56-signature-grid-titles-both-ends-doubtful", "board", (
        H("Styrets beretning", 2),
        P("Årsregnskapet er satt opp under forutsetning om fortsatt drift."),
        P("Levanger, 3. mars 2024"),
        T((("Styreleder", "Nestleder"), _BLANK, _BLANK, ("Gunvor Skjærvold", "Petter Hegstad"), _BLANK,
           ("Styremedlem", "Styremedlem")), ruled=False, bold_header=False),
    ), Expect(doubtful_board=("Gunvor Skjærvold", "Petter Hegstad")),
        formats=PDF, title="Årsberetning 2023 Innherred Vekst AS"),
    # a sidebar of keys over names: the deputies' key, then the daglig leder's and the auditor's keys
    # under it, each over its own name, end the deputies' list (LibreOffice's PDF of the text box sets
    # its lines evenly apart: read one by one since §113's usual line gap)
    Probe("h36f56-sidebar-deputies-then-other-keys", "board", (
        H("Om bedriften", 2),
        P("Bedriften gir arbeid og opplæring til folk i hele kommunen, og har verksted og butikk i sentrum."),
        Box(("STYRET", "STYRELEDER", "Kjellaug Rønning", "STYREMEDLEMMER", "Paul Ottesen", "Ruth Sandvær",
             "VARAMEDLEMMER", "Birger Hovde", "Mona Tjeldnes", "DAGLIG LEDER", "Eldar Skarstein", "REVISOR",
             "Lofoten Revisjon AS v/ Hallvard Strøm"), height=330),
    ), Expect(board=board(("Kjellaug Rønning", "LEDE"), ("Paul Ottesen", "MEDL"), ("Ruth Sandvær", "MEDL"),
                          ("Birger Hovde", "VARA"), ("Mona Tjeldnes", "VARA")), ceo="Eldar Skarstein"),
        formats=("docx", "pdf"), title="Årsrapport 2023 Vesterålen Vekst AS"),
    # an unruled "Aksjonær | Andel" table as wide as the page: the header flush left, the shares
    # flush right at the margin, a page's width apart
    Probe("h36f56-owners-table-share-header-far-from-its-shares", "organisation", (
        H("Styrets årsberetning 2023", 2),
        P("Selskapet har sine lokaler i Vinstra. Selskapet eies av tre kommuner:"),
        T((("Aksjonær", "Andel"), ("Nord-Fron kommune", "61 %"), ("Sel kommune", "27 %"), ("Dovre kommune", "12 %")),
          ruled=False, bold_header=False, figures_right=True),
        P("Styret har hatt sju møter og behandlet 40 saker."),
    ), Expect(owners=frozenset({("Nord-Fron kommune", 61.0), ("Sel kommune", 27.0), ("Dovre kommune", 12.0)})),
        formats=PDF, title="Årsrapport 2023 Gudbrandsdal Produkt AS"),
    # a count in one program, then the programs offered besides it in the same sentence
    Probe("h36f56-count-then-programs-offered-besides", "programs", (
        H("Om bedriften", 2),
        P("Bedriften er en vekstbedrift for Nord-Gudbrandsdal med lokaler på Otta. Bedriften har 29 plasser i "
          "varig tilrettelagt arbeid (VTA), og i tillegg arbeidsforberedende trening (AFT) og oppfølging for NAV."),
    ), Expect(programs={"VTA": 29}), title="Årsrapport 2023 Otta Vekst AS"),
    # a facts sidebar of keys each over its value on a line of its own
    Probe("h36f56-facts-sidebar-keys-over-values", "organisation", (
        H("Dette er oss", 2),
        P("Bedriften gir arbeid og opplæring til folk i hele regionen, og har verksted og butikk i sentrum."),
        Box(("FAKTA", "STIFTET", "1992", "ADRESSE", "Fjellvegen 3, 5700 Voss", "TELEFON", "55 20 31 40"), height=300),
    ), Expect(founded_year=1992, phone="55203140"), formats=("docx", "pdf"), title="Årsrapport 2023 Vossevangen Arbeid AS"),
    # names over titles, the last row's titles words the tool does not know as roles ("eldste",
    # "pastor"): the grid still tells its way round by its first row, no doubt (a guard of the rule above)
    Probe("h36f56-signature-grid-last-titles-unknown-stays-sure", "board", (
        H("Årsmelding 2023", 2),
        P("Eldsterådet har hatt ti møter i året."),
        P("Molde, 2. februar 2024"),
        T((("Eirik Hustad", "Randi Bjørnerem", "Tore Malmedal"), ("leder av eldsterådet", "nestleder", "sekretær"),
           ("Gunn Aasen", "Oddvar Lyngstad", "Sindre Holm"), ("eldste", "eldste", "pastor")),
          ruled=False, bold_header=False),
    ), Expect(sure_board=("Eirik Hustad", "Randi Bjørnerem")), formats=PDF, title="Årsmelding 2023 Molde Frimenighet"),
    # names over titles under signature rules, the last row's members signing without a title: the
    # grid ends on names as it starts, and that is no doubt (a guard of the rule above)
    Probe("h36f56-signature-grid-untitled-members-last-stays-sure", "board", (
        H("Årsmelding 2023", 2),
        P("Styret har hatt sju møte i året."),
        P("Florø, 6. mars 2024"),
        T((("____________________",) * 3, ("Leiv Brekke", "Astrid Helle", "Jon Svardal"),
           ("styreleiar", "nestleiar", ""), ("____________________",) * 3, ("Guri Tefre", "Olav Botn", "")),
          ruled=False, bold_header=False),
    ), Expect(sure_board=("Leiv Brekke", "Astrid Helle")), formats=PDF, title="Årsmelding 2023 Flora Arbeid AS"),
]
