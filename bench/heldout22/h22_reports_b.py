"""Reports 4-6 of the twenty-second held-out set: a vekstbedrift konsern's designed report (2024), a
nynorsk lærebedrift and IA report (2016), a county association of vekstbedrifter on its web site
(2022). All names, sentences and figures are invented; places are real and valid in the report's year."""
from __future__ import annotations

from heldout_finance import OTHER, Col, Statement, balance, income


def skrim_2024() -> dict:
    """A designed konsern report printed by a browser: two columns, photos whose captions name staff
    and participants, "Styreleders ord" signed by the chair, key figures in mill. kr with a change
    column, Mor/Konsern statements; the subsidiary's chair and daglig leder are not the board.
    Buskerud is a county again from 2024."""
    cols = [Col("Mor 2024", 2024), Col("Mor 2023", 2023), Col("Konsern 2024", 2024, OTHER),
            Col("Konsern 2023", 2023, OTHER)]
    k = dict(unit=1000, label_header="Tall i 1 000 kr")
    res = Statement("Resultatregnskap", cols, income(
        "nb", 4,
        inc=[("Salgsinntekter", "", [31250, 28940, 31250, 28940]),
             ("Tilskudd fra NAV", "", [52880, 49610, 52880, 49610]),
             ("Andre driftsinntekter", "", [2410, 2205, 3560, 3290])],
        cost=[("Varekostnad", "", [9870, 9120, 9870, 9120]),
              ("Lønnskostnad", "", [61420, 57880, 61420, 57880]),
              ("Avskrivninger", "", [1240, 1180, 2960, 2870]),
              ("Andre driftskostnader", "", [11650, 10770, 9480, 8730])],
        fin=[("Finansinntekter", "", [420, 310, 380, 290]), ("Finanskostnader", "", [-60, -75, -1140, -1010])],
        heads=False), **k)
    bal = Statement("Balanse 31.12.", cols, balance(
        "nb", 4,
        fixed=[("Bygninger og tomter", "", [0, 0, 38400, 39600]),
               ("Maskiner og inventar", "", [4860, 4420, 4860, 4420]),
               ("Aksjer i datterselskap", "", [6000, 6000, 0, 0])],
        current=[("Varer", "", [1320, 1240, 1320, 1240]), ("Kundefordringer", "", [5410, 4980, 5520, 5060]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [3000, 3000, 3000, 3000]),
                ("Annen egenkapital", "", [22940, 20220, 26150, 22950])],
        long=[("Gjeld til kredittinstitusjoner", "", [0, 0, 24600, 25800]),
              ("Pensjonsforpliktelser", "", [1180, 1260, 1180, 1260])],
        short=[("Leverandørgjeld", "", [3640, 3310, 3720, 3390]),
               ("Skyldige offentlige avgifter", "", [5890, 5420, 5890, 5420]),
               ("Annen kortsiktig gjeld", "", [6210, 5860, 6480, 6100])],
        labels={"eq_debt": None, "debt": None, "assets": None}, heads=True), **k)
    board = [("Hanne Brekke", "LEDE", False), ("Trond Kittilsen", "NEST", False),
             ("Sofie Amundsen", "MEDL", False), ("Bjørnar Svendsrud", "MEDL", False),
             ("Linn Marit Holtet", "MEDL", True), ("Geir Fossli", "VARA", None)]
    mill = [("Driftsinntekter (mill. kr)", 87.7, 81.8), ("Årsresultat (mill. kr)", 3.2, 2.5)]
    return {
        "name": "skrim-vekst-2024", "year": 2024, "title": "Skrim Vekst AS - Årsrapport 2024",
        "cover": ("Årsrapport 2024", "Skrim Vekst AS – konsern  ·  www.skrimvekst.no"),
        "accent": "2B5D4A",
        "organization": {"name": "Skrim Vekst AS", "founded_year": 1986, "website": "www.skrimvekst.no"},
        "ceo": "Marius Fossum",
        "board": board,
        "not_board": ["Jonas Aamodt", "Line Skaug", "Amir Haddad", "Kari Solheim Ruud", "Per Otto Lie",
                      "Arne Tufte", "Øyvind Kaasa"],
        "programs": {"VTA": 46, "AFT": 40},
        "key_figures_optional": [{"label": label, "year": year, "value": round(value * 1_000_000)}
                                 for label, now, before in mill for year, value in ((2024, now), (2023, before))],
        "items": [
            ("h", 2, "Styreleders ord"),
            ("p", "Et år med flere deltakere enn noen gang ligger bak oss. Da vi i februar åpnet det nye "
                  "verkstedet på {g:Kongsberg}, fikk vi plass til både flere VTA-arbeidstakere og et eget "
                  "kurslokale for arbeidsforberedende trening."),
            ("p", "Styret er opptatt av at veksten ikke skal gå på bekostning av kvaliteten i oppfølgingen. "
                  "Derfor er det gledelig at {p:44 %|gikk videre til arbeid eller utdanning} av deltakerne som "
                  "avsluttet AFT, gikk videre til arbeid eller utdanning."),
            ("p", "Takk til ansatte, deltakere, kunder og eiere for innsatsen i 2024."),
            ("p", "Hanne Brekke", {"italic": True}),
            ("p", "styreleder", {"small": True}),
            ("photo", 3, 4, "Deltaker Jonas Aamodt og arbeidsleder Line Skaug i monteringshallen på {g:Kongsberg}."),
            ("h", 2, "Om Skrim Vekst"),
            ("p", "Skrim Vekst AS ble etablert i 1986 og er en vekstbedrift med avdelinger på {g:Kongsberg} og i "
                  "{g:Flesberg}. Daglig leder er Marius Fossum. Selskapet eies av {g:Kongsberg} kommune og "
                  "{g:Flesberg} kommune og er en av sju vekstbedrifter i {g:Buskerud}. Vi leverer arbeidsrettede "
                  "tiltak på oppdrag fra Nav."),
            ("p", "Ved utgangen av året hadde vi 46 plasser i varig tilrettelagt arbeid (VTA) og 40 plasser i "
                  "arbeidsforberedende trening (AFT). Til sammen 238 personer var deltakere i løpet av året."),
            ("photo", 2, 3, "Fra venstre: Amir Haddad, Kari Solheim Ruud og Per Otto Lie på jobbsøkerkurs i "
                            "{g:Hokksund}."),
            ("h", 2, "Datterselskapet"),
            ("p", "Skrim Eiendom AS eier byggene selskapet leier og er heleid av Skrim Vekst AS. Styreleder i "
                  "Skrim Eiendom AS er Arne Tufte, og daglig leder er Øyvind Kaasa."),
            ("h", 2, "Medarbeidere og arbeidsmiljø"),
            ("p", "Konsernet hadde 61 ansatte ved årets slutt. Sykefraværet gikk ned fra "
                  "{p:8,1 %|gikk ned fra} til {p:7,4 %|sykefraværet gikk ned}. Det er ikke registrert "
                  "personskader i 2024."),
            ("h", 2, "Styret"),
            ("grid", [("Hanne Brekke", ["Styreleder"]), ("Trond Kittilsen", ["Nestleder"]),
                      ("Sofie Amundsen", ["Styremedlem"]), ("Bjørnar Svendsrud", ["Styremedlem"]),
                      ("Linn Marit Holtet", ["Styremedlem, ansattvalgt"]), ("Geir Fossli", ["Varamedlem"])],
             {"per_row": 2}),
            ("band", "Nøkkeltall", {"page": True}),
            ("wide", [
                ("table", [["Konsern", "2024", "2023", "Endring"],
                           ["Driftsinntekter (mill. kr)", "87,7", "81,8", "{p:7,1 %}"],
                           ["Årsresultat (mill. kr)", "3,2", "2,5", "{p:27,0 %}"],
                           ["Antall ansatte", "61", "58", "{p:5,2 %}"],
                           ["Deltakere i løpet av året", "238", "221", "{p:7,7 %}"],
                           ["Sykefravær", "{p:7,4 %}", "{p:8,1 %}", "–0,7 p.p."]], {"ruled": True}),
                ("stmt", res, {"title": "Resultatregnskap"}),
                ("stmt", bal, {"title": "Balanse 31.12."}),
                ("p", "Det fullstendige årsregnskapet med noter og revisors beretning er tilgjengelig på "
                      "www.skrimvekst.no.", {"small": True}),
            ]),
        ],
        "renditions": ["chrome"],
        "notes": "Konsern columns optional (OTHER); key figures in mill. kr optional (printed x 1 000 000); "
                 "photo captions name staff and participants (not board); the subsidiary's chair and daglig "
                 "leder not board; the chair signs the foreword (she is LEDE). Buskerud again from 2024; "
                 "Nav spelled as from 2022.",
    }


