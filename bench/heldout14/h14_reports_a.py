"""Reports of the fourteenth held-out set, part A: an IKS with a representantskap and an owners'
table, a free church run by its eldsteråd (a page printed by Chromium), and a frivilligsentral's
report exported from Google Docs (no heading styles, borderless tables, soft returns).

All organisations, people and figures are invented; places are real municipalities and villages.
"""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income

Y23 = [Col("2023", 2023), Col("2022", 2022)]


def line_value(lines, label: str, col: int) -> float:
    return next(line.values[col] for line in lines if line.label == label)


def kr(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


def setesdal_brann() -> dict:
    inc = [("Kommunale tilskudd fra eierne", "", [24_180_000, 22_950_000]),
           ("Salg av tjenester (feiing og tilsyn)", "", [5_412_600, 5_188_300]),
           ("Andre driftsinntekter", "", [731_450, 804_120])]
    cost = [("Lønn og sosiale kostnader", "", [21_873_900, 20_614_700]),
            ("Avskrivninger", "", [1_936_000, 1_822_000]),
            ("Drift av stasjoner og kjøretøy", "", [4_208_750, 4_477_380]),
            ("Andre driftskostnader", "", [1_902_330, 1_811_040])]
    fin = [("Renteinntekter", "", [188_420, 61_250]), ("Rentekostnader", "", [-301_880, -233_610])]
    res = income("nb", 2, inc, cost, fin)
    bal = balance("nb", 2,
                  fixed=[("Brannbiler og utstyr", "", [9_842_000, 10_514_000]),
                         ("Stasjonsbygg", "", [6_310_000, 6_575_000])],
                  current=[("Kundefordringer", "", [1_204_310, 987_640]),
                           ("Bankinnskudd", "", "plug")],
                  equity=[("Innskutt egenkapital", "", [3_000_000, 3_000_000]),
                          ("Annen egenkapital", "", [2_404_080, 2_114_470])],
                  long=[("Lån i Kommunalbanken", "", [11_250_000, 12_000_000]),
                        ("Pensjonsforpliktelser", "", [2_844_000, 2_697_000])],
                  short=[("Leverandørgjeld", "", [1_377_220, 1_602_890]),
                         ("Skyldige offentlige avgifter", "", [1_468_300, 1_392_100])])
    revenue, result = line_value(res, "Sum driftsinntekter", 0), line_value(res, "Årsresultat", 0)
    valle, bykle, bygland = "{g:Valle}", "{g:Bykle}", "{g:Bygland}"
    items = [
        ("h", 1, "Årsmelding 2023"),
        ("p", "Setesdal Brann og Redning IKS", {"bold": True, "size": 13}),
        ("p", f"Brannvern, feiing og tilsyn for {valle}, {bykle} og {bygland}", {"italic": True}),
        ("h", 2, "1. Om selskapet"),
        ("p", "Setesdal Brann og Redning IKS ble stiftet i 2006 som et interkommunalt selskap etter "
              "IKS-loven. Selskapet har ansvar for brann- og redningsberedskap, forebyggende arbeid og "
              f"feiing i de tre eierkommunene. Hovedstasjonen ligger på {{g:Rysstad}}, og det er "
              f"deltidsstasjoner på {{g:Hovden}} og i {bygland}."),
        ("h", 2, "2. Eierforhold"),
        ("p", "Eierandelene er fastsatt i selskapsavtalen § 4 og avgjør hvor stor del av tilskuddet og "
              "ansvaret for selskapets forpliktelser hver kommune har."),
        ("owners", [["Eierkommune", "Eierandel %", "Antall representanter"],
                    ["{g:Valle kommune|Valle}", "{p:41,5}", "1"],
                    ["{g:Bykle kommune|Bykle}", "{p:36,0}", "1"],
                    ["{g:Bygland kommune|Bygland}", "{p:22,5}", "1"],
                    ["Sum", "{p?:100,0}", "3"]]),
        ("h", 2, "3. Representantskapet"),
        ("p", "Representantskapet er selskapets øverste myndighet. Hver eierkommune er representert med "
              "ett medlem med personlig varamedlem, valgt av kommunestyret for fire år. Representantskapet "
              "hadde to møter i 2023 og behandlet blant annet årsbudsjett, økonomiplan og valg av styre."),
        ("table", [["Kommune", "Medlem", "Personlig varamedlem"],
                   [valle, "Jon Olav Haugland (leder)", "Torunn Kvaale"],
                   [bykle, "Gro Aslaug Flaten (nestleder)", "Tarjei Uppstad"],
                   [bygland, "Inger Lise Homme", "Knut Reiersen"]], {"ruled": True}),
        ("h", 2, "4. Styret"),
        ("p", "Styret velges av representantskapet for to år. De ansatte velger ett medlem og ett "
              "varamedlem blant de fast ansatte. Styret har hatt åtte møter og behandlet 47 saker."),
        ("table", [["Verv", "Navn", "Valgt av"],
                   ["Styreleder", "Ragnhild Tveitå", "Representantskapet"],
                   ["Nestleder", "Sigbjørn Knutsgard", "Representantskapet"],
                   ["Styremedlem", "Åse Marit Lunde", "Representantskapet"],
                   ["Styremedlem", "Eivind Bjørnarå", "De ansatte"],
                   ["Varamedlem", "Kari Sølvberg", "Representantskapet"],
                   ["Varamedlem", "Halvor Tveito", "De ansatte"]], {"ruled": False}),
        ("h", 2, "5. Administrasjon og ansatte"),
        ("p", "Daglig leder/adm. dir. er Magne Aasland Berg. Han er også brannsjef. Ved utgangen av året "
              "hadde selskapet 11 heltidsansatte og 46 deltidsbrannkonstabler. Det var 214 utrykninger i "
              "2023, mot 187 året før."),
        ("p", "Sykefraværet blant de heltidsansatte var {p:3,9 %|sykefraværet} i 2023. Det har ikke vært "
              "personskader under innsats eller øvelser. Styret består av to kvinner og to menn; blant de "
              "heltidsansatte er det to kvinner."),
        ("h", 2, "6. Økonomi"),
        ("p", f"Driftsinntektene ble kr {kr(revenue)}, og årsresultatet ble et overskudd på kr {kr(result)}. "
              "Styret foreslår at overskuddet føres mot annen egenkapital. Årsregnskapet er avlagt under "
              "forutsetning av fortsatt drift."),
        ("stmt", Statement("Resultatregnskap", Y23, res, label_header="Beløp i kr"), {"title": "Resultatregnskap 2023"}),
        ("stmt", Statement("Balanse", Y23, bal, label_header="Beløp i kr"), {"title": "Balanse per 31.12.2023"}),
        ("sign", "{g:Rysstad}, 7. mars 2024",
         [("Ragnhild Tveitå", "styreleder"), ("Sigbjørn Knutsgard", "nestleder"), ("Åse Marit Lunde", "styremedlem"),
          ("Eivind Bjørnarå", "styremedlem"), ("Magne Aasland Berg", "daglig leder/adm. dir.")]),
    ]
    return {
        "name": "setesdal-brann-iks-2023", "year": 2023, "title": "Setesdal Brann og Redning IKS årsmelding 2023",
        "organization": {"name": "Setesdal Brann og Redning IKS", "founded_year": 2006,
                         "owners": [{"name": "Valle kommune", "share_percent": 41.5},
                                    {"name": "Bykle kommune", "share_percent": 36.0},
                                    {"name": "Bygland kommune", "share_percent": 22.5}]},
        "ceo": "Magne Aasland Berg",
        "board": [("Ragnhild Tveitå", "LEDE", False), ("Sigbjørn Knutsgard", "NEST", False),
                  ("Åse Marit Lunde", "MEDL", False), ("Eivind Bjørnarå", "MEDL", True),
                  ("Kari Sølvberg", "VARA", None), ("Halvor Tveito", "VARA", None)],
        "not_board": ["Jon Olav Haugland", "Gro Aslaug Flaten", "Inger Lise Homme", "Torunn Kvaale",
                      "Tarjei Uppstad", "Knut Reiersen"],
        "items": items, "renditions": ["docx", "pdf", "doc"],
        "notes": "IKS: representantskap (one member per owner, personal deputies, leder/nestleder in "
                 "parentheses) is not the board; owners' table headed 'Eierandel %' with bare numbers; "
                 "styre in a borderless Verv/Navn/Valgt av table; CEO titled 'daglig leder/adm. dir.'.",
    }


def sarepta() -> dict:
    inc = [("Gaver og kollekter", "", [2_418_650, 2_273_900]),
           ("Offentlige tilskudd", "", [896_420, 861_300]),
           ("Utleie av lokaler", "", [142_000, 128_500]),
           ("Kafé og basarer", "", [88_310, 74_960])]
    cost = [("Lønn og sosiale kostnader", "", [2_106_780, 1_984_220]),
            ("Drift og vedlikehold av kirkebygget", "", [512_430, 604_180]),
            ("Misjon og diakoni", "", [388_000, 352_000]),
            ("Barne- og ungdomsarbeid", "", [196_540, 171_880]),
            ("Andre kostnader", "", [143_260, 131_700])]
    fin = [("Renteinntekter", "", [21_940, 9_310]), ("Rentekostnader", "", [-74_860, -61_420])]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
              "fin": "Finansposter", "result": "Årets resultat"}
    res = income("nb", 2, inc, cost, fin, labels=labels)
    cols = [Col("2024", 2024), Col("2023", 2023)]
    bal = balance("nb", 2,
                  fixed=[("Kirkebygg og tomt", "", [4_650_000, 4_780_000])],
                  current=[("Andre fordringer", "", [38_200, 41_650]), ("Bank", "", "plug")],
                  equity=[("Egenkapital", "", [3_412_760, 3_325_600])],
                  long=[("Pantelån", "", [1_540_000, 1_660_000])],
                  short=[("Skyldige feriepenger og skatt", "", [224_380, 212_540]),
                         ("Annen kortsiktig gjeld", "", [61_090, 58_310])],
                  labels={"sum_equity": None})
    items = [
        ("h", 1, "Årsmelding 2024"),
        ("p", "Sarepta Frimenighet, {g:Orkanger} – lagt fram for menighetsmøtet 16. mars 2025", {"small": True}),
        ("facts", ["Sarepta Frimenighet", "Stiftet 1931", "Medlemmer 31.12.2024: 236",
                   "Tilhørige barn under 15 år: 58", "Kirkegata 9, {g:Orkanger}"]),
        ("h", 2, "Hilsen fra forstanderen"),
        ("p", "Året som gikk ble preget av mange nye ansikter på søndagene, særlig blant unge familier. "
              "Vi har fått oppleve at huset vårt er for lite på høytidsdagene, og det er en god utfordring "
              "å ha. Takk til alle som har stilt opp – i kjøkkenet, på lyd og bilde, i søndagsskolen og "
              "i besøkstjenesten."),
        ("p", "Daniel Rokstad, pastor og forstander", {"italic": True}),
        ("h", 2, "Menighetens ledelse"),
        ("p", "Eldsterådet er menighetens styre og har ansvaret for den åndelige ledelsen og for økonomi og "
              "eiendom mellom menighetsmøtene. Eldsterådet har i 2024 bestått av Arnfinn Husby (leder), "
              "Berit Evjen (nestleder), Torstein Follo (sekretær), Grete Lian Moen og Samuel Otieno Wæraas. "
              "Varamedlem har vært Liv Karin Snøfugl. Pastor Daniel Rokstad møter fast i eldsterådet, "
              "med tale- og forslagsrett."),
        ("p", "Eldsterådet har hatt elleve møter. Ved menighetsmøtet i mars ble Grete Lian Moen gjenvalgt for "
              "tre nye år. Valgkomiteen har bestått av Ruth Aune og Per Håkon Sunde."),
        ("h", 2, "Ansatte"),
        ("grid", [("Daniel Rokstad", ["Pastor og forstander", "{p?:100 %} stilling"]),
                  ("Jonas Strand", ["Ungdomsleder", "{p?:60 %} stilling"]),
                  ("Mari Hegvik", ["Kontor og regnskap", "{p?:40 %} stilling"])], {"per_row": 3}),
        ("h", 2, "Virksomheten"),
        ("p", "Det ble holdt 49 gudstjenester med til sammen om lag 5 900 besøkende. Søndagsskolen samlet i "
              "snitt 22 barn, og tenåringsklubben 31 ungdommer på fredagskveldene. Diakoniutvalget, ledet av "
              "Ingebjørg Sæter, har hatt ansvar for besøkstjenesten og for matutdelingen før jul."),
        ("p", "Givertjenesten økte med {p:6,4 %|givertjenesten} fra året før. Menigheten sendte kr 388 000 til "
              "misjon og diakoni, som er {p:10,9 %|av inntektene} av inntektene."),
        ("h", 2, "Regnskap"),
        ("p", "Regnskapet er revidert av Berg & Vikan Revisjon AS og godkjent av eldsterådet 4. februar 2025."),
        ("stmt", Statement("Resultatregnskap", cols, res, label_header="Kroner"), {"title": "Resultatregnskap 2024"}),
        ("stmt", Statement("Balanse", cols, bal, label_header="Kroner"), {"title": "Balanse 31. desember 2024"}),
        ("sign", "{g:Orkanger}, 4. februar 2025",
         [("Arnfinn Husby", "leder av eldsterådet"), ("Berit Evjen", "nestleder"), ("Torstein Follo", "sekretær"),
          ("Grete Lian Moen", "eldste"), ("Samuel Otieno Wæraas", "eldste"), ("Daniel Rokstad", "pastor")]),
    ]
    return {
        "name": "sarepta-frimenighet-2024", "year": 2024, "title": "Sarepta Frimenighet årsmelding 2024",
        "organization": {"name": "Sarepta Frimenighet", "founded_year": 1931},
        "ceo": "Daniel Rokstad",
        "board": [("Arnfinn Husby", "LEDE", None), ("Berit Evjen", "NEST", None), ("Torstein Follo", "MEDL", None),
                  ("Grete Lian Moen", "MEDL", None), ("Samuel Otieno Wæraas", "MEDL", None),
                  ("Liv Karin Snøfugl", "VARA", None)],
        "board_optional": ["Daniel Rokstad"],
        "not_board": ["Ruth Aune", "Per Håkon Sunde", "Ingebjørg Sæter", "Jonas Strand", "Mari Hegvik"],
        "items": items, "renditions": ["chrome"], "accent": "5A3E2B", "shade": "EFE8E1",
        "notes": "Free church (trossamfunn outside Den norske kirke): the eldsteråd is the board, named in "
                 "running text with roles in parentheses; the pastor/forstander is the head and attends the "
                 "eldsteråd without a vote (optional); staff as cards; valgkomité and diakoniutvalg leader "
                 "printed, not board. HTML printed by Chromium.",
    }


