"""Reports of the twentieth held-out set, part B: a samvirkelag shop, a vekstbedrift from 2006 and a
stiftelse with an appointed board. Invented names and figures; real places valid in each year."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def valsoyfjord_samvirkelag_2022() -> dict:
    """Samvirkelag SA: årsmøte, styre with numbered vararepresentanter, butikksjef as daglig leder."""
    two = [Col("2022", 2022), Col("2021", 2021)]
    res = Statement(
        "Resultatregnskap", two, income(
            "nb", 2,
            inc=[("Salgsinntekter", "", [24612480, 23374015]), ("Annen driftsinntekt", "", [186300, 171450])],
            cost=[("Varekostnad", "", [19103220, 18096870]), ("Lønnskostnad", "", [3482905, 3351640]),
                  ("Avskrivninger", "", [214000, 221000]), ("Annen driftskostnad", "", [1611730, 1548215])],
            fin=[("Finansinntekter", "", [18420, 6115]), ("Finanskostnader", "", [-42880, -38410])]),
        render="tabs", thousands=".")
    bal = Statement(
        "Balanse pr. 31.12.", two, balance(
            "nb", 2,
            fixed=[("Bygninger", "", [2146000, 2290000]), ("Inventar", "", [318400, 388400])],
            current=[("Varelager", "", [1402330, 1356120]), ("Kundefordringer", "", [88410, 95230]),
                     ("Bankinnskudd", "", "plug")],
            equity=[("Andelskapital", "", [41800, 40900]), ("Annen egenkapital", "", [3118640, 2756175])],
            long=[("Pantelån", "", [1250000, 1400000])],
            short=[("Leverandørgjeld", "", [1386510, 1302885]),
                   ("Skyldige offentlige avgifter", "", [296140, 281370]),
                   ("Annen kortsiktig gjeld", "", [154300, 140020])]),
        render="tabs", thousands=".")
    board = [("Kåre Jostein Bøe", "LEDE", False), ("Marianne Stene", "NEST", False), ("Olav Kvenild", "MEDL", False),
             ("Hanne Gjerde", "MEDL", False), ("Tonje Rønning", "MEDL", True),
             ("Arvid Husby", "VARA", None), ("Lillian Bolme", "VARA", None), ("Petter Rokset", "VARA", None)]
    return {
        "name": "valsoyfjord-samvirkelag-2022", "year": 2022,
        "title": "Valsøyfjord Samvirkelag SA – Årsberetning 2022",
        "organization": {"name": "Valsøyfjord Samvirkelag SA"},
        "ceo": "Ronny Aune",
        "board": board,
        "not_board": ["Eva Fossum", "Bjarne Vullum"],
        "not_places": ["Coop Marked Valsøyfjord"],
        "font": "Liberation Sans", "body_pt": 9.5, "margin_mm": 20,
        "renditions": ["docx", "scan"], "scan": {"dpi": 170},
        "notes": "A shop cooperative (SA): styre elected at årsmøtet in an unruled Verv / Navn / Valgt til "
                 "table with the employees' member and three vararepresentanter in numbered order "
                 "(\"1. vara\"); butikksjef as daglig leder; member count and turnover growth in the text; "
                 "valgkomité printed (not board); statements laid out with tab stops and dot thousands.",
        "items": [
            ("h", 1, "Årsberetning 2022"),
            ("p", "Valsøyfjord Samvirkelag SA driver dagligvarebutikken Coop Marked Valsøyfjord i "
                  "{g:Heim} kommune i {g:Trøndelag}. Laget er medlem av Coop Norge SA og eies av medlemmene."),
            ("h", 2, "Årsmøtet og tillitsvalgte"),
            ("p", "Ordinært årsmøte ble holdt i grendahuset 29. mars 2022 med 46 medlemmer til stede. "
                  "Årsmøtet valgte dette styret:"),
            ("table", [["Verv", "Navn", "Valgt til"],
                       ["Leder", "Kåre Jostein Bøe", "2023"], ["Nestleder", "Marianne Stene", "2024"],
                       ["Styremedlem", "Olav Kvenild", "2023"], ["Styremedlem", "Hanne Gjerde", "2024"],
                       ["Styremedlem, valgt av de ansatte", "Tonje Rønning", "2023"],
                       ["1. vara", "Arvid Husby", "2023"], ["2. vara", "Lillian Bolme", "2023"],
                       ["3. vara", "Petter Rokset", "2023"]],
             {"ruled": False, "widths": [5.5, 5.5, 2.5]}),
            ("p", "Valgkomiteen har bestått av Eva Fossum (leder) og Bjarne Vullum. Revisor er Fjordrevisjon AS."),
            ("p", "Styret har hatt 6 møter og behandlet 29 saker. Butikksjef Ronny Aune er lagets daglige leder."),
            ("h", 2, "Medlemmer"),
            ("p", "Ved utgangen av 2022 hadde laget 418 medlemmer, mot 409 året før. Medlemmene handlet for "
                  "{p:63 %|medlemmene handlet} av butikkens omsetning, og årsmøtet vedtok et kjøpeutbytte "
                  "på {p:1,5 %|kjøpeutbytte} av medlemshandelen."),
            ("h", 2, "Drift og økonomi"),
            ("p", "Salgsinntektene ble 24,6 millioner kroner eksklusive merverdiavgift, en økning på "
                  "{p:5,3 %|økning} fra 2021. Økningen skyldes i hovedsak flere hyttegjester om sommeren og "
                  "prisstigning på matvarer. Årsresultatet ble 362.465 kroner."),
            ("p", "Butikken hadde ved årsskiftet 11 ansatte i 6,8 årsverk. Sykefraværet var "
                  "{p:2,9 %|sykefraværet}, og det har ikke vært skader i året."),
            ("p", "Styret mener årsregnskapet gir et rettvisende bilde av lagets stilling, og forutsetningen "
                  "om fortsatt drift er til stede."),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g?:Valsøyfjord}, 14. februar 2023",
             [("Kåre Jostein Bøe", "leder"), ("Marianne Stene", "nestleder"), ("Olav Kvenild", ""),
              ("Hanne Gjerde", ""), ("Tonje Rønning", ""), ("Ronny Aune", "butikksjef")], {"cols": 3}),
        ],
    }


def kobberbakken_arbeidssenter_2006() -> dict:
    """Vekstbedrift AS, 2006: APS, AMB and VTA before NAV; owners are kommuner that later merged."""
    two = [Col("2006", 2006), Col("2005", 2005)]
    res = Statement(
        "Resultatregnskap", two, income(
            "nb", 2,
            inc=[("Salgsinntekter", "", [3612480, 3218300]),
                 ("Tiltakstilskudd fra Aetat/NAV", "2", [6841200, 6502900]),
                 ("Kommunale tilskudd", "", [1098000, 1062000]), ("Andre inntekter", "", [84310, 61240])],
            cost=[("Varekostnad", "", [1204660, 1088415]), ("Lønnskostnader", "3", [8906120, 8512340]),
                  ("Avskrivninger", "4", [318000, 296000]), ("Andre driftskostnader", "", [1052730, 1011880])],
            fin=[("Finansinntekter", "", [42150, 31880]), ("Finanskostnader", "", [-61400, -66900])]),
        note_col="Note", render="ruled")
    bal = Statement(
        "Balanse pr. 31. desember", two, balance(
            "nb", 2,
            fixed=[("Bygninger", "4", [3480000, 3600000]), ("Maskiner og inventar", "4", [742500, 803500])],
            current=[("Varelager", "", [214880, 198430]), ("Kundefordringer", "", [486220, 402660]),
                     ("Bankinnskudd", "", "plug")],
            equity=[("Aksjekapital", "5", [300000, 300000]), ("Annen egenkapital", "", [1402615, 1267385])],
            long=[("Pantelån", "6", [2640000, 2820000])],
            short=[("Leverandørgjeld", "", [388940, 352110]), ("Skyldige offentlige avgifter", "", [611300, 588720]),
                   ("Annen kortsiktig gjeld", "", [402770, 377905])]),
        note_col="Note", render="ruled")
    board = [("Arild Bergan", "LEDE", False), ("Gro Anita Wold", "NEST", False), ("Jan Erik Mørch", "MEDL", False),
             ("Liv Berit Skjelbred", "MEDL", False), ("Kenneth Brekke", "MEDL", True), ("Solfrid Haug", "VARA", None)]
    return {
        "name": "kobberbakken-arbeidssenter-2006", "year": 2006,
        "title": "Kobberbakken Arbeidssenter AS – Årsberetning 2006",
        "organization": {"name": "Kobberbakken Arbeidssenter AS", "founded_year": 1991,
                         "address": "Kobberbakken 4, 3174 Revetal",
                         "owners": [{"name": "Re kommune", "share_percent": 60.0},
                                    {"name": "Hof kommune", "share_percent": 25.0},
                                    {"name": "Andebu kommune", "share_percent": 15.0}]},
        "ceo": "Tor Øivind Klavenes",
        "board": board,
        "programs": {"VTA": 24},
        "header": "Kobberbakken Arbeidssenter AS\tÅrsberetning 2006",
        "footer": "Side {PAGE} av {NUMPAGES}", "footer_align": "right",
        "font": "Liberation Serif", "body_pt": 11, "heading_font": "Liberation Sans", "heading_colour": "000000",
        "renditions": ["docx", "pdf"],
        "notes": "A 2006 Word report (header and footer lines): arbeidsmarkedsbedrift with APS and AMB places "
                 "under Aetat, NAV from 1 July, and VTA places (the only program in gold); a table of results "
                 "per tiltak with transition shares; owners Re, Hof and Andebu (merged after 2006); board as "
                 "a bullet list \"Verv: name\" with the employees' member; statements with a Note column.",
        "items": [
            ("h", 1, "Årsberetning 2006"),
            ("h", 2, "Virksomhetens art"),
            ("p", "Kobberbakken Arbeidssenter AS ble stiftet i 1991 og holder til i Kobberbakken 4, 3174 "
                  "{g:Revetal}. Selskapet er en attføringsbedrift som gir arbeidstrening, kvalifisering og "
                  "varig tilrettelagt arbeid for personer med nedsatt arbeidsevne fra {g:Re}, {g:Hof} og "
                  "{g:Andebu}. Bedriften er godkjent som arbeidsmarkedsbedrift."),
            ("p", "Selskapet eies av {g:Re kommune|Re} ({p:60 %|Re kommune}), {g:Hof kommune|Hof} "
                  "({p:25 %|Hof kommune}) og {g:Andebu kommune|Andebu} ({p:15 %|Andebu kommune})."),
            ("h", 2, "Tiltak og resultater"),
            ("p", "Fram til 1. juli hadde bedriften avtale med Aetat {g:Vestfold|Vestfold}; fra samme dato "
                  "overtok NAV {g:Vestfold} som oppdragsgiver. Bedriften har hatt 14 APS-plasser og 10 "
                  "AMB-plasser. I tillegg har bedriften 24 plasser for varig tilrettelagt arbeid (VTA), "
                  "der kommunene dekker {p:25 %|kommunene dekker} av det statlige tilskuddet."),
            ("table", [["Tiltak", "Plasser", "Deltakere i året", "Avsluttet", "Til arbeid/utdanning"],
                       ["Varig tilrettelagt arbeid (VTA)", "24", "26", "2", "–"],
                       ["Arbeidspraksis i skjermet virksomhet (APS)", "14", "37", "25", "{p:32 %}"],
                       ["Kvalifisering i arbeidsmarkedsbedrift (AMB)", "10", "19", "12", "{p:41,7 %}"]],
             {"widths": [6.4, 1.8, 2.6, 2.0, 3.2], "shade_header": "DDDDDD", "size": 9.5}),
            ("p", "Andelen som gikk ut i arbeid eller utdanning etter avsluttet APS er den høyeste bedriften "
                  "har hatt. Bedriften har samarbeidet med flere arbeidsgivere i {g:Tønsberg} om praksisplasser."),
            ("h", 2, "Styret"),
            ("p", "Styret er valgt av generalforsamlingen, bortsett fra ett medlem som er valgt av de ansatte. "
                  "Styret har i 2006 bestått av:"),
            ("li", "Styreleder: Arild Bergan"),
            ("li", "Nestleder: Gro Anita Wold"),
            ("li", "Styremedlem: Jan Erik Mørch"),
            ("li", "Styremedlem: Liv Berit Skjelbred"),
            ("li", "Styremedlem valgt av de ansatte: Kenneth Brekke"),
            ("li", "Varamedlem: Solfrid Haug"),
            ("p", "Det er avholdt 7 styremøter. Daglig leder er Tor Øivind Klavenes."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Bedriften har 12 fast ansatte. Sykefraværet blant de fast ansatte var "
                  "{p:7,4 %|sykefraværet}. Styret består av to kvinner og tre menn."),
            ("h", 2, "Økonomi"),
            ("p", "Årsresultatet ble 135 230 kroner, mot et underskudd på 99 215 kroner i 2005. Styret "
                  "foreslår at overskuddet overføres til annen egenkapital. Forutsetningen om fortsatt "
                  "drift er til stede."),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g:Revetal}, 8. mars 2007",
             [("Arild Bergan", "styreleder"), ("Gro Anita Wold", "nestleder"), ("Jan Erik Mørch", "styremedlem"),
              ("Liv Berit Skjelbred", "styremedlem"), ("Kenneth Brekke", "styremedlem"),
              ("Tor Øivind Klavenes", "daglig leder")], {"cols": 3}),
        ],
    }


def steinsvoll_seniortun_2011() -> dict:
    """Stiftelse: each member appointed by a named body, a personal deputy beside each; the
    eldreråd's leader is named and is not on the board."""
    two = [Col("2011", 2011), Col("2010", 2010)]
    res = Statement(
        "Resultatregnskap 2011", two, income(
            "nb", 2,
            inc=[("Husleieinntekter", "", [2486400, 2425800]), ("Kommunalt driftstilskudd", "", [350000, 350000]),
                 ("Andre inntekter", "", [61230, 48900])],
            cost=[("Lønnskostnader", "", [812450, 779300]), ("Avskrivninger", "", [540000, 540000]),
                  ("Vedlikehold", "", [318760, 266140]), ("Andre driftskostnader", "", [402115, 388420])],
            fin=[("Renteinntekter", "", [28300, 22150]), ("Rentekostnader", "", [-596880, -612440])]),
        render="unruled", label_header="Beløp i kroner")
    bal = Statement(
        "Balanse 31.12.2011", two, balance(
            "nb", 2,
            fixed=[("Bygninger", "", [18360000, 18900000])],
            current=[("Husleiefordringer", "", [42300, 38700]), ("Bankinnskudd", "", "plug")],
            equity=[("Grunnkapital", "", [500000, 500000]), ("Annen egenkapital", "", [2612435, 2356710])],
            long=[("Lån i Husbanken", "", [15880000, 16420000])],
            short=[("Leverandørgjeld", "", [126580, 118300]), ("Annen kortsiktig gjeld", "", [214760, 198900])]),
        render="unruled", label_header="Beløp i kroner")
    board = [("Ragnhild Bakken", "LEDE", False), ("Knut Arne Sletten", "NEST", False),
             ("Åse Marie Lien", "MEDL", False), ("Harald Brenden", "MEDL", False), ("Siri Nordmoen", "MEDL", True),
             ("Egil Moen", "VARA", None), ("Berit Nysæter", "VARA", None), ("Jon Steinar Haugen", "VARA", None),
             ("Magnhild Kvebæk", "VARA", None), ("Ingeborg Plassen", "VARA", None)]
    return {
        "name": "steinsvoll-seniortun-2011", "year": 2011,
        "title": "Stiftelsen Steinsvoll Seniortun – Årsberetning 2011",
        "organization": {"name": "Stiftelsen Steinsvoll Seniortun", "founded_year": 1997},
        "ceo": "Marit Haugom Storli",
        "board": board,
        "not_board": ["Oddny Brattbakken"],
        "not_places": ["Alvdal pensjonistforening"],
        "font": "Liberation Serif", "body_pt": 11, "heading_colour": "3A3A3A",
        "renditions": ["doc", "pdf"],
        "notes": "A stiftelse whose board is appointed by named bodies (kommune, fylkeskommune, the "
                 "pensjonistforening, the employees), printed as a two-column Styremedlem / Personlig "
                 "varamedlem table with role and appointing body in the member's cell; the personal "
                 "deputies are VARA; the eldreråd's leader is named at a site visit (not board).",
        "items": [
            ("h", 1, "Årsberetning 2011"),
            ("p", "Stiftelsen Steinsvoll Seniortun ble opprettet i 1997 av {g:Alvdal kommune|Alvdal} og "
                  "Alvdal pensjonistforening. Stiftelsen eier og driver 24 omsorgsboliger med felles dagsenter "
                  "sentralt i {g:Alvdal}, og formålet er å gi eldre i kommunen trygge og tilrettelagte boliger."),
            ("h", 2, "Styret"),
            ("p", "Etter vedtektene består styret av fem medlemmer med personlige varamedlemmer. To medlemmer "
                  "oppnevnes av kommunestyret, ett av fylkeskommunen, ett av pensjonistforeningen og ett "
                  "velges av de ansatte. Styret har i 2011 hatt denne sammensetningen:"),
            ("table", [["Styremedlem", "Personlig varamedlem"],
                       ["Leder Ragnhild Bakken, oppnevnt av {g:Alvdal kommune|Alvdal}", "Egil Moen"],
                       ["Nestleder Knut Arne Sletten, oppnevnt av {g:Hedmark fylkeskommune|Hedmark}", "Berit Nysæter"],
                       ["Åse Marie Lien, oppnevnt av {g:Alvdal kommune|Alvdal}", "Jon Steinar Haugen"],
                       ["Harald Brenden, oppnevnt av Alvdal pensjonistforening", "Magnhild Kvebæk"],
                       ["Siri Nordmoen, valgt av de ansatte", "Ingeborg Plassen"]],
             {"widths": [10.0, 5.5], "shade_header": "E4E4E4"}),
            ("p", "Styret har hatt 5 møter og behandlet 27 saker. Daglig leder er Marit Haugom Storli, som "
                  "også er styrets sekretær."),
            ("h", 2, "Drift"),
            ("p", "Belegget i omsorgsboligene var {p:96 %|belegget} gjennom året, og det var venteliste til "
                  "de minste leilighetene. Husleien ble regulert med {p:2,5 %|husleien} fra 1. januar."),
            ("p", "Eldrerådet i {g:Alvdal} har uttalt seg om stiftelsens planer for åtte nye boliger. "
                  "Eldrerådets leder, Oddny Brattbakken, deltok på befaringen av tomten i juni sammen med "
                  "styreleder og daglig leder."),
            ("p", "Dagsenteret har vært åpent fire dager i uken og har også gitt tilbud til eldre fra "
                  "nabokommunene i {g:Østerdalen}."),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Stiftelsen har 3 ansatte i til sammen 2,1 årsverk. Sykefraværet var {p:4,4 %|sykefraværet}."),
            ("h", 2, "Regnskap"),
            ("p", "Årets overskudd på 255 725 kroner foreslås overført til annen egenkapital."),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g:Alvdal}, 23. februar 2012",
             [("Ragnhild Bakken", "leder"), ("Knut Arne Sletten", "nestleder"), ("Åse Marie Lien", ""),
              ("Harald Brenden", ""), ("Siri Nordmoen", ""), ("Marit Haugom Storli", "daglig leder")], {"cols": 3}),
        ],
    }


REPORTS = [valsoyfjord_samvirkelag_2022, kobberbakken_arbeidssenter_2006, steinsvoll_seniortun_2011]
