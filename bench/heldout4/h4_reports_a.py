"""Fourth held-out set, reports 1-4: a vekstbedrift konsern (bokmål), a fire and rescue IKS
(nynorsk, browser-printed), a municipal KF (bokmål, with a .doc) and a museum foundation
(nynorsk). Organisations, people and figures are invented; places are real municipalities,
counties and villages of the year. Markup: ``{g:Place}``, ``{g?:Village}``, ``{p:5 %|about}``.
"""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Line, Statement, balance, income

from h3_render import Dash


def pct(part: float, whole: float, decimals: int = 1, word: str = " %") -> str:
    """A ratio printed the Norwegian way ("60,5 %"), computed from the printed figures."""
    return f"{100 * part / whole:.{decimals}f}".replace(".", ",") + word


def line_value(st: Statement, label: str, col: int) -> float:
    return next(line.values[col] for line in st.lines if line.label == label)


# ---------------------------------------------------------------- 1 vekst konsern, bokmål 2023

def grindvoll():
    key = Statement(
        "Nøkkeltall for konsernet",
        [Col("Regnskap 2023", 2023), Col("Budsjett 2023", 2023, BUDGET), Col("Regnskap 2022", 2022)],
        [Line("Driftsinntekter", [41870, 40500, 38214], key=True),
         Line("Driftskostnader", [40962, 40150, 37655], key=True),
         Line("Driftsresultat", [41870 - 40962, 40500 - 40150, 38214 - 37655], key=True, bold=True),
         Line("Årsresultat", [1012, 420, 604], key=True, bold=True),
         Line("Sum eiendeler", [29446, None, 27931], key=True),
         Line("Egenkapital", [17820, None, 16808], key=True)],
        unit=1000, label_header="Tall i 1000 kr")
    ratios = [["Egenkapitalandel", "{p:" + pct(17820, 29446) + "}", "", "{p:" + pct(16808, 27931) + "}"],
              ["Driftsmargin", "{p:" + pct(908, 41870) + "}", "{p:" + pct(350, 40500) + "}", "{p:" + pct(559, 38214) + "}"]]
    board = [("Torbjørn Kvisler", "LEDE", False), ("Randi Elstad Grue", "NEST", False),
             ("Kjetil Brenna", "MEDL", False), ("Hanne Solbakken Ruud", "MEDL", False),
             ("Mona Lykken", "MEDL", True), ("Eivind Sandvold", "VARA", None), ("Line Grefsrud", "VARA", None)]
    ceo = "Sigrun Hovde Aalstad"
    signers = [["Kvisler, Torbjørn", "Rolle: Styreleder", "14.03.2024 09:12:40 CET", "Signert med BankID"],
               ["Grue, Randi Elstad", "Rolle: Nestleder", "14.03.2024 10:03:11 CET", "Signert med BankID"],
               ["Brenna, Kjetil", "Rolle: Styremedlem", "14.03.2024 12:47:55 CET", "Signert med BankID"],
               ["Ruud, Hanne Solbakken", "Rolle: Styremedlem", "15.03.2024 08:20:02 CET", "Signert med BankID"],
               ["Lykken, Mona", "Rolle: Styremedlem", "15.03.2024 13:31:19 CET", "Signert med BankID"],
               ["Aalstad, Sigrun Hovde", "Rolle: Administrerende direktør", "14.03.2024 08:58:27 CET",
                "Signert med BankID"]]
    items = [
        ("p", "ÅRSRAPPORT 2023", {"bold": True, "size": 22}),
        ("p", "Grindvoll Vekst AS – morselskap og konsern", {"size": 13}),
        ("table", [["Org.nr.", "987 654 321"], ["Besøksadresse", "Industrivegen 14, 2750 {g:Gran}"],
                   ["Telefon", "61 33 40 00"], ["E-post", "post@grindvollvekst.no"],
                   ["Nettside", "www.grindvollvekst.no"], ["Stiftet", "1989"]],
         {"ruled": False, "gold_rows": False, "header_bold": False, "size": 9}),
        ("h", 1, "Administrerende direktør har ordet"),
        ("p", "2023 ble et år med flere oppdrag enn noen gang. Vi fikk nye avtaler med kommunene på "
              "{g:Hadeland}, og monteringsavdelingen i datterselskapet hadde full ordrebok fra mars. "
              "Samtidig har vi brukt mye tid på kvaliteten i arbeidsforberedende trening, der flere "
              "deltakere enn før gikk videre til lønnet arbeid."),
        ("p", "Takk til alle ansatte og deltakere for innsatsen, og til eierne for godt samarbeid."),
        ("p", f"{ceo}, administrerende direktør", {"italic": True}),
        ("h", 1, "Styrets årsberetning"),
        ("h", 2, "Virksomhetens art og hvor den drives"),
        ("p", "Grindvoll Vekst AS ble stiftet i 1989 og har forretningskontor i {g:Gran} kommune i "
              "{g:Innlandet}. Selskapet er en arbeids- og inkluderingsbedrift som gir arbeidstrening, "
              "kvalifisering og varig tilrettelagt arbeid til personer bosatt i {g:Gran}, {g:Lunner} og "
              "{g:Jevnaker}. Produksjonen drives i egne lokaler i {g?:Brandbu} og på {g?:Jaren}."),
        ("p", "Selskapet er godkjent tiltaksarrangør for NAV. Ved utgangen av 2023 hadde selskapet "
              "28 plasser i varig tilrettelagt arbeid (VTA) og 40 plasser i arbeidsforberedende trening "
              "(AFT). I løpet av året deltok i alt 112 personer i AFT, og 31 av dem gikk over til "
              "arbeid eller utdanning."),
        ("h", 2, "Eiere"),
        ("table", [["Eier", "Eierandel"], ["{g:Gran kommune|Gran}", "{p:56 %}"], ["{g:Lunner kommune|Lunner}", "{p:34 %}"],
                   ["Randsfjord Næringsråd", "{p:10 %}"]], {"ruled": True, "shade_header": "E4EAE4", "size": 9}),
        ("h", 2, "Konsernet"),
        ("p", "Konsernet består av Grindvoll Vekst AS og datterselskapet Grindvoll Montasje AS, som "
              "morselskapet eier {p:100 %|datterselskapet}. Datterselskapet leverer montering og "
              "emballering til industrien i regionen. Daglig leder i Grindvoll Montasje AS er Ove Bråten. "
              "Datterselskapets styre har i 2023 bestått av Sigrun Hovde Aalstad (styreleder), "
              "Kari Lunde Hval og Pål Tronrud."),
        ("h", 2, "Styret"),
        ("p", "Styret i Grindvoll Vekst AS har ved årets utgang denne sammensetningen:"),
        ("table", [["Styreleder:", "Torbjørn Kvisler"], ["Nestleder:", "Randi Elstad Grue"],
                   ["Styremedlem:", "Kjetil Brenna"], ["Styremedlem:", "Hanne Solbakken Ruud"],
                   ["Styremedlem (ansattvalgt):", "Mona Lykken"], ["Varamedlem:", "Eivind Sandvold"],
                   ["Varamedlem for de ansatte:", "Line Grefsrud"]],
         {"ruled": False, "header_bold": False, "size": 9.5, "widths": [5.5, 7.0]}),
        ("p", "Styret har hatt sju møter og behandlet 58 saker. Administrerende direktør er styrets sekretær."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Konsernet hadde 31 ansatte ved utgangen av året, fordelt på 29,6 årsverk. Det samlede "
              "sykefraværet var {p:7,4 %|sykefraværet} mot {p:8,1 %|sykefraværet} året før. "
              "Av de ansatte er {p:42 prosent|kvinner} kvinner, og styret har to kvinner og tre menn. "
              "Det har ikke vært skader som har ført til fravær."),
        ("h", 2, "Ytre miljø"),
        ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bransjen. "
              "Av avfallet fra produksjonen ble {p:78 prosent|avfallet} sortert til gjenvinning."),
        ("h", 2, "Resultat og økonomi"),
        ("p", "Konsernets driftsinntekter økte til 41,9 millioner kroner. Driftsresultatet ble bedre enn "
              "budsjettert, først og fremst fordi monteringsavdelingen hadde flere oppdrag. Tallene under er "
              "hentet fra konsernregnskapet; fullstendig regnskap med noter for morselskap og konsern "
              "følger som eget vedlegg."),
        ("keytable", key, ratios, {"title": "Nøkkeltall for konsernet"}),
        ("h", 2, "Fortsatt drift"),
        ("p", "Forutsetningen om fortsatt drift er til stede, og årsregnskapet er satt opp under denne "
              "forutsetningen. Styret foreslår at årsresultatet i morselskapet overføres til annen egenkapital."),
        ("esign", "Signaturer", "Dette dokumentet er signert elektronisk. Signaturene er verifisert med BankID.",
         signers),
    ]
    return {
        "name": "grindvoll-2023", "year": 2023,
        "title": "Årsrapport 2023 – Grindvoll Vekst AS",
        "organization": {"name": "Grindvoll Vekst AS", "founded_year": 1989,
                         "address": "Industrivegen 14, 2750 Gran", "phone": "61 33 40 00",
                         "email": "post@grindvollvekst.no", "website": "www.grindvollvekst.no",
                         "owners": [{"name": "Gran kommune", "share_percent": 56},
                                    {"name": "Lunner kommune", "share_percent": 34},
                                    {"name": "Randsfjord Næringsråd", "share_percent": 10}]},
        "ceo": ceo, "board": board, "board_optional": [ceo],
        "not_board": ["Ove Bråten", "Kari Lunde Hval", "Pål Tronrud"],
        "programs": {"VTA": 28, "AFT": 40},
        "places_optional": ["Industrivegen"],
        "items": items, "renditions": ["docx", "pdf"],
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "2E5E3A",
        "header": "Grindvoll Vekst AS · Årsrapport 2023", "footer": "Side {PAGE} av {NUMPAGES}",
        "notes": "Vekstbedrift AS with a wholly owned subsidiary (konsern), Gran (Innlandet), 2023, bokmål. "
                 "Board as an unruled 'Rolle: | Navn' table with the employee member as "
                 "'Styremedlem (ansattvalgt):'; roles again on an e-signature page ('Surname, Given' + "
                 "'Rolle: ...'), where the administrerende direktør also signs (optional). The subsidiary's "
                 "daglig leder and its board (chaired by the parent's CEO) are not the reporting "
                 "organisation's and must not be reported. Key figures only in a 'Nøkkeltall' table in "
                 "1000 kr with Regnskap | Budsjett | Regnskap columns (budget optional) and ratio rows "
                 "in percent. Owners with shares in a table; VTA/AFT places beside AFT participants.",
    }


