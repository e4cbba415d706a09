"""Reports of the seventy-second set made by a designer (a vekstbedrift in Stjørdal 2016, an
arbeidsinkluderingsbedrift in Valdres owned by a foundation 2024) and one made as a spreadsheet-like
grid in LibreOffice Writer (a vekstbedrift on Finnsnes 2011). Organisations, people and figures are
invented; places are real and valid in the report's year.
"""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement

from h72_common import accounts, nok_words
from h72_reports_a import equity_share, pct

# ---------------------------------------------------------------------------------------------
# Forrabrua Vekst AS, Stjørdal (Nord-Trøndelag), 2016: designer PDF
# ---------------------------------------------------------------------------------------------


def forrabrua_2016() -> dict:
    cols = [Col("2016", 2016), Col("2015", 2015)]
    inc, bal, bal_cols = accounts(
        "nb", 1000, cols,
        inc=[("Salgsinntekter", "", [18_420, 17_655]), ("Tilskudd fra NAV", "2", [21_306, 20_118]),
             ("Andre driftsinntekter", "", [744, 690])],
        cost=[("Varekostnad", "", [6_214, 5_980]), ("Lønnskostnad", "3", [27_118, 26_204]),
              ("Avskrivning av driftsmidler", "4", [1_406, 1_322]), ("Annen driftskostnad", "", [4_985, 4_620])],
        fin=[("Finansinntekter", "", [212, 264]), ("Finanskostnader", "", [-356, -391])],
        fixed=[("Tomter og bygninger", "4", [14_220, 14_860]), ("Maskiner, inventar og biler", "4", [3_108, 2_874])],
        current=[("Varer", "", [1_860, 1_742]), ("Kundefordringer", "", [3_412, 3_166]),
                 ("Andre fordringer", "", [688, 540]), ("Bankinnskudd", "5", "plug")],
        paid_in=("Aksjekapital", "6", 1_200), other_equity=("Annen egenkapital", "6", 11_420),
        long=[("Gjeld til kredittinstitusjoner", "7", [7_840, 8_420])],
        short=[("Leverandørgjeld", "", [2_106, 1_884]), ("Skyldige offentlige avgifter", "", [2_514, 2_398]),
               ("Annen kortsiktig gjeld", "", [3_322, 3_108])])
    income = Statement("Resultatregnskap", cols, inc, unit=1000, note_col="Note", label_header="Beløp i 1000 kr",
                       render="unruled")
    balance = Statement("Balanse", bal_cols, bal, unit=1000, note_col="Note", label_header="Beløp i 1000 kr",
                        render="unruled")
    revenue = nok_words(income, "Sum driftsinntekter")
    result = nok_words(income, "Årsresultat")
    eq = equity_share(balance, 0)
    board = [("Hilde Marie Haugan", "LEDE", False), ("Ola Bjørn Hegstad", "NEST", False),
             ("Turid Elvestad Moe", "MEDL", False), ("Arvid Sundli", "MEDL", False), ("Camilla Ertsås", "MEDL", False),
             ("Roger Langås", "MEDL", True), ("Johan Petter Reitan", "VARA", None),
             ("Sissel Aasbø Vigdenes", "VARA", None), ("Kjell Ivar Nordbotten", "VARA", None)]
    foot = "Forrabrua Vekst AS  |  Årsrapport 2016  |  {PAGE}"
    sheets = [
        {"cover": ("cover", {"year": "2016", "title": "Årsrapport",
                             "sub": "Forrabrua Vekst AS  ·  arbeid og kvalifisering i {g:Stjørdal}, {g:Meråker} og {g:Frosta}"})},
        {"footer": foot, "blocks": [
            ("grid", [
                [("kicker", "Daglig leder har ordet"),
                 ("h1", "Et år med nye muligheter"),
                 ("lead", "2016 var det første hele året med arbeidsforberedende trening, og det ble et år med "
                          "flere deltakere enn noen gang."),
                 ("p", "Da NAV slo sammen de gamle tiltakene til AFT, måtte vi tenke nytt om hvordan vi jobber. "
                       "Vi har bygget opp et eget team for avklaring og jobbsøking, og vi har fått flere "
                       "avtaler med bedrifter i regionen om praksisplasser. Samtidig har vi holdt fast på det "
                       "som har vært vår styrke i snart tretti år: ekte arbeidsoppgaver i egen produksjon."),
                 ("p", "I august åpnet vi en ny avdeling for vedlikehold av grøntområder på {g:Hegra}, i "
                       "samarbeid med kommunen. Avdelingen har gitt arbeid til seks personer på VTA og har allerede "
                       "flere oppdrag enn vi rakk å utføre."),
                 ("p", "Jeg vil takke alle ansatte, deltakere og samarbeidspartnere for innsatsen i 2016, og "
                       "styret for god støtte gjennom et krevende omstillingsår."),
                 ("p", "Vegard Lysklett, daglig leder", {"cls": "small"}),
                 ("quote", "– Her fikk jeg prøve meg i ekte arbeid igjen, og nå har jeg fast jobb.",
                  "Tidligere deltaker i AFT")],
                [("box", [("h3", "Innhold"),
                          ("ul", ["Daglig leder har ordet", "Året i tall", "Styrets årsberetning", "Styret og ledelsen",
                                  "Regnskap", "Kontakt"])]),
                 ("box", [("h3", "Forrabrua Vekst i korte trekk"),
                          ("ul", ["Stiftet 1988", "Eid av kommunene {g:Stjørdal}, {g:Meråker} og {g:Frosta}",
                                  "41 ansatte i ordinære stillinger", "Godkjent tiltaksarrangør for NAV",
                                  "Snekkerverksted, vaskeri, kantine, grøntvedlikehold og montasje"])],
                  {"cls": "line"})]],
             {"tpl": "1.7fr 1fr"})]},
        {"footer": foot, "blocks": [
            ("h1", "Året i tall"),
            ("tiles", [("40", "AFT-plasser"), ("36", "VTA-plasser"), ("{p?:44 %}", "gikk til arbeid eller utdanning etter AFT"),
                       ("178", "deltakere i løpet av året")]),
            ("h2", "Tiltak i 2016"),
            ("table", [["Tiltak", "Plasser", "Årsverk", "Deltakere i løpet av året"],
                       ["Arbeidsforberedende trening (AFT)", "40", "38,6", "112"],
                       ["Varig tilrettelagt arbeid (VTA)", "36", "35,4", "39"],
                       ["Oppfølging", "–", "–", "27"],
                       ["Sum", "76", "74,0", "178"]], {"bold_rows": {4}}),
            ("grid", [
                [("h2", "Resultater"),
                 ("p", "Av de 86 deltakerne som avsluttet AFT i 2016, gikk 31 over til arbeid og 7 til utdanning. Det "
                       "gir en overgang til arbeid eller utdanning på {p:44,2 %|overgang til arbeid eller utdanning}, "
                       "mot {p:39,5 %|i 2015} i 2015. For VTA er målet at den enkelte skal utvikle seg i arbeidet; "
                       "fire arbeidstakere gikk i 2016 over til tilrettelagt arbeid i ordinær bedrift."),
                 ("p", "Samarbeidet med NAV {g:Stjørdal} og NAV {g:Nord-Trøndelag} har vært tett gjennom hele året.")],
                [("photo", "Ordfører i {g:Meråker}, Kari Anne Bøkestad, besøkte snekkerverkstedet i september. Her "
                           "sammen med arbeidsleder Ole Morten Sandvik.", {"h": 48})]],
             {"tpl": "1fr 1fr"})]},
        {"footer": foot, "blocks": [
            ("h1", "Styrets årsberetning 2016"),
            ("cols", [
                ("h3", "Virksomhetens art og hvor den drives"),
                ("p", "Forrabrua Vekst AS er en vekstbedrift som gir arbeid, arbeidstrening og kvalifisering til "
                      "personer med nedsatt arbeidsevne. Bedriften har hovedkontor og produksjon i Industrivegen 22 i "
                      "{g:Stjørdal} og en avdeling på {g:Hegra}. Selskapet eies av {g:Stjørdal} kommune, "
                      "{g:Meråker} kommune og {g:Frosta} kommune, og har ikke utbytte til formål."),
                ("h3", "Arbeidsmiljø"),
                ("p", "Ved utgangen av 2016 hadde bedriften 41 ansatte i ordinære stillinger, til sammen 38,5 årsverk, i "
                      "tillegg til arbeidstakerne på VTA. Sykefraværet blant de ordinært ansatte var "
                      "{p:6,4 %|sykefraværet} mot {p:8,1 %|året før} året før. Det er ikke registrert skader som har "
                      "ført til fravær. Arbeidsmiljøutvalget har hatt fire møter."),
                ("h3", "Likestilling"),
                ("p", "Av de ansatte er 22 kvinner og 19 menn. Styret består av tre kvinner og tre menn, og "
                      "ledergruppen av tre kvinner og to menn."),
                ("h3", "Ytre miljø"),
                ("p", "Bedriften driver ikke virksomhet som forurenser det ytre miljøet ut over det som er vanlig i "
                      "bransjen. Vaskeriet tok i bruk nye maskiner med lavere vann- og strømforbruk i 2016."),
                ("h3", "Økonomi"),
                ("p", f"Driftsinntektene ble {revenue} kroner, og årsresultatet ble {result} kroner, som overføres "
                      f"til annen egenkapital. Egenkapitalandelen ved årsskiftet var "
                      f"{{p:{pct(eq)} %|egenkapitalandelen}}. Likviditeten er god."),
                ("h3", "Fortsatt drift"),
                ("p", "Styret bekrefter at forutsetningen om fortsatt drift er til stede, og at årsregnskapet er "
                      "satt opp under denne forutsetningen."),
                ("h3", "Styrets arbeid"),
                ("p", "Styret har hatt sju møter og behandlet 44 saker. Generalforsamlingen ble holdt 10. mai 2016. "
                      "Tove Solem Gjervan hadde frabedt seg gjenvalg, og Camilla Ertsås ble valgt som nytt "
                      "styremedlem. Styret takker Tove Solem Gjervan for seks års innsats."),
            ])]},
        {"footer": foot, "blocks": [
            ("h1", "Styret"),
            ("cards", [("Styreleder", "Hilde Marie Haugan", "Valgt 2012"), ("Nestleder", "Ola Bjørn Hegstad", "Valgt 2014"),
                       ("Styremedlem", "Turid Elvestad Moe", "Valgt 2014"), ("Styremedlem", "Arvid Sundli", "Valgt 2015"),
                       ("Styremedlem", "Camilla Ertsås", "Valgt 2016"), ("Styremedlem", "Roger Langås", "Valgt av de ansatte")],
             {"per_row": 3}),
            ("p", "Varamedlemmer: Johan Petter Reitan, Sissel Aasbø Vigdenes og Kjell Ivar Nordbotten (for de ansatte)."),
            ("h2", "Ledergruppen"),
            ("table", [["Navn", "Stilling"], ["Vegard Lysklett", "Daglig leder"],
                       ["Ingvild Storhaug", "Avdelingsleder AFT"], ["Petter Wang Kvello", "Avdelingsleder VTA og produksjon"],
                       ["Anita Lien Rønning", "Økonomisjef"], ["Marte Sødahl", "Markedsansvarlig"]]),
            ("sign", "{g:Stjørdal}, 15. mars 2017",
             [("Hilde Marie Haugan", "styreleder"), ("Ola Bjørn Hegstad", "nestleder"), ("Turid Elvestad Moe", "styremedlem"),
              ("Arvid Sundli", "styremedlem"), ("Camilla Ertsås", "styremedlem"), ("Roger Langås", "styremedlem"),
              ("Vegard Lysklett", "daglig leder")], {"per_row": 4})]},
        {"footer": foot, "blocks": [
            ("h1", "Regnskap 2016"),
            ("grid", [[("stmt", income, {"title": "Resultatregnskap"})],
                      [("stmt", balance, {"title": "Balanse pr. 31.12."})]], {"tpl": "1fr 1fr"}),
            ("p", "Noter til regnskapet og revisors beretning fra revisor Bjørg Kirkreit i Fjordrevisjon AS "
                  "finnes i det fullstendige årsregnskapet, som kan bestilles fra bedriften.", {"cls": "small"})]},
        {"cls": "dark", "footer": None, "blocks": [
            ("spacer", 120),
            ("h2", "Forrabrua Vekst AS"),
            ("contact", ["Industrivegen 22, 7500 {g:Stjørdal}", "Telefon 74 82 63 00", "post@forrabrua.no",
                         "www.forrabrua.no", "Org.nr. 979 512 804"]),
            ("spacer", 10),
            ("p", "Eiere"),
            ("bar", [("{g:Stjørdal} kommune", "{p:70 %|Stjørdal kommune}", 0.70),
                     ("{g:Meråker} kommune", "{p:18 %|Meråker kommune}", 0.18),
                     ("{g:Frosta} kommune", "{p:12 %|Frosta kommune}", 0.12)])]},
    ]
    return {
        "name": "forrabrua-vekst-2016", "year": 2016, "layout": "design", "lang": "nb",
        "title": "Forrabrua Vekst AS – Årsrapport 2016",
        "organization": {"name": "Forrabrua Vekst AS", "founded_year": 1988, "address": "Industrivegen 22, 7500 Stjørdal",
                         "phone": "74 82 63 00", "email": "post@forrabrua.no", "website": "www.forrabrua.no",
                         "owners": [{"name": "Stjørdal kommune", "share_percent": 70},
                                    {"name": "Meråker kommune", "share_percent": 18},
                                    {"name": "Frosta kommune", "share_percent": 12}]},
        "ceo": "Vegard Lysklett", "board": board,
        "not_board": ["Tove Solem Gjervan", "Vegard Lysklett", "Ingvild Storhaug", "Petter Wang Kvello",
                      "Anita Lien Rønning", "Marte Sødahl", "Kari Anne Bøkestad", "Ole Morten Sandvik", "Bjørg Kirkreit"],
        "places_optional": ["Industrivegen"],
        "programs": {"AFT": 40, "VTA": 36},
        "theme": {"accent": "#1f5f8b", "warm": "#d9862b", "shade": "#e8f0f6"},
        "items": sheets, "renditions": ["chrome"],
        "notes": "Designer PDF (this set's HTML sheets): photo cover, leader's letter beside a contents box, tiles "
                 "('44 %' on a tile, 44,2 % in the text), AFT and VTA in a table with person-years, the årsberetning in "
                 "two text columns, the board as cards with the role above the name and the employees' member "
                 "marked only by 'Valgt av de ansatte' under the name, deputies in one sentence with '(for de "
                 "ansatte)', ledergruppen as a table below, statements side by side in 1000 kr. Owners with shares "
                 "only in the back cover's bar legend; contact facts only on the back cover.",
    }


