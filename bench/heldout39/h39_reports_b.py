"""Thirty-ninth set, part b: a hytteforening's typed årsberetning (scanned), a nynorsk sogelag's
årsmelding and a velforening's long årsmøtepapirer. Invented names and figures; real places."""
from __future__ import annotations

from heldout_finance import Statement, balance, income
from h3_render import Kroner
from h39_common import cols, proposal_rows


def kvitlia_hytteforening() -> dict:
    """Hytteforening in Oppdal, 2015, typed and photocopied (three pages): the board as
    "Role:<TAB>Name<TAB>hytte nr." lines, the veilag's own veistyre and its leader beside it, the
    bom and brøyting in percentages, a small driftsregnskap on tab stops with ",-", and the
    valgkomité's proposal typed after the board's signatures."""
    board = [("Ragnar Solbakken", "LEDE", None), ("Eva Løkken Brå", "NEST", None),
             ("Jostein Fagerhaug", "MEDL", None), ("Anne Grethe Vold", "MEDL", None),
             ("Håkon Stavne", "VARA", None)]
    st = Kroner("DRIFTSREGNSKAP 2015", cols(("2015", 2015, "a"), ("2014", 2014, "a")), income("nb", 2,
        [("Kontingent 118 hytter", "", [70_800, 67_800]), ("Bomavgift, andel fra veilaget", "", [41_260, 38_940]),
         ("Renter", "", [1_144, 1_508])],
        [("Løypekjøring", "", [58_500, 55_000]), ("Skilting og merking", "", [6_240, 11_780]),
         ("Strøm til bommen", "", [3_915, 3_640]), ("Årsmøte og styremøter", "", [4_380, 3_990]),
         ("Porto, gebyrer, kontingent Hytteforbundet", "", [7_610, 7_250])],
        labels={"inc": "INNTEKTER", "sum_inc": "Sum inntekter", "cost": "UTGIFTER", "sum_cost": "Sum utgifter",
                "op": None, "result": "Årets resultat"}), render="tabs")
    items = [
        ("bh", "KVITLIA HYTTEFORENING", {"size": 13}),
        ("bh", "ÅRSBERETNING FOR 2015", {"size": 12}),
        ("p", "Styret har i 2015 hatt følgende sammensetning:"),
        ("tablines", [["Leder:", "Ragnar Solbakken", "hytte nr. 47"],
                      ["Nestleder:", "Eva Løkken Brå", "hytte nr. 112"],
                      ["Kasserer:", "Jostein Fagerhaug", "hytte nr. 8"],
                      ["Sekretær:", "Anne Grethe Vold", "hytte nr. 63"],
                      ["Varamann:", "Håkon Stavne", "hytte nr. 90"]], {"stops": (3.5, 9.0)}),
        ("p", "Revisor har vært Gudmund Myrhaug. Valgkomité: Oddny Sande og Kjell Ove Rise."),
        ("p", "Det er holdt fire styremøter, to av dem på hytta til lederen. Foreningen har 118 betalende "
              "medlemmer av om lag 140 hytter i {g?:Kvitlia}, dvs. {p:84 %|hyttene} av hyttene."),
        ("bh", "VEI OG BOM", {"size": 11}),
        ("p", "Veien fra fylkesvegen og opp til {g?:Kvitlia} eies og drives av Kvitlia veilag, som har eget "
              "veistyre med Olav Kirkvold som leder. Hytteforeningen har en representant i veistyret "
              "(Jostein Fagerhaug). Etter avtalen går {p:20 %|bominntektene} av bominntektene til "
              "hytteforeningen som tilskudd til løypekjøring. Brøytingen er satt bort til Oppdal "
              "Maskinlag; brøyteavgiften økte med {p:6 %|brøyteavgiften} i 2015."),
        ("bh", "LØYPER", {"size": 11}),
        ("p", "Løypene ble kjørt fra 20. desember til etter påske. Løypenettet mot {g:Vangslia} ble lagt om "
              "etter avtale med grunneierne, og det er satt opp nye skilt ved parkeringen. Styret takker "
              "løypekjører Per Arne Toftaker for god innsats."),
        ("bh", "ØKONOMI", {"size": 11}),
        ("p", "Foreningen fikk et overskudd på kr 32 559,- i 2015. Kontingenten foreslås uendret, kr 600,- "
              "per hytte. Bankinnskuddet var kr 148 312,- ved årsskiftet."),
        ("stmt", st),
        ("p", "{g:Oppdal}, 14. februar 2016"),
        ("tablines", [["Ragnar Solbakken", "Eva Løkken Brå", "Jostein Fagerhaug"],
                      ["leder", "nestleder", "kasserer"],
                      ["", "", ""],
                      ["Anne Grethe Vold", "", ""], ["sekretær", "", ""]], {"stops": (6.0, 12.0)}),
        ("p", "Regnskapet er revidert og funnet i orden. Gudmund Myrhaug, revisor."),
        ("bh", "VALG – VALGKOMITEENS FORSLAG", {"size": 11}),
        ("tablines", [["Leder:", "Ragnar Solbakken", "gjenvalg 1 år"],
                      ["Sekretær:", "Anne Grethe Vold", "ikke på valg"],
                      ["Kasserer:", "Jostein Fagerhaug", "ikke på valg"],
                      ["Styremedlem:", "Ingrid Sletten Hoel", "ny 2 år"],
                      ["Varamann:", "Håkon Stavne", "gjenvalg 1 år"]], {"stops": (3.5, 9.0)}),
        ("p", "Eva Løkken Brå har bedt om avløsning. Oddny Sande, Kjell Ove Rise"),
    ]
    return {
        "name": "kvitlia-hytteforening-2015", "year": 2015, "title": "Kvitlia hytteforening – årsberetning 2015",
        "organization": {"name": "Kvitlia hytteforening"},
        "ceo": None, "board": board,
        "not_board": ["Gudmund Myrhaug", "Oddny Sande", "Kjell Ove Rise", "Olav Kirkvold", "Per Arne Toftaker",
                      "Ingrid Sletten Hoel"],
        "not_places": ["Oppdal Maskinlag", "Kvitlia veilag"],
        "font": "DejaVu Sans Mono", "body_pt": 9.5,
        "items": items, "renditions": ["scan", "doc"],
        "notes": "hytteforening, typed; board tab lines with hytte nr.; veilag leader; scan of 2-3 pages",
    }


