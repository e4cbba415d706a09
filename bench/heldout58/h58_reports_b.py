"""Reports of the fifty-eighth held-out set, second half: 2019, 2022 and 2024 (organisations, people
and figures invented; places real and valid in the report's year)."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income


def filtvet_2019() -> dict:
    """The board only in the page footer (with the daglig leder), repeated on every page; the staff
    typed on a tab stop; the daglig leder's letter in a two-column section; signed electronically
    without names."""
    cols = [Col("2019", 2019), Col("2018", 2018)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, [
        ("Salgsinntekt", "", [8_115_402, 7_690_318]),
        ("Tilskudd NAV", "", [9_842_650, 9_511_200]),
        ("Annen driftsinntekt", "", [311_000, 295_400]),
    ], [
        ("Varekostnad", "", [2_905_117, 2_760_442]),
        ("Lønnskostnad", "", [12_610_905, 12_118_670]),
        ("Avskrivning", "", [533_800, 512_300]),
        ("Annen driftskostnad", "", [2_041_776, 2_002_114]),
    ], [("Finansinntekt", "", [92_411, 88_006]), ("Finanskostnad", "", [-57_230, -64_981])]),
        label_header="NOK")
    bal = Statement("Balanse 31.12.", cols, balance("nb", 2, [
        ("Tomter, bygninger o.l.", "", [5_240_000, 5_390_000]),
        ("Driftsløsøre, inventar, biler", "", [1_318_600, 1_402_300]),
    ], [
        ("Varelager", "", [622_340, 590_118]),
        ("Kundefordringer", "", [1_104_872, 987_640]),
        ("Bankinnskudd", "", "plug"),
    ], [
        ("Aksjekapital", "", [1_000_000, 1_000_000]),
        ("Annen egenkapital", "", [6_488_240, 6_277_205]),
    ], [
        ("Pantegjeld", "", [1_850_000, 2_000_000]),
    ], [
        ("Leverandørgjeld", "", [702_118, 655_902]),
        ("Skyldige offentlige avgifter", "", [1_011_460, 966_231]),
        ("Annen kortsiktig gjeld", "", [894_705, 802_333]),
    ]), label_header="NOK")
    return {
        "name": "filtvet-vekst-2019", "year": 2019, "lang": "nb",
        "title": "Årsrapport 2019 Filtvet Vekst AS", "font": "Liberation Sans", "body_pt": 10,
        "header": "Filtvet Vekst AS · Årsrapport 2019", "header_align": "center",
        "footer": "Filtvet Vekst AS · Org.nr. 979 604 311 · Daglig leder: Kristian Ødegård · side {PAGE}",
        "footer_lines": ["Styret: Hanne Berg Thorsen (styreleder), Nils Erik Wang (nestleder), Mona Klausen, "
                         "Terje Gulliksen (ansattes representant). Varamedlem: Linn Heidi Strand"],
        "organization": {"name": "Filtvet Vekst AS", "address": "Verkstedveien 3, 3482 Tofte",
                         "email": "post@filtvetvekst.no", "phone": "32 79 88 00",
                         "owners": [{"name": "Hurum kommune", "share_percent": 100}]},
        "ceo": "Kristian Ødegård",
        "board": [("Hanne Berg Thorsen", "LEDE", False), ("Nils Erik Wang", "NEST", False),
                  ("Mona Klausen", "MEDL", False), ("Terje Gulliksen", "MEDL", True),
                  ("Linn Heidi Strand", "VARA", None)],
        "not_board": ["Birgitte Lie", "Øystein Fjeld", "Camilla Rustad", "Jan Ove Hagen", "Roar Skaug",
                      "Ingvild Sæther", "Tone Bråthen"],
        "programs": {"VTA": 30, "AFT": 24},
        "renditions": ["docx", "pdf"],
        "items": [
            ("p", "Årsrapport 2019", {"bold": True, "size": 26}),
            ("p", "Verkstedveien 3, 3482 {g:Tofte} · 32 79 88 00 · post@filtvetvekst.no"),
            ("h", 1, "Kort om Filtvet Vekst"),
            ("p", "Filtvet Vekst AS er en arbeids- og inkluderingsbedrift eid av {g:Hurum} kommune "
                  "({p:100 %|eid av Hurum kommune}). Bedriften holder til på {g:Tofte} og har en butikk og "
                  "kafé i {g:Sætre} sentrum. Om sommeren driver vi kiosken på brygga i {g:Holmsbu}."),
            ("p", "I 2019 hadde bedriften 30 plasser for varig tilrettelagt arbeid (VTA) og 24 plasser i "
                  "arbeidsforberedende trening (AFT)."),
            ("columns", [
                ("h", 2, "Daglig leders kommentar"),
                ("p", "2019 ble et godt år for Filtvet Vekst. Vi fikk flere oppdrag fra næringslivet på "
                      "{g:Hurumlandet}, og {p:41 %|gikk videre til arbeid eller utdanning} av deltakerne som "
                      "avsluttet AFT gikk videre til arbeid eller utdanning."),
                ("p", "Året har også vært preget av forberedelsene til kommunesammenslåingen. Fra 1. januar "
                      "2020 blir {g:Hurum}, {g:Røyken} og {g:Asker} én kommune, og den nye kommunen overtar "
                      "eierskapet i bedriften."),
                ("p", "En stor takk til Birgitte Lie i NAV {g:Hurum} og til alle ansatte og deltakere."),
                ("p", "Kristian Ødegård", {"italic": True}),
                ("h", 2, "Viktige hendelser"),
                ("li", "Ny snekkeravdeling åpnet i mars"),
                ("li", "Kafeen i {g:Sætre} utvidet åpningstiden"),
                ("li", "Miljøfyrtårn-sertifisering fornyet"),
            ], {"sep": True}),
            ("h", 1, "Styrets årsberetning"),
            ("p", "Styret har hatt 8 møter i 2019. Valgkomiteen har bestått av Øystein Fjeld og "
                  "Camilla Rustad. Styrets sammensetning står nederst på hver side i rapporten."),
            ("p", "Sykefraværet var {p:4,9 %|sykefraværet} mot {p?:6,0 %} i 2018. Det er ikke registrert "
                  "skader som har ført til fravær. Hovedverneombud er Jan Ove Hagen."),
            ("p", "Av de 19 ansatte er 11 kvinner. Bedriften påvirker ikke det ytre miljø utover det som "
                  "er vanlig for bransjen."),
            ("p", "Årsresultatet overføres til annen egenkapital. Styret bekrefter at forutsetningen om "
                  "fortsatt drift er til stede. Bedriftens revisor er Roar Skaug, statsautorisert revisor."),
            ("h", 2, "Organisasjon"),
            ("leaders", [("Daglig leder", "Kristian Ødegård"), ("Avdelingsleder produksjon", "Ingvild Sæther"),
                         ("Jobbspesialist AFT", "Tone Bråthen"), ("Hovedverneombud", "Jan Ove Hagen")],
             {"pos_cm": 7.0, "leader": False}),
            ("pagebreak",),
            ("pasted", res, {"band": "Regnskap"}),
            ("pasted", bal, {"band": "Regnskap"}),
            ("p", "{g:Tofte}, 10. mars 2020. Årsberetningen og årsregnskapet er signert elektronisk av "
                  "styret og daglig leder.", {"italic": True}),
        ],
        "notes": "Board only in the page footer (repeated on every page), the employees' member marked; "
                 "staff on a tab stop; the municipal merger of 2020 named; no signature names.",
    }


def grunnavag_2022() -> dict:
    """Nynorsk; a TOC field; the board in a text box on a left tab stop ("Styreleiar<TAB>Name");
    departments in a two-column section; a signing service's page with "Surname, Given names"."""
    cols = [Col("2022", 2022), Col("2021", 2021)]
    res = Statement("Resultatrekneskap", cols, income("nn", 2, [
        ("Salsinntekt", "", [5_412_880, 5_020_117]),
        ("Tilskot frå NAV", "", [7_316_400, 7_018_250]),
        ("Anna driftsinntekt", "", [146_000, 203_500]),
    ], [
        ("Varekostnad", "", [1_802_553, 1_690_402]),
        ("Lønskostnad", "", [9_204_618, 8_866_905]),
        ("Avskriving", "", [388_200, 402_700]),
        ("Anna driftskostnad", "", [1_256_090, 1_188_377]),
    ], [("Finansinntekt", "", [35_880, 12_405]), ("Finanskostnad", "", [-48_112, -39_870])]),
        label_header="Beløp i kroner")
    bal = Statement("Balanse pr. 31.12.", cols, balance("nn", 2, [
        ("Bygningar og tomt", "", [2_980_000, 3_090_000]),
        ("Maskiner og bilar", "", [744_500, 821_900]),
    ], [
        ("Varelager", "", [301_204, 288_915]),
        ("Kundefordringar", "", [655_318, 602_774]),
        ("Bankinnskot", "", "plug"),
    ], [
        ("Aksjekapital", "", [400_000, 400_000]),
        ("Anna eigenkapital", "", [4_305_122, 4_410_235]),
    ], [
        ("Langsiktig lån", "", [1_150_000, 1_250_000]),
    ], [
        ("Leverandørgjeld", "", [412_770, 398_114]),
        ("Skuldige offentlege avgifter", "", [733_902, 701_330]),
        ("Anna kortsiktig gjeld", "", [522_640, 487_005]),
    ]), label_header="Beløp i kroner")
    return {
        "name": "grunnavag-arbeid-2022", "year": 2022, "lang": "nn",
        "title": "Årsmelding 2022 Grunnavåg Arbeid AS", "body_pt": 10,
        "header": "Grunnavåg Arbeid AS – Årsmelding 2022", "footer": "{PAGE}",
        "organization": {"name": "Grunnavåg Arbeid AS", "founded_year": 1989,
                         "address": "Mosterhamnvegen 2, 5430 Bremnes", "phone": "53 42 17 60",
                         "email": "post@grunnavag.no", "website": "www.grunnavag.no",
                         "owners": [{"name": "Bømlo kommune", "share_percent": 85},
                                    {"name": "Stord kommune", "share_percent": 15}]},
        "ceo": "Lars Inge Tjong",
        "board": [("Marta Kristin Sæverud", "LEDE", False), ("Bjarte Olav Lygre", "NEST", False),
                  ("Aud Kristin Bakke", "MEDL", False), ("Svein Ove Hovland", "MEDL", True),
                  ("Gro Anita Sørheim", "VARA", None)],
        "not_board": ["Ragnhild Økland", "Kjell Arne Vikanes", "Ingunn Grutle", "Mette Skaar", "Rolf Sæbø",
                      "Torbjørn Hille"],
        "programs": {"VTA": 26, "AFT": 15},
        "renditions": ["docx", "pdf"],
        "items": [
            ("p", "Grunnavåg Arbeid AS", {"bold": True, "size": 22}),
            ("p", "Årsmelding 2022", {"size": 16}),
            ("tocfield", [("Om bedrifta", 2), ("Styret si årsmelding", 2), ("Avdelingane", 3),
                          ("Rekneskap", 4), ("Signering", 5)], {"title": "Innhald"}),
            ("pagebreak",),
            ("h", 1, "Om bedrifta"),
            ("txbox", ["Styreleiar\tMarta Kristin Sæverud", "Nestleiar\tBjarte Olav Lygre",
                       "Styremedlem\tAud Kristin Bakke", "Tilsettvald\tSvein Ove Hovland",
                       "Vara\tGro Anita Sørheim", "", "Dagleg leiar\tLars Inge Tjong"],
             {"title": "Styret", "tabs": 2.8, "width_pt": 215, "height_pt": 130}),
            ("p", "Grunnavåg Arbeid AS er ei arbeids- og inkluderingsbedrift i {g:Bømlo} kommune med "
                  "adresse Mosterhamnvegen 2, 5430 {g:Bremnes}. {g:Bømlo} kommune eig {p:85 %|Bømlo kommune eig} "
                  "av aksjane og {g:Stord} kommune {p:15 %|Stord kommune}. Telefon 53 42 17 60, "
                  "e-post post@grunnavag.no, www.grunnavag.no."),
            ("p", "Bedrifta vart skipa i 1989. I 2022 hadde ho 26 plassar for varig tilrettelagt arbeid (VTA) og 15 plassar i "
                  "arbeidsførebuande trening (AFT), og tek imot deltakarar frå heile {g:Sunnhordland}."),
            ("h", 1, "Styret si årsmelding"),
            ("p", "Styret har hatt 9 møte. Ragnhild Økland gjekk ut av styret ved generalforsamlinga i mai "
                  "2022, og Aud Kristin Bakke vart vald i hennar stad. Styret takkar Ragnhild for "
                  "mange års innsats."),
            ("p", "Sjukefråværet var {p:6,6 %|sjukefråværet}, av dette {p:2,1 %|korttidsfråvær} "
                  "korttidsfråvær. Leiar i arbeidsmiljøutvalet er Mette Skaar, og hovudtillitsvald er "
                  "Rolf Sæbø. Bedrifta har 16 tilsette, av dei 9 kvinner."),
            ("p", "Årsresultatet vert dekt av anna eigenkapital. Føresetnaden om vidare drift er lagt til "
                  "grunn. Revisor er Torbjørn Hille i Vestlandsrevisjon AS."),
            ("p", "Styret takkar NAV {g:Bømlo} ved Ingunn Grutle for eit godt samarbeid."),
            ("p", "Frå generalforsamlinga i juni 2023 er Kjell Arne Vikanes vald til ny styreleiar."),
            ("columns", [
                ("h", 2, "Avdelingane"),
                ("p", "Verkstad og montering", {"bold": True}),
                ("li", "Montering av fiskeutstyr for to bedrifter på {g:Rubbestadneset}"),
                ("li", "Vedlikehald av båtar og hengarar"),
                ("p", "Kantine og reinhald", {"bold": True}),
                ("li", "Kantina på {g:Svortland} serverer om lag 90 middagar i veka"),
                ("li", "Reinhald for kommunale bygg i {g:Bømlo}"),
                ("p", "AFT", {"bold": True}),
                ("li", "{p:53 %|gjekk over til arbeid eller utdanning} av dei som avslutta AFT, gjekk over "
                       "til arbeid eller utdanning"),
            ], {"sep": False}),
            ("pagebreak",),
            ("pasted", res, {"band": "Rekneskap"}),
            ("pasted", bal, {"band": "Rekneskap"}),
            ("esign", "Signering", "Dokumentet er signert digitalt med BankID. Signaturane er lagra hos "
                                   "signeringstenesta.",
             [["Sæverud, Marta Kristin", "Styreleiar", "Signert 15.03.2023 10:42"],
              ["Lygre, Bjarte Olav", "Nestleiar", "Signert 15.03.2023 12:05"],
              ["Bakke, Aud Kristin", "Styremedlem", "Signert 16.03.2023 08:19"],
              ["Hovland, Svein Ove", "Styremedlem", "Signert 15.03.2023 14:51"],
              ["Tjong, Lars Inge", "Dagleg leiar", "Signert 15.03.2023 09:30"]]),
        ],
        "notes": "Board in a text box on a left tab stop (tilsettvald marked), a member who left in May, "
                 "next year's chair named; e-signature page with 'Surname, Given names'.",
    }


