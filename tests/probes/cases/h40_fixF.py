"""Fortieth-round cases (h40-fixF, docs/phrasings.md §133): board kinds. A note under a designer's
card ("valgt av de ansatte") is that card's person's; people thanked in prose are helpers and other
bodies' people, not the board or the daglig leder; a role in a clause about another body is that
body's. Organisations, people and figures are invented; places are real."""
from probes.spec import H, P, Expect, Html, Probe, board

BROWSER = ("browser",)
WORD = ("docx", "pdf")

_BOX = '<div style="height: 26mm; background: #d5dce2; margin-bottom: 2mm"></div>'


def _cards(cards, per_row: int = 4, align: str = "center", photo: str = _BOX) -> str:
    """A designer's board cards in a flex row, ``per_row`` to a row, each line centred: a photo's
    shaded box, the name in bold, the role, and under some a note of one line in small italics."""
    body = "".join(
        f'<div style="width: {int(160 / per_row) - 4}mm; text-align: {align}">{photo}'
        f'<div style="font-weight: bold; font-size: 9pt">{c[0]}</div><div style="font-size: 8pt">{c[1]}</div>'
        + (f'<div style="font-size: 7pt; font-style: italic; color: #556">{c[2]}</div>' if len(c) > 2 else "")
        + "</div>" for c in cards)
    return f'<div style="display: flex; flex-wrap: wrap; gap: 8mm 4mm; width: 165mm">{body}</div>'


# --- 1. a note under a card: that card's person ------------------------------------------------------
_ROUND = '<div style="height: 22mm; width: 22mm; border-radius: 50%; background: #ccd; margin: 0 auto 2mm"></div>'
_FOUR = (("Ragnvald Isaksen", "Styreleder"), ("Torill Brekkestø", "Nestleder"), ("Jostein Værnes", "Styremedlem"),
         ("Hjørdis Klungland", "Styremedlem", "valgt av de ansatte"))
BOARD1 = board(("Ragnvald Isaksen", "LEDE"), ("Torill Brekkestø", "NEST"), ("Jostein Værnes", "MEDL"),
               ("Hjørdis Klungland", "MEDL", True))
_T1 = "Årsrapport 2023 Isaksen Industrier AS"
PROBES = [
    # three a row: the noted card alone on the second row, read as a stack of its own
    Probe("h40fF-card-note-under-first-card-of-second-row", "board", (H("Styret", 2), Html(_cards(_FOUR, 3))),
          Expect(board=BOARD1, sure_board=("Hjørdis Klungland",)), formats=BROWSER, title=_T1),
    Probe("h40fF-card-note-under-round-photo-second-row", "board", (
        H("Styret", 2), Html(_cards(_FOUR[:3] + (("Hjørdis Klungland", "Styremedlem", "ansattvalgt"),
                                                 ("Lasse Aamodt", "Varamedlem")), 3, photo=_ROUND))),
          Expect(board=BOARD1 | board(("Lasse Aamodt", "VARA"))), formats=BROWSER, title=_T1),
    Probe("h40fF-card-note-under-cards-one-row", "board", (H("Styret", 2), Html(_cards(_FOUR))),
          Expect(board=BOARD1), formats=BROWSER, title=_T1),
    Probe("h40fF-nn-card-note-tilsettvald-last-card-alone", "board", (
        H("Styret", 2), Html(_cards((("Brynjulv Haugland", "Styreleiar"), ("Olav Kvamme", "Nestleiar"), ("Marit Seim", "Varamedlem"),
                                     ("Sindre Lid", "Varamedlem"), ("Gyda Refsdal", "Styremedlem", "tilsettvald")), 2))),
          Expect(board=board(("Brynjulv Haugland", "LEDE"), ("Gyda Refsdal", "MEDL", True), ("Olav Kvamme", "NEST"),
                             ("Marit Seim", "VARA"), ("Sindre Lid", "VARA"))), lang="nn", formats=BROWSER,
          title="Årsmelding 2023 Haugland Mekaniske AS"),
]

