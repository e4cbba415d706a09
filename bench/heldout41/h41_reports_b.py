"""Forty-first held-out set, reports B: a kulturhus and kino KF, a kulturskole inside a kommune's
report, a regional theatre AS (invented; places real and valid in the report's year)."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, OTHER, Col, Line, Statement, balance, income


def fosselva_kulturhus_kf_2016() -> dict:
    """Long nynorsk KF report; the styre as a table Faste medlemer | Varamedlemer (in order, not
    personal) with the party after each name and the role after a comma; driftsrekneskap with
    opphavleg and regulert budsjett and an Avvik column."""
    inc = [("Billettinntekter kino", "", [3_412.6, 3_300.0, 3_150.0]),
           ("Billettinntekter konsertar og scene", "", [2_188.4, 2_050.0, 2_200.0]),
           ("Utleige av salar og møterom", "", [961.2, 900.0, 900.0]),
           ("Kiosk og bar", "", [1_377.9, 1_300.0, 1_250.0]),
           ("Driftstilskot frå kommunen", "", [5_640.0, 5_640.0, 5_640.0]),
           ("Andre tilskot og refusjonar", "", [412.3, 350.0, 200.0])]
    cost = [("Løn og sosiale utgifter", "", [5_902.1, 5_880.0, 5_760.0]),
            ("Filmleige og honorar til artistar", "", [3_884.7, 3_700.0, 3_600.0]),
            ("Varekjøp kiosk og bar", "", [689.0, 650.0, 620.0]),
            ("Energi, reinhald og vedlikehald", "", [1_611.8, 1_560.0, 1_500.0]),
            ("Andre driftsutgifter", "", [1_203.5, 1_150.0, 1_240.0])]
    fin = [("Renteinntekter", "", [18.2, 20.0, 20.0]), ("Avdrag og renter på lån", "", [-590.0, -590.0, -590.0])]
    lines = income("nn", 3, inc, cost, fin, labels={
        "inc": "Driftsinntekter", "sum_inc": "Sum driftsinntekter", "cost": "Driftsutgifter",
        "sum_cost": "Sum driftsutgifter", "op": "Brutto driftsresultat", "fin": "Finanspostar",
        "net_fin": "Netto finanspostar", "result": "Netto driftsresultat"})
    for line in lines:  # the avvik column: rekneskap minus regulert budsjett
        if line.values and line.values[0] is not None:
            line.values = line.values + [round(line.values[0] - line.values[1], 1)]
        else:
            line.values = line.values + [None]
    drift = Statement("Driftsrekneskap 2016", [Col("Rekneskap 2016", 2016), Col("Regulert budsjett 2016", 2016, BUDGET),
                                               Col("Opphavleg budsjett 2016", 2016, BUDGET), Col("Avvik", None, OTHER)],
                      lines, unit=1000, decimals=1, label_header="Beløp i 1000 kr", negative="minus")
    board_rows = [["Faste medlemer", "Varamedlemer"],
                  ["Kjersti Hovland Sæbø (Sp), leiar", "1. Arnfinn Lerum (Sp)"],
                  ["Geir Olav Tenden (Ap), nestleiar", "2. Line Stedje (Ap)"],
                  ["Ingeborg Fimreite (H)", "3. Sverre Loftesnes (H)"],
                  ["Anders Kvåle (V)", "4. Nora Hauge Lunde (KrF)"],
                  ["Silje Heggestad (tilsette sin representant)", "Pål Øyri (vara for dei tilsette)"]]
    items = [
        ("bh", "Fosselva kulturhus KF", {"size": 22}),
        ("p", "Årsmelding 2016", {"size": 16}),
        ("photo", 4, 2, "Fullt hus på nyttårskonserten med {g?:Sogndal} musikklag i storsalen."),
        ("p", "Kulturhuset rommar kino med to salar, storsal med 420 plassar, bibliotek og ungdomsklubb."),
        ("pagebreak",),
        ("toc", [("Leiaren har ordet", 2), ("Om føretaket", 3), ("Aktivitet i 2016", 4), ("Kino", 5),
                 ("Scene og konsertar", 6), ("Tilsette og arbeidsmiljø", 7), ("Styret", 8),
                 ("Økonomi", 9), ("Driftsrekneskap", 10)], {"title": "Innhald"}),
        ("pagebreak",),
        ("h", 1, "Leiaren har ordet"),
        ("p", "2016 vart eit år med rekordbesøk på kinoen og fleire store konsertar enn nokon gong. Kulturhuset "
              "har vore ein stad der folk i alle aldrar møtest, og det er vi stolte av."),
        ("p", "Eg vil takke kultursjef Marit Bøyum i kommunen for godt samarbeid, og Bjørn Hovde, som var "
              "styreleiar fram til kommunestyret oppnemnde nytt styre i 2015, for det grunnlaget han la. "
              "Takk òg til frivillige i Kinoklubben og til alle som har stått i billettluka."),
        ("p", "Kjersti Hovland Sæbø, styreleiar", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om føretaket"),
        ("p", "Fosselva kulturhus KF er eit kommunalt føretak etter kommunelova kapittel 11, eigd av {g?:Sogndal} "
              "kommune. Føretaket skal drive kulturhuset og kinoen og gje eit breitt kulturtilbod til "
              "innbyggjarane i {g:Sogndal} og nabokommunane."),
        ("p", "Styret er oppnemnt av kommunestyret for fire år. Dagleg leiar rapporterer til styret, og styret "
              "rapporterer til kommunestyret gjennom årsmeldinga og tertialrapportane."),
        ("p", "Dagleg leiar er kulturhussjef Sigve Hjelmeland."),
        ("h", 1, "Aktivitet i 2016"),
        ("table", [["", "2014", "2015", "2016"], ["Kinoframsyningar", "1 012", "1 054", "1 118"],
                   ["Kinobesøk", "38 410", "39 977", "43 206"], ["Konsertar og scenearrangement", "64", "71", "78"],
                   ["Publikum scene", "14 820", "16 110", "17 452"], ["Utleigedøgn salar", "211", "236", "244"]],
         {"ruled": True}),
        ("p", "Belegget på kinoen auka til {p:21,4 prosent|belegget på kinoen} frå {p:19,8 prosent|året før} året før. "
              "Barnefilmane og dei norske storfilmane trekte mest folk."),
        ("pagebreak",),
        ("h", 1, "Kino"),
        ("p", "Kinoen har vist 162 titlar, av dei 34 norske. Filmfestivalen for barn i haustferien samla "
              "nesten 2 000 born frå heile regionen. Skulekinoen gav alle elevar i grunnskulen to "
              "framsyningar."),
        ("p", "Kinosjef Hanne Grinde har hatt ansvar for programmet og for samarbeidet med filmdistributørane."),
        ("h", 1, "Scene og konsertar"),
        ("p", "Storsalen har hatt 78 arrangement. Blant høgdepunkta var turnéen til Riksteatret, "
              "revyen til ungdomsklubben og julekonserten der kulturskulen og musikklaget spelte saman."),
        ("p", "Kulturhuset var òg vertskap for den regionale ungdommens kulturmønstring, med over 300 "
              "deltakarar frå {g:Luster}, {g:Leikanger} og {g:Balestrand}."),
        ("pagebreak",),
        ("h", 1, "Tilsette og arbeidsmiljø"),
        ("p", "Føretaket hadde ved utgangen av året 11 tilsette i 8,6 årsverk, i tillegg til om lag 40 "
              "timetilsette vertar og kioskmedarbeidarar."),
        ("table", [["Namn", "Stilling"], ["Sigve Hjelmeland", "Kulturhussjef"], ["Hanne Grinde", "Kinosjef"],
                   ["Silje Heggestad", "Teknisk ansvarleg"], ["Pål Øyri", "Lydteknikar"],
                   ["Oda Fardal", "Marknad og billettsal"]], {"ruled": False}),
        ("p", "Sjukefråværet var {p:4,8 prosent|Sjukefråværet}. Arbeidsmiljøutvalet har hatt fire møte med "
              "Oda Fardal som leiar."),
        ("h", 1, "Styret"),
        ("p", "Kommunestyret oppnemnde dette styret for perioden 2015–2019. Dei tilsette har valt sin "
              "representant og vara sjølve."),
        ("table", board_rows, {"ruled": True}),
        ("p", "Styret har hatt åtte møte og handsama 49 saker. Leiaren i kontrollutvalet, Harald Ølmheim, har "
              "vore til stades på eitt møte."),
        ("pagebreak",),
        ("h", 1, "Økonomi"),
        ("p", "Netto driftsresultat vart betre enn regulert budsjett, mest fordi billettinntektene på kinoen "
              "auka. Utgiftene til filmleige og honorar auka i same takt. Mindreforbruket er sett av til "
              "disposisjonsfond etter vedtak i styret."),
        ("p", "Revisjonen er utført av Sogn og Fjordane Revisjon IKS ved oppdragsansvarleg revisor Trude Sandal."),
        ("stmt", drift, {"title": "Driftsrekneskap"}),
        ("p", "Avvik er rekneskap minus regulert budsjett.", {"size": 8}),
        ("sign", "{g:Sogndal}, 20. februar 2017",
         [("Kjersti Hovland Sæbø", "styreleiar"), ("Geir Olav Tenden", "nestleiar"), ("Ingeborg Fimreite", "styremedlem"),
          ("Anders Kvåle", "styremedlem"), ("Silje Heggestad", "styremedlem"), ("Sigve Hjelmeland", "dagleg leiar")],
         {"cols": 3}),
    ]
    return {
        "name": "fosselva-kulturhus-kf-2016", "year": 2016, "lang": "nn",
        "title": "Fosselva kulturhus KF – årsmelding 2016",
        "organization": {"name": "Fosselva kulturhus KF"},
        "ceo": "Sigve Hjelmeland",
        "board": [("Kjersti Hovland Sæbø", "LEDE", False), ("Geir Olav Tenden", "NEST", False),
                  ("Ingeborg Fimreite", "MEDL", False), ("Anders Kvåle", "MEDL", False),
                  ("Silje Heggestad", "MEDL", True), ("Arnfinn Lerum", "VARA", None), ("Line Stedje", "VARA", None),
                  ("Sverre Loftesnes", "VARA", None), ("Nora Hauge Lunde", "VARA", None), ("Pål Øyri", "VARA", None)],
        "not_board": ["Marit Bøyum", "Bjørn Hovde", "Hanne Grinde", "Oda Fardal", "Harald Ølmheim", "Trude Sandal"],
        "header": "Fosselva kulturhus KF · Årsmelding 2016", "footer": "{PAGE}", "footer_align": "right",
        "heading_colour": "7A1F2B",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Kommunalt føretak (kulturhus og kino), Sogndal (Sogn og Fjordane), nynorsk. The styre in a ruled "
                 "two-column table Faste medlemer | Varamedlemer (numbered, not personal), the party in brackets "
                 "and 'leiar'/'nestleiar' after a comma; 'tilsette sin representant' employee_elected, the "
                 "employees' vara VARA. The board's employee member also appears in the staff table. Driftsrekneskap "
                 "in 1000 kr with Rekneskap | Regulert | Opphavleg budsjett | Avvik (budgets optional, avvik not a year).",
    }


def gran_kulturskole_2021() -> dict:
    """A kulturskole's årsmelding inside the kommune: no board; the kommunedirektør, the hovedutvalg
    and its leder, the rektor; a netto driftsutgifter table."""
    cols = [Col("Regnskap 2021", 2021), Col("Budsjett 2021", 2021, BUDGET), Col("Regnskap 2020", 2020)]
    inc = [("Elevkontingent", "", [1_412_300, 1_480_000, 1_206_450]), ("Refusjoner og tilskudd", "", [186_220, 150_000, 241_800])]
    cost = [("Lønn og sosiale utgifter", "", [6_204_118, 6_150_000, 5_988_412]),
            ("Instrumenter, noter og materiell", "", [212_406, 200_000, 164_930]),
            ("Husleie og andre driftsutgifter", "", [391_805, 380_000, 372_266])]
    lines = income("nb", 3, inc, cost, labels={"inc": "Inntekter", "sum_inc": "Sum driftsinntekter",
                                               "cost": "Utgifter", "sum_cost": "Sum driftsutgifter", "op": None,
                                               "result": None})
    net = [round(c - i, 2) for i, c in zip(next(l for l in lines if l.label == "Sum driftsinntekter").values,
                                           next(l for l in lines if l.label == "Sum driftsutgifter").values)]
    lines.append(Line("Netto driftsutgifter", net, key=True, bold=True))
    st = Statement("Økonomi", cols, lines, label_header="Beløp i kr", thousands=".")
    items = [
        ("bh", "{g?:Gran} kommune", {"size": 11}),
        ("bh", "Kulturskolen i Gran – årsmelding 2021", {"size": 18}),
        ("p", "Årsmeldingen er kulturskolens del av kommunens årsrapport og legges fram for hovedutvalg for "
              "oppvekst og kultur."),
        ("h", 2, "Organisering"),
        ("p", "Kulturskolen er en virksomhet i sektor for oppvekst og kultur og ledes av rektor Liv Mari Sønsteby. "
              "Rektor rapporterer til kommunalsjef for oppvekst Erlend Lunde, som rapporterer til "
              "kommunedirektør Tone Skau Haugen."),
        ("p", "Politisk er kulturskolen underlagt hovedutvalg for oppvekst og kultur. Utvalget har i 2021 vært "
              "ledet av Steinar Brenden, med Kari Berit Bjørge som nestleder."),
        ("h", 2, "Elever og tilbud"),
        ("table", [["", "2019", "2020", "2021"], ["Elevplasser", "412", "388", "431"],
                   ["Elever på venteliste", "96", "74", "58"], ["Lærerårsverk", "8,2", "8,2", "8,6"],
                   ["Elever i grunnskolealder", "371", "349", "392"]], {"ruled": True}),
        ("p", "Dekningsgraden for barn i grunnskolealder var {p:19,6 prosent|Dekningsgraden}, mot "
              "{p:17,4 prosent|året før} året før. Kulturskolen gir tilbud i musikk, dans, "
              "visuell kunst og teater på {g:Jaren}, {g:Brandbu} og i {g?:Gran} sentrum."),
        ("p", "Pandemien gjorde at undervisningen i perioder var digital. Vi fikk likevel gjennomført "
              "sommerkonserten utendørs og en forestilling med teatergruppa i desember."),
        ("h", 2, "Samarbeid"),
        ("p", "Kulturskolen samarbeider med grunnskolene, skolekorpsene og Hadeland folkehøgskole. Takk til "
              "korpsenes dirigenter og til leder i {g?:Gran} skolekorps, Vibeke Mo, for et godt samarbeid om "
              "rekruttering."),
        ("h", 2, "Økonomi"),
        ("p", "Netto driftsutgifter ble litt høyere enn budsjettert fordi elevtallet økte mer enn ventet "
              "etter pandemien, mens kontingentinntektene ble lavere enn budsjett på grunn av friplasser."),
        ("stmt", st, {"title": "Økonomi"}),
        ("sign", "{g:Gran}, 14. februar 2022", [("Liv Mari Sønsteby", "rektor")], {"cols": 2}),
    ]
    return {
        "name": "gran-kulturskole-2021", "year": 2021, "lang": "nb",
        "title": "Kulturskolen i Gran – årsmelding 2021",
        "organization": {"name": "Kulturskolen i Gran"},
        "ceo": None,
        "board": [],
        "not_board": ["Liv Mari Sønsteby", "Erlend Lunde", "Tone Skau Haugen", "Steinar Brenden",
                      "Kari Berit Bjørge", "Vibeke Mo"],
        "footer": "{g?:Gran} kommune – Årsrapport 2021 – Kulturskolen", "footer_align": "left",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Kulturskole inside Gran kommune (Innlandet). No board and no daglig leder: the rektor leads a "
                 "municipal unit and signs; the kommunalsjef, kommunedirektør and the hovedutvalg's leder and "
                 "nestleder are named (not board). A netto driftsutgifter table Regnskap | Budsjett | Regnskap "
                 "with dot thousands (budget optional).",
    }


def fjellregionteatret_2019() -> dict:
    """Long regional theatre AS report; the board far from the start in 'Personalet og styret' as
    "Name, role" lines, one member elected by the employees; konsern-free statements in NOK with
    brackets; an e-signature page with "Surname, Given names"."""
    cols = [Col("2019", 2019), Col("2018", 2018)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, [
        ("Billettinntekter", "", [3_406_220, 2_981_455]), ("Statstilskudd", "2", [14_850_000, 14_300_000]),
        ("Tilskudd fra fylkeskommune og kommuner", "2", [6_365_000, 6_120_000]),
        ("Andre driftsinntekter", "", [1_118_904, 1_402_117]),
    ], [
        ("Lønnskostnad", "3", [17_904_388, 17_102_664]), ("Avskrivninger", "4", [412_880, 398_204]),
        ("Produksjonskostnader", "", [3_988_116, 3_612_480]), ("Annen driftskostnad", "", [3_702_551, 3_508_902]),
    ], [("Finansinntekter", "", [61_402, 48_119]), ("Finanskostnader", "", [-12_018, -14_633])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    bal = Statement("Balanse", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)], balance("nb", 2,
        [("Scenisk utstyr og inventar", "4", [1_612_400, 1_804_780])],
        [("Kundefordringer", "", [318_220, 402_915]), ("Andre fordringer", "", [744_106, 520_388]),
         ("Bankinnskudd", "5", "plug")],
        [("Aksjekapital", "6", [500_000, 500_000]), ("Annen egenkapital", "", [2_214_067, 2_426_196])],
        [("Pensjonsforpliktelser", "3", [1_402_000, 1_288_000])],
        [("Leverandørgjeld", "", [688_412, 604_118]), ("Skyldige offentlige avgifter", "", [1_106_330, 1_044_920]),
         ("Annen kortsiktig gjeld", "", [1_918_210, 1_640_775])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    items = [
        ("bh", "Fjellregionteatret AS", {"size": 22}),
        ("p", "Årsrapport 2019", {"size": 16}),
        ("photo", 5, 3, "Fra prøvene på sommerforestillingen på {g:Tolga}. Foto: teatret"),
        ("p", "Org.nr. 912 604 118 · {g:Tynset}"),
        ("pagebreak",),
        ("toc", [("Teatersjefens forord", 2), ("Repertoar 2019", 3), ("Publikum", 5), ("Styrets årsberetning", 6),
                 ("Resultatregnskap", 8), ("Balanse", 9), ("Noter", 10), ("Personalet og styret", 11)]),
        ("pagebreak",),
        ("h", 1, "Teatersjefens forord"),
        ("p", "Fjellregionteatret spilte i 2019 for flere enn noen gang. Vi turnerte i alle eierkommunene og "
              "hadde vår første samproduksjon med et nasjonalt teater."),
        ("p", "Takk til regissør Lars Erik Tangen og scenograf Mia Holmgren for sommerforestillingen, til "
              "Synne Aas, som leder Teatrets venner, og til fylkesordfører Per-Gunnar Sveen for et godt "
              "eiermøte i april. Takk også til Gunhild Eggen, som gikk ut av styret på generalforsamlingen "
              "etter seks år."),
        ("p", "Ellen Marie Kjelsrud, teatersjef", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Repertoar 2019"),
        ("table", [["Forestilling", "Regi", "Premiere", "Forestillinger"],
                   ["Gruvedronninga", "Lars Erik Tangen", "6. juli", "18"],
                   ["Snøballkrigen (barneforestilling)", "Marte Østvang", "2. februar", "42"],
                   ["Vinterreisen", "Håkon Bergquist", "14. september", "23"],
                   ["Julegrøt og jammer", "Marte Østvang", "29. november", "16"]], {"ruled": True}),
        ("p", "Barneforestillingen ble vist på skoler i {g:Folldal}, {g:Alvdal}, {g:Os} og {g:Rendalen} "
              "gjennom Den kulturelle skolesekken."),
        ("p", "Gruvedronninga ble spilt ute ved smeltehytta, med lokale amatører i koret og et profesjonelt "
              "ensemble på seks skuespillere. Vinterreisen var en samproduksjon og turnerte i seks uker."),
        ("pagebreak",),
        ("h", 1, "Publikum"),
        ("table", [["", "2017", "2018", "2019"], ["Forestillinger", "84", "91", "99"],
                   ["Publikum totalt", "11 406", "12 288", "14 102"], ["Herav barn og unge", "5 210", "5 980", "6 455"],
                   ["Solgte billetter", "6 021", "6 402", "7 388"]], {"ruled": True}),
        ("p", "Besøksprosenten på egne forestillinger var {p:82 prosent|Besøksprosenten}."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("p", "Fjellregionteatret AS er et regionteater med forretningskontor på {g:Tynset}. Selskapet "
              "produserer og formidler profesjonell scenekunst i Fjellregionen."),
        ("p", "Selskapet eies av Hedmark fylkeskommune ({p:40 %|Hedmark fylkeskommune}), {g?:Tynset} kommune "
              "({p:30 %|Tynset kommune}), {g?:Os} kommune ({p:10 %|Os kommune}), {g?:Alvdal} kommune "
              "({p:10 %|Alvdal kommune}) og {g?:Folldal} kommune ({p:10 %|Folldal kommune})."
              .replace("Hedmark fylkeskommune (", "{g?:Hedmark} fylkeskommune (")),
        ("p", "Årsresultatet ble et underskudd, som dekkes av annen egenkapital. Styret mener at forutsetningen "
              "om fortsatt drift er til stede. Likviditeten er god."),
        ("p", "Sykefraværet var {p:3,1 prosent|Sykefraværet}. Teatret hadde 19 fast ansatte, ni kvinner og ti "
              "menn. Styret består av fire kvinner og tre menn."),
        ("p", "Styret har hatt seks møter. Det er ikke inntruffet forhold etter årsskiftet som har betydning "
              "for regnskapet."),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse"}),
        ("pagebreak",),
        ("h", 1, "Noter"),
        ("p", "Note 2: Statstilskuddet er gitt over Kulturdepartementets budsjett; regionalt tilskudd fordeles "
              "etter eiernes andeler."),
        ("p", "Note 3: Selskapet har kollektiv tjenestepensjon i Statens pensjonskasse. Lønn til teatersjef "
              "utgjorde 918 400 kroner; styrehonorar 96 000 kroner."),
        ("p", "Note 5: Bundne skattetrekksmidler utgjør 612 880 kroner."),
        ("p", "Note 6: Aksjekapitalen består av 500 aksjer pålydende 1 000 kroner."),
        ("p", "Revisor er Revisjon Fjell IKS ved statsautorisert revisor Kjell Arne Nordhagen."),
        ("pagebreak",),
        ("h", 1, "Personalet og styret"),
        ("p", "Administrasjon: Ellen Marie Kjelsrud, teatersjef · Torstein Gjelten, produsent · "
              "Randi Moen, økonomiansvarlig · Knut Ivar Rønning, teknisk sjef"),
        ("p", "Skuespillere: Ane Marit Lie, Henrik Storli, Sara Nymoen, Jonas Brekken"),
        ("p", "Arbeidsmiljøutvalg: Torstein Gjelten (leder), Sara Nymoen (verneombud), Randi Moen"),
        ("p", "Styret:", {"size": 11}),
        ("p", "Ola Haugom Tronsmoen, styreleder"),
        ("p", "Berit Enge, nestleder"),
        ("p", "Anders Solbakken, styremedlem"),
        ("p", "Kari Rusten Grue, styremedlem"),
        ("p", "Hilde Nordseth, styremedlem"),
        ("p", "Tone Bakken, styremedlem"),
        ("p", "Henrik Storli, styremedlem valgt av de ansatte"),
        ("p", "Varamedlemmer: Erik Sandbakken, Ingvild Hoel"),
        ("esign", "Signert elektronisk", "Dokumentet er signert med BankID. Signaturene gjelder årsregnskap og "
                  "årsberetning for 2019.",
         [["Tronsmoen, Ola Haugom", "Styreleder", "Signert 18.03.2020 09:14"],
          ["Enge, Berit", "Nestleder", "Signert 18.03.2020 10:02"],
          ["Solbakken, Anders", "Styremedlem", "Signert 18.03.2020 12:40"],
          ["Grue, Kari Rusten", "Styremedlem", "Signert 19.03.2020 08:21"],
          ["Nordseth, Hilde", "Styremedlem", "Signert 19.03.2020 16:55"],
          ["Bakken, Tone", "Styremedlem", "Signert 20.03.2020 07:48"],
          ["Storli, Henrik", "Styremedlem", "Signert 18.03.2020 21:30"],
          ["Kjelsrud, Ellen Marie", "Teatersjef", "Signert 18.03.2020 09:02"]]),
    ]
    return {
        "name": "fjellregionteatret-2019", "year": 2019, "lang": "nb",
        "title": "Fjellregionteatret AS – årsrapport 2019",
        "organization": {"name": "Fjellregionteatret AS", "owners": [
            {"name": "Hedmark fylkeskommune", "share_percent": 40.0}, {"name": "Tynset kommune", "share_percent": 30.0},
            {"name": "Os kommune", "share_percent": 10.0}, {"name": "Alvdal kommune", "share_percent": 10.0},
            {"name": "Folldal kommune", "share_percent": 10.0}]},
        "ceo": "Ellen Marie Kjelsrud",
        "board": [("Ola Haugom Tronsmoen", "LEDE", False), ("Berit Enge", "NEST", False),
                  ("Anders Solbakken", "MEDL", False), ("Kari Rusten Grue", "MEDL", False),
                  ("Hilde Nordseth", "MEDL", False), ("Tone Bakken", "MEDL", False), ("Henrik Storli", "MEDL", True),
                  ("Erik Sandbakken", "VARA", None), ("Ingvild Hoel", "VARA", None)],
        "board_optional": ["Gunhild Eggen"],
        "not_board": ["Lars Erik Tangen", "Mia Holmgren", "Synne Aas", "Per-Gunnar Sveen", "Marte Østvang",
                      "Håkon Bergquist", "Torstein Gjelten", "Randi Moen", "Knut Ivar Rønning", "Kjell Arne Nordhagen"],
        "header": "Fjellregionteatret AS – Årsrapport 2019", "footer": "Side {PAGE}", "footer_align": "right",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "Regional theatre AS, Tynset (Hedmark). The board on the last pages as 'Name, role' lines under "
                 "'Styret:', an actor 'valgt av de ansatte' (employee_elected; also in the actors' line), "
                 "varamedlemmer on one line; e-signature page with 'Surname, Given names'. A member who left "
                 "at the generalforsamling thanked (optional). Owners with shares in a sentence. Director, "
                 "scenograf, Teatrets venner leader, fylkesordfører, AMU, staff and the auditor not board. "
                 "Statements in NOK with brackets and a Note column.",
    }


REPORTS = [fosselva_kulturhus_kf_2016, gran_kulturskole_2021, fjellregionteatret_2019]