def joranger_sogelag() -> dict:
    """Nynorsk sogelag in Luster, 2016: the årsmøte innkalling, then the årsmelding with the
    tillitsvalde in a two-column table (styret on the left, nemnder and other verv on the right in
    the same rows), the årsskrift's redaktør, a rekneskap with Rekneskap | Budsjett columns, and
    valnemnda si innstilling with "attval" and "ikkje på val"."""
    board = [("Ragnvald Sæle", "LEDE", None), ("Åshild Tenden Bjørk", "NEST", None),
             ("Oddbjørn Kvåle", "MEDL", None), ("Gunvor Heggestad", "MEDL", None),
             ("Lars Ivar Nesheim", "MEDL", None), ("Brita Øyane", "VARA", None),
             ("Kjell Arne Sviggum", "VARA", None)]
    c = cols(("Rekneskap 2016", 2016, "a"), ("Budsjett 2016", 2016, "b"), ("Rekneskap 2015", 2015, "a"))
    res = Statement("Rekneskap 2016", c, income("nn", 3,
        [("Medlemspengar", "", [61_200, 60_000, 58_350]), ("Sal av årsskrift", "", [38_400, 35_000, 34_850]),
         ("Tilskot frå Luster kommune", "", [15_000, 15_000, 15_000]), ("Tilskot til kulturminnedagen", "", [8_000, 0, 0]),
         ("Renter", "", [2_315, 3_000, 3_120])],
        [("Trykking av årsskrift", "", [68_420, 65_000, 63_870]), ("Porto og utsending", "", [9_760, 10_000, 9_430]),
         ("Møte og arrangement", "", [14_915, 12_000, 11_260]), ("Vedlikehald av kvernhuset", "", [22_600, 15_000, 4_300]),
         ("Kontingent Landslaget for lokalhistorie", "", [1_500, 1_500, 1_500]), ("Diverse", "", [3_180, 3_000, 2_710])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                "op": None, "result": "Resultat"}), label_header="Kr", render="ruled")
    bal = Statement("Balanse 31.12.2016", cols(("2016", 2016, "a"), ("2015", 2015, "a")), balance("nn", 2,
        [],
        [("Bankinnskot driftskonto", "", [42_870, 51_635]), ("Bankinnskot sparekonto", "", "plug")],
        [("Eigenkapital", "", [224_230, 219_690])], [],
        [("Skuldig trykkeri", "", [12_400, 11_900])], labels={"sum_debt": None}), label_header="Kr", render="ruled")
    items = [
        ("bh", "Joranger sogelag", {"size": 18}),
        ("p", "Årsmøte 2017 – innkalling, årsmelding og rekneskap for 2016", {"bold": True}),
        ("p", "Styret kallar inn til årsmøte i Joranger sogelag torsdag 16. mars 2017 kl. 19.30 på "
              "grendahuset på {g:Hafslo}. Etter årsmøtet fortel Torgeir Vigdal om stølane i fjellet aust "
              "for {g:Veitastrond}. Kaffi og kaker."),
        ("bh", "Sakliste"),
        ("ol", "Godkjenning av innkalling og sakliste"),
        ("ol", "Val av møteleiar, skrivar og to til å skriva under protokollen"),
        ("ol", "Årsmelding for 2016"),
        ("ol", "Rekneskap for 2016"),
        ("ol", "Arbeidsplan og budsjett for 2017"),
        ("ol", "Medlemspengar"),
        ("ol", "Val"),
        ("h", 1, "Årsmelding for 2016"),
        ("h", 2, "Tillitsvalde"),
        ("p", "Etter årsmøtet i mars 2016 har laget hatt desse tillitsvalde:"),
        ("table", [["Styret", "Nemnder og andre verv"],
                   ["Leiar: Ragnvald Sæle", "Bygdeboknemnda: Torgeir Vigdal (leiar), Marit Hauge"],
                   ["Nestleiar: Åshild Tenden Bjørk", "Redaktør for årsskriftet: Jorunn Lidal"],
                   ["Kasserar: Oddbjørn Kvåle", "Kvernhusgruppa: Arnstein Moen (leiar)"],
                   ["Skrivar: Gunvor Heggestad", "Revisor: Solveig Rønneberg"],
                   ["Styremedlem: Lars Ivar Nesheim", "Valnemnd: Kari Bolstad (leiar), Nils Erik Hestetun"],
                   ["Varamedlemer: Brita Øyane, Kjell Arne Sviggum", ""]],
         {"ruled": True, "gold_rows": True, "shade_header": "E4E9DD", "size": 9}),
        ("h", 2, "Medlemer og møte"),
        ("p", "Medlemstalet auka med {p:5 prosent|medlemstalet} frå året før, til 204 betalande medlemer "
              "ved årsskiftet. Styret har hatt seks møte og handsama 31 saker."),
        ("h", 2, "Arbeidet i 2016"),
        ("li", "Årsskriftet «Soga om Joranger» nr. 22 kom ut i november i 650 eksemplar."),
        ("li", "Kulturminnedagen i september med vandring frå {g:Hafslo} kyrkje til kvernhuset."),
        ("li", "Kvernhusgruppa skifte taket på kvernhuset ved elva, med dugnad og tilskot."),
        ("li", "Fotokveld i {g:Gaupne} saman med eit nabolag i februar."),
        ("p", "Styret takkar redaktør Jorunn Lidal og alle som har skrive i årsskriftet, og "
              "kulturkonsulenten i {g:Luster} kommune for godt samarbeid."),
        ("h", 2, "Økonomi"),
        ("p", "Rekneskapen syner eit overskot på kr 4 540. Vedlikehaldet av kvernhuset vart dyrare enn "
              "budsjettert, men sal av årsskriftet og eit ekstra tilskot gav meir inntekt. Om lag "
              "{p:60 %|utgiftene} av utgiftene går til årsskriftet."),
        ("stmt", res),
        ("stmt", bal),
        ("sign", "{g:Hafslo}, 20. februar 2017",
         [("Ragnvald Sæle", "leiar"), ("Åshild Tenden Bjørk", "nestleiar"), ("Oddbjørn Kvåle", "kasserar"),
          ("Gunvor Heggestad", "skrivar"), ("Lars Ivar Nesheim", "styremedlem")], {"cols": 3}),
        ("p", "Revisjon: Eg har gått gjennom rekneskapen og bilaga og funne alt i orden.\n"
              "Solveig Rønneberg, revisor"),
        ("h", 1, "Sak 7: Val – valnemnda si innstilling"),
        ("p", "Lars Ivar Nesheim ønskjer ikkje attval. Valnemnda gjer slikt framlegg:"),
        ("li", "Leiar for 1 år: Ragnvald Sæle (attval)"),
        ("li", "Styremedlem for 2 år: Oddbjørn Kvåle (attval)"),
        ("li", "Styremedlem for 2 år: Hallvard Moen (ny)"),
        ("li", "Ikkje på val: Åshild Tenden Bjørk og Gunvor Heggestad"),
        ("li", "Varamedlemer for 1 år: Brita Øyane (attval) og Eli Marie Bolstad (ny)"),
        ("li", "Revisor for 1 år: Solveig Rønneberg (attval)"),
        ("p", "Kari Bolstad og Nils Erik Hestetun"),
    ]
    return {
        "name": "joranger-sogelag-2016", "year": 2016, "title": "Joranger sogelag – årsmelding 2016",
        "organization": {"name": "Joranger sogelag"},
        "ceo": None, "board": board,
        "not_board": ["Torgeir Vigdal", "Marit Hauge", "Jorunn Lidal", "Arnstein Moen", "Solveig Rønneberg",
                      "Kari Bolstad", "Nils Erik Hestetun", "Hallvard Moen", "Eli Marie Bolstad"],
        "not_places": ["Luster kommune"],
        "header": "Joranger sogelag", "footer": "{PAGE}",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "nynorsk sogelag; tillitsvalde as a two-column table styret | nemnder; valnemnd attval",
    }


