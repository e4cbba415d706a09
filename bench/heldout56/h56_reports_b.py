"""Reports of the fifty-sixth held-out set, part B: three more vekstbedrifter as designers print them
(invented organisations, people and figures; real places valid in the report's year)."""
from __future__ import annotations

from h56_reports_a import _balance, _income


# ---------------------------------------------------------------------------------------------
def eikertun_2022() -> dict:
    """Bokmål, Øvre Eiker (Viken) 2022: a full-bleed 'Tall og fakta' page with figure boxes and the
    owners as a ring chart's legend; the board as a div table 'Verv | Navn | Valgt av' (De ansatte,
    Generalforsamlingen); a member who left in May in prose; the NAV leader quoted; three columns."""
    years = (2022, 2021)
    head = "Eikertun Arbeid AS — Årsrapport 2022"
    kw = {"note_col": "Note", "label_header": "(i 1000 kr)", "unit": 1000}
    res = _income("Resultatregnskap", "nb", years,
                  [("Salgsinntekt", "", [21_306, 19_844]), ("Tilskudd", "2", [19_118, 18_402])],
                  [("Varekostnad", "", [7_402, 6_890]), ("Lønnskostnad", "3", [27_116, 25_987]),
                   ("Avskrivning på driftsmidler", "4", [1_244, 1_190]), ("Annen driftskostnad", "", [4_015, 3_870])],
                  [("Annen finansinntekt", "", [162, 48]), ("Annen finanskostnad", "", [-311, -264])], **kw)
    bal = _balance("Balanse", "nb", years,
                   [("Tomter og bygninger", "4", [11_406, 11_880]), ("Driftsløsøre", "4", [2_318, 2_604])],
                   [("Varelager", "", [1_512, 1_388]), ("Kundefordringer", "", [3_104, 2_866]),
                    ("Bankinnskudd og kontanter", "5", "plug")],
                   [("Aksjekapital", "", [2_000, 2_000]), ("Annen egenkapital", "", [13_412, 12_914])],
                   [("Gjeld til kredittinstitusjoner", "6", [5_600, 6_200])],
                   [("Leverandørgjeld", "", [1_710, 1_602]), ("Skyldige offentlige avgifter", "", [2_884, 2_731]),
                    ("Annen kortsiktig gjeld", "", [2_306, 2_144])], **kw)
    board = [("Kristin Aamodt Berg", "LEDE", False), ("Espen Holtan", "NEST", False),
             ("Mona Grønvold", "MEDL", False), ("Arild Sandbæk", "MEDL", False),
             ("Tuva Kolstad", "MEDL", True), ("Henning Rustad", "VARA", None)]
    items = [
        ("page", {"bleed": "3C5A3A", "cover": True}),
        ("cover", "Årsrapport 2022", "Eikertun Arbeid AS · {g:Hokksund}"),
        ("page", {"head": head, "rot": "LEDER"}),
        ("h", 1, "Vi bygger broer til arbeidslivet"),
        ("cols", 3, [
            ("p", "Etter to år med pandemi kunne vi i 2022 igjen ta imot besøk, holde kurs og sende deltakere ut i "
                  "praksis uten restriksjoner. Det merket vi på resultatene.", {"cls": "lead"}),
            ("p", "Eikertun Arbeid har 48 plasser i varig tilrettelagt arbeid (VTA) og 40 plasser i "
                  "arbeidsforberedende trening (AFT). I tillegg har vi drevet kommunens arbeidstreningstilbud "
                  "for unge voksne."),
            ("p", "Vi har åpnet en ny avdeling i {g:Vikersund} i {g:Modum}, med fem VTA-plasser og et lite "
                  "sykkelverksted."),
            ("quote", "«Eikertun er en av våre viktigste samarbeidspartnere for å få folk i jobb.»",
             "Tove Kjennerud, NAV-leder i {g:Øvre Eiker}"),
            ("p", "Takk til alle ansatte, deltakere, kunder og eiere for et godt år."),
            ("p", "Jørn Vestvold, daglig leder", {"cls": "sig"}),
        ]),
        ("page", {"head": head, "bleed": "3C5A3A", "dark": True}),
        ("h", 1, "Tall og fakta"),
        ("boxes", [("48", "VTA-plasser"), ("40", "AFT-plasser"), ("163", "deltakere totalt"),
                   ("{p:52 %}", "til jobb eller utdanning etter AFT")]),
        ("boxes", [("41", "ansatte"), ("{p:5,6 %}", "sykefravær ansatte"), ("1 240", "kunder"), ("3", "avdelinger")]),
        ("legend", "Eierne", [("{g:Øvre Eiker} kommune", "{p:62 %}"), ("{g:Drammen} kommune", "{p:30 %}"),
                              ("{g:Modum} kommune", "{p:8 %}")]),
        ("page", {"head": head, "rot": "ORGANISASJON"}),
        ("h", 1, "Styre og ledelse"),
        ("h", 2, "Styret"),
        ("divtable", [["Verv", "Navn", "Valgt av"],
                      ["Styreleder", "Kristin Aamodt Berg", "Generalforsamlingen"],
                      ["Nestleder", "Espen Holtan", "Generalforsamlingen"],
                      ["Styremedlem", "Mona Grønvold", "Generalforsamlingen"],
                      ["Styremedlem", "Arild Sandbæk", "Generalforsamlingen"],
                      ["Styremedlem", "Tuva Kolstad", "De ansatte"],
                      ["Varamedlem", "Henning Rustad", "Generalforsamlingen"]], {"cols": "35mm 55mm 45mm"}),
        ("p", "Bjørn Aasen gikk ut av styret etter generalforsamlingen i mai og ble erstattet av Arild Sandbæk."),
        ("h", 2, "Ledergruppen"),
        ("divtable", [["Funksjon", "Navn"],
                      ["Daglig leder", "Jørn Vestvold"],
                      ["Leder AFT", "Camilla Bråthen"],
                      ["Produksjonsleder", "Geir Ove Tangen"],
                      ["Avdelingsleder {g:Vikersund}", "Ingrid Opsahl"]], {"cols": "55mm 55mm"}),
        ("page", {"head": head, "rot": "ÅRSBERETNING"}),
        ("h", 1, "Årsberetning 2022"),
        ("cols", 3, [
            ("h", 3, "Virksomheten"),
            ("p", "Selskapet holder til i {g:Hokksund} i {g:Øvre Eiker} kommune og har avdelinger i {g:Drammen} "
                  "og {g:Vikersund}. Eierne er tre kommuner i {g:Viken}."),
            ("h", 3, "Arbeidsmiljø"),
            ("p", "Sykefraværet var {p:5,6 %|sykefraværet} (2021: {p:7,3 %|sykefraværet}). Det er ikke "
                  "registrert skader som har ført til fravær."),
            ("h", 3, "Likestilling og diskriminering"),
            ("p", "Av 41 ansatte er 23 kvinner. Styret har tre kvinner og to menn."),
            ("h", 3, "Økonomi"),
            ("p", "Driftsinntektene økte med {p:5,7 %|driftsinntektene}. Styret bekrefter at forutsetningen om "
                  "fortsatt drift er til stede."),
            ("h", 3, "Revisjon"),
            ("p", "Selskapets revisor er Drammensrevisjon AS ved Marianne Tollefsen."),
        ]),
        ("sign", "{g:Hokksund}, 16. mars 2023",
         [("Kristin Aamodt Berg", "styreleder"), ("Espen Holtan", "nestleder"), ("Mona Grønvold", "styremedlem"),
          ("Arild Sandbæk", "styremedlem"), ("Tuva Kolstad", "styremedlem"), ("Jørn Vestvold", "daglig leder")]),
        ("page", {"head": head, "rot": "REGNSKAP"}),
        ("stmt", res),
        ("stmt", bal),
    ]
    return {
        "name": "eikertun-arbeid-2022", "year": 2022, "title": "Eikertun Arbeid AS – årsrapport 2022",
        "accent": "3C5A3A", "shade": "E8EFE6",
        "organization": {"name": "Eikertun Arbeid AS",
                         "owners": [{"name": "Øvre Eiker kommune", "share_percent": 62},
                                    {"name": "Drammen kommune", "share_percent": 30},
                                    {"name": "Modum kommune", "share_percent": 8}]},
        "ceo": "Jørn Vestvold", "board": board, "board_optional": ["Bjørn Aasen"],
        "not_board": ["Tove Kjennerud", "Camilla Bråthen", "Geir Ove Tangen", "Ingrid Opsahl", "Marianne Tollefsen"],
        "programs": {"VTA": 48, "AFT": 40},
        "items": items, "renditions": ["chrome"],
        "notes": "Board as a div table Verv | Navn | Valgt av (De ansatte) followed by Ledergruppen in the same "
                 "form; a former member in prose (optional); owners as a ring-chart legend on a full-bleed page.",
    }


