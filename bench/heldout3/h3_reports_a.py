"""Third held-out set, reports 1-3: an ASVO company in 1994 (legacy .doc), a youth society in 1999
(scan only) and a retail cooperative in 2009. Organisations, people and figures are invented.

Board tuples are (name, role, employee_elected or None). Amounts quoted in the prose are taken from
the statements, so the text and the tables cannot disagree.
"""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, Col, Line, Statement, balance, income


def value(st: Statement, label: str, col: int = 0) -> float:
    return next(line for line in st.lines if line.label == label).values[col]


# ---------------------------------------------------------------------------------------------
# 1. An ASVO company in Hallingdal, 1994: legacy Word, ",-" amounts, roles only on the last page


def hallingsnekker_1994() -> dict:
    cols = [Col("1994", 1994), Col("1993", 1993)]
    inc = income("nb", 2, [
        ("Salgsinntekter", "", [4_212_880, 3_804_116]),
        ("Driftstilskudd fra staten", "2", [2_934_000, 2_718_000]),
        ("Tilskudd fra eierkommunene", "2", [540_000, 510_000]),
        ("Andre driftsinntekter", "", [158_330, 70_330]),
    ], [
        ("Varekostnad", "", [1_408_220, 1_255_930]),
        ("Lønn arbeidstakere på tiltak", "3", [2_611_400, 2_488_150]),
        ("Lønn og sosiale kostnader, faste ansatte", "3", [2_702_510, 2_540_772]),
        ("Ordinære avskrivninger", "4", [214_000, 198_000]),
        ("Andre driftskostnader", "", [782_340, 706_118]),
    ], fin=[
        ("Renteinntekter", "", [68_410, 52_300]),
        ("Rentekostnader", "", [-13_520, -19_880]),
    ], labels={"fin": "Finansposter", "result": "Årsoverskudd / underskudd"})
    result_st = Kroner("Resultatregnskap for 1994", cols, inc, note_col="Note", render="unruled")
    bal = balance("nb", 2, fixed=[
        ("Bygninger", "4", [1_140_000, 1_178_000]),
        ("Maskiner og inventar", "4", [612_000, 688_000]),
    ], current=[
        ("Varelager", "", [214_500, 198_300]),
        ("Kundefordringer", "", [486_220, 402_910]),
        ("Bankinnskudd og kontanter", "", "plug"),
    ], equity=[
        ("Aksjekapital (300 aksjer à kr 1 000)", "5", [300_000, 300_000]),
        ("Annen egenkapital", "5", [1_392_474, 1_210_844]),
    ], long=[("Pantelån", "6", [880_000, 960_000])],
       short=[("Leverandørgjeld", "", [298_410, 276_540]),
              ("Skyldige offentlige avgifter", "", [244_870, 231_660]),
              ("Annen kortsiktig gjeld", "", [128_300, 97_450])])
    balance_st = Kroner("Balanse pr. 31. desember 1994", cols, bal, note_col="Note", render="unruled")
    fmt = result_st.fmt
    revenue, result = value(result_st, "Sum driftsinntekter"), value(result_st, "Årsoverskudd / underskudd")
    board = [
        ("Torleif Haugsrud", "LEDE", False), ("Anne-Grethe Voll", "NEST", False),
        ("Sigmund Elstad", "MEDL", False), ("Marit Tufte", "MEDL", False),
        ("Randi Moen Trøim", "MEDL", True),
        ("Oddvar Leine", "VARA", None), ("Berit Sønstebø", "VARA", None),
    ]
    items = [
        ("h", 1, "Hallingsnekker A/S"),
        ("p", "Årsberetning og regnskap for 1994", {"bold": True, "size": 13}),
        ("h", 2, "Virksomhetens art og hvor den drives"),
        ("p", "Hallingsnekker A/S er en ASVO-bedrift (arbeidssamvirke i offentlig virksomhet) stiftet i 1987. "
              "Bedriften har forretningskontor og verksted på {g:Ål} og skal gi tilrettelagt arbeid til "
              "yrkeshemmede fra {g:Ål}, {g:Hol} og {g:Gol}. Virksomheten omfatter snekkerverksted, "
              "vedproduksjon og vask av tekstiler for hytteutleiere i {g:Hallingdal}."),
        ("p", "Aksjene eies av {g:Ål kommune|Ål} med {p:51 %|Ål kommune}, {g:Hol kommune|Hol} med "
              "{p:25 %|Hol kommune} og {g:Gol kommune|Gol} med {p:24 %|Gol kommune}."),
        ("h", 2, "Tiltaksplasser"),
        ("p", "Bedriften hadde ved utgangen av året godkjent 24 plasser for varig tilrettelagt arbeid "
              "(VTA). I tillegg drev bedriften 8 plasser som arbeidsmarkedsbedrift (AMB) etter avtale med "
              "arbeidskontoret. Plassene har vært fullt belagt hele året, og to arbeidstakere gikk over til "
              "arbeid i ordinær virksomhet."),
        ("h", 2, "Arbeidsmiljø og personale"),
        ("p", "Den faste staben har bestått av daglig leder, en produksjonsleder og to arbeidsledere, til "
              "sammen fire ansatte i hele stillinger. Sykefraværet blant de faste ansatte var {p:3,1 %|"
              "Sykefraværet}, mot {p:4,6 %|året før} året før. Det har ikke vært skader eller ulykker i "
              "1994. Arbeidsmiljøet anses som godt."),
        ("p", "Av de faste ansatte er to kvinner og to menn. Styret har tre kvinner blant sine fem medlemmer."),
        ("h", 2, "Ytre miljø"),
        ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for et snekkerverksted. "
              "Kutt og sagflis leveres til varmesentralen på {g?:Torpo}."),
        ("h", 2, "Økonomi"),
        ("p", f"Driftsinntektene ble kr {fmt(revenue)} mot kr {fmt(value(result_st, 'Sum driftsinntekter', 1))} "
              f"i 1993. Årets overskudd på kr {fmt(result)} foreslås overført til annen egenkapital. "
              "Forutsetningen om fortsatt drift er lagt til grunn ved avleggelsen av regnskapet."),
        ("sign", "{g:Ål}, 16. februar 1995",
         [("Torleif Haugsrud", ""), ("Anne-Grethe Voll", ""), ("Sigmund Elstad", ""),
          ("Marit Tufte", ""), ("Randi Moen Trøim", ""), ("Halvor Kvisle", "daglig leder")]),
        ("break",),
        ("stmt", result_st),
        ("p", "Noter: 1) Regnskapsprinsipper, se eget vedlegg. 2) Tilskudd etter avtale med "
              "Arbeidsdirektoratet og eierne. 3) Lønn inkl. arbeidsgiveravgift. 4) Lineære avskrivninger. "
              "5) Egenkapital. 6) Lån med pant i bygning.", {"size": 8}),
        ("stmt", balance_st),
        ("break",),
        ("h", 2, "Styre og administrasjon 1994"),
        ("table", [
            ["Styreleder", "Torleif Haugsrud", "{g:Ål}"],
            ["Nestleder", "Anne-Grethe Voll", "{g:Hol}"],
            ["Styremedlem", "Sigmund Elstad", "{g:Gol}"],
            ["Styremedlem", "Marit Tufte", "{g:Ål}"],
            ["Ansattes representant", "Randi Moen Trøim", ""],
            ["Varamedlemmer", "Oddvar Leine", "{g:Hol}"],
            ["", "Berit Sønstebø", "{g:Gol}"],
        ], {"ruled": False, "header_bold": False}),
        ("p", "Daglig leder: Halvor Kvisle"),
        ("p", "Produksjonsleder: Egil Ruud"),
        ("p", "Revisor: Fjellrevisjon A/S v/ Gudbrand Rust, registrert revisor"),
    ]
    return {
        "name": "hallingsnekker-1994", "year": 1994, "title": "Hallingsnekker A/S Årsberetning 1994",
        "font": "DejaVu Serif", "body_pt": 10.5, "margin_mm": 25,
        "header": "Hallingsnekker A/S", "footer": "- {PAGE} -",
        "organization": {"name": "Hallingsnekker A/S", "founded_year": 1987, "owners": [
            {"name": "Ål kommune", "share_percent": 51}, {"name": "Hol kommune", "share_percent": 25},
            {"name": "Gol kommune", "share_percent": 24}]},
        "ceo": "Halvor Kvisle",
        "board": board,
        "board_optional": ["Halvor Kvisle"],
        "not_board": ["Egil Ruud", "Gudbrand Rust"],
        "programs": {"VTA": 24},
        "items": items,
        "renditions": ["doc", "pdf"],
        "notes": "1994 bokmål, ASVO company (sheltered work), Ål (Buskerud), legacy Word 97 + PDF. The "
                 "board signs the report with names only (the daglig leder's title is the only one printed); "
                 "roles are only in an unruled list on the last page, after the statements: 'Ansattes "
                 "representant' as a role, a second deputy on a row with an empty role cell, municipality "
                 "column. Amounts in whole kroner with ',-' after each ('7 845 210,-'), in prose too; "
                 "AMB places printed beside VTA (AMB is not gold). Owners with shares in prose.",
    }


