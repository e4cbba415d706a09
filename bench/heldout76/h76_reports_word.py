"""The three Word reports of the seventy-sixth set (docx, pdf through LibreOffice, one also doc).
Names, figures and organisations invented; places real and valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, OTHER, Col, Statement, balance, income


def amount(lines, label: str, col: int, unit: int = 1) -> str:
    """A statement line's value as prose prints it ("424 506"), read off the statement."""
    value = next(line.values[col] for line in lines if line.label == label) * unit
    return f"{round(value):,}".replace(",", " ")


def fjellvang_vekst_2016() -> dict:
    """Vekstbedrift AS in Nord-Fron (Oppland): the board only in the signature block, the
    personal deputies listed under it; the chair who left in May is thanked."""
    cols = [Col("2016", 2016), Col("2015", 2015)]
    inc = income("nb", 2,
                 [("Salgsinntekter", "", [6_412_880, 5_987_310]),
                  ("Tilskudd fra NAV", "2", [7_145_600, 6_902_150]),
                  ("Kommunalt tilskudd", "2", [1_296_000, 1_260_000]),
                  ("Andre driftsinntekter", "", [214_530, 188_940])],
                 [("Varekostnad", "", [2_108_455, 1_966_012]),
                  ("Lønnskostnad", "3", [9_480_378, 9_174_605]),
                  ("Avskrivninger", "4", [388_120, 402_300]),
                  ("Andre driftskostnader", "", [2_690_114, 2_512_776])],
                 fin=[("Finansinntekter", "", [41_203, 52_880]), ("Finanskostnader", "", [-18_640, -22_115])])
    bal = balance("nb", 2,
                  [("Bygninger og tomt", "4", [3_410_000, 3_560_000]), ("Maskiner og inventar", "4", [612_400, 698_300])],
                  [("Kundefordringer", "", [914_220, 876_410]), ("Andre fordringer", "", [122_600, 98_750]),
                   ("Bankinnskudd og kontanter", "5", "plug")],
                  [("Aksjekapital", "6", [1_000_000, 1_000_000]), ("Annen egenkapital", "", [3_640_993, 3_196_487])],
                  [("Pantelån", "7", [1_480_000, 1_620_000])],
                  [("Leverandørgjeld", "", [402_330, 377_910]), ("Skyldige offentlige avgifter", "", [688_410, 655_120]),
                   ("Annen kortsiktig gjeld", "", [511_874, 534_209])])
    kw = dict(note_col="Note", label_header="", thousands="\u00a0")
    owners = [["Aksjonær", "Antall aksjer", "Eierandel"],
              ["{g:Nord-Fron} kommune", "640", "{p:64 %}"],
              ["{g:Sør-Fron} kommune", "240", "{p:24 %}"],
              ["{g:Ringebu} kommune", "120", "{p:12 %}"],
              ["Sum", "1 000", "{p?:100 %}"]]
    return {
        "name": "fjellvang-vekst-2016", "lang": "nb", "year": 2016,
        "title": "Årsberetning 2016 – Fjellvang Vekst AS",
        "organization": {"name": "Fjellvang Vekst AS", "founded_year": 1989,
                         "address": "Sentrumsvegen 41, 2640 Vinstra", "phone": "61 29 47 10",
                         "email": "post@fjellvang-vekst.no", "website": "www.fjellvang-vekst.no",
                         "owners": [{"name": "Nord-Fron kommune", "share_percent": 64.0},
                                    {"name": "Sør-Fron kommune", "share_percent": 24.0},
                                    {"name": "Ringebu kommune", "share_percent": 12.0}]},
        "ceo": "Tormod Kvarstad",
        "board": [("Anne-Grete Sletten", "LEDE", False), ("Pål Einar Hov", "NEST", False),
                  ("Siri Bergum", "MEDL", False), ("Jostein Lien Bakke", "MEDL", True),
                  ("Mari Kvisberg", "VARA", None), ("Oddvar Rudi", "VARA", None), ("Hanne Teigum", "VARA", None)],
        "not_board": ["Kjell Ivar Solbakk", "Liv Helene Fossum", "Audun Sveen", "Tormod Kvarstad"],
        "programs": {"VTA": 21, "AFT": 14},
        "renditions": ["docx", "pdf", "doc"],
        "notes": "Board only in the signature block (titles under the names), personal deputies as "
                 "'for A: B' lines below it; the chair who stepped down at the generalforsamling is thanked.",
        "items": [
            ("h", 1, "Årsberetning 2016"),
            ("p", "Fjellvang Vekst AS · Sentrumsvegen 41, 2640 {g:Vinstra} · tlf. 61 29 47 10 · "
                  "post@fjellvang-vekst.no · www.fjellvang-vekst.no", {"size": 8.5}),
            ("bh", "Virksomhetens art og hvor den drives"),
            ("p", "Fjellvang Vekst AS ble stiftet i 1989 og er en arbeids- og inkluderingsbedrift med "
                  "hovedkontor på {g:Vinstra} i {g:Nord-Fron} kommune. Selskapet har som formål å gi personer "
                  "med nedsatt arbeidsevne arbeid, opplæring og kvalifisering, og skal ikke gi utbytte til "
                  "aksjonærene. Virksomheten drives i egne lokaler og med arbeidslag ute hos kunder i "
                  "{g:Gudbrandsdalen}."),
            ("p", "Bedriften har 21 godkjente plasser i varig tilrettelagt arbeid (VTA) og 14 plasser i "
                  "arbeidsforberedende trening (AFT). I tillegg hadde vi to lærekandidater innen "
                  "kantinefag i samarbeid med fylkeskommunen i {g:Oppland}."),
            ("bh", "Eierforhold"),
            ("table", owners, {"widths": [6.5, 3.5, 3.0], "size": 9}),
            ("bh", "Tiltak og resultater"),
            ("p", "I løpet av året hadde AFT 31 deltakere. Av de som avsluttet tiltaket gikk "
                  "{p:41 %|til arbeid eller utdanning} til arbeid eller utdanning, mot "
                  "{p:37 %|året før} året før. Alle plassene i VTA var i bruk hele året."),
            ("p", "Samarbeidet med NAV {g:Nord-Fron} har vært godt. Styret takker NAV-veileder Liv Helene Fossum "
                  "for et konstruktivt samarbeid om inntak og oppfølging."),
            ("bh", "Arbeidsmiljø og likestilling"),
            ("p", "Ved utgangen av 2016 hadde selskapet 12 ordinært ansatte fordelt på 11,2 årsverk. "
                  "Sykefraværet var {p:5,8 %|sykefraværet}, mot {p:6,9 %|2015} i 2015. Det har ikke vært "
                  "skader eller ulykker. Av de ansatte er sju kvinner og fem menn. Styret består av to "
                  "kvinner og to menn."),
            ("bh", "Ytre miljø"),
            ("p", "Virksomheten forurenser ikke det ytre miljø ut over det som er vanlig for bransjen."),
            ("bh", "Økonomi og fortsatt drift"),
            ("p", f"Driftsinntektene ble kr {amount(inc, 'Sum driftsinntekter', 0)} og årsresultatet "
                  f"kr {amount(inc, 'Årsresultat', 0)}. Forutsetningen om "
                  "fortsatt drift er lagt til grunn. Styret foreslår at overskuddet overføres til annen "
                  "egenkapital."),
            ("bh", "Styrets arbeid"),
            ("p", "Styret har hatt seks møter og behandlet 38 saker. Kjell Ivar Solbakk gikk ut av styret "
                  "ved generalforsamlingen i mai etter ti år som styreleder, og styret takker ham for innsatsen."),
            ("stmt", Statement("Resultatregnskap 2016", cols, inc, **kw), {"title": "Resultatregnskap 2016"}),
            ("stmt", Statement("Balanse per 31.12.2016", cols, bal, **kw), {"title": "Balanse per 31.12.2016"}),
            ("p", "Revisor er Audun Sveen, statsautorisert revisor i Fron Revisjon AS.", {"size": 9}),
            ("sign", "{g:Vinstra}, 14. mars 2017",
             [("Anne-Grete Sletten", "styreleder"), ("Pål Einar Hov", "nestleder"), ("Siri Bergum", "styremedlem"),
              ("Jostein Lien Bakke", "styremedlem, ansattevalgt"), ("Tormod Kvarstad", "daglig leder")]),
            ("tablines", [["Personlige varamedlemmer:", ""],
                          ["for Anne-Grete Sletten:", "Mari Kvisberg"],
                          ["for Pål Einar Hov og Siri Bergum:", "Oddvar Rudi"],
                          ["for Jostein Lien Bakke:", "Hanne Teigum"]], {"stops": (7.0,), "size": 9}),
        ],
    }


