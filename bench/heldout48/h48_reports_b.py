"""Forty-eighth held-out set, second half: an arbeidsmarkedsbedrift's typed årsberetning of 1994 (before
Aetat), a long vekstbedrift årsrapport of 2009 with a five-year key-figure table and budget beside
actuals, and a vekstbedrift konsern of 2012 whose board is shown as portraits with captions. All names
and figures invented; places real and valid in the report's year (Lardal, Svarstad, Larvik, Vestfold;
Stokke, Sandefjord, Melsomvik; Nøtterøy, Tjøme, Teie, Tønsberg)."""
from __future__ import annotations

from heldout_finance import BUDGET, OTHER, Col, Line, Statement, balance, income


# ---------------------------------------------------------------- 1994, arbeidsmarkedsbedrift

def lardal_industrier_1994() -> dict:
    cols = [Col("1994", 1994), Col("1993", 1993)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, [
        ("Salgsinntekter", "", [1_906_442, 1_744_310]),
        ("Tilskudd fra arbeidsmarkedsetaten", "", [2_118_600, 2_046_000]),
        ("Kommunalt driftstilskudd", "", [287_076, 270_000]),
    ], [
        ("Varekostnader", "", [612_904, 566_812]),
        ("Lønn, feriepenger og sosiale kostnader", "", [3_058_118, 2_941_660]),
        ("Ordinære avskrivninger", "", [104_000, 98_500]),
        ("Andre driftskostnader", "", [471_334, 430_116]),
    ], fin=[
        ("Renteinntekter", "", [21_640, 18_905]),
        ("Rentekostnader", "", [-28_210, -31_444]),
    ], labels={"result": "Årsoverskudd"}), thousands=".", render="unruled")
    board = [("Odd Helge Kaupang", "LEDE", None), ("Astrid Sundby", "MEDL", None),
             ("Jens Kristian Holt", "MEDL", None), ("Wenche Bråthen", "MEDL", None),
             ("Sverre Gulli", "VARA", None), ("Marianne Kollerød", "VARA", None),
             ("Kåre Ringdal", "VARA", None), ("Liv Jorunn Brekke", "VARA", None)]
    items = [
        ("p", "LARDAL INDUSTRIER A/S", {"bold": True, "size": 14}),
        ("p", "Årsberetning 1994", {"bold": True, "size": 12}),
        ("bh", "Bedriftens virksomhet"),
        ("p", "Lardal Industrier A/S er en arbeidsmarkedsbedrift (AMB) med tilhold på {g:Svarstad} i "
              "{g:Lardal kommune|Lardal}. Bedriften skal gi yrkeshemmede arbeidstrening og kvalifisering med "
              "sikte på arbeid i det ordinære arbeidsliv. Produksjonen består av trevarer, emballasje og "
              "underleveranser til industrien i {g:Larvik}."),
        ("p", "Bedriften har i 1994 vært godkjent for 18 tiltaksplasser av fylkesarbeidskontoret i "
              "{g:Vestfold}. Det har i løpet av året vært 31 personer på tiltak. 11 har avsluttet, og av disse "
              "har 5 gått over i ordinært arbeid og 2 til skole. Henvisningene kommer fra arbeidskontoret i "
              "{g:Larvik} og fra trygdekontoret i {g:Lardal}."),
        ("bh", "Eierforhold"),
        ("p", "Aksjekapitalen er kr 150.000,-. {g:Lardal kommune|Lardal} eier {p:80 %|Lardal kommune eier} og "
              "{g:Vestfold fylkeskommune|Vestfold} eier {p:20 %|Vestfold fylkeskommune eier} av aksjene."),
        ("bh", "Styre og ledelse"),
        ("p", "Styret har bestått av:"),
        ("tablines", [["Medlemmer:", "Personlige varamenn:"],
                      ["Odd Helge Kaupang, formann", "Sverre Gulli"],
                      ["Astrid Sundby", "Marianne Kollerød"],
                      ["Jens Kristian Holt", "Kåre Ringdal"],
                      ["Wenche Bråthen", "Liv Jorunn Brekke"]], {"stops": (7.5,), "bold_first": True}),
        ("p", "Fra arbeidskontoret i {g:Larvik} har konsulent Reidar Helgerud møtt som observatør uten stemmerett. "
              "Det er holdt 6 styremøter i 1994. Bedriftens daglige leder har vært Gudmund Skaug."),
        ("p", "Generalforsamlingen ble holdt 28. april 1994 med ordfører Tormod Skjelbred som kommunens "
              "representant."),
        ("bh", "Arbeidsmiljø"),
        ("p", "Bedriften har 6 faste ansatte, tilsvarende 5,5 årsverk. Det har ikke vært skader i året. "
              "Arbeidsmiljøet er godt, og det er gjennomført vernerunde sammen med bedriftshelsetjenesten. "
              "Lønnskostnadene utgjorde {p:71 %|lønnskostnadene utgjorde} av driftsinntektene."),
        ("bh", "Regnskap"),
        ("p", "Årsoverskuddet på kr 59.192,- foreslås overført til annen egenkapital. Styret mener "
              "regnskapet gir et riktig bilde av bedriftens stilling ved årsskiftet."),
        ("stmt", res, {"title": "Resultatregnskap for 1994"}),
        ("sign", "{g:Svarstad}, 14. februar 1995", [
            ("Odd Helge Kaupang", "formann"), ("Astrid Sundby", ""), ("Jens Kristian Holt", ""),
            ("Wenche Bråthen", ""), ("Gudmund Skaug", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "lardal-industrier-1994", "year": 1994, "title": "Årsberetning 1994",
        "organization": {"name": "Lardal Industrier A/S",
                         "owners": [{"name": "Lardal kommune", "share_percent": 80.0},
                                    {"name": "Vestfold fylkeskommune", "share_percent": 20.0}]},
        "ceo": "Gudmund Skaug", "board": board, "board_optional": ["Reidar Helgerud"],
        "not_board": ["Tormod Skjelbred"], "programs": {}, "items": items, "renditions": ["docx", "pdf"],
        "font": "Liberation Serif", "heading_font": "Liberation Serif", "body_pt": 11, "heading_colour": "000000",
        "notes": "Members beside their personal varamenn in two tab columns, 'formann'; how members were chosen "
                 "is not stated; the arbeidskontor's observer without vote is optional.",
    }


# ---------------------------------------------------------------- 2009, long, key figures over five years

def melsomvik_industrier_2009() -> dict:
    years = [2009, 2008, 2007, 2006, 2005]
    keys = Statement("Nøkkeltall", [Col(str(y), y) for y in years], [
        Line("Sum driftsinntekter", [18_412, 17_306, 16_118, 15_204, 14_522], key=True),
        Line("Driftsresultat", [512, 368, -144, 221, 310], key=True),
        Line("Årsoverskudd", [561, 402, -96, 247, 322], key=True),
    ], unit=1000, label_header="(i 1000 kr)")
    extra = [["Godkjente VTA-plasser", "30", "30", "28", "28", "26"],
             ["Plasser arbeidspraksis (APS)", "14", "14", "12", "12", "12"],
             ["Årsverk ansatte", "21,5", "20,8", "20,0", "19,6", "19,0"],
             ["Sykefravær ansatte", "{p:4,8 %}", "{p?:6,1 %}", "{p?:7,3 %}", "{p?:5,5 %}", "{p?:5,0 %}"]]
    cols = [Col("Regnskap 2009", 2009), Col("Budsjett 2009", 2009, BUDGET), Col("Regnskap 2008", 2008)]
    res = Statement("Resultatregnskap", cols, income("nb", 3, [
        ("Salgsinntekter", "", [6_904, 6_600, 6_212]),
        ("Offentlige tilskudd", "2", [11_318, 11_250, 10_930]),
        ("Andre driftsinntekter", "", [190, 150, 164]),
    ], [
        ("Varekostnad", "", [2_214, 2_150, 2_036]),
        ("Lønnskostnader", "3", [12_880, 12_950, 12_304]),
        ("Avskrivninger", "4", [604, 620, 588]),
        ("Andre driftskostnader", "", [2_202, 2_130, 2_010]),
    ], fin=[
        ("Finansinntekter", "", [96, 80, 118]),
        ("Finanskostnader", "", [-47, -60, -84]),
    ], labels={"result": "Årsoverskudd"}), unit=1000, note_col="Note", label_header="Tall i hele 1000 kr")
    bcols = [Col("31.12.2009", 2009), Col("31.12.2008", 2008)]
    bal = Statement("Balanse", bcols, balance("nb", 2,
        fixed=[("Bygninger", "4", [7_412, 7_688]), ("Maskiner og biler", "4", [1_318, 1_402])],
        current=[("Varelager", "", [612, 588]), ("Kundefordringer", "", [1_104, 1_012]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [1_000, 1_000]), ("Annen egenkapital", "", [6_217, 5_656])],
        long=[("Pantelån", "5", [3_960, 4_320])],
        short=[("Leverandørgjeld", "", [840, 796]), ("Skyldige offentlige avgifter", "", [1_212, 1_104]),
               ("Annen kortsiktig gjeld", "", [1_408, 1_376])]),
        unit=1000, note_col="Note", label_header="Tall i hele 1000 kr")
    board = [("Jorunn Heggelund", "LEDE", False), ("Tor Arne Fossum", "NEST", False),
             ("Kristin Sem Andersen", "MEDL", False), ("Bjørn Wiik", "MEDL", False),
             ("Ragnhild Olsen Bø", "MEDL", True),
             ("Eirik Holm Sørensen", "VARA", None), ("Lene Bakkerud", "VARA", None)]
    header = "Melsomvik Industrier AS | Årsrapport 2009"
    items = [
        ("p", "Melsomvik Industrier AS", {"bold": True, "size": 22, "align": "center"}),
        ("p", "Årsrapport 2009", {"size": 18, "align": "center"}),
        ("photo", 5, 7, "Montasjeavdelingen i {g:Melsomvik} etter ombyggingen høsten 2009."),
        ("pagebreak",),
        ("toc", [("Nøkkeltall", 2), ("Dette er Melsomvik Industrier", 3), ("Året som gikk", 4),
                 ("Tiltakene", 5), ("Medarbeidere", 6), ("Styrets årsberetning", 7), ("Årsregnskap", 9),
                 ("Noter", 10)]),
        ("keytable", keys, extra, {"title": "Nøkkeltall 2005–2009"}),
        ("pagebreak",),
        ("h", 1, "Dette er Melsomvik Industrier"),
        ("p", "Melsomvik Industrier AS er en vekstbedrift i {g:Stokke kommune|Stokke}. Vi tilbyr varig "
              "tilrettelagt arbeid og arbeidspraksis i skjermet virksomhet for personer med nedsatt "
              "arbeidsevne fra {g:Stokke} og {g:Sandefjord}. Bedriften holder til i egne lokaler ved havna i "
              "{g:Melsomvik}."),
        ("p", "Selskapet eies av {g:Stokke kommune|Stokke} med {p:60 %|Stokke kommune} og "
              "{g:Sandefjord kommune|Sandefjord} med {p:40 %|Sandefjord kommune} av aksjene."),
        ("p", "Vi er medlem av NHO Service og bransjeforeningen Arbeid & Inkludering."),
        ("pagebreak",),
        ("h", 1, "Året som gikk"),
        ("p", "Finanskrisen ga oss færre oppdrag fra industrien i første halvår, men nye avtaler om "
              "vedlikehold av uteområder og en større pakkeavtale med et handelsfirma i {g:Tønsberg} gjorde at "
              "vi likevel nådde budsjettet. Omsetningen økte med 6,4 prosent til 18,4 millioner kroner."
              .replace("6,4 prosent", "{p:6,4 prosent|omsetningen økte}")),
        ("p", "Vi vil takke NAV {g?:Stokke} ved leder Hilde Kvarme og NAV Arbeidslivssenter {g?:Vestfold} for godt "
              "samarbeid, og rådmann Per Gunnar Lie for en konstruktiv eierdialog."),
        ("pagebreak",),
        ("h", 1, "Tiltakene"),
        ("p", "Bedriften har 30 godkjente plasser i varig tilrettelagt arbeid (VTA) og 14 plasser i "
              "arbeidspraksis i skjermet virksomhet (APS). Alle VTA-plassene var i bruk hele året, og 9 "
              "personer har hatt praksisplass i ordinære virksomheter i distriktet."),
        ("p", "Av 22 deltakere som avsluttet APS i 2009, gikk 8 til arbeid eller utdanning "
              "({p:36 %|8 til arbeid eller utdanning})."),
        ("photo", 2, 3, "Arbeidsleder Solveig Berg og produksjonsleder Frode Teigen i snekkerverkstedet."),
        ("pagebreak",),
        ("h", 1, "Medarbeidere"),
        ("p", "Ved utgangen av året hadde bedriften 23 ansatte i til sammen 21,5 årsverk, i tillegg til "
              "deltakerne på tiltak. Sykefraværet blant de ansatte gikk ned fra {p?:6,1 %} til "
              "{p:4,8 %|sykefraværet blant de ansatte}. Hovedverneombud er Arild Kjærnes, og "
              "hovedtillitsvalgt er Nina Thorsrud."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("h", 3, "Virksomhetens art og hvor den drives"),
        ("p", "Melsomvik Industrier AS driver tilrettelagt arbeid og arbeidspraksis på oppdrag fra NAV. "
              "Virksomheten drives i {g:Stokke kommune|Stokke}."),
        ("h", 3, "Styret"),
        ("p", "Styret har i 2009 hatt følgende sammensetning: Jorunn Heggelund (leder), Tor Arne Fossum "
              "(nestleder), Kristin Sem Andersen, Bjørn Wiik og Ragnhild Olsen Bø (valgt av og blant de "
              "ansatte). Varamedlemmer har vært Eirik Holm Sørensen og Lene Bakkerud."),
        ("p", "Ved generalforsamlingen 12. mai gikk Terje Vestby ut av styret etter åtte år, de siste fire som "
              "styreleder. Styret takker ham for innsatsen. Valgkomiteen har bestått av Hans Olav Mørk og "
              "Siri Tangen. Styret har hatt 7 møter og behandlet 46 saker."),
        ("h", 3, "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet er omtalt under Medarbeidere. Av de ansatte er 12 kvinner og 11 menn. Styret "
              "består av tre kvinner og to menn."),
        ("h", 3, "Ytre miljø"),
        ("p", "Bedriften forurenser ikke det ytre miljøet utover det som er normalt for bransjen."),
        ("h", 3, "Økonomi og fortsatt drift"),
        ("p", "Sum driftsinntekter ble 18,4 millioner kroner mot budsjettert 18,0 millioner. Årsoverskuddet "
              "ble 561 000 kroner. Styret foreslår at overskuddet overføres til annen egenkapital, og "
              "bekrefter at forutsetningen om fortsatt drift er til stede."),
        ("sign", "{g:Stokke}, 24. februar 2010", [
            ("Jorunn Heggelund", "styreleder"), ("Tor Arne Fossum", "nestleder"),
            ("Kristin Sem Andersen", "styremedlem"), ("Bjørn Wiik", "styremedlem"),
            ("Ragnhild Olsen Bø", "styremedlem"), ("Anders Lunde Moen", "daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Årsregnskap"),
        ("stmt", res, {"title": "Resultatregnskap 2009"}),
        ("stmt", bal, {"title": "Balanse 31. desember"}),
        ("pagebreak",),
        ("h", 1, "Noter"),
        ("bh", "Note 1 Regnskapsprinsipper", {"size": 10.5}),
        ("p", "Regnskapet er avlagt etter regnskapsloven og god regnskapsskikk for små foretak."),
        ("bh", "Note 2 Offentlige tilskudd", {"size": 10.5}),
        ("p", "Tilskudd fra NAV for VTA og APS utgjorde 9 124 000 kroner. Kommunal medfinansiering av "
              "VTA-plassene utgjorde 2 194 000 kroner, fordelt etter eierandel."),
        ("bh", "Note 3 Lønnskostnader og godtgjørelser", {"size": 10.5}),
        ("p", "Daglig leder Anders Lunde Moen har mottatt lønn med 688 000 kroner. Styrehonorar 64 000 kroner. "
              "Honorar til revisor, Vestfold Revisjon AS ved statsautorisert revisor Kari Holtan, var 46 000 "
              "kroner.".replace("Vestfold Revisjon AS", "{g?:Vestfold Revisjon AS|Vestfold}")),
        ("bh", "Note 5 Pantelån", {"size": 10.5}),
        ("p", "Lånet er sikret med pant i bygningene og nedbetales over 15 år."),
    ]
    return {
        "name": "melsomvik-industrier-2009", "year": 2009, "title": "Årsrapport 2009",
        "organization": {"name": "Melsomvik Industrier AS",
                         "owners": [{"name": "Stokke kommune", "share_percent": 60.0},
                                    {"name": "Sandefjord kommune", "share_percent": 40.0}]},
        "ceo": "Anders Lunde Moen", "board": board,
        "not_places": ["Melsomvik Industrier"], "not_board": ["Terje Vestby", "Hans Olav Mørk", "Siri Tangen", "Hilde Kvarme", "Per Gunnar Lie",
                      "Solveig Berg", "Frode Teigen", "Arild Kjærnes", "Nina Thorsrud", "Kari Holtan"],
        "programs": {"VTA": 30}, "header": header, "footer": "{PAGE}", "footer_align": "right",
        "items": items, "renditions": ["pdf"],
        "notes": "Five-year key-figure table first, board only in one prose sentence on page 7, budget column "
                 "optional; APS has no program code.",
    }


# ---------------------------------------------------------------- 2012, konsern, board as portraits

def teie_vekst_2012() -> dict:
    cols = [Col("2012", 2012), Col("2011", 2011), Col("2012", 2012, OTHER), Col("2011", 2011, OTHER)]
    res = Statement("Resultatregnskap", cols, income("nb", 4, [
        ("Salgsinntekter", "", [5_884, 5_412, 9_318, 8_706]),
        ("Tilskudd NAV og kommuner", "", [10_204, 9_880, 10_204, 9_880]),
    ], [
        ("Varekostnad", "", [1_914, 1_780, 3_402, 3_204]),
        ("Lønnskostnader", "", [11_206, 10_744, 12_918, 12_306]),
        ("Avskrivninger", "", [412, 398, 688, 660]),
        ("Andre driftskostnader", "", [2_180, 2_106, 2_204, 2_168]),
    ], fin=[
        ("Netto finans", "", [38, 22, -114, -142]),
    ], labels={"net_fin": None}), unit=1000, negative="paren", label_header="Beløp i 1000 kroner")
    board = [("Svein Erik Wold", "LEDE", False), ("Marit Ødegård", "NEST", False),
             ("Geir Helland", "MEDL", False), ("Ingrid Tollefsen", "MEDL", False),
             ("Petter Aamodt", "MEDL", True), ("Kjersti Furu", "VARA", None), ("Tom Rune Sølvberg", "VARA", None)]
    items = [
        ("p", "Teie Vekst AS", {"bold": True, "size": 20}),
        ("p", "Årsrapport 2012", {"size": 15}),
        ("h", 2, "Om oss"),
        ("p", "Teie Vekst AS er en vekstbedrift på {g:Teie} i {g:Nøtterøy kommune|Nøtterøy}. Selskapet eies av "
              "{g:Nøtterøy kommune|Nøtterøy} ({p:75 %|Nøtterøy kommune}) og {g:Tjøme kommune|Tjøme} "
              "({p:25 %|Tjøme kommune}). Bedriften har 24 plasser for varig tilrettelagt arbeid (VTA) og 20 "
              "plasser for arbeidspraksis i skjermet virksomhet. Datterselskapet Teie Vekst Gartneri AS driver "
              "gartneri og hagesenter og er eid 100 prosent av Teie Vekst AS."
              .replace("100 prosent", "{p:100 prosent|eid}")),
        ("p", "Konsernet hadde ved årsskiftet 31 ansatte (27,6 årsverk), hvorav 24 ansatte (21,0 årsverk) i "
              "morselskapet."),
        ("table", [["", "2012", "2011"], ["Ansatte i konsernet", "31", "29"], ["Årsverk i konsernet", "27,6", "26,2"],
                   ["VTA-plasser", "24", "24"], ["Sykefravær", "{p:6,2 %}", "{p?:7,0 %}"]],
         {"ruled": True, "shade_header": "D9E2EA", "size": 9.5}),
        ("h", 2, "Styret"),
        ("portraits", [("Svein Erik Wold", ["Styreleder"]), ("Marit Ødegård", ["Nestleder"]),
                       ("Geir Helland", ["Styremedlem"]), ("Ingrid Tollefsen", ["Styremedlem"]),
                       ("Petter Aamodt", ["Styremedlem", "valgt av de ansatte"])], {"per_row": 3}),
        ("p", "Varamedlemmer: Kjersti Furu og Tom Rune Sølvberg. Styret i Teie Vekst Gartneri AS ledes av "
              "Arnfinn Holmsen, med daglig leder Bente Kolstad Riis som medlem."),
        ("h", 2, "Styrets beretning"),
        ("p", "Driften var tilfredsstillende i 2012. Morselskapet fikk sum driftsinntekter på 16,1 millioner "
              "kroner og et årsresultat på 414 000 kroner. Konsernets årsresultat ble 196 000 kroner. Styret "
              "takker NAV {g?:Nøtterøy} og {g?:Tjøme} ved Kjell Åge Brun for godt samarbeid, og daglig leder og "
              "de ansatte for innsatsen."),
        ("p", "Sykefraværet i morselskapet var {p:6,2 %|sykefraværet i morselskapet}. Virksomheten "
              "forurenser ikke det ytre miljø. Forutsetningen om fortsatt drift er til stede."),
        ("groupstmt", res, [("Morselskap", 2), ("Konsern", 2)], {"title": "Resultatregnskap 2012"}),
        ("p", "Revisor: Revisjon Vestfold AS, ved registrert revisor Ola Haugland."
              .replace("Revisjon Vestfold AS", "Revisjon {g?:Vestfold} AS"), {"size": 9}),
        ("sign", "{g:Tønsberg}, 20. mars 2013", [
            ("Svein Erik Wold", "styreleder"), ("Marit Ødegård", "nestleder"), ("Geir Helland", ""),
            ("Ingrid Tollefsen", ""), ("Petter Aamodt", ""), ("Bente Kolstad Riis", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "teie-vekst-2012", "year": 2012, "title": "Årsrapport 2012",
        "organization": {"name": "Teie Vekst AS",
                         "owners": [{"name": "Nøtterøy kommune", "share_percent": 75.0},
                                    {"name": "Tjøme kommune", "share_percent": 25.0}]},
        "ceo": "Bente Kolstad Riis", "board": board,
        "not_places": ["Teie Vekst Gartneri AS"], "not_board": ["Arnfinn Holmsen", "Kjell Åge Brun", "Ola Haugland"],
        "programs": {"VTA": 24}, "items": items, "renditions": ["docx", "pdf"],
        "notes": "Board as portraits with captions, deputies in a prose line, the subsidiary's chair named; "
                 "morselskap beside konsern (konsern columns optional).",
    }


REPORTS = [lardal_industrier_1994, melsomvik_industrier_2009, teie_vekst_2012]
