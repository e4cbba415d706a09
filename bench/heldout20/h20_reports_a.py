"""Reports of the twentieth held-out set, part A: an interkommunalt selskap (nynorsk), a kommunalt
foretak inside its kommune's årsmelding, a regionråd. Invented names and figures; real places."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income

BUDGET_NN = Col("Budsjett 2022", 2022, BUDGET)


def sorfjorden_brann_2022() -> dict:
    """IKS, nynorsk: the representantskap (one per eigarkommune, with its leiar) is not the styre."""
    cols = [Col("Rekneskap 2022", 2022), BUDGET_NN, Col("Rekneskap 2021", 2021)]
    drift = Statement(
        "Resultatrekneskap", cols, income(
            "nn", 3,
            inc=[("Eigartilskot", "", [31480, 31480, 30330]),
                 ("Sal av tenester (feiing og tilsyn)", "", [6912, 6500, 6405]),
                 ("Refusjonar og andre inntekter", "", [2137, 1400, 2561])],
            cost=[("Løn og sosiale kostnader", "", [29874, 29200, 28016]),
                  ("Kjøp av varer og tenester", "", [7455, 7100, 7302]),
                  ("Avskrivingar", "", [2318, 2350, 2204])],
            fin=[("Finansinntekter", "", [96, 40, 31]), ("Finanskostnader", "", [-612, -560, -415])]),
        unit=1000, label_header="Tal i 1000 kr", render="ruled")
    bal = Statement(
        "Balanse per 31.12.", [Col("2022", 2022), Col("2021", 2021)], balance(
            "nn", 2,
            fixed=[("Bygningar og anlegg", "", [18460, 19120]), ("Køyretøy og utstyr", "", [9871, 10544])],
            current=[("Kundefordringar", "", [1942, 1688]), ("Bankinnskot", "", "plug")],
            equity=[("Innskoten eigenkapital", "", [4000, 4000]), ("Anna eigenkapital", "", [3157, 2791])],
            long=[("Lån i Kommunalbanken", "", [17600, 18900])],
            short=[("Leverandørgjeld", "", [2114, 1973]), ("Anna kortsiktig gjeld", "", [4508, 4227])]),
        unit=1000, label_header="Tal i 1000 kr", render="ruled")
    board = [("Bjørg Aksnes Rykkje", "LEDE", False), ("Tor Inge Vambheim", "NEST", False),
             ("Solveig Haugsnes", "MEDL", False), ("Jon Ivar Berge", "MEDL", False),
             ("Eirik Strand Mo", "MEDL", True),
             ("Liv Kristin Opheim", "VARA", None), ("Kjetil Frøynes", "VARA", None)]
    return {
        "name": "sorfjorden-brann-2022", "year": 2022,
        "title": "Sørfjorden Brann og Redning IKS – Årsmelding 2022",
        "organization": {"name": "Sørfjorden Brann og Redning IKS", "founded_year": 2004,
                         "owners": [{"name": "Ullensvang kommune", "share_percent": 52.5},
                                    {"name": "Kvam herad", "share_percent": 24.0},
                                    {"name": "Ulvik herad", "share_percent": 12.5},
                                    {"name": "Eidfjord kommune", "share_percent": 11.0}]},
        "ceo": "Anders Hovland",
        "board": board,
        "not_board": ["Ingebjørg Tveit Lægreid", "Håvard Tufteland", "Oddvar Lindtveit", "Marit Skarsbø",
                      "Arnfinn Sekse", "Sigrid Mæland", "Gunvor Hus", "Leiv Kvåle"],
        "places_optional": ["Kinsarvik"],
        "header": "Sørfjorden Brann og Redning IKS · Årsmelding 2022", "footer": "Side {PAGE}",
        "font": "Liberation Serif", "heading_font": "Liberation Sans", "heading_colour": "8B1A1A",
        "renditions": ["docx", "pdf"],
        "notes": "IKS in nynorsk: the representantskap (one member per eigarkommune, its leiar and "
                 "nestleiar, each with a vara) is the owners' body, not the board; the styre has a "
                 "tilsettvald member (Vald av: Dei tilsette) and two varamedlemer; the brannsjef is "
                 "dagleg leiar; eigardelar per kommune; budget column optional.",
        "items": [
            ("h", 1, "Årsmelding 2022"),
            ("p", "Sørfjorden Brann og Redning IKS er eit interkommunalt selskap etter lov om interkommunale "
                  "selskap, skipa i 2004. Selskapet har ansvar for brannførebyggjande arbeid, feiing og "
                  "beredskap i eigarkommunane i indre {g:Hardanger}, og hovudkontoret ligg i {g:Odda}."),
            ("h", 2, "Eigarar"),
            ("p", "Eigardelane følgjer selskapsavtalen og er fastsette etter folketalet i kommunane. "
                  "Eigardelen avgjer kor stor del av eigartilskotet kvar kommune ber."),
            ("table", [["Eigarkommune", "Eigardel"],
                       ["{g:Ullensvang kommune|Ullensvang}", "{p:52,5 %}"],
                       ["{g:Kvam herad|Kvam}", "{p:24,0 %}"],
                       ["{g:Ulvik herad|Ulvik}", "{p:12,5 %}"],
                       ["{g:Eidfjord kommune|Eidfjord}", "{p:11,0 %}"],
                       ["Sum", "{p?:100,0 %}"]], {"widths": [7.0, 3.0], "shade_header": "F2E2E2"}),
            ("h", 2, "Representantskapet"),
            ("p", "Representantskapet er det øvste organet i selskapet. Kvar eigarkommune har éin "
                  "representant med personleg vara, vald av kommunestyret eller heradsstyret for "
                  "valperioden. Representantskapet godkjenner budsjett og rekneskap og vel styret."),
            ("table", [["Kommune", "Representant", "Personleg vara"],
                       ["{g:Ullensvang}", "Ingebjørg Tveit Lægreid, leiar", "Arnfinn Sekse"],
                       ["{g:Kvam}", "Håvard Tufteland, nestleiar", "Sigrid Mæland"],
                       ["{g:Ulvik}", "Marit Skarsbø", "Leiv Kvåle"],
                       ["{g:Eidfjord}", "Oddvar Lindtveit", "Gunvor Hus"]],
             {"widths": [3.5, 6.5, 5.0], "shade_header": "F2E2E2"}),
            ("p", "Representantskapet hadde to møte i 2022. I vårmøtet vart rekneskapen for 2021 godkjend, "
                  "og i haustmøtet vart budsjettet for 2023 vedteke med eit eigartilskot som er "
                  "{p:4,1 %|eit eigartilskot} høgare enn for 2022."),
            ("h", 2, "Styret"),
            ("p", "Styret vert vald av representantskapet for to år om gongen, medan det tilsettvalde "
                  "medlemmet vert vald av og blant dei tilsette. Styret har i 2022 hatt denne samansetjinga:"),
            ("table", [["Verv", "Namn", "Vald av"],
                       ["Styreleiar", "Bjørg Aksnes Rykkje", "Representantskapet"],
                       ["Nestleiar", "Tor Inge Vambheim", "Representantskapet"],
                       ["Styremedlem", "Solveig Haugsnes", "Representantskapet"],
                       ["Styremedlem", "Jon Ivar Berge", "Representantskapet"],
                       ["Styremedlem", "Eirik Strand Mo", "Dei tilsette"],
                       ["Varamedlem", "Liv Kristin Opheim", "Representantskapet"],
                       ["Varamedlem", "Kjetil Frøynes", "Dei tilsette"]],
             {"widths": [3.5, 6.0, 5.0], "ruled": False}),
            ("p", "Styret har hatt sju møte og handsama 46 saker. Brannsjef Anders Hovland er dagleg leiar "
                  "og sekretær for styret."),
            ("h", 2, "Organisasjon og tilsette"),
            ("p", "Ved utgangen av året hadde selskapet 23 heiltidstilsette og 61 deltidstilsette "
                  "brannkonstablar fordelte på stasjonane i {g:Odda}, {g?:Kinsarvik}, {g:Eidfjord}, "
                  "{g:Ulvik} og {g:Norheimsund}. Av dei tilsette er {p:13 %|kvinner} kvinner."),
            ("p", "Sjukefråværet var {p:6,2 %|sjukefråværet} i 2022, mot {p:4,9 %|året før} året før. "
                  "Auken kjem i hovudsak av nokre lengre sjukmeldingar ved ein stasjon."),
            ("h", 2, "Økonomi"),
            ("p", "Rekneskapen viser eit årsresultat på 366 000 kr, mot eit budsjettert resultat på 210 000 kr. "
                  "Inntektene frå feiing og tilsyn var høgare enn budsjettert. Styret meiner rekneskapen gjev "
                  "eit rett bilete av stillinga til selskapet ved årsskiftet."),
            ("stmt", drift),
            ("stmt", bal),
            ("sign", "{g:Odda}, 14. februar 2023",
             [("Bjørg Aksnes Rykkje", "styreleiar"), ("Tor Inge Vambheim", "nestleiar"),
              ("Solveig Haugsnes", "styremedlem"), ("Jon Ivar Berge", "styremedlem"),
              ("Eirik Strand Mo", "styremedlem"), ("Anders Hovland", "brannsjef")], {"cols": 3}),
        ],
    }


def nome_kulturhus_kf_2019() -> dict:
    """Kommunalt foretak: its styre and direktør; the kommune's ordfører and rådmann are not its board."""
    cols = [Col("Regnskap 2019", 2019), Col("Regulert budsjett 2019", 2019, BUDGET), Col("Regnskap 2018", 2018)]
    drift = Statement(
        "Driftsregnskap", cols, income(
            "nb", 3,
            inc=[("Billett- og kioskinntekter", "", [2418330, 2250000, 2104915]),
                 ("Leieinntekter", "", [1306240, 1200000, 1255480]),
                 ("Overføring fra Nome kommune", "", [4850000, 4850000, 4700000]),
                 ("Andre inntekter", "", [312855, 150000, 274120])],
            cost=[("Lønnsutgifter", "", [3912470, 3880000, 3744060]),
                  ("Sosiale utgifter", "", [1046382, 1050000, 998210]),
                  ("Kjøp av varer og tjenester", "", [3284615, 3130000, 3051770]),
                  ("Avskrivninger", "", [402000, 402000, 388500])],
            fin=[("Renteinntekter", "", [21406, 10000, 14872]),
                 ("Renteutgifter", "", [-168900, -170000, -176300])],
            labels={"cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter", "op": "Brutto driftsresultat",
                    "fin": "Finansposter", "net_fin": "Netto finansposter", "result": "Netto driftsresultat"}),
        render="unruled", label_header="Beløp i kr")
    bal = Statement(
        "Balanse", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)], balance(
            "nb", 2,
            fixed=[("Bygninger og anlegg", "", [7820000, 8110000]), ("Utstyr og inventar", "", [654300, 766300])],
            current=[("Kortsiktige fordringer", "", [418770, 366410]), ("Bankinnskudd", "", "plug")],
            equity=[("Kapitalkonto", "", [4474300, 4876300]), ("Disposisjonsfond", "", [612000, 512000])],
            long=[("Lån fra Nome kommune", "", [3900000, 4000000])],
            short=[("Leverandørgjeld", "", [388215, 341902]), ("Annen kortsiktig gjeld", "", [266440, 235118])]),
        render="unruled", label_header="Beløp i kr")
    board = [("Gunnar Bjørndal Aasen", "LEDE", False), ("Tone Lise Kåsa", "NEST", False),
             ("Petter Holtan", "MEDL", False), ("Ingrid Valebrokk", "MEDL", False),
             ("Helge Fjærvoll", "MEDL", True), ("Randi Eikjeland", "VARA", None), ("Trond Sannes", "VARA", None)]
    return {
        "name": "nome-kulturhus-kf-2019", "year": 2019,
        "title": "Nome kommune – Årsmelding 2019 – Vedlegg 3: Nome Kulturhus KF",
        "organization": {"name": "Nome Kulturhus KF", "founded_year": 2009},
        "ceo": "Silje Tveitereid Moen",
        "board": board,
        "not_board": ["Aslaug Bergsland Lie", "Kjell Arne Grøstad"],
        "not_places": ["Nome kommune", "Ulefoss kino"],
        "header": "{g:Nome} kommune – Årsmelding 2019 – Vedlegg 3", "header_align": "right",
        "footer": "Vedlegg 3 side {PAGE}",
        "font": "Liberation Sans", "body_pt": 10, "heading_colour": "2F5F2F",
        "renditions": ["doc", "pdf"],
        "notes": "A KF's årsberetning printed as an appendix of the kommune's årsmelding (running header "
                 "with the kommune's name); its board as tab lines with the employees' member and two "
                 "varamedlemmer on one line; the direktør is daglig leder; the kommune's ordfører (opens "
                 "the kino, signs the kommunestyre's approval) and rådmann are named and not board; "
                 "kommunal-style statement with a regulated budget column (optional).",
        "items": [
            ("h", 1, "Årsberetning 2019 for Nome Kulturhus KF"),
            ("p", "Nome Kulturhus KF er et kommunalt foretak etter kommunelovens kapittel 11, opprettet av "
                  "kommunestyret i 2009. Foretaket eier og driver kulturhuset på {g:Ulefoss} i {g:Telemark} med storsal, "
                  "kino og møterom, og har ansvaret for utleie av grendehuset på {g?:Lunde}."),
            ("h", 2, "Styre og ledelse"),
            ("p", "Styret er valgt av kommunestyret for valgperioden. Ansattes representant er valgt av og "
                  "blant de ansatte. Styret har i 2019 bestått av:"),
            ("tablines", [["Styreleder", "Gunnar Bjørndal Aasen"], ["Nestleder", "Tone Lise Kåsa"],
                          ["Styremedlem", "Petter Holtan"], ["Styremedlem", "Ingrid Valebrokk"],
                          ["Styremedlem (ansattes representant)", "Helge Fjærvoll"],
                          ["Varamedlemmer", "Randi Eikjeland, Trond Sannes"]], {"stops": [6.5]}),
            ("p", "Styret har hatt 8 møter og behandlet 41 saker. Direktør Silje Tveitereid Moen er "
                  "foretakets daglige leder. Rådmann Kjell Arne Grøstad har vært kommunens kontaktperson "
                  "overfor foretaket og har fått styrets sakspapirer til orientering."),
            ("h", 2, "Årets virksomhet"),
            ("p", "Året var preget av ombyggingen av kinosalen, som ble åpnet igjen 4. oktober. Ordfører "
                  "Aslaug Bergsland Lie klippet snoren, og åpningshelgen samlet over 900 besøkende."),
            ("p", "Kinoen hadde 14 212 besøkende, en økning på {p:11 prosent|kinoen}. Storsalen var utleid "
                  "164 dager, og belegget i møterommene var {p:58 %|belegget i møterommene}."),
            ("p", "Egeninntektene dekket {p:46,3 %|egeninntektene} av driftsutgiftene. Overføringen fra "
                  "kommunen ble økt med {p:3,2 %|overføringen fra kommunen} i tråd med kommunestyrets "
                  "budsjettvedtak."),
            ("h", 2, "Ansatte og arbeidsmiljø"),
            ("p", "Foretaket hadde ved årsskiftet 9 ansatte i 7,2 årsverk. Sykefraværet var "
                  "{p:3,8 %|sykefraværet}. Det har ikke vært skader eller ulykker i året."),
            ("h", 2, "Regnskap"),
            ("p", "Netto driftsresultat ble 107 134 kr. Styret foreslår at mindreforbruket avsettes til "
                  "disposisjonsfond."),
            ("stmt", drift),
            ("stmt", bal),
            ("sign", "{g:Ulefoss}, 20. februar 2020",
             [("Gunnar Bjørndal Aasen", "styreleder"), ("Tone Lise Kåsa", "nestleder"),
              ("Petter Holtan", ""), ("Ingrid Valebrokk", ""), ("Helge Fjærvoll", ""),
              ("Silje Tveitereid Moen", "direktør")], {"cols": 3}),
            ("h", 2, "Kommunestyrets behandling"),
            ("p", "Årsberetning og regnskap for Nome Kulturhus KF ble godkjent av kommunestyret i møte "
                  "18. juni 2020, sak 41/20."),
            ("p", "Aslaug Bergsland Lie, ordfører", {"italic": True}),
        ],
    }


