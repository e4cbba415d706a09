"""Ninth reading (gen9): headings and tables whatever program made the PDF (docs/phrasings.md
§37). A section title in capitals straight under a paragraph's last sentence, with no space
between paragraphs (``tight``: Word's "No Spacing", old templates), numbered or not, over text
or a table; list items whose bullets a browser draws as dots (``browser``), bold or not, that
must stay list items; a web page printed with the browser's own header and footer (the date
and the page's title atop, its address and "1/2" below), whose lines are no headings and no
text of the report. Organisations, names, places and figures invented."""
from probes.spec import H, Li, P, T, Expect, Printed, Probe, board

EVERY_PDF = ("docx", "pdf", "tight", "browser")

_ACT_NB = ("Laget har i 2023 hatt aktivitet hver uke gjennom hele sesongen, med trening for barn, ungdom og "
           "voksne, to stevner på egen bane og dugnader på anlegget vår og høst.")
_ACT_NN = ("Laget har i 2023 hatt aktivitet kvar veke gjennom heile sesongen, med trening for born, ungdom og "
           "vaksne, to stemner på eiga bane og dugnader på anlegget vår og haust.")
_MONEY_NB = ("Årsresultatet ble et overskudd som styret foreslår overført til annen egenkapital. Likviditeten er "
             "god, og laget har ingen forfalte forpliktelser ved utgangen av året.")
_MONEY_NN = ("Årsresultatet vart eit overskot som styret gjer framlegg om å føre over til anna eigenkapital. "
             "Likviditeten er god, og laget har ingen forfalne plikter ved utgangen av året.")
_ROWS = (("", "2023", "2022"), ("Kontingenter", "84 300", "79 650"), ("Tilskudd", "126 000", "118 500"),
         ("Sum inntekter", "210 300", "198 150"))
_ROWS_NN = (("", "2023", "2022"), ("Kontingentar", "84 300", "79 650"), ("Tilskot", "126 000", "118 500"),
            ("Sum inntekter", "210 300", "198 150"))


def _g(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"g9l-{case_id}", family, tuple(items), expect, **{"formats": EVERY_PDF, **kw})


# --- a title in capitals straight under a paragraph's last sentence ----------------------------
PROBES = [
    _g("numbered-caps-after-sentence", "headings", (
        P("1. STYRETS BERETNING"), P(_ACT_NB),
        P("2. ØKONOMI"), P(_MONEY_NB),
        P("3. ANLEGG OG UTSTYR"), P(_ACT_NB)),
       Expect(headings=("1. STYRETS BERETNING", "2. ØKONOMI", "3. ANLEGG OG UTSTYR")), title="Årsberetning 2023"),
    _g("caps-after-sentence-nn", "headings", (
        P("VERKSEMDA I ÅRET"), P(_ACT_NN), P("ØKONOMI OG REKNESKAP"), P(_MONEY_NN), P("FRAMTIDSUTSIKTER"), P(_ACT_NN)),
       Expect(headings=("VERKSEMDA I ÅRET", "ØKONOMI OG REKNESKAP", "FRAMTIDSUTSIKTER")), lang="nn",
       title="Årsmelding 2023"),
    _g("caps-title-over-table-after-sentence", "tables", (
        H("Regnskap", 2), P(_MONEY_NB),
        P("INNTEKTER"), T(_ROWS, ruled=False)),
       Expect(headings=("Regnskap", "INNTEKTER"), table_rows=_ROWS[1:])),
    _g("caps-title-over-table-after-sentence-nn", "tables", (
        H("Rekneskap", 2), P(_MONEY_NN),
        P("INNTEKTER I ÅRET"), T(_ROWS_NN)),
       Expect(headings=("Rekneskap", "INNTEKTER I ÅRET"), table_rows=_ROWS_NN[1:]), lang="nn",
       title="Årsmelding 2023"),
    # capitals that start no section: a signer's name under the closing sentence, a name over a
    # presentation, a caps label over a short line
    _g("caps-name-after-closing-sentence", "headings", (
        H("Styrets beretning", 2), P(_ACT_NB), P("Styret takker alle frivillige for innsatsen i året som gikk."),
        P("TONE VASSBOTN"), P("styreleder")),
       Expect(headings=("Styrets beretning",), absent_headings=("TONE VASSBOTN",))),
    _g("caps-name-over-presentation-nb", "headings", (
        H("Ny daglig leder", 2), P("ASLAK FJELLHEIM"),
        P("Aslak Fjellheim begynte som daglig leder i mai. Han kommer fra en stilling i kommunen og har lang "
          "erfaring med frivillig arbeid, økonomistyring og drift av lag og foreninger i regionen.")),
       Expect(headings=("Ny daglig leder",), absent_headings=("ASLAK FJELLHEIM",))),
]

