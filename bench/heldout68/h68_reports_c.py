"""The recent reports of the sixty-eighth set: a designer-made report of an arbeidsinkluderingsbedrift
in Alta (2023, printed by Chromium from this set's own layout) and a stiftelse running a bygdetun in
Ringerike (2025, Word). Organisations, people and figures are invented; places are real and valid in
the year."""
from __future__ import annotations

from h68_money import amount, line_value, share
from heldout_finance import BUDGET, Col, Statement, balance, income


def komsa_ressurs_2023() -> dict:
    """Arbeidsinkluderingsbedrift AS with VTA and AFT, bokmål, designer PDF: a coloured cover, facts
    and owners in a sidebar, figure tiles, the årsberetning in two columns, the board as cards (role
    word above the name, the employees' member noted under his name, deputies in one line), the
    ledergruppe in a line of its own, statements side by side in 1000 kr, a signature row."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    result = income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [14_212, 12_884]), ("Tilskudd fra NAV", "", [19_476, 18_302]),
             ("Andre driftsinntekter", "", [1_105, 968])],
        cost=[("Varekostnad", "", [5_904, 5_331]), ("Lønnskostnad", "", [24_318, 22_905]),
              ("Avskrivninger", "", [1_286, 1_190]), ("Andre driftskostnader", "", [2_744, 2_612])],
        fin=[("Finansinntekter", "", [318, 97]), ("Finanskostnader", "", [-205, -188])],
        heads=False)
    res = Statement("Resultatregnskap", cols, result, unit=1000, label_header="Beløp i 1000 kr")
    bal = Statement("Balanse 31.12.", cols, balance(
        "nb", 2,
        fixed=[("Tomter og bygninger", "", [9_820, 10_240]), ("Maskiner og inventar", "", [2_415, 2_611])],
        current=[("Varer", "", [1_204, 1_116]), ("Kundefordringer", "", [1_862, 1_705]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [1_200, 1_200]), ("Annen egenkapital", "", [8_422, 7_768])],
        long=[("Gjeld til kredittinstitusjoner", "", [4_600, 5_000])],
        short=[("Leverandørgjeld", "", [1_318, 1_204]), ("Skyldige offentlige avgifter", "", [1_944, 1_876]),
               ("Annen kortsiktig gjeld", "", [2_077, 1_955])], heads=False), unit=1000,
        label_header="Beløp i 1000 kr")
    now = line_value(result, "Årsresultat", 0)
    board = [("Styreleder", "Geir Are Nilsen", ""), ("Nestleder", "Hanne Rasmussen", ""),
             ("Styremedlem", "Nils Ante Eira", ""), ("Styremedlem", "Marit Bull", ""),
             ("Styremedlem", "Tommy Jensen", "Ansattrepresentant")]
    signers = [(name, role.lower()) for role, name, _ in board] + [("Kristin Somby Isaksen", "daglig leder")]
    return {
        "name": "komsa-ressurs-2023", "year": 2023, "title": "Komsa Ressurs AS – Årsrapport 2023",
        "accent": "1E6B66", "tint": "E8F1F0", "sheets": 4,
        "organization": {"name": "Komsa Ressurs AS", "founded_year": 1992,
                         "address": "Løkkeveien 38, 9510 Alta", "phone": "78 44 90 10",
                         "email": "post@komsaressurs.no", "website": "www.komsaressurs.no",
                         "owners": [{"name": "Alta kommune", "share_percent": 80},
                                    {"name": "Loppa kommune", "share_percent": 10},
                                    {"name": "Kautokeino kommune", "share_percent": 10}]},
        "ceo": "Kristin Somby Isaksen",
        "board": [("Geir Are Nilsen", "LEDE", False), ("Hanne Rasmussen", "NEST", False),
                  ("Nils Ante Eira", "MEDL", False), ("Marit Bull", "MEDL", False),
                  ("Tommy Jensen", "MEDL", True), ("Eva Solbakken", "VARA", None),
                  ("Jørn Hætta", "VARA", None), ("Sara Mathisen", "VARA", None)],
        "not_board": ["Ingrid Kalstad", "Bjørnar Olsen", "Linn Hansen Pedersen", "Rolf Johansen",
                      "Camilla Strøm", "Ola Mikkelsen"],
        "programs": {"VTA": 30, "AFT": 45},
        "renditions": ["design"],
        "items": [
            ("cover", "Årsrapport 2023", "Komsa Ressurs AS",
             "Arbeid og inkludering i {g:Vest-Finnmark} siden 1992",
             "Fra snekkerverkstedet i {g:Bossekop}. Foto: Ola Mikkelsen"),
            ("pagebreak",),
            ("split", [
                ("h", "Daglig leder har ordet"),
                ("p", "2023 ble et år med flere deltakere enn noen gang, og med nye oppdrag for næringslivet i "
                      "{g:Alta}. Vi har styrket samarbeidet med skolene og med arbeidsgivere i hele regionen, "
                      "også i {g:Loppa} og {g:Kautokeino}.", {"lead": True}),
                ("p", "Sykefraværet gikk ned, og vi har fått på plass en ny avdeling for bilpleie. Takk til "
                      "alle medarbeidere og deltakere for innsatsen, og til NAV {g:Alta} ved leder Rolf Johansen "
                      "for et godt samarbeid."),
                ("p", "Kristin Somby Isaksen, daglig leder", {"italic": True}),
                ("tiles", [("30", "VTA-plasser"), ("45", "AFT-plasser"), ("{p:6,4 %}", "Sykefravær"),
                           ("{p:31 %}", "Overgang til arbeid eller utdanning")]),
            ], [
                ("facts", "Om Komsa Ressurs", [
                    "Komsa Ressurs AS", "Stiftet 1992", "Løkkeveien 38, 9510 {g:Alta}", "Telefon 78 44 90 10",
                    "post@komsaressurs.no", "www.komsaressurs.no"]),
                ("facts", "Eiere", ["{g:Alta} kommune {p:80 %|Alta kommune}",
                                    "{g:Loppa} kommune {p:10 %|Loppa kommune}",
                                    "{g:Kautokeino} kommune {p:10 %|Kautokeino kommune}"]),
                ("facts", "Avdelinger", ["Snekkerverksted og montering", "Bilpleie", "Kantine og catering",
                                         "Vaktmester og uteservice i {g:Talvik}"]),
            ]),
            ("pagebreak",),
            ("h", "Styrets årsberetning"),
            ("cols", [
                ("h3", "Virksomhetens art og hvor den drives"),
                ("p", "Komsa Ressurs AS er en arbeidsinkluderingsbedrift med hovedkontor i {g:Alta} i "
                      "{g:Troms og Finnmark}. Selskapet gir arbeid, opplæring og oppfølging til personer som "
                      "trenger hjelp for å komme i arbeid. Selskapet har ikke erverv som formål."),
                ("h3", "Tiltakene"),
                ("p", "Bedriften har 30 plasser i varig tilrettelagt arbeid (VTA) og 45 plasser i "
                      "arbeidsforberedende trening (AFT). I alt 112 personer deltok i AFT i løpet av året, og "
                      "{p:31 %|gikk over til arbeid eller utdanning} av dem som avsluttet, gikk over til arbeid "
                      "eller utdanning. Fagleder AFT er Ingrid Kalstad, og fagleder VTA er Bjørnar Olsen."),
                ("h3", "Arbeidsmiljø og likestilling"),
                ("p", "Ved årets slutt hadde selskapet 38 ansatte, 21 kvinner og 17 menn. Sykefraværet var "
                      "{p:6,4 %|Sykefraværet var} mot {p:8,1 %|mot} året før. Styret har to kvinner blant fem "
                      "medlemmer, det vil si {p:40 %|Styret har to kvinner}."),
                ("h3", "Ytre miljø"),
                ("p", "Virksomheten påvirker det ytre miljøet i liten grad. Avfall fra produksjonen sorteres."),
                ("h3", "Økonomi og fortsatt drift"),
                ("p", f"Årsresultatet ble {amount(now)} 000 kroner. Styret foreslår at resultatet overføres "
                      "til annen egenkapital. Forutsetningen om fortsatt drift er til stede."),
            ]),
            ("h", "Styret"),
            ("cards", board),
            ("p", "Varamedlemmer: Eva Solbakken, Jørn Hætta og Sara Mathisen (for de ansatte)."),
            ("p", "Ledergruppe: Kristin Somby Isaksen (daglig leder), Ingrid Kalstad (fagleder AFT), Bjørnar "
                  "Olsen (fagleder VTA) og Linn Hansen Pedersen (økonomileder).", {"small": True}),
            ("pagebreak",),
            ("h", "Årsregnskap 2023"),
            ("stmts", [(res, "Resultatregnskap"), (bal, "Balanse 31.12.")]),
            ("p", "Revisor: Camilla Strøm, statsautorisert revisor, Nordkalott Revisjon AS.", {"small": True}),
            ("sign", "{g:Alta}, 12. mars 2024", signers),
        ],
        "notes": "2023, bokmål, designer PDF (own HTML, Chromium, 4 sheets); VTA 30 and AFT 45 (gold), "
                 "tiles; board as cards, the employees' member noted; ledergruppe and NAV leader not board.",
    }


APPOINTED_2025 = [("{g:Ringerike} kommune", "Anders Moen", "Liv Haugen"),
                  ("{g:Ringerike} kommune", "Tone Bergli", "Ola Sørbråten"),
                  ("{g:Tyristrand} historielag", "Ivar Kolstad", "Berit Kolbjørnsrud"),
                  ("{g:Buskerud} fylkeskommune", "Hilde Sollien", "Petter Aas"),
                  ("Venneforeningen for bygdetunet", "Kari Brekke", "Jon Eriksrud")]


def tyristrand_bygdetun_2025() -> dict:
    """Stiftelse, bokmål, Word: the board as a table of who appointed each member and each member's
    personal deputy, the chair and deputy chair named only in a sentence on how the board constituted
    itself; an aktivitetsregnskap (ideelle organisasjoner) with a budget column and a balance with
    formålskapital."""
    cols = [Col("Regnskap 2025", 2025), Col("Budsjett 2025", 2025, BUDGET), Col("Regnskap 2024", 2024)]
    result = income(
        "nb", 3,
        inc=[("Tilskudd fra kommunen", "", [420_000, 420_000, 400_000]),
             ("Tilskudd fra fylkeskommunen", "", [150_000, 150_000, 120_000]),
             ("Billettinntekter og arrangementer", "", [286_450, 260_000, 248_310]),
             ("Gaver", "", [96_200, 80_000, 88_750]), ("Leieinntekter", "", [112_000, 110_000, 104_500]),
             ("Finansinntekter", "", [18_914, 12_000, 15_208])],
        cost=[("Lønn og sosiale kostnader", "", [612_408, 620_000, 589_114]),
              ("Vedlikehold av bygninger", "", [184_220, 170_000, 142_906]),
              ("Arrangementer og formidling", "", [121_377, 110_000, 109_860]),
              ("Forsikring, strøm og drift", "", [98_640, 95_000, 93_421]),
              ("Administrasjon og regnskap", "", [41_925, 40_000, 39_180])],
        labels={"inc": "Anskaffede midler", "sum_inc": "Sum anskaffede midler", "cost": "Forbrukte midler",
                "sum_cost": "Sum forbrukte midler", "op": "Aktivitetsresultat", "result": None})
    act = Statement("Aktivitetsregnskap 2025", cols, result, render="unruled", label_header="Beløp i kroner")
    bal = Statement("Balanse pr. 31.12.2025", [Col("31.12.2025", 2025), Col("31.12.2024", 2024)], balance(
        "nb", 2,
        fixed=[("Bygninger", "", [1_240_000, 1_280_000])],
        current=[("Kundefordringer", "", [14_300, 9_850]), ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "", [100_000, 100_000]), ("Annen formålskapital", "", [1_612_481, 1_587_487])],
        long=[],
        short=[("Leverandørgjeld", "", [38_612, 31_207]), ("Skyldige offentlige avgifter", "", [52_118, 48_336]),
               ("Annen kortsiktig gjeld", "", [21_500, 18_900])],
        labels={"eq_debt": "Formålskapital og gjeld", "equity": "Formålskapital",
                "sum_equity": "Sum formålskapital", "sum_eq_debt": "Sum formålskapital og gjeld"}),
        render="unruled", label_header="Beløp i kroner")
    activity = line_value(result, "Aktivitetsresultat", 0)
    acquired = line_value(result, "Sum anskaffede midler", 0)
    municipal = line_value(result, "Tilskudd fra kommunen", 0)
    signers = [("Ivar Kolstad", "styreleder"), ("Tone Bergli", "nestleder"), ("Anders Moen", "styremedlem"),
               ("Hilde Sollien", "styremedlem"), ("Kari Brekke", "styremedlem")]
    return {
        "name": "tyristrand-bygdetun-2025", "year": 2025, "title": "Stiftelsen Tyristrand Bygdetun – Årsberetning 2025",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "6B3E1F", "author": "Stiftelsen Tyristrand Bygdetun",
        "footer": "Stiftelsen Tyristrand Bygdetun · årsberetning 2025", "footer_align": "left",
        "organization": {"name": "Stiftelsen Tyristrand Bygdetun", "founded_year": 1987,
                         "address": "Bygdetunvegen 3, 3533 Tyristrand", "phone": "32 14 62 20",
                         "email": "post@tyristrand-bygdetun.no", "website": "www.tyristrand-bygdetun.no"},
        "ceo": "Mona Gulbrandsen",
        "board": [("Ivar Kolstad", "LEDE", False), ("Tone Bergli", "NEST", False), ("Anders Moen", "MEDL", False),
                  ("Hilde Sollien", "MEDL", False), ("Kari Brekke", "MEDL", False)]
                 + [(deputy, "VARA", None) for *_, deputy in APPOINTED_2025],
        "not_board": ["Harald Strande", "Mona Gulbrandsen", "Arne Bråten", "Siri Lunde", "Else Hovde",
                      "Trond Sveen"],
        "renditions": ["docx", "pdf"],
        "items": [
            ("h", 1, "Årsberetning 2025"),
            ("p", "Stiftelsen Tyristrand Bygdetun", {"bold": True, "size": 12}),
            ("p", "Bygdetunvegen 3, 3533 {g:Tyristrand}  ·  32 14 62 20  ·  post@tyristrand-bygdetun.no  ·  "
                  "www.tyristrand-bygdetun.no", {"size": 8.5}),
            ("h", 2, "Formål og virksomhet"),
            ("p", "Stiftelsen Tyristrand Bygdetun ble opprettet i 1987 og eier og driver bygdetunet ved "
                  "{g:Tyrifjorden} i {g:Ringerike} kommune. Formålet er å ta vare på bygningene og samlingene "
                  "og formidle bygdas historie. Stiftelsen har ikke erverv som formål."),
            ("p", "Bygdetunet hadde 4 120 besøkende i 2025, en økning på {p:14 prosent|en økning på}. Det ble "
                  "holdt 23 arrangementer, blant dem slåttedag, julemarked og skoledager for elever fra "
                  "{g:Hønefoss} og {g:Hole}."),
            ("h", 2, "Styret"),
            ("p", "Styret oppnevnes for fire år om gangen. For perioden 2024–2027 er styret oppnevnt slik:"),
            ("table", [["Oppnevnt av", "Styremedlem", "Personlig varamedlem"]] + [list(r) for r in APPOINTED_2025],
             {"ruled": False, "size": 9.5, "widths": [6.0, 4.8, 4.8], "rule_rows": (1,)}),
            ("p", "På første møte etter oppnevningen konstituerte styret seg med Ivar Kolstad som styreleder og "
                  "Tone Bergli som nestleder. Harald Strande, som var styreleder fra 2016, gikk ut av styret ved "
                  "årsskiftet. Styret har hatt fem møter i 2025."),
            ("h", 2, "Ansatte og arbeidsmiljø"),
            ("p", "Stiftelsen har to ansatte i til sammen 1,4 årsverk. Daglig leder er Mona Gulbrandsen. "
                  "Sykefraværet var {p:1,9 %|Sykefraværet}. Om lag 40 frivillige gjør en stor innsats på "
                  "arrangementene; styret vil særlig takke Gunnar og Else Hovde for arbeidet med "
                  "kornåkeren, og leder av {g:Tyristrand} historielag, Arne Bråten, for lån av gjenstander."),
            ("h", 2, "Økonomi"),
            ("p", f"Aktivitetsresultatet ble kr {amount(activity)}. Tilskuddet fra {{g:Ringerike}} kommune "
                  f"utgjorde {{p:{share(municipal, acquired)} %|Tilskuddet fra Ringerike kommune utgjorde}} av "
                  "anskaffede midler. Resultatet er tillagt annen formålskapital. Styret mener "
                  "forutsetningen om fortsatt drift er til stede."),
            ("p", "Regnskapet føres av Ringeriksbygda Regnskap AS og er revidert av registrert revisor Siri "
                  "Lunde. Ordfører Trond Sveen åpnet det restaurerte stabburet i juni."),
            ("stmt", act),
            ("stmt", bal),
            ("sign", "{g:Tyristrand}, 9. februar 2026", signers, {"cols": 3}),
        ],
        "notes": "2025, bokmål stiftelse; board by appointing body with personal deputies, chair and deputy "
                 "chair only in the constituting sentence; aktivitetsregnskap with a budget column (optional); "
                 "formålskapital balance; former chair Harald Strande not board.",
    }


REPORTS = [komsa_ressurs_2023, tyristrand_bygdetun_2025]
