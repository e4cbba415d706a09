"""Reports of the fifty-first held-out set (written blind): a stiftelse with omsorgsboliger, a Røde Kors
local branch and a social enterprise bakery. All names, sentences and figures are invented."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def solvang_notteroy_2016() -> dict:
    """Long stiftelse report: the board in prose over several sentences far from the start, an
    observer from the kommune named in a sentence, a member who left in the year, grunnkapital."""
    cols = [Col("2016", 2016), Col("2015", 2015)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Husleieinntekter", "", [3_184_200, 3_096_450]), ("Kommunalt driftstilskudd", "2", [420_000, 400_000]),
             ("Andre inntekter", "", [36_815, 51_300])],
        cost=[("Lønn og sosiale kostnader", "3", [1_062_340, 1_018_775]), ("Avskrivninger", "4", [612_000, 598_500]),
              ("Vedlikehold bygninger", "", [884_120, 1_143_960]), ("Andre driftskostnader", "", [701_445, 655_210])],
        fin=[("Renteinntekter", "", [41_230, 56_980]), ("Rentekostnader", "", [-288_415, -312_870])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    bal = Statement("Balanse pr. 31.12.", [Col("31.12.2016", 2016), Col("31.12.2015", 2015)], balance(
        "nb", 2,
        fixed=[("Bygninger og tomter", "4", [14_870_000, 15_420_000]), ("Inventar", "4", [188_000, 210_000])],
        current=[("Kundefordringer", "", [42_310, 57_800]), ("Bankinnskudd", "5", "plug")],
        equity=[("Grunnkapital", "6", [200_000, 200_000]), ("Annen egenkapital", "6", [4_659_582, 4_525_657])],
        long=[("Pantelån Husbanken", "7", [10_640_000, 11_220_000])],
        short=[("Leverandørgjeld", "", [231_880, 198_440]), ("Skyldige offentlige avgifter", "", [88_120, 84_615]),
               ("Annen kortsiktig gjeld", "", [402_000, 386_300])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    return {
        "name": "solvang-notteroy-2016", "year": 2016, "title": "Stiftelsen Solvang Omsorgsboliger – Årsrapport 2016",
        "organization": {"name": "Stiftelsen Solvang Omsorgsboliger", "founded_year": 1987},
        "ceo": "Gunn Reidun Sælen",
        "board": [("Anne-Lise Hovland", "LEDE", None), ("Torbjørn Kvisle", "NEST", None),
                  ("Randi Skjelbred", "MEDL", None), ("Marit Elise Holtan", "MEDL", None),
                  ("Sissel Brekke", "VARA", None), ("Vidar Hem", "OBS", None)],
        "board_optional": ["Oddvar Tangen", "Helge Aasland"],
        "not_board": ["Bjarne Løkkeberg", "Kjell Arne Bø", "Hallvard Moen", "Liv Torill Horn", "Roar Kjærnes"],
        "header": "Stiftelsen Solvang Omsorgsboliger · Årsrapport 2016", "footer": "Side {PAGE} av {NUMPAGES}",
        "renditions": ["pdf", "docx"],
        "notes": "Long stiftelse report; board in prose far from the start; kommune's observer in a sentence; "
                 "a member who left in September (optional) and the first varamedlem meeting in his place (optional).",
        "items": [
            ("p", "STIFTELSEN SOLVANG OMSORGSBOLIGER", {"bold": True, "size": 20, "align": "center"}),
            ("p", "Årsrapport 2016", {"size": 16, "align": "center"}),
            ("photo", 3, 4, "Solvang-tunet på {g:Teie} en vårdag. Foto: Stiftelsen Solvang"),
            ("p", "Stiftelsen Solvang Omsorgsboliger ble opprettet i 1987 og eier og driver 42 omsorgsboliger for "
                  "eldre på {g:Nøtterøy} i {g:Vestfold}.", {"align": "center"}),
            ("pagebreak",),
            ("toc", [("Styrelederen har ordet", 3), ("Om stiftelsen", 4), ("Beboere og drift", 5),
                     ("Bygninger og vedlikehold", 6), ("Styrets årsberetning", 7), ("Årsregnskap", 8),
                     ("Noter til regnskapet", 9), ("Revisors beretning", 10)]),
            ("pagebreak",),
            ("h", 1, "Styrelederen har ordet"),
            ("p", "2016 ble et år med stor aktivitet på Solvang. Vi fullførte utskiftingen av vinduer i blokk B, og "
                  "ventelisten har aldri vært lengre. Det forteller oss at boligene svarer på et reelt behov i "
                  "kommunen."),
            ("p", "Jeg vil takke vaktmester Kjell Arne Bø for en formidabel innsats gjennom vinteren, og tidligere "
                  "styreleder Bjarne Løkkeberg, som fortsatt stiller opp med råd når vi spør. En takk går også til "
                  "pleie- og omsorgssjef Roar Kjærnes for et godt samarbeid om tildelingen av leilighetene."),
            ("p", "Anne-Lise Hovland\nstyreleder", {"italic": True}),
            ("pagebreak",),
            ("h", 1, "Om stiftelsen"),
            ("p", "Stiftelsen ble opprettet av {g:Nøtterøy} Sanitetsforening og en gruppe private givere i 1987, med en "
                  "grunnkapital på kr 200 000. Formålet er å skaffe eldre og pleietrengende i kommunen gode og "
                  "rimelige boliger med nærhet til tjenester."),
            ("p", "Stiftelsen er en alminnelig stiftelse og er registrert i Stiftelsesregisteret. Den har ikke "
                  "erverv til formål, og et eventuelt overskudd skal brukes til vedlikehold og utvikling av "
                  "boligmassen. Boligene ligger samlet på Solvang-tunet på {g:Teie}, om lag tre kilometer fra "
                  "{g:Tønsberg} sentrum."),
            ("h", 2, "Administrasjon"),
            ("p", "Daglig leder er Gunn Reidun Sælen, ansatt i 60 prosent stilling. Hun har også vært styrets "
                  "sekretær. Stiftelsen har i tillegg en vaktmester i full stilling, Kjell Arne Bø, og "
                  "regnskapsmedarbeider Liv Torill Horn i 20 prosent stilling.".replace(
                      "60 prosent", "{p:60 prosent|stilling}").replace("20 prosent", "{p:20 prosent|regnskapsmedarbeider}")),
            ("pagebreak",),
            ("h", 1, "Beboere og drift"),
            ("p", "Ved utgangen av året bodde 47 personer i stiftelsens 42 leiligheter. Gjennomsnittsalderen blant "
                  "beboerne var 83 år. Belegget var {p:97,6 %|belegget} mot {p?:98,8 %} året før; to leiligheter sto "
                  "tomme i en periode under vindusutskiftingen."),
            ("table", [["", "2016", "2015", "2014"], ["Leiligheter", "42", "42", "42"], ["Beboere pr. 31.12.", "47", "46", "45"],
                       ["Nye leieavtaler", "6", "5", "7"], ["Søkere på venteliste", "31", "24", "19"],
                       ["Belegg", "{p:97,6 %}", "{p?:98,8 %}", "{p?:99,1 %}"]], {"ruled": True, "shade_header": "E8EDF2"}),
            ("p", "Tildeling av leilighetene skjer etter avtale med kommunen. Kommunen har tildelingsrett til 30 av "
                  "boligene, mot at den betaler et årlig driftstilskudd. Husleien ble regulert med "
                  "{p:3,1 prosent|husleien} fra 1. juli, tilsvarende konsumprisindeksen."),
            ("p", "Fellesstua har vært i bruk nesten hver dag. Frivillige fra sanitetsforeningen har hatt "
                  "formiddagskaffe hver tirsdag, og menigheten har holdt andakt en gang i måneden."),
            ("pagebreak",),
            ("h", 1, "Bygninger og vedlikehold"),
            ("p", "Vinduene i blokk B ble skiftet i august og september. Arbeidet kostet kr 540 000 og er ført som "
                  "vedlikehold. Tilstandsvurderingen fra 2014 viser at taket på blokk A må legges om innen fem år; "
                  "styret har satt av midler til dette i langtidsbudsjettet."),
            ("p", "Det har ikke vært skader på personer eller bygninger i løpet av året. Brannvernet er gjennomgått "
                  "med {g:Vestfold} Interkommunale Brannvesen, som hadde tilsyn i mai uten avvik."),
            ("pagebreak",),
            ("h", 1, "Styrets årsberetning"),
            ("bh", "Virksomhetens art og hvor den drives"),
            ("p", "Stiftelsen Solvang Omsorgsboliger eier og leier ut omsorgsboliger for eldre. Virksomheten drives "
                  "på {g:Teie} i {g:Nøtterøy} kommune."),
            ("bh", "Styret"),
            ("p", "Styret har i 2016 bestått av leder Anne-Lise Hovland, nestleder Torbjørn Kvisle og "
                  "styremedlemmene Randi Skjelbred, Oddvar Tangen og Marit Elise Holtan. Varamedlemmer har vært "
                  "Helge Aasland og Sissel Brekke."),
            ("p", "Oddvar Tangen ba om fritak fra vervet fra 1. september av helsemessige grunner. Første "
                  "varamedlem Helge Aasland har etter dette møtt fast i styret ut året. {g:Nøtterøy} kommune har "
                  "oppnevnt Vidar Hem som sin observatør i styret. Han har møtt med tale- og forslagsrett."),
            ("p", "Styret har hatt seks møter og behandlet 38 saker. Daglig leder har vært styrets sekretær."),
            ("bh", "Fortsatt drift"),
            ("p", "Årsregnskapet er avlagt under forutsetning om fortsatt drift, og styret bekrefter at "
                  "forutsetningen er til stede."),
            ("bh", "Arbeidsmiljø, likestilling og ytre miljø"),
            ("p", "Sykefraværet var {p:2,4 %|sykefraværet} av mulige dagsverk. Stiftelsen har tre ansatte, to "
                  "kvinner og en mann. Styret har tre kvinner og to menn. Virksomheten forurenser ikke det ytre "
                  "miljø utover det som er vanlig for boligdrift."),
            ("bh", "Årsresultat"),
            ("p", "Årsresultatet ble kr 133 925, mot et underskudd året før. Styret foreslår at overskuddet "
                  "overføres til annen egenkapital."),
            ("sign", "{g:Nøtterøy}, 14. mars 2017",
             [("Anne-Lise Hovland", "styreleder"), ("Torbjørn Kvisle", "nestleder"), ("Randi Skjelbred", "styremedlem"),
              ("Marit Elise Holtan", "styremedlem"), ("Helge Aasland", "varamedlem"), ("Gunn Reidun Sælen", "daglig leder")]),
            ("pagebreak",),
            ("h", 1, "Årsregnskap"),
            ("stmt", res, {"title": "Resultatregnskap 2016"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2016"}),
            ("pagebreak",),
            ("h", 1, "Noter til regnskapet"),
            ("bh", "Note 1 Regnskapsprinsipper"),
            ("p", "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk for små foretak."),
            ("bh", "Note 2 Driftstilskudd"),
            ("p", "Kommunen betaler et årlig tilskudd mot tildelingsrett til 30 leiligheter."),
            ("bh", "Note 3 Lønn og godtgjørelser"),
            ("p", "Daglig leder er utbetalt kr 342 800 i lønn. Styrets honorar var kr 48 000. Revisors honorar "
                  "var kr 22 500 for revisjon."),
            ("bh", "Note 6 Egenkapital"),
            ("table", [["", "Grunnkapital", "Annen egenkapital", "Sum"],
                       ["Pr. 1.1.2016", "200 000", "4 525 657", "4 725 657"],
                       ["Årets resultat", "", "133 925", "133 925"],
                       ["Pr. 31.12.2016", "200 000", "4 659 582", "4 859 582"]], {"ruled": True}),
            ("bh", "Note 7 Langsiktig gjeld"),
            ("p", "Pantelånet i Husbanken har flytende rente og nedbetales over 25 år. Bokført verdi av "
                  "pantsatte eiendeler er kr 14 870 000."),
            ("pagebreak",),
            ("h", 1, "Revisors beretning"),
            ("p", "Til styret i Stiftelsen Solvang Omsorgsboliger", {"bold": True}),
            ("p", "Vi har revidert årsregnskapet for Stiftelsen Solvang Omsorgsboliger, som består av balanse per "
                  "31. desember 2016 og resultatregnskap for regnskapsåret avsluttet per denne datoen, og en "
                  "beskrivelse av vesentlige anvendte regnskapsprinsipper og andre noteopplysninger. Etter vår "
                  "mening er det medfølgende årsregnskapet avgitt i samsvar med lov og forskrifter."),
            ("p", "Etter vår mening er opplysningene i årsberetningen konsistente med årsregnskapet, og stiftelsen "
                  "er forvaltet i samsvar med lov, stiftelsens formål og vedtektene for øvrig."),
            ("p", "{g:Tønsberg}, 20. mars 2017\nRevisjonsfirmaet Slottsfjell AS\n\nHallvard Moen\n"
                  "statsautorisert revisor"),
        ],
    }


def nordre_land_rode_kors_2019() -> dict:
    """Røde Kors local branch: board in one prose sentence with places after the names, a hjelpekorps
    leader meeting in the board (optional), the valgkomité's proposal for next year."""
    cols = [Col("Regnskap 2019", 2019), Col("Regnskap 2018", 2018), Col("Budsjett 2020", 2020, BUDGET)]
    res = Kroner("Resultatregnskap", cols, income(
        "nb", 3,
        inc=[("Medlemskontingent", "", [38_400, 36_900, 38_000]), ("Tilskudd fra kommunen", "", [60_000, 60_000, 60_000]),
             ("Vakttjeneste og oppdrag", "", [84_250, 71_600, 80_000]), ("Gaver og innsamling", "", [41_780, 55_325, 40_000]),
             ("Momskompensasjon", "", [17_940, 15_210, 16_000])],
        cost=[("Utstyr hjelpekorps", "", [96_310, 58_470, 90_000]), ("Drift av korpshuset", "", [52_880, 49_140, 55_000]),
              ("Kurs og aktiviteter", "", [31_605, 36_240, 35_000]), ("Besøkstjeneste og omsorg", "", [18_220, 21_930, 20_000]),
              ("Andre kostnader", "", [24_740, 19_665, 25_000])],
        fin=[("Renteinntekter", "", [2_415, 2_110, 2_000])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "op": "Driftsresultat",
                "inc": "Inntekter", "cost": "Kostnader", "fin": None, "net_fin": None, "result": "Årsresultat"}),
        render="tabs")
    return {
        "name": "nordre-land-rode-kors-2019", "year": 2019, "title": "Nordre Land Røde Kors – Årsmelding 2019",
        "organization": {"name": "Nordre Land Røde Kors"},
        "ceo": None,
        "board": [("Eirik Haugom", "LEDE", None), ("Solveig Kvale", "NEST", None), ("Arild Nordby", "MEDL", None),
                  ("Jorunn Teigen", "MEDL", None), ("Hilde Marie Sveen", "MEDL", None), ("Grete Lunde", "VARA", None)],
        "board_optional": ["Tom Andre Bakken"],
        "not_board": ["Knut Fossum", "Hanne Myhre", "Ola Sørlie", "Bente Engelien", "Per Gunnar Rud"],
        "renditions": ["pdf", "doc"],
        "notes": "Røde Kors lokalforening; board in one prose sentence with home places after the names; the "
                 "hjelpekorpsleder meets in the board (optional); valgkomité and its proposal for 2020 not board.",
        "items": [
            ("p", "Nordre Land Røde Kors", {"bold": True, "size": 18}),
            ("p", "Årsmelding 2019", {"size": 14}),
            ("p", "Lagt fram for årsmøtet 12. mars 2020 på korpshuset på {g:Dokka}.", {"italic": True}),
            ("h", 2, "Om lokalforeningen"),
            ("p", "Nordre Land Røde Kors hadde 192 medlemmer ved utgangen av 2019, en økning på ni fra året før. "
                  "Foreningen driver hjelpekorps, besøkstjeneste, leksehjelp og Røde Kors-kafé, og dekker hele "
                  "{g:Nordre Land} kommune."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2019 bestått av leder Eirik Haugom ({g:Dokka}), nestleder Solveig Kvale "
                  "({g?:Torpa}), kasserer Arild Nordby ({g:Dokka}) og styremedlemmene Jorunn Teigen "
                  "({g?:Nord-Torpa}) og Hilde Marie Sveen ({g?:Aust-Torpa}). Varamedlem har vært Grete Lunde. "
                  "Hjelpekorpsleder Tom Andre Bakken har møtt i styret for hjelpekorpset."),
            ("p", "Det er holdt ni styremøter og behandlet 54 saker. Distriktsleder Knut Fossum i {g:Oppland} Røde "
                  "Kors var med på styremøtet i oktober og orienterte om sammenslåingen med "
                  "{g:Hedmark} Røde Kors."),
            ("h", 2, "Hjelpekorpset"),
            ("p", "Korpset har 23 aktive medlemmer, hvorav elleve er godkjente hjelpekorpsere. Korpset hadde 14 "
                  "leteaksjoner og redningsoppdrag i 2019, og 31 sanitetsvakter, blant annet under "
                  "Landsfestivalen og skirennene i {g?:Lygna}. Korpset kjøpte ny snøscooter med støtte fra "
                  "Sparebankstiftelsen."),
            ("h", 2, "Omsorg"),
            ("p", "Besøkstjenesten har hatt 12 besøksvenner, og leksehjelpen på biblioteket har vært åpen hver "
                  "onsdag i skoleåret. Aktivitetsleder for omsorg er Bente Engelien."),
            ("h", 2, "Økonomi"),
            ("p", "Foreningen har en sunn økonomi. Regnskapet viser et overskudd på kr 21 030. Tilskuddet fra "
                  "kommunen er uendret."),
            ("stmt", res, {"title": "Resultatregnskap 2019"}),
            ("p", "Bankinnskudd pr. 31.12.2019 var kr 214 660 (kr 195 630 året før). Regnskapet er revidert av "
                  "Per Gunnar Rud."),
            ("h", 2, "Valgkomiteens innstilling til årsmøtet 2020"),
            ("p", "Valgkomiteen, Ola Sørlie (leder) og Bente Engelien, foreslår at Solveig Kvale velges som leder "
                  "for to år og Hanne Myhre som ny nestleder. Eirik Haugom har ikke ønsket gjenvalg."),
            ("sign", "{g:Dokka}, 20. februar 2020",
             [("Eirik Haugom", ""), ("Solveig Kvale", ""), ("Arild Nordby", ""), ("Jorunn Teigen", ""),
              ("Hilde Marie Sveen", "")]),
        ],
    }


