"""Fourth held-out set, reports 5-8: a housing cooperative (bokmål, browser-printed, board changed
at the general meeting), a brass band (nynorsk), a sports club with group boards and a reprinted
newspaper piece (bokmål, browser-printed) and a fishermen's association of the 1980s written on a
typewriter (bokmål, PDF and scan). Organisations, people and figures are invented.
"""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income

from h3_render import Kroner
from h4_reports_a import line_value, pct


# ---------------------------------------------------------------- 5 borettslag, bokmål 2011, browser

def lerkeasen():
    res = Statement(
        "Resultatregnskap",
        [Col("Regnskap 2011", 2011), Col("Regnskap 2010", 2010), Col("Budsjett 2011", 2011, BUDGET),
         Col("Budsjett 2012", 2012, BUDGET)],
        income("nb", 4,
               inc=[("Innkrevde felleskostnader", "", [4231680, 4069200, 4232000, 4401000]),
                    ("Andre inntekter", "", [38400, 41250, 35000, 35000])],
               cost=[("Forretningsførerhonorar", "", [142800, 138600, 143000, 147000]),
                     ("Honorar til styret", "", [90000, 80000, 90000, 95000]),
                     ("Kommunale avgifter", "", [612940, 588310, 615000, 640000]),
                     ("Energi og fyring", "", [1184330, 1262480, 1150000, 1190000]),
                     ("Vedlikehold og reparasjoner", "", [861250, 702140, 800000, 850000]),
                     ("Forsikring", "", [203410, 196880, 205000, 212000]),
                     ("Andre driftskostnader", "", [318620, 301150, 310000, 320000])],
               fin=[("Renteinntekter", "", [21840, 16230, 15000, 15000]),
                    ("Renteutgifter på fellesgjeld", "", [-655210, -702330, -690000, -640000])]),
        render="unruled")
    bal = Statement(
        "Balanse pr. 31.12.",
        [Col("2011", 2011), Col("2010", 2010)],
        balance("nb", 2,
                fixed=[("Bygninger", "", [21450000, 21450000]), ("Tomt", "", [1200000, 1200000])],
                current=[("Restanser på felleskostnader", "", [24880, 31040]), ("Driftskonto i bank", "", "plug")],
                equity=[("Innskutt egenkapital", "", [4200000, 4200000]), ("Opptjent egenkapital", "", [1876390, 1670630])],
                long=[("Pantelån", "", [17820000, 18260000])],
                short=[("Leverandørgjeld", "", [184220, 162870]), ("Annen kortsiktig gjeld", "", [96300, 88410])]),
        render="unruled")
    board = [("Marianne Aune Strøm", "LEDE", None), ("Petter Lian", "NEST", None),
             ("Gunnhild Brattset", "MEDL", None), ("Omar Haidari", "MEDL", None),
             ("Tove Kirkreit", "VARA", None), ("Jørn Skjetne", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning for 2011"),
        ("p", "Lerkeåsen borettslag · Org.nr. 948 221 036 · Lerkeåsvegen 40, 7072 {g?:Heimdal} · "
              "styret@lerkeasen-brl.no · www.lerkeasen-brl.no", {"small": True}),
        ("h", 2, "Borettslagets virksomhet"),
        ("p", "Lerkeåsen borettslag ble stiftet i 1968 og består av 84 andelsleiligheter i tre blokker i "
              "{g:Trondheim} kommune. Borettslaget har ingen ansatte. Forretningsfører er Nidaros "
              "Boligforvaltning AS, med Ingunn Stavrum som kontaktperson."),
        ("h", 2, "Tillitsvalgte"),
        ("p", "Generalforsamlingen ble holdt 27. april 2011. Arvid Kolstad hadde da vært styreleder i fire år "
              "og tok ikke gjenvalg; han gikk ut av styret. Styrets tidligere nestleder ble valgt til ny "
              "leder. Etter generalforsamlingen har styret bestått av:"),
        ("twolist", [("Styreleder", "Marianne Aune Strøm"), ("Nestleder", "Petter Lian"),
                     ("Styremedlem", "Gunnhild Brattset"), ("Styremedlem", "Omar Haidari"),
                     ("Varamedlem", "Tove Kirkreit"), ("Varamedlem", "Jørn Skjetne")]),
        ("p", "Valgkomiteen har bestått av Randi Hoem og Steinar Uthus."),
        ("p", "Styret har hatt elleve styremøter og behandlet 63 saker. Styrets honorar ble fastsatt av "
              "generalforsamlingen til 90 000 kroner."),
        ("h", 2, "Drift og vedlikehold"),
        ("cols", [
            ("p", "Årets største oppgave var utskifting av vinduer og balkongdører i blokk B, som ble ferdig "
                  "i oktober. Arbeidet ble dekket av driften og av oppsparte midler."),
            ("p", "Oljefyren ble faset ut i september, og borettslaget er nå koblet til fjernvarme. "
                  "Energikostnaden gikk ned med {p:6,2 %|energikostnaden} sammenlignet med 2010, selv "
                  "om vinteren var kald."),
            ("p", "Det ble holdt to dugnader, i mai og i oktober, med godt oppmøte. Lekeplassen ble "
                  "fornyet med midler fra {g:Trondheim} kommune sitt tilskudd til nærmiljøtiltak."),
            ("p", "Borettslaget har vært forsikret gjennom forretningsførers rammeavtale. Det ble meldt "
                  "to vannskader i 2011."),
        ]),
        ("h", 2, "Økonomi"),
        ("p", "Felleskostnadene ble økt med {p:4 %|felleskostnadene} fra 1. januar 2011. Restanser på "
              "felleskostnader utgjorde ved årsskiftet {p:0,6 prosent|restanser} av innkrevde "
              "felleskostnader. Styret foreslår en økning på {p:4 prosent|økning} fra 1. januar 2012."),
        ("p", "Årsresultatet er overført til opptjent egenkapital. Lånet har flytende rente, som ved "
              "årsskiftet var {p:3,35 %|flytende rente}."),
        ("stmt", res, {"title": "Resultatregnskap 2011 med budsjett"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2011"}),
        ("sign", "{g:Trondheim}, 2. mars 2012",
         [("Marianne Aune Strøm", "styreleder"), ("Petter Lian", "nestleder"),
          ("Gunnhild Brattset", "styremedlem"), ("Omar Haidari", "styremedlem")]),
    ]
    return {
        "name": "lerkeasen-brl-2011", "year": 2011,
        "title": "Årsberetning 2011 – Lerkeåsen borettslag",
        "organization": {"name": "Lerkeåsen borettslag", "founded_year": 1968,
                         "address": "Lerkeåsvegen 40, 7072 Heimdal",
                         "email": "styret@lerkeasen-brl.no", "website": "www.lerkeasen-brl.no"},
        "ceo": None, "board": board,
        "not_board": ["Arvid Kolstad", "Randi Hoem", "Steinar Uthus", "Ingunn Stavrum"],
        "places_optional": ["Lerkeåsvegen"],
        "items": items, "renditions": ["chrome"], "accent": "2B4C7E",
        "notes": "Housing cooperative (borettslag), Trondheim, 2011, bokmål. HTML printed by Chromium. "
                 "The board changed at the general meeting in April: the former chair is named and left; "
                 "the former deputy chair is the new chair (year-end role). The year-end board is a CSS "
                 "grid in two columns of role | name pairs (no table). Valgkomité and the managing "
                 "agent's contact are not board; no employees and no daglig leder (ceo null). "
                 "Statements in whole kroner, unruled, with two actual and two budget columns (this "
                 "year's and next year's budget, optional).",
    }


# ---------------------------------------------------------------- 6 hornmusikk, nynorsk 2008

def lauvstad():
    st = Statement(
        "Rekneskap 2008",
        [Col("2008", 2008), Col("2007", 2007), Col("Budsjett 2009", 2009, BUDGET)],
        income("nn", 3,
               inc=[("Medlemskontingent", "", [38400, 34900, 42000]),
                    ("Tilskot frå {g:Volda} kommune", "", [45000, 42000, 45000]),
                    ("Momskompensasjon", "", [18630, 12240, 15000]),
                    ("Konsertar og oppdrag", "", [67350, 58800, 60000]),
                    ("Loddsal og dugnad", "", [52120, 61430, 50000])],
               cost=[("Dirigentløn", "", [118000, 112000, 122000]),
                     ("Noter og instrument", "", [31480, 46210, 30000]),
                     ("Reiser og stemner", "", [27560, 19870, 25000]),
                     ("Andre utgifter", "", [18220, 16480, 17000])],
               labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter",
                       "sum_cost": "Sum utgifter", "op": None, "result": "Overskot"}),
        label_header="Kroner")
    board = [("Brynjar Hjelle Aasen", "LEDE", None), ("Kristin Furset", "NEST", None),
             ("Oddvar Strand", "MEDL", None), ("Eli Sørheim Vik", "MEDL", None),
             ("Jostein Rotevatn", "MEDL", None), ("Hallvard Kile", "VARA", None), ("Nina Ose", "VARA", None)]
    result_2008 = line_value(st, "Overskot", 0)
    items = [
        ("p", "LAUVSTAD HORNMUSIKK", {"bold": True, "size": 18, "align": "center"}),
        ("p", "Årsmelding for 2008", {"size": 13, "align": "center"}),
        ("p", "Postboks 34, 6101 {g:Volda} – lauvstadhornmusikk@gmail.com", {"size": 9, "align": "center"}),
        ("bh", "Styret"),
        ("p", "Styret har i 2008 vore: Brynjar Hjelle Aasen (leiar), Kristin Furset (nestleiar), "
              "Oddvar Strand (kasserar), Eli Sørheim Vik (skrivar) og Jostein Rotevatn (notearkivar). "
              "Varamedlemer har vore Hallvard Kile og Nina Ose."),
        ("p", "Styret har hatt åtte styremøte og handsama 36 saker. Dirigent har vore Tomasz Wójcik, "
              "og Gudrun Aarflot har leia aspirantkorpset. Revisorar har vore Sigmund Eiken og Marta Lid."),
        ("bh", "Medlemer og øvingar"),
        ("p", "Korpset hadde 31 spelande medlemer ved utgangen av året, og 9 aspirantar. Vi hadde 38 "
              "øvingar i året som gjekk, og oppmøtet var i snitt {p:78 prosent|oppmøtet}. Årsmøtet "
              "vedtok å auke kontingenten med {p:10 %|kontingenten} frå hausten."),
        ("bh", "Konsertar og oppdrag"),
        ("p", "Året byrja med nyårskonsert saman med koret i bygda. Elles har korpset spela på desse "
              "tilstellingane:"),
        ("table", [["Dato", "Tilstelling", "Stad"],
                   ["17. mai", "Barnetog, konsert på skulen", "{g?:Lauvstad}"],
                   ["31. mai", "Vårkonsert", "{g:Volda}"],
                   ["14. juni", "Sunnmørsstemnet for korps", "{g:Ulstein}"],
                   ["23. august", "Kyrkjekonsert", "{g:Ørsta}"],
                   ["8. november", "Krinsmeisterskap, 2. divisjon", "{g:Ålesund}"],
                   ["13. desember", "Julekonsert", "{g?:Lauvstad}"]],
         {"ruled": False, "size": 9.5}),
        ("p", "På krinsmeisterskapet for {g:Sunnmøre} vart korpset nummer tre i 2. divisjon. Det er det "
              "beste resultatet vårt sidan 1996. Korpset er medlem av musikkorpsforbundet si region for "
              "{g:Møre og Romsdal}."),
        ("bh", "Økonomi"),
        ("p", f"Rekneskapen for 2008 syner eit overskot på {st.fmt(result_2008)} kroner. Loddsalet gav "
              "mindre enn året før, medan oppdraga gav meir. Bankinnskotet var 84 310 kroner ved "
              "årsskiftet. Tilskotet frå kommunen utgjer om lag ein femtedel av inntektene."),
        ("stmt", st, {"title": "Rekneskap 2008"}),
        ("p", "Rekneskapen er revidert utan merknader.", {"italic": True, "size": 9}),
        ("sign", "{g:Volda}, 20. januar 2009",
         [("Brynjar Hjelle Aasen", "leiar"), ("Kristin Furset", "nestleiar"), ("Oddvar Strand", "kasserar"),
          ("Eli Sørheim Vik", "skrivar"), ("Jostein Rotevatn", "notearkivar")], {"cols": 3}),
    ]
    return {
        "name": "lauvstad-hornmusikk-2008", "not_places": ["Tilskot frå Volda kommune"], "year": 2008,
        "title": "Årsmelding 2008 – Lauvstad hornmusikk",
        "organization": {"name": "Lauvstad hornmusikk", "address": "Postboks 34, 6101 Volda",
                         "email": "lauvstadhornmusikk@gmail.com"},
        "ceo": None, "board": board,
        "not_board": ["Tomasz Wójcik", "Gudrun Aarflot", "Sigmund Eiken", "Marta Lid"],
        "items": items, "renditions": ["docx", "pdf"],
        "font": "DejaVu Serif", "body_pt": 10.5,
        "notes": "Brass band (hornmusikk), Volda (Møre og Romsdal, Sunnmøre), 2008, nynorsk. Board in "
                 "one prose sentence of 'Name (role)' with officers (kasserar, skrivar, notearkivar: "
                 "MEDL); deputies in the next sentence. The conductor, the aspirant leader and the "
                 "auditors are named right after and are not board; no daglig leder. Concert table with "
                 "places in a column; a simple Inntekter/Utgifter statement with 'Overskot' and a "
                 "next-year budget column (optional); signatures with names under lines and roles. No "
                 "founding year printed.",
    }


# ---------------------------------------------------------------- 7 idrettslag, bokmål 2022, browser

def kvernbekk():
    st = Statement(
        "Resultatregnskap hovedlaget",
        [Col("Regnskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET), Col("Regnskap 2021", 2021)],
        income("nb", 3,
               inc=[("Medlemskontingent", "", [311800, 305000, 289450]),
                    ("Treningsavgifter", "", [1486300, 1450000, 1302870]),
                    ("Offentlige tilskudd og momskompensasjon", "", [412660, 380000, 398120]),
                    ("Sponsorinntekter", "", [356000, 400000, 318500]),
                    ("Utleie av klubbhus", "", [96450, 90000, 41300])],
               cost=[("Lønn og sosiale kostnader", "", [1384220, 1390000, 1312440]),
                     ("Drift av anlegg", "", [688310, 640000, 702950]),
                     ("Kontingenter og lisenser", "", [143980, 140000, 131760]),
                     ("Andre driftskostnader", "", [371550, 360000, 358810])],
               fin=[("Renteinntekter", "", [8720, 3000, 1140])]),
        negative="paren", above="Alle tall i hele kroner")
    ceo = "Marius Kjos Engebretsen"
    board = [("Lene Fjeldstad", "LEDE", None), ("Henrik Aas Moen", "NEST", None),
             ("Camilla Brenden", "MEDL", None), ("Stian Frøvoll", "MEDL", None),
             ("Farah Iqbal", "MEDL", None), ("Geir Solum", "VARA", None)]
    news = {"source": "{g:Nordre Follo} Avis, 9. september 2022",
            "title": "Nytt kunstgras klart til seriestart",
            "byline": "Tekst: Anders Grønvold",
            "paras": ["Etter to år med planlegging ble den nye kunstgrasbanen på Kvernbekk tatt i bruk i "
                      "helgen. Ordfører Hilde Vatne klippet snoren foran et par hundre fremmøtte.",
                      "– Dette er et løft for hele {g:Nordre Follo}, sa Vatne, som la til at kommunen "
                      "dekker {p:40 prosent|kommunen dekker} av kostnaden.",
                      "Leder i nabolaget Blåveis sportsklubb, Per Ivar Mørk, gleder seg også: – Vi har "
                      "lånt baner i {g:Ås} i flere år. Nå kan vi samarbeide om treningstider her i "
                      "nærmiljøet."]}
    items = [
        ("h", 1, "Årsberetning 2022"),
        ("p", "Kvernbekk idrettslag · stiftet 1932 · Idrettsveien 8, 1400 {g:Ski} · telefon 64 87 20 30 · "
              "post@kvernbekk-il.no · www.kvernbekk-il.no", {"small": True}),
        ("h", 2, "Hovedstyret"),
        ("p", "Hovedstyret har etter årsmøtet 15. mars 2022 hatt denne sammensetningen:"),
        ("grid", [("Lene Fjeldstad", ["Leder"]), ("Henrik Aas Moen", ["Nestleder"]),
                  ("Camilla Brenden", ["Økonomiansvarlig"]), ("Stian Frøvoll", ["Styremedlem", "anlegg"]),
                  ("Farah Iqbal", ["Styremedlem", "ungdomsrepresentant"]), ("Geir Solum", ["Varamedlem"]),
                  (ceo, ["Daglig leder", "(ikke medlem av styret)"])], {"per_row": 4}),
        ("p", f"{ceo} har vært ansatt som daglig leder i {{p:60 %|daglig leder}} stilling siden 2019. "
              "Hovedstyret har hatt ti møter og behandlet 54 saker."),
        ("h", 2, "Gruppene"),
        ("p", "Idrettslaget er organisert som et fleridrettslag med fire grupper. Hver gruppe har sitt eget "
              "styre, som er ansvarlig for aktiviteten og gruppens budsjett. Gruppestyrenes ledere i 2022:"),
        ("table", [["Gruppe", "Leder", "Økonomiansvarlig"],
                   ["Fotball", "Trond Ødegård", "Silje Holmsen"], ["Ski", "Kari Anne Bøhn", "Jon Erik Vestby"],
                   ["Håndball", "Ahmed Yusuf", "Mette Kleven"], ["Allidrett", "Ingvild Sørum", "Per Olav Lunde"]]),
        ("bh", "Medlemmer"),
        ("p", "Idrettslaget hadde 1 412 medlemmer ved utgangen av 2022. Medlemstallet økte med "
              "{p:" + pct(1412 - 1326, 1326, 1, " prosent") + "|medlemstallet} fra året før, og "
              "{p:38 prosent|jenter} av medlemmene er jenter og kvinner."),
        ("table", [["Gruppe", "Medlemmer 2022", "Medlemmer 2021"], ["Fotball", "624", "590"],
                   ["Ski", "298", "281"], ["Håndball", "341", "322"], ["Allidrett", "149", "133"],
                   ["Totalt", "1 412", "1 326"]]),
        ("h", 2, "Anlegg"),
        ("p", "Den nye kunstgrasbanen ble ferdig i september. Banen er finansiert med spillemidler, "
              "tilskudd fra {g:Nordre Follo} kommune og egne midler. Lokalavisen skrev om åpningen:"),
        ("news", news),
        ("h", 2, "Økonomi"),
        ("p", "Hovedlaget fikk et overskudd i 2022 etter underskudd året før. Utleie av klubbhuset tok seg "
              "opp igjen etter pandemien. Gruppenes regnskaper er lagt fram for hver gruppe og er ikke "
              "med i tallene under."),
        ("stmt", st, {"title": "Resultatregnskap hovedlaget 2022"}),
        ("sign", "{g:Ski}, 20. februar 2023",
         [("Lene Fjeldstad", "leder"), ("Henrik Aas Moen", "nestleder"), ("Camilla Brenden", "styremedlem"),
          ("Stian Frøvoll", "styremedlem"), ("Farah Iqbal", "styremedlem")]),
    ]
    return {
        "name": "kvernbekk-il-2022", "year": 2022,
        "title": "Årsberetning 2022 – Kvernbekk idrettslag",
        "organization": {"name": "Kvernbekk idrettslag", "founded_year": 1932,
                         "address": "Idrettsveien 8, 1400 Ski", "phone": "64 87 20 30",
                         "email": "post@kvernbekk-il.no", "website": "www.kvernbekk-il.no"},
        "ceo": ceo, "board": board, "board_optional": [ceo],
        "not_board": ["Trond Ødegård", "Silje Holmsen", "Kari Anne Bøhn", "Jon Erik Vestby", "Ahmed Yusuf",
                      "Mette Kleven", "Ingvild Sørum", "Per Olav Lunde", "Hilde Vatne", "Per Ivar Mørk",
                      "Anders Grønvold"],
        "places_optional": ["Idrettsveien", "Kvernbekk"],
        "items": items, "renditions": ["chrome"], "accent": "0B5D3B", "shade": "E3EFE8",
        "notes": "Multi-sport club (fleridrettslag) with four group boards, Nordre Follo (Viken), 2022, "
                 "bokmål. HTML printed by Chromium. Main board as cards in a CSS grid (name bold, role "
                 "under; the economics officer is MEDL); the daglig leder has a card marked 'not a "
                 "member of the board' (optional). Group leaders and economics officers in a table are "
                 "not board; a reprinted local newspaper piece names the mayor, another club's leader and "
                 "a journalist (not board) and holds a percentage. Members table; the main club's "
                 "statement with budget column and the 2021 loss in parentheses.",
    }


# ---------------------------------------------------------------- 8 fiskerlag, bokmål 1986, typewriter

def strengelvag():
    st = Kroner(
        "Regnskap for 1986",
        [Col("1986", 1986), Col("1985", 1985)],
        income("nb", 2,
               inc=[("Medlemskontingent", "", [9600, 10650]),
                    ("Omsetningsavgift", "", [41380, 37920]),
                    ("Renter av bankinnskudd", "", [3870, 3410])],
               cost=[("Kontingent til fylkeslaget", "", [12800, 14200]),
                     ("Møter og reiser", "", [18430, 15960]),
                     ("Porto, telefon og rekvisita", "", [4210, 3980]),
                     ("Gaver og oppmerksomhet", "", [2150, 1800])],
               labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter",
                       "sum_cost": "Sum utgifter", "op": None, "result": "Årets overskudd"}),
        render="tabs")
    board = [("Alf Berntsen", "LEDE", None), ("Ottar Nilsen", "NEST", None), ("Kjell Ove Hansen", "MEDL", None),
             ("Ragnar Jakobsen", "MEDL", None), ("Leif Arne Pettersen", "MEDL", None),
             ("Einar Olsen", "VARA", None), ("Tor Mikalsen", "VARA", None)]
    items = [
        ("p", "STRENGELVÅG FISKERLAG", {"bold": True, "size": 13}),
        ("p", "Stiftet 1948", {"size": 10}),
        ("p", "Å R S B E R E T N I N G   F O R   1 9 8 6", {"bold": True, "size": 12, "align": "center"}),
        ("bh", "1. TILLITSVALGTE"),
        ("p", "Styret har i 1986 bestått av:"),
        ("table", [["Formann", "Alf Berntsen"], ["Viseformann", "Ottar Nilsen"], ["Sekretær", "Kjell Ove Hansen"],
                   ["Kasserer", "Ragnar Jakobsen"], ["Styremedlem", "Leif Arne Pettersen"],
                   ["Varamenn", "Einar Olsen, Tor Mikalsen"]],
         {"ruled": False, "header_bold": False, "size": 10, "widths": [4.5, 8.0]}),
        ("p", "Revisor: Hjalmar Eliassen. Valgkomite: Sverre Johansen og Arnt Kristiansen."),
        ("bh", "2. MEDLEMMER"),
        ("p", "Laget hadde 64 medlemmer ved utgangen av året, mot 71 året før. Nedgangen skyldes at flere "
              "eldre fiskere har gitt seg, og at to båter er solgt ut av {g:Øksnes}."),
        ("bh", "3. MØTER"),
        ("p", "Det er holdt 6 styremøter og 2 medlemsmøter. Årsmøtet ble holdt på samfunnshuset på "
              "{g?:Myre} 8. mars 1986 med 29 medlemmer til stede. Formannen møtte på fylkeslagets "
              "årsmøte i {g:Bodø} i oktober."),
        ("bh", "4. FISKET"),
        ("p", "Vinterfisket i {g:Lofoten} og på hjemmefeltet i {g:Vesterålen} ga noe bedre fangster enn i "
              "1985, men prisene var lave fram til påske. Torskekvoten for kystflåten ble satt ned, og "
              "laget har sammen med de andre lagene i {g:Nordland} protestert mot fordelingen. Sei- og "
              "hysefisket om høsten var godt."),
        ("p", "Laget har arbeidet for bedre havneforhold og har sendt brev til kommunen om moloen i "
              "{g?:Strengelvåg}. Saken er ikke avgjort."),
        ("bh", "5. ØKONOMI"),
        ("p", "Omsetningsavgiften til laget er {p:0,4 prosent|omsetningsavgiften} av fangstverdien. Av "
              "lagets inntekter kom {p:" + pct(41380, 9600 + 41380 + 3870, 0, " prosent") +
              "|inntekter} fra avgiften. Laget hadde kr 48 215,- på bankbok pr. 31.12.1986."),
        ("stmt", st, {"title": "REGNSKAP FOR 1986"}),
        ("sign", "{g?:Strengelvåg}, 12. februar 1987",
         [("Alf Berntsen", "formann"), ("Ottar Nilsen", "viseformann"), ("Kjell Ove Hansen", "sekretær"),
          ("Ragnar Jakobsen", "kasserer"), ("Leif Arne Pettersen", "")], {"cols": 3}),
    ]
    return {
        "name": "strengelvag-fiskerlag-1986", "year": 1986,
        "title": "Årsberetning 1986 – Strengelvåg Fiskerlag",
        "organization": {"name": "Strengelvåg Fiskerlag", "founded_year": 1948},
        "ceo": None, "board": board,
        "not_board": ["Hjalmar Eliassen", "Sverre Johansen", "Arnt Kristiansen"],
        "items": items, "renditions": ["pdf", "scan"], "scan": {"dpi": 200, "tilt": 0.7, "noise": 8, "quality": 40},
        "font": "DejaVu Sans Mono", "heading_font": "DejaVu Sans Mono", "body_pt": 10,
        "heading_colour": "000000", "margin_mm": 25,
        "notes": "Local fishermen's association, Øksnes (Nordland, Vesterålen), 1986, bokmål, typed look: "
                 "monospaced font, letter-spaced title, numbered capital section heads, a statement set "
                 "with tab stops and amounts as '9 600,-'. Roles of the period: formann (LEDE), "
                 "viseformann (NEST), sekretær and kasserer (MEDL), two 'Varamenn' in one cell. Revisor and "
                 "valgkomite named right after the board (not board). No daglig leder. Born-digital PDF "
                 "and an image-only scan at 200 dpi.",
    }


REPORTS = [lerkeasen, lauvstad, kvernbekk, strengelvag]
