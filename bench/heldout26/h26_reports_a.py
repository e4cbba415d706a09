"""Held-out set 26, part A: a multi-section sports club, a borettslag and a patient organisation's
county branch. Invented organisations, people and figures; real places, valid in the report's year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def storelva_il_2023() -> dict:
    """A multi-section idrettslag (bokmål, Gjerdrum): a long årsmelding with a table of contents, the
    leader's letter thanking people, hovedstyret in a table, each group's own board with its leader,
    honorary members, a kontrollutvalg, the valgkomité's proposal for 2024 and the statements far back."""
    cols = [Col("Regnskap 2023", 2023), Col("Budsjett 2023", 2023, BUDGET), Col("Regnskap 2022", 2022)]
    res = Statement("Resultatregnskap", cols, income("nb", 3, [
        ("Medlemskontingent", "", [412_350, 400_000, 389_600]),
        ("Treningsavgifter", "", [1_186_400, 1_150_000, 1_074_250]),
        ("Offentlige tilskudd og momskompensasjon", "2", [538_912, 480_000, 497_330]),
        ("Sponsorinntekter", "", [644_000, 700_000, 612_500]),
        ("Arrangementer og kiosk", "", [903_718, 850_000, 781_406]),
    ], [
        ("Lønn og sosiale kostnader", "3", [1_104_220, 1_120_000, 1_018_775]),
        ("Trenere og dommere", "", [566_480, 540_000, 512_900]),
        ("Haller og baner", "", [744_315, 760_000, 702_118]),
        ("Utstyr og drakter", "", [398_642, 420_000, 377_050]),
        ("Arrangementskostnader", "", [502_190, 470_000, 455_863]),
        ("Andre driftskostnader", "", [261_334, 250_000, 244_780]),
    ], fin=[("Finansinntekter", "", [18_406, 6_000, 4_215])], labels={"sum_inc": "Sum inntekter",
        "sum_cost": "Sum kostnader", "fin": "Finansposter", "net_fin": None, "inc": "Inntekter",
        "cost": "Kostnader"}), note_col="Note", label_header="Beløp i kroner", render="ruled")
    r = res.lines[-1].values
    bal = Statement("Balanse pr. 31.12.2023", [Col("31.12.2023", 2023), Col("31.12.2022", 2022)], balance("nb", 2,
        [("Klubbhus og lager", "4", [1_240_000, 1_305_000])],
        [("Kundefordringer", "", [86_420, 112_600]), ("Bankinnskudd", "", "plug")],
        [("Egenkapital 1.1.", "", [round(1_423_640 + r[2], 2), 1_423_640]), ("Årets resultat", "", [r[0], r[2]])],
        [("Lån Gjerdrum Sparebank", "5", [540_000, 600_000])],
        [("Leverandørgjeld", "", [142_560, 128_310]), ("Skyldige offentlige avgifter", "", [96_830, 88_420]),
         ("Annen kortsiktig gjeld", "", [64_200, 51_900])]), note_col="Note", render="ruled")
    return {
        "name": "storelva-il-2023",
        "year": 2023,
        "title": "Storelva IL årsmelding 2023",
        "header": "Storelva Idrettslag  ·  Årsmelding 2023",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "font": "Liberation Sans",
        "organization": {"name": "Storelva Idrettslag", "founded_year": 1946, "email": "post@storelva-il.no",
                         "website": "www.storelva-il.no"},
        "ceo": "Marianne Tveter Haugli",
        "board": [("Øystein Brenden", "LEDE", None), ("Hilde Skjæran", "NEST", None),
                  ("Kjetil Moen Aasland", "MEDL", None), ("Ragnhild Sæther", "MEDL", None),
                  ("Tarjei Bolstad", "MEDL", None), ("Maren Olsrud", "VARA", None), ("Fredrik Engebakken", "VARA", None)],
        "not_board": ["Jon-Arne Vestli", "Siv Kristin Dæhli", "Ole Petter Rud", "Lene Grønvold", "Gunnar Tømte",
                      "Anne Berit Hval", "Terje Mørkved", "Solveig Narum", "Per Kristian Lier", "Eirik Holter",
                      "Ingrid Fladeby", "Morten Ask", "Torunn Bakke", "Kari Anne Slettebø", "Henrik Sørbøl",
                      "Berit Lynnebakken", "Jonas Hagelund", "Amalie Torp", "Kristin Bøe Alme", "Anders Skogli",
                      "Nina Roen"],
        "renditions": ["docx", "pdf"],
        "notes": "Long report: the hovedstyret table is on page 3 after the letter and TOC; group boards each "
                 "with a leader (not hovedstyret), honorary members, kontrollutvalg, valgkomité's proposal "
                 "for 2024 (not board); daglig leder in 60 % position (ceo). Budget column optional.",
        "items": [
            ("h", 1, "Årsmelding 2023"),
            ("p", "Storelva Idrettslag – stiftet 1946 – {g:Gjerdrum} kommune", {"italic": True}),
            ("p", "Årsmøtet holdes torsdag 14. mars 2024 kl. 19.00 i klubbhuset på Storelva stadion."),
            ("p", "post@storelva-il.no  ·  www.storelva-il.no", {"size": 9}),
            ("toc", [("Leder har ordet", 2), ("Hovedstyret og organisasjon", 3), ("Medlemmer", 4),
                     ("Fotballgruppa", 5), ("Skigruppa", 6), ("Håndballgruppa", 6), ("Turngruppa", 7),
                     ("Anlegg", 7), ("Økonomi", 8), ("Regnskap 2023", 9), ("Valg", 11)], {"title": "Innhold"}),
            ("break",),
            ("h", 2, "Leder har ordet"),
            ("p", "2023 ble et år med rekordmange aktive barn og unge i klubben. Aldri før har så mange "
                  "løpt, gått på ski, kastet ball og turnet i Storelva-drakta, og det er dugnadsgjengen som "
                  "gjør det mulig. Hallkapasiteten er fortsatt for liten, og vi har brukt mye tid på dialog "
                  "med kommunen om tider i Gjerdrumshallen og på den nye kunstgressbanen ved {g?:Ask}."),
            ("p", "Jeg vil takke kultursjef Jon-Arne Vestli i {g:Gjerdrum} kommune for et godt samarbeid om "
                  "anleggsplanen, og Siv Kristin Dæhli i Gjerdrum Sparebank for at banken også i år sto bak "
                  "både skiskolen og sommerleiren. En særlig takk til Ole Petter Rud, som etter tolv år som "
                  "kioskansvarlig har gitt stafettpinnen videre."),
            ("p", "Regnskapet viser et overskudd på 126 605 kroner mot budsjettert 26 000 kroner. "
                  "Hovedstyret foreslår at overskuddet tillegges egenkapitalen."),
            ("p", "Øystein Brenden\nleder", {"italic": True}),
            ("break",),
            ("h", 2, "Hovedstyret og organisasjon"),
            ("p", "Hovedstyret har i 2023 hatt følgende sammensetning:"),
            ("table", [["Verv", "Navn", "Valgt til"],
                       ["Leder", "Øystein Brenden", "2024"],
                       ["Nestleder", "Hilde Skjæran", "2025"],
                       ["Økonomiansvarlig", "Kjetil Moen Aasland", "2024"],
                       ["Styremedlem", "Ragnhild Sæther", "2025"],
                       ["Styremedlem (ungdomsrepresentant)", "Tarjei Bolstad", "2024"],
                       ["Varamedlem", "Maren Olsrud", "2024"],
                       ["Varamedlem", "Fredrik Engebakken", "2024"]],
             {"ruled": True, "shade_header": "DCE6F0", "widths": [6.0, 6.0, 3.0]}),
            ("p", "Hovedstyret har hatt 10 styremøter og behandlet 84 saker. Gruppelederne møter i "
                  "hovedstyrets utvidede møter to ganger i året, men er ikke medlemmer av hovedstyret."),
            ("p", "Daglig leder Marianne Tveter Haugli er ansatt i en {p:60 %|daglig leder} stilling og er "
                  "hovedstyrets sekretær. Klubben har i tillegg en sportslig koordinator i fotballgruppa på "
                  "timebasis."),
            ("bh", "Kontrollutvalg"),
            ("p", "Lene Grønvold (leder) og Gunnar Tømte. Revisor er Romerike Revisjon AS ved statsautorisert "
                  "revisor Anne Berit Hval."),
            ("bh", "Æresmedlemmer"),
            ("p", "Terje Mørkved (utnevnt 1996), Solveig Narum (2004) og Per Kristian Lier (2019)."),
            ("break",),
            ("h", 2, "Medlemmer"),
            ("p", "Ved utgangen av året hadde klubben 1 214 medlemmer, en økning på {p:6,8 %|økning} fra 2022. "
                  "Andelen jenter og kvinner er {p:44 %|jenter og kvinner}, og {p:71 %|under 20 år} av "
                  "medlemmene er under 20 år."),
            ("table", [["Aldersgruppe", "2023", "2022", "Andel 2023"],
                       ["0–5 år", "96", "88", "{p:7,9 %}"],
                       ["6–12 år", "488", "452", "{p:40,2 %}"],
                       ["13–19 år", "278", "259", "{p:22,9 %}"],
                       ["20–25 år", "61", "64", "{p:5,0 %}"],
                       ["Over 25 år", "291", "274", "{p:24,0 %}"],
                       ["Sum", "1 214", "1 137", "{p?:100 %}"]],
             {"ruled": True, "shade_header": "DCE6F0"}),
            ("break",),
            ("h", 2, "Fotballgruppa"),
            ("p", "Styret i fotballgruppa: Eirik Holter (leder), Ingrid Fladeby (sportslig leder), "
                  "Morten Ask (kasserer) og Torunn Bakke (dommeransvarlig)."),
            ("p", "Gruppa hadde 31 lag i seriespill i regi av Norges Fotballforbund, {g?:Akershus} krets, og "
                  "arrangerte Storelva Cup med 146 lag. Seniorlaget rykket opp til 5. divisjon."),
            ("h", 2, "Skigruppa"),
            ("p", "Leder: Kari Anne Slettebø. Skiskolen samlet 118 barn, og gruppa arrangerte "
                  "karusellrenn hver tirsdag fra januar til mars. Lysløypa ble rustet opp med nye "
                  "LED-armaturer, som gir et lavere strømforbruk."),
            ("h", 2, "Håndballgruppa"),
            ("p", "Leder: Henrik Sørbøl. Gruppa hadde 14 lag og et treningstilbud for "
                  "håndballskole, til sammen 212 spillere."),
            ("h", 2, "Turngruppa"),
            ("p", "Leder: Berit Lynnebakken. Turngruppa hadde venteliste hele året og har fått "
                  "to nye hjelpetrenere gjennom trenerkurset i {g:Lillestrøm}."),
            ("h", 2, "Anlegg"),
            ("p", "Det ble lagt ned om lag 3 100 dugnadstimer på anleggene. Spillemidlene til nytt "
                  "garderobebygg er innvilget, og bygging starter våren 2024."),
            ("break",),
            ("h", 2, "Økonomi"),
            ("p", "Inntektene økte med {p:9,8 %|inntektene økte}, mest på grunn av flere aktive og et godt "
                  "år for cupen. Treningsavgiftene utgjør {p:32 %|treningsavgiftene utgjør} av inntektene. "
                  "Klubben har en sunn økonomi og en egenkapital på om lag 1,6 millioner kroner."),
            ("stmt", res, {"title": "Resultatregnskap 2023"}),
            ("stmt", bal, {"title": "Balanse"}),
            ("p", "Note 1 Regnskapsprinsipper: Regnskapet er ført etter god regnskapsskikk for små "
                  "foreninger. Note 2: Momskompensasjon 211 380 kroner. Note 3: Én ansatt. Note 4: "
                  "Klubbhuset avskrives over 20 år. Note 5: Lånet nedbetales med 60 000 kroner i året.",
             {"size": 8.5}),
            ("sign", "{g:Gjerdrum}, 15. februar 2024", [("Øystein Brenden", "leder"), ("Hilde Skjæran", "nestleder"),
                                                   ("Kjetil Moen Aasland", "økonomiansvarlig"),
                                                   ("Ragnhild Sæther", "styremedlem"),
                                                   ("Tarjei Bolstad", "styremedlem")], {"cols": 3}),
            ("break",),
            ("h", 2, "Valg"),
            ("p", "Valgkomiteens innstilling til årsmøtet 2024:"),
            ("table", [["Verv", "Kandidat", "Periode"],
                       ["Leder", "Hilde Skjæran", "1 år"],
                       ["Nestleder", "Jonas Hagelund", "2 år"],
                       ["Styremedlem", "Kjetil Moen Aasland", "gjenvalg, 2 år"],
                       ["Varamedlem", "Amalie Torp", "1 år"],
                       ["Varamedlem", "Maren Olsrud", "gjenvalg, 1 år"]],
             {"ruled": False}),
            ("p", "Valgkomiteen: Kristin Bøe Alme (leder), Anders Skogli og Nina Roen."),
        ],
        "not_places": ["Gjerdrum Sparebank", "Romerike Revisjon"],
    }


