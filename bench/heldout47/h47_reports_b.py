"""Forty-seventh held-out set, part B: a velforening's årsberetning, a sogelag's årsmelding in
nynorsk and a volunteer-run stiftinga's long årsmelding in nynorsk. All invented; places real and
valid in the report's year. Sums are computed from the detail lines (heldout_finance)."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income

CLUB = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
        "op": None, "result": "Resultat"}


# ---------------------------------------------------------------------------------------------
def fjellstrand_vel_2014() -> dict:
    """Velforening on Nesodden (Akershus), 2014: the board in a Funksjon | Navn | Adresse table that
    also lists the valgkomité and two revisorer, a member who moved away (starred, optional) and
    a varamedlem who stepped in, veilys and brøyting, Regnskap | Budsjett | Budsjett neste år."""
    cols = [Col("Regnskap 2014", 2014), Col("Budsjett 2014", 2014, BUDGET), Col("Budsjett 2015", 2015, BUDGET)]
    st = Statement(
        "Regnskap 2014", cols,
        income("nb", 3,
               [("Medlemskontingent", "", [87_600, 90_000, 90_000]),
                ("Tilskudd veilys fra kommunen", "", [18_000, 18_000, 18_000]),
                ("Utleie av velhuset", "", [24_500, 20_000, 22_000]),
                ("Renter", "", [1_384, 1_500, 1_000])],
               [("Strøm veilys", "", [21_412, 22_000, 22_000]),
                ("Brøyting og strøing", "", [52_300, 45_000, 50_000]),
                ("Vedlikehold velhus og badeplass", "", [31_866, 25_000, 30_000]),
                ("Forsikring", "", [6_980, 7_000, 7_200]),
                ("Medlemskap Velforbundet", "", [1_450, 1_450, 1_500]),
                ("Arrangementer og dugnad", "", [9_744, 10_000, 10_000]),
                ("Diverse", "", [2_113, 3_000, 3_000])],
               labels=CLUB),
        label_header="Kr")
    board = [("Steinar Myrvold", "LEDE", None), ("Hanne Lill Wangen", "MEDL", None),
             ("Rolf Gustavsen", "MEDL", None), ("Cecilie Aarskog", "MEDL", None),
             ("Thomas Wiberg", "MEDL", None), ("Berit Haldorsen", "VARA", None)]
    items = [
        ("bh", "Fjellstrand Vel", {"size": 16}),
        ("p", "Postboks 112, 1458 Fjellstrand"),
        ("bh", "ÅRSBERETNING FOR STYREPERIODEN 2014", {"size": 13}),
        ("h", 2, "Styresammensetning"),
        ("p", "Styret i Fjellstrand Vel (FV) har i perioden hatt følgende medlemmer:"),
        ("table", [["Funksjon", "Navn", "Adresse"],
                   ["Leder:", "Steinar Myrvold", "Strandlia 14"],
                   ["Styremedlemmer:", "Hanne Lill Wangen", "Furuveien 3"],
                   ["", "Rolf Gustavsen", "Tangenveien 27"],
                   ["", "Cecilie Aarskog", "Bjørkåsen 8"],
                   ["", "Jon Vidar Sætre*", "Furuveien 19"],
                   ["", "Thomas Wiberg*", "Solstien 5"],
                   ["Varamedlemmer:", "Berit Haldorsen", "Strandlia 2"],
                   ["Valgkomité:", "Gudrun Nesheim", "Tangenveien 11"],
                   ["", "Ove Kristiansen", "Bjørkåsen 21"],
                   ["Revisorer:", "Ragnar Tveter", "Solstien 12"],
                   ["", "Aud Sandvik", "Furuveien 7"]], {"ruled": False}),
        ("p", "* Jon Vidar Sætre flyttet fra Fjellstrand i juni og gikk ut av styret. Varamedlem "
              "Thomas Wiberg trådte inn som styremedlem fra 1. juli."),
        ("h", 2, "Møter og aktiviteter"),
        ("p", "Det har vært avholdt 8 styremøter og to befaringer sammen med {g:Nesodden} kommune. "
              "Dugnaden 3. mai samlet rundt 60 voksne og barn, og 17. mai-frokosten på velhuset var "
              "godt besøkt."),
        ("h", 2, "Medlemmer"),
        ("p", "Vellet hadde 292 betalende husstander i 2014, som er {p:72 %|husstandene i området} av "
              "husstandene i området. Kontingenten var 300 kroner."),
        ("h", 2, "Veilys og brøyting"),
        ("p", "Vellet eier 46 veilyspunkter. Tre armaturer ble skiftet til LED i høst. Brøyteavtalen "
              "med Myrvang Maskin AS ble forlenget med to år. Vinteren ga 19 brøyteturer mot 11 året "
              "før, og brøytingen ble derfor dyrere enn budsjettert."),
        ("h", 2, "Badeplassen"),
        ("p", "Ny flytebrygge ble lagt ut i juni. Styret takker Kåre Lindstad, som har hatt tilsyn "
              "med badeplassen i sommer, og Nina Østby for arbeidet med juletrefesten."),
        ("h", 2, "Økonomi"),
        ("p", "Regnskapet viser et resultat på 5 619 kroner. Vellet hadde 214 380 kroner i bank ved "
              "årsskiftet. Styret foreslår uendret kontingent for 2015."),
        ("stmt", st, {"title": "Regnskap 2014 og budsjett 2015"}),
        ("sign", "{g:Fjellstrand}, 15. februar 2015",
         [("Steinar Myrvold", "leder"), ("Hanne Lill Wangen", ""), ("Rolf Gustavsen", ""),
          ("Cecilie Aarskog", ""), ("Thomas Wiberg", "")], {"cols": 3}),
        ("h", 2, "Valgkomiteens innstilling til nytt styre"),
        ("p", "Leder: Steinar Myrvold (gjenvalg, 1 år). Styremedlemmer: Hanne Lill Wangen, Cecilie "
              "Aarskog, Thomas Wiberg og Lars Erik Bøe (ny). Varamedlem: Berit Haldorsen. "
              "Gudrun Nesheim og Ove Kristiansen, valgkomiteen."),
    ]
    return {
        "name": "fjellstrand-vel-2014", "year": 2014, "title": "Fjellstrand Vel årsberetning 2014",
        "organization": {"name": "Fjellstrand Vel"},
        "ceo": None, "board": board, "board_optional": ["Jon Vidar Sætre"], "items": items,
        "renditions": ["pdf", "docx"],
        "not_board": ["Gudrun Nesheim", "Ove Kristiansen", "Ragnar Tveter", "Aud Sandvik", "Kåre Lindstad",
                      "Nina Østby", "Lars Erik Bøe"],
        "not_places": ["Fjellstrand Vel", "1458 Fjellstrand", "fra Fjellstrand"],
        "notes": "Velforening, bokmål, Nesodden (Akershus) 2014: Funksjon | Navn | Adresse table with the "
                 "valgkomité and revisorer in it, a leaver (optional), a varamedlem moved up, budget columns.",
    }


# ---------------------------------------------------------------------------------------------
def seljord_sogelag_2008() -> dict:
    """Sogelag in Seljord (Telemark), 2008, nynorsk: the board in one prose sentence where the last
    names are 'styremedlemer og varamedlemer' together, their roles printed under the signatures;
    an årboknemnd with its own leiar, årsmøtet's møteleiar and skrivar, a simple rekneskap."""
    cols = [Col("Rekneskap 2008", 2008), Col("Budsjett 2008", 2008, BUDGET), Col("Rekneskap 2007", 2007)]
    st = Kroner(
        "Rekneskap 2008", cols,
        income("nn", 3,
               [("Medlemspengar", "", [36_750, 36_000, 35_250]),
                ("Sal av årbok", "", [58_420, 60_000, 61_880]),
                ("Tilskot frå kommunen", "", [15_000, 15_000, 12_000]),
                ("Vandringar og kveldsmøte", "", [7_830, 6_000, 6_410]),
                ("Renter", "", [4_615, 3_000, 3_870])],
               [("Trykking av årbok", "", [71_200, 70_000, 68_950]),
                ("Porto og utsending", "", [9_318, 9_000, 8_760]),
                ("Møteutgifter og foredragshaldarar", "", [8_455, 7_000, 6_910]),
                ("Vedlikehald av kvernhuset", "", [12_960, 15_000, 4_300]),
                ("Kontingent Landslaget for lokalhistorie", "", [1_200, 1_200, 1_100]),
                ("Anna", "", [2_214, 2_000, 1_845])],
               labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter",
                       "sum_cost": "Sum utgifter", "op": None, "result": "Overskot / underskot"}),
        note_col=None)
    board = [("Halvor Nordbø", "LEDE", None), ("Gro Storstein", "NEST", None),
             ("Aslaug Heddeland", "MEDL", None), ("Torleiv Manheim", "MEDL", None),
             ("Olav Tveiten", "MEDL", None), ("Ingebjørg Flatland", "VARA", None),
             ("Knut Aasmund Bjørge", "VARA", None)]
    items = [
        ("bh", "Seljord sogelag", {"size": 18}),
        ("bh", "Årsmelding 2008", {"size": 14}),
        ("h", 2, "Leiaren har ordet"),
        ("p", "Sogelaget har hatt eit aktivt år. Årboka kom ut til rett tid i november, og kveldsmøta "
              "har samla fleire folk enn på lenge. Eg vil takke alle som har skrive i årboka, og "
              "særleg Sigrun Hovde, som har redigert ho i ti år og no gjev seg."),
        ("h", 2, "Årsmøtet"),
        ("p", "Årsmøtet vart halde 28. februar i kyrkjelydshuset i {g:Seljord} med 46 medlemer. Til "
              "møteleiar vart Eivind Langeland vald, og Margit Kvålen vart skrivar. Årsmelding og "
              "rekneskap vart godkjende utan merknader."),
        ("h", 2, "Styret"),
        ("p", "Styret har hatt denne samansetjinga i 2008: Halvor Nordbø held fram som leiar, Gro "
              "Storstein nestleiar, Aslaug Heddeland skrivar og Torleiv Manheim kasserar. "
              "Styremedlemer og varamedlemer er Olav Tveiten, Ingebjørg Flatland og Knut Aasmund "
              "Bjørge. Sveinung Berge og Anne Kristine Lie gjekk ut av styret etter mange år."),
        ("p", "Styret har hatt 7 møte og handsama 38 saker."),
        ("h", 2, "Medlemer"),
        ("p", "Laget hadde 245 betalande medlemer ved årsskiftet, ein auke på 12 frå året før. Om lag "
              "{p:30 %|medlemene} av medlemene bur utanfor kommunen."),
        ("h", 2, "Årboka"),
        ("p", "Årboka for 2008 har 176 sider og 19 artiklar. Årboknemnda har vore Sigrun Hovde "
              "(leiar), Ånund Sandvik og Liv Bjørgo. Boka vart trykt i 900 eksemplar, og 640 er "
              "selde."),
        ("h", 2, "Kveldsmøte og vandringar"),
        ("li", "Februar: Kåseri om ferdavegane over {g?:Flatdal} ved Tor Einung."),
        ("li", "Mai: Vandring på gamle Brøløs-vegen, 38 deltakarar."),
        ("li", "Juni: Kulturminnedag ved kvernhuset i {g?:Åmotsdal}."),
        ("li", "Oktober: Bilete frå bygda, kveld i samarbeid med biblioteket."),
        ("h", 2, "Rekneskap"),
        ("p", "Rekneskapen syner eit overskot på 17 268 kroner. Laget har 168 540 kroner i banken. "
              "Revisorar har vore Gunnar Rui og Bjørg Tveit."),
        ("stmt", st, {"title": "Rekneskap 2008"}),
        ("sign", "{g:Seljord}, 20. januar 2009",
         [("Halvor Nordbø", "leiar"), ("Gro Storstein", "nestleiar"), ("Aslaug Heddeland", "skrivar"),
          ("Torleiv Manheim", "kasserar"), ("Olav Tveiten", "styremedlem"),
          ("Ingebjørg Flatland", "varamedlem"), ("Knut Aasmund Bjørge", "varamedlem")], {"cols": 3}),
    ]
    return {
        "name": "seljord-sogelag-2008", "year": 2008, "title": "Seljord sogelag årsmelding 2008",
        "organization": {"name": "Seljord sogelag"},
        "ceo": None, "board": board, "items": items, "renditions": ["pdf"],
        "not_board": ["Sigrun Hovde", "Eivind Langeland", "Margit Kvålen", "Sveinung Berge",
                      "Anne Kristine Lie", "Ånund Sandvik", "Liv Bjørgo", "Gunnar Rui", "Bjørg Tveit",
                      "Tor Einung"],
        "notes": "Sogelag, nynorsk, Seljord (Telemark) 2008: board in one prose sentence with styremedlemer "
                 "and varamedlemer named together, roles only under the signatures; årboknemnd leiar, "
                 "møteleiar, revisorar, Rekneskap | Budsjett | Rekneskap in kroner with ',-'.",
    }


