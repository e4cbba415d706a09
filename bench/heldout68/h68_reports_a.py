"""The 1990s typed reports of the sixty-eighth set: an ASVO bedrift in Gloppen (nynorsk, 1992) and an
arbeidsmarkedsbedrift in Kongsvinger in Aetat's years (bokmål, 1998). Organisations, people and
figures are invented; places are real and valid in the year."""
from __future__ import annotations

from h3_render import Kroner
from h68_money import amount, line_value, share
from heldout_finance import BUDGET, Col, Statement, balance, income


def vereide_verkstad_1992() -> dict:
    """ASVO bedrift, nynorsk, typed in a monospaced face: the board in one sentence with each
    member's home place, a member who moved away and the first deputy who took her seat, a
    driftsrekneskap with a budget column in tab stops, kroner with ",-"."""
    cols = [Col("Rekneskap 1992", 1992), Col("Budsjett 1992", 1992, BUDGET), Col("Rekneskap 1991", 1991)]
    result = income(
        "nn", 3,
        inc=[("Sal av varer og tenester", "", [1_412_380, 1_350_000, 1_261_045]),
             ("ASVO-tilskot frå staten", "", [1_176_000, 1_176_000, 1_104_000]),
             ("Tilskot frå kommunen", "", [240_000, 240_000, 220_000]),
             ("Andre inntekter", "", [38_912, 20_000, 27_330])],
        cost=[("Varekjøp", "", [402_118, 380_000, 371_902]),
              ("Løn til arbeidstakarar på ASVO-plass", "", [912_455, 905_000, 861_770]),
              ("Løn til fast tilsette", "", [846_300, 850_000, 812_640]),
              ("Sosiale utgifter", "", [241_775, 245_000, 229_184]),
              ("Husleige, straum og vedlikehald", "", [183_406, 190_000, 176_512]),
              ("Avskrivingar", "", [64_000, 64_000, 58_000]),
              ("Andre driftsutgifter", "", [109_833, 115_000, 98_437])],
        fin=[("Renteinntekter", "", [21_447, 15_000, 18_905]),
             ("Rentekostnader", "", [-30_210, -32_000, -33_488])],
        labels={"cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter", "fin": "Finanspostar",
                "result": "Årsoverskot"})
    drift = Kroner("Driftsrekneskap 1992", cols, result, render="tabs")
    bal = Kroner("Balanse pr. 31.12.1992", [Col("1992", 1992), Col("1991", 1991)], balance(
        "nn", 2,
        fixed=[("Bygning", "", [612_000, 636_000]), ("Maskinar og utstyr", "", [148_500, 172_500])],
        current=[("Varelager", "", [96_410, 88_200]), ("Kundefordringar", "", [184_322, 171_905]),
                 ("Bank og kontantar", "", "plug")],
        equity=[("Aksjekapital", "", [300_000, 300_000]), ("Anna eigenkapital", "", [251_730, 153_088])],
        long=[("Pantelån", "", [388_000, 412_000])],
        short=[("Leverandørgjeld", "", [71_455, 64_930]),
               ("Skuldig skattetrekk og avgifter", "", [118_260, 109_702]),
               ("Anna kortsiktig gjeld", "", [42_917, 38_410])]), render="tabs")
    inc = line_value(result, "Sum driftsinntekter", 0)
    surplus = line_value(result, "Årsoverskot", 0)
    budget = line_value(result, "Årsoverskot", 1)
    asvo = line_value(result, "ASVO-tilskot frå staten", 0)
    signers = [("Ragnhild Eikås", "leiar"), ("Olav Bergset", "nestleiar"), ("Liv Karin Hauge", ""),
               ("Kåre Sandal", ""), ("Arnfinn Tystad", ""), ("Helge Nygard", "dagleg leiar")]
    return {
        "name": "vereide-verkstad-1992", "year": 1992, "title": "Vereide Verkstad AS – Årsmelding 1992",
        "font": "DejaVu Sans Mono", "heading_font": "DejaVu Sans Mono", "body_pt": 9.5, "margin_mm": 24,
        "author": "Vereide Verkstad AS",
        "organization": {"name": "Vereide Verkstad AS", "founded_year": 1984,
                         "address": "Industrivegen 7, 6823 Sandane", "phone": "057 - 65 410",
                         "owners": [{"name": "Gloppen kommune", "share_percent": 60},
                                    {"name": "Breimsbygda Samvirkelag BA", "share_percent": 20},
                                    {"name": "Myklebust Trevare AS", "share_percent": 20}]},
        "ceo": "Helge Nygard",
        "board": [("Ragnhild Eikås", "LEDE", False), ("Olav Bergset", "NEST", False),
                  ("Liv Karin Hauge", "MEDL", False), ("Kåre Sandal", "MEDL", False),
                  ("Arnfinn Tystad", "MEDL", True), ("Oddny Rygg", "VARA", None),
                  ("Jorunn Heggheim", "VARA", None)],
        "not_board": ["Margit Strand", "Trygve Lote", "Inger Lise Solheim", "Nils Reed", "Gunnar Ryssdal",
                      "Bjarne Skrede"],
        "renditions": ["doc", "pdf"],
        "items": [
            ("p", "VEREIDE VERKSTAD AS", {"bold": True, "size": 13, "align": "center"}),
            ("p", "Industrivegen 7, 6823 {g:Sandane}  –  Tlf. 057 - 65 410", {"align": "center"}),
            ("bh", "ÅRSMELDING FOR 1992", {"size": 12}),
            ("bh", "1. INNLEIING"),
            ("p", "Vereide Verkstad AS er ei ASVO-bedrift (arbeidssamvirke i offentleg verksemd) i "
                  "{g:Gloppen} kommune i {g:Sogn og Fjordane}. Bedrifta vart skipa i 1984 og har sidan 1986 "
                  "halde til i eigne lokale på industriområdet på {g:Vereide}. Føremålet er å gje varig arbeid "
                  "til yrkeshemma som ikkje får arbeid på den opne arbeidsmarknaden."),
            ("bh", "2. EIGARAR"),
            ("p", "Aksjekapitalen er kr 300 000,-. {g:Gloppen} kommune eig {p:60 %|Gloppen kommune eig}, "
                  "medan Breimsbygda Samvirkelag BA og Myklebust Trevare AS eig {p:20 %|eig} kvar."),
            ("bh", "3. STYRET"),
            ("p", "Styret har ved utgangen av 1992 vore samansett slik: Ragnhild Eikås, {g:Hyen} (leiar), "
                  "Olav Bergset, {g:Sandane} (nestleiar), Liv Karin Hauge, {g:Byrkjelo}, Kåre Sandal, "
                  "{g:Breim}, og Arnfinn Tystad, {g:Vereide} (tilsette sin representant)."),
            ("p", "Margit Strand gjekk ut av styret i april då ho flytta til {g:Førde}. Kåre Sandal, som var "
                  "første varamedlem, tok då over plassen hennar. Varamedlem er no Oddny Rygg, {g:Hyen}. "
                  "Varamedlem for dei tilsette er Jorunn Heggheim."),
            ("p", "Styret har halde 7 møte og handsama 41 saker. Generalforsamlinga vart halden 5. mai."),
            ("bh", "4. TILSETTE OG ARBEIDSMILJØ"),
            ("p", "Ved årsskiftet hadde bedrifta 14 godkjende ASVO-plassar, og alle var i bruk. Fast tilsette "
                  "har vore dagleg leiar Helge Nygard, arbeidsleiar Inger Lise Solheim og ein kontorassistent "
                  "i halv stilling."),
            ("p", "Sjukefråveret blant dei fast tilsette var {p:3,8 %|Sjukefråveret blant dei fast tilsette}, "
                  "og blant arbeidstakarane på ASVO-plass {p:9,6 %|arbeidstakarane på ASVO-plass}. Det har "
                  "ikkje vore skadar eller ulukker i året. Verneombod har vore Nils Reed."),
            ("bh", "5. PRODUKSJON OG SAL"),
            ("p", "Bedrifta har tre avdelingar: snekkarverkstad, montering for lokal industri og "
                  "vedproduksjon. Salet auka med {p:12 prosent|Salet auka} frå 1991, mest på grunn av nye "
                  "oppdrag for møbelindustrien på {g:Sandane} og {g:Byrkjelo}. Ved kom i sal over heile "
                  "{g:Nordfjord}."),
            ("p", "I september vart den nye lagerhallen opna av ordføraren i {g:Gloppen}, Bjarne Skrede."),
            ("bh", "6. ØKONOMI"),
            ("p", f"Driftsrekneskapen viser eit overskot på kr {amount(surplus)},- mot budsjettert "
                  f"kr {amount(budget)},-. ASVO-tilskotet frå staten utgjorde "
                  f"{{p:{share(asvo, inc)} %|ASVO-tilskotet frå staten utgjorde}} av driftsinntektene. Styret "
                  "rår til at overskotet vert lagt til anna eigenkapital."),
            ("pagebreak",),
            ("stmt", drift),
            ("stmt", bal),
            ("p", "Rekneskapen er revidert av statsautorisert revisor Gunnar Ryssdal."),
            ("bh", "7. TIL SLUTT"),
            ("p", "Styret takkar dei tilsette for godt arbeid i 1992. Kontakten med {g:Gloppen} arbeidskontor "
                  "har vore god, og vi takkar arbeidskonsulent Trygve Lote for eit godt samarbeid."),
            ("sign", "{g:Sandane}, 18. februar 1993", signers, {"cols": 3}),
        ],
        "notes": "1992, nynorsk, typed monospaced; board in one sentence with home places; Margit Strand "
                 "left (not board), the first deputy Kåre Sandal took her seat (MEDL), Oddny Rygg deputy; "
                 "driftsrekneskap with a budget column in tab stops (budget optional).",
    }


