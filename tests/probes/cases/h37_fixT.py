"""Thirty-seventh-round cases (docs/phrasings.md §116): statements in designers' table styles, printed by
Chromium as an InDesign-like report styles them: faint grey hairlines, rules only under the header and
above the sums, zebra stripes, shaded sum rows with and without lines, bold group heads spanning the
row with no figures, a tinted header band with white text, one thick rule above the grand total; a
statement beside a column of prose, and the assets beside the equity and debt on one page. Each must
read as one table with its header of years, its detail rows and its sums. Organisations and figures
are invented."""
from probes.spec import H, P, T, Expect, Figure, Probe, Side, board

BROWSER = ("browser",)


def t37(id_, items, expect, lang="nb", title=None):
    return Probe(f"h37fT-{id_}", "statements", tuple(items), expect, lang=lang, formats=BROWSER,
                 title=title or {"nb": "Årsrapport 2023", "nn": "Årsmelding 2023"}[lang])


def F(key, year, value):
    return Figure(key, year, value)


def rows_of(table: T) -> tuple[tuple[str, ...], ...]:
    """The table's rows as the output must hold them: non-empty cells only."""
    return tuple(tuple(c for c in row if c) for row in table.rows)


# 2023: 6 418 + 9 240 = 15 658; 8 905 + 612 + 5 214 = 14 731; 927; 88 - 131 = -43; 884
# 2022: 5 902 + 8 815 = 14 717; 8 337 + 590 + 5 006 = 13 933; 784; 54 - 117 = -63; 721
INCOME = (("", "Note", "2023", "2022"),
          ("Driftsinntekter", "", "", ""),
          ("Billettinntekter", "", "6 418", "5 902"),
          ("Offentlige tilskudd", "2", "9 240", "8 815"),
          ("Sum driftsinntekter", "", "15 658", "14 717"),
          ("Driftskostnader", "", "", ""),
          ("Lønnskostnader", "3", "8 905", "8 337"),
          ("Avskrivninger", "4", "612", "590"),
          ("Andre driftskostnader", "", "5 214", "5 006"),
          ("Sum driftskostnader", "", "14 731", "13 933"),
          ("Driftsresultat", "", "927", "784"),
          ("Finansposter", "", "", ""),
          ("Finansinntekter", "", "88", "54"),
          ("Finanskostnader", "", "131", "117"),
          ("Netto finansposter", "", "-43", "-63"),
          ("Årsresultat", "", "884", "721"))
INCOME_GROUPS, INCOME_TOTALS = (1, 5, 11), (4, 9, 10, 14, 15)
INCOME_SURE = (F("driftsinntekter", 2023, 15658e3), F("driftsinntekter", 2022, 14717e3),
               F("lonnskostnader", 2023, 8905e3), F("lonnskostnader", 2022, 8337e3),
               F("driftsresultat", 2023, 927e3), F("arsresultat", 2023, 884e3), F("arsresultat", 2022, 721e3))

# Nynorsk, no note column. 2023: 4 732 + 3 180 = 7 912; 5 046 + 2 209 = 7 255; 657; 698
# 2022: 4 215 + 3 050 = 7 265; 4 710 + 2 148 = 6 858; 407; 436
INCOME_NN = (("", "2023", "2022"),
             ("Driftsinntekter", "", ""),
             ("Sal av tenester", "4 732", "4 215"),
             ("Tilskot frå kommunen", "3 180", "3 050"),
             ("Sum driftsinntekter", "7 912", "7 265"),
             ("Driftskostnader", "", ""),
             ("Lønskostnader", "5 046", "4 710"),
             ("Andre driftskostnader", "2 209", "2 148"),
             ("Sum driftskostnader", "7 255", "6 858"),
             ("Driftsresultat", "657", "407"),
             ("Netto finanspostar", "41", "29"),
             ("Årsresultat", "698", "436"))
