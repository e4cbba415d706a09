"""Reports of the fifty-first held-out set (written blind): a Norsk Folkehjelp local branch (nynorsk,
scanned), a legat (utdelingsstiftelse) and a city mission foundation. All names, sentences and
figures are invented."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import Col, Statement, balance, income


def sogndal_folkehjelp_2014() -> dict:
    """Nynorsk local branch, scanned: the board in prose ("vore samansett slik"), vararepresentantar,
    a member who moved away, volunteer auditors."""
    cols = [Col("Rekneskap 2014", 2014), Col("Rekneskap 2013", 2013)]
    res = Kroner("Rekneskap", cols, income(
        "nn", 2,
        inc=[("Kontingent", "", [21_150, 19_800]), ("Sanitetsvakter", "", [48_600, 52_400]),
             ("Tilskot frå kommunen", "", [25_000, 25_000]), ("Grasrotandelen", "", [9_312, 7_845])],
        cost=[("Sanitetsmateriell og utstyr", "", [36_480, 29_115]), ("Kurs og øvingar", "", [18_900, 22_350]),
              ("Leige av lokale", "", [24_000, 24_000]), ("Andre utgifter", "", [11_466, 9_870])],
        labels={"inc": "Inntekter", "cost": "Utgifter", "sum_inc": "Sum inntekter", "sum_cost": "Sum utgifter",
                "op": "Resultat", "result": None}),
        render="unruled")
    return {
        "name": "sogndal-folkehjelp-2014", "year": 2014, "title": "Norsk Folkehjelp Sogndal – Årsmelding 2014",
        "organization": {"name": "Norsk Folkehjelp Sogndal"},
        "ceo": None,
        "board": [("Sindre Hovland", "LEDE", None), ("Kristin Øvrebø", "NEST", None), ("Audun Lerum", "MEDL", None),
                  ("Mari Fimreite", "MEDL", None), ("Eldbjørg Nes", "VARA", None), ("Torstein Bøyum", "VARA", None)],
        "board_optional": ["Lars Olav Husabø"],
        "not_board": ["Ingebjørg Hauge", "Nils Kvåle", "Randi Loftesnes"],
        "font": "DejaVu Serif", "renditions": ["scan"], "scan": {"tilt": 0.6},
        "notes": "Nynorsk local branch, image-only scan of two pages; the board in one prose paragraph; a member "
                 "who moved in the summer (optional); volunteer auditors and the valnemnd not board.",
        "items": [
            ("p", "NORSK FOLKEHJELP SOGNDAL", {"bold": True, "size": 15}),
            ("p", "Årsmelding for 2014", {"bold": True, "size": 12}),
            ("p", "Laget har hatt eit aktivt år med 34 sanitetsvakter og to leiteaksjonar. Vi har 58 medlemer, av "
                  "dei 21 aktive mannskap."),
            ("bh", "Styret"),
            ("p", "Styret har i 2014 vore samansett slik: leiar Sindre Hovland, nestleiar Kristin Øvrebø og "
                  "styremedlemene Audun Lerum, Lars Olav Husabø og Mari Fimreite. Vararepresentantar har vore "
                  "Eldbjørg Nes og Torstein Bøyum. Lars Olav Husabø flytte til {g:Bergen} i juli og gjekk då ut "
                  "av styret; Eldbjørg Nes har møtt for han resten av året. Styret har hatt sju møte."),
            ("bh", "Aktivitet"),
            ("p", "Vi har hatt sanitetsvakt på mellom anna {g?:Sogndal} Fotball sine heimekampar, Sogndalsdagane og "
                  "Fjellsportfestivalen i {g:Fjærland}. Laget hadde 412 vaktmannstimar, mot 388 året før. "
                  "Førstehjelpskurset for ungdomsskulen i {g:Kaupanger} vart halde i april."),
            ("p", "Dei to leiteaksjonane var i {g:Sogndalsdalen} i februar og ved {g:Leikanger} i oktober, saman "
                  "med Røde Kors og politiet."),
            ("bh", "Økonomi"),
            ("stmt", res, {"title": "Rekneskap 2014"}),
            ("p", "Laget har kr 87 460 på bok ved årsskiftet. Rekneskapen er revidert av Ingebjørg Hauge og Nils "
                  "Kvåle. Valnemnda har vore Randi Loftesnes."),
            ("p", "{g:Sogndal}, 9. februar 2015\nFor styret\nSindre Hovland, leiar", {"italic": True}),
        ],
    }


def ringstad_legat_2008() -> dict:
    """A legat (utdelingsstiftelse): board over several sentences with who appointed each member, a
    personal deputy, grants list with contacts, grunnkapital, auditor's report."""
    cols = [Col("2008", 2008), Col("2007", 2007)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Gaver mottatt", "", [15_000, 0])],
        cost=[("Utdelinger", "3", [420_000, 385_000]), ("Forvaltningshonorar", "", [38_750, 41_200]),
              ("Revisjon og regnskap", "", [24_800, 23_600]), ("Andre kostnader", "", [6_315, 5_890])],
        fin=[("Renteinntekter", "", [182_640, 164_310]), ("Utbytte", "", [96_400, 118_750]),
             ("Urealisert verdiendring verdipapirer", "2", [-611_900, 87_300])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader"}),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    bal = Statement("Balanse", [Col("31.12.2008", 2008), Col("31.12.2007", 2007)], balance(
        "nb", 2, fixed=[],
        current=[("Aksjefond", "2", [2_188_100, 2_800_000]), ("Obligasjonsfond", "2", [1_450_000, 1_420_000]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "4", [500_000, 500_000]), ("Annen egenkapital", "4", [3_842_805, 4_650_530])],
        long=[], short=[("Skyldige utdelinger", "", [130_000, 110_000]), ("Annen kortsiktig gjeld", "", [18_400, 17_900])]),
        note_col="Note", label_header="Beløp i NOK", negative="paren")
    return {
        "name": "ringstad-legat-2008", "year": 2008, "title": "Kaptein Hans Ringstad og hustrus legat – Årsberetning 2008",
        "organization": {"name": "Kaptein Hans Ringstad og hustrus legat", "founded_year": 1952},
        "ceo": None,
        "board": [("Harald Sjøholt", "LEDE", None), ("Brit Aarseth", "NEST", None), ("Kåre Valderhaug", "MEDL", None),
                  ("Ingunn Myklebust", "MEDL", None), ("Petter Tennfjord", "VARA", None)],
        "not_board": ["Jostein Brunstad", "Anne Grethe Hatlø", "Steinar Vike", "Oddrun Gjerde", "Eivind Liaaen"],
        "renditions": ["pdf", "doc"],
        "notes": "Legat with no staff: the board over several sentences, who appointed each member after the "
                 "name, a personal deputy; grant recipients' contacts and the auditor not board; grunnkapital.",
        "items": [
            ("p", "Kaptein Hans Ringstad og hustrus legat", {"bold": True, "size": 17}),
            ("p", "Årsberetning og regnskap 2008", {"size": 13}),
            ("h", 2, "Legatets formål"),
            ("p", "Legatet ble opprettet ved testament i 1952 med en grunnkapital på kr 500 000. Formålet er å "
                  "støtte sjøfolk og deres etterlatte i {g:Ålesund}, og å gi stipend til ungdom som tar maritim "
                  "utdanning. Avkastningen av kapitalen deles ut hvert år etter søknad."),
            ("h", 2, "Styret"),
            ("p", "Legatets styre har i 2008 bestått av fire medlemmer. Harald Sjøholt har vært styrets leder og "
                  "er oppnevnt av bystyret i {g:Ålesund}. Nestleder har vært Brit Aarseth, oppnevnt av {g:Ålesund} "
                  "Sjømannsforening. De øvrige medlemmene har vært Kåre Valderhaug, oppnevnt av bystyret, og "
                  "Ingunn Myklebust, oppnevnt av Aalesunds Skipperforening."),
            ("p", "Petter Tennfjord har vært personlig varamedlem for Kåre Valderhaug. Styret har hatt tre møter, "
                  "og utdelingsmøtet ble holdt 27. november. Legatet har ingen ansatte; forvaltningen av kapitalen "
                  "er satt ut til Sunnmørsbanken Kapitalforvaltning."),
            ("h", 2, "Utdelinger i 2008"),
            ("p", "Det kom inn 46 søknader, og styret delte ut kr 420 000 til 31 mottakere."),
            ("table", [["Mottaker", "Formål", "Beløp"],
                       ["{g:Ålesund} Sjømannsforening v/ Jostein Brunstad", "Julehjelp til pensjonerte sjøfolk", "90 000"],
                       ["Sjømannskirken v/ Anne Grethe Hatlø", "Besøkstjeneste", "60 000"],
                       ["Stipend maritim utdanning (14 elever)", "Skolegang ved fagskolen", "210 000"],
                       ["Enkeltpersoner (15)", "Støtte etter søknad", "60 000"]], {"ruled": True}),
            ("h", 2, "Økonomi"),
            ("p", "Finansuroen høsten 2008 ga et kraftig fall i verdien av aksjefondet, og regnskapet viser et "
                  "underskudd. Styret har likevel valgt å opprettholde utdelingene, fordi grunnkapitalen er "
                  "intakt. Avkastningen på porteføljen ble {p:-6,8 %|avkastningen på porteføljen} mot "
                  "{p?:8,9 %} året før."),
            ("stmt", res, {"title": "Resultatregnskap"}),
            ("stmt", bal, {"title": "Balanse pr. 31. desember"}),
            ("bh", "Noter"),
            ("p", "Note 1. Årsregnskapet er satt opp etter regnskapslovens bestemmelser for små foretak. "
                  "Note 2. Verdipapirer er vurdert til markedsverdi. Note 3. Utdelinger er kostnadsført i det året "
                  "de er vedtatt. Note 4. Grunnkapitalen på kr 500 000 er bundet etter stiftelsesloven."),
            ("sign", "{g:Ålesund}, 2. mars 2009",
             [("Harald Sjøholt", "leder"), ("Brit Aarseth", "nestleder"), ("Kåre Valderhaug", "styremedlem"),
              ("Ingunn Myklebust", "styremedlem")]),
            ("pagebreak",),
            ("h", 2, "Revisors beretning for 2008"),
            ("p", "Til styret i Kaptein Hans Ringstad og hustrus legat"),
            ("p", "Vi har revidert årsregnskapet for legatet for regnskapsåret 2008, som viser et underskudd på "
                  "kr 807 725. Årsregnskapet består av resultatregnskap, balanse og noteopplysninger. Etter vår "
                  "mening er årsregnskapet avgitt i samsvar med lov og forskrifter, og legatet er forvaltet i "
                  "samsvar med lov, formål og vedtekter."),
            ("p", "{g:Ålesund}, 9. mars 2009\nRevisjon Nordvest AS\nSteinar Vike\nstatsautorisert revisor"),
            ("p", "Kopi: Stiftelsestilsynet v/ saksbehandler Oddrun Gjerde. Legatets regnskapsfører er Eivind Liaaen.",
             {"size": 8}),
        ],
    }


