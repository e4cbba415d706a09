"""Kinds from the forty-second and forty-third blind held-out sets' errors, written here with other
names, places and words (h34-fixD; docs/phrasings.md §93): a country named only by the auditor's
standard paragraph ("god regnskapsskikk i Norge"), which readers do not list as a place the
report refers to; board roles given only on an e-signature page whose rows run "Surname, Given
names — Role — time stamp"; a bio whose role is a closing sentence without a subject ("Styrets leder
siden 2018.", "Nestleder, styremedlem siden 2016."); a running header's short name, the place and
an acronym of the rest ("X JFF"), beside the full name on the cover; an election committee's proposal
with its candidates on the label's line ("Valgkomiteens forslag til nytt styre: leder X, ..."); nn, a
statement with only "Regnskap hittil i år | Budsjett" headers set flush left over figures set flush
right, the print date in the label's header cell; an employee-elected member stated so in a centred bio under his portrait,
whose short last line a PDF's reading took for a new paragraph, while the signatures give only
his title.
Names and places are invented."""
from probes.spec import H, P, T, Break, Expect, Figure, Header, Probe, Sign, board

WORD = ("docx", "pdf")

# The auditor's standard paragraphs, in the words every Norwegian auditor's report prints.
_AUDIT = (
    H("Uavhengig revisors beretning", 2),
    P("Vi har revidert årsregnskapet for selskapet, som består av balanse per 31. desember 2023, "
      "resultatregnskap for regnskapsåret avsluttet per denne datoen og noter til årsregnskapet. Etter vår "
      "mening gir årsregnskapet et rettvisende bilde av selskapets finansielle stilling i samsvar med "
      "regnskapslovens regler og god regnskapsskikk i Norge."),
    P("Vi har gjennomført revisjonen i samsvar med lov, forskrift og god revisjonsskikk i Norge, herunder "
      "de internasjonale revisjonsstandardene (ISA-ene). Vi er uavhengige av selskapet i samsvar med kravene "
      "i relevante lover og forskrifter i Norge."),
)


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h34d-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # the country only in the auditor's boilerplate: not a place the report names (below review)
    _p("country-only-in-the-auditors-boilerplate", "places", (
        H("Årsberetning", 2),
        P("Bråtelia Arbeidssenter AS gir tilrettelagt arbeid til 46 deltakere fra verkstedet i Sandnes."),
        *_AUDIT,
    ), Expect(places=("Sandnes",), doubtful_places=("Norge",)), formats=WORD,
        title="Årsrapport 2023 Bråtelia Arbeidssenter AS"),
    # ... the same paragraphs beside a sentence that names the country itself: a place, sure
    _p("country-in-prose-and-the-auditors-boilerplate", "places", (
        H("Årsberetning", 2),
        P("Foreningen hadde 1 870 medlemmer i hele Norge ved utgangen av 2023."),
        *_AUDIT,
    ), Expect(places=("Norge",)), formats=("docx",), title="Årsrapport 2023 Tinnitusforeningen Vest"),
    # the board's roles only on the e-signature page: "Surname, Given — Role — time stamp"
    _p("esign-rows-with-dashes", "board", (
        H("Styret", 2),
        P("Styret har hatt sju møter og behandlet 41 saker."),
        H("Signaturer", 2),
        P("Årsberetningen er signert elektronisk av styret og daglig leder."),
        P("Bakke, Torild Marie — Styreleder — 2024-03-12 09:41"),
        P("Hovland, Sverre — Nestleder — 2024-03-12 10:05"),
        P("Ness, Oddrun Hildegunn — Styremedlem — 2024-03-13 08:17"),
        P("Tveito, Geir — Styremedlem — 2024-03-13 12:30"),
        P("Lunde, Hallvard — Daglig leder — 2024-03-13 14:02"),
    ), Expect(board=board(("Torild Marie Bakke", "LEDE"), ("Sverre Hovland", "NEST"),
                          ("Oddrun Hildegunn Ness", "MEDL"), ("Geir Tveito", "MEDL"))),
        formats=WORD, title="Årsrapport 2023 Fjellvang Bolig AS"),
    # a board of bio paragraphs, each opening with the name, the role only in a closing tenure
    # sentence without a subject; a management bio after them names no board role
    _p("bio-tenure-sentences", "board", (
        H("Styret", 2),
        P("Randi Elvestad", bold=True),
        P("Randi Elvestad (f. 1961) er utdannet jurist og har lang erfaring fra forsikring. Styrets leder siden 2018."),
        P("Kolbjørn Sætre", bold=True),
        P("Kolbjørn Sætre (f. 1955) er ingeniør og har ledet flere utbyggingsprosjekter. Nestleder, styremedlem "
          "siden 2016."),
        P("Vigdis Ormøy", bold=True),
        P("Vigdis Ormøy (f. 1977) er lege i allmennpraksis. Styremedlem siden 2020."),
        H("Ledelsen", 2),
        P("Harald Krogsæter (f. 1969) er administrerende direktør og har vært i selskapet siden 2012."),
    ), Expect(board=board(("Randi Elvestad", "LEDE"), ("Kolbjørn Sætre", "NEST"), ("Vigdis Ormøy", "MEDL"))),
        formats=WORD, title="Årsrapport 2023 Nordbyen Utleie AS"),
    # portraits with centred bios, one saying its member is employee-elected, wrapped so that its
    # short last line starts inside that phrase; the signatures give only the titles
    _p("centred-bio-employee-elected", "board", (
        P("Vågsbotn Industri AS produserer stålkonstruksjoner for bygg og anlegg og har 62 ansatte."),
        H("Styret", 2),
        P("Synnøve Rabben", centered=True),
        P("Synnøve Rabben (f. 1958) er siviløkonom og har ledet økonomiavdelingen i et rederi. Hun er "
          "styrets leder.", centered=True),
        P("Jostein Våge", centered=True),
        P("Jostein Våge (f. 1979) er fagarbeider og verneombud med lang fartstid fra sveiseverkstedet og "
          "lakkeringen, nå i monteringshallen og er valgt av og blant de ansatte. Styremedlem siden 2021.",
          centered=True),
        Sign((("Synnøve Rabben", "styreleder"), ("Arild Moldestad", "nestleder"), ("Hilde Brekkan", "styremedlem"),
              ("Jostein Våge", "styremedlem")), place_date="Os, 10. mars 2024"),
    ), Expect(board=board(("Synnøve Rabben", "LEDE"), ("Arild Moldestad", "NEST"), ("Hilde Brekkan", "MEDL"),
                          ("Jostein Våge", "MEDL", True))),
        formats=("pdf",), title="Årsrapport 2023 Vågsbotn Industri AS"),
    # the running header gives the name's short form, the place and an acronym of the rest ("X JFF")
    # on every page; the cover and the auditor write it out once each
    _p("running-header-acronym-of-the-name", "organisation", (
        Header("Vikersund JFF – årsmelding 2023"),
        P("Vikersund Jeger- og Fiskerforening", bold=True, size=20),
        P("Årsmelding 2023", size=14),
        Break(),
        H("Styrets beretning", 2),
        P("Foreningen har 214 medlemmer. Året var preget av god aktivitet på skytebanen og i fiskevannene."),
        P("Styret har hatt seks møter og behandlet 38 saker."),
        *(item for title, text in (
            ("Jakt", "Jegerprøvekurset samlet 22 deltakere, og 17 av dem besto eksamen."),
            ("Fiske", "Vi satte ut 4 000 settefisk i tre vann og ryddet to nye fiskeplasser."),
            ("Skytebanen", "Banen var åpen 46 kvelder, og standplassene fikk nytt tak."),
            ("Ungdom", "Ungdomsgruppen hadde 18 samlinger med til sammen 240 deltakere."),
            ("Økonomi", "Årsresultatet ble et overskudd på 41 220 kroner."))
          for item in (Break(), H(title, 2), P(text))),
        Break(),
        H("Revisjonsberetning", 2),
        P("Jeg har revidert årsregnskapet for Vikersund Jeger- og Fiskerforening for 2023. Etter min mening er "
          "regnskapet ført på en ordentlig måte."),
    ), Expect(org_name="Vikersund Jeger- og Fiskerforening"), formats=("pdf",), title=None),
    # the election committee's proposal, label and candidates on one line, just above the board's
    # signatures: next year's candidates, not this year's board
    _p("inline-proposal-before-signatures", "board", (
        H("Styret", 2),
        P("Oddvar Rønning, leder"),
        P("Marit Skaug, nestleder"),
        P("Helge Bakken, styremedlem"),
        P("Tordis Lien, varamedlem"),
        H("Årsmøtet", 2),
        P("Valgkomiteens forslag til nytt styre: leder Marit Skaug, nestleder Ivar Enger, varamedlem "
          "Anne Grethe Moen."),
        Sign((("Oddvar Rønning", "leder"), ("Marit Skaug", "nestleder"), ("Helge Bakken", "styremedlem")),
             place_date="Hamar, 20. februar 2024"),
    ), Expect(board=board(("Oddvar Rønning", "LEDE"), ("Marit Skaug", "NEST"), ("Helge Bakken", "MEDL"),
                          ("Tordis Lien", "VARA"))),
        formats=WORD, title="Årsmelding 2023 Vang Pensjonistforening"),
    # nn: a statement printed from the accounts program, actual and budget only, its headers flush
    # left over figures flush right and the print date in the label's header cell (no year anywhere)
    _p("nn-statement-headers-left-print-date", "statements", (
        H("Rekneskap", 2),
        H("Rekneskap mot budsjett", 3),
        T((("Utskrive 06.02.2024", "Regnskap hittil i år", "Budsjett"), ("Inntekter", "", ""),
           ("3000 Kontingent", "16 420", "17 000"), ("3200 Kafé på marknadsdagen", "21 905", "20 000"),
           ("3400 Tilskot", "4 000", "4 000"), ("Sum inntekter", "42 325", "41 000"), ("Utgifter", "", ""),
           ("4000 Varer til kafé", "10 214", "9 000"), ("6300 Leige av lokale", "7 000", "7 000"),
           ("6900 Kursutgifter", "26 380", "20 000"), ("Sum utgifter", "43 594", "36 000"),
           ("Resultat", "-1 269", "5 000")),
          ruled=False, bold_header=False, figures_right=True),
        P("Underskotet vert dekt av eigenkapitalen."),
    ), Expect(key_figures=(Figure("driftsinntekter", 2023, 42325), Figure("driftskostnader", 2023, 43594),
                           Figure("arsresultat", 2023, -1269))),
        lang="nn", formats=("pdf",), title="Årsmelding 2023 Sunndal Bygdekvinnelag"),
]
