"""Fifty-ninth held-out set, reports 4-6: vekstbedrifter whose board is read from signatures
(2019 Ålesund, 2022 Lillestrøm in Viken, 2025 Voss in Vestland, nynorsk). Organisations, people and
figures are invented."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income
from h59_reports_a import result_of


def borgund_vekst_2019() -> dict:
    """Chromium: the board in one prose sentence and in a two-per-row signature grid (names over
    roles) where the deputy signs for an absent member; a subsidiary's leaders and the kommune's
    owner representative in the text."""
    cols = [Col("2019", 2019), Col("2018", 2018)]
    inc = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        [("Salgsinntekter", "", [12_406_880, 11_730_240]), ("Tiltaksinntekter NAV", "", [15_912_400, 15_306_900]),
         ("Andre driftsinntekter", "", [611_500, 584_300])],
        [("Varekostnad", "", [4_380_600, 4_102_450]), ("Lønnskostnad", "2", [19_766_310, 19_012_880]),
         ("Avskrivning", "3", [904_220, 866_100]), ("Annen driftskostnad", "", [3_198_740, 3_045_390])],
        [("Annen finansinntekt", "", [140_300, 118_600]), ("Annen finanskostnad", "", [-212_450, -228_900])]),
        note_col="Note", label_header="Beløp i NOK")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        [("Bygninger", "3", [11_480_000, 11_820_000]), ("Maskiner og kjøretøy", "3", [2_204_600, 2_051_300]),
         ("Aksjer i datterselskap", "", [300_000, 300_000])],
        [("Varer", "", [980_400, 912_200]), ("Kundefordringer", "", [1_806_330, 1_655_480]),
         ("Bankinnskudd, kontanter o.l.", "", "plug")],
        [("Aksjekapital", "", [2_000_000, 2_000_000]), ("Annen egenkapital", "", [8_644_210, 8_108_930])],
        [("Gjeld til kredittinstitusjoner", "4", [6_250_000, 6_700_000])],
        [("Leverandørgjeld", "", [1_120_480, 1_044_260]), ("Skyldige offentlige avgifter", "", [1_788_900, 1_702_110]),
         ("Annen kortsiktig gjeld", "", [1_655_220, 1_590_470])]),
        note_col="Note", label_header="Beløp i NOK")
    board = [("Arnt Hjelle", "LEDE", False), ("Solveig Vik Tennfjord", "NEST", False), ("Knut Emblem", "MEDL", False),
             ("Marianne Sætre", "MEDL", False), ("Per Inge Brandal", "MEDL", True), ("Eldbjørg Longva", "VARA", None)]
    items = [
        ("h", 1, "Borgund Vekst AS – årsrapport 2019"),
        ("p", "Borgund Vekst AS · Breivika Industrivei 27, 6018 {g:Ålesund} · post@borgundvekst.no · 70 17 48 00",
         {"small": True}),
        ("h", 2, "Kort om oss"),
        ("p", "Borgund Vekst AS ble stiftet i 1979 og er en arbeids- og inkluderingsbedrift i {g:Ålesund}. Vi gir "
              "tilbud til deltakere fra {g:Ålesund}, {g:Skodje}, {g:Giske} og {g:Sula}, og har 40 VTA-plasser og "
              "36 AFT-plasser."),
        ("p", "Fra 1. januar 2020 blir {g:Ålesund}, {g:Skodje}, {g:Ørskog}, {g:Haram} og {g:Sandøy} én kommune. "
              "Styret har fulgt sammenslåingen tett, fordi den nye kommunen blir vår klart største eier."),
        ("h", 2, "Resultater for deltakerne"),
        ("table", [["Tiltak", "Plasser", "Deltakere", "Overgang til jobb"],
                   ["Varig tilrettelagt arbeid (VTA)", "40", "43", "–"],
                   ["Arbeidsforberedende trening (AFT)", "36", "97", "{p:48 %}"]], {"ruled": True}),
        ("p", "Deltakerrådet har vært ledet av Sindre Aarseth, og rådet har hatt fire møter med ledelsen."),
        ("h", 2, "Datterselskap"),
        ("p", "Datterselskapet Breivika Miljøservice AS driver avfallssortering for næringslivet. Selskapet har "
              "eget styre med Gunn Remøy som styreleder, og Terje Sulebak er daglig leder."),
        ("h", 2, "Årsberetning 2019"),
        ("p", "Styret har i 2019 bestått av Arnt Hjelle (styreleder), Solveig Vik Tennfjord (nestleder), "
              "Knut Emblem, Marianne Sætre og Per Inge Brandal (ansattes representant). Varamedlem er "
              "Eldbjørg Longva. Styret har hatt sju møter og behandlet 48 saker."),
        ("p", "Aksjene eies av {g:Ålesund kommune|Ålesund} ({p:80 %|Ålesund kommune}), {g:Giske kommune|Giske} "
              "({p:10 %|Giske kommune}) og {g:Sula kommune|Sula} ({p:10 %|Sula kommune}). Kommunalsjef Bente Hove "
              "har vært {g:Ålesund kommune|Ålesund}s eierrepresentant på generalforsamlingen."),
        ("p", "Årsregnskapet er avlagt under forutsetning om fortsatt drift. Årets resultat på "
              f"{result_of(inc)} kroner overføres til annen egenkapital."),
        ("p", "Sykefraværet var {p:6,1 %|sykefraværet} mot {p:7,3 %|sykefraværet} i 2018. Det har ikke vært "
              "alvorlige skader. Bedriften har 38 ansatte, hvorav 21 kvinner. Virksomheten har liten påvirkning "
              "på det ytre miljø og er sertifisert som Miljøfyrtårn."),
        ("p", "Revisor er Sunnmøre Revisjon AS ved statsautorisert revisor Jan Olav Vatne."),
        ("siggrid", "{g:Ålesund}, 19. mars 2020",
         [("Arnt Hjelle", "Styreleder"), ("Solveig Vik Tennfjord", "Nestleder"), ("Knut Emblem", "Styremedlem"),
          ("Eldbjørg Longva", "Varamedlem, for Marianne Sætre"), ("Per Inge Brandal", "Ansattes representant"),
          ("Oddbjørn Rønneberg", "Daglig leder")],
         {"per_row": 2, "order": "name_role", "mark": "line"}),
        ("pagebreak",),
        ("stmt", inc, {"title": "Resultatregnskap 2019"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2019"}),
    ]
    return {
        "name": "borgund-vekst-2019", "year": 2019, "title": "Borgund Vekst AS årsrapport 2019",
        "organization": {"name": "Borgund Vekst AS", "founded_year": 1979,
                         "address": "Breivika Industrivei 27, 6018 Ålesund", "email": "post@borgundvekst.no",
                         "phone": "70 17 48 00",
                         "owners": [{"name": "Ålesund kommune", "share_percent": 80},
                                    {"name": "Giske kommune", "share_percent": 10},
                                    {"name": "Sula kommune", "share_percent": 10}]},
        "ceo": "Oddbjørn Rønneberg", "board": board, "board_optional": ["Oddbjørn Rønneberg"],
        "not_board": ["Sindre Aarseth", "Gunn Remøy", "Terje Sulebak", "Bente Hove", "Jan Olav Vatne"],
        "programs": {"VTA": 40, "AFT": 36}, "items": items, "renditions": ["chrome"], "accent": "7A2E1F",
        "notes": "Board in one sentence and in a two-per-row grid where the deputy signs 'for' an absent member; "
                 "the subsidiary's styreleder and daglig leder are not board.",
    }


def leirsund_arbeid_2022() -> dict:
    """Word: the board in a Verv / Navn table, a grid of blank lines with names only, and a signing
    service's page that prints "Signert av Given Surname" with role and time."""
    cols = [Col("2022", 2022), Col("2021", 2021)]
    inc = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        [("Salgsinntekt", "", [18_402_330, 16_988_410]), ("Tilskudd fra NAV", "2", [24_815_600, 23_940_200]),
         ("Annen driftsinntekt", "", [1_204_800, 1_366_700])],
        [("Varekostnad", "", [6_908_420, 6_377_150]), ("Lønnskostnad", "3", [30_114_660, 28_766_300]),
         ("Avskrivning på varige driftsmidler", "4", [1_366_900, 1_298_400]),
         ("Annen driftskostnad", "", [4_880_310, 4_702_880])],
        [("Annen renteinntekt", "", [204_600, 58_300]), ("Annen rentekostnad", "", [-318_770, -196_420])]),
        note_col="Note", label_header="Beløp i kroner")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        [("Tomter, bygninger og annen fast eiendom", "4", [14_660_000, 15_080_000]),
         ("Driftsløsøre, inventar og verktøy", "4", [3_402_300, 3_115_900])],
        [("Varer", "", [1_208_800, 1_166_300]), ("Kundefordringer", "", [2_904_550, 2_611_780]),
         ("Andre kortsiktige fordringer", "", [388_200, 402_900]), ("Bankinnskudd, kontanter og lignende", "", "plug")],
        [("Aksjekapital", "", [3_000_000, 3_000_000]), ("Annen egenkapital", "", [10_388_950, 9_351_680])],
        [("Gjeld til kredittinstitusjoner", "5", [8_400_000, 9_000_000])],
        [("Leverandørgjeld", "", [1_844_330, 1_702_600]), ("Skyldige offentlige avgifter", "", [2_960_400, 2_811_900]),
         ("Annen kortsiktig gjeld", "", [2_615_770, 2_488_140])]),
        note_col="Note", label_header="Beløp i kroner")
    board = [("Hanne Kjus", "LEDE", False), ("Morten Bråten", "NEST", False), ("Lars Erik Holter", "MEDL", False),
             ("Anita Fjeld", "MEDL", False), ("Kristoffer Rud", "MEDL", True), ("Bente Hagen", "VARA", None)]
    signer = lambda name, role, when, ref: ["Signert av", name, role, f"{when} · BankID", f"Ref. {ref}"]
    items = [
        ("h", 1, "Årsrapport 2022"),
        ("p", "Leirsund Arbeid AS er en arbeids- og inkluderingsbedrift på {g:Romerike} i {g:Viken} med "
              "hovedkontor på {g:Leirsund} i {g:Lillestrøm} og avdeling i {g:Nittedal}. Vi har 52 plasser i "
              "varig tilrettelagt arbeid (VTA) og 70 plasser i arbeidsforberedende trening (AFT)."),
        ("h", 2, "Daglig leder har ordet"),
        ("p", "Etter to år med smittevern var 2022 året da alle avdelingene var i full drift igjen. Vi takker "
              "{g:NAV Lillestrøm|Lillestrøm} og avdelingsleder Camilla Strand for et tett samarbeid, og vi takker de ansatte for "
              "stor innsats i et krevende år med høye strømpriser."),
        ("p", "Siv Anita Løken, daglig leder", {"italic": True}),
        ("h", 2, "Deltakere og resultater"),
        ("table", [["", "VTA", "AFT"], ["Plasser", "52", "70"], ["Deltakere i løpet av året", "55", "161"],
                   ["Overgang til arbeid eller utdanning", "–", "{p:46 %}"]], {"ruled": True}),
        ("h", 2, "Styret"),
        ("table", [["Verv", "Navn"], ["Styreleder", "Hanne Kjus"], ["Nestleder", "Morten Bråten"],
                   ["Styremedlem", "Lars Erik Holter"], ["Styremedlem", "Anita Fjeld"],
                   ["Ansattvalgt styremedlem", "Kristoffer Rud"], ["Varamedlem", "Bente Hagen"]],
         {"ruled": False}),
        ("p", "Per Arne Sørum, som var styreleder fra 2016, gikk ut av styret ved generalforsamlingen i mai."),
        ("h", 2, "Styrets årsberetning for 2022"),
        ("bh", "Virksomhetens art og hvor den drives"),
        ("p", "Leirsund Arbeid AS ble stiftet i 1984. Selskapet eies av {g:Lillestrøm kommune|Lillestrøm} "
              "({p:85 %|Lillestrøm kommune}) og {g:Nittedal kommune|Nittedal} ({p:15 %|Nittedal kommune}). Før "
              "kommunesammenslåingen i 2020 var {g?:Skedsmo kommune|Skedsmo} den største eieren. Kommunedirektør "
              "Ole Martin Næss representerte {g:Nittedal kommune|Nittedal} på generalforsamlingen."),
        ("bh", "Fortsatt drift"),
        ("p", f"Årsresultatet ble {result_of(inc)} kroner og overføres til annen egenkapital. Styret bekrefter at "
              "forutsetningen om fortsatt drift er til stede."),
        ("bh", "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet var {p:7,8 %|sykefraværet}, mot {p:9,4 %|sykefraværet} i 2021. Hovedverneombud er "
              "Trine Lunde. Av 54 ansatte er 30 kvinner; styret har tre kvinner og tre menn medregnet varamedlemmet."),
        ("bh", "Ytre miljø"),
        ("p", "Bedriften er Miljøfyrtårn-sertifisert og har redusert restavfallet med {p:12 %|restavfallet}."),
        ("siggrid", "{g:Lillestrøm}, 21. mars 2023",
         [("Hanne Kjus", ""), ("Morten Bråten", ""), ("Lars Erik Holter", ""), ("Anita Fjeld", ""),
          ("Kristoffer Rud", ""), ("Siv Anita Løken", "")],
         {"per_row": 3, "order": "name_role", "mark": "line"}),
        ("break",),
        ("stmt", inc, {"title": "Resultatregnskap 2022"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember 2022"}),
        ("p", "Revisor: Revisjon Øst AS, statsautorisert revisor Håkon Ree.", {"size": 8}),
        ("esignpage", {
            "service": "Navnetrekk", "title": "Signeringsbevis",
            "doc_id": "Dokumentnavn: Årsregnskap og årsberetning 2022 – Leirsund Arbeid AS · "
                      "SHA-256: 4f1c0a9e77b2d3c86e5f1a20b9d4c7e3",
            "intro": "Dokumentet er signert av alle parter med BankID. Tidspunkt er oppgitt i norsk tid.",
            "signers": [signer("Hanne Kjus", "Styreleder", "21.03.2023 kl. 14:02", "NT-88A1-2F3C"),
                        signer("Morten Bråten", "Nestleder", "21.03.2023 kl. 15:40", "NT-88A1-7B90"),
                        signer("Lars Erik Holter", "Styremedlem", "22.03.2023 kl. 08:11", "NT-88A1-C4D2"),
                        signer("Anita Fjeld", "Styremedlem", "22.03.2023 kl. 09:27", "NT-88A1-15E6"),
                        signer("Kristoffer Rud", "Styremedlem", "22.03.2023 kl. 12:55", "NT-88A1-9A0F"),
                        signer("Siv Anita Løken", "Daglig leder", "22.03.2023 kl. 13:18", "NT-88A1-E371")],
            "foot": "Navnetrekk – elektronisk signering. Signaturene er lagt inn i PDF-filen."}),
    ]
    return {
        "name": "leirsund-arbeid-2022", "year": 2022, "title": "Leirsund Arbeid AS Årsrapport 2022",
        "organization": {"name": "Leirsund Arbeid AS", "founded_year": 1984,
                         "owners": [{"name": "Lillestrøm kommune", "share_percent": 85},
                                    {"name": "Nittedal kommune", "share_percent": 15}]},
        "ceo": "Siv Anita Løken", "board": board, "board_optional": ["Siv Anita Løken"],
        "not_board": ["Camilla Strand", "Per Arne Sørum", "Ole Martin Næss", "Trine Lunde", "Håkon Ree"],
        "programs": {"VTA": 52, "AFT": 70}, "items": items, "renditions": ["docx", "pdf", "doc"],
        "footer": "Leirsund Arbeid AS – Årsrapport 2022", "footer_align": "right",
        "notes": "Board in a Verv/Navn table ('Ansattvalgt styremedlem'); names only under blank lines; the "
                 "signing page prints 'Signert av Name' with roles (the employee member only as 'Styremedlem').",
    }


def palmafoss_arbeid_2025() -> dict:
    """Nynorsk, Word: the board only in a signature grid (roles over names, two to a row) and on a
    signing service's page with "Etternamn, Førenamn"; the text names the former leiar, the
    kommune's kommunalsjef, NAV's leiar, the verneombod and the revisor."""
    cols = [Col("2025", 2025), Col("2024", 2024)]
    inc = Statement("Resultatrekneskap", cols, income(
        "nn", 2,
        [("Salsinntekter", "", [8_204_660, 7_745_120]), ("Tilskot frå NAV", "2", [11_640_300, 11_102_800]),
         ("Kommunalt tilskot", "", [900_000, 900_000])],
        [("Varekostnad", "", [2_688_300, 2_530_770]), ("Lønskostnad", "3", [14_922_180, 14_307_450]),
         ("Avskrivingar", "4", [602_400, 588_100]), ("Andre driftskostnader", "", [2_106_950, 2_044_600])],
        [("Finansinntekter", "", [166_200, 141_800]), ("Finanskostnader", "", [-88_400, -97_300])],
        labels={"sum_inc": "Sum driftsinntekter", "result": "Årsresultat"}),
        note_col="Note", label_header="Tal i heile kroner", render="unruled")
    bal = Statement("Balanse", cols, balance(
        "nn", 2,
        [("Bygningar", "4", [6_340_000, 6_580_000]), ("Maskinar og inventar", "4", [1_266_800, 1_198_500])],
        [("Varelager", "", [544_200, 512_800]), ("Kundefordringar", "", [1_102_880, 988_430]),
         ("Bankinnskot", "", "plug")],
        [("Aksjekapital", "", [600_000, 600_000]), ("Anna eigenkapital", "", [6_318_710, 5_805_880])],
        [("Pantelån", "5", [2_800_000, 3_050_000])],
        [("Leverandørgjeld", "", [588_450, 602_300]), ("Skuldige offentlege avgifter", "", [1_066_320, 1_012_740]),
         ("Anna kortsiktig gjeld", "", [944_100, 901_230])]),
        note_col="Note", label_header="Tal i heile kroner", render="unruled")
    board = [("Gunnhild Lid Rekve", "LEDE", False), ("Arve Nesheim", "NEST", False), ("Sigrid Hæve", "MEDL", False),
             ("Lars Tvilde", "MEDL", False), ("Åse Mølster", "MEDL", True)]
    signer = lambda sur, role, when, code: ["Signert av", sur, role, f"{when} (CET)", "BankID", f"Signatur-ID {code}"]
    items = [
        ("h", 1, "Årsmelding 2025"),
        ("p", "Palmafoss Arbeid AS · Palmafossvegen 9, 5705 {g:Voss} · post@palmafoss.no"),
        ("h", 2, "Om verksemda"),
        ("p", "Palmafoss Arbeid AS er ei arbeids- og inkluderingsverksemd i {g:Voss herad|Voss} i {g:Vestland}. "
              "Vi har 30 plassar i varig tilrettelagt arbeid (VTA) og 24 plassar i arbeidsførebuande trening (AFT). "
              "Deltakarane kjem frå heile {g:Voss herad|Voss}, med {g:Vossestrand} og {g:Granvin}, og frå "
              "{g:Ulvik}."),
        ("p", "Etter AFT gjekk {p:45 prosent|over i arbeid eller utdanning} av deltakarane over i arbeid eller utdanning. "
              "Vedlageret og vaskeriet hadde full drift heile året, og vi fekk ein ny kunde i {g:Bergen}."),
        ("h", 2, "Takk"),
        ("p", "Vi takkar kommunalsjef for helse og omsorg i {g:Voss herad|Voss}, Liv Rokne, og leiaren i {g:NAV Voss|Voss}, "
              "Eirik Tveito, for godt samarbeid. Johannes Dykesten gjekk ut av styret i april etter åtte år som "
              "styreleiar, og vi takkar han for innsatsen."),
        ("h", 2, "Årsmelding frå styret"),
        ("bh", "Eigarar"),
        ("p", "Aksjane er eigde av {g:Voss herad|Voss} ({p:90 %|Voss herad}) og {g:Ulvik herad|Ulvik} "
              "({p:10 %|Ulvik herad}). Selskapet vart skipa i 1988."),
        ("bh", "Resultat og vidare drift"),
        ("p", f"Årsresultatet vart {result_of(inc)} kroner og er overført til anna eigenkapital. Føresetnaden om "
              "vidare drift er til stades."),
        ("bh", "Arbeidsmiljø"),
        ("p", "Sjukefråværet var {p:6,3 prosent|sjukefråværet} mot {p:7,1 prosent|sjukefråværet} året før. "
              "Verneombod er Ingrid Seim. Det har ikkje vore skadar. Av 24 tilsette er 13 kvinner."),
        ("p", "Revisor er Hordaland Revisjon AS ved statsautorisert revisor Knut Bjørke."),
        ("siggrid", "{g:Voss}, 18. mars 2026",
         [("Gunnhild Lid Rekve", "Styreleiar"), ("Arve Nesheim", "Nestleiar"), ("Sigrid Hæve", "Styremedlem"),
          ("Lars Tvilde", "Styremedlem"), ("Åse Mølster", "Tilsettrepresentant"), ("Torbjørn Gjelle", "Dagleg leiar")],
         {"per_row": 2, "order": "role_name", "mark": "blank"}),
        ("break",),
        ("stmt", inc, {"title": "Resultatrekneskap 2025"}),
        ("stmt", bal, {"title": "Balanse 31.12.2025"}),
        ("esignpage", {
            "service": "Segl", "title": "Signaturar",
            "doc_id": "Dokument: Årsmelding og rekneskap 2025 · Referanse 5705-2025-0318-7c4e",
            "intro": "Dette dokumentet er signert elektronisk. Signaturane er juridisk bindande.",
            "signers": [signer("Rekve, Gunnhild Lid", "Styreleiar", "18.03.2026 09:12", "c19e4a"),
                        signer("Nesheim, Arve", "Nestleiar", "18.03.2026 10:47", "77f0d2"),
                        signer("Hæve, Sigrid", "Styremedlem", "18.03.2026 16:03", "e4b613"),
                        signer("Tvilde, Lars", "Styremedlem", "19.03.2026 07:55", "0a9c58"),
                        signer("Mølster, Åse", "Styremedlem", "19.03.2026 11:20", "b25d71"),
                        signer("Gjelle, Torbjørn", "Dagleg leiar", "19.03.2026 12:02", "6e38fa")],
            "foot": "Segl – sikker signering med BankID"}),
    ]
    return {
        "name": "palmafoss-arbeid-2025", "year": 2025, "title": "Palmafoss Arbeid AS Årsmelding 2025",
        "organization": {"name": "Palmafoss Arbeid AS", "founded_year": 1988, "address": "Palmafossvegen 9, 5705 Voss",
                         "email": "post@palmafoss.no",
                         "owners": [{"name": "Voss herad", "share_percent": 90},
                                    {"name": "Ulvik herad", "share_percent": 10}]},
        "ceo": "Torbjørn Gjelle", "board": board, "board_optional": ["Torbjørn Gjelle"],
        "not_board": ["Liv Rokne", "Eirik Tveito", "Johannes Dykesten", "Ingrid Seim", "Knut Bjørke"],
        "programs": {"VTA": 30, "AFT": 24}, "items": items, "renditions": ["docx", "pdf"],
        "header": "Palmafoss Arbeid AS – Årsmelding 2025",
        "notes": "Nynorsk; board only in a grid (roles over names, two per row, blank space) and on a signing page "
                 "with 'Etternamn, Førenamn'; 'Tilsettrepresentant' is employee-elected.",
    }


REPORTS = [borgund_vekst_2019, leirsund_arbeid_2022, palmafoss_arbeid_2025]
