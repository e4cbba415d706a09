"""Reports of the thirty-sixth held-out set (part A): full annual accounts of a vekstbedrift, a
nynorsk arbeids- og inkluderingsverksemd and a vekstbedrift konsern. Invented names and figures;
real places valid in the report's year. Markup: see bench/heldout/make_heldout.py."""
from __future__ import annotations

from h3_render import Kroner
from h36_common import CASH_NB, CASH_NN, Col, Line, Statement, balance, cash_flow, equity_share, five_years, income, line_values, result_of
from heldout_finance import ACTUAL, BUDGET, OTHER


def roykenvik_vekst_2019() -> dict:
    """Long: board's report with a five-year table in 1000 kr beside statements in whole kroner;
    the board only in the signature block, roles beneath the names; balance over a page break."""
    inc = [("Salgsinntekter", "2", [14_382_911, 13_907_455]), ("Tilskudd fra NAV", "2", [11_604_200, 11_218_640]),
           ("Kommunale tilskudd", "2", [2_296_800, 2_208_000]), ("Andre driftsinntekter", "", [318_402, 295_110])]
    cost = [("Varekostnad", "", [4_105_377, 3_980_214]), ("Lønnskostnader", "3", [19_870_553, 19_015_870]),
            ("Avskrivninger på varige driftsmidler", "4", [912_440, 866_102]),
            ("Andre driftskostnader", "", [3_455_918, 3_802_507])]
    fin = [("Finansinntekter", "", [86_215, 71_904]), ("Finanskostnader", "", [-112_660, -138_095])]
    res_lines = income("nb", 2, inc, cost, fin)
    result = result_of(res_lines)
    other_eq_2017 = 3_118_406
    other_eq = [round(other_eq_2017 + result[1] + result[0]), round(other_eq_2017 + result[1])]
    bal_lines = balance("nb", 2,
                        fixed=[("Tomter og bygninger", "4", [6_840_000, 7_020_000]),
                               ("Maskiner, inventar og kjøretøy", "4", [1_912_355, 1_648_795])],
                        current=[("Varelager", "", [612_480, 588_930]), ("Kundefordringer", "", [1_904_377, 2_115_604]),
                                 ("Andre kortsiktige fordringer", "", [244_110, 198_472]),
                                 ("Bankinnskudd og kontanter", "8", "plug")],
                        equity=[("Aksjekapital (1 000 aksjer à kr 1 000)", "5, 6", [1_000_000, 1_000_000]),
                                ("Annen egenkapital", "5", other_eq)],
                        long=[("Pantelån", "7", [3_850_000, 4_150_000])],
                        short=[("Leverandørgjeld", "", [1_288_940, 1_402_118]),
                               ("Skyldige offentlige avgifter", "", [1_655_302, 1_590_446]),
                               ("Annen kortsiktig gjeld", "", [2_240_115, 2_019_561])],
                        labels={"long": "Annen langsiktig gjeld"})
    bank = line_values(bal_lines, "Bankinnskudd og kontanter")
    cash = cash_flow(CASH_NB, result, [912_440, 866_102], [1_096_000, 512_300], [-300_000, -300_000],
                     bank, 2_102_115)
    cols = [Col("2019", 2019), Col("2018", 2018)]
    res = Statement("Resultatregnskap", cols, res_lines, note_col="Note", label_header="Beløp i hele kroner",
                    negative="paren")
    bal = Statement("Balanse pr. 31.12.", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)], bal_lines,
                    note_col="Note", label_header="Beløp i hele kroner", negative="paren")
    cf = Statement("Kontantstrømoppstilling", cols, cash, label_header="Beløp i hele kroner", negative="paren")
    equity = line_values(bal_lines, "Sum egenkapital")
    total = line_values(bal_lines, "Sum eiendeler")
    key = five_years([2019, 2018, 2017, 2016, 2015],
                     [("Driftsinntekter", [28_602, 27_629, 26_904, 25_718, 24_960]),
                      ("Årets resultat", [232, -102, 410, 388, -57]),
                      ("Egenkapital", [round(equity[0] / 1000), round(equity[1] / 1000), 4_118, 3_708, 3_320])],
                     unit=1000, label_header="Beløp i 1000 kr")
    share = [equity_share(equity[0], total[0]), equity_share(equity[1], total[1])]
    board = [("Kristin Bråthen", "LEDE", False), ("Per Arne Solberg", "NEST", False),
             ("Heidi Moe Lunder", "MEDL", False), ("Arild Skaret", "MEDL", False),
             ("Line Kristoffersen", "MEDL", True)]
    items = [
        ("bh", "Årsrapport 2019", {"size": 26}),
        ("p", "Røykenvik Vekst AS – arbeid, opplæring og mestring på {g:Hadeland}", {"size": 13}),
        ("photo", 4, 5, "Medarbeidere og arbeidsledere i snekkerverkstedet på {g:Brandbu} en vårdag i 2019. "
                        "Foto: Tove Myhrer"),
        ("p", "Røykenvik Vekst AS · Org.nr. 971 284 530 · Vikaveien 12, 2750 {g:Gran} · "
              "post@roykenvikvekst.no · www.roykenvikvekst.no · Tlf. 61 33 40 00", {"size": 8.5}),
        ("pagebreak",),
        ("toc", [("Daglig leder har ordet", 3), ("Om bedriften", 4), ("Tiltak og resultater", 5),
                 ("Avdelingene våre", 6), ("Styrets årsberetning 2019", 7), ("Resultatregnskap", 10),
                 ("Balanse", 10), ("Kontantstrømoppstilling", 12), ("Noter til regnskapet", 13),
                 ("Revisors beretning", 16)]),
        ("pagebreak",),
        ("h", 1, "Daglig leder har ordet"),
        ("p", "2019 ble et år med god aktivitet i alle avdelinger. Vi har hatt flere deltakere enn noen gang i "
              "arbeidsforberedende trening, og vaskeriet har fått to nye kunder i {g:Lunner}. Det økonomiske "
              "resultatet ble bedre enn budsjettert, etter et svakt 2018."),
        ("p", "Jeg vil takke NAV {g:Hadeland} ved avdelingsleder Ragnhild Seterlund for et tett og godt samarbeid "
              "om oppfølgingen av deltakerne. Takk også til Ola Kvam, som gikk av med pensjon i oktober etter 26 år "
              "som arbeidsleder i snekkerverkstedet, og til alle medarbeidere og deltakere for innsatsen."),
        ("p", "Trond Vestby\ndaglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om bedriften"),
        ("p", "Røykenvik Vekst AS ble stiftet i 1987 og er en arbeids- og inkluderingsbedrift eid av de tre "
              "kommunene på {g:Hadeland}. Bedriften holder til i egne lokaler i {g:Gran} sentrum, med avdelinger på "
              "{g:Brandbu} og i {g:Jevnaker}."),
        ("table", [["Eier", "Antall aksjer", "Eierandel"],
                   ["Gran kommune", "500", "{p:50 %}"],
                   ["Lunner kommune", "350", "{p:35 %}"],
                   ["Jevnaker kommune", "150", "{p:15 %}"],
                   ["Sum", "1 000", "{p?:100 %}"]], {"ruled": True, "shade_header": "DCE6D8"}),
        ("h", 1, "Tiltak og resultater"),
        ("p", "Bedriften er godkjent for 42 plasser i varig tilrettelagt arbeid (VTA) og har avtale med NAV om 28 "
              "plasser i arbeidsforberedende trening (AFT)."),
        ("table", [["Tiltak", "Plasser", "Deltakere i året", "Avsluttet til arbeid/utdanning"],
                   ["VTA", "42", "47", "3"], ["AFT", "28", "71", "24"]], {"ruled": True, "shade_header": "DCE6D8"}),
        ("p", "Av deltakerne som avsluttet AFT i 2019, gikk {p:46 %|til arbeid eller utdanning} "
              "til arbeid eller utdanning, mot {p:39 %|året før} året før."),
        ("h", 1, "Avdelingene våre"),
        ("p", "Snekkerverkstedet lager utemøbler, hagekasser og ved. Avdelingsleder er Bjørn Rustad."),
        ("p", "Vaskeriet vasker for tre sykehjem og to hoteller. Avdelingsleder er Anita Sveen Dahl."),
        ("p", "Kantina i rådhuset i {g:Gran} drives av Røykenvik Vekst AS med seks VTA-plasser. Kokk og leder er "
              "Roger Nilsen."),
        ("p", "Jobbspesialistene Maren Hoel og Eirik Tangen følger opp AFT-deltakerne ute i ordinære bedrifter."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning 2019"),
        ("h", 2, "Virksomhetens art og hvor den drives"),
        ("p", "Røykenvik Vekst AS har som formål å gi arbeidstrening, kvalifisering og varig tilrettelagt arbeid "
              "til personer med nedsatt arbeidsevne. Virksomheten drives i {g:Gran}, {g:Lunner} og {g:Jevnaker} "
              "kommuner i {g:Oppland}. Selskapet deler ikke ut utbytte; overskudd blir i virksomheten."),
        ("h", 2, "Fortsatt drift"),
        ("p", "Forutsetningen om fortsatt drift er lagt til grunn ved avleggelsen av årsregnskapet. Styret mener "
              "årsregnskapet gir et rettvisende bilde av selskapets eiendeler og gjeld, finansielle stilling og "
              "resultat."),
        ("h", 2, "Arbeidsmiljø og sykefravær"),
        ("p", "Ved utgangen av året hadde bedriften 27 ansatte i 24,6 årsverk. Sykefraværet blant de ansatte var "
              "{p:6,8 %|sykefraværet blant de ansatte} i 2019, mot {p:8,1 %|i 2018} i 2018. Det har "
              "ikke vært skader eller ulykker som har ført til fravær."),
        ("h", 2, "Likestilling og diskriminering"),
        ("p", "Av de ansatte er 15 kvinner og 12 menn. Styret har tre kvinner og to menn. Bedriften arbeider "
              "aktivt for å hindre diskriminering."),
        ("h", 2, "Ytre miljø"),
        ("p", "Virksomheten forurenser ikke det ytre miljøet utover det som er vanlig for bransjen."),
        ("h", 2, "Nøkkeltall"),
        ("keytable", key,
         [["Egenkapitalandel", "{p:" + share[0] + "}", "{p:" + share[1] + "}", "{p:47,9 %}", "{p:45,1 %}",
           "{p:42,6 %}"],
          ["Sykefravær ansatte", "{p:6,8 %}", "{p:8,1 %}", "{p:7,4 %}", "{p:5,9 %}", "{p:6,3 %}"]],
         {"title": "Nøkkeltall 2015–2019"}),
        ("h", 2, "Resultat og disponering"),
        ("p", "Driftsinntektene økte med 3,5 prosent til kr 28,6 millioner. Årets resultat ble et overskudd på "
              "kr 231 580, mot et underskudd året før. Styret foreslår at overskuddet overføres til annen "
              "egenkapital. Selskapet har god likviditet."
              .replace("3,5 prosent", "{p:3,5 prosent|Driftsinntektene økte}")),
        ("h", 2, "Styrets arbeid"),
        ("p", "Styret har hatt seks møter og behandlet 41 saker. Varamedlem Sigrid Haug møtte på to av møtene. "
              "Generalforsamlingen ble holdt 23. mai 2019, med ordfører Sverre Lindbakken som eiernes representant "
              "for Gran kommune."),
        ("sign", "{g:Gran}, 17. mars 2020",
         [("Kristin Bråthen", "Styrets leder"), ("Per Arne Solberg", "Nestleder"), ("Heidi Moe Lunder", "Styremedlem"),
          ("Arild Skaret", "Styremedlem"), ("Line Kristoffersen", "Styremedlem, ansattvalgt"),
          ("Trond Vestby", "Daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2019"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember 2019"}),
        ("sign", "{g:Gran}, 17. mars 2020",
         [("Kristin Bråthen", "styreleder"), ("Per Arne Solberg", "nestleder"), ("Heidi Moe Lunder", "styremedlem"),
          ("Arild Skaret", "styremedlem"), ("Line Kristoffersen", "styremedlem"), ("Trond Vestby", "daglig leder")],
         {"cols": 3}),
        ("pagebreak",),
        ("stmt", cf, {"title": "Kontantstrømoppstilling 2019"}),
        ("h", 1, "Noter til regnskapet"),
        ("h", 2, "Note 1 Regnskapsprinsipper"),
        ("p", "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk for små foretak. "
              "Driftsmidler avskrives lineært over forventet levetid. Tilskudd fra NAV inntektsføres i den "
              "perioden tiltaket gjennomføres. Selskapet er fritatt for skatteplikt."),
        ("h", 2, "Note 2 Driftsinntekter"),
        ("table", [["Beløp i hele kroner", "2019", "2018"],
                   ["Tilskudd VTA, NAV", "7 418 200", "7 190 640"], ["Tilskudd AFT, NAV", "4 186 000", "4 028 000"],
                   ["Kommunal medfinansiering VTA", "2 296 800", "2 208 000"],
                   ["Salg av varer og tjenester", "14 382 911", "13 907 455"]], {"ruled": False}),
        ("h", 2, "Note 3 Lønnskostnader, antall ansatte, godtgjørelser"),
        ("table", [["Beløp i hele kroner", "2019", "2018"],
                   ["Lønninger", "12 044 318", "11 560 204"], ["Lønn VTA-arbeidstakere", "3 902 644", "3 744 120"],
                   ["Arbeidsgiveravgift", "2 244 901", "2 150 377"], ["Pensjonskostnader", "1 031 560", "968 905"],
                   ["Andre ytelser", "647 130", "592 264"], ["Sum", "19 870 553", "19 015 870"]],
         {"ruled": False, "bold_rows": {6}}),
        ("p", "Antall årsverk: 24,6 (24,1). Daglig leder har mottatt lønn på kr 912 000 og annen godtgjørelse på "
              "kr 4 392. Styrets honorar var kr 96 000, hvorav styreleder kr 36 000. Revisors honorar for "
              "lovpålagt revisjon var kr 58 750 eks. mva."),
        ("h", 2, "Note 4 Varige driftsmidler"),
        ("table", [["", "Bygninger og tomter", "Maskiner, inventar, biler", "Sum"],
                   ["Anskaffelseskost 01.01.", "9 000 000", "5 211 040", "14 211 040"],
                   ["Tilgang i året", "0", "1 096 000", "1 096 000"],
                   ["Akkumulerte avskrivninger 31.12.", "2 160 000", "4 394 685", "6 554 685"],
                   ["Bokført verdi 31.12.", "6 840 000", "1 912 355", "8 752 355"],
                   ["Årets avskrivninger", "180 000", "732 440", "912 440"],
                   ["Avskrivningssats", "{p:2 %}", "{p:20 %}", ""]], {"ruled": True, "size": 8.5}),
        ("h", 2, "Note 5 Egenkapital"),
        ("table", [["", "Aksjekapital", "Annen egenkapital", "Sum"],
                   ["Egenkapital 01.01.", "1 000 000", f"{other_eq[1]:,}".replace(",", " "),
                    f"{other_eq[1] + 1_000_000:,}".replace(",", " ")],
                   ["Årets resultat", "", f"{round(result[0]):,}".replace(",", " "), f"{round(result[0]):,}".replace(",", " ")],
                   ["Egenkapital 31.12.", "1 000 000", f"{other_eq[0]:,}".replace(",", " "),
                    f"{other_eq[0] + 1_000_000:,}".replace(",", " ")]], {"ruled": True, "size": 8.5}),
        ("h", 2, "Note 6 Aksjekapital og aksjonærer"),
        ("p", "Aksjekapitalen består av 1 000 aksjer à kr 1 000. Gran kommune eier 500 aksjer, Lunner kommune 350 "
              "og Jevnaker kommune 150 aksjer."),
        ("h", 2, "Note 7 Pantstillelser"),
        ("p", "Pantelånet i Randsfjord Sparebank er sikret med pant i bygningen i Vikaveien 12. Lånet nedbetales "
              "med kr 300 000 per år."),
        ("h", 2, "Note 8 Bundne midler"),
        ("p", "Av bankinnskuddene er kr 702 118 bundne skattetrekksmidler."),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til generalforsamlingen i Røykenvik Vekst AS"),
        ("p", "Vi har revidert Røykenvik Vekst AS' årsregnskap, som viser et overskudd på kr 231 580. Etter vår "
              "mening er årsregnskapet avgitt i samsvar med lov og forskrifter og gir et rettvisende bilde av "
              "selskapets finansielle stilling per 31. desember 2019."),
        ("p", "{g:Hamar}, 20. mars 2020\nBakke & Strand Revisjon AS\nGuro Fjeld\nstatsautorisert revisor"),
    ]
    return {
        "name": "roykenvik-vekst-2019", "lang": "nb", "year": 2019, "title": "Røykenvik Vekst AS Årsrapport 2019",
        "organization": {"name": "Røykenvik Vekst AS", "founded_year": 1987, "address": "Vikaveien 12, 2750 Gran",
                         "email": "post@roykenvikvekst.no", "website": "www.roykenvikvekst.no",
                         "phone": "61 33 40 00",
                         "owners": [{"name": "Gran kommune", "share_percent": 50},
                                    {"name": "Lunner kommune", "share_percent": 35},
                                    {"name": "Jevnaker kommune", "share_percent": 15}]},
        "ceo": "Trond Vestby", "board": board, "board_optional": ["Sigrid Haug"],
        "not_board": ["Ragnhild Seterlund", "Ola Kvam", "Bjørn Rustad", "Anita Sveen Dahl", "Roger Nilsen",
                      "Maren Hoel", "Eirik Tangen", "Sverre Lindbakken", "Guro Fjeld", "Tove Myhrer"],
        "programs": {"VTA": 42, "AFT": 28},
        "not_places": ["Røykenvik Vekst", "Gran kommune", "Lunner kommune", "Jevnaker kommune", "Randsfjord Sparebank"],
        "places_optional": ["Gran kommune", "Lunner kommune", "Jevnaker kommune"],
        "header": "Røykenvik Vekst AS – Årsrapport 2019", "footer": "Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "Long vekstbedrift report: five-year key figures in 1000 kr in the board's report beside statements "
                 "in whole kroner with a Note column and bracketed negatives; the board only in two signature blocks "
                 "(roles beneath the names, the second in lower case); a varamedlem who attended (optional).",
    }


def sunde_arbeid_2014() -> dict:
    """Nynorsk: styret si årsmelding with the board in grouped prose (valt av generalforsamlinga /
    av og blant dei tilsette / varamedlemer), a resultatrekneskap Rekneskap | Budsjett | Rekneskap
    in heile kroner with minus, and signatures with roles beneath the names."""
    inc = [("Sal av varer og tenester", "", [6_214_380, 6_000_000, 5_884_912]),
           ("Tilskot frå NAV", "2", [5_902_560, 5_880_000, 5_655_300]),
           ("Tilskot frå Kvinnherad kommune", "2", [1_320_000, 1_320_000, 1_270_000])]
    cost = [("Varekostnad", "", [2_410_775, 2_300_000, 2_298_604]), ("Lønskostnader", "3", [9_418_231, 9_350_000, 8_990_122]),
            ("Avskrivingar", "4", [402_118, 410_000, 388_540]), ("Andre driftskostnader", "", [1_577_904, 1_300_000, 1_241_877])]
    fin = [("Finansinntekter", "", [41_205, 30_000, 36_110]), ("Finanskostnader", "", [-18_770, -20_000, -22_406])]
    res_lines = income("nn", 3, inc, cost, fin, labels={"fin": "Finansinntekter og finanskostnader"})
    result = [result_of(res_lines)[0], result_of(res_lines)[2]]
    bal_lines = balance("nn", 2,
                        fixed=[("Bygningar", "4", [3_120_000, 3_240_000]), ("Maskiner og inventar", "4", [866_402, 1_028_520])],
                        current=[("Varelager", "", [402_660, 377_105]), ("Kundefordringar", "", [1_088_431, 964_217]),
                                 ("Bankinnskot", "", "plug")],
                        equity=[("Aksjekapital", "", [500_000, 500_000]),
                                ("Anna eigenkapital", "", [round(2_941_055 + result[1] + result[0]), round(2_941_055 + result[1])])],
                        long=[("Lån i Kvinnherad Sparebank", "5", [1_700_000, 1_850_000])],
                        short=[("Leverandørgjeld", "", [512_887, 488_640]), ("Skuldige offentlege avgifter", "", [744_310, 702_955]),
                               ("Anna kortsiktig gjeld", "", [689_104, 655_278])],
                        labels={"eq_debt": "Eigenkapital og gjeld", "long": "Langsiktig gjeld"})
    res = Statement("Resultatrekneskap",
                    [Col("Rekneskap 2014", 2014), Col("Budsjett 2014", 2014, BUDGET), Col("Rekneskap 2013", 2013)],
                    res_lines, note_col="Note", label_header="Tal i heile kroner")
    bal = Statement("Balanse", [Col("31.12.2014", 2014), Col("31.12.2013", 2013)], bal_lines, note_col="Note",
                    label_header="Tal i heile kroner")
    board = [("Oddbjørn Tveit", "LEDE", False), ("Gunn Helen Eide", "NEST", False), ("Lars Ivar Hauge", "MEDL", False),
             ("Marta Vikebø", "MEDL", True), ("Asle Bruvik", "VARA", None), ("Synnøve Opsal", "VARA", None)]
    items = [
        ("bh", "Sunde Arbeid AS", {"size": 18}),
        ("bh", "Styret si årsmelding for 2014"),
        ("h", 2, "Verksemda"),
        ("p", "Sunde Arbeid AS er ei arbeids- og inkluderingsverksemd med forretningsadresse på {g:Sunde} i "
              "{g:Kvinnherad} kommune i {g:Hordaland}. Selskapet vart skipa i 1991. Kvinnherad kommune eig "
              "{p:82 %|Kvinnherad kommune eig} av aksjane og Husnes Næringsselskap AS "
              "{p:18 %|Husnes Næringsselskap AS}."),
        ("p", "Verksemda har 24 plassar for varig tilrettelagt arbeid (VTA) og 16 plassar i arbeidsførebuande "
              "trening (AFT). Vi driv snikkarverkstad, vedproduksjon og kantine, og har arbeidslag ute hjå "
              "bedrifter på {g:Husnes} og i {g:Rosendal}."),
        ("h", 2, "Styret og leiinga"),
        ("p", "Styret har i 2014 vore samansett slik: Valt av generalforsamlinga: Oddbjørn Tveit (styreleiar), "
              "Gunn Helen Eide (nestleiar) og Lars Ivar Hauge. Valt av og blant dei tilsette: Marta Vikebø. "
              "Varamedlemer: Asle Bruvik (for eigarane) og Synnøve Opsal (for dei tilsette)."),
        ("p", "Dagleg leiar er Kjell Arne Sæbø. Styret har halde sju møte og handsama 38 saker. På "
              "generalforsamlinga i mai møtte varaordførar Reidun Haugland for Kvinnherad kommune."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Ved årsskiftet var det 14 tilsette i 12,8 årsverk i tillegg til arbeidstakarane på VTA. "
              "Sjukefråværet var {p:5,2 %|sjukefråværet} mot {p:7,0 %|året før} året før. Av dei tilsette er "
              "sju kvinner. Styret har to kvinner og to menn."),
        ("h", 2, "Ytre miljø"),
        ("p", "Verksemda ureinar ikkje det ytre miljøet meir enn det som er vanleg i bransjen."),
        ("h", 2, "Økonomi"),
        ("p", "Driftsinntektene auka til kr 13 436 940. Årsresultatet vart eit underskot på kr "
              f"{round(-result[0]):,}".replace(",", " ") + ", som er svakare enn budsjettert, mest på grunn av auka "
              "kostnader til vedlikehald av bygningane. Føresetnaden om vidare drift er lagd til grunn. Styret gjer "
              "framlegg om at underskotet vert dekt av anna eigenkapital."),
        ("h", 2, "Framtida"),
        ("p", "Styret reknar med at talet på tiltaksplassar vert halde oppe i 2015, og at samarbeidet med NAV "
              "{g?:Kvinnherad} held fram som før."),
        ("sign", "{g:Husnes}, 24. mars 2015",
         [("Oddbjørn Tveit", "styreleiar"), ("Gunn Helen Eide", "nestleiar"), ("Lars Ivar Hauge", "styremedlem"),
          ("Marta Vikebø", "styremedlem"), ("Kjell Arne Sæbø", "dagleg leiar")], {"cols": 3}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatrekneskap 2014"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2014"}),
        ("h", 2, "Notar"),
        ("p", "Note 1 Rekneskapsprinsipp. Årsrekneskapen er sett opp etter rekneskapslova og god rekneskapsskikk "
              "for små føretak. Selskapet er ikkje skattepliktig."),
        ("p", "Note 2 Tilskot. Tilskot frå NAV gjeld VTA og AFT. Kommunen sitt tilskot er medfinansiering av VTA."),
        ("p", "Note 3 Løn. Dagleg leiar fekk kr 702 000 i løn. Styrehonorar var kr 48 000. Revisor fekk kr 31 250 "
              "for revisjon."),
        ("p", "Note 4 Varige driftsmiddel. Bygningane vert avskrivne med {p:4 %|Bygningane vert avskrivne} "
              "i året, maskiner over fem år."),
        ("p", "Note 5 Langsiktig gjeld. Lånet er sikra med pant i eigedomen og vert nedbetalt med kr 150 000 i året."),
    ]
    return {
        "name": "sunde-arbeid-2014", "lang": "nn", "year": 2014, "title": "Sunde Arbeid AS Årsmelding og rekneskap 2014",
        "organization": {"name": "Sunde Arbeid AS", "founded_year": 1991,
                         "owners": [{"name": "Kvinnherad kommune", "share_percent": 82},
                                    {"name": "Husnes Næringsselskap AS", "share_percent": 18}]},
        "ceo": "Kjell Arne Sæbø", "board": board,
        "not_board": ["Reidun Haugland"],
        "programs": {"VTA": 24, "AFT": 16},
        "not_places": ["Sunde Arbeid", "Kvinnherad kommune", "Husnes Næringsselskap", "Kvinnherad Sparebank",
                       "Tilskot frå Kvinnherad"],
        "places_optional": ["Kvinnherad kommune"],
        "font": "Liberation Serif", "body_pt": 10.5,
        "items": items, "renditions": ["doc", "pdf"],
        "notes": "Nynorsk årsmelding: the board in grouped prose (valt av generalforsamlinga / av og blant dei "
                 "tilsette / varamedlemer for eigarane and for dei tilsette); resultatrekneskap Rekneskap | Budsjett | "
                 "Rekneskap (budget optional) in heile kroner with minus; notes in prose.",
    }


def lagendalen_arbeid_2018() -> dict:
    """Konsern: Morselskap | Konsern statements in 1000 kr; the board in a ruled Navn | Verv | Valgt av
    table; the subsidiary's board chaired by the parent's administrerende direktør; a ledergruppe;
    signatures as a digital-signing table Navn | Rolle | Signert."""
    def four(a, b, c, d):
        return [a, b, c, d]
    inc = [("Salgsinntekter", "2", four(21_408, 19_872, 34_915, 31_240)),
           ("Offentlige tilskudd", "2", four(24_660, 23_905, 24_660, 23_905)),
           ("Andre driftsinntekter", "", four(1_122, 988, 1_340, 1_151))]
    cost = [("Varekostnad", "", four(5_871, 5_402, 11_206, 10_370)),
            ("Lønnskostnader", "3", four(33_614, 32_090, 38_922, 37_114)),
            ("Avskrivninger", "5", four(1_408, 1_355, 2_146, 2_030)),
            ("Andre driftskostnader", "", four(5_902, 6_218, 7_431, 7_780))]
    fin = [("Finansinntekter", "", four(388, 402, 212, 236)), ("Finanskostnader", "", four(-455, -498, -911, -1_002))]
    res_lines = income("nb", 4, inc, cost, fin)
    r = result_of(res_lines)
    bal_lines = balance("nb", 4,
                        fixed=[("Tomter og bygninger", "5", four(18_400, 18_950, 27_880, 28_610)),
                               ("Maskiner, inventar og transportmidler", "5", four(3_912, 3_604, 6_120, 5_842)),
                               ("Aksjer i datterselskap", "6", four(4_000, 4_000, None, None))],
                        current=[("Varer", "", four(1_204, 1_133, 2_688, 2_410)),
                                 ("Kundefordringer", "", four(3_377, 3_108, 4_902, 4_615)),
                                 ("Andre fordringer", "", four(512, 488, 640, 602)),
                                 ("Bankinnskudd og kontanter", "", "plug")],
                        equity=[("Aksjekapital", "7", four(6_000, 6_000, 6_000, 6_000)),
                                ("Annen egenkapital", "7", four(round(14_226 + r[0] + r[1]), round(14_226 + r[1]),
                                                                round(13_418 + r[2] + r[3]), round(13_418 + r[3])))],
                        long=[("Gjeld til kredittinstitusjoner", "8", four(8_600, 9_200, 17_350, 18_400))],
                        short=[("Leverandørgjeld", "", four(2_215, 2_306, 3_488, 3_520)),
                               ("Skyldige offentlige avgifter", "", four(3_104, 2_955, 3_602, 3_470)),
                               ("Annen kortsiktig gjeld", "", four(3_870, 3_688, 4_612, 4_390))])
    cols = [Col("2018", 2018), Col("2017", 2017), Col("2018", 2018, OTHER), Col("2017", 2017, OTHER)]
    res = Statement("Resultatregnskap", cols, res_lines, unit=1000, note_col="Note", label_header="Tall i 1000 kr")
    bal = Statement("Balanse", [Col("31.12.18", 2018), Col("31.12.17", 2017), Col("31.12.18", 2018, OTHER),
                                Col("31.12.17", 2017, OTHER)], bal_lines, unit=1000, note_col="Note",
                    label_header="Tall i 1000 kr")
    groups = [("Morselskap", 2), ("Konsern", 2)]
    board = [("Mona Sæther", "LEDE", False), ("Geir Ove Kittilsen", "NEST", False), ("Ellen Brekke Fossum", "MEDL", False),
             ("Håkon Rue", "MEDL", False), ("Camilla Nyhus", "MEDL", True), ("Stian Aasland", "MEDL", True),
             ("Bente Lofthus", "VARA", None)]
    sign_rows = [["Navn", "Rolle", "Signert"],
                 ["Mona Sæther", "Styrets leder", "19.03.2019"], ["Geir Ove Kittilsen", "Nestleder", "19.03.2019"],
                 ["Ellen Brekke Fossum", "Styremedlem", "20.03.2019"], ["Håkon Rue", "Styremedlem", "19.03.2019"],
                 ["Camilla Nyhus", "Styremedlem", "21.03.2019"], ["Stian Aasland", "Styremedlem", "19.03.2019"],
                 ["Jørund Hovde", "Administrerende direktør", "19.03.2019"]]
    items = [
        ("bh", "Lågendalen Arbeid", {"size": 24}),
        ("bh", "Årsrapport 2018"),
        ("p", "Lågendalen Arbeid AS · Kirkegata 40, 3616 {g:Kongsberg} · Telefon 32 72 18 00 · "
              "post@lagendalenarbeid.no"),
        ("photo", 3, 4, "Gartneriet på {g?:Saggrenda} leverte 41 000 sommerblomster i 2018. Her er gartner Nils Erik "
                        "Holm sammen med to av arbeidstakerne i VTA."),
        ("pagebreak",),
        ("toc", [("Administrerende direktør har ordet", 3), ("Konsernet", 4), ("Styrende organer", 5),
                 ("Styrets beretning", 6), ("Resultatregnskap", 9), ("Balanse", 10), ("Noter", 11)]),
        ("pagebreak",),
        ("h", 1, "Administrerende direktør har ordet"),
        ("p", "Konsernet nådde i 2018 for første gang over 60 millioner kroner i driftsinntekter. Gartneriet hadde "
              "sitt beste år, og vi startet et nytt arbeidslag innen renhold i {g:Flesberg}. Samtidig ga "
              "morselskapet et svakere resultat enn vi hadde håpet, fordi vi tok mange kostnader med flytting av "
              "kontorene."),
        ("p", "Takk til alle ansatte og arbeidstakere, til NAV {g?:Kongsberg} ved Torill Sandbakken og til "
              "kommunalsjef Petter Bøe i Kongsberg kommune for godt samarbeid."),
        ("p", "Jørund Hovde\nadministrerende direktør", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Konsernet"),
        ("p", "Lågendalen Arbeid AS er morselskap i konsernet og eier {p:100 %|av aksjene i Lågendalen Gartneri AS} av aksjene i "
              "Lågendalen Gartneri AS. Morselskapet er en arbeids- og inkluderingsbedrift med 64 plasser i varig "
              "tilrettelagt arbeid (VTA) og 40 plasser i arbeidsforberedende trening (AFT). Datterselskapet driver "
              "gartneri og hagetjenester på ordinære vilkår, og gir arbeidspraksis for deltakere fra morselskapet."),
        ("table", [["Aksjonær", "Eierandel"], ["Kongsberg kommune", "{p:70 %}"],
                   ["Flesberg kommune", "{p:12 %}"], ["Rollag kommune", "{p:9 %}"],
                   ["Nore og Uvdal kommune", "{p:9 %}"]],
         {"ruled": True, "shade_header": "E3E9EF", "widths": [7.0, 3.0]}),
        ("h", 1, "Styrende organer"),
        ("bh", "Styret i Lågendalen Arbeid AS"),
        ("table", [["Navn", "Verv", "Valgt av"], ["Mona Sæther", "Styreleder", "Generalforsamlingen"],
                   ["Geir Ove Kittilsen", "Nestleder", "Generalforsamlingen"],
                   ["Ellen Brekke Fossum", "Styremedlem", "Generalforsamlingen"],
                   ["Håkon Rue", "Styremedlem", "Generalforsamlingen"], ["Camilla Nyhus", "Styremedlem", "De ansatte"],
                   ["Stian Aasland", "Styremedlem", "De ansatte"], ["Bente Lofthus", "Varamedlem", "Generalforsamlingen"]],
         {"ruled": True, "shade_header": "E3E9EF"}),
        ("bh", "Styret i Lågendalen Gartneri AS"),
        ("table", [["Navn", "Verv"], ["Jørund Hovde", "Styreleder"], ["Siri Flatland", "Styremedlem"],
                   ["Arne Tollefsrud", "Styremedlem"]], {"ruled": True, "shade_header": "E3E9EF"}),
        ("p", "Daglig leder i Lågendalen Gartneri AS er Nils Erik Holm."),
        ("bh", "Ledergruppen"),
        ("table", [["Navn", "Stilling"], ["Jørund Hovde", "Administrerende direktør"], ["Wenche Haugen", "Økonomisjef"],
                   ["Kjetil Aabø", "Fagleder AFT"], ["Ingrid Skinnes", "Fagleder VTA"]],
         {"ruled": True, "shade_header": "E3E9EF"}),
        ("pagebreak",),
        ("h", 1, "Styrets beretning 2018"),
        ("p", "Konsernet består av Lågendalen Arbeid AS og det heleide datterselskapet Lågendalen Gartneri AS. "
              "Virksomheten drives i {g:Kongsberg}, {g:Flesberg} og {g:Rollag} i {g:Buskerud}, med hovedkontor "
              "i {g:Kongsberg}."),
        ("p", "Konsernets driftsinntekter ble 60,9 millioner kroner, og konsernet fikk et årsresultat på "
              f"{round(r[2]):,}".replace(",", " ") + " tusen kroner. Morselskapets årsresultat ble "
              f"{round(r[0]):,}".replace(",", " ").replace("-", "minus ") + " tusen kroner. Styret foreslår at "
              "resultatet føres mot annen egenkapital. Forutsetningen om fortsatt drift er til stede."),
        ("p", "Sykefraværet i morselskapet var {p:7,3 %|sykefraværet i morselskapet}, og i datterselskapet "
              "{p:4,1 %|i datterselskapet}. Konsernet hadde 58 ansatte ved årsskiftet, 31 kvinner og 27 menn. "
              "Det har ikke vært alvorlige skader i året."),
        ("p", "Virksomheten påvirker det ytre miljø i liten grad. Gartneriet har gått over til torvfri jord."),
        ("p", "Styret har hatt åtte møter. Styret takker ansatte, arbeidstakere og samarbeidspartnere for året."),
        ("p", "Dokumentet er signert digitalt av styret og administrerende direktør:", {"size": 9}),
        ("table", sign_rows, {"ruled": True, "gold_rows": False, "size": 9}),
        ("pagebreak",),
        ("groupstmt", res, groups, {"title": "Resultatregnskap"}),
        ("groupstmt", bal, groups, {"title": "Balanse pr. 31. desember"}),
        ("h", 1, "Noter"),
        ("h", 2, "Note 1 Regnskapsprinsipper"),
        ("p", "Konsernregnskapet omfatter morselskapet og datterselskapet. Interne transaksjoner er eliminert. "
              "Aksjer i datterselskap er vurdert etter kostmetoden i morselskapet."),
        ("h", 2, "Note 2 Driftsinntekter"),
        ("p", "Offentlige tilskudd gjelder VTA og AFT fra NAV og kommunal medfinansiering av VTA. Salgsinntektene "
              "i konsernet kommer for det meste fra gartneriet og fra renhold."),
        ("h", 2, "Note 3 Lønnskostnader og ytelser"),
        ("p", "Administrerende direktør fikk i 2018 lønn på kr 1 084 000. Honorar til styret i morselskapet var "
              "kr 142 000. Revisor Siv Rønning i Kongsberg Revisjon AS fikk kr 96 000 for lovpålagt revisjon i "
              "konsernet."),
        ("h", 2, "Note 6 Datterselskap"),
        ("table", [["Selskap", "Forretningskontor", "Eierandel", "Bokført verdi"],
                   ["Lågendalen Gartneri AS", "{g:Kongsberg}", "{p?:100 %}", "4 000"]], {"ruled": True}),
        ("h", 2, "Note 8 Gjeld"),
        ("p", "Gjeld til kredittinstitusjoner er sikret med pant i eiendommene. Gjeld som forfaller senere enn "
              "fem år er i konsernet 12,1 millioner kroner."),
    ]
    return {
        "name": "lagendalen-arbeid-2018", "lang": "nb", "year": 2018, "title": "Lågendalen Arbeid AS Årsrapport 2018",
        "organization": {"name": "Lågendalen Arbeid AS", "address": "Kirkegata 40, 3616 Kongsberg",
                         "phone": "32 72 18 00", "email": "post@lagendalenarbeid.no",
                         "owners": [{"name": "Kongsberg kommune", "share_percent": 70},
                                    {"name": "Flesberg kommune", "share_percent": 12},
                                    {"name": "Rollag kommune", "share_percent": 9},
                                    {"name": "Nore og Uvdal kommune", "share_percent": 9}]},
        "ceo": "Jørund Hovde", "board": board,
        "not_board": ["Jørund Hovde", "Siri Flatland", "Arne Tollefsrud", "Nils Erik Holm", "Wenche Haugen",
                      "Kjetil Aabø", "Ingrid Skinnes", "Torill Sandbakken", "Petter Bøe", "Siv Rønning"],
        "programs": {"VTA": 64, "AFT": 40},
        "not_places": ["Lågendalen Arbeid", "Lågendalen Gartneri", "Kongsberg kommune", "Flesberg kommune",
                       "Rollag kommune", "Nore og Uvdal kommune", "Kongsberg Revisjon"],
        "places_optional": ["Saggrenda", "Lågendalen", "Nore og Uvdal", "Kongsberg kommune"],
        "header": "Lågendalen Arbeid AS · Årsrapport 2018", "header_align": "right",
        "footer": "{PAGE}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Konsern: Morselskap | Konsern statements in 1000 kr with a Note column (konsern optional); the board "
                 "in a Navn | Verv | Valgt av table (two chosen by the employees); the subsidiary's board chaired by "
                 "the parent's administrerende direktør (ceo, not board); ledergruppe; a digital-signing table.",
    }


REPORTS = [roykenvik_vekst_2019, sunde_arbeid_2014, lagendalen_arbeid_2018]
