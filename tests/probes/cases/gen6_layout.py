"""Sixth reading (gen6): headings and table rows as the scorer counts them (docs/phrasings.md
§23). Headings set without heading styles (bold or slightly larger body paragraphs, a colon at
the end, "Sak 4:" and "a)" prefixes, all-caps note titles, Word list numbering), a table of
contents before them, headings inside two newspaper columns; tables whose cells wrap, run over
a page with the header repeated, or merge cells. Organisations, names and figures invented."""
from probes.spec import H, P, T, Break, Columns, Expect, Li, Probe

BOTH = ("docx", "pdf")

_BODY_NB = ("Foreningen hadde et godt år med flere aktive medlemmer, nye samarbeidspartnere og god "
            "oppslutning om arrangementene både i byen og i distriktet rundt.")
_BODY_NN = ("Laget hadde eit godt år med fleire aktive medlemer, nye samarbeidspartnarar og god "
            "oppslutnad om tilskipingane både i bygda og i nabokommunane.")
_MONEY_NB = ("Årets resultat ble et overskudd som styret foreslår overført til annen egenkapital, og "
             "likviditeten er god ved utgangen av året.")
_MONEY_NN = ("Årsresultatet vart eit overskot som styret gjer framlegg om å føre over til anna eigenkapital, "
             "og likviditeten er god ved utgangen av året.")


def _sections(*pairs: tuple[str, str], **look) -> tuple:
    """Heading paragraphs (set as ``look`` says: bold, size, style) each over a body paragraph."""
    return tuple(item for head, body in pairs for item in (P(head, **look), P(body)))