# ---------------------------------------------------------------------------------------------
# 2. A youth society (ungdomslag) in Ørskog, 1999: nynorsk, scan only, years oldest first


def varsol_1999() -> dict:
    cols = [Col("1998", 1998), Col("1999", 1999)]
    inc = income("nn", 2, [
        ("Utleige av Vårsolheimen", "", [48_300, 61_750]),
        ("Revy og festar", "", [71_200, 83_940]),
        ("Medlemspengar", "", [8_400, 10_600]),
        ("Tilskot og spelemidlar", "", [22_000, 96_000]),
    ], [
        ("Straum og forsikring", "", [31_880, 34_210]),
        ("Vedlikehald av huset", "", [14_300, 148_620]),
        ("Revy og festar", "", [39_510, 42_770]),
        ("Kontingent til distriktslaget", "", [3_100, 3_300]),
        ("Andre utgifter", "", [9_750, 11_260]),
    ], fin=[("Renteinntekter", "", [2_140, 1_380])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                "op": None, "fin": None, "net_fin": None, "result": "Overskot"})
    result_st = Statement("Rekneskap 1999", cols, inc, render="unruled", label_header="Kroner")
    bal = balance("nn", 2, fixed=[], current=[
        ("Kontantkasse", "", [1_200, 850]),
        ("Bankinnskot", "", "plug"),
    ], equity=[("Eigenkapital 31.12.", "", [187_420, 200_930])], long=[],
        short=[("Skuldig straumrekning", "", [4_100, 6_900])],
        labels={"current": None, "sum_current": None, "eq_debt": None, "equity": None, "debt": None,
                "short": None, "sum_equity": "Sum eigenkapital"})
    balance_st = Statement("Balanse 31.12.1999", cols, bal, render="unruled", label_header="Kroner")
    board = [
        ("Aslaug Rønneberg", "LEDE", None), ("Oddbjørn Stokke", "NEST", None),
        ("Jostein Langlo", "MEDL", None), ("Marit Solnør Hove", "MEDL", None),
        ("Kjetil Ramstad", "MEDL", None),
        ("Eli Skjortnes", "VARA", None), ("Per Arve Liabø", "VARA", None),
    ]
    items = [
        ("h", 1, "Ungdomslaget Vårsol"),
        ("bh", "Årsmelding for 1999", {"size": 14}),
        ("p", "Ungdomslaget Vårsol vart skipa i 1921 og eig og driv Vårsolheimen på {g?:Sjøholt} i {g:Ørskog}. "
              "Laget er med i distriktslaget for {g:Sunnmøre} og er eitt av dei eldste ungdomslaga i "
              "{g:Møre og Romsdal}."),
        ("bh", "Styret"),
        ("p", "Styret i 1999 har vore:"),
        ("table", [
            ["Leiar", "Aslaug Rønneberg"],
            ["Nestleiar", "Oddbjørn Stokke"],
            ["Kasserar", "Jostein Langlo"],
            ["Skrivar", "Marit Solnør Hove"],
            ["Styremedlem", "Kjetil Ramstad"],
            ["Varamedlemer", "Eli Skjortnes, Per Arve Liabø"],
        ], {"ruled": False, "header_bold": False, "widths": [4.0, 8.0]}),
        ("p", "Valnemnd: Gunnar Mjelva (leiar) og Sissel Dyb. Revisorar: Olav Vartdal og Tove Hustad."),
        ("bh", "Møte og medlemer"),
        ("p", "Styret har hatt 9 styremøte og handsama 41 saker. Årsmøtet vart halde 18. februar 1999 med "
              "34 frammøtte. Laget hadde 212 betalande medlemer ved utgangen av året, ein auke på "
              "{p:12 prosent|ein auke} frå 1998. Om lag {p:60 prosent|under 26 år} av medlemene er under 26 år."),
        ("bh", "Aktivitetar"),
        ("p", "Revyen «Heilt på jordet» gjekk for fullt hus fire kveldar i mars. Ungdomsgruppa var på tur "
              "til {g:Ålesund} i mai og sende fire deltakarar til landsfestivalen i {g:Førde}. Juletrefesten "
              "samla over hundre born og vaksne."),
        ("p", "Taket på Vårsolheimen vart lagt om i haust, mest på dugnad. Laget fekk spelemidlar og tilskot "
              "frå {g:Ørskog} kommune som dekte {p:40 %|spelemidlar} av kostnaden."),
        ("stmt", result_st),
        ("stmt", balance_st),
        ("p", "Revisorane har gått gjennom rekneskapen og har ingen merknader."),
        ("sign", "{g?:Sjøholt}, 20. januar 2000",
         [("Aslaug Rønneberg", "leiar"), ("Oddbjørn Stokke", "nestleiar"), ("Jostein Langlo", "kasserar"),
          ("Marit Solnør Hove", "skrivar"), ("Kjetil Ramstad", "styremedlem")]),
    ]
    return {
        "name": "varsol-1999", "year": 1999, "title": "Ungdomslaget Vårsol årsmelding 1999",
        "font": "DejaVu Serif", "body_pt": 11, "margin_mm": 24,
        "organization": {"name": "Ungdomslaget Vårsol", "founded_year": 1921},
        "ceo": None,
        "board": board,
        "not_board": ["Gunnar Mjelva", "Sissel Dyb", "Olav Vartdal", "Tove Hustad"],
        "items": items,
        "renditions": ["scan"],
        "scan": {"tilt": 0.6},
        "notes": "1999 nynorsk, youth society (ungdomslag) owning a community hall, Ørskog (Møre og Romsdal), "
                 "scan only. Board in an unruled two-column role | name table; kasserar and skrivar are MEDL; "
                 "two deputies in ONE cell separated by a comma. Valnemnd and auditors in the next paragraph "
                 "(not board). No daglig leder. Statements with the years oldest first (1998 | 1999), "
                 "'Overskot' as the result line, no operating result, a label header 'Kroner'.",
    }


