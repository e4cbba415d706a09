"""Reports of the sixteenth held-out set, part A: a 1976 stencil, a boligbyggelag, a skiskytterkrets.
All organisations, people and figures are invented; places are real municipalities and villages."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def lomsdalen_skogeierlag_1976() -> dict:
    """A forest owners' lag's årsmelding typed on a stencil and run off on a duplicator; the copy was
    corrected by hand before it was handed out, then scanned badly decades later."""
    cols = [Col("1976", 1976), Col("1975", 1975)]
    lines = income("nb", 2,
                   inc=[("Kontingent", "", [6120, 5940]), ("Provisjon tømmersalg", "", [48315, 41770]),
                        ("Tilskudd fra skogselskapet", "", [4000, 3500])],
                   cost=[("Godtgjørelse formann og kasserer", "", [5400, 5000]),
                         ("Kurs og ekskursjoner", "", [9862, 7415]), ("Plantekjøp for videresalg", "", [27390, 24880]),
                         ("Porto, trykksaker og kontorhold", "", [2214, 1896])],
                   fin=[("Renter bank", "", [1186, 974])],
                   labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum utgifter", "cost": "Utgifter",
                           "inc": "Inntekter", "op": "Driftsoverskudd", "net_fin": None,
                           "fin": None, "result": "Årets overskudd"})
    st = Statement("Regnskap for 1976", cols, lines, thousands=".", label_header="Kr.", render="unruled")
    board = [("Halvor Tangen", "LEDE", None), ("Johan Skjærvik", "NEST", None), ("Mathias Lunde", "MEDL", None),
             ("Reidun Hovde", "MEDL", None), ("Torleif Grønvold", "MEDL", None),
             ("Asbjørn Kveen", "VARA", None), ("Olga Stensrud", "VARA", None)]
    items = [
        ("p", "LOMSDALEN SKOGEIERLAG", {"bold": True, "align": "center", "size": 13}),
        ("p", "Å r s m e l d i n g   f o r   1 9 7 6", {"align": "center"}),
        ("p", "(Framlagt på årsmøtet på Lomsdal skole 12. mars 1977)", {"align": "center", "size": 9}),
        ("uh", "Styret og tillitsmenn"),
        ("p", "Styret har i 1976 bestått av:"),
        ("tablines", [["Formann", "Halvor Tangen", "{g:Grue Finnskog|Grue}"], ["Nestformann", "Johan Skjærvik", "Svullrya"],
                      ["Sekretær", "Mathias Lunde", "Lomsdalen"], ["Kasserer", "Reidun Hovde", "Lomsdalen"],
                      ["Styremedlem", "Torleif Grønvold", "{g:Kirkenær}"],
                      ["Varamenn", "Asbjørn Kveen og Olga Stensrud", ""]], {"stops": (4.0, 9.5)}),
        ("p", "Revisorer har vært Kristian Bekkevold og Signe Morken. Valgkomiteen: Peder Ålbu (formann), "
              "Ingvald Tørmoen og Marit Hovdesletta."),
        ("uh", "Møter"),
        ("p", "Det er holdt 7 styremøter og behandlet 38 saker. Formannen har møtt på representantskapsmøtet "
              "i Glommen Skogeierforening på {g:Elverum} i april."),
        ("uh", "Medlemmer"),
        ("fix", "Ved årsskiftet hadde laget ", "131", "137", " medlemmer mot 129 året før. Kontingenten har vært "
                "kr. 45,- pr. medlem."),
        ("uh", "Tømmeromsetning"),
        ("fix", "Gjennom laget er det i 1976 omsatt ", "9.420", "9.240", " m3 tømmer, en nedgang på "
                "{p:3 %|nedgang} fra året før. Gran utgjorde {p:81 %|gran} av kvantumet."),
        ("p", "Laget har solgt 61.500 planter, de fleste til høstplanting i {g:Vermundsjø}-området. "
              "Ungskogpleie er utført på 212 dekar."),
        ("uh", "Kurs og ekskursjoner"),
        ("p", "Motorsagkurs ble holdt på Lomsdal skole i februar med 14 deltakere. Ekskursjonen gikk i juni til "
              "Skogbrukets kursinstitutt på {g:Biri} med 31 deltakere."),
        ("stmt", st, {"title": "Regnskap for 1976"}),
        ("fixcell", "48.135", "48.315"),
        ("p", "Laget hadde pr. 31.12.76 kr. 19.874,- på konto i Grue Sparebank."),
        ("sign", "Lomsdalen, 14. februar 1977",
         [("Halvor Tangen", "formann"), ("Johan Skjærvik", ""), ("Mathias Lunde", ""),
          ("Reidun Hovde", ""), ("Torleif Grønvold", "")], {"cols": 3}),
    ]
    return {
        "name": "lomsdalen-skogeierlag-1976", "year": 1976, "title": "Lomsdalen Skogeierlag – Årsmelding 1976",
        "organization": {"name": "Lomsdalen Skogeierlag"},
        "ceo": None, "board": board,
        "not_places": ["Grue Sparebank"],
        "not_board": ["Kristian Bekkevold", "Signe Morken", "Peder Ålbu", "Ingvald Tørmoen", "Marit Hovdesletta"],
        "places_optional": ["Svullrya", "Lomsdalen", "Lomsdal"],
        "font": "DejaVu Sans Mono", "body_pt": 10, "margin_mm": 24, "author": "",
        "items": items, "renditions": ["stencil"],
        "notes": "1976 stencil (mimeograph) scanned: typewriter font, underlined headings, board as tab lines "
                 "(Formann/Nestformann/Sekretær/Kasserer/Varamenn), two figures corrected by hand in the text "
                 "and one in the statement (struck figure, the right one written beside it); revisors and "
                 "valgkomité printed (not board).",
    }


def fjordhagen_bbl_2023() -> dict:
    """A boligbyggelag whose report lists its member borettslag and their chairs beside its own board."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc_lines = income("nb", 2,
                       inc=[("Forvaltningshonorarer", "2", [21480, 20115]), ("Meglerinntekter", "", [9362, 11804]),
                            ("Kontingenter", "", [3971, 3846]), ("Andre driftsinntekter", "", [2207, 1935])],
                       cost=[("Lønnskostnad", "3", [23844, 22610]), ("Avskrivninger", "5", [1412, 1388]),
                             ("Andre driftskostnader", "", [9876, 9502])],
                       fin=[("Finansinntekter", "", [1630, 812]), ("Finanskostnader", "", [-941, -707])],
                       tax=("Skattekostnad", "9", [0, 0]),
                       labels={"pre_tax": "Resultat før skatt"})
    st_inc = Statement("Resultatregnskap", cols, inc_lines, unit=1000, note_col="Note",
                       label_header="Beløp i 1000 kr", render="ruled")
    bal_lines = balance("nb", 2,
                        fixed=[("Bygninger og tomter", "5", [28410, 29602]), ("Aksjer og andeler", "6", [3150, 3150])],
                        current=[("Kundefordringer", "", [2316, 2581]), ("Andre fordringer", "", [1094, 877]),
                                 ("Bankinnskudd", "7", "plug")],
                        equity=[("Andelskapital", "", [1985, 1923]), ("Annen egenkapital", "", [24713, 22406])],
                        long=[("Pantelån", "8", [14600, 15400])],
                        short=[("Leverandørgjeld", "", [1630, 1744]), ("Skyldige offentlige avgifter", "", [2388, 2176]),
                               ("Annen kortsiktig gjeld", "", [3903, 3529])])
    st_bal = Statement("Balanse pr. 31.12.", cols, bal_lines, unit=1000, note_col="Note",
                       label_header="Beløp i 1000 kr", render="ruled")
    board = [("Kjersti Ødegård Nerland", "LEDE", False), ("Arvid Bolsøy", "NEST", False),
             ("Tone Hestad", "MEDL", False), ("Rune Valvik", "MEDL", False), ("Sølvi Karlsøy", "MEDL", True),
             ("Jan Erik Osmundnes", "VARA", None), ("Gunn Tøvik", "VARA", None)]
    chairs = [["Borettslag", "Boliger", "Styreleder"],
              ["Kvitstein borettslag", "84", "Lise Rabben"], ["Solbakken borettslag", "46", "Odd Arne Nordvik"],
              ["Hamnegata 12 borettslag", "28", "Birgitte Ulvund"], ["Løkkemyra borettslag", "112", "Frode Sæther"],
              ["Kråkvika borettslag", "36", "Arvid Bolsøy"], ["Seilhuset borettslag", "52", "Maja Strand Ørsal"]]
    items = [
        ("h", 1, "Årsberetning 2023"),
        ("p", "Fjordhagen Boligbyggelag", {"bold": True, "size": 13}),
        ("p", "Fjordhagen Boligbyggelag (FBBL) er et samvirkeforetak stiftet i 1949 og har hovedkontor i "
              "Storgata 41, 6509 {g:Kristiansund}. Laget forvalter boligselskaper i {g:Kristiansund}, {g:Averøy} "
              "og {g:Smøla} og hadde ved årsskiftet 6 412 medlemmer, en økning på {p:4,8 %|medlemmer} fra 2022."),
        ("h", 2, "Tillitsvalgte"),
        ("p", "Generalforsamlingen 25. april 2023 valgte dette styret:"),
        ("table", [["Verv", "Navn"], ["Styreleder", "Kjersti Ødegård Nerland"], ["Nestleder", "Arvid Bolsøy"],
                   ["Styremedlem", "Tone Hestad"], ["Styremedlem", "Rune Valvik"],
                   ["Styremedlem (ansattes representant)", "Sølvi Karlsøy"],
                   ["Varamedlem", "Jan Erik Osmundnes"], ["Varamedlem", "Gunn Tøvik"]], {"ruled": False}),
        ("p", "Administrerende direktør er Eirik Moldstad. Valgkomiteen har bestått av Hallgeir Sandøy (leder), "
              "Ragna Bergheim og Steinar Aune."),
        ("p", "Styret har i 2023 hatt 9 møter og behandlet 74 saker. Styrets honorar er fastsatt av "
              "generalforsamlingen."),
        ("h", 2, "Tilknyttede borettslag"),
        ("p", "FBBL er forretningsfører for 41 borettslag og 17 boligsameier med til sammen 2 970 boliger. "
              "De største borettslagene og deres styreledere ved utgangen av 2023:"),
        ("table", chairs, {"ruled": True}),
        ("p", "Styreledermøtet for borettslagene ble holdt på Caroline kino i november, med 53 deltakere."),
        ("h", 2, "Virksomheten i 2023"),
        ("p", "Meglervirksomheten fikk et svakere år med 212 omsetninger mot 268 året før. Andelen av "
              "boligene i våre borettslag som ble solgt gjennom eget meglerkontor var {p:62 %|solgt gjennom eget meglerkontor}."),
        ("p", "Byggingen av 24 leiligheter på Nordlandet ble startet i august og ventes ferdig høsten 2025."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Laget hadde 31 ansatte, 19 kvinner og 12 menn. Sykefraværet var {p:5,2 %|sykefraværet} "
              "({p:6,1 %|året før} året før). Styret består av tre kvinner og to menn."),
        ("h", 2, "Fortsatt drift"),
        ("p", "Årsregnskapet er avlagt under forutsetning om fortsatt drift. Årets overskudd på kr 2 577 000 "
              "foreslås overført til annen egenkapital."),
        ("stmt", st_inc, {"title": "Resultatregnskap 2023"}),
        ("stmt", st_bal, {"title": "Balanse pr. 31.12.2023"}),
        ("sign", "{g:Kristiansund}, 14. mars 2024",
         [("Kjersti Ødegård Nerland", "styreleder"), ("Arvid Bolsøy", "nestleder"), ("Tone Hestad", "styremedlem"),
          ("Rune Valvik", "styremedlem"), ("Sølvi Karlsøy", "styremedlem"), ("Eirik Moldstad", "adm. direktør")],
         {"cols": 3}),
    ]
    return {
        "name": "fjordhagen-bbl-2023", "year": 2023, "title": "Fjordhagen Boligbyggelag – Årsberetning 2023",
        "organization": {"name": "Fjordhagen Boligbyggelag", "founded_year": 1949, "address": "Storgata 41"},
        "ceo": "Eirik Moldstad", "board": board,
        "not_board": ["Lise Rabben", "Odd Arne Nordvik", "Birgitte Ulvund", "Frode Sæther", "Maja Strand Ørsal",
                      "Hallgeir Sandøy", "Ragna Bergheim", "Steinar Aune"],
        "places_optional": ["Nordlandet"],
        "font": "DejaVu Sans", "body_pt": 10, "footer": "Fjordhagen Boligbyggelag – side {PAGE}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Boligbyggelag (samvirkeforetak): own board in a Verv/Navn table with the employees' member "
                 "in the role cell; a table of member borettslag with their chairs (other organisations; "
                 "one chair is also the BBL's nestleder, gold once as NEST); valgkomité printed; statements "
                 "in 1000 kr with a Note column.",
    }