def gatelangs_bymisjon_2018() -> dict:
    """Long city-mission foundation report: direktør, representantskap and its leader, the board in
    prose over several sentences with home municipalities, an employees' member and deputy, the
    kommune's observer in a sentence, a member who left in April; statements in 1000 kr."""
    cols = [Col("2018", 2018), Col("2017", 2017)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Offentlige tilskudd", "2", [14_862, 13_940]), ("Gaver og innsamlede midler", "", [3_415, 3_772]),
             ("Salgsinntekter kafé og bruktbutikk", "", [2_208, 1_986]), ("Andre inntekter", "", [611, 574])],
        cost=[("Lønnskostnader", "3", [15_930, 14_762]), ("Husleie og drift av lokaler", "", [2_744, 2_690]),
              ("Avskrivninger", "4", [388, 342]), ("Andre driftskostnader", "", [2_218, 2_301])],
        fin=[("Netto finansposter", "", [26, 31])], labels={"net_fin": None}),
        unit=1000, note_col="Note", label_header="Tall i 1000 kr", negative="paren")
    bal = Statement("Balanse", [Col("31.12.2018", 2018), Col("31.12.2017", 2017)], balance(
        "nb", 2,
        fixed=[("Inventar og kjøretøy", "4", [1_164, 1_212])],
        current=[("Fordringer", "", [1_508, 1_244]), ("Bankinnskudd", "5", "plug")],
        equity=[("Grunnkapital", "6", [100, 100]), ("Formålskapital", "6", [3_368, 3_526])],
        long=[("Pensjonsforpliktelser", "7", [1_402, 1_288])],
        short=[("Leverandørgjeld", "", [622, 540]), ("Skyldige offentlige avgifter", "", [1_148, 1_066]),
               ("Ubrukte tilskudd", "2", [1_370, 1_655]), ("Annen kortsiktig gjeld", "", [1_488, 1_402])]),
        unit=1000, note_col="Note", label_header="Tall i 1000 kr", negative="paren")
    return {
        "name": "gatelangs-bymisjon-2018", "year": 2018, "title": "Stiftelsen Gatelangs Bymisjon – Årsrapport 2018",
        "organization": {"name": "Stiftelsen Gatelangs Bymisjon", "founded_year": 1994},
        "ceo": "Hege Moberg",
        "emp_known": True,
        "board": [("Ragnhild Bjerke", "LEDE", False), ("Terje Stenseth", "NEST", False), ("Amal Yusuf", "MEDL", False),
                  ("Ole Kristian Gran", "MEDL", False), ("Lene Myrvold", "MEDL", True), ("Siri Holm", "VARA", None),
                  ("Bjørn Ove Lia", "VARA", None), ("Turid Engen", "OBS", None)],
        "board_optional": ["Arne Grini"],
        "not_board": ["Jon Arild Sætre", "Berit Sund", "Kjetil Wold", "Mona Sandberg", "Fredrik Aas", "Linn Hagen",
                      "Espen Dahle", "Rune Tveiten"],
        "header": "Gatelangs Bymisjon | Årsrapport 2018", "footer": "{PAGE}",
        "renditions": ["pdf", "docx"],
        "notes": "Long city-mission stiftelse report; board in prose over several sentences with home places; "
                 "employees' member and deputy; kommune's observer in a sentence; a member who left in April "
                 "(optional); representantskap's leader, a national generalsekretær and staff not board.",
        "items": [
            ("p", "Stiftelsen Gatelangs Bymisjon", {"bold": True, "size": 22}),
            ("p", "Årsrapport 2018", {"size": 16}),
            ("photo", 2, 3, "Frivillige og ansatte på sommerfesten i {g:Drammen}."),
            ("pagebreak",),
            ("toc", [("Direktøren har ordet", 3), ("Dette er Gatelangs", 4), ("Våre tilbud", 5),
                     ("Frivillighet", 6), ("Organisasjon og ansatte", 7), ("Styrets beretning", 8),
                     ("Regnskap og noter", 9), ("Revisors beretning", 11)]),
            ("pagebreak",),
            ("h", 1, "Direktøren har ordet"),
            ("p", "Hver dag kommer mellom 60 og 90 mennesker innom kafeen vår på {g?:Bragernes}. Noen trenger et måltid, "
                  "noen trenger noen å snakke med, og noen trenger hjelp til å komme seg videre. I 2018 fikk vi "
                  "flere gjester enn noen gang, og vi åpnet et nytt tilbud for unge voksne."),
            ("p", "Jeg vil takke generalsekretær Berit Sund i Bymisjonene i Norge for et godt besøk i juni, "
                  "representantskapets leder Jon Arild Sætre, og alle frivillige som har stått på gjennom året."),
            ("p", "Hege Moberg\ndirektør", {"italic": True}),
            ("pagebreak",),
            ("h", 1, "Dette er Gatelangs"),
            ("p", "Stiftelsen Gatelangs Bymisjon ble opprettet i 1994 av menighetene i {g:Drammen} og "
                  "{g:Nedre Eiker} med en grunnkapital på kr 100 000. Stiftelsen er diakonal og arbeider for "
                  "mennesker som lever med rus, psykiske plager, fattigdom og ensomhet."),
            ("p", "Stiftelsen har et representantskap med ni medlemmer oppnevnt av menighetene. "
                  "Representantskapet oppnevner styret og godkjenner årsregnskapet. Leder av representantskapet "
                  "er Jon Arild Sætre."),
            ("pagebreak",),
            ("h", 1, "Våre tilbud"),
            ("h", 2, "Kafé Gatelangs"),
            ("p", "Kafeen hadde 21 840 besøk i 2018, en økning på {p:9 prosent|besøk} fra året før. Kafeen er "
                  "åpen fem dager i uka og serverer frokost og varm middag."),
            ("h", 2, "Oppfølging og boveiledning"),
            ("p", "Fire boveiledere fulgte 46 personer i egen bolig. Tilbudet er finansiert av {g:Drammen} "
                  "kommune og Husbanken. Av dem som avsluttet, hadde {p:71 %|stabil bosituasjon} "
                  "stabil bosituasjon ett år etter."),
            ("h", 2, "Ung voksen"),
            ("p", "I september åpnet vi et lavterskeltilbud for unge mellom 18 og 25 år i samarbeid med NAV "
                  "{g:Drammen} og Fylkesmannen i {g:Buskerud}. Prosjektleder er Linn Hagen."),
            ("table", [["Tilbud", "2018", "2017", "Endring"], ["Besøk i kafeen", "21 840", "20 030", "{p:9 %}"],
                       ["Personer i boveiledning", "46", "41", "{p:12 %}"], ["Brukere i Ung voksen", "23", "", ""],
                       ["Klær utlevert fra bruktbutikken (plagg)", "6 410", "5 880", "{p:9 %}"]],
             {"ruled": True, "shade_header": "DDE6EE"}),
            ("pagebreak",),
            ("h", 1, "Frivillighet"),
            ("p", "Hele 112 frivillige bidro med om lag 9 300 timer i 2018. Frivilligkoordinator Mona Sandberg "
                  "har rekruttert og fulgt opp de frivillige. Mange av dem kommer fra menighetene i {g:Lier} og "
                  "{g:Nedre Eiker}."),
            ("p", "Vi samarbeider med Kirkens Bymisjon, Frelsesarmeen og Blå Kors om matutdeling før jul."),
            ("pagebreak",),
            ("h", 1, "Organisasjon og ansatte"),
            ("p", "Ved utgangen av året hadde stiftelsen 24 ansatte i 19,4 årsverk. Ledergruppen besto av direktør "
                  "Hege Moberg, økonomisjef Kjetil Wold, fagleder Fredrik Aas og frivilligkoordinator Mona "
                  "Sandberg. Hovedtillitsvalgt er Espen Dahle."),
            ("p", "Sykefraværet var {p:6,2 %|sykefraværet}, mot {p?:7,4 %} i 2017."),
            ("pagebreak",),
            ("h", 1, "Styrets beretning"),
            ("p", "Styret er oppnevnt av representantskapet, med unntak av ett medlem og ett varamedlem som "
                  "velges av og blant de ansatte."),
            ("p", "Styret har i 2018 bestått av styreleder Ragnhild Bjerke ({g:Drammen}), nestleder Terje Stenseth "
                  "({g:Lier}) og styremedlemmene Amal Yusuf ({g:Drammen}), Ole Kristian Gran ({g:Nedre Eiker}) og "
                  "Lene Myrvold, valgt av de ansatte. Varamedlemmer har vært Siri Holm og, for de ansatte, Bjørn "
                  "Ove Lia."),
            ("p", "På representantskapets møte 24. april gikk Arne Grini ut av styret etter seks år. Ole Kristian "
                  "Gran ble valgt inn i hans sted. {g:Drammen} kommune har også i 2018 hatt observatør i styret, "
                  "rådgiver Turid Engen fra avdeling for helse og velferd."),
            ("p", "Styret har hatt åtte møter og behandlet 61 saker. Direktøren har deltatt på alle møtene."),
            ("p", "Årsregnskapet er avlagt under forutsetning om fortsatt drift. Årets underskudd på kr 158 000 "
                  "dekkes av formålskapitalen. Underskuddet skyldes oppstarten av Ung voksen, som først får fullt "
                  "tilskudd fra 2019."),
            ("p", "Det er 15 kvinner og 9 menn blant de ansatte, og styret har tre kvinner og to menn. "
                  "Virksomheten forurenser ikke det ytre miljø."),
            ("sign", "{g:Drammen}, 19. mars 2019",
             [("Ragnhild Bjerke", "styreleder"), ("Terje Stenseth", "nestleder"), ("Amal Yusuf", "styremedlem"),
              ("Ole Kristian Gran", "styremedlem"), ("Lene Myrvold", "styremedlem"), ("Hege Moberg", "direktør")]),
            ("pagebreak",),
            ("h", 1, "Regnskap og noter"),
            ("stmt", res, {"title": "Resultatregnskap 2018"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2018"}),
            ("bh", "Note 2 Offentlige tilskudd"),
            ("table", [["Tilskuddsgiver", "2018", "2017"], ["Kommunen", "8 940", "8 610"],
                       ["Helsedirektoratet", "3 202", "3 050"], ["Husbanken", "1 420", "1 380"],
                       ["Fylkesmannen", "1 300", "900"]], {"ruled": True}),
            ("bh", "Note 3 Lønn og godtgjørelser"),
            ("p", "Direktørens lønn var kr 842 000. Styret mottar ikke honorar. Revisors honorar var kr 64 000."),
            ("bh", "Note 6 Egenkapital"),
            ("p", "Grunnkapitalen er kr 100 000 og er bundet. Formålskapitalen ble redusert med årets underskudd "
                  "på kr 158 000."),
            ("pagebreak",),
            ("h", 1, "Revisors beretning"),
            ("p", "Til representantskapet i Stiftelsen Gatelangs Bymisjon", {"bold": True}),
            ("p", "Vi har revidert stiftelsens årsregnskap for 2018. Etter vår mening gir årsregnskapet et "
                  "rettvisende bilde av stiftelsens finansielle stilling per 31. desember 2018 og av resultatet "
                  "for regnskapsåret i samsvar med regnskapslovens regler og god regnskapsskikk i Norge."),
            ("p", "{g:Drammen}, 26. mars 2019\nRevisjonskontoret {g?:Buskerud} AS\nRune Tveiten\nstatsautorisert revisor"),
        ],
    }


REPORTS = [sogndal_folkehjelp_2014, ringstad_legat_2008, gatelangs_bymisjon_2018]
