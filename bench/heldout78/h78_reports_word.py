"""The Word reports of the seventy-eighth set (DOCX, LibreOffice PDF, Word 97): invented companies,
people and figures; real places valid in each report's year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def skogrand_2019() -> dict:
    """Trøndelag 2019, bokmål. Board as "Role: Name" lines, the employee member marked in
    brackets; daglig leder in the opening paragraph; programs in a Tiltak | Plasser | Årsverk
    table; two owner municipalities; statement with last year and next year's budget."""
    cols = [Col("Regnskap 2019", 2019), Col("Regnskap 2018", 2018), Col("Budsjett 2020", 2020, BUDGET)]
    res = Statement("Resultatregnskap 2019", cols, income(
        "nb", 3,
        inc=[("Tilskudd fra NAV", "2", [9_412_300, 9_105_800, 9_650_000]),
             ("Tilskudd fra kommunene", "2", [1_240_000, 1_220_000, 1_260_000]),
             ("Salgsinntekter", "", [3_877_415, 3_602_118, 3_950_000])],
        cost=[("Varekostnad", "", [1_102_339, 998_412, 1_150_000]),
              ("Lønnskostnader", "3", [10_845_720, 10_511_064, 11_210_000]),
              ("Avskrivninger", "4", [412_800, 398_650, 420_000]),
              ("Andre driftskostnader", "", [2_071_118, 1_962_305, 2_030_000])],
        fin=[("Finansinntekter", "", [38_412, 29_870, 30_000]), ("Finanskostnader", "", [-61_240, -66_903, -58_000])]),
        note_col="Note", label_header="Beløp i kr")
    bal = Statement("Balanse pr. 31.12.2019", cols[:2], balance(
        "nb", 2,
        fixed=[("Bygninger og tomt", "4", [5_842_000, 6_030_500]), ("Maskiner og inventar", "4", [918_400, 1_002_700])],
        current=[("Kundefordringer", "", [612_377, 540_112]), ("Andre fordringer", "", [148_900, 131_250]),
                 ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [300_000, 300_000]), ("Annen egenkapital", "", [4_611_935, 4_464_584])],
        long=[("Pantelån", "7", [3_120_000, 3_360_000])],
        short=[("Leverandørgjeld", "", [402_118, 377_409]), ("Skyldige offentlige avgifter", "", [688_940, 652_877]),
               ("Annen kortsiktig gjeld", "", [1_207_510, 1_144_880])]),
        note_col="Note", label_header="Beløp i kr")
    board = [("Torunn Heggstad Aune", "LEDE", False), ("Bjarne Okkenhaug", "NEST", False),
             ("Solfrid Vinsnes", "MEDL", False), ("Kjell Arve Ulstad", "MEDL", False),
             ("Merete Sjøvold", "MEDL", True), ("Håkon Lyngstad", "VARA", None)]
    return {
        "name": "skogrand-arbeid-2019", "lang": "nb", "year": 2019, "title": "Årsrapport 2019 Skogrand Arbeid AS",
        "organization": {"name": "Skogrand Arbeid AS", "founded_year": 1989,
                         "address": "Nordgata 14, 7650 Verdal", "phone": "74 07 58 20",
                         "email": "post@skogrand-arbeid.no", "website": "www.skogrand-arbeid.no",
                         "owners": [{"name": "Verdal kommune", "share_percent": 65.0},
                                    {"name": "Levanger kommune", "share_percent": 35.0}]},
        "ceo": "Arnfinn Rostad", "board": board,
        "not_board": ["Line Forbord", "Eirik Hallan", "Randi Mostad", "Gunnhild Bye"],
        "programs": {"VTA": 26, "AFT": 18},
        "renditions": ["docx", "pdf", "doc"],
        "notes": "Board as 'Role: Name' lines; employee member marked '(ansattvalgt)'; deputy without constituency.",
        "items": [
            ("h", 1, "Årsrapport 2019"),
            ("p", "Skogrand Arbeid AS ble stiftet i 1989 og er en arbeids- og inkluderingsbedrift i {g:Verdal}. "
                  "Daglig leder er Arnfinn Rostad, som har ledet bedriften siden 2011. Bedriften holder til i "
                  "Nordgata 14, 7650 {g:Verdal}, telefon 74 07 58 20, e-post post@skogrand-arbeid.no, "
                  "www.skogrand-arbeid.no."),
            ("h", 2, "Eierforhold"),
            ("p", "Aksjene eies av {g:Verdal kommune|Verdal} med {p:65 %|Verdal kommune} og {g:Levanger kommune|Levanger} "
                  "med {p:35 %|Levanger kommune}. Selskapet har ikke til formål å gi aksjonærene utbytte."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2019 bestått av:"),
            ("tablines", [["Styreleder:", "Torunn Heggstad Aune"], ["Nestleder:", "Bjarne Okkenhaug"],
                          ["Styremedlem:", "Solfrid Vinsnes"], ["Styremedlem:", "Kjell Arve Ulstad"],
                          ["Styremedlem:", "Merete Sjøvold (ansattvalgt)"], ["Varamedlem:", "Håkon Lyngstad"]],
             {"stops": (4.0,)}),
            ("p", "Styret har hatt 7 styremøter og behandlet 52 saker. Generalforsamlingen ble holdt 24. april."),
            ("h", 2, "Tiltak og deltakere"),
            ("p", "Bedriften har avtale med NAV {g:Trøndelag} om følgende tiltaksplasser:"),
            ("table", [["Tiltak", "Plasser", "Årsverk"], ["Varig tilrettelagt arbeid (VTA)", "26", "25,4"],
                       ["Arbeidsforberedende trening (AFT)", "18", "16,9"], ["Lærekandidater", "3", "2,5"]],
             {"ruled": True}),
            ("p", "Gjennomsnittlig belegg på VTA var {p:97,7 %|belegg på VTA}. Av deltakerne som avsluttet AFT gikk "
                  "{p:41 %|til arbeid eller utdanning} til arbeid eller utdanning. Kontaktperson hos NAV "
                  "{g:Verdal} har vært Line Forbord."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Bedriften hadde ved utgangen av året 17 ansatte. Sykefraværet var {p:6,2 %|sykefraværet}, mot "
                  "{p:7,9 %|sykefraværet} året før. Kvinneandelen blant de ansatte er {p:53 %|kvinneandelen}. "
                  "Verneombud er Eirik Hallan."),
            ("h", 2, "Økonomi"),
            ("p", "Årsresultatet ble 1 484 610 kroner, som overføres til annen egenkapital. Revisor er "
                  "Randi Mostad, {g?:Innherred} Revisjon AS."),
            ("stmt", res, {"title": "Resultatregnskap 2019"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2019"}),
            ("p", "Styret takker Gunnhild Bye for mange års innsats som arbeidsleder på snekkerverkstedet, og alle "
                  "ansatte og deltakere for godt arbeid i 2019."),
            ("sign", "{g:Verdal}, 12. mars 2020",
             [("Torunn Heggstad Aune", "Styreleder"), ("Bjarne Okkenhaug", "Nestleder"), ("Solfrid Vinsnes", "Styremedlem"),
              ("Kjell Arve Ulstad", "Styremedlem"), ("Merete Sjøvold", "Styremedlem"), ("Arnfinn Rostad", "Daglig leder")],
             {"cols": 3}),
        ],
    }


def lunden_2023() -> dict:
    """Vestland 2023, nynorsk. Board as names with roles after a comma in a sentence, then a
    grid of members beside their personal deputies; the tilsette's member marked "(tilsette)";
    e-signature page "Surname, Given names"; dagleg leiar only on the signature page and in a
    staff list with others who are not board."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 2,
        inc=[("Driftstilskot NAV", "", [7_214_600, 6_988_200]), ("Kommunalt tilskot", "", [880_000, 860_000]),
             ("Sal av varer og tenester", "", [2_915_770, 2_640_315])],
        cost=[("Varekostnad", "", [744_210, 690_455]), ("Løn og sosiale kostnader", "3", [8_412_906, 8_066_212]),
              ("Avskrivingar", "", [201_300, 214_900]), ("Andre driftskostnader", "", [1_410_882, 1_388_140])],
        fin=[("Netto renteinntekter", "", [96_512, 41_077])],
        labels={"net_fin": None, "fin": None}, heads=False),
        note_col="Note", label_header="Tal i heile kroner")
    bal = Statement("Balanse 31.12.", cols, balance(
        "nn", 2,
        fixed=[("Driftslausøyre", "", [612_300, 713_600])],
        current=[("Kundekrav", "", [388_640, 301_229]), ("Bankinnskot", "", "plug")],
        equity=[("Aksjekapital", "", [200_000, 200_000]), ("Anna eigenkapital", "", [3_540_113, 3_081_529])],
        long=[], short=[("Leverandørgjeld", "", [214_400, 188_302]), ("Skuldig offentlege avgifter", "", [523_917, 497_560]),
                        ("Anna kortsiktig gjeld", "", [611_280, 584_113])]),
        note_col="Note", label_header="Tal i heile kroner")
    return {
        "name": "lunden-produkt-2023", "lang": "nn", "year": 2023, "title": "Årsmelding 2023 Lunden Produkt AS",
        "organization": {"name": "Lunden Produkt AS", "founded_year": 1993, "address": "Fosshaugane 6, 6856 Sogndal",
                         "phone": "57 62 40 15", "email": "post@lundenprodukt.no",
                         "owners": [{"name": "Sogndal kommune", "share_percent": 80.0},
                                    {"name": "Luster kommune", "share_percent": 20.0}]},
        "ceo": "Sigve Fimreite Tenold",
        "board": [("Ingrid Hovland Slinde", "LEDE", False), ("Oddmund Nes", "NEST", False),
                  ("Bente Kvåle Lunde", "MEDL", False), ("Audun Hauge", "MEDL", True),
                  ("Torhild Sværen", "VARA", None), ("Leiv Arne Bjørk", "VARA", None), ("Mari Ølnes", "VARA", None)],
        "not_board": ["Margit Eide", "Johannes Flatebø", "Synnøve Ness", "Ragnar Husabø"],
        "programs": {"VTA": 19, "AFT": 11},
        "renditions": ["docx", "pdf"],
        "notes": "Roles after a comma in prose; personal deputies beside members; tilsette-member; e-sign page.",
        "items": [
            ("h", 1, "Årsmelding for 2023"),
            ("p", "Lunden Produkt AS vart skipa i 1993 og er ei arbeidsinkluderingsverksemd med tilhald i "
                  "{g:Sogndal}. Selskapet er eigd av {g:Sogndal kommune|Sogndal} ({p:80 %|Sogndal kommune}) og "
                  "{g:Luster kommune|Luster} ({p:20 %|Luster kommune}). Adresse: Fosshaugane 6, 6856 {g:Sogndal}. "
                  "Telefon 57 62 40 15, e-post post@lundenprodukt.no."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2023 vore samansett slik: Ingrid Hovland Slinde, styreleiar, Oddmund Nes, nestleiar, "
                  "Bente Kvåle Lunde, styremedlem, og Audun Hauge, styremedlem (tilsette). Alle har personlege "
                  "varamedlemer:"),
            ("table", [["Medlem", "Personleg vara"], ["Ingrid Hovland Slinde", "Torhild Sværen"],
                       ["Oddmund Nes", "Leiv Arne Bjørk"], ["Audun Hauge", "Mari Ølnes"]], {"ruled": False}),
            ("p", "Styret har halde 6 møte og handsama 38 saker."),
            ("h", 2, "Tiltak"),
            ("p", "Verksemda har avtale med NAV {g:Vestland} om 19 plassar i varig tilrettelagt arbeid (VTA) og "
                  "11 plassar i arbeidsførebuande trening (AFT). Gjennomsnittleg var {p:94 %|VTA-plassane} av "
                  "VTA-plassane i bruk. I tillegg har vi to lærekandidatar i kontor- og administrasjonsfaget. "
                  "Vår kontaktperson hjå NAV {g:Sogndal} er Margit Eide."),
            ("h", 2, "Tilsette og arbeidsmiljø"),
            ("table", [["Namn", "Stilling"], ["Sigve Fimreite Tenold", "Dagleg leiar"],
                       ["Johannes Flatebø", "Fagleg leiar"], ["Synnøve Ness", "Jobbspesialist"]], {"ruled": True}),
            ("p", "Sjukefråværet var {p:4,8 %|sjukefråværet} i 2023. Verksemda har 11 tilsette, av desse er "
                  "{p:64 %|kvinner} kvinner."),
            ("h", 2, "Økonomi"),
            ("p", "Styret meiner rekneskapen gjev eit rett bilete av stoda. Rekneskapen er revidert av "
                  "Ragnar Husabø, statsautorisert revisor."),
            ("stmt", res, {"title": "Resultatrekneskap"}),
            ("stmt", bal, {"title": "Balanse 31.12."}),
            ("esign", "Signaturar", "Dokumentet er signert elektronisk.",
             [["Slinde, Ingrid Hovland", "Styreleiar", "Signert 2024-03-14 09:12"],
              ["Nes, Oddmund", "Nestleiar", "Signert 2024-03-14 10:40"],
              ["Lunde, Bente Kvåle", "Styremedlem", "Signert 2024-03-15 08:03"],
              ["Hauge, Audun", "Styremedlem", "Signert 2024-03-14 13:21"],
              ["Tenold, Sigve Fimreite", "Dagleg leiar", "Signert 2024-03-14 09:30"]]),
        ],
    }


def granbakken_2008() -> dict:
    """Hedmark 2008, bokmål, an older office style: an ASVO company with VTA and APS places,
    AMB in prose; statement in "1 234,-"; board typed under signature lines at the end, and a
    typed list where the employees' member is "Styremedlem (ansattes repr.)"."""
    cols = [Col("2008", 2008), Col("2007", 2007)]
    res = Kroner("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Offentlige tilskudd", "", [4_912_400, 4_701_850]), ("Salgsinntekter", "", [2_118_660, 2_304_120])],
        cost=[("Varekjøp", "", [702_930, 811_442]), ("Lønn og sosiale kostnader", "", [4_980_245, 4_702_118]),
              ("Avskrivninger", "", [166_000, 171_500]), ("Andre driftskostnader", "", [1_011_774, 987_093])],
        fin=[("Renteinntekter", "", [61_205, 48_330]), ("Rentekostnader", "", [-38_120, -41_904])]),
        label_header="")
    bal = Kroner("Balanse pr. 31.12.", cols, balance(
        "nb", 2,
        fixed=[("Bygning", "", [1_980_000, 2_070_000]), ("Maskiner", "", [244_000, 320_000])],
        current=[("Varelager", "", [188_400, 201_120]), ("Fordringer", "", [301_755, 288_430]),
                 ("Bank", "", "plug")],
        equity=[("Aksjekapital", "", [100_000, 100_000]), ("Annen egenkapital", "", [2_394_321, 2_220_125])],
        long=[("Lån Husbanken", "", [1_210_000, 1_300_000])],
        short=[("Leverandørgjeld", "", [189_204, 201_933]), ("Offentlige avgifter", "", [402_177, 380_661]),
               ("Annen kortsiktig gjeld", "", [298_840, 277_506])]),
        label_header="")
    return {
        "name": "granbakken-industrier-2008", "lang": "nb", "year": 2008, "title": "Årsberetning 2008",
        "font": "Liberation Serif", "body_pt": 11,
        "organization": {"name": "Granbakken Industrier AS", "founded_year": 1982,
                         "address": "Industriveien 3, 2480 Koppang", "phone": "62 46 12 90",
                         "owners": [{"name": "Stor-Elvdal kommune", "share_percent": 100.0}]},
        "ceo": "Per Olav Sætre",
        "board": [("Astrid Moen Bakken", "LEDE", False), ("Tore Haugen", "NEST", False), ("Liv Kristin Ryen", "MEDL", False),
                  ("Jon Egil Brenden", "MEDL", True)],
        "not_board": ["Kåre Nymoen", "Hilde Ormhaug"],
        "programs": {"VTA": 14},
        "renditions": ["doc", "pdf"],
        "notes": "APS places (arbeidspraksis i skjermet virksomhet, 2008) are not a gold program code; "
                 "ASVO/AMB as the era's names.",
        "items": [
            ("bh", "ÅRSBERETNING FOR 2008", {"size": 14}),
            ("bh", "Virksomhetens art"),
            ("p", "Granbakken Industrier AS er en ASVO-bedrift (arbeidssamvirke i offentlig virksomhet) stiftet i "
                  "1982 og heleid av {g:Stor-Elvdal kommune|Stor-Elvdal} ({p:100 %|Stor-Elvdal kommune}). Bedriften "
                  "ligger i Industriveien 3, 2480 {g:Koppang}, tlf. 62 46 12 90. Bedriften er også godkjent som "
                  "arbeidsmarkedsbedrift (AMB) for {g:Hedmark}."),
            ("p", "Bedriften har i 2008 hatt 14 plasser for varig tilrettelagt arbeid (VTA) og 8 plasser for "
                  "arbeidspraksis i skjermet virksomhet (APS), alle med vedtak fra NAV {g:Hedmark}. Daglig leder er "
                  "Per Olav Sætre."),
            ("bh", "Styret"),
            ("tablines", [["Styreleder", "Astrid Moen Bakken"], ["Nestleder", "Tore Haugen"],
                          ["Styremedlem", "Liv Kristin Ryen"], ["Styremedlem (ansattes repr.)", "Jon Egil Brenden"]],
             {"stops": (6.0,)}),
            ("bh", "Arbeidsmiljø"),
            ("p", "Sykefraværet var {p:8,4 prosent|sykefraværet} i 2008. Det har ikke vært skader eller ulykker. "
                  "Bedriftens verneombud er Kåre Nymoen."),
            ("bh", "Økonomi"),
            ("p", "Årsresultatet ble 174 196,- som foreslås overført til annen egenkapital. Regnskapet er revidert "
                  "av Hilde Ormhaug, registrert revisor."),
            ("stmt", res, {"title": "Resultatregnskap"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12."}),
            ("sign", "{g:Koppang}, 20. februar 2009",
             [("Astrid Moen Bakken", "styreleder"), ("Tore Haugen", "nestleder"), ("Liv Kristin Ryen", "styremedlem"),
              ("Jon Egil Brenden", "styremedlem"), ("Per Olav Sætre", "daglig leder")], {"cols": 2}),
        ],
    }


REPORTS = [skogrand_2019, lunden_2023, granbakken_2008]