# ---------------------------------------------------------------------------------------------
# 3. A retail cooperative in Luster, 2009: nynorsk, deputies beside members in prose, key figures
#    only in a summary table with the years oldest first


def lustra_2009() -> dict:
    cols = [Col("2007", 2007), Col("2008", 2008), Col("2009", 2009)]
    lines = [
        Line("Driftsinntekter", [35_410, 36_902, 38_214], key=True),
        Line("Driftsresultat", [402, 517, 588], key=True),
        Line("Årsresultat", [455, 541, 612], key=True),
        Line("Sum eigedelar", [12_808, 13_240, 13_975], key=True),
        Line("Eigenkapital", [4_210, 4_751, 5_363], key=True),
    ]
    key_st = Statement("Nøkkeltal", cols, lines, unit=1000, label_header="Tal i 1000 kr")
    shares = [value(key_st, "Eigenkapital", i) / value(key_st, "Sum eigedelar", i) * 100 for i in range(3)]
    ratio_row = ["Eigenkapitalandel"] + [f"{{p:{s:.1f} %}}".replace(".", ",") for s in shares]
    board = [
        ("Ingrid Bøyum", "LEDE", False), ("Atle Hjelle", "NEST", False), ("Helge Sviggum", "MEDL", False),
        ("Sølvi Tveit", "MEDL", False), ("Synnøve Hæreid", "MEDL", True),
        ("Lars Ølnes", "VARA", None), ("Randi Øyane", "VARA", None), ("Kari Bolstad", "VARA", None),
        ("Jon Arve Hauge", "VARA", None), ("Tor Einar Moe", "VARA", None),
    ]
    items = [
        ("h", 1, "Årsmelding 2009"),
        ("p", "Indre Lustra Samvirkelag SA", {"bold": True, "size": 13}),
        ("h", 2, "Om laget"),
        ("p", "Laget driv daglegvarebutikk i {g?:Gaupne} og ein filial i {g?:Skjolden}, begge i {g:Luster} "
              "kommune i {g:Sogn og Fjordane}. Laget vart skipa i 1911 og gjekk over til selskapsforma SA då "
              "den nye samvirkelova tok til å gjelde."),
        ("p", "Ved utgangen av året hadde laget 1 486 medlemer. Medlemshandelen utgjorde {p:71,5 prosent|"
              "Medlemshandelen} av omsetnaden, og styret gjer framlegg om eit kjøpeutbyte på {p:1,5 prosent|"
              "kjøpeutbyte} av medlemshandelen."),
        ("h", 2, "Styre og tillitsvalde"),
        ("p", "Årsmøtet 23. april 2009 valde styre fram til årsmøtet i 2010. Styret har vore samansett slik: "
              "Ingrid Bøyum (styreleiar) med Lars Ølnes som personleg vara, Atle Hjelle (nestleiar) med "
              "Randi Øyane som personleg vara, Helge Sviggum med Kari Bolstad som vara, Sølvi Tveit med "
              "Jon Arve Hauge som vara, og Synnøve Hæreid, vald av dei tilsette, med Tor Einar Moe som "
              "personleg vara."),
        ("p", "Valnemnda har vore Kjell Øygard (leiar) og Astrid Bjørk. Styret har hatt 8 møte og "
              "handsama 46 saker."),
        ("h", 2, "Tilsette og arbeidsmiljø"),
        ("p", "Dagleg leiar er Eirik Sandvik. Laget hadde ved årsskiftet 14 tilsette, sju av dei i heile "
              "stillingar, til saman 10,3 årsverk. Sjukefråværet var {p:5,4 prosent|Sjukefråværet} av samla "
              "arbeidstid, mot {p:6,1 prosent|året før} året før. Det har ikkje vore ulukker eller skadar."),
        ("p", "Butikkansvarleg i {g?:Skjolden} går frå 1. mars 2010 ned til {p:80 prosent|80 prosent stilling} "
              "stilling etter eige ønskje."),
        ("p", "Av dei tilsette er ti kvinner og fire menn. Styret har tre kvinner og to menn."),
        ("h", 2, "Økonomi"),
        ("p", f"Omsetnaden utan meirverdiavgift auka til 38,2 millionar kroner. Årsresultatet før kjøpeutbyte "
              f"vart 612 000 kroner. Nøkkeltala for dei tre siste åra står i tabellen under; årsrekneskapen "
              f"med notar ligg ved som eige hefte og er ikkje teken inn her."),
        ("keytable", key_st, [ratio_row], {"title": "Nøkkeltal"}),
        ("p", "Styret meiner at årsrekneskapen gir eit rett bilete av stoda til laget, og at føresetnaden "
              "om vidare drift er til stades."),
        ("h", 2, "Utsikter"),
        ("p", "Ein lågpriskjede opna ny butikk i {g:Sogndal} i haust. Styret ventar hardare konkurranse om "
              "hyttehandelen og vil satse vidare på ferskvarer og lokal mat frå {g:Sogn}."),
        ("sign", "{g?:Gaupne}, 4. mars 2010",
         [("Ingrid Bøyum", "styreleiar"), ("Atle Hjelle", "nestleiar"), ("Helge Sviggum", ""),
          ("Sølvi Tveit", ""), ("Synnøve Hæreid", ""), ("Eirik Sandvik", "dagleg leiar")]),
    ]
    return {
        "name": "lustra-2009", "year": 2009, "title": "Indre Lustra Samvirkelag SA Årsmelding 2009",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "6B2C2C",
        "header": "Indre Lustra Samvirkelag SA – årsmelding 2009", "footer": "{PAGE}",
        "organization": {"name": "Indre Lustra Samvirkelag SA", "founded_year": 1911},
        "ceo": "Eirik Sandvik",
        "board": board,
        "board_optional": ["Eirik Sandvik"],
        "not_board": ["Kjell Øygard", "Astrid Bjørk"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "2009 nynorsk, retail cooperative (samvirkelag SA), Luster (Sogn og Fjordane). Board in one "
                 "prose sentence, each member followed by a personal deputy ('med X som personleg vara', "
                 "'med X som vara'); roles only for the first two; the employee member 'vald av dei "
                 "tilsette'. Key figures only in a 'Nøkkeltal' table (no full statements, years oldest "
                 "first, 'Tal i 1000 kr' in the top-left cell, equity ratio row in percent); its labels are "
                 "the gold labels (Driftsinntekter, Eigenkapital). Sjukefråvær and '80 prosent stilling'. "
                 "The dagleg leiar signs with the board (optional).",
    }


REPORTS = [hallingsnekker_1994, varsol_1999, lustra_2009]
