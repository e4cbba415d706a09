"""Forty-first-round cases (h41-fixG, docs/phrasings.md §134): organisation facts and the daglig
leder. A foundation's report that names the company it owns under the same core name more often than
itself; an organ's sentence ("Representantskapet er selskapets øverste organ") that is no name; a
thanked partner's daglig leder; owners in a floated side panel with no fill and no frame.
Organisations, people and figures are invented; places are real."""
from probes.spec import H, P, Box, Expect, Html, Probe, Sign, board

BROWSER = ("browser",)
WORD = ("docx", "pdf")

# --- 1. a foundation owning a company of the same core name ----------------------------------------
_SIGN = Sign((("Eldbjørg Kvitsand", "Styreleder"), ("Ottar Rimstad", "Styremedlem"), ("Signe Halvorsrud", "Styremedlem")),
             place_date="Brumunddal, 12. mars 2024")


def _foundation(company: str, owns: str, signed: bool = True) -> tuple:
    """A stiftelse's report: its title, one sentence about itself, then its company's turnover and
    staff, the board signing as "Styret i Stiftelsen Lyngbråten"."""
    return (
        H("Årsberetning 2023", 2),
        P("Stiftelsen Lyngbråten ble opprettet i 1986 for å skape arbeid for mennesker som står utenfor "
          f"arbeidslivet. {owns}"),
        P(f"{company} hadde i 2023 driftsinntekter på 31,4 millioner kroner og et overskudd på 0,8 millioner. "
          f"{company} hadde 46 ansatte ved utgangen av året, og sykefraværet i {company} var 6,1 %."),
        P(f"{company} leier lokalene i Industrivegen 9 og har avdelinger i Moelv og på Brumunddal."),
        P(f"Styret mener at {company} har et godt grunnlag for videre drift."),
        *((P("Styret i Stiftelsen Lyngbråten"),) if signed else ()), _SIGN)


PROBES = [
    Probe("h41fG-foundation-owns-same-core-arbeid-as", "organisation",
          _foundation("Lyngbråten Arbeid AS", "Stiftelsen eier alle aksjene i Lyngbråten Arbeid AS."),
          Expect(org_name="Stiftelsen Lyngbråten"), formats=WORD, title="Årsmelding 2023 Stiftelsen Lyngbråten"),
    # the company bears the core name alone, and nothing says in so many words that the foundation owns it
    Probe("h41fG-foundation-beside-same-core-as-unsaid", "organisation",
          _foundation("Lyngbråten AS", "Driften skjer i Lyngbråten AS."),
          Expect(org_name="Stiftelsen Lyngbråten"), formats=WORD, title="Årsmelding 2023 Stiftelsen Lyngbråten"),
    # no ownership said, no board's line: the company named six times, the foundation on the title
    Probe("h41fG-foundation-beside-same-core-arbeid-as-unsigned", "organisation",
          _foundation("Lyngbråten Arbeid AS", "Stiftelsens formål ivaretas gjennom Lyngbråten Arbeid AS.", signed=False),
          Expect(org_name="Stiftelsen Lyngbråten"), formats=WORD, title="Årsmelding 2023 Stiftelsen Lyngbråten"),
    Probe("h41fG-nn-foundation-owns-same-core-as", "organisation", (
        H("Årsmelding 2023", 2),
        P("Stiftinga Hovdetun vart skipa i 1991. Stiftinga eig alle aksjane i Hovdetun AS."),
        P("Hovdetun AS hadde i 2023 driftsinntekter på 18,2 millionar kroner. Hovdetun AS hadde 27 tilsette, "
          "og Hovdetun AS har avdelingar i Førde og Naustdal."),
        P("Styret i Stiftinga Hovdetun"),
        Sign((("Torunn Hovde", "Styreleiar"), ("Asle Vassenden", "Styremedlem")), place_date="Førde, 9. mars 2024")),
          Expect(org_name="Stiftinga Hovdetun"), lang="nn", formats=WORD, title="Årsmelding 2023 Stiftinga Hovdetun"),
    # the opposite: the company's own report names its owner, the foundation of the same core
    Probe("h41fG-company-owned-by-same-core-foundation-stays", "organisation", (
        H("Årsberetning 2023", 2),
        P("Lyngbråten Arbeid AS er en arbeids- og inkluderingsbedrift i Ringsaker. Selskapet eies 100 % av "
          "Stiftelsen Lyngbråten."),
        P("Lyngbråten Arbeid AS hadde i 2023 driftsinntekter på 31,4 millioner kroner og 46 ansatte."),
        P("Styret i Lyngbråten Arbeid AS"), _SIGN),
          Expect(org_name="Lyngbråten Arbeid AS", owners=frozenset({("Stiftelsen Lyngbråten", 100.0)})),
          formats=WORD, title="Årsberetning 2023 Lyngbråten Arbeid AS"),
]

