"""The development set's reports: invented organisations and people, as data for make_devset.py.

Markup in text: {g:Place} {g?:Place} {p:6,1 %|about} {p?:100 %} (see make_devset.py). Each report
uses other layouts for the board, the CEO, programs, percentages and money, so that an error
on one file points to one layout. Places are valid in the report's year (Røyken and Hurum in
2019, Viken and Nordre Follo in 2021, Oppegård in 2014, Stokke and Andebu in 2008, ...).
"""
from __future__ import annotations

from rapidfuzz import fuzz

ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def orgnr(first8: str) -> str:
    """A Brønnøysund organisation number with its MOD11 check digit, printed "9xx xxx xxx"."""
    rest = 11 - sum(int(d) * w for d, w in zip(first8, ORG_WEIGHTS)) % 11
    if rest == 10:
        raise ValueError(f"{first8}: no valid check digit")
    n = first8 + str(0 if rest == 11 else rest)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def nok(v: int) -> str:
    s = f"{abs(v):,}".replace(",", " ")
    return f"-{s}" if v < 0 else s


def member(name, role, ee=None):
    m = {"name": name, "role": role}
    if ee is not None:
        m["employee_elected"] = ee
    return m


def g(place: str) -> str:
    """Markup for a gold place inside an f-string."""
    return "{g:" + place + "}"


def fin_table(header, rows, years, scale=1, gold=(), ruled=True):
    """A money table: rows are (label, note or None, [int per column]); years give each value
    column's (year, "actual" | "budget"). Gold: the labels in ``gold`` for actual columns, plus
    any other row whose label the scorer would confuse with one of them (fuzzy >= 88); budget
    columns of those rows are optional (the scorer does not read basis)."""
    labels = {r[0] for r in rows if any(fuzz.ratio(r[0].casefold(), g.casefold()) >= 88 for g in gold)}
    table, kf, kf_opt = [header], [], []
    for label, note, values in rows:
        table.append([label] + ([note or ""] if any(r[1] is not None for r in rows) else []) + [nok(v) for v in values])
        if label in labels:
            for (year, basis), v in zip(years, values):
                (kf if basis == "actual" else kf_opt).append({"label": label, "year": year, "value": v * scale})
    return ("table", table, {"ruled": ruled}), kf, kf_opt


# ---------- 1. bokmål 2019, role:name table, Røyken/Hurum before the merger ----------

R1_FIN, R1_KF, _ = fin_table(["Beløp i NOK", "2019", "2018"], [
    ("Driftsinntekter", None, [18_412_530, 17_669_410]),
    ("Driftskostnader", None, [17_950_120, 17_402_880]),
    ("Driftsresultat", None, [462_410, 266_530]),
    ("Årsresultat", None, [498_770, 301_245]),
    ("Egenkapital", None, [6_210_400, 5_711_630]),
], [(2019, "actual"), (2018, "actual")], gold=("Driftsinntekter", "Driftskostnader", "Driftsresultat", "Årsresultat", "Egenkapital"))

