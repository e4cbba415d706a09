"""The thirty-eighth set's last three reports: a historielag whose leader resigned in the spring
and whose extraordinary årsmøte elected a new one in the autumn (short, printed and scanned), a
vekstbedrift AS whose employees' member and daglig leder changed mid-year (board in prose with
dates, an e-signature page as the only signatures, a key-figure table), and an IKS legevakt whose
kommune replaced its member (members beside personal deputies, a konstituert daglig leder for
part of the year). Invented names and figures; sums are computed, never typed."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Line, Statement, balance, income


def orkdal_historielag_2017() -> dict:
    cols = [Col("Regnskap 2017", 2017), Col("Budsjett 2017", 2017, BUDGET), Col("Regnskap 2016", 2016)]
    inc = income("nb", 3, [("Medlemskontingent", "", [48_600, 50_000, 47_250]),
                           ("Salg av årbok", "", [31_420, 35_000, 36_880]),
                           ("Tilskudd fra kommunen", "", [15_000, 15_000, 15_000]),
                           ("Grasrotandel og gaver", "", [9_312, 6_000, 7_104])],
                 [("Trykking av årbok", "", [44_870, 45_000, 43_900]),
                  ("Møter og arrangementer", "", [18_655, 20_000, 17_412]),
                  ("Drift av bygdetunet", "", [27_930, 30_000, 31_220]),
                  ("Porto, forsikring og kontor", "", [8_104, 9_000, 8_877])],
                 labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum utgifter", "op": None,
                         "result": "Resultat", "inc": "Inntekter", "cost": "Utgifter"})
    res = Statement("Regnskap", cols, inc, label_header="", render="ruled")
    board = [("Anders Fiske", "LEDE", None), ("Sverre Grøtte", "NEST", None), ("Marit Bakk", "MEDL", None),
             ("Ingeborg Aune", "MEDL", None), ("Tor Olav Kvam", "MEDL", None), ("Berit Fagerli", "VARA", None)]
    items = [
        ("bh", "Orkdal Historielag", {"size": 18}),
        ("p", "Årsmelding for 2017"),
        ("h", 2, "Styret"),
        ("p", "Leder Jorunn Vullum ba om fritak fra vervet av helsemessige grunner og gikk ut av styret i "
              "april. Nestleder Sverre Grøtte var fungerende leder fram til ekstraordinært årsmøte "
              "26. oktober, som valgte Anders Fiske til ny leder for ett år. Varamedlem Tor Olav Kvam "
              "gikk samtidig inn som fast styremedlem."),
        ("p", "Styret har etter det ekstraordinære årsmøtet bestått av:"),
        ("p", "Anders Fiske, leder (på valg 2018)"),
        ("p", "Sverre Grøtte, nestleder (på valg 2019)"),
        ("p", "Marit Bakk, kasserer (på valg 2018)"),
        ("p", "Ingeborg Aune, sekretær (på valg 2019)"),
        ("p", "Tor Olav Kvam, styremedlem (på valg 2018)"),
        ("p", "Berit Fagerli, varamedlem (på valg 2018)"),
        ("p", "Valgkomiteen har vært Oddvar Lium (leder), Eli Sæther og Bjarne Hoel. Revisor har vært "
              "Guri Løfaldli."),
        ("h", 2, "Aktiviteter"),
        ("p", "Laget hadde 324 betalende medlemmer ved årsskiftet. Det ble holdt seks medlemsmøter på "
              "{g:Orkanger} og ett på {g:Fannrem}, med i snitt 58 fremmøtte."),
        ("li", "Årboka «Gamle Orkdal» nr. 31 kom ut i november"),
        ("li", "Bygdetunet på {g:Vormstad} var åpent hver søndag i juli"),
        ("li", "Kulturminnedagen i september med vandring langs {g?:Orkla}"),
        ("p", "Vi takker æresmedlem Olav Brattset for tretti år med foredrag, og ordfører Kristian Bakken "
              "for åpningen av den nye utstillingen."),
        ("h", 2, "Økonomi"),
        ("stmt", res, {"title": "Regnskap 2017"}),
        ("p", "Overskuddet er overført til lagets egenkapital, som ved årsskiftet var 86 214 kroner."),
        ("sign", "{g:Orkanger}, 8. februar 2018",
         [("Anders Fiske", "leder"), ("Sverre Grøtte", "nestleder"), ("Marit Bakk", "kasserer"),
          ("Ingeborg Aune", "sekretær"), ("Tor Olav Kvam", "styremedlem")]),
    ]
    return {
        "name": "orkdal-historielag-2017", "year": 2017, "title": "Årsmelding 2017 Orkdal Historielag",
        "organization": {"name": "Orkdal Historielag"},
        "ceo": None, "board": board,
        "board_optional": ["Jorunn Vullum"],
        "not_board": ["Oddvar Lium", "Eli Sæther", "Bjarne Hoel", "Guri Løfaldli", "Olav Brattset",
                      "Kristian Bakken"],
        "not_places": ["Gamle Orkdal"],
        "places_optional": ["Orkdal"],
        "items": items, "renditions": ["pdf", "scan"],
        "notes": "Historielag: leader left in April (optional), nestleder fungerende leder until an "
                 "extraordinary årsmøte in October; board as 'Name, role (på valg YYYY)' lines; "
                 "Regnskap | Budsjett | Regnskap with inntekter/utgifter (budget optional); printed and scanned.",
    }


def vefsn_arbeid_2021() -> dict:
    kcols = [Col("2021", 2021), Col("2020", 2020), Col("2019", 2019)]
    key_lines = [Line("Driftsinntekter", [21_884, 20_412, 19_906], key=True, bold=True),
                 Line("Driftskostnader", [21_102, 20_288, 19_344], key=True, bold=True),
                 Line("Driftsresultat", [782, 124, 562], key=True, bold=True),
                 Line("Årsresultat", [701, 58, 511], key=True, bold=True),
                 Line("Sum eiendeler", [14_206, 13_420, 13_388], key=True, bold=True),
                 Line("Egenkapital", [8_912, 8_211, 8_153], key=True, bold=True)]
    keys = Statement("Nøkkeltall", kcols, key_lines, unit=1000, label_header="Beløp i 1000 kr")
    board = [("Randi Kolstad", "LEDE", False), ("Tommy Aasen", "NEST", False), ("Eva Pedersen", "MEDL", False),
             ("Arne Mikalsen", "MEDL", False), ("Lise Marie Hansen", "MEDL", True),
             ("Øystein Grønbech", "VARA", None)]
    items = [
        ("bh", "Årsrapport 2021", {"size": 22}),
        ("p", "Helgeland Arbeid og Kompetanse AS", {"size": 14, "bold": True}),
        ("p", "Industriveien 9, 8657 {g:Mosjøen}"),
        ("photo", 3, 4, "Deltakere og veiledere ved vedhoggeriet i {g:Drevvatnet}."),
        ("pagebreak",),
        ("h", 1, "Innledning"),
        ("p", "Året ble preget av lederskifte. Daglig leder Frode Nilsen gikk over i ny stilling 30. juni. "
              "Avdelingsleder Hege Sørensen var konstituert daglig leder fra 1. juli til 31. oktober, og "
              "Gunnar Ellingsen tiltrådte som daglig leder 1. november."),
        ("p", "Styret takker Frode Nilsen for elleve år som leder, og Hege Sørensen for at hun tok ansvaret "
              "i en krevende høst."),
        ("h", 1, "Om selskapet"),
        ("p", "Helgeland Arbeid og Kompetanse AS er en arbeids- og inkluderingsbedrift i {g:Vefsn} kommune, "
              "eid av Vefsn kommune ({p:70 %|Vefsn kommune}) og Grane kommune ({p:30 %|Grane kommune})."),
        ("p", "Bedriften har 36 plasser i varig tilrettelagt arbeid (VTA) og 24 plasser i "
              "arbeidsforberedende trening (AFT). Sykefraværet blant de ansatte var "
              "{p:8,2 %|sykefraværet blant de ansatte}."),
        ("h", 1, "Avdelinger"),
        ("table", [["Avdeling", "Leder", "Sted"], ["Vedhoggeri", "Hege Sørensen", "{g:Drevvatnet}"],
                   ["Vaskeri", "Mette Johansen", "{g:Mosjøen}"], ["Kantine og servering", "Rolf Hanssen", "{g:Mosjøen}"],
                   ["AFT og jobbstøtte", "Camilla Strøm", "{g:Trofors}"]]),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("p", "Styret har i 2021 bestått av styreleder Randi Kolstad, nestleder Tommy Aasen, "
              "styremedlemmene Eva Pedersen og Arne Mikalsen, og ansattes representant Lise Marie Hansen "
              "(fra 15. april, etter Kjetil Strand, som sluttet i bedriften). Varamedlem er Øystein Grønbech. "
              "Randi Kolstad og Arne Mikalsen er på valg i 2022."),
        ("p", "Styret har hatt 10 møter. Styret består av tre kvinner og to menn, og "
              "{p:55 prosent|av de ansatte er kvinner} av de ansatte er kvinner."),
        ("p", "Årsresultatet er 701 000 kroner, som overføres til annen egenkapital. Styret bekrefter at "
              "forutsetningen for fortsatt drift er til stede."),
        ("keytable", keys, [["Egenkapitalandel", "{p:62,7 %}", "{p:61,2 %}", "{p:60,9 %}"]],
         {"title": "Nøkkeltall"}),
        ("p", "Det fullstendige årsregnskapet med noter og revisors beretning fra Nordlandsrevisjon ved "
              "Siri Bårdsen er sendt eierne."),
        ("p", "{g:Mosjøen}, 22. mars 2022"),
        ("esign", "Signaturer",
         "Dokumentet er signert elektronisk med BankID. Signaturene er lagt ved dokumentet.",
         [["Kolstad, Randi", "Styrets leder", "Signert 22.03.2022 09:14"],
          ["Aasen, Tommy", "Nestleder", "Signert 22.03.2022 10:02"],
          ["Pedersen, Eva", "Styremedlem", "Signert 22.03.2022 12:40"],
          ["Mikalsen, Arne", "Styremedlem", "Signert 23.03.2022 08:11"],
          ["Hansen, Lise Marie", "Styremedlem", "Signert 23.03.2022 14:26"],
          ["Ellingsen, Gunnar", "Daglig leder", "Signert 22.03.2022 09:01"]]),
    ]
    return {
        "name": "vefsn-arbeid-2021", "year": 2021, "title": "Årsrapport 2021 Helgeland Arbeid og Kompetanse AS",
        "organization": {"name": "Helgeland Arbeid og Kompetanse AS", "address": "Industriveien 9, 8657 Mosjøen",
                         "owners": [{"name": "Vefsn kommune", "share_percent": 70},
                                    {"name": "Grane kommune", "share_percent": 30}]},
        "ceo": "Gunnar Ellingsen", "board": board,
        "board_optional": ["Kjetil Strand"],
        "not_board": ["Frode Nilsen", "Hege Sørensen", "Mette Johansen", "Rolf Hanssen", "Camilla Strøm",
                      "Siri Bårdsen"],
        "programs": {"VTA": 36, "AFT": 24},
        "not_places": ["Vefsn kommune", "Grane kommune", "Nordlandsrevisjon", "Helgeland Arbeid"],
        "places_optional": ["Grane", "Helgeland", "Nordland"],
        "footer": "Helgeland Arbeid og Kompetanse AS | Årsrapport 2021 | {PAGE}",
        "items": items, "renditions": ["docx", "doc"],
        "notes": "Vekstbedrift: employees' member replaced in April (the leaver optional); three daglige "
                 "ledere in the year (the last, who signs, is ceo); board in one prose sentence; the "
                 "e-signature page 'Surname, Given names' the only signatures; a Nøkkeltall table of three years.",
    }


def hallingdal_legevakt_2012() -> dict:
    cols = [Col("Regnskap 2012", 2012), Col("Regnskap 2011", 2011)]
    inc = income("nb", 2, [("Innbetaling fra eierkommunene", "", [14_212_000, 13_640_000]),
                           ("Egenandeler og refusjoner", "", [4_388_420, 4_102_880]),
                           ("Andre inntekter", "", [212_600, 188_450])],
                 [("Lønn og sosiale utgifter", "2", [15_604_330, 14_988_120]),
                  ("Husleie", "", [1_212_000, 1_188_000]),
                  ("Andre driftsutgifter", "", [1_806_410, 1_712_560])],
                 [("Renteinntekter", "", [64_100, 71_230])])
    res = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i NOK",
                    thousands=".", negative="minus")
    bal = balance("nb", 2, [], [("Kortsiktige fordringer", "", [812_400, 766_200]), ("Bankinnskudd", "", "plug")],
                  [("Egenkapital", "", [1_488_500, 1_234_120])], [],
                  [("Skyldig lønn og feriepenger", "", [1_602_880, 1_514_330]),
                   ("Annen kortsiktig gjeld", "", [388_120, 402_910])])
    bal_st = Statement("Balanse", cols, bal, note_col="Note", label_header="Beløp i NOK", thousands=".")
    board = [("Helge Bøygard", "LEDE", None), ("Kari Sletto", "NEST", None), ("Ole Jørgen Rustad", "MEDL", None),
             ("Torunn Haugo", "MEDL", None), ("Sigrid Bakkene", "MEDL", None),
             ("Halvor Teigen", "VARA", None), ("Mari Kvisla", "VARA", None), ("Asbjørn Tufte", "VARA", None),
             ("Gro Elin Ødegård", "VARA", None), ("Nils Kolsrud", "VARA", None)]
    items = [
        ("bh", "Hallingdal Legevakt IKS", {"size": 20}),
        ("p", "Årsberetning 2012", {"size": 14}),
        ("h", 1, "Innledning"),
        ("p", "Hallingdal Legevakt IKS gir legevakttjeneste på kveld, natt og helg for innbyggere og "
              "tilreisende i seks kommuner. Legevakten holder til ved sykehuset på {g:Ål}."),
        ("p", "Daglig leder Inger Lise Bakke hadde permisjon fra 1. mars til 31. august. I denne perioden "
              "var legevaktsykepleier Svein Olav Hagen konstituert daglig leder."),
        ("h", 1, "Eiere og representantskap"),
        ("table", [["Eierkommune", "Eierandel", "Representant i representantskapet"],
                   ["{g:Flå}", "{p:6 %}", "Karin Thorsrud"], ["{g:Nes}", "{p:16 %}", "Tore Haugerud"],
                   ["{g:Gol}", "{p:24 %}", "Vidar Lia"], ["{g:Hemsedal}", "{p:12 %}", "Liv Berit Grøndahl"],
                   ["{g:Ål}", "{p:24 %}", "Bjørn Rukke"], ["{g:Hol}", "{p:18 %}", "Gunnar Sundre"]]),
        ("p", "Representantskapets leder i 2012 var Vidar Lia, ordfører i {g:Gol}."),
        ("h", 1, "Styret"),
        ("p", "Styret velges av representantskapet. Etter at Ingrid Flaten fikk fritak fra sine politiske "
              "verv i juni, valgte representantskapet 19. september Sigrid Bakkene som nytt styremedlem "
              "for resten av perioden. Styret har hatt denne sammensetningen ved utgangen av året:"),
        ("table", [["Verv", "Medlem", "Personlig varamedlem"],
                   ["Styreleder", "Helge Bøygard", "Halvor Teigen"],
                   ["Nestleder", "Kari Sletto", "Mari Kvisla"],
                   ["Styremedlem", "Ole Jørgen Rustad", "Asbjørn Tufte"],
                   ["Styremedlem", "Torunn Haugo", "Gro Elin Ødegård"],
                   ["Styremedlem", "Sigrid Bakkene", "Nils Kolsrud"]], {"shade_header": "D9E2EC"}),
        ("p", "Medisinsk faglig ansvarlig lege er Erik Villand, som møter i styret uten stemmerett."),
        ("h", 1, "Drift"),
        ("p", "Legevakten hadde 11 482 konsultasjoner, en økning på {p:4,6 %|en økning på} fra "
              "2011. Om lag {p:38 prosent|av henvendelsene kom fra tilreisende} av henvendelsene kom fra "
              "tilreisende, de fleste i vintersesongen på {g:Geilo} og i {g:Hemsedal}."),
        ("table", [["", "2012", "2011", "2010"], ["Konsultasjoner", "11 482", "10 977", "10 512"],
                   ["Telefonhenvendelser", "24 906", "23 418", "22 804"], ["Sykebesøk", "312", "298", "287"],
                   ["Sykefravær", "{p:5,1 %}", "{p:6,3 %}", "{p:5,9 %}"]]),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap"}),
        ("stmt", bal_st, {"title": "Balanse per 31.12.2012"}),
        ("p", "Regnskapet er revidert av Buskerud Kommunerevisjon IKS ved revisor Trond Opheim."),
        ("sign", "{g:Ål}, 28. februar 2013",
         [("Helge Bøygard", "leder"), ("Kari Sletto", "nestleder"), ("Ole Jørgen Rustad", ""),
          ("Torunn Haugo", ""), ("Sigrid Bakkene", ""), ("Inger Lise Bakke", "daglig leder")]),
    ]
    return {
        "name": "hallingdal-legevakt-2012", "year": 2012, "title": "Årsberetning 2012 Hallingdal Legevakt IKS",
        "organization": {"name": "Hallingdal Legevakt IKS",
                         "owners": [{"name": "Flå", "share_percent": 6}, {"name": "Nes", "share_percent": 16},
                                    {"name": "Gol", "share_percent": 24}, {"name": "Hemsedal", "share_percent": 12},
                                    {"name": "Ål", "share_percent": 24}, {"name": "Hol", "share_percent": 18}]},
        "ceo": "Inger Lise Bakke", "board": board,
        "board_optional": ["Ingrid Flaten", "Erik Villand"],
        "not_board": ["Svein Olav Hagen", "Karin Thorsrud", "Tore Haugerud", "Vidar Lia", "Bjørn Rukke",
                      "Trond Opheim"],
        "not_places": ["Buskerud Kommunerevisjon IKS"],
        "places_optional": ["Hallingdal", "Buskerud"],
        "header": "Hallingdal Legevakt IKS", "footer": "Årsberetning 2012 – side {PAGE}",
        "items": items, "renditions": ["pdf", "docx"],
        "notes": "IKS: a member replaced in September (the leaver optional); members beside personal "
                 "deputies (VARA) in a Verv | Medlem | Personlig varamedlem table; a konstituert daglig "
                 "leder for the daglig leder's leave (she is ceo); representantskap with its leder; "
                 "the medisinsk faglig ansvarlig lege meets without a vote (not board).",
    }


REPORTS = [orkdal_historielag_2017, vefsn_arbeid_2021, hallingdal_legevakt_2012]