# --- 2. people thanked in prose: helpers and other bodies' people ------------------------------------
_BOARD_P = P("Styret har i 2023 bestått av styreleder Ingvild Sæterbakken, nestleder Arvid Rønneberg og "
             "styremedlemmene Kjellaug Furuseth og Petter Holmsen.")
BOARD2 = board(("Ingvild Sæterbakken", "LEDE"), ("Arvid Rønneberg", "NEST"), ("Kjellaug Furuseth", "MEDL"),
               ("Petter Holmsen", "MEDL"))
PROBES += [
    Probe("h40fF-thanks-helper-by-function", "board", (
        H("Årsberetning", 2), _BOARD_P,
        P("Klubben hadde 212 medlemmer ved utgangen av året. Styret takker baneansvarlig Gudbrand Lyngstad for "
          "mange timer på dugnad, og kioskansvarlig Siv Orrestad for god drift av kiosken.")),
          Expect(board=BOARD2, ceo=None), formats=WORD, title="Årsberetning 2023 Lyngstad Idrettslag"),
    Probe("h40fF-thanks-sponsor-daglig-leder", "ceo", (
        H("Årsberetning", 2), _BOARD_P,
        P("Styret vil takke daglig leder Hallvard Myrset i Sparebanken Indre for støtten til ungdomsarbeidet, "
          "og Bjørg Teigland i Teigland Bil for nye drakter.")),
          Expect(board=BOARD2, ceo=None), formats=WORD, title="Årsberetning 2023 Lyngstad Idrettslag"),
    Probe("h40fF-nn-thanks-leiar-of-nav", "board", (
        H("Årsmelding", 2),
        P("Styret har i 2023 vore samansett av styreleiar Ingvild Sæterbakken, nestleiar Arvid Rønneberg og "
          "styremedlemene Kjellaug Furuseth og Petter Holmsen."),
        P("Styret takkar leiar Åsmund Tveito i NAV Vestland for godt samarbeid, og rådgjevar Liv Kleppa i "
          "kommunen for god hjelp med søknadene.")),
          Expect(board=BOARD2), lang="nn", formats=WORD, title="Årsmelding 2023 Tveito Arbeidssenter AS"),
    # our own daglig leder, thanked without another body: still ours
    Probe("h40fF-thanks-own-daglig-leder-stays", "ceo", (
        H("Årsberetning", 2), _BOARD_P,
        P("Styret takker daglig leder Hallvard Myrset for god innsats, og alle ansatte for et godt år."),
        P("Styret takker også sparebanksjef Bjørg Teigland i Sparebanken Indre for støtten.")),
          Expect(board=BOARD2, ceo="Hallvard Myrset"), formats=WORD, title="Årsberetning 2023 Myrset Bygg AS"),
]