R1 = {
    "header": "Røyken Vekst AS – Årsrapport 2019", "footer": "Røyken Vekst AS",
    "year": 2019,
    "organization": {"name": "Røyken Vekst AS", "founded_year": 1987, "org_number": orgnr("95260181"),
                     "owners": [{"name": "Røyken kommune", "share_percent": 60},
                                {"name": "Hurum kommune", "share_percent": 40}],
                     "address": "Spikkestadveien 41", "phone": "31 29 44 00",
                     "email": "post@roykenvekst.no", "website": "www.roykenvekst.no"},
    "ceo": "Hanne Kristiansen",
    "board": [member("Terje Moen", "LEDE"), member("Ingrid M. Dahl", "NEST"), member("Kjell Aasen", "MEDL"),
              member("Randi Strøm", "MEDL"), member("Jonas Berg", "MEDL", True), member("Siri Lunde", "VARA")],
    "board_optional": ["Hanne Kristiansen"],
    "programs": {"VTA": 28, "AFT": 15},
    "key_figures": R1_KF,
    "items": [
        ("h", 1, "Årsrapport 2019"),
        ("p", f"Røyken Vekst AS · Org.nr. {orgnr('95260181')}"),
        ("h", 2, "Om Røyken Vekst"),
        ("p", "Røyken Vekst AS er en arbeids- og inkluderingsbedrift i {g:Røyken} kommune i {g:Buskerud} med avdelinger på "
              "{g?:Spikkestad} og i {g?:Sætre} i {g:Hurum}."),
        ("p", "Selskapet ble stiftet i 1987. Røyken kommune eier {p:60 %|Røyken kommune eier} av aksjene og "
              "Hurum kommune eier {p:40 %|Hurum kommune eier}."),
        ("p", "Besøksadresse: Spikkestadveien 41, 3430 {g?:Spikkestad}. Telefon 31 29 44 00, "
              "e-post post@roykenvekst.no, www.roykenvekst.no."),
        ("p", "Fra 1. januar 2020 blir {g:Røyken}, {g:Hurum} og {g:Asker} slått sammen til nye {g:Asker} kommune "
              "i {g:Viken} fylke. Vi samarbeider i dag med NAV {g?:Buskerud} og har også deltakere fra {g:Lier} "
              "og fra {g:Akershus}."),
        ("h", 2, "Styret"),
        ("p", "Styret har hatt åtte møter i 2019 og behandlet 46 saker."),
        ("table", [["Styreleder", "Terje Moen"], ["Nestleder", "Ingrid M. Dahl"], ["Styremedlem", "Kjell Aasen"],
                   ["Styremedlem", "Randi Strøm"], ["Ansattvalgt styremedlem", "Jonas Berg"],
                   ["Varamedlem", "Siri Lunde"]], {"bold_header": False}),
        ("p", "Daglig leder: Hanne Kristiansen"),
        ("h", 2, "Tiltak og plasser"),
        ("p", "Røyken Vekst har 28 VTA-plasser i egne lokaler. I tillegg gir vi arbeidsforberedende trening:"),
        ("li", "AFT: 15 plasser"),
        ("li", "Kantine og vaskeri for bedrifter i nærområdet"),
        ("p", "I alt hadde bedriften 96 deltakere i løpet av året."),
        ("h", 2, "Resultater"),
        ("p", "Av deltakerne som avsluttet AFT i 2019, gikk {p:62 %|arbeid eller utdanning} over til arbeid eller "
              "utdanning."),
        ("table", [["Resultatmål", "Mål", "Resultat"],
                   ["Overgang til arbeid", "{p:50 %|Overgang til arbeid}", "{p:55 %|Overgang til arbeid}"],
                   ["Overgang til utdanning", "{p:10 %|Overgang til utdanning}", "{p:7 %|Overgang til utdanning}"]]),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Bedriften hadde 24 ansatte fordelt på 21,5 årsverk ved utgangen av året. Sykefraværet var "
              "{p:6,1 %|Sykefraværet var} mot {p:7,4 %|Sykefraværet var} i 2018."),
        ("p", "Det har ikke vært skader eller ulykker i året. Kvinner utgjør {p:58 prosent|Kvinner utgjør} "
              "av de ansatte."),
        ("h", 2, "Økonomi"),
        ("p", "Driftsinntektene økte med {p:4,2 %|Driftsinntektene økte} fra året før."),
        R1_FIN,
        ("p", "Revisor er statsautorisert revisor Eirik Sandberg i Revisjon Vest AS."),
        ("h", 2, "Framtidsutsikter"),
        ("p", "Styret mener at forutsetningene for fortsatt drift er til stede, og at sammenslåingen gir "
              "nye muligheter for samarbeid med næringslivet."),
        ("sign", "{g?:Spikkestad}, 12. mars 2020", [("Terje Moen", "styreleder"), ("Ingrid Dahl", "nestleder"),
                                                  ("Kjell Aasen", "styremedlem"), ("Randi Strøm", "styremedlem"),
                                                  ("Jonas Berg", "ansattvalgt"), ("Hanne Kristiansen", "daglig leder")]),
    ],
}

# ---------- 2. nynorsk 2019, "Namn, styreleiar" lines, owners 50/30/20 ----------

R2_FIN, R2_KF, _ = fin_table(["Beløp i 1000 kr", "2019", "2018"], [
    ("Driftsinntekter", None, [11_204, 10_876]),
    ("Driftskostnader", None, [10_981, 10_790]),
    ("Årsresultat", None, [262, 104]),
    ("Eigenkapital", None, [4_318, 4_056]),
], [(2019, "actual"), (2018, "actual")], scale=1000, gold=("Driftsinntekter", "Årsresultat", "Eigenkapital"))

