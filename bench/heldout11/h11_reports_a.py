"""Reports of the eleventh held-out set, part A: a farmers' cooperative (SA) with its kontrollkomité
and valgkomité, a regional council written as numbered items, a typewritten 1950s report kept only as
a poor carbon-copy scan. Organisations, people and figures are invented; places are real."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h7_render import Kr


def vestslidre_maskinlag() -> dict:
    y = 2023
    cols = [Col(str(y), y), Col(str(y - 1), y - 1)]
    inc = income("nb", 2,
                 [("Utleie av maskiner", "", [6_412_880, 5_987_310]),
                  ("Salg av varer til medlemmer", "", [2_118_450, 2_245_900]),
                  ("Andre driftsinntekter", "", [184_200, 96_400])],
                 [("Varekostnad", "", [1_702_300, 1_841_220]),
                  ("Lønnskostnad", "2", [2_844_610, 2_701_880]),
                  ("Avskrivninger", "4", [1_690_000, 1_455_000]),
                  ("Andre driftskostnader", "", [1_622_430, 1_507_170])],
                 fin=[("Finansinntekter", "", [38_900, 12_300]), ("Finanskostnader", "", [-311_450, -226_800])],
                 heads=False)
    bal = balance("nb", 2,
                  [("Maskiner og redskap", "4", [9_300_000, 9_140_000]), ("Verkstedbygg", "4", [2_210_000, 2_330_000])],
                  [("Varelager", "", [412_000, 389_500]), ("Kundefordringer", "", [733_260, 648_110]),
                   ("Bankinnskudd", "", "plug")],
                  [("Andelskapital", "", [1_185_000, 1_160_000]), ("Annen egenkapital", "", [4_215_620, 3_631_980])],
                  [("Lån i Landkreditt", "5", [6_150_000, 6_600_000])],
                  [("Leverandørgjeld", "", [544_210, 601_330]), ("Skyldige offentlige avgifter", "", [318_900, 284_650]),
                   ("Annen kortsiktig gjeld", "", [402_770, 379_600])], heads=True)
    board = [("Ragnhild Tveit Bøe", "LEDE", False), ("Oddvar Kvåle", "NEST", False),
             ("Synnøve Lunde Hegge", "MEDL", False), ("Tarjei Mørstad", "MEDL", False),
             ("Helge Ødegården", "MEDL", True),
             ("Kari Anne Svendsrud", "VARA", None), ("Mons Bjørge", "VARA", None), ("Live Rudi", "VARA", None)]
    return {
        "name": "vestslidre-maskinlag-2023", "year": y,
        "title": f"Årsmelding {y} Vestre Slidre Maskinlag SA",
        "organization": {"name": "Vestre Slidre Maskinlag SA", "founded_year": 1961, "address": "Lomenvegen 212"},
        "ceo": "Audun Nørstebø", "board": board,
        "board_optional": [],
        "not_board": ["Eldbjørg Haugsrud", "Per Ivar Lægreid", "Gunvor Thune", "Bjarne Strande", "Randi Kvien",
                      "Ola Sæbu", "Tone Hovda"],
        "renditions": ["docx", "pdf", "doc"],
        "font": "Liberation Serif", "heading_colour": "3C5A1E",
        "footer": "Vestre Slidre Maskinlag SA  ·  Lomenvegen 212, 2966 {g?:Slidre}  ·  side {PAGE}",
        "notes": "Farmers' machinery cooperative (SA). Board table with ordered deputies (1.-3. vara) and an "
                 "employee member; kontrollkomité, valgkomité, the årsmøte's ordfører and a retiring chair are not board.",
        "items": [
            ("h", 1, f"Årsmelding {y}"),
            ("p", "Vestre Slidre Maskinlag SA", {"bold": True}),
            ("p", "Org.nr. 948 211 507"),
            ("h", 2, "1. Om laget"),
            ("p", "Vestre Slidre Maskinlag SA er et samvirkeforetak eid av 118 andelseiere, de fleste gardbrukere i "
                  "{g:Vestre Slidre} og nabokommunene {g:Øystre Slidre} og {g:Nord-Aurdal}. Laget ble stiftet i 1961 og "
                  "leier ut traktorer, rundballepresser og redskap til medlemmene, og driver et lite verksted på "
                  "{g:Slidre}. Forretningskontoret ligger i Lomenvegen 212."),
            ("h", 2, "2. Tillitsvalgte"),
            ("p", "Styret har etter årsmøtet 14. mars 2023 hatt denne sammensetningen:"),
            ("table", [["Verv", "Navn", "Valgt til"],
                       ["Styreleder", "Ragnhild Tveit Bøe", "2025"],
                       ["Nestleder", "Oddvar Kvåle", "2024"],
                       ["Styremedlem", "Synnøve Lunde Hegge", "2025"],
                       ["Styremedlem", "Tarjei Mørstad", "2024"],
                       ["Ansattes representant", "Helge Ødegården", "2024"],
                       ["1. vara", "Kari Anne Svendsrud", "2024"],
                       ["2. vara", "Mons Bjørge", "2024"],
                       ["3. vara", "Live Rudi", "2024"]], {"ruled": True, "widths": [4.5, 6.5, 3]}),
            ("p", "KONTROLLKOMITÉ", {"bold": True}),
            ("p", "Eldbjørg Haugsrud (leder), Per Ivar Lægreid og Gunvor Thune."),
            ("p", "VALGKOMITÉ", {"bold": True}),
            ("p", "Bjarne Strande (leder), Randi Kvien og Ola Sæbu."),
            ("p", "Årsmøtet ble ledet av ordfører Tone Hovda. Ragnhild Tveit Bøe ble valgt til ny styreleder for to år. "
                  "Synnøve Lunde Hegge ble gjenvalgt som styremedlem, og varamedlemmene ble valgt i rekkefølge for ett år. "
                  "Avtroppende styreleder Eldbjørg Haugsrud gikk over i kontrollkomiteen, og styret takker henne for "
                  "tolv år i styret."),
            ("p", "Daglig leder er Audun Nørstebø. Laget har fire fast ansatte og to sesongarbeidere i slåtten."),
            ("h", 2, "3. Drift og utvikling"),
            ("p", "Sesongen ble preget av en tørr forsommer og en våt august. Utleietimene for rundballepressene økte med "
                  "{p:11 prosent|utleietimene} fra året før, mens salget av plast og nett gikk noe ned. Laget kjøpte inn "
                  "en ny traktor med frontlaster og solgte to eldre maskiner."),
            ("p", "Sykefraværet var {p:3,2 %|sykefraværet} mot {p?:4,0 %} året før. Det har ikke vært skader på personer."),
            ("h", 2, "4. Økonomi"),
            ("p", "Styret mener at årsregnskapet gir et rettvisende bilde av lagets eiendeler og gjeld, finansielle "
                  "stilling og resultat. Forutsetningen om fortsatt drift er til stede. Årsresultatet foreslås overført "
                  "til annen egenkapital, og styret foreslår ingen etterbetaling til medlemmene for 2023."),
            ("stmt", Statement("Resultatregnskap", cols, inc, note_col="Note"), {"title": "Resultatregnskap"}),
            ("stmt", Statement("Balanse pr. 31.12.", cols, bal, note_col="Note"), {"title": "Balanse pr. 31.12."}),
            ("sign", "{g:Slidre}, 8. februar 2024",
             [("Ragnhild Tveit Bøe", "styreleder"), ("Oddvar Kvåle", "nestleder"), ("Synnøve Lunde Hegge", "styremedlem"),
              ("Tarjei Mørstad", "styremedlem"), ("Helge Ødegården", "styremedlem"), ("Audun Nørstebø", "daglig leder")]),
        ],
    }


def hallingdal_regionrad() -> dict:
    y = 2023
    cols = [Col(f"Regnskap {y}", y), Col(f"Budsjett {y}", y, BUDGET), Col(f"Regnskap {y - 1}", y - 1)]
    inc = income("nb", 3,
                 [("Kontingent fra medlemskommunene", "", [3_150_000, 3_150_000, 3_000_000]),
                  ("Tilskudd fra fylkeskommunen", "", [1_420_000, 1_200_000, 1_180_000]),
                  ("Prosjektinntekter", "", [2_286_540, 2_000_000, 1_904_220])],
                 [("Lønn og sosiale kostnader", "", [3_902_110, 3_850_000, 3_611_480]),
                  ("Kjøp av tjenester", "", [1_887_300, 1_700_000, 1_522_960]),
                  ("Møter og reiser", "", [214_770, 260_000, 198_340]),
                  ("Andre driftsutgifter", "", [416_020, 400_000, 402_150])],
                 fin=[("Renteinntekter", "", [61_880, 20_000, 14_200])],
                 labels={"sum_inc": "Sum driftsinntekter", "result": "Regnskapsmessig mindreforbruk"}, heads=False)
    members = [("Kristin Moe Bergum", "Flå"), ("Arne Gulsvik", "Nesbyen"), ("Hanne Rønneberg", "Gol"),
               ("Stig Aalrust", "Hemsedal"), ("Sigrun Hagaseth", "Ål"), ("Trond Ulberg", "Hol")]
    board = [("Hanne Rønneberg", "LEDE", None), ("Sigrun Hagaseth", "NEST", None), ("Arne Gulsvik", "MEDL", None)]
    return {
        "name": "hallingdal-regionrad-2023", "year": y,
        "title": f"Årsmelding {y} – Regionrådet for Hallingdal",
        "organization": {"name": "Regionrådet for Hallingdal", "address": "Sentrumsvegen 91"},
        "ceo": "Marit Skurdal Ness", "board": board,
        "places_optional": ["Hallingdal"],
        "board_optional": [m for m, _ in members if m not in {b[0] for b in board}],
        "not_board": ["Einar Bakkehaug", "Tove Rime"],
        "renditions": ["web"], "accent": "6B2737", "page_file": "arsmelding-2023",
        "site": {"name": "Regionrådet for Hallingdal",
                 "menu": ["Om oss", "Møter og saker", "Prosjekter", "Kontakt"],
                 "crumb": "Forsiden › Møter og saker › Årsmelding 2023",
                 "meta": "Publisert 21.02.2024",
                 "footer": ["Regionrådet for Hallingdal · Sentrumsvegen 91, 3550 {g?:Gol} · post@hallingdalradet.no",
                            "Org.nr. 921 553 804"]},
        "notes": "Interkommunalt politisk råd: the council is the six mayors (optional), the arbeidsutvalg is the "
                 "board; the regionrådsleder is the daglig leder. Written as numbered items (Sak nn/23, Vedtak).",
        "items": [
            ("h", 1, f"Årsmelding {y}"),
            ("p", "Regionrådet for Hallingdal er et interkommunalt politisk råd etter kommuneloven kapittel 18 for de "
                  "seks kommunene {g:Flå}, {g:Nesbyen}, {g:Gol}, {g:Hemsedal}, {g:Ål} og {g:Hol}, i {g:Viken} fram til nyttår og nå i {g:Buskerud}."),
            ("bh", "Rådet og arbeidsutvalget"),
            ("p", "Rådet består av ordførerne i medlemskommunene. Kommunedirektørene møter med tale- og forslagsrett."),
            ("table", [["Kommune", "Medlem", "Verv"]] + [["{g:%s}" % k, m, "ordfører"] for m, k in members],
             {"ruled": True}),
            ("p", "Arbeidsutvalget har vært rådets styre mellom møtene. Det har bestått av leder Hanne Rønneberg (ordfører "
                  "i {g:Gol}), nestleder Sigrun Hagaseth (ordfører i {g:Ål}) og Arne Gulsvik (ordfører i {g:Nesbyen}). "
                  "Regionrådsleder Marit Skurdal Ness er rådets daglige leder og sekretær for arbeidsutvalget."),
            ("bh", "Møter og saker"),
            ("p", "Rådet har hatt seks møter og behandlet 58 saker i 2023. Arbeidsutvalget hadde ni møter. Her følger et "
                  "utvalg av sakene."),
            ("p", "Sak 07/23 Årsregnskap og årsmelding 2022"),
            ("p", "Vedtak: Årsregnskap og årsmelding for 2022 godkjennes. Mindreforbruket settes av til disposisjonsfond.",
             {"italic": True}),
            ("p", "Sak 12/23 Valg av leder og nestleder for perioden fram til konstituering"),
            ("p", "Vedtak: Hanne Rønneberg velges som leder og Sigrun Hagaseth som nestleder. Arne Gulsvik velges som "
                  "tredje medlem av arbeidsutvalget.", {"italic": True}),
            ("p", "Sak 23/23 Høring om regional transportplan"),
            ("p", "Vedtak: Regionrådet ber fylkeskommunen prioritere rassikring på {g?:riksveg 7} og bedre "
                  "kollektivtilbud mellom {g?:Geilo} og {g?:Gol stasjon}.", {"italic": True}),
            ("p", "Sak 41/23 Konstituering etter kommunevalget"),
            ("p", "Vedtak: Rådet konstituerer seg med de nye ordførerne. Arbeidsutvalget fortsetter uendret ut "
                  "valgperioden. Tidligere ordfører i {g:Hol}, Einar Bakkehaug, takkes for innsatsen.", {"italic": True}),
            ("p", "Sak 52/23 Budsjett og handlingsplan 2024"),
            ("p", "Vedtak: Kontingenten justeres med {p:4 prosent|kontingenten} fra 2024. Handlingsplanen vedtas.",
             {"italic": True}),
            ("bh", "Sekretariatet"),
            ("p", "Sekretariatet har fem ansatte i til sammen 4,6 årsverk. Næringsrådgiver Tove Rime gikk over i ny "
                  "stilling i fylkeskommunen i oktober."),
            ("stmt", Statement("Driftsregnskap", cols, inc), {"title": "Driftsregnskap 2023"}),
            ("p", "{g:Gol}, 2. februar 2024"),
            ("p", "Hanne Rønneberg, leder    Marit Skurdal Ness, regionrådsleder"),
        ],
    }


def bygdeheimen_1958() -> dict:
    y = 1958
    cols = [Col(str(y), y), Col(str(y - 1), y - 1)]
    inc = income("nb", 2,
                 [("Pensjonærbetaling", "", [61_240.50, 57_880.00]), ("Tilskott fra kommunen", "", [18_000.00, 16_500.00]),
                  ("Gaver og basarer", "", [4_312.75, 3_905.40])],
                 [("Lønninger", "", [38_455.20, 35_910.00]), ("Matvarer", "", [26_118.35, 24_770.85]),
                  ("Brensel og lys", "", [7_904.10, 8_122.60]), ("Vedlikehold", "", [6_205.00, 4_388.25])],
                 labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum utgifter", "op": None,
                         "result": "Overskudd"}, heads=False)
    bal = balance("nb", 2, [("Bygninger", "", [142_000.00, 146_000.00]), ("Inventar", "", [9_800.00, 10_600.00])],
                  [("Kasse", "", [1_214.65, 933.40]), ("Sparebanken", "", "plug")],
                  [("Grunnfond", "", [118_000.00, 118_000.00]), ("Kapitalkonto", "", [31_662.92, 26_792.32])],
                  [("Lån i Husbanken", "", [16_500.00, 19_500.00])],
                  [("Skyldige lønninger", "", [2_190.00, 1_820.00])],
                  labels={"sum_assets": "Sum aktiva", "sum_eq_debt": "Sum passiva", "sum_equity": "Sum egenkapital",
                          "assets": "Aktiva", "eq_debt": "Passiva", "fixed": None, "sum_fixed": None,
                          "current": None, "sum_current": None, "debt": None, "long": None, "short": None},
                  sum_debt=False)
    board = [("Ingebrigt Sandvold", "LEDE", None), ("Petra Aune", "NEST", None), ("Johan Kvikne", "MEDL", None),
             ("Marta Ulsberg", "MEDL", None), ("Lars O. Bjørgen", "MEDL", None)]
    return {
        "name": "bygdeheimen-1958", "year": y,
        "title": f"Beretning for Oppdal Bygdeheim {y}",
        "organization": {"name": "Oppdal Bygdeheim"},
        "ceo": "Gudrun Loe", "board": board,
        "board_optional": [],
        "not_board": ["Sivert Gorseth", "Anders Snøan"],
        "renditions": ["scan"], "scan": {"dpi": 170, "tilt": 1.4, "noise": 16, "paper": 22},
        "font": "Liberation Mono", "heading_font": "Liberation Mono", "body_pt": 10.5, "heading_colour": "000000",
        "heading_delta": -3,
        "notes": "Typewritten 1958 report of a small old people's home, a carbon copy scanned at 170 dpi. Board in prose; "
                 "the bestyrerinne (manager) optional; amounts as 'Kr. 12.345,67' with tab stops.",
        "items": [
            ("p", "OPPDAL BYGDEHEIM", {"bold": True, "align": "center"}),
            ("p", f"B E R E T N I N G  for  {y}", {"align": "center"}),
            ("p", f"Styret for Oppdal Bygdeheim har i {y} bestått av herredsstyrets valgte: formann gårdbruker "
                  "Ingebrigt Sandvold, viseformann fru Petra Aune, lærer Johan Kvikne, fru Marta Ulsberg og "
                  "handelsmann Lars O. Bjørgen. Som varamenn har fungert Sivert Gorseth og Anders Snøan, som ikke "
                  "har vært innkalt i året."),
            ("p", "Styret har holdt 7 møter og behandlet 31 saker. Bestyrerinne har vært frk. Gudrun Loe."),
            ("p", "Hjemmet har hatt 22 pensjonærer ved årets utgang, og det har vært 6 dødsfall i året. Det er mange "
                  "søkere fra hele {g:Oppdal} og noen fra {g:Rennebu}, og styret må henstille til herredsstyret å "
                  "fremme saken om utvidelse. Pensjonærbetalingen ble i mai forhøyet til Kr. 7,50 pr. døgn."),
            ("p", "Den nye vedfyrte sentralvarmen kom i drift i oktober. Sanitetsforeningen og Bondekvinnelaget har "
                  "også i år gitt gaver til hjemmet, og styret takker for det."),
            ("p", "REGNSKAP", {"bold": True}),
            ("stmt", Kr("Driftsregnskap", cols, inc, decimals=2, thousands=".", render="tabs"),
             {"title": "Driftsregnskapet"}),
            ("stmt", Kr("Status pr. 31. desember", cols, bal, decimals=2, thousands=".", render="tabs"),
             {"title": "Status pr. 31. desember"}),
            ("p", f"{{g:Oppdal}}, den 20. februar {y + 1}."),
            ("p", "Ingebrigt Sandvold          Petra Aune          Johan Kvikne"),
            ("p", "Marta Ulsberg          Lars O. Bjørgen"),
        ],
    }


REPORTS = [vestslidre_maskinlag, hallingdal_regionrad, bygdeheimen_1958]