# --- 3. a role in a clause about another body: that body's ------------------------------------------
PROBES += [
    Probe("h40fF-subsidiary-chair-in-a-der-clause", "board", (
        H("Styrets beretning", 2),
        P("Styret har bestått av styreleder Eirik Flåten, nestleder Gunhild Aasheim og styremedlem "
          "Torbjørn Vassbotn."),
        P("Daglig leder Marte Sølvberg er også daglig leder i datterselskapet Flåten Eiendom AS, der "
          "Knut Rasmussen er styreleder.")),
          Expect(board=board(("Eirik Flåten", "LEDE"), ("Gunhild Aasheim", "NEST"), ("Torbjørn Vassbotn", "MEDL")),
                 ceo="Marte Sølvberg", chair="Eirik Flåten", sure_board=("Eirik Flåten",)),
          formats=WORD, title="Årsrapport 2023 Flåten Gruppen AS"),
    Probe("h40fF-other-company-chair-i-x-as", "board", (
        H("Styrets beretning", 2),
        P("Styret har bestått av styreleder Eirik Flåten, nestleder Gunhild Aasheim og styremedlem "
          "Torbjørn Vassbotn."),
        P("Selskapet eier 40 prosent av Vassbotn Kraft AS. I Vassbotn Kraft AS er Sverre Olsmo styreleder, og "
          "selskapet er representert i styret ved Gunhild Aasheim.")),
          Expect(board=board(("Eirik Flåten", "LEDE"), ("Gunhild Aasheim", "NEST"), ("Torbjørn Vassbotn", "MEDL")),
                 chair="Eirik Flåten", sure_board=("Eirik Flåten",)),
          formats=WORD, title="Årsrapport 2023 Flåten Gruppen AS"),
    Probe("h40fF-nn-subsidiary-chair-in-a-der-clause", "board", (
        H("Styret si melding", 2),
        P("Styret har vore samansett av styreleiar Eirik Flåten, nestleiar Gunhild Aasheim og styremedlem "
          "Torbjørn Vassbotn."),
        P("Dagleg leiar Marte Sølvberg er òg dagleg leiar i dotterselskapet Flåten Eigedom AS, der "
          "Knut Rasmussen er styreleiar.")),
          Expect(board=board(("Eirik Flåten", "LEDE"), ("Gunhild Aasheim", "NEST"), ("Torbjørn Vassbotn", "MEDL")),
                 ceo="Marte Sølvberg", chair="Eirik Flåten"),
          lang="nn", formats=WORD, title="Årsmelding 2023 Flåten Gruppen AS"),
]


# --- 4. a board in prose with job words before the names; an observer only in prose ----------------
PROBES += [
    Probe("h40fF-board-prose-job-words-before-names", "board", (
        H("Årsmelding", 2),
        P("Styret har bestått av sokneprest Vegard Almli som leder, rektor Inga Fosshaug og gårdbruker "
          "Oddmund Tjelta. Styret har hatt seks møter i 2023.")),
          Expect(board=board(("Vegard Almli", "LEDE"), ("Inga Fosshaug", "MEDL"), ("Oddmund Tjelta", "MEDL"))),
          formats=WORD, title="Årsmelding 2023 Stiftelsen Almli Prestegard"),
    Probe("h40fF-nn-board-prose-job-words-before-names", "board", (
        H("Årsmelding", 2),
        P("Styret har vore samansett av lærar Vegard Almli som leiar, bonde Inga Fosshaug og sjukepleiar "
          "Oddmund Tjelta. Styret har hatt seks møte i 2023.")),
          Expect(board=board(("Vegard Almli", "LEDE"), ("Inga Fosshaug", "MEDL"), ("Oddmund Tjelta", "MEDL"))),
          lang="nn", formats=WORD, title="Årsmelding 2023 Stiftinga Almli Prestegard"),
    Probe("h40fF-observer-only-in-prose", "board", (
        H("Styret", 2),
        P("Styret har bestått av styreleder Vegard Almli, nestleder Inga Fosshaug og styremedlem Oddmund Tjelta. "
          "Brita Skjelbred møter for Lindesnes kommune som observatør med tale- og forslagsrett.")),
          Expect(board=board(("Vegard Almli", "LEDE"), ("Inga Fosshaug", "NEST"), ("Oddmund Tjelta", "MEDL"),
                             ("Brita Skjelbred", "OBS"))),
          formats=WORD, title="Årsrapport 2023 Almli Arbeidssenter AS"),
]

# --- 5. deputies -----------------------------------------------------------------------------------
from probes.spec import Sign, T  # noqa: E402

