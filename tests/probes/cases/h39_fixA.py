"""Thirty-ninth-round cases (h39-fixA, docs/phrasings.md §123): board, people and organisation facts.
A card's qualifier under the name ("Valgt av de ansatte") with the role over or under the name;
owners one a line under "Eiere:" in a Writer frame or a two-column facts block; owners only in a
chart legend whose names and shares are separate frames; a board table broken by a page; a
personal deputy who met as a member after one left, in tab rows; a place of more than one word
only in a photo caption; a listed seat held until a date of the year. Organisations, people and
figures are invented; places are real."""
from probes.slides import deck, frame, shaded, title
from probes.spec import H, P, T, Box, Break, Expect, Html, Probe, board

BROWSER = ("browser",)
WORD = ("docx", "pdf")

_FACE = ('<svg viewBox="0 0 60 70" style="width: 100%; height: 24mm; display: block; background: #dde3e8">'
         '<circle cx="30" cy="28" r="14" fill="#e4c4a2"/><rect x="12" y="48" width="36" height="22" fill="#51627a"/>'
         '</svg>')


def _card_grid(cards, per_row: int = 4, width_mm: int = 150) -> str:
    """Photo cards in a CSS grid, each card's caption lines given in order: ("b", text) bold,
    ("s", text) small grey capitals, ("i", text) small italics, ("", text) plain."""
    look = {"b": "font-weight: bold; font-size: 9pt", "s": "font-size: 6.8pt; letter-spacing: .6pt; "
            "text-transform: uppercase; color: #667", "i": "font-style: italic; font-size: 7.2pt", "": ""}
    body = "".join(f'<div>{_FACE}' + "".join(f'<div style="{look[k]}">{t}</div>' for k, t in lines) + "</div>"
                   for lines in cards)
    return (f'<div style="display: grid; grid-template-columns: repeat({per_row}, 1fr); gap: 12pt 8pt; '
            f'width: {width_mm}mm; font-size: 8pt; line-height: 1.35; align-items: start">{body}</div>')


# --- 1. a card's qualifier under the name, the role over it ----------------------------------------
_ROLE_OVER = _card_grid(((("s", "Styreleder"), ("b", "Halvdan Skjervold")),
                         (("s", "Nestleder"), ("b", "Oddny Flatebø")),
                         (("s", "Styremedlem"), ("b", "Trygve Mølster")),
                         (("s", "Styremedlem"), ("b", "Gunvor Liabø"), ("i", "Valgt av de ansatte")),
                         (("s", "Varamedlem"), ("b", "Einar Straumsnes"))))
_ROLE_OVER_TWO = _card_grid(((("s", "Styreleder"), ("b", "Halvdan Skjervold")),
                             (("s", "Nestleder"), ("b", "Oddny Flatebø")),
                             (("s", "Styremedlem"), ("b", "Trygve Mølster")),
                             (("s", "Styremedlem"), ("b", "Gunvor Liabø"), ("i", "Valgt av de ansatte")),
                             (("s", "Varamedlem"), ("b", "Einar Straumsnes"))), per_row=2, width_mm=90)
_ROLE_OVER_NN = _card_grid(((("s", "Styreleiar"), ("b", "Sigrunn Hovland")),
                            (("s", "Nestleiar"), ("b", "Audun Bjørkedal")),
                            (("s", "Styremedlem"), ("b", "Jorunn Tveitane"), ("i", "Valt av dei tilsette")),
                            (("s", "Styremedlem"), ("b", "Magne Fjellheim"))), per_row=4)
_ROLE_UNDER = _card_grid(((("b", "Halvdan Skjervold"), ("", "Styreleder")),
                          (("b", "Oddny Flatebø"), ("", "Nestleder")),
                          (("b", "Gunvor Liabø"), ("", "Styremedlem"), ("i", "Ansattvalgt")),
                          (("b", "Trygve Mølster"), ("", "Styremedlem")),
                          (("b", "Einar Straumsnes"), ("", "Varamedlem"))))
BOARD1 = board(("Halvdan Skjervold", "LEDE"), ("Oddny Flatebø", "NEST"), ("Trygve Mølster", "MEDL"),
               ("Gunvor Liabø", "MEDL", True), ("Einar Straumsnes", "VARA"))


