"""Reports of the twenty-third held-out set, part A: a Sámi duodji foundation (North Sámi beside
bokmål), a frivilligsentral printed from its web page, and a museum foundation consolidated into a
regional museum. All organisations, people and figures are invented; places are real.

Markup: {g:Place} a gold place, {g?:Place} optional, {p:12,5 %|phrase} a percentage and a phrase of
its sentence (in a table cell the row label), {p?:100 %} optional (see bench/heldout/make_heldout.py).
"""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import Col, Statement, balance, income


# ---------- 1. Sámi duodji foundation, Kautokeino, 2024 ----------

def goahtegeadgi_2024() -> dict:
    board = [
        ("Máret Ánne Buljo", "LEDE", False),
        ("Ánde Piera Logje", "NEST", False),
        ("Biret Elle Oskal", "MEDL", False),
        ("Issát Mikkel Bals", "MEDL", False),
        ("Elle Sárá Kitti", "MEDL", True),
        ("Ristin Máret Utsi", "VARA", None),
        ("Ásllat Johánas Partapuoli", "VARA", None),
    ]
    cols = [Col("2024", 2024), Col("2023", 2023)]
    result = Kroner(
        "Boađusrehketdoallu / Resultatregnskap", cols,
        income("nb", 2,
               inc=[("Tilskudd fra Sametinget", "", [2140000, 1985000]),
                    ("Tilskudd fra Guovdageaidnu suohkan / Kautokeino kommune", "", [310000, 300000]),
                    ("Salg av duodji og materialer", "", [1128450, 1012030]),
                    ("Kursinntekter", "", [96400, 118250])],
               cost=[("Lønn og sosiale kostnader", "2", [2412880, 2290410]),
                     ("Varekjøp duodji og materialer", "", [702115, 640980]),
                     ("Husleie og drift av lokaler", "", [286300, 281750]),
                     ("Andre driftskostnader", "", [161940, 174320])],
               fin=[("Renteinntekter", "", [21680, 9870])]),
        note_col="Note", label_header="Beløp i kroner")
    bal = Kroner(
        "Balánsa / Balanse 31.12.", cols,
        balance("nb", 2, fixed=[],
                current=[("Varelager duodji", "", [384200, 355900]),
                         ("Kundefordringer", "", [41350, 63720]),
                         ("Bankinnskudd", "3", "plug")],
                equity=[("Grunnkapital", "", [200000, 200000]),
                        ("Annen egenkapital", "", [603475, 470180])],
                long=[],
                short=[("Leverandørgjeld", "", [96230, 121480]),
                       ("Skyldige offentlige avgifter", "", [118760, 109340]),
                       ("Annen kortsiktig gjeld", "", [201440, 172560])]),
        note_col="Note", label_header="Beløp i kroner")
    roles = {"LEDE": "Jođiheaddji / Styreleder", "NEST": "Nubbijođiheaddji / Nestleder",
             "MEDL": "Stivrralahttu / Styremedlem", "VARA": "Várrelahttu / Varamedlem"}
    chosen = {"Máret Ánne Buljo": "Sámediggi / Sametinget",
              "Ánde Piera Logje": "Guovdageaidnu suohkan / Kautokeino kommune",
              "Biret Elle Oskal": "Sámediggi / Sametinget",
              "Issát Mikkel Bals": "Sámi duodjesearvi / duodjeorganisasjonen",
              "Elle Sárá Kitti": "Bargit / De ansatte",
              "Ristin Máret Utsi": "Sámediggi / Sametinget",
              "Ásllat Johánas Partapuoli": "Bargit / De ansatte"}
    board_rows = [["Doaibma / Verv", "Namma / Navn", "Nammadan / Oppnevnt av"]] + [
        [roles[role], name, chosen[name]] for name, role, _ in board]
    items = [
        ("h", 1, "Jahkedieđáhus 2024 / Årsmelding 2024"),
        ("p", "Stiftelsen Goahtegeađgi duodjeguovddáš · Čuonjajávrigeaidnu 3, 9520 {g?:Guovdageaidnu} · "
              "post@goahtegeadgi.no · org.nr. 981 446 207", {"size": 8.5}),
        ("parallel", [
            ("h", "Vuođđudusa birra", "Om stiftelsen"),
            ("p", "Goahtegeađgi duodjeguovddáš vuođđuduvvui jagis 1998. Vuođđudus bargá dan ovdii ahte "
                  "árbevirolaš duodji ja duodjemáhttu seailu ja ovdána Sámis.",
                  "Stiftelsen Goahtegeađgi duodjeguovddáš ble opprettet i 1998. Stiftelsen skal bevare og "
                  "utvikle tradisjonell duodji og kunnskapen om den i {g?:Sápmi}, med sete i "
                  "{g:Kautokeino} i {g:Finnmark}."),
            ("h", "Doaimmat 2024:s", "Virksomheten i 2024"),
            ("p", "Guovddáš lágidii 14 duodjekurssa. Kursa oassálastiin {p:64 %|kursa oassálastiin} "
                  "ledje sámegielagat. Duodjegávpi vuovdái eanet go ovddit jagi.",
                  "Senteret holdt 14 kurs i duodji, i {g:Kautokeino}, {g:Karasjok} og {g:Tromsø}. "
                  "{p:64 %|kursdeltakerne} av kursdeltakerne hadde samisk som morsmål. Salget i "
                  "duodjebutikken økte med {p:11,5 prosent|salget i duodjebutikken} fra 2023."),
            ("p", "Sámi álbmotbeaivvi oktavuođas čájehuvvui ođđa čájáhus gávpotviesus.",
                  "I forbindelse med samefolkets dag ble en ny utstilling åpnet i {g:Alta}, i samarbeid "
                  "med et museum der."),
        ]),
        ("h", 2, "Stivra / Styret"),
        ("p", "Stivra lea čađahan guhtta čoahkkima ja meannudan 38 ášši. / Styret har hatt seks møter og "
              "behandlet 38 saker. Styret er oppnevnt for to år om gangen etter vedtektenes § 6."),
        ("table", board_rows, {"ruled": True, "shade_header": "E9E2D0", "size": 9}),
        ("p", "Doaibmajođiheaddji / Daglig leder: Kárin Elle Tornensis. Doaibmajođiheaddji lea stivrra "
              "čálli. / Daglig leder er styrets sekretær og har ikke stemmerett."),
        ("p", "Fágaráđđi / Fagrådet: Stiftelsen har et fagråd av tre duojárat som gir råd om kursene. "
              "Fagrådets leder i 2024 var Piera Jovnna Guttorm."),
        ("h", 2, "Bargit / Ansatte"),
        ("p", "Stiftelsen hadde ved utgangen av året fem ansatte i 4,1 årsverk. Sykefraværet var "
              "{p:3,2 %|sykefraværet}. Arbeidsmiljøet er godt. Kvinner utgjorde {p:80 prosent|kvinner} "
              "av de ansatte og tre av fem i styret."),
        ("h", 2, "Ruhtadeapmi / Finansiering"),
        ("table", [["Doarjja / Tilskudd", "Beløp", "Oassi / Andel"],
                   ["Sámediggi / Sametinget", "2 140 000", "{p:87,4 %}"],
                   ["Guovdageaidnu suohkan / Kautokeino kommune", "310 000", "{p:12,6 %}"],
                   ["Submi / Sum", "2 450 000", "{p?:100 %}"]],
         {"ruled": True, "size": 9}),
        ("stmt", result, {"title": "Boađusrehketdoallu / Resultatregnskap"}),
        ("stmt", bal, {"title": "Balánsa / Balanse 31.12.2024"}),
        ("p", "Stivra oaivvilda ahte jahkerehketdoallu addá rievttes gova. / Styret mener at årsregnskapet "
              "gir et rettvisende bilde av stiftelsens stilling. Forutsetningen om fortsatt drift er til stede."),
        ("esign", "Vuolláičállosat / Signaturer",
         "Dokumentet er signert elektronisk med BankID. Signert 2025-03-18.",
         [["Buljo, Máret Ánne", "Jođiheaddji / Styreleder", "BankID 2025-03-18 10:41"],
          ["Logje, Ánde Piera", "Nubbijođiheaddji / Nestleder", "BankID 2025-03-18 11:02"],
          ["Oskal, Biret Elle", "Stivrralahttu / Styremedlem", "BankID 2025-03-18 12:15"],
          ["Bals, Issát Mikkel", "Stivrralahttu / Styremedlem", "BankID 2025-03-19 08:30"],
          ["Kitti, Elle Sárá", "Stivrralahttu / Styremedlem", "BankID 2025-03-19 09:12"],
          ["Tornensis, Kárin Elle", "Doaibmajođiheaddji / Daglig leder", "BankID 2025-03-19 09:40"]]),
    ]
    return {
        "name": "goahtegeadgi-duodje-2024", "year": 2024,
        "title": "Jahkedieđáhus 2024 / Årsmelding 2024 – Goahtegeađgi duodjeguovddáš",
        "organization": {"name": "Stiftelsen Goahtegeađgi duodjeguovddáš", "founded_year": 1998,
                         "address": "Čuonjajávrigeaidnu 3, 9520 Guovdageaidnu",
                         "email": "post@goahtegeadgi.no"},
        "ceo": "Kárin Elle Tornensis",
        "board": board,
        "not_board": ["Piera Jovnna Guttorm"],
        "not_places": ["Guovdageaidnu suohkan / Kautokeino kommune"],
        "font": "DejaVu Sans", "heading_colour": "7A2E1F",
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "North Sámi beside bokmål: parallel columns, bilingual headings, roles and statement titles; "
                 "the board's roles 'Jođiheaddji / Styreleder' etc. in a ruled table with the appointing body "
                 "(one 'Bargit / De ansatte': employee-elected); names with Sámi letters; the signatures on an "
                 "e-signature page as 'Surname, Given names' (the daglig leder signs too, not board); the "
                 "fagråd's leader is not board. The 64 % is printed twice (Sámi and Norwegian): two gold "
                 "percentages. Kautokeino as printed in the Norwegian text; Guovdageaidnu and Sápmi optional.",
    }


