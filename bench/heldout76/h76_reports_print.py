"""The three designer reports of the seventy-sixth set: this set's own HTML pages (``h76_sheet``)
printed by Chromium. Names, figures and organisations invented; places real in the year."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income

from h76_reports_word import amount


def egge_vekst_2019() -> dict:
    """Arbeidsinkluderingsbedrift AS in Steinkjer (Trøndelag): tiles with places and results,
    the ledergruppe as cards before the board's cards, deputies in one sentence."""
    cols = [Col("2019", 2019), Col("2018", 2018)]
    inc = income("nb", 2,
                 [("Salgsinntekter", "", [21_406, 20_118]), ("Tiltaksinntekter", "2", [24_870, 23_544]),
                  ("Øvrige inntekter", "", [1_212, 1_090])],
                 [("Varekostnad", "", [7_830, 7_412]), ("Lønnskostnader", "3", [33_104, 31_987]),
                  ("Avskrivninger", "5", [1_416, 1_380]), ("Andre driftskostnader", "", [4_311, 4_126])],
                 fin=[("Finansinntekter", "", [88, 64]), ("Finanskostnader", "", [-212, -240])])
    bal = balance("nb", 2,
                  [("Tomt og bygninger", "5", [14_820, 15_230]), ("Maskiner og biler", "5", [2_946, 3_108])],
                  [("Varer", "", [1_604, 1_488]), ("Kundefordringer", "", [3_012, 2_874]),
                   ("Bankinnskudd", "6", "plug")],
                  [("Aksjekapital", "7", [3_000, 3_000]), ("Annen egenkapital", "", [14_911, 14_408])],
                  [("Pantelån", "8", [4_200, 4_600])],
                  [("Leverandørgjeld", "", [1_466, 1_390]), ("Offentlige avgifter", "", [2_688, 2_541]),
                   ("Annen kortsiktig gjeld", "", [3_106, 2_985])])
    kw = dict(label_header="(NOK 1000)", note_col="Note", unit=1000)
    return {
        "name": "egge-vekst-2019", "lang": "nb", "year": 2019,
        "title": "Egge Vekst AS – Årsrapport 2019",
        "organization": {"name": "Egge Vekst AS", "founded_year": 1986,
                         "address": "Fabrikkgata 17, 7725 Steinkjer", "phone": "74 16 38 00",
                         "email": "firmapost@eggevekst.no", "website": "www.eggevekst.no",
                         "owners": [{"name": "Steinkjer kommune", "share_percent": 66.0},
                                    {"name": "Snåsa kommune", "share_percent": 17.0},
                                    {"name": "Inderøy kommune", "share_percent": 17.0}]},
        "ceo": "Håvard Forbord",
        "board": [("Ragnhild Aune", "LEDE", False), ("Stian Tømmerås", "NEST", False),
                  ("Liv Marit Skjærvø", "MEDL", False), ("Per Olav Wist", "MEDL", False),
                  ("Camilla Hoås", "MEDL", True), ("Jon Arve Ertsås", "VARA", None), ("Berit Sandvik", "VARA", None)],
        "not_board": ["Håvard Forbord", "Kirsti Lysberg", "Tor Einar Myrvang", "Synnøve Hjulstad", "Øystein Kolberg"],
        "programs": {"VTA": 36, "AFT": 48, "VTO": 9},
        "renditions": ["chrome"],
        "style": {"accent": "#1b4f72", "pale": "#e8f0f6", "per_row": 4},
        "notes": "Designer PDF: tiles hold the approved places and results; the ledergruppe as cards "
                 "just before the board's cards; deputies in a sentence under the cards.",
        "items": [
            ("band", "Årsrapport 2019", "Egge Vekst AS · arbeid og inkludering i {g:Steinkjer}, {g:Snåsa} og {g:Inderøy}"),
            ("aside", "Om Egge Vekst",
             ["Stiftet 1986", "Fabrikkgata 17, 7725 {g:Steinkjer}", "Telefon 74 16 38 00",
              "firmapost@eggevekst.no", "www.eggevekst.no",
              "Eiere: {g:Steinkjer} kommune {p:66 %|Steinkjer kommune}, {g:Snåsa} kommune {p:17 %|Snåsa kommune} "
              "og {g:Inderøy} kommune {p:17 %|Inderøy kommune}"]),
            ("h", "Et år med flere ut i jobb"),
            ("p", "2019 ble året da flere enn noen gang gikk fra tiltak til ordinært arbeid. Vi har utvidet "
                  "samarbeidet med næringslivet i {g:Trøndelag}, og våre jobbspesialister har fulgt opp "
                  "deltakere på arbeidsplasser fra {g:Malm} i nord til {g:Straumen} i sør."),
            ("p", "Takk til alle ansatte, deltakere og samarbeidspartnere. En særlig takk til Kirsti Lysberg "
                  "i NAV {g:Steinkjer} for et tett og godt samarbeid."),
            ("p", "Håvard Forbord, daglig leder"),
            ("tiles", [("36", "godkjente plasser i VTA"), ("48", "plasser i AFT"), ("9", "plasser i VTO"),
                       ("{p:44 %|til arbeid eller utdanning}", "av AFT-deltakerne gikk til arbeid eller utdanning"),
                       ("{p:4,9 %|sykefravær}", "sykefravær blant ansatte")]),
            ("h", "Styrets årsberetning"),
            ("cols", [
                ("p", "Egge Vekst AS er en arbeidsinkluderingsbedrift med hovedkontor i {g:Steinkjer}. "
                      "Selskapet er eid av tre kommuner og skal ikke betale utbytte. Formålet er å "
                      "kvalifisere personer med nedsatt arbeidsevne for arbeid, i egne avdelinger og "
                      "ute i ordinære bedrifter."),
                ("p", "Selskapet hadde ved årets slutt 36 godkjente plasser i varig tilrettelagt arbeid, "
                      "48 plasser i arbeidsforberedende trening og ni plasser i VTA i ordinær virksomhet. "
                      "Fem lærekandidater tok kompetansebevis i industri og renhold."),
                ("p", "I 2019 hadde bedriften 58 ansatte i 54,3 årsverk. Sykefraværet var "
                      "{p:4,9 %|sykefraværet}, mot {p:6,2 %|2018} i 2018. Det er ikke registrert "
                      "personskader. Kvinneandelen blant de ansatte er {p:47 %|kvinneandelen}."),
                ("p", f"Årets resultat ble et overskudd på kr {amount(inc, 'Årsresultat', 0, 1000)}. Styret "
                      "bekrefter at forutsetningen om fortsatt drift er til stede. Overskuddet overføres "
                      "til annen egenkapital."),
                ("p", "Virksomheten påvirker det ytre miljø i liten grad. Bedriften er miljøfyrtårnsertifisert."),
            ]),
            ("h", "Ledergruppen"),
            ("cards", [("Håvard Forbord", ["Daglig leder"]), ("Tor Einar Myrvang", ["Økonomisjef"]),
                       ("Synnøve Hjulstad", ["Leder attføring"]), ("Øystein Kolberg", ["Produksjonsleder"])]),
            ("h", "Styret"),
            ("cards", [("Ragnhild Aune", ["Styreleder"]), ("Stian Tømmerås", ["Nestleder"]),
                       ("Liv Marit Skjærvø", ["Styremedlem"]), ("Per Olav Wist", ["Styremedlem"]),
                       ("Camilla Hoås", ["Styremedlem", "valgt av de ansatte"])]),
            ("p", "Varamedlemmer er Jon Arve Ertsås for de eiervalgte og Berit Sandvik for de ansatte."),
            ("pagebreak",),
            ("stmt", Statement("Resultatregnskap", cols, inc, **kw), "Resultatregnskap"),
            ("stmt", Statement("Balanse 31.12.", cols, bal, **kw), "Balanse 31.12."),
            ("sign", "{g:Steinkjer}, 18. mars 2020",
             [("Ragnhild Aune", "styreleder"), ("Stian Tømmerås", "nestleder"), ("Liv Marit Skjærvø", "styremedlem"),
              ("Per Olav Wist", "styremedlem"), ("Camilla Hoås", "styremedlem"), ("Håvard Forbord", "daglig leder")]),
            ("foot", "Foto: Øystein Kolberg · Egge Vekst AS · org.nr. oppgis på forespørsel"),
        ],
    }


