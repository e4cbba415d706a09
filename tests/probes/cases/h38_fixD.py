"""Thirty-eighth-round cases (docs/phrasings.md §120): reports published as slides, a deck exported
to PDF (16:9 landscape pages) or pages made in an online design tool, where every line is a frame
of its own. A statement as a zebra-striped table with no rules, programme places as big numbers
over small labels, the nomination committee's proposal for next year's board on a later slide,
and a board card whose name wraps to two frames. Organisations, people, places and figures are
invented."""
from probes.slides import card_frames, deck, frame, frames, shaded, striped_frames, tile_frames, tiles, title, zebra_table
from probes.spec import Expect, Figure, Probe, board

BROWSER = ("browser",)


def p38(id_, family, slides, expect, lang="nb"):
    return Probe(f"h38fD-{id_}", family, (deck(*slides),), expect, lang=lang, formats=BROWSER, title=None)


def cover(org: str, year: int = 2023, lang: str = "nb") -> str:
    word = {"nb": "Årsrapport", "nn": "Årsmelding"}[lang]
    return title(f"{word} {year}", y=70, size=40) + frame(18, 95, org, 20)


def F(key, year, value):
    return Figure(key, year, value)


# --- 1. an income statement as a zebra-striped table with no rules -----------------------------
# 2023: 6 214 880 + 3 407 500 = 9 622 380; 6 870 245 + 212 400 + 2 146 903 = 9 229 548; 392 832; + 41 206 = 434 038
# 2022: 5 903 112 + 3 291 000 = 9 194 112; 6 512 904 + 198 650 + 2 088 517 = 8 800 071; 394 041; + 18 433 = 412 474
INCOME = (("Beløp i hele kroner", "2023", "2022"),
          ("Salgsinntekter", "6 214 880", "5 903 112"),
          ("Tilskudd fra NAV og kommunen", "3 407 500", "3 291 000"),
          ("Sum driftsinntekter", "9 622 380", "9 194 112"),
          ("Lønnskostnader", "6 870 245", "6 512 904"),
          ("Avskrivninger", "212 400", "198 650"),
          ("Andre driftskostnader", "2 146 903", "2 088 517"),
          ("Sum driftskostnader", "9 229 548", "8 800 071"),
          ("Driftsresultat", "392 832", "394 041"),
          ("Finansinntekter", "41 206", "18 433"),
          ("Årsresultat", "434 038", "412 474"))
INCOME_FIGURES = (F("driftsinntekter", 2023, 9622380), F("driftsinntekter", 2022, 9194112),
                  F("lonnskostnader", 2022, 6512904), F("driftskostnader", 2022, 8800071),
                  F("driftsresultat", 2022, 394041), F("arsresultat", 2023, 434038), F("arsresultat", 2022, 412474))
ORG1 = "Brekkestø Arbeidssenter AS"

PROBES = [
    p38("zebra-income-slide", "statements", (
        cover(ORG1),
        title("Resultatregnskap") + zebra_table(18, 40, INCOME, (120, 45, 45), bold_rows=(3, 7, 8, 10))),
        Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])),
    p38("zebra-income-slide-band", "statements", (
        cover(ORG1),
        title("Resultatregnskap") + zebra_table(18, 40, INCOME, (120, 45, 45), header_fill="#0d4a63",
                                                bold_rows=(3, 7, 8, 10))),
        Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])),
    p38("zebra-income-slide-wide", "statements", (
        cover(ORG1),
        title("Resultatregnskap") + zebra_table(18, 38, INCOME, (190, 55, 55), size=16, bold_rows=(3, 7, 8, 10))),
        Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])),
    p38("zebra-income-frames", "statements", (
        cover(ORG1),
        title("Resultatregnskap") + striped_frames(22, 40, INCOME, (250, 310), 300, size=14, pitch=12)),
        Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])),
    p38("zebra-income-frames-odd", "statements", (
        cover(ORG1),
        title("Resultatregnskap") + striped_frames(22, 40, INCOME, (250, 310), 300, size=14, pitch=12, odd=True)),
        Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])),
    p38("zebra-income-centred", "statements", (
        cover(ORG1),
        title("Resultatregnskap") + zebra_table(18, 38, INCOME, (170, 60, 60), size=16, align="center")),
        Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])),
    p38("zebra-income-centred-odd", "statements", (
        cover(ORG1),
        title("Resultatregnskap") + zebra_table(18, 38, INCOME, (170, 60, 60), size=16, align="center", odd=True)),
        Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])),
    p38("zebra-income-odd", "statements", (
        cover(ORG1),
        title("Resultatregnskap") + zebra_table(18, 38, INCOME, (170, 60, 60), size=16, odd=True)),
        Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])),
]

# --- 2. programme places as big numbers over small labels ---------------------------------------
ORG2 = "Tverrelva Vekst AS"
TILES = (("26", "plasser i varig tilrettelagt arbeid (VTA)"), ("40", "AFT-plasser"),
         ("58", "ansatte"), ("35", "år siden oppstarten"), ("87 %", "av deltakerne fullførte"),
         ("310", "kunder i regionen"))