PROBES += [
    Probe("h40fF-nn-deputies-for-the-shareholders-and-the-employees", "board", (
        H("Styret", 2),
        P("Styret har vore samansett av styreleiar Vegard Almli, nestleiar Inga Fosshaug og styremedlemene "
          "Oddmund Tjelta og Kristin Ravnås (valt av dei tilsette). Varamedlemer er Henning Lauvås for dei aksjonærvalde og "
          "Solfrid Bergum for dei tilsette.")),
          Expect(board=board(("Vegard Almli", "LEDE"), ("Inga Fosshaug", "NEST"), ("Oddmund Tjelta", "MEDL"),
                             ("Kristin Ravnås", "MEDL", True), ("Henning Lauvås", "VARA"), ("Solfrid Bergum", "VARA", True))),
          lang="nn", formats=WORD, title="Årsmelding 2023 Almli Trevare AS"),
    Probe("h40fF-deputies-label-cell-two-names-joined", "board", (
        H("Styret", 2),
        T((("Styreleder", "Vegard Almli"), ("Nestleder", "Inga Fosshaug"), ("Styremedlem", "Oddmund Tjelta"),
           ("Varamedlemmer", "Henning Lauvås og Solfrid Bergum")), bold_header=False),),
          Expect(board=board(("Vegard Almli", "LEDE"), ("Inga Fosshaug", "NEST"), ("Oddmund Tjelta", "MEDL"),
                             ("Henning Lauvås", "VARA"), ("Solfrid Bergum", "VARA"))),
          formats=WORD, title="Årsrapport 2023 Almli Trevare AS"),
    # "Henning Lauvås og" / "Solfrid Bergum": two names a narrow column wrapped to a row of their own
    Probe("h40fF-deputies-label-cell-two-names-wrapped-to-next-row", "board", (
        H("Styret", 2),
        T((("Styreleder", "Vegard Almli"), ("Nestleder", "Inga Fosshaug"), ("Styremedlem", "Oddmund Tjelta"),
           ("Varamedlemmer", "Henning Lauvås og"), ("", "Solfrid Bergum")), bold_header=False),),
          Expect(board=board(("Vegard Almli", "LEDE"), ("Inga Fosshaug", "NEST"), ("Oddmund Tjelta", "MEDL"),
                             ("Henning Lauvås", "VARA"), ("Solfrid Bergum", "VARA"))),
          formats=WORD, title="Årsrapport 2023 Almli Trevare AS"),
    Probe("h40fF-personal-deputy-tab-lines-under-signatures", "board", (
        H("Styrets beretning", 2), P("Driften i 2023 var god, og selskapet fikk et overskudd."),
        Sign((("Vegard Almli", "Styreleder"), ("Inga Fosshaug", "Nestleder"), ("Oddmund Tjelta", "Styremedlem"),
              ("Kristin Ravnås", "Styremedlem")), place_date="Mandal, 14. mars 2024", per_row=2),
        P("Personlige varamedlemmer:"),
        P("for Vegard Almli:\tHenning Lauvås", tabs=(200,), left_tabs=True),
        P("for Inga Fosshaug og Oddmund Tjelta:\tSolfrid Bergum", tabs=(200,), left_tabs=True),
        P("for Kristin Ravnås:\tTerje Nodeland", tabs=(200,), left_tabs=True)),
          Expect(board=board(("Vegard Almli", "LEDE"), ("Inga Fosshaug", "NEST"), ("Oddmund Tjelta", "MEDL"),
                             ("Kristin Ravnås", "MEDL"), ("Henning Lauvås", "VARA"), ("Solfrid Bergum", "VARA"),
                             ("Terje Nodeland", "VARA"))),
          formats=WORD, title="Årsrapport 2023 Almli Trevare AS"),
]

# --- 6. a narrow box of "Role | Name, address" lines that wrap; a representantskap's table ---------
def _box(rows, width_mm: int = 62) -> Html:
    """A designer's narrow box headed "Tillitsvalgte": the role in a label column, the name and the
    flat after a comma in a value column too narrow for the longer ones, which wrap."""
    body = "".join(f'<div style="color: #556">{a}</div><div>{b}</div>' for a, b in rows)
    return Html(f'<div style="width: {width_mm}mm; background: #eef2f4; padding: 3mm; font-size: 8.5pt">'
                f'<div style="font-weight: bold; font-size: 10pt; margin-bottom: 2mm">Tillitsvalgte</div>'
                f'<div style="display: grid; grid-template-columns: 22mm 1fr; gap: 1mm 2mm">{body}</div></div>')


