"""Reports 1-3 of the sixty-sixth set: three arbeidsinkluderingsbedrifter / vekstbedrifter AS (2024,
2008, 2019 nynorsk). Organisations, people and figures are invented; places are real and valid in
the report's year."""
from __future__ import annotations

from heldout_finance import ACTUAL, Col, Statement, balance, income

from h66_common import fig

# ---------------------------------------------------------------- 1. Kvitvella Arbeid AS, 2024

def kvitvella() -> dict:
    cols = [Col("2024", 2024, ACTUAL), Col("2023", 2023, ACTUAL)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "2", [14862310, 13905420]),
             ("Tilskudd fra NAV", "2", [21408900, 20117650]),
             ("Tilskudd fra eierkommunene", "2", [2184000, 2100000]),
             ("Andre driftsinntekter", "", [318440, 276905])],
        cost=[("Varekostnad", "", [5204118, 4887302]),
              ("Lønnskostnader", "3", [26917455, 25402118]),
              ("Avskrivninger på varige driftsmidler", "4", [1118240, 1076880]),
              ("Andre driftskostnader", "", [4902377, 4611045])],
        fin=[("Finansinntekter", "", [402118, 288540]),
             ("Finanskostnader", "", [-61220, -74310])]),
        note_col="Note", label_header="Beløp i hele kroner")
    bal = Statement("Balanse per 31. desember", cols, balance(
        "nb", 2,
        fixed=[("Tomter og bygninger", "4", [9418000, 9702000]),
               ("Maskiner, inventar og biler", "4", [2306410, 2417650])],
        current=[("Varelager", "", [1104220, 987340]),
                 ("Kundefordringer", "", [2318945, 2104557]),
                 ("Andre fordringer", "", [402118, 366004]),
                 ("Bankinnskudd og kontanter", "5", "plug")],
        equity=[("Aksjekapital", "6", [1200000, 1200000]),
                ("Annen egenkapital", "6", [14802690, 13830332])],
        long=[("Pantelån", "", [4180000, 4560000])],
        short=[("Leverandørgjeld", "", [1402334, 1288760]),
               ("Skyldige offentlige avgifter", "", [2610455, 2498110]),
               ("Annen kortsiktig gjeld", "", [3118902, 2904447])]),
        note_col="Note", label_header="Beløp i hele kroner")
    omsetning, resultat = fig(res, "Sum driftsinntekter"), fig(res, "Årsresultat")
    drift = fig(res, "Driftsresultat")

    board_pairs = [("Styreleder", "Arne Kristian Sletten"), ("Nestleder", "Ingrid Lie Moen"),
                   ("Styremedlem", "Per Ove Kleivdal"), ("Styremedlem", "Sunniva Rudi"),
                   ("Ansattvalgt styremedlem", "Jostein Bakkom"), ("Varamedlem", "Kari Anne Nyhus"),
                   ("Varamedlem for de ansatte", "Lars Erik Tofte")]
    sheets = [
        {"cls": "cover", "blocks": [
            ("kicker", "Kvitvella Arbeid AS"),
            ("h1", "Årsrapport 2024"),
            ("p", "Arbeid, opplæring og nye muligheter midt i {g:Gudbrandsdalen}", {"cls": "lead"}),
            ("photo", 62, "Forsiden: Fra snekkerverkstedet på {g:Vinstra}. Foto: Ragnhild Opsahl"),
        ]},
        {"blocks": [
            ("kicker", "Forord"),
            ("h1", "Daglig leder har ordet"),
            ("row", [(1.35, [
                ("p", "2024 ble et år med høy aktivitet hos oss. Flere deltakere enn noen gang tidligere fikk "
                      "tilbud om arbeidsforberedende trening, og vi har tatt i bruk nye lokaler for "
                      "kantinedrift og vaskeri på {g:Vinstra}. Samtidig har vi holdt godt på de varig "
                      "tilrettelagte arbeidsplassene, som er selve grunnmuren i bedriften.", {"cls": "lead"}),
                ("p", "Det viktigste vi gjør, er å se hver enkelt. 27 deltakere gikk i løpet av året over til "
                      "ordinært arbeid eller utdanning, og seks lærekandidater var i gang med fagopplæring i "
                      "våre avdelinger. Det er resultater vi er stolte av, og som skyldes dyktige veiledere og "
                      "et tett samarbeid med NAV-kontorene i {g:Nord-Fron}, {g:Sør-Fron} og {g:Ringebu}."),
                ("p", f"Økonomisk endte året med et overskudd på kr {resultat}. Det gir rom for å fornye "
                      "maskinparken i snekkeriet i 2025 og for å styrke kompetansen blant de ansatte."),
                ("p", "Takk til alle arbeidstakere, deltakere og medarbeidere for innsatsen i året som gikk!"),
                ("p", "Tone Marit Bjørgum", {"cls": "sig"}),
                ("p", "daglig leder", {"cls": "muted"}),
            ]), (1, [
                ("photo", 48, "Tone Marit Bjørgum har ledet bedriften siden 2019."),
                ("quote", "«Kvitvella er en arbeidsplass næringslivet her i dalen ikke kan være foruten. "
                          "Mange av våre medlemsbedrifter har rekruttert folk derfra.»",
                 "Gunn Helene Strand, styreleder i Fron Næringsråd"),
            ])], {"gap": "9mm"}),
            ("h2", "Året i tall"),
            ("tiles", [("34", "VTA-plasser"), ("45", "AFT-plasser"), ("6", "lærekandidater"),
                       ("41,5", "årsverk i bedriften"), ("{p:5,8 %}", "sykefravær"),
                       ("27", "over i arbeid eller utdanning")], {"cols": 3}),
        ]},
        {"blocks": [
            ("kicker", "Virksomheten"),
            ("h1", "Om Kvitvella"),
            ("cols", 2, [
                ("p", "Kvitvella Arbeid AS ble etablert i 1989 og er en arbeidsinkluderingsbedrift med "
                      "hovedkontor på {g:Vinstra} i {g:Nord-Fron} kommune. Bedriften er godkjent "
                      "tiltaksarrangør for NAV og medlem av Arbeid & Inkludering i NHO."),
                ("p", "Vi har avdelinger for snekkeri, vaskeri, kantine, emballasje og vedproduksjon, og "
                      "tar oppdrag for næringsliv, kommuner og private i hele {g:Innlandet}. Salgsinntektene "
                      "utgjorde i 2024 en vesentlig del av bedriftens samlede inntekter."),
                ("p", "Bedriften skal ikke gi utbytte til eierne. Et eventuelt overskudd blir stående i "
                      "selskapet og brukes til å styrke tilbudet til arbeidstakere og deltakere."),
            ]),
            ("h2", "Tiltak og plasser"),
            ("p", "Tabellen viser godkjente plasser per 31. desember, antall personer som deltok i løpet "
                  "av året og hvor mange årsverk blant de ansatte som er knyttet til hvert tiltak."),
            ("table", [["Tiltak", "Godkjente plasser", "Deltakere i 2024", "Årsverk ansatte"],
                       ["Varig tilrettelagt arbeid (VTA)", "34", "37", "7,2"],
                       ["Arbeidsforberedende trening (AFT)", "45", "118", "11,6"],
                       ["Lærekandidater", "6", "8", "1,0"]]),
            ("row", [(1, [
                ("h3", "Eierforhold"),
                ("table", [["Eier", "Aksjer", "Andel"],
                           ["{g:Nord-Fron kommune|Nord-Fron}", "744", "{p:62 %}"],
                           ["{g:Sør-Fron kommune|Sør-Fron}", "288", "{p:24 %}"],
                           ["{g:Ringebu kommune|Ringebu}", "168", "{p:14 %}"]]),
            ]), (1, [
                ("h3", "Resultater for deltakerne"),
                ("p", "Av deltakerne som avsluttet AFT i 2024, gikk {p:41 %|avsluttet AFT} over til arbeid "
                      "eller utdanning. Målet i avtalen med NAV er {p:35 %|målet i avtalen}."),
            ])], {"gap": "8mm"}),
            ("h2", "Styrets årsberetning 2024"),
            ("cols", 2, [
                ("h3", "Arbeidsmiljø og likestilling"),
                ("p", "Bedriften hadde ved utgangen av året 46 ansatte, fordelt på 41,5 årsverk. Det er ikke "
                      "registrert alvorlige skader eller ulykker. Arbeidsmiljøutvalget har hatt fire møter. "
                      "Av de ansatte er {p:57 %|Av de ansatte} kvinner, og styret består av tre kvinner "
                      "og tre menn med varamedlemmer."),
                ("h3", "Ytre miljø"),
                ("p", "Virksomheten forurenser ikke det ytre miljøet utover det som er vanlig for bransjen. "
                      "Avfall sorteres og leveres til godkjent mottak."),
                ("h3", "Resultat og fortsatt drift"),
                ("p", f"Driftsresultatet ble kr {drift}, og årsresultatet kr {resultat}. Styret foreslår at "
                      "overskuddet overføres til annen egenkapital. Forutsetningen om fortsatt drift er lagt "
                      "til grunn for regnskapet."),
            ]),
        ]},
        {"blocks": [
            ("kicker", "Styring"),
            ("h1", "Styret"),
            ("p", "Styret er valgt av generalforsamlingen, med unntak av ansattes representant og vara, som "
                  "er valgt av og blant de ansatte. Styret har hatt åtte møter og behandlet 61 saker i 2024."),
            ("pairs", board_pairs),
            ("h2", "Ledergruppen"),
            ("table", [["Navn", "Stilling"],
                       ["Tone Marit Bjørgum", "Daglig leder"],
                       ["Hilde Sørlie", "Økonomileder"],
                       ["Trond Rusten", "Produksjonsleder"],
                       ["Maren Lie Skjønsberg", "Fagleder AFT"]], {"cls": "grid tight"}),
            ("h2", "Takk"),
            ("p", "Styret takker NAV {g:Nord-Fron} ved veileder Marte Kvarberg, NAV {g:Sør-Fron} og NAV "
                  "{g:Ringebu} for godt samarbeid gjennom året. En særlig takk går til tidligere styreleder "
                  "Oddvar Lunde, som gikk ut av styret ved generalforsamlingen i mai etter åtte år."),
            ("p", "Selskapets revisor er Fjellrev AS ved statsautorisert revisor Bjørn Erik Sandbu.",
             {"cls": "muted"}),
            ("sign", "{g:Vinstra}, 12. mars 2025",
             [("Arne Kristian Sletten", "styreleder"), ("Ingrid Lie Moen", "nestleder"),
              ("Per Ove Kleivdal", "styremedlem"), ("Sunniva Rudi", "styremedlem"),
              ("Jostein Bakkom", "styremedlem"), ("Tone Marit Bjørgum", "daglig leder")]),
        ]},
        {"blocks": [
            ("kicker", "Årsregnskap 2024"),
            ("stmt", res, {"title": "Resultatregnskap", "level": 1}),
            ("h3", "Disponering av årsresultatet"),
            ("table", [["Overført til annen egenkapital", resultat]], {"header": False, "cls": "tight"}),
        ]},
        {"blocks": [
            ("kicker", "Årsregnskap 2024"),
            ("stmt", bal, {"title": "Balanse per 31. desember", "level": 1}),
        ]},
        {"blocks": [
            ("kicker", "Årsregnskap 2024"),
            ("h1", "Noter til regnskapet"),
            ("cols", 2, [
                ("h3", "Note 1 Regnskapsprinsipper"),
                ("p", "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk for små "
                      "foretak. Driftsmidler avskrives lineært over forventet levetid. Varelager er vurdert "
                      "til laveste av anskaffelseskost og virkelig verdi."),
                ("h3", "Note 2 Driftsinntekter"),
                ("p", "Tilskudd fra NAV fordeler seg slik på tiltakene:"),
                ("table", [["Tiltak", "2024", "2023"],
                           ["VTA", "8 914 200", "8 402 150"],
                           ["AFT", "12 494 700", "11 715 500"],
                           ["Sum tilskudd fra NAV", "21 408 900", "20 117 650"]], {"cls": "tight"}),
                ("p", "Tilskuddet fra eierkommunene er kommunal medfinansiering av VTA-plassene."),
                ("h3", "Note 3 Lønnskostnader og ytelser"),
                ("table", [["", "2024", "2023"],
                           ["Lønn", "21 318 004", "20 097 330"],
                           ["Arbeidsgiveravgift", "3 102 770", "2 931 845"],
                           ["Pensjonskostnader", "1 398 115", "1 322 406"],
                           ["Andre ytelser", "1 098 566", "1 050 537"],
                           ["Sum", "26 917 455", "25 402 118"],
                           ["Antall årsverk", "41,5", "40,2"]], {"cls": "tight"}),
                ("p", "Lønn til daglig leder utgjorde kr 1 012 400. Styrehonorar er utbetalt med kr 148 000. "
                      "Honorar til revisor var kr 98 500 for lovpålagt revisjon. Selskapet har innskuddsbasert "
                      "pensjon for de ansatte med sparing på {p:5 %|innskuddsbasert pensjon} av lønn."),
                ("h3", "Note 4 Varige driftsmidler"),
                ("table", [["", "Bygninger", "Maskiner"],
                           ["Bokført 1.1.", "9 702 000", "2 417 650"],
                           ["Tilgang", "0", "723 000"],
                           ["Årets avskrivning", "284 000", "834 240"],
                           ["Bokført 31.12.", "9 418 000", "2 306 410"]], {"cls": "tight"}),
                ("h3", "Note 5 Bankinnskudd"),
                ("p", "Av bankinnskuddene er kr 1 020 114 bundne skattetrekksmidler."),
                ("h3", "Note 6 Egenkapital"),
                ("table", [["", "Aksjekapital", "Annen egenkapital"],
                           ["Per 1.1.", "1 200 000", "13 830 332"],
                           ["Årets resultat", "", resultat],
                           ["Per 31.12.", "1 200 000", "14 802 690"]], {"cls": "tight"}),
                ("p", "Aksjekapitalen består av 1 200 aksjer à kr 1 000. Eierne er oppført på side 3."),
            ]),
        ]},
    ]
    return {
        "name": "kvitvella-arbeid-2024",
        "year": 2024,
        "title": "Kvitvella Arbeid AS – Årsrapport 2024",
        "accent": "2F5D50", "shade": "E6EFEA",
        "footer": "Kvitvella Arbeid AS · Stasjonsvegen 14, 2640 {g:Vinstra} · Tlf. 61 29 40 00 · "
                  "post@kvitvella.no · kvitvella.no · Org.nr. 998 417 263",
        "organization": {"name": "Kvitvella Arbeid AS", "founded_year": 1989,
                         "address": "Stasjonsvegen 14, 2640 Vinstra", "phone": "61 29 40 00",
                         "email": "post@kvitvella.no", "website": "kvitvella.no",
                         "owners": [{"name": "Nord-Fron kommune", "share_percent": 62},
                                    {"name": "Sør-Fron kommune", "share_percent": 24},
                                    {"name": "Ringebu kommune", "share_percent": 14}]},
        "ceo": "Tone Marit Bjørgum",
        "board": [("Arne Kristian Sletten", "LEDE", False), ("Ingrid Lie Moen", "NEST", False),
                  ("Per Ove Kleivdal", "MEDL", False), ("Sunniva Rudi", "MEDL", False),
                  ("Jostein Bakkom", "MEDL", True), ("Kari Anne Nyhus", "VARA", None),
                  ("Lars Erik Tofte", "VARA", None)],
        "not_board": ["Ragnhild Opsahl", "Gunn Helene Strand", "Hilde Sørlie", "Trond Rusten",
                      "Maren Lie Skjønsberg", "Marte Kvarberg", "Oddvar Lunde", "Bjørn Erik Sandbu"],
        "programs": {"VTA": 34, "AFT": 45},
        "items": sheets,
        "renditions": ["design"],
        "notes": "Arbeidsinkluderingsbedrift AS, bokmål, Nord-Fron (Innlandet), A4, 7 sheets: board as a "
                 "block of role words (right-aligned) beside a block of names; signature grid; key-figure "
                 "tiles; 'Daglig leder har ordet' signed; the chair of a business council quoted; facts in "
                 "a running footer; statements with a Note column followed by notes.",
    }




