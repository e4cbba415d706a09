"""Reports of the seventeenth held-out set (1/2): an English-language annual report of a tech
spin-off AS, a national association (landslag) with regional branches, and a company whose board
changed at an extraordinary general meeting. All organisations, people and figures are invented."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income

EN_LABELS = {
    "inc": "Operating income", "sum_inc": "Total operating income", "cost": "Operating expenses",
    "sum_cost": "Total operating expenses", "op": "Operating profit/(loss)",
    "fin": "Financial income and expenses", "net_fin": "Net financial items",
    "result": "Profit/(loss) for the year",
    "assets": "Assets", "fixed": "Non-current assets", "sum_fixed": "Total non-current assets",
    "current": "Current assets", "sum_current": "Total current assets", "sum_assets": "Total assets",
    "eq_debt": "Equity and liabilities", "equity": "Equity", "sum_equity": "Total equity",
    "debt": "Liabilities", "long": "Non-current liabilities", "short": "Current liabilities",
    "sum_debt": "Total liabilities", "sum_eq_debt": "Total equity and liabilities",
}


def fjordvind():
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = income("nb", 2,
                 [("Sales revenue", "2", [14_382, 9_815]), ("Public grants", "3", [2_140, 2_960])],
                 [("Cost of materials", "", [4_907, 3_544]), ("Payroll expenses", "4", [9_634, 7_812]),
                  ("Depreciation", "5", [812, 655]), ("Other operating expenses", "", [2_011, 1_874])],
                 fin=[("Financial income", "", [96, 41]), ("Financial expenses", "", [-212, -188])],
                 labels=EN_LABELS)
    bal = balance("nb", 2,
                  [("Capitalised development", "5", [3_420, 2_880]), ("Equipment", "5", [1_265, 1_402])],
                  [("Inventory", "", [1_930, 1_410]), ("Trade receivables", "", [2_844, 1_976]),
                   ("Cash and bank deposits", "", "plug")],
                  [("Share capital", "6", [1_250, 1_150]), ("Share premium", "", [9_400, 7_100]),
                   ("Other equity", "", [-3_215, -2_257])],
                  [("Innovation loan", "7", [2_000, 2_500])],
                  [("Trade payables", "", [1_711, 1_288]), ("Public duties payable", "", [905, 762]),
                   ("Other current liabilities", "", [1_388, 1_125])],
                  labels=EN_LABELS)
    common = dict(unit=1000, negative="paren", note_col="Note", label_header="NOK 1 000")
    board = [("Ingrid Halvorsen Moe", "LEDE", False), ("Torbjørn Skaar", "NEST", False),
             ("Yasmin Dahl-Ekren", "MEDL", False), ("Petter Vik Lunde", "MEDL", True),
             ("Sunniva Rød Aksnes", "VARA", None)]
    return {
        "name": "fjordvind-sensor-2023", "year": 2023, "lang": "en", "html_lang": "en",
        "title": "Fjordvind Sensorteknikk AS – Annual Report 2023",
        "font": "Liberation Sans", "heading_colour": "0B4F6C",
        "footer": "Fjordvind Sensorteknikk AS · Annual Report 2023 · page {PAGE}",
        "organization": {"name": "Fjordvind Sensorteknikk AS", "founded_year": 2017,
                         "address": "Sandviksboder 21, 5035 Bergen", "email": "hello@fjordvind.no",
                         "website": "www.fjordvind.no",
                         "owners": [{"name": "Holm Invest AS", "share_percent": 38.0},
                                    {"name": "VestTech Seed II AS", "share_percent": 31.5},
                                    {"name": "Kunnskapsbro Vest AS", "share_percent": 18.5},
                                    {"name": "Lunde Havteknikk AS", "share_percent": 12.0}]},
        "ceo": "Martin Aasgaard Holm",
        "board": board,
        "not_board": ["Linnea Bråten", "Hanne Lysø"],
        "places_optional": ["Norge"],
        "items": [
            ("h", 1, "Annual Report 2023"),
            ("p", "Fjordvind Sensorteknikk AS · Org. no. 921 448 307 · Sandviksboder 21, 5035 {g:Bergen}, {g:Norway} · "
                  "hello@fjordvind.no · www.fjordvind.no"),
            ("h", 2, "Board of Directors' report"),
            ("h", 3, "Nature of the business"),
            ("p", "Fjordvind Sensorteknikk AS was founded in 2017 to commercialise research on low-power "
                  "underwater acoustics. The company designs and sells hydrophone buoys that let fish farmers "
                  "and port operators listen for leaks, vessels and marine mammals. Its head office and "
                  "workshop are in {g:Bergen}, and two service engineers are based in {g:Ålesund}."),
            ("p", "In 2023 the company delivered 61 buoys, against 38 the year before. The first export order "
                  "went to a salmon farmer in {g:Chile}, and a pilot with a harbour authority in "
                  "{g:Scotland} started in October."),
            ("h", 3, "Going concern"),
            ("p", "The financial statements have been prepared on the assumption that the company is a going "
                  "concern. The Board of Directors confirms that this assumption is realistic. A share issue "
                  "of NOK 2.4 million was completed in June 2023."),
            ("h", 3, "Financial review"),
            ("p", "Total operating income was NOK 16.5 million, up from NOK 12.8 million in 2022. Sales "
                  "revenue grew by {p:47 %|sales revenue grew}, while public grants fell as one research "
                  "project ended. The operating loss was NOK 0.8 million and the loss for the year NOK 1.0 "
                  "million, which is covered by other equity. At year end the equity ratio was "
                  "{p:55.3 %|equity ratio}."),
            ("h", 3, "Working environment and equality"),
            ("p", "The company had 14 employees at the end of the year, six of them women "
                  "({p:43 %|six of them women}). Sick leave was {p:1.9 %|sick leave}, against "
                  "{p:2.6 %|sick leave} in 2022. No injuries were reported. The Board of Directors "
                  "consists of two women and two men besides the deputy member."),
            ("h", 3, "Ownership"),
            ("table", [["Shareholder", "Shares", "Ownership"],
                       ["Holm Invest AS", "475 000", "{p:38.0 %}"],
                       ["VestTech Seed II AS", "393 750", "{p:31.5 %}"],
                       ["Kunnskapsbro Vest AS", "231 250", "{p:18.5 %}"],
                       ["Lunde Havteknikk AS", "150 000", "{p:12.0 %}"],
                       ["Total", "1 250 000", "{p?:100.0 %}"]], {"ruled": True}),
            ("h", 3, "Board of Directors and management"),
            ("table", [["Name", "Position", "Elected by"],
                       ["Ingrid Halvorsen Moe", "Chair", "General meeting"],
                       ["Torbjørn Skaar", "Deputy Chair", "General meeting"],
                       ["Yasmin Dahl-Ekren", "Board member", "General meeting"],
                       ["Petter Vik Lunde", "Employee representative", "The employees"],
                       ["Sunniva Rød Aksnes", "Deputy member", "General meeting"]], {"ruled": False}),
            ("p", "Martin Aasgaard Holm has been CEO since the company was founded. Linnea Bråten joined as "
                  "Chief Technology Officer in March. The scientific advisory board, chaired by Professor "
                  "Hanne Lysø, met twice and advises management; it has no decision-making powers."),
            ("h", 3, "Outlook"),
            ("p", "The order book at the start of 2024 is NOK 9.1 million. The Board of Directors expects "
                  "growth to continue and the company to reach a positive operating result in 2025."),
            ("sign", "{g:Bergen}, {g:Norway}, 12 March 2024",
             [("Ingrid Halvorsen Moe", "Chair"), ("Torbjørn Skaar", "Deputy Chair"),
              ("Yasmin Dahl-Ekren", "Board member"), ("Petter Vik Lunde", "Employee representative"),
              ("Martin Aasgaard Holm", "CEO")], {"cols": 3}),
            ("pagebreak",),
            ("stmt", Statement("Income statement", cols, inc, **common)),
            ("stmt", Statement("Balance sheet at 31 December", cols, bal, **common)),
        ],
        "renditions": ["docx", "pdf"],
        "notes": "English-language report of a Norwegian AS: Chair / Deputy Chair / Employee representative, "
                 "statements in NOK 1 000 with a Note column and negatives in parentheses; CTO and the "
                 "advisory board's chair are not board.",
    }


def torrmurlag():
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = income("nb", 2,
                 [("Medlemskontingent", "", [486_200, 451_900]), ("Offentlige tilskudd", "2", [1_240_000, 1_180_000]),
                  ("Kursinntekter", "", [618_450, 540_300]), ("Salg av bøker og verktøy", "", [92_730, 104_115])],
                 [("Lønn og sosiale kostnader", "3", [1_512_640, 1_398_220]),
                  ("Regionlagenes andel av kontingent", "", [145_860, 135_570]),
                  ("Kurs og samlinger", "", [487_310, 402_880]), ("Landsmøte", "", [88_400, 0]),
                  ("Andre driftskostnader", "", [211_905, 188_640])],
                 fin=[("Renteinntekter", "", [21_380, 6_910])])
    bal = balance("nb", 2, [],
                  [("Varelager", "", [64_000, 71_500]), ("Kundefordringer", "", [48_220, 37_910]),
                   ("Bankinnskudd", "", "plug")],
                  [("Opptjent egenkapital", "", [912_395, 899_750])], [],
                  [("Leverandørgjeld", "", [74_310, 61_080]), ("Skyldige offentlige avgifter", "", [96_540, 88_905]),
                   ("Annen kortsiktig gjeld", "", [118_000, 102_400])])
    board = [("Oddvar Stensrud", "LEDE", False), ("Marte Sandvold Haugen", "NEST", False),
             ("Kjetil Brekkan", "MEDL", False), ("Ragnhild Aune", "MEDL", False), ("Eirik Tveit", "MEDL", False),
             ("Tone Ekornrud", "MEDL", True), ("Solfrid Myrvang", "VARA", None), ("Håvard Lien", "VARA", None)]
    return {
        "name": "norsk-torrmurlag-2023", "year": 2023,
        "title": "Norsk Tørrmurlag – Årsmelding 2023",
        "font": "Liberation Serif", "heading_colour": "5A3E1B",
        "header": "Norsk Tørrmurlag · Årsmelding 2023",
        "organization": {"name": "Norsk Tørrmurlag", "founded_year": 1994,
                         "address": "Strandgata 51, 2317 Hamar", "email": "post@torrmurlaget.no",
                         "website": "www.torrmurlaget.no"},
        "ceo": "Aslaug Fjeldberg",
        "board": board,
        "not_board": ["Gunnar Hovland", "Elin Sørbø", "Arve Nystuen", "Karin Myhre Bakke", "Leif Arne Jåsund",
                      "Jostein Uv", "Berit Sæther", "Even Grøtta"],
        "items": [
            ("h", 1, "Årsmelding 2023"),
            ("p", "Norsk Tørrmurlag er en landsomfattende forening for alle som bygger, tar vare på og lærer bort "
                  "tørrmuring. Laget ble stiftet i 1994 og har sekretariat i Strandgata 51, 2317 {g:Hamar}. E-post: post@torrmurlaget.no, "
                  "nettside: www.torrmurlaget.no."),
            ("h", 2, "Organisasjon"),
            ("p", "Landsmøtet er lagets øverste organ og holdes annethvert år. Mellom landsmøtene ledes laget av "
                  "styret. Generalsekretær Aslaug Fjeldberg leder sekretariatet og er lagets daglige leder. "
                  "Sekretariatet hadde ved årsskiftet tre ansatte i til sammen 2,6 årsverk, blant dem rådgiver "
                  "Even Grøtta."),
            ("p", "Medlemmene er organisert i fem regionlag. Regionlagene har egne styrer valgt på sine årsmøter, "
                  "og regionlederne møtes i regionlederforum to ganger i året."),
            ("table", [["Regionlag", "Leder", "Medlemmer 31.12."],
                       ["Tørrmurlaget {g:Vestland}", "Gunnar Hovland", "214"],
                       ["Tørrmurlaget {g:Rogaland}", "Elin Sørbø", "131"],
                       ["Tørrmurlaget {g:Innlandet}", "Arve Nystuen", "287"],
                       ["Tørrmurlaget {g:Trøndelag}", "Karin Myhre Bakke", "96"],
                       ["Tørrmurlaget Nord ({g:Nordland} og {g:Troms})", "Leif Arne Jåsund", "58"]],
             {"ruled": True}),
            ("h", 2, "Landsmøtet og styret"),
            ("p", "Landsmøtet ble holdt på {g:Lillehammer} 10. juni 2023 med 64 delegater. Jostein Uv, som hadde "
                  "ledet laget siden 2017, tok ikke gjenvalg og ble takket for innsatsen. Landsmøtet valgte dette "
                  "styret for perioden 2023–2025:"),
            ("table", [["Verv", "Navn", "Bosted"],
                       ["Leder", "Oddvar Stensrud", "{g:Ringebu}"],
                       ["Nestleder", "Marte Sandvold Haugen", "{g:Voss}"],
                       ["Styremedlem", "Kjetil Brekkan", "{g:Sauda}"],
                       ["Styremedlem", "Ragnhild Aune", "{g:Oppdal}"],
                       ["Styremedlem", "Eirik Tveit", "{g:Vinje}"],
                       ["1. varamedlem", "Solfrid Myrvang", "{g:Bodø}"],
                       ["2. varamedlem", "Håvard Lien", "{g:Gjøvik}"]], {"ruled": False}),
            ("p", "I tillegg har de ansatte valgt Tone Ekornrud som sin representant i styret, med fulle "
                  "rettigheter. Generalsekretæren er styrets sekretær. Valgkomiteen har vært ledet av Berit Sæther."),
            ("p", "Styret har hatt sju møter, fire av dem digitalt, og behandlet 58 saker."),
            ("h", 2, "Medlemmer og aktivitet"),
            ("p", "Laget hadde 786 medlemmer ved utgangen av året, en økning på {p:6,2 %|en økning på} "
                  "fra året før. Det ble holdt 23 grunnkurs og fem videregående kurs i tørrmuring, med til sammen "
                  "311 deltakere. Kursene i {g:Innlandet} og {g:Vestland} var fulltegnet."),
            ("p", "Sykefraværet i sekretariatet var {p:3,4 prosent|sykefraværet}. Styret består av fire menn og tre "
                  "kvinner, og kvinneandelen blant kursdeltakerne var {p:39 %|kvinneandelen blant kursdeltakerne}."),
            ("h", 2, "Økonomi"),
            ("p", "Årsresultatet ble 12 645 kroner. Styret foreslår at overskuddet overføres til opptjent "
                  "egenkapital. Regnskapet er avlagt etter forutsetningen om fortsatt drift."),
            ("stmt", Statement("Resultatregnskap", cols, inc, label_header="Beløp i kroner", note_col="Note")),
            ("stmt", Statement("Balanse per 31. desember", cols, bal, label_header="Beløp i kroner")),
            ("sign", "{g:Hamar}, 14. februar 2024",
             [("Oddvar Stensrud", "leder"), ("Marte Sandvold Haugen", "nestleder"), ("Kjetil Brekkan", "styremedlem"),
              ("Ragnhild Aune", "styremedlem"), ("Eirik Tveit", "styremedlem"), ("Tone Ekornrud", "ansattes representant"),
              ("Aslaug Fjeldberg", "generalsekretær")], {"cols": 3}),
        ],
        "renditions": ["doc", "pdf"],
        "notes": "Landslag: regional branch leaders in a table (not board); board elected at landsmøtet plus an "
                 "employee representative; generalsekretær is the head; the former leader, the valgkomité "
                 "leader and a rådgiver are printed, not board.",
    }


def furumo():
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = income("nb", 2,
                 [("Leieinntekter", "", [1_846_300, 1_702_950]), ("Driftstilskudd fra kommunen", "", [650_000, 600_000]),
                  ("Andre inntekter", "", [118_420, 96_780])],
                 [("Lønnskostnader", "2", [712_880, 668_410]), ("Avskrivninger", "3", [540_000, 540_000]),
                  ("Energi", "", [486_215, 611_330]), ("Vedlikehold", "", [301_760, 184_925]),
                  ("Andre driftskostnader", "", [297_145, 262_870])],
                 fin=[("Finansinntekter", "", [14_960, 3_205]), ("Finanskostnader", "", [-218_440, -151_690])])
    bal = balance("nb", 2,
                  [("Bygninger", "3", [10_260_000, 10_800_000])],
                  [("Kundefordringer", "", [96_330, 121_040]), ("Bankinnskudd", "", "plug")],
                  [("Aksjekapital", "", [2_000_000, 2_000_000]), ("Annen egenkapital", "", [1_917_540, 1_844_300])],
                  [("Pantelån", "4", [6_400_000, 6_800_000])],
                  [("Leverandørgjeld", "", [142_880, 188_210]), ("Annen kortsiktig gjeld", "", [261_905, 243_560])])
    board = [("Gro Malene Fossum", "LEDE", None), ("Kari Anne Tollefsrud", "NEST", None),
             ("Liv Hermansen", "MEDL", None), ("Steinar Bekkevold", "MEDL", None), ("Ola Mathias Tangen", "VARA", None)]
    return {
        "name": "furumo-idrettshall-2023", "year": 2023,
        "title": "Furumo Idrettshall AS – Årsberetning 2023",
        "font": "Liberation Sans",
        "organization": {"name": "Furumo Idrettshall AS", "founded_year": 2009,
                         "address": "Furumovegen 4, 2100 Skarnes",
                         "owners": [{"name": "Skarnes Idrettslag", "share_percent": 60.0},
                                    {"name": "Sør-Odal kommune", "share_percent": 40.0}]},
        "ceo": "Anders Kvisler",
        "board": board,
        "not_board": ["Jan Erik Smedsrud", "Rolf Bøhmer", "Trine Søgård"],
        "items": [
            ("h", 1, "Årsberetning 2023"),
            ("p", "Furumo Idrettshall AS · org.nr. 994 203 518", {"size": 9}),
            ("h", 2, "Virksomhetens art og hvor den drives"),
            ("p", "Selskapet ble stiftet i 2009 og eier og driver Furumohallen, en flerbrukshall med to "
                  "håndballflater og klatrevegg på {g:Skarnes} i {g:Sør-Odal kommune|Sør-Odal}. Hallen leies ut "
                  "til idrettslag, skoler og private. Forretningsadressen er Furumovegen 4, 2100 {g:Skarnes}."),
            ("p", "Aksjene eies av {g:Skarnes} Idrettslag ({p:60 %|Idrettslag}) og {g:Sør-Odal kommune|Sør-Odal} "
                  "({p:40 %|kommune})."),
            ("h", 2, "Styrets sammensetning"),
            ("p", "Etter uenighet om finansieringen av ny ventilasjon trakk styreleder og ett styremedlem seg "
                  "i august. Eierne kalte inn til ekstraordinær generalforsamling, som ble holdt 12. oktober "
                  "2023 og valgte ny styreleder, nytt styremedlem og ny varamedlem. Styret har derfor hatt to "
                  "sammensetninger i løpet av året:"),
            ("bh", "Fra ordinær generalforsamling 25. april 2023 til 12. oktober 2023", {"size": 10}),
            ("table", [["Styreleder", "Jan Erik Smedsrud"], ["Nestleder", "Kari Anne Tollefsrud"],
                       ["Styremedlem", "Rolf Bøhmer"], ["Styremedlem", "Liv Hermansen"],
                       ["Varamedlem", "Trine Søgård"]], {"ruled": False, "header_bold": False}),
            ("bh", "Fra ekstraordinær generalforsamling 12. oktober 2023", {"size": 10}),
            ("table", [["Styreleder", "Gro Malene Fossum"], ["Nestleder", "Kari Anne Tollefsrud"],
                       ["Styremedlem", "Liv Hermansen"], ["Styremedlem", "Steinar Bekkevold"],
                       ["Varamedlem", "Ola Mathias Tangen"]], {"ruled": False, "header_bold": False}),
            ("p", "Styret har hatt ni møter, tre av dem etter den ekstraordinære generalforsamlingen."),
            ("h", 2, "Drift og utleie"),
            ("p", "Hallen var utleid {p:87 %|Hallen var utleid} av tilgjengelige timer på hverdager, mot "
                  "{p:81 %|året før} året før. Klubber fra {g:Kongsvinger} og {g:Nord-Odal} leide "
                  "hallen til seriekamper i vintersesongen."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Selskapet har én ansatt, daglig leder Anders Kvisler, i full stilling. Det har ikke vært "
                  "skader eller ulykker. Sykefraværet var lavt. Det nye styret har tre kvinner og én mann."),
            ("h", 2, "Økonomi og fortsatt drift"),
            ("p", "Driftsinntektene ble 2 614 720 kroner. Årsresultatet ble 73 240 kroner, som overføres til annen "
                  "egenkapital. Forutsetningen om fortsatt drift er lagt til grunn."),
            ("stmt", Statement("Resultatregnskap", cols, inc, note_col="Note")),
            ("stmt", Statement("Balanse per 31.12.", cols, bal, note_col="Note")),
            ("sign", "{g:Skarnes}, 4. mars 2024",
             [("Gro Malene Fossum", "styreleder"), ("Kari Anne Tollefsrud", "nestleder"),
              ("Liv Hermansen", "styremedlem"), ("Steinar Bekkevold", "styremedlem"),
              ("Anders Kvisler", "daglig leder")], {"cols": 3}),
        ],
        "renditions": ["docx", "scan"],
        "notes": "Board changed at an extraordinary general meeting 12 October: both compositions printed as "
                 "dated tables; gold is the board at year end; the chair, member and deputy who left are "
                 "printed, not board.",
    }


REPORTS = [fjordvind, torrmurlag, furumo]
