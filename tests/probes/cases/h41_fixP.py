"""Forty-first-round cases (h41-fixP, docs/phrasings.md §137). A designer's programme table of bare
codes with places and person-years, or with an extra occupancy column; the founding told only as the
organisation's work "siden 1986"; a board card split across a page break; a nynorsk board sentence
with each role after its name, in a PDF. Organisations, people and figures are invented; places are real."""
from probes.spec import H, P, T, Expect, Html, Probe, board

BROWSER = ("browser",)
WORD = ("docx", "pdf")

_FILL = tuple(P("Året har vært preget av stabil drift og god tilgang på oppdrag. Samarbeidet med kommunen og "
                "næringslivet i regionen har vært godt, og alle avdelinger holdt budsjettet.")
              for _ in range(12))

# --- 1. a programme table of bare codes in a designer's PDF --------------------------------------------
_PLACES_YEARS = T((("Tiltak", "Plasser", "Årsverk"), ("VTA", "36", "31,5"), ("AFT", "22", "7,0"),
                   ("Lærekandidater", "5", "1,0")), design="hairlines")
_OCCUPANCY = T((("Tiltak", "Godkjente plasser", "Deltakere", "Belegg %"), ("VTA", "28", "27", "96,4"),
                ("AFT", "45", "41", "91,1")), design="band-header")
PROBES = [
    Probe("h41fP-browser-programme-table-places-person-years", "programs",
          (H("Tiltak og plasser", 2), P("Tabellen viser tiltakene bedriften driver på oppdrag fra NAV."), _PLACES_YEARS,
           *_FILL[:2]),
          Expect(programs={"VTA": 36, "AFT": 22, "LÆREKANDIDAT": 5}, table_rows=(("VTA", "36", "31,5"),)),
          formats=("browser", "docx", "pdf"), title="Årsrapport 2023 Saltdal Arbeidssenter AS"),
    Probe("h41fP-browser-programme-table-occupancy-column", "programs",
          (H("Tiltak", 2), P("Godkjente plasser og belegg per 31.12.2023."), _OCCUPANCY, *_FILL[:2]),
          Expect(programs={"VTA": 28, "AFT": 45}, table_rows=(("AFT", "45", "41", "91,1"),)),
          formats=("browser", "docx", "pdf"), title="Årsrapport 2023 Grane Vekst AS"),
    Probe("h41fP-browser-programme-table-zebra-no-heading", "programs",
          (*_FILL[:1], T((("Tiltak", "Plasser", "Årsverk"), ("VTA", "14", "12,0"), ("AFT", "9", "3,0")), design="zebra"),
           *_FILL[1:3]),
          Expect(programs={"VTA": 14, "AFT": 9}), formats=BROWSER, title="Årsmelding 2023 Hattfjelldal Produkt AS"),
]



def _designer_table(rows, width: str, box: str = "", fill_after: int = 4) -> Html:
    """A designer's small table: a tinted header band (its labels wrap in narrow columns), rows
    with hairlines, figures flush right; ``box`` places it (floated beside the text, ...)."""
    def cell(r: int, c: int, text: str) -> str:
        look = "font-weight: bold; background: #2a5a4f; color: #fff" if r == 0 else "border-bottom: 0.4pt solid #ccc"
        return f'<td style="padding: 3pt 6pt; {"text-align: right; " if c else ""}{look}">{text}</td>'
    trs = "".join("<tr>" + "".join(cell(r, c, t) for c, t in enumerate(row)) + "</tr>" for r, row in enumerate(rows))
    text = "".join(f"<p>{p.text}</p>" for p in _FILL[:fill_after])
    return Html(f'<h2>Tiltak</h2><div style="{box}"><table style="border-collapse: collapse; width: {width}">{trs}'
                f"</table></div>{text}")


_BELEGG = (("Tiltak", "Godkjente plasser", "Deltakere", "Belegg %"), ("VTA", "19", "19", "100"),
           ("AFT", "33", "30", "90,9"))