TILES_NN = (("19", "tiltaksplassar i VTA"), ("44", "ansatte"), ("12", "plassar i arbeidsførebuande trening (AFT)"),
            ("30", "år med drift"))
TILE_FRAMES = (("26", ("plasser i varig", "tilrettelagt arbeid (VTA)")), ("40", ("AFT-plasser",)),
               ("58", ("ansatte",)), ("35", ("år siden", "oppstarten")))
PROBES += [
    p38("tiles-places", "programs", (
        cover(ORG2), title("2023 i tall") + tiles(18, 45, TILES, per_row=3, width=95)),
        Expect(programs={"VTA": 26, "AFT": 40})),
    p38("tiles-places-nn", "programs", (
        cover(ORG2, lang="nn"), title("Året i tal") + tiles(18, 50, TILES_NN, per_row=4, width=70, fill="#eef2f5")),
        Expect(programs={"VTA": 19, "AFT": 12}), lang="nn"),
    p38("tiles-places-band", "programs", (
        cover(ORG2), title("2023 i tall") + tiles(18, 50, TILES[:4], per_row=4, width=72, height=40, fill="#e3ebf0",
                                                  gap=0.6)),
        Expect(programs={"VTA": 26, "AFT": 40})),
    p38("tile-frames-places", "programs", (
        cover(ORG2), title("Nøkkeltall 2023") + tile_frames(18, 50, TILE_FRAMES)),
        Expect(programs={"VTA": 26, "AFT": 40})),
]
PROBES += [
    p38("tiles-stacked", "programs", (
        cover(ORG2),
        title("Tiltakene våre") + frames(18, 45, ("Vi tilbyr arbeidsforberedende trening", "og varig tilrettelagt arbeid i",
                                                  "egne lokaler og ute i bedrifter."), 16)
        + tiles(235, 38, (("26", "VTA-plasser"), ("40", "plasser i AFT"), ("58", "ansatte")), per_row=1, width=80,
                height=36)),
        Expect(programs={"VTA": 26, "AFT": 40})),
    # figures over labels that count no places: years, staff, customers; the places stand in a sentence
    p38("tiles-not-places", "programs", (
        cover(ORG2),
        title("Året som gikk") + frames(18, 45, ("Tverrelva Vekst har avtale med NAV om 30 VTA-plasser.",), 16)
        + tiles(18, 80, (("12", "år med VTA i Tverrelva"), ("9", "ansatte i AFT-avdelingen"), ("140", "kunder"),
                         ("4", "avdelinger")), per_row=4, width=70)),
        Expect(programs={"VTA": 30})),
]

# --- 4. a board card whose name wraps to two frames, one over the other ----------------------------
ORG4 = "Sølvberget Friluftsråd"
CARDS = ((("Ingvild Marie", "Skogheim Lunde"), "Styreleder"), (("Tor Arne Bakkevik",), "Nestleder"),
         (("Hanne Sofie", "Grøndahl"), "Styremedlem"), (("Sindre Ulvøy",), "Styremedlem"),
         (("Randi Kvamme",), "Varamedlem"))
CARDS_BOARD = board(("Ingvild Marie Skogheim Lunde", "LEDE"), ("Tor Arne Bakkevik", "NEST"),
                    ("Hanne Sofie Grøndahl", "MEDL"), ("Sindre Ulvøy", "MEDL"), ("Randi Kvamme", "VARA"))
CARDS_NN = ((("Eirik", "Hovdenak"), "Styreleiar"), (("Marta Linnea Fjærestad",), "Nestleiar"),
            (("Sigrun", "Aasen Tveit"), "Styremedlem, tilsettvald"), (("Olav Rønneberg",), "Varamedlem"))
CARDS_NN_BOARD = board(("Eirik Hovdenak", "LEDE"), ("Marta Linnea Fjærestad", "NEST"),
                       ("Sigrun Aasen Tveit", "MEDL", True), ("Olav Rønneberg", "VARA"))
PROBES += [
    p38("board-cards-wrapped-names", "board", (
        cover(ORG4), title("Styret") + card_frames(18, 42, CARDS)),
        Expect(board=CARDS_BOARD)),
    p38("board-cards-wrapped-names-nn", "board", (
        cover(ORG4, lang="nn"), title("Styret i 2023") + card_frames(30, 45, CARDS_NN, pitch=72, width=50)),
        Expect(board=CARDS_NN_BOARD), lang="nn"),
    p38("board-cards-names-past-narrow-photos", "board", (
        cover(ORG4), title("Styret") + card_frames(18, 45, CARDS, pitch=40, width=28, height=36, size=10)),
        Expect(board=CARDS_BOARD)),
    p38("board-cards-wrapped-names-shaded", "board", (
        cover(ORG4), title("Styret") + card_frames(18, 42, CARDS, photos=False)),
        Expect(board=CARDS_BOARD)),
]
