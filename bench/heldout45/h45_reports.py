"""The forty-fifth set's six reports: ordinary vekstbedrifter and arbeidsinkluderingsbedrifter,
2005-2025, invented (names, sentences, figures); places real and valid in each report's year.
Board tuples are (name, role, employee_elected or None); sums come from ``income``/``balance``."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income
from h3_render import Kroner


def two(year, a="", b=""):
    return [Col(a or str(year), year), Col(b or str(year - 1), year - 1)]


def sign(place_date, members, ceo=None, ceo_title="Daglig leder"):
    people = [(n, t) for n, t in members] + ([(ceo, ceo_title)] if ceo else [])
    return ("sign", place_date, people, {"cols": 3})


# ---------- 1. Nordhagen Vekst AS, Elverum 2008 (long; APS, VTA, KIA) ----------
def nordhagen():
    year = 2008
    inc = income("nb", 2, [("Salgsinntekter", "", [6_412_380, 5_977_040]),
                          ("Tilskudd NAV, tiltaksplasser", "2", [9_384_200, 8_911_560]),
                          ("Tilskudd fra eierkommunene", "", [1_120_000, 1_080_000])],
                 [("Varekostnad", "", [2_218_900, 2_104_330]),
                  ("Lønn og sosiale kostnader", "3", [12_017_740, 11_820_410]),
                  ("Avskrivninger", "4", [388_500, 402_100]),
                  ("Andre driftskostnader", "", [1_993_460, 1_842_900])],
                 [("Finansinntekter", "", [142_310, 97_880]), ("Finanskostnader", "", [-61_200, -66_940])])
    bal = balance("nb", 2, [("Bygninger og tomt", "4", [3_920_000, 4_110_000]), ("Maskiner og inventar", "4", [612_400, 705_900])],
                  [("Varer", "", [288_000, 251_000]), ("Kundefordringer", "", [742_190, 688_420]),
                   ("Bankinnskudd", "5", "plug")],
                  [("Aksjekapital", "6", [300_000, 300_000]), ("Annen egenkapital", "6", [4_206_140, 3_827_050])],
                  [("Pantelån", "", [1_450_000, 1_580_000])],
                  [("Leverandørgjeld", "", [402_300, 377_800]), ("Skyldige offentlige avgifter", "", [688_100, 641_900]),
                   ("Annen kortsiktig gjeld", "", [914_260, 861_300])])
    board = [("Kjell Arne Rustad", "LEDE", False), ("Berit Hagen Moen", "NEST", False),
             ("Svein Tore Løkken", "MEDL", False), ("Anne Lise Bekkevold", "MEDL", False),
             ("Ronny Bjørnstad", "MEDL", True), ("Marit Sætre Ødegård", "VARA", None)]
    ceo = "Geir Helge Nordby"
    items = [
        ("h", 1, "Årsrapport 2008"),
        ("p", "Nordhagen Vekst AS – arbeid og utvikling i {g:Elverum}", {"size": 14}),
        ("p", "Org.nr. 964 118 302  ·  Nordhagenvegen 7, 2406 {g:Elverum}  ·  Telefon 62 41 77 30"),
        ("toc", [("Daglig leders kommentar", 2), ("Dette er Nordhagen Vekst", 3), ("Tiltakene", 4),
                 ("Produksjon og salg", 5), ("Personal og HMS", 6), ("Styrets årsberetning", 7),
                 ("Resultatregnskap", 8), ("Balanse", 9), ("Noter", 10)]),
        ("break",),
        ("h", 1, "Daglig leders kommentar"),
        ("p", "2008 ble et travelt år. Vi fikk flere oppdrag fra industrien i {g:Elverum} og {g:Våler}, "
              "og snekkeriet hadde fulle ordrebøker fram til finansuroen satte inn i oktober. Likevel "
              "klarte vi å holde alle tiltaksplassene fylt gjennom hele året."),
        ("p", "Jeg vil takke alle arbeidstakere og ansatte for innsatsen. En særlig takk til Tove Engen, "
              "som gikk av med pensjon etter 19 år som arbeidsleder på snekkeriet, og til Odd Inge Sveen "
              "ved NAV {g:Elverum} for et godt samarbeid om inntak og oppfølging."),
        ("p", ceo + ", daglig leder", {"italic": True}),
        ("break",),
        ("h", 1, "Dette er Nordhagen Vekst"),
        ("p", "Nordhagen Vekst AS ble stiftet i 1987 og er godkjent som vekstbedrift og "
              "arbeidsmarkedsbedrift. Selskapet eies av {g:Elverum kommune|Elverum} ({p:70 %|Elverum kommune}) og "
              "{g:Åmot kommune|Åmot} ({p:30 %|Åmot kommune}). Bedriften holder til på Nordhagen industriområde, med "
              "en avdeling på {g:Rena}."),
        ("p", "Bedriften skal ikke gi utbytte til eierne. Overskudd blir i selskapet og brukes til å styrke "
              "tilbudet til arbeidstakerne."),
        ("h", 1, "Tiltakene"),
        ("p", "Bedriften hadde ved utgangen av året 31 plasser i varig tilrettelagt arbeid (VTA), 14 plasser i "
              "arbeidspraksis i skjermet virksomhet (APS) og 10 plasser i kvalifisering i arbeidsmarkedsbedrift "
              "(KIA). Totalt har 71 personer vært innom tiltakene i løpet av året."),
        ("table", [["Tiltak", "Plasser", "Deltakere i året", "Avsluttet"],
                   ["VTA", "31", "33", "2"], ["APS", "14", "22", "11"], ["KIA", "10", "16", "9"]], {"ruled": True}),
        ("p", "Av de 20 som avsluttet APS eller KIA, gikk 8 til ordinært arbeid eller utdanning. Det gir en "
              "overgang på {p:40 %|overgang}, mot {p:33 %|året før} året før."),
        ("h", 2, "Arbeidsplasser på {g:Rena}"),
        ("p", "Avdelingen på {g:Rena} har seks VTA-plasser innen vedhogst og vaktmestertjenester for "
              "{g:Åmot kommune|Åmot}."),
        ("break",),
        ("h", 1, "Produksjon og salg"),
        ("p", "Snekkeriet leverte trapper og vinduskarmer til tre byggevarehandlere. Monteringsavdelingen har "
              "pakket for to lokale industribedrifter. Salgsinntektene økte med {p:7,3 %|salgsinntektene}."),
        ("li", "Snekkeri: trapper, kjøkkenfronter, listverk"),
        ("li", "Montering og pakking: kontraktsarbeid for industrien"),
        ("li", "Vedproduksjon og vaktmestertjenester på {g:Rena}"),
        ("break",),
        ("h", 1, "Personal og HMS"),
        ("p", "Bedriften hadde 17 ansatte i 15,6 årsverk ved utgangen av året. Ledergruppen består av daglig "
              "leder " + ceo + ", økonomiansvarlig Liv Marit Haugen, attføringsleder Trond Ivar Skaug og "
              "produksjonsleder Per Magne Kolstad. Verneombud er Hilde Grønvold."),
        ("p", "Sykefraværet blant de ansatte var {p:6,2 %|sykefraværet blant de ansatte} i 2008, mot "
              "{p?:7,9 %} i 2007. Det har ikke vært skader eller ulykker av betydning."),
        ("break",),
        ("h", 1, "Styrets årsberetning 2008"),
        ("h", 3, "Virksomhetens art og hvor den drives"),
        ("p", "Nordhagen Vekst AS driver arbeidsrettede tiltak på oppdrag fra NAV og produksjon for det åpne "
              "markedet. Virksomheten drives i {g:Elverum} og {g:Åmot}."),
        ("h", 3, "Fortsatt drift"),
        ("p", "Forutsetningen om fortsatt drift er lagt til grunn. Årsresultatet på 379 090 kroner overføres "
              "til annen egenkapital."),
        ("h", 3, "Styret"),
        ("p", "Generalforsamlingen 22. april valgte styret. Ronny Bjørnstad er valgt av og blant de ansatte. "
              "Varamedlem er Marit Sætre Ødegård. Styret har hatt seks møter og behandlet 44 saker."),
        ("h", 3, "Likestilling og ytre miljø"),
        ("p", "Av bedriftens 17 ansatte er 8 kvinner. Styret består av to kvinner og tre menn. Virksomheten "
              "forurenser ikke det ytre miljø utover det som er vanlig for bransjen."),
        sign(f"{{g:Elverum}}, 3. mars 2009", [(n, t) for n, t in [
            ("Kjell Arne Rustad", "styreleder"), ("Berit Hagen Moen", "nestleder"), ("Svein Tore Løkken", "styremedlem"),
            ("Anne Lise Bekkevold", "styremedlem"), ("Ronny Bjørnstad", "styremedlem")]], ceo),
        ("break",),
        ("stmt", Statement("Resultatregnskap", two(year), inc, note_col="Note"), {"title": "Resultatregnskap 2008"}),
        ("break",),
        ("stmt", Statement("Balanse", two(year, "31.12.2008", "31.12.2007"), bal, note_col="Note"), {"title": "Balanse pr. 31.12.2008"}),
        ("break",),
        ("h", 1, "Noter"),
        ("p", "Note 1 Regnskapsprinsipper. Årsregnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak."),
        ("p", "Note 2 Tilskudd. Tilskudd fra NAV gjelder tiltaksplasser i VTA, APS og KIA."),
        ("p", "Note 3 Lønn. Daglig leder har fått 612 000 kroner i lønn. Styrehonorar er utbetalt med 48 000 kroner. "
              "Revisjonshonorar til Revisjon Øst AS er 41 000 kroner."),
        ("p", "Note 6 Aksjekapital. Aksjekapitalen består av 300 aksjer à 1 000 kroner."),
    ]
    return {"name": "nordhagen-vekst-2008", "year": year, "title": "Årsrapport 2008 Nordhagen Vekst AS",
            "organization": {"name": "Nordhagen Vekst AS", "founded_year": 1987, "address": "Nordhagenvegen 7",
                             "phone": "62 41 77 30",
                             "owners": [{"name": "Elverum kommune", "share_percent": 70}, {"name": "Åmot kommune", "share_percent": 30}]},
            "ceo": ceo, "board": board, "programs": {"VTA": 31},
            "not_board": ["Tove Engen", "Odd Inge Sveen", "Liv Marit Haugen", "Trond Ivar Skaug", "Hilde Grønvold"],
            "header": "Nordhagen Vekst AS – Årsrapport 2008", "footer": "Side {PAGE}",
            "items": items, "renditions": ["pdf"],
            "notes": "Long (10 pages), toc; owners 70/30; VTA/APS/KIA table; board only in the signature block "
                     "with lower-case roles, employee member stated in prose; staff, thanked people, auditor not board."}


# ---------- 2. Fjordtiltak AS, Førde 2019 (styrets årsberetning, 1000 kr) ----------
def fjordtiltak():
    year = 2019
    inc = income("nn", 2, [("Sal av varer og tenester", "", [9_659, 8_417]), ("Tilskot frå NAV", "2", [14_226, 13_590]),
                           ("Andre driftsinntekter", "", [611, 540])],
                 [("Varekostnad", "", [3_102, 2_944]), ("Lønskostnader", "3", [17_408, 16_722]),
                  ("Avskrivingar", "4", [702, 688]), ("Andre driftskostnader", "", [2_806, 2_519])],
                 [("Finansinntekter", "", [88, 71]), ("Finanskostnader", "", [-34, -40])])
    bal = balance("nn", 2, [("Bygningar", "4", [5_210, 5_480]), ("Maskiner og køyretøy", "4", [1_344, 1_402])],
                  [("Kundefordringar", "", [1_488, 1_302]), ("Andre fordringar", "", [214, 190]), ("Bankinnskot", "", "plug")],
                  [("Aksjekapital", "", [1_000, 1_000]), ("Annan eigenkapital", "", [7_632, 7_100])],
                  [("Lån i Husbanken", "", [2_900, 3_100])],
                  [("Leverandørgjeld", "", [904, 850]), ("Skuldig offentlege avgifter", "", [1_310, 1_244]),
                   ("Anna kortsiktig gjeld", "", [1_522, 1_380])])
    board = [("Solveig Myklebust", "LEDE", False), ("Arnfinn Hegrenes", "NEST", False),
             ("Ingrid Eikås Bruland", "MEDL", False), ("Terje Vårdal", "MEDL", False),
             ("Kari Anne Solheim", "MEDL", True), ("Leif Reidar Hatlem", "VARA", None)]
    ceo = "Eirik Svardal"
    items = [
        ("h", 1, "Årsmelding 2019"),
        ("p", "Fjordtiltak AS  ·  Hafstadvegen 40, 6800 {g:Førde}"),
        ("h", 2, "Frå dagleg leiar"),
        ("p", "Året 2019 var det siste året i {g:Sogn og Fjordane} fylke, og vi har brukt mykje tid på å førebu "
              "samarbeidet med nye Vestland. Vi har fått fleire deltakarar ut i ordinært arbeid enn nokon gong."),
        ("p", "Takk til alle tilsette, deltakarar og samarbeidspartnarar. Ei særleg takk til Gunnhild Årdal, "
              "avdelingsleiar i NAV Sunnfjord, og til rådmannen i {g:Førde}, Ola Breivik, for godt samarbeid."),
        ("p", ceo + ", dagleg leiar"),
        ("h", 2, "Styret sin årsmelding"),
        ("h", 3, "Verksemda"),
        ("p", "Fjordtiltak AS er ei arbeidsinkluderingsbedrift eigd av {g:Førde} kommune, {g:Naustdal} kommune og "
              "{g:Gaular} kommune. Selskapet har avdelingar i {g:Førde} sentrum og på {g:Bygstad}."),
        ("p", "Selskapet hadde 42 godkjende plassar i arbeidsforberedande trening (AFT) og 27 plassar i varig "
              "tilrettelagt arbeid (VTA) i 2019. I alt 118 deltakarar har vore i AFT i løpet av året."),
        ("table", [["Resultat AFT", "2019", "2018"], ["Avslutta", "71", "66"],
                   ["Til arbeid", "{p:38 %}", "{p?:34 %}"],
                   ["Til utdanning", "{p:12 %}", "{p?:11 %}"]], {"ruled": True}),
        ("h", 3, "Arbeidsmiljø"),
        ("p", "Selskapet hadde 26 tilsette ved årsskiftet. Sjukefråværet var {p:5,4 %|sjukefråværet} mot "
              "{p?:6,1 %} året før. Arbeidsmiljøutvalet har hatt fire møte, leiar var "
              "hovudverneombod Sigve Kvamme."),
        ("h", 3, "Styret"),
        ("table", [["Verv", "Namn"], ["Styreleiar", "Solveig Myklebust"], ["Nestleiar", "Arnfinn Hegrenes"],
                   ["Styremedlem", "Ingrid Eikås Bruland"], ["Styremedlem", "Terje Vårdal"],
                   ["Styremedlem (tilsettvald)", "Kari Anne Solheim"], ["Varamedlem", "Leif Reidar Hatlem"]],
         {"ruled": False}),
        ("h", 3, "Likestilling og ytre miljø"),
        ("p", "Av dei tilsette er 15 kvinner og 11 menn. Verksemda ureinar ikkje det ytre miljøet."),
        ("h", 3, "Årsresultat og disponering"),
        ("p", "Årsresultatet på 532 000 kroner er overført til annan eigenkapital. Føresetnaden om vidare drift "
              "er til stades."),
        sign("{g:Førde}, 12. mars 2020", [("Solveig Myklebust", "Styreleiar"), ("Arnfinn Hegrenes", "Nestleiar"),
             ("Ingrid Eikås Bruland", "Styremedlem"), ("Terje Vårdal", "Styremedlem"), ("Kari Anne Solheim", "Styremedlem")],
             ceo, "Dagleg leiar"),
        ("break",),
        ("stmt", Statement("Resultatrekneskap", two(year), inc, unit=1000, note_col="Note", label_header="Tal i 1000 kr",
                           negative="paren"), {"title": "Resultatrekneskap"}),
        ("stmt", Statement("Balanse", two(year, "31.12.19", "31.12.18"), bal, unit=1000, note_col="Note",
                           label_header="Tal i 1000 kr"), {"title": "Balanse"}),
        ("p", "Revisor: Sunnfjord Revisjon AS v/ statsautorisert revisor Bente Skrede.", {"size": 8}),
    ]
    return {"name": "fjordtiltak-2019", "year": year, "title": "Årsmelding 2019 Fjordtiltak AS",
            "organization": {"name": "Fjordtiltak AS", "address": "Hafstadvegen 40"},
            "ceo": ceo, "board": board, "programs": {"AFT": 42, "VTA": 27},
            "not_board": ["Gunnhild Årdal", "Ola Breivik", "Sigve Kvamme", "Bente Skrede"],
            "footer": "Fjordtiltak AS – årsmelding 2019", "items": items, "renditions": ["pdf", "docx"],
            "notes": "Nynorsk; unruled Verv|Namn table with '(tilsettvald)'; AFT results table; 1000 kr, brackets; "
                     "thanked NAV leader, rådmann, AMU leader and auditor not board."}


# ---------- 3. Saltstraumen Industri AS, Bodø 2023 (long; board in prose, e-signature) ----------
def saltstraumen():
    year = 2023
    cols = [Col("Regnskap 2023", 2023), Col("Budsjett 2023", 2023, BUDGET), Col("Regnskap 2022", 2022)]
    inc = income("nb", 3, [("Salgsinntekter", "", [11_842_115, 11_500_000, 10_904_388]),
                           ("Offentlige tilskudd", "2", [19_655_020, 19_400_000, 18_730_512])],
                 [("Varekostnad", "", [4_118_730, 3_900_000, 3_806_211]),
                  ("Lønnskostnad", "3", [22_306_418, 22_600_000, 21_118_704]),
                  ("Avskrivninger", "", [1_012_300, 1_000_000, 988_400]),
                  ("Annen driftskostnad", "", [3_911_062, 3_700_000, 3_640_118])],
                 [("Renteinntekter", "", [311_420, 120_000, 98_302]), ("Rentekostnader", "", [-188_706, -200_000, -141_530])])
    board = [("Randi Olsen Strand", "LEDE", False), ("Bjørn Inge Hansen", "NEST", False),
             ("Siri Johansen Lie", "MEDL", False), ("Stian Kristiansen", "MEDL", False),
             ("Ann-Kristin Pedersen", "MEDL", True), ("Frank Nilssen", "VARA", None)]
    ceo = "Hanne Marie Berg"
    esign = [["Strand, Randi Olsen", "Styreleder", "Signert 14.03.2024 09:12"],
             ["Hansen, Bjørn Inge", "Nestleder", "Signert 14.03.2024 10:40"],
             ["Lie, Siri Johansen", "Styremedlem", "Signert 14.03.2024 11:02"],
             ["Kristiansen, Stian", "Styremedlem", "Signert 15.03.2024 07:55"],
             ["Pedersen, Ann-Kristin", "Styremedlem", "Signert 14.03.2024 13:21"],
             ["Berg, Hanne Marie", "Daglig leder", "Signert 14.03.2024 08:30"]]
    items = [
        ("h", 1, "Årsrapport 2023"),
        ("p", "Saltstraumen Industri AS – vi skaper arbeid og muligheter", {"size": 13}),
        ("toc", [("Leder har ordet", 2), ("Om oss", 3), ("Tjenestene våre", 4), ("Resultater", 5),
                 ("Medarbeidere", 6), ("Årsberetning", 7), ("Regnskap", 9)]),
        ("break",),
        ("h", 1, "Leder har ordet"),
        ("p", "Året har vært preget av høy etterspørsel etter arbeidskraft i {g:Bodø}-regionen. Det har gitt flere "
              "av våre deltakere jobb, men også gjort det vanskeligere å rekruttere egne fagfolk."),
        ("p", "Vi åpnet nytt verksted i {g:Løding} i august, og fikk besøk av ordfører Ida Pinnerød under åpningen. "
              "Takk til Kjetil Mørk i NAV {g:Bodø} og til alle våre samarbeidsbedrifter."),
        ("p", "Hanne Marie Berg, daglig leder"),
        ("break",),
        ("h", 1, "Om oss"),
        ("p", "Saltstraumen Industri AS er en arbeids- og inkluderingsbedrift med hovedkontor i {g:Bodø} og avdelinger "
              "i {g:Løding} og {g:Saltstraumen}. Bedriften eies av {g:Bodø kommune|Bodø}. Vi er medlem av Arbeid & Inkludering i NHO."),
        ("h", 1, "Tjenestene våre"),
        ("li", "Arbeidsforberedende trening (AFT): 48 plasser"),
        ("li", "Varig tilrettelagt arbeid (VTA): 36 plasser"),
        ("li", "Oppfølging og Kvalifisering (KAI) på oppdrag fra NAV Nordland"),
        ("p", "Produksjonen omfatter kantine, vaskeri, lager og logistikk, og sveising for verkstedindustrien."),
        ("break",),
        ("h", 1, "Resultater"),
        ("table", [["", "2023", "2022", "2021"], ["Deltakere AFT i året", "131", "122", "109"],
                   ["Overgang arbeid", "{p:41 %}", "{p?:37 %}", "{p?:35 %}"],
                   ["Overgang utdanning", "{p:9 %}", "{p?:10 %}", "{p?:8 %}"]],
         {"ruled": True}),
        ("p", "Brukerundersøkelsen viste at {p:92 %|fornøyde} av deltakerne var fornøyde eller svært fornøyde."),
        ("break",),
        ("h", 1, "Medarbeidere"),
        ("p", "Vi var 34 ansatte ved årets slutt. Ledergruppen: Hanne Marie Berg (daglig leder), Roger Amundsen "
              "(økonomileder), Tonje Karlsen (fagleder AFT) og Viggo Rasmussen (driftsleder). Hovedtillitsvalgt er "
              "Linn Edvardsen."),
        ("p", "Sykefraværet endte på {p:7,1 %|sykefraværet}, hvorav {p:4,8 %|langtidsfravær} var langtidsfravær."),
        ("break",),
        ("h", 1, "Årsberetning 2023"),
        ("p", "Virksomheten drives i {g:Bodø} kommune. Styret mener regnskapet gir et rettvisende bilde av "
              "selskapets stilling. Fortsatt drift er lagt til grunn."),
        ("p", "Styret har i 2023 bestått av Randi Olsen Strand (styreleder), Bjørn Inge Hansen (nestleder), Siri "
              "Johansen Lie, Stian Kristiansen og Ann-Kristin Pedersen, som er valgt av de ansatte. Frank Nilssen "
              "er varamedlem. Styret hadde sju møter."),
        ("p", "Årets overskudd på 271 339 kroner overføres til annen egenkapital."),
        ("break",),
        ("stmt", Statement("Resultatregnskap", cols, inc, label_header="Beløp i NOK", negative="paren", note_col="Note"),
         {"title": "Resultatregnskap"}),
        ("break",),
        ("h", 1, "Noter til regnskapet"),
        ("p", "Note 1 Regnskapsprinsipper. Regnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak."),
        ("p", "Note 2 Offentlige tilskudd. Tilskuddene gjelder AFT og VTA fra NAV og kommunal medfinansiering av VTA."),
        ("p", "Note 3 Lønn. Daglig leder har mottatt 1 046 000 kroner i lønn og 88 000 kroner i pensjon. "
              "Styrehonorar er 142 000 kroner. Honorar til revisor, Nordlys Revisjon AS ved statsautorisert revisor "
              "Pål Eliassen, er 68 000 kroner."),
        ("p", "Note 4 Pensjon. Selskapet har innskuddspensjon som oppfyller kravene i loven."),
        ("esign", "Signaturer", "Dokumentet er signert elektronisk med BankID.", esign),
    ]
    return {"name": "saltstraumen-industri-2023", "year": year, "title": "Årsrapport 2023",
            "organization": {"name": "Saltstraumen Industri AS"},
            "ceo": ceo, "board": board, "programs": {"AFT": 48, "VTA": 36},
            "not_board": ["Ida Pinnerød", "Kjetil Mørk", "Roger Amundsen", "Tonje Karlsen", "Linn Edvardsen", "Pål Eliassen"],
            "header": "Saltstraumen Industri AS", "footer": "Årsrapport 2023 | {PAGE}",
            "items": items, "renditions": ["pdf"],
            "notes": "Long; board in one prose sentence and an e-signature page 'Surname, Given'; budget column "
                     "(optional) between actuals; Beløp i NOK, brackets; ordfører, NAV contact, staff not board."}


# ---------- 4. Trollheim Arbeid AS, Surnadal 2012 (.doc) ----------
def trollheim():
    year = 2012
    inc = income("nb", 2, [("Driftsinntekter produksjon", "", [3_118_420, 2_904_300]), ("Tilskudd", "", [5_802_110, 5_611_950])],
                 [("Varekjøp", "", [1_009_800, 944_210]), ("Lønn og sosiale kostnader", "2", [6_844_300, 6_512_870]),
                  ("Avskrivninger", "", [214_000, 221_500]), ("Andre kostnader", "", [1_003_290, 902_660])],
                 [("Netto renter", "", [-12_400, 8_920])], labels={"net_fin": None})
    bal = balance("nb", 2, [("Driftsmidler", "", [1_410_000, 1_598_000])],
                  [("Fordringer", "", [522_300, 488_900]), ("Bank", "", "plug")],
                  [("Aksjekapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [1_488_120, 1_651_380])],
                  [], [("Kortsiktig gjeld", "", [902_410, 855_300])], labels={"long": None})
    board = [("Oddbjørn Fløtre", "LEDE", False), ("Gunn Karin Sæter", "NEST", False),
             ("Jostein Holten", "MEDL", False), ("Randi Heggem", "MEDL", True), ("Tor Erik Bæverfjord", "VARA", None)]
    ceo = "Marianne Ranes"
    items = [
        ("bh", "ÅRSBERETNING 2012", {"size": 16}),
        ("bh", "TROLLHEIM ARBEID AS"),
        ("p", "Selskapet er en vekstbedrift med adresse Industrivegen 12, 6650 {g:Surnadal}. Eiere er {g:Surnadal "
              "kommune|Surnadal} og {g:Rindal kommune|Rindal}."),
        ("bh", "Tiltak"),
        ("p", "Bedriften har 18 VTA-plasser og 6 plasser i arbeidspraksis i skjermet virksomhet (APS). Det har i "
              "tillegg vært 4 deltakere på kvalifisering i arbeidsmarkedsbedrift (KIA) etter avtale med NAV "
              "{g:Surnadal}. 3 deltakere gikk over til arbeid i løpet av året."),
        ("bh", "Arbeidsmiljø"),
        ("p", "Det er 9 ansatte i bedriften. Sykefraværet var {p:3,2 %|sykefraværet}. Verneombud er Arne Ørsal."),
        ("bh", "Styret"),
        ("p", "Oddbjørn Fløtre, styreleder"), ("p", "Gunn Karin Sæter, nestleder"), ("p", "Jostein Holten, styremedlem"),
        ("p", "Randi Heggem, styremedlem valgt av de ansatte"), ("p", "Tor Erik Bæverfjord, varamedlem"),
        ("p", "Styret takker Peder Aune, som gikk ut av styret ved generalforsamlingen etter åtte år som leder."),
        ("bh", "Resultat"),
        ("p", "Årets underskudd på 163 260 kroner dekkes av annen egenkapital. Styret mener forutsetningen om "
              "fortsatt drift er til stede."),
        ("stmt", Kroner("Resultatregnskap", two(year), inc, negative="paren"), {"title": "Resultatregnskap 2012"}),
        ("stmt", Kroner("Balanse", two(year), bal), {"title": "Balanse 31.12.2012"}),
        sign("{g:Surnadal}, 20. februar 2013", [("Oddbjørn Fløtre", "leder"), ("Gunn Karin Sæter", "nestleder"),
             ("Jostein Holten", ""), ("Randi Heggem", "")], ceo),
    ]
    return {"name": "trollheim-arbeid-2012", "year": year, "title": "Årsberetning 2012",
            "organization": {"name": "Trollheim Arbeid AS", "address": "Industrivegen 12"},
            "ceo": ceo, "board": board, "programs": {"VTA": 18},
            "not_board": ["Arne Ørsal", "Peder Aune"],
            "items": items, "renditions": ["doc", "pdf"],
            "notes": "Short årsberetning; board as 'Name, role' lines; a former leader thanked (not board); KIA without "
                     "a place count; Kroner ',-' with brackets; signatures with blank titles for members."}


# ---------- 5. Evjemoen Vekst AS, Evje og Hornnes 2005 (scan, 2 pages) ----------
def evjemoen():
    year = 2005
    inc = income("nb", 2, [("Salgsinntekter", "", [2_041_300, 1_918_700]), ("Tilskudd Aetat og kommune", "", [3_412_800, 3_300_100])],
                 [("Lønnskostnader", "", [4_208_900, 4_011_450]), ("Andre driftskostnader", "", [1_102_700, 1_097_300])],
                 None, labels={"fin": None, "net_fin": None})
    board = [("Kåre Homme", "LEDE", None), ("Torunn Flaten", "MEDL", None),
             ("Sigurd Knutsen Uleberg", "MEDL", None), ("Elin Mykland", "MEDL", None)]
    ceo = "Asbjørn Tveit"
    items = [
        ("h", 1, "Årsberetning for 2005"),
        ("p", "Evjemoen Vekst AS er en attføringsbedrift i {g:Evje og Hornnes} kommune i {g:Aust-Agder}. Bedriften "
              "hadde i 2005 godkjent 14 plasser for varig tilrettelagt arbeid (VTA) og 8 plasser i arbeidsmarkedsbedrift "
              "(AMB) fra Aetat."),
        ("p", "Bedriften har flyttet inn i nye lokaler på {g:Evjemoen}. Vi takker Aetat Lokal {g:Setesdal} og rektor "
              "Jorunn Bjørnestad ved {g?:Evje} skole for et godt samarbeid om arbeidstrening."),
        ("p", "Det var 7 ansatte ved årets slutt. Sykefraværet var {p:4,5 %|sykefraværet}."),
        ("stmt", Statement("Resultatregnskap", two(year), inc), {"title": "Resultatregnskap"}),
        ("p", "Årsoverskuddet på 142 500 kroner overføres til annen egenkapital."),
        sign("{g?:Evje}, 15. februar 2006", [("Kåre Homme", "styreleder"), ("Torunn Flaten", ""),
             ("Sigurd Knutsen Uleberg", ""), ("Elin Mykland", "")], ceo),
    ]
    return {"name": "evjemoen-vekst-2005", "year": year, "title": "Årsberetning 2005",
            "organization": {"name": "Evjemoen Vekst AS"}, "ceo": ceo, "board": board,
            "programs": {"VTA": 14}, "not_board": ["Jorunn Bjørnestad"],
            "items": items, "renditions": ["scan"],
            "notes": "Scan, two pages; Aetat-era names (AMB); board only as signatures, members without titles; "
                     "a rektor thanked not board."}


# ---------- 6. Follo Jobbverksted AS, Nordre Follo 2025 (DOCX) ----------
def follo():
    year = 2025
    cols = [Col("2025", 2025), Col("2024", 2024)]
    inc = income("nb", 2, [("Salgsinntekt", "", [24_118, 22_640]), ("Tilskudd NAV", "", [31_402, 29_877])],
                 [("Varekostnad", "", [7_904, 7_311]), ("Lønnskostnad", "2", [40_116, 38_220]),
                  ("Avskrivning", "", [1_420, 1_388]), ("Annen driftskostnad", "", [5_330, 5_012])],
                 [("Finansinntekt", "", [640, 512]), ("Finanskostnad", "", [-210, -244])])
    bal = balance("nb", 2, [("Varige driftsmidler", "", [9_880, 10_420])],
                  [("Fordringer", "", [4_210, 3_990]), ("Bankinnskudd", "", "plug")],
                  [("Innskutt egenkapital", "", [2_000, 2_000]), ("Opptjent egenkapital", "", [14_310, 13_130])],
                  [("Gjeld til kredittinstitusjoner", "", [3_600, 4_000])],
                  [("Kortsiktig gjeld", "", [7_204, 6_905])])
    board = [("Christina Aasen Lund", "LEDE", False), ("Mahmoud Rahimi", "NEST", False),
             ("Eva Bakken Sundby", "MEDL", False), ("Thomas Hovde", "MEDL", False),
             ("Janne Fjeld", "MEDL", True), ("Marius Vestby", "MEDL", True), ("Kirsti Lunde", "VARA", None)]
    ceo = "Øystein Brenna"
    items = [
        ("h", 1, "Årsrapport 2025"),
        ("p", "Follo Jobbverksted AS  ·  Langhusveien 88, 1400 {g:Ski}"),
        ("h", 2, "Nøkkeltall"),
        ("table", [["", "2025", "2024"], ["Plasser AFT", "64", "60"], ["Plasser VTA", "45", "45"],
                   ["Overgang til arbeid og utdanning", "{p:52 %}", "{p?:49 %}"],
                   ["Sykefravær ansatte", "{p:6,6 %}", "{p?:8,0 %}"]], {"ruled": True}),
        ("h", 2, "Daglig leder"),
        ("p", "Vi har hatt rekordmange deltakere i {g:Nordre Follo} og {g:Ås}. Samarbeidet med NAV Follo og "
              "Akershus fylkeskommune er styrket. Takk til styreleder i Follo Næringsforening, Espen Rud, for "
              "mentorordningen med lokale bedrifter."),
        ("h", 2, "Styret"),
        ("table", [["Navn", "Rolle", "Valgt av"], ["Christina Aasen Lund", "Styreleder", "Generalforsamlingen"],
                   ["Mahmoud Rahimi", "Nestleder", "Generalforsamlingen"], ["Eva Bakken Sundby", "Medlem", "Generalforsamlingen"],
                   ["Thomas Hovde", "Medlem", "Generalforsamlingen"], ["Janne Fjeld", "Medlem", "Ansatte"],
                   ["Marius Vestby", "Medlem", "Ansatte"], ["Kirsti Lunde", "Vara", "Generalforsamlingen"]], {"ruled": True}),
        ("p", "Valgkomiteen (Arild Holm og Nina Strøm) foreslår gjenvalg av styreleder for to nye år."),
        ("h", 2, "Regnskap"),
        ("stmt", Statement("Resultatregnskap", cols, inc, unit=1000, label_header="(NOK 1000)", negative="paren"),
         {"title": "Resultatregnskap"}),
        ("stmt", Statement("Balanse", cols, bal, unit=1000, label_header="(NOK 1000)"), {"title": "Balanse"}),
        sign("{g:Ski}, 18. februar 2026", [("Christina Aasen Lund", "Styreleder"), ("Mahmoud Rahimi", "Nestleder"),
             ("Eva Bakken Sundby", "Styremedlem"), ("Thomas Hovde", "Styremedlem"), ("Janne Fjeld", "Styremedlem"),
             ("Marius Vestby", "Styremedlem")], ceo),
    ]
    return {"name": "follo-jobbverksted-2025", "year": year, "title": "Årsrapport 2025 Follo Jobbverksted AS",
            "organization": {"name": "Follo Jobbverksted AS", "address": "Langhusveien 88"},
            "ceo": ceo, "board": board, "programs": {"AFT": 64, "VTA": 45},
            "not_board": ["Espen Rud", "Arild Holm", "Nina Strøm"],
            "items": items, "renditions": ["docx"],
            "notes": "Key-figure table first; board in Navn|Rolle|Valgt av table (two employee members); valgkomité "
                     "and another body's chair not board; NOK 1000 with brackets."}


REPORTS = [nordhagen, fjordtiltak, saltstraumen, trollheim, evjemoen, follo]
