"""Tenth reading (docs/phrasings.md §39): boards on real wording from other kinds of
organisation (a museum company with dated and employee-elected deputies, a museum foundation's
personal deputies in nynorsk and English, a sports council listing each member's club after the
name, an IKS's owners' council beside its board), and the kinds left open at stop 22 (a role cell
for the employees' deputy, a list whose personal deputies stand in parentheses, a subsidiary
named only as a sentence's subject). Each kind written again with invented names and places."""
from probes.spec import H, Li, P, T, Expect, Probe, board

EVERY_PDF = ("docx", "pdf", "tight", "browser")
PDFS = ("docx", "pdf", "tight")
NN = {"lang": "nn", "title": "Årsmelding 2023"}


def _b(case_id, items, expected, family="board", formats=EVERY_PDF, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g10b-{case_id}", family, tuple(items), expect, formats=formats, **kw)


# --- 1. a deputy both employee-elected and a deputy: "ansattvalgt representant, vara" ---------
MUSEUM = board(("Torunn Vestly", "LEDE"), ("Geir Haugsbakk", "NEST"), ("Sissel Omdal", "MEDL"),
               ("Bjarne Fosli", "MEDL", True), ("Ellen Kvarme", "VARA"), ("Roar Tinnå", "VARA", True),
               ("Mette Lindrup", "VARA", True))
# --- 2. personal deputies named by the office they stand in for -----------------------------
FOUNDATION_NN = board(("Olav Rindal", "LEDE"), ("Brit Hamre", "VARA"), ("Inger Sætre", "NEST"), ("Per Lunde", "VARA"),
                      ("Randi Follestad", "MEDL"), ("Terje Bøe", "VARA"), ("Åse Kvalheim", "MEDL"), ("Eirik Nes", "VARA"))
# --- 3. each member's club after the name, no comma between ------------------------------------
COUNCIL = board(("Rune Dalby", "LEDE"), ("Hilde Lia Sørum", "NEST"), ("Marte Kolstad", "MEDL"),
                ("Anders Bru", "MEDL"), ("Siri Tangvald", "VARA"))

PROBES = [
    _b("museum-employee-elected-deputy-comma-vara", (
        H("Organisasjon", 2),
        P("Aksjonærer i Fjordheim museum AS er Fjordheim kommune og Stiftelsen Fjordheim bygdetun."),
        P("Styret i Fjordheim museum AS", bold=True),
        P("Torunn Vestly, styrets leder"),
        P("Geir Haugsbakk, nestleder"),
        P("Sissel Omdal, styremedlem"),
        P("Bjarne Fosli, ansattvalgt representant"),
        P("Ellen Kvarme, vara"),
        P("Roar Tinnå, ansattvalgt representant, vara"),
        P("Mette Lindrup, ansattevalgt representant, vara"),
    ), MUSEUM, title="Årsrapport 2023 Fjordheim museum AS"),
    _b("nn-foundation-personal-deputy-of-each-office", (
        H("Styret", 2),
        P("Styret er stiftinga sitt øvste organ. Rådet peikar ut valnemnda til styret."),
        H("Medlemane i styret", 3),
        P("Styreleiar Olav Rindal\nPersonleg vara styreleiar Brit Hamre"),
        P("Nestleiar Inger Sætre\nPersonleg vara nestleiar Per Lunde"),
        P("Styremedlem Randi Follestad\nPersonleg varamedlem Terje Bøe"),
        P("Styremedlem Åse Kvalheim\nPersonleg varamedlem Eirik Nes"),
        H("Møteplan", 3),
        P("Styret har sju møte i året."),
    ), FOUNDATION_NN, lang="nn", title="Årsmelding 2023 Stiftinga Fjordmusea"),
    _b("en-foundation-personal-deputy-chairperson", (
        H("Board of Directors", 2),
        P("The Board is the foundation's highest body; its election committee is appointed by the Council."),
        H("Board members", 3),
        P("Chairperson Olav Rindal\nPersonal Deputy Chairperson Brit Hamre"),
        P("Vice-Chairperson Inger Sætre\nPersonal deputy Vice-Chairperson Per Lunde"),
        P("Board member Randi Follestad\nPersonal Deputy Board Member Terje Bøe"),
        P("Board member Åse Kvalheim\nPersonal Deputy Board Member Eirik Nes"),
        H("Meetings", 3),
        P("The Board meets seven times a year."),
    ), FOUNDATION_NN, title="Annual report 2023 Fjord Museums Foundation"),

    # --- 3. a sports council: each member's club after the name ---------------------------------
    _b("council-member-then-club-per-line", (
        H("Styrets sammensetning 2023", 2),
        P("Styreleder Rune Dalby Tverrå Skiklubb"),
        P("Nestleder Hilde Lia Sørum Moane IL"),
        P("Styremedlem Marte Kolstad Brekke UL"),
        P("Styremedlem Anders Bru Tverrå Tennisklubb"),
        P("Varamedlem Siri Tangvald Moane IL"),
        P("Valgkomité: Jon Vikås Brekke UL"),
    ), COUNCIL, formats=PDFS, title="Årsberetning 2023 Tverrå idrettsråd"),
    _b("council-member-then-club-run-on", (
        H("Styrets sammensetning 2023", 2),
        P("Styreleder Rune Dalby Tverrå Skiklubb Nestleder Hilde Lia Sørum Moane IL Styremedlem Marte Kolstad "
          "Brekke UL Styremedlem Anders Bru Tverrå Tennisklubb Varamedlem Siri Tangvald Moane IL"),
        P("Valgkomité: Jon Vikås Brekke UL"),
    ), COUNCIL, formats=PDFS, title="Årsberetning 2023 Tverrå idrettsråd"),

    # --- stop 22's open kinds ---------------------------------------------------------------------
    _b("role-cell-deputy-for-the-employees", (
        H("Styret", 2),
        T((("Verv", "Navn"), ("Styreleder", "Kjersti Oddan"), ("Styremedlem", "Helge Brattås"),
           ("Styremedlem for de ansatte", "Nina Sund"), ("Varamedlem for de ansatte:", "Pål Eng"))),
    ), board(("Kjersti Oddan", "LEDE"), ("Helge Brattås", "MEDL"), ("Nina Sund", "MEDL", True), ("Pål Eng", "VARA", True)),
        formats=PDFS),
    _b("nn-personal-deputies-in-parentheses", (
        H("Styret", 2),
        P("Styret har i 2023 vore samansett slik (personleg vara i parentes):"),
        P("Leiar: Gunvor Hæreid (Kåre Skeie)\nNestleiar: Arne Mo (Liv Aase)\nStyremedlem: Tove Hjelle (Nils Rød)"),
        P("Styret har halde seks møte."),
    ), board(("Gunvor Hæreid", "LEDE"), ("Kåre Skeie", "VARA"), ("Arne Mo", "NEST"), ("Liv Aase", "VARA"),
             ("Tove Hjelle", "MEDL"), ("Nils Rød", "VARA")), **NN),
    _b("subsidiary-only-a-sentences-subject", (
        H("Styret", 2),
        P("Styreleder: Anne Lie\nNestleder: Per Moe\nStyremedlem: Kari Vik"),
        H("Virksomheten", 2),
        P("Grønnli Vekst AS eier alle aksjene i Grønnli Drift AS. Grønnli Drift AS har eget styre med "
          "Ola Dahl som styreleder og Eva Berg som styremedlem."),
    ), None, expect=Expect(board=board(("Anne Lie", "LEDE"), ("Per Moe", "NEST"), ("Kari Vik", "MEDL")),
                           doubtful_board=("Ola Dahl", "Eva Berg")),
        formats=("docx", "pdf"), title="Årsrapport 2023 Grønnli Vekst AS"),
    # our own company as the subject keeps its board
    _b("own-company-as-subject-has-its-board", (
        H("Virksomheten", 2),
        P("Grønnli Vekst AS er en arbeidsmarkedsbedrift i Grønnli kommune."),
        P("Grønnli Vekst AS har et styre med Anne Lie som styreleder, Per Moe som nestleder og Kari Vik som "
          "styremedlem."),
    ), board(("Anne Lie", "LEDE"), ("Per Moe", "NEST"), ("Kari Vik", "MEDL")),
        formats=("docx", "pdf"), title="Årsrapport 2023 Grønnli Vekst AS"),
    _b("nn-subsidiary-only-a-sentences-subject", (
        H("Styret", 2),
        P("Styreleiar: Signe Aasen\nStyremedlem: Bjørn Lothe"),
        H("Verksemda", 2),
        P("Fjordlys Vekst AS eig alle aksjane i Fjordlys Reinhald AS. Fjordlys Reinhald AS har sitt eige styre "
          "med Arve Moldestad som styreleiar og Gunn Vatle som styremedlem."),
    ), None, expect=Expect(board=board(("Signe Aasen", "LEDE"), ("Bjørn Lothe", "MEDL")),
                           doubtful_board=("Arve Moldestad", "Gunn Vatle")),
        formats=("docx", "pdf"), lang="nn", title="Årsmelding 2023 Fjordlys Vekst AS"),
    # --- an IKS: each member's seat in parentheses, a dash, the role; the owners' council first ----
    _b("iks-seat-in-parentheses-dash-role", (
        H("Organisasjon", 2),
        P("Fjordarkivet IKS er eit interkommunalt selskap eigd av seks kommunar og fylkeskommunen."),
        H("Representantskapet", 3),
        P("Representantskapet er øvste organ. Kvar eigar har ein representant."),
        P("Halvard Tveit (Nordvik kommune) – leiar\nSynnøve Berge (Austrå kommune) – nestleiar"),
        H("Styret", 3),
        P("Styret fører tilsyn med drifta av selskapet."),
        P("Marit Øyen (Sørvik kommune) – leiar\nJon Are Hope (Vestfylket fylkeskommune) – nestleiar\n"
          "Ingrid Lie (KS Vestfylket) – styremedlem\nBård Kolle (Austrå kommune) – første varamedlem"),
    ), board(("Marit Øyen", "LEDE"), ("Jon Are Hope", "NEST"), ("Ingrid Lie", "MEDL"), ("Bård Kolle", "VARA")),
        lang="nn", title="Årsmelding 2023 Fjordarkivet IKS"),
    # --- a museum foundation's board by who appointed each member, terms in parentheses ---------
    _b("members-under-who-appointed-them", (
        H("Styret", 2),
        P("Styret for Nordli gruvemuseum, perioden 2022-2025"),
        P("Oppnevnt av Kulturdepartementet:"),
        P("Eldar Brennum, styreleder (2020-2025)"),
        P("Styremedlemmer:"),
        P("Tone Askvik (2022-2025)"),
        P("Jan Petter Moum (2021-2024)"),
        P("Varamedlemmer:"),
        P("Gunn Sæther (2022-2025)"),
        P("Oppnevnt av Gruvelagets Venner:"),
        P("Roald Tveter (2023-2024)"),
        P("Oppnevnt av museets ansatte:"),
        P("Linn Eikrem (2023-2024)"),
        P("Varamedlem:"),
        P("Petter Vold (2023-2024)"),
        H("Vedtekter", 2),
        P("Vedtektene ble sist endret i 2019."),
    ), board(("Eldar Brennum", "LEDE"), ("Tone Askvik", "MEDL"), ("Jan Petter Moum", "MEDL"), ("Gunn Sæther", "VARA"),
             ("Roald Tveter", "MEDL"), ("Linn Eikrem", "MEDL", True), ("Petter Vold", "VARA", True)),
        formats=PDFS, title="Årsberetning 2023 Stiftelsen Nordli gruvemuseum"),
    _b("deputies-label-then-employees-representative", (
        H("Museumsstyret", 2),
        P("Styret har fem medlemmer, to fra hver eierkommune og en representant for de ansatte."),
        P("Museumsstyret består av:"),
        P("Arnt Hegge, styreleder (Nordvik)\nBerit Saltnes, styremedlem (Nordvik)\nOla Rise, styremedlem (Sørvik)\n"
          "Turid Kvam, styremedlem (Sørvik)\nEva Bakkeli, styremedlem (ansattes representant)"),
        P("Varamedlemmer:"),
        P("Knut Rabben (Nordvik)\nSiv Tollefsen (Sørvik)\nGeir Nystad (ansattes representant)"),
    ), board(("Arnt Hegge", "LEDE"), ("Berit Saltnes", "MEDL"), ("Ola Rise", "MEDL"), ("Turid Kvam", "MEDL"),
             ("Eva Bakkeli", "MEDL", True), ("Knut Rabben", "VARA"), ("Siv Tollefsen", "VARA"), ("Geir Nystad", "VARA", True)),
        formats=("docx",), title="Årsmelding 2023 Nordvik museum IKS"),
]