def _frame_cards(cards, x: float = 18, y: float = 40, pitch: float = 66) -> str:
    """A design tool's board slide: a photo's place, then each caption line a frame of its own."""
    out = []
    for k, lines in enumerate(cards):
        left = x + k * pitch
        out.append(shaded(left, y, 46, 50))
        top = y + 54
        for kind, text in lines:
            size = 14 if kind == "b" else 11
            out.append(frame(left, top, text, size, bold=kind == "b", color="#5a6670" if kind != "b" else ""))
            top += size * 1.3 * 0.3528
    return "".join(out)


_FRAMES = _frame_cards(((("s", "Styreleder"), ("b", "Halvdan Skjervold")), (("s", "Nestleder"), ("b", "Oddny Flatebø")),
                        (("s", "Styremedlem"), ("b", "Gunvor Liabø"), ("i", "Valgt av de ansatte")),
                        (("s", "Styremedlem"), ("b", "Trygve Mølster"))))

PROBES = [
    Probe("h39fA-card-role-over-name-employee-note-under", "board", (H("Styret", 2), Html(_ROLE_OVER)),
          Expect(board=BOARD1, sure_board=("Gunvor Liabø",)), formats=BROWSER,
          title="Årsrapport 2023 Skjervold Vekst AS"),
    Probe("h39fA-nn-card-role-over-name-employee-note-under", "board", (H("Styret", 2), Html(_ROLE_OVER_NN)),
          Expect(board=board(("Sigrunn Hovland", "LEDE"), ("Audun Bjørkedal", "NEST"),
                             ("Jorunn Tveitane", "MEDL", True), ("Magne Fjellheim", "MEDL"))),
          lang="nn", formats=BROWSER, title="Årsmelding 2023 Hovland Arbeidssenter AS"),
    # two cards a row: the note under one card's name in the same text row as its neighbour's name
    Probe("h39fA-card-role-over-name-two-a-row-note-under-one", "board", (H("Styret", 2), Html(_ROLE_OVER_TWO)),
          Expect(board=BOARD1, sure_board=("Trygve Mølster", "Gunvor Liabø")), formats=BROWSER,
          title="Årsrapport 2023 Skjervold Vekst AS"),
    Probe("h39fA-card-name-role-then-employee-note", "board", (H("Styret", 2), Html(_ROLE_UNDER)),
          Expect(board=BOARD1), formats=BROWSER, title="Årsrapport 2023 Skjervold Vekst AS"),
    Probe("h39fA-card-frames-role-over-name-employee-note", "board", (
        deck(title("Årsrapport 2023", y=60, size=40) + frame(18, 90, "Skjervold Vekst AS", 20),
             title("Styret") + _FRAMES),),
          Expect(board=board(("Halvdan Skjervold", "LEDE"), ("Oddny Flatebø", "NEST"), ("Trygve Mølster", "MEDL"),
                             ("Gunvor Liabø", "MEDL", True))), formats=BROWSER, title=None),
]

# --- 2. owners one a line under "Eiere:" in a frame or a facts block --------------------------------
OWNERS2 = frozenset({("Tokke kommune", 50.0), ("Vinje kommune", 30.0), ("Stiftelsen Heimebygd", 20.0)})
_INTRO = P("Selskapet gir tilrettelagt arbeid til personer som står utenfor arbeidslivet. Virksomheten "
           "holder til i leide lokaler, og året ga et godt resultat med stabil drift og full kapasitet i alle "
           "avdelinger. Styret takker de ansatte for innsatsen gjennom året.")
PROBES += [
    Probe("h39fA-owners-one-a-line-in-a-frame", "owners", (
        H("Om selskapet", 2),
        Box(("Fakta", "Stiftet 1992", "Org.nr. 971 234 567", "Eiere:", "Tokke kommune 50 %", "Vinje kommune 30 %",
             "Stiftelsen Heimebygd 20 %"), width=180, height=170, wrap=True),
        _INTRO, _INTRO), Expect(owners=OWNERS2), formats=WORD, title="Årsrapport 2023 Dalen Arbeidssenter AS"),
    Probe("h39fA-owners-share-first-in-a-frame", "owners", (
        H("Om selskapet", 2),
        Box(("Fakta", "Stiftet 1992", "Eiere:", "50 % Tokke kommune", "30 % Vinje kommune",
             "20 % Stiftelsen Heimebygd"), width=180, height=150, wrap=True),
        _INTRO, _INTRO), Expect(owners=OWNERS2), formats=WORD, title="Årsrapport 2023 Dalen Arbeidssenter AS"),
    Probe("h39fA-owners-shares-in-a-second-column-of-a-frame", "owners", (
        H("Om selskapet", 2),
        Box(("Fakta", "Stiftet\t1992", "Eiere:", "Tokke kommune\t50 %", "Vinje kommune\t30 %",
             "Stiftelsen Heimebygd\t20 %"), width=170, height=130, wrap=True, tabs=(110,)),
        _INTRO, _INTRO), Expect(owners=OWNERS2), formats=WORD, title="Årsrapport 2023 Dalen Arbeidssenter AS"),
    Probe("h39fA-nn-owners-one-a-line-in-a-facts-block", "owners", (
        H("Om selskapet", 2),
        T((("Skipa", "1988"), ("Org.nr.", "982 345 678"),
           ("Eigarar:", "Seljord kommune 60 %"), ("", "Kviteseid kommune 25 %"), ("", "Nissedal kommune 15 %")),
          ruled=False, bold_header=False),
        _INTRO), Expect(owners=frozenset({("Seljord kommune", 60.0), ("Kviteseid kommune", 25.0),
                                          ("Nissedal kommune", 15.0)})),
          lang="nn", formats=WORD, title="Årsmelding 2023 Seljord Vekst AS"),
]

