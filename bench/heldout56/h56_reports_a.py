"""Reports of the fifty-sixth held-out set, part A: three vekstbedrifter as designers print them
(invented organisations, people and figures; real places valid in the report's year)."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def _income(title, lang, years, inc, cost, fin, **kw):
    cols = [Col(str(y), y) for y in years]
    return Statement(title, cols, income(lang, len(cols), inc, cost, fin), **kw)


def _balance(title, lang, years, fixed, current, equity, long, short, **kw):
    cols = [Col(str(y), y) for y in years]
    return Statement(title, cols, balance(lang, len(cols), fixed, current, equity, long, short), **kw)


# ---------------------------------------------------------------------------------------------
def hunndalen_2017() -> dict:
    """Bokmål, Gjøvik (Oppland) 2017: numbers in circles; the board as a portrait grid with one
    'valgt av de ansatte' tag and a varamedlem; owners in a div table; staff and the valgkomité
    beside the board; statements in kroner with a Note column; the auditor in the back."""
    years = (2017, 2016)
    head = "Hunndalen Arbeid AS · Årsrapport 2017"
    res = _income("Resultatregnskap", "nb", years,
                  [("Salgsinntekter", "", [19_482_310, 18_220_904]),
                   ("Tilskudd fra NAV", "2", [17_930_500, 17_106_200]),
                   ("Kommunale tilskudd", "", [2_140_000, 2_080_000])],
                  [("Varekostnad", "", [6_318_442, 6_012_877]),
                   ("Lønnskostnader", "3", [27_904_115, 26_551_390]),
                   ("Avskrivninger", "4", [1_108_300, 1_042_650]),
                   ("Andre driftskostnader", "", [3_702_668, 3_655_108])],
                  [("Finansinntekter", "", [96_420, 88_310]), ("Finanskostnader", "", [-141_880, -152_004])],
                  note_col="Note", label_header="Beløp i kroner")
    bal = _balance("Balanse pr. 31.12.2017", "nb", years,
                   [("Bygninger og tomt", "4", [8_410_000, 8_815_000]), ("Maskiner og inventar", "4", [1_932_400, 2_146_900])],
                   [("Varelager", "", [1_204_330, 1_118_760]), ("Kundefordringer", "", [2_640_915, 2_402_118]),
                    ("Bankinnskudd", "5", "plug")],
                   [("Aksjekapital", "6", [500_000, 500_000]), ("Annen egenkapital", "", [9_766_540, 9_273_555])],
                   [("Pantelån", "7", [4_120_000, 4_480_000])],
                   [("Leverandørgjeld", "", [1_311_208, 1_190_442]), ("Skyldige offentlige avgifter", "", [2_408_760, 2_301_905]),
                    ("Annen kortsiktig gjeld", "", [1_893_112, 1_777_340])],
                   note_col="Note", label_header="Beløp i kroner")
    board = [("Anders Kolbjørnsrud", "LEDE", False), ("Marit Engebakken", "NEST", False),
             ("Ole Petter Grøtting", "MEDL", False), ("Randi Sveum Lie", "MEDL", False),
             ("Lise Bergum Haug", "MEDL", True), ("Jon Arne Sveen", "VARA", None)]
    items = [
        ("page", {"bleed": "2F6F73", "cover": True}),
        ("cover", "Årsrapport 2017", "Hunndalen Arbeid AS – arbeid, mestring og nye muligheter på {g:Gjøvik}"),
        ("page", {"head": head, "rot": "NØKKELTALL"}),
        ("h", 1, "Året i tall"),
        ("circles", [("64", "VTA-plasser"), ("30", "AFT-plasser"), ("131", "deltakere i løpet av året"),
                     ("{p:41 %}", "overgang til arbeid eller utdanning fra AFT"), ("{p:6,2 %}", "sykefravær blant de ansatte")]),
        ("cols", 2, [
            ("h", 2, "Daglig leder har ordet"),
            ("p", "2017 ble året da vi for alvor åpnet dørene mot næringslivet. Flere av deltakerne våre har hatt "
                  "praksis hos bedrifter på {g:Raufoss} og i {g:Gjøvik} sentrum, og mange av dem har fått tilbud om "
                  "jobb etter praksisperioden.", {"cls": "lead"}),
            ("p", "Vi fikk i juni fornyet avtalen om arbeidsforberedende trening, og NAV økte antallet AFT-plasser "
                  "fra 26 til 30. Det har krevd mye av veilederne våre, og jeg vil takke hele staben for innsatsen."),
            ("p", "En særlig takk går til arbeidsinkluderingsrådgiver Siv Thorsrud i NAV, som har fulgt deltakerne "
                  "tett gjennom hele året, og til Kåre Nordlien, som gikk av med pensjon etter 24 år som "
                  "arbeidsleder i snekkerverkstedet."),
            ("p", "Hilde Brenden Lie, daglig leder", {"cls": "sig"}),
        ]),
        ("page", {"head": head, "rot": "OM OSS"}),
        ("split", "55mm", [
            ("side", "Fakta", [
                ("k", "Stiftet"), ("p", "1989"),
                ("k", "Adresse"), ("p", "Hunndalsvegen 14, 2818 {g:Gjøvik}"),
                ("k", "Telefon"), ("p", "61 17 40 20"),
                ("k", "E-post"), ("p", "post@hunndalen-arbeid.no"),
                ("k", "Org.nr."), ("p", "979 512 443"),
            ]),
        ], [
            ("h", 1, "Dette er Hunndalen Arbeid"),
            ("p", "Hunndalen Arbeid AS er en arbeids- og inkluderingsbedrift med lokaler i Hunndalen og en avdeling "
                  "på {g:Raufoss} i {g:Vestre Toten}. Vi har 64 plasser i varig tilrettelagt arbeid (VTA) og 30 plasser "
                  "i arbeidsforberedende trening (AFT), og selger varer og tjenester til bedrifter og private i hele "
                  "{g:Oppland}."),
            ("h", 2, "Eiere"),
            ("divtable", [["Eier", "Aksjer", "Eierandel"],
                          ["{g:Gjøvik} kommune", "300", "{p:60 %}"],
                          ["{g:Vestre Toten} kommune", "200", "{p:40 %}"]], {"cols": "60mm 25mm 25mm"}),
            ("h", 2, "Avdelinger"),
            ("li", "Snekkerverkstedet – avdelingsleder Roar Gihlemoen"),
            ("li", "Kantine og catering – avdelingsleder Guri Nashaug"),
            ("li", "Vaskeri og tekstil på {g:Raufoss} – avdelingsleder Bente Lyngstad"),
            ("h", 2, "Resultater AFT"),
            ("table", [["Avsluttet til", "2017", "2016"],
                       ["Arbeid", "{p:27 %}", "{p:24 %}"],
                       ["Utdanning", "{p:14 %}", "{p:11 %}"],
                       ["Annet tiltak eller ytelse", "{p:59 %}", "{p:65 %}"]]),
        ]),
        ("page", {"head": head, "rot": "STYRET"}),
        ("h", 1, "Styret"),
        ("portraits", [("Anders Kolbjørnsrud", "Styreleder", ""), ("Marit Engebakken", "Nestleder", ""),
                       ("Ole Petter Grøtting", "Styremedlem", ""), ("Randi Sveum Lie", "Styremedlem", ""),
                       ("Lise Bergum Haug", "Styremedlem", "valgt av de ansatte"), ("Jon Arne Sveen", "Varamedlem", "")]),
        ("p", "Styret har hatt sju møter og behandlet 48 saker i 2017. Valgkomiteen har bestått av Kari Sønstebø "
              "(leder) og Per Ivar Næss."),
        ("h", 2, "Administrasjon"),
        ("li", "Hilde Brenden Lie – daglig leder"),
        ("li", "Terje Hovdhaugen – økonomileder"),
        ("li", "Nina Rudstaden – fagleder AFT"),
        ("page", {"head": head, "rot": "ÅRSBERETNING"}),
        ("h", 1, "Styrets årsberetning 2017"),
        ("cols", 2, [
            ("h", 3, "Virksomhetens art"),
            ("p", "Selskapet skal gi arbeid og kvalifisering til personer med nedsatt arbeidsevne. Virksomheten "
                  "drives fra {g:Gjøvik} og {g:Raufoss}."),
            ("h", 3, "Arbeidsmiljø"),
            ("p", "Selskapet hadde ved årsskiftet 34 faste ansatte. Sykefraværet var {p:6,2 %|sykefraværet} "
                  "mot {p:7,0 %|sykefraværet} året før. Det har ikke vært alvorlige skader eller ulykker."),
            ("h", 3, "Likestilling"),
            ("p", "Av de faste ansatte er 19 kvinner og 15 menn. Styret består av tre kvinner og to menn."),
            ("h", 3, "Ytre miljø"),
            ("p", "Bedriften forurenser ikke det ytre miljøet utover det som er vanlig for bransjen."),
            ("h", 3, "Fortsatt drift og resultat"),
            ("p", "Forutsetningen om fortsatt drift er til stede. Årsresultatet foreslås overført til annen egenkapital."),
        ]),
        ("sign", "{g:Gjøvik}, 20. mars 2018",
         [("Anders Kolbjørnsrud", "styreleder"), ("Marit Engebakken", "nestleder"), ("Ole Petter Grøtting", "styremedlem"),
          ("Randi Sveum Lie", "styremedlem"), ("Lise Bergum Haug", "styremedlem"), ("Hilde Brenden Lie", "daglig leder")]),
        ("page", {"head": head, "rot": "REGNSKAP"}),
        ("stmt", res),
        ("stmt", bal),
        ("page", {"head": head, "rot": "NOTER"}),
        ("h", 2, "Noter til regnskapet"),
        ("p", "Note 3 Lønnskostnader. Lønn til daglig leder utgjorde 868 400 kroner. Styrehonoraret var 96 000 kroner."),
        ("p", "Note 6 Aksjekapital. Aksjekapitalen består av 500 aksjer à 1 000 kroner."),
        ("p", "Revisor: Mjøsrevisjon AS ved statsautorisert revisor Eirik Haugom. Honorar for lovpålagt revisjon "
              "var 58 000 kroner."),
    ]
    return {
        "name": "hunndalen-arbeid-2017", "year": 2017, "title": "Årsrapport 2017 – Hunndalen Arbeid AS",
        "accent": "2F6F73", "shade": "E5EFEE",
        "organization": {"name": "Hunndalen Arbeid AS", "founded_year": 1989, "address": "Hunndalsvegen 14, 2818 Gjøvik",
                         "email": "post@hunndalen-arbeid.no", "phone": "61 17 40 20",
                         "owners": [{"name": "Gjøvik kommune", "share_percent": 60},
                                    {"name": "Vestre Toten kommune", "share_percent": 40}]},
        "ceo": "Hilde Brenden Lie", "board": board,
        "not_board": ["Siv Thorsrud", "Kåre Nordlien", "Kari Sønstebø", "Per Ivar Næss", "Terje Hovdhaugen",
                      "Nina Rudstaden", "Roar Gihlemoen", "Guri Nashaug", "Bente Lyngstad", "Eirik Haugom"],
        "programs": {"VTA": 64, "AFT": 30},
        "items": items, "renditions": ["chrome"],
        "notes": "Portrait grid board with a 'valgt av de ansatte' tag and a varamedlem; numbers in circles; "
                 "owners in a div table; staff list and valgkomité next to the board; statements in kroner.",
    }


# ---------------------------------------------------------------------------------------------
def stordabu_2021() -> dict:
    """Nynorsk, Stord (Vestland) 2021: the board printed only in the signature grid under the
    årsmelding (with 'tilsettrepresentant' and the dagleg leiar among them); owners in one sentence
    with shares in brackets; a band of figure boxes; three columns; statements in whole kroner."""
    years = (2021, 2020)
    head = "Stordabu Ressurs AS – årsrapport 2021"
    res = _income("Resultatrekneskap", "nn", years,
                  [("Sals- og tenesteinntekter", "", [14_208_450, 12_976_310]),
                   ("Tilskot frå NAV", "", [13_612_880, 13_144_200]),
                   ("Andre driftsinntekter", "", [612_000, 1_380_500])],
                  [("Varekostnad", "", [4_410_705, 4_028_116]),
                   ("Lønnskostnader", "2", [20_116_332, 19_402_851]),
                   ("Avskrivingar", "3", [702_300, 688_900]),
                   ("Andre driftskostnader", "", [2_601_470, 2_544_330])],
                  [("Finansinntekter", "", [31_200, 44_810]), ("Finanskostnader", "", [-58_940, -71_205])],
                  note_col="Note", label_header="Beløp i NOK")
    bal = _balance("Balanse 31.12.2021", "nn", years,
                   [("Maskiner, inventar og bilar", "3", [2_804_100, 3_106_400])],
                   [("Varelager", "", [688_210, 640_905]), ("Kundefordringar", "", [1_906_544, 1_733_610]),
                    ("Bankinnskot", "", "plug")],
                   [("Aksjekapital", "", [300_000, 300_000]), ("Anna eigenkapital", "", [6_084_716, 5_721_983])],
                   [],
                   [("Leverandørgjeld", "", [902_440, 866_120]), ("Skuldige offentlege avgifter", "", [1_498_312, 1_430_980]),
                    ("Anna kortsiktig gjeld", "", [1_220_695, 1_108_774])],
                   note_col="Note", label_header="Beløp i NOK")
    board = [("Gunnar Tveit Sæbø", "LEDE", False), ("Randi Huglen", "NEST", False), ("Eirik Stokka", "MEDL", False),
             ("Åse Lønning Vikse", "MEDL", False), ("Kjetil Bjelland", "MEDL", True)]
    items = [
        ("page", {"bleed": "8C3B2E", "cover": True}),
        ("cover", "Årsrapport 2021", "Stordabu Ressurs AS · arbeid og kvalifisering i {g:Sunnhordland}"),
        ("page", {"head": head, "rot": "ÅRSMELDING 2021"}),
        ("h", 1, "Nøkkeltal 2021"),
        ("boxes", [("40", "VTA-plassar"), ("36", "AFT-plassar"), ("97", "deltakarar i alt"),
                   ("{p:48 %}", "av AFT-deltakarane gjekk ut i arbeid eller skule")]),
        ("cols", 2, [
            ("h", 2, "Frå dagleg leiar"),
            ("p", "Pandemien prega også dette året, men vi heldt verkstaden i {g:Leirvik} open heile året, og "
                  "gjenbruksbutikken fekk fleire kundar enn nokon gong. Vi har 40 plassar i varig tilrettelagt "
                  "arbeid (VTA) og 36 plassar i arbeidsførebuande trening (AFT).", {"cls": "lead"}),
            ("p", "Takk til rettleiar Synnøve Tjelmeland i NAV {g?:Stord} for eit godt samarbeid, og til "
                  "Arnfinn Grov, som har vore frivillig sjåfør for sykkelverkstaden i tre år."),
            ("quote", "«Eg fekk ein grunn til å stå opp om morgonen – og no har eg fast jobb.»",
             "Tidlegare deltakar i AFT"),
            ("p", "Marta Sandvik Hope, dagleg leiar", {"cls": "sig"}),
        ]),
        ("page", {"head": head, "rot": "ÅRSMELDING 2021"}),
        ("h", 1, "Styret si årsmelding"),
        ("cols", 3, [
            ("h", 3, "Verksemda"),
            ("p", "Stordabu Ressurs AS er ei arbeidsinkluderingsbedrift med hovudkontor i {g:Leirvik} i {g:Stord} "
                  "kommune og ei avdeling på {g:Fitjar}. Selskapet er eigd av {g:Stord} kommune ({p:62 %|Stord kommune}), "
                  "{g:Fitjar} kommune ({p:23 %|Fitjar kommune}) og {g:Bømlo} kommune ({p:15 %|Bømlo kommune})."),
            ("h", 3, "Arbeidsmiljø og sjukefråvær"),
            ("p", "Ved utgangen av året hadde selskapet 22 tilsette. Sjukefråværet var {p:5,1 %|sjukefråværet}, "
                  "mot {p:6,8 %|sjukefråværet} i 2020. Verneombod og tillitsvald har delteke i arbeidsmiljøutvalet."),
            ("h", 3, "Likestilling"),
            ("p", "Av dei tilsette er 12 kvinner og 10 menn. Styret har to kvinner og tre menn."),
            ("h", 3, "Ytre miljø"),
            ("p", "Gjenbruksverksemda tok imot 61 tonn møblar og klede frå heile {g:Vestland}."),
            ("h", 3, "Styrearbeidet"),
            ("p", "Styret har hatt ni møte og handsama 52 saker. Revisor er Vestkyst Revisjon AS ved statsautorisert "
                  "revisor Olav Rommetveit."),
            ("h", 3, "Resultat og framtid"),
            ("p", "Føresetnaden om vidare drift er til stades. Styret foreslår at overskotet vert overført til "
                  "anna eigenkapital, og ser positivt på 2022."),
        ]),
        ("sign", "{g:Leirvik}, 9. mars 2022",
         [("Gunnar Tveit Sæbø", "styreleiar"), ("Randi Huglen", "nestleiar"), ("Eirik Stokka", "styremedlem"),
          ("Åse Lønning Vikse", "styremedlem"), ("Kjetil Bjelland", "styremedlem, tilsettrepresentant"),
          ("Marta Sandvik Hope", "dagleg leiar")]),
        ("page", {"head": head, "rot": "REKNESKAP"}),
        ("stmt", res),
        ("stmt", bal),
        ("p", "Kvalitetsleiar Ingrid Hovland har ansvaret for EQUASS-sertifiseringa, som vart fornya i 2021."),
    ]
    return {
        "name": "stordabu-ressurs-2021", "year": 2021, "title": "Stordabu Ressurs AS – årsrapport 2021",
        "html_lang": "nn", "accent": "8C3B2E", "shade": "F4E9E6",
        "organization": {"name": "Stordabu Ressurs AS",
                         "owners": [{"name": "Stord kommune", "share_percent": 62},
                                    {"name": "Fitjar kommune", "share_percent": 23},
                                    {"name": "Bømlo kommune", "share_percent": 15}]},
        "ceo": "Marta Sandvik Hope", "board": board,
        "not_board": ["Synnøve Tjelmeland", "Arnfinn Grov", "Olav Rommetveit", "Ingrid Hovland"],
        "programs": {"VTA": 40, "AFT": 36},
        "items": items, "renditions": ["chrome"],
        "notes": "Board only in the signature grid (tilsettrepresentant, dagleg leiar among the signers); owners "
                 "in one nynorsk sentence with shares in brackets; figure boxes; three columns; kroner.",
    }


# ---------------------------------------------------------------------------------------------
def hadselvekst_2024() -> dict:
    """Bokmål, Hadsel (Nordland) 2024: a 'Styret' sidebar beside the leader's letter (role keys over
    names, varamedlemmer, then the daglig leder and the auditor in the same sidebar); owners in a
    table with share counts; circles; a loss year in brackets in 'Tall i 1000 kr'."""
    years = (2024, 2023)
    head = "Hadselvekst AS | Årsrapport 2024"
    kw = {"note_col": "Note", "label_header": "Tall i 1000 kr", "unit": 1000, "negative": "paren"}
    res = _income("Resultatregnskap 2024", "nb", years,
                  [("Salgsinntekter", "", [11_842, 10_906]), ("Tilskudd NAV", "2", [12_410, 11_988]),
                   ("Andre inntekter", "", [388, 254])],
                  [("Varekostnad", "", [3_906, 3_771]), ("Lønnskostnader", "3", [17_212, 17_540]),
                   ("Avskrivninger", "", [611, 598]), ("Andre driftskostnader", "", [2_480, 2_604])],
                  [("Netto finansinntekter", "", [-44, -61])], **kw)
    bal = _balance("Balanse 31. desember", "nb", years,
                   [("Varige driftsmidler", "", [4_106, 4_540])],
                   [("Varer", "", [702, 655]), ("Fordringer", "", [1_544, 1_380]), ("Bank", "", "plug")],
                   [("Aksjekapital", "", [1_000, 1_000]), ("Annen egenkapital", "", [3_996, 3_609])],
                   [("Lån Husbanken", "", [1_850, 2_050])],
                   [("Leverandørgjeld", "", [744, 802]), ("Offentlige avgifter", "", [1_206, 1_178]),
                    ("Annen kortsiktig gjeld", "", [950, 886])], **kw)
    board = [("Trond Eivind Hansen", "LEDE", False), ("Ingvild Skogsøy", "NEST", False),
             ("Rune Kristiansen", "MEDL", False), ("Hege Marie Ellingsen", "MEDL", False),
             ("Stian Eilertsen", "MEDL", True), ("Beate Johnsen", "VARA", None), ("Øyvind Strand", "VARA", None)]
    items = [
        ("page", {"bleed": "23415F", "cover": True}),
        ("cover", "Hadselvekst AS", "Årsrapport 2024 · {g:Stokmarknes} og {g:Melbu}"),
        ("page", {"head": head, "rot": "2024"}),
        ("split", "52mm", [
            ("side", "Styret", [
                ("k", "Styreleder"), ("p", "Trond Eivind Hansen"),
                ("k", "Nestleder"), ("p", "Ingvild Skogsøy"),
                ("k", "Styremedlemmer"), ("p", "Rune Kristiansen"), ("p", "Hege Marie Ellingsen"),
                ("p", "Stian Eilertsen (ansattvalgt)"),
                ("k", "Varamedlemmer"), ("p", "Beate Johnsen"), ("p", "Øyvind Strand"),
                ("k", "Daglig leder"), ("p", "Lena Mikalsen Bratt"),
                ("k", "Revisor"), ("p", "Nordlys Revisjon AS v/ Geir Arne Paulsen"),
            ]),
        ], [
            ("h", 1, "Et år med omstilling"),
            ("p", "2024 ble et krevende år for Hadselvekst. Etter underskuddet i 2023 har vi strammet inn driften "
                  "og samlet verkstedene på {g:Stokmarknes}, samtidig som butikken på {g:Melbu} holdes åpen.",
             {"cls": "lead"}),
            ("p", "Vi har 32 plasser i varig tilrettelagt arbeid (VTA) og 24 plasser i arbeidsforberedende "
                  "trening (AFT). NAV {g?:Hadsel} og NAV {g?:Sortland} er våre viktigste oppdragsgivere."),
            ("p", "Takk til veileder Frode Hanssen i NAV og til lærlingkoordinator Siri Nygaard, som har hjulpet "
                  "fem deltakere inn i læretid i {g:Vesterålen}."),
            ("quote", "«Her får jeg brukt hendene mine igjen.»", "Kim, deltaker i VTA"),
            ("p", "Lena Mikalsen Bratt, daglig leder", {"cls": "sig"}),
        ]),
        ("page", {"head": head, "rot": "NØKKELTALL"}),
        ("h", 1, "Nøkkeltall"),
        ("circles", [("32", "VTA-plasser"), ("24", "AFT-plasser"), ("78", "deltakere i 2024"),
                     ("{p:38 %}", "fra AFT til jobb eller skole"), ("{p:8,4 %}", "sykefravær")]),
        ("h", 2, "Deltakere per tiltak"),
        ("table", [["Tiltak", "2024", "2023"], ["Varig tilrettelagt arbeid", "33", "32"],
                   ["Arbeidsforberedende trening", "45", "51"], ["Sum deltakere", "78", "83"]]),
        ("h", 2, "Eierne"),
        ("table", [["Eier", "Antall aksjer", "Eierandel"],
                   ["{g:Hadsel} kommune", "720", "{p:72 %}"],
                   ["{g:Sortland} kommune", "180", "{p:18 %}"],
                   ["Vestbrygga Eiendom AS", "100", "{p:10 %}"]]),
        ("page", {"head": head, "rot": "ÅRSBERETNING"}),
        ("h", 1, "Årsberetning 2024"),
        ("cols", 2, [
            ("p", "Hadselvekst AS har forretningsadresse i {g:Hadsel} kommune i {g:Nordland}. Selskapet skal skape "
                  "arbeid og kvalifisering for personer som står utenfor arbeidslivet."),
            ("p", "Sykefraværet blant de ansatte var {p:8,4 %|sykefraværet} (2023: {p:9,9 %|sykefraværet}). "
                  "Selskapet hadde 19 ansatte, hvorav 11 kvinner."),
            ("p", "Året ga et overskudd etter underskuddet året før. Styret mener "
                  "forutsetningen for fortsatt drift er til stede."),
            ("p", "Styret har hatt åtte møter. Leder for brukerrådet, Hanne Kvalsvik, har møtt i to av dem."),
        ]),
        ("sign", "{g:Stokmarknes}, 12. mars 2025 – signert elektronisk",
         [("Trond Eivind Hansen", "styreleder"), ("Ingvild Skogsøy", "nestleder"), ("Rune Kristiansen", "styremedlem"),
          ("Hege Marie Ellingsen", "styremedlem"), ("Stian Eilertsen", "styremedlem"), ("Lena Mikalsen Bratt", "daglig leder")]),
        ("page", {"head": head, "rot": "REGNSKAP"}),
        ("stmt", res),
        ("stmt", bal),
    ]
    return {
        "name": "hadselvekst-2024", "year": 2024, "title": "Hadselvekst AS – årsrapport 2024",
        "accent": "23415F", "shade": "E6ECF3",
        "organization": {"name": "Hadselvekst AS",
                         "owners": [{"name": "Hadsel kommune", "share_percent": 72},
                                    {"name": "Sortland kommune", "share_percent": 18},
                                    {"name": "Vestbrygga Eiendom AS", "share_percent": 10}]},
        "ceo": "Lena Mikalsen Bratt", "board": board,
        "not_board": ["Geir Arne Paulsen", "Frode Hanssen", "Siri Nygaard", "Hanne Kvalsvik"],
        "programs": {"VTA": 32, "AFT": 24},
        "items": items, "renditions": ["chrome"],
        "notes": "'Styret' sidebar with role keys over names, varamedlemmer, then Daglig leder and Revisor in the "
                 "same sidebar; owners table with share counts; 1000 kr statements with brackets.",
    }


REPORTS = [hunndalen_2017, stordabu_2021, hadselvekst_2024]
