"""The seventy-ninth set's browser-printed reports (this set's page builder ``h79_page``): a
vekstbedrift on nynorsk whose figures are only in its prose (2008), an IKS with a driftsregnskap
over a page break (2016), an idrettslag's Inntekter / Kostnader account as two blocks side by side
(2004) and a group's morselskap and konsern columns on a landscape page (2024). Organisations,
people and figures are invented."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import BUDGET, OTHER, Col, Line, Statement, balance, income


def with_deviation(lines: list[tuple]) -> list[tuple]:
    """(label, note, [actual, budget, previous]) to four columns: the deviation (actual less
    budget) third, as the IKS prints it."""
    return [(label, note, [a, b, round(a - b, 2), prev]) for label, note, (a, b, prev) in lines]


def lauvhaug_industri_2008() -> dict:
    """Figures only in prose: a statement never printed as a table holds them (gold from it)."""
    millions = Statement("Driftsinntekter og kostnader", [Col("2008", 2008), Col("2007", 2007)],
                         [Line("Driftsinntekter", [12.4, 11.7], key=True),
                          Line("Driftskostnader", [12.1, None], key=True),
                          Line("Eigenkapital", [4.1, None], key=True)], unit=1_000_000, decimals=1)
    kroner = Statement("Resultat", [Col("2008", 2008)],
                       [Line("Driftsresultat", [297000], key=True), Line("Årsresultat", [318000], key=True)])
    board = [("Ragnvald Hauge", "LEDE", False), ("Synnøve Kvåle", "NEST", False), ("Jorunn Lægreid", "MEDL", False),
             ("Olav Tenold", "MEDL", False), ("Kristin Amla", "MEDL", True), ("Anders Hovland", "VARA", None)]
    return {
        "name": "lauvhaug-industri-2008", "lang": "nn", "lang_code": "nn", "year": 2008,
        "title": "Lauvhaug Industri AS – årsmelding 2008",
        "organization": {"name": "Lauvhaug Industri AS", "founded_year": 1987,
                         "address": "Fosshaugane 6, 6856 Sogndal", "phone": "57 67 30 40",
                         "email": "post@lauvhaug.no", "website": "www.lauvhaug.no",
                         "owners": [{"name": "Sogndal kommune", "share_percent": 60},
                                    {"name": "Leikanger kommune", "share_percent": 25},
                                    {"name": "Luster kommune", "share_percent": 15}]},
        "ceo": "Helga Nes Bøe", "board": board, "emp_known": True,
        "not_board": ["Arnfinn Seljeset", "Lars Ove Hjelle", "Mette Rysjedal"],
        "programs": {"VTA": 19},
        "statements": [millions, kroner],
        "renditions": ["chrome"], "accent": "#5a3d1e", "font": "'DejaVu Serif', serif",
        "notes": "Vekstbedrift AS, nynorsk, Sogn og Fjordane 2008. No statement table at all: the key figures "
                 "are in the economy paragraph only ('12,4 millionar kroner', '297 000 kroner'); board in one "
                 "prose sentence with the employees' member; a tiltak table.",
        "items": [
            ("cover", "Årsmelding 2008", ["Lauvhaug Industri AS", "Fosshaugane 6, 6856 {g:Sogndal}",
                                          "Telefon 57 67 30 40 · post@lauvhaug.no · www.lauvhaug.no"]),
            ("h", 2, "Verksemda"),
            ("p", "Lauvhaug Industri AS vart skipa i 1987 og er ei arbeidsmarknadsbedrift som gjev tilrettelagt "
                  "arbeid og kvalifisering til folk som står utanfor arbeidslivet. Selskapet er eigd av "
                  "{g:Sogndal} kommune ({p:60 %|Sogndal kommune}), {g:Leikanger} kommune ({p:25 %|Leikanger kommune}) "
                  "og {g:Luster} kommune ({p:15 %|Luster kommune}). Hovudbasen er i {g:Sogndal}, og vi har ei "
                  "avdeling for emballasje på {g:Kaupanger}."),
            ("h", 2, "Tiltaksplassar"),
            ("table", [["Tiltak", "Plassar", "Deltakarar i løpet av året"],
                       ["Varig tilrettelagt arbeid (VTA)", "19", "23"],
                       ["Kvalifisering i skjerma verksemd", "6", "14"]]),
            ("p", "Samarbeidet med NAV i {g:Sogn og Fjordane} har vore godt, og {p:41 %|deltakarane i kvalifisering} "
                  "av deltakarane i kvalifisering gjekk vidare til arbeid eller skule."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2008 hatt denne samansetjinga: styreleiar Ragnvald Hauge, nestleiar Synnøve Kvåle, "
                  "styremedlemene Jorunn Lægreid og Olav Tenold, og Kristin Amla som representant for dei "
                  "tilsette. Anders Hovland er varamedlem. Styret har halde seks møte."),
            ("p", "Dagleg leiar er Helga Nes Bøe. Arbeidsleiar Arnfinn Seljeset har vore sekretær for styret."),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Sjukefråværet var {p:5,9 %|sjukefråværet} i 2008. Bedrifta har ti tilsette i fast stilling."),
            ("h", 2, "Økonomi"),
            ("p", "Driftsinntektene var 12,4 millionar kroner i 2008, mot 11,7 millionar kroner året før. "
                  "Driftskostnadene enda på 12,1 millionar kroner, og driftsresultatet vart 297 000 kroner. "
                  "Med netto finansinntekter vart årsresultatet 318 000 kroner, som er overført til annan "
                  "eigenkapital. Eigenkapitalen var ved utgangen av året 4,1 millionar kroner, ein "
                  "eigenkapitaldel på {p:46 %|eigenkapitaldel}."),
            ("p", "Årsrekneskapen er revidert av Lars Ove Hjelle, registrert revisor. Styret takkar "
                  "kommunalsjef Mette Rysjedal for godt samarbeid om nye oppdrag."),
            ("p", "{g:Sogndal}, 18. mars 2009 – Ragnvald Hauge, Synnøve Kvåle, Jorunn Lægreid, Olav Tenold, "
                  "Kristin Amla, Helga Nes Bøe (dagleg leiar)"),
        ],
    }


def brovoll_avfall_iks_2016() -> dict:
    cols = [Col("Regnskap 2016", 2016), Col("Budsjett 2016", 2016, BUDGET), Col("Avvik", None, "deviation"),
            Col("Regnskap 2015", 2015)]
    inc = with_deviation([
        ("Renovasjonsgebyr husholdning", "", [38412560, 38100000, 36880410]),
        ("Slamgebyr", "", [4108220, 4050000, 3960150]),
        ("Salg av gjenvinningsmateriale", "", [2415900, 2800000, 2911340]),
        ("Andre salgsinntekter", "", [1302480, 1150000, 1240900])])
    cost = with_deviation([
        ("Lønnsutgifter", "", [9812300, 9700000, 9455120]),
        ("Sosiale utgifter", "", [2604110, 2650000, 2498700]),
        ("Kjøp av varer og tjenester", "", [5940770, 6100000, 5801200]),
        ("Kjøp av innsamlingstjenester", "", [21320450, 21000000, 20414660]),
        ("Avskrivninger", "", [3150000, 3150000, 3020000])])
    fin = with_deviation([
        ("Renteinntekter", "", [312400, 250000, 288700]),
        ("Renteutgifter", "", [-1208300, -1300000, -1254900]),
        ("Avdrag på lån", "", [-2400000, -2400000, -2300000]),
        ("Motpost avskrivninger", "", [3150000, 3150000, 3020000])])
    labels = {"cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter", "op": "Brutto driftsresultat",
              "fin": "Finansinntekter og finansutgifter", "net_fin": "Resultat finanstransaksjoner",
              "result": "Netto driftsresultat"}
    drift = Statement("Driftsregnskap", cols, income("nb", 4, inc, cost, fin, labels=labels),
                      label_header="Beløp i kroner")
    bal = Statement("Balanse", [Col("2016", 2016), Col("2015", 2015)], balance(
        "nb", 2,
        fixed=[("Bygninger og anlegg", "", [24600000, 25900000]),
               ("Transportmidler og maskiner", "", [6150000, 6930000]),
               ("Pensjonsmidler", "", [18420000, 17310500])],
        current=[("Kortsiktige fordringer", "", [5212330, 4980210]), ("Bankinnskudd", "", "plug")],
        equity=[("Disposisjonsfond", "", [2880000, 2450000]), ("Bundne driftsfond (selvkost)", "", [1905420, 2210880]),
                ("Kapitalkonto", "", [4640000, 4380000])],
        long=[("Pensjonsforpliktelser", "", [21340000, 20115000]), ("Lån", "", [24150000, 26550000])],
        short=[("Leverandørgjeld", "", [3812660, 3540300]), ("Annen kortsiktig gjeld", "", [2210340, 2006250])]),
        label_header="Beløp i kroner")
    board = [("Kristoffer Hvattum", "LEDE", False), ("Anne Marit Lunde", "NEST", False),
             ("Per Egil Thorsrud", "MEDL", False), ("Ingvild Bråten", "MEDL", False),
             ("Roar Kjos", "MEDL", True)]
    split = next(i for i, line in enumerate(drift.lines) if line.label == "Kjøp av varer og tjenester")
    return {
        "name": "brovoll-avfall-iks-2016", "lang": "nb", "year": 2016,
        "title": "Brovoll Avfall IKS – Årsberetning 2016",
        "organization": {"name": "Brovoll Avfall IKS", "founded_year": 1994,
                         "address": "Brovollvegen 40, 2750 Gran", "phone": "61 33 70 00",
                         "email": "firmapost@brovoll-avfall.no", "website": "www.brovoll-avfall.no",
                         "owners": [{"name": "Gran kommune", "share_percent": 48},
                                    {"name": "Lunner kommune", "share_percent": 33},
                                    {"name": "Jevnaker kommune", "share_percent": 19}]},
        "ceo": "Kjetil Brenden", "board": board, "emp_known": True,
        "not_board": ["Tove Granum", "Harald Lien", "Eva Rustad Moe", "Frode Skari"],
        "renditions": ["chrome"], "accent": "#2f6b3a",
        "notes": "IKS, bokmål, Oppland 2016. Driftsregnskap with Regnskap | Budsjett | Avvik | Regnskap (last year) "
                 "in whole kroner, broken over a page with the header repeated under '(forts.)'; kommunal labels; "
                 "board in a table with the owner municipality; representantskap's leader and members.",
        "items": [
            ("cover", "Årsberetning 2016", ["Brovoll Avfall IKS", "Brovollvegen 40, 2750 {g:Gran}",
                                            "61 33 70 00 · firmapost@brovoll-avfall.no · www.brovoll-avfall.no"]),
            ("h", 2, "Selskapet"),
            ("p", "Brovoll Avfall IKS ble stiftet i 1994 og står for innsamling og behandling av husholdningsavfall "
                  "og slam i eierkommunene. Selskapet eies av {g:Gran} kommune ({p:48 %|Gran kommune}), "
                  "{g:Lunner} kommune ({p:33 %|Lunner kommune}) og {g:Jevnaker} kommune ({p:19 %|Jevnaker kommune}), "
                  "og betjener om lag 17 000 abonnenter i {g:Oppland}."),
            ("h", 2, "Representantskap og styre"),
            ("p", "Representantskapet er selskapets øverste organ og har ett medlem fra hver eierkommune: "
                  "Tove Granum (leder), Harald Lien og Eva Rustad Moe. Representantskapet har hatt to møter."),
            ("table", [["Styret", "Navn", "Valgt fra"],
                       ["Leder", "Kristoffer Hvattum", "{g:Gran}"],
                       ["Nestleder", "Anne Marit Lunde", "{g:Lunner}"],
                       ["Medlem", "Per Egil Thorsrud", "{g:Jevnaker}"],
                       ["Medlem", "Ingvild Bråten", "{g:Gran}"],
                       ["Medlem", "Roar Kjos", "Ansatte"]], {"numeric_from": 9}),
            ("p", "Daglig leder Kjetil Brenden er styrets sekretær. Styret har hatt sju møter og behandlet "
                  "38 saker."),
            ("h", 2, "Drift og miljø"),
            ("p", "Det ble samlet inn 11 800 tonn husholdningsavfall. Andelen som gikk til materialgjenvinning var "
                  "{p:44,6 %|materialgjenvinning}, opp fra {p:41,2 %|året før} året før. Restavfallet går til "
                  "energigjenvinning i {g:Sverige}."),
            ("p", "Sykefraværet var {p:7,1 %|sykefraværet}. Selskapet har 21 ansatte, hvorav {p:19 %|kvinner} "
                  "kvinner."),
            ("h", 2, "Økonomi"),
            ("p", "Salg av gjenvinningsmateriale ble lavere enn budsjettert på grunn av fallende priser. "
                  "Netto driftsresultat viser et mindreforbruk som avsettes til disposisjonsfond. Regnskapet "
                  "er revidert av Frode Skari, oppdragsansvarlig revisor."),
            ("pagebreak",),
            ("stmt", drift, {"title": "Driftsregnskap 2016", "split_at": split,
                             "cont": "Driftsregnskap 2016 (forts.)"}),
            ("stmt", bal, {"title": "Balanse per 31.12.2016"}),
            ("p", "{g:Gran}, 14. februar 2017"),
            ("p", "Kristoffer Hvattum, leder · Anne Marit Lunde, nestleder · Per Egil Thorsrud · Ingvild Bråten · "
                  "Roar Kjos · Kjetil Brenden, daglig leder"),
        ],
    }


def gjerdasen_il_2004() -> dict:
    cols = [Col("Regnskap 2004", 2004), Col("Budsjett 2004", 2004, BUDGET)]
    inc = [("Medlemskontingent", "", [84350, 80000]), ("Treningsavgift", "", [212600, 205000]),
           ("Kiosk og arrangement", "", [146780, 130000]), ("Sponsorinntekter", "", [95000, 110000]),
           ("Tilskudd kommune, krets og LAM", "", [118420, 95000]), ("Lotteri og bingo", "", [64110, 70000]),
           ("Renteinntekter", "", [3912, 3000])]
    cost = [("Trenere og instruktører", "", [98400, 105000]), ("Baneleie og halleie", "", [142300, 140000]),
            ("Utstyr og drakter", "", [88950, 90000]), ("Kioskvarer", "", [61230, 55000]),
            ("Reiser og cuper", "", [124700, 110000]), ("Lisenser og forsikringer", "", [41820, 40000]),
            ("Administrasjon og kontor", "", [27560, 30000]), ("Andre kostnader", "", [14905, 10000])]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
              "op": None, "result": "Årets overskudd"}
    account = Kroner("Regnskap 2004", cols, income("nb", 2, inc, cost, labels=labels))
    bal = Kroner("Balanse", [Col("31.12.2004", 2004)], balance(
        "nb", 1, fixed=[],
        current=[("Kontanter", "", [2450]), ("Utestående fordringer", "", [12600]), ("Bank", "", "plug")],
        equity=[("Egenkapital 01.01.", "", [214880]), ("Årets overskudd", "", [125307])],
        long=[], short=[("Skyldige kostnader", "", [18400])],
        labels={"assets": None, "eq_debt": None, "debt": None, "fixed": None, "sum_current": None,
                "current": "Eiendeler", "short": "Gjeld"}))
    board = [("Trond Sandvik", "LEDE", None), ("Hanne Brekke Olsen", "NEST", None), ("Geir Ove Kittilsen", "MEDL", None),
             ("Siv Torgersen", "MEDL", None), ("Morten Haug", "MEDL", None), ("Linda Bjerke", "VARA", None),
             ("Jan Erik Nyhus", "VARA", None)]
    return {
        "name": "gjerdasen-il-2004", "lang": "nb", "year": 2004,
        "title": "Gjerdåsen IL – årsmelding 2004",
        "organization": {"name": "Gjerdåsen IL", "founded_year": 1946,
                         "address": "Postboks 52, 3371 Vikersund", "email": "gjerdasen.il@online.no",
                         "website": "www.gjerdasen-il.no"},
        "ceo": None, "board": board,
        "not_board": ["Knut Ivar Hovde", "Ranveig Sælid", "Ola Brattås", "Bente Kvam", "Tore Lyngaas"],
        "renditions": ["chrome"], "accent": "#8a1c1c",
        "notes": "Idrettslag, bokmål, Buskerud 2004. Inntekter and Kostnader as two blocks side by side, each with "
                 "Regnskap | Budsjett in whole kroner with ',-'; 'Årets overskudd' under both; a one-column "
                 "balance; board as 'Verv: Navn' lines; valgkomité and club revisorer.",
        "items": [
            ("cover", "Årsmelding 2004", ["Gjerdåsen IL · stiftet 1946", "Postboks 52, 3371 {g:Vikersund}",
                                          "gjerdasen.il@online.no · www.gjerdasen-il.no"]),
            ("h", 2, "Styrets beretning"),
            ("p", "Gjerdåsen IL er et fleridrettslag i {g:Modum} med fotball, ski og allidrett for barn. Laget "
                  "hadde 388 medlemmer ved utgangen av året. Medlemstallet økte med {p:8 %|medlemstallet}."),
            ("p", "Styret har i 2004 bestått av:"),
            ("p", "Leder: Trond Sandvik"),
            ("p", "Nestleder: Hanne Brekke Olsen"),
            ("p", "Kasserer: Geir Ove Kittilsen"),
            ("p", "Sekretær: Siv Torgersen"),
            ("p", "Styremedlem: Morten Haug"),
            ("p", "Varamedlemmer: Linda Bjerke og Jan Erik Nyhus"),
            ("p", "Valgkomiteen har vært Knut Ivar Hovde og Ranveig Sælid. Revisorer: Ola Brattås og Bente Kvam."),
            ("p", "Styret har hatt ti styremøter. Hovedtrener for A-laget har vært Tore Lyngaas."),
            ("h", 2, "Aktiviteter"),
            ("p", "Fotballgruppa hadde lag i seriespill i {g:Buskerud} og deltok på cuper i {g:Drammen} og "
                  "{g:Geithus}. Skigruppa arrangerte klubbrenn hver tirsdag i lysløypa, og "
                  "{p:62 %|barna i skigruppa} av barna i skigruppa deltok i minst fem renn."),
            ("h", 2, "Økonomi"),
            ("p", "Inntektene ble {p:4,6 prosent|høyere enn budsjettert} høyere enn budsjettert, mest takket være "
                  "kiosken og økte tilskudd. Overskuddet settes av til nytt lysanlegg."),
            ("pagebreak",),
            ("tacct", account, {"title": "Regnskap 2004", "right_from": "Kostnader",
                                "below_from": "Årets overskudd"}),
            ("stmt", bal, {"title": "Balanse per 31.12.2004"}),
            ("p", "{g:Vikersund}, 8. februar 2005. For styret: Trond Sandvik, leder"),
        ],
    }


def lindvollen_gruppen_2024() -> dict:
    cols = [Col("2024", 2024), Col("2023", 2023), Col("2024", 2024, OTHER), Col("2023", 2023, OTHER)]
    inc = [("Salgsinntekt", "", [None, None, 148320, 139870]), ("Annen driftsinntekt", "", [6840, 6215, 2115, 1980])]
    cost = [("Varekostnad", "", [None, None, 71450, 68300]), ("Lønnskostnad", "2", [4910, 4480, 46820, 43910]),
            ("Avskrivning av driftsmidler", "4", [120, 110, 4880, 4615]),
            ("Annen driftskostnad", "", [1640, 1505, 17230, 16445])]
    fin = [("Inntekt på investering i datterselskap", "5", [7500, 5000, None, None]),
           ("Annen finansinntekt", "", [210, 145, 640, 512]),
           ("Annen finanskostnad", "", [-385, -402, -2960, -3110])]
    result = Statement("Resultatregnskap", cols, income(
        "nb", 4, inc, cost, fin, tax=("Skattekostnad", "6", [75, 30, 1705, 1318]),
        labels={"pre_tax": "Ordinært resultat før skattekostnad"}),
        unit=1000, note_col="Note", label_header="Beløp i NOK 1000")
    bal = Statement("Balanse", cols, balance(
        "nb", 4,
        fixed=[("Investering i datterselskap", "5", [18400, 18400, None, None]),
               ("Tomter og bygninger", "4", [None, None, 42100, 43650]),
               ("Maskiner og anlegg", "4", [480, 560, 9870, 10240])],
        current=[("Varer", "", [None, None, 8450, 7910]), ("Kundefordringer", "", [None, None, 16320, 15080]),
                 ("Fordringer på konsernselskap", "", [7650, 5120, None, None]),
                 ("Bankinnskudd, kontanter", "", "plug")],
        equity=[("Aksjekapital", "7", [1000, 1000, 1000, 1000]), ("Annen egenkapital", "7", [24310, 21890, 38640, 35610])],
        long=[("Gjeld til kredittinstitusjoner", "8", [None, None, 26400, 29100])],
        short=[("Leverandørgjeld", "", [210, 185, 9780, 9450]), ("Skyldig utbytte", "", [5000, 5000, 5000, 5000]),
               ("Betalbar skatt", "6", [75, 30, 1520, 1280]), ("Annen kortsiktig gjeld", "", [690, 620, 11260, 10840])]),
        unit=1000, note_col="Note", label_header="Beløp i NOK 1000")
    years = ["2024", "2023", "2022", "2021", "2020"]
    turnover = ["150,4", "141,9", "128,6", "117,3", "109,8"]
    optional = [{"label": "Driftsinntekter konsern (MNOK)", "year": int(y), "value": int(round(float(v.replace(",", ".")) * 1_000_000))}
                for y, v in zip(years, turnover)]
    board = [("Torvald Lindvold", "LEDE", None), ("Marte Eide", "MEDL", None), ("Sindre Aas Hommefoss", "MEDL", None),
             ("Berit Lindvold Knutsen", "MEDL", None)]
    return {
        "name": "lindvollen-gruppen-2024", "lang": "nb", "year": 2024,
        "title": "Lindvollen Gruppen AS – Årsregnskap og årsberetning 2024",
        "organization": {"name": "Lindvollen Gruppen AS", "founded_year": 1978,
                         "address": "Langsævegen 9, 4817 His", "phone": "37 05 92 10",
                         "email": "post@lindvollen.no", "website": "lindvollen.no",
                         "owners": [{"name": "Lindvold Invest AS", "share_percent": 60},
                                    {"name": "Marte Eide Holding AS", "share_percent": 40}]},
        "ceo": "Jon Erik Tangen", "board": board,
        "not_board": ["Bjarne Lindvold", "Kaja Strømme", "Geir Ove Ramberg"],
        "places_optional": ["His"],
        "key_figures_optional": optional,
        "renditions": ["chrome"], "accent": "#1f4e79",
        "notes": "Group, bokmål, Agder 2024. Resultatregnskap and balanse on landscape pages with Morselskap 2024 | "
                 "2023 and Konsern 2024 | 2023 (konsern optional), 'Beløp i NOK 1000', Note column, skattekostnad; "
                 "a five-year Nøkkeltall box beside the resultatregnskap; board only in the signature lines.",
        "items": [
            ("cover", "Årsregnskap 2024", ["Lindvollen Gruppen AS · org.nr. 979 412 306",
                                           "Langsævegen 9, 4817 {g?:His} · 37 05 92 10 · post@lindvollen.no · lindvollen.no"]),
            ("h", 2, "Årsberetning 2024"),
            ("h", 3, "Virksomhetens art og hvor den drives"),
            ("p", "Lindvollen Gruppen AS ble grunnlagt av Bjarne Lindvold i 1978 og er morselskap i et konsern med "
                  "virksomhet innen bygg og eiendom. Selskapet eier {p:100 %|Lindvollen Bygg AS} av aksjene i "
                  "Lindvollen Bygg AS og {p:100 %|Lindvollen Eiendom AS} av aksjene i Lindvollen Eiendom AS. "
                  "Hovedkontoret ligger i {g:Arendal}, og konsernet har prosjekter i {g:Froland}, {g:Grimstad} "
                  "og {g:Kristiansand}."),
            ("p", "Aksjene eies av Lindvold Invest AS ({p:60 %|Lindvold Invest AS}) og Marte Eide Holding AS "
                  "({p:40 %|Marte Eide Holding AS})."),
            ("h", 3, "Fortsatt drift og resultat"),
            ("p", "Forutsetningen om fortsatt drift er til stede. Konsernets driftsinntekter økte med "
                  "{p:6,0 %|konsernets driftsinntekter} til 150,4 millioner kroner. Morselskapets årsresultat på "
                  "7 420 000 kroner foreslås disponert med 5 000 000 kroner til utbytte og resten til annen egenkapital."),
            ("h", 3, "Arbeidsmiljø og likestilling"),
            ("p", "Konsernet har 64 ansatte, morselskapet fem. Sykefraværet i konsernet var {p:5,3 %|sykefraværet}. "
                  "Daglig leder i Lindvollen Bygg AS er Kaja Strømme. Revisor er Geir Ove Ramberg."),
            ("wide", [
                ("beside", [("stmt", result, {"title": "Resultatregnskap – morselskap og konsern",
                                            "groups": [("Morselskap", 2), ("Konsern", 2)]})],
                 [("h", 3, "Nøkkeltall konsern"),
                  ("table", [["", *years],
                             ["Driftsinntekter konsern (MNOK)", *turnover],
                             ["Driftsmargin", "{p:6,7 %}", "{p:6,0 %}", "{p:5,1 %}", "{p:4,4 %}", "{p:3,9 %}"],
                             ["Egenkapitalandel", "{p:42,4 %}", "{p:39,7 %}", "{p:36,2 %}", "{p:33,0 %}", "{p:31,5 %}"]])],
                 {"left": 58}),
                ("small", "Morselskapets tall står til venstre (to første kolonner), konsernets til høyre."),
            ]),
            ("wide", [("stmt", bal, {"title": "Balanse per 31. desember – morselskap og konsern",
                                        "groups": [("Morselskap", 2), ("Konsern", 2)]})]),
            ("pagebreak",),
            ("p", "{g:Arendal}, 26. mars 2025"),
            ("table", [["Torvald Lindvold", "Marte Eide", "Sindre Aas Hommefoss"],
                       ["styrets leder", "styremedlem", "styremedlem"],
                       ["Berit Lindvold Knutsen", "Jon Erik Tangen", ""],
                       ["styremedlem", "daglig leder", ""]], {"numeric_from": 9}),
        ],
    }


REPORTS = [lauvhaug_industri_2008, brovoll_avfall_iks_2016, gjerdasen_il_2004, lindvollen_gruppen_2024]