# --- headings without heading styles -------------------------------------------------------------
PROBES = [
    Probe("bold-normal-headings", "headings",
          _sections(("Medlemsutvikling", _BODY_NB), ("Økonomi", _MONEY_NB), ("Arrangementer", _BODY_NB), bold=True),
          Expect(headings=("Medlemsutvikling", "Økonomi", "Arrangementer")), formats=BOTH),
    Probe("bold-normal-headings-nn", "headings",
          _sections(("Medlemsutvikling", _BODY_NN), ("Økonomi", _MONEY_NN), ("Tilskipingar", _BODY_NN), bold=True),
          Expect(headings=("Medlemsutvikling", "Økonomi", "Tilskipingar")), lang="nn", title="Årsmelding 2023",
          formats=BOTH),
    Probe("one-point-larger-headings", "headings",
          _sections(("Om foreningen", _BODY_NB), ("Økonomi", _MONEY_NB), size=11.5),
          Expect(headings=("Om foreningen", "Økonomi")), formats=BOTH),
    Probe("colon-ended-bold-headings", "headings",
          _sections(("Aktiviteter:", _BODY_NB), ("Økonomi:", _MONEY_NB), bold=True),
          Expect(headings=("Aktiviteter:", "Økonomi:")), formats=BOTH),
    Probe("colon-ended-bold-headings-nn", "headings",
          _sections(("Aktivitetar:", _BODY_NN), ("Økonomi:", _MONEY_NN), bold=True),
          Expect(headings=("Aktivitetar:", "Økonomi:")), lang="nn", title="Årsmelding 2023", formats=BOTH),
    Probe("agenda-item-headings", "headings", (
        P("Sak 4: Styrets årsberetning for 2023", bold=True), P(_BODY_NB),
        P("Sak 5: Regnskap 2023", bold=True), P(_MONEY_NB),
        P("Sak 6. Innkomne forslag", bold=True), P("Det er ikke kommet inn forslag innen fristen."),
    ), Expect(headings=("Sak 4: Styrets årsberetning for 2023", "Sak 5: Regnskap 2023", "Sak 6. Innkomne forslag")),
        title="Årsmøtepapirer 2024", formats=BOTH),
    Probe("agenda-item-headings-nn", "headings", (
        P("Sak 3: Årsmelding 2023", bold=True), P(_BODY_NN),
        P("Sak 4: Rekneskap 2023", bold=True), P(_MONEY_NN),
    ), Expect(headings=("Sak 3: Årsmelding 2023", "Sak 4: Rekneskap 2023")), lang="nn",
        title="Årsmøtepapir 2024", formats=BOTH),
    Probe("lettered-sub-headings", "headings", (
        H("Sak 9. Regnskap og beretninger", 2),
        P("a) Idrettslagets regnskap", bold=True), P(_MONEY_NB),
        P("b) Kontrollutvalgets beretning", bold=True), P("Kontrollutvalget har ingen merknader til regnskapet."),
    ), Expect(headings=("a) Idrettslagets regnskap", "b) Kontrollutvalgets beretning")), formats=BOTH),
    Probe("caps-note-titles-bold", "headings", (
        H("Noter", 2),
        P("NOTE 1 – DRIFTSINNTEKTER", bold=True), P("Driftsinntektene består av tilskudd, kontingenter og sponsorinntekter. " * 3),
        P("NOTE 2 – LØNNSKOSTNADER", bold=True), T((("", "2023", "2022"), ("Lønn", "412 300", "398 100"), ("Arbeidsgiveravgift", "58 134", "56 132"))),
    ), Expect(headings=("NOTE 1 – DRIFTSINNTEKTER", "NOTE 2 – LØNNSKOSTNADER")), formats=BOTH),
    Probe("caps-note-titles-bold-nn", "headings", (
        H("Notar", 2),
        P("NOTE 1 – DRIFTSINNTEKTER", bold=True), P("Driftsinntektene er tilskot, kontingentar og sponsorinntekter."),
        P("NOTE 2 – EIGENKAPITAL", bold=True), P("Eigenkapitalen auka med årsresultatet og er i sin heilskap opptent."),
    ), Expect(headings=("NOTE 1 – DRIFTSINNTEKTER", "NOTE 2 – EIGENKAPITAL")), lang="nn",
        title="Årsmelding 2023", formats=BOTH),
    Probe("list-numbered-bold-headings", "headings", (
        P("Styrets arbeid", style="List Number", bold=True), P(_BODY_NB),
        P("Økonomi", style="List Number", bold=True), P(_MONEY_NB),
    ), Expect(headings=("Styrets arbeid", "Økonomi")), formats=("docx",)),
    Probe("list-numbered-bold-headings-nn", "headings", (
        P("Styret sitt arbeid", style="List Number", bold=True), P(_BODY_NN),
        P("Økonomi", style="List Number", bold=True), P(_MONEY_NN),
    ), Expect(headings=("Styret sitt arbeid", "Økonomi")), lang="nn", title="Årsmelding 2023", formats=("docx",)),
    Probe("bold-list-items-stay-list", "headings", (
        H("Arrangementer", 2),
        P("Sommerleir på Hove", style="List Bullet", bold=True), P("Julebord", style="List Bullet", bold=True),
        P(_BODY_NB),
        P("Vårdugnad", style="List Number", bold=True), P("Haustmøte", style="List Number", bold=True),
        P(_BODY_NB),
    ), Expect(headings=("Arrangementer",), absent_headings=("Sommerleir på Hove", "Julebord", "Vårdugnad", "Haustmøte"))),
    Probe("bullets-stay-list-items", "headings", (
        H("Aktiviteter", 2),
        Li("Sommerleir"), Li("Julebord"), P(_BODY_NB),
    ), Expect(headings=("Aktiviteter",), absent_headings=("Sommerleir", "Julebord")), formats=BOTH),
    Probe("contents-page-dot-leaders", "headings", (
        P("Innhold", bold=True),
        P("Styrets beretning ................................ 3\nRegnskap ........................................... 5"),
        Break(),
        H("Styrets beretning", 2), P(_BODY_NB),
        H("Regnskap", 2), P(_MONEY_NB),
    ), Expect(headings=("Styrets beretning", "Regnskap")), formats=BOTH),
    Probe("headings-in-two-columns", "headings", (
        Columns((H("Året som gikk", 2), P(_BODY_NB * 3), H("Økonomi", 2), P(_MONEY_NB * 3),
                 P("Frivillige", bold=True), P(_BODY_NB * 2))),
    ), Expect(headings=("Året som gikk", "Økonomi", "Frivillige")), formats=("pdf",)),
    Probe("headings-in-two-columns-nn", "headings", (
        Columns((H("Året som gjekk", 2), P(_BODY_NN * 3), H("Økonomi", 2), P(_MONEY_NN * 3),
                 P("Dugnad", bold=True), P(_BODY_NN * 2))),
    ), Expect(headings=("Året som gjekk", "Økonomi", "Dugnad")), lang="nn", title="Årsmelding 2023",
        formats=("pdf",)),
]