_ARSVERK = (("Tiltak", "Plasser i alt", "Årsverk tiltak"), ("VTA", "41", "35,0"), ("AFT", "12", "4,5"),
            ("Lærekandidater", "3", "1,0"))
PROBES += [
    Probe("h41fP-browser-programme-table-narrow-wrapped-header", "programs",
          (_designer_table(_BELEGG, "55%"),),
          Expect(programs={"VTA": 19, "AFT": 33}, table_rows=(("Tiltak", "Godkjente plasser", "Deltakere", "Belegg %"),
                                                            ("AFT", "33", "30", "90,9"))),
          formats=BROWSER, title="Årsrapport 2023 Beiarn Vekst AS"),
    Probe("h41fP-browser-programme-table-floated-beside-text", "programs",
          (_designer_table(_BELEGG, "80mm", "float: right; margin-left: 6mm", 8),),
          Expect(programs={"VTA": 19, "AFT": 33}, table_rows=(("VTA", "19", "19", "100"),)),
          formats=BROWSER, title="Årsrapport 2023 Beiarn Vekst AS"),
    Probe("h41fP-browser-programme-table-floated-person-years", "programs",
          (_designer_table(_ARSVERK, "78mm", "float: left; margin-right: 6mm", 8),),
          Expect(programs={"VTA": 41, "AFT": 12, "LÆREKANDIDAT": 3}, table_rows=(("Lærekandidater", "3", "1,0"),)),
          formats=BROWSER, title="Årsmelding 2023 Meløy Arbeidssenter AS"),
]

# --- 2. the founding told as the organisation's work "siden YEAR" --------------------------------------
PROBES += [
    Probe("h41fP-founded-created-jobs-since", "organisation", (
        H("Om bedriften", 2),
        P("Rødøy Industri AS har skapt arbeidsplasser i Rødøy siden 1983, og holder i dag til i nye lokaler ved kaia."),
        *_FILL[:2]),
          Expect(founded_year=1983, low_confidence=("founded_year",)), title="Årsrapport 2023 Rødøy Industri AS"),
    Probe("h41fP-nn-founded-worked-with-inclusion-sidan", "organisation", (
        H("Om verksemda", 2),
        P("Fjaler Tiltak AS har drive med arbeidsinkludering sidan 1992. Vi har i dag 40 tilsette."),
        *_FILL[:2]),
          Expect(founded_year=1992, low_confidence=("founded_year",)), lang="nn", title="Årsmelding 2023 Fjaler Tiltak AS"),
    Probe("h41fP-founded-since-not-a-leader-or-a-contract", "organisation", (
        H("Om bedriften", 2),
        P("Daglig leder Vegard Holm har vært leder siden 2016."),
        P("Bedriften har hatt rammeavtale med Vefsn kommune siden 2020."),
        P("Selskapet har hatt arbeidstreningsplasser i samarbeid med NAV siden 2018."),
        *_FILL[:2]),
          Expect(founded_year=None), title="Årsrapport 2023 Leirfjord Vekst AS"),
    Probe("h41fP-founded-stated-beats-since", "organisation", (
        H("Om bedriften", 2),
        P("Rødøy Industri AS ble stiftet i 1981."),
        P("Rødøy Industri AS har skapt arbeidsplasser i Rødøy siden 1983."),
        *_FILL[:2]),
          Expect(founded_year=1981), title="Årsrapport 2023 Rødøy Industri AS"),
]

# --- 3. a board card split across a page break ---------------------------------------------------------
_PHOTO = '<div style="height: 30mm; background: #cfd6dd; margin-bottom: 2mm"></div>'


def _card_grid(cards, spacer_mm: float) -> Html:
    """A designer's board page: text filling most of the page, then portrait cards three to a row
    (photo, name in bold, role under it), so one row's captions fall across the page break."""
    fill = "".join(f"<p>{p.text}</p>" for p in _FILL[:3])
    grid = "".join(f'<div>{_PHOTO}<div style="font-weight: bold; font-size: 10.5pt">{name}</div>'
                   f'<div style="font-size: 9pt; color: #556">{role}</div></div>' for name, role in cards)
    return Html(f'<h2>Styret</h2><div style="height: {spacer_mm}mm">{fill}</div>'
                f'<div style="display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm 8mm">{grid}</div>'
                + "".join(f"<p>{p.text}</p>" for p in _FILL[3:5]))


