"""Seventh reading (gen7): headings and table rows (docs/phrasings.md §27). Section titles in
plain capitals (body size, not bold) over prose or a table, as old borettslag, fellesråd and
foundation reports set them, against capitals that are no headings (names in a board list or
a signature block, a caps label over a short line); a function code before a title; tables
whose label wraps onto four or more lines, a key-figures table with caps group rows and
bracketed negatives, a tab-set statement whose wide column headers reach over the labels, and
a statement continued on a new page under a running header. Organisations, names and figures
invented."""
from probes.spec import H, P, T, Expect, Figure, Header, Probe, Sign, board

BOTH = ("docx", "pdf")

_BODY_NB = ("Styret har hatt åtte møter i året og behandlet i alt førtito saker, blant annet vedlikehold av "
            "fasadene, ny avtale om forretningsførsel og oppfølging av dugnadene vår og høst.")
_BODY_NN = ("Styret har hatt åtte møte i året og handsama i alt førtito saker, mellom anna vedlikehald av "
            "fasadane, ny avtale om forretningsførsel og oppfølging av dugnadene vår og haust.")
_MONEY_NB = ("Årsresultatet ble et overskudd som foreslås overført til annen egenkapital. Likviditeten er "
             "tilfredsstillende, og borettslaget har ingen forfalte forpliktelser ved årets slutt.")
_MONEY_NN = ("Årsresultatet vart eit overskot som vert ført over til anna eigenkapital. Likviditeten er "
             "god, og laget har ingen forfalne plikter ved utgangen av året.")
_NOTE_ROWS = (("", "2023", "2022"), ("Lønn", "412 300", "398 100"), ("Arbeidsgiveravgift", "58 134", "56 132"),
              ("Sum", "470 434", "454 232"))


def _plain(*pairs: tuple[str, str]) -> tuple:
    """Plain paragraphs (body size, not bold): each title over its text, long enough (four lines)
    that the page's usual line gap is the gap inside a paragraph, not the one between them."""
    return tuple(item for head, body in pairs for item in (P(head), P(f"{body} {body}")))


# --- headings in plain capitals ------------------------------------------------------------------
PROBES = [
    Probe("caps-plain-headings", "headings",
          _plain(("STYRETS ARBEID", _BODY_NB), ("ØKONOMI", _MONEY_NB), ("VEDLIKEHOLD", _BODY_NB)),
          Expect(headings=("STYRETS ARBEID", "ØKONOMI", "VEDLIKEHOLD")), formats=BOTH),
    Probe("caps-plain-headings-nn", "headings",
          _plain(("STYRET SITT ARBEID", _BODY_NN), ("ØKONOMI", _MONEY_NN), ("VEDLIKEHALD", _BODY_NN)),
          Expect(headings=("STYRET SITT ARBEID", "ØKONOMI", "VEDLIKEHALD")), lang="nn", title="Årsmelding 2023",
          formats=BOTH),
    # paragraphs of two lines: the page's usual line gap is then the gap between paragraphs, and
    # the title follows a full last line (only the sentence's end and the capitals set it apart)
    Probe("caps-plain-headings-short-paragraphs", "headings",
          tuple(item for head, body in (("STYRETS ARBEID", _BODY_NB), ("ØKONOMI", _MONEY_NB),
                                        ("VEDLIKEHOLD", _BODY_NB)) for item in (P(head), P(body))),
          Expect(headings=("STYRETS ARBEID", "ØKONOMI", "VEDLIKEHOLD")), formats=BOTH),
    Probe("caps-plain-title-with-year", "headings",
          _plain(("BERETNING OM VIRKSOMHETEN I 2023", _BODY_NB), ("HISTORIKK OG FORMÅL", _MONEY_NB)),
          Expect(headings=("BERETNING OM VIRKSOMHETEN I 2023", "HISTORIKK OG FORMÅL")), title=None, formats=BOTH),
    Probe("caps-plain-note-title-over-table", "headings", (
        H("Noter", 2),
        P("NOTE 1 – DRIFTSINNTEKTER"), P("Driftsinntektene består av tilskudd, kontingenter og sponsorinntekter "
                                         "fra lokale bedrifter, og de er inntektsført i det året de gjelder."),
        P("NOTE 2 – LØNNSKOSTNADER"), T(_NOTE_ROWS),
    ), Expect(headings=("NOTE 1 – DRIFTSINNTEKTER", "NOTE 2 – LØNNSKOSTNADER")), formats=BOTH),
    Probe("caps-plain-note-title-over-table-nn", "headings", (
        H("Notar", 2),
        P("NOTE 1 – DRIFTSINNTEKTER"), P("Driftsinntektene er tilskot, kontingentar og sponsorinntekter frå lokale "
                                         "verksemder, og dei er førte i det året dei høyrer til."),
        P("NOTE 2 – LØNSKOSTNADER"), T(_NOTE_ROWS),
    ), Expect(headings=("NOTE 1 – DRIFTSINNTEKTER", "NOTE 2 – LØNSKOSTNADER")), lang="nn",
        title="Årsmelding 2023", formats=BOTH),
    Probe("caps-plain-case-numbered-headings-nn", "headings",
          _plain(("SAK 12/24 GODKJENNING AV ÅRSMELDING", _BODY_NN), ("SAK 13/24 REKNESKAP 2023", _MONEY_NN)),
          Expect(headings=("SAK 12/24 GODKJENNING AV ÅRSMELDING", "SAK 13/24 REKNESKAP 2023")), lang="nn",
          title="Årsmøtepapir 2024", formats=BOTH),
    Probe("function-code-bold-headings-nn", "headings", (
        P("(041) Kyrkjeleg administrasjon", bold=True), P(_BODY_NN),
        P("(043) Gravplassar", bold=True), P(_MONEY_NN),
    ), Expect(headings=("(041) Kyrkjeleg administrasjon", "(043) Gravplassar")), lang="nn",
        title="Årsmelding 2023", formats=BOTH),
]

