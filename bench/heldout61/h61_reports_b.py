"""The sixty-first set's reports, second half: a ski club (2024), a craft association (2018) and a
kommunalt foretak owning commercial buildings (2015). Everything is invented; places are real and
valid in the report's year. Sums and balances come from ``heldout_finance`` (never typed); each
year's result is carried into the equity of the balance."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income

CHROME = ["chrome"]


def skreiasen_sk_2024() -> dict:
    labels = {"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "inc": "Inntekter", "cost": "Kostnader",
              "fin": "Finans", "net_fin": None}
    inc_lines = income("nb", 3, inc=[("Medlemskontingent", "", [186_400, 171_250, 190_000]),
                                     ("Treningsavgift", "", [312_800, 298_600, 320_000]),
                                     ("Arrangementer og renn", "", [402_150, 356_900, 380_000]),
                                     ("Sponsorer", "", [245_000, 230_000, 250_000]),
                                     ("Tilskudd og momskompensasjon", "", [168_930, 154_210, 160_000]),
                                     ("Dugnad og kiosk", "", [96_470, 104_380, 100_000])],
                       cost=[("Løypekjøring og lysløype", "", [388_420, 362_150, 395_000]),
                             ("Trenerhonorarer", "", [214_600, 198_300, 220_000]),
                             ("Renn og reiser", "", [276_310, 249_880, 270_000]),
                             ("Utstyr", "", [118_950, 142_600, 120_000]),
                             ("Andre kostnader", "", [201_740, 188_050, 205_000])],
                       fin=[("Renteinntekter", "", [14_620, 9_310, 12_000])], labels=labels)
    res = inc_lines[-1].values
    eq_2023 = 1_604_220
    bal_lines = balance("nb", 2, fixed=[("Løypemaskin", "", [1_240_000, 1_395_000])],
                        current=[("Kundefordringer", "", [42_300, 38_900]), ("Bankinnskudd", "", "plug")],
                        equity=[("Egenkapital", "", [eq_2023 + res[0], eq_2023])],
                        long=[("Lån løypemaskin", "", [600_000, 700_000])],
                        short=[("Leverandørgjeld", "", [58_410, 44_120]), ("Annen kortsiktig gjeld", "", [36_800, 31_500])],
                        labels={"eq_debt": "Egenkapital og gjeld"})
    res_st = Statement("Resultatregnskap", [Col("Regnskap 2024", 2024), Col("Regnskap 2023", 2023),
                                            Col("Budsjett 2025", 2025, BUDGET)], inc_lines, label_header="Kroner")
    bal_st = Statement("Balanse", [Col("31.12.2024", 2024), Col("31.12.2023", 2023)], bal_lines, label_header="Kroner")
    board = [("Ingvild Rustad", "LEDE", None), ("Morten Bakkerud", "NEST", None), ("Siri Nordengen", "MEDL", None),
             ("Håkon Grøtterud", "MEDL", None), ("Petter Lium", "MEDL", None), ("Guri Haugen", "VARA", None)]
    items = [
        ("sheet", [
            ("photo", "Klubbmesterskapet i februar samlet 140 løpere i alle aldre på {g:Totenåsen}.",
             {"h": 120, "hue": 205}),
            ("h", 1, "Skreiåsen Skiklubb · Årsberetning 2024"),
        ], {"folio": False}),
        ("spread", [
            ("block", [
                ("h", 2, "Leder har ordet"),
                ("p", "For første gang på tre år hadde vi snø fra desember til påske, og det merktes. "
                      "Rekrutteringen til skiskolen har aldri vært bedre, og vi har fått mange nye medlemmer "
                      "fra både {g:Skreia} og {g:Lena}.", {"lead": True}),
                ("p", "Takk til løypekjørerne, trenerne og alle foreldre som stiller på dugnad. En spesiell "
                      "takk til Østre Toten idrettsråd ved leder Frode Sveen for hjelpen med søknaden om "
                      "spillemidler til ny lysløype, og til Toten Sparebank for et langsiktig sponsorat."),
                ("p", "Ingvild Rustad, leder"),
            ], {"bg": "#173f5f"}),
        ], [
            ("h", 2, "Klubben i tall"),
            ("figs", [("486", "medlemmer"), ("212", "aktive under 20 år"),
                      ("{p:44 %}", "jenter blant de aktive"),
                      ("38 km", "preparerte løyper, 6,5 km med lys")]),
            ("p", "Medlemstallet økte med {p:9 %|Medlemstallet økte} fra året før. "
                  "Klubben har adresse Skreiavegen 201, 2850 {g:Lena}."),
            ("table", [["Medlemmer", "2024", "2023"], ["Barn 6–12 år", "148", "131"], ["Ungdom 13–19 år", "64", "58"],
                       ["Voksne", "221", "208"], ["Familiemedlemskap", "53", "49"]], {"title": "Medlemsutvikling"}),
        ]),
        ("spread", [
            ("h", 2, "Sportslig"),
            ("cols", 2, [
                ("p", "Langrennsgruppa har hatt trening fire dager i uka. Hovedtrener Lars Ivar Bolstad "
                      "og trenerne Kine Grøtting og Jonas Hveem har fulgt opp gruppene 13–19 år."),
                ("p", "Klubben deltok i Hovedlandsrennet på {g:Beitostølen} med ni løpere, og to løpere tok "
                      "medalje i Norgescupen junior på {g:Lillehammer}."),
                ("p", "Skiskolen for barn ble ledet av Tone Kjos, med 86 deltakere fordelt på fire helger. "
                      "Karusellrennene på {g:Totenåsen} samlet i snitt 74 barn."),
                ("p", "Skiskytinggruppa fikk ny standplass, finansiert med {p:50 %|spillemidler} "
                      "spillemidler og resten med dugnad og lån."),
            ]),
            ("roster", [("Langrenn", "Lars Ivar Bolstad"), ("Skiskyting", "Anders Ruud"),
                        ("Skiskole", "Tone Kjos"), ("Arrangement", "Bente Hovdhaugen"),
                        ("Løyper og anlegg", "Knut Erik Sletten")], {"title": "Utvalgsledere", "per_row": 3}),
        ], [
            ("photo", "Styret 2024, fra venstre: Ingvild Rustad (leder), Morten Bakkerud (nestleder), "
                      "Siri Nordengen (kasserer), Håkon Grøtterud (sekretær) og Petter Lium (styremedlem). "
                      "Varamedlem Guri Haugen var ikke til stede da bildet ble tatt.", {"h": 85, "hue": 30}),
            ("p", "Styret har hatt ti styremøter og behandlet 58 saker. Årsmøtet ble holdt 12. mars 2024 "
                  "med 41 stemmeberettigede, og Ola Fredrik Bakke ledet møtet."),
            ("table", [["Verv", "Navn"], ["Kontrollutvalg, leder", "Trine Næss"], ["Kontrollutvalg, medlem", "Eirik Sandbu"],
                       ["Valgkomité, leder", "Randi Lyngstad"], ["Valgkomité, medlem", "Gaute Hoel"],
                       ["Æresmedlem", "Arnfinn Skaug"]], {"title": "Andre tillitsvalgte"}),
            ("fn", ["Arnfinn Skaug ble utnevnt til æresmedlem ved årsmøtet, etter 40 år som løypekjører."]),
        ]),
        ("spread", [
            ("stmt", res_st),
            ("p", "Budsjettet for 2025 vedtas av årsmøtet 2025.", {"small": True}),
        ], [
            ("stmt", bal_st),
        ]),
        ("sheet", [
            ("sign", "Skreia, 20. februar 2025",
             [("Ingvild Rustad", "leder"), ("Morten Bakkerud", "nestleder"), ("Siri Nordengen", "kasserer"),
              ("Håkon Grøtterud", "sekretær"), ("Petter Lium", "styremedlem")]),
            ("gap", 8),
            ("photo", "Lysløypa på {g:Totenåsen} en januarkveld.", {"h": 80, "hue": 220}),
            ("back", ["Skreiåsen Skiklubb · Skreiavegen 201, 2850 {g:Lena}",
                      "post@skreiasen-ski.no · org.nr. 983 412 776"]),
        ], {"folio": False}),
    ]
    return {
        "name": "skreiasen-sk-2024", "year": 2024, "title": "Skreiåsen Skiklubb – årsberetning 2024",
        "running": "Skreiåsen SK · 2024", "accent": "#173f5f", "pale": "#c9d5df",
        "organization": {"name": "Skreiåsen Skiklubb", "address": "Skreiavegen 201, 2850 Lena",
                         "email": "post@skreiasen-ski.no"},
        "ceo": None,
        "board": board,
        "not_board": ["Frode Sveen", "Lars Ivar Bolstad", "Kine Grøtting", "Jonas Hveem", "Tone Kjos", "Anders Ruud",
                      "Bente Hovdhaugen", "Knut Erik Sletten", "Ola Fredrik Bakke", "Trine Næss", "Eirik Sandbu",
                      "Randi Lyngstad", "Gaute Hoel", "Arnfinn Skaug"],
        "not_places": ["Skreiåsen", "Østre Toten idrettsråd", "Toten Sparebank", "Skreia, 20. februar",
                       "Skreiavegen"],
        "places_optional": ["Østre Toten", "Toten", "Innlandet"],
        "items": items, "renditions": CHROME,
        "notes": "Landscape club report. The board only in a group photo's caption laid over the picture "
                 "('Styret 2024, fra venstre: Name (leder), ... Name (kasserer), Name (sekretær) ... Varamedlem "
                 "Name var ikke til stede') and in the signature row (kasserer, sekretær MEDL); committee leaders "
                 "as role-over-name tiles ('Langrenn / Name'), the control committee, valgkomité and an "
                 "honorary member in a hairline 'Verv | Navn' table (not board); trainers, the idrettsråd's "
                 "leader and the meeting chair not board. Statement with a 'Budsjett 2025' column (optional). "
                 "Places inside bodies' names (Østre Toten idrettsråd, Toten Sparebank) optional.",
    }


def hemnes_husflidslag_2018() -> dict:
    years = [Col("2018", 2018), Col("2017", 2017)]
    labels = {"sum_inc": "Sum inntekter", "inc": "Inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
              "op": None}
    inc_lines = income("nb", 2, inc=[("Medlemskontingent", "", [38_400, 36_250]), ("Kursavgifter", "", [92_650, 84_100]),
                                     ("Salg på julemessa", "", [61_880, 57_320]), ("Kulturtilskudd", "", [15_000, 12_000]),
                                     ("Grasrotandel", "", [8_214, 7_655])],
                       cost=[("Kursledere og materiell", "", [101_330, 94_870]), ("Husleie", "", [36_000, 36_000]),
                             ("Kontingent til forbundet", "", [11_520, 10_875]), ("Andre utgifter", "", [27_468, 24_990])],
                       labels=labels)
    res = inc_lines[-1].values
    eq_2017 = 148_310
    bal_lines = balance("nb", 2, fixed=[], current=[("Varelager garn og materiell", "", [12_400, 10_900]),
                                                   ("Bankinnskudd", "", "plug")],
                        equity=[("Egenkapital", "", [eq_2017 + res[0], eq_2017])], long=[],
                        short=[("Forskuddsbetalte kursavgifter", "", [14_500, 9_800])])
    res_st = Statement("Regnskap 2018", years, inc_lines, label_header="")
    bal_st = Statement("Status 31.12.", years, bal_lines, label_header="")
    board = [("Gunn Marit Strand", "LEDE", None), ("Oddvar Hjartøy", "NEST", None), ("Ellen Sofie Bjerkli", "MEDL", None),
             ("Ragnhild Dalsbø", "MEDL", None), ("Åse Kristin Hamnes", "MEDL", None),
             ("Tove Lillegård", "VARA", None), ("Marianne Sjåvik", "VARA", None)]
    items = [
        ("spread", [
            ("photo", "Vevstua på {g:Hemnesberget}, der laget har kurs hver uke fra september til april.",
             {"h": 150, "hue": 350}),
        ], [
            ("gap", 30),
            ("kicker", "Årsmelding"),
            ("h", 1, "Hemnes Husflidslag 2018"),
            ("p", "Tradisjon, håndverk og fellesskap på {g:Helgeland} siden 1952", {"lead": True}),
        ], {"folio": False}),
        ("spread", [
            ("h", 2, "Fra styret"),
            ("p", "Laget hadde 128 medlemmer ved årsskiftet, ni flere enn året før. Vi har holdt elleve "
                  "kurs med til sammen 104 deltakere, og julemessa i samfunnshuset på {g:Korgen} hadde "
                  "rekordmange besøkende."),
            ("p", "Solfrid Lien gikk ut av styret ved årsmøtet etter åtte år, de siste fire som leder. "
                  "Styret takker henne for innsatsen."),
            ("p", "Vi takker husflidskonsulent Astrid Bang i Nordland Husflidslag for besøk og faglig påfyll, "
                  "og Hemnes kommune for kulturtilskuddet. Elevene ved {g:Bjerka} skole var med på "
                  "tovedagen i mai."),
            ("p", "Styret har hatt seks styremøter. Årsmøtet ble holdt 8. mars 2018 med 34 medlemmer til stede."),
        ], [
            ("block", [
                ("h", 2, "Året i tall"),
                ("figs", [("128", "medlemmer"), ("11", "kurs"), ("104", "kursdeltakere"),
                          ("{p:82 %}", "kvinner blant deltakerne¹")]),
                ("fn", ["¹ I 2017 var andelen kvinner {p:88 %|andelen kvinner}."]),
            ], {"bg": "#7a2e3b"}),
            ("table", [["Kurs", "Kursleder", "Deltakere"], ["Grunnkurs i veving", "Berit Aakre", "12"],
                       ["Bunadsøm", "Ingrid Fagerli", "18"], ["Tæring og toving", "Kari Mo Nilsen", "9"],
                       ["Knivmaking", "Rolf Bjørnå", "8"], ["Strikkekafé", "Berit Aakre", "57"]],
             {"title": "Kurs 2018"}),
        ]),
        ("spread", [
            ("stmt", res_st),
            ("p", "Overskuddet på 39 826 kroner overføres til egenkapitalen.", {"small": True}),
        ], [
            ("stmt", bal_st),
        ]),
        ("spread", [
            ("h", 3, "Revisors beretning"),
            ("p", "Vi har revidert regnskapet for Hemnes Husflidslag for 2018 og funnet det i orden. "
                  "Bilagene er gjennomgått og kontrollert mot kontoutskrifter.", {"small": True}),
            ("p", "Hemnesberget, 15. februar 2019 – Per Olav Rånes og Siv Helene Grønbekk, revisorer", {"small": True}),
        ], [
            ("block", [
                ("back", ["Hemnes Husflidslag", "Postboks 44, 8646 Korgen · hemnes@husflid.no",
                          "Styret 2018",
                          "Leder: Gunn Marit Strand, tlf. 958 41 223",
                          "Nestleder: Oddvar Hjartøy",
                          "Kasserer: Ellen Sofie Bjerkli",
                          "Sekretær: Ragnhild Dalsbø",
                          "Styremedlem: Åse Kristin Hamnes",
                          "Varamedlemmer: Tove Lillegård og Marianne Sjåvik",
                          "Kurskontakt: Ingrid Fagerli, tlf. 481 20 965"], {"title": "Kontakt oss"}),
            ], {"bg": "#7a2e3b"}),
        ]),
    ]
    return {
        "name": "hemnes-husflidslag-2018", "year": 2018, "title": "Hemnes Husflidslag – årsmelding 2018",
        "running": "Hemnes Husflidslag · 2018", "accent": "#7a2e3b", "pale": "#e4c9ce",
        "organization": {"name": "Hemnes Husflidslag", "founded_year": 1952, "email": "hemnes@husflid.no"},
        "ceo": None,
        "board": board,
        "not_board": ["Solfrid Lien", "Astrid Bang", "Berit Aakre", "Ingrid Fagerli", "Kari Mo Nilsen",
                      "Rolf Bjørnå", "Per Olav Rånes", "Siv Helene Grønbekk"],
        "not_places": ["Hemnes Husflidslag", "Hemnes kommune", "Nordland Husflidslag", "Hemnesberget, 15. februar",
                       "8646 Korgen"],
        "places_optional": ["Hemnes", "Nordland"],
        "items": items, "renditions": CHROME,
        "notes": "Landscape association report with no daglig leder. The board printed only on the back page "
                 "among the contact details, on a coloured block ('Leder: Name, tlf. ...', 'Kasserer: Name', "
                 "'Varamedlemmer: Name og Name'), with a course contact under it (not board); kursledere in a "
                 "hairline table; the leader who left at the årsmøte, a county association's consultant and "
                 "the two lay auditors are not board. Inntekter/Utgifter statement without Driftsresultat. "
                 "Korgen in the postal address is marked gold elsewhere, so it is kept out of the check.",
    }


def sunndal_naeringsbygg_2015() -> dict:
    years = [Col("2015", 2015), Col("2014", 2014)]
    inc_lines = income("nb", 2, inc=[("Leieinntekter", "", [14_212, 13_875]),
                                     ("Felleskostnader viderefakturert", "", [2_148, 2_064]),
                                     ("Andre inntekter", "", [386, 412])],
                       cost=[("Lønn og sosiale kostnader", "2", [2_912, 2_788]),
                             ("Drift og vedlikehold", "", [6_845, 5_904]),
                             ("Avskrivninger", "3", [3_412, 3_298]),
                             ("Andre driftskostnader", "", [1_488, 1_402])],
                       fin=[("Renteinntekter", "", [64, 92]), ("Rentekostnader", "4", [-2_411, -2_536])])
    res = inc_lines[-1].values
    eq_2014 = 9_880
    bal_lines = balance("nb", 2, fixed=[("Bygninger og tomter", "3", [82_420, 84_910]), ("Inventar", "3", [1_212, 1_388])],
                        current=[("Fordringer", "", [1_874, 1_652]), ("Bankinnskudd", "", "plug")],
                        equity=[("Egenkapital", "", [eq_2014 + res[0], eq_2014])],
                        long=[("Lån fra kommunen", "4", [74_600, 77_400])],
                        short=[("Leverandørgjeld", "", [1_312, 1_104]), ("Annen kortsiktig gjeld", "", [2_086, 1_945])])
    res_st = Statement("Resultatregnskap", years, inc_lines, unit=1000, negative="paren", note_col="Note",
                       label_header="Beløp i 1000 kr")
    bal_st = Statement("Balanse", years, bal_lines, unit=1000, negative="paren", note_col="Note",
                       label_header="Beløp i 1000 kr")
    board = [("Jorunn Øye Fladmark", "LEDE", False), ("Knut Arild Hoås", "NEST", False), ("Sissel Grøtte", "MEDL", False),
             ("Rolf Inge Mjøen", "MEDL", False), ("Astrid Løfaldli", "MEDL", True),
             ("Per Gunnar Opdøl", "VARA", None), ("Lise Marie Sæter", "VARA", None)]
    items = [
        ("sheet", [
            ("gap", 30),
            ("kicker", "Årsrapport 2015"),
            ("h", 1, "Sunndal Næringsbygg KF"),
            ("p", "Vi eier, drifter og leier ut næringsbygg på {g:Sunndalsøra}", {"lead": True}),
            ("photo", "Industribygget på Hagen, der tre nye leietakere flyttet inn i 2015. Driftsleder "
                      "Svein Ove Fiske foran hovedinngangen.", {"h": 70, "hue": 95}),
        ], {"folio": False}),
        ("spread", [
            ("h", 2, "Daglig leders kommentar", {"num": "1"}),
            ("p", "2015 ble et år med høy aktivitet. Utleiegraden økte, men et omfattende vedlikehold av "
                  "taket på Hagen-bygget ga et lite underskudd. Foretaket har nå 31 leietakere."),
            ("p", "Jeg vil takke styret og rådmann Hans Ivar Vaag for godt samarbeid gjennom året, og "
                  "ordfører Ingrid Aune for engasjementet i arbeidet med det nye gründerhuset."),
            ("p", "Erlend Stavik, daglig leder"),
            ("h", 3, "Hovedtall"),
            ("figs", [("16,7 mill.", "driftsinntekter"), ("{p:92,4 %}", "utleiegrad¹"),
                      ("24 600 m²", "utleieareal")]),
            ("fn", ["¹ Utleid areal delt på utleibart areal per 31.12.2015. Utleiegraden i 2014 var "
                    "{p:88,1 %|Utleiegraden i 2014}."]),
        ], [
            ("h", 2, "Eiendommene", {"num": "2"}),
            ("table", [["Bygg", "Sted", "Areal m²", "Utleiegrad"],
                       ["Hagen industribygg", "{g:Sunndalsøra}", "9 800", "{p:95 %}"],
                       ["Næringshagen", "{g:Sunndalsøra}", "6 200", "{p:98 %}"],
                       ["Øksendal verksted", "{g:Øksendal}", "3 100", "{p:74 %}"],
                       ["Gjøra lager", "{g:Gjøra}", "5 500", "{p:89 %}"]], {"title": "Eiendomsoversikt"}),
            ("p", "Foretaket er et kommunalt foretak etter kommuneloven kapittel 11, eid av Sunndal kommune, og "
                  "ble opprettet i 2003. Kontoret ligger i Auragata 5, 6600 {g:Sunndalsøra}."),
            ("block", [
                ("h", 3, "Styret"),
                ("p", "Styret velges av kommunestyret for fire år. Etter kommunevalget ble nytt styre valgt "
                      "i november 2015: Jorunn Øye Fladmark (leder), Knut Arild Hoås (nestleder), Sissel Grøtte "
                      "og Rolf Inge Mjøen. Astrid Løfaldli er ansattes representant. Varamedlemmer i "
                      "nummerrekkefølge er Per Gunnar Opdøl og Lise Marie Sæter."),
                ("p", "Fram til november var Trond Hoel styreleder. Kontrollutvalget i Sunndal ledes av Eva Ranes."),
            ], {"bg": "#3c5a2a"}),
        ]),
        ("spread", [
            ("h", 2, "Årsberetning", {"num": "3"}),
            ("cols", 2, [
                ("p", "Sunndal Næringsbygg KF skal legge til rette for næringsutvikling i {g:Sunndal} ved å "
                      "tilby lokaler til konkurransedyktige vilkår."),
                ("p", "Årets resultat er et underskudd på 258 000 kroner, som dekkes av egenkapitalen. Styret "
                      "mener forutsetningen for fortsatt drift er til stede."),
                ("p", "Foretaket har fire ansatte. Sykefraværet var {p:3,2 %|sykefraværet}. Styret har tre "
                      "kvinner og to menn."),
                ("p", "Revisjon utføres av Møre og Romsdal Revisjon IKS ved oppdragsansvarlig revisor Lars Ove Nesje."),
            ]),
            ("sign", "Sunndalsøra, 18. februar 2016",
             [("Jorunn Øye Fladmark", "styreleder"), ("Knut Arild Hoås", "nestleder"), ("Sissel Grøtte", ""),
              ("Rolf Inge Mjøen", ""), ("Astrid Løfaldli", ""), ("Erlend Stavik", "daglig leder")]),
        ], [
            ("stmt", res_st),
        ]),
        ("spread", [
            ("stmt", bal_st),
        ], [
            ("h", 3, "Noter"),
            ("p", "Note 2: Daglig leder har hatt lønn på 812 000 kroner. Styrehonorar 96 000 kroner.", {"small": True}),
            ("p", "Note 3: Bygninger avskrives over 40 år, inventar over fem år.", {"small": True}),
            ("p", "Note 4: Lånet fra kommunen har flytende rente og avdras med 2,8 mill. kroner årlig.", {"small": True}),
            ("gap", 24),
            ("back", ["Sunndal Næringsbygg KF", "Auragata 5, 6600 {g:Sunndalsøra}", "Telefon 71 69 90 40",
                      "www.sunndal-naeringsbygg.no"], {"title": "Kontakt"}),
        ]),
    ]
    return {
        "name": "sunndal-naeringsbygg-2015", "year": 2015, "title": "Sunndal Næringsbygg KF – årsrapport 2015",
        "running": "Sunndal Næringsbygg KF · Årsrapport 2015", "accent": "#3c5a2a", "pale": "#cfdcc5",
        "organization": {"name": "Sunndal Næringsbygg KF", "founded_year": 2003,
                         "address": "Auragata 5, 6600 Sunndalsøra", "phone": "71 69 90 40",
                         "website": "www.sunndal-naeringsbygg.no"},
        "ceo": "Erlend Stavik",
        "board": board,
        "not_board": ["Svein Ove Fiske", "Hans Ivar Vaag", "Ingrid Aune", "Eva Ranes", "Lars Ove Nesje"],
        "board_optional": ["Trond Hoel"],
        "not_places": ["Sunndal kommune", "Kontrollutvalget i Sunndal", "Møre og Romsdal Revisjon IKS",
                       "Sunndalsøra, 18. februar", "Øksendal verksted", "Gjøra lager"],
        "places_optional": ["Møre og Romsdal", "Hagen"],
        "items": items, "renditions": CHROME,
        "notes": "Landscape KF report. The board only in prose on a coloured block, elected by the kommunestyre "
                 "after the 2015 election ('Astrid Løfaldli er ansattes representant'); numbered deputies in a "
                 "sentence (VARA), the chair until November (optional), the rådmann, the ordfører and the kontrollutvalg's leader "
                 "not board. Key figures stacked between hairlines with footnotes; a property table with "
                 "places and occupancy %; statements 'Beløp i 1000 kr' with brackets for the 2015 loss.",
    }


REPORTS = [skreiasen_sk_2024, hemnes_husflidslag_2018, sunndal_naeringsbygg_2015]
