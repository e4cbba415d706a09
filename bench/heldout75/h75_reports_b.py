"""The seventy-fifth set's reports with many organs (b): a nynorsk brann IKS with representantskap,
styre and the owners' kontrollutval (2021, browser page), a vekstbedrift with its AMU and the
unions' tillitsvalde (2023, Word) and a borettslag whose board table carries the election protocol
(2024, browser page). Invented organisations, people and figures; real places valid in the year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income

from h75_reports_a import kr, value_of


def sunnfjordkysten_brann() -> dict:
    board = [("Kari Vassbotn", "LEDE", False), ("Rune Eikefjord", "NEST", False),
             ("Helga Sunde", "MEDL", False), ("Jostein Myklebust", "MEDL", False),
             ("Petter Solheim", "MEDL", True), ("Ingrid Hatlevik", "VARA", None),
             ("Bjarte Holmedal", "VARA", None)]
    cols = [Col("2021", 2021), Col("2020", 2020)]
    inc = income(
        "nn", 2,
        [("Innskot frå eigarkommunane", "2", [38_412_000, 36_950_000]),
         ("Feiing og tilsyn, gebyr", "", [6_284_519, 6_017_342]),
         ("Sal av tenester og kurs", "", [1_492_870, 1_133_405])],
        [("Løn og sosiale kostnader", "3", [35_907_664, 34_420_118]),
         ("Avskrivingar", "4", [2_315_000, 2_190_000]),
         ("Køyretøy og utstyr", "", [3_128_455, 2_904_761]),
         ("Husleige og drift av stasjonar", "", [2_861_340, 2_797_012]),
         ("Andre driftskostnader", "", [1_544_806, 1_603_487])],
        [("Finansinntekter", "", [41_226, 63_904]), ("Finanskostnader", "", [-318_744, -352_118])])
    result = value_of(inc, "Årsresultat")
    res = Statement("Resultatrekneskap", cols, inc, note_col="Note")
    bal = Statement("Balanse", cols, balance(
        "nn", 2,
        [("Brannbilar og utstyr", "4", [14_260_000, 15_480_000])],
        [("Kundefordringar", "", [1_104_388, 967_215]), ("Bankinnskot", "", "plug")],
        [("Eigenkapital", "", [3_902_121, 3_284_605])],
        [("Lån Kommunalbanken", "", [8_400_000, 9_600_000]), ("Pensjonsforplikting", "3", [2_116_000, 1_894_000])],
        [("Leverandørgjeld", "", [1_473_592, 1_392_844]), ("Skuldige offentlege avgifter", "", [2_681_407, 2_530_119])],
        labels={"sum_debt": "Sum gjeld"}), note_col="Note")
    owners = [("Kinn kommune", "Kinn", 40), ("Sunnfjord kommune", "Sunnfjord", 35),
              ("Askvoll kommune", "Askvoll", 15), ("Fjaler kommune", "Fjaler", 10)]
    items = [
        ("band", "Årsmelding 2021", "Sunnfjordkysten Brann og Redning IKS"),
        ("grid", [
            ("h", "Styret si årsmelding"),
            ("p", "Sunnfjordkysten Brann og Redning IKS er eit interkommunalt selskap etter IKS-lova, skipa i 2012. "
                  "Selskapet har brannstasjonar i {g:Florø}, {g:Førde}, {g:Askvoll} og {g:Dale} og dekkjer "
                  "kommunane {g:Kinn}, {g:Sunnfjord} og {g:Fjaler} i {g:Vestland}.", {"cls": "lead"}),
            ("p", "Året var prega av pandemien og av at den nye stasjonen i Førde vart teken i bruk i oktober. "
                  "Selskapet rykte ut 1 118 gonger, {p:7,4 %|fleire enn i 2020} fleire enn i 2020."),
        ], [
            ("facts", "Fakta", [("Adresse", "Brannstasjonsvegen 2, 6900 {g:Florø}"), ("Telefon", "57 74 20 00"),
                                ("E-post", "post@skbr-iks.no"), ("Nettstad", "www.skbr-iks.no"),
                                ("Dagleg leiar", "Brannsjef Terje Nybø"), ("Tilsette", "112 (41 årsverk)")]),
        ], {"ratio": "1.7fr 1fr"}),
        ("h", "Eigarar og representantskap"),
        ("p", "Eigardelane går fram av selskapsavtalen. Representantskapet er selskapet sitt øvste organ, og "
              "kvar eigarkommune har ein representant med personleg vara. Representantskapet hadde to møte."),
        ("table", [["Eigar", "Eigardel", "Representant", "Vara"]]
         + [[f"{{g:{name}|{place}}}", f"{{p:{share} %}}", rep, vara] for (name, place, share), rep, vara in zip(
             owners, ["Arild Bremnes (leiar)", "Torunn Hegrenes (nestleiar)", "Svein Olav Rønnestad", "Marit Dalsbø"],
             ["Helge Solvik", "Aud Kristin Gjesdal", "Randi Osland", "Eivind Hauge"])]),
        ("h", "Styret"),
        ("p", "Styret er valt av representantskapet for to år, med unntak av medlemen og varamedlemen som "
              "dei tilsette vel. Styret hadde sju møte og handsama 51 saker."),
        ("people", [("Kari Vassbotn", ["Styreleiar"]), ("Rune Eikefjord", ["Nestleiar"]),
                    ("Helga Sunde", ["Styremedlem"]), ("Jostein Myklebust", ["Styremedlem"]),
                    ("Petter Solheim", ["Styremedlem", "vald av dei tilsette"]),
                    ("Ingrid Hatlevik", ["Varamedlem"]),
                    ("Bjarte Holmedal", ["Varamedlem for dei tilsette"])], {"cols": 4}),
        ("h", "Kontroll og revisjon"),
        ("p", "Eigarkommunane sine kontrollutval fører tilsyn med selskapet gjennom selskapskontroll. Leiar av "
              "kontrollutvalet i Kinn, Oddbjørn Gjerde, og sekretariatsleiar Solfrid Haugland var til stades "
              "på representantskapsmøtet i mai. Revisor er Kystrevisjon Vest IKS ved oppdragsansvarleg "
              "revisor Lene Aarskog."),
        ("h", "Utrykkingar"),
        ("table", [["Type oppdrag", "Tal", "Del"], ["Brann i bygning", "142", "{p:12,7 %}"],
                   ["Unødige alarmar", "468", "{p:41,9 %}"], ["Trafikkulukker", "203", "{p:18,2 %}"],
                   ["Helseoppdrag og bistand", "305", "{p:27,3 %}"]]),
        ("h", "Arbeidsmiljø og likestilling"),
        ("p", "Sjukefråværet var {p:5,9 %|sjukefråværet}, mot {p:6,4 %|året før} året før. Av dei tilsette er "
              "11 kvinner. Selskapet har ikkje hatt alvorlege skadar på personell."),
        ("h", "Økonomi"),
        ("p", f"Resultatet vart kr {kr(result[0])}, som er lagt til eigenkapitalen. Styret meiner "
              "føresetnaden om vidare drift er til stades."),
        ("break",),
        ("stmt", res, {"title": "Resultatrekneskap 2021"}),
        ("stmt", bal, {"title": "Balanse 31.12.2021"}),
        ("sign", "{g:Florø}, 17. mars 2022",
         [("Kari Vassbotn", "styreleiar"), ("Rune Eikefjord", "nestleiar"), ("Helga Sunde", "styremedlem"),
          ("Jostein Myklebust", "styremedlem"), ("Petter Solheim", "styremedlem"), ("Terje Nybø", "dagleg leiar")],
         {"cols": 3}),
    ]
    return {
        "name": "sunnfjordkysten-brann-iks-2021", "lang": "nn", "year": 2021,
        "title": "Sunnfjordkysten Brann og Redning IKS årsmelding 2021",
        "organization": {"name": "Sunnfjordkysten Brann og Redning IKS", "founded_year": 2012,
                         "address": "Brannstasjonsvegen 2, 6900 Florø", "phone": "57 74 20 00",
                         "email": "post@skbr-iks.no", "website": "www.skbr-iks.no",
                         "owners": [{"name": n, "share_percent": s} for n, _, s in owners]},
        "ceo": "Terje Nybø", "board": board, "emp_known": True, "items": items, "renditions": ["chrome"],
        "colour": "#8a2a1f",
        "not_board": ["Arild Bremnes", "Torunn Hegrenes", "Svein Olav Rønnestad", "Marit Dalsbø", "Helge Solvik",
                      "Oddbjørn Gjerde", "Solfrid Haugland", "Lene Aarskog"],
        "not_places": ["Kystrevisjon Vest IKS", "kontrollutvalet i Kinn", "stasjonen i Førde"],
        "notes": "Nynorsk, browser page. Representantskap as a table with (leiar)/(nestleiar) beside owner "
                 "shares; board as cards, one 'vald av dei tilsette', a deputy for the employees; the owners' "
                 "kontrollutval leader, sekretariat and revisor are not board; dagleg leiar (brannsjef) signs "
                 "with the board.",
    }


def tverrelva_vekst() -> dict:
    board = [("Ann-Kristin Isaksen", "LEDE", False), ("Bjørnar Hætta", "NEST", False),
             ("Randi Eira Sara", "MEDL", False), ("Tor Egil Nilsen", "MEDL", False),
             ("Lisbeth Kvamme", "MEDL", True), ("Kjersti Rasmussen", "VARA", None), ("Jan Vidar Olsen", "VARA", None)]
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = income(
        "nb", 2,
        [("Salgsinntekter", "", [9_412, 8_876]), ("Tilskudd fra NAV", "2", [21_738, 20_415]),
         ("Tilskudd fra kommunene", "2", [1_960, 1_880]), ("Annen driftsinntekt", "", [412, 377])],
        [("Varekostnad", "", [3_118, 2_974]), ("Lønnskostnad", "3", [23_540, 22_611]),
         ("Avskrivninger", "4", [1_012, 968]), ("Annen driftskostnad", "", [4_907, 4_622])],
        [("Finansinntekter", "", [188, 96]), ("Finanskostnader", "", [-142, -131])])
    result = value_of(inc, "Årsresultat")
    res = Statement("Resultatregnskap", cols, inc, unit=1000, note_col="Note", above="Alle tall i hele tusen kroner")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        [("Bygninger", "4", [11_240, 11_720]), ("Maskiner og inventar", "4", [2_316, 2_105])],
        [("Kundefordringer", "", [1_184, 1_022]), ("Andre fordringer", "", [310, 268]), ("Bankinnskudd", "", "plug")],
        [("Aksjekapital", "5", [500, 500]), ("Annen egenkapital", "", [14_188, 13_595])],
        [("Pantelån", "", [2_900, 3_400])],
        [("Leverandørgjeld", "", [1_046, 981]), ("Skyldige offentlige avgifter", "", [1_733, 1_648]),
         ("Annen kortsiktig gjeld", "", [2_219, 2_094])]), unit=1000, note_col="Note",
        above="Alle tall i hele tusen kroner")
    items = [
        ("p", "Tverrelva Vekst AS", {"bold": True, "size": 12}),
        ("h", 1, "Årsrapport 2023"),
        ("h", 2, "Om bedriften"),
        ("p", "Tverrelva Vekst AS ble stiftet i 1986 og er en arbeids- og inkluderingsbedrift i {g:Alta}. "
              "Selskapet eies av {g:Alta kommune|Alta} med {p:86 %|eies av Alta kommune} og "
              "{g:Kautokeino kommune|Kautokeino} med {p:14 %|Kautokeino kommune med}. Bedriften har verksteder og "
              "butikk i Markveien 31 og en avdeling for vedproduksjon på {g:Kvenvik}."),
        ("p", "Bedriften har 24 plasser i varig tilrettelagt arbeid (VTA) og 40 plasser i arbeidsforberedende "
              "trening (AFT), avtalt med NAV {g:Troms og Finnmark}. Av deltakerne som avsluttet AFT i 2023, gikk "
              "{p:31 %|over til arbeid eller utdanning} over til arbeid eller utdanning."),
        ("h", 2, "Styret"),
        ("table", [["Navn", "Rolle", "Valgt av"],
                   ["Ann-Kristin Isaksen", "Styreleder", "Generalforsamlingen"],
                   ["Bjørnar Hætta", "Nestleder", "Generalforsamlingen"],
                   ["Randi Eira Sara", "Styremedlem", "Generalforsamlingen"],
                   ["Tor Egil Nilsen", "Styremedlem", "Generalforsamlingen"],
                   ["Lisbeth Kvamme", "Styremedlem", "De ansatte"]],
         {"ruled": True, "widths": [5.5, 3.5, 5.0], "shade_header": "DCE8F0"}),
        ("p", "Varamedlemmer er Kjersti Rasmussen for generalforsamlingens medlemmer og Jan Vidar Olsen for "
              "de ansatte. Styret hadde åtte møter i 2023. Daglig leder Geir Mathisen har vært styrets sekretær."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Bedriften har 31 ansatte i 28,4 årsverk. Sykefraværet blant de ansatte var {p:6,8 %|Sykefraværet blant de ansatte}. "
              "Det ble registrert to skader uten fravær. Arbeidsmiljøutvalget (AMU) hadde fire møter og "
              "var i 2023 sammensatt slik:"),
        ("table", [["Navn", "Representerer", "Merknad"],
                   ["Geir Mathisen", "Arbeidsgiver", "leder av AMU 2023"],
                   ["Hanne Berg", "Arbeidsgiver", "produksjonsleder"],
                   ["Lisbeth Kvamme", "Arbeidstakerne", "hovedverneombud"],
                   ["Stig Are Eriksen", "Arbeidstakerne", ""],
                   ["Marit Thomassen", "Bedriftshelsetjenesten", "uten stemmerett"]],
         {"ruled": False, "widths": [5.0, 4.5, 5.0]}),
        ("p", "De ansatte er organisert i Fellesforbundet og Fagforbundet. Klubbleder i Fellesforbundet er "
              "Stig Are Eriksen, og hovedtillitsvalgt for Fagforbundet er Tove Lindgren. Samarbeidet med de "
              "tillitsvalgte har vært godt."),
        ("h", 2, "Likestilling og ytre miljø"),
        ("p", "Av de ansatte er {p:58 %|Av de ansatte er} kvinner. Styret har tre kvinner og to menn. "
              "Bedriften sorterer avfall fra verkstedene og leverer flis til fjernvarmeanlegget i {g:Alta}."),
        ("h", 2, "Økonomi"),
        ("p", f"Årsresultatet ble {kr(result[0] * 1000)} kroner, og styret foreslår at det overføres til annen "
              "egenkapital. Forutsetningen om fortsatt drift er lagt til grunn."),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2023"}),
        ("sign", "{g:Alta}, 21. mars 2024",
         [("Ann-Kristin Isaksen", "styreleder"), ("Bjørnar Hætta", "nestleder"), ("Randi Eira Sara", "styremedlem"),
          ("Tor Egil Nilsen", "styremedlem"), ("Lisbeth Kvamme", "styremedlem"), ("Geir Mathisen", "daglig leder")],
         {"cols": 3}),
    ]
    return {
        "name": "tverrelva-vekst-2023", "lang": "nb", "year": 2023, "title": "Tverrelva Vekst AS årsrapport 2023",
        "organization": {"name": "Tverrelva Vekst AS", "founded_year": 1986, "address": "Markveien 31, 9510 Alta",
                         "phone": "78 44 92 10", "email": "post@tverrelva-vekst.no",
                         "website": "www.tverrelva-vekst.no",
                         "owners": [{"name": "Alta kommune", "share_percent": 86},
                                    {"name": "Kautokeino kommune", "share_percent": 14}]},
        "ceo": "Geir Mathisen", "board": board, "emp_known": True, "items": items, "renditions": ["docx", "pdf"],
        "programs": {"VTA": 24, "AFT": 40}, "font": "Liberation Sans",
        "footer": "Tverrelva Vekst AS · Markveien 31, 9510 {g:Alta} · tlf. 78 44 92 10 · post@tverrelva-vekst.no · "
                  "www.tverrelva-vekst.no",
        "not_board": ["Hanne Berg", "Stig Are Eriksen", "Marit Thomassen", "Tove Lindgren"],
        "notes": "AMU as an unruled table in which a board member (the employees' member) is also "
                 "hovedverneombud and the daglig leder leads AMU; the unions' klubbleder and hovedtillitsvalgt "
                 "are not board; deputies in one sentence with their constituencies; figures in thousands.",
    }


def kvilhaugen_brl() -> dict:
    board = [("Mette Rønning Aas", "LEDE", None), ("Kåre Selnes", "MEDL", None), ("Hilde Brøndbo", "MEDL", None),
             ("Anders Vold Hegre", "MEDL", None), ("Siv Tangvik", "VARA", None), ("Oddvar Ree", "VARA", None)]
    cols = [Col("Regnskap 2024", 2024), Col("Regnskap 2023", 2023), Col("Budsjett 2025", 2025, BUDGET)]
    inc = income(
        "nb", 3,
        [("Innkrevde felleskostnader", "", [3_486_720, 3_304_960, 3_678_480]),
         ("Andre inntekter", "", [42_600, 39_800, 40_000])],
        [("Forretningsførerhonorar", "", [118_400, 112_750, 122_000]),
         ("Kommunale avgifter", "", [612_884, 587_301, 640_000]),
         ("Forsikring", "", [201_566, 184_020, 215_000]),
         ("Drift og vedlikehold", "", [884_217, 912_644, 900_000]),
         ("Strøm fellesareal", "", [96_312, 128_477, 100_000]),
         ("Styrehonorar", "", [90_000, 85_000, 90_000]),
         ("Andre driftskostnader", "", [143_908, 151_263, 140_000])],
        [("Renteinntekter", "", [48_221, 27_906, 40_000]),
         ("Rentekostnader", "", [-1_204_870, -1_046_322, -1_180_000])],
        labels={"sum_inc": "Sum driftsinntekter", "sum_cost": "Sum driftskostnader"})
    result = value_of(inc, "Årsresultat")
    res = Statement("Resultatregnskap", cols, inc, label_header="Beløp i kroner")
    bal = Statement("Balanse", cols[:2], balance(
        "nb", 2,
        [("Bygninger", "", [23_800_000, 23_800_000]), ("Tomt", "", [1_100_000, 1_100_000])],
        [("Restanser på felleskostnader", "", [18_640, 22_315]), ("Bankinnskudd", "", "plug")],
        [("Innskutt egenkapital", "", [1_840_000, 1_840_000]), ("Opptjent egenkapital", "", [2_287_524 + result[0], 2_287_524])],
        [("Pantelån Husbanken", "", [21_360_000, 21_980_000])],
        [("Leverandørgjeld", "", [131_204, 98_477]), ("Påløpte renter", "", [92_310, 84_906])]),
        label_header="Beløp i kroner")
    items = [
        ("band", "Årsberetning 2024", "Kvilhaugen Terrasse Borettslag – innkalling til ordinær generalforsamling 2025"),
        ("grid", [
            ("h", "Om borettslaget"),
            ("p", "Kvilhaugen Terrasse Borettslag ble stiftet i 1974 og består av 64 leiligheter i fire blokker "
                  "på {g?:Byåsen} i {g:Trondheim}. Borettslaget er tilknyttet Nidvang Boligforvaltning AS, som er "
                  "forretningsfører. Kontaktperson hos forretningsfører har vært Kristine Aune."),
            ("p", "Vaktmestertjenesten utføres av Ivar Langørgen. Revisor er Henrik Sæter i Revisjonsfirmaet "
                  "Lund & Sæter AS."),
        ], [
            ("facts", "Borettslaget", [("Adresse", "Kvilhaugvegen 2, 7022 {g:Trondheim}"),
                                       ("E-post", "styret@kvilhaugen-terrasse.no"), ("Stiftet", "1974"),
                                       ("Leiligheter", "64"), ("Forretningsfører", "Nidvang Boligforvaltning AS")]),
        ], {"ratio": "1.6fr 1fr"}),
        ("h", "Tillitsvalgte"),
        ("p", "Styret etter generalforsamlingen 18. april 2024:"),
        ("table", [["Verv", "Navn", "Valg 2024", "På valg"],
                   ["Styreleder", "Mette Rønning Aas", "gjenvalgt for 2 år", "2026"],
                   ["Styremedlem", "Kåre Selnes", "ikke på valg", "2025"],
                   ["Styremedlem", "Hilde Brøndbo", "ny, valgt for 2 år", "2026"],
                   ["Styremedlem", "Anders Vold Hegre", "ikke på valg", "2025"],
                   ["Varamedlem", "Siv Tangvik", "valgt for 1 år", "2025"],
                   ["Varamedlem", "Oddvar Ree", "gjenvalgt for 1 år", "2025"]]),
        ("p", "Jorid Ekle gikk ut av styret ved generalforsamlingen etter fire år. Styret takker for innsatsen."),
        ("table", [["Valgkomité", "Utemiljøutvalget"],
                   ["Tor Arne Berdal (leder)", "Gro Lian (leder)"], ["Nina Solem", "Peder Wold"]],
         {"cls": "plain", "gold_rows": False}),
        ("h", "Styrets arbeid"),
        ("p", "Styret har hatt elleve styremøter og behandlet 87 saker. Det viktigste arbeidet har vært "
              "planleggingen av nye balkonger og utskifting av stakeledninger i blokk C og D."),
        ("h", "Økonomi"),
        ("p", "Felleskostnadene ble økt med {p:5,5 %|Felleskostnadene ble økt med} fra 1. januar 2024. "
              "Borettslagets lån i Husbanken har flytende rente, og renten var {p:5,35 %|renten var} ved "
              f"årsskiftet. Årets resultat ble kr {kr(result[0])}."),
        ("p", "Styret foreslår at felleskostnadene økes med {p:4 %|styret foreslår} fra 1. januar 2025."),
        ("break",),
        ("stmt", res, {"title": "Resultatregnskap 2024 med budsjett 2025"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2024"}),
        ("sign", "{g:Trondheim}, 4. mars 2025",
         [("Mette Rønning Aas", "Styreleder"), ("Kåre Selnes", "Styremedlem"), ("Hilde Brøndbo", "Styremedlem"),
          ("Anders Vold Hegre", "Styremedlem")], {"cols": 2}),
    ]
    return {
        "name": "kvilhaugen-brl-2024", "lang": "nb", "year": 2024, "title": "Kvilhaugen Terrasse Borettslag årsberetning 2024",
        "organization": {"name": "Kvilhaugen Terrasse Borettslag", "founded_year": 1974,
                         "address": "Kvilhaugvegen 2, 7022 Trondheim", "email": "styret@kvilhaugen-terrasse.no"},
        "ceo": None, "board": board, "items": items, "renditions": ["chrome"], "colour": "#35566f",
        "css_font": "'Liberation Serif', serif",
        "not_board": ["Jorid Ekle", "Tor Arne Berdal", "Gro Lian", "Kristine Aune", "Ivar Langørgen", "Henrik Sæter",
                      "Nina Solem"],
        "notes": "Board table with the election protocol columns (gjenvalgt / ny / ikke på valg / på valg year); "
                 "a member who left at the generalforsamling; valgkomité and utemiljøutvalg side by side with "
                 "their own leders; forretningsfører's contact, vaktmester and revisor not board; no daglig leder.",
    }


REPORTS = [sunnfjordkysten_brann, tverrelva_vekst, kvilhaugen_brl]
