"""Reports of the twenty-seventh held-out set (first half): a designed 2021 report of a Viken
arbeidsinkluderingsbedrift printed from a browser layout, a nynorsk vekstbedrift in Vestland and
a typed 1998 attføringsbedrift in Hedmark. All organisations, people and figures are invented;
places are real and valid in the report's year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, Col, Statement, balance, income


def kr(value: float) -> str:
    """Whole kroner with space thousands, as the prose prints them ("1 012 622")."""
    return f"{round(value):,}".replace(",", " ")


def result_of(lines) -> list[float]:
    """The last line of an income statement: the year's result, per column."""
    return lines[-1].values


def esign_name(name: str) -> str:
    """"Surname, Given names" as a signing service prints a signer."""
    given, _, surname = name.rpartition(" ")
    return f"{surname}, {given}"


# ---------- 1. Dalsvingen Arbeid AS 2021: a designed report, two text columns, Chromium ----------

def dalsvingen_arbeid_2021() -> dict:
    board = [("Kari Anne Nordli", "LEDE", False), ("Jostein Ravnå", "NEST", False),
             ("Berit Holm Sandvik", "MEDL", False), ("Amir Haddad", "MEDL", False),
             ("Linda Skovli", "MEDL", True), ("Gunnar Tveter", "VARA", None)]
    ceo = "Mona Hilstad Eriksen"
    cols = [Col("2021", 2021), Col("2020", 2020)]
    inc = income(
        "nb", 2,
        [("Salgsinntekter", "", [21_486_310, 19_874_226]),
         ("Tilskudd fra NAV", "2", [24_930_412, 23_802_118]),
         ("Tilskudd fra kommunen", "2", [3_312_000, 3_240_000]),
         ("Andre driftsinntekter", "", [418_930, 366_105])],
        [("Varekostnad", "", [6_102_447, 5_590_318]),
         ("Lønnskostnader", "3", [34_770_581, 33_104_962]),
         ("Avskrivning på driftsmidler", "4", [1_211_600, 1_180_245]),
         ("Andre driftskostnader", "", [6_908_212, 6_621_840])],
        [("Finansinntekter", "", [46_220, 71_904]), ("Finanskostnader", "", [-188_410, -204_537])])
    result = result_of(inc)
    res = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i kroner")
    bal = Statement("Balanse pr. 31.12.2021", cols, balance(
        "nb", 2,
        [("Bygninger og tomt", "4", [9_820_000, 10_245_000]),
         ("Maskiner, inventar og biler", "4", [2_914_330, 3_006_118])],
        [("Varelager", "", [1_208_450, 1_102_390]), ("Kundefordringer", "", [2_480_915, 2_210_670]),
         ("Andre fordringer", "", [512_300, 488_940]), ("Bankinnskudd", "5", "plug")],
        [("Aksjekapital", "6", [1_000_000, 1_000_000]), ("Annen egenkapital", "6", [14_246_474 + result[0], 14_246_474])],
        [("Pantelån", "7", [5_640_000, 6_020_000])],
        [("Leverandørgjeld", "", [1_402_611, 1_288_305]), ("Skyldige offentlige avgifter", "", [2_618_442, 2_509_880]),
         ("Annen kortsiktig gjeld", "", [3_310_274, 3_106_122])]),
        note_col="Note", label_header="Beløp i kroner")
    signers = [("Kari Anne Nordli", "Styreleder"), ("Jostein Ravnå", "Nestleder"),
               ("Berit Holm Sandvik", "Styremedlem"), ("Amir Haddad", "Styremedlem"),
               ("Linda Skovli", "Styremedlem"), (ceo, "Daglig leder")]
    items = [
        ("h", 1, "Årsrapport 2021"),
        ("p", "Dalsvingen Arbeid AS · {g:Lillestrøm} · stiftet 1991"),
        ("facts", ["2021 i tall", "48 godkjente VTA-plasser", "36 plasser i AFT", "9 lærekandidater",
                   "112 deltakere i løpet av året", "37,4 årsverk",
                   "{p:58 %|gikk ut i arbeid eller utdanning} av dem som avsluttet AFT gikk ut i arbeid eller utdanning"]),
        ("p", "Innhold: Daglig leder har ordet 1 · Varig tilrettelagt arbeid 2 · Arbeidsforberedende trening 2 · "
              "Lærekandidater 2 · VTA i ordinær virksomhet 2 · Avdelingene 3 · Våre folk 4 · "
              "Styrets årsberetning 5 · Årsregnskap 6 · Noter 7", {"small": True}),
        ("h", 2, "Daglig leder har ordet"),
        ("cols", [
            ("p", "2021 ble nok et år der pandemien satte rammene, men det ble også året der vi flyttet "
                  "vaskeriet inn i nye lokaler på {g:Kjeller} og åpnet kafeen i sentrum av {g:Lillestrøm} for "
                  "fullt igjen. Deltakerne har stått på gjennom nedstengning, kohorter og munnbind, og jeg er "
                  "imponert over hvor raskt alle tok i bruk nye rutiner."),
            ("p", "«Her blir jeg sett, og jeg vet hva jeg skal gjøre når jeg kommer om morgenen.»", {"italic": True}),
            ("p", "Vi har hatt et tett samarbeid med NAV Lillestrøm og NAV Øst-Viken. En særlig takk til "
                  "markedskoordinator Heidi Brattli, som har hjulpet oss med å finne praksisplasser i "
                  "lokalt næringsliv, og til rådgiver Sverre Lium i {g:Lillestrøm kommune|Lillestrøm}."),
            ("p", "I juni takket Per Arne Skogstad for seg etter ti år som styreleder. Han har betydd mye "
                  "for bedriften, og vi er glade for at han fortsatt stiller opp som frivillig i kafeen."),
            ("p", "Vi ser fram mot 2022 med mange nye oppdrag og en økonomi i balanse."),
            ("p", "Mona Hilstad Eriksen, daglig leder", {"italic": True}),
        ]),
        ("p", "Foto: Deltaker Sander Vik og arbeidsleder Line Aas i det nye vaskeriet på {g:Kjeller}.",
         {"small": True, "italic": True}),
        ("pagebreak",),
        ("h", 2, "Varig tilrettelagt arbeid (VTA)"),
        ("cols", [
            ("p", "Dalsvingen Arbeid AS har 48 godkjente plasser for varig tilrettelagt arbeid. Tiltaket er "
                  "for personer som har eller forventer å få innvilget uføretrygd, og som har behov for "
                  "spesiell tilrettelegging og tett oppfølging."),
            ("p", "I 2021 hadde 53 personer et VTA-tilbud hos oss i løpet av året. Arbeidet skjer i "
                  "vaskeriet, på monteringsavdelingen og i vedproduksjonen på {g?:Sørum}."),
            ("p", "Fem arbeidstakere sluttet i løpet av året, to av dem fordi de fikk en deltidsjobb i "
                  "ordinært arbeidsliv."),
        ]),
        ("table", [["Tiltak", "Godkjente plasser", "Deltakere i året", "Snittbelegg"],
                   ["VTA", "48", "53", "{p:98,6 %}"],
                   ["AFT", "36", "71", "{p:94,2 %}"],
                   ["VTO", "6", "6", "{p:100 %}"],
                   ["Lærekandidater", "9", "9", "–"]]),
        ("h", 2, "Arbeidsforberedende trening (AFT)"),
        ("cols", [
            ("p", "AFT er et tiltak der deltakerne prøver ut sine muligheter i arbeid i en trygg ramme. "
                  "Bedriften har 36 plasser i AFT, og i 2021 deltok 71 personer."),
            ("p", "Av de 45 som avsluttet tiltaket gikk {p:58 %|ut i arbeid eller utdanning} ut i "
                  "arbeid eller utdanning. Målet i avtalen med NAV er {p:50 %|målet i avtalen}."),
            ("p", "Jobbspesialist Ahmed Yusuf følger deltakerne ut i bedrifter i {g:Lillestrøm}, "
                  "{g:Nittedal} og {g:Lørenskog}."),
        ]),
        ("p", "«Jeg hadde ikke trodd jeg skulle ha fast jobb igjen.» – tidligere AFT-deltaker, nå ansatt "
              "i en byggvarehandel på {g?:Strømmen}", {"italic": True}),
        ("h", 2, "Lærekandidater"),
        ("p", "Ni lærekandidater tok praksisbrev eller kompetansebevis i salgs- og kontorfag og "
              "renholdsoperatørfaget. Opplæringen skjer i samarbeid med {g:Viken fylkeskommune|Viken}, og to "
              "kandidater tok fagprøve i 2021."),
        ("h", 2, "VTA i ordinær virksomhet (VTO)"),
        ("p", "Bedriften har 6 plasser for VTA i ordinær virksomhet. Arbeidstakerne er ansatt i "
              "butikker og på et bakeri, med oppfølging fra oss."),
        ("pagebreak",),
        ("h", 2, "Avdelingene"),
        ("cols", [
            ("bh", "Vaskeriet"),
            ("p", "Vaskeriet vasker for to sykehjem, en barnehage og flere bedrifter. Volumet økte med "
                  "{p:18 %|Volumet økte} etter flyttingen, og vi har ansatt en ny arbeidsleder."),
            ("bh", "Montering og pakking"),
            ("p", "Avdelingen monterer koblingsbokser og pakker reservedeler for industrikunder på "
                  "{g?:Gardermoen} og {g?:Leirsund}. Oppdragene gir variert arbeid for 19 arbeidstakere."),
            ("bh", "Kafé Svingen"),
            ("p", "Kafeen i sentrum er en treningsarena for AFT-deltakere som vil jobbe i serverings- og "
                  "butikkfag. Den var stengt i sju uker i vinter, men omsatte likevel mer enn i 2019."),
            ("bh", "Ved og vedlikehold"),
            ("p", "Vi produserte 2 900 sekker ved og hadde vedlikeholdsavtaler med 14 borettslag."),
        ]),
        ("p", "«Dalsvingen leverer til avtalt tid hver uke, og folkene deres er en del av miljøet her,» "
              "sier driftssjef Knut Erling Moe i Kjellerbyen Sykehjem.", {"italic": True}),
        ("p", "Foto: Arbeidstaker Kristoffer Berg pakker ved sammen med arbeidsleder Anita Sund.",
         {"small": True, "italic": True}),
        ("h", 2, "Hovedtall 2017–2021"),
        ("table", [["", "2021", "2020", "2019", "2018", "2017"],
                   ["Driftsinntekter (mill. kr)", "50,1", "47,3", "48,6", "46,0", "44,2"],
                   ["Deltakere i alt", "142", "131", "138", "127", "121"],
                   ["Overgang til arbeid eller utdanning (AFT)", "{p:58 %}", "{p:49 %}", "{p:53 %}",
                    "{p:51 %}", "{p:47 %}"]]),
        ("pagebreak",),
        ("h", 2, "Våre folk"),
        ("p", "Ved utgangen av 2021 hadde bedriften 41 ansatte i 37,4 årsverk, i tillegg til "
              "arbeidstakerne på VTA. Arbeidslederne har fagbrev eller annen relevant utdanning."),
        ("table", [["", "2021", "2020", "2019"],
                   ["Ansatte", "41", "39", "38"],
                   ["Årsverk", "37,4", "35,8", "35,1"],
                   ["Sykefravær", "{p:7,8 %}", "{p:8,4 %}", "{p:6,9 %}"],
                   ["Andel kvinner", "{p:54 %}", "{p:51 %}", "{p:50 %}"]]),
        ("p", "Bildet: Lærekandidat Thea Holm og faglig leder Tor Egil Rud under fagprøven i mai.",
         {"small": True, "italic": True}),
        ("bh", "Ledergruppen"),
        ("table", [["Navn", "Stilling"], ["Mona Hilstad Eriksen", "Daglig leder"],
                   ["Espen Brekke", "Økonomileder"], ["Camilla Gran", "Avdelingsleder AFT"],
                   ["Tor Egil Rud", "Faglig leder, lærekandidater"], ["Hilde Marie Lie", "Avdelingsleder VTA"]],
         {"ruled": False}),
        ("bh", "Kvalitet"),
        ("p", "Bedriften er sertifisert etter EQUASS Assurance. {p:92 %|deltakerne svarte at de var "
              "fornøyde} av deltakerne svarte at de var fornøyde eller svært fornøyde i "
              "brukerundersøkelsen. Arbeidsmiljøutvalget ledes av verneombud Kjetil Aas."),
        ("pagebreak",),
        ("h", 2, "Styrets årsberetning 2021"),
        ("cols", [
            ("bh", "Virksomhetens art og lokalisering"),
            ("p", "Dalsvingen Arbeid AS er en arbeidsinkluderingsbedrift med forretningsadresse i "
                  "Industriveien 14, 2008 Fjerdingby i {g:Lillestrøm} kommune, {g:Viken}. Selskapet eies av "
                  "{g:Lillestrøm kommune|Lillestrøm} ({p:90 %|Lillestrøm kommune}) og {g:Rælingen kommune|Rælingen} "
                  "({p:10 %|Rælingen kommune}). Selskapet har som formål å gi arbeid og kvalifisering "
                  "til personer med nedsatt arbeidsevne, og deler ikke ut utbytte."),
            ("bh", "Fortsatt drift"),
            ("p", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Styret mener "
                  "forutsetningen er til stede."),
            ("bh", "Arbeidsmiljø og likestilling"),
            ("p", "Sykefraværet var {p:7,8 %|Sykefraværet var} mot {p:8,4 %|Sykefraværet var} året før. "
                  "Det er ikke registrert skader eller ulykker av betydning. Styret består av tre kvinner "
                  "og to menn."),
            ("bh", "Ytre miljø"),
            ("p", "Bedriften forurenser ikke det ytre miljø utover det som er normalt for bransjen."),
            ("bh", "Resultat og disponering"),
            ("p", f"Årsresultatet på {kr(result[0])} kroner overføres til annen egenkapital."),
            ("bh", "Hendelser etter balansedagen"),
            ("p", "Styremedlem Amir Haddad har varslet at han ikke tar gjenvalg. Valgkomiteen, ledet av "
                  "Randi Kjos, foreslår Ingrid Haugseth som nytt styremedlem fra generalforsamlingen "
                  "i 2022."),
        ]),
        ("grid", [("Kari Anne Nordli", ["Styreleder"]), ("Jostein Ravnå", ["Nestleder"]),
                  ("Berit Holm Sandvik", ["Styremedlem"]), ("Amir Haddad", ["Styremedlem"]),
                  ("Linda Skovli", ["Styremedlem", "ansattes representant"]),
                  ("Gunnar Tveter", ["Varamedlem"])], {"per_row": 3, "title": "Styret i 2021"}),
        ("p", "Revisor er Revisjon Øst AS ved statsautorisert revisor Elin Tangen.", {"small": True}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2021"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2021"}),
        ("h", 2, "Noter"),
        ("p", "Note 1 Regnskapsprinsipper. Årsregnskapet er satt opp etter regnskapsloven og god "
              "regnskapsskikk for små foretak.", {"small": True}),
        ("p", "Note 2 Offentlige tilskudd. Tilskuddene gjelder VTA, AFT og lærekandidatordningen, samt "
              "kommunal medfinansiering av VTA.", {"small": True}),
        ("p", "Note 3 Lønnskostnader. Lønn til daglig leder utgjorde 1 012 400 kroner. Styrehonorar var "
              "samlet 96 000 kroner.", {"small": True}),
        ("p", "Note 7 Pantelån. Lånet er sikret med pant i bygningene og nedbetales over 15 år.", {"small": True}),
        ("pagebreak",),
        ("bh", "Dokumentet er signert elektronisk"),
        ("p", "Signaturene under er bekreftet med BankID. Signeringsoppdrag 4F7C-21A9.", {"small": True}),
        *[("p", f"{esign_name(n)} · {r} · signert 17.03.2022") for n, r in signers],
    ]
    return {
        "name": "dalsvingen-arbeid-2021", "lang": "nb", "year": 2021,
        "title": "Dalsvingen Arbeid AS – Årsrapport 2021",
        "organization": {"name": "Dalsvingen Arbeid AS", "founded_year": 1991,
                         "address": "Industriveien 14, 2008 Fjerdingby",
                         "owners": [{"name": "Lillestrøm kommune", "share_percent": 90.0},
                                    {"name": "Rælingen kommune", "share_percent": 10.0}]},
        "ceo": ceo, "board": board,
        "not_board": ["Per Arne Skogstad", "Ingrid Haugseth", "Randi Kjos", "Heidi Brattli", "Sverre Lium",
                      "Elin Tangen", "Ahmed Yusuf", "Line Aas", "Tor Egil Rud", "Sander Vik", "Thea Holm",
                      "Knut Erling Moe", "Kristoffer Berg", "Anita Sund", "Espen Brekke", "Camilla Gran",
                      "Hilde Marie Lie", "Kjetil Aas"],
        "places_optional": ["Fjerdingby"], "not_places": ["NAV Lillestrøm", "Kjellerbyen Sykehjem"],
        "programs": {"VTA": 48, "AFT": 36, "VTO": 6},
        "accent": "2E6E4E", "shade": "E3EFE8",
        "items": items, "renditions": ["chrome"],
        "notes": "Designed report printed by Chromium: two text columns, a key-figure box, pull quotes, "
                 "photo captions naming staff and participants, board cards, e-signature lines "
                 "\"Surname, Given names\". Traps: the former chair thanked, the valgkomité's leader and "
                 "proposed member, NAV and kommune contacts, the auditor.",
    }


