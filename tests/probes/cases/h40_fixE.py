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
