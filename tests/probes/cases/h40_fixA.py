"""Fortieth-round cases (h40-fixA, docs/phrasings.md §128): board and owners in designer and Writer
layouts. Portrait cards whose every caption has a note under the name ("Valgt 2019"), one of them
saying the employees chose the member. Organisations, people and figures are invented; places are real."""
from probes.slides import deck, frame, shaded, title
from probes.spec import H, P, T, Box, Expect, Html, Probe, Sign, board

BROWSER = ("browser",)

_FACE = ('<svg viewBox="0 0 60 70" style="width: 100%; height: 22mm; display: block; background: #e1d6c8">'
         '<circle cx="30" cy="28" r="14" fill="#e9c9a8"/><rect x="12" y="48" width="36" height="22" fill="#6a5a4a"/>'
         '</svg>')


def _cards(cards, per_row: int = 3, width_mm: int = 160, face_mm: int = 22) -> str:
    """Portrait cards in a CSS grid: a small coloured role over the bold name over an italic note."""
    face = _FACE.replace("height: 22mm", f"height: {face_mm}mm")
    body = "".join(
        f'<div>{face}<div style="font-size: 6.8pt; letter-spacing: .1em; text-transform: uppercase; color: #c27a2c">'
        f'{role}</div><div style="font-weight: bold; font-size: 9.6pt">{name}</div>'
        f'<div style="font-style: italic; font-size: 8pt; color: #555">{note}</div></div>'
        for role, name, note in cards)
    return (f'<div style="display: grid; grid-template-columns: repeat({per_row}, 1fr); gap: 14pt 10pt; '
            f'width: {width_mm}mm; font-size: 8pt; line-height: 1.35">{body}</div>')


def _frame_cards(cards, x: float = 18, y: float = 40, pitch: float = 80, step: float = 0) -> str:
    """A design tool's board slide: a photo's place, then each caption line a frame of its own;
    each card ``step`` mm lower than the one before it (cards set in a staggered row)."""
    out = []
    for k, (role, name, note) in enumerate(cards):
        left, y = x + k * pitch, y + (step if k else 0)
        out.append(shaded(left, y, 50, 44))
        out += [frame(left, y + 47, role.upper(), 9, color="#c27a2c"), frame(left, y + 51.5, name, 13, bold=True),
                frame(left, y + 57.5, note, 10, color="#555")]
    return "".join(out)


# --- 1. every card a note under the name, one saying the employees chose the member ----------------
_NOTED = (("Styreleder", "Signe Marie Tollefsrud", "Valgt 2019"), ("Nestleder", "Bård Kåre Vingelsgaard", "Valgt 2021"),
          ("Styremedlem", "Ingrid Holtålen Rye", "Valgt 2021"), ("Styremedlem", "Eivind Skjærvik", "Valgt 2022"),
          ("Styremedlem", "Maren Sollihøgda", "Valgt 2023"), ("Styremedlem", "Tor Egil Brennhaug", "Valgt av de ansatte"))
BOARD1 = board(("Signe Marie Tollefsrud", "LEDE"), ("Bård Kåre Vingelsgaard", "NEST"), ("Ingrid Holtålen Rye", "MEDL"),
               ("Eivind Skjærvik", "MEDL"), ("Maren Sollihøgda", "MEDL"), ("Tor Egil Brennhaug", "MEDL", True))
_NOTED_NN = (("Styreleiar", "Solveig Aaberge", "Vald 2020"), ("Nestleiar", "Kjartan Uthaug", "Vald 2022"),
             ("Styremedlem", "Hallgerd Nesheim", "Attvald 2023"), ("Styremedlem", "Olav Tvinnereim", "Vald av dei tilsette"))