# --- a numbered or lettered line that leads a list item ends with its line ---------------------
# A line opening "3." or "A." starts a list item; the item ran on through every later line at
# the item's indent, however short the line it followed: a numbered title after a table took
# the sub-titles and text under it, a lettered caps label the lines and the next title.
PROBES += [
    _g("numbered-titles-after-table", "headings", (
        P("1. STYRETS SAMMENSETNING"),
        T((("Styreleder", "Randi Moen", "Lia IL"), ("Nestleder", "Pål Stuen", "Berg SK"),
           ("Styremedlem", "Siri Dahl", "Vik IF")), ruled=False, bold_header=False),
        P("2. STYRETS ARBEID"), P("2.1 Møter"), P(_ACT_NB), P("2.2 Saker"), P(_MONEY_NB)),
       Expect(headings=("1. STYRETS SAMMENSETNING", "2. STYRETS ARBEID", "2.1 Møter", "2.2 Saker")),
       title="Årsberetning 2023"),
    _g("lettered-caps-labels-then-caps-title", "headings", (
        P("Borettslagets tillitsvalgte har siden forrige generalforsamling vært:"),
        P("A. STYRET:"), P("Leder Knut Aasen"), P("Nestleder Liv Bergum"),
        P("B. VARAMEDLEMMER:"), P("Tor Lien"),
        P("FORRETNINGSFØRSEL"), P("Forretningsførselen er utført av et boligbyggelag etter avtale med borettslaget. "
                                  "Avtalen kan sies opp med seks måneders varsel fra begge parter."),
        P("ØKONOMI"), P(_MONEY_NB)),
       Expect(headings=("FORRETNINGSFØRSEL", "ØKONOMI"), absent_headings=("Tor Lien",)), title="Årsberetning 2023",
       formats=("docx", "pdf", "browser")),
]

# --- list items whose bullets a browser draws ---------------------------------------------------
PROBES += [
    _g("bold-bullets-under-heading", "headings", (
        H("Årets arrangementer", 2), P("Dette var de største arrangementene i 2023:"),
        P("Vinterstevne i Lia", style="List Bullet", bold=True), P("Klubbmesterskap", style="List Bullet", bold=True),
        P("Sommeravslutning", style="List Bullet", bold=True),
        H("Økonomi", 2), P(_MONEY_NB)),
       Expect(headings=("Årets arrangementer", "Økonomi"),
              absent_headings=("Vinterstevne i Lia", "Klubbmesterskap", "Sommeravslutning"))),
    _g("bold-bullets-under-heading-nn", "headings", (
        H("Arrangement i året", 2),
        P("Vinterstemne på Haugen", style="List Bullet", bold=True), P("Klubbmeisterskap", style="List Bullet", bold=True),
        P(_ACT_NN),
        P("Økonomi", bold=True), P(_MONEY_NN)),
       Expect(headings=("Arrangement i året", "Økonomi"),
              absent_headings=("Vinterstemne på Haugen", "Klubbmeisterskap")), lang="nn", title="Årsmelding 2023"),
    _g("plain-bullets-then-bold-heading", "headings", (
        H("Aktivitet", 2), P("Laget har hatt tre grupper i drift:"),
        Li("Barneidrett"), Li("Ungdomsgruppe"), Li("Mosjonsgruppe"),
        P("Styrets arbeid", bold=True), P(_ACT_NB)),
       Expect(headings=("Aktivitet", "Styrets arbeid"), absent_headings=("Barneidrett", "Ungdomsgruppe"))),
    _g("bullets-board-roles", "board", (
        H("Styret", 2), P("Styret har i 2023 bestått av:"),
        Li("Styreleder: Gunnhild Berntsen"), Li("Nestleder: Eivind Lystad"), Li("Styremedlem: Marte Fossum"),
        Li("Varamedlem: Ivar Kolstad"),
        H("Økonomi", 2), P(_MONEY_NB)),
       Expect(headings=("Styret", "Økonomi"),
              board=board(("Gunnhild Berntsen", "LEDE"), ("Eivind Lystad", "NEST"), ("Marte Fossum", "MEDL"),
                          ("Ivar Kolstad", "VARA")))),
]