# ---------- 2. Frivilligsentral, Hornindal (Volda), 2023, web page ----------

def hornindal_frivilligsentral_2023() -> dict:
    cols = [Col("Rekneskap 2023", 2023), Col("Rekneskap 2022", 2022)]
    result = Statement(
        "Resultatrekneskap", cols,
        income("nn", 2,
               inc=[("Statstilskot frivilligsentral", "", [512000, 498000]),
                    ("Tilskot frå Volda kommune", "", [268000, 260000]),
                    ("Gåver og sponsorar", "", [41250, 38900]),
                    ("Inntekter arrangement og kafé", "", [63480, 51720])],
               cost=[("Aktivitetar og arrangement", "", [318640, 296110]),
                     ("Husleige", "", [96000, 96000]),
                     ("Køyregodtgjersle frivillige", "", [74330, 69120]),
                     ("Andre driftskostnader", "", [352900, 345210])],
               fin=[("Renteinntekter", "", [3870, 1240])]),
        label_header="")
    bal = Statement(
        "Balanse per 31.12.", cols,
        balance("nn", 2, fixed=[],
                current=[("Kundefordringar", "", [6200, 0]),
                         ("Bankinnskot", "", "plug")],
                equity=[("Opptent eigenkapital", "", [167410, 120680])],
                long=[],
                short=[("Leverandørgjeld", "", [18640, 22930]),
                       ("Anna kortsiktig gjeld", "", [9100, 7650])]),
        label_header="")
    board = [
        ("Synnøve Hjelmeset", "LEDE", None),
        ("Arnfinn Tomasgard", "NEST", None),
        ("Marit Reite Lødemel", "MEDL", None),
        ("Jostein Navelsaker", "MEDL", None),
        ("Kari Heggen Haugen", "OBS", None),
        ("Lars Olav Bakke", "VARA", None),
    ]
    hours = [["Aktivitet", "Timar", "Del av timane"],
             ["Følgjeteneste til lege og sjukehus", "1 214", "{p:28,4 %}"],
             ["Besøksvenn og turvenn", "968", "{p:22,6 %}"],
             ["Middagstreff og kafé", "842", "{p:19,7 %}"],
             ["Leksehjelp og språkkafé", "611", "{p:14,3 %}"],
             ["Utlån av utstyr (BUA)", "388", "{p:9,1 %}"],
             ["Anna", "252", "{p:5,9 %}"],
             ["Sum", "4 275", "{p?:100 %}"]]
    items = [
        ("h", 1, "Årsmelding 2023"),
        ("p", "Hornindal frivilligsentral vart skipa i 2004 og er ein medlemsbasert forening. Sentralen "
              "held til i Grodåsvegen 22 i {g?:Grodås} og er ein møtestad for frivillige i heile "
              "{g:Hornindal} og {g:Volda}."),
        ("facts", ["Hornindal frivilligsentral", "Org.nr. 987 612 054", "Skipa 2004",
                   "E-post: post@hornindal-frivillig.no", "Telefon: 57 87 44 10"]),
        ("h", 2, "Styret"),
        ("p", "Etter vedtektene vert styret sett saman av representantar for laga som er medlemer i "
              "sentralen, valt på årsmøtet for to år. {g:Volda kommune|Volda} har ein representant med møte- og "
              "talerett, men utan røysterett. Dagleg leiar er sekretær for styret."),
        ("table", [["Namn", "Verv", "Representerer"],
                   ["Synnøve Hjelmeset", "Leiar", "Representant for Hornindal sanitetslag"],
                   ["Arnfinn Tomasgard", "Nestleiar", "Representant for pensjonistlaget"],
                   ["Marit Reite Lødemel", "Styremedlem", "Representant for idrettslaget"],
                   ["Jostein Navelsaker", "Styremedlem", "Representant for sokneråd og kyrkjelyd"],
                   ["Kari Heggen Haugen", "Observatør", "{g:Volda kommune|Volda} (møte- og talerett)"],
                   ["Lars Olav Bakke", "Varamedlem", "Representant for mållaget"]], {"ruled": True}),
        ("p", "Styret har hatt sju styremøte og handsama 41 saker. Valnemnda har vore Oddbjørg Sunde "
              "og Ivar Kjøs Rakstang."),
        ("h", 2, "Tilsette"),
        ("p", "Dagleg leiar Gunhild Rasmussen Kjøs er tilsett i {g:Volda kommune|Volda} i "
              "{p:80 % stilling|stilling} og er lånt ut til sentralen. Ho har einingsleiar for kultur i "
              "kommunen, Tormod Bjørkedal, som næraste leiar i personalsaker."),
        ("h", 2, "Frivillig innsats"),
        ("p", "I 2023 var 96 frivillige i aktivitet, og dei gjorde til saman 4 275 timar. Talet på "
              "frivillige timar auka med {p:9 prosent|frivillige timar} frå 2022. Følgjetenesta er "
              "framleis den største aktiviteten, med køyring til lækjar i {g:Volda} og til sjukehuset i "
              "{g:Nordfjordeid}."),
        ("table", hours, {"ruled": False}),
        ("p", "Nær {p:40 prosent|dei frivillige} av dei frivillige er over 67 år. Sentralen har fått "
              "fleire yngre frivillige gjennom leksehjelpa på {g?:Grodås} skule.", {"small": False}),
        ("h", 2, "Økonomi"),
        ("p", "Rekneskapen viser eit overskot. Statstilskotet er gitt etter forskrift om tilskot til "
              "frivilligsentralar, og kommunen har i tillegg stilt dagleg leiar til disposisjon."),
        ("stmt", result, {"title": "Resultatrekneskap 2023"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2023"}),
        ("sign", "{g:Hornindal}, 12. februar 2024",
         [("Synnøve Hjelmeset", "leiar"), ("Arnfinn Tomasgard", "nestleiar"),
          ("Marit Reite Lødemel", "styremedlem"), ("Jostein Navelsaker", "styremedlem")]),
    ]
    site = {"name": "Hornindal frivilligsentral",
            "menu": ["Heim", "Aktivitetar", "Bli frivillig", "Om oss", "Kontakt"],
            "crumb": "Heim › Om oss › Årsmeldingar › Årsmelding 2023",
            "meta": "Publisert 14.02.2024 av dagleg leiar",
            "footer": ["Hornindal frivilligsentral · Grodåsvegen 22, 6763 {g:Hornindal}",
                       "post@hornindal-frivillig.no · 57 87 44 10 · Personvern · Informasjonskapslar"]}
    return {
        "name": "hornindal-frivilligsentral-2023", "year": 2023,
        "title": "Årsmelding 2023 – Hornindal frivilligsentral",
        "organization": {"name": "Hornindal frivilligsentral", "founded_year": 2004,
                         "address": "Grodåsvegen 22, 6763 Hornindal",
                         "email": "post@hornindal-frivillig.no", "phone": "57 87 44 10"},
        "ceo": "Gunhild Rasmussen Kjøs",
        "board": board,
        "not_board": ["Oddbjørg Sunde", "Ivar Kjøs Rakstang", "Tormod Bjørkedal"],
        "not_places": ["Hornindal sanitetslag", "Tilskot frå Volda kommune"],
        "site": site, "accent": "2E6B3F", "html_lang": "nn",
        "items": items,
        "renditions": ["web"],
        "notes": "Nynorsk web page printed by Chromium with the browser's lines: the styre drawn from "
                 "member lag, each 'Representant for X' in a third column; the kommune's representative as "
                 "Observatør (OBS: møte- og talerett); the dagleg leiar is employed by the kommune and lent "
                 "to the sentral (ceo), her line manager in the kommune and the valnemnd are not board; "
                 "volunteer hours by activity with shares in %; nynorsk statements with two years.",
    }


# ---------- 3. Museum foundation consolidated into a regional museum, Orkland, 2023 ----------

def evjen_sag_2023() -> dict:
    cols = [Col("2023", 2023), Col("2022", 2022)]
    result = Statement(
        "Resultatregnskap", cols,
        income("nb", 2,
               inc=[("Leieinntekt fra Orkla-Gauldal museum AS", "", [180000, 180000]),
                    ("Tilskudd fra Orkland kommune", "", [75000, 75000]),
                    ("Gaver og innsamlede midler", "", [38650, 22400])],
               cost=[("Forsikring", "", [41870, 39650]),
                     ("Vedlikehold av bygninger og anlegg", "", [142300, 97520]),
                     ("Avskrivninger", "2", [62000, 62000]),
                     ("Andre driftskostnader", "", [19640, 21330])],
               fin=[("Renteinntekter", "", [9420, 3170])]),
        note_col="Note", label_header="")
    bal = Statement(
        "Balanse 31.12.", cols,
        balance("nb", 2,
                fixed=[("Bygninger og anlegg", "2", [1488000, 1550000]),
                       ("Aksjer i Orkla-Gauldal museum AS", "3", [40000, 40000])],
                current=[("Bankinnskudd", "", "plug")],
                equity=[("Grunnkapital", "", [100000, 100000]),
                        ("Annen egenkapital", "", [1721160, 1683900])],
                long=[],
                short=[("Leverandørgjeld", "", [12400, 8760]),
                       ("Annen kortsiktig gjeld", "", [5000, 5000])]),
        note_col="Note", label_header="")
    board = [
        ("Anne Lise Fjæran", "LEDE", None),
        ("Per Magne Hoston", "NEST", None),
        ("Ingrid Kvamsdal", "MEDL", None),
        ("Eirik Bolme Fossum", "MEDL", None),
        ("Torill Vormdal", "VARA", None),
    ]
    items = [
        ("h", 1, "Stiftelsen Evjen sag og mølle"),
        ("p", "Årsberetning 2023", {"bold": True, "size": 13}),
        ("h", 2, "Virksomhetens art"),
        ("p", "Stiftelsen Evjen sag og mølle ble opprettet i 1979 for å ta vare på det vannkraftdrevne "
              "sagbruket og kverna ved Evjen i {g:Orkland} kommune (tidligere {g:Orkdal}) i "
              "{g:Trøndelag}. Stiftelsen eier bygningene, maskinene og grunnen. Etter konsolideringen i "
              "2009 er all faglig drift, formidling og samlingsforvaltning lagt til Orkla-Gauldal museum AS, "
              "som leier anlegget av stiftelsen etter en driftsavtale."),
        ("p", "Stiftelsen eier {p:4 %|aksjene} av aksjene i Orkla-Gauldal museum AS. Stiftelsen har ingen "
              "ansatte og ingen daglig leder; styrets leder ivaretar stiftelsens løpende saker."),
        ("h", 2, "Styret"),
        ("p", "Styret har i 2023 bestått av:"),
        ("li", "Anne Lise Fjæran, leder (oppnevnt av {g:Orkland kommune|Orkland})"),
        ("li", "Per Magne Hoston, nestleder (valgt av Venneforeningen for Evjen sag)"),
        ("li", "Ingrid Kvamsdal, styremedlem (oppnevnt av {g:Orkland kommune|Orkland})"),
        ("li", "Eirik Bolme Fossum, styremedlem (oppnevnt av Orkla-Gauldal museum AS)"),
        ("li", "Torill Vormdal, varamedlem"),
        ("p", "Styret har hatt fire møter. Anne Lise Fjæran har representert stiftelsen på "
              "generalforsamlingen i museet."),
        ("h", 2, "Samarbeidet med konsolideringsmuseet"),
        ("p", "Orkla-Gauldal museum AS er det konsoliderte museet for elleve museer og samlinger i "
              "regionen. Museets styre ledes av Hallvard Rognes, og direktør er Torunn Sæther Moen. "
              "Avdelingsleder for {g:Orkdal}-avdelingen, Ola Sivert Grøtting, har hatt ansvaret for "
              "sesongen ved sagbruket. Stiftelsens styre og museets ledelse har hatt to samarbeidsmøter."),
        ("h", 2, "Besøk og aktivitet"),
        ("p", "Anlegget var åpent fra 24. juni til 20. august, i tillegg til tre kjøredager med saging. "
              "Samlet registrert besøk økte med {p:11,5 prosent|samlet registrert besøk} fra 2022. Ordinære "
              "besøkende økte med {p:13,4 prosent|ordinære besøkende}, og kjøredagene samlet "
              "{p:19,2 prosent|kjøredagene} flere enn året før. Antallet skoleelever gikk ned med "
              "{p:10,5 prosent|skoleelever} fordi to skoler i {g:Skaun} valgte et annet tilbud."),
        ("table", [["Besøk", "2022", "2023", "Endring"],
                   ["Ordinære besøkende", "2 410", "2 733", "+323"],
                   ["Kjøredager med saging", "1 126", "1 342", "+216"],
                   ["Skoleelever", "612", "548", "-64"],
                   ["Sum", "4 148", "4 623", "+475"]], {"ruled": True, "shade_header": "E4E9DF"}),
        ("h", 2, "Økonomi"),
        ("p", "Årsresultatet er overført til annen egenkapital. Styret mener at regnskapet gir et rettvisende "
              "bilde, og at forutsetningen om fortsatt drift er til stede. Stiftelsen forurenser ikke det ytre "
              "miljøet."),
        ("stmt", result, {"title": "Resultatregnskap 2023"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2023"}),
        ("sign", "{g?:Fannrem}, 6. mars 2024",
         [("Anne Lise Fjæran", "styreleder"), ("Per Magne Hoston", "nestleder"),
          ("Ingrid Kvamsdal", "styremedlem"), ("Eirik Bolme Fossum", "styremedlem")], {"cols": 2}),
    ]
    return {
        "name": "evjen-sag-molle-2023", "year": 2023,
        "title": "Årsberetning 2023 – Stiftelsen Evjen sag og mølle",
        "organization": {"name": "Stiftelsen Evjen sag og mølle", "founded_year": 1979},
        "ceo": None,
        "board": board,
        "not_board": ["Hallvard Rognes", "Torunn Sæther Moen", "Ola Sivert Grøtting"],
        "not_places": ["Tilskudd fra Orkland kommune"],
        "font": "Liberation Serif", "heading_font": "Liberation Sans", "heading_colour": "3D4F2A",
        "items": items,
        "renditions": ["docx", "doc"],
        "notes": "A museum foundation that only owns the buildings after a konsolidering: the foundation's "
                 "board as bullets 'Name, role (appointed by)'; the consolidated museum's chair, its "
                 "direktør and the department head who runs the season are printed and are not board, and "
                 "the foundation says it has no daglig leder (ceo null); visitor table with the change in "
                 "numbers and the percent changes in the sentence above it, the 4 % share it holds in "
                 "the museum AS; signed at Fannrem (optional place).",
    }


REPORTS = [goahtegeadgi_2024, hornindal_frivilligsentral_2023, evjen_sag_2023]
