"""Sixty-fifth held-out set, part a: two arbeidsmarkedsbedrifter (2001 with Aetat, 2024 with NAV)
and a nynorsk IKS. Invented organisations, people and figures; real places of the year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def nausta_arbeid_2001() -> dict:
    """Attføringsbedrift in Naustdal, 2001: board as "Role  Name" lines with a footnote star for the
    employees' member; Aetat's adviser attends as observer; a member replaced in May."""
    cols = [Col("2001", 2001), Col("2000", 2000)]
    res = Kroner("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [3412870, 3198455]), ("Tiltaksmidler fra Aetat", "", [2876400, 2790100]),
             ("Driftstilskudd fra kommunene", "", [420000, 400000])],
        cost=[("Varekostnad", "", [1248930, 1187320]), ("Lønn og sosiale kostnader", "", [4512760, 4321905]),
              ("Avskrivninger", "", [186200, 174800]), ("Andre driftskostnader", "", [598310, 611044])],
        fin=[("Renteinntekter", "", [61230, 54108]), ("Rentekostnader", "", [-38410, -42620])]),
        render="tabs")
    bal = Kroner("Balanse pr. 31.12.", cols, balance(
        "nb", 2,
        fixed=[("Maskiner og inventar", "", [612400, 698600])],
        current=[("Varelager", "", [214300, 198760]), ("Kundefordringer", "", [402115, 377480]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [200000, 200000]), ("Annen egenkapital", "", [1108236, 960166])],
        long=[("Pantelån", "", [300000, 350000])],
        short=[("Leverandørgjeld", "", [221430, 243870]), ("Skyldige offentlige avgifter", "", [312600, 298410]),
               ("Annen kortsiktig gjeld", "", [188115, 176222])]),
        render="tabs")
    board = [("Oddvar Hjelmeland", "LEDE", False), ("Sissel Støfring", "NEST", False),
             ("Helge Kvammen", "MEDL", False), ("Turid Mo Langeland", "MEDL", False),
             ("Bjarte Solheim", "MEDL", True), ("Reidun Hestad", "VARA", None), ("Knut Erik Øen", "VARA", None),
             ("Marit Bruland", "OBS", False)]
    items = [
        ("h", 1, "Årsberetning 2001"),
        ("p", "Nausta Arbeid AS er en attføringsbedrift i {g:Naustdal} som gir arbeidstrening, kvalifisering "
              "og varig tilrettelagt arbeid for personer med redusert arbeidsevne i {g:Sunnfjord}. Bedriften ble "
              "stiftet i 1987 og holder til i Stigen 4 ved sentrum av {g:Naustdal}. Aksjene eies av "
              "{g:Naustdal kommune|Naustdal} med {p:60 %|aksjene} og {g:Førde kommune|Førde} med {p:40 %|aksjene}."),
        ("bh", "Tiltak og deltakere"),
        ("p", "Bedriften har godkjenning for 18 plasser i varig tilrettelagt arbeid (VTA). I tillegg har vi hatt "
              "arbeidsmarkedstiltak etter avtale med Aetat, i gjennomsnitt 24 deltakere gjennom året. Av de 31 "
              "deltakerne som avsluttet i 2001, gikk 11 til arbeid eller skole, det vil si {p:35,5 %|til arbeid eller skole}."),
        ("p", "Aktivitetene er snekkerverksted, vedproduksjon, vaskeri og kantine. Vedsalget til hytteeiere i "
              "{g:Førde} og {g:Florø} økte også i år."),
        ("bh", "Styret"),
        ("p", "Styret har i 2001 hatt denne sammensetningen:"),
        ("tablines", [["Styreleder", "Oddvar Hjelmeland"], ["Nestleder", "Sissel Støfring"],
                      ["Styremedlem", "Helge Kvammen"], ["Styremedlem", "Turid Mo Langeland"],
                      ["Styremedlem", "Bjarte Solheim*"], ["Varamedlemmer", "Reidun Hestad, Knut Erik Øen"]],
         {"stops": (4.0,)}),
        ("p", "* Valgt av og blant de ansatte.", {"italic": True, "size": 8}),
        ("p", "Helge Kvammen kom inn i styret på generalforsamlingen 14. mai, da Lars Ove Njøten gikk ut etter "
              "seks år. Aetat {g?:Sunnfjord} har møtt i styret som observatør ved rådgiver Marit Bruland. "
              "Styret har hatt 7 møter og behandlet 52 saker."),
        ("bh", "Administrasjon og arbeidsmiljø"),
        ("p", "Daglig leder har vært Gunnar Thue. Arbeidsleder i verkstedet er Eli Sørbotten og kontorleder "
              "Jorunn Farsund. Bedriften har 9 ansatte i 8,2 årsverk. Sykefraværet var {p:4,8 %|sykefraværet} "
              "mot {p:6,1 %|året før} året før. Det har ikke vært skader eller ulykker. "
              "Verneombud er Kjell Aasen."),
        ("p", "Bedriften forurenser ikke det ytre miljø. Av de ansatte er 5 kvinner og 4 menn; styret har to "
              "kvinner blant fem medlemmer."),
        ("bh", "Regnskap"),
        ("p", f"Årsresultatet ble {res.fmt(res.lines[-1].values[0])} kroner, som overføres til annen egenkapital. "
              "Forutsetningen om fortsatt drift er til stede. Revisor er statsautorisert revisor Per Ivar Grov."),
        ("stmt", res, {"title": "Resultatregnskap 2001"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2001"}),
        ("p", "Styret takker de ansatte, deltakerne og Aetat {g?:Sunnfjord} for godt samarbeid i året som gikk."),
        ("sign", "{g:Naustdal}, 20. februar 2002",
         [("Oddvar Hjelmeland", "styreleder"), ("Sissel Støfring", "nestleder"), ("Helge Kvammen", ""),
          ("Turid Mo Langeland", ""), ("Bjarte Solheim", ""), ("Gunnar Thue", "daglig leder")], {"cols": 3}),
    ]
    return {"name": "nausta-arbeid-2001", "year": 2001, "title": "Nausta Arbeid AS – årsberetning 2001",
            "organization": {"name": "Nausta Arbeid AS", "founded_year": 1987,
                             "owners": [{"name": "Naustdal kommune", "share_percent": 60.0},
                                        {"name": "Førde kommune", "share_percent": 40.0}]},
            "ceo": "Gunnar Thue", "board": board, "emp_known": True,
            "not_board": ["Lars Ove Njøten", "Eli Sørbotten", "Jorunn Farsund", "Kjell Aasen", "Per Ivar Grov"],
            "programs": {"VTA": 18}, "items": items, "renditions": ["doc", "pdf"], "font": "Times New Roman",
            "notes": "2001: Aetat's adviser attends as observer (OBS); employee member marked by a footnote star; "
                     "a member replaced in May (the one who left is not board)."}


def ogndal_ak_2024() -> dict:
    """Arbeidsinkluderingsbedrift in Steinkjer, 2024: board as a ruled two-column table
    "Faste medlemmer | Personlige varamedlemmer", role in brackets after each name."""
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 3,
        inc=[("Salgsinntekter", "", [18432, 18900, 17105]), ("Tilskudd NAV", "", [24870, 24500, 23312]),
             ("Andre driftsinntekter", "", [1208, 900, 1154])],
        cost=[("Varekostnad", "", [6210, 6400, 5902]), ("Lønnskostnader", "", [30114, 29800, 28470]),
              ("Avskrivninger", "", [1412, 1450, 1388]), ("Andre driftskostnader", "", [5630, 5700, 5304])],
        fin=[("Netto renter", "", [388, 250, 301])]),
        unit=1000, label_header="Beløp i 1000 kr", render="ruled")
    bcols = [Col("31.12.2024", 2024), Col("31.12.2023", 2023)]
    bal = Statement("Balanse", bcols, balance(
        "nb", 2,
        fixed=[("Bygninger og tomt", "", [14210, 14780]), ("Maskiner og kjøretøy", "", [3122, 2954])],
        current=[("Varer", "", [1405, 1322]), ("Fordringer", "", [3388, 3105]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [1000, 1000]), ("Annen egenkapital", "", [16214, 14682])],
        long=[("Langsiktige lån", "", [6400, 7000])],
        short=[("Leverandørgjeld", "", [1870, 1764]), ("Skyldige offentlige avgifter", "", [2316, 2208]),
               ("Annen kortsiktig gjeld", "", [4012, 3622])]),
        unit=1000, label_header="Beløp i 1000 kr", render="ruled")
    board = [("Astrid Følling", "LEDE", False), ("Jørn Ole Gran", "NEST", False), ("Mette Kvam Sandvik", "MEDL", False),
             ("Tor Arild Holmli", "MEDL", False), ("Hanne Leirfall", "MEDL", True),
             ("Ivar Bjørgum", "VARA", None), ("Siri Ekker", "VARA", None), ("Rolf Aune", "VARA", None),
             ("Lene Skjesol", "VARA", None), ("Kristoffer Mjøen", "VARA", None)]
    table = [["Faste medlemmer", "Personlige varamedlemmer"],
             ["Astrid Følling (styreleder)", "Ivar Bjørgum"],
             ["Jørn Ole Gran (nestleder)", "Siri Ekker"],
             ["Mette Kvam Sandvik", "Rolf Aune"],
             ["Tor Arild Holmli", "Lene Skjesol"],
             ["Hanne Leirfall (ansattes representant)", "Kristoffer Mjøen"]]
    result = res.lines[-1].values[0]
    items = [
        ("h", 1, "Årsrapport 2024"),
        ("p", "Ogndal Arbeid og Kompetanse AS", {"bold": True, "size": 13}),
        ("h", 2, "Om virksomheten"),
        ("p", "Ogndal Arbeid og Kompetanse AS er en arbeidsinkluderingsbedrift med hovedkontor i "
              "{g:Steinkjer} og avdelinger på {g:Snåsa} og i {g:Straumen}. Selskapet eies av "
              "{g:Steinkjer kommune|Steinkjer} ({p:70 %|eies av}), {g:Snåsa kommune|Snåsa} ({p:20 %|eies av}) "
              "og {g:Inderøy kommune|Inderøy} ({p:10 %|eies av}). Selskapet er ikke utbyttegivende."),
        ("p", "Vi har avtale med NAV {g:Trøndelag} om 40 plasser i arbeidsforberedende trening (AFT) og "
              "26 plasser i varig tilrettelagt arbeid (VTA). Gjennom året fikk 138 personer tilbud hos oss. "
              "Av deltakerne som avsluttet AFT, gikk {p:46 %|avsluttet AFT} over til arbeid eller utdanning."),
        ("h", 2, "Styret og ledelsen"),
        ("p", "Generalforsamlingen valgte i april nytt styre for to år. Styret har etter dette bestått av:"),
        ("table", table, {"ruled": True, "gold_rows": True}),
        ("p", "Styret har hatt 8 møter. Daglig leder Eirik Lyngstad er styrets sekretær. Ledergruppen har "
              "ellers bestått av økonomileder Randi Bogen, fagleder AFT Geir Heggstad og fagleder VTA Sunniva "
              "Wold. Tidligere styreleder Kåre Vist, som satt i styret fra 2016, ble takket for lang innsats."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Ved utgangen av året hadde selskapet 38 ansatte. Sykefraværet var {p:7,2 %|sykefraværet}, "
              "mot {p:8,0 %|i 2023} i 2023. Hovedtillitsvalgt Ingunn Reitan og hovedverneombud "
              "Stian Holm har deltatt i arbeidsmiljøutvalget. Kvinneandelen blant de ansatte er "
              "{p:55 %|kvinneandelen}."),
        ("h", 2, "Økonomi"),
        ("p", f"Årsresultatet ble {res.fmt(result)} tusen kroner, mot et budsjett på "
              f"{res.fmt(res.lines[-1].values[1])} tusen kroner. Styret foreslår at overskuddet overføres til "
              "annen egenkapital. Revisor er Wenche Brandtzæg i Midt-Revisjon AS."),
        ("stmt", res, {"title": "Resultatregnskap 2024"}),
        ("stmt", bal, {"title": "Balanse 31. desember"}),
        ("p", "Styret takker NAV {g:Steinkjer} ved avdelingsleder Per Olav Lein, eierkommunene og alle "
              "ansatte og deltakere for godt samarbeid."),
        ("sign", "{g:Steinkjer}, 4. mars 2025",
         [("Astrid Følling", "styreleder"), ("Jørn Ole Gran", "nestleder"), ("Mette Kvam Sandvik", "styremedlem"),
          ("Tor Arild Holmli", "styremedlem"), ("Hanne Leirfall", "styremedlem"), ("Eirik Lyngstad", "daglig leder")],
         {"cols": 3}),
    ]
    return {"name": "ogndal-ak-2024", "year": 2024, "title": "Ogndal Arbeid og Kompetanse AS – årsrapport 2024",
            "organization": {"name": "Ogndal Arbeid og Kompetanse AS",
                             "owners": [{"name": "Steinkjer kommune", "share_percent": 70.0},
                                        {"name": "Snåsa kommune", "share_percent": 20.0},
                                        {"name": "Inderøy kommune", "share_percent": 10.0}]},
            "ceo": "Eirik Lyngstad", "board": board, "emp_known": True,
            "not_board": ["Randi Bogen", "Geir Heggstad", "Sunniva Wold", "Kåre Vist", "Ingunn Reitan",
                          "Stian Holm", "Wenche Brandtzæg", "Per Olav Lein"],
            "programs": {"AFT": 40, "VTA": 26}, "items": items, "renditions": ["docx", "pdf"],
            "notes": "Board as Faste medlemmer | Personlige varamedlemmer, roles in brackets; budget column optional."}


def valdres_landbruk_2016() -> dict:
    """Nynorsk IKS for Vang, Vestre Slidre and Øystre Slidre, 2016: board as "Name – verv – kommune"
    lines; representantskapet in one paragraph; 1000 kr statement unruled."""
    cols = [Col("Rekneskap 2016", 2016), Col("Rekneskap 2015", 2015)]
    res = Statement("Driftsrekneskap", cols, income(
        "nn", 2,
        inc=[("Overføringar frå eigarkommunane", "", [5840, 5620]), ("Gebyr og sal av tenester", "", [912, 874]),
             ("Statstilskot og prosjektmidlar", "", [1306, 1140])],
        cost=[("Løn og sosiale kostnader", "", [6388, 6012]), ("Husleige og kontordrift", "", [744, 731]),
              ("Andre driftskostnader", "", [688, 702])],
        fin=[("Renteinntekter", "", [42, 51])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader"}),
        unit=1000, label_header="Tal i 1000 kr", render="unruled")
    bal = Statement("Balanse", cols, balance(
        "nn", 2, fixed=[],
        current=[("Kundefordringar", "", [310, 288]), ("Bankinnskot", "", "plug")],
        equity=[("Eigenkapitalinnskot", "", [300, 300]), ("Disposisjonsfond", "", [682, 556])],
        long=[("Pensjonsforplikting", "", [1410, 1322])],
        short=[("Skuldig offentlege avgifter", "", [388, 371]), ("Anna kortsiktig gjeld", "", [402, 415])]),
        unit=1000, label_header="Tal i 1000 kr", render="unruled")
    board = [("Ingrid Haugen", "LEDE", False), ("Nils Arne Rudi", "NEST", False), ("Solveig Bøe", "MEDL", False),
             ("Ola Bakkom", "MEDL", True), ("Astri Rogne", "VARA", None), ("Håvard Sørlie", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2016"),
        ("p", "Valdres Landbruksteneste IKS", {"bold": True, "size": 13}),
        ("bh", "1. Om selskapet"),
        ("p", "Selskapet tek hand om landbruksforvaltninga for {g:Vang}, {g:Vestre Slidre} og {g:Øystre Slidre}, "
              "med kontor på {g:Heggenes}. Eigarane har desse eigardelane: "
              "{g:Vang kommune|Vang} {p:30 %|eigardel}, {g:Vestre Slidre kommune|Vestre Slidre} {p:35 %|eigardel} og "
              "{g:Øystre Slidre kommune|Øystre Slidre} {p:35 %|eigardel}. Selskapet vart skipa i 2009."),
        ("bh", "2. Representantskap og styre"),
        ("p", "Representantskapet har i 2016 vore: Jon Håkon Brenna (leiar), {g:Vang}; Kari Thune Ødegård, "
              "{g:Vestre Slidre} og Torleiv Skrindo, {g:Øystre Slidre}. Representantskapet hadde to møte."),
        ("p", "Styret har vore samansett slik:"),
        ("p", "Ingrid Haugen – styreleiar – {g:Vestre Slidre kommune|Vestre Slidre}"),
        ("p", "Nils Arne Rudi – nestleiar – {g:Vang kommune|Vang}"),
        ("p", "Solveig Bøe – styremedlem – {g:Øystre Slidre kommune|Øystre Slidre}"),
        ("p", "Ola Bakkom – styremedlem – vald av dei tilsette"),
        ("p", "Varamedlemer: Astri Rogne og Håvard Sørlie. Styret har hatt 6 møte og handsama 31 saker."),
        ("bh", "3. Tilsette"),
        ("p", "Dagleg leiar er Marte Hovda. Elles har selskapet hatt fire tilsette: landbruksrådgjevarane "
              "Arnfinn Tveit og Guri Myhre, skogbrukssjef Petter Lunde og konsulent Bjørg Rust. "
              "Sjukefråværet var {p:3,1 %|sjukefråværet}. Det er ikkje meldt om skadar."),
        ("bh", "4. Økonomi"),
        ("p", f"Rekneskapen viser eit overskot på {res.fmt(res.lines[-1].values[0])} 000 kroner, som vert "
              "sett av til disposisjonsfond. Revisjonen er utført av Fjellrevisjon IKS ved oppdragsansvarleg "
              "revisor Tove Haldorsen."),
        ("stmt", res, {"title": "Driftsrekneskap"}),
        ("stmt", bal, {"title": "Balanse 31.12."}),
        ("p", "Styret takkar kontrollutvalet sin leiar Berit Strand og alle samarbeidspartar for året."),
        ("sign", "{g:Heggenes}, 16. februar 2017",
         [("Ingrid Haugen", "styreleiar"), ("Nils Arne Rudi", "nestleiar"), ("Solveig Bøe", "styremedlem"),
          ("Ola Bakkom", "styremedlem")], {"cols": 2}),
    ]
    return {"name": "valdres-landbruk-iks-2016", "year": 2016, "title": "Valdres Landbruksteneste IKS – årsmelding 2016",
            "organization": {"name": "Valdres Landbruksteneste IKS", "founded_year": 2009,
                             "owners": [{"name": "Vang kommune", "share_percent": 30.0},
                                        {"name": "Vestre Slidre kommune", "share_percent": 35.0},
                                        {"name": "Øystre Slidre kommune", "share_percent": 35.0}]},
            "ceo": "Marte Hovda", "board": board, "emp_known": True,
            "not_board": ["Jon Håkon Brenna", "Kari Thune Ødegård", "Torleiv Skrindo", "Arnfinn Tveit", "Guri Myhre",
                          "Petter Lunde", "Bjørg Rust", "Tove Haldorsen", "Berit Strand"],
            "not_places": ["Valdres Landbruksteneste IKS"],
            "items": items, "renditions": ["docx", "pdf"],
            "notes": "Nynorsk IKS; board as 'Name – verv – kommune' paragraphs; representantskap as one paragraph."}


REPORTS = [nausta_arbeid_2001, ogndal_ak_2024, valdres_landbruk_2016]