# ---------------------------------------------------------------------------------------------
# Slidrefjord Ressurs AS, Nord-Aurdal (Innlandet), 2024: designer PDF, owned by a foundation
# ---------------------------------------------------------------------------------------------


def slidrefjord_2024() -> dict:
    cols = [Col("2024", 2024), Col("2023", 2023)]
    inc, bal, bal_cols = accounts(
        "nb", 1, cols,
        inc=[("Salgsinntekter", "", [24_618_440, 23_102_910]), ("Tilskudd fra NAV", "2", [31_877_300, 30_245_650]),
             ("Andre driftsinntekter", "", [1_206_115, 1_062_780])],
        cost=[("Varekostnad", "", [7_940_220, 7_512_040]), ("Lønnskostnad", "3", [40_336_870, 38_904_115]),
              ("Avskrivning på varige driftsmidler", "4", [1_865_400, 1_790_250]),
              ("Annen driftskostnad", "", [6_420_935, 6_014_660])],
        fin=[("Annen renteinntekt", "", [612_480, 488_230]), ("Annen rentekostnad", "", [-402_115, -431_770])],
        fixed=[("Bygninger og tomter", "4", [18_406_000, 19_022_000]),
               ("Driftsløsøre, inventar og biler", "4", [4_218_650, 3_906_420])],
        current=[("Varer", "", [2_106_880, 1_998_410]), ("Kundefordringer", "", [4_875_320, 4_412_060]),
                 ("Andre kortsiktige fordringer", "", [1_126_440, 986_200]), ("Bankinnskudd, kontanter o.l.", "5", "plug")],
        paid_in=("Aksjekapital", "6", 2_000_000), other_equity=("Annen egenkapital", "6", 17_905_240),
        long=[("Gjeld til kredittinstitusjoner", "7", [9_600_000, 10_400_000])],
        short=[("Leverandørgjeld", "", [2_944_310, 2_716_880]), ("Skyldige offentlige avgifter", "", [4_318_760, 4_106_390]),
               ("Annen kortsiktig gjeld", "", [5_012_480, 4_688_150])])
    income = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Beløp i NOK", render="unruled")
    balance = Statement("Balanse", bal_cols, bal, note_col="Note", label_header="Beløp i NOK", render="unruled")
    revenue = nok_words(income, "Sum driftsinntekter")
    result = nok_words(income, "Årsresultat")
    board = [("Lars Erik Nordbø", "LEDE", False), ("Hanne Tøraasen", "NEST", False), ("Sverre Kvale", "MEDL", False),
             ("Marit Opdahl Grøv", "MEDL", False), ("Tone Iren Brennhagen", "MEDL", True),
             ("Jon Olav Bakken", "VARA", None), ("Siri Hovda", "VARA", None), ("Per Kristian Lie", "VARA", None)]
    foot = "Slidrefjord Ressurs AS  ·  Årsrapport 2024  ·  side {PAGE}"
    people = [("p", "Styret", {"cls": "kicker"})]
    for name, role in (("Lars Erik Nordbø", "styreleder"), ("Hanne Tøraasen", "nestleder"), ("Sverre Kvale", "styremedlem"),
                       ("Marit Opdahl Grøv", "styremedlem"), ("Tone Iren Brennhagen", "styremedlem, valgt av de ansatte"),
                       ("Jon Olav Bakken og Siri Hovda", "varamedlemmer"), ("Per Kristian Lie", "vara for de ansatte"),
                       ("Ledelse", None), ("Kristin Fossum Bøe", "daglig leder"), ("Rune Hagen", "fagsjef arbeidsinkludering"),
                       ("Guro Thune Sørli", "økonomi- og personalsjef"), ("Nils Petter Belsheim", "driftssjef")):
        people += [("p", name, {"cls": "kicker"})] if role is None else [("p", name, {"cls": "name"}),
                                                                         ("p", role, {"cls": "role"})]
    sheets = [
        {"cover": ("cover", {"style": "field", "org": "Slidrefjord Ressurs AS", "year": "2024", "title": "Årsrapport",
                             "sub": "Arbeid og inkludering i {g:Valdres}"})},
        {"footer": foot, "blocks": [
            ("grid", [
                [("p", "Innhold", {"cls": "kicker"}),
                 ("ul", ["Daglig leder har ordet", "Tiltak og resultater", "Årsberetning", "Eierstyring", "Regnskap"]),
                 ("box", [("h3", "Kort om oss"),
                          ("p", "Slidrefjord Ressurs AS eies {p:100 %|eies} av Stiftelsen Valdres Arbeidsfellesskap."),
                          ("p", "Avdelinger på {g:Fagernes}, {g:Leira} og {g:Beitostølen}."),
                          ("p", "Etablert 1983. 64 ansatte, 92 arbeidstakere og deltakere på tiltak.")])],
                [("kicker", "Daglig leder har ordet"),
                 ("h1", "Flere fikk jobb i 2024"),
                 ("lead", "Aldri før har så mange av deltakerne våre gått videre til arbeid eller utdanning."),
                 ("p", "Arbeidsmarkedet i {g:Valdres} var godt gjennom hele 2024, og reiselivet og byggenæringen "
                       "etterspurte folk. Det har gjort det lettere å finne praksisplasser og jobber, men det krever "
                       "også at vi følger opp både deltakerne og arbeidsgiverne tett. Jobbspesialistene våre har hatt "
                       "over 300 bedriftsbesøk i løpet av året."),
                 ("p", "Innen VTA har vi utvidet kantinedriften på {g:Fagernes} og startet en ny avdeling for "
                       "hyttevask og utleie på {g:Beitostølen}. Samtidig fikk ni arbeidstakere tilrettelagt arbeid i "
                       "ordinære bedrifter gjennom VTO, fra {g:Vang} i nord til {g:Sør-Aurdal} i sør."),
                 ("p", "Takk til alle ansatte, arbeidstakere og deltakere, og til NAV {g:Valdres} og kommunene for et "
                       "godt samarbeid."),
                 ("p", "Kristin Fossum Bøe, daglig leder", {"cls": "small"})]],
             {"tpl": "52mm 1fr"})]},
        {"footer": foot, "blocks": [
            ("h1", "Tiltak og resultater"),
            ("tiles", [("44", "plasser i arbeidsforberedende trening (AFT)"), ("31", "plasser i varig tilrettelagt arbeid (VTA)"),
                       ("9", "plasser i VTA i ordinær virksomhet (VTO)"), ("6", "lærekandidater")]),
            ("table", [["Tiltak", "Plasser", "Årsverk", "Deltakere"],
                       ["Arbeidsforberedende trening (AFT)", "44", "42,1", "128"],
                       ["Varig tilrettelagt arbeid (VTA)", "31", "30,6", "33"],
                       ["Varig tilrettelagt arbeid i ordinær virksomhet (VTO)", "9", "8,7", "10"],
                       ["Oppfølging (anbud)", "–", "–", "41"]]),
            ("h2", "Aktivitet over tre år"),
            ("table", [["", "2024", "2023", "2022"],
                       ["Overgang til arbeid eller utdanning etter AFT", "{p:46 %}", "{p:43 %}", "{p:39 %}"],
                       ["Deltakere som fullførte AFT", "97", "91", "88"],
                       ["Fornøyde deltakere (brukerundersøkelse)", "{p:91 %}", "{p:89 %}", "{p:90 %}"],
                       ["Sykefravær ansatte", "{p:6,2 %}", "{p:7,0 %}", "{p:6,8 %}"]]),
            ("p", "Lærekandidatene tar fagopplæring innen renhold, kokkfag og logistikk i samarbeid med "
                  "fylkeskommunen. To av dem tok kompetanseprøve i 2024.")]},
        {"footer": foot, "blocks": [
            ("grid", [
                [("h1", "Årsberetning 2024"),
                 ("h3", "Virksomhetens art og hvor den drives"),
                 ("p", "Slidrefjord Ressurs AS er en arbeidsinkluderingsbedrift med hovedkontor på {g:Fagernes} i "
                       "{g:Nord-Aurdal} kommune og avdelinger på {g:Leira} og {g:Beitostølen}. Selskapet gir "
                       "arbeidsrettede tiltak til personer fra alle de seks kommunene i {g:Valdres} og har ikke "
                       "utbytte til formål."),
                 ("h3", "Arbeidsmiljø"),
                 ("p", "Ved utgangen av 2024 hadde selskapet 64 ansatte i ordinære stillinger, til sammen 58,2 "
                       "årsverk. Sykefraværet var {p:6,2 %|sykefraværet} mot {p:7,0 %|i 2023} i 2023. Det har ikke "
                       "vært alvorlige skader eller ulykker. Arbeidsmiljøutvalget har hatt fem møter."),
                 ("h3", "Likestilling og ikke-diskriminering"),
                 ("p", "Av de ansatte er 36 kvinner og 28 menn. Ledelsen består av to kvinner og to menn. Selskapet "
                       "har en egen redegjørelse for likestilling og ikke-diskriminering på nettsidene."),
                 ("h3", "Ytre miljø"),
                 ("p", "Selskapet er miljøsertifisert og sorterer {p:78 %|sorterer} av avfallet fra produksjonen."),
                 ("h3", "Økonomi"),
                 ("p", f"Driftsinntektene ble {revenue} kroner. Årsresultatet ble {result} kroner, som overføres til "
                       f"annen egenkapital. Styret mener regnskapet gir et rettvisende bilde av selskapets stilling, "
                       f"og forutsetningen om fortsatt drift er lagt til grunn.")],
                [("box", people)]],
             {"tpl": "1fr 56mm"})]},
        {"footer": foot, "blocks": [
            ("h2", "Eierstyring"),
            ("p", "Slidrefjord Ressurs AS er heleid av Stiftelsen Valdres Arbeidsfellesskap, som ble opprettet av "
                  "kommunene i {g:Valdres} i 1996. Stiftelsen har et eget styre med én representant for hver "
                  "kommune og ledes av Ragnhild Aasheim. Stiftelsens styre utgjør selskapets generalforsamling."),
            ("p", "Styret i selskapet har hatt åtte møter i 2024 og behandlet 51 saker. Styret har gjennomført en "
                  "egenevaluering, og det er tegnet styreansvarsforsikring."),
            ("h2", "Fremtidsutsikter"),
            ("p", "NAV har varslet nye kvalitetskrav til AFT fra 2025. Selskapet har god kapasitet og en solid "
                  "økonomi, og styret ser positivt på mulighetene for videre vekst i {g:Valdres}."),
            ("p", "{g:Fagernes}, 12. mars 2025"),
            ("table", [["Navn", "Rolle", "Signert"],
                       ["Lars Erik Nordbø", "Styreleder", "12.03.2025 14:02"],
                       ["Hanne Tøraasen", "Nestleder", "12.03.2025 14:17"],
                       ["Sverre Kvale", "Styremedlem", "12.03.2025 15:40"],
                       ["Marit Opdahl Grøv", "Styremedlem", "13.03.2025 08:05"],
                       ["Tone Iren Brennhagen", "Styremedlem", "12.03.2025 14:09"],
                       ["Kristin Fossum Bøe", "Daglig leder", "12.03.2025 13:58"]], {"gold_rows": False, "cls": "quiet"}),
            ("p", "Dokumentet er signert elektronisk.", {"cls": "small"})]},
        {"footer": foot, "blocks": [("h1", "Resultatregnskap 2024"), ("stmt", income)]},
        {"footer": foot, "blocks": [("h1", "Balanse pr. 31. desember 2024"), ("stmt", balance),
                                    ("p", "Revisor er Hedmarken Revisjon AS ved statsautorisert revisor Eivind Hålien.",
                                     {"cls": "small"})]},
        {"cls": "dark", "footer": None, "blocks": [
            ("spacer", 150),
            ("h2", "Slidrefjord Ressurs AS"),
            ("contact", ["Jernbanevegen 7, 2900 {g:Fagernes}", "Telefon 61 36 71 00", "post@slidrefjordressurs.no",
                         "www.slidrefjordressurs.no", "Org.nr. 980 611 472"])]},
    ]
    return {
        "name": "slidrefjord-ressurs-2024", "year": 2024, "layout": "design", "lang": "nb",
        "title": "Slidrefjord Ressurs AS – Årsrapport 2024",
        "organization": {"name": "Slidrefjord Ressurs AS", "founded_year": 1983, "address": "Jernbanevegen 7, 2900 Fagernes",
                         "phone": "61 36 71 00", "email": "post@slidrefjordressurs.no",
                         "website": "www.slidrefjordressurs.no",
                         "owners": [{"name": "Stiftelsen Valdres Arbeidsfellesskap", "share_percent": 100}]},
        "ceo": "Kristin Fossum Bøe", "board": board,
        "not_board": ["Kristin Fossum Bøe", "Rune Hagen", "Guro Thune Sørli", "Nils Petter Belsheim", "Ragnhild Aasheim",
                      "Eivind Hålien"],
        "not_places": ["Stiftelsen Valdres Arbeidsfellesskap"],
        "places_optional": ["Jernbanevegen", "Hedmarken"],
        "programs": {"AFT": 44, "VTA": 31, "VTO": 9},
        "theme": {"accent": "#5a3e6b", "warm": "#b8921f", "shade": "#f1edf3", "tiles": 4},
        "items": sheets, "renditions": ["chrome"],
        "notes": "Designer PDF owned 100 % by a foundation. Contents list and an 'om oss' box in a narrow left column "
                 "beside the leader's letter; tiles and two tables (programmes with person-years, three years of "
                 "activity with percentages in the cells); the årsberetning beside a sidebar box listing the board "
                 "(name, then role on the line under it: 'styremedlem, valgt av de ansatte', deputies two in one "
                 "line) and, below it in the same style, the management; the foundation's leader named under "
                 "Eierstyring; e-signature table; statements in kroner on their own sheets; contact facts only on "
                 "the back cover.",
    }




