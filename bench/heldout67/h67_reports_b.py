"""Three of the sixty-seventh set's reports: a stiftelse's årsmelding (bokmål), a kommunalt foretak's
årsberetning (bokmål) and an IKS's årsmelding (nynorsk). Organisations, people and figures are
invented; places are real and valid in the report's year."""
from __future__ import annotations

from h67_figures import carried, line_value, printed
from h67_word import Tabbed
from heldout_finance import BUDGET, Col, Statement, balance, income

# ---------- Stiftelsen Holtsbrekka Bygdetun, Nome (Telemark), årsmelding 2003 ----------

def holtsbrekka_bygdetun_2003() -> dict:
    cols = [Col("2003", 2003), Col("2002", 2002)]
    inc = [("Driftstilskudd fra kommunen", "2", [180000, 175000]),
           ("Tilskudd fra fylkeskommunen", "2", [60000, 60000]),
           ("Billettinntekter", "", [78500, 70110]),
           ("Salg i butikk og kafé", "", [64230, 58940]),
           ("Utleie av låven", "", [22000, 18500]),
           ("Gaver", "", [15000, 4000])]
    cost = [("Lønn og sosiale kostnader", "3", [236480, 224300]),
            ("Vedlikehold bygninger", "", [58760, 44210]),
            ("Strøm og forsikring", "", [31420, 29880]),
            ("Varekjøp butikk og kafé", "", [32050, 30100]),
            ("Avskrivninger", "4", [12000, 12000]),
            ("Andre driftskostnader", "", [21330, 19870])]
    fin = [("Renteinntekter", "", [3960, 5120])]
    lines = income("nb", 2, inc, cost, fin, labels={"fin": "Finansposter", "net_fin": None})
    result = [line_value(lines, "Årsresultat", c) for c in (0, 1)]
    style = {"text_width": 15.8, "step": 2.8}
    st = Tabbed("Resultatregnskap", cols, lines, note_col="Noter", render="tabs", **style)
    bal = Tabbed("Balanse pr. 31. desember", cols, balance(
        "nb", 2,
        fixed=[("Bygninger og inventar", "4", [204000, 216000])],
        current=[("Varelager", "", [18400, 16900]), ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "", [100000, 100000]),
                ("Annen egenkapital", "", [round(a + r, 2) for a, r in zip(carried(217390, result), result)])],
        long=[],
        short=[("Skyldige feriepenger og skatt", "", [28940, 26120]), ("Leverandørgjeld", "", [7360, 11480])],
        labels={"eq_debt": "Egenkapital og gjeld", "debt": None}), note_col="Noter", render="tabs", **style)
    res = printed(st, "Årsresultat", 0)
    board = [("Halvor Aasmundstad", "LEDE", None), ("Inger Lise Fosstveit", "NEST", None),
             ("Olav Kittilsen Moen", "MEDL", None), ("Torunn Hegland", "MEDL", None),
             ("Kjetil Bakkane", "MEDL", None), ("Sissel Rue", "VARA", None), ("Eivind Tveitan", "VARA", None)]
    items = [
        ("cover", [("Stiftelsen Holtsbrekka Bygdetun", {"size": 22, "bold": True, "before": 140}),
                   ("Årsmelding 2003", {"size": 16, "before": 40}),
                   ("Holtsbrekka, 3830 {g:Ulefoss}  ·  tlf. 35 94 61 20", {"size": 10, "before": 300})]),
        ("h", 1, "Om stiftelsen"),
        ("p", "Stiftelsen ble opprettet i 1969 av {g:Nome kommune|Nome}, {g:Nome} historielag og grunneierne på "
              "Holtsbrekka. Formålet er å ta vare på tunet og husene og å formidle bygdehistorie fra "
              "{g:Telemark}. Tunet har åtte bygninger, den eldste fra 1740-årene."),
        ("h", 1, "Styret"),
        ("p", "Styret har i 2003 hatt denne sammensetningen:"),
        ("table", [["Verv", "Navn", "Oppnevnt av"],
                   ["Styreleder", "Halvor Aasmundstad", "{g:Nome kommune|Nome}"],
                   ["Nestleder", "Inger Lise Fosstveit", "{g:Telemark} fylkeskommune"],
                   ["Styremedlem", "Olav Kittilsen Moen", "{g:Nome} historielag"],
                   ["Styremedlem", "Torunn Hegland", "{g:Nome kommune|Nome} (fra 1. juni)"],
                   ["Styremedlem", "Kjetil Bakkane", "Venneforeningen"],
                   ["Varamedlem", "Sissel Rue", "{g:Nome kommune|Nome}"],
                   ["Varamedlem", "Eivind Tveitan", "{g:Telemark} fylkeskommune"]],
         {"ruled": True, "widths": [3.2, 5.4, 6.6], "size": 9.5, "shade_header": "DDDDDD"}),
        ("p", "Anders Moland var styremedlem oppnevnt av kommunen fram til 1. juni, da han flyttet fra "
              "{g:Nome}. Kommunestyret oppnevnte Torunn Hegland i hans sted. Styret har hatt seks møter og "
              "behandlet 31 saker."),
        ("p", "Daglig leder er Gunhild Aasen, i {p:60 %|stilling} stilling. Regnskapet føres av "
              "regnskapsfører Berit Gausvik, og revisor er statsautorisert revisor Jan Erik Holtan."),
        ("h", 1, "Virksomheten i 2003"),
        ("p", "Tunet var åpent fra 15. juni til 17. august. Vi hadde 3 140 besøkende, en økning på "
              "{p:12 %|besøkende} fra året før. Fjorten skoleklasser fra {g:Nome} og {g:Bø} var på besøk i mai og "
              "september, og låven ble leid ut til elleve bryllup og familieselskaper."),
        ("p", "I juli holdt vi kurs i tradisjonshåndverk sammen med husflidslaget på {g:Lunde}, og julemarkedet "
              "30. november hadde 46 utstillere fra {g:Ulefoss}, {g:Helgen} og {g:Skien}."),
        ("p", "Dugnadsgjengen under ledelse av Hallvard Nordbø la nytt torvtak på stabburet. Stiftelsen takker "
              "for en stor innsats, og takker også kommunen og fylkeskommunen for driftstilskuddet."),
        ("h", 1, "Økonomi"),
        ("p", f"Årsresultatet ble {res} kroner, som overføres til annen egenkapital. Styret mener at "
              "regnskapet gir et riktig bilde av stiftelsens stilling, og at forutsetningen om fortsatt drift "
              "er til stede."),
        ("break",),
        ("stmt", st, {"title": "Resultatregnskap 2003"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2003"}),
        ("h", 2, "Noter"),
        ("ol", ["Regnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak.",
                "Tilskuddene er gitt til drift og er inntektsført i det året de gjelder.",
                "Stiftelsen har én fast ansatt. Styret har ikke fått honorar.",
                "Bygninger og inventar avskrives med 12 000 kroner per år."]),
        ("sign", "{g:Ulefoss}, 12. februar 2004",
         [("Halvor Aasmundstad", "styreleder"), ("Inger Lise Fosstveit", "nestleder"),
          ("Olav Kittilsen Moen", ""), ("Torunn Hegland", ""), ("Kjetil Bakkane", "")], {"cols": 3}),
    ]
    return {
        "name": "holtsbrekka-bygdetun-2003", "lang": "nb", "year": 2003,
        "title": "Årsmelding 2003", "author": "Gunhild",
        "font": "DejaVu Serif", "body_pt": 10.5,
        "header": "Stiftelsen Holtsbrekka Bygdetun – årsmelding 2003", "footer": "{PAGE}",
        "organization": {"name": "Stiftelsen Holtsbrekka Bygdetun", "founded_year": 1969,
                         "address": "Holtsbrekka, 3830 Ulefoss", "phone": "35 94 61 20"},
        "ceo": "Gunhild Aasen", "board": board, "items": items, "renditions": ["docx", "pdf"],
        "places_optional": ["Holtsbrekka"],
        "not_board": ["Anders Moland", "Gunhild Aasen", "Berit Gausvik", "Jan Erik Holtan", "Hallvard Nordbø"],
        "notes": "Stiftelse, bokmål. Board as a ruled Verv | Navn | Oppnevnt av table (kommune, fylkeskommune, "
                 "historielag, venneforening); a member who moved away mid-year and her successor; signatures "
                 "without titles for three members. Tab-stop statements with a Noter column, 2003 | 2002 in "
                 "whole kroner.",
    }


# ---------- Eidsberg Bygg og Eiendom KF, Eidsberg (Østfold), årsberetning 2013 ----------

def eidsberg_eiendom_kf_2013() -> dict:
    cols = [Col("Regnskap 2013", 2013), Col("Regulert budsjett 2013", 2013, BUDGET), Col("Regnskap 2012", 2012)]
    inc = [("Husleie fra kommunens tjenester", "2", [38412, 38300, 36950]),
           ("Husleie kommunale boliger", "", [11268, 11000, 10874]),
           ("Andre salgs- og leieinntekter", "", [2143, 1900, 2310]),
           ("Refusjoner", "3", [1876, 1200, 2045])]
    cost = [("Lønn og sosiale utgifter", "4", [16905, 17150, 16220]),
            ("Kjøp av varer og tjenester", "", [19734, 19300, 19118]),
            ("Energi", "", [5612, 5900, 5877]),
            ("Avskrivninger", "5", [6540, 6540, 6210])]
    fin = [("Renteinntekter", "", [412, 350, 488]), ("Renteutgifter", "6", [-3918, -4100, -3874])]
    labels = {"sum_cost": "Sum driftsutgifter", "cost": "Driftsutgifter", "op": "Brutto driftsresultat",
              "fin": "Finansposter", "net_fin": None, "result": "Netto driftsresultat"}
    lines = income("nb", 3, inc, cost, fin, labels=labels)
    st = Statement("Driftsregnskap", cols, lines, unit=1000, note_col="Note", label_header="Beløp i 1000 kr",
                   render="unruled")
    result = [line_value(lines, "Netto driftsresultat", c) for c in (0, 2)]
    fund = carried(490, result)
    bal = Statement("Balanse", [Col("31.12.2013", 2013), Col("31.12.2012", 2012)], balance(
        "nb", 2,
        fixed=[("Bygninger og anlegg", "5", [168420, 171960]), ("Utstyr og kjøretøy", "5", [3140, 2870])],
        current=[("Kortsiktige fordringer", "", [4380, 3915]), ("Bankinnskudd", "", "plug")],
        equity=[("Kapitalkonto", "", [29600, 28980]),
                ("Disposisjonsfond", "", [round(f + r, 2) for f, r in zip(fund, result)])],
        long=[("Lån i Husbanken og Kommunalbanken", "6", [142300, 146750])],
        short=[("Leverandørgjeld", "", [3920, 4460]), ("Annen kortsiktig gjeld", "", [2180, 1950])],
        labels={"eq_debt": "Egenkapital og gjeld", "debt": None}),
        unit=1000, note_col="Note", label_header="Beløp i 1000 kr", render="unruled")
    net = printed(st, "Netto driftsresultat", 0)
    net_budget = printed(st, "Netto driftsresultat", 1).lstrip("-")
    board = [("Kjell Arne Vestby", "LEDE", False), ("Anne Grete Solberg", "NEST", False),
             ("Rune Haugsten", "MEDL", False), ("Lisbeth Kråkstad", "MEDL", False),
             ("Tor Vidar Eng", "MEDL", True), ("Harald Skjørshammer", "VARA", None),
             ("Marianne Tveter", "VARA", None), ("Bjørn Erik Lie", "VARA", None),
             ("Hege Brødremoen", "VARA", None)]
    tab = {"stops": [(5.6, "left"), (9.0, "left")]}
    items = [
        ("p", "Eidsberg Bygg og Eiendom KF", {"size": 18}),
        ("h", 1, "Årsberetning 2013"),
        ("h", 2, "1. Foretaket"),
        ("p", "Eidsberg Bygg og Eiendom KF er et kommunalt foretak etter kommuneloven kapittel 11, opprettet "
              "1. januar 2006. Foretaket forvalter, drifter og vedlikeholder kommunens skoler, barnehager, "
              "sykehjem, idrettshaller og 212 utleieboliger i {g:Eidsberg}. Kontoret ligger i rådhuset på "
              "{g:Mysen}, Storgata 8, 1850 {g:Mysen}, telefon 69 89 20 00, e-post post@eidsberg-eiendom.no."),
        ("h", 2, "2. Styret og administrasjonen"),
        ("p", "Styret har i 2013 bestått av:"),
        ("tabs", [["Kjell Arne Vestby", "leder", "oppnevnt av kommunestyret"],
                  ["Anne Grete Solberg", "nestleder", "oppnevnt av kommunestyret"],
                  ["Rune Haugsten", "medlem", "oppnevnt av kommunestyret"],
                  ["Lisbeth Kråkstad", "medlem", "oppnevnt av kommunestyret"],
                  ["Tor Vidar Eng", "medlem", "valgt av de ansatte"]], tab),
        ("p", "Varamedlemmer for de kommunevalgte, i rekkefølge:"),
        ("ol", ["Harald Skjørshammer", "Marianne Tveter", "Bjørn Erik Lie"]),
        ("p", "Varamedlem for de ansatte: Hege Brødremoen."),
        ("p", "Styret har hatt 9 møter og behandlet 58 saker. Ordfører Steinar Krog og rådmann Vigdis Eikeland "
              "har møtt med talerett. Daglig leder Per Olav Strømnes er styrets sekretær. Kontrollutvalgets "
              "leder, Åse Marie Grindvold, var til stede på to møter."),
        ("h", 2, "3. Drift og vedlikehold"),
        ("p", "Utleiegraden for de kommunale boligene var {p:96,5 %|utleiegraden}. Det ble gjennomført "
              "vedlikehold for 7,2 millioner kroner, blant annet nytt tak på {g:Hærland} skole og nye vinduer i "
              "{g:Trømborg} barnehage. Energiforbruket i formålsbyggene gikk ned med {p:3,2 %|energiforbruket} "
              "etter at styringsanlegget i Mysenhallen ble skiftet."),
        ("p", "Foretaket har samarbeidet med {g:Askim} om felles innkjøp av renholdsmidler og med "
              "{g:Østfold} fylkeskommune om drift av idrettshallen ved den videregående skolen."),
        ("h", 2, "4. Arbeidsmiljø og likestilling"),
        ("p", "Foretaket hadde 41 ansatte i 36,4 årsverk ved utgangen av året. Sykefraværet var "
              "{p:4,8 %|sykefraværet}, mot {p:6,1 %|2012} i 2012. Det har ikke vært skader som har ført til "
              "fravær. Av de ansatte er {p:44 %|kvinner} kvinner; styret har tre kvinner og to menn."),
        ("h", 2, "5. Økonomi"),
        ("p", f"Driftsregnskapet viser et netto driftsresultat på {net} 000 kroner. Regulert budsjett hadde et "
              f"negativt netto driftsresultat på {net_budget} 000 kroner. Mindreforbruket avsettes til "
              "disposisjonsfond. Regnskapet er revidert av revisor Terje Holtet."),
        ("break",),
        ("stmt", st, {"title": "Driftsregnskap 2013"}),
        ("stmt", bal, {"title": "Balanse 31.12.2013"}),
        ("h", 2, "6. Utsikter"),
        ("p", "I 2014 skal foretaket starte byggingen av ny barnehage på {g:Mysen}. Styret vil takke de ansatte "
              "for godt arbeid i 2013."),
        ("sign", "{g:Mysen}, 18. februar 2014",
         [("Kjell Arne Vestby", "leder"), ("Anne Grete Solberg", "nestleder"), ("Rune Haugsten", ""),
          ("Lisbeth Kråkstad", ""), ("Tor Vidar Eng", ""), ("Per Olav Strømnes", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "eidsberg-eiendom-kf-2013", "lang": "nb", "year": 2013,
        "title": "Årsberetning 2013", "author": "Per Olav",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "1F3B5A",
        "header": "Årsberetning 2013", "footer": "Side {PAGE}",
        "organization": {"name": "Eidsberg Bygg og Eiendom KF", "founded_year": 2006,
                         "address": "Storgata 8, 1850 Mysen", "phone": "69 89 20 00",
                         "email": "post@eidsberg-eiendom.no"},
        "ceo": "Per Olav Strømnes", "board": board, "items": items, "renditions": ["docx", "pdf"],
        "places_optional": ["Storgata"],
        "not_places": ["Mysenhallen"],
        "not_board": ["Steinar Krog", "Vigdis Eikeland", "Per Olav Strømnes", "Åse Marie Grindvold",
                      "Terje Holtet"],
        "notes": "Kommunalt foretak, bokmål. Board as tab-stop lines 'Name ⇥ role ⇥ oppnevnt av "
                 "kommunestyret / valgt av de ansatte'; deputies as a numbered list and one sentence; "
                 "ordfører, rådmann, daglig leder, kontrollutvalgets leder and revisor not board. Unruled "
                 "statements with a Note column, 'Beløp i 1000 kr', Regnskap | Regulert budsjett | Regnskap "
                 "i fjor (budget optional).",
    }


# ---------- Hareidlandet Vatn IKS, Ulstein/Hareid/Herøy (Møre og Romsdal), årsmelding 2024 ----------

def hareidlandet_vatn_iks_2024() -> dict:
    cols = [Col("Rekneskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Rekneskap 2023", 2023)]
    inc = [("Sal av vatn til eigarkommunane", "2", [41860, 41500, 38920]),
           ("Tilknytingsgebyr", "", [2318, 1800, 1946]),
           ("Andre driftsinntekter", "", [615, 500, 702])]
    cost = [("Lønnskostnader", "3", [9742, 9900, 9215]),
            ("Kjemikaliar og analysar", "", [3184, 3000, 2956]),
            ("Straum", "", [4417, 5200, 5918]),
            ("Vedlikehald leidningsnett", "", [6925, 6500, 6103]),
            ("Avskrivingar", "4", [8560, 8600, 8020]),
            ("Andre driftskostnader", "", [3611, 3400, 3287])]
    fin = [("Renteinntekter", "", [488, 300, 355]), ("Rentekostnader", "5", [-5640, -5900, -4870])]
    lines = income("nn", 3, inc, cost, fin, labels={"fin": "Finanspostar", "net_fin": "Netto finanspostar"})
    st = Statement("Resultatrekneskap", cols, lines, unit=1000, note_col="Note", label_header="Tal i 1000 kr",
                   render="ruled")
    result = [line_value(lines, "Årsresultat", c) for c in (0, 2)]
    bal = Statement("Balanse", [Col("31.12.2024", 2024), Col("31.12.2023", 2023)], balance(
        "nn", 2,
        fixed=[("Vassbehandlingsanlegg", "4", [61240, 64100]),
               ("Leidningsnett og pumpestasjonar", "4", [118730, 112480])],
        current=[("Kundefordringar", "", [6215, 5840]), ("Bankinnskot", "", "plug")],
        equity=[("Innskoten eigenkapital", "", [12000, 12000]),
                ("Annan eigenkapital", "", [round(a + r, 2) for a, r in zip(carried(8262, result), result)])],
        long=[("Lån i Kommunalbanken", "5", [158400, 154900])],
        short=[("Leverandørgjeld", "", [3870, 4215]), ("Skuldige offentlege avgifter", "", [1145, 1087]),
               ("Anna kortsiktig gjeld", "", [2330, 1960])]),
        unit=1000, note_col="Note", label_header="Tal i 1000 kr", render="ruled")
    res = printed(st, "Årsresultat", 0)
    board = [("Jarle Hatlø", "LEDE", False), ("Marianne Osnes Dimmen", "NEST", False),
             ("Knut Roald Vågen", "MEDL", False), ("Oddny Bakke Hjelle", "MEDL", False),
             ("Petter Grimstad", "MEDL", True), ("Linn Kristin Runde", "VARA", None),
             ("Rolf Are Kvalsund", "VARA", None), ("Åse Myklebust Gjerde", "VARA", None),
             ("Vegard Bjørkedal", "VARA", None)]
    items = [
        ("cover", [("Hareidlandet Vatn IKS", {"size": 24, "bold": True, "before": 140}),
                   ("Årsmelding og rekneskap 2024", {"size": 15, "before": 30}),
                   ("Eigd av {g:Ulstein kommune|Ulstein}, {g:Hareid kommune|Hareid} og "
                    "{g:Herøy kommune|Herøy}", {"size": 11, "italic": True, "before": 40}),
                   ("Skipa 1998  ·  Osnesvegen 14, 6065 {g:Ulsteinvik}  ·  www.hlvatn.no",
                    {"size": 9, "before": 300})]),
        ("h", 1, "1. Om selskapet"),
        ("p", "Selskapet er eit interkommunalt selskap etter IKS-lova og leverer drikkevatn til abonnentane på "
              "{g?:Hareidlandet} og i delar av {g:Herøy}. Vasskjelda er Eiksundvatnet, og vassbehandlingsanlegget "
              "ligg ved {g:Brandal}. Eigardelane er fastsette i selskapsavtalen:"),
        ("table", [["Eigar", "Eigardel", "Abonnentar"],
                   ["{g:Ulstein kommune|Ulstein}", "{p:52 %}", "3 412"],
                   ["{g:Hareid kommune|Hareid}", "{p:33 %}", "2 160"],
                   ["{g:Herøy kommune|Herøy}", "{p:15 %}", "918"]],
         {"ruled": True, "widths": [6.0, 3.0, 3.0], "size": 9.5}),
        ("h", 1, "2. Organ og tillitsvalde"),
        ("p", "Representantskapet har hatt to møte. Leiar har vore Sigrun Vartdal ({g:Ulstein}), med Terje "
              "Moldskred ({g:Hareid}) som nestleiar og Heidi Bjørnevik ({g:Herøy}) som medlem."),
        ("p", "Styret har i 2024 hatt denne samansetjinga:"),
        ("p", "Styreleiar Jarle Hatlø – {g:Ulstein kommune|Ulstein}", {"indent": 0.6}),
        ("p", "Nestleiar Marianne Osnes Dimmen ({g:Hareid kommune|Hareid})", {"indent": 0.6}),
        ("p", "Styremedlem Knut Roald Vågen, oppnemnd av {g:Herøy kommune|Herøy}", {"indent": 0.6}),
        ("p", "Styremedlem Oddny Bakke Hjelle – {g:Ulstein kommune|Ulstein}", {"indent": 0.6}),
        ("p", "Styremedlem Petter Grimstad, vald av og blant dei tilsette", {"indent": 0.6}),
        ("p", "Varamedlemer har vore Linn Kristin Runde ({g:Ulstein kommune|Ulstein}), Rolf Are Kvalsund "
              "({g:Hareid kommune|Hareid}) og Åse Myklebust Gjerde ({g:Herøy kommune|Herøy}), og Vegard "
              "Bjørkedal for dei tilsette."),
        ("p", "Styret har hatt 8 møte og handsama 47 saker. Dagleg leiar er Sindre Flø. Revisor er "
              "Mona Hjørungdal, statsautorisert revisor."),
        ("h", 1, "3. Drift i 2024"),
        ("p", "Selskapet leverte 2,41 millionar kubikkmeter vatn. Vasstapet i leidningsnettet gjekk ned til "
              "{p:21 %|vasstapet} av produsert mengd, frå {p:24 %|i 2023} i 2023, etter at 3,2 km gamle "
              "støypejarnsleidningar mellom {g:Ulsteinvik} og {g:Hareid} vart skifta. Alle 52 prøvene tekne "
              "etter drikkevassforskrifta var utan merknad."),
        ("p", "Straumkostnaden vart lågare enn budsjettert fordi den nye pumpestasjonen ved Flø har betre "
              "verknadsgrad. Gebyra til eigarkommunane aukar med {p:6,5 %|gebyra} i 2025 for å dekkje renter "
              "og avdrag på det nye høgdebassenget."),
        ("h", 1, "4. Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Selskapet hadde ved årsskiftet 12 tilsette, av dei tre kvinner. Sjukefråværet var "
              "{p:3,9 %|sjukefråværet}. Styret har to kvinner og tre menn. Verksemda ureinar ikkje det ytre "
              "miljøet ut over det som følgjer av løyva frå Statsforvaltaren i {g:Møre og Romsdal}."),
        ("h", 1, "5. Økonomi"),
        ("p", f"Resultatrekneskapen viser eit årsresultat på {res} 000 kroner, som styret gjer framlegg om å "
              "føre til annan eigenkapital. Årsrekneskapen er sett opp under føresetnad om vidare drift. "
              "Styret takkar representantskapet, dei tilsette og leiaren i kontrollutvalet i {g:Ulstein}, "
              "Kjellaug Sæter, for godt samarbeid."),
        ("stmt", st, {"title": "Resultatrekneskap 2024"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2024"}),
        ("sign", "{g:Ulsteinvik}, 27. februar 2025",
         [("Jarle Hatlø", "styreleiar"), ("Marianne Osnes Dimmen", "nestleiar"),
          ("Knut Roald Vågen", "styremedlem"), ("Oddny Bakke Hjelle", "styremedlem"),
          ("Petter Grimstad", "styremedlem"), ("Sindre Flø", "dagleg leiar")], {"cols": 3}),
    ]
    return {
        "name": "hareidlandet-vatn-iks-2024", "lang": "nn", "year": 2024,
        "title": "Årsmelding 2024", "author": "Sindre",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "0B4F6C",
        "header": "Hareidlandet Vatn IKS  ·  Årsmelding 2024", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Hareidlandet Vatn IKS", "founded_year": 1998,
                         "address": "Osnesvegen 14, 6065 Ulsteinvik", "website": "www.hlvatn.no",
                         "owners": [{"name": "Ulstein kommune", "share_percent": 52},
                                    {"name": "Hareid kommune", "share_percent": 33},
                                    {"name": "Herøy kommune", "share_percent": 15}]},
        "ceo": "Sindre Flø", "board": board, "items": items, "renditions": ["docx", "pdf"],
        "places_optional": ["Eiksundvatnet", "Flø", "Osnesvegen"],
        "not_board": ["Sigrun Vartdal", "Terje Moldskred", "Heidi Bjørnevik", "Sindre Flø", "Mona Hjørungdal",
                      "Kjellaug Sæter"],
        "notes": "IKS, nynorsk. The name only on the cover and in the running header. Owners in a ruled table "
                 "(52/33/15). Board as one paragraph per member with the owner three ways ('– Ulstein "
                 "kommune', '(Hareid kommune)', ', oppnemnd av Herøy kommune'), the employees' member 'vald "
                 "av og blant dei tilsette'; representantskapet in prose with places in brackets; the dagleg "
                 "leiar's surname is also a place (Flø). Ruled statements with a Note column, 'Tal i 1000 kr', "
                 "Rekneskap | Budsjett | Rekneskap i fjor (budget optional).",
    }


REPORTS = [holtsbrekka_bygdetun_2003, eidsberg_eiendom_kf_2013, hareidlandet_vatn_iks_2024]