INCOME_NN_GROUPS, INCOME_NN_TOTALS = (1, 5), (4, 8, 9, 11)
INCOME_NN_SURE = (F("driftsinntekter", 2023, 7912e3), F("driftsinntekter", 2022, 7265e3),
                  F("lonnskostnader", 2023, 5046e3), F("driftsresultat", 2022, 407e3), F("arsresultat", 2023, 698e3))

# Assets 2023: 12 460 + 1 315 = 13 775; 1 904 + 4 377 = 6 281; 20 056 (2022: 14 122; 5 249; 19 371)
ASSETS = (("", "Note", "2023", "2022"),
          ("Anleggsmidler", "", "", ""),
          ("Bygninger og tomt", "5", "12 460", "12 980"),
          ("Inventar og utstyr", "5", "1 315", "1 142"),
          ("Sum anleggsmidler", "", "13 775", "14 122"),
          ("Omløpsmidler", "", "", ""),
          ("Kundefordringer", "", "1 904", "1 688"),
          ("Bankinnskudd", "6", "4 377", "3 561"),
          ("Sum omløpsmidler", "", "6 281", "5 249"),
          ("Sum eiendeler", "", "20 056", "19 371"))
ASSETS_GROUPS, ASSETS_TOTALS = (1, 5), (4, 8, 9)
# Equity 2 000 + 9 318 = 11 318 (2022: 10 434); debt 6 150 + 1 128 + 1 460 = 8 738 (8 937); 20 056 (19 371)
EQUITY_DEBT = (("", "Note", "2023", "2022"),
               ("Egenkapital", "", "", ""),
               ("Innskutt egenkapital", "", "2 000", "2 000"),
               ("Opptjent egenkapital", "", "9 318", "8 434"),
               ("Sum egenkapital", "", "11 318", "10 434"),
               ("Gjeld", "", "", ""),
               ("Pantelån", "7", "6 150", "6 640"),
               ("Leverandørgjeld", "", "1 128", "1 047"),
               ("Annen kortsiktig gjeld", "", "1 460", "1 250"),
               ("Sum gjeld", "", "8 738", "8 937"),
               ("Sum egenkapital og gjeld", "", "20 056", "19 371"))
EQUITY_DEBT_GROUPS, EQUITY_DEBT_TOTALS = (1, 5), (4, 9, 10)
BALANCE_SURE = (F("sum_eiendeler", 2023, 20056e3), F("sum_eiendeler", 2022, 19371e3),
                F("sum_egenkapital", 2023, 11318e3), F("sum_gjeld", 2022, 8937e3),
                F("sum_egenkapital_og_gjeld", 2023, 20056e3))

# A note in the same style, no group heads: 6 912 + 1 028 + 655 + 310 = 8 905 (2022: 8 337)
NOTE = (("Lønnskostnader", "2023", "2022"),
        ("Lønninger", "6 912", "6 470"),
        ("Arbeidsgiveravgift", "1 028", "965"),
        ("Pensjonskostnader", "655", "610"),
        ("Andre ytelser", "310", "292"),
        ("Sum", "8 905", "8 337"))


def income(design: str, table=INCOME, groups=INCOME_GROUPS, totals=INCOME_TOTALS) -> T:
    return T(table, ruled=False, design=design, groups=groups, totals=totals)


UNIT = "Alle tall i hele tusen kroner"
UNIT_NN = "Alle tal i heile tusen kroner"
PROSE = (P("Styret mener årsregnskapet gir et riktig bilde av stillingen. Inntektene økte med om lag sju "
           "prosent, mest fra billettsalg, mens kostnadene økte mindre."),
         P("Lønnskostnadene steg som følge av to nye stillinger i formidling og drift. Egenkapitalen er god, og "
           "likviditeten er tilfredsstillende ved utgangen av året."),
         P("Selskapet har ingen langsiktige plasseringer i aksjer eller fond."))


def income_probe(design: str) -> Probe:
    table = income(design)
    return t37(f"income-{design}", (H("Resultatregnskap", 2), P(UNIT, size=8), table),
               Expect(sure_figures=INCOME_SURE, whole_tables=(rows_of(table),)))