# --- capitals that are no headings ---------------------------------------------------------------
PROBES += [
    Probe("caps-names-in-board-list", "headings", (
        H("Styret", 2),
        P("KARI NORDLI"), P("Styreleder"), P("OLA BRATTLI"), P("Nestleder"), P("RANDI SKOGHEIM"), P("Styremedlem"),
        P(_BODY_NB),
    ), Expect(headings=("Styret",), absent_headings=("KARI NORDLI", "OLA BRATTLI", "RANDI SKOGHEIM"),
              board=board(("Kari Nordli", "LEDE"), ("Ola Brattli", "NEST"), ("Randi Skogheim", "MEDL"))),
        formats=BOTH),
    Probe("caps-names-in-signature-block", "headings", (
        H("Årsberetning", 2), P(_BODY_NB), P(_MONEY_NB),
        Sign((("TOVE LIAVOLL", "styreleder"), ("PER ENGEN", "styremedlem"), ("ANNE BJØRKE", "styremedlem")),
             place_date="Bygdeby, 12. mars 2024"),
    ), Expect(absent_headings=("TOVE LIAVOLL", "PER ENGEN", "ANNE BJØRKE", "TOVE LIAVOLL PER ENGEN ANNE BJØRKE")),
        formats=BOTH),
    Probe("caps-names-stacked-nn", "headings", (
        H("Styret", 2),
        P("Styret har i 2023 vore samansett slik:"),
        P("LEIAR\nSIGRID HOLTE"), P("NESTLEIAR\nEIRIK VOLDEN"),
        P(_BODY_NN),
    ), Expect(absent_headings=("SIGRID HOLTE", "EIRIK VOLDEN", "LEIAR", "NESTLEIAR")), lang="nn",
        title="Årsmelding 2023", formats=BOTH),
    Probe("caps-name-over-presentation", "headings", (
        H("Ny dagleg leiar", 2),
        P("MARIT HOLSETH"),
        P("Marit Holseth tok over som dagleg leiar i mars. Ho kjem frå ei stilling i kommunen og har "
          "lang røynsle med frivillig arbeid, økonomistyring og drift av lag og organisasjonar i regionen."),
    ), Expect(headings=("Ny dagleg leiar",), absent_headings=("MARIT HOLSETH",)), lang="nn",
        title="Årsmelding 2023", formats=BOTH),
    Probe("caps-label-over-short-line", "headings", (
        H("Om laget", 2), P(_BODY_NB),
        P("ORGANISASJONSNUMMER"), P("912 345 678"), P("ADRESSE"), P("Postboks 14, 6789 Bygdeby"),
        P(_MONEY_NB),
    ), Expect(headings=("Om laget",), absent_headings=("ORGANISASJONSNUMMER", "ADRESSE")), formats=BOTH),
]

# --- table rows ------------------------------------------------------------------------------------
_LONG_LABEL = ("Tilskudd fra fylkeskommunen og staten til opplæring, kompetanseheving, inkludering og "
               "frivillig arbeid blant barn og unge i kommunen")