# ---------------------------------------------------------------- 2. Grønnlia Industri AS, 2008

def gronnlia() -> dict:
    cols = [Col("2008", 2008, ACTUAL), Col("2007", 2007, ACTUAL)]
    res = Statement("Resultatregnskap 2008", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "2", [6418220, 5902115]),
             ("Tilskudd fra NAV", "2", [5612400, 5318000]),
             ("Kommunalt tilskudd", "2", [1080000, 1040000]),
             ("Andre inntekter", "", [98450, 112300])],
        cost=[("Varekostnad", "", [2614903, 2388412]),
              ("Lønnskostnader", "3", [8702118, 8215660]),
              ("Avskrivninger", "4", [412600, 398250]),
              ("Andre driftskostnader", "", [1602334, 1488905])],
        fin=[("Renteinntekter", "", [168402, 121880]),
             ("Rentekostnader", "", [-42118, -51004])]),
        note_col="Note", label_header="Beløp i kroner")
    bal = Statement("Balanse 31.12.2008", cols, balance(
        "nb", 2,
        fixed=[("Bygninger", "4", [3120000, 3260000]),
               ("Maskiner og utstyr", "4", [884300, 972150])],
        current=[("Varelager", "", [612440, 588120]),
                 ("Kundefordringer", "", [1108377, 954210]),
                 ("Andre fordringer", "", [88120, 102440]),
                 ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "", [500000, 500000]),
                ("Annen egenkapital", "", [3402118, 3398719])],
        long=[("Langsiktig lån", "6", [1450000, 1600000])],
        short=[("Leverandørgjeld", "", [688402, 612330]),
               ("Skyldig offentlige avgifter", "", [902115, 866208]),
               ("Annen kortsiktig gjeld", "", [1014660, 948772])]),
        note_col="Note", label_header="Beløp i kroner")
    inntekter, inntekter_i_fjor = fig(res, "Sum driftsinntekter"), fig(res, "Sum driftsinntekter", 1)
    drift, resultat, resultat_i_fjor = fig(res, "Driftsresultat"), fig(res, "Årsresultat"), fig(res, "Årsresultat", 1)
    egenkapital, totalt = fig(bal, "Sum egenkapital"), fig(bal, "Sum eiendeler")
    sheets = [
        {"footer": False, "blocks": [
            ("photo", 150, "Fra monteringshallen i {g:Heddal}. Foto: Jon Eirik Lia"),
            ("kicker", "Grønnlia Industri AS"),
            ("h1", "Årsrapport 2008"),
            ("p", "Et godt sted å jobbe – et godt sted å starte", {"cls": "lead"}),
        ]},
        {"blocks": [
            ("row", [(2, [
                ("h1", "Styreleder har ordet"),
                ("p", "Året 2008 vil bli husket for uroen i finansmarkedene, og også vi merket at flere "
                      "kunder var forsiktige med bestillingene mot slutten av året. Likevel har bedriften "
                      "levert et år med stabil drift og et lite overskudd.", {"cls": "lead"}),
                ("p", "Det viktigste for styret er at arbeidstakerne på varig tilrettelagt arbeid har hatt en "
                      "trygg og meningsfull arbeidshverdag, og at deltakerne i arbeidspraksis har fått prøvd "
                      "seg i oppgaver som peker videre mot ordinært arbeid. Samarbeidet med NAV {g:Notodden} "
                      "har vært godt gjennom hele året."),
                ("p", "I 2008 tok vi i bruk den nye pakkelinjen i monteringshallen. Investeringen ble "
                      "finansiert over driften og har allerede gitt oss nye oppdrag fra industrien i "
                      "{g:Notodden} og {g:Kongsberg}."),
                ("p", "Jeg vil takke ansatte og arbeidstakere for stor innsats, og eierkommunene for tilliten."),
                ("p", "Kjersti Holtan", {"cls": "sig"}),
                ("p", "styreleder", {"cls": "muted"}),
            ]), (1, [
                ("box", [
                    ("h3", "Innhold"),
                    ("toc", [("Styreleder har ordet", 2), ("Årsberetning 2008", 3), ("Resultatregnskap", 4),
                             ("Balanse", 5), ("Noter", 6)]),
                ]),
                ("quote", "«Grønnlia er en viktig leverandør for oss. De holder tidsfrister og kvalitet.»",
                 "Anne Lise Fosshaug, leder i {g:Notodden} Næringsforum"),
            ])], {"gap": "10mm"}),
        ]},
        {"blocks": [
            ("h1", "Årsberetning 2008"),
            ("cols", 2, [
                ("h3", "Virksomhetens art og hvor den drives"),
                ("p", "Grønnlia Industri AS er en vekstbedrift som ble stiftet i 1976. Bedriften holder til i "
                      "egne lokaler i {g:Heddal} i {g:Notodden} kommune og har arbeidstakere fra {g:Notodden}, "
                      "{g:Hjartdal} og {g:Tinn}. Selskapet eies av {g:Notodden kommune|Notodden} "
                      "({p:66 %|Notodden kommune}), {g:Hjartdal kommune|Hjartdal} ({p:17 %|Hjartdal kommune}) "
                      "og {g:Telemark fylkeskommune|Telemark} ({p:17 %|Telemark fylkeskommune})."),
                ("h3", "Tiltak"),
                ("p", "Bedriften har 24 godkjente plasser for varig tilrettelagt arbeid (VTA) og 16 plasser for "
                      "arbeidspraksis i skjermet virksomhet (APS). Gjennom året var 31 personer i arbeidspraksis, "
                      "og 9 av dem gikk videre til arbeid eller utdanning."),
                ("h3", "Arbeidsmiljø"),
                ("p", "Bedriften hadde 15 ansatte fordelt på 13,4 årsverk i tillegg til arbeidstakerne på VTA. "
                      "Sykefraværet blant de ansatte var {p:7,2 %|Sykefraværet blant de ansatte}, mot "
                      "{p:8,9 %|året før} året før. Det har ikke vært skader eller ulykker av betydning."),
                ("h3", "Likestilling"),
                ("p", "Av de ansatte er sju kvinner og åtte menn. Styret består av tre kvinner og to menn."),
                ("h3", "Ytre miljø"),
                ("p", "Bedriften driver ikke virksomhet som forurenser det ytre miljø i nevneverdig grad."),
                ("h3", "Styrets arbeid"),
                ("p", "Styret har i 2008 bestått av Kjersti Holtan (styreleder), Arvid Haugerud (nestleder), "
                      "Liv Berit Grave, Halvor Tveito og Rune Ødegården, den sistnevnte valgt av og blant de "
                      "ansatte. Varamedlemmer har vært Ellen Sønstebø og Terje Kasin. Styret har hatt sju møter."),
                ("h3", "Resultat"),
                ("p", f"Driftsinntektene ble kr {inntekter} mot kr {inntekter_i_fjor} i 2007. Driftsresultatet "
                      f"ble kr {drift}, og årsresultatet kr {resultat} (kr {resultat_i_fjor} i 2007). Styret "
                      "foreslår at overskuddet overføres til annen egenkapital."),
                ("h3", "Fortsatt drift"),
                ("p", "Årsregnskapet er avlagt under forutsetning av fortsatt drift, og styret bekrefter at "
                      "forutsetningen er til stede."),
            ]),
            ("sign", "{g:Notodden}, 19. februar 2009",
             [("Kjersti Holtan", "styreleder"), ("Arvid Haugerud", "nestleder"), ("Liv Berit Grave", ""),
              ("Halvor Tveito", ""), ("Rune Ødegården", ""), ("Øyvind Gjuvsland", "daglig leder")]),
        ]},
        {"blocks": [
            ("kicker", "Regnskap"),
            ("row", [(1, [
                ("h2", "Kommentarer til resultatet"),
                ("p", "Salgsinntektene økte med vel en halv million kroner, først og fremst på grunn av nye "
                      "pakkeoppdrag. Tilskuddene fra NAV fulgte satsene for VTA og APS."),
                ("p", "Lønnskostnadene steg som følge av lønnsoppgjøret og en ny stilling som arbeidsleder. "
                      "Driftsresultatet var negativt, men renteinntektene på bankinnskuddene ga et "
                      "positivt årsresultat."),
                ("p", "Salget er fordelt på montering, pakking og trearbeid; se note 2.", {"cls": "small"}),
            ]), (2.3, [
                ("stmt", res, {"title": "Resultatregnskap", "level": 2}),
            ])], {"gap": "4mm"}),
        ]},
        {"blocks": [
            ("kicker", "Regnskap"),
            ("row", [(2.3, [
                ("stmt", bal, {"title": "Balanse", "level": 2}),
            ]), (1, [
                ("h2", "Balansen i korte trekk"),
                ("p", f"Sum eiendeler var kr {totalt} ved utgangen av året. Egenkapitalen utgjør kr "
                      f"{egenkapital}, og bedriften har god likviditet."),
                ("p", "Det langsiktige lånet er nedbetalt med kr 150 000 i året, se note 6."),
            ])], {"gap": "4mm"}),
        ]},
        {"blocks": [
            ("h1", "Noter"),
            ("cols", 2, [
                ("h3", "Note 1 Regnskapsprinsipper"),
                ("p", "Regnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak. "
                      "Varige driftsmidler avskrives lineært."),
                ("h3", "Note 2 Driftsinntekter"),
                ("table", [["", "2008", "2007"],
                           ["Montering", "3 104 660", "2 886 410"],
                           ["Pakking", "2 211 340", "1 944 205"],
                           ["Trearbeid", "1 102 220", "1 071 500"],
                           ["Salgsinntekter", "6 418 220", "5 902 115"]], {"cls": "tight"}),
                ("p", "Tilskudd fra NAV gjelder VTA og APS. Kommunalt tilskudd er kommunenes andel av "
                      "VTA-finansieringen."),
                ("h3", "Note 3 Lønnskostnader"),
                ("p", "Lønnskostnadene omfatter lønn til ansatte og arbeidstakere på VTA, arbeidsgiveravgift "
                      "og pensjon. Daglig leder har hatt lønn på kr 612 400. Honorar til revisor er kostnadsført "
                      "med kr 41 250."),
                ("h3", "Note 4 Varige driftsmidler"),
                ("table", [["", "Bygninger", "Maskiner"],
                           ["Anskaffelseskost", "5 600 000", "2 904 115"],
                           ["Akkumulerte avskrivninger", "2 480 000", "2 019 815"],
                           ["Bokført verdi 31.12.", "3 120 000", "884 300"]], {"cls": "tight"}),
                ("h3", "Note 5 Bankinnskudd"),
                ("p", "Bundne skattetrekksmidler utgjør kr 318 440."),
                ("h3", "Note 6 Langsiktig gjeld"),
                ("p", "Lånet er sikret med pant i bygningene og nedbetales over ti år."),
            ]),
            ("space", 6),
            ("box", [
                ("p", "Grønnlia Industri AS · Heddalsvegen 212, 3676 {g:Notodden} · Telefon 35 01 88 40 · "
                      "Telefaks 35 01 88 41 · firmapost@gronnlia.no · www.gronnlia.no · Org.nr. 964 112 358",
                 {"cls": "small"}),
                ("p", "Revisor: Nils Petter Fjellheim, Telemarksrevisjon DA. Foto: Jon Eirik Lia. "
                      "Trykk: Heddal Offset.", {"cls": "small"}),
            ], {"cls": "line"}),
        ]},
    ]
    return {
        "name": "gronnlia-industri-2008",
        "year": 2008,
        "title": "Grønnlia Industri AS – Årsrapport 2008",
        "accent": "7A4A1E", "shade": "F3ECE3",
        "organization": {"name": "Grønnlia Industri AS", "founded_year": 1976,
                         "address": "Heddalsvegen 212, 3676 Notodden", "phone": "35 01 88 40",
                         "email": "firmapost@gronnlia.no", "website": "www.gronnlia.no",
                         "owners": [{"name": "Notodden kommune", "share_percent": 66},
                                    {"name": "Hjartdal kommune", "share_percent": 17},
                                    {"name": "Telemark fylkeskommune", "share_percent": 17}]},
        "ceo": "Øyvind Gjuvsland",
        "board": [("Kjersti Holtan", "LEDE", False), ("Arvid Haugerud", "NEST", False),
                  ("Liv Berit Grave", "MEDL", False), ("Halvor Tveito", "MEDL", False),
                  ("Rune Ødegården", "MEDL", True), ("Ellen Sønstebø", "VARA", None),
                  ("Terje Kasin", "VARA", None)],
        "not_board": ["Jon Eirik Lia", "Anne Lise Fosshaug", "Nils Petter Fjellheim"],
        "programs": {"VTA": 24},
        "not_places": ["Heddal Offset"],
        "items": sheets,
        "renditions": ["design"],
        "notes": "Vekstbedrift AS, bokmål, Notodden (Telemark), A4, 6 sheets: 'Styreleder har ordet' signed "
                 "beside a contents box and a quote from the leader of a business forum; the board only in "
                 "the årsberetning's prose and the signature row (three members sign without a title); "
                 "statements with a Note column, each set 4 mm from a prose column on the same sheet; "
                 "facts and a telefaks number in a colophon box at the end; VTA and APS places.",
    }


