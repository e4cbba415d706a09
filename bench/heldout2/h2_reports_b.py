"""Second held-out set, reports 5-8: a nynorsk sports club whose board is in the årsmøte minutes,
a women's health association with a two-column board box, a nynorsk church council, and a
municipal KF whose board is only on an English summary page (a PDF made from HTML, landscape).
Names, people and figures are invented."""
from __future__ import annotations

from h2_finance import BUDGET, Col, balance, income
from h2_reports_a import BAL, STD, kr, line_of, pct

NN_BAL = {"assets_sum": "Sum eigedelar", "equity_sum": "Sum eigenkapital", "debt_sum": "Sum gjeld",
          "total": "Sum eigenkapital og gjeld"}


# ---------- 5. Storlia Idrettslag 2022 (nynorsk): board elected inside the årsmøte minutes ----------

def storlia():
    cols = [Col("Rekneskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET), Col("Rekneskap 2021", 2021)]
    inc = income("Resultatrekneskap", cols,
                 {"rev_sum": "Sum inntekter", "cost_sum": "Sum kostnader", "op": "Driftsresultat",
                  "fin_sum": "Netto finans", "result": "Årsresultat"},
                 revenue=[("Medlemskontingent", "", [118400, 115000, 109650]),
                          ("Treningsavgift", "", [342750, 330000, 301200]),
                          ("Offentlege tilskot", "", [186300, 150000, 171880]),
                          ("Sponsorinntekter", "", [95000, 100000, 85000]),
                          ("Dugnad og arrangement", "", [151220, 120000, 64310])],
                 costs=[("Utstyr og drakter", "", [162480, 150000, 118930]),
                        ("Trenarutgifter", "", [224600, 230000, 208150]),
                        ("Leige av bane og hall", "", [138000, 140000, 126500]),
                        ("Reise og cupar", "", [189215, 160000, 97340]),
                        ("Andre kostnader", "", [72906, 60000, 68275])],
                 finance=[("Renteinntekter", "", [2114, 1000, 487])])
    bcols = [Col("31.12.2022", 2022), Col("31.12.2021", 2021)]
    bal = balance("Balanse", bcols, NN_BAL,
                  assets=[("Utstyr (skiløypemaskin)", "", [148000, 185000]), ("Kundefordringar", "", [12400, 8650]),
                          ("Bankinnskot", "", [402917, 373006])],
                  equity=[("Eigenkapital", "", [0, 0])],
                  debt=[("Leverandørgjeld", "", [21380, 17240]), ("Skuldige kostnader", "", [9500, 11000])],
                  plug="Eigenkapital")
    members = [("Fotball", 118, 142), ("Ski", 74, 69), ("Friidrett", 39, 31), ("Allidrett (6–9 år)", 44, 47)]
    girls = sum(g for _, g, _ in members)
    total = sum(g + b for _, g, b in members)
    last_year = 526
    board = [("Ragnhild Solheim", "LEDE", None), ("Eirik Hove", "NEST", None), ("Solveig Amla", "MEDL", None),
             ("Ivar Kvåle", "MEDL", None), ("Marte Lunde Hatlevoll", "MEDL", None),
             ("Jon Arne Fardal", "VARA", None), ("Kari Norane", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2022 for Storlia Idrettslag"),
        ("p", "Storlia Idrettslag vart skipa i 1946 og er eit fleiridrettslag i {g:Sogndal} kommune i "
              "{g:Vestland}. Laget har fotball, ski, friidrett og allidrett for born, og held til på Storlivollen "
              "og i lysløypa ovanfor {g?:Kaupanger}."),
        ("h", 2, "Utdrag frå protokollen frå årsmøtet 2022"),
        ("p", "Årsmøtet vart halde i klubbhuset torsdag 17. mars 2022. 34 røysteføre medlemer møtte. Møteleiar "
              "var Arnfinn Fosshagen, og Liv Hegg og Ottar Bøyum vart valde til å skrive under protokollen."),
        ("p", "Sak 1–7: Innkalling, sakliste, årsmelding, rekneskap for 2021, kontingent og budsjett vart "
              "godkjende utan merknader."),
        ("p", "Sak 8 Val. Valnemnda sitt framlegg vart samrøystes vedteke. Styret for 2022:"),
        ("li", "Leiar: Ragnhild Solheim (attvald for 1 år)"),
        ("li", "Nestleiar: Eirik Hove (ny, 2 år)"),
        ("li", "Kasserar: Solveig Amla (ikkje på val)"),
        ("li", "Styremedlem: Ivar Kvåle (ny, 2 år)"),
        ("li", "Styremedlem: Marte Lunde Hatlevoll (ikkje på val)"),
        ("li", "Varamedlemer: Jon Arne Fardal (ny) og Kari Norane (attvald), begge for 1 år"),
        ("p", "Valnemnd: Torbjørn Hegg (leiar), Anne Sofie Bjørk og Leif Kvamsdal. Kontrollutval: Nils Henrik "
              "Loftesnes og Gunn Barsnes. Årsmøtet takka avtroppande nestleiar Sverre Hillestad for seks år i "
              "styret."),
        ("h", 2, "Styret si melding"),
        ("p", "Styret har hatt ni styremøte og handsama 57 saker. Det viktigaste arbeidet har vore ny "
              "lysløype og å få på plass fleire trenarar i fotballgruppa."),
        ("h", 3, "Medlemer"),
        ("table", [["Gruppe", "Jenter", "Gutar", "Totalt"]]
         + [[name, str(g), str(b), str(g + b)] for name, g, b in members]
         + [["Sum", str(girls), str(total - girls), str(total)]], {"numeric_from": 1}),
        ("p", f"Medlemstalet auka med {{p:{pct(total - last_year, last_year, 0)}|Medlemstalet auka}} frå {last_year}. "
              f"Jentene utgjer {{p:{pct(girls, total, 0)}|Jentene utgjer}} av medlemene."),
        ("h", 3, "Aktivitet"),
        ("p", "Fotballgruppa hadde 14 lag i seriespel, og G14 vann sluttspelet i {g?:Sogn}-serien. Skigruppa "
              "arrangerte to karusellrenn og eit krinsrenn, og fire løparar deltok i hovudlandsrenn. "
              "Friidrettsgruppa var med på stemnet i {g:Førde} og på ungdomsleiken i {g:Bergen}."),
        ("h", 2, "Økonomi"),
        ("p", "Dugnadsinntektene var høgare enn budsjettert fordi laget arrangerte krinsrennet. Styret meiner "
              "at laget har god økonomi, og at rekneskapen gir eit rett bilete av stoda."),
        ("stmt", inc, {"ruled": True}),
        ("p", ""),
        ("stmt", bal, {"ruled": True}),
        ("p", "{g:Sogndal}, 14. februar 2023. Styret i Storlia Idrettslag", {"italic": True}),
    ]
    return {
        "name": "storlia-2022", "year": 2022, "title": "Storlia Idrettslag – Årsmelding 2022",
        "header": "Storlia IL – årsmelding 2022", "footer": "{PAGE}",
        "organization": {"name": "Storlia Idrettslag", "founded_year": 1946},
        "ceo": None, "board": board, "items": items, "renditions": ("docx", "pdf"),
        "notes": "Sports club 2022, nynorsk, Sogndal (Vestland). The board serving 2022 is only in the minutes "
                 "of the årsmøte held in March 2022 (Sak 8 Val), as 'Role: Name (attvald/ny/ikkje på val)' "
                 "bullets, two deputies in one bullet; møteleiar, protocol signers, valnemnd, kontrollutval and a "
                 "departing nestleiar are not board. No signatures by name. Kasserar is MEDL.",
    }


# ---------- 6. Hovsund Sanitetsforening 2011: two-column "Styret 2011" box ----------

def hovsund():
    cols = [Col("2011", 2011), Col("2010", 2010), Col("Budsjett 2012", 2012, BUDGET)]
    inc = income("Regnskap 2011 og budsjett 2012", cols,
                 {"rev_sum": "Sum inntekter", "cost_sum": "Sum utgifter", "op": None, "result": "Årets resultat"},
                 revenue=[("Kontingent", "", [9600, 9900, 9600]), ("Loddsalg", "", [31450, 27800, 30000]),
                          ("Basar og kafé", "", [46210, 38940, 45000]),
                          ("Gaver og minnegaver", "", [12500, 6000, 5000]), ("Renter", "", [1844, 1620, 1500])],
                 costs=[("Bevilgninger til lokale formål", "", [55000, 62000, 60000]),
                        ("Kontingent til NKS", "", [4800, 4950, 4800]),
                        ("Møteutgifter og servering", "", [16730, 17215, 17000]),
                        ("Reise til fylkesårsmøtet", "", [6880, 0, 0]), ("Andre utgifter", "", [3150, 5120, 4000])],
                 thousands=".", label_head="Inntekter og utgifter")
    result = line_of(inc, "Årets resultat").values
    members, old = 64, 37
    history = [(2008, 55), (2009, 58), (2010, 61), (2011, members)]
    board = [("Gerd Elise Kristoffersen", "LEDE", None), ("Randi Sortland", "NEST", None),
             ("Aud Johanne Mikalsen", "MEDL", None), ("Tove Hansen Ellingsen", "MEDL", None),
             ("Bjørg Storvik", "MEDL", None), ("Ellen Margrethe Sæther", "VARA", None), ("Oddbjørg Lie", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning for 2011"),
        ("p", "Hovsund Sanitetsforening er en lokalforening av Norske Kvinners Sanitetsforening i "
              "{g:Vestvågøy} kommune i {g:Nordland}. Foreningen ble stiftet i 1923."),
        ("box2", "Styret 2011",
         ["Leder: Gerd Elise Kristoffersen", "Nestleder: Randi Sortland", "Kasserer: Aud Johanne Mikalsen",
          "Sekretær: Tove Hansen Ellingsen"],
         ["Styremedlem: Bjørg Storvik", "Varamedlem: Ellen Margrethe Sæther", "Varamedlem: Oddbjørg Lie",
          "Revisor: Jorunn Nordnes"]),
        ("p", ""),
        ("h", 2, "Medlemmer og møter"),
        ("p", f"Foreningen hadde {members} medlemmer ved årsskiftet, tre flere enn året før. Andelen medlemmer "
              f"over 70 år er {{p:{pct(old, members, 0)}|over 70 år}}, og vi trenger yngre krefter. Det er holdt "
              "åtte medlemsmøter og fem styremøter."),
        ("table", [["År", "Medlemmer", "Endring fra året før"]]
         + [[str(y), str(n), "{p:" + pct(n - p, p) + "}"] for (_, p), (y, n) in zip(history, history[1:])],
         {"numeric_from": 1, "widths": [3, 3, 5]}),
        ("h", 2, "Aktiviteter"),
        ("li", "Salg av fastelavnsris og maiblomster på butikkene på {g?:Leknes}."),
        ("li", "Basar i grendehuset i november, med kafé og loddsalg."),
        ("li", "Besøksvenn-tjeneste ved sykehjemmet, der seks av medlemmene er med."),
        ("li", "Kurs i hjerte-lunge-redning for medlemmene, sammen med Røde Kors."),
        ("p", "Tre medlemmer representerte foreningen på fylkesårsmøtet i {g:Bodø}. Foreningen har også gitt "
              "støtte til kvinnehelsesenteret i {g:Lofoten}."),
        ("h", 2, "Bevilgninger"),
        ("p", "Vi har bevilget kr 55 000 til lokale formål i 2011: helsestasjonen, sykehjemmet, skolekorpset og "
              "ungdomsklubben."),
        ("h", 2, "Økonomi"),
        ("stmt", inc, {"ruled": True}),
        ("p", f"Årets resultat ble kr {result[0]:,}".replace(",", ".") + ". Foreningen hadde kr 84.116 på "
              "bankkonto ved årsskiftet. Regnskapet er revidert av Jorunn Nordnes."),
        ("h", 2, "Arbeidsplan for 2012"),
        ("li", "Fortsette besøkstjenesten og starte en strikkekafé på biblioteket."),
        ("li", "Verve minst ti nye medlemmer, blant annet gjennom en åpen kvinnehelsekveld."),
        ("li", "Selge fastelavnsris og maiblomster og holde basar i november."),
        ("li", "Delta på kretsmøtet og markere Verdensdagen for psykisk helse."),
        ("p", "Styret takker alle medlemmer, givere og samarbeidspartnere for innsatsen i 2011."),
        ("p", "{g?:Leknes}, 2. februar 2012"),
        ("p", "Gerd Elise Kristoffersen, leder"),
        ("p", "Tove Hansen Ellingsen, sekretær"),
    ]
    return {
        "name": "hovsund-2011", "year": 2011, "title": "Hovsund Sanitetsforening – Årsberetning 2011",
        "footer": "Hovsund Sanitetsforening", "font": "DejaVu Sans Condensed",
        "organization": {"name": "Hovsund Sanitetsforening", "founded_year": 1923},
        "ceo": None, "board": board, "items": items, "renditions": ("docx", "pdf"),
        "notes": "Local women's health association 2011, bokmål, Vestvågøy (Nordland). Board in a shaded box: a "
                 "title row 'Styret 2011' across two columns of 'Role: Name' lines (a layout table, its rows are not "
                 "gold); the auditor is listed in the box but is not board. Kasserer and sekretær are MEDL. One "
                 "small income/expense table in whole kroner with dot thousands (12.500), a loss in 2010; "
                 "'Sum inntekter', 'Sum utgifter', 'Årets resultat'. No balance.",
    }


# ---------- 7. Askvoll kyrkjelege fellesråd 2017 (nynorsk): members by sokn beside personal deputies ----------

def askvoll():
    cols = [Col("Rekneskap 2017", 2017), Col("Regulert budsjett 2017", 2017, BUDGET), Col("Rekneskap 2016", 2016)]
    inc = income("Driftsrekneskap", cols,
                 {"rev_sum": "Sum driftsinntekter", "cost_sum": "Sum driftsutgifter", "op": "Brutto driftsresultat",
                  "fin_sum": "Netto finanspostar", "result": "Netto driftsresultat"},
                 revenue=[("Tilskot frå kommunen", "", [3184000, 3184000, 3092000]),
                          ("Tilskot frå staten (trusopplæring)", "", [412600, 410000, 398400]),
                          ("Gravferdsinntekter og festeavgift", "", [286415, 260000, 251870]),
                          ("Andre driftsinntekter", "", [167338, 120000, 143906])],
                 costs=[("Løn og sosiale utgifter", "", [2807442, 2850000, 2716300]),
                        ("Kjøp av varer og tenester", "", [786118, 720000, 751224]),
                        ("Overføringar til sokneråda", "", [96000, 96000, 90000]),
                        ("Avskrivingar", "", [118400, 118400, 118400])],
                 finance=[("Renteinntekter", "", [6210, 5000, 7480]), ("Renteutgifter", "", [-18960, -20000, -21340])])
    bcols = [Col("31.12.2017", 2017), Col("31.12.2016", 2016)]
    bal = balance("Balanse", bcols, NN_BAL,
                  assets=[("Bygningar og anlegg", "", [2368000, 2486400]), ("Utstyr og køyretøy", "", [214500, 198000]),
                          ("Kortsiktige fordringar", "", [188214, 160902]), ("Bankinnskot", "", [1296440, 1104118])],
                  equity=[("Disposisjonsfond", "", [412000, 356000]), ("Kapitalkonto", "", [0, 0])],
                  debt=[("Langsiktig lån", "", [620000, 700000]), ("Kortsiktig gjeld", "", [402788, 377644])],
                  plug="Kapitalkonto")
    rev = line_of(inc, "Sum driftsinntekter").values[0]
    municipal = line_of(inc, "Tilskot frå kommunen").values[0]
    board = [("Jostein Vårdal", "LEDE", None), ("Anna Kristine Sunde", "NEST", None), ("Eilif Grimeland", "MEDL", None),
             ("Magnar Fure", "MEDL", None), ("Kjell Inge Nordeide", "MEDL", None), ("Gudrun Helle", "VARA", None),
             ("Petter Hauge", "VARA", None), ("Sissel Vik", "VARA", None), ("Irene Rasmussen", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2017"),
        ("p", "Askvoll kyrkjelege fellesråd · Kyrkjevegen 3, 6980 {g:Askvoll} · telefon 57 73 12 40 · "
              "kyrkjekontoret@askvoll-kfr.no", {"italic": True}),
        ("h", 2, "Fellesrådet"),
        ("p", "Fellesrådet har ansvar for kyrkjebygg, gravplassar og tilsette i dei tre sokna i {g:Askvoll kommune|"
              "Askvoll} i {g:Sogn og Fjordane}. Rådet har fem medlemer: ein frå kvart sokneråd, ein oppnemnd av "
              "kommunestyret og soknepresten. Kvart medlem har ein personleg vara."),
        ("table", [["Valt av", "Medlem", "Personleg vara"],
                   ["{g?:Askvoll sokneråd}", "Jostein Vårdal (leiar)", "Gudrun Helle"],
                   ["{g?:Holmedal sokneråd}", "Anna Kristine Sunde (nestleiar)", "Petter Hauge"],
                   ["{g?:Stongfjorden sokneråd}", "Eilif Grimeland", "Sissel Vik"],
                   ["Kommunestyret", "Magnar Fure", "Irene Rasmussen"],
                   ["Biskopen (sokneprest)", "Kjell Inge Nordeide", ""]], {"shade": "E8E0EE"}),
        ("p", "Kyrkjeverje Torunn Helgheim er dagleg leiar og sekretær for rådet. Rådet har hatt seks møte og "
              "handsama 44 saker."),
        ("h", 2, "Tilsette"),
        ("table", [["Stilling", "Namn", "Stillingsdel"],
                   ["Kyrkjeverje", "Torunn Helgheim", "{p:100 %}"], ["Kantor", "Håkon Søvik", "{p:80 %}"],
                   ["Kyrkjetenar og gravar", "Elling Strand", "{p:70 %}"],
                   ["Trusopplærar", "Ingvild Rotevatn", "{p:50 %}"]], {"numeric_from": 2}),
        ("p", "Sjukefråværet var {p:3,1 %|Sjukefråværet} i 2017. Fellesrådet har avtale med {g:Fjaler} om "
              "felles vikar for kyrkjetenar, og dei tilsette har vore på kurs i {g:Førde}."),
        ("h", 2, "Gravplassar og bygg"),
        ("p", "Det vart gravlagt 31 personar i 2017. Nytt tak på kyrkja i {g?:Stongfjorden} vart ferdig i august. "
              "Utvidinga av gravplassen i {g?:Holmedal} er regulert, men ikkje starta."),
        ("h", 2, "Økonomi"),
        ("p", f"Tilskotet frå kommunen utgjer {{p:{pct(municipal, rev, 0)}|Tilskotet frå kommunen}} av "
              "driftsinntektene. Mindreforbruket er sett av til disposisjonsfond."),
        ("stmt", inc, {"ruled": True}),
        ("p", "Beløp i kroner.", {"italic": True}),
        ("stmt", bal, {"ruled": True}),
        ("sign", "{g:Askvoll}, 15. februar 2018",
         [("Jostein Vårdal", "leiar"), ("Anna Kristine Sunde", "nestleiar"), ("Torunn Helgheim", "kyrkjeverje")]),
    ]
    return {
        "name": "askvoll-2017", "year": 2017, "title": "Askvoll kyrkjelege fellesråd – Årsmelding 2017",
        "header": "Den norske kyrkja i {g:Askvoll} – årsmelding 2017", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Askvoll kyrkjelege fellesråd", "address": "Kyrkjevegen 3, 6980 Askvoll",
                         "phone": "57 73 12 40", "email": "kyrkjekontoret@askvoll-kfr.no"},
        "ceo": "Torunn Helgheim", "board": board, "board_optional": [],
        "items": items, "renditions": ("docx", "pdf"),
        "notes": "Church council 2017, nynorsk, Askvoll (Sogn og Fjordane; named after its municipality as every "
                 "fellesråd is, people and figures invented). Board in a table 'Valt av | Medlem | Personleg vara', "
                 "roles only as '(leiar)'/'(nestleiar)' after a name, the deputy beside each member; the "
                 "kyrkjeverje is dagleg leiar (CEO), signs, and is not board. Staff table with stillingsdel "
                 "percentages. Municipal-style statement 'Rekneskap | Regulert budsjett | Rekneskap', whole kroner "
                 "(unit only in a line between the tables), 'Brutto/Netto driftsresultat'.",
    }


# ---------- 8. Ishavsbygg KF 2025: HTML-made landscape PDF, board only in English ----------

def ishavsbygg():
    cols = [Col("2025", 2025), Col("2024", 2024)]
    inc = income("Resultatregnskap", cols, STD,
                 revenue=[("Leieinntekter", "2", [48612, 46130]), ("Andre driftsinntekter", "", [1904, 2255])],
                 costs=[("Lønnskostnader", "3", [9884, 9412]), ("Drift og vedlikehold", "4", [17406, 19870]),
                        ("Avskrivninger", "5", [11230, 10964]), ("Andre driftskostnader", "", [3318, 3107])],
                 finance=[("Finansinntekter", "", [612, 488]), ("Finanskostnader", "6", [-7935, -8260])],
                 note_col=True, neg="paren", unit=1000, above="Beløp i NOK 1000")
    bal = balance("Balanse 31. desember", cols, BAL,
                  assets=[("Bygninger", "5", [214880, 219410]), ("Tomter", "5", [18400, 18400]),
                          ("Fordringer", "", [3112, 2876]), ("Bankinnskudd", "", [14207, 10634])],
                  equity=[("Innskutt egenkapital", "", [40000, 40000]), ("Annen egenkapital", "", [0, 0])],
                  debt=[("Lån fra eier", "7", [168000, 174500]), ("Leverandørgjeld", "", [4016, 3380]),
                        ("Annen kortsiktig gjeld", "", [4810, 4612])],
                  plug="Annen egenkapital", note_col=True, neg="paren", unit=1000, above="Beløp i NOK 1000")
    equity = line_of(bal, "Sum egenkapital").values[0]
    assets = line_of(bal, "Sum eiendeler").values[0]
    share = pct(equity, assets)
    board = [("Hanne Lyngmo Steinbakk", "LEDE", False), ("Ørjan Kildal", "NEST", False),
             ("Siri Nergård Paulsen", "MEDL", False), ("Kenneth Rasch", "MEDL", False),
             ("Linnea Hågensen", "MEDL", True), ("Per Ivar Mathisen", "VARA", None), ("Tove Elvebakk", "OBS", None)]
    items = [
        ("h", 1, "Ishavsbygg KF – Årsrapport 2025"),
        ("side", [
            ("h", 2, "Om foretaket"),
            ("p", "Ishavsbygg KF er et kommunalt foretak som eies {p:100 %|eies} av {g:Tromsø kommune|Tromsø}. "
                  "Foretaket ble opprettet i 2009 og forvalter 61 utleiebygg: kontorer, lager, omsorgsboliger "
                  "og to kaianlegg på {g?:Kvaløya} og i sentrum."),
            ("p", "Adresse: Storgata 88, 9008 {g:Tromsø}. Telefon 77 60 45 00. www.ishavsbygg.no"),
            ("h", 2, "Året 2025"),
            ("p", "Utleiegraden var {p:96,2 %|Utleiegraden} ved årsskiftet, mot {p:94,8 %|Utleiegraden} året før. "
                  "Fire nye leietakere flyttet inn i det rehabiliterte lagerbygget, og arbeidet med et nytt "
                  "tannhelsebygg for {g:Troms} fylkeskommune ble startet."),
            ("p", "Sykefraværet var {p:5,8 %|Sykefraværet}. Foretaket har 14 ansatte. Daglig leder er Sondre "
                  "Isaksen Pedersen. Styret har hatt åtte møter og behandlet 54 saker; styrets sammensetning står "
                  "på den engelske sammendragssiden."),
        ], [
            ("h", 2, "Økonomi"),
            ("p", f"Egenkapitalandelen var {{p:{share}|Egenkapitalandelen}} ved utgangen av året. Styret mener "
                  "foretaket er godt rustet for vedlikeholdsetterslepet som gjenstår, og at regnskapet gir et "
                  "rettvisende bilde av den økonomiske stillingen."),
        ]),
        ("break",),
        ("side", [("stmt", inc)], [("stmt", bal)]),
        ("break",),
        ("h", 2, "Summary in English"),
        ("side", [
            ("p", "Ishavsbygg KF is a municipal enterprise which manages commercial buildings and care homes in "
                  "{g:Tromsø}, the largest city in {g:Nord-Norge}. Occupancy was {p:96.2 %|Occupancy} at the end "
                  "of the year. Managing Director: Sondre Isaksen Pedersen."),
            ("p", "The enterprise had 14 employees and a sickness absence of {p:5.8 %|sickness absence}. "
                  "Revenue grew and the result for the year was positive after a loss in 2024."),
        ], [
            ("bh", "Board of Directors 2025"),
            ("table", [["Role", "Name"], ["Chair", "Hanne Lyngmo Steinbakk"], ["Deputy Chair", "Ørjan Kildal"],
                       ["Board Member", "Siri Nergård Paulsen"], ["Board Member", "Kenneth Rasch"],
                       ["Employee Representative", "Linnea Hågensen"], ["Deputy Member", "Per Ivar Mathisen"],
                       ["Observer (municipal administration)", "Tove Elvebakk"]], {"ruled": False}),
        ]),
        ("sign", "{g:Tromsø}, 10. mars 2026",
         [("Hanne Lyngmo Steinbakk", "Chair / styreleder"), ("Sondre Isaksen Pedersen", "Managing Director")]),
    ]
    return {
        "name": "ishavsbygg-2025", "year": 2025, "title": "Ishavsbygg KF – Årsrapport 2025", "landscape": True,
        "organization": {"name": "Ishavsbygg KF", "founded_year": 2009, "website": "www.ishavsbygg.no",
                         "phone": "77 60 45 00", "address": "Storgata 88, 9008 Tromsø",
                         "owners": [{"name": "Tromsø kommune", "share_percent": 100}]},
        "ceo": "Sondre Isaksen Pedersen", "board": board, "board_optional": [],
        "items": items, "renditions": ("htmlpdf",),
        "notes": "Municipal enterprise (KF) 2025, bokmål with an English summary page, Tromsø (Troms, re-formed "
                 "2024). PDF only, made from HTML by LibreOffice's HTML import (no Word document behind it): "
                 "landscape A4, two-column blocks, both statements side by side. The board is only on the English "
                 "page ('Chair', 'Deputy Chair', 'Employee Representative', 'Deputy Member', 'Observer'). "
                 "Statements with Note, NOK 1000, negatives in parentheses, a loss in 2024.",
    }


REPORTS = [storlia, hovsund, askvoll, ishavsbygg]