# --- 3. owners only in a chart legend, names and shares separate frames ------------------------------
def _legend(owners, x: float, y: float, share_under: bool = False) -> str:
    out = [frame(x, y - 12, "Eierfordeling", 16, bold=True)]
    for k, (name, share) in enumerate(owners):
        top = y + k * (14 if share_under else 9)
        out.append(shaded(x, top + 1, 4, 4, ("#2a6f97", "#61a5c2", "#a9d6e5")[k % 3]))
        out.append(frame(x + 7, top, name, 12))
        out.append(frame(x + 7, top + 5.5, share, 11) if share_under else frame(x + 75, top, share, 12))
    return "".join(out)


_PIE = ('<svg style="position: absolute; left: 20mm; top: 45mm; width: 70mm; height: 70mm" viewBox="0 0 100 100">'
        '<circle cx="50" cy="50" r="45" fill="#2a6f97"/><path d="M50 50 L50 5 A45 45 0 0 1 92.8 63.9 Z" '
        'fill="#61a5c2"/></svg>')
OWNERS3 = (("Fyresdal kommune", "45 %"), ("Nissedal kommune", "35 %"), ("Treungen Sparebankstiftelse", "20 %"))
OWNERS3_SET = frozenset({("Fyresdal kommune", 45.0), ("Nissedal kommune", 35.0), ("Treungen Sparebankstiftelse", 20.0)})


def _legend_deck(share_under: bool) -> Html:
    return deck(title("Årsrapport 2023", y=60, size=40) + frame(18, 90, "Fyresdal Næringshage AS", 20),
                title("Eierskap") + _PIE + _legend(OWNERS3, 120, 60, share_under))


PROBES += [
    Probe("h39fA-owners-legend-shares-right-of-names", "owners", (_legend_deck(False),),
          Expect(owners=OWNERS3_SET), formats=BROWSER, title=None),
    Probe("h39fA-owners-legend-shares-under-names", "owners", (_legend_deck(True),),
          Expect(owners=OWNERS3_SET), formats=BROWSER, title=None),
]

# --- 4. a board table broken by a page ------------------------------------------------------------
_FILL = tuple(P("Året har vært preget av stabil drift, god tilgang på oppdrag og et godt samarbeid med "
                "kommunene og næringslivet i regionen. Sykefraværet gikk ned, og alle avdelinger holdt budsjett.")
              for _ in range(9))
_BOARD4 = (("Verv", "Navn", "Valgt til"), ("Styreleder", "Ragnvald Tjønnås", "2025"),
           ("Nestleder", "Synnøve Klemetsrud", "2026"), ("Styremedlem", "Arnstein Hogstad", "2025"),
           ("Styremedlem", "Bergljot Nyhaug", "2024"), ("Styremedlem", "Kolbjørn Evju", "2025"),
           ("Varamedlem", "Dagny Rustad", "2024"), ("Varamedlem", "Vetle Haugom", "2024"))
BOARD4 = board(("Ragnvald Tjønnås", "LEDE"), ("Synnøve Klemetsrud", "NEST"), ("Arnstein Hogstad", "MEDL"),
               ("Bergljot Nyhaug", "MEDL"), ("Kolbjørn Evju", "MEDL"), ("Dagny Rustad", "VARA"), ("Vetle Haugom", "VARA"))
