"""Forty-second set, part a: an arbeidsinkluderingsbedrift konsern, a regional IKS with several
business areas, a large foundation. Invented names and figures; real places valid in the year."""
from __future__ import annotations

from h42_common import lengthened, ACTUAL, BUDGET, Col, Statement, balance, bios, cols_years, income


def sunnhordland_gruppen_2018() -> dict:
    y = 2018
    board = [("Ragnhild Ekeland Vik", "LEDE", False), ("Torstein Aarbakke", "NEST", False),
             ("Maren Hovdenes", "MEDL", False), ("Eirik Sandtorv", "MEDL", True),
             ("Liv Kristine Økland", "MEDL", False)]
    ceo = "Håvard Skjelbred"
    inc_st = Statement("Resultatregnskap", cols_years(y, 2), income("nb", 4, [
        ("Salgsinntekter", "", [38412, 35977, 51306, 47220]),
        ("Tilskudd NAV og kommuner", "2", [41280, 40115, 41280, 40115]),
        ("Andre driftsinntekter", "", [1904, 2210, 2340, 2605])], [
        ("Varekostnad", "", [9861, 9120, 14588, 13407]),
        ("Lønnskostnader", "3", [57033, 54816, 64120, 61544]),
        ("Avskrivninger", "5", [3120, 2990, 4402, 4156]),
        ("Andre driftskostnader", "", [10517, 10342, 12790, 12221])], [
        ("Finansinntekter", "", [412, 380, 455, 401]),
        ("Finanskostnader", "", [-866, -912, -1290, -1344])]),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr")
    bal = Statement("Balanse pr. 31.12.", cols_years(y, 2), balance("nb", 4, [
        ("Tomter og bygninger", "5", [28410, 29320, 41880, 43115]),
        ("Maskiner og inventar", "5", [6120, 5840, 9315, 8770]),
        ("Aksjer i datterselskap", "6", [4000, 4000, 0, 0])], [
        ("Kundefordringer", "", [5214, 4870, 7960, 7311]),
        ("Andre fordringer", "", [1102, 988, 1420, 1265]),
        ("Bankinnskudd", "7", "plug")], [
        ("Aksjekapital", "8", [2500, 2500, 2500, 2500]),
        ("Annen egenkapital", "8", [31840, 30530, 36720, 34755])], [
        ("Gjeld til kredittinstitusjoner", "9", [17200, 18400, 27600, 29100])], [
        ("Leverandørgjeld", "", [3310, 2987, 4812, 4455]),
        ("Skyldige offentlige avgifter", "", [5206, 4980, 6105, 5870]),
        ("Annen kortsiktig gjeld", "", [6911, 6407, 8834, 8150])]),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr")
    key = Statement("Nøkkeltall konsern", [Col("2018", y), Col("2017", y - 1)], [
        l for l in income("nb", 2, [("Driftsinntekter", "", [94926, 89940])],
                          [("Driftskostnader", "", [95900, 91328])], [("Netto finans", "", [-835, -943])],
                          labels={"sum_inc": "Driftsinntekter", "sum_cost": "Driftskostnader",
                                  "op": "Driftsresultat konsern", "result": "Årsresultat konsern", "net_fin": None},
                          heads=False) if l.key], unit=1000, label_header="Tall i 1000 kr")
    items = [
        ("p", "Sunnhordland Gruppen AS", {"size": 20}),
        ("p", f"Årsrapport {y}", {"size": 14}),
        ("p", "Org.nr. 987 114 205 · Heiane 14, 5412 {g:Stord} · post@sunnhordlandgruppen.no · www.sunnhordlandgruppen.no"),
        ("toc", [("Året i korte trekk", 2), ("Konsernsjefen har ordet", 2), ("Styret", 3), ("Ledergruppen", 4),
                 ("Bærekraft og samfunnsansvar", 5), ("Styrets årsberetning", 6), ("Årsregnskap", 7),
                 ("Noter", 8), ("Revisors beretning", 10)], {"title": "Innhold"}),
        ("break",),
        ("h", 1, "Året i korte trekk"),
        ("keytable", key, [["Antall ansatte i konsernet", "146", "139"],
                           ["Deltakere i løpet av året", "412", "388"],
                           ["Sykefravær", "{p:6,8 %}", "{p:7,4 %}"],
                           ["Overgang til arbeid eller utdanning", "{p:41 %}", "{p:38 %}"]],
         {"title": "Nøkkeltall konsern"}),
        ("p", "Konsernet hadde i 2018 driftsinntekter på 94,9 millioner kroner. Vi har 60 plasser i varig "
              "tilrettelagt arbeid (VTA) og tiltaksplasser for NAV i hele {g:Sunnhordland}."),
        ("h", 1, "Konsernsjefen har ordet"),
        ("p", "2018 ble et år med mange nye deltakere og flere overganger til ordinært arbeid enn noen gang. "
              "Jeg vil takke avdelingsleder Kjetil Fjellberg for arbeidet med den nye kantina, og NAV-leder "
              "Solfrid Lunde i {g:Stord} for et tett samarbeid. En stor takk også til ordfører Tor Halvard "
              "Mjelde, som åpnet verkstedet vårt på {g:Leirvik} i mai."),
        ("p", f"{ceo}, konsernsjef"),
        ("break",),
        ("h", 1, "Styret"),
        bios([("Ragnhild Ekeland Vik", "Styreleder Ragnhild Ekeland Vik (f. 1962) er utdannet siviløkonom og har "
                                       "lang erfaring fra bank og næringsliv. Styreleder siden 2016."),
              ("Torstein Aarbakke", "Nestleder Torstein Aarbakke (f. 1958) er rådgiver i {g:Fitjar} kommune "
                                    "og var tidligere daglig leder i et verft. Styremedlem siden 2014."),
              ("Maren Hovdenes", "Maren Hovdenes (f. 1975) er jurist og partner i et advokatfirma. Hun er også "
                                 "styreleder i Stord Næringsråd. Styremedlem siden 2019."),
              ("Eirik Sandtorv", "Eirik Sandtorv (f. 1981) er arbeidsleder ved snekkerverkstedet og er valgt av "
                                 "og blant de ansatte. Styremedlem siden 2017."),
              ("Liv Kristine Økland", "Liv Kristine Økland (f. 1969) er sykepleier og leder for helse og omsorg "
                                      "i {g:Bømlo} kommune. Styremedlem siden 2018.")]),
        ("break",),
        ("h", 1, "Ledergruppen"),
        bios([("Håvard Skjelbred", "Konsernsjef Håvard Skjelbred (f. 1966) er utdannet siviløkonom og har ledet "
                                   "konsernet siden 2012."),
              ("Anette Bruvik", "Økonomisjef Anette Bruvik (f. 1977) er siviløkonom og har vært i selskapet "
                                "siden 2009. Hun er styreleder i datterselskapet."),
              ("Ole Johan Tysnes", "Leder for arbeidsinkludering Ole Johan Tysnes (f. 1971) er sosionom og har "
                                   "lang erfaring fra NAV."),
              ("Sigrid Hatlestad", "Daglig leder i Stord Gartneri AS Sigrid Hatlestad (f. 1984) er utdannet "
                                   "hagebruksingeniør.")]),
        ("break",),
        ("h", 1, "Bærekraft og samfunnsansvar"),
        ("p", "Konsernet er miljøsertifisert etter Miltun-ordningen. Vi sorterte {p:78 prosent|avfallet} av "
              "avfallet i 2018, og {p:35 %|bilparken} av bilparken går nå på strøm."),
        ("table", [["Mål", "2018", "2017"],
                   ["Andel kvinner i ledergruppen", "{p:50 %}", "{p:50 %}"],
                   ["Andel deltakere med opplæringsplan", "{p:92 %}", "{p:87 %}"],
                   ["Energiforbruk (kWh)", "612 400", "655 100"]], {"ruled": True}),
        ("h", 2, "Datterselskapet"),
        ("p", "Stord Gartneri AS eies {p:100 prosent|eies} av morselskapet. Styret i datterselskapet har bestått av "
              "Anette Bruvik (leder), Ole Johan Tysnes og Kjetil Fjellberg. Daglig leder er Sigrid Hatlestad."),
        ("break",),
        ("h", 1, "Styrets årsberetning"),
        ("h", 2, "Virksomhetens art og hvor den drives"),
        ("p", "Sunnhordland Gruppen AS er en arbeidsinkluderingsbedrift med hovedkontor på {g:Stord}. Konsernet "
              "består av morselskapet og det heleide datterselskapet Stord Gartneri AS. Selskapet eies av "
              "Stord kommune ({p:60 %|eies}), Fitjar kommune ({p:25 %|eies}) og Bømlo kommune ({p:15 %|eies})."),
        ("h", 2, "Arbeidsmiljø og personale"),
        ("p", "Sykefraværet i konsernet var {p:6,8 prosent|sykefraværet} mot {p:7,4 prosent|sykefraværet} "
              "året før. Det har ikke vært skader som har ført til fravær."),
        ("h", 2, "Likestilling"),
        ("p", "Styret består av tre kvinner og to menn. Av konsernets ansatte er {p:54 %|kvinner} kvinner."),
        ("h", 2, "Resultat og fortsatt drift"),
        ("p", "Morselskapets årsresultat og konsernets resultat går fram av regnskapet. Forutsetningen om fortsatt "
              "drift er til stede. Styret foreslår at årsresultatet overføres til annen egenkapital."),
        ("sign", "{g:Stord}, 14. mars 2019", [("Ragnhild Ekeland Vik", "styreleder"), ("Torstein Aarbakke", "nestleder"),
                                          ("Maren Hovdenes", "styremedlem"), ("Eirik Sandtorv", "styremedlem"),
                                          ("Liv Kristine Økland", "styremedlem"), (ceo, "konsernsjef")], {"cols": 3}),
        ("break",),
        ("h", 1, "Årsregnskap"),
        ("groupstmt", inc_st, [("Morselskap", 2), ("Konsern", 2)], {"title": "Resultatregnskap"}),
        ("break",),
        ("groupstmt", bal, [("Morselskap", 2), ("Konsern", 2)], {"title": "Balanse pr. 31.12."}),
        ("h", 1, "Noter"),
        ("h", 2, "Note 3 Lønnskostnader og godtgjørelser"),
        ("p", "Lønn til konsernsjef utgjorde 1 186 000 kroner. Styrehonorar ble utbetalt med 212 000 kroner, "
              "hvorav styreleder 80 000 kroner."),
        ("h", 2, "Note 6 Datterselskap"),
        ("p", "Stord Gartneri AS, forretningskontor {g:Stord}, eierandel {p:100 %|eierandel}."),
        ("break",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til generalforsamlingen i Sunnhordland Gruppen AS. Vi har revidert selskapets årsregnskap som "
              "viser et overskudd i morselskapet. Etter vår mening gir årsregnskapet et rettvisende bilde."),
        ("p", "{g?:Haugesund}, 14. mars 2019 · Vest Revisjon AS · Bjørnar Lygre, statsautorisert revisor"),
    ]
    return {"name": f"sunnhordland-gruppen-{y}", "lang": "nb", "year": y, "title": f"Årsrapport {y}",
            "organization": {"name": "Sunnhordland Gruppen AS", "address": "Heiane 14, 5412 Stord",
                             "email": "post@sunnhordlandgruppen.no", "website": "www.sunnhordlandgruppen.no",
                             "owners": [{"name": "Stord kommune", "share_percent": 60},
                                        {"name": "Fitjar kommune", "share_percent": 25},
                                        {"name": "Bømlo kommune", "share_percent": 15}]},
            "ceo": ceo, "board": board, "emp_known": True,
            "not_board": ["Anette Bruvik", "Ole Johan Tysnes", "Sigrid Hatlestad", "Kjetil Fjellberg",
                          "Solfrid Lunde", "Tor Halvard Mjelde", "Bjørnar Lygre"],
            "programs": {"VTA": 60},
            "not_places": ["Stord Gartneri AS", "Stord Næringsråd",
                                                              "Stord kommune", "Fitjar kommune", "Bømlo kommune"],
            "header": "Sunnhordland Gruppen AS – Årsrapport 2018", "footer": "Side {PAGE} av {NUMPAGES}",
            "items": items, "renditions": ["pdf", "docx"],
            "notes": "Konsern; styret and ledergruppen as portrait pages with bios; konsern columns optional."}


def landregionen_iks_2020() -> dict:
    y = 2020
    board = [("Gunnhild Brenden", "LEDE", False), ("Arne Kristoffer Sveen", "NEST", False),
             ("Tonje Haugli", "MEDL", False), ("Petter Lien Nyhus", "MEDL", False),
             ("Svein Ove Lunde", "MEDL", True),
             ("Ingrid Brattlien", "VARA", None), ("Halvor Jevne", "VARA", None),
             ("Mette Solbakken", "VARA", None)]
    ceo = "Kristin Fossum Rud"
    rs = Statement("Driftsregnskap", [Col("Regnskap 2020", y), Col("Budsjett 2020", y, BUDGET),
                                      Col("Regnskap 2019", y - 1)], income("nb", 3, [
        ("Gebyrinntekter renovasjon", "", [48210, 47800, 46115]),
        ("Salg av tjenester til eierkommunene", "2", [31664, 31500, 30218]),
        ("Andre driftsinntekter", "", [4102, 3600, 3877])], [
        ("Lønn og sosiale kostnader", "3", [36980, 37400, 35512]),
        ("Kjøp av tjenester", "", [33415, 32900, 31870]),
        ("Avskrivninger", "4", [6220, 6300, 5940]),
        ("Andre driftskostnader", "", [5560, 5100, 5391])], [
        ("Renteinntekter", "", [118, 150, 204]),
        ("Rentekostnader", "", [-1320, -1500, -1466])],
        labels={"sum_inc": "Sum driftsinntekter", "op": "Brutto driftsresultat",
                "result": "Regnskapsmessig mer-/mindreforbruk"}),
        unit=1000, negative="paren", note_col="Note", label_header="Tall i 1000 kr")
    bal = Statement("Balanse", [Col("31.12.2020", y), Col("31.12.2019", y - 1)], balance("nb", 2, [
        ("Bygninger og anlegg", "4", [51220, 53110]),
        ("Kjøretøy og maskiner", "4", [14330, 13020])], [
        ("Kortsiktige fordringer", "", [8861, 8120]),
        ("Bankinnskudd", "", "plug")], [
        ("Innskutt egenkapital", "", [5000, 5000]),
        ("Disposisjonsfond", "", [9412, 8130])], [
        ("Lån fra Kommunalbanken", "5", [38600, 40800]),
        ("Pensjonsforpliktelser", "6", [14200, 13050])], [
        ("Leverandørgjeld", "", [6334, 5870]),
        ("Annen kortsiktig gjeld", "", [7012, 6544])]),
        unit=1000, negative="paren", note_col="Note", label_header="Tall i 1000 kr")
    items = [
        ("p", "Landregionen Fellestjenester IKS", {"size": 20}),
        ("p", "Årsrapport 2020", {"size": 14}),
        ("p", "Renovasjon · Brann og redning · IKT · Regnskap og lønn", {"italic": True}),
        ("p", "Sentrumsvegen 31, 2860 Hov · Telefon 61 12 40 00 · www.landregionen-iks.no"),
        ("break",),
        ("h", 1, "Innhold"),
        ("li", "Daglig leders innledning"), ("li", "Organisering og eierskap"), ("li", "Styret"),
        ("li", "Virksomhetsområdene"), ("li", "Miljø og bærekraft"), ("li", "Styrets årsberetning"),
        ("li", "Regnskap med noter"), ("li", "Revisjonsberetning"),
        ("h", 1, "Daglig leders innledning"),
        ("p", "Pandemien preget hele året. Brann og redning fikk nye oppgaver, og IKT satte opp hjemmekontor for "
              "over 900 kommunalt ansatte på to uker. Takk til IKT-leder Bård Skrinde og hans folk, og til "
              "kommunedirektørene i eierkommunene for godt samarbeid."),
        ("p", f"Hov, februar 2021 — {ceo}, daglig leder"),
        ("h", 1, "Organisering og eierskap"),
        ("p", "Selskapet er et interkommunalt selskap etter IKS-loven, eid av {g:Søndre Land} ({p:40 %|eid av}), "
              "{g:Nordre Land} ({p:35 %|eid av}) og {g:Gran} ({p:25 %|eid av}). Øverste organ er "
              "representantskapet, der hver kommune har to medlemmer. Leder av representantskapet i 2020 var "
              "ordfører Eli Mørkved, med varaordfører Stian Thorsrud som nestleder."),
        ("h", 1, "Styret"),
        ("p", "Styret velges av representantskapet for to år. Ett medlem med personlig varamedlem velges av "
              "og blant de ansatte."),
        bios([("Gunnhild Brenden", "Styreleder. Gunnhild Brenden (f. 1961) er utdannet siviløkonom og har vært "
                                   "økonomidirektør i et industrikonsern. Styremedlem siden 2016."),
              ("Arne Kristoffer Sveen", "Nestleder. Arne Kristoffer Sveen (f. 1955) er sivilingeniør og tidligere "
                                        "teknisk sjef. Styremedlem siden 2014."),
              ("Tonje Haugli", "Tonje Haugli (f. 1979) er advokat med kommunalrett som fagfelt. "
                               "Styremedlem siden 2020."),
              ("Petter Lien Nyhus", "Petter Lien Nyhus (f. 1970) driver eget regnskapsbyrå på {g:Dokka}. "
                                    "Styremedlem siden 2018."),
              ("Svein Ove Lunde", "Svein Ove Lunde (f. 1968) er brannkonstabel og ansattes representant. "
                                  "Styremedlem siden 2019.")]),
        ("table", [["Medlem", "Personlig varamedlem"],
                   ["Tonje Haugli", "Ingrid Brattlien"],
                   ["Petter Lien Nyhus", "Halvor Jevne"],
                   ["Svein Ove Lunde (ansattvalgt)", "Mette Solbakken"]], {"ruled": True}),
        ("p", "Styret hadde 9 møter og behandlet 74 saker. Kontrollutvalgene i eierkommunene har fått tilsendt "
              "protokollene."),
        ("break",),
        ("h", 1, "Virksomhetsområdene"),
        ("table", [["Område", "Leder", "Årsverk", "Driftsinntekter (1000 kr)"],
                   ["Renovasjon", "Jon Erik Granum", "21", "48 210"],
                   ["Brann og redning", "Vigdis Nordengen", "24", "17 880"],
                   ["IKT", "Bård Skrinde", "9", "9 412"],
                   ["Regnskap og lønn", "Hilde Vestrum", "7", "4 372"]], {"ruled": True}),
        ("h", 2, "Renovasjon"),
        ("p", "Materialgjenvinningsgraden økte til {p:46,2 %|materialgjenvinningsgraden}. Returpunktet i "
              "{g:Brandbu} er bygget om."),
        ("h", 2, "Brann og redning"),
        ("p", "Brannvesenet rykket ut 412 ganger, {p:8 prosent|flere} flere enn i 2019."),
        ("h", 1, "Miljø og bærekraft"),
        ("p", "Selskapets utslipp fra kjøretøy gikk ned med {p:12 %|utslipp} etter at fire nye biogassbiler ble "
              "satt i drift. Sykefraværet var {p:5,9 %|sykefraværet}."),
        ("break",),
        ("h", 1, "Styrets årsberetning"),
        ("p", "Landregionen Fellestjenester IKS har hovedkontor på {g:Hov} i {g:Søndre Land}. Selskapet "
              "hadde ved utgangen av året 61 årsverk. Regnskapet viser et mindreforbruk som foreslås avsatt til "
              "disposisjonsfond. Styret mener at forutsetningen om fortsatt drift er til stede."),
        ("sign", "Hov, 11. februar 2021", [("Gunnhild Brenden", "Styreleder"), ("Arne Kristoffer Sveen", "Nestleder"),
                                           ("Tonje Haugli", "Styremedlem"), ("Petter Lien Nyhus", "Styremedlem"),
                                           ("Svein Ove Lunde", "Styremedlem"), (ceo, "Daglig leder")], {"cols": 2}),
        ("break",),
        ("h", 1, "Regnskap med noter"),
        ("stmt", rs, {"title": "Driftsregnskap 2020"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2020"}),
        ("h", 2, "Note 3 Lønn og godtgjørelser"),
        ("p", "Daglig leder har en årslønn på 1 024 000 kroner. Godtgjørelse til styret var 186 000 kroner, "
              "og leder av representantskapet fikk 12 000 kroner."),
        ("h", 1, "Revisjonsberetning"),
        ("p", "Til representantskapet i Landregionen Fellestjenester IKS. {g?:Innlandet Revisjon IKS|Innlandet} har revidert "
              "selskapets årsregnskap. Oppdragsansvarlig revisor: Mona Kildahl, registrert revisor."),
    ]
    return {"name": f"landregionen-iks-{y}", "lang": "nb", "year": y, "title": f"Årsrapport {y}",
            "organization": {"name": "Landregionen Fellestjenester IKS", "address": "Sentrumsvegen 31, 2860 Hov",
                             "phone": "61 12 40 00", "website": "www.landregionen-iks.no",
                             "owners": [{"name": "Søndre Land", "share_percent": 40},
                                        {"name": "Nordre Land", "share_percent": 35},
                                        {"name": "Gran", "share_percent": 25}]},
            "ceo": ceo, "board": board,
            "not_board": ["Eli Mørkved", "Stian Thorsrud", "Bård Skrinde", "Jon Erik Granum", "Vigdis Nordengen",
                          "Hilde Vestrum", "Mona Kildahl"],
            "header": "Landregionen Fellestjenester IKS | Årsrapport 2020", "footer": "{PAGE}",
            "footer_align": "right", "items": items, "renditions": ["doc", "pdf"],
            "notes": "IKS with four business areas; bios with the role first; personal deputies table; "
                     "budget column optional."}


def brattasen_stiftelse_2017() -> dict:
    from h3_render import Kroner
    y = 2017
    board = [("Vibeke Aasland Strøm", "LEDE", False), ("Gaute Rønningen", "NEST", False),
             ("Kari Anne Lium", "MEDL", False), ("Henrik Bergsrud", "MEDL", False),
             ("Nina Fjeldstad", "MEDL", True), ("Oddvar Kjos", "VARA", None)]
    ceo = "Merete Hallingstad"
    rs = Kroner("Resultatregnskap", [Col("2017", y), Col("2016", y - 1)], income("nb", 2, [
        ("Driftstilskudd fra Lørenskog kommune", "2", [61240500, 59876200]),
        ("Egenandeler beboere", "", [8412300, 8105900]),
        ("Andre driftsinntekter", "", [2231800, 1988400])], [
        ("Lønnskostnader", "3", [58906400, 56711300]),
        ("Avskrivninger", "4", [2140800, 2098300]),
        ("Andre driftskostnader", "", [9811200, 9540100])], [
        ("Finansinntekter", "", [96400, 88100]),
        ("Finanskostnader", "", [-702300, -744900])]),
        note_col="Note", label_header="Beløp i NOK")
    bal = Kroner("Balanse", [Col("31.12.2017", y), Col("31.12.2016", y - 1)], balance("nb", 2, [
        ("Bygninger", "4", [42180000, 43650000]),
        ("Inventar og utstyr", "4", [2914600, 3120400])], [
        ("Fordringer", "", [3412900, 3108800]),
        ("Bankinnskudd", "5", "plug")], [
        ("Grunnkapital", "", [200000, 200000]),
        ("Annen egenkapital", "", [19466000, 19045600])], [
        ("Pantelån", "6", [24120000, 25410000])], [
        ("Leverandørgjeld", "", [2870100, 2611400]),
        ("Skyldig offentlige avgifter", "", [4402300, 4258700]),
        ("Feriepenger og annen kortsiktig gjeld", "", [6935500, 6607300])]),
        note_col="Note", label_header="Beløp i NOK")
    items = [
        ("p", "Stiftelsen Brattåsen", {"size": 22}),
        ("p", "Årsrapport 2017 — bolig, omsorg og aktivitet siden 1978", {"size": 13}),
        ("table", [["Brattåsen i tall", "2017", "2016"],
                   ["Sykehjemsplasser", "64", "64"],
                   ["Omsorgsboliger", "38", "36"],
                   ["Årsverk", "92,4", "89,1"],
                   ["Sykefravær", "{p:8,1 %}", "{p:9,3 %}"],
                   ["Driftsinntekter (mill. kr)", "71,9", "70,0"]], {"ruled": True}),
        ("h", 1, "Innhold"),
        ("toc", [("Fra daglig leder", 2), ("Om stiftelsen", 2), ("Styret og stiftelsesrådet", 2),
                 ("Ledergruppen", 3), ("Samfunnsansvar", 3), ("Styrets årsberetning", 4),
                 ("Regnskap", 5), ("Revisors beretning", 8)], {"title": ""}),
        ("break",),
        ("h", 1, "Fra daglig leder"),
        ("p", "Vi åpnet to nye omsorgsboliger i høst. Jeg vil rette en særlig takk til fagsykepleier Trude "
              "Engebretsen, som ledet arbeidet med ny demensavdeling, og til kommuneoverlege Ivar Solheim for et "
              "godt samarbeid gjennom året."),
        ("p", f"{ceo}, daglig leder"),
        ("h", 1, "Om stiftelsen"),
        ("p", "Stiftelsen Brattåsen ble opprettet i 1978 og driver sykehjem og omsorgsboliger på {g:Lørenskog} etter "
              "driftsavtale med kommunen. Stiftelsen ligger på {g:Fjellhamar}, og om lag {p:70 prosent|beboerne} "
              "av beboerne kommer fra nærområdet."),
        ("h", 1, "Styret og stiftelsesrådet"),
        ("photo", 3, 3, "Styret samlet etter møtet i juni. Fra venstre: Gaute Rønningen, Kari Anne Lium, "
                        "Vibeke Aasland Strøm, Henrik Bergsrud, Nina Fjeldstad og Oddvar Kjos. Foto: Brattåsen"),
        ("p", "Styret er oppnevnt av stiftelsesrådet. Vibeke Aasland Strøm har ledet styret siden 2015, med Gaute "
              "Rønningen som nestleder. Nina Fjeldstad er valgt av de ansatte, og Oddvar Kjos er varamedlem."),
        ("p", "Stiftelsesrådet har sju medlemmer og ble i 2017 ledet av Torunn Melby. Rådet oppnevner styret og "
              "godkjenner årsregnskapet."),
        ("h", 1, "Ledergruppen"),
        ("table", [["Navn", "Stilling"],
                   [ceo, "Daglig leder"],
                   ["Sverre Ulvestad", "Økonomileder"],
                   ["Trude Engebretsen", "Fagsykepleier"],
                   ["Anita Moen Hagen", "Avdelingsleder omsorgsboliger"],
                   ["Kristian Dahle", "Driftsleder eiendom"]], {"ruled": False}),
        ("h", 1, "Samfunnsansvar"),
        ("p", "Vi har redusert matsvinnet med {p:22 %|matsvinnet} siden 2015 og kjøper nå {p:40 %|grønnsakene} av "
              "grønnsakene fra gårder i {g:Akershus}."),
        ("break",),
        ("h", 1, "Styrets årsberetning"),
        ("p", "Stiftelsens formål er å gi eldre og pleietrengende et godt bo- og omsorgstilbud. Sykefraværet var "
              "{p:8,1 prosent|sykefraværet}, ned fra {p:9,3 prosent|sykefraværet} i 2016. Styret foreslår at "
              "årsoverskuddet overføres til annen egenkapital. Forutsetningen om fortsatt drift er lagt til grunn."),
        ("sign", "{g:Lørenskog}, 8. mars 2018", [("Vibeke Aasland Strøm", "styreleder"), ("Gaute Rønningen", "nestleder"),
                                             ("Kari Anne Lium", ""), ("Henrik Bergsrud", ""),
                                             ("Nina Fjeldstad", ""), (ceo, "daglig leder")], {"cols": 3}),
        ("break",),
        ("h", 1, "Regnskap"),
        ("stmt", rs, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse"}),
        ("h", 2, "Note 3 Lønn og ytelser"),
        ("p", "Stiftelsen hadde 92,4 årsverk. Daglig leder fikk lønn på 1 012 400 kroner. Styrehonorar utgjorde "
              "168 000 kroner."),
        ("h", 1, "Revisors beretning"),
        ("p", "Til stiftelsesrådet i Stiftelsen Brattåsen. Vi har revidert årsregnskapet. {g?:Oslo}, 8. mars 2018. "
              "{g?:Romerike Revisjon AS|Romerike}, Linn Kathrine Bye, statsautorisert revisor."),
    ]
    return {"name": f"brattasen-stiftelse-{y}", "lang": "nb", "year": y, "title": f"Årsrapport {y}",
            "organization": {"name": "Stiftelsen Brattåsen", "founded_year": 1978},
            "ceo": ceo, "board": board, "emp_known": True,
            "not_board": ["Torunn Melby", "Trude Engebretsen", "Ivar Solheim", "Sverre Ulvestad",
                          "Anita Moen Hagen", "Kristian Dahle", "Linn Kathrine Bye"],
            "not_places": ["Lørenskog kommune"],
            "header": "Stiftelsen Brattåsen · Årsrapport 2017", "footer": "Side {PAGE}",
            "items": items, "renditions": ["docx", "pdf"],
            "notes": "Foundation; board only in a photo caption, a prose paragraph and signatures; key-figure "
                     "table on the first page."}


REPORTS = [lengthened(sunnhordland_gruppen_2018), lengthened(landregionen_iks_2020), lengthened(brattasen_stiftelse_2017)]
