"""The seventy-first set's other designer reports (printed by Chromium from ``h71_sheets``): a
stiftelse for coastal culture (2019) and a water and sewage IKS on nynorsk (2025). Organisations,
people and figures are invented; places are real and valid in the report's year."""
from __future__ import annotations

from h71_common import quote, statements


def sandosund_kystkultur_2019() -> dict:
    """Stiftelse for coastal culture in Færder (Vestfold): board cards three to a row in a narrow
    column, "ansattes representant" under one card, deputies on a line after the cards and a
    "Kontaktperson:" line after them; a member who left in August and whose seat stayed empty
    (named in prose only)."""
    res, bal = statements(
        "nb", (2019, 2018),
        inc=[("Billettinntekter", "", [1_118_400, 998_250]),
             ("Utleie av sjøbuer og lokaler", "", [842_150, 801_900]),
             ("Kurs og arrangementer", "", [396_720, 352_480]),
             ("Tilskudd fra {g:Færder} kommune", "", [950_000, 900_000]),
             ("Gaver og sponsorinntekter", "", [214_300, 188_000])],
        cost=[("Lønnskostnader", "", [2_046_880, 1_942_310]), ("Avskrivninger", "", [312_000, 298_400]),
              ("Vedlikehold av bygninger og båter", "", [486_215, 512_870]),
              ("Andre driftskostnader", "", [571_390, 520_114])],
        fin=[("Renteinntekter", "", [38_420, 31_005]), ("Rentekostnader", "", [-61_204, -66_580])],
        fixed=[("Sjøbuer og bygninger", "", [6_480_000, 6_720_000]), ("Båter og utstyr", "", [618_400, 690_400])],
        current=[("Fordringer", "", [124_660, 98_330]), ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [4_164_201, 4_081_900])],
        long=[("Pantelån", "", [2_940_000, 3_120_000])],
        short=[("Leverandørgjeld", "", [188_540, 164_220]), ("Skyldige offentlige avgifter", "", [176_300, 169_880]),
               ("Annen kortsiktig gjeld", "", [96_250, 104_600])],
        label_header="Beløp i kroner", dated=True, thousands=".")
    foot = "Stiftelsen Sandøsund Kystkultur  ·  Sandøsundveien 112, 3148 {g:Hvasser}  ·  tlf. 33 39 41 07"
    cards = [("Bjørn Egil Kirkevold-Hansen", "Styreleder", None),
             ("Anne Cathrine Wiborg Lystad", "Nestleder", None),
             ("Halvard Kjeldsrud", "Styremedlem", None),
             ("Gunnhild Ekeberg Sørlie", "Styremedlem", None),
             ("Tor Inge Brekke", "Styremedlem", "ansattes representant")]
    items = [
        ("cover", {"kicker": "Stiftelsen Sandøsund Kystkultur", "title": "Årsmelding 2019",
                   "sub": "Sjøbuene, båtene og kystkulturen på {g:Hvasser}", "colour": "#8a3b2e",
                   "scene": "harbour", "note": "Forsidefoto: Vebjørn Skarpsno"}),
        ("sheet", [
            ("band", "Fra styrelederen", {"colour": "#8a3b2e"}),
            ("tiles", [("14 600", "besøkende i sesongen"), ("{p:12 %}", "flere besøkende enn i 2018"),
                       ("36", "arrangementer og kurs")], {"n": 3}),
            ("cols", 2, [
                ("p", "Sommeren 2019 ble den beste i stiftelsens historie. Været var med oss, og sjøbuene var "
                      "fulle av folk fra første helg i juni til kystkulturdagen i slutten av august.", {"cls": "lead"}),
                ("p", "Båtbyggeriet fikk i år to nye lærlinger, og færingen som ble påbegynt i fjor, ble sjøsatt "
                      "i september. Samarbeidet med skolene i kommunen er utvidet, og alle sjetteklassingene i "
                      "{g:Færder} har vært på besøk."),
                ("p", "Vedlikeholdet av de eldste sjøbuene er fortsatt vår største utfordring. Styret har søkt "
                      "om midler til ny kledning på Lostua og er glad for gaven fra Erling Kjærnes, som gjør det "
                      "mulig å starte arbeidet neste vår."),
                ("p", "Takk til de ansatte, til de mer enn seksti frivillige og til alle som har besøkt oss."),
                ("p", "Bjørn Egil Kirkevold-Hansen, styreleder"),
            ], {"rule": True}),
            ("quote", "«Det er her på brygga jeg lærte å ro. Nå lærer jeg barnebarna det samme.»",
             "Frivillig Arnt Sjøholt"),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Året som gikk", {"colour": "#8a3b2e"}),
            ("cols", 3, [
                ("h", 3, "Sesongen"),
                ("p", "Sjøbuene var åpne daglig fra 1. juni til 31. august og i helgene i mai og september. "
                      "Antall besøkende økte med {p:12 %|Antall besøkende} fra året før."),
                ("h", 3, "Båtbyggeriet"),
                ("p", "I båtbyggeriet arbeider en fast ansatt båtbygger sammen med lærlinger og frivillige. "
                      "Det ble bygget en færing og reparert seks eldre trebåter for private eiere."),
                ("h", 3, "Kurs og skole"),
                ("p", "Vi holdt 36 arrangementer og kurs, blant dem knutekurs, tauverk og ripling. "
                      "Skoletilbudet ble brukt av 18 klasser."),
                ("h", 3, "Frivillige"),
                ("p", "De frivillige la ned om lag 4 200 timer. Dugnadene i april og oktober samlet over "
                      "førti personer hver gang."),
                ("h", 3, "Vedlikehold"),
                ("p", "Taket på den store sjøbua er lagt om, og slippen er rehabilitert. Arbeidet er finansiert "
                      "med egne midler og tilskudd fra kommunen."),
            ]),
            ("grid", "1fr 1fr", [
                [("photo", "harbour", "Fra kystkulturdagen ved {g:Verdens Ende} i august.", {"h": 56})],
                [("photo", "workshop", "Elever på båtbyggerkurs i verkstedet.", {"h": 56}),
                 ("facts", [("Stiftet", "1987"), ("Adresse", "Sandøsundveien 112, 3148 {g:Hvasser}"),
                            ("Telefon", "33 39 41 07"), ("E-post", "post@sandosundkyst.no"),
                            ("Nett", "www.sandosundkyst.no"), ("Org.nr.", "971 402 556")], {"title": "Fakta"})],
            ]),
        ], {"footer": foot}),
        ("sheet", [
            ("grid", "1fr 62mm", [
                [("band", "Styret", {"colour": "#8a3b2e"}),
                 ("cards", cards, {"per_row": 3}),
                 ("p", "Varamedlemmer: Liv Marit Østby og Stian Andersen Furu"),
                 ("p", "Kontaktperson: Ragnhild Wold, tlf. 33 39 41 09"),
                 ("h", 3, "Administrasjon"),
                 ("table", [["Stilling", "Navn", "Stillingsandel"],
                            ["Daglig leder", "Merete Fossum Tangen", "{p:100 %}"],
                            ["Båtbygger", "Tor Inge Brekke", "{p:80 %}"],
                            ["Kontor og utleie", "Ragnhild Wold", "{p:50 %}"]])],
                [("box", [
                    ("p", "Styret oppnevnes for to år om gangen: to medlemmer av {g:Færder} kommune, ett av "
                          "{g:Vestfold} fylkeskommune, to av kystlaget og ett av og blant de ansatte."),
                    ("p", "Karsten Holm Nilsen, oppnevnt av kystlaget, gikk ut av styret i august etter eget "
                          "ønske. Kystlaget har ikke oppnevnt noen i hans sted, og styret har resten av året "
                          "bestått av fem medlemmer."),
                    ("p", "Styret har hatt seks møter og behandlet 38 saker. Daglig leder er styrets sekretær."),
                ], {"title": "Om styret"})],
            ]),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Årsberetning 2019", {"colour": "#8a3b2e"}),
            ("cols", 2, [
                ("h", 3, "Stiftelsens formål"),
                ("p", "Stiftelsen skal ta vare på og formidle kystkulturen i {g:Vestfold}, med særlig vekt på "
                      "sjøbuene, båtene og arbeidslivet langs kysten. Virksomheten drives fra {g?:Sandøsund} på "
                      "{g:Hvasser} i {g:Færder} kommune."),
                ("h", 3, "Fortsatt drift"),
                ("p", "Årsregnskapet er avlagt under forutsetning om fortsatt drift, og styret mener at "
                      "forutsetningen er til stede."),
                ("h", 3, "Arbeidsmiljø"),
                ("p", "Stiftelsen hadde tre ansatte i 2,3 årsverk. Sykefraværet var {p:2,1 %|Sykefraværet}. "
                      "Arbeidsmiljøet anses som godt."),
                ("h", 3, "Likestilling"),
                ("p", "Styret har to kvinner og tre menn. Av de ansatte er to kvinner."),
                ("h", 3, "Ytre miljø"),
                ("p", "Virksomheten påvirker ikke det ytre miljøet i nevneverdig grad."),
                ("h", 3, "Økonomi"),
                ("p", f"Driftsinntektene ble kr {quote(res, 'Sum driftsinntekter')}, og årsresultatet ble "
                      f"kr {quote(res, 'Årsresultat')}. Resultatet er overført til annen egenkapital. Regnskapet "
                      "er ført av Kystregnskap AS ved Lene Mørk og revidert av Pål Henrik Ask."),
            ]),
            ("sign", "{g:Hvasser}, 20. februar 2020",
             [("Bjørn Egil Kirkevold-Hansen", "styreleder"), ("Anne Cathrine Wiborg Lystad", "nestleder"),
              ("Halvard Kjeldsrud", "styremedlem"), ("Gunnhild Ekeberg Sørlie", "styremedlem"),
              ("Tor Inge Brekke", "styremedlem"), ("Merete Fossum Tangen", "daglig leder")]),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Regnskap 2019", {"colour": "#8a3b2e"}),
            ("grid", "1fr 1fr", [[("stmt", res, {"title": "Resultatregnskap"})],
                                 [("stmt", bal, {"title": "Balanse"})]], {"gap": "7mm"}),
        ], {"footer": foot}),
    ]
    return {
        "name": "sandosund-kystkultur-2019", "lang": "nb", "year": 2019, "title": "Årsmelding 2019",
        "organization": {"name": "Stiftelsen Sandøsund Kystkultur", "founded_year": 1987,
                         "address": "Sandøsundveien 112", "phone": "33 39 41 07",
                         "email": "post@sandosundkyst.no", "website": "www.sandosundkyst.no"},
        "ceo": "Merete Fossum Tangen",
        "board": [("Bjørn Egil Kirkevold-Hansen", "LEDE", False), ("Anne Cathrine Wiborg Lystad", "NEST", False),
                  ("Halvard Kjeldsrud", "MEDL", False), ("Gunnhild Ekeberg Sørlie", "MEDL", False),
                  ("Tor Inge Brekke", "MEDL", True), ("Liv Marit Østby", "VARA", None),
                  ("Stian Andersen Furu", "VARA", None)],
        "not_board": ["Karsten Holm Nilsen", "Ragnhild Wold", "Merete Fossum Tangen", "Vebjørn Skarpsno",
                      "Erling Kjærnes", "Arnt Sjøholt", "Lene Mørk", "Pål Henrik Ask"],
        "items": items, "renditions": ["design"],
        "style": {"font": "'DejaVu Serif', serif", "accent": "#8a3b2e", "accent2": "#5b2a20", "tint": "#f6eee9",
                  "paper": "#fffdf9"},
        "notes": "Board cards three to a row in a 110 mm column, 'ansattes representant' under one card only; "
                 "deputies on one line after the cards, then 'Kontaktperson:' (staff); the member who left in "
                 "August is named only in the side box and was not replaced (five members at year end); "
                 "Verdens Ende only in a caption; statements side by side, dot thousands, dated balance.",
    }


