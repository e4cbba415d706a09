"""Seventieth set, part A: three Word reports of sheltered firms across the agencies' names
(an ASVO in 1988 on nynorsk, an attføringsbedrift in Aetat's 2003, an arbeidsmarkedsbedrift in
NAV's 2013). Organisations, people and figures invented; places real and valid in the year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import Col, Statement, balance, income

from h70_common import fig, members, quote


# ---------- 1988: an arbeidssamvirke (ASVO) in Jølster, nynorsk, typed ----------

def jolstra_asvo_1988() -> dict:
    cols = [Col("1988", 1988), Col("1987", 1987)]
    res = Kroner("Resultatrekneskap", cols, income(
        "nn", 2,
        inc=[("Tilskot frå staten (ASVO)", "", [1_254_600, 1_102_000]),
             ("Kommunale tilskot", "", [180_000, 165_000]),
             ("Sal av varer og tenester", "", [612_480, 547_300])],
        cost=[("Løn og sosiale kostnader", "", [1_428_230, 1_262_900]),
              ("Råvarer og innkjøpte varer", "", [231_640, 214_050]),
              ("Husleige, straum og reinhald", "", [118_400, 109_750]),
              ("Andre driftskostnader", "", [142_310, 131_880]),
              ("Avskrivingar", "", [64_000, 58_000])],
        fin=[("Renteinntekter", "", [14_200, 11_850]), ("Rentekostnader", "", [-22_400, -24_100])]),
        render="tabs")
    bal = Kroner("Balanse", cols, balance(
        "nn", 2,
        fixed=[("Bygningar", "", [640_000, 665_000]), ("Maskiner og inventar", "", [182_000, 171_000])],
        current=[("Varelager", "", [84_300, 76_900]), ("Kundefordringar", "", [96_420, 88_150]),
                 ("Kasse og bank", "", "plug")],
        equity=[("Aksjekapital", "", [100_000, 100_000]), ("Annan eigenkapital", "", [412_770, 358_470])],
        long=[("Pantelån", "", [380_000, 410_000])],
        short=[("Leverandørgjeld", "", [61_880, 57_400]), ("Skuldige offentlege avgifter", "", [88_650, 79_300]),
               ("Anna kortsiktig gjeld", "", [24_100, 19_800])]),
        render="tabs")
    board = [
        "Sverre Myklebust, {g:Skei} (leiar)",
        "Kari Hjelmeland, {g:Sande} (nestleiar)",
        "Jostein Eikås, {g:Førde}",
        "Olav Brekke, {g:Vassenden}",
        "Ragnhild Kvamme, {g:Vassenden} (vald av dei tilsette)",
    ]
    return {
        "name": "jolstra-asvo-1988",
        "year": 1988,
        "title": "Jølstra Arbeidssamvirke A/S – årsmelding 1988",
        "font": "DejaVu Sans Mono", "body_pt": 9, "heading_colour": "000000", "margin_mm": 24,
        "organization": {"name": "Jølstra Arbeidssamvirke A/S", "founded_year": 1982,
                         "address": "Postboks 54, 6840 Vassenden", "phone": "057 - 27 614",
                         "owners": [{"name": "Jølster kommune", "share_percent": 60},
                                    {"name": "Gaular kommune", "share_percent": 20},
                                    {"name": "Førde kommune", "share_percent": 20}]},
        "ceo": "Oddbjørn Kvåle",
        "board": members(("Sverre Myklebust", "LEDE", False), ("Kari Hjelmeland", "NEST", False),
                         ("Jostein Eikås", "MEDL", False), ("Olav Brekke", "MEDL", False),
                         ("Ragnhild Kvamme", "MEDL", True), ("Anna Solheim", "VARA", None),
                         ("Lars Ove Tefre", "VARA", None), ("Arvid Hatlestad", "OBS", None)),
        "not_board": ["Ingebjørg Fure", "Nils Ivar Ulvestad", "Synnøve Råd", "Kjell Bjørnereim",
                      "Oddbjørn Kvåle", "Helge Nygård", "Inger Lise Grov", "Knut Egil Haugland", "Steinar Aase"],
        "programs": {},  # ASVO plassar: the scorer's codes have no ASVO, and it is not VTA's name in 1988
        "items": [
            ("bh", "JØLSTRA ARBEIDSSAMVIRKE A/S", {"size": 13}),
            ("p", "Postboks 54, 6840 {g:Vassenden}  –  telefon 057 - 27 614"),
            ("bh", "ÅRSMELDING FOR 1988", {"size": 12}),
            ("bh", "1. Verksemda", {"size": 10.5}),
            ("p", "Jølstra Arbeidssamvirke A/S vart skipa i 1982 og held til i eigne lokale på {g:Vassenden} i "
                  "{g:Jølster}. Bedrifta er eit arbeidssamvirke (ASVO) for yrkeshemma som ikkje får arbeid på "
                  "den opne arbeidsmarknaden, og er godkjend av Arbeidsdirektoratet. I 1988 har bedrifta hatt "
                  "18 ASVO-plassar; fylkesarbeidskontoret i {g:Sogn og Fjordane} auka talet frå 16 til 18 "
                  "plassar frå 1. juli."),
            ("p", "Aksjekapitalen er kr 100 000,-. {g:Jølster} kommune eig {p:60 %|Jølster kommune eig} av "
                  "aksjane, medan {g:Gaular} og {g:Førde} kommune eig {p:20 %|Gaular og Førde kommune eig} kvar."),
            ("p", "Ordinær generalforsamling vart halden 26. april 1988. Der møtte ordførar Nils Ivar Ulvestad "
                  "for {g:Jølster} kommune, varaordførar Synnøve Råd for {g:Gaular} kommune og rådmann Kjell "
                  "Bjørnereim for {g:Førde} kommune."),
            ("bh", "2. Styret", {"size": 10.5}),
            ("p", "Styret har ved utgangen av 1988 denne samansetjinga:"),
            ("tablines", [[line] for line in board] + [[""], ["Varamedlemer: Anna Solheim, {g:Skei} og Lars Ove "
                                                              "Tefre, {g:Førde}"]], {"stops": ()}),
            ("p", "Ingebjørg Fure, {g?:Ålhus}, gjekk ut av styret i august då ho flytta til {g:Bergen}. Første "
                  "varamedlem Olav Brekke gjekk inn som fast medlem frå 1. september."),
            ("p", "{g:Førde} arbeidskontor har møtt i styret med kontorsjef Arvid Hatlestad som observatør. Styret "
                  "har hatt 6 møte og handsama 38 saker."),
            ("bh", "3. Administrasjon og tilsette", {"size": 10.5}),
            ("p", "Dagleg leiar har vore Oddbjørn Kvåle. Arbeidsleiar er Helge Nygård, og kontorfullmektig "
                  "Inger Lise Grov har ført rekneskap og løn."),
            ("p", "Ved utgangen av året var 18 arbeidstakarar i arbeid på ASVO-plassane, 11 menn og 7 kvinner. I "
                  "tillegg har bedrifta 4 fast tilsette i administrasjon og arbeidsleiing. Sjukefråveret blant "
                  "dei fast tilsette var {p:6,2 %|sjukefråveret} i 1988."),
            ("p", "Arbeidsmiljøet er godt. Det har ikkje vore skadar eller ulykker i året. Verneombod er Knut "
                  "Egil Haugland."),
            ("bh", "4. Drifta i 1988", {"size": 10.5}),
            ("p", "Hovudproduksjonen har vore ved, kassar og paller for industrien i {g:Sunnfjord}, og "
                  "monteringsarbeid for to verksemder i {g:Førde}. Salsinntektene auka med "
                  "{p:12 %|salsinntektene auka}."),
            ("p", "Samarbeidet med arbeidsmarknadsbedrifta (AMB) i {g:Førde} om utprøving av nye "
                  "arbeidstakarar har halde fram. To arbeidstakarar gjekk i 1988 over til arbeid i det opne "
                  "arbeidslivet."),
            ("bh", "5. Økonomi", {"size": 10.5}),
            ("p", f"Driftsinntektene var kr {quote(res, 'Sum driftsinntekter')} mot kr "
                  f"{quote(res, 'Sum driftsinntekter', 1)} året før. Årsresultatet vart kr "
                  f"{quote(res, 'Årsresultat')}, og styret gjer framlegg om at det vert overført til annan "
                  "eigenkapital. Revisor er registrert revisor Steinar Aase."),
            ("stmt", res, {"title": "Resultatrekneskap for 1988"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.1988"}),
            ("sign", "{g:Vassenden}, 9. februar 1989",
             [("Sverre Myklebust", "leiar"), ("Kari Hjelmeland", "nestleiar"), ("Jostein Eikås", ""),
              ("Olav Brekke", ""), ("Ragnhild Kvamme", ""), ("Oddbjørn Kvåle", "dagleg leiar")], {"cols": 3}),
        ],
        "renditions": ["doc", "pdf"],
        "notes": "Nynorsk 1988, typed in a monospace font. Board as 'Name, Place (role)' lines at year end; the "
                 "deputy who moved up (Olav Brekke) is MEDL, the member who left (Ingebjørg Fure) is not_board; "
                 "the arbeidskontor's observer OBS. Owners: 'Gaular og Førde kommune eig 20 % kvar'. "
                 "Phone '057 - 27 614'. ASVO places not gold (no code for them).",
    }


# ---------- 2003: an attføringsbedrift in Åmot, Aetat's programmes ----------

def renavangen_industri_2003() -> dict:
    cols = [Col("2003", 2003), Col("2002", 2002)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [6_842_310, 6_315_870]), ("Tilskudd fra Aetat", "2", [9_486_200, 9_102_450]),
             ("Andre driftsinntekter", "", [212_400, 187_900])],
        cost=[("Varekostnad", "", [2_104_560, 1_932_300]), ("Lønnskostnader", "3", [11_236_880, 10_784_210]),
              ("Avskrivninger", "4", [486_300, 471_900]), ("Andre driftskostnader", "", [2_395_120, 2_287_640])],
        fin=[("Finansinntekter", "", [94_210, 112_480]), ("Finanskostnader", "", [-61_340, -78_920])]),
        note_col="Note", render="ruled")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Tomt og bygninger", "4", [4_120_000, 4_310_000]), ("Maskiner og anlegg", "4", [1_284_600, 1_198_300]),
               ("Driftsløsøre og kjøretøy", "4", [416_200, 452_800])],
        current=[("Varelager", "", [612_400, 588_100]), ("Kundefordringer", "", [1_046_280, 912_640]),
                 ("Andre fordringer", "", [118_500, 96_300]), ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [1_000_000, 1_000_000]), ("Annen egenkapital", "", [3_964_360, 3_613_440])],
        long=[("Pantegjeld", "7", [2_640_000, 2_880_000]), ("Pensjonsforpliktelser", "3", [412_000, 386_000])],
        short=[("Leverandørgjeld", "", [724_300, 681_200]), ("Skyldige offentlige avgifter", "", [986_420, 942_180]),
               ("Annen kortsiktig gjeld", "", [512_880, 468_330])]),
        note_col="Note", render="ruled")
    return {
        "name": "renavangen-industri-2003",
        "year": 2003,
        "title": "Renavangen Industri AS – årsberetning 2003",
        "font": "DejaVu Serif", "body_pt": 10, "heading_colour": "2E3D2F",
        "organization": {"name": "Renavangen Industri AS", "founded_year": 1979,
                         "address": "Industriveien 7, 2450 Rena", "phone": "62 44 17 30",
                         "email": "post@renavangen-industri.no", "website": "www.renavangen-industri.no",
                         "owners": [{"name": "Åmot kommune", "share_percent": 55},
                                    {"name": "Stor-Elvdal kommune", "share_percent": 15},
                                    {"name": "Rendalen kommune", "share_percent": 15},
                                    {"name": "Hedmark fylkeskommune", "share_percent": 15}]},
        "ceo": "Bjørn Skaret",
        "board": members(("Tor Einar Haugseth", "LEDE", False), ("Randi Bekkevold", "NEST", False),
                         ("Ole Kristian Nyhus", "MEDL", False), ("Gunn Marit Sætre", "MEDL", False),
                         ("Arvid Moen", "MEDL", True), ("Liv Tangen", "VARA", None), ("Per Åge Holm", "VARA", None),
                         ("Siri Stensrud", "VARA", None)),
        "not_board": ["Bjørn Skaret", "Lene Haugen", "Tom Erik Bakken", "Rolf Øverby", "Kjersti Flåten",
                      "Knut Sandbakken"],
        "programs": {"VTA": 14, "AFT": 8},  # APS and AB (arbeid med bistand) have no code of their own
        "wraps": ["post@renavangen-"],
        "items": [
            ("h", 1, "Årsberetning 2003"),
            ("p", "Renavangen Industri AS", {"bold": True, "size": 12}),
            ("h", 2, "Virksomhetens art og hvor den drives"),
            ("p", "Renavangen Industri AS er en attføringsbedrift med tilhold i egne lokaler på {g:Rena} i "
                  "{g:Åmot} kommune. Selskapet ble stiftet i 1979 og har som formål å gi yrkeshemmede "
                  "arbeidstrening, kvalifisering og tilrettelagt arbeid. Bedriften produserer trelast- og "
                  "metallprodukter og driver vaskeri og kantine."),
            ("p", "Selskapets aksjer eies av {g:Åmot} kommune ({p:55 %|Åmot kommune}), {g:Stor-Elvdal} og "
                  "{g:Rendalen} kommuner ({p:15 %|Stor-Elvdal og Rendalen kommuner} hver) og {g:Hedmark} "
                  "fylkeskommune ({p:15 %|Hedmark fylkeskommune}). Selskapet skal ikke gi aksjonærene utbytte."),
            ("h", 2, "Tiltaksplasser"),
            ("p", "Bedriften har i 2003 hatt avtale med Aetat {g:Hedmark} om disse plassene:"),
            ("table", [["Tiltak", "Plasser"],
                       ["Arbeidspraksis i skjermet virksomhet (APS)", "24"],
                       ["Varig tilrettelagt arbeid (VTA, tidligere ASVO)", "14"],
                       ["Arbeidsforberedende trening (AFT)", "8"],
                       ["Arbeid med bistand (AB)", "10"],
                       ["Sum", "56"]], {"widths": [10.5, 2.5], "size": 9}),
            ("p", "I løpet av året har 71 personer deltatt i tiltak ved bedriften. Av deltakerne som avsluttet "
                  "APS, gikk {p:42 %|over til arbeid eller utdanning} over til arbeid eller utdanning. Aetat "
                  "{g:Åmot} ved rådgiver Lene Haugen og Aetat {g:Elverum} ved rådgiver Tom Erik Bakken takkes "
                  "for godt samarbeid."),
            ("h", 2, "Styret og ledelse"),
            ("p", "Styret har i 2003 bestått av:"),
            ("tablines", [["Styreleder:", "Tor Einar Haugseth"], ["Nestleder:", "Randi Bekkevold"],
                          ["Styremedlemmer:", "Ole Kristian Nyhus, Gunn Marit Sætre og Arvid Moen (ansattes "
                                              "representant)"],
                          ["Varamedlemmer:", "Liv Tangen og Per Åge Holm, for de ansatte Siri Stensrud"]],
             {"stops": (3.6,)}),
            ("p", "Styret har hatt 7 møter og behandlet 52 saker. Daglig leder har vært Bjørn Skaret."),
            ("h", 2, "Arbeidsmiljø"),
            ("p", "Ved utgangen av året hadde bedriften 17 fast ansatte i 15,6 årsverk. Sykefraværet blant de "
                  "fast ansatte var {p:4,9 %|sykefraværet} mot {p:6,3 %|sykefraværet} i 2002. Det har ikke vært "
                  "skader eller ulykker som har ført til fravær. Arbeidsmiljøutvalget har hatt fire møter; leder "
                  "har vært verneombud Rolf Øverby, og hovedtillitsvalgt er Kjersti Flåten."),
            ("h", 2, "Likestilling"),
            ("p", "Av de fast ansatte er 9 kvinner og 8 menn. I styret sitter to kvinner og tre menn. Bedriften "
                  "har som mål å være en arbeidsplass med full likestilling mellom kvinner og menn."),
            ("h", 2, "Ytre miljø"),
            ("p", "Bedriften forurenser ikke det ytre miljø utover det som er vanlig for produksjon av denne "
                  "typen. Spon og kapp leveres til fjernvarmeanlegget på {g:Rena}."),
            ("h", 2, "Økonomi og fortsatt drift"),
            ("p", f"Driftsinntektene ble kr {quote(res, 'Sum driftsinntekter')} mot kr "
                  f"{quote(res, 'Sum driftsinntekter', 1)} i 2002, og årsresultatet ble kr "
                  f"{quote(res, 'Årsresultat')}. Styret foreslår at overskuddet overføres til annen egenkapital. "
                  "Forutsetningen om fortsatt drift er til stede, og årsregnskapet er satt opp under denne "
                  "forutsetningen. Revisor er Østerdal Revisjon AS ved statsautorisert revisor Knut Sandbakken."),
            ("p", "Bedriften holder til i Industriveien 7, 2450 {g:Rena}, tlf. 62 44 17 30, faks 62 44 17 31. "
                  "Spørsmål om ledige plasser og om produktene våre kan sendes til post@renavangen-industri.no, "
                  "og mer om bedriften står på www.renavangen-industri.no."),
            ("sign", "{g:Rena}, 11. februar 2004",
             [("Tor Einar Haugseth", "styreleder"), ("Randi Bekkevold", "nestleder"), ("Ole Kristian Nyhus", ""),
              ("Gunn Marit Sætre", ""), ("Arvid Moen", ""), ("Bjørn Skaret", "daglig leder")], {"cols": 3}),
            ("pagebreak",),
            ("stmt", res, {"title": "Resultatregnskap 2003"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2003"}),
            ("bh", "Note 6 – Aksjekapital og aksjonærer", {"size": 10.5}),
            ("p", "Aksjekapitalen består av 1 000 aksjer à kr 1 000. Aksjonærer pr. 31.12.2003:"),
            ("table", [["Aksjonær", "Antall aksjer", "Eierandel"],
                       ["{g:Åmot} kommune", "550", "{p:55 %}"],
                       ["{g:Stor-Elvdal} kommune", "150", "{p:15 %}"],
                       ["{g:Rendalen} kommune", "150", "{p:15 %}"],
                       ["{g:Hedmark} fylkeskommune", "150", "{p:15 %}"],
                       ["Sum", "1 000", "{p:100 %}"]], {"widths": [7.0, 3.0, 3.0], "size": 9}),
        ],
        "renditions": ["doc", "pdf"],
        "notes": "Bokmål 2003, Aetat. Programmes in a table with APS and arbeid med bistand (AB) beside "
                 "VTA ('tidligere ASVO') and AFT; gold VTA 14, AFT 8. Owners in prose 'Stor-Elvdal og Rendalen "
                 "kommuner (15 % hver)' and a note table with a 'Sum' row. Board as tab lines, the deputies' "
                 "line ending ', for de ansatte Siri Stensrud'. E-mail broken after its hyphen in the PDF; "
                 "phone 'tlf. 62 44 17 30' beside a fax number.",
    }


# ---------- 2013: an arbeidsmarkedsbedrift in Gjøvik, NAV's programmes, board as portraits ----------

def hunnselva_arbeid_2013() -> dict:
    cols = [Col("2013", 2013), Col("2012", 2012)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [14_862, 13_975]), ("Tilskudd fra NAV", "", [18_406, 17_952]),
             ("Andre inntekter", "", [644, 588])],
        cost=[("Varekostnad", "", [5_218, 4_906]), ("Lønnskostnader", "", [24_735, 23_820]),
              ("Avskrivninger", "", [982, 945]), ("Andre driftskostnader", "", [2_614, 2_503])],
        fin=[("Finansinntekter", "", [156, 171]), ("Finanskostnader", "", [-94, -118])]),
        unit=1000, label_header="Beløp i 1000 kr", render="unruled")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "", [8_410, 8_790]), ("Maskiner og inventar", "", [2_105, 2_264])],
        current=[("Varer", "", [1_318, 1_204]), ("Kundefordringer", "", [2_466, 2_231]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "", [1_000, 1_000]), ("Annen egenkapital", "", [9_284, 8_859])],
        long=[("Pantelån", "", [3_950, 4_350])],
        short=[("Leverandørgjeld", "", [1_402, 1_288]), ("Skyldige offentlige avgifter", "", [2_216, 2_105]),
               ("Annen kortsiktig gjeld", "", [1_680, 1_522])]),
        unit=1000, label_header="Beløp i 1000 kr", render="unruled")
    income_mill = f"{fig(res, 'Sum driftsinntekter') / 1000:.1f}".replace(".", ",")  # printed in 1000 kr
    return {
        "name": "hunnselva-arbeid-2013",
        "year": 2013,
        "title": "Hunnselva Arbeid AS – årsrapport 2013",
        "body_pt": 10, "heading_colour": "7A2E1E",
        "footer": "Hunnselva Arbeid AS  ·  Storgata 40, 2821 {g:Gjøvik}  ·  telefon 61 17 52 40  ·  post@hunnselva.no",
        "organization": {"name": "Hunnselva Arbeid AS", "founded_year": 1991,
                         "address": "Storgata 40, 2821 Gjøvik", "phone": "61 17 52 40",
                         "email": "post@hunnselva.no", "website": "www.hunnselva-arbeid.no",
                         "owners": [{"name": "Gjøvik kommune", "share_percent": 51},
                                    {"name": "Vestre Toten kommune", "share_percent": 24.5},
                                    {"name": "Østre Toten kommune", "share_percent": 24.5}]},
        "ceo": "Gro Anita Hovland",
        "board": members(("Hege Lunde Rustad", "LEDE", False), ("Terje Bakkerud", "NEST", False),
                         ("Marit Sveen", "MEDL", False), ("Solveig Brenden", "MEDL", False),
                         ("Ivar Dahlen", "MEDL", True), ("Arne Kolstad", "VARA", None),
                         ("Tone Bergum", "VARA", None), ("Jan Erik Mathisen", "VARA", None)),
        "not_board": ["Kjell Ove Hagen", "Gro Anita Hovland", "Stian Ruud", "Merete Bakken", "Hanne Kristiansen",
                      "Erling Sandvik"],
        "programs": {"VTA": 22},  # APS, AMB and AB have no code of their own; AFT came in 2015
        "wraps": ["www.hunnselva-"],
        "items": [
            ("h", 1, "Årsrapport 2013"),
            ("p", "Hunnselva Arbeid AS", {"bold": True, "size": 13}),
            ("h", 2, "Dette er Hunnselva Arbeid"),
            ("p", "Hunnselva Arbeid AS er en arbeidsmarkedsbedrift og vekstbedrift i {g:Gjøvik}, stiftet i 1991. "
                  "Vi gir arbeidstrening, kvalifisering og varig tilrettelagt arbeid til personer med nedsatt "
                  "arbeidsevne fra {g:Gjøvik}, {g:Vestre Toten} og {g:Østre Toten}, på oppdrag fra NAV "
                  "{g:Oppland}."),
            ("p", "I 2013 har bedriften hatt 22 plasser i varig tilrettelagt arbeid (VTA), 30 plasser i "
                  "arbeidspraksis i skjermet virksomhet (APS) og 12 plasser i kvalifisering i "
                  "arbeidsmarkedsbedrift (AMB). To jobbkonsulenter har i tillegg fulgt opp 6 deltakere i arbeid "
                  "med bistand (AB) i ordinære bedrifter på {g:Raufoss} og {g:Lena}."),
            ("p", "Av deltakerne som avsluttet APS eller AMB i løpet av året, gikk {p:36 %|til arbeid} til "
                  "arbeid og {p:14 %|til utdanning} til utdanning."),
            ("p", "Om tilbudene, snekkerverkstedet, vaskeriet og kantina kan du lese mer på "
                  "www.hunnselva-arbeid.no."),
            ("h", 2, "Eierforhold"),
            ("p", "Aksjekapitalen er 1 000 000 kroner fordelt på 1 000 aksjer. Aksjonærer per 31.12.2013:"),
            ("table", [["Aksjonær", "Antall aksjer", "Eierandel"],
                       ["{g:Gjøvik} kommune", "510", "{p:51 %}"],
                       ["{g:Vestre Toten} kommune", "245", "{p:24,5 %}"],
                       ["{g:Østre Toten} kommune", "245", "{p:24,5 %}"],
                       ["I alt", "1 000", "{p:100 %}"]], {"widths": [7.0, 3.0, 3.0], "size": 9.5}),
            ("h", 2, "Styret"),
            ("portraits", [("Hege Lunde Rustad", ["Styreleder"]), ("Terje Bakkerud", ["Nestleder"]),
                           ("Marit Sveen", ["Styremedlem"]), ("Solveig Brenden", ["Styremedlem"]),
                           ("Ivar Dahlen", ["Styremedlem", "ansattrepresentant"])], {"per_row": 5}),
            ("p", "Varamedlemmer er Arne Kolstad og Tone Bergum, for de ansatte Jan Erik Mathisen."),
            ("p", "Styremedlem Kjell Ove Hagen gikk ut av styret i mai etter at han fikk ny stilling ved "
                  "NAV-kontoret i {g:Gjøvik}. Varamedlem Solveig Brenden rykket da opp som fast medlem. Styret "
                  "har hatt 6 møter og behandlet 41 saker."),
            ("h", 2, "Ledelse og ansatte"),
            ("p", "Daglig leder er Gro Anita Hovland. Ledergruppen har ellers bestått av produksjonsleder Stian "
                  "Ruud og kvalifiseringsleder Merete Bakken."),
            ("p", "Ved årsskiftet hadde bedriften 21 fast ansatte. Sykefraværet var {p:5,4 %|sykefraværet} mot "
                  "{p:7,1 %|sykefraværet} året før. Det har ikke vært alvorlige skader. Av de fast ansatte er 12 "
                  "kvinner og 9 menn."),
            ("h", 2, "Økonomi"),
            ("p", f"Driftsinntektene ble {income_mill} millioner kroner, og årsresultatet ble "
                  f"{quote(res, 'Årsresultat')} 000 kroner. Resultatet overføres til annen egenkapital. "
                  "Forutsetningen om fortsatt drift er til stede. Revisor er statsautorisert revisor Hanne "
                  "Kristiansen."),
            ("h", 2, "Takk"),
            ("p", "Styret takker NAV {g:Vestre Toten} ved avdelingsleder Erling Sandvik, kundene våre og alle "
                  "ansatte og deltakere for innsatsen i 2013."),
            ("sign", "{g:Gjøvik}, 18. februar 2014",
             [("Hege Lunde Rustad", "styreleder"), ("Terje Bakkerud", "nestleder"), ("Marit Sveen", "styremedlem"),
              ("Solveig Brenden", "styremedlem"), ("Ivar Dahlen", "styremedlem"), ("Gro Anita Hovland",
                                                                                "daglig leder")], {"cols": 3}),
            ("pagebreak",),
            ("stmt", res, {"title": "Resultatregnskap 2013"}),
            ("stmt", bal, {"title": "Balanse per 31. desember 2013"}),
        ],
        "renditions": ["docx", "pdf"],
        "notes": "Bokmål 2013, NAV. Board as portrait cards, 'ansattrepresentant' under one card only; the "
                 "deputy who moved up (Solveig Brenden) MEDL, the member who left (Kjell Ove Hagen) not_board; "
                 "'Varamedlemmer er A og B, for de ansatte C'. VTA beside APS, AMB and AB; gold VTA 22. Owners "
                 "table with an 'I alt' row (24,5 % twice). Web address broken after its hyphen in the PDF. "
                 "Statements in 1000 kr.",
    }


REPORTS = [jolstra_asvo_1988, renavangen_industri_2003, hunnselva_arbeid_2013]