# --- a web page printed with the browser's header and footer -------------------------------------
_PRINTED_TITLE = "Om laget – Kystlaget Skarvøy"
_PRINTED_URL = "https://www.skarvoy-kystlag.no/om-laget/arsmelding"
PROBES += [
    _g("printed-page-header-footer", "layout", (
        Printed(_PRINTED_TITLE, _PRINTED_URL),
        H("Styrets arbeid", 2), P(_ACT_NB),
        H("Økonomi", 2), P(_MONEY_NB), T(_ROWS, ruled=False)),
       Expect(headings=("Årsmelding", "Styrets arbeid", "Økonomi"), table_rows=_ROWS[1:], report_year=2023,
              absent_headings=(_PRINTED_TITLE, _PRINTED_URL), absent_texts=("14.03.2024", "Kystlaget Skarvøy", _PRINTED_URL)),
       title="Årsmelding", formats=("browser",)),
    _g("printed-page-header-footer-nn", "layout", (
        Printed("Årsmelding | Sogelaget Nordvik", "https://sogelaget-nordvik.no/arsmelding", date="3/14/24, 9:12 AM"),
        P("STYRET SITT ARBEID"), P(_ACT_NN), P(_ACT_NN),
        P("ØKONOMI"), P(_MONEY_NN)),
       Expect(headings=("STYRET SITT ARBEID", "ØKONOMI"), report_year=2023,
              absent_headings=("Årsmelding | Sogelaget Nordvik",),
              absent_texts=("3/14/24", "Sogelaget Nordvik", "sogelaget-nordvik.no")),
       lang="nn", title=None, formats=("browser",)),
]

# --- statements and lists set with the default tab stops -----------------------------------------
# Each part after a tab starts at the next default stop past the text before it, so the figures
# of one column stand on different stops from row to row, and a label ending just short of a
# stop leaves no more than a space before the next part.
PROBES += [
    _g("default-tab-statement", "tables", (
        H("Resultatregnskap", 2),
        P("\tNote\t2023\t2022"),
        P("Salgsinntekter\t\t1 874\t1 702"),
        P("Offentlige tilskudd\t2\t6 310\t6 122"),
        P("Sum driftsinntekter\t\t8 184\t7 824"),
        P("Lønn og sosiale kostnader\t3\t6 905\t6 611"),
        P("Sum driftskostnader\t\t7 902\t7 555"),
        P("Styret mener at regnskapet gir et riktig bilde av stillingen ved utgangen av året.")),
       Expect(headings=("Resultatregnskap",),
              table_rows=(("Note", "2023", "2022"), ("Salgsinntekter", "1 874", "1 702"),
                          ("Offentlige tilskudd", "2", "6 310", "6 122"), ("Lønn og sosiale kostnader", "3", "6 905", "6 611")))),
    _g("default-tab-balance-nn", "tables", (
        P("Balanse per 31.12.2023", bold=True),
        P("\t2023\t2022"),
        P("Bankinnskot\t412 880\t380 150"),
        P("Kundefordringar\t12 400\t9 800"),
        P("Sum eigedelar\t425 280\t389 950")),
       Expect(headings=("Balanse per 31.12.2023",),
              table_rows=(("2023", "2022"), ("Bankinnskot", "412 880", "380 150"), ("Sum eigedelar", "425 280", "389 950"))),
       lang="nn", title="Årsmelding 2023",
       notes="'12 400<Tab>9 800': the tab reaches its stop a point past '400', and the PDF's words glue "
             "('4009'); left to the word builder (§37)"),
    _g("default-tab-role-lines-nn", "board", (
        H("Styret", 2),
        P("Styreleiar\tSigrun Haugland"), P("Nestleiar\tAsbjørn Tufte"), P("Styremedlem\tMari Nesje"),
        P("Varamedlem\tEinar Vollen")),
       Expect(table_rows=(("Styreleiar", "Sigrun Haugland"), ("Styremedlem", "Mari Nesje"), ("Varamedlem", "Einar Vollen")),
              board=board(("Sigrun Haugland", "LEDE"), ("Asbjørn Tufte", "NEST"), ("Mari Nesje", "MEDL"),
                          ("Einar Vollen", "VARA"))),
       lang="nn", title="Årsmelding 2023"),
]
