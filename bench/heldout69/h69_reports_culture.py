"""Two member and culture organisations of the sixty-ninth set: a coastal museum foundation in Kinn
(Vestland) in 2021, in nynorsk, and a multi-sport club in Sandefjord (Vestfold) in 2015."""
from __future__ import annotations

from h69_common import board, printed
from heldout_finance import BUDGET, Col, Statement, balance, income


def hovdeneset_2021() -> dict:
    cols = [Col("2021", 2021), Col("2020", 2020)]
    res = Statement("Resultatrekneskap", cols, income("nn", 2, inc=[
        ("Statstilskot", "1", [6840000, 6612000]),
        ("Fylkeskommunalt tilskot", "1", [1712000, 1680000]),
        ("Kommunalt tilskot", "1", [1140000, 1120000]),
        ("Billettinntekter", "", [1062455, 704210]),
        ("Sal i museumsbutikk og kafé", "", [688320, 412882]),
        ("Andre driftsinntekter", "", [214100, 388400])], cost=[
        ("Varekostnad", "", [282410, 180155]),
        ("Lønnskostnader", "2", [7418220, 7106880]),
        ("Avskrivingar", "3", [412000, 398000]),
        ("Andre driftskostnader", "", [3310742, 3188410])], fin=[
        ("Finansinntekter", "", [38420, 12660]),
        ("Finanskostnader", "", [-6120, -7330])]), note_col="Note", label_header="Beløp i kroner")
    result = [line for line in res.lines if line.label == "Årsresultat"][0].values
    bal = Statement("Balanse", [Col("31.12.2021", 2021), Col("31.12.2020", 2020)], balance("nn", 2, fixed=[
        ("Bygningar", "3", [4812000, 4980000]),
        ("Fartøy", "3", [1240000, 1320000]),
        ("Inventar og utstyr", "3", [386000, 432000])], current=[
        ("Varelager museumsbutikk", "", [142300, 156800]),
        ("Kortsiktige fordringar", "", [298114, 412660]),
        ("Bankinnskot", "4", "plug")], equity=[
        ("Grunnkapital", "", [200000, 200000]),
        ("Annan eigenkapital", "", [6904118 + result[0], 6904118])], long=[], short=[
        ("Leverandørgjeld", "", [318412, 296880]),
        ("Skuldige offentlege avgifter", "", [512660, 488214]),
        ("Forskot på tilskot", "", [400000, 350000]),
        ("Anna kortsiktig gjeld", "", [618300, 566120])]), note_col="Note", label_header="Beløp i kroner")
    ceo = "Synnøve Brekke"
    members = [("Per Ivar Hessevik", "LEDE", False), ("Ingrid Solvik Kvalheim", "NEST", False),
               ("Arnfinn Vågen", "MEDL", False), ("Marte Grov Eikrem", "MEDL", False),
               ("Øystein Frøyen", "MEDL", True), ("Grete Stavang", "VARA", False), ("Leif Magne Sandvik", "VARA", False)]
    res_txt = printed(res, "Årsresultat")
    items = [
        ("sheet", {"foot": False}, [("cover", {
            "layout": "overlay", "kicker": "Stiftinga Hovdeneset Kystmuseum", "title": "Årsmelding 2021",
            "lines": ["Eit år med opne dører"], "seed": 2101, "scene": "fjord",
            "caption": "Framsida: Motorsnekka «Sjøgutten» på slippen i august. Foto: Kenneth Rognaldsen"})]),
        ("sheet", {}, [("grid", "1fr 1fr", [
            [("h1", "Innhald"), ("toc", [("Direktøren har ordet", 3), ("Året som gjekk", 4), ("Styre og tilsette", 5),
                                         ("Årsmelding frå styret", 6), ("Resultatrekneskap", 7), ("Balanse", 8),
                                         ("Notar", 9)]),
             ("box", [("h3", "Kontakt", {"gold": False}), ("dl", [
                 ("Adresse", "Hovdevegen 21, 6900 {g:Florø}"), ("Telefon", "57 74 12 90"),
                 ("E-post", "post@hovdeneset.museum.no"), ("Nettstad", "www.hovdeneset.museum.no"),
                 ("Org.nr.", "972 408 115"), ("Stifta", "1978")], {"columns": "20mm 1fr"})])],
            [("h2", "Museet i tal"),
             ("tiles", [("14 870", "besøkande i 2021"), ("{p:31 %}", "auke i besøket frå 2020"),
                        ("2 140", "elevar i Den kulturelle skulesekken"),
                        ("{p:38 %}", "eigeninntekter av dei samla inntektene")], {"cols": 2}),
             ("photo", 2102, "houses", "Naustrekkja på Hovdeneset med det nye formidlingsbygget til venstre.",
              {"height": "58mm"})]])]),
        ("sheet", {}, [
            ("band", [("kicker", "Direktøren"), ("h1", "Direktøren har ordet")]),
            ("grid", "58mm 1fr", [
                [("people", [(ceo, ["Direktør"])], {"cols": 1, "seed": 21, "face_bg": "#f3e6df"}),
                 ("quote", "Kysten er ikkje ei kulisse. Han er ein arbeidsplass, og det er den historia vi skal fortelje.")],
                [("cols", 2, [
                    ("p", "Då vi opna dørene att i mai, visste vi ikkje kor mange som ville kome. Svaret vart "
                          "14 870 besøkande, og det er det høgaste talet sidan museet opna. Mange kom frå "
                          "{g:Kinn} og nabokommunane, men vi merka også at fleire tilreisande frå {g:Bergen} og "
                          "{g:Oslo} fann vegen til oss."),
                    ("p", "Det største løftet i 2021 var restaureringa av motorsnekka «Sjøgutten». Arbeidet har "
                          "vore gjort av eigne handverkarar saman med frivillige, og båten var på sjøen att i "
                          "september for første gong sidan 2014."),
                    ("p", "Vi har òg teke i bruk det nye formidlingsbygget. Her tek vi imot skuleklassar heile "
                          "året, og 2 140 elevar har vore på besøk gjennom Den kulturelle skulesekken i "
                          "{g:Vestland}."),
                    ("p", "Eigeninntektene auka til {p?:38 %} av dei samla inntektene. Det gjev oss større "
                          "handlingsrom, men vi er framleis heilt avhengige av tilskota frå stat, fylke og kommune."),
                    ("p", "Takk til tilsette, frivillige, styret og alle samarbeidspartnarar for eit år vi vil "
                          "hugse lenge."),
                    ("p", f"{ceo}, direktør")])]])]),
        ("sheet", {}, [
            ("kicker", "Tilbakeblikk"), ("h1", "Året som gjekk"),
            ("collage", [
                (2110, "fjord", "«Sjøgutten» på prøvetur i {g?:Solheimsfjorden} i september. Frå venstre båtbyggjar "
                                "Torleiv Hovland og frivillig Harald Nesje."),
                (2111, "hall", "Over 300 menneske kom på opninga av utstillinga «Sild og salt» i juni."),
                (2112, "workshop", "Konservator Jorunn Vikane registrerer gjenstandar frå ei gåve på 412 foto og notar."),
                (2113, "houses", "Kystkultursenteret fekk nytt tak på hovudnaustet."),
                (2114, "fjord", "Formidlar Eirik Solheim med 6. klasse frå {g:Eikefjord} skule.")]),
            ("grid", "1fr 1fr", [
                [("h3", "Utstillingar i 2021"), ("ul", ["«Sild og salt» (juni–desember)", "«Jektene kjem» (vandreutstilling)",
                                                         "«Fyrvaktar si dotter» (basisutstilling, fornya)"])],
                [("h3", "Frivillige"), ("p", "Venelaget for museet har 164 medlemer og la ned over 2 300 dugnadstimar. "
                                             "Venelaget vert leidd av Oddny Stavø.")]])]),
        ("sheet", {}, [
            ("kicker", "Organisasjon"), ("h1", "Styre og tilsette"),
            ("p", "Styret har fem medlemer. Fire er oppnemnde av stiftarane – to av {g:Kinn kommune|Kinn}, eitt av "
                  "{g:Vestland fylkeskommune|Vestland} og eitt av Venelaget – og eitt er vald av og blant dei tilsette. "
                  "Styret har hatt seks møte og handsama 38 saker."),
            ("people", [("Per Ivar Hessevik", ["Styreleiar"]), ("Ingrid Solvik Kvalheim", ["Nestleiar"]),
                        ("Arnfinn Vågen", ["Styremedlem"]), ("Marte Grov Eikrem", ["Styremedlem"]),
                        ("Øystein Frøyen", ["Styremedlem"])],
             {"cols": 5, "seed": 8, "role_first": True, "face_bg": "#f3e6df", "below": {
                 "Per Ivar Hessevik": ["Oppnemnd av {g:Kinn kommune|Kinn}"], "Ingrid Solvik Kvalheim": ["Oppnemnd av {g:Vestland fylkeskommune|Vestland}"],
                 "Arnfinn Vågen": ["Oppnemnd av {g:Kinn kommune|Kinn}"], "Marte Grov Eikrem": ["Oppnemnd av Venelaget"],
                 "Øystein Frøyen": ["Vald av dei tilsette"]}}),
            ("small", "Varamedlemer: Grete Stavang og Leif Magne Sandvik. Hallvard Botnen gjekk ut av styret i juni "
                      "då han flytta frå kommunen, og Marte Grov Eikrem tok over plassen hans frå same tid."),
            ("h2", "Tilsette"),
            ("table", [["Namn", "Stilling", "Stillingsdel"], [ceo, "Direktør", "{p:100 %}"],
                       ["Jorunn Vikane", "Konservator", "{p:100 %}"], ["Eirik Solheim", "Formidlar", "{p:80 %}"],
                       ["Torleiv Hovland", "Båtbyggjar", "{p:100 %}"], ["Mona Hjelmeland", "Museumsvert og butikk", "{p:60 %}"]]),
            ("small", "I tillegg hadde museet 11 sesongtilsette i sommarhalvåret. Revisor er Revisjonskontoret Fjord AS "
                      "ved Arve Brandsøy.")]),
        ("sheet", {}, [
            ("kicker", "Årsmelding"), ("h1", "Årsmelding frå styret"),
            ("cols", 2, [
                ("h3", "Verksemda"),
                ("p", "Stiftinga Hovdeneset Kystmuseum har som føremål å samle inn, ta vare på, forske på og "
                      "formidle kystkultur frå {g:Sunnfjord} og {g:Nordfjord}. Museet held til på Hovdeneset "
                      "ved {g:Florø} i {g:Kinn} kommune."),
                ("p", "Museet var stengt fram til 10. mai på grunn av smitteverntiltak. Besøket auka med "
                      "{p?:31 %} samanlikna med 2020."),
                ("h3", "Arbeidsmiljø og likestilling"),
                ("p", "Museet hadde 7,4 årsverk fordelt på ni fast tilsette, fem kvinner og fire menn. "
                      "Sjukefråværet var {p:3,2 %|sjukefråværet}. Det har ikkje vore skadar eller ulukker. "
                      "Styret har tre kvinner og to menn."),
                ("h3", "Ytre miljø"),
                ("p", "Verksemda ureinar ikkje det ytre miljøet utover det som er vanleg for museum med "
                      "fartøyvern."),
                ("h3", "Økonomi"),
                ("p", f"Driftsinntektene var {printed(res, 'Sum driftsinntekter')} kroner og driftsresultatet "
                      f"{printed(res, 'Driftsresultat')} kroner. Årsresultatet vart {res_txt} kroner, som styret "
                      "føreslår overført til annan eigenkapital. Rekneskapen er sett opp under føresetnad om "
                      "vidare drift."),
                ("h3", "Framtidsutsikter"),
                ("p", "Styret ventar ein stabil situasjon i 2022, men peikar på at vedlikehaldsbehovet for "
                      "fartøya er stort.")]),
            ("sign", "{g:Florø}, 3. mars 2022", [
                ("Per Ivar Hessevik", "styreleiar"), ("Ingrid Solvik Kvalheim", "nestleiar"), ("Arnfinn Vågen", "styremedlem"),
                ("Marte Grov Eikrem", "styremedlem"), ("Øystein Frøyen", "styremedlem"), (ceo, "direktør")], {"cols": 3})]),
        ("sheet", {}, [("stmt", res, {"title": "Resultatrekneskap", "level": 1})]),
        ("sheet", {}, [("stmt", bal, {"title": "Balanse", "level": 1})]),
        ("sheet", {}, [
            ("h1", "Notar til rekneskapen"),
            ("h3", "Note 1 Offentlege tilskot"),
            ("table", [["Tilskotsytar", "2021", "2020"], ["Kulturdepartementet", "6 840 000", "6 612 000"],
                       ["{g:Vestland fylkeskommune|Vestland}", "1 712 000", "1 680 000"],
                       ["{g:Kinn kommune|Kinn}", "1 140 000", "1 120 000"], ["I alt", "9 692 000", "9 412 000"]]),
            ("h3", "Note 2 Lønnskostnader og godtgjersler"),
            ("p", "Museet hadde 7,4 årsverk i 2021. Løn til direktøren var 712 400 kroner. Styrehonoraret var "
                  "samla 48 000 kroner, og godtgjersla til revisor var 34 000 kroner."),
            ("h3", "Note 3 Varige driftsmiddel"),
            ("table", [["", "Bygningar", "Fartøy", "Inventar og utstyr"],
                       ["Bokført verdi 01.01.", "4 980 000", "1 320 000", "432 000"],
                       ["Tilgang", "0", "0", "118 000"], ["Årets avskrivingar", "168 000", "80 000", "164 000"],
                       ["Bokført verdi 31.12.", "4 812 000", "1 240 000", "386 000"]]),
            ("h3", "Note 4 Bankinnskot"),
            ("p", "Av bankinnskota er 214 600 kroner bundne skattetrekksmidlar.")]),
    ]
    return {
        "name": "hovdeneset-kystmuseum-2021", "lang": "nn", "html_lang": "nn", "year": 2021,
        "title": "Stiftinga Hovdeneset Kystmuseum – Årsmelding 2021", "foot": "Hovdeneset Kystmuseum · Årsmelding 2021",
        "design": {"font": "DejaVu Sans", "accent": "#0e4d64", "accent2": "#c4532f", "tint": "#f4ece6",
                   "h3case": "uppercase"},
        "css": "h1 { font-family: 'DejaVu Serif', serif; font-weight: normal; }",
        "organization": {"name": "Stiftinga Hovdeneset Kystmuseum", "founded_year": 1978,
                         "address": "Hovdevegen 21, 6900 Florø", "phone": "57 74 12 90",
                         "email": "post@hovdeneset.museum.no", "website": "www.hovdeneset.museum.no"},
        "ceo": ceo, "board": board(members),
        "not_board": ["Hallvard Botnen", ceo, "Jorunn Vikane", "Eirik Solheim", "Torleiv Hovland", "Mona Hjelmeland",
                      "Harald Nesje", "Kenneth Rognaldsen", "Oddny Stavø", "Arve Brandsøy"],
        "places_optional": ["Hovdeneset"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed A4 portrait, nynorsk, 9 sheets: photo cover with the title on a dark strip, contents "
                 "beside tiles, director's letter under a colour band, collage, board cards with the role above "
                 "the name and the appointing body under it, a member who left, staff table with shares of "
                 "positions, statements and notes on their own sheets.",
    }


def ravneberget_2015() -> dict:
    cols = [Col("Regnskap 2015", 2015), Col("Budsjett 2015", 2015, BUDGET), Col("Regnskap 2014", 2014)]
    res = Statement("Resultatregnskap", cols, income("nb", 3, inc=[
        ("Medlemskontingent", "", [412600, 400000, 386250]),
        ("Treningsavgifter", "", [1284150, 1250000, 1198700]),
        ("Sponsorinntekter", "", [612000, 650000, 588000]),
        ("Offentlige tilskudd", "", [318440, 300000, 296120]),
        ("Arrangementsinntekter", "", [742886, 700000, 690412]),
        ("Kiosk og dugnad", "", [284110, 250000, 262488])], cost=[
        ("Trenere og instruktører", "", [1118400, 1100000, 1064200]),
        ("Lønn daglig leder inkl. sosiale kostnader", "", [512880, 510000, 498110]),
        ("Haller og baneleie", "", [688212, 700000, 654900]),
        ("Utstyr og drakter", "", [386440, 350000, 402118]),
        ("Arrangementskostnader", "", [402118, 380000, 368990]),
        ("Reiser og cuper", "", [218660, 200000, 236004]),
        ("Andre driftskostnader", "", [214330, 200000, 221877])], fin=[
        ("Renteinntekter", "", [18220, 15000, 22410]),
        ("Rentekostnader", "", [-31640, -32000, -35880])]), label_header="Tall i kroner")
    result = [line for line in res.lines if line.label == "Årsresultat"][0].values
    bal = Statement("Balanse", [Col("31.12.2015", 2015), Col("31.12.2014", 2014)], balance("nb", 2, fixed=[
        ("Klubbhus", "", [1412000, 1468000]),
        ("Tråkkemaskin og utstyr", "", [236000, 284000])], current=[
        ("Kundefordringer", "", [88412, 102660]),
        ("Bankinnskudd", "", "plug")], equity=[
        ("Opptjent egenkapital", "", [1418804 + result[0], 1418804])], long=[
        ("Lån til klubbhus", "", [600000, 680000])], short=[
        ("Leverandørgjeld", "", [142880, 118400]),
        ("Skyldige offentlige avgifter", "", [66412, 61200]),
        ("Forskuddsbetalte treningsavgifter", "", [188600, 172300])]), label_header="Tall i kroner")
    ceo = "Morten Skjelbred"
    members = [("Kristin Aall Bugge", "LEDE", None), ("Henrik Vetlesen", "NEST", None),
               ("Lene Marie Sørby", "MEDL", None), ("Jon Erik Foyn", "MEDL", None), ("Sigrun Tangen", "MEDL", None),
               ("Mathias Brekke Holm", "MEDL", None), ("Arild Kjær", "VARA", None), ("Nina Wold", "VARA", None)]
    res_txt = printed(res, "Årsresultat")
    items = [
        ("sheet", {"foot": False}, [("cover", {
            "layout": "stacked", "split": "55%", "kicker": "Ravneberget Idrettslag · stiftet 1946",
            "title": "Årsmelding 2015", "lines": ["Idrettsglede for alle – fra knøttefotball til turrenn"],
            "seed": 1501, "scene": "field",
            "caption": "Forsiden: G12 fra fotballgruppa i seriestarten i april. Foto: Vibeke Nes"})]),
        ("sheet", {}, [("grid", "70mm 1fr", [
            [("h1", "Innhold"), ("toc", [("Lederen har ordet", 2), ("Organisasjon", 3), ("Aktivitet i 2015", 4),
                                         ("Året i bilder", 5), ("Regnskap 2015", 6), ("Balanse", 7)]),
             ("box", [("dl", [("Stiftet", "1946"), ("Adresse", "Idrettsveien 14, 3236 {g:Sandefjord}"),
                              ("Telefon", "33 46 21 70"), ("E-post", "post@ravneberget-il.no"),
                              ("Nett", "www.ravneberget-il.no")], {"columns": "16mm 1fr"})])],
            [("kicker", "Leder"), ("h1", "Lederen har ordet"),
             ("grid", "38mm 1fr", [[("people", [("Kristin Aall Bugge", ["leder"])], {"cols": 1, "seed": 15})],
                                   [("lead", "Vi ble flere, vi ble yngre – og vi fikk endelig kunstgress på Ravnebergbanen.")]]),
             ("cols", 2, [
                 ("p", "2015 har vært et år med stor aktivitet i alle gruppene. Vi passerte 1 200 medlemmer for "
                       "første gang, og nesten to av tre aktive er barn og unge. Det forplikter."),
                 ("p", "Den største enkeltsaken har vært kunstgressbanen, som ble ferdig i september etter tre år "
                       "med søknader og dugnad. Uten spillemidler, støtte fra {g:Sandefjord} kommune og innsatsen "
                       "til over hundre foreldre hadde vi ikke klart det."),
                 ("p", "Vi har også tatt et viktig grep i organisasjonen: Fra mars har klubben hatt en daglig leder i "
                       "deltidsstilling. Det har gitt de frivillige i gruppene mer tid til det de brenner for."),
                 ("p", "Takk til alle trenere, lagledere, foreldre, sponsorer og samarbeidspartnere. Dere er klubben."),
                 ("p", "Kristin Aall Bugge, leder")])]])]),
        ("sheet", {}, [
            ("kicker", "Tillitsvalgte"), ("h1", "Organisasjon"),
            ("grid", "1fr 1fr", [
                [("box", [("h3", "Hovedstyret"), ("dl", [
                    ("Leder", "Kristin Aall Bugge"), ("Nestleder", "Henrik Vetlesen"), ("Kasserer", "Lene Marie Sørby"),
                    ("Sekretær", "Jon Erik Foyn"), ("Styremedlem", "Sigrun Tangen"),
                    ("Ungdomsrepresentant", "Mathias Brekke Holm"), ("Varamedlemmer", "Arild Kjær, Nina Wold")],
                    {"columns": "36mm 1fr"})])],
                [("box", [("h3", "Gruppeledere"), ("dl", [
                    ("Fotball", "Geir Andersen"), ("Håndball", "Camilla Hegg"), ("Ski", "Ole Petter Moe"),
                    ("Friidrett", "Randi Bakke"), ("Trim og tur", "Per Kristian Løken")], {"columns": "36mm 1fr"})])]]),
            ("dl", [("Daglig leder", f"{ceo} ({{p:60 %|stilling}} stilling fra 1. mars)"),
                    ("Kontrollutvalg", "Rolf Eide (leder) og Siri Lund"),
                    ("Valgkomité", "Tor Hansen (leder), Mona Berg og Kai Ivar Dahl"),
                    ("Revisor", "Revisjonsfirmaet Larsen & Gran ved Terje Sunde"),
                    ("Æresmedlemmer", "Thorleif Ranvik og Bjørg Helene Moe")], {"columns": "36mm 1fr"}),
            ("photo", 1502, "field", "Hovedstyret samlet etter årsmøtet. Fra venstre: Henrik Vetlesen, Sigrun Tangen, "
                                     "Kristin Aall Bugge, Mathias Brekke Holm, Lene Marie Sørby og Jon Erik Foyn. "
                                     "Foto: Vibeke Nes", {"height": "62mm"}),
            ("h3", "Styrets arbeid"),
            ("p", "Hovedstyret har hatt ti styremøter og behandlet 64 saker. Gruppelederne møter i hovedstyret med "
                  "talerett når saker som gjelder gruppene, behandles. Klubben er representert i {g:Sandefjord} "
                  "idrettsråd og på kretstinget i {g:Vestfold} idrettskrets.")]),
        ("sheet", {}, [
            ("kicker", "Aktivitet"), ("h1", "Aktivitet i 2015"),
            ("tiles", [("1 214", "medlemmer per 31.12.2015"), ("{p:8 %}", "medlemsvekst fra 2014"),
                       ("742", "aktive barn og unge under 19 år"), ("{p:44 %}", "av de aktive er jenter")], {"cols": 4}),
            ("grid", "1fr 1.3fr", [
                [("bars", "Medlemmer per gruppe", [("Fotball", "512", 1), ("Håndball", "286", .56), ("Ski", "198", .39),
                                                   ("Friidrett", "134", .26), ("Trim og tur", "84", .16)])],
                [("cols", 2, [
                    ("h3", "Fotball"),
                    ("p", "Fotballgruppa hadde 31 lag i seriespill, fra G6 til seniorlaget i 5. divisjon. Over 80 "
                          "spillere deltok på sommerskolen."),
                    ("h3", "Håndball"),
                    ("p", "Håndballgruppa stilte 14 lag og arrangerte Ravnebergcupen med 96 lag fra hele {g:Vestfold}."),
                    ("h3", "Ski"),
                    ("p", "Skigruppa fikk en god sesong med 41 skidager. Karusellrennene samlet i snitt 70 barn."),
                    ("h3", "Friidrett"),
                    ("p", "Friidrettsgruppa arrangerte seks stevner, og tre utøvere tok medalje i kretsmesterskapet i "
                          "{g:Larvik}.")])]]),
            ("band", [("quote", "Det beste med klubben er at alle får være med – også de som ikke er best.",
                       "Jente, 13 år, håndballgruppa")], {"background": "#f6e9ea"})]),
        ("sheet", {}, [
            ("kicker", "Tilbakeblikk"), ("h1", "Året i bilder"),
            ("collage", [
                (1510, "field", "Kunstgressbanen åpnet 12. september. Fotballeder Geir Andersen og daglig leder "
                                f"{ceo} klippet snoren."),
                (1511, "hall", "Ravnebergcupen i håndball samlet 96 lag i oktober."),
                (1512, "fjord", "Skigruppas tur til {g:Hovden} i januar."),
                (1513, "field", "Friidrettsskolen med trener Espen Holm."),
                (1514, "houses", "Dugnad på klubbhuset i mai.")]),
            ("h2", "Hedersbevisninger"),
            ("grid", "1fr 1fr", [
                [("p", "Årsmøtet utnevnte Thorleif Ranvik til æresmedlem for mer enn 40 års innsats som trener, "
                       "kasserer og banemann.")],
                [("p", "Årets ildsjel ble Gunn Elise Ruud, som har drevet kiosken på alle hjemmekamper i ti år.")]])]),
        ("sheet", {}, [
            ("kicker", "Økonomi"), ("h1", "Regnskap 2015"),
            ("p", f"Idrettslaget fikk et årsresultat på {res_txt} kroner, mot et budsjettert resultat på "
                  f"{printed(res, 'Årsresultat', 1)} kroner. Inntektene ble høyere enn budsjettert, særlig fra "
                  "arrangementer og kiosk."),
            ("stmt", res, {"title": "Resultatregnskap", "level": 2})]),
        ("sheet", {}, [
            ("stmt", bal, {"title": "Balanse", "level": 1}),
            ("p", "Lånet til klubbhuset nedbetales med 80 000 kroner i året. Styret mener at idrettslagets "
                  "økonomi er god, og at regnskapet gir et riktig bilde av stillingen ved årsskiftet."),
            ("sign", "{g:Sandefjord}, 18. februar 2016", [
                ("Kristin Aall Bugge", "leder"), ("Henrik Vetlesen", "nestleder"), ("Lene Marie Sørby", "kasserer"),
                ("Jon Erik Foyn", "sekretær"), ("Sigrun Tangen", "styremedlem"), ("Mathias Brekke Holm", "ungdomsrepresentant")],
             {"cols": 3})]),
    ]
    return {
        "name": "ravneberget-il-2015", "lang": "nb", "year": 2015, "title": "Ravneberget IL – Årsmelding 2015",
        "foot": "Ravneberget Idrettslag · Årsmelding 2015",
        "design": {"accent": "#a61e2a", "accent2": "#1f1f1f", "tint": "#f6e9ea", "h3case": "uppercase"},
        "organization": {"name": "Ravneberget Idrettslag", "founded_year": 1946,
                         "address": "Idrettsveien 14, 3236 Sandefjord", "phone": "33 46 21 70",
                         "email": "post@ravneberget-il.no", "website": "www.ravneberget-il.no"},
        "ceo": ceo, "board": board(members),
        "not_board": [ceo, "Geir Andersen", "Camilla Hegg", "Ole Petter Moe", "Randi Bakke", "Per Kristian Løken",
                      "Rolf Eide", "Siri Lund", "Tor Hansen", "Mona Berg", "Kai Ivar Dahl", "Terje Sunde",
                      "Thorleif Ranvik", "Bjørg Helene Moe", "Gunn Elise Ruud", "Vibeke Nes", "Espen Holm"],
        "places_optional": ["Ravnebergbanen"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed A4 portrait, 7 sheets: stacked cover, contents beside the leader's letter, hovedstyret "
                 "and gruppeledere as two identical label/name boxes side by side (kasserer, sekretær, "
                 "ungdomsrepresentant MEDL; two deputies in one cell), a group-photo caption naming the board, "
                 "tiles and a bar chart, collage, income statement with a budget column, balance and signatures.",
    }


REPORTS = [hovdeneset_2021, ravneberget_2015]
