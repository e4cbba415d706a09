"""Forty-first held-out set, reports A: a kirkelig fellesråd, a menighetsråd and a kor (invented;
places real and valid in the report's year)."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Line, Statement, balance, income
from h3_render import Kroner


def sauherad_fellesrad_2017() -> dict:
    """Long fellesråd report; members in one sentence with their sokn in brackets (as a protocol's
    "Følgende medlemmer møtte" line), leder/nestleder in the next sentence, far from the start."""
    cols = [Col("Regnskap 2017", 2017), Col("Regulert budsjett 2017", 2017, BUDGET),
            Col("Opprinnelig budsjett 2017", 2017, BUDGET), Col("Regnskap 2016", 2016)]
    labels = {"inc": "Driftsinntekter", "sum_inc": "Sum driftsinntekter", "cost": "Driftsutgifter",
              "sum_cost": "Sum driftsutgifter", "op": "Brutto driftsresultat",
              "fin": "Finansinntekter og -utgifter", "net_fin": "Netto finansposter",
              "result": "Netto driftsresultat"}
    drift = Statement("Driftsregnskap 2017", cols, income("nb", 4, [
        ("Salgs- og leieinntekter", "", [612_340, 590_000, 560_000, 571_215]),
        ("Refusjoner", "", [148_902, 120_000, 100_000, 131_480]),
        ("Overføring fra kommunen", "3", [4_870_000, 4_870_000, 4_820_000, 4_705_000]),
        ("Tilskudd fra staten og bispedømmet", "", [386_450, 380_000, 380_000, 371_900]),
    ], [
        ("Lønn og sosiale utgifter", "4", [4_119_877, 4_180_000, 4_090_000, 3_966_312]),
        ("Kjøp av varer og tjenester", "", [1_262_418, 1_205_000, 1_150_000, 1_188_734]),
        ("Overføringer", "", [244_105, 230_000, 230_000, 229_617]),
        ("Avskrivninger", "7", [168_220, 170_000, 170_000, 166_010]),
    ], [
        ("Renteinntekter", "", [21_318, 20_000, 20_000, 24_877]),
        ("Motpost avskrivninger", "", [168_220, 170_000, 170_000, 166_010]),
    ], labels=labels), note_col="Note", label_header="Beløp i kroner",
        above="Driftsregnskapet er satt opp etter forskrift om økonomiforvaltningen i fellesråd og menighetsråd.")
    bal = Statement("Balanse per 31.12.2017", [Col("31.12.2017", 2017), Col("31.12.2016", 2016)], balance("nb", 2,
        [("Bygninger og anlegg", "7", [2_846_500, 2_954_720]), ("Utstyr og maskiner", "7", [312_400, 372_400])],
        [("Kortsiktige fordringer", "", [204_118, 188_402]), ("Bankinnskudd", "", "plug")],
        [("Disposisjonsfond", "8", [842_611, 736_004]), ("Kapitalkonto", "", [3_158_900, 3_327_120])],
        [("Pensjonsforpliktelser og lån", "", [610_000, 640_000])],
        [("Leverandørgjeld og annen kortsiktig gjeld", "", [488_207, 452_991])]),
        note_col="Note", label_header="Beløp i kroner")
    board_sentence = (
        "Fellesrådet har i 2017 hatt disse medlemmene: Torunn Vestgarden ({g?:Sauherad} sokn), Helge Aslaksrud "
        "({g?:Nes} sokn), Margit Tveiten Bakke ({g?:Hørte} sokn), Olav Rønningen (kommunens representant) og "
        "sokneprest Einar Haugsrud (prostens representant). Rådet konstituerte seg i januar med Torunn Vestgarden "
        "som leder og Helge Aslaksrud som nestleder. Som varamedlemmer har Gunnar Lia, Sigrid Hove Næss, "
        "Aslak Kaasa og Bodil Rue (kommunens vara) vært valgt; ingen varamedlemmer har hatt fast møterett.")
    items = [
        ("bh", "Sauherad kirkelige fellesråd", {"size": 20}),
        ("p", "Årsmelding og årsregnskap 2017", {"size": 14}),
        ("photo", 3, 4, "Konfirmanter og ledere utenfor {g?:Nes} kirke i {g:Gvarv} en lørdag i mai."),
        ("p", "Kirkekontoret, {g:Gvarv} – e-post: post.sauherad@kirken.no – telefon 35 95 41 10"),
        ("pagebreak",),
        ("toc", [("1. Kirkevergens innledning", 2), ("2. Kirkelige handlinger og aktivitet", 3),
                 ("3. Kirkebyggene (funksjon 042)", 4), ("4. Gravplassene (funksjon 043)", 5),
                 ("5. Administrasjon og ansatte (funksjon 041)", 6), ("6. Fellesrådet", 7),
                 ("7. Økonomi og driftsregnskap", 8), ("8. Noter", 10), ("9. Revisjonsberetning", 11)]),
        ("pagebreak",),
        ("h", 1, "1. Kirkevergens innledning"),
        ("p", "Året 2017 var reformasjonsjubileets år, og menighetene i kommunen markerte det med en felles "
              "gudstjeneste i oktober og en temakveld om Luther i samarbeid med biblioteket. Samtidig var det "
              "et år der forberedelsene til ny kirkeordning tok mye tid både i rådet og på kirkekontoret."),
        ("p", "Fellesrådet har hatt en stram økonomi, men regnskapet viser at driften er holdt innenfor de "
              "rammene rådet satte. Overføringen fra kommunen økte litt, og vi fikk i tillegg tilskudd fra "
              "bispedømmet til trosopplæringen. Merforbruket på lønn skyldes en sykemelding der vikar var nødvendig."),
        ("p", "Jeg vil takke prost Anne Marit Skoe for godt samarbeid gjennom året, ordfører Hans Olav Bratlien "
              "for interessen han har vist for kirkebyggene, og alle frivillige som har stilt opp ved "
              "kirkekaffe, dugnader og konserter. En særlig takk går til Liv Groven, som etter 22 år som "
              "kirkevert takket for seg i desember."),
        ("p", "Solveig Brekke, kirkeverge", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "2. Kirkelige handlinger og aktivitet"),
        ("p", "Tabellen viser de kirkelige handlingene i de tre soknene de siste tre årene. Tallene er hentet "
              "fra kirkebøkene og rapportert til Statistisk sentralbyrå."),
        ("table", [["", "2015", "2016", "2017"], ["Døpte", "31", "28", "33"], ["Konfirmerte", "44", "39", "41"],
                   ["Vigde", "9", "12", "8"], ["Gravferder", "52", "47", "55"],
                   ["Gudstjenester i alt", "138", "141", "136"], ["Deltakere ved gudstjenester", "9 870", "9 412", "10 105"]],
         {"ruled": True}),
        ("p", "Trosopplæringen har hatt tiltak for alle årskull fra 0 til 18 år. Babysang, 4-årsbok, "
              "lys våken for 11-åringer og Tårnagenthelg i {g?:Hørte} kirke var blant de best besøkte tiltakene. "
              "Konfirmantleiren ble holdt på {g?:Vrådal} i september sammen med nabomenighetene."),
        ("p", "Kirkemusikken har hatt et godt år. Kantor har ledet barnekoret og to voksenkor, og det ble holdt "
              "elleve konserter i kirkene, blant dem julekonserten med skolekorpset og en orgelkonsert på "
              "reformasjonsdagen."),
        ("h", 1, "3. Kirkebyggene (funksjon 042)"),
        ("p", "Fellesrådet forvalter tre kirker: {g?:Sauherad} kirke fra middelalderen, {g?:Nes} kirke fra 1850-årene og "
              "{g?:Hørte} kirke fra 1855. Alle tre er listeførte, og arbeid på dem må avklares med Riksantikvaren "
              "og Kirkebyggdatabasen."),
        ("li", "{g?:Sauherad} kirke: ny sikring av tårnet og utbedring av takrenner."),
        ("li", "{g?:Nes} kirke: nytt varmeanlegg i sakristiet og maling av inngangsparti."),
        ("li", "{g?:Hørte} kirke: tilstandsvurdering av orgelet; rehabilitering er planlagt i 2019."),
        ("p", "Brannsikringen er fulgt opp med årlig kontroll. Det ble ikke registrert innbrudd eller hærverk."),
        ("pagebreak",),
        ("h", 1, "4. Gravplassene (funksjon 043)"),
        ("p", "Fellesrådet har ansvar for fire gravplasser. Det er god kapasitet på alle, men ved {g?:Sauherad} "
              "kirke må utvidelsen som er regulert, gjennomføres innen få år."),
        ("table", [["Gravplass", "Kistegraver", "Urnegraver", "Ledige graver"],
                   ["{g?:Sauherad} kirkegård", "612", "88", "41"], ["{g?:Nes} kirkegård", "1 034", "166", "212"],
                   ["{g?:Hørte} kirkegård", "388", "47", "96"], ["{g?:Akkerhaugen} gravlund", "204", "31", "137"]],
         {"ruled": True}),
        ("p", "Festeavgiften ble i 2017 satt til 150 kroner per år. Gravplassforvaltningen har fulgt opp "
              "registreringen i Gravplassregisteret, og 240 gamle festeavtaler er fornyet eller avsluttet."),
        ("h", 1, "5. Administrasjon og ansatte (funksjon 041)"),
        ("p", "Kirkeverge Solveig Brekke er fellesrådets daglige leder og arbeidsgiverens representant "
              "for de ansatte. Prestene er ansatt i bispedømmerådet, men deltar i staben."),
        ("table", [["Navn", "Stilling", "Årsverk"], ["Solveig Brekke", "Kirkeverge", "1,0"],
                   ["Tor Erik Moen", "Kantor", "1,0"], ["Hanne Lindheim", "Trosopplærer", "0,8"],
                   ["Ivar Sandum", "Kirketjener og gravplassarbeider", "1,0"],
                   ["Kjersti Aasland", "Kirketjener", "0,5"], ["Ellen Fossum", "Konsulent", "0,6"]],
         {"ruled": False}),
        ("p", "Sykefraværet var 6,4 prosent mot 2,9 prosent året før, da en langtidssykemelding trakk opp. "
              "Arbeidsmiljøet vurderes som godt. Hovedverneombud har vært Ivar Sandum."
              .replace("6,4 prosent", "{p:6,4 prosent|Sykefraværet}").replace("2,9 prosent", "{p:2,9 prosent|året før}")),
        ("pagebreak",),
        ("h", 1, "6. Fellesrådet"),
        ("p", "Kirkelig fellesråd består etter kirkeloven av ett medlem valgt av hvert menighetsråd i "
              "kommunen, en representant oppnevnt av kommunestyret og en prest oppnevnt av prosten. "
              "Kirkevergen er sekretær for rådet."),
        ("p", board_sentence),
        ("p", "Rådet har hatt åtte møter og behandlet 54 saker. Administrasjonsutvalget, som består av leder, "
              "nestleder og kirkevergen, har hatt fem møter."),
        ("p", "Menighetsrådene har i 2017 hatt disse lederne:"),
        ("table", [["Menighetsråd", "Leder"], ["{g?:Sauherad} menighetsråd", "Kristin Bøe Hagen"],
                   ["{g?:Nes} menighetsråd", "Arne Flatland"], ["{g?:Hørte} menighetsråd", "Ragnhild Sveen"]],
         {"ruled": False}),
        ("pagebreak",),
        ("h", 1, "7. Økonomi og driftsregnskap"),
        ("p", "Regnskapet er ført etter de kommunale regnskapsprinsippene. Netto driftsresultat ble positivt, "
              "og mindreforbruket er avsatt til disposisjonsfondet etter rådets vedtak i sak 09/18."),
        ("stmt", drift, {"title": "Driftsregnskap 2017"}),
        ("pagebreak",),
        ("stmt", bal, {"title": "Balanse"}),
        ("h", 1, "8. Noter"),
        ("p", "Note 3: Overføringen fra kommunen omfatter også tjenesteytingsavtalen om regnskap og lønn, "
              "verdsatt til 120 000 kroner."),
        ("p", "Note 4: Lønnsutgiftene omfatter pensjonspremie til KLP. Fellesrådet hadde 4,9 årsverk ved utgangen av året."),
        ("p", "Note 7: Anleggsmidlene avskrives lineært over 10 til 50 år."),
        ("p", "Note 8: Disposisjonsfondet skal dekke uforutsette utgifter ved kirkebyggene."),
        ("sign", "{g:Gvarv}, 22. februar 2018", [("Torunn Vestgarden", "leder"), ("Solveig Brekke", "kirkeverge")], {"cols": 2}),
        ("pagebreak",),
        ("h", 1, "9. Revisjonsberetning"),
        ("p", "Til Sauherad kirkelige fellesråd. Vi har revidert årsregnskapet for fellesrådet, som viser et "
              "netto driftsresultat og et regnskapsmessig mindreforbruk. Etter vår mening er årsregnskapet "
              "avgitt i samsvar med lov og forskrifter og gir et dekkende bilde av den finansielle stillingen."),
        ("p", "Telemark kommunerevisjon IKS, {g:Skien}, 12. april 2018"),
        ("p", "Knut Ellefsrud, oppdragsansvarlig revisor"),
    ]
    return {
        "name": "sauherad-fellesrad-2017", "year": 2017, "lang": "nb",
        "title": "Sauherad kirkelige fellesråd – årsmelding 2017",
        "organization": {"name": "Sauherad kirkelige fellesråd", "email": "post.sauherad@kirken.no"},
        "ceo": "Solveig Brekke",
        "board": [("Torunn Vestgarden", "LEDE", None), ("Helge Aslaksrud", "NEST", None),
                  ("Margit Tveiten Bakke", "MEDL", None), ("Olav Rønningen", "MEDL", None),
                  ("Einar Haugsrud", "MEDL", None), ("Gunnar Lia", "VARA", None),
                  ("Sigrid Hove Næss", "VARA", None), ("Aslak Kaasa", "VARA", None), ("Bodil Rue", "VARA", None)],
        "not_board": ["Anne Marit Skoe", "Hans Olav Bratlien", "Liv Groven", "Kristin Bøe Hagen", "Arne Flatland",
                      "Ragnhild Sveen", "Knut Ellefsrud", "Tor Erik Moen", "Ivar Sandum"],
        "header": "Sauherad kirkelige fellesråd – Årsmelding 2017", "header_align": "right",
        "footer": "Side {PAGE} av {NUMPAGES}",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Kirkelig fellesråd, Sauherad (Telemark). Members in one sentence with their sokn or the body that "
                 "chose them in brackets, leder and nestleder named in the next sentence; four varamedlemmer in a "
                 "sentence (VARA). The kirkeverge is the daglig leder (ceo). Prost, ordfører, a retired kirkevert, "
                 "menighetsråd leaders (a table), staff and the auditor are not board. Driftsregnskap with "
                 "Regnskap | Regulert budsjett | Opprinnelig budsjett | Regnskap (budgets optional).",
    }


def sandved_menighetsrad_2015() -> dict:
    """A menighetsråd's årsmelding laid out like its web page: "Leder:" with phone and e-mail,
    "Medlemmer:" and "Varamedlemmer:" lists; a deputy moved up is in both lists."""
    cols = [Col("Regnskap 2015", 2015), Col("Budsjett 2015", 2015, BUDGET), Col("Regnskap 2014", 2014)]
    st = Kroner("Regnskap for menighetsrådet 2015", cols, income("nb", 3, [
        ("Ofringer til egen menighet", "", [96_412, 90_000, 88_730]),
        ("Innsamlet til misjonsprosjekt", "", [41_250, 40_000, 38_115]),
        ("Gaver og faste givere", "", [128_600, 120_000, 117_900]),
        ("Kirkekaffe, basar og utleie", "", [57_318, 50_000, 49_804]),
        ("Tilskudd fra fellesrådet til trosopplæring", "", [210_000, 210_000, 205_000]),
    ], [
        ("Lønn trosopplærer og diakonimedarbeider", "", [262_480, 265_000, 249_716]),
        ("Videresendte ofringer og misjonsavtale", "", [83_900, 80_000, 79_220]),
        ("Aktiviteter barn og unge", "", [96_704, 95_000, 88_150]),
        ("Kirkekaffe og arrangementer", "", [38_215, 35_000, 36_442]),
        ("Kontor, trykking og menighetsblad", "", [44_967, 40_000, 41_338]),
    ], labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
               "op": None, "result": "Årets resultat"}))
    items = [
        ("bh", "Sandved menighetsråd", {"size": 18}),
        ("p", "Årsmelding 2015 – lagt fram for menighetsmøtet 10. april 2016", {"size": 12}),
        ("h", 2, "Fra menighetsrådets leder"),
        ("p", "Et nytt menighetsråd tok over 1. november etter kirkevalget i september. Vi som fortsatte, og vi "
              "som er nye, har lagt vekt på å bli kjent med staben og med det store frivillige arbeidet i "
              "menigheten. Takk til det avtroppende rådet, og særlig til Per Inge Tjelta, som ledet rådet i "
              "fire år før valget."),
        ("p", "Takk også til kirkeverge Anne Grethe Ravndal i {g:Sandnes} kirkelige fellesråd og til "
              "prost Tore Bjelland for god støtte i et år med mange endringer."),
        ("h", 2, "Menighetsrådet"),
        ("p", "Menighetsrådet fra 1. november 2015:"),
        ("p", "Leder:", {"size": 10}),
        ("p", "Ingrid Salte Espeland, mob. 917 44 208, e-post: ingrid.espeland@sandved-menighet.no"),
        ("p", "Nestleder:"),
        ("p", "Bjarne Hetland"),
        ("p", "Medlemmer:"),
        ("li", "Sokneprest Kristoffer Lode"),
        ("li", "Marit Øvrebø"),
        ("li", "Jon Arild Sørbø"),
        ("li", "Astrid Kalhagen"),
        ("li", "Torleif Bore"),
        ("li", "Hilde Gausel"),
        ("li", "Sunniva Rege"),
        ("p", "Varamedlemmer:"),
        ("li", "Sunniva Rege"),
        ("li", "Egil Nærland"),
        ("li", "Kari Anne Hølland"),
        ("li", "Trond Ims"),
        ("p", "Astrid Kalhagen er menighetsrådets medlem i fellesrådet. Hilde Gausel flyttet fra soknet i "
              "november og fikk fritak; første varamedlem Sunniva Rege rykket da opp som fast medlem. "
              "Rådet har hatt sju møter og behandlet 46 saker siden valget, og det gamle rådet hadde seks møter."),
        ("p", "Tore Kvia er daglig leder for menighetsrådets virksomhet og er sekretær for rådet."),
        ("h", 2, "Utvalg"),
        ("table", [["Utvalg", "Leder"], ["Diakoniutvalget", "Gudrun Skjæveland"],
                   ["Trosopplæringsutvalget", "Lars Tore Sele"], ["Misjonsutvalget", "Randi Ueland"],
                   ["Kirkekaffekomiteen", "Bjørg Sviland"]], {"ruled": True}),
        ("h", 2, "Gudstjenester og trosopplæring"),
        ("p", "Det ble holdt 62 gudstjenester med til sammen 8 940 deltakere. Søndagsskolen har samlet rundt "
              "25 barn annenhver søndag. 47 ungdommer ble konfirmert, og 21 av dem ble med som ungdomsledere."),
        ("p", "Misjonsprosjektet er et skoleprosjekt på {g?:Madagaskar} gjennom misjonsavtalen, og innsamlingen "
              "nådde målet for året."),
        ("h", 2, "Diakoni"),
        ("p", "Besøkstjenesten har 14 frivillige. Sorggruppen ble startet opp igjen i høst i samarbeid "
              "med nabomenigheten, og middag for alle onsdager har samlet rundt 40 personer."),
        ("h", 2, "Økonomi"),
        ("p", "Regnskapet viser et lite overskudd, som overføres til menighetens aktivitetsfond. "
              "Regnskapet er revidert av fellesrådets revisor."),
        ("stmt", st, {"title": "Regnskap for menighetsrådet 2015"}),
        ("sign", "{g?:Sandved}, 3. mars 2016", [("Ingrid Salte Espeland", "leder"), ("Bjarne Hetland", "nestleder"),
                                           ("Tore Kvia", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "sandved-menighetsrad-2015", "year": 2015, "lang": "nb",
        "title": "Sandved menighetsråd – årsmelding 2015",
        "organization": {"name": "Sandved menighetsråd"},
        "ceo": "Tore Kvia",
        "board": [("Ingrid Salte Espeland", "LEDE", None), ("Bjarne Hetland", "NEST", None),
                  ("Kristoffer Lode", "MEDL", None), ("Marit Øvrebø", "MEDL", None), ("Jon Arild Sørbø", "MEDL", None),
                  ("Astrid Kalhagen", "MEDL", None), ("Torleif Bore", "MEDL", None), ("Sunniva Rege", "MEDL", None),
                  ("Egil Nærland", "VARA", None), ("Kari Anne Hølland", "VARA", None), ("Trond Ims", "VARA", None)],
        "board_optional": ["Hilde Gausel", "Per Inge Tjelta"],
        "not_board": ["Anne Grethe Ravndal", "Tore Bjelland", "Gudrun Skjæveland",
                      "Lars Tore Sele", "Randi Ueland", "Bjørg Sviland"],
        "footer": "Sandved menighetsråd · Årsmelding 2015", "footer_align": "left",
        "items": items, "renditions": ["docx", "pdf"],
        "notes": "Menighetsråd, Sandnes (Rogaland). The council as its web page prints it: 'Leder:' with phone and "
                 "e-mail, 'Nestleder:', bulleted 'Medlemmer:' (the sokneprest first, member by law: MEDL) and "
                 "'Varamedlemmer:'; the first deputy moved up is in both lists (MEDL), the member who left "
                 "optional, and so is the old council's leder (thanked; he led it until November). Daglig leder in a "
                 "sentence (ceo); the fellesråd's kirkeverge, the prost and utvalg leaders are not board. Regnskap | Budsjett | Regnskap in ',-'.",
    }


def tonefall_kor_2012() -> dict:
    """A small kor's årsmelding in nynorsk: the styre as one comma list without roles, the leiar
    only under the signature; the musikalsk leiar in prose."""
    st = Statement("Rekneskap 2012", [Col("2012", 2012), Col("2011", 2011)], income("nn", 2, [
        ("Kontingent", "", [27_500, 26_000]), ("Kulturmidlar frå kommunen", "", [6_000, 5_000]),
        ("Konsertinntekter", "", [18_340, 21_150]), ("Quiz og kafé", "", [9_875, 7_420]),
    ], [
        ("Dirigentløn", "", [36_000, 36_000]), ("Notar og kopiering", "", [3_218, 4_470]),
        ("Leige av lokale", "", [6_000, 6_000]), ("Øvingshelg og tur", "", [9_840, 12_260]),
    ], labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
               "op": None, "result": "Årsresultat"}), label_header="Kroner", render="ruled")
    items = [
        ("bh", "Årsmelding for Songlaget Tonefall 2012", {"size": 15}),
        ("p", "Nok eit korår er over, og det er tid for å sjå attende. Årsmøtet vart halde 24. januar på "
              "Allhuset, og der vart aktivitetsplanen for året vedteken etter ein god diskusjon."),
        ("p", "Styret for 2012 har vore: Randi Helle Solheim, Asbjørn Vevring, Eli Kvammen, Turid Flugheim og "
              "Jostein Hegrenes (berre fram til juni). Styret har hatt sju møte."),
        ("p", "Dirigent og musikalsk leiar har vore Håvard Bruland, som no har leia koret i fem år. Noteutvalet "
              "har vore Marta Grov og dirigenten."),
        ("p", "Koret har hatt 28 medlemer, og det har vore øving kvar tysdag i Allhuset i {g:Førde}."),
        ("p", "Opptredenar i 2012:"),
        ("li", "Vårkonsert i {g?:Førde} kyrkje saman med Brandsøykoret, 22. april"),
        ("li", "17. mai i kyrkja og på skuleplassen"),
        ("li", "Songarhelg med øvingar i {g:Naustdal} 7.–9. september"),
        ("li", "Julekonsert på omsorgssenteret og i kyrkja på julaftan"),
        ("p", "Økonomi: Kontingenten var 1 000 kroner. Koret fekk kulturmidlar frå kommunen, og quizkveldane "
              "gav eit godt tilskot. Rekneskapen syner eit lite overskot."),
        ("stmt", st),
        ("p", "Revisorar: Oddvar Hjelmeland og Solfrid Aase."),
        ("p", "Takk til alle koristar, til dirigenten og til {g?:Førde} sokneråd for lån av kyrkja."),
        ("sign", "{g:Førde}, 4. februar 2013", [("Randi Helle Solheim", "leiar")], {"cols": 2}),
    ]
    return {
        "name": "tonefall-kor-2012", "year": 2012, "lang": "nn",
        "title": "Songlaget Tonefall – årsmelding 2012",
        "organization": {"name": "Songlaget Tonefall"},
        "ceo": None,
        "board": [("Randi Helle Solheim", "LEDE", None), ("Asbjørn Vevring", "MEDL", None),
                  ("Eli Kvammen", "MEDL", None), ("Turid Flugheim", "MEDL", None)],
        "board_optional": ["Jostein Hegrenes"],
        "not_board": ["Håvard Bruland", "Marta Grov", "Oddvar Hjelmeland", "Solfrid Aase"],
        "body_pt": 11, "font": "DejaVu Serif",
        "items": items, "renditions": ["docx", "scan"],
        "notes": "Blandakor, Førde (Sogn og Fjordane), nynorsk, two pages. The styre as one comma list with no roles "
                 "(a member who left in June optional); the leiar is known only from the signature ('leiar' under "
                 "her name): LEDE, the others MEDL. Dirigent and musikalsk leiar, noteutval and revisorar not board; "
                 "no dagleg leiar. One small statement 2012 | 2011.",
    }


REPORTS = [sauherad_fellesrad_2017, sandved_menighetsrad_2015, tonefall_kor_2012]