def jolstervekst_2016() -> dict:
    """Nynorsk, 2016: lærekandidatar, sjukefråvær in prosent, two board members valt av dei tilsette and
    an observatør frå dei tilsette; Jølster, Førde and Sogn og Fjordane valid then."""
    cols = [Col("2016", 2016), Col("2015", 2015)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 2,
        inc=[("Salsinntekter", "", [4118400, 3902750]), ("Tilskot frå NAV", "", [6842500, 6510300]),
             ("Kommunalt tilskot", "", [720000, 700000]), ("Andre driftsinntekter", "", [188300, 164900])],
        cost=[("Varekostnad", "", [1402600, 1318200]), ("Lønskostnader", "", [8604900, 8311700]),
              ("Avskrivingar", "", [318000, 302500]), ("Andre driftskostnader", "", [1322450, 1298300])],
        fin=[("Finansinntekter", "", [22400, 26900]), ("Finanskostnader", "", [-48300, -55600])]),
        render="unruled", thousands="\u00a0")
    bal = Statement("Balanse per 31.12.2016", cols, balance(
        "nn", 2,
        fixed=[("Bygningar", "", [2460000, 2580000]), ("Maskiner og inventar", "", [688000, 712000])],
        current=[("Varer", "", [244800, 231500]), ("Kundefordringar", "", [612300, 588900]),
                 ("Bankinnskot", "", "plug")],
        equity=[("Aksjekapital", "", [400000, 400000]), ("Annan eigenkapital", "", [2185350, 1990000])],
        long=[("Gjeld til kredittinstitusjonar", "", [1640000, 1760000])],
        short=[("Leverandørgjeld", "", [398700, 366200]), ("Skuldige offentlege avgifter", "", [702400, 681300]),
               ("Anna kortsiktig gjeld", "", [566200, 541800])]),
        render="unruled", thousands="\u00a0")
    board = [("Åshild Kvamme", "LEDE", False), ("Rune Sunde", "NEST", False), ("Brita Flatjord", "MEDL", False),
             ("Leiv Inge Hestad", "MEDL", False), ("Torunn Myklebust", "MEDL", True),
             ("Endre Skrede", "MEDL", True), ("Siv Helen Aasen", "OBS", None), ("Magne Lunde", "VARA", None)]
    return {
        "name": "jolstervekst-2016", "year": 2016, "title": "Jølstervekst AS – Årsmelding 2016",
        "font": "Liberation Serif", "body_pt": 10.5, "heading_colour": "7A2E1F",
        "organization": {"name": "Jølstervekst AS", "founded_year": 1988, "email": "post@jolstervekst.no",
                         "owners": [{"name": "Jølster kommune", "share_percent": 70.0},
                                    {"name": "Førde kommune", "share_percent": 30.0}]},
        "ceo": "Oddbjørn Vassbotn",
        "board": board,
        "not_board": ["Gunn Reidun Årdal", "Arnfinn Bakke"],
        "programs": {"VTA": 26, "AFT": 18},
        "items": [
            ("h", 1, "Årsmelding 2016"),
            ("p", "Jølstervekst AS · post@jolstervekst.no", {"size": 8.5}),
            ("h", 2, "Om verksemda"),
            ("p", "Jølstervekst AS vart skipa i 1988 og er ei vekstbedrift med tilhald på {g:Vassenden} i "
                  "{g:Jølster} kommune. Selskapet er eigd av {g:Jølster} kommune ({p:70 %|Jølster kommune}) og "
                  "{g:Førde} kommune ({p:30 %|Førde kommune}). Dagleg leiar er Oddbjørn Vassbotn. Tiltaka vert "
                  "kjøpte av NAV {g:Sogn og Fjordane}."),
            ("p", "Ved utgangen av året hadde bedrifta 26 plassar i varig tilrettelagt arbeid (VTA) og 18 plassar "
                  "i arbeidsførebuande trening (AFT). Av dei 34 som avslutta AFT i 2016, gjekk 13 over i arbeid "
                  "eller utdanning, det vil seie {p:38 prosent|over i arbeid eller utdanning}."),
            ("h", 2, "Lærebedrift"),
            ("p", "Jølstervekst er godkjend lærebedrift i industrimekanikarfaget og i kontor- og "
                  "administrasjonsfaget, og er medlem av opplæringskontoret i {g:Sunnfjord}. Opplæringsleiar er "
                  "Gunn Reidun Årdal."),
            ("table", [["", "2016", "2015"], ["Lærekandidatar", "5", "4"], ["Lærlingar", "2", "2"],
                       ["Bestått kompetanseprøve", "3", "1"], ["Bestått fagprøve", "1", "0"]],
             {"ruled": True, "shade_header": "F0E6E2", "size": 9.5}),
            ("p", "Fleire av lærekandidatane har teke delar av opplæringa ute i bedrifter i {g:Førde} og på "
                  "{g:Skei}."),
            ("h", 2, "Inkluderande arbeidsliv"),
            ("p", "Bedrifta har vore IA-verksemd sidan 2002. Sjukefråværet var {p:6,8 prosent|sjukefråværet var} "
                  "i 2016, mot {p:8,3 prosent|året før} året før. Målet i IA-planen er eit fråvær "
                  "under {p:6 prosent|målet i IA-planen}. Hovudverneombod er Arnfinn Bakke."),
            ("p", "Bedrifta har 19 tilsette, 11 kvinner og 8 menn. Verksemda forureinar ikkje det ytre miljøet."),
            ("h", 2, "Styret"),
            ("table", [["Namn", "Verv", "Merknad"],
                       ["Åshild Kvamme", "Styreleiar", ""], ["Rune Sunde", "Nestleiar", ""],
                       ["Brita Flatjord", "Styremedlem", ""], ["Leiv Inge Hestad", "Styremedlem", ""],
                       ["Torunn Myklebust", "Styremedlem", "Valt av dei tilsette"],
                       ["Endre Skrede", "Styremedlem", "Valt av dei tilsette"],
                       ["Siv Helen Aasen", "Observatør", "Frå dei tilsette"],
                       ["Magne Lunde", "Varamedlem", ""]], {"ruled": False, "size": 9.5}),
            ("p", "Styret har hatt 6 møte og handsama 41 saker i 2016."),
            ("h", 2, "Økonomi"),
            ("p", "Driftsinntektene auka med {p:5,2 %|driftsinntektene auka} til kr 11 869 200. Årsresultatet "
                  "vart kr 195 350, som vert overført til annan eigenkapital. Føresetnaden om vidare drift er "
                  "lagd til grunn."),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g:Vassenden}, 9. mars 2017", [("Åshild Kvamme", "styreleiar"), ("Rune Sunde", "nestleiar"),
                                                   ("Brita Flatjord", "styremedlem"),
                                                   ("Leiv Inge Hestad", "styremedlem"),
                                                   ("Torunn Myklebust", "styremedlem"),
                                                   ("Endre Skrede", "styremedlem"),
                                                   ("Oddbjørn Vassbotn", "dagleg leiar")]),
        ],
        "renditions": ["docx", "pdf"],
        "notes": "Nynorsk 2016 (Jølster, Førde, Sogn og Fjordane before 2020). Two MEDL valt av dei tilsette "
                 "(employee_elected true), an OBS frå dei tilsette (employee_elected not set: either reading "
                 "is fair); opplæringsleiar and hovudverneombod not board.",
    }