# ---------- 2. Brekkeli Vekst AS 2022: nynorsk, Sunnfjord (Vestland) ----------

def brekkeli_vekst_2022() -> dict:
    board = [("Anne Grete Solheim", "LEDE", False), ("Leif Arne Hjelmeland", "NEST", False),
             ("Marit Øvrebø", "MEDL", False), ("Jon Ivar Hovland", "MEDL", True),
             ("Solveig Fure Tangen", "VARA", None)]
    ceo = "Terje Rygg"
    cols = [Col("2022", 2022), Col("2021", 2021)]
    inc = income(
        "nn", 2,
        [("Sal av varer og tenester", "", [3_912_450, 3_604_118]),
         ("Tilskot frå NAV", "", [4_806_300, 4_610_880]),
         ("Kommunalt tilskot", "", [620_000, 600_000])],
        [("Varekostnad", "", [1_108_220, 996_407]), ("Lønskostnader", "", [6_904_115, 6_611_230]),
         ("Avskrivingar", "", [214_600, 208_900]), ("Andre driftskostnader", "", [1_006_842, 951_306])],
        [("Netto finanspostar", "", [12_410, 4_118])], labels={"net_fin": None})
    result = result_of(inc)
    res = Kroner("Resultatrekneskap", cols, inc, label_header="", render="unruled")
    bal = Kroner("Balanse 31.12.2022", cols, balance(
        "nn", 2,
        [("Driftsmidlar og bilar", "", [1_086_300, 1_214_900])],
        [("Varelager", "", [302_110, 288_450]), ("Kundefordringar", "", [514_620, 470_212]),
         ("Bankinnskot", "", "plug")],
        [("Aksjekapital", "", [300_000, 300_000]), ("Annan eigenkapital", "", [2_301_547 + result[0], 2_301_547])],
        [],
        [("Leverandørgjeld", "", [288_140, 301_488]), ("Skuldige offentlege avgifter", "", [604_207, 586_934]),
         ("Anna kortsiktig gjeld", "", [402_118, 388_902])]),
        label_header="", render="unruled")
    items = [
        ("bh", "Årsmelding 2022", {"size": 18}),
        ("p", "Brekkeli Vekst AS, Fabrikkvegen 3, 6800 {g:Førde} · post@brekkeli.no · 57 82 41 00"),
        ("h", 2, "Om verksemda"),
        ("p", "Brekkeli Vekst AS er ei vekstbedrift i {g:Sunnfjord} kommune i {g:Vestland}. Bedrifta "
              "vart skipa i 1988 og held til i eigne lokale på {g:Førde}, med ei avdeling i {g:Naustdal}. "
              "{g:Sunnfjord kommune|Sunnfjord} eig {p:100 %|eig} av aksjane."),
        ("p", "Vi har 22 godkjende plassar for varig tilrettelagt arbeid (VTA) og 8 plassar i "
              "arbeidsførebuande trening (AFT). Arbeidstakarane lagar ved, pakkar for lokale "
              "verksemder, driv vaskeri og har ansvar for kantina på rådhuset."),
        ("h", 2, "Året som gjekk"),
        ("p", "Etter to år med smittevern kunne vi endeleg opne dørene att. Vedsalet auka med "
              "{p:14 prosent|Vedsalet auka} frå året før, og vi fekk ny avtale om reinhald med "
              "kyrkjelyden i {g:Jølster}."),
        ("p", "Samarbeidet med NAV Sunnfjord har vore godt. Vi vil takke rettleiar Sigrid Fure for "
              "godt samarbeid om AFT-deltakarane. Av dei som avslutta AFT i 2022, gjekk fem av ni "
              "over i arbeid eller skule."),
        ("h", 2, "Styret"),
        ("p", "Generalforsamlinga vart halden 9. mai 2022. Ordførar Kåre Nes møtte for eigaren. "
              "Olav Espeseth gjekk ut av styret etter åtte år, og vi takkar han for innsatsen."),
        ("table", [["Verv", "Namn", "Vald av"],
                   ["Styreleiar", "Anne Grete Solheim", "generalforsamlinga"],
                   ["Nestleiar", "Leif Arne Hjelmeland", "generalforsamlinga"],
                   ["Styremedlem", "Marit Øvrebø", "generalforsamlinga"],
                   ["Styremedlem", "Jon Ivar Hovland", "dei tilsette"],
                   ["Varamedlem", "Solveig Fure Tangen", "generalforsamlinga"]], {"widths": [3.5, 5.5, 4.5]}),
        ("p", "Styret har hatt seks møte og handsama 41 saker. Dagleg leiar er Terje Rygg."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Ved årsskiftet var det 9 tilsette i 8,2 årsverk. Sjukefråværet var "
              "{p:5,9 %|Sjukefråværet var}, mot {p:7,1 %|Sjukefråværet var} i 2021. Styret meiner "
              "arbeidsmiljøet er godt. Av dei tilsette er {p:56 %|Av dei tilsette er} kvinner."),
        ("p", "Verksemda ureinar ikkje det ytre miljøet. Føresetnaden om vidare drift er til stades."),
        ("h", 2, "Rekneskap"),
        ("p", f"Årsresultatet vart {kr(result[0])} kroner, som vert overført til annan eigenkapital."),
        ("stmt", res, {"title": "Resultatrekneskap 2022"}),
        ("stmt", bal, {"title": "Balanse 31.12.2022"}),
        ("p", "Revisor: Sunnfjord Revisjon AS ved statsautorisert revisor Håkon Eikås."),
        ("sign", "{g:Førde}, 14. mars 2023", [("Anne Grete Solheim", "styreleiar"),
                                           ("Leif Arne Hjelmeland", "nestleiar"),
                                           ("Marit Øvrebø", "styremedlem"),
                                           ("Jon Ivar Hovland", "styremedlem"),
                                           ("Terje Rygg", "dagleg leiar")], {"cols": 3}),
    ]
    return {
        "name": "brekkeli-vekst-2022", "lang": "nn", "year": 2022,
        "title": "Brekkeli Vekst AS – Årsmelding 2022",
        "organization": {"name": "Brekkeli Vekst AS", "founded_year": 1988,
                         "address": "Fabrikkvegen 3, 6800 Førde", "email": "post@brekkeli.no",
                         "phone": "57 82 41 00",
                         "owners": [{"name": "Sunnfjord kommune", "share_percent": 100.0}]},
        "ceo": ceo, "board": board,
        "not_places": ["NAV Sunnfjord", "Sunnfjord Revisjon AS"],
        "not_board": ["Kåre Nes", "Olav Espeseth", "Sigrid Fure", "Håkon Eikås"],
        "programs": {"VTA": 22, "AFT": 8},
        "font": "DejaVu Serif", "footer": "Brekkeli Vekst AS · Årsmelding 2022 · side {PAGE}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Nynorsk, short: board table Verv | Namn | Vald av (one chosen by the tilsette), "
                 "the ordførar at the generalforsamling and a leaver thanked, the NAV rettleiar, "
                 "Kroner statements unruled. The owner's 100 % is in words ('eig alle aksjane').",
    }


