"""Forty-ninth set, part B: a kulturhus KF, a renovasjon IKS and a brann og redning IKS, nynorsk,
all invented (real places only)."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Line, Statement, balance, income

import h49_common as mun

FILLER_KULTUR = [
    "Koronatiltaka prega første halvår. Frå januar til mai var salen stengd i fleire periodar, og "
    "det vart sett ned talet på publikum per framsyning. Vi nytta tida til å skifte ut lysriggen og "
    "til å øve inn nye rutinar for billettsal og publikumsflyt.",
    "Hausten vart betre enn venta. Dei lokale korpsa, teaterlaga og kulturskulen fekk nytte salen "
    "til leigepris, og vi hadde fleire utseld konsertar med artistar frå heile landet.",
    "Kinoen viste 214 filmar fordelt på 1 102 framsyningar. Barnefilmane på søndagar var best "
    "besøkte, medan operaoverføringane fekk eit nytt og trufast publikum.",
]


# ---------- 4 kulturhus KF, Kinn (Florø), 2021 ----------

def fjordsalen_kulturhus() -> dict:
    name = "Fjordsalen kulturhus KF"
    board = [("Ingrid Botnen", "LEDE", False), ("Per Olav Stavang", "NEST", False),
             ("Sunniva Grov Eikrem", "MEDL", False), ("Hanne Torvanger", "MEDL", False),
             ("Silje Natvik", "MEDL", True), ("Endre Krokeide", "VARA", None), ("Roar Eide", "VARA", None)]
    cols = [Col("Rekneskap 2021", 2021), Col("Regulert budsjett 2021", 2021, BUDGET),
            Col("Opphavleg budsjett 2021", 2021, BUDGET), Col("Rekneskap 2020", 2020)]
    drift = Statement("Økonomisk oversikt drift", cols, mun.drift(
        4,
        inc=[("Billettinntekter og brukarbetalingar", [4_208_315, 4_600_000, 5_900_000, 3_415_902]),
             ("Sals- og leigeinntekter", [1_912_440, 1_850_000, 2_300_000, 1_522_187]),
             ("Tilskot frå eigarkommunen", [6_850_000, 6_850_000, 6_850_000, 6_700_000]),
             ("Andre overføringar og tilskot", [1_402_118, 1_300_000, 300_000, 1_988_405])],
        cost=[("Lønsutgifter", [5_802_114, 5_900_000, 6_050_000, 5_611_087]),
              ("Sosiale utgifter", [1_544_907, 1_580_000, 1_620_000, 1_498_332]),
              ("Kjøp av varer og tenester", [5_912_330, 5_950_000, 6_450_000, 5_106_870]),
              ("Avskrivingar", [612_400, 612_000, 612_000, 598_100])],
        fin_inc=[("Renteinntekter", [8_210, 10_000, 10_000, 14_905])],
        fin_cost=[("Renteutgifter", [0, 0, 0, 0])],
        fond=[("Bruk av disposisjonsfond", [0, 250_000, 850_000, 0]),
              ("Avsetjing til disposisjonsfond", [-500_000, -400_000, 0, -700_000])]),
        label_header="Beløp i kroner")
    res = next(l for l in drift.lines if l.label.startswith("Rekneskapsmessig"))
    bal = Statement("Balanse", [Col("31.12.2021", 2021), Col("31.12.2020", 2020)], mun.balance(
        2,
        fixed=[("Lys-, lyd- og kinoutstyr", [3_104_500, 3_516_900]), ("Pensjonsmidlar", [8_114_230, 7_702_118])],
        current=[("Kortsiktige fordringar", [702_811, 588_420]), ("Bankinnskot", "plug")],
        equity=[("Disposisjonsfond", [2_650_000, 2_150_000]), ("Kapitalkonto", [-412_306, -301_774]),
                ("Rekneskapsmessig mindreforbruk", [res.values[0], res.values[3]])],
        long=[("Pensjonsforplikting", [9_205_880, 8_810_644])],
        short=[("Kortsiktig gjeld", [1_388_420, 1_214_305])]),
        label_header="Beløp i kroner")
    ansvar = [["Ansvar", "Rekneskap", "Regulert budsjett", "Avvik", "Prosentvis avvik"],
              ["Kino", "1 210 455", "1 300 000", "-89 545", "{p:-6,9 %}"],
              ["Konsertar og scene", "2 418 990", "2 250 000", "168 990", "{p:7,5 %}"],
              ["Kafé og utleige", "-406 118", "-350 000", "-56 118", "{p:16,0 %}"],
              ["Administrasjon og drift", "4 011 204", "4 050 000", "-38 796", "{p:-1,0 %}"]]
    staff = [["Funksjon", "Namn"], ["Dagleg leiar", "Kristine Waage"], ["Teknisk leiar", "Jostein Hatlenes"],
             ["Programansvarleg", "Maria Grønvik"], ["Kinomaskinist", "Atle Bruvik"],
             ["Kafé og utleige", "Reidun Sandal"], ["Publikumsvert", "Silje Natvik"]]
    items = [
        ("p", name, {"bold": True, "size": 22}),
        ("p", "Årsmelding 2021", {"size": 15}),
        ("photo", 4, 6, "{g:Florø} storband fylte salen på konserten 4. desember. Foto: Maria Grønvik"),
        ("p", "Strandgata 30, 6900 {g:Florø} · billett@fjordsalen.no · www.fjordsalen.no"),
        ("toc", [("1 Leiaren har ordet", 2), ("2 Organisering og styring", 3), ("3 Året i kulturhuset", 4),
                 ("4 Tilsette og arbeidsmiljø", 5), ("5 Økonomi", 6), ("6 Årsrekneskap 2021", 7)],
         {"title": "Innhald"}),
        ("break",),
        ("h", 1, "1 Leiaren har ordet"),
        ("p", "Nok eit år med pandemi er over, og eg er imponert over kor raskt dei tilsette har snudd seg "
              "rundt kvar gong reglane vart endra. Takk til kultursjef Arild Solvang i {g:Kinn} kommune for "
              "eit tett og godt samarbeid, til venneforeininga og leiaren Torunn Fure for dugnadsinnsatsen "
              "på kinoen, og til Håkon Sunde, som var dagleg leiar fram til 31. mars og som bygde opp "
              "programverksemda i huset."),
        ("p", "Ingrid Botnen\nstyreleiar", {"italic": True}),
        ("h", 1, "2 Organisering og styring"),
        ("p", f"{name} er eit kommunalt foretak etter kommunelova kapittel 9, heileigd av {{g:Kinn}} kommune. "
              "Foretaket driv kulturhuset med storsal, kinosal og kafé i sentrum av {g:Florø}. Styret "
              "vert valt av kommunestyret, og dagleg leiar er tilsett av styret."),
        ("h", 2, "Styret"),
        ("p", "Kommunestyret gjorde dette vedtaket i sak 031/20 den 13. februar 2020:"),
        ("quote", f"Som styre for {name} for perioden 2020–2023 vert desse valde:\n"
                  "Leiar: Ingrid Botnen (H)\nNestleiar: Per Olav Stavang (Ap)\nMedlem: Sunniva Grov Eikrem (Sp)\n"
                  "Medlem: Magnus Solheim (KrF)\n"
                  "Varamedlemer i rekkjefølgje: 1. Hanne Torvanger (Ap), 2. Endre Krokeide (H)"),
        ("p", "I tillegg har dei tilsette éin representant med personleg vara i styret, vald av og blant "
              "dei tilsette for to år: Silje Natvik, med Roar Eide som vara."),
        ("p", "Magnus Solheim fekk fritak frå vervet frå 1. september då han flytte frå kommunen. Første "
              "vara, Hanne Torvanger, rykte då opp som fast medlem ut valperioden."),
        ("p", "Styret hadde sju møte i 2021 og handsama 38 saker. Leiaren av kontrollutvalet, Gunnvor "
              "Myklebust, var til stades på eitt av møta."),
        ("h", 2, "Dagleg leiar"),
        ("p", "Kristine Waage vart tilsett som dagleg leiar frå 1. april 2021. Fram til då var Håkon Sunde "
              "dagleg leiar."),
        ("break",),
        ("h", 1, "3 Året i kulturhuset"),
    ] + [("p", t) for t in FILLER_KULTUR] + [
        ("table", [["Kategori", "Arrangement 2021", "Publikum 2021", "Arrangement 2020", "Publikum 2020"],
                   ["Konsertar", "58", "9 412", "41", "6 208"], ["Teater og revy", "22", "3 905", "14", "2 440"],
                   ["Kino (framsyningar)", "1 102", "21 870", "890", "17 311"],
                   ["Skule og barnehage", "31", "4 206", "18", "2 115"]], {"size": 9}),
        ("p", "Kinoen hadde eit gjennomsnittleg belegg på {p:18 %|belegg} mot {p?:21 %} i eit normalår. "
              "Om lag {p:40 %|av publikum på konsertane} av publikum på konsertane kom frå nabokommunane."),
        ("h", 2, "Utval frå programmet"),
        ("li", "Januar: nyttårskonsert med kulturskulen, avlyst og flytta til mars"),
        ("li", "April: barneteateret «Tusse og troll» med fire framsyningar for barnehagane"),
        ("li", "Juni: sommarrevy med lokale krefter, 11 framsyningar"),
        ("li", "September: Kystkulturveka med konsertar, foredrag og filmprogram"),
        ("li", "Oktober: operaoverføringar frå {g?:London} og {g?:New York}"),
        ("li", "Desember: julekonsertar med korpsa og koret, storband og gospel"),
        ("h", 2, "Samarbeidspartnarar"),
        ("table", [["Partnar", "Kontaktperson"], ["Kulturskulen", "rektor Lene Fosse"],
                   ["Venneforeininga for Fjordsalen", "Torunn Fure, leiar"],
                   ["Sparebanken (hovudsponsor)", "Geir Magne Totland"],
                   ["Den kulturelle skulesekken", "Anne Kristin Ulvestad"]], {"ruled": False}),
        ("p", "Samarbeidet med den kulturelle skulesekken gjer at alle elevane i grunnskulen får minst "
              "to arrangement i kulturhuset kvart skuleår. Frå hausten 2021 er også vidaregåande skule med."),
        ("h", 1, "4 Tilsette og arbeidsmiljø"),
        ("table", staff, {"ruled": False}),
        ("p", "Foretaket hadde ved årsskiftet 11 tilsette i 8,4 årsverk. Sjukefråværet var "
              "{p:6,2 %|sjukefråværet}. Verneombod er Jostein Hatlenes. Det har ikkje vore skadar eller "
              "ulukker i 2021."),
        ("break",),
        ("h", 1, "5 Økonomi"),
        ("p", "Rekneskapen er ført etter kommunelova og forskrift om økonomiplan, årsbudsjett, årsrekneskap "
              "og årsberetning. Kompensasjon frå staten for tapte billettinntekter er ført som andre "
              f"overføringar. Det rekneskapsmessige mindreforbruket vart kr {drift.fmt(res.values[0])}."),
        ("p", "Avvik mot regulert budsjett per ansvar (netto driftsutgifter):"),
        ("table", ansvar, {"size": 9}),
        ("p", "Rekneskapen er revidert av Fjordrevisjon IKS ved oppdragsansvarleg revisor Nils Tore Hauge."),
        ("break",),
        ("h", 1, "6 Årsrekneskap 2021"),
        ("stmt", drift),
        ("stmt", bal),
        ("sign", "{g:Florø}, 24. februar 2022",
         [("Ingrid Botnen", "Styreleiar"), ("Per Olav Stavang", "Nestleiar"), ("Sunniva Grov Eikrem", "Styremedlem"),
          ("Hanne Torvanger", "Styremedlem"), ("Silje Natvik", "Styremedlem"), ("Kristine Waage", "Dagleg leiar")],
         {"title_above": True}),
        ("pagebreak",),
        ("bh", "Noter til rekneskapen"),
        ("p", "Note 1 Rekneskapsprinsipp. Rekneskapen følgjer dei kommunale rekneskapsprinsippa og "
              "anordningsprinsippet. Investeringar i lys og kinoutstyr vert finansierte av foretaket sitt "
              "disposisjonsfond og avskrivne over ti år."),
        ("p", "Note 2 Tilsette og godtgjersler. Lønn til dagleg leiar var kr 712 000. Styreleiar fekk "
              "kr 40 000 i godtgjersle, dei andre medlemene møtegodtgjersle etter kommunen sitt "
              "reglement. Revisjonshonoraret var kr 64 000."),
        ("p", "Note 3 Disposisjonsfond. Fondet var kr 2 650 000 ved utgangen av året. Av dette er "
              "kr 500 000 sett av til nytt scenegolv i 2022."),
        ("pagebreak",),
        ("bh", "Uavhengig revisors melding"),
        ("p", "Til kommunestyret i {g:Kinn} kommune og styret i " + name),
        ("p", "Vi har revidert årsrekneskapen for foretaket, som syner eit rekneskapsmessig mindreforbruk "
              f"på kr {drift.fmt(res.values[0])}. Etter vår meining er årsrekneskapen gjord opp i samsvar "
              "med lov og forskrifter og gjev eit dekkjande bilete av den økonomiske stillinga per "
              "31. desember 2021 og av resultatet for rekneskapsåret."),
        ("p", "{g:Førde}, 14. april 2022"),
        ("p", "Fjordrevisjon IKS\nNils Tore Hauge\noppdragsansvarleg revisor"),
    ]
    return {
        "name": "fjordsalen-kulturhus-kf-2021", "lang": "nn", "year": 2021,
        "title": f"{name} – Årsmelding 2021",
        "header": f"{name} | Årsmelding 2021", "footer": "Side {PAGE} av {NUMPAGES}", "footer_align": "right",
        "organization": {"name": name, "email": "billett@fjordsalen.no", "website": "www.fjordsalen.no",
                         "address": "Strandgata 30, 6900 Florø"},
        "ceo": "Kristine Waage", "board": board, "emp_known": True, "board_optional": ["Magnus Solheim"],
        "not_board": ["Arild Solvang", "Torunn Fure", "Lene Fosse", "Geir Magne Totland", "Anne Kristin Ulvestad", "Håkon Sunde", "Gunnvor Myklebust", "Nils Tore Hauge",
                      "Jostein Hatlenes"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Kulturhus KF: the board only in the kommunestyre's quoted vedtak ('Leiar: Name (party)'), "
                 "a member who moved (optional) and the first vara moved up (gold MEDL); the employees' "
                 "member in prose and in the staff table; four-column driftsrekneskap in kroner.",
    }


# ---------- 5 renovasjon IKS, Vik / Balestrand / Leikanger, 2008 ----------

def eidsfjord_renovasjon() -> dict:
    name = "Eidsfjord renovasjon IKS"
    board = [("Kjellaug Nesje", "LEDE", False), ("Bård Ove Hove", "NEST", False),
             ("Synnøve Ask Fimreite", "MEDL", False), ("Leif Hamre", "MEDL", False),
             ("Torstein Rysjedal", "MEDL", True), ("Astrid Heggestad", "VARA", None)]
    res = Statement("Resultatrekneskap", [Col("2008", 2008), Col("2007", 2007)], income(
        "nn", 2,
        inc=[("Renovasjonsgebyr", "2", [11_402_118, 10_815_402]), ("Sal av gjenvinningsmateriale", "", [1_204_530, 1_388_201]),
             ("Anna driftsinntekt", "", [315_400, 288_916])],
        cost=[("Varekostnad og behandling", "", [4_905_211, 4_610_330]), ("Lønskostnad", "3", [3_812_604, 3_590_118]),
              ("Avskriving", "5", [1_402_300, 1_305_800]), ("Annan driftskostnad", "", [2_288_412, 2_411_876])],
        fin=[("Renteinntekt", "", [92_115, 71_330]), ("Rentekostnad", "", [-512_880, -455_212])]),
        note_col="Note", negative="paren", label_header="")
    bal = Statement("Balanse per 31.12.", [Col("2008", 2008), Col("2007", 2007)], balance(
        "nn", 2,
        fixed=[("Bygningar og anlegg", "5", [14_206_800, 14_988_100]), ("Bilar og maskiner", "5", [3_118_400, 2_740_200])],
        current=[("Kundefordringar", "", [1_502_330, 1_411_870]), ("Bankinnskot", "", "plug")],
        equity=[("Innskoten eigenkapital", "", [1_000_000, 1_000_000]), ("Anna eigenkapital", "6", [3_412_905, 3_219_287])],
        long=[("Lån i Kommunalbanken", "7", [11_250_000, 12_000_000])],
        short=[("Leverandørgjeld", "", [1_402_118, 1_205_412]), ("Anna kortsiktig gjeld", "", [1_180_207, 1_011_330])]),
        note_col="Note", negative="paren")
    result_2008 = next(l for l in res.lines if l.label == "Årsresultat").values
    rep = [["Kommune", "Eigardel", "Medlem", "Varamedlem"],
           ["{g:Vik}", "{p:45 %}", "Ola Mo Tenden (leiar)", "Brita Ølnes"],
           ["{g:Leikanger}", "{p:30 %}", "Arne Kvåle", "Gudrun Sæbø"],
           ["{g:Balestrand}", "{p:25 %}", "Marta Kvamme (nestleiar)", "Nils Tjugum"]]
    items = [
        ("p", name.upper(), {"bold": True, "size": 16}),
        ("p", "ÅRSMELDING 2008", {"bold": True, "size": 14}),
        ("bh", "1. Verksemda"),
        ("p", f"{name} tek hand om innsamling og handtering av hushaldsavfall i kommunane {{g:Vik}}, "
              "{g:Balestrand} og {g:Leikanger} i {g:Sogn og Fjordane}. Selskapet har kontor og "
              "omlastingsstasjon på {g:Hella} i {g:Leikanger}. Dagleg leiar er Jan Petter Ese."),
        ("bh", "2. Eigarar og representantskap"),
        ("p", "Representantskapet er samansett av éin representant frå kvar eigarkommune:"),
        ("table", rep, {"size": 9}),
        ("bh", "3. Styret"),
        ("p", "Representantskapet handsama val av styre i møtet 23. april 2008 (sak 6/08). Styreleiar "
              "Johannes Ramstad, som hadde leidd styret sidan 2002, hadde bede om å sleppe attval. Etter "
              "innstilling frå valnemnda, Ola Mo Tenden og Gudrun Sæbø, vart styret etter møtet slik:"),
        ("table", [["Verv", "Namn", "Merknad"],
                   ["Styreleiar", "Kjellaug Nesje", "ny som leiar, vald for 2 år"],
                   ["Nestleiar", "Bård Ove Hove", "attvald for 2 år"],
                   ["Styremedlem", "Synnøve Ask Fimreite", "ikkje på val"],
                   ["Styremedlem", "Leif Hamre", "ny, vald for 2 år"],
                   ["Styremedlem", "Torstein Rysjedal", "vald av dei tilsette"],
                   ["Varamedlem", "Astrid Heggestad", "vald for 1 år"]], {"ruled": False, "size": 9.5}),
        ("p", "Styret har hatt sju møte i 2008 og handsama 44 saker. Johannes Ramstad leidde dei to "
              "første møta."),
        ("bh", "4. Drift og miljø"),
        ("p", "Det vart samla inn 3 412 tonn hushaldsavfall, og utsorteringsgraden auka til "
              "{p:41,5 %|utsorteringsgrad} frå {p?:38,2 %} året før. Selskapet sin verksemd "
              "ureinar ikkje det ytre miljøet ut over det som følgjer av konsesjonen for "
              "omlastingsstasjonen."),
        ("bh", "5. Arbeidsmiljø og likestilling"),
        ("p", "Selskapet har ni tilsette, av dei to kvinner. Sjukefråværet var {p:7,4 %|sjukefråvær}. "
              "Styret har to kvinner og tre menn. Det er ikkje registrert skadar i 2008."),
        ("bh", "6. Årsrekneskapen"),
        ("p", "Føresetnaden om fortsett drift er lagd til grunn. Årsresultatet på kr "
              f"{res.fmt(result_2008[0])} vert overført til anna eigenkapital. Rekneskapen er ført etter "
              "rekneskapslova og revidert av Sogn revisjon IKS ved Magne Feten."),
        ("break",),
        ("stmt", res, {"title": "Resultatrekneskap 2008"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2008"}),
        ("bh", "Noter"),
        ("p", "Note 3 Lønskostnad: Lønn til dagleg leiar var kr 612 000. Styret fekk samla kr 96 000 i "
              "godtgjersle, av dette styreleiar kr 30 000."),
        ("p", "Note 6 Eigenkapital: Eigenkapitalen per 31.12.2008 utgjer "
              "{p:20,2 %|av totalkapitalen} av totalkapitalen."),
        ("sign", "{g:Leikanger}, 11. februar 2009",
         [("Kjellaug Nesje", "styreleiar"), ("Bård Ove Hove", "nestleiar"), ("Synnøve Ask Fimreite", ""),
          ("Leif Hamre", ""), ("Torstein Rysjedal", ""), ("Jan Petter Ese", "dagleg leiar")]),
    ]
    return {
        "name": "eidsfjord-renovasjon-iks-2008", "lang": "nn", "year": 2008,
        "title": f"{name} – Årsmelding 2008", "font": "Liberation Sans", "body_pt": 10,
        "organization": {"name": name, "owners": [{"name": "Vik", "share_percent": 45},
                                                 {"name": "Leikanger", "share_percent": 30},
                                                 {"name": "Balestrand", "share_percent": 25}]},
        "ceo": "Jan Petter Ese", "board": board, "emp_known": True, "board_optional": ["Johannes Ramstad"],
        "not_board": ["Ola Mo Tenden", "Marta Kvamme", "Gudrun Sæbø", "Brita Ølnes", "Magne Feten"],
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Renovasjon IKS on the accounting act: the board after the representantskap's election in "
                 "an unruled Verv | Namn | Merknad table (the retiring leiar, who led two meetings, "
                 "optional; valnemnd from the representantskap); members signing without titles; "
                 "Note column and brackets.",
    }


# ---------- 6 brann og redning IKS, Valdres, 2021 ----------

def vangsmjose_brann() -> dict:
    name = "Vangsmjøse brann og redning IKS"
    board = [("Jon Ivar Bakken", "LEDE", False), ("Arnfinn Fossheim", "NEST", False),
             ("Ellen Beate Kvale", "MEDL", False), ("Petter Grøv", "MEDL", True),
             ("Randi Lie", "VARA", None), ("Geir Are Strand", "VARA", None), ("Marius Hauge", "VARA", None)]
    cols = [Col("Rekneskap 2021", 2021), Col("Regulert budsjett 2021", 2021, BUDGET),
            Col("Opphavleg budsjett 2021", 2021, BUDGET), Col("Rekneskap 2020", 2020)]
    drift = Statement("Økonomisk oversikt drift", cols, mun.drift(
        4,
        inc=[("Gebyr feiing og tilsyn", [4_812, 4_790, 4_790, 4_655]),
             ("Sal av tenester (alarmar, vakthald)", [1_388, 1_200, 1_200, 1_302]),
             ("Refusjonar", [402, 150, 150, 611]),
             ("Overføringar frå eigarkommunane", [14_900, 14_900, 14_600, 14_250])],
        cost=[("Lønsutgifter", [12_815, 12_600, 12_400, 12_204]),
              ("Sosiale utgifter", [3_402, 3_450, 3_400, 3_318]),
              ("Kjøp av varer og tenester", [4_310, 4_150, 4_050, 4_402]),
              ("Avskrivingar", [1_650, 1_650, 1_650, 1_488])],
        fin_inc=[("Renteinntekter", [22, 30, 30, 41])],
        fin_cost=[("Renteutgifter", [402, 420, 420, 455]), ("Avdrag på lån", [1_200, 1_200, 1_200, 1_100])],
        fond=[("Bruk av / avsetjing til fond (netto)", [-300, 0, 0, 800])]),
        unit=1000, label_header="Tal i 1000 kr", note_col=None)
    res = next(l for l in drift.lines if l.label.startswith("Rekneskapsmessig"))
    bal = Statement("Balanse", [Col("31.12.2021", 2021), Col("31.12.2020", 2020)], mun.balance(
        2,
        fixed=[("Brannstasjonar", [18_402, 19_105]), ("Køyretøy og utstyr", [9_812, 8_950]),
               ("Pensjonsmidlar", [21_330, 20_118])],
        current=[("Fordringar", [1_906, 2_215]), ("Bankinnskot", "plug")],
        equity=[("Disposisjonsfond", [2_410, 2_110]), ("Kapitalkonto", [5_614, 5_105]),
                ("Rekneskapsmessig meir-/mindreforbruk", [res.values[0], res.values[3]])],
        long=[("Pensjonsforplikting", [24_905, 23_512]), ("Lån", [16_400, 17_600])],
        short=[("Kortsiktig gjeld", [3_804, 3_512])]),
        unit=1000, label_header="Tal i 1000 kr")
    owners = [["Kommune", "Eigardel", "Representantskapet (medlem / vara)", "Styremedlem"],
              ["{g:Vang}", "{p:30 %}", "Vidar Eltun (leiar) / Kari Øvrebø Sørbøen", "Jon Ivar Bakken (styreleiar)"],
              ["{g:Vestre Slidre}", "{p:35 %}", "Hilde Rogn (nestleiar) / Tor Ødegård", "Ellen Beate Kvale"],
              ["{g:Øystre Slidre}", "{p:35 %}", "Knut Rune Holde / Åslaug Brenna", "Arnfinn Fossheim (nestleiar)"]]
    turns = [["Type hending", "{g:Vang}", "{g:Vestre Slidre}", "{g:Øystre Slidre}", "Sum"],
             ["Brann i bygning", "4", "6", "5", "15"], ["Brann i skog og utmark", "2", "3", "1", "6"],
             ["Trafikkulukker", "11", "17", "9", "37"], ["Automatiske brannalarmar", "28", "61", "44", "133"],
             ["Helseoppdrag (akutthjelp)", "19", "22", "25", "66"], ["Anna", "6", "9", "8", "23"]]
    staff = [["Stilling", "Namn"], ["Brannsjef", "Liv Marit Nordby"], ["Varabrannsjef", "Arne Nythun"],
             ["Leiar førebyggjande", "Sigrun Bøe"], ["Feiarmeister", "Halvor Jensen"],
             ["Brannførebyggjar", "Tone Rustebakke"], ["Konsulent", "Eva Skogstad"]]
    fee = [["Namn", "Verv", "Godtgjersle"], ["Jon Ivar Bakken", "Styreleiar", "48 000"],
           ["Arnfinn Fossheim", "Nestleiar", "18 000"], ["Ellen Beate Kvale", "Styremedlem", "12 000"],
           ["Petter Grøv", "Styremedlem", "12 000"], ["Randi Lie", "Varamedlem", "2 400"]]
    items = [
        ("p", name, {"bold": True, "size": 22}),
        ("p", "Årsmelding og årsrekneskap 2021", {"size": 14}),
        ("photo", 3, 4, "Mannskap frå stasjonen på {g:Vaset} under øving med skogbrannsett i juni."),
        ("p", "Org.nr. 921 455 098 · Heggenesvegen 4, 2940 {g:Heggenes} · post@vmbr.no"),
        ("toc", [("1 Brannsjefen har ordet", 2), ("2 Eigarskap og styring", 3), ("3 Beredskap", 4),
                 ("4 Førebyggjande avdeling", 5), ("5 Personale og HMS", 6), ("6 Økonomi", 7),
                 ("7 Årsrekneskap med noter", 8)], {"title": "Innhald"}),
        ("break",),
        ("h", 1, "1 Brannsjefen har ordet"),
        ("p", "2021 var det andre heile driftsåret for selskapet. Vi fekk ny mannskapsbil til stasjonen på "
              "{g:Vaset}, og vi har no felles vaktordning for heile {g:Valdres} nord. Takk til Trine Aune, "
              "leiar ved 110-sentralen, for godt samarbeid om utalarmeringa, til beredskapsrådgjevar Magne "
              "Rudi hos Statsforvaltaren i {g:Innlandet}, og til alle deltidsmannskapa som stiller opp "
              "døgeret rundt."),
        ("p", "Liv Marit Nordby, brannsjef", {"italic": True}),
        ("h", 1, "2 Eigarskap og styring"),
        ("p", f"{name} vart skipa 1. januar 2020 og er eigd av tre kommunar. Brannsjefen er dagleg leiar. "
              "Representantskapet er det øvste organet; styret vert valt av representantskapet. Tabellen viser "
              "eigardel, representantskapet og styremedlemen frå kvar kommune:"),
        ("table", owners, {"size": 8.5, "shade_header": "E8E0D0"}),
        ("p", "I tillegg har dei tilsette vald Petter Grøv som styremedlem, med Marius Hauge som personleg "
              "vara. Styret har to felles varamedlemer, Randi Lie og Geir Are Strand, i den rekkjefølgja."),
        ("p", "Styret hadde seks møte og handsama 35 saker. Representantskapet hadde to møte."),
        ("break",),
        ("h", 1, "3 Beredskap"),
        ("p", "Selskapet har tre deltidsstasjonar med til saman 46 mannskap. Utrykningar i 2021:"),
        ("table", turns, {"size": 9}),
        ("p", "Om lag {p:48 %|automatiske brannalarmar} av utrykningane var til automatiske "
              "brannalarmar, dei fleste unødige. Innsatstida var innanfor krava i {p:94 %|innsatstid} av "
              "oppdraga."),
        ("h", 2, "Øvingar og kompetanse"),
        ("p", "Kvar stasjon har hatt tolv øvingar, mellom anna røykdykking i øvingscontainaren, redning frå "
              "bil og øving i fjellterreng saman med Raude Kors Hjelpekorps. Fire mannskap har fullført "
              "grunnkurs for deltidspersonell, og to har teke utrykningskøyring klasse C."),
        ("p", "Skogbrannberedskapen vart styrkt med ekstra vakt i turrperioden i juli, då det var høg "
              "skogbrannfare i heile dalføret. Vi hadde eitt større oppdrag i utmark, der også "
              "skogbrannhelikopteret vart nytta."),
        ("h", 2, "Materiell"),
        ("table", [["Stasjon", "Mannskap", "Køyretøy", "Årgang mannskapsbil"],
                   ["{g:Vaset}", "14", "3", "2021"], ["{g:Heggenes}", "17", "4", "2012"],
                   ["{g:Tyinkrysset}", "15", "3", "2009"]], {"size": 9}),
        ("h", 1, "4 Førebyggjande avdeling"),
        ("p", "Det vart gjennomført 71 tilsyn i særskilde brannobjekt, {p:92 %|av planen} av "
              "planen. Feiarane feia 2 914 pipeløp og gjorde tilsyn med 1 180 fritidsbustader."),
        ("h", 2, "Feiing og tilsyn i bustader"),
        ("table", [["Kommune", "Feia pipeløp", "Tilsyn bustader", "Tilsyn fritidsbustader"],
                   ["{g:Vang}", "702", "388", "410"], ["{g:Vestre Slidre}", "1 108", "512", "455"],
                   ["{g:Øystre Slidre}", "1 104", "498", "315"]], {"size": 9}),
        ("p", "Avvik frå tilsyna gjeld oftast manglande røykvarslar og sprekker i murpiper. Eigarane får "
              "skriftleg melding og frist for å rette avvika. Talet på pipebrannar gjekk ned frå fem til to."),
        ("h", 2, "Informasjon og samarbeid"),
        ("p", "Brannvernveka vart markert med opne dagar på alle tre stasjonane og besøk i barnehagane. "
              "Selskapet deltek i beredskapsrådet i kvar kommune og i det regionale nettverket for "
              "brannførebygging. Avtalen om gjensidig bistand med nabobrannvesena er fornya til 2025."),
        ("h", 1, "5 Personale og HMS"),
        ("table", staff, {"ruled": False}),
        ("p", "Verneombod for dei faste tilsette er Halvor Jensen. Sjukefråværet var "
              "{p:4,9 %|sjukefråværet}. Det vart registrert to mindre skadar under øving."),
        ("break",),
        ("h", 1, "6 Økonomi"),
        ("p", "Rekneskapen er ført etter kommunelova. Lønsoppgjeret og høgare drivstoffprisar gav "
              "meirutgifter, medan refusjonar frå skogbrannar og sal av vakthald gav meirinntekter. "
              f"Det rekneskapsmessige resultatet vart {drift.fmt(res.values[0])} (tal i 1000 kr)."),
        ("p", "Rekneskapen er revidert av {g?:Innlandet Revisjon IKS|Innlandet} ved oppdragsansvarleg revisor Ingunn Moe."),
        ("h", 1, "7 Årsrekneskap med noter"),
        ("stmt", drift),
        ("stmt", bal),
        ("bh", "Note 1 Rekneskapsprinsipp"),
        ("p", "Rekneskapen er sett opp etter dei kommunale rekneskapsprinsippa. Alle kjende utgifter og "
              "inntekter er tekne med i driftsrekneskapen, anten dei er betalte eller ikkje. Anleggsmidlar "
              "vert avskrivne lineært over forventa levetid. Pensjon er ført etter forskrifta sine reglar "
              "om premieavvik."),
        ("bh", "Note 2 Pensjon"),
        ("p", "Dei tilsette er med i KLP si fellesordning. Premieavviket for året vart 412 000 kroner og "
              "vert amortisert over sju år. Arbeidsgjevaravgift er rekna av netto pensjonsforplikting."),
        ("bh", "Note 3 Lån"),
        ("table", [["Långjevar", "Opptak", "Restgjeld 31.12.2021", "Siste avdrag"],
                   ["Kommunalbanken, lån 1", "2020", "9 600", "2034"],
                   ["Kommunalbanken, lån 2", "2020", "6 800", "2029"]], {"size": 9}),
        ("bh", "Note 4 Godtgjersle til styret"),
        ("table", fee, {"size": 9}),
        ("sign", "{g:Heggenes}, 17. februar 2022",
         [("Jon Ivar Bakken", "Styreleiar"), ("Arnfinn Fossheim", "Nestleiar"), ("Ellen Beate Kvale", "Styremedlem"),
          ("Petter Grøv", "Styremedlem"), ("Liv Marit Nordby", "Brannsjef")], {"title_above": True}),
        ("pagebreak",),
        ("bh", "Melding frå revisor"),
        ("p", "Til representantskapet i " + name),
        ("p", "Vi har revidert årsrekneskapen for selskapet, som viser eit netto driftsresultat på "
              f"kr {drift.fmt(drift.lines[[l.label for l in drift.lines].index('Netto driftsresultat')].values[0])} "
              "i tusen kroner og eit rekneskapsmessig meirforbruk. Etter vår meining er årsrekneskapen "
              "avlagd i samsvar med lov og forskrifter og gjev eit dekkjande bilete av den økonomiske "
              "stillinga per 31. desember 2021."),
        ("p", "{g:Gjøvik}, 12. april 2022"),
        ("p", "Ingunn Moe\noppdragsansvarleg revisor"),
    ]
    return {
        "name": "vangsmjose-brann-iks-2021", "lang": "nn", "year": 2021,
        "title": f"{name} – Årsmelding 2021",
        "header": name, "footer": "Årsmelding 2021 | Side {PAGE}", "footer_align": "right",
        "organization": {"name": name, "email": "post@vmbr.no", "address": "Heggenesvegen 4, 2940 Heggenes",
                         "owners": [{"name": "Vang", "share_percent": 30}, {"name": "Vestre Slidre", "share_percent": 35},
                                    {"name": "Øystre Slidre", "share_percent": 35}]},
        "ceo": "Liv Marit Nordby", "board": board, "emp_known": True,
        "not_board": ["Vidar Eltun", "Hilde Rogn", "Knut Rune Holde", "Kari Øvrebø Sørbøen", "Trine Aune",
                      "Magne Rudi", "Arne Nythun", "Ingunn Moe", "Halvor Jensen"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Brann IKS: one owners table with eigardel, the representantskap member and vara (its "
                 "leiar/nestleiar in parentheses) and the styremedlem (styreleiar/nestleiar in parentheses) "
                 "side by side; the employees' member and the deputies in prose; a fee note as a second "
                 "board list; driftsrekneskap in 1000 kr with four columns.",
    }


REPORTS = [fjordsalen_kulturhus, eidsfjord_renovasjon, vangsmjose_brann]