# ---------------------------------------------------------------------------------------------
def skjeggedal_anleggsbu_2023() -> dict:
    """A volunteer-run stiftinga in Ullensvang (Vestland), 2023, nynorsk, long: contents, the leiar's
    greeting, the board as portrait cells with who appointed each, museumsvertar and a venelag with
    its own leiar, visitors over five years, dugnad hours, statements with notes and brackets, the
    auditor, and an e-signature page."""
    res = Statement(
        "Resultatrekneskap", [Col("2023", 2023), Col("2022", 2022)],
        income("nn", 2,
               [("Billettinntekter", "", [184_350, 161_200]),
                ("Sal i kiosk og butikk", "", [96_412, 88_075]),
                ("Tilskot frå Ullensvang kommune", "2", [120_000, 120_000]),
                ("Tilskot frå Vestland fylkeskommune", "2", [75_000, 60_000]),
                ("Gåver og sponsorar", "", [42_500, 55_000])],
               [("Løn museumsvertar", "3", [168_240, 151_880]),
                ("Varekjøp", "", [51_690, 47_210]),
                ("Straum, forsikring og drift", "", [88_415, 72_930]),
                ("Vedlikehald av bygningar", "4", [176_300, 64_150]),
                ("Avskrivingar", "5", [18_000, 18_000]),
                ("Andre driftskostnader", "", [31_822, 29_645])],
               fin=[("Renteinntekter", "", [6_940, 2_115])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    bal = Statement(
        "Balanse per 31.12.", [Col("2023", 2023), Col("2022", 2022)],
        balance("nn", 2,
                [("Utstilling og inventar", "5", [72_000, 90_000])],
                [("Varelager", "", [21_300, 18_900]),
                 ("Kundefordringar", "", [4_600, 7_250]),
                 ("Bankinnskot", "", "plug")],
                [("Grunnkapital", "", [100_000, 100_000]),
                 ("Anna eigenkapital", "6", [298_643, 307_908])],
                [],
                [("Leverandørgjeld", "", [38_250, 21_760]),
                 ("Skuldige offentlege avgifter", "", [12_840, 11_020]),
                 ("Anna kortsiktig gjeld", "", [9_500, 6_000])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    board = [("Solveig Instanes", "LEDE", None), ("Bjarte Hovland", "NEST", None),
             ("Randi Tveito Eide", "MEDL", None), ("Arne Skjeldal", "MEDL", None),
             ("Kristin Vik Lofthus", "MEDL", None), ("Terje Bleie", "VARA", None)]
    items = [
        ("bh", "Stiftinga Skjeggedal anleggsbu", {"size": 20}),
        ("bh", "Årsmelding og rekneskap 2023", {"size": 15}),
        ("photo", 4, 5, "Dugnadsgjengen ved anleggsbua i {g:Skjeggedal}, juni 2023. Foto: stiftinga"),
        ("p", "Org.nr. 987 654 321 · Postboks 44, 5770 Tyssedal · post@anleggsbua.no"),
        ("pagebreak",),
        ("toc", [("Leiaren har ordet", 3), ("Om stiftinga", 4), ("Styret", 5), ("Drifta i 2023", 6),
                 ("Besøk og dugnad", 7), ("Årsrekneskap", 8), ("Notar", 9), ("Melding frå revisor", 10)],
         {"title": "Innhald"}),
        ("pagebreak",),
        ("h", 1, "Leiaren har ordet"),
        ("p", "2023 vart eit rekordår for anleggsbua. Over 6 000 gjester gjekk inn døra, og "
              "taket på brakke 2 vart endeleg skifta etter fleire år med lappverk. Alt dette er "
              "gjort med frivillige krefter og god hjelp frå kommune og fylke."),
        ("p", "Takk til Magne Rasmussen for hundrevis av dugnadstimar på taket, til kultursjef "
              "Elin Tveit i {g:Ullensvang} kommune for godt samarbeid, og til dagleg leiar i "
              "Skjeggedal Venelag, Oddvar Brekke, som har halde dugnadslistene i orden."),
        ("p", "Solveig Instanes, styreleiar"),
        ("pagebreak",),
        ("h", 1, "Om stiftinga"),
        ("p", "Stiftinga vart skipa i 2001 og skal ta vare på anleggsbua og brakkene frå "
              "kraftutbygginga i {g:Skjeggedal} og formidle historia om anleggsarbeidarane i "
              "{g:Tyssedal} og {g?:Odda}. Stiftinga har ingen fast tilsette. Ho er drive av "
              "frivillige og har museumsvertar på timeløn i sesongen."),
        ("p", "Etter vedtektene har styret fem medlemer og ein varamedlem. Ullensvang kommune "
              "oppnemner to, Skjeggedal Venelag to og grunneigarane ein. Styremedlemene sit i fire år."),
        ("pagebreak",),
        ("h", 1, "Styret"),
        ("portraits", [("Solveig Instanes", ["Styreleiar", "oppnemnd av kommunen"]),
                       ("Bjarte Hovland", ["Nestleiar", "oppnemnd av venelaget"]),
                       ("Randi Tveito Eide", ["Styremedlem", "oppnemnd av kommunen"]),
                       ("Arne Skjeldal", ["Styremedlem", "oppnemnd av grunneigarane"]),
                       ("Kristin Vik Lofthus", ["Styremedlem", "oppnemnd av venelaget"]),
                       ("Terje Bleie", ["Varamedlem"])], {"per_row": 3}),
        ("p", "Styret har hatt 6 møte og handsama 31 saker. Styret har ikkje fått godtgjersle."),
        ("p", "Museumsvertar i 2023 var Ingrid Bakke, Sondre Hus og Maja Tveit Larsen. "
              "Skjeggedal Venelag har 180 medlemer og vart leidd av Oddvar Brekke."),
        ("pagebreak",),
        ("h", 1, "Drifta i 2023"),
        ("p", "Anleggsbua var open kvar dag frå 20. juni til 20. august, og etter avtale for "
              "grupper i mai og september. Vi hadde 41 gruppebesøk, mellom dei 14 skuleklassar "
              "frå {g?:Hardanger}. Den nye utstillinga om kokkane på anlegget opna i juli."),
        ("p", "Taket på brakke 2 vart lagt om i august. Arbeidet kosta 176 300 kroner, og "
              "{p:40 %|tilskot frå fylkeskommunen} av kostnaden vart dekt av tilskot frå "
              "fylkeskommunen. Resten tok stiftinga av eigne midlar."),
        ("pagebreak",),
        ("h", 1, "Besøk og dugnad"),
        ("table", [["", "2019", "2020", "2021", "2022", "2023"],
                   ["Besøkjande", "4 812", "1 906", "3 440", "5 275", "6 031"],
                   ["Gruppebesøk", "33", "4", "19", "36", "41"],
                   ["Dugnadstimar", "1 120", "640", "980", "1 310", "1 685"]], {"ruled": True}),
        ("p", "Dugnadstimane auka med {p:29 %|dugnadstimane} frå 2022, mest på grunn av taket."),
        ("pagebreak",),
        ("h", 1, "Årsrekneskap"),
        ("p", "Stiftinga fekk eit underskot på 9 265 kroner i 2023, etter eit overskot på "
              "102 575 kroner året før. Underskotet kjem av taket på brakke 2 og er dekt av anna "
              "eigenkapital. Styret meiner føresetnaden om vidare drift er til stades."),
        ("stmt", res, {"title": "Resultatrekneskap"}),
        ("stmt", bal, {"title": "Balanse per 31.12."}),
        ("pagebreak",),
        ("h", 1, "Notar"),
        ("p", "Note 1 Rekneskapsprinsipp. Årsrekneskapen er sett opp etter rekneskapslova og god "
              "rekneskapsskikk for små føretak."),
        ("p", "Note 2 Driftstilskota er gjevne utan krav om tilbakebetaling."),
        ("p", "Note 3 Stiftinga har ingen fast tilsette. Museumsvertane er tilsette i sesongen. "
              "Styret har ikkje fått godtgjersle. Honorar til revisor var 14 500 kroner."),
        ("p", "Note 4 Vedlikehaldet gjeld i hovudsak taket på brakke 2."),
        ("p", "Note 5 Utstillinga er avskriven lineært over ti år."),
        ("p", "Note 6 Eigenkapitalen var 407 908 kroner 1.1. og 398 643 kroner 31.12."),
        ("sign", "{g:Tyssedal}, 12. mars 2024",
         [("Solveig Instanes", "styreleiar"), ("Bjarte Hovland", "nestleiar"),
          ("Randi Tveito Eide", "styremedlem"), ("Arne Skjeldal", "styremedlem"),
          ("Kristin Vik Lofthus", "styremedlem")], {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Melding frå revisor"),
        ("p", "Vi har revidert årsrekneskapen for Stiftinga Skjeggedal anleggsbu. Etter vår meining "
              "gjev rekneskapen eit rettvisande bilete av den finansielle stillinga til stiftinga per "
              "31. desember 2023."),
        ("p", "Odda Revisjon AS, Lars Helge Vambheim, registrert revisor"),
        ("esign", "Signaturane i dette dokumentet er juridisk bindande",
         "Dokumentet er signert digitalt. Signeringsbeviset ligg ved.",
         [["Instanes, Solveig", "Styreleiar", "Signert 12.03.2024"],
          ["Hovland, Bjarte", "Nestleiar", "Signert 12.03.2024"],
          ["Eide, Randi Tveito", "Styremedlem", "Signert 13.03.2024"],
          ["Skjeldal, Arne", "Styremedlem", "Signert 13.03.2024"],
          ["Lofthus, Kristin Vik", "Styremedlem", "Signert 14.03.2024"]]),
    ]
    return {
        "name": "skjeggedal-anleggsbu-2023", "year": 2023, "title": "Stiftinga Skjeggedal anleggsbu 2023",
        "organization": {"name": "Stiftinga Skjeggedal anleggsbu"},
        "ceo": None, "board": board, "items": items, "renditions": ["pdf", "docx"],
        "not_board": ["Magne Rasmussen", "Elin Tveit", "Oddvar Brekke", "Ingrid Bakke", "Sondre Hus",
                      "Maja Tveit Larsen", "Lars Helge Vambheim"],
        "not_places": ["Stiftinga Skjeggedal anleggsbu", "Skjeggedal Venelag", "5770 Tyssedal",
                       "Ullensvang kommune oppnemner", "Odda Revisjon",
                       "Tilskot frå Ullensvang kommune", "Tilskot frå Vestland fylkeskommune"],
        "header": "Stiftinga Skjeggedal anleggsbu · Årsmelding 2023", "footer": "Side {PAGE}",
        "notes": "Volunteer-run stiftinga, nynorsk, Ullensvang (Vestland) 2023: long, board as portrait "
                 "cells with who appointed them, a venelag's leiar and museumsvertar, visitors and dugnad "
                 "over five years, statements with notes and brackets, revisor, e-signature page.",
    }


REPORTS = [fjellstrand_vel_2014, seljord_sogelag_2008, skjeggedal_anleggsbu_2023]
