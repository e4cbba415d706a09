"""Thirteenth held-out set, part A: an årsmøtepapirer bundle, a borettslag with a forretningsfører,
a slide deck. Organisations, people and figures are invented; places are real."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income


def rognstad_hagelag() -> dict:
    """Årsmøtepapirer: innkalling, sakliste, styrets årsberetning, regnskap, valgkomiteens innstilling
    (new candidates are not the board), signatures of the sitting board."""
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023)]
    result = Statement(
        "Resultatregnskap 2024", cols,
        income("nb", 3,
               inc=[("Medlemskontingent", "", [28400, 27000, 25350]),
                    ("Plantemarked og loddsalg", "", [19870, 15000, 16420]),
                    ("Tilskudd fra Hageselskapet", "", [6000, 6000, 5500]),
                    ("Kursavgifter", "", [7250, 8000, 4900])],
               cost=[("Foredrag og kurs", "", [13600, 15000, 9800]),
                     ("Hagebesøk og turer", "", [11920, 10000, 12340]),
                     ("Innkjøp planter og frø", "", [9430, 8000, 8760]),
                     ("Husleie møtelokale", "", [6000, 6000, 6000]),
                     ("Porto, trykking og nettside", "", [3780, 4000, 3512]),
                     ("Kontingent til Hageselskapet", "", [7100, 7000, 6340])],
               fin=[("Renteinntekter", "", [1235, 500, 612])],
               labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader",
                       "sum_cost": "Sum kostnader", "net_fin": "Netto finans"}),
        render="ruled")
    bal = Statement(
        "Balanse pr. 31.12.2024", [Col("31.12.2024", 2024), Col("31.12.2023", 2023)],
        balance("nb", 2, fixed=[],
                current=[("Kontanter", "", [1150, 820]), ("Bankinnskudd", "", "plug")],
                equity=[("Egenkapital", "", [59254, 48329])],
                long=[], short=[("Skyldige kostnader", "", [2400, 1850])],
                labels={"assets": None, "eq_debt": None, "current": None, "debt": None}),
        render="ruled")
    board = [("Torunn Bakkeli", "LEDE", None), ("Henrik Sætervang", "NEST", None),
             ("Mona Fjellheim", "MEDL", None), ("Arild Kvisten", "MEDL", None),
             ("Guri Lindset", "MEDL", None), ("Ole-Martin Brekke", "VARA", None)]
    items = [
        ("p", "Rognstad Hagelag", {"size": 22, "bold": True, "align": "center"}),
        ("p", "ÅRSMØTEPAPIRER 2025", {"size": 16, "align": "center"}),
        ("p", "Årsberetning og regnskap for 2024 · Valgkomiteens innstilling", {"align": "center"}),
        ("break",),
        ("h", 1, "Innkalling til årsmøte"),
        ("p", "Medlemmene i Rognstad Hagelag innkalles med dette til ordinært årsmøte tirsdag 11. mars 2025 "
              "kl. 19.00 i peisestua på {g:Brøttum} samfunnshus. Det blir kaffe og kake, og etter "
              "årsmøtet forteller gartner Liv Aamodt om stauder som tåler både tørke og sen frost."),
        ("p", "Forslag som medlemmene ønsker behandlet, må være styret i hende senest 25. februar, "
              "enten på e-post til post@rognstadhagelag.no eller i postkassen ved Rognstadvegen 41."),
        ("p", "Stemmerett har medlemmer som har betalt kontingent for 2024. Et medlem kan møte med "
              "skriftlig fullmakt fra ett annet medlem."),
        ("bh", "Sakliste"),
        ("ol", "Godkjenning av innkalling og sakliste"),
        ("ol", "Valg av møteleder, referent og to medlemmer til å underskrive protokollen"),
        ("ol", "Styrets årsberetning for 2024"),
        ("ol", "Regnskap for 2024 og revisorenes beretning"),
        ("ol", "Kontingent og budsjett for 2025"),
        ("ol", "Innkomne forslag"),
        ("ol", "Valg etter valgkomiteens innstilling"),
        ("p", "{g:Brøttum}, 10. februar 2025 – Styret"),
        ("break",),
        ("h", 1, "Styrets årsberetning for 2024"),
        ("bh", "Tillitsvalgte"),
        ("p", "Fra årsmøtet 2024 har styret bestått av:"),
        ("table", [["Verv", "Navn", "På valg"],
                   ["Leder", "Torunn Bakkeli", "2025"],
                   ["Nestleder", "Henrik Sætervang", "2026"],
                   ["Kasserer", "Mona Fjellheim", "2025"],
                   ["Sekretær", "Arild Kvisten", "2026"],
                   ["Styremedlem", "Guri Lindset", "2025"],
                   ["Varamedlem", "Ole-Martin Brekke", "2025"]], {"ruled": True, "widths": [4.0, 6.5, 3.0]}),
        ("p", "Revisorer har vært Jostein Haugom og Lise Nyhus. Valgkomiteen har bestått av Kjell "
              "Aasmundstad (leder), Randi Hovdhaugen og Sverre Mo."),
        ("bh", "Medlemmer"),
        ("p", "Ved utgangen av året hadde laget 142 betalende medlemmer, mot 127 året før. Det er en "
              "økning på {p:11,8 prosent|økning}, og mange av de nye er unge familier i de nye feltene på "
              "{g:Rudshøgda}."),
        ("bh", "Møter og aktiviteter"),
        ("p", "Styret har hatt sju styremøter og behandlet 41 saker. Laget har hatt to medlemsmøter med "
              "foredrag, et beskjæringskurs i april og frøbytte i februar."),
        ("li", "Plantemarkedet i mai samlet rundt 300 besøkende og ga det beste resultatet på mange år."),
        ("li", "Sommerturen gikk til hagene på {g:Hadeland} med 34 deltakere."),
        ("li", "Hagevandringene på kveldstid i juni og august ble godt besøkt."),
        ("bh", "Økonomi"),
        ("p", "Årets resultat ble et overskudd på 10 925 kroner, mot budsjettert 6 500 kroner. "
              "Egenkapitalen er ved årsskiftet 59 254 kroner. Styret mener regnskapet gir et riktig "
              "bilde av lagets stilling."),
        ("p", "Styret takker alle medlemmer som har stilt opp på dugnader og arrangementer i året som gikk."),
        ("sign", "{g:Brøttum}, 10. februar 2025",
         [("Torunn Bakkeli", "leder"), ("Henrik Sætervang", "nestleder"), ("Mona Fjellheim", "kasserer"),
          ("Arild Kvisten", "sekretær"), ("Guri Lindset", "styremedlem")], {"cols": 3}),
        ("break",),
        ("stmt", result, {"title": "Resultatregnskap 2024"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2024"}),
        ("p", "Regnskapet er revidert. Revisorenes beretning legges fram på årsmøtet.", {"italic": True}),
        ("break",),
        ("h", 1, "Valgkomiteens innstilling til årsmøtet 2025"),
        ("p", "Valgkomiteen har snakket med alle som står på valg. Torunn Bakkeli og Mona Fjellheim har "
              "frabedt seg gjenvalg. Komiteen legger fram denne innstillingen:"),
        ("table", [["Verv", "Kandidat", "Periode"],
                   ["Leder", "Henrik Sætervang (ny som leder)", "1 år"],
                   ["Nestleder", "Synnøve Grindalen (ny)", "2 år"],
                   ["Kasserer", "Petter Rustad (ny)", "2 år"],
                   ["Styremedlem", "Guri Lindset (gjenvalg)", "2 år"],
                   ["Varamedlem", "Ingrid Fossum (ny)", "1 år"]], {"ruled": True, "widths": [4.0, 7.0, 2.5]}),
        ("p", "Arild Kvisten er ikke på valg. Revisorer: gjenvalg av Jostein Haugom og Lise Nyhus."),
        ("p", "For valgkomiteen: Kjell Aasmundstad, Randi Hovdhaugen, Sverre Mo"),
    ]
    return {
        "name": "rognstad-hagelag-2024", "year": 2024, "title": "Rognstad Hagelag – årsmøtepapirer 2025",
        "organization": {"name": "Rognstad Hagelag", "email": "post@rognstadhagelag.no"},
        "ceo": None, "board": board,
        "not_board": ["Synnøve Grindalen", "Petter Rustad", "Ingrid Fossum", "Kjell Aasmundstad",
                      "Randi Hovdhaugen", "Sverre Mo", "Jostein Haugom", "Lise Nyhus", "Liv Aamodt"],
        "places_optional": ["Rognstadvegen"],
        "items": items, "renditions": ["docx", "pdf", "doc"],
        "notes": "Årsmøtepapirer bundle: notice, agenda, annual report with the sitting board (gold) and "
                 "its signatures, accounts with a budget column (optional), the valgkomité's proposal "
                 "naming new candidates (printed, not board), auditors and valgkomité (not board).",
    }


def tverrbakken_borettslag() -> dict:
    """Borettslag: forretningsfører company with a contact person (no daglig leder), board members
    with their flat numbers, statements with a Note column."""
    cols = [Col("2023", 2023), Col("2022", 2022), Col("Budsjett 2024", 2024, BUDGET)]
    res = Statement(
        "Resultatregnskap", cols,
        income("nb", 3,
               inc=[("Innkrevde felleskostnader", "2", [1844640, 1756800, 1954800]),
                    ("Andre inntekter", "", [12350, 9800, 10000])],
               cost=[("Forretningsførerhonorar", "", [86400, 83100, 89000]),
                     ("Revisjonshonorar", "", [14875, 14250, 15500]),
                     ("Styrehonorar", "3", [60000, 55000, 60000]),
                     ("Kommunale avgifter", "", [398210, 371455, 415000]),
                     ("Forsikringer", "", [121630, 109940, 130000]),
                     ("Drift og vedlikehold", "4", [418977, 356220, 380000]),
                     ("Energi og fyring", "", [162340, 241870, 190000]),
                     ("Andre driftskostnader", "", [97615, 64302, 70000])],
               fin=[("Finansinntekter", "", [18420, 4310, 10000]),
                    ("Finanskostnader", "5", [-402980, -268140, -455000])]),
        note_col="Note")
    bal = Statement(
        "Balanse pr. 31.12.2023", [Col("2023", 2023), Col("2022", 2022)],
        balance("nb", 2,
                fixed=[("Bygninger", "6", [14250000, 14250000]), ("Tomt", "6", [1800000, 1800000])],
                current=[("Kundefordringer", "", [8140, 12360]), ("Forskuddsbetalte kostnader", "", [24500, 22800]),
                         ("Driftskonto", "7", "plug")],
                equity=[("Innskutt egenkapital", "", [360000, 360000]), ("Opptjent egenkapital", "", [1153326, 1040943])],
                long=[("Pantelån Husbanken", "5", [14710450, 14892100])],
                short=[("Leverandørgjeld", "", [104220, 88750]), ("Påløpte renter", "", [40380, 27110]),
                       ("Annen kortsiktig gjeld", "", [12900, 11600])]),
        note_col="Note")
    board = [("Sigrid Haldorsen", "LEDE", None), ("Tore Kjosvik", "NEST", None), ("Amina Rashid", "MEDL", None),
             ("Bjørnar Elvebakk", "MEDL", None), ("Lene Myrvoll", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning 2023"),
        ("p", "Tverrbakken Borettslag · org.nr. 948 227 316", {"bold": True}),
        ("bh", "Generelle opplysninger"),
        ("p", "Borettslaget ligger i Tverrbakken 2–8 på {g:Tromsøya} i {g:Tromsø} kommune og består av "
              "36 andelsleiligheter i tre blokker, oppført i 1974. Tomten er eiet. Borettslaget har ikke "
              "ansatte, og det er ikke registrert skader eller ulykker i 2023."),
        ("p", "Forretningsførsel er utført av Nordlys Boligforvaltning AS etter avtale med styret. "
              "Kontaktperson hos forretningsfører er Elin Strand, telefon 77 61 24 90. Revisor er "
              "Kystlys Revisjon AS, ved statsautorisert revisor Harald Moen."),
        ("bh", "Styret"),
        ("p", "Styret har siden generalforsamlingen 19. april 2023 hatt denne sammensetningen:"),
        ("tablines", [["Styreleder", "Sigrid Haldorsen, leil. 14"],
                      ["Nestleder", "Tore Kjosvik, leil. 3"],
                      ["Styremedlem", "Amina Rashid, leil. 27"],
                      ["Styremedlem", "Bjørnar Elvebakk, leil. 9"],
                      ["Varamedlem", "Lene Myrvoll, leil. 31"]], {"stops": (4.5,)}),
        ("p", "Valgkomité: Jan Ove Pettersen, leil. 22, og Marte Søreng, leil. 6. Styret har avholdt "
              "10 styremøter og behandlet 58 saker. Av styrets medlemmer er {p:60 %|kvinner} kvinner."),
        ("bh", "Driften i 2023"),
        ("p", "Felleskostnadene ble økt med {p:5 %|felleskostnadene} fra 1. januar. Vaskeriet i blokk B er "
              "pusset opp, og utvendig maling av blokk A ble ferdig i september. Energikostnadene gikk ned "
              "etter at strømprisen falt, mens rentekostnadene økte kraftig."),
        ("p", "Årsresultatet er et overskudd på 112 383 kroner. Styret foreslår at det overføres til "
              "opptjent egenkapital. Forutsetningen om fortsatt drift er lagt til grunn."),
        ("break",),
        ("stmt", res, {"title": "Resultatregnskap 2023"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2023"}),
        ("bh", "Note 2 Innkrevde felleskostnader"),
        ("p", "Felleskostnadene er fordelt etter andelsbrøk. Fem leiligheter har individuell nedbetaling av "
              "fellesgjeld."),
        ("bh", "Note 5 Pantelån"),
        ("p", "Lånet i Husbanken har flytende rente, {p:4,9 %|rente} ved årsskiftet, og løper til 2049."),
        ("sign", "{g:Tromsø}, 6. mars 2024",
         [("Sigrid Haldorsen", "styreleder"), ("Tore Kjosvik", "nestleder"), ("Amina Rashid", "styremedlem"),
          ("Bjørnar Elvebakk", "styremedlem")], {"cols": 2}),
    ]
    return {
        "name": "tverrbakken-borettslag-2023", "year": 2023, "title": "Tverrbakken Borettslag – årsberetning 2023",
        "organization": {"name": "Tverrbakken Borettslag", "founded_year": 1974},
        "ceo": None, "board": board,
        "not_board": ["Elin Strand", "Harald Moen", "Jan Ove Pettersen", "Marte Søreng"],
        "items": items, "renditions": ["docx", "pdf"], "footer": "Tverrbakken Borettslag – årsberetning 2023",
        "notes": "Borettslag: forretningsfører company and its contact person (not a CEO: ceo null), board "
                 "with flat numbers as tab-stop lines, statements with a Note column and a budget column "
                 "(optional), valgkomité and auditor printed (not board).",
    }


def lysgardan_naeringshage() -> dict:
    """A deck exported from presentation software: one key figure a slide, the board as photo cards."""
    res = Statement(
        "Resultat 2023", [Col("2023", 2023), Col("2022", 2022)],
        income("nb", 2,
               inc=[("Offentlige tilskudd", "", [2140, 2310]), ("Prosjektinntekter", "", [1468, 1105]),
                    ("Leieinntekter", "", [506, 481])],
               cost=[("Lønnskostnader", "", [3012, 2766]), ("Andre driftskostnader", "", [961, 1004])],
               fin=[("Netto renter", "", [38, 9])],
               labels={"fin": None}, heads=False),
        unit=1000, label_header="Tall i 1000 kr")
    bal = Statement(
        "Balanse 31.12.", [Col("2023", 2023), Col("2022", 2022)],
        balance("nb", 2, fixed=[],
                current=[("Fordringer", "", [412, 355]), ("Bankinnskudd", "", "plug")],
                equity=[("Aksjekapital", "", [300, 300]), ("Annen egenkapital", "", [917, 738])],
                long=[], short=[("Leverandørgjeld", "", [188, 142]), ("Annen kortsiktig gjeld", "", [436, 511])],
                labels={"assets": None, "current": None, "eq_debt": None, "equity": None, "debt": None,
                        "short": None, "sum_current": None}, heads=False),
        unit=1000, label_header="Tall i 1000 kr")
    board = [("Øystein Bredesen", "LEDE", None), ("Kirsti Moen Haug", "NEST", None), ("Pål Røsten", "MEDL", None),
             ("Hilde Sandbakk", "MEDL", None), ("Vebjørn Tollefsen", "MEDL", None)]
    slides = [
        {"cover": "Årsrapport 2023",
         "items": [("p", "Lysgardan Næringshage AS"), ("p", "Generalforsamling 24. april 2024, {g:Tynset}")]},
        {"title": "Dette er oss",
         "items": [("li", "Næringshage for bedrifter i {g:Nord-Østerdalen} siden 2009"),
                   ("li", "Eid av 14 lokale bedrifter og {g:Tynset} kommune"),
                   ("li", "Fem ansatte med kontor i Kongsvegen 9"),
                   ("li", "Del av det nasjonale næringshageprogrammet")]},
        {"title": "Bedrifter i programmet", "big": "38", "under": "bedrifter fulgt opp i 2023 (31 i 2022)"},
        {"title": "Omsetning", "big": "4,1 mill. kr", "under": "driftsinntekter i 2023, opp fra 3,9 mill. kr"},
        {"title": "Gründere", "items": [
            ("li", "Andelen kvinnelige gründere i inkubatoren økte til {p:41 %|kvinnelige gründere}"),
            ("li", "Nye bedrifter fra {g:Alvdal}, {g:Folldal} og {g:Rendalen}"),
            ("li", "To bedrifter flyttet ut av inkubatoren etter endt løp")]},
        {"title": "Resultat 2023", "items": [("stmt", res, {"title": "Resultatregnskap"})]},
        {"title": "Balanse", "items": [("stmt", bal, {"title": "Balanse pr. 31.12."})]},
        {"title": "Styret", "people": [("Øystein Bredesen", "Styreleder"), ("Kirsti Moen Haug", "Nestleder"),
                                       ("Pål Røsten", "Styremedlem"), ("Hilde Sandbakk", "Styremedlem"),
                                       ("Vebjørn Tollefsen", "Styremedlem")]},
        {"title": "Administrasjonen", "people": [("Hanne Kvisler", "Daglig leder"),
                                                 ("Ruben Østgaard", "Rådgiver"), ("Tiril Nyeng", "Rådgiver")]},
        {"title": "Veien videre", "items": [("li", "Ny strategi for 2024–2027 vedtatt i desember"),
                                            ("li", "Mål: 45 bedrifter i program innen utgangen av 2025"),
                                            ("li", "Sterkere samarbeid med skolene om ungt entreprenørskap")]},
    ]
    return {
        "name": "lysgardan-naeringshage-2023", "year": 2023, "title": "Lysgardan Næringshage AS – årsrapport 2023",
        "organization": {"name": "Lysgardan Næringshage AS", "founded_year": 2009},
        "ceo": "Hanne Kvisler", "board": board, "not_board": ["Ruben Østgaard", "Tiril Nyeng"],
        "key_figures_optional": [{"label": "Driftsinntekter", "year": 2023, "value": 4100000},
                                 {"label": "Driftsinntekter", "year": 2022, "value": 3900000}],
        "places_optional": ["Kongsvegen"],
        "slides": slides, "slide_footer": "Lysgardan Næringshage AS · Årsrapport 2023", "accent": "2E6B4F",
        "items": [], "renditions": ["chrome"],
        "notes": "Slide deck (16:9 landscape pages printed by Chromium): big title, bullets, one key figure "
                 "a slide (rounded figures optional), small statements in thousands, the board as photo "
                 "cards with name and role under each, the administration as another slide of cards "
                 "(daglig leder is the CEO; advisers not board).",
    }


REPORTS = [rognstad_hagelag, tverrbakken_borettslag, lysgardan_naeringshage]
