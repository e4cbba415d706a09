"""Held-out reports 2013-2024: two vekstbedrifter, a nynorsk foundation (scanned) and a company whose
board sits in a text box.

Organisations, people and figures are invented; any likeness is accidental.
"""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income
from heldout_people import M, role_table


def kau_2013() -> dict:
    """Troms 2013, only as PDF: a two-column foreword, board table Navn | Rolle | Valgt av, a staff
    directory and a newspaper piece quoting another organisation's chair."""
    board = [M("Bente Mathisen", "LEDE"), M("Roar Isaksen", "NEST"), M("Hilde Johansen Eliassen", "MEDL"),
             M("Trond Figenschou", "MEDL"), M("Anne Lise Kristiansen", "MEDL", emp=True),
             M("Jørn Nilsen", "VARA"), M("Sissel Hansen", "VARA")]
    chosen = {m.name: ("De ansatte" if m.emp or m.name == "Sissel Hansen" else "Generalforsamlingen") for m in board}
    cols = [Col("2013", 2013), Col("2012", 2012)]
    result = Statement(
        "Resultatregnskap", cols, income("nb", 2,
            inc=[("Salgsinntekter", "", [6842, 6002]), ("Tiltaksinntekter fra NAV", "2", [14118, 13406]),
                 ("Andre driftsinntekter", "", [512, 488])],
            cost=[("Varekostnad", "", [2402, 2118]), ("Lønnskostnader", "3", [16388, 15440]),
                  ("Avskrivninger", "4", [604, 588]), ("Andre driftskostnader", "", [1626, 1702])],
            fin=[("Finansinntekter", "", [92, 104]), ("Finanskostnader", "", [-168, -190])]),
        unit=1000, note_col="Note", render="ruled")
    bal = Statement(
        "Balanse", [Col("31.12.2013", 2013), Col("31.12.2012", 2012)], balance("nb", 2,
            fixed=[("Maskiner og inventar", "4", [2210, 2402])],
            current=[("Varelager", "", [612, 540]), ("Kundefordringer", "", [1418, 1206]), ("Bankinnskudd", "", "plug")],
            equity=[("Aksjekapital", "", [1000, 1000]), ("Annen egenkapital", "", [1712, 1336])],
            long=[("Pantelån", "5", [1800, 1950])],
            short=[("Leverandørgjeld", "", [812, 770]), ("Skyldige offentlige avgifter", "", [1210, 1102]),
                   ("Annen kortsiktig gjeld", "", [529, 173])]),
        unit=1000, note_col="Note", render="ruled")
    items = [
        ("h", 1, "Årsrapport 2013"),
        ("cols", [
            ("h", 2, "Året som gikk"),
            ("p", "2013 ble et godt år for KAU. Vi åpnet en ny avdeling for arbeidstrening i {g:Tromsø} sentrum, "
                  "og salget fra snekkerverkstedet økte med {p:14 %|snekkerverkstedet}."),
            ("p", "Samarbeidet med NAV {g?:Troms} er godt, og vi fikk i løpet av året fire nye VTA-plasser. Flere "
                  "av våre arbeidstakere har fått jobb i ordinære bedrifter på {g?:Kvaløya} og i {g:Balsfjord}."),
            ("p", "Bedriften eies av {g:Tromsø kommune|Tromsø} ({p:70 %|Tromsø kommune}), {g:Balsfjord kommune|Balsfjord} "
                  "({p:20 %|Balsfjord kommune}) og {g:Karlsøy kommune|Karlsøy} ({p:10 %|Karlsøy kommune})."),
            ("p", "Takk til ansatte, arbeidstakere og samarbeidspartnere for innsatsen i 2013!"),
            ("p", "Lars Henrik Pettersen, daglig leder", {"italic": True}),
        ]),
        ("h", 2, "Tiltak"),
        ("table", [["Tiltak", "Plasser 31.12.2013", "Deltakere i året"],
                   ["Varig tilrettelagt arbeid (VTA)", "32", "35"],
                   ["Arbeidspraksis i skjermet virksomhet (APS)", "14", "46"],
                   ["Kvalifisering i arbeidsmarkedsbedrift (KIA)", "8", "19"]], {"size": 9}),
        ("p", "Av deltakerne som avsluttet APS, gikk {p:36 %|avsluttet APS} til arbeid eller utdanning."),
        ("h", 2, "Styret"),
        ("p", "Styrets sammensetning per 31.12.2013:"),
        ("table", role_table(board, "nb", ["Navn", "Rolle", "Valgt av"], chosen), {"size": 9}),
        ("h", 2, "Ansatte"),
        ("table", [["Navn", "Stilling", "Telefon"], ["Lars Henrik Pettersen", "Daglig leder", "77 60 41 00"],
                   ["Marit Solheim", "Økonomileder", "77 60 41 02"], ["Geir Olsen", "Arbeidsleder snekkeri", "77 60 41 05"],
                   ["Elin Karlsen", "Jobbkonsulent", "77 60 41 07"]], {"size": 9}),
        ("p", "Bedriften hadde ved utgangen av året 21 ansatte i 19,6 årsverk. Sykefraværet var "
              "{p:6,9 %|Sykefraværet} mot {p:8,3 %|mot} i 2012."),
        ("news", {"source": "Faksimile: Tindtidende, 4. oktober 2013",
                  "title": "Vil ha flere inn i arbeidslivet",
                  "byline": "Tekst og foto: Kristin Aamot",
                  "paras": ["– Vi trenger flere bedrifter som tar inn folk på arbeidstrening, sier Leif Magne "
                            "Strand, styreleder i {g:Balsfjord} Næringsforening.",
                            "Foreningen har sammen med KAU og NAV startet et prosjekt for å skaffe praksisplasser "
                            "i {g:Balsfjord}. Daglig leder Lars Henrik Pettersen i KAU mener prosjektet kan gi "
                            "resultater allerede neste år.",
                            "– Rundt {p:40 prosent|praksisplass} av dem som får en praksisplass, ender i fast jobb, "
                            "sier Pettersen."]}),
        ("h", 2, "Nøkkeltall"),
        ("table", [["Nøkkeltall", "2013", "2012"], ["Driftsinntekter (mill. kr)", "21,5", "19,9"],
                   ["Driftsmargin", "{p:2,1 %}", "{p:0,2 %}"], ["Egenkapitalandel", "{p:38,4 %}", "{p:36,9 %}"],
                   ["Årsverk", "19,6", "18,8"]], {"size": 9, "widths": [7, 2.5, 2.5]}),
        ("bh", "Resultatregnskap (beløp i 1000 kr)", {"size": 12}),
        ("stmt", result),
        ("bh", "Balanse (beløp i 1000 kr)", {"size": 12}),
        ("stmt", bal),
        ("sign", "{g:Tromsø}, 24. februar 2014", [
            ("Bente Mathisen", "styreleder"), ("Roar Isaksen", "nestleder"), ("Hilde Johansen Eliassen", "styremedlem"),
            ("Trond Figenschou", "styremedlem"), ("Anne Lise Kristiansen", "styremedlem"),
            ("Lars Henrik Pettersen", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "kau-2013", "lang": "nb", "year": 2013, "title": "KAU årsrapport 2013",
        "header": "Kvaløya Arbeid og Utvikling AS", "footer": "Årsrapport 2013 | side {PAGE} av {NUMPAGES}",
        "footer_align": "right",
        "organization": {"name": "Kvaløya Arbeid og Utvikling AS",
                         "owners": [{"name": "Tromsø kommune", "share_percent": 70},
                                    {"name": "Balsfjord kommune", "share_percent": 20},
                                    {"name": "Karlsøy kommune", "share_percent": 10}]},
        "ceo": "Lars Henrik Pettersen", "board": board, "emp_known": True,
        "board_optional": ["Lars Henrik Pettersen"], "programs": {"VTA": 32}, "items": items,
        "renditions": ["pdf"],
        "notes": "Invented 2013 annual report (bokmål) of a vekstbedrift in Tromsø, only as PDF. The first "
                 "page is a two-column section (foreword signed by the daglig leder; owners). Programs in a "
                 "table (VTA 32; APS and KIA are not gold programs). Board as a ruled table Navn | Rolle | "
                 "Valgt av ('De ansatte' marks the employee-elected member and one deputy). Traps: a staff "
                 "directory table (Navn | Stilling | Telefon) and a reprinted newspaper piece in a box "
                 "('Faksimile: Tindtidende ...') quoting the chair of another organisation (Leif Magne Strand) "
                 "and naming its journalist. 'Nøkkeltall' table with percentages and 'Driftsinntekter (mill. "
                 "kr)'. Statements ruled with Note column; the unit is only in the bold line above each table "
                 "'(beløp i 1000 kr)'; key figures x1000. Troms is named only in 'NAV Troms' (optional).",
    }


def fjella_2021() -> dict:
    """Viken 2021: the board only as a portrait collage (names and roles in the picture) and in the
    signature block; both statements are screenshots (pictures) in NOK 1000."""
    board = [M("Hege Kristin Moen", "LEDE"), M("Arild Bøhn", "NEST"), M("Sølvi Rustad", "MEDL"),
             M("Tor Einar Lunder", "MEDL"), M("Mona Strøm", "MEDL", emp=True), M("Kjetil Sørby", "VARA")]
    cols = [Col("2021", 2021), Col("2020", 2020)]
    result = Statement(
        "Resultatregnskap 2021", cols, income("nb", 2,
            inc=[("Salgsinntekter", "", [4812, 4106]), ("Tilskudd fra NAV", "2", [10420, 10188]),
                 ("Andre tilskudd", "", [1204, 1610])],
            cost=[("Varekostnad", "", [1388, 1180]), ("Lønnskostnader", "3", [12904, 12612]),
                  ("Avskrivninger", "4", [410, 398]), ("Andre driftskostnader", "", [1512, 1486])],
            fin=[("Finansinntekter", "", [12, 18]), ("Finanskostnader", "", [-46, -52])]),
        unit=1000, note_col="Note", label_header="Tall i NOK 1000", render="image")
    bal = Statement(
        "Balanse pr. 31.12.2021", cols, balance("nb", 2,
            fixed=[("Maskiner og inventar", "4", [1640, 1902])],
            current=[("Kundefordringer", "", [1012, 884]), ("Andre fordringer", "", [208, 312]),
                     ("Bankinnskudd", "", "plug")],
            equity=[("Aksjekapital", "", [500, 500]), ("Annen egenkapital", "", [3114, 2926])], long=[],
            short=[("Leverandørgjeld", "", [502, 488]), ("Skyldige offentlige avgifter", "", [1208, 1166]),
                   ("Annen kortsiktig gjeld", "", [706, 812])]),
        unit=1000, note_col="Note", label_header="Tall i NOK 1000", render="image")
    collage = [("Hege Kristin Moen", "Styreleder"), ("Arild Bøhn", "Nestleder"), ("Sølvi Rustad", "Styremedlem"),
               ("Tor Einar Lunder", "Styremedlem"), ("Mona Strøm", "Ansattvalgt"), ("Kjetil Sørby", "Varamedlem")]
    items = [
        ("h", 1, "Årsrapport 2021"),
        ("p", "Fjella Arbeidssenter AS er en arbeids- og inkluderingsbedrift i {g:Marker} i {g:Viken}. Vi gir "
              "arbeidsrettede tilbud til personer som trenger bistand for å komme i jobb, og har avdelinger på "
              "{g?:Ørje} og i {g:Rakkestad}."),
        ("p", "Selskapet eies av {g:Marker kommune|Marker} ({p:52 %|Marker kommune}), {g:Aremark kommune|Aremark} "
              "({p:28 %|Aremark kommune}) og {g:Rakkestad kommune|Rakkestad} ({p:20 %|Rakkestad kommune})."),
        ("h", 2, "Året 2021"),
        ("p", "Pandemien preget også 2021. Avdelingen på {g?:Ørje} var stengt i tre uker i januar, men vi holdt "
              "kontakten med deltakerne digitalt. Vi har fått nye kunder i {g:Indre Østfold} og {g:Halden}, og "
              "omsetningen fra vaskeriet økte med {p:17 %|vaskeriet}."),
        ("h", 2, "Tiltakene våre"),
        ("li", "Varig tilrettelagt arbeid (VTA): 21 plasser"),
        ("li", "Arbeidsforberedende trening (AFT): 14 plasser"),
        ("li", "Varig tilrettelagt arbeid i ordinær virksomhet (VTO): 3 plasser"),
        ("p", "Av deltakerne som avsluttet AFT i 2021, gikk {p:38 %|avsluttet AFT} til arbeid eller utdanning."),
        ("h", 2, "Styret"),
        ("collage", collage, {"per_row": 3, "caption": "Styret i Fjella Arbeidssenter AS."}),
        ("p", "Styret har hatt åtte møter i 2021, hvorav fire digitalt."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Bedriften hadde 17 ansatte i 15,1 årsverk. Sykefraværet var {p:4,6 %|Sykefraværet}, og det er "
              "ikke registrert skader. Daglig leder er Espen Holter."),
        ("h", 2, "Økonomi"),
        ("p", "Årsresultatet ble 188 000 kroner. Styret mener at forutsetningen om fortsatt drift er til stede."),
        ("stmt", result),
        ("stmt", bal),
        ("sign", "{g?:Ørje}, 1. mars 2022", [
            ("Hege Kristin Moen", "styreleder"), ("Arild Bøhn", "nestleder"), ("Sølvi Rustad", "styremedlem"),
            ("Tor Einar Lunder", "styremedlem"), ("Mona Strøm", "styremedlem"), ("Espen Holter", "daglig leder")],
         {"cols": 3}),
    ]
    return {
        "name": "fjella-2021", "lang": "nb", "year": 2021, "title": "Fjella Arbeidssenter AS årsrapport 2021",
        "header": "Fjella Arbeidssenter AS", "footer": "Årsrapport 2021 · {PAGE}",
        "organization": {"name": "Fjella Arbeidssenter AS",
                         "owners": [{"name": "Marker kommune", "share_percent": 52},
                                    {"name": "Aremark kommune", "share_percent": 28},
                                    {"name": "Rakkestad kommune", "share_percent": 20}]},
        "ceo": "Espen Holter", "board": board, "emp_known": True, "board_optional": ["Espen Holter"],
        "programs": {"VTA": 21, "AFT": 14, "VTO": 3}, "items": items, "renditions": ["docx", "pdf"],
        "notes": "Invented 2021 annual report (bokmål) of a vekstbedrift in Marker, Viken. The board's roles "
                 "are printed ONLY inside a picture (portrait collage, name and role under each face, "
                 "'Ansattvalgt' for the employee-elected member, one 'Varamedlem'); the signature block (title "
                 "under the name, three columns) repeats the members with plain titles. Programs as bullets "
                 "'(VTA): 21 plasser'. Both statements are pictures (spreadsheet screenshots) with 'Tall i NOK "
                 "1000' under the title; their rows are gold table rows and the totals gold key figures (x1000). "
                 "Ørje (village) optional.",
    }


def hornelen_2022() -> dict:
    """Nynorsk foundation 2022, as PDF and as a scan: a two-column page, a reprinted newspaper piece
    quoting another organisation's chair, a Namn | Rolle table with the deputies in a sentence."""
    board = [M("Haldis Kvalheim", "LEDE"), M("Rolf Endre Hovden", "NEST"), M("Synnøve Frøyen", "MEDL"),
             M("Jarle Torsvik", "MEDL", emp=True), M("Berit Elde", "MEDL"), M("Oddvar Gjelsvik", "VARA"),
             M("Tove Nærø", "VARA")]
    cols = [Col("2022", 2022), Col("2021", 2021)]
    result = Statement(
        "Resultatrekneskap", cols, income("nn", 2,
            inc=[("Billettinntekter", "", [612400, 402880]), ("Sal i museumsbutikk", "", [188204, 121350]),
                 ("Tilskot frå stat og fylke", "2", [2850000, 2760000]),
                 ("Tilskot frå kommunane", "", [640000, 620000]), ("Andre inntekter", "", [92118, 108440])],
            cost=[("Lønskostnad", "3", [3412880, 3188204]), ("Avskrivingar", "4", [142000, 138000]),
                  ("Kostnader bygg og anlegg", "", [512604, 402118]), ("Anna driftskostnad", "", [398412, 306880])],
            fin=[("Renteinntekter", "", [1204, 980]), ("Rentekostnader", "", [-4148, -4412])]),
        negative="paren", note_col="Note", label_header="Beløp i kr", render="ruled")
    bal = Statement(
        "Balanse", [Col("31.12.2022", 2022), Col("31.12.2021", 2021)], balance("nn", 2,
            fixed=[("Bygningar", "4", [3204000, 3312000]), ("Båtar og samlingar", "4", [180000, 214000])],
            current=[("Varelager butikk", "", [48200, 52118]), ("Kundefordringar", "", [22400, 18910]),
                     ("Bankinnskot", "", "plug")],
            equity=[("Grunnkapital", "", [100000, 100000]), ("Annan eigenkapital", "", [1812404, 1898522])],
            long=[("Pantelån", "5", [1280000, 1360000])],
            short=[("Leverandørgjeld", "", [140212, 118440]), ("Skuldige offentlege avgifter", "", [212880, 198204]),
                   ("Anna kortsiktig gjeld", "", [188106, 162880])]),
        negative="paren", note_col="Note", label_header="Beløp i kr", render="ruled")
    items = [
        ("h", 1, "Årsmelding 2022"),
        ("p", "Stiftinga Hornelen Kystmuseum vart skipa i 1979 og driv kystmuseum, båtbyggjeri og formidling av "
              "kystkultur i {g:Kinn} og {g:Bremanger}. Museet har utstillingar i {g:Florø} og ei båtstø ved "
              "{g:Måløy}, og er eitt av dei minste kystmusea i {g:Noreg}."),
        ("cols", [
            ("h", 2, "Året 2022"),
            ("p", "Etter to år med pandemi var 2022 eit år med full drift. Museet hadde 14 880 besøkande, ein "
                  "auke på {p:46 prosent|besøkande} frå 2021. Av dei besøkande kom {p:22 %|utlandet} frå "
                  "utlandet, dei fleste frå {g:Tyskland} og {g:Nederland}."),
            ("p", "Båtbyggjeriet fullførte restaureringa av ein færing frå 1890-talet, med tilskot frå "
                  "{g:Vestland fylkeskommune|Vestland} og Riksantikvaren."),
            ("p", "Skuleprogrammet nådde 2 100 elevar frå skular i {g:Kinn}, {g:Bremanger} og {g:Sunnfjord}."),
            ("h", 2, "Tilsette"),
            ("p", "Stiftinga hadde 9 tilsette i 6,8 årsverk. Sjukefråværet var {p:2,4 prosent|Sjukefråværet}. "
                  "Dagleg leiar er Kristoffer Solheimsnes."),
            ("p", "Stiftinga sine aktivitetar påverkar ikkje det ytre miljøet i nemnande grad."),
        ]),
        ("news", {"source": "Attgjeve frå Fjordposten 9. juni 2022",
                  "title": "Færingen er tilbake på sjøen",
                  "byline": "Tekst: Marianne Vågsholm",
                  "paras": ["Etter tre års arbeid vart den gamle færingen sjøsett ved båtstøa i {g:Måløy} laurdag.",
                            "– Dette er ein stor dag for kystkulturen i heile {g:Nordfjord}, sa styreleiar i "
                            "{g:Kinn} Sogelag, Arnstein Botnen, som heldt tale ved sjøsetjinga.",
                            "Dagleg leiar ved museet, Kristoffer Solheimsnes, seier at færingen skal brukast i "
                            "formidlinga for skuleelevar."]}),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2022 vore samansett slik:"),
        ("table", [["Namn", "Rolle"], ["Haldis Kvalheim", "Styreleiar"], ["Rolf Endre Hovden", "Nestleiar"],
                   ["Synnøve Frøyen", "Styremedlem"], ["Jarle Torsvik", "Styremedlem, vald av dei tilsette"],
                   ["Berit Elde", "Styremedlem"]], {"ruled": False, "widths": [5, 7]}),
        ("p", "Varamedlemer: Oddvar Gjelsvik, Tove Nærø."),
        ("h", 2, "Økonomi"),
        ("p", "Stiftinga fekk eit underskot på 86 118 kroner i 2022. Styret meiner at grunnlaget for vidare drift "
              "er til stades."),
        ("break",),
        ("h", 2, "Resultatrekneskap 2022"),
        ("stmt", result),
        ("h", 2, "Balanse per 31.12.2022"),
        ("stmt", bal),
        ("sign", "{g:Florø}, 15. februar 2023", [
            ("Haldis Kvalheim", "Styreleiar"), ("Rolf Endre Hovden", "Nestleiar"), ("Synnøve Frøyen", "Styremedlem"),
            ("Jarle Torsvik", "Styremedlem"), ("Berit Elde", "Styremedlem"),
            ("Kristoffer Solheimsnes", "Dagleg leiar")], {"cols": 3, "title_above": True}),
    ]
    return {
        "name": "hornelen-2022", "lang": "nn", "year": 2022, "title": "Stiftinga Hornelen Kystmuseum 2022",
        "font": "DejaVu Serif", "body_pt": 10,
        "header": "Stiftinga Hornelen Kystmuseum — Årsmelding 2022", "footer": "Side {PAGE}",
        "organization": {"name": "Stiftinga Hornelen Kystmuseum", "founded_year": 1979},
        "ceo": "Kristoffer Solheimsnes", "board": board, "emp_known": True,
        "board_optional": ["Kristoffer Solheimsnes"], "items": items, "renditions": ["pdf", "scan"],
        "scan": {"tilt": 0.6, "noise": 8, "paper": 14}, "places_optional": ["Norge"], "not_places": ["Hornelen"],
        "notes": "Invented 2022 annual report (nynorsk) of a coastal museum foundation in Kinn and Bremanger, "
                 "Vestland, as a PDF and as a scanned image PDF. A two-column section (the year, staff, CEO "
                 "named in prose). A reprinted newspaper piece in a box ('Attgjeve frå Fjordposten') quotes "
                 "'styreleiar i Kinn Sogelag, Arnstein Botnen' (another organisation: not board) and its "
                 "journalist. Board as an unruled Namn | Rolle table ('Styremedlem, vald av dei tilsette' = "
                 "employee-elected); the deputies in a following sentence 'Varamedlemer: A, B.' Signatures with "
                 "the title above the name. Statements ruled in whole kroner ('Beløp i kr' in the header cell), "
                 "Note column, negatives in parentheses; a loss both years. 'Noreg' as printed (Norge "
                 "optional).",
    }


def lierfoss_2024() -> dict:
    """Akershus 2024: the board and the CEO sit in a floating text box as stacked name/role lines;
    '(i hele tusen)' in the statement's heading; key-figure percentages."""
    board = [M("Randi Holth Sæterbakken", "LEDE"), M("Kenneth Bråthen", "NEST"), M("Guro Aslaksby", "MEDL"),
             M("Dag Henning Skaug", "MEDL"), M("Nora Bjerke Lie", "MEDL", emp=True), M("Thomas Gulli", "VARA")]
    cols = [Col("2024", 2024), Col("2023", 2023)]
    result = Statement(
        "Resultatregnskap", cols, income("nb", 2,
            inc=[("Salgsinntekter", "", [9412, 8604]), ("Tilskudd fra NAV", "2", [18204, 16980]),
                 ("Andre driftsinntekter", "", [1286, 1128])],
            cost=[("Varekostnad", "", [3118, 2902]), ("Lønnskostnader", "3", [22604, 21240]),
                  ("Avskrivninger", "4", [1012, 980]), ("Andre driftskostnader", "", [1478, 1296])],
            fin=[("Finansinntekter", "", [88, 64]), ("Finanskostnader", "", [-166, -188])]),
        unit=1000, negative="paren", note_col="Note", render="ruled")
    bal = Statement(
        "Balanse", [Col("31.12.2024", 2024), Col("31.12.2023", 2023)], balance("nb", 2,
            fixed=[("Bygninger", "4", [8420, 8812]), ("Maskiner og inventar", "4", [2118, 2304])],
            current=[("Varelager", "", [902, 840]), ("Kundefordringer", "", [2210, 1986]), ("Bankinnskudd", "", "plug")],
            equity=[("Aksjekapital", "", [2000, 2000]), ("Annen egenkapital", "", [6411, 5799])],
            long=[("Pantelån", "5", [5800, 6200])],
            short=[("Leverandørgjeld", "", [1102, 1040]), ("Skyldige offentlige avgifter", "", [1880, 1744]),
                   ("Annen kortsiktig gjeld", "", [1012, 1098])]),
        unit=1000, negative="paren", note_col="Note", render="ruled")
    box = [("bh", "Styret pr. 31.12.2024")]
    for name, word in [("Randi Holth Sæterbakken", "styreleder"), ("Kenneth Bråthen", "nestleder"),
                       ("Guro Aslaksby", "styremedlem"), ("Dag Henning Skaug", "styremedlem"),
                       ("Nora Bjerke Lie", "ansattvalgt styremedlem"), ("Thomas Gulli", "varamedlem")]:
        box += [("p", name), ("p", word)]
    box += [("bh", "Daglig leder"), ("p", "Vibeke Fossheim")]
    items = [
        ("h", 1, "Årsrapport 2024"),
        ("sidebar", box, {"width_pt": 150, "height_pt": 330}),
        ("h", 2, "Om virksomheten"),
        ("p", "Lierfoss Industri AS er en arbeids- og inkluderingsbedrift med hovedkontor på {g?:Bjørkelangen} i "
              "{g:Aurskog-Høland}. Selskapet eies av {g:Aurskog-Høland kommune|Aurskog-Høland} "
              "({p:70 %|Aurskog-Høland kommune}) og {g:Nes kommune|Nes} ({p:30 %|Nes kommune})."),
        ("p", "Fra 1. januar 2024 er vi igjen en del av {g:Akershus}, etter fire år i {g:Viken}. Vi har avtaler "
              "med NAV-kontorene i {g:Aurskog-Høland}, {g:Nes} og {g:Lillestrøm}."),
        ("h", 2, "Tiltak og resultater"),
        ("p", "Ved utgangen av 2024 hadde bedriften avtale med NAV om 36 VTA-plasser, 5 VTO-plasser og 24 plasser "
              "i arbeidsforberedende trening (AFT)."),
        ("p", "Av AFT-deltakerne som avsluttet i 2024, gikk {p:44 %|AFT-deltakerne} over til arbeid eller "
              "utdanning. Målet fra NAV er {p:40 %|Målet}."),
        ("h", 2, "Medarbeidere"),
        ("p", "Ved årsskiftet hadde vi 26 ansatte i 24,3 årsverk. Sykefraværet var {p:5,1 %|Sykefraværet}, ned "
              "fra {p:6,4 %|ned fra} i 2023."),
        ("h", 2, "Økonomi"),
        ("p", "Omsetningen økte med {p:8,2 %|Omsetningen} til 28,9 millioner kroner, og årsresultatet ble 612 000 "
              "kroner. Styret mener at forutsetningen om fortsatt drift er til stede."),
        ("h", 3, "Nøkkeltall"),
        ("table", [["", "2024", "2023"], ["Driftsmargin", "{p:2,4 %}", "{p:1,1 %}"],
                   ["Egenkapitalandel", "{p:46,2 %}", "{p:43,6 %}"]], {"size": 9, "widths": [6, 2.5, 2.5]}),
        ("break",),
        ("h", 3, "Resultatregnskap (i hele tusen)"),
        ("stmt", result),
        ("h", 3, "Balanse (i hele tusen)"),
        ("stmt", bal),
        ("sign", "{g?:Bjørkelangen}, 10. mars 2025", [
            ("Randi Holth Sæterbakken", "styreleder"), ("Kenneth Bråthen", "nestleder"),
            ("Guro Aslaksby", "styremedlem"), ("Dag Henning Skaug", "styremedlem"),
            ("Nora Bjerke Lie", "styremedlem"), ("Vibeke Fossheim", "daglig leder")], {"cols": 3}),
        ("p", "Lierfoss Industri AS · Industrivegen 7, 1940 {g?:Bjørkelangen} · tlf. 63 85 22 40 · "
              "www.lierfoss-industri.no", {"size": 8, "align": "center"}),
    ]
    return {
        "name": "lierfoss-2024", "lang": "nb", "year": 2024, "title": "Lierfoss Industri AS årsrapport 2024",
        "header": "Lierfoss Industri AS – Årsrapport 2024", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Lierfoss Industri AS", "address": "Industrivegen 7", "phone": "63 85 22 40",
                         "website": "www.lierfoss-industri.no",
                         "owners": [{"name": "Aurskog-Høland kommune", "share_percent": 70},
                                    {"name": "Nes kommune", "share_percent": 30}]},
        "ceo": "Vibeke Fossheim", "board": board, "emp_known": True, "board_optional": ["Vibeke Fossheim"],
        "programs": {"VTA": 36, "VTO": 5, "AFT": 24}, "items": items, "renditions": ["docx", "pdf"],
        "notes": "Invented 2024 annual report (bokmål) of a vekstbedrift in Aurskog-Høland, Akershus (Viken "
                 "named as the former county). The board is in a floating text box (VML) at the right margin "
                 "as stacked lines, name then role ('ansattvalgt styremedlem', 'varamedlem'), followed by "
                 "'Daglig leder' / name; the signature block repeats the members with plain titles. Programs in "
                 "one sentence: '36 VTA-plasser, 5 VTO-plasser og 24 plasser i arbeidsforberedende trening "
                 "(AFT)'. The unit is only in the headings 'Resultatregnskap (i hele tusen)'; ruled statements "
                 "with Note column and negatives in parentheses; key figures x1000. Bjørkelangen optional.",
    }


REPORTS = [kau_2013, fjella_2021, hornelen_2022, lierfoss_2024]
