"""Fifth held-out set, reports 5-8: a nynorsk kraftlag with personal deputies and a
representantskap, a velforening's report printed from its web site by Chromium, a turlag whose
board is named in a photo caption, and a foundation's årsmelding followed by a reprint of the
previous year's accounts. All organisations, people and figures are invented."""
from __future__ import annotations

from h3_render import Dash
from heldout_finance import BUDGET, Col, Statement, balance, income


def hyen():
    board = [("Sigve Rygg", "LEDE", False), ("Ragnhild Solheim Eide", "NEST", False),
             ("Oddbjørn Myklebust", "MEDL", False), ("Kristine Hauge", "MEDL", False), ("Helge Gimmestad", "MEDL", True),
             ("Tormod Bjørnereim", "VARA", None), ("Inga Sandal", "VARA", None), ("Lars Heggheim", "VARA", None),
             ("Bente Øvrebø", "VARA", None), ("Stein Ove Gravdal", "VARA", None)]
    cols = [Col("2012", 2012), Col("2011", 2011)]
    inc = income("nn", 2,
                 inc=[("Nettleige", "2", [11_804_233, 11_215_870]), ("Sal av kraft", "", [4_310_552, 5_118_402]),
                      ("Anleggsbidrag og andre inntekter", "", [612_400, 488_115])],
                 cost=[("Kraftkjøp og overføring", "", [5_077_610, 5_902_344]), ("Lønn og sosiale kostnader", "3", [4_988_207, 4_760_913]),
                       ("Avskrivingar", "5", [1_912_300, 1_874_650]), ("Andre driftskostnader", "", [2_861_095, 2_733_480])],
                 fin=[("Finansinntekter", "", [198_770, 241_006]), ("Finanskostnader", "", [-744_115, -801_260])],
                 tax=("Skattekostnad", "4", [382_100, 276_550]), labels={"pre_tax": "Resultat før skatt"})
    bal = balance("nn", 2, fixed=[("Nettanlegg", "5", [31_404_800, 30_977_100]), ("Bygningar og tomt", "5", [2_215_000, 2_290_000])],
                  current=[("Kundefordringar", "", [2_488_306, 2_310_917]), ("Bankinnskot", "", "plug")],
                  equity=[("Innskoten eigenkapital", "", [412_000, 409_500]), ("Anna eigenkapital", "", [15_322_611, 14_937_303])],
                  long=[("Lån i Kommunalbanken", "6", [15_800_000, 16_600_000])],
                  short=[("Leverandørgjeld", "", [2_106_455, 1_988_200]), ("Skuldige offentlege avgifter", "", [744_230, 701_450]),
                         ("Anna kortsiktig gjeld", "", [1_170_388, 1_042_617])])
    st_inc = Statement("Resultatrekneskap", cols, inc, note_col="Note", render="ruled")
    st_bal = Statement("Balanse pr. 31.12.", cols, bal, note_col="Note", render="ruled")
    items = [
        ("h", 1, "Årsmelding og rekneskap 2012"),
        ("p", "Hyen Kraftlag SA", {"bold": True, "size": 13}),
        ("h", 2, "Om laget"),
        ("p", "Hyen Kraftlag SA vart skipa i 1919 og er eit samvirkeføretak eigd av kundane. Laget har områdekonsesjon "
              "for {g:Hyen} og delar av ytre {g:Gloppen}, og forsyner om lag 1 150 kundar i {g:Nordfjord} i {g:Sogn og Fjordane}. "
              "Kontoret ligg på Straumen, 6823 {g:Sandane}."),
        ("h", 2, "Styret og tillitsvalde"),
        ("p", "Styret har i 2012 hatt denne samansetjinga, med personlege varamedlemer:"),
        ("table", [["Verv", "Namn", "", "Personleg vara", "Krins"],
                   ["Styreform.", "Sigve Rygg", "Varamedl.", "Tormod Bjørnereim", "{g:Indre Hyen|Hyen}"],
                   ["Nestform.", "Ragnhild Solheim Eide", "Varamedl.", "Inga Sandal", "{g:Ytre Hyen|Hyen}"],
                   ["Styremedl.", "Oddbjørn Myklebust", "Varamedl.", "Lars Heggheim", "Straumen"],
                   ["Styremedl.", "Kristine Hauge", "Varamedl.", "Bente Øvrebø", "Eimhjellen"],
                   ["Styremedl.", "Helge Gimmestad", "Varamedl.", "Stein Ove Gravdal", "Tilsette"]],
         {"ruled": False, "gold_rows": False}),
        ("p", "Representantskapet har 15 medlemer valde av andelseigarane, med Arne Kandal som leiar og "
              "Marit Tenden som nestleiar. Kontrollnemnda har vore Olav Hestenes (leiar), Gunvor Vereide og "
              "Nils Magne Kvame. Valnemnda: Jorunn Fjellestad og Eivind Rake."),
        ("p", "Dagleg leiar er Jon Magne Reed. Laget hadde ved årsskiftet 7 tilsette i 6,6 årsverk."),
        ("h", 2, "Drifta i 2012"),
        ("p", "Det vart levert 27,4 GWh over nettet, mot 28,1 GWh året før. Nettapet var {p:6,2 %|Nettapet} av "
              "innmatinga. Ein stor del av investeringane gjekk til ny jordkabel mellom Straumen og Eimhjellen. "
              "Avbrotsfrekvensen gjekk ned med {p:18 %|Avbrotsfrekvensen} etter stormen i 2011."),
        ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Sjukefråværet var {p:2,9 %|Sjukefråværet}. Av dei tilsette er ei kvinne. Styret har to kvinner "
              "blant fem medlemer. Verksemda ureinar ikkje det ytre miljøet utover det som er vanleg i bransjen."),
        ("h", 2, "Økonomi"),
        ("p", "Årsresultatet vart 960 528 kroner. Eigenkapitaldelen var ved utgangen av året {p:44,3 %|Eigenkapitaldelen}. "
              "Styret meiner at føresetnaden om framleis drift er til stades."),
        ("stmt", st_inc, {"title": "Resultatrekneskap 2012"}),
        ("stmt", st_bal, {"title": "Balanse pr. 31.12.2012"}),
        ("sign", "{g:Sandane}, 14. mars 2013",
         [("Sigve Rygg", "styreleiar"), ("Ragnhild Solheim Eide", "nestleiar"), ("Oddbjørn Myklebust", "styremedlem"),
          ("Kristine Hauge", "styremedlem"), ("Helge Gimmestad", "styremedlem"), ("Jon Magne Reed", "dagleg leiar")]),
    ]
    return {
        "name": "hyen-kraftlag-2012", "year": 2012,
        "title": "Hyen Kraftlag SA – årsmelding 2012",
        "organization": {"name": "Hyen Kraftlag SA", "founded_year": 1919},
        "ceo": "Jon Magne Reed", "board": board,
        "not_board": ["Arne Kandal", "Marit Tenden", "Olav Hestenes", "Gunvor Vereide", "Nils Magne Kvame",
                      "Jorunn Fjellestad", "Eivind Rake"],
        "places_optional": ["Straumen", "Eimhjellen"],
        "font": "DejaVu Serif", "heading_colour": "2E4A1E",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "A nynorsk kraftlag (SA), 2012, Word and PDF. Board in an unruled table of abbreviated roles "
                 "('Styreform.', 'Nestform.', 'Styremedl.') with each member's personal deputy beside him ('Varamedl.' Name: VARA) and the area (krins) each represents; the employees' member is the row whose krins is "
                 "'Tilsette'. Representantskap leader and deputy leader, kontrollnemnd, valnemnd are not "
                 "board. Dagleg leiar. Statements with a note column, whole kroner.",
    }


