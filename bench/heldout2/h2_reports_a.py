"""Second held-out set, reports 1-4: a vekstbedrift (AFT and VTA), a housing cooperative, a
nynorsk harbour IKS and a foundation. Names, people and figures are invented."""
from __future__ import annotations

from h2_finance import BUDGET, Col, balance, income

STD = {"rev_sum": "Sum driftsinntekter", "cost_sum": "Sum driftskostnader", "op": "Driftsresultat",
       "fin_sum": "Netto finansposter", "result": "Årsresultat"}
BAL = {"assets_sum": "Sum eiendeler", "equity_sum": "Sum egenkapital", "debt_sum": "Sum gjeld",
       "total": "Sum egenkapital og gjeld"}


def pct(part: float, whole: float, decimals: int = 1) -> str:
    """A share or change as Norwegian prints it ("4,6 %")."""
    value = round(part / whole * 100, decimals)
    return (f"{value:.{decimals}f}".replace(".", ",") if decimals else str(int(value))) + " %"


def kr(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def line_of(st, label: str):
    return next(line for line in st.lines if line.label == label)


# ---------- 1. Granli Vekst AS 2016: employer in parentheses, AFT and VTA ----------

def granli():
    cols = [Col("2016", 2016), Col("2015", 2015)]
    inc = income("Resultatregnskap", cols, STD,
                 revenue=[("Salgsinntekter", "", [6412380, 6105220]), ("Tilskudd fra NAV", "2", [9874500, 9512700]),
                          ("Tilskudd fra kommunene", "2", [1236000, 1198000]),
                          ("Andre driftsinntekter", "", [318744, 287310])],
                 costs=[("Varekostnad", "", [2104566, 1987340]), ("Lønnskostnader", "3", [12418902, 11902455]),
                        ("Avskrivninger", "5", [612400, 598700]), ("Andre driftskostnader", "", [2387115, 2311980])],
                 finance=[("Finansinntekter", "", [48221, 61004]), ("Finanskostnader", "", [-131540, -142880])],
                 heads={"rev": "Driftsinntekter", "cost": "Driftskostnader", "fin": "Finansposter"},
                 note_col=True)
    bal = balance("Balanse pr. 31.12.", cols, BAL,
                  assets=["Anleggsmidler", ("Bygninger og tomt", "5", [8420000, 8712000]),
                          ("Maskiner og inventar", "5", [1245300, 1102600]), "Omløpsmidler",
                          ("Kundefordringer", "", [912455, 1004320]), ("Bankinnskudd", "6", [5604118, 4988276])],
                  equity=[("Aksjekapital", "7", [600000, 600000]), ("Annen egenkapital", "7", [0, 0])],
                  debt=[("Pantelån", "8", [4120000, 4480000]), ("Leverandørgjeld", "", [611203, 548990]),
                        ("Skyldige offentlige avgifter", "", [1102887, 1045210]),
                        ("Annen kortsiktig gjeld", "", [1384560, 1290144])],
                  plug="Annen egenkapital", note_col=True)
    rev = line_of(inc, "Sum driftsinntekter").values
    result = line_of(inc, "Årsresultat").values[0]
    board = [("Arne Tveiten", "LEDE", False), ("Sigrid Lunde Holm", "NEST", False), ("Petter Aasen", "MEDL", False),
             ("Tone Rudshagen", "MEDL", False), ("Marius Bakken", "MEDL", True),
             ("Kristin Fjeld", "VARA", None), ("Ola Hvattum", "VARA", None)]
    items = [
        ("h", 1, "Årsrapport 2016"),
        ("p", "Granli Vekst AS · Industrivegen 14, 2750 {g:Gran} · Telefon 61 33 42 80 · post@granlivekst.no · "
              "www.granlivekst.no", {"italic": True}),
        ("h", 2, "Om virksomheten"),
        ("p", "Granli Vekst AS er en arbeids- og inkluderingsbedrift i {g:Gran kommune|Gran} i {g:Oppland}. "
              "Bedriften ble etablert i 1989 og har i dag avdelinger på {g?:Jaren} og i {g?:Brandbu}, med "
              "produksjon av ved, snekkerarbeid, vaskeri og en kantine som er åpen for publikum."),
        ("p", "Selskapet eies av de tre kommunene på {g:Hadeland}. {g:Jevnaker kommune|Jevnaker} hører til "
              "{g:Buskerud}, men har vært med på eiersiden siden starten."),
        ("table", [["Eier", "Aksjer", "Eierandel"], ["{g:Gran kommune|Gran}", "312", "{p:52 %}"],
                   ["{g:Lunner kommune|Lunner}", "180", "{p:30 %}"], ["{g:Jevnaker kommune|Jevnaker}", "108", "{p:18 %}"],
                   ["Sum", "600", "{p?:100 %}"]], {"numeric_from": 1}),
        ("h", 2, "Styret og administrasjon"),
        ("p", "Styret har i 2016 hatt denne sammensetningen (arbeidsgiver i parentes):"),
        ("li", "Styreleder Arne Tveiten (Tveiten Regnskap AS)"),
        ("li", "Nestleder Sigrid Lunde Holm ({g:Lunner kommune|Lunner})"),
        ("li", "Styremedlem Petter Aasen (Brekke Bygg AS)"),
        ("li", "Styremedlem Tone Rudshagen (Mjølkerampa barnehage SA)"),
        ("li", "Ansattes representant Marius Bakken (arbeidsleder, Granli Vekst AS)"),
        ("p", "Varamedlemmer har vært Kristin Fjeld ({g:Jevnaker kommune|Jevnaker}) og Ola Hvattum (Hvattum gård)."),
        ("p", "Styret har hatt 8 møter og behandlet 61 saker. Daglig leder er Hege Mørstad. Administrasjonen "
              "består ellers av økonomileder Rune Gamme og to avdelingsledere."),
        ("h", 2, "Tiltak og deltakere"),
        ("p", "Bedriften har avtale med NAV om varig tilrettelagt arbeid (VTA) og arbeidsforberedende trening "
              "(AFT). Tabellen viser godkjente plasser, hvor mange som deltok i løpet av året, og årsverk."),
        ("table", [["Tiltak", "Godkjente plasser", "Deltakere i året", "Årsverk"],
                   ["VTA", "41", "47", "40,2"], ["AFT", "24", "71", "22,8"]], {"numeric_from": 1}),
        ("p", "Av deltakerne som avsluttet AFT i 2016, gikk {p:38 %|over til arbeid eller utdanning} over til "
              "arbeid eller utdanning. Resten fikk en avklaring og en plan videre sammen med NAV-veileder."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet var {p:7,3 %|Sykefraværet} i 2016 mot {p:8,1 %|Sykefraværet} året før. Det har ikke "
              "vært skader eller ulykker som har ført til fravær."),
        ("p", "Bedriften har 19 ansatte i administrasjon og arbeidsledelse, 11 kvinner og 8 menn. Kvinneandelen i "
              "styret er {p:40 %|Kvinneandelen i styret}."),
        ("h", 2, "Økonomi"),
        ("p", f"Driftsinntektene økte med {{p:{pct(rev[0] - rev[1], rev[1])}|Driftsinntektene økte}} fra 2015. "
              f"Årsresultatet på kr {kr(result)} foreslås overført til annen egenkapital. Styret mener at "
              "regnskapet gir et riktig bilde av stillingen, og at forutsetningen om fortsatt drift er til stede."),
        ("break",),
        ("stmt", inc),
        ("p", ""),
        ("stmt", bal),
        ("sign", "{g:Gran}, 14. mars 2017",
         [("Arne Tveiten", "styreleder"), ("Sigrid Lunde Holm", "nestleder"), ("Petter Aasen", "styremedlem"),
          ("Tone Rudshagen", "styremedlem"), ("Marius Bakken", "styremedlem"), ("Hege Mørstad", "daglig leder")]),
    ]
    return {
        "name": "granli-2016", "year": 2016, "title": "Granli Vekst AS – Årsrapport 2016",
        "header": "Granli Vekst AS – Årsrapport 2016", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Granli Vekst AS", "founded_year": 1989, "address": "Industrivegen 14, 2750 Gran",
                         "phone": "61 33 42 80", "email": "post@granlivekst.no", "website": "www.granlivekst.no",
                         "owners": [{"name": "Gran kommune", "share_percent": 52},
                                    {"name": "Lunner kommune", "share_percent": 30},
                                    {"name": "Jevnaker kommune", "share_percent": 18}]},
        "ceo": "Hege Mørstad", "board": board, "board_optional": ["Hege Mørstad"],
        "programs": {"VTA": 41, "AFT": 24}, "items": items, "renditions": ("docx", "pdf"),
        "notes": "Vekstbedrift 2016, bokmål, Gran (Oppland; Jevnaker in Buskerud). Board as bullets "
                 "'Role Name (employer)', an employer in parentheses can be a municipality; deputies in a "
                 "sentence; the CEO signs with the board. Programs table with places, participants and årsverk. "
                 "Statements with a Note column, whole kroner, finance costs with minus.",
    }


