"""Reports of the seventeenth held-out set (2/2): a foundation's report printed from its web CMS,
a velforening's årsberetning typed as an e-mail, and a vekstbedrift whose statements put the prior
year first with a budget column between. All organisations, people and figures are invented."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income


def holmevika():
    cols = [Col("2024", 2024), Col("2023", 2023)]
    inc = income("nn", 2,
                 [("Billettinntekter", "", [412_650, 371_920]), ("Tilskot frå kommune og fylke", "", [900_000, 850_000]),
                  ("Gåver og sponsorar", "", [143_500, 96_000]), ("Kafé og utleige", "", [228_310, 204_770])],
                 [("Løn og sosiale kostnader", "", [1_105_400, 1_031_260]), ("Drift av bygg og båtar", "", [387_920, 342_115]),
                  ("Arrangement og formidling", "", [139_780, 121_430]), ("Andre driftskostnader", "", [61_045, 58_900])],
                 fin=[("Renteinntekter", "", [9_870, 4_120])])
    bal = balance("nn", 2,
                  [("Naustbygningar", "", [1_640_000, 1_700_000])],
                  [("Kortsiktige fordringar", "", [38_400, 52_910]), ("Bankinnskot", "", "plug")],
                  [("Grunnkapital", "", [200_000, 200_000]), ("Anna eigenkapital", "", [1_813_905, 1_813_720])], [],
                  [("Leverandørgjeld", "", [57_230, 61_005]), ("Anna kortsiktig gjeld", "", [98_640, 92_175])])
    board = [("Torunn Hatlelid", "LEDE", None), ("Bjarne Sylte", "NEST", None), ("Anne Kristin Remmem", "MEDL", None),
             ("Sivert Ødegård", "MEDL", None), ("Hilde Brudeseth", "VARA", None)]
    footer = ("Stiftinga Holmevika Kystkultursenter · Holmevikvegen 12, 6390 {g:Vestnes} · "
              "Org.nr. 987 112 430 · post@holmevika.no")
    return {
        "name": "holmevika-kystkultur-2024", "year": 2024, "html_lang": "nn",
        "title": "Årsmelding 2024 – Holmevika Kystkultursenter",
        "accent": "2E6F73",
        "site": {"name": "Holmevika Kystkultursenter",
                 "menu": ["Heim", "Besøk oss", "Arrangement", "Båtane våre", "Om oss", "Kontakt", "Søk"],
                 "crumb": "Heim › Om oss › Årsmeldingar › Årsmelding 2024",
                 "meta": "Publisert 18. mars 2025 · Sist oppdatert 20. mars 2025",
                 "footer": ["Opningstider: tysdag–søndag 11–17 (juni–august)", "Følg oss på Facebook og Instagram",
                            "Personvernerklæring · Informasjonskapslar"],
                 "cookie": (["Vi bruker informasjonskapslar (cookies) for å forstå korleis nettstaden blir brukt "
                             "og for å vise innhald frå sosiale medium. Du kan sjølv velje kva du godtek."],
                            ["Godta alle", "Berre nødvendige", "Innstillingar"]),
                 "fixed_footer": footer},
        "organization": {"name": "Stiftinga Holmevika Kystkultursenter", "founded_year": 1991,
                         "address": "Holmevikvegen 12, 6390 Vestnes", "email": "post@holmevika.no"},
        "ceo": "Silje Remøy",
        "board": board,
        "not_board": ["Kåre Tomren", "Oddny Rekdal"],
        "items": [
            ("h", 1, "Årsmelding 2024"),
            ("p", "Stiftinga Holmevika Kystkultursenter vart skipa i 1991 for å ta vare på naust, båtar og "
                  "handverkskunnskap langs {g?:Romsdalsfjorden}. Senteret ligg i {g:Vestnes} og har ope for "
                  "publikum om sommaren og for skular heile året."),
            ("h", 2, "Styret"),
            ("p", "Styret er oppnemnt etter vedtektene: tre medlemmer vert valde av representantskapet, eitt "
                  "medlem vert oppnemnt av {g:Vestnes kommune|Vestnes}. Styret har hatt seks møte i 2024."),
            ("grid", [("Torunn Hatlelid", ["Styreleiar", "Vald av representantskapet"]),
                      ("Bjarne Sylte", ["Nestleiar", "Vald av representantskapet"]),
                      ("Anne Kristin Remmem", ["Styremedlem", "Vald av representantskapet"]),
                      ("Sivert Ødegård", ["Styremedlem", "Oppnemnt av kommunen"]),
                      ("Hilde Brudeseth", ["Varamedlem", "Vald av representantskapet"])], {"per_row": 3}),
            ("h", 2, "Tilsette"),
            ("grid", [("Silje Remøy", ["Dagleg leiar", "{p?:100 %} stilling"]),
                      ("Kåre Tomren", ["Formidlar og båtbyggjar", "{p?:80 %} stilling"])], {"per_row": 3}),
            ("p", "Dagleg leiar rapporterer til styret. I sesongen hadde senteret i tillegg sju sommarvikarar. "
                  "Vennelaget for Holmevika, leia av Oddny Rekdal, la ned over 1 900 dugnadstimar."),
            ("h", 2, "Aktivitet i 2024"),
            ("p", "Senteret hadde 6 840 besøkande, mot 6 115 året før, ein auke på "
                  "{p:11,9 %|ein auke på}. Skulebesøka kom frå {g:Molde}, {g:Rauma} og {g:Vestnes}. "
                  "Den restaurerte åttæringen vart sjøsett i juni og rodde til {g:Åndalsnes} under "
                  "fjordfestivalen."),
            ("p", "Om lag {p:38 prosent|dei besøkande} av dei besøkande kom frå andre land enn {g:Noreg}, flest frå "
                  "{g:Tyskland} og {g:Nederland}."),
            ("h", 2, "Økonomi"),
            ("p", "Årsresultatet vart 185 kroner. Styret meiner rekneskapen gjev eit rett bilete av stillinga "
                  "til stiftinga, og at føresetnaden om vidare drift er til stades."),
            ("stmt", Statement("Resultatrekneskap", cols, inc, label_header="Kroner")),
            ("stmt", Statement("Balanse per 31. desember", cols, bal, label_header="Kroner")),
            ("p", "{g:Vestnes}, 10. mars 2025 – styret i Stiftinga Holmevika Kystkultursenter", {"small": True}),
        ],
        "renditions": ["web"],
        "notes": "A CMS page printed by Chromium with its header and footer lines: cookie banner, menu, "
                 "breadcrumb, a footer with address and org.nr on every page; board and staff as cards; the "
                 "formidlar and the friends' association's leader are not board.",
    }


def lyngmyra():
    board = [("Henrik Aamodt", "LEDE", None), ("Guri Solbakken", "MEDL", None), ("Nils Petter Vang", "MEDL", None),
             ("Maja Rustad", "MEDL", None), ("Eldar Kopperud", "VARA", None)]
    paras = [
        "Til medlemmene i Lyngmyra Vel",
        "Hei alle sammen! Her kommer styrets årsberetning for 2023, som skal behandles på årsmøtet på "
        "grendehuset torsdag 14. mars kl. 19.00. Innkalling og regnskap ligger vedlagt.",
        "Styret har i 2023 bestått av Henrik Aamodt (leder), Guri Solbakken (kasserer), Nils Petter Vang "
        "(sekretær) og Maja Rustad (styremedlem), med Eldar Kopperud som vara. Wenche Lund gikk ut av styret "
        "ved forrige årsmøte etter seks år, og vi takker henne for innsatsen. Styret har hatt fem møter, "
        "de fleste hjemme hos kassereren.",
        "Velet ble stiftet i 1978 og har nå 118 medlemshusstander. Omtrent {p:85 prosent|husstandene} av "
        "husstandene på feltet har betalt kontingent, og det er omtrent som før.",
        "Vårdugnaden i mai samlet over 40 voksne og mange barn. Vi fikk ryddet lekeplassen, malt gjerdet "
        "ved ballbingen og kjørt bort tre tilhengerlass med hageavfall. Sankthansfeiringen ble holdt på "
        "friområdet som vanlig, og juletreet ble tent første søndag i advent.",
        "Veilyset langs Lyngmyrvegen har vært et tema hele året. Etter flere brev og et møte med "
        "{g:Ringsaker kommune|Ringsaker} har kommunen lovet å skifte til LED-armaturer i løpet av 2024. "
        "Brøytingen av stikkveiene er fortsatt velets ansvar, og avtalen med Moen Maskin fra "
        "{g:Brumunddal} er fornyet for to år.",
        "Økonomien er grei, men vi gikk litt i minus i år på grunn av ny sandkasse og nye husker. "
        "Inntektene var 57 640 kr, mot 49 915 kr året før. Utgiftene ble 61 208 kr, mot 46 330 kr i 2022, "
        "slik at årsresultatet ble et underskudd på 3 568 kr. På konto stod det 88 412 kr ved nyttår. "
        "Regnskapet er gått gjennom av Arild Hoff, som har vært velets revisor.",
        "Styret foreslår uendret kontingent på 400 kr per husstand.",
        "Takk til alle som har stilt opp i året som gikk!",
        "Vennlig hilsen",
        "Henrik Aamodt, leder i Lyngmyra Vel, for styret",
        "E-post: lyngmyravel@gmail.com",
    ]
    return {
        "name": "lyngmyra-vel-2023", "year": 2023,
        "title": "Årsberetning 2023 Lyngmyra Vel",
        "font": "Liberation Sans", "body_pt": 11,
        "plaintext": True,
        "organization": {"name": "Lyngmyra Vel", "founded_year": 1978, "email": "lyngmyravel@gmail.com"},
        "ceo": None,
        "board": board,
        "not_board": ["Wenche Lund", "Arild Hoff"],
        "places_optional": ["Lyngmyra", "Lyngmyrvegen"],
        "key_figures_optional": [{"label": "Inntekter", "year": 2023, "value": 57640},
                                 {"label": "Inntekter", "year": 2022, "value": 49915},
                                 {"label": "Utgifter", "year": 2023, "value": 61208},
                                 {"label": "Utgifter", "year": 2022, "value": 46330},
                                 {"label": "Årsresultat", "year": 2023, "value": -3568},
                                 {"label": "Bankinnskudd", "year": 2023, "value": 88412}],
        "items": [("p", text) for text in paras],
        "renditions": ["docx", "pdf"],
        "notes": "A velforening's one-page årsberetning typed as an e-mail: no headings, board named in one "
                 "sentence with roles in parentheses, figures only in the text (optional key figures); the "
                 "PDF is the plain text wrapped at 72 columns. A former member and the revisor are not board.",
    }


def tinnelva():
    years = [Col("Regnskap 2022", 2022), Col("Budsjett 2023", 2023, BUDGET), Col("Regnskap 2023", 2023)]
    inc = income("nb", 3,
                 [("Salgsinntekter", "", [6_842_310, 7_100_000, 7_215_480]),
                  ("Tilskudd VTA fra NAV", "", [7_018_560, 7_300_000, 7_296_144]),
                  ("Tilskudd AFT fra NAV", "", [4_512_900, 4_600_000, 4_486_020]),
                  ("Kommunalt tilskudd", "", [1_050_000, 1_080_000, 1_080_000]),
                  ("Andre driftsinntekter", "", [212_440, 150_000, 301_977])],
                 [("Varekostnad", "", [2_410_780, 2_500_000, 2_566_301]),
                  ("Lønn arbeidstakere VTA", "", [1_186_420, 1_250_000, 1_244_870]),
                  ("Lønn og sosiale kostnader, ansatte", "2", [11_604_215, 12_100_000, 12_020_466]),
                  ("Avskrivninger", "3", [498_300, 520_000, 512_900]),
                  ("Andre driftskostnader", "", [3_611_083, 3_560_000, 3_702_114])],
                 fin=[("Renteinntekter", "", [38_100, 40_000, 96_412]),
                      ("Rentekostnader", "", [-61_270, -60_000, -58_333])])
    result_2023 = inc[-1].values[2]
    bal = balance("nb", 2,
                  [("Tomt og bygninger", "3", [5_900_000, 5_720_000]), ("Maskiner og inventar", "3", [1_130_600, 1_212_700])],
                  [("Varelager", "", [388_150, 402_610]), ("Kundefordringer", "", [921_700, 1_030_455]),
                   ("Bankinnskudd", "", "plug")],
                  [("Aksjekapital", "", [600_000, 600_000]),
                   ("Annen egenkapital", "", [6_912_380, round(6_912_380 + result_2023, 2)])],
                  [("Pantegjeld", "4", [2_200_000, 2_050_000])],
                  [("Leverandørgjeld", "", [602_310, 588_940]), ("Skyldige offentlige avgifter", "", [1_040_775, 1_112_306]),
                   ("Annen kortsiktig gjeld", "", [1_284_000, 1_356_118])])
    board = [("Arnfinn Bjørge", "LEDE", False), ("Siri Kvaale", "NEST", False), ("Tor-Ivar Lia", "MEDL", False),
             ("Mona Eriksrud", "MEDL", True), ("Jon Olav Moen", "VARA", None)]
    return {
        "name": "tinnelva-arbeid-2023", "year": 2023,
        "title": "Tinnelva Arbeid AS – Årsrapport 2023",
        "font": "Liberation Sans", "heading_colour": "7A1F2B",
        "footer": "Tinnelva Arbeid AS – årsrapport 2023 – side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Tinnelva Arbeid AS", "founded_year": 1989,
                         "address": "Sagvegen 7, 3674 Notodden", "phone": "35 01 84 20",
                         "owners": [{"name": "Notodden kommune", "share_percent": 82.0},
                                    {"name": "Hjartdal kommune", "share_percent": 18.0}]},
        "ceo": "Heidi Strand Rue",
        "board": board,
        "not_board": ["Lars Gunnar Teigen"],
        "programs": {"VTA": 48, "AFT": 24},
        "items": [
            ("h", 1, "Årsrapport 2023"),
            ("p", "Tinnelva Arbeid AS · Sagvegen 7, 3674 {g:Notodden} · telefon 35 01 84 20"),
            ("h", 2, "Om bedriften"),
            ("p", "Tinnelva Arbeid AS ble etablert i 1989 og er en godkjent arbeids- og inkluderingsbedrift. "
                  "Bedriften eies av {g:Notodden kommune|Notodden} ({p:82 %|Notodden kommune}) og "
                  "{g:Hjartdal kommune|Hjartdal} ({p:18 %|Hjartdal kommune})."),
            ("p", "Tinnelva Arbeid har 48 plasser i varig tilrettelagt arbeid (VTA) og 24 plasser i "
                  "arbeidsforberedende trening (AFT). Arbeidstakerne jobber i snekkerverksted, vaskeri, kantine "
                  "og med vedproduksjon, og flere har arbeidspraksis i bedrifter i {g:Notodden} og på {g:Seljord}."),
            ("h", 2, "Resultater for deltakerne"),
            ("p", "Av deltakerne som avsluttet AFT i 2023, gikk {p:41 %|over til arbeid eller utdanning} over "
                  "til arbeid eller utdanning. Det er bedre enn målet i budsjettet. Alle VTA-plassene var i bruk "
                  "hele året."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2023 hatt denne sammensetningen:"),
            ("tablines", [["Styreleder", "Arnfinn Bjørge"], ["Nestleder", "Siri Kvaale"],
                          ["Styremedlem", "Tor-Ivar Lia"], ["Styremedlem (ansattvalgt)", "Mona Eriksrud"],
                          ["Varamedlem", "Jon Olav Moen"]], {"stops": [5.5]}),
            ("p", "Daglig leder er Heidi Strand Rue. Økonomiansvarlig Lars Gunnar Teigen er styrets sekretær. "
                  "Styret har hatt sju møter."),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Bedriften har 21 ansatte. Sykefraværet blant de ansatte var {p:6,8 %|sykefraværet}, mot "
                  "{p:7,5 %|sykefraværet} i 2022. Det var to mindre skader uten fravær."),
            ("h", 2, "Økonomi"),
            ("p", "Regnskapet er satt opp med fjorårets tall først, deretter budsjett og regnskap for 2023. "
                  "Styret mener forutsetningen om fortsatt drift er til stede."),
            ("stmt", Statement("Resultatregnskap", years, inc, note_col="Note", label_header="Beløp i hele kroner")),
            ("stmt", Statement("Balanse", [Col("31.12.2022", 2022), Col("31.12.2023", 2023)], bal, note_col="Note",
                               label_header="Beløp i hele kroner")),
            ("sign", "{g:Notodden}, 21. mars 2024",
             [("Arnfinn Bjørge", "styreleder"), ("Siri Kvaale", "nestleder"), ("Tor-Ivar Lia", "styremedlem"),
              ("Mona Eriksrud", "styremedlem"), ("Heidi Strand Rue", "daglig leder")], {"cols": 3}),
        ],
        "renditions": ["docx", "doc"],
        "notes": "Vekstbedrift with statements in whole kroner, the prior year's column first and the budget "
                 "between (Regnskap 2022 | Budsjett 2023 | Regnskap 2023; budget optional), the balance "
                 "31.12.2022 | 31.12.2023; board as tab-stop lines; the styrets sekretær is not board.",
    }


REPORTS = [holmevika, lyngmyra, tinnelva]
