"""Reports of the ninth held-out set (1/2): a friluftsråd's magazine-like årsmelding in two columns
(HTML printed by Chromium), a community hall's A5 booklet printed two-up, and a kindergarten
company whose board is named only on the e-signature page. All invented; the places are real."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income

# ---------- 1. lihesten-friluftsrad-2021: two CSS columns, board and statement across the break ----------


def lihesten():
    inc = [("Kontingent frå medlemskommunane", "", [612000, 598000]),
           ("Tilskot frå fylkeskommunen", "", [250000, 240000]),
           ("Statlege tilskot til tiltak", "", [318500, 287000]),
           ("Kursinntekter og sal", "", [96350, 71200])]
    cost = [("Lønn og sosiale kostnader", "", [880400, 842100]),
            ("Husleige og kontorhald", "", [118600, 114300]),
            ("Tiltak i friluftsområda", "", [182650, 165500])]
    fin = [("Renteinntekter", "", [4120, 2870])]
    cols = [Col("2021", 2021), Col("2020", 2020)]
    res = Statement("Resultatrekneskap 2021", cols, income("nn", 2, inc, cost, fin), label_header="Beløp i kr",
                    render="unruled")
    bal = Statement("Balanse per 31.12.2021", cols,
                    balance("nn", 2, [], [("Kundefordringar", "", [21400, 18900]), ("Bankinnskot", "", "plug")],
                            [("Opptent eigenkapital", "", [315510, 216190])], [],
                            [("Skuldige offentlege avgifter", "", [86300, 79950]),
                             ("Anna kortsiktig gjeld", "", [41870, 38400])]),
                    label_header="Beløp i kr", render="unruled")
    board = [("Randi Solheim Flatjord", "LEDE", None), ("Øystein Bjørkedal", "NEST", None),
             ("Marit Hovland Søreide", "MEDL", None), ("Ivar Kvammen", "MEDL", None),
             ("Hildegunn Rysjedal", "VARA", None), ("Kåre Instebø", "VARA", None)]
    body = [
        ("p", "Året 2021 vart eit år der folk i heile regionen fann vegen ut. Teljarane på dei merkte "
              "stiane viste ein auke på {p:22 %|stiane viste ein auke} frå året før, og etterspurnaden "
              "etter turkart og kurs var større enn vi kunne møte med dei folka vi har."),
        ("bh", "Om friluftsrådet"),
        ("p", "Lihesten friluftsråd er eit interkommunalt samarbeid mellom {g:Hyllestad}, {g:Askvoll}, "
              "{g:Fjaler} og {g:Solund}, skipa i 1994. Føremålet er å fremje friluftsliv for alle, sikre "
              "areal for allmenta og drive informasjon og opplæring. Rådet er medlem av Friluftsrådas "
              "landsforbund, og samarbeider med fylkeskommunen i {g:Vestland} om sikra friluftsområde."),
        ("p", "Kvar medlemskommune har éin representant i styret med personleg vara. Representantane "
              "vart oppnemnde av kommunestyra for perioden 2020-2023. Årsmøtet 2021 vart halde digitalt "
              "27. april og vart leia av ordføraren i vertskommunen, Gunnvor Eikrem."),
        ("bh", "Administrasjonen"),
        ("p", "Sigrun Elvik Aase har vore dagleg leiar sidan 2016. Friluftskonsulent Torbjørn Nesse er "
              "tilsett i {p:60 %|stilling} stilling og har hovudansvaret for kurs og "
              "skuletilbodet. Ein lærling frå {g:Førde} var med i tre veker om sommaren."),
        ("bh", "Aktivitetar"),
        ("p", "Friluftsskulen vart arrangert i veke 26 og veke 32 med til saman 64 born. Tilbodet "
              "«Ut på tur» for nye innbyggjarar hadde sju turar, og om lag {p:40 %|av deltakarane kom frå andre land} av deltakarane kom frå andre land enn Noreg. Vi merka og skilta 14 km ny sti "
              "i {g:Solund} og rydda strender på 11 stader saman med lag og skular."),
        ("p", "Ferdselsteljarane på dei fem største turmåla registrerte 41 800 passeringar, mot "
              "34 260 i 2020. Den største auken kom i haustferien."),
        ("bh", "Styret i 2021"),
        ("table", [["Verv", "Namn", "Kommune"],
                   ["Styreleiar", "Randi Solheim Flatjord", "{g:Fjaler}"],
                   ["Nestleiar", "Øystein Bjørkedal", "{g:Askvoll}"],
                   ["Styremedlem", "Marit Hovland Søreide", "{g:Hyllestad}"],
                   ["Styremedlem", "Ivar Kvammen", "{g:Solund}"],
                   ["Vara for {g:Hyllestad}", "Hildegunn Rysjedal", "{g:Hyllestad}"],
                   ["Vara for {g:Solund}", "Kåre Instebø", "{g:Solund}"]], {"ruled": False}),
        ("p", "Varamedlemmene for {g:Fjaler} og {g:Askvoll} møtte ikkje i 2021. Styret har halde seks møte og "
              "handsama 38 saker. Dagleg leiar er sekretær for styret."),
        ("bh", "Økonomi"),
        ("p", "Rekneskapen viser eit overskot på kr 99 320, som er lagt til eigenkapitalen. "
              "Kontingenten frå kommunane utgjer {p:48 %|Kontingenten frå kommunane} av "
              "inntektene. Styret meiner føresetnaden om vidare drift er til stades."),
        ("stmt", res, {"title": "Resultatrekneskap 2021"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2021"}),
        ("p", "Rekneskapen er revidert av Kommunerevisjonen Vest IKS.", {"small": True}),
        ("sign", "{g:Dale} i {g:Fjaler}, 3. mars 2022",
         [("Randi Solheim Flatjord", "styreleiar"), ("Øystein Bjørkedal", "nestleiar"),
          ("Marit Hovland Søreide", "styremedlem"), ("Ivar Kvammen", "styremedlem"),
          ("Sigrun Elvik Aase", "dagleg leiar")]),
    ]
    return {
        "name": "lihesten-friluftsrad-2021",
        "year": 2021,
        "title": "Årsmelding 2021 Lihesten friluftsråd",
        "organization": {"name": "Lihesten friluftsråd", "founded_year": 1994,
                         "email": "post@lihesten-friluft.no"},
        "ceo": "Sigrun Elvik Aase",
        "board": board,
        "not_board": ["Gunnvor Eikrem", "Torbjørn Nesse"],
        "items": [("h", 1, "Årsmelding 2021"),
                  ("p", "Lihesten friluftsråd · post@lihesten-friluft.no · Organisert som interkommunalt "
                        "samarbeid etter kommunelova", {"small": True}),
                  ("cols", body)],
        "renditions": ["chrome"],
        "notes": "Nynorsk årsmelding of an interkommunalt friluftsråd (four member municipalities), HTML in two "
                 "CSS columns printed by Chromium: the board table and the statements flow across the column "
                 "break. One representative per kommune; two deputies named 'Vara for <kommune>'. The daglig "
                 "leiar signs with the board; the årsmøte's chair (an ordførar) and the friluftskonsulent are "
                 "not board. Result 99 320 in prose equals the statement.",
    }


# ---------- 2. favang-vestside-samfunnshus-2019: A5 booklet printed two-up on landscape A4 ----------


def favang():
    cols = [Col("2019", 2019), Col("2018", 2018)]
    inc = [("Utleie av sal og kjøkken", "", [186400, 171250]), ("Kafé og kiosk", "", [58320, 61900]),
           ("Tilskudd fra kommunen", "", [40000, 40000]), ("Dugnadsinntekter og gaver", "", [22850, 17600])]
    cost = [("Strøm og fyring", "", [96300, 88750]), ("Vedlikehold", "", [71480, 134900]),
            ("Forsikring", "", [24110, 23380]), ("Vaktmester og renhold", "", [62000, 60000]),
            ("Andre kostnader", "", [31900, 28770])]
    fin = [("Renteinntekter", "", [1850, 1120]), ("Rentekostnader", "", [-9640, -11480])]
    res = Statement("Resultatregnskap 2019", cols, income("nb", 2, inc, cost, fin))
    bal = Statement("Balanse pr. 31.12.2019", cols,
                    balance("nb", 2, [("Bygning og tomt", "", [1240000, 1275000])],
                            [("Kundefordringer", "", [8400, 12650]), ("Bank", "", "plug")],
                            [("Andelskapital", "", [62500, 61500]), ("Annen egenkapital", "", [1032280, 1018290])],
                            [("Lån i Sparebank 1", "", [214000, 246000])],
                            [("Leverandørgjeld", "", [17900, 21400]), ("Annen kortsiktig gjeld", "", [6300, 5850])]))
    board = [("Jon Einar Tande", "LEDE", None), ("Berit Kvarstad Hage", "NEST", None),
             ("Arild Moen", "MEDL", None), ("Tone Lien Brekken", "MEDL", None),
             ("Håkon Ødegård", "MEDL", None), ("Silje Nyhus", "VARA", None), ("Gaute Rudi", "VARA", None)]
    items = [
        ("h", 1, "Årsmelding 2019"),
        ("p", "Fåvang Vestside Samfunnshus SA", {"align": "center"}),
        ("p", "Til årsmøtet onsdag 18. mars 2020 kl. 19.00 i peisestua", {"align": "center", "italic": True}),
        ("h", 2, "Styret og tillitsvalgte"),
        ("p", "Etter årsmøtet 13. mars 2019 har styret bestått av:"),
        ("table", [["Leder", "Jon Einar Tande"], ["Nestleder", "Berit Kvarstad Hage"],
                   ["Kasserer", "Arild Moen"], ["Sekretær", "Tone Lien Brekken"],
                   ["Styremedlem", "Håkon Ødegård"], ["1. vara", "Silje Nyhus"], ["2. vara", "Gaute Rudi"]],
         {"ruled": False, "header_bold": False, "gold_rows": True}),
        ("p", "Valgkomité: Anne Grethe Steen og Olav Brandvold. Revisor: Ellen Sletten Bakken, "
              "registrert revisor. Vaktmester: Per Olav Skar (på timer)."),
        ("p", "Styret har hatt 7 styremøter og behandlet 41 saker. I tillegg har leder og kasserer hatt "
              "jevnlige møter med vaktmester om vedlikeholdet."),
        ("h", 2, "Drift og utleie"),
        ("p", "Huset ble leid ut 132 ganger i 2019, mot 118 året før. Helgene er nå nesten fullbooket fra "
              "august til desember, og utleiegraden i helgene var {p:71 %|utleiegraden i helgene}. Det er "
              "særlig konfirmasjoner, minnesamvær og 50-årslag som bruker salen. Bygdekinoen fra "
              "{g:Lillehammer} har vist film en gang i måneden."),
        ("p", "Idrettslaget og skolekorpset leier til redusert pris. Det samme gjelder pensjonistforeningen "
              "i {g:Ringebu}, som har sine månedsmøter i peisestua."),
        ("h", 2, "Vedlikehold og dugnad"),
        ("p", "Etter det store taket i 2018 var årets vedlikehold mindre: ny oppvaskmaskin, maling av "
              "gangen og nye gardiner i salen. Det ble lagt ned om lag 420 dugnadstimer, som er "
              "{p:15 %|dugnadstimer} færre enn i fjor."),
        ("h", 2, "Økonomi"),
        ("p", "Samfunnshuset fikk et overskudd på kr 13 990 i 2019 (underskudd kr 55 410 i 2018). Lånet er "
              "nedbetalt med kr 32 000. Andelskapitalen økte med kr 1 000 da fire nye andelseiere kom til. "
              "Styret mener regnskapet gir et riktig bilde av stillingen ved årsskiftet."),
        ("pagebreak",),
        ("keytable", res, [], {"title": "Resultatregnskap 2019"}),
        ("keytable", bal, [], {"title": "Balanse pr. 31.12.2019"}),
        ("p", "{g:Fåvang}, 24. februar 2020"),
        ("p", "Jon Einar Tande      Berit Kvarstad Hage      Arild Moen"),
        ("p", "Tone Lien Brekken      Håkon Ødegård"),
    ]
    return {
        "name": "favang-vestside-samfunnshus-2019",
        "year": 2019,
        "title": "Årsmelding 2019 Fåvang Vestside Samfunnshus SA",
        "organization": {"name": "Fåvang Vestside Samfunnshus SA"},
        "ceo": None,
        "board": board,
        "not_board": ["Anne Grethe Steen", "Olav Brandvold", "Ellen Sletten Bakken", "Per Olav Skar"],
        "font": "Liberation Serif",
        "body_pt": 9.5,
        "items": items,
        "renditions": ["docx", "twoup"],
        "notes": "A samvirkeforetak owning a community hall: A5 Word booklet printed two-up (two A5 pages on each "
                 "landscape A4 sheet; the DOCX is the A5 original). Board as an unruled two-column list without a "
                 "header (Leder, Nestleder, Kasserer, Sekretær, Styremedlem, 1. vara, 2. vara); valgkomité, "
                 "revisor and vaktmester in one prose line are not board. No daglig leder. Statements as full "
                 "ruled tables on the narrow page; signatures as names typed on two lines with spaces.",
    }


# ---------- 3. myrtuva-barnehage-2022: the board named only on the e-signature page ----------


def myrtuva():
    cols = [Col("2022", 2022), Col("2021", 2021)]
    inc = [("Offentlige tilskudd", "2", [9815400, 9402700]), ("Foreldrebetaling", "", [1684300, 1802150]),
           ("Andre driftsinntekter", "", [61250, 48900])]
    cost = [("Lønnskostnader", "3", [8904100, 8511300]), ("Avskrivning på driftsmidler", "4", [212400, 207900]),
            ("Husleie", "", [960000, 940000]), ("Annen driftskostnad", "", [1162570, 1098420])]
    fin = [("Annen renteinntekt", "", [18620, 4110]), ("Annen rentekostnad", "", [-2150, -1870])]
    res = Statement("Resultatregnskap", cols,
                    income("nb", 2, inc, cost, fin, tax=("Skattekostnad", "5", [0, 0])),
                    note_col="Note", render="ruled")
    bal = Statement("Balanse", cols,
                    balance("nb", 2, [("Inventar og utstyr", "4", [684300, 771200])],
                            [("Andre fordringer", "", [96200, 88400]), ("Bankinnskudd", "6", "plug")],
                            [("Aksjekapital", "", [100000, 100000]), ("Annen egenkapital", "", [1489620, 1151270])],
                            [], [("Leverandørgjeld", "", [141600, 129300]),
                                 ("Skyldige offentlige avgifter", "", [512400, 488950]),
                                 ("Annen kortsiktig gjeld", "", [688150, 702840])]),
                    note_col="Note", render="ruled")
    board = [("Ragnhild Tveit Hjartåker", "LEDE", False), ("Lene Eide Nygård", "NEST", False),
             ("Stian Mjelde", "MEDL", False), ("Harald Ove Knudsen", "MEDL", False),
             ("Sunniva Vikøren", "MEDL", True)]
    sign = [["Hjartåker, Ragnhild Tveit | Styreleder | BankID | 22.03.2023 19:04",
             "Signert av Ragnhild Tveit Hjartåker", "Serienummer: 9578-5999-4-1187021"],
            ["Eide Nygård, Lene | Nestleder | BankID | 22.03.2023 20:41",
             "Signert av Lene Eide Nygård", "Serienummer: 9578-5999-4-3310958"],
            ["Mjelde, Stian | Styremedlem | BankID | 23.03.2023 07:12",
             "Signert av Stian Mjelde", "Serienummer: 9578-5999-4-2094417"],
            ["Knudsen, Harald Ove | Styremedlem | BankID | 23.03.2023 08:55",
             "Signert av Harald Ove Knudsen", "Serienummer: 9578-5999-4-4412086"],
            ["Vikøren, Sunniva | Styremedlem, valgt av de ansatte | BankID | 23.03.2023 12:30",
             "Signert av Sunniva Vikøren", "Serienummer: 9578-5999-4-1660734"],
            ["Brakstad, Anette | Daglig leder | BankID | 24.03.2023 09:18",
             "Signert av Anette Brakstad", "Serienummer: 9578-5999-4-0987255"]]
    items = [
        ("h", 1, "Årsberetning 2022"),
        ("p", "Myrtuva Naturbarnehage AS, org.nr. 990 412 377", {"bold": True}),
        ("p", "Myrtuvegen 14, 5914 Isdalstø · telefon 56 35 81 20", {"size": 8.5}),
        ("h", 2, "Virksomhetens art og hvor den drives"),
        ("p", "Selskapet driver en privat naturbarnehage med fire avdelinger i {g:Alver} kommune, like "
              "ved {g:Knarvik}. Barnehagen ble etablert i 2006 og eies av en gruppe foreldre og tidligere "
              "foreldre. Ved utgangen av året hadde barnehagen 68 barn, hvorav 24 under tre år."),
        ("h", 2, "Redegjørelse for årsregnskapet"),
        ("p", "Driftsinntektene ble kr 11 560 950 mot kr 11 253 750 året før. Årsresultatet ble et "
              "overskudd på kr 338 350, som overføres til annen egenkapital. Likviditeten er god, og "
              "egenkapitalandelen er {p:54 %|egenkapitalandel} ved årsskiftet. Forutsetningen om fortsatt "
              "drift er lagt til grunn ved avleggelsen av regnskapet."),
        ("p", "Det offentlige tilskuddet dekker om lag {p:85 %|Det offentlige tilskuddet} av "
              "inntektene. Foreldrebetalingen gikk ned da maksprisen ble redusert fra 1. august."),
        ("h", 2, "Arbeidsmiljø og personale"),
        ("p", "Barnehagen hadde ved utgangen av året 21 ansatte fordelt på 18,4 årsverk. Det samlede "
              "sykefraværet var {p:7,9 %|sykefraværet} av total arbeidstid, mot {p:9,2 %|sykefraværet} i 2021. Det har ikke vært skader eller ulykker av betydning. Arbeidsmiljøet anses "
              "som godt."),
        ("h", 2, "Likestilling og diskriminering"),
        ("p", "Av de ansatte er 17 kvinner og 4 menn. Styret består av tre kvinner og to menn. "
              "Barnehagen arbeider for å rekruttere flere menn, og lønn fastsettes etter PBL-avtalen "
              "uavhengig av kjønn."),
        ("h", 2, "Ytre miljø"),
        ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for en barnehage."),
        ("h", 2, "Styrets arbeid"),
        ("p", "Styret har hatt åtte møter i 2022. Styrets leder Ragnhild Tveit Hjartåker har i tillegg hatt "
              "faste møter med daglig leder hver måned. Samarbeidsutvalget har hatt fire møter."),
        ("p", "{g:Alver}, 22. mars 2023 – Styret i Myrtuva Naturbarnehage AS", {"italic": True}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2022"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember 2022"}),
        ("esign", "Signaturene i dette dokumentet er juridisk bindende",
         "Dokumentet er signert elektronisk. Identiteten til signatarene er registrert med BankID, og "
         "informasjonen er listet nedenfor. Dokumentnøkkel: K7R2M-ZQ0PX-4TDLA-WW9E1-HNB3C", sign),
    ]
    return {
        "name": "myrtuva-barnehage-2022",
        "year": 2022,
        "title": "Årsberetning 2022 Myrtuva Naturbarnehage AS",
        "organization": {"name": "Myrtuva Naturbarnehage AS", "founded_year": 2006,
                         "address": "Myrtuvegen 14, 5914 Isdalstø", "phone": "56 35 81 20"},
        "ceo": "Anette Brakstad",
        "board": board,
        "places_optional": ["Isdalstø"],
        "items": items,
        "renditions": ["docx", "pdf", "doc"],
        "notes": "A private kindergarten AS: årsberetning in the usual headings of the accounting act, then the "
                 "accounts with a note column, then a signing service's page (the document was signed "
                 "electronically). The body names only the chair ('Styrets leder ...'); the board is on the "
                 "e-signature page alone, as 'Surname, Given names | role | BankID | time' with a 'Signert av' "
                 "line, one member 'valgt av de ansatte'. The daglig leder signs too and is the CEO.",
    }


REPORTS = [lihesten, favang, myrtuva]