_CARDS = (("Håkon Strand", "Styreleder"), ("Siri Elvebakk", "Nestleder"), ("Ove Reinholdtsen", "Styremedlem"),
          ("Tone Krokstrand", "Styremedlem"), ("Arvid Mosjøen", "Styremedlem"), ("Lene Bjerka", "Varamedlem"),
          ("Geir Skotnes", "Varamedlem"))
BOARD3 = board(("Håkon Strand", "LEDE"), ("Siri Elvebakk", "NEST"), ("Ove Reinholdtsen", "MEDL"),
               ("Tone Krokstrand", "MEDL"), ("Arvid Mosjøen", "MEDL"), ("Lene Bjerka", "VARA"), ("Geir Skotnes", "VARA"))
PROBES += [
    Probe(f"h41fP-browser-board-card-split-at-page-foot-{mm}", "board", (_card_grid(_CARDS, mm),),
          Expect(board=BOARD3, absent_headings=tuple(name for name, _ in _CARDS)),
          formats=BROWSER, title="Årsrapport 2023 Vefsn Produkter AS")
    for mm in (187, 140, 93)
]

# --- 4. a nynorsk board sentence, each role after its name, in a PDF -----------------------------------
_NN_FILL = P("Styret har hatt seks møte i året og handsama 31 saker. Arbeidet i styret har vore prega av godt "
             "samarbeid med dagleg leiar og dei tilsette.")
BOARD4 = board(("Sigbjørn Aarvik", "LEDE"), ("Oddny Hjelmeland", "NEST"), ("Ivar Bergsvåg", "MEDL"),
               ("Gunvor Lid", "MEDL"))
_NN_SENTENCE = ("Styret har bestått av Sigbjørn Aarvik, styreleiar, Oddny Hjelmeland, nestleiar, Ivar Bergsvåg "
                "og Gunvor Lid, styremedlemer.")
# the sentence begins at different places in its line, so the PDF's line breaks fall between other words
_LEADS = ("", "Årsmøtet vart halde på Sauda hotell i mars. ",
          "Årsmøtet vart halde på Sauda hotell den 14. mars 2023, med 22 frammøtte og fire gjester frå Suldal. ")
PROBES += [
    Probe(f"h41fP-nn-board-sentence-role-after-name-{k}", "board",
          (H("Styret", 2), P(lead + _NN_SENTENCE), _NN_FILL),
          Expect(board=BOARD4, chair="Sigbjørn Aarvik"), lang="nn", formats=WORD, title="Årsmelding 2023 Sauda Vekst AS")
    for k, lead in enumerate(_LEADS)
]
# ... and across a page break: short lines fill the page, so the paragraph's first lines end it
# mid-sentence (after a given name, after a name's comma) and the rest opens the next page
_LINES = tuple(P(f"Sak {k}: rutinane for vedlikehald og reinhald er gjennomgått.") for k in range(1, 30))
_AGM = "Årsmøtet vart halde på Sauda hotell den 14. mars 2023, med 22 frammøtte og fire gjester. "
_TAIL = " Styret har hatt seks møte og handsama 31 saker, mellom anna budsjett, strategi og nye avtalar med NAV."
PROBES += [
    Probe(f"h41fP-nn-board-sentence-across-page-break-{k}", "board",
          (*_LINES[:26], H("Styret", 2), P(lead + _NN_SENTENCE + _TAIL), _NN_FILL),
          Expect(board=BOARD4, chair="Sigbjørn Aarvik"), lang="nn", formats=WORD, title="Årsmelding 2023 Sauda Vekst AS")
    for k, lead in enumerate((_AGM, _AGM + "Møtet godkjende årsmeldinga og rekneskapen. "))
]