def roverud_attforing_1998() -> dict:
    """Arbeidsmarkedsbedrift (AMB) with AFT and kvalifisering under Aetat, bokmål, Word 97 in a serif
    face: the board as tab lines "Role ⇥ Name ⇥ (who they represent)", the new chair replacing a
    former one at the generalforsamling, a tiltak table, ruled statements with a Note column."""
    cols = [Col("1998", 1998), Col("1997", 1997)]
    result = income(
        "nb", 2,
        inc=[("Salgsinntekter", "1", [7_142_310, 6_391_877]),
             ("Tiltaksinntekter fra Aetat", "2", [5_118_400, 4_872_150]),
             ("Andre driftsinntekter", "", [214_905, 188_320])],
        cost=[("Varekostnad", "", [2_611_840, 2_420_113]),
              ("Lønn til tiltaksdeltakere", "3", [3_402_771, 3_219_406]),
              ("Lønn og sosiale kostnader, faste ansatte", "3", [4_918_260, 4_702_335]),
              ("Avskrivninger", "4", [388_000, 362_500]),
              ("Andre driftskostnader", "", [816_449, 748_902])],
        fin=[("Finansinntekter", "", [64_128, 58_770]), ("Finanskostnader", "", [-97_345, -104_218])])
    res = Statement("Resultatregnskap 1998", cols, result, note_col="Note", label_header="Beløp i kroner")
    bal = Statement("Balanse pr. 31. desember 1998", cols, balance(
        "nb", 2,
        fixed=[("Bygninger og tomt", "4", [3_420_000, 3_560_000]),
               ("Maskiner og inventar", "4", [912_000, 1_060_000])],
        current=[("Varelager", "", [742_300, 688_150]), ("Kundefordringer", "", [1_104_662, 968_410]),
                 ("Bankinnskudd og kontanter", "", "plug")],
        equity=[("Aksjekapital", "5", [1_000_000, 1_000_000]), ("Annen egenkapital", "5", [1_684_213, 1_379_135])],
        long=[("Pantelån", "6", [2_640_000, 2_780_000])],
        short=[("Leverandørgjeld", "", [624_118, 571_930]),
               ("Skyldige offentlige avgifter", "", [512_406, 487_222]),
               ("Annen kortsiktig gjeld", "", [388_910, 401_775])]),
        note_col="Note", label_header="Beløp i kroner")
    now, before = line_value(result, "Årsresultat", 0), line_value(result, "Årsresultat", 1)
    signers = [("Per Arne Brenden", "styreleder"), ("Solveig Kjos", "nestleder"), ("Eilif Granli", "styremedlem"),
               ("Berit Myrvold", "styremedlem"), ("Kjell Rune Aasen", "styremedlem"),
               ("Arvid Tangen", "daglig leder")]
    return {
        "name": "roverud-attforing-1998", "year": 1998, "title": "Roverud Attføring AS – Årsberetning 1998",
        "font": "DejaVu Serif", "body_pt": 10.5, "author": "Roverud Attføring AS",
        "header": "Roverud Attføring AS", "footer": "Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Roverud Attføring AS", "founded_year": 1971,
                         "address": "Roverudveien 12, 2216 Roverud", "phone": "62 81 47 00",
                         "email": "roverud.attforing@online.no",
                         "owners": [{"name": "Kongsvinger kommune", "share_percent": 45},
                                    {"name": "Hedmark fylkeskommune", "share_percent": 25},
                                    {"name": "Eidskog kommune", "share_percent": 15},
                                    {"name": "Sør-Odal kommune", "share_percent": 15}]},
        "ceo": "Arvid Tangen",
        "board": [("Per Arne Brenden", "LEDE", False), ("Solveig Kjos", "NEST", False),
                  ("Eilif Granli", "MEDL", False), ("Berit Myrvold", "MEDL", False),
                  ("Kjell Rune Aasen", "MEDL", True), ("Odd Syversen", "VARA", None),
                  ("Gro Lien", "VARA", None), ("Håkon Bøe", "VARA", None)],
        "not_board": ["Åse Nordli", "Tor Egil Sandberg", "Marianne Holt", "Randi Vestli", "Knut Fjeld",
                      "Svein Ole Haug"],
        "programs": {"AFT": 20},
        "renditions": ["doc", "pdf"],
        "items": [
            ("h", 1, "Årsberetning 1998"),
            ("p", "Roverud Attføring AS  ·  Roverudveien 12, 2216 {g:Roverud}  ·  Telefon 62 81 47 00  ·  "
                  "E-post roverud.attforing@online.no", {"size": 8.5}),
            ("h", 2, "Virksomhetens art"),
            ("p", "Roverud Attføring AS er en arbeidsmarkedsbedrift (AMB) godkjent av Aetat. Bedriften ble "
                  "stiftet i 1971 og holder til i egne lokaler på {g:Roverud} i {g:Kongsvinger} kommune. "
                  "Selskapets formål er å gi yrkeshemmede arbeidstrening, kvalifisering og hjelp til å komme i "
                  "arbeid. Bedriften har ikke erverv som formål, og eventuelt overskudd blir i selskapet."),
            ("p", "Aksjene eies av {g:Kongsvinger} kommune ({p:45 %|Kongsvinger kommune}), {g:Hedmark} "
                  "fylkeskommune ({p:25 %|Hedmark fylkeskommune}), {g:Eidskog} kommune og {g:Sør-Odal} "
                  "kommune ({p:15 %|Sør-Odal kommune} hver)."),
            ("h", 2, "Attføringsvirksomheten"),
            ("p", "Bedriften hadde i 1998 godkjent 20 plasser for arbeidsforberedende trening (AFT) og 32 "
                  "plasser for kvalifisering i AMB. Deltakerne kommer fra hele {g:Glåmdalen}, de fleste fra "
                  "{g:Kongsvinger}, {g:Eidskog} og {g:Sør-Odal}. Gjennomsnittlig belegg i AFT var "
                  "{p:96 %|Gjennomsnittlig belegg i AFT}."),
            ("table", [["Tiltak", "Plasser", "Deltakere i året", "Avsluttet"],
                       ["Arbeidsforberedende trening (AFT)", "20", "38", "19"],
                       ["Kvalifisering i AMB", "32", "49", "22"],
                       ["Sum", "52", "87", "41"]], {"ruled": True, "size": 9, "shade_header": "E6E6E6"}),
            ("p", "Av de 41 som avsluttet tiltak i året, gikk {p:37 prosent|over til ordinært arbeid} over til "
                  "ordinært arbeid eller utdanning. Attføringskonsulentene Tor Egil Sandberg og Marianne Holt har "
                  "fulgt opp deltakerne sammen med Aetat {g:Kongsvinger}."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 1998 bestått av:"),
            ("tablines", [["Styreleder", "Per Arne Brenden", "({g:Kongsvinger} kommune)"],
                          ["Nestleder", "Solveig Kjos", "({g:Hedmark} fylkeskommune)"],
                          ["Styremedlem", "Eilif Granli", "({g:Eidskog} kommune)"],
                          ["Styremedlem", "Berit Myrvold", "({g:Sør-Odal} kommune)"],
                          ["Styremedlem", "Kjell Rune Aasen", "(valgt av de ansatte)"]], {"stops": (4.0, 9.5)}),
            ("p", "Varamedlemmer har vært Odd Syversen og Gro Lien, for de ansatte Håkon Bøe."),
            ("p", "På generalforsamlingen 6. mai 1998 ble Per Arne Brenden valgt til ny styreleder etter Åse "
                  "Nordli, som hadde ledet styret siden 1992. Styret takker Åse Nordli for innsatsen. Det er "
                  "holdt 8 styremøter og behandlet 52 saker."),
            ("h", 2, "Arbeidsmiljø og personale"),
            ("p", "Bedriften hadde ved årsskiftet 11 fast ansatte. Daglig leder er Arvid Tangen. Sykefraværet "
                  "blant de fast ansatte var {p:4,9 %|Sykefraværet blant de fast ansatte} i 1998, mot "
                  "{p:6,3 %|året før} året før. Arbeidsmiljøutvalget har hatt fire møter, og verneombud har "
                  "vært Randi Vestli. Det har ikke vært alvorlige skader eller ulykker."),
            ("p", "Av de fast ansatte er seks kvinner og fem menn. Styret har to kvinner blant fem medlemmer."),
            ("h", 2, "Ytre miljø"),
            ("p", "Bedriften forurenser ikke det ytre miljø utover det som er vanlig for mekanisk industri og "
                  "trevareproduksjon."),
            ("h", 2, "Økonomi og fortsatt drift"),
            ("p", f"Årsresultatet ble et overskudd på kr {amount(now)} mot et underskudd på kr "
                  f"{amount(before)} i 1997. Styret foreslår at overskuddet overføres til annen egenkapital. "
                  "Forutsetningen om fortsatt drift er lagt til grunn, og styret mener årsregnskapet gir et "
                  "riktig bilde av selskapets stilling."),
            ("p", "Styret takker ansatte og deltakere for innsatsen i 1998, og Aetat {g:Kongsvinger} ved "
                  "avdelingsleder Svein Ole Haug for et godt samarbeid."),
            ("sign", "{g:Kongsvinger}, 25. februar 1999", signers, {"cols": 3}),
            ("pagebreak",),
            ("stmt", res),
            ("stmt", bal),
            ("p", "Regnskapet er revidert av statsautorisert revisor Knut Fjeld.", {"italic": True, "size": 9}),
        ],
        "notes": "1998, bokmål, Word 97 serif; Aetat; AFT 20 (gold) beside kvalifisering i AMB 32 (no "
                 "program code); board as tab lines with the body each member represents; the former chair "
                 "Åse Nordli not board; ruled statements with a Note column.",
    }


REPORTS = [vereide_verkstad_1992, roverud_attforing_1998]
