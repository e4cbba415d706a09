"""The twenty-ninth held-out set, part two: an LHL lokallag, a nynorsk husflidslag with this year's
and last year's board side by side, and a typed musikkforening's årsmelding from 1992 (the scan).
Invented organisations, people and figures; real places valid in the year.
"""
from __future__ import annotations

from h3_render import Kroner
from h29_reports_a import kr, result_of
from heldout_finance import BUDGET, Col, Statement, balance, income


# ---------------------------------------------------------------- LHL Sigerfjord 2012

def lhl_sigerfjord_2012() -> dict:
    board = [("Astrid Nygård", "LEDE", None), ("Jan Roald Pettersen", "NEST", None),
             ("Wenche Strøm", "MEDL", None), ("Odd Kåre Hansen", "MEDL", None),
             ("Gunn Iren Aakre", "MEDL", None), ("Rolf Ellingsen", "VARA", None), ("Bente Kildal", "VARA", None)]
    cols = [Col("Regnskap 2012", 2012), Col("Budsjett 2012", 2012, BUDGET), Col("Regnskap 2011", 2011)]
    inc = [("Medlemskontingent, andel", "", [9350, 9000, 8800]),
           ("Driftstilskudd LHL", "", [12000, 12000, 12000]),
           ("Tilskudd Sortland kommune", "", [8000, 8000, 7000]),
           ("Loddsalg og basar", "", [31480, 28000, 29650]),
           ("Egenandeler trim og turer", "", [22600, 20000, 18300])]
    cost = [("Leie av sal og basseng", "", [24000, 24000, 22500]),
            ("Instruktør hjertetrim", "", [18600, 18000, 17400]),
            ("Medlemsmøter og servering", "", [9870, 10000, 9210]),
            ("Sommertur", "", [17950, 15000, 0]),
            ("Likepersonsarbeid", "", [3420, 4000, 2980]),
            ("Kontorhold og porto", "", [2310, 2500, 2460])]
    fin = [("Renteinntekter", "", [1640, 1200, 1310])]
    lines = income("nb", 3, inc, cost, fin, labels={"inc": "Inntekter", "sum_inc": "Sum inntekter",
                                                     "cost": "Utgifter", "sum_cost": "Sum utgifter",
                                                     "op": None, "fin": None, "net_fin": None,
                                                     "result": "Årets resultat"})
    res12 = result_of(lines, "Årets resultat", 0)
    eq11 = 61_245
    bal = balance("nb", 2, fixed=[], current=[("Kasse", "", [1150, 820]), ("Bank", "", "plug")],
                  equity=[("Egenkapital 31.12.", "", [eq11 + res12, eq11])], long=[],
                  short=[("Skyldig husleie", "", [2000, 0])],
                  labels={"eq_debt": "Gjeld og egenkapital", "current": None, "debt": None, "short": None,
                          "sum_current": None, "sum_eq_debt": "Sum gjeld og egenkapital"})
    items = [
        ("bh", "LHL Sigerfjord", {"size": 18}),
        ("p", "Lokallag av LHL – Landsforeningen for hjerte- og lungesyke", {"italic": True}),
        ("h", 1, "Årsberetning for 2012"),
        ("p", "Laget ble stiftet i 1979 og har medlemmer i hele {g:Sortland} kommune. "
              "Kontakt: lhl.sigerfjord@gmail.com, telefon 76 12 48 30."),
        ("h", 2, "Tillitsvalgte"),
        ("p", "Etter årsmøtet 8. mars 2012 har styret bestått av:"),
        ("li", "Leder: Astrid Nygård"),
        ("li", "Nestleder: Jan Roald Pettersen"),
        ("li", "Kasserer: Wenche Strøm"),
        ("li", "Sekretær: Odd Kåre Hansen"),
        ("li", "Styremedlem: Gunn Iren Aakre"),
        ("li", "Varamedlemmer: Rolf Ellingsen og Bente Kildal"),
        ("p", "Revisor har vært Tone Bergersen. Valgkomiteen har bestått av Hjørdis Larsen og Kåre "
              "Johansen. Likepersoner for hjerte- og lungesyke er Bjørnar Hansen og Eva Marie Rist, "
              "som begge har gått LHLs likepersonskurs."),
        ("h", 2, "Medlemmer"),
        ("p", "Laget hadde 187 medlemmer ved utgangen av 2012, mot 176 året før. Andelen kvinner er "
              "{p:58 %|Andelen kvinner}. Mange av de nye medlemmene har kommet via hjertetrimmen."),
        ("h", 2, "Aktiviteter"),
        ("p", "Hjertetrimmen i Sortlandshallen har gått hver tirsdag og torsdag med fysioterapeut "
              "Silje Rønning som instruktør. Oppmøtet økte med {p:20 prosent|Oppmøtet} fra året før, "
              "og bassengtreningen på {g:Sigerfjord} skole var fulltegnet hele høsten."),
        ("li", "Fem medlemsmøter med foredrag om KOLS, hjertemedisiner, kosthold og trygdespørsmål."),
        ("li", "Dagstur til {g:Lofoten} i juni med 42 deltakere, og julebord på {g:Stokmarknes}."),
        ("li", "Basar i november som ga et overskudd på kr 18 600 til lagets aktiviteter."),
        ("li", "Likepersonene har hatt 36 samtaler med pasienter og pårørende, de fleste etter "
               "utskriving fra sykehuset i {g:Vesterålen}."),
        ("h", 2, "Samarbeid"),
        ("p", "Fylkesleder i LHL {g:Nordland}, Per Gunnar Sletten, var gjest på årsmøtet og orienterte om "
              "LHLs arbeid for bedre rehabilitering i nord. På landsmøtet i juni sa LHLs president, "
              "Eli Skjervold Hoel, at «lokallagene er selve ryggraden i organisasjonen». Laget er også "
              "med i Funksjonshemmedes Fellesorganisasjon sitt kommunale råd, der Jan Roald "
              "Pettersen er vår representant."),
        ("p", "Styret takker alle som har gitt gevinster til basaren, og ikke minst Sortland "
              "Sparebank for gaven til nye treningsmatter."),
        ("h", 2, "Regnskap"),
        ("p", f"Regnskapet for 2012 viser et overskudd på {kr(res12)}. Revisor har gått gjennom "
              "regnskapet og anbefaler at det godkjennes."),
        ("stmt", Kroner("Driftsregnskap 2012", cols, lines, render="tabs")),
        ("stmt", Kroner("Status pr. 31. desember", [Col("2012", 2012), Col("2011", 2011)], bal, render="tabs")),
        ("sign", "{g?:Sortland}, 4. februar 2013",
         [("Astrid Nygård", "leder"), ("Jan Roald Pettersen", "nestleder"), ("Wenche Strøm", "kasserer"),
          ("Odd Kåre Hansen", "sekretær"), ("Gunn Iren Aakre", "styremedlem")]),
    ]
    return {
        "name": "lhl-sigerfjord-2012", "year": 2012, "lang": "nb",
        "title": "LHL Sigerfjord – Årsberetning 2012",
        "organization": {"name": "LHL Sigerfjord", "founded_year": 1979,
                         "email": "lhl.sigerfjord@gmail.com", "phone": "76 12 48 30"},
        "ceo": None,
        "board": board,
        "not_board": ["Tone Bergersen", "Hjørdis Larsen", "Kåre Johansen", "Bjørnar Hansen", "Eva Marie Rist",
                      "Silje Rønning", "Per Gunnar Sletten", "Eli Skjervold Hoel"],
        "not_places": ["Sortlandshallen", "Sortland Sparebank", "Sortland kommune"],
        "items": items,
        "font": "DejaVu Sans", "body_pt": 10,
        "footer": "LHL Sigerfjord · årsberetning 2012",
        "renditions": ["pdf", "doc"],
        "notes": "Lokallag of a national patient organisation. Board as bullet lines 'Role: Name' (two "
                 "varamedlemmer on one line). Likepersoner, the trim instructor, the fylkesleder and the "
                 "national president quoted, the valgkomité and revisor are not board. Statements laid "
                 "out with tab stops; budget optional.",
    }


