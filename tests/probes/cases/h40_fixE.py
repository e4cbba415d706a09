"""Fortieth-round cases (h40-fixE, docs/phrasings.md §131). A farm's or a building's name as the
organisation's address, with no street number, only in the page footer of a Word report; a main
heading printed as a page's last line; designer board cards one to a row with a note under the
name, and a member's card beside a deputy's; an event or a workplace "på" a small village.
Organisations, people and figures are invented; places are real."""
from probes.spec import H, P, Break, Expect, Header, Html, Probe, board

BROWSER = ("browser",)
WORD = ("docx", "pdf")

_FILL = tuple(P("Året har vært preget av stabil drift og god tilgang på oppdrag. Samarbeidet med kommunen og "
                "næringslivet i regionen har vært godt, og alle avdelinger holdt budsjettet. Sykefraværet gikk "
                "ned fra året før, og deltakerne har fått nye oppgaver innen vedlikehold og service.")
              for _ in range(12))

# --- 1. a farm's or a building's name as the address, only in the footer -----------------------------
PROBES = [
    Probe("h40fE-footer-farm-name-dot-postcode", "organisation", (
        H("Årsberetning 2023", 1), *_FILL[:8],
        Header("Bjølstad Gardsutvikling AS · Søre Bjølstad gard · 2676 Heidal", footer=True)),
          Expect(address="Søre Bjølstad gard"), formats=WORD, title="Årsrapport 2023 Bjølstad Gardsutvikling AS"),
    Probe("h40fE-footer-farm-name-alone-then-postcode", "organisation", (
        H("Årsberetning 2023", 1), *_FILL[:8],
        Header("Nordre Haugen gard · 3650 Tinn Austbygd", footer=True)),
          Expect(address="Nordre Haugen gard"), formats=WORD, title="Årsrapport 2023 Haugen Inn på tunet SA"),
    Probe("h40fE-nn-footer-building-name-dash-postcode-phone", "organisation", (
        H("Årsmelding 2023", 1), *_FILL[:8],
        Header("Skjåk Vekst AS – Gamle meieriet – 2690 Skjåk – tlf. 61 21 40 00", footer=True)),
          Expect(address="Gamle meieriet"), lang="nn", formats=WORD, title="Årsmelding 2023 Skjåk Vekst AS"),
    Probe("h40fE-footer-farm-name-comma-postcode", "organisation", (
        H("Årsberetning 2023", 1), *_FILL[:8],
        Header("Øvre Rudi gard, 2676 Heidal | post@rudigard.no", footer=True)),
          Expect(address="Øvre Rudi gard"), formats=WORD, title="Årsrapport 2023 Rudi Gard og Kurs AS"),
]

# --- 2. a main heading printed as a page's last line, its text on the next page --------------------
_SHORT = tuple(P(f"Punkt {k}: rutiner for vedlikehold og service er gjennomgått.") for k in range(1, 40))


def _foot_heading(lines: int, heading: str, after: str, lang_fill=_FILL) -> tuple:
    """The body fills the page but one line; then a large bold heading (no Word heading style, so
    nothing keeps it with the next paragraph) and its text on the next page."""
    return (H("Årsberetning 2023", 1), *lang_fill[:3], *_SHORT[:lines], P(heading, bold=True, size=16), P(after),
            *lang_fill[3:5])


PROBES += [
    Probe("h40fE-main-heading-last-line-of-page", "headings",
          _foot_heading(17, "Økonomi og drift", "Driftsinntektene økte med om lag en tiendedel fra året før."),
          Expect(headings=("Økonomi og drift",)), formats=WORD, title="Årsrapport 2023 Heidal Vekst AS"),
]
PROBES += [
    Probe("h40fE-main-heading-last-line-of-page-above-running-footer", "headings",
          (*_foot_heading(17, "Økonomi og drift", "Driftsinntektene økte med om lag en tiendedel fra året før."),
           Header("Heidal Vekst AS · Årsrapport 2023", footer=True)),
          Expect(headings=("Økonomi og drift",), absent_headings=("Heidal Vekst AS · Årsrapport 2023",)),
          formats=WORD, title="Årsrapport 2023 Heidal Vekst AS"),
]


def _browser_foot(spacer_mm: float, heading: str, after: str, footer: str = "") -> Html:
    """A designer's page: text, then a main heading (h1) as the page's last line, its text on the
    next page; ``footer`` a running footer printed at every page's foot."""
    fill = "".join(f"<p>{p.text}</p>" for p in _FILL[:3])
    foot = (f'<div style="position: fixed; bottom: -14mm; left: 0; font-size: 7.5pt; color: #667">{footer}</div>'
            if footer else "")
    return Html(f'{foot}<h1>Årsrapport 2023</h1><div style="height: {spacer_mm}mm">{fill}</div>'
                f'<h1>{heading}</h1><p>{after}</p>' + "".join(f"<p>{p.text}</p>" for p in _FILL[3:6]))