PROBES += [
    Probe("h39fA-board-table-broken-by-a-page", "board", (
        H("Om virksomheten", 2), *_FILL[:7], P("Styret"), T(_BOARD4, ruled=False), P("Styret har hatt seks møter.")),
          Expect(board=BOARD4, table_rows=(_BOARD4[1], _BOARD4[-1])), formats=WORD,
          title="Årsrapport 2023 Hogstad Reiseliv AS"),
    Probe("h39fA-board-table-broken-by-a-page-header-repeated", "board", (
        H("Om virksomheten", 2), *_FILL[:7], P("Styret"), T(_BOARD4, repeat_header=True), P("Styret har hatt seks møter.")),
          Expect(board=BOARD4, table_rows=(_BOARD4[1], _BOARD4[-1])), formats=WORD,
          title="Årsrapport 2023 Hogstad Reiseliv AS"),
    # header and two rows at the foot of a page, their terms flush right in a wide last column and
    # following on (2025, 2026): no margin numbering
    Probe("h39fA-board-table-broken-by-a-page-terms-flush-right", "board", (
        H("Om virksomheten", 2), *_FILL[:7], *(P("Kort linje.") for _ in range(8)), P("Styret"),
        T(_BOARD4, ruled=False, last_right=True), P("Styret har hatt seks møter.")),
          Expect(board=BOARD4, table_rows=_BOARD4), formats=("pdf",), title="Årsrapport 2023 Hogstad Reiseliv AS"),
    Probe("h39fA-board-table-header-alone-before-a-page", "board", (
        H("Om virksomheten", 2), *_FILL[:8], P("Styret"), T((_BOARD4[0],), ruled=False), Break(),
        T(_BOARD4[1:], ruled=False), P("Styret har hatt seks møter.")),
          Expect(board=BOARD4), formats=WORD, title="Årsrapport 2023 Hogstad Reiseliv AS"),
]

# --- 5. a personal deputy who met as a member after one left, in tab rows ---------------------------
_TAB_BOARD = (P("Styret valgt av representantskapet for perioden 2022–2024:"),
              P("STYRELEDER\tSolfrid Amundrød", tabs=(160,), left_tabs=True),
              P("NESTLEDER\tHåkon Vestre", tabs=(160,), left_tabs=True),
              P("STYREMEDLEM\tTora Kvernmo", tabs=(160,), left_tabs=True),
              P("STYREMEDLEM\tLeiv Arnt Sæther", tabs=(160,), left_tabs=True),
              P("Personlige varamedlemmer:"),
              P("for Solfrid Amundrød\tJostein Brattli", tabs=(160,), left_tabs=True),
              P("for Håkon Vestre\tIngjerd Lyngstad", tabs=(160,), left_tabs=True),
              P("for Tora Kvernmo\tAsbjørn Heggset", tabs=(160,), left_tabs=True),
              P("for Leiv Arnt Sæther\tRandi Vassli", tabs=(160,), left_tabs=True))
BOARD5 = board(("Solfrid Amundrød", "LEDE"), ("Håkon Vestre", "NEST"), ("Tora Kvernmo", "MEDL"),
               ("Randi Vassli", "MEDL"), ("Jostein Brattli", "VARA"), ("Ingjerd Lyngstad", "VARA"),
               ("Asbjørn Heggset", "VARA"))
PROBES += [
    Probe("h39fA-personal-deputy-met-as-member-tab-rows", "board", (
        H("Styret", 2), *_TAB_BOARD, H("Styrets arbeid", 3),
        P("Styret har hatt sju møter. Leiv Arnt Sæther gikk ut av styret 1. mars da han flyttet fra regionen. "
          "Hans personlige varamedlem, Randi Vassli, har etter dette møtt som fast medlem av styret.")),
          Expect(board=BOARD5), formats=WORD, title="Årsrapport 2023 Vassli Renovasjon IKS"),
    Probe("h39fA-personal-deputy-moved-up-tab-rows", "board", (
        H("Styret", 2), *_TAB_BOARD, H("Styrets arbeid", 3),
        P("Styret har hatt sju møter. Leiv Arnt Sæther fratrådte i mars. Randi Vassli rykket opp og har møtt "
          "som styremedlem resten av året.")),
          Expect(board=BOARD5), formats=WORD, title="Årsrapport 2023 Vassli Renovasjon IKS"),
]