# ---------- 3. Vestmo Bedriftsservice AS 1998: typed attføringsbedrift, Elverum (Hedmark) ----------

def vestmo_bedriftsservice_1998() -> dict:
    board = [("Arne Kristian Bryhn", "LEDE", False), ("Gerd Opsahl", "NEST", False),
             ("Halvor Nyeng", "MEDL", False), ("Torill Haugen", "MEDL", True),
             ("Svein Erik Moen", "VARA", None), ("Randi Stai", "VARA", None)]
    ceo = "Bjørn Tore Rustad"
    cols = [Col("1998", 1998), Col("1997", 1997)]
    inc = income(
        "nb", 2,
        [("Salgsinntekter", "", [4_126_540, 3_880_212]),
         ("Driftstilskudd Aetat", "", [3_412_800, 3_298_400]),
         ("Tilskudd fra kommunen", "", [540_000, 520_000])],
        [("Varekjøp", "", [1_502_316, 1_401_880]), ("Lønn og sosiale kostnader", "", [5_618_204, 5_402_117]),
         ("Avskrivninger", "", [188_000, 176_500]), ("Andre driftskostnader", "", [702_415, 668_343])],
        [("Renteinntekter", "", [38_410, 31_206]), ("Rentekostnader", "", [-22_600, -26_140])],
        labels={"net_fin": "Netto finans"})
    result = result_of(inc)
    res = Kroner("Resultatregnskap", cols, inc, render="tabs")
    bal = Kroner("Balanse pr. 31.12.1998", cols, balance(
        "nb", 2,
        [("Maskiner og inventar", "", [612_000, 680_000])],
        [("Kundefordringer", "", [418_330, 396_102]), ("Varelager", "", [212_600, 190_440]),
         ("Bankinnskudd", "", "plug")],
        [("Aksjekapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [932_200 + result[0], 932_200])],
        [("Lån fra kommunen", "", [240_000, 280_000])],
        [("Leverandørgjeld", "", [196_204, 181_117]), ("Skyldige offentlige avgifter", "", [402_611, 388_540]),
         ("Annen kortsiktig gjeld", "", [116_300, 102_882])]),
        render="tabs")
    items = [
        ("p", "VESTMO BEDRIFTSSERVICE AS", {"bold": True, "size": 13}),
        ("p", "Postboks 112, 2401 {g:Elverum} – Telefon 62 41 08 30"),
        ("bh", "ÅRSBERETNING FOR 1998"),
        ("bh", "Virksomhetens art", {"size": 10}),
        ("p", "Vestmo Bedriftsservice AS er en attføringsbedrift i {g:Elverum} kommune i {g:Hedmark}, "
              "stiftet 1986. Bedriften er godkjent av Aetat Arbeidsdirektoratet som "
              "arbeidsmarkedsbedrift (AMB) med 24 plasser, og har i tillegg 12 plasser i "
              "ASVO-avdelingen for varig skjermet arbeid. Aksjene eies av {g:Elverum kommune|Elverum} "
              "({p:60 %|Elverum kommune}), {g:Hedmark fylkeskommune|Hedmark} ({p:30 %|Hedmark fylkeskommune}) "
              "og Vestmo Arbeidersamfunn ({p:10 %|Vestmo Arbeidersamfunn})."),
        ("bh", "Attføringsarbeidet", {"size": 10}),
        ("p", "I løpet av året var 61 personer innom bedriften på attføring. Av de 38 som avsluttet, "
              "gikk 17 til ordinært arbeid og 6 til utdanning, det vil si "
              "{p:60,5 prosent|gikk til arbeid eller utdanning} gikk til arbeid eller utdanning. "
              "Samarbeidet med Aetat Elverum har vært godt, og vi takker attføringskonsulent "
              "Reidun Bakke for stor innsats. Deltakerne kommer også fra {g:Åmot} og {g:Våler}."),
        ("bh", "Produksjon", {"size": 10}),
        ("p", "Bedriften driver snekkerverksted, vedproduksjon og kantine. Snekkerverkstedet leverte "
              "pallekarmer til flere bedrifter i {g:Glåmdalen}. Omsetningen økte med "
              "{p:6,3 %|Omsetningen økte}."),
        ("bh", "Styret", {"size": 10}),
        ("tablines", [["Styrets leder:", "Arne Kristian Bryhn"],
                      ["Nestleder:", "Gerd Opsahl"],
                      ["Styremedlem:", "Halvor Nyeng"],
                      ["Ansattes repr.:", "Torill Haugen"],
                      ["Varamedlemmer:", "Svein Erik Moen, Randi Stai"]], {"stops": (4.5,)}),
        ("p", "Ola Berget gikk ut av styret på generalforsamlingen 12. mai 1998 og ble erstattet av "
              "Halvor Nyeng. Styret har hatt 7 møter i 1998."),
        ("bh", "Arbeidsmiljø", {"size": 10}),
        ("p", "Bedriften hadde ved årsskiftet 11 fast ansatte. Sykefraværet var "
              "{p:6,2 %|Sykefraværet var}. Det har ikke vært ulykker. Bedriften forurenser ikke "
              "det ytre miljø."),
        ("bh", "Resultat", {"size": 10}),
        ("p", f"Årets overskudd på {kr(result[0])} kroner overføres til annen egenkapital. Forutsetningen om "
              "fortsatt drift er til stede."),
        ("stmt", res, {"title": "RESULTATREGNSKAP 1998"}),
        ("stmt", bal, {"title": "BALANSE PR. 31.12.1998"}),
        ("p", "Revisor: Revisjonskontoret Nyhus & Co ved statsautorisert revisor Tom Nyhus."),
        ("sign", "{g:Elverum}, 18. februar 1999",
         [("Arne Kristian Bryhn", "styrets leder"), ("Gerd Opsahl", "nestleder"), ("Halvor Nyeng", ""),
          ("Torill Haugen", ""), ("Bjørn Tore Rustad", "daglig leder"), ("", "")], {"cols": 3}),
    ]
    return {
        "name": "vestmo-bedriftsservice-1998", "lang": "nb", "year": 1998,
        "title": "Vestmo Bedriftsservice AS – Årsberetning 1998",
        "organization": {"name": "Vestmo Bedriftsservice AS", "founded_year": 1986,
                         "phone": "62 41 08 30",
                         "owners": [{"name": "Elverum kommune", "share_percent": 60.0},
                                    {"name": "Hedmark fylkeskommune", "share_percent": 30.0},
                                    {"name": "Vestmo Arbeidersamfunn", "share_percent": 10.0}]},
        "ceo": ceo, "board": board,
        "not_board": ["Ola Berget", "Reidun Bakke", "Tom Nyhus"],
        "not_places": ["Vestmo Arbeidersamfunn", "Aetat Elverum"],
        "programs": {},
        "font": "Liberation Mono", "body_pt": 9.5, "margin_mm": 24,
        "items": items, "renditions": ["doc", "scan"],
        "notes": "Typed 1998 attføringsbedrift (AMB, ASVO, Aetat): the board as tab lines with "
                 "'Ansattes repr.' and deputies on one line, the leaver of 1998 named, the Aetat "
                 "consultant thanked, tab-stop statements with ',-'. AMB/ASVO are not NAV programs "
                 "of the scorer's list: programs empty.",
    }


REPORTS = [dalsvingen_arbeid_2021, brekkeli_vekst_2022, vestmo_bedriftsservice_1998]
