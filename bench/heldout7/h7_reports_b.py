"""Reports of the seventh held-out set, part B: a vekstbedrift with VTA/AFT tables and an
e-signature page, a nynorsk kyrkjeleg fellesråd, a foundation with a board (in a portrait collage)
and a council, and a kommunalt foretak printed from the municipality's web site. Everything here is
invented; places are real."""
from __future__ import annotations

from h3_render import Dash
from heldout_finance import BUDGET, Col, Statement, balance, income


# ---------- 5. vekstbedrift, VTA/AFT tables, e-signatures, DOCX + PDF ----------

def grytdal_vekst_2023() -> dict:
    res = Statement(
        "Resultatregnskap", [Col("2023", 2023), Col("2022", 2022)],
        income("nb", 2,
               [("Salgsinntekter", "", [9_862_410, 9_104_775]), ("Tilskudd NAV, VTA", "2", [5_918_400, 5_640_300]),
                ("Tilskudd NAV, AFT", "2", [6_204_880, 6_011_260]), ("Kommunalt tilskudd VTA", "2", [1_479_600, 1_410_080]),
                ("Andre driftsinntekter", "", [388_115, 402_650])],
               [("Varekostnad", "", [3_104_720, 2_968_405]), ("Lønnskostnader", "3", [16_402_118, 15_733_960]),
                ("Avskrivninger", "4", [612_400, 590_210]), ("Andre driftskostnader", "3", [3_211_956, 3_047_332])],
               [("Finansinntekter", "", [96_310, 41_205]), ("Finanskostnader", "", [-48_770, -52_118])]),
        note_col="Note", render="ruled")
    bal = Statement(
        "Balanse", [Col("31.12.2023", 2023), Col("31.12.2022", 2022)],
        balance("nb", 2,
                [("Maskiner og anlegg", "4", [1_804_300, 1_972_600]), ("Driftsløsøre og biler", "4", [611_000, 705_100])],
                [("Varer", "", [842_115, 790_340]), ("Kundefordringer", "", [1_206_488, 1_118_902]),
                 ("Andre fordringer", "", [318_400, 286_115]), ("Bankinnskudd og kontanter", "5", "plug")],
                [("Aksjekapital", "6", [300_000, 300_000]), ("Annen egenkapital", "6", [5_151_517, 4_581_766])],
                [("Pensjonsforpliktelser", "3", [1_140_200, 1_284_600])],
                [("Leverandørgjeld", "", [988_204, 902_558]), ("Skyldige offentlige avgifter", "", [1_402_660, 1_318_440]),
                 ("Annen kortsiktig gjeld", "", [1_506_312, 1_424_018])]),
        note_col="Note", render="ruled")
    board = [("Marte Helene Oftedal", "LEDE", False), ("Geir Arne Snekvik", "NEST", False),
             ("Ingrid Bakås Follo", "MEDL", False), ("Tor Inge Rønning", "MEDL", False),
             ("Lene Merete Hoel", "MEDL", True), ("Stian Åsheim", "VARA", None)]
    items = [
        ("h", 1, "Årsrapport 2023"),
        ("p", "Grytdal Vekst AS", {"bold": True, "size": 13}),
        ("h", 2, "Om bedriften"),
        ("p", "Grytdal Vekst AS er en arbeids- og inkluderingsbedrift med avdelinger på {g:Orkanger} og i "
              "{g:Rindal}. Selskapet eies av {g:Orkland kommune|Orkland} ({p:51 %|Orkland kommune}), "
              "{g:Skaun kommune|Skaun} ({p:25 %|Skaun kommune}) og {g:Rindal kommune|Rindal} "
              "({p:24 %|Rindal kommune}). Bedriften er godkjent tiltaksarrangør for NAV i {g:Trøndelag}."),
        ("p", "Bedriften ble etablert i 1991 og har forretningsadresse Grytdalsvegen 12, 7300 Orkanger."),
        ("h", 2, "Tiltak og deltakere"),
        ("table", [["Tiltak", "Godkjente plasser 31.12.", "Deltakere i løpet av året", "Årsverk veiledere"],
                   ["Varig tilrettelagt arbeid (VTA)", "38", "41", "9,5"],
                   ["Arbeidsforberedende trening (AFT)", "26", "71", "7,0"],
                   ["Sum", "64", "112", "16,5"]], {"shade_header": "DDE8E0"}),
        ("p", "I VTA har deltakerne arbeidet i produksjon av ved og emballasje, i vaskeri og i kantina. To "
              "deltakere gikk fra VTA over til ordinært arbeid med lønnstilskudd i løpet av året."),
        ("p", "I AFT ble 47 deltakerløp avsluttet i 2023. Tabellen viser hva deltakerne gikk til:"),
        ("table", [["Status ved avslutning (AFT)", "Antall", "Andel"],
                   ["Ordinært arbeid", "14", "{p:30 %}"],
                   ["Utdanning", "6", "{p:13 %}"],
                   ["Andre tiltak i NAV", "9", "{p:19 %}"],
                   ["Uføretrygd eller AAP", "7", "{p:15 %}"],
                   ["Avbrudd / annet", "11", "{p:23 %}"],
                   ["Sum avsluttet", "47", "{p?:100 %}"]], {"shade_header": "DDE8E0"}),
        ("p", "Måltallet fra NAV er at minst {p:40 prosent|måltallet} går til arbeid eller utdanning. I 2023 "
              "nådde vi {p:43 prosent|arbeid eller utdanning}, mot {p:38 prosent|arbeid eller utdanning} "
              "året før."),
        ("h", 2, "Styret og ledelse"),
        ("p", "Styret har hatt 8 møter i 2023 og har bestått av:"),
        ("li", "Marte Helene Oftedal, styreleder"),
        ("li", "Geir Arne Snekvik, nestleder"),
        ("li", "Ingrid Bakås Follo, styremedlem"),
        ("li", "Tor Inge Rønning, styremedlem"),
        ("li", "Lene Merete Hoel, styremedlem valgt av de ansatte"),
        ("li", "Stian Åsheim, varamedlem for de ansattes representant"),
        ("p", "Daglig leder er Kjell Ove Bratberg. Bedriften hadde ved årsskiftet 31 ansatte i 28,4 årsverk."),
        ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Sykefraværet blant ansatte var {p:5,9 %|sykefraværet blant ansatte} (2022: "
              "{p:7,2 %|sykefraværet}). Det er ikke registrert skader som har ført til fravær. Av de ansatte er "
              "17 kvinner og 14 menn; styret har tre kvinner og to menn. Virksomheten forurenser ikke det ytre miljø."),
        ("h", 2, "Økonomi"),
        ("p", "Årets overskudd på kr 569 751 foreslås overført til annen egenkapital. Styret mener at "
              "årsregnskapet gir et rettvisende bilde av stillingen ved årsskiftet, og at forutsetningen om "
              "fortsatt drift er til stede."),
        ("p", "{g:Orkanger}, 14. mars 2024", {"italic": True}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2023"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2023"}),
        ("esign", "Signaturer", "Dokumentet er signert elektronisk med BankID. Signaturene er forseglet av tjenesteleverandøren.",
         [["Oftedal, Marte Helene", "Styreleder", "Signert 21.03.2024 09:14"],
          ["Snekvik, Geir Arne", "Nestleder", "Signert 21.03.2024 10:02"],
          ["Follo, Ingrid Bakås", "Styremedlem", "Signert 21.03.2024 13:47"],
          ["Rønning, Tor Inge", "Styremedlem", "Signert 22.03.2024 07:55"],
          ["Hoel, Lene Merete", "Styremedlem", "Signert 22.03.2024 08:31"],
          ["Bratberg, Kjell Ove", "Daglig leder", "Signert 22.03.2024 11:20"]]),
    ]
    return {
        "name": "grytdal-vekst-2023", "year": 2023, "title": "Grytdal Vekst AS – Årsrapport 2023",
        "organization": {"name": "Grytdal Vekst AS", "founded_year": 1991, "address": "Grytdalsvegen 12, 7300 Orkanger",
                         "owners": [{"name": "Orkland kommune", "share_percent": 51},
                                    {"name": "Skaun kommune", "share_percent": 25},
                                    {"name": "Rindal kommune", "share_percent": 24}]},
        "ceo": "Kjell Ove Bratberg", "board": board, "items": items, "renditions": ["docx", "pdf"],
        "programs": {"VTA": 38, "AFT": 26}, "not_places": ["Grytdalsvegen 12, 7300 Orkanger"],
        "places_optional": ["Grytdalsvegen"],
        "footer": "Grytdal Vekst AS · Årsrapport 2023 · side {PAGE}",
        "notes": "A vekstbedrift's årsrapport (2023, bokmål, Orkland). Places per program in a ruled table "
                 "(Tiltak | Godkjente plasser 31.12. | Deltakere i løpet av året | Årsverk veiledere) with a Sum "
                 "row; AFT results per outcome with shares (the 100 % sum optional). Board as 'Name, role' "
                 "bullets, the employee member 'styremedlem valgt av de ansatte', one deputy. An e-signature "
                 "page lists 'Surname, Given names' with roles and times, the daglig leder among them.",
    }