_MANY = tuple(P(f"Lyngbråten AS {s}") for s in (
    "hadde i 2023 driftsinntekter på 31,4 millioner kroner.", "hadde 46 ansatte ved utgangen av året.",
    "har avdelinger i Moelv og på Brumunddal.", "fikk nye avtaler med NAV Innlandet i 2023.",
    "leier lokalene i Industrivegen 9.", "hadde et sykefravær på 6,1 %.", "har et godt grunnlag for videre drift.",
    "har inngått avtale om kantinedrift.", "deltok på messen i Hamar."))
PROBES += [
    # the company named nine times, nothing said of the ownership, no board's line: not the company, surely
    Probe("h41fG-foundation-beside-same-core-as-named-nine-times", "organisation", (
        H("Årsberetning 2023", 2), P("Stiftelsen Lyngbråten ble opprettet i 1986."), *_MANY, _SIGN),
          Expect(low_confidence=("org_name",)), formats=("docx",), title="Årsmelding 2023 Stiftelsen Lyngbråten"),
]

# --- 2. an organ's sentence is no name -------------------------------------------------------------
PROBES += [
    Probe("h41fG-nn-organ-sentence-representantskapet", "organisation", (
        H("Årsmelding 2023", 2),
        P("Representantskapet er selskapet sitt øvste organ og har ein representant frå kvar eigarkommune. "
          "Representantskapet har hatt to møte i 2023, og representantskapet godkjende budsjettet."),
        P("Styret har hatt seks møte og handsama 41 saker. Selskapet har 14 tilsette."),
        P("Sognefjorden Hamnevesen har i 2023 fått ny kai i Vik.")),
          Expect(org_name="Sognefjorden Hamnevesen"), lang="nn", formats=WORD,
          title="Sognefjorden Hamnevesen"),
    Probe("h41fG-organ-sentence-generalforsamlingen", "organisation", (
        H("Årsberetning 2023", 2),
        P("Generalforsamlingen er selskapets øverste organ. Generalforsamlingen ble avholdt 12. mai 2023."),
        P("Årsmøtet er foreningens høyeste myndighet."),
        P("Nordre Ås Bygdeservice har 9 ansatte og leverer vaktmestertjenester.")),
          Expect(org_name="Nordre Ås Bygdeservice"), formats=WORD, title="Nordre Ås Bygdeservice"),
]

# --- 3. a thanked partner's daglig leder is not ours -----------------------------------------------
_BOARD3 = P("Styret har i 2023 bestått av styreleder Gunvor Elvebakk, nestleder Rolf Tveitan og styremedlem "
            "Sissel Moberget.")
_BOARD3_NN = P("Styret har i 2023 vore samansett av styreleiar Gunvor Elvebakk, nestleiar Rolf Tveitan og styremedlem "
               "Sissel Moberget.")