def brodlokka_bakeri_2021() -> dict:
    """Social enterprise AS: owners, the board in prose with each member's employer and title after
    the name (one is "daglig leder i" another company), the employees' member stated."""
    cols = [Col("2021", 2021), Col("2020", 2020)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [6_412_330, 5_188_040]), ("Offentlige tilskudd", "2", [1_380_000, 1_620_000])],
        cost=[("Varekostnad", "", [2_144_215, 1_871_890]), ("Lønnskostnad", "3", [4_910_470, 4_664_980]),
              ("Avskrivninger", "", [96_000, 96_000]), ("Annen driftskostnad", "", [515_220, 502_115])],
        fin=[("Rentekostnader", "", [-14_380, -18_220])]),
        note_col="Note", negative="paren")
    bal = Statement("Balanse", [Col("31.12.2021", 2021), Col("31.12.2020", 2020)], balance(
        "nb", 2,
        fixed=[("Maskiner og ovner", "", [384_000, 480_000])],
        current=[("Varelager", "", [88_400, 71_900]), ("Kundefordringer", "", [312_770, 244_610]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [100_000, 100_000]), ("Annen egenkapital", "", [335_045, 223_000])],
        long=[("Lån fra Stiftelsen Kirkeveien", "", [300_000, 400_000])],
        short=[("Leverandørgjeld", "", [204_880, 166_210]), ("Skyldige offentlige avgifter", "", [281_360, 262_945]),
               ("Annen kortsiktig gjeld", "", [126_500, 118_730])]),
        note_col="Note", negative="paren")
    return {
        "name": "brodlokka-bakeri-2021", "year": 2021, "title": "Brødløkka Bakeri AS – Årsrapport 2021",
        "organization": {"name": "Brødløkka Bakeri AS", "founded_year": 2015,
                         "owners": [{"name": "Stiftelsen Kirkeveien", "share_percent": 60.0},
                                    {"name": "Sagene Sosiale Investeringer AS", "share_percent": 40.0}]},
        "ceo": "Ingvild Rønning",
        "emp_known": True,
        "board": [("Marianne Lystad", "LEDE", False), ("Henrik Sunde", "NEST", False), ("Farah Ahmadi", "MEDL", False),
                  ("Kristoffer Nes", "MEDL", True), ("Tone Wiik", "VARA", None)],
        "not_board": ["Olav Dahl", "Yonas Tesfaye", "Camilla Berge", "Sigurd Amundsen"],
        "renditions": ["docx", "pdf"],
        "notes": "Social enterprise AS; board in prose with each member's employer and title after the name (one "
                 "is 'daglig leder i' another company); the employees' member stated; the owner's chair thanked.",
        "items": [
            ("p", "Brødløkka Bakeri AS", {"bold": True, "size": 20}),
            ("p", "Årsrapport 2021 – brød, arbeid og fellesskap på {g:Sagene}", {"size": 13}),
            ("h", 1, "Fra daglig leder"),
            ("p", "Brødløkka Bakeri er en sosial entreprenør. Vi baker brød og bakst for kafeer, barnehager og "
                  "butikker i {g:Oslo}, og vi gjør det med folk som har stått lenge utenfor arbeidslivet. I 2021 "
                  "hadde vi 19 deltakere i arbeidstrening, og sju av dem gikk videre til jobb eller utdanning."),
            ("p", "Takk til bakermester Yonas Tesfaye, som har lært opp alle de nye, og til styreleder i Stiftelsen "
                  "Kirkeveien, Olav Dahl, for tålmodig eierskap gjennom et krevende pandemiår."),
            ("p", "Ingvild Rønning, daglig leder", {"italic": True}),
            ("h", 1, "Virksomheten"),
            ("p", "Selskapet ble stiftet i 2015 og holder til i Sandakerveien på {g:Torshov}. Stiftelsen Kirkeveien "
                  "eier {p:60 prosent|eier} av aksjene, {g?:Sagene Sosiale Investeringer AS|Sagene} {p:40 prosent|aksjene}. "
                  "Vedtektene sier at selskapet ikke skal dele ut utbytte; overskudd brukes til formålet."),
            ("p", "Deltakerne kommer gjennom avtaler med NAV {g:Sagene} og NAV {g:Grünerløkka} og gjennom "
                  "kommunens kvalifiseringsprogram. Av deltakerne som avsluttet i 2021, gikk "
                  "{p:37 %|videre til jobb eller utdanning} videre til jobb eller utdanning."),
            ("bh", "Nøkkeltall"),
            ("table", [["", "2021", "2020", "2019"], ["Deltakere i arbeidstrening", "19", "16", "14"],
                       ["Overgang til jobb eller utdanning", "7", "5", "6"], ["Årsverk, faste ansatte", "5,6", "5,4", "4,8"],
                       ["Salg, andel av inntektene", "{p:82,3 %}", "{p?:76,2 %}", "{p?:77,7 %}"],
                       ["Sykefravær", "{p:4,9 %}", "{p?:6,3 %}", "{p?:5,1 %}"]], {"ruled": True, "shade_header": "F2E8DC"}),
            ("h", 1, "Organisasjon og styre"),
            ("p", "Ved årsskiftet hadde bakeriet sju faste ansatte i til sammen 5,6 årsverk. Produksjonsleder er "
                  "Camilla Berge."),
            ("p", "Styret har i 2021 bestått av Marianne Lystad (leder), seniorrådgiver i Norsk Mathåndverk; "
                  "Henrik Sunde (nestleder), daglig leder i Sunde Eiendom AS; Farah Ahmadi, jobbspesialist i en "
                  "kommune på {g?:Romerike}; og Kristoffer Nes, baker, valgt av og blant de ansatte. Varamedlem "
                  "har vært Tone Wiik, prosjektleder i Stiftelsen Kirkeveien. Styret har hatt sju møter."),
            ("p", "Selskapets revisor er Sigurd Amundsen, registrert revisor i Revisorgruppen {g:Oslo} Øst AS."),
            ("h", 1, "Årsregnskap 2021"),
            ("stmt", res, {"title": "Resultatregnskap"}),
            ("stmt", bal, {"title": "Balanse"}),
            ("p", "Styret mener regnskapet gir et rettvisende bilde av selskapets stilling. Forutsetningen om "
                  "fortsatt drift er til stede. Årets overskudd på kr 112 045 overføres til annen egenkapital."),
            ("sign", "{g:Oslo}, 28. mars 2022",
             [("Marianne Lystad", "Styreleder"), ("Henrik Sunde", "Nestleder"), ("Farah Ahmadi", "Styremedlem"),
              ("Kristoffer Nes", "Styremedlem"), ("Ingvild Rønning", "Daglig leder")]),
        ],
    }


REPORTS = [solvang_notteroy_2016, nordre_land_rode_kors_2019, brodlokka_bakeri_2021]
