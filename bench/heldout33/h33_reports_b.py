"""Reports of the thirty-third held-out set, part b: an idrettslag's årsmøtepapirer opening with an
infographic page, a kommunalt foretak's nynorsk årsmelding with running header and footer on every
page, a vekstbedrift konsern's short deck with an e-signature slide. Invented names and figures;
real places valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, OTHER, Col, Statement, balance, income


def odalsbrua_il_2017() -> dict:
    """Årsmøtepapirer of an idrettslag: an infographic page of key figures first, ordinary
    årsberetning and statements (budget beside actuals) later, the valgkomité's proposal last."""
    cols = [Col("Regnskap 2017", 2017), Col("Budsjett 2017", 2017, BUDGET), Col("Regnskap 2016", 2016),
            Col("Budsjett 2018", 2018, BUDGET)]
    inc = [("Medlemskontingent", "", [212400, 205000, 198750, 215000]),
           ("Treningsavgifter", "", [486300, 470000, 452100, 495000]),
           ("Sponsorer og reklame", "", [318000, 350000, 341500, 330000]),
           ("Tilskudd og grasrotandel", "", [276540, 240000, 251880, 260000]),
           ("Arrangementer og kiosk", "", [612870, 560000, 548210, 600000])]
    cost = [("Trenere og instruktører", "", [402600, 420000, 388400, 430000]),
            ("Daglig leder, lønn og sosiale kostnader", "", [268900, 270000, 259300, 280000]),
            ("Baneleie og drift av anlegg", "", [391450, 380000, 366700, 395000]),
            ("Utstyr og drakter", "", [184220, 170000, 201560, 175000]),
            ("Kretser, forbund og cuper", "", [233100, 225000, 219800, 235000]),
            ("Arrangementer og kiosk, varekjøp", "", [298640, 280000, 271900, 290000]),
            ("Andre kostnader", "", [71310, 60000, 68420, 65000])]
    fin = [("Renteinntekter", "", [3120, 2000, 2840, 2000])]
    res = Statement("Resultatregnskap", cols, income("nb", 4, inc, cost, fin, labels={"fin": None}),
                    label_header="", render="ruled")
    bcols = [Col("31.12.2017", 2017), Col("31.12.2016", 2016)]
    bal = Statement("Balanse", bcols,
                    balance("nb", 2, fixed=[("Klubbhus", "", [640000, 680000]), ("Traktor og banemaskiner", "", [112000, 140000])],
                            current=[("Kundefordringer", "", [41200, 63900]), ("Bankinnskudd", "", "plug")],
                            equity=[("Egenkapital", "", [1102812, 1043802])],
                            long=[], short=[("Leverandørgjeld", "", [58400, 72100]), ("Skyldige feriepenger", "", [31900, 29600])]),
                    render="ruled")
    items = [
        ("h", 1, "Årsmøte 2018 · Odalsbrua Idrettslag"),
        ("p", "Årsberetning og regnskap for 2017 · Årsmøtet holdes i klubbhuset på {g:Skarnes} tirsdag 13. mars 2018 kl. 19.00"),
        ("kpi", [("612", "medlemmer"), ("{p:58 %}", "av medlemmene er under 19 år"), ("1,9 mill.", "i omsetning"),
                 ("14 200", "dugnadstimer")], {"title": "2017 i tall"}),
        ("kpi", [("27", "lag i seriespill"), ("46", "trenere og lagledere"), ("{p:96 %}", "av trenerne har politiattest"),
                 ("3", "idretter: fotball, langrenn, allidrett")]),
        ("p", "Takk til alle foreldre, trenere og sponsorer som gjør idrettslaget mulig!", {"italic": True}),
        ("pagebreak",),
        ("h", 2, "Innkalling og sakliste"),
        ("p", "Medlemmer som har fylt 15 år og har betalt kontingent, har stemmerett. Saker som skal behandles:"),
        ("li", "1. Godkjenne de stemmeberettigede"), ("li", "2. Velge dirigent, referent og to til å underskrive protokollen"),
        ("li", "3. Behandle idrettslagets årsberetning"), ("li", "4. Behandle regnskap og revisors beretning"),
        ("li", "5. Fastsette medlemskontingent"), ("li", "6. Vedta budsjett"), ("li", "7. Valg"),
        ("h", 2, "Styrets årsberetning 2017"),
        ("bh", "Styrets sammensetning"),
        ("table", [["Verv", "Navn", "På valg"], ["Leder", "Trond Kolbjørn Nesset", "2018"],
                   ["Nestleder", "Hege Mellemberg", "2019"], ["Kasserer", "Lars Erik Fosseidbråten", "2018"],
                   ["Sekretær", "Siv Grinder Haugen", "2019"], ["Styremedlem", "Arvid Skogsrud", "2018"],
                   ["Varamedlem", "Mona Ruud", "2018"], ["Varamedlem", "Petter Sagbakken", "2018"]]),
        ("p", "Lederne i fotballgruppa og skigruppa møter på styremøtene med talerett, men er ikke "
              "medlemmer av styret. Daglig leder Janne Korsvold er ansatt i {p:50 %|stilling} stilling og er "
              "styrets sekretariat."),
        ("table", [["Gruppe", "Leder", "Aktive"], ["Fotball", "Rune Aasheim", "318"], ["Langrenn", "Kristin Tangen", "124"],
                   ["Allidrett", "Eva Brustad", "61"]]),
        ("bh", "Andre tillitsvalgte"),
        ("p", "Revisorer: Olav Sandnes og Berit Myrvold. Valgkomité: Ingrid Kolstad (leder), Morten Hagebakken og "
              "Tove Nordli. Kontrollkomité: Geir Sørlien og Anne Lise Vik. Æresmedlem: Kåre Brustad."),
        ("bh", "Aktivitet"),
        ("p", "Styret har hatt 10 styremøter og behandlet 71 saker. Den største saken har vært ny kunstgressbane "
              "på {g:Skarnes} stadion, der {g:Sør-Odal} kommune har bevilget sin andel. Spillemiddelsøknaden er sendt "
              "via {g:Hedmark} fylkeskommune, og vi venter svar i 2018."),
        ("p", "Fotballgruppa hadde 23 lag i seriespill i Indre Østland fotballkrets, og jentelaget J16 vant sin "
              "avdeling. Skigruppa arrangerte Odalsrennet med 212 deltakere. Allidretten samler barn fra {g:Skarnes} "
              "og {g:Sander} hver lørdag."),
        ("p", "Sykefraværet hos daglig leder var {p:0 %|sykefraværet}. Idrettslaget følger Norges idrettsforbunds "
              "regler for barneidrett."),
        ("bh", "Økonomi"),
        ("p", "Idrettslaget fikk et overskudd på kr 59 010 i 2017. Styret foreslår at overskuddet overføres til "
              "egenkapitalen. Budsjettet for 2018 er satt opp med et mindre overskudd."),
        ("sign", "{g:Skarnes}, 20. februar 2018",
         [("Trond Kolbjørn Nesset", "leder"), ("Hege Mellemberg", "nestleder"), ("Lars Erik Fosseidbråten", "kasserer"),
          ("Siv Grinder Haugen", "sekretær"), ("Arvid Skogsrud", "styremedlem")]),
        ("pagebreak",),
        ("h", 2, "Regnskap 2017"),
        ("stmt", res, {"title": None}),
        ("stmt", bal),
        ("bh", "Revisorenes beretning"),
        ("p", "Vi har revidert regnskapet for Odalsbrua Idrettslag for 2017. Bilagene er kontrollert mot "
              "kontoutskrifter, og vi har ingen merknader. Vi anbefaler at regnskapet godkjennes."),
        ("p", "{g:Skarnes}, 1. mars 2018 · Olav Sandnes · Berit Myrvold"),
        ("pagebreak",),
        ("h", 2, "Valgkomiteens innstilling"),
        ("p", "Valgkomiteen legger fram følgende forslag til styre for 2018:"),
        ("table", [["Verv", "Navn", "Valgt for"], ["Leder", "Hege Mellemberg", "2 år (ny som leder)"],
                   ["Nestleder", "Rune Aasheim", "1 år (ny)"], ["Kasserer", "Lars Erik Fosseidbråten", "2 år (gjenvalg)"],
                   ["Sekretær", "Siv Grinder Haugen", "ikke på valg"], ["Styremedlem", "Camilla Holter", "2 år (ny)"],
                   ["Varamedlem", "Mona Ruud", "1 år (gjenvalg)"], ["Varamedlem", "Stian Bekkevold", "1 år (ny)"]]),
        ("p", "Trond Kolbjørn Nesset og Arvid Skogsrud har ikke ønsket gjenvalg.", {"small": True}),
        ("p", "For valgkomiteen: Ingrid Kolstad, Morten Hagebakken, Tove Nordli", {"small": True}),
    ]
    return {
        "name": "odalsbrua-il-2017", "year": 2017, "title": "Odalsbrua Idrettslag – Årsmøtepapirer 2017",
        "accent": "B03A2E", "shade": "F3E3E0",
        "organization": {"name": "Odalsbrua Idrettslag"},
        "ceo": "Janne Korsvold",
        "board": [("Trond Kolbjørn Nesset", "LEDE", None), ("Hege Mellemberg", "NEST", None),
                  ("Lars Erik Fosseidbråten", "MEDL", None), ("Siv Grinder Haugen", "MEDL", None),
                  ("Arvid Skogsrud", "MEDL", None), ("Mona Ruud", "VARA", None), ("Petter Sagbakken", "VARA", None)],
        "not_board": ["Rune Aasheim", "Kristin Tangen", "Eva Brustad", "Olav Sandnes", "Berit Myrvold", "Ingrid Kolstad",
                      "Morten Hagebakken", "Tove Nordli", "Geir Sørlien", "Anne Lise Vik", "Kåre Brustad",
                      "Camilla Holter", "Stian Bekkevold"],
        "items": items, "renditions": ["chrome"],
        "notes": "An infographic page of key figures first, the årsberetning and statements later (regnskap "
                 "beside budsjett 2017 and 2018: budgets optional); group leaders meet but are not board; "
                 "the valgkomité's proposal in a table of the board's shape. The daglig leder (50 %) is ceo.",
    }