PROBES += [
    Probe("h40fE-browser-h1-last-line-of-page", "headings",
          (_browser_foot(222, "Økonomi og drift", "Driftsinntektene økte med om lag en tiendedel fra året før."),),
          Expect(headings=("Økonomi og drift",)), formats=BROWSER, title=None),
    Probe("h40fE-browser-h1-last-line-of-page-running-footer", "headings",
          (_browser_foot(222, "Økonomi og drift", "Driftsinntektene økte med om lag en tiendedel fra året før.",
                         "Heidal Vekst AS · Årsrapport 2023"),),
          Expect(headings=("Økonomi og drift",), absent_headings=("Heidal Vekst AS · Årsrapport 2023",)),
          formats=BROWSER, title=None),
]

# --- 3. board cards one to a row, a note under the name; a member's card beside a deputy's -----------
_PHOTO = '<div style="flex: 0 0 26mm; height: 32mm; background: #d9dfe4"></div>'


def _wide_cards(cards, per_row: int = 1, role_first: bool = False) -> Html:
    """A designer's board page: cards ``per_row`` to a row (one: each as wide as the text), a
    shaded photo box left of the name in bold, the role in small grey capitals under it (over it
    with ``role_first``) and a short note."""
    def card(name: str, role: str, note: str) -> str:
        note_div = f'<div style="font-size: 8pt; color: #444; margin-top: 2pt">{note}</div>' if note else ""
        name_div = f'<div style="font-weight: bold; font-size: 11pt">{name}</div>'
        role_div = f'<div style="font-size: 7.5pt; letter-spacing: .5pt; text-transform: uppercase; color: #667">{role}</div>'
        return (f'<div style="display: flex; gap: 6mm; align-items: flex-start; margin-bottom: 6mm">{_PHOTO}<div>'
                + (role_div + name_div if role_first else name_div + role_div) + f'{note_div}</div></div>')
    rows = [cards[k:k + per_row] for k in range(0, len(cards), per_row)]
    return Html("".join(f'<div style="display: grid; grid-template-columns: repeat({per_row}, 1fr); gap: 0 8mm">'
                        + "".join(card(*c) for c in row) + "</div>" for row in rows))


_STACKED = _wide_cards((
    ("Torgeir Bakkelund", "Styreleder", "Gardbruker og daglig leder i Bakkelund Sag. Medlem av styret siden 2017."),
    ("Ingvild Sørbø", "Nestleder", "Rådgiver i Lom kommune, med bakgrunn fra regnskap og økonomistyring."),
    ("Petter Hjelle", "Styremedlem", "Valgt av de ansatte. Arbeidsleder i vedlikeholdsgruppa."),
    ("Marit Vole", "Styremedlem", "Driver eget reiselivsfirma i Bøverdalen."),
    ("Sindre Lykken", "Varamedlem", "Elektriker, bosatt på Garmo.")))
BOARD3 = board(("Torgeir Bakkelund", "LEDE"), ("Ingvild Sørbø", "NEST"), ("Petter Hjelle", "MEDL", True),
               ("Marit Vole", "MEDL"), ("Sindre Lykken", "VARA"))
_PAIRED = _wide_cards((
    ("Torgeir Bakkelund", "Styreleder", "Gardbruker og daglig leder i Bakkelund Sag."),
    ("Ingvild Sørbø", "Nestleder", "Rådgiver i Lom kommune."),
    ("Petter Hjelle", "Styremedlem", "Arbeidsleder i vedlikeholdsgruppa."),
    ("Sindre Lykken", "Varamedlem", "Elektriker, bosatt på Garmo."),
    ("Marit Vole", "Styremedlem", "Driver eget reiselivsfirma."),
    ("Aslaug Tofte", "Varamedlem", "Lærer ved Lom skule.")), per_row=2)
BOARD3B = board(("Torgeir Bakkelund", "LEDE"), ("Ingvild Sørbø", "NEST"), ("Petter Hjelle", "MEDL"),
                ("Marit Vole", "MEDL"), ("Sindre Lykken", "VARA"), ("Aslaug Tofte", "VARA"))
