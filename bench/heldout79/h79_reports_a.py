"""The seventy-ninth set's Word reports: a vekstbedrift AS in Telemark (2019) and a kommunalt
foretak in Lillestrøm (2023). Organisations, people and figures are invented."""
from __future__ import annotations

from h3_render import Dash
from heldout_finance import Col, Statement, balance, income


def kvitstein_arbeid_2019() -> dict:
    cols = [Col("2018", 2018), Col("2019", 2019)]  # last year's column first
    inc = [("Salgsinntekter", "2", [9812, 10446]), ("Tilskudd fra NAV", "2", [14230, 14905]),
           ("Andre driftsinntekter", "", [902, 455])]
    cost = [("Varekostnad", "", [3104, 3388]), ("Lønnskostnad", "3", [17820, 18655]),
            ("Avskrivninger", "4", [712, 745]), ("Annen driftskostnad", "", [3210, 3318])]
    fin = [("Finansinntekter", "", [96, 118]), ("Finanskostnader", "", [-41, -37])]
    result = Statement("Resultatregnskap", cols, income("nb", 2, inc, cost, fin), unit=1000, negative="paren",
                       note_col="Note", label_header="Tall i 1000 kr")
    bal = Statement("Balanse per 31. desember", cols, balance(
        "nb", 2,
        fixed=[("Tomt og bygninger", "4", [6420, 6180]), ("Maskiner og inventar", "4", [1310, 1505])],
        current=[("Kundefordringer", "", [1412, 1288]), ("Andre fordringer", "", [220, 310]),
                 ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [300, 300]), ("Annen egenkapital", "6", [5912, 5693])],
        long=[("Pantelån", "7", [3400, 3150])],
        short=[("Leverandørgjeld", "", [780, 842]), ("Skyldige offentlige avgifter", "", [1140, 1206]),
               ("Annen kortsiktig gjeld", "", [1505, 1720])]),
        unit=1000, negative="paren", note_col="Note", label_header="Tall i 1000 kr")
    years = ["2015", "2016", "2017", "2018", "2019"]
    turnover = [22410, 23105, 23880, 24944, 25806]
    results = [412, -88, 266, 153, -219]
    key_rows = [["Nøkkeltall", *years],
                ["Omsetning i 1000 kr", *(f"{v:,}".replace(",", " ") for v in turnover)],
                ["Årsresultat i 1000 kr", *(str(v) for v in results)],
                ["Antall deltakere", "71", "74", "70", "77", "81"],
                ["Sykefravær", "{p:7,4 %}", "{p:6,9 %}", "{p:5,8 %}", "{p:6,6 %}", "{p:6,2 %}"]]
    optional = [{"label": "Omsetning i 1000 kr", "year": int(y), "value": v * 1000} for y, v in zip(years, turnover)]
    optional += [{"label": "Årsresultat i 1000 kr", "year": int(y), "value": v * 1000} for y, v in zip(years, results)]
    board = [("Halvard Moen", "LEDE", False), ("Siri Bakkeli", "NEST", False), ("Øystein Grave", "MEDL", False),
             ("Marit Sundbø", "MEDL", False), ("Eirik Nordbø Haugen", "MEDL", True), ("Kari Lia Tveiten", "VARA", None)]
    return {
        "name": "kvitstein-arbeid-2019", "lang": "nb", "year": 2019,
        "title": "Kvitstein Arbeid AS – årsrapport 2019",
        "organization": {"name": "Kvitstein Arbeid AS", "founded_year": 1991,
                         "address": "Sagvegen 14, 3674 Notodden", "phone": "35 01 22 60",
                         "email": "post@kvitstein-arbeid.no", "website": "www.kvitstein-arbeid.no",
                         "owners": [{"name": "Notodden kommune", "share_percent": 74},
                                    {"name": "Hjartdal kommune", "share_percent": 26}]},
        "ceo": "Torunn Aslaksen Lie", "board": board, "emp_known": True,
        "not_board": ["Ole Bjørn Tufte", "Gunhild Brekke", "Arne Flatland"],
        "programs": {"VTA": 22, "AFT": 36},
        "key_figures_optional": optional,
        "renditions": ["docx", "pdf", "doc"],
        "footer": "Kvitstein Arbeid AS · Årsrapport 2019",
        "notes": "Vekstbedrift AS, bokmål, Telemark 2019. Statements 'Tall i 1000 kr' with a Note column, "
                 "last year's column before this year's, negatives in parentheses; a five-year Nøkkeltall "
                 "table after the statements (optional key figures); board in a table with 'Valgt av'.",
        "items": [
            ("h", 1, "Årsrapport 2019"),
            ("p", "Kvitstein Arbeid AS · Sagvegen 14, 3674 {g:Notodden} · Telefon 35 01 22 60 · "
                  "post@kvitstein-arbeid.no · www.kvitstein-arbeid.no"),
            ("h", 2, "Om virksomheten"),
            ("p", "Kvitstein Arbeid AS ble stiftet i 1991 og er en arbeids- og inkluderingsbedrift eid av "
                  "{g:Notodden kommune|Notodden} ({p:74 %|Notodden kommune}) og {g:Hjartdal kommune|Hjartdal} ({p:26 %|Hjartdal kommune}). "
                  "Bedriften holder til i {g:Notodden} og har avdelinger for vedproduksjon, montasje, "
                  "vaskeri og kantine. Vi henter oppdrag fra kunder i hele {g:Telemark} og i {g:Kongsberg}."),
            ("p", "Bedriften har avtale med NAV om 22 plasser i varig tilrettelagt arbeid (VTA) og 36 plasser "
                  "i arbeidsforberedende trening (AFT). I alt 81 deltakere var innom tiltakene i løpet av året, "
                  "og {p:38 %|deltakerne som avsluttet AFT} av deltakerne som avsluttet AFT gikk over til "
                  "arbeid eller utdanning."),
            ("h", 2, "Styret"),
            ("p", "Styret har hatt sju møter og behandlet 46 saker. Ole Bjørn Tufte gikk ut av styret i april "
                  "etter eget ønske, og generalforsamlingen valgte Marit Sundbø i hans sted. "
                  "Styret består ved utgangen av 2019 av:"),
            ("table", [["Navn", "Verv", "Valgt av"],
                       ["Halvard Moen", "Styreleder", "Generalforsamlingen"],
                       ["Siri Bakkeli", "Nestleder", "Generalforsamlingen"],
                       ["Øystein Grave", "Styremedlem", "Generalforsamlingen"],
                       ["Marit Sundbø", "Styremedlem", "Generalforsamlingen"],
                       ["Eirik Nordbø Haugen", "Styremedlem", "De ansatte"],
                       ["Kari Lia Tveiten", "Varamedlem", "Generalforsamlingen"]], {"widths": [6.0, 4.5, 5.9]}),
            ("p", "Daglig leder Torunn Aslaksen Lie er styrets sekretær. Avdelingsleder Gunhild Brekke har "
                  "møtt i styret ved behandlingen av budsjettet."),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Sykefraværet blant de fast ansatte var {p:6,2 %|sykefraværet blant de fast ansatte} i 2019, "
                  "mot {p:6,6 %|året før} året før. Det har ikke vært skader eller ulykker."),
            ("h", 2, "Økonomi"),
            ("p", "Omsetningen økte, men lønnskostnadene økte mer, og året endte med et underskudd på 219 000 "
                  "kroner. Styret mener egenkapitalen er forsvarlig, og at forutsetningen om fortsatt drift "
                  "er til stede. Underskuddet dekkes av annen egenkapital."),
            ("pagebreak",),
            ("stmt", result, {"title": "Resultatregnskap 2019"}),
            ("stmt", bal, {"title": "Balanse per 31. desember 2019"}),
            ("bh", "Nøkkeltall 2015–2019"),
            ("table", key_rows, {"size": 9, "shade_header": "E6E6E6"}),
            ("p", "Revisor er statsautorisert revisor Arne Flatland i Revisjon Øst AS. Revisors godtgjørelse er "
                  "kostnadsført med 52 000 kroner."),
            ("sign", "{g:Notodden}, 12. mars 2020",
             [("Halvard Moen", "styreleder"), ("Siri Bakkeli", "nestleder"), ("Øystein Grave", "styremedlem"),
              ("Marit Sundbø", "styremedlem"), ("Eirik Nordbø Haugen", "styremedlem"),
              ("Torunn Aslaksen Lie", "daglig leder")]),
        ],
    }


