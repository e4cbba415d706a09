"""Forty-third held-out set, part B: a jeger- og fiskerforening (lokallag), a bygdekvinnelag and a
frivillig stiftelse. Invented names and figures; accounting-system statements as in part A."""
from __future__ import annotations

from h43_reports_a import board_tuples, sys_result
from heldout_finance import Col, Statement, balance
from heldout_people import M


# ---------------------------------------------------------------- 4: jeger- og fiskerforening, long
def stjordal_jff():
    y = 2021
    board = [("Øyvind Hegre", "LEDE"), ("Linn Kristin Forbord", "NEST"), ("Rune Elnan", "MEDL"),
             ("Marte Sollie", "MEDL"), ("Asbjørn Fløan", "MEDL"), ("Johan Reppe", "VARA"),
             ("Silje Kvello", "VARA")]
    utvalg = [
        ("Skyteutvalget", "Leder: Bård Gjevik", "Medlemmer: Tor Inge Ness, Hanne Lykkja",
         "Banen var åpen 46 kvelder. 312 skyttere avla oppskytingsprøve for storvilt, og ny elgfigur ble "
         "montert på 100-metersbanen. Utvalget takker Per Arne Kirkreit for arbeidet med standplassen."),
        ("Hundeutvalget", "Leder: Kristin Wold", "Medlemmer: Ivar Holte",
         "Det ble holdt ett ettersøkskurs og to apportkurs. Hundeutvalget arrangerte også blodsporprøve i "
         "samarbeid med naboforeningen i {g:Meråker}."),
        ("Fiskeutvalget", "Leder: Endre Aune", "Medlemmer: Sverre Lien, Vegard Moe",
         "Fiskekortsalget i elva økte med {p:14 %|fiskekortsalget} fra året før. Fiskedagen for barn samlet 85 "
         "deltakere ved {g:Hegra}."),
        ("Ungdomsutvalget", "Leder: Mari Ystad", "",
         "Ungdomsgruppa hadde 11 samlinger med blant annet skyting, sporing og matlaging på bål."),
    ]
    inc = [("3000 Medlemskontingent", "", [218_400, 215_000, 209_550]),
           ("3100 Standplassavgift skytebane", "", [163_260, 150_000, 141_780]),
           ("3110 Salg av ammunisjon", "", [94_315, 90_000, 86_250]),
           ("3200 Fiskekortsalg", "", [128_740, 110_000, 112_900]),
           ("3300 Kursinntekter", "", [41_600, 45_000, 38_400]),
           ("3400 Tilskudd og momskompensasjon", "", [57_212, 50_000, 49_874])]
    cost = [("4000 Innkjøp ammunisjon", "", [78_930, 75_000, 70_115]),
            ("4300 Fiskeutsetting og oppsyn", "", [66_480, 60_000, 58_200]),
            ("6000 Avskrivninger", "", [48_000, 48_000, 48_000]),
            ("6300 Leie av grunn", "", [35_000, 35_000, 35_000]),
            ("6340 Strøm skytebane", "", [28_715, 24_000, 21_360]),
            ("6600 Vedlikehold anlegg", "", [142_380, 100_000, 87_640]),
            ("6800 Kontorrekvisita og porto", "", [11_204, 12_000, 10_930]),
            ("7000 Kurs og instruktører", "", [29_400, 30_000, 26_250]),
            ("7320 Kontingent til forbundet", "", [98_280, 96_750, 94_300]),
            ("7500 Forsikringer", "", [22_815, 23_000, 21_900]),
            ("7790 Andre kostnader", "", [17_660, 15_000, 14_820])]
    fin = [("8050 Renteinntekter", "", [3_184, 3_000, 4_260]), ("8150 Rentekostnader", "", [-9_870, -10_000, -11_340])]
    res = sys_result("Resultatregnskap", y, inc, cost, fin, label_header="Konto",
                     labels={"result": "Årets resultat"})
    bal = Statement("Balanse", [Col("31.12.2021", y), Col("31.12.2020", y - 1)], balance(
        "nb", 2, fixed=[("1100 Skytebane og standplass", "", [384_000, 432_000])],
        current=[("1400 Varelager ammunisjon", "", [31_450, 27_800]), ("1920 Bank driftskonto", "", "plug")],
        equity=[("2050 Annen egenkapital", "", [500_000 + res.lines[-1].values[0], 500_000])],
        long=[("2200 Lån Sparebank", "", [180_000, 210_000])],
        short=[("2400 Leverandørgjeld", "", [24_615, 19_330])]), label_header="Konto")
    items = [
        ("p", "Stjørdal Jeger- og Fiskerforening", {"size": 20, "bold": True}),
        ("p", "Årsmelding og regnskap 2021", {"size": 14}),
        ("photo", 4, 3, "Oppskyting på banen i {g:Stjørdal} en augustkveld."),
        ("toc", [("Lederens ord", 2), ("Organisasjon og tillitsvalgte", 3), ("Utvalgenes årsmeldinger", 4),
                 ("Regnskap", 7), ("Revisors beretning", 9), ("Valgkomiteens innstilling", 10)], {"title": "Innhold"}),
        ("break",),
        ("h", 1, "Lederens ord"),
        ("p", "2021 ble nok et år med restriksjoner, men aktiviteten på skytebanen har aldri vært høyere. Vi fikk "
              "ny grunnleieavtale med grunneier Halvard Stokkan, og regionleder Gro Anita Ness i forbundet besøkte "
              "oss i juni. Takk til alle som har stilt på dugnad."),
        ("p", "Øyvind Hegre, leder", {"italic": True}),
        ("break",),
        ("h", 1, "Organisasjon og tillitsvalgte"),
        ("p", "Foreningen hadde 1 092 medlemmer pr. 31.12.2021, hvorav {p:9 %|under 20 år} under 20 år."),
        ("p", "Styret har bestått av:"),
        ("table", [["Verv", "Navn", "Personlig vara"], ["Leder", "Øyvind Hegre", ""],
                   ["Nestleder", "Linn Kristin Forbord", ""], ["Kasserer", "Rune Elnan", "Johan Reppe"],
                   ["Sekretær", "Marte Sollie", "Silje Kvello"], ["Styremedlem", "Asbjørn Fløan", ""]], {"ruled": True}),
        ("p", "Utvalgslederne har møterett i styret. Revisor: Nils Petter Hoseth, registrert revisor."),
        ("break",),
        ("h", 1, "Utvalgenes årsmeldinger"),
    ]
    for title, lead, members, text in utvalg:
        items += [("h", 2, title), ("p", lead), *([("p", members)] if members else []), ("p", text)]
    items += [
        ("break",),
        ("h", 1, "Regnskap"),
        ("p", "Rapport fra regnskapssystemet, Periode 01.01.2021–31.12.2021. Beløp i NOK.", {"italic": True}),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("break",),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2021"}),
        ("p", "Note 1: Skytebanen avskrives over 10 år. Note 2: Lånet har flytende rente."),
        ("sign", "{g:Stjørdal}, 15. februar 2022",
         [("Øyvind Hegre", "leder"), ("Linn Kristin Forbord", "nestleder"), ("Rune Elnan", "kasserer"),
          ("Marte Sollie", "sekretær"), ("Asbjørn Fløan", "styremedlem")], {"cols": 3}),
        ("break",),
        ("h", 1, "Revisors beretning"),
        ("p", "Jeg har revidert årsregnskapet for Stjørdal Jeger- og Fiskerforening for 2021. Etter min mening "
              "gir regnskapet et dekkende bilde av foreningens økonomi pr. 31.12.2021."),
        ("p", "Nils Petter Hoseth, registrert revisor"),
        ("break",),
        ("h", 1, "Valgkomiteens innstilling"),
        ("p", "Valgkomiteen har bestått av Tove Gresseth (leder), Arne Hammer og Lise Moxness."),
        ("table", [["Verv", "Navn", "Valgt for"], ["Leder", "Linn Kristin Forbord", "1 år (ny som leder)"],
                   ["Nestleder", "Bård Gjevik", "2 år (ny)"], ["Styremedlem", "Asbjørn Fløan", "ikke på valg"],
                   ["Vara", "Hanne Lykkja", "1 år (ny)"]], {"ruled": True}),
    ]
    return {
        "name": "stjordal-jff-2021", "year": y, "title": "Årsmelding Stjørdal Jeger- og Fiskerforening 2021",
        "organization": {"name": "Stjørdal Jeger- og Fiskerforening"}, "ceo": None, "board": board_tuples(board),
        "not_board": ["Bård Gjevik", "Tor Inge Ness", "Hanne Lykkja", "Kristin Wold", "Ivar Holte", "Endre Aune",
                      "Sverre Lien", "Mari Ystad", "Per Arne Kirkreit", "Halvard Stokkan", "Gro Anita Ness",
                      "Nils Petter Hoseth", "Tove Gresseth", "Arne Hammer", "Lise Moxness"],
        "header": "Stjørdal JFF – årsmelding 2021", "not_places": ["Stjørdal JFF"], "footer": "Utskrevet 16.02.2022      Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "jakt- og fiskeforening lokallag: board with personal deputies in a third column; utvalg leaders; "
                 "accounts with account numbers and budget; valgkomité proposal.",
    }


