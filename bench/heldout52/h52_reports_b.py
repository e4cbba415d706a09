"""Three of the fifty-second held-out set's reports (a measuring set, written blind): a long
arbeids- og inkluderingsbedrift konsern report signed electronically, a scanned vekstbedrift
årsberetning from the first NAV years, and a nynorsk årsmelding with budget beside actuals.
Every name and figure is invented; places are real and valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, OTHER, Col, Statement, balance, income
from h3_render import Kroner

# ---------------------------------------------------------------- Kanalen Arbeid og Kompetanse AS, 2024


def kanalen_2024() -> dict:
    cols = [Col("2024", 2024), Col("2023", 2023), Col("2024", 2024, OTHER), Col("2023", 2023, OTHER)]
    inc = [("Tiltaksinntekter", "2", [48_215, 44_870, 48_215, 44_870]),
           ("Salgsinntekter", "", [14_402, 13_118, 22_960, 21_045]),
           ("Andre driftsinntekter", "", [1_860, 2_204, 1_905, 2_251])]
    cost = [("Varekostnad", "", [4_118, 3_907, 8_420, 7_866]),
            ("Lønnskostnad", "3", [47_930, 45_116, 52_214, 49_180]),
            ("Avskrivninger", "5", [2_214, 2_102, 2_390, 2_270]),
            ("Annen driftskostnad", "4", [8_960, 8_412, 10_118, 9_502])]
    fin = [("Finansinntekter", "", [612, 488, 640, 505]), ("Finanskostnader", "", [-1_108, -1_240, -1_126, -1_262])]
    res = Statement("Resultatregnskap", cols, income("nb", 4, inc, cost, fin), unit=1000, negative="paren",
                    note_col="Note", label_header="Beløp i NOK 1000")
    bal = Statement("Balanse", cols,
                    balance("nb", 4,
                            fixed=[("Tomter og bygninger", "5", [24_610, 25_380, 24_610, 25_380]),
                                   ("Maskiner, inventar og kjøretøy", "5", [5_118, 5_402, 5_760, 6_020]),
                                   ("Aksjer i datterselskap", "6", [1_000, 1_000, 0, 0])],
                            current=[("Varer", "", [812, 770, 1_230, 1_145]),
                                     ("Kundefordringer", "", [4_015, 3_788, 5_220, 4_902]),
                                     ("Andre fordringer", "", [1_102, 990, 1_260, 1_118]),
                                     ("Bankinnskudd", "7", "plug")],
                            equity=[("Aksjekapital", "8", [2_000, 2_000, 2_000, 2_000]),
                                    ("Annen egenkapital", "8", [15_065, 14_306, 15_176, 15_724])],
                            long=[("Gjeld til kredittinstitusjoner", "9", [14_200, 15_400, 14_200, 15_400])],
                            short=[("Leverandørgjeld", "", [2_310, 2_188, 3_102, 2_950]),
                                   ("Skyldige offentlige avgifter", "", [4_880, 4_512, 5_304, 4_930]),
                                   ("Annen kortsiktig gjeld", "", [6_214, 5_990, 6_802, 6_515])]),
                    unit=1000, negative="paren", note_col="Note", label_header="Beløp i NOK 1000")
    board = [("Eirik Johan Strand", "LEDE", False), ("Marte Skjønhaug", "NEST", False),
             ("Kjetil André Rød", "MEDL", False), ("Solveig Nilsen Aarvold", "MEDL", False),
             ("Tom Erik Bråthen", "MEDL", True), ("Yasmin Haddad Olsen", "MEDL", True)]
    esign = [[f"{surname}, {given}", role, f"Signert {when}", "BankID"] for surname, given, role, when in [
        ("Strand", "Eirik Johan", "Styreleder", "12.03.2025 14:02"),
        ("Skjønhaug", "Marte", "Nestleder", "12.03.2025 15:40"),
        ("Rød", "Kjetil André", "Styremedlem", "12.03.2025 19:11"),
        ("Aarvold", "Solveig Nilsen", "Styremedlem", "13.03.2025 08:05"),
        ("Bråthen", "Tom Erik", "Styremedlem", "13.03.2025 08:47"),
        ("Olsen", "Yasmin Haddad", "Styremedlem", "13.03.2025 10:30"),
        ("Lunde", "Hege Marit", "Daglig leder", "12.03.2025 13:55")]]
    items = [
        ("p", "Kanalen Arbeid og Kompetanse", {"size": 24}),
        ("p", "Årsrapport 2024", {"size": 18}),
        ("photo", 4, 6, "Deltakere i AFT på bedriftsbesøk i havna i {g:Moss}."),
        ("break",),
        ("toc", [("Dette er Kanalen", 3), ("Daglig leder har ordet", 4), ("Året i tall", 5),
                 ("Arbeidsforberedende trening", 6), ("Varig tilrettelagt arbeid", 7),
                 ("Kanalen Kantine AS", 7), ("Medarbeidere", 8), ("Styrets årsberetning", 9),
                 ("Årsregnskap", 11), ("Revisors beretning", 13), ("Signaturer", 14)]),
        ("break",),
        ("h", 1, "Dette er Kanalen"),
        ("p", "Kanalen Arbeid og Kompetanse AS er en arbeids- og inkluderingsbedrift i {g:Moss}. Vi gir "
              "mennesker som står utenfor arbeidslivet en vei inn, gjennom arbeidstrening, kurs, fagbrev og "
              "oppfølging ut i ordinære jobber. Selskapet ble stiftet i 1986."),
        ("p", "Selskapet eies av {g:Moss} kommune ({p:80 %|Moss kommune}) og {g:Råde} kommune "
              "({p:20 %|Råde kommune}). Kanalen eier {p:100 %|av aksjene i Kanalen Kantine AS} av aksjene i "
              "Kanalen Kantine AS."),
        ("p", "Kanalen Arbeid og Kompetanse AS · Værftsgata 9, 1511 {g:Moss} · post@kanalen-ak.no · "
              "www.kanalen-ak.no", {"size": 8}),
        ("break",),
        ("h", 1, "Daglig leder har ordet"),
        ("p", "Etterspørselen etter arbeidskraft i {g:Østfold} holdt seg høy gjennom 2024, og flere av "
              "deltakerne våre fikk jobb raskere enn før. Samtidig ser vi at de som kommer til oss, har mer "
              "sammensatte behov. Det krever at vi jobber tettere med NAV, skolene og næringslivet."),
        ("p", "Vi fikk i år fornyet EQUASS-sertifiseringen, og vi åpnet et nytt verksted for sykkelreparasjon "
              "i samarbeid med {g:Vestby} kommune. Takk til leder ved {g:NAV Moss|Moss} Ellen Birkeland og til "
              "rektor Geir Hagen ved {g?:Malakoff} videregående skole for godt samarbeid, og til styreleder "
              "Randi Hovland i {g:Østfold Næringsforum|Østfold} for et inspirerende foredrag på fagdagen vår."),
        ("p", "Hege Marit Lunde, daglig leder", {"italic": True}),
        ("break",),
        ("h", 1, "Året i tall"),
        ("table", [["", "2024", "2023"], ["Plasser AFT", "96", "90"], ["Plasser VTA", "24", "24"],
                   ["Deltakere i AFT i løpet av året", "231", "208"],
                   ["Overgang til arbeid eller utdanning", "{p:46 %}", "{p?:42 %}"],
                   ["Sykefravær ansatte", "{p:5,9 %}", "{p?:7,3 %}"],
                   ["Ansatte (årsverk)", "58", "55"]], {"ruled": True}),
        ("h", 1, "Arbeidsforberedende trening"),
        ("p", "Kanalen har avtale med NAV om 96 plasser i arbeidsforberedende trening (AFT). Tiltaket gir "
              "arbeidstrening i våre egne avdelinger og i bedrifter i {g:Moss}, {g:Råde} og {g:Vestby}. "
              "I 2024 hadde 231 personer et AFT-løp hos oss."),
        ("p", "Av dem som avsluttet, gikk {p:46 %|til arbeid eller utdanning} til arbeid eller utdanning. "
              "Det er det beste resultatet vi har hatt."),
        ("bh", "Fagbrev på jobb"),
        ("p", "Elleve deltakere har tatt fagbrev som praksiskandidat eller lærekandidat, i renholdsoperatør-, "
              "kokk- og logistikkfaget. Opplæringen gjøres i samarbeid med opplæringskontoret."),
        ("break",),
        ("h", 1, "Varig tilrettelagt arbeid"),
        ("p", "Kanalen har 24 plasser i varig tilrettelagt arbeid (VTA). Arbeidstakerne jobber i "
              "emballasjeavdelingen, i vaskeriet og i kantina. Det har vært lite utskifting i året."),
        ("h", 1, "Kanalen Kantine AS"),
        ("p", "Datterselskapet driver kantiner hos tre kunder i {g:Moss} og er en viktig treningsarena for "
              "deltakere i AFT. Styret i Kanalen Kantine AS har bestått av Øyvind Lier (styreleder), "
              "Bente Kaasa og Hege Marit Lunde. Daglig leder i datterselskapet er Ronny Fjeld."),
        ("break",),
        ("h", 1, "Medarbeidere"),
        ("table", [["Ledergruppen", ""], ["Hege Marit Lunde", "daglig leder"],
                   ["Tor Inge Wold", "økonomisjef"], ["Camilla Sand", "leder AFT"],
                   ["Petter Bjerke", "produksjonsleder"], ["Nina Aamodt", "HR-rådgiver"]], {"ruled": False}),
        ("p", "Hovedverneombud er Linda Berntsen, og hovedtillitsvalgt er Svein Ove Krogh. "
              "Arbeidsmiljøutvalget har hatt fem møter."),
        ("break",),
        ("h", 1, "Styrets årsberetning"),
        ("bh", "Virksomhetens art og tilholdssted"),
        ("p", "Kanalen Arbeid og Kompetanse AS er en arbeids- og inkluderingsbedrift med tilholdssted i "
              "{g:Moss} kommune. Selskapet skal ikke dele ut utbytte. Konsernet består av morselskapet og "
              "Kanalen Kantine AS."),
        ("bh", "Fortsatt drift"),
        ("p", "Styret bekrefter at forutsetningen om fortsatt drift er til stede, og årsregnskapet er satt "
              "opp under denne forutsetningen."),
        ("bh", "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet blant ansatte var {p:5,9 %|sykefraværet blant ansatte}. Av 63 ansatte er 37 "
              "kvinner. Styret har tre kvinner og tre menn."),
        ("bh", "Resultat"),
        ("p", "Morselskapet fikk et årsresultat på 759 000 kroner. Konsernet fikk et underskudd på 548 000 kroner, "
              "som skyldes oppstartskostnader i kantinedriften. Resultatet føres mot annen egenkapital."),
        ("bh", "Styret"),
        ("photo", 2, 4, "Styret i Kanalen. Fra venstre: Tom Erik Bråthen, Solveig Nilsen Aarvold, "
                        "Eirik Johan Strand (styreleder), Marte Skjønhaug (nestleder), Kjetil André Rød og "
                        "Yasmin Haddad Olsen."),
        ("p", "Tom Erik Bråthen og Yasmin Haddad Olsen er valgt av og blant de ansatte. Styret har hatt sju "
              "møter. Valgkomiteen har bestått av Liv Anita Rygh (leder) og Svein Olav Bakke."),
        ("break",),
        ("h", 1, "Årsregnskap"),
        ("groupstmt", res, [("Morselskap", 2), ("Konsern", 2)], {"title": "Resultatregnskap"}),
        ("groupstmt", bal, [("Morselskap", 2), ("Konsern", 2)], {"title": "Balanse per 31.12."}),
        ("break",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til generalforsamlingen i Kanalen Arbeid og Kompetanse AS. Vi har revidert årsregnskapet for "
              "selskapet og konsernet. Etter vår mening oppfyller årsregnskapet gjeldende lovkrav."),
        ("p", "{g:Fredrikstad}, 14. mars 2025\nØstlandsrevisjon AS\nMads Kristoffer Huseby\n"
              "statsautorisert revisor"),
        ("esign", "Signaturer", "Dokumentet er signert elektronisk. Signaturene er bekreftet med BankID.", esign),
    ]
    return {
        "name": "kanalen-arbeid-2024", "year": 2024, "title": "Kanalen Arbeid og Kompetanse AS – Årsrapport 2024",
        "organization": {"name": "Kanalen Arbeid og Kompetanse AS", "founded_year": 1986,
                         "address": "Værftsgata 9, 1511 Moss", "email": "post@kanalen-ak.no",
                         "website": "www.kanalen-ak.no",
                         "owners": [{"name": "Moss kommune", "share_percent": 80.0},
                                    {"name": "Råde kommune", "share_percent": 20.0}]},
        "ceo": "Hege Marit Lunde", "board": board,
        "not_board": ["Øyvind Lier", "Bente Kaasa", "Ronny Fjeld", "Ellen Birkeland", "Geir Hagen",
                      "Randi Hovland", "Liv Anita Rygh", "Svein Olav Bakke", "Linda Berntsen",
                      "Svein Ove Krogh", "Mads Kristoffer Huseby", "Tor Inge Wold", "Camilla Sand"],
        "programs": {"AFT": 96, "VTA": 24},
        "places_optional": ["Østfold"],
        "header": "Kanalen Arbeid og Kompetanse AS | Årsrapport 2024", "footer": "{PAGE}", "footer_align": "right",
        "items": items, "renditions": ["pdf"],
        "notes": "Long PDF, konsern: board in a photo caption and on an e-signature page (Surname, Given names), "
                 "two employee members in prose; a subsidiary's board and a valgkomité named; Morselskap | Konsern "
                 "statements in NOK 1000 (konsern optional).",
    }


# ---------------------------------------------------------------- Bjørum Vekst AS, 2007 (scan)

def bjorum_2007() -> dict:
    cols = [Col("2007", 2007), Col("2006", 2006)]
    inc = [("Salg", "", [2_604_310, 2_388_905]), ("Tilskudd NAV", "", [3_640_200, 3_502_800]),
           ("Kommunalt tilskudd", "", [420_000, 410_000])]
    cost = [("Varer", "", [912_440, 844_120]), ("Lønn", "", [4_688_270, 4_502_915]),
            ("Avskrivninger", "", [140_000, 152_000]), ("Andre kostnader", "", [861_305, 803_660])]
    fin = [("Renter", "", [18_910, 12_440])]
    res = Kroner("Resultatregnskap", cols, income("nb", 2, inc, cost, fin, labels={"fin": None, "net_fin": None},
                                                  heads=False), negative="minus")
    board = [("Leif Arne Sandvik", "LEDE", None), ("Brit Helene Aune", "NEST", None),
             ("Oddvar Lyngstad", "MEDL", None), ("Marit Skage", "MEDL", None)]
    items = [
        ("h", 1, "Årsberetning 2007"),
        ("p", "Bjørum Vekst AS", {"size": 13}),
        ("bh", "Virksomheten"),
        ("p", "Bjørum Vekst AS er en vekstbedrift i {g:Namsos}, eid {p:100 %|av Namsos kommune} av "
              "{g:Namsos} kommune. Bedriften har 22 godkjente plasser for varig tilrettelagt arbeid (VTA) og "
              "tar også imot deltakere på arbeidspraksis fra {g:Overhalla} og {g:Fosnes}."),
        ("p", "Bedriften driver snekkerverksted, vedproduksjon og pakking for næringslivet i {g:Namdalen}. "
              "Overgangen fra Aetat til NAV har gått greit, og samarbeidet med det nye NAV-kontoret er godt."),
        ("bh", "Arbeidsmiljø og ytre miljø"),
        ("p", "Det er fem ansatte i bedriften. Sykefraværet var {p:6,1 %|sykefraværet}. Bedriften "
              "forurenser ikke det ytre miljø. Verneombud er Inger Johanne Vikan."),
        ("bh", "Økonomi"),
        ("p", "Årsresultatet ble kr 81 405,-. Styret foreslår at beløpet overføres til annen egenkapital. "
              "Regnskapet er avlagt under forutsetning av fortsatt drift. Revisor er Namdal Revisjon, "
              "ved Hans Petter Grøtting."),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("p", "Styret takker daglig leder Jorunn Hallan og alle arbeidstakere for innsatsen i 2007."),
        ("sign", "{g:Namsos}, 20. februar 2008",
         [("Leif Arne Sandvik", "Styreleder"), ("Brit Helene Aune", "Nestleder"), ("Oddvar Lyngstad", "Styremedlem"),
          ("Marit Skage", "Styremedlem"), ("Jorunn Hallan", "Daglig leder")], {"cols": 3, "title_above": True}),
    ]
    return {
        "name": "bjorum-vekst-2007", "year": 2007, "title": "Årsberetning 2007 Bjørum Vekst AS",
        "organization": {"name": "Bjørum Vekst AS",
                         "owners": [{"name": "Namsos kommune", "share_percent": 100.0}]},
        "ceo": "Jorunn Hallan", "board": board,
        "not_board": ["Inger Johanne Vikan", "Hans Petter Grøtting"],
        "programs": {"VTA": 22},
        "places_optional": ["Namdal"],
        "font": "Liberation Serif", "body_pt": 11,
        "items": items, "renditions": ["scan"],
        "notes": "Scan, two pages: the board only in a signature block with titles above the line; one Kroner "
                 "statement without sub-headings.",
    }


# ---------------------------------------------------------------- Bordalen Arbeidssenter AS, 2013 (nynorsk)

def bordalen_2013() -> dict:
    cols = [Col("Rekneskap 2013", 2013), Col("Budsjett 2013", 2013, BUDGET), Col("Rekneskap 2012", 2012)]
    inc = [("Sal av varer og tenester", "", [3_912_480, 3_800_000, 3_655_210]),
           ("Tilskot frå NAV", "", [4_708_320, 4_700_000, 4_512_960]),
           ("Tilskot frå kommunen", "", [780_000, 780_000, 760_000])]
    cost = [("Varekjøp", "", [1_304_115, 1_250_000, 1_198_730]),
            ("Løn og sosiale kostnader", "", [6_802_660, 6_900_000, 6_540_118]),
            ("Avskrivingar", "", [214_000, 214_000, 198_500]),
            ("Andre driftskostnader", "", [1_288_930, 1_150_000, 1_176_405])]
    fin = [("Finansinntekter", "", [32_118, 25_000, 41_770]), ("Finanskostnader", "", [-61_240, -60_000, -66_315])]
    res = Statement("Resultatrekneskap", cols, income("nn", 3, inc, cost, fin), thousands=".",
                    label_header="Beløp i kroner", render="ruled")
    board = [("Ingebjørg Lydvo", "LEDE", False), ("Nils Olav Dyrvedal", "NEST", False),
             ("Synnøve Tveito", "MEDL", False), ("Asbjørn Rokne", "MEDL", False),
             ("Helga Gjelle", "MEDL", True), ("Kjell Magne Hæve", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2013"),
        ("p", "Bordalen Arbeidssenter AS", {"size": 13}),
        ("h", 2, "Verksemda"),
        ("p", "Bordalen Arbeidssenter AS er ei vekstbedrift på {g:Voss}, eigd {p:100 %|av Voss kommune} av "
              "{g:Voss} kommune. Verksemda har 26 plassar for varig tilrettelagt arbeid (VTA) og gjev i tillegg "
              "arbeidspraksis i skjerma verksemd for deltakarar frå {g:NAV Voss|Voss} og {g:NAV Vaksdal|Vaksdal}."),
        ("p", "Bedrifta driv med ved, snikkarverkstad, kantine og vedlikehald av friområde, og har faste "
              "oppdrag for fleire verksemder i {g:Hordaland}. Vi har i år teke over drifta av kiosken ved "
              "{g?:Prestegardsmoen}."),
        ("h", 2, "Styre og administrasjon"),
        ("p", "Styret har i 2013 vore samansett slik: styreleiar Ingebjørg Lydvo, nestleiar Nils Olav Dyrvedal, "
              "styremedlemer Synnøve Tveito og Asbjørn Rokne, og Helga Gjelle, som er vald av og blant dei "
              "tilsette. Varamedlem er Kjell Magne Hæve. Styret har halde seks møte."),
        ("p", "Ved generalforsamlinga i mai gjekk Torleiv Mørkve ut av styret etter åtte år. Styret takkar for "
              "innsatsen. Valnemnda har vore Randi Hove og Bjarne Lid."),
        ("p", "Dagleg leiar er Eldbjørg Nesheim. Rekneskapen vert ført av Vossarekneskap AS, og revisor er "
              "Sigrid Bjørke i Revisjon Vest AS."),
        ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Bedrifta har sju tilsette, fem kvinner og to menn. Sjukefråværet var {p:5,3 %|sjukefråværet}, mot "
              "{p?:6,8 %} i 2012. Det har ikkje vore skadar. Verksemda forureinar ikkje det ytre miljøet."),
        ("h", 2, "Økonomi"),
        ("p", "Resultatet for 2013 vart eit underskot på kr 238.027, mot budsjettert underskot på kr 269.000. Styret "
              "gjer framlegg om at underskotet vert dekt av annan eigenkapital. Føresetnaden om vidare drift er til stades."),
        ("stmt", res, {"title": "Resultatrekneskap 2013"}),
        ("sign", "{g:Voss}, 20. februar 2014",
         [("Ingebjørg Lydvo", "styreleiar"), ("Nils Olav Dyrvedal", "nestleiar"), ("Synnøve Tveito", "styremedlem"),
          ("Asbjørn Rokne", "styremedlem"), ("Helga Gjelle", "styremedlem"), ("Eldbjørg Nesheim", "dagleg leiar")],
         {"cols": 3}),
    ]
    return {
        "name": "bordalen-arbeidssenter-2013", "year": 2013, "title": "Årsmelding 2013 Bordalen Arbeidssenter AS",
        "organization": {"name": "Bordalen Arbeidssenter AS",
                         "owners": [{"name": "Voss kommune", "share_percent": 100.0}]},
        "ceo": "Eldbjørg Nesheim", "board": board,
        "not_board": ["Torleiv Mørkve", "Randi Hove", "Bjarne Lid", "Sigrid Bjørke"],
        "programs": {"VTA": 26},
        "places_optional": ["Bordalen"],
        "items": items, "renditions": ["docx"],
        "notes": "Nynorsk årsmelding, the board in one prose sentence (employee member stated), a former member "
                 "and the valnemnd named; Rekneskap | Budsjett | Rekneskap statement (budget optional), dot thousands.",
    }


REPORTS = [kanalen_2024, bjorum_2007, bordalen_2013]
