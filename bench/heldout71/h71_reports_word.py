"""The seventy-first set's Word reports (laid out by ``h71_word``; PDFs by LibreOffice): a waste IKS
on Hadeland (2012), a husflidslag in Kongsberg (2009, also .doc) and a destination company owned
by three municipalities in Setesdal (2016). Organisations, people and figures are invented; places
are real and valid in the report's year."""
from __future__ import annotations

from h3_render import Kroner
from h71_common import quote, statements


def lygna_gjenvinning_iks_2012() -> dict:
    """Waste IKS owned by Gran, Lunner and Jevnaker (Oppland): owners only in a cell of a narrow
    facts box, "Gran (40 %), Lunner (35 %) og Jevnaker (25 %) kommuner", where the e-mail and web
    address break after their hyphen (PDF); board as upper-case role words on tab lines with
    "STYREMEDLEM¹" (¹ chosen by the employees), personal deputies, then "SEKRETÆR FOR STYRET"
    (staff); a member who left on 1 June, his personal deputy attending as member since."""
    res, bal = statements(
        "nb", (2012, 2011),
        inc=[("Renovasjonsgebyr husholdning", "1", [38_412_560, 36_904_120]),
             ("Salg av gjenvunnet materiale", "", [4_126_330, 4_602_810]),
             ("Mottaksavgifter næring", "", [6_218_440, 5_870_300]), ("Andre driftsinntekter", "", [512_900, 488_215])],
        cost=[("Innsamling og transport", "", [17_402_115, 16_810_940]),
              ("Behandling av avfall", "", [14_118_760, 13_702_330]), ("Lønnskostnader", "2", [12_904_330, 12_311_880]),
              ("Avskrivninger", "3", [2_418_500, 2_260_100]), ("Andre driftskostnader", "", [1_804_215, 1_766_904])],
        fin=[("Renteinntekter", "", [318_440, 296_120]), ("Rentekostnader", "", [-702_310, -744_890])],
        fixed=[("Bygninger og anlegg", "3", [21_340_000, 22_105_000]),
               ("Kjøretøy og containere", "3", [4_806_200, 5_114_400])],
        current=[("Kundefordringer", "", [5_412_880, 5_106_330]), ("Andre fordringer", "", [612_440, 544_210]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Innskutt egenkapital", "", [2_000_000, 2_000_000]), ("Annen egenkapital", "", [6_892_210, 6_653_770])],
        long=[("Lån i Kommunalbanken", "4", [18_600_000, 19_800_000])],
        short=[("Leverandørgjeld", "", [3_918_220, 3_612_804]), ("Skyldige offentlige avgifter", "", [1_506_410, 1_442_118]),
               ("Annen kortsiktig gjeld", "", [2_604_330, 2_388_560])],
        note_col="Note", label_header="Beløp i kroner")
    band = {"heading": True, "fill": "3E6B48"}
    items = [
        ("h", 1, "Årsrapport 2012"),
        ("p", "Lygna Gjenvinning IKS – interkommunalt selskap for avfallshåndtering på {g:Hadeland}", {"italic": True}),
        ("factbox", [("Etablert", "1996"),
                     ("Eiere", "{g:Gran} ({p:40 %|Gran}), {g:Lunner} ({p:35 %|Lunner}) og {g:Jevnaker} "
                               "({p:25 %|Jevnaker}) kommuner"),
                     ("Innbyggere", "29 600"), ("Ansatte", "34"),
                     ("Adresse", "Kalkverksvegen 8, 2750 {g:Gran}"), ("Telefon", "61 32 77 40"),
                     ("E-post", "post@lygna-gjenvinning.no"), ("Nettside", "www.lygna-gjenvinning.no")],
         {"title": "Fakta om selskapet", "widths": (2.7, 3.2)}),
        ("band", "Daglig leders kommentar", band),
        ("p", "2012 ble et år med store endringer for selskapet. Den nye omlastingshallen ble tatt i bruk i "
              "september, og matavfallet fra alle husstander blir nå sendt til biogassproduksjon."),
        ("p", "Sorteringsgraden for husholdningsavfall økte til {p:46 %|Sorteringsgraden}, og mengden restavfall "
              "gikk ned for andre år på rad. Det er innbyggerne på {g:Hadeland} som skal ha æren for det."),
        ("p", "Trond Arild Sveen, daglig leder"),
        ("scene", "hall", "Den nye omlastingshallen på {g:Roa} ble tatt i bruk i september."),
        ("band", "Styrets årsberetning", band),
        ("h", 3, "Virksomhetens art og lokalisering"),
        ("p", "Lygna Gjenvinning IKS har ansvaret for innsamling og behandling av husholdningsavfall i eierkommunene. "
              "Selskapet har administrasjon i Kalkverksvegen 8 i {g:Gran} og driver tre gjenvinningsstasjoner."),
        ("h", 3, "Fortsatt drift"),
        ("p", "Styret bekrefter at forutsetningen om fortsatt drift er til stede."),
        ("h", 3, "Arbeidsmiljø og personale"),
        ("p", "Selskapet hadde 34 ansatte ved utgangen av året. Sykefraværet var {p:7,8 %|Sykefraværet}. "
              "Det ble registrert to skader uten fravær."),
        ("h", 3, "Likestilling"),
        ("p", "Av de ansatte er seks kvinner. Styret består av to kvinner og tre menn."),
        ("h", 3, "Ytre miljø"),
        ("p", "Sigevannet fra det nedlagte deponiet overvåkes etter tillatelse fra Fylkesmannen i {g:Oppland}."),
        ("h", 3, "Årsresultat og disponering"),
        ("p", f"Driftsinntektene ble kr {quote(res, 'Sum driftsinntekter')}, og årsresultatet ble kr "
              f"{quote(res, 'Årsresultat')}. Styret foreslår at overskuddet overføres til annen egenkapital."),
        ("band", "Styret og representantskapet", band),
        ("p", "Styret valgt av representantskapet 27. april 2011 for perioden 2011–2013:"),
        ("tablines", [["STYRELEDER", "Marianne Holter Engebretsen"], ["NESTLEDER", "Geir Ove Solbakken"],
                      ["STYREMEDLEM", "Anita Kristiansen Lie"], ["STYREMEDLEM", "Knut Erik Bjørnstad"],
                      ["STYREMEDLEM¹", "Frode Tangen Lauritzen"]], {"stops": (4.6,)}),
        ("p", "Personlige varamedlemmer:"),
        ("tablines", [["for Marianne Holter Engebretsen", "Inger Lise Dybdahl"],
                      ["for Geir Ove Solbakken", "Svein Morten Kjos"],
                      ["for Anita Kristiansen Lie", "Hilde Brørby"],
                      ["for Knut Erik Bjørnstad", "Per Arne Nordengen"],
                      ["for Frode Tangen Lauritzen", "Bente Ruud"]], {"stops": (6.4,)}),
        ("tablines", [["SEKRETÆR FOR STYRET", "Liv Kari Hvattum, økonomileder"]], {"stops": (4.6,)}),
        ("notes", ["¹ Valgt av og blant de ansatte."]),
        ("h", 3, "Styrets arbeid"),
        ("p", "Styret har hatt åtte møter og behandlet 47 saker. Knut Erik Bjørnstad fratrådte styret 1. juni "
              "2012 da han tiltrådte som rådmann i {g:Jevnaker}. Hans personlige varamedlem, Per Arne Nordengen, "
              "har etter dette møtt som fast medlem av styret. Representantskapet har ikke valgt nytt "
              "varamedlem for resten av perioden."),
        ("h", 3, "Representantskapet"),
        ("table", [["Eierkommune", "Medlem", "Varamedlem"],
                   ["{g:Gran} kommune", "Ola Haugstad Berg (leder)", "Randi Moen"],
                   ["{g:Lunner} kommune", "Tove Ekeli", "Hans Petter Sæther"],
                   ["{g:Jevnaker} kommune", "Arild Hovland (nestleder)", "Kirsten Bye"]],
         {"ruled": True, "shade_header": "DCE6DE", "size": 9}),
        ("band", "Tjenestene", band),
        ("cols", [
            ("h", 3, "Gjenvinningsstasjonene"),
            ("p", "De tre stasjonene tok imot 41 200 besøk, {p:5 %|besøk} flere enn året før. Åpningstidene ble "
                  "utvidet med en kveld i uka fra mai."),
            ("h", 3, "Innsamling"),
            ("p", "Innsamlingen av restavfall, papir og matavfall skjer etter fast rute annenhver uke. Antall "
                  "klager på tømming gikk ned."),
            ("h", 3, "Farlig avfall"),
            ("p", "Det ble levert 212 tonn farlig avfall. Mottaket for elektronikk er flyttet inn i den nye hallen."),
            ("h", 3, "Informasjon og skole"),
            ("p", "Alle femteklassene i eierkommunene fikk besøk av vår miljøveileder, og avfallskalenderen ble "
                  "sendt til alle husstander."),
        ]),
        ("scene", "field", "Fra gjenvinningsstasjonen på {g:Jaren}, der åpningstidene ble utvidet i mai."),
        ("bh", "Avfallsmengder i tonn"),
        ("table", [["Fraksjon", "2012", "2011", "Endring"],
                   ["Restavfall", "9 412", "9 655", "{p:-2,5 %}"],
                   ["Papir og papp", "2 318", "2 240", "{p:3,5 %}"],
                   ["Matavfall", "3 106", "2 980", "{p:4,2 %}"],
                   ["Sum", "14 836", "14 875", "{p:-0,3 %}"]], {"ruled": True, "size": 9}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2012"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2012"}),
        ("sign", "{g:Brandbu}, 19. februar 2013",
         [("Marianne Holter Engebretsen", "styreleder"), ("Geir Ove Solbakken", "nestleder"),
          ("Anita Kristiansen Lie", "styremedlem"), ("Per Arne Nordengen", "styremedlem"),
          ("Frode Tangen Lauritzen", "styremedlem"), ("Trond Arild Sveen", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "lygna-gjenvinning-iks-2012", "lang": "nb", "year": 2012, "title": "Årsrapport 2012",
        "organization": {"name": "Lygna Gjenvinning IKS", "founded_year": 1996, "address": "Kalkverksvegen 8",
                         "phone": "61 32 77 40", "email": "post@lygna-gjenvinning.no",
                         "website": "www.lygna-gjenvinning.no",
                         "owners": [{"name": "Gran kommune", "share_percent": 40},
                                    {"name": "Lunner kommune", "share_percent": 35},
                                    {"name": "Jevnaker kommune", "share_percent": 25}]},
        "ceo": "Trond Arild Sveen",
        "board": [("Marianne Holter Engebretsen", "LEDE", False), ("Geir Ove Solbakken", "NEST", False),
                  ("Anita Kristiansen Lie", "MEDL", False), ("Per Arne Nordengen", "MEDL", False),
                  ("Frode Tangen Lauritzen", "MEDL", True), ("Inger Lise Dybdahl", "VARA", None),
                  ("Svein Morten Kjos", "VARA", None), ("Hilde Brørby", "VARA", None), ("Bente Ruud", "VARA", None)],
        "not_board": ["Knut Erik Bjørnstad", "Liv Kari Hvattum", "Trond Arild Sveen", "Ola Haugstad Berg",
                      "Randi Moen", "Tove Ekeli", "Hans Petter Sæther", "Arild Hovland", "Kirsten Bye"],
        "items": items, "renditions": ["docx", "pdf"],
        "wraps": ["post@lygna-", "www.lygna-"],
        "header": "Lygna Gjenvinning IKS – Årsrapport 2012", "footer": "Side {PAGE}",
        "heading_colour": "2F5238",
        "notes": "Owners only in a cell of the narrow facts box as 'Gran (40 %), Lunner (35 %) og Jevnaker "
                 "(25 %) kommuner' (names with 'kommune' in the representantskap table); e-mail and web break "
                 "after their hyphen in that box in the PDF; board as upper-case role words on tab lines, "
                 "'STYREMEDLEM¹' with '¹ Valgt av og blant de ansatte.' under the lists; the member who left "
                 "1 June is in the list, his personal deputy (listed as deputy) is the member at year end; "
                 "'SEKRETÆR FOR STYRET' (økonomileder) after the deputies; headings on shaded bands (Heading 2); "
                 "Roa and Jaren only in captions.",
    }


def lauvhaug_husflidslag_2009() -> dict:
    """Husflidslag in Kongsberg (Buskerud): the board as a Verv | Navn table with "Nestleder*" (the note
    under it), a kasserer "(til 1. september)" not replaced, "Kurskontakt" rows after the deputies, and
    the valgkomité's list where the shop's employee is "ikke på valg"; ceo null; band headings as
    shaded bold lines; a three-column section with headings inside."""
    labels_inc = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
                  "fin": None, "net_fin": None}
    res, bal = statements(
        "nb", (2009, 2008),
        inc=[("Medlemskontingent", "", [49_200, 45_600]), ("Kursavgifter", "", [118_450, 104_300]),
             ("Salg i butikken", "", [96_380, 91_720]), ("Tilskudd fra {g:Kongsberg} kommune", "", [15_000, 15_000]),
             ("Andre inntekter", "", [8_640, 6_210])],
        cost=[("Kursholdere", "", [86_400, 78_900]), ("Varekjøp butikken", "", [71_215, 66_480]),
              ("Husleie", "", [48_000, 48_000]), ("Kontingent til Norges Husflidslag", "", [18_450, 17_100]),
              ("Lønn butikkansvarlig", "", [42_000, 40_000]), ("Andre kostnader", "", [12_884, 10_442])],
        fin=[("Renteinntekter", "", [2_106, 3_480])],
        fixed=[], current=[("Varelager butikken", "", [38_200, 35_900]), ("Bankinnskudd", "", "plug")],
        equity=[("Egenkapital 1. januar", "", [124_612, 119_224]), ("Årets resultat", "", [10_827, 5_388])],
        long=[], short=[("Forskuddsbetalte kursavgifter", "", [14_600, 11_200]), ("Skyldig husleie", "", [4_000, 4_000])],
        labels_inc=labels_inc, cls=Kroner, render="tabs")
    band = {"fill": "7A4B2A"}
    items = [
        ("h", 1, "Årsmelding 2009"),
        ("p", "Lauvhaug Husflidslag, stiftet 1948 – medlem av Norges Husflidslag", {"italic": True}),
        ("band", "Lederen har ordet", band),
        ("p", "Nok et aktivt år er over. Vi har hatt fulle kurs, en travel butikk og en strikkekafé som har "
              "samlet folk hver tirsdag. Takk til alle som har stilt opp på dugnad og som kursholdere."),
        ("p", "Astrid Myrvold Johannessen, leder"),
        ("band", "Styret i 2009", band),
        ("table", [["Verv", "Navn"], ["Leder", "Astrid Myrvold Johannessen"], ["Nestleder*", "Kirsten Bakkerud Holm"],
                   ["Kasserer", "Torill Sundby (til 1. september)"], ["Sekretær", "Bodil Elisabeth Wærsted Hagen"],
                   ["Styremedlem", "Ingunn Fossheim"], ["Varamedlem", "Eli Marie Stenersen"],
                   ["Varamedlem", "Åse Kjelsrud"], ["Kurskontakt", "Randi Opdal Strand"],
                   ["Kurskontakt", "Turid Hellerud"]], {"ruled": False, "widths": [4.0, 8.0], "size": 10}),
        ("notes", ["* Har også ført lagets regnskap etter 1. september."]),
        ("p", "Kasserer Torill Sundby flyttet til {g:Bergen} i august og gikk ut av styret fra 1. september. "
              "Styret valgte ikke å supplere seg, og nestleder har ført regnskapet resten av året. Det er holdt "
              "ni styremøter."),
        ("band", "Aktiviteter", band),
        ("cols3", [
            ("bh", "Vevgruppa"),
            ("p", "Vevgruppa har møttes annenhver torsdag og har vevd ferdig to billedvever til kirkestua."),
            ("bh", "Strikkekafeen"),
            ("p", "Strikkekafeen samlet i snitt 14 personer hver tirsdag i vinterhalvåret."),
            ("bh", "Treskjærerne"),
            ("p", "Treskjærerne holdt to kurs i karveskurd og stilte ut arbeider i biblioteket."),
            ("bh", "Butikken"),
            ("p", "Butikken i Hyttegata har vært åpen tre dager i uka, betjent av butikkansvarlig og frivillige."),
        ]),
        ("scene", "workshop", "Fra vevkurset på {g:Hvittingfoss} i oktober."),
        ("scene", "hall", "Lagets stand på husflidsmessa på {g:Notodden} i juni."),
        ("band", "Medlemmer og kurs", band),
        ("p", "Ved utgangen av 2009 hadde laget 164 medlemmer, en økning på {p:8 %|økning} fra året før."),
        ("table", [["Kurs", "Antall kurs", "Deltakere"], ["Veving", "3", "28"], ["Strikking", "4", "46"],
                   ["Treskjæring", "2", "15"], ["Sum", "9", "89"]], {"ruled": True, "size": 9.5}),
        ("band", "Regnskap 2009", band),
        ("stmt", res, {"title": "Resultatregnskap 2009"}),
        ("p", "Kursavgiftene utgjorde {p:41 %|Kursavgiftene} av inntektene."),
        ("stmt", bal, {"title": "Balanse per 31.12.2009"}),
        ("band", "Valg", band),
        ("p", "Valgkomiteens innstilling til årsmøtet 2010:"),
        ("table", [["Verv", "Navn", "Merknad"],
                   ["Leder", "Astrid Myrvold Johannessen", "gjenvalg, 1 år"],
                   ["Nestleder", "Kirsten Bakkerud Holm", "ikke på valg"],
                   ["Kasserer", "Gerd Lise Omholt", "ny, 2 år"],
                   ["Sekretær", "Bodil Elisabeth Wærsted Hagen", "ikke på valg"],
                   ["Styremedlem", "Ingunn Fossheim", "gjenvalg, 2 år"],
                   ["Varamedlemmer", "Eli Marie Stenersen og Åse Kjelsrud", "gjenvalg, 1 år"],
                   ["Butikkansvarlig (ansatt)", "Wenche Lindtveit", "ikke på valg"],
                   ["Revisorer", "Harald Tveter og Marit Ødegård", "gjenvalg, 1 år"]],
         {"ruled": True, "size": 9.5}),
        ("p", "Valgkomiteen: Solveig Bratli (leder) og Kari Nyhus."),
        ("p", "Æresmedlem Gudrun Aasheim fylte 90 år i november, og styret var på besøk med blomster og kake."),
        ("sign", "{g:Kongsberg}, 2. februar 2010",
         [("Astrid Myrvold Johannessen", "leder"), ("Kirsten Bakkerud Holm", "nestleder"),
          ("Bodil Elisabeth Wærsted Hagen", "sekretær"), ("Ingunn Fossheim", "styremedlem")], {"cols": 2}),
    ]
    return {
        "name": "lauvhaug-husflidslag-2009", "lang": "nb", "year": 2009, "title": "Årsmelding 2009",
        "organization": {"name": "Lauvhaug Husflidslag", "founded_year": 1948, "address": "Hyttegata 6",
                         "phone": "32 73 15 88", "email": "lauvhaug.husflid@online.no"},
        "ceo": None,
        "board": [("Astrid Myrvold Johannessen", "LEDE", None), ("Kirsten Bakkerud Holm", "NEST", None),
                  ("Bodil Elisabeth Wærsted Hagen", "MEDL", None), ("Ingunn Fossheim", "MEDL", None),
                  ("Eli Marie Stenersen", "VARA", None), ("Åse Kjelsrud", "VARA", None)],
        "not_board": ["Torill Sundby", "Randi Opdal Strand", "Turid Hellerud", "Gerd Lise Omholt",
                      "Wenche Lindtveit", "Harald Tveter", "Marit Ødegård", "Solveig Bratli", "Kari Nyhus",
                      "Gudrun Aasheim"],
        "items": items, "renditions": ["docx", "pdf", "doc"],
        "font": "DejaVu Serif", "body_pt": 10.5, "heading_colour": "5A3418",
        "footer": "Lauvhaug Husflidslag · Hyttegata 6, 3616 {g:Kongsberg} · tlf. 32 73 15 88 · "
                  "lauvhaug.husflid@online.no",
        "notes": "Board as a borderless Verv | Navn table: 'Nestleder*' with the note under the table, the "
                 "kasserer '(til 1. september)' who moved and was not replaced (not board), 'Kurskontakt' rows "
                 "after the deputies (not board); the valgkomité's list for next year with a new kasserer "
                 "candidate (not board) and the shop's employee 'ikke på valg' (not board); no daglig leder; "
                 "headings as white bold text on shaded paragraphs (no heading style); three-column section "
                 "with bold headings; Hvittingfoss and Notodden only in captions; tab-stop statements with ',-'.",
    }


def bykleheiane_reiseliv_2016() -> dict:
    """Destination company AS owned by three municipalities in Setesdal (Aust-Agder): owners in one
    prose sentence "Bykle (45 %), Valle (35 %) og Bygland (20 %) kommuner"; board as a Verv | Navn |
    Valgt til table with a "Kontaktperson for medlemsbedriftene" line after it; plain Word headings,
    a two-column section with headings inside."""
    res, bal = statements(
        "nb", (2016, 2015),
        inc=[("Medlemsinntekter", "", [2_104_500, 1_986_300]),
             ("Salg av annonser og brosjyrer", "", [842_300, 905_120]),
             ("Tilskudd fra eierkommunene", "", [1_950_000, 1_900_000]),
             ("Provisjon på booking", "", [611_480, 540_215]), ("Andre inntekter", "", [98_720, 74_300])],
        cost=[("Lønnskostnader", "2", [3_306_440, 3_118_760]), ("Markedsføring", "", [1_402_315, 1_356_880]),
              ("Husleie og kontor", "", [396_000, 384_000]), ("Avskrivninger", "", [42_600, 42_600]),
              ("Andre driftskostnader", "", [318_902, 296_415])],
        fin=[("Finansinntekter", "", [8_214, 11_406]), ("Finanskostnader", "", [-1_380, -2_115])],
        fixed=[("Inventar og utstyr", "", [127_800, 170_400])],
        current=[("Kundefordringer", "", [486_330, 512_880]), ("Andre fordringer", "", [64_200, 58_900]),
                 ("Bankinnskudd", "", "plug")],
        equity=[("Aksjekapital", "3", [500_000, 500_000]), ("Annen egenkapital", "", [1_012_877, 865_300])],
        long=[], short=[("Leverandørgjeld", "", [318_440, 296_120]), ("Skyldige offentlige avgifter", "", [284_600, 270_340]),
                        ("Annen kortsiktig gjeld", "", [402_115, 388_760])],
        note_col="Note", label_header="", render="unruled")
    items = [
        ("h", 1, "Årsrapport 2016"),
        ("p", "Bykleheiane Reiseliv AS – destinasjonsselskap for øvre {g:Setesdal}", {"italic": True}),
        ("h", 2, "Dette er Bykleheiane Reiseliv"),
        ("p", "Bykleheiane Reiseliv AS ble stiftet i 2003 og er destinasjonsselskapet for reiselivet i {g:Bykle}, "
              "{g:Valle} og {g:Bygland}. Selskapet har kontor i Hovdevegen 26 på {g:Hovden}."),
        ("p", "Aksjene er eid av {g:Bykle} ({p:45 %|Bykle}), {g:Valle} ({p:35 %|Valle}) og {g:Bygland} "
              "({p:20 %|Bygland}) kommuner. I tillegg har 84 reiselivsbedrifter medlemsavtale med selskapet."),
        ("h", 2, "Året 2016"),
        ("cols", [
            ("h", 3, "Vinter"),
            ("p", "Vintersesongen startet tidlig, og skisenteret på {g:Hovden} hadde åpent fra midten av november."),
            ("h", 3, "Sommer"),
            ("p", "Sommeren ga flere gjestedøgn enn noen gang, særlig fra hytteeiere og bobilturister."),
            ("h", 3, "Arrangementer"),
            ("p", "Selskapet var medarrangør av fem større arrangementer, blant dem en fjellmarsj over heiene."),
            ("h", 3, "Marked og sal"),
            ("p", "Den nye nettsiden med booking ble lansert i mars og står for en stadig større del av salget."),
        ]),
        ("scene", "field", "Sommerjobb i turistinformasjonen ved {g:Byglandsfjord}."),
        ("h", 2, "Nøkkeltall"),
        ("table", [["", "2016", "2015", "Endring"],
                   ["Kommersielle gjestedøgn", "412 300", "386 050", "{p:6,8 %}"],
                   ["Utenlandske gjester, andel", "{p:22 %}", "{p:19 %}", ""],
                   ["Besøk i turistinformasjonen", "18 640", "17 920", "{p:4,0 %}"]], {"ruled": True, "size": 9.5}),
        ("h", 2, "Styret"),
        ("table", [["Verv", "Navn", "Valgt til"], ["Styreleder", "Olav Kristian Homme", "2017"],
                   ["Nestleder", "Tone Lise Bjørgum", "2018"], ["Styremedlem", "Jon Gunnar Haugen", "2017"],
                   ["Styremedlem", "Ingeborg Sandnes Lid", "2018"], ["Varamedlem", "Tarjei Moland Berg", "2017"],
                   ["Varamedlem", "Hege Kristine Fossli", "2017"]], {"ruled": False, "size": 10}),
        ("p", "Kontaktperson for medlemsbedriftene: Åsmund Kittelsen, markedskonsulent, tlf. 37 93 96 44."),
        ("p", "Styret har hatt sju møter. Ordinær generalforsamling ble holdt 8. juni, der {g:Bykle} kommune, "
              "{g:Valle} kommune og {g:Bygland} kommune var representert."),
        ("h", 2, "Styrets årsberetning"),
        ("h", 3, "Virksomhetens art"),
        ("p", "Selskapet markedsfører og selger reiselivsprodukter i regionen og driver turistinformasjonen."),
        ("h", 3, "Fortsatt drift"),
        ("p", "Forutsetningen om fortsatt drift er lagt til grunn for regnskapet."),
        ("h", 3, "Arbeidsmiljø"),
        ("p", "Selskapet har fem ansatte. Sykefraværet var {p:3,4 %|Sykefraværet}. Daglig leder er Siri Haugland "
              "Tveit."),
        ("h", 3, "Ytre miljø"),
        ("p", "Virksomheten forurenser ikke det ytre miljø."),
        ("h", 3, "Resultat"),
        ("p", f"Årsresultatet ble kr {quote(res, 'Årsresultat')} og overføres til annen egenkapital. Regnskapet "
              "er revidert av statsautorisert revisor Sigmund Aas."),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("stmt", bal, {"title": "Balanse"}),
        ("sign", "{g:Hovden}, 2. mars 2017",
         [("Olav Kristian Homme", "styreleder"), ("Tone Lise Bjørgum", "nestleder"),
          ("Jon Gunnar Haugen", "styremedlem"), ("Ingeborg Sandnes Lid", "styremedlem"),
          ("Siri Haugland Tveit", "daglig leder")], {"cols": 3}),
        ("p", "Bykleheiane Reiseliv AS · Hovdevegen 26, 4755 {g:Hovden} · tlf. 37 93 96 40 · post@bykleheiane.no · "
              "www.bykleheiane.no", {"size": 8}),
    ]
    return {
        "name": "bykleheiane-reiseliv-2016", "lang": "nb", "year": 2016, "title": "Årsrapport 2016",
        "organization": {"name": "Bykleheiane Reiseliv AS", "founded_year": 2003, "address": "Hovdevegen 26",
                         "phone": "37 93 96 40", "email": "post@bykleheiane.no", "website": "www.bykleheiane.no",
                         "owners": [{"name": "Bykle kommune", "share_percent": 45},
                                    {"name": "Valle kommune", "share_percent": 35},
                                    {"name": "Bygland kommune", "share_percent": 20}]},
        "ceo": "Siri Haugland Tveit",
        "board": [("Olav Kristian Homme", "LEDE", None), ("Tone Lise Bjørgum", "NEST", None),
                  ("Jon Gunnar Haugen", "MEDL", None), ("Ingeborg Sandnes Lid", "MEDL", None),
                  ("Tarjei Moland Berg", "VARA", None), ("Hege Kristine Fossli", "VARA", None)],
        "not_board": ["Åsmund Kittelsen", "Siri Haugland Tveit", "Sigmund Aas"],
        "items": items, "renditions": ["docx", "pdf"],
        "header": "Bykleheiane Reiseliv AS", "header_align": "right", "margin_mm": 24,
        "notes": "Owners in one prose sentence with 'kommuner' once after the list (names with 'kommune' in the "
                 "generalforsamling's sentence); board as a borderless Verv | Navn | Valgt til table, then a "
                 "'Kontaktperson for medlemsbedriftene' line (staff); Byglandsfjord only in a caption; unruled "
                 "statements with a Note column and an empty label header.",
    }


REPORTS = [lygna_gjenvinning_iks_2012, lauvhaug_husflidslag_2009, bykleheiane_reiseliv_2016]
