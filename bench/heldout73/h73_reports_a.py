"""The seventy-third set's two slide decks (``h73_slides``): a vekstbedrift's annual report as a
deck (bokmål, Nord-Fron in Innlandet, 2023) and an idrettslag's årsmelding shown at its årsmøte
(nynorsk, Stryn in Sogn og Fjordane, 2017). Organisations, people and figures are made up; the
places are real and valid in the year."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def fronsgarden_arbeid_2023() -> dict:
    cols = [Col("2023", 2023, ACTUAL), Col("2022", 2022, ACTUAL)]
    result = Statement("Resultatregnskap 2023", cols, income("nb", 2, [
        ("Salgsinntekter", "", [6842310, 6215940]),
        ("Tilskudd fra NAV (VTA og AFT)", "", [14206880, 13588120]),
        ("Tilskudd fra eierkommunene", "", [1985000, 1920000]),
        ("Andre driftsinntekter", "", [872455, 640275]),
    ], [
        ("Varekostnad", "", [2914220, 2655480]),
        ("Lønnskostnader", "", [16402935, 15620770]),
        ("Avskrivninger", "", [612400, 598100]),
        ("Andre driftskostnader", "", [3487310, 3251645]),
    ], [
        ("Finansinntekter", "", [96420, 41230]),
        ("Finanskostnader", "", [-118640, -92870]),
    ]), label_header="Beløp i hele kroner")
    bal = Statement("Balanse pr. 31.12.2023", cols, balance("nb", 2,
        [("Bygninger og tomt", "", [4820000, 5010000]), ("Maskiner og inventar", "", [1236400, 1188800])],
        [("Varelager", "", [684200, 712900]), ("Kundefordringer", "", [1122840, 986310]),
         ("Bankinnskudd", "", "plug")],
        [("Aksjekapital", "", [300000, 300000]), ("Annen egenkapital", "", [6942860, 6475300])],
        [("Pantelån", "", [2150000, 2400000])],
        [("Leverandørgjeld", "", [612330, 580940]), ("Skyldige offentlige avgifter", "", [1046210, 998470]),
         ("Annen kortsiktig gjeld", "", [1384790, 1206150])]), label_header="Beløp i hele kroner")
    board = [("Arne Tolstad Haugen", "LEDE", False), ("Kristin Lunde Rudi", "NEST", False),
             ("Per Ivar Brekkom", "MEDL", False), ("Live Kvarberg", "MEDL", False),
             ("Jostein Harildstad", "MEDL", True), ("Marit Sveen Myrvang", "VARA", None),
             ("Øyvind Teigen", "VARA", None)]
    slides = [
        ("cover", {"kicker": "ÅRSRAPPORT 2023", "title": "Fronsgarden Arbeid AS",
                   "subtitle": "Arbeid, opplæring og mestring i {g:Nord-Fron} siden 1988", "photo_seed": 731}),
        ("letter", {"title": "Daglig leder har ordet", "paras": [
            "2023 ble et travelt år. Etterspørselen etter ved og snekkertjenester holdt seg høy, og vaskeriet på "
            "{g:Hundorp} fikk to nye kunder blant hyttefeltene i {g:Gudbrandsdalen}.",
            "Vi har tatt imot flere deltakere i arbeidsforberedende trening enn noen gang, og mange av dem har gått "
            "videre til jobb hos arbeidsgivere i {g:Vinstra} og omegn. Det er vi stolte av.",
            "Takk til NAV-kontorene i {g:Nord-Fron}, {g:Sør-Fron} og {g:Ringebu}, og særlig til veileder Guri "
            "Skaansar, for godt samarbeid gjennom året. Takk også til alle ansatte og deltakere for innsatsen."],
            "quote": "«Vi ser mennesker vokse når de får ansvar og blir regnet med.»",
            "sign": ["Torunn Kleppe Bjørge", "daglig leder"]}),
        ("bullets", {"title": "Dette er Fronsgarden", "bullets": [
            "Arbeids- og inkluderingsbedrift, etablert i 1988",
            "Tiltaksarrangør for NAV: varig tilrettelagt arbeid (VTA) og arbeidsforberedende trening (AFT)",
            "Avdelinger på {g:Vinstra} og {g:Hundorp}: snekkerverksted, vaskeri, kantine og vedproduksjon",
            "Medlem av Arbeid & Inkludering i NHO",
            "Selskapet skal ikke gi utbytte; overskudd blir i bedriften"],
            "aside": ("Eiere", ["{g:Nord-Fron kommune|Nord-Fron} {p:64 %|Nord-Fron kommune}",
                                "{g:Sør-Fron kommune|Sør-Fron} {p:18 %|Sør-Fron kommune}",
                                "{g:Ringebu kommune|Ringebu} {p:18 %|Ringebu kommune}"])}),
        ("numbers", {"title": "2023 i tall", "tiles": [
            "26||plasser i varig tilrettelagt arbeid (VTA)",
            "40||plasser i arbeidsforberedende trening (AFT)",
            "118||deltakere innom bedriften i løpet av året",
            "{p:54 %|gikk over i arbeid eller utdanning}||av dem som avsluttet AFT, gikk over i arbeid eller utdanning",
            "23,9 mill.||kroner i driftsinntekter",
            "{p:5,2 %|sykefravær blant de ansatte}||sykefravær blant de ansatte"],
            "note": "Plassene er godkjente tiltaksplasser per 31.12.2023."}),
        ("people", {"title": "Styret", "people": [
            ("Arne Tolstad Haugen", "Styreleder"), ("Kristin Lunde Rudi", "Nestleder"),
            ("Per Ivar Brekkom", "Styremedlem"), ("Live Kvarberg", "Styremedlem"),
            ("Jostein Harildstad", "Styremedlem, valgt av de ansatte")],
            "foot": ["Varamedlemmer: Marit Sveen Myrvang og Øyvind Teigen (for de ansatte)",
                     "Styret har hatt sju møter og behandlet 41 saker i 2023."]}),
        ("columns", {"title": "Organisasjonen", "cols": [
            ("Ledergruppen", ["Torunn Kleppe Bjørge, daglig leder", "Sunniva Kleiven, fagleder AFT",
                              "Bjørn Olav Hågå, fagleder VTA", "Trine Mælum, økonomi og lønn"]),
            ("Ansatte", ["19 ansatte i 17,4 årsverk", "11 kvinner og 8 menn", "Verneombud: Kari Ann Lien",
                         "AMU har hatt fire møter"]),
            ("Revisjon og kvalitet", ["Revisor: Einar Gjeilo, statsautorisert revisor",
                                      "EQUASS-sertifisert til 2025", "Internkontroll etter HMS-forskriften"])]}),
        ("table", {"title": "Resultatregnskap 2023", "statement": result, "widths": [420, 170, 170]}),
        ("table", {"title": "Balanse pr. 31.12.2023", "statement": bal, "split": "Egenkapital og gjeld",
                   "widths": [250, 120, 120]}),
        ("contact", {"title": "Kontakt oss", "photo_seed": 735, "lines": [
            "Fronsgarden Arbeid AS", "Bruvegen 14, 2640 {g:Vinstra}", "Telefon 61 29 44 80",
            "post@fronsgarden.no", "www.fronsgarden.no"]}),
    ]
    return {
        "name": "fronsgarden-arbeid-2023", "year": 2023, "lang": "nb", "layout": "slides",
        "title": "Fronsgarden Arbeid AS – Årsrapport 2023", "renditions": ["chrome"], "items": None,
        "organization": {"name": "Fronsgarden Arbeid AS", "founded_year": 1988,
                         "address": "Bruvegen 14, 2640 Vinstra", "phone": "61 29 44 80",
                         "email": "post@fronsgarden.no", "website": "www.fronsgarden.no",
                         "owners": [{"name": "Nord-Fron kommune", "share_percent": 64},
                                    {"name": "Sør-Fron kommune", "share_percent": 18},
                                    {"name": "Ringebu kommune", "share_percent": 18}]},
        "ceo": "Torunn Kleppe Bjørge", "board": board, "programs": {"VTA": 26, "AFT": 40},
        "not_board": ["Guri Skaansar", "Sunniva Kleiven", "Bjørn Olav Hågå", "Trine Mælum", "Kari Ann Lien",
                      "Einar Gjeilo"],
        "deck": {"footer": "Fronsgarden Arbeid AS · Årsrapport 2023", "accent": "7A3B2E", "slides": slides,
                 "table_size": "16px"},
        "notes": "Slide deck (16:9, Chromium). Board as a slide of five photo cards, name and role under each "
                 "photo, the employees' member 'Styremedlem, valgt av de ansatte'; deputies in a line under the "
                 "cards, one 'for de ansatte'. Owners only as an 'Eiere' box beside bullets. VTA/AFT places and "
                 "percentages only as big numbers with small labels. The balance as two tables side by side on one "
                 "slide (assets | equity and debt, each under the column header). A NAV veileder thanked, the "
                 "ledergruppe, verneombud and revisor named on an organisation slide of three columns.",
    }


def strynsvatn_il_2017() -> dict:
    cols = [Col("Rekneskap 2017", 2017, ACTUAL), Col("Budsjett 2017", 2017, BUDGET),
            Col("Rekneskap 2016", 2016, ACTUAL)]
    result = Statement("Resultatrekneskap 2017", cols, income("nn", 3, [
        ("Medlemskontingent", "", [96400, 95000, 91200]),
        ("Treningsavgifter", "", [214350, 200000, 198700]),
        ("Sponsorinntekter", "", [165000, 150000, 142500]),
        ("Tilskot frå kommune og idrettsråd", "", [58900, 55000, 61300]),
        ("Momskompensasjon", "", [41276, 35000, 38954]),
        ("Arrangement og kiosk", "", [127845, 110000, 104220]),
    ], [
        ("Utstyr og drakter", "", [148260, 140000, 131905]),
        ("Leige av hall og anlegg", "", [96000, 96000, 92000]),
        ("Trenarar, kurs og dommarar", "", [187540, 180000, 176310]),
        ("Cupar og reiser", "", [104875, 95000, 99640]),
        ("Drift av lysløypa", "", [61230, 55000, 58470]),
        ("Andre driftskostnader", "", [47118, 45000, 51262]),
    ], [("Renteinntekter", "", [3412, 3000, 4105])], labels={"fin": None, "net_fin": None}),
        label_header="")
    bcols = [Col("31.12.2017", 2017, ACTUAL), Col("31.12.2016", 2016, ACTUAL)]
    bal = Statement("Balanse 31.12.2017", bcols, balance("nn", 2,
        [("Lysløype og skianlegg", "", [412000, 438000])],
        [("Kundefordringar", "", [18400, 22750]), ("Bankinnskot", "", "plug")],
        [("Eigenkapital", "", [804278, 742118])], [],
        [("Leverandørgjeld", "", [24630, 31880]), ("Anna kortsiktig gjeld", "", [12500, 9400])],
        labels={"equity": None, "debt": None}))
    board = [("Eirik Bøe Aaland", "LEDE", None), ("Synnøve Lødemel", "NEST", None),
             ("Johannes Sunde Flo", "MEDL", None), ("Heidi Tefre Nesdal", "MEDL", None),
             ("Ola Kristian Vik", "MEDL", None), ("Ragnhild Skåre", "VARA", None),
             ("Tor Arne Hjelmeset", "VARA", None)]
    slides = [
        ("cover", {"kicker": "ÅRSMØTE 15. MARS 2018", "title": "Årsmelding 2017",
                   "subtitle": "Strynsvatn Idrettslag · skipa 1946", "photo_seed": 1746}),
        ("letter", {"title": "Leiaren har ordet", "paras": [
            "2017 vart eit år med mykje snø og mange born i løypene. Skigruppa køyrde opp løyper frå {g:Hjelle} "
            "til {g:Oppstryn} heile vinteren, og fotballen hadde fleire lag i seriespel enn nokon gong.",
            "Økonomien er god, og styret har sett av midlar til nytt lysanlegg. {g:Stryn} kommune har gjeve "
            "tilsegn om spelemidlar, og vi takkar kultursjef Ingrid Fløtre for god hjelp med søknaden.",
            "Takk til alle trenarar, foreldre og dugnadsfolk. Utan dykk hadde det ikkje vore noko idrettslag."],
            "quote": "«Dugnaden er limet i bygda vår.»", "sign": ["Eirik Bøe Aaland", "leiar"]}),
        ("columns", {"title": "Styret og utval 2017", "cols": [
            ("Hovudstyret", ["Leiar: Eirik Bøe Aaland", "Nestleiar: Synnøve Lødemel", "Kasserar: Johannes Sunde Flo",
                             "Skrivar: Heidi Tefre Nesdal", "Styremedlem: Ola Kristian Vik",
                             "Varamedlemer: Ragnhild Skåre og Tor Arne Hjelmeset"]),
            ("Gruppeleiarar og utval", ["Ski: Per Erling Sætren", "Fotball: Kjersti Melheim",
                                        "Allidrett: Bente Ullaland", "Valnemnd: Nils Ove Glomnes og Anne Marit Rake",
                                        "Kontrollutval: Svein Hove og Liv Kristin Kjøs"])]}),
        ("numbers", {"title": "Året i tal", "tiles": [
            "486||medlemer per 31.12.2017",
            "{p:43 %|jenter og kvinner}||av medlemene er jenter og kvinner",
            "{p:12 %|fleire medlemer enn i 2016}||fleire medlemer enn i 2016",
            "2 140||dugnadstimar",
            "11||lag i seriespel",
            "38 km||oppkøyrde skiløyper"]}),
        ("bullets", {"title": "Aktiviteten i gruppene", "bullets": [
            "Ski: treningar tre kveldar i veka, 74 løparar, fire kretsmeisterskap for {g:Sogn og Fjordane}",
            "Fotball: 11 lag i seriespel i {g:Nordfjord}, fotballskule for 62 born i juni",
            "Allidrett: 40 born frå 6 til 10 år kvar tysdag i hallen i {g:Stryn}",
            "Trim: turmarsjen til Hjelledalsvatnet med 230 deltakarar"],
            "aside": ("Arrangement 2017", ["Strynsvatnløpet 4. mars", "Kretsrenn i {g:Oppstryn} 21. januar",
                                          "Fotballskule 19.–22. juni", "Haustcup i {g:Førde} (deltaking)"])}),
        ("columns", {"title": "Valnemnda si innstilling", "cols": [
            ("Til årsmøtet 2018", ["Leiar: Eirik Bøe Aaland (attval, 1 år)", "Nestleiar: Kjersti Melheim (ny, 2 år)",
                                   "Styremedlem: Martin Fosse Nygård (ny, 2 år)"]),
            ("Går ut av styret", ["Synnøve Lødemel og Ola Kristian Vik har vore i styret i fire år og ønskjer "
                                  "ikkje attval."])]}),
        ("table", {"title": "Resultatrekneskap 2017", "statement": result, "widths": [390, 150, 150, 150]}),
        ("table", {"title": "Balanse 31.12.2017", "statement": bal, "widths": [390, 150, 150]}),
        ("contact", {"title": "Takk for innsatsen!", "lines": [
            "Strynsvatn Idrettslag", "Postboks 44, 6781 {g:Stryn}", "E-post: post@strynsvatn-il.no",
            "www.strynsvatn-il.no"], "photo_seed": 1749}),
    ]
    return {
        "name": "strynsvatn-il-2017", "year": 2017, "lang": "nn", "layout": "slides",
        "title": "Strynsvatn Idrettslag – Årsmelding 2017", "renditions": ["chrome"], "items": None,
        "organization": {"name": "Strynsvatn Idrettslag", "founded_year": 1946,
                         "address": "Postboks 44, 6781 Stryn", "email": "post@strynsvatn-il.no",
                         "website": "www.strynsvatn-il.no"},
        "ceo": None, "board": board,
        "not_board": ["Ingrid Fløtre", "Per Erling Sætren", "Kjersti Melheim", "Bente Ullaland",
                      "Nils Ove Glomnes", "Anne Marit Rake", "Svein Hove", "Liv Kristin Kjøs",
                      "Martin Fosse Nygård"],
        "not_places": ["Strynsvatnløpet", "Hjelledalsvatnet"],
        "deck": {"footer": "Strynsvatn IL · Årsmelding 2017", "accent": "1D5C8C", "slides": slides,
                 "table_size": "15px"},
        "notes": "Slide deck for the årsmøte (nynorsk). The board as the left column of a two-column slide "
                 "('Leiar: Name', Kasserar and Skrivar as members), group leaders, valnemnd and kontrollutval in "
                 "the right column beside it (not board). A later slide shows the valnemnd's proposal for next "
                 "year (a new nestleiar, members leaving): the report year's board is the 2017 column. Budget "
                 "column optional; no daglig leiar (ceo null).",
    }


REPORTS = [fronsgarden_arbeid_2023, strynsvatn_il_2017]
