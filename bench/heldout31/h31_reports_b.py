"""Thirty-first held-out set, part B: an interkommunalt avfallsselskap of 2006 (nynorsk), an
idrettslag's årsmelding of 1994 with its committees, a stiftelse's årsberetning of 2007 whose board
is printed only in the signature block. Invented organisations, people and figures; real places as
they were in each report's year. Sums come from the detail lines."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import BUDGET, Col, Statement, balance, income

# ---------------------------------------------------------------- 2006 IKS, nynorsk, long


def fjordane_gjenvinning_iks_2006() -> dict:
    cols = [Col("Rekneskap 2006", 2006), Col("Budsjett 2006", 2006, BUDGET), Col("Rekneskap 2005", 2005)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 3,
        inc=[("Renovasjonsgebyr hushald", "2", [28_414, 28_100, 26_902]),
             ("Slamgebyr", "2", [3_206, 3_150, 3_044]),
             ("Næringsavfall og mottaksgebyr", "", [9_872, 9_400, 9_118]),
             ("Sal av sekundærråstoff", "", [2_145, 1_800, 1_677])],
        cost=[("Lønn og sosiale kostnader", "3", [11_508, 11_650, 10_894]),
              ("Transport og innsamling", "", [12_066, 11_900, 11_412]),
              ("Handsaming og deponiavgift", "", [10_318, 10_200, 9_985]),
              ("Avskrivingar", "4", [3_412, 3_400, 3_187]),
              ("Andre driftskostnader", "", [4_977, 4_600, 4_709])],
        fin=[("Finansinntekter", "", [318, 250, 266]), ("Finanskostnader", "5", [-1_402, -1_450, -1_296])],
        labels={"result": "Årsresultat", "op": "Driftsresultat"}),
        unit=1000, negative="paren", label_header="Tal i heile 1000 kr", render="ruled")
    bcols = [Col("31.12.2006", 2006), Col("31.12.2005", 2005)]
    bal = Statement("Balanse", bcols, balance(
        "nn", 2,
        fixed=[("Bygningar og anlegg", "4", [24_810, 25_604]), ("Køyretøy og maskiner", "4", [7_366, 6_918]),
               ("Deponi", "4", [3_104, 3_390])],
        current=[("Kundefordringar", "", [5_612, 5_204]), ("Andre fordringar", "", [788, 702]),
                 ("Bankinnskot", "", "plug")],
        equity=[("Innskoten eigenkapital", "", [2_000, 2_000]), ("Anna eigenkapital", "", [4_917, 4_927]),
                ("Sjølvkostfond", "6", [1_286, 1_034])],
        long=[("Lån i Kommunalbanken", "5", [26_400, 27_600]), ("Pensjonsforpliktingar", "3", [3_982, 3_611])],
        short=[("Leverandørgjeld", "", [3_118, 2_806]), ("Skuldige offentlege avgifter", "", [1_506, 1_422]),
               ("Anna kortsiktig gjeld", "", [1_922, 1_744])]),
        unit=1000, negative="paren", label_header="Tal i heile 1000 kr", render="ruled")
    rep = [["Kommune", "Medlem", "Personleg varamedlem"],
           ["{g?:Førde}", "Olav Refsdal (leiar)", "Kari Hauge Myklebust"],
           ["{g?:Jølster}", "Ragnhild Støfring", "Jon Arne Kvamsdal"],
           ["{g?:Gaular}", "Sigbjørn Viken (nestleiar)", "Brit Osland"],
           ["{g?:Naustdal}", "Harald Ytrebø", "Guri Åsnes"],
           ["{g?:Askvoll}", "Marta Holmedal", "Ivar Rivedal"]]
    styre = [["Funksjon", "Namn", "Personleg vara"],
             ["Styreleiar", "Gunnhild Vik Stardal", "Per Kåre Sunde"],
             ["Nestleiar", "Jostein Fure", "Laila Berg"],
             ["Styremedlem", "Kjellaug Berge", "Olav Tefre"],
             ["Styremedlem", "Eirik Heggheim", "Siv Nesje"],
             ["Styremedlem (tilsette sin repr.)", "Atle Rørvik", "Mona Solheim"]]
    return {
        "name": "fjordane-gjenvinning-iks-2006",
        "year": 2006,
        "title": "Fjordane Gjenvinning IKS - Årsmelding 2006",
        "font": "Liberation Sans", "body_pt": 10, "heading_colour": "2E6B30",
        "header": "Fjordane Gjenvinning IKS - Årsmelding og rekneskap 2006",
        "header_align": "right",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Fjordane Gjenvinning IKS", "founded_year": 1996,
                         "address": "Brulandsvegen 60, 6800 Førde", "phone": "57 72 81 00",
                         "website": "www.fjordanegjenvinning.no",
                         "owners": [{"name": "Førde kommune", "share_percent": 46},
                                    {"name": "Jølster kommune", "share_percent": 16},
                                    {"name": "Gaular kommune", "share_percent": 14},
                                    {"name": "Naustdal kommune", "share_percent": 13},
                                    {"name": "Askvoll kommune", "share_percent": 11}]},
        "ceo": "Rune Hestad",
        "board": [("Gunnhild Vik Stardal", "LEDE", False), ("Jostein Fure", "NEST", False),
                  ("Kjellaug Berge", "MEDL", False), ("Eirik Heggheim", "MEDL", False),
                  ("Atle Rørvik", "MEDL", True),
                  ("Per Kåre Sunde", "VARA", None), ("Laila Berg", "VARA", None), ("Olav Tefre", "VARA", None),
                  ("Siv Nesje", "VARA", None), ("Mona Solheim", "VARA", None)],
        "board_optional": ["Arnstein Grov"],
        "not_board": ["Olav Refsdal", "Ragnhild Støfring", "Sigbjørn Viken", "Harald Ytrebø", "Marta Holmedal",
                      "Kari Hauge Myklebust", "Brit Osland", "Marit Hope", "Torleiv Sande", "Anne Grete Vallestad"],
        "items": [
            ("p", "FJORDANE GJENVINNING IKS", {"bold": True, "size": 22}),
            ("p", "Årsmelding og rekneskap 2006", {"size": 15}),
            ("photo", 3, 4, "Dei tilsette ved omlastingsstasjonen på {g:Hafstad}, hausten 2006."),
            ("p", "Brulandsvegen 60, 6800 {g:Førde} · telefon 57 72 81 00 · www.fjordanegjenvinning.no",
             {"size": 9}),
            ("pagebreak",),
            ("toc", [("Leiaren har ordet", 2), ("Om selskapet", 3), ("Representantskap og styre", 4),
                     ("Avfallsmengder og gjenvinning", 5), ("Tilsette og HMS", 6), ("Årsmelding frå styret", 7),
                     ("Rekneskap 2006", 8), ("Revisjonsmelding", 10)]),
            ("pagebreak",),
            ("h", 1, "Leiaren har ordet"),
            ("p", "2006 var året då det nye sorteringsanlegget kom i full drift. Innbyggjarane i dei fem "
                  "eigarkommunane har sortert betre enn nokon gong, og vi har fått ros frå Fylkesmannen i "
                  "{g?:Sogn og Fjordane} for arbeidet med farleg avfall."),
            ("p", "Eg vil takke dei tilsette for stor innsats i eit krevjande år, og representantskapet ved "
                  "leiar Olav Refsdal for godt samarbeid. Ein særleg takk til miljøvernsjef Torleiv Sande i "
                  "{g?:Førde} kommune, som har vore ein viktig pådrivar for kompostanlegget."),
            ("p", "Rune Hestad, dagleg leiar", {"italic": True}),
            ("pagebreak",),
            ("h", 1, "Om selskapet"),
            ("p", "Fjordane Gjenvinning IKS er eit interkommunalt selskap etter IKS-lova, skipa i 1996. "
                  "Selskapet har ansvar for innsamling og handsaming av hushaldsavfall og slam i kommunane "
                  "{g:Førde}, {g:Jølster}, {g:Gaular}, {g:Naustdal} og {g:Askvoll}, til saman om lag "
                  "23 000 innbyggjarar i {g:Sunnfjord}. Selskapet er eitt av seks interkommunale avfallsselskap i {g:Sogn og Fjordane}."),
            ("p", "Eigardelane er fastsette i selskapsavtalen etter folketalet:"),
            ("table", [["Deltakar", "Eigardel"], ["{g?:Førde} kommune", "{p:46 %}"],
                       ["{g?:Jølster} kommune", "{p:16 %}"], ["{g?:Gaular} kommune", "{p:14 %}"],
                       ["{g?:Naustdal} kommune", "{p:13 %}"], ["{g?:Askvoll} kommune", "{p:11 %}"]],
             {"ruled": True, "widths": [6.0, 3.0]}),
            ("pagebreak",),
            ("h", 1, "Representantskap og styre"),
            ("h", 2, "Representantskapet"),
            ("p", "Representantskapet er selskapet sitt øvste organ. Kvar deltakarkommune har ein "
                  "representant med personleg vara, valt av kommunestyret for valperioden 2003-2007."),
            ("table", rep, {"ruled": True, "widths": [3.5, 5.8, 5.8]}),
            ("p", "Representantskapet har hatt to møte i 2006 og handsama 14 saker, mellom anna budsjett, "
                  "økonomiplan og ny gebyrmodell."),
            ("h", 2, "Styret"),
            ("p", "Styret er valt av representantskapet, med unntak av representanten for dei tilsette, som "
                  "er vald av og blant dei tilsette. Styret har i 2006 vore samansett slik:"),
            ("table", styre, {"ruled": True, "widths": [5.6, 4.8, 4.8], "shade_header": "DDEBD5"}),
            ("p", "Arnstein Grov gjekk ut av styret i juni 2006 då han flytte frå regionen. Kjellaug Berge "
                  "tok over plassen hans og sat ut året. Styret har hatt 8 møte og handsama 51 saker. "
                  "Dagleg leiar er sekretær for styret."),
            ("pagebreak",),
            ("h", 1, "Avfallsmengder og gjenvinning"),
            ("p", "Mengda hushaldsavfall auka med {p:3,8 prosent|mengda hushaldsavfall} frå 2005. "
                  "Sorteringsgraden for hushaldsavfallet enda på {p:58 %|sorteringsgraden}, mot målet på "
                  "{p:55 %|målet}."),
            ("table", [["Fraksjon (tonn)", "2005", "2006", "Endring"],
                       ["Restavfall", "6 412", "6 530", "{p:1,8 %}"],
                       ["Papir og papp", "2 106", "2 244", "{p:6,6 %}"],
                       ["Matavfall", "1 874", "2 012", "{p:7,4 %}"],
                       ["Glas og metall", "402", "451", "{p:12,2 %}"],
                       ["Farleg avfall", "96", "118", "{p:22,9 %}"]],
             {"ruled": True, "widths": [5.5, 2.4, 2.4, 2.4]}),
            ("p", "Restavfallet går til energigjenvinning utanfor fylket. Deponiet på {g:Hafstad} tek i mot "
                  "inert avfall og vil vere fullt om om lag ti år."),
            ("pagebreak",),
            ("h", 1, "Tilsette og HMS"),
            ("p", "Ved utgangen av året hadde selskapet 31 tilsette i 29,4 årsverk. Sjukefråveret var "
                  "{p:6,1 prosent|sjukefråveret}, mot {p:7,3 prosent|sjukefråveret} i 2005. Det var to "
                  "skadar med fråvær i 2006. Verneombod er Anne Grete Vallestad."),
            ("p", "Av dei tilsette er 6 kvinner. Selskapet arbeider for å få fleire kvinner inn i "
                  "sjåføryrket."),
            ("pagebreak",),
            ("h", 1, "Årsmelding frå styret"),
            ("p", "Selskapet held til i {g:Førde}. Rekneskapen er sett opp under føresetnad om vidare drift. "
                  "Resultatet etter finanspostar er eit lite overskot, mot eit budsjettert underskot. "
                  "Gebyrinntektene over sjølvkost er sette av til "
                  "sjølvkostfondet. Styret er ikkje kjent med tilhøve etter årsskiftet som har betydning "
                  "for rekneskapen."),
            ("sign", "{g?:Førde}, 22. februar 2007",
             [("Gunnhild Vik Stardal", "styreleiar"), ("Jostein Fure", "nestleiar"),
              ("Kjellaug Berge", "styremedlem"), ("Eirik Heggheim", "styremedlem"),
              ("Atle Rørvik", "styremedlem"), ("Rune Hestad", "dagleg leiar")], {"cols": 3}),
            ("pagebreak",),
            ("stmt", res, {"title": "Resultatrekneskap 2006"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2006"}),
            ("p", "Noter: 1 Rekneskapsprinsipp. 2 Gebyr etter sjølvkost. 3 Pensjon i KLP. 4 Lineære "
                  "avskrivingar. 5 Lån med kommunal garanti. 6 Sjølvkostfond (bunde).", {"size": 8.5}),
            ("pagebreak",),
            ("h", 1, "Revisjonsmelding"),
            ("p", "Til representantskapet i Fjordane Gjenvinning IKS"),
            ("p", "Vi har revidert årsrekneskapen for selskapet for rekneskapsåret 2006. Etter vår meining "
                  "er rekneskapen lagd fram i samsvar med lov og forskrifter og gjev eit forsvarleg uttrykk "
                  "for den økonomiske stillinga til selskapet per 31. desember 2006."),
            ("p", "{g?:Førde}, 9. mars 2007\nFjordrevisjon IKS\nMarit Hope\noppdragsansvarleg revisor"),
        ],
        "renditions": ["docx", "pdf"],
        "notes": "IKS (avfall), 2006, nynorsk (Førde, Sogn og Fjordane), 11 pages. Representantskap and styre "
                 "both in ruled tables with personal deputies: representantskap not board; styre deputies "
                 "VARA; the tilsette's member says so. A member who left in June optional. Owners in a "
                 "share table. Resultatrekneskap with budget beside actuals in 1000 kr, brackets.",
    }


# ---------------------------------------------------------------- 1994 idrettslag


def lundamo_il_1994() -> dict:
    cols = [Col("Regnskap 1994", 1994), Col("Budsjett 1994", 1994, BUDGET), Col("Regnskap 1993", 1993)]
    res = Kroner("Driftsregnskap", cols, income(
        "nb", 3,
        inc=[("Medlemskontingent", "", [48_350, 46_000, 44_900]),
             ("Treningsavgifter", "", [61_200, 58_000, 55_475]),
             ("Lotteri og bingo", "", [92_418, 85_000, 88_063]),
             ("Tilskudd kommune og krets", "", [34_500, 30_000, 31_200]),
             ("Sponsorinntekter", "", [40_000, 45_000, 37_500]),
             ("Kiosk og arrangementer", "", [27_846, 25_000, 24_119])],
        cost=[("Dommer- og reiseutgifter", "", [41_902, 40_000, 38_455]),
              ("Kretskontingent og lisenser", "", [18_650, 18_000, 17_300]),
              ("Utstyr og drakter", "", [52_114, 45_000, 39_870]),
              ("Trenergodtgjørelse", "", [36_000, 36_000, 33_000]),
              ("Drift av lysløype og bane", "", [61_333, 55_000, 57_218]),
              ("Kioskvarer", "", [14_210, 12_000, 12_660]),
              ("Andre kostnader", "", [19_884, 15_000, 17_506])],
        fin=[("Renteinntekter", "", [4_105, 3_000, 3_812])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                "op": "Driftsresultat", "fin": None, "net_fin": None, "result": "Årets resultat"}),
        render="tabs", label_header="")
    bcols = [Col("31.12.94", 1994), Col("31.12.93", 1993)]
    bal = Kroner("Status", bcols, balance(
        "nb", 2, fixed=[("Lysanlegg (bokført verdi)", "", [60_000, 75_000])],
        current=[("Kasse", "", [2_140, 1_870]), ("Postgiro", "", [18_506, 14_221]), ("Bank", "", "plug")],
        equity=[("Egenkapital", "", [244_207, 206_840])],
        long=[], short=[("Skyldige kostnader", "", [6_400, 8_950])],
        labels={"assets": "Eiendeler", "eq_debt": "Gjeld og egenkapital", "sum_eq_debt": "Sum gjeld og egenkapital",
                "fixed": None, "current": None, "sum_fixed": None, "sum_current": None, "debt": None,
                "short": None, "sum_debt": None, "equity": None}),
        render="tabs", label_header="")
    return {
        "name": "lundamo-il-1994",
        "year": 1994,
        "title": "Lundamo Idrettslag - Årsmelding 1994",
        "font": "Liberation Serif", "body_pt": 11,
        "footer": "Årsmøte i Lundamo IL 16. februar 1995",
        "organization": {"name": "Lundamo Idrettslag", "founded_year": 1928},
        "ceo": None,
        "board": [("Geir Morten Aune", "LEDE", None), ("Hanne Eggen", "NEST", None),
                  ("Rolf Gulbrandsen", "MEDL", None), ("Wenche Bremseth", "MEDL", None),
                  ("Atle Sørli", "MEDL", None), ("Trude Eid", "VARA", None), ("Ståle Nygård", "VARA", None)],
        "not_board": ["Bjørn Are Lyngen", "Oddny Kregnes", "Tore Flatøy", "Ingvar Rotmo", "Sissel Haugum",
                      "Harald Lien", "Kirsti Vold", "Jan Petter Hoel", "Marit Brekken", "Ola Kvitsand",
                      "Reidar Skjøstad", "Ellen Aunet", "Steinar Mogstad", "Kjell Bremnes", "Svein Olav Moen"],
        "items": [
            ("p", "LUNDAMO IDRETTSLAG", {"bold": True, "size": 20, "align": "center"}),
            ("p", "Stiftet 1928", {"align": "center"}),
            ("p", "ÅRSMELDING 1994", {"bold": True, "size": 15, "align": "center"}),
            ("p", "Årsmøtet holdes i klubbhuset på {g:Lundamo} torsdag 16. februar 1995 kl. 19.00", {"align": "center"}),
            ("bh", "Dagsorden"),
            ("ol", "Godkjenning av innkalling og dagsorden"),
            ("ol", "Valg av møteleder, sekretær og to til å underskrive protokollen"),
            ("ol", "Årsmelding fra styret og gruppene"),
            ("ol", "Regnskap med revisorenes beretning"),
            ("ol", "Budsjett og kontingent for 1995"),
            ("ol", "Valg"),
            ("bh", "Tillitsvalgte i 1994"),
            ("p", "Styret:", {"bold": True}),
            ("tablines", [["Leder", "Geir Morten Aune", "valgt for 2 år (1993)"],
                          ["Nestleder", "Hanne Eggen", "valgt for 2 år (1994)"],
                          ["Kasserer", "Rolf Gulbrandsen", "valgt for 2 år (1993)"],
                          ["Sekretær", "Wenche Bremseth", "valgt for 2 år (1994)"],
                          ["Styremedlem", "Atle Sørli", "valgt for 1 år"],
                          ["Varamedlemmer", "Trude Eid, Ståle Nygård", "valgt for 1 år"]],
             {"stops": (4.0, 9.5)}),
            ("p", "Gruppeledere (møter i styret ved behov, uten stemmerett):", {"bold": True}),
            ("tablines", [["Fotball", "Bjørn Are Lyngen"], ["Ski", "Oddny Kregnes"],
                          ["Friidrett", "Tore Flatøy"], ["Allidrett for barn", "Sissel Haugum"]],
             {"stops": (4.0,)}),
            ("p", "Andre verv:", {"bold": True}),
            ("tablines", [["Revisorer", "Harald Lien, Kirsti Vold"],
                          ["Kontrollkomité", "Jan Petter Hoel, Marit Brekken"],
                          ["Valgkomité", "Ingvar Rotmo (leder), Ola Kvitsand, Ellen Aunet"],
                          ["Anleggskomité", "Reidar Skjøstad (leder), Steinar Mogstad"],
                          ["Lotteriansvarlig", "Kjell Bremnes"]], {"stops": (4.0,)}),
            ("p", "Æresmedlemmer: Reidar Skjøstad og Oddny Kregnes."),
            ("bh", "Styrets beretning"),
            ("p", "Styret har hatt 11 styremøter og behandlet 64 saker. Det viktigste arbeidet har vært "
                  "utbedring av lysløypa mot {g:Kvål} og søknaden om spillemidler til ny grusbane ved "
                  "{g?:Lundamo} skole. {g?:Melhus} kommune har gitt tilsagn om tilskudd."),
            ("p", "Medlemstallet økte fra 412 til 437, en økning på {p:6 prosent|medlemstallet}. Laget er "
                  "med det et av de største i {g:Melhus}. Vi takker kretsleder Svein Olav Moen i "
                  "{g?:Sør-Trøndelag} Idrettskrets for god hjelp med søknaden, og alle foreldre som har "
                  "stilt opp på dugnad."),
            ("table", [["Medlemmer pr. 31.12.", "1992", "1993", "1994"],
                       ["Barn (0-12 år)", "151", "164", "177"],
                       ["Ungdom (13-19 år)", "96", "102", "104"],
                       ["Voksne", "143", "146", "156"],
                       ["I alt", "390", "412", "437"]], {"ruled": True, "widths": [5.5, 2.2, 2.2, 2.2]}),
            ("bh", "Fotballgruppa"),
            ("p", "Gruppa har hatt 9 lag i seriespill, fra småguttelag til A-lag i 5. divisjon. A-laget "
                  "endte på tredjeplass. Gruppeleder Bjørn Are Lyngen har vært med i ti år og går nå av."),
            ("bh", "Skigruppa"),
            ("p", "Lagets klubbrenn samlet 84 løpere. Tre juniorer deltok i kretsmesterskapet i "
                  "{g:Budal}, og {p:40 %|løperne fra laget} av løperne fra laget tok medalje."),
            ("bh", "Friidrettsgruppa og allidretten"),
            ("p", "Friidrettsgruppa arrangerte Gaulacupen for tredje gang, med deltakere fra hele "
                  "{g:Gauldal}. Allidretten har hatt 38 barn på trening hver tirsdag i gymsalen."),
            ("pagebreak",),
            ("bh", "Regnskap 1994"),
            ("stmt", res),
            ("stmt", bal),
            ("p", "Revisorene har gått gjennom regnskapet og funnet det i orden. Årets resultat foreslås "
                  "overført til egenkapitalen."),
            ("p", "{g?:Lundamo}, 24. januar 1995"),
            ("sign", "",
             [("Geir Morten Aune", "leder"), ("Hanne Eggen", "nestleder"), ("Rolf Gulbrandsen", "kasserer"),
              ("Wenche Bremseth", "sekretær"), ("Atle Sørli", "styremedlem")], {"cols": 3}),
            ("bh", "Valgkomiteens innstilling til årsmøtet 1995"),
            ("tablines", [["Leder", "Hanne Eggen", "ny, 1 år"],
                          ["Nestleder", "Ola Kvitsand", "ny, 2 år"],
                          ["Kasserer", "Rolf Gulbrandsen", "gjenvalg, 2 år"],
                          ["Styremedlem", "Ellen Aunet", "ny, 1 år"],
                          ["Varamedlemmer", "Trude Eid, Tore Flatøy", "1 år"]], {"stops": (4.0, 9.5)}),
            ("p", "Geir Morten Aune og Atle Sørli har ikke tatt gjenvalg. Sekretær Wenche Bremseth er ikke på "
                  "valg. For valgkomiteen: Ingvar Rotmo"),
        ],
        "renditions": ["docx", "doc"],
        "notes": "Idrettslag årsmelding, 1994 (Melhus, Sør-Trøndelag). Board as tab lines Verv | Navn | valgt "
                 "for (kasserer, sekretær MEDL); gruppeledere, revisorer, kontrollkomité, valgkomité, "
                 "anleggskomité, æresmedlemmer not board; the valgkomité's proposal for 1995 in the same "
                 "shape (two of its own members proposed) is not board. Statements typed with tab stops, "
                 "kroner with ',-', budget beside actuals (optional).",
        "not_places": ["Lundamo Idrettslag", "Lundamo IL"],
    }


# ---------------------------------------------------------------- 2007 stiftelse


def hvamstua_stiftelse_2007() -> dict:
    cols = [Col("2007", 2007), Col("2006", 2006)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Utleieinntekter", "", [1_284_650, 1_166_300]), ("Kafédrift", "", [412_905, 388_140]),
             ("Gaver og tilskudd", "2", [250_000, 310_000])],
        cost=[("Lønnskostnader", "3", [904_118, 862_455]), ("Vedlikehold bygninger", "", [388_612, 296_074]),
              ("Energi og forsikring", "", [214_330, 201_904]), ("Avskrivninger", "4", [166_000, 158_000]),
              ("Andre driftskostnader", "", [201_775, 188_632])],
        fin=[("Renteinntekter", "", [38_216, 27_805]), ("Rentekostnader", "", [-61_480, -66_215])],
        labels={"result": "Årets resultat"}),
        note_col="Note", label_header="Beløp i NOK", render="ruled")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Tomt og bygninger", "4", [4_120_000, 4_262_000]), ("Inventar", "4", [118_000, 142_000])],
        current=[("Fordringer", "", [64_318, 51_902]), ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "5", [200_000, 200_000]), ("Annen egenkapital", "5", [2_864_310, 2_846_534])],
        long=[("Pantelån", "6", [1_380_000, 1_460_000])],
        short=[("Leverandørgjeld", "", [96_440, 82_116]), ("Annen kortsiktig gjeld", "", [148_902, 131_770])]),
        note_col="Note", label_header="Beløp i NOK", render="ruled")
    return {
        "name": "hvamstua-stiftelse-2007",
        "year": 2007,
        "title": "Stiftelsen Hvamstua Leirsted - Årsberetning og regnskap 2007",
        "font": "Liberation Sans", "body_pt": 10,
        "organization": {"name": "Stiftelsen Hvamstua Leirsted", "founded_year": 1962,
                         "email": "post@hvamstua.no", "website": "www.hvamstua.no"},
        "ceo": "Ingrid Skaug",
        "board": [("Torill Mjøen", "LEDE", None), ("Svein Erik Haug", "NEST", None),
                  ("Anne Lise Bråten", "MEDL", None), ("Petter Kolstad", "MEDL", None)],
        "not_board": ["Anders Hvam", "Jan Erik Bøhn", "Kåre Lillebråten"],
        "items": [
            ("p", "Stiftelsen Hvamstua Leirsted", {"bold": True, "size": 16}),
            ("p", "Årsberetning 2007", {"bold": True, "size": 13}),
            ("h", 2, "Stiftelsens formål"),
            ("p", "Stiftelsen ble opprettet i 1962 ved gave fra Marie og Anders Hvam. Formålet er å drive "
                  "leirsted for barn og unge og gi rimelig tilbud om opphold til lag og foreninger. "
                  "Leirstedet ligger ved {g?:Vorma} nord for {g:Årnes} i "
                  "{g:Nes} kommune i {g:Akershus}. Stiftelsen er registrert i Stiftelsesregisteret."),
            ("h", 2, "Virksomheten i 2007"),
            ("p", "Leirstedet hadde 6 840 overnattinger i 2007, mot 6 215 året før. Belegget i sommerhalvåret "
                  "var {p:64 %|belegget i sommerhalvåret}. Skoler fra {g:Romerike} og {g:Oslo} er de største "
                  "brukerne. Hovedhuset har fått nytt tak, finansiert delvis med gave fra Sparebanken."),
            ("p", "Stiftelsen har to faste ansatte: daglig leder Ingrid Skaug og vaktmester Kåre Lillebråten, "
                  "til sammen 1,8 årsverk. Sykefraværet var lavt. Stiftelsen har som mål å ha lik fordeling "
                  "mellom kvinner og menn i styret."),
            ("h", 2, "Styrets arbeid"),
            ("p", "Styret har hatt 6 møter i 2007. Styremedlemmene velges for to år av gangen; styret "
                  "supplerer seg selv etter vedtektene. Det er ikke utbetalt styrehonorar."),
            ("h", 2, "Økonomi"),
            ("p", "Regnskapet viser et overskudd, som overføres til annen egenkapital. Stiftelsens "
                  "økonomiske stilling er god, og forutsetningen om fortsatt drift er til stede. "
                  "Virksomheten forurenser ikke det ytre miljø."),
            ("sign", "{g?:Årnes}, 20. februar 2008",
             [("Torill Mjøen", "styrets leder"), ("Svein Erik Haug", "nestleder"),
              ("Anne Lise Bråten", "styremedlem"), ("Petter Kolstad", "styremedlem"),
              ("Ingrid Skaug", "daglig leder")], {"cols": 3}),
            ("pagebreak",),
            ("stmt", res, {"title": "Resultatregnskap 2007"}),
            ("stmt", bal, {"title": "Balanse pr. 31. desember 2007"}),
            ("h", 3, "Noter"),
            ("p", "Note 1 Regnskapsprinsipper: regnskapsloven og god regnskapsskikk for små foretak. "
                  "Note 2 Gaver: gave fra Sparebanken til nytt tak. Note 3 Lønn: daglig leder kr 356 000. "
                  "Note 4 Varige driftsmidler avskrives lineært. Note 5 Grunnkapitalen er bundet etter "
                  "stiftelsesloven. Note 6 Pantelån i bank, sikret i eiendommen.", {"size": 8.5}),
            ("p", "Revisor: Revisjonskontoret Hagen & Dahl DA ved registrert revisor Jan Erik Bøhn. "
                  "Revisjonsberetningen er vedlagt.", {"size": 8.5}),
            ("p", "Stiftelsen Hvamstua Leirsted · post@hvamstua.no · www.hvamstua.no",
             {"size": 8.5, "align": "center"}),
        ],
        "renditions": ["pdf", "docx"],
        "notes": "Stiftelse, 2007 (Nes, Akershus). The board is printed only in the signature block, each "
                 "name with its role under it; the daglig leder signs with them (ceo, not board). The "
                 "founders, vaktmester and auditor are not board. Statements 'Beløp i NOK' with a Note column.",
    }


REPORTS = [fjordane_gjenvinning_iks_2006, lundamo_il_1994, hvamstua_stiftelse_2007]
