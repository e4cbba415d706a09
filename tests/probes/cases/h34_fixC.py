"""Kinds from the thirty-sixth to forty-first blind held-out sets' losses (h34-fixC, docs/phrasings.md
§92), written here with other names, places and figures: a balance whose column-header line
("Note 2022 2021", the first section title run into it) stands above a section title and a page
break, away from its headerless table; a contact line whose wrapped second line opens with its
separator and the phone number, no "Tlf."; a county's name opening a county branch's name
("Rogaland Ungdomslag"); villages the registers lack, which the text places itself: "på X i
<kommune>", a venue "på X" ("grendehuset på X"), "X-området".
Names, places and figures are invented."""
from probes.cases.statements import F
from probes.spec import H, P, T, Break, Expect, Probe

PDF = ("pdf",)


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h34c-{case_id}", family, tuple(items), expect, **kw)


_BALANCE = (
    ("Bygninger", "4", "41 200 000", "41 650 000"),
    ("Tomt", "", "2 300 000", "2 300 000"),
    ("Sum anleggsmidler", "", "43 500 000", "43 950 000"),
    ("Omløpsmidler", "", "", ""),
    ("Kundefordringer", "", "12 400", "15 100"),
    ("Bankinnskudd", "", "388 600", "902 300"),
    ("Sum omløpsmidler", "", "401 000", "917 400"),
    ("Sum eiendeler", "", "43 901 000", "44 867 400"),
    ("Egenkapital og gjeld", "", "", ""),
    ("Innskutt egenkapital", "", "980 000", "980 000"),
    ("Opptjent egenkapital", "", "-1 420 300", "-1 501 700"),
    ("Sum egenkapital", "", "-440 300", "-521 700"),
    ("Borettslagslån", "5", "44 012 500", "45 118 900"),
    ("Leverandørgjeld", "", "328 800", "270 200"),
    ("Sum gjeld", "", "44 341 300", "45 389 100"),
    ("Sum egenkapital og gjeld", "", "43 901 000", "44 867 400"),
)

PROBES = [
    # the balance's header line at the foot of one page, its lines (no header row) on the next, after
    # a result statement with budget columns (whose columns it cannot borrow)
    _p("balance-header-line-over-page-break", "statements", (
        H("Resultatregnskap", 2),
        T((("", "Note", "Regnskap 2022", "Regnskap 2021", "Budsjett 2022", "Budsjett 2023"),
           ("Innkrevde felleskostnader", "2", "3 912 000", "3 780 400", "3 900 000", "4 050 000"),
           ("Sum driftsinntekter", "", "3 912 000", "3 780 400", "3 900 000", "4 050 000"),
           ("Sum driftskostnader", "", "2 871 300", "2 799 800", "2 880 000", "2 950 000"),
           ("Driftsresultat", "", "1 040 700", "980 600", "1 020 000", "1 100 000"),
           ("Netto finansposter", "", "-959 300", "-1 012 400", "-960 000", "-990 000"),
           ("Årsresultat", "", "81 400", "-31 800", "60 000", "110 000")), ruled=False),
        P("Alle beløp i hele kroner."),
        H("Balanse pr. 31.12.", 2),
        P("Note\t2022\t2021", tabs=(300, 380, 460)),
        P("Eiendeler"),
        Break(),
        P("Anleggsmidler"),
        T(_BALANCE, ruled=False, bold_header=False),
    ), Expect(key_figures=(F("sum_eiendeler", 2022, 43901000), F("sum_eiendeler", 2021, 44867400),
                           F("sum_egenkapital", 2022, -440300), F("sum_gjeld", 2021, 45389100),
                           F("sum_egenkapital_og_gjeld", 2022, 43901000))),
        formats=PDF, title="Årsberetning 2022 Solhellinga Borettslag"),
    # the phone number opens the wrapped second line of the contact line, after its separator
    _p("phone-opens-wrapped-contact-line", "organisation", (
        P("Lyngvik Arbeid AS · Havnegata 12, 8006 Bodø · post@lyngvikarbeid.no · www.lyngvikarbeid.no\n"
          "· 75 50 41 20 · Org.nr. 912 345 678", size=8.5),
        H("Virksomhetens art", 2),
        P("Lyngvik Arbeid AS gir arbeidsrettede tilbud på oppdrag fra NAV."),
    ), Expect(phone="75504120"), formats=PDF, title="Årsrapport 2023 Lyngvik Arbeid AS"),
    # a county opening a county branch's name: the text refers to the county
    _p("county-opens-branch-name", "places", (
        P("Laget er medlem av Noregs Ungdomslag og Rogaland Ungdomslag, og held til i eige hus."),
    ), Expect(places=("Rogaland",)), lang="nn", title="Årsmelding 2023 Solbakken Ungdomslag"),
    # a village placed by the text in its municipality
    _p("village-in-its-kommune", "places", (
        P("Borettslaget har 36 leiligheter i tre blokker på Storhamna i Bodø. Styret har hatt seks møter."),
    ), Expect(places=("Storhamna", "Bodø")), title="Årsberetning 2023 Hamnelia Borettslag"),
    # a venue on a village: "grendehuset på X"
    _p("venue-on-a-village", "places", (
        P("Medlemsmøtene ble holdt i grendehuset på Lauvhaugen den første tirsdagen i måneden."),
    ), Expect(places=("Lauvhaugen",)), title="Årsberetning 2023 Vestlia Pensjonistforening"),
    # "X-området": the text names an area
    _p("area-compound-of-a-village", "places", (
        P("Raudbergfjell-området har fått fire nye returpunkt for glass og metall."),
    ), Expect(places=("Raudbergfjell",)), title="Årsrapport 2023 Midtfjell Renovasjon IKS"),
]
