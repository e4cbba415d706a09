"""Held-out set 30, reports A: a designed report whose board is only a group photo's caption, a
nynorsk årsmelding whose board is only its signature block, and a report whose roles are only on
the e-signature page. Invented organisations, people and figures; real places of the year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import Col, Statement, balance, income
from heldout_people import M

# ---------- evjudalen-vekst-2021: designed, board in a photo caption ----------


def evjudalen() -> dict:
    board = [("Åse Mari Lunde", "LEDE", False), ("Olav Nesland", "NEST", False), ("Siri Kleppe", "MEDL", False),
             ("Torkel Rui", "MEDL", False), ("Gunhild Aasmundstveit", "MEDL", True),
             ("Halvard Brekke", "VARA", None)]
    cols = [Col("2021", 2021), Col("2020", 2020)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [14862, 13905]), ("Tilskudd fra NAV", "2", [19420, 18760]),
             ("Andre driftsinntekter", "", [1204, 2310])],
        cost=[("Varekostnad", "", [4318, 3977]), ("Lønnskostnad", "3", [27806, 26512]),
              ("Avskrivninger", "4", [1122, 1184]), ("Andre driftskostnader", "", [3540, 3289])],
        fin=[("Finansinntekter", "", [64, 81]), ("Finanskostnader", "", [-212, -236])]),
        unit=1000, negative="paren", note_col="Note", label_header="i 1000 kr", render="ruled")
    bal = Statement("Balanse per 31.12.", cols, balance(
        "nb", 2,
        fixed=[("Tomter og bygninger", "4", [9640, 10210]), ("Maskiner og inventar", "4", [1318, 1590])],
        current=[("Varelager", "", [812, 744]), ("Kundefordringer", "", [2106, 1985]),
                 ("Andre fordringer", "", [311, 402]), ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [1000, 1000]), ("Annen egenkapital", "6", [8914, 10362])],
        long=[("Pantegjeld", "7", [5200, 5700])],
        short=[("Leverandørgjeld", "", [1402, 1288]), ("Skyldige offentlige avgifter", "", [2218, 2040]),
               ("Annen kortsiktig gjeld", "", [1760, 1655])]),
        unit=1000, negative="paren", note_col="Note", label_header="i 1000 kr", render="ruled")
    caption = ("Styret i Evjudalen Vekst AS samlet på {g:Gvarv} i oktober. Fra venstre: Torkel Rui, "
               "Gunhild Aasmundstveit (ansattes representant), Åse Mari Lunde (styreleder), Olav Nesland "
               "(nestleder) og Siri Kleppe. Varamedlem Halvard Brekke var ikke til stede da bildet ble tatt. "
               "Foto: Ingrid Hegna")
    items = [
        ("bh", "ÅRSRAPPORT 2021", {"size": 26}),
        ("p", "Evjudalen Vekst AS – arbeid, læring og mestring i {g:Midt-Telemark}", {"size": 13}),
        ("photo", 4, 5, "Deltakere og arbeidsledere på snekkerverkstedet i {g:Bø}. Foto: Ingrid Hegna"),
        ("pagebreak",),
        ("toc", [("Dette er Evjudalen Vekst", 3), ("Daglig leder har ordet", 4), ("Året i tall", 5),
                 ("Avdelinger og tiltak", 6), ("Styret", 7), ("Styrets årsberetning", 8),
                 ("Årsregnskap", 9), ("Noter", 11)]),
        ("pagebreak",),
        ("h", 1, "Dette er Evjudalen Vekst"),
        ("sidebar", [("bh", "Kort om 2021"), ("p", "32 VTA-plasser og 20 AFT-plasser"),
                     ("p", "{p:41 %|gikk over til arbeid eller utdanning} av deltakerne i AFT gikk over til arbeid eller utdanning"),
                     ("p", "61 ansatte og deltakere"), ("p", "Omsetning 35,5 mill. kroner")],
         {"width_pt": 160, "height_pt": 190}),
        ("p", "Evjudalen Vekst AS er en arbeids- og inkluderingsbedrift med lokaler på Evjudalen næringsområde "
              "i {g:Bø} og et mindre utsalg på {g:Gvarv}. Selskapet ble stiftet i 1989 og har i over tretti år gitt "
              "mennesker med nedsatt arbeidsevne et sted å jobbe, lære og vokse."),
        ("p", "Selskapet eies av {g:Midt-Telemark} kommune ({p:84 %|Midt-Telemark kommune}) og {g:Nome} kommune "
              "({p:16 %|Nome kommune}). Vi er medlem av NHO Service og Handel og sertifisert etter EQUASS."),
        ("p", "Vi har to hovedoppdrag fra NAV: varig tilrettelagt arbeid (VTA) for personer med uføretrygd, og "
              "arbeidsforberedende trening (AFT) for dem som skal ut i ordinært arbeid. I tillegg tar vi inn "
              "lærekandidater innen industrimontering og renholdsoperatørfaget."),
        ("p", "Adresse: Evjudalsvegen 14, 3800 {g?:Bø i Telemark} · post@evjudalen.no · www.evjudalen.no"),
        ("pagebreak",),
        ("h", 1, "Daglig leder har ordet"),
        ("p", "2021 ble nok et år preget av pandemien. Vi holdt åpent hele året, men med færre på jobb enkelte "
              "uker, og salget i kantinen og på utsalget ble lavere enn vi hadde budsjettert. Likevel har deltakerne "
              "våre levert, og jeg er stolt over hvordan alle har stått på."),
        ("p", "På AFT gikk {p:41 %|over til arbeid eller utdanning} av dem som avsluttet tiltaket over til arbeid "
              "eller utdanning. Det er det beste resultatet vi har hatt, og det skyldes et tett samarbeid med "
              "arbeidsgivere i hele regionen, fra {g:Notodden} til {g:Seljord}."),
        ("p", "Jeg vil takke markedskontakt Espen Tveito ved NAV {g?:Midt-Telemark} for et godt samarbeid gjennom "
              "året. En stor takk også til Kjell Arne Bakken, som gikk ut av styret ved generalforsamlingen i mai "
              "etter åtte år, de siste fire som styreleder."),
        ("quote", "«Her får jeg være en del av noe. Jeg gleder meg til å gå på jobb hver dag.» – deltaker på VTA"),
        ("p", "Hilde Berntsen Vaa, daglig leder"),
        ("pagebreak",),
        ("h", 1, "Året i tall"),
        ("table", [["", "2021", "2020", "2019"],
                   ["Godkjente VTA-plasser", "32", "32", "30"],
                   ["Godkjente AFT-plasser", "20", "20", "18"],
                   ["Deltakere i AFT i løpet av året", "58", "51", "55"],
                   ["Overgang til arbeid eller utdanning", "{p:41 %}", "{p:36 %}", "{p:38 %}"],
                   ["Lærekandidater", "4", "3", "3"],
                   ["Årsverk ansatte", "21,4", "20,8", "20,1"],
                   ["Sykefravær ansatte", "{p:7,9 %}", "{p:8,6 %}", "{p:6,2 %}"]],
         {"ruled": True, "shade_header": "DCE6D2"}),
        ("p", "Tallene for overgang gjelder deltakere som avsluttet AFT i løpet av året."),
        ("pagebreak",),
        ("h", 1, "Avdelinger og tiltak"),
        ("h", 2, "Varig tilrettelagt arbeid"),
        ("p", "VTA-deltakerne jobber i snekkerverkstedet, på monteringen og i kantina. I 2021 leverte "
              "snekkerverkstedet over 900 fuglekasser og 240 benker til kommuner i {g:Telemark}."),
        ("h", 2, "Arbeidsforberedende trening"),
        ("p", "AFT-deltakerne får kartlegging, opplæring og praksis i ordinære bedrifter. Jobbspesialistene våre "
              "har hatt fast kontordag hos NAV i {g:Bø} hver uke."),
        ("h", 2, "Ledergruppen"),
        ("collage", [("Hilde Berntsen Vaa", "Daglig leder"), ("Per Ivar Holta", "Økonomileder"),
                     ("Magnhild Sørbø", "Produksjonsleder"), ("Kristoffer Aas", "Leder AFT")],
         {"per_row": 4}),
        ("pagebreak",),
        ("h", 1, "Styret"),
        ("photo", 2, 4, caption),
        ("p", "Styret har hatt åtte møter og behandlet 52 saker. Viktige saker i året var ny strategi for "
              "2022–2025, investering i ny kantbånd-maskin og oppfølging av sykefraværet."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("cols", [
            ("bh", "Virksomhetens art og lokalisering"),
            ("p", "Evjudalen Vekst AS driver arbeidsrettede tiltak på oppdrag fra NAV og produksjon for det "
                  "ordinære markedet. Selskapet holder til i {g:Midt-Telemark} kommune i {g:Vestfold og Telemark}."),
            ("bh", "Fortsatt drift"),
            ("p", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Styret mener forutsetningen "
                  "er til stede, selv om årets resultat ble negativt."),
            ("bh", "Arbeidsmiljø og personale"),
            ("p", "Ved årsskiftet hadde selskapet 23 ansatte, til sammen 21,4 årsverk. Sykefraværet var "
                  "{p:7,9 %|sykefraværet} mot {p:8,6 %|sykefraværet} året før. Det har ikke vært skader eller "
                  "ulykker med fravær."),
            ("bh", "Likestilling"),
            ("p", "Av de ansatte er 13 kvinner og 10 menn. Styret består av fem medlemmer, fire valgt av "
                  "generalforsamlingen og ett valgt av og blant de ansatte; tre av dem er kvinner."),
            ("bh", "Ytre miljø"),
            ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bransjen."),
            ("bh", "Resultat og disponering"),
            ("p", "Årsresultatet ble et underskudd på 1 448 000 kroner, som styret foreslår dekket av annen "
                  "egenkapital. Likviditeten er god, og egenkapitalandelen er {p:48,4 %|egenkapitalandelen}."),
        ]),
        ("p", "{g:Bø}, 17. mars 2022 – Styret i Evjudalen Vekst AS"),
        ("pagebreak",),
        ("h", 1, "Årsregnskap"),
        ("stmt", res),
        ("stmt", bal),
        ("pagebreak",),
        ("h", 1, "Noter"),
        ("h", 3, "Note 1 Regnskapsprinsipper"),
        ("p", "Årsregnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak."),
        ("h", 3, "Note 2 Tilskudd fra NAV"),
        ("table", [["i 1000 kr", "2021", "2020"], ["VTA", "10 368", "10 115"], ["AFT", "9 052", "8 645"]],
         {"ruled": False}),
        ("h", 3, "Note 3 Lønnskostnader og ytelser"),
        ("p", "Daglig leder har mottatt lønn og andre ytelser med 912 000 kroner. Styrets honorar var "
              "142 000 kroner. Revisjonshonoraret var 68 000 kroner eksklusive merverdiavgift."),
        ("h", 3, "Note 6 Egenkapital"),
        ("p", "Egenkapitalen er redusert med årets underskudd. Aksjekapitalen består av 1 000 aksjer à 1 000 kroner."),
        ("p", "Revisor for selskapet er Grenland Revisjon AS ved statsautorisert revisor Terje Haugvaldstad.",
         {"size": 9}),
    ]
    return {
        "name": "evjudalen-vekst-2021", "year": 2021, "lang": "nb", "title": "Årsrapport 2021",
        "header": "Evjudalen Vekst AS · Årsrapport 2021", "footer": "{PAGE}", "footer_align": "right",
        "font": "DejaVu Sans", "heading_colour": "3C6E47",
        "organization": {"name": "Evjudalen Vekst AS", "founded_year": 1989,
                         "address": "Evjudalsvegen 14, 3800 Bø i Telemark", "email": "post@evjudalen.no",
                         "website": "www.evjudalen.no",
                         "owners": [{"name": "Midt-Telemark kommune", "share_percent": 84},
                                    {"name": "Nome kommune", "share_percent": 16}]},
        "ceo": "Hilde Berntsen Vaa",
        "board": board,
        "board_optional": ["Kjell Arne Bakken"],
        "not_board": ["Ingrid Hegna", "Espen Tveito", "Per Ivar Holta", "Magnhild Sørbø", "Kristoffer Aas",
                      "Terje Haugvaldstad"],
        "programs": {"VTA": 32, "AFT": 20},
        "places_optional": ["Evjudalsvegen"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "Designed report (sidebar, two-column beretning, collage of the ledergruppe); the board only "
                 "in a group photo's caption ('Fra venstre: ...', the varamedlem named as absent); the former "
                 "chair who left in May optional; statements in 1000 kr with brackets and a note column.",
    }


# ---------- vieasen-industri-2017: nynorsk, board only in the signature block ----------


def vieasen() -> dict:
    signers = [("Ragnhild Myklebust", "Styreleiar"), ("Bjørn Egil Hovlid", "Nestleiar"),
               ("Liv Karin Espedal", "Styremedlem"), ("Svein Tore Alme", "Styremedlem"),
               ("Gunvor Hatlevik", "Styremedlem (tilsettvald)"), ("Jostein Redal", "Dagleg leiar")]
    board = [("Ragnhild Myklebust", "LEDE", False), ("Bjørn Egil Hovlid", "NEST", False),
             ("Liv Karin Espedal", "MEDL", False), ("Svein Tore Alme", "MEDL", False),
             ("Gunvor Hatlevik", "MEDL", True)]
    cols = [Col("2017", 2017), Col("2016", 2016)]
    res = Kroner("Resultatrekneskap", cols, income(
        "nn", 2,
        inc=[("Sal av varer og tenester", "", [6412880, 6109415]), ("Tilskot frå NAV", "", [7265400, 7018200]),
             ("Andre inntekter", "", [318500, 402110])],
        cost=[("Varekostnad", "", [1904330, 1822760]), ("Lønskostnad", "", [10187245, 9806330]),
              ("Avskrivingar", "", [412600, 398900]), ("Andre driftskostnader", "", [1459770, 1190455])],
        fin=[("Finansinntekter", "", [21340, 18775]), ("Finanskostnader", "", [-38410, -44920])]),
        render="unruled", label_header="")
    bal = Kroner("Balanse 31.12.", cols, balance(
        "nn", 2,
        fixed=[("Bygg og maskiner", "", [3104500, 3417100])],
        current=[("Varelager", "", [288400, 301250]), ("Kundefordringar", "", [705310, 644920]),
                 ("Bankinnskot", "", "plug")],
        equity=[("Aksjekapital", "", [600000, 600000]), ("Anna eigenkapital", "", [3296675, 3280910])],
        long=[("Lån i Sparebanken", "", [1150000, 1300000])],
        short=[("Leverandørgjeld", "", [402880, 377140]), ("Skuldige offentlege avgifter", "", [918330, 880615]),
               ("Anna kortsiktig gjeld", "", [533200, 495805])]),
        render="unruled", label_header="")
    items = [
        ("h", 1, "Årsmelding 2017 for Vieåsen Industri AS"),
        ("h", 2, "Verksemda"),
        ("p", "Vieåsen Industri AS er ei arbeids- og inkluderingsverksemd i {g:Førde}. Selskapet vart skipa i 1986 "
              "og er eigd av {g:Førde} kommune ({p:70 %|Førde kommune}), {g:Naustdal} kommune ({p:20 %|Naustdal kommune}) "
              "og {g:Jølster} kommune ({p:10 %|Jølster kommune}). Føremålet er å gje arbeid og kvalifisering til "
              "personar som treng tilrettelegging, i første rekkje frå kommunane i {g:Sunnfjord}."),
        ("p", "Selskapet har avtale med NAV {g:Sogn og Fjordane} om 18 plassar i varig tilrettelagt arbeid (VTA) og "
              "12 plassar i arbeidsførebuande trening (AFT). Tiltaka var fullt nytta gjennom året, med eit snitt "
              "på {p:97 %|belegg} belegg."),
        ("h", 2, "Året 2017"),
        ("p", "Produksjonen av ved og tennbriketter auka, og vi fekk ein ny avtale om vaskeri for to "
              "omsorgssenter. 14 deltakarar avslutta AFT; sju av dei gjekk over til arbeid eller skule."),
        ("p", "Generalforsamlinga vart halden 26. april. Ordførar Olav Kjøsnes møtte for største eigar. "
              "Arne Fure gjekk ut av styret, og Svein Tore Alme vart vald som nytt styremedlem."),
        ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Ved utgangen av året hadde selskapet 11 tilsette i 10,2 årsverk. Sjukefråværet var "
              "{p:5,1 %|sjukefråværet} mot {p:6,8 %|sjukefråværet} i 2016. Det har ikkje vore arbeidsulukker."),
        ("p", "Styret har fem medlemer; fire er valde av generalforsamlinga og eitt av og blant dei tilsette. "
              "Tre av medlemene er kvinner. Verksemda ureinar ikkje det ytre miljøet."),
        ("h", 2, "Rekneskap og framtidsutsikter"),
        ("p", "Årsrekneskapen er sett opp under føresetnad om vidare drift. Årsresultatet vart 15 765 kroner, "
              "som styret gjer framlegg om å føre til anna eigenkapital. Styret ventar stabil drift i 2018."),
        ("sign", "{g:Førde}, 8. mars 2018", signers, {"cols": 3}),
        ("stmt", res),
        ("stmt", bal),
    ]
    return {
        "name": "vieasen-industri-2017", "year": 2017, "lang": "nn", "title": "Årsmelding 2017",
        "font": "Liberation Serif", "body_pt": 10.5, "margin_mm": 20,
        "organization": {"name": "Vieåsen Industri AS", "founded_year": 1986,
                         "owners": [{"name": "Førde kommune", "share_percent": 70},
                                    {"name": "Naustdal kommune", "share_percent": 20},
                                    {"name": "Jølster kommune", "share_percent": 10}]},
        "ceo": "Jostein Redal",
        "board": board,
        "board_optional": ["Arne Fure"],
        "not_board": ["Olav Kjøsnes"],
        "programs": {"VTA": 18, "AFT": 12},
        "items": items,
        "renditions": ["doc", "scan"],
        "notes": "Nynorsk; the board only in the signature block after the årsmelding (names over roles, three "
                 "a row, the dagleg leiar beside them, the tilsettvald member so titled); the member who left "
                 "at the generalforsamling optional; the ordførar not board; statements in kroner with ',-'.",
    }


# ---------- elvemo-ressurs-2021: roles only on the e-signature page ----------


def elvemo() -> dict:
    people = [M("Marit Elise Hauknes", "LEDE"), M("Jon Are Sætermo", "NEST"), M("Anne Lise Bergheim", "MEDL"),
              M("Trond Olsen Rist", "MEDL"), M("Kristin Heggelund", "MEDL", emp=True)]
    role_text = {"LEDE": "Styreleder", "NEST": "Nestleder", "MEDL": "Styremedlem"}
    stamps = ["2022-03-24 09:12:40 UTC", "2022-03-24 10:03:18 UTC", "2022-03-24 13:47:02 UTC",
              "2022-03-25 07:55:31 UTC", "2022-03-24 11:20:09 UTC", "2022-03-24 09:01:57 UTC"]
    signers = []
    for m, stamp in zip(people, stamps):
        role = role_text[m.role] + (", ansattvalgt" if m.emp else "")
        signers.append([m.surname_first, role, f"Signert {stamp}", "Identitet bekreftet med BankID"])
    signers.append(["Nymo, Tor Inge", "Daglig leder", f"Signert {stamps[-1]}", "Identitet bekreftet med BankID"])
    cols = [Col("2021", 2021), Col("2020", 2020)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [5874210, 5402960]), ("Tiltaksinntekter NAV", "2", [11906400, 11512800]),
             ("Andre driftsinntekter", "", [245000, 611350])],
        cost=[("Varekostnad", "", [1633105, 1509870]), ("Lønnskostnad", "3", [13390440, 12874300]),
              ("Avskrivning på driftsmidler", "", [488210, 470110]),
              ("Annen driftskostnad", "", [2108775, 1996210])],
        fin=[("Annen renteinntekt", "", [12480, 20115]), ("Annen rentekostnad", "", [-61320, -70890])]),
        note_col="Note", label_header="Beløp i NOK", render="ruled")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "", [4210000, 4420000]), ("Driftsløsøre og maskiner", "", [911300, 1024500])],
        current=[("Kundefordringer", "", [801450, 760220]), ("Andre kortsiktige fordringer", "", [198300, 244910]),
                 ("Bankinnskudd, kontanter", "4", "plug")],
        equity=[("Aksjekapital", "5", [500000, 500000]), ("Annen egenkapital", "5", [5921290, 5565050])],
        long=[("Gjeld til kredittinstitusjoner", "", [2600000, 2800000])],
        short=[("Leverandørgjeld", "", [512880, 478300]), ("Skyldige offentlige avgifter", "", [1104230, 1052400]),
               ("Annen kortsiktig gjeld", "", [988140, 921660])]),
        note_col="Note", label_header="Beløp i NOK", render="ruled")
    items = [
        ("h", 1, "Elvemo Ressurs AS – årsberetning 2021"),
        ("h", 2, "Virksomheten"),
        ("p", "Elvemo Ressurs AS er en arbeidsinkluderingsbedrift på {g:Bardufoss} i {g:Målselv} kommune. Selskapet "
              "eies av {g:Målselv} kommune ({p:60 %|Målselv kommune}) og {g:Bardu} kommune ({p:40 %|Bardu kommune}) "
              "og tilbyr arbeidsforberedende trening (AFT) og varig tilrettelagt arbeid (VTA) på oppdrag fra NAV "
              "{g:Troms og Finnmark}."),
        ("p", "I 2021 hadde selskapet 30 AFT-plasser og 22 VTA-plasser. Gjennomsnittlig belegg var "
              "{p:94 %|Gjennomsnittlig belegg} på AFT og {p:100 %|Gjennomsnittlig belegg} på VTA. Av de 47 som avsluttet AFT gikk 19 til "
              "arbeid, skole eller utdanning, det vil si {p:40 %|til arbeid, skole eller utdanning}."),
        ("p", "Vi driver vaskeri for Forsvarets avdelinger i {g:Indre Troms}, et lite bilpleieverksted og "
              "vedproduksjon. Omsetningen fra salg økte med {p:8,7 %|omsetningen fra salg} fra 2020."),
        ("h", 2, "Styre og generalforsamling"),
        ("p", "Generalforsamlingen ble holdt 11. mai 2021. Kommunedirektør Randi Fjellvang møtte for {g:Målselv} "
              "kommune og varaordfører Geir Ove Lundberg for {g:Bardu} kommune. Styret har hatt seks møter. "
              "Ett av styrets fem medlemmer er valgt av og blant de ansatte."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Selskapet hadde ved utgangen av året 17 ansatte. Sykefraværet var {p:6,3 %|sykefraværet}, en "
              "nedgang fra {p:7,7 %|sykefraværet} i 2020. Det er ikke registrert skader eller ulykker. Styret "
              "takker Nils Ingebrigtsen ved NAV {g?:Målselv}-{g?:Bardu} for godt samarbeid om inntak av deltakere."),
        ("h", 2, "Likestilling og diskriminering"),
        ("p", "Av de ansatte er ni kvinner og åtte menn. Styret har tre kvinner og to menn."),
        ("h", 2, "Ytre miljø"),
        ("p", "Vaskeriet bruker miljømerkede vaskemidler. Bedriften forurenser ikke det ytre miljøet."),
        ("h", 2, "Årsresultat og fortsatt drift"),
        ("p", "Årsresultatet for 2021 ble et overskudd på 356 240 kroner, som overføres til annen egenkapital. "
              "Forutsetningen om fortsatt drift er lagt til grunn. Revisor er Nordavind Revisjon AS ved "
              "registrert revisor Frode Leinan."),
        ("p", "{g:Bardufoss}, 24. mars 2022"),
        ("sign", "Styret i Elvemo Ressurs AS",
         [("Marit Elise Hauknes", ""), ("Jon Are Sætermo", ""), ("Anne Lise Bergheim", ""),
          ("Trond Olsen Rist", ""), ("Kristin Heggelund", ""), ("Tor Inge Nymo", "")], {"cols": 3}),
        ("p", "Dokumentet er signert elektronisk.", {"italic": True, "size": 8}),
        ("pagebreak",),
        ("stmt", res),
        ("stmt", bal),
        ("h", 2, "Noter til regnskapet"),
        ("p", "Note 1. Regnskapet er utarbeidet etter regnskapslovens regler for små foretak."),
        ("p", "Note 2. Tiltaksinntekter fra NAV gjelder AFT med 7 212 000 kroner og VTA med 4 694 400 kroner."),
        ("p", "Note 3. Lønnskostnader omfatter 16,2 årsverk. Daglig leder er lønnet med 842 000 kroner. Det er "
              "ikke utbetalt styrehonorar utover 96 000 kroner til styrets leder."),
        ("p", "Note 4. Av bankinnskuddene er 512 300 kroner bundne skattetrekksmidler."),
        ("p", "Note 5. Aksjekapitalen består av 500 aksjer pålydende 1 000 kroner."),
        ("esign", "Signaturer",
         "Dette dokumentet er signert elektronisk av partene nedenfor. Signaturene er knyttet til dokumentet og "
         "kan valideres. Dokument-ID: 7HQ2K-WR4TP-91XEL-A6D0M",
         signers),
    ]
    return {
        "name": "elvemo-ressurs-2021", "year": 2021, "lang": "nb", "title": "Årsberetning og årsregnskap 2021",
        "footer": "Elvemo Ressurs AS – årsregnskap 2021 – side {PAGE} av {NUMPAGES}", "footer_align": "center",
        "font": "Liberation Sans",
        "organization": {"name": "Elvemo Ressurs AS",
                         "owners": [{"name": "Målselv kommune", "share_percent": 60},
                                    {"name": "Bardu kommune", "share_percent": 40}]},
        "ceo": "Tor Inge Nymo",
        "board": [(m.name, m.role, m.emp) for m in people],
        "not_board": ["Randi Fjellvang", "Geir Ove Lundberg", "Nils Ingebrigtsen", "Frode Leinan"],
        "programs": {"AFT": 30, "VTA": 22},
        "items": items,
        "renditions": ["pdf", "doc"],
        "notes": "The beretning names nobody's role; its signature lines carry names only, and the roles are on "
                 "the e-signature page as 'Surname, Given names' (one two-part surname) with 'Styremedlem, "
                 "ansattvalgt'; the kommunedirektør, the varaordfører, the NAV contact and the auditor not board.",
    }


REPORTS = [evjudalen, vieasen, elvemo]