def halsnoy_verkstad_2021() -> dict:
    """Vekstbedrift AS in Kvinnherad (Vestland), nynorsk: tiltak as a table, the income statement
    with a budget column between the two years' accounts, board as Namn | Verv | Vald av."""
    cols3 = [Col("Rekneskap 2021", 2021), Col("Budsjett 2021", 2021, BUDGET), Col("Rekneskap 2020", 2020)]
    cols2 = [Col("31.12.2021", 2021), Col("31.12.2020", 2020)]
    inc = income("nn", 3,
                 [("Sal av varer og tenester", "", [9_214, 9_600, 8_377]),
                  ("Tiltaksinntekter NAV", "2", [11_482, 11_300, 10_944]),
                  ("Andre driftsinntekter", "", [406, 250, 512])],
                 [("Varekostnad", "", [3_120, 3_300, 2_861]),
                  ("Lønskostnader", "3", [14_905, 14_700, 14_188]),
                  ("Avskrivingar", "4", [611, 640, 598]),
                  ("Andre driftskostnader", "", [2_097, 2_150, 2_240])],
                 fin=[("Finansinntekter", "", [34, 40, 61]), ("Finanskostnader", "", [-88, -90, -102])])
    bal = balance("nn", 2,
                  [("Bygningar", "4", [6_240, 6_480]), ("Maskinar og utstyr", "4", [1_318, 1_402])],
                  [("Varelager", "", [744, 702]), ("Kundefordringar", "", [1_106, 1_233]),
                   ("Bankinnskot", "", "plug")],
                  [("Aksjekapital", "", [1_500, 1_500]), ("Annan eigenkapital", "", [5_881, 5_626])],
                  [("Lån Husbanken", "5", [2_950, 3_140])],
                  [("Leverandørgjeld", "", [512, 488]), ("Skuldige offentlege avgifter", "", [1_244, 1_190]),
                   ("Anna kortsiktig gjeld", "", [871, 905])])
    kw = dict(label_header="Tal i heile 1000 kr", note_col="Note", unit=1000)
    tiltak = [["Tiltak", "Godkjende plassar", "Deltakarar i året"],
              ["Varig tilrettelagt arbeid (VTA)", "19", "22"],
              ["Arbeidsførebuande trening (AFT)", "26", "71"],
              ["VTA i ordinær verksemd (VTO)", "4", "5"],
              ["Lærekandidatar", "3", "3"]]
    board = [["Namn", "Verv", "Vald av"],
             ["Marit Tveit Opsahl", "Styreleiar", "Generalforsamlinga"],
             ["Lars Inge Hauge", "Nestleiar", "Generalforsamlinga"],
             ["Solveig Myklebust Ree", "Styremedlem", "Generalforsamlinga"],
             ["Bjarte Lunde", "Styremedlem", "Dei tilsette"]]
    return {
        "name": "halsnoy-verkstad-2021", "lang": "nn", "year": 2021,
        "title": "Årsmelding 2021 – Halsnøy Verkstad AS",
        "organization": {"name": "Halsnøy Verkstad AS", "founded_year": 1992,
                         "address": "Industrivegen 8, 5460 Husnes", "phone": "53 47 62 00",
                         "email": "post@halsnoyverkstad.no", "website": "halsnoyverkstad.no",
                         "owners": [{"name": "Kvinnherad kommune", "share_percent": 80.0},
                                    {"name": "Etne kommune", "share_percent": 20.0}]},
        "ceo": "Eirik Hovland",
        "board": [("Marit Tveit Opsahl", "LEDE", False), ("Lars Inge Hauge", "NEST", False),
                  ("Solveig Myklebust Ree", "MEDL", False), ("Bjarte Lunde", "MEDL", True),
                  ("Kåre Eikeland", "VARA", None), ("Ingrid Sæbø", "VARA", None)],
        "not_board": ["Arne Skaale", "Torunn Eide", "Kjersti Aarvik", "Eirik Hovland"],
        "programs": {"VTA": 19, "AFT": 26, "VTO": 4},
        "not_places": ["Sunnhordland Revisjon AS"],
        "renditions": ["docx", "pdf"],
        "notes": "Nynorsk; tiltak with approved places only in a table; income statement Rekneskap | "
                 "Budsjett | Rekneskap (budget optional); a member who left in June is not board.",
        "items": [
            ("h", 1, "Årsmelding 2021"),
            ("p", "Halsnøy Verkstad AS – arbeid, opplæring og inkludering i {g:Sunnhordland}", {"italic": True}),
            ("h", 2, "Om verksemda"),
            ("p", "Halsnøy Verkstad AS vart skipa i 1992 og held til i Industrivegen 8, 5460 {g:Husnes} i "
                  "{g:Kvinnherad} kommune. Selskapet er ei arbeids- og inkluderingsbedrift som skal gje "
                  "menneske med nedsett arbeidsevne høve til arbeid og kvalifisering. Verksemda har "
                  "avdelingar på {g:Husnes} og i {g:Rosendal}, og tek òg imot deltakarar frå {g:Etne}."),
            ("p", "{g:Kvinnherad} kommune eig {p:80 %|Kvinnherad kommune} av aksjane og {g:Etne} kommune "
                  "{p:20 %|Etne kommune}. Selskapet deler ikkje ut utbyte."),
            ("p", "Kontakt: telefon 53 47 62 00, e-post post@halsnoyverkstad.no, heimeside halsnoyverkstad.no."),
            ("h", 2, "Tiltak og resultat"),
            ("table", tiltak, {"widths": [7.5, 3.5, 3.5], "size": 9}),
            ("p", "Av deltakarane som avslutta AFT i 2021 gjekk {p:36 %|over til arbeid} over til arbeid "
                  "og {p:14 %|utdanning} til utdanning. Lærekandidatane tek fagbrev eller kompetansebevis "
                  "i samarbeid med {g:Vestland} fylkeskommune."),
            ("h", 2, "Styret"),
            ("table", board, {"widths": [6.0, 4.0, 4.5], "size": 9}),
            ("p", "Varamedlemer er Kåre Eikeland for dei aksjonærvalde og Ingrid Sæbø for dei tilsette. "
                  "Arne Skaale gjekk ut av styret i juni då han flytta frå kommunen. Styret har hatt sju møte."),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Ved årsskiftet hadde selskapet 17 fast tilsette i 15,6 årsverk. Sjukefråværet var "
                  "{p:7,4 %|sjukefråværet} i 2021. Verksemda samarbeider godt med NAV {g:Kvinnherad}, og styret "
                  "takkar leiar Torunn Eide for godt samarbeid."),
            ("h", 2, "Økonomi"),
            ("p", f"Årsresultatet vart eit overskot på {amount(inc, 'Årsresultat', 0, 1000)} kroner, mot "
                  f"{amount(inc, 'Årsresultat', 1, 1000)} kroner i budsjettet. "
                  "Rekneskapen er avlagd under føresetnad om vidare drift."),
            ("stmt", Statement("Resultatrekneskap", cols3, inc, **kw), {"title": "Resultatrekneskap"}),
            ("stmt", Statement("Balanse", cols2, bal, **kw), {"title": "Balanse"}),
            ("p", "Revisor: Kjersti Aarvik, Sunnhordland Revisjon AS.", {"size": 9}),
            ("sign", "{g:Husnes}, 22. mars 2022",
             [("Marit Tveit Opsahl", "styreleiar"), ("Lars Inge Hauge", "nestleiar"),
              ("Solveig Myklebust Ree", ""), ("Bjarte Lunde", ""), ("Eirik Hovland", "dagleg leiar")]),
        ],
    }


