"""Forty-seventh held-out set, part A: an idrettslag's årsmøtepapirer, a sanitetsforening's short
typed årsmelding (the scan) and a skolekorps' generalforsamling papers. All invented; places real
and valid in the report's year. Sums are computed from the detail lines (heldout_finance)."""
from __future__ import annotations

from h3_render import Dash, Kroner
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income

CLUB = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
        "op": None, "result": "Årets resultat"}


# ---------------------------------------------------------------------------------------------
def skogbygda_il_2019() -> dict:
    """Idrettslag in Nes (Akershus), 2019: long årsmøtepapirer, the board far from the start as
    "Verv<tab>Navn" lines, gruppestyrer with their own leaders, kontrollutvalg, valgkomité and its
    innstilling, budget beside actuals, signatures of the whole board."""
    cols = [Col("Regnskap 2019", 2019), Col("Budsjett 2019", 2019, BUDGET), Col("Regnskap 2018", 2018)]
    res = Statement(
        "Resultatregnskap 2019", cols,
        income("nb", 3,
               [("Medlemskontingent", "", [61_350, 60_000, 58_900]),
                ("Treningsavgifter", "", [188_400, 180_000, 171_250]),
                ("Offentlige tilskudd og LAM", "2", [96_812, 85_000, 88_430]),
                ("Momskompensasjon", "", [41_207, 35_000, 38_116]),
                ("Sponsorinntekter", "", [72_500, 80_000, 75_000]),
                ("Kiosk og arrangement", "", [143_660, 130_000, 121_845]),
                ("Dugnad og loddsalg", "", [38_240, 40_000, 44_105])],
               [("Kretsavgifter, lisenser og påmelding", "", [66_915, 65_000, 61_780]),
                ("Trenerhonorar og kurs", "3", [118_300, 125_000, 109_650]),
                ("Drift av anlegg og lysløype", "", [224_072, 205_000, 212_465]),
                ("Utstyr og drakter", "", [84_560, 90_000, 77_410]),
                ("Varekjøp kiosk", "", [71_295, 65_000, 60_018]),
                ("Forsikring og regnskapsføring", "", [28_750, 28_000, 27_600]),
                ("Andre driftskostnader", "", [39_118, 30_000, 35_903])],
               fin=[("Renteinntekter", "", [2_114, 1_500, 1_842])],
               labels={"op": "Driftsresultat", "result": "Årets resultat"}),
        note_col="Note", label_header="Beløp i kr")
    bal = Statement(
        "Balanse per 31.12.2019", [Col("31.12.2019", 2019), Col("31.12.2018", 2018)],
        balance("nb", 2,
                [("Løypemaskin", "4", [142_000, 177_500])],
                [("Kundefordringer", "", [18_450, 22_900]),
                 ("Varelager kiosk", "", [9_800, 8_300]),
                 ("Bankinnskudd", "5", "plug")],
                [("Egenkapital 01.01.", "", [512_667, 498_005]),
                 ("Årets resultat", "", [11_273, 14_662])],
                [],
                [("Leverandørgjeld", "", [24_610, 31_450]),
                 ("Skyldige offentlige avgifter", "", [7_900, 8_120]),
                 ("Annen kortsiktig gjeld", "", [12_000, 9_000])]),
        note_col="Note", label_header="Beløp i kr")
    board = [("Trine Haugerud Bakken", "LEDE", None), ("Geir Ove Fjeldstad", "NEST", None),
             ("Marianne Sæter", "MEDL", None), ("Bjørnar Kvisler", "MEDL", None),
             ("Ida Helene Rud", "MEDL", None), ("Oda Fjeldstad Nyhus", "MEDL", None),
             ("Kjetil Brovold", "VARA", None), ("Siv Lene Aasen", "VARA", None)]
    items = [
        ("bh", "SKOGBYGDA IDRETTSLAG", {"size": 20}),
        ("p", "Årsmøtepapirer 2019", {"size": 16}),
        ("photo", 6, 8, "Skiskolen samlet ved lysløypa på {g:Skogbygda} i februar. Foto: Skogbygda IL"),
        ("p", "Årsmøtet holdes torsdag 19. mars 2020 kl. 19.00 i klubbhuset ved Skogbygda stadion. "
              "Sakspapirene ligger også på lagets nettside."),
        ("pagebreak",),
        ("toc", [("Innkalling og saksliste", 2), ("Styrets årsberetning", 3), ("Skigruppa", 5),
                 ("Fotballgruppa", 6), ("Allidretten", 7), ("Regnskap 2019", 8), ("Noter", 9),
                 ("Kontrollutvalgets beretning", 10), ("Budsjett 2020", 10),
                 ("Valgkomiteens innstilling", 11)], {"title": "Innhold"}),
        ("pagebreak",),
        ("h", 1, "Innkalling og saksliste"),
        ("p", "Styret innkaller herved til ordinært årsmøte i Skogbygda IL. Alle medlemmer som har "
              "fylt 15 år, har vært medlem i minst én måned og har betalt kontingenten, har stemmerett. "
              "Forslag som skal behandles måtte være styret i hende innen 5. mars."),
        ("ol", "Godkjenne de stemmeberettigede"),
        ("ol", "Godkjenne innkallingen, sakslisten og forretningsordenen"),
        ("ol", "Velge dirigent, referent og to medlemmer til å underskrive protokollen"),
        ("ol", "Behandle idrettslagets årsberetning, herunder gruppenes beretninger"),
        ("ol", "Behandle idrettslagets regnskap i revidert stand og kontrollutvalgets beretning"),
        ("ol", "Behandle innkomne forslag og saker"),
        ("ol", "Fastsette medlemskontingent og treningsavgifter"),
        ("ol", "Vedta idrettslagets budsjett for 2020"),
        ("ol", "Foreta valg"),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("h", 2, "Året som gikk"),
        ("p", "2019 ble et godt år for Skogbygda IL. Vi fikk endelig ny belysning på tre kilometer av "
              "lysløypa, rekrutteringen i allidretten tok seg opp, og guttelaget i fotball vant sin "
              "avdeling i kretsserien. Kiosken på stadion ga rekordomsetning takket være mange "
              "foreldre som stilte opp på vakter hele sesongen."),
        ("p", "Styret vil takke Ole Martin Brenden for hans mange år som banemester og Anita Lie Hovde "
              "for arbeidet med Skogbygdaløpet. En særlig takk går til idrettskonsulent Hege Ramstad i "
              "{g:Nes kommune|Nes} og til {g?:Akershus} idrettskrets for god hjelp med søknaden om "
              "spillemidler."),
        ("h", 2, "Medlemmer"),
        ("p", "Ved utgangen av året hadde laget 412 medlemmer, mot 389 året før. Av medlemmene var 231 "
              "under 20 år. Andelen jenter blant de aktive var {p:46 %|andelen jenter}."),
        ("table", [["Medlemmer", "2019", "2018", "2017"],
                   ["Barn 6-12 år", "148", "131", "126"],
                   ["Ungdom 13-19 år", "83", "80", "85"],
                   ["Voksne", "181", "178", "172"],
                   ["Totalt", "412", "389", "383"]], {"ruled": True}),
        ("h", 2, "Styrets arbeid"),
        ("p", "Styret har hatt 9 styremøter og behandlet 64 saker. Viktige saker har vært "
              "lysløypeprosjektet, ny avtale med hovedsponsor, politiattester for alle trenere og "
              "rutiner for kioskdrift. Lagets regnskap føres av Nes Regnskapskontor AS."),
        ("p", "Etter årsmøtet 2019 har styret hatt denne sammensetningen:"),
        ("tablines", [["Leder", "Trine Haugerud Bakken", "valgt for 2 år"],
                      ["Nestleder", "Geir Ove Fjeldstad", "valgt for 1 år"],
                      ["Økonomiansvarlig", "Marianne Sæter", "valgt for 2 år"],
                      ["Styremedlem", "Bjørnar Kvisler", "valgt for 1 år"],
                      ["Styremedlem", "Ida Helene Rud", "valgt for 2 år"],
                      ["Ungdomsrepresentant", "Oda Fjeldstad Nyhus", "valgt for 1 år"],
                      ["1. varamedlem", "Kjetil Brovold", "valgt for 1 år"],
                      ["2. varamedlem", "Siv Lene Aasen", "valgt for 1 år"]], {"stops": (4.5, 10.0)}),
        ("p", "Kontrollutvalget har bestått av Per Arne Wiik (leder) og Randi Brovold, med Tom Erik "
              "Kjos som varamedlem. Valgkomiteen har bestått av Liv Sørlie (leder), Hans Jørgen Dahl "
              "og Mona Tangen."),
        ("h", 2, "Anlegg"),
        ("p", "Arbeidet med lysløypa ble ferdig i november. Prosjektet kostet om lag 1,1 millioner "
              "kroner, hvorav spillemidler og kommunalt tilskudd dekket {p:75 %|spillemidler og "
              "kommunalt tilskudd}. Resten ble dekket av dugnad og gaver. Anlegget er ført i "
              "prosjektregnskapet og inngår ikke i driftsregnskapet."),
        ("pagebreak",),
        ("h", 1, "Skigruppa"),
        ("p", "Skigruppas styre: Leder Anders Nyhus, kasserer Eva Kjos, smørebu og løyper Rune "
              "Hagen. Skiskolen hadde 54 barn i januar og februar, med Lene Sæther og Espen Grøndahl "
              "som hovedinstruktører. Klubbmesterskapet samlet 71 løpere, og vi arrangerte et "
              "kretsrenn i samarbeid med {g?:Årnes} IL."),
        ("p", "Løypemaskinen gikk 212 timer. Gruppa takker grunneierne langs løypene for velvilje."),
        ("pagebreak",),
        ("h", 1, "Fotballgruppa"),
        ("p", "Fotballgruppas styre: Leder Kristian Aamodt, sportslig leder Jonas Rud, "
              "materialforvalter Heidi Strand. Gruppa hadde 11 lag i seriespill fra 7 til 16 år og "
              "et damelag i 6. divisjon. Guttelaget G14 vant sin avdeling."),
        ("table", [["Lag", "Trener", "Spillere"],
                   ["G14", "Jonas Rud", "17"],
                   ["J13", "Camilla Holter", "15"],
                   ["G11", "Morten Aas", "19"],
                   ["Damer 6. div.", "Stian Lund", "21"]], {"ruled": True}),
        ("pagebreak",),
        ("h", 1, "Allidretten"),
        ("p", "Allidretten for barn 6-9 år har vært ledet av Karianne Ødegård og samlet i snitt 28 "
              "barn hver onsdag i gymsalen på Skogbygda skole. Høsten ble brukt til friidrett og "
              "orientering, vinteren til ski og skøyter."),
        ("pagebreak",),
        ("h", 1, "Regnskap 2019"),
        ("p", "Regnskapet viser et overskudd på 11 273 kroner mot et budsjettert overskudd på 3 500 "
              "kroner. Inntektene ble høyere enn budsjettert, særlig fra kiosk og tilskudd, mens "
              "sponsorinntektene ble lavere fordi én avtale ble avsluttet i juni."),
        ("stmt", res, {"title": "Resultatregnskap 2019"}),
        ("stmt", bal, {"title": "Balanse per 31.12.2019"}),
        ("pagebreak",),
        ("h", 2, "Noter"),
        ("p", "Note 1 Regnskapsprinsipper. Regnskapet er satt opp etter god regnskapsskikk for små "
              "foreninger. Inntekter føres når de er opptjent."),
        ("p", "Note 2 Offentlige tilskudd omfatter lokale aktivitetsmidler, kommunalt driftstilskudd "
              "og tilskudd fra idrettskretsen."),
        ("p", "Note 3 Trenerhonorarer er utbetalt til fire trenere, ingen over grensen for "
              "oppgaveplikt."),
        ("p", "Note 4 Løypemaskinen ble kjøpt i 2015 og avskrives over 8 år."),
        ("p", "Note 5 Av bankinnskuddet er 7 200 kroner bundet skattetrekk."),
        ("sign", "{g:Skogbygda}, 20. februar 2020",
         [("Trine Haugerud Bakken", "leder"), ("Geir Ove Fjeldstad", "nestleder"),
          ("Marianne Sæter", "økonomiansvarlig"), ("Bjørnar Kvisler", "styremedlem"),
          ("Ida Helene Rud", "styremedlem"), ("Oda Fjeldstad Nyhus", "ungdomsrepresentant")], {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Kontrollutvalgets beretning"),
        ("p", "Kontrollutvalget har gått gjennom regnskapet for 2019 med bilag, bankavstemminger og "
              "styreprotokoller. Vi har ingen merknader og anbefaler årsmøtet å godkjenne regnskapet."),
        ("sign", "{g:Skogbygda}, 3. mars 2020", [("Per Arne Wiik", "leder kontrollutvalget"),
                                             ("Randi Brovold", "medlem")], {"cols": 2}),
        ("h", 1, "Budsjett 2020"),
        ("p", "Styret foreslår et budsjett med inntekter på 690 000 kroner og utgifter på 685 000 "
              "kroner. Kontingenten foreslås uendret: 300 kroner for barn og 500 kroner for voksne."),
        ("pagebreak",),
        ("h", 1, "Valgkomiteens innstilling"),
        ("p", "Valgkomiteen legger fram følgende innstilling til årsmøtet 2020:"),
        ("table", [["Verv", "Navn", "Merknad"],
                   ["Leder", "Trine Haugerud Bakken", "ikke på valg"],
                   ["Nestleder", "Bjørnar Kvisler", "ny som nestleder, 2 år"],
                   ["Økonomiansvarlig", "Marianne Sæter", "ikke på valg"],
                   ["Styremedlem", "Ida Helene Rud", "ikke på valg"],
                   ["Styremedlem", "Pål Magnus Holter", "ny, 2 år"],
                   ["Ungdomsrepresentant", "Sigrid Aamodt", "ny, 1 år"],
                   ["1. varamedlem", "Kjetil Brovold", "gjenvalg, 1 år"],
                   ["2. varamedlem", "Nina Solberg", "ny, 1 år"]], {"ruled": True}),
        ("p", "Geir Ove Fjeldstad, Oda Fjeldstad Nyhus og Siv Lene Aasen har ikke ønsket gjenvalg."),
        ("p", "For valgkomiteen: Liv Sørlie, Hans Jørgen Dahl, Mona Tangen"),
    ]
    return {
        "name": "skogbygda-il-2019", "year": 2019, "title": "Skogbygda IL årsmøtepapirer 2019",
        "organization": {"name": "Skogbygda Idrettslag"},
        "ceo": None, "board": board, "items": items, "renditions": ["pdf", "docx"],
        "not_board": ["Per Arne Wiik", "Randi Brovold", "Tom Erik Kjos", "Liv Sørlie", "Hans Jørgen Dahl",
                      "Mona Tangen", "Anders Nyhus", "Kristian Aamodt", "Pål Magnus Holter", "Sigrid Aamodt",
                      "Nina Solberg", "Ole Martin Brenden", "Hege Ramstad", "Karianne Ødegård"],
        "not_places": ["Skogbygda IL", "Skogbygda skole", "Skogbygda stadion", "Nes Regnskapskontor"],
        "header": "Skogbygda IL – årsmøte 2020", "footer": "Side {PAGE} av {NUMPAGES}",
        "notes": "Idrettslag, bokmål, Nes (Akershus) 2019: long årsmøtepapirer, board as tab lines far from "
                 "the start, gruppestyrer, kontrollutvalg, valgkomité and its innstilling (new names not board), "
                 "Regnskap | Budsjett | Regnskap with Note column, balance, signatures.",
    }


# ---------------------------------------------------------------------------------------------
def hol_sanitetsforening_1998() -> dict:
    """A lokallag of Norske Kvinners Sanitetsforening in Hol (Buskerud), 1998, typed on one sheet and
    a half and scanned: the board in one prose sentence, two member revisors, the årsmøte's
    møteleder, gifts, a simple Inntekter/Utgifter account in whole kroner with ",-"."""
    st = Kroner(
        "Regnskap 1998", [Col("1998", 1998), Col("1997", 1997)],
        income("nb", 2,
               [("Kontingent", "", [6_450, 6_300]),
                ("Basar og loddsalg", "", [21_880, 19_415]),
                ("Salg av maiblomster og fastelavnsris", "", [8_230, 7_960]),
                ("Sommerkafé", "", [5_640, 4_985]),
                ("Renter", "", [1_912, 2_207])],
               [("Gaver og bevilgninger", "", [24_500, 20_000]),
                ("Kontingent til N.K.S. og fylkesforeningen", "", [3_225, 3_150]),
                ("Møteutgifter og servering", "", [4_118, 3_877]),
                ("Porto og rekvisita", "", [1_076, 944]),
                ("Reiser til fylkesårsmøtet", "", [2_450, 2_180])],
               labels={**CLUB, "result": "Overskudd"}),
        render="tabs")
    board = [("Astrid Hagaløkken", "LEDE", None), ("Gunvor Ål Thorsrud", "NEST", None),
             ("Ragnhild Sløtten", "MEDL", None), ("Kari Hovet Bjøberg", "MEDL", None),
             ("Sigrid Eide", "MEDL", None), ("Marit Ulsaker", "VARA", None)]
    items = [
        ("bh", "HOL SANITETSFORENING", {"size": 14}),
        ("bh", "Årsmelding for 1998", {"size": 12}),
        ("p", "Styret har i 1998 bestått av: leder Astrid Hagaløkken, nestleder Gunvor Ål Thorsrud, "
              "kasserer Ragnhild Sløtten, sekretær Kari Hovet Bjøberg, styremedlem Sigrid Eide og "
              "varamedlem Marit Ulsaker."),
        ("p", "Foreningen hadde ved årsskiftet 58 medlemmer. Det har vært holdt 8 medlemsmøter og 6 "
              "styremøter. I snitt møtte 21 medlemmer på medlemsmøtene. Årsmøtet ble holdt 12. februar "
              "på {g:Hol} bygdetun med Torbjørg Rust som møteleder."),
        ("p", "Vi har som vanlig solgt fastelavnsris og maiblomster, og høstbasaren i samfunnshuset på "
              "{g:Hovet} ga et godt overskudd. Sommerkafeen ble drevet tre helger i juli. I november "
              "holdt distriktssykepleier Inger Lise Brenna kurs i førstehjelp for medlemmene."),
        ("p", "Foreningen har i år gitt disse gavene:"),
        ("table", [["Mottaker", "Beløp"],
                   ["Hol sjukeheim, stoler til dagligstua", "12 000,-"],
                   ["Helsestasjonen på {g:Geilo}, vekt og leker", "6 500,-"],
                   ["N.K.S. Kvinnehelsefondet", "4 000,-"],
                   ["Juletre for eldre", "2 000,-"]], {"ruled": False}),
        ("p", "Styret takker alle medlemmer for innsatsen i året som gikk."),
        ("stmt", st, {"title": "Regnskap 1998"}),
        ("p", "Beholdning i bank pr. 31.12.98: 41 206,-"),
        ("p", "Regnskapet er revidert av Halldis Myhre og Olaug Skaug."),
        ("sign", "{g:Hol}, 20. januar 1999", [("Astrid Hagaløkken", "leder"), ("Ragnhild Sløtten", "kasserer")],
         {"cols": 2}),
    ]
    return {
        "name": "hol-sanitetsforening-1998", "year": 1998, "title": "Hol sanitetsforening årsmelding 1998",
        "organization": {"name": "Hol Sanitetsforening"},
        "ceo": None, "board": board, "items": items, "renditions": ["scan"],
        "not_places": ["Hol sjukeheim", "Kari Hovet Bjøberg"], "font": "DejaVu Serif", "body_pt": 11,
        "not_board": ["Torbjørg Rust", "Halldis Myhre", "Olaug Skaug", "Inger Lise Brenna"],
        "notes": "NKS lokallag, bokmål, Hol (Buskerud) 1998, scan: board in one prose sentence with lower-case "
                 "roles, møteleder, member revisors, gifts table, Inntekter/Utgifter in whole kroner.",
    }


# ---------------------------------------------------------------------------------------------
def hegglia_skolekorps_2011() -> dict:
    """Skolekorps in Ski (Akershus), 2011: generalforsamling papers with the board as a table with
    funksjonstid and a leader who left in August (a varamedlem moved up), dirigent and instruktører,
    members by instrument, "Beløp i NOK" with en-dash negatives and a budget column."""
    cols = [Col("Regnskap 2011", 2011), Col("Budsjett 2011", 2011, BUDGET), Col("Regnskap 2010", 2010)]
    st = Dash(
        "Resultatregnskap", cols,
        income("nb", 3,
               [("Medlemskontingent", "", [118_800, 120_000, 112_200]),
                ("Frifond og kommunalt tilskudd", "", [34_650, 30_000, 31_200]),
                ("Momskompensasjon", "", [12_418, 10_000, 9_870]),
                ("Konserter og arrangement", "", [22_315, 25_000, 27_940]),
                ("Loddsalg, dugnad og bingo", "", [61_270, 70_000, 66_480])],
               [("Dirigent og instruktører", "", [168_900, 165_000, 158_400]),
                ("Noter og instrumentreparasjoner", "", [29_760, 25_000, 21_335]),
                ("Seminarer og tur", "", [38_415, 35_000, 30_120]),
                ("Kontingent NMF og kretsen", "", [11_250, 11_000, 10_800]),
                ("Uniformer", "", [14_980, 12_000, 3_200]),
                ("Andre kostnader", "", [6_813, 5_000, 7_045])],
               labels={**CLUB, "result": "Årsresultat"}),
        label_header="Beløp i NOK")
    board = [("Tone Beate Grønli", "LEDE", None), ("Henrik Olsrud", "NEST", None),
             ("Anne Kathrine Vold", "MEDL", None), ("Frode Melby", "MEDL", None),
             ("Lise Wærness", "MEDL", None), ("Jan Petter Ulleberg", "MEDL", None),
             ("Hilde Kolstad", "VARA", None)]
    items = [
        ("bh", "Hegglia skolekorps", {"size": 18}),
        ("p", "Sakspapirer til generalforsamling 2012", {"size": 13}),
        ("h", 2, "Sak 1 Konstituering"),
        ("p", "Opprop. Godkjenning av innkalling og dagsorden. Valg av møteleder, referent og to "
              "personer til å underskrive protokollen. Forslag: blir lagt fram på møtet."),
        ("h", 2, "Sak 2 Styrets beretning for 2011"),
        ("p", "Styret har i perioden bestått av:"),
        ("table", [["Navn", "Verv", "Funksjonstid", "Merknad"],
                   ["Kristin Ask Bergum", "leder", "(1/2)", "fram til august"],
                   ["Tone Beate Grønli", "leder", "(2/2)", "konstituert leder fra september*"],
                   ["Henrik Olsrud", "nestleder", "(1/2)", ""],
                   ["Anne Kathrine Vold", "kasserer", "(2/2)", ""],
                   ["Frode Melby", "sekretær", "(1/2)", ""],
                   ["Lise Wærness", "noteansvarlig", "(1/2)", ""],
                   ["Jan Petter Ulleberg", "styremedlem", "(1/2)", "fra varamedlem i september"],
                   ["Hilde Kolstad", "varamedlem", "(1/2)", ""]], {"ruled": True}),
        ("p", "* Kristin Ask Bergum trakk seg som leder i august av personlige grunner. Etter samråd "
              "med valgkomiteen løste styret dette internt fram til generalforsamlingen: Tone Beate "
              "Grønli gikk fra materialforvalter til leder, og Jan Petter Ulleberg rykket opp fra "
              "varamedlem."),
        ("p", "Styret har hatt 10 styremøter. Viktige saker har vært rekruttering, ny "
              "dirigentavtale, innkjøp av uniformer og planlegging av 50-årsjubileet i 2013."),
        ("h", 2, "Musikalsk ledelse"),
        ("p", "Hovedkorpset har vært dirigert av Øystein Lien, og aspirantene av Maria Skaar. "
              "Instruktører har vært Ingrid Torp (treblås), Per Gunnar Moe (messing) og Vegard "
              "Fossum (slagverk), alle gjennom kulturskolen i {g:Ski kommune|Ski}."),
        ("h", 2, "Medlemmer"),
        ("table", [["Gruppe", "1.1.2011", "31.12.2011"],
                   ["Hovedkorps", "31", "34"],
                   ["Aspiranter", "12", "15"],
                   ["Juniorkorps", "9", "8"],
                   ["Totalt", "52", "57"]], {"ruled": True}),
        ("p", "Korpset er medlem av Norges Musikkorps Forbund, region {g?:Viken}. "
              "Oppmøtet på øvelsene var i snitt {p:87 %|oppmøtet på øvelsene}."),
        ("h", 2, "Aktiviteter i 2011"),
        ("li", "Vinterkonsert i {g:Ski kirke|Ski} 6. februar sammen med skolekorpset fra {g:Kråkstad}."),
        ("li", "NM for skolekorps i {g:Trondheim} i mars: 3. plass i 3. divisjon."),
        ("li", "17. mai: morgenspill på sykehjemmet og tog i {g:Ski sentrum|Ski}."),
        ("li", "Sommeravslutning og seminarhelg på {g?:Sjusjøen} i september."),
        ("li", "Julekonsert og juletrebelysning ved rådhuset."),
        ("p", "Styret takker dirigenter, instruktører og alle foreldre for stor innsats."),
        ("h", 2, "Sak 3 Regnskap 2011"),
        ("p", "Regnskapet er revidert av Bente Sollie og Kjell Arne Finstad, som anbefaler at det "
              "godkjennes."),
        ("stmt", st, {"title": "Resultatregnskap 2011"}),
        ("p", "Korpset hadde 148 322 kroner på konto per 31.12.2011."),
        ("h", 2, "Sak 4 Budsjett og kontingent 2012"),
        ("p", "Styret foreslår uendret kontingent, 1 800 kroner per halvår."),
        ("h", 2, "Sak 5 Valg"),
        ("p", "Valgkomiteen (Eli Hvaal og Arvid Tønnesen) legger fram sin innstilling på møtet."),
        ("sign", "{g:Ski}, 30. januar 2012",
         [("Tone Beate Grønli", "konst. leder"), ("Henrik Olsrud", "nestleder"),
          ("Anne Kathrine Vold", "kasserer"), ("Frode Melby", "sekretær"),
          ("Lise Wærness", "noteansvarlig"), ("Jan Petter Ulleberg", "styremedlem")], {"cols": 3}),
    ]
    return {
        "name": "hegglia-skolekorps-2011", "year": 2011, "title": "Hegglia skolekorps generalforsamling",
        "organization": {"name": "Hegglia skolekorps"},
        "ceo": None, "board": board, "board_optional": ["Kristin Ask Bergum"], "items": items,
        "renditions": ["doc", "pdf"],
        "not_board": ["Øystein Lien", "Maria Skaar", "Ingrid Torp", "Per Gunnar Moe", "Vegard Fossum",
                      "Bente Sollie", "Kjell Arne Finstad", "Eli Hvaal", "Arvid Tønnesen"],
        "notes": "Skolekorps, bokmål, Ski (Akershus) 2011: board table with funksjonstid, a leader who left "
                 "(optional) and a konstituert leder, a varamedlem moved up, dirigent/instruktører, "
                 "en-dash negatives with a budget column.",
    }


REPORTS = [skogbygda_il_2019, hol_sanitetsforening_1998, hegglia_skolekorps_2011]
