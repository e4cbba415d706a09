"""Reports of the fifty-third held-out set (a measuring set): an idrettslag, a kommunalt foretak
and an ungdomslag. Invented names and figures; real places valid in the report's year."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income
from h3_render import Kroner
from h53_fin import add, detail, head, kr, line, total


def skarfjell_il_2022() -> dict:
    """Årsmøtepapirer of an idrettslag: innkalling and saksliste, the board as "Verv: Name" lines
    (two members also lead a group, an ungdomsrepresentant), groups with their leaders, members
    table, a statement with budget columns, kontrollutvalgets beretning, valgkomiteens innstilling."""
    cols = [Col("Regnskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET), Col("Regnskap 2021", 2021),
            Col("Budsjett 2023", 2023, BUDGET)]
    inc = [("Medlemskontingent og treningsavgift", "", [318_450, 310_000, 296_200, 330_000]),
           ("Offentlige tilskudd og momskompensasjon", "", [246_812, 220_000, 231_575, 240_000]),
           ("Sponsorinntekter", "", [184_000, 200_000, 176_500, 190_000]),
           ("Arrangementer og renn", "", [212_675, 180_000, 88_340, 200_000]),
           ("Kiosk og dugnad", "", [96_130, 90_000, 61_825, 95_000])]
    cost = [("Trenere og instruktører", "", [286_400, 280_000, 271_900, 295_000]),
            ("Løypekjøring og anlegg", "", [318_960, 300_000, 287_410, 320_000]),
            ("Arrangementskostnader", "", [141_285, 120_000, 52_718, 130_000]),
            ("Utstyr og drakter", "", [98_740, 110_000, 84_305, 100_000]),
            ("Forsikring, lisenser og kontingenter", "", [64_318, 62_000, 60_117, 66_000]),
            ("Administrasjon", "", [118_922, 115_000, 109_846, 125_000])]
    fin = [("Renteinntekter", "", [3_214, 1_000, 912, 3_000])]
    lines = income("nb", 4, inc, cost, fin)
    result = line(lines, "Årsresultat").values
    st = Statement("Resultatregnskap", cols, lines, label_header="Beløp i kr", negative="minus", render="ruled")
    bal_lines = balance("nb", 2,
                        fixed=[("Løypemaskin", "", [612_000, 688_000])],
                        current=[("Kundefordringer", "", [41_250, 18_600]), ("Bankinnskudd", "", "plug")],
                        equity=[("Egenkapital", "", [round(402_317 + result[2] + result[0], 2),
                                                     round(402_317 + result[2], 2)])],
                        long=[("Lån Sparebanken", "", [380_000, 440_000])],
                        short=[("Leverandørgjeld", "", [46_812, 38_420]),
                               ("Skyldige offentlige avgifter", "", [18_905, 17_336])])
    bal = Statement("Balanse", [Col("31.12.2022", 2022), Col("31.12.2021", 2021)], bal_lines,
                    label_header="Beløp i kr", negative="minus")
    word = "overskudd" if result[0] >= 0 else "underskudd"
    items = [
        ("p", "Skårfjell Idrettslag", {"size": 20}),
        ("p", "Årsmøte 2023 – årsberetning og regnskap for 2022", {"size": 14}),
        ("photo", 6, 4, "Sprintrennet i lysløypa i januar samlet 140 løpere fra hele {g:Vestfold og Telemark}."),
        ("pagebreak",),
        ("h", 1, "Innkalling til årsmøte"),
        ("p", "Styret kaller med dette inn til årsmøte i Skårfjell IL torsdag 16. mars 2023 kl. 19.00 på "
              "klubbhuset ved lysløypa på {g:Atrå}. Alle medlemmer over 15 år som har vært medlem i minst én "
              "måned og har betalt kontingent, har stemmerett."),
        ("bh", "Saksliste"),
        ("ol", "Godkjenne de stemmeberettigede"),
        ("ol", "Velge dirigent, protokollfører og to medlemmer til å underskrive protokollen"),
        ("ol", "Godkjenne innkallingen, sakslisten og forretningsordenen"),
        ("ol", "Behandle idrettslagets årsberetning"),
        ("ol", "Behandle idrettslagets regnskap i revidert stand"),
        ("ol", "Behandle forslag og saker"),
        ("ol", "Fastsette medlemskontingent og vedta budsjett"),
        ("ol", "Foreta valg"),
        ("pagebreak",),
        ("h", 1, "Årsberetning 2022"),
        ("bh", "Styret"),
        ("p", "Styret har i perioden bestått av:"),
        ("p", "Leder: Marte Rue"),
        ("p", "Nestleder: Aslak Bergland"),
        ("p", "Styremedlem/økonomiansvarlig: Jørn Sandvik"),
        ("p", "Styremedlem og leder alpingruppa: Hege Tangen"),
        ("p", "Styremedlem og leder langrennsgruppa: Pål Midtbø"),
        ("p", "Ungdomsrepresentant: Emil Kasin"),
        ("p", "Varamedlemmer: Siri Haugen, Trond Ola Bjørge"),
        ("p", "Kontrollutvalg: Knut Fossum (leder), Anne Grete Lie"),
        ("p", "Valgkomité: Berit Skindalen, Helge Dahle"),
        ("p", "Representanter til {g:Tinn} idrettsråd: Aslak Bergland, Lise Brattlie"),
        ("p", "Klubbadministrator i {p?:20 %} stilling: Ingrid Moen"),
        ("p", "Styret har hatt ti styremøter og behandlet 64 saker. I tillegg har leder og nestleder deltatt på "
              "møter i idrettsrådet og med {g:Tinn} kommune om ny rulleskiløype."),
        ("bh", "Medlemmer"),
        ("p", "Ved utgangen av 2022 hadde laget 428 medlemmer, en økning på {p:9 %|medlemmer} fra året før."),
        ("table", [["Alder", "Kvinner", "Menn", "Totalt"],
                   ["0–12 år", "61", "68", "129"],
                   ["13–19 år", "34", "39", "73"],
                   ["20–25 år", "12", "15", "27"],
                   ["26 år og eldre", "92", "107", "199"],
                   ["Sum", "199", "229", "428"]], {"ruled": True}),
        ("bh", "Gruppene"),
        ("table", [["Gruppe", "Leder", "Aktive utøvere"],
                   ["Alpin", "Hege Tangen", "84"],
                   ["Langrenn", "Pål Midtbø", "61"],
                   ["Fotball", "Lise Brattlie", "112"],
                   ["Trim og turløyper", "Arvid Sagen", "–"]], {"ruled": True}),
        ("pagebreak",),
        ("bh", "Alpin"),
        ("p", "Alpingruppa har hatt treninger tre kvelder i uka i bakken på {g:Gaustablikk}. Gruppa arrangerte "
              "to kretsrenn og hadde sju løpere til start i Hovedlandsrennet. Trenerne Jonas Vaa og Kristin "
              "Flatland har gjort en formidabel jobb."),
        ("bh", "Langrenn"),
        ("p", "Snøforholdene var gode fra desember. Sprintrennet i lysløypa ble laget største arrangement med "
              "140 startende. Tre løpere kvalifiserte seg til Norgescup for juniorer."),
        ("bh", "Fotball"),
        ("p", "Fotballgruppa hadde ni lag i seriespill, fra 7er-fotball til senior. Kunstgressbanen på "
              "{g:Rjukan} ble delt med nabolaget etter avtale med kommunen. Lise Brattlie overtok som "
              "gruppeleder i april."),
        ("bh", "Trim og turløyper"),
        ("p", "Løypekjøringen utgjorde om lag {p:36 %|løypekjøring} av lagets kostnader. Arvid Sagen og "
              "dugnadsgjengen ryddet 4 km ny løypetrasé mot {g:Miland}."),
        ("pagebreak",),
        ("bh", "Økonomi"),
        ("p", f"Idrettslaget fikk et {word} på kr {kr(result[0])} i 2022, mot budsjettert kr "
              f"{kr(result[1])}. Bedre inntekter fra arrangementer og momskompensasjon forklarer avviket. "
              "Egenkapitalen er god, og styret vurderer at laget har grunnlag for videre drift."),
        ("p", "Styret takker sponsorene, kommunen og alle frivillige som har stilt opp på dugnad i året som gikk."),
        ("sign", "{g:Rjukan}, 20. februar 2023",
         [("Marte Rue", "Leder"), ("Aslak Bergland", "Nestleder"), ("Jørn Sandvik", "Styremedlem"),
          ("Hege Tangen", "Styremedlem"), ("Pål Midtbø", "Styremedlem")], {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Regnskap 2022"),
        ("stmt", st, {"title": "Resultatregnskap 2022 med budsjett"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2022"}),
        ("pagebreak",),
        ("h", 1, "Kontrollutvalgets beretning for 2022"),
        ("p", "Kontrollutvalget har gjennomgått idrettslagets regnskap, styreprotokoller og bilag for 2022. "
              "Utvalget har ikke merknader til forvaltningen og anbefaler at årsmøtet godkjenner regnskapet "
              "slik det er lagt fram."),
        ("p", "{g:Rjukan}, 2. mars 2023"),
        ("p", "Knut Fossum, leder      Anne Grete Lie, medlem"),
        ("h", 1, "Valgkomiteens innstilling"),
        ("table", [["Verv", "Kandidat", "Valgperiode"],
                   ["Leder", "Marte Rue", "1 år (gjenvalg)"],
                   ["Nestleder", "Tone Sølvberg", "2 år (ny)"],
                   ["Styremedlem", "Jørn Sandvik", "2 år (gjenvalg)"],
                   ["Varamedlem", "Henrik Kasin", "1 år (ny)"],
                   ["Varamedlem", "Siri Haugen", "1 år (gjenvalg)"]], {"ruled": True}),
        ("p", "Aslak Bergland og Trond Ola Bjørge har sagt fra at de ikke tar gjenvalg. Lederne for gruppene "
              "velges på gruppenes egne årsmøter.  For valgkomiteen: Berit Skindalen"),
    ]
    return {
        "name": "skarfjell-il-2022", "year": 2022, "lang": "nb",
        "title": "Skårfjell IL – årsmøtepapirer 2022",
        "organization": {"name": "Skårfjell Idrettslag"},
        "ceo": None,
        "board": [("Marte Rue", "LEDE", None), ("Aslak Bergland", "NEST", None), ("Jørn Sandvik", "MEDL", None),
                  ("Hege Tangen", "MEDL", None), ("Pål Midtbø", "MEDL", None), ("Siri Haugen", "VARA", None),
                  ("Trond Ola Bjørge", "VARA", None)],
        "board_optional": ["Emil Kasin"],
        "not_board": ["Knut Fossum", "Anne Grete Lie", "Berit Skindalen", "Helge Dahle", "Lise Brattlie",
                      "Ingrid Moen", "Arvid Sagen", "Jonas Vaa", "Kristin Flatland", "Tone Sølvberg",
                      "Henrik Kasin"],
        "items": items, "renditions": ["pdf"],
        "header": "Skårfjell IL – årsmøte 2023", "footer": "{PAGE}",
        "notes": "Idrettslag, bokmål, Tinn (Vestfold og Telemark), 8 pages of årsmøtepapirer. Board as 'Verv: "
                 "Name' lines, two members who also lead a group, an ungdomsrepresentant (optional), varamedlemmer "
                 "on one line; kontrollutvalg, valgkomité, idrettsråd representatives and group leaders not board; "
                 "budget columns optional; valgkomiteens innstilling with new names.",
    }


def elvebyen_parkering_kf_2019() -> dict:
    """A kommunalt foretak's årsrapport: contents, the daglig leder's summary, the board as
    "Name (party), role" lines chosen by the kommunestyre, an employee member, numbered deputies,
    next period's board named (not this year's), KOSTRA-style driftsregnskap in 1000 kr with
    regulert budsjett, a balance, the auditor."""
    ncols = 3
    cols = [Col("Regnskap 2019", 2019), Col("Regulert budsjett 2019", 2019, BUDGET), Col("Regnskap 2018", 2018)]
    inc = [detail("Parkeringsavgifter", [12_480, 12_200, 11_836]),
           detail("Kontrollsanksjoner og gebyrer", [3_115, 3_300, 3_247]),
           detail("Leieinntekter", [640, 620, 602]),
           detail("Refusjoner", [212, 150, 188])]
    cost = [detail("Lønnsutgifter", [4_312, 4_400, 4_105]),
            detail("Sosiale utgifter", [1_204, 1_250, 1_147]),
            detail("Kjøp av varer og tjenester", [4_880, 4_700, 4_612]),
            detail("Overføring til eierkommunen", [2_500, 2_500, 2_500]),
            detail("Avskrivninger", [1_380, 1_380, 1_342])]
    s_inc = add(*[l.values for l in inc])
    s_cost = add(*[l.values for l in cost])
    brutto = [round(a - b, 2) for a, b in zip(s_inc, s_cost)]
    fin = [detail("Renteinntekter", [58, 40, 46]), detail("Renteutgifter", [-412, -430, -398]),
           detail("Avdrag på lån", [-900, -900, -900])]
    s_fin = add(*[l.values for l in fin])
    motpost = [1_380, 1_380, 1_342]
    netto = [round(b + f + m, 2) for b, f, m in zip(brutto, s_fin, motpost)]
    lines = ([head("Driftsinntekter", ncols)] + inc + [total("Sum driftsinntekter", s_inc)]
             + [head("Driftsutgifter", ncols)] + cost + [total("Sum driftsutgifter", s_cost)]
             + [total("Brutto driftsresultat", brutto)]
             + [head("Finansposter", ncols)] + fin + [total("Netto finansutgifter", s_fin, key=False)]
             + [detail("Motpost avskrivninger", motpost), total("Netto driftsresultat", netto)]
             + [detail("Avsatt til disposisjonsfond", netto),
                detail("Regnskapsmessig mer-/mindreforbruk", [0, 0, 0])])
    st = Statement("Driftsregnskap", cols, lines, label_header="Tall i 1000 kr", negative="paren", unit=1000)
    bal_lines = balance("nb", 2,
                        fixed=[("Faste eiendommer og anlegg", "", [18_640, 19_420]),
                               ("Utstyr, maskiner og transportmidler", "", [1_215, 1_480])],
                        current=[("Kortsiktige fordringer", "", [742, 655]), ("Bankinnskudd", "", "plug")],
                        equity=[("Disposisjonsfond", "", [round(2_965 + netto[0], 2), 2_965]),
                                ("Kapitalkonto", "", [8_155, 8_640])],
                        long=[("Lån Kommunalbanken", "", [11_200, 12_100])],
                        short=[("Annen kortsiktig gjeld", "", [1_318, 1_206])])
    bal = Statement("Balanse", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)], bal_lines,
                    label_header="Tall i 1000 kr", negative="paren", unit=1000)
    items = [
        ("p", "Elvebyen Parkering KF", {"size": 22}),
        ("p", "Årsrapport 2019", {"size": 16}),
        ("photo", 3, 0, "Det nye parkeringshuset ved Storgata åpnet 2. september."),
        ("pagebreak",),
        ("toc", [("Daglig leders kommentar", 3), ("Om foretaket", 4), ("Styret", 5), ("Drift og tjenester", 6),
                 ("Organisasjon og personale", 7), ("Årsregnskap", 8), ("Revisors beretning", 10)],
         {"title": "Innhold"}),
        ("pagebreak",),
        ("h", 1, "Daglig leders kommentar"),
        ("p", "2019 ble året da parkeringshuset i sentrum sto ferdig, tre uker før planen og innenfor "
              "kostnadsrammen. Med 186 nye plasser har foretaket nå 1 412 avgiftsbelagte plasser i "
              "{g:Elverum} sentrum."),
        ("p", "Jeg vil takke de ansatte for et år med store omstillinger, og rådmann Jan Erik Sæther og "
              "prosjektleder Silje Grønvold i kommunens eiendomsavdeling for godt samarbeid gjennom hele "
              "byggeperioden."),
        ("p", "Mona Strand, daglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om foretaket"),
        ("p", "Elvebyen Parkering KF er et kommunalt foretak etter kommuneloven kapittel 11, heleid av "
              "{g:Elverum} kommune. Foretaket ble opprettet i 2009 og forvalter kommunens offentlige "
              "parkeringsplasser, håndhever parkeringsforskriften og drifter parkeringshuset."),
        ("p", "Foretakets kontor ligger i Kirkevegen 31, 2408 {g:Elverum}."),
        ("p", "Foretaket betaler hvert år et fast beløp til eierkommunen etter vedtak i kommunestyret. "
              "Beløpet var kr 2,5 millioner i 2019."),
        ("pagebreak",),
        ("h", 1, "Styret"),
        ("p", "Styret velges av kommunestyret for den kommunale valgperioden. I 2019 har styret bestått av:"),
        ("li", "Helge Rustad (Sp), styreleder"),
        ("li", "Elin Opsahl (Ap), nestleder"),
        ("li", "Trond Vestby (H), styremedlem"),
        ("li", "Sissel Kvisler (SV), styremedlem"),
        ("li", "Rune Haugstad, styremedlem valgt av de ansatte"),
        ("p", "Varamedlemmer i rekkefølge: 1. Kjell Ove Gjermundshaug (Sp), 2. Tone Heggerud (Ap), "
              "3. Berit Nyhus (H). Personlig vara for de ansattes representant er Amir Hadzic."),
        ("p", "Styret har hatt åtte møter og behandlet 41 saker. Daglig leder Mona Strand er styrets sekretær."),
        ("p", "Etter kommunestyrevalget i september valgte kommunestyret 18. desember 2019 styret for perioden "
              "2020–2023. Styret fortsetter med samme sammensetning, bortsett fra at Jan Tore Moen (SV) tar "
              "over plassen etter Sissel Kvisler fra 1. januar 2020."),
        ("pagebreak",),
        ("h", 1, "Drift og tjenester"),
        ("table", [["Nøkkeltall", "2019", "2018"],
                   ["Avgiftsbelagte plasser", "1 412", "1 226"],
                   ["Plasser for forflytningshemmede", "48", "42"],
                   ["Ilagte kontrollsanksjoner", "5 876", "6 104"],
                   ["Behandlede klager", "702", "688"]], {"ruled": True}),
        ("p", "Av klagene ble {p:11 %|klagene} tatt helt eller delvis til følge, mot {p?:13 %} året før. "
              "Andelen betaling med mobilapp økte til {p:57 %|betaling med mobilapp} av alle "
              "parkeringer."),
        ("p", "Foretaket overtok i mai driften av pendlerparkeringen ved jernbanestasjonen etter avtale med "
              "Bane NOR."),
        ("pagebreak",),
        ("h", 1, "Organisasjon og personale"),
        ("p", "Foretaket hadde ved årsskiftet ni ansatte: daglig leder, to saksbehandlere og seks "
              "parkeringsvakter, til sammen 8,6 årsverk. Verneombud er Lars Bekkevold. Saksbehandler Nina "
              "Flissundet har vært tillitsvalgt for Fagforbundet."),
        ("p", "Sykefraværet var {p:6,2 %|sykefraværet} mot {p?:7,9 %} i 2018. Det har ikke vært "
              "alvorlige skader. Foretaket har tre kvinner og seks menn ansatt."),
        ("p", "Kontrollutvalget i {g:Elverum} kommune, ledet av Gunnar Slåen, har hatt foretaket til "
              "orientering én gang i 2019."),
        ("pagebreak",),
        ("h", 1, "Årsregnskap"),
        ("p", f"Foretaket fikk et netto driftsresultat på kr {kr(netto[0] * 1000)}, som i sin helhet er avsatt "
              "til disposisjonsfond. Regnskapet er gjort opp i balanse."),
        ("stmt", st, {"title": "Driftsregnskap 2019"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2019"}),
        ("sign", "{g:Elverum}, 24. februar 2020",
         [("Helge Rustad", "Styreleder"), ("Elin Opsahl", "Nestleder"), ("Trond Vestby", "Styremedlem"),
          ("Sissel Kvisler", "Styremedlem"), ("Rune Haugstad", "Styremedlem"), ("Mona Strand", "Daglig leder")],
         {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til kommunestyret i {g:Elverum} kommune. Vi har revidert årsregnskapet for Elvebyen Parkering "
              "KF for 2019. Etter vår mening er årsregnskapet avgitt i samsvar med lov og forskrifter og gir "
              "et dekkende bilde av foretakets finansielle stilling per 31. desember 2019."),
        ("p", "{g:Hamar}, 12. april 2020"),
        ("p", "Glomdal Revisjon IKS"),
        ("p", "Frode Nordby, oppdragsansvarlig revisor, registrert revisor"),
    ]
    return {
        "name": "elvebyen-parkering-kf-2019", "year": 2019, "lang": "nb",
        "title": "Elvebyen Parkering KF – årsrapport 2019",
        "organization": {"name": "Elvebyen Parkering KF", "address": "Kirkevegen 31, 2408 Elverum",
                         "founded_year": 2009},
        "ceo": "Mona Strand",
        "board": [("Helge Rustad", "LEDE", False), ("Elin Opsahl", "NEST", False), ("Trond Vestby", "MEDL", False),
                  ("Sissel Kvisler", "MEDL", False), ("Rune Haugstad", "MEDL", True),
                  ("Kjell Ove Gjermundshaug", "VARA", None), ("Tone Heggerud", "VARA", None),
                  ("Berit Nyhus", "VARA", None), ("Amir Hadzic", "VARA", None)],
        "not_board": ["Jan Tore Moen", "Jan Erik Sæther", "Silje Grønvold", "Lars Bekkevold", "Nina Flissundet",
                      "Gunnar Slåen", "Frode Nordby"],
        "items": items, "renditions": ["pdf", "doc"],
        "header": "Elvebyen Parkering KF · Årsrapport 2019", "footer": "Side {PAGE} av {NUMPAGES}",
        "notes": "Kommunalt foretak (parkering), bokmål, Elverum (Hedmark), 10 pages. Board as bulleted 'Name "
                 "(party), role' lines, the employee member stated, numbered varamedlemmer and a personal deputy; "
                 "next period's new member not board; KOSTRA-style driftsregnskap in 1000 kr with Regulert "
                 "budsjett (optional), brackets; the address printed only in prose.",
    }


def lidarheim_ungdomslag_2008() -> dict:
    """An ungdomslag's årsmelding in nynorsk, three pages from Word: the board in one prose
    sentence with roles in brackets, the house committee and its formann, two lay auditors,
    Inntekter/Utgifter for two years, a short balance; signed by leiar and skrivar only."""
    cols = [Col("Rekneskap 2008", 2008), Col("Rekneskap 2007", 2007)]
    inc = [("Medlemspengar", "", [14_300, 13_650]),
           ("Utleige av Lidarheim", "", [68_400, 61_250]),
           ("Revy og bygdekino", "", [42_780, 39_915]),
           ("Tilskot frå kommunen", "", [15_000, 15_000]),
           ("Renter", "", [2_116, 1_872])]
    cost = [("Straum og oppvarming", "", [31_845, 27_330]),
            ("Vedlikehald av huset", "", [48_612, 21_480]),
            ("Forsikring", "", [11_940, 11_520]),
            ("Revy og kino, utgifter", "", [24_105, 22_870]),
            ("Kontingent til ungdomslaget i fylket", "", [2_860, 2_730]),
            ("Diverse", "", [3_418, 4_102])]
    lines = income("nn", 2, inc, cost, labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter",
                                                "sum_cost": "Sum utgifter", "op": None, "result": "Resultat"})
    result = line(lines, "Resultat").values
    st = Kroner("Rekneskap", cols, lines, render="tabs", label_header="")
    bank = [[63_402, 42_506]]
    house = [250_000, 250_000]
    assets = add(bank[0], house)
    bal = Kroner("Balanse", [Col("31.12.2008", 2008), Col("31.12.2007", 2007)], [
        head("Eigedelar", 2),
        detail("Bank", bank[0]),
        detail("Lidarheim, bokført verdi", house),
        total("Sum eigedelar", assets),
        head("Eigenkapital", 2),
        detail("Eigenkapital 1.1.", [round(assets[0] - result[0], 2), round(assets[1] - result[1], 2)]),
        detail("Resultat", result),
        total("Sum eigenkapital", assets)], render="tabs", label_header="")
    word = "overskot" if result[0] >= 0 else "underskot"
    items = [
        ("h", 1, "Årsmelding for Lidarheim ungdomslag 2008"),
        ("p", "Styret i 2008 har vore Ingrid Lid (leiar), Håkon Nesheim (nestleiar), Kari Mjelde (kasserar), "
              "Synnøve Bryn (skrivar) og Olav Tvilde (styremedlem). Varafolk har vore Eirik Lydvo og Marta Hove."),
        ("p", "Husstyret for Lidarheim har vore Per Gjerme (formann), Liv Kvåle og Torleiv Sæve. Revisorar har "
              "vore Åsmund Rokne og Randi Gullbrå."),
        ("p", "Styret har hatt seks styremøte og handsama 31 saker. Laget hadde 143 medlemer ved utgangen av året, "
              "og 58 av dei var under 26 år, det vil seie {p:41 %|under 26 år} av medlemene."),
        ("bh", "Aktivitetar"),
        ("li", "Bygdekino sju laurdagar i vinterhalvåret, med i snitt 45 tilskodarar"),
        ("li", "Revyen «Ut av tåka» vart sett opp fire gonger i mars, med fullt hus kvar kveld"),
        ("li", "Leikarringen har øvd kvar tysdag under leiing av Gunvor Hæve, og dansa på Vossajazz-plassen "
              "og ved opninga av kulturhuset på {g:Vossevangen}"),
        ("li", "Juletrefest 28. desember og 17. mai-kaffi etter toget"),
        ("bh", "Huset"),
        ("p", "Lidarheim vart leigd ut 38 gonger, mest til konfirmasjonar og minnesamvær. Husstyret har skifta "
              "ytterdøra og måla heile vestveggen på dugnad. Utleigeinntektene auka med {p:12 %|utleige} frå "
              "året før."),
        ("bh", "Økonomi"),
        ("p", f"Rekneskapen syner eit {word} på kr {kr(result[0])}. Vedlikehaldet av huset har kosta meir enn "
              "vanleg, men laget har framleis god økonomi."),
        ("stmt", st, {"title": "Rekneskap 2008"}),
        ("stmt", bal, {"title": "Balanse"}),
        ("p", "Rekneskapen er revidert og funnen i orden. – Åsmund Rokne, Randi Gullbrå", {"italic": True}),
        ("p", "Styret takkar alle som har gjeve av tida si til laget i 2008, og særleg Gunvor Hæve for ti år "
              "som leikarringsinstruktør."),
        ("p", "{g:Voss}, 9. februar 2009"),
        ("p", "For styret"),
        ("p", "Ingrid Lid, leiar          Synnøve Bryn, skrivar"),
    ]
    return {
        "name": "lidarheim-ungdomslag-2008", "year": 2008, "lang": "nn",
        "title": "Lidarheim ungdomslag – årsmelding 2008",
        "organization": {"name": "Lidarheim ungdomslag"},
        "ceo": None,
        "board": [("Ingrid Lid", "LEDE", None), ("Håkon Nesheim", "NEST", None), ("Kari Mjelde", "MEDL", None),
                  ("Synnøve Bryn", "MEDL", None), ("Olav Tvilde", "MEDL", None), ("Eirik Lydvo", "VARA", None),
                  ("Marta Hove", "VARA", None)],
        "not_board": ["Per Gjerme", "Liv Kvåle", "Torleiv Sæve", "Åsmund Rokne", "Randi Gullbrå", "Gunvor Hæve"],
        "items": items, "renditions": ["docx"], "font": "Liberation Serif", "body_pt": 11,
        "notes": "Ungdomslag, nynorsk, Voss (Hordaland), Word, two pages. The board in one prose sentence, roles "
                 "in brackets (kasserar and skrivar MEDL), varafolk in the next sentence; husstyret's formann "
                 "and lay revisorar not board; Inntekter/Utgifter in tab-aligned lines; signed by leiar and "
                 "skrivar only.",
    }


REPORTS = [skarfjell_il_2022, elvebyen_parkering_kf_2019, lidarheim_ungdomslag_2008]
