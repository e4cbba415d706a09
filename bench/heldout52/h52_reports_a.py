"""Three of the fifty-second held-out set's reports (a measuring set, written blind): a long
vekstbedrift årsrapport with lærekandidater and personal deputies, an arbeidsinkluderingsbedrift
owned by four kommuner with a three-year key-figure table, and a small VTA bedrift's årsmelding.
Every name and figure is invented; places are real and valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Line, Statement, balance, income
from h3_render import Kroner

# ---------------------------------------------------------------- Lianfoss Vekst AS, 2016


def lianfoss_2016() -> dict:
    inc = [("Salgsinntekter", "", [6_412_880, 5_987_115]),
           ("Tilskudd fra NAV", "2", [11_204_560, 10_655_300]),
           ("Tilskudd fra kommunene", "2", [1_530_000, 1_480_000]),
           ("Andre driftsinntekter", "", [312_400, 287_940])]
    cost = [("Varekostnad", "", [2_105_330, 1_962_470]),
            ("Lønnskostnader", "3", [13_486_902, 12_870_115]),
            ("Avskrivning på driftsmidler", "4", [612_800, 590_450]),
            ("Andre driftskostnader", "", [2_705_118, 2_644_090])]
    fin = [("Finansinntekter", "", [48_230, 61_120]), ("Finanskostnader", "", [-96_410, -104_880])]
    res = Statement("Resultatregnskap", [Col("2016", 2016), Col("2015", 2015)],
                    income("nb", 2, inc, cost, fin), note_col="Note", label_header="Beløp i kr")
    bal = Statement("Balanse pr. 31.12.", [Col("31.12.2016", 2016), Col("31.12.2015", 2015)],
                    balance("nb", 2,
                            fixed=[("Bygninger og tomt", "4", [4_820_000, 5_015_000]),
                                   ("Maskiner, inventar og biler", "4", [1_288_600, 1_406_400])],
                            current=[("Varelager", "", [402_300, 388_900]),
                                     ("Kundefordringer", "", [964_210, 1_102_770]),
                                     ("Andre fordringer", "", [311_560, 245_300]),
                                     ("Bankinnskudd og kontanter", "5", "plug")],
                            equity=[("Aksjekapital (400 aksjer à kr 1 000)", "6", [400_000, 400_000]),
                                    ("Annen egenkapital", "6", [5_999_621, 5_498_111])],
                            long=[("Pantelån", "7", [3_150_000, 3_450_000])],
                            short=[("Leverandørgjeld", "", [688_400, 731_250]),
                                   ("Skyldige offentlige avgifter", "", [1_102_600, 1_048_900]),
                                   ("Annen kortsiktig gjeld", "", [1_986_700, 1_874_300])]),
                    note_col="Note", label_header="Beløp i kr")
    board = [("Torunn Aasheim Lien", "LEDE", False), ("Geir Arne Hofstad", "NEST", False),
             ("Marianne Fornes Rønning", "MEDL", False), ("Kristoffer Sagvold", "MEDL", True),
             ("Per Ivar Skjølsvold", "VARA", None), ("Anne Berit Kvål", "VARA", None),
             ("Jostein Haugan", "VARA", None), ("Lill Iren Moe", "VARA", None)]
    filler = [
        ("h", 2, "Produksjon og oppdrag"),
        ("p", "Avdelingene har hatt god tilgang på oppdrag gjennom hele året. Monteringsavdelingen har levert "
              "delsett til to faste industrikunder, og snekkerverkstedet har produsert ved- og flisprodukter for "
              "privatmarkedet. Kantina på {g?:Husbysjøen} er drevet av deltakere og ansatte sammen og serverer lunsj for "
              "egne ansatte og for nabobedriftene på dagtid."),
        ("p", "Vaskeriet hadde et stort løft da vi i mai tok i bruk ny strykemaskin. Investeringen er finansiert "
              "over egen drift og gir bedre arbeidsstillinger for deltakerne som arbeider der."),
        ("bh", "Vedlikehold av uteområder"),
        ("p", "Grøntgruppen har stelt uteområdene for borettslag og for {g:Stjørdal} kommune fra april til "
              "oktober. Om vinteren har gruppen hatt snømåking og strøing for de samme kundene."),
    ]
    items = [
        ("p", "Årsrapport 2016", {"size": 26, "align": "center"}),
        ("p", "Lianfoss Vekst AS", {"size": 16, "align": "center"}),
        ("p", "Vi skaper arbeid som passer", {"italic": True, "align": "center"}),
        ("photo", 3, 5, "Deltakere og arbeidsledere i snekkerverkstedet på {g?:Husbysjøen}."),
        ("break",),
        ("toc", [("Daglig leders kommentar", 3), ("Om bedriften", 4), ("Tiltakene", 5),
                 ("Lærekandidater", 6), ("Produksjon og oppdrag", 6), ("Organisasjon og ansatte", 7),
                 ("Styrets årsberetning", 8), ("Årsregnskap", 10), ("Noter", 11),
                 ("Revisors beretning", 13)]),
        ("break",),
        ("h", 1, "Daglig leders kommentar"),
        ("p", "2016 ble et år med flere deltakere enn noen gang tidligere, og med en økonomi som gjør oss i stand "
              "til å fornye maskinparken. Det er deltakerne som gjør jobben, og det er deres innsats som gjør at "
              "kundene kommer tilbake år etter år."),
        ("p", "Vi har i år samarbeidet tettere med {g:NAV Stjørdal|Stjørdal} om avklaring av nye deltakere i "
              "arbeidsforberedende trening. Takk til avdelingsleder Ingrid Folstad og hennes medarbeidere for et "
              "raskt og godt samarbeid. Takk også til Halvard Brenne-Hoel i Opplæringskontoret for offentlig "
              "sektor i {g:Nord-Trøndelag} for hjelpen med lærekandidatordningen, og til ordfører Svein Arild "
              "Husby, som åpnet det nye vaskeriet vårt i mai."),
        ("p", "Til slutt en stor takk til alle ansatte og deltakere for året som har gått."),
        ("p", "Oddbjørn Viken\ndaglig leder", {"italic": True}),
        ("break",),
        ("h", 1, "Om bedriften"),
        ("p", "Lianfoss Vekst AS er en vekstbedrift som gir tilrettelagt arbeid og arbeidstrening til personer "
              "med nedsatt arbeidsevne. Selskapet ble stiftet i 1989 og holder til i egne lokaler i "
              "Industrivegen 14, 7500 {g:Stjørdal}."),
        ("p", "Selskapet eies av {g:Stjørdal} kommune med {p:66 %|eies av Stjørdal kommune} og {g:Meråker} "
              "kommune med {p:34 %|Meråker kommune} av aksjene. Bedriften er medlem av NHO Service og "
              "Arbeid og inkludering, og er godkjent som tiltaksarrangør av NAV."),
        ("table", [["Organisasjon", ""], ["Navn", "Lianfoss Vekst AS"],
                   ["Adresse", "Industrivegen 14, 7500 {g:Stjørdal}"],
                   ["Telefon", "74 82 41 00"], ["E-post", "post@lianfossvekst.no"],
                   ["Stiftet", "1989"]], {"ruled": False}),
        ("break",),
        ("h", 1, "Tiltakene"),
        ("p", "Bedriften hadde ved utgangen av 2016 avtale med NAV om 38 plasser i varig tilrettelagt arbeid "
              "(VTA) og 22 plasser i arbeidsforberedende trening (AFT). AFT erstattet fra 1. januar de tidligere "
              "tiltakene arbeidspraksis i skjermet virksomhet og kvalifisering i arbeidsmarkedsbedrift."),
        ("table", [["Tiltak", "Plasser", "Deltakere i året", "Avsluttet", "Til arbeid eller utdanning"],
                   ["VTA", "38", "41", "3", "1"],
                   ["AFT", "22", "57", "34", "14"]], {"ruled": True}),
        ("p", "Av de 34 som avsluttet AFT i løpet av året, gikk {p:41 %|til arbeid eller utdanning} til "
              "arbeid eller utdanning. Resten gikk videre til andre tiltak eller til avklaring av uføretrygd."),
        ("p", "Deltakere i VTA har hatt en gjennomsnittlig arbeidstid på 28 timer i uken."),
        ("h", 1, "Lærekandidater"),
        ("p", "Bedriften er godkjent lærebedrift og har i 2016 hatt seks lærekandidater, fire i "
              "kantinefaget og to i industriell produksjon. To av dem tok kompetansebevis i juni. "
              "Lærekandidatene følges opp av opplæringsansvarlig Ruth Elin Grande sammen med faglige ledere "
              "i avdelingene."),
        *filler,
        ("break",),
        ("h", 1, "Organisasjon og ansatte"),
        ("p", "Ved årsskiftet hadde bedriften 19 fast ansatte i 17,6 årsverk. Ledergruppen består av daglig "
              "leder Oddbjørn Viken, fagleder AFT Hilde Sagmo og produksjonsleder Steinar Aune."),
        ("table", [["Avdeling", "Arbeidsleder"], ["Montering", "Knut Ove Lyngen"],
                   ["Snekkerverksted", "Bjørn Tore Hegre"], ["Kantine", "Wenche Sandvik"],
                   ["Vaskeri", "Eli Margrethe Fossum"], ["Grøntgruppen", "Vegard Lund"]], {"ruled": False}),
        ("p", "Hovedverneombud er Arne Tronstad. Arbeidsmiljøutvalget har hatt fire møter."),
        ("break",),
        ("h", 1, "Styrets årsberetning"),
        ("bh", "Virksomhetens art og hvor den drives"),
        ("p", "Lianfoss Vekst AS har som formål å skape arbeid og kvalifisering for personer som har behov for "
              "tilrettelegging. Virksomheten drives i {g:Stjørdal} kommune. Selskapet har ikke til formål å gi "
              "aksjonærene utbytte."),
        ("bh", "Fortsatt drift"),
        ("p", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Styret mener forutsetningen er "
              "til stede."),
        ("bh", "Arbeidsmiljø"),
        ("p", "Sykefraværet blant ansatte og deltakere var {p:7,2 %|sykefraværet} i 2016, mot {p?:8,9 %} året "
              "før. Det har ikke vært skader eller ulykker som har ført til fravær."),
        ("bh", "Likestilling"),
        ("p", "Av de fast ansatte er 10 kvinner og 9 menn. Styret har tre kvinner og en mann blant de faste "
              "medlemmene."),
        ("bh", "Ytre miljø"),
        ("p", "Bedriften forurenser ikke det ytre miljø utover det som er vanlig for tilsvarende virksomheter."),
        ("bh", "Styret"),
        ("p", "Styret har hatt seks møter og behandlet 41 saker. Styret har i 2016 bestått av:"),
        ("table", [["Verv", "Medlem", "Personlig varamedlem"],
                   ["Styreleder", "Torunn Aasheim Lien", "Per Ivar Skjølsvold"],
                   ["Nestleder", "Geir Arne Hofstad", "Anne Berit Kvål"],
                   ["Styremedlem", "Marianne Fornes Rønning", "Jostein Haugan"],
                   ["Styremedlem, valgt av de ansatte", "Kristoffer Sagvold", "Lill Iren Moe"]],
         {"ruled": True}),
        ("bh", "Resultat og disponering"),
        ("p", "Årsresultatet ble kr 501 510. Styret foreslår at overskuddet overføres til annen egenkapital."),
        ("sign", "{g:Stjørdal}, 14. mars 2017",
         [("Torunn Aasheim Lien", "styreleder"), ("Geir Arne Hofstad", "nestleder"),
          ("Marianne Fornes Rønning", "styremedlem"), ("Kristoffer Sagvold", "styremedlem"),
          ("Oddbjørn Viken", "daglig leder")], {"cols": 3}),
        ("break",),
        ("h", 1, "Årsregnskap"),
        ("stmt", res, {"title": "Resultatregnskap 2016"}),
        ("stmt", bal, {"title": "Balanse"}),
        ("break",),
        ("h", 1, "Noter"),
        ("bh", "Note 1 Regnskapsprinsipper"),
        ("p", "Årsregnskapet er utarbeidet i samsvar med regnskapsloven og god regnskapsskikk for små foretak."),
        ("bh", "Note 2 Offentlige tilskudd"),
        ("p", "Tilskudd fra NAV gjelder VTA og AFT. Kommunene gir tilskudd til VTA etter avtale med eierne."),
        ("bh", "Note 3 Lønnskostnader og godtgjørelser"),
        ("p", "Lønn til daglig leder utgjorde kr 812 400. Styrehonorar er utbetalt med kr 96 000. Honorar til "
              "revisor, Revisjon Midt-Norge SA, var kr 48 500 for lovpålagt revisjon."),
        ("bh", "Note 4 Varige driftsmidler"),
        ("p", "Bygninger avskrives over 30 år, maskiner og biler over 5 til 10 år."),
        ("break",),
        ("h", 1, "Revisors beretning"),
        ("p", "Vi har revidert årsregnskapet for Lianfoss Vekst AS, som består av balanse per 31. desember 2016 "
              "og resultatregnskap for regnskapsåret avsluttet per denne datoen. Etter vår mening gir "
              "årsregnskapet et rettvisende bilde av selskapets finansielle stilling."),
        ("p", "{g:Steinkjer}, 14. mars 2017\nRevisjon Midt-Norge SA\nGunnhild Aspli\nstatsautorisert revisor"),
    ]
    return {
        "name": "lianfoss-vekst-2016", "year": 2016, "title": "Lianfoss Vekst AS – Årsrapport 2016",
        "organization": {"name": "Lianfoss Vekst AS", "founded_year": 1989,
                         "address": "Industrivegen 14, 7500 Stjørdal", "phone": "74 82 41 00",
                         "email": "post@lianfossvekst.no",
                         "owners": [{"name": "Stjørdal kommune", "share_percent": 66.0},
                                    {"name": "Meråker kommune", "share_percent": 34.0}]},
        "ceo": "Oddbjørn Viken", "board": board,
        "not_board": ["Ingrid Folstad", "Halvard Brenne-Hoel", "Svein Arild Husby", "Hilde Sagmo",
                      "Steinar Aune", "Ruth Elin Grande", "Arne Tronstad", "Gunnhild Aspli", "Knut Ove Lyngen"],
        "programs": {"VTA": 38, "AFT": 22},
        "places_optional": ["Midt-Norge"],
                "header": "Lianfoss Vekst AS – Årsrapport 2016", "footer": "Side {PAGE}",
        "items": items, "renditions": ["pdf"],
        "notes": "Long PDF; the board as a Verv | Medlem | Personlig varamedlem table far from the start "
                 "(deputies VARA), signatures with lower-case titles; NOK statements with Note column.",
    }


# ---------------------------------------------------------------- Numedal Jobbverksted AS, 2021

def numedal_2021() -> dict:
    cols = [Col("2021", 2021), Col("2020", 2020)]
    inc = [("Salgsinntekter", "", [8_912, 9_455]), ("Tiltaksinntekter NAV", "2", [21_408, 20_116]),
           ("Andre inntekter", "2", [1_204, 2_880])]
    cost = [("Varekostnad", "", [3_305, 3_512]), ("Lønn og sosiale kostnader", "3", [23_870, 22_410]),
            ("Avskrivninger", "4", [1_102, 1_050]), ("Andre driftskostnader", "", [4_311, 4_092])]
    fin = [("Netto finans", "", [-84, -61])]
    labels = {"net_fin": None, "fin": "Finansposter"}
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc, cost, fin, labels=labels),
                    unit=1000, negative="paren", note_col="Note", label_header="(Beløp i 1000 kr)")
    bal = Statement("Balanse", cols,
                    balance("nb", 2,
                            fixed=[("Bygninger", "4", [9_840, 10_220]), ("Maskiner og transportmidler", "4", [2_115, 2_390])],
                            current=[("Kundefordringer", "", [1_612, 1_480]), ("Andre fordringer", "", [402, 655]),
                                     ("Bankinnskudd", "", "plug")],
                            equity=[("Aksjekapital", "", [600, 600]), ("Annen egenkapital", "", [7_599, 8_747])],
                            long=[("Lån Kommunalbanken", "5", [5_400, 5_800])],
                            short=[("Leverandørgjeld", "", [1_206, 1_115]), ("Skyldige offentlige avgifter", "", [2_011, 1_937]),
                                   ("Annen kortsiktig gjeld", "", [1_988, 2_164])]),
                    unit=1000, negative="paren", note_col="Note", label_header="(Beløp i 1000 kr)")
    key = Statement("Nøkkeltall", [Col("2021", 2021), Col("2020", 2020), Col("2019", 2019)],
                    [Line("Sum driftsinntekter", [31_524, 32_451, 30_904], key=True),
                     Line("Driftsresultat", [-1_064, 1_387, 988], key=True),
                     Line("Årsresultat", [-1_148, 1_326, 912], key=True)],
                    unit=1000, negative="paren", label_header="Beløp i 1000 kr")
    extra = [["Sykefravær ansatte", "{p:6,4 %}", "{p?:5,1 %}", "{p?:5,8 %}"],
             ["Overgang til arbeid eller utdanning (AFT)", "{p:38 %}", "{p?:33 %}", "{p?:40 %}"]]
    board = [("Ragnhild Tveiten Aas", "LEDE", False), ("Olav Kristian Bekkjorden", "NEST", False),
             ("Siri Haugerud", "MEDL", False), ("Erlend Moen Nilsen", "MEDL", False),
             ("Hanne Lise Frøysaker", "MEDL", True), ("Trond Egil Holtan", "VARA", None)]
    items = [
        ("p", "Numedal Jobbverksted AS", {"size": 20}),
        ("p", "Årsberetning 2021", {"size": 14}),
        ("keytable", key, extra, {"title": "Nøkkeltall"}),
        ("h", 2, "Om virksomheten"),
        ("p", "Numedal Jobbverksted AS er en arbeids- og inkluderingsbedrift med hovedkontor i "
              "{g:Kongsberg} og avdeling i {g:Rollag}. Selskapet eies av {g:Kongsberg} kommune "
              "({p:62 %|Kongsberg kommune}), {g:Flesberg} kommune ({p:14 %|Flesberg}), {g:Rollag} kommune "
              "({p:12 %|Rollag}) og {g:Nore og Uvdal} kommune ({p:12 %|Nore og Uvdal})."),
        ("p", "Bedriften har avtale med {g?:NAV Vest-Viken|Vest-Viken} om 45 plasser i arbeidsforberedende trening "
              "(AFT) og 30 plasser i varig tilrettelagt arbeid (VTA). Pandemien preget også 2021: "
              "avdelingen for kantine og catering var stengt i to perioder, og salgsinntektene falt."),
        ("h", 2, "Styret"),
        ("tablines", [["Styreleder:", "Ragnhild Tveiten Aas"], ["Nestleder:", "Olav Kristian Bekkjorden"],
                      ["Styremedlem:", "Siri Haugerud"], ["Styremedlem:", "Erlend Moen Nilsen"],
                      ["Ansattes representant:", "Hanne Lise Frøysaker"],
                      ["Vararepresentant:", "Trond Egil Holtan"]], {"stops": [5.5]}),
        ("p", "Styret har hatt åtte møter i 2021, fire av dem digitalt. Daglig leder er Mona Sletten Berg."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Selskapet hadde 31 ansatte ved årets slutt, 18 kvinner og 13 menn. Sykefraværet var "
              "{p:6,4 %|sykefraværet var}. Verneombud er Lars Petter Haug. Styret består av tre kvinner og to menn."),
        ("h", 2, "Ytre miljø"),
        ("p", "Virksomheten påvirker ikke det ytre miljøet i nevneverdig grad. Selskapet er Miljøfyrtårn-sertifisert."),
        ("h", 2, "Økonomi og fortsatt drift"),
        ("p", "Selskapet fikk et underskudd på kr 1 148 000 i 2021, etter et overskudd året før. Underskuddet "
              "skyldes tapte salgsinntekter under nedstengingen. Styret foreslår at underskuddet dekkes av "
              "annen egenkapital, og bekrefter at forutsetningen om fortsatt drift er til stede."),
        ("p", "Styret takker ansatte og deltakere, og rådgiver Kjersti Nordbø ved NAV for godt samarbeid gjennom "
              "et krevende år."),
        ("sign", "{g:Kongsberg}, 10. mars 2022",
         [("Ragnhild Tveiten Aas", "Styreleder"), ("Olav Kristian Bekkjorden", "Nestleder"),
          ("Siri Haugerud", "Styremedlem"), ("Erlend Moen Nilsen", "Styremedlem"),
          ("Hanne Lise Frøysaker", "Styremedlem"), ("Mona Sletten Berg", "Daglig leder")], {"cols": 3}),
        ("break",),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse per 31. desember"}),
        ("p", "Revisor: Buskerud Revisjon AS, ved statsautorisert revisor Anders Glesne.", {"size": 8}),
    ]
    return {
        "name": "numedal-jobbverksted-2021", "year": 2021, "title": "Numedal Jobbverksted AS – Årsberetning 2021",
        "organization": {"name": "Numedal Jobbverksted AS",
                         "owners": [{"name": "Kongsberg kommune", "share_percent": 62.0},
                                    {"name": "Flesberg kommune", "share_percent": 14.0},
                                    {"name": "Rollag kommune", "share_percent": 12.0},
                                    {"name": "Nore og Uvdal kommune", "share_percent": 12.0}]},
        "ceo": "Mona Sletten Berg", "board": board,
        "not_board": ["Lars Petter Haug", "Kjersti Nordbø", "Anders Glesne"],
        "programs": {"AFT": 45, "VTA": 30},
        "not_places": ["Numedal Jobbverksted"],
        "places_optional": ["Viken", "Numedal", "Buskerud"],
        "footer": "Numedal Jobbverksted AS · Årsberetning 2021", "body_pt": 10,
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "Key-figure table first (three years, i 1000 kr, a loss in brackets); the board as "
                 "'Role:<tab>Name' lines with an ansattes representant and a vararepresentant; statements in thousands.",
    }


# ---------------------------------------------------------------- Savalen Produkter AS, 2009

def savalen_2009() -> dict:
    cols = [Col("2009", 2009), Col("2008", 2008)]
    inc = [("Salgsinntekter", "", [1_884_215, 1_702_330]), ("Driftstilskudd NAV", "", [2_913_480, 2_820_960]),
           ("Kommunalt tilskudd", "", [488_000, 472_000])]
    cost = [("Varekjøp", "", [702_118, 655_902]), ("Lønnskostnader", "", [3_804_660, 3_661_245]),
            ("Avskrivninger", "", [86_400, 86_400]), ("Andre driftskostnader", "", [642_790, 610_118])]
    fin = [("Renteinntekter", "", [21_340, 38_770])]
    res = Kroner("Resultatregnskap", cols, income("nb", 2, inc, cost, fin, labels={"fin": "Finansposter", "net_fin": None}),
                 negative="paren", render="unruled")
    bal = Kroner("Balanse", cols,
                 balance("nb", 2, fixed=[("Maskiner og inventar", "", [259_200, 345_600])],
                         current=[("Varer", "", [121_400, 98_750]), ("Kundefordringer", "", [232_115, 201_870]),
                                  ("Bank", "", "plug")],
                         equity=[("Aksjekapital", "", [150_000, 150_000]), ("Annen egenkapital", "", [1_006_477, 935_410])],
                         long=[],
                         short=[("Leverandørgjeld", "", [98_330, 104_600]), ("Offentlige avgifter", "", [311_870, 296_420]),
                                ("Annen kortsiktig gjeld", "", [203_700, 188_950])]),
                 negative="paren", render="unruled")
    board = [("Kari Nyhus Bjørgen", "LEDE", False), ("Jon Arild Sætre", "MEDL", False),
             ("Gunvor Holmen", "MEDL", False), ("Per Kåre Moen", "MEDL", True),
             ("Åse Marit Tollefsrud", "VARA", None), ("Ola Bjørnstad", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2009 for Savalen Produkter AS"),
        ("bh", "Virksomheten"),
        ("p", "Savalen Produkter AS er en vekstbedrift med lokaler sentralt på {g:Tynset}. Selskapet eies av "
              "{g:Tynset} kommune ({p:60 %|Tynset kommune}), {g:Alvdal} kommune ({p:25 %|Alvdal kommune}) og "
              "{g:Tolga} kommune ({p:15 %|Tolga kommune}). Bedriften har 18 plasser for varig tilrettelagt arbeid "
              "(VTA), og alle plassene var i bruk hele året."),
        ("p", "Bedriften produserer opptenningsbriketter, strøsand i sekk og enkle trevarer, og har i tillegg "
              "vaskeoppdrag for to hoteller i {g:Nord-Østerdal}."),
        ("bh", "Styret"),
        ("p", "Styret har i 2009 hatt følgende sammensetning:"),
        ("li", "Kari Nyhus Bjørgen, leder"),
        ("li", "Jon Arild Sætre"),
        ("li", "Gunvor Holmen"),
        ("li", "Per Kåre Moen (ansattes representant)"),
        ("p", "Varamedlemmer: Åse Marit Tollefsrud og Ola Bjørnstad."),
        ("p", "Det er holdt fem styremøter. Daglig leder har vært Reidun Kvisle."),
        ("bh", "Arbeidsmiljø"),
        ("p", "Bedriften har fire ansatte i 3,5 årsverk. Sykefraværet blant ansatte og arbeidstakere på VTA var "
              "{p:4,8 %|sykefraværet}. Det er ikke registrert skader. Verneombud er Torill Eggen."),
        ("bh", "Likestilling og ytre miljø"),
        ("p", "Av de ansatte er tre kvinner. Bedriften forurenser ikke det ytre miljø."),
        ("bh", "Økonomi"),
        ("p", "Årets overskudd på kr 71 067,- foreslås overført til annen egenkapital. Regnskapet er avlagt "
              "under forutsetning om fortsatt drift."),
        ("stmt", res, {"title": "Resultatregnskap 2009"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2009"}),
        ("p", "Styret takker Mattis Hagen, som gikk av som daglig leder i 2008 og har hjulpet til ved "
              "innkjøringen av ny leder, og alle som har handlet hos oss."),
        ("sign", "{g:Tynset}, 18. februar 2010",
         [("Kari Nyhus Bjørgen", "leder"), ("Jon Arild Sætre", ""), ("Gunvor Holmen", ""),
          ("Per Kåre Moen", ""), ("Reidun Kvisle", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "savalen-produkter-2009", "year": 2009, "title": "Årsmelding 2009 Savalen Produkter AS",
        "organization": {"name": "Savalen Produkter AS",
                         "owners": [{"name": "Tynset kommune", "share_percent": 60.0},
                                    {"name": "Alvdal kommune", "share_percent": 25.0},
                                    {"name": "Tolga kommune", "share_percent": 15.0}]},
        "ceo": "Reidun Kvisle", "board": board,
        "not_board": ["Torill Eggen", "Mattis Hagen"],
        "programs": {"VTA": 18},
        "places_optional": ["Savalen"],
        "not_places": ["Savalen Produkter"],
        "font": "Liberation Serif", "body_pt": 11,
        "items": items, "renditions": ["doc", "pdf"],
        "notes": "A plain årsmelding: the board as bullets 'Name, leder' / 'Name (ansattes representant)' and a "
                 "'Varamedlemmer: A og B' line; Kroner ',-' statements, unruled, brackets; signatures without titles.",
    }


REPORTS = [lianfoss_2016, numedal_2021, savalen_2009]