def grinilund():
    board = [("Elisabeth Torp Grønvold", "LEDE", None), ("Henrik Aall Bugge", "NEST", None), ("Yusuf Demir", "MEDL", None),
             ("Ingvild Ramberg", "MEDL", None), ("Magnus Fjeldstad", "MEDL", None), ("Pernille Krog", "VARA", None)]
    cols = [Col("Regnskap 2024", 2024), Col("Regnskap 2023", 2023), Col("Budsjett 2025", 2025, BUDGET)]
    lines = income("nb", 3,
                   inc=[("Medlemskontingent", "", [86_400, 83_250, 88_000]), ("Tilskudd veilys fra kommunen", "", [24_000, 24_000, 24_000]),
                        ("Renteinntekter", "", [3_118, 1_406, 2_500])],
                   cost=[("Strøm veilys", "", [31_877, 38_402, 34_000]), ("Brøyting og strøing", "", [48_250, 51_900, 50_000]),
                         ("Dugnad og sommerfest", "", [9_830, 8_115, 10_000]), ("Forsikring og bankgebyr", "", [4_212, 3_998, 4_300]),
                         ("Nettside og domene", "", [1_490, 1_490, 1_500])],
                   labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                           "op": None})
    st = Statement("Regnskap", cols, lines, label_header="Beløp i kr", render="unruled")
    items = [
        ("h", 1, "Årsberetning 2024"),
        ("p", "Styrets beretning til årsmøtet 19. mars 2025", {"italic": True}),
        ("p", "Grinilund Vel ble stiftet i 1962 og omfatter 212 husstander i Grinilund-feltet i {g:Bærum}. Velet eier "
              "og drifter veilyset, holder fellesarealene ved like og samarbeider med kommunen om trafikksikkerhet. "
              "Ved utgangen av 2024 hadde {p:71 %|husstandene} av husstandene betalt kontingent."),
        ("h", 2, "Styret"),
        ("p", "Styret har i perioden bestått av:"),
        ("table", [["Funksjon", "Navn", "Adresse"],
                   ["Leder:", "Elisabeth Torp Grønvold", "Grinilundveien 14"],
                   ["Nestleder:", "Henrik Aall Bugge", "Hestehagen 3"],
                   ["Kasserer:", "Yusuf Demir", "Grinilundveien 27 B"],
                   ["Sekretær:", "Ingvild Ramberg", "Lyngåsen 8"],
                   ["Styremedlem:", "Magnus Fjeldstad", "Hestehagen 11"],
                   ["Varamedlem:", "Pernille Krog", "Lyngåsen 2"]], {"ruled": False, "gold_rows": False}),
        ("p", "Øvrige tillitsvalgte har vært:"),
        ("li", "Valgkomité: Torstein Waaler og Anita Sørum"),
        ("li", "Revisor: Kjell Arne Dahle"),
        ("li", "Veilyskontakt: Bjørnar Haug"),
        ("li", "Festkomité: Live Brekke Aas og Omar Haddad (ansvarlig)"),
        ("li", "Nettredaktør: Siri Kolstad"),
        ("h", 2, "Aktiviteter i 2024"),
        ("p", "Vårdugnaden i mai samlet rundt 60 beboere. Sommerfesten ble holdt på ballplassen i august. Etter flere "
              "henvendelser om fart på Grinilundveien sendte styret søknad om fartsdumper til {g:Bærum kommune|Bærum}, "
              "og to dumper kom på plass i oktober."),
        ("p", "Veilyset ble byttet til LED i 2023. Strømutgiftene gikk ned med {p:17 %|Strømutgiftene} fra året før."),
        ("p", "Styret har deltatt i møter i Vellenes Fellesforbund i {g:Akershus} om brøyting av private veier."),
        ("h", 2, "Økonomi"),
        ("stmt", st, {"title": "Regnskap 2024 og budsjett 2025"}),
        ("p", "Årets overskudd på 17 859 kroner legges til egenkapitalen, som ved årsskiftet var 96 412 kroner. "
              "Styret foreslår uendret kontingent på 400 kroner."),
        ("p", "For styret, Elisabeth Torp Grønvold, leder", {"italic": True}),
    ]
    site = {"name": "Grinilund Vel",
            "menu": ["Forsiden", "Om velet", "Veilys og brøyting", "Dugnad", "Årsmøte", "Kontakt"],
            "crumb": "Forsiden › Om velet › Årsmøte › Årsberetning 2024",
            "meta": "Publisert 3. mars 2025 av Styret · Kategori: Årsmøte",
            "footer": ["Grinilund Vel · Org.nr. 971 223 880 · post@grinilund-vel.no · www.grinilund-vel.no",
                       "Del: Facebook · E-post · Skriv ut"]}
    return {
        "name": "grinilund-vel-2024", "year": 2024,
        "title": "Årsberetning 2024 – Grinilund Vel",
        "organization": {"name": "Grinilund Vel", "founded_year": 1962, "email": "post@grinilund-vel.no",
                         "website": "www.grinilund-vel.no"},
        "ceo": None, "board": board, "site": site, "page_file": "arsberetning-2024",
        "not_board": ["Torstein Waaler", "Anita Sørum", "Kjell Arne Dahle", "Bjørnar Haug", "Live Brekke Aas",
                      "Omar Haddad", "Siri Kolstad"],
        "places_optional": ["Grinilund", "Grinilundveien", "Hestehagen", "Lyngåsen"],
        "accent": "2D6A4F", "html_lang": "nb",
        "items": items, "renditions": ["web"],
        "notes": "A velforening's annual report as a page of its web site, printed by Chromium with the browser's "
                 "header and footer (date, page title, file address, page numbers) and the site's menu, breadcrumb "
                 "and footer (e-mail, website). Board in an unruled Funksjon | Navn | Adresse table ('Leder:' ...); "
                 "Kasserer, Sekretær are MEDL. 'Øvrige tillitsvalgte' (valgkomité, revisor, veilyskontakt, festkomité, "
                 "nettredaktør) as 'Role: Name' bullets right after: not board. Statement with a next-year budget column "
                 "(optional); no operating result line.",
    }


