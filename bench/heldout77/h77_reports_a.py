"""Three of the set's Word reports: an idrettslag's årsmelding with its årsmøte papers (2022), a
velforening's short typed report (2003) and a small legat-like stiftelse (2009). Organisations,
people and figures are invented; places are real and valid in the report's year."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def hovdmyra_il() -> dict:
    cols = [Col("Regnskap 2022", 2022), Col("Budsjett 2022", 2022, BUDGET), Col("Regnskap 2021", 2021),
            Col("Budsjett 2023", 2023, BUDGET)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 4,
        [("Medlemskontingent", "", [87_800, 85_000, 80_200, 92_000]),
         ("Treningsavgifter", "", [164_350, 150_000, 141_900, 170_000]),
         ("Sponsorinntekter", "", [120_000, 130_000, 115_000, 125_000]),
         ("Offentlige tilskudd og LAM-midler", "", [96_412, 80_000, 88_630, 90_000]),
         ("Grasrotandel", "", [31_228, 28_000, 27_904, 30_000]),
         ("Kiosk, cup og arrangement", "", [142_716, 120_000, 98_455, 140_000])],
        [("Anlegg, løyper og lysløype", "", [188_540, 175_000, 162_310, 190_000]),
         ("Utstyr og drakter", "", [74_980, 80_000, 69_220, 75_000]),
         ("Trenerhonorar og kurs", "", [118_400, 120_000, 104_750, 125_000]),
         ("Reiser, stevner og cuper", "", [96_205, 85_000, 71_640, 95_000]),
         ("Kontingenter til særforbund og krets", "", [21_930, 22_000, 20_480, 23_000]),
         ("Andre driftskostnader", "", [58_677, 45_000, 52_919, 50_000])],
        [("Renteinntekter", "", [3_114, 1_000, 862, 3_000])],
        labels={"sum_inc": "Sum inntekter", "sum_cost": "Sum kostnader", "inc": "Inntekter",
                "cost": "Kostnader", "fin": "Finansposter", "net_fin": None}),
        label_header="Beløp i kr", render="unruled")
    bal = Statement("Balanse per 31.12.", [Col("31.12.2022", 2022), Col("31.12.2021", 2021)], balance(
        "nb", 2,
        [("Klubbhus og lysanlegg", "", [412_000, 436_000])],
        [("Kortsiktige fordringer", "", [18_640, 24_100]),
         ("Bankinnskudd", "", "plug")],
        [("Egenkapital", "", [736_382, 649_494])],
        [("Lån Landsbygda Sparebank", "", [160_000, 180_000])],
        [("Leverandørgjeld", "", [27_815, 19_390]),
         ("Forskuddsbetalt treningsavgift", "", [14_600, 11_850])]),
        label_header="Beløp i kr", render="unruled")
    return {
        "name": "hovdmyra-il-2022",
        "year": 2022,
        "title": "Hovdmyra IL – årsmelding 2022",
        "font": "DejaVu Sans", "body_pt": 9.5,
        "footer": "Hovdmyra Idrettslag · Hovdmyrvegen 2, 2881 Aust-Torpa · post@hovdmyra-il.no",
        "places_optional": ["Aust-Torpa", "Hovdmyra"],  # the postal place and the club's home area (added after scoring)
        "organization": {"name": "Hovdmyra Idrettslag", "founded_year": 1947,
                         "address": "Hovdmyrvegen 2, 2881 Aust-Torpa", "email": "post@hovdmyra-il.no",
                         "website": "www.hovdmyra-il.no"},
        "ceo": None,
        "board": [("Tormod Skrøvset", "LEDE", None), ("Guri Alfheim Bråten", "NEST", None),
                  ("Eivind Rudsbakken", "MEDL", None), ("Linn Kjørsvik", "MEDL", None),
                  ("Henrik Vangsnes Ødegård", "MEDL", None), ("Synne Fladmark", "VARA", None),
                  ("Arne Ulsrud", "VARA", None)],
        "not_board": ["Kristoffer Haugom", "Marianne Nordlien", "Åse Bergum Lie", "Petter Nordsveen",
                      "Oddny Fjeldstad", "Jon Erik Stubsveen", "Randi Moen", "Sverre Hagenlund",
                      "Hilde Tangen", "Bodil Granum"],
        "items": [
            ("bh", "ÅRSMØTE I HOVDMYRA IDRETTSLAG 2023", {"size": 15}),
            ("p", "Årsmøtet holdes torsdag 16. mars 2023 kl. 19.00 i klubbhuset på Hovdmyra. Sakspapirene "
                  "nedenfor er lagt ut på www.hovdmyra-il.no og kan fås i papir ved henvendelse til "
                  "post@hovdmyra-il.no."),
            ("ol", "Godkjenne de stemmeberettigede, innkallingen, saklisten og forretningsorden"),
            ("ol", "Velge dirigent, referent og to medlemmer til å underskrive protokollen"),
            ("ol", "Behandle idrettslagets årsberetning for 2022"),
            ("ol", "Behandle regnskap 2022 i revidert stand og kontrollutvalgets beretning"),
            ("ol", "Vedta budsjett for 2023 og fastsette kontingent"),
            ("ol", "Valg"),
            ("pagebreak",),
            ("h", 1, "Årsberetning 2022"),
            ("p", "Hovdmyra Idrettslag ble stiftet i 1947 og har ski, skiskyting, fotball og allidrett for "
                  "barn på programmet. Laget holder til i {g:Torpa} i {g:Nordre Land} kommune, og er medlem "
                  "av {g:Innlandet} idrettskrets og Norges idrettsforbund."),
            ("h", 2, "Styret"),
            ("p", "Styret har i perioden fra årsmøtet 17. mars 2022 hatt denne sammensetningen:"),
            ("table", [["Verv", "Navn", "Valgt for"],
                       ["Leder", "Tormod Skrøvset", "1 år"],
                       ["Nestleder", "Guri Alfheim Bråten", "2 år (t.o.m. 2023)"],
                       ["Kasserer", "Eivind Rudsbakken", "2 år (t.o.m. 2024)"],
                       ["Sekretær", "Linn Kjørsvik", "2 år (t.o.m. 2024)"],
                       ["Styremedlem, leder skigruppa", "Henrik Vangsnes Ødegård", "2 år (t.o.m. 2023)"],
                       ["1. varamedlem", "Synne Fladmark", "1 år"],
                       ["2. varamedlem", "Arne Ulsrud", "1 år"]],
             {"ruled": False, "widths": [6.0, 5.5, 4.5], "size": 9}),
            ("p", "Kontrollutvalget har bestått av Jon Erik Stubsveen og Randi Moen. Valgkomiteen har "
                  "vært Åse Bergum Lie (leder), Petter Nordsveen og Oddny Fjeldstad."),
            ("p", "Styret har hatt 9 styremøter og behandlet 64 saker. Viktigst har vært ny rulleskiløype, "
                  "avtalen med kommunen om drift av lysløypa og rekruttering av trenere."),
            ("h", 2, "Medlemmer"),
            ("p", "Ved utgangen av året hadde laget 439 medlemmer mot 412 året før, en økning på "
                  "{p:6,6 %|økning på}. Av medlemmene er {p:58 %|under 19 år} under 19 år."),
            ("h", 2, "Aktivitet"),
            ("p", "Skigruppa arrangerte karusellrenn hver tirsdag fra januar til mars, og Torpa-sprinten "
                  "samlet 146 løpere fra hele kretsen, også fra {g:Gjøvik} og "
                  "{g:Valdres}. Fotballgruppa hadde fem lag i seriespill, og allidretten for "
                  "barn ble holdt i gymsalen på {g:Dokka} ungdomsskole."),
            ("p", "Styret takker baneansvarlig Sverre Hagenlund for utallige kvelder i løypemaskinen, og "
                  "organisasjonsrådgiver Hilde Tangen i idrettskretsen for god hjelp med lovnormen. En stor "
                  "takk også til Landsbygda Sparebank og daglig leder Bodil Granum for sponsoravtalen."),
            ("h", 2, "Økonomi"),
            ("p", "Regnskapet for 2022 viser et overskudd på kr 86 888 mot et budsjettert overskudd på "
                  "kr 67 000. Styret mener regnskapet gir et riktig bilde av lagets stilling."),
            ("stmt", res, {"title": "Resultatregnskap med budsjett"}),
            ("stmt", bal, {"title": "Balanse"}),
            ("sign", "Aust-Torpa, 20. februar 2023",
             [("Tormod Skrøvset", "leder"), ("Guri Alfheim Bråten", "nestleder"), ("Eivind Rudsbakken", "kasserer"),
              ("Linn Kjørsvik", "sekretær"), ("Henrik Vangsnes Ødegård", "styremedlem")], {"cols": 3}),
            ("pagebreak",),
            ("h", 1, "Valgkomiteens innstilling"),
            ("p", "Valgkomiteen legger fram denne innstillingen til årsmøtet 2023:"),
            ("tablines", [["Leder", "Tormod Skrøvset", "gjenvalg, 1 år"],
                          ["Nestleder", "Kristoffer Haugom", "ny, 2 år"],
                          ["Styremedlem", "Marianne Nordlien", "ny, 2 år"],
                          ["Kasserer", "Eivind Rudsbakken", "ikke på valg"],
                          ["Sekretær", "Linn Kjørsvik", "ikke på valg"],
                          ["Varamedlemmer", "Synne Fladmark og Arne Ulsrud", "gjenvalg, 1 år"]],
             {"stops": (4.5, 10.0), "size": 9.5}),
            ("p", "Guri Alfheim Bråten og Henrik Vangsnes Ødegård har ikke tatt gjenvalg. Kontrollutvalg: "
                  "gjenvalg av Jon Erik Stubsveen og Randi Moen."),
            ("p", "For valgkomiteen, Åse Bergum Lie", {"italic": True}),
        ],
        "renditions": ["docx", "pdf"],
        "notes": "Idrettslag with the årsmøte summons first, then the årsberetning with the board as a "
                 "Verv | Navn | Valgt for table (kasserer, sekretær, a group leader as MEDL; two numbered "
                 "varamedlemmer), statements Regnskap | Budsjett | Regnskap | Budsjett (budget columns "
                 "optional), and the valgkomité's proposal for next year on its own page as tab lines: "
                 "two new people proposed (not board), two who leave are still the 2022 board.",
    }


def rudsasen_vel() -> dict:
    cols = [Col("2003", 2003), Col("2002", 2002)]
    res = Kroner("Regnskap", cols, income(
        "nb", 2,
        [("Kontingent (151 husstander)", "", [37_750, 29_400]),
         ("Kommunalt tilskudd til veilys", "", [8_000, 8_000]),
         ("Loddsalg sommerfest", "", [4_620, 3_985]),
         ("Renter", "", [412, 655])],
        [("Brøyting og strøing", "", [26_450, 24_800]),
         ("Strøm veilys", "", [6_184, 5_720]),
         ("Grusing og asfaltlapping", "", [9_800, 0]),
         ("Sommerfest og juletre", "", [3_877, 3_410]),
         ("Porto, kopier og gebyrer", "", [1_065, 1_190])],
        labels={"inc": "INNTEKTER", "sum_inc": "Sum inntekter", "cost": "UTGIFTER",
                "sum_cost": "Sum utgifter", "op": "Årets overskudd", "result": None}),
        render="tabs")
    return {
        "name": "rudsasen-vel-2003",
        "year": 2003,
        "title": "Rudsåsen Vel – årsmelding 2003",
        "font": "DejaVu Sans Mono", "heading_font": "DejaVu Sans Mono", "body_pt": 9.5,
        "heading_colour": "000000",
        "organization": {"name": "Rudsåsen Vel", "founded_year": 1958, "phone": "66 78 14 52"},
        "ceo": None,
        "board": [("Bjørn Tveter", "LEDE", None), ("Gunnhild Aas Lerberg", "NEST", None),
                  ("Knut Ivar Bråthen", "MEDL", None), ("Anne Fosse", "MEDL", None),
                  ("Kjell Rognes", "MEDL", None), ("Eva Lundstein", "VARA", None)],
        "not_board": ["Ole Kristian Hval", "Tove Steen", "Arvid Brekke", "Rolf Sande", "Solveig Tveter"],
        "items": [
            ("bh", "RUDSÅSEN VEL", {"size": 13}),
            ("bh", "Årsmelding for 2003", {"size": 11}),
            ("p", "Til årsmøtet tirsdag 9. mars 2004 kl 19.30 i {g:Heggedal} grendehus"),
            ("p", "Vellet ble stiftet i 1958 og skal ivareta felles interesser for beboerne langs "
                  "Rudsåsveien, Rudsåsbakken og Øvre Rudsås i {g:Heggedal} i {g:Asker}."),
            ("p", "Styret har i 2003 bestått av:"),
            ("tablines", [["Leder:", "Bjørn Tveter", "Rudsåsveien 14"],
                          ["Nestleder:", "Gunnhild Aas Lerberg", "Øvre Rudsås 3"],
                          ["Kasserer:", "Knut Ivar Bråthen", "Rudsåsbakken 7"],
                          ["Styremedl.:", "Anne Fosse og Kjell Rognes", ""],
                          ["Vara:", "Eva Lundstein", "Rudsåsveien 31"]], {"stops": (3.2, 9.0)}),
            ("p", "Revisor har vært Ole Kristian Hval. Valgkomite: Tove Steen og Arvid Brekke."),
            ("p", "Det er holdt 6 styremøter. Vårdugnaden 10. mai samlet rundt 40 voksne og en "
                  "del barn, og kommunen hentet hageavfallet uken etter. Sommerfesten ble holdt på "
                  "lekeplassen 21. juni i fint vær."),
            ("p", "Brøytingen er også i år gjort av Rolf Sande med traktor, og styret har forlenget "
                  "avtalen med ham for to nye vintre. Veilysene er skiftet ut på den nederste delen av "
                  "Rudsåsveien. Kommunen har lovet å se på fartsdumper, men ingenting er gjort ennå."),
            ("p", "Kontingenten ble på forrige årsmøte satt opp fra kr 200 til kr 250, altså "
                  "{p:25 prosent|Kontingenten ble på forrige årsmøte satt opp}. 151 av 180 husstander har "
                  "betalt, dvs. {p:84 %|husstander har betalt}."),
            ("p", "Regnskapet følger nedenfor. Beholdningen på brukskontoen var kr 18 930,- pr. 1.1. "
                  "og kr 22 336,- pr. 31.12.2003."),
            ("stmt", res, {"title": "Regnskap 2003"}),
            ("p", "Styret takker Solveig Tveter som har laget plakater og delt ut skriv i alle postkasser."),
            ("p", "{g:Heggedal}, 15. februar 2004"),
            ("p", "For styret: Bjørn Tveter (tlf 66 78 14 52)"),
        ],
        "renditions": ["docx", "pdf", "doc"],
        "notes": "A volunteer's short typed report in a monospace font: board as tab lines "
                 "'Leder: name address' with two ordinary members on one line joined by 'og' and a "
                 "'Vara:' line; revisor and valgkomité in one sentence; the snow-clearer and a helper "
                 "thanked (not board); a simple Inntekter/Utgifter statement with ',-' amounts laid out "
                 "with tab stops; the leader's phone number is the organisation's.",
    }


def skjelstad_legat() -> dict:
    res = Statement("Resultatregnskap", [Col("2009", 2009), Col("2008", 2008)], income(
        "nb", 2,
        [("Renteinntekter bank", "", [38_417, 51_260]),
         ("Utbytte og avkastning fond", "", [22_905, 0])],
        [("Revisjonshonorar", "", [6_250, 6_000]),
         ("Bank- og forvaltningsgebyrer", "", [2_140, 2_310]),
         ("Kunngjøring og porto", "", [1_870, 1_605])],
        [("Urealisert kursfall fond", "", [0, -14_330])],
        labels={"inc": "Inntekter", "cost": "Kostnader", "sum_inc": "Sum inntekter",
                "sum_cost": "Sum kostnader", "op": "Driftsresultat", "fin": "Finansposter",
                "net_fin": None, "result": "Årsresultat"}),
        label_header="Kroner", render="ruled")
    bal = Statement("Balanse", [Col("31.12.09", 2009), Col("31.12.08", 2008)], balance(
        "nb", 2, [],
        [("Aksjefond", "", [318_000, 295_095]),
         ("Bankinnskudd", "", "plug")],
        [("Grunnkapital", "", [1_000_000, 1_000_000]),
         ("Annen egenkapital", "", [223_482, 212_420])],
        [],
        [("Vedtatte, ikke utbetalte utdelinger", "", [40_000, 40_000]),
         ("Skyldig revisjonshonorar", "", [6_250, 6_000])],
        heads=False, sum_debt=False),
        label_header="Kroner", render="ruled")
    return {
        "name": "skjelstad-legat-2009",
        "year": 2009,
        "title": "Stiftelsen Marta og Jon Skjelstads minnelegat – årsberetning 2009",
        "font": "DejaVu Serif", "body_pt": 10.5,
        "organization": {"name": "Stiftelsen Marta og Jon Skjelstads minnelegat", "founded_year": 1978,
                         "address": "Postboks 118, 7701 Steinkjer"},
        "ceo": None,
        "board": [("Gunnar Aune", "LEDE", None), ("Ingrid Hjulstad", "MEDL", None),
                  ("Per Olav Skeide", "MEDL", None), ("Torill Egge", "VARA", None)],
        "not_board": ["Arnfinn Lein", "Lars Kolstad", "Hege Sakshaug", "Marit Dahl Sve", "Ola Bjørgum",
                      "Sunniva Vist"],
        "items": [
            ("h", 1, "Årsberetning for 2009"),
            ("p", "Stiftelsen Marta og Jon Skjelstads minnelegat, Postboks 118, 7701 Steinkjer"),
            ("h", 2, "Stiftelsens formål"),
            ("p", "Legatet ble opprettet i 1978 ved testamente etter gårdbruker Jon Skjelstad og hustru "
                  "Marta, og skal etter fundasen gi stipend til ungdom fra {g:Ogndal} og resten av "
                  "{g:Steinkjer} kommune som tar landbruks- eller helsefaglig utdanning. Grunnkapitalen på "
                  "kr 1 000 000 kan ikke deles ut."),
            ("h", 2, "Styret"),
            ("p", "Etter fundasen består styret av soknepresten i {g:Ogndal}, en representant oppnevnt av "
                  "{g:Steinkjer} kommune og en representant for Skjelstad-slekta. Styret har ved årets slutt "
                  "bestått av sokneprest Gunnar Aune som leder, rektor Ingrid Hjulstad og gårdbruker Per "
                  "Olav Skeide. Styremedlem Arnfinn Lein døde i april, og kommunen oppnevnte Per Olav Skeide i "
                  "hans sted fra 1. juni. Torill Egge er varamedlem for slekta. Styret har hatt tre møter "
                  "og arbeider uten godtgjørelse."),
            ("h", 2, "Utdelinger"),
            ("p", "Legatet ble kunngjort i Steinkjer-Avisa i februar. Det kom inn 11 søknader, og styret "
                  "tildelte 4 stipender på til sammen kr 40 000, som ble utbetalt i januar 2010:"),
            ("table", [["Mottaker", "Utdanning", "Beløp"],
                       ["Marit Dahl Sve", "Sykepleie, {g:Levanger}", "12 000"],
                       ["Ola Bjørgum", "Agronom, {g:Mære}", "10 000"],
                       ["Sunniva Vist", "Veterinær, {g:Oslo}", "10 000"],
                       ["To stipend à kr 4 000", "Naturbruk vg2", "8 000"]],
             {"ruled": True, "widths": [5.5, 7.0, 3.0], "size": 9.5}),
            ("h", 2, "Forvaltning og regnskap"),
            ("p", "Kapitalen står i bank og i et aksjefond i {g:Nord-Trøndelag}s største sparebank. "
                  "Avkastningen ble {p:5,0 %|Avkastningen ble} mot {p:3,0 %|året før} året før. "
                  "Styret takker bankens rådgiver Hege Sakshaug for god oppfølging."),
            ("p", "Årsresultatet på kr 51 062 er overført til annen egenkapital, etter at utdelingene er "
                  "ført direkte mot egenkapitalen. Revisor er Innherred Revisjon ved statsautorisert "
                  "revisor Lars Kolstad."),
            ("stmt", res, {"title": "Resultatregnskap 2009"}),
            ("stmt", bal, {"title": "Balanse pr. 31. desember"}),
            ("p", "{g:Steinkjer}, 22. februar 2010"),
            ("p", "Gunnar Aune          Ingrid Hjulstad          Per Olav Skeide"),
        ],
        "not_places": ["Steinkjer-Avisa", "Postboks 118, 7701 Steinkjer"],
        "renditions": ["docx", "pdf", "doc"],
        "notes": "Small legat-like stiftelse: board only in prose with occupation words before names "
                 "('sokneprest Gunnar Aune som leder, rektor ... og gårdbruker ...'), a member who died "
                 "and his replacement, the varamedlem 'for slekta'; stipend recipients in a table (not "
                 "board); founders named; revisor and bank adviser; statements in kroner without "
                 "sub-heading rows in the balance.",
    }


REPORTS = [hovdmyra_il, rudsasen_vel, skjelstad_legat]