def vassbygda() -> dict:
    inc = [("Statstilskudd", "", [462_000, 448_000]), ("Tilskudd fra kommunen", "", [310_000, 300_000]),
           ("Gaver og andre inntekter", "", [57_840, 43_120])]
    cost = [("Lønn og sosiale kostnader", "", [676_320, 652_880]), ("Husleie og strøm", "", [72_600, 68_250]),
            ("Aktiviteter og arrangementer", "", [54_910, 47_330]), ("Andre driftskostnader", "", [31_280, 29_760])]
    res = income("nb", 2, inc, cost, labels={"inc": None, "cost": None})
    items = [
        ("p", "Vassbygda frivilligsentral", {"bold": True, "size": 20}),
        ("p", "Årsmelding 2023", {"size": 14}),
        ("brp", ["Daglig leder", "Ingrid Sæland Hovda", "Telefon 917 30 442"]),
        ("bh", "Om frivilligsentralen", {"size": 12}),
        ("p", "Vassbygda frivilligsentral er en frittstående forening med adresse i {g:Hjelmeland} og har vært "
              "i drift siden 2011. Sentralen er en møteplass og formidler frivillig innsats mellom folk som "
              "vil hjelpe og folk som trenger en hånd. Vi samarbeider med lag og foreninger, skolen og "
              "helse- og omsorgstjenesten i kommunen."),
        ("bh", "Styret", {"size": 12}),
        ("p", "Styret er valgt av årsmøtet 22. mars 2023. Kommunen oppnevner ett av styremedlemmene. Styret har "
              "hatt seks møter i løpet av året."),
        ("brp", ["Styreleder", "Tone Bakka Vik"]),
        ("brp", ["Nestleder", "Leif Arne Sæbø"]),
        ("brp", ["Styremedlem", "Marianne Ohm"]),
        ("brp", ["Styremedlem", "Kjetil Berge Tysse"]),
        ("brp", ["Styremedlem, oppnevnt av kommunen", "Sissel Fiskå"]),
        ("brp", ["Varamedlem", "Oddvar Randeberg"]),
        ("bh", "Aktiviteter i 2023", {"size": 12}),
        ("p", "Til sammen 58 frivillige har vært i aktivitet gjennom sentralen, og de har lagt ned om lag "
              "1 900 timer. Det er {p:12 %|flere frivillige enn i 2022} flere frivillige enn i 2022."),
        ("table", [["Aktivitet", "Frivillige", "Timer"],
                   ["Handlehjelp og følgetjeneste", "15", "640"],
                   ["Språkkafé", "9", "310"],
                   ["Turgruppa på {g:Fister}", "7", "285"],
                   ["Utlånssentralen", "5", "230"],
                   ["Leksehjelp", "8", "260"],
                   ["Julemiddag for alle", "14", "175"]], {"ruled": False}),
        ("p", "Språkkafeen flyttet i høst til biblioteket og fikk flere deltakere. Turgruppa har gått fast hver "
              "tirsdag, også i regnvær."),
        ("bh", "Økonomi", {"size": 12}),
        ("p", "Sentralen er finansiert av statstilskudd og tilskudd fra {g:Hjelmeland} kommune. Årets resultat "
              "er et lite underskudd, som dekkes av egenkapitalen."),
        ("stmt", Statement("Resultatregnskap 2023", Y23, res, label_header="", render="unruled"),
         {"title": "Resultatregnskap 2023"}),
        ("p", ""),
        ("brp", ["{g:Hjelmeland}, 20. februar 2024", "", "Tone Bakka Vik", "styreleder"]),
        ("brp", ["Ingrid Sæland Hovda", "daglig leder"]),
    ]
    return {
        "name": "vassbygda-frivilligsentral-2023", "year": 2023, "title": "Vassbygda frivilligsentral årsmelding 2023",
        "organization": {"name": "Vassbygda frivilligsentral", "founded_year": 2011},
        "ceo": "Ingrid Sæland Hovda",
        "board": [("Tone Bakka Vik", "LEDE", None), ("Leif Arne Sæbø", "NEST", None), ("Marianne Ohm", "MEDL", None),
                  ("Kjetil Berge Tysse", "MEDL", None), ("Sissel Fiskå", "MEDL", None),
                  ("Oddvar Randeberg", "VARA", None)],
        "items": items, "renditions": ["docx", "pdf"], "font": "Arial", "body_pt": 11,
        "notes": "Exported from Google Docs: no heading styles (bold normal paragraphs), borderless tables, "
                 "role and name in one paragraph split by a soft return; the founded year only in running "
                 "text ('i drift siden 2011').",
    }


REPORTS = [setesdal_brann, sarepta, vassbygda]
