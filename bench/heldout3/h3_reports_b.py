"""Third held-out set, reports 4-6: a vekstbedrift in Vest-Telemark in 2019 (two-column text), an
inter-municipal outdoor recreation council in 2020 (portrait captions) and a business incubator in
2024 (board changed mid-year, e-signature page). Organisations, people and figures are invented.
"""
from __future__ import annotations

from h3_reports_a import value
from heldout_finance import BUDGET, Col, Statement, balance, income


def pct(x: float, decimals: int = 1) -> str:
    return f"{x:.{decimals}f}".replace(".", ",")


# ---------------------------------------------------------------------------------------------
# 4. A vekstbedrift in Seljord, 2019: nynorsk, the whole text in two columns, VTA/VTO/AFT,
#    an observer for the participants, a long statement with a budget column


def hamaren_2019() -> dict:
    cols = [Col("Rekneskap 2019", 2019), Col("Budsjett 2019", 2019, BUDGET), Col("Rekneskap 2018", 2018)]
    inc = income("nn", 3, [
        ("Sal av varer og tenester", "", [6_884_215, 6_700_000, 6_412_930]),
        ("Tilskot VTA frå NAV", "2", [3_612_480, 3_600_000, 3_498_720]),
        ("Tilskot VTO frå NAV", "2", [611_520, 610_000, 588_300]),
        ("Inntekter AFT", "2", [2_938_400, 2_900_000, 3_102_650]),
        ("Kommunalt tilskot VTA", "2", [565_000, 565_000, 550_000]),
        ("Andre driftsinntekter", "", [104_385, 75_000, 96_420]),
    ], [
        ("Varekostnad", "", [2_102_664, 2_050_000, 1_968_310]),
        ("Lønn til arbeidstakarar på VTA", "3", [2_240_118, 2_200_000, 2_156_240]),
        ("Lønn tilsette og deltakarar, sosiale kostnader", "3", [7_012_560, 6_900_000, 6_880_115]),
        ("Avskrivingar", "4", [418_200, 420_000, 402_600]),
        ("Husleige og straum", "", [862_440, 850_000, 841_200]),
        ("Bilar og transport", "", [411_870, 380_000, 392_640]),
        ("Andre driftskostnader", "", [901_376, 980_000, 954_011]),
    ], fin=[
        ("Finansinntekter", "", [46_912, 30_000, 38_470]),
        ("Finanskostnader", "", [-38_120, -40_000, -44_380]),
    ])
    result_st = Statement("Resultatrekneskap", cols, inc, note_col="Note", render="ruled",
                          label_header="Beløp i kroner")
    bcols = [Col("31.12.2019", 2019), Col("31.12.2018", 2018)]
    bal = balance("nn", 2, fixed=[
        ("Maskiner og inventar", "4", [1_284_600, 1_402_800]),
        ("Køyretøy", "4", [512_000, 611_400]),
    ], current=[
        ("Varelager", "", [418_220, 396_510]),
        ("Kundefordringar", "", [1_102_348, 984_220]),
        ("Andre fordringar", "", [214_110, 188_640]),
        ("Bankinnskot", "", "plug"),
    ], equity=[
        ("Aksjekapital", "5", [600_000, 600_000]),
        ("Anna eigenkapital", "5", [4_512_840, 3_737_276]),
    ], long=[("Lån", "6", [820_000, 940_000])],
       short=[("Leverandørgjeld", "", [512_300, 488_910]),
              ("Skuldige offentlege avgifter", "", [688_415, 641_230]),
              ("Anna kortsiktig gjeld", "", [934_870, 872_110])])
    balance_st = Statement("Balanse", bcols, bal, note_col="Note", render="ruled", label_header="Beløp i kroner")
    revenue = value(result_st, "Sum driftsinntekter")
    board = [
        ("Ingebjørg Heggtveit", "LEDE", False), ("Tarjei Flatland", "NEST", False),
        ("Gunvor Aasland", "MEDL", False), ("Halvor Nordbø", "MEDL", False),
        ("Ragnhild Lunde", "MEDL", True), ("Sigrid Kåsa", "OBS", None),
        ("Nils Aslak Øygarden", "VARA", None),
    ]
    body = [
        ("h", 2, "Dette er Hamaren Vekst"),
        ("p", "Hamaren Vekst AS er ei arbeids- og inkluderingsbedrift i {g:Vest-Telemark} med hovudkontor i "
              "{g:Seljord} og ei avdeling på {g?:Dalen} i {g:Tokke}. Selskapet vart stifta i 1989. Aksjane "
              "er eigde av {g:Seljord kommune|Seljord} ({p:40 %|Seljord kommune}), {g:Kviteseid kommune|"
              "Kviteseid} ({p:35 %|Kviteseid kommune}) og {g:Tokke kommune|Tokke} ({p:25 %|Tokke kommune})."),
        ("p", "Bedrifta driv vedproduksjon, snikkarverkstad, kantine og vaskeri, og tek oppdrag for "
              "hytteeigarar og næringsliv i heile regionen."),
        ("h", 2, "Tiltaksplassar"),
        ("p", "Ved utgangen av 2019 hadde bedrifta 21 godkjende plassar i varig tilrettelagt arbeid (VTA) "
              "og 6 plassar i varig tilrettelagt arbeid i ordinær verksemd (VTO). Avtalen med NAV om "
              "arbeidsførebuande trening (AFT) gjeld 14 plassar. I løpet av året hadde 47 personar AFT, og "
              "{p:38 prosent|gjekk over til arbeid eller utdanning} av dei som avslutta, gjekk over til "
              "arbeid eller utdanning."),
        ("h", 2, "Tilsette og arbeidsmiljø"),
        ("p", "Bedrifta hadde 13 tilsette ved utgangen av året, til saman 11,6 årsverk. Tre av dei "
              "tilsette har {p:80 prosent|80 prosent stilling} stilling. Sjukefråværet var {p:6,8 prosent|"
              "Sjukefråværet} for dei tilsette, mot {p:4,9 prosent|i 2018} i 2018. Det har ikkje vore "
              "skadar som har ført til fråvær."),
        ("p", "Av dei tilsette er sju kvinner og seks menn. I styret sit tre kvinner og to menn."),
        ("h", 2, "Styret"),
        ("p", "Styret har hatt sju møte og handsama 52 saker. Styret var ved utgangen av året samansett slik:"),
        ("table", [
            ["Namn", "Verv", "Vald av"],
            ["Ingebjørg Heggtveit", "Styreleiar", "Eigarane"],
            ["Tarjei Flatland", "Nestleiar", "Eigarane"],
            ["Gunvor Aasland", "Styremedlem", "Eigarane"],
            ["Halvor Nordbø", "Styremedlem", "Eigarane"],
            ["Ragnhild Lunde", "Styremedlem", "Dei tilsette"],
            ["Sigrid Kåsa", "Observatør", "Deltakarane"],
            ["Nils Aslak Øygarden", "Varamedlem", "Eigarane"],
        ], {"ruled": True, "size": 8, "shade_header": "DDE5D0", "widths": [3.3, 2.1, 2.7]}),
        ("p", "Dagleg leiar Kjetil Rysstad er sekretær for styret."),
        ("h", 2, "Ytre miljø"),
        ("p", "Bedrifta sorterer avfall i elleve fraksjonar. Vedproduksjonen nyttar berre tømmer frå skogeigarar "
              "i {g:Telemark}."),
        ("h", 2, "Økonomi"),
        ("p", f"Driftsinntektene vart {result_st.fmt(revenue)} kroner, {result_st.fmt(revenue - value(result_st, 'Sum driftsinntekter', 1))} "
              f"kroner over budsjett. Årsresultatet på {result_st.fmt(value(result_st, 'Årsresultat'))} kroner "
              "vert overført til anna eigenkapital. Styret meiner at føresetnaden om vidare drift er til stades."),
        ("h", 2, "Framtida"),
        ("p", "Frå 1. januar 2020 vert {g:Telemark} og {g:Vestfold} slått saman til {g:Vestfold og Telemark} "
              "fylke. Styret ventar ikkje at samanslåinga får følgjer for avtalane med NAV."),
    ]
    items = [
        ("h", 1, "Årsrapport 2019"),
        ("p", "Hamaren Vekst AS", {"bold": True, "size": 13}),
        ("cols", body),
        ("stmt", result_st),
        ("stmt", balance_st),
        ("sign", "{g:Seljord}, 12. mars 2020",
         [("Ingebjørg Heggtveit", "styreleiar"), ("Tarjei Flatland", "nestleiar"), ("Gunvor Aasland", "styremedlem"),
          ("Halvor Nordbø", "styremedlem"), ("Ragnhild Lunde", "styremedlem"), ("Kjetil Rysstad", "dagleg leiar")]),
    ]
    return {
        "name": "hamaren-2019", "year": 2019, "title": "Hamaren Vekst AS Årsrapport 2019",
        "font": "DejaVu Sans Condensed", "body_pt": 9.5, "margin_mm": 18, "heading_colour": "3E5A1E",
        "header": "Hamaren Vekst AS · Årsrapport 2019", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Hamaren Vekst AS", "founded_year": 1989, "owners": [
            {"name": "Seljord kommune", "share_percent": 40}, {"name": "Kviteseid kommune", "share_percent": 35},
            {"name": "Tokke kommune", "share_percent": 25}]},
        "ceo": "Kjetil Rysstad",
        "board": board,
        "board_optional": ["Kjetil Rysstad"],
        "programs": {"VTA": 21, "VTO": 6, "AFT": 14},
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "2019 nynorsk, vekstbedrift AS, Seljord (Telemark; Vestfold og Telemark named as coming). The "
                 "whole text is in a two-column section (a narrow ruled board table Namn | Verv | Vald av "
                 "inside a column, an observer chosen by the participants = OBS, the employee member 'Dei "
                 "tilsette'). VTA, VTO and AFT places in one paragraph (AFT participants in the year are not "
                 "places). Statements full width after the columns, Note column, 'Beløp i kroner' in the "
                 "top-left cell, Rekneskap | Budsjett | Rekneskap; the income statement runs over a page "
                 "break. The dagleg leiar signs with the board (optional).",
    }