# --- table rows ----------------------------------------------------------------------------------
_WRAPPED = (("", "Note", "2023", "2022"),
            ("Tilskudd fra fylkeskommunen til opplæring, kompetanseheving og inkludering", "2", "1 204", "1 108"),
            ("Salg av varer og tjenester", "", "3 416", "3 150"),
            ("Sum driftsinntekter", "", "4 620", "4 258"))
_WRAPPED_NN = (("", "Note", "2023", "2022"),
               ("Tilskot frå fylkeskommunen til opplæring og inkludering", "2", "1 204", "1 108"),
               ("Sal av varer og tenester", "", "3 416", "3 150"),
               ("Sum driftsinntekter", "", "4 620", "4 258"))
_LONG = (("Kontonr", "Konto", "2023", "2022"),) + tuple(
    (str(4000 + 10 * i), f"Kostnadspost {i}", f"{12 + i} {100 + 7 * i}", f"{11 + i} {200 + 3 * i}") for i in range(70))
_MERGED = (("Tall i 1000 kr", "Regnskap", "", "Budsjett"),
           ("", "2023", "2022", "2024"),
           ("Driftsinntekter", "8 412", "7 960", "8 700"),
           ("Driftskostnader", "8 106", "7 702", "8 600"),
           ("Driftsresultat", "306", "258", "100"))
_MERGED_NN = (("Tal i 1000 kr", "Rekneskap", "", "Budsjett"),
              ("", "2023", "2022", "2024"),
              ("Driftsinntekter", "8 412", "7 960", "8 700"),
              ("Driftsutgifter", "8 106", "7 702", "8 600"),
              ("Driftsresultat", "306", "258", "100"))