# ---------------------------------------------------------------------------------------------
# Kvitbjørn Arbeid AS, Lenvik (Troms), 2011: a spreadsheet-like grid made in LibreOffice Writer
# ---------------------------------------------------------------------------------------------

SHEET = [62, 41, 41, 41, 41, 41]  # the "columns" of the grid, mm (landscape A4 inside 15 mm margins)


def pad(row: list, width: int = len(SHEET)) -> list:
    return row + [""] * (width - sum(c.get("span", 1) if isinstance(c, dict) else 1 for c in row))


def label_rows(pairs: list[tuple[str, str]]) -> list[list]:
    """Rows of a label cell (bold, grey) and a text cell spanning the rest of the grid."""
    return [[{"t": label, "b": True, "fill": "F0F0F0"}, {"t": text, "span": len(SHEET) - 1, "al": "l"}] for label, text in pairs]


def kvitbjorn_2011() -> dict:
    cols = [Col("Regnskap 2011", 2011), Col("Budsjett 2011", 2011, BUDGET), Col("Regnskap 2010", 2010)]
    inc, bal, bal_cols = accounts(
        "nb", 1, cols,
        inc=[("Salgsinntekter", "", [2_986_450, 3_100_000, 2_974_330]), ("Tilskudd NAV", "", [3_402_700, 3_390_000, 3_311_900]),
             ("Tilskudd eierkommuner", "", [420_000, 420_000, 400_000]), ("Andre inntekter", "", [38_900, 20_000, 44_610])],
        cost=[("Varekostnad", "", [1_108_230, 1_150_000, 1_052_470]), ("Lønn og sosiale kostnader", "2", [4_962_880, 4_970_000, 4_801_260]),
              ("Avskrivninger", "3", [184_600, 190_000, 176_200]), ("Andre driftskostnader", "", [702_410, 660_000, 688_920])],
        fin=[("Finansinntekter", "", [31_260, 25_000, 29_840]), ("Finanskostnader", "", [-12_480, -15_000, -14_110])],
        fixed=[("Bygninger", "3", [1_210_000, 1_265_000]), ("Maskiner og inventar", "3", [402_300, 431_900])],
        current=[("Varelager", "", [188_400, 176_350]), ("Kundefordringer", "", [402_660, 389_120]), ("Bankinnskudd", "", "plug")],
        paid_in=("Aksjekapital", "4", 1_000_000), other_equity=("Annen egenkapital", "4", 512_380),
        long=[("Langsiktig lån", "", [560_000, 640_000])],
        short=[("Leverandørgjeld", "", [214_330, 198_410]), ("Skyldige offentlige avgifter", "", [386_910, 371_460]),
               ("Annen kortsiktig gjeld", "", [322_700, 289_240])],
        balance_headers=["31.12.2011", "31.12.2010"])
    income = Statement("Resultatregnskap", cols, inc, note_col="Note", label_header="Resultatregnskap")
    balance = Statement("Balanse", bal_cols, bal, note_col="Note", label_header="Balanse")
    deficit = nok_words(income, "Årsresultat").lstrip("-")
    budget_deficit = nok_words(income, "Årsresultat", 1).lstrip("-")
    revenue = nok_words(income, "Sum driftsinntekter")
    board = [("Sølvi Karlsen Hanssen", "LEDE", False), ("Jan Erling Moen", "NEST", False),
             ("Bente Iversen Kristiansen", "MEDL", False), ("Tommy Johansen Strøm", "MEDL", False),
             ("Hilde Mortensen", "MEDL", True), ("Kurt Arne Olsen", "VARA", None), ("Randi Simonsen", "VARA", None)]
    widths = {"widths": SHEET, "grid": True, "size": 9, "head_fill": "DCE6F0"}
    items = [
        ("h", 1, "Kvitbjørn Arbeid AS – årsmelding og regnskap 2011"),
        ("h", 2, "Opplysninger om selskapet"),
        ("table", label_rows([("Foretaksnavn", "Kvitbjørn Arbeid AS"), ("Organisasjonsnummer", "971 902 334"),
                              ("Forretningsadresse", "Strandveien 40, 9300 {g:Finnsnes}"), ("Telefon", "77 85 24 60"),
                              ("Telefaks", "77 85 24 61"), ("E-post", "firmapost@kvitbjornarbeid.no"),
                              ("Hjemmeside", "www.kvitbjornarbeid.no"), ("Stiftet", "1987"),
                              ("Daglig leder", "Roar Isaksen Fagerli"), ("Revisor", "Revisorteamet AS, Finn Ove Mathisen")]),
         {**widths, "gold_rows": False, "head": False}),
        ("h", 2, "Eiere"),
        ("table", [pad(["Eier", "Antall aksjer", "Eierandel"]),
                   pad(["{g:Lenvik} kommune", "600", "{p:60 %}"]), pad(["{g:Sørreisa} kommune", "150", "{p:15 %}"]),
                   pad(["{g:Tranøy} kommune", "100", "{p:10 %}"]), pad(["{g:Berg} kommune", "80", "{p:8 %}"]),
                   pad(["{g:Torsken} kommune", "70", "{p:7 %}"]), pad(["Sum", "1 000", "{p?:100 %}"])], widths),
        ("h", 2, "Styret"),
        ("table", [pad(["Verv", "Navn", {"t": "Valgt av", "span": 2}, "Valgt til"]),
                   pad(["Styreleder", "Sølvi Karlsen Hanssen", {"t": "Generalforsamlingen", "span": 2}, "2012"]),
                   pad(["Nestleder", "Jan Erling Moen", {"t": "Generalforsamlingen", "span": 2}, "2013"]),
                   pad(["Styremedlem", "Bente Iversen Kristiansen", {"t": "Generalforsamlingen", "span": 2}, "2012"]),
                   pad(["Styremedlem", "Tommy Johansen Strøm", {"t": "Generalforsamlingen", "span": 2}, "2013"]),
                   pad(["Styremedlem", "Hilde Mortensen", {"t": "De ansatte", "span": 2}, "2012"]),
                   pad(["Varamedlem", "Kurt Arne Olsen", {"t": "Generalforsamlingen", "span": 2}, "2012"]),
                   pad(["Varamedlem", "Randi Simonsen", {"t": "De ansatte", "span": 2}, "2012"])], widths),
        ("h", 2, "Ansatte pr. 31.12.2011"),
        ("table", [pad(["Navn", {"t": "Stilling", "span": 2}, "Stillingsprosent"]),
                   pad(["Roar Isaksen Fagerli", {"t": "Daglig leder", "span": 2}, "{p:100 %}"]),
                   pad(["Wenche Paulsen", {"t": "Kontorleder", "span": 2}, "{p:80 %}"]),
                   pad(["Geir Arne Nilsen", {"t": "Arbeidsleder snekkerverksted", "span": 2}, "{p:100 %}"]),
                   pad(["Linda Eilertsen", {"t": "Arbeidsleder vaskeri", "span": 2}, "{p:100 %}"]),
                   pad(["Stig Rune Hansen", {"t": "Attføringskonsulent", "span": 2}, "{p:100 %}"]),
                   pad(["Hilde Mortensen", {"t": "Arbeidsleder kantine", "span": 2}, "{p:75 %}"])], widths),
        ("h", 2, "Tiltaksplasser 2011"),
        ("table", [pad(["Tiltak", "Godkjente plasser", "Belegg", "Årsverk"]),
                   pad(["Varig tilrettelagt arbeid (VTA)", "22", "{p:98,6 %}", "21,7"]),
                   pad(["Arbeidspraksis i skjermet virksomhet (APS)", "14", "{p:91,2 %}", "12,8"]),
                   pad(["Arbeid med bistand (AB)", "5", "{p:84,0 %}", "4,2"])], widths),
        ("h", 2, "Styrets årsberetning 2011"),
        ("table", label_rows([
            ("Virksomhetens art", "Kvitbjørn Arbeid AS er en vekstbedrift som gir varig tilrettelagt arbeid, "
                                  "arbeidspraksis og arbeid med bistand til personer med nedsatt arbeidsevne i {g:Lenvik} og "
                                  "nabokommunene på {g:Senja} og i {g:Midt-Troms}. Bedriften holder til i Strandveien 40 på "
                                  "{g:Finnsnes} og driver snekkerverksted, vaskeri, kantine og vedproduksjon."),
            ("Tiltak og resultater", "Bedriften har hatt 41 godkjente tiltaksplasser fra NAV. Belegget på VTA var "
                                     "{p:98,6 %|belegget på VTA}. Av 19 deltakere som avsluttet APS i 2011 gikk 6 over i "
                                     "arbeid og 2 til utdanning; til sammen {p:42,1 %|til sammen} gikk over i arbeid eller utdanning. "
                                     "Samarbeidet med NAV {g:Lenvik} har vært godt."),
            ("Arbeidsmiljø", "Selskapet hadde 6 ansatte i 5,55 årsverk ved utgangen av året. Sykefraværet var "
                             "{p:8,3 %|sykefraværet}, det meste langtidsfravær som ikke skyldes forhold på arbeidsplassen. "
                             "Det har ikke vært ulykker eller skader."),
            ("Likestilling", "Av de ansatte er fire kvinner og to menn. Styret har tre kvinner og to menn."),
            ("Ytre miljø", "Virksomheten påvirker ikke det ytre miljøet ut over det som er vanlig i bransjen."),
            ("Resultat", f"Driftsinntektene ble kr {revenue}. Selskapet fikk et underskudd på kr {deficit} mot et "
                         f"budsjettert underskudd på kr {budget_deficit}. Underskuddet skyldes i hovedsak lavere salg fra "
                         f"vaskeriet og dekkes av annen egenkapital."),
            ("Fortsatt drift", "Styret mener forutsetningen om fortsatt drift er til stede. Det er lagt fram et budsjett "
                               "for 2012 med et lite overskudd."),
            ("Styrets arbeid", "Styret har hatt 6 møter i 2011. Generalforsamlingen 5. mai 2011 gjenvalgte Jan Erling Moen "
                               "og Tommy Johansen Strøm for to år. Ordfører i {g:Lenvik}, Geir-Inge Sivertsen Lyngvær, møtte "
                               "for hovedaksjonæren."),
        ]), {**widths, "gold_rows": False, "head": False}),
        ("sign", "{g:Finnsnes}, 27. februar 2012",
         [("Sølvi Karlsen Hanssen", "styreleder"), ("Jan Erling Moen", "nestleder"), ("Bente Iversen Kristiansen", "styremedlem"),
          ("Tommy Johansen Strøm", "styremedlem"), ("Hilde Mortensen", "styremedlem"), ("Roar Isaksen Fagerli", "daglig leder")],
         {"cols": 6}),
        ("break",),
        ("stmt", income, {"title": "Resultatregnskap 2011", "widths": [103, 20, 48, 48, 48], "grid": True}),
        ("break",),
        ("stmt", balance, {"title": "Balanse pr. 31.12.2011", "widths": [123, 20, 62, 62], "grid": True}),
    ]
    return {
        "name": "kvitbjorn-arbeid-2011", "year": 2011, "layout": "writer", "lang": "nb",
        "title": "Kvitbjørn Arbeid AS – Årsmelding 2011",
        "organization": {"name": "Kvitbjørn Arbeid AS", "founded_year": 1987, "address": "Strandveien 40, 9300 Finnsnes",
                         "phone": "77 85 24 60", "email": "firmapost@kvitbjornarbeid.no", "website": "www.kvitbjornarbeid.no",
                         "owners": [{"name": "Lenvik kommune", "share_percent": 60}, {"name": "Sørreisa kommune", "share_percent": 15},
                                    {"name": "Tranøy kommune", "share_percent": 10}, {"name": "Berg kommune", "share_percent": 8},
                                    {"name": "Torsken kommune", "share_percent": 7}]},
        "ceo": "Roar Isaksen Fagerli", "board": board,
        "not_board": ["Roar Isaksen Fagerli", "Wenche Paulsen", "Geir Arne Nilsen", "Linda Eilertsen", "Stig Rune Hansen",
                      "Finn Ove Mathisen", "Geir-Inge Sivertsen Lyngvær"],
        "places_optional": ["Strandveien"],
        "programs": {"VTA": 22},
        "page": {"land": True, "margin": 15, "font": "DejaVu Sans", "size": 9,
                 "header": "Årsmelding 2011", "footer": "Side {PAGE}"},
        "author": "Wenche Paulsen",
        "items": items, "renditions": ["writer"],
        "notes": "A report laid out as a spreadsheet print (landscape, ruled grid of equal columns, header with the "
                 "sheet's name and 'Side N' footer), made in LibreOffice Writer: company facts as label | value "
                 "rows, owners, the board as Verv | Navn | Valgt av | Valgt til rows (the employees' member known "
                 "only by 'De ansatte' in the Valgt av column; she is also in the staff grid as arbeidsleder "
                 "kantine), staff with stillingsprosent, programmes with belegg in percent, the årsberetning as "
                 "label cells beside long wrapped text cells; a loss year; statements in kroner with Regnskap | "
                 "Budsjett | Regnskap columns (budget optional).",
    }


REPORTS = [forrabrua_2016, slidrefjord_2024, kvitbjorn_2011]
