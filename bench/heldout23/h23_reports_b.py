"""Reports of the twenty-third held-out set, part B: a local Røde Kors branch, a free church with
eldsteråd and menighetsråd, and a student welfare organisation reporting in Norwegian and English
in one file. All organisations, people and figures are invented; places are real.

Markup as in part A (bench/heldout/make_heldout.py).
"""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import Col, Statement, balance, income


# ---------- 4. Røde Kors local branch, Lesja, 2024 ----------

def lesja_rode_kors_2024() -> dict:
    cols = [Col("2024", 2024), Col("2023", 2023)]
    result = Statement(
        "Resultatregnskap", cols,
        income("nb", 2,
               inc=[("Innsamlede midler og gaver", "", [148320, 131760]),
                    ("Tilskudd fra Lesja kommune", "", [60000, 60000]),
                    ("Vakthonorarer og oppdrag", "", [212450, 176900]),
                    ("Kursinntekter førstehjelp", "", [38600, 41250]),
                    ("Grasrotandel og momskompensasjon", "", [52870, 49310])],
               cost=[("Utstyr og materiell hjelpekorps", "", [141980, 118400]),
                     ("Kjøretøy, snøscooter og drivstoff", "", [126540, 109870]),
                     ("Aktiviteter, kurs og samlinger", "", [97210, 88340]),
                     ("Avskrivning beltevogn", "", [46500, 46500]),
                     ("Andre driftskostnader", "", [61380, 59920])],
               fin=[("Renteinntekter", "", [14260, 6880])]),
        thousands=".", render="unruled")
    bal = Statement(
        "Balanse pr. 31.12.", cols,
        balance("nb", 2,
                fixed=[("Beltevogn og tilhenger", "", [186000, 232500])],
                current=[("Fordringer", "", [24100, 18650]),
                         ("Bankinnskudd", "", "plug")],
                equity=[("Fri egenkapital", "", [698190, 645300])],
                long=[],
                short=[("Leverandørgjeld", "", [21880, 17640]),
                       ("Annen kortsiktig gjeld", "", [8400, 11200])]),
        thousands=".", render="unruled")
    board = [
        ("Randi Holsbrekken", "LEDE", None),
        ("Kjell Ove Sandbu", "NEST", None),
        ("Mona Svare", "MEDL", None),
        ("Tor Erik Brenden", "MEDL", None),
        ("Håvard Storrusten", "MEDL", None),
        ("Siri Kolstad", "MEDL", None),
        ("Eli Marie Bjøkne", "VARA", None),
        ("Bjørn Ivar Hole", "VARA", None),
    ]
    hours = [["Aktivitet", "Timer", "Andel"],
             ["Hjelpekorps", "4 210", "{p:61,2 %}"],
             ["Besøkstjeneste", "1 380", "{p:20,1 %}"],
             ["Røde Kors Ungdom", "590", "{p:8,6 %}"],
             ["Flyktningguide og norsktrening", "420", "{p:6,1 %}"],
             ["Styre og administrasjon", "280", "{p:4,1 %}"],
             ["Sum", "6 880", "{p?:100 %}"]]
    items = [
        ("h", 1, "Årsberetning 2024 for Lesja Røde Kors"),
        ("p", "Lesja Røde Kors ble stiftet i 1946 og er en lokalforening av Norges Røde Kors i "
              "{g:Innlandet}. Foreningen har 212 medlemmer, hvorav 68 aktive frivillige. Vi dekker hele "
              "{g:Lesja kommune|Lesja}, fra {g?:Lesjaskog} i vest til grensen mot {g:Dovre}."),
        ("h", 2, "Styret"),
        ("p", "Styret valgt på årsmøtet 7. mars 2024:"),
        ("tablines", [["Leder", "Randi Holsbrekken"],
                      ["Nestleder", "Kjell Ove Sandbu"],
                      ["Kasserer", "Mona Svare"],
                      ["Sekretær", "Tor Erik Brenden"],
                      ["Styremedlem", "Håvard Storrusten"],
                      ["Styremedlem", "Jon Arne Lie"],
                      ["Varamedlem", "Siri Kolstad"],
                      ["Varamedlem", "Eli Marie Bjøkne"]], {"stops": (4.5,)}),
        ("p", "Jon Arne Lie gikk ut av styret i mai da han flyttet fra kommunen. Første varamedlem Siri "
              "Kolstad rykket opp som styremedlem for resten av perioden, og medlemsmøtet 12. juni valgte "
              "Bjørn Ivar Hole som nytt varamedlem."),
        ("p", "Styret har hatt ni styremøter og behandlet 57 saker. Aktivitetslederne møter i styret når "
              "deres aktivitet er på sakslisten, men er ikke medlemmer av styret."),
        ("h", 2, "Aktivitetene"),
        ("table", [["Aktivitet", "Leder", "Aktive frivillige"],
                   ["Hjelpekorpset", "Korpsleder Ståle Brandhaug", "34"],
                   ["Besøkstjenesten", "Aktivitetsleder Berit Moen Skotte", "17"],
                   ["Røde Kors Ungdom", "Leder Emma Kvåle Rudi", "9"],
                   ["Flyktningguide og norsktrening", "Aktivitetsleder Gunn Hilde Bergum", "8"],
                   ["Beredskap", "Beredskapsleder Arild Kolbotn", "–"]], {"ruled": True, "shade_header": "F2DCDC"}),
        ("bh", "Hjelpekorpset"),
        ("p", "Hjelpekorpset deltok i 11 søks- og redningsaksjoner, og {p:73 %|aksjonene} av aksjonene var "
              "i fjellet mellom {g?:Lesjaskog} og {g:Dombås}. Korpset hadde 1 460 vakttimer på "
              "arrangementer og i påskefjellet, {p:23 prosent|vakttimer} flere enn året før. Den nye "
              "beltevognen har vært i bruk på {g?:Dovrefjell} i hele vintersesongen."),
        ("bh", "Besøkstjenesten og Røde Kors Ungdom"),
        ("p", "Besøksvennene gjorde 640 besøk, de fleste hos hjemmeboende eldre og på Lesja omsorgssenter. "
              "Røde Kors Ungdom arrangerte sommeraktiviteter for barn i fire uker."),
        ("bh", "Frivillige timer"),
        ("table", hours, {"ruled": False}),
        ("h", 2, "Valgkomité og revisor"),
        ("p", "Valgkomiteen har bestått av Anders Nystuen (leder) og Marit Sletten. Regnskapet er revidert "
              "av et revisjonsselskap valgt av årsmøtet."),
        ("h", 2, "Økonomi"),
        ("p", "Foreningens økonomi er god. Beltevognen avskrives over fem år. Resultatet er overført til "
              "egenkapitalen."),
        ("stmt", result, {"title": "Resultatregnskap 2024"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2024"}),
        ("sign", "{g:Lesja}, 20. februar 2025",
         [("Randi Holsbrekken", "leder"), ("Kjell Ove Sandbu", "nestleder"), ("Mona Svare", "kasserer"),
          ("Tor Erik Brenden", "sekretær"), ("Håvard Storrusten", "styremedlem"),
          ("Siri Kolstad", "styremedlem")]),
    ]
    return {
        "name": "lesja-rode-kors-2024", "year": 2024,
        "title": "Årsberetning 2024 – Lesja Røde Kors",
        "organization": {"name": "Lesja Røde Kors", "founded_year": 1946},
        "ceo": None,
        "board": board,
        "board_optional": ["Jon Arne Lie"],
        "not_board": ["Ståle Brandhaug", "Berit Moen Skotte", "Emma Kvåle Rudi", "Gunn Hilde Bergum",
                      "Arild Kolbotn", "Anders Nystuen", "Marit Sletten"],
        "not_places": ["Tilskudd fra Lesja kommune", "Lesja omsorgssenter"],
        "font": "Liberation Sans", "heading_colour": "B01E23",
        "items": items,
        "renditions": ["pdf", "doc"],
        "notes": "Local Røde Kors branch: the board as elected at the årsmøte in tab lines, then a sentence: a "
                 "member left in May (optional), the first deputy moved up (gold as MEDL although the list "
                 "prints her as Varamedlem) and a new deputy was elected in June (gold VARA, named only in "
                 "the sentence); korpsleder, aktivitetsledere, beredskapsleder and the valgkomité are not "
                 "board; no daglig leder; shares of volunteer hours in a table; unruled statements with dot "
                 "thousands; the kasserer and sekretær are MEDL.",
    }


# ---------- 5. Free church, Bryne (Time), 2024, Word and a scan ----------

def betesda_bryne_2024() -> dict:
    cols = [Col("2024", 2024), Col("2023", 2023)]
    result = Kroner(
        "Resultatregnskap", cols,
        income("nb", 2,
               inc=[("Gaver og kollekter", "", [2886000, 2741350]),
                    ("Offentlige tilskudd (stat og kommune)", "", [812400, 786920]),
                    ("Utleie av lokaler", "", [201600, 187200])],
               cost=[("Lønn og sosiale kostnader", "", [2310450, 2198700]),
                     ("Drift av menighetshuset", "", [604880, 588310]),
                     ("Misjon og diakoni", "", [512000, 498000]),
                     ("Andre driftskostnader", "", [228140, 219460])],
               fin=[("Rentekostnader", "", [-148920, -141870])],
               heads=False),
        label_header="")
    bal = Kroner(
        "Balanse", cols,
        balance("nb", 2,
                fixed=[("Menighetshuset", "", [5540000, 5680000])],
                current=[("Bankinnskudd", "", "plug")],
                equity=[("Egenkapital", "", [2372340, 2276730])],
                long=[("Pantelån", "", [3260000, 3410000])],
                short=[("Kortsiktig gjeld", "", [186420, 171980])], heads=False),
        label_header="")
    board = [
        ("Olav Tjøtta Njå", "LEDE", None),
        ("Ingrid Salte Undheim", "NEST", None),
        ("Sverre Bjorland Hetland", "MEDL", None),
        ("Hilde Grødem Lye", "MEDL", None),
        ("Kjetil Haugland", "MEDL", None),
        ("Randi Austbø", "VARA", None),
        ("Tobias Nærland Vik", "VARA", None),
    ]
    items = [
        ("h", 1, "Årsmelding 2024"),
        ("p", "Betesda frimenighet · Storgata 41, 4340 {g:Bryne} · stiftet 1921", {"bold": True}),
        ("p", "Betesda er en selvstendig frimenighet og et registrert trossamfunn med 418 medlemmer, de fleste "
              "bosatt i {g:Time kommune|Time} og {g:Klepp} på {g?:Jæren}."),
        ("h", 2, "Menighetens ledelse"),
        ("p", "Etter vedtektene leder eldsterådet det åndelige arbeidet, mens menighetsrådet er menighetens "
              "styre og har ansvaret for økonomi, eiendom og ansatte. Forstander Jon Egil Sele er ansatt som "
              "daglig leder i {p:100 % stilling|forstander} og er fast medlem av begge rådene."),
        ("bh", "Menighetsrådet"),
        ("table", [["Navn", "Verv", "Periode (på valg)"],
                   ["Olav Tjøtta Njå", "Leder", "2023–2025 (på valg)"],
                   ["Ingrid Salte Undheim", "Nestleder", "2024–2026"],
                   ["Sverre Bjorland Hetland", "Kasserer", "2023–2025 (på valg)"],
                   ["Hilde Grødem Lye", "Sekretær", "2024–2026"],
                   ["Kjetil Haugland", "Medlem", "2024–2026"],
                   ["Jon Egil Sele", "Forstander, fast medlem", "–"],
                   ["Randi Austbø", "Varamedlem", "2024–2025 (på valg)"],
                   ["Tobias Nærland Vik", "Varamedlem", "2024–2026"]],
         {"ruled": True, "size": 9, "shade_header": "DDDDDD"}),
        ("bh", "Eldsterådet"),
        ("p", "Eldsterådet har bestått av forstander Jon Egil Sele (leder), Gabriel Tjelta Nærland, "
              "Torleiv Hognestad og Aslaug Fotland. Menighetsrådets leder møter i eldsterådet ved behov."),
        ("bh", "Ansatte"),
        ("p", "Ungdomspastor Marte Eik Skretting har vært ansatt i {p:50 % stilling|ungdomspastor}, og "
              "menigheten har en vaktmester i deltidsstilling."),
        ("h", 2, "Virksomheten"),
        ("p", "Det ble holdt 46 gudstjenester med i snitt 182 til stede, og oppmøtet var {p:12 %|oppmøtet} "
              "høyere enn året før. Menigheten støtter et misjonærpar i {g:Madagaskar}."),
        ("h", 2, "Økonomi"),
        ("p", "Givertjenesten utgjorde {p:74 prosent|givertjenesten} av inntektene. Pantelånet ble nedbetalt "
              "med 150 000 kroner."),
        ("stmt", result, {"title": "Resultatregnskap 2024"}),
        ("stmt", bal, {"title": "Balanse 31.12.2024"}),
        ("sign", "{g:Bryne}, 4. februar 2025",
         [("Olav Tjøtta Njå", "leder"), ("Ingrid Salte Undheim", "nestleder"),
          ("Jon Egil Sele", "forstander")]),
    ]
    return {
        "name": "betesda-bryne-2024", "year": 2024,
        "title": "Årsmelding 2024 – Betesda frimenighet",
        "organization": {"name": "Betesda frimenighet", "founded_year": 1921,
                         "address": "Storgata 41, 4340 Bryne"},
        "ceo": "Jon Egil Sele",
        "board": board,
        "board_optional": ["Jon Egil Sele"],
        "not_board": ["Gabriel Tjelta Nærland", "Torleiv Hognestad", "Aslaug Fotland", "Marte Eik Skretting"],
        "font": "Liberation Serif", "heading_font": "Liberation Sans", "body_pt": 9.5, "heading_colour": "333333",
        "margin_mm": 20,
        "items": items,
        "renditions": ["docx", "scan"],
        "notes": "Free church: the menighetsråd is the board by the bylaws (a Navn / Verv / 'Periode (på valg)' "
                 "table, kasserer and sekretær MEDL, two varamedlemmer), the eldsteråd leads the spiritual work "
                 "and is not board; the forstander is daglig leder (ceo) and 'fast medlem' of both (optional "
                 "as board); a youth pastor is staff; statements in kroner with ',-' without group heads; a "
                 "short scan of the Word file.",
    }


# ---------- 6. Student welfare organisation, Norwegian and English in one file, 2023 ----------

def sinv_2023() -> dict:
    cols = [Col("2023", 2023), Col("2022", 2022)]
    result = Statement(
        "Resultatregnskap", cols,
        income("nb", 2,
               inc=[("Husleieinntekter", "", [84212, 80365]),
                    ("Salg kafé og kantine", "", [19874, 18351]),
                    ("Semesteravgift", "", [9612, 9248]),
                    ("Offentlige tilskudd", "", [4708, 4966])],
               cost=[("Varekostnad", "", [8940, 8361]),
                     ("Lønnskostnader", "3", [38215, 36870]),
                     ("Avskrivninger", "4", [21460, 20985]),
                     ("Andre driftskostnader", "", [41033, 40112])],
               fin=[("Finansinntekter", "", [1248, 602]),
                    ("Finanskostnader", "", [-9874, -7215])]),
        unit=1000, note_col="Note", label_header="Tall i 1 000 kr", negative="paren")
    bal = Statement(
        "Balanse 31.12.", cols,
        balance("nb", 2,
                fixed=[("Bygninger og tomter", "4", [512340, 518900]),
                       ("Inventar og utstyr", "4", [8410, 9120])],
                current=[("Kundefordringer", "", [1920, 2310]),
                         ("Bankinnskudd", "", "plug")],
                equity=[("Innskutt kapital", "", [1000, 1000]),
                        ("Annen egenkapital", "", [84622, 84490])],
                long=[("Pantelån Husbanken", "5", [448880, 456640])],
                short=[("Leverandørgjeld", "", [6210, 5870]),
                       ("Forskuddsbetalt husleie", "", [3140, 2980]),
                       ("Annen kortsiktig gjeld", "", [9870, 9440])]),
        unit=1000, note_col="Note", label_header="Tall i 1 000 kr", negative="paren")
    board = [
        ("Sander Vik Oterhals", "LEDE", False),
        ("Helene Myklebust Rød", "NEST", False),
        ("Amina Yusuf Hassan", "MEDL", False),
        ("Jonas Eide Stavik", "MEDL", False),
        ("Kristin Lervåg", "MEDL", False),
        ("Geir Arne Hjelset", "MEDL", True),
        ("Ole Kristian Bjerkeset", "VARA", None),
        ("Mette Sunde Aarø", "VARA", None),
    ]
    english_figures = [("Total operating income", [118406, 112930]), ("Operating profit", [8758, 6602]),
                       ("Net profit for the year", [132, -11]), ("Total assets", [553722, 560420])]
    key_rows = [["NOK 1 000", "2023", "2022"]] + [
        [label, *(f"{v:,}".replace(",", " ").replace("-", "(") + (")" if v < 0 else "") for v in values)]
        for label, values in english_figures]
    items = [
        ("h", 1, "Årsberetning 2023"),
        ("p", "Studentsamskipnaden Nordvest (SiNV) er en studentsamskipnad etter studentsamskipnadsloven, med "
              "studiesteder i {g:Molde} og {g:Kristiansund} i {g:Møre og Romsdal}. Samskipnaden ble opprettet "
              "i 1996 og gir velferdstilbud til om lag 4 300 studenter: boliger, kantiner, helse- og "
              "rådgivningstjenester og barnehage. Samskipnaden er en av 14 studentsamskipnader i "
              "{g:Norge}. Hjemmeside: www.samskipnaden-nordvest.no"),
        ("h", 2, "Styret"),
        ("portraits", [("Sander Vik Oterhals", ["Styreleder", "Studentrepresentant"]),
                       ("Helene Myklebust Rød", ["Nestleder", "Oppnevnt av høgskolen"]),
                       ("Amina Yusuf Hassan", ["Styremedlem", "Studentrepresentant"]),
                       ("Jonas Eide Stavik", ["Styremedlem", "Studentrepresentant"]),
                       ("Kristin Lervåg", ["Styremedlem", "Ekstern, oppnevnt av høgskolen"]),
                       ("Geir Arne Hjelset", ["Styremedlem", "Ansattes representant"])], {"per_row": 3}),
        ("p", "Varamedlemmer: Ole Kristian Bjerkeset (for studentene) og Mette Sunde Aarø (for de ansatte). "
              "Studentrepresentantene velges av Velferdstinget, som i 2023 ble ledet av Ida Marie Stene. "
              "Styret har hatt sju møter."),
        ("h", 2, "Drift og utvikling"),
        ("p", "Samskipnaden eier 1 212 studentboliger. Beleggsprosenten var {p:97,4 %|beleggsprosenten} "
              "gjennom året. Omsetningen i kantinene økte med {p:8,3 prosent|omsetningen i kantinene}. Det "
              "nye bygget med 96 hybler i {g:Kristiansund} sto ferdig i august."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Samskipnaden hadde 63 ansatte ved årets slutt. Sykefraværet var {p:4,1 %|sykefraværet}. "
              "Kvinner utgjør {p:56 %|kvinner} av de ansatte og tre av seks faste styremedlemmer. "
              "Administrerende direktør er Linn Tove Sæbø. Eiendomssjef Rune Hovde har ledet byggeprosjektet."),
        ("h", 2, "Årsregnskap"),
        ("p", "Årsresultatet på 132 000 kroner er overført til annen egenkapital. Styret bekrefter at "
              "forutsetningen om fortsatt drift er til stede."),
        ("stmt", result, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse per 31. desember"}),
        ("sign", "{g:Molde}, 21. mars 2024",
         [("Sander Vik Oterhals", "styreleder"), ("Helene Myklebust Rød", "nestleder"),
          ("Amina Yusuf Hassan", "styremedlem"), ("Jonas Eide Stavik", "styremedlem"),
          ("Kristin Lervåg", "styremedlem"), ("Geir Arne Hjelset", "styremedlem"),
          ("Linn Tove Sæbø", "administrerende direktør")]),
        ("pagebreak",),
        ("h", 1, "Annual report 2023"),
        ("p", "Studentsamskipnaden Nordvest (SiNV) is a student welfare organisation under the Norwegian "
              "Student Welfare Organisations Act, serving about 4,300 students at the campuses in {g:Molde} "
              "and {g:Kristiansund}, {g:Norway}. The Norwegian text above is the authoritative version."),
        ("h", 2, "Board of Directors"),
        ("table", [["Name", "Position", "Elected by"],
                   ["Sander Vik Oterhals", "Chair", "Students"],
                   ["Helene Myklebust Rød", "Deputy Chair", "University college"],
                   ["Amina Yusuf Hassan", "Board member", "Students"],
                   ["Jonas Eide Stavik", "Board member", "Students"],
                   ["Kristin Lervåg", "Board member (external)", "University college"],
                   ["Geir Arne Hjelset", "Employee representative", "Employees"],
                   ["Ole Kristian Bjerkeset", "Deputy member", "Students"],
                   ["Mette Sunde Aarø", "Deputy member", "Employees"]], {"ruled": True, "shade_header": "DCE6F0"}),
        ("p", "Managing Director: Linn Tove Sæbø. The student members are elected by the Student "
              "Parliament (Velferdstinget)."),
        ("h", 2, "Operations"),
        ("p", "The occupancy rate in student housing was {p:97.4 %|occupancy rate}, and canteen sales rose by "
              "{p:8.3 %|canteen sales}. Sickness absence was {p:4.1 %|sickness absence}; women make up "
              "{p:56 %|women} of the staff."),
        ("h", 2, "Key figures"),
        ("table", key_rows, {"ruled": True, "shade_header": "DCE6F0"}),
    ]
    optional = [{"label": label, "year": year, "value": v * 1000}
                for label, values in english_figures for year, v in zip((2023, 2022), values)]
    return {
        "name": "sinv-studentsamskipnad-2023", "year": 2023,
        "title": "Årsberetning 2023 / Annual report 2023 – Studentsamskipnaden Nordvest",
        "organization": {"name": "Studentsamskipnaden Nordvest", "founded_year": 1996,
                         "website": "www.samskipnaden-nordvest.no"},
        "ceo": "Linn Tove Sæbø",
        "board": board,
        "not_board": ["Ida Marie Stene", "Rune Hovde"],
        "key_figures_optional": optional,
        "font": "DejaVu Sans", "heading_colour": "1D4E7A",
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "One file, two languages: the Norwegian årsberetning (board as portrait cells with the name "
                 "and role lines under each picture, deputies in a sentence, statements in NOK 1 000 with a "
                 "note column and negatives in parentheses) then the English version (Board of Directors "
                 "table: Chair, Deputy Chair, Board member, Employee representative, Deputy member; decimal "
                 "points). The percentages are printed in both languages (gold twice); the English key "
                 "figures repeat the statements and are optional. Velferdstinget's leader and the property "
                 "manager are not board.",
    }


REPORTS = [lesja_rode_kors_2024, betesda_bryne_2024, sinv_2023]
