"""Twenty-fourth held-out set, part B: a nynorsk vekstbedrift in Sogn og Fjordane (2015) with personal
deputies, a long 2024 report whose board is named only in prose and on an e-signature page, and the
short legal årsberetning of a small work-integration AS (2019) as the set's one scan. Organisations,
people and figures are invented; places are real and valid in the year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h3_render import Dash


def utla_2015() -> dict:
    cols = [Col("2015", 2015), Col("2014", 2014)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 2,
        inc=[("Sal av varer og tenester", "", [3_906_412, 3_711_208]),
             ("Tilskot frå NAV", "2", [7_204_550, 6_880_100]),
             ("Tilskot frå kommunane", "2", [540_000, 520_000])],
        cost=[("Varekostnad", "", [1_402_336, 1_355_019]),
              ("Løn og sosiale kostnader", "3", [8_311_904, 7_982_477]),
              ("Avskrivingar", "", [244_000, 251_500]),
              ("Andre driftskostnader", "", [1_518_207, 1_466_812])],
        fin=[("Finansinntekter", "", [38_412, 44_906]), ("Finanskostnader", "", [-12_118, -15_340])]),
        note_col="Note", thousands="\u00a0", render="unruled")
    bal = Statement("Balanse per 31.12.2015", cols, balance(
        "nn", 2,
        fixed=[("Maskiner og inventar", "", [884_300, 1_003_600])],
        current=[("Varelager", "", [212_480, 230_114]), ("Kundefordringar", "", [455_902, 401_337]),
                 ("Bankinnskot", "4", "plug")],
        equity=[("Aksjekapital", "5", [300_000, 300_000]), ("Anna eigenkapital", "5", [3_093_744, 2_892_935])],
        long=[],
        short=[("Leverandørgjeld", "", [288_611, 270_408]), ("Skuldige offentlege avgifter", "", [612_309, 588_140]),
               ("Anna kortsiktig gjeld", "", [402_118, 377_906])]),
        note_col="Note", thousands="\u00a0", render="unruled")
    board = [("Ingvild Hauge Øyri", "LEDE", False), ("Bjarte Offerdal", "NEST", False),
             ("Solveig Skjerdal", "MEDL", False), ("Arne Moen Tistel", "MEDL", True),
             ("Nils Ove Fjeldstad", "VARA", None), ("Ragnhild Bøthun", "VARA", None),
             ("Kari Anne Hæreid", "VARA", None), ("Tor Magne Wangen", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2015"),
        ("p", "Utla Produkt AS, {g:Øvre Årdal}", {"italic": True}),
        ("h", 2, "Om verksemda"),
        ("p", "Utla Produkt AS vart skipa i 1993 og er ei vekstbedrift som gjev arbeid og arbeidstrening til "
              "personar med nedsett arbeidsevne. Selskapet held til i Industrivegen 3 i {g:Øvre Årdal} og har "
              "ei avdeling i {g:Lærdal}. Aksjane er eigde av {g:Årdal kommune|Årdal} ({p:60 %|Årdal kommune}) og "
              "{g:Lærdal kommune|Lærdal} ({p:40 %|Lærdal kommune})."),
        ("p", "Frå 1. januar 2015 vart tiltaka arbeidspraksis i skjerma verksemd og kvalifisering i arbeidsmarknads"
              "bedrift slegne saman til arbeidsførebuande trening. Overgangen gjekk greitt, takka vere godt "
              "samarbeid med NAV {g:Sogn og Fjordane} og NAV-kontora i {g:Årdal} og {g:Lærdal}."),
        ("h", 2, "Tiltak og plassar"),
        ("table", [["Tiltak", "Plassar", "Deltakarar i året"],
                   ["Varig tilrettelagt arbeid (VTA)", "24", "26"],
                   ["Arbeidsførebuande trening (AFT)", "14", "37"],
                   ["Oppfølging", "", "11"]], {"ruled": True, "size": 9.5}),
        ("p", "Av dei 25 som gjekk ut av AFT i 2015, fekk 9 arbeid og 2 tok til på skule. Det gjev ein overgang "
              "til arbeid eller utdanning på {p:44 %|overgang til arbeid eller utdanning}."),
        ("p", "I varig tilrettelagt arbeid har deltakarane arbeidd med vedproduksjon, snekkarverkstad, "
              "montering av kabelkrokar for industrien og vask av arbeidstøy."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2015 vore samansett slik, med personlege varamedlemer:"),
        ("table", [["Verv", "Medlem", "Personleg varamedlem", "Vald av"],
                   ["Styreleiar", "Ingvild Hauge Øyri", "Nils Ove Fjeldstad", "Generalforsamlinga"],
                   ["Nestleiar", "Bjarte Offerdal", "Ragnhild Bøthun", "Generalforsamlinga"],
                   ["Styremedlem", "Solveig Skjerdal", "Kari Anne Hæreid", "Generalforsamlinga"],
                   ["Styremedlem", "Arne Moen Tistel", "Tor Magne Wangen", "Dei tilsette"]],
         {"ruled": True, "size": 9}),
        ("p", "Styret har hatt seks møte og handsama 38 saker. Valnemnda har vore Oddvar Hønsi og Berit Natvik."),
        ("h", 2, "Administrasjon og tilsette"),
        ("p", "Dagleg leiar er Lars Erik Næss. Ved årsskiftet hadde verksemda 9 tilsette i 8,4 årsverk. "
              "Arbeidsleiar Gunnhild Ofte har fagansvar for AFT."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Sjukefråværet var {p:4,9 prosent|sjukefråværet} i 2015, mot {p:6,3 prosent|året før} året før. "
              "Det har ikkje vore skadar eller ulukker. Av dei tilsette er fem kvinner og fire menn; styret har "
              "to kvinner og to menn."),
        ("h", 2, "Ytre miljø"),
        ("p", "Verksemda ureinar ikkje det ytre miljøet. Avfall frå verkstaden vert sortert og levert til "
              "gjenvinning."),
        ("h", 2, "Økonomi og vidare drift"),
        ("p", "Årsresultatet vart kr 200 809, som vert overført til anna eigenkapital. Styret meiner "
              "føresetnaden om vidare drift er til stades."),
        ("sign", "{g:Øvre Årdal}, 18. februar 2016",
         [("Ingvild Hauge Øyri", "styreleiar"), ("Bjarte Offerdal", "nestleiar"), ("Solveig Skjerdal", "styremedlem"),
          ("Arne Moen Tistel", "styremedlem"), ("Lars Erik Næss", "dagleg leiar")], {"cols": 3}),
        ("pagebreak",),
        ("stmt", res),
        ("stmt", bal),
    ]
    return {
        "name": "utla-produkt-2015", "year": 2015, "title": "Utla Produkt AS – Årsmelding 2015",
        "header": "Utla Produkt AS – årsmelding og rekneskap 2015", "header_align": "right",
        "organization": {"name": "Utla Produkt AS", "founded_year": 1993,
                         "owners": [{"name": "Årdal kommune", "share_percent": 60},
                                    {"name": "Lærdal kommune", "share_percent": 40}]},
        "ceo": "Lars Erik Næss",
        "board": board,
        "not_board": ["Oddvar Hønsi", "Berit Natvik", "Gunnhild Ofte"],
        "programs": {"VTA": 24, "AFT": 14},
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Nynorsk; AFT replacing APS and KIA in 2015; a ruled board table with each member's personal "
                 "deputy beside them (deputies VARA) and Vald av (employee-elected known); valnemnd and "
                 "arbeidsleiar not board; unruled statements with non-breaking-space thousands.",
    }


def haerland_2024() -> dict:
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023)]
    res = Dash("Resultatregnskap", cols, income(
        "nb", 3,
        inc=[("Salgsinntekter", "", [12_604, 12_100, 11_877]),
             ("Tilskudd fra NAV", "2", [24_118, 23_900, 22_406]),
             ("Andre driftsinntekter", "", [412, 300, 388])],
        cost=[("Varekostnad", "", [4_206, 4_000, 3_914]),
              ("Lønnskostnader", "3", [27_005, 26_800, 25_118]),
              ("Avskrivninger", "4", [1_204, 1_150, 1_102]),
              ("Andre driftskostnader", "", [4_317, 4_100, 4_206])],
        fin=[("Netto finans", "", [188, 120, 96])], labels={"net_fin": None}),
        label_header="Tall i 1 000 kr", note_col="Note", unit=1000, render="ruled")
    bcols = [Col("31.12.2024", 2024), Col("31.12.2023", 2023)]
    bal = Dash("Balanse", bcols, balance(
        "nb", 2,
        fixed=[("Bygninger", "4", [14_200, 14_860]), ("Maskiner og kjøretøy", "4", [3_106, 3_540])],
        current=[("Varer", "", [1_204, 1_118]), ("Fordringer", "", [2_611, 2_404]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [2_500, 2_500]), ("Annen egenkapital", "", [15_107, 14_517])],
        long=[("Gjeld til kredittinstitusjoner", "", [6_400, 7_000])],
        short=[("Leverandørgjeld", "", [1_608, 1_512]), ("Skyldige offentlige avgifter", "", [2_914, 2_776]),
               ("Annen kortsiktig gjeld", "", [3_106, 2_895])]),
        label_header="Tall i 1 000 kr", note_col="Note", unit=1000, render="ruled")
    board = [("Kari Anne Lund", "LEDE", None), ("Morten Skjønhaug", "NEST", None),
             ("Fatima Ahmadi", "MEDL", None), ("Geir Olav Bakkerud", "MEDL", None),
             ("Lene Sørum", "MEDL", True), ("Thomas Rød Holter", "VARA", None)]
    toc = [("Daglig leder har ordet", 3), ("Dette er Hærland Arbeid", 4), ("Våre tiltak", 5),
           ("Resultater", 6), ("Bærekraft og miljø", 7), ("Årsberetning 2024", 8), ("Årsregnskap", 9),
           ("Signaturer", 11)]
    signers = [["Lund, Kari Anne", "Styreleder", "Signert 12.03.2025 09:14:22 UTC", "BankID: 9578-5999-4-1182044"],
               ["Skjønhaug, Morten", "Nestleder", "Signert 12.03.2025 10:02:51 UTC", "BankID: 9578-5999-4-2671930"],
               ["Ahmadi, Fatima", "Styremedlem", "Signert 12.03.2025 12:40:07 UTC", "BankID: 9578-5999-4-3390127"],
               ["Bakkerud, Geir Olav", "Styremedlem", "Signert 13.03.2025 07:55:36 UTC", "BankID: 9578-5999-4-4418803"],
               ["Sørum, Lene", "Styremedlem", "Signert 13.03.2025 08:21:19 UTC", "BankID: 9578-5999-4-5520916"],
               ["Wold, Espen Andre", "Daglig leder", "Signert 12.03.2025 08:47:03 UTC", "BankID: 9578-5999-4-6604358"]]
    items = [
        ("p", "Hærland Arbeid AS", {"size": 14}),
        ("p", "Årsrapport 2024", {"bold": True, "size": 28}),
        ("p", "Vi skaper arbeid for flere i {g:Indre Østfold}", {"italic": True}),
        ("pagebreak",),
        ("toc", toc),
        ("pagebreak",),
        ("h", 1, "Daglig leder har ordet"),
        ("p", "2024 ble et år med rekordmange deltakere. Vi har tatt imot flere unge enn før, og vi ser at "
              "tett oppfølging ute hos arbeidsgiverne gir resultater. Samtidig har vi hatt stramme rammer, og "
              "prisene på innkjøp har fortsatt å stige."),
        ("p", "Takk til alle ansatte for stor innsats, og til samarbeidspartnerne våre i NAV {g:Indre Østfold} "
              "og i næringslivet. En særlig takk til Håkon Berntsen i NAV Øst-Viken, som gikk av med pensjon "
              "etter mange år som vår kontaktperson."),
        ("p", "Espen Andre Wold, daglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Dette er Hærland Arbeid"),
        ("p", "Hærland Arbeid AS ble stiftet i 1986 og er heleid av {g:Indre Østfold kommune|Indre Østfold}. Vi har "
              "avdelinger på {g:Mysen} og i {g:Askim}, og vi driver produksjon, gjenbruksbutikk, vaktmester- og "
              "renholdstjenester."),
        ("table", [["Eier", "Andel"], ["{g:Indre Østfold kommune|Indre Østfold}", "{p:100 %}"]],
         {"ruled": True, "size": 9}),
        ("p", "Besøksadresse: Smedgata 21, 1850 {g:Mysen}. E-post: post@haerland-arbeid.no. Telefon 69 89 44 00."),
        ("pagebreak",),
        ("h", 1, "Våre tiltak"),
        ("p", "Vi har avtale med NAV om 40 plasser varig tilrettelagt arbeid (VTA) og 32 plasser "
              "arbeidsforberedende trening (AFT). I tillegg gjennomfører vi oppfølging og tilbyr kurs i "
              "norsk på arbeidsplassen."),
        ("table", [["Tiltak", "2022", "2023", "2024"],
                   ["VTA, plasser", "38", "40", "40"],
                   ["AFT, plasser", "30", "32", "32"],
                   ["AFT, deltakere i året", "71", "78", "86"],
                   ["Oppfølging, deltakere", "44", "52", "61"]], {"ruled": True, "size": 9}),
        ("pagebreak",),
        ("h", 1, "Resultater"),
        ("p", "Målet er at flest mulig skal over i arbeid eller utdanning når de avslutter AFT. I 2024 gikk "
              "{p:46 %|over i arbeid eller utdanning} over i arbeid eller utdanning."),
        ("table", [["Overgang etter AFT", "2022", "2023", "2024"],
                   ["Arbeid", "{p:33 %}", "{p:35 %}", "{p:37 %}"],
                   ["Utdanning", "{p:7 %}", "{p:8 %}", "{p:9 %}"]], {"ruled": True, "size": 9}),
        ("p", "Tallene er andeler av alle som avsluttet tiltaket i året.", {"italic": True, "size": 8.5}),
        ("pagebreak",),
        ("h", 1, "Bærekraft og miljø"),
        ("p", "Hærland Arbeid er sertifisert som Miljøfyrtårn. Gjenbruksbutikken tok i mot 61 tonn møbler, "
              "klær og utstyr i 2024, og {p:72 %|solgt eller gitt videre} av dette ble solgt eller gitt videre. "
              "Vi byttet to av varebilene til elbiler."),
        ("pagebreak",),
        ("h", 1, "Årsberetning 2024"),
        ("bh", "Virksomhetens art"),
        ("p", "Selskapet er en arbeids- og inkluderingsbedrift og leverer arbeidsmarkedstiltak på oppdrag fra "
              "NAV. Virksomheten drives i {g:Indre Østfold kommune|Indre Østfold} i {g:Østfold}."),
        ("bh", "Styrets arbeid"),
        ("p", "Styret har i 2024 bestått av styreleder Kari Anne Lund, nestleder Morten Skjønhaug, "
              "styremedlemmene Fatima Ahmadi og Geir Olav Bakkerud, samt Lene Sørum, som er valgt av og blant de "
              "ansatte. Varamedlem Thomas Rød Holter har møtt på to av styrets åtte møter."),
        ("p", "Valgkomiteen, ledet av Randi Kolstad, har innstilt Nina Tangen som nytt styremedlem fra "
              "generalforsamlingen i 2025, når Geir Olav Bakkerud går ut av styret."),
        ("bh", "Fortsatt drift"),
        ("p", "Årsregnskapet er avlagt under forutsetning om fortsatt drift. Styret bekrefter at forutsetningen "
              "er til stede."),
        ("bh", "Arbeidsmiljø, likestilling og diskriminering"),
        ("p", "Selskapet hadde 41 ansatte ved utgangen av året, 22 kvinner og 19 menn. Sykefraværet var "
              "{p:7,1 %|sykefraværet var} mot {p:8,4 %|i 2023} i 2023. Det har ikke vært alvorlige skader. "
              "Selskapets redegjørelse for likestilling og aktivitetsplikt ligger på nettsidene."),
        ("bh", "Ytre miljø"),
        ("p", "Virksomheten påvirker det ytre miljø i liten grad; se kapitlet om bærekraft."),
        ("bh", "Resultat og disponering"),
        ("p", "Driftsinntektene ble 37,1 millioner kroner mot 34,7 millioner året før. Årsresultatet på "
              "590 000 kroner overføres til annen egenkapital."),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2024"}),
        ("stmt", bal, {"title": "Balanse per 31. desember"}),
        ("p", "Note 3: Lønn til daglig leder var 1 012 000 kroner. Revisors honorar var 64 000 kroner. "
              "Revisor er Moss og Omegn Revisjon AS ved statsautorisert revisor Ida Marie Sletner.",
         {"size": 9}),
        ("esign", "Signaturer", "Dette dokumentet er signert elektronisk av følgende personer:", signers),
    ]
    return {
        "name": "haerland-arbeid-2024", "year": 2024, "title": "Hærland Arbeid AS – Årsrapport 2024",
        "footer": "Hærland Arbeid AS · Årsrapport 2024 · {PAGE}", "footer_align": "right",
        "organization": {"name": "Hærland Arbeid AS", "founded_year": 1986, "address": "Smedgata 21, 1850 Mysen",
                         "email": "post@haerland-arbeid.no", "phone": "69 89 44 00",
                         "owners": [{"name": "Indre Østfold kommune", "share_percent": 100}]},
        "ceo": "Espen Andre Wold",
        "board": board,
        "not_board": ["Håkon Berntsen", "Randi Kolstad", "Nina Tangen", "Ida Marie Sletner"],
        "programs": {"VTA": 40, "AFT": 32},
        "not_places": ["NAV Øst-Viken"], "places_optional": ["Moss"],
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Long (11 pages): board only in one prose sentence (one member valgt av og blant de ansatte) "
                 "and on an e-signature page with 'Surname, Given names'; the valgkomité's proposed member and "
                 "its leader, a thanked NAV contact and the auditor not board; statements in 1 000 kr with a "
                 "budget column (optional) and en-dash negatives.",
    }


def gisundet_2019() -> dict:
    board = [("Sigrun Elisabeth Kvalvik", "LEDE", None), ("Rune Johansen Sommerseth", "MEDL", None),
             ("Anita Bergheim", "MEDL", None)]
    items = [
        ("p", "Gisundet Arbeid AS", {"bold": True, "size": 14}),
        ("p", "Org.nr. 983 614 207", {"size": 9}),
        ("bh", "Årsberetning 2019"),
        ("bh", "Virksomhetens art og hvor den drives", {"size": 10.5}),
        ("p", "Gisundet Arbeid AS er en arbeidsinkluderingsbedrift med kontor og verksted på {g:Finnsnes} i "
              "{g:Lenvik kommune|Lenvik}, {g:Troms}. Selskapet har avtale med NAV om 16 plasser varig "
              "tilrettelagt arbeid (VTA) og leverer tjenester innen vedproduksjon, vaktmester og "
              "enkel industrimontering."),
        ("bh", "Fortsatt drift", {"size": 10.5}),
        ("p", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Styret bekrefter at "
              "forutsetningen er til stede. Årets resultat ble et overskudd på kr 118 402, som overføres "
              "til annen egenkapital."),
        ("bh", "Arbeidsmiljø", {"size": 10.5}),
        ("p", "Selskapet har 5 ansatte. Sykefraværet var {p:3,2 %|sykefraværet} i 2019. Det har ikke vært "
              "skader eller ulykker. Arbeidsmiljøet anses som godt."),
        ("bh", "Likestilling", {"size": 10.5}),
        ("p", "Av de ansatte er to kvinner og tre menn. Styret består av to kvinner og en mann. Selskapet "
              "legger vekt på like muligheter uavhengig av kjønn, funksjonsevne og bakgrunn."),
        ("bh", "Ytre miljø", {"size": 10.5}),
        ("p", "Virksomheten forurenser ikke det ytre miljø i nevneverdig grad."),
        ("sign", "{g:Finnsnes}, 20. februar 2020",
         [("Sigrun Elisabeth Kvalvik", "styreleder"), ("Rune Johansen Sommerseth", "styremedlem"),
          ("Anita Bergheim", "styremedlem"), ("Jan Egil Andreassen", "daglig leder")], {"cols": 2}),
    ]
    return {
        "name": "gisundet-arbeid-2019", "year": 2019, "title": "Gisundet Arbeid AS – Årsberetning 2019",
        "font": "Liberation Serif", "body_pt": 11,
        "organization": {"name": "Gisundet Arbeid AS"},
        "ceo": "Jan Egil Andreassen",
        "board": board,
        "programs": {"VTA": 16},
        "items": items, "renditions": ["scan"],
        "scan": {"tilt": 0.6},
        "notes": "One page: the legal sections of an årsberetning; the board only in the signature block; "
                 "VTA places in a sentence; no statements.",
    }


REPORTS = [utla_2015, haerland_2024, gisundet_2019]