BOARD3 = board(("Gunvor Elvebakk", "LEDE"), ("Rolf Tveitan", "NEST"), ("Sissel Moberget", "MEDL"))
PROBES += [
    Probe("h41fG-nn-thanks-to-partners-dagleg-leiar-name-after", "ceo", (
        H("Årsmelding", 2), _BOARD3_NN,
        P("Laget har 164 medlemer og arrangerte tre stemne i 2023."),
        P("Takk til dagleg leiar i Sparebanken Nordfjord, Kjellfrid Årdal, for gåva til ungdomsgruppa.")),
          Expect(board=BOARD3, ceo=None), lang="nn", formats=WORD, title="Årsmelding 2023 Elvebakk Skyttarlag"),
    Probe("h41fG-thanks-sponsors-daglig-leder-name-after", "ceo", (
        H("Årsberetning", 2), _BOARD3,
        P("Klubben har 212 medlemmer og arrangerte to turneringer i 2023."),
        P("Vi takker daglig leder i hovedsponsoren, Bernt Ulvestad, for et godt samarbeid gjennom året.")),
          Expect(board=BOARD3, ceo=None), formats=WORD, title="Årsberetning 2023 Elvebakk Tennisklubb"),
    Probe("h41fG-thanks-daglig-leder-of-named-company-name-before", "ceo", (
        H("Årsberetning", 2), _BOARD3,
        P("En stor takk til Bernt Ulvestad, daglig leder i Ulvestad Transport AS, som har kjørt utstyret vårt "
          "gratis i hele år.")),
          Expect(board=BOARD3, ceo=None), formats=WORD, title="Årsberetning 2023 Elvebakk Tennisklubb"),
    # our own daglig leder, thanked by name: stays
    Probe("h41fG-nn-thanks-own-dagleg-leiar-stays", "ceo", (
        H("Årsmelding", 2), _BOARD3_NN,
        P("Takk til dagleg leiar, Kjellfrid Årdal, for god innsats gjennom året, og til alle tilsette.")),
          Expect(board=BOARD3, ceo="Kjellfrid Årdal"), lang="nn", formats=WORD,
          title="Årsmelding 2023 Elvebakk Arbeidssenter AS"),
]
PROBES += [
    # the body before the title: "<Body> og dagleg leiar X", "<Body>, ved daglig leder X"
    Probe("h41fG-nn-thanks-bank-og-dagleg-leiar", "ceo", (
        H("Årsmelding", 2), _BOARD3_NN,
        P("Takk til Sparebanken Nordfjord og dagleg leiar Kjellfrid Årdal for god støtte til ungdomsarbeidet.")),
          Expect(board=BOARD3, ceo=None), lang="nn", formats=WORD, title="Årsmelding 2023 Elvebakk Skyttarlag"),
    Probe("h41fG-thanks-firm-ved-daglig-leder", "ceo", (
        H("Årsberetning", 2), _BOARD3,
        P("Vi retter en takk til Ulvestad Transport, ved daglig leder Bernt Ulvestad, for gratis frakt av utstyret.")),
          Expect(board=BOARD3, ceo=None), formats=WORD, title="Årsberetning 2023 Elvebakk Tennisklubb"),
    # the sponsor's daglig leder thanked, then named again by the title alone in the same paragraph
    Probe("h41fG-thanks-sponsors-daglig-leder-named-again", "ceo", (
        H("Årsberetning", 2), _BOARD3,
        P("Vi takker daglig leder i hovedsponsoren, Bernt Ulvestad, for godt samarbeid. Daglig leder Bernt "
          "Ulvestad delte også ut premiene under klubbmesterskapet.")),
          Expect(board=BOARD3, ceo=None), formats=WORD, title="Årsberetning 2023 Elvebakk Tennisklubb"),
]

# --- 4. owners in a floated side panel with no fill and no frame -----------------------------------
_BODY4 = ("Nærøy Kraftlag er eit energiselskap som produserer og sel straum til om lag 4 200 kundar. "
          "Produksjonen i 2023 var 118 GWh, noko over eit normalår, og selskapet fekk eit resultat før skatt "
          "på 21,6 millionar kroner. Det har vore arbeidd vidare med oppgraderinga av kraftstasjonen, og "
          "arbeidet med nye turbinar vart ferdig i oktober.")
_BODY4B = ("Sjukefråværet var 3,9 %, og det har ikkje vore skadar med fråvær i året. Styret har hatt sju møte og "
           "handsama 52 saker. Selskapet har 19 tilsette, av dei fire kvinner.")
OWNERS4 = frozenset({("Vik kommune", 70.0), ("Høyanger kommune", 30.0)})
OWNERS4B = frozenset({("Sogndal kommune", 65.0), ("Luster kommune", 35.0)})


def _side_page(side: str, width: int = 40, size: float = 8.5, left: bool = False, top: int = 0) -> Html:
    """A designer's page: the body in a wide column and, beside it (``left``: before it), a narrow column
    of plain text ``width`` mm wide, no fill and no frame, ``top`` mm lower than the body's first line."""
    body = f'<div style="width: {158 - width}mm">' + "".join(f"<p>{t}</p>" for t in (_BODY4, _BODY4B)) + "</div>"
    panel = f'<div style="width: {width}mm; font-size: {size}pt; color: #333; margin-top: {top}mm">{side}</div>'
    return Html('<div style="display: flex; gap: 5mm; align-items: flex-start">'
                + (panel + body if left else body + panel) + "</div>")


_STACK = "<p><b>Eigarar</b></p><p>Vik kommune 70 %</p><p>Høyanger kommune 30 %</p>"