PROBES = [
    Probe("h40fA-cards-note-under-every-name-employee-last", "board", (H("Styret", 2), Html(_cards(_NOTED))),
          Expect(board=BOARD1, sure_board=("Signe Marie Tollefsrud",)), formats=BROWSER,
          title="Årsrapport 2023 Tollefsrud Vekst AS"),
    Probe("h40fA-cards-note-under-every-name-tall-faces", "board", (H("Styret", 2), Html(_cards(_NOTED, face_mm=30))),
          Expect(board=BOARD1), formats=BROWSER, title="Årsrapport 2023 Tollefsrud Vekst AS"),
    Probe("h40fA-cards-note-under-every-name-page", "board", (
        H("Styret", 2), Html(_cards(_NOTED, face_mm=30, width_mm=170)),
        P("Varamedlemmer: Jon Arne Rismo, Berit Sletvold og Inge Nyhus (for de ansatte)."),
        H("Ledelsen", 2), T((("Navn", "Stilling"), ("Lars Ove Dyrkorn", "Daglig leder"), ("Randi Lien", "Økonomisjef")))),
          Expect(board=BOARD1 | board(("Jon Arne Rismo", "VARA"), ("Berit Sletvold", "VARA"), ("Inge Nyhus", "VARA", True))),
          formats=BROWSER, title="Årsrapport 2023 Tollefsrud Vekst AS"),
    Probe("h40fA-card-frames-note-under-every-name", "board", (
        deck(title("Årsrapport 2023", y=60, size=40) + frame(18, 90, "Tollefsrud Vekst AS", 20),
             title("Styret") + _frame_cards(_NOTED[:3], y=34) + _frame_cards(_NOTED[3:], y=110)),),
          Expect(board=BOARD1), formats=BROWSER, title=None),
    Probe("h40fA-card-frames-staggered-note-under-every-name", "board", (
        deck(title("Årsrapport 2023", y=60, size=40) + frame(18, 90, "Tollefsrud Vekst AS", 20),
             title("Styret") + _frame_cards(_NOTED[:3], y=24, step=15) + _frame_cards(_NOTED[3:], y=92, step=15, x=40)),),
          Expect(board=BOARD1), formats=BROWSER, title=None),
    Probe("h40fA-cards-note-under-every-name-two-a-row", "board", (H("Styret", 2), Html(_cards(_NOTED, per_row=2, width_mm=100))),
          Expect(board=BOARD1), formats=BROWSER, title="Årsrapport 2023 Tollefsrud Vekst AS"),
    Probe("h40fA-nn-cards-note-under-every-name", "board", (H("Styret", 2), Html(_cards(_NOTED_NN, per_row=4))),
          Expect(board=board(("Solveig Aaberge", "LEDE"), ("Kjartan Uthaug", "NEST"), ("Hallgerd Nesheim", "MEDL"),
                             ("Olav Tvinnereim", "MEDL", True))),
          lang="nn", formats=BROWSER, title="Årsmelding 2023 Uthaug Arbeidssenter AS"),
]

# --- 2. a founding told in a relative clause about another body ----------------------------------------
_OWNER_FOUNDED = ("Fossheim Arbeid AS er heleid av Stiftelsen Tindeheia Arbeidsfellesskap, som ble opprettet av "
                  "kommunene i Hallingdal i 1994. Stiftelsens styre er selskapets generalforsamling.")
_FILL2 = P("Bedriften gir arbeid og kvalifisering til personer som står utenfor arbeidslivet, og har avdelinger "
           "for snekring, vask og kantinedrift.")
PROBES += [
    Probe("h40fA-founded-owner-in-relative-clause-own-year-in-prose", "organisation", (
        H("Om bedriften", 2), P("Fossheim Arbeid AS ble etablert i 1979."), _FILL2, H("Eierstyring", 2), P(_OWNER_FOUNDED)),
          Expect(founded_year=1979), title="Årsrapport 2023 Fossheim Arbeid AS"),
    Probe("h40fA-founded-owner-in-relative-clause-own-year-labelled", "organisation", (
        H("Kort om oss", 2), P("Etablert 1979. 58 ansatte."), _FILL2, H("Eierstyring", 2), P(_OWNER_FOUNDED)),
          Expect(founded_year=1979), title="Årsrapport 2023 Fossheim Arbeid AS"),
    Probe("h40fA-nn-founded-landlord-in-relative-clause", "organisation", (
        H("Om verksemda", 2), P("Me leiger lokale av Grøndalen Eigedom AS, som vart skipa i 2001."),
        P("Verksemda vart skipa i 1986 av kommunane i regionen.")),
          Expect(founded_year=1986), lang="nn", title="Årsmelding 2023 Grøndalen Vekst AS"),
    Probe("h40fA-founded-only-another-bodys-year-is-not-sure", "organisation", (
        H("Eierstyring", 2), P(_OWNER_FOUNDED), _FILL2),
          Expect(low_confidence=("founded_year",)), title="Årsrapport 2023 Fossheim Arbeid AS"),
]

