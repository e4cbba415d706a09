"""Reports of the nineteenth held-out set, part two: a 1994 andelslag typed in a WordPerfect-era word
processor, a borettslag with a forretningsfører and a vaktmester firm, and a kirkelig fellesråd. All
names, organisations and figures are invented; the places are real."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income

from h19_render import KrPrefix


# ---------------------------------------------------------------- 4: 1994, all caps, tabs, "kr 1.234,-"

def kvikne() -> dict:
    board = [("Ola Bjørnstad", "LEDE", None), ("Randi Haugen Dahl", "NEST", None),
             ("Einar Sæter", "MEDL", None), ("Bjørg Kvikstad", "MEDL", None), ("Sverre Stai", "MEDL", None),
             ("Marta Nyhus", "VARA", None), ("Hallgeir Tronsmoen", "VARA", None)]
    inc = income("nb", 2, inc=[("Utleie av sal og kjøkken", "", [148_650, 131_200]),
                               ("Kinodrift", "", [96_412, 102_880]),
                               ("Tilskudd fra Tynset kommune", "", [60_000, 55_000]),
                               ("Dugnad og gaver", "", [23_975, 18_430])],
                 cost=[("Strøm og brensel", "", [71_860, 69_114]), ("Vedlikehold", "", [88_307, 61_950]),
                       ("Kinoleie og filmfrakt", "", [52_140, 57_665]),
                       ("Forsikring", "", [18_904, 18_212]), ("Andre kostnader", "", [29_566, 27_031])],
                 fin=[("Renteinntekter", "", [6_218, 4_990]), ("Renter på lån", "", [-32_096, -35_870])],
                 labels={"inc": "INNTEKTER", "cost": "UTGIFTER", "sum_inc": "Sum inntekter",
                         "sum_cost": "Sum utgifter", "op": "Driftsresultat", "fin": "FINANSPOSTER",
                         "result": "Årets overskudd"})
    bal = balance("nb", 2, fixed=[("Samfunnshuset (bokført verdi)", "", [1_210_000, 1_245_000]),
                                  ("Kinoanlegg og inventar", "", [86_000, 98_000])],
                  current=[("Kasse og bank", "", "plug")],
                  equity=[("Andelskapital", "", [412_500, 410_000]), ("Fond og overskudd", "", [663_893, 621_511])],
                  long=[("Lån i Tynset Sparebank", "", [318_000, 352_000])],
                  short=[("Skyldige kostnader", "", [14_670, 12_845])],
                  labels={"assets": "EIENDELER", "eq_debt": "EGENKAPITAL OG GJELD", "equity": None, "debt": None,
                          "fixed": None, "current": None, "long": None, "short": None,
                          "sum_fixed": None, "sum_current": None, "sum_debt": None})
    cols = [Col("1994", 1994), Col("1993", 1993)]
    common = dict(thousands=".", render="tabs")
    st_inc = KrPrefix("DRIFTSREGNSKAP 1994", cols, inc, **common)
    st_bal = KrPrefix("BALANSE PR. 31.12.94", cols, bal, **common)
    caps = {"caps": True, "size": 11}
    items = [
        ("bh", "Andelslaget Kvikne Samfunnshus", {"caps": True, "size": 14}),
        ("bh", "Årsmelding 1994", caps),
        ("p", "Styret legger med dette fram årsmelding og regnskap for 1994, laget sitt 47. driftsår. "
              "Andelslaget ble stiftet i 1947 og eier samfunnshuset på {g:Kvikne} i {g:Tynset} kommune."),
        ("bh", "Styret", caps),
        ("p", "Styret har i 1994 hatt denne sammensetning:"),
        ("tablines", [["FORMANN", "Ola Bjørnstad", "{g?:Innset}"], ["NESTFORMANN", "Randi Haugen Dahl", "{g:Kvikne}"],
                      ["KASSERER", "Einar Sæter", "{g:Kvikne}"], ["SEKRETÆR", "Bjørg Kvikstad", "{g?:Yset}"],
                      ["STYREMEDLEM", "Sverre Stai", "{g:Kvikne}"], ["VARAMENN", "Marta Nyhus", ""],
                      ["", "Hallgeir Tronsmoen", ""]], {"stops": (4.0, 9.5)}),
        ("p", "Regnskapet er revidert av Ingebrigt Moen. Vaktmester har vært Halvor Ryen."),
        ("bh", "Drift og møter", caps),
        ("p", "Det er holdt 9 styremøter og behandlet 38 saker. Ordinært andelseiermøte ble holdt 24.03.94 "
              "med 41 andelseiere til stede. Huset har vært utleid 112 ganger, mot 97 ganger i 1993, og "
              "belegget i helgene var {p:78 %|belegget i helgene}."),
        ("p", "Kinoen hadde 36 forestillinger og 2.184 besøkende. Besøket gikk ned med {p:9 %|besøket}, "
              "men det var ventet etter at OL-sendingene tok mye av vinteren."),
        ("bh", "Vedlikehold", caps),
        ("p", "Taket over storsalen ble lagt om i august på dugnad, med 640 dugnadstimer. Kjøkkenet har "
              "fått ny komfyr. Vedlikeholdet kostet kr 88.307,- mot budsjettert kr 70.000,-."),
        ("bh", "Økonomi", caps),
        ("p", "Årets overskudd ble kr 42.382,- som overføres til fond. Egenkapitalen pr. 31.12.94 er "
              "kr 1.076.393,-. Lånet i Tynset Sparebank er nedbetalt med kr 34.000,- i 1994."),
        ("stmt", st_inc),
        ("stmt", st_bal),
        ("p", "{g:Kvikne}, 02.02.95"),
        ("tablines", [["Ola Bjørnstad", "Randi Haugen Dahl", "Einar Sæter"],
                      ["formann", "nestformann", "kasserer"], ["", "", ""],
                      ["Bjørg Kvikstad", "Sverre Stai", ""], ["sekretær", "styremedlem", ""]], {"stops": (5.5, 11.0)}),
    ]
    return {"name": "kvikne-samfunnshus-1994", "year": 1994, "title": "ÅRSMELDING 1994",
            "organization": {"name": "Andelslaget Kvikne Samfunnshus", "founded_year": 1947},
            "ceo": None, "board": board, "not_board": ["Ingebrigt Moen", "Halvor Ryen"],
            "not_places": ["Tynset Sparebank", "Tynset kommune"],
            "font": "DejaVu Sans Mono", "body_pt": 9.5, "heading_font": "DejaVu Sans Mono",
            "items": items, "renditions": ["doc", "scan"], "scan": {"dpi": 150, "tilt": 1.0},
            "footer": "- {PAGE} -",
            "notes": "1994 andelslag typed in a WordPerfect-era word processor, saved as .doc: all-caps "
                     "headings, FORMANN/NESTFORMANN/VARAMENN in tab-aligned columns with the member's "
                     "bygd, statements with tab stops and \"kr 1.234.567,-\", dates 31.12.94; a scan too."}


# ---------------------------------------------------------------- 5: borettslag with forretningsfører and vaktmester

def myrtunet() -> dict:
    board = [("Kari Osmundsen", "LEDE", None), ("Øyvind Tjelta", "NEST", None), ("Sara Nygård", "MEDL", None),
             ("Ahmed Yusuf Farah", "MEDL", None), ("Linn Merete Bø", "VARA", None)]
    inc = income("nb", 3, inc=[("Husleie/felleskostnader", "2", [3_418_320, 3_271_080, 3_420_000]),
                               ("Andre inntekter", "", [42_600, 38_750, 40_000])],
                 cost=[("Forretningsførerhonorar", "", [118_440, 113_880, 118_500]),
                       ("Vaktmestertjenester", "3", [286_125, 271_300, 290_000]),
                       ("Kommunale avgifter", "", [512_870, 488_404, 515_000]),
                       ("Forsikring", "", [164_212, 149_860, 165_000]),
                       ("Drift og vedlikehold", "4", [611_944, 702_118, 640_000]),
                       ("Energi og fyring", "", [298_055, 341_266, 310_000]),
                       ("Styrehonorar", "", [90_000, 90_000, 90_000]),
                       ("Andre driftskostnader", "", [104_381, 96_903, 100_000])],
                 fin=[("Renteinntekter", "", [38_114, 21_706, 30_000]),
                      ("Rentekostnader felleslån", "5", [-1_012_600, -874_212, -1_000_000])],
                 labels={"sum_inc": "Sum driftsinntekter", "result": "Årsresultat"})
    bal = balance("nb", 2, fixed=[("Bygninger og tomt", "6", [48_200_000, 48_200_000])],
                  current=[("Kundefordringer", "", [21_440, 18_900]), ("Bankinnskudd", "", "plug")],
                  equity=[("Innskutt egenkapital", "", [4_840_000, 4_840_000]),
                          ("Opptjent egenkapital", "", [2_167_107, 1_885_700])],
                  long=[("Felleslån", "5", [42_918_300, 43_604_900])],
                  short=[("Leverandørgjeld", "", [184_902, 167_315]), ("Annen kortsiktig gjeld", "", [96_210, 90_144])])
    st_inc = Statement("Resultatregnskap", [Col("Regnskap 2023", 2023), Col("Regnskap 2022", 2022),
                                            Col("Budsjett 2024", 2024, BUDGET)], inc, note_col="Note", render="unruled")
    st_bal = Statement("Balanse pr. 31.12.", [Col("2023", 2023), Col("2022", 2022)], bal, note_col="Note",
                       render="unruled")
    items = [
        ("h", 1, "Myrtunet Borettslag"),
        ("p", "Årsberetning og regnskap for 2023 · Innkalling til ordinær generalforsamling", {"italic": True}),
        ("h", 2, "Innkalling til generalforsamling"),
        ("p", "Ordinær generalforsamling holdes tirsdag 23. april 2024 kl. 19.00 i fellesrommet i blokk C. "
              "Alle andelseiere har møte-, tale- og stemmerett, med én stemme per andel."),
        ("h", 2, "Årsberetning for 2023"),
        ("h", 3, "Om borettslaget"),
        ("p", "Myrtunet Borettslag ligger på {g:Hana} i {g:Sandnes} kommune og består av 48 leiligheter i fire "
              "blokker, oppført i 1978. Borettslaget er tilknyttet Jærbo Boligbyggelag. Adressen er "
              "Myrtunveien 2–8, 4313 {g:Sandnes}."),
        ("h", 3, "Styret"),
        ("p", "Styret har etter generalforsamlingen 25. april 2023 bestått av:"),
        ("table", [["Verv", "Navn", "Leil."], ["Styreleder", "Kari Osmundsen", "B 12"], ["Nestleder", "Øyvind Tjelta", "A 3"],
                   ["Styremedlem", "Sara Nygård", "D 21"], ["Styremedlem", "Ahmed Yusuf Farah", "B 8"],
                   ["Varamedlem", "Linn Merete Bø", "C 17"]], {"ruled": True, "size": 9, "shade_header": "EEF0E8"}),
        ("p", "Styret har hatt 10 møter og behandlet 64 saker. Styret kan nås på styret@myrtunet.no."),
        ("h", 3, "Forretningsfører"),
        ("p", "Forretningsførsel og regnskap utføres av Kvadrat Boligforvaltning AS etter avtale. "
              "Kontaktperson hos forretningsfører er Rune Salte."),
        ("h", 3, "Vaktmester"),
        ("p", "Tjenestebua AS har vaktmesteravtale med borettslaget, med Geir Helland som fast vaktmester. "
              "Vaktmester er på stedet tirsdager og fredager."),
        ("h", 3, "Husleie/felleskostnader"),
        ("p", "Husleie/felleskostnader ble økt med {p:4,5 %|husleie/felleskostnader} fra 1. januar 2023 og med "
              "{p:6 %|husleie/felleskostnader} fra 1. januar 2024, hovedsakelig på grunn av høyere rente på "
              "felleslånet. Omtrent {p:71 %|felleskostnadene} av felleskostnadene går til renter og avdrag."),
        ("h", 3, "Vedlikehold"),
        ("p", "Alle balkongdører i blokk A og B ble skiftet i 2023. Neste år planlegges drenering langs blokk D."),
        ("h", 3, "Årsregnskapet"),
        ("p", "Årsregnskapet er satt opp under forutsetning av fortsatt drift. Borettslaget har ingen ansatte, "
              "og virksomheten forurenser ikke det ytre miljø. Styret består av to kvinner og to menn."),
        ("sign", "{g:Sandnes}, 12. mars 2024",
         [("Kari Osmundsen", "styreleder"), ("Øyvind Tjelta", "nestleder"), ("Sara Nygård", "styremedlem"),
          ("Ahmed Yusuf Farah", "styremedlem")], {"cols": 2}),
        ("break",),
        ("stmt", st_inc),
        ("stmt", st_bal),
    ]
    return {"name": "myrtunet-brl-2023", "year": 2023, "title": "Myrtunet Borettslag årsberetning 2023",
            "organization": {"name": "Myrtunet Borettslag", "founded_year": 1978,
                             "email": "styret@myrtunet.no"},
            "ceo": None, "board": board, "not_board": ["Rune Salte", "Geir Helland"],
            "places_optional": ["Myrtunveien"],
            "items": items, "renditions": ["docx", "pdf"], "header": "Myrtunet Borettslag – årsberetning 2023",
            "notes": "Borettslag: the board with each member's flat (Leil.) in a column; a forretningsfører "
                     "company with its contact person and a vaktmester firm with its vaktmester (neither gold, "
                     "no daglig leder); Husleie/felleskostnader in prose and the statement; a budget column."}


# ---------------------------------------------------------------- 6: kirkelig fellesråd, browser page

def nordfron() -> dict:
    ceo = "Håvard Mølstad Engen"
    board = [("Liv Randi Kleiven", "LEDE", None), ("Gudrun Håkenstad", "NEST", None), ("Ottar Snerle", "MEDL", None),
             ("Hans Petter Vole", "MEDL", None), ("Sigrid Aasheim", "MEDL", None)]
    varas = ["Tone Bakken Lie", "Knut Ole Rudi", "Berit Hågå", "Arne Skurdal"]
    sokn_leaders = ["Eirik Bjørge", "Astrid Nordhagen"]
    inc = income("nb", 3, inc=[("Overføring fra Nord-Fron kommune", "", [7_850_000, 7_420_000, 7_850_000]),
                               ("Gravferdsinntekter og festeavgift", "", [612_400, 588_950, 600_000]),
                               ("Andre driftsinntekter", "", [418_366, 392_104, 380_000])],
                 cost=[("Lønn og sosiale utgifter", "", [6_204_881, 5_902_445, 6_250_000]),
                       ("Kjøp av varer og tjenester", "", [2_311_972, 2_214_660, 2_280_000]),
                       ("Avskrivninger", "", [188_400, 181_200, 190_000])],
                 fin=[("Netto finansinntekter", "", [44_215, 29_804, 20_000])],
                 labels={"sum_inc": "Sum driftsinntekter", "sum_cost": "Sum driftsutgifter",
                         "cost": "Driftsutgifter", "net_fin": None, "result": "Regnskapsmessig resultat"})
    cols = [Col("Regnskap 2024", 2024), Col("Regnskap 2023", 2023), Col("Budsjett 2024", 2024, BUDGET)]
    st = Statement("Driftsregnskap 2024 i sammendrag", cols, inc, label_header="Beløp i kroner", render="ruled")
    items = [
        ("h", 1, "Årsmelding 2024"),
        ("p", "Nord-Fron kirkelige fellesråd", {"italic": True}),
        ("h", 2, "Fellesrådets oppgaver"),
        ("p", "Kirkelig fellesråd ivaretar administrative og økonomiske oppgaver på vegne av de tre soknene i "
              "{g:Nord-Fron}: {g?:Sødorp}, {g?:Kvam} og {g?:Skåbu}. Fellesrådet har ansvar for kirkebygg og "
              "gravplasser og er arbeidsgiver for kirkevergen og de andre tilsatte. Kontoret ligger i "
              "Kirkevegen 3 på {g:Vinstra}."),
        ("h", 2, "Fellesrådets medlemmer"),
        ("p", "Fellesrådet har i perioden 2024–2027 denne sammensetningen:"),
        ("table", [["Valgt av", "Medlem", "Varamedlem"],
                   ["{g?:Sødorp} sokneråd", "Liv Randi Kleiven (leder)", "Tone Bakken Lie"],
                   ["{g?:Kvam} sokneråd", "Ottar Snerle", "Knut Ole Rudi"],
                   ["{g?:Skåbu} sokneråd", "Gudrun Håkenstad (nestleder)", "Berit Hågå"],
                   ["Oppnevnt av kommunestyret", "Hans Petter Vole", "Arne Skurdal"],
                   ["Oppnevnt av biskopen", "Prost Sigrid Aasheim", ""]], {"ruled": True}),
        ("p", f"Kirkeverge {ceo} er fellesrådets sekretær og daglig leder."),
        ("h", 2, "Soknerådsledere"),
        ("twolist", [("{g?:Sødorp} sokneråd", "Eirik Bjørge"), ("{g?:Kvam} sokneråd", "Ottar Snerle"),
                     ("{g?:Skåbu} sokneråd", "Astrid Nordhagen"), ("", "")]),
        ("h", 2, "Møter og saker"),
        ("p", "Fellesrådet har hatt 6 møter og behandlet 47 saker. Arbeidsutvalget, som består av leder, "
              "nestleder og kirkeverge, har hatt 5 møter."),
        ("h", 2, "Ansatte og arbeidsmiljø"),
        ("p", "Ved utgangen av 2024 hadde fellesrådet 11 ansatte fordelt på 8,6 årsverk. Sykefraværet var "
              "{p:3,8 %|sykefraværet}. Kirkegårdsarbeider i {p:60 %|stilling} stilling ble fast fra 1. mai."),
        ("h", 2, "Kirkebygg og gravplasser"),
        ("p", "Tårnet på {g?:Sødorp} kirke er tjærebredd, og {g?:Skåbu} kapell har fått ny brannvarsling. Det "
              "ble gjennomført 41 gravferder i kommunen, og {p:63 %|gravferder} av disse var kistegravferder."),
        ("h", 2, "Økonomi"),
        ("p", "Regnskapet viser et regnskapsmessig mindreforbruk. Overføringen fra kommunen økte med "
              "{p:5,8 %|overføringen fra kommunen} fra 2023."),
        ("stmt", st),
        ("sign", "{g:Vinstra}, 20. februar 2025", [("Liv Randi Kleiven", "leder"), (ceo, "kirkeverge")]),
    ]
    return {"name": "nord-fron-fellesrad-2024", "year": 2024, "title": "Nord-Fron kirkelige fellesråd – Årsmelding 2024",
            "organization": {"name": "Nord-Fron kirkelige fellesråd"},
            "ceo": ceo, "board": board, "board_optional": varas + [ceo],
            "not_board": sokn_leaders, "not_places": ["Nord-Fron kommune"],
            "places_optional": ["Kirkevegen"],
            "site": {"name": "Den norske kirke i {g:Nord-Fron}", "menu": ["Gudstjenester", "Dåp", "Gravferd", "Om oss"],
                     "crumb": "Forside › Om oss › Årsmeldinger", "meta": "Publisert 3. mars 2025",
                     "footer": ["Nord-Fron kirkelige fellesråd · Kirkevegen 3, 2640 {g:Vinstra}"]},
            "items": items, "renditions": ["web", "scan"],
            "notes": "Kirkelig fellesråd as a web page printed with the browser's lines: members chosen by "
                     "each sokneråd (with leder/nestleder in brackets), one appointed by the kommunestyre "
                     "and the prost; varamedlemmer optional; a separate list of soknerådsledere (not "
                     "gold unless in the fellesråd); the kirkeverge is daglig leder."}


REPORTS = [kvikne, myrtunet, nordfron]