def solsletta_borettslag_2016() -> dict:
    """A borettslag (bokmål, Trondheim): the årsberetning inside the generalforsamling papers, the board
    in tab lines with its periods, the forretningsfører firm and its contact, the vaktmester, the
    felleskostnader rise, last year's board mentioned, the valgkomité's proposals."""
    cols = [Col("Regnskap 2016", 2016), Col("Regnskap 2015", 2015), Col("Budsjett 2017", None, BUDGET)]
    res = Kroner("Resultatregnskap", cols, income("nb", 3, [
        ("Innkrevde felleskostnader", "", [3_412_800, 3_297_600, 3_532_200]),
        ("Andre driftsinntekter", "", [48_500, 44_100, 45_000]),
    ], [
        ("Styrehonorar", "", [96_000, 92_000, 96_000]),
        ("Forretningsførerhonorar", "", [118_640, 115_200, 121_000]),
        ("Revisjonshonorar", "", [18_750, 18_125, 19_500]),
        ("Kommunale avgifter", "", [842_316, 816_940, 870_000]),
        ("Forsikring", "", [176_205, 168_910, 182_000]),
        ("Drift og vedlikehold", "", [906_432, 1_124_587, 950_000]),
        ("Energi og fyring", "", [312_608, 298_455, 320_000]),
        ("Avskrivninger", "", [52_000, 52_000, 52_000]),
        ("Andre driftskostnader", "", [141_870, 133_506, 140_000]),
    ], fin=[("Finansinntekter", "", [12_406, 15_880, 10_000]), ("Finanskostnader", "", [-664_512, -702_334, -640_000])],
        labels={"cost": "Driftskostnader"}), render="unruled")
    r = res.lines[-1].values
    bal = Kroner("Balanse", [Col("2016", 2016), Col("2015", 2015)], balance("nb", 2,
        [("Bygninger og tomt", "", [48_600_000, 48_600_000]), ("Tekniske anlegg", "", [416_000, 468_000])],
        [("Restanser på felleskostnader", "", [21_600, 14_400]), ("Bankinnskudd", "", "plug")],
        [("Innskutt egenkapital", "", [1_380_000, 1_380_000]), ("Opptjent egenkapital", "", [round(-2_260_301 + r[0], 2), -2_260_301])],
        [("Pantelån Husbanken", "", [21_866_400, 22_694_800]), ("Borettsinnskudd", "", [28_344_000, 28_344_000])],
        [("Leverandørgjeld", "", [211_840, 183_070]), ("Påløpte renter", "", [57_310, 61_405])]),
        render="unruled")
    return {
        "name": "solsletta-borettslag-2016",
        "year": 2016,
        "title": "Solsletta Borettslag – innkalling og årsberetning 2016",
        "header": "Solsletta Borettslag – Generalforsamling 2017",
        "footer": "{PAGE}",
        "footer_align": "right",
        "font": "DejaVu Serif",
        "organization": {"name": "Solsletta Borettslag", "founded_year": 1971, "address": "Sollibakken 12"},
        "ceo": None,
        "board": [("Geir Arne Lykke", "LEDE", None), ("Wenche Fossum", "NEST", None),
                  ("Ahmed Rashid", "MEDL", None), ("Liv Torill Sandvik", "MEDL", None),
                  ("Stian Granmo", "MEDL", None), ("Bente Aune", "VARA", None), ("Pål Hegvik", "VARA", None)],
        "not_board": ["Rune Haldorsen", "Anita Klæbo", "Kåre Fiskvik", "Tone Vikan", "Helge Rønning"],
        "renditions": ["docx", "doc"],
        "notes": "Board as tab lines with 'På valg' year; the previous chair who stepped down at the 2016 "
                 "meeting (not board); forretningsfører firm's contact and the vaktmester (not board); "
                 "valgkomité and its proposals (not board). No daglig leder. Budget column optional.",
        "items": [
            ("bh", "INNKALLING TIL ORDINÆR GENERALFORSAMLING I SOLSLETTA BORETTSLAG", {"size": 13}),
            ("p", "Ordinær generalforsamling holdes tirsdag 25. april 2017 kl. 18.30 i fellesrommet, "
                  "Sollibakken 12, {g:Trondheim}."),
            ("p", "Til behandling foreligger:"),
            ("ol", "Konstituering: valg av møteleder, referent og to andelseiere til å underskrive protokollen"),
            ("ol", "Årsberetning og årsregnskap for 2016"),
            ("ol", "Godtgjørelse til styret"),
            ("ol", "Forslag fra styret: utskifting av balkongrekkverk"),
            ("ol", "Valg av tillitsvalgte"),
            ("p", "{g:Trondheim}, 28. mars 2017. Styret", {"italic": True}),
            ("break",),
            ("h", 1, "Årsberetning 2016"),
            ("h", 2, "Tillitsvalgte"),
            ("p", "Styret har etter generalforsamlingen 26. april 2016 bestått av:"),
            ("tablines", [["Styreleder", "Geir Arne Lykke", "På valg 2017"],
                          ["Nestleder", "Wenche Fossum", "På valg 2018"],
                          ["Styremedlem", "Ahmed Rashid", "På valg 2017"],
                          ["Styremedlem", "Liv Torill Sandvik", "På valg 2018"],
                          ["Styremedlem", "Stian Granmo", "På valg 2017"],
                          ["Varamedlem", "Bente Aune", "På valg 2017"],
                          ["Varamedlem", "Pål Hegvik", "På valg 2017"]], {"stops": (4.5, 10.5)}),
            ("p", "Rune Haldorsen gikk ut av styret ved generalforsamlingen i 2016 etter seks år som "
                  "styreleder. Styret takker for innsatsen."),
            ("p", "Valgkomiteen har bestått av Anita Klæbo og Kåre Fiskvik."),
            ("h", 2, "Forretningsførsel og revisjon"),
            ("p", "Forretningsfører er Nidaros Boligforvaltning AS, kontaktperson Tone Vikan. Revisor er "
                  "Sentrum Revisjon AS. Vaktmestertjenesten utføres av Helge Rønning etter avtale."),
            ("h", 2, "Opplysninger om borettslaget"),
            ("p", "Solsletta Borettslag ble stiftet i 1971 og har 72 andelsleiligheter fordelt på fire blokker på "
                  "Solsletta i bydelen {g?:Tiller}. Borettslaget har ingen ansatte. Styret har hatt 11 møter."),
            ("p", "Borettslaget har som mål å være et godt sted å bo for alle. Av styrets medlemmer er "
                  "tre kvinner og fire menn, medregnet varamedlemmene."),
            ("h", 2, "Drift og vedlikehold"),
            ("p", "Fasaden på blokk C er etterisolert og malt, og det er lagt ny asfalt på parkeringsplassen. "
                  "Drifts- og vedlikeholdskostnadene ble {p:19,4 %|vedlikeholdskostnadene} lavere enn i 2015, "
                  "da vinduene i blokk A og B ble skiftet."),
            ("h", 2, "Økonomi"),
            ("p", "Årsresultatet er et overskudd på 144 373 kroner. Felleskostnadene ble økt med "
                  "{p:3,5 %|felleskostnadene ble økt} fra 1. januar 2016, og styret har vedtatt en ny økning på "
                  "{p:3,0 %|ny økning} fra 1. januar 2017. Lånet i Husbanken har flytende rente, "
                  "{p:1,85 %|flytende rente} ved utgangen av året."),
            ("p", "Fellesgjeldens andel per leilighet fremgår av oversikten hos forretningsfører. Om lag "
                  "{p:24 %|felleskostnadene går til renter og avdrag} av felleskostnadene går til renter og avdrag."),
            ("stmt", res, {"title": "Resultatregnskap 2016"}),
            ("stmt", bal, {"title": "Balanse per 31.12.2016"}),
            ("sign", "{g:Trondheim}, 28. mars 2017", [("Geir Arne Lykke", "Styreleder"), ("Wenche Fossum", "Nestleder"),
                                                 ("Ahmed Rashid", "Styremedlem"), ("Liv Torill Sandvik", "Styremedlem"),
                                                 ("Stian Granmo", "Styremedlem")], {"cols": 3}),
            ("break",),
            ("h", 2, "Sak 5: Valg av tillitsvalgte"),
            ("p", "Valgkomiteen foreslår:"),
            ("li", "Styreleder for 2 år: Wenche Fossum"),
            ("li", "Styremedlem for 2 år: Ahmed Rashid (gjenvalg)"),
            ("li", "Styremedlem for 2 år: Marius Lien Stokke"),
            ("li", "Varamedlemmer for 1 år: Bente Aune (gjenvalg) og Sigrid Moe"),
            ("p", "Nestleder Wenche Fossum er foreslått som ny styreleder. Hennes plass som styremedlem "
                  "ut perioden velges ved suppleringsvalg."),
        ],
    }