def nissedal_eigedom_2016() -> dict:
    """A kommunalt foretak's årsmelding in nynorsk, the organisation's name, year and page numbers
    repeated on every page by running header and footer; the board elected by kommunestyret with
    personal deputies; the ordførar and rådmann named; kommunal budget columns."""
    cols = [Col("Rekneskap 2016", 2016), Col("Regulert budsjett 2016", 2016, BUDGET), Col("Rekneskap 2015", 2015)]
    inc = [("Husleigeinntekter", "3", [9874.6, 9820.0, 9512.3]), ("Sal av tenester til kommunen", "3", [3215.0, 3300.0, 3098.4]),
           ("Refusjonar", "", [612.8, 450.0, 587.1])]
    cost = [("Løn og sosiale utgifter", "4", [4982.5, 5050.0, 4811.9]), ("Vedlikehald bygg", "", [3310.4, 3100.0, 2966.0]),
            ("Energi", "", [1688.2, 1750.0, 1702.5]), ("Forsikring og avgifter", "", [904.1, 900.0, 871.3]),
            ("Avskrivingar", "5", [1450.0, 1450.0, 1390.0]), ("Andre driftsutgifter", "", [640.9, 620.0, 598.7])]
    fin = [("Renteinntekter", "", [42.6, 40.0, 55.1]), ("Renteutgifter", "6", [-702.3, -720.0, -741.6])]
    res = Statement("Resultatrekneskap", cols, income("nn", 3, inc, cost, fin), unit=1000, decimals=1, thousands=" ",
                    note_col="Note", label_header="Tal i 1000 kr", render="ruled")
    bcols = [Col("31.12.2016", 2016), Col("31.12.2015", 2015)]
    bal = Statement("Balanse", bcols,
                    balance("nn", 2, fixed=[("Bygningar", "5", [38420.0, 37110.0]), ("Tomter", "", [2150.0, 2150.0])],
                            current=[("Kortsiktige fordringar", "", [1204.5, 988.2]), ("Bankinnskot", "", "plug")],
                            equity=[("Eigenkapital", "7", [6133.2, 6066.6])],
                            long=[("Lån frå Nissedal kommune", "6", [31800.0, 30900.0])],
                            short=[("Leverandørgjeld", "", [1320.6, 1105.9]), ("Anna kortsiktig gjeld", "", [2942.0, 2688.3])]),
                    unit=1000, decimals=1, note_col="Note", label_header="Tal i 1000 kr", render="ruled")
    items = [
        ("h", 1, "Årsmelding og rekneskap 2016"),
        ("p", "Nissedal Eigedom KF"),
        ("fig", "Den nye omsorgsbustaden i {g:Treungen} vart teken i bruk i oktober."),
        ("bh", "Innhald"),
        ("table", [["Dagleg leiar har ordet", "2"], ["Om føretaket", "3"], ["Styret", "3"], ["Eigedomane", "4"],
                   ["Prosjekt i 2016", "5"], ["Personal og arbeidsmiljø", "6"], ["Økonomi", "7"],
                   ["Rekneskap og notar", "8"], ["Revisjonsmelding", "10"]], {"ruled": False, "header": False, "gold_rows": False}),
        ("pagebreak",),
        ("h", 2, "Dagleg leiar har ordet"),
        ("p", "2016 var eit travelt år for føretaket. Omsorgsbustaden i {g:Treungen} stod ferdig til avtalt tid og "
              "innanfor ramma, og vi fekk på plass ein ny vedlikehaldsplan for alle kommunale bygg. Eg vil takke "
              "ordføraren, Halvor Tveitereid, og rådmannen, Kari Lunde Haugstøl, for godt samarbeid gjennom året, "
              "og ikkje minst dei tilsette, som har stått på i ei tid med mange prosjekt samstundes."),
        ("p", "Ein stor takk òg til Sigurd Felle, som gjekk av med pensjon etter 31 år som vaktmeister ved "
              "{g:Kyrkjebø} skule."),
        ("p", "{g:Treungen}, februar 2017 · Olav Aslak Haugo, dagleg leiar", {"italic": True}),
        ("pagebreak",),
        ("h", 2, "Om føretaket"),
        ("p", "Nissedal Eigedom KF er eit kommunalt føretak etter kommunelova kapittel 11, heileigd av {g:Nissedal} "
              "kommune. Føretaket forvaltar, driftar og vedlikeheld kommunen sine bygg og leiger ut bustader. "
              "Føretaket vart oppretta av kommunestyret i 2009 og har kontor i kommunehuset i {g:Treungen}."),
        ("p", "Kommunestyret er føretaket sitt øvste organ. Kontrollutvalet, leia av Tor Egil Fjalestad, fører "
              "tilsyn på vegner av kommunestyret."),
        ("h", 2, "Styret"),
        ("p", "Styret vert valt av kommunestyret for valperioden 2015–2019. Dei tilsette vel eitt medlem med "
              "personleg varamedlem."),
        ("table", [["Verv", "Namn", "Personleg varamedlem"], ["Leiar", "Gunhild Tveit Fjone", "Arne Bjørgum"],
                   ["Nestleiar", "Torleiv Homme", "Åse Liv Kåsa"], ["Medlem", "Ingebjørg Nordbø", "Bjarne Hovstad"],
                   ["Medlem", "Knut Even Rysstad", "Signe Vråle"],
                   ["Medlem, vald av dei tilsette", "Eivind Straume", "Marta Homdrom"]]),
        ("p", "Styret har hatt 9 møte og handsama 52 saker. Dagleg leiar er sekretær for styret."),
        ("pagebreak",),
        ("h", 2, "Eigedomane"),
        ("p", "Føretaket forvaltar 34 bygg med eit samla areal på om lag 28 400 m². Dei største er skulane i "
              "{g:Treungen} og {g:Kyrkjebø}, helsetunet og kommunehuset."),
        ("table", [["Bygg", "Areal m²", "Byggeår", "Tilstandsgrad"], ["Treungen skule", "6 820", "1962/2004", "TG 1"],
                   ["Kyrkjebø skule", "2 410", "1978", "TG 2"], ["Nissedal helsetun", "5 960", "1989", "TG 1"],
                   ["Kommunehuset", "2 150", "1971", "TG 2"], ["Utleigebustader (42 einingar)", "3 880", "1975–2016", "TG 1–3"]]),
        ("pagebreak",),
        ("h", 2, "Prosjekt i 2016"),
        ("table", [["Prosjekt", "Budsjett (1000 kr)", "Forbruk (1000 kr)", "Status"],
                   ["Omsorgsbustad Treungen, 8 einingar", "18 500", "17 964", "Ferdig"],
                   ["Nytt tak Kyrkjebø skule", "2 300", "2 412", "Ferdig"],
                   ["Ventilasjon helsetunet", "3 100", "1 080", "Pågår"]]),
        ("p", "Prosjekta har samla brukt {p:97 %|av budsjettramma} av budsjettramma for ferdige prosjekt."),
        ("pagebreak",),
        ("h", 2, "Personal og arbeidsmiljø"),
        ("p", "Føretaket hadde 14 tilsette i 11,6 årsverk ved utgangen av året. Sjukefråværet var "
              "{p:4,9 %|sjukefråværet}, mot {p:7,2 %|sjukefråværet} i 2015. Av dei tilsette er 4 kvinner og 10 menn. "
              "Verneombod er Marta Homdrom."),
        ("h", 2, "Økonomi"),
        ("p", "Føretaket fekk eit rekneskapsmessig overskot på kr 66 600 i 2016. Styret føreslår at overskotet "
              "vert avsett til eigenkapitalen."),
        ("sign", "{g:Treungen}, 16. februar 2017",
         [("Gunhild Tveit Fjone", "leiar"), ("Torleiv Homme", "nestleiar"), ("Ingebjørg Nordbø", "medlem"),
          ("Knut Even Rysstad", "medlem"), ("Eivind Straume", "medlem"), ("Olav Aslak Haugo", "dagleg leiar")]),
        ("pagebreak",),
        ("h", 2, "Rekneskap og notar"),
        ("stmt", res), ("stmt", bal),
        ("p", "Note 3: Husleige frå kommunale einingar utgjer {p:71 %|husleigeinntektene} av husleigeinntektene.", {"small": True}),
        ("p", "Note 4: Dagleg leiar har fått løn på kr 812 400. Styrehonorar er utbetalt med kr 96 000.", {"small": True}),
        ("p", "Note 5: Bygningar vert avskrivne lineært over 40 år.", {"small": True}),
        ("p", "Note 6: Lånet frå kommunen vert forrenta med kommunen sin innlånsrente.", {"small": True}),
        ("p", "Note 7: Eigenkapitalen auka med årsresultatet.", {"small": True}),
        ("pagebreak",),
        ("h", 2, "Revisjonsmelding"),
        ("p", "Til kommunestyret i {g:Nissedal} kommune. Vi har revidert årsrekneskapen for Nissedal Eigedom KF for "
              "2016. Etter vår meining er rekneskapen gjord opp i samsvar med lov og forskrifter og gir eit "
              "dekkjande bilete av føretaket si finansielle stilling per 31. desember 2016."),
        ("p", "{g:Telemark} kommunerevisjon IKS · Hilde Nysæter, oppdragsansvarleg revisor", {"small": True}),
    ]
    return {
        "name": "nissedal-eigedom-2016", "year": 2016, "title": "Nissedal Eigedom KF – Årsmelding 2016",
        "html_lang": "nn", "accent": "5B3A1D",
        "running": ("Nissedal Eigedom KF", "Årsmelding 2016", "Side {page} av {pages}"),
        "organization": {"name": "Nissedal Eigedom KF"},
        "ceo": "Olav Aslak Haugo",
        "board": [("Gunhild Tveit Fjone", "LEDE", False), ("Torleiv Homme", "NEST", False), ("Ingebjørg Nordbø", "MEDL", False),
                  ("Knut Even Rysstad", "MEDL", False), ("Eivind Straume", "MEDL", True),
                  ("Arne Bjørgum", "VARA", None), ("Åse Liv Kåsa", "VARA", None), ("Bjarne Hovstad", "VARA", None),
                  ("Signe Vråle", "VARA", None), ("Marta Homdrom", "VARA", None)],
        "not_board": ["Halvor Tveitereid", "Kari Lunde Haugstøl", "Sigurd Felle", "Tor Egil Fjalestad", "Hilde Nysæter"],
        "not_places": ["Nissedal Eigedom KF", "Treungen skule", "Kyrkjebø skule", "Omsorgsbustad Treungen",
                       "Nissedal helsetun", "Lån frå Nissedal kommune"],
        "items": items, "renditions": ["chrome"],
        "notes": "Running header (name, year) and 'Side X av Y' footer on every page from CSS page boxes; "
                 "the board elected by kommunestyret with personal deputies, one employee-elected; ordførar, "
                 "rådmann, kontrollutval leader, a retiree, the auditor not board; kommunal budget columns optional.",
    }


