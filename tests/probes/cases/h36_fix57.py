"""Thirty-sixth-round cases from the fifty-seventh blind held-out set's kinds (docs/phrasings.md §107):
designer-made reports. A statement's unit line set in tracked capitals ("A L L E  T A L L  I  H E L E
1 0 0 0  K R": CSS letter-spacing over a small label), which pdfium reads with a space between every
two letters, so the unit was never seen and every figure came out in kroner, not thousands.
Organisations, people and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, CaptionRow, Expect, Figure, Probe, board

LAYOUT = ("docx", "pdf", "browser")


def h57(id_, family, items, expect, lang="nb", formats=LAYOUT, title=None):
    return Probe(f"h36f57-{id_}", family, tuple(items), expect, lang=lang, formats=formats,
                 title=title or {"nb": "Årsrapport 2023", "nn": "Årsmelding 2023"}[lang])


def F(key, year, value):
    return Figure(key, year, value)


# 2023: 8 210 + 640 = 8 850; 6 120 + 2 050 = 8 170; 680; 35; 715
# 2022: 7 940 + 510 = 8 450; 5 860 + 2 170 = 8 030; 420; 18; 438
STATEMENT = (("", "Note", "2023", "2022"),
             ("Tilskudd fra deltakerkommunene", "", "8 210", "7 940"),
             ("Andre driftsinntekter", "", "640", "510"),
             ("Sum driftsinntekter", "", "8 850", "8 450"),
             ("Lønnskostnader", "2", "6 120", "5 860"),
             ("Andre driftskostnader", "", "2 050", "2 170"),
             ("Sum driftskostnader", "", "8 170", "8 030"),
             ("Driftsresultat", "", "680", "420"),
             ("Netto finansposter", "", "35", "18"),
             ("Årsresultat", "", "715", "438"))
STATEMENT_NN = tuple((label.replace("Tilskudd fra deltakerkommunene", "Tilskot frå eigarkommunane")
                      .replace("Lønnskostnader", "Lønskostnader").replace("Netto finansposter", "Netto finanspostar"),
                      *rest) for label, *rest in STATEMENT)

PROBES = [
    h57("unit-line-in-tracked-capitals", "statements",
        (H("Resultatregnskap", 2),
         P("Alle tall i hele 1000 kr", size=7, tracking=0.2),
         T(STATEMENT, ruled=False, sum_rules=(3, 6, 9))),
        Expect(sure_figures=(F("driftsinntekter", 2023, 8850e3), F("driftsinntekter", 2022, 8450e3),
                             F("driftsresultat", 2023, 680e3), F("arsresultat", 2022, 438e3)),
               absent_figures=(F("driftsinntekter", 2023, 8850),))),
    h57("unit-line-in-tracked-capitals-nynorsk", "statements",
        (H("Resultatrekneskap", 2),
         P("Tal i heile tusen kroner", size=7.5, tracking=0.25),
         T(STATEMENT_NN, ruled=False, sum_rules=(3, 6, 9))),
        Expect(sure_figures=(F("driftsinntekter", 2023, 8850e3), F("arsresultat", 2023, 715e3)),
               absent_figures=(F("driftsinntekter", 2023, 8850),)), lang="nn"),
]

# A board strip: photos drawn as shaded boxes, the captions in a row of their own under them
PROBES += [
    h57("caption-row-role-over-name-footnoted-employee", "board",
        (H("Styret", 2),
         CaptionRow((("Ragnhild Bøe Skarstein", "Styreleiar"), ("Oddvar Liabø", "Nestleiar"),
                     ("Synnøve Hauge Tveit", "Styremedlem"), ("Kjetil Åsen Myrvang", "Styremedlem*"),
                     ("Eldbjørg Vik", "Varamedlem")), role_first=True,
                    note="* Vald av og blant dei tilsette. Dei andre er valde av representantskapet."),
         P("Styret hadde seks møte i 2023.")),
        Expect(board=board(("Ragnhild Bøe Skarstein", "LEDE", False), ("Oddvar Liabø", "NEST", False),
                           ("Synnøve Hauge Tveit", "MEDL", False), ("Kjetil Åsen Myrvang", "MEDL", True),
                           ("Eldbjørg Vik", "VARA", False))),
        lang="nn", formats=("browser",)),
    h57("caption-row-name-over-role", "board",
        (H("Styret", 2),
         CaptionRow((("Torbjørn Hval Eikeland", "Styreleder"), ("Merete Solbakk", "Nestleder"),
                     ("Arvid Lund Brekken", "Styremedlem"), ("Sissel Nordhagen", "Ansattvalgt"),
                     ("Jostein Ravnå", "Vara"))),
         P("Styret velges av representantskapet for to år.")),
        Expect(board=board(("Torbjørn Hval Eikeland", "LEDE", False), ("Merete Solbakk", "NEST", False),
                           ("Arvid Lund Brekken", "MEDL", False), ("Sissel Nordhagen", "MEDL", True),
                           ("Jostein Ravnå", "VARA", False))),
        formats=("browser",)),
]

# Owners as a table with no header (a designer's definition list) under an owners heading
PROBES += [
    h57("owners-headerless-table-under-owners-heading", "organisation",
        (H("Dette er oss", 2), P("Vestdal Renovasjon IKS samlar inn avfall i tre kommunar."),
         H("Eigarar", 3),
         T((("Nordvik kommune", "48 %"), ("Sørvik kommune", "31 %"), ("Austvik kommune", "21 %")),
           ruled=False, bold_header=False),
         H("Kontakt", 3), P("Avfallsvegen 2, 6900 Florø")),
        Expect(owners={("Nordvik kommune", 48.0), ("Sørvik kommune", 31.0), ("Austvik kommune", 21.0)}),
        lang="nn"),
    h57("shares-table-under-a-holdings-heading-is-no-owners", "organisation",
        (H("Eigarskap i andre selskap", 3),
         T((("Vestdal Energi AS", "12 %"), ("Fjordnett AS", "5 %")), ruled=False, bold_header=False)),
        Expect(owners=set()), lang="nn"),
]

# A member elected for a term that starts after the report's year
PROBES += [
    h57("member-elected-from-a-later-year", "not_board",
        (H("Styret", 2),
         T((("Verv", "Navn"), ("Styreleder", "Lise Fjerdingby"), ("Nestleder", "Arne Tveter"),
            ("Styremedlem", "Randi Moum"), ("Varamedlem", "Ketil Oppegård")), ruled=False),
         H("Året 2023", 2),
         P("Desember: Kommunestyret valgte Hanne Sollie som nytt styremedlem fra 2024.")),
        Expect(board=board(("Lise Fjerdingby", "LEDE", False), ("Arne Tveter", "NEST", False),
                           ("Randi Moum", "MEDL", False), ("Ketil Oppegård", "VARA", False)))),
]