_WRAPPED = (("Styreleder", "Torgeir Løvenskiold Bakke, Skogveien 14 B"), ("Nestleder", "Ane Sørbø, leil. 12"),
            ("Styremedlem", "Ivar Haugsvær Lie, Skogveien 18 A"), ("Styremedlem", "Mia Dahl, leil. 31"),
            ("Varamedlem", "Sigvart Brekkhus Omland, Skogveien 20 C"))
PROBES += [
    Probe("h40fF-narrow-box-role-name-address-wrapped", "board", (
        H("Styrets beretning", 2), P("Borettslaget har 84 leiligheter fordelt på seks blokker."), _box(_WRAPPED)),
          Expect(board=board(("Torgeir Løvenskiold Bakke", "LEDE"), ("Ane Sørbø", "NEST"),
                             ("Ivar Haugsvær Lie", "MEDL"), ("Mia Dahl", "MEDL"),
                             ("Sigvart Brekkhus Omland", "VARA"))),
          formats=BROWSER, title="Årsberetning 2023 Skogveien Borettslag"),
]

_WRAPPED_BOARD = board(("Torgeir Løvenskiold Bakke", "LEDE"), ("Ane Sørbø", "NEST"), ("Ivar Haugsvær Lie", "MEDL"),
                       ("Mia Dahl", "MEDL"), ("Sigvart Brekkhus Omland", "VARA"))


def _label_lines(rows, width_mm: int = 52, sep: str = ": ", bold: bool = False) -> Html:
    """The same box with each "Role: Name, address" a paragraph of its own, wrapped in the box."""
    body = "".join(f'<p style="margin: 0 0 1mm 0">{"<b>" if bold else ""}{a}{sep}{"</b>" if bold else ""}{b}</p>'
                   for a, b in rows)
    return Html(f'<div style="width: {width_mm}mm; background: #eef2f4; padding: 3mm; font-size: 8.5pt">'
                f'<div style="font-weight: bold; font-size: 10pt; margin-bottom: 2mm">Tillitsvalgte</div>{body}</div>')


_INTRO6 = (H("Styrets beretning", 2), P("Borettslaget har 84 leiligheter fordelt på seks blokker."))
PROBES += [
    Probe("h40fF-narrow-box-label-lines-surname-wrapped", "board", (*_INTRO6, _label_lines(_WRAPPED)),
          Expect(board=_WRAPPED_BOARD), formats=BROWSER, title="Årsberetning 2023 Skogveien Borettslag"),
    Probe("h40fF-narrow-box-bold-label-surname-wrapped", "board", (*_INTRO6, _label_lines(_WRAPPED, sep=" ", bold=True)),
          Expect(board=_WRAPPED_BOARD), formats=BROWSER, title="Årsberetning 2023 Skogveien Borettslag"),
    Probe("h40fF-narrow-grid-surname-wrapped-to-next-row", "board", (*_INTRO6, _box(_WRAPPED, width_mm=50)),
          Expect(board=_WRAPPED_BOARD), formats=BROWSER, title="Årsberetning 2023 Skogveien Borettslag"),
]

_BOARD6 = P("Styret har vore samansett av styreleiar Karstein Ravndal, nestleiar Turid Hebnes og styremedlem "
            "Arvid Sandanger.")
_RB = board(("Karstein Ravndal", "LEDE"), ("Turid Hebnes", "NEST"), ("Arvid Sandanger", "MEDL"))
_REPRESENTANTSKAP = T((("Kommune", "Representant (leiar)"), ("Suldal", "Aslaug Vikane (leiar)"),
                       ("Hjelmeland", "Bjørnar Tveit"), ("Sauda", "Grete Sandvik"), ("Strand", "Rolf Årdal")))