def sorhalogaland_skiskytterkrets_2024() -> dict:
    """A særkrets of a national federation: ting-elected bodies, an organisasjonssjef, the clubs' leaders."""
    cols = [Col("Regnskap 2024", 2024), Col("Budsjett 2024", 2024, BUDGET), Col("Regnskap 2023", 2023)]
    lines = income("nb", 3,
                   inc=[("Tilskudd fra forbundet", "", [612000, 600000, 584500]),
                        ("Tilskudd fylkeskommunen", "", [185000, 185000, 160000]),
                        ("Startkontingenter og arrangement", "", [241870, 220000, 198340]),
                        ("Sponsorinntekter", "", [96500, 110000, 102000])],
                   cost=[("Lønn og sosiale kostnader", "", [602145, 615000, 571880]),
                         ("Samlinger og trenere", "", [311960, 290000, 284410]),
                         ("Reise og møter", "", [88420, 95000, 91073]),
                         ("Andre driftskostnader", "", [104385, 100000, 97210])],
                   fin=[("Renteinntekter", "", [14226, 8000, 6934])],
                   labels={"net_fin": None, "fin": None})
    st = Statement("Resultatregnskap", cols, lines, label_header="", render="ruled")
    board = [("Marte Solheim Fagerli", "LEDE", None), ("Kristoffer Aasvang", "NEST", None),
             ("Ingrid Sætermo", "MEDL", None), ("Vegard Forsmo", "MEDL", None), ("Tuva Hjartøy", "MEDL", None),
             ("Ola Bremnes Dahl", "VARA", None), ("Hanna Lie Sjøvoll", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning 2024"),
        ("p", "Sør-Hålogaland Skiskytterkrets – tilsluttet Norges Skiskytterforbund og Norges idrettsforbund"),
        ("facts", ["Sør-Hålogaland Skiskytterkrets", "Idrettens hus, Sjøgata 8, 8656 {g:Mosjøen}", "Stiftet 1992",
                   "post@shskiskytterkrets.no"]),
        ("h", 2, "Kretsens organisasjon"),
        ("p", "Kretstinget ble holdt i {g:Mosjøen} 20. april 2024. Tinget valgte følgende tillitsvalgte:"),
        ("bh", "Styret"),
        ("table", [["Verv", "Navn", "Klubb"], ["Leder", "Marte Solheim Fagerli", "Drevja IL"],
                   ["Nestleder", "Kristoffer Aasvang", "Korgen IL"], ["Styremedlem", "Ingrid Sætermo", "Grane SSK"],
                   ["Styremedlem", "Vegard Forsmo", "Drevja IL"], ["Styremedlem", "Tuva Hjartøy", "Hemnes SSL"],
                   ["1. varamedlem", "Ola Bremnes Dahl", "Korgen IL"], ["2. varamedlem", "Hanna Lie Sjøvoll", "Grane SSK"]]),
        ("bh", "Kontrollutvalg"),
        ("p", "Leder Geir Arne Storli, medlem Bodil Hatten, varamedlem Petter Kalvik."),
        ("bh", "Lovutvalg"),
        ("p", "Sissel Vefsnmo (leder) og Trond Bjerkli."),
        ("bh", "Valgkomité"),
        ("p", "Roar Jøsevold (leder), Eli Helstad og Anders Nyrud, med Linda Fjellheim som varamedlem."),
        ("bh", "Administrasjon"),
        ("p", "Kretsens organisasjonssjef er Ståle Hemmingsen i {p?:100 %} stilling. Sportslig koordinator Ine "
              "Mølnvik er ansatt i {p:60 %|Sportslig koordinator} stilling."),
        ("h", 2, "Klubbene"),
        ("p", "Kretsen har 9 medlemsklubber med til sammen 612 aktive skiskyttere. Klubbledere ved utgangen av året:"),
        ("table", [["Klubb", "Kommune", "Leder"], ["Drevja IL", "{g:Vefsn}", "Knut Ivar Drevland"],
                   ["Korgen IL", "{g:Hemnes}", "Aud Mathisen"], ["Grane SSK", "{g:Grane}", "Lars Tore Reinfjell"],
                   ["Hemnes SSL", "{g:Hemnes}", "Siri Kjelsvik"], ["Hattfjelldal IL", "{g:Hattfjelldal}", "Mona Bjørnli"]]),
        ("h", 2, "Aktivitet"),
        ("p", "Sesongen hadde 14 kretsrenn og 3 samlinger på Kjerringtind. Antall starter økte med "
              "{p:11 %|antall starter} fra forrige sesong, og jenteandelen i klassene 13–16 år var "
              "{p:44 %|jenteandelen}."),
        ("p", "Styret har hatt 8 styremøter, tre av dem på Teams, og behandlet 57 saker."),
        ("h", 2, "Økonomi"),
        ("p", "Kretsen fikk et overskudd på kr 42 686 mot budsjettert kr 23 000. Egenkapitalen var ved "
              "årsskiftet kr 412 604."),
        ("stmt", st, {"title": "Resultatregnskap 2024"}),
        ("sign", "{g:Mosjøen}, 12. februar 2025",
         [("Marte Solheim Fagerli", "leder"), ("Kristoffer Aasvang", "nestleder"), ("Ingrid Sætermo", "styremedlem"),
          ("Vegard Forsmo", "styremedlem"), ("Tuva Hjartøy", "styremedlem")]),
    ]
    return {
        "name": "sorhalogaland-skiskytterkrets-2024", "year": 2024,
        "title": "Sør-Hålogaland Skiskytterkrets – Årsberetning 2024",
        "organization": {"name": "Sør-Hålogaland Skiskytterkrets", "founded_year": 1992, "address": "Sjøgata 8",
                         "email": "post@shskiskytterkrets.no"},
        "ceo": "Ståle Hemmingsen", "board": board,
        "not_board": ["Geir Arne Storli", "Bodil Hatten", "Petter Kalvik", "Sissel Vefsnmo", "Trond Bjerkli",
                      "Roar Jøsevold", "Eli Helstad", "Anders Nyrud", "Linda Fjellheim", "Knut Ivar Drevland",
                      "Aud Mathisen", "Lars Tore Reinfjell", "Siri Kjelsvik", "Mona Bjørnli", "Ine Mølnvik"],
        "places_optional": ["Kjerringtind", "Drevja", "Korgen"],
        "not_places": ["Hemnes SSL", "Grane SSK", "Hattfjelldal IL"],
        "accent": "1D4E89",
        "items": items, "renditions": ["chrome"],
        "notes": "Særkrets of a national federation, HTML printed by Chromium: styre in a Verv/Navn/Klubb "
                 "table with numbered deputies; kontrollutvalg, lovutvalg and valgkomité in running text (not "
                 "board); organisasjonssjef as head; a table of member clubs with their leaders (not board); "
                 "statement with Regnskap/Budsjett/Regnskap columns.",
    }


REPORTS = [lomsdalen_skogeierlag_1976, fjordhagen_bbl_2023, sorhalogaland_skiskytterkrets_2024]
