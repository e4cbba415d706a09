"""Eighth held-out set, first half: an IKS whose owners, representantskap and styre share one table
(2004), an idrettslag's årsmøtepapirer (2024), a consolidated museum foundation printed from its web
site (2023) and a typewritten sheltered workshop's report of 1968, as a scan only. All names,
figures and sentences are invented; the places are real."""
from __future__ import annotations

from h3_render import Dash, Kroner
from h7_render import Kr
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def fjellreint_2004() -> dict:
    """Renovasjon IKS, 2000s Word: one table gives each owner municipality with its share, its
    member of the representantskap, its member of the styre and the deputies of both ("Repr.: ... /
    Styre: ..."); the roles are in parentheses after the names."""
    cols = [Col("2004", 2004), Col("2003", 2003)]
    inc = [("Renovasjonsgebyr fra eierkommunene", "", [31_402_550, 29_876_100]),
           ("Salg av gjenvinningsmaterialer", "", [2_318_410, 1_954_280]),
           ("Andre driftsinntekter", "", [612_300, 587_950])]
    cost = [("Lønn og sosiale kostnader", "2", [11_874_220, 11_203_415]),
            ("Transport og behandling av avfall", "", [14_096_880, 13_688_020]),
            ("Avskrivninger", "3", [2_740_000, 2_615_000]),
            ("Andre driftskostnader", "", [4_037_310, 3_702_310])]
    fin = [("Finansinntekter", "", [214_880, 176_420]), ("Finanskostnader", "", [-698_330, -741_905])]
    result = Statement("Resultatregnskap", cols, income("nb", 2, inc, cost, fin), note_col="Note",
                       label_header="")
    bal = Statement("Balanse pr. 31.12.", cols, balance(
        "nb", 2,
        fixed=[("Bygninger og anlegg", "3", [14_220_000, 14_810_000]),
               ("Renovasjonsbiler og maskiner", "3", [6_385_000, 6_940_000])],
        current=[("Kundefordringer", "", [2_904_115, 2_611_840]), ("Bankinnskudd", "", "plug")],
        equity=[("Innskutt egenkapital", "", [2_000_000, 2_000_000]),
                ("Annen egenkapital", "", [4_612_890, 3_511_490])],
        long=[("Lån i Kommunalbanken", "4", [13_450_000, 14_700_000])],
        short=[("Leverandørgjeld", "", [2_106_770, 1_988_310]),
               ("Skyldige offentlige avgifter", "", [1_219_505, 1_146_220]),
               ("Annen kortsiktig gjeld", "", [1_543_600, 1_297_780])]), note_col="Note")
    table = [
        ["Eierkommune", "Eierandel", "Representantskapet", "Styret", "Varamedlemmer (repr. / styre)"],
        ["{g:Nord-Aurdal kommune|Nord-Aurdal}", "{p:34 %}", "Oddvar Hesteknapp (leder)",
         "Kjellaug Ødegården (leder)", "Repr.: Erling Skrindo / Styre: Marit Hovdhaugen"],
        ["{g:Sør-Aurdal kommune|Sør-Aurdal}", "{p:19 %}", "Gunhild Bråtenmo", "Torgeir Lybekk",
         "Repr.: Inger Johanne Viken / Styre: Leif Arne Tveito"],
        ["{g:Etnedal kommune|Etnedal}", "{p:8 %}", "Arnfinn Kvåle", "–", "Repr.: Olav Bakkebråten"],
        ["{g:Vestre Slidre kommune|Vestre Slidre}", "{p:14 %}", "Sigrid Tollefsrud",
         "Randi Opsahlen (nestleder)", "Repr.: Astrid Kjølsrud / Styre: Jostein Grøthe"],
        ["{g:Øystre Slidre kommune|Øystre Slidre}", "{p:15 %}", "Håkon Rudsmoen", "Pål Ingvaldsen Haugrud",
         "Repr.: Tore Nørstebø / Styre: Gro Myrvold"],
        ["{g:Vang kommune|Vang}", "{p:10 %}", "Bergljot Fossheim (nestleder)", "Eldbjørg Sørbøen",
         "Repr.: Svein Ellingbø"],
        ["Valgt av de ansatte", "", "", "Bjørn Egil Roe", "Styre: Hilde Kroken"],
    ]
    return {
        "name": "fjellreint-2004", "year": 2004, "title": "Fjellreint IKS – Årsmelding 2004",
        "font": "DejaVu Serif", "body_pt": 10, "heading_colour": "000000", "author": "fjellreint",
        "footer": "Fjellreint IKS – årsmelding 2004 – side {PAGE}",
        "organization": {"name": "Fjellreint IKS", "founded_year": 1995, "address": "Industrivegen 12",
                         "phone": "61 35 72 90", "email": "post@fjellreint.no",
                         "owners": [{"name": "Nord-Aurdal kommune", "share_percent": 34},
                                    {"name": "Sør-Aurdal kommune", "share_percent": 19},
                                    {"name": "Etnedal kommune", "share_percent": 8},
                                    {"name": "Vestre Slidre kommune", "share_percent": 14},
                                    {"name": "Øystre Slidre kommune", "share_percent": 15},
                                    {"name": "Vang kommune", "share_percent": 10}]},
        "ceo": "Asbjørn Trøen",
        "board": [("Kjellaug Ødegården", "LEDE", None), ("Randi Opsahlen", "NEST", None),
                  ("Torgeir Lybekk", "MEDL", None), ("Pål Ingvaldsen Haugrud", "MEDL", None),
                  ("Eldbjørg Sørbøen", "MEDL", None), ("Bjørn Egil Roe", "MEDL", True),
                  ("Marit Hovdhaugen", "VARA", None), ("Leif Arne Tveito", "VARA", None),
                  ("Jostein Grøthe", "VARA", None), ("Gro Myrvold", "VARA", None),
                  ("Hilde Kroken", "VARA", True)],
        "not_board": ["Oddvar Hesteknapp", "Gunhild Bråtenmo", "Arnfinn Kvåle", "Sigrid Tollefsrud",
                      "Håkon Rudsmoen", "Bergljot Fossheim", "Erling Skrindo", "Olav Bakkebråten",
                      "Astrid Kjølsrud", "Tore Nørstebø", "Svein Ellingbø", "Inger Johanne Viken"],
        "renditions": ["doc", "pdf"],
        "notes": "2000s IKS årsmelding from Word: owners, shares, representantskap, styre and both "
                 "bodies' deputies in one table; the styre column's people and the deputies after "
                 "'Styre:' are the board; the representantskap and its deputies are not.",
        "items": [
            ("p", "FJELLREINT IKS", {"bold": True, "size": 20}),
            ("p", "Årsmelding 2004", {"size": 15}),
            ("p", "Interkommunalt renovasjonsselskap for {g:Valdres}", {"italic": True}),
            ("h", 1, "1. Selskapet og eierne"),
            ("p", "Fjellreint IKS ble stiftet i 1995 som et samarbeid mellom kommunene i {g:Valdres} om "
                  "innsamling og behandling av husholdningsavfall. Selskapet ble omdannet til "
                  "interkommunalt selskap etter lov om interkommunale selskaper fra 1. januar 2001. "
                  "Forretningskontoret ligger i Industrivegen 12, 2900 {g:Fagernes}, telefon "
                  "61 35 72 90, e-post post@fjellreint.no."),
            ("p", "Representantskapet er selskapets øverste organ. Hver eierkommune har ett medlem i "
                  "representantskapet og ett i styret, i tillegg kommer ett styremedlem valgt av og "
                  "blant de ansatte. Eierandelene, representantskapet og styret med varamedlemmer for "
                  "perioden 2003–2005 framgår av tabellen:"),
            ("table", table, {"ruled": True, "size": 8, "shade_header": "D9D9D9",
                              "widths": [3.0, 1.7, 3.6, 3.6, 4.7]}),
            ("p", "Representantskapet har hatt to møter og behandlet 11 saker. Styret har hatt "
                  "8 møter og behandlet 64 saker. Daglig leder i selskapet er Asbjørn Trøen."),
            ("h", 1, "2. Virksomheten i 2004"),
            ("p", "Selskapet samlet i 2004 inn 9 412 tonn avfall fra om lag 8 600 abonnenter, mot "
                  "9 185 tonn året før. Av dette gikk {p:43,7 %|materialgjenvinning} til "
                  "materialgjenvinning, mens {p:21,2 %|energigjenvinning} ble levert til "
                  "energigjenvinning i {g:Gjøvik}. Resten ble deponert på anlegget på "
                  "{g?:Bagn}."),
            ("p", "Den nye gjenbruksstasjonen på {g:Leira} ble åpnet i mai. Hytteabonnentene i "
                  "{g:Vang} og {g:Øystre Slidre} fikk i løpet av året egne returpunkt for glass og "
                  "metall."),
            ("h", 1, "3. Arbeidsmiljø, likestilling og ytre miljø"),
            ("p", "Ved utgangen av året hadde selskapet 19 ansatte, hvorav 4 kvinner. Styret består "
                  "av tre kvinner og tre menn. Sykefraværet var 5,8 prosent i 2004 mot 7,1 prosent i "
                  "2003. Det har ikke vært skader eller ulykker med fravær."
                  .replace("5,8 prosent", "{p:5,8 prosent|Sykefraværet}")
                  .replace("7,1 prosent", "{p:7,1 prosent|Sykefraværet}")),
            ("p", "Selskapets virksomhet påvirker det ytre miljø gjennom utslipp fra kjøretøy og "
                  "sigevann fra deponiet. Sigevannet renses og prøvetas etter konsesjonen fra "
                  "Fylkesmannen i {g:Oppland}."),
            ("h", 1, "4. Økonomi"),
            ("p", "Selskapets driftsinntekter var kr 34 333 260 mot kr 32 418 330 i 2003. Årets "
                  "resultat ble kr 1 101 400, som styret foreslår overført til annen egenkapital. "
                  "Forutsetningen om fortsatt drift er til stede, og regnskapet er satt opp under "
                  "denne forutsetning."),
            ("stmt", result, {"title": "Resultatregnskap 2004"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2004"}),
            ("sign", "{g:Fagernes}, 17. februar 2005",
             [("Kjellaug Ødegården", "styreleder"), ("Randi Opsahlen", "nestleder"),
              ("Torgeir Lybekk", "styremedlem"), ("Pål Ingvaldsen Haugrud", "styremedlem"),
              ("Eldbjørg Sørbøen", "styremedlem"), ("Bjørn Egil Roe", "styremedlem"),
              ("Asbjørn Trøen", "daglig leder")], {"cols": 3}),
        ],
    }


def tverrlia_il_2024() -> dict:
    """An idrettslag's meeting papers: sakliste, årsberetning with each undergroup's own board,
    accounts with the budget beside the actuals, next year's budget, and the valgkomité's
    proposal naming next year's candidates (some of them new, one member proposed as leader)."""
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023)]
    inc = [("Medlemskontingent", "", [91_800, 95_000, 88_450]),
           ("Treningsavgifter", "", [318_600, 300_000, 296_250]),
           ("Sponsorinntekter", "", [164_000, 180_000, 171_500]),
           ("Lokale aktivitetsmidler og tilskudd", "", [127_432, 110_000, 118_970]),
           ("Dugnad og arrangement", "", [142_785, 120_000, 98_310]),
           ("Kiosksalg", "", [61_240, 55_000, 57_880])]
    cost = [("Lønn klubbkoordinator", "", [246_300, 240_000, 231_900]),
            ("Dommerutgifter", "", [58_720, 60_000, 55_160]),
            ("Cup- og reiseutgifter", "", [121_455, 110_000, 104_380]),
            ("Utstyr og drakter", "", [208_972, 150_000, 162_040]),
            ("Drift av lysløype og klubbhus", "", [176_210, 165_000, 158_770]),
            ("Forbundskontingent og lisenser", "", [47_650, 48_000, 45_120]),
            ("Andre kostnader", "", [39_880, 35_000, 41_335])]
    fin = [("Renteinntekter", "", [9_412, 4_000, 5_870])]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader",
              "sum_cost": "Sum kostnader", "fin": None, "net_fin": "Netto finans"}
    result = Statement("Resultatregnskap 2024", cols, income("nb", 3, inc, cost, fin, labels=labels))
    bcols = [Col("Budsjett 2025", 2025, BUDGET), Col("Regnskap 2024", 2024)]
    budget = Statement("Forslag til budsjett 2025", bcols, income(
        "nb", 2, [(l, n, [b, v[0]]) for (l, n, v), b in zip(inc, [95_000, 325_000, 170_000, 120_000,
                                                                   130_000, 60_000])],
        [(l, n, [b, v[0]]) for (l, n, v), b in zip(cost, [252_000, 60_000, 120_000, 140_000, 180_000,
                                                          48_000, 40_000])],
        [(l, n, [b, v[0]]) for (l, n, v), b in zip(fin, [6_000])], labels=labels))
    bal = Statement("Balanse 31.12.2024", [Col("31.12.2024", 2024), Col("31.12.2023", 2023)], balance(
        "nb", 2,
        fixed=[("Løypemaskin", "", [84_000, 112_000])],
        current=[("Kundefordringer", "", [18_450, 22_600]), ("Varelager kiosk", "", [7_300, 6_850]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Egenkapital", "", [402_937, 386_855])],
        long=[],
        short=[("Leverandørgjeld", "", [26_880, 31_240]), ("Forskuddsbetalte treningsavgifter", "", [48_500, 42_000])],
        labels={"sum_equity": "Sum egenkapital"}))
    return {
        "name": "tverrlia-il-2024", "year": 2024, "title": "Årsmøtepapirer 2025 – Tverrlia IL",
        "author": "Tverrlia IL", "heading_colour": "8B1A1A",
        "header": "Tverrlia Idrettslag – årsmøte 13. mars 2025",
        "organization": {"name": "Tverrlia Idrettslag", "founded_year": 1949,
                         "email": "post@tverrlia-il.no"},
        "ceo": None,
        "board": [("Marianne Solbakk Hegge", "LEDE", None), ("Rune Aasgård", "NEST", None),
                  ("Tone Lill Berdahl", "MEDL", None), ("Kristoffer Moe Rønning", "MEDL", None),
                  ("Espen Gråbein", "MEDL", None), ("Silje Fagerhaug", "MEDL", None),
                  ("Ingrid Bjørkås", "VARA", None), ("Henrik Stavnes", "VARA", None)],
        "not_board": ["Thomas Kvaal Ness", "Anita Rognes", "Arvid Flatås", "Bård Nyhus", "Randi Sæther",
                      "Jon Arne Hov", "Liv Kristiansen Brå", "Odd Helge Fossum", "Kari Anne Vold",
                      "Øyvind Heggem", "Lise Mari Kolstad", "Maren Tøndel"],
        "renditions": ["docx", "pdf"],
        "notes": "Idrettslag meeting papers: the hovedstyre is the board; undergroup boards, "
                 "kontrollutvalg, valgkomité, the paid club coordinator and the valgkomité's new "
                 "candidates are not. Budget columns beside actuals are optional key figures. "
                 "No daglig leder.",
        "items": [
            ("p", "TVERRLIA IDRETTSLAG", {"bold": True, "size": 18}),
            ("p", "Innkalling og saksdokumenter til årsmøtet 2025", {"size": 13}),
            ("p", "Styret innkaller med dette til årsmøte i Tverrlia Idrettslag torsdag 13. mars 2025 "
                  "kl. 19.00 i klubbhuset på {g:Gimse}. Forslag sendes styret på post@tverrlia-il.no innen 27. februar. Stemmerett har medlemmer som har fylt 15 år, "
                  "har vært medlem i minst én måned og har betalt kontingent."),
            ("bh", "Sakliste"),
            ("ol", "Godkjenne de stemmeberettigede"),
            ("ol", "Velge dirigent, protokollfører og to medlemmer til å underskrive protokollen"),
            ("ol", "Godkjenne innkallingen, saklisten og forretningsorden"),
            ("ol", "Behandle idrettslagets årsberetning for 2024, med gruppenes årsmeldinger"),
            ("ol", "Behandle regnskap 2024, kontrollutvalgets beretning og revisors beretning"),
            ("ol", "Behandle innkomne forslag"),
            ("ol", "Fastsette medlemskontingent for 2025"),
            ("ol", "Vedta budsjett for 2025"),
            ("ol", "Valg"),
            ("pagebreak",),
            ("h", 1, "Sak 4: Årsberetning 2024"),
            ("h", 2, "Hovedstyret"),
            ("p", "Hovedstyret har i perioden bestått av:"),
            ("table", [["Verv", "Navn"], ["Leder", "Marianne Solbakk Hegge"], ["Nestleder", "Rune Aasgård"],
                       ["Kasserer", "Tone Lill Berdahl"], ["Sekretær", "Kristoffer Moe Rønning"],
                       ["Styremedlem (fotball)", "Espen Gråbein"], ["Styremedlem (ski)", "Silje Fagerhaug"],
                       ["Varamedlem", "Ingrid Bjørkås"], ["Varamedlem", "Henrik Stavnes"]],
             {"ruled": False, "widths": [5.0, 7.0]}),
            ("p", "Kontrollutvalget har bestått av Jon Arne Hov og Liv Kristiansen Brå. Valgkomiteen har "
                  "bestått av Odd Helge Fossum (leder) og Kari Anne Vold."),
            ("p", "Idrettslaget ble stiftet i 1949. Styret har hatt 10 styremøter og behandlet 58 saker. Klubbkoordinator Maren Tøndel har "
                  "vært ansatt i {p:40 %|klubbkoordinator} stilling og har hatt ansvar for "
                  "medlemsregister, fakturering og kiosk."),
            ("p", "Ved utgangen av 2024 hadde idrettslaget 612 medlemmer. Av disse var 388 under 19 år, "
                  "det vil si {p:63 prosent|under 19 år}. Laget er medlem av {g:Melhus} idrettsråd og "
                  "{g?:Trøndelag} idrettskrets."),
            ("h", 2, "Fotballgruppa"),
            ("p", "Gruppestyret: leder Espen Gråbein, sportslig leder Thomas Kvaal Ness, kasserer "
                  "Anita Rognes. Gruppa hadde 14 lag i seriespill, fra 6 år til senior. Jentelaget "
                  "G14 vant sin klasse i sommercupen i {g:Trondheim}."),
            ("h", 2, "Skigruppa"),
            ("p", "Gruppestyret: leder Silje Fagerhaug, nestleder Arvid Flatås, løypesjef Bård Nyhus. "
                  "Lysløypa var åpen i 71 dager. 23 løpere deltok på samling på {g:Oppdal} i november, "
                  "og klubbrennet samlet 96 deltakere."),
            ("h", 2, "Trimgruppa"),
            ("p", "Leder Randi Sæther. Trimkassene ble besøkt 4 310 ganger, en økning på "
                  "{p:12 %|Trimkassene} fra året før."),
            ("p", "{g:Gimse}, 12. februar 2025"),
            ("p", "Styret i Tverrlia Idrettslag"),
            ("pagebreak",),
            ("h", 1, "Sak 5: Regnskap 2024"),
            ("p", "Regnskapet viser et overskudd på kr 16 082 mot budsjettert overskudd på kr 56 000. "
                  "Avviket skyldes i hovedsak lavere sponsorinntekter og høyere kostnader til utstyr og cuper."),
            ("stmt", result, {"title": "Resultatregnskap 2024"}),
            ("stmt", bal, {"title": "Balanse 31.12.2024"}),
            ("h", 1, "Sak 8: Budsjett 2025"),
            ("stmt", budget, {"title": "Forslag til budsjett 2025"}),
            ("h", 1, "Sak 9: Valg – valgkomiteens innstilling"),
            ("p", "Valgkomiteen legger fram følgende innstilling. Marianne Solbakk Hegge har frabedt seg "
                  "gjenvalg som leder."),
            ("table", [["Verv", "Kandidat", "Periode"], ["Leder", "Rune Aasgård", "1 år (ny som leder)"],
                       ["Nestleder", "Tone Lill Berdahl", "2 år (ny som nestleder)"],
                       ["Kasserer", "Øyvind Heggem", "2 år (ny)"],
                       ["Sekretær", "Kristoffer Moe Rønning", "ikke på valg"],
                       ["Styremedlem (fotball)", "Espen Gråbein", "ikke på valg"],
                       ["Styremedlem (ski)", "Arvid Flatås", "2 år (ny)"],
                       ["Varamedlem", "Henrik Stavnes", "1 år (gjenvalg)"],
                       ["Varamedlem", "Lise Mari Kolstad", "1 år (ny)"]],
             {"ruled": True, "shade_header": "F2DCDB", "widths": [5.0, 5.0, 5.0]}),
            ("p", "For valgkomiteen: Odd Helge Fossum", {"italic": True}),
            ("h", 2, "Kontrollutvalgets beretning"),
            ("p", "Kontrollutvalget har gått gjennom regnskapet for 2024 og styrets protokoller. Vi "
                  "har ingen merknader og anbefaler årsmøtet å godkjenne regnskapet."),
            ("sign", "{g:Gimse}, 20. februar 2025", [("Jon Arne Hov", "kontrollutvalget"),
                                                      ("Liv Kristiansen Brå", "kontrollutvalget")]),
        ],
    }


def skarvheim_museum_2023() -> dict:
    """A museum foundation after konsolidering, printed from its web site: four departments as
    cards, each with its own contact; a board appointed by the county and the municipalities
    (a column says by whom); visitor numbers per department with the change in percent."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = [("Driftstilskudd fra staten", "", [14_620, 14_050]),
           ("Tilskudd fra fylkeskommunen", "", [3_530, 3_400]),
           ("Tilskudd fra kommunene", "", [2_270, 2_210]),
           ("Billett- og butikkinntekter", "", [3_184, 2_706]),
           ("Prosjektmidler og andre inntekter", "", [1_602, 1_889])]
    cost = [("Lønn og sosiale kostnader", "", [16_904, 16_220]),
            ("Drift og vedlikehold av bygninger", "", [4_118, 3_957]),
            ("Avskrivninger", "", [912, 880]),
            ("Andre driftskostnader", "", [3_074, 3_311])]
    fin = [("Netto renteinntekter", "", [188, 74])]
    result = Dash("Resultatregnskap", cols, income("nb", 2, inc, cost, fin, labels={"fin": None}),
                  unit=1000, label_header="Tall i 1000 kr")
    bal = Dash("Balanse", cols, balance(
        "nb", 2, fixed=[("Bygninger og anlegg", "", [18_430, 18_960])],
        current=[("Fordringer", "", [1_214, 1_006]), ("Bankinnskudd", "", "plug")],
        equity=[("Bunden kapital", "", [6_500, 6_500]), ("Annen egenkapital", "", [5_187, 4_801])],
        long=[("Pantelån", "", [9_600, 10_200])],
        short=[("Leverandørgjeld", "", [1_402, 1_188]), ("Annen kortsiktig gjeld", "", [3_116, 2_874])]),
        unit=1000, label_header="Tall i 1000 kr")
    visitors = [["Avdeling", "2023", "2022", "Endring"],
                ["Bøgarden", "9 870", "8 410", "{p:+17 %}"],
                ["Tverrgarden bygdetun", "3 215", "3 060", "{p:+5 %}"],
                ["Fjordlageret", "6 044", "5 390", "{p:+12 %}"],
                ["Smelteverkssamlinga", "4 518", "4 104", "{p:+10 %}"],
                ["Sum besøk", "23 647", "20 964", "{p:+13 %}"]]
    return {
        "name": "skarvheim-museum-2023", "year": 2023, "title": "Årsmelding 2023 – Skarvheim museum",
        "renditions": ["web"], "accent": "4A5D23",
        "site": {"name": "Skarvheim museum",
                 "menu": ["Besøk oss", "Avdelingene", "Samlingene", "Om museet", "Kontakt"],
                 "crumb": "Forside › Om museet › Årsmeldinger › 2023",
                 "meta": "Publisert 14. mai 2024",
                 "footer": ["Stiftelsen Skarvheim museum · Org.nr. 987 115 204",
                            "Fosshaugvegen 3, 6650 {g:Surnadal} · post@skarvheim.museum.no · 71 65 40 12"]},
        "organization": {"name": "Stiftelsen Skarvheim museum", "founded_year": 2006,
                         "address": "Fosshaugvegen 3", "email": "post@skarvheim.museum.no",
                         "phone": "71 65 40 12"},
        "ceo": "Lars Erik Haukvik",
        "board": [("Solveig Hammervold", "LEDE", None), ("Kåre Inge Stavik", "NEST", None),
                  ("Turid Eidem Løfald", "MEDL", None), ("Ola Magne Gjerstad", "MEDL", None),
                  ("Ragnhild Torvik", "MEDL", None), ("Eirik Solem Aune", "MEDL", True),
                  ("Gunnar Helset", "VARA", None), ("Brit Ranes", "VARA", None)],
        "not_board": ["Marit Øye Kvendbø", "Sindre Hoem", "Anne Lise Fuglset", "Per Olav Sylte"],
        "notes": "Consolidated museum foundation printed from a web page (site frame, browser lines). "
                 "Department heads in contact cards are not the board; the museum director is the "
                 "daglig leder. Visitor figures are not key figures.",
        "items": [
            ("h", 1, "Årsmelding 2023"),
            ("p", "Stiftelsen Skarvheim museum ble etablert i 2006, da fire lokale museer i indre "
                  "{g:Nordmøre} ble konsolidert i én stiftelse etter museumsreformen. Museet eier og "
                  "driver fire avdelinger i {g:Surnadal}, {g:Rindal}, {g:Tingvoll} og {g:Sunndal}, "
                  "og er en del av det nasjonale museumsnettverket."),
            ("p", "Museumsdirektør er Lars Erik Haukvik. Administrasjonen holder til i Fosshaugvegen 3 "
                  "i {g:Surnadal}."),
            ("h", 2, "Avdelingene"),
            ("grid", [("Bøgarden", ["Gårdsmuseum, {g:Surnadal}", "Avdelingsleder Marit Øye Kvendbø",
                                    "Tlf. 71 65 40 15"]),
                      ("Tverrgarden bygdetun", ["Bygdetun, {g:Rindal}", "Avdelingsleder Sindre Hoem",
                                               "Tlf. 71 66 21 08"]),
                      ("Fjordlageret", ["Kystkultur, {g:Tingvoll}", "Avdelingsleder Anne Lise Fuglset",
                                        "Tlf. 71 53 90 44"]),
                      ("Smelteverkssamlinga", ["Industrihistorie, {g:Sunndal}",
                                               "Avdelingsleder Per Olav Sylte", "Tlf. 71 69 12 70"])],
             {"per_row": 2}),
            ("h", 2, "Styret"),
            ("p", "Styret oppnevnes for fire år av stifterne etter vedtektene. Ett medlem velges av og "
                  "blant de ansatte. Styret har i 2023 hatt denne sammensetningen:"),
            ("table", [["Navn", "Verv", "Oppnevnt av"],
                       ["Solveig Hammervold", "Styreleder", "{g:Møre og Romsdal} fylkeskommune"],
                       ["Kåre Inge Stavik", "Nestleder", "{g:Sunndal} kommune"],
                       ["Turid Eidem Løfald", "Styremedlem", "{g:Surnadal} kommune"],
                       ["Ola Magne Gjerstad", "Styremedlem", "{g:Rindal} kommune"],
                       ["Ragnhild Torvik", "Styremedlem", "{g:Tingvoll} kommune"],
                       ["Eirik Solem Aune", "Styremedlem", "De ansatte"]], {"ruled": True}),
            ("p", "Varamedlemmer: Gunnar Helset (for fylkeskommunen) og Brit Ranes (for kommunene). "
                  "Styret har hatt seks møter og behandlet 41 saker."),
            ("h", 2, "Besøk"),
            ("p", "Museet hadde 23 647 besøkende i 2023, det høyeste tallet siden konsolideringen. "
                  "Skoletilbudet nådde 2 140 elever fra {g:Kristiansund} og omegn."),
            ("table", visitors, {"ruled": True}),
            ("h", 2, "Økonomi"),
            ("p", "Offentlige tilskudd utgjorde {p:81 %|Offentlige tilskudd} av driftsinntektene, "
                  "av dette kom statstilskuddet alene til {p:58 %|statstilskuddet}. Stiftelsen fikk et "
                  "overskudd på kr 386 000, som er overført til annen egenkapital."),
            ("stmt", result, {"title": "Resultatregnskap 2023"}),
            ("stmt", bal, {"title": "Balanse per 31. desember 2023"}),
            ("p", "{g:Surnadal}, 18. april 2024", {"small": True}),
            ("sign", "Styret i Stiftelsen Skarvheim museum",
             [("Solveig Hammervold", "styreleder"), ("Kåre Inge Stavik", "nestleder"),
              ("Turid Eidem Løfald", ""), ("Ola Magne Gjerstad", ""), ("Ragnhild Torvik", ""),
              ("Eirik Solem Aune", ""), ("Lars Erik Haukvik", "museumsdirektør")]),
        ],
    }


def furuly_1968() -> dict:
    """A sheltered workshop's typewritten report of 1968, as a scan only: old spelling ("efter",
    "formann", "varamenn", "arbeidstagere"), amounts "kr 123 456,78" in tab-stop columns, "pst."."""
    cols = [Col("1968", 1968), Col("1967", 1967)]
    inc = [("Salg av varer og arbeid", "", [148_612.40, 131_047.85]),
           ("Statstilskudd", "", [96_400.00, 88_250.00]),
           ("Fylkestilskudd", "", [24_000.00, 22_000.00]),
           ("Kommunale tilskudd", "", [18_500.00, 16_000.00])]
    cost = [("Lønninger og trygdeavgift", "", [201_377.15, 183_904.60]),
            ("Materialer og verktøy", "", [52_608.90, 47_211.35]),
            ("Husleie, lys og brensel", "", [19_840.00, 18_600.00]),
            ("Andre utgifter", "", [9_214.65, 8_117.20])]
    fin = [("Renter", "", [1_144.85, 866.10])]
    st = Kr("Driftsregnskap", cols, income("nb", 2, inc, cost, fin,
                                           labels={"inc": "Inntekter", "cost": "Utgifter", "fin": None,
                                                   "net_fin": None, "sum_inc": "Sum inntekter",
                                                   "sum_cost": "Sum utgifter", "op": "Driftsresultat",
                                                   "result": "Overskudd"}),
            decimals=2, prefix="kr ", render="tabs")
    bal = Kr("Status", cols, balance(
        "nb", 2, fixed=[("Maskiner og inventar", "", [31_500.00, 34_000.00])],
        current=[("Utestående fordringer", "", [12_406.75, 10_982.40]), ("Kasse og bank", "", "plug")],
        equity=[("Egenkapital", "", [38_114.20, 32_497.65])],
        long=[],
        short=[("Skyldig skattetrekk og feriepenger", "", [14_880.30, 13_204.95])],
        labels={"assets": "Aktiva", "eq_debt": "Passiva", "sum_assets": "Sum aktiva",
                "sum_eq_debt": "Sum passiva", "current": "Omløpsmidler", "fixed": "Anleggsmidler",
                "sum_fixed": None, "sum_current": None, "debt": None, "short": "Kortsiktig gjeld",
                "sum_debt": None}),
        decimals=2, prefix="kr ", render="tabs")
    return {
        "name": "furuly-1968", "year": 1968, "title": "Furuly Attføringsverksted – Årsberetning 1968",
        "font": "DejaVu Sans Mono", "body_pt": 9.5, "heading_colour": "000000", "margin_mm": 25,
        "renditions": ["scan"], "scan": {"dpi": 150, "tilt": 1.3, "noise": 13, "paper": 20},
        "organization": {"name": "Furuly Attføringsverksted A/L", "founded_year": 1961},
        "ceo": "Thorleif Kvisgaard",
        "board": [("Ingebrigt Sveen", "LEDE", None), ("Aslaug Tømte", "NEST", None),
                  ("Johan Kr. Lunde", "MEDL", None), ("Harald Nyløkken", "MEDL", None),
                  ("Einar Fjeld", "MEDL", None), ("Olga Bryhn", "VARA", None), ("Sverre Hoel", "VARA", None)],
        "not_board": ["Reidar Bakken", "Kristian Mælum"],
        "notes": "Typewritten 1960s report, scanned: old roles (formann, viseformann, varamenn), "
                 "the bestyrer is the daglig leder; amounts with kr and øre in tab columns.",
        "items": [
            ("p", "FURULY ATTFØRINGSVERKSTED A/L", {"bold": True}),
            ("p", "{g:Hamar}"),
            ("bh", "ÅRSBERETNING FOR 1968", {"caps": True, "size": 10.5}),
            ("p", "Verkstedet har i beretningsåret vært drevet efter de samme retningslinjer som "
                  "tidligere år. Formålet er å gi arbeidstrening og vernet arbeid til personer som "
                  "efter sykdom eller skade ikke kan ta arbeid i det åpne arbeidsmarked. Verkstedet ble "
                  "startet i 1961 og er godkjent av Sosialdepartementet som attføringsinstitusjon."),
            ("bh", "STYRET.", {"size": 10}),
            ("p", "Styret har i 1968 hatt følgende sammensetning:"),
            ("tablines", [["Formann:", "Ingebrigt Sveen"], ["Viseformann:", "fru Aslaug Tømte"],
                          ["Styremedlemmer:", "overlege Johan Kr. Lunde"], ["", "disponent Harald Nyløkken"],
                          ["", "Einar Fjeld"], ["Varamenn:", "fru Olga Bryhn, Sverre Hoel"]],
             {"stops": (5.0,)}),
            ("p", "Det er holdt 7 styremøter. Bestyrer Thorleif Kvisgaard har møtt som styrets "
                  "sekretær. Regnskapet er ført av Reidar Bakken og revidert av statsaut. revisor "
                  "Kristian Mælum."),
            ("bh", "KLIENTER OG DRIFT.", {"size": 10}),
            ("p", "I løpet av året har i alt 46 klienter vært innskrevet ved verkstedet, mot 39 året "
                  "før. Klientene kommer fra {g:Hamar}, {g:Vang}, {g:Stange} og {g:Løten}, og er "
                  "henvist av trygdekontorene og arbeidskontoret. 17 klienter er utskrevet i året, og "
                  "av disse er 11 eller {p:65 pst.|ordinært arbeid} gått over i ordinært arbeid. Resten er "
                  "overført til annen attføring eller er uføretrygdet."),
            ("p", "Verkstedet har hatt oppdrag for flere bedrifter i distriktet, vesentlig "
                  "snekkerarbeid, innbinding og montering. Salgsinntektene steg med {p:13,4 pst.|"
                  "Salgsinntektene} fra 1967. Det er nu 9 faste arbeidstagere ved siden av klientene."),
            ("p", "Fylket har også i år gitt tilskudd, og styret takker {g:Hedmark} fylke og "
                  "kommunene for god støtte."),
            ("bh", "REGNSKAPET.", {"size": 10}),
            ("p", "Driftsregnskapet viser et overskudd på kr 5 616,55. Styret foreslår at overskuddet "
                  "overføres til egenkapitalen."),
            ("stmt", st, {"title": "DRIFTSREGNSKAP FOR 1968"}),
            ("stmt", bal, {"title": "STATUS PR. 31. DESEMBER 1968"}),
            ("p", "{g:Hamar}, den 24. februar 1969."),
            ("tablines", [["Ingebrigt Sveen", "Aslaug Tømte", "Johan Kr. Lunde"],
                          ["formann", "viseformann", ""],
                          ["Harald Nyløkken", "Einar Fjeld", "Thorleif Kvisgaard"],
                          ["", "", "bestyrer"]], {"stops": (5.5, 11.0)}),
        ],
    }


REPORTS = [fjellreint_2004, tverrlia_il_2024, skarvheim_museum_2023, furuly_1968]
