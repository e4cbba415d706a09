"""Reports of the tenth held-out set, part A: a hospital trust (helseforetak) with observers, a
national association with county branches (printed by Chromium), and a bilingual North Sami and
Norwegian language centre. Organisations, people and figures are invented; places are real."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def hf_2023() -> dict:
    """Sykehuset Østre Innland HF, 2023: the board in a table of owner-appointed and
    employee-elected members, observers in prose, the employees' deputies listed apart."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = [("Basisramme", "2", [3812400, 3655100]), ("Aktivitetsbaserte inntekter", "2", [1402300, 1351800]),
           ("Andre driftsinntekter", "3", [318900, 297400])]
    cost = [("Varekostnader", "", [602100, 571300]), ("Lønnskostnader", "4", [3970200, 3801900]),
            ("Avskrivninger", "6", [212500, 205800]), ("Andre driftskostnader", "5", [690400, 668200])]
    fin = [("Finansinntekter", "", [14200, 6900]), ("Finanskostnader", "", [-31600, -22400])]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc, cost, fin), unit=1000, note_col="Note",
                    label_header="Beløp i 1000 kr")
    bal = Statement("Balanse per 31. desember", cols, balance(
        "nb", 2,
        fixed=[("Tomter og bygninger", "6", [2841300, 2790500]), ("Medisinskteknisk utstyr", "6", [402600, 388100])],
        current=[("Kundefordringer", "", [96400, 88300]), ("Andre fordringer", "", [141900, 133600]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Innskutt egenkapital", "", [1870000, 1870000]), ("Annen egenkapital", "", [342800, 322700])],
        long=[("Langsiktige lån fra eier", "8", [936500, 898200]), ("Pensjonsforpliktelser", "4", [118200, 109700])],
        short=[("Leverandørgjeld", "", [301800, 286900]), ("Skyldige offentlige avgifter", "", [284600, 271300]),
               ("Annen kortsiktig gjeld", "", [512300, 468900])]),
        unit=1000, note_col="Note", label_header="Beløp i 1000 kr")
    board_rows = [["Navn", "Rolle", "Oppnevnt / valgt", "Periode"],
                  ["Kristin Aasmundsen Brevik", "Styreleder", "Oppnevnt av foretaksmøtet", "2022–2024"],
                  ["Tore Hallvard Myrmo", "Nestleder", "Oppnevnt av foretaksmøtet", "2022–2024"],
                  ["Ingunn Flaten Sæther", "Styremedlem", "Oppnevnt av foretaksmøtet", "2022–2024"],
                  ["Bjarne Kolstad Øien", "Styremedlem", "Oppnevnt av foretaksmøtet", "2023–2025"],
                  ["Merete Ramsli", "Styremedlem", "Oppnevnt av foretaksmøtet", "2023–2025"],
                  ["Hege Tangvald", "Styremedlem", "Valgt av og blant de ansatte", "2023–2025"],
                  ["Ole-Martin Grini", "Styremedlem", "Valgt av og blant de ansatte", "2023–2025"],
                  ["Silje Rognstad Haug", "Styremedlem", "Valgt av og blant de ansatte", "2023–2025"]]
    items = [
        ("h", 1, "Årlig melding og årsberetning 2023"),
        ("p", "Sykehuset Østre Innland HF", {"size": 14, "bold": True}),
        ("p", "Org.nr. 983 117 540 · Postboks 412, 2402 {g:Elverum} · post@ostreinnland-hf.no · www.ostreinnland-hf.no",
         {"size": 8.5}),
        ("h", 2, "1. Virksomhetens art og lokalisering"),
        ("p", "Sykehuset Østre Innland HF er et helseforetak eid av Helse Midtøst RHF, som eier {p:100 %|eier} "
              "av foretaket. Foretaket yter spesialisthelsetjenester til om lag 190 000 innbyggere og har "
              "sykehus i {g:Elverum}, {g:Kongsvinger} og {g:Tynset}, distriktspsykiatriske sentre og ambulansestasjoner "
              "i hele den østlige delen av {g:Innlandet}. Administrasjonen ligger i {g:Elverum}."),
        ("p", "Foretaket ble opprettet 1. januar 2009 ved sammenslåing av to tidligere helseforetak."),
        ("h", 2, "2. Styret og styrets arbeid"),
        ("p", "Styret har åtte medlemmer. Fem medlemmer oppnevnes av eier i foretaksmøtet, og tre medlemmer er "
              "valgt av og blant de ansatte. Ved utløpet av 2023 var styret sammensatt slik:"),
        ("table", board_rows, {"ruled": True, "size": 9, "shade_header": "DCE6F0"}),
        ("p", "Personlige varamedlemmer for de ansattvalgte styremedlemmene er Anita Sollien Dahl (for Hege "
              "Tangvald), Jørund Bekkevold (for Ole-Martin Grini) og Karoline Nyhus (for Silje Rognstad Haug). "
              "Eieroppnevnte medlemmer har ikke varamedlemmer."),
        ("p", "I tillegg møter to observatører med tale- og forslagsrett, men uten stemmerett: Arnfinn Skjæran, "
              "oppnevnt av brukerutvalget, og Linda Engen Vik, oppnevnt av de ansattes hovedsammenslutninger "
              "(YS, LO og Unio i fellesskap)."),
        ("p", "I foretaksmøtet 15. juni 2023 ble Bjarne Kolstad Øien og Merete Ramsli oppnevnt for en ny periode. "
              "Pål Engebretsen og Gunhild Aas fratrådte da etter fire år i styret. Foretaksmøtet ble ledet av "
              "administrerende direktør i Helse Midtøst RHF, Wenche Haug Lervik."),
        ("p", "Styret har i 2023 hatt ti styremøter og behandlet 96 saker. Styresekretær har vært Randi Opsahl. "
              "Styret har gjennomført egenevaluering i november."),
        ("h", 2, "3. Ledelse"),
        ("p", "Administrerende direktør er Geir Tollefsrud, som har ledet foretaket siden 2019. Foretakets "
              "ledergruppe består ellers av fem klinikkdirektører, økonomidirektør og HR-direktør."),
        ("table", [["Ledergruppen", "Funksjon"], ["Geir Tollefsrud", "Administrerende direktør"],
                   ["Mona Kvisler", "Klinikkdirektør, medisinsk klinikk"],
                   ["Steinar Lien Bakke", "Klinikkdirektør, kirurgisk klinikk"],
                   ["Tove Margrethe Nordli", "Klinikkdirektør, psykisk helsevern og rus"],
                   ["Even Hoff", "Økonomidirektør"]], {"ruled": False, "size": 9}),
        ("h", 2, "4. Pasientbehandling og kvalitet"),
        ("p", "Antall døgnopphold økte til 41 260, og antall polikliniske konsultasjoner til 318 400. Gjennomsnittlig "
              "ventetid for avviklede pasienter var 58 dager. {p:92,6 %|pakkeforløp} av pasientene i pakkeforløp "
              "for kreft ble behandlet innen normert tid, mot {p:88,1 %|pakkeforløp} året før."),
        ("p", "Andelen fristbrudd var {p:2,9 %|fristbrudd} ved utgangen av året."),
        ("h", 2, "5. Arbeidsmiljø og likestilling"),
        ("p", "Foretaket hadde 4 870 årsverk fordelt på 6 210 ansatte. Sykefraværet var {p:7,4 %|sykefraværet} "
              "(mot {p:8,1 prosent|sykefraværet} i 2022). Kvinner utgjør {p:77 %|kvinner} av de ansatte og {p:58 %|lederne} av "
              "lederne på alle nivåer. Det har ikke vært alvorlige arbeidsulykker i året."),
        ("h", 2, "6. Økonomi"),
        ("p", "Foretaket fikk et positivt resultat på 41,0 millioner kroner mot et eierkrav på 40 millioner kroner. "
              "Investeringene var 271 millioner kroner, hovedsakelig bygg i {g:Elverum} og medisinskteknisk utstyr. "
              "Styret mener forutsetningen om fortsatt drift er til stede."),
        ("stmt", res, {"title": "Resultatregnskap 2023"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2023"}),
        ("p", "Årsresultatet på 41 000 000 kroner foreslås overført til annen egenkapital."),
        ("sign", "{g:Elverum}, 21. mars 2024", [("Kristin Aasmundsen Brevik", "Styreleder"), ("Tore Hallvard Myrmo", "Nestleder"),
                                            ("Ingunn Flaten Sæther", "Styremedlem"), ("Bjarne Kolstad Øien", "Styremedlem"),
                                            ("Merete Ramsli", "Styremedlem"), ("Hege Tangvald", "Styremedlem"),
                                            ("Ole-Martin Grini", "Styremedlem"), ("Silje Rognstad Haug", "Styremedlem"),
                                            ("Geir Tollefsrud", "Administrerende direktør")]),
    ]
    return {
        "name": "ostre-innland-hf-2023", "year": 2023, "title": "Årlig melding og årsberetning 2023",
        "header": "Sykehuset Østre Innland HF – Årsberetning 2023", "footer": "Side {PAGE} av {NUMPAGES}",
        "font": "Liberation Sans", "heading_colour": "00506E",
        "organization": {"name": "Sykehuset Østre Innland HF", "address": "Postboks 412, 2402 Elverum",
                         "email": "post@ostreinnland-hf.no", "website": "www.ostreinnland-hf.no", "founded_year": 2009,
                         "owners": [{"name": "Helse Midtøst RHF", "share_percent": 100.0}]},
        "ceo": "Geir Tollefsrud",
        "board": [("Kristin Aasmundsen Brevik", "LEDE", False), ("Tore Hallvard Myrmo", "NEST", False),
                  ("Ingunn Flaten Sæther", "MEDL", False), ("Bjarne Kolstad Øien", "MEDL", False),
                  ("Merete Ramsli", "MEDL", False), ("Hege Tangvald", "MEDL", True), ("Ole-Martin Grini", "MEDL", True),
                  ("Silje Rognstad Haug", "MEDL", True), ("Arnfinn Skjæran", "OBS", None), ("Linda Engen Vik", "OBS", None),
                  ("Anita Sollien Dahl", "VARA", None), ("Jørund Bekkevold", "VARA", None), ("Karoline Nyhus", "VARA", None)],
        "not_board": ["Pål Engebretsen", "Gunhild Aas", "Wenche Haug Lervik", "Randi Opsahl", "Mona Kvisler",
                      "Steinar Lien Bakke", "Tove Margrethe Nordli", "Even Hoff"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Hospital trust: five owner-appointed and three employee-elected members in one table, two "
                 "observers (user council, unions) in prose (OBS), the employees' personal deputies in prose (VARA); "
                 "members who left in June, the RHF director who chaired the foretaksmøte, the board secretary and "
                 "the management group are not board. Amounts in 1000 kr.",
    }


def vevforbund_2022() -> dict:
    """Norsk Vevforbund, 2022: a national association; the landsmøte elects the sentralstyre, the
    county branches' leaders are in a table (one of them also nestleder centrally). Chromium."""
    cols = [Col("Regnskap 2022", 2022), Col("Regnskap 2021", 2021)]
    inc = [("Medlemskontingent", "", [1184500, 1126300]), ("Offentlige tilskudd", "2", [642000, 615000]),
           ("Kursinntekter", "", [388700, 201400]), ("Salg av bladet Renning og Innslag", "", [96300, 98800])]
    cost = [("Lønn og sosiale kostnader", "3", [1412600, 1338900]), ("Landsmøte og styremøter", "", [214800, 48300]),
            ("Tilskudd til fylkeslagene", "", [180000, 180000]), ("Trykking og porto", "", [158200, 161700]),
            ("Andre driftskostnader", "", [266900, 249500])]
    fin = [("Renteinntekter", "", [18400, 4100])]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc, cost, fin), note_col="Note", label_header="")
    bal = Statement("Balanse", [Col("31.12.2022", 2022), Col("31.12.2021", 2021)], balance(
        "nb", 2, fixed=[],
        current=[("Varelager vevgarn", "", [61200, 58400]), ("Kortsiktige fordringer", "", [44900, 37800]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Fri egenkapital", "", [724300, 627900]), ("Kursfond", "", [150000, 150000])],
        long=[], short=[("Leverandørgjeld", "", [88600, 71200]), ("Skyldige feriepenger", "", [132100, 124500]),
                        ("Forskuddsbetalt kontingent", "", [61300, 57800])]),
        label_header="")
    branches = [["Fylkeslag", "Leder", "Medlemmer 31.12."],
                ["{g:Agder} vevlag", "Randi Haugland Tveit", "212"],
                ["{g:Innlandet} vevlag", "Astrid Kjernli", "488"],
                ["{g:Møre og Romsdal} vevlag", "Kari Vestre Lillebø", "301"],
                ["{g:Nordland} vevlag", "Berit Olaussen", "176"],
                ["{g:Rogaland} vevlag", "Marit Eikeland Tjøstheim", "259"],
                ["{g:Trøndelag} vevlag", "Sigrid Hembre Aune", "534"],
                ["{g:Vestland} vevlag", "Ingrid Lothe Bakke", "447"],
                ["{g:Viken} vevlag", "Elin Dahle Sørum", "390"]]
    items = [
        ("h", 1, "Årsberetning 2022"),
        ("p", "Norsk Vevforbund · Kongens gate 14, 2609 {g:Lillehammer} · post@vevforbundet.no · telefon 61 24 88 30", {"small": True}),
        ("facts", ["Stiftet 1954", "Organisasjonsnummer 971 204 318", "8 fylkeslag, 61 lokallag",
                   "2 807 medlemmer", "www.vevforbundet.no"]),
        ("p", "Norsk Vevforbund er en landsomfattende organisasjon for alle som vever, for hånd eller på skaftvev. "
              "Forbundet ble stiftet i 1954 og består i dag av åtte fylkeslag og 61 lokallag. Forbundets "
              "sekretariat ligger på {g:Lillehammer}."),
        ("h", 2, "Landsmøtet 2022"),
        ("p", "Landsmøtet er forbundets høyeste myndighet og holdes hvert annet år. Landsmøtet ble holdt i "
              "{g:Ålesund} 10.–12. juni 2022 med 74 delegater fra alle fylkeslagene. Møteleder var Tordis "
              "Nybakk, og protokollen ble ført av Heidi Grande Lund. Landsmøtet vedtok arbeidsprogram for "
              "2022–2024 og økte kontingenten til 450 kroner."),
        ("h", 2, "Sentralstyret"),
        ("p", "Landsmøtet valgte dette sentralstyret for perioden 2022–2024:"),
        ("twolist", [("Leder", "Solveig Amundsen Reite"), ("Nestleder", "Sigrid Hembre Aune"),
                     ("Styremedlem", "Olav Trygve Eide"), ("Styremedlem", "Liv Marit Skogstad"),
                     ("Styremedlem", "Hanne Kvamme Rønning"), ("1. varamedlem", "Gro Iren Mathisen"),
                     ("2. varamedlem", "Eirik Fossum")]),
        ("p", "Tidligere leder Aslaug Dyrnes gikk av etter seks år som leder og ble takket for innsatsen. "
              "Sentralstyret har hatt sju møter, hvorav tre digitale, og behandlet 58 saker."),
        ("p", "Kontrollkomiteen har bestått av Knut Arne Helland (leder) og Åse Myklebust. Valgkomiteen: Turid "
              "Sæbø (leder), Jorunn Lie og Anders Bjørnstad."),
        ("h", 2, "Administrasjon"),
        ("p", "Generalsekretær Maren Lykke Sandvold er forbundets daglige leder. Sekretariatet har ellers en "
              "kurskonsulent i {p:80 %|kurskonsulent} stilling og en redaktør for medlemsbladet i {p:50 %|redaktør} stilling. "
              "Sykefraværet var lavt, {p:1,8 %|sykefraværet}."),
        ("h", 2, "Fylkeslagene"),
        ("p", "Fylkeslagene er egne foreninger med eget styre og årsmøte. Lederne per 31. desember 2022:"),
        ("table", branches, {"ruled": True}),
        ("p", "Medlemstallet økte med {p:4,2 %|medlemstallet} i 2022, mest i {g:Trøndelag} og {g:Vestland}. Lokallagene har "
              "holdt 212 kurs med til sammen 1 930 deltakere."),
        ("h", 2, "Økonomi"),
        ("p", "Forbundet hadde et overskudd på 97 400 kroner. Kursvirksomheten tok seg opp etter pandemien, og "
              "landsmøtet ga høyere kostnader enn i mellomårene. Sentralstyret mener forutsetningen om fortsatt "
              "drift er til stede."),
        ("stmt", res, {"title": "Resultatregnskap 2022"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2022"}),
        ("sign", "{g:Lillehammer}, 16. februar 2023", [("Solveig Amundsen Reite", "Leder"), ("Sigrid Hembre Aune", "Nestleder"),
                                                  ("Olav Trygve Eide", "Styremedlem"), ("Liv Marit Skogstad", "Styremedlem"),
                                                  ("Hanne Kvamme Rønning", "Styremedlem"),
                                                  ("Maren Lykke Sandvold", "Generalsekretær")]),
    ]
    return {
        "name": "norsk-vevforbund-2022", "year": 2022, "title": "Norsk Vevforbund – Årsberetning 2022",
        "accent": "7A3E2B", "shade": "F1E7E1",
        "organization": {"name": "Norsk Vevforbund", "address": "Kongens gate 14, 2609 Lillehammer",
                         "email": "post@vevforbundet.no", "website": "www.vevforbundet.no", "phone": "61 24 88 30",
                         "founded_year": 1954},
        "ceo": "Maren Lykke Sandvold",
        "board": [("Solveig Amundsen Reite", "LEDE", None), ("Sigrid Hembre Aune", "NEST", None),
                  ("Olav Trygve Eide", "MEDL", None), ("Liv Marit Skogstad", "MEDL", None),
                  ("Hanne Kvamme Rønning", "MEDL", None), ("Gro Iren Mathisen", "VARA", None), ("Eirik Fossum", "VARA", None)],
        "not_board": ["Randi Haugland Tveit", "Astrid Kjernli", "Kari Vestre Lillebø", "Berit Olaussen",
                      "Marit Eikeland Tjøstheim", "Ingrid Lothe Bakke", "Elin Dahle Sørum", "Tordis Nybakk",
                      "Heidi Grande Lund", "Aslaug Dyrnes", "Knut Arne Helland", "Åse Myklebust", "Turid Sæbø",
                      "Jorunn Lie", "Anders Bjørnstad"],
        "items": items, "renditions": ["chrome"],
        "notes": "National association: the landsmøte elects the sentralstyre (role | name pairs in a grid, numbered "
                 "deputies); the eight county branches' leaders in a table are not board, except the Trøndelag "
                 "leader who is also central nestleder; landsmøte chair and secretary, the former leader, "
                 "kontrollkomité and valgkomité are not board. The generalsekretær is the daglig leder.",
    }


def giellaguovddas_2024() -> dict:
    """Várjjat giellaguovddáš – Varanger samiske språksenter, 2024: every section in North Sami on
    the left and Norwegian on the right (a borderless two-column table), the board in a ruled
    table with both role words. Gold in Norwegian."""
    def both(sme: str, nob: str) -> tuple:
        return ("table", [[sme, nob]], {"ruled": False, "gold_rows": False, "header_bold": False,
                                         "widths": [8.2, 8.2], "size": 9.5})

    cols = [Col("2024", 2024), Col("2023", 2023)]
    inc = [("Tilskudd fra Sametinget", "", [3124000, 2980000]), ("Tilskudd fra kommunen", "", [420000, 400000]),
           ("Prosjekttilskudd", "", [612500, 488200]), ("Kursavgifter og salg", "", [245300, 219700])]
    cost = [("Lønn og sosiale kostnader", "2", [3316800, 3107400]), ("Husleie", "", [312000, 306000]),
            ("Kurs og arrangementer", "", [418900, 377300]), ("Andre driftskostnader", "", [307600, 291800])]
    fin = [("Renteinntekter", "", [21600, 9800])]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc, cost, fin), note_col="Note",
                    label_header="Beløp i kroner")
    bal = Statement("Balanse", cols, balance(
        "nb", 2, fixed=[("Inventar og utstyr", "3", [84200, 112300])],
        current=[("Fordringer", "", [58800, 71400]), ("Bankinnskudd", "", "plug")],
        equity=[("Annen egenkapital", "", [512900, 465800])], long=[],
        short=[("Leverandørgjeld", "", [61700, 54300]), ("Skyldige offentlige avgifter", "", [182400, 176100]),
               ("Ubrukte prosjektmidler", "", [240000, 195000])]), label_header="Beløp i kroner")
    board = [["Doaibma", "Verv", "Namma / Navn"],
             ["jođiheaddji", "leder", "Elle Márjá Gaino"],
             ["nubbijođiheaddji", "nestleder", "Per Isak Balto"],
             ["lahttu", "styremedlem", "Sunna Kristine Hætta Eira"],
             ["lahttu", "styremedlem", "Jon Mikkel Somby"],
             ["bargiid ovddasteaddji", "ansattes representant", "Inga Marie Halvari"],
             ["várrelahttu", "varamedlem", "Niillas Aslak Lukkari"],
             ["várrelahttu", "varamedlem", "Karen Elise Boine"]]
    items = [
        ("h", 1, "Jahkedieđáhus 2024 – Årsmelding 2024"),
        ("p", "Várjjat giellaguovddáš – Varanger samiske språksenter", {"size": 13, "bold": True}),
        ("p", "Gáddevuovdi 3, 9840 {g:Varangerbotn} · poasta@varjjat-giella.no · www.varjjat-giella.no · 78 95 12 40",
         {"size": 8.5}),
        both("1. Organisašuvdna", "1. Organisasjonen"),
        both("Várjjat giellaguovddáš vuođđuduvvui 2003:s. Guovddáš lea searvi man miellahtut leat "
             "{g?:Unjárga}-{g:Nesseby} gielda, báikkálaš sámesearvvit ja ovttaskas olbmot. Guovddáš bargá "
             "sámegiela nannemiin {g?:Várjjat} guovllus.",
             "Varanger samiske språksenter ble stiftet i 2003. Senteret er en forening der "
             "{g?:Unjárga}-{g:Nesseby} kommune, lokale samiske foreninger og enkeltpersoner er medlemmer. "
             "Senteret arbeider for å styrke samisk språk i {g:Varanger}."),
        both("Guovddáš lea {g:Varangerbotn}is ja das lea maiddái kantuvra {g?:Čáhcesuolu}s.",
             "Senteret holder til i {g:Varangerbotn} og har også et kontor i {g:Vadsø}."),
        both("2. Jahkečoahkkin ja stivra", "2. Årsmøte og styre"),
        both("Jahkečoahkkin dollojuvvui cuoŋománu 18. beaivve 2024. Čoahkkinjođiheaddjin lei Ravna Johanne "
             "Pedersen. Jahkečoahkkin válljii čuovvovaš stivrra:",
             "Årsmøtet ble holdt 18. april 2024. Møteleder var Ravna Johanne Pedersen. Årsmøtet valgte "
             "følgende styre:"),
        ("table", board, {"ruled": True, "size": 9, "shade_header": "E3E9EE", "widths": [4.5, 4.5, 7.0]}),
        both("Stivra lea čoahkkanan guhtta háve ja meannudan 41 ášši.",
             "Styret har hatt seks møter og behandlet 41 saker."),
        both("3. Hálddahus", "3. Administrasjon"),
        both("Beaivválaš jođiheaddji lea Ánne Risten Mathisen. Guovddážis ledje 2024:s vihtta bissovaš bargi "
             "ja guokte prošeaktabargi. Buohcanmearri lei {p:3,2 %|buohcanmearri}.",
             "Daglig leder er Ánne Risten Mathisen. Senteret hadde i 2024 fem faste ansatte og to "
             "prosjektansatte. Sykefraværet var {p:3,2 %|sykefraværet}."),
        both("4. Doaimmat", "4. Virksomheten"),
        both("Guovddáš lágidii 26 giellakurssa, maiddái {g?:Deatnu}s ja {g?:Bearalvágis}, ja 312 olbmo "
             "oassálaste. Giellaoahpaheaddji Aslak Ante Nango jođihii mánáid giellalávgunprošeavtta.",
             "Senteret arrangerte 26 språkkurs, også i {g?:Deatnu}-{g:Tana} og {g:Berlevåg}, med til sammen 312 "
             "deltakere. Språklærer Aslak Ante Nango ledet språkbadprosjektet for barn."),
        both("5. Ekonomiija", "5. Økonomi"),
        both("Sámedikki doarjja lei {p:71 %|Sámedikki doarjja} guovddáža sisaboađuin. Jahkeboađus lei "
             "68 100 ruvnno badjelbáza.",
             "Tilskuddet fra Sametinget utgjorde {p:71 %|tilskuddet fra Sametinget} av inntektene. "
             "Årsresultatet ble et overskudd på 68 100 kroner."),
        ("stmt", res, {"title": "Boađusrehketdoallu / Resultatregnskap 2024"}),
        ("stmt", bal, {"title": "Bálánsa / Balanse 31.12.2024"}),
        ("sign", "{g?:Unjárga} / {g:Nesseby}, 6.3.2025", [("Elle Márjá Gaino", "jođiheaddji / leder"),
                                                          ("Per Isak Balto", "nubbijođiheaddji / nestleder"),
                                                          ("Sunna Kristine Hætta Eira", "lahttu / styremedlem"),
                                                          ("Jon Mikkel Somby", "lahttu / styremedlem"),
                                                          ("Inga Marie Halvari", "lahttu / styremedlem"),
                                                          ("Ánne Risten Mathisen", "beaivválaš jođiheaddji / daglig leder")]),
    ]
    return {
        "name": "varjjat-giellaguovddas-2024", "year": 2024, "title": "Jahkedieđáhus 2024 – Årsmelding 2024",
        "font": "DejaVu Sans", "heading_colour": "8A1C1C",
        "organization": {"name": "Varanger samiske språksenter", "address": "Gáddevuovdi 3, 9840 Varangerbotn",
                         "email": "poasta@varjjat-giella.no", "website": "www.varjjat-giella.no",
                         "phone": "78 95 12 40", "founded_year": 2003},
        "ceo": "Ánne Risten Mathisen",
        "board": [("Elle Márjá Gaino", "LEDE", False), ("Per Isak Balto", "NEST", False),
                  ("Sunna Kristine Hætta Eira", "MEDL", False), ("Jon Mikkel Somby", "MEDL", False),
                  ("Inga Marie Halvari", "MEDL", True), ("Niillas Aslak Lukkari", "VARA", None),
                  ("Karen Elise Boine", "VARA", None)],
        "not_board": ["Ravna Johanne Pedersen", "Aslak Ante Nango"],
        "not_places": ["Várjjat giellaguovddáš"],
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Bilingual North Sami / Norwegian, side by side in a borderless table; board table with Sami "
                 "and Norwegian role words ('jođiheaddji' is both the board's leader and, with "
                 "'beaivválaš', the daglig leder). Sami place names optional, Norwegian ones gold. The årsmøte "
                 "chair and a language teacher are not board.",
    }


REPORTS = [hf_2023, vevforbund_2022, giellaguovddas_2024]