# ---------- 6. nynorsk kyrkjeleg fellesråd, DOCX + .doc + PDF ----------

def etne_fellesrad_2022() -> dict:
    cols = [Col("Rekneskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET), Col("Rekneskap 2021", 2021)]
    drift = Statement(
        "Driftsrekneskap", cols,
        income("nn", 3,
               [("Tilskot frå kommunen", "", [6_150_000, 6_150_000, 5_900_000]),
                ("Sal, avgifter og gebyr", "", [412_880, 380_000, 398_115]),
                ("Refusjonar", "3", [702_414, 520_000, 655_230]), ("Andre overføringar", "", [318_000, 300_000, 296_500])],
               [("Lønsutgifter", "2", [4_388_206, 4_420_000, 4_215_770]), ("Sosiale utgifter", "2", [1_151_640, 1_160_000, 1_098_325]),
                ("Kjøp av varer og tenester", "", [1_702_338, 1_540_000, 1_612_004]),
                ("Overføringar til sokneråda", "", [120_000, 120_000, 120_000]),
                ("Avskrivingar", "4", [96_500, 96_500, 96_500])],
               [("Renteinntekter", "", [22_410, 8_000, 6_118])],
               labels={"sum_cost": "Sum driftsutgifter", "cost": "Driftsutgifter", "op": "Brutto driftsresultat",
                       "fin": "Finansinntekter", "net_fin": None, "result": "Netto driftsresultat"}),
        note_col="Note", render="ruled")
    bal = Statement(
        "Balanse", [Col("31.12.2022", 2022), Col("31.12.2021", 2021)],
        balance("nn", 2,
                [("Bygningar og anlegg", "4", [1_930_000, 2_026_500])],
                [("Kortsiktige fordringar", "", [386_112, 301_450]), ("Bankinnskot", "", "plug")],
                [("Disposisjonsfond", "5", [727_680, 580_660]), ("Kapitalkonto", "", [1_930_000, 2_026_500])],
                [("Pensjonsforplikting", "", [512_300, 498_700])],
                [("Kortsiktig gjeld", "", [684_905, 612_204])]),
        note_col="Note", render="ruled")
    board = [("Gunnhild Rullestad Vik", "LEDE", None), ("Sigrun Hovda Fjelde", "NEST", None),
             ("Kjetil Enge Hamre", "MEDL", None), ("Arnfinn Tveit", "MEDL", None),
             ("Halvor Stødle Bjelland", "MEDL", None), ("Ingeborg Sandvik Aasheim", "MEDL", None),
             ("Oddbjørn Sæbø", "VARA", None), ("Åse Marie Stakland", "VARA", None), ("Torstein Ulvøen", "VARA", None),
             ("Rannveig Hidle", "VARA", None), ("Mona Birkeland", "VARA", None), ("Lars Erik Førde", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2022 for Etne kyrkjelege fellesråd"),
        ("h", 2, "1 Innleiing"),
        ("p", "Kyrkjeleg fellesråd har ansvar for bygging, drift og vedlikehald av kyrkjer og gravplassar, og er "
              "arbeidsgjevar for dei tilsette i kyrkja i {g:Etne}. Fellesrådet samordnar arbeidet i dei to "
              "sokna, {g:Etne} og {g:Skånevik}, og fører dialogen med kommunen om løyvingar."),
        ("h", 2, "2 Samansetjing av fellesrådet"),
        ("p", "Fellesrådet har i 2022 hatt desse medlemane med personlege varamedlemer:"),
        ("table", [["Valt av", "Medlem", "Verv", "Personleg vara"],
                   ["Etne sokneråd", "Gunnhild Rullestad Vik", "Leiar", "Oddbjørn Sæbø"],
                   ["Etne sokneråd", "Kjetil Enge Hamre", "Medlem", "Åse Marie Stakland"],
                   ["Skånevik sokneråd", "Sigrun Hovda Fjelde", "Nestleiar", "Torstein Ulvøen"],
                   ["Skånevik sokneråd", "Arnfinn Tveit", "Medlem", "Rannveig Hidle"],
                   ["{g:Etne} kommune", "Halvor Stødle Bjelland", "Medlem", "Mona Birkeland"],
                   ["Biskopen", "Ingeborg Sandvik Aasheim, prost", "Medlem", "Lars Erik Førde, sokneprest"]],
         {"gold_rows": False}),
        ("p", "Dagleg leiar er kyrkjeverje Bjørg Tjelmeland Nes. Ho er sekretær for fellesrådet og har møte- og "
              "talerett i alle møta."),
        ("p", "Fellesrådet har hatt 6 møte og handsama 38 saker. Arbeidsutvalet (leiar, nestleiar og "
              "kyrkjeverja) har hatt 4 møte."),
        ("h", 2, "3 Tilsette"),
        ("table", [["Stilling", "Namn", "Stillingsprosent"],
                   ["Kyrkjeverje", "Bjørg Tjelmeland Nes", "{p:100 %}"],
                   ["Organist", "Dagny Fjellstad", "{p:80 %}"],
                   ["Kyrkjetenar og gravplassarbeidar", "Olav Hestvik", "{p:100 %}"],
                   ["Kyrkjetenar, {g:Skånevik}", "Torunn Vågen", "{p:40 %}"],
                   ["Trusopplærar", "Ane Sofie Lothe", "{p:60 %}"]], {"gold_rows": False}),
        ("p", "Sjukefråværet var {p:3,4 prosent|sjukefråværet} i 2022, mot {p:6,1 prosent|sjukefråværet} året før. "
              "Av dei fem tilsette er tre kvinner."),
        ("h", 2, "4 Kyrkjer og gravplassar"),
        ("p", "Fellesrådet forvaltar fire kyrkjer: {g:Etne} kyrkje, {g?:Grindheim} kyrkje, {g:Skånevik} kyrkje og "
              "{g?:Fjæra} kyrkje, og fem gravplassar. Taket på {g?:Grindheim} kyrkje vart skifta i 2022 med "
              "støtte frå Kyrkjebyggfondet."),
        ("p", "Det var 41 gravferder og 29 dåpshandlingar i kyrkjene i {g:Etne kommune|Etne} i 2022."),
        ("h", 2, "5 Økonomi"),
        ("p", "Rekneskapen viser eit netto driftsresultat på kr 147 020, som er sett av til disposisjonsfond. "
              "Tilskotet frå kommunen utgjer om lag {p:81 prosent|tilskotet frå kommunen} av driftsinntektene."),
        ("stmt", drift, {"title": "Driftsrekneskap 2022"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2022"}),
        ("sign", "{g:Etne}, 23. februar 2023",
         [("Gunnhild Rullestad Vik", "leiar"), ("Bjørg Tjelmeland Nes", "kyrkjeverje")], {"cols": 2}),
    ]
    return {
        "name": "etne-fellesrad-2022", "year": 2022, "title": "Årsmelding 2022 – Etne kyrkjelege fellesråd",
        "organization": {"name": "Etne kyrkjelege fellesråd"},
        "ceo": "Bjørg Tjelmeland Nes", "board": board, "items": items, "renditions": ["docx", "doc", "pdf"],
        "heading_colour": "5A2A1F", "not_places": ["Etne sokneråd", "Skånevik sokneråd"],
        "not_board": ["Dagny Fjellstad", "Olav Hestvik", "Torunn Vågen", "Ane Sofie Lothe"],
        "notes": "Nynorsk årsmelding (2022) of a kyrkjeleg fellesråd. The council is the board: a ruled table "
                 "Valt av | Medlem | Verv | Personleg vara (two per sokneråd, one from the kommune, the prost "
                 "appointed by the bishop, each with a personal deputy: six VARA; a title after a comma in two "
                 "cells). The kyrkjeverje is named as dagleg leiar (ceo) and stands first in a staff table with "
                 "stillingsprosent (percentages about each post). Municipal-style statements (Driftsrekneskap "
                 "with Brutto/Netto driftsresultat; a budget column, optional).",
    }


# ---------- 7. foundation with a board (portrait collage) and a council, DOCX + PDF ----------

def ravnefjell_leirsted_2017() -> dict:
    res = Dash(
        "Resultatregnskap", [Col("2017", 2017), Col("2016", 2016)],
        income("nb", 2,
               [("Leieinntekter leirsted", "", [1_214_600, 1_102_850]), ("Gaver og kollekter", "", [286_410, 301_990]),
                ("Offentlige tilskudd", "2", [150_000, 120_000])],
               [("Lønn og sosiale kostnader", "3", [712_905, 688_410]), ("Mat og forbruksvarer", "", [302_118, 281_402]),
                ("Strøm og oppvarming", "", [164_330, 171_208]), ("Vedlikehold", "", [262_700, 141_905]),
                ("Avskrivninger", "4", [88_000, 88_000]), ("Andre driftskostnader", "", [121_478, 109_630])],
               [("Renteinntekter", "", [4_115, 3_920]), ("Rentekostnader", "", [-41_820, -44_300])]),
        note_col="Note", render="unruled")
    bal = Dash(
        "Balanse", [Col("31.12.2017", 2017), Col("31.12.2016", 2016)],
        balance("nb", 2,
                [("Bygninger og tomt", "4", [3_412_000, 3_500_000])],
                [("Fordringer", "", [61_300, 48_115]), ("Bankinnskudd", "", "plug")],
                [("Grunnkapital", "", [100_000, 100_000]), ("Annen egenkapital", "", [1_164_622, 1_202_848])],
                [("Lån i Sparebanken Sør", "5", [1_940_000, 2_040_000])],
                [("Leverandørgjeld", "", [88_412, 74_219]), ("Annen kortsiktig gjeld", "", [126_540, 118_306])]),
        note_col="Note", render="unruled")
    board = [("Terje Lindeland", "LEDE", None), ("Anne Kathrine Skailand", "NEST", None),
             ("Jørund Haugland", "MEDL", None), ("Maren Tonstad Espeland", "MEDL", None),
             ("Eirik Netland", "VARA", None)]
    items = [
        ("h", 1, "Stiftelsen Ravnefjell Leirsted – Årsberetning 2017"),
        ("p", "Stiftelsen Ravnefjell Leirsted driver leirstedet ved Ravnefjellvatnet i {g:Sirdal}, ti kilometer "
              "nord for {g:Tonstad}. Stiftelsen ble opprettet i 1968 av fem menigheter og kristne lag i {g:Agder} og "
              "{g:Rogaland}, og har som formål å drive et leirsted for barn og unge."),
        ("h", 2, "Stiftelsens organer"),
        ("p", "Stiftelsen ledes av et styre på fire medlemmer med én vara, oppnevnt av rådet for to år om gangen. "
              "Styret i 2017:"),
        ("collage", [("Terje Lindeland", "Styreleder"), ("Anne Kathrine Skailand", "Nestleder"),
                     ("Jørund Haugland", "Styremedlem"), ("Maren Tonstad Espeland", "Styremedlem"),
                     ("Eirik Netland", "Varamedlem")], {"per_row": 3, "title": "Styret 2017"}),
        ("p", "Stiftelsens råd består av én representant fra hver av stifterne og møtes to ganger i året. Rådet "
              "godkjenner årsberetning og regnskap og oppnevner styret. Rådet har i 2017 bestått av Solfrid "
              "Ousdal (leder), Bjarne Øksendal, Tonje Kvinlaug, Reidar Liland og Helga Sandstøl."),
        ("p", "Daglig leder (leirsjef) har vært Kåre Tjørhom i {p:80 %|leirsjef} stilling. I sommersesongen "
              "har leirstedet i tillegg 4 sesongansatte."),
        ("h", 2, "Virksomheten i 2017"),
        ("p", "Det var 4 870 overnattinger i 2017, mot 4 410 året før. Belegget i helgene var {p:61 %|belegget}. "
              "Sommerleirene hadde 312 deltakere fra hele landsdelen, og 14 skoleklasser hadde leirskoleopphold."),
        ("p", "På dugnad ble det nye naustet ferdigstilt og stien rundt vatnet merket. Vedlikeholdet av "
              "hovedhuset økte kostnadene, men ble dekket av en gave fra Ravnefjellets venner."),
        ("h", 2, "Arbeidsmiljø og ytre miljø"),
        ("p", "Sykefraværet var lavt. Stiftelsen fyrer med ved fra egen skog og har ingen utslipp utover "
              "vanlig avløp til godkjent renseanlegg."),
        ("h", 2, "Økonomi"),
        ("p", "Årets resultat ble et underskudd på kr 38 226, som er dekket av annen egenkapital. Styret "
              "mener at forutsetningen om fortsatt drift er til stede."),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2017"}),
        ("sign", "{g:Tonstad}, 8. mars 2018",
         [("Terje Lindeland", ""), ("Anne Kathrine Skailand", ""), ("Jørund Haugland", ""),
          ("Maren Tonstad Espeland", ""), ("Kåre Tjørhom", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "ravnefjell-leirsted-2017", "year": 2017, "title": "Årsberetning 2017 – Stiftelsen Ravnefjell Leirsted",
        "organization": {"name": "Stiftelsen Ravnefjell Leirsted", "founded_year": 1968},
        "ceo": "Kåre Tjørhom", "board": board, "items": items, "renditions": ["docx", "pdf"],
        "not_places": ["Maren Tonstad Espeland"], "places_optional": ["Ravnefjellvatnet"],
        "not_board": ["Solfrid Ousdal", "Bjarne Øksendal", "Tonje Kvinlaug", "Reidar Liland", "Helga Sandstøl"],
        "notes": "A leirsted foundation (2017, bokmål, Sirdal). The board appears only in a portrait collage "
                 "picture (names and roles printed under the faces, inside the image) and in signatures with "
                 "names only; a board member's middle name is a village named in the text (Tonstad). The "
                 "foundation's council (råd) is named in prose with its leader: not board. Daglig leder as "
                 "'(leirsjef)'. Statements unruled with en-dash negatives.",
    }


# ---------- 8. kommunalt foretak, web page printed by Chromium ----------

def drangedal_eiendom_2021() -> dict:
    cols = [Col("Regnskap 2021", 2021), Col("Regulert budsjett 2021", 2021, BUDGET), Col("Regnskap 2020", 2020)]
    drift = Statement(
        "Driftsregnskap", cols,
        income("nb", 3,
               [("Husleieinntekter fra kommunen", "", [21_406_000, 21_400_000, 20_884_000]),
                ("Andre leieinntekter", "", [2_118_640, 2_000_000, 1_962_315]),
                ("Refusjoner", "", [604_212, 450_000, 688_120])],
               [("Lønn og sosiale utgifter", "", [8_402_118, 8_510_000, 8_115_660]),
                ("Kjøp av varer og tjenester", "", [9_886_402, 9_700_000, 9_310_884]),
                ("Avskrivninger", "", [3_210_000, 3_210_000, 3_105_000])],
               [("Renteinntekter", "", [48_300, 40_000, 22_905]), ("Renteutgifter", "", [-2_017_440, -2_100_000, -1_984_210])],
               labels={"sum_cost": "Sum driftsutgifter", "cost": "Driftsutgifter", "op": "Brutto driftsresultat",
                       "fin": "Finansposter", "net_fin": "Netto finansutgifter", "result": "Netto driftsresultat"}),
        render="ruled")
    bal = Statement(
        "Balanseregnskap", [Col("31.12.2021", 2021), Col("31.12.2020", 2020)],
        balance("nb", 2,
                [("Bygninger og anlegg", "", [88_412_000, 86_940_000]), ("Utstyr og maskiner", "", [1_206_000, 1_318_000])],
                [("Kortsiktige fordringer", "", [1_841_120, 1_502_332]), ("Bankinnskudd", "", "plug")],
                [("Disposisjonsfond", "", [2_410_512, 1_796_220]), ("Kapitalkonto", "", [14_218_000, 13_602_000])],
                [("Lån", "", [71_400_000, 70_656_000])],
                [("Kortsiktig gjeld", "", [3_214_884, 3_380_414])]),
        render="ruled")
    board = [("Hilde Tørnquist Bø", "LEDE", False), ("Anders Lia Kilen", "NEST", False),
             ("Torhild Fjellvang", "MEDL", False), ("Erlend Bakkestuen", "MEDL", False),
             ("Monica Flatland", "MEDL", True),
             ("Øystein Kleppe", "VARA", None), ("Gro Solum", "VARA", None), ("Trond Hegna", "VARA", None),
             ("Ragnar Storm", "VARA", None), ("Pål Tveitereid", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning 2021 – Drangedal Eiendom KF"),
        ("p", "Drangedal Eiendom KF er et kommunalt foretak etter kommuneloven, eid {p:100 %|eid} av {g:Drangedal} "
              "kommune. Foretaket eier, forvalter og drifter kommunens bygg: skoler, barnehager, sykehjem, "
              "rådhuset og 64 utleieboliger i {g:Prestestranda}, {g:Tørdal} og {g:Bostrak}."),
        ("h", 2, "Styret"),
        ("p", "Styret er valgt av kommunestyret for perioden 2019–2023. Ansattes representant med vara er valgt "
              "av og blant de ansatte i foretaket."),
        ("table", [["Verv", "Navn", "Personlig varamedlem"],
                   ["Leder", "Hilde Tørnquist Bø", "Øystein Kleppe"],
                   ["Nestleder", "Anders Lia Kilen", "Gro Solum"],
                   ["Medlem", "Torhild Fjellvang", "Trond Hegna"],
                   ["Medlem", "Erlend Bakkestuen", "Ragnar Storm"],
                   ["Ansattes representant", "Monica Flatland", "Pål Tveitereid"]], {"gold_rows": False}),
        ("p", "Daglig leder er Sverre Ekornrød. Ordfører Tove Haugland og kommunedirektør Arne Olav Kåsin har "
              "orientert styret om kommunens budsjett og planer for skolebygg i to av møtene."),
        ("p", "Styret har hatt 9 møter og behandlet 57 saker i 2021."),
        ("h", 2, "Drift og prosjekter"),
        ("p", "Ombyggingen av {g:Tørdal} skole til flerbrukshus ble fullført i august. Energibruken i kommunale bygg "
              "gikk ned med {p:6,3 prosent|energibruken} fra 2020, blant annet etter utskifting av belysning "
              "på {g:Drangedal} sykehjem."),
        ("p", "Sykefraværet i foretaket var {p:8,4 %|sykefraværet} (2020: {p:7,9 %|sykefraværet}). Foretaket "
              "har 19 ansatte; 7 er kvinner."),
        ("h", 2, "Økonomi"),
        ("p", "Foretaket fikk et netto driftsresultat på kr 661 192 mot et budsjettert resultat på kr 370 000. "
              "Mindreforbruket er satt av til disposisjonsfond."),
        ("stmt", drift, {"title": "Driftsregnskap 2021"}),
        ("stmt", bal, {"title": "Balanseregnskap pr. 31.12.2021"}),
        ("p", "{g:Prestestranda}, 2. mars 2022 – Styret i Drangedal Eiendom KF", {"italic": True}),
    ]
    site = {"name": "{g:Drangedal} kommune",
            "menu": ["Tjenester", "Politikk og organisasjon", "Kommunale foretak", "Kontakt oss"],
            "crumb": "Forside › Politikk og organisasjon › Kommunale foretak › Drangedal Eiendom KF › Årsberetning 2021",
            "meta": "Publisert 11.03.2022 · Sist oppdatert 14.03.2022",
            "footer": ["{g:Drangedal} kommune · Gudbrandsvegen 7, 3750 {g:Drangedal} · Telefon 35 99 70 00",
                       "Org.nr. 964 963 584 · Personvern · Tilgjengelighetserklæring"]}
    return {
        "name": "drangedal-eiendom-2021", "year": 2021, "title": "Årsberetning 2021 – Drangedal Eiendom KF",
        "organization": {"name": "Drangedal Eiendom KF"},
        "ceo": "Sverre Ekornrød", "board": board, "items": items, "renditions": ["web"], "site": site,
        "page_file": "arsberetning-2021", "accent": "2B5D34", "places_optional": ["Gudbrandsvegen"],
        "not_board": ["Tove Haugland", "Arne Olav Kåsin"],
        "notes": "A kommunalt foretak's årsberetning (2021, bokmål) published as a page on the municipality's "
                 "web site and printed by the browser with its header and footer lines (site menu, "
                 "breadcrumb, publication date, the municipality's footer). Board in a ruled Verv | Navn | "
                 "Personlig varamedlem table: five deputies (VARA); 'Ansattes representant' is MEDL "
                 "chosen by the employees. The ordfører and kommunedirektør are named with their titles as "
                 "having briefed the board: not board members. Municipal-style "
                 "statements with a Regulert budsjett column (optional).",
    }


REPORTS = [grytdal_vekst_2023, etne_fellesrad_2022, ravnefjell_leirsted_2017, drangedal_eiendom_2021]