def sokna_2024() -> dict:
    """A stiftelse: the board as a bullet list inside a two-column section beside the administration;
    a statement with a budget column, a merged band and spacer columns; signature lines."""
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023)]
    res = Statement("Resultatregnskap", cols, income("nb", 3, [
        ("Salgsinntekter", "", [3_118_402, 3_000_000, 2_874_611]),
        ("Tilskudd NAV", "", [4_620_300, 4_600_000, 4_388_900]),
        ("Kommunalt tilskudd", "", [350_000, 350_000, 350_000]),
    ], [
        ("Varekostnad", "", [1_004_227, 950_000, 918_405]),
        ("Lønnskostnader", "", [5_911_640, 5_850_000, 5_602_318]),
        ("Avskrivninger", "", [188_400, 190_000, 176_200]),
        ("Andre driftskostnader", "", [902_715, 880_000, 861_033]),
    ], [("Finansinntekter", "", [44_120, 30_000, 29_874])]), label_header="")
    bal_cols = [Col("31.12.2024", 2024), Col("31.12.2023", 2023)]
    bal = Statement("Balanse", bal_cols, balance("nb", 2, [
        ("Inventar og utstyr", "", [544_000, 612_400]),
    ], [
        ("Kundefordringer", "", [402_118, 366_540]),
        ("Andre fordringer", "", [88_200, 71_450]),
        ("Bankinnskudd", "", "plug"),
    ], [
        ("Grunnkapital", "", [200_000, 200_000]),
        ("Annen egenkapital", "", [2_306_322, 2_180_482]),
    ], [], [
        ("Leverandørgjeld", "", [266_904, 241_880]),
        ("Skyldige offentlige avgifter", "", [488_315, 455_207]),
        ("Annen kortsiktig gjeld", "", [318_660, 297_015]),
    ], labels={"sum_equity": "Sum egenkapital", "equity": "Egenkapital"}), label_header="")
    return {
        "name": "sokna-jobbsenter-2024", "year": 2024, "lang": "nb",
        "title": "Årsrapport 2024 Stiftelsen Sokna Jobbsenter", "font": "Liberation Sans", "body_pt": 10,
        "header": "Stiftelsen Sokna Jobbsenter – årsrapport 2024", "header_align": "right",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Stiftelsen Sokna Jobbsenter", "founded_year": 1998,
                         "address": "Stasjonsveien 14, 3534 Sokna", "email": "kontor@soknajobb.no",
                         "phone": "32 14 60 90"},
        "ceo": "Hege Mørk Ellingsen",
        "board": [("Synne Aamodt", "LEDE", False), ("Petter Haugerud", "NEST", False),
                  ("Lene Marie Kjos", "MEDL", False), ("Abdi Warsame", "MEDL", True),
                  ("Kari Helene Rud", "VARA", None)],
        "not_places": ["Ringerike Regnskap AS"],
        "not_board": ["Stein Kristiansen", "Mia Berg", "Frode Nyhus", "Anette Solberg", "Eirik Holm"],
        "programs": {"AFT": 20, "VTA": 12},
        "renditions": ["pdf"],
        "items": [
            ("p", "Årsrapport 2024", {"bold": True, "size": 24}),
            ("p", "Stiftelsen Sokna Jobbsenter · Stasjonsveien 14, 3534 {g:Sokna} · 32 14 60 90 · "
                  "kontor@soknajobb.no"),
            ("h", 1, "Om stiftelsen"),
            ("p", "Stiftelsen Sokna Jobbsenter ble opprettet i 1998 og gir arbeidstrening og tilrettelagt "
                  "arbeid til innbyggere i {g:Ringerike} og {g:Hole}. Vi har verksted og gjenbruksbutikk på "
                  "{g:Sokna} og et kontor for jobbspesialistene i {g:Hønefoss}."),
            ("p", "Stiftelsen hadde 20 plasser i arbeidsforberedende trening (AFT) og 12 plasser for varig "
                  "tilrettelagt arbeid (VTA), etter avtale med NAV {g:Buskerud}."),
            ("columns", [
                ("bh", "Styret"),
                ("li", "Synne Aamodt, styreleder"),
                ("li", "Petter Haugerud, nestleder"),
                ("li", "Lene Marie Kjos, styremedlem"),
                ("li", "Abdi Warsame, styremedlem valgt av de ansatte"),
                ("li", "Kari Helene Rud, varamedlem"),
                ("bh", "Administrasjon"),
                ("li", "Hege Mørk Ellingsen, daglig leder"),
                ("li", "Frode Nyhus, verksmester"),
                ("li", "Anette Solberg, jobbspesialist"),
            ], {"sep": True}),
            ("h", 1, "Styrets beretning"),
            ("p", "Styreleder Stein Kristiansen gikk av i mars 2024 etter åtte år, og Synne Aamodt tok over "
                  "som leder. Styret takker Stein for lang og god innsats. Styret har hatt 6 møter."),
            ("p", "Av deltakerne som avsluttet AFT i 2024 gikk {p:62 prosent|over til arbeid eller "
                  "utdanning} over til arbeid eller utdanning. Sykefraværet blant de ansatte var "
                  "{p:8,4 %|sykefraværet blant de ansatte}."),
            ("p", "Stiftelsen har 11 ansatte, 6 kvinner og 5 menn. Regnskapet føres av Ringerike Regnskap AS "
                  "ved Mia Berg, og revisor er Eirik Holm, statsautorisert revisor."),
            ("p", "Årets overskudd er overført til annen egenkapital. Styret mener forutsetningen om fortsatt "
                  "drift er til stede."),
            ("pagebreak",),
            ("pasted", res, {"band": "Beløp i hele kroner"}),
            ("pasted", bal, {"band": "Beløp i hele kroner"}),
            ("signlines", "{g:Sokna}, 20. februar 2025",
             [("Synne Aamodt", "styreleder"), ("Petter Haugerud", "nestleder"), ("Lene Marie Kjos", "styremedlem"),
              ("Abdi Warsame", "styremedlem"), ("Hege Mørk Ellingsen", "daglig leder")], {"cols": 3}),
        ],
        "notes": "Board as bullets in a two-column section beside the administration; a chair who left in "
                 "March; budget column optional; signature lines.",
    }


REPORTS = [filtvet_2019, grunnavag_2022, sokna_2024]