def lindasneset_vekst_2025() -> dict:
    """A vekstbedrift konsern's short deck: morselskap beside konsern, the subsidiary's own board on
    a slide, and the board only on the closing e-signature slide ("Surname, Given names")."""
    cols = [Col("Morselskap 2025", 2025), Col("Morselskap 2024", 2024), Col("Konsern 2025", 2025, OTHER),
            Col("Konsern 2024", 2024, OTHER)]
    inc = [("Salgsinntekter", "", [9412, 8876, 15230, 14108]), ("Offentlige tilskudd", "", [11960, 11215, 11960, 11215])]
    cost = [("Varekostnad", "", [2140, 2010, 4985, 4620]), ("Lønnskostnad", "", [15820, 14930, 18410, 17280]),
            ("Avskrivninger", "", [690, 655, 1120, 1040]), ("Annen driftskostnad", "", [2588, 2476, 3012, 2890])]
    fin = [("Netto finans", "", [-74, -118, -141, -190])]
    res = Statement("Resultatrekneskap", cols, income("nn", 4, inc, cost, fin, labels={"fin": None, "net_fin": None}),
                    unit=1000, label_header="(i 1000 kr)", negative="paren", render="unruled")
    items = [
        ("slide", [("h", 1, "Lindåsneset Vekst AS"), ("p", "Årsrapport 2025 · Konsern"),
                   ("p", "Arbeid for alle i {g:Nordhordland}", {"italic": True})]),
        ("slide", [("h", 1, "Kort om oss"),
                   ("p", "Lindåsneset Vekst AS er ein arbeids- og inkluderingsbedrift i {g:Alver}, eigd av {g:Alver} "
                         "kommune ({p:85 %|eigd av Alver kommune}) og {g:Austrheim} kommune ({p:15 %|Austrheim kommune}). "
                         "Konsernet består av morselskapet og det heileigde dotterselskapet Lindåsneset Grønt AS, "
                         "som driv gartneri og parkstell."),
                   ("p", "Vi har 38 plassar i varig tilrettelagt arbeid (VTA) og tilbyr arbeidsførebuande trening "
                         "(AFT) med 30 plassar. Hovudkontoret ligg i {g:Knarvik}.")]),
        ("slide", [("h", 1, "2025 i tal"),
                   ("kpi", [("164", "deltakarar i AFT"), ("{p:47 %}", "gjekk vidare til arbeid eller utdanning"),
                            ("27,2 mill.", "i driftsinntekter i konsernet"), ("{p:89 %}", "nøgde deltakarar")])]),
        ("slide", [("h", 1, "Dotterselskapet Lindåsneset Grønt AS"),
                   ("p", "Styret i Lindåsneset Grønt AS: Ove Fjellanger (styreleiar), Solveig Kvamme og Nils Henrik "
                         "Eikefet. Dagleg leiar er Randi Tvedt. Selskapet fekk eit overskot på 412 000 kroner.")]),
        ("slide", [("h", 1, "Resultat"), ("stmt", res, {"title": None}),
                   ("p", "Tal i parentes er negative.", {"small": True})]),
        ("slide", [("h", 1, "Signert elektronisk"),
                   ("p", "Årsrekneskap og årsmelding for 2025 er godkjent av styret og signert elektronisk."),
                   ("table", [["Namn", "Rolle", "Signert"],
                              ["Hopland, Kristin Marie", "Styreleiar", "12.03.2026 09:14"],
                              ["Mjanger, Bjørn Atle", "Nestleiar", "12.03.2026 10:02"],
                              ["Rossnes, Eldbjørg", "Styremedlem", "12.03.2026 11:47"],
                              ["Fosse, Tor Helge", "Styremedlem, tilsettvald", "13.03.2026 08:21"],
                              ["Lygre, Anniken", "Dagleg leiar", "12.03.2026 09:05"]]),
                   ("p", "Kristin Marie Hopland · Bjørn Atle Mjanger · Eldbjørg Rossnes · Tor Helge Fosse · "
                         "Anniken Lygre", {"small": True}),
                   ("p", "Signaturane er stadfesta med BankID.", {"small": True})]),
    ]
    return {
        "name": "lindasneset-vekst-2025", "year": 2025, "title": "Lindåsneset Vekst AS – Årsrapport 2025",
        "landscape": True, "html_lang": "nn", "accent": "6A2C70",
        "organization": {"name": "Lindåsneset Vekst AS",
                         "owners": [{"name": "Alver kommune", "share_percent": 85},
                                    {"name": "Austrheim kommune", "share_percent": 15}]},
        "ceo": "Anniken Lygre",
        "board": [("Kristin Marie Hopland", "LEDE", None), ("Bjørn Atle Mjanger", "NEST", None),
                  ("Eldbjørg Rossnes", "MEDL", None), ("Tor Helge Fosse", "MEDL", True)],
        "not_board": ["Ove Fjellanger", "Solveig Kvamme", "Nils Henrik Eikefet", "Randi Tvedt"],
        "not_places": ["Lindåsneset Grønt AS"],
        "programs": {"VTA": 38, "AFT": 30},
        "items": items, "renditions": ["chrome"],
        "notes": "A six-slide deck: the board only on the e-signature slide ('Surname, Given names' with roles, "
                 "the names again in a line below); the subsidiary's board in prose is not the board; "
                 "morselskap beside konsern (konsern optional) in 1000 kr with brackets.",
    }


REPORTS = [odalsbrua_il_2017, nissedal_eigedom_2016, lindasneset_vekst_2025]
