"""Reports of the fifty-eighth held-out set, first half: 2003, 2009 and 2014 (organisations, people
and figures invented; places real and valid in the report's year)."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def holtaheia_2003() -> dict:
    """Word 2003 habits: a VML text box with the facts, the board typed with dotted tab leaders, the
    statements pasted from a spreadsheet with a merged "Regnskap" band and spacer columns."""
    cols = [Col("2003", 2003), Col("2002", 2002)]
    res = Statement("Resultatregnskap 2003", cols, income("nb", 2, [
        ("Salgsinntekter", "", [4_812_330, 4_506_118]),
        ("Tilskudd fra Aetat", "", [3_904_500, 3_788_200]),
        ("Tilskudd fra kommunen", "", [420_000, 400_000]),
    ], [
        ("Varekostnad", "", [1_736_402, 1_655_917]),
        ("Lønn og sosiale kostnader", "", [5_873_215, 5_604_380]),
        ("Avskrivninger", "", [214_600, 198_300]),
        ("Andre driftskostnader", "", [1_102_871, 1_084_662]),
    ], [("Finansinntekter", "", [38_115, 52_407]), ("Finanskostnader", "", [-41_090, -46_212])]),
        label_header="Beløp i kr")
    bal = Statement("Balanse pr. 31.12.2003", cols, balance("nb", 2, [
        ("Maskiner og inventar", "", [612_400, 701_500]),
        ("Biler", "", [148_000, 185_000]),
    ], [
        ("Varelager", "", [386_212, 344_050]),
        ("Kundefordringer", "", [503_118, 471_902]),
        ("Bankinnskudd", "", "plug"),
    ], [
        ("Aksjekapital", "", [300_000, 300_000]),
        ("Annen egenkapital", "", [1_411_305, 1_326_523]),
    ], [
        ("Pantelån", "", [240_000, 300_000]),
    ], [
        ("Leverandørgjeld", "", [318_440, 287_311]),
        ("Skyldige offentlige avgifter", "", [402_516, 389_907]),
        ("Annen kortsiktig gjeld", "", [224_100, 198_620]),
    ]), label_header="Beløp i kr")
    return {
        "name": "holtaheia-produkter-2003", "year": 2003, "lang": "nb",
        "title": "Årsberetning 2003 Holtaheia Produkter AS",
        "font": "Liberation Serif", "body_pt": 11, "author": "kontor",
        "header": "Holtaheia Produkter AS – Årsberetning 2003", "header_align": "right",
        "footer": "Side {PAGE}",
        "organization": {"name": "Holtaheia Produkter AS", "founded_year": 1986,
                         "address": "Fabrikkvegen 12, 3830 Ulefoss", "phone": "35 94 51 20",
                         "email": "post@holtaheia.no",
                         "owners": [{"name": "Nome kommune", "share_percent": 80},
                                    {"name": "Sauherad kommune", "share_percent": 20}]},
        "ceo": "Tor Einar Bakken",
        "board": [("Gunnhild Aasland", "LEDE", False), ("Olav Kvisle", "NEST", False),
                  ("Bente Tveiten", "MEDL", False), ("Rune Sollid", "MEDL", True),
                  ("Kjersti Moen", "VARA", None), ("Arild Nesje", "OBS", None)],
        "not_places": ["Telemark Revisjon DA"],
        "not_board": ["Ole Brekke", "Hans Petter Lien", "Lise Fjære", "Knut Aslak Roe", "Solveig Haug"],
        "programs": {"VTA": 24},
        "renditions": ["pdf", "doc"],
        "items": [
            ("p", "ÅRSBERETNING 2003", {"bold": True, "size": 20}),
            ("txbox", ["Fabrikkvegen 12, 3830 {g:Ulefoss}", "Telefon 35 94 51 20", "Telefaks 35 94 51 21",
                       "E-post: post@holtaheia.no", "Org.nr. 961 447 220", "Stiftet 1986",
                       "Daglig leder: Tor Einar Bakken"],
             {"title": "Holtaheia Produkter AS", "width_pt": 170, "height_pt": 125}),
            ("p", "Styret legger med dette fram årsberetning og regnskap for 2003, bedriftens 17. driftsår."),
            ("h", 1, "Virksomhetens art og tilholdssted"),
            ("p", "Holtaheia Produkter AS er en attføringsbedrift som gir arbeidstrening, kvalifisering og "
                  "varig tilrettelagt arbeid til personer som står utenfor det ordinære arbeidslivet. "
                  "Bedriften holder til i egne lokaler på {g:Ulefoss} i {g:Nome} kommune og driver et mindre "
                  "snekkerverksted i {g:Lunde}. Produksjonen omfatter pallevirke, ved, emballering og "
                  "montering for industrien i {g:Telemark}."),
            ("p", "Aksjene eies av {g:Nome} kommune med {p:80 %|Nome kommune} og {g:Sauherad} kommune med "
                  "{p:20 %|Sauherad kommune}."),
            ("h", 1, "Tiltak og deltakere"),
            ("p", "Bedriften hadde i 2003 godkjent 24 plasser for varig tilrettelagt arbeid (VTA). I tillegg "
                  "ble det gitt arbeidspraksis i skjermet virksomhet til 31 personer i løpet av året, etter "
                  "avtale med Aetat. 11 deltakere gikk over til ordinært arbeid eller utdanning, det vil si "
                  "{p:35 prosent|gikk over til ordinært arbeid} av dem som avsluttet."),
            ("p", "Styret takker Aetat {g:Nome} ved Solveig Haug for et godt samarbeid gjennom året."),
            ("h", 1, "Styret"),
            ("p", "Etter generalforsamlingen 14. mai 2003 har styret vært sammensatt slik:"),
            ("leaders", [("Styreleder", "Gunnhild Aasland"), ("Nestleder", "Olav Kvisle"),
                         ("Styremedlem", "Bente Tveiten"), ("Styremedlem (ansattes representant)", "Rune Sollid"),
                         ("Varamedlem", "Kjersti Moen"), ("Observatør fra Aetat", "Arild Nesje")],
             {"pos_cm": 8.5}),
            ("p", "Ole Brekke gikk ut av styret ved generalforsamlingen etter seks år som styremedlem. Styret "
                  "har hatt 7 møter og behandlet 41 saker."),
            ("h", 1, "Arbeidsmiljø og personale"),
            ("p", "Bedriften hadde ved årets slutt 9 faste ansatte. Sykefraværet blant de ansatte var "
                  "{p:6,2 %|sykefraværet blant de ansatte} mot {p?:5,4 %} året før. Det har ikke vært "
                  "alvorlige skader eller ulykker. Verneombud er Lise Fjære, og arbeidsleder Knut Aslak Roe "
                  "har ansvaret for opplæringen på verkstedet."),
            ("h", 1, "Likestilling og ytre miljø"),
            ("p", "Av de faste ansatte er fire kvinner og fem menn. Styret består av tre kvinner og tre menn. "
                  "Bedriften forurenser ikke det ytre miljø utover det som er vanlig for bransjen."),
            ("h", 1, "Økonomi og fortsatt drift"),
            ("p", "Driftsinntektene økte med vel {p:5 prosent|Driftsinntektene økte} til 9,1 millioner kroner. "
                  "Årsresultatet ble et overskudd som foreslås overført til annen egenkapital. Forutsetningen "
                  "om fortsatt drift er lagt til grunn ved avleggelsen av regnskapet."),
            ("p", "Revisor er Telemark Revisjon DA ved statsautorisert revisor Hans Petter Lien."),
            ("pagebreak",),
            ("pasted", res, {"band": "Regnskap"}),
            ("pasted", bal, {"band": "Regnskap"}),
            ("signlines", "{g:Ulefoss}, 2. mars 2004",
             [("Gunnhild Aasland", "styreleder"), ("Olav Kvisle", "nestleder"), ("Bente Tveiten", "styremedlem"),
              ("Rune Sollid", "styremedlem"), ("Tor Einar Bakken", "daglig leder")], {"cols": 3}),
        ],
        "notes": "Word 2003 habits: VML text box with facts (no board), board with dotted tab leaders and an "
                 "Aetat observer, pasted statements with a merged band and spacer columns, signature lines.",
    }


def breimsvatn_2009() -> dict:
    """Nynorsk; a real TOC field; the board in a DrawingML text box as "Surname, Given names – role";
    a two-column section with the year's news; names in normal order only under the signature lines."""
    cols = [Col("2009", 2009), Col("2008", 2008)]
    res = Statement("Resultatrekneskap", cols, income("nn", 2, [
        ("Salsinntekter", "", [2_944_610, 2_802_355]),
        ("Driftstilskot frå NAV", "", [2_611_800, 2_509_600]),
        ("Kommunalt tilskot", "", [520_000, 500_000]),
    ], [
        ("Varekostnad", "", [902_141, 866_032]),
        ("Lønskostnader", "", [4_188_774, 3_962_410]),
        ("Avskrivingar", "", [166_250, 171_900]),
        ("Andre driftskostnader", "", [694_316, 712_889]),
    ], [("Renteinntekter", "", [24_310, 61_774]), ("Rentekostnader", "", [-18_402, -27_115])],
        labels={"cost": "Driftskostnader"}), label_header="Tal i heile kroner")
    bal = Statement("Balanse 31.12.", cols, balance("nn", 2, [
        ("Bygningar", "", [1_420_000, 1_480_000]),
        ("Maskiner og bilar", "", [318_500, 376_000]),
    ], [
        ("Varelager", "", [122_800, 131_400]),
        ("Kundefordringar", "", [287_615, 244_190]),
        ("Bankinnskot", "", "plug"),
    ], [
        ("Aksjekapital", "", [200_000, 200_000]),
        ("Anna eigenkapital", "", [1_638_040, 1_563_223]),
    ], [
        ("Lån i Husbanken", "", [620_000, 680_000]),
    ], [
        ("Leverandørgjeld", "", [158_902, 171_640]),
        ("Skuldige offentlege avgifter", "", [266_318, 251_775]),
        ("Anna kortsiktig gjeld", "", [104_550, 96_204]),
    ]), label_header="Tal i heile kroner")
    return {
        "name": "breimsvatn-arbeidssenter-2009", "year": 2009, "lang": "nn",
        "title": "Årsmelding 2009 Breimsvatn Arbeidssenter AS", "body_pt": 10,
        "header": "Breimsvatn Arbeidssenter AS · Årsmelding 2009", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Breimsvatn Arbeidssenter AS", "address": "Sandevegen 41, 6823 Sandane",
                         "phone": "57 86 40 12", "email": "post@breimsvatn-as.no",
                         "owners": [{"name": "Gloppen kommune", "share_percent": 100}]},
        "ceo": "Arve Solheim",
        "board": [("Ingrid Marie Nygard", "LEDE", None), ("Jostein Hestenes", "NEST", None),
                  ("Trude Nes", "MEDL", None), ("Kåre Andreas Myklebust", "MEDL", None),
                  ("Oddny Vereide", "VARA", None)],
        "not_places": ["Sogn og Fjordane Revisjon AS"],
        "not_board": ["Magne Eide", "Leiv Hjelmeset", "Synnøve Rygg", "Eli Tonning", "Terje Sandal"],
        "programs": {"VTA": 18},
        "renditions": ["docx", "pdf"],
        "items": [
            ("p", "Breimsvatn Arbeidssenter AS", {"bold": True, "size": 22}),
            ("p", "Årsmelding 2009", {"size": 16}),
            ("p", "Sandevegen 41, 6823 {g:Sandane} · Telefon 57 86 40 12 · post@breimsvatn-as.no"),
            ("tocfield", [("Om verksemda", 2), ("Styret si melding", 2), ("Året i korte trekk", 3),
                          ("Rekneskap", 4)], {"title": "Innhald"}),
            ("pagebreak",),
            ("h", 1, "Om verksemda"),
            ("txbox", ["Nygard, Ingrid Marie – styreleiar", "Hestenes, Jostein – nestleiar",
                       "Nes, Trude – styremedlem", "Myklebust, Kåre Andreas – styremedlem",
                       "Vereide, Oddny – varamedlem"],
             {"title": "Styret 2009", "width_pt": 200, "height_pt": 100}),
            ("p", "Breimsvatn Arbeidssenter AS er ei vekstbedrift i {g:Gloppen} kommune, som eig "
                  "{p:100 %|som eig} av aksjane. Bedrifta har lokale på {g:Sandane} og ei "
                  "vedavdeling i {g:Hyen}, og gjev tilrettelagt arbeid til menneske med nedsett arbeidsevne."),
            ("p", "Bedrifta hadde i 2009 godkjent 18 plassar for varig tilrettelagt arbeid (VTA). Alle "
                  "plassane var i bruk heile året."),
            ("h", 1, "Styret si melding"),
            ("p", "Styret har hatt seks møte og handsama 34 saker. Magne Eide gjekk ut av styret i juni "
                  "2009 etter eige ønske, og Trude Nes tok over plassen hans. Varamedlem Oddny Vereide møtte på "
                  "to av møta. Dagleg leiar er Arve Solheim."),
            ("p", "Sjukefråværet var {p:7,1 %|sjukefråværet} av mogleg arbeidstid. Bedrifta er ei "
                  "IA-verksemd og har eit godt samarbeid med NAV {g:Gloppen}. Verneombod er Eli Tonning. "
                  "Av dei sju tilsette er fire kvinner."),
            ("p", "Årsresultatet er overført til anna eigenkapital. Styret meiner at føresetnaden om "
                  "framleis drift er til stades. Revisor er Terje Sandal i Sogn og Fjordane "
                  "Revisjon AS."),
            ("p", "Valkomiteen har vore Leiv Hjelmeset (leiar) og Synnøve Rygg."),
            ("columns", [
                ("h", 2, "Året i korte trekk"),
                ("li", "Ny vedkløyvar sett i drift på {g:Hyen} i mars."),
                ("li", "Avtale om vask av arbeidstøy for tre bedrifter i {g:Nordfjordeid}."),
                ("li", "Sommartur til {g:Stryn} for alle tilsette og arbeidstakarar."),
                ("li", "Omsetninga av ved auka med {p:12 prosent|Omsetninga av ved auka}."),
                ("p", "Hausten vart prega av finanskrisa: færre oppdrag frå industrien i {g:Sogn og Fjordane}, "
                      "men fleire private kundar på ved og snekkararbeid."),
                ("p", "Styret vil takke alle tilsette og arbeidstakarar for innsatsen i 2009."),
            ], {"sep": True}),
            ("pagebreak",),
            ("pasted", res, {"band": "Rekneskap"}),
            ("pasted", bal, {"band": "Rekneskap"}),
            ("signlines", "{g:Sandane}, 24. februar 2010",
             [("Ingrid Marie Nygard", "styreleiar"), ("Jostein Hestenes", "nestleiar"), ("Trude Nes", "styremedlem"),
              ("Kåre Andreas Myklebust", "styremedlem"), ("Arve Solheim", "dagleg leiar")], {"cols": 3}),
        ],
        "notes": "Board only in a text box as 'Surname, Given names – role' lines (normal order under the "
                 "signature lines); a member who left mid-year; a valkomité; a two-column section.",
    }