def lidvarden_iks_2025() -> dict:
    """IKS on nynorsk in Sunnfjord (Vestland) running an arbeidsinkludering service: owners and
    representantskap in tables, board as role-then-name pairs in two columns."""
    cols = [Col("2025", 2025), Col("2024", 2024)]
    inc = income("nn", 2,
                 [("Eigarinnskot", "", [3_600, 3_450]), ("Tiltaksinntekter frå NAV", "", [8_912, 8_504]),
                  ("Sals- og oppdragsinntekter", "", [2_377, 2_206])],
                 [("Lønskostnader", "2", [11_845, 11_412]), ("Avskrivingar", "", [322, 340]),
                  ("Andre driftskostnader", "", [2_410, 2_288])],
                 fin=[("Netto finanspostar", "", [71, 58])], labels={"net_fin": None, "fin": None})
    bal = balance("nn", 2,
                  [("Maskinar og bilar", "", [1_288, 1_410])],
                  [("Fordringar", "", [1_046, 988]), ("Bankinnskot", "", "plug")],
                  [("Innskoten eigenkapital", "", [800, 800]), ("Anna eigenkapital", "", [2_918, 2_535])],
                  [("Pensjonsplikter", "3", [1_610, 1_544])],
                  [("Kortsiktig gjeld", "", [1_902, 1_817])])
    kw = dict(label_header="Heile tusen kroner", unit=1000)
    owners = [["Eigar", "Eigardel"], ["{g:Sunnfjord} kommune", "{p:55 %}"], ["{g:Askvoll} kommune", "{p:15 %}"],
              ["{g:Fjaler} kommune", "{p:15 %}"], ["{g:Hyllestad} kommune", "{p:15 %}"]]
    rep = [["Kommune", "Representant"], ["{g:Sunnfjord}", "Gunnhild Dvergsdal (leiar)"],
           ["{g:Askvoll}", "Nils Erik Fure"], ["{g:Fjaler}", "Turid Hestad"], ["{g:Hyllestad}", "Olav Risnes"]]
    return {
        "name": "lidvarden-iks-2025", "lang": "nn", "year": 2025,
        "title": "Lidvarden Arbeid IKS – Årsmelding 2025",
        "organization": {"name": "Lidvarden Arbeid IKS", "founded_year": 2003,
                         "address": "Langebruvegen 6, 6800 Førde", "phone": "57 72 40 90",
                         "email": "post@lidvarden.no", "website": "lidvarden.no",
                         "owners": [{"name": "Sunnfjord kommune", "share_percent": 55.0},
                                    {"name": "Askvoll kommune", "share_percent": 15.0},
                                    {"name": "Fjaler kommune", "share_percent": 15.0},
                                    {"name": "Hyllestad kommune", "share_percent": 15.0}]},
        "ceo": "Sunniva Holmedal",
        "board": [("Kjell Arne Vassbotn", "LEDE", False), ("Randi Grøsvik", "NEST", False),
                  ("Eivind Bruland", "MEDL", False), ("Astrid Solheim Lunde", "MEDL", False),
                  ("Trond Indrebø", "MEDL", True), ("Marte Nes", "VARA", None), ("Jorunn Ytrehus", "VARA", None)],
        "not_board": ["Gunnhild Dvergsdal", "Nils Erik Fure", "Turid Hestad", "Olav Risnes", "Sunniva Holmedal",
                      "Hallvard Tefre"],
        "programs": {"VTA": 22, "AFT": 30},
        "renditions": ["chrome"],
        "style": {"accent": "#7a3b12", "pale": "#f6ede4", "case": "uppercase"},
        "notes": "IKS, nynorsk: the representantskap's members printed as Kommune | Representant (not board); "
                 "board as role-then-name pairs in a two-column grid; 'Tilsettvald styremedlem'.",
        "items": [
            ("band", "Årsmelding 2025", "Lidvarden Arbeid IKS – arbeidsinkludering i {g:Sunnfjord} og {g:Ytre Sunnfjord}"),
            ("h", "Dette er Lidvarden"),
            ("aside", "Kontakt", ["Langebruvegen 6, 6800 {g:Førde}", "Tlf. 57 72 40 90", "post@lidvarden.no",
                                  "lidvarden.no", "Skipa 2003"]),
            ("p", "Lidvarden Arbeid IKS er eit interkommunalt selskap som kommunane {g:Sunnfjord}, {g:Askvoll}, "
                  "{g:Fjaler} og {g:Hyllestad} eig saman. Selskapet skal gje arbeidsretta bistand og "
                  "tilrettelagt arbeid til innbyggjarar som treng det, og har avdelingar i {g:Førde}, "
                  "{g:Dale} og {g:Askvoll}."),
            ("p", "Selskapet har avtale med NAV {g:Vestland} om 30 plassar i arbeidsførebuande trening (AFT) og "
                  "22 plassar i varig tilrettelagt arbeid (VTA)."),
            ("tiles", [("30", "plassar i AFT"), ("22", "plassar i VTA"), ("118", "deltakarar i løpet av året"),
                       ("{p:52 prosent|gjekk vidare til arbeid eller utdanning}",
                        "av dei som avslutta AFT gjekk vidare til arbeid eller utdanning")]),
            ("h", "Eigarar og representantskap"),
            ("table", owners),
            ("p", "Representantskapet er selskapet sitt øvste organ. Kvar eigarkommune har ein representant:"),
            ("table", rep),
            ("h", "Styret"),
            ("pairs", [("Styreleiar", "Kjell Arne Vassbotn"), ("Nestleiar", "Randi Grøsvik"),
                       ("Styremedlem", "Eivind Bruland"), ("Styremedlem", "Astrid Solheim Lunde"),
                       ("Tilsettvald styremedlem", "Trond Indrebø"), ("Varamedlem", "Marte Nes"),
                       ("Vara for dei tilsette", "Jorunn Ytrehus"), ("Dagleg leiar", "Sunniva Holmedal")]),
            ("p", "Styret har hatt åtte møte og handsama 52 saker i 2025."),
            ("h", "Styret si melding"),
            ("cols", [
                ("p", "Drifta i 2025 har vore stabil. Talet på deltakarar i AFT auka, og fleire fekk jobb i "
                      "det lokale næringslivet. Sjukefråværet blant dei tilsette var "
                      "{p:6,3 prosent|sjukefråværet}, ned frå {p:7,8 prosent|året før} året før."),
                ("p", "Selskapet har 21 tilsette i 19,5 årsverk, 13 kvinner og 8 menn. Styret har tre menn "
                      "og to kvinner. Verksemda ureinar ikkje det ytre miljøet."),
                ("p", f"Rekneskapen viser eit overskot på {amount(inc, 'Årsresultat', 0, 1000)} kroner; "
                      "overskotet vert lagt til anna eigenkapital. Føresetnaden om vidare drift "
                      "er til stades."),
                ("p", "Styret takkar rådgjevar Hallvard Tefre i NAV {g:Vestland} for godt samarbeid."),
            ]),
            ("pagebreak",),
            ("stmt", Statement("Resultatrekneskap", cols, inc, **kw), "Resultatrekneskap"),
            ("stmt", Statement("Balanse", cols, bal, **kw), "Balanse"),
            ("sign", "{g:Førde}, 26. februar 2026",
             [("Kjell Arne Vassbotn", "styreleiar"), ("Randi Grøsvik", "nestleiar"), ("Eivind Bruland", "styremedlem"),
              ("Astrid Solheim Lunde", "styremedlem"), ("Trond Indrebø", "styremedlem"),
              ("Sunniva Holmedal", "dagleg leiar")]),
        ],
    }


