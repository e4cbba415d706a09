"""Reports of the fifteenth held-out set (b): a vekstbedrift printed from its web page with a
five-year overview and a CEO change, a kommunalt foretak's report written as a chapter of the
municipality's årsmelding beside its sister foretak and companies, and a nynorsk report with an
English column beside it. All names, figures and organisations are invented; places are real."""
from __future__ import annotations

from heldout_finance import Col, Line, Statement, balance, income


def _line(lines: list[Line], label: str) -> Line:
    return next(line for line in lines if line.label == label)


def tindeverk_2023() -> dict:
    """HTML printed by Chromium. The five-year table runs 2019 to 2023, the report year last."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc_lines = income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [21460385, 19874210]), ("Tilskudd VTA fra NAV", "", [6284400, 5936520]),
             ("Tiltaksinntekter AFT", "", [7914630, 7702115]), ("Tilskudd fra kommunene", "", [1288000, 1288000]),
             ("Andre driftsinntekter", "", [412870, 368940])],
        cost=[("Varekostnad", "", [9812240, 9105660]), ("Lønnskostnader", "", [22471905, 21318470]),
              ("Avskrivninger", "", [1184300, 1127950]), ("Andre driftskostnader", "", [3307615, 2993845])],
        fin=[("Finansinntekter", "", [214560, 98230]), ("Finanskostnader", "", [-186400, -172910])])
    res = Statement("Resultatregnskap", cols, inc_lines, label_header="")
    bal_lines = balance(
        "nb", 2,
        fixed=[("Bygninger og tomt", "", [11840000, 12260000]), ("Maskiner og inventar", "", [2415300, 2601750])],
        current=[("Varelager", "", [1936480, 1788320]), ("Kundefordringer", "", [2287915, 2504160]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [1000000, 1000000]), ("Annen egenkapital", "", [13402565, 12480210])],
        long=[("Pantegjeld", "", [6120000, 6580000])],
        short=[("Leverandørgjeld", "", [1468820, 1690470]), ("Skyldige offentlige avgifter", "", [1947235, 1861905]),
               ("Annen kortsiktig gjeld", "", [2215400, 2014880])])
    bal = Statement("Balanse", cols, bal_lines)
    earlier = {"Sum driftsinntekter": [31504220, 33247915, 34860430], "Årsresultat": [-412380, 386140, 512775],
               "Sum egenkapital": [12007315, 12393455, 12906230]}  # 2019, 2020, 2021
    five = [Line(label, earlier[label] + list(reversed(_line(inc_lines + bal_lines, label).values)), key=True)
            for label in earlier]
    overview = Statement("Nøkkeltall 2019–2023", [Col(str(y), y) for y in range(2019, 2024)], five,
                         label_header="Beløp i kroner")
    extra = [["Sykefravær ansatte", "{p:8,7 %}", "{p:10,2 %}", "{p:9,4 %}", "{p:7,9 %}", "{p:6,8 %}"],
             ["VTA-plasser", "34", "34", "36", "36", "38"],
             ["AFT-plasser", "24", "26", "26", "28", "28"],
             ["Deltakere i alt", "97", "92", "101", "108", "112"],
             ["Overgang til arbeid eller utdanning (AFT)", "{p:31 %}", "{p:28 %}", "{p:35 %}", "{p:39 %}", "{p:42 %}"]]
    return {
        "name": "tindeverk-2023", "year": 2023,
        "title": "Tindeverk AS – Årsrapport 2023",
        "accent": "2E5E3A", "renditions": ["chrome"],
        "organization": {"name": "Tindeverk AS", "founded_year": 1987, "address": "Industrivegen 9",
                         "phone": "61 29 48 00", "website": "www.tindeverk.no",
                         "owners": [{"name": "Nord-Fron kommune", "share_percent": 55},
                                    {"name": "Sør-Fron kommune", "share_percent": 30},
                                    {"name": "Ringebu kommune", "share_percent": 15}]},
        "ceo": "Line Haugom Brenden",
        "board_optional": ["Line Haugom Brenden"],
        "board": [("Jorunn Steig", "LEDE", False), ("Kristian Hov Listad", "NEST", False),
                  ("Randi Tofte", "MEDL", False), ("Audun Kleiven", "MEDL", False),
                  ("Mari Solheim Rudi", "MEDL", True), ("Ove Gjeilo", "VARA", None)],
        "not_board": ["Bjørn Vestheim", "Eirik Solbakken"],
        "programs": {"VTA": 38, "AFT": 28},
        "items": [
            ("h", 1, "Årsrapport 2023"),
            ("facts", ["Tindeverk AS", "Industrivegen 9, {g:Vinstra}", "Tlf. 61 29 48 00", "www.tindeverk.no",
                       "Etablert 1987"]),
            ("p", "Tindeverk AS er en arbeids- og inkluderingsbedrift i {g:Gudbrandsdalen}. Vi gir arbeidstrening, "
                  "kvalifisering og varig tilrettelagt arbeid til personer som trenger det, i nært samarbeid med "
                  "NAV og eierkommunene."),
            ("h", 2, "Nøkkeltall 2019–2023"),
            ("keytable", overview, extra, {"title": "Utviklingen de siste fem årene"}),
            ("p", "Driftsinntektene økte for fjerde år på rad. Bedriften hadde ved utgangen av 2023 38 plasser i "
                  "varig tilrettelagt arbeid (VTA) og 28 plasser i arbeidsforberedende trening (AFT).", {"small": True}),
            ("h", 2, "Ledelse"),
            ("p", "Daglig leder Bjørn Vestheim gikk av med pensjon 30. september 2023 etter elleve år i bedriften. "
                  "Styret konstituerte økonomisjef Line Haugom Brenden som daglig leder fra 1. oktober 2023. "
                  "Eirik Solbakken er ansatt som ny daglig leder og begynner 1. april 2024."),
            ("h", 2, "Eiere og styre"),
            ("table", [["Eier", "Eierandel"], ["{g:Nord-Fron kommune|Nord-Fron}", "{p:55 %}"],
                       ["{g:Sør-Fron kommune|Sør-Fron}", "{p:30 %}"], ["{g:Ringebu kommune|Ringebu}", "{p:15 %}"]]),
            ("grid", [("Jorunn Steig", ["Styreleder"]), ("Kristian Hov Listad", ["Nestleder"]),
                      ("Randi Tofte", ["Styremedlem"]), ("Audun Kleiven", ["Styremedlem"]),
                      ("Mari Solheim Rudi", ["Styremedlem, valgt av de ansatte"]), ("Ove Gjeilo", ["Varamedlem"])],
             {"per_row": 3, "title": "Styret"}),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Bedriften hadde 41 ansatte ved årsskiftet. Sykefraværet gikk ned til "
                  "{p:6,8 prosent|sykefraværet}, det laveste på fem år. Det ble registrert to mindre skader."),
            ("p", "Virksomheten drives fra egne lokaler på {g:Vinstra} og en avdeling på {g:Hundorp}. "
                  "Deltakerne kommer fra hele {g:Midt-Gudbrandsdalen}, og tiltakene er godkjent av NAV {g:Innlandet}."),
            ("h", 2, "Regnskap"),
            ("stmt", res, {"title": "Resultatregnskap 2023"}),
            ("stmt", bal, {"title": "Balanse 31.12.2023"}),
            ("p", "Styret bekrefter at forutsetningen om fortsatt drift er til stede."),
            ("sign", "{g:Vinstra}, 12. mars 2024",
             [("Jorunn Steig", "styreleder"), ("Kristian Hov Listad", "nestleder"), ("Randi Tofte", "styremedlem"),
              ("Audun Kleiven", "styremedlem"), ("Mari Solheim Rudi", "styremedlem"),
              ("Line Haugom Brenden", "konstituert daglig leder")]),
        ],
        "notes": "A web page printed by Chromium. The five-year overview runs 2019 to 2023 with the report "
                 "year LAST; program places per year, the report year's are gold. The CEO retired in "
                 "September; the acting (konstituert) CEO leads at year end and signs; the new CEO starts "
                 "in 2024 (not gold).",
    }


OTHERS = [("Vefsn Parkering KF", "Reidun Langfjord", "Geir Inge Sæter"),
          ("Mosjøen Havnevesen KF", "Tor Helge Jæger", "Bente Sørli"),
          ("Vefsn Kulturskolebygg AS", "Oddbjørg Nyheim", "–"),
          ("Helgeland Innovasjonspark AS", "Frode Aasvang", "Siri Holmvik")]


def vefsn_idrettsbygg_2023() -> dict:
    """Word 97 and its PDF: the foretak's report as chapter 7 of the municipality's årsmelding."""
    cols = [Col("Regnskap 2023", 2023), Col("Regnskap 2022", 2022)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Leieinntekter idrettshaller", "", [6840210, 6512380]), ("Leieinntekter svømmehall", "", [3126450, 2988700]),
             ("Overføring fra kommunen", "", [9400000, 9100000]), ("Andre inntekter", "", [274315, 198640])],
        cost=[("Lønn og sosiale kostnader", "", [7215880, 6940215]), ("Energi", "", [4128760, 5206410]),
              ("Vedlikehold", "", [3410200, 2875330]), ("Avskrivninger", "", [2645000, 2580000]),
              ("Andre driftskostnader", "", [1602415, 1491280])],
        fin=[("Renteinntekter", "", [96420, 31870]), ("Renteutgifter", "", [-512480, -398760])]),
        label_header="Tall i kroner")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "", [68450000, 70210000]), ("Maskiner og utstyr", "", [1984000, 2236000])],
        current=[("Kortsiktige fordringer", "", [842615, 915230]), ("Bankinnskudd", "", "plug")],
        equity=[("Egenkapital", "", [11866340, 11722420])],
        long=[("Lån fra kommunen", "", [58200000, 60100000])],
        short=[("Leverandørgjeld", "", [1214870, 1468305]), ("Annen kortsiktig gjeld", "", [1738420, 1602945])]),
        label_header="Tall i kroner")
    table = [["Foretak / selskap", "Form", "Kommunens eierandel", "Styreleder", "Daglig leder"],
             ["Vefsn Idrettsbygg KF", "KF", "{p:100 %}", "Kjell Are Nymo", "Arnt Ove Remmen"]]
    table += [[name, name.rsplit(" ", 1)[1], "{p:100 %}" if "Innovasjon" not in name else "{p:34 %}", chair, ceo]
              for name, chair, ceo in OTHERS]
    return {
        "name": "vefsn-idrettsbygg-2023", "year": 2023,
        "title": "Årsmelding 2023 Vefsn Idrettsbygg KF",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "00447C",
        "header": "{g:Vefsn kommune|Vefsn} – Årsmelding 2023 – Kapittel 7", "footer": "{PAGE}",
        "organization": {"name": "Vefsn Idrettsbygg KF", "founded_year": 2009},
        "ceo": "Arnt Ove Remmen",
        "board": [("Kjell Are Nymo", "LEDE", False), ("Hege Bratland", "NEST", False),
                  ("Svein Ottar Kvalnes", "MEDL", False), ("Linda Moe Hansen", "MEDL", False),
                  ("Pål Øvrebø", "MEDL", True), ("Tone Elise Mikalsen", "VARA", None),
                  ("Jarle Hatten", "VARA", None)],
        "not_board": [p for _, chair, ceo in OTHERS for p in (chair, ceo) if p != "–"],
        "not_places": [name for name, *_ in OTHERS],
        "renditions": ["doc", "pdf"],
        "items": [
            ("h", 1, "7 Kommunale foretak og selskaper"),
            ("p", "{g:Vefsn kommune|Vefsn} organiserer deler av tjenesteproduksjonen i kommunale foretak etter "
                  "kommuneloven kapittel 9, og eier aksjer i selskaper. Foretakene har egne styrer valgt av "
                  "kommunestyret, og hvert foretak legger fram sin årsmelding som en del av kommunens."),
            ("h", 2, "7.1 Oversikt over foretak og heleide selskaper"),
            ("table", table, {"ruled": True, "size": 8.5}),
            ("p", "Styrelederne i de andre foretakene og selskapene rapporterer i egne kapitler og i "
                  "eierskapsmeldingen.", {"italic": True}),
            ("h", 2, "7.2 Vefsn Idrettsbygg KF"),
            ("h", 3, "Formål og drift"),
            ("p", "Foretaket ble opprettet i 2009 og eier, drifter og leier ut kommunens idrettshaller og "
                  "svømmehallen i {g:Mosjøen}. Hallene ble brukt av skoler på dagtid og av lag og foreninger "
                  "på kveldstid og i helgene. Utleiegraden på ettermiddag og kveld var {p:91 prosent|utleiegraden}."),
            ("p", "Energikostnadene falt med {p:21 prosent|energikostnadene} etter at varmepumpene i "
                  "svømmehallen ble satt i drift i februar."),
            ("h", 3, "Styret"),
            ("p", "Kommunestyret valgte i sak 98/23 dette styret for perioden 2023–2027:"),
            ("tablines", [["Styreleder", "Kjell Are Nymo"], ["Nestleder", "Hege Bratland"],
                          ["Styremedlem", "Svein Ottar Kvalnes"], ["Styremedlem", "Linda Moe Hansen"],
                          ["Ansattes representant", "Pål Øvrebø"], ["Varamedlemmer", "Tone Elise Mikalsen, Jarle Hatten"]],
             {"stops": (5.0,)}),
            ("p", "Daglig leder er Arnt Ove Remmen. Styret har hatt 9 møter og behandlet 46 saker."),
            ("h", 3, "Personal"),
            ("p", "Foretaket har 11 ansatte i 10,2 årsverk. Sykefraværet var {p:5,3 %|sykefraværet}. "
                  "Andelen kvinner blant de ansatte er {p:36 prosent|kvinner blant de ansatte}."),
            ("h", 3, "Økonomi"),
            ("p", "Foretaket fikk et mindreforbruk, som styret foreslår avsatt til disposisjonsfond."),
            ("stmt", res, {"title": "Resultatregnskap Vefsn Idrettsbygg KF"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2023"}),
            ("p", "{g:Mosjøen}, 27. februar 2024"),
            ("p", "Kjell Are Nymo, styreleder    Arnt Ove Remmen, daglig leder"),
        ],
        "notes": "A kommunalt foretak's report laid out as chapter 7 of the municipality's årsmelding: an "
                 "overview table of all foretak and companies with each one's board chair and manager, then "
                 "the foretak's own section with its board. The other foretak's chairs and managers are not "
                 "its board. Saved as Word 97 and PDF.",
    }


def hafslo_kunstverkstad_2022() -> dict:
    """Nynorsk with an English column beside it, two columns in a borderless table, from Word."""
    cols = [Col("2022", 2022), Col("2021", 2021)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 2,
        inc=[("Offentlege tilskot", "", [2140000, 1985000]), ("Kurs og verkstadleige", "", [684250, 512790]),
             ("Sal av kunst og bøker", "", [318460, 274115])],
        cost=[("Løn og sosiale kostnader", "", [2012380, 1886450]), ("Husleige og drift", "", [498210, 471605]),
              ("Materiell", "", [214670, 186340]), ("Andre driftskostnader", "", [341875, 229120])],
        fin=[("Renteinntekter", "", [6840, 1920])]),
        label_header="Tal i kr")
    bal = Statement("Balanse", cols, balance(
        "nn", 2, fixed=[("Inventar og utstyr", "", [186000, 214000])],
        current=[("Fordringar", "", [42310, 68925]), ("Bankinnskot", "", "plug")],
        equity=[("Grunnkapital", "", [100000, 100000]), ("Anna eigenkapital", "", [512430, 429015])],
        long=[], short=[("Leverandørgjeld", "", [58140, 71260]), ("Skuldige offentlege avgifter", "", [96215, 88470])],
        labels={"sum_debt": None}),
        label_header="Tal i kr")
    return {
        "name": "hafslo-kunstverkstad-2022", "year": 2022,
        "title": "Årsmelding 2022 / Annual report 2022 Stiftinga Hafslo Kunstverkstad",
        "font": "DejaVu Sans", "body_pt": 9.5, "heading_colour": "5B3A6E",
        "organization": {"name": "Stiftinga Hafslo Kunstverkstad", "founded_year": 2004,
                         "email": "post@hafslokunst.no"},
        "ceo": "Åshild Bøyum Nes",
        "board_optional": ["Åshild Bøyum Nes"],
        "board": [("Eirik Hauglum Sandvik", "LEDE", False), ("Gro Flatjord", "NEST", False),
                  ("Magne Urnes", "MEDL", False), ("Liv Turid Bolstad", "MEDL", False),
                  ("Ola Kvinlaug", "MEDL", True), ("Rannveig Moe", "VARA", None)],
        "renditions": ["docx", "pdf"],
        "places_optional": ["Hafslo", "Gaupne"],
        "items": [
            ("bh", "Stiftinga Hafslo Kunstverkstad", {"size": 18}),
            ("p", "6868 Gaupne  ·  post@hafslokunst.no", {"size": 8.5}),
            ("parallel", [
                ("h", "Årsmelding 2022", "Annual report 2022"),
                ("p", "Stiftinga Hafslo Kunstverkstad vart skipa i 2004 og driv opne verkstader for grafikk, "
                      "keramikk og tekstil i {g:Luster} kommune. Verkstaden tek imot kunstnarar frå heile "
                      "{g:Noreg} og frå utlandet.",
                 "The Hafslo Art Workshop Foundation was established in 2004 and runs open workshops for "
                 "printmaking, ceramics and textiles in the municipality of {g:Luster}. The workshop receives "
                 "artists from all over {g:Noreg|Noreg} and abroad."),
                ("h", "Styret", "The board"),
                ("p", "Styreleiar: Eirik Hauglum Sandvik\nNestleiar: Gro Flatjord\nStyremedlem: Magne Urnes\n"
                      "Styremedlem: Liv Turid Bolstad\nTilsettrepresentant: Ola Kvinlaug\nVaramedlem: Rannveig Moe",
                 "Chair: Eirik Hauglum Sandvik\nDeputy chair: Gro Flatjord\nBoard member: Magne Urnes\n"
                 "Board member: Liv Turid Bolstad\nEmployee representative: Ola Kvinlaug\n"
                 "Deputy member: Rannveig Moe"),
                ("p", "Dagleg leiar er Åshild Bøyum Nes. Styret har halde 6 møte.",
                 "The director is Åshild Bøyum Nes. The board held 6 meetings."),
                ("h", "Verksemda i 2022", "Activities in 2022"),
                ("p", "Verkstaden hadde 46 gjestekunstnarar og 1 230 kursdeltakarar. Talet på kursdøgn "
                      "auka med {p:18 prosent|kursdøgn} frå 2021. Skulesekken-tilbodet nådde elevar i "
                      "{g:Luster}, {g:Sogndal} og {g:Årdal}.",
                 "The workshop hosted 46 guest artists and 1,230 course participants. Course days rose by "
                 "{p:18 percent|course days} from 2021. The school programme reached pupils in {g:Luster}, "
                 "{g:Sogndal} and {g:Årdal}."),
                ("p", "{p:62 %|tilskot} av inntektene kom frå offentlege tilskot, mellom anna frå "
                      "{g:Vestland} fylkeskommune.",
                 "{p:62 %|grants} of income came from public grants, among them {g:Vestland} County Council."),
                ("h", "Arbeidsmiljø", "Working environment"),
                ("p", "Stiftinga har 4 tilsette i 3,2 årsverk. Sjukefråværet var {p:2,9 prosent|sjukefråværet}.",
                 "The foundation has 4 employees in 3.2 full-time equivalents. Sick leave was "
                 "{p:2,9 percent|sick leave}."),
                ("h", "Økonomi", "Finances"),
                ("p", "Årsresultatet vart kr 83 415. Styret meiner føresetnaden om vidare drift er til stades.",
                 "The result for the year was NOK 83,415. The board considers the going concern assumption met."),
            ]),
            ("stmt", res, {"title": "Resultatrekneskap 2022 / Income statement"}),
            ("stmt", bal, {"title": "Balanse 31.12.2022 / Balance sheet"}),
            ("p", "Hafslo, 21. mars 2023"),
            ("p", "Eirik Hauglum Sandvik (styreleiar), Gro Flatjord, Magne Urnes, Liv Turid Bolstad, "
                  "Ola Kvinlaug, Åshild Bøyum Nes (dagleg leiar)"),
        ],
        "notes": "Nynorsk with an English parallel column on each page (a borderless two-column table, the "
                 "same content both sides). Statements in nynorsk with bilingual titles. The employee "
                 "representative is employee elected; the dagleg leiar optional as board.",
    }


REPORTS = [tindeverk_2023, vefsn_idrettsbygg_2023, hafslo_kunstverkstad_2022]