def ramfjord_stiftelse_2024() -> dict:
    """Stiftelse in Tromsø (Troms) owning a vekstbedrift AS: the stiftelse's columns beside the
    konsern's (optional), its board in one sentence, the subsidiary's chair not board."""
    groups = [("Stiftelsen", 2), ("Konsern", 2)]
    cols = [Col("2024", 2024), Col("2023", 2023), Col("2024", 2024, OTHER), Col("2023", 2023, OTHER)]
    inc = income("nb", 4,
                 [("Leieinntekter", "", [1_840, 1_776, 410, 392]),
                  ("Salgsinntekter", "", [0, 0, 7_915, 7_402]),
                  ("Tilskudd", "3", [220, 200, 12_630, 12_118])],
                 [("Lønnskostnad", "4", [612, 590, 15_870, 15_204]),
                  ("Avskrivninger", "", [705, 705, 1_102, 1_088]),
                  ("Andre driftskostnader", "", [498, 512, 3_644, 3_416])],
                 fin=[("Netto finans", "", [-96, -110, -121, -140])],
                 labels={"net_fin": None, "fin": None})
    bal = balance("nb", 4,
                  [("Bygninger", "", [18_405, 19_110, 18_405, 19_110]),
                   ("Aksjer i datterselskap", "2", [2_000, 2_000, 0, 0]),
                   ("Driftsmidler", "", [0, 0, 1_244, 1_301])],
                  [("Fordringer", "", [316, 288, 2_118, 1_944]), ("Bank", "", "plug")],
                  [("Grunnkapital", "", [500, 500, 500, 500]), ("Annen egenkapital", "", [9_833, 9_684, 12_477, 11_998])],
                  [("Langsiktig lån", "", [10_400, 11_050, 10_400, 11_050])],
                  [("Kortsiktig gjeld", "", [412, 388, 3_901, 3_677])])
    kw = dict(label_header="Beløp i hele tusen", note_col="Note", unit=1000)
    return {
        "name": "ramfjord-stiftelse-2024", "lang": "nb", "year": 2024,
        "title": "Årsberetning 2024 – Stiftelsen Ramfjord Arbeid",
        "organization": {"name": "Stiftelsen Ramfjord Arbeid", "founded_year": 1978,
                         "address": "Ramfjordveien 112, 9027 Ramfjordbotn", "phone": "77 69 21 40",
                         "email": "stiftelsen@ramfjordarbeid.no", "website": "www.ramfjordarbeid.no"},
        "ceo": "Marianne Solli",
        "board": [("Hege Mikalsen", "LEDE", None), ("Rune Isaksen", "NEST", None),
                  ("Tone Kristiansen Lie", "MEDL", None), ("Gaute Pedersen", "MEDL", None),
                  ("Vigdis Jakobsen", "VARA", None)],
        "not_board": ["Frode Nilsen", "Elin Bårdsen", "Kristoffer Hansen", "Marianne Solli"],
        "programs": {"VTA": 28},
        "places_optional": ["Ramfjord"],
        "renditions": ["docx", "pdf"],
        "notes": "A stiftelse that owns a vekstbedrift AS; VTA places run through the subsidiary but "
                 "reported as the stiftelse's; konsern columns optional; no owners.",
        "items": [
            ("h", 1, "Stiftelsen Ramfjord Arbeid"),
            ("p", "Årsberetning og årsregnskap 2024", {"bold": True}),
            ("p", "Ramfjordveien 112, 9027 {g?:Ramfjordbotn} · 77 69 21 40 · stiftelsen@ramfjordarbeid.no · "
                  "www.ramfjordarbeid.no", {"size": 8.5}),
            ("bh", "Formål og virksomhet"),
            ("p", "Stiftelsen ble opprettet i 1978 av foreldre og frivillige i {g:Tromsø} for å skaffe "
                  "varig arbeid til mennesker med utviklingshemning. Stiftelsen eier bygningene på "
                  "{g?:Ramfjordbotn} og {p:100 %|av aksjene i vekstbedriften} av aksjene i vekstbedriften Ramfjord Arbeid AS, "
                  "som driver den daglige tiltaksvirksomheten."),
            ("p", "Stiftelsen har 28 godkjente plasser i varig tilrettelagt arbeid (VTA), som driftes av "
                  "datterselskapet. Deltakerne kommer fra {g:Tromsø}, {g:Balsfjord} og {g:Karlsøy}."),
            ("bh", "Styret"),
            ("p", "Styret har i 2024 bestått av styreleder Hege Mikalsen, nestleder Rune Isaksen og "
                  "styremedlemmene Tone Kristiansen Lie og Gaute Pedersen, med Vigdis Jakobsen som varamedlem. "
                  "Styret har hatt fem møter. Daglig leder Marianne Solli er også daglig leder i "
                  "datterselskapet, der Frode Nilsen er styreleder."),
            ("bh", "Arbeidsmiljø og likestilling"),
            ("p", "Stiftelsen har én ansatt i {p:60 %|stilling} stilling. I konsernet var sykefraværet "
                  "{p:8,1 %|sykefraværet}. Styret har tre kvinner og én mann."),
            ("bh", "Økonomi"),
            ("p", f"Stiftelsen fikk et overskudd på {amount(inc, 'Årsresultat', 0, 1000)} kroner, konsernet et "
                  f"overskudd på {amount(inc, 'Årsresultat', 2, 1000)} kroner. "
                  "Lånet i Husbanken er nedbetalt med 650 000 kroner. Årsregnskapet er avlagt "
                  "under forutsetning av fortsatt drift."),
            ("p", "Styret takker Elin Bårdsen i {g:Troms} fylkeskommune og alle frivillige for godt samarbeid."),
            ("groupstmt", Statement("Resultatregnskap", cols, inc, **kw), groups, {"title": "Resultatregnskap"}),
            ("groupstmt", Statement("Balanse per 31. desember", cols, bal, **kw), groups,
             {"title": "Balanse per 31. desember"}),
            ("p", "Revisor: Kristoffer Hansen, Nordlys Revisjon AS.", {"size": 9}),
            ("sign", "{g:Tromsø}, 20. mars 2025",
             [("Hege Mikalsen", "styreleder"), ("Rune Isaksen", "nestleder"),
              ("Tone Kristiansen Lie", "styremedlem"), ("Gaute Pedersen", "styremedlem")]),
        ],
    }


REPORTS = [fjellvang_vekst_2016, halsnoy_verkstad_2021, ramfjord_stiftelse_2024]
