"""The fiftieth set's designed reports, first half: two vekstbedrifter and a grant-giving foundation.
All names, sentences and figures are invented; places are real and valid in the report's year."""
from __future__ import annotations

from heldout_finance import ACTUAL, Col, Statement, balance, income
from heldout_people import M


def gold_tuples(members: list[M], emp_known: bool) -> list[tuple]:
    """The third set's board tuples (name, role, employee_elected or None where the report does not say)."""
    return [(m.name, m.role, m.emp if emp_known and m.role != "VARA" else None) for m in members]


def lysgarden_arbeid_2023() -> dict:
    """A long designed report of a vekstbedrift: key-figure spread first, the leader's letter, three
    columns per program, the management team and then the board as photo cards of the same shape,
    the årsberetning, statements in 1000 kr in the back."""
    board = [M("Randi Hval Sørlie", "LEDE"), M("Kjetil Amundrud", "NEST"), M("Guri Lunden Rustad", "MEDL"),
             M("Ole-Petter Hagebakken", "MEDL"), M("Anita Sveen", "MEDL", emp=True), M("Håvard Tveiten", "VARA")]
    ceo = "Hege Brenden Moe"
    res = Statement("Resultatregnskap", [Col("2023", 2023), Col("2022", 2022)], income("nb", 2, inc=[
        ("Salgsinntekter", "", [21_406, 19_882]), ("Tilskudd fra NAV", "2", [24_115, 22_930]),
        ("Tilskudd fra kommunene", "2", [2_260, 2_180]), ("Andre driftsinntekter", "", [432, 611])],
        cost=[("Varekostnad", "", [6_904, 6_550]), ("Lønn til deltakere", "3", [9_811, 9_342]),
              ("Lønn og sosiale kostnader ansatte", "3", [23_640, 22_775]), ("Avskrivninger", "4", [1_215, 1_190]),
              ("Andre driftskostnader", "", [5_312, 5_416])],
        fin=[("Finansinntekter", "", [241, 96]), ("Finanskostnader", "", [-270, -244])]),
        unit=1000, negative="paren", note_col="Note", label_header="i 1000 kr")
    bal = Statement("Balanse pr. 31.12.", [Col("2023", 2023), Col("2022", 2022)], balance("nb", 2,
        fixed=[("Bygninger og tomt", "4", [8_420, 8_910]), ("Maskiner og inventar", "4", [2_135, 2_380])],
        current=[("Varelager", "", [1_044, 987]), ("Kundefordringer", "", [2_318, 2_506]),
                 ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [1_000, 1_000]), ("Annen egenkapital", "", [12_980, 11_678])],
        long=[("Pantelån", "7", [4_200, 4_650])], short=[("Leverandørgjeld", "", [1_406, 1_288]),
                                                        ("Skyldige offentlige avgifter", "", [2_271, 2_144]),
                                                        ("Annen kortsiktig gjeld", "", [3_118, 2_870])]),
        unit=1000, negative="paren", note_col="Note", label_header="i 1000 kr")
    items = [
        ("kpi", [("48,2", "MNOK", "Omsetning"), ("1,3", "MNOK", "Årsresultat"), ("142", "", "Antall deltakere"),
                 ("52", "", "VTA-plasser"), ("38", "", "AFT-plasser"), ("{p:61 %}", "", "Overgang til jobb eller skole")],
         {"title": "2023 i tall", "per_row": 3}),
        ("h", 2, "Daglig leder har ordet"),
        ("p", "2023 ble året da vi endelig flyttet snekkerverkstedet inn i nye lokaler på {g:Jaren}. Flyttingen "
              "tok mer tid enn planlagt, men deltakerne var med på alt fra riving til maling, og verkstedet står nå "
              "klart med plass til tolv arbeidsplasser."),
        ("p", "Vi hadde 142 deltakere innom i løpet av året. Samarbeidet med {g?:NAV Hadeland|Hadeland} har vært tett, og "
              "jeg vil særlig takke markedskoordinator Terje Lunde for mange gode møter om enkeltsaker. Takk også til "
              "Bjørn Sæther, som gikk ut av styret på generalforsamlingen i april etter åtte år, og til "
              "næringssjef Elin Grinaker i {g:Gran} kommune for hjelpen med nye kunder."),
        ("quote", "«Her får jeg prøve meg på ekte oppdrag, ikke bare øvelser.»", "Aleksander, deltaker i AFT"),
        ("p", "Økonomien er sunn. Omsetningen økte med om lag tre millioner kroner, og årsresultatet ble bedre enn "
              "budsjettert. Styret har fulgt oss tett gjennom byggeprosjektet, og jeg takker styreleder og styret "
              "for et godt samarbeid."),
        ("p", "Hege Brenden Moe", {"italic": True}),
        ("p", "daglig leder", {"small": True}),
        ("sidebar", "Fakta om Lysgården", ["Stiftet 1987", "Org.nr. 971 204 338",
                                           "Eiere: Gran kommune {p:70 %|eiere}, Lunner kommune {p:30 %|eiere}",
                                           "Avdelinger: {g:Jaren}, {g:Brandbu} og {g:Roa}",
                                           "post@lysgarden.no · www.lysgarden.no"]),
        ("band", "Dette er Lysgården", {"page": True}),
        ("p", "Lysgården ble startet av kommunene på {g:Hadeland} i 1987 som et tilbud til personer som sto utenfor "
              "arbeidslivet. I dag er vi en moderne arbeids- og inkluderingsbedrift med fire avdelinger og et bredt "
              "nettverk av arbeidsgivere i regionen."),
        ("p", "Visjonen vår er «Arbeid for alle». Vi tror at alle har noe å bidra med, og at det beste stedet å lære "
              "å jobbe er på en ekte arbeidsplass med ekte kunder."),
        ("p", "Virksomheten er godkjent som tiltaksarrangør for NAV og er sertifisert etter EQUASS. "
              "Ny resertifisering ble gjennomført i november med gode tilbakemeldinger fra revisoren fra "
              "sertifiseringsorganet."),
        ("wide", [("table", [["Nøkkeltall", "2019", "2020", "2021", "2022", "2023"],
                             ["Driftsinntekter (1000 kr)", "41 260", "40 115", "43 980", "45 603", "48 213"],
                             ["Årsresultat (1000 kr)", "412", "(860)", "655", "182", "1 302"],
                             ["Ansatte", "27", "28", "29", "30", "31"],
                             ["Deltakere i løpet av året", "121", "108", "127", "135", "142"],
                             ["Sykefravær ansatte", "{p:6,1 %}", "{p:9,4 %}", "{p:8,2 %}", "{p:8,6 %}", "{p:7,9 %}"]])]),
        ("h", 2, "Avdelingene"),
        ("p", "Snekkerverkstedet på {g:Jaren} lager utemøbler, kasser og paller. Avdelingsleder er Marte Lie Haugen, "
              "og arbeidsleder Jon Erik Grønvold har ansvar for opplæringen."),
        ("p", "Vaskeriet på {g:Roa} vasker for tre sykehjem og et hotell. Arbeidsleder er Trude Solberg."),
        ("p", "Kantina på {g:Brandbu} drives sammen med kjøkkensjef Morten Engebretsen, som kom fra "
              "hotellbransjen i mars."),
        ("p", "AFT-avdelingen holder til i sentrum av {g:Jaren}. Fagleder er Ingunn Tangen, og fem "
              "jobbspesialister følger opp deltakerne ute hos arbeidsgivere."),
        ("h", 2, "Samarbeidspartnere"),
        ("li", "NAV Hadeland: markedskoordinator Terje Lunde"),
        ("li", "Hadeland videregående skole: rådgiver Sigrid Berg"),
        ("li", "Hadeland Bygg og Tre AS: daglig leder Siv Helene Kjos"),
        ("li", "Arbeid og Inkludering i NHO: regionkontakt Lars Magne Bøe"),
        ("band", "Våre tiltak", {"page": True}),
        ("cols3", [
            ("h", 2, "Varig tilrettelagt arbeid"),
            ("p", "Lysgården har 52 godkjente VTA-plasser. Deltakerne arbeider i snekkerverkstedet, på vaskeriet "
                  "og i kantina på rådhuset. I 2023 hadde vi 58 personer på VTA i løpet av året."),
            ("p", "Vi la om turnusen i vaskeriet i høst, slik at flere kan jobbe kortere dager."),
            ("h", 2, "Arbeidsforberedende trening"),
            ("p", "AFT har 38 plasser. 84 deltakere startet eller fortsatte i tiltaket i 2023. Av dem som avsluttet, "
                  "gikk {p:61 %|over til arbeid eller utdanning} over til arbeid eller utdanning."),
            ("p", "Jobbspesialistene har brukt mer tid ute hos arbeidsgivere enn før."),
            ("h", 2, "Kantine og catering"),
            ("p", "Kantina på {g:Brandbu} leverer lunsj til to skoler og rådhuset. Omsetningen i kantina var "
                  "4,1 millioner kroner, og tolv deltakere har hatt sin arbeidstrening der."),
            ("p", "Vi fikk ny kjøkkensjef i mars."),
        ]),
        ("table", [["Resultater AFT", "2023", "2022"], ["Avsluttet tiltaket", "71", "66"],
                   ["Til arbeid", "{p:44 %}", "{p:41 %}"], ["Til utdanning", "{p:17 %}", "{p:15 %}"],
                   ["Annet", "{p:39 %}", "{p:44 %}"]]),
        ("photo", 3, 4, "Deltakere og arbeidsleder Jon Erik Grønvold i det nye snekkerverkstedet på {g:Jaren}."),
        ("quote", "«Vi ansatte to fra Lysgården i fjor, og begge er her fortsatt.»",
         "Siv Helene Kjos, daglig leder i Hadeland Bygg og Tre AS"),
        ("band", "Organisasjon", {"page": True}),
        ("p", "Ved utgangen av året hadde Lysgården 31 ansatte i 28,4 årsverk. Ledergruppen består av fire personer."),
        ("cards", [("Hege Brenden Moe", "Daglig leder"), ("Stian Rud", "Økonomileder"),
                   ("Marte Lie Haugen", "Avdelingsleder produksjon"), ("Ingunn Tangen", "Fagleder AFT")],
         {"title": "Ledergruppen", "per_row": 4}),
        ("p", "Verneombud er Jon Erik Grønvold. Hovedtillitsvalgt er Kari Bjørge (Fagforbundet)."),
        ("cards", [("Randi Hval Sørlie", "Styreleder"), ("Kjetil Amundrud", "Nestleder"),
                   ("Guri Lunden Rustad", "Styremedlem"), ("Ole-Petter Hagebakken", "Styremedlem"),
                   ("Anita Sveen", "Styremedlem, ansattvalgt"), ("Håvard Tveiten", "Varamedlem")],
         {"title": "Styret", "per_row": 4}),
        ("p", "Styret har hatt sju møter og behandlet 52 saker i 2023.", {"small": True}),
        ("band", "Styrets årsberetning 2023", {"page": True}),
        ("h", 2, "Virksomhetens art"),
        ("p", "Lysgården Arbeid AS er en vekstbedrift med forretningskontor på {g:Jaren} i {g:Gran} kommune. Selskapet "
              "eies av Gran kommune og Lunner kommune og har som formål å gi arbeid og arbeidstrening til personer "
              "med behov for bistand. Selskapet deler ikke ut utbytte."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Sykefraværet blant de ansatte var {p:7,9 %|sykefraværet} mot {p:8,6 %|året før} året før. Det har "
              "ikke vært skader eller ulykker av betydning."),
        ("h", 2, "Likestilling"),
        ("p", "Av 31 ansatte er 18 kvinner. Styret har tre kvinner og tre menn når varamedlemmet regnes med."),
        ("h", 2, "Fortsatt drift og resultat"),
        ("p", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Årets overskudd på 1 302 000 kroner "
              "foreslås overført til annen egenkapital."),
        ("sign", "{g:Jaren}, 12. mars 2024", [("Randi Hval Sørlie", "styreleder"), ("Kjetil Amundrud", "nestleder"),
                                           ("Guri Lunden Rustad", "styremedlem"), ("Ole-Petter Hagebakken", "styremedlem"),
                                           ("Anita Sveen", "styremedlem"), ("Hege Brenden Moe", "daglig leder")]),
        ("band", "Årsregnskap 2023", {"page": True}),
        ("wide", [("stmt", res), ("stmt", bal)]),
        ("h", 2, "Noter"),
        ("p", "Note 2: Tilskudd fra NAV gjelder VTA og AFT. Kommunene gir tilskudd til VTA etter avtale."),
        ("p", "Note 3: Lønn til deltakere omfatter 58 VTA-deltakere. Selskapet har tjenestepensjon for ansatte."),
        ("p", "Note 1: Regnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak. "
              "Driftsmidler avskrives lineært over forventet levetid."),
        ("p", "Note 4: Bygningen på {g:Jaren} er bokført til 8 420 000 kroner og avskrives over 40 år. Maskiner og "
              "inventar avskrives over fem til ti år."),
        ("p", "Note 6: Aksjekapitalen består av 1 000 aksjer à 1 000 kroner. Gran kommune eier 700 aksjer og Lunner "
              "kommune 300 aksjer."),
        ("p", "Note 7: Pantelånet er tatt opp i Kommunalbanken med sikkerhet i bygningen."),
        ("p", "Revisor er Hadeland Revisjon AS ved statsautorisert revisor Per Ivar Knutsen. Honorar for "
              "revisjon var 96 000 kroner."),
        ("band", "Uavhengig revisors beretning", {"page": True}),
        ("p", "Til generalforsamlingen i Lysgården Arbeid AS"),
        ("h", 3, "Konklusjon"),
        ("p", "Vi har revidert årsregnskapet for Lysgården Arbeid AS, som består av balanse per 31. desember 2023, "
              "resultatregnskap for regnskapsåret avsluttet per denne datoen og noter til årsregnskapet. Etter vår "
              "mening oppfyller årsregnskapet gjeldende lovkrav og gir et rettvisende bilde av selskapets finansielle "
              "stilling per 31. desember 2023."),
        ("h", 3, "Grunnlag for konklusjonen"),
        ("p", "Vi har gjennomført revisjonen i samsvar med internasjonale revisjonsstandarder. Vi er uavhengige av "
              "selskapet slik det kreves i lov og forskrift, og har overholdt våre øvrige etiske forpliktelser."),
        ("h", 3, "Styrets og daglig leders ansvar"),
        ("p", "Styret og daglig leder er ansvarlige for å utarbeide årsregnskapet og for at det gir et rettvisende "
              "bilde i samsvar med regnskapslovens regler."),
        ("p", "{g:Gran}, 14. mars 2024"),
        ("p", "Hadeland Revisjon AS"),
        ("p", "Per Ivar Knutsen, statsautorisert revisor"),
    ]
    return {
        "name": "lysgarden-arbeid-2023", "year": 2023, "title": "Lysgården Arbeid AS – Årsrapport 2023",
        "cover": ("Årsrapport 2023", "Lysgården Arbeid AS · {g:Jaren}, {g:Gran} kommune"),
        "runner": "Lysgården Arbeid AS · Årsrapport 2023", "accent": "7A3E1D", "soft": "F3E9DF",
        "organization": {"name": "Lysgården Arbeid AS", "founded_year": 1987, "email": "post@lysgarden.no",
                         "website": "www.lysgarden.no",
                         "owners": [{"name": "Gran kommune", "share_percent": 70.0},
                                    {"name": "Lunner kommune", "share_percent": 30.0}]},
        "ceo": ceo, "board": gold_tuples(board, True), "programs": {"VTA": 52, "AFT": 38},
        "board_optional": ["Bjørn Sæther"],
        "not_board": ["Terje Lunde", "Elin Grinaker", "Trude Solberg", "Morten Engebretsen", "Sigrid Berg",
                      "Lars Magne Bøe", "Stian Rud", "Marte Lie Haugen", "Ingunn Tangen",
                      "Jon Erik Grønvold", "Kari Bjørge", "Siv Helene Kjos", "Per Ivar Knutsen"],
        "not_places": ["Gran kommune", "Lunner kommune", "Hadeland Bygg og Tre AS", "Hadeland Revisjon AS", "NAV Hadeland",
                       "Hadeland videregående skole"],
        "key_figures_optional": [{"label": "Omsetning", "year": 2023, "value": 48_200_000},
                                 {"label": "Årsresultat", "year": 2023, "value": 1_300_000}]
        + [{"label": "Driftsinntekter (1000 kr)", "year": y, "value": v * 1000}
           for y, v in zip(range(2019, 2024), (41_260, 40_115, 43_980, 45_603, 48_213))]
        + [{"label": "Årsresultat (1000 kr)", "year": y, "value": v * 1000}
           for y, v in zip(range(2019, 2024), (412, -860, 655, 182, 1_302))],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed report: key-figure spread first (rounded MNOK, optional), the management team as photo "
                 "cards right before the board's photo cards of the same shape; a former member thanked (optional).",
    }