# ---------------------------------------------------------------- 2 brann IKS, nynorsk 2021, browser

def dalsfjord():
    ncols = 3
    lines = income(
        "nn", ncols,
        inc=[("Sal av tenester og gebyr", "", [6412300, 6100000, 5980450]),
             ("Overføringar frå eigarkommunane", "", [38650000, 38650000, 36900000]),
             ("Refusjonar", "", [2118640, 1500000, 2402115])],
        cost=[("Lønn og sosiale utgifter", "", [35204880, 35900000, 33877240]),
              ("Kjøp av varer og tenester", "", [8930515, 8450000, 8612330]),
              ("Avskrivingar", "", [2240000, 2240000, 2105000])],
        fin=[("Renteinntekter", "", [84210, 60000, 52880]),
             ("Renteutgifter", "", [-512400, -560000, -498770])],
        labels={"cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter", "op": "Brutto driftsresultat",
                "fin": "Finansinntekter og finansutgifter", "net_fin": "Netto finansutgifter",
                "result": "Netto driftsresultat"})
    st = Statement("Driftsrekneskap 2021",
                   [Col("Rekneskap 2021", 2021), Col("Regulert budsjett 2021", 2021, BUDGET),
                    Col("Rekneskap 2020", 2020)], lines, label_header="", above="Beløp i heile kroner",
                   render="unruled")
    ceo = "Geir Arne Hovlandsdal"
    board = [("Åshild Vassbotn", "LEDE", False), ("Torstein Gjelsvik", "NEST", False),
             ("Ingrid Solheim Brekke", "MEDL", False), ("Knut Ove Myklebust", "MEDL", False),
             ("Hilde Nygjerd", "MEDL", True),
             ("Rune Flatjord", "VARA", None), ("Marta Hellebust", "VARA", None), ("Olav Tungesvik", "VARA", None),
             ("Solfrid Hestad", "VARA", None), ("Arvid Longva", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2021"),
        ("facts", ["Dalsfjord brann og redning IKS", "Org.nr. 922 310 457", "Holsenvegen 21, 6800 {g:Førde}",
                   "Telefon 57 72 18 00", "post@dalsfjordbrann.no", "www.dalsfjordbrann.no"]),
        ("p", "Dalsfjord brann og redning IKS er eit interkommunalt selskap som tek hand om brannvern, "
              "feiing og tilsyn i fire kommunar i {g:Vestland}. Selskapet vart skipa 1. januar 2019, då "
              "brannvesena i kommunane vart slegne saman."),
        ("h", 2, "Eigarar"),
        ("table", [["Eigarkommune", "Eigardel"], ["{g:Sunnfjord kommune|Sunnfjord}", "{p:40 %}"],
                   ["{g:Askvoll kommune|Askvoll}", "{p:24 %}"], ["{g:Fjaler kommune|Fjaler}", "{p:22 %}"],
                   ["{g:Hyllestad kommune|Hyllestad}", "{p:14 %}"]]),
        ("p", "Representantskapet er øvste organ og har ein representant frå kvar eigarkommune. "
              "Representantskapet har i 2021 vore leia av Bjarne Eikås frå {g:Fjaler}, med Synnøve Rise "
              "frå {g:Askvoll} som nestleiar."),
        ("h", 2, "Styret"),
        ("p", "Styret har fem medlemer med personlege varamedlemer. Styret ved utgangen av 2021:"),
        ("table", [["Verv", "Medlem", "Personleg vara", "Kommune"],
                   ["Styreleiar", "Åshild Vassbotn", "Rune Flatjord", "{g:Sunnfjord}"],
                   ["Nestleiar", "Torstein Gjelsvik", "Marta Hellebust", "{g:Askvoll}"],
                   ["Styremedlem", "Ingrid Solheim Brekke", "Olav Tungesvik", "{g:Fjaler}"],
                   ["Styremedlem", "Knut Ove Myklebust", "Solfrid Hestad", "{g:Hyllestad}"],
                   ["Tilsette sin representant", "Hilde Nygjerd", "Arvid Longva", "Vald av dei tilsette"]]),
        ("p", f"Brannsjef {ceo} er dagleg leiar og sekretær for styret. Styret har hatt seks møte og "
              "handsama 41 saker."),
        ("h", 2, "Drifta i 2021"),
        ("cols", [
            ("p", "Selskapet rykte ut på 612 oppdrag i 2021. Det er {p:9 prosent|fleire oppdrag} fleire "
                  "oppdrag enn året før. Auken kjem mest av fleire trafikkulukker på riksvegane og fleire "
                  "helseoppdrag der brannvesenet var først på staden."),
            ("p", "Innsatstida var innanfor krava i {p:94 prosent|innsatstida} av oppdraga i tettbygde strok. "
                  "Dei lengste innsatstidene hadde vi i ytre delar av {g:Hyllestad} og {g:Askvoll}."),
            ("p", "Det førebyggjande arbeidet er gjennomført etter planen. Feiarane har feia 3 870 pipeløp "
                  "og gjort tilsyn i 2 140 bustader, og alle særskilde brannobjekt har hatt tilsyn."),
            ("p", "Ved utgangen av året hadde selskapet 26 heiltidstilsette og 74 deltidstilsette "
                  "brannkonstablar på fem stasjonar. Sjukefråværet var {p:4,8 %|sjukefråværet}, mot "
                  "{p:5,6 %|sjukefråværet} i 2020."),
            ("p", "Stasjonen på {g?:Dale} fekk nytt mannskapsbygg i oktober, og selskapet tok i mot ein ny "
                  "tankbil til stasjonen på {g?:Sørbøvåg}."),
        ]),
        ("bh", "Oppdrag etter type"),
        ("table", [["Type oppdrag", "2021", "2020"], ["Brann i bygning", "48", "44"],
                   ["Brann i skog og mark", "21", "30"], ["Trafikkulukker", "137", "118"],
                   ["Automatiske brannalarmar", "244", "229"], ["Helseoppdrag", "86", "71"],
                   ["Andre oppdrag", "76", "69"], ["Sum oppdrag", "612", "561"]]),
        ("h", 2, "Økonomi"),
        ("p", "Rekneskapen syner eit netto driftsresultat som er betre enn budsjettert. Refusjonar frå "
              "NAV og forsikring var høgare enn venta, og lønnsutgiftene vart lågare fordi to stillingar "
              "stod ledige deler av året."),
        ("stmt", st, {"title": "Driftsrekneskap 2021"}),
        ("sign", "{g:Førde}, 3. mars 2022",
         [("Åshild Vassbotn", "styreleiar"), ("Torstein Gjelsvik", "nestleiar"),
          ("Ingrid Solheim Brekke", "styremedlem"), ("Knut Ove Myklebust", "styremedlem"),
          ("Hilde Nygjerd", "styremedlem"), (ceo, "brannsjef / dagleg leiar")]),
    ]
    return {
        "name": "dalsfjord-brann-2021", "year": 2021,
        "title": "Årsmelding 2021 – Dalsfjord brann og redning IKS",
        "organization": {"name": "Dalsfjord brann og redning IKS", "founded_year": 2019,
                         "address": "Holsenvegen 21, 6800 Førde", "phone": "57 72 18 00",
                         "email": "post@dalsfjordbrann.no", "website": "www.dalsfjordbrann.no",
                         "owners": [{"name": "Sunnfjord kommune", "share_percent": 40},
                                    {"name": "Askvoll kommune", "share_percent": 24},
                                    {"name": "Fjaler kommune", "share_percent": 22},
                                    {"name": "Hyllestad kommune", "share_percent": 14}]},
        "ceo": ceo, "board": board, "board_optional": [ceo],
        "not_board": ["Bjarne Eikås", "Synnøve Rise"],
        "places_optional": ["Holsenvegen"],
        "items": items, "renditions": ["chrome"], "accent": "8A1C1C", "shade": "F1E4E4",
        "notes": "Inter-municipal fire and rescue company (IKS), Førde/Sunnfjord (Vestland), 2021, nynorsk. "
                 "HTML printed to PDF by Chromium: a floated facts box, the narrative in two CSS columns. "
                 "Board in a ruled table 'Verv | Medlem | Personleg vara | Kommune': each member beside "
                 "a personal deputy (VARA), the employees' member as 'Tilsette sin representant'. The "
                 "brannsjef is the dagleg leiar (CEO) and signs under the board's names (optional). The "
                 "representantskap's leader and deputy leader are not board. Municipal-style statement "
                 "(Sum driftsutgifter, Brutto/Netto driftsresultat) in whole kroner with a regulated "
                 "budget column (optional). 'Dale' is both a village here and a common name.",
    }


# ---------------------------------------------------------------- 3 kommunalt foretak, bokmål 2016

def tynset():
    inc = [("Husleieinntekter", "2", [24816400, 24500000, 23904120]),
           ("Salgs- og leieinntekter ellers", "", [1312550, 1200000, 1250890]),
           ("Refusjoner", "", [842300, 600000, 915470])]
    cost = [("Lønnsutgifter", "3", [7640210, 7810000, 7402330]),
            ("Sosiale utgifter", "3", [1985600, 2030000, 1912450]),
            ("Kjøp av varer og tjenester", "", [9874330, 9650000, 10102880]),
            ("Avskrivninger", "4", [4120000, 4120000, 3980000])]
    fin = [("Renteinntekter", "", [112400, 90000, 134560]),
           ("Renteutgifter", "5", [-2486900, -2560000, -2611330])]
    st = Statement("Driftsregnskap",
                   [Col("Regnskap 2016", 2016), Col("Budsjett 2016", 2016, BUDGET), Col("Regnskap 2015", 2015)],
                   income("nb", 3, inc, cost, fin, labels={"cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter"}),
                   thousands=".", note_col="Note")
    bal = Statement("Balanse pr. 31.12.",
                    [Col("31.12.2016", 2016), Col("31.12.2015", 2015)],
                    balance("nb", 2,
                            fixed=[("Bygninger og anlegg", "4", [118450000, 116920000]),
                                   ("Maskiner og inventar", "4", [2314000, 2588000])],
                            current=[("Kortsiktige fordringer", "", [1840230, 2011870]),
                                     ("Bankinnskudd", "", "plug")],
                            equity=[("Disposisjonsfond", "", [3412660, 2870110]),
                                    ("Kapitalkonto", "", [22318750, 21104530])],
                            long=[("Lån fra {g:Tynset} kommune", "5", [94120000, 95860000])],
                            short=[("Leverandørgjeld", "", [2630440, 2297310]),
                                   ("Annen kortsiktig gjeld", "", [1655310, 1590270])]),
                    thousands=".", note_col="Note")
    ceo = "Halvard Motrøen"
    board = [("Britt Elise Sandbakken", "LEDE", False), ("Jon Kristian Bjøntegård", "NEST", False),
             ("Anne Marit Nyhus", "MEDL", False), ("Sverre Haugom", "MEDL", False),
             ("Tor Einar Enget", "MEDL", True),
             ("Kirsten Storhaugen", "VARA", None), ("Oddbjørn Fjelltun", "VARA", None), ("Eli Hagen", "VARA", None)]
    items = [
        ("p", "Tynset bygg og eiendom KF", {"bold": True, "size": 20}),
        ("p", "Årsberetning og regnskap 2016", {"size": 14}),
        ("p", "Parkvegen 5, 2500 {g:Tynset} – telefon 62 48 51 00 – postmottak@tbe-kf.no – www.tbe-kf.no",
         {"size": 9}),
        ("h", 1, "1 Om foretaket"),
        ("p", "Tynset bygg og eiendom KF er et kommunalt foretak som eies {p:100 %|eies} av "
              "{g:Tynset kommune|Tynset} i {g:Hedmark}. Foretaket ble opprettet av kommunestyret med virkning fra "
              "1. januar 2007 og forvalter, drifter og vedlikeholder kommunens bygg, til sammen om lag "
              "41 200 kvadratmeter. Foretaket leier også ut 164 kommunale boliger."),
        ("p", "Foretaket har et samarbeid med {g:Tolga} kommune om innkjøp av energi og vaktmestertjenester, "
              "og deltar i et nettverk for eiendomsforvaltere i {g:Nord-Østerdalen}."),
        ("h", 1, "2 Styret og administrasjonen"),
        ("p", "Styret velges av kommunestyret. Kommunestyret valgte nytt styre i møte 15. september 2016. "
              "Fram til da var Kjell Ivar Brandvold styreleder; han gikk ut av styret etter eget ønske. "
              "Styret har etter valget bestått av:"),
        ("p", "Britt Elise Sandbakken (styreleder)"),
        ("p", "Jon Kristian Bjøntegård (nestleder)"),
        ("p", "Anne Marit Nyhus (styremedlem)"),
        ("p", "Sverre Haugom (styremedlem)"),
        ("p", "Tor Einar Enget (ansattes representant)"),
        ("p", "Varamedlemmer: Kirsten Storhaugen, Oddbjørn Fjelltun og Eli Hagen (for ansattes representant)."),
        ("p", f"Foretaket ledes av direktør {ceo}. Ordfører Randi Kvisle deltok på ett av "
              "styremøtene for å orientere om kommunens eierstrategi. Styret har hatt ni møter og behandlet 47 saker."),
        ("h", 1, "3 Drift og vedlikehold"),
        ("p", "Utleiegraden for boligene var {p:96,5 %|utleiegraden} ved utgangen av året. Energiforbruket "
              "i formålsbyggene ble redusert med {p:3,2 prosent|energiforbruket} etter at nye "
              "styringssystemer ble tatt i bruk på skolene og sykehjemmet."),
        ("p", "Det største prosjektet i 2016 var rehabiliteringen av barnehagen på {g?:Fåset}, som ble ferdig "
              "innenfor budsjett i november."),
        ("h", 1, "4 Arbeidsmiljø og likestilling"),
        ("p", "Foretaket hadde 19 ansatte ved årets slutt. Sykefraværet var {p:5,9 %|sykefraværet}. "
              "Det har ikke vært alvorlige skader eller ulykker. Styret består av tre kvinner og to menn."),
        ("h", 1, "5 Økonomi"),
        ("p", "Driftsregnskapet viser et positivt resultat. Husleieinntektene økte som følge av at nye "
              "omsorgsboliger ble tatt i bruk, mens rentene ble lavere enn budsjettert. Styret foreslår at "
              "overskuddet avsettes til disposisjonsfond. Regnskapet er ført etter regnskapsloven."),
        ("stmt", st, {"title": "Driftsregnskap 2016"}),
        ("stmt", bal, {"title": "Balanse"}),
        ("h", 2, "Noter"),
        ("p", "Note 2: Husleie fra kommunale enheter utgjør {p:81 prosent|husleie fra kommunale enheter} "
              "av husleieinntektene."),
        ("p", "Note 3: Foretaket hadde 17,4 årsverk i 2016. Direktørens lønn var 812 400 kroner."),
        ("p", "Note 4: Bygg avskrives lineært over 40 år, maskiner og inventar over 5-10 år."),
        ("p", "Note 5: Lånet fra kommunen løper med flytende rente, i 2016 i snitt "
              "{p:2,6 prosent|rente}."),
        ("sign", "{g:Tynset}, 22. februar 2017",
         [("Britt Elise Sandbakken", "styreleder"), ("Jon Kristian Bjøntegård", "nestleder"),
          ("Anne Marit Nyhus", ""), ("Sverre Haugom", ""), ("Tor Einar Enget", ""), (ceo, "direktør")],
         {"cols": 3}),
    ]
    return {
        "name": "tynset-eiendom-2016", "not_places": ["Lån fra Tynset kommune"], "year": 2016,
        "title": "Årsberetning 2016 – Tynset bygg og eiendom KF",
        "organization": {"name": "Tynset bygg og eiendom KF", "founded_year": 2007,
                         "address": "Parkvegen 5, 2500 Tynset", "phone": "62 48 51 00",
                         "email": "postmottak@tbe-kf.no", "website": "www.tbe-kf.no",
                         "owners": [{"name": "Tynset kommune", "share_percent": 100}]},
        "ceo": ceo, "board": board, "board_optional": [ceo],
        "not_board": ["Kjell Ivar Brandvold", "Randi Kvisle"],
        "places_optional": ["Parkvegen"],
        "items": items, "renditions": ["docx", "doc", "pdf"],
        "font": "DejaVu Serif", "heading_font": "DejaVu Sans", "body_pt": 10.5, "heading_colour": "003366",
        "header": "Tynset bygg og eiendom KF – årsberetning 2016", "footer": "{PAGE}",
        "footer_align": "right",
        "notes": "Municipal enterprise (kommunalt foretak, KF), Tynset (Hedmark), 2016, bokmål; DOCX, "
                 "Word 97 .doc and PDF. Board as one 'Name (role)' paragraph per person after a sentence "
                 "saying the board was re-elected in September: the former chair is named and is not "
                 "board; the mayor, who attended one meeting to brief the board, is not board. The CEO is "
                 "titled 'direktør'. Statements with a Note column, thousands separated by dots "
                 "('24.816.400'), Regnskap | Budsjett | Regnskap (budget optional); balance with two "
                 "year-end columns. Owner: the municipality, 100 %.",
    }


# ---------------------------------------------------------------- 4 stifting museum, nynorsk 2018

def hatlestrand():
    res = Dash("Resultatrekneskap",
               [Col("2018", 2018), Col("2017", 2017)],
               income("nn", 2,
                      inc=[("Billettinntekter", "", [286400, 248910]),
                           ("Sal i museumsbutikken", "", [131220, 119480]),
                           ("Driftstilskot frå {g:Kvinnherad} kommune", "2", [650000, 620000]),
                           ("Tilskot frå {g:Hordaland} fylkeskommune", "2", [410000, 400000]),
                           ("Prosjekttilskot", "2", [185000, 92000])],
                      cost=[("Lønn og sosiale kostnader", "3", [1104310, 1052770]),
                            ("Vedlikehald av bygningar og båtar", "", [214880, 296410]),
                            ("Andre driftskostnader", "", [241170, 228690]),
                            ("Avskrivingar", "4", [58000, 58000])],
                      fin=[("Renteinntekter", "", [6120, 4850])],
                      labels={"net_fin": "Netto finanspostar"}),
               note_col="Note")
    bal = Dash("Balanse pr. 31. desember",
               [Col("2018", 2018), Col("2017", 2017)],
               balance("nn", 2,
                       fixed=[("Bygningar", "4", [842000, 900000])],
                       current=[("Varelager", "", [48300, 51900]), ("Fordringar", "", [31850, 24410]),
                                ("Bankinnskot", "", "plug")],
                       equity=[("Grunnkapital", "", [100000, 100000]), ("Anna eigenkapital", "", [765000, 718620])],
                       long=[],
                       short=[("Leverandørgjeld", "", [61240, 93580]), ("Skuldige offentlege avgifter", "", [56780, 52310]),
                              ("Anna kortsiktig gjeld", "", [84110, 76840])]),
               note_col="Note")
    sum_eq = line_value(bal, "Sum eigenkapital", 0)
    sum_assets = line_value(bal, "Sum eigedelar", 0)
    ceo = "Solveig Instanes Haukås"
    board = [("Reidar Ospelund", "LEDE", False), ("Gunvor Lid Årskog", "NEST", False),
             ("Eirik Hatlevoll", "MEDL", False), ("Ragna Skåla", "MEDL", True),
             ("Bjarne Teigland", "VARA", None), ("Marit Hovda", "VARA", None)]
    items = [
        ("p", "Stiftinga Hatlestrand båtmuseum", {"bold": True, "size": 18}),
        ("p", "Årsmelding og rekneskap for 2018", {"size": 13}),
        ("p", "Naustvegen 2, 5635 {g?:Hatlestrand} · tlf. 53 48 82 10 · post@hatlestrandbatmuseum.no · "
              "www.hatlestrandbatmuseum.no", {"size": 8.5}),
        ("h", 1, "Om stiftinga"),
        ("p", "Stiftinga Hatlestrand båtmuseum vart skipa i 1978 av bygdefolk og tidlegare båtbyggjarar. "
              "Museet tek vare på og formidlar båtbyggjarsoga i {g:Kvinnherad} og resten av "
              "{g:Sunnhordland}, og har ei samling på 46 båtar og om lag 2 300 gjenstandar. Stiftinga er "
              "med i det regionale museumsnettverket i {g:Hordaland}."),
        ("h", 1, "Styret"),
        ("p", "Styret har fire medlemer. Medlemene er oppnemnde av kommunen og fylkeskommunen, vald av "
              "venelaget eller vald av dei tilsette. Dagleg leiar er sekretær for styret."),
        ("portraits", [("Reidar Ospelund", ["Styreleiar", "oppnemnd av {g:Kvinnherad} kommune"]),
                       ("Gunvor Lid Årskog", ["Nestleiar", "vald av venelaget"]),
                       ("Eirik Hatlevoll", ["Styremedlem", "oppnemnd av fylkeskommunen"]),
                       ("Ragna Skåla", ["Styremedlem", "vald av dei tilsette"]),
                       (ceo, ["Dagleg leiar", "sekretær for styret"])], {"per_row": 3}),
        ("p", "Varamedlemer er Bjarne Teigland og Marit Hovda. Styret har hatt fem møte i 2018."),
        ("h", 1, "Drift og publikum"),
        ("p", "Sesongen varte frå 1. mai til 30. september, og museet var i tillegg ope for grupper og "
              "skuleklassar resten av året. Talet på besøkjande auka med {p:11,3 %|besøkjande} til 4 518. "
              "Sommarutstillinga om snekkjebygging i {g:Hardanger} og {g:Sunnhordland} trekte mange "
              "tilreisande, og om lag {p:30 prosent|tilreisande} av dei betalande kom frå utlandet."),
        ("table", [["Besøk", "2018", "2017", "Endring"],
                   ["Ordinære besøkjande", "3 412", "3 046", "{p:12,0 %}"],
                   ["Skuleelevar", "1 106", "1 015", "{p:9,0 %}"],
                   ["Sum besøk", "4 518", "4 061", "{p:11,3 %}"]],
         {"ruled": True, "shade_header": "E8E2D6", "size": 9}),
        ("p", "Stiftinga har to fast tilsette. Dagleg leiar er tilsett i {p:80 prosent|stilling} stilling, "
              "og museumsarbeidaren i full stilling. I sommarsesongen var fire ungdommar tilsette som "
              "guidar. Sjukefråværet var lågt, {p:1,2 %|sjukefråværet}."),
        ("p", "Om lag 40 friviljuge frå venelaget og bygda på {g?:Hatlestrand} gjorde dugnad på "
              "naustet og båtane i 2018."),
        ("h", 1, "Økonomi"),
        ("p", f"Rekneskapen for 2018 syner eit overskot, etter eit underskot i 2017. Eigenkapitalen utgjer "
              f"{{p:{pct(sum_eq, sum_assets, 0, ' prosent')}|eigenkapitalen}} av totalkapitalen. "
              "Styret meiner at føresetnaden om vidare drift er til stades."),
        ("stmt", res, {"title": "Resultatrekneskap 2018"}),
        ("stmt", bal, {"title": "Balanse"}),
        ("h", 2, "Notar"),
        ("p", "Note 1 Rekneskapsprinsipp: Rekneskapen er sett opp etter reglane for små føretak."),
        ("p", "Note 2 Tilskot: Tilskota er inntektsførte i det året dei gjeld."),
        ("p", "Note 3 Lønn: Stiftinga hadde 2,4 årsverk i 2018. Løn til dagleg leiar var 402 600 kroner. "
              "Styret har ikkje motteke honorar."),
        ("p", "Note 4 Bygningar: Naustet og utstillingsbygget vert avskrivne over 25 år."),
        ("sign", "{g?:Hatlestrand}, 14. februar 2019",
         [("Reidar Ospelund", "styreleiar"), ("Gunvor Lid Årskog", "nestleiar"), ("Eirik Hatlevoll", ""),
          ("Ragna Skåla", ""), (ceo, "dagleg leiar")], {"cols": 3}),
    ]
    return {
        "name": "hatlestrand-2018", "not_places": ["Driftstilskot frå Kvinnherad kommune", "Tilskot frå Hordaland fylkeskommune"], "year": 2018,
        "title": "Årsmelding 2018 – Stiftinga Hatlestrand båtmuseum",
        "organization": {"name": "Stiftinga Hatlestrand båtmuseum", "founded_year": 1978,
                         "address": "Naustvegen 2, 5635 Hatlestrand", "phone": "53 48 82 10",
                         "email": "post@hatlestrandbatmuseum.no", "website": "www.hatlestrandbatmuseum.no"},
        "ceo": ceo, "board": board, "board_optional": [ceo],
        "places_optional": ["Naustvegen"],
        "items": items, "renditions": ["docx", "pdf"],
        "font": "DejaVu Sans Condensed", "body_pt": 10, "heading_colour": "5A3E1B",
        "header": "Stiftinga Hatlestrand båtmuseum", "footer": "Årsmelding 2018 – side {PAGE}",
        "notes": "Foundation running a boat museum, Kvinnherad (Hordaland), 2018, nynorsk. Board as "
                 "portrait pictures with Word text under each (name bold, role, who appointed or chose "
                 "the member: 'vald av dei tilsette' is the employees' member); the dagleg leiar stands in "
                 "the grid as the board's secretary (optional) and signs. Deputies in one sentence. "
                 "Visitor table with a percent change column; statements with Note column in whole kroner, "
                 "the 2017 loss with an en-dash minus; equity ratio in prose computed from the balance. "
                 "No owners (a foundation).",
    }


REPORTS = [grindvoll, dalsfjord, tynset, hatlestrand]