def heggedalsasen_vel() -> dict:
    """Velforening in Asker, 2017: long årsmøtepapirer (header, page numbers, contents); the board as
    a table comparing "Styret 2016" and "Styret 2017" (roles changed, last year's leader now leads
    the veikomité), committees with leaders, the Velforbund's leader at a meeting, statements ruled
    with Regnskap 2017 | Regnskap 2016 | Budsjett 2018, and next year's proposal in the innkalling."""
    board = [("Bente Skovli Aamot", "LEDE", None), ("Stian Ødegård", "NEST", None),
             ("Mona Fredriksen", "MEDL", None), ("Erlend Haukeland", "MEDL", None),
             ("Thea Marie Sunde", "MEDL", None), ("Knut Rasten", "VARA", None),
             ("Ingrid Foss Wiik", "VARA", None)]
    c = cols(("Regnskap 2017", 2017, "a"), ("Regnskap 2016", 2016, "a"), ("Budsjett 2018", 2018, "b"))
    res = Statement("Resultatregnskap", c, income("nb", 3,
        [("Medlemskontingent", "", [101_600, 98_400, 127_000]), ("Utleie av velhuset", "", [46_500, 39_000, 45_000]),
         ("Tilskudd fra Asker kommune", "", [12_000, 10_000, 12_000]), ("Juletrefest og loppemarked", "", [18_230, 16_940, 17_000])],
        [("Strøm og oppvarming velhuset", "", [21_480, 24_130, 22_000]), ("Vedlikehold velhuset", "", [38_760, 12_400, 30_000]),
         ("Forsikring", "", [8_940, 8_610, 9_200]), ("Veivedlikehold og strøing", "", [41_300, 37_850, 45_000]),
         ("Lekeplassen", "", [17_620, 4_300, 10_000]), ("Kontingent Velforbundet", "", [3_120, 3_120, 3_200]),
         ("Arrangementer", "", [14_870, 13_960, 15_000]), ("Avskrivninger", "", [12_000, 12_000, 12_000]),
         ("Andre kostnader", "", [6_440, 5_910, 6_000])],
        fin=[("Renteinntekter", "", [1_210, 1_640, 1_000])]),
        label_header="", render="ruled")
    bal = Statement("Balanse pr. 31. desember", cols(("2017", 2017, "a"), ("2016", 2016, "a")), balance("nb", 2,
        [("Velhuset", "", [168_000, 180_000])],
        [("Kundefordringer", "", [4_500, 0]), ("Bankinnskudd", "", "plug")],
        [("Egenkapital", "", [327_200, 312_190])], [],
        [("Forskuddsbetalt leie", "", [6_000, 3_500]), ("Annen kortsiktig gjeld", "", [2_140, 1_870])]),
        render="ruled")
    items = [
        ("bh", "Heggedalsåsen Vel", {"size": 22}),
        ("p", "Årsmøtepapirer – årsmøtet 2018\nÅrsberetning og regnskap for 2017", {"bold": True, "size": 13}),
        ("photo", 4, 5, "Dugnad på lekeplassen ved Åsenstua i mai 2017."),
        ("toc", [("Innkalling til årsmøtet", 2), ("Saksliste", 2), ("Styrets årsberetning 2017", 3),
                 ("Komiteenes rapporter", 5), ("Regnskap 2017 og budsjett 2018", 7), ("Innkomne forslag", 8),
                 ("Valgkomiteens innstilling", 9)]),
        ("break",),
        ("h", 1, "Innkalling til årsmøtet"),
        ("p", "Alle husstander i velets område innkalles til årsmøte i Heggedalsåsen Vel tirsdag "
              "23. januar 2018 kl. 19.00 på Åsenstua. Hver betalende husstand har én stemme. "
              "Forslag til årsmøtet måtte være styret i hende innen 2. januar."),
        ("h", 2, "Saksliste"),
        ("ol", "Godkjenning av innkalling og saksliste"),
        ("ol", "Valg av møteleder, referent og to til å underskrive protokollen"),
        ("ol", "Styrets årsberetning for 2017"),
        ("ol", "Regnskap for 2017 med revisors beretning"),
        ("ol", "Kontingent og budsjett for 2018"),
        ("ol", "Innkomne forslag"),
        ("ol", "Valg av styre, revisor og valgkomité"),
        ("h", 2, "Protokoll fra årsmøtet 2017 (kortversjon)"),
        ("p", "Årsmøtet ble holdt 24. januar 2017 på Åsenstua med 41 husstander til stede. Møteleder var "
              "Arild Moe, referent Siv Ekeberg. Rolf Sandvik og Liv Torill Engen ble valgt til å "
              "underskrive protokollen. Årsberetning og regnskap for 2016 ble godkjent, og kontingenten "
              "ble holdt uendret. Valgene fulgte valgkomiteens innstilling; det nye styret står i "
              "årsberetningen nedenfor."),
        ("break",),
        ("h", 1, "Styrets årsberetning 2017"),
        ("h", 2, "Velets område og medlemmer"),
        ("p", "Heggedalsåsen Vel omfatter 312 husstander på åsen nord for {g:Heggedal} sentrum i "
              "{g:Asker}. I 2017 betalte 254 husstander kontingent, det vil si {p:81 %|husstandene} av "
              "husstandene. Velet eier velhuset Åsenstua og har ansvar for to private veier og lekeplassen."),
        ("h", 2, "Styret"),
        ("p", "Årsmøtet 24. januar 2017 valgte nytt styre. Tabellen viser styret i 2017, med fjorårets "
              "styre til sammenligning:"),
        ("table", [["Verv", "Styret 2016", "Styret 2017"],
                   ["Leder", "Helge Brattli", "Bente Skovli Aamot"],
                   ["Nestleder", "Bente Skovli Aamot", "Stian Ødegård"],
                   ["Kasserer", "Mona Fredriksen", "Mona Fredriksen"],
                   ["Sekretær", "Erlend Haukeland", "Erlend Haukeland"],
                   ["Styremedlem", "Stian Ødegård", "Thea Marie Sunde"],
                   ["Varamedlem", "Thea Marie Sunde", "Knut Rasten"],
                   ["Varamedlem", "Knut Rasten", "Ingrid Foss Wiik"]],
         {"ruled": True, "gold_rows": True, "shade_header": "E8EDF2"}),
        ("p", "Helge Brattli gikk av som leder etter seks år og leder nå veikomiteen. Styret har hatt "
              "ni møter i 2017 og behandlet 48 saker."),
        ("h", 2, "Komiteer og andre tillitsvalgte"),
        ("tablines", [["Veikomiteen", "Helge Brattli (leder), Rolf Sandvik"],
                      ["Lekeplasskomiteen", "Anette Gjerdrum (leder), Siv Ekeberg"],
                      ["Juletrefestkomiteen", "Rolf Sandvik (leder)"],
                      ["Utleie av Åsenstua", "Siv Ekeberg"],
                      ["Revisor", "Per Kristian Lie"],
                      ["Valgkomité", "Liv Torill Engen, Arild Moe"]], {"stops": (5.5,)}),
        ("h", 2, "Viktige saker i 2017"),
        ("p", "Trafikksikkerhet: Etter flere henvendelser fra beboere søkte velet kommunen om fartsdumper i "
              "{g?:Åsenveien}. Søknaden ble innvilget, og to dumper kom på plass i september. Velet dekket "
              "{p:25 %|kostnadene} av kostnadene."),
        ("p", "Velhuset: Kjøkkenet på Åsenstua ble pusset opp med dugnad. Utleien økte med "
              "{p:19 %|utleien} fra 2016."),
        ("p", "Samarbeid: Leder deltok på Velforbundets medlemsmøte i oktober, der forbundets leder "
              "Gunnar Storm orienterte om ny veilov. Styret takker Siv Ekeberg for arbeidet med utleien."),
        ("break",),
        ("h", 1, "Komiteenes rapporter"),
        ("h", 2, "Veikomiteen"),
        ("p", "Veikomiteen har hatt ansvar for strøing og kantklipp og har innhentet tilbud på ny asfalt "
              "i {g?:Åsenlia}. Asfaltering foreslås gjort i 2019. Helge Brattli"),
        ("h", 2, "Lekeplasskomiteen"),
        ("p", "Ny sandkasse og benker ble satt opp på dugnad i mai, og huskestativet er kontrollert. "
              "Anette Gjerdrum"),
        ("h", 2, "Juletrefesten"),
        ("p", "Rundt 120 barn og voksne kom på juletrefesten 29. desember. Overskuddet gikk til lekeplassen. "
              "Rolf Sandvik"),
        ("break",),
        ("h", 1, "Regnskap 2017 og budsjett 2018"),
        ("p", "Velet hadde et overskudd på kr 15 010 i 2017. Budsjettet for 2018 bygger på at "
              "kontingenten økes med {p:25 %|kontingenten}, fra kr 400 til kr 500 per husstand."),
        ("stmt", res),
        ("stmt", bal),
        ("sign", "{g:Heggedal}, 8. januar 2018",
         [("Bente Skovli Aamot", "leder"), ("Stian Ødegård", "nestleder"), ("Mona Fredriksen", "kasserer"),
          ("Erlend Haukeland", "sekretær"), ("Thea Marie Sunde", "styremedlem")], {"cols": 3}),
        ("p", "Revisors beretning: Regnskapet er revidert og funnet i orden. Per Kristian Lie"),
        ("h", 1, "Innkomne forslag"),
        ("p", "Styret foreslår at velet setter av kr 20 000 til asfaltering i {g?:Åsenlia} i 2019."),
        ("break",),
        ("h", 1, "Valgkomiteens innstilling"),
        ("p", "Mona Fredriksen har bedt om å få gå ut av styret. Valgkomiteen foreslår dette styret for 2018:"),
        ("table", proposal_rows(["Verv", "Navn", ""], [
            ("Leder", "Bente Skovli Aamot", "gjenvalg"),
            ("Nestleder", "Stian Ødegård", "ikke på valg"),
            ("Kasserer", "Anette Gjerdrum", "ny"),
            ("Sekretær", "Erlend Haukeland", "gjenvalg"),
            ("Styremedlem", "Thea Marie Sunde", "ikke på valg"),
            ("Varamedlem", "Knut Rasten", "gjenvalg"),
            ("Varamedlem", "Jørgen Ulvestad", "ny")]), {"ruled": False}),
        ("p", "Revisor: Per Kristian Lie (gjenvalg). Valgkomité: styret foreslår Liv Torill Engen og "
              "Ingrid Foss Wiik.\nLiv Torill Engen og Arild Moe"),
        ("break",),
        ("h", 1, "Vedtekter for Heggedalsåsen Vel (utdrag)"),
        ("p", "§ 1 Formål. Velet skal ivareta felles interesser for beboerne i området, blant annet veier, "
              "lekeplass, velhus og trivsel."),
        ("p", "§ 2 Medlemskap. Alle husstander i området kan bli medlemmer. Medlemskapet gjelder for "
              "kalenderåret og forutsetter betalt kontingent."),
        ("p", "§ 3 Årsmøtet. Ordinært årsmøte holdes innen utgangen av januar. Innkalling med saksliste "
              "sendes medlemmene minst to uker før møtet. Hver husstand har én stemme."),
        ("p", "§ 4 Styret. Styret består av leder, nestleder, kasserer, sekretær og ett styremedlem, med "
              "to varamedlemmer. Leder velges særskilt for ett år; de øvrige for to år, slik at "
              "halvparten er på valg hvert år."),
        ("p", "§ 5 Valgkomité og revisor. Årsmøtet velger en valgkomité på to medlemmer og en revisor."),
        ("p", "§ 6 Regnskap. Regnskapsåret er kalenderåret. Regnskapet revideres før årsmøtet."),
        ("p", "§ 7 Vedtektsendringer krever to tredjedels flertall på årsmøtet."),
        ("p", "§ 8 Oppløsning. Ved oppløsning tilfaller velets midler et allmennyttig formål i "
              "nærområdet, etter vedtak på årsmøtet."),
    ]
    return {
        "name": "heggedalsasen-vel-2017", "year": 2017, "title": "Heggedalsåsen Vel – årsmøtepapirer 2018",
        "organization": {"name": "Heggedalsåsen Vel"},
        "ceo": None, "board": board,
        "not_board": ["Helge Brattli", "Rolf Sandvik", "Anette Gjerdrum", "Siv Ekeberg", "Per Kristian Lie",
                      "Liv Torill Engen", "Arild Moe", "Gunnar Storm", "Jørgen Ulvestad"],
        "not_places": ["Asker kommune"],
        "header": "Heggedalsåsen Vel – årsmøtet 2018", "footer": "Side {PAGE}",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "velforening; board as a Styret 2016 | Styret 2017 comparison table; committees; proposal",
    }


REPORTS = [kvitlia_hytteforening, joranger_sogelag, heggedalsasen_vel]