def innlandet_2022() -> dict:
    """The county association of vekstbedrifter on its web site: members are companies; board members
    printed "Name (Company AS)"; the members' own places and daglege leiarar are not the association's;
    no daglig leder (ceo null)."""
    cols = [Col("2022", 2022), Col("2021", 2021)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Medlemskontingent", "", [96000, 88000]), ("Kursinntekter", "", [142500, 61000])],
        cost=[("Kurs og samlinger", "", [158300, 74200]), ("Sekretariat", "", [60000, 60000]),
              ("Andre kostnader", "", [11450, 9870])],
        fin=[("Renteinntekter", "", [1320, 410])], labels={"sum_inc": "Sum inntekter",
                                                           "sum_cost": "Sum kostnader"}),
        render="unruled")
    bal = Statement("Balanse 31.12.", cols, balance(
        "nb", 2, fixed=[],
        current=[("Kundefordringer", "", [12000, 0]), ("Bankinnskudd", "", "plug")],
        equity=[("Opptjent egenkapital", "", [94210, 84140])], long=[],
        short=[("Påløpte kostnader", "", [18400, 9600])]), render="unruled")
    board = [("Øystein Granli", "LEDE", None), ("Tuva Rustad", "NEST", None), ("Jan Erik Skaar", "MEDL", None),
             ("Marte Kvernmo", "MEDL", None), ("Helge Bjørnstad", "VARA", None)]
    members = [["Brubakken Industri AS", "{g:Gran}", "Siri Haugom", "38", "30"],
               ["Solvang Vekst AS", "{g:Lillehammer}", "Tuva Rustad", "64", "48"],
               ["Tronstad Arbeid AS", "{g:Hamar}", "Jan Erik Skaar", "72", "60"],
               ["Lykkja Vekst AS", "{g:Nord-Aurdal}", "Marte Kvernmo", "41", "26"],
               ["Fjellhagen Produkter AS", "{g:Tynset}", "Helge Bjørnstad", "35", "18"],
               ["Nordlia Arbeidssenter AS", "{g:Kongsvinger}", "Randi Ødegård", "58", "44"],
               ["Hovdeli Vekst AS", "{g:Gjøvik}", "Øystein Granli", "96", "70"],
               ["Vangsmoen AS", "{g:Sel}", "Petter Aune", "82", "36"]]
    return {
        "name": "vekst-innlandet-2022", "year": 2022, "title": "Årsmelding 2022 – Vekstbedriftene i Innlandet",
        "site": {"name": "Vekstbedriftene i {g:Innlandet}",
                 "menu": ["Forside", "Om oss", "Medlemmer", "Aktuelt", "Kontakt"],
                 "crumb": "Forside › Om oss › Årsmeldinger", "meta": "Publisert 30.03.2023",
                 "footer": ["Vekstbedriftene i {g:Innlandet} · org.nr. 923 456 789",
                            "post@vekstinnlandet.no"]},
        "accent": "6A3D7A",
        "organization": {"name": "Vekstbedriftene i Innlandet", "founded_year": 2020,
                         "email": "post@vekstinnlandet.no"},
        "ceo": None,
        "board": board,
        "not_board": ["Ingvild Hoff", "Knut Erik Brenna", "Randi Ødegård", "Petter Aune", "Siri Haugom"],
        "not_places": ["NHO Innlandet", "Vekstbedriftene i Innlandet"],
        "items": [
            ("h", 1, "Årsmelding 2022"),
            ("p", "Vekstbedriftene i {g:Innlandet} er bransjeforeningen for vekstbedriftene i fylket og ble "
                  "stiftet i 2020, da {g?:Hedmark} og {g?:Oppland} ble slått sammen. Foreningen har åtte "
                  "medlemsbedrifter og samarbeider med NHO Arbeid og Inkludering og NAV {g:Innlandet}."),
            ("h", 2, "Styret"),
            ("p", "Styret ble valgt på årsmøtet 21. april 2022 og har bestått av:"),
            ("li", "Leder: Øystein Granli (Hovdeli Vekst AS)"),
            ("li", "Nestleder: Tuva Rustad (Solvang Vekst AS)"),
            ("li", "Styremedlem: Jan Erik Skaar (Tronstad Arbeid AS)"),
            ("li", "Styremedlem: Marte Kvernmo (Lykkja Vekst AS)"),
            ("li", "Varamedlem: Helge Bjørnstad (Fjellhagen Produkter AS)"),
            ("p", "Valgkomiteen har vært Randi Ødegård (Nordlia Arbeidssenter AS) og Petter Aune (Vangsmoen AS). "
                  "Sekretariatet er lagt til Solvang Vekst AS ved rådgiver Ingvild Hoff. Foreningen har ingen "
                  "ansatte."),
            ("h", 2, "Årsmøtet"),
            ("p", "Årsmøtet ble holdt på {g:Lillehammer} med 23 deltakere fra sju medlemsbedrifter. Møteleder var "
                  "Knut Erik Brenna fra NHO Innlandet. Årsmøtet vedtok å øke kontingenten med "
                  "{p:9 %|øke kontingenten} fra 2022."),
            ("h", 2, "Medlemsbedriftene"),
            ("table", [["Medlemsbedrift", "Kommune", "Daglig leder", "VTA-plasser", "AFT-plasser"]] + members
             + [["Sum", "", "", "486", "332"]], {"ruled": True}),
            ("p", "Medlemmene hadde til sammen 486 plasser i varig tilrettelagt arbeid og 332 plasser i "
                  "arbeidsforberedende trening. Samlet gikk {p:41 prosent|til arbeid eller utdanning} av "
                  "deltakerne som avsluttet AFT, til arbeid eller utdanning, mot {p:37 prosent|året før} året før."),
            ("h", 2, "Aktiviteter i 2022"),
            ("li", "To fagsamlinger for arbeidsledere og jobbspesialister, på {g:Hamar} og på {g:Beitostølen}."),
            ("li", "Felles innspill til fylkeskommunens plan for inkludering i arbeidslivet."),
            ("li", "Lederforum for daglige ledere i medlemsbedriftene, fire digitale møter."),
            ("h", 2, "Økonomi"),
            ("p", "Foreningen hadde et overskudd på kr 10 070. Kursinntektene økte fordi fagsamlingene igjen ble "
                  "holdt fysisk."),
            ("stmt", res, {"title": "Resultatregnskap 2022"}),
            ("stmt", bal, {"title": "Balanse 31.12.2022"}),
            ("sign", "{g:Gjøvik}, 9. mars 2023", [("Øystein Granli", "leder"), ("Tuva Rustad", "nestleder"),
                                                ("Jan Erik Skaar", "styremedlem"), ("Marte Kvernmo", "styremedlem")]),
        ],
        "renditions": ["web"],
        "notes": "Innlandet from 2020 (Hedmark and Oppland merged). Members are companies; the board's "
                 "people are members' daglige ledere, so their names also stand in the members table (one "
                 "entry each); the members' VTA/AFT places are not the association's (no programs); "
                 "valgkomité, sekretær, møteleder not board; no daglig leder.",
    }


REPORTS = [skrim_2024, jolstervekst_2016, innlandet_2022]
