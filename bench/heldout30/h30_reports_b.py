"""Held-out set 30, reports B: members beside their personal deputies, a reprinted newspaper piece
and a partner list, and a long report with a chapter per program. Invented organisations, people
and figures; real places of the year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income

# ---------- kvamsholmen-arbeidssenter-2012: members beside personal deputies ----------


def kvamsholmen() -> dict:
    pairs = [("Ragnhild Sæther", "styreleder", "LEDE", "Arvid Følstad"),
             ("Eirik Bjørgum", "nestleder", "NEST", "Tove Lyngstad"),
             ("Sigrun Elden", "", "MEDL", "Ola Aune"),
             ("Hans Petter Ystad", "", "MEDL", "Randi Wold"),
             ("Mona Skjelstad", "ansattes representant", "MEDL", "Kjetil Berg")]
    board = [(n, code, word == "ansattes representant") for n, word, code, _ in pairs]
    board += [(dep, "VARA", None) for *_, dep in pairs]
    rows = [["Styremedlem", "Personlig varamedlem"]]
    rows += [[f"{n}, {word}" if word else n, dep] for n, word, _, dep in pairs]
    cols = [Col("2012", 2012), Col("2011", 2011)]
    res = Statement("Resultatregnskap 2012", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [8215430, 7902115]), ("Statstilskudd", "", [9842600, 9511200]),
             ("Kommunalt tilskudd", "", [1040000, 1010000]), ("Andre inntekter", "", [186200, 203540])],
        cost=[("Varekostnad", "", [2410880, 2318700]), ("Lønnskostnad", "", [14102365, 13655210]),
              ("Avskrivninger", "", [520400, 498300]), ("Andre driftskostnader", "", [2061795, 2044020])],
        fin=[("Renteinntekter", "", [44210, 39880]), ("Rentekostnader", "", [-71900, -80415])]),
        thousands=".", label_header="Tall i hele kroner", render="ruled")
    bal = Statement("Balanse per 31. desember 2012", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "", [5800000, 6050000]), ("Maskiner og inventar", "", [742100, 815600])],
        current=[("Varer", "", [356900, 340100]), ("Kundefordringer", "", [1011430, 962800]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [400000, 400000]), ("Annen egenkapital", "", [4911330, 4750230])],
        long=[("Pantelån", "", [2350000, 2600000])],
        short=[("Leverandørgjeld", "", [588200, 561900]), ("Offentlige avgifter", "", [1102440, 1044310]),
               ("Annen kortsiktig gjeld", "", [711660, 690130])]),
        thousands=".", label_header="Tall i hele kroner", render="ruled")
    items = [
        ("h", 1, "Årsrapport 2012"),
        ("p", "Kvamsholmen Arbeidssenter AS, {g:Steinkjer}", {"size": 12}),
        ("h", 2, "Om bedriften"),
        ("p", "Kvamsholmen Arbeidssenter AS ble etablert i 1991 og er en attførings- og vekstbedrift med "
              "tilhold i {g:Steinkjer}. Aksjene eies av {g:Steinkjer} kommune ({p:60 %|Steinkjer kommune}), "
              "{g:Verran} kommune ({p:25 %|Verran kommune}) og {g:Snåsa} kommune ({p:15 %|Snåsa kommune}). "
              "Vi har også en avdeling på {g:Malm}."),
        ("p", "Bedriften har 26 plasser i varig tilrettelagt arbeid (VTA), 14 plasser i arbeidspraksis i "
              "skjermet virksomhet (APS) og 8 plasser i kvalifisering i arbeidsmarkedsbedrift (KIA), alle "
              "etter avtale med NAV {g:Nord-Trøndelag}."),
        ("h", 2, "Resultater for deltakerne"),
        ("table", [["Tiltak", "Plasser", "Deltakere i året", "Avsluttet", "Til arbeid eller skole"],
                   ["VTA", "26", "29", "3", "1"],
                   ["APS", "14", "31", "18", "7"],
                   ["KIA", "8", "19", "12", "6"]],
         {"ruled": True, "shade_header": "E2E2E2"}),
        ("p", "Av de 30 som avsluttet APS eller KIA gikk 13 til arbeid eller skole, eller "
              "{p:43 %|til arbeid eller skole}."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2012 hatt denne sammensetningen, med personlige varamedlemmer:"),
        ("table", rows, {"ruled": True, "widths": [8.2, 8.2]}),
        ("p", "Styret har hatt sju møter og behandlet 41 saker. Generalforsamlingen ble holdt 24. april med "
              "rådmann Bjørn Vidar Kvello som eiernes representant. Valgkomiteen har bestått av Per Oddvar "
              "Kolberg (leder) og Ingunn Sandvik."),
        ("h", 2, "Styrets beretning"),
        ("p", "Årets resultat ble et overskudd på 161.100 kroner, som overføres til annen egenkapital. "
              "Forutsetningen om fortsatt drift er til stede. Bedriften hadde 22 ansatte ved årsskiftet, "
              "14 kvinner og 8 menn. Sykefraværet var {p:9,4 %|sykefraværet}, og IA-arbeidet har hatt høy "
              "prioritet. Bedriften forurenser ikke det ytre miljø."),
        ("p", "{g:Steinkjer}, 12. mars 2013. Daglig leder Åshild Rønning"),
        ("break",),
        ("stmt", res),
        ("stmt", bal),
        ("p", "Revisor: Innherred Revisjon AS, statsautorisert revisor Lasse Grande.", {"size": 9}),
    ]
    return {
        "name": "kvamsholmen-arbeidssenter-2012", "year": 2012, "lang": "nb", "title": "Årsrapport 2012",
        "font": "Liberation Sans",
        "organization": {"name": "Kvamsholmen Arbeidssenter AS", "founded_year": 1991,
                         "owners": [{"name": "Steinkjer kommune", "share_percent": 60},
                                    {"name": "Verran kommune", "share_percent": 25},
                                    {"name": "Snåsa kommune", "share_percent": 15}]},
        "ceo": "Åshild Rønning",
        "board": board,
        "not_board": ["Bjørn Vidar Kvello", "Per Oddvar Kolberg", "Ingunn Sandvik", "Lasse Grande"],
        "programs": {"VTA": 26},
        "not_places": ["Innherred Revisjon AS"],
        "items": items,
        "renditions": ["docx", "doc"],
        "notes": "The board as a ruled two-column table 'Styremedlem | Personlig varamedlem', the roles after a "
                 "comma in the member's cell ('ansattes representant'); deputies VARA without employee_elected. "
                 "APS and KIA (2012 programs) are not scorer programs: only VTA 26 is gold. Dot thousands.",
    }


# ---------- halandsmoen-arbeid-2024: newspaper piece and partner list ----------


def halandsmoen() -> dict:
    board_rows = [("Styreleder", "Trine Lohne Egeland", "LEDE", False), ("Nestleder", "Arild Skjævestad", "NEST", False),
                  ("Styremedlem", "Marianne Føreland", "MEDL", False), ("Styremedlem", "Tom Erik Hægeland", "MEDL", False),
                  ("Ansattvalgt styremedlem", "Sunniva Lian", "MEDL", True),
                  ("Varamedlem", "Geir Olav Stusvik", "VARA", None)]
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 3,
        inc=[("Salgsinntekter", "", [9840, 10200, 9112]), ("Tiltaksinntekter fra NAV", "", [22315, 22000, 21048]),
             ("Andre tilskudd", "", [620, 500, 784])],
        cost=[("Varekostnad", "", [2905, 3100, 2788]), ("Lønnskostnader", "", [25410, 25150, 23905]),
              ("Avskrivninger", "", [1040, 1050, 995]), ("Andre driftskostnader", "", [3322, 3200, 3090])],
        fin=[("Finansinntekter", "", [188, 120, 141]), ("Finanskostnader", "", [-96, -100, -88])]),
        unit=1000, label_header="Beløp i 1000 kr", render="ruled")
    bcols = [Col("31.12.2024", 2024), Col("31.12.2023", 2023)]
    bal = Statement("Balanse", bcols, balance(
        "nb", 2,
        fixed=[("Bygninger og tomter", "", [11420, 11880]), ("Maskiner og biler", "", [2115, 2340])],
        current=[("Varer", "", [610, 588]), ("Kundefordringer", "", [1944, 1802]),
                 ("Andre fordringer", "", [402, 377]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [2000, 2000]), ("Annen egenkapital", "", [9876, 9686])],
        long=[("Pantelån", "", [3900, 4200])],
        short=[("Leverandørgjeld", "", [1288, 1190]), ("Skyldige offentlige avgifter", "", [2466, 2310]),
               ("Annen kortsiktig gjeld", "", [2103, 1960])]),
        unit=1000, label_header="Beløp i 1000 kr", render="ruled")
    news = {"source": "Lindesnesposten, 12. september 2024",
            "title": "Kafé i sentrum gir arbeidstrening",
            "byline": "Tekst og foto: Henrik Vatne",
            "paras": ["Den nye kafeen i Store Elvegate i {g:Mandal} er drevet av deltakere i arbeidsforberedende "
                      "trening ved Hålandsmoen Arbeid. Åpningen samlet over hundre gjester.",
                      "– Dette er et løft for hele gata, sier Jan Erik Mosby, styreleder i {g:Mandal} Handelsforening. "
                      "Han håper flere butikker vil ta inn praksiskandidater.",
                      "– Vi ville ha en arbeidsplass midt i byen, der folk ser oss, sier daglig leder Siv Tjomsland "
                      "i Hålandsmoen Arbeid. Deltaker Martin Løland (24) har fått jobb på kjøkkenet etter tre måneder."]}
    partners = [["Samarbeidspartner", "Kontaktperson"],
                ["Bryggekanten Bakeri AS", "Sindre Ågedal, daglig leder"],
                ["Furuly Trelast AS", "Hanne Marit Try, daglig leder"],
                ["Sørkyst Renhold AS", "Kenneth Ravnås, daglig leder"],
                ["{g:Lindesnes} kommune, teknisk drift", "Elin Skaar, enhetsleder"]]
    items = [
        ("bh", "Hålandsmoen Arbeid AS", {"size": 20}),
        ("bh", "Årsrapport 2024", {"size": 14}),
        ("h", 1, "Kort om oss"),
        ("p", "Hålandsmoen Arbeid AS er en arbeidsinkluderingsbedrift i {g:Lindesnes} kommune med avdelinger i "
              "{g:Mandal} og på {g:Vigeland}. Selskapet eies i sin helhet av {g:Lindesnes} kommune "
              "({p:100 %|Lindesnes kommune}) og er medlem av Arbeid & Inkludering i NHO Service og Handel."),
        ("p", "I 2024 hadde vi 36 AFT-plasser, 20 VTA-plasser og 4 VTO-plasser (VTA i ordinær virksomhet). "
              "Vi samarbeider med NAV {g:Agder} og NAV {g?:Lindesnes}."),
        ("h", 1, "Året 2024"),
        ("p", "Den største nyheten var kafeen i sentrum av {g:Mandal}, som åpnet i september. Lokalavisen "
              "skrev om åpningen, og vi gjengir saken med tillatelse:"),
        ("news", news),
        ("p", "Av 71 deltakere som avsluttet AFT i 2024 gikk 33 til arbeid eller utdanning, det vil si "
              "{p:46 %|til arbeid eller utdanning}. Målet for året var {p:45 %|målet for året}."),
        ("h", 1, "Samarbeidspartnere"),
        ("p", "Uten arbeidsgivere som åpner dørene, får vi ikke deltakerne ut i jobb. Takk til alle som har tatt "
              "imot praksiskandidater i 2024, blant dem:"),
        ("table", partners, {"ruled": False}),
        ("h", 1, "Styret"),
        ("table", [[word, name] for word, name, *_ in board_rows], {"ruled": False, "gold_rows": True}),
        ("p", "De fire aksjonærvalgte medlemmene er valgt av generalforsamlingen; ett medlem er valgt av og "
              "blant de ansatte. Styret har hatt sju møter i 2024."),
        ("h", 1, "Styrets beretning"),
        ("p", "Selskapet fikk et overskudd på 190 000 kroner mot budsjettert 220 000 kroner. Driftsinntektene "
              "økte med {p:5,9 %|driftsinntektene}. Sykefraværet var {p:8,2 %|sykefraværet} mot "
              "{p:9,0 %|sykefraværet} i 2023. Selskapet hadde 34 ansatte i 31,6 årsverk. Styret mener "
              "forutsetningen om fortsatt drift er til stede."),
        ("stmt", res),
        ("stmt", bal),
        ("sign", "{g:Mandal}, 20. mars 2025",
         [(n, w) for w, n, *_ in board_rows if w != "Varamedlem"] + [("Siv Tjomsland", "Daglig leder")],
         {"cols": 3}),
    ]
    return {
        "name": "halandsmoen-arbeid-2024", "year": 2024, "lang": "nb", "title": "Årsrapport 2024",
        "header": "Hålandsmoen Arbeid AS – Årsrapport 2024", "header_align": "right", "footer": "{PAGE}",
        "font": "DejaVu Sans", "heading_colour": "1D5C7A",
        "organization": {"name": "Hålandsmoen Arbeid AS",
                         "owners": [{"name": "Lindesnes kommune", "share_percent": 100}]},
        "ceo": "Siv Tjomsland",
        "board": [(n, code, emp) for _, n, code, emp in board_rows],
        "not_board": ["Henrik Vatne", "Jan Erik Mosby", "Martin Løland", "Sindre Ågedal", "Hanne Marit Try",
                      "Kenneth Ravnås", "Elin Skaar"],
        "programs": {"AFT": 36, "VTA": 20, "VTO": 4},
        "places_optional": ["Store Elvegate"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "A reprinted local-newspaper piece naming another body's chair (Mandal Handelsforening) and a "
                 "participant; a partner list of other companies' daglige ledere; the board as an unruled "
                 "role | name table ('Ansattvalgt styremedlem'); budget beside actuals in 1000 kr (budget optional).",
    }


# ---------- vagard-ressurs-2022: long, a chapter per program ----------


def vagard() -> dict:
    board_rows = [("Styreleder", "Cecilie Moe Holm", "Generalforsamlingen", "LEDE"),
                  ("Nestleder", "Lars Erik Haugsrud", "Generalforsamlingen", "NEST"),
                  ("Styremedlem", "Bente Skaug", "Generalforsamlingen", "MEDL"),
                  ("Styremedlem", "Amund Tveiten", "Generalforsamlingen", "MEDL"),
                  ("Styremedlem", "Jorunn Lie Bakke", "De ansatte", "MEDL"),
                  ("Varamedlem", "Petter Nordvik", "Generalforsamlingen", "VARA"),
                  ("Varamedlem", "Hege Amundrud", "De ansatte", "VARA")]
    board = [(n, code, None if code == "VARA" else by == "De ansatte") for _, n, by, code in board_rows]
    cols = [Col("2022", 2022), Col("2021", 2021)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [12604220, 11870455]), ("Tilskudd VTA", "2", [5802240, 5616000]),
             ("Tiltaksinntekter AFT", "2", [10944600, 10512300]), ("Andre driftsinntekter", "", [402700, 515900])],
        cost=[("Varekostnad", "", [3912450, 3655200]), ("Lønnskostnad", "3", [21870115, 21010870]),
              ("Avskrivning på varige driftsmidler", "4", [1215300, 1190400]),
              ("Annen driftskostnad", "", [2530880, 2402115])],
        fin=[("Finansinntekter", "", [58140, 31220]), ("Finanskostnader", "", [-122455, -131870])]),
        note_col="Note", label_header="Beløp i NOK", render="ruled")
    bal = Statement("Balanse per 31.12.2022", cols, balance(
        "nb", 2,
        fixed=[("Tomter og bygninger", "4", [14200000, 14650000]),
               ("Maskiner, inventar og biler", "4", [2410500, 2688300])],
        current=[("Varebeholdning", "", [544100, 512900]), ("Kundefordringer", "", [1602330, 1488410]),
                 ("Andre fordringer", "", [288900, 301200]), ("Bankinnskudd", "6", "plug")],
        equity=[("Aksjekapital", "5", [1500000, 1500000]), ("Annen egenkapital", "5", [10977840, 10817140])],
        long=[("Pantelån", "7", [6400000, 6900000])],
        short=[("Leverandørgjeld", "", [1330210, 1214880]), ("Skyldige offentlige avgifter", "", [2118450, 2040200]),
               ("Annen kortsiktig gjeld", "", [1904600, 1799350])]),
        note_col="Note", label_header="Beløp i NOK", render="ruled")
    items = [
        ("bh", "Vågård Ressurs AS", {"size": 24}),
        ("bh", "Årsrapport 2022", {"size": 16}),
        ("photo", 3, 4, "Ansatte og deltakere foran hovedbygget på {g:Hønefoss} en sommerdag i juni."),
        ("p", "Vågård Ressurs AS · Eikliveien 9, 3511 {g?:Hønefoss} · post@vagard.no · tlf. 32 17 44 00"),
        ("pagebreak",),
        ("toc", [("Innledning fra daglig leder", 3), ("Om Vågård Ressurs", 4), ("Nøkkeltall", 5),
                 ("Varig tilrettelagt arbeid (VTA)", 6), ("Arbeidsforberedende trening (AFT)", 7),
                 ("Lærekandidater", 8), ("Helse, miljø og sikkerhet", 9), ("Styrets årsberetning", 10),
                 ("Årsregnskap", 11), ("Noter til regnskapet", 13)]),
        ("pagebreak",),
        ("h", 1, "Innledning fra daglig leder"),
        ("p", "Etter to år med smittevernregler kunne vi i 2022 igjen ha alle deltakerne på jobb samtidig. Det "
              "har gitt et år med god aktivitet i alle avdelinger, og vi har fått flere nye oppdrag fra "
              "næringslivet i {g:Ringerike} og {g:Hole}."),
        ("p", "Jeg vil rette en takk til Tonje Bye, som leder brukerrådet vårt, og til veileder Morten Haga i "
              "NAV {g:Ringerike} for et tett og løsningsorientert samarbeid om deltakerne."),
        ("p", "Knut Helge Sørum, daglig leder"),
        ("pagebreak",),
        ("h", 1, "Om Vågård Ressurs"),
        ("p", "Vågård Ressurs AS ble stiftet i 1984 og er en arbeidsinkluderingsbedrift med hovedkontor på "
              "{g:Hønefoss} og en avdeling på {g:Sokna}. Selskapet eies av {g:Ringerike} kommune "
              "({p:75 %|Ringerike kommune}) og {g:Hole} kommune ({p:25 %|Hole kommune})."),
        ("p", "Vi tilbyr varig tilrettelagt arbeid, arbeidsforberedende trening og opplæring av lærekandidater. "
              "Produksjonen omfatter snekkeri, vaskeri, kantinedrift og grøntarbeid for kommuner og bedrifter "
              "i {g:Viken}, fra {g:Jevnaker} i nord til {g:Hole} i sør."),
        ("p", "Verdiene våre er respekt, mestring og arbeidsglede."),
        ("pagebreak",),
        ("h", 1, "Nøkkeltall"),
        ("table", [["", "2022", "2021", "2020"],
                   ["Godkjente VTA-plasser", "24", "24", "22"],
                   ["Godkjente AFT-plasser", "38", "38", "36"],
                   ["Deltakere AFT gjennom året", "96", "88", "81"],
                   ["Overgang til arbeid eller utdanning (AFT)", "{p:44 %}", "{p:39 %}", "{p:35 %}"],
                   ["Lærekandidater", "6", "5", "4"],
                   ["Årsverk ansatte", "27,8", "27,1", "26,4"],
                   ["Sykefravær", "{p:6,8 %}", "{p:7,4 %}", "{p:8,1 %}"]],
         {"ruled": True, "shade_header": "E4ECF4"}),
        ("pagebreak",),
        ("h", 1, "Varig tilrettelagt arbeid (VTA)"),
        ("p", "Vågård Ressurs har 24 VTA-plasser. Deltakerne har arbeidsavtale med bedriften og jobber i "
              "snekkeriet, vaskeriet og kantina. Alle plassene var i bruk hele året, og i snitt var "
              "{p:96 %|av arbeidstiden i bruk} av arbeidstiden i bruk."),
        ("p", "VTA-avdelingen ledes av Marte Gulsrud og har 5,5 årsverk arbeidsledere. Tre deltakere tok i "
              "2022 kompetansebevis i renhold."),
        ("table", [["VTA", "2022", "2021"], ["Godkjente plasser", "24", "24"], ["Deltakere per 31.12.", "25", "24"],
                   ["Årsverk arbeidsledere", "5,5", "5,2"], ["Kompetansebevis", "3", "1"]],
         {"ruled": True}),
        ("pagebreak",),
        ("h", 1, "Arbeidsforberedende trening (AFT)"),
        ("p", "Bedriften har 38 AFT-plasser. Av de 73 som avsluttet tiltaket i 2022, gikk 32 over til arbeid "
              "eller utdanning. Det gir en overgangsrate på {p:44 %|overgangsrate}. AFT-teamet ledes av Yngve "
              "Haraldstad og har 8,0 årsverk veiledere og jobbspesialister."),
        ("table", [["AFT", "2022", "2021"], ["Godkjente plasser", "38", "38"], ["Avsluttet i året", "73", "66"],
                   ["Til arbeid eller utdanning", "32", "26"], ["Årsverk veiledere", "8,0", "7,6"]],
         {"ruled": True}),
        ("pagebreak",),
        ("h", 1, "Lærekandidater"),
        ("p", "Seks lærekandidater fulgte opplæring i 2022, i renholdsoperatørfaget og i kokkfaget. To tok "
              "kompetanseprøve med godt resultat. Ordningen koordineres av Eline Skjønhaug i samarbeid med "
              "opplæringskontoret."),
        ("pagebreak",),
        ("h", 1, "Helse, miljø og sikkerhet"),
        ("p", "Sykefraværet blant de ansatte var {p:6,8 %|sykefraværet blant de ansatte} i 2022. "
              "Arbeidsmiljøutvalget har hatt fire møter, ledet av verneombud Roar Kittilsen. Det er meldt to "
              "mindre skader uten fravær."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("p", "Vågård Ressurs AS har forretningsadresse i {g:Ringerike} kommune. Årsregnskapet er satt opp "
              "under forutsetning om fortsatt drift. Årets overskudd på 160 700 kroner overføres til annen "
              "egenkapital. Selskapet hadde 31 ansatte ved årsskiftet, 17 kvinner og 14 menn."),
        ("p", "Styret har i 2022 bestått av:"),
        ("table", [["Verv", "Navn", "Valgt av"]] + [[w, n, by] for w, n, by, _ in board_rows],
         {"ruled": True, "shade_header": "E4ECF4"}),
        ("p", "Valgkomiteen har bestått av Arne Kolstad (leder) og Sissel Haug. Styret har hatt åtte møter. "
              "Selskapet forurenser ikke det ytre miljø i nevneverdig grad."),
        ("p", "{g:Hønefoss}, 16. mars 2023"),
        ("sign", "Styret i Vågård Ressurs AS",
         [(n, w) for w, n, _, code in board_rows if code != "VARA"] + [("Knut Helge Sørum", "Daglig leder")],
         {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Årsregnskap"),
        ("stmt", res),
        ("pagebreak",),
        ("stmt", bal),
        ("pagebreak",),
        ("h", 1, "Noter til regnskapet"),
        ("h", 3, "Note 1 – Regnskapsprinsipper"),
        ("p", "Årsregnskapet er utarbeidet i samsvar med regnskapsloven og god regnskapsskikk for små foretak."),
        ("h", 3, "Note 2 – Tiltaksinntekter"),
        ("table", [["Beløp i NOK", "2022", "2021"], ["VTA, statlig tilskudd", "4 351 680", "4 212 000"],
                   ["VTA, kommunal medfinansiering", "1 450 560", "1 404 000"],
                   ["AFT", "10 944 600", "10 512 300"]], {"ruled": False}),
        ("h", 3, "Note 3 – Lønnskostnader, antall ansatte, godtgjørelser"),
        ("table", [["Beløp i NOK", "2022", "2021"], ["Lønninger", "17 402 300", "16 780 950"],
                   ["Arbeidsgiveravgift", "2 511 615", "2 420 110"], ["Pensjonskostnader", "1 402 200", "1 311 810"],
                   ["Andre ytelser", "554 000", "498 000"], ["Antall årsverk", "27,8", "27,1"]], {"ruled": False}),
        ("p", "Daglig leder har mottatt lønn med 1 012 000 kroner. Styrehonorar er utbetalt med 165 000 kroner. "
              "Honorar til revisor utgjør 74 500 kroner for lovpålagt revisjon."),
        ("h", 3, "Note 5 – Egenkapital"),
        ("table", [["", "Aksjekapital", "Annen egenkapital", "Sum"],
                   ["Egenkapital 01.01.", "1 500 000", "10 817 140", "12 317 140"],
                   ["Årets resultat", "", "160 700", "160 700"],
                   ["Egenkapital 31.12.", "1 500 000", "10 977 840", "12 477 840"]], {"ruled": False}),
        ("h", 3, "Note 6 – Bundne midler"),
        ("p", "Av bankinnskuddene er 842 100 kroner bundet til skattetrekk."),
        ("h", 3, "Note 7 – Pantelån"),
        ("p", "Pantelånet er sikret i bygningene. Avdrag neste år er 500 000 kroner."),
        ("p", "Revisor er Tyrifjord Revisjon AS ved statsautorisert revisor Line Frydenlund.", {"size": 9}),
    ]
    return {
        "name": "vagard-ressurs-2022", "year": 2022, "lang": "nb", "title": "Årsrapport 2022",
        "header": "Vågård Ressurs AS | Årsrapport 2022", "header_align": "right",
        "footer": "Side {PAGE} av {NUMPAGES}", "footer_align": "center", "font": "Liberation Sans",
        "organization": {"name": "Vågård Ressurs AS", "founded_year": 1984,
                         "address": "Eikliveien 9, 3511 Hønefoss", "email": "post@vagard.no",
                         "phone": "32 17 44 00",
                         "owners": [{"name": "Ringerike kommune", "share_percent": 75},
                                    {"name": "Hole kommune", "share_percent": 25}]},
        "ceo": "Knut Helge Sørum",
        "board": board,
        "not_board": ["Tonje Bye", "Morten Haga", "Marte Gulsrud", "Yngve Haraldstad", "Eline Skjønhaug",
                      "Roar Kittilsen", "Arne Kolstad", "Sissel Haug", "Line Frydenlund"],
        "programs": {"VTA": 24, "AFT": 38},
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "Thirteen pages: cover photo, table of contents, a chapter per program with approved places, "
                 "årsverk and results, three-year key figures, the board in a ruled Verv | Navn | Valgt av table "
                 "far from the start (one member and one deputy chosen by the employees), signatures, "
                 "statements with a note column in NOK, notes with tables, the auditor in the last line.",
    }


REPORTS = [kvamsholmen, halandsmoen, vagard]
