"""Thirty-seventh held-out set, part A: a vekstbedrift in Vesterålen (2016), a renovasjon IKS in
Vest-Finnmark (2021) and a Sami language centre in Porsanger (2022). Invented names and figures;
places are real and valid in each report's year. Sums are computed, never typed."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income
from h3_render import Kroner


def kr(value: float) -> str:
    """A whole amount as the prose prints it ("220 413")."""
    return f"{round(value):,}".replace(",", " ")


def line_value(st: Statement, label: str, col: int = 0) -> float:
    return next(line for line in st.lines if line.label == label).values[col]


# ---------------------------------------------------------------- Vesterålen vekstbedrift, 2016

def skipsholmen_arbeid_2016() -> dict:
    year = 2016
    cols = [Col(str(year), year), Col(str(year - 1), year - 1)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc=[
        ("Salgsinntekter", "", [6_412_877, 6_118_402]),
        ("Tilskudd fra NAV", "2", [9_404_310, 9_055_120]),
        ("Kommunalt tilskudd", "2", [1_120_000, 1_085_000]),
        ("Andre driftsinntekter", "", [388_615, 402_930]),
    ], cost=[
        ("Varekostnad", "", [2_233_480, 2_148_115]),
        ("Lønnskostnad", "3", [11_842_005, 11_325_690]),
        ("Avskrivning på driftsmidler", "4", [402_118, 395_770]),
        ("Annen driftskostnad", "", [2_588_930, 2_611_402]),
    ], fin=[
        ("Finansinntekter", "", [41_220, 55_318]),
        ("Finanskostnader", "", [-118_406, -124_990]),
    ]), negative="paren", note_col="Note", label_header="Beløp i NOK")
    bal = Statement("Balanse pr. 31.12.", cols, balance("nb", 2, fixed=[
        ("Bygninger og tomt", "4", [3_418_200, 3_562_900]),
        ("Maskiner, inventar og biler", "4", [912_440, 1_020_116]),
    ], current=[
        ("Varelager", "", [604_118, 571_230]),
        ("Kundefordringer", "", [842_910, 790_402]),
        ("Andre fordringer", "", [211_608, 188_004]),
        ("Bankinnskudd", "5", "plug"),
    ], equity=[
        ("Aksjekapital (200 aksjer à 1 000 kr)", "6", [200_000, 200_000]),
        ("Annen egenkapital", "6", [3_455_830, 3_235_417]),
    ], long=[
        ("Pantelån", "7", [2_140_000, 2_320_000]),
        ("Pensjonsforpliktelser", "3", [412_300, 388_900]),
    ], short=[
        ("Leverandørgjeld", "", [612_405, 588_113]),
        ("Skyldige offentlige avgifter", "", [905_220, 872_440]),
        ("Annen kortsiktig gjeld", "", [1_218_774, 1_130_506]),
    ]), negative="paren", note_col="Note", label_header="Beløp i NOK")
    board = [
        ("Ragnhild Sletten Aasvang", "LEDE", False),
        ("Tor-Einar Marø", "NEST", False),
        ("Gunnveig Kvalvik", "MEDL", False),
        ("Bjørnar Sandstrak", "MEDL", False),
        ("Lill-Tove Hovdenak", "MEDL", True),
        ("Arve Nystad", "VARA", None),
        ("Heidi Lunde", "VARA", None),
    ]
    ceo = "Øystein Rørvik"
    surplus = kr(line_value(res, "Årsresultat"))
    assert line_value(res, "Årsresultat") > 0
    items = [
        ("bh", "ÅRSRAPPORT 2016", {"size": 22}),
        ("p", "Skipsholmen Arbeid AS", {"size": 14, "bold": True}),
        ("photo", 5, 7, "Arbeidslaget på vedproduksjonen i Holmbukta, {g:Sortland}, en kald morgen i mars."),
        ("p", "Org.nr. 971 338 204  ·  Holmbuktveien 9, 8400 {g:Sortland}  ·  tlf. 76 12 48 30  ·  "
              "post@skipsholmen-arbeid.no  ·  www.skipsholmen-arbeid.no", {"size": 8.5}),
        ("pagebreak",),
        ("toc", [("Daglig leders kommentar", 3), ("Om Skipsholmen Arbeid", 4), ("Tiltakene", 5),
                 ("Avdelingene", 6), ("Organisasjon og ansatte", 7), ("Styrets årsberetning", 8),
                 ("Resultatregnskap", 10), ("Balanse", 11), ("Noter", 12), ("Revisors beretning", 13)],
         {"title": "Innhold"}),
        ("pagebreak",),
        ("h", 1, "Daglig leders kommentar"),
        ("p", "2016 ble et år med mange nye ansikter hos oss. Vi tok i bruk den nye snekkerhallen i Holmbukta i "
              "mai, og fra høsten har vi kunnet gi flere deltakere arbeidstrening i en ordinær produksjonshall."),
        ("p", "Samarbeidet med NAV Vesterålen har vært tett gjennom hele året. En særlig takk til veileder "
              "Hege Brattvoll, som har fulgt opp AFT-deltakerne med stor tålmodighet. Takk også til ordfører "
              "Trond Fjelldal Isaksen, som åpnet snekkerhallen, og til Jostein Myrland, som gikk av med pensjon "
              "etter 22 år som arbeidsleder på vedavdelingen."),
        ("p", "Sykefraværet blant de fast ansatte gikk ned til {p:6,2 %|sykefraværet blant de fast ansatte}, "
              "og {p:41 %|av deltakerne som avsluttet AFT, gikk til arbeid eller utdanning} av deltakerne som "
              "avsluttet AFT, gikk til arbeid eller utdanning."),
        ("p", "Øystein Rørvik\ndaglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om Skipsholmen Arbeid"),
        ("p", "Skipsholmen Arbeid AS ble stiftet i 1986 og er en arbeids- og inkluderingsbedrift med "
              "hovedkontor i {g:Sortland} og avdeling på {g:Stokmarknes}. Selskapet eies av to kommuner i "
              "{g:Vesterålen}:"),
        ("table", [["Eier", "Aksjer", "Eierandel"],
                   ["Sortland kommune", "150", "{p:75 %}"],
                   ["Hadsel kommune", "50", "{p:25 %}"]], {"ruled": True, "size": 9}),
        ("p", "Bedriften er godkjent tiltaksarrangør for NAV og er medlem av NHO Arbeid og Inkludering."),
        ("h", 1, "Tiltakene"),
        ("p", "Ved utgangen av året hadde vi 26 plasser i varig tilrettelagt arbeid (VTA) og 18 plasser i "
              "arbeidsforberedende trening (AFT). Gjennom året var 61 personer innom AFT."),
        ("table", [["Tiltak", "Plasser 2016", "Plasser 2015", "Deltakere i året"],
                   ["Varig tilrettelagt arbeid (VTA)", "26", "26", "29"],
                   ["Arbeidsforberedende trening (AFT)", "18", "16", "61"]], {"ruled": True, "size": 9}),
        ("h", 1, "Avdelingene"),
        ("p", "Vedavdelingen leverte 2 850 sekker ved, {p:12 %|sekker ved} mer enn året før. "
              "Snekkeriet har laget hagemøbler og utstyr til barnehagene i {g:Sortland} og {g:Hadsel}. "
              "Kantina på {g:Stokmarknes} har hatt jevn drift med seks deltakere."),
        ("li", "Ved og brensel: avdelingsleder Kjetil Strøm"),
        ("li", "Snekkeri og montering: avdelingsleder Anita Bjørnhaug"),
        ("li", "Kantine og vaskeri, {g:Stokmarknes}: avdelingsleder Randi Fagerbakk"),
        ("pagebreak",),
        ("h", 1, "Organisasjon og ansatte"),
        ("p", "Ved årsskiftet hadde selskapet 17 fast ansatte i 15,6 årsverk. Ledergruppen har bestått av "
              "daglig leder Øystein Rørvik, økonomileder Marit Elvebakk og de tre avdelingslederne. "
              "Verneombud er Kjetil Strøm, og Heidi Lunde er tillitsvalgt for Fagforbundet."),
        ("p", "Arbeidsmiljøutvalget har hatt fire møter. Leder i AMU i 2016 var Marit Elvebakk."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("bh", "Virksomhetens art og hvor den drives", {"size": 10.5}),
        ("p", "Skipsholmen Arbeid AS driver arbeidsrettede tiltak på oppdrag fra NAV, og produksjon av ved, "
              "trevarer og kantinetjenester. Virksomheten drives i {g:Sortland} og {g:Hadsel} kommuner."),
        ("bh", "Styret", {"size": 10.5}),
        ("p", "Styret har i 2016 hatt sju møter og behandlet 44 saker. Styret er valgt av generalforsamlingen, "
              "med unntak av ett medlem som er valgt av og blant de ansatte. Styret har bestått av:"),
        ("p", "Ragnhild Sletten Aasvang, styreleder\nTor-Einar Marø, nestleder\nGunnveig Kvalvik, "
              "styremedlem\nBjørnar Sandstrak, styremedlem\nLill-Tove Hovdenak, styremedlem (ansattvalgt)\n"
              "Arve Nystad, varamedlem for eiervalgte\nHeidi Lunde, varamedlem for ansattvalgt"),
        ("p", "Generalforsamlingen ble holdt 21. april. Sortland kommune var representert ved ordfører "
              "Trond Fjelldal Isaksen og Hadsel kommune ved varaordfører Solfrid Kvitnes."),
        ("bh", "Fortsatt drift", {"size": 10.5}),
        ("p", "Forutsetningen om fortsatt drift er til stede, og årsregnskapet er satt opp under denne "
              "forutsetningen."),
        ("bh", "Arbeidsmiljø og likestilling", {"size": 10.5}),
        ("p", "Samlet sykefravær var {p:7,4 %|samlet sykefravær} (inkludert tiltaksdeltakere). Det har ikke "
              "vært skader eller ulykker i året. Av de fast ansatte er ni kvinner og åtte menn."),
        ("bh", "Resultat og disponering", {"size": 10.5}),
        ("p", f"Styret foreslår at årsoverskuddet på kr {surplus} overføres til annen egenkapital."),
        ("sign", "{g:Sortland}, 16. mars 2017", [("Ragnhild Sletten Aasvang", "styreleder"),
                                            ("Tor-Einar Marø", "nestleder"),
                                            ("Gunnveig Kvalvik", "styremedlem"),
                                            ("Bjørnar Sandstrak", "styremedlem"),
                                            ("Lill-Tove Hovdenak", "styremedlem"),
                                            ("Øystein Rørvik", "daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2016"}),
        ("pagebreak",),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2016"}),
        ("pagebreak",),
        ("h", 1, "Noter"),
        ("bh", "Note 1 Regnskapsprinsipper", {"size": 10}),
        ("p", "Årsregnskapet er satt opp i samsvar med regnskapslovens bestemmelser og god regnskapsskikk "
              "for små foretak."),
        ("bh", "Note 2 Offentlige tilskudd", {"size": 10}),
        ("p", "Tilskudd fra NAV gjelder VTA og AFT. Kommunalt tilskudd er medfinansiering av VTA-plassene fra "
              "Sortland kommune og Hadsel kommune."),
        ("bh", "Note 3 Lønnskostnader og pensjon", {"size": 10}),
        ("p", "Daglig leder har hatt lønn på kr 782 400. Styrehonorar er utbetalt med kr 96 000. Revisjonshonorar "
              "er kostnadsført med kr 48 500."),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til generalforsamlingen i Skipsholmen Arbeid AS. Vi har revidert årsregnskapet for "
              f"Skipsholmen Arbeid AS, som viser et overskudd på kr {surplus}. Etter vår mening er det vedlagte "
              "årsregnskapet avgitt i samsvar med lov og forskrifter."),
        ("p", "{g:Sortland}, 20. mars 2017\nRevisjon Nord-Norge AS\nEspen Kaldager\nstatsautorisert revisor"),
        ("esign", "Dokumentet er signert elektronisk",
         "Signaturene i dette dokumentet er juridisk bindende. Dokument signert med BankID.",
         [[f"{n.rpartition(' ')[2]}, {n.rpartition(' ')[0]}", role, "Signert 16.03.2017"]
          for n, role in [("Ragnhild Sletten Aasvang", "Styreleder"), ("Tor-Einar Marø", "Nestleder"),
                          ("Gunnveig Kvalvik", "Styremedlem"), ("Bjørnar Sandstrak", "Styremedlem"),
                          ("Lill-Tove Hovdenak", "Styremedlem"), ("Øystein Rørvik", "Daglig leder")]]),
    ]
    return {
        "name": "skipsholmen-arbeid-2016", "year": year, "title": "Skipsholmen Arbeid AS – årsrapport 2016",
        "organization": {"name": "Skipsholmen Arbeid AS", "founded_year": 1986,
                         "address": "Holmbuktveien 9, 8400 Sortland", "phone": "76 12 48 30",
                         "email": "post@skipsholmen-arbeid.no", "website": "www.skipsholmen-arbeid.no",
                         "owners": [{"name": "Sortland kommune", "share_percent": 75},
                                    {"name": "Hadsel kommune", "share_percent": 25}]},
        "ceo": ceo, "board": board, "programs": {"VTA": 26, "AFT": 18},
        "not_board": ["Trond Fjelldal Isaksen", "Solfrid Kvitnes",
                      "Hege Brattvoll", "Jostein Myrland", "Marit Elvebakk", "Kjetil Strøm", "Espen Kaldager"],
        "not_places": ["Sortland kommune", "Hadsel kommune", "NAV Vesterålen", "Revisjon Nord-Norge AS"],
        "places_optional": ["Holmbukta", "Norge"],
        "header": "Skipsholmen Arbeid AS · Årsrapport 2016", "footer": "Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "Board as 'Name, role' lines in one paragraph with two varamedlemmer (VARA; the ansattvalgt "
                 "deputy is also the tillitsvalgt); signature block and an e-signature page 'Surname, Given'.",
    }


# ---------------------------------------------------------------- renovasjon IKS, Vest-Finnmark, 2021

def rypefjord_renovasjon_2021() -> dict:
    year = 2021
    cols = [Col(f"Regnskap {year}", year), Col(f"Budsjett {year}", year, BUDGET), Col(f"Regnskap {year - 1}", year - 1)]
    res = Statement("Resultatregnskap", cols, income("nb", 3, inc=[
        ("Renovasjonsgebyr husholdning", "2", [41_208, 40_950, 39_114]),
        ("Slamgebyr", "2", [6_415, 6_300, 6_188]),
        ("Næringsavfall og mottak", "", [12_877, 13_500, 11_902]),
        ("Salg av gjenvunnet materiale", "", [3_106, 2_400, 2_215]),
    ], cost=[
        ("Lønn og sosiale kostnader", "3", [19_420, 19_800, 18_655]),
        ("Transport og behandling av avfall", "", [27_118, 26_400, 25_902]),
        ("Avskrivninger", "4", [6_884, 7_000, 6_512]),
        ("Andre driftskostnader", "", [8_902, 9_200, 8_611]),
    ], fin=[
        ("Renteinntekter", "", [212, 150, 301]),
        ("Rentekostnader", "5", [-1_288, -1_400, -1_344]),
    ]), unit=1000, negative="paren", note_col="Note", label_header="Tall i 1000 kr")
    bcols = [Col("31.12.2021", year), Col("31.12.2020", year - 1)]
    bal = Statement("Balanse", bcols, balance("nb", 2, fixed=[
        ("Bygninger og anlegg", "4", [48_615, 50_102]),
        ("Renovasjonsbiler og maskiner", "4", [14_208, 12_877]),
    ], current=[
        ("Kundefordringer", "", [4_812, 4_509]),
        ("Andre fordringer", "", [1_126, 988]),
        ("Bankinnskudd", "", "plug"),
    ], equity=[
        ("Innskutt egenkapital", "", [3_000, 3_000]),
        ("Annen egenkapital", "", [11_730, 10_870]),
    ], long=[
        ("Lån i Kommunalbanken", "5", [38_400, 40_800]),
        ("Pensjonsforpliktelser", "3", [9_712, 9_115]),
    ], short=[
        ("Leverandørgjeld", "", [5_118, 4_702]),
        ("Selvkostfond", "2", [2_604, 2_118]),
        ("Annen kortsiktig gjeld", "", [3_412, 3_290]),
    ]), unit=1000, negative="paren", note_col="Note", label_header="Tall i 1000 kr")
    board = [
        ("Hilde Margrethe Nilsen", "LEDE", False),
        ("Kåre Johan Pettersen", "NEST", False),
        ("Sølvi Mathisen", "MEDL", False),
        ("Ole Reidar Kristoffersen", "MEDL", False),
        ("Terje Nygård", "MEDL", True),
        ("Anne Berit Simonsen", "VARA", None),
        ("Johnny Hætta", "VARA", None),
        ("Randi Ingebrigtsen", "VARA", None),
        ("Geir Arne Bakkelund", "VARA", None),
        ("Mona Strand", "VARA", None),
    ]
    surplus = kr(line_value(res, "Årsresultat") * 1000)
    items = [
        ("bh", "Rypefjord Renovasjon IKS", {"size": 20}),
        ("p", "Årsberetning og årsregnskap 2021", {"size": 14}),
        ("p", "Eierkommuner: {g:Hammerfest} · {g:Måsøy} · {g:Nordkapp}", {"size": 10}),
        ("photo", 3, 4, "Den nye omlastingshallen på Storsandnes i {g:Rypefjord} ble tatt i bruk i september."),
        ("pagebreak",),
        ("toc", [("Daglig leders innledning", 2), ("Selskapet og eierne", 3), ("Representantskapet", 3),
                 ("Styret", 4), ("Drift og miljø", 5), ("Styrets årsberetning", 7), ("Resultatregnskap", 8),
                 ("Balanse", 9), ("Noter", 10)], {"title": "Innhold"}),
        ("pagebreak",),
        ("h", 1, "Daglig leders innledning"),
        ("p", "Pandemien preget også 2021, men innsamlingen gikk som planlagt i alle tre kommunene. Med den nye "
              "omlastingshallen i {g:Rypefjord} kan vi nå ta imot avfall fra hele {g:Hammerfest} kommune, også "
              "fra {g:Kvalsund} og {g:Forsøl}, uten mellomlagring ute."),
        ("p", "Takk til alle ansatte for god innsats. Takk også til prosjektleder Jan Erik Wara i "
              "Hammerfest kommune og til Avfall Norge for godt samarbeid om den nye sorteringsveilederen."),
        ("p", "{g:Rypefjord}, februar 2022\nMagnus Kalstad\ndaglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Selskapet og eierne"),
        ("p", "Rypefjord Renovasjon IKS er et interkommunalt selskap etter IKS-loven, stiftet i 1992. Selskapet "
              "har ansvar for innsamling og behandling av husholdningsavfall og slam i eierkommunene og driver "
              "gjenvinningsstasjoner i {g:Hammerfest}, {g:Havøysund} og {g:Honningsvåg}. Forretningskontoret "
              "ligger i Storsandnesveien 40, 9610 {g:Rypefjord}."),
        ("p", "Eierandelene i selskapet er fastsatt i selskapsavtalen etter innbyggertall:"),
        ("table", [["Eierkommune", "Innbyggere 1.1.2021", "Eierandel"],
                   ["Hammerfest kommune", "11 402", "{p:64 %}"],
                   ["Nordkapp kommune", "3 156", "{p:21 %}"],
                   ["Måsøy kommune", "1 188", "{p:15 %}"]], {"ruled": True, "size": 9}),
        ("h", 1, "Representantskapet"),
        ("p", "Representantskapet er selskapets øverste organ. Hver eierkommune har ett medlem med personlig "
              "varamedlem. Representantskapet hadde to møter i 2021 og ble ledet av Marianne Sivertsen Eide."),
        ("table", [["Kommune", "Medlem", "Personlig varamedlem"],
                   ["{g:Hammerfest}", "Marianne Sivertsen Eide (leder)", "Svein Ivar Hansen"],
                   ["{g:Nordkapp}", "Jan Olsen Klemetsen", "Tove Lill Ellingsen"],
                   ["{g:Måsøy}", "Rolf Eriksen Larsen", "Kari Ann Sivertsen"]], {"ruled": True, "size": 9}),
        ("pagebreak",),
        ("h", 1, "Styret"),
        ("p", "Styret velges av representantskapet for to år. De ansatte velger ett styremedlem med personlig "
              "varamedlem blant de fast ansatte. Styret hadde ved utgangen av 2021 denne sammensetningen:"),
        ("table", [["Verv", "Medlem", "Personlig varamedlem"],
                   ["Styreleder", "Hilde Margrethe Nilsen", "Anne Berit Simonsen"],
                   ["Nestleder", "Kåre Johan Pettersen", "Johnny Hætta"],
                   ["Styremedlem", "Sølvi Mathisen", "Randi Ingebrigtsen"],
                   ["Styremedlem", "Ole Reidar Kristoffersen", "Geir Arne Bakkelund"],
                   ["Styremedlem (ansattvalgt)", "Terje Nygård", "Mona Strand"]], {"ruled": True, "size": 9}),
        ("p", "Styret har hatt sju møter og behandlet 52 saker. Daglig leder Magnus Kalstad er styrets "
              "sekretær. Styremedlem Arvid Hansen Bye gikk ut av styret i mai etter flytting og ble erstattet av "
              "Ole Reidar Kristoffersen."),
        ("h", 1, "Drift og miljø"),
        ("p", "Selskapet samlet inn 9 870 tonn husholdningsavfall. Materialgjenvinningsgraden for "
              "husholdningsavfall økte til {p:38,5 %|materialgjenvinningsgraden for husholdningsavfall}, mot "
              "{p:35,1 %|året før} året før. Matavfallet sorteres ut i hele "
              "{g:Nordkapp} og {g:Måsøy} fra april 2021."),
        ("table", [["Fraksjon (tonn)", "2021", "2020", "2019"],
                   ["Restavfall", "5 412", "5 688", "5 902"],
                   ["Matavfall", "1 205", "1 011", "940"],
                   ["Papp og papir", "1 388", "1 342", "1 298"],
                   ["Plastemballasje", "402", "371", "355"],
                   ["Glass- og metallemballasje", "318", "301", "288"]], {"ruled": True, "size": 9}),
        ("p", "Sykefraværet var {p:8,9 %|sykefraværet}. Selskapet hadde 31 ansatte ved årsskiftet. "
              "Verneombud er Stian Johnsen og hovedtillitsvalgt er Mona Strand."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("p", "Selskapet har sitt forretningskontor i {g:Hammerfest} kommune og driver i {g:Troms og Finnmark}. "
              f"Årets resultat er et overskudd på kr {surplus}. Styret foreslår at overskuddet overføres til "
              "annen egenkapital. Selvkostområdet er gjort opp mot selvkostfondet, se note 2."),
        ("p", "Regnskapet er avlagt under forutsetning om fortsatt drift. Det har ikke skjedd hendelser etter "
              "balansedagen av betydning for regnskapet."),
        ("sign", "{g:Hammerfest}, 24. februar 2022",
         [("Hilde Margrethe Nilsen", "Styreleder"), ("Kåre Johan Pettersen", "Nestleder"),
          ("Sølvi Mathisen", "Styremedlem"), ("Ole Reidar Kristoffersen", "Styremedlem"),
          ("Terje Nygård", "Styremedlem"), ("Magnus Kalstad", "Daglig leder")], {"cols": 2, "title_above": True}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2021"}),
        ("pagebreak",),
        ("stmt", bal, {"title": "Balanse pr. 31. desember 2021"}),
        ("pagebreak",),
        ("h", 1, "Noter"),
        ("bh", "Note 2 Selvkost", {"size": 10}),
        ("p", "Gebyrene for husholdningsrenovasjon og slam beregnes etter selvkostprinsippet. Overskudd "
              "avsettes til selvkostfond og tilbakeføres abonnentene innen fem år."),
        ("bh", "Note 3 Pensjon", {"size": 10}),
        ("p", "De ansatte er med i KLP sin fellesordning for kommunale selskaper."),
        ("bh", "Note 6 Revisjon", {"size": 10}),
        ("p", "Selskapet revideres av Nordkalotten Revisjon IKS ved oppdragsansvarlig revisor Tone Haldorsen. "
              "Revisjonshonorar for 2021 var kr 92 000."),
    ]
    return {
        "name": "rypefjord-renovasjon-2021", "year": year,
        "title": "Rypefjord Renovasjon IKS – årsberetning 2021",
        "organization": {"name": "Rypefjord Renovasjon IKS", "founded_year": 1992,
                         "address": "Storsandnesveien 40, 9610 Rypefjord",
                         "owners": [{"name": "Hammerfest kommune", "share_percent": 64},
                                    {"name": "Nordkapp kommune", "share_percent": 21},
                                    {"name": "Måsøy kommune", "share_percent": 15}]},
        "ceo": "Magnus Kalstad", "board": board, "board_optional": ["Arvid Hansen Bye"],
        "not_board": ["Marianne Sivertsen Eide", "Svein Ivar Hansen", "Jan Olsen Klemetsen", "Tove Lill Ellingsen",
                      "Rolf Eriksen Larsen", "Kari Ann Sivertsen", "Jan Erik Wara", "Stian Johnsen",
                      "Tone Haldorsen"],
        "not_places": ["Rypefjord Renovasjon IKS", "Hammerfest kommune", "Nordkapp kommune", "Måsøy kommune",
                       "Nordkalotten Revisjon IKS"],
        "places_optional": ["Storsandnes", "Finnmark", "Norge"],
        "header": "Rypefjord Renovasjon IKS", "header_align": "right", "footer": "{PAGE}",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Representantskap (ordførere with personal deputies, not board) in a Kommune | Medlem | "
                 "Personlig varamedlem table before the board's Verv | Medlem | Personlig varamedlem table; "
                 "a member who left in May (optional); statements i 1000 kr with budget (optional) and brackets.",
    }


# ---------------------------------------------------------------- Sami language centre, Porsanger, 2022

def cahcegaddi_giellaguovddas_2022() -> dict:
    from heldout_finance import Line

    year = 2022
    kcols = [Col(f"Regnskap {year}", year), Col(f"Budsjett {year}", year, BUDGET), Col(f"Regnskap {year - 1}", year - 1)]
    res = Statement("Resultatregnskap", kcols, income("nb", 3, inc=[
        ("Grunntilskudd Sametinget", "2", [3_950_000, 3_950_000, 3_820_000]),
        ("Prosjekttilskudd", "2", [1_214_560, 1_100_000, 986_300]),
        ("Tilskudd Porsanger kommune", "", [350_000, 350_000, 340_000]),
        ("Kursavgifter og salg", "", [188_420, 160_000, 121_775]),
    ], cost=[
        ("Lønn og sosiale kostnader", "3", [4_211_884, 4_180_000, 3_902_115]),
        ("Husleie og lokaler", "", [412_000, 412_000, 398_400]),
        ("Kurs, reiser og arrangementer", "", [688_240, 620_000, 501_930]),
        ("Andre driftskostnader", "", [301_775, 300_000, 288_016]),
    ], fin=[("Renteinntekter", "", [14_208, 5_000, 3_117])],
        labels={"net_fin": "Netto finans"}), note_col="Note", negative="minus", label_header="")
    sums = [line for line in res.lines if line.key]
    key = Statement("Nøkkeltall", kcols, [Line(line.label, list(line.values), key=True) for line in sums
                                          if line.label in ("Sum driftsinntekter", "Sum driftskostnader",
                                                            "Årsresultat")])
    bcols = [Col("31.12.2022", year), Col("31.12.2021", year - 1)]
    bal = Statement("Balanse", bcols, balance("nb", 2, fixed=[], current=[
        ("Fordringer", "", [96_410, 132_008]),
        ("Bankinnskudd", "4", "plug"),
    ], equity=[
        ("Grunnkapital", "", [100_000, 100_000]),
        ("Annen egenkapital", "", [743_115, 639_826]),
    ], long=[], short=[
        ("Skyldige feriepenger og avgifter", "", [588_204, 541_330]),
        ("Ubrukte prosjektmidler", "2", [402_650, 377_910]),
        ("Annen kortsiktig gjeld", "", [71_420, 66_085]),
    ]), note_col="Note", label_header="")
    board = [
        ("Biret Máret Guttorm", "LEDE", None),
        ("Jon Ovllá Eira", "NEST", None),
        ("Kristine Bær Hansen", "NEST", None),
        ("Niillas Áslat Sara", "MEDL", None),
        ("Ánne Risten Labba", "OBS", None),
        ("Ánde Čuđe Somby", "VARA", None),
        ("Sunná Heatta", "VARA", None),
        ("Per-Ivar Skoglund", "VARA", None),
        ("Elle Káre Turi", "VARA", None),
    ]
    items = [
        ("parallel", [("h", "Čáhcegáddi giellaguovddáš – Jahkedieđáhus 2022",
                       "Čáhcegáddi språksenter – Årsmelding 2022")]),
        ("photo", 2, 5, "Giellabeassi / språkrede for småbarnsforeldre i {g:Lakselv}, oktober 2022. "
                        "Foto: Čáhcegáddi"),
        ("p", "Stiftelsen Čáhcegáddi giellaguovddáš · Giellagáddeluodda 4, 9700 {g:Lakselv} · "
              "post@cahcegaddi.no · tlf. 78 46 21 90", {"size": 8.5}),
        ("h", 1, "Jođiheaddji sáhkavuorru / Daglig leders ord"),
        ("p", "2022 var året da vi endelig kunne samles igjen. Vi holdt 31 kurs i nordsamisk for voksne, "
              "flere enn noe år før, og språkredet for småbarnsforeldre hadde venteliste fra august."),
        ("p", "Takk til sametingsråd Máret Risten Somby for besøket i mai, til rektor Bjørn Ivar Olsen ved "
              "Lakselv skole for samarbeidet om språkbadet, og til alle giellamentorer som har stilt opp på "
              "kveldstid."),
        ("p", "Inger Elle Bongo, jođiheaddji / daglig leder", {"italic": True}),
        ("keytable", key, [["Antall kursdeltakere", "412", "350", "301"],
                           ["Andel egeninntekter", "{p:3,4 %}", "{p?:2,9 %}", "{p:2,8 %}"]],
         {"title": "Nøkkeltall"}),
        ("h", 1, "Organisasjon"),
        ("p", "Čáhcegáddi giellaguovddáš er en stiftelse opprettet i 2004 for å styrke samisk språk i "
              "{g:Porsanger} / {g?:Porsáŋgu} / {g?:Porsanki}. Senteret er ett av språksentrene som får "
              "grunntilskudd fra Sametinget."),
        ("bh", "Stivra / Styret", {"size": 11}),
        ("p", "Styret oppnevnes for fire år. Sametinget oppnevner to medlemmer, Porsanger kommune ett og "
              "Troms og Finnmark fylkeskommune ett, alle med personlig varamedlem. Styret for perioden "
              "2020–2023:"),
        ("tablines", [["Biret Máret Guttorm", "vara: Ánde Čuđe Somby"],
                      ["Jon Ovllá Eira", "vara: Sunná Heatta"],
                      ["Kristine Bær Hansen", "vara: Per-Ivar Skoglund"],
                      ["Niillas Áslat Sara", "vara: Elle Káre Turi"]], {"stops": (7.0,)}),
        ("p", "Stivrajođiheaddji / styreleder: Biret Máret Guttorm\n"
              "Nubbijođiheaddjit / nestledere: Jon Ovllá Eira og Kristine Bær Hansen"),
        ("p", "De ansatte har en observatør i styret med møte- og talerett, i 2022 Ánne Risten Labba. Styret "
              "har hatt fem møter og behandlet 29 saker."),
        ("bh", "Bargit / Ansatte", {"size": 11}),
        ("table", [["Namma / Navn", "Bargu / Stilling", "Stilling"],
                   ["Inger Elle Bongo", "jođiheaddji / daglig leder", "{p?:100 %}"],
                   ["Ánne Risten Labba", "giellabargi / språkarbeider", "{p?:100 %}"],
                   ["Mikkel Anders Keskitalo", "kursakoordináhtor / kurskoordinator", "{p?:80 %}"],
                   ["Hanne Marit Varsi", "konsulent, økonomi", "{p?:50 %}"]], {"ruled": True, "size": 9}),
        ("pagebreak",),
        ("h", 1, "Doaimmat / Virksomheten i 2022"),
        ("li", "Nordsamisk for voksne, nybegynner og videregående, i {g:Lakselv}, {g:Billefjord} og "
               "{g:Børselv}: 31 kurs"),
        ("li", "Språkbad for elever i samarbeid med skolene i kommunen"),
        ("li", "Giellabeassi / språkrede for foreldre med barn under tre år"),
        ("li", "Samisk uke i februar med konsert og filmvisning i {g:Karasjok} og {g:Lakselv}"),
        ("p", "Prosjektet «Mearrasámi báikenamat» har samlet inn 240 sjøsamiske stedsnavn langs "
              "{g:Porsangerfjorden} i samarbeid med Kvensk institutt og lokale fortellere."),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2022"}),
        ("stmt", bal, {"title": "Balanse 31.12.2022"}),
        ("p", "Regnskapet er revidert av Lakselv Revisjon AS ved registrert revisor Steinar Aslaksen."),
        ("sign", "{g:Lakselv}, 9. mars 2023",
         [("Biret Máret Guttorm", ""), ("Jon Ovllá Eira", ""), ("Kristine Bær Hansen", ""),
          ("Niillas Áslat Sara", ""), ("Inger Elle Bongo", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "cahcegaddi-giellaguovddas-2022", "year": year,
        "title": "Čáhcegáddi giellaguovddáš – årsmelding 2022",
        "organization": {"name": "Stiftelsen Čáhcegáddi giellaguovddáš", "founded_year": 2004,
                         "address": "Giellagáddeluodda 4, 9700 Lakselv", "email": "post@cahcegaddi.no",
                         "phone": "78 46 21 90"},
        "ceo": "Inger Elle Bongo", "board": board,
        "not_board": ["Máret Risten Somby", "Bjørn Ivar Olsen", "Mikkel Anders Keskitalo", "Hanne Marit Varsi",
                      "Steinar Aslaksen"],
        "not_places": ["Stiftelsen Čáhcegáddi giellaguovddáš", "Porsanger kommune", "Troms og Finnmark fylkeskommune",
                       "Lakselv skole", "Lakselv Revisjon AS"],
        "places_optional": ["Porsáŋgu", "Porsanki", "Giellagáddeluodda"],
        "footer": "Čáhcegáddi giellaguovddáš · Jahkedieđáhus / Årsmelding 2022 · {PAGE}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Bilingual (Northern Sami / bokmål) headings; board as 'Name <tab> vara: Name' lines, the roles "
                 "in a separate line with two nestledere; the employees' observer OBS (also staff); "
                 "signature block without titles; key-figure table with budget (optional) before the statements.",
    }


REPORTS = [skipsholmen_arbeid_2016, rypefjord_renovasjon_2021, cahcegaddi_giellaguovddas_2022]
