"""Forty-ninth set, part A: a hamn IKS, a revisjon IKS and a legevakt IKS, nynorsk, all invented
(real places only). Layout items are the fifteenth set's (``h15_render``) and earlier sets'."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Line, Statement

import h49_common as mun


def _pct(a: float, b: float) -> str:
    return f"{a / b * 100:.1f}".replace(".", ",")


# ---------- 1 hamn IKS, Stord / Fitjar / Bømlo, 2019 ----------

def sunnhordland_hamn() -> dict:
    name = "Sunnhordland Hamnesamarbeid IKS"
    board = [("Kari Helland Tveit", "LEDE", False), ("Sigmund Aasen", "NEST", False),
             ("Ragnhild Opsal", "MEDL", False), ("Tor Inge Lunde", "MEDL", False),
             ("Mette Sørheim", "MEDL", True), ("Asbjørn Kvinge", "VARA", None),
             ("Liv Heggland", "VARA", None), ("Bjarte Hovland", "VARA", None)]
    cols = [Col("Rekneskap 2019", 2019), Col("Regulert budsjett 2019", 2019, BUDGET),
            Col("Opphavleg budsjett 2019", 2019, BUDGET), Col("Rekneskap 2018", 2018)]
    drift = Statement("Økonomisk oversikt drift", cols, mun.drift(
        4,
        inc=[("Brukarbetalingar og hamneavgifter", [9_412_330, 9_150_000, 8_900_000, 8_870_415]),
             ("Andre sals- og leigeinntekter", [3_208_114, 3_300_000, 3_300_000, 3_011_960]),
             ("Overføringar med krav til motyting", [412_900, 350_000, 200_000, 388_214]),
             ("Andre overføringar", [75_000, 75_000, 75_000, 0])],
        cost=[("Lønsutgifter", [3_880_412, 3_950_000, 3_850_000, 3_706_118]),
              ("Sosiale utgifter", [1_021_877, 1_080_000, 1_050_000, 992_340]),
              ("Kjøp av varer og tenester", [4_310_265, 4_240_000, 4_100_000, 4_018_771]),
              ("Overføringar", [310_000, 310_000, 310_000, 295_000]),
              ("Avskrivingar", [1_905_400, 1_900_000, 1_900_000, 1_842_600])],
        fin_inc=[("Renteinntekter", [88_215, 60_000, 60_000, 51_330])],
        fin_cost=[("Renteutgifter og låneomkostnader", [702_118, 740_000, 740_000, 688_420]),
                  ("Avdrag på lån", [1_500_000, 1_500_000, 1_500_000, 1_500_000])],
        fond=[("Netto avsetjing til disposisjonsfond", [-1_000_000, -800_000, -600_000, -700_000])]),
        label_header="Beløp i kr", thousands=" ")
    res = next(l for l in drift.lines if l.label.startswith("Rekneskapsmessig"))  # into the balance's equity
    bal = Statement("Balanse", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)], mun.balance(
        2,
        fixed=[("Kaianlegg og bygningar", [41_208_700, 42_611_300]), ("Maskiner og utstyr", [1_804_200, 1_510_000]),
               ("Pensjonsmidlar", [11_902_114, 11_204_870])],
        current=[("Kortsiktige fordringar", [1_612_408, 1_498_200]), ("Bankinnskot", "plug")],
        equity=[("Disposisjonsfond", [3_905_000, 2_905_000]), ("Kapitalkonto", [9_312_900, 8_421_300]),
                ("Rekneskapsmessig mindreforbruk", [res.values[0], res.values[3]])],
        long=[("Pensjonsforplikting", [13_410_220, 12_805_119]), ("Lån", [26_500_000, 28_000_000])],
        short=[("Leverandørgjeld og anna kortsiktig gjeld", [2_714_300, 2_388_651])]),
        label_header="Beløp i kr")
    result_2019 = res.values[0]
    letter = ("Hamnane våre hadde eit travelt år. Talet på anløp auka for fjerde året på rad, og den nye "
              "flytekaia i {g:Sagvåg} vart teken i bruk i mai. Eg vil takke representantskapet og leiaren "
              "Jorunn Eide for godt samarbeid, losoldermann Arvid Storebø i Kystverket for hjelp med "
              "farleisarbeidet, og ikkje minst hamnebetjent Kjell Rommetveit, som gjekk av med pensjon "
              "etter 31 år på kaia.")
    items = [
        ("p", name, {"bold": True, "size": 20}),
        ("p", "Årsmelding og årsrekneskap 2019", {"size": 14}),
        ("p", "Org.nr. 984 221 506 · Hamnegata 12, 5411 {g:Stord} · post@shamn.no · Telefon 53 41 20 00"),
        ("photo", 0, 5, "Den nye flytekaia i {g:Sagvåg} opna i mai. Foto: Øystein Bjelland"),
        ("toc", [("1 Dagleg leiar har ordet", 2), ("2 Om selskapet", 2), ("3 Representantskap og styre", 3),
                 ("4 Drifta i 2019", 4), ("5 Økonomi", 5), ("6 Årsrekneskap", 6)], {"title": "Innhald"}),
        ("break",),
        ("h", 1, "1 Dagleg leiar har ordet"),
        ("p", letter),
        ("p", "{g:Stord}, februar 2020", {"italic": True}),
        ("p", "Øystein Bjelland\ndagleg leiar / hamnesjef"),
        ("h", 1, "2 Om selskapet"),
        ("p", f"{name} er eit interkommunalt selskap etter lov om interkommunale selskap, skipa i 2003. "
              "Selskapet har ansvaret for kommunale kaiar, hamneområde og farleier i dei tre eigarkommunane, "
              "og forvaltar oppgåvene etter hamne- og farvasslova på vegner av kommunane. Hovudkontoret ligg "
              "i {g:Leirvik}."),
        ("p", "Eigarane har slik eigardel og slikt ansvar for selskapet sine plikter:"),
        ("table", [["Deltakar", "Eigardel", "Ansvarsdel"],
                   ["{g:Stord} kommune", "{p:45 %}", "{p:48 %}"],
                   ["{g:Bømlo} kommune", "{p:35 %}", "{p:34 %}"],
                   ["{g:Fitjar} kommune", "{p:20 %}", "{p:18 %}"]], {"widths": [6, 3, 3]}),
        ("h", 1, "3 Representantskap og styre"),
        ("h", 2, "Representantskapet"),
        ("p", "Representantskapet er det øvste organet i selskapet. Kvar deltakarkommune vel éin "
              "representant med to vararepresentantar i nummerert rekkjefølgje. Representantskapet hadde "
              "to møte i 2019 og handsama 14 saker."),
        ("table", [["Kommune", "Representant", "1. vararepresentant", "2. vararepresentant"],
                   ["{g:Stord}", "Jorunn Eide (leiar)", "Nils Kåre Valvatne", "Brit Aarskog Hauge"],
                   ["{g:Bømlo}", "Harald Tysse (nestleiar)", "Synnøve Lygre", "Jan Ove Eriksen"],
                   ["{g:Fitjar}", "Marit Vikanes", "Endre Sæbø", "Gro Solheim Kalvenes"]], {"size": 9}),
        ("h", 2, "Styret"),
        ("p", "Representantskapet valde nytt styre i møtet 24. april 2018 for perioden 2018–2020. "
              "Styret har i 2019 vore samansett slik:"),
        ("li", "Kari Helland Tveit, styreleiar"),
        ("li", "Sigmund Aasen, nestleiar"),
        ("li", "Ragnhild Opsal, styremedlem"),
        ("li", "Tor Inge Lunde, styremedlem"),
        ("li", "Mette Sørheim, styremedlem, vald av og blant dei tilsette"),
        ("p", "Varamedlemer i nummerert rekkjefølgje: 1. Asbjørn Kvinge, 2. Liv Heggland. "
              "Personleg vara for tilsetterepresentanten er Bjarte Hovland."),
        ("p", "Styret hadde seks møte og handsama 41 saker. Dagleg leiar er sekretær for styret. Styret har "
              "ikkje teikna eiga styreansvarsforsikring; selskapet er med i ordninga til {g:Stord} kommune."),
        ("h", 2, "Administrasjonen"),
        ("table", [["Funksjon", "Namn"], ["Dagleg leiar / hamnesjef", "Øystein Bjelland"],
                   ["Hamnebetjent", "Kjell Rommetveit (til 30.09.)"], ["Hamnebetjent", "Ingvild Tofteland"],
                   ["Konsulent økonomi og fakturering", "Bjarte Hovland"]], {"ruled": False}),
        ("p", "Selskapet hadde ved utgangen av året fem tilsette i 4,6 årsverk. Sjukefråværet var "
              "{p:3,1 %|sjukefråværet} mot {p?:4,4 %} året før. Av dei tilsette er to kvinner og tre menn."),
        ("break",),
        ("h", 1, "4 Drifta i 2019"),
        ("p", "Tabellen viser anløp av fartøy over 500 bruttotonn til dei største hamnene."),
        ("table", [["Hamn", "Anløp 2019", "Anløp 2018", "Endring"],
                   ["{g:Leirvik}", "612", "574", "{p:6,6 %}"],
                   ["{g:Sagvåg}", "298", "301", "{p:-1,0 %}"],
                   ["{g:Rubbestadneset}", "244", "219", "{p:11,4 %}"],
                   ["Sum", "1 154", "1 094", "{p:5,5 %}"]], {"size": 9}),
        ("p", "Godsmengda over kaiane var 612 000 tonn. Det vart gjennomført tre ISPS-øvingar saman med "
              "Politiet og {g:Stord} brannvesen."),
        ("h", 1, "5 Økonomi"),
        ("p", "Driftsrekneskapen er ført etter dei kommunale rekneskapsreglane. Netto driftsresultat vart "
              "betre enn regulert budsjett, hovudsakleg på grunn av høgare hamneavgifter. Etter avsetjing til "
              "disposisjonsfond er det eit rekneskapsmessig mindreforbruk på kr "
              f"{drift.fmt(result_2019)}, som styret gjer framlegg om å setje av til disposisjonsfond."),
        ("p", "Rekneskapen er revidert av Vestrevisjonen IKS ved oppdragsansvarleg revisor Linda Grønås."),
        ("break",),
        ("h", 1, "6 Årsrekneskap"),
        ("stmt", drift),
        ("stmt", bal),
        ("sign", "{g:Stord}, 20. februar 2020",
         [("Kari Helland Tveit", "Styreleiar"), ("Sigmund Aasen", "Nestleiar"), ("Ragnhild Opsal", "Styremedlem"),
          ("Tor Inge Lunde", "Styremedlem"), ("Mette Sørheim", "Styremedlem"), ("Øystein Bjelland", "Dagleg leiar")]),
    ]
    return {
        "name": "sunnhordland-hamn-iks-2019", "lang": "nn", "year": 2019,
        "title": f"{name} – Årsmelding 2019",
        "header": f"{name} – Årsmelding 2019", "header_align": "right",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": name, "email": "post@shamn.no", "phone": "53 41 20 00",
                         "address": "Hamnegata 12, 5411 Stord",
                         "owners": [{"name": "Stord kommune", "share_percent": 45},
                                    {"name": "Bømlo kommune", "share_percent": 35},
                                    {"name": "Fitjar kommune", "share_percent": 20}]},
        "ceo": "Øystein Bjelland", "board": board, "emp_known": True,
        "not_board": ["Jorunn Eide", "Harald Tysse", "Marit Vikanes", "Nils Kåre Valvatne", "Arvid Storebø",
                      "Kjell Rommetveit", "Linda Grønås", "Ingvild Tofteland"],
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "Hamn IKS: representantskap with two numbered vararepresentantar per owner beside the "
                 "styre in bullets ('Name, role'); eigardel beside a different ansvarsdel; four-column "
                 "driftsrekneskap (Rekneskap | Regulert | Opphavleg | Rekneskap i fjor).",
    }


# ---------- 2 revisjon IKS, Hardanger, 2011 ----------

def hardanger_revisjon() -> dict:
    name = "Hardanger kommunerevisjon IKS"
    board = [("Gunnar Skeie", "LEDE", False), ("Inger Marie Hus", "NEST", False),
             ("Terje Instanes", "MEDL", False), ("Randi Mæland", "MEDL", True),
             ("Eirik Ljones", "VARA", None)]
    cols = [Col("Rekneskap 2011", 2011), Col("Regulert budsjett 2011", 2011, BUDGET), Col("Rekneskap 2010", 2010)]
    drift = Statement("Driftsrekneskap", cols, mun.drift(
        3,
        inc=[("Sal av revisjonstenester til andre", [412_580, 380_000, 366_210]),
             ("Overføringar frå deltakarkommunane", [6_215_000, 6_215_000, 5_980_000]),
             ("Refusjon sjukepengar", [188_413, 0, 92_118])],
        cost=[("Lønsutgifter", [4_412_990, 4_390_000, 4_208_114]),
              ("Sosiale utgifter", [1_281_405, 1_300_000, 1_195_872]),
              ("Kjøp av varer og tenester", [897_311, 905_000, 860_504]),
              ("Avskrivingar", [64_200, 64_000, 58_900])],
        fin_inc=[("Renteinntekter", [41_308, 25_000, 30_112])],
        fin_cost=[("Renteutgifter", [1_205, 0, 988])],
        fond=[("Bruk av disposisjonsfond", [0, 20_000, 0]),
              ("Avsetjing til disposisjonsfond", [-150_000, -150_000, -100_000])]),
        label_header="", thousands=" ", above="Tal i heile kroner")
    res = next(l for l in drift.lines if l.label.startswith("Rekneskapsmessig"))  # into the balance's equity
    bal = Statement("Balanserekneskap", [Col("2011", 2011), Col("2010", 2010)], mun.balance(
        2,
        fixed=[("Inventar og IKT-utstyr", [192_600, 208_800]), ("Pensjonsmidlar", [5_802_331, 5_401_906])],
        current=[("Kortsiktige fordringar", [318_220, 402_115]), ("Bankinnskot", "plug")],
        equity=[("Disposisjonsfond", [640_000, 490_000]), ("Kapitalkonto", [-402_617, -388_430]),
                ("Rekneskapsmessig mindreforbruk", res.values[::2])],
        long=[("Pensjonsforplikting", [6_390_455, 5_990_381])],
        short=[("Skuldig skattetrekk og feriepengar", [1_096_100, 1_012_540])]),
        above="Tal i heile kroner")
    timar = [("{g:Odda}", 2610, 540), ("{g:Ullensvang}", 1880, 420), ("{g:Jondal}", 820, 160), ("{g:Kvam}", 2305, 610)]
    total = sum(a + b for _, a, b in timar)
    rows = [["Kommune", "Rekneskapsrevisjon", "Forvaltningsrevisjon", "Del av timane"]]
    rows += [[k, f"{a:,}".replace(",", " "), str(b), "{p:" + _pct(a + b, total) + " %}"] for k, a, b in timar]
    items = [
        ("p", name, {"bold": True, "size": 18}),
        ("p", "Årsmelding og rekneskap 2011", {"size": 13}),
        ("p", "Handsama i styret 14. februar 2012 og i representantskapet 8. mars 2012", {"italic": True}),
        ("h", 1, "1 Innleiing"),
        ("p", "Revisjonen har i 2011 levert rekneskapsrevisjon, forvaltningsrevisjon og selskapskontroll til "
              "dei fire deltakarkommunane. Styret takkar kontrollutvala for godt samarbeid, særleg "
              "kontrollutvalsleiarane Tormod Aga og Solveig Bergo, som begge gjekk ut etter valet i "
              "september. Sekretariatet for kontrollutvala har vore levert av Vestlandsregionen "
              "kontrollsekretariat ved Halvard Nes."),
        ("h", 1, "2 Organisering"),
        ("p", "Selskapet er eigd av {g:Odda} ({p:35 %|Odda}), {g:Kvam} ({p:30 %|Kvam}), {g:Ullensvang} "
              "({p:25 %|Ullensvang}) og {g:Jondal} ({p:10 %|Jondal}). Kontoret ligg i {g:Odda}, med "
              "ei avdeling i {g:Norheimsund}. Revisjonssjefen er dagleg leiar."),
        ("p", "Organa i selskapet ved utgangen av 2011:"),
        ("table", [["Representantskapet", "Styret", "Administrasjonen"],
                   ["Sigrid Lothe, leiar ({g:Kvam})", "Gunnar Skeie, styreleiar", "Åse Midtbø, revisjonssjef"],
                   ["Olav Bleie, nestleiar ({g:Odda})", "Inger Marie Hus, nestleiar", "Randi Mæland, revisor"],
                   ["Ragna Kvåle ({g:Ullensvang})", "Terje Instanes, styremedlem", "Petter Heradstveit, revisor"],
                   ["Knut Hovden ({g:Jondal})", "Randi Mæland, styremedlem (tilsettvald)", "Kristin Aksnes, forvaltningsrevisor"],
                   ["", "Eirik Ljones, varamedlem", "Lars Vikøren, forvaltningsrevisor"]],
         {"shade_header": "DCE6F0", "size": 9}),
        ("p", "Styret har hatt fem møte og handsama 27 saker. Representantskapet har hatt to møte. "
              "Den tilsettvalde styremedlemen har ikkje delteke i handsaminga av saker om lønn og "
              "personale."),
        ("h", 1, "3 Verksemda i 2011"),
        ("p", "Timar brukt på kvar deltakar:"),
        ("table", rows, {"size": 9}),
        ("p", "Det vart levert tre rapportar frå forvaltningsrevisjon, mellom anna om byggesakshandsaming "
              "og om innkjøp. Sjukefråværet var {p:5,8 %|sjukefråværet}, alt langtidsfråvær."),
        ("p", "Selskapet hadde ved utgangen av året åtte tilsette i 7,5 årsverk, fem kvinner og tre menn. "
              "To revisorar tok etterutdanning som statsautoriserte revisorar."),
        ("h", 1, "4 Rekneskap"),
        ("p", "Rekneskapen er ført etter kommunelova og forskrift om årsbudsjett, årsrekneskap og årsmelding "
              "for interkommunale selskap. Netto driftsresultat er godt og skriv seg frå refusjon av "
              "sjukepengar og sal til andre. Rekneskapen viser eit rekneskapsmessig resultat på kr "
              f"{drift.fmt(res.values[0])} etter avsetjing til disposisjonsfond."),
        ("stmt", drift, {"title": "Driftsrekneskap 2011"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2011"}),
        ("p", "Rekneskapen for selskapet er revidert av Grindheim & Lid AS ved statsautorisert revisor "
              "Ketil Lid, sidan selskapet ikkje kan revidere seg sjølv."),
        ("esign", "Signaturar", "Dette dokumentet er signert elektronisk av:",
         [["Skeie, Gunnar", "Styreleiar", "Signert 14.02.2012 16:02"],
          ["Hus, Inger Marie", "Nestleiar", "Signert 14.02.2012 18:40"],
          ["Instanes, Terje", "Styremedlem", "Signert 15.02.2012 07:55"],
          ["Mæland, Randi", "Styremedlem", "Signert 15.02.2012 09:12"],
          ["Midtbø, Åse", "Revisjonssjef", "Signert 14.02.2012 15:31"]]),
    ]
    return {
        "name": "hardanger-revisjon-iks-2011", "lang": "nn", "year": 2011,
        "title": f"{name} – Årsmelding 2011",
        "font": "Liberation Serif", "body_pt": 11,
        "organization": {"name": name,
                         "owners": [{"name": "Odda", "share_percent": 35}, {"name": "Kvam", "share_percent": 30},
                                    {"name": "Ullensvang", "share_percent": 25}, {"name": "Jondal", "share_percent": 10}]},
        "ceo": "Åse Midtbø", "board": board, "emp_known": True,
        "not_board": ["Sigrid Lothe", "Olav Bleie", "Ragna Kvåle", "Knut Hovden", "Tormod Aga", "Solveig Bergo",
                      "Halvard Nes", "Ketil Lid", "Petter Heradstveit"],
        "items": items, "renditions": ["docx", "doc"],
        "notes": "Revisjon IKS: representantskap, styre and administrasjon side by side in one three-column "
                 "table (the tilsettvald member also in the staff column); owners' shares in prose; "
                 "three-column driftsrekneskap; e-signature page 'Surname, Given names'.",
    }


# ---------- 3 legevakt IKS, Hareid / Ulstein / Sande, 2014 (scan) ----------

def hareidlandet_legevakt() -> dict:
    name = "Hareidlandet legevakt IKS"
    board = [("Helge Myrvoll", "LEDE", None), ("Anne Grete Brandal", "NEST", None),
             ("Svein Arne Kvalsund", "MEDL", None), ("Oddny Leite", "MEDL", None),
             ("Rune Gjerdsjø", "VARA", None)]
    inc = [9_318, 8_872]
    cost = [9_126, 8_955]
    fin = [-12, -9]
    netto = [i - c + f for i, c, f in zip(inc, cost, fin)]
    key = Statement("Nøkkeltal", [Col("2014", 2014), Col("2013", 2013)], [
        Line("Sum driftsinntekter", inc, key=True), Line("Sum driftsutgifter", cost, key=True),
        Line("Netto driftsresultat", netto, key=True)], unit=1000, label_header="Tal i 1000 kr")
    ratio = ["Netto driftsresultat målt mot driftsinntektene",
             "{p:" + _pct(netto[0], inc[0]) + " %}", "{p?:" + _pct(netto[1], inc[1]) + " %}"]
    items = [
        ("p", "ÅRSMELDING 2014", {"bold": True, "size": 16}),
        ("p", name, {"bold": True, "size": 13}),
        ("bh", "Om selskapet"),
        ("p", "Legevakta er eit interkommunalt selskap eigd av {g:Ulstein} kommune ({p:45 %|Ulstein}), "
              "{g:Hareid} kommune ({p:35 %|Hareid}) og {g:Sande} kommune ({p:20 %|Sande}). Legevakta held "
              "til i lokala til helsesenteret i {g:Ulsteinvik} og har ope frå kl. 16 til 08 på kvardagar "
              "og heile døgeret i helgar. Legevaktsjef Trond Myklebust er dagleg leiar."),
        ("p", "Representantskapet er ordførarane i dei tre kommunane, med Bjørg Hovden frå {g:Ulstein} som "
              "leiar. Representantskapet hadde eitt møte i 2014 og godkjende rekneskap og årsmelding for 2013."),
        ("bh", "Drifta"),
        ("p", "Legevakta hadde 6 412 kontaktar i 2014, ein auke på {p:4,2 %|auke på} frå året før. "
              "Om lag {p:61 %|av kontaktane var telefonar} av kontaktane var telefonar som vart avslutta utan "
              "oppmøte. Sjukepleiarane Grete Håvik og Ole Johan Bjørlykke har fullført vidareutdanning i "
              "akuttmedisin."),
        ("keytable", key, [ratio], {"title": "Nøkkeltal"}),
        ("p", "Det negative resultatet i 2013 vart dekt inn av fondet. Kommunane dekkjer driftsutgiftene "
              "etter eigardel."),
        ("sign", "{g:Ulsteinvik}, 12. februar 2015",
         [("Helge Myrvoll", "styreleiar"), ("Anne Grete Brandal", "nestleiar"), ("Svein Arne Kvalsund", "styremedlem"),
          ("Oddny Leite", "styremedlem"), ("Rune Gjerdsjø", "vara, møtte for Asle Rovde"),
          ("Trond Myklebust", "legevaktsjef")]),
    ]
    return {
        "name": "hareidlandet-legevakt-iks-2014", "lang": "nn", "year": 2014,
        "title": f"{name} – Årsmelding 2014", "font": "Liberation Serif", "body_pt": 11,
        "organization": {"name": name, "owners": [{"name": "Ulstein kommune", "share_percent": 45},
                                                 {"name": "Hareid kommune", "share_percent": 35},
                                                 {"name": "Sande kommune", "share_percent": 20}]},
        "ceo": "Trond Myklebust", "board": board, "board_optional": ["Asle Rovde"],
        "not_board": ["Bjørg Hovden", "Grete Håvik", "Ole Johan Bjørlykke"],
        "items": items, "renditions": ["docx", "scan"],
        "notes": "Legevakt IKS, scan: the board only in the signature block with lower-case titles, a "
                 "varamedlem signing 'vara, møtte for' an absent member (optional); a Nøkkeltal table "
                 "in 1000 kr with a ratio row.",
    }


REPORTS = [sunnhordland_hamn, hardanger_revisjon, hareidlandet_legevakt]