# --- 6. a place of more than one word only in a photo caption ----------------------------------------
_BODY6 = P("Vi har hatt god aktivitet i alle avdelinger, og oppdragsmengden økte gjennom hele året.")
PROBES += [
    Probe("h39fA-caption-place-two-words", "places", (
        H("Året som gikk", 2), _BODY6, P("Fra sommerens arbeidsdugnad i Øvre Eiker.", italic=True, size=8)),
          Expect(places=("Øvre Eiker",), absent_places=("Eiker",)), formats=WORD, title="Årsrapport 2023 Hokksund Vekst AS"),
    Probe("h39fA-caption-place-hyphenated", "places", (
        H("Året som gikk", 2), _BODY6, P("Deltakerne på tur til Nord-Aurdal i september.", italic=True, size=8)),
          Expect(places=("Nord-Aurdal",), absent_places=("Aurdal",)), formats=WORD, title="Årsrapport 2023 Fagernes Vekst AS"),
    Probe("h39fA-caption-village-two-words", "places", (
        H("Året som gikk", 2), _BODY6, P("Sommeravslutning på stranda ved Ytre Enebakk.", italic=True, size=8)),
          Expect(places=("Ytre Enebakk",), absent_places=("Enebakk",)), formats=WORD, title="Årsrapport 2023 Kirkebygda Vekst AS"),
    Probe("h39fA-caption-village-two-words-browser", "places", (
        H("Året som gikk", 2), _BODY6,
        Html(f'<figure style="width: 60mm; margin: 0">{_FACE}<figcaption style="font-size: 7pt">'
             'Ny butikk i Indre Arna åpnet i mai.</figcaption></figure>')),
          Expect(places=("Indre Arna",)), formats=BROWSER, title="Årsrapport 2023 Arna Arbeidssenter AS"),
    Probe("h39fA-caption-place-two-words-browser", "places", (
        H("Året som gikk", 2), _BODY6,
        Html(f'<figure style="width: 70mm; margin: 0">{_FACE}<figcaption style="font-style: italic; font-size: 7.5pt">'
             'Verkstedet i Indre Østfold tok imot nye deltakere.</figcaption></figure>')),
          Expect(places=("Indre Østfold",)), formats=BROWSER, title="Årsrapport 2023 Mysen Arbeidssenter AS"),
]

# --- a listed seat held until a day or month of the year (not on the board at its end) -------------
_UNTIL_ROWS = (("Verv", "Navn"), ("Leder", "Gudrun Tveiten"), ("Nestleder", "Olaug Rismyhr"),
               ("Kasserer", "Signe Bratvold (til 1. oktober)"), ("Styremedlem", "Halldis Vreim"),
               ("Varamedlem", "Brit Aaslid"))
BOARD_UNTIL = board(("Gudrun Tveiten", "LEDE"), ("Olaug Rismyhr", "NEST"), ("Halldis Vreim", "MEDL"),
                    ("Brit Aaslid", "VARA"))
PROBES += [
    Probe("h39fA-listed-seat-held-until-a-date", "board", (
        H("Styret", 2), T(_UNTIL_ROWS, ruled=False), P("Styret har hatt åtte møter.")),
          Expect(board=BOARD_UNTIL), formats=WORD, title="Årsberetning 2023 Rismyhr Husflidslag"),
    Probe("h39fA-nn-listed-seat-held-until-a-month", "board", (
        H("Styret", 2), T((("Verv", "Namn"), ("Leiar", "Gudrun Tveiten"), ("Nestleiar", "Olaug Rismyhr"),
                           ("Kasserar", "Signe Bratvold (fram til juni)"), ("Styremedlem", "Halldis Vreim")),
                          ruled=False), P("Styret har hatt åtte møte.")),
          Expect(board=board(("Gudrun Tveiten", "LEDE"), ("Olaug Rismyhr", "NEST"), ("Halldis Vreim", "MEDL"))),
          lang="nn", formats=WORD, title="Årsmelding 2023 Rismyhr Husflidslag"),
    # a term's end ("til årsmøtet 2025") says how long the seat runs: still on the board
    Probe("h39fA-listed-seat-term-runs-to-the-meeting", "board", (
        H("Styret", 2), T((("Verv", "Navn"), ("Leder", "Gudrun Tveiten (til årsmøtet 2025)"),
                           ("Nestleder", "Olaug Rismyhr (til 2024)"), ("Styremedlem", "Halldis Vreim")), ruled=False)),
          Expect(board=board(("Gudrun Tveiten", "LEDE"), ("Olaug Rismyhr", "NEST"), ("Halldis Vreim", "MEDL"))),
          formats=WORD, title="Årsberetning 2023 Rismyhr Husflidslag"),
]
