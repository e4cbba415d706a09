"""Layout, second round: sidebars (floating text boxes the body wraps around) read as their own
blocks with the headings beside them kept; headings right above a statement; Word paragraphs
laid out with tab stops and line breaks (organisations, people and figures invented)."""
from probes.spec import H, P, T, Box, Expect, Probe, board

BOTH = ("docx", "pdf")

_BOARD_BOX = Box(("Styret 2023", "Solveig Marstein Aas", "styreleder", "Henrik Dalby", "nestleder",
                  "Mona Kvalsund", "styremedlem", "Per Arne Tveit", "styremedlem"),
                 size=9, left=310, width=150, height=190, wrap=True)

PROBES = [
    Probe("sidebar-board-beside-headings", "layout", (
        _BOARD_BOX,
        H("Om stiftelsen", 2),
        P("Granlia Arbeidssenter gir arbeidstrening og varig tilrettelagt arbeid til om lag førti "
          "personer. Virksomheten holder til i egne lokaler nær sentrum og har verksted, kantine og "
          "vedproduksjon."),
        P("I 2023 fikk vi nye avtaler med NAV-kontorene i Nordre Land, Søndre Land og Etnedal."),
        H("Tiltak", 2),
        P("Ved årets slutt hadde senteret 22 plasser i varig tilrettelagt arbeid og 14 plasser i "
          "arbeidsforberedende trening."),
        H("Arbeidsmiljø", 2),
        P("Sykefraværet gikk ned gjennom året, og det var ingen skader som førte til fravær."),
    ), Expect(headings=("Om stiftelsen", "Tiltak", "Arbeidsmiljø"),
              box_texts=("Solveig Marstein Aas", "Per Arne Tveit", "Mona Kvalsund"),
              places=("Nordre Land", "Søndre Land", "Etnedal")), formats=BOTH),
    Probe("sidebar-facts-nn", "layout", (
        Box(("Fakta om laget", "Org.nr. 912 345 678", "Adresse: Fjordvegen 12", "6793 Hornindal",
             "Telefon: 57 87 12 34", "Dagleg leiar: Torbjørg Heggen"), size=8.5, left=300, width=160,
            height=150, wrap=True),
        H("Føremål", 2),
        P("Laget skal gje menneske med nedsett arbeidsevne høve til meiningsfullt arbeid, og skal "
          "samarbeide tett med næringslivet i kommunen om praksisplassar og oppdrag."),
        H("Drift i året", 2),
        P("Verksemda hadde god tilgang på oppdrag frå lokale bedrifter, og omsetnaden auka noko "
          "samanlikna med året før. Styret er nøgd med utviklinga."),
    ), Expect(headings=("Føremål", "Drift i året"), box_texts=("Dagleg leiar: Torbjørg Heggen", "Org.nr. 912 345 678")),
        formats=BOTH, lang="nn", title="Årsmelding 2023"),
    Probe("sidebar-left-of-body", "layout", (
        Box(("Kontakt oss", "Vevstua Produkt AS", "Bakkegata 4", "Telefon 61 22 33 44", "post@vevstua.no"),
            size=9, left=0, width=140, height=120, wrap=True),
        H("Virksomheten", 2),
        P("Vevstua Produkt AS produserer tekstiler og emballasje for lokale kunder, og har i tillegg "
          "en liten butikk i sentrum der deltakerne får erfaring med salg og service."),
        H("Marked", 2),
        P("Salget til bedriftsmarkedet økte i andre halvår, mens butikksalget var som året før."),
    ), Expect(headings=("Virksomheten", "Marked"), box_texts=("Bakkegata 4", "Telefon 61 22 33 44")), formats=BOTH),
]

# Two unruled statements whose sum rules line up: the heading between them stays a heading.
_INCOME = (("", "Note", "2023", "2022"), ("Driftsinntekter", "", "", ""), ("Salg av varer", "", "5 118", "4 870"),
           ("Tilskudd fra NAV", "2", "9 604", "9 211"), ("Sum driftsinntekter", "", "14 722", "14 081"),
           ("Lønnskostnader", "3", "11 980", "11 402"), ("Andre driftskostnader", "", "2 311", "2 196"),
           ("Sum driftskostnader", "", "14 291", "13 598"), ("Driftsresultat", "", "431", "483"))
_BALANCE = (("", "Note", "31.12.2023", "31.12.2022"), ("Anleggsmidler", "", "", ""), ("Maskiner", "4", "1 206", "1 340"),
            ("Sum anleggsmidler", "", "1 206", "1 340"), ("Bankinnskudd", "", "2 874", "2 519"),
            ("Sum omløpsmidler", "", "2 874", "2 519"), ("Sum eiendeler", "", "4 080", "3 859"))
