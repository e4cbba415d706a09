"""Held-out reports of vekstbedrifter (work and inclusion companies), 1998-2019.

Organisations, people and figures are invented; any likeness is accidental.
"""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income
from heldout_people import M


def ilseng_1998() -> dict:
    """A 1998 attføringsbedrift in Hedmark, only as a scan: role: name lines with plural labels,
    a valgkomité right after the board, figures 'i hele tusen kroner' with (negatives)."""
    board = [M("Halvor Bryhni", "LEDE"), M("Randi Skjeldrum", "NEST"), M("Trond Ivar Hovde", "MEDL"),
             M("Gunhild Aasen", "MEDL"), M("Ole Petter Lien", "MEDL", emp=True),
             M("Kari Strandbakken", "VARA"), M("Arne Myhrer", "VARA")]
    cols = [Col("1998", 1998), Col("1997", 1997)]
    result = Statement(
        "Resultatregnskap", cols, income("nb", 2,
            inc=[("Salgsinntekter", "", [5412, 5108]), ("Tilskudd fra Aetat", "2", [3655, 3480]),
                 ("Tilskudd fra kommunene", "", [804, 790])],
            cost=[("Varekostnad", "", [1820, 1905]), ("Lønnskostnader", "3", [6422, 6230]),
                  ("Avskrivninger", "4", [318, 342]), ("Andre driftskostnader", "", [1047, 1029])],
            fin=[("Finansinntekter", "", [34, 28]), ("Finanskostnader", "", [-86, -114])]),
        unit=1000, negative="paren", note_col="Note", render="unruled",
        above="Alle tall i hele tusen kroner")
    bal = Statement(
        "Balanse", [Col("31.12.1998", 1998), Col("31.12.1997", 1997)], balance("nb", 2,
            fixed=[("Bygninger", "4", [2310, 2390]), ("Maskiner og inventar", "4", [1402, 1587])],
            current=[("Varelager", "", [388, 410]), ("Kundefordringer", "", [715, 644]),
                     ("Bankinnskudd", "", "plug")],
            equity=[("Aksjekapital", "", [500, 500]), ("Annen egenkapital", "", [1934, 1722])],
            long=[("Pantelån", "5", [1650, 1820])],
            short=[("Leverandørgjeld", "", [402, 455]), ("Skyldige offentlige avgifter", "", [512, 498]),
                   ("Annen kortsiktig gjeld", "", [390, 361])]),
        unit=1000, negative="paren", note_col="Note", render="unruled")
    items = [
        ("h", 1, "Årsberetning 1998"),
        ("p", "Ilseng Arbeidssenter A/S · Ilsengvegen 14, 2335 {g:Stange} · Tlf. 62 57 14 30", {"size": 8.5}),
        ("h", 2, "Virksomhetens art og hvor den drives"),
        ("p", "Ilseng Arbeidssenter A/S ble stiftet i 1986 og har sitt forretningskontor i {g:Stange kommune|Stange}. "
              "Selskapet er en arbeidsmarkedsbedrift som gir arbeidstrening og varig tilrettelagt arbeid til "
              "personer med redusert arbeidsevne fra {g:Stange} og {g:Løten}. Produksjonen omfatter snekkerarbeid, "
              "emballasje og ved for kunder i {g:Hamar} og omegn."),
        ("p", "Aksjene eies av {g:Stange kommune|Stange} ({p:60 %|Stange kommune}), {g:Løten kommune|Løten} "
              "({p:25 %|Løten kommune}) og {g:Hedmark fylkeskommune|Hedmark} ({p:15 %|Hedmark fylkeskommune})."),
        ("h", 2, "Tiltaksplasser"),
        ("p", "Ved utgangen av året hadde bedriften godkjent 22 plasser i varig tilrettelagt arbeid (VTA) og 16 "
              "plasser som arbeidsmarkedsbedrift (AMB). Plassene finansieres av Aetat {g?:Hedmark} og av "
              "eierkommunene. Av de 24 som avsluttet et AMB-opphold i 1998, gikk 7 over i ordinært arbeid eller "
              "utdanning, det vil si {p:29 prosent|ordinært arbeid}."),
        ("h", 2, "Arbeidsmiljø og personale"),
        ("p", "Bedriften hadde ved årets slutt 11 ansatte i 10,5 årsverk, i tillegg til arbeidstakerne på tiltak. "
              "Sykefraværet blant de ansatte var {p:8,4 %|Sykefraværet}, mot {p:9,1 %|året før} året før. Det har "
              "ikke vært skader eller ulykker i 1998, og arbeidsmiljøet anses som godt."),
        ("p", "Av de ansatte er seks kvinner og fem menn. Styret består av to kvinner og fem menn, "
              "varamedlemmene medregnet."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 1998 hatt følgende sammensetning:"),
        ("p", "Styreleder: Halvor Bryhni"),
        ("p", "Nestleder: Randi Skjeldrum"),
        ("p", "Styremedlemmer:"),
        ("p", "Trond Ivar Hovde"),
        ("p", "Gunhild Aasen"),
        ("p", "Ansattes representant: Ole Petter Lien"),
        ("p", "Varamedlemmer:"),
        ("p", "Kari Strandbakken"),
        ("p", "Arne Myhrer"),
        ("bh", "Valgkomité", {"size": 10.5}),
        ("p", "Leder: Sverre Olstad"),
        ("p", "Medlem: Marit Kolstad"),
        ("p", "Daglig leder har i hele perioden vært Eivind Bakketun."),
        ("h", 2, "Økonomi"),
        ("p", "Driftsinntektene økte med knapt en halv million kroner fra 1997. Årsresultatet ble et overskudd "
              "på 212 000 kroner, mot et underskudd på 214 000 kroner året før. Styret foreslår at overskuddet "
              "overføres til annen egenkapital. Forutsetningen om fortsatt drift er til stede."),
        ("h", 2, "Resultatregnskap", {}),
        ("stmt", result),
        ("break",),
        ("h", 2, "Balanse pr. 31. desember"),
        ("stmt", bal),
        ("sign", "{g:Stange}, 18. februar 1999", [
            ("Halvor Bryhni", "styreleder"), ("Randi Skjeldrum", "nestleder"), ("Trond I. Hovde", "styremedlem"),
            ("Gunhild Aasen", "styremedlem"), ("Ole Petter Lien", "ansattes representant"),
            ("Eivind Bakketun", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "ilseng-1998", "lang": "nb", "year": 1998, "title": "Ilseng Arbeidssenter A/S årsberetning 1998",
        "font": "DejaVu Serif", "body_pt": 10.5,
        "header": "Ilseng Arbeidssenter A/S — Årsberetning 1998", "footer": "Side {PAGE}",
        "organization": {"name": "Ilseng Arbeidssenter A/S", "founded_year": 1986, "address": "Ilsengvegen 14",
                         "phone": "62 57 14 30",
                         "owners": [{"name": "Stange kommune", "share_percent": 60},
                                    {"name": "Løten kommune", "share_percent": 25},
                                    {"name": "Hedmark fylkeskommune", "share_percent": 15}]},
        "ceo": "Eivind Bakketun", "board": board, "emp_known": True, "board_optional": ["Eivind Bakketun"],
        "programs": {"VTA": 22}, "items": items, "renditions": ["scan"],
        "scan": {"tilt": 1.0, "noise": 10, "paper": 20},
        "places_optional": ["Ilseng"],
        "notes": "Invented 1998 annual report of an attføringsbedrift in Stange (Hedmark), bokmål, only as a "
                 "scanned image PDF (no text layer). Board as 'Role: Name' lines where the plural labels "
                 "'Styremedlemmer:' and 'Varamedlemmer:' govern the names on the lines below; 'Ansattes "
                 "representant:' is employee-elected MEDL. A 'Valgkomité' with 'Leder:'/'Medlem:' follows "
                 "directly (not board). The signature block (title under the name, three columns) writes "
                 "'Trond I. Hovde' for Trond Ivar Hovde (one person) and includes the daglig leder "
                 "(board_optional). Statements unruled with a Note column, 'Alle tall i hele tusen kroner' on "
                 "the line above, negatives in parentheses; key figures are x1000. AMB places are not a gold "
                 "program (no schema code); VTA 22. Ilseng (a village, also in the name) is optional.",
    }


def fjordglott_2003() -> dict:
    """Nynorsk 2003, as a legacy .doc and a PDF: members beside personal deputies with a 'Vald av'
    column ('Dei tilsette'), 'Tal i 1000 kr' in the header cell of a ruled statement."""
    board = [M("Anders Myklebust", "LEDE"), M("Bodil Eikrem", "NEST"), M("Jorunn Sætre", "MEDL"),
             M("Terje Bødal", "MEDL", emp=True), M("Solveig Rake", "VARA"), M("Per Kristian Tefre", "VARA"),
             M("Leif Arne Hauge", "VARA"), M("Marit Flatjord", "VARA")]
    cols = [Col("2003", 2003), Col("2002", 2002)]
    result = Statement(
        "Resultatrekneskap", cols, income("nn", 2,
            inc=[("Sal av varer og tenester", "", [2984, 2702]), ("Tilskot frå Aetat", "2", [5310, 5104]),
                 ("Tilskot frå kommunane", "", [318, 300]), ("Andre driftsinntekter", "", [142, 96])],
            cost=[("Varekostnad", "", [702, 655]), ("Lønskostnad", "3", [6912, 6640]),
                  ("Avskrivingar", "4", [284, 296]), ("Anna driftskostnad", "", [690, 702])],
            fin=[("Finansinntekter", "", [35, 41]), ("Finanskostnader", "", [-14, -22])]),
        unit=1000, note_col="Note", label_header="Tal i 1000 kr", render="ruled")
    bal = Statement(
        "Balanse", [Col("31.12.2003", 2003), Col("31.12.2002", 2002)], balance("nn", 2,
            fixed=[("Bygningar og tomt", "4", [1840, 1905]), ("Maskiner og inventar", "4", [612, 688])],
            current=[("Varelager", "", [214, 198]), ("Kundefordringar", "", [402, 377]),
                     ("Bankinnskot", "", "plug")],
            equity=[("Aksjekapital", "", [300, 300]), ("Annan eigenkapital", "", [1612, 1425])],
            long=[("Pantelån", "5", [980, 1050])],
            short=[("Leverandørgjeld", "", [288, 301]), ("Skuldige offentlege avgifter", "", [412, 396]),
                   ("Anna kortsiktig gjeld", "", [206, 244])]),
        unit=1000, note_col="Note", label_header="Tal i 1000 kr", render="ruled")
    items = [
        ("h", 1, "Årsmelding 2003"),
        ("p", "Fjordgløtt Vekst AS er ei attføringsbedrift i {g:Nordfjord} med hovudkontor på {g?:Nordfjordeid} i "
              "{g:Eid kommune|Eid}. Bedrifta vart skipa i 1991 og er eigd av {g:Eid kommune|Eid} "
              "({p:50 %|Eid kommune}), {g:Stryn kommune|Stryn} ({p:30 %|Stryn kommune}) og "
              "{g:Gloppen kommune|Gloppen} ({p:20 %|Gloppen kommune})."),
        ("h", 2, "Verksemda"),
        ("p", "Bedrifta gir arbeid og opplæring til menneske som av ulike grunnar står utanfor det ordinære "
              "arbeidslivet. Vi driv trevareproduksjon, vaskeri og ein liten kafé ved fjorden. Kundane er for "
              "det meste verksemder og private i {g:Eid}, {g:Stryn} og {g:Gloppen}, men vaskeriet har òg faste "
              "oppdrag for to hotell i {g?:Loen}."),
        ("h", 2, "Tiltaksplassar"),
        ("p", "Bedrifta hadde i 2003 avtale med Aetat {g?:Sogn og Fjordane} om 26 VTA-plassar. I tillegg hadde vi "
              "12 plassar i arbeidspraksis i skjerma verksemd (APS). Gjennom året har 41 personar vore innom "
              "tiltaka våre."),
        ("p", "Av dei som avslutta APS i 2003, gjekk {p:38 %|avslutta APS} over til arbeid eller utdanning."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2003 vore samansett slik (personlege varamedlemer i eiga kolonne):"),
        ("table", [["Verv", "Medlem", "Personleg varamedlem", "Vald av"],
                   ["Styreleiar", "Anders Myklebust", "Solveig Rake", "Generalforsamlinga"],
                   ["Nestleiar", "Bodil Eikrem", "Per Kristian Tefre", "Generalforsamlinga"],
                   ["Styremedlem", "Jorunn Sætre", "Leif Arne Hauge", "Generalforsamlinga"],
                   ["Styremedlem", "Terje Bødal", "Marit Flatjord", "Dei tilsette"]], {"size": 9}),
        ("p", "Styret har hatt sju møte og handsama 48 saker. Dagleg leiar Oddbjørn Hoddevik har vore sekretær "
              "for styret."),
        ("h", 2, "Tilsette og arbeidsmiljø"),
        ("p", "Administrasjonen har bestått av dagleg leiar Oddbjørn Hoddevik, økonomileiar Gunn Brit Hessevik "
              "og arbeidsleiarane Rune Osdal og Kari Aaland. Bedrifta hadde 9 tilsette fordelt på 8,2 årsverk."),
        ("p", "Sjukefråværet var {p:5,8 prosent|Sjukefråværet} i 2003, mot {p:6,4 prosent|året før} året før. "
              "Det har ikkje vore skadar eller ulukker i året."),
        ("h", 2, "Økonomi"),
        ("p", "Rekneskapen viser eit overskot på 187 000 kroner. Tilskotet frå Aetat utgjorde om lag "
              "{p:61 %|Tilskotet frå Aetat} av driftsinntektene. Styret meiner at føresetnaden om vidare drift er "
              "til stades."),
        ("break",),
        ("h", 2, "Resultatrekneskap"),
        ("stmt", result),
        ("h", 2, "Balanse per 31. desember"),
        ("stmt", bal),
        ("sign", "{g?:Nordfjordeid}, 20. februar 2004", [
            ("Anders Myklebust", "styreleiar"), ("Bodil Eikrem", "nestleiar"), ("Jorunn Sætre", "styremedlem"),
            ("Terje Bødal", "styremedlem"), ("Oddbjørn Hoddevik", "dagleg leiar")], {"cols": 3}),
    ]
    return {
        "name": "fjordglott-2003", "lang": "nn", "year": 2003, "title": "Fjordgløtt Vekst AS årsmelding 2003",
        "header": "Fjordgløtt Vekst AS · Årsmelding 2003", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Fjordgløtt Vekst AS", "founded_year": 1991,
                         "owners": [{"name": "Eid kommune", "share_percent": 50},
                                    {"name": "Stryn kommune", "share_percent": 30},
                                    {"name": "Gloppen kommune", "share_percent": 20}]},
        "ceo": "Oddbjørn Hoddevik", "board": board, "emp_known": True, "board_optional": ["Oddbjørn Hoddevik"],
        "programs": {"VTA": 26}, "items": items, "renditions": ["doc", "pdf"],
        "notes": "Invented 2003 annual report (nynorsk) of a vekstbedrift in Eid, Sogn og Fjordane, as a Word 97 "
                 ".doc (LibreOffice from DOCX) and a PDF. Board as a ruled table Verv | Medlem | Personleg "
                 "varamedlem | Vald av: four members and their four personal deputies (VARA) on the same rows; "
                 "'Dei tilsette' in the last column marks the employee-elected member. The administration "
                 "(økonomileiar, arbeidsleiarar) is named in prose: not board. The daglig leder signs with the "
                 "board (board_optional). Statements ruled with 'Tal i 1000 kr' in the top-left header cell and a "
                 "Note column; key figures x1000. The county is named only inside 'Aetat Sogn og Fjordane' "
                 "(optional, as an office's name). APS places are not a gold program.",
    }


def raundal_2019() -> dict:
    """Nynorsk 2019, Voss in Hordaland a year before Vestland: board as 'Name (role)' prose with a
    'tilsetterepresentant', signature titles above names, 'Beløp i heile tusen kroner' below the table."""
    board = [M("Eirik Dyrvedal", "LEDE"), M("Turid Mæland", "NEST"), M("Arve Bjørgo", "MEDL"),
             M("Ingvild Tveito", "MEDL"), M("Håkon Lydvo", "MEDL", emp=True), M("Astrid Nesheim", "VARA"),
             M("Kjetil Gjerme", "VARA")]
    cols = [Col("2019", 2019), Col("2018", 2018)]
    result = Statement(
        "Resultatrekneskap", cols, income("nn", 2,
            inc=[("Salsinntekter", "", [7882, 7410]), ("Tilskot frå NAV", "2", [12890, 12126]),
                 ("Andre tilskot", "", [630, 598])],
            cost=[("Varekostnad", "", [2310, 2194]), ("Lønskostnad", "3", [15905, 14990]),
                  ("Avskrivingar", "4", [842, 806]), ("Anna driftskostnad", "", [2118, 2240])],
            fin=[("Finansinntekter", "", [58, 61]), ("Finanskostnader", "", [-121, -133])]),
        unit=1000, negative="paren", note_col="Note", render="ruled", below="Beløp i heile tusen kroner.")
    bal = Statement(
        "Balanse", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)], balance("nn", 2,
            fixed=[("Bygningar", "4", [6410, 6702]), ("Maskiner og inventar", "4", [1284, 1390])],
            current=[("Kundefordringar", "", [1102, 988]), ("Andre fordringar", "", [214, 260]),
                     ("Bankinnskot", "", "plug")],
            equity=[("Aksjekapital", "", [1000, 1000]), ("Annan eigenkapital", "", [4880, 4716])],
            long=[("Pantelån", "5", [3420, 3640])],
            short=[("Leverandørgjeld", "", [712, 688]), ("Skuldige offentlege avgifter", "", [1204, 1130]),
                   ("Anna kortsiktig gjeld", "", [1010, 1092])]),
        unit=1000, negative="paren", note_col="Note", render="ruled", below="Beløp i heile tusen kroner.")
    items = [
        ("h", 1, "Årsmelding 2019"),
        ("h", 2, "Frå dagleg leiar"),
        ("p", "2019 vart eit år med mykje aktivitet. Vi fekk fleire AFT-plassar, opna ny kantine på "
              "{g?:Skulestadmo} og fekk to nye industrikundar. Frå 1. januar 2020 blir {g:Voss} og {g:Granvin} "
              "slått saman til {g:Voss herad|Voss}, og {g:Hordaland} og {g:Sogn og Fjordane} blir til "
              "{g:Vestland} fylke. Vi er godt førebudde på endringane."),
        ("p", "Takk til alle tilsette og deltakarar for innsatsen!"),
        ("p", "Sigrunn Lid, dagleg leiar", {"italic": True}),
        ("h", 2, "Om bedrifta"),
        ("p", "Raundal Vekst AS er ei arbeids- og inkluderingsbedrift i {g:Voss}. Bedrifta vart etablert i "
              "januar 1989 og er eigd av {g:Voss kommune|Voss} ({p:80 %|Voss kommune}) og {g:Granvin herad|Granvin} "
              "({p:20 %|Granvin herad}). Adressa er Raundalsvegen 112, 5710 {g:Voss}, telefon 56 52 44 10, "
              "e-post post@raundalvekst.no og heimeside www.raundalvekst.no."),
        ("h", 2, "Tiltak og plassar"),
        ("p", "Bedrifta har avtale med NAV {g?:Hordaland} om tiltaksplassar. Ved utgangen av året hadde vi desse "
              "plassane:"),
        ("table", [["Tiltak", "Plassar", "Deltakarar i 2019"],
                   ["Varig tilrettelagt arbeid (VTA)", "27", "31"],
                   ["Varig tilrettelagt arbeid i ordinær verksemd (VTO)", "4", "5"],
                   ["Arbeidsførebuande trening (AFT)", "18", "64"]], {"size": 9}),
        ("p", "Av deltakarane som avslutta AFT i 2019, gjekk {p:41 %|avslutta AFT} over til arbeid eller utdanning, "
              "medan {p:23 %|vidare oppfølging} fekk vidare oppfølging frå NAV."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2019 bestått av Eirik Dyrvedal (styreleiar), Turid Mæland (nestleiar), Arve Bjørgo "
              "(styremedlem), Ingvild Tveito (styremedlem) og Håkon Lydvo (tilsetterepresentant). Varamedlemer "
              "har vore Astrid Nesheim og Kjetil Gjerme."),
        ("p", "Styret har hatt seks møte. Dagleg leiar Sigrunn Lid sit i styret for bransjeforeininga sitt "
              "regionlag, der Ragnar Himle er leiar."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Det var 19 tilsette i 16,4 årsverk ved utgangen av 2019. Sjukefråværet var "
              "{p:7,9 prosent|Sjukefråværet}, ein nedgang frå {p:9,2 prosent|nedgang} i 2018. Blant dei tilsette "
              "er {p:58 %|kvinner} kvinner."),
        ("h", 2, "Økonomi"),
        ("p", "Driftsinntektene auka med {p:6,3 %|Driftsinntektene auka} til 21,4 millionar kroner, og "
              "årsresultatet vart 164 000 kroner. Styret meiner at føresetnaden om vidare drift er til stades."),
        ("h", 2, "Resultatrekneskap", {}),
        ("stmt", result),
        ("h", 2, "Balanse"),
        ("stmt", bal),
        ("sign", "{g:Voss}, 12. mars 2020", [
            ("Eirik Dyrvedal", "styreleiar"), ("Turid Mæland", "nestleiar"), ("Arve Bjørgo", "styremedlem"),
            ("Ingvild Tveito", "styremedlem"), ("Håkon Lydvo", "styremedlem"), ("Sigrunn Lid", "dagleg leiar")],
         {"cols": 3, "title_above": True}),
    ]
    return {
        "name": "raundal-2019", "lang": "nn", "year": 2019, "title": "Raundal Vekst AS årsmelding 2019",
        "font": "DejaVu Sans Condensed", "body_pt": 10,
        "header": "Raundal Vekst AS | Årsmelding 2019", "header_align": "right", "footer": "{PAGE}",
        "organization": {"name": "Raundal Vekst AS", "founded_year": 1989, "address": "Raundalsvegen 112",
                         "phone": "56 52 44 10", "email": "post@raundalvekst.no", "website": "www.raundalvekst.no",
                         "owners": [{"name": "Voss kommune", "share_percent": 80},
                                    {"name": "Granvin herad", "share_percent": 20}]},
        "ceo": "Sigrunn Lid", "board": board, "emp_known": True, "board_optional": ["Sigrunn Lid"],
        "programs": {"VTA": 27, "VTO": 4, "AFT": 18}, "items": items, "renditions": ["docx", "pdf"],
        "notes": "Invented 2019 annual report (nynorsk) of a vekstbedrift in Voss, Hordaland; the 2020 merger "
                 "(Voss herad, Vestland) is named as coming. The CEO's foreword is signed 'Sigrunn Lid, dagleg "
                 "leiar'. Board in one prose sentence 'Name (role)', with '(tilsetterepresentant)' for the "
                 "employee-elected member and deputies in the next sentence; Ragnar Himle leads another "
                 "organisation's regional board (not board). Programs in a table: VTA 27, VTO 4, AFT 18 "
                 "(participants in the third column are not places). Signature block with the title above the "
                 "name. Statements ruled with Note column, 'Beløp i heile tusen kroner.' as a caption BELOW each "
                 "table, negatives in parentheses; key figures x1000.",
    }


def byafossen_2005() -> dict:
    """Bokmål 2005 in Nord-Trøndelag: a board photo whose caption names people by position, roles in
    'Name, role' bullets and the signature block; 'Tall i tusen kroner' above an unruled statement."""
    board = [M("Gunnar Aune", "LEDE"), M("Siri Løvaas", "NEST"), M("Magne Haugan", "MEDL"),
             M("Liv Kristin Skjærvø", "MEDL"), M("Oddvar Reitan", "MEDL", emp=True),
             M("Bente Hoff", "VARA"), M("Arnfinn Sæther", "VARA")]
    cols = [Col("2005", 2005), Col("2004", 2004)]
    result = Statement(
        "Resultatregnskap", cols, income("nb", 2,
            inc=[("Salgsinntekter", "", [6214, 5890]), ("Tilskudd fra Aetat", "2", [7680, 7420]),
                 ("Tilskudd fra kommunene", "", [420, 420])],
            cost=[("Varekostnad", "", [2980, 2760]), ("Lønnskostnader", "3", [9640, 9312]),
                  ("Avskrivninger", "4", [512, 540]), ("Andre driftskostnader", "", [1402, 1350])],
            fin=[("Renteinntekter", "", [46, 38]), ("Rentekostnader", "", [-88, -97])]),
        unit=1000, note_col="Note", render="unruled", above="Tall i tusen kroner")
    bal = Statement(
        "Balanse", [Col("2005", 2005), Col("2004", 2004)], balance("nb", 2,
            fixed=[("Bygninger", "4", [3840, 3990]), ("Maskiner og anlegg", "4", [1210, 1342])],
            current=[("Varer", "", [640, 602]), ("Kundefordringer", "", [880, 815]), ("Bankinnskudd", "", "plug")],
            equity=[("Aksjekapital", "", [600, 600]), ("Annen egenkapital", "", [1488, 1750])],
            long=[("Pantegjeld", "5", [2950, 3120])],
            short=[("Leverandørgjeld", "", [960, 870]), ("Skyldige offentlige avgifter", "", [780, 745]),
                   ("Annen kortsiktig gjeld", "", [512, 488])]),
        unit=1000, note_col="Note", render="unruled", above="Tall i tusen kroner")
    items = [
        ("h", 1, "Årsrapport 2005"),
        ("photo", 3, 3, "Styret og daglig leder. Fra venstre bak: Magne Haugan, Liv Kristin Skjærvø og Oddvar "
                        "Reitan. Foran fra venstre: Siri Løvaas, daglig leder Jon Olav Ertsgaard og Gunnar Aune."),
        ("h", 2, "Virksomheten"),
        ("p", "Byafossen Produkt AS er en vekstbedrift i {g:Steinkjer} som tilbyr arbeid og arbeidstrening til "
              "personer med nedsatt arbeidsevne. Bedriften eies av {g:Steinkjer kommune|Steinkjer} "
              "({p:66 %|Steinkjer kommune}), {g:Verran kommune|Verran} ({p:17 %|Verran kommune}) og "
              "{g:Snåsa kommune|Snåsa} ({p:17 %|Snåsa kommune})."),
        ("p", "Vi produserer paller og ved og tar monteringsoppdrag for industrien i {g:Nord-Trøndelag}. Den "
              "største kunden er et sagbruk i {g:Sverige}, som i 2005 sto for {p:18 prosent|største kunden} av "
              "salgsinntektene."),
        ("h", 2, "Attføring og tilrettelagt arbeid"),
        ("p", "Ved utgangen av 2005 hadde bedriften 30 plasser i varig tilrettelagt arbeid (VTA) og 10 plasser "
              "for arbeidspraksis i skjermet virksomhet (APS). Plassene for kvalifisering i "
              "arbeidsmarkedsbedrift (KIA) ble økt fra fire til seks i løpet av året."),
        ("p", "I oktober arrangerte bedriften en fagdag i {g:Trondheim} for vekstbedrifter i {g:Midt-Norge}, "
              "med 120 deltakere."),
        ("h", 2, "Styret"),
        ("p", "Styret har hatt sju møter i 2005 og består av:"),
        ("li", "Gunnar Aune, styreleder (siden 2002)"),
        ("li", "Siri Løvaas, nestleder"),
        ("li", "Magne Haugan, styremedlem"),
        ("li", "Liv Kristin Skjærvø, styremedlem"),
        ("li", "Oddvar Reitan, styremedlem, valgt av og blant de ansatte"),
        ("li", "Bente Hoff, varamedlem"),
        ("li", "Arnfinn Sæther, varamedlem"),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Bedriften hadde 12 ansatte i 11,4 årsverk. Sykefraværet var {p:4,9 %|Sykefraværet}. Det har ikke "
              "vært personskader i 2005."),
        ("h", 2, "Økonomi"),
        ("p", "Årsresultatet ble et underskudd på 262 000 kroner. Underskuddet skyldes i hovedsak lavere "
              "tømmerpriser i andre halvår. Styret mener likevel at forutsetningen om fortsatt drift er til stede."),
        ("h", 2, "Resultatregnskap"),
        ("stmt", result),
        ("h", 2, "Balanse 31.12."),
        ("stmt", bal),
        ("sign", "{g:Steinkjer}, 16. februar 2006", [
            ("Gunnar Aune", "styreleder"), ("Siri Løvaas", "nestleder"), ("Magne Haugan", "styremedlem"),
            ("Liv Kristin Skjærvø", "styremedlem"), ("Oddvar Reitan", "styremedlem (ansattvalgt)"),
            ("Jon Olav Ertsgaard", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "byafossen-2005", "lang": "nb", "year": 2005, "title": "Byafossen Produkt AS årsrapport 2005",
        "header": "Årsrapport 2005", "header_align": "right", "footer": "Byafossen Produkt AS – side {PAGE}",
        "organization": {"name": "Byafossen Produkt AS",
                         "owners": [{"name": "Steinkjer kommune", "share_percent": 66},
                                    {"name": "Verran kommune", "share_percent": 17},
                                    {"name": "Snåsa kommune", "share_percent": 17}]},
        "ceo": "Jon Olav Ertsgaard", "board": board, "emp_known": True, "board_optional": ["Jon Olav Ertsgaard"],
        "programs": {"VTA": 30}, "items": items, "renditions": ["docx", "pdf"],
        "notes": "Invented 2005 annual report (bokmål) of a vekstbedrift in Steinkjer, Nord-Trøndelag. Opens "
                 "with a group photo (no text in the picture) whose caption names the board and the daglig "
                 "leder by position ('Fra venstre bak ... Foran fra venstre ...'); the roles come from "
                 "'Name, role' bullets ('Oddvar Reitan, styremedlem, valgt av og blant de ansatte', two "
                 "'varamedlem') and the signature block (title under the name, daglig leder included). "
                 "Statements unruled, 'Tall i tusen kroner' above, minus signs; a loss in both years. "
                 "APS and KIA places are not gold programs.",
    }


REPORTS = [ilseng_1998, fjordglott_2003, raundal_2019, byafossen_2005]