def ytre_helgeland_regionrad_2016() -> dict:
    """Regionråd: the ordførere are the board, the rådmenn meet as advisers, a county observer."""
    cols = [Col("Regnskap 2016", 2016), Col("Budsjett 2016", 2016, BUDGET), Col("Regnskap 2015", 2015)]
    drift = Statement(
        "Regnskap 2016", cols, income(
            "nb", 3,
            inc=[("Kontingent fra medlemskommunene", "", [1450000, 1450000, 1400000]),
                 ("Prosjekttilskudd fra fylkeskommunen", "", [620000, 500000, 410000]),
                 ("Andre inntekter", "", [38450, 20000, 26300])],
            cost=[("Lønn og sosiale utgifter", "", [1012640, 1010000, 968220]),
                  ("Møter, reiser og kurs", "", [188310, 210000, 201455]),
                  ("Prosjektutgifter", "", [716900, 650000, 520130]),
                  ("Kontor og administrasjon", "", [121870, 100000, 118600])],
            labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter",
                    "sum_cost": "Sum utgifter", "op": None, "result": "Årets resultat"}),
        render="unruled")
    board = [("Bård Anton Kvalø", "LEDE", None), ("Kristin Rabben", "NEST", None), ("Per Ivar Hoff", "MEDL", None),
             ("Arne Solbakk", "MEDL", None), ("Gudrun Olsen Lyngvær", "MEDL", None), ("Ole Martin Hagen", "OBS", None)]
    return {
        "name": "ytre-helgeland-regionrad-2016", "year": 2016,
        "title": "Årsmelding 2016 – Ytre Helgeland regionråd",
        "organization": {"name": "Ytre Helgeland regionråd", "email": "post@ytrehelgeland-rr.no"},
        "ceo": "Tove Marie Lorentzen",
        "board": board,
        "board_optional": ["Hilde Steinsland", "Jonny Kolstad", "Randi Stamnes", "Linda Knutsen", "Steinar Myrvang"],
        "not_board": ["Torgeir Sørlie", "Line Kaspersen", "Ivar Kolsvik", "Elin Bårdsen Sund", "Harald Tennfjord"],
        "font": "Liberation Sans", "heading_colour": "1D4E6B", "margin_mm": 18,
        "renditions": ["pdf"],
        "notes": "Regionråd (a Word file printed to PDF, the work in two text columns): the ordførere are the members (leder, nestleder), each with "
                 "the varaordfører as vara (optional); the fylkeskommune's observer is OBS; the rådmenn "
                 "form the rådmannsutvalg (tale- og forslagsrett, no vote) and are not board; the daglig "
                 "leder of the sekretariat is the head; budget column optional.",
        "items": [
            ("h", 1, "Årsmelding 2016"),
            ("p", "Ytre Helgeland regionråd er et samarbeidsorgan for kommunene {g:Alstahaug}, {g:Herøy}, "
                  "{g:Dønna}, {g:Leirfjord} og {g:Vega}. Rådet skal fremme felles interesser for regionen "
                  "og være en pådriver for samferdsel, næringsutvikling og kompetanse på {g:Helgeland}."),
            ("h", 2, "Regionrådets medlemmer"),
            ("p", "Regionrådet består av ordførerne i medlemskommunene, med varaordførerne som personlige "
                  "varamedlemmer. {g:Nordland fylkeskommune|Nordland} møter med en observatør."),
            ("table", [["Kommune", "Medlem", "Varamedlem"],
                       ["{g:Alstahaug}", "Ordfører Bård Anton Kvalø (leder)", "Varaordfører Hilde Steinsland"],
                       ["{g:Herøy}", "Ordfører Kristin Rabben (nestleder)", "Varaordfører Jonny Kolstad"],
                       ["{g:Dønna}", "Ordfører Per Ivar Hoff", "Varaordfører Randi Stamnes"],
                       ["{g:Leirfjord}", "Ordfører Arne Solbakk", "Varaordfører Linda Knutsen"],
                       ["{g:Vega}", "Ordfører Gudrun Olsen Lyngvær", "Varaordfører Steinar Myrvang"],
                       ["{g:Nordland fylkeskommune|Nordland}", "Rådgiver Ole Martin Hagen (observatør)", ""]]),
            ("h", 2, "Rådmannsutvalget og sekretariatet"),
            ("p", "Rådmennene møter i regionrådet med tale- og forslagsrett, men uten stemmerett. De utgjør "
                  "rådmannsutvalget, som forbereder sakene sammen med sekretariatet."),
            ("table", [["Kommune", "Rådmann"],
                       ["{g:Alstahaug}", "Torgeir Sørlie"], ["{g:Herøy}", "Line Kaspersen"],
                       ["{g:Dønna}", "Ivar Kolsvik"], ["{g:Leirfjord}", "Elin Bårdsen Sund"],
                       ["{g:Vega}", "Harald Tennfjord"]]),
            ("p", "Sekretariatet ledes av daglig leder Tove Marie Lorentzen i {p?:100 %} stilling, med kontor "
                  "i {g:Sandnessjøen}. {g:Alstahaug kommune|Alstahaug} er arbeidsgiver for sekretariatet."),
            ("cols", [
                ("h", 2, "Møter og saker"),
                ("p", "Regionrådet har hatt 6 møter og behandlet 38 saker. Rådmannsutvalget har hatt 8 møter."),
                ("li", "Samferdsel: uttalelse om ferjetilbudet og arbeid for ny trase for fylkesveien mellom "
                       "{g:Leirfjord} og {g:Sandnessjøen}."),
                ("li", "Kompetanse: felles tiltak for lærlingplasser, der andelen som fullførte økte til "
                       "{p:71 %|andelen som fullførte}."),
                ("li", "Næring: forprosjekt for reiselivet i øyriket, delfinansiert av fylkeskommunen."),
                ("li", "Kommunereformen: rådet har fulgt utredningene om ny kommunestruktur. Alle de fem "
                       "kommunestyrene vedtok i juni å fortsette som egne kommuner, men å styrke det "
                       "interkommunale samarbeidet."),
                ("p", "Rådet har gitt høringsuttalelser om regional plan for kysten og om fylkeskommunens "
                      "samferdselsplan, og har hatt felles møte med stortingspolitikere fra fylket i november."),
            ]),
            ("h", 2, "Økonomi"),
            ("p", "Kommunene betaler en grunnandel på {p:40 %|grunnandel} av kontingenten likt fordelt, "
                  "og resten, {p:60 %|etter folketall}, fordelt etter folketall."),
            ("stmt", drift),
            ("p", "Regnskapet viser et overskudd på 68 730 kr, som overføres til prosjektfondet."),
            ("sign", "{g:Sandnessjøen}, 9. februar 2017",
             [("Bård Anton Kvalø", "leder"), ("Tove Marie Lorentzen", "daglig leder")]),
            ("p", "Ytre Helgeland regionråd · Postboks 218, 8801 {g:Sandnessjøen} · post@ytrehelgeland-rr.no",
             {"size": 8}),
        ],
    }


REPORTS = [sorfjorden_brann_2022, nome_kulturhus_kf_2019, ytre_helgeland_regionrad_2016]