_FIVE_LINES = (("", "Note", "2023", "2022", "Budsjett"),
               (_LONG_LABEL, "2", "1 204", "1 108", "1 150"),
               ("Salg av varer og tjenester", "", "3 416", "3 150", "3 300"),
               ("Sum driftsinntekter", "", "4 620", "4 258", "4 450"))
_LONG_LABEL_NN = ("Tilskot frå fylkeskommunen og staten til opplæring, kompetanseheving, inkludering og "
                  "frivillig arbeid mellom born og unge i kommunen")
_FIVE_LINES_NN = (("", "Note", "2023", "2022", "Budsjett"),
                  (_LONG_LABEL_NN, "2", "1 204", "1 108", "1 150"),
                  ("Sal av varer og tenester", "", "3 416", "3 150", "3 300"),
                  ("Sum driftsinntekter", "", "4 620", "4 258", "4 450"))
_KEY_FIGURES = (("", "2023", "2022"),
                ("MEDLEMER:", "", ""), ("Medlemer (tal)", "1 412", "1 388"), ("Lag (tal)", "14", "13"),
                ("ØKONOMI:", "", ""), ("Driftsinntekter (1000 kr)", "8 412", "7 960"),
                ("Driftsresultat (1000 kr)", "(1 204)", "(338)"), ("Eigenkapitalprosent", "61,9", "63,4"))
PROBES += [
    Probe("table-label-wraps-five-lines-unruled", "tables", (H("Resultatregnskap", 2), T(_FIVE_LINES, ruled=False)),
          Expect(table_rows=(("Note", "2023", "2022", "Budsjett"),
                             (_LONG_LABEL, "2", "1 204", "1 108", "1 150"),
                             ("Sum driftsinntekter", "4 620", "4 258", "4 450"))), formats=BOTH),
    Probe("table-label-wraps-five-lines-unruled-nn", "tables", (H("Resultatrekneskap", 2),
                                                                 T(_FIVE_LINES_NN, ruled=False)),
          Expect(table_rows=((_LONG_LABEL_NN, "2", "1 204", "1 108", "1 150"),
                             ("Sal av varer og tenester", "3 416", "3 150", "3 300"))),
          lang="nn", title="Årsmelding 2023", formats=BOTH),
    Probe("key-figures-caps-groups-bracketed-nn", "tables", (H("Nøkkeltal", 2), T(_KEY_FIGURES, ruled=False)),
          Expect(table_rows=(("MEDLEMER:",), ("ØKONOMI:",), ("Driftsresultat (1000 kr)", "(1 204)", "(338)"),
                             ("Eigenkapitalprosent", "61,9", "63,4"))),
          lang="nn", title="Årsmelding 2023", formats=BOTH),
]

# A statement set with right-aligned tab stops whose column headers are wider than the gap before
# them: "Rekneskap 2023" starts left of where the longest labels end (held-out finding (1), §23).
_TAB_HEAD = "\tRekneskap 2023\tRekneskap 2022\tBudsjett 2023"
_TAB_ROWS = ("Driftsinntekter",
             "Kontingentar frå medlemene\t412 300\t398 100\t405 000",
             "Tilskot frå kommunen til drift\t1 250 000\t1 180 000\t1 200 000",
             "Sal av billettar og kiosk\t96 400\t88 200\t90 000",
             "Sum driftsinntekter\t1 758 700\t1 666 300\t1 695 000")
_TABS = (250.0, 340.0, 430.0)
# The same set tighter (9 pt, tab stops 82 pt apart): the header cells stand closer than a column
# gap and the longest label ends right of where the first header cell begins.
_TIGHT_HEAD = "\tRekneskap 2023\tRekneskap 2022\tBudsjett 2023\tBudsjett 2024"
_TIGHT_TABS = (220.0, 302.0, 384.0, 466.0)


def _tight_rows(label: str) -> tuple[str, ...]:
    return ("Driftsinntekter", f"{label}\t2.942.880\t2.843.360\t2.942.880\t3.045.888",
            "Andre inntekter\t36.500\t28.200\t30.000\t30.000",
            "Sum driftsinntekter\t2.979.380\t2.871.560\t2.972.880\t3.075.888", "Driftskostnader",
            "Honorar til forretningsførar\t132.000\t128.000\t132.000\t136.000",
            "Sum driftskostnader\t2.204.566\t2.134.888\t2.177.000\t2.273.000")


