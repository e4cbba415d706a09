"""Two work-inclusion companies of the sixty-ninth set: a vekstbedrift in Telemark in 2012 (A4
portrait magazine) and an arbeidsinkluderingsbedrift in Alta in 2023 (A4 landscape throughout)."""
from __future__ import annotations

from h69_common import board, millions, printed
from heldout_finance import Col, Statement, balance, income


def grovasen_2012() -> dict:
    cols = [Col("2012", 2012), Col("2011", 2011)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc=[
        ("Salgsinntekter", "", [9412388, 8906120]),
        ("Tilskudd fra NAV", "", [7836400, 7512960]),
        ("Tilskudd fra kommunene", "", [1120000, 1080000]),
        ("Andre driftsinntekter", "", [186214, 142880])], cost=[
        ("Varekostnad", "", [3018442, 2874115]),
        ("Lønnskostnader", "1", [12804680, 12311204]),
        ("Avskrivninger", "2", [612400, 588100]),
        ("Andre driftskostnader", "", [2011966, 1904311])], fin=[
        ("Finansinntekter", "", [118612, 96410]),
        ("Finanskostnader", "", [-41210, -48770])]), note_col="Note", label_header="Beløp i kroner")
    result = [line for line in res.lines if line.label == "Årsresultat"][0].values
    other_eq = [5903496 + result[0], 5903496]
    bal = Statement("Balanse", [Col("31.12.2012", 2012), Col("31.12.2011", 2011)], balance("nb", 2, fixed=[
        ("Maskiner og inventar", "2", [2416300, 2588700]),
        ("Biler", "2", [412000, 510000])], current=[
        ("Varelager", "", [612440, 588210]),
        ("Kundefordringer", "", [1402118, 1288442]),
        ("Andre fordringer", "", [214660, 198020]),
        ("Bankinnskudd", "3", "plug")], equity=[
        ("Aksjekapital", "4", [500000, 500000]),
        ("Annen egenkapital", "4", other_eq)], long=[
        ("Pensjonsforpliktelser", "", [812000, 766000])], short=[
        ("Leverandørgjeld", "", [688214, 712380]),
        ("Skyldige offentlige avgifter", "", [1104388, 1012660]),
        ("Annen kortsiktig gjeld", "", [1420090, 1338770])]), note_col="Note", label_header="Beløp i kroner")
    ceo = "Ragnhild Tveito Haugen"
    members = [("Torgeir Nesland", "LEDE", False), ("Hilde Marie Flatin", "NEST", False),
               ("Kjetil Bø", "MEDL", False), ("Anne Grethe Lia", "MEDL", False),
               ("Sindre Haugland", "MEDL", True), ("Liv Aasland", "VARA", False), ("Tone Kleppen", "VARA", True)]
    inc, res_txt = millions(res, "Sum driftsinntekter"), printed(res, "Årsresultat")
    items = [
        ("sheet", {"foot": False}, [("cover", {
            "kicker": "Grovåsen Arbeid AS", "title": "Årsrapport 2012", "layout": "stacked", "split": "42%",
            "seed": 1201, "scene": "workshop", "lines": ["Arbeid – mestring – fellesskap"],
            "caption": "Forsiden: Fra monteringshallen, der 14 arbeidstakere i VTA setter sammen ventilkasser. Foto: Eirik Holtan"})]),
        ("sheet", {}, [
            ("grid", "1fr 1fr", [
                [("h1", "Innhold"), ("toc", [("Daglig leder har ordet", 3), ("Året i bilder", 4),
                                             ("Styret og administrasjonen", 5), ("Styrets årsberetning", 6),
                                             ("Resultatregnskap", 7), ("Balanse", 8), ("Noter", 9)])],
                [("box", [("h3", "Om Grovåsen Arbeid"), ("dl", [
                    ("Stiftet", "1989"), ("Adresse", "Heddalsvegen 112, 3677 {g:Notodden}"),
                    ("Telefon", "35 02 61 40"), ("E-post", "post@grovasen-arbeid.no"),
                    ("Nettside", "www.grovasen-arbeid.no"),
                    ("Eiere", "{g:Notodden kommune|Notodden} {p:62 %|Notodden kommune}, "
                              "{g:Hjartdal kommune|Hjartdal} {p:23 %|Hjartdal kommune} og "
                              "{g:Tinn kommune|Tinn} {p:15 %|Tinn kommune}")], {"columns": "20mm 1fr"})])]]),
            ("band", [("kicker", "Nøkkeltall"), ("h2", "2012 i tall", {"gold": False})]),
            ("tiles", [("40", "godkjente plasser i varig tilrettelagt arbeid (VTA)"),
                       ("{p:31 %}", "av deltakerne i APS gikk over til arbeid eller utdanning"),
                       ("{p:6,8 %}", "sykefravær blant de fast ansatte"),
                       (f"{inc} mill.", "kroner i driftsinntekter")], {"cols": 4}),
            ("grid", "1fr 1fr", [
                [("p", "Grovåsen Arbeid er en vekstbedrift som gir arbeid og kvalifisering til mennesker som "
                       "har falt utenfor arbeidslivet. Vi leverer montering, pakking, vedproduksjon og "
                       "vaktmestertjenester til kunder i {g:Notodden}, {g:Hjartdal} og {g:Tinn}.")],
                [("p", "Bedriften er godkjent som tiltaksarrangør av NAV og har avtale om 40 plasser i VTA og "
                       "28 plasser i arbeidspraksis i skjermet virksomhet (APS). I tillegg kjøper NAV "
                       "{g:Telemark} enkeltplasser i arbeid med bistand.")]])]),
        ("sheet", {}, [
            ("grid", "52mm 1fr", [
                [("people", [(ceo, ["Daglig leder"])], {"cols": 1, "seed": 12}),
                 ("quote", "Når en kunde sier ja til en ny ordre, er det egentlig et ja til ti nye arbeidsdager for folk som trenger dem.")],
                [("kicker", "Leder"), ("h1", "Daglig leder har ordet"),
                 ("lead", "2012 ble året da vi fikk flere ordrer enn vi hadde hender til – og da vi lærte hvor "
                          "mye et godt lag betyr."),
                 ("cols", 2, [
                     ("p", "Vi startet året med usikkerhet rundt en av våre største kunder, som flyttet produksjonen "
                           "sin ut av distriktet. I stedet for å bygge ned valgte vi å gå aktivt ut mot nye kunder. "
                           "Det har gitt resultater: vedproduksjonen ble doblet, og vi fikk en ny rammeavtale om "
                           "pakking for en grossist i {g:Bø}."),
                     ("p", "Det viktigste vi gjør, er likevel ikke å produsere varer. Det er å gi mennesker en "
                           "arbeidsdag med mening. Av deltakerne som avsluttet arbeidspraksis i skjermet "
                           "virksomhet i 2012, gikk {p?:31 %} over til arbeid eller utdanning. Det er "
                           "det beste resultatet vi har hatt."),
                     ("p", "Sykefraværet blant de fast ansatte gikk ned fra {p:8,1 %|sykefraværet} til "
                           "{p?:6,8 %}. Vi har jobbet systematisk med tilrettelegging og tett "
                           "oppfølging, og vernetjenesten har vært en god pådriver."),
                     ("p", "Takk til alle ansatte, deltakere, kunder og samarbeidspartnere for et godt år. "
                           "En spesiell takk til NAV-kontorene og til eierkommunene, som har gitt oss "
                           "forutsigbare rammer."),
                     ("p", f"{ceo}, daglig leder")]),
                 ("photo", 1205, "workshop", "Vedavdelingen leverte 1 900 sekker ved i 2012 – dobbelt så mye som året før.",
                  {"height": "62mm"})]])]),
        ("sheet", {}, [
            ("kicker", "Tilbakeblikk"), ("h1", "Året i bilder"),
            ("collage", [
                (1210, "workshop", "Verkstedleder Per Olav Mælum viser fram den nye kappsagen som ble tatt i bruk i mars."),
                (1211, "houses", "Vaktmesterteamet har hatt ansvar for uteområdene ved tre borettslag i {g:Notodden}."),
                (1212, "hall", "Over 200 gjester kom på åpen dag i september. Ordfører Gunnhild Skarprud klippet snoren."),
                (1213, "fjord", "Sommertur for arbeidstakerne i VTA til {g?:Gaustatoppen}."),
                (1214, "workshop", "Jobbkonsulent Arne Tufte og Kjersti Bolkesjø, som fikk fast jobb i butikk etter APS.")]),
            ("band", [("quote", "Her har jeg kolleger som venter på meg om morgenen. Det har jeg ikke hatt før.",
                       "Arbeidstaker i VTA, vedavdelingen")], {"background": "#eef2f3"})]),
        ("sheet", {}, [
            ("kicker", "Organisasjon"), ("h1", "Styret og administrasjonen"),
            ("p", "Styret har fem medlemmer. Fire er valgt av generalforsamlingen etter forslag fra eierne, og ett er "
                  "valgt av og blant de ansatte. Styret har hatt sju møter og behandlet 48 saker i 2012."),
            ("h2", "Styret"),
            ("people", [("Torgeir Nesland", ["Styreleder"]), ("Hilde Marie Flatin", ["Nestleder"]),
                        ("Kjetil Bø", ["Styremedlem"]), ("Anne Grethe Lia", ["Styremedlem"]),
                        ("Sindre Haugland", ["Styremedlem,", "valgt av de ansatte"])], {"cols": 5, "seed": 3}),
            ("small", "Varamedlemmer: Liv Aasland (for de eiervalgte medlemmene) og Tone Kleppen (for de ansattes representant)."),
            ("h2", "Administrasjonen"),
            ("people", [(ceo, ["Daglig leder"]), ("Bente Sandvik", ["Økonomileder"]),
                        ("Per Olav Mælum", ["Verkstedleder"]), ("Arne Tufte", ["Jobbkonsulent"])], {"cols": 5, "seed": 4}),
            ("small", "Revisor: Holtvedt Revisjon AS ved statsautorisert revisor Dag Kvisle. "
                      "Verneombud: Tor Arne Lunde.")]),
        ("sheet", {}, [
            ("kicker", "Årsberetning"), ("h1", "Styrets årsberetning 2012"),
            ("cols", 2, [
                ("h3", "Virksomhetens art og hvor den drives"),
                ("p", "Grovåsen Arbeid AS er et aksjeselskap eid av {g:Notodden}, {g:Hjartdal} og {g:Tinn} "
                      "kommuner. Selskapet har som formål å gi arbeid, arbeidstrening og kvalifisering til "
                      "personer med nedsatt arbeidsevne, og skal ikke dele ut utbytte. Virksomheten drives i "
                      "egne lokaler i {g:Notodden} i {g:Telemark}."),
                ("p", "Selskapet har avtale med NAV om 40 plasser i varig tilrettelagt arbeid (VTA) og 28 plasser "
                      "i arbeidspraksis i skjermet virksomhet (APS). Plassene har vært fullt belagt gjennom året."),
                ("h3", "Arbeidsmiljø"),
                ("p", "Ved utgangen av året hadde selskapet 19 fast ansatte i 17,4 årsverk. Sykefraværet var "
                      "{p?:6,8 %} mot {p?:8,1 %} året før. Det har ikke vært "
                      "skader eller ulykker som har ført til fravær. Styret anser arbeidsmiljøet som godt."),
                ("h3", "Likestilling"),
                ("p", "Av de fast ansatte er ni kvinner og ti menn. Styret består av to kvinner og tre menn. "
                      "Selskapet praktiserer lik lønn for likt arbeid."),
                ("h3", "Ytre miljø"),
                ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bransjen. "
                      "Avfall sorteres og leveres til godkjent mottak."),
                ("h3", "Resultat og fortsatt drift"),
                ("p", f"Driftsinntektene ble {printed(res, 'Sum driftsinntekter')} kroner mot "
                      f"{printed(res, 'Sum driftsinntekter', 1)} kroner i 2011. Årsresultatet ble {res_txt} kroner. "
                      "Årsregnskapet er avlagt under forutsetning om fortsatt drift, og styret mener at "
                      "forutsetningen er til stede."),
                ("h3", "Disponering av årsresultatet"),
                ("p", f"Styret foreslår at årsresultatet på {res_txt} kroner overføres til annen egenkapital.")]),
            ("sign", "{g:Notodden}, 12. mars 2013", [
                ("Torgeir Nesland", "styreleder"), ("Hilde Marie Flatin", "nestleder"), ("Kjetil Bø", "styremedlem"),
                ("Anne Grethe Lia", "styremedlem"), ("Sindre Haugland", "styremedlem"), (ceo, "daglig leder")], {"cols": 3})]),
        ("sheet", {}, [("stmt", res, {"title": "Resultatregnskap", "level": 1})]),
        ("sheet", {}, [("stmt", bal, {"title": "Balanse", "level": 1})]),
        ("sheet", {}, [
            ("h1", "Noter til regnskapet"),
            ("h3", "Regnskapsprinsipper"),
            ("p", "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk for små foretak. "
                  "Tilskudd fra NAV inntektsføres i den perioden tiltaksplassene gjelder."),
            ("h3", "Note 1 Lønnskostnader, antall ansatte og ytelser"),
            ("table", [["", "2012", "2011"], ["Lønninger", "9 612 400", "9 248 880"],
                       ["Arbeidsgiveravgift", "1 355 348", "1 304 092"], ["Pensjonskostnader", "1 318 720", "1 247 910"],
                       ["Andre ytelser", "518 212", "510 322"], ["I alt", "12 804 680", "12 311 204"]]),
            ("p", "Lønn til daglig leder utgjorde 684 200 kroner. Styrehonoraret var samlet 52 000 kroner. "
                  "Godtgjørelse til revisor var 38 500 kroner for lovpålagt revisjon."),
            ("h3", "Note 2 Varige driftsmidler"),
            ("table", [["", "Maskiner og inventar", "Biler"], ["Anskaffelseskost 01.01.", "4 912 300", "980 000"],
                       ["Tilgang i året", "342 000", "0"], ["Akkumulerte avskrivninger 31.12.", "2 838 000", "568 000"],
                       ["Bokført verdi 31.12.", "2 416 300", "412 000"], ["Årets avskrivninger", "514 400", "98 000"]]),
            ("h3", "Note 3 Bankinnskudd"),
            ("p", "Av bankinnskuddene er 486 200 kroner bundne skattetrekksmidler."),
            ("h3", "Note 4 Egenkapital"),
            ("p", f"Aksjekapitalen er 500 000 kroner fordelt på 500 aksjer. Annen egenkapital økte med årets resultat på {res_txt} kroner.")]),
    ]
    return {
        "name": "grovasen-arbeid-2012", "lang": "nb", "year": 2012, "title": "Grovåsen Arbeid AS – Årsrapport 2012",
        "foot": "Grovåsen Arbeid AS · Årsrapport 2012",
        "design": {"accent": "#1f5c63", "accent2": "#d9822b", "tint": "#eaf1f1"},
        "organization": {"name": "Grovåsen Arbeid AS", "founded_year": 1989,
                         "address": "Heddalsvegen 112, 3677 Notodden", "phone": "35 02 61 40",
                         "email": "post@grovasen-arbeid.no", "website": "www.grovasen-arbeid.no",
                         "owners": [{"name": "Notodden kommune", "share_percent": 62},
                                    {"name": "Hjartdal kommune", "share_percent": 23},
                                    {"name": "Tinn kommune", "share_percent": 15}]},
        "ceo": ceo, "board": board(members), "programs": {"VTA": 40},
        "not_board": [ceo, "Bente Sandvik", "Per Olav Mælum", "Arne Tufte", "Dag Kvisle", "Tor Arne Lunde",
                      "Eirik Holtan", "Gunnhild Skarprud", "Kjersti Bolkesjø"],
        
        "items": items, "renditions": ["chrome"],
        "notes": "Designed A4 portrait, 9 sheets: stacked cover, Innhold beside a facts box with owners, tiles, "
                 "leader's letter, collage, board and administration as identical portrait cards, statements "
                 "and notes on their own sheets.",
    }