def nynorsk_probe(design: str) -> Probe:
    """No note column: a header "2023 | 2022"."""
    table = income(design, INCOME_NN, INCOME_NN_GROUPS, INCOME_NN_TOTALS)
    return t37(f"income-nynorsk-years-only-{design}", (H("Resultatrekneskap", 2), P(UNIT_NN, size=8), table),
               Expect(sure_figures=INCOME_NN_SURE, whole_tables=(rows_of(table),)), lang="nn")


def beside_prose_probe(design: str) -> Probe:
    """The statement in the right column of the page, the board's comments in the left."""
    table = income(design)
    return t37(f"income-beside-prose-{design}",
               (H("Årsregnskap", 2), Side(PROSE, (H("Resultatregnskap", 3), P(UNIT, size=7.5), table)),
                P("Lysheim Kulturhus AS driver kulturhuset i Brattvoll med kino, scene og bibliotek.")),
               Expect(sure_figures=INCOME_SURE, whole_tables=(rows_of(table),)))


def balance_probe(design: str) -> Probe:
    """The assets beside the equity and debt on one page."""
    assets = T(ASSETS, ruled=False, design=design, groups=ASSETS_GROUPS, totals=ASSETS_TOTALS)
    debt = T(EQUITY_DEBT, ruled=False, design=design, groups=EQUITY_DEBT_GROUPS, totals=EQUITY_DEBT_TOTALS)
    return t37(f"balance-side-by-side-{design}",
               (H("Balanse per 31. desember 2023", 2), P(UNIT, size=8),
                Side((H("Eiendeler", 3), assets), (H("Egenkapital og gjeld", 3), debt))),
               Expect(sure_figures=BALANCE_SURE, whole_tables=(rows_of(assets), rows_of(debt))))


def note_probe(design: str) -> Probe:
    """A note in the statements' style, without group heads."""
    note = T(NOTE, ruled=False, design=design, totals=(5,))
    return t37(f"note-table-{design}",
               (H("Noter", 2), H("Note 3 Lønnskostnader", 3), note, P("Selskapet hadde 14 årsverk i 2023.")),
               Expect(whole_tables=(rows_of(note),)))


PROBES = [income_probe(design) for design in ("hairlines", "header-rules", "zebra", "shaded-totals",
                                              "shaded-totals-hairlines", "band-header", "grand-rule", "tinted-year",
                                              "shaded-ruled-totals")]
PROBES += [nynorsk_probe(design) for design in ("shaded-totals-hairlines", "shaded-totals", "zebra", "grand-rule")]
PROBES += [beside_prose_probe(design) for design in ("shaded-totals-hairlines", "header-rules")]
PROBES += [balance_probe(design) for design in ("shaded-totals-hairlines", "zebra", "band-header", "tinted-year")]
PROBES += [note_probe(design) for design in ("shaded-totals-hairlines", "band-header")]

# A table of words striped every other row (no figures): the stripes are backgrounds, the board one table
BOARD = (("Verv", "Navn", "Valgt til"),
         ("Styreleder", "Ingeborg Tveitane", "2025"),
         ("Nestleder", "Halvard Ruud Askeland", "2024"),
         ("Styremedlem", "Margit Solheim Dahle", "2025"),
         ("Styremedlem", "Eirik Bråtveit", "2024"),
         ("Varamedlem", "Sunniva Kleppe", "2024"))


def board_probe(design: str) -> Probe:
    table = T(BOARD, ruled=False, design=design)
    return Probe(f"h37fT-board-table-{design}", "board",
                 (H("Styret", 2), P("Styret har i 2023 bestått av:"), table, P("Styret hadde sju møter i året.")),
                 Expect(board=board(("Ingeborg Tveitane", "LEDE"), ("Halvard Ruud Askeland", "NEST"),
                                    ("Margit Solheim Dahle", "MEDL"), ("Eirik Bråtveit", "MEDL"),
                                    ("Sunniva Kleppe", "VARA")),
                        whole_tables=(rows_of(table),)),
                 formats=BROWSER, title="Årsrapport 2023")


PROBES += [board_probe(design) for design in ("zebra", "band-header")]
