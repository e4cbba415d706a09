"""Thirty-seventh held-out set, part B: a museum foundation in Midt-Troms (2018), a sports club in a
Lofoten fishing village (2009) and a fiskarlag in Øst-Finnmark (2013). Invented names and figures;
places are real and valid in each report's year. Sums are computed, never typed."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h3_render import Kroner

from h37_reports_a import kr, line_value


# ---------------------------------------------------------------- museum foundation, Troms, 2018

def solbergfjord_kystmuseum_2018() -> dict:
    year = 2018
    cols = [Col(str(year), year), Col(str(year - 1), year - 1)]
    res = Kroner("Resultatregnskap", cols, income("nb", 2, inc=[
        ("Driftstilskudd Kulturdepartementet", "2", [4_120_000, 3_980_000]),
        ("Tilskudd Troms fylkeskommune", "2", [1_030_000, 995_000]),
        ("Tilskudd kommunene", "2", [610_000, 590_000]),
        ("Prosjekttilskudd", "2", [842_300, 1_214_800]),
        ("Billettinntekter og salg", "", [603_418, 548_207]),
    ], cost=[
        ("Lønnskostnader", "3", [5_109_226, 4_655_902]),
        ("Avskrivninger", "4", [188_400, 179_300]),
        ("Vedlikehold bygninger og fartøy", "", [702_115, 1_104_660]),
        ("Utstillinger og formidling", "", [611_870, 498_322]),
        ("Andre driftskostnader", "", [688_502, 702_944]),
    ], fin=[("Netto renteinntekter", "", [9_114, 6_420])], labels={"net_fin": None}),
        note_col="Note", negative="paren", render="unruled")
    bal = Kroner("Balanse", cols, balance("nb", 2, fixed=[
        ("Bygninger", "4", [2_612_000, 2_700_400]),
        ("Inventar og utstyr", "4", [214_300, 314_300]),
    ], current=[
        ("Fordringer", "", [301_220, 402_815]),
        ("Bankinnskudd", "5", "plug"),
    ], equity=[
        ("Grunnkapital", "", [100_000, 100_000]),
        ("Annen egenkapital", "", [1_179_926, 1_265_207]),
    ], long=[("Pantelån Lenvik Sparebank", "6", [1_420_000, 1_510_000])], short=[
        ("Leverandørgjeld", "", [288_104, 301_660]),
        ("Skyldige offentlige avgifter", "", [402_870, 388_115]),
        ("Ubrukte prosjektmidler", "2", [512_400, 640_300]),
    ]), note_col="Note", negative="paren", render="unruled")
    board = [
        ("Ingrid Moe Sandvik", "LEDE", False),
        ("Hallvard Bakkejord", "NEST", False),
        ("Randi Karlstad Vollan", "MEDL", False),
        ("Odd-Bjarne Fagerli", "MEDL", False),
        ("Siv Elin Rognli", "MEDL", True),
        ("Tore Andreassen", "VARA", None),
        ("Kirsten Myrvoll", "VARA", None),
        ("Eilif Holm", "VARA", None),
        ("Bente Lauritzen", "VARA", None),
    ]
    result = line_value(res, "Årsresultat")
    assert result < 0
    items = [
        ("bh", "ÅRSRAPPORT 2018", {"size": 22}),
        ("p", "Stiftelsen Solbergfjord Kystmuseum", {"size": 14, "bold": True}),
        ("photo", 0, 3, "Fembøringen «Havørna» på slipp i {g:Gibostad} i juni. Foto: museet"),
        ("pagebreak",),
        ("toc", [("Forord", 3), ("Hovedtrekk 2018", 4), ("Besøk og formidling", 5), ("Samlingene", 6),
                 ("Bygninger og fartøy", 7), ("Organisasjon", 8), ("Styrets sammensetning og møter i 2018", 8),
                 ("Samarbeid og nettverk", 9), ("Økonomi", 10), ("Signert årsberetning", 11),
                 ("Resultatregnskap", 12), ("Balanse", 13), ("Noter til regnskapet", 14),
                 ("Revisors beretning", 15)], {"title": "INNHOLD"}),
        ("pagebreak",),
        ("h", 1, "Forord"),
        ("p", "Styret ser tilbake på 2018 som et år med god besøksutvikling og et stort løft for fartøyvernet. "
              "Fembøringen er ferdig restaurert, og den nye utstillingen om fiskeværet {g:Torsken} ble godt "
              "mottatt. Dette hadde ikke vært mulig uten frivillige og ansatte som har stått på gjennom hele året."),
        ("p", "Styret takker også Troms fylkeskommune ved kultursjef Lena Korsnes for god dialog om "
              "driftstilskuddet, og Senja kystlag ved leder Erling Bakke for dugnadsinnsatsen på slippen."),
        ("tablines", [["Ingrid Moe Sandvik", "Hallvard Bakkejord"], ["styreleder", "nestleder"]],
         {"stops": (7.5,)}),
        ("pagebreak",),
        ("h", 1, "Hovedtrekk 2018"),
        ("p", "Stiftelsen Solbergfjord Kystmuseum ble opprettet i 1979 og forvalter kystkulturen i "
              "{g:Lenvik} og {g:Dyrøy}. Museet har avdelinger på {g:Gibostad} og i {g:Brøstadbotn}, og "
              "administrasjonen holder til i Strandveien 14, 9372 {g:Gibostad}."),
        ("li", "Fembøringen «Havørna» ble satt på sjøen igjen 17. juni etter tre års restaurering."),
        ("li", "Ny basisutstilling om fiskeværene på yttersida av {g:Senja} åpnet i juli."),
        ("li", "Museet fikk ny samlingsforvaltningsplan for perioden 2018–2022."),
        ("h", 1, "Besøk og formidling"),
        ("table", [["Besøk", "2018", "2017", "Endring"],
                   ["Gibostad, basisutstilling", "6 412", "5 870", "{p:9,2 %}"],
                   ["Brøstadbotn, naustet", "1 905", "1 988", "{p?:-4,2 %}"],
                   ["Skoleklasser (DKS)", "1 122", "1 040", "{p:7,9 %}"],
                   ["Sum besøkende", "9 439", "8 898", "{p:6,1 %}"]], {"ruled": True, "size": 9}),
        ("p", "Den kulturelle skolesekken ga besøk fra alle skolene i {g:Lenvik} og {g:Dyrøy}. "
              "Museumspedagog Tone Halsebakk har hatt ansvar for opplegget."),
        ("h", 1, "Samlingene"),
        ("p", "Samlingen omfatter om lag 6 800 gjenstander og 14 000 fotografier. "
              "{p:72 %|registrert digitalt} av gjenstandene er nå registrert digitalt."),
        ("h", 1, "Bygninger og fartøy"),
        ("p", "Museet eier ni bygninger og to fartøy. Vedlikeholdet ble lavere enn i 2017, da "
              "fembøringsprosjektet hadde sine største utgifter."),
        ("pagebreak",),
        ("h", 1, "Organisasjon"),
        ("p", "Museet hadde ved årsskiftet seks fast ansatte i 5,3 årsverk. Direktør er Kjell Arne Mikalsen. "
              "Konservator Marte Wilhelmsen har ansvar for samlingene, og Tone Halsebakk for formidlingen."),
        ("h", 2, "Styrets sammensetning og møter i 2018"),
        ("p", "Styret oppnevnes etter stiftelsens vedtekter. Lenvik kommune, Dyrøy kommune og Troms "
              "fylkeskommune oppnevner hvert sitt medlem, og de ansatte velger ett medlem. Alle har "
              "personlig varamedlem."),
        ("table", [["Verv", "Navn", "Oppnevnt av", "Personlig vara"],
                   ["Styreleder", "Ingrid Moe Sandvik", "Lenvik kommune", "Tore Andreassen"],
                   ["Nestleder", "Hallvard Bakkejord", "Troms fylkeskommune", "Kirsten Myrvoll"],
                   ["Styremedlem", "Randi Karlstad Vollan", "Dyrøy kommune", "Eilif Holm"],
                   ["Styremedlem", "Odd-Bjarne Fagerli", "Styret (fritt valgt)", "–"],
                   ["Styremedlem", "Siv Elin Rognli", "De ansatte", "Bente Lauritzen"]],
         {"ruled": True, "size": 9}),
        ("p", "Svein Tore Lund var styreleder fram til 30. april, da han gikk ut etter åtte år. Ingrid Moe "
              "Sandvik, tidligere nestleder, overtok som styreleder fra 1. mai. Styret har hatt seks møter "
              "og behandlet 38 saker."),
        ("h", 2, "Samarbeid og nettverk"),
        ("p", "Museet deltar i det nasjonale nettverket for fartøyvern og i Museumsnettverket i Troms. "
              "Styreleder i Midt-Troms Museum, Harald Stenvoll, og direktør Nina Rasch har vært viktige "
              "samtalepartnere i arbeidet med en mulig konsolidering."),
        ("pagebreak",),
        ("h", 1, "Økonomi"),
        ("p", f"Regnskapet viser et underskudd på kr {kr(-result)}, mot et overskudd året før. Underskuddet "
              "dekkes av annen egenkapital. Lavere prosjekttilskudd forklarer det meste."),
        ("pagebreak",),
        ("h", 1, "Signert årsberetning"),
        ("p", "Styret mener årsregnskapet gir et rettvisende bilde av stiftelsens eiendeler, gjeld og "
              "resultat. Forutsetningen om fortsatt drift er lagt til grunn. Arbeidsmiljøet er godt, og "
              "sykefraværet var {p:3,8 %|sykefraværet}. Stiftelsen forurenser ikke det ytre miljø."),
        ("sign", "{g:Gibostad}, 14. mars 2019",
         [("Ingrid Moe Sandvik", "styreleder"), ("Hallvard Bakkejord", "nestleder"),
          ("Randi Karlstad Vollan", "styremedlem"), ("Odd-Bjarne Fagerli", "styremedlem"),
          ("Siv Elin Rognli", "ansattes representant"), ("Kjell Arne Mikalsen", "direktør")], {"cols": 3}),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 2018"}),
        ("pagebreak",),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2018"}),
        ("pagebreak",),
        ("h", 1, "Noter til regnskapet"),
        ("bh", "Note 2 Tilskudd", {"size": 10}),
        ("p", "Ubrukte prosjektmidler er ført som kortsiktig gjeld og inntektsføres i takt med prosjektenes "
              "kostnader."),
        ("bh", "Note 3 Lønn og godtgjørelser", {"size": 10}),
        ("p", "Direktøren har mottatt lønn på kr 712 000. Styrehonorarer utgjorde kr 42 000."),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til styret i Stiftelsen Solbergfjord Kystmuseum. Vi har revidert stiftelsens årsregnskap for "
              "2018. Etter vår mening gir årsregnskapet et rettvisende bilde av stiftelsens finansielle "
              "stilling per 31. desember 2018."),
        ("p", "{g:Finnsnes}, 20. mars 2019\nSenja Revisjon AS\nGunnar Paulsen\nregistrert revisor"),
    ]
    return {
        "name": "solbergfjord-kystmuseum-2018", "year": year,
        "title": "Stiftelsen Solbergfjord Kystmuseum – årsrapport 2018",
        "organization": {"name": "Stiftelsen Solbergfjord Kystmuseum", "founded_year": 1979,
                         "address": "Strandveien 14, 9372 Gibostad"},
        "ceo": "Kjell Arne Mikalsen", "board": board, "board_optional": ["Svein Tore Lund"],
        "not_board": ["Lena Korsnes", "Erling Bakke", "Harald Stenvoll", "Nina Rasch", "Tone Halsebakk",
                      "Marte Wilhelmsen", "Gunnar Paulsen"],
        "not_places": ["Lenvik kommune", "Dyrøy kommune", "Troms fylkeskommune", "Senja kystlag",
                       "Senja Revisjon AS", "Lenvik Sparebank", "Midt-Troms Museum", "Museumsnettverket i Troms",
                       "Gibostad, basisutstilling", "Brøstadbotn, naustet"],
        "places_optional": ["Solbergfjorden", "Troms", "Midt-Troms"],
        "header": "ÅRSRAPPORT STIFTELSEN SOLBERGFJORD KYSTMUSEUM 2018", "footer": "{PAGE}",
        "items": items, "renditions": ["pdf", "doc"],
        "notes": "Forord signed by names over roles (two tab lines); board table Verv | Navn | Oppnevnt av | "
                 "Personlig vara with the employees' member (employee_elected); the chair who left in April "
                 "optional; another museum's chair and director, a kystlag leader, a kultursjef thanked; "
                 "statements in Kroner ',-', unruled, deficit in brackets.",
    }


# ---------------------------------------------------------------- sports club, Ballstad (Lofoten), 2009

def skreivaeringen_il_2009() -> dict:
    year = 2009
    cols = [Col(f"Regnskap {year}", year), Col(f"Budsjett {year}", year, BUDGET),
            Col(f"Regnskap {year - 1}", year - 1), Col(f"Budsjett {year + 1}", year + 1, BUDGET)]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
              "op": "Driftsresultat", "fin": None, "net_fin": None, "result": "Årsresultat"}
    res = Kroner("Resultatregnskap", cols, income("nb", 4, inc=[
        ("Medlemskontingent", "", [38_400, 40_000, 36_850, 40_000]),
        ("Treningsavgifter", "", [61_200, 60_000, 57_300, 62_000]),
        ("Sponsorinntekter", "", [88_000, 95_000, 92_500, 90_000]),
        ("Lotteri og bingo", "", [54_318, 50_000, 49_877, 50_000]),
        ("Kommunalt driftstilskudd", "", [22_000, 22_000, 20_000, 22_000]),
        ("Kiosk og dugnader", "", [47_615, 40_000, 38_920, 45_000]),
    ], cost=[
        ("Trenere og dommere", "", [72_300, 70_000, 66_115, 74_000]),
        ("Kretskontingent og påmeldinger", "", [29_880, 30_000, 27_450, 31_000]),
        ("Leie av hall og bane", "", [64_500, 66_000, 61_200, 66_000]),
        ("Drakter og utstyr", "", [58_214, 45_000, 32_118, 40_000]),
        ("Reiser", "", [71_902, 60_000, 58_604, 62_000]),
        ("Andre kostnader", "", [18_377, 20_000, 16_925, 20_000]),
    ], fin=[("Renteinntekter", "", [2_114, 1_500, 3_006, 1_500])], labels=labels), note_col=None,
        negative="minus", label_header="")
    bal = Kroner("Balanse pr. 31.12.", [Col("31.12.2009", year), Col("31.12.2008", year - 1)], balance("nb", 2, fixed=[], current=[
        ("Kontanter kiosk", "", [1_850, 2_300]),
        ("Bankinnskudd", "", "plug"),
    ], equity=[("Egenkapital", "", [118_624, 117_240])], long=[], short=[
        ("Skyldig kretsen", "", [6_400, 4_800]),
        ("Forskuddsbetalt treningsavgift", "", [9_500, 8_200]),
    ], labels={"sum_equity": None, "eq_debt": None, "sum_fixed": None}, sum_debt=False), negative="minus")
    board = [
        ("Roy-Kenneth Pedersen", "LEDE", None),
        ("Line Marie Hansen", "NEST", None),
        ("Frank Arild Jensen", "MEDL", None),
        ("Cecilie Eliassen", "MEDL", None),
        ("Ørjan Kristiansen", "MEDL", None),
        ("Wenche Sørensen", "VARA", None),
        ("Tommy Olaisen", "VARA", None),
    ]
    items = [
        ("bh", "IL Skreiværingen", {"size": 20}),
        ("p", "Årsmøtepapirer 2009 · årsmøte torsdag 11. mars 2010 kl. 19.00 i klubbhuset på Hattvika", {"size": 11}),
        ("h", 2, "Saksliste"),
        ("ol", "Godkjenning av stemmeberettigede, innkalling og saksliste"),
        ("ol", "Valg av dirigent, referent og to til å underskrive protokollen"),
        ("ol", "Årsberetning 2009"),
        ("ol", "Regnskap 2009 med revisjonsberetning"),
        ("ol", "Kontingent og budsjett 2010"),
        ("ol", "Valg"),
        ("h", 1, "Årsberetning for 2009"),
        ("p", "IL Skreiværingen er idrettslaget for {g:Ballstad} og {g:Gravdal} i {g:Vestvågøy} kommune. "
              "Laget hadde 212 medlemmer ved utgangen av 2009, og fotball, ski og allidrett for de yngste."),
        ("bh", "Styret", {"size": 11}),
        ("p", "Styret har i 2009 bestått av:"),
        ("tablines", [["Leder:", "Roy-Kenneth Pedersen"], ["Nestleder:", "Line Marie Hansen"],
                      ["Kasserer:", "Frank Arild Jensen"], ["Sekretær:", "Cecilie Eliassen"],
                      ["Styremedlem:", "Ørjan Kristiansen"], ["1. vara:", "Wenche Sørensen"],
                      ["2. vara:", "Tommy Olaisen"]], {"stops": (4.0,)}),
        ("p", "Revisorer: Jan Tore Nilsen og Hege Albrigtsen\nValgkomité: Arnfinn Solheim (leder), "
              "Gry Johansen og Kristian Ellingsen"),
        ("p", "Styret har hatt ti styremøter. Under vinterfisket i februar og mars har det som vanlig vært "
              "vanskelig å samle alle, og flere møter ble holdt på kveldstid på kaia."),
        ("bh", "Fotball", {"size": 11}),
        ("p", "Fotballgruppa har vært ledet av Stig Are Mikkelsen. A-laget spilte i 5. divisjon og endte på "
              "tredjeplass. Vi hadde lag i G12, J14 og G16, de to siste i samarbeid med {g:Leknes}."),
        ("bh", "Ski og allidrett", {"size": 11}),
        ("p", "Skikarusellen ble arrangert fem søndager på lysløypa i {g:Gravdal}. Allidretten for barn "
              "6–9 år ble ledet av Anita Karlsen med 24 barn på fast trening."),
        ("bh", "Takk", {"size": 11}),
        ("p", "Styret takker Ballstad Fiskeindustri v/ Harald Steffensen og Lofoten Sparebank for "
              "sponsorstøtten, og alle foreldre som har stilt på dugnad i kiosken."),
        ("p", "{g:Ballstad}, februar 2010\nfor styret\nRoy-Kenneth Pedersen, leder", {"italic": True}),
        ("h", 1, "Regnskap 2009"),
        ("stmt", res, {"title": "Resultat 2009 og budsjett 2010"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2009"}),
        ("p", "Regnskapet er revidert av Jan Tore Nilsen og Hege Albrigtsen, som anbefaler årsmøtet å "
              "godkjenne regnskapet."),
        ("h", 1, "Valg"),
        ("p", "Valgkomiteens innstilling til årsmøtet 2010:"),
        ("tablines", [["Leder:", "Line Marie Hansen", "(ny som leder, 1 år)"],
                      ["Nestleder:", "Geir Ove Pettersen", "(ny, 2 år)"],
                      ["Kasserer:", "Frank Arild Jensen", "(ikke på valg)"],
                      ["Sekretær:", "Cecilie Eliassen", "(gjenvalg, 2 år)"],
                      ["Styremedlem:", "Bjørg Helene Moe", "(ny, 2 år)"],
                      ["1. vara:", "Tommy Olaisen", "(1 år)"], ["2. vara:", "Kim Rune Hartvigsen", "(ny, 1 år)"]],
         {"stops": (4.0, 9.0)}),
        ("p", "For valgkomiteen\nArnfinn Solheim", {"italic": True}),
    ]
    return {
        "name": "skreivaeringen-il-2009", "year": year, "title": "IL Skreiværingen – årsmøtepapirer 2009",
        "organization": {"name": "IL Skreiværingen"},
        "ceo": None, "board": board,
        "not_board": ["Jan Tore Nilsen", "Hege Albrigtsen", "Arnfinn Solheim", "Gry Johansen", "Kristian Ellingsen",
                      "Stig Are Mikkelsen", "Anita Karlsen", "Harald Steffensen", "Geir Ove Pettersen",
                      "Bjørg Helene Moe", "Kim Rune Hartvigsen"],
        "not_places": ["Ballstad Fiskeindustri", "Lofoten Sparebank", "Vestvågøy kommune"],
        "places_optional": ["Hattvika", "Lofoten"],
        "footer": "IL Skreiværingen – årsmøte 2010 – side {PAGE}",
        "items": items, "renditions": ["docx", "doc"],
        "notes": "Board as 'Role: <tab> Name' lines (kasserer and sekretær MEDL, 1. and 2. vara VARA); "
                 "valgkomiteens innstilling for next year in the same layout right after the accounts; "
                 "statement in Kroner with Regnskap | Budsjett | Regnskap | Budsjett (budgets optional).",
    }


# ---------------------------------------------------------------- fiskarlag, Båtsfjord (Finnmark), 2013

def makkaur_fiskarlag_2013() -> dict:
    year = 2013
    cols = [Col(str(year), year), Col(str(year - 1), year - 1)]
    labels = {"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
              "op": None, "result": "Årets resultat"}
    res = Kroner("Regnskap", cols, income("nb", 2, inc=[
        ("Kontingent fra medlemmer", "", [21_600, 22_800]),
        ("Tilskudd fra Finnmark Fiskarlag", "", [8_000, 8_000]),
        ("Renter", "", [1_412, 1_688]),
    ], cost=[
        ("Møter og reiser", "", [14_880, 12_305]),
        ("Årsmøte og bevertning", "", [6_215, 5_990]),
        ("Kontorhold og porto", "", [2_118, 2_460]),
        ("Gave og oppmerksomhet", "", [1_500, 2_000]),
    ], labels=labels), negative="minus", render="ruled")
    board = [
        ("Svein Egil Hansen", "LEDE", None),
        ("Jørn-Arild Mikkelsen", "NEST", None),
        ("Torill Hætta Olsen", "MEDL", None),
        ("Kjell Magne Andersen", "MEDL", None),
        ("Rune Simonsen", "VARA", None),
    ]
    result = line_value(res, "Årets resultat")
    items = [
        ("bh", "Makkaur og Syltefjord Fiskarlag", {"size": 16}),
        ("p", "Årsmelding for 2013", {"size": 13, "bold": True}),
        ("p", "Laget har 24 betalende medlemmer, de fleste sjarkfiskere med hjemmehavn i {g:Båtsfjord} og "
              "{g:Syltefjord}. Årsmøtet ble holdt på Fiskarheimen i {g:Båtsfjord} 15. mars 2013."),
        ("p", "Styret har hatt fire møter. Viktigste saker har vært havneforholdene i {g:Syltefjord}, "
              "kvoteordningen for kystflåten og samarbeidet med mottaksanleggene om levering i "
              "vinterfisket. Laget sendte høringsuttalelse om havneplanen til Båtsfjord kommune i mai."),
        ("p", "Leder deltok på årsmøtet i Finnmark Fiskarlag i {g:Honningsvåg} i september, der Reidar Vang "
              "ble gjenvalgt som leder. Fylkeslagets fiskerikonsulent, Linn Aronsen, holdt orientering om "
              "ny høstingsforskrift på vårt medlemsmøte i november."),
        ("p", f"Regnskapet viser et overskudd på kr {kr(result)},-. Laget hadde kr 48 310,- på konto ved "
              "årsskiftet. Regnskapet er gjennomgått av revisor Arvid Sivertsen."),
        ("stmt", res, {"title": "Regnskap 2013"}),
        ("p", "Valgkomité for 2014: Harry Rasmussen og Ellen Johansen."),
        ("sign", "{g:Båtsfjord}, 20. januar 2014",
         [("Svein Egil Hansen", "leder"), ("Jørn-Arild Mikkelsen", "nestleder"),
          ("Torill Hætta Olsen", "kasserer"), ("Kjell Magne Andersen", "styremedlem"),
          ("Rune Simonsen", "varamedlem")], {"cols": 2}),
    ]
    return {
        "name": "makkaur-fiskarlag-2013", "year": year, "title": "Makkaur og Syltefjord Fiskarlag – årsmelding 2013",
        "organization": {"name": "Makkaur og Syltefjord Fiskarlag"},
        "ceo": None, "board": board,
        "not_board": ["Reidar Vang", "Linn Aronsen", "Arvid Sivertsen", "Harry Rasmussen", "Ellen Johansen"],
        "not_places": ["Båtsfjord kommune", "Finnmark Fiskarlag"],
        "places_optional": ["Makkaur", "Finnmark"],
        "items": items, "renditions": ["docx", "scan"],
        "notes": "Short årsmelding, the board only in the signature block (roles under the names, a varamedlem "
                 "signing); another fiskarlag's leader and consultant, the valgkomité and the revisor; the "
                 "statement in Kroner; one image-only scan.",
    }


REPORTS = [solbergfjord_kystmuseum_2018, skreivaeringen_il_2009, makkaur_fiskarlag_2013]