def ognadal():
    board = [("Torunn Vigrestad", "LEDE", None), ("Kjetil Bø Nærland", "NEST", None), ("Gry Hognestad", "MEDL", None),
             ("Sindre Obrestad", "MEDL", None), ("Malin Tjøstheim", "MEDL", None), ("Åge Grødem", "VARA", None)]
    cols = [Col("2021", 2021), Col("2020", 2020)]
    lines = income("nb", 2,
                   inc=[("Hytteinntekter", "", [184_260, 121_944]), ("Kontingentandel fra DNT", "", [62_310, 59_875]),
                        ("Tilskudd og gaver", "", [45_000, 70_000]), ("Salg av kart og bøker", "", [8_905, 6_120])],
                   cost=[("Drift og vedlikehold hytter", "", [141_522, 156_300]), ("Turer og arrangement", "", [38_744, 17_902]),
                         ("Ved og gass", "", [27_310, 21_488]), ("Forsikring", "", [19_880, 19_104]),
                         ("Administrasjon", "", [12_616, 11_903])],
                   fin=[("Renter", "", [1_211, 2_046])],
                   labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
                           "fin": None, "net_fin": None})
    st = Dash("Resultatregnskap", cols, lines, render="unruled")
    items = [
        ("h", 1, "Årsberetning 2021 for Ognadal Turlag"),
        ("sidebar", [("bh", "Fakta om laget"), ("p", "Stiftet: 1977"), ("p", "Medlemmer 31.12.: 812"),
                     ("p", "Turer i 2021: 46"), ("p", "Overnattinger: 1 904"), ("p", "Hytter: Ognastøl og Skjelbreistøl")],
         {"width_pt": 150, "height_pt": 150}),
        ("p", "Ognadal Turlag er medlemsforening i Den Norske Turistforening og har turområdet sitt i heiene mellom "
              "{g:Hå} og {g:Bjerkreim} på sørlige {g:Jæren}. 2021 ble et godt år med flere medlemmer og flere "
              "overnattinger enn noen gang."),
        ("photo", 3, 3, "Styret i Ognadal Turlag 2021. Bak fra venstre: Torunn Vigrestad (leder), Kjetil Bø Nærland "
                        "(nestleder) og Gry Hognestad (kasserer). Foran fra venstre: Sindre Obrestad (styremedlem og "
                        "hytteansvarlig), Malin Tjøstheim (styremedlem) og Åge Grødem (varamedlem). Foto: Liv Sirevåg"),
        ("h", 2, "Styrets arbeid"),
        ("p", "Styret har hatt 9 styremøter og behandlet 61 saker. Kontrollkomiteen har bestått av Rolf Hetland og "
              "Berit Lindtveit. Valgkomiteen: Oddny Haugland (leder), Jarle Skrettingland og Siv Eikeland. "
              "Turlederkontakt har vært Tobias Ueland."),
        ("cols", [
            ("bh", "Medlemmer"),
            ("p", "Ved årsskiftet hadde laget 812 medlemmer, en økning på {p:5,2 %|økning} fra 2020. Om lag "
                  "{p:30 %|under 26 år} av medlemmene er under 26 år."),
            ("bh", "Hyttene"),
            ("p", "Ognastøl hadde 1 214 overnattinger og Skjelbreistøl 690. Beleggsprosenten i helgene var "
                  "{p:64 %|Beleggsprosenten}. Ny vedovn ble montert på Skjelbreistøl med dugnad i september."),
            ("bh", "Turer og stier"),
            ("p", "Laget arrangerte 46 turer med til sammen 1 130 deltakere, blant annet fellestur til {g:Sirdal} og "
                  "kveldsturer langs kysten i {g:Rogaland}. Stien fra Ogna stasjon ble merket på nytt."),
        ]),
        ("h", 2, "Økonomi"),
        ("stmt", st, {"title": "Resultatregnskap 2021"}),
        ("p", "Årsresultatet på 61 614 kroner overføres til hyttefondet."),
        ("p", "{g:Ogna}, 8. februar 2022. Styret i Ognadal Turlag"),
    ]
    return {
        "name": "ognadal-turlag-2021", "year": 2021,
        "title": "Årsberetning 2021 Ognadal Turlag",
        "organization": {"name": "Ognadal Turlag", "founded_year": 1977},
        "ceo": None, "board": board,
        "not_board": ["Rolf Hetland", "Berit Lindtveit", "Oddny Haugland", "Jarle Skrettingland", "Siv Eikeland",
                      "Tobias Ueland", "Liv Sirevåg"],
        "places_optional": ["Ognastøl", "Skjelbreistøl", "Ogna stasjon"],
        "not_places": ["Stien fra Ogna stasjon"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "A turlag (DNT member association), 2021, Word and PDF. The board is named only in a group photo's "
                 "caption ('Bak fra venstre: Name (leder), ... Foran fra venstre: ... (varamedlem)'); kasserer and "
                 "hytteansvarlig are MEDL; the photographer is named last. Kontrollkomité, valgkomité and "
                 "turlederkontakt are not board. A floating facts box (founding year), text in two columns, "
                 "statement with en-dash negatives.",
    }


def ramsvik():
    board = [("Solveig Aakervik", "LEDE", None), ("Jørn Tilrem", "NEST", None), ("Eva Sørdal", "MEDL", None),
             ("Frode Horsberg", "MEDL", None), ("Asbjørn Hamnes", "MEDL", None), ("Marta Skotnes", "VARA", None)]
    inc_15 = [("Billett- og butikkinntekter", "", [412_886, 377_140]), ("Driftstilskudd fra fylket", "2", [350_000, 350_000]),
              ("Prosjekttilskudd", "", [125_000, 210_000])]
    cost_15 = [("Lønn og sosiale kostnader", "3", [571_207, 548_330]), ("Vedlikehold bygninger", "", [148_915, 262_774]),
               ("Andre driftskostnader", "", [131_480, 118_206])]
    lines = income("nb", 2, inc=inc_15, cost=cost_15, fin=[("Renteinntekter", "", [4_102, 5_377])],
                   labels={"fin": None, "net_fin": None})
    bal = balance("nb", 2, fixed=[("Bygninger", "4", [1_840_000, 1_840_000])],
                  current=[("Varelager butikk", "", [38_500, 41_200]), ("Bankinnskudd", "", "plug")],
                  equity=[("Grunnkapital", "", [100_000, 100_000]), ("Annen egenkapital", "", [1_985_291, 1_944_905])],
                  long=[], short=[("Leverandørgjeld", "", [44_118, 51_602]), ("Skyldige offentlige avgifter", "", [38_276, 35_918])])
    cols = [Col("2015", 2015), Col("2014", 2014)]
    st = Statement("Resultatregnskap 2015", cols, lines, note_col="Note", render="ruled")
    st_bal = Statement("Balanse 31.12.2015", cols, bal, note_col="Note", render="ruled")
    old = income("nb", 2, inc=[(l, n, [v[1], w]) for (l, n, v), w in zip(inc_15, [341_902, 350_000, 95_000])],
                 cost=[(l, n, [v[1], w]) for (l, n, v), w in zip(cost_15, [533_180, 97_455, 121_340])],
                 fin=[("Renteinntekter", "", [5_377, 6_840])], labels={"fin": None, "net_fin": None})
    for line in old:  # the previous year's reprinted accounts: not this report's key figures
        line.key = False
    st_old = Statement("Resultatregnskap 2014", [Col("2014", 2014), Col("2013", 2013)], old, render="unruled")
    items = [
        ("h", 1, "Stiftelsen Ramsvik handelssted"),
        ("bh", "Årsmelding 2015", {"size": 14}),
        ("h", 2, "Formål og drift"),
        ("p", "Stiftelsen ble opprettet i 1991 for å ta vare på det gamle handelsstedet i Ramsvika i {g:Bindal} og "
              "gjøre det tilgjengelig for publikum. Stiftelsen holder til på adressen Ramsvikveien 40, 7980 {g:Terråk}. "
              "Handelsstedet er et av få bevarte anlegg av sitt slag på {g:Helgeland}, og stiftelsen mottar "
              "driftstilskudd fra {g:Nordland fylkeskommune|Nordland}."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2015 bestått av:"),
        ("table", [["Styreleder", "Solveig Aakervik"], ["Nestleder", "Jørn Tilrem"], ["Styremedlem", "Eva Sørdal"],
                   ["Styremedlem", "Frode Horsberg"], ["Styremedlem (oppnevnt av kommunen)", "Asbjørn Hamnes"],
                   ["Varamedlem", "Marta Skotnes"]], {"ruled": False, "gold_rows": False, "header_bold": False}),
        ("p", "Daglig drift ivaretas av bestyrer Kari Anne Lauvsnes i {p:80 prosent|stilling} stilling."),
        ("h", 2, "Besøk og aktiviteter"),
        ("table", [["", "2015", "2014", "Endring"], ["Besøkende i sesongen", "6 412", "5 877", "{p:9,1 %}"],
                   ["Skoleelever", "744", "702", "{p:6,0 %}"], ["Arrangementer", "19", "15", "{p:26,7 %}"]],
         {"ruled": True, "shade_header": "EFE8DA"}),
        ("p", "Sesongen varte fra 1. juni til 31. august. Sommerens utstilling om fraktefarten langs kysten ble laget "
              "sammen med museet i {g:Brønnøysund}."),
        ("h", 2, "Økonomi"),
        ("p", "Stiftelsen hadde et overskudd på 40 386 kroner. Styret mener regnskapet gir et rettvisende bilde av "
              "stiftelsens eiendeler og gjeld, finansielle stilling og resultat."),
        ("stmt", st, {"title": "Resultatregnskap 2015"}),
        ("stmt", st_bal, {"title": "Balanse pr. 31.12.2015"}),
        ("sign", "{g:Terråk}, 18. mars 2016",
         [("Solveig Aakervik", "styreleder"), ("Jørn Tilrem", "nestleder"), ("Eva Sørdal", "styremedlem"),
          ("Frode Horsberg", "styremedlem"), ("Asbjørn Hamnes", "styremedlem")]),
        ("pagebreak",),
        ("h", 1, "Vedlegg: Årsregnskap 2014 (opptrykk)"),
        ("p", "Årsregnskapet for 2014 var ikke ferdig revidert da årsmeldingen for 2014 ble trykt. Det trykkes derfor "
              "her slik styret vedtok det 30. juni 2015, med styrets beretning for 2014.", {"italic": True}),
        ("bh", "Styrets beretning for 2014"),
        ("p", "Styret i 2014 var Alf Reinholdt Bjørnå (styreleder), Solveig Aakervik (nestleder), Eva Sørdal, "
              "Frode Horsberg og Gudrun Moe Skarstad (oppnevnt av kommunen). Alf Reinholdt Bjørnå gikk ut av "
              "styret i februar 2015. Bestyrer har vært Kari Anne Lauvsnes."),
        ("p", "Året ga et overskudd på 13 207 kroner. Store deler av prosjekttilskuddet gikk til nytt tak på "
              "pakkhuset."),
        ("stmt", st_old, {"title": "Resultatregnskap 2014"}),
        ("p", "{g:Terråk}, 30. juni 2015. Alf Reinholdt Bjørnå, Solveig Aakervik, Eva Sørdal, Frode Horsberg, "
              "Gudrun Moe Skarstad"),
    ]
    return {
        "name": "ramsvik-handelssted-2015", "year": 2015,
        "title": "Stiftelsen Ramsvik handelssted – årsmelding 2015",
        "organization": {"name": "Stiftelsen Ramsvik handelssted", "founded_year": 1991,
                         "address": "Ramsvikveien 40, 7980 Terråk"},
        "ceo": "Kari Anne Lauvsnes", "board": board,
        "not_board": ["Alf Reinholdt Bjørnå", "Gudrun Moe Skarstad"],
        "places_optional": ["Ramsvika"],
        "not_places": ["Driftstilskudd fra fylket"],
        "items": items, "renditions": ["doc", "pdf"],
        "notes": "A foundation's årsmelding 2015 followed in the same file by a reprint of the previous year's "
                 "accounts with the 2014 board's report (Word 97 .doc and PDF). Gold is the 2015 report: board in "
                 "an unruled two-column role | name table without a header; the 2014 chair (left in February "
                 "2015) and the 2014 municipal member are not board. CEO titled 'bestyrer'. Visitors table with a "
                 "percent-change column; 2014 figures from the reprint (and 2013) are optional.",
    }


REPORTS = [hyen, grinilund, ognadal, ramsvik]