# ---------------------------------------------------------------- Lifjell husflidslag 2005

def lifjell_husflidslag_2005() -> dict:
    board = [("Gunvor Kivle", "LEDE", None), ("Tone Heggtveit", "NEST", None), ("Aslak Brunkeberg", "MEDL", None),
             ("Margit Nordbø Lia", "MEDL", None), ("Sigrid Homme", "MEDL", None),
             ("Kjersti Flatland", "VARA", None), ("Halvor Dale", "VARA", None)]
    styret = [["Verv", "2005", "2004"],
              ["Leiar", "Gunvor Kivle", "Anne Grete Bjåland"],
              ["Nestleiar", "Tone Heggtveit", "Gunvor Kivle"],
              ["Kasserar", "Aslak Brunkeberg", "Aslak Brunkeberg"],
              ["Skrivar", "Margit Nordbø Lia", "Tone Heggtveit"],
              ["Styremedlem", "Sigrid Homme", "Torleiv Midtbø"],
              ["Varamedlem", "Kjersti Flatland", "Sigrid Homme"],
              ["Varamedlem", "Halvor Dale", "Kjersti Flatland"]]
    cols = [Col("Rekneskap 2005", 2005), Col("Budsjett 2005", 2005, BUDGET), Col("Rekneskap 2004", 2004)]
    inc = [("Kontingentar", "", [17400, 17000, 16650]),
           ("Kursavgifter", "", [48250, 42000, 39900]),
           ("Sal i butikken på Dyrskun", "", [36780, 30000, 33120]),
           ("Tilskot frå kommunen og fylket", "", [12500, 12000, 10000]),
           ("Utleige av vevstova", "", [6400, 6000, 5600])]
    cost = [("Kurshaldarar", "", [31200, 28000, 27350]),
            ("Materiale til kurs", "", [14830, 12000, 11460]),
            ("Innkjøp til butikken", "", [21950, 18000, 19820]),
            ("Husleige vevstova", "", [18000, 18000, 18000]),
            ("Kontingent til fylkeslaget", "", [6960, 6800, 6660]),
            ("Møte, reiser og kontor", "", [5940, 6000, 6310])]
    fin = [("Renteinntekter", "", [2230, 1500, 1980])]
    lines = income("nn", 3, inc, cost, fin, labels={"inc": "Inntekter", "sum_inc": "Sum inntekter",
                                                     "cost": "Utgifter", "sum_cost": "Sum utgifter",
                                                     "op": "Driftsresultat", "fin": None,
                                                     "net_fin": None, "result": "Årsresultat"})
    res05 = result_of(lines, "Årsresultat", 0)
    eq04 = 88_640
    bal = balance("nn", 2,
                  fixed=[("Vevstolar og utstyr", "", [12000, 15000])],
                  current=[("Varelager butikk", "", [9800, 8600]), ("Bankinnskot", "", "plug")],
                  equity=[("Eigenkapital", "", [eq04 + res05, eq04])], long=[],
                  short=[("Skuldig kurshaldar", "", [3600, 2400])])
    items = [
        ("h", 1, "Lifjell Husflidslag – årsmelding 2005"),
        ("p", "Lifjell Husflidslag er medlem av Norges Husflidslag gjennom {g:Telemark} Husflidslag. "
              "Laget har vevstova si i gamle skulen i {g:Flatdal} og held kurs over heile {g:Seljord} "
              "kommune."),
        ("h", 2, "Styret"),
        ("p", "Årsmøtet 3. mars 2005 valde nytt styre. Til samanlikning står styret for 2004 i "
              "kolonnen til høgre."),
        ("table", styret, {"ruled": True, "widths": [3.6, 5.5, 5.5], "shade_header": "EFE6D8"}),
        ("p", "Anne Grete Bjåland gjekk av som leiar etter seks år og vart samrøystes vald til "
              "æresmedlem. Torleiv Midtbø gjekk ut av styret. Styret har hatt sju møte."),
        ("h", 2, "Nemnder og tillitsvalde"),
        ("tablines", [["Vevstovenemnda:", "Ingebjørg Tveiten (leiar), Olaug Hovde"],
                      ["Kursnemnda:", "Liv Åsne Fjågesund (leiar), Tone Heggtveit"],
                      ["Butikknemnda:", "Aslaug Sandnes (leiar), Halvor Dale"],
                      ["Valnemnd:", "Jorunn Espeland, Olav Haugen"],
                      ["Revisor:", "Bjørn Telnes"]], {"stops": (4.2,)}),
        ("h", 2, "Medlemmer"),
        ("p", "Laget hadde 116 medlemmer ved årsskiftet, 5 fleire enn året før. Om lag "
              "{p:15 prosent|medlemmene} av medlemmene er under 30 år, og det er fleire enn før."),
        ("h", 2, "Kurs og aktivitet"),
        ("p", "Kursnemnda skipa til 14 kurs med til saman 131 deltakarar. Mest populært var kursa i "
              "rosemåling og i strikking av lusekofte. Oppslutnaden om kursa var {p:94 %|Oppslutnaden} "
              "av plassane."),
        ("table", [["Kurs", "Tal på kurs", "Deltakarar"], ["Vev", "3", "24"], ["Rosemåling", "3", "29"],
                   ["Strikking og hekling", "4", "42"], ["Treskjering", "2", "16"], ["Bunadsøm", "2", "20"]],
         {"ruled": False, "widths": [5.5, 3.0, 3.0]}),
        ("li", "Vevstova var open kvar onsdag frå september til april."),
        ("li", "Laget hadde stand og butikk på Dyrskun i {g:Seljord} i september, med god omsetnad."),
        ("li", "Fire medlemmer var med på landsmøtet i Norges Husflidslag i {g:Trondheim}."),
        ("p", "Styret vil takke Anne Grete Bjåland for stor innsats gjennom mange år, og "
              "fylkesleiar Ragnhild Tufte i {g?:Telemark} Husflidslag for god hjelp med kursplanen."),
        ("h", 2, "Rekneskap"),
        ("stmt", Kroner("Resultatrekneskap 2005", cols, lines, render="ruled")),
        ("stmt", Kroner("Balanse 31.12.2005", [Col("2005", 2005), Col("2004", 2004)], bal, render="ruled")),
        ("p", f"Overskotet på {kr(res05)} vert overført til eigenkapitalen. Revisor Bjørn Telnes har "
              "gått gjennom rekneskapen og har ingen merknader."),
        ("sign", "{g:Seljord}, 1. februar 2006",
         [("Gunvor Kivle", "leiar"), ("Tone Heggtveit", "nestleiar"), ("Aslak Brunkeberg", "kasserar"),
          ("Margit Nordbø Lia", "skrivar"), ("Sigrid Homme", "styremedlem")]),
    ]
    return {
        "name": "lifjell-husflidslag-2005", "year": 2005, "lang": "nn",
        "title": "Lifjell Husflidslag – årsmelding 2005",
        "organization": {"name": "Lifjell Husflidslag"},
        "ceo": None,
        "board": board,
        "not_board": ["Anne Grete Bjåland", "Torleiv Midtbø", "Ingebjørg Tveiten", "Olaug Hovde",
                      "Liv Åsne Fjågesund", "Aslaug Sandnes", "Jorunn Espeland", "Olav Haugen", "Bjørn Telnes",
                      "Ragnhild Tufte"],
        "items": items,
        "font": "DejaVu Serif", "body_pt": 10,
        "header": "Lifjell Husflidslag",
        "footer": "{PAGE}",
        "renditions": ["docx", "pdf"],
        "notes": "Nynorsk husflidslag. The board of 2005 in a ruled table beside the 2004 board "
                 "(Verv | 2005 | 2004): the 2004 leavers (the old leiar, now æresmedlem) are not board; "
                 "members moved to other roles take their 2005 role. Nemnd leaders, valnemnd, revisor, "
                 "the fylkesleiar thanked are not board. Budget optional.",
    }