PROBES += [
    Probe("h40fE-board-cards-one-a-row-note-under-name", "board", (H("Styret", 2), _STACKED),
          Expect(board=BOARD3, chair="Torgeir Bakkelund", sure_board=("Torgeir Bakkelund", "Petter Hjelle")),
          formats=BROWSER, title="Årsrapport 2023 Lom Arbeidssenter AS"),
    Probe("h40fE-board-cards-member-beside-deputy", "board", (H("Styret", 2), _PAIRED),
          Expect(board=BOARD3B, chair="Torgeir Bakkelund"), formats=BROWSER, title="Årsrapport 2023 Lom Arbeidssenter AS"),
]
_PAIRED_ALL = _wide_cards((
    ("Torgeir Bakkelund", "Styreleder", "Gardbruker på Bakkelund."),
    ("Sindre Lykken", "Varamedlem", "Elektriker, bosatt på Garmo."),
    ("Petter Hjelle", "Styremedlem", "Arbeidsleder i vedlikeholdsgruppa."),
    ("Aslaug Tofte", "Varamedlem", "Lærer ved Lom skule."),
    ("Marit Vole", "Styremedlem", "Driver eget reiselivsfirma."),
    ("Ola Rusten", "Varamedlem", "Snekker.")), per_row=2)
PROBES += [
    Probe("h40fE-board-cards-each-member-beside-a-deputy", "board", (H("Styret", 2), _PAIRED_ALL),
          Expect(board=board(("Torgeir Bakkelund", "LEDE"), ("Petter Hjelle", "MEDL"), ("Marit Vole", "MEDL"),
                             ("Sindre Lykken", "VARA"), ("Aslaug Tofte", "VARA"), ("Ola Rusten", "VARA")),
                 chair="Torgeir Bakkelund"), formats=BROWSER, title="Årsrapport 2023 Lom Arbeidssenter AS"),
]
_ROLE_OVER_PAIRED = _wide_cards((
    ("Torgeir Bakkelund", "Styreleder", "Gardbruker på Bakkelund."),
    ("Ingvild Sørbø", "Nestleder", "Rådgiver i Lom kommune."),
    ("Petter Hjelle", "Styremedlem", "Valgt av de ansatte."),
    ("Sindre Lykken", "Varamedlem", "Elektriker, bosatt på Garmo."),
    ("Marit Vole", "Styremedlem", "Driver eget reiselivsfirma."),
    ("Aslaug Tofte", "Varamedlem", "Lærer ved Lom skule.")), per_row=2, role_first=True)
_NN_PERSONAL = _wide_cards((
    ("Ragnhild Skjæran", "Styreleiar", "Bonde på Skjæran."),
    ("Eirik Neergard", "Personleg vara", "Vara for Ragnhild Skjæran."),
    ("Gaute Sandvik", "Styremedlem", "Tømrar."),
    ("Brita Lien", "Personleg vara", "Vara for Gaute Sandvik.")), per_row=2, role_first=True)
PROBES += [
    # role over name, each row a member's card beside another's: the employees' note is the member's
    Probe("h40fE-board-cards-role-over-name-member-beside-deputy", "board", (H("Styret", 2), _ROLE_OVER_PAIRED),
          Expect(board=board(("Torgeir Bakkelund", "LEDE"), ("Ingvild Sørbø", "NEST"), ("Petter Hjelle", "MEDL", True),
                             ("Marit Vole", "MEDL"), ("Sindre Lykken", "VARA"), ("Aslaug Tofte", "VARA")),
                 chair="Torgeir Bakkelund"), formats=BROWSER, title="Årsrapport 2023 Lom Arbeidssenter AS"),
    Probe("h40fE-board-cards-one-a-row-role-over-name", "board",
          (H("Styret", 2), _wide_cards((
              ("Torgeir Bakkelund", "Styreleder", "Gardbruker og daglig leder i Bakkelund Sag. Medlem av styret siden 2017."),
              ("Ingvild Sørbø", "Nestleder", "Rådgiver i Lom kommune, med bakgrunn fra regnskap og økonomistyring."),
              ("Petter Hjelle", "Styremedlem", "Valgt av de ansatte. Arbeidsleder i vedlikeholdsgruppa."),
              ("Marit Vole", "Styremedlem", "Driver eget reiselivsfirma i Bøverdalen."),
              ("Sindre Lykken", "Varamedlem", "Elektriker, bosatt på Garmo.")), role_first=True)),
          Expect(board=BOARD3, chair="Torgeir Bakkelund", sure_board=("Petter Hjelle",)), formats=BROWSER,
          title="Årsrapport 2023 Lom Arbeidssenter AS"),
    # the deputy's card says personal: a member and a personal deputy, the same entries
    Probe("h40fE-nn-board-cards-personal-deputy-beside-member", "board", (H("Styret", 2), _NN_PERSONAL),
          Expect(board=board(("Ragnhild Skjæran", "LEDE"), ("Gaute Sandvik", "MEDL"), ("Eirik Neergard", "VARA"),
                             ("Brita Lien", "VARA")), chair="Ragnhild Skjæran"),
          lang="nn", formats=BROWSER, title="Årsmelding 2023 Skjåk Arbeidssenter AS"),
]