# ---------------------------------------------------------------------------------------------
# 5. An inter-municipal outdoor recreation council, 2020: bokmål, one member per municipality,
#    names and roles as captions under portraits, personal deputies in a sentence, NOK 1000


def midtheia_2020() -> dict:
    cols = [Col("Regnskap 2020", 2020), Col("Budsjett 2020", 2020, BUDGET), Col("Regnskap 2019", 2019)]
    inc = income("nb", 3, [
        ("Tilskudd fra medlemskommunene", "", [1_240, 1_240, 1_180]),
        ("Statlige tilskudd og prosjektmidler", "", [1_418, 1_100, 1_062]),
        ("Tilskudd fra Trøndelag fylkeskommune", "", [260, 260, 250]),
        ("Andre inntekter", "", [103, 180, 211]),
    ], [
        ("Lønn og sosiale kostnader", "", [2_204, 2_150, 2_118]),
        ("Tiltak i friluftsområdene", "", [486, 420, 512]),
        ("Aktiviteter og kurs", "", [141, 240, 228]),
        ("Kontor og administrasjon", "", [158, 170, 166]),
    ], fin=[("Renteinntekter", "", [6, 5, 9])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
                "fin": None, "net_fin": None})
    result_st = Statement("Resultatregnskap 2020", cols, inc, unit=1000, render="ruled",
                          above="Beløp i hele tusen kroner")
    bcols = [Col("2020", 2020), Col("2019", 2019)]
    bal = balance("nb", 2, fixed=[], current=[
        ("Fordringer", "", [212, 174]),
        ("Bankinnskudd", "", "plug"),
    ], equity=[("Fri egenkapital", "", [614, 576]), ("Bundne fond", "", [310, 310])], long=[],
        short=[("Leverandørgjeld", "", [88, 102]), ("Skyldige offentlige avgifter", "", [142, 131]),
               ("Annen kortsiktig gjeld", "", [64, 58])],
        labels={"eq_debt": None, "debt": None})
    balance_st = Statement("Balanse pr. 31.12.", bcols, bal, unit=1000, render="ruled",
                           above="Beløp i hele tusen kroner")
    income_total = value(result_st, "Sum inntekter")
    municipal = value(result_st, "Tilskudd fra medlemskommunene")
    board = [
        ("Bjørg Sundli", "LEDE", None), ("Terje Hoston", "NEST", None),
        ("Marte Singstad", "MEDL", None), ("Einar Hoel Rønning", "MEDL", None),
        ("Gunn Inger Løfald", "VARA", None), ("Arnt Eggan", "VARA", None),
        ("Siri Kotsås", "VARA", None), ("Pål Fagerli", "VARA", None),
    ]
    items = [
        ("h", 1, "Årsmelding 2020"),
        ("p", "Friluftsrådet Midt-Heia", {"bold": True, "size": 13}),
        ("h", 2, "Om friluftsrådet"),
        ("p", "Friluftsrådet Midt-Heia er et interkommunalt samarbeid om friluftsliv mellom {g:Melhus}, "
              "{g:Skaun}, {g:Midtre Gauldal} og {g:Orkland}. Fra 1. januar 2020 er {g:Orkdal}, {g:Meldal} og "
              "{g:Agdenes} slått sammen til {g:Orkland}, som overtok medlemskapet. Friluftsrådet ble stiftet "
              "i 1993 og er medlem av Friluftsrådenes Landsforbund."),
        ("p", "Kontoret ligger i {g:Melhus}, og rådet samarbeider nært med fylkeskommunen og med friluftsrådet "
              "for {g:Trondheim}. Medlemskommunene har til sammen om lag 52 000 innbyggere i den sørlige "
              "delen av {g:Trøndelag}."),
        ("h", 2, "Styret"),
        ("p", "Styret består av én representant fra hver medlemskommune, oppnevnt av kommunestyret for "
              "valgperioden 2019–2023. Styret har hatt seks møter og behandlet 38 saker."),
        ("portraits", [
            ("Bjørg Sundli", ["Styreleder", "{g:Melhus}"]),
            ("Terje Hoston", ["Nestleder", "{g:Skaun}"]),
            ("Marte Singstad", ["Styremedlem", "{g:Midtre Gauldal}"]),
            ("Einar Hoel Rønning", ["Styremedlem", "{g:Orkland}"]),
            ("Kristin Aune Berg", ["Daglig leder"]),
        ], {"per_row": 3}),
        ("p", "Personlige varamedlemmer er Gunn Inger Løfald ({g:Melhus}), Arnt Eggan ({g:Skaun}), Siri Kotsås "
              "({g:Midtre Gauldal}) og Pål Fagerli ({g:Orkland})."),
        ("h", 2, "Administrasjon"),
        ("p", "Daglig leder Kristin Aune Berg har vært ansatt i hel stilling. Friluftskonsulent Ola Rustad har "
              "vært ansatt i {p:60 %|Friluftskonsulent} stilling, og to sesongarbeidere har gjort tilsyn og "
              "vedlikehold i sommerhalvåret. Sykefraværet var {p:2,3 %|Sykefraværet}."),
        ("h", 2, "Aktiviteter i 2020"),
        ("p", "Smittevernet satte en stopper for de fleste fellesturene i vår. Til gjengjeld økte bruken av "
              "turstiene kraftig: tellerne ved {g?:Hølonda} og {g?:Lundamo} viser en økning i besøket på "
              "{p:34 %|økning i besøket} fra 2019."),
        ("li", "Ny klopp og gapahuk ved Svartvatnet, med tilskudd fra spillemidlene."),
        ("li", "Friluftsskole for 5.–7. trinn i uke 26 og 32 med 64 deltakere."),
        ("li", "Skilting og merking av 42 km sti i {g:Skaun} og {g:Orkland}."),
        ("h", 2, "Økonomi"),
        ("p", f"Friluftsrådet fikk et overskudd på {result_st.fmt(value(result_st, 'Årsresultat'))} tusen kroner. "
              f"Tilskuddet fra medlemskommunene utgjorde {{p:{pct(municipal / income_total * 100, 0)} %|"
              "Tilskuddet fra medlemskommunene} av inntektene. Overskuddet foreslås lagt til fri egenkapital."),
        ("stmt", result_st),
        ("stmt", balance_st),
        ("sign", "{g:Melhus}, 18. februar 2021",
         [("Bjørg Sundli", "styreleder"), ("Terje Hoston", "nestleder"), ("Marte Singstad", "styremedlem"),
          ("Einar Hoel Rønning", "styremedlem")]),
    ]
    return {
        "name": "midtheia-2020", "year": 2020, "title": "Friluftsrådet Midt-Heia Årsmelding 2020",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "2D5D3A",
        "header": "Friluftsrådet Midt-Heia", "footer": "Årsmelding 2020 | {PAGE}",
        "organization": {"name": "Friluftsrådet Midt-Heia", "founded_year": 1993},
        "ceo": "Kristin Aune Berg",
        "board": board,
        "board_optional": ["Kristin Aune Berg"],
        "not_board": ["Ola Rustad"],
        "not_places": ["Trøndelag fylkeskommune"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "2020 bokmål, inter-municipal outdoor recreation council (friluftsråd), Melhus (Trøndelag), "
                 "with Orkland new in 2020 (its three former municipalities named as places). One board "
                 "member per municipality shown as portraits in a borderless layout table: picture, name in "
                 "bold, role, municipality as Word text under it; the daglig leder is in the grid too "
                 "(optional). Personal deputies in one sentence with municipalities in parentheses. "
                 "'Beløp i hele tusen kroner' above each statement, Regnskap | Budsjett | Regnskap; "
                 "'Sum inntekter', 'Sum kostnader'. The county in a statement label "
                 "('Tilskudd fra Trøndelag fylkeskommune') is also named as a place in the prose.",
    }


# ---------------------------------------------------------------------------------------------
# 6. A business incubator in Vesterålen, 2024: bokmål, the board changed in June, the year-end board
#    only on an e-signature page "Surname, Given names" with roles, negatives in parentheses


def kystporten_2024() -> dict:
    cols = [Col("2024", 2024), Col("2023", 2023)]
    inc = income("nb", 2, [
        ("Prosjektinntekter", "2", [3_412_560, 2_876_110]),
        ("Tilskudd fra Siva og fylket", "2", [2_150_000, 2_050_000]),
        ("Leieinntekter", "", [1_288_400, 1_196_300]),
        ("Andre inntekter", "", [96_210, 141_980]),
    ], [
        ("Lønnskostnader", "3", [3_918_750, 3_812_480]),
        ("Kjøp av tjenester", "", [1_422_860, 1_318_940]),
        ("Husleie", "", [894_000, 872_000]),
        ("Avskrivninger", "", [61_420, 58_310]),
        ("Andre driftskostnader", "", [412_380, 430_210]),
    ], fin=[("Finansinntekter", "", [38_110, 22_840]), ("Finanskostnader", "", [-4_230, -3_910])])
    result_st = Statement("Resultatregnskap", cols, inc, note_col="Note", negative="paren", render="ruled",
                          label_header="Beløp i NOK")
    bal = balance("nb", 2, fixed=[("Inventar og utstyr", "", [184_300, 215_720])], current=[
        ("Kundefordringer", "", [612_480, 498_130]),
        ("Andre fordringer", "", [141_220, 166_870]),
        ("Bankinnskudd", "", "plug"),
    ], equity=[("Aksjekapital", "4", [500_000, 500_000]), ("Annen egenkapital", "4", [550_550, 278_910])],
        long=[], short=[("Leverandørgjeld", "", [318_420, 286_140]),
                        ("Skyldige offentlige avgifter", "", [402_610, 377_850]),
                        ("Annen kortsiktig gjeld", "", [690_260, 512_430])])
    balance_st = Statement("Balanse", cols, bal, note_col="Note", negative="paren", render="ruled",
                           label_header="Beløp i NOK")
    equity_share = value(balance_st, "Sum egenkapital") / value(balance_st, "Sum eiendeler") * 100
    board = [
        ("Geir Olav Nilsen", "LEDE", None), ("Tone Strand Jakobsen", "NEST", None),
        ("Mats Olsen", "MEDL", None), ("Sunniva Eliassen", "MEDL", None), ("Lise Rødli", "MEDL", None),
        ("Eirin Hov", "VARA", None),
    ]
    signers = [
        ("Nilsen, Geir Olav", "Styreleder", "11.03.2025 14:02"),
        ("Jakobsen, Tone Strand", "Nestleder", "11.03.2025 15:47"),
        ("Olsen, Mats", "Styremedlem", "11.03.2025 16:10"),
        ("Eliassen, Sunniva", "Styremedlem", "12.03.2025 08:31"),
        ("Rødli, Lise", "Styremedlem", "12.03.2025 09:05"),
        ("Berntsen, Ivar", "Daglig leder", "11.03.2025 13:55"),
    ]
    items = [
        ("h", 1, "Årsrapport 2024"),
        ("p", "Kystporten Næringshage AS", {"bold": True, "size": 13}),
        ("table", [["Adresse", "Havnegata 21, 8450 {g?:Stokmarknes}"], ["Telefon", "76 15 42 80"],
                   ["E-post", "post@kystporten.no"], ["Nettside", "www.kystporten.no"]],
         {"ruled": False, "header_bold": False, "gold_rows": False, "widths": [3.0, 9.0]}),
        ("h", 2, "Styrets årsberetning"),
        ("h", 3, "Virksomheten"),
        ("p", "Kystporten Næringshage AS ble stiftet i 2006 og holder til i {g?:Stokmarknes} i {g:Hadsel} kommune. "
              "Selskapet er en del av Sivas næringshageprogram og skal styrke gründere og små bedrifter i "
              "{g:Vesterålen}. Ved utgangen av året hadde næringshagen 27 målbedrifter, og 19 bedrifter leide "
              "kontorplass i huset."),
        ("p", "Aksjonærer ved årsskiftet var {g:Hadsel kommune|Hadsel} ({p:40 %|Hadsel kommune}), "
              "{g:Sortland kommune|Sortland} ({p:25 %|Sortland kommune}), Fiskekroken Invest AS "
              "({p:20 %|Fiskekroken Invest AS}) og Strandbu Holding AS ({p:15 %|Strandbu Holding AS})."),
        ("h", 3, "Styret"),
        ("p", "På ekstraordinær generalforsamling 12. juni 2024 gikk styreleder Hanne Mo ut av styret etter eget "
              "ønske. Geir Olav Nilsen, som har vært styremedlem siden 2021, ble valgt til ny styreleder, og "
              "Sunniva Eliassen ble valgt som styremedlem etter Per Eide. Etter generalforsamlingen har styret "
              "bestått av Geir Olav Nilsen, Tone Strand Jakobsen, Mats Olsen, Sunniva Eliassen og Lise Rødli, "
              "med Eirin Hov som varamedlem. Styret har hatt ni møter i 2024."),
        ("p", "Styret takker Hanne Mo og Per Eide for lang og god innsats for næringshagen."),
        ("h", 3, "Arbeidsmiljø og likestilling"),
        ("p", "Selskapet hadde seks ansatte ved utgangen av året, fem i hele stillinger. Daglig leder er "
              "Ivar Berntsen. Sykefraværet var {p:1,2 prosent|Sykefraværet}, mot {p:3,4 prosent|året før} året "
              "før. Kvinneandelen i styret er {p:60 %|Kvinneandelen i styret} og blant de ansatte halvparten."),
        ("h", 3, "Ytre miljø"),
        ("p", "Virksomheten påvirker ikke det ytre miljø i nevneverdig grad."),
        ("h", 3, "Økonomi"),
        ("p", f"Årets resultat ble et overskudd på {result_st.fmt(value(result_st, 'Årsresultat'))} kroner, "
              f"mot et underskudd på {result_st.fmt(-value(result_st, 'Årsresultat', 1))} kroner i 2023. "
              f"Egenkapitalandelen var ved årsskiftet {{p:{pct(equity_share)} %|Egenkapitalandelen}}. Styret "
              "mener at forutsetningen for fortsatt drift er til stede, og at regnskapet gir et rettvisende "
              "bilde av selskapets stilling."),
        ("h", 3, "Utsikter"),
        ("p", "Næringshagen har fått forlenget avtalen med Siva ut 2027 og åpner et kontorfellesskap på "
              "{g:Sortland} i 2025. Samarbeidet med næringshagene i {g:Lofoten} og resten av {g:Nordland} "
              "fortsetter."),
        ("stmt", result_st),
        ("stmt", balance_st),
        ("p", "Noter: 1 Regnskapsprinsipper. 2 Offentlige tilskudd. 3 Lønn og ansatte. 4 Egenkapital.",
         {"size": 8}),
        ("esign", "Signaturer",
         "Dette dokumentet er signert elektronisk med BankID. Signaturene er lagt ved dokumentet.",
         [[name, f"Rolle: {role}", f"Signert: {when}", "Metode: BankID"] for name, role, when in signers]),
    ]
    return {
        "name": "kystporten-2024", "year": 2024, "title": "Kystporten Næringshage AS Årsrapport 2024",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "0F4C6B",
        "header": "Kystporten Næringshage AS", "header_align": "right", "footer": "{PAGE}",
        "organization": {"name": "Kystporten Næringshage AS", "founded_year": 2006,
                         "address": "Havnegata 21, 8450 Stokmarknes", "phone": "76 15 42 80",
                         "email": "post@kystporten.no", "website": "www.kystporten.no",
                         "owners": [{"name": "Hadsel kommune", "share_percent": 40},
                                    {"name": "Sortland kommune", "share_percent": 25},
                                    {"name": "Fiskekroken Invest AS", "share_percent": 20},
                                    {"name": "Strandbu Holding AS", "share_percent": 15}]},
        "ceo": "Ivar Berntsen",
        "board": board,
        "board_optional": ["Ivar Berntsen"],
        "not_board": ["Hanne Mo", "Per Eide"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "2024 bokmål, business incubator AS (næringshage), Hadsel (Nordland). The board changed at "
                 "an extraordinary general meeting in June: the chair who left and the member who left are "
                 "named in prose and are not the board; the year-end board is read from the e-signature "
                 "page ('Surname, Given names', 'Rolle: Styreleder') and the prose; the daglig leder signs "
                 "(optional). Facts in a borderless table under the title. Statements in NOK with a Note "
                 "column, a loss in 2023 in parentheses; equity ratio computed from the balance.",
    }


REPORTS = [hamaren_2019, midtheia_2020, kystporten_2024]
