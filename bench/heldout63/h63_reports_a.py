"""Reports of the sixty-third held-out set, part one: a nynorsk vekstbedrift (2018), an
arbeidsinkluderingsbedrift (2023) and an interkommunalt vannverk (2011). Invented; places real."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income
from h3_render import Kroner


def gaularverk_2018() -> dict:
    """Nynorsk vekstbedrift: board as "Name (period), role" lines, the former chair named, budget column."""
    cols = [Col("Rekneskap 2018", 2018), Col("Budsjett 2018", 2018, BUDGET), Col("Rekneskap 2017", 2017)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 3,
        inc=[("Sal av varer og tenester", "", [4_318_220, 4_100_000, 4_012_954]),
             ("Tilskot frå NAV", "", [3_912_480, 3_910_000, 3_808_320]),
             ("Tilskot frå kommunen", "", [512_000, 512_000, 498_000])],
        cost=[("Varekostnad", "", [1_204_330, 1_150_000, 1_122_876]),
              ("Lønn og sosiale kostnader", "", [6_412_905, 6_390_000, 6_201_448]),
              ("Avskrivingar", "", [214_000, 220_000, 198_500]),
              ("Andre driftskostnader", "", [788_316, 700_000, 741_209])],
        fin=[("Renteinntekter", "", [21_477, 15_000, 18_902]), ("Rentekostnader", "", [-9_204, -12_000, -11_388])],
        labels={"result": "Årsresultat", "net_fin": "Netto finanspostar"}),
        thousands=" ", render="unruled", label_header="Beløp i kroner")
    bal = Statement("Balanse pr. 31.12.2018", [Col("31.12.2018", 2018), Col("31.12.2017", 2017)], balance(
        "nn", 2,
        fixed=[("Maskinar og inventar", "", [842_000, 905_000]), ("Bilar", "", [310_500, 249_500])],
        current=[("Kundefordringar", "", [388_214, 402_377]), ("Andre fordringar", "", [44_820, 51_300]),
                 ("Bankinnskot", "", "plug")],
        equity=[("Aksjekapital", "", [300_000, 300_000]), ("Anna eigenkapital", "", [2_220_841, 2_085_419])],
        long=[("Pantelån", "", [420_000, 480_000])],
        short=[("Leverandørgjeld", "", [212_446, 236_118]), ("Skuldige offentlege avgifter", "", [402_118, 389_600]),
               ("Anna kortsiktig gjeld", "", [318_207, 301_900])]),
        render="unruled", label_header="Beløp i kroner")
    board = [("Ragnhild Fure", "LEDE", False), ("Tor Inge Hauge", "NEST", False), ("Liv Myklebust", "MEDL", False),
             ("Bjørn Sæle", "MEDL", False), ("Ole Kristian Vassbotn", "MEDL", True),
             ("Berit Hestad", "VARA", None), ("Kjell Osland", "VARA", None)]
    return {
        "name": "gaularverk-2018", "year": 2018, "title": "Årsmelding 2018 – Gaularverk AS",
        "organization": {"name": "Gaularverk AS", "founded_year": 1991, "address": "Postboks 34, 6973 Sande i Sunnfjord",
                         "email": "post@gaularverk.no",
                         "owners": [{"name": "Gaular kommune", "share_percent": 100}]},
        "ceo": "Synnøve Kvåle", "board": board,
        "not_board": ["Åsmund Bjørset", "Jorunn Hestad", "Magnus Vie", "Anne Grete Eikås", "Reidar Nes"],
        "programs": {"VTA": 24},
        "header": "Gaularverk AS – Årsmelding 2018", "footer": "Side {PAGE}",
        "renditions": ["docx", "pdf"],
        "notes": "Nynorsk vekstbedrift; board as 'Name (period), role' lines; former chair, ordførar, revisor, NAV-rettleiar and arbeidsleiar not board; budget column optional.",
        "items": [
            ("h", 1, "Årsmelding 2018"),
            ("p", "Gaularverk AS, Postboks 34, 6973 {g?:Sande i Sunnfjord} – post@gaularverk.no – skipa i 1991"),
            ("h", 2, "Verksemda"),
            ("p", "Gaularverk AS er ei vekstbedrift som gjev varig tilrettelagt arbeid til vaksne med nedsett "
                  "arbeidsevne. Selskapet er {p:100 %|eigd av Gaular kommune} eigd av {g:Gaular kommune|Gaular}, og held til i "
                  "eigne lokale i {g:Bygstad} og på {g:Sande}. Bedrifta hadde i 2018 godkjent 24 VTA-plassar, og "
                  "alle plassane var i bruk heile året."),
            ("p", "Produksjonen er vedproduksjon, snekkarverkstad og vaskeri for hytteutleige i indre "
                  "{g:Sunnfjord}. Salsinntektene auka med om lag {p:7,6 prosent|salsinntektene auka} frå året før."),
            ("h", 2, "Styret og leiinga"),
            ("p", "Styret har i 2018 hatt denne samansetjinga:"),
            ("tablines", [["Ragnhild Fure (2017–2019)", "styreleiar"],
                          ["Tor Inge Hauge (2018–2020)", "nestleiar"],
                          ["Liv Myklebust (2018–2020)", "styremedlem"],
                          ["Bjørn Sæle (2017–2019)", "styremedlem"],
                          ["Ole Kristian Vassbotn (2018–2020)", "styremedlem, vald av dei tilsette"],
                          ["Berit Hestad (2018–2020)", "varamedlem"],
                          ["Kjell Osland (2017–2019)", "varamedlem"]], {"stops": (6.5,)}),
            ("p", "Åsmund Bjørset, som var styreleiar frå 2011, gjekk ut av styret ved generalforsamlinga i april. "
                  "Styret takkar han for lang og god innsats. Det har vore halde sju styremøte og handsama 41 saker."),
            ("p", "Generalforsamlinga vart halden 24. april. Ordførar Jorunn Hestad møtte for eigaren."),
            ("p", "Dagleg leiar er Synnøve Kvåle. Arbeidsleiar Magnus Vie er verneombod. Revisor er "
                  "Anne Grete Eikås, statsautorisert revisor i {g?:Sunnfjord} Revisjon AS."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Bedrifta har sju fast tilsette og 24 arbeidstakarar på VTA. Sjukefråværet blant dei fast tilsette var "
                  "{p:4,9 %|sjukefråværet blant dei fast tilsette} i 2018. Av arbeidstakarane er {p:42 prosent|kvinner} kvinner."),
            ("p", "Styret vil takke NAV {g?:Gaular} og rettleiar Reidar Nes for eit godt samarbeid gjennom året."),
            ("h", 2, "Økonomi"),
            ("p", "Årsresultatet vart 135 422 kroner mot 65 000 kroner i budsjettet. Styret meiner at "
                  "føresetnaden om vidare drift er til stades, og gjer framlegg om at overskotet vert overført "
                  "til anna eigenkapital."),
            ("stmt", res, {"title": "Resultatrekneskap 2018"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2018"}),
            ("p", "{g:Bygstad}, 12. mars 2019"),
            ("sign", "", [("Ragnhild Fure", "styreleiar"), ("Tor Inge Hauge", "nestleiar"), ("Liv Myklebust", "styremedlem"),
                          ("Bjørn Sæle", "styremedlem"), ("Ole Kristian Vassbotn", "styremedlem"), ("Synnøve Kvåle", "dagleg leiar")]),
        ],
    }


def lygna_arbeid_2023() -> dict:
    """Arbeidsinkluderingsbedrift, bokmål: board in a Navn | Verv | Valgt av | Periode table with an
    observer from NAV, a ledergruppe table of the same shape, 1000 kr statements with notes."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "2", [18_412, 16_930]), ("Tilskudd og tiltaksinntekter", "2", [24_106, 22_875]),
             ("Andre driftsinntekter", "", [1_204, 988])],
        cost=[("Varekostnad", "", [6_118, 5_402]), ("Lønnskostnader", "3", [29_877, 28_104]),
              ("Avskrivninger", "5", [1_412, 1_388]), ("Andre driftskostnader", "", [6_030, 5_611])],
        fin=[("Finansinntekter", "", [388, 142]), ("Finanskostnader", "", [-216, -188])]),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr", render="ruled")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Bygninger og tomt", "5", [14_200, 14_650]), ("Maskiner og kjøretøy", "5", [3_908, 3_512])],
        current=[("Varelager", "", [1_126, 1_040]), ("Kundefordringer", "", [2_874, 2_511]),
                 ("Bankinnskudd", "6", "plug")],
        equity=[("Aksjekapital", "", [1_000, 1_000]), ("Annen egenkapital", "", [14_332, 13_875])],
        long=[("Gjeld til kredittinstitusjoner", "7", [6_400, 7_000])],
        short=[("Leverandørgjeld", "", [1_812, 1_644]), ("Skyldige offentlige avgifter", "", [2_406, 2_288]),
               ("Annen kortsiktig gjeld", "", [3_318, 3_102])]),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr", render="ruled")
    board = [("Tone Bjørge", "LEDE", False), ("Per Arne Sveen", "NEST", False), ("Hilde Grinaker", "MEDL", False),
             ("Jostein Haraldrud", "MEDL", False), ("Ahmed Rashid", "MEDL", True),
             ("Kristin Lunde", "OBS", None), ("Marte Hval", "VARA", None), ("Stian Gulbrandsen", "VARA", None)]
    return {
        "name": "lygna-arbeid-2023", "year": 2023, "title": "Årsrapport 2023 Lygna Arbeid AS",
        "organization": {"name": "Lygna Arbeid AS", "founded_year": 1987, "address": "Hadelandsvegen 611, 2750 Gran",
                         "website": "www.lygnaarbeid.no", "phone": "61 33 18 00",
                         "owners": [{"name": "Gran kommune", "share_percent": 60}, {"name": "Lunner kommune", "share_percent": 40}]},
        "ceo": "Eirik Moen", "board": board,
        "not_board": ["Lene Sandvold", "Robert Øien", "Gunhild Røste", "Ingvild Brenna", "Arild Bakken"],
        "programs": {"VTA": 42, "AFT": 30},
        "footer": "Lygna Arbeid AS · Årsrapport 2023",
        "renditions": ["pdf", "doc"],
        "notes": "Arbeidsinkluderingsbedrift; board table with Valgt av column, NAV observer (OBS), ledergruppe table of the same shape; 1000 kr with notes and brackets.",
        "items": [
            ("h", 1, "Årsrapport 2023"),
            ("p", "Lygna Arbeid AS · Hadelandsvegen 611, 2750 {g:Gran} · Telefon 61 33 18 00 · www.lygnaarbeid.no"),
            ("h", 2, "Dette er Lygna Arbeid"),
            ("p", "Lygna Arbeid AS ble stiftet i 1987 og er en arbeidsinkluderingsbedrift på {g:Hadeland}. Selskapet eies av "
                  "{g:Gran kommune|Gran} ({p:60 %|Gran kommune}) og {g:Lunner kommune|Lunner} ({p:40 %|Lunner kommune}). Vi leverer "
                  "arbeidsrettede tjenester på oppdrag fra NAV {g?:Innlandet} og driver produksjon innen emballasje, "
                  "kantine og vedlikehold av uteområder."),
            ("p", "I 2023 hadde bedriften 42 plasser varig tilrettelagt arbeid (VTA) og 30 plasser "
                  "arbeidsforberedende trening (AFT). Av deltakerne som avsluttet AFT gikk {p:34 %|til arbeid eller utdanning} til arbeid eller utdanning."),
            ("h", 2, "Styret"),
            ("p", "Styrets sammensetning pr. 31.12.2023:"),
            ("table", [["Navn", "Verv", "Valgt av", "Periode"],
                       ["Tone Bjørge", "Styreleder", "Generalforsamlingen", "2022–2024"],
                       ["Per Arne Sveen", "Nestleder", "Generalforsamlingen", "2023–2025"],
                       ["Hilde Grinaker", "Styremedlem", "Generalforsamlingen", "2022–2024"],
                       ["Jostein Haraldrud", "Styremedlem", "Generalforsamlingen", "2023–2025"],
                       ["Ahmed Rashid", "Styremedlem", "De ansatte", "2023–2025"],
                       ["Kristin Lunde", "Observatør", "NAV {g?:Innlandet}", "–"],
                       ["Marte Hval", "Varamedlem", "Generalforsamlingen", "2023–2024"],
                       ["Stian Gulbrandsen", "Varamedlem", "De ansatte", "2023–2025"]], {"ruled": False}),
            ("p", "Styret har hatt åtte møter og behandlet 52 saker. Generalforsamlingen ble holdt 9. mai med "
                  "ordfører Lene Sandvold som møteleder."),
            ("h", 2, "Ledelse og ansatte"),
            ("table", [["Navn", "Stilling", "Ansatt fra", "Område"],
                       ["Eirik Moen", "Daglig leder", "2016", "Hele bedriften"],
                       ["Robert Øien", "Økonomisjef", "2019", "Økonomi og lønn"],
                       ["Gunhild Røste", "Avdelingsleder", "2012", "AFT"],
                       ["Ingvild Brenna", "Avdelingsleder", "2020", "VTA og produksjon"]], {"ruled": False}),
            ("p", "Ved utgangen av året hadde bedriften 31 ansatte i 28,6 årsverk. Sykefraværet var "
                  "{p:8,4 %|sykefraværet} mot {p?:7,1 %} året før. Hovedverneombud er Arild Bakken."),
            ("h", 2, "Økonomi"),
            ("p", "Driftsinntektene økte med {p:9,5 %|driftsinntektene økte}. Årsresultatet ble 457 000 kroner, som overføres "
                  "til annen egenkapital."),
            ("stmt", res, {"title": "Resultatregnskap 2023"}),
            ("stmt", bal, {"title": "Balanse 31.12.2023"}),
            ("p", "{g:Gran}, 14. mars 2024"),
            ("p", "Tone Bjørge, styreleder · Per Arne Sveen · Hilde Grinaker · Jostein Haraldrud · Ahmed Rashid · Eirik Moen, daglig leder"),
        ],
    }


