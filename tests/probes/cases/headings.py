"""Headings: how a report marks its sections when it does not use heading styles, as the PDF
shows them (texts invented)."""
from probes.spec import H, P, Break, Expect, Picture, Probe

_LONG_NB = ("Likepersonstjenesten har vokst videre i år, og sytten frivillige har gjennomført over femti "
            "samtaler og treff rundt om i landet, både digitalt og fysisk, med god respons fra deltakerne.")
_LONG_NN = ("Laget har arbeidd vidare med å nå politikarar og fagfolk, og styret har hatt fleire møte med "
            "helsetenesta og kommunane om tilbodet til medlemane i heile fylket gjennom året.")
_PAGE_NB = ("Styret har arbeidet med å bygge en robust organisasjon gjennom hele året. " * 6).strip()
_PAGE_NN = ("Styret har arbeidd med å byggje ein robust organisasjon gjennom heile året. " * 6).strip()


def _repeated_title(title: str, body: str) -> tuple:
    """The same section title on top of three pages in a row, then a new section."""
    return (P(body), Break(), H(title, 2), P(body), Break(), H(title, 2), P(body), Break(), H(title, 2), P(body),
            H("Økonomi", 2), P(body))


def _scan(heading: str, lines: tuple[str, ...], place_date: str) -> Picture:
    """A scanned page pasted as an image: a heading line, a gap, a paragraph, a place-date line."""
    return Picture(((heading,), ("",), *((line,) for line in lines), ("",), (place_date,)), faces=False)


PROBES = [
    Probe("plain-line-over-paragraph", "headings", (
        H("Organisasjonens arbeid", 2),
        P("Likepersonsarbeid\n" + _LONG_NB),
    ), Expect(headings=("Likepersonsarbeid",)), formats=("pdf",)),
    Probe("plain-line-over-paragraph-nn", "headings", (
        H("Organisasjonen sitt arbeid", 2),
        P("Påverknadsarbeid\n" + _LONG_NN),
    ), Expect(headings=("Påverknadsarbeid",)), lang="nn", title="Årsmelding 2023", formats=("pdf",)),
    Probe("plain-list-lines-not-headings", "headings", (
        H("Oppnåelser", 2),
        P("Arrangerte fagdag for medlemmene i mars.\nLanserte ny nettside\n" + _LONG_NB),
    ), Expect(headings=("Oppnåelser",), absent_headings=("Lanserte ny nettside",)), formats=("pdf",)),
    Probe("plain-label-over-name-not-heading-nn", "headings", (
        H("Tillitsvalde", 2),
        P("Leiar\nIngrid Haugland\nNestleiar\nNils Bakke"),
        P(_LONG_NN),
    ), Expect(absent_headings=("Leiar", "Nestleiar", "Ingrid Haugland")), lang="nn", title="Årsmelding 2023",
        formats=("pdf",)),
    Probe("title-repeated-atop-pages", "headings", _repeated_title("Organisasjonens arbeid", _PAGE_NB),
          Expect(headings=("Organisasjonens arbeid", "Økonomi")), formats=("docx", "pdf")),
    Probe("title-repeated-atop-pages-nn", "headings", _repeated_title("Organisasjonen sitt arbeid", _PAGE_NN),
          Expect(headings=("Organisasjonen sitt arbeid", "Økonomi")), lang="nn", title="Årsmelding 2023",
          formats=("docx", "pdf")),
    Probe("title-word-and-year-two-lines", "headings", (
        H("ÅRSMELDING\n2023", 1),
        H("Om foreningen", 2),
        P(_LONG_NB),
    ), Expect(headings=("ÅRSMELDING 2023", "Om foreningen")), title=None, formats=("docx", "pdf")),
    Probe("title-word-and-year-two-lines-nn", "headings", (
        H("ÅRSMELDING\n2023", 1),
        H("Om laget", 2),
        P(_LONG_NN),
    ), Expect(headings=("ÅRSMELDING 2023", "Om laget")), lang="nn", title=None, formats=("docx", "pdf")),
    Probe("scanned-page-heading", "headings", (
        H("Kontrollkomiteens beretning", 2),
        _scan("Kontrollkomiteens beretning for 2023", (
            "Kontrollkomiteen har gått gjennom regnskapet og styrets protokoller for året",
            "og har ingen merknader til forvaltningen av foreningens midler i perioden",
            "Vi anbefaler at årsmøtet godkjenner regnskapet slik det er lagt fram",
        ), "Hamar, 12. februar 2024"),
    ), Expect(headings=("Kontrollkomiteens beretning for 2023",), absent_headings=("Hamar, 12. februar 2024",)),
        formats=("pdf",)),
    Probe("scanned-page-heading-nn", "headings", (
        H("Kontrollnemnda", 2),
        _scan("Kontrollnemnda si melding for 2023", (
            "Kontrollnemnda har gått gjennom rekneskapen og protokollane til styret for året",
            "og har ingen merknader til forvaltninga av midlane til laget i perioden",
            "Vi rår årsmøtet til å godkjenne rekneskapen slik han er lagd fram",
        ), "Voss, 12. februar 2024"),
    ), Expect(headings=("Kontrollnemnda si melding for 2023",)), lang="nn", title="Årsmelding 2023",
        formats=("pdf",)),
]
