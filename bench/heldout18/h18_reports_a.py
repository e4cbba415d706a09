"""Reports of the eighteenth held-out set (first half): a kulturhus AS whose PDF text layer has
mojibake in the body font, a foundation with a compact board table of abbreviated roles and
titled names, and an idrettslag whose hovedstyre is the board beside its group boards.
All organisations, people and figures are invented; places are real."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def blakvalen_kulturhus_2009() -> dict:
    cols = [Col("2009", 2009), Col("2008", 2008)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Billettinntekter", "", [2_418_350, 2_196_720]), ("Utleie av saler", "", [884_100, 912_460]),
             ("Kafé og bar", "", [1_102_945, 1_017_300]), ("Driftstilskudd fra kommunen", "2", [3_650_000, 3_500_000])],
        cost=[("Lønn og sosiale kostnader", "3", [3_912_480, 3_744_015]), ("Kunstnerhonorarer", "", [1_486_200, 1_398_850]),
              ("Husleie og strøm", "", [1_214_600, 1_187_900]), ("Andre driftskostnader", "", [1_287_330, 1_208_140])],
        fin=[("Finansinntekter", "", [41_206, 68_944]), ("Finanskostnader", "", [-12_870, -15_320])]),
        note_col="Note", label_header="Beløp i kroner")
    bal = Statement("Balanse pr. 31.12.", cols, balance(
        "nb", 2, fixed=[("Lyd- og lysutstyr", "4", [612_400, 701_800])],
        current=[("Kundefordringer", "", [188_250, 164_930]), ("Andre fordringer", "", [92_115, 77_480]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [500_000, 500_000]), ("Annen egenkapital", "", [818_636, 798_429])],
        long=[],
        short=[("Leverandørgjeld", "", [246_390, 231_760]), ("Skyldige offentlige avgifter", "", [318_744, 301_522]),
               ("Annen kortsiktig gjeld", "", [207_905, 196_388])]),
        note_col="Note", label_header="Beløp i kroner")
    return {
        "name": "blakvalen-kulturhus-2009", "year": 2009, "title": "Årsberetning 2009 – Blåkvalen Kulturhus AS",
        "font": "DejaVu Serif", "heading_font": "DejaVu Sans", "body_pt": 10.5,
        "footer": "Blåkvalen Kulturhus AS – årsberetning 2009 – side {PAGE}",
        "mojibake": {"fonts": ("DejaVuSerif",)},
        "organization": {"name": "Blåkvalen Kulturhus AS", "founded_year": 1998, "address": "Strandgata 14",
                         "owners": [{"name": "Sortland kommune", "share_percent": 100}]},
        "ceo": "Bjørnar Kjærstad",
        "board": [("Åse Kristin Sæthre", "LEDE", False), ("Jørgen Holmstrøm", "NEST", False),
                  ("Mari Løvås Dæhli", "MEDL", False), ("Pål Østby", "MEDL", False),
                  ("Siv Åsheim", "MEDL", True), ("Bård Søreide", "VARA", None)],
        "not_board": ["Tormod Hægstad"],
        "renditions": ["docx", "pdf"],
        "notes": "Word through LibreOffice; the PDF's body font (DejaVu Serif, regular and bold) has a ToUnicode map that "
                 "reads UTF-8 as Latin-1 (an old converter's mojibake): the page shows 'ø', the text layer "
                 "'Ã¸'. Headings (DejaVu Sans) are clean. Gold is what the page shows.",
        "items": [
            ("h", 1, "Årsberetning 2009"),
            ("p", "Blåkvalen Kulturhus AS (org.nr. 979 412 806) driver kulturhuset i Strandgata 14 på "
                  "{g:Sortland}. Selskapet ble stiftet i 1998 og eies i sin helhet av {g:Sortland kommune|Sortland} "
                  "({p:100 %|eies}). Formålet er å gi befolkningen i {g:Vesterålen} et bredt tilbud av konserter, "
                  "teater, kino og møter."),
            ("h", 2, "Virksomheten i 2009"),
            ("p", "Huset hadde 214 arrangementer og 38 412 besøkende i året som gikk, mot 35 980 året før. "
                  "Kinoen står for om lag halvparten av besøket. Samarbeidet med kulturskolen og med "
                  "festivalen i {g:Hadsel} ble videreført, og vi tok imot tre turnéforestillinger fra "
                  "Riksteatret. Salgsgraden på egne arrangementer var {p:71 %|salgsgraden}."),
            ("p", "Daglig leder Bjørnar Kjærstad har ledet driften, med fem årsverk fordelt på sju "
                  "ansatte. Teknisk sjef Tormod Hægstad gikk av med pensjon i desember etter elleve år i huset."),
            ("h", 2, "Styret"),
            ("p", "Generalforsamlingen 28. april 2009 valgte dette styret:"),
            ("table", [["Verv", "Navn"], ["Styreleder", "Åse Kristin Sæthre"], ["Nestleder", "Jørgen Holmstrøm"],
                       ["Styremedlem", "Mari Løvås Dæhli"], ["Styremedlem", "Pål Østby"],
                       ["Styremedlem (valgt av de ansatte)", "Siv Åsheim"], ["Varamedlem", "Bård Søreide"]],
             {"ruled": False}),
            ("p", "Styret har hatt sju møter og behandlet 46 saker."),
            ("h", 2, "Arbeidsmiljø og likestilling"),
            ("p", "Sykefraværet var {p:4,2 %|sykefraværet} i 2009 (året før {p:5,8 %|året før}). Det har ikke "
                  "vært skader eller ulykker. Av de ansatte er fire kvinner og tre menn; styret har tre "
                  "kvinner og to menn. Virksomheten forurenser ikke det ytre miljø."),
            ("h", 2, "Økonomi"),
            ("p", "Driftsinntektene økte til 8,06 millioner kroner. Av årsresultatet på 183 121 kroner foreslås "
                  "162 914 kroner utbetalt som utbytte til eieren og 20 207 kroner overført til annen egenkapital. Forutsetningen om fortsatt drift er lagt til grunn."),
            ("stmt", res),
            ("stmt", bal),
            ("sign", "{g:Sortland}, 18. mars 2010",
             [("Åse Kristin Sæthre", "styreleder"), ("Jørgen Holmstrøm", "nestleder"), ("Mari Løvås Dæhli", "styremedlem"),
              ("Pål Østby", "styremedlem"), ("Siv Åsheim", "styremedlem"), ("Bjørnar Kjærstad", "daglig leder")]),
        ],
    }


def valerfondet_2022() -> dict:
    cols = [Col("2022", 2022), Col("2021", 2021)]
    res = Statement("Aktivitetsregnskap", cols, income(
        "nb", 2,
        inc=[("Avkastning på finansielle eiendeler", "", [3_104, 4_882]), ("Leieinntekter", "", [412, 398])],
        cost=[("Administrasjon og lønn", "2", [1_296, 1_211]), ("Utdelte gaver", "3", [2_350, 2_900]),
              ("Andre kostnader", "", [318, 287])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "op": "Aktivitetsresultat",
                "result": "Årets resultat", "inc": "Inntekter", "cost": "Kostnader"}),
        unit=1000, note_col="Note", label_header="Tall i 1000 kr", negative="paren")
    bal = Statement("Balanse 31.12.", cols, balance(
        "nb", 2, fixed=[("Bygning Storgata 3", "", [6_840, 7_020]), ("Aksjer og fondsandeler", "4", [58_230, 59_410])],
        current=[("Fordringer", "", [144, 97]), ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "", [50_000, 50_000]), ("Annen egenkapital", "", [14_894, 15_342])],
        long=[], short=[("Bevilget, ikke utbetalt", "", [1_120, 1_540]), ("Annen kortsiktig gjeld", "", [262, 231])]),
        unit=1000, note_col="Note", label_header="Tall i 1000 kr", negative="paren")
    return {
        "name": "valerfondet-2022", "year": 2022, "title": "Stiftelsen Vålerfondet – årsberetning 2022",
        "font": "Liberation Sans", "body_pt": 10,
        "header": "Stiftelsen Vålerfondet · www.valerfondet.no",
        "organization": {"name": "Stiftelsen Vålerfondet", "founded_year": 1987, "website": "www.valerfondet.no"},
        "ceo": "Gunvor Elvestuen",
        "board": [("Helga Myrvold", "LEDE", False), ("Torkild Bakketeig", "NEST", False),
                  ("Ingrid Sagbakken", "MEDL", False), ("Asbjørn Fjeldstad", "MEDL", False),
                  ("Lene Skjæråsen", "MEDL", True),
                  ("Kåre Nybakk", "VARA", None), ("Marthe Grinder", "VARA", None)],
        "board_optional": ["Gunvor Elvestuen"],
        "not_board": ["Odd Rune Hvamstad", "Sigrid Namnå"],
        "renditions": ["docx", "doc"],
        "notes": "A compact Verv/Navn/Valgt/På valg table with abbreviated roles (Styrel., Nestl., Styrem., "
                 "Ans.repr., Vara, DL) and titles before names (dr. philos., advokat, ordfører); "
                 "the daglig leder is the table's last row (DL) and is the head, optional as a board member; "
                 "the generalforsamling's leader and a revisor are printed, not board.",
        "items": [
            ("h", 1, "Årsberetning 2022"),
            ("p", "Stiftelsen Vålerfondet ble opprettet i 1987 med midler fra salget av den lokale sparebanken. "
                  "Stiftelsen skal støtte allmennyttige formål i {g:Våler} og nabokommunen {g:Åsnes}, særlig "
                  "tiltak for barn og unge, kultur og lokalt næringsliv. Kontoret ligger i Storgata 3 på "
                  "{g:Braskereidfoss}."),
            ("h", 2, "Organer"),
            ("p", "Stiftelsens øverste organ er generalforsamlingen på 16 medlemmer, ledet av Odd Rune Hvamstad. "
                  "Styret forvalter stiftelsen og fordeler gavene. Tabellen viser styret og daglig leder "
                  "ved utgangen av året (forkortelser nedenfor)."),
            ("table", [["Verv", "Navn", "Valgt", "På valg"],
                       ["Styrel.", "dr. philos. Helga Myrvold", "2019", "2023"],
                       ["Nestl.", "advokat Torkild Bakketeig", "2021", "2025"],
                       ["Styrem.", "ordfører Ingrid Sagbakken", "2020", "2024"],
                       ["Styrem.", "Asbjørn Fjeldstad", "2022", "2026"],
                       ["Ans.repr.", "Lene Skjæråsen", "2022", "2024"],
                       ["Vara", "Kåre Nybakk", "2021", "2023"],
                       ["Vara", "cand. agric. Marthe Grinder", "2022", "2024"],
                       ["DL", "Gunvor Elvestuen", "", ""]], {"ruled": True, "size": 8, "shade_header": "DDDDDD"}),
            ("p", "Styrel. = styreleder, Nestl. = nestleder, Styrem. = styremedlem, Ans.repr. = de ansattes "
                  "representant, Vara = varamedlem, DL = daglig leder.", {"size": 7.5, "italic": True}),
            ("p", "Styret har hatt ni møter. Daglig leder har møte- og talerett. Revisor er Sigrid Namnå, "
                  "statsautorisert revisor."),
            ("h", 2, "Gaver i 2022"),
            ("p", "Det ble delt ut 2,35 millioner kroner til 41 mottakere, mot 2,9 millioner året før. "
                  "Idrettslag og korps fikk {p:38 %|idrettslag og korps} av midlene, kulturtiltak "
                  "{p:27 %|kulturtiltak}. Den største enkeltgaven gikk til nytt kunstgress ved skolen i "
                  "{g:Våler}."),
            ("h", 2, "Forvaltning"),
            ("p", "Finansporteføljen ga en avkastning på {p:5,1 %|avkastning} (året før {p:8,0 %|året før}). Stiftelsen "
                  "har to ansatte i til sammen 1,6 årsverk. Sykefraværet var lavt. Stiftelsen påvirker ikke "
                  "det ytre miljø i nevneverdig grad."),
            ("stmt", res),
            ("stmt", bal),
            ("p", "Styret mener regnskapet gir et rettvisende bilde av stiftelsens stilling. Årets underskudd "
                  "på 448 000 kroner dekkes av annen egenkapital."),
            ("sign", "{g:Braskereidfoss}, 9. mars 2023",
             [("Helga Myrvold", "styreleder"), ("Torkild Bakketeig", "nestleder"), ("Ingrid Sagbakken", "styremedlem"),
              ("Asbjørn Fjeldstad", "styremedlem"), ("Lene Skjæråsen", "styremedlem"), ("Gunvor Elvestuen", "daglig leder")]),
        ],
    }


def bjorkelia_il_2023() -> dict:
    cols = [Col("Regnskap 2023", 2023), Col("Regnskap 2022", 2022)]
    res = Statement("Resultatregnskap hovedlaget", cols, income(
        "nb", 2,
        inc=[("Medlemskontingent", "", [412_600, 398_150]), ("Treningsavgifter", "", [1_284_300, 1_190_450]),
             ("Sponsorinntekter", "", [566_000, 512_500]), ("Tilskudd og grasrotandel", "", [348_912, 331_077]),
             ("Kiosk og arrangement", "", [291_440, 245_810])],
        cost=[("Lønn daglig leder", "", [498_220, 476_900]), ("Trenere og instruktører", "", [872_150, 840_300]),
              ("Drift av anlegg", "", [611_870, 588_420]), ("Reiser og påmeldinger", "", [402_355, 377_190]),
              ("Andre kostnader", "", [241_190, 219_865])],
        fin=[("Renteinntekter", "", [18_430, 6_210])]),
        label_header="")
    bal = Statement("Balanse 31.12.", [Col("31.12.2023", 2023), Col("31.12.2022", 2022)], balance(
        "nb", 2, fixed=[("Klubbhus og lysløype", "", [1_240_000, 1_310_000])],
        current=[("Kundefordringer", "", [44_800, 61_200]), ("Bank", "", "plug")],
        equity=[("Egenkapital", "", [1_806_751, 1_510_854])],
        long=[("Lån Sparebanken", "", [420_000, 480_000])],
        short=[("Leverandørgjeld", "", [86_300, 71_950]), ("Skyldige avgifter og feriepenger", "", [112_480, 104_620])]),
        label_header="")
    return {
        "name": "bjorkelia-il-2023", "year": 2023, "title": "Årsberetning 2023 – Bjørkelia Idrettslag",
        "renditions": ["web"], "accent": "0B5E3C", "shade": "E3EFE8",
        "site": {"name": "Bjørkelia IL", "menu": ["Forsiden", "Fotball", "Ski", "Turn", "Klubbhuset", "Kontakt"],
                 "crumb": "Forsiden › Om klubben › Årsmøte 2024",
                 "meta": "Publisert 7. februar 2024 av klubbkontoret",
                 "footer": ["Bjørkelia Idrettslag · Lysløypevegen 2, 1482 {g?:Nittedal}",
                            "post@bjorkelia-il.no · org.nr. 971 255 604"]},
        "organization": {"name": "Bjørkelia Idrettslag", "founded_year": 1946, "email": "post@bjorkelia-il.no"},
        "ceo": "Tonje Aasheim",
        "board": [("Runar Kvisle", "LEDE", None), ("Hilde Brattberg", "NEST", None),
                  ("Stig Olav Teigen", "MEDL", None), ("Camilla Nordhagen", "MEDL", None),
                  ("Eirik Sandum", "MEDL", None), ("Mona Lysaker Holt", "VARA", None)],
        "not_board": ["Fredrik Sørum", "Anita Berger", "Jens Petter Bolstad", "Lise Fjellum",
                      "Terje Hovland", "Kristin Roa", "Arne Skaug", "Nina Vestly"],
        "notes": "Club web page printed by Chromium with the browser's lines; 'Hovedstyret' is the board "
                 "(leder, nestleder, kasserer, sekretær, styremedlem, vara); three group boards (fotball, "
                 "ski, turn) each with a leader and members, and an anleggskomité with a leader, are not "
                 "the board; the daglig leder in a part-time post is the head.",
        "items": [
            ("h", 1, "Årsberetning for Bjørkelia Idrettslag 2023"),
            ("p", "Bjørkelia Idrettslag ble stiftet i 1946 og har tilhold ved Bjørkelia skole i "
                  "{g:Nittedal}. Laget hadde 1 214 medlemmer ved årsskiftet, 62 flere enn året før. "
                  "Laget er medlem av Norges idrettsforbund gjennom {g:Akershus} idrettskrets."),
            ("h", 2, "Hovedstyret"),
            ("p", "Hovedstyret har i perioden bestått av:"),
            ("table", [["Leder", "Runar Kvisle"], ["Nestleder", "Hilde Brattberg"], ["Kasserer", "Stig Olav Teigen"],
                       ["Sekretær", "Camilla Nordhagen"], ["Styremedlem", "Eirik Sandum"],
                       ["Varamedlem", "Mona Lysaker Holt"]], {"ruled": False, "header": False}),
            ("p", "Hovedstyret har hatt elleve styremøter og behandlet 84 saker. Gruppelederne har møtt "
                  "på fire av møtene. Daglig leder Tonje Aasheim ({p:60 %|stilling} stilling) er "
                  "hovedstyrets sekretariat og har ansvar for klubbkontoret."),
            ("h", 2, "Gruppene"),
            ("bh", "Fotballgruppa"),
            ("p", "Styret i fotballgruppa: Fredrik Sørum (leder), Anita Berger, Mads Eng og Guro Ness. "
                  "Gruppa hadde 27 lag i seriespill og arrangerte Bjørkeliacupen med 96 lag."),
            ("bh", "Skigruppa"),
            ("p", "Leder i skigruppa har vært Jens Petter Bolstad, med Siri Holm som kasserer. "
                  "Lysløypa var åpen i 71 dager, og 140 barn deltok på skiskolen."),
            ("bh", "Turngruppa"),
            ("p", "Turngruppa ledes av Lise Fjellum. Med seg har hun Terje Hovland og Kristin Roa. "
                  "Gruppa har 260 aktive og venteliste på partiene for de minste."),
            ("h", 2, "Anleggskomiteen"),
            ("p", "Anleggskomiteen har bestått av Arne Skaug (leder) og Nina Vestly. Komiteen har fulgt "
                  "opp rehabiliteringen av lysløypa og søknaden om spillemidler til ny garderobe."),
            ("h", 2, "Økonomi"),
            ("p", "Hovedlaget fikk et overskudd på 295 897 kroner. Egenkapitalen er {p:74 %|egenkapitalen} "
                  "av totalkapitalen. Gruppenes regnskap er innarbeidet i hovedlagets regnskap."),
            ("stmt", res),
            ("stmt", bal),
            ("p", "{g:Nittedal}, 30. januar 2024. For hovedstyret: Runar Kvisle, leder.", {"small": True}),
        ],
    }


REPORTS = [blakvalen_kulturhus_2009, valerfondet_2022, bjorkelia_il_2023]