# --- 3. a board in a bordered Writer frame beside the text, set like the body --------------------------
# LibreOffice draws a frame's border from the middle of its bottom side: five points, still a rectangle
_FRAME3 = ("Styret i 2022", "Leiar: Torleiv Bjørnarå", "Nestleiar: Gudny Hovstad", "Styremedlem: Olav Tjørhom",
           "Tilsette sin representant: Åse Kvammen", "Varamedlemer: Ånund Lie og Signe Homme",
           "Observatør frå NAV: Tarjei Lunde")
_BODY3 = (P("Generalforsamlinga vart halden i april med ordføraren som møteleiar. Styret har i 2022 hatt sju møte "
            "og handsama 41 saker, mellom anna ny avtale om leige av lokale og plan for vedlikehald."),
          H("Framtidsutsikter", 3),
          P("NAV har varsla at talet på plassar kan bli endra frå neste år. Styret vil arbeide for å halde oppe "
            "tilbodet i regionen, og ser særleg på nye oppdrag innan ved og vask for hytteeigarar."))
BOARD3 = board(("Torleiv Bjørnarå", "LEDE"), ("Gudny Hovstad", "NEST"), ("Olav Tjørhom", "MEDL"),
               ("Åse Kvammen", "MEDL", True), ("Ånund Lie", "VARA"), ("Signe Homme", "VARA"),
               ("Tarjei Lunde", "OBS"))
_SIGN3 = Sign((("Torleiv Bjørnarå", "leiar"), ("Gudny Hovstad", "nestleiar"), ("Olav Tjørhom", "styremedlem"),
               ("Åse Kvammen", "styremedlem"), ("Eli Haugom", "dagleg leiar")), place_date="Valle, 14. februar 2023")
# The frame's border, drawn from the middle of its bottom side, is no rectangle to the reader (left: see
# docs/phrasings.md §128.3); the box is read as text beside the body, where the names wrapped at its
# edge read one line each: a probe of the wrapped entry in a box the reader does find
PROBES += [
    Probe("h40fA-nn-board-in-a-frame-set-apart-wrapped-entries", "board", (
        Box(_FRAME3, width=176, height=200, wrap=True), *_BODY3),
          Expect(board=BOARD3), lang="nn", formats=("pdf",), title="Årsmelding 2022 Homme Arbeid AS"),
]

# --- 4. a proposal heading over sub-headings: the candidates under them are next year's ------------------
_SITTING4 = (H("Styret", 2), P("Leder: Arnfinn Rusten"), P("Nestleder: Vigdis Kroken"), P("Styremedlem: Petter Holen"),
             P("Kasserer: Lise Åmot"), P("Varamedlem: Kari Brenden"))
BOARD4 = board(("Arnfinn Rusten", "LEDE"), ("Vigdis Kroken", "NEST"), ("Petter Holen", "MEDL"), ("Lise Åmot", "MEDL"),
               ("Kari Brenden", "VARA"))
_WORD = ("docx", "pdf")
PROBES += [
    Probe("h40fA-proposal-heading-over-a-meeting-subheading", "board", (
        *_SITTING4, H("Valgkomiteens innstilling", 2), H("Til årsmøtet 2024", 3),
        P("Leder: Arnfinn Rusten (gjenvalg, 1 år)"), P("Nestleder: Torstein Enger (ny, 2 år)"),
        P("Styremedlem: Marit Sandnes (ny, 2 år)"), H("Går ut av styret", 3),
        P("Vigdis Kroken og Petter Holen har sittet i fire år og tar ikke gjenvalg.")),
          Expect(board=BOARD4), formats=_WORD, title="Årsberetning 2023 Rusten Idrettslag"),
    Probe("h40fA-nn-proposal-heading-over-a-subheading", "board", (
        H("Styret", 2), P("Leiar: Arnfinn Rusten"), P("Nestleiar: Vigdis Kroken"), P("Styremedlem: Petter Holen"),
        H("Valnemnda sitt framlegg", 2), H("Kandidatar", 3),
        P("Nestleiar: Torstein Enger (ny, 2 år)"), P("Styremedlem: Marit Sandnes (ny, 2 år)")),
          Expect(board=board(("Arnfinn Rusten", "LEDE"), ("Vigdis Kroken", "NEST"), ("Petter Holen", "MEDL"))),
          lang="nn", formats=_WORD, title="Årsmelding 2023 Rusten Idrettslag"),
]