def fjordvik_ressurs_2022() -> dict:
    """A nynorsk vekstbedrift whose board is printed only as a group photo's caption ("Frå venstre: ...")
    and in the signature row; three columns throughout; statements in whole kroner."""
    board = [M("Solveig Hatlevik", "LEDE"), M("Rune Myklebust", "NEST"), M("Kari Svanøy Eide", "MEDL"),
             M("Tor Inge Solheim", "MEDL", emp=True), M("Marit Sunde", "MEDL")]
    ceo = "Arnstein Vågen"
    cols = [Col("2022", 2022), Col("2021", 2021)]
    res = Statement("Resultatrekneskap", cols, income("nn", 2, inc=[
        ("Sal av varer og tenester", "", [12_604_330, 11_982_115]), ("Tilskot frå NAV", "2", [17_215_900, 16_480_250]),
        ("Tilskot frå Kinn kommune", "", [1_310_000, 1_260_000]), ("Andre inntekter", "", [488_612, 302_744])],
        cost=[("Varekostnad", "", [4_120_448, 3_904_331]), ("Løn og sosiale kostnader", "3", [23_418_207, 22_166_904]),
              ("Avskrivingar", "", [702_116, 688_430]), ("Andre driftskostnader", "", [3_015_882, 2_870_116])],
        fin=[("Finansinntekter", "", [61_204, 18_330]), ("Finanskostnader", "", [-142_300, -129_884])]),
        label_header="Beløp i NOK", note_col="Note")
    bal = Statement("Balanse 31.12.", cols, balance("nn", 2,
        fixed=[("Bygningar", "", [6_410_000, 6_780_000]), ("Maskiner og bilar", "", [1_842_550, 2_104_225])],
        current=[("Kundefordringar", "", [1_604_118, 1_498_760]), ("Bankinnskot", "", "plug")],
        equity=[("Aksjekapital", "", [600_000, 600_000]), ("Anna eigenkapital", "", [8_082_527, 7_801_434])],
        long=[("Lån i Sparebanken Sogn og Fjordane", "", [3_050_000, 3_400_000])],
        short=[("Leverandørgjeld", "", [884_209, 912_447]), ("Skuldige offentlege avgifter", "", [1_766_380, 1_690_102]),
               ("Anna kortsiktig gjeld", "", [2_214_873, 1_987_335])]),
        label_header="Beløp i NOK", note_col="Note")
    items = [
        ("photo", 2, 3, "Styret i Fjordvik Ressurs AS. Frå venstre: Solveig Hatlevik (styreleiar), Rune Myklebust "
                        "(nestleiar), Kari Svanøy Eide, Tor Inge Solheim (tilsettvald) og Marit Sunde."),
        ("kpi", [("31,6", "MNOK", "Omsetnad"), ("74", "", "Deltakarar i året"), ("28", "", "VTA-plassar"),
                 ("22", "", "AFT-plassar"), ("{p:6,4 %}", "", "Sjukefråvær tilsette")], {"per_row": 5}),
        ("cols3", [
            ("h", 2, "Dagleg leiar"),
            ("p", "Året 2022 vart eit år med mykje å gjere. Båtpussen på {g:Florø} hadde fleire oppdrag enn nokon gong, "
                  "og vedproduksjonen på {g:Eikefjord} gjekk for fullt frå september."),
            ("p", "Eg vil takke rettleiar Hanne Frøyen i {g?:NAV Kinn|Kinn} for eit godt samarbeid, og Leif "
                  "Berstad, som gjekk av med pensjon etter 22 år som arbeidsleiar hos oss."),
            ("p", "Arnstein Vågen, dagleg leiar", {"italic": True}),
            ("quote", "«Fjordvik er ein viktig del av arbeidslivet i kommunen vår.»",
             "Ordførar Gunn Elin Frøysland, Kinn kommune"),
            ("h", 2, "Tiltaka våre"),
            ("p", "Fjordvik Ressurs har 28 plassar i varig tilrettelagt arbeid (VTA) og 22 plassar i "
                  "arbeidsførebuande trening (AFT). 74 personar var deltakarar i løpet av året."),
            ("p", "Av dei som gjekk ut av AFT, fekk {p:52 prosent|arbeid eller starta på skule} arbeid eller "
                  "starta på skule."),
            ("h", 2, "Avdelingane"),
            ("li", "Båtpuss og vedlikehald, {g:Florø}"), ("li", "Ved og vedlikehald av uteområde, {g:Eikefjord}"),
            ("li", "Butikk og gjenbruk, {g:Måløy}"),
            ("sidebar", "Fjordvik Ressurs AS", ["Skipavikvegen 14, 6900 Florø", "Tlf. 57 74 20 10",
                                                "post@fjordvikressurs.no", "Eigd {p:100 %|eigd} av Kinn kommune",
                                                "Skipa i 1991"]),
            ("h", 2, "Styret sitt arbeid"),
            ("p", "Styret har hatt seks møte i 2022. Valnemnda er Inger Bakke Thue (leiar) og Jan Rune Hessevik."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Sjukefråværet blant dei tilsette var {p:6,4 prosent|sjukefråværet} i 2022. Det er 19 tilsette, "
                  "11 kvinner og 8 menn."),
            ("p", "Verksemda ureinar ikkje det ytre miljøet utover det som er vanleg for bransjen."),
            ("h", 2, "Resultat"),
            ("p", "Årsresultatet vart 281 093 kroner. Styret meiner rekneskapen gir eit rett bilete av stillinga, "
                  "og at føresetnaden om vidare drift er til stades."),
        ]),
        ("band", "Årsrekneskap 2022", {"page": True}),
        ("wide", [("stmt", res), ("stmt", bal)]),
        ("p", "Revisor: Sunnfjord Revisjon AS v/ Oddbjørn Kvalheim, statsautorisert revisor.", {"small": True}),
        ("sign", "{g:Florø}, 9. mars 2023", [("Solveig Hatlevik", "styreleiar"), ("Rune Myklebust", "nestleiar"),
                                         ("Kari Svanøy Eide", "styremedlem"), ("Tor Inge Solheim", "styremedlem"),
                                         ("Marit Sunde", "styremedlem"), ("Arnstein Vågen", "dagleg leiar")]),
    ]
    return {
        "name": "fjordvik-ressurs-2022", "year": 2022, "title": "Fjordvik Ressurs AS – Årsmelding 2022",
        "cover": ("Årsmelding 2022", "Fjordvik Ressurs AS · {g:Kinn} · {g:Vestland}"),
        "runner": "Fjordvik Ressurs AS – Årsmelding 2022", "accent": "0E4D6E", "soft": "DCEBF2",
        "organization": {"name": "Fjordvik Ressurs AS", "founded_year": 1991, "email": "post@fjordvikressurs.no",
                         "phone": "57 74 20 10", "address": "Skipavikvegen 14, 6900 Florø",
                         "owners": [{"name": "Kinn kommune", "share_percent": 100.0}]},
        "ceo": ceo, "board": gold_tuples(board, True), "programs": {"VTA": 28, "AFT": 22},
        "not_board": ["Hanne Frøyen", "Leif Berstad", "Gunn Elin Frøysland", "Inger Bakke Thue",
                      "Jan Rune Hessevik", "Oddbjørn Kvalheim"],
        "key_figures_optional": [{"label": "Omsetnad", "year": 2022, "value": 31_600_000}],
        "places_optional": ["Skipavikvegen"],
        "not_places": ["Kinn kommune", "Skipavikvegen 14, 6900 Florø"],
        "items": items, "renditions": ["chrome"],
        "notes": "Nynorsk, three columns; the board only as a group photo's caption 'Frå venstre: Name (role), ...' "
                 "and in the signature row; the ordførar quoted and the valnemnd named (not board).",
    }