# ---------------------------------------------------------------------------------------------
def namsvekst_2015() -> dict:
    """Bokmål, Namsos (Nord-Trøndelag) 2015: the board only inside an organisation chart's box on a
    full-bleed page ('Styreleder Name' lines, 'Ansattes representant'), under the generalforsamling's
    box and over the daglig leder's and the departments' leaders; owners in prose; VTA only (AFT did
    not yet exist; APS and AB printed); statements in kroner with minus signs."""
    years = (2015, 2014)
    head = "Namsvekst AS · årsrapport 2015"
    kw = {"note_col": "Note", "label_header": "", "thousands": "."}
    res = _income("Resultatregnskap 2015", "nb", years,
                  [("Salgsinntekter", "", [8_904_220, 9_311_045]), ("Offentlige tilskudd", "2", [9_870_400, 9_544_100])],
                  [("Varekostnad", "", [3_122_870, 3_210_544]), ("Lønnskostnad", "3", [13_906_118, 13_220_690]),
                   ("Avskrivninger", "", [540_200, 522_800]), ("Andre driftskostnader", "", [1_690_552, 1_604_311])],
                  [("Finansinntekter", "", [22_410, 30_118]), ("Finanskostnader", "", [-48_300, -55_620])], **kw)
    bal = _balance("Balanse 31.12.2015", "nb", years,
                   [("Maskiner og biler", "", [1_804_600, 2_044_800])],
                   [("Varelager", "", [512_330, 498_110]), ("Kundefordringer", "", [1_108_442, 1_230_905]),
                    ("Bankinnskudd", "", "plug")],
                   [("Aksjekapital", "", [400_000, 400_000]), ("Annen egenkapital", "", [2_770_182, 3_281_192])],
                   [],
                   [("Leverandørgjeld", "", [488_720, 512_004]), ("Skyldige offentlige avgifter", "", [1_010_334, 988_420]),
                    ("Annen kortsiktig gjeld", "", [702_118, 690_245])], **kw)
    board = [("Bjørnar Skogmo", "LEDE", False), ("Gunn Heidi Aune", "NEST", False), ("Per Olav Sellæg", "MEDL", False),
             ("Tone Kvaløy", "MEDL", False), ("Åsmund Brattgjerd", "MEDL", True)]
    items = [
        ("page", {"bleed": "5B3F75", "cover": True}),
        ("cover", "Namsvekst AS", "Årsrapport 2015"),
        ("page", {"head": head, "rot": "OM NAMSVEKST"}),
        ("h", 1, "Om Namsvekst"),
        ("cols", 2, [
            ("p", "Namsvekst AS er en vekstbedrift for {g:Namdalen} med lokaler i {g:Namsos} og en avdeling i "
                  "{g:Overhalla}. Bedriften har 36 plasser i varig tilrettelagt arbeid (VTA), og i tillegg "
                  "arbeidspraksis i skjermet virksomhet (APS) og arbeid med bistand (AB) for NAV.", {"cls": "lead"}),
            ("p", "Aksjene eies av {g:Namsos} kommune med {p:50 %|Namsos kommune}, {g:Overhalla} kommune med "
                  "{p:30 %|Overhalla kommune} og {g:Grong} kommune med {p:20 %|Grong kommune}."),
            ("p", "I 2015 hadde bedriften 71 deltakere. {p:31 %|deltakerne} av deltakerne på APS og AB gikk over "
                  "til arbeid eller utdanning."),
            ("h", 2, "Året som gikk"),
            ("p", "Vedproduksjonen hadde et godt år, og vi leverte 2 400 sekker ved til butikker i hele "
                  "{g:Nord-Trøndelag}. Vaskeriet mistet en stor kunde i {g:Grong} og fikk lavere inntekter."),
            ("p", "Vi takker {g?:Namsos} Næringsforening og daglig leder der, Wenche Solum, for et godt samarbeid "
                  "om praksisplasser."),
        ]),
        ("page", {"head": head, "bleed": "5B3F75", "dark": True}),
        ("h", 1, "Organisasjon"),
        ("chart", [("Generalforsamling", ["Eierne: {g:Namsos}, {g:Overhalla} og {g:Grong} kommune"]),
                   ("Styret", ["Styreleder Bjørnar Skogmo", "Nestleder Gunn Heidi Aune", "Styremedlem Per Olav Sellæg",
                               "Styremedlem Tone Kvaløy", "Ansattes representant Åsmund Brattgjerd"]),
                   ("Daglig leder", ["Lars Inge Flasnes"]),
                   ("Avdelinger", ["Ved og vaskeri – Oddny Hammer", "Attføring – Kenneth Moe",
                                   "Avdeling {g:Overhalla} – Sissel Rønning"])]),
        ("page", {"head": head, "rot": "ÅRSBERETNING"}),
        ("h", 1, "Styrets beretning for 2015"),
        ("cols", 2, [
            ("p", "Virksomheten drives i {g:Namsos} og {g:Overhalla}. Bedriften er godkjent tiltaksarrangør for NAV."),
            ("p", "Sykefraværet var {p:7,9 %|sykefraværet}, en nedgang fra {p:9,2 %|sykefraværet} i 2014."),
            ("p", "Bedriften har 24 ansatte, 14 kvinner og 10 menn. Styret har to kvinner og tre menn."),
            ("p", "Årsresultatet var et underskudd, som dekkes av annen egenkapital. Egenkapitalen er fortsatt god, "
                  "og styret mener forutsetningen om fortsatt drift er til stede."),
            ("p", "Styret har hatt seks møter. Revisor er Namdal Revisjon AS ved registrert revisor Tor Egil Lie."),
        ]),
        ("sign", "{g:Namsos}, 3. mars 2016",
         [("Bjørnar Skogmo", "styreleder"), ("Gunn Heidi Aune", "nestleder"), ("Per Olav Sellæg", "styremedlem"),
          ("Tone Kvaløy", "styremedlem"), ("Åsmund Brattgjerd", "styremedlem"), ("Lars Inge Flasnes", "daglig leder")]),
        ("page", {"head": head, "rot": "REGNSKAP"}),
        ("stmt", res),
        ("stmt", bal),
    ]
    return {
        "name": "namsvekst-2015", "year": 2015, "title": "Namsvekst AS – årsrapport 2015",
        "accent": "5B3F75", "shade": "EEE8F3",
        "organization": {"name": "Namsvekst AS",
                         "owners": [{"name": "Namsos kommune", "share_percent": 50},
                                    {"name": "Overhalla kommune", "share_percent": 30},
                                    {"name": "Grong kommune", "share_percent": 20}]},
        "ceo": "Lars Inge Flasnes", "board": board,
        "not_board": ["Wenche Solum", "Oddny Hammer", "Kenneth Moe", "Sissel Rønning", "Tor Egil Lie"],
        "programs": {"VTA": 36},
        "items": items, "renditions": ["chrome"],
        "notes": "Board only in an organisation chart box ('Styreleder Name', 'Ansattes representant Name') and "
                 "the signature grid; departments' leaders in the next box; owners in prose; dot thousands.",
    }


