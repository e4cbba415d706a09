"""The seventy-fourth set's Word reports: a konsern with its datterselskap (2016), a merger year on
nynorsk (2020) and a name change (2008). Organisations, people and figures are invented; places are
real and valid in the report's year. Laid out by the sixth set's ``h6_render`` (tab lines,
Morselskap/Konsern statements) on the first and third sets' items."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import OTHER, Col, Statement, balance, income


def bjonnasen_vekst_2016() -> dict:
    """(a) A vekstbedrift AS and its heleide datterselskap: Morselskap and Konsern columns side by side;
    the datterselskap's own board and daglig leder named in prose."""
    cols = [Col("2016", 2016), Col("2015", 2015), Col("2016", 2016, OTHER), Col("2015", 2015, OTHER)]
    inc = [("Salgsinntekter", "", [9412330, 8977410, 9412330, 8977410]),
           ("Tilskudd fra NAV og kommune", "2", [14206880, 13850115, 14206880, 13850115]),
           ("Andre driftsinntekter", "", [402110, 385900, 590110, 571900])]
    cost = [("Varekostnad", "", [3118442, 2940771, 3118442, 2940771]),
            ("Lønnskostnader", "3", [14912554, 14470208, 15033554, 14588208]),
            ("Avskrivninger", "4", [612300, 598400, 1244300, 1216400]),
            ("Andre driftskostnader", "", [4688019, 4512310, 3604019, 3470310])]
    fin = [("Finansinntekter", "", [88215, 97120, 92415, 101800]),
           ("Finanskostnader", "", [-24310, -31905, -512310, -546905])]
    result = Statement("Resultatregnskap", cols, income("nb", 4, inc, cost, fin), note_col="Note")
    bal = balance(
        "nb", 4,
        fixed=[("Aksjer i datterselskap", "5", [3000000, 3000000, None, None]),
               ("Bygninger og tomter", "4", [None, None, 11840000, 12350000]),
               ("Maskiner og inventar", "4", [2415600, 2588900, 2415600, 2588900])],
        current=[("Varelager", "", [806300, 744120, 806300, 744120]),
                 ("Kundefordringer", "", [1322418, 1190644, 1322418, 1190644]),
                 ("Andre fordringer", "", [214990, 260300, 230990, 281300]),
                 ("Bankinnskudd og kontanter", "6", "plug")],
        equity=[("Aksjekapital", "7", [1000000, 1000000, 1000000, 1000000]),
                ("Annen egenkapital", "", [7821984, 7068074, 6449784, 5660674])],
        long=[("Pantelån", "8", [None, None, 8900000, 9400000]),
              ("Pensjonsforpliktelser", "", [412000, 388000, 412000, 388000])],
        short=[("Leverandørgjeld", "", [688210, 731400, 702210, 745400]),
               ("Skyldige offentlige avgifter", "", [1244918, 1188205, 1258918, 1199205]),
               ("Annen kortsiktig gjeld", "", [1702300, 1640870, 1980300, 1920870])])
    sheet = Statement("Balanse per 31.12.2016", cols, bal, note_col="Note")
    groups = [("Morselskap", 2), ("Konsern", 2)]
    board = [("Gunhild Sandvold", "LEDE", False), ("Olav Tveitan", "NEST", False),
             ("Kari Bjørndalen Moe", "MEDL", False), ("Jon Eirik Hovland", "MEDL", True),
             ("Siri Aasland", "VARA", None)]
    items = [
        ("p", "Årsrapport 2016", {"size": 24, "bold": True}),
        ("p", "Bjønnåsen Vekst AS – morselskap og konsern", {"size": 13}),
        ("table", [["Adresse", "Fabrikkvegen 14, 3830 {g:Ulefoss}"], ["Telefon", "35 94 71 20"],
                   ["E-post", "post@bjonnasen-vekst.no"], ["Nettside", "www.bjonnasen-vekst.no"],
                   ["Stiftet", "1989"], ["Org.nr.", "964 118 302"]],
         {"ruled": False, "header_bold": False, "widths": [3.5, 9.0]}),
        ("pagebreak",),
        ("h", 1, "Årsberetning 2016"),
        ("h", 2, "Virksomhetens art og hvor den drives"),
        ("p", "Bjønnåsen Vekst AS er en vekstbedrift som gir tilrettelagt arbeid og arbeidsrettede tiltak på "
              "oppdrag fra NAV. Selskapet ble stiftet i 1989 og holder til på {g:Ulefoss} i {g:Nome kommune|Nome}, "
              "med en avdeling for vedproduksjon og vaskeri på {g:Lunde}. Vi selger tjenester innen montasje, "
              "vedproduksjon, vaskeri og kantine til kunder i {g:Telemark} og {g:Buskerud}."),
        ("p", "Ved utgangen av året hadde selskapet 32 plasser i varig tilrettelagt arbeid (VTA) og 45 plasser i "
              "arbeidsforberedende trening (AFT). I løpet av året fikk {p:38 prosent|overgang til arbeid eller utdanning} "
              "av deltakerne som avsluttet AFT overgang til arbeid eller utdanning."),
        ("h", 2, "Konsernforhold"),
        ("p", "Bjønnåsen Vekst AS er morselskap i et konsern med det heleide datterselskapet Bjønnåsen Eiendom AS. "
              "Datterselskapet eier bygningene i Fabrikkvegen og leier dem ut til morselskapet. Husleien er "
              "eliminert i konsernregnskapet."),
        ("p", "Styret i Bjønnåsen Eiendom AS har i 2016 bestått av Torgeir Nyhus (styreleder), Anne Marthe "
              "Løvstakken og Sverre Bakkerud. Daglig leder i datterselskapet er Hilde Kravik, som også er "
              "økonomisjef i morselskapet. Daglig leder i Bjønnåsen Vekst AS er Torgeir Nyhus."),
        ("h", 2, "Eierforhold"),
        ("p", "Selskapets aksjer eies av {g:Nome kommune|Nome} ({p:74 %|Nome kommune}), {g:Telemark fylkeskommune|Telemark} "
              "({p:16 %|Telemark fylkeskommune}) og Fensmoen Handelslag SA ({p:10 %|Fensmoen Handelslag SA})."),
        ("h", 2, "Styret"),
        ("p", "Styret har hatt sju møter og behandlet 46 saker. Ordinær generalforsamling ble holdt 9. juni 2016."),
        ("table", [["Navn", "Verv", "Valgt av"],
                   ["Gunhild Sandvold", "Styreleder", "Generalforsamlingen"],
                   ["Olav Tveitan", "Nestleder", "Generalforsamlingen"],
                   ["Kari Bjørndalen Moe", "Styremedlem", "Generalforsamlingen"],
                   ["Jon Eirik Hovland", "Styremedlem", "De ansatte"],
                   ["Siri Aasland", "Varamedlem", "Generalforsamlingen"]],
         {"ruled": True, "gold_rows": True, "widths": [5.5, 4.0, 5.0], "shade_header": "DDE6EE"}),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet var {p:7,4 %|sykefraværet} i 2016, mot {p:8,0 %|sykefraværet} året før. Det har ikke "
              "vært skader eller ulykker som har ført til fravær. Av selskapets 21 ansatte er 12 kvinner. "
              "Styret består av to kvinner og tre menn."),
        ("h", 2, "Resultat og fortsatt drift"),
        ("p", "Morselskapets årsresultat ble 753 910 kroner, og konsernets årsresultat ble 789 110 kroner. "
              "Forutsetningen om fortsatt drift er lagt til grunn. Styret foreslår at overskuddet overføres "
              "til annen egenkapital."),
        ("p", "{g:Ulefoss}, 14. mars 2017"),
        ("tablines", [["Gunhild Sandvold", "Olav Tveitan", "Kari Bjørndalen Moe"],
                      ["styreleder", "nestleder", "styremedlem"],
                      ["", "", ""],
                      ["Jon Eirik Hovland", "Torgeir Nyhus", ""],
                      ["styremedlem", "daglig leder", ""]], {"stops": (5.8, 11.6)}),
        ("pagebreak",),
        ("groupstmt", result, groups, {"title": "Resultatregnskap 2016"}),
        ("groupstmt", sheet, groups, {"title": "Balanse per 31.12.2016"}),
        ("h", 2, "Noter"),
        ("p", "Note 5 Datterselskap: Bjønnåsen Eiendom AS, forretningskontor {g:Nome}, eierandel {p:100 %|eierandel} "
              "og stemmeandel {p:100 %|stemmeandel}. Aksjene er ført etter kostmetoden i selskapsregnskapet."),
        ("p", "Note 8 Pantelån: Lånet er tatt opp av datterselskapet og er sikret med pant i bygningene."),
    ]
    return {
        "name": "bjonnasen-vekst-2016", "lang": "nb", "year": 2016, "title": "Årsrapport 2016 Bjønnåsen Vekst AS",
        "organization": {"name": "Bjønnåsen Vekst AS", "founded_year": 1989,
                         "address": "Fabrikkvegen 14, 3830 Ulefoss", "phone": "35 94 71 20",
                         "email": "post@bjonnasen-vekst.no", "website": "www.bjonnasen-vekst.no",
                         "owners": [{"name": "Nome kommune", "share_percent": 74},
                                    {"name": "Telemark fylkeskommune", "share_percent": 16},
                                    {"name": "Fensmoen Handelslag SA", "share_percent": 10}]},
        "ceo": "Torgeir Nyhus", "board": board,
        "not_board": ["Anne Marthe Løvstakken", "Sverre Bakkerud", "Hilde Kravik"],
        "programs": {"VTA": 32, "AFT": 45},
        "footer": "Bjønnåsen Vekst AS – årsrapport 2016", "header": "",
        "items": items, "renditions": ["docx", "pdf", "doc"],
        "notes": "Konsern: statements have Morselskap and Konsern columns side by side. EVAL.md says nothing of "
                 "konsern columns; the gold's key figures are the reporting company's own (Morselskap) columns, "
                 "the Konsern columns are optional (the sixth set's rule). The datterselskap's board (its chair "
                 "is the parent's daglig leder) and its daglig leder are not the board / not the CEO.",
    }