# ---------------------------------------------------------------- 3. Straumtun Arbeid AS, 2019 (nynorsk)

def straumtun() -> dict:
    cols = [Col("2019", 2019, ACTUAL), Col("2018", 2018, ACTUAL)]
    res = Statement("Resultatrekneskap", cols, income(
        "nn", 2,
        inc=[("Sal av varer og tenester", "2", [8214560, 7802330]),
             ("Tilskot frå NAV", "2", [9902400, 9415700]),
             ("Kommunalt tilskot", "2", [1045000, 1010000]),
             ("Andre driftsinntekter", "", [122300, 98760])],
        cost=[("Varekostnad", "", [2904118, 2712440]),
              ("Lønskostnader", "3", [13118402, 12604115]),
              ("Avskrivingar", "4", [602330, 588400]),
              ("Andre driftskostnader", "", [2302775, 2214660])],
        fin=[("Finansinntekter", "", [88410, 61220]),
             ("Finanskostnader", "", [-22105, -30418])]),
        note_col="Note", label_header="Tal i heile kroner")
    bal = Statement("Balanse per 31.12.2019", cols, balance(
        "nn", 2,
        fixed=[("Bygningar", "4", [4210000, 4380000]),
               ("Maskiner og inventar", "4", [1102330, 1188700])],
        current=[("Varelager", "", [402118, 388540]),
                 ("Kundefordringar", "", [1218445, 1104330]),
                 ("Andre fordringar", "", [144220, 131905]),
                 ("Bankinnskot", "5", "plug")],
        equity=[("Aksjekapital", "6", [600000, 600000]),
                ("Annan eigenkapital", "6", [6104228, 5681288])],
        long=[("Langsiktig lån", "", [2100000, 2300000])],
        short=[("Leverandørgjeld", "", [604330, 566118]),
               ("Skuldige offentlege avgifter", "", [1102445, 1044310]),
               ("Anna kortsiktig gjeld", "", [1288402, 1196774])]),
        note_col="Note", label_header="Tal i heile kroner")
    inntekter, resultat = fig(res, "Sum driftsinntekter"), fig(res, "Årsresultat")
    sheets = [
        {"cls": "cover", "blocks": [
            ("photo", 90, "Frå vedlageret på Kaupangerhagen. Foto: Eirin Hovland"),
            ("kicker", "Straumtun Arbeid AS"),
            ("h1", "Årsmelding 2019"),
            ("p", "Arbeid som gjer ein skilnad i {g:Sogndal}, {g:Leikanger} og {g:Luster}", {"cls": "lead"}),
        ]},
        {"blocks": [
            ("h1", "Dagleg leiar har ordet"),
            ("cols", 2, [
                ("p", "Då eg ser attende på 2019, er det først og fremst folka eg tenkjer på. Arbeidstakarane "
                      "våre har vore med på å flytte vedproduksjonen til nye lokale på {g:Kaupanger}, og "
                      "deltakarane i arbeidsførebuande trening har prøvd seg i fleire ordinære verksemder enn "
                      "nokon gong før."),
                ("p", "Vi fekk i år seks nye plassar for varig tilrettelagt arbeid i ordinær verksemd, og "
                      "samarbeider no med ti arbeidsgjevarar i regionen om desse. For tre lærekandidatar var "
                      "2019 det første året av opplæringa."),
                ("p", f"Rekneskapen viser driftsinntekter på kr {inntekter} og eit årsresultat på kr {resultat}. "
                      "Overskotet vert verande i selskapet, slik vedtektene seier."),
                ("p", "Takk til alle tilsette, arbeidstakarar og deltakarar, og til NAV {g:Sogndal} og NAV "
                      "{g:Luster} for godt samarbeid."),
                ("p", "Synnøve Hatlevoll", {"cls": "sig"}),
                ("p", "dagleg leiar", {"cls": "muted"}),
            ]),
            ("quote", "«Straumtun har gjeve fleire av medlemsbedriftene våre gode medarbeidarar.»",
             "Trond Vangsnes, leiar i {g:Sogndal} Næringsråd"),
            ("h2", "Nøkkeltal 2019"),
            ("tiles", [("19", "VTA-plassar"), ("24", "AFT-plassar"), ("6", "VTO-plassar"),
                       ("3", "lærekandidatar"), ("22,4", "årsverk tilsette"), ("{p:6,9 %}", "sjukefråvær")],
             {"cols": 3}),
        ]},
        {"blocks": [
            ("h1", "Om Straumtun"),
            ("p", "Straumtun Arbeid AS vart skipa i 1992 og er ei arbeidsinkluderingsbedrift med "
                  "hovudkontor i {g:Sogndal} sentrum og avdelingar på {g:Kaupanger} og i {g:Hafslo}. "
                  "Selskapet er godkjend tiltaksarrangør for NAV i {g:Sogn og Fjordane}.", {"cls": "lead"}),
            ("h2", "Tiltaka"),
            ("table", [["Tiltak", "Plassar", "Deltakarar i året", "Årsverk rettleiarar"],
                       ["Varig tilrettelagt arbeid (VTA)", "19", "21", "4,0"],
                       ["VTA i ordinær verksemd (VTO)", "6", "6", "0,8"],
                       ["Arbeidsførebuande trening (AFT)", "24", "63", "6,5"],
                       ["Lærekandidatar", "3", "3", "0,4"]]),
            ("p", "Av deltakarane som avslutta AFT i 2019, gjekk {p:46 %|avslutta AFT i 2019} over i arbeid "
                  "eller utdanning."),
            ("h2", "Eigarar"),
            ("p", "Selskapet er eigd av {g:Sogndal kommune|Sogndal} med {p:55 %|Sogndal kommune}, "
                  "{g:Luster kommune|Luster} med {p:30 %|Luster kommune} og {g:Leikanger kommune|Leikanger} "
                  "med {p:15 %|Leikanger kommune} av aksjane."),
            ("h2", "Arbeidsmiljø og likestilling"),
            ("p", "Ved utgangen av året hadde selskapet 25 tilsette, fordelte på 22,4 årsverk. Av dei tilsette "
                  "var 14 kvinner. Det har ikkje vore alvorlege skadar eller ulukker i 2019."),
            ("h2", "Ytre miljø"),
            ("p", "Verksemda ureinar ikkje det ytre miljøet utover det som er vanleg i bransjen."),
        ]},
        {"side": "40mm", "blocks": [
            ("band", [("kicker", "Styre og leiing")], [("h1", "Styret")]),
            ("band", [], [("p", "Styret vert valt av generalforsamlinga, med unntak av eitt medlem som er "
                                "vald av og blant dei tilsette. Styret har hatt sju møte i 2019.")]),
            ("band", [("stack", ["Styreleiar", "Nestleiar", "Styremedlem", "Styremedlem", "Tilsettvald",
                                 "Varamedlem", "Varamedlem"], {"cls": "role"})],
             [("stack", ["Bjørn Inge Slinde", "Marit Ese", "Arnfinn Tenold", "Hilde Mo Kvåle",
                         "Kjell Arne Fimreite", "Gunvor Helle", "Steinar Husabø"])]),
            ("band", [], [("h2", "Administrasjonen")]),
            ("band", [("stack", ["Dagleg leiar", "Økonomileiar", "Arbeidsleiar", "Jobbspesialist"],
                       {"cls": "role"})],
             [("stack", ["Synnøve Hatlevoll", "Britt Solheim", "Endre Bakke", "Tove Lunde"])]),
            ("band", [], [("h2", "Styret si melding")]),
            ("band", [("p", "Revisor: Fjordrevisjon AS ved Lars Vigdal", {"cls": "small"})], [
                ("p", "Selskapet sitt formål er å skaffe arbeid og kvalifisering til personar med nedsett "
                      "arbeidsevne. Styret meiner årsrekneskapen gjev eit rett bilete av stillinga ved "
                      "årsskiftet, og føresetnaden om vidare drift er til stades."),
                ("p", "Styret takkar tidlegare dagleg leiar Asbjørn Ølnes, som gjekk av med pensjon i mars, "
                      "og rettleiar Åse Kjørlaug i NAV {g:Sogndal} for eit langt og godt samarbeid."),
                ("sign", "{g:Sogndal}, 4. mars 2020",
                 [("Bjørn Inge Slinde", "styreleiar"), ("Marit Ese", "nestleiar"), ("Arnfinn Tenold", ""),
                  ("Hilde Mo Kvåle", ""), ("Kjell Arne Fimreite", ""), ("Synnøve Hatlevoll", "dagleg leiar")]),
            ]),
        ]},
        {"blocks": [
            ("kicker", "Årsrekneskap 2019"),
            ("stmt", res, {"title": "Resultatrekneskap", "level": 1}),
            ("p", "Årsresultatet vert overført til annan eigenkapital.", {"cls": "small"}),
        ]},
        {"blocks": [
            ("kicker", "Årsrekneskap 2019"),
            ("stmt", bal, {"title": "Balanse per 31.12.2019", "level": 1}),
        ]},
        {"blocks": [
            ("kicker", "Årsrekneskap 2019"),
            ("h1", "Notar"),
            ("cols", 2, [
                ("h3", "Note 1 Rekneskapsprinsipp"),
                ("p", "Årsrekneskapen er sett opp etter rekneskapslova og god rekneskapsskikk for små føretak."),
                ("h3", "Note 2 Driftsinntekter"),
                ("table", [["", "2019", "2018"],
                           ["VTA", "4 402 800", "4 186 200"],
                           ["VTO", "604 200", "0"],
                           ["AFT", "4 895 400", "5 229 500"],
                           ["Tilskot frå NAV", "9 902 400", "9 415 700"]], {"cls": "tight"}),
                ("p", "Kommunalt tilskot er medfinansiering av VTA-plassane frå eigarkommunane."),
                ("h3", "Note 3 Lønskostnader"),
                ("p", "Selskapet hadde 22,4 årsverk. Løn til dagleg leiar var kr 804 300, og styrehonorar "
                      "kr 96 000. Revisjonshonoraret var kr 52 500. Selskapet har innskotspensjon med "
                      "{p:4 %|innskotspensjon} av løna."),
                ("h3", "Note 4 Varige driftsmiddel"),
                ("table", [["", "Bygningar", "Maskiner"],
                           ["Bokført 1.1.", "4 380 000", "1 188 700"],
                           ["Tilgang", "0", "345 960"],
                           ["Avskriving", "170 000", "432 330"],
                           ["Bokført 31.12.", "4 210 000", "1 102 330"]], {"cls": "tight"}),
                ("h3", "Note 5 Bankinnskot"),
                ("p", "Bundne skattetrekksmidlar utgjer kr 486 120."),
                ("h3", "Note 6 Eigenkapital"),
                ("p", "Aksjekapitalen er 600 aksjar à kr 1 000."),
            ]),
        ]},
    ]
    return {
        "name": "straumtun-arbeid-2019",
        "year": 2019,
        "title": "Straumtun Arbeid AS – Årsmelding 2019",
        "html_lang": "nn",
        "accent": "1F4E79", "shade": "E4ECF5", "side": "1F4E79",
        "footer": "Straumtun Arbeid AS · Kvernhusvegen 9, 6856 {g:Sogndal} · Telefon 57 62 71 30 · "
                  "post@straumtun.no · straumtun.no · Org.nr. 975 218 604",
        "organization": {"name": "Straumtun Arbeid AS", "founded_year": 1992,
                         "address": "Kvernhusvegen 9, 6856 Sogndal", "phone": "57 62 71 30",
                         "email": "post@straumtun.no", "website": "straumtun.no",
                         "owners": [{"name": "Sogndal kommune", "share_percent": 55},
                                    {"name": "Luster kommune", "share_percent": 30},
                                    {"name": "Leikanger kommune", "share_percent": 15}]},
        "ceo": "Synnøve Hatlevoll",
        "board": [("Bjørn Inge Slinde", "LEDE", False), ("Marit Ese", "NEST", False),
                  ("Arnfinn Tenold", "MEDL", False), ("Hilde Mo Kvåle", "MEDL", False),
                  ("Kjell Arne Fimreite", "MEDL", True), ("Gunvor Helle", "VARA", None),
                  ("Steinar Husabø", "VARA", None)],
        "not_board": ["Eirin Hovland", "Trond Vangsnes", "Britt Solheim", "Endre Bakke", "Tove Lunde",
                      "Lars Vigdal", "Asbjørn Ølnes", "Åse Kjørlaug"],
        "programs": {"VTA": 19, "AFT": 24, "VTO": 6},
        "places_optional": ["Kaupangerhagen"],
        "items": sheets,
        "renditions": ["design"],
        "notes": "Arbeidsinkluderingsbedrift AS, nynorsk, Sogndal (Sogn og Fjordane), A4, 7 sheets: the board "
                 "on a sheet with a dark 40 mm sidebar: role words in the sidebar level with the names in "
                 "the main column, then the administration the same way; 'Dagleg leiar har ordet' signed; "
                 "tiles; VTA, VTO, AFT and lærekandidatar with places and årsverk; facts in a running "
                 "footer; statements with a Note column followed by notes.",
    }


REPORTS = [kvitvella, gronnlia, straumtun]