def ruovdi_2023() -> dict:
    cols = [Col("2023", 2023), Col("2022", 2022)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, inc=[
        ("Salgsinntekter", "", [6218440, 5804120]),
        ("Tiltaksinntekter fra NAV", "1", [24612880, 23108400]),
        ("Andre driftsinntekter", "", [412300, 388160])], cost=[
        ("Varekostnad", "", [1812330, 1704905]),
        ("Lønnskostnader", "2", [24106512, 22870344]),
        ("Avskrivninger", "3", [866200, 812400]),
        ("Andre driftskostnader", "", [3602118, 3388270])], fin=[
        ("Finansinntekter", "", [284612, 96220]),
        ("Finanskostnader", "", [-22408, -31550])]), note_col="Note", label_header="Beløp i hele kroner")
    result = [line for line in res.lines if line.label == "Årsresultat"][0].values
    bal = Statement("Balanse", cols, balance("nb", 2, fixed=[
        ("Bygninger og tomter", "3", [6812000, 7044000]),
        ("Maskiner, inventar og biler", "3", [1488400, 1622600])], current=[
        ("Kundefordringer", "", [1014220, 944610]),
        ("Andre fordringer", "", [388112, 402518]),
        ("Bankinnskudd", "4", "plug")], equity=[
        ("Aksjekapital", "5", [300000, 300000]),
        ("Annen egenkapital", "5", [9214806 + result[0], 9214806])], long=[
        ("Pantelån", "6", [2400000, 2600000])], short=[
        ("Leverandørgjeld", "", [912446, 1004318]),
        ("Skyldige offentlige avgifter", "", [2104880, 1988612]),
        ("Skyldige feriepenger", "", [2288190, 2166004]),
        ("Annen kortsiktig gjeld", "", [640226, 588140])]), note_col="Note", label_header="Beløp i hele kroner")
    ceo = "Bjørnar Isaksen Eira"
    members = [("Siv Helen Mathisen", "LEDE", False), ("Odd Arne Sara", "NEST", False),
               ("Marianne Kvalsund", "MEDL", False), ("Trond Henriksen", "MEDL", False),
               ("Elin Johanne Bongo", "MEDL", True), ("Kristoffer Nilsen", "VARA", False),
               ("Ann-Mari Solbakken", "VARA", False)]
    res_txt = printed(res, "Årsresultat")
    items = [
        ("sheet", {"foot": False}, [("cover", {
            "layout": "side", "kicker": "Ruovdi Arbeid AS", "title": "Årsrapport 2023", "seed": 2301, "scene": "houses",
            "lines": ["Vi finner jobben som passer"],
            "caption": "Forsidefoto: Deltakere i AFT på praksisplass i {g:Alta} sentrum. Foto: Marius Aslaksen"})]),
        ("sheet", {}, [("grid", "0.9fr 1.2fr 1fr", [
            [("h2", "Innhold"), ("toc", [("Dette er Ruovdi", 2), ("Daglig leder har ordet", 3), ("Året i tall", 4),
                                         ("Menneskene bak", 5), ("Styrets årsberetning", 6),
                                         ("Resultatregnskap", 7), ("Balanse", 8)]),
             ("box", [("dl", [("Adresse", "Markveien 48, 9510 {g:Alta}"), ("Telefon", "78 44 90 20"),
                              ("E-post", "post@ruovdi.no"), ("Web", "ruovdi.no"), ("Org.nr.", "971 228 604")],
                       {"columns": "17mm 1fr"})])],
            [("kicker", "Om oss"), ("h1", "Dette er Ruovdi"),
             ("p", "Ruovdi Arbeid AS ble etablert i 1994 og er en arbeidsinkluderingsbedrift med hovedsete i "
                   "{g:Alta}. Vi hjelper mennesker som står utenfor arbeidslivet, inn i ordinært arbeid, og gir "
                   "varig tilrettelagt arbeid til dem som trenger det."),
             ("p", "Vi har avtale med NAV {g?:Vest-Finnmark} om 30 plasser i arbeidsforberedende trening (AFT) og "
                   "24 plasser i varig tilrettelagt arbeid (VTA). I tillegg har vi 6 plasser i varig "
                   "tilrettelagt arbeid i ordinær virksomhet (VTO), med oppfølging hos arbeidsgivere i {g:Alta} og {g:Hammerfest}."),
             ("p", "Produksjonen vår omfatter snekkerverksted, vaskeri, kantine og en bruktbutikk i sentrum. "
                   "Inntektene fra salget går tilbake til drift og utvikling av tilbudet.")],
            [("donut", "Eierskap", [("{g:Alta kommune|Alta}", "{p:76 %}", .76), ("{g:Loppa kommune|Loppa}", "{p:12 %}", .12),
                                    ("{g:Hasvik kommune|Hasvik}", "{p:12 %}", .12)]),
             ("small", "Selskapet er ikke utbyttegivende. Eierne utøver sin myndighet gjennom generalforsamlingen."),
             ("photo", 2302, "workshop", "Snekkerverkstedet fikk ny CNC-fres i 2023.", {"height": "48mm"})]])]),
        ("sheet", {}, [("grid", "62mm 1fr 1fr", [
            [("people", [(ceo, ["daglig leder"])], {"cols": 1, "seed": 23}),
             ("quote", "Det er ingen som er for langt unna arbeidslivet. Noen trenger bare en lengre vei inn.")],
            [("kicker", "Leder"), ("h1", "Daglig leder har ordet"),
             ("p", "2023 var et år med høy aktivitet og mange gode resultater. Vi hadde 212 deltakere innom "
                   "tiltakene våre, flere enn noen gang tidligere. Samtidig merket vi at arbeidsmarkedet i "
                   "{g:Finnmark} er stramt, og at mange arbeidsgivere leter etter folk."),
             ("p", "Det gir muligheter. Av dem som avsluttet AFT i løpet av året, gikk nesten halvparten til "
                   "arbeid eller utdanning. Vi har fått nye samarbeidsavtaler med blant annet en "
                   "fiskeforedlingsbedrift og to barnehager, og vi har ansatt en egen jobbspesialist som følger "
                   "opp både deltaker og arbeidsgiver etter overgangen.")],
            [("p", "Vi har også brukt mye tid på kompetanse. Alle veiledere har fullført videreutdanning i "
                   "motiverende intervju, og vi har tatt i bruk et nytt kartleggingsverktøy sammen med NAV."),
             ("p", "Økonomien er sunn. Driften ga et overskudd, og vi har kunnet investere i maskiner som gir "
                   "deltakerne mer relevant arbeidstrening."),
             ("p", "Tusen takk til ansatte, deltakere, arbeidsgivere, NAV og eierne for samarbeidet i 2023."),
             ("p", f"{ceo}, daglig leder")]])]),
        ("sheet", {}, [
            ("kicker", "Resultater"), ("h1", "Året i tall"),
            ("tiles", [("212", "deltakere i tiltak i løpet av året"),
                       ("{p:47 %}", "av deltakerne som avsluttet AFT, gikk til arbeid eller utdanning"),
                       ("{p:5,4 %}", "sykefravær blant ansatte"), ("38", "fast ansatte"),
                       (f"{millions(res, 'Sum driftsinntekter')} mill.", "kroner i driftsinntekter")], {"cols": 5}),
            ("grid", "1fr 1fr 1fr", [
                [("bars", "Hva skjedde etter AFT?", [("Ordinært arbeid", "{p:38 %}", .38), ("Utdanning", "{p:9 %}", .09),
                                                     ("Videre avklaring i NAV", "{p:31 %}", .31), ("Annet", "{p:22 %}", .22)])],
                [("bars", "Deltakere per tiltak", [("AFT", "131", 1), ("Jobbspesialist", "46", .35),
                                                   ("VTA", "27", .21), ("VTO", "8", .06)])],
                [("p", "Tallene viser hvor deltakerne gikk etter avsluttet arbeidsforberedende trening. Andelen som "
                       "gikk til ordinært arbeid, økte fra {p:33 %|andelen som gikk til ordinært arbeid} i 2022."),
                 ("p", "Sykefraværet blant de ansatte var {p?:5,4 %}, som er under målet vårt på {p:6 %|målet vårt}.")]]),
            ("collage", [(2310, "hall", "Jobbmessa i november samlet 24 arbeidsgivere og over 150 besøkende."),
                         (2311, "workshop", "Vaskeriet leverer til to hoteller i byen."),
                         (2312, "fjord", "Tur til {g:Sorrisniva} for deltakerne i VTA."),
                         (2313, "houses", "Bruktbutikken i sentrum hadde rekordsalg før jul.")],
             {"columns": "1fr 1fr 1fr 1fr 1fr", "height": "36mm"})]),
        ("sheet", {}, [
            ("kicker", "Organisasjon"), ("h1", "Menneskene bak"),
            ("h2", "Styret"),
            ("people", [("Siv Helen Mathisen", ["styreleder"]), ("Odd Arne Sara", ["nestleder"]),
                        ("Marianne Kvalsund", ["styremedlem"]), ("Trond Henriksen", ["styremedlem"]),
                        ("Elin Johanne Bongo", ["ansattes representant"]), ("Kristoffer Nilsen", ["varamedlem"]),
                        ("Ann-Mari Solbakken", ["varamedlem"])], {"cols": 7, "round": True, "seed": 5}),
            ("h2", "Ledergruppen"),
            ("people", [(ceo, ["daglig leder"]), ("Hanne Marit Pedersen", ["avdelingsleder AFT"]),
                        ("Geir Inge Johansen", ["økonomisjef"]), ("Lill Tove Eriksen", ["markedsleder"])],
             {"cols": 7, "round": True, "seed": 6}),
            ("band", [("quote", "Jeg trodde ikke jeg skulle klare å stå i jobb igjen. Nå kjører jeg truck tre dager i uka.",
                       "Sander Hætta, deltaker i AFT")], {"background": "#eef1f6"})]),
        ("sheet", {}, [
            ("kicker", "Årsberetning"), ("h1", "Styrets årsberetning 2023"),
            ("cols", 3, [
                ("h3", "Virksomheten"),
                ("p", "Ruovdi Arbeid AS er en arbeidsinkluderingsbedrift med forretningsadresse i {g:Alta}. "
                      "Selskapet eies av {g:Alta}, {g:Loppa} og {g:Hasvik} kommuner og er godkjent som "
                      "tiltaksarrangør for NAV. Selskapet deler ikke ut utbytte."),
                ("p", "I 2023 hadde selskapet 30 plasser i AFT og 24 plasser i VTA, i tillegg til oppfølging av "
                      "6 plasser i VTO. Belegget har vært tilnærmet fullt hele året."),
                ("h3", "Styrets arbeid"),
                ("p", "Styret består av fem medlemmer, hvorav ett er valgt av og blant de ansatte, og to "
                      "varamedlemmer. Det er avholdt åtte styremøter og behandlet 52 saker. Styret har særlig "
                      "arbeidet med ny strategi for perioden 2024–2027."),
                ("h3", "Arbeidsmiljø og likestilling"),
                ("p", "Ved utgangen av året var det 38 fast ansatte, 22 kvinner og 16 menn. Det samlede "
                      "sykefraværet var {p?:5,4 %}. Det er ikke registrert personskader i året. Styret har "
                      "tre kvinner og to menn."),
                ("h3", "Ytre miljø"),
                ("p", "Selskapet er miljøsertifisert og arbeider for gjenbruk gjennom bruktbutikken."),
                ("h3", "Økonomi og fortsatt drift"),
                ("p", f"Driftsinntektene var {printed(res, 'Sum driftsinntekter')} kroner, og driftsresultatet "
                      f"ble {printed(res, 'Driftsresultat')} kroner. Årsresultatet ble {res_txt} kroner, "
                      f"mot {printed(res, 'Årsresultat', 1)} kroner i 2022. Forutsetningen om fortsatt drift er "
                      "lagt til grunn."),
                ("p", f"Styret foreslår at årsresultatet på {res_txt} kroner overføres til annen egenkapital.")]),
            ("sign", "{g:Alta}, 20. mars 2024 – signert elektronisk", [
                ("Siv Helen Mathisen", "styreleder"), ("Odd Arne Sara", "nestleder"), ("Marianne Kvalsund", "styremedlem"),
                ("Trond Henriksen", "styremedlem"), ("Elin Johanne Bongo", "styremedlem"), (ceo, "daglig leder")],
             {"cols": 6, "esign": True})]),
        ("sheet", {}, [("grid", "1.6fr 1fr", [
            [("stmt", res, {"title": "Resultatregnskap", "level": 1})],
            [("space", 16), ("box", [("h3", "Kommentarer til resultatet", {"gold": False}),
                                     ("p", "Tiltaksinntektene økte som følge av flere AFT-plasser fra 1. mars. "
                                           "Lønnskostnadene økte med nye stillinger i jobbspesialistteamet."),
                                     ("p", "Finansinntektene økte på grunn av høyere rente på bankinnskudd.")])]])]),
        ("sheet", {}, [("stmt", bal, {"title": "Balanse", "level": 1, "split": "Egenkapital og gjeld"})]),
    ]
    return {
        "name": "ruovdi-arbeid-2023", "lang": "nb", "year": 2023, "title": "Ruovdi Arbeid AS – Årsrapport 2023",
        "foot": "Ruovdi Arbeid AS · Årsrapport 2023",
        "design": {"page": "A4 landscape", "font": "DejaVu Sans Condensed", "accent": "#243a5e",
                   "accent2": "#c98a1f", "tint": "#eef1f6", "padx": "14mm", "pady": "12mm", "size": "9pt"},
        "organization": {"name": "Ruovdi Arbeid AS", "founded_year": 1994, "address": "Markveien 48, 9510 Alta",
                         "phone": "78 44 90 20", "email": "post@ruovdi.no", "website": "ruovdi.no",
                         "owners": [{"name": "Alta kommune", "share_percent": 76},
                                    {"name": "Loppa kommune", "share_percent": 12},
                                    {"name": "Hasvik kommune", "share_percent": 12}]},
        "ceo": ceo, "board": board(members), "programs": {"AFT": 30, "VTA": 24, "VTO": 6},
        "not_board": [ceo, "Hanne Marit Pedersen", "Geir Inge Johansen", "Lill Tove Eriksen", "Sander Hætta",
                      "Marius Aslaksen"],
        "items": items, "renditions": ["chrome"],
        "notes": "Designed A4 landscape, 8 sheets: split cover, three-column opening with the owners only in a "
                 "donut chart's legend, tiles and bar charts, board and ledergruppe as two identical strips of "
                 "round portraits, e-signatures, balance split into assets beside equity and debt.",
    }


REPORTS = [grovasen_2012, ruovdi_2023]
