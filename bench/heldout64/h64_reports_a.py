"""Sixty-fourth set, reports a: a vekstbedrift (portrait, board only in a photo caption and the
signatures), an IKS on landscape pages (nynorsk, the board as two blocks side by side) and a
kommunalt foretak (people as portrait cards). Organisations, people and figures are invented."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def brattli_arbeid_2019() -> dict:
    year = 2019
    cols = [Col("2019", 2019), Col("2018", 2018)]
    inc = income("nb", 2, [("Salgsinntekter", "", [9_412_380, 8_806_115]),
                           ("Tilskudd fra NAV", "2", [11_236_400, 10_988_050]),
                           ("Kommunale tilskudd", "", [1_610_000, 1_580_000]),
                           ("Andre driftsinntekter", "", [318_220, 402_640])],
                 [("Varekostnad", "", [3_115_870, 2_944_300]),
                  ("Lønnskostnader", "3", [14_902_615, 14_301_772]),
                  ("Avskrivninger", "4", [612_400, 598_100]),
                  ("Andre driftskostnader", "", [3_288_540, 3_105_226])],
                 [("Finansinntekter", "", [48_210, 41_905]), ("Finanskostnader", "", [-61_350, -70_120])])
    bal = balance("nb", 2, [("Bygninger og tomt", "4", [6_120_000, 6_410_000]),
                            ("Maskiner og inventar", "4", [1_044_300, 1_122_800])],
                  [("Kundefordringer", "", [1_206_440, 1_089_930]), ("Andre fordringer", "", [214_800, 187_250]),
                   ("Bankinnskudd", "5", "plug")],
                  [("Aksjekapital", "", [1_000_000, 1_000_000]), ("Annen egenkapital", "", [6_902_451, 6_592_136])],
                  [("Pantelån", "6", [2_840_000, 3_080_000])],
                  [("Leverandørgjeld", "", [611_240, 574_300]), ("Skyldige offentlige avgifter", "", [1_388_115, 1_302_448]),
                   ("Annen kortsiktig gjeld", "", [1_465_600, 1_398_100])])
    res = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i kroner")
    bst = Statement("Balanse pr. 31.12.", cols, bal, note_col="Note", label_header="Beløp i kroner")
    result = res.fmt(next(l for l in inc if l.label == "Årsresultat").values[0])
    turnover = res.fmt(next(l for l in inc if l.label == "Sum driftsinntekter").values[0])
    board_caption = ("Styret, fra venstre: Per Arne Mølnvik, Ingrid Holmvik (nestleder), Håvard Sæternes "
                     "(styreleder), Siri Aune Kristoffersen (ansattrepresentant) og Line Hatten (varamedlem). "
                     "Foto: Eirik Fossli")
    items = [
        ("cover", {"kicker": "BRATTLI ARBEID AS · ÅRSRAPPORT", "title": "Årsrapport 2019",
                   "sub": "Arbeid, opplæring og nye muligheter på {g?:Helgeland}",
                   "caption": "Forsidebilde: Fra snekkerverkstedet i {g:Mosjøen}. Foto: Eirik Fossli"}),
        ("grid", [[("h", 1, "Innhold"),
                   ("toc", [("Daglig leder har ordet", "3"), ("Året i tall", "3"), ("Dette er Brattli Arbeid", "4"),
                            ("Styret og ledelsen", "4"), ("Styrets årsberetning", "5"),
                            ("Resultatregnskap og balanse", "6")]),
                   ("photo", "Kantina på Kippermoen serverer 140 middager i uken. Foto: Eirik Fossli", {"height": "70mm"})],
                  [("box", [("kicker", "Om selskapet"),
                            ("p", "Brattli Arbeid AS"), ("p", "Kippermoveien 14, 8658 {g:Mosjøen}"),
                            ("p", "post@brattliarbeid.no"), ("p", "www.brattliarbeid.no"),
                            ("p", "Tlf. 75 17 62 00"), ("p", "Org.nr. 971 204 553"), ("p", "Etablert 1986")])]],
         {"widths": "1.6fr 1fr"}),
        ("colophon", "Design og ombrekking: Kobbe Design, {g:Mosjøen}. Trykk: {g?:Helgeland} Grafisk. Opplag 250."),
        ("break",),
        ("kicker", "Daglig leder har ordet"),
        ("h", 1, "Et år med flere i jobb"),
        ("grid", [[("p", "2019 ble året da vi for første gang hadde flere deltakere ut i ordinært arbeid enn vi "
                         "hadde plass til i avdelingene våre. Det er et godt problem. Tett samarbeid med NAV "
                         "{g:Vefsn} og NAV {g:Grane}, og ikke minst med arbeidsgivere i hele regionen, har gjort "
                         "det mulig.", {"lead": True}),
                   ("p", "Vi har i år fått en egen jobbspesialist i {g:Hattfjelldal}, og vi har startet et "
                         "kursopplegg for truckførerbevis sammen med videregående skole i {g:Mosjøen}. Snekkeriet "
                         "har hatt full ordrebok hele året, og vaskeriet fikk ny avtale med sykehjemmet."),
                   ("p", "Takk til alle ansatte og deltakere for et år med stor innsats. En særlig takk til "
                         "ordfører Berit Hestvik for besøket i mai, og til Geir Mathisen i NAV for godt samarbeid.")],
                  [("quote", "Det viktigste vi lager, er nye arbeidsliv.", "Marte Skjelstad, daglig leder"),
                   ("photo", "Marte Skjelstad har vært daglig leder siden 2014.", {"height": "48mm"})]],
         {"widths": "1.7fr 1fr"}),
        ("h", 2, "Året i tall"),
        ("tiles", [("68", "deltakere i alt"), ("{p:46 %}", "fikk jobb eller startet utdanning"),
                   ("{p:7,4 %}", "sykefravær blant de ansatte"), ("31", "ansatte")]),
        ("p", "Omsetningen var kr " + turnover + ", og årsresultatet ble kr " + result + "."),
        ("break",),
        ("grid", [[("h", 2, "Dette er Brattli Arbeid"),
                   ("p", "Brattli Arbeid AS er en arbeids- og inkluderingsbedrift eid av {g:Vefsn} kommune "
                         "({p:85 %|Vefsn kommune}) og {g:Grane} kommune ({p:15 %|Grane kommune}). Bedriften har "
                         "28 plasser for varig tilrettelagt arbeid (VTA) og 40 plasser i arbeidsforberedende "
                         "trening (AFT)."),
                   ("p", "Vi har avdelinger for snekkeri, vaskeri, kantine og vedproduksjon, og vi leverer "
                         "tjenester til private og offentlige kunder i {g:Vefsn}, {g:Grane} og {g:Hattfjelldal}.")],
                  [("box", [("kicker", "Eierne"),
                            ("pairs", [("{g:Vefsn} kommune", "{p?:85 %}"), ("{g:Grane} kommune", "{p?:15 %}")])])]],
         {"widths": "1.8fr 1fr"}),
        ("h", 2, "Styret og ledelsen"),
        ("photo", board_caption, {"height": "58mm"}),
        ("cards", [("Marte Skjelstad", ["Daglig leder"]), ("Ola Brennås", ["Fagleder AFT"]),
                   ("Randi Øvergård", ["Økonomileder"]), ("Tor Einar Kjeldsen", ["Produksjonsleder"])]),
        ("break",),
        ("h", 1, "Styrets årsberetning 2019"),
        ("cols", 2, [
            ("h", 3, "Virksomhetens art og lokalisering"),
            ("p", "Selskapet driver arbeidsrettede tiltak på oppdrag fra NAV og produksjon av varer og tjenester. "
                  "Virksomheten drives fra egne lokaler på Kippermoen i {g:Mosjøen}, {g:Vefsn} kommune i "
                  "{g:Nordland}."),
            ("h", 3, "Fortsatt drift"),
            ("p", "Forutsetningen om fortsatt drift er lagt til grunn ved avleggelsen av regnskapet, og styret "
                  "bekrefter at denne forutsetningen er til stede."),
            ("h", 3, "Arbeidsmiljø og likestilling"),
            ("p", "Sykefraværet blant de ansatte var {p:7,4 %|sykefraværet} mot {p?:8,1 %} året før. Det har ikke "
                  "vært skader eller ulykker som har ført til fravær. Av de 31 ansatte er 17 kvinner. Styret "
                  "består av tre kvinner og to menn."),
            ("h", 3, "Ytre miljø"),
            ("p", "Bedriften forurenser ikke det ytre miljøet utover det som er vanlig for bransjen."),
            ("h", 3, "Resultat og disponering"),
            ("p", "Årsresultatet på kr " + result + " overføres til annen egenkapital. Revisor er {g?:Helgeland} "
                  "Revisjon AS ved statsautorisert revisor Tore Aakre."),
        ]),
        ("sign", "{g:Mosjøen}, 12. mars 2020",
         [("Håvard Sæternes", "styreleder"), ("Ingrid Holmvik", "nestleder"), ("Per Arne Mølnvik", "styremedlem"),
          ("Siri Aune Kristoffersen", "styremedlem"), ("Marte Skjelstad", "daglig leder")]),
        ("break",),
        ("grid", [[("stmt", res, {"title": "Resultatregnskap 2019"})],
                  [("stmt", bst, {"title": "Balanse pr. 31.12.2019"})]], {"widths": "1fr 1fr"}),
    ]
    return {
        "name": "brattli-arbeid-2019", "year": year, "title": "Brattli Arbeid AS – Årsrapport 2019",
        "organization": {"name": "Brattli Arbeid AS", "founded_year": 1986, "address": "Kippermoveien 14, 8658 Mosjøen",
                         "email": "post@brattliarbeid.no", "website": "www.brattliarbeid.no", "phone": "75 17 62 00",
                         "owners": [{"name": "Vefsn kommune", "share_percent": 85.0},
                                    {"name": "Grane kommune", "share_percent": 15.0}]},
        "ceo": "Marte Skjelstad",
        "board": [("Håvard Sæternes", "LEDE", False), ("Ingrid Holmvik", "NEST", False),
                  ("Per Arne Mølnvik", "MEDL", False), ("Siri Aune Kristoffersen", "MEDL", True),
                  ("Line Hatten", "VARA", None)],
        "not_board": ["Eirik Fossli", "Berit Hestvik", "Geir Mathisen", "Ola Brennås", "Randi Øvergård",
                      "Tor Einar Kjeldsen", "Tore Aakre"],
        "programs": {"VTA": 28, "AFT": 40},
        "places_optional": ["Kippermoen", "Helgeland"],
        "page": "a4", "ink": "2F5D3A", "tint": "E3EEDD",
        "renditions": ["design"], "items": items,
        "notes": "Board only in a photo caption (roles in parentheses after names, the first member without "
                 "one) and the signature grid; the photographer credited in the same caption; ledergruppe cards.",
    }


def fjordrein_iks_2016() -> dict:
    year = 2016
    cols = [Col("2016", 2016), Col("2015", 2015)]
    labels = {"net_fin": "Netto finanspostar"}
    inc = income("nn", 2, [("Renovasjonsgebyr", "", [38_412, 36_905]), ("Sal av materialar", "", [4_106, 3_877]),
                           ("Andre driftsinntekter", "", [1_214, 1_388])],
                 [("Løn og sosiale kostnader", "2", [14_880, 14_102]), ("Transport og handsaming", "", [19_415, 18_776]),
                  ("Avskrivingar", "3", [3_906, 3_740]), ("Andre driftskostnader", "", [4_021, 3_985])],
                 [("Finansinntekter", "", [188, 214]), ("Finanskostnader", "", [-1_412, -1_530])], labels=labels)
    bal = balance("nn", 2, [("Bygg og anlegg", "3", [41_230, 42_800]), ("Køyretøy og maskiner", "3", [9_870, 8_415])],
                  [("Kundefordringar", "", [3_412, 3_190]), ("Bankinnskot", "", "plug")],
                  [("Innskoten eigenkapital", "", [5_000, 5_000]), ("Anna eigenkapital", "", [9_644, 8_358])],
                  [("Lån i Kommunalbanken", "4", [38_200, 40_100])],
                  [("Leverandørgjeld", "", [3_884, 3_512]), ("Anna kortsiktig gjeld", "", [2_975, 2_811])])
    res = Statement("Resultatrekneskap", cols, inc, unit=1000, label_header="Heile 1000 kr", note_col="Note")
    bst = Statement("Balanse", cols, bal, unit=1000, label_header="Heile 1000 kr", note_col="Note")
    result = res.fmt(next(l for l in inc if l.label == "Årsresultat").values[0])
    items = [
        ("grid", [[("kicker", "Årsmelding 2016"),
                   ("h", 1, "Fjordrein IKS"),
                   ("p", "Interkommunalt selskap for innsamling og handsaming av hushaldsavfall i {g:Ørsta} og "
                         "{g:Volda}.", {"lead": True}),
                   ("photo", "Den nye sorteringshallen på Hovdebygda vart teken i bruk i september. Foto: Ingvild Follestad",
                    {"height": "78mm"})],
                  [("h", 2, "Leiaren har ordet"),
                   ("p", "2016 var året då vi opna sorteringshallen og fekk på plass henting av matavfall i heile "
                         "{g:Volda}. Innbyggjarane har teke imot den nye ordninga på ein god måte, og "
                         "utsorteringsgraden auka til {p:41,3 %|utsorteringsgraden}."),
                   ("p", "Eg vil takke dei tilsette for eit krevjande år, og representantskapet for godt samarbeid. "
                         "Ein særleg takk til prosjektleiar Sindre Liadal, som gjekk av med pensjon i desember."),
                   ("quote", "Sortering er det billegaste tiltaket vi har.", "Rolf Inge Sørhagen, dagleg leiar")],
                  [("box", [("kicker", "Selskapet"), ("p", "Fjordrein IKS"), ("p", "Hovdevegen 40, 6155 {g:Ørsta}"),
                            ("p", "Telefon 70 04 81 00"), ("p", "firmapost@fjordrein.no"),
                            ("p", "Skipa 1998"), ("p", "Dagleg leiar: Rolf Inge Sørhagen")]),
                   ("box", [("kicker", "Eigarar"),
                            ("pairs", [("{g:Ørsta} kommune", "{p?:55 %}"),
                                       ("{g:Volda} kommune", "{p?:45 %}")])])]],
         {"widths": "1.25fr 1.3fr 0.85fr"}),
        ("break",),
        ("grid", [[("h", 2, "Tillitsvalde"),
                   ("kicker", "Styret"),
                   ("pairs", [("Styreleiar", "Arnfinn Sætre"), ("Nestleiar", "Brit Helen Aarflot"),
                              ("Styremedlem", "Kjetil Myklebust"), ("Styremedlem, vald av dei tilsette", "Solrun Hovden"),
                              ("Varamedlem", "Eldar Rise")], {"split": True}),
                   ("kicker", "Representantskapet"),
                   ("pairs", [("{g:Ørsta}", "Marit Hovdenak (leiar)"), ("{g:Ørsta}", "Leif Ottar Bakke"),
                              ("{g:Volda}", "Jon Kåre Riste (nestleiar)"), ("{g:Volda}", "Hilde Synnøve Dale")], {"split": True}),
                   ("p", "Revisor: {g?:Sunnmøre} kommunerevisjon IKS", {"small": True})],
                  [("h", 2, "Styret si årsmelding"),
                   ("cols", 2, [
                       ("h", 3, "Verksemda"),
                       ("p", "Fjordrein IKS er eigd av {g:Ørsta} kommune ({p:55 %|Ørsta kommune}) og {g:Volda} kommune "
                             "({p:45 %|Volda kommune}) og har forretningskontor i "
                             "{g:Ørsta} i {g:Møre og Romsdal}. Selskapet samlar inn avfall frå om lag 9 700 "
                             "hushald og 1 400 hytter, og driv to gjenvinningsstasjonar."),
                       ("h", 3, "Styret sitt arbeid"),
                       ("p", "Styret har hatt ni møte og handsama 64 saker. Representantskapet har hatt to møte."),
                       ("h", 3, "Arbeidsmiljø"),
                       ("p", "Sjukefråværet var {p:5,2 %|sjukefråværet}. Det er registrert to skadar utan fråvær. "
                             "Selskapet har 23 tilsette, av dei fem kvinner."),
                       ("h", 3, "Ytre miljø"),
                       ("p", "Selskapet sitt føremål er å redusere miljøverknadene av avfallet. Ureining frå "
                             "køyretøya er halden nede med nye bilar."),
                       ("h", 3, "Økonomi og framtid"),
                       ("p", "Årsresultatet vart " + result + " tusen kroner og vert overført til anna "
                             "eigenkapital. Føresetnaden om vidare drift er til stades."),
                   ])]], {"widths": "0.9fr 2fr"}),
        ("sign", "{g:Ørsta}, 8. mars 2017",
         [("Arnfinn Sætre", "styreleiar"), ("Brit Helen Aarflot", "nestleiar"), ("Kjetil Myklebust", ""),
          ("Solrun Hovden", ""), ("Rolf Inge Sørhagen", "dagleg leiar")], {"per_row": 5}),
        ("break",),
        ("grid", [[("stmt", res, {"title": "Resultatrekneskap 2016"})], [("stmt", bst, {"title": "Balanse 31.12.2016"})]],
         {"widths": "1fr 1fr"}),
        ("colophon", "Fjordrein IKS · Årsmelding 2016 · Utforming: Fjordrein IKS / Tinde Reklame"),
    ]
    return {
        "name": "fjordrein-iks-2016", "year": year, "title": "Fjordrein IKS – Årsmelding 2016",
        "organization": {"name": "Fjordrein IKS", "founded_year": 1998, "address": "Hovdevegen 40, 6155 Ørsta",
                         "email": "firmapost@fjordrein.no", "phone": "70 04 81 00",
                         "owners": [{"name": "Ørsta kommune", "share_percent": 55.0},
                                    {"name": "Volda kommune", "share_percent": 45.0}]},
        "ceo": "Rolf Inge Sørhagen",
        "board": [("Arnfinn Sætre", "LEDE", False), ("Brit Helen Aarflot", "NEST", False),
                  ("Kjetil Myklebust", "MEDL", False), ("Solrun Hovden", "MEDL", True), ("Eldar Rise", "VARA", None)],
        "not_board": ["Marit Hovdenak", "Leif Ottar Bakke", "Jon Kåre Riste", "Hilde Synnøve Dale", "Sindre Liadal",
                      "Ingvild Follestad"],
        "places_optional": ["Hovdebygda", "Sunnmøre"],
        "page": "a4-landscape", "ink": "1F4E79", "tint": "DDE8F3", "html_lang": "nn", "base": "8.6pt",
        "renditions": ["design"], "items": items,
        "notes": "Landscape, nynorsk. The board (and the representantskap) printed as two blocks side by side: "
                 "every role word first, then every name; the employee-elected member's role says so.",
    }


def glomdal_scene_kf_2023() -> dict:
    year = 2023
    cols = [Col("Regnskap 2023", 2023), Col("Budsjett 2023", 2023, BUDGET), Col("Regnskap 2022", 2022)]
    inc = income("nb", 3, [("Billettinntekter", "", [14_806_550, 13_900_000, 12_118_420]),
                           ("Driftstilskudd fra kommunen", "", [9_850_000, 9_850_000, 9_420_000]),
                           ("Utleie og servering", "", [3_402_118, 3_100_000, 2_876_904])],
                 [("Artisthonorar og produksjon", "", [11_994_330, 11_200_000, 10_211_576]),
                  ("Lønn og sosiale kostnader", "", [10_872_417, 10_950_000, 10_301_228]),
                  ("Husleie og drift av bygg", "", [3_904_260, 3_850_000, 3_640_115]),
                  ("Andre driftskostnader", "", [1_108_902, 900_000, 962_340])],
                 [("Renteinntekter", "", [121_400, 40_000, 52_318])])
    res = Statement("Driftsregnskap", cols, inc, label_header="", above="Alle tall i kroner")
    result = res.fmt(next(l for l in inc if l.label == "Årsresultat").values[0])
    items = [
        ("cover", {"kicker": "GLOMDAL SCENE KF", "title": "Årsrapport 2023",
                   "sub": "Konserter, teater og møteplasser midt i {g:Elverum}",
                   "caption": "Utsolgt storsal under Martinimarkedet. Foto: Oda Brenden"}),
        ("tiles", [("412", "arrangementer"), ("71 480", "publikummere"), ("{p:83 %}", "belegg i storsalen"),
                   ("24", "årsverk")]),
        ("grid", [[("h", 1, "Et rekordår for scenen"),
                   ("p", "Glomdal Scene KF hadde i 2023 det høyeste besøket siden åpningen. Vi hadde 412 "
                         "arrangementer og solgte 71 480 billetter, og storsalen hadde et belegg på "
                         "{p:83 %|storsalen hadde et belegg}.", {"lead": True}),
                   ("p", "Samarbeidet med teatret i {g:Hamar} ga tre gjestespill, og turnéen med egenproduksjonen "
                         "gikk til {g:Trysil}, {g:Åmot} og {g:Oslo}. Kulturskolen hadde sin vårforestilling hos oss "
                         "for første gang."),
                   ("h", 2, "Året i bilder"),
                   ("grid", [[("photo", "Mai: Rita Nordsveen og band spilte to utsolgte kvelder.", {"height": "34mm"})],
                             [("photo", "Oktober: Ungdommens kulturmønstring samlet 180 deltakere.", {"height": "34mm"})]],
                    {"widths": "1fr 1fr"})],
                  [("box", [("kicker", "Foretaket"),
                            ("p", "Glomdal Scene KF er et kommunalt foretak eid av {g:Elverum} kommune, opprettet 2009."),
                            ("p", "Storgata 5, 2408 {g:Elverum}"), ("p", "billett@glomdalscene.no"),
                            ("p", "www.glomdalscene.no")]),
                   ("quote", "Folk kom tilbake i 2023 – og de kom for å oppleve noe sammen.",
                    "Kristian Bakkehaug, direktør")]], {"widths": "1.8fr 1fr"}),
        ("break",),
        ("h", 2, "Styret"),
        ("p", "Styret er valgt av kommunestyret for perioden 2023–2027. De ansatte velger ett styremedlem."),
        ("cards", [("Anita Rustad", ["Styreleder"]), ("Petter Løken", ["Nestleder"]), ("Hanne Sofie Grøtting", ["Styremedlem"]),
                   ("Bjørnar Vestby", ["Styremedlem"]), ("Lene Aasheim", ["Styremedlem,", "ansattes representant"]),
                   ("Morten Skaaret", ["Varamedlem"])], {"per_row": 6}),
        ("h", 2, "Administrasjonen"),
        ("cards", [("Kristian Bakkehaug", ["Direktør"]), ("Ane Marte Sollien", ["Programsjef"]),
                   ("Kjell Roger Hagen", ["Teknisk sjef"]), ("Nina Bekkevold", ["Marked og billett"])], {"per_row": 6}),
        ("h", 2, "Styrets årsberetning"),
        ("cols", 2, [
            ("p", "Foretaket skal drive kulturhuset på vegne av {g:Elverum} kommune i {g:Innlandet} og legge til "
                  "rette for et bredt kulturtilbud for hele regionen."),
            ("p", "Styret har hatt sju møter og behandlet 46 saker. Kontrollutvalget i kommunen har fått alle "
                  "styreprotokollene. Revisor er Innlandet Revisjon IKS."),
            ("p", "Sykefraværet var {p:4,9 %|sykefraværet}. Foretaket har 31 ansatte fordelt på 24 årsverk. Det har "
                  "ikke vært skader på personer. Foretaket påvirker ikke det ytre miljøet utover vanlig drift av et "
                  "kulturhus."),
            ("p", "Årsresultatet ble kr " + result + ". Styret foreslår at det avsettes til disposisjonsfond. "
                  "Styret takker publikum, frivillige og kunstnere for et svært godt år."),
        ]),
        ("sign", "{g:Elverum}, 20. februar 2024",
         [("Anita Rustad", "styreleder"), ("Petter Løken", "nestleder"), ("Hanne Sofie Grøtting", "styremedlem"),
          ("Bjørnar Vestby", "styremedlem"), ("Lene Aasheim", "styremedlem"), ("Kristian Bakkehaug", "direktør")],
         {"per_row": 3}),
        ("break",),
        ("stmt", res, {"title": "Driftsregnskap 2023"}),
        ("p", "Merforbruket på artisthonorar skyldes flere egenproduksjoner enn budsjettert, og dekkes av høyere "
              "billettinntekter.", {"small": True}),
        ("colophon", "Glomdal Scene KF · Årsrapport 2023 · Foto: Oda Brenden og Glomdal Scene"),
    ]
    return {
        "name": "glomdal-scene-kf-2023", "year": year, "title": "Glomdal Scene KF – Årsrapport 2023",
        "organization": {"name": "Glomdal Scene KF", "founded_year": 2009, "address": "Storgata 5, 2408 Elverum",
                         "email": "billett@glomdalscene.no", "website": "www.glomdalscene.no"},
        "ceo": "Kristian Bakkehaug",
        "board": [("Anita Rustad", "LEDE", False), ("Petter Løken", "NEST", False), ("Hanne Sofie Grøtting", "MEDL", False),
                  ("Bjørnar Vestby", "MEDL", False), ("Lene Aasheim", "MEDL", True), ("Morten Skaaret", "VARA", None)],
        "not_board": ["Ane Marte Sollien", "Kjell Roger Hagen", "Nina Bekkevold", "Oda Brenden", "Rita Nordsveen"],
        "not_places": ["Innlandet Revisjon IKS"],
        "places_optional": ["Storgata"],
        "page": "a4", "ink": "7A2E3B", "tint": "F3E3E6",
        "renditions": ["design"], "items": items,
        "notes": "Kommunalt foretak; board and administration as portrait cards with the role under the name; "
                 "an artist named in a photo caption; budget column optional.",
    }


REPORTS = [brattli_arbeid_2019, fjordrein_iks_2016, glomdal_scene_kf_2023]