def heggjevika_arbeid_2020() -> dict:
    """(b) A merger year on nynorsk: two companies merged on 1 January, the old names and boards named,
    the new board elected at an ekstraordinær generalforsamling and printed on tab lines."""
    cols = [Col("2020", 2020), Col("2019*", 2019)]
    inc = [("Sal av varer og tenester", "", [6844, 6512]),
           ("Tilskot frå NAV", "2", [13108, 12776]),
           ("Tilskot frå kommunen", "2", [1650, 1600]),
           ("Andre driftsinntekter", "", [212, 305])]
    cost = [("Varekostnad", "", [2310, 2248]),
            ("Lønskostnader", "3", [15122, 14690]),
            ("Avskrivingar", "4", [688, 640]),
            ("Andre driftskostnader", "", [3004, 3215])]
    fin = [("Finansinntekter", "", [41, 62]), ("Finanskostnader", "", [-18, -22])]
    result = Statement("Resultatrekneskap", cols, income("nn", 2, inc, cost, fin, labels={"result": "Årsresultat"}),
                       note_col="Note", label_header="Tal i heile 1 000 kr", unit=1000)
    bal = balance("nn", 2,
                  fixed=[("Bygningar", "4", [5410, 5620]), ("Maskinar og inventar", "4", [1922, 1876])],
                  current=[("Varelager", "", [512, 488]), ("Kundefordringar", "", [1044, 1190]),
                           ("Bankinnskot", "", "plug")],
                  equity=[("Aksjekapital", "5", [1200, 1200]), ("Annan eigenkapital", "", [7480, 6767])],
                  long=[("Pantelån", "6", [1100, 1300])],
                  short=[("Leverandørgjeld", "", [610, 702]), ("Skuldige offentlege avgifter", "", [1388, 1240]),
                         ("Anna kortsiktig gjeld", "", [1516, 1475])])
    sheet = Statement("Balanse", cols, bal, note_col="Note", label_header="Tal i heile 1 000 kr", unit=1000,
                      below="* Tala for 2019 er summen av dei to selskapa før fusjonen.")
    board = [("Eirin Fossheim", "LEDE", False), ("Ragnvald Espeset", "NEST", False),
             ("Magne Vikøren", "MEDL", False), ("Janne Solheim Rygg", "MEDL", False),
             ("Oddbjørn Ness", "MEDL", True), ("Kristine Liasen", "VARA", None)]
    items = [
        ("h", 1, "Heggjevika Arbeid AS – årsmelding 2020"),
        ("p", "Heggjevika Arbeid AS, Langebruvegen 31, 6800 {g:Førde}. Telefon 57 82 40 10, "
              "e-post post@heggjevika.no, www.heggjevika.no.", {"italic": True}),
        ("h", 2, "Eitt selskap av to"),
        ("p", "Frå 1. januar 2020 vart Heggjebakken Arbeidssenter AS og Moldvika Industri AS slått saman. "
              "Heggjebakken Arbeidssenter AS var det overtakande selskapet og tok samstundes namnet Heggjevika "
              "Arbeid AS. Fusjonen følgde samanslåinga av {g?:Førde}, {g:Naustdal}, {g:Gaular} og {g:Jølster} til "
              "{g:Sunnfjord kommune|Sunnfjord} same dag. Heggjebakken Arbeidssenter AS vart skipa i 1986, og "
              "det er dette året vi reknar som skipingsåret til selskapet."),
        ("p", "Fram til fusjonen var Liv Heggdal styreleiar i Heggjebakken Arbeidssenter AS, med Per Ivar "
              "Sægrov som nestleiar. Styret i Moldvika Industri AS var leidd av Ragnvald Espeset, med Turid "
              "Aarflot og Arve Kvåle som styremedlemer. Knut Ivar Bjørset, som var dagleg leiar i Moldvika "
              "Industri AS, er no avdelingsleiar for verkstaden i {g:Naustdal}. Dagleg leiar i det nye "
              "selskapet er Synnøve Refsdal."),
        ("h", 2, "Styret"),
        ("p", "Det nye styret vart valt på ekstraordinær generalforsamling 6. januar 2020, og har etter "
              "dette vore samansett slik:"),
        ("tablines", [["Styreleiar", "Eirin Fossheim", ""],
                      ["Nestleiar", "Ragnvald Espeset", ""],
                      ["Styremedlem", "Magne Vikøren", ""],
                      ["Styremedlem", "Janne Solheim Rygg", ""],
                      ["Styremedlem", "Oddbjørn Ness", "tilsetterepresentant"],
                      ["Varamedlem", "Kristine Liasen", ""]], {"stops": (4.0, 9.5)}),
        ("p", "Styret har hatt ni møte og handsama 58 saker. Liv Heggdal og Per Ivar Sægrov gjekk ut av "
              "styret ved fusjonen. Styret takkar dei for innsatsen."),
        ("h", 2, "Eigarar"),
        ("p", "Etter fusjonen eig {g:Sunnfjord kommune|Sunnfjord} {p:91,5 %|Sunnfjord kommune} av aksjane og "
              "{g:Askvoll kommune|Askvoll} {p:8,5 %|Askvoll kommune}. Aksjane i Moldvika Industri AS vart bytte "
              "om til aksjar i det overtakande selskapet."),
        ("h", 2, "Tiltak og deltakarar"),
        ("p", "Selskapet har avtale med NAV {g:Vestland} om 41 plassar i varig tilrettelagt arbeid (VTA) og "
              "28 plassar i arbeidsførebuande trening (AFT). Avdelingane i {g:Førde} og {g:Naustdal} "
              "har tilbod om snekkarverkstad, vaskeri, ved og kantine."),
        ("p", "Av deltakarane som avslutta AFT i 2020 gjekk {p:31 %|over til arbeid} over til arbeid, "
              "og {p:22 %|utdanning} byrja på utdanning."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Sjukefråværet var {p:8,1 prosent|sjukefråværet}. Koronapandemien førte til at verkstaden i "
              "{g:Naustdal} var stengd i fem veker i vårhalvåret."),
        ("h", 2, "Økonomi"),
        ("p", "Rekneskapen er sett opp under føresetnad om vidare drift. Fusjonen er rekneskapsført etter "
              "kontinuitetsmetoden, og tala for 2019 er summen av dei to selskapa."),
        ("stmt", result, {"title": "Resultatrekneskap 2020"}),
        ("stmt", sheet, {"title": "Balanse pr. 31. desember 2020"}),
        ("p", "{g:Førde}, 11. mars 2021"),
        ("tablines", [["Eirin Fossheim", "Ragnvald Espeset", "Magne Vikøren"],
                      ["styreleiar", "nestleiar", "styremedlem"],
                      ["Janne Solheim Rygg", "Oddbjørn Ness", "Synnøve Refsdal"],
                      ["styremedlem", "styremedlem", "dagleg leiar"]], {"stops": (5.8, 11.6)}),
    ]
    return {
        "name": "heggjevika-arbeid-2020", "lang": "nn", "year": 2020, "title": "Årsmelding 2020 Heggjevika Arbeid AS",
        "organization": {"name": "Heggjevika Arbeid AS", "founded_year": 1986,
                         "address": "Langebruvegen 31, 6800 Førde", "phone": "57 82 40 10",
                         "email": "post@heggjevika.no", "website": "www.heggjevika.no",
                         "owners": [{"name": "Sunnfjord kommune", "share_percent": 91.5},
                                    {"name": "Askvoll kommune", "share_percent": 8.5}]},
        "ceo": "Synnøve Refsdal", "board": board,
        "not_board": ["Liv Heggdal", "Per Ivar Sægrov", "Turid Aarflot", "Arve Kvåle", "Knut Ivar Bjørset"],
        "programs": {"VTA": 41, "AFT": 28},
        "font": "Liberation Serif", "body_pt": 11,
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Merger year: the old companies' boards and daglig leder are named (not board); the chair of the "
                 "transferring company is nestleiar of the new board (gold NEST). The 2019 column is the sum of the "
                 "two companies, printed as the comparative year: gold for 2019.",
    }


