"""Twenty-first held-out set, reports 1-3: an idrettslag's årsmøtedokument (with the valgkomiteens
innstilling), a skolekorps with its dirigent and foreldrekontakter, a speidargruppe's årsmelding in
nynorsk prose without a single table. Invented organisations, people and figures; real places."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h3_render import Kroner


def kr(value: float) -> str:
    """A whole amount as the prose prints it: "1 234 567"."""
    return f"{round(value):,}".replace(",", " ")


def line_value(st: Statement, label: str, col: int = 0) -> float:
    return next(line.values[col] for line in st.lines if line.label == label)


# ---------------------------------------------------------------- 1. idrettslag, årsmøtedokument

def hoffsvangen():
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023),
            Col("Budsjett 2025", 2025, BUDGET)]
    inc = [("Medlemskontingent", "", [191400, 190000, 183600, 200000]),
           ("Treningsavgifter", "", [412750, 400000, 389300, 425000]),
           ("Sponsorinntekter", "", [236000, 250000, 221500, 240000]),
           ("Offentlige tilskudd og momskompensasjon", "", [318420, 290000, 276880, 300000]),
           ("Arrangementer og kiosk", "", [167390, 150000, 142075, 160000]),
           ("Grasrotandel og gaver", "", [48210, 45000, 44630, 45000])]
    cost = [("Trenere og instruktører", "", [298600, 310000, 284250, 320000]),
            ("Dommer- og påmeldingsavgifter", "", [176440, 170000, 162980, 180000]),
            ("Drift av anlegg og lysløype", "", [402310, 380000, 371640, 395000]),
            ("Utstyr og drakter", "", [143820, 150000, 131275, 145000]),
            ("Reiser og cuper", "", [121960, 110000, 104330, 115000]),
            ("Andre driftskostnader", "", [94870, 90000, 88410, 92000])]
    fin = [("Renteinntekter", "", [21840, 15000, 17290, 18000]),
           ("Rentekostnader", "", [-38260, -40000, -41150, -36000])]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
              "fin": "Finansposter", "net_fin": "Netto finansposter"}
    result = Statement("Resultatregnskap 2024 med budsjett 2025", cols,
                       income("nb", 4, inc, cost, fin, labels=labels), render="ruled")
    bal = Statement("Balanse per 31.12.2024", [Col("31.12.2024", 2024), Col("31.12.2023", 2023)], balance(
        "nb", 2,
        fixed=[("Klubbhus", "", [1184000, 1232000]), ("Tråkkemaskin og utstyr", "", [216500, 259800])],
        current=[("Fordringer", "", [48320, 61740]), ("Bankinnskudd", "", "plug")],
        equity=[("Annen egenkapital", "", [1562900, 1443150])],
        long=[("Lån i bank (klubbhuset)", "", [480000, 540000])],
        short=[("Leverandørgjeld", "", [64810, 58930]), ("Skyldige offentlige avgifter", "", [27440, 25360])]),
        render="ruled")
    year_result = line_value(result, "Årsresultat")
    board = [("Gunnhild Rognstad Aas", "LEDE", None), ("Petter Skjølås", "NEST", None),
             ("Marit Bakkelund", "MEDL", None), ("Ole Kristian Hveem", "MEDL", None),
             ("Sigrid Tangen", "MEDL", None), ("Amund Sveen", "VARA", None), ("Lene Fossum Kind", "VARA", None)]
    items = [
        ("h", 1, "Årsmøtedokumenter 2024"),
        ("p", "Hoffsvangen Idrettslag – stiftet 1946 – tilsluttet Norges idrettsforbund", {"italic": True}),
        ("h", 2, "Innkalling til årsmøte"),
        ("p", "Medlemmene innkalles til ordinært årsmøte i Hoffsvangen Idrettslag torsdag 20. mars 2025 "
              "kl. 19.00 i klubbhuset på Hoffsvangen ved {g:Lena}. Alle saksdokumenter ligger på "
              "www.hoffsvangen-il.no og kan fås på papir ved å sende en e-post til post@hoffsvangen-il.no."),
        ("p", "Stemmerett har medlemmer som har fylt 15 år, har vært medlem i minst én måned og har betalt "
              "kontingenten for 2024. Forslag som ønskes behandlet måtte være hovedstyret i hende innen 6. mars."),
        ("p", "Vel møtt! Hovedstyret", {"italic": True}),
        ("h", 2, "Sakliste"),
        ("ol", "Godkjenning av de stemmeberettigede"),
        ("ol", "Godkjenning av innkalling, sakliste og forretningsorden"),
        ("ol", "Valg av dirigent, referent og to medlemmer til å signere protokollen"),
        ("ol", "Hovedstyrets årsberetning for 2024 med gruppenes årsmeldinger"),
        ("ol", "Regnskap for 2024 med kontrollutvalgets beretning"),
        ("ol", "Innkomne forslag"),
        ("ol", "Medlemskontingent for 2026"),
        ("ol", "Budsjett for 2025"),
        ("ol", "Organisasjonsplan"),
        ("ol", "Valg etter valgkomiteens innstilling"),
        ("pagebreak",),
        ("h", 2, "Hovedstyrets årsberetning 2024"),
        ("bh", "Tillitsvalgte"),
        ("p", "Hovedstyret har i perioden hatt denne sammensetningen:"),
        ("table", [["Verv", "Navn", "På valg"],
                   ["Leder", "Gunnhild Rognstad Aas", "2025"], ["Nestleder", "Petter Skjølås", "2026"],
                   ["Kasserer", "Marit Bakkelund", "2026"], ["Sekretær", "Ole Kristian Hveem", "2025"],
                   ["Styremedlem", "Sigrid Tangen", "2025"], ["Varamedlem", "Amund Sveen", "2025"],
                   ["Varamedlem", "Lene Fossum Kind", "2025"]],
         {"ruled": True, "shade_header": "DCE6F0", "widths": [4.0, 6.5, 2.5]}),
        ("p", "Øvrige valgte og oppnevnte:"),
        ("table", [["Kontrollutvalg", "Hans Petter Mørch (leder), Kari Opsahl"],
                   ["Valgkomité", "Jorunn Hoff (leder), Steinar Bjørke, Vidar Lunde"],
                   ["Representant til idrettsrådet", "Petter Skjølås"],
                   ["Ansvarlig for politiattester", "Ole Kristian Hveem"]],
         {"ruled": False, "header_bold": False, "widths": [5.5, 10.0]}),
        ("bh", "Hovedstyrets arbeid"),
        ("p", "Hovedstyret har hatt 9 møter og behandlet 71 saker. De største sakene har vært ny avtale med "
              "{g:Østre Toten} kommune om drift av lysløypa, søknad om spillemidler til nytt dekke på "
              "kunstgressbanen og overgangen til nytt medlemssystem. Gruppene har hatt fast plass på hvert "
              "tredje styremøte."),
        ("bh", "Medlemmer"),
        ("p", "Ved utgangen av 2024 hadde idrettslaget 638 medlemmer, mot 612 ett år tidligere, en økning på "
              "{p:4,2 %|en økning}. Jenter og kvinner utgjør {p:44 prosent|jenter og kvinner} av medlemmene."),
        ("bh", "Anlegg"),
        ("p", "Lysløypa mellom Hoffsvangen og {g:Kapp} er kjørt opp 41 ganger i vintersesongen. Arbeidet med "
              "nytt dekke på kunstgressbanen starter etter planen i juni 2025, når spillemidlene er på plass."),
        ("bh", "Økonomi"),
        ("p", f"Idrettslaget fikk i 2024 et årsresultat på kr {kr(year_result)}. Hovedstyret mener "
              "økonomien er sunn, men at driften av klubbhuset må følges tett."),
        ("sign", "{g?:Lena}, 19. februar 2025",
         [("Gunnhild Rognstad Aas", "leder"), ("Petter Skjølås", "nestleder"), ("Marit Bakkelund", "kasserer"),
          ("Ole Kristian Hveem", "sekretær"), ("Sigrid Tangen", "styremedlem")], {"cols": 3}),
        ("pagebreak",),
        ("h", 2, "Årsmeldinger fra gruppene"),
        ("h", 3, "Fotballgruppa"),
        ("p", "Gruppeleder: Espen Narum", {"bold": True}),
        ("p", "Gruppestyret har ellers bestått av Hilde Grønvold (kasserer), Rune Strand (sportslig leder) "
              "og Camilla Berntsen (dommerkontakt)."),
        ("p", "Fotballgruppa har hatt 14 lag i seriespill, fra 6 år til senior. Barn og ungdom utgjør "
              "{p:78 %|barn og ungdom} av spillerne. Sommerens cup på Hoffsvangen samlet 96 lag og ga gruppa "
              "sitt beste arrangement noensinne."),
        ("p", "For fotballgruppa, Espen Narum, gruppeleder", {"italic": True}),
        ("h", 3, "Skigruppa"),
        ("p", "Skigruppa har i sesongen 2024 blitt ledet av Turid Haugom, med Knut Evensen som kasserer og "
              "Ragnhild Sve som løypeansvarlig. Klubbrennet gikk i lysløypa i februar med 74 startende, og "
              "gruppa arrangerte et karusellrenn sammen med nabolaget på {g:Skreia}."),
        ("p", "Turid Haugom, leder skigruppa", {"italic": True}),
        ("h", 3, "Trim og turgruppa"),
        ("p", "Turgruppa har hatt 31 onsdagsturer med i snitt 18 deltakere. Kontaktperson for gruppa er "
              "Bjørg Aalstad."),
        ("pagebreak",),
        ("h", 2, "Regnskap 2024 og budsjett 2025"),
        ("stmt", result, {"title": "Resultatregnskap 2024 med budsjett 2025"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2024"}),
        ("p", "Regnskapet er ført av Totenregnskap AS og revidert av kontrollutvalget, som legger fram sin "
              "beretning i møtet."),
        ("h", 2, "Valgkomiteens innstilling"),
        ("p", "Valgkomiteen legger fram denne innstillingen for årsmøtet 2025:"),
        ("table", [["Verv", "Kandidat", "Merknad"],
                   ["Leder", "Petter Skjølås", "ny som leder, 2 år"],
                   ["Nestleder", "Hanne Kristiansen Bø", "ny, 2 år"],
                   ["Kasserer", "Marit Bakkelund", "ikke på valg"],
                   ["Sekretær", "Ole Kristian Hveem", "gjenvalg, 2 år"],
                   ["Styremedlem", "Amund Sveen", "ny som styremedlem, 2 år"],
                   ["Varamedlem", "Lene Fossum Kind", "gjenvalg, 1 år"],
                   ["Varamedlem", "Tore Lyngstad", "ny, 1 år"],
                   ["Kontrollutvalg", "Hans Petter Mørch", "gjenvalg, 2 år"],
                   ["Kontrollutvalg", "Silje Ødegården", "ny, 2 år"]],
         {"ruled": True, "shade_header": "EDEDED", "widths": [4.0, 6.0, 5.5]}),
        ("p", "Gunnhild Rognstad Aas og Sigrid Tangen har ikke ønsket gjenvalg. Valgkomiteen takker dem "
              "for godt arbeid gjennom mange år."),
        ("p", "For valgkomiteen: Jorunn Hoff, Steinar Bjørke, Vidar Lunde", {"italic": True}),
    ]
    return {
        "name": "hoffsvangen-il-2024", "year": 2024, "lang": "nb",
        "title": "Hoffsvangen Idrettslag – årsmøtedokumenter 2024",
        "header": "Hoffsvangen IL – Årsmøte 2025", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Hoffsvangen Idrettslag", "founded_year": 1946,
                         "email": "post@hoffsvangen-il.no", "website": "www.hoffsvangen-il.no"},
        "ceo": None,
        "board": board,
        "places_optional": ["Hoffsvangen"],  # the club's grounds, named as a place
        "not_board": ["Hans Petter Mørch", "Kari Opsahl", "Jorunn Hoff", "Steinar Bjørke", "Vidar Lunde",
                      "Espen Narum", "Hilde Grønvold", "Rune Strand", "Camilla Berntsen", "Turid Haugom",
                      "Knut Evensen", "Ragnhild Sve", "Bjørg Aalstad", "Hanne Kristiansen Bø", "Tore Lyngstad",
                      "Silje Ødegården"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "Idrettslag, bokmål, Østre Toten. One årsmøte bundle: innkalling, sakliste, the hovedstyre's "
                 "årsberetning (board table Verv/Navn/På valg), group reports with their own gruppeledere and "
                 "gruppestyrer (not gold), statement with two budget columns (optional), and the valgkomiteens "
                 "innstilling for 2025 (proposed people not gold; three of them are this year's board in other "
                 "roles and keep this year's roles in gold).",
    }


# ---------------------------------------------------------------- 2. skolekorps

def tuvebakken():
    cols = [Col("Regnskap 2023", 2023), Col("Regnskap 2022", 2022), Col("Budsjett 2024", 2024, BUDGET)]
    inc = [("Kontingenter", "", [138600, 129800, 145000]),
           ("Dugnader (papirsalg og loppemarked)", "", [164230, 151870, 160000]),
           ("Tilskudd fra kommunen", "", [42000, 40000, 42000]),
           ("Frifond og momskompensasjon", "", [51340, 47910, 50000]),
           ("Konserter og spilleoppdrag", "", [29650, 23400, 30000])]
    cost = [("Dirigenter og instruktører inkl. arbeidsgiveravgift", "", [231480, 219900, 245000]),
            ("Noter og reparasjoner", "", [27315, 31240, 30000]),
            ("Seminarer og turer", "", [58760, 49870, 60000]),
            ("Kontingent NMF", "", [12880, 12350, 13000]),
            ("Avsetning til instrumentfondet", "", [35000, 30000, 35000]),
            ("Andre kostnader", "", [18930, 16725, 20000])]
    fin = [("Renteinntekter", "", [6210, 2940, 5000])]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
              "fin": None, "net_fin": None}
    result = Kroner("Resultatregnskap", cols, income("nb", 3, inc, cost, fin, labels=labels), render="unruled")
    bal = Kroner("Balanse", [Col("31.12.23", 2023), Col("31.12.22", 2022)], balance(
        "nb", 2, fixed=[],
        current=[("Bankinnskudd instrumentfond", "", [198500, 212400]), ("Kundefordringer", "", [8400, 5200]),
                 ("Bankinnskudd driftskonto", "", "plug")],
        equity=[("Instrumentfond", "", [198500, 212400]), ("Annen egenkapital", "", [218895, 171230])],
        long=[], short=[("Skyldig lønn og feriepenger", "", [24310, 22780]),
                        ("Skyldig arbeidsgiveravgift", "", [6870, 6420])]), render="unruled")
    board = [("Camilla Dahl Fjellheim", "LEDE", None), ("Bjørnar Ruud", "NEST", None),
             ("Linda Myhrvold", "MEDL", None), ("Kristian Sollie", "MEDL", None),
             ("Anette Tveiten", "MEDL", None), ("Sofie Kvamme", "MEDL", None), ("Geir Aunet", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2023"),
        ("p", "Tuvebakken skolekorps ble stiftet i 1962 og holder til på Tuvebakken skole i {g:Rælingen}. "
              "Korpset er medlem av Norges Musikkorps Forbund og består av aspirantkorps, juniorkorps og "
              "hovedkorps."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2023 bestått av:"),
        ("table", [["Verv", "Navn"], ["Leder", "Camilla Dahl Fjellheim"], ["Nestleder", "Bjørnar Ruud"],
                   ["Kasserer", "Linda Myhrvold"], ["Sekretær", "Kristian Sollie"],
                   ["Materialforvalter", "Anette Tveiten"], ["Musikantrepresentant", "Sofie Kvamme"],
                   ["Varamedlem", "Geir Aunet"]], {"ruled": False, "widths": [5.0, 7.0]}),
        ("p", "Styret har hatt 10 styremøter. I tillegg har leder og kasserer hatt jevnlige møter med "
              "dirigentene om konsertplan og budsjett. Revisor har vært Grete Sandberg."),
        ("h", 2, "Dirigenter og instruktører"),
        ("p", "Jonas Wetlesen har vært dirigent for hovedkorpset hele året, ansatt i {p:35 % stilling|ansatt}. "
              "Aspirant- og juniorkorpset har vært ledet av Ingrid Fjeld. Korpset kjøper i tillegg "
              "instruktørtimer for treblås og slagverk fra kulturskolen i {g:Lillestrøm}."),
        ("h", 2, "Foreldrekontakter"),
        ("p", "Hver gruppe har egne foreldrekontakter som ordner kakelister, transport og vakter:"),
        ("table", [["Gruppe", "Foreldrekontakt", "Telefon"], ["Aspiranter", "Hege Lian", "482 19 337"],
                   ["Juniorkorps", "Morten Skau", "915 60 248"], ["Hovedkorps", "Tone Rambøl", "977 04 612"],
                   ["Hovedkorps", "Eirik Haugen", "404 83 159"]],
         {"ruled": True, "shade_header": "E4ECE4", "widths": [4.0, 6.0, 4.0]}),
        ("h", 2, "Medlemmer"),
        ("p", "Ved utgangen av 2023 hadde korpset 47 musikanter: 12 aspiranter, 14 i juniorkorpset og 21 i "
              "hovedkorpset. Gjennomsnittlig oppmøte på øvelsene i hovedkorpset var {p:84 %|oppmøte}."),
        ("h", 2, "Aktiviteter i året"),
        ("li", "Vårkonsert i {g:Fjerdingby} kirke 23. april sammen med voksenkorpset"),
        ("li", "17. mai: morgenspill ved skolen og barnetog i {g:Fjerdingby} sentrum"),
        ("li", "Seminarhelg for juniorkorps og hovedkorps i {g:Hurdal} i september"),
        ("li", "Julekonsert og juletrefest i gymsalen 10. desember"),
        ("h", 2, "Instrumenter og uniformer"),
        ("p", "Materialforvalteren har gått gjennom alle instrumenter og ført dem inn i korpsets register. "
              "I år er det kjøpt inn en ny B-tuba. Instrumentfondet har utviklet seg slik:"),
        ("table", [["Instrumentfondet", "Kr"], ["Saldo 01.01.2023", "212 400"], ["Avsatt fra driften", "35 000"],
                   ["Brukt til kjøp av B-tuba", "-48 900"], ["Saldo 31.12.2023", "198 500"]],
         {"ruled": False, "widths": [6.0, 3.0]}),
        ("h", 2, "Økonomi"),
        ("p", f"Korpset fikk et overskudd på kr {kr(line_value(result, 'Årsresultat'))} i 2023. Kontingenten "
              "ble hevet med {p:10 %|kontingenten} fra høsten, og dugnadene gir fortsatt den største "
              "enkeltinntekten."),
        ("stmt", result, {"title": "Resultatregnskap 2023"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2023"}),
        ("sign", "{g?:Fjerdingby}, 15. januar 2024",
         [("Camilla Dahl Fjellheim", "leder"), ("Bjørnar Ruud", "nestleder"), ("Linda Myhrvold", "kasserer"),
          ("Kristian Sollie", "sekretær"), ("Anette Tveiten", "materialforvalter"),
          ("Sofie Kvamme", "musikantrepresentant")], {"cols": 3}),
    ]
    return {
        "name": "tuvebakken-skolekorps-2023", "year": 2023, "lang": "nb",
        "title": "Tuvebakken skolekorps – årsmelding 2023",
        "header": "Tuvebakken skolekorps · Årsmøte 7. februar 2024", "heading_colour": "7A1F2B",
        "font": "DejaVu Serif", "body_pt": 10,
        "organization": {"name": "Tuvebakken skolekorps", "founded_year": 1962},
        "ceo": None,
        "board": board,
        "not_board": ["Jonas Wetlesen", "Ingrid Fjeld", "Hege Lian", "Morten Skau", "Tone Rambøl",
                      "Eirik Haugen", "Grete Sandberg"],
        "items": items,
        "renditions": ["doc"],
        "notes": "Skolekorps, bokmål, Rælingen. Board as an unruled Verv/Navn table with Kasserer, Sekretær, "
                 "Materialforvalter and Musikantrepresentant (all MEDL); the dirigenter are employed (not "
                 "board, not daglig leder); a Foreldrekontakt table with telephone numbers (not gold); an "
                 "instrument fund table (not a statement); statements with ',-' amounts and a budget column "
                 "(optional).",
    }


# ---------------------------------------------------------------- 3. speidargruppe, nynorsk prose

def fyksesund():
    items = [
        ("h", 1, "Årsmelding 2022"),
        ("p", "Fyksesund speidargruppe", {"bold": True, "size": 13}),
        ("p", "Fyksesund speidargruppe er ei open gruppe i Noregs speidarforbund med tilhald i speidarhuset "
              "i {g?:Steinsdalen} like ovanfor {g:Norheimsund}. Gruppa vart skipa i 1957 og høyrer til "
              "{g?:Hardanger} krins."),
        ("h", 2, "Styret"),
        ("p", "Styret har i året bestått av Ingvild Steine, Håkon Tveito, Randi Øvretveit, Asle Kvamsdal og "
              "Solveig Nordhus, med Ingvild Steine som leiar og Håkon Tveito som nestleiar. Randi Øvretveit "
              "har ført rekneskapen som kasserar, og Asle Kvamsdal har vore skrivar. Eirik Hellesnes har "
              "vore varamedlem og har møtt når nokon av dei faste hadde forfall."),
        ("p", "Sverre Nesheim, som hadde leidd gruppa sidan 2016, gjekk ut av styret på gruppetinget i "
              "februar. Styret takkar han for mange år med stor innsats for speidarane i bygda."),
        ("p", "Styret har halde sju møte og handsama 38 saker. Mykje av tida har gått med til å planleggje "
              "nytt tak på speidarhuset og til å skaffe fleire vaksne leiarar."),
        ("h", 2, "Einingane"),
        ("p", "Småspeidarflokken har hatt 16 medlemer og vore leidd av Maren Aakre saman med to foreldre. "
              "Flokken har hatt møte annakvar tysdag og var på sin første overnattingstur i mai."),
        ("p", "Troppen hadde 22 speidarar ved utgangen av året. Troppsleiar har vore Tormod Ljones, med god "
              "hjelp frå roverane. Oppmøtet på troppsmøta har lege på om lag {p:75 prosent|oppmøtet}, "
              "og patruljane har vore aktive med eigne turar."),
        ("p", "Roverlaget er lite, men har fem trufaste medlemer med Aslak Herre som lagleiar. Roverane har "
              "hatt ansvaret for bålkveldane og for påskelotteriet."),
        ("h", 2, "Turar og leirar"),
        ("p", "Hausttur vart det til {g?:Fyksesund}, med båt inn fjorden og to netter i lavvo. Sommaren var "
              "heile troppen på kretsleir i {g:Eidfjord} saman med gruppene i krinsen, og dei eldste var med "
              "på landsleir."),
        ("h", 2, "Foreldrelaget"),
        ("p", "Foreldrelaget har hatt Bente Vikøren som leiar og har stått for kakelotteri, vedsal og dugnad "
              "på speidarhuset. Utan foreldrelaget hadde ikkje gruppa klart seg."),
        ("h", 2, "Økonomi"),
        ("p", "Rekneskapen for 2022 syner samla inntekter på kr 148 320 og samla utgifter på kr 139 870, altså "
              "eit overskot på kr 8 450. Ved utgangen av året hadde gruppa kr 96 210 på konto. Om lag "
              "{p:40 prosent|inntektene} av inntektene kom frå dugnad og lotteri, resten frå kontingent, "
              "Frifond og tilskot frå {g:Kvam} herad. Rekneskapen er revidert av Gunvor Tøsse."),
        ("h", 2, "Val"),
        ("p", "Valnemnda har vore Jostein Mæland og Kari Bu. Nemnda gjer framlegg om at Håkon Tveito tek over "
              "som leiar i 2023, og at Liv Aarekol kjem inn som nytt styremedlem."),
        ("p", "Krinsleiar Per Olav Skeie vitja gruppa på opptaksmøtet i oktober og delte ut merke for 25 års "
              "leiarteneste."),
        ("p", "{g?:Norheimsund}, 30. januar 2023. For styret: Ingvild Steine, leiar", {"italic": True}),
    ]
    return {
        "name": "fyksesund-speidargruppe-2022", "year": 2022, "lang": "nn",
        "title": "Fyksesund speidargruppe – årsmelding 2022",
        "font": "DejaVu Serif", "body_pt": 10.5, "heading_colour": "2F4F2F", "margin_mm": 25,
        "organization": {"name": "Fyksesund speidargruppe", "founded_year": 1957},
        "ceo": None,
        "board": [("Ingvild Steine", "LEDE", None), ("Håkon Tveito", "NEST", None),
                  ("Randi Øvretveit", "MEDL", None), ("Asle Kvamsdal", "MEDL", None),
                  ("Solveig Nordhus", "MEDL", None), ("Eirik Hellesnes", "VARA", None)],
        "not_board": ["Sverre Nesheim", "Maren Aakre", "Tormod Ljones", "Aslak Herre", "Bente Vikøren",
                      "Gunvor Tøsse", "Jostein Mæland", "Kari Bu", "Liv Aarekol", "Per Olav Skeie"],
        "not_places": ["Fyksesund speidargruppe"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "Speidargruppe, nynorsk, Kvam. Flowing prose only, no table anywhere (no key figures): the "
                 "board in one sentence 'Styret har i året bestått av ... med X som leiar og Y som nestleiar', "
                 "kasserar and skrivar in the next, a varamedlem; a former leader who left at the gruppeting, "
                 "unit leaders, the foreldrelag's leader, revisor, valnemnd, its proposal and the krinsleiar "
                 "are not gold.",
    }


REPORTS = [hoffsvangen, tuvebakken, fyksesund]