# --- 5. owners only in a bar chart's legend, its entries side by side on one line ----------------------
def _bar_legend(label: str, owners: tuple[tuple[str, str, float], ...], dark: bool = True) -> Html:
    """A back cover: contact lines, then a bare label, a stacked bar and its legend in one row."""
    colours = ("#f0a830", "#7fb8d8", "#c8d8a0")
    bar = "".join(f'<div style="width: {share * 100:.0f}%; background: {colours[k % 3]}"></div>'
                  for k, (_, _, share) in enumerate(owners))
    legend = "".join(f'<span style="display: inline-block; margin-right: 5mm"><i style="display: inline-block; '
                     f'width: 3mm; height: 3mm; background: {colours[k % 3]}; margin-right: 1.2mm"></i>{name} {pct}</span>'
                     for k, (name, pct, _) in enumerate(owners))
    look = "background: #1d3b52; color: #fff; padding: 12mm" if dark else "padding: 12mm"
    return Html(f'<div style="{look}; font-size: 9pt"><h2>Bakken Vekst AS</h2><p>Fabrikkvegen 4, 2770 Jaren<br/>'
                f'Telefon 61 32 10 00<br/>post@bakkenvekst.no</p><p style="margin-top: 10mm">{label}</p>'
                f'<div style="display: flex; height: 7mm; width: 120mm">{bar}</div>'
                f'<div style="font-size: 8pt; margin-top: 2mm">{legend}</div></div>')


_INTRO5 = (H("Om bedriften", 2), P("Bakken Vekst AS gir arbeid og kvalifisering til personer som står utenfor "
                                   "arbeidslivet, med avdelinger for montasje, vask og kantine på Jaren og Lunner."))
PROBES += [
    Probe("h40fA-owners-bar-legend-one-row-dark-cover", "owners", (
        *_INTRO5, _bar_legend("Eiere", (("Gran kommune", "60 %", .6), ("Lunner kommune", "25 %", .25),
                                        ("Jevnaker kommune", "15 %", .15)))),
          Expect(owners=frozenset({("Gran kommune", 60.0), ("Lunner kommune", 25.0), ("Jevnaker kommune", 15.0)})),
          formats=BROWSER, title="Årsrapport 2023 Bakken Vekst AS"),
    Probe("h40fA-nn-owners-bar-legend-one-row-foundation", "owners", (
        *_INTRO5, _bar_legend("Eigarar", (("Gran kommune", "55 %", .55), ("Stiftelsen Hadeland Arbeid", "45 %", .45)),
                              dark=False)),
          Expect(owners=frozenset({("Gran kommune", 55.0), ("Stiftelsen Hadeland Arbeid", 45.0)})),
          lang="nn", formats=BROWSER, title="Årsmelding 2023 Bakken Vekst AS"),
]

# --- 6. a cover's tagline naming the region: more words before "sidan 1991" -------------------------------
_BODY6 = P("Bedrifta har i 2023 hatt god tilgang på oppdrag innan montering og vedlikehald, og talet på "
           "deltakarar i tiltaka har vore stabilt gjennom heile året.")
PROBES += [
    Probe("h40fA-nn-cover-tagline-with-a-region-since", "organisation", (
        P("Årsmelding 2023", size=26), P("Vikebygd Arbeid AS", size=18),
        P("Arbeid, opplæring og inkludering i Indre Sunnhordland sidan 1988", size=14), H("Om bedrifta", 2), _BODY6),
          Expect(founded_year=1988), lang="nn", formats=_WORD, title=None),
    Probe("h40fA-cover-tagline-with-a-region-since", "organisation", (
        P("Årsrapport 2023", size=26), P("Rognan Vekst AS", size=18),
        P("Tilrettelagt arbeid og kvalifisering i Salten og Ofoten siden 1982", size=14), H("Om bedriften", 2),
        P("Bedriften gir arbeid og opplæring til personer som står utenfor arbeidslivet.")),
          Expect(founded_year=1982), formats=_WORD, title=None),
]

# --- 7. a slide's key-figure tiles: a bare figure in display type over its label -------------------------
def _tiles(tiles: tuple[tuple[str, str], ...], per_row: int = 3) -> str:
    """A slide's grid of tiles, each a big figure over a small grey label."""
    body = "".join(f'<div><div style="font-size: 66px; font-weight: bold; color: #8a3b12; line-height: 1.05">{big}</div>'
                   f'<div style="font-size: 17px; color: #555; margin-top: 6px; line-height: 1.3">{label}</div></div>'
                   for big, label in tiles)
    return (f'<div style="position: absolute; left: 18mm; top: 34mm; width: 300mm; display: grid; '
            f'grid-template-columns: repeat({per_row}, 1fr); gap: 28px 36px">{body}</div>')