R2 = {
    "header": "Fjellheim Arbeidssenter AS · Årsmelding 2019", "footer": "Årsmelding 2019",
    "year": 2019, "font": "DejaVu Serif",
    "organization": {"name": "Fjellheim Arbeidssenter AS", "founded_year": 1990, "org_number": orgnr("95908301"),
                     "owners": [{"name": "Sogndal kommune", "share_percent": 50},
                                {"name": "Leikanger kommune", "share_percent": 30},
                                {"name": "Luster kommune", "share_percent": 20}],
                     "address": "Fosshaugane 7", "email": "post@fjellheim-as.no"},
    "ceo": "Astrid Nes",
    "board": [member("Oddbjørn Hauge", "LEDE"), member("Marit Solheim", "NEST"), member("Knut Ylvisaker", "MEDL"),
              member("Gunhild Tenden", "MEDL"), member("Sindre Kvam", "MEDL", True), member("Liv Bjørnestad", "VARA")],
    "board_optional": ["Astrid Nes"],
    "programs": {"VTA": 24, "AFT": 22},
    "key_figures": R2_KF,
    "items": [
        ("h", 1, "Årsmelding 2019"),
        ("p", f"Fjellheim Arbeidssenter AS, org.nr. {orgnr('95908301')}, Fosshaugane 7, 6856 "
              "{g:Sogndal}. E-post: post@fjellheim-as.no"),
        ("h", 2, "Om verksemda"),
        ("p", "Fjellheim Arbeidssenter AS er ei arbeids- og inkluderingsverksemd i {g:Sogndal} kommune. "
              "Selskapet vart skipa i 1990 og har deltakarar frå heile indre {g:Sogn}."),
        ("p", "Sogndal kommune eig {p:50 %|Sogndal kommune eig} av aksjane, Leikanger kommune "
              "{p:30 %|Leikanger kommune} og Luster kommune {p:20 %|Luster kommune}."),
        ("p", "Frå 2020 vert {g:Leikanger} og {g:Balestrand} ein del av nye {g:Sogndal} kommune, og "
              "{g:Sogn og Fjordane} vert ein del av {g:Vestland} fylke. Vi ventar at fleire deltakarar frå "
              "{g:Luster} og frå resten av {g:Vestlandet} vil søkje seg til oss."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2019 vore samansett slik:"),
        ("p", "Oddbjørn Hauge, styreleiar"),
        ("p", "Marit Solheim, nestleiar"),
        ("p", "Knut Ylvisaker, styremedlem"),
        ("p", "Gunhild Tenden, styremedlem"),
        ("p", "Sindre Kvam, tilsettvald styremedlem"),
        ("p", "Liv Bjørnestad, varamedlem"),
        ("p", "Dagleg leiar er Astrid Nes. Styret har halde sju møte."),
        ("h", 2, "Varig tilrettelagt arbeid"),
        ("p", "Verksemda har avtale med NAV om 24 VTA-plassar. Deltakarane arbeider med vedproduksjon, "
              "montering og reinhald."),
        ("h", 2, "Arbeidsførebuande trening (AFT)"),
        ("p", "Vi har avtale om 22 plassar. I 2019 hadde 61 personar eit tiltak hos oss, og "
              "{p:80 prosent|gjekk over i arbeid} av dei som slutta gjekk over i arbeid eller utdanning."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Verksemda hadde 19 tilsette ved utgangen av året. Sjukefråværet var {p:4,8 %|Sjukefråværet var}, "
              "og målet er under {p:5 %|målet er under}."),
        ("h", 2, "Økonomi"),
        R2_FIN,
        ("p", "Styret meiner at føresetnadene for vidare drift er til stades."),
        ("sign", "{g:Sogndal}, 20. februar 2020", [("Oddbjørn Hauge", "styreleiar"), ("Marit Solheim", "nestleiar"),
                                                ("Knut Ylvisaker", "styremedlem"), ("Gunhild Tenden", "styremedlem"),
                                                ("Sindre Kvam", "tilsettvald"), ("Astrid Nes", "dagleg leiar")]),
    ],
}

# ---------- 3. bokmål 2014, members | personal deputies table, unruled income statement ----------

R3_FIN, R3_KF, _ = fin_table(["Resultatregnskap", "Note", "2014", "2013"], [
    ("Salgsinntekter", "3", [6_412_880, 6_105_230]),
    ("Offentlige tilskudd", "4", [9_118_400, 8_870_100]),
    ("Sum driftsinntekter", None, [15_531_280, 14_975_330]),
    ("Lønnskostnader", "5", [11_240_650, 10_980_410]),
    ("Avskrivninger", "6", [412_300, 398_750]),
    ("Andre driftskostnader", None, [3_511_020, 3_402_660]),
    ("Sum driftskostnader", None, [15_163_970, 14_781_820]),
    ("Driftsresultat", None, [367_310, 193_510]),
    ("Netto finansposter", None, [42_180, 51_240]),
    ("Årsresultat", None, [409_490, 244_750]),
], [(2014, "actual"), (2013, "actual")], gold=("Sum driftsinntekter", "Driftsresultat", "Årsresultat"), ruled=False)

R3 = {
    "header": "Kolbotn Arbeidssenter AS", "footer": "Årsrapport 2014",
    "year": 2014,
    "organization": {"name": "Kolbotn Arbeidssenter AS", "founded_year": 1984, "org_number": orgnr("96613186"),
                     "owners": [{"name": "Oppegård kommune", "share_percent": 100}],
                     "address": "Sofiemyrveien 11", "phone": "66 81 20 00"},
    "ceo": "Morten Skaug",
    "board": [member("Bjørn Hagen", "LEDE"), member("Eli Sandvik", "NEST"), member("Per Gunnar Lie", "MEDL"),
              member("Nina Brekke", "MEDL", True), member("Tone Wold", "VARA"), member("Arne Fossum", "VARA"),
              member("Hilde Mo", "VARA"), member("Rune Aas", "VARA")],
    "board_optional": ["Morten Skaug"],
    "programs": {"VTA": 36, "AFT": 18},
    "key_figures": R3_KF,
    "items": [
        ("h", 1, "Årsrapport 2014"),
        ("h", 2, "Virksomhetens art og tilholdssted"),
        ("p", "Kolbotn Arbeidssenter AS ble stiftet i 1984 og eies i sin helhet av Oppegård kommune. Bedriften "
              "holder til i Sofiemyrveien 11, 1412 {g?:Sofiemyr}, i {g:Oppegård} kommune i {g:Akershus}. "
              "Telefon: 66 81 20 00."),
        ("p", f"Organisasjonsnummer: {orgnr('96613186')}. Deltakerne kommer fra {g('Oppegård')}, {g('Ski')} "
              "og {g:Ås}, og noen få fra {g:Oslo}."),
        ("h", 2, "Styret"),
        ("p", "Generalforsamlingen valgte i juni 2014 følgende styre med personlige varamedlemmer:"),
        ("table", [["Medlemmer", "Personlige varamedlemmer"],
                   ["Bjørn Hagen, leder", "Tone Wold"],
                   ["Eli Sandvik, nestleder", "Arne Fossum"],
                   ["Per Gunnar Lie", "Hilde Mo"],
                   ["Nina Brekke, ansattes representant", "Rune Aas"]]),
        ("p", "Styret har hatt seks møter. Kvinner utgjør {p:50 %|Kvinner utgjør} av styrets faste medlemmer."),
        ("p", "Daglig leder: Morten Skaug"),
        ("h", 2, "Tiltak"),
        ("p", "Bedriften har 36 plasser i varig tilrettelagt arbeid (VTA). Fra 1. juli deltar vi i forsøket med "
              "arbeidsforberedende trening (AFT) og har 18 plasser."),
        ("p", "Av deltakerne i arbeidspraksis gikk {p:38 %|arbeidspraksis gikk} til ordinært arbeid, mot et "
              "mål på {p:35 %|mål på}."),
        ("h", 2, "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet var 3,3 % i 2014." .replace("3,3 %", "{p:3,3 %|Sykefraværet var}")),
        ("p", "Av 21 ansatte er 13 kvinner. Styret mener arbeidsmiljøet er godt."),
        ("p", "Styret takker NAV-veileder Kari Stene og tidligere styreleder Odd Bjerke for godt samarbeid."),
        ("break",),
        ("h", 2, "Resultatregnskap"),
        ("p", "Alle beløp i hele kroner."),
        R3_FIN,
        ("p", "Årsresultatet på 409 490 kroner overføres til annen egenkapital."),
        ("sign", "{g?:Kolbotn}, 5. mars 2015", [("Bjørn Hagen", "styrets leder"), ("Eli Sandvik", "nestleder"),
                                          ("Per Gunnar Lie", "styremedlem"), ("Nina Brekke", "ansattes representant"),
                                          ("Morten Skaug", "daglig leder")]),
    ],
}


# ---------- 4. bokmål 2021, board only in the signature block, quoted chair of another organisation ----------

R4_FIN, R4_KF, _ = fin_table(["Nøkkeltall (NOK)", "2021", "2020"], [
    ("Driftsinntekter", None, [24_806_115, 22_940_370]),
    ("Lønnskostnader", None, [18_331_602, 17_208_940]),
    ("Driftsresultat", None, [1_012_448, 644_210]),
    ("Årsresultat", None, [1_106_930, 702_115]),
], [(2021, "actual"), (2020, "actual")], gold=("Driftsinntekter", "Lønnskostnader", "Driftsresultat", "Årsresultat"))
R4_FIN[1].append(["Egenkapitalandel", "{p:38,2 %|Egenkapitalandel}", "{p:35,9 %|Egenkapitalandel}"])

R4 = {
    "header": "Follo Vekst AS · årsrapport 2021", "footer": "Follo Vekst AS",
    "year": 2021, "scan": True,
    "organization": {"name": "Follo Vekst AS", "founded_year": 1992, "org_number": orgnr("90913909"),
                     "owners": [{"name": "Nordre Follo kommune", "share_percent": 70},
                                {"name": "Ås kommune", "share_percent": 30}],
                     "address": "Industriveien 8", "website": "www.follovekst.no"},
    "ceo": "Linn Sæther",
    "board": [member("Anne Lise Berg", "LEDE"), member("Thomas Nygård", "NEST"), member("Camilla Ruud", "MEDL"),
              member("Kari Vik", "MEDL"), member("Fredrik Hauge", "MEDL", True)],
    "board_optional": ["Linn Sæther"],
    "programs": {"VTA": 40, "AFT": 30},
    "key_figures": R4_KF,
    "items": [
        ("h", 1, "Årsrapport 2021"),
        ("p", "Follo Vekst AS gir arbeid, opplæring og kvalifisering til personer som trenger bistand for å "
              "komme i jobb. Bedriften ble etablert i 1992 og har sitt hovedkontor i Industriveien 8, 1400 "
              "{g?:Ski}. Mer informasjon finnes på www.follovekst.no."),
        ("h", 2, "Eierforhold"),
        ("p", "Etter kommunesammenslåingen eies selskapet av Nordre Follo kommune med {p:70 %|Nordre Follo kommune med} "
              "og Ås kommune med {p:30 %|Ås kommune med}. Begge kommunene ligger i {g:Viken} fylke."),
        ("p", "Vi har avdelinger i {g:Nordre Follo} og i {g:Ås}, og i 2021 fikk vi også oppdrag fra kunder i {g:Oslo}."),
        ("h", 2, "Tiltak og deltakere"),
        ("table", [["Tiltak", "Plasser", "Deltakere i 2021"], ["VTA", "40", "44"], ["AFT", "30", "97"]]),
        ("h", 3, "Arbeidsforberedende trening"),
        ("p", "Follo Vekst har avtale med NAV om 30 plasser. Av dem som avsluttet, gikk {p:41 %|avsluttet, gikk} til "
              "arbeid og {p:12 %|utdanning} til utdanning."),
        ("h", 3, "Varig tilrettelagt arbeid"),
        ("p", "Alle 40 plassene var i bruk hele året. Deltakerne arbeider i snekkerverksted, trykkeri og kantine."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Sykefraværet i 2021 var {p:7,9 %|Sykefraværet i 2021}, hvorav {p:2,1 %|koronarelatert} var koronarelatert."),
        ("h", 2, "Økonomi"),
        R4_FIN,
        ("h", 2, "Follo Vekst i media"),
        ("p", "Lokalavisen skrev 14. mai 2021:"),
        ("quote", "«Follo Vekst og næringslivet i {g:Nordre Follo} har inngått en avtale om tjue nye praksisplasser. "
                  "– Dette er et viktig samarbeid for hele regionen, sier styreleder i {g?:Ski} Næringsforening, "
                  "Gunnar Holt. Han peker på at ledigheten i {g:Norge} er lav.»"),
        ("h", 2, "Styrets underskrifter"),
        ("sign", "{g?:Ski}, 10. mars 2022", [("Anne Lise Berg", "styreleder"), ("Thomas Nygård", "nestleder"),
                                            ("Camilla Ruud", "styremedlem"), ("Kari Vik", "styremedlem"),
                                            ("Fredrik Hauge", "ansattes representant"), ("Linn Sæther", "daglig leder")]),
    ],
}

# ---------- 5. bokmål 2008, "Verv | Navn | Valgt av" table, no daglig leder named, owners table ----------

R5_FIN, R5_KF, _ = fin_table(["Resultatregnskap", "2008", "2007"], [
    ("Salgsinntekter", None, [4_870_220, 5_412_960]),
    ("Tilskudd fra NAV og kommunene", None, [6_301_400, 6_022_850]),
    ("Sum driftsinntekter", None, [11_171_620, 11_435_810]),
    ("Sum driftskostnader", None, [11_402_330, 11_090_470]),
    ("Driftsresultat", None, [-230_710, 345_340]),
    ("Årsresultat", None, [-198_450, 371_905]),
], [(2008, "actual"), (2007, "actual")], gold=("Sum driftsinntekter", "Driftsresultat", "Årsresultat"))

R5 = {
    "header": "Andebu og Stokke Produkter AS", "footer": "Årsberetning 2008",
    "year": 2008, "scan": True, "font": "DejaVu Serif", "body_pt": 11,
    "organization": {"name": "Andebu og Stokke Produkter AS", "founded_year": 1979, "org_number": orgnr("99603082"),
                     "owners": [{"name": "Stokke kommune", "share_percent": 50},
                                {"name": "Andebu kommune", "share_percent": 30},
                                {"name": "Sandefjord kommune", "share_percent": 20}],
                     "address": "Bokemoa 14", "phone": "33 33 71 40"},
    "ceo": None,
    "board": [member("Svein Olav Bakke", "LEDE"), member("Marianne Holt", "NEST"), member("Egil Sørensen", "MEDL"),
              member("Tove Andersen", "MEDL", True), member("Håkon Brekke", "VARA")],
    "board_optional": [],
    "programs": {"VTA": 32},
    "key_figures": R5_KF,
    "items": [
        ("h", 1, "Årsberetning 2008"),
        ("h", 2, "Virksomheten"),
        ("p", "Andebu og Stokke Produkter AS ble stiftet i 1979. Selskapet driver produksjon, montasje og "
              "emballering for industrien i {g:Vestfold}, og holder til i Bokemoa 14 i {g:Stokke} "
              "(telefon 33 33 71 40)."),
        ("p", "Bedriften har 32 VTA-plasser og 14 plasser i arbeidspraksis i skjermet virksomhet (APS)."),
        ("p", "Bedriften har ingen daglig leder ansatt; den daglige driften ledes av produksjonssjef "
              "Arild Hansen sammen med styrets leder."),
        ("h", 2, "Eiere"),
        ("table", [["Eier", "Aksjer", "Eierandel"],
                   ["Stokke kommune", "500", "{p:50 %|Stokke kommune}"],
                   ["Andebu kommune", "300", "{p:30 %|Andebu kommune}"],
                   ["Sandefjord kommune", "200", "{p:20 %|Sandefjord kommune}"],
                   ["Sum", "1000", "{p?:100 %}"]]),
        ("h", 2, "Styret"),
        ("table", [["Verv", "Navn", "Valgt av"],
                   ["Styreleder", "Svein Olav Bakke", "Generalforsamlingen"],
                   ["Nestleder", "Marianne Holt", "Generalforsamlingen"],
                   ["Styremedlem", "Egil Sørensen", "Generalforsamlingen"],
                   ["Styremedlem", "Tove Andersen", "De ansatte"],
                   ["Varamedlem", "Håkon Brekke", "Generalforsamlingen"]]),
        ("h", 2, "Markedet"),
        ("p", "Finanskrisen høsten 2008 ga færre oppdrag fra industrien i {g:Sandefjord} og {g:Andebu}. "
              "Salget til underleveranser falt med {p:12 %|underleveranser falt} fra året før, mens salget av "
              "ved og tennbriketter til kunder i hele {g:Norge} holdt seg stabilt."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Sykefraværet blant de faste ansatte var {p:8,4 prosent|Sykefraværet blant de faste ansatte}. "
              "Det har ikke vært personskader."),
        ("break",),
        ("h", 2, "Regnskap"),
        R5_FIN,
        ("p", "Styret foreslår at årets underskudd dekkes av annen egenkapital. Forutsetningen om fortsatt "
              "drift er lagt til grunn."),
        ("sign", "{g:Stokke}, 25. februar 2009", [("Svein Olav Bakke", "styreleder"), ("Marianne Holt", "nestleder"),
                                                 ("Egil Sørensen", "styremedlem"), ("Tove Andersen", "styremedlem")]),
    ],
}

# ---------- 6. nynorsk 2023, unruled "Styreleiar | namn" table, two-column newspaper page ----------

R6_FIN, R6_KF, _ = fin_table(["Nøkkeltal", "2023", "2022"], [
    ("Driftsinntekter", None, [15_902_114, 14_210_876]),
    ("Driftsresultat", None, [512_930, -108_455]),
    ("Årsresultat", None, [611_204, -42_390]),
], [(2023, "actual"), (2022, "actual")], gold=("Driftsinntekter", "Driftsresultat", "Årsresultat"))

R6 = {
    "header": "Jølster Vekst AS | Årsmelding 2023", "footer": "Jølster Vekst AS",
    "year": 2023,
    "organization": {"name": "Jølster Vekst AS", "founded_year": 1995, "org_number": orgnr("94628194"),
                     "owners": [{"name": "Sunnfjord kommune", "share_percent": 100}],
                     "address": "Vassenden 22", "email": "post@jolstervekst.no"},
    "ceo": "Solveig Hatlevik",
    "board": [member("Jorunn Myklebust", "LEDE"), member("Ivar Skrede", "NEST"), member("Ragnhild Viken", "MEDL"),
              member("Terje Sunde", "MEDL"), member("Åse Kvammen", "MEDL", True), member("Eivind Reed", "VARA")],
    "board_optional": [],
    "programs": {"VTA": 30, "AFT": 12},
    "key_figures": R6_KF,
    "items": [
        ("h", 1, "Årsmelding 2023"),
        ("p", "Jølster Vekst AS er ei vekstbedrift i {g:Sunnfjord} kommune i {g:Vestland}. Selskapet vart skipa "
              "i 1995 og held til i Vassenden 22, 6843 {g?:Skei} i {g?:Jølster}. E-post: post@jolstervekst.no."),
        ("p", "Sunnfjord kommune eig {p:100 %|Sunnfjord kommune eig} av aksjane."),
        ("h", 2, "Tiltak"),
        ("li", "Varig tilrettelagt arbeid (VTA): 30 plassar"),
        ("li", "Arbeidsførebuande trening (AFT): 12 plassar"),
        ("p", "I 2023 fekk {p:46 %|arbeid eller tok utdanning} av deltakarane i AFT arbeid eller tok utdanning. "
              "Vi har òg deltakarar frå {g:Kinn} og {g:Sogndal}."),
        ("h", 2, "Styret"),
        ("table", [["Styreleiar", "Jorunn Myklebust"], ["Nestleiar", "Ivar Skrede"], ["Styremedlem", "Ragnhild Viken"],
                   ["Styremedlem", "Terje Sunde"], ["Tilsettvald styremedlem", "Åse Kvammen"],
                   ["Varamedlem", "Eivind Reed"]], {"ruled": False, "bold_header": False}),
        ("p", "Dagleg leiar: Solveig Hatlevik"),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Sjukefråværet var {p:5,4 %|Sjukefråværet var} i 2023, mot {p:6,9 %|året før} året før. Verksemda har "
              "14 tilsette, og {p:64 prosent|av dei er kvinner} av dei er kvinner."),
        ("h", 2, "Økonomi"),
        R6_FIN,
        ("cols", [
            ("h", 2, "Verksemda i media"),
            ("h", 3, "– Gjev folk ein jobb å gå til"),
            ("p", "Firda, 3. oktober 2023. Ved Jølster Vekst på {g?:Skei} er det travelt. Verksemda pakkar "
                  "varer for fleire bedrifter i {g?:Førde} og resten av {g:Sunnfjord}."),
            ("p", "– Vi treng slike arbeidsplassar, seier styreleiar i Sunnfjord Næringsråd, Arne Dale. Han meiner "
                  "fleire bedrifter i {g:Vestland} bør kjøpe tenester frå vekstbedriftene."),
            ("p", "Dagleg leiar Solveig Hatlevik fortel at {p:70 prosent|av oppdraga} av oppdraga no kjem frå "
                  "private kundar. – Det var heilt annleis for ti år sidan, seier ho."),
            ("p", "Verksemda har fått nye lokale og ventar vekst i 2024. Fleire av deltakarane har fått fast jobb "
                  "i lokale bedrifter det siste året, og samarbeidet med NAV har aldri vore betre."),
        ]),
        ("h", 2, "Framtidsutsikter"),
        ("p", "Styret meiner føresetnadene for vidare drift er til stades."),
    ],
}

# ---------- 7. bokmål 2023, "Navn, styreleder" lines, budget column, VTO ----------

R7_FIN, R7_KF, R7_KF_OPT = fin_table(["Beløp i 1000 kr", "Regnskap 2023", "Budsjett 2023", "Regnskap 2022"], [
    ("Driftsinntekter", None, [31_420, 30_800, 29_115]),
    ("Lønnskostnader", None, [23_904, 24_100, 22_310]),
    ("Andre driftskostnader", None, [6_188, 6_000, 5_940]),
    ("Driftsresultat", None, [1_328, 700, 865]),
    ("Årsresultat", None, [1_402, 750, 911]),
], [(2023, "actual"), (2023, "budget"), (2022, "actual")], scale=1000,
    gold=("Driftsinntekter", "Lønnskostnader", "Driftsresultat", "Årsresultat"))

R7 = {
    "header": "Thamshavn Arbeidssenter AS – Årsrapport 2023", "footer": "Thamshavn Arbeidssenter AS",
    "year": 2023,
    "organization": {"name": "Thamshavn Arbeidssenter AS", "founded_year": 1988, "org_number": orgnr("98219935"),
                     "owners": [{"name": "Orkland kommune", "share_percent": 80},
                                {"name": "Skaun kommune", "share_percent": 20}],
                     "address": "Thamshavnvegen 3", "phone": "72 48 10 00", "email": "post@thamshavn-as.no"},
    "ceo": "Guro Fossli",
    "board": [member("Hans Petter Lien", "LEDE"), member("Kristin Rønning", "NEST"), member("Ola Aune", "MEDL"),
              member("Berit Løkken", "MEDL"), member("Lars Ove Røe", "MEDL", True)],
    "board_optional": ["Guro Fossli"],
    "programs": {"VTA": 25, "VTO": 6, "AFT": 18},
    "key_figures": R7_KF, "key_figures_optional": R7_KF_OPT,
    "items": [
        ("h", 1, "Årsrapport 2023"),
        ("p", f"Thamshavn Arbeidssenter AS (org.nr. {orgnr('98219935')}) ble stiftet i 1988. Besøksadresse er "
              "Thamshavnvegen 3, 7300 {g?:Orkanger}. Telefon 72 48 10 00, e-post post@thamshavn-as.no."),
        ("p", "Selskapet eies av Orkland kommune ({p:80 %|Orkland kommune}) og Skaun kommune ({p:20 %|Skaun kommune})."),
        ("h", 2, "Styre og ledelse"),
        ("p", "Styret har i 2023 bestått av:"),
        ("p", "Hans Petter Lien, styreleder"),
        ("p", "Kristin Rønning, nestleder"),
        ("p", "Ola Aune, styremedlem"),
        ("p", "Berit Løkken, styremedlem"),
        ("p", "Lars Ove Røe, ansattes representant"),
        ("p", "Daglig leder: Guro Fossli. Hun overtok 1. april etter Jon Hovde, som gikk av med pensjon."),
        ("h", 2, "Tiltakene"),
        ("p", "Bedriften har 25 plasser i varig tilrettelagt arbeid og 6 plasser i varig tilrettelagt arbeid i "
              "ordinær virksomhet (VTO). AFT-avtalen med NAV {g?:Trøndelag} gjelder 18 plasser."),
        ("p", "Deltakerne kommer fra {g:Orkland}, {g:Skaun} og {g:Trondheim} i {g:Trøndelag}."),
        ("table", [["Resultatmål", "Mål 2023", "Resultat 2023"],
                   ["Overgang til arbeid", "{p:45 %|Overgang til arbeid}", "{p:52 %|Overgang til arbeid}"],
                   ["Overgang til utdanning", "{p:10 %|Overgang til utdanning}", "{p:8 %|Overgang til utdanning}"],
                   ["Sykefravær", "{p:6,0 %|Sykefravær}", "{p:6,8 %|Sykefravær}"]]),
        ("h", 2, "Økonomi"),
        ("p", "Driftsinntektene ble {p:2 %|Driftsinntektene ble} høyere enn budsjettert."),
        R7_FIN,
        ("h", 2, "Likestilling og diskriminering"),
        ("p", "Av de 34 ansatte er 19 kvinner. Styret har to kvinner og tre menn."),
        ("sign", "{g?:Orkanger}, 14. mars 2024", [("Hans P. Lien", "styreleder"), ("Kristin Rønning", "nestleder"),
                                                ("Ola Aune", "styremedlem"), ("Berit Løkken", "styremedlem"),
                                                ("Lars Ove Røe", "ansattes representant"), ("Guro Fossli", "daglig leder")]),
    ],
}

# ---------- 8. bokmål 2014, board in prose, budget table, "pst." ----------

R8_FIN, R8_KF, R8_KF_OPT = fin_table(["Beløp i 1000 kr", "Regnskap 2014", "Budsjett 2014", "Budsjett 2015"], [
    ("Driftsinntekter", None, [27_614, 27_000, 28_200]),
    ("Driftskostnader", None, [27_102, 26_750, 27_900]),
    ("Driftsresultat", None, [512, 250, 300]),
    ("Årsresultat", None, [688, 400, 420]),
], [(2014, "actual"), (2014, "budget"), (2015, "budget")], scale=1000,
    gold=("Driftsinntekter", "Driftskostnader", "Driftsresultat", "Årsresultat"))

R8 = {
    "header": "Romerike Produksjon AS", "footer": "Årsberetning for 2014",
    "year": 2014, "body_pt": 9,
    "organization": {"name": "Romerike Produksjon AS", "founded_year": 1976, "org_number": orgnr("91819093"),
                     "owners": [{"name": "Skedsmo kommune", "share_percent": 50},
                                {"name": "Fet kommune", "share_percent": 30},
                                {"name": "Sørum kommune", "share_percent": 20}],
                     "address": "Nittedalsgata 40", "website": "www.romerikeproduksjon.no"},
    "ceo": "Per Arne Kolstad",
    "board": [member("Jan Erik Wold", "LEDE"), member("Grete Lien", "NEST"), member("Tor Sagen", "MEDL"),
              member("Mona Halvorsen", "MEDL"), member("Bente Nilsen", "MEDL", True)],
    "board_optional": ["Per Arne Kolstad"],
    "programs": {"VTA": 45},
    "key_figures": R8_KF, "key_figures_optional": R8_KF_OPT,
    "items": [
        ("h", 1, "Årsberetning 2014"),
        ("h", 2, "Virksomhetens art"),
        ("p", "Romerike Produksjon AS ble stiftet i 1976 og er en vekstbedrift for {g:Romerike}. Bedriften holder "
              "til i Nittedalsgata 40 på {g?:Lillestrøm} i {g:Skedsmo} kommune, {g:Akershus} fylke. "
              "Se www.romerikeproduksjon.no."),
        ("table", [["Eier", "Eierandel"], ["Skedsmo kommune", "{p:50 %|Skedsmo kommune}"],
                   ["Fet kommune", "{p:30 %|Fet kommune}"], ["Sørum kommune", "{p:20 %|Sørum kommune}"]]),
        ("p", "Daglig leder Per Arne Kolstad har ledet bedriften siden 2009."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2014 bestått av styreleder Jan Erik Wold, nestleder Grete Lien, styremedlemmene "
              "Tor Sagen og Mona Halvorsen, og ansattes representant Bente Nilsen. Styret har hatt sju møter."),
        ("h", 2, "Tiltak"),
        ("p", "Romerike Produksjon har 45 VTA-plasser. I tillegg har bedriften 20 plasser i arbeidspraksis i "
              "skjermet virksomhet (APS) og kvalifisering for deltakere fra {g:Fet}, {g:Sørum} og {g:Oslo}."),
        ("p", "Antall deltakere økte med {p:9 pst.|Antall deltakere økte}, og {p:31 %|gikk over til arbeid} av "
              "deltakerne i APS gikk over til arbeid."),
        ("h", 2, "Arbeidsmiljø"),
        ("p", "Bedriften hadde 31 ansatte og 28,6 årsverk. Det samlede sykefraværet var {p:5,7 %|sykefraværet var}, "
              "en nedgang fra {p:6,3 %|en nedgang fra} i 2013."),
        ("h", 2, "Økonomi"),
        ("p", "Styret har vedtatt budsjett for 2015 med en vekst i driftsinntektene på {p:4,4 %|vekst i driftsinntektene}."),
        R8_FIN,
        ("p", "Styret bekrefter at forutsetningen om fortsatt drift er til stede."),
        ("sign", "{g?:Lillestrøm}, 2. mars 2015", [("Jan Erik Wold", "styreleder"), ("Grete Lien", "nestleder"),
                                                 ("Tor Sagen", "styremedlem"), ("Mona Halvorsen", "styremedlem"),
                                                 ("Bente Nilsen", "ansattes repr."), ("Per Arne Kolstad", "daglig leder")]),
    ],
}

REPORTS = {
    "royken-vekst-2019": R1,
    "fjellheim-2019": R2,
    "kolbotn-2014": R3,
    "follo-vekst-2021": R4,
    "andebu-stokke-2008": R5,
    "jolster-vekst-2023": R6,
    "thamshavn-2023": R7,
    "romerike-2014": R8,
}
