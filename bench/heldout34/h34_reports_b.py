"""Thirty-fourth held-out set, part B: an idrettslag's årsmøtepapir, a stifting running a
bu- og omsorgssenter and a kraftlag SA with a subsidiary, all in nynorsk. Invented names and
figures; places are real and valid in each report's year. Sums come from the detail lines."""
from __future__ import annotations

from heldout_finance import BUDGET, OTHER, Col, Statement, balance, income
from h3_render import Kroner

NN = "nn"


def sovikbygda_il_2024() -> dict:
    """Idrettslag in Haram (Møre og Romsdal), 2024: årsmøtepapir with the board as a ruled table
    Verv | Namn | Val, group leaders beside it, and valnemnda si innstilling in the same shape."""
    y, p = 2024, 2023
    cols = [Col(f"Rekneskap {y}", y), Col(f"Budsjett {y}", y, BUDGET), Col(f"Rekneskap {p}", p),
            Col(f"Budsjett {y + 1}", y + 1, BUDGET)]
    res = Statement("Resultatrekneskap", cols, income(
        NN, 4,
        [("Medlemskontingent og treningsavgift", "", [486_300, 470_000, 452_150, 495_000]),
         ("Sponsorinntekter", "", [312_000, 300_000, 288_500, 320_000]),
         ("Kiosk og arrangement", "", [221_845, 180_000, 176_420, 200_000]),
         ("Offentlege tilskot og momskompensasjon", "", [268_114, 240_000, 251_902, 250_000]),
         ("Grasrotandel og bingo", "", [94_220, 90_000, 88_610, 90_000])],
        [("Dommarar, reiser og påmelding", "", [342_510, 330_000, 318_744, 350_000]),
         ("Trenarar og kurs", "", [188_400, 190_000, 171_250, 200_000]),
         ("Drift av anlegg", "", [402_688, 390_000, 377_015, 420_000]),
         ("Utstyr og drakter", "", [156_902, 140_000, 149_388, 150_000]),
         ("Andre kostnader", "", [98_455, 90_000, 87_306, 95_000])],
        [("Renteinntekter", "", [14_880, 8_000, 9_442, 10_000]),
         ("Rentekostnader kunstgraslån", "", [-71_300, -75_000, -58_210, -65_000])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "inc": "Inntekter", "cost": "Kostnader",
                "fin": "Finanspostar", "net_fin": "Sum finanspostar", "result": "Resultat"}),
        label_header="", negative="minus")
    bal = Statement("Balanse", [Col("31.12.2024", y), Col("31.12.2023", p)], balance(
        NN, 2,
        [("Kunstgrasbane og lysanlegg", "", [2_640_000, 2_860_000])],
        [("Kundefordringar", "", [38_500, 22_100]),
         ("Bank", "", "plug")],
        [("Eigenkapital 1.1.", "", [1_353_411, 1_248_300]),
         ("Resultat", "", [137_104, 105_111])],
        [("Lån i Sparebanken, kunstgras", "", [1_580_000, 1_760_000])],
        [("Leverandørgjeld", "", [61_200, 48_920]),
         ("Forskot treningsavgift", "", [22_000, 18_000])]),
        label_header="", negative="minus")
    board = [["Verv", "Namn", "Val"],
             ["Leiar", "Elin Rønneberg Hagen", "attvald for 2 år"],
             ["Nestleiar", "Trond Gjerde", "ikkje på val"],
             ["Kasserar", "Hilde Kjerstad", "vald for 2 år"],
             ["Skrivar", "Magnus Vatne", "attvald for 1 år"],
             ["Styremedlem", "Ingrid Bakke Lid", "ikkje på val"],
             ["Varamedlem", "Sindre Farstad", "vald for 1 år"],
             ["Varamedlem", "Liv Marit Ytterland", "vald for 1 år"]]
    proposal = [["Verv", "Namn", "Val"],
                ["Leiar", "Elin Rønneberg Hagen", "ikkje på val"],
                ["Nestleiar", "Øystein Longva", "ny, 2 år"],
                ["Kasserar", "Hilde Kjerstad", "ikkje på val"],
                ["Skrivar", "Magnus Vatne", "attval, 2 år"],
                ["Styremedlem", "Ingrid Bakke Lid", "attval, 2 år"],
                ["Varamedlem", "Sindre Farstad", "attval, 1 år"],
                ["Varamedlem", "Kaja Solnørdal", "ny, 1 år"]]
    items = [
        ("p", "Søvikbygda IL", {"size": 26, "bold": True, "align": "center"}),
        ("p", f"Årsmøtepapir {y}", {"size": 16, "align": "center"}),
        ("p", "Årsmøtet vert halde i klubbhuset torsdag 13. mars 2025 kl. 19.00", {"align": "center"}),
        ("photo", 8, 12, "Jentelaget 2012 etter finalen i Aksla Cup i {g:Ålesund} i juni."),
        ("break",),
        ("h", 1, "Sakliste"),
        ("ol", "Godkjenning av innkalling og sakliste"),
        ("ol", "Val av møteleiar, skrivar og to til å skrive under protokollen"),
        ("ol", "Årsmelding 2024 for hovudlaget og gruppene"),
        ("ol", "Rekneskap 2024 og melding frå revisorane"),
        ("ol", "Budsjett 2025 og kontingentar"),
        ("ol", "Val"),
        ("h", 1, "Årsmelding for hovudstyret 2024"),
        ("bh", "Styret"),
        ("p", "Hovudstyret har i 2024 hatt denne samansetjinga:"),
        ("table", board, {"widths": [3.5, 6, 5]}),
        ("p", "Styret har hatt 9 styremøte og handsama 54 saker. I tillegg har det vore to fellesmøte med "
              "gruppeleiarane. Gruppeleiarane er ikkje medlemer av hovudstyret."),
        ("table", [["Gruppe", "Leiar", "Medlemer"],
                   ["Fotball", "Rune Ellingseter", "164"],
                   ["Handball", "Marthe Hamnes", "72"],
                   ["Ski og friidrett", "Arnstein Helland", "58"],
                   ["Trim", "Berit Ulla Sætre", "41"]], {"widths": [4, 6, 3]}),
        ("p", "Revisorar har vore Ottar Fjørtoft og Hege Brandal. Valnemnda har vore Ragnar Hjertenes "
              "(leiar), Synnøve Grytten og Paul Olav Aakre."),
        ("bh", "Medlemer"),
        ("p", "Laget hadde 318 medlemer per 31.12.2024, mot 301 året før. Om lag "
              "{p:60 %|av medlemene er under 19 år} av medlemene er under 19 år."),
        ("bh", "Anlegg"),
        ("p", "Kunstgrasbana på {g:Søvik} fekk nytt lysanlegg i september. Ordføraren i {g:Haram} "
              "opna anlegget, som vart finansiert med spelemidlar, lån og dugnad. Nytt gjerde er "
              "planlagt i 2025."),
        ("p", "Etter at {g:Haram} vart eigen kommune att frå 1. januar, har laget søkt om driftstilskot "
              "frå den nye kommunen. Vi fekk kr 60 000 i 2024."),
        ("bh", "Takk"),
        ("p", "Hovudstyret takkar alle trenarar, lagleiarar og foreldre. Ein særleg takk til "
              "dugnadsgeneral Harald Sæter, som har leidd arbeidet på kunstgraset i ti år, og til "
              "sponsorane våre i {g:Brattvåg} og på {g:Hildre}."),
        ("sign", "{g:Søvik}, 10. februar 2025",
         [("Elin Rønneberg Hagen", "leiar"), ("Trond Gjerde", "nestleiar"), ("Hilde Kjerstad", "kasserar"),
          ("Magnus Vatne", "skrivar"), ("Ingrid Bakke Lid", "styremedlem")]),
        ("break",),
        ("h", 1, "Årsmeldingar frå gruppene"),
        ("bh", "Fotball"),
        ("p", "Gruppa har hatt 11 lag i seriespel, frå 6 år til senior. Seniorlaget enda på 3. plass i "
              "5. divisjon. Gruppeleiar: Rune Ellingseter."),
        ("bh", "Handball"),
        ("p", "Handballgruppa har lag for 8–12 år og trenar i hallen i {g:Brattvåg}. Gruppeleiar: "
              "Marthe Hamnes."),
        ("bh", "Ski og friidrett"),
        ("p", "Karusellrenn vart arrangert fire gonger. Oppmøtet auka med {p:25 prosent|Oppmøtet auka med} "
              "frå 2023."),
        ("break",),
        ("h", 1, "Rekneskap 2024 og budsjett 2025"),
        ("stmt", res, {"title": "Resultat 2024"}),
        ("stmt", bal, {"title": "Balanse"}),
        ("p", "Revisorane har gått gjennom rekneskapen og tilrår at han vert godkjend.", {"italic": True}),
        ("break",),
        ("h", 1, "Val"),
        ("bh", "Valnemnda si innstilling"),
        ("p", "Valnemnda legg fram denne innstillinga til styre for 2025. Trond Gjerde har ikkje ønskt "
              "attval som nestleiar, og Liv Marit Ytterland går ut som varamedlem."),
        ("p", "Styret for 2025:", {"bold": True}),
        ("table", proposal, {"widths": [3.5, 6, 5]}),
        ("p", "Revisorar: Ottar Fjørtoft og Hege Brandal (attval). Valnemnd for 2025 vert føreslått av styret."),
        ("p", "For valnemnda, Ragnar Hjertenes", {"italic": True}),
    ]
    return {
        "name": "sovikbygda-il-2024", "lang": NN, "year": y, "title": "Søvikbygda IL – Årsmøtepapir 2024",
        "organization": {"name": "Søvikbygda IL"},
        "ceo": None,
        "board": [("Elin Rønneberg Hagen", "LEDE", None), ("Trond Gjerde", "NEST", None),
                  ("Hilde Kjerstad", "MEDL", None), ("Magnus Vatne", "MEDL", None),
                  ("Ingrid Bakke Lid", "MEDL", None),
                  ("Sindre Farstad", "VARA", None), ("Liv Marit Ytterland", "VARA", None)],
        "not_board": ["Øystein Longva", "Kaja Solnørdal", "Rune Ellingseter", "Marthe Hamnes", "Arnstein Helland",
                      "Berit Ulla Sætre", "Ottar Fjørtoft", "Hege Brandal", "Ragnar Hjertenes", "Synnøve Grytten",
                      "Paul Olav Aakre", "Harald Sæter"],
        "header": "Søvikbygda IL · Årsmøte 2025", "footer": "Side {PAGE}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Idrettslag, nynorsk, Haram (Møre og Romsdal) 2024; the board as a ruled table Verv | Namn | "
                 "Val (kasserar, skrivar MEDL), group leaders in a ruled table and said not to be board; "
                 "revisorar and valnemnd in prose; valnemnda si innstilling 'Styret for 2025' in the same "
                 "table shape with two new names (not board); four columns with budgets (optional).",
    }