def frontun_2014() -> dict:
    """A layout table whose cells hold nested tables (facts and owners left, the board right); header
    and footer with the name and year; staff as bullets; statements with a note column."""
    cols = [Col("2014", 2014), Col("2013", 2013)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, [
        ("Salgsinntekter", "", [6_204_517, 5_877_090]),
        ("Offentlige tilskudd", "2", [5_468_300, 5_301_150]),
        ("Andre driftsinntekter", "", [182_400, 164_800]),
    ], [
        ("Varekostnad", "", [2_310_228, 2_204_915]),
        ("Lønnskostnad", "3", [7_420_615, 7_118_402]),
        ("Avskrivning på driftsmidler", "4", [402_550, 388_100]),
        ("Annen driftskostnad", "", [1_377_904, 1_406_331]),
    ], [("Annen renteinntekt", "", [61_217, 73_408]), ("Annen rentekostnad", "", [-84_305, -92_616])]),
        note_col="Note", label_header="")
    bal = Statement("Balanse", cols, balance("nb", 2, [
        ("Bygninger og tomt", "4", [3_850_000, 3_980_000]),
        ("Maskiner, inventar og biler", "4", [811_240, 902_660]),
    ], [
        ("Varer", "", [455_120, 401_982]),
        ("Kundefordringer", "", [812_677, 766_051]),
        ("Bankinnskudd, kontanter o.l.", "5", "plug"),
    ], [
        ("Aksjekapital", "6", [500_000, 500_000]),
        ("Annen egenkapital", "6", [3_619_885, 3_300_973]),
    ], [
        ("Gjeld til kredittinstitusjoner", "7", [2_100_000, 2_300_000]),
    ], [
        ("Leverandørgjeld", "", [388_115, 412_930]),
        ("Skyldige offentlige avgifter", "", [622_410, 598_217]),
        ("Annen kortsiktig gjeld", "", [541_990, 502_118]),
    ]), note_col="Note")
    return {
        "name": "frontun-vekst-2014", "year": 2014, "lang": "nb",
        "title": "Årsrapport 2014 Frontun Vekst AS", "font": "Liberation Sans", "body_pt": 10,
        "header": "Frontun Vekst AS", "header_align": "left",
        "footer": "Årsrapport 2014 – side {PAGE}",
        "organization": {"name": "Frontun Vekst AS", "founded_year": 1991,
                         "address": "Industrivegen 7, 2640 Vinstra", "phone": "61 29 07 50",
                         "website": "www.frontunvekst.no",
                         "owners": [{"name": "Nord-Fron kommune", "share_percent": 66},
                                    {"name": "Sør-Fron kommune", "share_percent": 34}]},
        "ceo": "Marit Bjørnstad Hov",
        "board": [("Erling Kvarberg", "LEDE", False), ("Anne Lise Skåre", "NEST", False),
                  ("Per Ivar Sletten", "MEDL", False), ("Guri Listad", "MEDL", False),
                  ("Stian Grøtting", "MEDL", True), ("Toril Haugen", "VARA", None),
                  ("Jon Helge Romsås", "VARA", None)],
        "places_optional": ["Gudbrandsdal"],
        "not_board": ["Knut Ivar Moen", "Randi Bakkemoen", "Geir Storlien", "Hilde Thorstad", "Ola Kleppe",
                      "Sissel Nordheim"],
        "programs": {"VTA": 22},
        "renditions": ["docx", "pdf", "doc"],
        "items": [
            ("p", "Årsrapport 2014", {"bold": True, "size": 24}),
            ("p", "Frontun Vekst AS – arbeid og kvalifisering i {g:Nord-Fron} og {g:Sør-Fron}", {"size": 12}),
            ("nested", [
                ("p", "Om bedriften", {"bold": True, "size": 11, "heading": True}),
                ("p", "Industrivegen 7, 2640 {g:Vinstra}"),
                ("p", "Telefon 61 29 07 50 · www.frontunvekst.no"),
                ("p", "Stiftet 1991 · Org.nr. 971 220 618"),
                ("p", "Daglig leder: Marit Bjørnstad Hov"),
                ("tbl", [["Eier", "Andel"], ["{g:Nord-Fron} kommune", "{p:66 %}"],
                         ["{g:Sør-Fron} kommune", "{p:34 %}"]], {"ruled": True, "widths": [4.6, 2.0]}),
            ], [
                ("p", "Styret", {"bold": True, "size": 11, "heading": True}),
                ("tbl", [["Verv", "Navn"], ["Styreleder", "Erling Kvarberg"], ["Nestleder", "Anne Lise Skåre"],
                         ["Styremedlem", "Per Ivar Sletten"], ["Styremedlem", "Guri Listad"],
                         ["Ansattvalgt styremedlem", "Stian Grøtting"], ["1. varamedlem", "Toril Haugen"],
                         ["2. varamedlem", "Jon Helge Romsås"]], {"ruled": True, "widths": [3.9, 4.2]}),
            ]),
            ("h", 1, "Styrets årsberetning"),
            ("h", 2, "Virksomheten"),
            ("p", "Frontun Vekst AS er en arbeids- og inkluderingsbedrift med hovedkontor på {g:Vinstra}. "
                  "Bedriften har også en avdeling for vedproduksjon og vaktmestertjenester på {g:Kvam} og "
                  "tar oppdrag for hyttefolket i {g:Skåbu}. Bedriften hadde 22 plasser for varig tilrettelagt "
                  "arbeid (VTA) og gjennomførte avklaring og arbeidspraksis for 46 personer henvist fra NAV "
                  "i {g:Oppland}."),
            ("p", "Generalforsamlingen består av ordførerne i eierkommunene. Ordfører i {g:Nord-Fron}, "
                  "Knut Ivar Moen, ledet generalforsamlingen 22. april 2014."),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Sykefraværet var {p:5,8 %|sykefraværet} i 2014, mot {p?:8,3 %} i 2013. Arbeidsmiljøutvalget "
                  "har hatt fire møter. Hovedverneombud er Randi Bakkemoen."),
            ("p", "Ledergruppen besto ved utgangen av året av:"),
            ("li", "Marit Bjørnstad Hov, daglig leder"),
            ("li", "Geir Storlien, produksjonsleder"),
            ("li", "Hilde Thorstad, attføringsleder"),
            ("h", 2, "Likestilling"),
            ("p", "Bedriften har 14 ansatte, hvorav 8 kvinner. Styret består av to kvinner og tre menn."),
            ("h", 2, "Økonomi"),
            ("p", "Regnskapet viser et overskudd som tilføres annen egenkapital. Forutsetningen om fortsatt "
                  "drift er til stede. Revisor er Ola Kleppe, registrert revisor i Revisjon Gudbrandsdal AS."),
            ("p", "Styret takker Sissel Nordheim i NAV {g:Nord-Fron} for godt samarbeid, og alle ansatte "
                  "og deltakere for innsatsen i året som gikk."),
            ("pagebreak",),
            ("pasted", res, {"band": "Regnskap"}),
            ("pasted", bal, {"band": "Regnskap"}),
            ("signlines", "{g:Vinstra}, 12. mars 2015",
             [("Erling Kvarberg", "Styreleder"), ("Anne Lise Skåre", "Nestleder"), ("Per Ivar Sletten", "Styremedlem"),
              ("Guri Listad", "Styremedlem"), ("Stian Grøtting", "Styremedlem"),
              ("Marit Bjørnstad Hov", "Daglig leder")], {"cols": 3}),
        ],
        "notes": "Board and owners in tables nested inside a borderless layout table's cells; two numbered "
                 "varamedlemmer; a generalforsamling chaired by a mayor; ledergruppe bullets.",
    }


REPORTS = [holtaheia_2003, breimsvatn_2009, frontun_2014]
