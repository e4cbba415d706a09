"""Reports of the fortieth held-out set, part A: a vekstbedrift whose name is only in the page
header, an IKS with its representantskap and board in nested tables, and a vekstbedrift whose
statement runs over a page break with its header row repeated. Invented names and figures; real
places valid in the report's year."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income
from h3_render import Kroner

NB = "nb"


def eikeli_vekst_2019() -> dict:
    board = [("Kari Vestbø", "LEDE", False), ("Tor Helge Eide", "NEST", False),
             ("Randi Skjæveland", "MEDL", False), ("Øystein Hauge", "MEDL", False),
             ("Linda Rosseland", "MEDL", True), ("Geir Ånestad", "VARA", None)]
    inc = [("Salgsinntekter", "", [9412350, 8977120]), ("Tilskudd fra NAV", "2", [11284600, 10918400]),
           ("Tilskudd fra kommunene", "2", [1350000, 1300000]), ("Andre driftsinntekter", "", [612840, 548300])]
    cost = [("Varekostnad", "", [3104220, 2876540]), ("Lønnskostnader", "3", [14772910, 14120330]),
            ("Avskrivninger", "4", [612400, 588100]), ("Andre driftskostnader", "", [3401760, 3322180])]
    fin = [("Finansinntekter", "", [48210, 39870]), ("Finanskostnader", "", [-61300, -70240])]
    cols = [Col("2019", 2019), Col("2018", 2018)]
    res = Statement("Resultatregnskap", cols, income(NB, 2, inc, cost, fin), note_col="Note",
                    label_header="Beløp i NOK")
    bal = Statement("Balanse per 31.12.", cols, balance(
        NB, 2, fixed=[("Tomter og bygninger", "4", [6820000, 7040000]), ("Maskiner og inventar", "4", [1214500, 1118300])],
        current=[("Varelager", "", [486200, 455900]), ("Kundefordringer", "", [1302640, 1188410]),
                 ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [600000, 600000]), ("Annen egenkapital", "6", [6395530, 5640120])],
        long=[("Pantelån", "7", [3900000, 4200000])],
        short=[("Leverandørgjeld", "", [842300, 790200]), ("Skyldige offentlige avgifter", "", [1106450, 1052880]),
               ("Annen kortsiktig gjeld", "", [1487000, 1355600])]), note_col="Note", label_header="Beløp i NOK")
    text = [
        ("toc", [("1 Innledning", 2), ("1.1 Daglig leders kommentar", 2), ("1.2 Eierforhold", 3),
                 ("2 Virksomheten", 4), ("2.1 Arbeid og tiltak", 4), ("2.2 Avdelingene", 5),
                 ("3 Organisasjon", 6), ("3.1 Styret", 6), ("3.2 Ansatte", 7), ("4 Styrets årsberetning", 8),
                 ("5 Årsregnskap", 9), ("6 Revisors beretning", 11)], {"title": "Innhold"}),
        ("break",),
        ("bh", "1 Innledning", {"size": 14}),
        ("bh", "1.1 Daglig leders kommentar"),
        ("sidebar", [("bh", "Året i tall"), ("p", "71 deltakere i løpet av året"),
                     ("p", "32 plasser i varig tilrettelagt arbeid (VTA)"),
                     ("p", "18 plasser i arbeidsforberedende trening (AFT)"),
                     ("p", "19 deltakere gikk over til ordinært arbeid eller utdanning"),
                     ("p", "Omsetning fra produksjon og salg: 9,4 mill. kr")], {"width_pt": 160, "height_pt": 190}),
        ("p", "2019 ble et år med stor aktivitet i alle avdelinger. Vi har hatt flere deltakere i "
              "arbeidsforberedende trening enn noen gang, og ventetiden for å komme inn er kortet ned. "
              "Samtidig har produksjonsavdelingen fått to nye faste kunder i {g:Egersund}, og kantinen i "
              "sentrum har hatt sitt beste år siden den åpnet."),
        ("p", "Resultatet før skatt er positivt, og egenkapitalen er styrket. Det gir oss rom til å "
              "fornye maskinparken på snekkerverkstedet i 2020, noe både deltakerne og arbeidslederne har "
              "etterlyst lenge."),
        ("p", "Jeg vil takke NAV-kontoret i {g:Eigersund} ved Solveig Tengesdal for et tett og godt "
              "samarbeid om inntak og oppfølging, og ordfører Anders Kvalvik for at kommunen stilte opp da "
              "vi trengte nye lokaler til vaskeriet. En særlig takk til arbeidsleder Bjørn Omdal, som gikk "
              "av med pensjon i november etter 26 år i bedriften."),
        ("p", "Takk også til alle deltakere og ansatte for innsatsen gjennom året."),
        ("p", "Egil Sirevåg, daglig leder", {"italic": True}),
        ("break",),
        ("bh", "1.2 Eierforhold"),
        ("p", "Selskapet er et arbeids- og inkluderingsbedrift (AIB) og eies av tre kommuner i "
              "{g:Dalane}. Aksjekapitalen er 600 000 kroner fordelt på 600 aksjer. Det er ikke utbetalt "
              "utbytte, og vedtektene sier at overskudd skal brukes i virksomheten."),
        ("table", [["Eier", "Antall aksjer", "Eierandel"],
                   ["{g:Eigersund} kommune", "360", "{p:60 %}"],
                   ["{g:Bjerkreim} kommune", "150", "{p:25 %}"],
                   ["{g:Sokndal} kommune", "90", "{p:15 %}"]], {"widths": [7.0, 3.5, 3.5]}),
        ("p", "Generalforsamlingen ble holdt 14. mai 2019 på bedriftens kantine. Kommunene var "
              "representert ved ordførerne eller den de hadde gitt fullmakt."),
        ("break",),
        ("bh", "2 Virksomheten", {"size": 14}),
        ("bh", "2.1 Arbeid og tiltak"),
        ("p", "Bedriften gir arbeid og opplæring til personer som står utenfor arbeidslivet. Vi har "
              "avtale med NAV {g:Rogaland} om 32 plasser i varig tilrettelagt arbeid (VTA) og 18 plasser i "
              "arbeidsforberedende trening (AFT). Kommunene kjøper i tillegg plasser for personer som "
              "ikke har rett til statlige tiltak."),
        ("p", "Av deltakerne som avsluttet AFT i 2019, gikk {p:42 prosent|over til arbeid eller utdanning} over til "
              "arbeid eller utdanning. Målet i avtalen med NAV er {p:35 prosent|målet i avtalen med NAV}."),
        ("table", [["Tiltak", "Plasser", "Deltakere i året", "Avsluttet"],
                   ["VTA", "32", "35", "4"], ["AFT", "18", "36", "27"]], {"widths": [5.0, 3.0, 4.0, 3.0]}),
        ("p", "Sykefraværet blant deltakerne var {p:8,4 %|sykefraværet blant deltakerne}, mot "
              "{p:9,1 %|sykefraværet blant deltakerne} året før."),
        ("bh", "2.2 Avdelingene"),
        ("p", "Snekkerverkstedet lager vedkasser, plattinger og fuglekasser for butikker i hele "
              "{g:Rogaland}. Avdelingen har hatt jevn drift og god ordreinngang fra høsten."),
        ("p", "Vaskeriet flyttet i mars inn i nye lokaler på {g:Hellvik}. Flyttingen gikk etter planen, og "
              "vaskeriet har nå avtale med to sykehjem og et hotell i {g:Egersund}."),
        ("p", "Kantinen i sentrum serverer lunsj fem dager i uken og tar catering til møter og "
              "selskaper. Deltakerne lærer matlaging, servering og kassearbeid og kan ta fagbrev som "
              "kokk gjennom praksiskandidatordningen."),
        ("p", "Grøntavdelingen har hatt skjøtselsavtaler med kommunene og to borettslag, og har "
              "ryddet turstier i {g:Bjerkreim} på oppdrag fra turlaget."),
        ("break",),
        ("bh", "3 Organisasjon", {"size": 14}),
        ("bh", "3.1 Styret"),
        ("p", "Styret har hatt åtte møter og behandlet 54 saker. Styret var slik sammensatt i 2019:"),
        ("mtable", [["Verv", "Navn", "Valgt av", "Periode"],
                    ["Styreleder", "Kari Vestbø", "Generalforsamlingen", "2018–2020"],
                    ["Nestleder", "Tor Helge Eide", None, "2019–2021"],
                    ["Styremedlem", "Randi Skjæveland", None, "2018–2020"],
                    ["Styremedlem", "Øystein Hauge", None, "2019–2021"],
                    ["Styremedlem", "Linda Rosseland", "De ansatte", "2019–2021"],
                    ["Varamedlem", "Geir Ånestad", None, "2019–2021"]],
         {"widths": [3.4, 4.6, 4.4, 3.0], "gold_rows": False}),
        ("p", "Generalforsamlingen har også valgt tre varamedlemmer for aksjonærvalgte styremedlemmer i "
              "nummerert rekkefølge. De har ikke møtt i styret i 2019 og er ikke oppført over."),
        ("bh", "3.2 Ansatte"),
        ("p", "Ved utgangen av året hadde bedriften 24 ansatte i 21,5 årsverk. Ledergruppen består av:"),
        ("tablines", [["Egil Sirevåg", "daglig leder"], ["Marit Gya", "økonomileder"],
                      ["Svein Olav Helleland", "avdelingsleder produksjon"],
                      ["Tone Ramsland", "avdelingsleder AFT"], ["Hilde Seglem", "jobbspesialist"]],
         {"stops": (6.0,)}),
        ("p", "Verneombud er Ola Kristian Bue, og hovedtillitsvalgt er Astrid Fidje. Sykefraværet blant "
              "de ansatte var {p:5,2 %|sykefraværet blant de ansatte}."),
        ("break",),
        ("bh", "4 Styrets årsberetning", {"size": 14}),
        ("p", "Virksomheten drives fra lokaler i {g:Egersund} og på {g:Hellvik}. Styret mener at "
              "årsregnskapet gir et rettvisende bilde av stilling og resultat, og forutsetningen om "
              "fortsatt drift er til stede."),
        ("p", "Arbeidsmiljøet er godt. Det har ikke vært personskader i året. Virksomheten forurenser "
              "ikke det ytre miljø utover det som er vanlig for bransjen."),
        ("p", "Av de ansatte er {p:58 prosent|av de ansatte er} kvinner. Styret har to kvinner og "
              "to menn blant de aksjonærvalgte."),
        ("p", "Årets overskudd foreslås overført til annen egenkapital."),
        ("sign", "{g:Egersund}, 18. mars 2020",
         [("Kari Vestbø", "styreleder"), ("Tor Helge Eide", "nestleder"), ("Randi Skjæveland", "styremedlem"),
          ("Øystein Hauge", "styremedlem"), ("Linda Rosseland", "styremedlem"), ("Egil Sirevåg", "daglig leder")],
         {"cols": 3}),
        ("break",),
        ("bh", "5 Årsregnskap", {"size": 14}),
        ("mlstmt", res, {"title": "Resultatregnskap 2019"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2019"}),
        ("bh", "Noter"),
        ("p", "Note 1 Regnskapsprinsipper. Årsregnskapet er satt opp etter regnskapsloven og god "
              "regnskapsskikk for små foretak."),
        ("p", "Note 2 Tilskudd. Tilskudd fra NAV gjelder VTA og AFT. Kommunene betaler tilskudd etter "
              "eierandel."),
        ("p", "Note 3 Lønnskostnader. Daglig leder har hatt lønn på 812 400 kroner. Styrehonorar er "
              "utbetalt med til sammen 96 000 kroner."),
        ("p", "Note 7 Pantelån. Lånet er sikret med pant i bygningen og nedbetales over 15 år."),
        ("break",),
        ("bh", "6 Revisors beretning", {"size": 14}),
        ("p", "Til generalforsamlingen. Vi har revidert årsregnskapet for 2019. Etter vår mening er "
              "det vedlagte årsregnskapet avgitt i samsvar med lov og forskrifter."),
        ("p", "{g?:Stavanger}, 25. mars 2020"),
        ("p", "Sørvest Revisjon AS"),
        ("p", "Henrik Mjølhus\nstatsautorisert revisor"),
    ]
    return {
        "name": "eikeli-vekst-2019", "year": 2019, "title": "Årsrapport 2019",
        "header": "Eikeli Vekst AS  |  Årsrapport 2019", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Eikeli Vekst AS", "address": "Havneveien 14, 4370 Egersund",
                         "email": "post@eikelivekst.no", "phone": "51 49 20 00",
                         "owners": [{"name": "Eigersund kommune", "share_percent": 60},
                                    {"name": "Bjerkreim kommune", "share_percent": 25},
                                    {"name": "Sokndal kommune", "share_percent": 15}]},
        "ceo": "Egil Sirevåg", "board": board, "programs": {"VTA": 32, "AFT": 18},
        "not_board": ["Solveig Tengesdal", "Anders Kvalvik", "Bjørn Omdal", "Marit Gya", "Svein Olav Helleland",
                      "Tone Ramsland", "Hilde Seglem", "Ola Kristian Bue", "Astrid Fidje", "Henrik Mjølhus"],
        "items": [("p", "Årsrapport 2019", {"size": 26, "bold": True}),
                  ("p", "Arbeid, opplæring og inkludering i {g:Dalane}", {"size": 13, "italic": True}),
                  ("photo", 5, 7, "Deltakere og ansatte på sommeravslutningen i juni."),
                  ("p", "Besøksadresse: Havneveien 14, 4370 {g:Egersund}"),
                  ("p", "post@eikelivekst.no  ·  Telefon 51 49 20 00"),
                  ("break",)] + text,
        "renditions": ["docx", "pdf"],
        "notes": "Vekstbedrift AS, bokmål, Eigersund (Rogaland) 2019: the organisation's name only in the page "
                 "header; fact box in a text box with VTA/AFT places; board table whose 'Valgt av' cells are "
                 "merged down (Generalforsamlingen over four rows, De ansatte over two: employee_elected read "
                 "from a merged cell; the deputy's constituency left open); numbered bold headings; staff as "
                 "tab lines; resultatregnskap with several lines per cell.",
    }


def gronvold_miljo_iks_2016() -> dict:
    board = [("Hans Olav Tveiten", "LEDE", False), ("Inger Lise Grave", "NEST", False),
             ("Tarjei Hegna", "MEDL", False), ("Eva Bakken", "MEDL", False),
             ("Jon Erik Moen", "MEDL", True), ("Lars Straume", "VARA", None)]
    cols = [Col("Regnskap 2016", 2016), Col("Budsjett 2016", 2016, BUDGET), Col("Regnskap 2015", 2015)]
    res = Statement("Resultatregnskap", cols, income(
        NB, 3, inc=[("Gebyrinntekter", "2", [38412, 38100, 36877]), ("Salg av gjenvunnet materiale", "", [3215, 2900, 2744]),
                    ("Andre driftsinntekter", "", [1108, 950, 1032])],
        cost=[("Lønn og sosiale kostnader", "3", [14256, 14400, 13610]), ("Innsamling og transport", "", [11893, 12100, 11402]),
              ("Behandling av avfall", "", [9874, 9700, 9455]), ("Avskrivninger", "4", [3310, 3300, 3126]),
              ("Andre driftskostnader", "", [2761, 2600, 2855])],
        fin=[("Finansinntekter", "", [212, 150, 188]), ("Finanskostnader", "7", [-1104, -1150, -1206])]),
        unit=1000, negative="paren", note_col="Note", label_header="Tall i 1000 kr")
    bal = Statement("Balanse", [Col("31.12.2016", 2016), Col("31.12.2015", 2015)], balance(
        NB, 2, fixed=[("Bygninger og anlegg", "4", [31420, 32660]), ("Kjøretøy og maskiner", "4", [8914, 9640])],
        current=[("Kundefordringer", "", [4102, 3877]), ("Bankinnskudd", "", "plug")],
        equity=[("Innskutt egenkapital", "", [2000, 2000]), ("Opptjent egenkapital", "", [9688, 9649])],
        long=[("Lån i Kommunalbanken", "7", [29800, 31600]), ("Pensjonsforpliktelser", "3", [4210, 3980])],
        short=[("Leverandørgjeld", "", [2644, 2513]), ("Annen kortsiktig gjeld", "", [3390, 3118])]),
        unit=1000, negative="paren", note_col="Note", label_header="Tall i 1000 kr", render="unruled")
    fractions = [("Restavfall", 6120, 6348), ("Matavfall", 2214, 2105), ("Papp og papir", 1876, 1902),
                 ("Plastemballasje", 412, 388), ("Glass- og metallemballasje", 531, 507), ("Hageavfall", 1988, 1761),
                 ("Trevirke", 1543, 1495), ("Metaller", 602, 588), ("EE-avfall", 311, 296), ("Farlig avfall", 147, 152),
                 ("Tekstiler", 96, 84), ("Gips", 205, 191), ("Isolerglass", 38, 41), ("Dekk", 64, 59),
                 ("Bygg- og rivingsavfall", 1322, 1404), ("Rene masser", 2710, 2455), ("Impregnert trevirke", 188, 176),
                 ("Kjølemøbler", 54, 57), ("Bilvrak", 71, 66), ("Batterier", 9, 8)]
    amounts = [["Fraksjon", "2016 (tonn)", "2015 (tonn)"]] + [[f, f"{a:,}".replace(",", " "), f"{b:,}".replace(",", " ")]
                                                           for f, a, b in fractions]
    items = [
        ("p", "Grønvold Miljø IKS", {"size": 24, "bold": True}),
        ("p", "Årsmelding og årsregnskap 2016", {"size": 15}),
        ("photo", 4, 5, "Nye innsamlingsbiler ble tatt i bruk i april."),
        ("p", "Sentrumsvegen 41, 3800 {g:Bø i Telemark|Bø}  ·  post@gronvoldmiljo.no  ·  35 95 41 00"),
        ("break",),
        ("toc", [("1. Innledning", 2), ("2. Selskapet", 3), ("2.1 Representantskap og styre", 3),
                 ("2.2 Administrasjonen", 4), ("3. Drift i 2016", 5), ("3.1 Innsamling", 5),
                 ("3.2 Helse, miljø og sikkerhet", 5), ("3.3 Avfallsmengder", 6), ("3.4 Nøkkeltall", 7), ("4. Årsberetning", 8), ("5. Årsregnskap", 9)]),
        ("break",),
        ("h", 1, "1. Innledning"),
        ("p", "Selskapet samler inn og behandler husholdningsavfall for om lag 26 000 innbyggere. 2016 var "
              "første hele år med egen innsamling av matavfall, og sorteringen har gått bedre enn ventet."),
        ("p", "Representantskapets leder Arne Kåsa har fulgt arbeidet med ny avfallsplan tett, og vi takker "
              "ham og de tre kommunenes miljørådgivere for et godt samarbeid. Takk også til Ingrid Tufte i "
              "Avfall Norge for hjelp med analysen av restavfallet."),
        ("p", "Gunnhild Sandvik, daglig leder", {"italic": True}),
        ("break",),
        ("h", 1, "2. Selskapet"),
        ("fnp", "Grønvold Miljø IKS er et interkommunalt selskap etter lov om interkommunale selskaper, eid av "
                "tre kommuner etter selskapsavtalen.",
         [("lov om interkommunale selskaper", "Lov 29. januar 1999 nr. 6 (IKS-loven)."),
          ("selskapsavtalen", "Revidert selskapsavtale vedtatt i kommunestyrene i 2014.")]),
        ("table", [["Eierkommune", "Eierandel"], ["{g:Nome} kommune", "{p:42 %}"], ["{g:Bø} kommune", "{p:33 %}"],
                   ["{g:Sauherad} kommune", "{p:25 %}"]], {"widths": [7.0, 3.5]}),
        ("h", 2, "2.1 Representantskap og styre"),
        ("p", "Representantskapet er selskapets øverste organ. Hver kommune har én representant med personlig "
              "varamedlem, valgt av kommunestyret for valgperioden. Representantskapet velger styret. Det var "
              "to møter i representantskapet og sju styremøter i 2016."),
        ("nested", [("Representantskapet", [["Kommune", "Medlem", "Varamedlem"],
                                            ["{g:Nome}", "Arne Kåsa (leder)", "Sigrid Fjeld"],
                                            ["{g:Bø}", "Marianne Holtan (nestleder)", "Knut Aas"],
                                            ["{g:Sauherad}", "Per Gunnar Lia", "Anne Nordbø"]]),
                    ("Styret", [["Verv", "Navn"], ["Styreleder", "Hans Olav Tveiten"],
                                ["Nestleder", "Inger Lise Grave"], ["Styremedlem", "Tarjei Hegna"],
                                ["Styremedlem", "Eva Bakken"], ["Styremedlem (ansattvalgt)", "Jon Erik Moen"],
                                ["Varamedlem", "Lars Straume"]])]),
        ("fnp", "Styremedlemmet valgt av de ansatte har eget varamedlem, som ikke har møtt i 2016.",
         [("valgt av de ansatte", "Valget blant de ansatte ble holdt i desember 2015.")]),
        ("h", 2, "2.2 Administrasjonen"),
        ("p", "Daglig leder er Gunnhild Sandvik. Driftsleder er Olav Sætre, og Hege Langkaas er "
              "økonomikonsulent. Selskapet hadde 22 ansatte ved årsskiftet. Sykefraværet var "
              "{p:6,8 %|sykefraværet}."),
        ("break",),
        ("h", 1, "3. Drift i 2016"),
        ("h", 2, "3.1 Innsamling"),
        ("p", "Restavfall og matavfall hentes hver andre uke, papp og papir hver fjerde uke. Hytterenovasjonen i "
              "{g:Lifjell}-området har fått tolv nye containerpunkt."),
        ("p", "Gjenvinningsstasjonen i {g:Nome} har hatt utvidet åpningstid på lørdager fra mai til september. "
              "Besøket økte med {p:11 prosent|Besøket økte} fra året før."),
        ("p", "Innsamlingen er lagt ut på anbud for perioden 2017–2023. Fire firma leverte tilbud, og "
              "kontrakten ble tildelt i oktober etter behandling i styret. Den nye kontrakten krever at "
              "bilene går på biogass eller strøm fra 2019."),
        ("p", "Kundeservice tok imot 3 940 henvendelser, de fleste om tømmedager, beholderstørrelse og "
              "gebyr. Avvik på tømming ble redusert med {p:30 prosent|avvik på tømming} etter at sjåførene "
              "fikk nettbrett med rutekart i bilene. Det kom inn 41 skriftlige klager, alle besvart innen "
              "fristen."),
        ("table", [["Gebyr 2016 (kr inkl. mva.)", "Standard", "Hjemmekompost", "Hytte"],
                   ["{g:Nome}", "3 412", "2 980", "1 540"], ["{g:Bø}", "3 412", "2 980", "1 540"],
                   ["{g:Sauherad}", "3 412", "2 980", "1 540"]], {"widths": [5.4, 2.6, 4.0, 2.6]}),
        ("h", 2, "3.2 Helse, miljø og sikkerhet"),
        ("p", "Det ble meldt 14 uønskede hendelser, de fleste om rygging og trange snuplasser. To hendelser "
              "førte til fravær. Verneombud Karin Holta har gått vernerunder på alle anlegg sammen med "
              "driftslederen, og arbeidsmiljøutvalget har hatt fire møter."),
        ("p", "Alle sjåfører har fått kurs i sikker rygging, og tre snuplasser er flyttet etter avtale med "
              "grunneierne."),
        ("h", 2, "3.3 Avfallsmengder"),
        ("p", "Tabellen viser innsamlede mengder fordelt på fraksjon. Materialgjenvinningsgraden for "
              "husholdningsavfallet var {p:41,3 prosent|materialgjenvinningsgraden}."),
        ("mtable", amounts, {"widths": [8.0, 3.5, 3.5], "repeat_header": True}),
        ("h", 2, "3.4 Nøkkeltall"),
        ("table", [["", "2012", "2013", "2014", "2015", "2016"],
                   ["Innbyggere", "25 610", "25 720", "25 804", "25 930", "26 047"],
                   ["Abonnenter", "11 204", "11 260", "11 318", "11 402", "11 466"],
                   ["Hytteabonnenter", "2 118", "2 140", "2 166", "2 190", "2 231"],
                   ["Tonn husholdningsavfall", "18 900", "19 120", "19 480", "19 976", "20 512"],
                   ["Kg per innbygger", "738", "743", "755", "770", "788"]], {"widths": [5.4, 2.2, 2.2, 2.2, 2.2, 2.2]}),
        ("break",),
        ("h", 1, "4. Årsberetning"),
        ("p", "Selskapet driver innsamling og behandling av avfall i eierkommunene, med kontor i {g:Bø}. "
              "Regnskapet er satt opp under forutsetning om fortsatt drift. Årets resultat er tilført "
              "opptjent egenkapital etter selvkostprinsippet."),
        ("p", "Kvinner utgjør {p:18 prosent|kvinner utgjør} av de ansatte og tre av seks i styret."),
        ("sign", "{g:Bø}, 2. mars 2017",
         [("Hans Olav Tveiten", "styreleder"), ("Inger Lise Grave", "nestleder"), ("Tarjei Hegna", ""),
          ("Eva Bakken", ""), ("Jon Erik Moen", ""), ("Gunnhild Sandvik", "daglig leder")], {"cols": 3}),
        ("break",),
        ("h", 1, "5. Årsregnskap"),
        ("stmt", res, {"title": "Resultatregnskap 2016"}),
        ("stmt", bal, {"title": "Balanse per 31. desember"}),
        ("p", "Revisor er Telemark kommunerevisjon IKS ved oppdragsansvarlig revisor Sveinung Bratteli."),
    ]
    return {
        "name": "gronvold-miljo-iks-2016", "year": 2016, "title": "Årsmelding 2016",
        "header": "Grønvold Miljø IKS – årsmelding 2016", "header_align": "right",
        "footer": "{PAGE}",
        "organization": {"name": "Grønvold Miljø IKS", "email": "post@gronvoldmiljo.no", "phone": "35 95 41 00",
                         "owners": [{"name": "Nome kommune", "share_percent": 42},
                                    {"name": "Bø kommune", "share_percent": 33},
                                    {"name": "Sauherad kommune", "share_percent": 25}]},
        "ceo": "Gunnhild Sandvik", "board": board,
        "not_board": ["Arne Kåsa", "Marianne Holtan", "Per Gunnar Lia", "Sigrid Fjeld", "Knut Aas", "Anne Nordbø",
                      "Ingrid Tufte", "Olav Sætre", "Hege Langkaas", "Sveinung Bratteli", "Karin Holta"],
        "places_optional": ["Telemark"],
        "items": items,
        "renditions": ["docx", "doc"],
        "notes": "IKS (renovasjon), bokmål, Bø/Nome/Sauherad (Telemark) 2016: numbered Word headings, table of "
                 "contents, real footnotes; the representantskap (its leder and nestleder with personal "
                 "deputies) and the board side by side in two tables nested in a layout table; '(ansattvalgt)' "
                 "in the role cell; a 21-row table whose header row repeats over a page break; statements "
                 "'Tall i 1000 kr' with Regnskap | Budsjett | Regnskap and bracketed negatives (budget optional).",
    }


def grindal_produkter_2021() -> dict:
    board = [("Bodil Krogstad", "LEDE", False), ("Arvid Hoston", "NEST", False), ("Siri Ugedal", "MEDL", False),
             ("Johannes Vorpbakk", "MEDL", False), ("Nina Rønning", "MEDL", True), ("Kjell Are Hoel", "VARA", None)]
    cols = [Col("2021", 2021), Col("2020", 2020)]
    lines = income(NB, 2, inc=[("Salgsinntekter", "", [6184220, 5712900]), ("Offentlige tilskudd", "2", [8870400, 8512300]),
                               ("Andre inntekter", "", [214300, 388000])],
                   cost=[("Varekostnad", "", [2290450, 2102380]), ("Lønn og sosiale kostnader", "3", [10644100, 10198760]),
                         ("Avskrivninger", "4", [402200, 389900]), ("Andre driftskostnader", "", [1580240, 1627310])],
                   fin=[("Netto finans", "", [-18400, -24150])], labels={"fin": None, "net_fin": None})
    lines += balance(NB, 2, fixed=[("Bygninger", "4", [3120000, 3260000]), ("Maskiner og biler", "4", [944600, 1011200])],
                     current=[("Varer", "", [388100, 402300]), ("Fordringer", "", [911870, 842600]),
                              ("Bank", "", "plug")],
                     equity=[("Aksjekapital", "", [400000, 400000]), ("Annen egenkapital", "", [3885120, 3532790])],
                     long=[("Lån", "", [1850000, 2050000])],
                     short=[("Leverandørgjeld", "", [612300, 588450]), ("Skyldig lønn og avgifter", "", [1230400, 1176800]),
                            ("Annen kortsiktig gjeld", "", [265750, 244010])])
    st = Statement("Regnskap 2021", cols, lines, note_col="Note", label_header="")
    items = [
        ("p", "ÅRSRAPPORT 2021", {"size": 28, "bold": True}),
        ("photo", 3, 6, "Fra vareopptellingen i desember."),
        ("p", "Industriveien 7, 7300 {g:Orkanger}"),
        ("p", "Telefon 72 48 11 50  ·  www.grindal-produkter.no"),
        ("break",),
        ("bh", "Om bedriften", {"caps": True}),
        ("sidebar", [("p", "«Her får jeg brukt hendene og har arbeidskamerater å prate med. Det er det beste med "
                           "jobben.»"), ("p", "Roar Grøtte, deltaker på monteringsavdelingen")],
         {"width_pt": 150, "height_pt": 120}),
        ("p", "Bedriften ble etablert i 1987 og er i dag eid {p:100 prosent|i dag eid} av {g:Orkland} kommune. Vi gir "
              "arbeid og arbeidstrening til personer med nedsatt arbeidsevne, og har 24 plasser i varig "
              "tilrettelagt arbeid (VTA) og 10 plasser i arbeidsforberedende trening (AFT)."),
        ("p", "Virksomheten har avdelinger for montering, vedproduksjon og kantine på {g:Orkanger}, og et "
              "gartneri på {g:Fannrem}. I 2021 var {p:64 prosent|av omsetningen} av omsetningen salg til "
              "næringslivet i regionen."),
        ("bh", "Året som gikk", {"caps": True}),
        ("p", "Pandemien preget første halvår, med perioder der bare halvparten av deltakerne kunne være på "
              "jobb samtidig. Fra august var driften tilbake som normalt, og monteringsavdelingen fikk en ny "
              "rammeavtale med en leverandør til havbruksnæringen."),
        ("p", "Gartneriet solgte rekordmange sommerblomster, og salget på {g:Fannrem} økte med "
              "{p:22 prosent|salget på Fannrem}. Vedproduksjonen var lavere enn året før fordi "
              "tørkeanlegget sto i fem uker."),
        ("p", "Gjennom året hadde vi 49 deltakere. Elleve av dem som avsluttet AFT, fikk jobb eller startet "
              "på skole."),
        ("bh", "Samarbeid", {"caps": True}),
        ("p", "Vi samarbeider med NAV {g:Orkland}, videregående skole og næringsforeningen. Styreleder i "
              "næringsforeningen, Rune Bakk, har vært med i arbeidet med å finne praksisplasser, og "
              "NAV-veileder Marte Svorkdal følger opp AFT-deltakerne sammen med oss."),
        ("break",),
        ("bh", "Styret og administrasjonen", {"caps": True}),
        ("p", "Styret i 2021 har bestått av:"),
        ("ol", "Bodil Krogstad, styreleder"),
        ("ol", "Arvid Hoston, nestleder"),
        ("ol", "Siri Ugedal, styremedlem"),
        ("ol", "Johannes Vorpbakk, styremedlem"),
        ("p", "Valgt av og blant de ansatte:", {"bold": True}),
        ("ol", "Nina Rønning, styremedlem"),
        ("ol", "Kjell Are Hoel, varamedlem"),
        ("p", "Styret har hatt seks møter. Daglig leder er Stein Ivar Løkken. Arbeidsledere er Frode Vullum "
              "(montering), Heidi Snildal (gartneri) og Espen Moe (ved og kantine)."),
        ("bh", "Årsberetning", {"caps": True}),
        ("p", "Styret mener regnskapet gir et riktig bilde av drift og stilling, og at det er grunnlag for "
              "fortsatt drift. Sykefraværet blant ansatte var {p:4,7 %|sykefraværet blant ansatte}. Det har "
              "ikke vært skader eller ulykker. Bedriften forurenser ikke det ytre miljøet."),
        ("p", "Årsresultatet overføres til annen egenkapital."),
        ("sign", "{g:Orkanger}, 8. mars 2022",
         [("Bodil Krogstad", "Styreleder"), ("Arvid Hoston", "Nestleder"), ("Siri Ugedal", "Styremedlem"),
          ("Johannes Vorpbakk", "Styremedlem"), ("Nina Rønning", "Styremedlem"), ("Stein Ivar Løkken", "Daglig leder")],
         {"cols": 2}),
        ("bh", "Regnskap", {"caps": True}),
        ("p", "Resultatregnskap og balanse er satt opp i hele kroner."),
        ("longstmt", st, {"title": "Resultatregnskap og balanse 2021"}),
        ("p", "Note 2: Offentlige tilskudd er tilskudd fra NAV til VTA og AFT og driftstilskudd fra "
              "kommunen."),
        ("p", "Revisor: Revisjon Midt-Norge SA, ved statsautorisert revisor Anniken Dahl."),
    ]
    return {
        "name": "grindal-produkter-2021", "year": 2021, "title": "Årsrapport 2021",
        "header": "Grindal Produkter AS", "header_align": "right", "footer": "Årsrapport 2021 – side {PAGE}",
        "organization": {"name": "Grindal Produkter AS", "address": "Industriveien 7, 7300 Orkanger",
                         "phone": "72 48 11 50", "website": "www.grindal-produkter.no", "founded_year": 1987,
                         "owners": [{"name": "Orkland kommune", "share_percent": 100}]},
        "ceo": "Stein Ivar Løkken", "board": board, "programs": {"VTA": 24, "AFT": 10},
        "not_board": ["Roar Grøtte", "Rune Bakk", "Marte Svorkdal", "Frode Vullum", "Heidi Snildal", "Espen Moe",
                      "Anniken Dahl"],
        "items": items,
        "renditions": ["docx", "doc"],
        "notes": "Vekstbedrift AS, bokmål, Orkland (Trøndelag) 2021: name only in the page header; ALL-CAPS bold "
                 "paragraphs as headings; a deltaker's quote in a text box; the board as a Word numbered list "
                 "'Name, role' split by a bold line 'Valgt av og blant de ansatte:' (numbering runs on); "
                 "the næringsforening's styreleder named; resultat and balanse in one table whose header row "
                 "repeats over the page break.",
    }


REPORTS = [eikeli_vekst_2019, gronvold_miljo_iks_2016, grindal_produkter_2021]