def stjornfjord_vannverk_2011() -> dict:
    """IKS: board as one prose run with municipalities in brackets, the representantskap as a
    Kommune | Representant | Vararepresentant table, budget column in kroner."""
    cols = [Col("Regnskap 2011", 2011), Col("Budsjett 2011", 2011, BUDGET), Col("Regnskap 2010", 2010)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 3,
        inc=[("Vannsalg til eierkommunene", "", [11_842_600, 11_800_000, 11_215_400]),
             ("Andre salgsinntekter", "", [402_118, 350_000, 377_950])],
        cost=[("Lønn og sosiale kostnader", "", [3_118_402, 3_200_000, 2_987_225]),
              ("Avskrivninger", "", [3_602_000, 3_600_000, 3_410_000]),
              ("Energi", "", [1_288_913, 1_150_000, 1_402_377]),
              ("Andre driftskostnader", "", [2_108_476, 2_250_000, 1_995_880])],
        fin=[("Renteinntekter", "", [88_210, 60_000, 71_448]), ("Rentekostnader", "", [-1_744_320, -1_800_000, -1_611_006])],
        labels={"result": "Årets resultat"}),
        render="ruled", label_header="")
    bal = Statement("Balanse", [Col("31.12.2011", 2011), Col("31.12.2010", 2010)], balance(
        "nb", 2,
        fixed=[("Ledningsnett og anlegg", "", [48_210_000, 50_112_000]), ("Maskiner og utstyr", "", [1_406_000, 1_288_000])],
        current=[("Kundefordringer", "", [2_960_150, 2_804_300]), ("Bankinnskudd", "", "plug")],
        equity=[("Innskutt kapital", "", [3_000_000, 3_000_000]), ("Annen egenkapital", "", [2_150_551, 1_679_734])],
        long=[("Lån i Kommunalbanken", "", [44_600_000, 46_300_000]), ("Pensjonsforpliktelser", "", [1_218_000, 1_106_000])],
        short=[("Leverandørgjeld", "", [1_022_318, 988_144]), ("Annen kortsiktig gjeld", "", [704_226, 661_090])]),
        render="ruled")
    board = [("Arne Grøtting", "LEDE", False), ("Sissel Vollan", "NEST", False), ("Per Kjøren", "MEDL", False),
             ("Gunn Rian", "MEDL", False), ("Hallvard Aune", "MEDL", True),
             ("Tove Fenstad", "VARA", None), ("Odd Lerstad", "VARA", None)]
    return {
        "name": "stjornfjord-vannverk-2011", "year": 2011, "title": "Årsberetning 2011 Stjørnfjord Vannverk IKS",
        "organization": {"name": "Stjørnfjord Vannverk IKS", "address": "Postboks 112, 7101 Rissa",
                         "email": "firmapost@stjornfjordvann.no",
                         "owners": [{"name": "Rissa kommune", "share_percent": 50}, {"name": "Ørland kommune", "share_percent": 30},
                                    {"name": "Bjugn kommune", "share_percent": 20}]},
        "ceo": "Magne Husby", "board": board,
        "not_board": ["Jon Eggen", "Solveig Hårstad", "Kåre Sund", "Merete Vik", "Steinar Leira", "Randi Sletten",
                      "Inge Brevik", "Anita Dyrendahl", "Ola Strømmen"],
        "header": "Stjørnfjord Vannverk IKS", "footer": "Årsberetning 2011 – side {PAGE}",
        "renditions": ["docx", "pdf"],
        "notes": "IKS; board one prose run with municipality in brackets, employee-elected member; representantskap table with its leader (not board); budget column optional.",
        "items": [
            ("bh", "STJØRNFJORD VANNVERK IKS", {"size": 16}),
            ("bh", "Årsberetning for 2011"),
            ("p", "Postboks 112, 7101 {g:Rissa} – firmapost@stjornfjordvann.no"),
            ("h", 2, "1. Selskapet"),
            ("p", "Stjørnfjord Vannverk IKS er et interkommunalt selskap etter lov om interkommunale selskaper. "
                  "Selskapet produserer og leverer drikkevann til {g:Rissa}, {g:Ørland} og {g:Bjugn} kommuner på "
                  "{g:Fosen} i {g:Sør-Trøndelag}. Eierandelene er: {g:Rissa kommune|Rissa} {p:50 %|Rissa kommune}, "
                  "{g:Ørland kommune|Ørland} {p:30 %|Ørland kommune} og {g:Bjugn kommune|Bjugn} {p:20 %|Bjugn kommune}."),
            ("p", "Vannbehandlingsanlegget ligger ved {g?:Storvatnet}, og hovedledningen går via {g:Stadsbygd} til "
                  "{g:Brekstad}. Av produsert vann gikk anslagsvis {p:27 %|tapt i lekkasjer} tapt i lekkasjer."),
            ("h", 2, "2. Representantskapet"),
            ("p", "Representantskapet er selskapets øverste organ. Det har hatt to møter i 2011 og har bestått av:"),
            ("table", [["Kommune", "Representant", "Vararepresentant"],
                       ["{g:Rissa}", "Jon Eggen (leder)", "Solveig Hårstad"],
                       ["{g:Ørland}", "Kåre Sund", "Merete Vik"],
                       ["{g:Bjugn}", "Steinar Leira", "Randi Sletten"]]),
            ("h", 2, "3. Styret og administrasjonen"),
            ("p", "Styret har i 2011 bestått av Arne Grøtting ({g:Rissa}), leder, Sissel Vollan ({g:Ørland}), nestleder, "
                  "Per Kjøren ({g:Bjugn}), Gunn Rian ({g:Rissa}) og Hallvard Aune, som er valgt av de ansatte. Varamedlemmer "
                  "har vært Tove Fenstad og Odd Lerstad. Styret har hatt seks møter og behandlet 38 saker."),
            ("p", "Daglig leder er Magne Husby. Selskapet har fem ansatte; driftsoperatør Inge Brevik er verneombud. "
                  "Revisjon {g?:Fosen} IKS ved oppdragsansvarlig revisor Anita Dyrendahl er selskapets revisor."),
            ("p", "Representantskapets valgkomité har bestått av Ola Strømmen og Kåre Sund."),
            ("h", 2, "4. Arbeidsmiljø, likestilling og ytre miljø"),
            ("p", "Sykefraværet var {p:3,2 %|sykefraværet} i 2011. Det har ikke vært skader eller ulykker. Styret består av "
                  "to kvinner og tre menn. Vannverket forurenser ikke det ytre miljø utover det som er normalt for bransjen."),
            ("h", 2, "5. Årsregnskapet"),
            ("p", "Årets resultat ble et overskudd på 470 817 kroner. Styret bekrefter at forutsetningen om fortsatt "
                  "drift er til stede. Overskuddet overføres til annen egenkapital."),
            ("stmt", res, {"title": "Resultatregnskap 2011"}),
            ("stmt", bal, {"title": "Balanse pr. 31. desember 2011"}),
            ("p", "{g:Rissa}, 22. februar 2012"),
            ("sign", "", [("Arne Grøtting", "leder"), ("Sissel Vollan", "nestleder"), ("Per Kjøren", ""),
                          ("Gunn Rian", ""), ("Hallvard Aune", ""), ("Magne Husby", "daglig leder")]),
        ],
    }


REPORTS = [gaularverk_2018, lygna_arbeid_2023, stjornfjord_vannverk_2011]