PROBES += [
    Probe("table-cell-wraps", "tables", (H("Resultatregnskap", 2), T(_WRAPPED)), Expect(table_rows=(
        ("Tilskudd fra fylkeskommunen til opplæring, kompetanseheving og inkludering", "2", "1 204", "1 108"),
        ("Sum driftsinntekter", "4 620", "4 258"))), formats=BOTH),
    Probe("table-cell-wraps-unruled-nn", "tables", (H("Resultatrekneskap", 2), T(_WRAPPED_NN, ruled=False)),
          Expect(table_rows=(
              ("Tilskot frå fylkeskommunen til opplæring og inkludering", "2", "1 204", "1 108"),
              ("Sum driftsinntekter", "4 620", "4 258"))), lang="nn", title="Årsmelding 2023", formats=BOTH),
    Probe("table-over-two-pages-header-repeated", "tables", (H("Spesifikasjon av kostnader", 2),
                                                             T(_LONG, repeat_header=True)),
          Expect(table_rows=(("Kontonr", "Konto", "2023", "2022"), _LONG[1], _LONG[45], _LONG[70])), formats=BOTH),
    Probe("table-over-two-pages-unruled", "tables", (H("Spesifikasjon av kostnader", 2),
                                                     T(_LONG, ruled=False)),
          Expect(table_rows=(_LONG[1], _LONG[45], _LONG[70])), formats=("pdf",)),
    Probe("table-merged-header-cell", "tables", (H("Regnskap og budsjett", 2), T(_MERGED, merged=((0, 1, 2),))),
          Expect(table_rows=(("Tall i 1000 kr", "Regnskap", "Budsjett"), ("2023", "2022", "2024"),
                             ("Driftsinntekter", "8 412", "7 960", "8 700"), ("Driftsresultat", "306", "258", "100"))),
          formats=BOTH),
    Probe("table-merged-header-cell-nn", "tables", (H("Rekneskap og budsjett", 2),
                                                    T(_MERGED_NN, merged=((0, 1, 2),))),
          Expect(table_rows=(("Tal i 1000 kr", "Rekneskap", "Budsjett"),
                             ("Driftsutgifter", "8 106", "7 702", "8 600"), ("Driftsresultat", "306", "258", "100"))),
          lang="nn", title="Årsmelding 2023", formats=BOTH),
    Probe("table-cell-two-lines", "tables", (H("Styret", 2), T((
        ("Verv", "Navn", "Valgt"),
        ("Styreleder", "Randi Øverli\n(gjenvalgt)", "2022"),
        ("Styremedlem", "Tor Inge Haugset", "2023"),
    ))), Expect(table_rows=(("Styremedlem", "Tor Inge Haugset", "2023"),)), formats=BOTH),
]

# A balance whose last label wraps under the rule above the sum ("Sum egenkapital og" / "gjeld"), with
# section title rows; column headers of a word and a year wrapped in their cells ("Regnskap" / "2023").
_DEBT_1 = (("", "Note", "2023", "2022"), ("Egenkapital", "", "", ""), ("Innskutt egenkapital", "", "500", "500"),
           ("Opptjent egenkapital", "", "1 644", "1 402"), ("Sum egenkapital", "", "2 144", "1 902"),
           ("Gjeld", "", "", ""))
_DEBT_2 = (("Langsiktig gjeld", "", "", ""), ("Lån i Husbanken", "4", "3 810", "3 990"), ("Kortsiktig gjeld", "", "", ""),
           ("Leverandørgjeld", "", "722", "688"), ("Sum gjeld", "", "4 532", "4 678"),
           ("Sum egenkapital og gjeld", "", "6 676", "6 580"))
_WIDE = (("", "Regnskap 2023", "Regnskap 2022", "Budsjett 2023", "Budsjett 2024"),
         ("Driftsinntekter", "", "", "", ""),
         ("Innbetalte felleskostnader", "3 118 400", "2 990 200", "3 100 000", "3 250 000"),
         ("Andre inntekter", "42 100", "38 800", "40 000", "40 000"),
         ("Sum driftsinntekter", "3 160 500", "3 029 000", "3 140 000", "3 290 000"))
PROBES += [
    Probe("statement-last-label-wraps-under-sum-rule", "tables", (
        H("Balanse 31.12.2023", 2), T(_DEBT_1 + _DEBT_2, ruled=False, sum_rules=(4, 10, 11)),
    ), Expect(table_rows=(("Langsiktig gjeld",), ("Lån i Husbanken", "4", "3 810", "3 990"), ("Kortsiktig gjeld",),
                          ("Sum egenkapital og gjeld", "6 676", "6 580"))), formats=BOTH),
    Probe("statement-wide-year-headers", "tables", (H("Resultatregnskap", 2), T(_WIDE, ruled=False, right_aligned=True)),
          Expect(table_rows=(("Regnskap 2023", "Regnskap 2022", "Budsjett 2023", "Budsjett 2024"),
                             ("Innbetalte felleskostnader", "3 118 400", "2 990 200", "3 100 000", "3 250 000"))),
          formats=BOTH),
]