# --- 4. an event or a workplace "på" a small village -------------------------------------------------
_YEAR = P("Virksomheten har hatt et godt år med stabil drift og god tilgang på oppdrag.")
PROBES += [
    # a post town the register writes with its district ("Hovden i Setesdal"), named by its first word
    Probe("h40fE-workplace-paa-village-register-writes-with-district", "places", (
        H("Årsberetning 2023", 1), _YEAR,
        P("I høst åpnet vi en ny arbeidsplass på Hovden, der fire deltakere har faste oppgaver i løypene.")),
          Expect(places=("Hovden",)), formats=WORD, title="Årsrapport 2023 Setesdal Vekst AS"),
    Probe("h40fE-nn-dugnad-paa-village-register-writes-with-district", "places", (
        H("Årsmelding 2023", 1), _YEAR,
        P("Dugnaden på Skage samla over tretti frivillige ein laurdag i mai.")),
          Expect(places=("Skage",)), lang="nn", formats=("docx",), title="Årsmelding 2023 Namdal Arbeidssenter AS"),
    # a post town that is a first name as well: a workplace or a gathering "på" it places it
    Probe("h40fE-workplace-paa-post-town-that-is-a-first-name", "places", (
        H("Årsberetning 2023", 1), _YEAR,
        P("Arbeidsplassen på Lena har hatt god tilgang på oppdrag fra gårdbrukere i området."),
        P("Sommerfesten på Sander samlet deltakere, ansatte og pårørende.")),
          Expect(places=("Lena", "Sander")), formats=("docx",), title="Årsrapport 2023 Toten Vekst AS"),
    # ... but a person one thinks of, and a surname, are none
    Probe("h40fE-paa-first-name-after-a-verb-is-no-place", "places", (
        H("Årsberetning 2023", 1), _YEAR,
        P("Vi tenker i dag på Lena Brattbakk, som gikk bort i høst etter mange år i bedriften."),
        P("Styret takker Kari Skage for innsatsen som daglig leder.")),
          Expect(absent_places=("Lena", "Skage")), formats=("docx",), title="Årsrapport 2023 Toten Vekst AS"),
]

# --- 3b. one card to a row, name, role and note all in the body's size --------------------------------
def _plain_cards(cards) -> Html:
    """Each card a row: a photo box, then the name in bold, the role and a note of a line or two, all
    in one size (a note that fills its line makes the role above it look like its heading)."""
    return Html("".join(f'<div style="display: flex; gap: 6mm; margin-bottom: 8mm">{_PHOTO}<div>'
                        f'<div style="font-weight: bold">{name}</div><div>{role}</div><div>{note}</div></div></div>'
                        for name, role, note in cards))


_LONG_NOTE = ("Gardbruker og daglig leder i eget firma. Har sittet i styret siden 2017 og ledet det de siste to "
              "årene, med særlig ansvar for eierdialogen.")
_PLAIN = (("Torgeir Bakkelund", "Styreleder", _LONG_NOTE),
          ("Ingvild Sørbø", "Nestleder", "Rådgiver i Lom kommune."),
          ("Petter Hjelle", "Styremedlem", "Arbeidsleder i vedlikeholdsgruppa."),
          ("Sindre Lykken", "Varamedlem", "Elektriker, bosatt på Garmo."))
BOARD3C = board(("Torgeir Bakkelund", "LEDE"), ("Ingvild Sørbø", "NEST"), ("Petter Hjelle", "MEDL"),
                ("Sindre Lykken", "VARA"))
PROBES += [
    Probe("h40fE-board-cards-one-a-row-role-over-a-long-note", "board", (H("Styret", 2), _plain_cards(_PLAIN)),
          Expect(board=BOARD3C, chair="Torgeir Bakkelund"), formats=BROWSER, title="Årsrapport 2023 Lom Arbeidssenter AS"),
    Probe("h40fE-board-cards-one-a-row-role-since-a-year", "board", (
        H("Styret", 2), _plain_cards((("Torgeir Bakkelund", "Styreleder siden 2021", "Gardbruker."), *_PLAIN[1:]))),
          Expect(board=BOARD3C, chair="Torgeir Bakkelund"), formats=BROWSER, title="Årsrapport 2023 Lom Arbeidssenter AS"),
    Probe("h40fE-nn-board-cards-one-a-row-role-since-a-year-long-note", "board", (
        H("Styret", 2), _plain_cards((("Ragnhild Skjæran", "Styreleiar frå 2020", _LONG_NOTE),
                                      ("Gaute Sandvik", "Nestleiar", "Tømrar."), ("Brita Lien", "Styremedlem", "Lærar.")))),
          Expect(board=board(("Ragnhild Skjæran", "LEDE"), ("Gaute Sandvik", "NEST"), ("Brita Lien", "MEDL")),
                 chair="Ragnhild Skjæran"), lang="nn", formats=BROWSER, title="Årsmelding 2023 Skjåk Arbeidssenter AS"),
]
