"""Reports of the sixty-second set (part a): a vekstbedrift, a nynorsk water IKS and a music foundation,
each a designer's report on landscape sheets of two-page spreads. Invented names and figures; places
real and valid in the report's year."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def _line(lines, label: str) -> list[float]:
    """A statement line's values, so that prose and equity repeat the statement, never a typed figure."""
    return next(line.values for line in lines if line.label == label)


def _kr(value: float) -> str:
    return f"{round(value):,}".replace(",", " ")


def _growth(values: list[float]) -> str:
    return f"{(values[0] / values[1] - 1) * 100:.1f}".replace(".", ",")


def _cols(year: int) -> list[Col]:
    return [Col(str(year), year), Col(str(year - 1), year - 1)]


def vingerfoss_arbeid_2016() -> dict:
    """Vekstbedrift AS (bokmål), Kongsvinger: key figures facing the leader's letter, the board as name
    tiles with the ledergruppe under them, the income statement facing the balance."""
    y = 2016
    inc = income("nb", 2, inc=[("Salgsinntekter", "", [6_482_310, 6_105_870]),
                               ("Tilskudd fra NAV", "2", [7_391_400, 7_188_600]),
                               ("Tilskudd fra kommunene", "2", [612_000, 600_000]),
                               ("Andre driftsinntekter", "", [148_905, 201_440])],
                 cost=[("Varekostnad", "", [1_884_120, 1_766_930]),
                       ("Lønnskostnad", "3", [10_107_560, 9_842_310]),
                       ("Avskrivning på driftsmidler", "4", [386_200, 371_900]),
                       ("Annen driftskostnad", "", [1_803_447, 1_752_660])],
                 fin=[("Renteinntekter", "", [41_230, 52_880]), ("Rentekostnader", "", [-38_614, -44_120])])
    result, turnover = _line(inc, "Årsresultat"), _line(inc, "Sum driftsinntekter")
    bal = balance("nb", 2, fixed=[("Bygninger", "4", [2_310_000, 2_402_000]),
                                  ("Maskiner og inventar", "4", [688_400, 740_600])],
                  current=[("Varelager", "", [402_880, 371_200]),
                           ("Kundefordringer", "", [733_915, 804_112]),
                           ("Bankinnskudd", "5", "plug")],
                  equity=[("Aksjekapital", "6", [400_000, 400_000]),
                          ("Annen egenkapital", "6", [4_996_740 + result[0], 4_996_740])],
                  long=[("Pantelån", "", [1_180_000, 1_300_000])],
                  short=[("Leverandørgjeld", "", [512_300, 488_770]),
                         ("Skyldige offentlige avgifter", "", [906_118, 871_905]),
                         ("Annen kortsiktig gjeld", "", [1_044_260, 1_012_430])])
    st_inc = Statement("Resultatregnskap", _cols(y), inc, note_col="Note", label_header="Tall i kroner")
    st_bal = Statement("Balanse pr. 31.12.2016", _cols(y), bal, note_col="Note", label_header="Tall i kroner")
    board = [("Harald Mostue", "LEDE", False), ("Ingrid Nyhuus Kjeldsrud", "NEST", False),
             ("Sverre Olsrud", "MEDL", False), ("Anita Fjeldheim", "MEDL", True),
             ("Kjell Arne Bekkevold", "VARA", None)]
    items = [
        ("sheet",
         [("kicker", "Vingerfoss Arbeid AS"), ("gap", 40), ("h", "Årsrapport 2016", {"lvl": 1}),
          ("p", "Arbeid, opplæring og nye muligheter i {g:Kongsvinger} og {g:Eidskog}", {"lead": True})],
         [("h", "Innhold", {"caps": True}),
          ("toc", [("01", "Året i tall", "4"), ("02", "Om oss", "6"), ("03", "Styret og ledelsen", "7"),
                   ("04", "Styrets årsberetning", "8"), ("05", "Årsregnskap", "10")]),
          ("gap", 30),
          ("p", "Vingerfoss Arbeid AS", {"small": True}),
          ("p", "Brugata 14, 2212 {g:Kongsvinger}", {"small": True}),
          ("p", "Telefon 62 81 44 90 · post@vingerfoss-arbeid.no · www.vingerfoss-arbeid.no", {"small": True}),
          ("p", "Design og trykk: Grafisk verksted, Vingerfoss Arbeid AS", {"small": True})],
         {"left_bg": "!2E5E4E", "folio": (None, "3")}),
        ("sheet",
         [("h", "Året i tall", {"num": "01"}),
          ("kf", [("14,6 mill.", "kroner i driftsinntekter"), ("54", "godkjente tiltaksplasser"),
                  ("97", "deltakere i løpet av året"),
                  ("{p:38 %|overgang til arbeid eller utdanning}", "overgang til arbeid eller utdanning i AFT"),
                  ("23", "ansatte i 21,4 årsverk"), ("{p:6,2 %|sykefravær blant de ansatte}", "sykefravær blant de ansatte")]),
          ("p", "Tallene gjelder hele 2016. Overgangen er regnet av deltakerne som avsluttet AFT i løpet av året.",
           {"small": True})],
         [("h", "Daglig leder har ordet"),
          ("p", "2016 ble et år med flere deltakere enn noen gang, og med nye oppdrag fra næringslivet i "
                "{g:Glåmdalen|Glåmdalen}. Vi åpnet et eget verksted for sykkelreparasjon på {g:Skotterud} og "
                "fikk en større avtale om pakking for en grossist på {g:Magnor}."),
          ("p", "Et tett samarbeid med NAV er en forutsetning for det vi får til. En særlig takk til "
                "markedskontakt Marit Løvhaugen ved NAV {g:Kongsvinger}, som har fulgt opp deltakerne våre med stor "
                "innsats. Takk også til Ole Petter Granerud, som gikk av som styreleder på generalforsamlingen i "
                "april etter åtte år i styret."),
          ("quote", "Ingen er for langt unna arbeidslivet til at vi ikke skal prøve.", "Trine Aasmundstad Berget"),
          ("p", "Ledergruppen har i året bestått av produksjonsleder Jon Erik Sæther, AFT-koordinator Hilde "
                "Sandvik og undertegnede. Jeg vil takke alle ansatte og deltakere for et godt år."),
          ("p", "{g:Kongsvinger}, mars 2017"),
          ("p", "Trine Aasmundstad Berget, daglig leder")],
         {"folio": ("4", "5")}),
        ("sheet",
         [("h", "Om oss", {"num": "02"}),
          ("p", "Vingerfoss Arbeid AS ble stiftet i 1991 og er en arbeids- og inkluderingsbedrift godkjent som "
                "tiltaksarrangør for NAV. Vi har 24 plasser i varig tilrettelagt arbeid (VTA) og 30 plasser i "
                "arbeidsforberedende trening (AFT). Virksomheten drives i egne lokaler i {g:Kongsvinger} og i "
                "en avdeling på {g:Skotterud} i {g:Eidskog kommune|Eidskog}."),
          ("p", "Selskapet eies av to kommuner i {g:Hedmark}:"),
          ("table", [["Eier", "Aksjer", "Eierandel"],
                     ["{g:Kongsvinger kommune|Kongsvinger}", "256", "{p:64 %}"],
                     ["{g:Eidskog kommune|Eidskog}", "144", "{p:36 %}"],
                     ["Sum", "400", "{p?:100 %}"]]),
          ("p", "Selskapet har ikke til formål å gi utbytte. Et overskudd blir værende i bedriften og går til "
                "å utvikle tilbudet til deltakerne.")],
         [("h", "Styret og ledelsen", {"num": "03"}),
          ("tiles", [("Harald Mostue", ["Styreleder", "Valgt 2016"]),
                     ("Ingrid Nyhuus Kjeldsrud", ["Nestleder"]),
                     ("Sverre Olsrud", ["Styremedlem"]),
                     ("Anita Fjeldheim", ["Styremedlem", "valgt av de ansatte"]),
                     ("Kjell Arne Bekkevold", ["Varamedlem"]),
                     ("Trine Aasmundstad Berget", ["Daglig leder", "sekretær for styret"])], {"cols": 3}),
          ("p", "Styret har hatt sju møter og behandlet 48 saker. Generalforsamlingen ble holdt 21. april 2016."),
          ("h", "Ledergruppen", {"lvl": 3}),
          ("ul", ["Trine Aasmundstad Berget, daglig leder", "Jon Erik Sæther, produksjonsleder",
                  "Hilde Sandvik, AFT-koordinator"])],
         {"folio": ("6", "7")}),
        ("sheet",
         [("h", "Styrets årsberetning", {"num": "04"}),
          ("h", "Virksomhetens art", {"lvl": 3}),
          ("p", "Vingerfoss Arbeid AS gir arbeid og arbeidstrening til personer som står utenfor arbeidslivet. "
                "Selskapet holder til i {g:Kongsvinger}."),
          ("h", "Arbeidsmiljø og likestilling", {"lvl": 3}),
          ("p", "Sykefraværet blant de ansatte var {p:6,2 %|sykefraværet} mot {p:7,9 %|året før} året før. Det har "
                "ikke vært skader eller ulykker. Av 23 ansatte er 13 kvinner. Styret består av tre kvinner og to "
                "menn når varamedlemmet regnes med."),
          ("h", "Ytre miljø", {"lvl": 3}),
          ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bedrifter av samme art.")],
         [("h", "Resultat og fortsatt drift", {"lvl": 3}),
          ("p", f"Driftsinntektene økte med {{p:{_growth(turnover)} %|driftsinntektene økte}} til 14,6 millioner kroner. "
                f"Årsresultatet på {_kr(result[0])} kroner foreslås overført til annen egenkapital. Forutsetningen om fortsatt drift er lagt "
                "til grunn, og styret mener regnskapet gir et rettvisende bilde av stillingen ved årsskiftet."),
          ("p", "Revisor er Revisjon Øst AS ved statsautorisert revisor Bjørn Tangen."),
          ("sign", "{g:Kongsvinger}, 14. mars 2017",
           [("Harald Mostue", "styreleder"), ("Ingrid Nyhuus Kjeldsrud", "nestleder"), ("Sverre Olsrud", "styremedlem"),
            ("Anita Fjeldheim", "styremedlem"), ("Trine Aasmundstad Berget", "daglig leder")], {"cols": 3})],
         {"folio": ("8", "9")}),
        ("sheet",
         [("h", "Årsregnskap", {"num": "05"}), ("stmt", st_inc)],
         [("stmt", st_bal)],
         {"folio": ("10", "11")}),
    ]
    return {
        "name": "vingerfoss-arbeid-2016", "year": y, "title": "Vingerfoss Arbeid AS – Årsrapport 2016",
        "organization": {"name": "Vingerfoss Arbeid AS", "founded_year": 1991, "address": "Brugata 14, 2212 Kongsvinger",
                         "email": "post@vingerfoss-arbeid.no", "phone": "62 81 44 90",
                         "website": "www.vingerfoss-arbeid.no",
                         "owners": [{"name": "Kongsvinger kommune", "share_percent": 64},
                                    {"name": "Eidskog kommune", "share_percent": 36}]},
        "ceo": "Trine Aasmundstad Berget", "board": board,
        "not_board": ["Ole Petter Granerud", "Marit Løvhaugen", "Jon Erik Sæther", "Hilde Sandvik", "Bjørn Tangen"],
        "programs": {"VTA": 24, "AFT": 30},
        "key_figures_optional": [{"label": "Driftsinntekter", "year": y, "value": 14_600_000}],
        "items": items, "renditions": ["chrome"], "accent": "2E5E4E", "light": "9DBFB2", "shade": "E6EFEB",
        "notes": "Key figures facing the daglig leder's letter (former chair and NAV contact thanked, the "
                 "ledergruppe named); the board as name tiles with the daglig leder's tile among them; "
                 "resultatregnskap on the left page, balanse on the right page of one sheet.",
    }


def indre_sogn_vassverk_2013() -> dict:
    """Water IKS (nynorsk), Sogndal: 'Tal i kroner | Note | 2013 | 2012', the income statement facing its
    notes, the balance facing the board's årsmelding with the board list; representantskapet apart."""
    y = 2013
    inc = income("nn", 2, inc=[("Vassgebyr frå eigarkommunane", "2", [18_412_600, 17_306_200]),
                               ("Sal av tenester", "", [1_204_880, 1_388_410]),
                               ("Andre driftsinntekter", "", [96_300, 74_950])],
                 cost=[("Lønskostnader", "3", [5_842_115, 5_611_904]),
                       ("Avskrivingar", "4", [6_118_400, 5_902_700]),
                       ("Straum og kjemikaliar", "", [2_930_772, 2_781_339]),
                       ("Andre driftskostnader", "", [2_207_640, 2_340_118])],
                 fin=[("Renteinntekter", "", [188_410, 205_777]), ("Rentekostnader", "", [-2_684_002, -2_756_081])])
    result = _line(inc, "Årsresultat")
    bal = balance("nn", 2, fixed=[("Vassverk og leidningsnett", "4", [96_402_000, 98_170_400]),
                                  ("Maskiner og køyretøy", "4", [1_884_600, 1_702_300])],
                  current=[("Kundefordringar", "", [2_106_330, 1_985_120]),
                           ("Bankinnskot", "", "plug")],
                  equity=[("Innskoten eigenkapital", "", [10_000_000, 10_000_000]),
                          ("Anna eigenkapital", "", [3_185_130 + result[0], 3_185_130])],
                  long=[("Lån i Kommunalbanken", "5", [84_600_000, 86_900_000])],
                  short=[("Leverandørgjeld", "", [1_512_404, 1_377_920]),
                         ("Skuldige offentlege avgifter", "", [488_210, 455_803]),
                         ("Anna kortsiktig gjeld", "", [2_706_060, 2_330_447])])
    st_inc = Statement("Resultatrekneskap 2013", _cols(y), inc, note_col="Note", label_header="Tal i kroner")
    st_bal = Statement("Balanse per 31.12.2013", _cols(y), bal, note_col="Note", label_header="Tal i kroner")
    board = [("Gunnhild Kvamme Ølmheim", "LEDE", False), ("Arne Kjørlaug", "NEST", False),
             ("Sissel Fardal", "MEDL", False), ("Torbjørn Heggestad", "MEDL", True),
             ("Kari Skjerdal", "VARA", None), ("Nils Ove Hauge", "VARA", None)]
    items = [
        ("sheet",
         [("kicker", "Indre Sogn Vassverk IKS"), ("gap", 45), ("h", "Årsmelding 2013", {"lvl": 1}),
          ("p", "Reint vatn til innbyggjarane i {g:Sogndal}, {g:Leikanger} og {g:Luster}", {"lead": True})],
         [("h", "Føreord"),
          ("p", "Året 2013 var det første heile driftsåret med det nye høgdebassenget på {g?:Kaupanger}, og "
                "leveransane har vore stabile gjennom heile året. Vi har skifta ut 2,4 kilometer leidning i "
                "{g:Hafslo} og starta planlegginga av ny hovudleidning mot {g:Leikanger} sentrum."),
          ("p", "Driftsoperatør Liv Tenold gjekk av med pensjon i oktober etter 26 år. Takk for lang og god "
                "teneste! Eg vil òg takke representantskapet og styret for godt samarbeid, og Mattilsynet ved "
                "inspektør Svein Årdal for konstruktive tilsyn."),
          ("p", "{g:Sogndal}, februar 2014"),
          ("p", "Eirik Hjelmeland Nes, dagleg leiar"),
          ("box", [("p", "Indre Sogn Vassverk IKS · Fjørevegen 9, 6856 {g:Sogndal} · post@isvassverk.no · "
                         "telefon 57 62 90 40")], {"bg": "E4EEF3"})],
         {"left_bg": "!1F5673", "folio": (None, "3")}),
        ("sheet",
         [("h", "Nøkkeltal 2013", {"caps": True}),
          ("kf", [("2,81 mill. m³", "levert vatn"), ("6 940", "abonnentar"),
                  ("{p:17 %|lekkasje}", "lekkasje på nettet"), ("100", "godkjende prøver av 100")]),
          ("table", [["Nøkkeltal", "2013", "2012"], ["Levert vatn (1000 m³)", "2 812", "2 766"],
                     ["Tal abonnentar", "6 940", "6 871"], ["Leidningsnett (km)", "184", "182"],
                     ["Lekkasjedel", "{p:17 %}", "{p:19 %}"]])],
         [("h", "Om selskapet", {"num": "01"}),
          ("p", "Indre Sogn Vassverk IKS vart skipa i 2002 og er eit interkommunalt selskap etter IKS-lova. "
                "Selskapet produserer og leverer drikkevatn til eigarkommunane i {g:Sogn og Fjordane}. Eigardelane "
                "er: {g:Sogndal kommune|Sogndal} {p:48 %|eigardel}, {g:Leikanger kommune|Leikanger} {p:31 %|eigardel} og {g:Luster kommune|Luster} "
                "{p:21 %|eigardel}."),
          ("h", "Representantskapet", {"lvl": 3}),
          ("p", "Representantskapet er det øvste organet i selskapet. I 2013 var ordførar Jon Bjarne Dalsøren "
                "({g:Sogndal}) leiar, med Vigdis Lunde ({g:Leikanger}) og Ola Rysjedal ({g:Luster}) som medlemer. "
                "Representantskapet hadde to møte."),
          ("h", "Administrasjon", {"lvl": 3}),
          ("p", "Selskapet hadde åtte tilsette ved utgangen av året. Dagleg leiar er Eirik Hjelmeland Nes. "
                "Revisor er Fjordrevisjon IKS ved oppdragsansvarleg revisor Helge Navik.")],
         {"folio": ("4", "5")}),
        ("sheet",
         [("h", "Rekneskap", {"num": "02"}), ("stmt", st_inc)],
         [("h", "Notar til rekneskapen", {"lvl": 3}),
          ("note", "Note 1 Rekneskapsprinsipp",
           [("p", "Årsrekneskapen er sett opp i samsvar med rekneskapslova og god rekneskapsskikk for små føretak.",
             {"small": True})]),
          ("note", "Note 2 Vassgebyr",
           [("p", "Eigarkommunane betaler for vatnet etter levert mengd. Prisen var 6,55 kr per m³ i 2013.",
             {"small": True})]),
          ("note", "Note 3 Lønskostnader",
           [("table", [["", "2013", "2012"], ["Løn", "4 502 310", "4 344 820"],
                       ["Arbeidsgjevaravgift", "634 826", "612 620"], ["Pensjonskostnader", "704 979", "654 464"]]),
            ("p", "Løn til dagleg leiar var 712 400 kr. Honorar til styret var 96 000 kr.", {"small": True})]),
          ("note", "Note 4 Varige driftsmidlar",
           [("p", "Vassverk og leidningsnett blir avskrivne over 40 år, maskiner og køyretøy over 5 til 10 år.",
             {"small": True})]),
          ("note", "Note 5 Langsiktig gjeld",
           [("p", "Låna i Kommunalbanken har flytande rente og blir nedbetalte over 40 år.", {"small": True})])],
         {"folio": ("6", "7")}),
        ("sheet",
         [("stmt", st_bal)],
         [("h", "Styret si årsmelding", {"num": "03"}),
          ("p", f"Selskapet held til i {{g:Sogndal}}. Årsresultatet vart {_kr(result[0])} kr, og styret gjer framlegg om at "
                "det blir overført til anna eigenkapital. Føresetnaden om vidare drift er til stades."),
          ("p", "Sjukefråværet var {p:3,1 %|sjukefråværet}. Av åtte tilsette er to kvinner. Verksemda ureinar ikkje "
                "det ytre miljøet."),
          ("p", "Styret har i 2013 hatt denne samansetjinga:"),
          ("ul", ["Gunnhild Kvamme Ølmheim, styreleiar", "Arne Kjørlaug, nestleiar", "Sissel Fardal, styremedlem",
                  "Torbjørn Heggestad, styremedlem vald av dei tilsette"]),
          ("p", "Varamedlemer: Kari Skjerdal og Nils Ove Hauge."),
          ("sign", "{g:Sogndal}, 18. februar 2014",
           [("Gunnhild Kvamme Ølmheim", "styreleiar"), ("Arne Kjørlaug", "nestleiar"), ("Sissel Fardal", ""),
            ("Torbjørn Heggestad", ""), ("Eirik Hjelmeland Nes", "dagleg leiar")], {"cols": 3})],
         {"folio": ("8", "9")}),
    ]
    return {
        "name": "indre-sogn-vassverk-2013", "year": y, "title": "Indre Sogn Vassverk IKS – Årsmelding 2013",
        "html_lang": "nn",
        "organization": {"name": "Indre Sogn Vassverk IKS", "founded_year": 2002,
                         "address": "Fjørevegen 9, 6856 Sogndal", "email": "post@isvassverk.no",
                         "phone": "57 62 90 40",
                         "owners": [{"name": "Sogndal kommune", "share_percent": 48},
                                    {"name": "Leikanger kommune", "share_percent": 31},
                                    {"name": "Luster kommune", "share_percent": 21}]},
        "ceo": "Eirik Hjelmeland Nes", "board": board,
        "not_board": ["Jon Bjarne Dalsøren", "Vigdis Lunde", "Ola Rysjedal", "Liv Tenold", "Svein Årdal", "Helge Navik"],
        "items": items, "renditions": ["chrome"], "accent": "1F5673", "light": "8DB6CB", "shade": "E4EEF3",
        "notes": "Nynorsk IKS: resultatrekneskap facing its notes, balance facing the årsmelding with the board "
                 "as 'Name, role' bullets; the representantskap (an ordførar as leiar) in prose; a retired "
                 "driftsoperatør and a Mattilsynet inspector thanked.",
    }


def tinnsjo_kammermusikk_2021() -> dict:
    """Music foundation (bokmål), Tinn: the board as name tiles on the left page facing a group photo's
    caption on the right; the chair's letter facing key figures; statements in 'Beløp i NOK'."""
    y = 2021
    inc = income("nb", 2, inc=[("Billettinntekter", "", [1_286_450, 402_300]),
                               ("Offentlige tilskudd", "2", [2_450_000, 2_380_000]),
                               ("Sponsorer og gaver", "", [612_000, 540_500])],
                 cost=[("Honorarer til musikere", "", [1_944_300, 1_102_800]),
                       ("Lønn og sosiale kostnader", "3", [1_318_770, 1_240_150]),
                       ("Leie av lokaler og teknikk", "", [486_120, 208_440]),
                       ("Markedsføring", "", [301_855, 166_020]),
                       ("Andre driftskostnader", "", [224_690, 197_350])],
                 fin=[("Finansinntekter", "", [4_212, 6_930])], labels={"net_fin": "Netto finans"})
    bal = balance("nb", 2, fixed=[],
                  current=[("Fordringer", "", [188_400, 96_150]), ("Bankinnskudd", "", "plug")],
                  equity=[("Grunnkapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [758_237, 681_310])],
                  long=[], short=[("Leverandørgjeld", "", [211_540, 84_220]),
                                  ("Forskuddsbetalte billetter", "", [148_900, 22_400]),
                                  ("Annen kortsiktig gjeld", "", [166_315, 142_870])])
    cols = [Col("2021", 2021), Col("2020", 2020)]
    st_inc = Statement("Resultatregnskap", cols, inc, label_header="Beløp i NOK")
    st_bal = Statement("Balanse 31.12.", cols, bal, label_header="Beløp i NOK")
    board = [("Ragnhild Bøen", "LEDE", None), ("Terje Lysaker", "NEST", None), ("Anne-Lise Fjellbu", "MEDL", None),
             ("Øystein Rue", "MEDL", None), ("Sigrid Haugan", "VARA", None)]
    items = [
        ("sheet",
         [("kicker", "Stiftelsen Tinnsjø Kammermusikk"), ("gap", 38), ("h", "Årsrapport 2021", {"lvl": 1}),
          ("p", "Kammermusikk i industriarven på {g:Rjukan}", {"lead": True}),
          ("photo", "Åpningskonserten i {g?:Vemork} maskinhall.", {"h": 55})],
         [("h", "Styrelederen har ordet"),
          ("p", "Etter et år med avlyste konserter kunne vi endelig samle publikum igjen. Festivaluka i august "
                "ble gjennomført med 31 konserter, de fleste i {g:Tinn} og to i {g:Notodden}, og vi hadde besøk fra "
                "hele {g:Vestfold og Telemark} og langt utenfor."),
          ("p", "Jeg vil takke kulturrådgiver Per Øyvind Holta i fylkeskommunen for godt samarbeid om den nye "
                "treårige avtalen, og alle frivillige som rigget, kjørte og bakte. Takk også til tidligere "
                "styreleder Bjørn Erik Vaa, som ledet arbeidet med festivalens 20-årsjubileum."),
          ("quote", "Musikken kom tilbake til salen, og publikum kom med den.", "Ragnhild Bøen, styreleder"),
          ("p", "{g:Rjukan}, mars 2022"), ("p", "Ragnhild Bøen")],
         {"left_bg": "!5A3D5C", "folio": (None, "3")}),
        ("sheet",
         [("h", "2021 i tall", {"caps": True}),
          ("kf", [("4 820", "solgte billetter"), ("31", "konserter"), ("64", "musikere"),
                  ("{p:41 %|egeninntekter}", "egeninntekter av totale inntekter"),
                  ("212", "frivillige vakter"), ("{p:88 %|belegg}", "gjennomsnittlig belegg i salene")])],
         [("h", "Festivalen", {"num": "01"}),
          ("p", "Festivalen ble arrangert 9.–15. august. Kunstnerisk leder Håkon Vik Tveitan satte sammen et "
                "program med vekt på nordisk musikk fra mellomkrigstiden, og skolekonserter ble holdt på {g:Rjukan} "
                "og {g:Atrå}. En konsert ble flyttet fra {g:Gaustatoppen} til kirken på grunn av været."),
          ("p", "Billettinntektene ble tre ganger så store som i 2020, men fortsatt {p:12 %|under nivået} under "
                "nivået fra 2019. Stiftelsen fikk tilskudd fra {g:Tinn kommune|Tinn}, fylkeskommunen og Norsk kulturråd."),
          ("h", "Administrasjon", {"num": "02"}),
          ("p", "Daglig leder Maren Strand Øverby er stiftelsens eneste faste ansatte, i {p:80 %|stilling} "
                "stilling. Kunstnerisk leder er engasjert på kontrakt. Revisor er Telemark Revisjon AS ved "
                "registrert revisor Anders Kleppe.")],
         {"folio": ("4", "5")}),
        ("sheet",
         [("h", "Styret", {"num": "03"}),
          ("tiles", [("Ragnhild Bøen", ["Styreleder"]), ("Terje Lysaker", ["Nestleder"]),
                     ("Anne-Lise Fjellbu", ["Styremedlem", "oppnevnt av {g:Tinn kommune|Tinn}"]),
                     ("Øystein Rue", ["Styremedlem"]), ("Sigrid Haugan", ["Varamedlem"])], {"cols": 2}),
          ("p", "Styret har hatt seks møter i 2021. Stiftelsen har ingen ansatte i styret.", {"small": True})],
         [("photo", "Styret samlet på {g:Rjukan} i august. Fra venstre: Øystein Rue, Anne-Lise Fjellbu, styreleder "
                    "Ragnhild Bøen, Terje Lysaker og daglig leder Maren Strand Øverby.", {"h": 92}),
          ("h", "Styrets årsberetning", {"num": "04"}),
          ("p", "Stiftelsen har til formål å arrangere en årlig kammermusikkfestival i {g:Tinn}. Årets overskudd "
                "på 76 927 kroner overføres til annen egenkapital. Regnskapet er avlagt under forutsetning om "
                "fortsatt drift."),
          ("p", "Stiftelsen har én ansatt, en kvinne. Det har ikke vært sykefravær av betydning.")],
         {"folio": ("6", "7")}),
        ("sheet",
         [("h", "Regnskap", {"num": "05"}), ("stmt", st_inc)],
         [("stmt", st_bal),
          ("sign", "{g:Rjukan}, 10. mars 2022",
           [("Ragnhild Bøen", "styreleder"), ("Terje Lysaker", "nestleder"), ("Anne-Lise Fjellbu", "styremedlem"),
            ("Øystein Rue", "styremedlem")], {"cols": 2})],
         {"folio": ("8", "9")}),
    ]
    return {
        "name": "tinnsjo-kammermusikk-2021", "year": y, "title": "Stiftelsen Tinnsjø Kammermusikk – Årsrapport 2021",
        "organization": {"name": "Stiftelsen Tinnsjø Kammermusikk"},
        "ceo": "Maren Strand Øverby", "board": board,
        "not_board": ["Håkon Vik Tveitan", "Per Øyvind Holta", "Bjørn Erik Vaa", "Anders Kleppe"],
        "items": items, "renditions": ["chrome"], "accent": "5A3D5C", "light": "B39DB5", "shade": "EFE8F0",
        "notes": "Foundation: the chair's letter beside the cover (former chair and a county adviser thanked), "
                 "key figures facing the festival text, the board as name tiles on the left page facing a group "
                 "photo's caption (with the daglig leder in it) on the right; statements in 'Beløp i NOK' "
                 "without a note column, the balance with signatures.",
    }


REPORTS = [vingerfoss_arbeid_2016, indre_sogn_vassverk_2013, tinnsjo_kammermusikk_2021]