# ---------------------------------------------------------------- 5: bygdekvinnelag
def hol_bygdekvinnelag():
    y = 2018
    board = [("Randi Sletto", "LEDE"), ("Åse Grøthe", "NEST"), ("Torunn Haugo", "MEDL"),
             ("Inger Lise Brekkhus", "MEDL"), ("Kjersti Rukke", "VARA")]
    inc = [("3000 Kontingent", "", [17_850, 18_000, 18_300]),
           ("3200 Kafé på bygdedagen", "", [24_615, 22_000, 21_470]),
           ("3210 Kurs", "", [9_400, 12_000, 11_800]),
           ("3400 Tilskot og gåver", "", [5_000, 5_000, 7_500])]
    cost = [("4000 Varer til kafé", "", [11_938, 9_000, 8_712]),
            ("6300 Leige grendahus", "", [6_500, 6_000, 6_000]),
            ("6900 Kursutgifter", "", [22_610, 12_000, 11_640]),
            ("7320 Kontingent til sentralleddet", "", [12_495, 12_600, 12_810]),
            ("7400 Gåver og blomar", "", [3_480, 2_500, 2_940]),
            ("7700 Diverse", "", [1_964, 2_000, 1_402])]
    res = sys_result("Rekneskap", y, inc, cost, lang="nn", last=False,
                     labels={"inc": "Inntekter", "cost": "Utgifter", "sum_inc": "Sum inntekter",
                             "sum_cost": "Sum utgifter", "op": None, "result": "Resultat"},
                     label_header="Utskrive 05.02.2019")
    items = [
        ("h", 1, "Årsmelding 2018 for Hol Bygdekvinnelag"),
        ("p", "Laget hadde 51 medlemer ved årsskiftet. Vi har hatt 8 medlemsmøte i grendahuset på {g:Hovet}, "
              "med i snitt 22 frammøtte."),
        ("h", 2, "Aktivitetar"),
        ("li", "Strikkekafé kvar tysdag i haustsemesteret"),
        ("li", "Kurs i spekemat med Ola Tufte frå {g:Geilo}"),
        ("li", "Kafé på bygdedagen, saman med ungdomslaget"),
        ("li", "Tur til Landsmøtet i {g:Lillehammer}"),
        ("p", "Takk til Marit Kolsrud i fylkeslaget for godt samarbeid, og til Dag Ove Fekjær som lånte oss "
              "låven til haustfesten."),
        ("h", 2, "Rekneskap"),
        ("stmt", res, {"title": "Rekneskap 2018 – rekneskap mot budsjett"}),
        ("p", "Underskotet vert dekt av eigenkapitalen. Innestående i bank 31.12.2018: 41 206 kroner."),
        ("p", "Følgjande har hatt verv i laget utanom styret:"),
        ("tablines", [["Vertinner:", "Gro Flaten, Solfrid Myhre og Ragnhild Kvisla"],
                      ["Turkomité:", "Åslaug Kleivi og Tone Hagaløkken"],
                      ["Utsendingar til fylkesårsmøtet:", "Randi Sletto og Torunn Haugo"],
                      ["Valnemnd:", "Bjørg Haugen (leiar) og Aud Tveito"],
                      ["Revisorar:", "Sigrun Bakke og Eldbjørg Bjørnsrud"]], {"stops": (6.5,)}),
        ("sign", "{g:Hol}, 7. februar 2019",
         [("Randi Sletto", "leiar"), ("Åse Grøthe", "nestleiar"), ("Torunn Haugo", "kasserar"),
          ("Inger Lise Brekkhus", "skrivar"), ("Kjersti Rukke", "varamedlem")], {"cols": 3}),
    ]
    return {
        "name": "hol-bygdekvinnelag-2018", "year": y, "title": "Årsmelding Hol Bygdekvinnelag 2018",
        "organization": {"name": "Hol Bygdekvinnelag"}, "ceo": None, "board": board_tuples(board),
        "not_board": ["Ola Tufte", "Marit Kolsrud", "Dag Ove Fekjær", "Sigrun Bakke", "Eldbjørg Bjørnsrud", "Gro Flaten",
                      "Solfrid Myhre", "Ragnhild Kvisla", "Åslaug Kleivi", "Tone Hagaløkken", "Bjørg Haugen", "Aud Tveito"],
        "not_places": ["Hol Bygdekvinnelag"],
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "bygdekvinnelag, nynorsk: the board only as a signature block with roles under the names; "
                 "other verv (vertinner, komité, utsendingar with two board members, valnemnd, revisorar) as tab lines.",
    }


