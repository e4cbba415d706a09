"""Sixty-fourth set, reports b: a stiftelse (nynorsk, a dark sidebar on each page), a football club
(a hovedstyre table with a "På valg" column beside a table of group leaders) and a bondekvinnelag
(nynorsk, an A5 booklet). Organisations, people and figures are invented."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income


def rundalstunet_2013() -> dict:
    year = 2013
    cols = [Col("2013", 2013), Col("2012", 2012)]
    inc = income("nn", 2, [("Billettar og omvising", "", [412_350, 388_900]), ("Tilskot frå Voss kommune", "", [350_000, 340_000]),
                           ("Tilskot frå fylkeskommunen", "", [180_000, 175_000]), ("Kafé og utleige", "", [226_718, 241_305])],
                 [("Løn og sosiale kostnader", "", [702_140, 688_420]), ("Vedlikehald av bygningar", "", [214_560, 168_330]),
                  ("Avskrivingar", "", [48_000, 48_000]), ("Andre driftskostnader", "", [171_904, 180_512])],
                 [("Renteinntekter", "", [21_408, 24_117])])
    bal = balance("nn", 2, [("Bygningar og tun", "", [1_240_000, 1_288_000])],
                  [("Varelager kafé", "", [18_200, 16_900]), ("Bankinnskot", "", "plug")],
                  [("Grunnkapital", "", [200_000, 200_000]), ("Anna eigenkapital", "", [1_498_214, 1_424_342])],
                  [], [("Leverandørgjeld", "", [34_880, 41_210]), ("Skuldige offentlege avgifter", "", [52_310, 49_870])])
    res = Statement("Resultatrekneskap", cols, inc, label_header="Kroner")
    bst = Statement("Balanse", cols, bal, label_header="Kroner")
    result = res.fmt(next(l for l in inc if l.label == "Årsresultat").values[0])
    sidebar = [("kicker", "Stiftinga"), ("p", "Stiftinga Rundalstunet"), ("p", "Rundalsvegen 112, 5710 {g:Voss}"),
               ("p", "post@rundalstunet.no"), ("p", "Skipa 1977"),
               ("kicker", "Styret 2013"),
               ("p", "Leiar: Gunnvor Lydvo"), ("p", "(oppnemnd av {g:Voss} kommune)", {"small": True}),
               ("p", "Nestleiar: Halvard Ringheim"), ("p", "(oppnemnd av Voss sogelag)", {"small": True}),
               ("p", "Styremedlem: Synnøve Tveito Dyrvik"), ("p", "Styremedlem: Knut Olav Mestad"),
               ("p", "Varamedlem: Ragna Flatebø"),
               ("kicker", "Dagleg leiar"), ("p", "Ingebjørg Selland")]
    items = [
        ("grid", [[("box", sidebar, {"dark": True})],
                  [("kicker", "Årsmelding 2013"),
                   ("h", 1, "Stiftinga Rundalstunet"),
                   ("photo", "Eldhuset etter at torvtaket vart lagt om i juni. Foto: Lars Kvarme", {"height": "62mm"}),
                   ("h", 2, "Frå styreleiaren"),
                   ("p", "Tunet vart bygd opp att etter brannen i 1974, og stiftinga vart skipa tre år seinare av "
                         "familien Rundal og {g:Voss} kommune. I 2013 hadde vi 6 240 besøkjande, det høgaste talet "
                         "nokon gong.", {"lead": True}),
                   ("p", "Største prosjektet var omlegginga av torvtaket på eldhuset, som vart gjort av "
                         "handverkarar frå {g:Granvin} med støtte frå Kulturminnefondet. Vi takkar Anders Rundal, "
                         "barnebarnet til stiftaren, for gåva av gamle reiskapar til utstillinga."),
                   ("quote", "Tunet skal vere ope for alle – og halde i hundre år til.", "Gunnvor Lydvo, styreleiar")]],
         {"widths": "58mm 1fr"}),
        ("break",),
        ("grid", [[("box", [("kicker", "Året i tal"),
                            ("tiles", [("6 240", "besøkjande")]), ("tiles", [("38", "skuleklassar")]),
                            ("tiles", [("{p:62 %}", "av besøkjande kom i juli")])], {"dark": True})],
                  [("h", 2, "Styret si melding"),
                   ("h", 3, "Føremål og drift"),
                   ("p", "Stiftinga skal ta vare på Rundalstunet i {g:Voss} i {g:Hordaland} og formidle byggjeskikk "
                         "og gardsliv til skular og andre besøkjande. Tunet var ope frå 1. juni til 31. august, og "
                         "skuleklassar frå {g:Voss} og {g:Bergen} kom på omvising i mai og september."),
                   ("h", 3, "Styret"),
                   ("p", "Styret har hatt fem møte. Voss sogelag oppnemnde Halvard Ringheim som ny nestleiar etter "
                         "Johannes Bjørke, som gjekk ut av styret etter tolv år. Styret takkar han for lang og god innsats."),
                   ("h", 3, "Tilsette og arbeidsmiljø"),
                   ("p", "Dagleg leiar er tilsett i {p:60 %|Dagleg leiar er tilsett} stilling. I sesongen var det "
                         "fire tilsette i kafé og omvising. Arbeidsmiljøet er godt, og det har ikkje vore skadar."),
                   ("h", 3, "Rekneskapen"),
                   ("p", "Årsresultatet vart kr " + result + " og er overført til anna eigenkapital. Revisor er "
                         "Vossarevisjon AS ved Steinar Haugo."),
                   ("sign", "{g:Voss}, 3. mars 2014",
                    [("Gunnvor Lydvo", "leiar"), ("Halvard Ringheim", "nestleiar"), ("Synnøve Tveito Dyrvik", ""),
                     ("Knut Olav Mestad", "")], {"per_row": 4})]], {"widths": "58mm 1fr"}),
        ("break",),
        ("grid", [[("stmt", res, {"title": "Resultatrekneskap 2013"})], [("stmt", bst, {"title": "Balanse 31.12.2013"})]],
         {"widths": "1fr 1fr"}),
        ("colophon", "Årsmeldinga er utforma av Ingebjørg Selland. Foto: Lars Kvarme."),
    ]
    return {
        "name": "rundalstunet-2013", "year": year, "title": "Stiftinga Rundalstunet – Årsmelding 2013",
        "organization": {"name": "Stiftinga Rundalstunet", "founded_year": 1977, "address": "Rundalsvegen 112, 5710 Voss",
                         "email": "post@rundalstunet.no"},
        "ceo": "Ingebjørg Selland",
        "board": [("Gunnvor Lydvo", "LEDE", None), ("Halvard Ringheim", "NEST", None),
                  ("Synnøve Tveito Dyrvik", "MEDL", None), ("Knut Olav Mestad", "MEDL", None),
                  ("Ragna Flatebø", "VARA", None)],
        "not_board": ["Johannes Bjørke", "Anders Rundal", "Lars Kvarme", "Steinar Haugo"],
        "not_places": ["Tilskot frå Voss kommune", "Voss sogelag"],
        "places_optional": ["Rundalsvegen"],
        "page": "a4", "ink": "3B3A5A", "tint": "E6E5EF", "html_lang": "nn",
        "renditions": ["design"], "items": items,
        "notes": "A dark sidebar holds the board as 'Leiar: Name' lines with who appointed them in small type; "
                 "the former nestleiar thanked in the prose; the founder's grandson thanked.",
    }


def skogholt_bk_2024() -> dict:
    year = 2024
    cols = [Col("Regnskap 2024", 2024), Col("Regnskap 2023", 2023), Col("Budsjett 2025", 2025, BUDGET)]
    labels = {"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "inc": "Inntekter", "cost": "Kostnader"}
    inc = income("nb", 3, [("Medlems- og treningsavgift", "", [3_412, 3_108, 3_550]),
                           ("Sponsorer og reklame", "", [1_806, 1_722, 1_850]),
                           ("Kiosk og arrangement", "", [1_244, 1_130, 1_200]),
                           ("Offentlige tilskudd og grasrotandel", "", [968, 1_011, 950])],
                 [("Trenere og lønn", "", [2_990, 2_744, 3_100]), ("Kamp- og turneringsutgifter", "", [1_615, 1_508, 1_650]),
                  ("Baneleie og anlegg", "", [1_380, 1_296, 1_420]), ("Utstyr og drakter", "", [702, 655, 690]),
                  ("Andre kostnader", "", [486, 512, 500])],
                 [("Netto renter", "", [58, 31, 40])], labels=labels)
    bal = balance("nb", 2, [], [("Kundefordringer", "", [212, 188]), ("Bankinnskudd", "", "plug")],
                  [("Egenkapital 1.1.", "", [1_554, 1_267]), ("Årets resultat", "", [315, 287])],
                  [], [("Leverandørgjeld", "", [304, 276]), ("Forskuddsbetalt kontingent", "", [420, 398])])
    res = Statement("Resultatregnskap", cols, inc, unit=1000, label_header="Tall i 1000 kr")
    bcols = [Col("31.12.2024", 2024), Col("31.12.2023", 2023)]
    bst = Statement("Balanse", bcols, bal, unit=1000, label_header="Tall i 1000 kr")
    result = res.fmt(next(l for l in inc if l.label == "Årsresultat").values[0])
    board = [["Verv", "Navn", "På valg"], ["Leder", "Espen Thorsrud", "2025"], ["Nestleder", "Camilla Aas Bråten", "2026"],
             ["Økonomiansvarlig", "Geir Ove Myhre", "2026"], ["Styremedlem", "Therese Nordahl", "2025"],
             ["Styremedlem", "Amir Haddad", "2025"], ["Varamedlem", "Sunniva Berg", "2025"]]
    groups = [["Gruppe", "Leder"], ["Barnefotball", "Kenneth Sjøli"], ["Ungdomsfotball", "Marianne Løvås"],
              ["Damefotball", "Ida Kristine Holm"], ["Senior og veteran", "Rune Strand"]]
    items = [
        ("cover", {"kicker": "SKOGHOLT BALLKLUBB · STIFTET 1958",
                   "title": "Årsrapport 2024", "sub": "Fotball for alle på {g:Strømmen} og i {g:Lillestrøm}",
                   "caption": "G14 etter seieren i Romerikscupen. Foto: Jonas Wiik"}),
        ("tiles", [("1 312", "aktive medlemmer"), ("71", "lag i seriespill"), ("146", "trenere og lagledere"),
                   ("{p:38 %}", "av spillerne er jenter")]),
        ("grid", [[("h", 1, "Lederen har ordet"),
                   ("p", "2024 var året da kunstgresset på Skogholt endelig ble lagt om, og da vi for første gang "
                         "passerte 1 300 aktive medlemmer. Jenteandelen økte til {p:38 %|Jenteandelen}.",
                    {"lead": True}),
                   ("p", "Vi takker {g:Lillestrøm} kommune, Sparebank 1 Østlandet og alle foreldre som har stått i "
                         "kiosken. Takk også til æresmedlem Oddvar Rismyhr, som fylte 90 år i høst."),
                   ("p", "Espen Thorsrud, leder", {"small": True})],
                  [("box", [("kicker", "Klubben"), ("p", "Skogholt Ballklubb"), ("p", "Postboks 114, 2011 {g:Strømmen}"),
                            ("p", "kontor@skogholtbk.no"), ("p", "www.skogholtbk.no"),
                            ("p", "Daglig leder: Frode Sandum")])]], {"widths": "1.8fr 1fr"}),
        ("break",),
        ("h", 1, "Årsberetning 2024"),
        ("grid", [[("h", 3, "Hovedstyret"), ("table", board)], [("h", 3, "Gruppeledere"), ("table", groups),
                   ("p", "Gruppelederne møter i hovedstyret ved behov, uten stemmerett.", {"small": True})]],
         {"widths": "1.3fr 1fr"}),
        ("cols", 2, [
            ("h", 3, "Tillitsvalgte"),
            ("p", "Kontrollutvalget: Harald Fjeld og Mona Lie Sand. Valgkomiteen: Petter Granli (leder), Kari Wold og "
                  "Bjørn Are Engen. Daglig leder Frode Sandum har vært sekretær for styret."),
            ("h", 3, "Styrets arbeid"),
            ("p", "Hovedstyret har hatt elleve møter og behandlet 92 saker. Klubben har fulgt opp politiattest for "
                  "alle trenere og har fått kvalitetsklubbstatus nivå 2 fra Norges Fotballforbund."),
            ("h", 3, "Anlegg"),
            ("p", "Omleggingen av kunstgresset kostet 4,2 millioner kroner og ble finansiert av {g:Lillestrøm} "
                  "kommune og spillemidler fra {g:Akershus} fylkeskommune."),
            ("h", 3, "Økonomi"),
            ("p", "Klubben fikk et overskudd på " + result + " tusen kroner. Styret mener regnskapet gir et riktig "
                  "bilde av klubbens stilling, og foreslår at overskuddet tillegges egenkapitalen."),
        ]),
        ("sign", "{g:Strømmen}, 10. februar 2025",
         [("Espen Thorsrud", "leder"), ("Camilla Aas Bråten", "nestleder"), ("Geir Ove Myhre", "økonomiansvarlig"),
          ("Therese Nordahl", "styremedlem"), ("Amir Haddad", "styremedlem")], {"per_row": 5}),
        ("break",),
        ("grid", [[("stmt", res, {"title": "Resultatregnskap"})], [("stmt", bst, {"title": "Balanse"})]],
         {"widths": "1.25fr 1fr"}),
        ("colophon", "Skogholt Ballklubb · org.nr. 971 330 218 · Årsmøtet holdes 5. mars 2025 i klubbhuset"),
    ]
    return {
        "name": "skogholt-bk-2024", "year": year, "title": "Skogholt Ballklubb – Årsrapport 2024",
        "organization": {"name": "Skogholt Ballklubb", "founded_year": 1958, "address": "Postboks 114, 2011 Strømmen",
                         "email": "kontor@skogholtbk.no", "website": "www.skogholtbk.no"},
        "ceo": "Frode Sandum",
        "board": [("Espen Thorsrud", "LEDE", None), ("Camilla Aas Bråten", "NEST", None), ("Geir Ove Myhre", "MEDL", None),
                  ("Therese Nordahl", "MEDL", None), ("Amir Haddad", "MEDL", None), ("Sunniva Berg", "VARA", None)],
        "not_board": ["Kenneth Sjøli", "Marianne Løvås", "Ida Kristine Holm", "Rune Strand", "Harald Fjeld",
                      "Mona Lie Sand", "Petter Granli", "Kari Wold", "Bjørn Are Engen", "Oddvar Rismyhr", "Jonas Wiik"],
        "places_optional": ["Romerike", "Østlandet", "Norge"],
        "page": "a4", "ink": "0E5E4F", "tint": "DDF0EA",
        "renditions": ["design"], "items": items,
        "notes": "Football club; hovedstyre as a Verv | Navn | På valg table beside a table of group leaders "
                 "(not board); kontrollutvalg and valgkomité in prose; budget 2025 optional.",
    }


def ullensvang_bondekvinnelag_2021() -> dict:
    year = 2021
    cols = [Col("Rekneskap 2021", 2021), Col("Rekneskap 2020", 2020)]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
              "op": None}
    inc = income("nn", 2, [("Medlemskontingent", "", [18_400, 17_950]), ("Kurs og basar", "", [22_615, 9_880]),
                           ("Tilskot", "", [8_000, 8_000])],
                 [("Kontingent til fylkeslaget", "", [7_360, 7_180]), ("Kurs og møte", "", [19_204, 8_412]),
                  ("Gåver og blomar", "", [3_450, 2_980]), ("Andre utgifter", "", [2_118, 1_904])], labels=labels)
    res = Statement("Rekneskap", cols, inc, label_header="")
    result = res.fmt(next(l for l in inc if l.label == "Årsresultat").values[0])
    board = [["Verv", "Namn", "Telefon"], ["Leiar", "Solveig Ystanes", "913 40 218"],
             ["Nestleiar", "Turid Børve Hus", "992 15 730"], ["Kasserar", "Aslaug Lofthus", "480 61 207"],
             ["Skrivar", "Brita Tveisme", "416 88 094"], ["Styremedlem", "Oddrun Sekse", "957 03 462"],
             ["Vara", "Marta Opedal", "474 29 581"]]
    items = [
        ("cover", {"kicker": "ULLENSVANG BONDEKVINNELAG", "title": "Årsmelding 2021",
                   "sub": "Skipa 1947 · {g:Ullensvang} i {g:Vestland}",
                   "caption": "Eplekakekurs i grendahuset i oktober. Foto: Brita Tveisme"}),
        ("h", 2, "Styret 2021"),
        ("table", board),
        ("p", "Valnemnd: Eldbjørg Bleie og Karin Hauge. Revisor: Kari Marie Spånem.", {"small": True}),
        ("h", 2, "Frå leiaren"),
        ("p", "Etter eit år med få møte kunne vi endeleg samlast att frå september. Vi har hatt 54 medlemer, og "
              "oppmøtet på haustmøta var godt.", {"lead": True}),
        ("p", "Laget vart heidra av fylkeslaget, {g:Vestland} Bondekvinnelag, for "
              "kursarbeidet i {g:Odda} og {g:Kinsarvik}. Takk til tidlegare leiar Inger Johanne Utne for mange år i "
              "styret."),
        ("break",),
        ("h", 2, "Aktivitetar"),
        ("li", "Årsmøte i februar, digitalt"),
        ("li", "Eplekakekurs i oktober med 22 deltakarar"),
        ("li", "Julebasar i {g:Kinsarvik} med overskot til Frivilligsentralen"),
        ("li", "Strikkekafé kvar onsdag frå september"),
        ("p", "Styret har hatt seks styremøte. {p:70 %|av medlemene deltok} av medlemene deltok på minst eitt arrangement."),
        ("quote", "Vi strikkar, bakar og pratar – og det er nok det siste som er viktigast.", "Solveig Ystanes, leiar"),
        ("break",),
        ("stmt", res, {"title": "Rekneskap 2021"}),
        ("p", "Årsresultatet på kr " + result + " vert overført til neste år. Laget har kr 61 200 på konto per 31.12.",
         {"small": True}),
        ("sign", "{g:Kinsarvik}, 20. januar 2022",
         [("Solveig Ystanes", "leiar"), ("Turid Børve Hus", "nestleiar"), ("Aslaug Lofthus", "kasserar"),
          ("Brita Tveisme", "skrivar"), ("Oddrun Sekse", "styremedlem")], {"per_row": 2}),
    ]
    return {
        "name": "ullensvang-bondekvinnelag-2021", "year": year, "title": "Ullensvang Bondekvinnelag – Årsmelding 2021",
        "organization": {"name": "Ullensvang Bondekvinnelag", "founded_year": 1947},
        "ceo": None,
        "board": [("Solveig Ystanes", "LEDE", None), ("Turid Børve Hus", "NEST", None), ("Aslaug Lofthus", "MEDL", None),
                  ("Brita Tveisme", "MEDL", None), ("Oddrun Sekse", "MEDL", None), ("Marta Opedal", "VARA", None)],
        "not_board": ["Eldbjørg Bleie", "Karin Hauge", "Kari Marie Spånem", "Inger Johanne Utne"],
        "page": "a5", "ink": "8A4B12", "tint": "F6E9DA", "html_lang": "nn", "base": "8.6pt",
        "renditions": ["design"], "items": items,
        "notes": "A5 booklet, nynorsk; board as a Verv | Namn | Telefon table (kasserar and skrivar MEDL); the "
                 "skrivar also the photographer; valnemnd and revisor in small type; no daglig leiar.",
    }


REPORTS = [rundalstunet_2013, skogholt_bk_2024, ullensvang_bondekvinnelag_2021]