def elvetun_kulturhus_kf_2023() -> dict:
    cols = [Col("Regnskap 2022", 2022), Col("Regnskap 2023", 2023)]
    inc = [("Salgs- og leieinntekter", "", [4406900, 4812350]),
           ("Overføring fra eierkommunen", "", [9300000, 9650000]),
           ("Andre overføringer og tilskudd", "", [987250, 1204500])]
    cost = [("Lønnsutgifter", "", [6512880, 6845210]), ("Sosiale utgifter", "", [1563090, 1642850]),
            ("Kjøp av varer og tjenester", "", [6480300, 6904115]), ("Avskrivninger", "", [498000, 512000])]
    fin = [("Renteinntekter", "", [41200, 86400]), ("Renteutgifter og avdrag", "", [-395000, -410000]),
           ("Motpost avskrivninger", "", [498000, 512000])]
    labels = {"sum_cost": "Sum driftsutgifter", "cost": "Driftsutgifter", "op": "Brutto driftsresultat",
              "fin": "Finanstransaksjoner", "net_fin": "Netto finanstransaksjoner", "result": "Netto driftsresultat"}
    drift = Dash("Økonomisk oversikt drift", cols, income("nb", 2, inc, cost, fin, labels=labels),
                 thousands=".", render="tabs", label_header="Beløp i kroner")
    bal = Dash("Balanse", [Col("31.12.2022", 2022), Col("31.12.2023", 2023)], balance(
        "nb", 2,
        fixed=[("Utstyr, maskiner og transportmidler", "", [2420000, 2108000])],
        current=[("Kortsiktige fordringer", "", [544120, 612340]), ("Bankinnskudd", "", "plug")],
        equity=[("Disposisjonsfond", "", [861325, 812400]), ("Kapitalkonto", "", [2420000, 2108000])],
        long=[],
        short=[("Leverandørgjeld", "", [988410, 1204330]), ("Annen kortsiktig gjeld", "", [1012560, 1087600])]),
        thousands=".", render="tabs", label_header="Beløp i kroner")
    board = [("Nina Fjeldstad", "LEDE", False), ("Bjørn Olav Skaug", "NEST", False), ("Hege Sletner", "MEDL", False),
             ("Amir Hadzic", "MEDL", False), ("Liv Ødegården", "MEDL", True), ("Petter Sand", "VARA", None)]
    return {
        "name": "elvetun-kulturhus-kf-2023", "lang": "nb", "year": 2023,
        "title": "Elvetun kulturhus KF – årsberetning og regnskap 2023",
        "organization": {"name": "Elvetun kulturhus KF", "founded_year": 2020,
                         "address": "Torvet 3, 2000 Lillestrøm", "phone": "63 80 41 00",
                         "email": "billett@elvetun-kulturhus.no", "website": "elvetun-kulturhus.no",
                         "owners": [{"name": "Lillestrøm kommune", "share_percent": 100}]},
        "ceo": "Camilla Rustad", "board": board, "emp_known": True,
        "not_board": ["Gunnar Wiik", "Stian Holter", "Mona Aasen"],
        "not_places": ["Romerike Revisjon IKS"],
        "renditions": ["docx", "pdf"],
        "header": "Elvetun kulturhus KF",
        "notes": "Kommunalt foretak, bokmål, Lillestrøm (Viken) 2023. Økonomisk oversikt drift in tab stops, "
                 "whole kroner with dot thousands and en-dash negatives, last year's column first, "
                 "kommunal labels (Brutto/Netto driftsresultat, motpost avskrivninger); board as tab lines; "
                 "the leader of the former period named.",
        "items": [
            ("h", 1, "Årsberetning 2023"),
            ("p", "Elvetun kulturhus KF · Torvet 3, 2000 {g:Lillestrøm} · 63 80 41 00 · "
                  "billett@elvetun-kulturhus.no · elvetun-kulturhus.no"),
            ("h", 2, "1. Foretaket"),
            ("p", "Elvetun kulturhus KF ble opprettet av kommunestyret i {g:Lillestrøm} kommune med virkning fra "
                  "1. januar 2020, da den nye kommunen ble etablert. Foretaket er eid {p:100 %|eid} av "
                  "{g:Lillestrøm kommune|Lillestrøm} og driver kulturhuset, kinoen og byscenen. Før sammenslåingen lå driften "
                  "i tidligere {g?:Skedsmo} kommune."),
            ("h", 2, "2. Styret"),
            ("p", "Styret velges av kommunestyret for kommunestyreperioden, og de ansatte velger ett medlem "
                  "med varamedlem. Etter valget høsten 2023 ble nytt styre konstituert i november. Gunnar Wiik "
                  "ledet styret fram til da og takkes for innsatsen. Styret har ved årsskiftet denne "
                  "sammensetningen:"),
            ("tablines", [["Leder", "Nina Fjeldstad"], ["Nestleder", "Bjørn Olav Skaug"],
                          ["Styremedlem", "Hege Sletner"], ["Styremedlem", "Amir Hadzic"],
                          ["Styremedlem", "Liv Ødegården (valgt av de ansatte)"],
                          ["Varamedlem", "Petter Sand"]], {"stops": (4.0,)}),
            ("p", "Daglig leder Camilla Rustad er sekretær for styret. Teknisk sjef Stian Holter og "
                  "kommunens rådgiver Mona Aasen har møtt ved behov. Styret har hatt åtte møter."),
            ("h", 2, "3. Aktivitet"),
            ("p", "Huset hadde 412 arrangementer og vel 96 000 besøkende. Publikumstallet økte med "
                  "{p:12 prosent|publikumstallet}, og belegget i storsalen var {p:71 %|belegget i storsalen}. "
                  "Mange av gjestene kom fra {g:Oslo} og nabokommunene på {g:Romerike}."),
            ("h", 2, "4. Arbeidsmiljø og likestilling"),
            ("p", "Foretaket hadde 14 faste årsverk. Sykefraværet var {p:4,8 %|sykefraværet}. "
                  "Av de ansatte er {p:57 %|kvinner} kvinner."),
            ("h", 2, "5. Økonomi"),
            ("p", "Netto driftsresultat ble –48.925 kroner, en klar bedring fra året før. Underskuddet er dekket "
                  "av disposisjonsfondet. Regnskapet er revidert av Romerike Revisjon IKS."),
            ("pagebreak",),
            ("stmt", drift, {"title": "Økonomisk oversikt drift 2023"}),
            ("stmt", bal, {"title": "Balanse per 31.12.2023"}),
            ("sign", "{g:Lillestrøm}, 20. februar 2024",
             [("Nina Fjeldstad", "leder"), ("Bjørn Olav Skaug", "nestleder"), ("Hege Sletner", "styremedlem"),
              ("Amir Hadzic", "styremedlem"), ("Liv Ødegården", "styremedlem"), ("Camilla Rustad", "daglig leder")]),
        ],
    }


REPORTS = [kvitstein_arbeid_2019, elvetun_kulturhus_kf_2023]
