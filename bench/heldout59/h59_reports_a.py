"""Fifty-ninth held-out set, reports 1-3: vekstbedrifter whose board is read from signatures
(2008 Førde, 2011 Steinkjer, 2016 Sandnes). Organisations, people and figures are invented."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def result_of(st: Statement) -> str:
    """The statement's Årsresultat for its first year, as it prints it (computed, never typed)."""
    return st.fmt(next(line for line in st.lines if line.label == "Årsresultat").values[0])


def bruland_produkt_2008() -> dict:
    """Board only in a signature grid, roles over names, three to a row; the text names the
    former chair, NAV's adviser, arbeidsledere, the møteleder and the auditor."""
    cols = [Col("2008", 2008), Col("2007", 2007)]
    inc = Statement("Resultatregnskap 2008", cols, income(
        "nb", 2,
        [("Salgsinntekter", "", [6_412_380, 5_987_115]), ("Tilskudd VTA fra NAV", "2", [4_806_720, 4_622_400]),
         ("Kommunale tilskudd", "2", [1_150_000, 1_100_000]), ("Andre driftsinntekter", "", [214_560, 188_240])],
        [("Varekostnad", "", [2_281_940, 2_115_730]), ("Lønn og sosiale kostnader", "3", [8_465_210, 8_021_560]),
         ("Avskrivninger", "4", [412_300, 398_650]), ("Andre driftskostnader", "", [1_262_480, 1_198_320])],
        [("Finansinntekter", "", [96_410, 71_880]), ("Finanskostnader", "", [-58_220, -61_540])]),
        note_col="Note", label_header="Beløp i kroner")
    bal = Statement("Balanse pr. 31.12.2008", cols, balance(
        "nb", 2,
        [("Bygninger og tomt", "4", [3_840_000, 3_960_000]), ("Maskiner og inventar", "4", [1_122_600, 1_208_400])],
        [("Varelager", "", [418_300, 389_100]), ("Kundefordringer", "", [702_450, 655_800]),
         ("Bankinnskudd", "", "plug")],
        [("Aksjekapital", "", [500_000, 500_000]), ("Annen egenkapital", "", [3_915_840, 3_610_860])],
        [("Pantelån", "5", [2_210_000, 2_390_000])],
        [("Leverandørgjeld", "", [386_200, 402_500]), ("Skyldige offentlige avgifter", "", [612_730, 588_410]),
         ("Annen kortsiktig gjeld", "", [498_670, 455_120])]),
        note_col="Note", label_header="Beløp i kroner")
    board = [("Oddvar Hestenes", "LEDE", False), ("Randi Solheim Bakke", "NEST", False),
             ("Geir Kvamme", "MEDL", False), ("Ingunn Myklebust", "MEDL", False), ("Kjetil Brekke", "MEDL", True)]
    items = [
        ("h", 1, "Årsrapport 2008"),
        ("p", "Bruland Produkt AS er en vekstbedrift i {g:Førde} som gir arbeid og arbeidstrening til personer "
              "med nedsatt arbeidsevne fra {g:Førde}, {g:Naustdal}, {g:Jølster} og {g:Gaular}."),
        ("h", 2, "Fra daglig leder"),
        ("p", "2008 ble et godt år for bedriften. Etterspørselen etter emballasje og monteringsoppdrag holdt seg "
              "oppe gjennom høsten, og vi fikk to nye faste kunder i {g:Sunnfjord}. Vi takker rådgiver Tone Aarseth "
              "i {g:NAV Sogn og Fjordane|Sogn og Fjordane} for et nært og godt samarbeid om inntak og oppfølging."),
        ("p", "Arbeidsleder Per Olav Sunde har hatt ansvaret for verkstedet, og Liv Hatlem har drevet kantinen "
              "med seks arbeidstakere i VTA. Takk til alle ansatte for innsatsen."),
        ("p", "Marit Vårdal, daglig leder", {"italic": True}),
        ("h", 2, "Tiltaksplasser"),
        ("p", "Bedriften har 32 plasser for varig tilrettelagt arbeid (VTA) og 12 plasser i arbeidspraksis i "
              "skjermet virksomhet (APS). Av dem som avsluttet APS i 2008, gikk {p:38 prosent|avsluttet APS} "
              "over til arbeid eller utdanning."),
        ("table", [["Tiltak", "Plasser", "Deltakere i året"], ["VTA", "32", "35"], ["APS", "12", "29"]],
         {"ruled": True}),
        ("h", 2, "Styrets årsberetning 2008"),
        ("bh", "Virksomhetens art og hvor den drives"),
        ("p", "Bruland Produkt AS ble stiftet i 1991 og har sine lokaler i Hafstadvegen 41, 6800 {g:Førde}. Selskapet "
              "eies av tre kommuner:"),
        ("table", [["Aksjonær", "Andel"], ["{g:Førde kommune|Førde}", "{p:56 %}"],
                   ["{g:Naustdal kommune|Naustdal}", "{p:22 %}"], ["{g:Jølster kommune|Jølster}", "{p:22 %}"]],
         {"ruled": False}),
        ("p", "Generalforsamlingen ble holdt 29. april 2008 med Ragnar Fossheim som møteleder. Halvard Rygg, som "
              "hadde ledet styret siden 2000, gikk ut av styret ved generalforsamlingen. Styret har hatt åtte "
              "møter og behandlet 52 saker."),
        ("bh", "Fortsatt drift"),
        ("p", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Årsresultatet på "
              f"{result_of(inc)} kroner overføres til annen egenkapital."),
        ("bh", "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Sykefraværet var {p:7,4 %|sykefraværet} mot {p:8,9 %|sykefraværet} året før. Det har ikke vært "
              "skader eller ulykker. Bedriften har 14 ansatte, åtte kvinner og seks menn, og styret har tre "
              "kvinner og tre menn medregnet daglig leder. Virksomheten forurenser ikke det ytre miljø utover "
              "vanlig avfall, som kildesorteres."),
        ("bh", "Revisor"),
        ("p", "Selskapets revisor er Revisjon Fjordane ANS ved statsautorisert revisor Eli Tefre."),
        ("siggrid", "{g:Førde}, 24. mars 2009",
         [("Oddvar Hestenes", "Styreleder"), ("Randi Solheim Bakke", "Nestleder"), ("Geir Kvamme", "Styremedlem"),
          ("Ingunn Myklebust", "Styremedlem"), ("Kjetil Brekke", "Ansattes representant"),
          ("Marit Vårdal", "Daglig leder")],
         {"per_row": 3, "order": "role_name", "mark": "line"}),
        ("break",),
        ("stmt", inc, {"title": "Resultatregnskap 2008"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2008"}),
    ]
    return {
        "name": "bruland-produkt-2008", "year": 2008, "title": "Bruland Produkt AS - Årsrapport 2008",
        "organization": {"name": "Bruland Produkt AS", "founded_year": 1991,
                         "address": "Hafstadvegen 41, 6800 Førde",
                         "owners": [{"name": "Førde kommune", "share_percent": 56},
                                    {"name": "Naustdal kommune", "share_percent": 22},
                                    {"name": "Jølster kommune", "share_percent": 22}]},
        "ceo": "Marit Vårdal", "board": board, "board_optional": ["Marit Vårdal"],
        "not_board": ["Tone Aarseth", "Per Olav Sunde", "Liv Hatlem", "Ragnar Fossheim", "Halvard Rygg", "Eli Tefre"],
        "programs": {"VTA": 32}, "items": items, "renditions": ["docx", "pdf", "doc"],
        "header": "Bruland Produkt AS", "footer": "Side {PAGE} av {NUMPAGES}",
        "notes": "Board only in the signature grid (roles over names, three per row); the daglig leder signs "
                 "(optional); 'Ansattes representant' is the employee-elected member.",
    }


def maere_vekst_2011() -> dict:
    """The board as a Navn / Verv / Valgt av table and again in a transcribed signature grid with
    "sign." (names over roles), where a deputy signs for an absent member."""
    cols = [Col("2011", 2011), Col("2010", 2010)]
    inc = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        [("Salg av varer og tjenester", "", [5_218_440, 4_876_920]), ("Offentlige tilskudd", "2", [6_935_100, 6_604_300])],
        [("Varer og underleveranser", "", [1_688_210, 1_540_870]), ("Lønnskostnader", "3", [7_904_330, 7_566_140]),
         ("Avskrivninger", "", [296_400, 301_800]), ("Andre driftskostnader", "", [1_871_520, 1_755_460])],
        [("Renteinntekter", "", [88_760, 64_330]), ("Rentekostnader", "", [-41_900, -47_210])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader"}),
        render="unruled", note_col="Note", label_header="", above="Tall i hele kroner")
    bal = Statement("Balanse 31.12.", cols, balance(
        "nb", 2,
        [("Bygninger", "", [2_650_000, 2_760_000]), ("Biler og maskiner", "", [744_500, 812_300])],
        [("Lager", "", [301_200, 277_600]), ("Fordringer", "", [866_340, 791_050]), ("Bank", "", "plug")],
        [("Aksjekapital", "", [400_000, 400_000]), ("Annen egenkapital", "", [2_918_770, 2_588_030])],
        [("Lån i Husbanken", "", [1_380_000, 1_460_000])],
        [("Leverandørgjeld", "", [322_140, 345_780]), ("Offentlige avgifter", "", [701_330, 688_150]),
         ("Feriepenger og annen gjeld", "", [842_900, 803_420])]),
        render="unruled", note_col="Note", label_header="")
    board = [("Anne Lise Reitan", "LEDE", False), ("Tormod Aune", "NEST", False), ("Bjørn Gjermstad", "MEDL", False),
             ("Hege Skjefstad", "MEDL", False), ("Vegard Holan", "MEDL", True),
             ("Sverre Lie", "VARA", None), ("Eva Dahl", "VARA", None)]
    items = [
        ("bh", "MÆRE VEKST AS", {"size": 16}),
        ("bh", "Årsmelding og regnskap 2011"),
        ("p", "Mære Vekst AS, Sandvika 4, 7725 {g:Steinkjer}. Telefon 74 16 52 30. E-post: post@maerevekst.no"),
        ("bh", "Om bedriften"),
        ("p", "Mære Vekst AS er en arbeidsmarkedsbedrift stiftet i 1989 med hovedkontor i {g:Steinkjer} og en "
              "avdeling på {g:Straumen}. Vi tar imot deltakere fra {g:Steinkjer}, {g:Inderøy}, {g:Verran} og "
              "{g:Snåsa}. Bedriften har 28 VTA-plasser og gir arbeidspraksis i skjermet virksomhet (APS) og "
              "kvalifisering i arbeidsmarkedsbedrift (KIA) etter avtale med {g:NAV Nord-Trøndelag|Nord-Trøndelag}."),
        ("p", "I 2011 gikk {p:54 prosent|over til arbeid eller skole} av deltakerne som avsluttet APS og KIA over til "
              "arbeid eller skole. Vedproduksjonen økte, og vi leverte for første gang ferdigmonterte "
              "hyller til en kunde i {g:Trondheim}."),
        ("bh", "Eiere"),
        ("p", "Aksjene eies av {g:Steinkjer kommune|Steinkjer} ({p:70 %|Steinkjer kommune}) og "
              "{g:Nord-Trøndelag fylkeskommune|Nord-Trøndelag} ({p:30 %|Nord-Trøndelag fylkeskommune})."),
        ("bh", "Styret"),
        ("table", [["Navn", "Verv", "Valgt av"],
                   ["Anne Lise Reitan", "Styreleder", "Generalforsamlingen"],
                   ["Tormod Aune", "Nestleder", "Generalforsamlingen"],
                   ["Bjørn Gjermstad", "Styremedlem", "Generalforsamlingen"],
                   ["Hege Skjefstad", "Styremedlem", "Generalforsamlingen"],
                   ["Vegard Holan", "Styremedlem", "De ansatte"],
                   ["Sverre Lie", "Varamedlem", "Generalforsamlingen"],
                   ["Eva Dahl", "Varamedlem", "De ansatte"]], {"ruled": True}),
        ("p", "Valgkomiteen har bestått av Arne Bjørnstad og Kari Ystad. Administrasjonen består av daglig leder "
              "Ketil Sandvik, avdelingsleder Jon Ivar Kvam og jobbkonsulent Siri Hoff."),
        ("bh", "Styrets beretning"),
        ("p", f"Styret har hatt sju møter. Regnskapet viser et årsresultat på {result_of(inc)} kroner, som overføres til "
              "annen egenkapital. Forutsetningen om fortsatt drift er til stede."),
        ("p", "Sykefraværet ble {p:5,9 %|sykefraværet}, en nedgang fra {p:6,6 %|sykefraværet} i 2010. "
              "Arbeidsmiljøet er godt, og det har ikke skjedd ulykker. Av 16 ansatte er ni kvinner. Bedriften "
              "driver ikke virksomhet som forurenser det ytre miljø."),
        ("siggrid", "{g:Steinkjer}, 12. mars 2012",
         [("Anne Lise Reitan", "Styreleder"), ("Tormod Aune", "Nestleder"),
          ("Sverre Lie", "Varamedlem\nfor Bjørn Gjermstad"), ("Hege Skjefstad", "Styremedlem"),
          ("Vegard Holan", "Ansattes representant"), ("Ketil Sandvik", "Daglig leder")],
         {"per_row": 3, "order": "name_role", "mark": "sign"}),
        ("p", "Originalen er underskrevet og oppbevares hos bedriften.", {"italic": True, "size": 8}),
        ("break",),
        ("stmt", inc, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse 31.12."}),
        ("p", "Revisor: Inntrøndelag Revisjon AS, registrert revisor Ola Tangen.", {"size": 8}),
    ]
    return {
        "name": "maere-vekst-2011", "year": 2011, "title": "Mære Vekst AS Årsmelding 2011",
        "organization": {"name": "Mære Vekst AS", "founded_year": 1989, "address": "Sandvika 4, 7725 Steinkjer",
                         "phone": "74 16 52 30", "email": "post@maerevekst.no",
                         "owners": [{"name": "Steinkjer kommune", "share_percent": 70},
                                    {"name": "Nord-Trøndelag fylkeskommune", "share_percent": 30}]},
        "ceo": "Ketil Sandvik", "board": board, "board_optional": ["Ketil Sandvik"],
        "not_board": ["Arne Bjørnstad", "Kari Ystad", "Jon Ivar Kvam", "Siri Hoff", "Ola Tangen"],
        "programs": {"VTA": 28}, "items": items, "renditions": ["pdf"],
        "font": "Liberation Serif",
        "notes": "Board in a Navn/Verv/Valgt av table and in a transcribed grid with 'sign.' where the deputy Sverre "
                 "Lie signs 'for Bjørn Gjermstad' (the absent member stays MEDL); the daglig leder signs (optional).",
    }


def soma_vekst_2016() -> dict:
    """Chromium: the årsberetning ends with names only under blank space; roles only on the signing
    service's appended page ("Surname, Given names", role, time, BankID, a hashed id)."""
    cols = [Col("2016", 2016), Col("2015", 2015)]
    inc = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        [("Salgsinntekter", "", [9_884_210, 9_402_660]), ("Tilskudd fra NAV", "", [14_260_800, 13_188_500]),
         ("Andre inntekter", "", [402_300, 366_900])],
        [("Varekostnad", "", [3_112_480, 2_986_300]), ("Lønnskostnader", "2", [17_805_960, 16_744_020]),
         ("Avskrivninger", "3", [688_200, 641_700]), ("Andre driftskostnader", "", [2_541_830, 2_460_130])],
        [("Finansinntekter", "", [121_450, 144_200]), ("Finanskostnader", "", [-96_330, -102_870])]),
        note_col="Note", label_header="NOK")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        [("Tomter og bygninger", "3", [8_120_000, 8_390_000]), ("Driftsløsøre", "3", [1_455_800, 1_302_600])],
        [("Kundefordringer", "", [1_384_660, 1_212_900]), ("Andre fordringer", "", [245_100, 198_330]),
         ("Bankinnskudd", "", "plug")],
        [("Aksjekapital", "", [1_000_000, 1_000_000]), ("Annen egenkapital", "", [6_962_510, 6_439_570])],
        [("Gjeld til kredittinstitusjoner", "4", [4_640_000, 4_980_000])],
        [("Leverandørgjeld", "", [796_400, 812_750]), ("Skyldige offentlige avgifter", "", [1_402_850, 1_345_620]),
         ("Annen kortsiktig gjeld", "", [1_210_330, 1_166_990])]),
        note_col="Note", label_header="NOK")
    board = [("Jostein Bjørheim", "LEDE", False), ("Hilde Oftedal", "NEST", False), ("Ellen Tengesdal", "MEDL", False),
             ("Atle Skjæveland", "MEDL", False), ("Ruth Kvernaland", "MEDL", True)]
    signer = lambda sur, role, when, code: ["Signert av", sur, role, f"Tidspunkt: {when}", "Metode: BankID",
                                            f"ID: {code}"]
    items = [
        ("h", 1, "Årsrapport 2016"),
        ("p", "Soma Vekst AS · Somaveien 12, 4323 {g:Sandnes} · www.somavekst.no", {"small": True}),
        ("h", 2, "Dette er Soma Vekst"),
        ("p", "Soma Vekst AS er en vekstbedrift i {g:Sandnes} med avdelinger i {g:Sandnes} sentrum og på "
              "{g:Ålgård} i {g:Gjesdal}. Vi har 45 plasser i varig tilrettelagt arbeid (VTA) og 60 plasser i "
              "arbeidsforberedende trening (AFT), det nye tiltaket som erstattet APS og KIA fra 2015."),
        ("table", [["Tiltak", "Plasser", "Deltakere", "Til arbeid eller skole"],
                   ["VTA", "45", "47", "–"], ["AFT", "60", "138", "{p:41 %}"]], {"ruled": True}),
        ("h", 2, "Året som gikk"),
        ("p", "Vi takker {g:NAV Rogaland|Rogaland} og veileder Synnøve Gjedrem for godt samarbeid om AFT. "
              "Arbeidsleder Kjell Ove Herikstad startet sykkelverkstedet i mars, og kundene i {g:Stavanger} "
              "har gitt oss flere oppdrag på vask og vedlikehold."),
        ("h", 2, "Styrets årsberetning"),
        ("bh", "Virksomheten"),
        ("p", "Selskapet ble stiftet i 1986 og eies av {g:Sandnes kommune|Sandnes} ({p:62 %|Sandnes kommune}) og "
              "{g:Gjesdal kommune|Gjesdal} ({p:38 %|Gjesdal kommune}). På generalforsamlingen møtte varaordfører "
              "Bjarne Undheim for {g:Sandnes kommune|Sandnes} og rådmann Gro Ims for {g:Gjesdal kommune|Gjesdal}."),
        ("p", "Rune Tjelta gikk ut av styret i juni etter eget ønske, og Atle Skjæveland kom inn i hans sted. "
              "Styret har hatt ni møter."),
        ("bh", "Fortsatt drift og resultat"),
        ("p", "Årsregnskapet er avlagt under forutsetning om fortsatt drift. Årets overskudd på "
              f"{result_of(inc)} kroner overføres til annen egenkapital."),
        ("bh", "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet var {p:8,2 %|sykefraværet} (2015: {p:9,0 %|sykefraværet}). Bedriften har 31 ansatte, "
              "hvorav 17 kvinner. Hovedverneombud er Elin Nærland. Bedriften påvirker det ytre miljø i liten grad."),
        ("p", "{g:Sandnes}, 28. mars 2017"),
        ("p", "Styret i Soma Vekst AS"),
        ("siggrid", "Dokumentet er signert elektronisk.",
         [("Jostein Bjørheim", ""), ("Hilde Oftedal", ""), ("Ellen Tengesdal", ""), ("Atle Skjæveland", ""),
          ("Ruth Kvernaland", ""), ("Trond Magne Egeland", "")],
         {"per_row": 3, "order": "name_role", "mark": "blank"}),
        ("stmt", inc, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember"}),
        ("p", "Revisor: Revisjonsgruppen Jæren AS v/ statsautorisert revisor Tor Inge Høyland", {"small": True}),
        ("esignpage", {
            "service": "Pennestrøk", "title": "Signaturside",
            "doc_id": "Dokument: Årsrapport 2016 Soma Vekst AS · Dokument-ID: 7E2B-11F0-A94C-3D58",
            "intro": "Signaturene i dette dokumentet er juridisk bindende. Underskriverne er identifisert med BankID.",
            "signers": [signer("Bjørheim, Jostein", "Styreleder", "2017-03-28 19:02:11 CEST", "a41c9e07d2b3"),
                        signer("Oftedal, Hilde", "Nestleder", "2017-03-28 20:15:47 CEST", "f0b2277c91ae"),
                        signer("Tengesdal, Ellen", "Styremedlem", "2017-03-29 07:48:03 CEST", "3d8e61aa04f5"),
                        signer("Skjæveland, Atle", "Styremedlem", "2017-03-29 08:31:59 CEST", "c7714be2e980"),
                        signer("Kvernaland, Ruth", "Styremedlem (ansattvalgt)", "2017-03-29 12:06:22 CEST",
                               "9be03f5d17c2"),
                        signer("Egeland, Trond Magne", "Daglig leder", "2017-03-29 14:40:36 CEST", "52ad08e6b13f")],
            "foot": "Pennestrøk · elektronisk signering · sjekk dokumentet på pennestrok.no/verifiser"}),
    ]
    return {
        "name": "soma-vekst-2016", "year": 2016, "title": "Soma Vekst AS - Årsrapport 2016",
        "organization": {"name": "Soma Vekst AS", "founded_year": 1986, "address": "Somaveien 12, 4323 Sandnes",
                         "website": "www.somavekst.no",
                         "owners": [{"name": "Sandnes kommune", "share_percent": 62},
                                    {"name": "Gjesdal kommune", "share_percent": 38}]},
        "ceo": "Trond Magne Egeland", "board": board, "board_optional": ["Trond Magne Egeland"],
        "not_board": ["Synnøve Gjedrem", "Kjell Ove Herikstad", "Bjarne Undheim", "Gro Ims", "Rune Tjelta",
                      "Elin Nærland", "Tor Inge Høyland"],
        "programs": {"VTA": 45, "AFT": 60}, "items": items, "renditions": ["chrome"], "accent": "2E6B3A",
        "notes": "Names only in the årsberetning's grid; roles only on the signing page ('Surname, Given names'); "
                 "'Styremedlem (ansattvalgt)' is employee-elected; a member who left in June is not board.",
    }


REPORTS = [bruland_produkt_2008, maere_vekst_2011, soma_vekst_2016]
