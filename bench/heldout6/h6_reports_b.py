"""Reports of the sixth held-out set, part B: a sameie whose board is named only in prose, a
sokneråd's årsmelding printed from its web page (nynorsk), a sports club with undergroups each led
by its own leder (legacy .doc), and a museum foundation (nynorsk). Organisations, people and
figures are invented; municipalities and counties are real settings."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income

# ---------------------------------------------------------------- 5. sameie, board only in prose
def kvernhusbakken_2024() -> dict:
    cols = [Col("Regnskap 2024", 2024), Col("Regnskap 2023", 2023), Col("Budsjett 2025", 2025, BUDGET)]
    res = Statement(
        "Resultatregnskap", cols,
        income("nb", 3,
               [("Innkrevde felleskostnader", "", [2_412_480, 2_308_560, 2_521_000]),
                ("Leieinntekter parkering", "", [96_000, 92_400, 98_000]),
                ("Andre inntekter", "", [14_275, 9_810, 10_000])],
               [("Forretningsførerhonorar", "", [118_750, 113_100, 123_000]),
                ("Revisjonshonorar", "", [21_250, 19_875, 22_000]),
                ("Styrehonorar", "", [85_000, 80_000, 85_000]),
                ("Forsikringer", "", [162_318, 148_904, 171_000]),
                ("Kommunale avgifter", "", [471_902, 452_118, 489_000]),
                ("Energi og oppvarming", "", [388_415, 512_760, 420_000]),
                ("Vedlikehold og reparasjoner", "", [734_208, 586_337, 800_000]),
                ("Andre driftskostnader", "", [241_604, 227_419, 250_000])],
               fin=[("Renteinntekter", "", [38_714, 21_090, 30_000])]),
        note_col="Note", label_header="Beløp i hele kroner")
    bal = Statement(
        "Balanse pr. 31.12.", [Col("2024", 2024), Col("2023", 2023)],
        balance("nb", 2, fixed=[],
                current=[("Restanser felleskostnader", "", [18_440, 26_112]),
                         ("Forskuddsbetalte kostnader", "", [41_205, 38_760]),
                         ("Driftskonto", "", [212_806, 187_390]),
                         ("Sparekonto", "", "plug")],
                equity=[("Opptjent egenkapital", "", [1_602_154, 1_274_090])],
                long=[],
                short=[("Leverandørgjeld", "", [94_310, 121_845]),
                       ("Annen kortsiktig gjeld", "", [48_702, 39_215])]),
        note_col="Note", label_header="")
    board = [("Eva Marie Tjelta", "LEDE", None), ("Kjetil Aase", "NEST", None), ("Sara Helland Vik", "MEDL", None),
             ("Morten Espeland", "MEDL", None), ("Ragnar Tungland", "VARA", None), ("Ingunn Bore Lima", "VARA", None)]
    return dict(
        name="kvernhusbakken-2024", year=2024, title="Årsberetning 2024 Sameiet Kvernhusbakken",
        header="Sameiet Kvernhusbakken · Årsmøtedokumenter 2025", footer="Side {PAGE}",
        font="DejaVu Sans Condensed",
        organization={"name": "Sameiet Kvernhusbakken", "founded_year": 2009},
        ceo=None, board=board, not_board=["Tore Byberg", "Heidi Nærland", "Ole Johan Tysse", "Line Fjelde"],
        renditions=["docx", "pdf"],
        items=[
            ("h", 1, "Årsberetning for 2024"),
            ("h", 2, "Sameiets virksomhet"),
            ("p", "Sameiet Kvernhusbakken består av 64 boligseksjoner og 24 garasjeplasser fordelt på fire "
                  "bygg i bydelen {g?:Hinna} i {g:Stavanger}. Sameiet ble opprettet ved seksjonering i 2009. "
                  "Forretningsfører er Vestkyst Boligforvaltning AS, med Line Fjelde som kontaktperson. "
                  "Sameiet har ingen ansatte."),
            ("h", 2, "Styrets arbeid"),
            ("p", "Ordinært årsmøte ble holdt 23. april 2024. Styret har siden da bestått av leder Eva Marie "
                  "Tjelta, nestleder Kjetil Aase og styremedlemmene Sara Helland Vik og Morten Espeland, med "
                  "Ragnar Tungland og Ingunn Bore Lima som varamedlemmer. Tore Byberg gikk ut av styret ved "
                  "årsmøtet etter seks år, de siste to som leder, og styret takker ham for innsatsen."),
            ("p", "Det er holdt ni styremøter, og styret har behandlet 58 saker. Valgkomiteen har bestått av "
                  "Heidi Nærland og Ole Johan Tysse."),
            ("h", 2, "Vedlikehold og prosjekter"),
            ("p", "Utskifting av vinduer i bygg C ble fullført i september. Prosjektet kostet "
                  "{p:6 prosent|Prosjektet kostet} mindre enn anslått. Etter at varmepumpene ble satt i drift "
                  "gikk energikostnadene ned med {p:24,2 %|energikostnadene} fra året før."),
            ("h", 2, "Økonomi"),
            ("p", "Felleskostnadene ble økt med {p:4,5 %|Felleskostnadene} fra 1. januar 2024, og årsmøtet "
                  "har vedtatt en økning på {p:4,0 %|vedtatt en økning} fra 1. januar 2025. "
                  "Årets overskudd tilføres egenkapitalen, som skal dekke utskifting av takrenner og "
                  "balkongrekkverk i 2025 og 2026. Restansene utgjør {p:0,8 prosent|Restansene} av "
                  "innkrevde felleskostnader."),
            ("stmt", res, {"title": "Resultatregnskap"}),
            ("stmt", bal, {"title": "Balanse"}),
            ("p", "Styret mener årsregnskapet gir et riktig bilde av sameiets økonomiske stilling, og at "
                  "forutsetningen om fortsatt drift er til stede."),
            ("p", "{g:Stavanger}, 4. mars 2025"),
            ("p", "Styret i Sameiet Kvernhusbakken", {"italic": True}),
        ],
        notes="Sameiet Kvernhusbakken, 2024, bokmål, an owners' association (sameie) in Stavanger; Word "
              "through LibreOffice. The board is **only in one prose sentence** ('leder A, nestleder B "
              "og styremedlemmene C og D, med E og F som varamedlemmer'); a departing former chair in "
              "the next sentence, the valgkomité and the managing agent's contact person nearby (not "
              "board). The report is signed 'Styret' without names. No ceo. Statement with a Note "
              "column in whole kroner and a Budsjett 2025 column (optional).",
    )


# ---------------------------------------------------------------- 6. sokneråd, nynorsk, web page
def nordhamar_sokneraad_2023() -> dict:
    cols = [Col("Rekneskap 2023", 2023), Col("Budsjett 2023", 2023, BUDGET), Col("Rekneskap 2022", 2022)]
    res = Statement(
        "Driftsrekneskap", cols,
        income("nn", 3,
               [("Kollektar og gåver", "", [184_615, 170_000, 162_904]),
                ("Tilskot frå fellesrådet", "", [95_000, 95_000, 90_000]),
                ("Tilskot trusopplæring", "", [212_400, 212_400, 206_200]),
                ("Utleige og sal", "", [31_870, 25_000, 22_415])],
               [("Løn og sosiale kostnader", "", [301_244, 310_000, 288_510]),
                ("Trusopplæring, aktivitetar", "", [74_318, 80_000, 69_907]),
                ("Diakoni og misjon", "", [41_602, 40_000, 38_114]),
                ("Vidaresende kollektar", "", [68_904, 55_000, 61_338]),
                ("Andre driftsutgifter", "", [27_410, 20_000, 19_805])],
               labels={"inc": "Driftsinntekter", "sum_inc": "Sum driftsinntekter", "cost": "Driftsutgifter",
                       "sum_cost": "Sum driftsutgifter", "op": "Resultat", "result": None}),
        label_header="Kroner")
    board = [("Astrid Økland", "LEDE", None), ("Jon Ivar Sæverud", "NEST", None), ("Marte Heimdal", "MEDL", None),
             ("Nils Petter Grov", "MEDL", None), ("Sunniva Lid", "MEDL", None), ("Hallvard Eide Vikøren", "MEDL", None),
             ("Liv Torunn Rolfsnes", "VARA", None), ("Einar Hope", "VARA", None)]
    return dict(
        name="nordhamar-sokneraad-2023", year=2023, title="Årsmelding 2023 – Nordhamar sokneråd",
        organization={"name": "Nordhamar sokneråd", "email": "nordhamar.sokn@kyrkjepost.no"},
        ceo="Tordis Mjånes", board=board, board_optional=[],
        not_board=["Kjell Arve Haldorsen", "Anja Børtveit", "Gerd Helene Sandtorv", "Ruben Tveit"],
        renditions=["web"], html_lang="nn", accent="6B2D5C", page_file="arsmelding-2023-nordhamar-sokn",
        site={"name": "Den norske kyrkja i {g:Fitjar}",
              "menu": ["Gudstenester", "Dåp", "Konfirmasjon", "Gravferd", "Om oss", "Kontakt"],
              "crumb": "Heim › Nordhamar sokn › Om oss › Årsmelding 2023",
              "meta": "Publisert 12. mars 2024 · Sist oppdatert 19. mars 2024",
              "footer": ["Kyrkjekontoret, Kyrkjevegen 3, 5419 {g:Fitjar}",
                         "E-post: nordhamar.sokn@kyrkjepost.no · Opningstid måndag–torsdag 09–14"]},
        items=[
            ("h", 1, "Årsmelding for Nordhamar sokneråd 2023"),
            ("p", "Soknerådet legg med dette fram årsmeldinga for 2023 for årsmøtet i soknet 21. april. "
                  "Nordhamar sokn er eitt av to sokn i {g:Fitjar} kommune i {g:Sunnhordland} og hadde 2 146 "
                  "medlemer ved utgangen av året, {p:71,4 prosent|medlemer} av innbyggjarane i soknet."),
            ("h", 2, "Soknerådet"),
            ("p", "Soknerådet har hatt sju møte og handsama 46 saker. Rådet vart valt ved kyrkjevalet i 2023 "
                  "og konstituerte seg i oktober; leiaren held fram. Soknepresten er fast medlem."),
            ("table", [["Verv", "Namn"],
                       ["Leiar", "Astrid Økland"],
                       ["Nestleiar", "Jon Ivar Sæverud"],
                       ["Medlem", "Marte Heimdal"],
                       ["Medlem", "Nils Petter Grov"],
                       ["Medlem", "Sunniva Lid"],
                       ["Sokneprest, fast medlem", "Hallvard Eide Vikøren"],
                       ["1. varamedlem", "Liv Torunn Rolfsnes"],
                       ["2. varamedlem", "Einar Hope"]], {"ruled": True}),
            ("p", "Astrid Økland representerer soknerådet i {g:Fitjar} kyrkjelege fellesråd, der "
                  "kyrkjeverje Kjell Arve Haldorsen er dagleg leiar. Soknerådet sin eigen dagleg leiar er "
                  "Tordis Mjånes i {p:50 prosent|stilling} stilling. Organist er Anja Børtveit og "
                  "kyrkjelydspedagog Gerd Helene Sandtorv."),
            ("h", 2, "Gudstenester og kyrkjelege handlingar"),
            ("table", [["", "2023", "2022"],
                       ["Gudstenester", "64", "61"],
                       ["Deltakarar i gudstenester", "5 918", "5 402"],
                       ["Døypte", "19", "23"],
                       ["Del av fødde som vart døypte", "{p:66 %}", "{p:72 %}"],
                       ["Konfirmantar", "27", "24"],
                       ["Gravferder", "21", "25"]], {"ruled": True}),
            ("p", "Talet på deltakarar i gudstenestene auka med {p:9,6 prosent|deltakarar i gudstenestene}. "
                  "Julaftan hadde fem gudstenester og fulle kyrkjer."),
            ("h", 2, "Trusopplæring og diakoni"),
            ("p", "Trusopplæringa nådde {p:58 prosent|trusopplæringa nådde} av dei døypte i alderen 0–18 år. "
                  "Besøkstenesta, leidd av frivillige under Ruben Tveit, har 14 besøksvenner."),
            ("h", 2, "Økonomi"),
            ("p", "Rekneskapen for soknerådet viser eit mindreforbruk, og overskotet vert sett av til "
                  "disposisjonsfond for orgelrestaureringa i 2025. Alle tal i heile kroner."),
            ("stmt", res, {"title": "Driftsrekneskap"}),
            ("p", "{g:Fitjar}, 29. februar 2024 – for soknerådet: Astrid Økland, leiar", {"small": True}),
        ],
        notes="Nordhamar sokneråd (an invented parish council) in Fitjar (Sunnhordland), 2023, nynorsk; "
              "its årsmelding as a web page printed by Chromium with the site frame (menu, breadcrumb, "
              "footer) and the browser's own header and footer lines. Board as a ruled Verv | Namn table "
              "where the roles are 'Leiar', 'Medlem', 'Sokneprest, fast medlem' (MEDL) and '1./2. "
              "varamedlem'. The soknerådet's own dagleg leiar is the ceo (in a 50 prosent position); the "
              "fellesråd's kyrkjeverje, also called dagleg leiar in the same sentence, is not. Statement "
              "Rekneskap | Budsjett | Rekneskap in kroner with 'Resultat' as the last line.",
    )


# ---------------------------------------------------------------- 7. idrettslag, .doc
def kvernlia_il_2024() -> dict:
    cols = [Col("Regnskap 2024", 2024), Col("Regnskap 2023", 2023), Col("Budsjett 2025", 2025, BUDGET)]
    res = Statement(
        "Resultatregnskap hovedlaget", cols,
        income("nb", 3,
               [("Medlemskontingent", "", [312_400, 298_650, 320_000]),
                ("Treningsavgifter", "", [684_210, 641_875, 700_000]),
                ("Sponsorinntekter", "", [418_000, 386_500, 420_000]),
                ("Offentlige tilskudd og momskompensasjon", "", [276_918, 251_402, 270_000]),
                ("Arrangementer og kiosk", "", [203_745, 188_310, 210_000])],
               [("Lønn og arbeidsgiveravgift", "", [612_488, 588_205, 640_000]),
                ("Haller og baner", "", [398_502, 371_660, 410_000]),
                ("Utstyr og drakter", "", [184_319, 201_744, 180_000]),
                ("Reiser og cuper", "", [296_115, 268_407, 300_000]),
                ("Andre driftskostnader", "", [341_802, 318_091, 350_000])],
               fin=[("Renteinntekter", "", [22_604, 14_315, 20_000])]),
        note_col="Note", label_header="")
    bal = Statement(
        "Balanse pr. 31.12.", [Col("2024", 2024), Col("2023", 2023)],
        balance("nb", 2,
                fixed=[("Klubbhus", "3", [1_240_000, 1_310_000])],
                current=[("Kundefordringer", "", [48_715, 61_208]),
                         ("Bankinnskudd", "", "plug")],
                equity=[("Egenkapital", "", [1_598_811, 1_528_160])],
                long=[("Pantelån", "4", [380_000, 420_000])],
                short=[("Leverandørgjeld", "", [77_402, 85_316]),
                       ("Skyldige offentlige avgifter", "", [41_880, 39_504])],
                labels={"equity": None}),
        note_col="Note", label_header="")
    board = [("Camilla Rød Hansen", "LEDE", None), ("Espen Glomsrud", "NEST", None), ("Trine Bjørnerud", "MEDL", None),
             ("Henrik Solheim Nilsen", "MEDL", None), ("Maja Strøm", "MEDL", None),
             ("Geir Olsen Hovland", "VARA", None), ("Lene Holter", "VARA", None)]
    groups = ["Ronny Karlsen", "Siri Bakke Eriksen", "Thomas Engebretsen", "Ida Marie Fjeld", "Kristian Amundrød",
              "Hege Frøshaug", "Sindre Bøhn", "Anette Lislerud", "Jan Tore Berntsen", "Pål Kasin"]
    return dict(
        name="kvernlia-il-2024", year=2024, title="Årsberetning 2024 Kvernlia IL",
        header="Kvernlia IL – årsmøtet 2025", footer="{PAGE}", footer_align="right",
        font="DejaVu Sans", heading_colour="0B5D1E",
        organization={"name": "Kvernlia Idrettslag", "founded_year": 1948, "website": "www.kvernlia-il.no"},
        ceo="Marius Hoelsæter", board=board, board_optional=[], not_board=groups,
        renditions=["doc", "pdf"],
        items=[
            ("h", 1, "Kvernlia Idrettslag – årsberetning 2024"),
            ("p", "Kvernlia Idrettslag (stiftet 1948) holder til i {g:Rakkestad} i {g:Østfold} og er medlem "
                  "av Norges idrettsforbund. Laget hadde 1 214 medlemmer ved årsskiftet, en økning på "
                  "{p:5,8 prosent|medlemmer}. www.kvernlia-il.no"),
            ("h", 2, "Hovedstyret"),
            ("table", [["Verv", "Navn", "På valg"],
                       ["Leder", "Camilla Rød Hansen", "2025"],
                       ["Nestleder", "Espen Glomsrud", "2026"],
                       ["Økonomiansvarlig", "Trine Bjørnerud", "2025"],
                       ["Sekretær", "Henrik Solheim Nilsen", "2026"],
                       ["Styremedlem", "Maja Strøm", "2025"],
                       ["Varamedlem", "Geir Olsen Hovland", "2025"],
                       ["Varamedlem", "Lene Holter", "2025"]], {"ruled": True, "shade_header": "DCEBDD"}),
            ("p", "Hovedstyret har hatt 10 møter. Daglig leder Marius Hoelsæter er ansatt i "
                  "{p:40 %|stilling} stilling og er hovedstyrets sekretariat. Kontrollutvalget har vært "
                  "Jan Tore Berntsen og Pål Kasin, og valgkomiteen Hege Frøshaug, Sindre Bøhn og Anette "
                  "Lislerud."),
            ("h", 2, "Medlemmer"),
            ("table", [["Gruppe", "Medlemmer", "Andel jenter"],
                       ["Fotball", "512", "{p:31 %}"],
                       ["Håndball", "288", "{p:64 %}"],
                       ["Ski", "246", "{p:47 %}"],
                       ["Turn", "168", "{p:78 %}"]], {"ruled": True, "shade_header": "DCEBDD"}),
            ("h", 2, "Gruppenes årsberetninger"),
            ("h", 3, "Fotballgruppa"),
            ("p", "Leder: Ronny Karlsen", {"bold": True}),
            ("p", "Gruppa hadde 31 lag i serie, og A-laget rykket opp til 5. divisjon. Styret i gruppa har "
                  "ellers bestått av Siri Bakke Eriksen (sportslig leder) og fire medlemmer."),
            ("h", 3, "Håndballgruppa"),
            ("p", "Leder: Thomas Engebretsen", {"bold": True}),
            ("p", "Jentene 14 år vant regionserien. Deltakelsen på Håndballskolen økte med "
                  "{p:12 prosent|Håndballskolen}."),
            ("h", 3, "Skigruppa"),
            ("p", "Leder: Ida Marie Fjeld", {"bold": True}),
            ("p", "En snøfattig vinter ga bare 19 skidager i lysløypa. Karusellen ble flyttet til "
                  "{g:Trysil} på en samling i februar."),
            ("h", 3, "Turngruppa"),
            ("p", "Leder: Kristian Amundrød", {"bold": True}),
            ("p", "Turngruppa hadde venteliste hele året og har søkt {g:Rakkestad} kommune om mer haltid."),
            ("h", 2, "Økonomi"),
            ("p", "Hovedlagets regnskap viser et overskudd. Gruppene fører egne regnskap som inngår i "
                  "hovedlagets balanse."),
            ("stmt", res, {"title": "Resultatregnskap hovedlaget"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12."}),
            ("sign", "{g:Rakkestad}, 10. februar 2025",
             [("Camilla Rød Hansen", "Leder"), ("Espen Glomsrud", "Nestleder"), ("Trine Bjørnerud", "Økonomiansvarlig"),
              ("Henrik Solheim Nilsen", "Sekretær"), ("Maja Strøm", "Styremedlem")]),
        ],
        notes="Kvernlia Idrettslag, 2024, bokmål, a multi-sport club in Rakkestad (Østfold); Word 97 "
              ".doc and its LibreOffice PDF (no DOCX). Main board (hovedstyret) as a ruled Verv | Navn | "
              "På valg table with 'Økonomiansvarlig' and 'Sekretær' (MEDL); four undergroups each with "
              "'Leder: Name' in bold under the group's heading and a sportslig leder in prose (not "
              "board); kontrollutvalg and valgkomité in prose. The daglig leder is part time (ceo). "
              "Statement with a Budsjett 2025 column (optional).",
    )


# ---------------------------------------------------------------- 8. museum foundation, nynorsk
def kvitneset_museum_2016() -> dict:
    cols = [Col("2016", 2016), Col("2015", 2015)]
    res = Statement(
        "Resultatrekneskap", cols,
        income("nn", 2,
               [("Billettinntekter", "", [486_250, 431_900]),
                ("Sal i museumsbutikk og kafé", "", [312_718, 288_405]),
                ("Driftstilskot frå fylkeskommunen", "", [650_000, 640_000]),
                ("Driftstilskot frå kommunen", "", [250_000, 250_000]),
                ("Prosjekttilskot", "", [185_000, 40_000])],
               [("Varekjøp", "", [141_306, 129_850]),
                ("Løn og sosiale kostnader", "", [1_284_412, 1_201_776]),
                ("Vedlikehald av bygningar", "", [214_870, 98_314]),
                ("Avskrivingar", "", [62_000, 62_000]),
                ("Andre driftskostnader", "", [188_944, 176_402])],
               fin=[("Finansinntekter", "", [4_118, 6_502])]),
        render="unruled", label_header="Tal i heile kroner")
    bal = Statement(
        "Balanse 31.12.", cols,
        balance("nn", 2,
                fixed=[("Bygningar og anlegg", "", [1_116_000, 1_178_000])],
                current=[("Varelager", "", [48_300, 44_150]),
                         ("Fordringar", "", [31_904, 22_718]),
                         ("Bankinnskot", "", "plug")],
                equity=[("Grunnkapital", "", [200_000, 200_000]),
                        ("Anna eigenkapital", "", [1_085_779, 1_079_225])],
                long=[],
                short=[("Leverandørgjeld", "", [64_118, 58_402]),
                       ("Skuldige offentlege avgifter", "", [52_775, 49_610]),
                       ("Anna kortsiktig gjeld", "", [27_840, 22_115])]),
        render="unruled", label_header="Tal i heile kroner")
    board = [("Kristin Årdal Myklebust", "LEDE", False), ("Bård Hjelmeland", "NEST", False),
             ("Oddny Kvalheim", "MEDL", False), ("Arnfinn Totland", "MEDL", False), ("Grete Sunde Hoddevik", "MEDL", True),
             ("Rolf Skarstein", "VARA", None), ("Synnøve Drage", "VARA", None), ("Trond Vedvik", "VARA", None)]
    return dict(
        name="kvitneset-museum-2016", year=2016, title="Årsmelding 2016 Stiftinga Kvitneset Kystmuseum",
        header="Stiftinga Kvitneset Kystmuseum", footer="Årsmelding 2016 – side {PAGE}", heading_colour="1F4E79",
        font="DejaVu Serif", heading_font="DejaVu Sans",
        organization={"name": "Stiftinga Kvitneset Kystmuseum", "founded_year": 1991,
                      "email": "post@kvitneset-museum.no", "phone": "57 85 61 20"},
        ceo="Håkon Liland", board=board, board_optional=["Håkon Liland"], not_board=["Oddvar Leirvåg", "Signe Ulvøy"],
        places_optional=["Ervik"],
        renditions=["docx", "pdf"],
        items=[
            ("h", 1, "Årsmelding 2016"),
            ("p", "Stiftinga Kvitneset Kystmuseum vart skipa i 1991 og driv fyrstasjonen, naustmiljøet og "
                  "båtsamlinga på Kvitneset i {g:Selje} kommune, {g:Sogn og Fjordane}. Museet er ope frå mai "
                  "til september. Telefon 57 85 61 20, e-post post@kvitneset-museum.no."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2016 vore samansett slik:"),
            ("li", "Kristin Årdal Myklebust, styreleiar (oppnemnd av {g:Selje} kommune)"),
            ("li", "Bård Hjelmeland, nestleiar (oppnemnd av {g:Sogn og Fjordane} fylkeskommune)"),
            ("li", "Oddny Kvalheim, styremedlem (vald av venelaget)"),
            ("li", "Arnfinn Totland, styremedlem (oppnemnd av {g:Vågsøy} kommune)"),
            ("li", "Grete Sunde Hoddevik, styremedlem (vald av dei tilsette)"),
            ("p", "Personlege varamedlemer har vore Rolf Skarstein, Synnøve Drage og Trond Vedvik for dei "
                  "tre første. Styret har hatt fem møte. Dagleg leiar Håkon Liland har vore sekretær for "
                  "styret."),
            ("h", 2, "Drifta"),
            ("p", "Museet har 3 faste tilsette i 2,6 årsverk og sesongtilsette i sommarmånadene. "
                  "Konservator Oddvar Leirvåg gjekk av med pensjon i august, og Signe Ulvøy tok over som "
                  "fagleg ansvarleg. Sjukefråværet var {p:2,1 prosent|Sjukefråværet}."),
            ("table", [["Besøk", "2016", "2015", "Endring"],
                       ["Vaksne", "4 812", "4 306", "{p:11,8 %}"],
                       ["Born og ungdom", "1 905", "1 744", "{p:9,2 %}"],
                       ["Skuleklassar (elevar)", "612", "575", "{p:6,4 %}"],
                       ["Sum besøkande", "7 329", "6 625", "{p:10,6 %}"]], {"ruled": True}),
            ("p", "Cruisetrafikken til {g?:Ervik} gav fleire dagsbesøk, og {p:38 prosent|av gjestene kom frå utlandet} "
                  "av gjestene kom frå utlandet, dei fleste frå {g:Tyskland}."),
            ("h", 2, "Økonomi"),
            ("p", "Prosjekttilskotet gjekk til ny kledning på det gamle fyrvokterhuset. Årsrekneskapen er sett "
                  "opp under føresetnad om vidare drift, og overskotet er lagt til anna eigenkapital."),
            ("stmt", res, {"title": "Resultatrekneskap"}),
            ("stmt", bal, {"title": "Balanse 31.12."}),
            ("sign", "{g:Selje}, 6. mars 2017",
             [("Kristin Årdal Myklebust", "styreleiar"), ("Bård Hjelmeland", "nestleiar"), ("Oddny Kvalheim", "styremedlem"),
              ("Arnfinn Totland", "styremedlem"), ("Grete Sunde Hoddevik", "styremedlem"), ("Håkon Liland", "dagleg leiar")],
             {"title_above": True}),
        ],
        notes="Stiftinga Kvitneset Kystmuseum, 2016, nynorsk, a museum foundation in Selje (Sogn og "
              "Fjordane, before the 2020 merger into Stad); Word through LibreOffice. Board as bullets "
              "'Name, role (oppnemnd av X / vald av dei tilsette)'; three personal deputies in one "
              "sentence without saying whose; the dagleg leiar is secretary and signs (ceo, "
              "board_optional). A retiring konservator and a successor are staff. Visitor table with a "
              "percent-change column, one negative; statements unruled in whole kroner.",
    )


REPORTS = [kvernhusbakken_2024, nordhamar_sokneraad_2023, kvernlia_il_2024, kvitneset_museum_2016]
