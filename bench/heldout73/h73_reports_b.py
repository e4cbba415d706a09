"""The seventy-third set's web page and plain report (``h73_web``): a stifting's årsmelding as an
article on its web site, printed by the browser (nynorsk, Kvinnherad in Vestland, 2021), and a
historielag's årsberetning typed plainly (bokmål, Stange in Hedmark, 2012). Organisations, people
and figures are made up; the places are real and valid in the year."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def bjornatunet_stifting_2021() -> dict:
    cols = [Col("Rekneskap 2021", 2021, ACTUAL), Col("Budsjett 2021", 2021, BUDGET),
            Col("Rekneskap 2020", 2020, ACTUAL)]
    result = Statement("Resultatrekneskap", cols, income("nn", 3, [
        ("Leigeinntekter", "", [1284600, 1150000, 872300]),
        ("Kafé og sal", "", [412870, 380000, 268150]),
        ("Tilskot frå Kvinnherad kommune", "", [350000, 350000, 350000]),
        ("Andre tilskot og gåver", "", [226500, 150000, 310000]),
    ], [
        ("Løn og sosiale kostnader", "", [1198430, 1150000, 1086210]),
        ("Vedlikehald", "", [286915, 250000, 174380]),
        ("Straum og oppvarming", "", [164220, 140000, 121870]),
        ("Avskrivingar", "", [118000, 118000, 118000]),
        ("Andre driftskostnader", "", [342660, 320000, 298940]),
    ], [("Renteinntekter", "", [8210, 5000, 6940]), ("Rentekostnader", "", [-31480, -32000, -35120])]),
        label_header="Beløp i kr")
    bcols = [Col("31.12.2021", 2021, ACTUAL), Col("31.12.2020", 2020, ACTUAL)]
    bal = Statement("Balanse", bcols, balance("nn", 2,
        [("Bygningar og tun", "", [3540000, 3640000]), ("Inventar", "", [86000, 104000])],
        [("Kundefordringar", "", [62480, 41300]), ("Bankinnskot", "", "plug")],
        [("Grunnkapital", "", [200000, 200000]), ("Anna eigenkapital", "", [2514925, 2374450])],
        [("Lån i Husbanken", "", [980000, 1040000])],
        [("Leverandørgjeld", "", [74110, 58920]), ("Skuldige offentlege avgifter", "", [96330, 88140]),
         ("Anna kortsiktig gjeld", "", [58200, 47600])]), label_header="Beløp i kr")
    board = [("Kjell Arne Skeie", "LEDE", None), ("Brita Dalland Opsahl", "NEST", None),
             ("Terje Lid Haugsland", "MEDL", None), ("Åse Myklebust", "MEDL", None),
             ("Lars Håvard Tveit", "VARA", None), ("Anita Rød", "OBS", None)]
    kommune = "{g:Kvinnherad kommune|Kvinnherad}"
    blocks = [
        ("h1", "Årsmelding 2021"),
        ("meta", "Publisert 29.04.2022 · Sist oppdatert 05.05.2022 · Skrive av styret"),
        ("lead", "Årsmeldinga for 2021 vart godkjend av rådet i stiftinga 28. april 2022. Her finn du heile "
                 "meldinga og rekneskapen. Trykk på overskriftene for å opne eller lukke kvar del."),
        ("accordion", "Om stiftinga", [
            ("facts", "Fakta", ["Skipa: 1997", "Grunnkapital: 200 000 kr", "Tilsette: 3 (2,4 årsverk)",
                                "Dagleg leiar: Sigrun Eide Hatlevik"]),
            ("p", "Stiftinga Bjørnatunet vart skipa i 1997 av {g:Kvinnherad} kommune og fire lag i bygda. "
                  "Stiftinga eig og driv det gamle tunet på Bjørnabakken i {g:Uskedalen} med seks freda hus, "
                  "ein festsal og tre utleigehytter."),
            ("p", "Formålet er å ta vare på tunet og bruke det til kulturarbeid, leirskule og møteplass for folk "
                  "i {g:Sunnhordland}. Stiftinga har ikkje eigarar og skal ikkje gje utbyte.")]),
        ("accordion", "Styret og administrasjonen", [
            ("p", "Styret har frå rådsmøtet 20. april 2021 hatt denne samansetjinga:"),
            ("table", [["Verv", "Namn", "Oppnemnd av"],
                       ["Styreleiar", "Kjell Arne Skeie", kommune],
                       ["Nestleiar", "Brita Dalland Opsahl", "Kvinnherad sogelag"],
                       ["Styremedlem", "Terje Lid Haugsland", "Uskedalen grendalag"],
                       ["Styremedlem", "Åse Myklebust", kommune],
                       ["Varamedlem", "Lars Håvard Tveit", kommune],
                       ["Observatør", "Anita Rød", "dei tilsette"]]),
            ("p", "Inger Lise Bakke var styreleiar fram til rådsmøtet og tok ikkje attval. Styret takkar henne "
                  "for mange års innsats."),
            ("p", "Styret har halde seks møte og handsama 38 saker. Dagleg leiar er sekretær for styret."),
            ("h3", "Rådet", {"gold": False}),
            ("p", "Rådet er stiftinga sitt kontrollorgan og har sju medlemer frå kommunen og laga i bygda. "
                  "Leiar i rådet er Harald Tjoflot."),
            ("h3", "Tilsette", {"gold": False}),
            ("ul", ["Sigrun Eide Hatlevik, dagleg leiar i full stilling", "Mette Gjerde, kokk og vertinne",
                    "Jon Inge Steinsland, vaktmeister"])]),
        ("accordion", "Drifta i 2021", [
            ("p", "Etter eit år med stengde dører i 2020 kom aktiviteten godt i gang att frå mai. Skular frå "
                  "{g:Bergen}, {g:Husnes} og {g:Rosendal} nytta tunet til leirskule, og festsalen var leigd ut "
                  "til bryllaup, konfirmasjonar og minnesamvere."),
            ("table", [["", "2021", "2020"], ["Overnattingsdøgn", "3 412", "2 105"],
                       ["Leirskuleklassar", "41", "18"], ["Arrangement i eigen regi", "17", "9"],
                       ["Utleige av festsalen", "36", "22"], ["Belegg i utleigehyttene", "{p:46 %}", "{p:29 %}"]]),
            ("p", "Kulturkvelden «Song på tunet» i august samla om lag 400 menneske. Frivillige la ned rundt "
                  "1 100 timar i dugnad, mellom anna med nytt torvtak på eldhuset.")]),
        ("accordion", "Arbeidsmiljø, likestilling og ytre miljø", [
            ("p", "Sjukefråværet var {p:3,1 %|sjukefråværet} i 2021. Det har ikkje vore skadar eller ulukker "
                  "på tunet."),
            ("p", "Stiftinga har tre tilsette, to kvinner og ein mann. Styret har to kvinner og to menn. Stiftinga "
                  "arbeider for å fremje likestilling og hindre diskriminering."),
            ("p", "Drifta fører ikkje til utslepp som skadar det ytre miljøet. Husa blir varma opp med "
                  "varmepumper og ved frå eigen skog.")]),
        ("accordion", "Økonomi", [
            ("p", "Driftsinntektene auka til 2 273 970 kroner (1 800 450 kroner i 2020), og årsresultatet vart "
                  "eit overskot på 140 475 kroner. Styret gjer framlegg om at overskotet blir overført til anna "
                  "eigenkapital."),
            ("p", "Eigenkapitalen utgjer {p:69 %|eigenkapitalen} av totalkapitalen ved utgangen av året."),
            ("p", "Rekneskapen er revidert av revisor Kåre Olsen. Styret meiner rekneskapen gjev eit rett bilete "
                  "av stiftinga si stilling.")]),
        ("accordion", "Rekneskap 2021", [
            ("statement", result, "Resultatrekneskap"),
            ("statement", bal, "Balanse per 31. desember")]),
        ("accordion", "Vidare drift", [
            ("p", "Styret meiner føresetnaden om vidare drift er til stades. For 2022 er det budsjettert med "
                  "meir utleige og oppstart av arbeidet med nytt sanitærbygg."),
            ("sign", ["{g:Uskedalen}, 24. mars 2022",
                      "Kjell Arne Skeie, styreleiar · Brita Dalland Opsahl, nestleiar · Terje Lid Haugsland · "
                      "Åse Myklebust", "Sigrun Eide Hatlevik, dagleg leiar"])]),
        ("meta", "Del denne sida: Facebook · E-post · Skriv ut"),
    ]
    site = {
        "name": "Stiftinga Bjørnatunet", "tagline": "Kulturtun og leirstad i {g:Uskedalen}",
        "nav": ["Heim", "Om stiftinga", "Leige av tunet", "Leirskule", "Arrangement", "Kontakt"],
        "cookie": {"text": "Vi nyttar informasjonskapslar (cookies) for at nettstaden skal fungere og for å føre "
                           "statistikk over besøk. Du vel sjølv kva du godtek.",
                   "buttons": ["Godta alle", "Berre naudsynte", "Innstillingar"]},
        "crumb": ["Heim", "Om stiftinga", "Årsmeldingar", "Årsmelding 2021"],
        "footer": ["Stiftinga Bjørnatunet · Uskedalsvegen 112, 5463 {g:Uskedalen} · Telefon 53 48 61 20 · "
                   "post@bjornatunet.no · www.bjornatunet.no",
                   "Kontoret er ope måndag–fredag 09–15 · Følg oss på Facebook og Instagram · Personvernerklæring"],
        "aside": ("Les òg", ["Årsmelding 2020", "Vedtekter for stiftinga", "Leigevilkår og prisar",
                             "Bli frivillig på tunet"]),
    }
    return {
        "name": "bjornatunet-stifting-2021", "year": 2021, "lang": "nn", "layout": "web",
        "title": "Årsmelding 2021 – Stiftinga Bjørnatunet", "renditions": ["web"], "items": None,
        "page_file": "arsmelding-2021",
        "organization": {"name": "Stiftinga Bjørnatunet", "founded_year": 1997,
                         "address": "Uskedalsvegen 112, 5463 Uskedalen", "phone": "53 48 61 20",
                         "email": "post@bjornatunet.no", "website": "www.bjornatunet.no"},
        "ceo": "Sigrun Eide Hatlevik", "board": board,
        "not_board": ["Inger Lise Bakke", "Harald Tjoflot", "Mette Gjerde", "Jon Inge Steinsland", "Kåre Olsen"],
        "not_places": ["Kvinnherad sogelag", "Uskedalen grendalag", "Tilskot frå Kvinnherad kommune"],
        "page": {"mode": "web", "site": site, "blocks": blocks, "accent": "3C5A3A"},
        "notes": "Web page printed by Chromium with the browser's date, title, address and page lines: site "
                 "header and menu, an undismissed cookie notice, breadcrumbs, the årsmelding as one article "
                 "whose accordions are expanded (each title a gold heading), a 'Les òg' sidebar, and the site "
                 "footer with address, phone and e-mail under every page (a table footer). Board as a Verv | "
                 "Namn | Oppnemnd av table with an employees' observer (OBS); the chair until the spring meeting, "
                 "the council's leader, staff and revisor named (not board). Budget column optional.",
    }


def vallset_historielag_2012() -> dict:
    cols = [Col("Regnskap 2012", 2012, ACTUAL), Col("Regnskap 2011", 2011, ACTUAL),
            Col("Budsjett 2013", 2013, BUDGET)]
    result = Statement("Resultatregnskap 2012", cols, income("nb", 3, [
        ("Medlemskontingent", "", [28750, 27000, 29000]),
        ("Tilskudd fra Stange kommune", "", [8000, 8000, 8000]),
        ("Salg av årsskrift", "", [14320, 12860, 13000]),
        ("Loddsalg og basar", "", [9645, 11210, 10000]),
        ("Renteinntekter", "", [1182, 1406, 1000]),
    ], [
        ("Trykking av årsskrift", "", [21480, 20950, 22000]),
        ("Leie av lokaler", "", [6000, 6000, 6000]),
        ("Møter og foredrag", "", [7835, 6410, 8000]),
        ("Tur og ekskursjon", "", [9950, 12300, 10000]),
        ("Porto, rekvisita og gebyrer", "", [3218, 2977, 3500]),
        ("Kontingent til Landslaget for lokalhistorie", "", [1150, 1150, 1200]),
    ], labels={"inc": "Inntekter", "cost": "Utgifter", "sum_inc": "Sum inntekter", "sum_cost": "Sum utgifter",
               "op": None, "result": "Årets resultat"}))
    bcols = [Col("31.12.2012", 2012, ACTUAL), Col("31.12.2011", 2011, ACTUAL)]
    bal = Statement("Balanse pr. 31.12.2012", bcols, balance("nb", 2, [],
        [("Kontanter", "", [1240, 860]), ("Bankinnskudd", "", "plug")],
        [("Egenkapital", "", [118594, 106330])], [],
        [("Skyldig trykkeri", "", [4800, 2400])],
        labels={"current": None, "sum_current": None, "equity": None, "debt": None, "short": None}))
    board = [("Reidun Kolstad Berg", "LEDE", None), ("Arnfinn Skaugrud", "NEST", None),
             ("Gunnar Tørud", "MEDL", None), ("Astrid Hovelsrud", "MEDL", None),
             ("Per Magne Sveum", "MEDL", None), ("Ingeborg Frøyset", "VARA", None),
             ("Tor Ivar Bryhni", "VARA", None)]
    blocks = [
        ("h1", "Årsberetning 2012"),
        ("meta", "Vallset Historielag – stiftet 1979"),
        ("h2", "1. Innledning"),
        ("p", "Styret legger med dette fram årsberetningen for 2012, lagets 34. driftsår. Laget er et av de eldste "
              "historielagene i {g:Stange} og {g:Hedmark}. Året har vært preget av arbeidet med bygdeboka for "
              "{g:Vallset} og et godt besøkt foredragsprogram."),
        ("h2", "2. Styret og tillitsvalgte"),
        ("p", "Styret har i 2012 bestått av:"),
        ("pairs", [("Leder:", "Reidun Kolstad Berg"), ("Nestleder:", "Arnfinn Skaugrud"),
                   ("Kasserer:", "Gunnar Tørud"), ("Sekretær:", "Astrid Hovelsrud"),
                   ("Styremedlem:", "Per Magne Sveum"), ("Varamedlemmer:", "Ingeborg Frøyset"),
                   ("", "Tor Ivar Bryhni")], {"width": "40mm"}),
        ("p", "Valgkomité: Olaf Rustad (leder), Gerd Hoel Lie og Kjell Bergum."),
        ("p", "Revisorer: Solveig Dahl og Einar Nordstrøm."),
        ("p", "Styret har hatt åtte styremøter og behandlet 46 saker."),
        ("h2", "3. Medlemmer"),
        ("p", "Laget hadde 212 medlemmer ved utgangen av 2012, mot 194 året før. Det er en økning på "
              "{p:9 prosent|økning} og det høyeste medlemstallet i lagets historie. Hans Petter Kirkerud ble "
              "utnevnt til æresmedlem på årsmøtet for sitt mangeårige arbeid med lagets fotoarkiv."),
        ("h2", "4. Aktiviteter"),
        ("ul", ["Årsmøte 7. mars på {g:Vallset} samfunnshus med 58 frammøtte",
                "Foredrag om fløtingen i {g?:Svartelva} ved Tore Sandum, 12. april",
                "Slektsgranskingskurs på {g:Ottestad} bibliotek, fire kvelder i mai",
                "Vandring langs den gamle kongeveien fra {g:Espa} til {g:Tangen}, 3. juni (46 deltakere)",
                "Busstur til {g:Romedal} og {g:Hamar} med besøk på Domkirkeodden, 25. august",
                "Julemøte med utdeling av årsskriftet «Vallsetminne», 6. desember"]),
        ("p", "Arbeidet med bygdeboka er godt i gang. Redaksjonskomiteen ledes av nestlederen og har samlet inn "
              "over 600 bilder. {g:Stange} kommune ved kultursjef Marianne Brenna har gitt tilsagn om å dekke "
              "{p:50 prosent|trykkekostnadene} av trykkekostnadene."),
        ("h2", "5. Økonomi"),
        ("p", "Regnskapet viser et overskudd på 12 264 kroner. Laget har god økonomi, og egenkapitalen var "
              "118 594 kroner ved årsskiftet. Regnskapet er revidert uten merknader."),
        ("statement", result, "Resultatregnskap 2012"),
        ("statement", bal, "Balanse pr. 31.12.2012"),
        ("h2", "6. Takk"),
        ("p", "Styret takker medlemmene, foredragsholderne og alle som har lånt ut bilder og gjenstander til "
              "laget i året som gikk. En særlig takk til kirkevergen i {g:Stange} for lån av kirkestua."),
        ("sign", ["{g:Vallset}, 18. februar 2013", "",
                  "Reidun Kolstad Berg (leder) · Arnfinn Skaugrud · Gunnar Tørud · Astrid Hovelsrud · Per Magne Sveum",
                  "", "Vallset Historielag, c/o Reidun Kolstad Berg, Vallsetvegen 418, 2330 {g:Vallset}",
                  "E-post: vallset.historielag@gmail.com"]),
    ]
    return {
        "name": "vallset-historielag-2012", "year": 2012, "lang": "nb", "layout": "plain",
        "title": "Vallset Historielag – Årsberetning 2012", "renditions": ["chrome"], "items": None,
        "organization": {"name": "Vallset Historielag", "founded_year": 1979,
                         "address": "Vallsetvegen 418, 2330 Vallset", "email": "vallset.historielag@gmail.com"},
        "ceo": None, "board": board,
        "not_board": ["Olaf Rustad", "Gerd Hoel Lie", "Kjell Bergum", "Solveig Dahl", "Einar Nordstrøm",
                      "Hans Petter Kirkerud", "Tore Sandum", "Marianne Brenna"],
        "not_places": ["Tilskudd fra Stange kommune"],
        "page": {"mode": "plain", "blocks": blocks},
        "notes": "Plain typed report (serif, numbered headings) printed by Chromium without header lines, for "
                 "contrast. Board as 'Role:' | name pairs set in two columns without a table; the second deputy "
                 "on a line with an empty role; Kasserer and Sekretær are members (MEDL). Valgkomité, revisorer, "
                 "an æresmedlem, a lecturer and a kultursjef named (not board). Statement labels of a small "
                 "association (Inntekter / Utgifter / Årets resultat), a Budsjett 2013 column (optional).",
    }


REPORTS = [bjornatunet_stifting_2021, vallset_historielag_2012]