# ---------- 2. Kverntorget Borettslag 2014: board table with phone and e-mail, "1. vara" ----------

def kverntorget():
    cols = [Col("Regnskap 2014", 2014), Col("Regnskap 2013", 2013), Col("Budsjett 2014", 2014, BUDGET),
            Col("Budsjett 2015", 2015, BUDGET)]
    inc = income("Resultatregnskap med budsjett", cols, STD,
                 revenue=[("Innkrevde felleskostnader", "2", [5412880, 5229760, 5410000, 5545000]),
                          ("Andre inntekter", "", [84200, 79900, 80000, 80000])],
                 costs=[("Personalkostnader", "3", [42000, 40000, 42000, 43000]),
                        ("Styrehonorar", "3", [96000, 96000, 96000, 96000]),
                        ("Revisjonshonorar", "", [18750, 18125, 18500, 19000]),
                        ("Forretningsførerhonorar", "", [142300, 138900, 142000, 146000]),
                        ("Drift og vedlikehold", "4", [2984115, 1902445, 2400000, 1800000]),
                        ("Forsikringer", "", [312440, 298760, 310000, 325000]),
                        ("Kommunale avgifter", "", [486200, 471880, 480000, 495000]),
                        ("Energi og fyring", "", [1104600, 1187340, 1150000, 1120000]),
                        ("Andre driftskostnader", "", [251880, 236120, 240000, 245000])],
                 finance=[("Finansinntekter", "", [12306, 15880, 10000, 8000]),
                          ("Finanskostnader", "5", [-318244, -336910, -330000, -300000])],
                 note_col=True, neg="paren")
    bcols = [Col("2014", 2014), Col("2013", 2013)]
    bal = balance("Balanse pr. 31. desember", bcols, BAL,
                  assets=["Anleggsmidler", ("Bygninger", "6", [14800000, 14800000]), ("Tomt", "6", [1200000, 1200000]),
                          "Omløpsmidler", ("Kundefordringer", "", [41220, 38640]),
                          ("Driftskonto", "", [612330, 744100]), ("Sparekonto", "", [1840000, 2205000])],
                  equity=[("Innskutt egenkapital", "", [960000, 960000]), ("Opptjent egenkapital", "", [0, 0])],
                  debt=[("Pantelån Husbanken", "7", [12906450, 13188900]), ("Leverandørgjeld", "", [244310, 198420]),
                        ("Påløpte renter", "", [31400, 33100])],
                  plug="Opptjent egenkapital", note_col=True, neg="paren")
    result = line_of(inc, "Årsresultat").values[0]
    board = [("Camilla Skaar Nilsen", "LEDE", None), ("Jon Arvid Brekke", "NEST", None),
             ("Fatima Rahimi", "MEDL", None), ("Tor Egil Sandvold", "MEDL", None),
             ("Hilde Marie Øvrebø", "VARA", None), ("Steinar Kolbjørnsen", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning 2014"),
        ("p", "Styret i Kverntorget Borettslag legger med dette fram årsberetning og regnskap for 2014 til "
              "behandling på den ordinære generalforsamlingen 28. april 2015."),
        ("h", 2, "Tillitsvalgte"),
        ("p", "Etter generalforsamlingen 2014 har styret bestått av:"),
        ("table", [["Verv", "Navn", "Telefon", "E-post"],
                   ["Styreleder", "Camilla Skaar Nilsen", "922 41 806", "leder@kverntorget.no"],
                   ["Nestleder", "Jon Arvid Brekke", "416 07 233", "jon.brekke@kverntorget.no"],
                   ["Styremedlem", "Fatima Rahimi", "930 12 559", "fatima.rahimi@kverntorget.no"],
                   ["Styremedlem", "Tor Egil Sandvold", "977 65 120", "tor.sandvold@kverntorget.no"],
                   ["1. vara", "Hilde Marie Øvrebø", "481 22 904", "hilde.ovrebo@kverntorget.no"],
                   ["2. vara", "Steinar Kolbjørnsen", "915 38 411", "steinar.k@kverntorget.no"]],
         {"shade": "DDE6F0", "widths": [2.6, 4.4, 2.6, 6.4], "size": 9}),
        ("p", "Valgkomiteen har bestått av Gunnar Holthe og Anita Lervåg. Styret kan nås på styret@kverntorget.no "
              "eller i postkassen ved inngang 2."),
        ("h", 2, "Forretningsførsel og revisjon"),
        ("p", "Forretningsfører er Boligforvaltning Øst AS. Revisor er Revisjonspartner Nord DA."),
        ("h", 2, "Eiendommen"),
        ("p", "Borettslaget ligger på {g?:Furuset} i bydel {g?:Alna} i {g:Oslo}, og består av 96 leiligheter i fire "
              "blokker fra 1968. Adressen er Kverntorget 2–8, 1051 {g:Oslo}."),
        ("p", "Andelen leiligheter som var fremleid ved utgangen av året, var {p:7 %|fremleid}. Styret minner om at "
              "fremleie krever styrets godkjenning."),
        ("h", 2, "Styrets arbeid"),
        ("p", "Styret har hatt 11 styremøter. Den største saken har vært utskifting av vinduer i blokk C og D, som "
              "forklarer at vedlikeholdskostnadene ble høyere enn budsjettert."),
        ("h", 2, "Økonomi"),
        ("p", "Felleskostnadene ble økt med {p:3,5 %|Felleskostnadene ble økt} fra 1. januar 2014. Styret foreslår "
              "en økning på {p:2,5 %|foreslår en økning} fra 1. januar 2015."),
        ("p", f"Årsresultatet ble et underskudd på kr {kr(-result)}. Lånet i Husbanken har flytende rente, "
              "{p:2,85 %|flytende rente} ved årsskiftet."),
        ("break",),
        ("stmt", inc, {"ruled": True, "shade": "DDE6F0"}),
        ("p", ""),
        ("stmt", bal, {"ruled": True}),
        ("p", ""),
        ("sign", "{g:Oslo}, 12. mars 2015",
         [("Camilla Skaar Nilsen", "styreleder"), ("Jon Arvid Brekke", "nestleder"), ("Fatima Rahimi", "styremedlem"),
          ("Tor Egil Sandvold", "styremedlem")]),
    ]
    return {
        "name": "kverntorget-2014", "year": 2014, "title": "Kverntorget Borettslag – Årsberetning 2014",
        "header": "Kverntorget Borettslag – Årsberetning og regnskap 2014", "footer": "{PAGE}",
        "organization": {"name": "Kverntorget Borettslag", "email": "styret@kverntorget.no"},
        "ceo": None, "board": board, "items": items, "renditions": ("docx", "pdf"),
        "places_optional": ["Kverntorget 2–8", "Kverntorget"],
        "notes": "Housing cooperative 2014, bokmål, Oslo. Board only in a ruled table Verv | Navn | Telefon | "
                 "E-post with deputies as '1. vara', '2. vara'; valgkomité in prose; no daglig leder "
                 "(forretningsfører company). Income statement with Note, two actual and two budget columns "
                 "(Budsjett 2015 for the next year), negatives in parentheses, a loss in 2014.",
    }


# ---------- 3. Osterfjord Hamn IKS 2001 (nynorsk): dot-leader lines, 1000 kr with budget ----------

def osterfjord():
    nn = {"rev_sum": "Sum driftsinntekter", "cost_sum": "Sum driftsutgifter", "op": "Driftsresultat",
          "fin_sum": "Netto finanspostar", "result": "Årsresultat"}
    cols = [Col("Rekneskap 2001", 2001), Col("Budsjett 2001", 2001, BUDGET), Col("Rekneskap 2000", 2000)]
    inc = income("Resultatrekneskap", cols, nn,
                 revenue=[("Hamneavgifter", "", [8412, 8100, 7806]), ("Kaileige og vederlag", "", [2306, 2250, 2198]),
                          ("Sal av tenester", "", [1114, 1000, 982]), ("Andre driftsinntekter", "", [287, 250, 301])],
                 costs=[("Løn og sosiale kostnader", "", [3904, 3850, 3712]),
                        ("Vedlikehald kaier", "", [1822, 2000, 1496]), ("Avskrivingar", "", [2410, 2400, 2380]),
                        ("Andre driftsutgifter", "", [2268, 2150, 2447])],
                 finance=[("Renteinntekter", "", [212, 180, 240]), ("Rentekostnader", "", [-1187, -1250, -1266])],
                 unit=1000, above="Alle tal i heile 1000 kr")
    bcols = [Col("31.12.2001", 2001), Col("31.12.2000", 2000)]
    bal = balance("Balanse", bcols, {"assets_sum": "Sum eigedelar", "equity_sum": "Sum eigenkapital",
                                     "debt_sum": "Sum gjeld", "total": "Sum eigenkapital og gjeld"},
                  assets=[("Kaianlegg og bygningar", "", [38412, 39820]), ("Maskinar og utstyr", "", [2114, 2406]),
                          ("Kundefordringar", "", [1302, 1188]), ("Bankinnskot", "", [4880, 3912])],
                  equity=[("Innskoten eigenkapital", "", [5000, 5000]), ("Anna eigenkapital", "", [0, 0])],
                  debt=[("Langsiktig lån", "", [26500, 28000]), ("Leverandørgjeld", "", [944, 1102]),
                        ("Anna kortsiktig gjeld", "", [1211, 1040])],
                  plug="Anna eigenkapital", unit=1000, above="Alle tal i heile 1000 kr")
    fees = line_of(inc, "Hamneavgifter").values
    board = [("Trond Olav Mjanger", "LEDE", False), ("Ingebjørg Sætre", "NEST", False),
             ("Lars Kvamme", "MEDL", False), ("Brit Helene Fosse", "MEDL", False), ("Kjetil Eikefet", "MEDL", True),
             ("Oddny Mæland", "VARA", None), ("Rolf Hjartås", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding og rekneskap 2001"),
        ("h", 2, "Om selskapet"),
        ("p", "Osterfjord Hamn IKS vart skipa i 2000 då lov om interkommunale selskap tok til å gjelde, og tok "
              "over kaiane og oppgåvene til det tidlegare hamnestyret. Selskapet har kontor i {g?:Knarvik} og "
              "driv fire allmenne kaiar i eigarkommunane i {g:Hordaland}."),
        ("table", [["Eigar", "Eigardel"], ["{g:Lindås kommune|Lindås}", "{p:46 %}"],
                   ["{g:Meland kommune|Meland}", "{p:22 %}"], ["{g:Radøy kommune|Radøy}", "{p:18 %}"],
                   ["{g:Austrheim kommune|Austrheim}", "{p:14 %}"]], {"numeric_from": 1}),
        ("p", "Representantskapet er selskapet sitt øvste organ. Leiar i representantskapet var ordførar "
              "Harald Sundfør, og det vart halde to møte i 2001."),
        ("bh", "Styret i 2001"),
        ("tabs", [("Styreleiar", "Trond Olav Mjanger, {g:Lindås}"), ("Nestleiar", "Ingebjørg Sætre, {g:Meland}"),
                  ("Styremedlem", "Lars Kvamme, {g:Radøy}"), ("Styremedlem", "Brit Helene Fosse, {g:Austrheim}"),
                  ("Tilsette sin representant", "Kjetil Eikefet"), ("Varamedlem", "Oddny Mæland, {g:Lindås}"),
                  ("Varamedlem", "Rolf Hjartås, {g:Radøy}")]),
        ("p", "Dagleg leiar (hamnesjef) har vore Åsmund Hopsdal. Styret har halde sju møte og handsama 38 saker."),
        ("h", 2, "Drifta i 2001"),
        ("p", "Talet på skipsanløp auka med {p:6 %|skipsanløp} til 1 214. Det meste av auken kom frå "
              "stykkgods og fiskefôr til anlegga langs fjorden, og frå bilferja til {g:Bergen} i sommarsesongen. "
              "Trafikken knytt til industriområdet på {g?:Mongstad} går ikkje over selskapet sine kaiar."),
        ("p", f"Hamneavgiftene auka med {{p:{pct(fees[0] - fees[2], fees[2])}|Hamneavgiftene auka}} frå året "
              "før. Vedlikehaldet av kaia i {g?:Manger} vart utsett til 2002, difor er kostnaden lågare enn "
              "budsjettert."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Selskapet har sju tilsette, alle menn. Sjukefråværet var {p:2,9 %|Sjukefråværet}. Styret har "
              "tre kvinner av sju medlemer og varamedlemer."),
        ("h", 2, "Rekneskapen"),
        ("stmt", inc),
        ("p", ""),
        ("stmt", bal),
        ("p", "Styret meiner rekneskapen gir eit rett bilete av selskapet, og at føresetnaden om vidare drift "
              "er til stades."),
        ("sign", "{g?:Knarvik}, 20. februar 2002",
         [("Trond Olav Mjanger", "styreleiar"), ("Ingebjørg Sætre", "nestleiar"), ("Lars Kvamme", ""),
          ("Brit Helene Fosse", ""), ("Kjetil Eikefet", ""), ("Åsmund Hopsdal", "dagleg leiar")]),
    ]
    return {
        "name": "osterfjord-2001", "year": 2001, "title": "Osterfjord Hamn IKS – Årsmelding 2001",
        "header": "Osterfjord Hamn IKS", "footer": "Side {PAGE}", "font": "DejaVu Serif",
        "organization": {"name": "Osterfjord Hamn IKS", "founded_year": 2000,
                         "owners": [{"name": "Lindås kommune", "share_percent": 46},
                                    {"name": "Meland kommune", "share_percent": 22},
                                    {"name": "Radøy kommune", "share_percent": 18},
                                    {"name": "Austrheim kommune", "share_percent": 14}]},
        "ceo": "Åsmund Hopsdal", "board": board, "board_optional": ["Åsmund Hopsdal"],
        "items": items, "renditions": ("docx", "pdf"),
        "notes": "Harbour IKS 2001, nynorsk, four Hordaland municipalities merged into Alver in 2020. Board as "
                 "dot-leader tab lines 'Role ....... Name, municipality' under a bold heading; "
                 "'Tilsette sin representant'; representantskap leader named before the board. Statements in "
                 "whole 1000 kr (unit line above each), Rekneskap | Budsjett | Rekneskap, balance dated columns "
                 "'31.12.2001'. Signatures without titles for plain members.",
    }


# ---------- 4. Stiftelsen Sjøbua Kystkultursenter 1996: appointed board in prose, observer ----------

def sjobua():
    cols = [Col("1996", 1996), Col("1995", 1995)]
    inc = income("Resultatregnskap for 1996", cols,
                 {**STD, "result": "Årets resultat"},
                 revenue=[("Billettinntekter", "", [268200, 231450]), ("Kafé og butikk", "", [187640, 171020]),
                          ("Tilskudd fra kommunene", "2", [310000, 300000]),
                          ("Tilskudd fra fylkeskommunen", "2", [150000, 150000]),
                          ("Gaver og sponsorer", "", [42500, 61000])],
                 costs=[("Lønn og sosiale kostnader", "3", [571380, 544900]),
                        ("Varekostnad kafé og butikk", "", [96214, 90110]),
                        ("Vedlikehold av båter og bygg", "", [148460, 74300]),
                        ("Andre driftskostnader", "", [161022, 158730])],
                 finance=[("Renteinntekter", "", [9412, 11230]), ("Rentekostnader", "", [-14866, -16408])],
                 heads={"rev": "Driftsinntekter", "cost": "Driftskostnader"}, note_col=True)
    bal = balance("Balanse pr. 31.12.1996", cols,
                  {"assets_sum": "Sum eiendeler", "equity_sum": "Sum egenkapital", "debt_sum": "Sum gjeld",
                   "total": "Sum gjeld og egenkapital"},
                  assets=[("Bygninger (sjøbua)", "4", [842000, 866000]), ("Båter og utstyr", "4", [126500, 141000]),
                          ("Varelager", "", [31200, 28750]), ("Bank", "", [188432, 201870])],
                  equity=[("Grunnkapital", "5", [100000, 100000]), ("Annen egenkapital", "5", [0, 0])],
                  debt=[("Lån i Sparebanken", "6", [210000, 240000]), ("Leverandørgjeld", "", [38916, 30544]),
                        ("Skyldige offentlige avgifter", "", [44118, 40212])],
                  plug="Annen egenkapital", note_col=True)
    rev = line_of(inc, "Sum driftsinntekter").values[0]
    grants = line_of(inc, "Tilskudd fra kommunene").values[0] + line_of(inc, "Tilskudd fra fylkeskommunen").values[0]
    result = line_of(inc, "Årets resultat").values[0]
    board = [("Ingrid Sørbø", "LEDE", False), ("Sverre Vatne", "MEDL", False), ("Halvard Kolstad", "NEST", False),
             ("Elin Rosseland", "MEDL", False), ("Olav Lindeland", "VARA", None), ("Anne Tjomsland", "VARA", None),
             ("Knut Udland", "VARA", None), ("Marit Skjævesland", "VARA", None), ("Trygve Hansen", "OBS", None)]
    items = [
        ("h", 1, "Årsmelding 1996"),
        ("p", "Stiftelsen Sjøbua Kystkultursenter", {"bold": True}),
        ("bh", "Forord"),
        ("p", "Sjøbua har hatt sitt beste år siden åpningen. Besøkstallet økte med {p:12 prosent|Besøkstallet} "
              "til 8 940, og den nye utstillingen om losene og fyrvokterne langs kysten av {g:Sørlandet} ble godt "
              "mottatt, også av skoleklassene. Vi fikk låne ut to av båtene til kystkulturdagene i "
              "{g:Kristiansand}, og fikk mye omtale for det."),
        ("p", "Det er mange som skal takkes for innsatsen i 1996: de ansatte, de frivillige i båtlaget som har "
              "brukt over 1 400 timer på restaureringen av sjekta, og kommunene og fylkeskommunen som gir oss "
              "det faste tilskuddet. Uten dem var det ingen sjøbu å komme til."),
        ("p", "{g:Mandal}, 3. mars 1997"),
        ("p", "Ingrid Sørbø"),
        ("p", "styreleder", {"italic": True}),
        ("h", 2, "Stiftelsen"),
        ("p", "Stiftelsen ble opprettet i 1991 av {g:Mandal kommune|Mandal}, {g:Lindesnes kommune|Lindesnes} og "
              "{g:Vest-Agder fylkeskommune|Vest-Agder}. Formålet er å ta vare på og formidle kystkulturen i "
              "{g:Lindesnes}-regionen. Senteret holder til i en restaurert sjøbu ved {g?:Vigeland}."),
        ("h", 2, "Styre og administrasjon"),
        ("p", "Styret oppnevnes av stifterne for to år om gangen. {g:Mandal kommune|Mandal} har oppnevnt "
              "Ingrid Sørbø (leder) og Sverre Vatne, {g:Lindesnes kommune|Lindesnes} har oppnevnt Halvard Kolstad "
              "(nestleder), og fylkeskommunen har oppnevnt Elin Rosseland. Personlige varamedlemmer har vært "
              "Olav Lindeland (for Sørbø), Anne Tjomsland (for Vatne), Knut Udland (for Kolstad) og Marit "
              "Skjævesland (for Rosseland). De ansatte har valgt Trygve Hansen som observatør i styret."),
        ("p", "Styret har hatt seks møter. Daglig leder er Berit Ågedal, som har vært ansatt siden 1993. "
              "Stiftelsen hadde fire ansatte i til sammen 2,6 årsverk, og om lag 30 frivillige."),
        ("h", 2, "Økonomi"),
        ("p", f"Offentlige tilskudd utgjorde {{p:{pct(grants, rev, 0)}|Offentlige tilskudd}} av driftsinntektene. "
              f"Årets resultat ble et underskudd på kr {kr(-result)}, som skyldes utsatt vedlikehold fra 1995 og at sjekta ble "
              "restaurert. Styret mener at den økonomiske stillingen likevel er god."),
        ("p", "Det er ikke forhold i arbeidsmiljøet eller utslipp til det ytre miljø som krever tiltak."),
        ("break",),
        ("stmt", inc),
        ("p", ""),
        ("stmt", bal),
        ("sign", "{g:Mandal}, 3. mars 1997",
         [("Ingrid Sørbø", "leder"), ("Halvard Kolstad", "nestleder"), ("Sverre Vatne", ""),
          ("Elin Rosseland", ""), ("Berit Ågedal", "daglig leder")]),
    ]
    return {
        "name": "sjobua-1996", "year": 1996, "title": "Stiftelsen Sjøbua Kystkultursenter – Årsmelding 1996",
        "footer": "Stiftelsen Sjøbua Kystkultursenter – årsmelding 1996 – side {PAGE}",
        "font": "DejaVu Serif", "heading_font": "DejaVu Sans",
        "organization": {"name": "Stiftelsen Sjøbua Kystkultursenter", "founded_year": 1991},
        "ceo": "Berit Ågedal", "board": board, "board_optional": ["Berit Ågedal"],
        "items": items, "renditions": ("docx", "pdf"),
        "notes": "Foundation 1996, bokmål, Mandal/Lindesnes (Vest-Agder). The chair's foreword is signed at its "
                 "end (place, date, name, title on three lines). The board exists only in one prose sentence by "
                 "appointing body, roles in parentheses, personal deputies '(for Surname)', an observer elected by "
                 "the staff (OBS). Statements with Note, whole kroner, a loss in 1996, 'Årets resultat', "
                 "'Sum gjeld og egenkapital'.",
    }


REPORTS = [granli, kverntorget, osterfjord, sjobua]