def lillemo_kompetanse_2008() -> dict:
    """(c) A name change in the year: "tidligere Lillemo Attføring AS"; the board in one prose sentence,
    a member who left at the generalforsamling, an income statement on tab stops with ",-"."""
    cols = [Col("2008", 2008), Col("2007", 2007)]
    inc = [("Salgsinntekter", "", [3884210, 3610455]),
           ("Driftstilskudd", "", [6912000, 6604800]),
           ("Andre inntekter", "", [118400, 96250])]
    cost = [("Varekostnad", "", [1410378, 1322910]),
            ("Lønn og sosiale kostnader", "", [7208114, 6877302]),
            ("Avskrivning", "", [244500, 236000]),
            ("Andre driftskostnader", "", [1703391, 1655840])]
    fin = [("Renteinntekter", "", [96310, 71880]), ("Rentekostnader", "", [-8120, -9904])]
    result = Kroner("Resultatregnskap", cols, income("nb", 2, inc, cost, fin, heads=False), render="tabs")
    bal = balance("nb", 2,
                  fixed=[("Maskiner og utstyr", "", [1102300, 1196800]), ("Biler", "", [214000, 268000])],
                  current=[("Varebeholdning", "", [388410, 402100]), ("Kundefordringer", "", [611940, 540222]),
                           ("Bank", "", "plug")],
                  equity=[("Aksjekapital", "", [500000, 500000]), ("Annen egenkapital", "", [2988113, 2551696])],
                  long=[],
                  short=[("Leverandørgjeld", "", [310404, 288930]), ("Skyldig offentlige avgifter", "", [702118, 655409]),
                         ("Annen kortsiktig gjeld", "", [498312, 511847])])
    sheet = Kroner("Balanse", cols, bal, render="ruled")
    board = [("Arnfinn Grøndahl", "LEDE", False), ("Bjørg Elin Tangen", "NEST", False),
             ("Helge Moen Sætre", "MEDL", False), ("Randi Kvisler", "MEDL", False),
             ("Tor Arne Ødegård", "MEDL", True), ("Eli Sveen", "VARA", None)]
    items = [
        ("bh", "LILLEMO KOMPETANSE AS", {"size": 18}),
        ("p", "(tidligere Lillemo Attføring AS)", {"italic": True}),
        ("bh", "Årsberetning for 2008", {"size": 14}),
        ("bh", "Navneendring"),
        ("p", "Ordinær generalforsamling vedtok 5. juni 2008 å endre selskapets navn fra Lillemo Attføring AS til "
              "Lillemo Kompetanse AS. Navneendringen ble registrert i Foretaksregisteret 1. juli 2008. Det nye "
              "navnet skal vise at vi i dag arbeider like mye med kvalifisering og opplæring som med "
              "tradisjonell attføring."),
        ("bh", "Virksomheten"),
        ("p", "Lillemo Kompetanse AS ble stiftet i 1991 og har forretningsadresse Sagbruksvegen 9, 2406 "
              "{g:Elverum}. Telefon 62 43 18 90, e-post firmapost@lillemo.no, nettsted www.lillemo.no. "
              "Selskapet har avdelinger i {g:Elverum} og på {g:Rena}, og tar imot deltakere fra hele "
              "{g:Sør-Østerdalen}."),
        ("p", "Selskapet har 18 plasser i varig tilrettelagt arbeid (VTA). I tillegg har vi i løpet av året hatt "
              "64 deltakere på attføringstiltak. {p:44 %|jobb} av dem som avsluttet tiltak, gikk ut i jobb."),
        ("p", "Aksjonærer er {g:Elverum kommune|Elverum} med {p:51 %|Elverum kommune}, {g:Åmot kommune|Åmot} med "
              "{p:34 %|Åmot kommune} og {g:Våler kommune|Våler} med {p:15 %|Våler kommune}."),
        ("bh", "Styret og ledelsen"),
        ("p", "Styret har etter generalforsamlingen bestått av styreleder Arnfinn Grøndahl, nestleder Bjørg "
              "Elin Tangen, styremedlemmene Helge Moen Sætre, Randi Kvisler og Tor Arne Ødegård (ansattes "
              "representant), med Eli Sveen som varamedlem. Frode Kilde gikk ut av styret ved "
              "generalforsamlingen etter seks år som styremedlem, og styret takker ham for innsatsen."),
        ("p", "Daglig leder er Mona Skarholt. Selskapets revisor er {g:Hedmark} Revisjon IKS ved "
              "oppdragsansvarlig revisor Gunnar Viken."),
        ("bh", "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Sykefraværet var {p:6,2 %|sykefraværet} av total arbeidstid. Selskapet hadde ved årsskiftet 14 "
              "ansatte, hvorav 9 kvinner. Virksomheten forurenser ikke det ytre miljø."),
        ("bh", "Årsregnskapet"),
        ("p", "Årets overskudd på 436 417 kroner foreslås overført til annen egenkapital. Styret mener "
              "regnskapet gir et rettvisende bilde av selskapets stilling, og at forutsetningen om fortsatt "
              "drift er til stede."),
        ("stmt", result, {"title": "Resultatregnskap 2008"}),
        ("stmt", sheet, {"title": "Balanse 31.12.2008"}),
        ("sign", "{g:Elverum}, 2. mars 2009",
         [("Arnfinn Grøndahl", "styreleder"), ("Bjørg Elin Tangen", "nestleder"), ("Helge Moen Sætre", "styremedlem"),
          ("Randi Kvisler", "styremedlem"), ("Tor Arne Ødegård", "styremedlem"), ("Mona Skarholt", "daglig leder")],
         {"cols": 3}),
    ]
    return {
        "name": "lillemo-kompetanse-2008", "lang": "nb", "year": 2008, "title": "Årsberetning 2008 Lillemo Kompetanse AS",
        "organization": {"name": "Lillemo Kompetanse AS", "founded_year": 1991,
                         "address": "Sagbruksvegen 9, 2406 Elverum", "phone": "62 43 18 90",
                         "email": "firmapost@lillemo.no", "website": "www.lillemo.no",
                         "owners": [{"name": "Elverum kommune", "share_percent": 51},
                                    {"name": "Åmot kommune", "share_percent": 34},
                                    {"name": "Våler kommune", "share_percent": 15}]},
        "ceo": "Mona Skarholt", "board": board,
        "not_board": ["Frode Kilde", "Gunnar Viken"],
        "programs": {"VTA": 18},
        "header": "Lillemo Kompetanse AS (tidl. Lillemo Attføring AS)", "header_align": "right",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Name change in the year: the organisation is the new name; the old name is printed in the header "
                 "and the title block. Board in one prose sentence; the member who left is not board.",
    }


REPORTS = [bjonnasen_vekst_2016, heggjevika_arbeid_2020, lillemo_kompetanse_2008]