def haerland_produkter_2014() -> dict:
    """Vekstbedrift AS in Eidsberg (Østfold): the board only in a box on the first page as
    "Name, role" lines; statements in whole kroner with a "kr" header."""
    cols = [Col("2014", 2014), Col("2013", 2013)]
    inc = income("nb", 2,
                 [("Salgsinntekt", "", [4_118_402, 3_904_775]), ("Tilskudd NAV", "", [5_906_210, 5_711_840]),
                  ("Tilskudd kommuner", "", [744_000, 720_000])],
                 [("Varekjøp", "", [1_402_118, 1_318_040]), ("Lønn og sosiale kostnader", "", [7_866_290, 7_602_433]),
                  ("Avskrivning", "", [254_000, 261_500]), ("Andre kostnader", "", [1_090_612, 1_132_807])],
                 fin=[("Renteinntekter", "", [38_110, 44_902]), ("Rentekostnader", "", [-61_225, -70_118])])
    bal = balance("nb", 2,
                  [("Maskiner og inventar", "", [902_300, 1_036_300])],
                  [("Varelager", "", [288_410, 301_220]), ("Kundefordringer", "", [612_744, 577_180]),
                   ("Bankinnskudd", "", "plug")],
                  [("Aksjekapital", "", [600_000, 600_000]), ("Annen egenkapital", "", [2_318_904, 2_084_437])],
                  [("Lån", "", [850_000, 950_000])],
                  [("Leverandørgjeld", "", [296_417, 281_940]), ("Skyldig offentlige avgifter", "", [522_306, 498_115]),
                   ("Annen kortsiktig gjeld", "", [301_770, 322_651])])
    kw = dict(label_header="kr")
    return {
        "name": "haerland-produkter-2014", "lang": "nb", "year": 2014,
        "title": "Hærland Produkter AS – Årsrapport 2014",
        "organization": {"name": "Hærland Produkter AS", "founded_year": 1991,
                         "address": "Hærlandsveien 214, 1870 Ørje", "phone": "69 81 55 20",
                         "email": "post@haerland-produkter.no", "website": "www.haerland-produkter.no",
                         "owners": [{"name": "Eidsberg kommune", "share_percent": 51.0},
                                    {"name": "Trøgstad kommune", "share_percent": 25.0},
                                    {"name": "Marker kommune", "share_percent": 24.0}]},
        "ceo": "Bente Lillestrøm Haug",
        "board": [("Geir Olav Mørk", "LEDE", False), ("Heidi Stenersen", "NEST", False),
                  ("Arild Vestby", "MEDL", False), ("Lene Tangen", "MEDL", True), ("Roar Gulbrandsen", "VARA", None)],
        "not_board": ["Bente Lillestrøm Haug", "Jan Petter Rød", "Wenche Kirkeby", "Svein Are Lund"],
        "programs": {"VTA": 25, "AFT": 40, "VTO": 5},
        "renditions": ["chrome"],
        "style": {"accent": "#4a5d23", "pale": "#eef2e4", "per_row": 3},
        "notes": "Board only in a facts box on page one as 'Name, role' lines (ansattes representant, vara); "
                 "the retired daglig leder thanked; statements in whole kroner.",
        "items": [
            ("band", "Årsrapport 2014", "Hærland Produkter AS"),
            ("aside", "Styret 2014", ["Geir Olav Mørk, leder", "Heidi Stenersen, nestleder", "Arild Vestby",
                                      "Lene Tangen, ansattes representant", "Roar Gulbrandsen, vara"]),
            ("h", "Fra daglig leder"),
            ("p", "Jeg overtok som daglig leder 1. april etter Jan Petter Rød, som gikk av med pensjon etter 23 år "
                  "i bedriften. Takk, Jan Petter, for alt du har bygget opp! Året har gitt oss nye kunder i "
                  "{g:Indre Østfold} og en ny avdeling for vaskeri på {g:Mysen}."),
            ("p", "Bente Lillestrøm Haug"),
            ("tiles", [("25", "VTA-plasser"), ("40", "AFT-plasser"), ("5", "VTO-plasser"),
                       ("{p:39 %|overgang til arbeid eller skole}", "overgang til arbeid eller skole fra AFT")]),
            ("h", "Årsberetning 2014"),
            ("p", "Hærland Produkter AS ble etablert i 1991 og holder til i Hærlandsveien 214, 1870 {g:Ørje}. "
                  "Bedriften er en vekstbedrift eid av {g:Eidsberg} kommune ({p:51 %|Eidsberg kommune}), "
                  "{g:Trøgstad} kommune ({p:25 %|Trøgstad kommune}) og {g:Marker} kommune "
                  "({p:24 %|Marker kommune}). Telefon 69 81 55 20, post@haerland-produkter.no, "
                  "www.haerland-produkter.no."),
            ("p", "Bedriften har 25 plasser for varig tilrettelagt arbeid (VTA), fem plasser i VTA i ordinær "
                  "virksomhet (VTO) og 40 plasser i arbeidsforberedende trening (AFT), som ble innført fra "
                  "1. januar 2015 i stedet for tidligere tiltak. Tre lærekandidater var i opplæring."),
            ("p", "Det var 16 ansatte ved utgangen av året. Sykefraværet var {p:3,7 %|sykefraværet}. "
                  "Styret har to kvinner og tre menn når varamedlemmet regnes med."),
            ("p", f"Resultatet for 2014 ble kr {amount(inc, 'Årsresultat', 0)}. Styret mener regnskapet gir et "
                  "rettvisende bilde, og at forutsetningen om fortsatt drift er til stede."),
            ("p", "Styret takker Wenche Kirkeby i NAV {g:Eidsberg} og revisor Svein Are Lund for godt samarbeid."),
            ("pagebreak",),
            ("stmt", Statement("Resultatregnskap", cols, inc, thousands=" ", **kw), "Resultatregnskap 2014"),
            ("stmt", Statement("Balanse", cols, bal, thousands=" ", **kw), "Balanse pr. 31.12.2014"),
            ("p", "{g:Mysen}, 10. mars 2015. Styret i Hærland Produkter AS"),
        ],
    }


REPORTS = [egge_vekst_2019, lidvarden_iks_2025, haerland_produkter_2014]