def nyreforbund_nordland_2019() -> dict:
    """A patient organisation's county branch (bokmål, Nordland): a long årsmelding with the fylkesstyret
    on page 4 in a typed list, the lokallag leaders listed with their lag, the national president as
    guest, the likepersoner and the fylkessekretær (ceo), a budget-beside-actuals statement."""
    cols = [Col("Regnskap 2019", 2019), Col("Budsjett 2019", 2019, BUDGET), Col("Regnskap 2018", 2018)]
    res = Statement("Resultatregnskap", cols, income("nb", 3, [
        ("Driftstilskudd fra forbundet", "", [185_000, 185_000, 180_000]),
        ("Tilskudd fylkeskommunen", "", [60_000, 60_000, 55_000]),
        ("Prosjekttilskudd Stiftelsen Dam", "", [148_500, 150_000, 0]),
        ("Kurs- og deltakeravgifter", "", [52_350, 60_000, 47_800]),
        ("Gaver og grasrotandel", "", [23_912, 15_000, 19_440]),
    ], [
        ("Lønn fylkessekretær", "", [236_410, 240_000, 228_960]),
        ("Reise og opphold", "", [88_744, 95_000, 79_230]),
        ("Kurs og likepersonsarbeid", "", [104_330, 110_000, 61_025]),
        ("Kontorhold", "", [21_600, 22_000, 20_880]),
        ("Andre kostnader", "", [9_845, 8_000, 7_512]),
    ], fin=[("Renteinntekter", "", [1_283, 1_000, 1_107])]), thousands=".", label_header="", render="unruled")
    r = res.lines[-1].values
    bal = Statement("Balanse", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)], balance("nb", 2, [],
        [("Fordringer", "", [12_000, 8_500]), ("Bank", "", "plug")],
        [("Egenkapital", "", [round(165_505 + r[2], 2), 165_505]), ("Årets resultat", "", [r[0], r[2]])],
        [],
        [("Ubrukte prosjektmidler", "", [36_000, 0]), ("Skyldig feriepenger og skatt", "", [31_420, 29_880])],
        sum_debt=False), thousands=".", render="unruled")
    return {
        "name": "nyreforbund-nordland-2019",
        "year": 2019,
        "title": "Landsforeningen for Nyre- og Dialysepasienter Nordland – årsmelding 2019",
        "header": "LNDP Nordland fylkeslag",
        "footer": "Årsmelding 2019 – side {PAGE}",
        "font": "Liberation Serif",
        "body_pt": 11,
        "organization": {"name": "LNDP Nordland fylkeslag", "email": "nordland@lndp.no",
                         "address": "Storgata 41"},
        "ceo": "Trude Kaspersen",
        "board": [("Arvid Hanssen", "LEDE", None), ("Elin Margrethe Pettersen", "NEST", None),
                  ("Roy Kristiansen", "MEDL", None), ("Grete Karlsen Nystad", "MEDL", None),
                  ("Bjørnar Solbakk", "MEDL", None), ("Hanne Jakobsen", "VARA", None),
                  ("Oddvar Steiro", "VARA", None)],
        "not_board": ["Anne-Lise Hoel", "Jostein Ravn", "Marit Strøm Olaussen", "Kenneth Bergvik",
                      "Synnøve Nilsen", "Leif Arnesen", "Tor Einar Ulvang", "Ingebjørg Nordvik", "Steinar Hagen",
                      "Gunn Bente Laksosnes"],
        "renditions": ["pdf", "doc"],
        "notes": "Long report: fylkesstyret in typed lines on page 4; the former leader (left at the 2019 "
                 "meeting), the national chair (guest), the lokallag leaders in a table and the valgkomité "
                 "are not board; the fylkessekretær is the branch's employee who runs it (ceo).",
        "items": [
            ("p", "Landsforeningen for Nyre- og Dialysepasienter", {"size": 12, "align": "center"}),
            ("bh", "{g:Nordland} fylkeslag – Årsmelding 2019", {"size": 20}),
            ("p", "Behandlet på fylkesårsmøtet på {g:Fauske} 21. mars 2020", {"align": "center", "italic": True}),
            ("photo", 6, 5, "Deltakere på likepersonskurset i {g:Mo i Rana}, oktober 2019."),
            ("toc", [("Fylkeslederen har ordet", 2), ("Om fylkeslaget", 3), ("Tillitsvalgte og ansatte", 4),
                     ("Lokallagene", 5), ("Likepersonsarbeid", 6), ("Prosjekt «Nyrevenn»", 6),
                     ("Interessepolitisk arbeid", 7), ("Regnskap og balanse", 8)], {"title": "Innhold"}),
            ("break",),
            ("h", 1, "Fylkeslederen har ordet"),
            ("p", "Kjære medlemmer! Året 2019 har vært et travelt og godt år for fylkeslaget. Vi har fått "
                  "på plass et nytt kurstilbud for pårørende og fått prosjektmidler til «Nyrevenn», og vi har "
                  "hatt flere møter med Nordlandssykehuset om dialysetilbudet i {g:Lofoten} og {g:Vesterålen}."),
            ("p", "Tusen takk til Anne-Lise Hoel, som ledet fylkeslaget i seks år før hun takket for seg på "
                  "årsmøtet i mars. Takk også til forbundsleder Jostein Ravn, som besøkte oss på årsmøtet og "
                  "fortalte om arbeidet med ny pasientforløp for nyresyke."),
            ("p", "Arvid Hanssen, fylkesleder", {"italic": True}),
            ("break",),
            ("h", 1, "Om fylkeslaget"),
            ("p", "Fylkeslaget er et ledd i Landsforeningen for Nyre- og Dialysepasienter og har fem lokallag "
                  "i {g:Nordland}. Fylkeslaget hadde 612 medlemmer ved årsskiftet, mot 588 året før. "
                  "Av medlemmene er {p:58 %|pasienter} pasienter eller transplanterte og {p:42 %|pårørende og støttemedlemmer} "
                  "pårørende og støttemedlemmer."),
            ("p", "Fylkeslagets kontor ligger i Storgata 41 i {g:Bodø}, i samme bygg som de andre "
                  "brukerorganisasjonene i byen. E-post: nordland@lndp.no."),
            ("table", [["Medlemmer", "2019", "2018", "Endring"],
                       ["Hovedmedlemmer", "437", "421", "{p:3,8 %}"],
                       ["Familiemedlemmer", "98", "94", "{p:4,3 %}"],
                       ["Støttemedlemmer", "77", "73", "{p:5,5 %}"],
                       ["Totalt", "612", "588", "{p:4,1 %}"]], {"ruled": True, "shade_header": "E5EEE5"}),
            ("break",),
            ("h", 1, "Tillitsvalgte og ansatte"),
            ("p", "Fylkesstyret etter årsmøtet 23. mars 2019:"),
            ("tablines", [["Fylkesleder", "Arvid Hanssen", "{g:Bodø}"],
                          ["Nestleder", "Elin Margrethe Pettersen", "{g?:Narvik}"],
                          ["Sekretær", "Roy Kristiansen", "{g?:Vefsn}"],
                          ["Kasserer", "Grete Karlsen Nystad", "{g:Bodø}"],
                          ["Styremedlem", "Bjørnar Solbakk", "{g?:Vestvågøy}"],
                          ["1. vara", "Hanne Jakobsen", "{g?:Sortland}"],
                          ["2. vara", "Oddvar Steiro", "{g?:Rana}"]], {"stops": (4.0, 10.5)}),
            ("p", "Fylkesstyret har hatt seks styremøter, to av dem på Teams, og behandlet 47 saker."),
            ("p", "Valgkomité: Marit Strøm Olaussen (leder) og Kenneth Bergvik. Revisor: Synnøve Nilsen."),
            ("p", "Fylkessekretær Trude Kaspersen er ansatt i {p:50 %|fylkessekretær} stilling og har den daglige "
                  "driften av fylkeslaget. Hun er ansatt av forbundet og har kontorplass i {g:Bodø}."),
            ("break",),
            ("h", 1, "Lokallagene"),
            ("p", "Lokallagene er selvstendige med egne styrer. Lederne per 31.12.2019:"),
            ("table", [["Lokallag", "Leder", "Medlemmer"],
                       ["{g:Bodø} og omegn", "Leif Arnesen", "214"],
                       ["{g?:Ofoten}", "Tor Einar Ulvang", "118"],
                       ["{g?:Helgeland}", "Ingebjørg Nordvik", "131"],
                       ["{g:Lofoten} og {g:Vesterålen}", "Steinar Hagen", "96"],
                       ["{g?:Salten} indre", "Gunn Bente Laksosnes", "53"]], {"ruled": True}),
            ("p", "Lokallagene har til sammen hatt 38 medlemsmøter og turer, med i snitt 19 deltakere."),
            ("break",),
            ("h", 1, "Likepersonsarbeid"),
            ("p", "Fylkeslaget har 14 godkjente likepersoner. Det ble registrert 226 samtaler, og "
                  "{p:61 %|samtalene skjedde på telefon} av samtalene skjedde på telefon. Nordlandssykehuset "
                  "formidler kontakt fra dialyseavdelingene i {g:Bodø}, {g:Gravdal} og {g:Vesterålen}."),
            ("h", 2, "Prosjekt «Nyrevenn»"),
            ("p", "Prosjektet har fått 148 500 kroner fra Stiftelsen Dam og skal gi unge nyresyke en "
                  "fast kontakt. Prosjektleder er fylkessekretæren. Prosjektet fortsetter i 2020."),
            ("h", 1, "Interessepolitisk arbeid"),
            ("p", "Fylkeslaget har brukerrepresentanter i brukerutvalgene ved Nordlandssykehuset og "
                  "Helgelandssykehuset, og har gitt innspill til fylkeskommunens reisetilbud for "
                  "dialysepasienter. Egenandelen på pasientreiser har økt med {p:2,6 %|egenandelen på pasientreiser}."),
            ("break",),
            ("h", 1, "Regnskap og balanse"),
            ("stmt", res, {"title": "Resultatregnskap 2019"}),
            ("stmt", bal, {"title": "Balanse 31.12.2019"}),
            ("p", "Regnskapet er revidert, se revisors beretning."),
            ("sign", "{g:Bodø}, 14. februar 2020", [("Arvid Hanssen", "fylkesleder"), ("Elin Margrethe Pettersen", "nestleder"),
                                               ("Roy Kristiansen", "sekretær"), ("Grete Karlsen Nystad", "kasserer"),
                                               ("Bjørnar Solbakk", "styremedlem")], {"cols": 3}),
        ],
    }


REPORTS = [storelva_il_2023, solsletta_borettslag_2016, nyreforbund_nordland_2019]