def fjordtun_stifting_2022() -> dict:
    """Stifting running a bu- og omsorgssenter in Stad (Vestland), 2022: the board in a ruled table
    with each member's personal vara and who appointed them (kommune, kyrkjeleg fellesråd, tilsette);
    an e-signature page with "Surname, Given names"."""
    y, p = 2022, 2021
    cols = [Col(f"{y}", y), Col(f"{p}", p)]
    res = Kroner("Resultatrekneskap", cols, income(
        NN, 2,
        [("Driftstilskot frå kommunen", "2", [38_412_000, 36_905_000]),
         ("Eigendelar frå bebuarar", "", [6_884_215, 6_702_940]),
         ("Husleigeinntekter omsorgsbustader", "", [2_304_600, 2_251_200]),
         ("Andre driftsinntekter", "", [611_048, 584_330])],
        [("Lønn og sosiale kostnader", "3", [39_870_412, 38_012_655]),
         ("Mat og forbruksmateriell", "", [3_204_118, 2_995_870]),
         ("Avskrivingar", "4", [1_240_000, 1_215_000]),
         ("Andre driftskostnader", "", [3_102_366, 3_088_441])],
        [("Finansinntekter", "", [41_220, 12_870]),
         ("Finanskostnader", "", [-388_140, -301_220])]),
        note_col="Note", label_header="", negative="minus")
    bal = Kroner("Balanse", [Col("31.12.2022", y), Col("31.12.2021", p)], balance(
        NN, 2,
        [("Bygningar", "4", [21_460_000, 22_580_000]),
         ("Inventar og utstyr", "4", [612_000, 732_000])],
        [("Fordringar", "", [1_122_408, 987_615]),
         ("Bankinnskot", "", "plug")],
        [("Grunnkapital", "", [200_000, 200_000]),
         ("Annan eigenkapital", "", [6_015_156, 5_567_109])],
        [("Pensjonsforplikting", "3", [3_845_000, 3_602_000]),
         ("Lån i Husbanken", "5", [13_960_000, 14_680_000])],
        [("Skuldig løn og feriepengar", "", [3_118_450, 2_987_300]),
         ("Anna kortsiktig gjeld", "", [1_402_766, 1_266_840])]),
        note_col="Note", label_header="")
    board = [["Namn", "Verv", "Personleg vara", "Oppnemnd av"],
             ["Astrid Hauge Nygård", "Styreleiar", "Leif Håvard Bakke", "{g:Stad} kommunestyre"],
             ["Arne Myklebust Ryssdal", "Nestleiar", "Torill Hjelle", "{g:Stad} kyrkjelege fellesråd"],
             ["Kristin Osland", "Styremedlem", "Per Olav Heggdal", "{g:Stad} kommunestyre"],
             ["Hans Petter Kolset", "Styremedlem", "Gerd Anny Frøysa", "Fjordtun venelag"],
             ["Marit Eikenes Lefdal", "Styremedlem", "Janne Skrede", "Dei tilsette"]]
    items = [
        ("p", "Stiftinga Fjordtun", {"size": 22, "bold": True}),
        ("p", "Årsmelding og rekneskap 2022", {"size": 14}),
        ("p", "Fjordtun bu- og omsorgssenter · Tunvegen 3 · 6770 {g:Nordfjordeid} · org.nr. 971 206 554",
         {"size": 8.5}),
        ("h", 1, "Om stiftinga"),
        ("p", "Stiftinga Fjordtun vart oppretta i 1961 av sokneråd og sanitetslag i bygda, og driv i dag "
              "sjukeheim med 42 plassar og 16 omsorgsbustader i {g:Nordfjordeid} etter driftsavtale med "
              "{g:Stad kommune|Stad}. Stiftinga er sjølveigande og har ingen eigarar."),
        ("p", "Beleggsprosenten på sjukeheimen var {p:97,4 %|beleggsprosenten på sjukeheimen} i 2022. "
              "Alle omsorgsbustadene var utleigde heile året."),
        ("h", 1, "Styret"),
        ("p", "Etter vedtektene har styret fem medlemer med personlege varamedlemer. Styret har i 2022 vore "
              "samansett slik:"),
        ("table", board, {"widths": [4.5, 3, 4, 4.5], "size": 9}),
        ("p", "Styret har hatt 6 møte. Dagleg leiar møter i styret utan røysterett. Tilsynslege "
              "Kjell Arne Fure og fagleiar Oddrun Tistel har møtt i styret når fagsaker har vore oppe."),
        ("h", 1, "Drifta"),
        ("p", "2022 var prega av mangel på sjukepleiarar. Stiftinga har tilsett 68 personar i 51 årsverk. "
              "Sjukefråværet var {p:8,1 %|sjukefråværet} mot {p:9,3 %|sjukefråværet} i 2021, og "
              "{p:14 %|av lønnskostnadene gjekk til vikarar} av lønnskostnadene gjekk til vikarar."),
        ("p", "Venelaget har gitt ny sansehage og har stått for konsertar og kyrkjelydsbesøk kvar månad. "
              "Styret takkar venelaget ved leiar Ingebjørg Solheim for stor innsats."),
        ("p", "Mange av bebuarane kjem frå {g:Stryn}, {g:Hornindal} og {g:Bremanger} i tillegg til heimkommunen, "
              "og stiftinga har samarbeid med {g?:Nordfjord} sjukehus."),
        ("h", 1, "Økonomi"),
        ("p", "Årsresultatet vart eit overskot på kr 448 047,-. Styret føreslår at det vert overført til "
              "annan eigenkapital. Stiftinga har lån i Husbanken til ombygginga i 2016."),
        ("stmt", res, {"title": "Resultatrekneskap 2022"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2022"}),
        ("bh", "Note 3 Løn og pensjon"),
        ("p", "Løn til dagleg leiar Sigrun Brekke Hauge var kr 986 400. Styregodtgjersle kr 84 000.", {"size": 9}),
        ("p", "{g:Nordfjordeid}, 16. mars 2023"),
        ("esign", "Signaturar", "Dokumentet er signert elektronisk med BankID.",
         [["Nygård, Astrid Hauge", "Styreleiar", "Signert 16.03.2023 14:02"],
          ["Ryssdal, Arne Myklebust", "Nestleiar", "Signert 16.03.2023 15:40"],
          ["Osland, Kristin", "Styremedlem", "Signert 17.03.2023 08:11"],
          ["Kolset, Hans Petter", "Styremedlem", "Signert 16.03.2023 19:27"],
          ["Lefdal, Marit Eikenes", "Styremedlem", "Signert 18.03.2023 10:05"],
          ["Hauge, Sigrun Brekke", "Dagleg leiar", "Signert 16.03.2023 13:50"]]),
    ]
    return {
        "name": "fjordtun-stifting-2022", "lang": NN, "year": y, "title": "Stiftinga Fjordtun – årsmelding 2022",
        "organization": {"name": "Stiftinga Fjordtun", "founded_year": 1961, "address": "Tunvegen 3"},
        "ceo": "Sigrun Brekke Hauge",
        "board": [("Astrid Hauge Nygård", "LEDE", False), ("Arne Myklebust Ryssdal", "NEST", False),
                  ("Kristin Osland", "MEDL", False), ("Hans Petter Kolset", "MEDL", False),
                  ("Marit Eikenes Lefdal", "MEDL", True),
                  ("Leif Håvard Bakke", "VARA", None), ("Torill Hjelle", "VARA", None),
                  ("Per Olav Heggdal", "VARA", None), ("Gerd Anny Frøysa", "VARA", None),
                  ("Janne Skrede", "VARA", None)],
        "not_board": ["Kjell Arne Fure", "Oddrun Tistel", "Ingebjørg Solheim"],
        "footer": "Stiftinga Fjordtun – årsmelding 2022 – side {PAGE} av {NUMPAGES}", "footer_align": "left",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Stifting (sjukeheim og omsorgsbustader), nynorsk, Stad (Vestland) 2022; the board in a "
                 "ruled table Namn | Verv | Personleg vara | Oppnemnd av (kommunestyre, kyrkjeleg fellesråd, "
                 "venelag, dei tilsette); tilsynslege, fagleiar and the venelag's leiar not board; an "
                 "e-signature page in 'Surname, Given names'; kroner with ',-'.",
    }


def hyefjorden_kraftlag_2012() -> dict:
    """Kraftlag SA in Gloppen (Sogn og Fjordane), 2012: the board named only in the signature block,
    a subsidiary's styreleiar in prose, statements with morselskap beside konsern in 1000 kr."""
    y, p = 2012, 2011
    cols = [Col(f"{y}", y), Col(f"{p}", p), Col(f"{y} ", y, OTHER), Col(f"{p} ", p, OTHER)]
    res = Statement("Resultatrekneskap", cols, income(
        NN, 4,
        [("Nettinntekter", "", [31_415, 29_880, 31_415, 29_880]),
         ("Kraftsal", "", [18_602, 24_115, 18_602, 24_115]),
         ("Breiband", "", [0, 0, 6_340, 5_212]),
         ("Andre driftsinntekter", "", [2_210, 1_988, 2_655, 2_301])],
        [("Kraftkjøp og overføring", "", [21_406, 26_770, 21_406, 26_770]),
         ("Lønnskostnader", "3", [11_840, 11_202, 13_604, 12_781]),
         ("Avskrivingar", "4", [5_112, 4_906, 6_388, 6_002]),
         ("Andre driftskostnader", "", [8_944, 8_415, 10_318, 9_602])],
        [("Utbytte frå dotterselskap", "", [500, 400, 0, 0]),
         ("Finansinntekter", "", [622, 714, 640, 731]),
         ("Finanskostnader", "", [-1_902, -2_144, -2_488, -2_709])],
        tax=("Skattekostnad", "5", [1_104, 780, 1_355, 1_010])),
        note_col="Note", label_header="Tal i heile 1000 kr", unit=1000, negative="paren")
    bal = Statement("Balanse", cols, balance(
        NN, 4,
        [("Nettanlegg og kraftstasjon", "4", [88_415, 86_210, 88_415, 86_210]),
         ("Fibernett", "4", [0, 0, 14_220, 12_905]),
         ("Aksjar i dotterselskap", "", [6_000, 6_000, 0, 0])],
        [("Kundefordringar", "", [6_812, 7_404, 7_518, 8_002]),
         ("Bankinnskot", "", "plug")],
        [("Andelskapital", "", [1_214, 1_196, 1_214, 1_196]),
         ("Annan eigenkapital", "", [40_701, 37_660, 43_097, 39_004])],
        [("Gjeld til kredittinstitusjonar", "", [48_500, 50_200, 60_500, 60_200])],
        [("Leverandørgjeld", "", [4_118, 4_870, 4_602, 5_240]),
         ("Betalbar skatt", "", [1_104, 780, 1_355, 1_010]),
         ("Anna kortsiktig gjeld", "", [6_220, 5_911, 7_004, 6_488])]),
        note_col="Note", label_header="Tal i heile 1000 kr", unit=1000)
    groups = [("Morselskap", 2), ("Konsern", 2)]
    items = [
        ("p", "HYEFJORDEN KRAFTLAG SA", {"size": 22, "bold": True}),
        ("p", f"Årsmelding og rekneskap {y}", {"size": 14}),
        ("p", "93. driftsår", {"italic": True}),
        ("photo", 3, 1, "Den nye transformatorstasjonen ved {g:Hyen} vart sett i drift i oktober."),
        ("break",),
        ("h", 1, "Årsmelding 2012"),
        ("bh", "Verksemda"),
        ("p", "Hyefjorden Kraftlag SA er eit samvirkeføretak med 1 214 andelseigarar. Laget eig og driv "
              "distribusjonsnettet i {g:Hyen} og {g:Breim} i {g:Gloppen} kommune, og har "
              "forretningskontor på {g:Sandane}. Laget eig alle aksjane i Hyefjord Breiband AS."),
        ("p", "Nettapet var {p:5,2 %|nettapet} av innmatinga. Laget hadde 1 846 nettkundar ved utgangen av "
              "året, og kraftsalet gjekk ned med {p:22 %|kraftsalet gjekk ned} som følgje av låge prisar."),
        ("bh", "Dotterselskapet"),
        ("p", "Hyefjord Breiband AS har bygt fiber til 640 husstandar i {g:Gloppen} og delar av "
              "{g:Eid}. Styreleiar i dotterselskapet er Dagfinn Sandal, og dagleg leiar er Kristoffer "
              "Rygg. Selskapet betalte kr 500 000 i konsernbidrag og utbytte til morselskapet."),
        ("bh", "Årsmøtet og styret"),
        ("p", "Ordinært årsmøte vart halde 24. april 2012 med 87 andelseigarar til stades. Møteleiar var "
              "Arnfinn Hjelmeset. Årsmøtet valde Bodil Hestenes som nytt styremedlem etter Ottar Myklebust, "
              "som hadde sete i seks år. Styret har hatt 10 møte i 2012."),
        ("bh", "Arbeidsmiljø og likestilling"),
        ("p", "Laget hadde 16 tilsette. Sjukefråværet var {p:3,1 %|sjukefråværet}. Av dei tilsette er "
              "tre kvinner. Styret har to kvinner blant fem medlemer."),
        ("bh", "Økonomi"),
        ("p", "Eigenkapitaldelen i morselskapet var {p:40 %|eigenkapitaldelen i morselskapet} ved årsskiftet. "
              "Styret føreslår at overskotet vert lagt til annan eigenkapital, og at det ikkje vert "
              "betalt etterbetaling til andelseigarane for 2012."),
        ("p", "Styret takkar dei tilsette og samarbeidspartnarane i {g:Sogn og Fjordane} for eit godt år."),
        ("sign", "{g:Sandane}, 14. mars 2013",
         [("Asbjørn Nesje", "styreleiar"), ("Gudrun Tystad Hope", "nestleiar"), ("Olav Reed", "styremedlem"),
          ("Bodil Hestenes", "styremedlem"), ("Sigve Åsebø", "styremedlem"), ("Lars Erik Solheim", "dagleg leiar")]),
        ("break",),
        ("groupstmt", res, groups, {"title": "Resultatrekneskap"}),
        ("break",),
        ("groupstmt", bal, groups, {"title": "Balanse pr. 31.12."}),
        ("bh", "Note 3 Løn"),
        ("p", "Løn til dagleg leiar var kr 902 115. Honorar til styret var kr 178 000, av dette kr 52 000 "
              "til styreleiaren.", {"size": 9}),
        ("bh", "Melding frå revisor"),
        ("p", "Vi har revidert årsrekneskapen for Hyefjorden Kraftlag SA, som viser eit overskot på "
              "kr 3 041 000 for morselskapet. Etter vår meining er rekneskapen avgitt i samsvar med lov og "
              "forskrifter. {g:Sandane}, 28. mars 2013. Revisjon {g?:Nordfjord} AS, Rolf Inge Hennøy, "
              "statsautorisert revisor."),
    ]
    return {
        "name": "hyefjorden-kraftlag-2012", "lang": NN, "year": y, "title": "Hyefjorden Kraftlag SA – årsmelding 2012",
        "organization": {"name": "Hyefjorden Kraftlag SA"},
        "ceo": "Lars Erik Solheim",
        "board": [("Asbjørn Nesje", "LEDE", None), ("Gudrun Tystad Hope", "NEST", None),
                  ("Olav Reed", "MEDL", None), ("Bodil Hestenes", "MEDL", None), ("Sigve Åsebø", "MEDL", None)],
        "board_optional": ["Ottar Myklebust"],
        "not_board": ["Dagfinn Sandal", "Kristoffer Rygg", "Arnfinn Hjelmeset", "Rolf Inge Hennøy"],
        "header": "Hyefjorden Kraftlag SA", "footer": "{PAGE}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Kraftlag SA, nynorsk, Gloppen (Sogn og Fjordane) 2012; the board named only in the "
                 "signature block; the subsidiary's styreleiar and dagleg leiar, the årsmøte's møteleiar "
                 "and the auditor not board; the leaver at the årsmøte optional; statements with "
                 "Morselskap beside Konsern in 1000 kr (konsern columns optional).",
    }


REPORTS = [sovikbygda_il_2024, fjordtun_stifting_2022, hyefjorden_kraftlag_2012]