# ---------------------------------------------------------------------------------------------
def listerverk_2025() -> dict:
    """Bokmål, Farsund (Agder) 2025: the board as a rule-less table 'Navn | Verv | Valgt til' on a
    page whose side label reads STYRET, the brukerråd's table right after it; owners in prose with
    'prosent'; figure boxes; statements 'i 1000 kr' with brackets."""
    years = (2025, 2024)
    head = "Listerverk AS / Årsrapport 2025"
    kw = {"note_col": "Note", "label_header": "Beløp i 1000 kr", "unit": 1000, "negative": "paren"}
    res = _income("Resultatregnskap", "nb", years,
                  [("Driftsinntekter fra salg", "", [16_208, 15_402]), ("Tilskudd NAV og kommuner", "2", [15_940, 15_116])],
                  [("Varekostnad", "", [5_610, 5_388]), ("Personalkostnader", "3", [22_904, 21_877]),
                   ("Avskrivninger", "", [902, 880]), ("Andre driftskostnader", "", [2_588, 3_220])],
                  [("Finansinntekter", "", [210, 188]), ("Finanskostnader", "", [-96, -104])], **kw)
    bal = _balance("Balanse", "nb", years,
                   [("Bygg", "", [6_440, 6_780]), ("Maskiner og inventar", "", [1_702, 1_906])],
                   [("Lager", "", [904, 866]), ("Kundefordringer", "", [2_118, 1_990]), ("Bankinnskudd", "", "plug")],
                   [("Aksjekapital", "", [600, 600]), ("Annen egenkapital", "", [9_280, 9_022])],
                   [("Pantelån", "", [2_400, 2_700])],
                   [("Leverandørgjeld", "", [1_006, 944]), ("Skyldige offentlige avgifter", "", [1_640, 1_588]),
                    ("Annen kortsiktig gjeld", "", [1_312, 1_270])], **kw)
    board = [("Siri Aasland Egeland", "LEDE", False), ("Tor Magne Loland", "NEST", False),
             ("Hilde Rosseland", "MEDL", False), ("Kenneth Sunde", "MEDL", False), ("Merete Gjersdal", "MEDL", True),
             ("Olav Fidjeland", "VARA", None)]
    items = [
        ("page", {"bleed": "B0652A", "cover": True}),
        ("cover", "Listerverk 2025", "Årsrapport for Listerverk AS"),
        ("page", {"head": head, "rot": "INNLEDNING"}),
        ("h", 1, "Et år med flere i jobb"),
        ("boxes", [("45", "VTA-plasser"), ("28", "AFT-plasser"), ("104", "deltakere"), ("{p:57 %}", "overgang fra AFT")]),
        ("cols", 2, [
            ("p", "Listerverk AS gir arbeid og opplæring til folk i {g:Farsund}, {g:Flekkefjord} og {g:Kvinesdal}. "
                  "Bedriften har 45 plasser i varig tilrettelagt arbeid (VTA) og 28 plasser i "
                  "arbeidsforberedende trening (AFT).", {"cls": "lead"}),
            ("h", 2, "Eierskap"),
            ("p", "{g:Farsund} kommune eier {p:50 prosent|Farsund kommune} av aksjene, {g:Flekkefjord} kommune "
                  "{p:30 prosent|Flekkefjord kommune} og {g:Kvinesdal} kommune {p:20 prosent|Kvinesdal kommune}."),
            ("h", 2, "Fra daglig leder"),
            ("p", "Med ny hall på {g:Lista} har vi fått plass til både monteringsoppdrag og den nye "
                  "reparasjonsavdelingen. Takk til prosjektleder Jorunn Tjørhom i {g:Agder} fylkeskommune og "
                  "til alle kundene våre."),
            ("p", "Arne Vegard Stokkeland, daglig leder", {"cls": "sig"}),
        ]),
        ("page", {"head": head, "rot": "STYRET"}),
        ("h", 1, "Styret og brukerrådet"),
        ("table", [["Navn", "Verv", "Valgt til"],
                   ["Siri Aasland Egeland", "Styreleder", "2027"],
                   ["Tor Magne Loland", "Nestleder", "2026"],
                   ["Hilde Rosseland", "Styremedlem", "2027"],
                   ["Kenneth Sunde", "Styremedlem", "2026"],
                   ["Merete Gjersdal", "Ansattes representant", "2026"],
                   ["Olav Fidjeland", "Varamedlem", "2026"]]),
        ("h", 2, "Brukerrådet"),
        ("table", [["Navn", "Verv"], ["Rune Vatnedal", "Leder"], ["Anita Lindeland", "Medlem"],
                   ["Joakim Haugland", "Medlem"]]),
        ("p", "Brukerrådet består av tre deltakere valgt på allmøtet og møter styret to ganger i året."),
        ("page", {"head": head, "rot": "ÅRSBERETNING"}),
        ("h", 1, "Styrets årsberetning"),
        ("cols", 2, [
            ("p", "Listerverk AS har hovedkontor i {g:Vanse} i {g:Farsund} kommune. Selskapet er en "
                  "arbeidsinkluderingsbedrift og har ikke til formål å gi utbytte til eierne."),
            ("p", "Sykefraværet var {p:6,6 %|sykefraværet} mot {p:7,1 %|sykefraværet} i 2024. Selskapet hadde "
                  "29 ansatte ved utgangen av året."),
            ("p", "Styret har hatt sju møter. Selskapets revisor er Sørlandsrevisjon AS ved statsautorisert "
                  "revisor Kari Birkeland Eik."),
            ("p", "Årets overskudd overføres til annen egenkapital. Forutsetningen om fortsatt drift er lagt til "
                  "grunn for regnskapet."),
        ]),
        ("sign", "{g:Vanse}, 5. mars 2026",
         [("Siri Aasland Egeland", "styreleder"), ("Tor Magne Loland", "nestleder"), ("Hilde Rosseland", "styremedlem"),
          ("Kenneth Sunde", "styremedlem"), ("Merete Gjersdal", "styremedlem"), ("Arne Vegard Stokkeland", "daglig leder")]),
        ("page", {"head": head, "rot": "REGNSKAP"}),
        ("stmt", res),
        ("stmt", bal),
    ]
    return {
        "name": "listerverk-2025", "year": 2025, "title": "Listerverk AS – årsrapport 2025",
        "accent": "B0652A", "shade": "F6EDE4",
        "organization": {"name": "Listerverk AS",
                         "owners": [{"name": "Farsund kommune", "share_percent": 50},
                                    {"name": "Flekkefjord kommune", "share_percent": 30},
                                    {"name": "Kvinesdal kommune", "share_percent": 20}]},
        "ceo": "Arne Vegard Stokkeland", "board": board,
        "not_board": ["Rune Vatnedal", "Anita Lindeland", "Joakim Haugland", "Jorunn Tjørhom", "Kari Birkeland Eik"],
        "programs": {"VTA": 45, "AFT": 28},
        "items": items, "renditions": ["chrome"],
        "notes": "Board as a rule-less Navn | Verv | Valgt til table ('Ansattes representant'), the brukerråd's "
                 "table with 'Leder' right after it; owners in prose with 'prosent'; 1000 kr with brackets.",
    }


REPORTS = [eikertun_2022, namsvekst_2015, listerverk_2025]
