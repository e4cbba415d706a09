"""Seventieth set, part B: an arbeidsinkluderingsbedrift's designer-made report (2024), a nynorsk
IKS in Word (2019) and a stiftelse typed in 1991. Organisations, people and figures invented;
places real and valid in the year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import BUDGET, Col, Statement, balance, income

from h70_common import members, quote


# ---------- 2024: an arbeidsinkluderingsbedrift in Lyngdal, a designer's PDF ----------

def audna_arbeid_2024() -> dict:
    cols = [Col("2024", 2024), Col("2023", 2023)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [9_846_320, 9_212_780]), ("Tilskudd fra NAV", "2", [21_304_900, 20_118_400]),
             ("Andre driftsinntekter", "", [486_210, 402_950])],
        cost=[("Varekostnad", "", [3_412_870, 3_185_400]), ("Lønnskostnader", "3", [23_906_540, 22_640_310]),
              ("Avskrivninger", "4", [1_036_200, 984_600]), ("Andre driftskostnader", "", [2_884_360, 2_701_220])],
        fin=[("Finansinntekter", "", [286_400, 198_300]), ("Finanskostnader", "", [-142_900, -131_700])]),
        note_col="Note", label_header="Beløp i NOK")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Bygninger og tomt", "4", [12_480_000, 12_960_000]), ("Maskiner og inventar", "4", [2_146_300, 2_318_900]),
               ("Kjøretøy", "4", [612_000, 704_000])],
        current=[("Varer", "", [1_024_600, 968_300]), ("Kundefordringer", "", [2_208_450, 2_046_120]),
                 ("Andre kortsiktige fordringer", "", [314_800, 286_400]), ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [1_500_000, 1_500_000]), ("Annen egenkapital", "", [13_246_180, 12_705_220])],
        long=[("Gjeld til kredittinstitusjoner", "7", [5_820_000, 6_240_000])],
        short=[("Leverandørgjeld", "", [1_386_540, 1_274_300]), ("Skyldige offentlige avgifter", "", [2_412_880, 2_306_740]),
               ("Annen kortsiktig gjeld", "", [1_864_300, 1_702_460])]),
        note_col="Note", label_header="Beløp i NOK")
    cards = [("Ole Petter Skjævesland", ["Styreleder"]), ("Anne Berit Høyland", ["Nestleder"]),
             ("Kjetil Egeland", ["Styremedlem"]), ("Marianne Tofte", ["Styremedlem"]),
             ("Ronny Kvelland", ["Styremedlem", "Ansattrepresentant"])]
    report_text = [
        ("h", "Virksomheten"),
        ("p", "Audna Arbeidsinkludering AS ble stiftet i 1986 og holder til på {g:Konsmo} i {g:Lyngdal} kommune, "
              "med avdelinger i {g:Mandal} og i {g:Lyngdal} sentrum. Bedriften er en arbeidsinkluderingsbedrift "
              "og medlem av Arbeid & Inkludering i NHO."),
        ("p", "{g:Lyngdal} kommune eier {p:70 %|Lyngdal kommune eier} av aksjene, mens {g:Lindesnes} og "
              "{g:Hægebostad} kommune eier {p:15 %|Lindesnes og Hægebostad kommune eier} hver."),
        ("h", "Tiltak og resultater"),
        ("p", "Bedriften har avtale med NAV {g:Agder} om 32 plasser i arbeidsforberedende trening (AFT) og 26 "
              "plasser i varig tilrettelagt arbeid (VTA). AFT avløste i 2015 de tidligere tiltakene "
              "arbeidspraksis i skjermet virksomhet (APS) og kvalifisering i arbeidsmarkedsbedrift (AMB). I "
              "tillegg leverer vi oppfølging og avklaring etter avtale med NAV."),
        ("p", "Av deltakerne som avsluttet AFT i 2024, gikk {p:41 %|til arbeid eller utdanning} til arbeid "
              "eller utdanning, mot {p:37 %|til arbeid eller utdanning} året før."),
        ("h", "Arbeidsmiljø og likestilling"),
        ("p", "Sykefraværet blant de fast ansatte var {p:5,8 %|sykefraværet}. Det er ikke registrert skader "
              "med fravær. Av 34 fast ansatte er 19 kvinner, og styret har tre kvinner og to menn."),
        ("h", "Ytre miljø"),
        ("p", "Virksomheten påvirker det ytre miljøet lite. Vi sorterer avfall og har byttet to av bilene "
              "våre til elbil."),
        ("h", "Økonomi og fortsatt drift"),
        ("p", f"Driftsinntektene ble kr {quote(res, 'Sum driftsinntekter')} og årsresultatet kr "
              f"{quote(res, 'Årsresultat')}. Overskuddet overføres til annen egenkapital. Forutsetningen om "
              "fortsatt drift er til stede. Revisor er statsautorisert revisor Siv Tjørhom."),
    ]
    return {
        "name": "audna-arbeid-2024",
        "year": 2024,
        "title": "Audna Arbeidsinkludering AS – årsrapport 2024",
        "organization": {"name": "Audna Arbeidsinkludering AS", "founded_year": 1986,
                         "address": "Konsmoveien 12, 4525 Konsmo", "phone": "38 28 61 90",
                         "email": "postmottak@audna-arbeidsinkludering.no",
                         "website": "www.audna-arbeidsinkludering.no",
                         "owners": [{"name": "Lyngdal kommune", "share_percent": 70},
                                    {"name": "Lindesnes kommune", "share_percent": 15},
                                    {"name": "Hægebostad kommune", "share_percent": 15}]},
        "ceo": "Hanne Tjomsland Løland",
        "board": members(("Ole Petter Skjævesland", "LEDE", False), ("Anne Berit Høyland", "NEST", False),
                         ("Kjetil Egeland", "MEDL", False), ("Marianne Tofte", "MEDL", False),
                         ("Ronny Kvelland", "MEDL", True), ("Lise Mari Ubostad", "VARA", None),
                         ("Gunnar Fidje", "VARA", None), ("Torill Handeland", "VARA", None)),
        "not_board": ["Hanne Tjomsland Løland", "Kristoffer Eikeland", "Eirik Skaar", "Kari-Anne Netland",
                      "Svein Egil Ågedal", "Siv Tjørhom"],
        "programs": {"AFT": 32, "VTA": 26},
        "wraps": ["postmottak@audna-", "www.audna-"],
        "items": [],
        "sheets": [
            [("band", "Årsrapport 2024", "Audna Arbeidsinkludering AS",
              "Arbeid, kvalifisering og mestring i {g:Lister} og {g:Lindesnes}"),
             ("grid", [[("h", "Daglig leder har ordet"),
                        ("p", "2024 ble året da flere enn noen gang gikk videre fra oss til jobb eller skole. "
                              "Det er deltakerne som har gjort jobben, men veiledere, arbeidsledere og "
                              "arbeidsgivere i hele regionen har gjort det mulig."),
                        ("p", "Vi har fått nye oppdrag for industrien i {g:Lyngdal}, og kantina i {g:Mandal} er "
                              "blitt et sted der mange får sin første arbeidserfaring. Samtidig har vi brukt mye "
                              "tid på å bli bedre på oppfølging ute i ordinære bedrifter."),
                        ("p", "Takk til alle som har bidratt i året som gikk."),
                        ("p", "Hanne Tjomsland Løland, daglig leder")],
                       [("box", "Om oss", ["Audna Arbeidsinkludering AS", "Konsmoveien 12, 4525 {g:Konsmo}",
                                           "Telefon 38 28 61 90", "E-post:",
                                           "postmottak@audna-arbeidsinkludering.no", "Nett:",
                                           "www.audna-arbeidsinkludering.no", "Stiftet 1986"], {"width": 50}),
                        ("box", "Eiere", ["{g:Lyngdal} kommune", "{g:Lindesnes} kommune", "{g:Hægebostad} kommune"],
                         {"width": 50})]],
              {"cols": "1fr 54mm"}),
             ("tiles", [("32", "AFT-plasser"), ("26", "VTA-plasser"), ("{p:5,8 %}", "sykefravær"),
                        ("{p:41 %}", "gikk til arbeid eller utdanning")]),
             ("photo", "Fra snekkerverkstedet på {g:Konsmo}, der AFT-deltakerne lager hagemøbler for salg. "
                       "Foto: Kristoffer Eikeland"),
             ("foot", "Audna Arbeidsinkludering AS  ·  Årsrapport 2024  ·  side 1")],
            [("h", "Styrets årsberetning 2024"),
             ("flow", report_text),
             ("sign", "{g:Konsmo}, 20. mars 2025",
              [("Ole Petter Skjævesland", "Styreleder"), ("Anne Berit Høyland", "Nestleder"),
               ("Kjetil Egeland", "Styremedlem"), ("Marianne Tofte", "Styremedlem"),
               ("Ronny Kvelland", "Styremedlem"), ("Hanne Tjomsland Løland", "Daglig leder")]),
             ("h", "Styret 2024"),
             ("cards", cards),
             ("p", "Som varamedlemmer er valgt Lise Mari Ubostad og Gunnar Fidje, for de ansatte Torill Handeland."),
             ("p", "Portretter: Kristoffer Eikeland", {"small": True}),
             ("h", "Ledergruppen"),
             ("p", "Daglig leder Hanne Tjomsland Løland, fagleder AFT Eirik Skaar, fagleder VTA Kari-Anne Netland "
                   "og økonomileder Svein Egil Ågedal."),
             ("foot", "Audna Arbeidsinkludering AS  ·  Årsrapport 2024  ·  side 2")],
            [("stmt", res, {"title": "Resultatregnskap 2024"}),
             ("stmt", bal, {"title": "Balanse per 31.12.2024"}),
             ("foot", "Audna Arbeidsinkludering AS  ·  Årsrapport 2024  ·  side 3")],
        ],
        "renditions": ["design"],
        "notes": "Designer PDF (this set's own HTML, Chromium), bokmål 2024, NAV. Board as cards with "
                 "'Ansattrepresentant' under one card only; 'Som varamedlemmer er valgt A og B, for de ansatte "
                 "C'. Owners only in prose 'Lindesnes og Hægebostad kommune eier 15 % hver' (the names alone in "
                 "a box). E-mail and web address in a narrow box, both broken after their hyphen. AFT and VTA "
                 "gold; APS and AMB named as the programmes AFT replaced.",
    }


# ---------- 2019: a port IKS in indre Sogn, nynorsk ----------

def lustrafjorden_hamn_iks_2019() -> dict:
    res = Statement("Resultatrekneskap", [Col("Rekneskap 2019", 2019), Col("Budsjett 2019", 2019, BUDGET),
                                          Col("Rekneskap 2018", 2018)], income(
        "nn", 3,
        inc=[("Hamneavgifter og anløpsavgifter", "", [6_412_800, 6_100_000, 5_726_400]),
             ("Leigeinntekter kai og areal", "", [1_846_200, 1_800_000, 1_792_600]),
             ("Andre driftsinntekter", "", [312_450, 250_000, 287_300])],
        cost=[("Lønnskostnader", "", [3_284_600, 3_300_000, 3_106_200]),
              ("Avskrivingar", "", [1_612_000, 1_600_000, 1_548_000]),
              ("Vedlikehald kaier", "", [1_146_300, 1_000_000, 987_400]),
              ("Andre driftskostnader", "", [1_418_760, 1_400_000, 1_352_880])],
        fin=[("Finansinntekter", "", [84_300, 60_000, 71_200]),
             ("Finanskostnader", "", [-412_600, -420_000, -398_300])]),
        render="ruled")
    bal = Statement("Balanse", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)], balance(
        "nn", 2,
        fixed=[("Kaianlegg", "", [24_860_000, 25_480_000]), ("Bygningar", "", [3_412_000, 3_520_000]),
               ("Maskiner og køyretøy", "", [684_000, 756_000])],
        current=[("Kundefordringar", "", [612_400, 548_900]), ("Andre fordringar", "", [94_200, 81_600]),
                 ("Bankinnskot", "", "plug")],
        equity=[("Innskotskapital", "", [2_000_000, 2_000_000]), ("Annan eigenkapital", "", [6_946_810, 6_165_320])],
        long=[("Lån i Kommunalbanken", "", [20_400_000, 21_600_000])],
        short=[("Leverandørgjeld", "", [486_300, 412_800]), ("Skuldige offentlege avgifter", "", [318_400, 296_500]),
               ("Anna kortsiktig gjeld", "", [246_900, 228_700])]),
        render="ruled")
    board = ["Oddvar Bolstad, {g:Hafslo} (styreleiar)",
             "Ingrid Fløtre, {g:Sogndal} (nestleiar)",
             "Jon Arne Nes, {g:Leikanger}",
             "Turid Hauge, {g:Balestrand}",
             "Sigbjørn Ølnes, {g:Gaupne} (vald av dei tilsette)"]
    return {
        "name": "lustrafjorden-hamn-iks-2019",
        "year": 2019,
        "title": "Lustrafjorden Hamnevesen IKS – årsmelding 2019",
        "body_pt": 10, "heading_colour": "15476B",
        "organization": {"name": "Lustrafjorden Hamnevesen IKS", "founded_year": 2004,
                         "address": "Kaivegen 3, 6868 Gaupne", "phone": "57 68 44 20",
                         "email": "post@lustrafjorden-hamn.no", "website": "www.lustrafjorden-hamn.no",
                         "owners": [{"name": "Luster kommune", "share_percent": 40},
                                    {"name": "Sogndal kommune", "share_percent": 30},
                                    {"name": "Leikanger kommune", "share_percent": 10},
                                    {"name": "Balestrand kommune", "share_percent": 10},
                                    {"name": "Vik kommune", "share_percent": 10}]},
        "ceo": "Anders Hopland",
        "board": members(("Oddvar Bolstad", "LEDE", False), ("Ingrid Fløtre", "NEST", False),
                         ("Jon Arne Nes", "MEDL", False), ("Kristin Sæle", "MEDL", False),
                         ("Sigbjørn Ølnes", "MEDL", True), ("Harald Bøyum", "VARA", None)),
        "not_board": ["Turid Hauge", "Bjarne Hovland Skjerdal", "Marta Lefdal", "Anders Hopland",
                      "Leif Arne Heggestad", "Gunvor Ness", "Asbjørn Mo"],
        "programs": {},
        "wraps": ["post@lustrafjorden-", "www.lustrafjorden-"],
        "items": [
            ("h", 1, "Årsmelding 2019"),
            ("p", "Lustrafjorden Hamnevesen IKS", {"bold": True, "size": 12}),
            ("h", 2, "Føremål og verksemd"),
            ("p", "Lustrafjorden Hamnevesen IKS vart skipa i 2004 og forvaltar hamnene og kaianlegga i "
                  "{g:Luster}, {g:Sogndal}, {g:Leikanger}, {g:Balestrand} og {g:Vik} i indre {g:Sogn}. "
                  "Hamnekontoret ligg i {g:Gaupne}. Selskapet har fire tilsette."),
            ("h", 2, "Eigarar"),
            ("p", "Selskapet er eigd av {g:Luster} kommune ({p:40 %|Luster kommune}), {g:Sogndal} kommune "
                  "({p:30 %|Sogndal kommune}) og kommunane {g:Leikanger}, {g:Balestrand} og {g:Vik} med "
                  "{p:10 prosent|kommunane Leikanger, Balestrand og Vik} kvar. Eigardelane svarar til innskota "
                  "etter selskapsavtalen:"),
            ("table", [["Eigar", "Innskot (kr)", "Eigardel"],
                       ["{g:Luster} kommune", "800 000", "{p:40 %}"],
                       ["{g:Sogndal} kommune", "600 000", "{p:30 %}"],
                       ["{g:Leikanger} kommune", "200 000", "{p:10 %}"],
                       ["{g:Balestrand} kommune", "200 000", "{p:10 %}"],
                       ["{g:Vik} kommune", "200 000", "{p:10 %}"],
                       ["Totalt", "2 000 000", "{p:100 %}"]], {"widths": [6.5, 3.2, 2.6], "size": 9}),
            ("h", 2, "Representantskapet"),
            ("p", "Representantskapet har hatt to møte i 2019. Leiar har vore ordførar Bjarne Hovland Skjerdal, "
                  "{g:Luster}, og nestleiar Marta Lefdal, {g:Sogndal}."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2019 hatt denne samansetjinga:"),
            ("tablines", [[line] for line in board], {"stops": ()}),
            ("p", "Varamedlemer: Kristin Sæle, {g:Vik} og Harald Bøyum, {g:Fjærland}"),
            ("p", "Turid Hauge bad om fritak frå 1. juli etter at ho vart tilsett i administrasjonen i "
                  "{g:Balestrand} kommune. Første varamedlem Kristin Sæle gjekk då inn som fast styremedlem for "
                  "resten av perioden. Styret har halde 8 møte og handsama 46 saker."),
            ("h", 2, "Administrasjon"),
            ("p", "Dagleg leiar er hamnesjef Anders Hopland. Hamnebetjent Leif Arne Heggestad og "
                  "rekneskapsførar Gunvor Ness har vore tilsette heile året."),
            ("h", 2, "Drifta i 2019"),
            ("p", "Talet på cruiseanløp til {g:Skjolden} og {g:Sogndal} auka med {p:12 prosent|cruiseanløp}, og "
                  "godsmengda over kaiene var om lag som året før. Kapasitetsutnyttinga i gjestehamna i "
                  "{g:Gaupne} var {p:78 %|kapasitetsutnyttinga} i sommarsesongen."),
            ("h", 2, "Arbeidsmiljø, likestilling og ytre miljø"),
            ("p", "Sjukefråveret var {p:3,1 %|sjukefråveret}. Det har ikkje vore skadar eller ulykker. Av dei "
                  "tilsette er éin kvinne og tre menn; styret har to kvinner og tre menn ved utgangen av året. "
                  "Selskapet arbeider for å redusere utslepp frå skip ved kai og har i 2019 fått på plass "
                  "landstraum i {g:Skjolden}."),
            ("h", 2, "Økonomi"),
            ("p", f"Driftsinntektene vart kr {quote(res, 'Sum driftsinntekter')} mot budsjett kr "
                  f"{quote(res, 'Sum driftsinntekter', 1)}. Årsresultatet vart kr {quote(res, 'Årsresultat')}, "
                  "som vert overført til annan eigenkapital. Føresetnaden om vidare drift er til stades. "
                  "Revisor er oppdragsansvarleg revisor Asbjørn Mo."),
            ("p", "Hamnekontoret: Kaivegen 3, 6868 {g:Gaupne}, telefon 57 68 44 20, e-post "
                  "post@lustrafjorden-hamn.no. Prisar, reglement og ruteplanar for alle hamnene finn de på "
                  "www.lustrafjorden-hamn.no."),
            ("sign", "{g:Gaupne}, 20. februar 2020",
             [("Oddvar Bolstad", "styreleiar"), ("Ingrid Fløtre", "nestleiar"), ("Jon Arne Nes", ""),
              ("Kristin Sæle", ""), ("Sigbjørn Ølnes", ""), ("Anders Hopland", "dagleg leiar")], {"cols": 3}),
            ("pagebreak",),
            ("stmt", res, {"title": "Resultatrekneskap 2019"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2019"}),
        ],
        "renditions": ["docx", "pdf"],
        "notes": "Nynorsk IKS 2019 (Sogn og Fjordane before 2020). Board as 'Name, Place (role)' lines listed "
                 "as elected; the member who left in July (Turid Hauge) not_board though listed, the first "
                 "deputy who took her seat (Kristin Sæle, listed under Varamedlemer) MEDL. Representantskap "
                 "leaders printed 'Name, Place' too. Owners 'kommunane Leikanger, Balestrand og Vik med 10 "
                 "prosent kvar' and a table with a 'Totalt' row. Web address broken after its hyphen. Budget "
                 "column optional.",
    }


# ---------- 1991: a stiftelse in Bærum, typed ----------

def sandvika_feriekoloni_1991() -> dict:
    cols = [Col("1991", 1991), Col("1990", 1990)]
    res = Kroner("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Tilskudd fra kommunen", "", [185_000, 175_000]), ("Oppholdsbetaling", "", [96_240, 88_560]),
             ("Gaver og innsamlinger", "", [42_810, 51_300]), ("Leieinntekter", "", [18_000, 18_000])],
        cost=[("Lønn leirpersonale", "", [118_460, 109_870]), ("Mat og forbruksvarer", "", [74_320, 70_150]),
              ("Reiser", "", [21_600, 20_400]), ("Vedlikehold eiendommen", "", [58_940, 96_210]),
              ("Forsikring og avgifter", "", [24_380, 22_940]), ("Andre utgifter", "", [16_750, 15_820])],
        fin=[("Renteinntekter", "", [9_840, 8_620])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                "fin": None, "net_fin": None, "result": "Årets overskudd"}),
        render="unruled")
    bal = Kroner("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Eiendommen Solbakken", "", [260_000, 270_000]), ("Inventar", "", [12_000, 15_000])],
        current=[("Fordringer", "", [8_400, 6_900]), ("Bankinnskudd", "", "plug")],
        equity=[("Grunnkapital", "", [50_000, 50_000]), ("Annen egenkapital", "", [366_130, 328_690])],
        long=[],
        short=[("Skyldige kostnader", "", [14_620, 12_840]), ("Forskuddsbetalt oppholdsbetaling", "", [6_300, 5_400])]),
        render="unruled")
    return {
        "name": "sandvika-feriekoloni-1991",
        "year": 1991,
        "title": "Stiftelsen Sandvika Feriekoloni – årsberetning 1991",
        "font": "DejaVu Serif", "body_pt": 10.5, "heading_colour": "000000", "margin_mm": 25,
        "organization": {"name": "Stiftelsen Sandvika Feriekoloni", "founded_year": 1947,
                         "address": "Postboks 118, 1301 Sandvika", "phone": "(02) 54 71 36"},
        "ceo": None,
        "board": members(("Einar Sørbye", "LEDE", None), ("Gudrun Hals", "NEST", None),
                         ("Torleif Aas", "MEDL", None), ("Margit Rud Nilsen", "MEDL", None),
                         ("Hans Kristian Lie", "VARA", None), ("Berit Ødegård", "VARA", None)),
        "not_board": ["Bjørg Torp", "Leif Hauger", "Gunnar Tveten", "Ragnar Fossum"],
        "not_places": ["Bærum Sanitetsforening"],
        "programs": {},
        "items": [
            ("bh", "STIFTELSEN SANDVIKA FERIEKOLONI", {"size": 14}),
            ("p", "Postboks 118, 1301 {g:Sandvika}   –   Tlf. (02) 54 71 36", {"align": "center"}),
            ("bh", "ÅRSBERETNING FOR 1991", {"size": 12}),
            ("bh", "1. Stiftelsens formål", {"size": 10.5}),
            ("p", "Stiftelsen ble opprettet i 1947 av Bærum Sanitetsforening og {g:Bærum} herred. Formålet er å "
                  "gi barn fra {g:Bærum} som trenger det, et ferieopphold om sommeren. Stiftelsen eier "
                  "feriehjemmet Solbakken på {g:Tjøme} i {g:Vestfold}."),
            ("bh", "2. Styret", {"size": 10.5}),
            ("p", "Styret har i 1991 bestått av formann Einar Sørbye, {g?:Stabekk}, nestformann Gudrun Hals, "
                  "{g?:Høvik}, og styremedlemmene Torleif Aas, {g?:Bekkestua}, og Margit Rud Nilsen, {g?:Jar}. "
                  "Varamenn har vært Hans Kristian Lie, {g:Sandvika}, og Berit Ødegård, {g?:Blommenholm}."),
            ("p", "Formann og ett styremedlem er oppnevnt av {g:Bærum} kommune, de øvrige av Bærum "
                  "Sanitetsforening. Styret har hatt 5 møter i året."),
            ("p", "Stiftelsen har ingen fast ansatte. Regnskapet føres av Bjørg Torp, og revisor er "
                  "statsautorisert revisor Leif Hauger, {g:Oslo}."),
            ("bh", "3. Virksomheten i 1991", {"size": 10.5}),
            ("p", "Feriekolonien hadde to turnuser på 12 dager i juli med til sammen 64 barn i alderen 8–12 år. "
                  "Belegget var {p:94 %|belegget}. Leirsjef var lærer Gunnar Tveten, og han hadde med seg seks "
                  "assistenter og en kokke."),
            ("p", "Oppholdsbetalingen ble økt med {p:8 %|oppholdsbetalingen}, men barn fra familier med lav "
                  "inntekt har fått friplass etter søknad til sosialkontoret."),
            ("p", "Taket på hovedhuset er skiftet, og uthuset er malt. Arbeidet ble gjort på dugnad av "
                  "medlemmer av Bærum Sanitetsforening."),
            ("bh", "4. Økonomi", {"size": 10.5}),
            ("p", f"Stiftelsens inntekter var kr {quote(res, 'Sum inntekter')} og årets overskudd kr "
                  f"{quote(res, 'Årets overskudd')}. Overskuddet tillegges egenkapitalen."),
            ("p", "Styret takker {g:Bærum} kommune ved sosialsjef Ragnar Fossum og {g:Akershus} fylkeskommune for "
                  "tilskudd, og alle givere for støtten i 1991."),
            ("stmt", res, {"title": "Resultatregnskap 1991"}),
            ("stmt", bal, {"title": "Balanse pr. 31. desember 1991"}),
            ("sign", "{g:Sandvika}, 3. mars 1992",
             [("Einar Sørbye", "formann"), ("Gudrun Hals", "nestformann"), ("Torleif Aas", ""),
              ("Margit Rud Nilsen", "")], {"cols": 2}),
        ],
        "renditions": ["doc", "pdf"],
        "notes": "Bokmål stiftelse 1991, typed. Board in one sentence, role words before the names and the "
                 "home place after each ('formann Einar Sørbye, Stabekk, nestformann ...'); 'Varamenn' VARA. "
                 "No daglig leder (ceo null): a regnskapsfører, revisor, the summer leirsjef and a sosialsjef "
                 "thanked are not board. Phone '(02) 54 71 36'. Home places in Bærum optional.",
    }


REPORTS = [audna_arbeid_2024, lustrafjorden_hamn_iks_2019, sandvika_feriekoloni_1991]