PROBES += [
    Probe("h40fF-nn-representantskap-table-is-not-the-board", "board", (
        H("Representantskapet", 2),
        P("Kvar eigarkommune har ein representant i representantskapet, som held to møte i året."),
        _REPRESENTANTSKAP,
        H("Styret", 2), _BOARD6),
          Expect(board=_RB),
          lang="nn", formats=WORD, title="Årsmelding 2023 Ryfylke Renovasjon IKS"),
    Probe("h40fF-nn-representantskap-table-alone", "board", (
        H("Selskapet", 2),
        P("Selskapet er eit interkommunalt selskap eigd av fire kommunar. Representantskapet har denne "
          "samansetjinga:"),
        _REPRESENTANTSKAP),
          Expect(board=frozenset(), low_confidence=()),
          lang="nn", formats=WORD, title="Årsmelding 2023 Ryfylke Renovasjon IKS"),
]

_REPRESENTANTSKAP_VARA = T((("Kommune", "Representant", "Vararepresentant"),
                            ("Suldal", "Aslaug Vikane (leiar)", "Ivar Lunde"), ("Hjelmeland", "Bjørnar Tveit", "Eva Moe"),
                            ("Sauda", "Grete Sandvik", "Per Rygg"), ("Strand", "Rolf Årdal", "Siv Nes")))
PROBES += [
    # no label: a column of representatives beside the municipalities they sit for is the representantskap
    Probe("h40fF-nn-representatives-table-after-the-board-sentence", "board", (
        H("Organisering", 2), _BOARD6, _REPRESENTANTSKAP), Expect(board=_RB), lang="nn", formats=WORD,
          title="Årsmelding 2023 Ryfylke Renovasjon IKS"),
    Probe("h40fF-nn-representatives-table-before-the-board-sentence", "board", (
        H("Organisering", 2), _REPRESENTANTSKAP, _BOARD6), Expect(board=_RB), lang="nn", formats=WORD,
          title="Årsmelding 2023 Ryfylke Renovasjon IKS"),
    Probe("h40fF-nn-representatives-and-deputies-table-after-the-board", "board", (
        H("Organisering", 2), _BOARD6, _REPRESENTANTSKAP_VARA), Expect(board=_RB), lang="nn", formats=WORD,
          title="Årsmelding 2023 Ryfylke Renovasjon IKS"),
]

# --- 6b. a seat-card grid whose second row repeats a seat ("Styremedlem | Styremedlem | Varamedlem") --
from probes.cases.h39_fixA import _card_grid  # noqa: E402

_SEATS = (("Styreleder", "Halvor Sæbø"), ("Nestleder", "Randi Tveito"), ("Styremedlem", "Olav Hegge"),
          ("Styremedlem", "Siri Lunde"), ("Styremedlem", "Jon Aarsæther"), ("Varamedlem", "Berit Foss"))
_SEAT_BOARD = board(("Halvor Sæbø", "LEDE"), ("Randi Tveito", "NEST"), ("Olav Hegge", "MEDL"), ("Siri Lunde", "MEDL"),
                    ("Jon Aarsæther", "MEDL"), ("Berit Foss", "VARA"))
PROBES += [
    Probe("h40fF-seat-cards-second-row-two-members-and-a-deputy", "board", (
        H("Styret", 2), Html(_card_grid(tuple((("s", r), ("b", n)) for r, n in _SEATS), per_row=3))),
          Expect(board=_SEAT_BOARD), formats=BROWSER, title="Årsrapport 2023 Sæbø Vekst AS"),
    Probe("h40fF-seat-table-members-then-a-deputy-column", "board", (
        H("Styret", 2), T((("Styremedlem", "Styremedlem", "Varamedlem"), ("Siri Lunde", "Jon Aarsæther", "Berit Foss")),
                          ruled=False)),
          Expect(board=board(("Siri Lunde", "MEDL"), ("Jon Aarsæther", "MEDL"), ("Berit Foss", "VARA"))),
          formats=WORD, title="Årsrapport 2023 Sæbø Vekst AS"),
]