# ---------------------------------------------------------------- 6: frivillig stiftelse, long
def tolga_bygdetun():
    y = 2020
    board = [M("Helge Nesvold", "LEDE"), M("Anne Berit Moen", "NEST"), M("Ståle Brennhaug", "MEDL"),
             M("Ingvild Tøndel", "MEDL"), M("Kåre Rønning", "VARA")]
    inc = [("3000 Billettinntekter", "", [84_620, 110_000, 121_350]),
           ("3100 Salg i butikk og kafé", "", [67_415, 95_000, 102_880]),
           ("3300 Utleie av lokaler", "", [21_500, 35_000, 38_500]),
           ("3400 Driftstilskudd kommune", "", [250_000, 250_000, 240_000]),
           ("3410 Prosjekttilskudd", "", [180_000, 120_000, 60_000]),
           ("3420 Kompensasjonsordning", "", [38_740, 0, 0])]
    cost = [("4000 Varekjøp", "", [31_226, 45_000, 49_115]),
            ("5000 Lønn", "", [362_480, 380_000, 371_900]),
            ("5400 Arbeidsgiveravgift", "", [28_274, 29_640, 29_010]),
            ("6000 Avskrivninger", "", [42_000, 42_000, 42_000]),
            ("6600 Reparasjon bygninger", "", [96_318, 60_000, 48_770]),
            ("6800 Kontorkostnader", "", [14_902, 15_000, 15_440]),
            ("7500 Forsikring", "", [27_630, 28_000, 26_980]),
            ("7790 Andre driftskostnader", "", [18_412, 20_000, 21_064])]
    fin = [("8050 Renteinntekter", "", [1_280, 2_000, 3_110])]
    res = sys_result("Resultatregnskap", y, inc, cost, fin, negative="paren",
                     label_header="Periode 01.01.2020–31.12.2020")
    bal = Statement("Balanse", [Col("2020", y), Col("2019", y - 1)], balance(
        "nb", 2, fixed=[("1100 Bygninger", "", [516_000, 558_000])],
        current=[("1500 Fordringer", "", [12_300, 18_950]), ("1920 Bankinnskudd", "", "plug")],
        equity=[("2000 Grunnkapital", "", [100_000, 100_000]), ("2050 Annen egenkapital", "", [496_345 + res.lines[-1].values[0], 496_345])],
        long=[], short=[("2400 Leverandørgjeld", "", [19_880, 14_220]), ("2770 Skyldige offentlige avgifter", "", [24_615, 22_940])]),
        negative="paren")
    items = [
        ("p", "Stiftelsen Tolga Bygdetun", {"size": 20, "bold": True}),
        ("p", "Årsberetning og årsregnskap 2020", {"size": 13}),
        ("p", "Org.nr. 981 445 207 · {g:Tolga}"),
        ("photo", 3, 2, "Stabburet fra 1790 fikk ny tekking i 2020."),
        ("toc", [("Virksomheten", 2), ("Styrets beretning", 3), ("Resultatregnskap", 5), ("Balanse", 6),
                 ("Noter", 7), ("Revisjonsberetning", 8), ("Signaturer", 9)], {"title": "Innhold"}),
        ("break",),
        ("h", 1, "Virksomheten"),
        ("p", "Stiftelsen ble opprettet i 1979 og har som formål å ta vare på bygdetunet og formidle lokal "
              "byggeskikk. Tunet ligger ved {g:Glomma}, to kilometer nord for sentrum av {g:Tolga}."),
        ("p", "Sesongen ble kort på grunn av smittevernreglene. Besøket falt til 2 140 mot 3 380 året før, en "
              "nedgang på {p:37 %|besøket}. Daglig leder Sissel Bergland har hatt {p:60 prosent|stilling} stilling."),
        ("break",),
        ("h", 1, "Styrets beretning"),
        ("p", "Styret er oppnevnt av stiftelsens råd etter vedtektene. Rådets leder er Oddvar Langen. Styret har "
              "hatt 6 møter, og varamedlem Kåre Rønning har møtt fast. Styret takker antikvar Guri Nyeng ved fylkeskommunen for råd om tekkingen, og "
              "tømrer Jon Arild Hoff for arbeidet."),
        ("photo", 2, 2, "Styret på befaring ved stabburet. Fra venstre: Ståle Brennhaug, nestleder Anne Berit "
                        "Moen, styreleder Helge Nesvold og Ingvild Tøndel."),
        ("p", "Årsregnskapet er satt opp under forutsetning av fortsatt drift. Driften påvirker ikke det ytre "
              "miljø. Stiftelsen har to ansatte, begge kvinner."),
        ("break",),
        ("h", 1, "Resultatregnskap"),
        ("p", "Utskrevet fra regnskapssystemet 19.03.2021. Negative tall i parentes.", {"italic": True}),
        ("stmt", res, {"title": "Resultatregnskap Stiftelsen Tolga Bygdetun"}),
        ("break",),
        ("h", 1, "Balanse"),
        ("stmt", bal, {"title": "Balanse pr. 31.12."}),
        ("break",),
        ("h", 1, "Noter"),
        ("p", "Note 1 Regnskapsprinsipper: Regnskapet er satt opp etter god regnskapsskikk for små foretak."),
        ("p", "Note 2 Bygninger avskrives lineært over 25 år."),
        ("p", "Note 3 Grunnkapitalen er bundet etter stiftelsesloven."),
        ("break",),
        ("h", 1, "Revisjonsberetning"),
        ("p", "Vi har revidert årsregnskapet for Stiftelsen Tolga Bygdetun. Etter vår mening er årsregnskapet "
              "avgitt i samsvar med lov og forskrifter."),
        ("p", "Fjellregionen Revisjon AS, Eirik Skjærvold, statsautorisert revisor"),
        ("esign", "Signaturer",
         "Dokumentet er signert elektronisk av følgende personer:",
         [[m.surname_first, t, f"Signert {d} med BankID"] for m, t, d in
          zip(board[:4], ("Styreleder", "Nestleder", "Styremedlem", "Styremedlem"),
              ("22.03.2021 kl. 09:12", "22.03.2021 kl. 11:40", "22.03.2021 kl. 20:05", "23.03.2021 kl. 07:58"))]
         + [["Bergland, Sissel", "Daglig leder", "Signert 23.03.2021 kl. 08:31 med BankID"]]),
    ]
    return {
        "name": "tolga-bygdetun-2020", "year": y, "title": "Årsberetning Stiftelsen Tolga Bygdetun 2020",
        "organization": {"name": "Stiftelsen Tolga Bygdetun"}, "ceo": "Sissel Bergland",
        "board": [(m.name, m.role, None) for m in board],
        "not_board": ["Oddvar Langen", "Guri Nyeng", "Jon Arild Hoff", "Eirik Skjærvold"],
        "header": "Stiftelsen Tolga Bygdetun – årsregnskap 2020", "footer": "Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "frivillig stiftelse, long; the board in a photo caption and on the e-signature page (surname first), "
                 "the varamedlem once in prose; the daglig leder signs beside the board.",
    }


REPORTS = [stjordal_jff, hol_bygdekvinnelag, tolga_bygdetun]
