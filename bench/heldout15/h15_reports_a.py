"""Reports of the fifteenth held-out set (a): a typed water cooperative's report as a searchable
scan, a health association's report whose PDF has a broken body-font map, and a foundation's
report with a table of contents, running header and footer and footnotes. All names, figures and
organisations are invented; the places are real municipalities and towns."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, Statement, balance, income


def kvernstua_vannverk_2008() -> dict:
    """Typed on a typewriter-like font, printed, and later scanned on the office copier with OCR."""
    cols = [Col("2008", 2008), Col("2007", 2007)]
    res = Statement("Resultatregnskap 2008", cols, income(
        "nb", 2,
        inc=[("Årsavgifter abonnenter", "", [486300, 471950]), ("Tilknytningsavgifter", "", [64000, 32000]),
             ("Andre inntekter", "", [3150, 2875])],
        cost=[("Strøm pumpestasjon", "", [58420, 51377]), ("Vannprøver og analyser", "", [21860, 19940]),
              ("Vedlikehold ledningsnett", "", [143275, 96410]), ("Driftsoperatør", "", [72000, 70500]),
              ("Forsikring og administrasjon", "", [38905, 36120]), ("Avskrivninger", "", [61500, 61500])],
        fin=[("Renteinntekter", "", [17840, 14210]), ("Rentekostnader", "", [-42630, -47955])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
                "fin": "Finansposter"}),
        render="tabs")
    bal = Statement("Balanse pr. 31.12.2008", cols, balance(
        "nb", 2,
        fixed=[("Ledningsnett og høydebasseng", "", [1783500, 1845000])],
        current=[("Utestående avgifter", "", [24600, 31250]), ("Bankinnskudd", "", "plug")],
        equity=[("Andelskapital", "", [212000, 205000]), ("Annen egenkapital", "", [857245, 785010])],
        long=[("Lån i sparebanken", "", [890000, 960000])],
        short=[("Leverandørgjeld", "", [18460, 22195]), ("Skyldige renter", "", [7100, 7690])]),
        render="tabs")
    return {
        "name": "kvernstua-vannverk-2008", "year": 2008,
        "title": "Årsberetning 2008 Kvernstua Vannverk SA",
        "font": "DejaVu Sans Mono", "heading_font": "DejaVu Sans Mono", "body_pt": 10, "heading_colour": "000000",
        "organization": {"name": "Kvernstua Vannverk SA", "founded_year": 1962},
        "ceo": None,
        "board": [("Halvor Myrvang", "LEDE", None), ("Torunn Bekkevold", "NEST", None),
                  ("Olav Sørbråten", "MEDL", None), ("Gunvor Lien Hagen", "MEDL", None),
                  ("Arne Kolstad", "VARA", None)],
        "not_board": ["Randi Grinaker", "Jon Egil Furuseth", "Leif Tomterud"],
        "renditions": ["ocr"],
        "items": [
            ("bh", "KVERNSTUA VANNVERK SA", {"size": 14}),
            ("bh", "ÅRSBERETNING FOR 2008", {"size": 12}),
            ("p", "Vannverket ble stiftet i 1962 av grunneiere og fastboende i grenda, og forsyner i dag "
                  "husstander og hytter i nordre del av {g:Nordre Land} kommune med drikkevann fra egen brønn."),
            ("bh", "1. Styret"),
            ("p", "Styret har i 2008 hatt denne sammensetningen:"),
            ("tablines", [["Leder:", "Halvor Myrvang"], ["Nestleder:", "Torunn Bekkevold"],
                          ["Kasserer:", "Olav Sørbråten"], ["Sekretær:", "Gunvor Lien Hagen"],
                          ["Varamedlem:", "Arne Kolstad"]], {"stops": (4.5,)}),
            ("p", "Valgkomiteen har bestått av Randi Grinaker og Jon Egil Furuseth."),
            ("p", "Det er holdt 6 styremøter og behandlet 31 saker. Ordinært årsmøte ble holdt på "
                  "grendehuset 13. mars 2008 med 41 andelseiere til stede."),
            ("bh", "2. Drift"),
            ("p", "Vannverket har ingen ansatte. Den daglige driften er satt bort til Leif Tomterud, som er "
                  "driftsoperatør på timebasis og har tilsyn med brønn, pumpestasjon og høydebasseng."),
            ("p", "Ved utgangen av året var 212 abonnenter tilknyttet, mot 205 året før. Sju nye hytter ved "
                  "Kvernstuvatnet ble koblet til i løpet av sommeren."),
            ("p", "Det ble levert 41 800 kubikkmeter vann. Lekkasjetapet er beregnet til om lag "
                  "{p:17 prosent|lekkasjetapet} av levert mengde, mot {p:22 prosent|året før} året før, "
                  "etter at to gamle stikkledninger ble skiftet i september."),
            ("p", "Mattilsynet har tatt 12 vannprøver. {p:92 %|uten anmerkning} av prøvene var uten "
                  "anmerkning; en prøve i august viste for høyt kimtall, og vannet ble klorert i to uker."),
            ("bh", "3. Økonomi"),
            ("p", "Årsavgiften var kr 2 300 pr. abonnent og ble ikke endret. Vedlikeholdet av ledningsnettet "
                  "ble dyrere enn budsjettert. Regnskapet er ført av kassereren og revidert av "
                  "Sigmund Haugli, registrert revisor i {g:Dokka}."),
            ("stmt", res),
            ("stmt", bal),
            ("p", "Styret foreslår at årets overskudd overføres til annen egenkapital."),
            ("sign", "{g?:Nordsinni}, 20. februar 2009",
             [("Halvor Myrvang", "leder"), ("Torunn Bekkevold", "nestleder"), ("Olav Sørbråten", "kasserer"),
              ("Gunvor Lien Hagen", "sekretær")], {"cols": 2}),
        ],
        "notes": "A typed report (monospaced font), scanned by an office copier into a searchable PDF: page "
                 "images with an invisible OCR text layer that has a few misread letters and split words. "
                 "Kasserer and sekretær are board members (MEDL); the valgkomité and the contracted "
                 "operator are not board. No daglig leder.",
    }


def bjorgan_sanitetsforening_2011() -> dict:
    """Word with a serif body and a sans headings font; the PDF's body font map is wrong."""
    cols = [Col("Regnskap 2011", 2011), Col("Regnskap 2010", 2010), Col("Budsjett 2012", 2012, BUDGET)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 3,
        inc=[("Medlemskontingent", "", [38400, 36950, 39000]), ("Loddsalg og basar", "", [61215, 58830, 60000]),
             ("Tilskudd fra kommunen", "", [15000, 15000, 15000]), ("Gaver", "", [9800, 12500, 8000])],
        cost=[("Kontingent til sentralleddet", "", [14650, 14100, 15000]),
              ("Besøkstjeneste og trimgrupper", "", [22480, 19715, 24000]),
              ("Gaver til helseinstitusjoner", "", [45000, 40000, 45000]),
              ("Møter og arrangementer", "", [18925, 21340, 19000]), ("Administrasjon", "", [6210, 5890, 6500])],
        fin=[("Renteinntekter", "", [4120, 3785, 4000])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader",
                "sum_cost": "Sum kostnader", "op": "Driftsresultat", "fin": "Finans"}),
        label_header="Beløp i kr")
    bal_cols = [Col("31.12.2011", 2011), Col("31.12.2010", 2010)]
    bal = Statement("Balanse", bal_cols, balance(
        "nb", 2, fixed=[],
        current=[("Kasse", "", [1250, 980]), ("Bank, driftskonto", "", [23640, 31205]),
                 ("Bank, sparekonto", "", "plug")],
        equity=[("Egenkapital pr. 1.1.", "", [182310, 162665]), ("Årets resultat", "", [17270, 19645])],
        long=[], short=[("Skyldig kontingent", "", [3100, 2900])],
        labels={"sum_debt": None}),
        label_header="Beløp i kr")
    return {
        "name": "bjorgan-sanitetsforening-2011", "year": 2011,
        "title": "Årsmelding 2011 Bjørgan Sanitetsforening",
        "font": "DejaVu Serif", "heading_font": "DejaVu Sans", "body_pt": 10.5, "heading_colour": "7A1E2C",
        "organization": {"name": "Bjørgan Sanitetsforening", "founded_year": 1928},
        "ceo": None,
        "board": [("Marit Hanestad", "LEDE", None), ("Berit Øien Skjæran", "NEST", None),
                  ("Kjellaug Bakken", "MEDL", None), ("Synnøve Dalsegg", "MEDL", None),
                  ("Anne Margrethe Rønning", "MEDL", None), ("Torild Westgaard", "VARA", None),
                  ("Ingeborg Rustad", "VARA", None)],
        "not_board": ["Astrid Moseng", "Solveig Hornmoen"],
        "renditions": ["docx", "badmap"],
        "items": [
            ("h", 1, "Årsmelding 2011"),
            ("p", "Bjørgan Sanitetsforening ble stiftet i 1928 og er en lokalforening i Norske Kvinners "
                  "Sanitetsforening. Foreningen arbeider for helse og trivsel i bygda, med hovedvekt på eldre "
                  "og barnefamilier i {g:Rendalen}."),
            ("h", 2, "Styret"),
            ("p", "Etter årsmøtet 3. mars 2011 har styret bestått av:"),
            ("table", [["Verv", "Navn"], ["Leder", "Marit Hanestad"], ["Nestleder", "Berit Øien Skjæran"],
                       ["Kasserer", "Kjellaug Bakken"], ["Sekretær", "Synnøve Dalsegg"],
                       ["Styremedlem", "Anne Margrethe Rønning"], ["1. varamedlem", "Torild Westgaard"],
                       ["2. varamedlem", "Ingeborg Rustad"]], {"ruled": True, "widths": [5.0, 7.0]}),
            ("p", "Revisorer har vært Astrid Moseng og Solveig Hornmoen. Styret har hatt 7 møter og "
                  "behandlet 38 saker."),
            ("h", 2, "Medlemmer"),
            ("p", "Foreningen hadde 128 medlemmer ved årets slutt. Det er en økning på "
                  "{p:5 prosent|økning} fra året før. Av medlemmene er "
                  "{p:14 %|under 40 år} under 40 år."),
            ("h", 2, "Aktiviteter"),
            ("li", "Besøkstjenesten har hatt faste besøk hos 19 eldre hjemmeboende."),
            ("li", "Trimgruppa for seniorer har møttes hver tirsdag i samfunnshuset, med i snitt 14 deltakere."),
            ("li", "Vi ga et bidrag på kr 45 000 til sansehagen ved sykehjemmet i {g:Åkrestrømmen}."),
            ("li", "Juletrefest og basar i november samlet over 200 besøkende."),
            ("p", "Foreningen deltok på regionsmøtet i {g:Elverum} i oktober med to representanter."),
            ("h", 2, "Økonomi"),
            ("p", "Årets resultat ble kr 17 270, som er bedre enn budsjettert. Loddsalget står for "
                  "{p:49 prosent|Loddsalget} av inntektene."),
            ("stmt", res, {"title": "Resultatregnskap 2011"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2011"}),
            ("p", "{g:Rendalen}, 9. februar 2012"),
            ("p", "Marit Hanestad, Berit Øien Skjæran, Kjellaug Bakken, Synnøve Dalsegg, "
                  "Anne Margrethe Rønning"),
        ],
        "notes": "A Word report (serif body, sans headings) whose PDF has a wrong /ToUnicode map for the "
                 "serif body font: body text and tables extract as garbage, headings as printed. Gold is "
                 "what a reader sees. The two revisorer are not board; budget column optional.",
    }


def brattholmen_kystkultursenter_2023() -> dict:
    """Word, then LibreOffice's PDF and Word 97: contents page, running header and footer, footnotes."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    res = Statement("Resultatregnskap", cols, income(
        "nb", 2,
        inc=[("Driftstilskudd", "2", [4385000, 4120000]), ("Billettinntekter", "", [1172400, 968250]),
             ("Kafé og butikk", "", [843910, 702385]), ("Prosjektmidler", "3", [615000, 1240000]),
             ("Andre driftsinntekter", "", [128600, 94300])],
        cost=[("Lønn og sosiale kostnader", "4", [4619800, 4410250]), ("Varekostnad kafé og butikk", "", [402115, 351940]),
              ("Avskrivninger", "5", [286000, 271500]), ("Annen driftskostnad", "", [1702460, 2003880])],
        fin=[("Finansinntekter", "", [41870, 12650]), ("Finanskostnader", "", [-9310, -11045])]),
        note_col="Note", label_header="Beløp i kr")
    bal = Statement("Balanse", cols, balance(
        "nb", 2,
        fixed=[("Bygninger og brygger", "5", [3912000, 4105000]), ("Båter og utstyr", "5", [418000, 511000])],
        current=[("Varelager", "", [96300, 88450]), ("Kundefordringer", "", [74210, 139860]),
                 ("Bankinnskudd", "6", "plug")],
        equity=[("Grunnkapital", "", [200000, 200000]), ("Annen egenkapital", "", [3521040, 3371465])],
        long=[("Pantelån", "7", [1450000, 1560000])],
        short=[("Leverandørgjeld", "", [241870, 319640]), ("Skyldige offentlige avgifter", "", [287415, 264980]),
               ("Annen kortsiktig gjeld", "", [412300, 398720])]),
        note_col="Note", label_header="Beløp i kr")
    return {
        "name": "brattholmen-kystkultursenter-2023", "year": 2023,
        "title": "Årsrapport 2023 Stiftelsen Brattholmen Kystkultursenter",
        "font": "DejaVu Sans", "body_pt": 10, "heading_colour": "1D4E6B",
        "header": "Stiftelsen Brattholmen Kystkultursenter – Årsrapport 2023", "header_align": "right",
        "footer": "Årsrapport 2023  |  Side {PAGE} av {NUMPAGES}",
        "organization": {"name": "Stiftelsen Brattholmen Kystkultursenter", "founded_year": 1991,
                         "address": "Brattholmveien 14", "email": "post@brattholmen-kyst.no"},
        "ceo": "Sunniva Korsvold",
        "board_optional": ["Sunniva Korsvold"],
        "board": [("Petter Kolbjørnsen", "LEDE", False), ("Inger Lise Haldorsen", "NEST", False),
                  ("Rune Engebretsen", "MEDL", False), ("Mona Abrahamsen", "MEDL", False),
                  ("Tobias Strand Eriksen", "MEDL", True), ("Elin Aasgaard", "VARA", None),
                  ("Kåre Wiggen", "VARA", None)],
        "not_board": ["Helge Svendby"],
        "renditions": ["docx", "pdf", "doc"],
        "items": [
            ("bh", "Stiftelsen Brattholmen Kystkultursenter", {"size": 20}),
            ("bh", "Årsrapport 2023", {"size": 15}),
            ("p", "Brattholmveien 14, {g:Hvaler}  ·  post@brattholmen-kyst.no"),
            ("toc", [("Leders beretning", 2), ("Om stiftelsen", 2), ("Styrets sammensetning", 2),
                     ("Året i tall", 2), ("Formidling og arrangementer", 2), ("Arbeidsmiljø og likestilling", 3),
                     ("Årsregnskap", 4), ("Noter til regnskapet", 5)]),
            ("pagebreak",),
            ("h", 1, "Leders beretning"),
            ("fnp", "Kystkultursenteret hadde sitt beste år noensinne, med 16 480 besøkende på holmen og i "
                    "utstillingene. Det er en økning på {p:21 prosent|økning} fra 2022.",
             [("16 480 besøkende", "Tallet omfatter gjester på arrangementer som andre har holdt i våre lokaler.")]),
            ("p", "Jeg vil takke de ansatte, de frivillige i Venneforeningen og alle samarbeidspartnere for "
                  "innsatsen. – Petter Kolbjørnsen, styreleder"),
            ("h", 1, "Om stiftelsen"),
            ("p", "Stiftelsen ble opprettet i 1991 for å ta vare på og formidle kystkulturen i ytre "
                  "{g:Østfold}. Senteret eier brygger, naust og fem tradisjonsbåter på Brattholmen i "
                  "{g:Hvaler} kommune, og har avtale med {g:Fredrikstad} kommune om skoletilbud."),
            ("p", "Stiftelsen er registrert i Stiftelsesregisteret og er ikke en del av Venneforeningen, som er "
                  "en egen forening med eget styre ledet av Helge Svendby."),
            ("h", 1, "Styrets sammensetning"),
            ("p", "Styret oppnevnes av {g:Hvaler} kommune, Venneforeningen og de ansatte. I 2023 har styret bestått av:"),
            ("table", [["Navn", "Verv", "Oppnevnt av"], ["Petter Kolbjørnsen", "Styreleder", "{g:Hvaler kommune|Hvaler}"],
                       ["Inger Lise Haldorsen", "Nestleder", "{g:Hvaler kommune|Hvaler}"],
                       ["Rune Engebretsen", "Styremedlem", "Venneforeningen"],
                       ["Mona Abrahamsen", "Styremedlem", "Venneforeningen"],
                       ["Tobias Strand Eriksen", "Styremedlem", "De ansatte"],
                       ["Elin Aasgaard", "Varamedlem", "{g:Hvaler kommune|Hvaler}"],
                       ["Kåre Wiggen", "Varamedlem", "Venneforeningen"]], {"ruled": True}),
            ("p", "Daglig leder Sunniva Korsvold er styrets sekretær. Styret har hatt 8 møter."),
            ("h", 1, "Året i tall"),
            ("table", [["", "2023", "2022"], ["Besøkende totalt", "16 480", "13 620"],
                       ["Skoleelever", "3 915", "3 240"], ["Arrangementer", "64", "51"],
                       ["Frivillige timer", "5 200", "4 750"],
                       ["Egeninntekter av totale inntekter", "{p:34 %}", "{p:27 %}"]], {"ruled": True}),
            ("h", 1, "Formidling og arrangementer"),
            ("fnp", "Skoletilbudet «En dag på holmen» ble gitt til 3 915 elever fra {g:Hvaler} og {g:Fredrikstad}. "
                    "Båtbyggerverkstedet var åpent hver lørdag fra mai til september.",
             [("3 915 elever", "Herav {p:58 prosent|fra Fredrikstad} fra {g:Fredrikstad}.")]),
            ("h", 1, "Arbeidsmiljø og likestilling"),
            ("p", "Stiftelsen hadde ved årsskiftet 9 ansatte i 7,4 årsverk, i tillegg til sesonghjelp om sommeren. "
                  "Sykefraværet var {p:4,2 prosent|sykefraværet}, mot {p:6,0 prosent|året før} året før. "
                  "Det har ikke vært skader eller ulykker."),
            ("p", "Av de ansatte er fem kvinner og fire menn. Styret har tre kvinner og fire menn, "
                  "medregnet varamedlemmene."),
            ("p", "Styret mener forutsetningen om fortsatt drift er til stede. Årets overskudd er overført "
                  "til annen egenkapital."),
            ("pagebreak",),
            ("h", 1, "Årsregnskap"),
            ("stmt", res, {"title": "Resultatregnskap 2023"}),
            ("stmt", bal, {"title": "Balanse pr. 31.12.2023"}),
            ("h", 1, "Noter til regnskapet"),
            ("fnp", "Note 2 Driftstilskudd: tilskuddet fra staten og {g:Viken} fylkeskommune er inntektsført i "
                    "det året det gjelder.",
             [("fylkeskommune", "Fra 1. januar 2024 er tilskuddsansvaret overført til {g:Østfold} fylkeskommune.")]),
            ("p", "Note 4 Lønn: stiftelsen har ordning for obligatorisk tjenestepensjon. Daglig leder har hatt "
                  "lønn på kr 812 000. Styrehonorar er utbetalt med kr 64 000."),
            ("sign", "{g:Hvaler}, 14. mars 2024",
             [("Petter Kolbjørnsen", "Styreleder"), ("Inger Lise Haldorsen", "Nestleder"),
              ("Rune Engebretsen", "Styremedlem"), ("Mona Abrahamsen", "Styremedlem"),
              ("Tobias Strand Eriksen", "Styremedlem"), ("Sunniva Korsvold", "Daglig leder")]),
        ],
        "notes": "Contents page with dotted leaders, a running header (the foundation's name and "
                 "\"Årsrapport 2023\") and footer on every page, and Word footnotes. The ansattes member is "
                 "employee elected; Venneforeningen's leader is not board; the daglig leder is optional as "
                 "the board's secretary who signs.",
    }


REPORTS = [kvernstua_vannverk_2008, bjorgan_sanitetsforening_2011, brattholmen_kystkultursenter_2023]