def kravik_vatn_iks_2025() -> dict:
    """Water and sewage IKS on nynorsk in Numedal (Buskerud): owners only in a bar chart's HTML
    legend, an election table where a member is 'ikkje på val' beside the board's secretary (a
    rådgjevar, staff), a first deputy elected in April who moved up in May; board cards four to a
    row with 'tilsetterepresentant' under one; e-mail and web broken after their hyphen."""
    res, bal = statements(
        "nn", (2025, 2024),
        inc=[("Gebyrinntekter vatn", "", [18_412_300, 17_206_150]),
             ("Gebyrinntekter avløp", "", [16_918_740, 15_840_220]),
             ("Tilkoplingsgebyr", "", [1_244_000, 986_000]), ("Andre driftsinntekter", "", [402_315, 377_640])],
        cost=[("Lønnskostnader", "", [9_618_400, 9_102_770]), ("Avskrivingar", "", [11_206_500, 10_644_300]),
              ("Kjøp av tenester", "", [6_812_045, 6_408_312]), ("Andre driftskostnader", "", [7_504_116, 6_980_604])],
        fin=[("Finansinntekter", "", [212_880, 184_350]), ("Finanskostnader", "", [-2_514_770, -2_188_440])],
        fixed=[("Leidningsnett og anlegg", "3", [148_620_000, 141_310_000]),
               ("Maskiner og køyretøy", "3", [3_412_500, 3_106_800])],
        current=[("Kundefordringar", "", [4_118_230, 3_902_115]), ("Bankinnskot", "", "plug")],
        equity=[("Innskotskapital", "", [3_000_000, 3_000_000]), ("Anna eigenkapital", "", [14_046_804, 14_512_400])],
        long=[("Lån frå Kommunalbanken", "4", [132_400_000, 125_200_000])],
        short=[("Leverandørgjeld", "", [2_918_440, 2_604_310]), ("Skuldig offentlege avgifter", "", [1_106_300, 1_044_720]),
               ("Anna kortsiktig gjeld", "", [3_211_870, 2_980_114])],
        titles=("Resultatrekneskap", "Balanse"), note_col="Note", label_header="Tal i heile kroner")
    foot = "Kravikfjorden Vatn og Avløp IKS  ·  Årsmelding 2025"
    cards = [("Ragnhild Sønstebø Kjos", "Styreleiar", None),
             ("Olav Tollef Brattlien", "Nestleiar", None),
             ("Kari Anne Haugen Fjeldheim", "Styremedlem", None),
             ("Eivind Tufte-Landsverk", "Styremedlem", None),
             ("Marit Ingebjørg Sæterhaug Dokken", "Styremedlem", "tilsetterepresentant"),
             ("Sigrun Opsahl", "Varamedlem", None),
             ("Lars Gunnar Hvammen", "Varamedlem", None)]
    contact = [("p", "Sentrumsvegen 31", {"cls": "small"}), ("p", "3630 {g:Rødberg}", {"cls": "small"}),
               ("p", "Telefon", {"cls": "small"}), ("p", "32 74 52 60"),
               ("p", "E-post", {"cls": "small"}), ("p", "post@kravik-vatn.no"),
               ("p", "Nettstad", {"cls": "small"}), ("p", "www.kravik-vatn.no")]
    items = [
        ("cover", {"kicker": "Kravikfjorden Vatn og Avløp IKS", "title": "Årsmelding 2025",
                   "sub": "Reint vatn og trygg avløpshandtering i {g:Numedal}", "colour": "#1d4f73",
                   "scene": "water", "note": "Foto: Silje Rustad Berge"}),
        ("sheet", [
            ("band", "Dagleg leiar har ordet", {"colour": "#1d4f73"}),
            ("grid", "1fr 54mm", [
                [("cols", 2, [
                    ("p", "Året 2025 var prega av store investeringar. Den nye hovudleidningen mellom dei to "
                          "reinseanlegga vart ferdig i oktober, og vi har bytt ut om lag fire kilometer gamle "
                          "støypejarnsrøyr.", {"cls": "lead"}),
                    ("p", "Lekkasjane i nettet er framleis for store, men dei er redusert frå året før. Målet er "
                          "å kome under {p:15 prosent|Målet} innan utgangen av 2027, og styret har vedteke ein eigen "
                          "plan for lekkasjesøk."),
                    ("p", f"Rekneskapen viser eit underskot på kr {quote(res, 'Årsresultat', sign=False)}. "
                          "Underskotet kjem av auka rentekostnader og vert dekt av sjølvkostfondet."),
                    ("p", "Eg vil takke alle tilsette for ein stor innsats, og eigarkommunane for godt "
                          "samarbeid gjennom året."),
                    ("p", "Håvard Bergan Thoresen, dagleg leiar"),
                ])],
                [("tiles", [("2 140", "abonnentar på vatn"), ("1 860", "abonnentar på avløp"),
                            ("{p:99,2 %}", "av vassprøvane utan merknad"),
                            ("{p:18 %}", "lekkasje i leidningsnettet")], {"n": 1})],
            ]),
            ("photo", "field", "Ny høgdebasseng i {g:Rødberg} vart sett i drift i juni.", {"h": 62}),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Om selskapet", {"colour": "#1d4f73"}),
            ("cols", 3, [
                ("h", 3, "Eigarar og føremål"),
                ("p", "Selskapet er eigd av dei tre kommunane i {g:Numedal}. Eigardelane går fram av "
                      "diagrammet. Føremålet er å levere drikkevatn og handtere avløp for innbyggjarane."),
                ("h", 3, "Representantskapet"),
                ("p", "Representantskapet er det øvste organet i selskapet og har hatt to møte i 2025, i april "
                      "og i november."),
                ("h", 3, "Drift"),
                ("p", "Selskapet driv fire vassverk og seks reinseanlegg. Alle prøvar av drikkevatnet vert "
                      "analyserte av eit akkreditert laboratorium."),
                ("h", 3, "Investeringar"),
                ("p", "Det vart investert for kr 18,2 millionar i 2025, mest i leidningsnett og "
                      "høgdebasseng."),
            ]),
            ("grid", "1fr 1fr", [
                [("box", [("bars", [("{g:Nore og Uvdal} kommune {p:48 %|Nore og Uvdal kommune}", 48, "#1d4f73"),
                                    ("{g:Rollag} kommune {p:30 %|Rollag kommune}", 30, "#5b8db3"),
                                    ("{g:Flesberg} kommune {p:22 %|Flesberg kommune}", 22, "#a7c4da")],
                           {"top": 60, "split": "30mm 1fr"})], {"title": "Eigardelar"}),
                 ("h", 3, "Representantskapet 2024–2027"),
                 ("table", [["Kommune", "Medlem", "Varamedlem"],
                            ["{g:Nore og Uvdal}", "Ole Kristian Bergsland (leiar)", "Åse Hoffart"],
                            ["{g:Rollag}", "Hege Aalstad", "Nils Petter Vik"],
                            ["{g:Flesberg}", "Terje Skjønnberg (nestleiar)", "Randi Bøe"]])],
                [("photo", "field", "Frå arbeidet med ny hovudleidning ved {g:Veggli}.", {"h": 46}),
                 ("photo", "water", "Sommarvikarar på prøvetaking ved inntaket i {g:Lampeland}.", {"h": 46})],
            ]),
        ], {"footer": foot}),
        ("sheet", [
            ("grid", "30mm 1fr", [
                [("box", contact, {"title": "Kontakt"})],
                [("band", "Styret", {"colour": "#1d4f73"}),
                 ("cards", cards, {"per_row": 4}),
                 ("p", "Gro Aaslid flytta frå {g:Rollag} i mai og gjekk ut av styret. Første varamedlem Eivind "
                       "Tufte-Landsverk gjekk då inn som fast styremedlem for resten av valperioden. Styret har "
                       "hatt ni møte og handsama 61 saker."),
                 ("h", 3, "Val i representantskapet 24. april 2025"),
                 ("table", [["Verv", "Namn", "Merknad"],
                            ["Styreleiar", "Ragnhild Sønstebø Kjos", "attvald for to år"],
                            ["Nestleiar", "Olav Tollef Brattlien", "ikkje på val"],
                            ["Styremedlem", "Kari Anne Haugen Fjeldheim", "ikkje på val"],
                            ["Styremedlem", "Gro Aaslid", "ikkje på val"],
                            ["1. varamedlem", "Eivind Tufte-Landsverk", "vald for to år"],
                            ["2. varamedlem", "Sigrun Opsahl", "attvald for to år"],
                            ["3. varamedlem", "Lars Gunnar Hvammen", "ny, vald for to år"],
                            ["Sekretær for styret", "Jorunn Tveiten Haug, rådgjevar", "ikkje på val"]]),
                 ("p", "Tilsetterepresentanten vert vald av og blant dei tilsette.", {"cls": "small"})],
            ], {"gap": "5mm"}),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Årsmelding frå styret", {"colour": "#1d4f73"}),
            ("cols", 2, [
                ("h", 3, "Verksemda"),
                ("p", "Kravikfjorden Vatn og Avløp IKS er eit interkommunalt selskap med kontor i Sentrumsvegen 31 "
                      "på {g:Rødberg}. Selskapet har ansvar for vassforsyning og avløp i {g:Nore og Uvdal}, "
                      "{g:Rollag} og {g:Flesberg}, og vart skipa i 2004."),
                ("h", 3, "Framhald av drifta"),
                ("p", "Føresetnaden om framhald av drifta er lagd til grunn, og styret meiner ho er til stades."),
                ("h", 3, "Arbeidsmiljø"),
                ("p", "Selskapet hadde 14 tilsette ved utgangen av året. Sjukefråværet var {p:4,8 %|Sjukefråværet}, "
                      "mot {p:6,1 %|året før} året før. Det har ikkje vore alvorlege skadar."),
                ("h", 3, "Likestilling"),
                ("p", "Av dei tilsette er tre kvinner. Styret har tre kvinner og to menn."),
                ("h", 3, "Ytre miljø"),
                ("p", "Utsleppa frå reinseanlegga har vore innanfor løyva frå Statsforvaltaren."),
                ("h", 3, "Resultat"),
                ("p", f"Driftsinntektene var kr {quote(res, 'Sum driftsinntekter')} og driftsresultatet kr "
                      f"{quote(res, 'Driftsresultat')}. Årsresultatet vart kr {quote(res, 'Årsresultat')}."),
            ]),
            ("sign", "{g:Rødberg}, 26. februar 2026",
             [("Ragnhild Sønstebø Kjos", "styreleiar"), ("Olav Tollef Brattlien", "nestleiar"),
              ("Kari Anne Haugen Fjeldheim", "styremedlem"), ("Eivind Tufte-Landsverk", "styremedlem"),
              ("Marit Ingebjørg Sæterhaug Dokken", "styremedlem"), ("Håvard Bergan Thoresen", "dagleg leiar")]),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Rekneskap 2025", {"colour": "#1d4f73"}),
            ("stmt", res, {"title": "Resultatrekneskap"}),
            ("p", "Revisor: Kjetil Rustad, registrert revisor.", {"cls": "small"}),
        ], {"footer": foot}),
        ("sheet", [
            ("stmt", bal, {"title": "Balanse per 31.12.2025"}),
        ], {"footer": foot}),
    ]
    return {
        "name": "kravik-vatn-iks-2025", "lang": "nn", "year": 2025, "title": "Årsmelding 2025",
        "organization": {"name": "Kravikfjorden Vatn og Avløp IKS", "founded_year": 2004,
                         "address": "Sentrumsvegen 31", "phone": "32 74 52 60", "email": "post@kravik-vatn.no",
                         "website": "www.kravik-vatn.no",
                         "owners": [{"name": "Nore og Uvdal kommune", "share_percent": 48},
                                    {"name": "Rollag kommune", "share_percent": 30},
                                    {"name": "Flesberg kommune", "share_percent": 22}]},
        "ceo": "Håvard Bergan Thoresen",
        "board": [("Ragnhild Sønstebø Kjos", "LEDE", False), ("Olav Tollef Brattlien", "NEST", False),
                  ("Kari Anne Haugen Fjeldheim", "MEDL", False), ("Eivind Tufte-Landsverk", "MEDL", False),
                  ("Marit Ingebjørg Sæterhaug Dokken", "MEDL", True), ("Sigrun Opsahl", "VARA", None),
                  ("Lars Gunnar Hvammen", "VARA", None)],
        "not_board": ["Gro Aaslid", "Jorunn Tveiten Haug", "Håvard Bergan Thoresen", "Ole Kristian Bergsland",
                      "Hege Aalstad", "Terje Skjønnberg", "Åse Hoffart", "Nils Petter Vik", "Randi Bøe",
                      "Kjetil Rustad", "Silje Rustad Berge"],
        "items": items, "renditions": ["design"], "html_lang": "nn",
        "wraps": ["post@kravik-", "www.kravik-"],
        "style": {"accent": "#1d4f73", "accent2": "#1d4f73", "tint": "#e8f0f6", "size": "8.8pt"},
        "notes": "Owners only in the bar chart's legend beside SVG bars; the election table lists the member "
                 "who left in May ('ikkje på val') and the first deputy who took her seat, and the board's "
                 "secretary (a rådgjevar, staff) 'ikkje på val'; cards four to a row, 'tilsetterepresentant' under "
                 "one; e-mail and web broken after their hyphen in a 30 mm column; Veggli and Lampeland only in "
                 "captions; deficit quoted without its sign in the letter.",
    }


REPORTS = [sandosund_kystkultur_2019, kravik_vatn_iks_2025]