_TILES7 = (("31", "plasser i varig tilrettelagt arbeid (VTA)"), ("45", "plasser i arbeidsforberedende trening (AFT)"),
           ("132", "deltakere innom bedriften i løpet av året"), ("48 %", "av dem som avsluttet AFT, gikk over i arbeid "
                                                                   "eller utdanning"),
           ("24,3 mill.", "kroner i driftsinntekter"), ("6,1 %", "sykefravær blant de ansatte"))
PROBES += [
    Probe("h40fA-slide-tiles-figure-in-display-type-over-label", "programs", (
        deck(title("Årsrapport 2023", y=60, size=40) + frame(18, 90, "Kvitfjell Arbeid AS", 20),
             title("2023 i tall") + _tiles(_TILES7)),),
          Expect(programs={"VTA": 31, "AFT": 45}), formats=BROWSER, title=None),
    Probe("h40fA-slide-tiles-figure-in-display-type-two-a-row", "programs", (
        deck(title("Årsrapport 2023", y=60, size=40) + frame(18, 90, "Kvitfjell Arbeid AS", 20),
             title("2023 i tall") + _tiles(_TILES7[:4], per_row=2)),),
          Expect(programs={"VTA": 31, "AFT": 45}), formats=BROWSER, title=None),
]

# --- 8. a role table whose first row is a label and two names ------------------------------------------
_DEPUTY_ROWS = (("Varamedlemer", "Gunnhild Rise, Eilert Moldskred"), ("Vara for dei tilsette", "Ranveig Sætre"))
PROBES += [
    Probe("h40fA-nn-role-table-first-row-a-label-and-two-names", "board", (
        H("Styret", 2), P("Styret ved utgangen av 2023:"),
        T((("Styreleiar", "Ivar Kvalsund"), ("Nestleiar", "Marta Brandal"), ("Styremedlem", "Leif Hareide"))),
        P("Styret har hatt sju møte."), T(_DEPUTY_ROWS + (("Leiargruppa:", ""), ("Dagleg leiar", "Olga Vartdal")))),
          Expect(board=board(("Ivar Kvalsund", "LEDE"), ("Marta Brandal", "NEST"), ("Leif Hareide", "MEDL"),
                             ("Gunnhild Rise", "VARA"), ("Eilert Moldskred", "VARA"), ("Ranveig Sætre", "VARA", True)),
                 ceo="Olga Vartdal"),
          lang="nn", formats=_WORD, title="Årsmelding 2023 Brandal Arbeid AS"),
    Probe("h40fA-role-table-first-row-a-label-and-two-names", "board", (
        H("Styret", 2), T((("Varamedlemmer", "Gunnhild Rise og Eilert Moldskred"), ("Styreleder", "Ivar Kvalsund"),
                           ("Styremedlem", "Leif Hareide")), ruled=False)),
          Expect(board=board(("Ivar Kvalsund", "LEDE"), ("Leif Hareide", "MEDL"), ("Gunnhild Rise", "VARA"),
                             ("Eilert Moldskred", "VARA"))),
          formats=_WORD, title="Årsrapport 2023 Brandal Arbeid AS"),
]

# --- 9. a part of a district named by where it lies ----------------------------------------------------
PROBES += [
    Probe("h40fA-nn-district-part-named-by-where-it-lies", "places", (
        H("Om verksemda", 2), P("Bedrifta gjev arbeid og opplæring til folk i heile Ytre Sogn, med verkstad i "
                                "Høyanger og avdeling i Lavik.")),
          Expect(places=("Ytre Sogn", "Høyanger"), absent_places=("Sogn",)), lang="nn", title="Årsmelding 2023 Lavik Arbeid AS"),
    Probe("h40fA-district-part-in-a-tagline", "places", (
        P("Årsrapport 2023", size=26), P("Ryfylke Vekst AS", size=18),
        P("Arbeid og kvalifisering i Indre Ryfylke siden 1985", size=14), H("Om bedriften", 2),
        P("Bedriften har avdelinger i Sauda og Suldal.")),
          Expect(places=("Indre Ryfylke", "Sauda", "Suldal"), founded_year=1985), formats=_WORD, title=None),
]
