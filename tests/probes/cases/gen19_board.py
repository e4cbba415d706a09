"""Nineteenth reading (docs/phrasings.md §77): boards on real wording. An election's heading
("Valg av styreformann") over a chair elected with an adverb ("ble X enstemmig valgt som
styremedlem og styreleder"), a nomination committee composed "bestående av;" in an organ's minutes,
members re-elected "som styremedlemmer" in another organ's section, a photo caption ordered "f.v.",
a second subject whose link is left out ("X ble valgt til leder og Y til kasserer"); each written
again with invented names and real places."""
from probes.spec import H, P, Expect, Probe, board

PDFS = ("docx", "pdf")
NN = {"lang": "nn"}


def _b(case_id, items, expected, family="board", formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g19-board-{case_id}", family, tuple(items), expect, formats=formats, **kw)


ELECTED = board(("Kari Vikane", "LEDE"), ("Olav Brekke", "MEDL"), ("Siri Hatlestad", "MEDL"), ("Geir Lunde", "MEDL"),
                ("Marte Øvrebø", "MEDL"))
REELECTED = board(("Tone Hegg", "MEDL"), ("Arild Sætre", "MEDL"), ("Liv Dyrnes", "MEDL"), ("Per Opdal", "MEDL"))

PROBES = [
    # --- 1. an election's heading, no foreword: the chair elected with an adverb ------------------
    _b("election-heading-chair-elected-unanimously", (
        H("Valg av styreformann", 1),
        P("På møte i bedriftsforsamlingen i Nordvik Kraft ASA i går ble Kari Vikane enstemmig valgt som styremedlem "
          "og styreleder."),
        P("Styret består etter dette av følgende personer:\nKari Vikane\nOlav Brekke\nSiri Hatlestad\nGeir Lunde\n"
          "Marte Øvrebø"),
    ), ELECTED, title=None),
    _b("nn-chair-elected-unanimously", (
        H("Årsmelding 2023 Sunnfjord Energi AS", 1),
        H("Styret", 2),
        P("På generalforsamlinga i Førde vart Kari Vikane samrøystes vald til styreleiar. Olav Brekke, Siri Hatlestad, "
          "Geir Lunde og Marte Øvrebø er styremedlemer."),
    ), ELECTED, title=None, **NN),
    # --- 2. a nomination committee composed "bestående av;" in an organ's minutes ------------------
    _b("committee-composed-with-semicolon-no-board", (
        H("NKR - Møte i representantskapet", 1),
        P("Det er i dag (12.05.23) avholdt møte i representantskapet i Tønsberg."),
        P("Videre ble det oppnevnt en egen valgkomite for valg av aksjonærvalgte medlemmer av styret bestående av;\n"
          "Rune Tangen, leder\nHilde Brattås\nJon Kleiven"),
    ), frozenset(), title=None, expect=Expect(board=frozenset(), ceo=None)),
    _b("nn-committee-composed-no-board", (
        H("Møte i representantskapet", 1),
        P("Det vart i dag halde møte i representantskapet i Voss."),
        P("Vidare vart det oppnemnt ei valnemnd beståande av:\nRune Tangen, leiar\nHilde Brattås\nJon Kleiven"),
    ), frozenset(), title=None, **NN),
    # --- 3. members re-elected "som styremedlemmer" in another organ's section ---------------------
    _b("reelected-members-after-committee-label", (
        H("Møte i bedriftsforsamlingen", 1),
        P("Bedriftsforsamlingen holdt møte i Skien i går, og vi gjengir vedtakene her."),
        P("Videre ble det oppnevnt en valgkomité for valg av medlemmer av styret, bestående av;\n"
          "Rune Tangen, leder (gjenvalgt)\nHilde Brattås (ny)"),
        P("Tone Hegg, Arild Sætre og Liv Dyrnes ble gjenvalgt som styremedlemmer for to år. Ivar Moen trer ut av "
          "styret, og Per Opdal ble valgt som nytt styremedlem for ett år."),
    ), REELECTED, title=None),
    _b("iks-council-reelects-members", (
        H("Årsrapport 2023 Vestfold Vann IKS", 1),
        H("Representantskapet", 2),
        P("Representantskapet har seks medlemmer, to fra hver eierkommune. Leder er Bjørn Haugen fra Tønsberg."),
        P("Tone Hegg og Arild Sætre ble gjenvalgt som styremedlemmer for to år, og Per Opdal ble valgt som nytt "
          "styremedlem."),
    ), board(("Tone Hegg", "MEDL"), ("Arild Sætre", "MEDL"), ("Per Opdal", "MEDL")), title=None),
    # --- 4. a photo caption ordered "f.v." ------------------------------------------------------------
    _b("caption-ordered-fv", (
        H("Nytt fylkeslag i Trøndelag", 1),
        P("Fylkeslaget holdt årsmøte i Malvik lørdag, og nytt styre ble valgt."),
        P("Konstituert styre, f.v.: Terje Moen, Kari Flatås, Bjørn Aune (nestleder), Ingrid Sand og Roar Lien (leder)."),
    ), board(("Roar Lien", "LEDE"), ("Bjørn Aune", "NEST"), ("Terje Moen", "MEDL"), ("Kari Flatås", "MEDL"),
             ("Ingrid Sand", "MEDL")), title=None),
    # --- 5. a second subject whose link is left out ------------------------------------------------
    _b("elided-link-second-subject", (
        H("Årsmøte i Trondheim trekkspillklubb", 1),
        P("Årsmøtet ble holdt i Trondheim 29. januar. Etter en lang diskusjon ble det vedtatt å utvide styret til fem "
          "personer, og Gunnar Aasen ble valgt til leder og Arne Dybvik til kasserer."),
    ), board(("Gunnar Aasen", "LEDE"), ("Arne Dybvik", "MEDL")), title=None),
    _b("nn-elided-link-second-subject", (
        H("Årsmøte i Voss sogelag", 1),
        P("Årsmøtet vart halde på Voss 14. mars. Astrid Lid vart vald til leiar og Olav Bolstad til nestleiar."),
    ), board(("Astrid Lid", "LEDE"), ("Olav Bolstad", "NEST")), title=None, **NN),
]