PROBES += [
    *(Probe(f"tab-statement-header-over-labels-{n}-nn", "tables",
            (H("Resultatrekneskap 2023", 2), P(_TIGHT_HEAD, tabs=_TIGHT_TABS, size=9))
            + tuple(P(r, tabs=_TIGHT_TABS, size=9) for r in _tight_rows(label)),
            Expect(table_rows=(("Rekneskap 2023", "Rekneskap 2022", "Budsjett 2023", "Budsjett 2024"),
                               ("Andre inntekter", "36.500", "28.200", "30.000", "30.000")),
                   key_figures=(Figure("driftsinntekter", 2023, 2979380),)),
            lang="nn", title="Årsmelding 2023", formats=("pdf",))
      for n, label in enumerate(("Innbetalte felleskostnader og leige", "Innkravde felleskostnader og leige"))),
    Probe("tab-statement-wide-headers-over-labels-nn", "tables",
          (H("Resultatrekneskap", 2), P(_TAB_HEAD, tabs=_TABS)) + tuple(P(r, tabs=_TABS) for r in _TAB_ROWS),
          Expect(table_rows=(("Rekneskap 2023", "Rekneskap 2022", "Budsjett 2023"),
                             ("Tilskot frå kommunen til drift", "1 250 000", "1 180 000", "1 200 000"))),
          lang="nn", title="Årsmelding 2023", formats=("pdf",)),
]

# A balance broken over two pages under a running header, the second page starting with a
# section title row (held-out finding (2), §23).
_BAL_1 = (("", "Note", "2023", "2022"), ("Eigenkapital", "", "", ""), ("Innskoten eigenkapital", "", "500", "500"),
          ("Opptent eigenkapital", "", "1 644", "1 402"), ("Sum eigenkapital", "", "2 144", "1 902"))
_BAL_2 = (("Langsiktig gjeld", "", "", ""), ("Lån i Husbanken", "4", "3 810", "3 990"),
          ("Kortsiktig gjeld", "", "", ""), ("Leverandørgjeld", "", "722", "688"),
          ("Sum gjeld", "", "4 532", "4 678"), ("Sum eigenkapital og gjeld", "", "6 676", "6 580"))
_BAL_1_NB = (("", "Note", "2023", "2022"), ("Egenkapital", "", "", ""), ("Grunnkapital", "", "200", "200"),
             ("Annen egenkapital", "", "908", "838"), ("Sum egenkapital", "", "1 108", "1 038"))
_BAL_2_NB = (("Langsiktig gjeld", "", "", ""), ("Pantelån", "5", "2 410", "2 600"),
             ("Kortsiktig gjeld", "", "", ""), ("Skyldige offentlige avgifter", "", "600", "408"),
             ("Sum gjeld", "", "3 010", "3 008"), ("Sum egenkapital og gjeld", "", "4 118", "4 046"))
PROBES += [
    Probe("statement-continued-under-running-header-nn", "tables", (
        Header("Fjellgard burettslag – årsrekneskap 2023"),
        H("Økonomi", 2), *(P(f"{_MONEY_NN} {_BODY_NN}") for _ in range(6)),
        H("Balanse 31.12.2023", 2), T(_BAL_1, ruled=False, sum_rules=(4,)),
        T(_BAL_2, ruled=False, bold_header=False, sum_rules=(4, 5), new_page=True),
    ), Expect(table_rows=(("Langsiktig gjeld",), ("Lån i Husbanken", "4", "3 810", "3 990"),
                          ("Sum eigenkapital og gjeld", "6 676", "6 580")),
              key_figures=(Figure("sum_gjeld", 2023, 4532), Figure("sum_egenkapital_og_gjeld", 2022, 6580))),
        lang="nn", title="Årsmelding 2023", formats=BOTH),
    # the same break with a section title left at the foot of the first page ("Gjeld" there,
    # "Langsiktig gjeld" on top of the next)
    Probe("statement-titles-either-side-of-page-break", "tables", (
        Header("Vikane grendelag – årsregnskap 2023"),
        H("Økonomi", 2), *(P(f"{_MONEY_NB} {_BODY_NB}") for _ in range(6)),
        H("Balanse 31.12.2023", 2), T(_BAL_1_NB + (("Gjeld", "", "", ""),), ruled=False, sum_rules=(4,)),
        T(_BAL_2_NB, ruled=False, bold_header=False, sum_rules=(4, 5), new_page=True),
    ), Expect(table_rows=(("Gjeld",), ("Langsiktig gjeld",), ("Pantelån", "5", "2 410", "2 600"),
                          ("Sum egenkapital og gjeld", "4 118", "4 046")),
              key_figures=(Figure("sum_gjeld", 2023, 3010), Figure("sum_egenkapital_og_gjeld", 2022, 4046))),
        formats=("pdf",)),
]
