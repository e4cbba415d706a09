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

STATEMENT = Expect(key_figures=INCOME_FIGURES, table_rows=INCOME[:1] + INCOME[3:4] + INCOME[-1:])
PROBES = [
    p38("zebra-income-slide", "statements", (
        cover(ORG1), title("Resultatregnskap") + zebra_table(18, 40, INCOME, (120, 45, 45), bold_rows=(3, 7, 8, 10))),
        STATEMENT),
    p38("zebra-income-slide-band", "statements", (
        cover(ORG1), title("Resultatregnskap") + zebra_table(18, 40, INCOME, (120, 45, 45), header_fill="#0d4a63",
                                                             bold_rows=(3, 7, 8, 10))),
        STATEMENT),
    p38("zebra-income-frames", "statements", (
        cover(ORG1), title("Resultatregnskap") + striped_frames(22, 40, INCOME, (250, 310), 300, size=14, pitch=12)),
        STATEMENT),
    # the years centred over wide columns of figures set flush right: the header stands apart from its figures
    p38("zebra-income-centred-years", "statements", (
        cover(ORG1), title("Resultatregnskap") + zebra_table(18, 36, INCOME, (150, 70, 70), head_align="center")),
        STATEMENT),
    p38("zebra-income-centred-years-odd", "statements", (
        cover(ORG1), title("Resultatregnskap") + zebra_table(18, 36, INCOME, (110, 80, 80), size=14, odd=True,
                                                             head_align="center")),
        STATEMENT),
    p38("zebra-income-centred-last-year", "statements", (
        cover(ORG1), title("Resultatregnskap") + zebra_table(18, 36, INCOME, (150, 34, 90), head_align="center")),
        STATEMENT),
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

# --- 3. next year's proposed board on a later slide ------------------------------------------------
ORG3 = "Kvitfjell Ungdomslag"
SITTING = (("Styreleder", "Gunnhild Rasten"), ("Nestleder", "Petter Holmslet"), ("Kasserer", "Ane Bjørnstad"),
           ("Styremedlem", "Jonas Tveråen"), ("Varamedlem", "Liv Sørbøen"))
SITTING_BOARD = board(("Gunnhild Rasten", "LEDE"), ("Petter Holmslet", "NEST"), ("Ane Bjørnstad", "MEDL"),
                      ("Jonas Tveråen", "MEDL"), ("Liv Sørbøen", "VARA"))
PROPOSED = (("Styreleder", "Petter Holmslet (ny som leder)"), ("Nestleder", "Mari Kleven (ny)"),
            ("Kasserer", "Ane Bjørnstad (gjenvalg)"), ("Styremedlem", "Håkon Fossum (ny)"),
            ("Varamedlem", "Sunniva Lie (ny)"))


def role_lines(x: float, y: float, pairs, size: float = 16) -> str:
    """Role and name on a line each, the name at a stop to the right, each its own frame."""
    step = size * 1.6 * 0.3528
    return "".join(frame(x, y + k * step, role, size) + frame(x + 70, y + k * step, name, size)
                   for k, (role, name) in enumerate(pairs))


PROBES += [
    p38("proposal-slide-after-board", "not_board", (
        cover(ORG3),
        title("Styret i 2023") + role_lines(18, 45, SITTING),
        title("Valgkomiteens innstilling") + frame(18, 38, "Valgkomiteen foreslår dette styret for 2024:", 16)
        + role_lines(18, 55, PROPOSED)),
        Expect(board=SITTING_BOARD)),
    p38("proposal-slide-alone", "not_board", (
        cover(ORG3),
        title("Aktiviteter") + frames(18, 45, ("Laget hadde 14 styremøter og arrangerte tre", "konserter og en basar."), 16),
        title("Forslag til styre for 2024") + role_lines(18, 45, PROPOSED)),
        Expect(board=frozenset())),
    p38("proposal-bold-line-over-table", "not_board", (
        cover(ORG3),
        title("Styret i 2023") + role_lines(18, 45, SITTING),
        title("Årsmøtet 2024") + frame(18, 45, "Valgkomiteens innstilling", 16, bold=True) + role_lines(18, 55, PROPOSED)),
        Expect(board=SITTING_BOARD)),
    # the minutes say the meeting adopted the proposal: what it elected, left for review where nothing else names the board
    p38("proposal-adopted-in-minutes", "not_board", (
        cover(ORG3),
        title("Protokoll fra årsmøtet") + frame(18, 40, "Valgkomiteens innstilling:", 16)
        + role_lines(18, 50, PROPOSED) + frame(18, 100, "Innstillingen ble enstemmig vedtatt.", 16)),
        Expect(doubtful_board=("Petter Holmslet", "Mari Kleven", "Ane Bjørnstad", "Håkon Fossum", "Sunniva Lie"))),
    p38("proposal-slide-nn", "not_board", (
        cover(ORG3, lang="nn"),
        title("Styret") + role_lines(18, 45, (("Styreleiar", "Gunnhild Rasten"), ("Nestleiar", "Petter Holmslet"),
                                              ("Styremedlem", "Ane Bjørnstad"), ("Varamedlem", "Liv Sørbøen"))),
        title("Valnemnda sitt framlegg til nytt styre") + role_lines(18, 45, (
            ("Styreleiar", "Petter Holmslet (attval)"), ("Nestleiar", "Mari Kleven (ny)"),
            ("Styremedlem", "Ane Bjørnstad (attval)"), ("Varamedlem", "Håkon Fossum (ny)")))),
        Expect(board=board(("Gunnhild Rasten", "LEDE"), ("Petter Holmslet", "NEST"), ("Ane Bjørnstad", "MEDL"),
                           ("Liv Sørbøen", "VARA"))), lang="nn"),
    # the meeting's election result is the board
    p38("election-result-slide", "board", (
        cover(ORG3),
        title("Styret") + frame(18, 40, "Styret har etter årsmøtet 14. mars bestått av:", 16)
        + role_lines(18, 55, SITTING)),
        Expect(board=SITTING_BOARD)),
]
