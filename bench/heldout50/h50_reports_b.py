"""The fiftieth set's designed reports, second half: a regional cultural body, a sports federation's
region and an IKS. All names, sentences and figures are invented; places are real and valid in the
report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from heldout_people import M


def gold_tuples(members: list[M], emp_known: bool) -> list[tuple]:
    """The third set's board tuples (name, role, employee_elected or None where the report does not say)."""
    return [(m.name, m.role, m.emp if emp_known and m.role != "VARA" else None) for m in members]


def kulturkraft_salten_2018() -> dict:
    """A long designed report of a regional cultural AS owned by the county and two kommuner: a
    key-figure spread with audience numbers, the director's letter, a programme in three columns, an
    owner's politician quoted, the programråd and the staff beside the board's photo cards, and a
    driftsregnskap with a budget column in 1000 kr."""
    board = [M("Ingrid Solbakk", "LEDE"), M("Trond Aune Hansen", "NEST"), M("Sissel Kvarving", "MEDL"),
             M("Mohammed Al-Sayed", "MEDL"), M("Lene Kristoffersen", "MEDL", emp=True),
             M("Vegard Strømsnes", "VARA"), M("Bente Rasmussen", "VARA")]
    ceo = "Eirik Mørkved"
    cols = [Col("Regnskap 2018", 2018), Col("Budsjett 2018", 2018, BUDGET), Col("Regnskap 2017", 2017)]
    res = Statement("Resultatregnskap", cols, income("nb", 3, inc=[
        ("Tilskudd Nordland fylkeskommune", "2", [9_850, 9_850, 9_600]), ("Tilskudd Bodø kommune", "2", [4_120, 4_120, 4_000]),
        ("Tilskudd Fauske kommune", "2", [1_210, 1_210, 1_180]), ("Billettinntekter", "", [5_106, 5_400, 4_512]),
        ("Prosjektmidler og andre inntekter", "3", [2_418, 1_900, 2_260])],
        cost=[("Lønn og sosiale kostnader", "4", [9_904, 9_750, 9_316]), ("Artisthonorarer og produksjon", "", [8_615, 8_300, 7_944]),
              ("Husleie og drift av lokaler", "", [2_706, 2_650, 2_588]), ("Markedsføring", "", [1_034, 950, 906]),
              ("Andre driftskostnader", "", [612, 700, 655])],
        fin=[("Netto finansposter", "", [42, 20, 31])], labels={"net_fin": None}),
        unit=1000, negative="paren", note_col="Note", label_header="Tall i 1000 kr")
    bal = Statement("Balanse pr. 31.12.", [Col("2018", 2018), Col("2017", 2017)], balance("nb", 2,
        fixed=[("Lys- og lydutstyr", "", [1_312, 1_540])],
        current=[("Kortsiktige fordringer", "", [1_884, 1_606]), ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [300, 300]), ("Annen egenkapital", "", [2_917, 3_042])],
        long=[], short=[("Leverandørgjeld", "", [1_106, 980]), ("Forskuddsbetalte billetter", "", [1_644, 1_390]),
                        ("Annen kortsiktig gjeld", "", [1_390, 1_285])]),
        unit=1000, negative="paren", label_header="Tall i 1000 kr")
    items = [
        ("sidebar", "Innhold", ["Året i tall", "Direktøren har ordet", "Program 2018", "Samarbeid og samfunn",
                                "Organisasjon", "Styrets årsberetning", "Regnskap og noter", "Revisors beretning"]),
        ("kpi", [("41 250", "", "Publikum"), ("312", "", "Arrangementer"), ("22,7", "MNOK", "Omsetning"),
                 ("{p:33 %}", "", "Egeninntekter")], {"title": "Året i tall", "per_row": 4}),
        ("h", 2, "Direktøren har ordet"),
        ("p", "Kulturkraft Salten skal sørge for at folk i hele regionen får oppleve profesjonell kunst nær der de bor. "
              "I 2018 spilte vi 312 arrangementer i ni kommuner, fra {g:Røst} i vest til {g:Sulitjelma} i øst."),
        ("p", "Publikumstallet passerte 40 000 for første gang. Det skyldes ikke minst sommerturneen med "
              "Nordlandsbåten, som fylte kaia i {g:Steigen} og {g:Gildeskål}."),
        ("p", "Jeg vil takke kulturrådgiver Synnøve Dahl i {g:Bodø} kommune, turnéprodusent Petter Lind, og alle "
              "frivillige arrangører, med Anne-Grethe Nyheim i {g:Saltdal} i spissen."),
        ("p", "Eirik Mørkved", {"italic": True}), ("p", "direktør", {"small": True}),
        ("quote", "«Kulturkraft gjør fylket mindre og scenen større.»",
         "Fylkesråd for kultur Marianne Bjørnstad, Nordland fylkeskommune"),
        ("sidebar", "Eiere", ["Nordland fylkeskommune {p:60 %|Nordland fylkeskommune}", "Bodø kommune {p:28 %|Bodø kommune}",
                              "Fauske kommune {p:12 %|Fauske kommune}"]),
        ("band", "Program 2018", {"page": True}),
        ("cols3", [
            ("h", 2, "Scenekunst"),
            ("p", "Vi turnerte med fire teaterforestillinger og én danseforestilling. «Mørketid», i regi av "
                  "Hanne Kjeldsen, ble spilt 34 ganger."),
            ("p", "Totalt så 11 840 publikummere scenekunst i vår regi."),
            ("h", 2, "Musikk"),
            ("p", "Konsertserien «Salten live» hadde 96 konserter. Belegget i salene var {p:81 %|belegget} mot "
                  "{p:76 %|året før} året før."),
            ("p", "Jazzfestivalen på {g:Fauske} samlet 3 900 publikummere over tre dager."),
            ("h", 2, "Barn og unge"),
            ("p", "Den kulturelle skolesekken nådde alle grunnskoler i regionen. 18 200 elever så minst én "
                  "forestilling."),
            ("p", "Ungdomsrådet, ledet av Sara Elvenes, valgte ut programmet for festivalen «Vill»."),
            ("h", 2, "Visuell kunst"),
            ("p", "Vandreutstillingen «Lys over Saltfjellet» ble vist på seks steder. Kurator var Jens Holmvik."),
        ]),
        ("table", [["Publikum per område", "2018", "2017", "Endring"], ["Scenekunst", "11 840", "10 960", "{p:8,0 %}"],
                   ["Musikk", "18 460", "17 020", "{p:8,5 %}"], ["Barn og unge", "6 050", "6 210", "{p:-2,6 %}"],
                   ["Visuell kunst", "4 900", "3 880", "{p:26,3 %}"]]),
        ("photo", 4, 5, "Publikum på kaia i {g:Steigen} under sommerturneen. Foto: Kristin Elde"),
        ("band", "Samarbeid og samfunn", {"page": True}),
        ("p", "Kulturkraft Salten arbeider tett med kommunene, skolene og de frivillige arrangørene. Uten dem ville "
              "ikke turneene nådd ut til de minste stedene i regionen."),
        ("p", "I 2018 inngikk vi en ny treårig avtale med Nordland musikkfestuke og en intensjonsavtale med "
              "Stormen bibliotek om litteraturarrangementer for ungdom."),
        ("wide", [("table", [["Samarbeidspartner", "Kontaktperson", "Område"],
                             ["Nordland musikkfestuke", "Håvard Strand, festivalsjef", "Musikk"],
                             ["Stormen bibliotek", "Ellen Marie Vik, leder", "Litteratur"],
                             ["Den kulturelle skolesekken", "Odd Helge Skog, koordinator", "Barn og unge"],
                             ["Sulitjelma historielag", "Berit Sandnes, leder", "Kulturarv"]])]),
        ("h", 2, "Tilgjengelighet"),
        ("p", "Alle våre faste scener er nå tilgjengelige for rullestolbrukere. Vi tilbyr tegnspråktolking på "
              "utvalgte forestillinger, og {p:12 %|billettene} av billettene ble solgt som rabatterte "
              "ungdomsbilletter."),
        ("h", 2, "Miljø"),
        ("p", "Turneene planlegges slik at bilkjøringen blir minst mulig. Vi har i 2018 tatt i bruk en elektrisk "
              "varebil til utstyr i {g:Bodø}-området."),
        ("quote", "«Uten Kulturkraft hadde vi ikke hatt en eneste profesjonell konsert i bygda i år.»",
         "Berit Sandnes, Sulitjelma historielag"),
        ("h", 2, "Frivillige arrangører"),
        ("p", "Omkring 140 frivillige var med og arrangerte forestillinger og konserter. De gjør alt fra å bære "
              "scenetepper til å koke kaffe, og de er selve ryggraden i turnévirksomheten."),
        ("band", "Organisasjon", {"page": True}),
        ("p", "Kulturkraft Salten AS ble stiftet i 2009 og har kontor i Kulturhuset i {g:Bodø}. Selskapet hadde ved "
              "årsskiftet 14 fast ansatte. Direktør er Eirik Mørkved."),
        ("cards", [("Ingrid Solbakk", "Styreleder"), ("Trond Aune Hansen", "Nestleder"), ("Sissel Kvarving", "Styremedlem"),
                   ("Mohammed Al-Sayed", "Styremedlem"), ("Lene Kristoffersen", "Styremedlem, valgt av de ansatte"),
                   ("Vegard Strømsnes", "1. varamedlem"), ("Bente Rasmussen", "2. varamedlem")],
         {"title": "Styret", "per_row": 4}),
        ("p", "Styret ble valgt av generalforsamlingen 24. april 2018. Fylkesråd Marianne Bjørnstad møtte for "
              "Nordland fylkeskommune, ordfører Arnfinn Olsen for Bodø kommune og varaordfører Liv Eline "
              "Hagen for Fauske kommune."),
        ("cards", [("Kari Helene Bang", "Leder"), ("Sara Elvenes", "Ungdomsrådet"), ("Jens Holmvik", "Visuell kunst")],
         {"title": "Programrådet", "per_row": 4}),
        ("sidebar", "Administrasjon", ["Eirik Mørkved, direktør", "Tove Pedersen, økonomisjef",
                                       "Petter Lind, turnéprodusent", "Kine Johansen, kommunikasjonsansvarlig",
                                       "Rolf Hagen, teknisk sjef"]),
        ("band", "Styrets årsberetning", {"page": True}),
        ("p", "Selskapets formål er å produsere og formidle kunst og kultur i {g:Salten}. Virksomheten drives fra "
              "{g:Bodø} med turneer i hele regionen."),
        ("p", "Sykefraværet var {p:4,1 %|sykefraværet} i 2018. Arbeidsmiljøet er godt. Av de ansatte er åtte kvinner "
              "og seks menn; styret har fire kvinner og tre menn med varamedlemmene."),
        ("p", "Årets resultat er et underskudd på 125 000 kroner mot et budsjettert overskudd på 150 000 kroner. "
              "Underskuddet dekkes av annen egenkapital. Forutsetningen om fortsatt drift er til stede."),
        ("band", "Regnskap 2018", {"page": True}),
        ("wide", [("stmt", res), ("stmt", bal)]),
        ("band", "Noter til regnskapet", {"page": True}),
        ("p", "Note 1 Regnskapsprinsipper: Årsregnskapet er satt opp i samsvar med regnskapsloven og god "
              "regnskapsskikk for små foretak. Tilskudd inntektsføres i det året de gjelder."),
        ("p", "Note 2 Offentlige tilskudd: Driftstilskuddene fra eierne er gitt etter vedtatt budsjett. "
              "Nordland fylkeskommune ga i tillegg 600 000 kroner til sommerturneen, som er ført som prosjektmidler."),
        ("p", "Note 3 Prosjektmidler: Prosjektmidler omfatter tilskudd fra Norsk kulturråd og Sparebank1 Nord-Norge."),
        ("p", "Note 4 Lønn: Selskapet hadde 14 årsverk. Direktørens lønn var 1 045 000 kroner. Styrets honorar var "
              "180 000 kroner, hvorav styreleder 60 000 kroner. Selskapet har pensjonsordning i KLP."),
        ("p", "Revisor er KPMG Bodø ved statsautorisert revisor Geir Iversen.", {"small": True}),
        ("sign", "{g:Bodø}, 6. mars 2019", [("Ingrid Solbakk", "styreleder"), ("Trond Aune Hansen", "nestleder"),
                                        ("Sissel Kvarving", "styremedlem"), ("Mohammed Al-Sayed", "styremedlem"),
                                        ("Lene Kristoffersen", "styremedlem"), ("Eirik Mørkved", "direktør")]),
        ("band", "Uavhengig revisors beretning", {"page": True}),
        ("p", "Til generalforsamlingen i Kulturkraft Salten AS"),
        ("h", 3, "Konklusjon"),
        ("p", "Vi har revidert Kulturkraft Salten AS' årsregnskap som viser et underskudd på 125 000 kroner. "
              "Årsregnskapet består av balanse per 31. desember 2018, resultatregnskap for regnskapsåret og noter. "
              "Etter vår mening er det medfølgende årsregnskapet avgitt i samsvar med lov og forskrifter."),
        ("h", 3, "Grunnlag for konklusjonen"),
        ("p", "Vi har gjennomført revisjonen i samsvar med lov, forskrift og god revisjonsskikk i Norge. Vi er "
              "uavhengige av selskapet slik det kreves i lov og forskrift."),
        ("h", 3, "Øvrig informasjon"),
        ("p", "Ledelsen er ansvarlig for øvrig informasjon. Øvrig informasjon omfatter informasjon i årsrapporten "
              "bortsett fra årsregnskapet og den tilhørende revisjonsberetningen."),
        ("p", "{g:Bodø}, 8. mars 2019"),
        ("p", "KPMG AS"),
        ("p", "Geir Iversen, statsautorisert revisor"),
    ]
    return {
        "name": "kulturkraft-salten-2018", "year": 2018, "title": "Kulturkraft Salten AS – Årsrapport 2018",
        "cover": ("Årsrapport 2018", "Kulturkraft Salten AS · {g:Bodø} · {g:Nordland}"),
        "runner": "Kulturkraft Salten · Årsrapport 2018", "accent": "A3243B", "soft": "F6E3E6",
        "organization": {"name": "Kulturkraft Salten AS", "founded_year": 2009,
                         "owners": [{"name": "Nordland fylkeskommune", "share_percent": 60.0},
                                    {"name": "Bodø kommune", "share_percent": 28.0},
                                    {"name": "Fauske kommune", "share_percent": 12.0}]},
        "ceo": ceo, "board": gold_tuples(board, True), "programs": {},
        "not_board": ["Synnøve Dahl", "Petter Lind", "Anne-Grethe Nyheim", "Marianne Bjørnstad", "Hanne Kjeldsen",
                      "Sara Elvenes", "Jens Holmvik", "Kristin Elde", "Arnfinn Olsen", "Liv Eline Hagen",
                      "Kari Helene Bang", "Tove Pedersen", "Kine Johansen", "Rolf Hagen", "Geir Iversen",
                      "Håvard Strand", "Ellen Marie Vik", "Odd Helge Skog", "Berit Sandnes"],
        "key_figures_optional": [{"label": "Omsetning", "year": 2018, "value": 22_700_000}],
        "not_places": ["Nordland fylkeskommune", "Bodø kommune", "Fauske kommune", "KPMG Bodø", "Kulturkraft Salten",
                       "Nordland musikkfestuke", "Sulitjelma historielag", "Sparebank1 Nord-Norge",
                       "Salten live", "Saltfjellet"],
        "items": items, "renditions": ["chrome"],
        "notes": "Regional cultural AS: owners in a sidebar; the owners' politicians at the generalforsamling and a "
                 "quoted fylkesråd (not board); the programråd as photo cards with 'Leder' right after the board's "
                 "cards; driftsregnskap with a budget column (optional); the direktør is the daglig leder.",
    }