def dalen_kulturfond_2019() -> dict:
    """A grant-giving foundation: the chair's letter signed, a key-figure spread with grants and returns,
    the board and the fagråd as one-line "Name, role" photo captions in two rows, a grants table,
    statements in kroner."""
    board = [M("Torunn Haugland", "LEDE"), M("Eivind Kostveit", "NEST"), M("Åse Marie Bakken", "MEDL"),
             M("Gunnar Rysstad", "MEDL"), M("Liv Skredsvig", "VARA")]
    ceo = "Marit Hovde Lia"
    cols = [Col("2019", 2019), Col("2018", 2018)]
    res = Statement("Aktivitetsregnskap", cols, income("nb", 2, inc=[
        ("Avkastning finansielle plasseringer", "2", [21_486_212, -3_904_118]), ("Leieinntekter", "", [612_000, 598_000])],
        cost=[("Gaveutdelinger", "3", [12_408_500, 11_215_000]), ("Lønn og honorarer", "4", [1_884_311, 1_802_456]),
              ("Forvaltningskostnader", "", [1_106_744, 1_054_210]), ("Andre driftskostnader", "", [498_205, 512_630])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "inc": "Inntekter", "cost": "Kostnader"}),
        label_header="Beløp i NOK", note_col="Note", negative="paren")
    bal = Statement("Balanse 31. desember", cols, balance("nb", 2,
        fixed=[("Eiendom Dalen brygge", "", [7_800_000, 8_000_000])],
        current=[("Finansielle plasseringer", "2", [298_412_660, 293_104_220]), ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "", [250_000_000, 250_000_000]), ("Annen egenkapital", "", [57_026_470, 50_826_018])],
        long=[], short=[("Bevilgede, ikke utbetalte gaver", "3", [3_240_000, 2_960_000]),
                        ("Annen kortsiktig gjeld", "", [402_330, 388_102])]),
        label_header="Beløp i NOK", note_col="Note", negative="paren")
    items = [
        ("kpi", [("12,4", "MNOK", "Tildelt i 2019"), ("87", "", "Tildelinger"), ("214", "", "Søknader"),
                 ("{p:7,2 %}", "", "Avkastning på porteføljen")], {"per_row": 4}),
        ("h", 2, "Styrelederen har ordet"),
        ("p", "Kulturfondet delte i 2019 ut mer enn noen gang. 87 lag, kunstnere og prosjekter i {g:Tokke}, "
              "{g:Vinje} og resten av {g:Vest-Telemark} fikk tilsagn, og søknadene ble både flere og bedre."),
        ("p", "Et godt år i finansmarkedene ga en avkastning på {p:7,2 %|avkastning} etter et svakt 2018. Styret har "
              "fulgt den vedtatte forvaltningsstrategien, og grunnkapitalen er intakt."),
        ("quote", "«Pengene gjør størst nytte når de kommer tidlig i et prosjekt.»", "Torunn Haugland, styreleder"),
        ("p", "Jeg takker fagrådet og dets leder Kristian Nordbø for grundige vurderinger, og festivalsjef Ragnhild "
              "Aasen for et godt samarbeid om Dalen-dagene."),
        ("p", "Torunn Haugland", {"italic": True}), ("p", "styreleder", {"small": True}),
        ("sidebar", "Om stiftelsen", ["Stiftelsen Dalen Kulturfond ble opprettet i 2004.",
                                      "Formål: å fremme kunst, kultur og kulturarv i {g:Vest-Telemark}.",
                                      "Grunnkapital: 250 mill. kr", "Adresse: Storvegen 3, 3880 Dalen",
                                      "www.dalenkulturfond.no"]),
        ("band", "Tildelinger 2019"),
        ("p", "Fondet behandler søknader to ganger i året. Fagrådet innstiller, og styret vedtar tildelingene."),
        ("table", [["Område", "Antall", "Beløp (kr)", "Andel"], ["Musikk og scenekunst", "31", "4 315 000", "{p:34,8 %}"],
                   ["Kulturarv og bygg", "19", "3 860 000", "{p:31,1 %}"], ["Barn og unge", "24", "2 478 500", "{p:20,0 %}"],
                   ["Litteratur og billedkunst", "13", "1 755 000", "{p:14,1 %}"]]),
        ("p", "Største enkelttildeling gikk til restaureringen av stabburet på {g:Rauland}, der prosjektleder Tone "
              "Brekke ledet dugnaden."),
        ("band", "Styre, fagråd og administrasjon", {"page": True}),
        ("cards", [("Torunn Haugland", "styreleder"), ("Eivind Kostveit", "nestleder"), ("Åse Marie Bakken", "styremedlem"),
                   ("Gunnar Rysstad", "styremedlem"), ("Liv Skredsvig", "varamedlem")],
         {"title": "Styret", "per_row": 3, "inline": True}),
        ("p", "Styret oppnevnes av Tokke kommune (to medlemmer), Vinje kommune (ett medlem) og Telemark fylkeskommune "
              "(ett medlem og varamedlem)."),
        ("cards", [("Kristian Nordbø", "leder av fagrådet"), ("Hilde Sandvik", "fagrådsmedlem"),
                   ("Olav Tveitå", "fagrådsmedlem")], {"title": "Fagrådet", "per_row": 3, "inline": True}),
        ("p", "Daglig leder er Marit Hovde Lia i {p:80 %|stilling} stilling. Rådgiver Anders Moland ble ansatt i "
              "august."),
        ("band", "Årsregnskap 2019", {"page": True}),
        ("wide", [("stmt", res), ("stmt", bal)]),
        ("p", "Note 3: Gaveutdelinger er kostnadsført når tilsagn er gitt. Ikke utbetalte tilsagn står som gjeld."),
        ("p", "Stiftelsens revisor er Telemark Revisjon AS ved registrert revisor Gro Mette Vik.", {"small": True}),
        ("sign", "{g:Dalen}, 20. februar 2020", [("Torunn Haugland", "styreleder"), ("Eivind Kostveit", "nestleder"),
                                             ("Åse Marie Bakken", "styremedlem"), ("Gunnar Rysstad", "styremedlem"),
                                             ("Marit Hovde Lia", "daglig leder")]),
    ]
    return {
        "name": "dalen-kulturfond-2019", "year": 2019, "title": "Stiftelsen Dalen Kulturfond – Årsrapport 2019",
        "cover": ("Årsrapport 2019", "Stiftelsen Dalen Kulturfond · {g:Dalen} i {g:Telemark}"),
        "runner": "Stiftelsen Dalen Kulturfond · 2019", "accent": "5B2A6E", "soft": "EEE5F2",
        "organization": {"name": "Stiftelsen Dalen Kulturfond", "founded_year": 2004,
                         "website": "www.dalenkulturfond.no", "address": "Storvegen 3, 3880 Dalen"},
        "ceo": ceo, "board": gold_tuples(board, False), "programs": {},
        "not_board": ["Kristian Nordbø", "Hilde Sandvik", "Olav Tveitå", "Ragnhild Aasen", "Tone Brekke",
                      "Anders Moland", "Gro Mette Vik"],
        "key_figures_optional": [{"label": "Tildelt i 2019", "year": 2019, "value": 12_400_000}],
        "places_optional": ["Storvegen"],
        "not_places": ["Tokke kommune", "Vinje kommune", "Telemark fylkeskommune", "Telemark Revisjon AS",
                       "Storvegen 3, 3880 Dalen", "Dalen brygge", "Dalen-dagene"],
        "items": items, "renditions": ["chrome"],
        "notes": "Foundation: chair's letter signed; board and fagråd as 'Name, role' one-line photo captions in two "
                 "rows of the same shape; the 2018 return negative in brackets.",
    }


REPORTS = [lysgarden_arbeid_2023, fjordvik_ressurs_2022, dalen_kulturfond_2019]
