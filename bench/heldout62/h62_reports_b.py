"""Reports of the sixty-second set (part b): a sailing club, a kommunalt foretak and a nynorsk
vekstbedrift, each a designer's report on landscape sheets of two-page spreads. Invented names and
figures; places real and valid in the report's year."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h62_reports_a import _growth, _kr, _line


def byfjorden_seilforening_2009() -> dict:
    """Sailing club (bokmål), Tønsberg: headings in CSS capitals, the tillitsvalgte as one Verv | Navn
    table (board, valgkomité, revisorer, gruppeledere), income with a budget column facing the balance."""
    y = 2009
    inc = income("nb", 3, inc=[("Medlemskontingent", "", [412_800, 400_000, 396_350]),
                               ("Havneleie", "", [688_250, 670_000, 655_900]),
                               ("Kursinntekter", "", [142_600, 130_000, 118_450]),
                               ("Tilskudd og sponsorer", "", [96_000, 90_000, 121_000])],
                 cost=[("Drift av havn og klubbhus", "", [534_310, 520_000, 498_760]),
                       ("Seilaktiviteter og kurs", "", [284_905, 270_000, 259_130]),
                       ("Avskrivninger", "", [166_000, 166_000, 158_000]),
                       ("Andre kostnader", "", [121_774, 110_000, 132_412])],
                 fin=[("Renteinntekter", "", [18_442, 15_000, 31_208]), ("Rentekostnader", "", [-74_109, -80_000, -88_640])],
                 labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "inc": "Inntekter",
                         "cost": "Kostnader", "result": "Årets resultat", "fin": None})
    result = _line(inc, "Årets resultat")
    opening_2008 = 1_452_978
    bal = balance("nb", 2, fixed=[("Brygger og klubbhus", "", [2_864_000, 2_998_000]),
                                  ("Følgebåter og joller", "", [212_000, 244_000])],
                  current=[("Fordringer", "", [38_210, 44_870]), ("Bankinnskudd", "", "plug")],
                  equity=[("Egenkapital 1.1.", "", [opening_2008 + result[2], opening_2008]),
                          ("Årets resultat", "", [result[0], result[2]])],
                  long=[("Lån Sparebanken", "", [1_640_000, 1_760_000])],
                  short=[("Forskuddsbetalt havneleie", "", [118_300, 104_600]),
                         ("Annen kortsiktig gjeld", "", [46_115, 39_870])])
    st_inc = Statement("Resultatregnskap 2009",
                       [Col("Regnskap 2009", 2009), Col("Budsjett 2009", 2009, BUDGET), Col("Regnskap 2008", 2008)],
                       inc, label_header="")
    st_bal = Statement("Balanse pr. 31.12.2009", [Col("31.12.2009", 2009), Col("31.12.2008", 2008)], bal,
                       label_header="")
    board = [("Geir Hvalsøe", "LEDE", None), ("Lene Aulie", "NEST", None), ("Tor Magne Kilen", "MEDL", None),
             ("Hanne Strøm Wiborg", "MEDL", None), ("Pål Ebbestad", "MEDL", None), ("Ellen Tufte", "VARA", None)]
    items = [
        ("sheet",
         [("kicker", "Byfjorden Seilforening · stiftet 1934"), ("gap", 36),
          ("h", "Årsberetning 2009", {"lvl": 1}),
          ("p", "Til årsmøtet 11. mars 2010 i klubbhuset på {g?:Kaldnes}", {"lead": True}),
          ("photo", "Optimistjollene på vei ut fra brygga en kveld i juni.", {"h": 62})],
         [("h", "Lederen har ordet", {"caps": True}),
          ("p", "Sesongen 2009 ble en av de beste i foreningens historie, med rekordmange deltakere på "
                "nybegynnerkurs og et regattamiljø som vokser. Vi arrangerte kretsmesterskapet for "
                "{g:Vestfold} i juni, med seilere fra {g:Tønsberg}, {g:Nøtterøy}, {g:Tjøme} og {g:Horten}."),
          ("p", "Tidligere leder Finn Ove Lund fortjener en stor takk for arbeidet med den nye flytebrygga, som "
                "sto ferdig i mai. Takk også til havnesjef Rolf Sandberg i kommunen og til alle som stilte på "
                "dugnad."),
          ("p", "Geir Hvalsøe, leder")],
         {"left_bg": "DCE8F2", "folio": (None, "3")}),
        ("sheet",
         [("h", "Tillitsvalgte 2009", {"caps": True}),
          ("table", [["Verv", "Navn"], ["Leder", "Geir Hvalsøe"], ["Nestleder", "Lene Aulie"],
                     ["Kasserer", "Tor Magne Kilen"], ["Sekretær", "Hanne Strøm Wiborg"],
                     ["Styremedlem", "Pål Ebbestad"], ["Varamedlem", "Ellen Tufte"],
                     ["Valgkomité, leder", "Arvid Solum"], ["Valgkomité", "Gunn Reidun Tvedt"],
                     ["Revisor", "Bjørg Haslum"], ["Leder jollegruppa", "Nora Enger"],
                     ["Havnefogd", "Kåre Mathisen"]]),
          ("p", "Styret har hatt ti styremøter og behandlet 64 saker.", {"small": True})],
         [("h", "Aktiviteter", {"caps": True}),
          ("kf", [("412", "medlemmer ved årsskiftet"), ("148", "båtplasser i havna"),
                  ("{p:96 %|båtplassene}", "av båtplassene var utleid"), ("57", "barn på seilkurs")]),
          ("p", "Jollegruppa hadde trening to kvelder i uka fra mai til september. Ni seilere deltok i "
                "NM i {g:Bergen}, og to av dem kom blant de ti beste. Tirsdagsregattaene samlet i snitt 23 båter."),
          ("p", "Andelen kvinnelige medlemmer økte til {p:34 %|kvinnelige medlemmer}.")],
         {"folio": ("4", "5")}),
        ("sheet",
         [("h", "Regnskap", {"caps": True}), ("stmt", st_inc, {"title": "Resultatregnskap 2009"}),
          ("sign", "{g:Tønsberg}, 12. februar 2010",
           [("Geir Hvalsøe", "leder"), ("Lene Aulie", "nestleder"), ("Tor Magne Kilen", "kasserer"),
            ("Hanne Strøm Wiborg", "sekretær"), ("Pål Ebbestad", "styremedlem")], {"cols": 3})],
         [("stmt", st_bal),
          ("p", "Regnskapet er revidert av Bjørg Haslum, som anbefaler årsmøtet å godkjenne det.", {"small": True})],
         {"folio": ("6", "7")}),
    ]
    return {
        "name": "byfjorden-seilforening-2009", "year": y, "title": "Byfjorden Seilforening – Årsberetning 2009",
        "organization": {"name": "Byfjorden Seilforening", "founded_year": 1934},
        "ceo": None, "board": board,
        "not_board": ["Finn Ove Lund", "Rolf Sandberg", "Arvid Solum", "Gunn Reidun Tvedt", "Bjørg Haslum",
                      "Nora Enger", "Kåre Mathisen"],
        "items": items, "renditions": ["chrome"], "accent": "1C4F7C", "light": "8FB0CF", "shade": "E3ECF4",
        "notes": "Sailing club: headings in CSS capitals; the tillitsvalgte in one Verv | Navn table running on "
                 "from the board into valgkomité, revisor, group leader and havnefogd; kasserer and sekretær "
                 "are MEDL; a budget column (optional); no daglig leder.",
    }


def ankenes_eiendom_kf_2024() -> dict:
    """Kommunalt foretak (bokmål), Narvik: numbered sections in CSS capitals, key figures facing the
    leader's letter, the board as name tiles facing the årsberetning, the balance before the income
    statement on one sheet."""
    y = 2024
    inc = income("nb", 2, inc=[("Husleieinntekter", "2", [48_214, 46_390]),
                               ("Refusjoner fra Narvik kommune", "", [6_108, 5_870]),
                               ("Andre driftsinntekter", "", [1_422, 1_295])],
                 cost=[("Lønnskostnader", "3", [14_806, 14_112]),
                       ("Avskrivninger", "4", [12_440, 11_980]),
                       ("Vedlikehold", "", [9_874, 10_326]),
                       ("Energi", "", [7_912, 9_214]),
                       ("Andre driftskostnader", "", [4_306, 4_118])],
                 fin=[("Finansinntekter", "", [612, 388]), ("Finanskostnader", "", [-5_988, -4_720])])
    result, turnover = _line(inc, "Årsresultat"), _line(inc, "Sum driftsinntekter")
    bal = balance("nb", 2, fixed=[("Bygninger og tomter", "4", [318_620, 322_410]),
                                  ("Maskiner og transportmidler", "4", [4_210, 4_688])],
                  current=[("Fordringer", "", [5_112, 4_870]), ("Bankinnskudd", "", "plug")],
                  equity=[("Innskutt egenkapital", "", [40_000, 40_000]),
                          ("Annen egenkapital", "", [30_974 + result[0], 30_974])],
                  long=[("Lån fra Narvik kommune", "5", [248_500, 253_000])],
                  short=[("Leverandørgjeld", "", [6_340, 5_912]), ("Annen kortsiktig gjeld", "", [9_118, 8_802])])
    cols = [Col("2024", 2024), Col("2023", 2023)]
    st_bal = Statement("Balanse", cols, bal, unit=1000, note_col="Note", label_header="Beløp i 1000 kr")
    st_inc = Statement("Resultatregnskap", cols, inc, unit=1000, note_col="Note", label_header="Beløp i 1000 kr")
    board = [("Solveig Rasch-Olsen", "LEDE", False), ("Bjørnar Nygård Hals", "NEST", False),
             ("Tove Lyngmo", "MEDL", False), ("Kai Robert Aune", "MEDL", False), ("Linda Fossvik", "MEDL", True),
             ("Stein Inge Bakkejord", "VARA", None)]
    items = [
        ("sheet",
         [("kicker", "Ankenes Eiendom KF"), ("gap", 42), ("h", "Årsrapport 2024", {"lvl": 1}),
          ("p", "Vi eier, drifter og utvikler kommunens bygg i {g:Narvik}", {"lead": True})],
         [("h", "Innhold", {"caps": True}),
          ("toc", [("01", "Nøkkeltall", "4"), ("02", "Daglig leder har ordet", "5"), ("03", "Styret", "6"),
                   ("04", "Styrets årsberetning", "7"), ("05", "Årsregnskap", "8")]),
          ("gap", 20),
          ("box", [("p", "Ankenes Eiendom KF ble opprettet i 2012 og er et kommunalt foretak etter kommuneloven, "
                         "en del av {g:Narvik kommune|Narvik} som rettssubjekt. Foretaket forvalter skoler, barnehager, "
                         "sykehjem og idrettsbygg i hele kommunen, fra {g:Bjerkvik} i nord til {g:Ballangen} i sør."),
                   ("p", "Postadresse: Postboks 64, 8501 {g:Narvik} · post@ankeneseiendom.no", {"small": True})],
           {"bg": "F4EBDD"})],
         {"left_bg": "!8C3B1F", "folio": (None, "3")}),
        ("sheet",
         [("h", "Nøkkeltall", {"num": "01", "caps": True}),
          ("kf", [("214 600 m²", "bygg i forvaltning"), ("93", "bygg"),
                  ("55,7 mill.", "kroner i driftsinntekter"), ("{p:11 %|lavere energibruk}", "lavere energibruk enn i 2023")]),
          ("table", [["", "2024", "2023"], ["Bygg i forvaltning (m²)", "214 600", "211 900"],
                     ["Ansatte (årsverk)", "19,5", "18,8"], ["Sykefravær", "{p:5,4 %}", "{p:6,6 %}"],
                     ["Energibruk (GWh)", "21,9", "24,6"]])],
         [("h", "Daglig leder har ordet", {"num": "02", "caps": True}),
          ("p", "2024 var året da den nye barnehagen i {g:Beisfjord} ble tatt i bruk og energisparingen for "
                "alvor ga resultater. Vi har skiftet til LED-belysning i elleve bygg og fått på plass "
                "sentral driftskontroll i alle skolene."),
          ("p", "Takk til kommunedirektør Geir Arne Solheim og eiendomsrådgiver Marte Kristiansen i kommunens stab "
                "for et tett samarbeid om vedlikeholdsplanen. Takk også til driftsleder Odd Inge Hanssen, som gikk "
                "av med pensjon i november etter 31 år."),
          ("quote", "Gode bygg er en forutsetning for gode tjenester.", "Roar Hellesvik, daglig leder"),
          ("p", "{g:Narvik}, mars 2025"), ("p", "Roar Hellesvik")],
         {"folio": ("4", "5")}),
        ("sheet",
         [("h", "Styret", {"num": "03", "caps": True}),
          ("p", "Styret oppnevnes av kommunestyret for fire år. Ett medlem velges av og blant de ansatte."),
          ("tiles", [("Solveig Rasch-Olsen", ["Styreleder"]), ("Bjørnar Nygård Hals", ["Nestleder"]),
                     ("Tove Lyngmo", ["Styremedlem"]), ("Kai Robert Aune", ["Styremedlem"]),
                     ("Linda Fossvik", ["Styremedlem", "ansattes representant"]),
                     ("Stein Inge Bakkejord", ["Varamedlem"])], {"cols": 3}),
          ("p", "Ordfører Hanne Kvandal Berg og leder av kontrollutvalget Jan Ivar Nordmo har møte- og talerett i "
                "foretakets styremøter som observatører fra kommunen.", {"small": True})],
         [("h", "Styrets årsberetning", {"num": "04", "caps": True}),
          ("p", "Foretaket har forretningskontor i {g:Narvik} i {g:Nordland}. Driftsinntektene ble 55,7 millioner "
                f"kroner, en økning på {{p:{_growth(turnover)} %|driftsinntektene}}. Årsresultatet ble {_kr(result[0] * 1000)} "
                "kroner og overføres til "
                "annen egenkapital. Fortsatt drift er lagt til grunn."),
          ("p", "Sykefraværet var {p:5,4 %|sykefraværet}. Av 21 ansatte er sju kvinner. Foretaket arbeider for "
                "likestilling og mot diskriminering."),
          ("p", "Revisor er KomRev Nord IKS."),
          ("sign", "{g:Narvik}, 4. mars 2025",
           [("Solveig Rasch-Olsen", "styreleder"), ("Bjørnar Nygård Hals", "nestleder"), ("Tove Lyngmo", ""),
            ("Kai Robert Aune", ""), ("Linda Fossvik", ""), ("Roar Hellesvik", "daglig leder")], {"cols": 3})],
         {"folio": ("6", "7")}),
        ("sheet",
         [("h", "Årsregnskap", {"num": "05", "caps": True}), ("stmt", st_bal)],
         [("stmt", st_inc)],
         {"folio": ("8", "9")}),
    ]
    return {
        "name": "ankenes-eiendom-kf-2024", "year": y, "title": "Ankenes Eiendom KF – Årsrapport 2024",
        "organization": {"name": "Ankenes Eiendom KF", "founded_year": 2012, "email": "post@ankeneseiendom.no"},
        "ceo": "Roar Hellesvik", "board": board,
        "not_board": ["Geir Arne Solheim", "Marte Kristiansen", "Odd Inge Hanssen", "Hanne Kvandal Berg",
                      "Jan Ivar Nordmo"],
        "places_optional": ["Ankenes"],
        "not_places": ["Refusjoner fra Narvik kommune", "Lån fra Narvik kommune"],
        "key_figures_optional": [{"label": "Driftsinntekter", "year": y, "value": 55_700_000}],
        "items": items, "renditions": ["chrome"], "accent": "8C3B1F", "light": "D09A84", "shade": "F4EBDD",
        "notes": "Kommunalt foretak: numbered sections in CSS capitals; the board as name tiles (one 'ansattes "
                 "representant') facing the årsberetning; the ordfører and the kontrollutvalg's leader said to "
                 "attend as observers from the kommune (not the foretak's board: not_board); balance on the "
                 "left page, income on the right, in 1000 kr.",
    }


def bulken_arbeidssenter_2019() -> dict:
    """Vekstbedrift AS (nynorsk), Voss: key figures on the cover page facing the leader's letter, the board
    only as 'Verv: Namn' lines and signatures, the income statement facing its notes, the balance facing a
    back page with contact details."""
    y = 2019
    inc = income("nn", 2, inc=[("Salsinntekter", "", [5_206_480, 4_988_120]),
                               ("Tilskot frå NAV", "2", [6_904_200, 6_745_800]),
                               ("Tilskot frå kommunane", "2", [540_000, 528_000])],
                 cost=[("Varekostnad", "", [1_612_450, 1_530_220]),
                       ("Lønskostnader", "3", [8_804_118, 8_611_870]),
                       ("Avskrivingar", "4", [295_300, 281_600]),
                       ("Andre driftskostnader", "", [1_714_902, 1_688_345])],
                 fin=[("Renteinntekter", "", [22_918, 19_406]), ("Rentekostnader", "", [-12_870, -15_220])])
    result, turnover = _line(inc, "Årsresultat"), _line(inc, "Sum driftsinntekter")
    bal = balance("nn", 2, fixed=[("Bygningar", "4", [1_480_000, 1_540_000]),
                                  ("Maskiner og inventar", "4", [412_700, 468_900])],
                  current=[("Varer", "", [288_300, 264_910]), ("Kundefordringar", "", [602_415, 577_630]),
                           ("Bankinnskot", "", "plug")],
                  equity=[("Aksjekapital", "5", [300_000, 300_000]), ("Anna eigenkapital", "5", [3_714_682 + result[0], 3_714_682])],
                  long=[("Pantelån", "", [420_000, 480_000])],
                  short=[("Leverandørgjeld", "", [388_120, 362_405]),
                         ("Skuldige offentlege avgifter", "", [702_334, 688_120]),
                         ("Anna kortsiktig gjeld", "", [611_208, 590_776])])
    cols = [Col("2019", 2019), Col("2018", 2018)]
    st_inc = Statement("Resultatrekneskap", cols, inc, note_col="Note", label_header="Tal i kroner")
    st_bal = Statement("Balanse", cols, bal, note_col="Note", label_header="Tal i kroner")
    board = [("Knut Gjerme Dyrvedal", "LEDE", False), ("Marta Haugo", "NEST", False), ("Lars Ivar Tvilde", "MEDL", False),
             ("Brita Nesheim", "MEDL", True), ("Jostein Skutle", "VARA", None)]
    items = [
        ("sheet",
         [("kicker", "Bulken Arbeidssenter AS"), ("h", "Årsmelding 2019", {"lvl": 1}),
          ("gap", 10),
          ("kf", [("12,7 mill.", "kroner i driftsinntekter"), ("56", "tiltaksplassar"),
                  ("81", "deltakarar i løpet av året"), ("{p:44 %|gjekk over til arbeid}", "gjekk over til arbeid eller skule frå AFT")]),
          ("p", "Uttrågata 30, 5700 {g:Voss} · telefon 56 52 18 00", {"small": True})],
         [("h", "Leiaren har ordet"),
          ("p", "Det siste året før {g:Granvin} og {g:Voss} blir éin kommune har vore eit godt år for oss. Vi har "
                "fått fleire oppdrag frå reiselivet, og kantina vår på {g?:Palmafossen} har hatt rekordomsetnad."),
          ("p", "Ein stor takk til rettleiar Jorunn Lydvo ved NAV {g:Voss} for eit tett og godt samarbeid om "
                "deltakarane, og til arbeidsleiar Steinar Mæland som starta vedlikehaldsgruppa vår. Eg vil òg "
                "takke styret og alle tilsette for innsatsen."),
          ("quote", "Arbeid gjev meistring, og meistring gjev nye moglegheiter.", "Synnøve Lid Rekve"),
          ("p", "{g:Voss}, mars 2020"), ("p", "Synnøve Lid Rekve, dagleg leiar")],
         {"left_bg": "!3B5B2A", "folio": (None, "3")}),
        ("sheet",
         [("h", "Om oss", {"num": "01"}),
          ("p", "Bulken Arbeidssenter AS vart skipa i 1987 og er godkjend tiltaksarrangør for NAV i {g:Hordaland}. "
                "Vi har 36 plassar i varig tilrettelagt arbeid (VTA) og 20 plassar i arbeidsførebuande trening "
                "(AFT). Avdelingane er snekkarverkstad, vaskeri, kantine og vedlikehald."),
          ("table", [["Eigar", "Eigardel"], ["{g:Voss kommune|Voss}", "{p:88 %}"], ["{g:Granvin herad|Granvin}", "{p:12 %}"]]),
          ("p", "Selskapet skal ikkje gje utbyte til eigarane.")],
         [("h", "Styret si årsmelding", {"num": "02"}),
          ("p", f"Verksemda held til i {{g:Voss}} kommune. Driftsinntektene auka med {{p:{_growth(turnover)} %|driftsinntektene}} "
                f"til 12,7 millionar kroner, og årsresultatet vart {_kr(result[0])} kr, som blir overført til anna "
                "eigenkapital. Styret meiner føresetnaden om vidare drift er til stades."),
          ("p", "Sjukefråværet var {p:7,2 %|sjukefråværet}. Av 19 tilsette er elleve kvinner. Verksemda "
                "ureinar ikkje det ytre miljøet utover det som er vanleg i bransjen."),
          ("h", "Styret i 2019", {"lvl": 3}),
          ("p", "Styreleiar: Knut Gjerme Dyrvedal"),
          ("p", "Nestleiar: Marta Haugo"),
          ("p", "Styremedlem: Lars Ivar Tvilde"),
          ("p", "Styremedlem (tilsette sin representant): Brita Nesheim"),
          ("p", "Varamedlem: Jostein Skutle"),
          ("p", "Revisor er Vest Revisjon AS ved statsautorisert revisor Elin Røthe. Tidlegare styreleiar "
                "Olav Hjelle gjekk ut av styret på generalforsamlinga i mai.", {"small": True}),
          ("sign", "{g:Voss}, 20. februar 2020",
           [("Knut Gjerme Dyrvedal", "styreleiar"), ("Marta Haugo", "nestleiar"), ("Lars Ivar Tvilde", "styremedlem"),
            ("Brita Nesheim", "styremedlem"), ("Synnøve Lid Rekve", "dagleg leiar")], {"cols": 3})],
         {"folio": ("4", "5")}),
        ("sheet",
         [("h", "Rekneskap", {"num": "03"}), ("stmt", st_inc)],
         [("h", "Notar", {"lvl": 3}),
          ("note", "Note 1 Rekneskapsprinsipp",
           [("p", "Rekneskapen er sett opp etter rekneskapslova og god rekneskapsskikk for små føretak.",
             {"small": True})]),
          ("note", "Note 2 Offentlege tilskot",
           [("table", [["Tilskot", "2019", "2018"], ["VTA, NAV", "5 232 600", "5 104 800"],
                       ["AFT, NAV", "1 671 600", "1 641 000"], ["Kommunal medfinansiering VTA", "540 000", "528 000"]])]),
          ("note", "Note 3 Lønskostnader",
           [("p", "Selskapet hadde 17,4 årsverk. Løn til dagleg leiar var 784 000 kr, og styrehonorar 62 000 kr.",
             {"small": True})]),
          ("note", "Note 4 Varige driftsmidlar",
           [("p", "Bygningar blir avskrivne over 30 år, maskiner og inventar over 5 år.", {"small": True})]),
          ("note", "Note 5 Eigenkapital",
           [("p", "Aksjekapitalen er 300 000 kr fordelt på 300 aksjar.", {"small": True})])],
         {"folio": ("6", "7")}),
        ("sheet",
         [("stmt", st_bal)],
         [("gap", 60), ("h", "Kontakt oss", {"caps": True}),
          ("p", "Bulken Arbeidssenter AS"), ("p", "Uttrågata 30, 5700 {g:Voss}"),
          ("p", "Telefon 56 52 18 00"), ("p", "post@bulken-arbeid.no")],
         {"right_bg": "!3B5B2A", "folio": ("8", None)}),
    ]
    return {
        "name": "bulken-arbeidssenter-2019", "year": y, "title": "Bulken Arbeidssenter AS – Årsmelding 2019",
        "html_lang": "nn",
        "organization": {"name": "Bulken Arbeidssenter AS", "founded_year": 1987, "address": "Uttrågata 30, 5700 Voss",
                         "phone": "56 52 18 00", "email": "post@bulken-arbeid.no",
                         "owners": [{"name": "Voss kommune", "share_percent": 88},
                                    {"name": "Granvin herad", "share_percent": 12}]},
        "ceo": "Synnøve Lid Rekve", "board": board,
        "not_board": ["Jorunn Lydvo", "Steinar Mæland", "Elin Røthe", "Olav Hjelle"],
        "programs": {"VTA": 36, "AFT": 20},
        "key_figures_optional": [{"label": "Driftsinntekter", "year": y, "value": 12_700_000}],
        "items": items, "renditions": ["chrome"], "accent": "3B5B2A", "light": "A3BD92", "shade": "E9F0E4",
        "notes": "Nynorsk vekstbedrift: key figures on the dark cover page facing the leader's letter; the board "
                 "only as 'Verv: Namn' lines in the årsmelding and in the signatures under it; the "
                 "income statement facing its notes; a former chair and the auditor in small print; a dark "
                 "back page with contact details.",
    }


REPORTS = [byfjorden_seilforening_2009, ankenes_eiendom_kf_2024, bulken_arbeidssenter_2019]