PROBES += [
    Probe("heading-between-statements-sum-rules", "layout", (
        H("Resultatregnskap", 2),
        T(_INCOME, ruled=False, sum_rules=(4, 7, 8)),
        H("Balanse per 31.12.2023", 2),
        T(_BALANCE, ruled=False, sum_rules=(3, 5, 6)),
    ), Expect(headings=("Resultatregnskap", "Balanse per 31.12.2023")), formats=BOTH),
    Probe("heading-date-ending", "layout", (
        H("Resultatrekneskap", 2),
        T(_INCOME, ruled=False, sum_rules=(4, 7, 8)),
        H("Balanse 31.12.", 2),
        T(_BALANCE, ruled=False, sum_rules=(3, 5, 6)),
    ), Expect(headings=("Resultatrekneskap", "Balanse 31.12.")), formats=BOTH, lang="nn", title="Årsmelding 2023"),
]

# Word paragraphs laid out with tab stops (no table) and stacked with line breaks.
PROBES += [
    Probe("tab-stop-statement", "layout", (
        H("Resultatregnskap", 2),
        P("\tNote\t2023\t2022"),
        P("Driftsinntekter"),
        P("Salg av ved og tjenester\t\t3 418\t3 102"),
        P("Tilskudd fra NAV\t2\t8 260\t7 945"),
        P("Sum driftsinntekter\t\t11 678\t11 047", bold=True),
        P("Lønnskostnader\t3\t9 114\t8 806"),
        P("Sum driftskostnader\t\t11 402\t10 911", bold=True),
        P("Styret mener regnskapet gir et riktig bilde av stillingen ved årsskiftet."),
    ), Expect(table_rows=(("Note", "2023", "2022"), ("Salg av ved og tjenester", "3 418", "3 102"),
                          ("Tilskudd fra NAV", "2", "8 260", "7 945"), ("Sum driftsinntekter", "11 678", "11 047"))),
    ),
    Probe("tab-stop-statement-nn", "layout", (
        H("Resultatrekneskap", 2),
        P("\t2023\t2022"),
        P("Sal av varer\t2 118\t1 960"),
        P("Offentlege tilskot\t5 402\t5 180"),
        P("Sum driftsinntekter\t7 520\t7 140"),
    ), Expect(table_rows=(("Sal av varer", "2 118", "1 960"), ("Sum driftsinntekter", "7 520", "7 140"))),
        lang="nn", title="Årsmelding 2023"),
    Probe("tab-stop-board", "layout", (
        H("Styret", 2),
        P("Styreleder\tIngrid Solhaug"),
        P("Nestleder\tBjørnar Tveten"),
        P("Styremedlem\tLinn Aarvik"),
        P("Varamedlem\tOskar Heim"),
    ), Expect(table_rows=(("Styreleder", "Ingrid Solhaug"), ("Varamedlem", "Oskar Heim")),
              board=board(("Ingrid Solhaug", "LEDE"), ("Bjørnar Tveten", "NEST"), ("Linn Aarvik", "MEDL"),
                          ("Oskar Heim", "VARA")))),
    Probe("tab-numbered-agenda-is-no-table", "layout", (
        H("Sakliste", 2),
        P("1.\tGodkjenning av innkalling og saksliste"),
        P("2.\tValg av møteleder og referent"),
        P("3.\tÅrsmelding for 2023"),
    ), Expect(headings=("Sakliste",), absent_headings=("Godkjenning av innkalling og saksliste",))),
    Probe("line-breaks-stacked-board", "layout", (
        H("Styret", 2),
        P("Ingrid Solhaug\nstyreleder\nBjørnar Tveten\nnestleder\nLinn Aarvik\nstyremedlem"),
    ), Expect(board=board(("Ingrid Solhaug", "LEDE"), ("Bjørnar Tveten", "NEST"), ("Linn Aarvik", "MEDL")))),
    Probe("line-breaks-stacked-board-nn", "layout", (
        H("Styret", 2),
        P("Styreleiar\nAstrid Mo Lien\nNestleiar\nKnut Eide\nStyremedlem\nRagnhild Fosse"),
    ), Expect(board=board(("Astrid Mo Lien", "LEDE"), ("Knut Eide", "NEST"), ("Ragnhild Fosse", "MEDL"))),
        lang="nn", title="Årsmelding 2023"),
]
PROBES += [
    Probe("tab-stop-statements-heading-between", "layout", (
        P("Resultatrekneskap", bold=True),
        P("\t2023\t2022"),
        P("Felleskostnader\t4 206\t4 010"),
        P("Sum inntekter\t4 390\t4 188"),
        P("Balanse per 31.12.2023", bold=True),
        P("\t2023\t2022"),
        P("Bankinnskot\t1 612\t1 388"),
        P("Sum eigedelar\t9 870\t9 702"),
    ), Expect(headings=("Balanse per 31.12.2023",), table_rows=(("Felleskostnader", "4 206", "4 010"),
                                                                ("Bankinnskot", "1 612", "1 388"))),
        lang="nn", title="Årsmelding 2023"),
]