_T4 = "Årsmelding 2023 Nærøy Kraftlag AS"
PROBES += [
    Probe("h41fG-nn-side-column-owners-label-line", "owners", (
        H("Årsmelding 2023", 2),
        _side_page("<p><b>Org.nr.</b> 981 245 372</p><p>Eigarar: Vik kommune 70 %, Høyanger kommune 30 %</p>"
                   "<p>Tilsette: 19</p>")),
          Expect(owners=OWNERS4, org_name="Nærøy Kraftlag AS"), lang="nn", formats=BROWSER, title=_T4),
    Probe("h41fG-nn-side-column-owners-sentence", "owners", (
        H("Årsmelding 2023", 2),
        _side_page("<p>Selskapet er eigd av Sogndal kommune (65 %) og Luster kommune (35 %).</p>"
                   "<p>Hovudkontoret ligg i Vik.</p>")),
          Expect(owners=OWNERS4B, org_name="Nærøy Kraftlag AS"), lang="nn", formats=BROWSER, title=_T4),
    Probe("h41fG-nn-text-box-no-frame-owners-label-line", "owners", (
        H("Årsmelding 2023", 2),
        Box(("Eigarar: Vik kommune 70 %, Høyanger kommune 30 %",), size=8.5, left=330, width=135, height=90,
            wrap=True, frame=False),
        P(_BODY4), P(_BODY4B)),
          Expect(owners=OWNERS4, org_name="Nærøy Kraftlag AS"), lang="nn", formats=WORD, title=_T4),
    Probe("h41fG-nn-text-box-no-frame-owners-sentence", "owners", (
        H("Årsmelding 2023", 2),
        Box(("Selskapet er eigd av Sogndal kommune (65 %) og Luster kommune (35 %).",), size=8.5, left=330,
            width=135, height=90, wrap=True, frame=False),
        P(_BODY4), P(_BODY4B)),
          Expect(owners=OWNERS4B, org_name="Nærøy Kraftlag AS"), lang="nn", formats=WORD, title=_T4),
]

# the panel so narrow that its lines wrap: the share's sign, or the name's rest, on a line of its own
PROBES += [
    Probe("h41fG-nn-side-column-owner-stack-sign-wrapped", "owners", (
        H("Årsmelding 2023", 2), _side_page(_STACK, width=34, size=10)),
          Expect(owners=OWNERS4), lang="nn", formats=BROWSER, title=_T4),
    Probe("h41fG-nn-side-column-left-owner-stack-names-wrapped", "owners", (
        H("Årsmelding 2023", 2), _side_page(_STACK, width=24, size=10, left=True, top=20)),
          Expect(owners=OWNERS4), lang="nn", formats=BROWSER, title=_T4),
    Probe("h41fG-side-column-owner-stack-share-wrapped", "owners", (
        H("Årsberetning 2023", 2),
        _side_page("<p><b>Eiere</b></p><p>Sogndal kommune 65 %</p><p>Luster kommune 35 %</p>", width=30, size=10)),
          Expect(owners=OWNERS4B), formats=BROWSER, title="Årsberetning 2023 Nærøy Kraftlag AS"),
    Probe("h41fG-nn-text-box-no-frame-owner-stack-wrapped", "owners", (
        H("Årsmelding 2023", 2),
        Box(("Eigarar", "Vik kommune 70 %", "Høyanger kommune 30 %"), size=10, left=380, width=80, height=110,
            wrap=True, frame=False),
        P(_BODY4), P(_BODY4B)),
          Expect(owners=OWNERS4), lang="nn", formats=WORD, title=_T4),
]


def _level(panel: str, side: str = "right", width: int = 42) -> Html:
    """A bare panel (no fill, no frame) floated beside the body in the body's size and line height, so its
    lines stand level with the body's, 7 pt from them; the body wraps back to the full measure under it."""
    margin = "0 0 0 7pt" if side == "right" else "0 7pt 0 0"
    body = f"{_BODY4} {_BODY4B}"
    return Html(f'<div style="float: {side}; width: {width}mm; margin: {margin}; font-size: 10pt; line-height: 1.35">'
                f'<p style="margin: 0">{panel}</p></div>'
                f'<p style="font-size: 10pt; line-height: 1.35; margin: 0">{body}</p>')


# the panel level with the body's lines, set apart by a strip of whitespace under an em
PROBES += [
    Probe("h41fG-nn-bare-level-panel-owners-label-line", "owners", (
        H("Om selskapet", 2), _level("Eigarar: Vik kommune 70 %, Høyanger kommune 30 %")),
          Expect(owners=OWNERS4), lang="nn", formats=BROWSER, title=_T4),
    Probe("h41fG-nn-bare-level-panel-owners-sentence", "owners", (
        H("Om selskapet", 2), _level("Selskapet er eigd av Sogndal kommune (65 %) og Luster kommune (35 %).")),
          Expect(owners=OWNERS4B), lang="nn", formats=BROWSER, title=_T4),
    Probe("h41fG-bare-level-panel-left-owners-sentence", "owners", (
        H("Om selskapet", 2), _level("Selskapet eies av Sogndal kommune (65 %) og Luster kommune (35 %).", "left")),
          Expect(owners=OWNERS4B), formats=BROWSER, title="Årsberetning 2023 Nærøy Kraftlag AS"),
]