def trondelag_bordtennis_2022() -> dict:
    """A sports federation's region: the leader's letter, a key-figure spread of members and clubs,
    the regionstyre as photo cards whose role line names the club, the ting-elected bodies in a
    sidebar, the valgkomité's proposal for the next ting, statements in kroner with a budget."""
    board = [M("Stine Rødsjø", "LEDE"), M("Magnus Heggem", "NEST"), M("Jorid Flatås", "MEDL"),
             M("Håkon Lian Stokke", "MEDL"), M("Emilie Vold", "MEDL"), M("Per Kristian Eid", "VARA"),
             M("Tiril Aas", "VARA")]
    ceo = "Anders Grøtte"
    cols = [Col("Regnskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET), Col("Regnskap 2021", 2021)]
    res = Statement("Resultatregnskap 2022", cols, income("nb", 3, inc=[
        ("Tilskudd fra forbundet", "", [842_000, 842_000, 815_000]), ("Tilskudd fra Trøndelag idrettskrets", "", [118_500, 110_000, 104_000]),
        ("Kursavgifter og lisenser", "", [306_440, 280_000, 198_250]), ("Stevneavgifter", "", [214_870, 240_000, 126_300]),
        ("Sponsorer", "", [95_000, 100_000, 90_000])],
        cost=[("Lønn og sosiale kostnader", "", [902_336, 890_000, 871_420]), ("Kurs og samlinger", "", [288_914, 260_000, 162_708]),
              ("Reiser styre og utvalg", "", [61_208, 70_000, 38_115]), ("Stevner og arrangement", "", [196_402, 210_000, 118_550]),
              ("Kontor og drift", "", [94_116, 90_000, 88_930])],
        fin=[("Renteinntekter", "", [3_855, 2_000, 1_204])], labels={"net_fin": None}),
        note_col=None, label_header="Beløp i kr")
    bal = Statement("Balanse 31.12.2022", [Col("31.12.2022", 2022), Col("31.12.2021", 2021)], balance("nb", 2,
        fixed=[], current=[("Kundefordringer", "", [42_300, 18_600]), ("Bankinnskudd", "", "plug")],
        equity=[("Egenkapital", "", [456_818, 419_129])], long=[],
        short=[("Leverandørgjeld", "", [51_284, 38_117]), ("Skyldige feriepenger og avgifter", "", [128_615, 121_930])]),
        label_header="Beløp i kr")
    items = [
        ("h", 2, "Lederen har ordet"),
        ("p", "Etter to år med avlyste stevner var 2022 året da bordtennisen i {g:Trøndelag} kom tilbake for fullt. "
              "Vi arrangerte regionmesterskap i {g:Steinkjer} og {g:Orkanger}, og lisenstallet økte med {p:22 %|lisenstallet}."),
        ("p", "Jeg vil takke daglig leder Anders Grøtte for en enorm innsats, og trenerne Rolf Sandvik og Kaja "
              "Lerstad for regionsamlingene. En spesiell takk til Ivar Grønning, som etter 30 år som dommer la opp "
              "etter NM i {g:Stjørdal}."),
        ("p", "Stine Rødsjø, regionleder", {"italic": True}),
        ("kpi", [("3 412", "", "Medlemmer"), ("29", "", "Klubber"), ("1 106", "", "Lisensierte spillere"),
                 ("64", "", "Dommere"), ("41", "", "Stevner")], {"title": "Regionen i tall", "per_row": 5}),
        ("quote", "«Det beste med regionsamlingene er at vi spiller mot nye folk.»", "Jonas (14), Nidar BTK"),
        ("band", "Regionstyret 2022–2024"),
        ("cards", [("Stine Rødsjø", "Leder · Nidar BTK"), ("Magnus Heggem", "Nestleder · Stjørdal BTK"),
                   ("Jorid Flatås", "Styremedlem · Steinkjer BTK"), ("Håkon Lian Stokke", "Styremedlem · Orkla BTK"),
                   ("Emilie Vold", "Ungdomsrepresentant · Tiller BTK"), ("Per Kristian Eid", "1. vara · Namsos BTK"),
                   ("Tiril Aas", "2. vara · Nidar BTK")], {"per_row": 4}),
        ("p", "Regionstyret ble valgt på regionstinget i {g:Trondheim} 23. april 2022 og har hatt ni møter."),
        ("sidebar", "Tingvalgte organer", ["Kontrollutvalg: Olaug Hoff (leder), Kjell Arne Rønning",
                                           "Valgkomité: Bjørnar Sæther (leder), Trine Krogstad, Mats Haugan",
                                           "Revisor: Midt-Norge Revisjon AS, ved Ola Skjærvø"]),
        ("h", 2, "Aktivitet"),
        ("p", "Regionen hadde 41 godkjente stevner. Deltakelsen i seriespillet økte, og {p:58 %|spillerne} av "
              "spillerne i serien var under 20 år."),
        ("table", [["Medlemmer", "2022", "2021", "2020"], ["Jenter og kvinner", "904", "811", "836"],
                   ["Gutter og menn", "2 508", "2 244", "2 301"], ["Sum", "3 412", "3 055", "3 137"]]),
        ("h", 2, "Æresmedlemmer"),
        ("p", "Regionens æresmedlemmer er Arvid Løkken og Randi Brattli."),
        ("band", "Regnskap", {"page": True}),
        ("wide", [("stmt", res), ("stmt", bal)]),
        ("p", "Resultatet på 37 689 kroner overføres til egenkapitalen.", {"small": True}),
        ("sign", "{g:Trondheim}, 14. februar 2023", [("Stine Rødsjø", "leder"), ("Magnus Heggem", "nestleder"),
                                                ("Jorid Flatås", "styremedlem"), ("Håkon Lian Stokke", "styremedlem"),
                                                ("Emilie Vold", "styremedlem")]),
        ("band", "Valgkomiteens innstilling til regionstinget 2024"),
        ("table", [["Verv", "Navn", "Klubb"], ["Leder", "Magnus Heggem", "Stjørdal BTK (ny som leder)"],
                   ["Nestleder", "Guro Sandnes", "Orkla BTK (ny)"], ["Styremedlem", "Jorid Flatås", "Steinkjer BTK (ikke på valg)"],
                   ["Styremedlem", "Henrik Ofstad", "Tiller BTK (ny)"], ["1. vara", "Per Kristian Eid", "Namsos BTK (gjenvalg)"]]),
        ("p", "For valgkomiteen: Bjørnar Sæther, leder", {"small": True}),
    ]
    return {
        "name": "trondelag-bordtennis-2022", "year": 2022, "title": "Trøndelag Bordtennisregion – Årsberetning 2022",
        "cover": ("Årsberetning 2022", "Trøndelag Bordtennisregion · regionstinget 2024"),
        "runner": "Trøndelag Bordtennisregion – Årsberetning 2022", "accent": "1F6B3A", "soft": "E1F0E5",
        "organization": {"name": "Trøndelag Bordtennisregion"},
        "ceo": ceo, "board": gold_tuples(board, False), "programs": {},
        "not_board": ["Rolf Sandvik", "Kaja Lerstad", "Ivar Grønning", "Olaug Hoff", "Kjell Arne Rønning",
                      "Bjørnar Sæther", "Trine Krogstad", "Mats Haugan", "Ola Skjærvø", "Arvid Løkken", "Randi Brattli",
                      "Guro Sandnes", "Henrik Ofstad"],
        "not_places": ["Trøndelag idrettskrets", "Trøndelag Bordtennisregion", "Stjørdal BTK", "Steinkjer BTK",
                       "Midt-Norge Revisjon AS"],
        "items": items, "renditions": ["chrome"],
        "notes": "Sports region: the regionstyre as photo cards 'Role · Club'; the ungdomsrepresentant MEDL, '1. vara' "
                 "and '2. vara' VARA; the valgkomité's proposal for 2024 names sitting members in new roles (the "
                 "year's roles are gold); daglig leder named in the letter.",
    }


def lagendalen_renovasjon_2021() -> dict:
    """An IKS: the daglig leder's letter, a key-figure spread with tonnes and shares, the
    representantskap of mayors in a table, the board as one-line "Name, role" captions with
    personal deputies in a sentence, statements in 1000 kr with brackets."""
    board = [M("Kristin Aasen Holt", "LEDE"), M("Per Gunnar Moen", "NEST"), M("Hilde Brekke", "MEDL"),
             M("Svein Olav Lie", "MEDL"), M("Tonje Skaug", "MEDL", emp=True), M("Arild Frogner", "VARA"),
             M("Nina Sollie", "VARA")]
    ceo = "Geir Ove Langerud"
    cols = [Col("2021", 2021), Col("2020", 2020)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc=[
        ("Renovasjonsgebyrer", "2", [81_405, 77_930]), ("Salg av sekundærråvarer", "", [9_886, 6_412]),
        ("Andre driftsinntekter", "", [5_118, 4_870])],
        cost=[("Transport og innsamling", "", [31_208, 28_000]), ("Behandling av avfall", "", [28_776, 24_000]),
              ("Lønnskostnader", "3", [24_512, 23_460]), ("Avskrivninger", "4", [6_340, 6_012]),
              ("Andre driftskostnader", "", [4_981, 4_705])],
        fin=[("Finansinntekter", "", [184, 122]), ("Finanskostnader", "", [-1_406, -1_512])]),
        unit=1000, negative="paren", note_col="Note", label_header="i 1000 kr")
    bal = Statement("Balanse", cols, balance("nb", 2,
        fixed=[("Tomter og bygninger", "4", [38_410, 39_660]), ("Kjøretøy og containere", "4", [17_204, 15_882])],
        current=[("Fordringer", "", [8_845, 9_310]), ("Bankinnskudd", "", "plug")],
        equity=[("Innskutt egenkapital", "", [5_000, 5_000]), ("Annen egenkapital", "", [9_234, 9_864])],
        long=[("Lån i Kommunalbanken", "5", [42_500, 45_000])],
        short=[("Leverandørgjeld", "", [6_214, 5_880]), ("Annen kortsiktig gjeld", "", [9_118, 8_433])]),
        unit=1000, negative="paren", note_col="Note", label_header="i 1000 kr")
    items = [
        ("kpi", [("96,4", "MNOK", "Omsetning"), ("28 450", "tonn", "Innsamlet avfall"),
                 ("{p:46 %}", "", "Materialgjenvinning"), ("31 900", "", "Abonnenter")], {"per_row": 4}),
        ("h", 2, "Daglig leder har ordet"),
        ("p", "2021 var første hele år med matavfallsinnsamling i hele {g:Lågendalen}. Materialgjenvinningen økte "
              "til {p:46 %|materialgjenvinningen}, og restavfallet gikk ned med nesten 2 000 tonn."),
        ("p", "Den nye gjenvinningsstasjonen på {g:Svarstad} åpnet i juni. Takk til prosjektleder Knut Erik Aas og "
              "til miljøvernrådgiver Linda Fosshaug i {g:Larvik} kommune for et godt samarbeid."),
        ("quote", "«Folk sorterer bedre enn vi trodde – når vi gjør det enkelt.»", "Geir Ove Langerud, daglig leder"),
        ("p", "Resultatet ble svakere enn året før fordi vi tok inn ett år med økte behandlingspriser."),
        ("p", "Geir Ove Langerud, daglig leder", {"italic": True}),
        ("sidebar", "Om selskapet", ["Lågendalen Renovasjon IKS", "Eiere: Larvik kommune {p:78 %|Larvik kommune} og "
                                     "Kongsberg kommune {p:22 %|Kongsberg kommune}", "Stiftet 1996",
                                     "Hovedkontor: {g:Svarstad}", "www.lagendalen-renovasjon.no"]),
        ("band", "Eierstyring", {"page": True}),
        ("p", "Selskapet er et interkommunalt selskap etter IKS-loven. Representantskapet er selskapets øverste organ "
              "og har i 2021 hatt to møter. Leder av representantskapet er ordfører Erik Sølvberg."),
        ("table", [["Kommune", "Medlem", "Varamedlem"], ["{g:Larvik}", "Erik Sølvberg (leder)", "Janne Ødegård"],
                   ["{g:Larvik}", "Siv Mette Brunstad", "Odd Arne Thorstensen"],
                   ["{g:Kongsberg}", "Kari Anne Sand (nestleder)", "Bjørn Tore Aasland"]], {"ruled": True}),
        ("p", "Kontrollutvalgene i eierkommunene fører tilsyn med selskapet."),
        ("cards", [("Kristin Aasen Holt", "styreleder"), ("Per Gunnar Moen", "nestleder"), ("Hilde Brekke", "styremedlem"),
                   ("Svein Olav Lie", "styremedlem"), ("Tonje Skaug", "ansattes representant")],
         {"title": "Styret", "per_row": 3, "inline": True}),
        ("p", "Personlige varamedlemmer er Arild Frogner (for Kristin Aasen Holt og Per Gunnar Moen) og Nina Sollie "
              "(for Hilde Brekke og Svein Olav Lie). Ansattes varamedlem er Frank Haugen."),
        ("p", "Styret har hatt åtte møter og behandlet 61 saker."),
        ("band", "Årsberetning 2021", {"page": True}),
        ("cols3", [
            ("h", 2, "Virksomheten"),
            ("p", "Lågendalen Renovasjon IKS samler inn og behandler husholdningsavfall for innbyggerne i {g:Larvik} og "
                  "{g:Kongsberg}. Hovedkontoret ligger på {g:Svarstad}."),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Selskapet hadde 38 ansatte ved årsskiftet. Sykefraværet var {p:6,2 %|sykefraværet} mot "
                  "{p:7,0 %|i 2020} i 2020. Det var to skader med fravær."),
            ("h", 2, "Likestilling"),
            ("p", "Av de ansatte er sju kvinner. Styret består av tre kvinner og to menn."),
            ("h", 2, "Ytre miljø"),
            ("p", "Bilparken er fornyet med fire elektriske renovasjonsbiler. Utslippene fra egen transport gikk ned "
                  "med {p:14 %|utslippene}."),
            ("h", 2, "Resultat"),
            ("p", "Årets underskudd på 630 000 kroner dekkes av annen egenkapital. Styret mener forutsetningen om "
                  "fortsatt drift er til stede."),
        ]),
        ("sign", "{g:Svarstad}, 3. mars 2022", [("Kristin Aasen Holt", "styreleder"), ("Per Gunnar Moen", "nestleder"),
                                            ("Hilde Brekke", "styremedlem"), ("Svein Olav Lie", "styremedlem"),
                                            ("Tonje Skaug", "styremedlem"), ("Geir Ove Langerud", "daglig leder")]),
        ("band", "Regnskap 2021", {"page": True}),
        ("wide", [("stmt", res), ("stmt", bal)]),
        ("p", "Revisor: Viken Kommunerevisjon IKS, oppdragsansvarlig revisor Marianne Tufte.", {"small": True}),
    ]
    return {
        "name": "lagendalen-renovasjon-2021", "year": 2021, "title": "Lågendalen Renovasjon IKS – Årsrapport 2021",
        "cover": ("Årsrapport 2021", "Lågendalen Renovasjon IKS · {g:Larvik} og {g:Kongsberg}"),
        "runner": "Lågendalen Renovasjon IKS · Årsrapport 2021", "accent": "2C5E2E", "soft": "E5EFE2",
        "organization": {"name": "Lågendalen Renovasjon IKS", "founded_year": 1996,
                         "website": "www.lagendalen-renovasjon.no",
                         "owners": [{"name": "Larvik kommune", "share_percent": 78.0},
                                    {"name": "Kongsberg kommune", "share_percent": 22.0}]},
        "ceo": ceo, "board": gold_tuples(board, True), "programs": {},
        "not_board": ["Knut Erik Aas", "Linda Fosshaug", "Erik Sølvberg", "Janne Ødegård", "Siv Mette Brunstad",
                      "Odd Arne Thorstensen", "Kari Anne Sand", "Bjørn Tore Aasland", "Marianne Tufte"],
        "board_optional": ["Frank Haugen"],
        "key_figures_optional": [{"label": "Omsetning", "year": 2021, "value": 96_400_000}],
        "not_places": ["Larvik kommune", "Kongsberg kommune"],
        "items": items, "renditions": ["chrome"],
        "notes": "IKS: the representantskap of politicians in a Kommune | Medlem | Varamedlem table right before the "
                 "board; the board as one-line 'Name, role' captions, 'ansattes representant'; personal deputies "
                 "in a sentence (VARA), the employees' deputy not board.",
    }


REPORTS = [kulturkraft_salten_2018, trondelag_bordtennis_2022, lagendalen_renovasjon_2021]