# ---------------------------------------------------------------- Grua Musikkforening 1992 (typed)

def grua_musikkforening_1992() -> dict:
    board = [("Tore Granum", "LEDE", None), ("Berit Lysen", "NEST", None), ("Kjell Åge Bråthen", "MEDL", None),
             ("Anne Lise Gulbrandsen", "MEDL", None), ("Ivar Nyhus", "MEDL", None),
             ("Liv Hagen", "VARA", None), ("Odd Sandum", "VARA", None)]
    cols = [Col("1992", 1992), Col("1991", 1991)]
    inc = [("Medlemskontingent", "", [14400, 13200]), ("Kommunalt tilskudd", "", [18000, 16000]),
           ("Konserter og spilleoppdrag", "", [22650, 19800]), ("Loddsalg og dugnad", "", [27300, 24150]),
           ("Renter", "", [1840, 2110])]
    cost = [("Dirigentlønn", "", [42000, 40000]), ("Noter og instrumentreparasjon", "", [11760, 14950]),
            ("Uniformer", "", [9500, 0]), ("Leie av øvingslokale", "", [6000, 6000]),
            ("Kontingent til forbundet", "", [4380, 4110]), ("Diverse", "", [2970, 3340])]
    lines = income("nb", 2, inc, cost, labels={"inc": "Inntekter:", "sum_inc": "Sum inntekter",
                                               "cost": "Utgifter:", "sum_cost": "Sum utgifter",
                                               "op": None, "result": "Årets resultat"})
    res92 = result_of(lines, "Årets resultat", 0)
    items = [
        ("p", "GRUA MUSIKKFORENING", {"bold": True}),
        ("p", "ÅRSMELDING FOR 1992", {"bold": True}),
        ("p", "Styret har i 1992 bestått av:"),
        ("tablines", [["Formann:", "Tore Granum"], ["Nestformann:", "Berit Lysen"],
                      ["Sekretær:", "Kjell Åge Bråthen"], ["Kasserer:", "Anne Lise Gulbrandsen"],
                      ["Styremedlem:", "Ivar Nyhus (materialforvalter)"],
                      ["Varamenn:", "Liv Hagen, Odd Sandum"]], {"stops": (4.5,)}),
        ("p", "Musikalsk leder og dirigent har vært Jan Erik Thorsrud. Revisorer: Ole Bjørnstad og "
              "Randi Kolbu. Valgkomité: Egil Sveen og Marit Lunde."),
        ("p", "Det er holdt 8 styremøter. Korpset hadde 31 aktive musikanter ved årets slutt, mot 27 "
              "året før. Oppmøteprosenten på øvelsene var {p:78 %|Oppmøteprosenten}."),
        ("p", "Korpset har spilt på 17. mai i {g:Grua} og på {g:Harestua}, på julekonserten i "
              "{g?:Lunner} kirke og ved åpningen av nye {g?:Hadeland} Folkehøgskole-fløy. I oktober deltok vi "
              "i kretsmesterskapet på {g:Gran} og ble nr. 3 i 3. divisjon."),
        ("p", "Nye uniformer til 12 musikanter ble kjøpt inn for midler fra loddsalget. Styret takker "
              "{g:Lunner} kommune og alle som har stilt opp på dugnad. Vårt æresmedlem Harald Grinaker "
              "fylte 80 år i mai og ble hedret med en serenade."),
        ("pagebreak",),
        ("stmt", Kroner("Regnskap for 1992", cols, lines, render="tabs")),
        ("p", f"Årets resultat ble {kr(res92)}. Kassabeholdningen er satt på bankkonto i Hadeland "
              "Sparebank."),
        ("p", "{g:Grua}, 25. januar 1993"),
        ("tablines", [["Tore Granum", "Berit Lysen", "Kjell Åge Bråthen"],
                      ["formann", "nestformann", "sekretær"], ["", "", ""],
                      ["Anne Lise Gulbrandsen", "Ivar Nyhus", ""], ["kasserer", "styremedlem", ""]],
         {"stops": (6.0, 12.0)}),
    ]
    return {
        "name": "grua-musikkforening-1992", "year": 1992, "lang": "nb",
        "title": "Grua Musikkforening – årsmelding 1992",
        "organization": {"name": "Grua Musikkforening"},
        "ceo": None,
        "board": board,
        "not_board": ["Jan Erik Thorsrud", "Ole Bjørnstad", "Randi Kolbu", "Egil Sveen", "Marit Lunde",
                      "Harald Grinaker"],
        "not_places": ["Hadeland Sparebank"],
        "items": items,
        "font": "DejaVu Sans Mono", "heading_font": "DejaVu Sans Mono", "body_pt": 10, "margin_mm": 25,
        "renditions": ["scan", "doc"],
        "notes": "Typed 1992 årsmelding of a musikkorps: board as tab lines (Formann, Nestformann, two "
                 "varamenn on one line); the dirigent, revisorer, valgkomité and æresmedlem are not "
                 "board; the kasserer's account with tab stops and ',-'. Places in names of a church "
                 "and a school optional.",
    }


REPORTS = [lhl_sigerfjord_2012, lifjell_husflidslag_2005, grua_musikkforening_1992]
