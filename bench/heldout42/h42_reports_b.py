"""Forty-second set, part b: a municipally owned housing and care AS, a second arbeidsinkluderings
konsern (konsern printed first), a regional IKS with several business areas. Invented names and
figures; real places valid in the year."""
from __future__ import annotations

from h42_common import lengthened, ACTUAL, BUDGET, OTHER, Col, Statement, balance, bios, income


def kvaloy_bolig_2019() -> dict:
    y = 2019
    board = [("Siri Mathisen Hansen", "LEDE", None), ("Bjarne Lyngmo", "NEST", None),
             ("Elin Pedersen Storvik", "MEDL", None), ("Rune Karlsen", "MEDL", None),
             ("Astrid Nilsen Lund", "MEDL", None)]
    ceo = "Tommy Johansen"
    rs = Statement("Resultatregnskap", [Col("2019", y), Col("2018", y - 1)], income("nb", 2, [
        ("Husleieinntekter", "", [84120, 81437]),
        ("Salg av omsorgstjenester til Tromsø kommune", "2", [126410, 119882]),
        ("Andre inntekter", "", [3312, 2876])], [
        ("Lønnskostnader", "3", [131228, 124901]),
        ("Avskrivninger", "6", [24610, 23984]),
        ("Vedlikehold", "", [18341, 17008]),
        ("Andre driftskostnader", "", [26872, 25531])], [
        ("Finansinntekter", "", [611, 540]),
        ("Finanskostnader", "", [-11920, -12412])],
        tax=("Skattekostnad", "7", [0, 0])),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr")
    bal = Statement("Balanse", [Col("2019", y), Col("2018", y - 1)], balance("nb", 2, [
        ("Boligbygg og omsorgsbygg", "6", [612400, 598770]),
        ("Tomter", "6", [41200, 41200])], [
        ("Kundefordringer", "", [9118, 8562]),
        ("Bankinnskudd", "", "plug")], [
        ("Aksjekapital", "", [50000, 50000]),
        ("Annen egenkapital", "", [88140, 77010])], [
        ("Husbanklån", "8", [488300, 486900])], [
        ("Leverandørgjeld", "", [12404, 11877]),
        ("Annen kortsiktig gjeld", "", [39882, 37120])]),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr")
    items = [
        ("p", "Kvaløy Bolig og Omsorg AS", {"size": 20}),
        ("p", "Årsrapport 2019", {"size": 14}),
        ("h", 2, "Dette er oss"),
        ("table", [["", "2019", "2018"],
                   ["Utleieboliger", "1 184", "1 152"],
                   ["Omsorgsplasser", "212", "204"],
                   ["Ansatte", "238", "229"],
                   ["Sykefravær", "{p:9,6 %}", "{p:10,2 %}"],
                   ["Driftsinntekter (mill. kr)", "213,8", "204,2"]], {"ruled": True}),
        ("break",),
        ("h", 1, "Daglig leder har ordet"),
        ("p", "2019 var året da vi tok i bruk de nye omsorgsboligene på {g:Kvaløysletta} og bygde ut "
              "bofellesskapet på {g:Tromsøya}. Takk til prosjektleder Geir Iversen og til byråd for helse og "
              "omsorg Marte Sørensen for godt samarbeid."),
        ("p", f"{ceo}\nDaglig leder"),
        ("h", 1, "Eierstyring"),
        ("p", "Selskapet eies {p:100 %|eies} av Tromsø kommune. Generalforsamlingen er kommunens øverste organ i "
              "selskapet, og kommunen representeres der av ordfører Gunnar Wilhelmsen eller den han gir fullmakt."),
        ("break",),
        ("h", 1, "Styret"),
        bios([("Siri Mathisen Hansen", "Siri Mathisen Hansen (f. 1964) er utdannet siviløkonom og har lang "
                                       "erfaring fra bolig- og eiendomsbransjen. Styrets leder siden 2017."),
              ("Bjarne Lyngmo", "Bjarne Lyngmo (f. 1957) er sivilingeniør og har ledet flere store byggeprosjekter "
                                "i {g:Nord-Norge}. Nestleder, styremedlem siden 2015."),
              ("Elin Pedersen Storvik", "Elin Pedersen Storvik (f. 1972) er sykepleier med master i helseledelse. "
                                        "Styremedlem siden 2019."),
              ("Rune Karlsen", "Rune Karlsen (f. 1968) er revisor og daglig leder i et regnskapsfirma. "
                               "Styremedlem siden 2017."),
              ("Astrid Nilsen Lund", "Astrid Nilsen Lund (f. 1980) er jurist i en statlig etat. "
                                     "Styremedlem siden 2019.")]),
        ("break",),
        ("h", 1, "Ledergruppen"),
        bios([(ceo, "Tommy Johansen (f. 1970) er daglig leder og har vært i selskapet siden 2011. Han er "
                    "utdannet siviløkonom."),
              ("Hanne Kristiansen", "Hanne Kristiansen (f. 1978) er leder for omsorg. Hun er sykepleier og "
                                    "sitter i styret i en pasientforening."),
              ("Ole Martin Berg", "Ole Martin Berg (f. 1966) er leder for eiendom og prosjekt."),
              ("Camilla Olsen", "Camilla Olsen (f. 1985) er økonomisjef og har vært i selskapet siden 2016.")]),
        ("break",),
        ("h", 1, "Bærekraft"),
        ("p", "Alle nye bygg oppføres med lavenergistandard. Energiforbruket per kvadratmeter gikk ned "
              "{p:4,8 %|energiforbruket} fra året før, og {p:61 %|avfallet} av avfallet fra byggeplassene ble "
              "sortert."),
        ("h", 1, "Årsberetning 2019"),
        ("p", "Kvaløy Bolig og Omsorg AS eier og forvalter kommunale utleieboliger og driver omsorgsboliger i "
              "{g:Tromsø} kommune. Selskapets kontor ligger på {g:Kvaløysletta}. Sykefraværet var "
              "{p:9,6 prosent|sykefraværet}. Styret består av tre kvinner og to menn. Årsregnskapet er avlagt "
              "under forutsetning om fortsatt drift."),
        ("break",),
        ("h", 1, "Årsregnskap"),
        ("stmt", rs, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember"}),
        ("h", 2, "Note 3 Lønn og godtgjørelser"),
        ("p", "Daglig leder har en fast lønn på 1 296 000 kroner. Styrets leder har et honorar på 96 000 kroner."),
        ("h", 1, "Uavhengig revisors beretning"),
        ("p", "Til generalforsamlingen i Kvaløy Bolig og Omsorg AS. Vi har revidert årsregnskapet. "
              "KomRev Nordnorge IKS, Kenneth Hagen, statsautorisert revisor."),
        ("esign", "Signaturer", "Dokumentet er signert elektronisk av styret og daglig leder.",
         ["Hansen, Siri Mathisen — Styreleder — 2020-03-19 10:12",
          "Lyngmo, Bjarne — Nestleder — 2020-03-19 11:40",
          "Storvik, Elin Pedersen — Styremedlem — 2020-03-19 12:03",
          "Karlsen, Rune — Styremedlem — 2020-03-20 08:51",
          "Lund, Astrid Nilsen — Styremedlem — 2020-03-20 09:17",
          "Johansen, Tommy — Daglig leder — 2020-03-20 09:30"]),
    ]
    return {"name": f"kvaloy-bolig-{y}", "lang": "nb", "year": y, "title": f"Årsrapport {y}",
            "organization": {"name": "Kvaløy Bolig og Omsorg AS",
                             "owners": [{"name": "Tromsø kommune", "share_percent": 100}]},
            "ceo": ceo, "board": board,
            "not_board": ["Hanne Kristiansen", "Ole Martin Berg", "Camilla Olsen", "Gunnar Wilhelmsen",
                          "Marte Sørensen", "Geir Iversen", "Kenneth Hagen"],
            "not_places": ["Tromsø kommune"],
            "header": "Kvaløy Bolig og Omsorg AS", "header_align": "right", "footer": "Årsrapport 2019 | {PAGE}",
            "items": items, "renditions": ["docx", "doc"],
            "notes": "Municipal housing and care AS; board and ledergruppen both as bio pages, roles only in "
                     "the bios; e-signature page the only role list."}


def grenland_arbeid_2023() -> dict:
    y = 2023
    board = [("Jorunn Bakken Aas", "LEDE", False), ("Stein Erik Holtan", "NEST", False),
             ("Mona Kittilsen", "MEDL", False), ("Frode Gundersen", "MEDL", False),
             ("Lise Tveten", "MEDL", True), ("Kåre Andreassen", "MEDL", True)]
    ceo = "Arild Stokstad"
    cols = [Col("2023", y, OTHER), Col("2022", y - 1, OTHER), Col("2023", y), Col("2022", y - 1)]
    rs = Statement("Resultatregnskap", cols, income("nb", 4, [
        ("Salgsinntekter", "", [62480, 58120, 40112, 37440]),
        ("Offentlige tilskudd", "2", [52330, 49875, 52330, 49875])], [
        ("Varekostnad", "", [17204, 16011, 8320, 7644]),
        ("Lønnskostnad", "3", [79112, 75203, 68540, 65110]),
        ("Avskrivning", "4", [5420, 5102, 3114, 2980]),
        ("Annen driftskostnad", "", [12906, 12420, 10880, 10371])], [
        ("Annen finansinntekt", "", [1204, 620, 1102, 588]),
        ("Annen finanskostnad", "", [-2511, -1870, -1240, -990])],
        labels={"sum_inc": "Sum driftsinntekter", "sum_cost": "Sum driftskostnader"}),
        unit=1000, negative="paren", note_col="Note", label_header="(Beløp i NOK 1 000)")
    bal = Statement("Balanse", cols, balance("nb", 4, [
        ("Bygninger og tomter", "4", [48310, 49920, 31200, 32440]),
        ("Driftsmidler", "4", [11240, 10820, 6310, 5980]),
        ("Investering i datterselskap", "5", [0, 0, 6000, 6000])], [
        ("Varer", "", [3410, 3122, 1204, 1080]),
        ("Fordringer", "", [10880, 9912, 7420, 6801]),
        ("Bankinnskudd", "", "plug")], [
        ("Aksjekapital", "", [3000, 3000, 3000, 3000]),
        ("Annen egenkapital", "", [48820, 48120, 45710, 44660])], [
        ("Gjeld til kredittinstitusjoner", "6", [24400, 25900, 12100, 12900])], [
        ("Leverandørgjeld", "", [5220, 4870, 3411, 3120]),
        ("Offentlige avgifter", "", [7702, 7310, 6220, 5904]),
        ("Annen kortsiktig gjeld", "", [9840, 9410, 7760, 7215])]),
        unit=1000, negative="paren", note_col="Note", label_header="(Beløp i NOK 1 000)")
    items = [
        ("p", "GRENLAND ARBEID", {"size": 24}),
        ("p", "Årsrapport 2023", {"size": 14}),
        ("p", "Vi skaper muligheter gjennom arbeid", {"italic": True}),
        ("toc", [("2023 i tall", 2), ("Konsernsjefens kommentar", 2), ("Dette er Grenland Arbeid", 2),
                 ("Styret", 3), ("Ledergruppen", 3), ("Bærekraftsrapport", 4), ("Årsberetning", 5),
                 ("Regnskap konsern og morselskap", 6), ("Noter", 7), ("Revisors beretning", 9)],
         {"title": "Innhold"}),
        ("break",),
        ("h", 1, "2023 i tall"),
        ("table", [["Driftsinntekter konsern", "114,8 mill. kr"],
                      ["Ansatte", "171"],
                      ["Deltakere i arbeidsrettede tiltak", "536"],
                      ["Plasser i varig tilrettelagt arbeid", "74"],
                      ["Overgang til jobb eller skole", "{p:44 %}"],
                      ["Sykefravær", "{p:7,2 %}"]], {"ruled": False}),
        ("h", 1, "Konsernsjefens kommentar"),
        ("p", "Vi har lagt bak oss et år med rekordmange deltakere. Takk til {g?:NAV Grenland|Grenland} ved avdelingsleder "
              "Berit Foss, og til ordfører Mette Kalve i {g:Skien}, som besøkte oss på vaskeriet i september."),
        ("p", f"{ceo}, konsernsjef"),
        ("h", 1, "Dette er Grenland Arbeid"),
        ("p", "Grenland Arbeid AS er en arbeids- og inkluderingsbedrift med avdelinger i {g:Skien}, "
              "{g:Porsgrunn} og {g:Bamble}. Konsernet består av morselskapet og det heleide datterselskapet "
              "Grenland Vaskeri AS. Aksjene eies av Skien kommune ({p:52 %|eies}), Porsgrunn kommune "
              "({p:33 %|eies}) og Bamble kommune ({p:15 %|eies}). Vi har 74 plasser i varig tilrettelagt arbeid "
              "og godkjenning for arbeidsforberedende trening (AFT)."),
        ("break",),
        ("h", 1, "Styret"),
        ("tablines", [["Styreleder:", "Jorunn Bakken Aas"], ["Nestleder:", "Stein Erik Holtan"],
                      ["Styremedlem:", "Mona Kittilsen"], ["Styremedlem:", "Frode Gundersen"],
                      ["Styremedlem, ansattvalgt:", "Lise Tveten"], ["Styremedlem, ansattvalgt:", "Kåre Andreassen"]],
         {"stops": (6.0,), "bold_first": True}),
        bios([("Jorunn Bakken Aas", "Jorunn Bakken Aas (f. 1963) er utdannet siviløkonom og har vært "
                                    "finansdirektør i industrien. Styremedlem siden 2018, leder fra 2021."),
              ("Stein Erik Holtan", "Stein Erik Holtan (f. 1959) har bakgrunn fra NAV og fylkeskommunen. "
                                    "Styremedlem siden 2016.")]),
        ("h", 1, "Ledergruppen"),
        ("tablines", [["Konsernsjef:", ceo], ["Økonomidirektør:", "Randi Flåten"],
                      ["Leder arbeidsinkludering:", "Espen Moland"], ["Daglig leder Grenland Vaskeri AS:", "Tove Sollid"]],
         {"stops": (6.0,), "bold_first": True}),
        ("h", 2, "Styret i Grenland Vaskeri AS"),
        ("p", "Arild Stokstad (styreleder), Randi Flåten og Espen Moland."),
        ("break",),
        ("h", 1, "Bærekraftsrapport"),
        ("p", "Konsernet rapporterer etter åpenhetsloven. Vi har redusert vannforbruket i vaskeriet med "
              "{p:18 %|vannforbruket}, og {p:90 %|leverandørene} av leverandørene har signert våre etiske krav."),
        ("table", [["Indikator", "2023", "2022"],
                   ["Kvinner i ledende stillinger", "{p:50 %}", "{p:40 %}"],
                   ["Klimagassutslipp (tonn CO2e)", "212", "248"],
                   ["Sortert avfall", "{p:73 %}", "{p:69 %}"]], {"ruled": True}),
        ("break",),
        ("h", 1, "Årsberetning"),
        ("p", "Konsernets driftsinntekter ble 114,8 millioner kroner. Sykefraværet i konsernet var "
              "{p:7,2 prosent|sykefraværet}. Styret mener årsregnskapet gir et rettvisende bilde, og "
              "forutsetningen om fortsatt drift er til stede."),
        ("sign", "{g:Skien}, 21. mars 2024", [("Jorunn Bakken Aas", "Styreleder"), ("Stein Erik Holtan", "Nestleder"),
                                              ("Mona Kittilsen", "Styremedlem"), ("Frode Gundersen", "Styremedlem"),
                                              ("Lise Tveten", "Styremedlem"), ("Kåre Andreassen", "Styremedlem"),
                                              (ceo, "Konsernsjef")], {"cols": 3}),
        ("break",),
        ("h", 1, "Regnskap konsern og morselskap"),
        ("groupstmt", rs, [("Konsern", 2), ("Morselskap", 2)], {"title": "Resultatregnskap"}),
        ("break",),
        ("groupstmt", bal, [("Konsern", 2), ("Morselskap", 2)], {"title": "Balanse 31.12."}),
        ("h", 1, "Noter"),
        ("h", 2, "Note 3 Lønnskostnader"),
        ("p", "Konsernsjefen fikk 1 412 000 kroner i lønn. Honorar til styret var 264 000 kroner."),
        ("h", 1, "Revisors beretning"),
        ("p", "Til generalforsamlingen i Grenland Arbeid AS. {g?:Telemark Revisjon AS|Telemark}, ved statsautorisert revisor "
              "Magne Haugen, har revidert årsregnskapet for morselskapet og konsernet."),
    ]
    return {"name": f"grenland-arbeid-{y}", "lang": "nb", "year": y, "title": f"Årsrapport {y}",
            "organization": {"name": "Grenland Arbeid AS",
                             "owners": [{"name": "Skien kommune", "share_percent": 52},
                                        {"name": "Porsgrunn kommune", "share_percent": 33},
                                        {"name": "Bamble kommune", "share_percent": 15}]},
            "ceo": ceo, "board": board, "emp_known": True,
            "not_board": ["Randi Flåten", "Espen Moland", "Tove Sollid", "Berit Foss", "Mette Kalve",
                          "Magne Haugen"],
            "programs": {"VTA": 74},
            "not_places": ["Skien kommune", "Porsgrunn kommune", "Bamble kommune", 
                           "Grenland Vaskeri AS", "GRENLAND ARBEID", "Grenland Arbeid"],
            "header": "Grenland Arbeid – Årsrapport 2023", "footer": "{PAGE}",
            "items": items, "renditions": ["pdf", "docx"],
            "notes": "Konsern printed before morselskap (konsern columns optional); board and ledergruppen as "
                     "role:name tab lines; the subsidiary's board in prose."}


def ytre_namdal_iks_2015() -> dict:
    y = 2015
    board = [("Oddbjørn Strand", "LEDE", False), ("Randi Hansen Kvaløy", "NEST", False),
             ("Terje Eidshaug", "MEDL", False), ("Gerd Inger Solem", "MEDL", True),
             ("Arnfinn Rørvik Moe", "VARA", None), ("Sissel Gutvik", "VARA", None),
             ("Bjørn Ivar Lysø", "VARA", None), ("Heidi Wahl", "VARA", None)]
    ceo = "Steinar Hårstad"
    rs = Statement("Driftsregnskap", [Col("Regnskap 2015", y), Col("Budsjett 2015", y, BUDGET),
                                      Col("Regnskap 2014", y - 1)], income("nb", 3, [
        ("Gebyrer vann og avløp", "", [21480, 21300, 20612]),
        ("Gebyrer renovasjon", "", [15330, 15500, 14870]),
        ("Salg kart og oppmåling", "", [2904, 3100, 2688]),
        ("Refusjoner og tilskudd", "3", [1872, 1500, 1655])], [
        ("Lønn og sosiale utgifter", "4", [17420, 17600, 16980]),
        ("Kjøp av varer og tjenester", "", [16011, 15900, 15122]),
        ("Avskrivninger", "5", [5780, 5800, 5490])], [
        ("Renteinntekter", "", [210, 250, 260]),
        ("Renteutgifter og avdrag", "6", [-2116, -2350, -2071])],
        labels={"result": "Netto driftsresultat"}),
        unit=1000, negative="minus", note_col="Note", label_header="Tall i 1000 kr",
        thousands=".")
    items = [
        ("p", "Ytre Namdal Samdrift IKS", {"size": 20}),
        ("p", "Årsmelding og regnskap 2015", {"size": 14}),
        ("p", "Vann og avløp · Renovasjon · Kart og oppmåling", {"italic": True}),
        ("h", 1, "Innledning"),
        ("p", "Selskapet leverer tjenester til innbyggerne i {g:Vikna}, {g:Nærøy} og {g:Leka}. Vi takker "
              "representantskapets leder Åse Marie Gulstad og rådmennene i eierkommunene for samarbeidet."),
        ("h", 1, "Eierskap og organisering"),
        ("table", [["Eierkommune", "Eierandel", "Representanter i representantskapet"],
                   ["Vikna kommune", "{p:45 %}", "Åse Marie Gulstad (leder), Jon Inge Kolvik"],
                   ["Nærøy kommune", "{p:40 %}", "Trond Heimdal, Marit Aune Skogmo"],
                   ["Leka kommune", "{p:15 %}", "Per Olav Hestvik, Anne Lise Sørli"]], {"ruled": True}),
        ("h", 1, "Styret"),
        ("p", "Styret har i 2015 hatt denne sammensetningen (personlige varamedlemmer i høyre kolonne):"),
        ("table", [["Rolle", "Navn", "Personlig varamedlem"],
                   ["Styreleder", "Oddbjørn Strand", "Arnfinn Rørvik Moe"],
                   ["Nestleder", "Randi Hansen Kvaløy", "Sissel Gutvik"],
                   ["Medlem", "Terje Eidshaug", "Bjørn Ivar Lysø"],
                   ["Ansattes representant", "Gerd Inger Solem", "Heidi Wahl"]], {"ruled": True}),
        ("p", "Styret har hatt 7 møter og behandlet 51 saker. Daglig leder er sekretær for styret."),
        ("h", 1, "Virksomhetsområdene"),
        ("table", [["Område", "Avdelingsleder", "Ansatte"],
                   ["Vann og avløp", "Rolf Arne Dahl", "11"],
                   ["Renovasjon", "Liv Heggdal", "8"],
                   ["Kart og oppmåling", "Kristoffer Bratland", "5"]], {"ruled": True}),
        ("p", "Andelen innbyggere med godkjent drikkevann var {p:98,5 %|drikkevann}. Gjenvinningsstasjonen på "
              "{g:Rørvik} fikk {p:14 %|besøk} flere besøk enn i 2014."),
        ("h", 1, "Årsberetning"),
        ("p", "Sykefraværet var {p:6,3 %|sykefraværet}. Selskapet har 26 ansatte, hovedkontor på {g:Rørvik} og "
              "driftsstasjon i {g:Kolvereid}. Netto driftsresultat foreslås avsatt til selvkostfond."),
        ("break",),
        ("h", 1, "Regnskap"),
        ("stmt", rs, {"title": "Driftsregnskap 2015"}),
        ("sign", "{g:Rørvik}, 24. februar 2016", [("Oddbjørn Strand", "leder"), ("Randi Hansen Kvaløy", "nestleder"),
                                                  ("Terje Eidshaug", "medlem"), ("Gerd Inger Solem", "medlem"),
                                                  (ceo, "daglig leder")], {"cols": 3}),
        ("h", 1, "Revisors beretning"),
        ("p", "Til representantskapet i Ytre Namdal Samdrift IKS. {g?:Namdal Revisjon IKS|Namdal} ved "
              "oppdragsansvarlig revisor Eva Bjørnstad har revidert årsregnskapet for 2015."),
    ]
    return {"name": f"ytre-namdal-iks-{y}", "lang": "nb", "year": y, "title": f"Årsmelding {y}",
            "organization": {"name": "Ytre Namdal Samdrift IKS",
                             "owners": [{"name": "Vikna kommune", "share_percent": 45},
                                        {"name": "Nærøy kommune", "share_percent": 40},
                                        {"name": "Leka kommune", "share_percent": 15}]},
            "ceo": ceo, "board": board, "emp_known": True,
            "not_board": ["Åse Marie Gulstad", "Jon Inge Kolvik", "Trond Heimdal", "Marit Aune Skogmo",
                          "Per Olav Hestvik", "Anne Lise Sørli", "Rolf Arne Dahl", "Liv Heggdal",
                          "Kristoffer Bratland", "Eva Bjørnstad"],
            "not_places": ["Vikna kommune", "Nærøy kommune", "Leka kommune", "Arnfinn Rørvik Moe"],
            "header": "Ytre Namdal Samdrift IKS – årsmelding 2015", "footer": "Side {PAGE} av {NUMPAGES}",
            "items": items, "renditions": ["doc", "pdf"],
            "notes": "IKS with three business areas; board beside personal deputies in a role table; "
                     "representantskap per kommune; budget column optional; dot thousands."}


REPORTS = [lengthened(kvaloy_bolig_2019), lengthened(grenland_arbeid_2023), lengthened(ytre_namdal_iks_2015)]
