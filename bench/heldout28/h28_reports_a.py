"""Twenty-eighth held-out set, part A: a friluftsråd, a krisesenter IKS and a næringshage AS.

Invented organisations, people and figures; the places are real and valid in each report's year
(Oppland and its municipalities in 2017, Vestfold og Telemark and Midt-Telemark in 2022, Lyngdal
in Agder in 2021). See make_heldout28.py for the mechanics and the markup."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, OTHER, Col, Statement, balance, income  # noqa: F401
from h3_render import Kroner


# ---------------------------------------------------------------------------------------------
# 1. An interkommunalt friluftsråd: årsmøte of delegates, a styre of one member per kommune with
#    a personal deputy each, an arbeidsutvalg, long (cover, contents, leader's word, activities with
#    tables of three years, statements with notes, auditor's page, signatures).

def mjosstrand_friluftsrad_2017() -> dict:
    kommuner = ["Gjøvik", "Østre Toten", "Vestre Toten", "Søndre Land", "Nordre Land"]
    board = [
        ("Håkon Stenersen", "LEDE", None),
        ("Randi Kvernstuen", "NEST", None),
        ("Per Otto Hagelien", "MEDL", None),
        ("Ragnhild Skattum", "MEDL", None),
        ("Tor Arne Lunden", "MEDL", None),
        ("Gro Engebakken", "VARA", None),
        ("Arild Sveen Moe", "VARA", None),
        ("Lise Hovdhaugen", "VARA", None),
        ("Kjell Roar Dæhli", "VARA", None),
        ("Anette Brenna", "VARA", None),
    ]
    inc = [("Kontingent medlemskommuner", "2", [1_486_500, 1_486_000, 1_431_200]),
           ("Tilskudd fra fylkeskommunen", "", [410_000, 410_000, 395_000]),
           ("Statlige tilskudd via FL og Miljødirektoratet", "3", [668_350, 540_000, 602_900]),
           ("Prosjektmidler og gaver", "3", [238_700, 150_000, 187_450]),
           ("Deltakeravgift og andre inntekter", "", [96_420, 90_000, 88_110])]
    cost = [("Lønn og sosiale kostnader", "4", [1_960_900, 2_045_000, 1_988_640]),
            ("Drift av friluftsområder", "", [402_660, 360_000, 377_200]),
            ("Aktiviteter og arrangementer", "", [231_480, 190_000, 214_930]),
            ("Kontor, bil og administrasjon", "", [133_720, 140_000, 128_760]),
            ("Avskrivninger", "5", [24_000, 24_000, 24_000])]
    fin = [("Renteinntekter", "", [9_870, 8_000, 11_240])]
    result = Statement(
        "Resultatregnskap 2017", [Col("Regnskap 2017", 2017), Col("Budsjett 2017", 2017, BUDGET),
                                  Col("Regnskap 2016", 2016)],
        income("nb", 3, inc, cost, fin, labels={"inc": "Inntekter", "cost": "Kostnader",
                                                "sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader"}),
        note_col="Note", label_header="Beløp i kroner")
    bal = Statement(
        "Balanse per 31.12.2017", [Col("31.12.2017", 2017), Col("31.12.2016", 2016)],
        balance("nb", 2,
                fixed=[("Båt og henger", "5", [48_000, 72_000])],
                current=[("Kundefordringer", "", [61_350, 44_800]),
                         ("Bankinnskudd", "6", "plug")],
                equity=[("Fri egenkapital", "", [612_874, 487_294]),
                        ("Bundne fond", "3", [214_500, 183_000])],
                long=[],
                short=[("Leverandørgjeld", "", [96_410, 88_320]),
                       ("Skyldige offentlige avgifter", "", [132_900, 127_480]),
                       ("Annen kortsiktig gjeld", "", [171_650, 158_030])]),
        note_col="Note", label_header="Beløp i kroner")
    delegates = [["Kommune", "Utsendinger til årsmøtet", "Vararepresentanter"],
                 ["{g:Gjøvik}", "Trond Aasheim, Marianne Sollien", "Jostein Ruud"],
                 ["{g:Østre Toten}", "Bente Lillejord, Ola Steinsrud", "Hilde Bekkelund"],
                 ["{g:Vestre Toten}", "Knut Ivar Rustad, Wenche Paulsrud", "Eivind Haug"],
                 ["{g:Søndre Land}", "Åse Marie Grinaker, Rolf Fossum", "Sigrun Bjørnstad"],
                 ["{g:Nordre Land}", "Magne Skogstad, Tone Hjelle", "Geir Are Tollefsrud"]]
    styret = [["Verv", "Navn", "Kommune", "Personlig varamedlem"],
              ["Leder", "Håkon Stenersen", "{g:Gjøvik}", "Gro Engebakken"],
              ["Nestleder", "Randi Kvernstuen", "{g:Østre Toten}", "Arild Sveen Moe"],
              ["Styremedlem", "Per Otto Hagelien", "{g:Vestre Toten}", "Lise Hovdhaugen"],
              ["Styremedlem", "Ragnhild Skattum", "{g:Søndre Land}", "Kjell Roar Dæhli"],
              ["Styremedlem", "Tor Arne Lunden", "{g:Nordre Land}", "Anette Brenna"]]
    items = [
        ("p", "Mjøsstrand friluftsråd", {"size": 22, "bold": True}),
        ("bh", "Årsmelding og regnskap 2017", {"size": 16}),
        ("p", "Til behandling på årsmøtet 19. april 2018"),
        ("photo", 3, 5, "Forsidefoto: Friluftsskolen padler ut fra badeplassen ved {g?:Hunn} i {g:Gjøvik}, juni 2017."),
        ("toc", [("Leders ord", 2), ("Om friluftsrådet", 3), ("Årsmøtet og styret", 3),
                 ("Administrasjonen", 4), ("Aktiviteter i 2017", 5), ("Friluftsområder", 5),
                 ("Regnskap 2017", 6), ("Noter til regnskapet", 7), ("Revisors beretning", 8)]),
        ("pagebreak",),
        ("h", 1, "Leders ord"),
        ("p", "2017 ble året da friluftsrådet for første gang passerte 40 000 registrerte turer i "
              "turkassetrimmen. Det sier noe om hvor mye folk i regionen vår bruker nærnaturen, og det "
              "sier noe om den jobben de ansatte og alle de frivillige turkasseverterne gjør."),
        ("p", "Den nye badeplassen på {g?:Eriksrud} i {g:Vestre Toten} ble åpnet 17. juni. Takk til ordfører "
              "Stian Bekkevold, som klippet snoren i strålende sol, og til grunneierne som har gitt oss "
              "langsiktige avtaler. Uten dem hadde vi ikke hatt noe å sikre."),
        ("p", "Ved årsmøtet i april takket Inger Marie Bratlie av etter åtte år som leder. Hun la grunnlaget "
              "for samarbeidet med skolene i alle fem kommunene, og styret retter en stor takk til henne. "
              "Takk også til Friluftsrådenes Landsforbund og til rådgiverne i {g:Oppland} fylkeskommune for "
              "et godt samarbeid gjennom året."),
        ("p", "Håkon Stenersen", {"bold": True}),
        ("p", "styreleder"),
        ("pagebreak",),
        ("h", 1, "Om friluftsrådet"),
        ("p", "Mjøsstrand friluftsråd er et interkommunalt samarbeid mellom kommunene {g:Gjøvik}, "
              "{g:Østre Toten}, {g:Vestre Toten}, {g:Søndre Land} og {g:Nordre Land}, stiftet i 1994. "
              "Friluftsrådet skal fremme et allsidig friluftsliv for befolkningen, sikre og tilrettelegge "
              "friluftsområder og drive informasjon og opplæring. Friluftsrådet er medlem av "
              "Friluftsrådenes Landsforbund (FL)."),
        ("p", "Kontingenten fra kommunene var 15,50 kroner per innbygger i 2017. Tabellen viser "
              "innbyggertall og kontingent:"),
        ("table", [["Kommune", "Innbyggere 1.1.2017", "Kontingent 2017", "Andel"],
                   ["{g:Gjøvik}", "30 319", "469 945", "{p:42,8 %}"],
                   ["{g:Østre Toten}", "14 800", "229 400", "{p:20,9 %}"],
                   ["{g:Vestre Toten}", "13 432", "208 196", "{p:18,9 %}"],
                   ["{g:Søndre Land}", "5 652", "87 606", "{p:8,0 %}"],
                   ["{g:Nordre Land}", "6 700", "103 850", "{p:9,4 %}"],
                   ["Sum", "70 903", "1 098 997", ""]], {"widths": [4.5, 3.6, 3.6, 2.4]}),
        ("p", "Beløpene over er grunnkontingenten. I tillegg betaler kommunene for drift av egne "
              "friluftsområder etter avtale, slik at samlet kontingent i regnskapet er høyere.",
         {"italic": True, "size": 8.5}),
        ("h", 1, "Årsmøtet og styret"),
        ("h", 2, "Årsmøtet"),
        ("p", "Årsmøtet er friluftsrådets øverste organ. Hver medlemskommune velger to utsendinger med "
              "personlige vararepresentanter for kommunestyreperioden. Årsmøtet 2017 ble holdt 20. april "
              "på {g:Raufoss} og ble ledet av Trond Aasheim. Utsendingene i 2017 var:"),
        ("table", delegates, {"widths": [3.4, 7.0, 4.6], "size": 9}),
        ("h", 2, "Styret"),
        ("p", "Styret består av ett medlem fra hver kommune, valgt av årsmøtet for to år. Etter årsmøtet "
              "2017 har styret hatt denne sammensetningen:"),
        ("table", styret, {"widths": [3.0, 4.2, 3.4, 4.4], "shade_header": "D9E2D0"}),
        ("p", "Styret har hatt seks møter og behandlet 41 saker. Arbeidsutvalget, som forbereder sakene "
              "til styret, har bestått av Håkon Stenersen, Randi Kvernstuen og daglig leder Siri "
              "Kolbjørnsrud. Arbeidsutvalget har hatt fire møter."),
        ("p", "Valgkomiteen har bestått av Marianne Sollien (leder), Rolf Fossum og Hilde Bekkelund."),
        ("h", 1, "Administrasjonen"),
        ("p", "Friluftsrådet har kontor i Kauffeldtgården i {g:Gjøvik} sentrum. Ved utgangen av året var "
              "det fire faste ansatte i til sammen 3,4 årsverk:"),
        ("li", "Siri Kolbjørnsrud, daglig leder"),
        ("li", "Even Bakkerud, friluftskonsulent"),
        ("li", "Marte Nyhus, prosjektleder Læring i friluft ({p:60 %|prosjektleder} stilling)"),
        ("li", "Jon Olav Gulbrandsen, driftsansvarlig friluftsområder ({p:80 %|driftsansvarlig} stilling)"),
        ("p", "I tillegg har friluftsrådet engasjert 14 sommerhjelper og instruktører til friluftsskolene. "
              "Sykefraværet var {p:2,3 %|sykefraværet} mot {p:4,1 %|sykefraværet} året før. Det er ikke "
              "registrert skader eller ulykker i forbindelse med arbeidet."),
        ("pagebreak",),
        ("h", 1, "Aktiviteter i 2017"),
        ("h", 2, "Turkassetrimmen"),
        ("p", "Turkassetrimmen hadde 62 turmål i 2017, fire flere enn året før. Antall registrerte turer "
              "økte med {p:11 %|registrerte turer}, og andelen digitale registreringer var {p:57 %|digitale registreringer}."),
        ("table", [["", "2015", "2016", "2017"],
                   ["Turmål", "54", "58", "62"],
                   ["Registrerte turer", "31 240", "36 610", "40 680"],
                   ["Personer med minst én tur", "4 110", "4 560", "4 985"],
                   ["Premierte (10 turer eller flere)", "1 204", "1 377", "1 529"]],
         {"widths": [6.5, 2.5, 2.5, 2.5]}),
        ("h", 2, "Friluftsskolen"),
        ("p", "Friluftsskolen for barn fra 5. til 7. trinn ble arrangert i alle fem kommunene, med "
              "kanopadling, fiske, bålmat og overnatting i lavvo. I {g:Nordre Land} ble skolen holdt ved "
              "{g?:Dokka} for første gang."),
        ("table", [["Friluftsskolen", "2015", "2016", "2017"],
                   ["Kurs", "6", "7", "8"],
                   ["Deltakere", "112", "131", "149"],
                   ["Fullt belegg", "{p:83 %}", "{p:90 %}", "{p:96 %}"]], {"widths": [6.5, 2.5, 2.5, 2.5]}),
        ("h", 2, "Læring i friluft"),
        ("p", "Prosjektet Læring i friluft tilbyr skolene kurs og utstyr for undervisning ute. I 2017 "
              "deltok 23 av 36 barneskoler i regionen, det vil si {p:64 %|barneskoler i regionen}. "
              "Prosjektet er finansiert av Miljødirektoratet og Gjensidigestiftelsen ut 2018."),
        ("h", 2, "Informasjon"),
        ("p", "Friluftsrådet ga ut turkartet «Turer langs {g?:Mjøsa}» i nytt opplag på 6 000 eksemplarer. "
              "Nettsiden hadde om lag 58 000 besøk, og Facebook-siden passerte 3 000 følgere."),
        ("h", 1, "Friluftsområder"),
        ("p", "Friluftsrådet drifter 17 statlig sikrede friluftsområder på vegne av kommunene. Arbeidet "
              "gjelder renovasjon, toaletter, slått og vedlikehold av stier og brygger."),
        ("table", [["Område", "Kommune", "Tiltak i 2017"],
                   ["{g?:Eriksrud} badeplass", "{g:Vestre Toten}", "Ny badebrygge og universelt utformet sti"],
                   ["{g?:Kapp} friluftsområde", "{g:Østre Toten}", "Toalettbygg rehabilitert"],
                   ["Fjellhaug", "{g:Søndre Land}", "Gapahuk og bålplass"],
                   ["Hunnselva utløp", "{g:Gjøvik}", "Skjøtsel og skilting"],
                   ["{g?:Torpa}-stien", "{g:Nordre Land}", "Klopper over myr, 400 meter"]],
         {"widths": [4.5, 3.5, 7.0], "size": 9}),
        ("p", "Samarbeidet med Statskog og {g:Oppland} fylkeskommune om ny sikring ved {g?:Landåsbygda} ga "
              "avtale om statlig sikring i desember."),
        ("pagebreak",),
        ("h", 1, "Regnskap 2017"),
        ("p", "Årsresultatet ble 157 080 kroner. Av dette er 31 500 kroner avsatt til bundne fond for "
              "prosjekter som fortsetter i 2018, og 125 580 kroner er overført til fri egenkapital."),
        ("stmt", result, {"title": "Resultatregnskap 2017"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2017"}),
        ("h", 1, "Noter til regnskapet"),
        ("bh", "Note 1 Regnskapsprinsipper", {"size": 10}),
        ("p", "Regnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak. "
              "Tilskudd inntektsføres i det året aktiviteten gjennomføres; ubrukte tilskudd står som bundne fond.",
         {"size": 9}),
        ("bh", "Note 2 Kontingent", {"size": 10}),
        ("p", "Kontingenten består av grunnkontingent per innbygger og betaling for drift av "
              "friluftsområder etter avtale med hver kommune.", {"size": 9}),
        ("bh", "Note 3 Tilskudd og bundne fond", {"size": 10}),
        ("table", [["Bundne fond", "1.1.2017", "Avsatt", "Brukt", "31.12.2017"],
                   ["Læring i friluft", "120 000", "60 000", "28 500", "151 500"],
                   ["Turkassetrimmen", "38 000", "0", "0", "38 000"],
                   ["Badeplasser", "25 000", "0", "0", "25 000"],
                   ["Sum", "183 000", "60 000", "28 500", "214 500"]],
         {"size": 8.5, "widths": [4.8, 2.5, 2.3, 2.3, 2.5]}),
        ("bh", "Note 4 Lønn og pensjon", {"size": 10}),
        ("p", "Friluftsrådet har kollektiv pensjonsordning i KLP. Daglig leder hadde en lønn på 642 000 "
              "kroner. Styrehonorar er utbetalt med 38 000 kroner til leder og 1 200 kroner per møte til "
              "øvrige medlemmer.", {"size": 9}),
        ("bh", "Note 5 Anleggsmidler", {"size": 10}),
        ("p", "Arbeidsbåt med henger kjøpt i 2015 for 120 000 kroner avskrives lineært over fem år.",
         {"size": 9}),
        ("bh", "Note 6 Bankinnskudd", {"size": 10}),
        ("p", "Av bankinnskuddene er 84 600 kroner bundne skattetrekksmidler.", {"size": 9}),
        ("sign", "{g:Gjøvik}, 14. februar 2018",
         [("Håkon Stenersen", "leder"), ("Randi Kvernstuen", "nestleder"), ("Per Otto Hagelien", "styremedlem"),
          ("Ragnhild Skattum", "styremedlem"), ("Tor Arne Lunden", "styremedlem"),
          ("Siri Kolbjørnsrud", "daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til årsmøtet i Mjøsstrand friluftsråd", {"bold": True}),
        ("bh", "Uttalelse om revisjonen av årsregnskapet", {"size": 10}),
        ("p", "Vi har revidert årsregnskapet for Mjøsstrand friluftsråd, som består av balanse per 31. "
              "desember 2017, resultatregnskap for regnskapsåret avsluttet per denne datoen og noter til "
              "årsregnskapet. Etter vår mening gir årsregnskapet et rettvisende bilde av friluftsrådets "
              "finansielle stilling per 31. desember 2017 og av resultatet for regnskapsåret."),
        ("bh", "Grunnlag for konklusjonen", {"size": 10}),
        ("p", "Vi har gjennomført revisjonen i samsvar med lov, forskrift og god revisjonsskikk i Norge. "
              "Vi er uavhengige av friluftsrådet slik det kreves i lov og forskrift."),
        ("p", "{g:Gjøvik}, 2. mars 2018"),
        ("p", "Totenrevisjonen IKS"),
        ("p", "Knut Hermansen"),
        ("p", "registrert revisor"),
    ]
    return {
        "name": "mjosstrand-friluftsrad-2017", "year": 2017,
        "title": "Mjøsstrand friluftsråd – Årsmelding 2017",
        "header": "Mjøsstrand friluftsråd · Årsmelding 2017", "header_align": "right",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "heading_colour": "2E5E3A",
        "organization": {"name": "Mjøsstrand friluftsråd", "founded_year": 1994, "address": "Postboks 214, 2802 Gjøvik",
                         "email": "post@mjosstrand-friluft.no", "website": "www.mjosstrand-friluft.no"},
        "ceo": "Siri Kolbjørnsrud",
        "board": board,
        "not_board": ["Inger Marie Bratlie", "Stian Bekkevold", "Trond Aasheim", "Marianne Sollien",
                      "Rolf Fossum", "Hilde Bekkelund", "Even Bakkerud", "Marte Nyhus",
                      "Jon Olav Gulbrandsen", "Knut Hermansen", "Jostein Ruud", "Wenche Paulsrud"],
        "items": items + [("p", "Mjøsstrand friluftsråd · Postboks 214, 2802 {g:Gjøvik} · "
                                "post@mjosstrand-friluft.no · www.mjosstrand-friluft.no", {"size": 8})],
        "renditions": ["docx", "pdf"],
        "notes": "Long (8 pages): the årsmøte's delegates and deputies, each board member's personal deputy "
                 "in a fourth column (VARA), the arbeidsutvalg naming the daglig leder, a valgkomité, the "
                 "former leader and an ordfører thanked, staff, the auditor.",
    }




def kr(value: float) -> str:
    """A whole amount as printed in prose: "1 234 567"."""
    return f"{round(value):,}".replace(",", " ")


# ---------------------------------------------------------------------------------------------
# 2. A krisesenter IKS: owner municipalities with shares, a representantskap of ordførere with
#    deputies (not the board), a styre appointed by it with an employee-elected member, a new styre
#    elected after year-end, long (contents, styreleder's word, statistics of three years, staff,
#    årsberetning, statements with notes, auditor, signatures).

def ovre_telemark_krisesenter_2022() -> dict:
    owners = [("Vinje", 21.0, "3 701"), ("Seljord", 17.5, "2 980"), ("Midt-Telemark", 17.5, "10 660"),
              ("Kviteseid", 14.5, "2 430"), ("Tokke", 13.5, "2 210"), ("Nissedal", 8.5, "1 430"),
              ("Fyresdal", 7.5, "1 300")]
    rep = [("Vinje", "Gunnar Kleppen", "Sigrid Haugen Nylund"), ("Seljord", "Aslaug Nordbø", "Halvor Kvitvik"),
           ("Midt-Telemark", "Bjørn Sauar", "Ellen Bøe"), ("Kviteseid", "Turid Kvamme", "Olav Lio"),
           ("Tokke", "Jon Ketil Dalen", "Kari Ann Tveit"), ("Nissedal", "Åse Nesland", "Per Tore Fjone"),
           ("Fyresdal", "Kjetil Momrak", "Ingebjørg Kleivi")]
    board = [("Tone Haugland", "LEDE", False), ("Olav Berge Straume", "NEST", False),
             ("Marit Åsland", "MEDL", False), ("Eirik Nomeland", "MEDL", False),
             ("Hege Tveiten", "MEDL", True),
             ("Torstein Flatland", "VARA", None), ("Ingrid Rui", "VARA", None), ("Live Bakken", "VARA", None)]
    inc = [("Tilskudd fra eierkommunene", "2", [9_840_000, 9_840_000, 9_420_000]),
           ("Andre tilskudd", "3", [412_300, 300_000, 386_100]),
           ("Refusjon sykepenger", "", [287_640, 0, 198_420]),
           ("Andre driftsinntekter", "", [64_210, 50_000, 58_900])]
    cost = [("Lønnskostnader", "4", [8_322_450, 8_410_000, 7_998_320]),
            ("Husleie og felleskostnader", "", [684_000, 684_000, 672_000]),
            ("Andre driftskostnader", "", [1_201_880, 1_066_000, 1_093_460]),
            ("Avskrivninger", "5", [96_500, 96_500, 88_000])]
    fin = [("Finansinntekter", "", [18_450, 10_000, 4_120]),
           ("Finanskostnader", "", [-2_310, -2_000, -2_880])]
    lines = income("nb", 3, inc, cost, fin)
    res = {line.label: line.values for line in lines}["Årsresultat"]
    result = Statement("Resultatregnskap", [Col("Regnskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET),
                                            Col("Regnskap 2021", 2021)],
                       lines, note_col="Note", label_header="Beløp i NOK", negative="paren")
    other_2021 = 1_412_900
    bal = Statement(
        "Balanse", [Col("31.12.2022", 2022), Col("31.12.2021", 2021)],
        balance("nb", 2,
                fixed=[("Inventar og utstyr", "5", [312_000, 408_500])],
                current=[("Fordringer", "", [145_300, 122_800]), ("Bankinnskudd", "6", "plug")],
                equity=[("Innskutt egenkapital", "", [700_000, 700_000]),
                        ("Annen egenkapital", "", [round(other_2021 + res[0]), other_2021])],
                long=[("Pensjonsforpliktelser", "4", [1_184_000, 1_092_000])],
                short=[("Leverandørgjeld", "", [214_600, 198_300]),
                       ("Skyldige offentlige avgifter", "", [512_480, 489_110]),
                       ("Skyldige feriepenger", "", [788_900, 751_200]),
                       ("Annen kortsiktig gjeld", "", [96_120, 84_300])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    stats = [["", "2020", "2021", "2022"],
             ["Beboere, kvinner", "41", "46", "52"],
             ["Beboere, menn", "4", "6", "5"],
             ["Medfølgende barn", "29", "33", "38"],
             ["Overnattingsdøgn, voksne", "1 912", "2 240", "2 481"],
             ["Overnattingsdøgn, barn", "1 105", "1 360", "1 506"],
             ["Dagsamtaler", "318", "344", "391"],
             ["Telefonhenvendelser", "1 486", "1 402", "1 519"]]
    items = [
        ("p", "Krisesenteret i Øvre Telemark IKS", {"size": 20, "bold": True}),
        ("bh", "Årsrapport 2022", {"size": 18}),
        ("p", "Et trygt sted å være – døgnet rundt, hele året", {"italic": True}),
        ("toc", [("Styreleders ord", 2), ("1 Organisasjonen", 3), ("2 Vårt tilbud", 4), ("3 Statistikk", 5),
                 ("4 Ansatte og arbeidsmiljø", 5), ("5 Styrets årsberetning", 6), ("6 Årsregnskap", 7),
                 ("7 Noter", 8), ("8 Revisors beretning", 9)], {"title": "Innhold"}),
        ("pagebreak",),
        ("h", 1, "Styreleders ord"),
        ("p", "Etter to år preget av pandemien kunne vi i 2022 igjen drive senteret fullt ut, og det "
              "merket vi. Flere enn noen gang tok kontakt, og vi hadde beboere i huset hver eneste dag "
              "i året."),
        ("p", "Jeg vil takke de ansatte, som står i krevende situasjoner med stor faglighet og varme. "
              "Takk også til representantskapets leder Gunnar Kleppen og til ordførerne i eierkommunene, "
              "som sluttet enstemmig opp om økt bemanning på natt fra 2023. Vi er glade for besøket av "
              "statsforvalter Per Arne Olsen Lie i september og for tilbakemeldingene etter tilsynet."),
        ("p", "Dette er min siste årsrapport som styreleder. Representantskapet har valgt et nytt styre "
              "for perioden 2023–2025, og jeg ønsker det lykke til med arbeidet."),
        ("p", "{g:Seljord}, februar 2023"),
        ("p", "Tone Haugland, styreleder", {"bold": True}),
        ("pagebreak",),
        ("h", 1, "1 Organisasjonen"),
        ("h", 2, "1.1 Organisasjonsform og formål"),
        ("p", "Krisesenteret i Øvre Telemark IKS er et interkommunalt selskap etter lov om interkommunale "
              "selskaper, stiftet i 2010. Selskapet skal sørge for et krisesentertilbud etter "
              "krisesenterlova for kvinner, menn og barn som er utsatt for vold i nære relasjoner, på "
              "vegne av eierkommunene. Senteret ligger i {g:Seljord}."),
        ("h", 2, "1.2 Eierkommuner"),
        ("p", "Selskapet eies av sju kommuner i {g:Vestfold og Telemark}. Eierandelene er fastsatt i "
              "selskapsavtalen og følger i hovedsak folketallet:"),
        ("table", [["Eierkommune", "Eierandel", "Innbyggere 2022"]]
                  + [[f"{{g:{k} kommune|{k}}}", f"{{p:{str(sh).replace('.', ',')} %}}", inh] for k, sh, inh in owners],
         {"widths": [6.0, 3.0, 3.5]}),
        ("h", 2, "1.3 Representantskapet"),
        ("p", "Representantskapet er selskapets øverste organ. Hver eierkommune har ett medlem med "
              "personlig varamedlem, oppnevnt av kommunestyret for valgperioden 2019–2023. Medlemmene er "
              "ordførerne. Leder av representantskapet er Gunnar Kleppen ({g:Vinje}), nestleder Aslaug "
              "Nordbø ({g:Seljord}). Representantskapet hadde to møter i 2022."),
        ("table", [["Kommune", "Medlem", "Varamedlem"]] + [[f"{{g:{k}}}", m, v] for k, m, v in rep],
         {"ruled": False, "widths": [4.5, 5.0, 5.0], "size": 9}),
        ("h", 2, "1.4 Styret"),
        ("p", "Styret er valgt av representantskapet for perioden 2021–2023. De ansatte velger ett medlem med "
              "varamedlem. Styret har i 2022 hatt denne sammensetningen:"),
        ("p", "Styreleder: Tone Haugland, {g:Seljord}"),
        ("p", "Nestleder: Olav Berge Straume, {g:Midt-Telemark}"),
        ("p", "Styremedlem: Marit Åsland, {g:Tokke}"),
        ("p", "Styremedlem: Eirik Nomeland, {g:Fyresdal}"),
        ("p", "Styremedlem valgt av de ansatte: Hege Tveiten"),
        ("p", "Varamedlemmer: Torstein Flatland (1. vara), Ingrid Rui (2. vara), Live Bakken "
              "(vara for de ansattes representant)"),
        ("p", "Styret har hatt sju møter og behandlet 38 saker. Daglig leder er sekretær for styret."),
        ("h", 2, "1.5 Medlemskap og samarbeid"),
        ("p", "Senteret er medlem av Krisesentersekretariatet og KS Bedrift. Vi samarbeider med "
              "politiet i Sør-Øst politidistrikt, barnevernet og NAV i eierkommunene, familievernkontoret "
              "i {g:Skien} og Statens barnehus i {g:Tønsberg}."),
        ("h", 1, "2 Vårt tilbud"),
        ("p", "Krisesenteret har seks bo-enheter, to av dem tilrettelagt for menn, og et dagtilbud med "
              "samtaler, følge til lege, politi og advokat og oppfølging i reetableringsfasen. Tilbudet er "
              "gratis og åpent hele døgnet. Man trenger ikke henvisning."),
        ("h", 2, "2.1 Barn på senteret"),
        ("p", "Alle barn får en egen kontaktperson. I 2022 var {p:42 %|barn} av beboerne barn, og "
              "gjennomsnittlig botid for barn var 40 døgn."),
        ("h", 2, "2.2 Utadrettet arbeid"),
        ("p", "Ansatte holdt 26 foredrag og undervisningsøkter for skoler, barnehager, "
              "helsestasjoner og frivillige lag, de fleste i {g:Vinje} og {g:Midt-Telemark}."),
        ("pagebreak",),
        ("h", 1, "3 Statistikk"),
        ("p", "Tabellen viser hovedtall for de tre siste årene. Antall overnattingsdøgn for voksne økte med "
              "{p:10,8 %|overnattingsdøgn for voksne} fra 2021."),
        ("table", stats, {"widths": [7.0, 2.4, 2.4, 2.4], "shade_header": "EADCE8"}),
        ("p", "Av beboerne i 2022 hadde {p:47 %|minoritetsbakgrunn} minoritetsbakgrunn, og "
              "{p:61 %|bodde i eierkommunene} bodde i eierkommunene da de kom. De øvrige kom fra andre "
              "deler av landet, de fleste etter avtale med andre krisesentre."),
        ("table", [["Beboere etter bosted", "Antall", "Andel"],
                   ["Eierkommunene", "35", "{p:61 %}"],
                   ["Resten av {g:Vestfold og Telemark}", "9", "{p:16 %}"],
                   ["Andre fylker", "13", "{p:23 %}"]], {"widths": [7.0, 2.4, 2.4]}),
        ("h", 1, "4 Ansatte og arbeidsmiljø"),
        ("p", "Ved utgangen av 2022 hadde senteret 14 ansatte i 10,6 årsverk, i tillegg til tilkallingsvikarer. "
              "Daglig leder er Bodil Rinde. Fagansvarlig er Kari Nordbø, og barneansvarlig er Anne Grete "
              "Vik. Hovedverneombud er Tarjei Vassbotn."),
        ("p", "Sykefraværet var {p:7,4 %|sykefraværet} mot {p:9,1 %|sykefraværet} i 2021. Det er ikke "
              "registrert skader eller ulykker. Av de ansatte er {p:86 %|kvinner} kvinner."),
        ("table", [["Sykefravær", "2020", "2021", "2022"],
                   ["Korttidsfravær", "{p:2,2 %}", "{p:2,9 %}", "{p:2,0 %}"],
                   ["Langtidsfravær", "{p:4,8 %}", "{p:6,2 %}", "{p:5,4 %}"],
                   ["Totalt", "{p:7,0 %}", "{p:9,1 %}", "{p:7,4 %}"]], {"widths": [5.0, 2.4, 2.4, 2.4]}),
        ("pagebreak",),
        ("h", 1, "5 Styrets årsberetning"),
        ("p", "Virksomheten drives i leide lokaler i {g:Seljord}. Styret mener regnskapet gir et rettvisende "
              f"bilde av selskapets stilling og resultat. Årsresultatet ble {kr(res[0])} kroner, mot "
              f"{kr(res[2])} kroner i 2021. Overskuddet skyldes i hovedsak refusjon av sykepenger og "
              "ubesatte stillinger deler av året. Styret foreslår at overskuddet overføres til annen egenkapital."),
        ("p", "Forutsetningen om fortsatt drift er lagt til grunn. Selskapet forurenser ikke det ytre miljø. "
              "Styret består av tre kvinner og to menn."),
        ("p", "Hendelser etter årets slutt: Representantskapet valgte 21. mars 2023 nytt styre for perioden "
              "2023–2025. Ny styreleder er Sondre Vaa, og Liv Kristin Homme er nytt styremedlem. Eirik "
              "Nomeland og Marit Åsland fortsetter."),
        ("sign", "{g:Seljord}, 14. februar 2023",
         [("Tone Haugland", "styreleder"), ("Olav Berge Straume", "nestleder"), ("Marit Åsland", "styremedlem"),
          ("Eirik Nomeland", "styremedlem"), ("Hege Tveiten", "styremedlem"), ("Bodil Rinde", "daglig leder")],
         {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "6 Årsregnskap"),
        ("stmt", result, {"title": "Resultatregnskap 2022"}),
        ("stmt", bal, {"title": "Balanse per 31. desember 2022"}),
        ("h", 1, "7 Noter"),
        ("bh", "Note 1 Regnskapsprinsipper", {"size": 10}),
        ("p", "Årsregnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak.", {"size": 9}),
        ("bh", "Note 2 Tilskudd fra eierkommunene", {"size": 10}),
        ("p", "Tilskuddet fordeles etter eierandel. {g:Vinje} kommunes andel var 2 066 400 kroner.", {"size": 9}),
        ("bh", "Note 3 Andre tilskudd", {"size": 10}),
        ("p", "Tilskudd fra Bufdir til barnetiltak og fra Gjensidigestiftelsen til aktiviteter.", {"size": 9}),
        ("bh", "Note 4 Lønn, pensjon og godtgjørelser", {"size": 10}),
        ("table", [["", "2022", "2021"],
                   ["Lønn", "6 512 300", "6 246 180"],
                   ["Arbeidsgiveravgift", "612 400", "590 720"],
                   ["Pensjonskostnader", "1 088 150", "1 052 600"],
                   ["Andre ytelser", "109 600", "108 820"],
                   ["Sum", "8 322 450", "7 998 320"]], {"size": 8.5, "widths": [6.0, 3.0, 3.0]}),
        ("p", "Daglig leder hadde lønn på 812 000 kroner. Styrehonorar var 145 000 kroner, av dette "
              "45 000 kroner til styreleder. Revisjonshonorar var 58 000 kroner. Selskapet er medlem av "
              "KLP, og ordningen er regnskapsført som ytelsesplan.", {"size": 9}),
        ("bh", "Note 5 Varige driftsmidler", {"size": 10}),
        ("p", "Inventar og utstyr avskrives lineært over fem til ti år.", {"size": 9}),
        ("bh", "Note 6 Bankinnskudd", {"size": 10}),
        ("p", "Bundne skattetrekksmidler utgjør 298 400 kroner.", {"size": 9}),
        ("pagebreak",),
        ("h", 1, "8 Revisors beretning"),
        ("p", "Til representantskapet i Krisesenteret i Øvre Telemark IKS", {"bold": True}),
        ("p", "Konklusjon", {"bold": True}),
        ("p", "Vi har revidert årsregnskapet for Krisesenteret i Øvre Telemark IKS. Etter vår mening "
              "oppfyller årsregnskapet gjeldende lovkrav og gir et rettvisende bilde av selskapets "
              "finansielle stilling per 31. desember 2022 og av resultatet for regnskapsåret."),
        ("p", "Øvrig informasjon, styrets og daglig leders ansvar og revisors oppgaver følger av "
              "standardteksten i ISA 700 og er ikke gjentatt her."),
        ("p", "{g:Skien}, 10. mars 2023"),
        ("p", "Tinnsjø Revisjon AS"),
        ("p", "Aslak Momrak"),
        ("p", "statsautorisert revisor"),
    ]
    return {
        "name": "ovre-telemark-krisesenter-2022", "year": 2022,
        "title": "Krisesenteret i Øvre Telemark IKS – Årsrapport 2022",
        "header": "Årsrapport 2022 | Krisesenteret i Øvre Telemark IKS", "footer": "{PAGE}",
        "footer_align": "right", "heading_colour": "5B2A4E",
        "organization": {"name": "Krisesenteret i Øvre Telemark IKS", "founded_year": 2010,
                         "address": "Postboks 118, 3840 Seljord", "phone": "35 06 41 90",
                         "email": "post@krisesenteret-ot.no",
                         "owners": [{"name": f"{k} kommune", "share_percent": sh} for k, sh, _ in owners]},
        "ceo": "Bodil Rinde",
        "board": board,
        "not_board": ["Gunnar Kleppen", "Aslaug Nordbø", "Bjørn Sauar", "Sigrid Haugen Nylund", "Kjetil Momrak",
                      "Sondre Vaa", "Liv Kristin Homme", "Kari Nordbø", "Anne Grete Vik", "Tarjei Vassbotn",
                      "Per Arne Olsen Lie", "Aslak Momrak"],
        "not_places": ["Sør-Øst politidistrikt", "Øvre Telemark"],
        "items": items + [("p", "Krisesenteret i Øvre Telemark IKS · Postboks 118, 3840 {g:Seljord} · "
                                "Telefon 35 06 41 90 (døgnåpen) · post@krisesenteret-ot.no", {"size": 8})],
        "renditions": ["docx", "pdf"],
        "notes": "Long (9 pages): owners with shares, a representantskap of ordførere with deputies in an "
                 "unruled table, the board as 'Role: Name, Place' lines with an employee-elected member and "
                 "deputies in one line, a new styre elected after year-end, staff, the auditor.",
    }


# ---------------------------------------------------------------------------------------------
# 3. A kommunal næringshage AS with a majority-owner kommune and a konsern: the board only in the
#    signatures under styrets årsberetning and a deputy in a sentence, the ordfører at the
#    generalforsamling, the subsidiary's own board, a member replaced after year-end, statements
#    with Morselskap and Konsern column groups.

def gnist_naeringshage_2021() -> dict:
    owners = [("Lyngdal kommune", 51.0), ("Kvåsfossen Invest AS", 24.5), ("Lyngdal Næringsforum", 14.5),
              ("Austad Holding AS", 10.0)]
    board = [("Trine Lise Salvesen", "LEDE", None), ("Reidar Eikeland", "NEST", None),
             ("Ann Kristin Skeibrok", "MEDL", None), ("Geir Øvland", "MEDL", None),
             ("Marianne Fidjeland", "VARA", None)]
    inc = [("Salgsinntekter", "", [3_412_600, 3_108_400, 3_412_600, 3_108_400]),
           ("Leieinntekter", "", [1_986_000, 1_942_500, 3_318_200, 3_205_900]),
           ("Offentlige tilskudd", "2", [1_450_000, 1_600_000, 1_450_000, 1_600_000])]
    cost = [("Lønnskostnad", "3", [3_874_300, 3_702_100, 3_874_300, 3_702_100]),
            ("Husleie", "", [1_740_000, 1_712_000, None, None]),
            ("Avskrivning på driftsmidler", "4", [42_800, 38_600, 612_300, 598_700]),
            ("Annen driftskostnad", "", [1_011_240, 1_084_900, 1_622_870, 1_701_450])]
    fin = [("Finansinntekter", "", [6_100, 4_800, 7_900, 6_200]),
           ("Finanskostnader", "", [-1_900, -2_400, -412_400, -458_300])]
    lines = income("nb", 4, inc, cost, fin, tax=("Skattekostnad", "6", [40_580, 28_410, 149_200, 86_300]),
                   labels={"sum_cost": "Sum driftskostnader", "inc": "Driftsinntekter og driftskostnader",
                           "cost": None, "fin": None})
    res = {line.label: line.values for line in lines}["Årsresultat"]
    cols = [Col("2021", 2021), Col("2020", 2020), Col("2021", 2021, OTHER), Col("2020", 2020, OTHER)]
    result = Statement("Resultatregnskap", cols, lines, note_col="Note", label_header="Beløp i kr")
    other = [1_210_300, 3_884_000]
    bal_lines = balance(
        "nb", 4,
        fixed=[("Bygninger og tomt", "4", [None, None, 18_412_000, 18_381_500]),
               ("Driftsmidler, inventar", "4", [128_400, 151_200, 128_400, 151_200]),
               ("Aksjer i datterselskap", "5", [2_000_000, 2_000_000, None, None])],
        current=[("Kundefordringer", "", [412_900, 386_300, 528_700, 491_600]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [1_000_000, 1_000_000, 1_000_000, 1_000_000]),
                ("Annen egenkapital", "", [round(other[0] + res[0]), other[0], round(other[1] + res[2]), other[1]])],
        long=[("Gjeld til kredittinstitusjoner", "7", [None, None, 12_600_000, 13_200_000])],
        short=[("Leverandørgjeld", "", [186_300, 204_900, 241_800, 266_400]),
               ("Betalbar skatt", "6", [40_580, 28_410, 149_200, 86_300]),
               ("Skyldige offentlige avgifter", "", [318_700, 301_200, 344_100, 322_800]),
               ("Annen kortsiktig gjeld", "", [402_100, 366_800, 517_900, 471_600])])
    bank = {line.label: line.values for line in bal_lines}["Bankinnskudd"]
    assert all(v > 0 for v in bank), bank
    bal = Statement("Balanse", cols, bal_lines, note_col="Note", label_header="Beløp i kr")
    groups = [("Morselskap", 2), ("Konsern", 2)]
    items = [
        ("p", "GNIST NÆRINGSHAGE AS", {"size": 20, "bold": True}),
        ("p", "Årsrapport 2021", {"size": 15}),
        ("p", "Gnist Næringshage AS er en del av Sivas næringshageprogram og et møtested for små og "
              "nye bedrifter i {g:Lister}-regionen. Næringshagen holder til i det gamle meieriet på "
              "Fabrikkveien i {g:Lyngdal} sentrum."),
        ("h", 1, "Daglig leder har ordet"),
        ("p", "2021 ble et år med vekst for bedriftene i næringshagen. Ved utgangen av året hadde vi 24 "
              "leietakere med til sammen 97 arbeidsplasser, og utleiegraden i bygget var "
              "{p:87 %|utleiegraden}. Tolv bedrifter deltok i utviklingsprogrammet vårt."),
        ("p", "Jeg vil takke ordfører Jan Kristensen og næringssjef Hilde Rosnes Vatne i {g:Lyngdal} "
              "kommune for et tett samarbeid om etableringstjenesten, og styret for god støtte."),
        ("p", "Kjell Arne Birkeland, daglig leder", {"italic": True}),
        ("h", 1, "Nøkkeltall"),
        ("table", [["", "2019", "2020", "2021"],
                   ["Leietakere", "19", "21", "24"],
                   ["Arbeidsplasser i næringshagen", "78", "84", "97"],
                   ["Bedrifter i utviklingsprogram", "9", "11", "12"],
                   ["Etablererveiledninger", "61", "74", "88"],
                   ["Utleiegrad", "{p:79 %}", "{p:83 %}", "{p:87 %}"]], {"widths": [7.0, 2.4, 2.4, 2.4]}),
        ("h", 1, "Eierforhold"),
        ("p", "Selskapet har en aksjekapital på 1 000 000 kroner fordelt på 1 000 aksjer. Eierne per "
              "31.12.2021:"),
        ("table", [["Aksjonær", "Aksjer", "Eierandel"]]
                  + [[f"{{g:Lyngdal}} kommune" if n == "Lyngdal kommune" else n, str(int(sh * 10)),
                      f"{{p:{str(sh).replace('.', ',').replace(',0', '')} %}}"] for n, sh in owners],
         {"ruled": False, "widths": [7.0, 2.4, 2.4]}),
        ("p", "Ordinær generalforsamling ble holdt 6. mai 2021. Ordfører Jan Kristensen møtte for "
              "{g:Lyngdal} kommune."),
        ("h", 1, "Styrets årsberetning 2021"),
        ("h", 2, "Virksomhetens art og lokalisering"),
        ("p", "Gnist Næringshage AS skal bidra til nyskaping og vekst i næringslivet i {g:Lyngdal} og "
              "regionen gjennom kontorfellesskap, rådgivning og nettverk. Selskapet driver "
              "etableringstjenesten for {g:Lyngdal} kommune etter avtale. Selskapet eier "
              "{p:100 %|eier} av aksjene i Gnist Eiendom AS, som eier næringsbygget. Morselskapet og "
              "datterselskapet utgjør konsernet."),
        ("h", 2, "Styret"),
        ("p", "Styret har hatt åtte møter i 2021. Varamedlem til styret er Marianne Fidjeland. Styret i "
              "datterselskapet Gnist Eiendom AS består av Kjell Arne Birkeland (styreleder) og Sissel "
              "Omdal. På generalforsamlingen 4. mai 2022 gikk Geir Øvland ut av styret, og Thomas "
              "Rosseland ble valgt som nytt styremedlem."),
        ("h", 2, "Fortsatt drift"),
        ("p", f"Morselskapets årsresultat ble {kr(res[0])} kroner og konsernets {kr(res[2])} kroner. "
              "Forutsetningen om fortsatt drift er til stede, og årsregnskapet er satt opp under den "
              "forutsetningen."),
        ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Selskapet har fem ansatte, tre kvinner og to menn. Sykefraværet var {p:3,6 %|sykefraværet}. "
              "Styret består av to kvinner og to menn. Virksomheten påvirker ikke det ytre miljø utover "
              "vanlig kontordrift."),
        ("h", 2, "Disponering av årsresultatet"),
        ("p", f"Styret foreslår at morselskapets årsresultat på {kr(res[0])} kroner overføres til annen "
              "egenkapital."),
        ("sign", "{g:Lyngdal}, 22. mars 2022",
         [("Trine Lise Salvesen", "Styreleder"), ("Reidar Eikeland", "Nestleder"),
          ("Ann Kristin Skeibrok", "Styremedlem"), ("Geir Øvland", "Styremedlem"),
          ("Kjell Arne Birkeland", "Daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("groupstmt", result, groups, {"title": "Resultatregnskap 2021"}),
        ("groupstmt", bal, groups, {"title": "Balanse per 31.12.2021"}),
        ("h", 1, "Noter til regnskapet 2021"),
        ("bh", "Note 1 Regnskapsprinsipper", {"size": 10}),
        ("p", "Årsregnskapet er utarbeidet etter regnskapsloven og god regnskapsskikk for små foretak. "
              "Konsernregnskapet omfatter Gnist Næringshage AS og Gnist Eiendom AS. Interne "
              "transaksjoner er eliminert.", {"size": 9}),
        ("bh", "Note 2 Offentlige tilskudd", {"size": 10}),
        ("p", "Tilskudd fra Siva til næringshageprogrammet og fra {g:Agder} fylkeskommune til "
              "inkubasjon.", {"size": 9}),
        ("bh", "Note 3 Lønnskostnad og godtgjørelser", {"size": 10}),
        ("p", "Daglig leders lønn var 958 000 kroner. Styrehonorar utgjorde 120 000 kroner. "
              "Revisjonshonorar var 46 500 kroner.", {"size": 9}),
        ("bh", "Note 4 Varige driftsmidler", {"size": 10}),
        ("p", "Næringsbygget avskrives over 50 år, inventar over fem år.", {"size": 9}),
        ("bh", "Note 5 Datterselskap", {"size": 10}),
        ("table", [["Selskap", "Kontor", "Eierandel", "Bokført verdi"],
                   ["Gnist Eiendom AS", "{g:Lyngdal}", "{p:100 %}", "2 000 000"]], {"size": 9}),
        ("bh", "Note 6 Skatt", {"size": 10}),
        ("p", "Betalbar skatt er beregnet med {p:22 %|skatt} av skattemessig resultat.", {"size": 9}),
        ("bh", "Note 7 Pantstillelser", {"size": 10}),
        ("p", "Gjeld til kredittinstitusjoner i datterselskapet er sikret med pant i næringsbygget.", {"size": 9}),
        ("p", "Revisor: Sørlandsrevisjon Lister AS, ved statsautorisert revisor Svein Olav Tjørhom.",
         {"italic": True, "size": 9}),
    ]
    return {
        "name": "gnist-naeringshage-2021", "year": 2021,
        "title": "Gnist Næringshage AS – Årsrapport 2021",
        "footer": "Gnist Næringshage AS · Fabrikkveien 12, 4580 {g:Lyngdal} · www.gnist-nh.no",
        "footer_align": "left", "heading_colour": "B0471E",
        "organization": {"name": "Gnist Næringshage AS", "address": "Fabrikkveien 12, 4580 Lyngdal",
                         "website": "www.gnist-nh.no",
                         "owners": [{"name": n, "share_percent": sh} for n, sh in owners]},
        "ceo": "Kjell Arne Birkeland",
        "board": board,
        "not_board": ["Jan Kristensen", "Hilde Rosnes Vatne", "Sissel Omdal", "Thomas Rosseland",
                      "Svein Olav Tjørhom"],
        "not_places": ["Sørlandsrevisjon Lister", "Lyngdal Næringsforum"],
        "key_figures_optional": [],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "The board only in the signature block and a deputy in a sentence; the owner kommune's "
                 "ordfører and næringssjef, the subsidiary's board (the daglig leder as its chair), a "
                 "member replaced after year-end; Morselskap and Konsern column groups (konsern optional).",
    }


REPORTS = [mjosstrand_friluftsrad_2017, ovre_telemark_krisesenter_2022, gnist_naeringshage_2021]
