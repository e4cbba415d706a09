"""Forty-eighth held-out set, first half: an ASVO arbeidssamvirke typed in 1997 (legacy .doc), a long
attføringsbedrift årsrapport of the Aetat years (2003) and a typed one-page-and-a-bit vekstbedrift
årsberetning of 2001 kept only as a scan. All names and figures invented; places real and valid in
the report's year (Hurum, Tofte, Røyken, Slemmestad, Buskerud; Andebu, Vestfold)."""
from __future__ import annotations

from h3_render import Kroner
from heldout_finance import Col, Statement, balance, income

TYPED = {"font": "Liberation Serif", "heading_font": "Liberation Serif", "body_pt": 11, "heading_colour": "000000"}


# ---------------------------------------------------------------- 1997, ASVO, typed in Word 6

def hurum_arbeidssamvirke_1997() -> dict:
    cols = [Col("1997", 1997), Col("1996", 1996)]
    res = Kroner("Resultatregnskap 1997", cols, income("nb", 2, [
        ("Salgsinntekter", "", [1_284_310, 1_190_452]),
        ("Driftstilskudd fra kommunen", "", [612_000, 590_000]),
        ("Statstilskudd ASVO", "", [1_488_200, 1_420_800]),
        ("Andre driftsinntekter", "", [41_875, 36_120]),
    ], [
        ("Varekostnader", "", [402_118, 371_904]),
        ("Lønn og sosiale kostnader", "", [2_412_560, 2_318_410]),
        ("Avskrivninger", "", [88_400, 91_200]),
        ("Andre driftskostnader", "", [412_733, 398_610]),
    ], fin=[
        ("Renteinntekter", "", [27_104, 22_870]),
        ("Rentekostnader", "", [-6_466, -8_902]),
    ], labels={"result": "Årsoverskudd", "net_fin": "Netto finansposter"}), render="tabs")
    bal = Kroner("Balanse pr. 31.12.1997", cols, balance("nb", 2,
        fixed=[("Maskiner og inventar", "", [318_600, 362_000]), ("Bil", "", [74_000, 96_000])],
        current=[("Varelager", "", [96_420, 88_115]), ("Kundefordringer", "", [164_210, 151_890]),
                 ("Bankinnskudd og kontanter", "", "plug")],
        equity=[("Aksjekapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [742_881, 611_669])],
        long=[("Pantelån", "", [60_000, 90_000])],
        short=[("Leverandørgjeld", "", [121_340, 108_760]), ("Skyldige offentlige avgifter", "", [184_205, 171_492]),
               ("Annen kortsiktig gjeld", "", [98_314, 87_013])]), render="tabs")
    board = [("Arne Kolbjørn Fjeld", "LEDE", False), ("Bodil Rustad", "NEST", False),
             ("Terje Løkkeberg", "MEDL", False), ("Sigrunn Haugerud", "MEDL", True),
             ("Ole Petter Kirkerud", "VARA", None)]
    items = [
        ("p", "HURUM ARBEIDSSAMVIRKE A/S", {"bold": True, "size": 13, "align": "center"}),
        ("bh", "ÅRSBERETNING FOR 1997", {"size": 13}),
        ("bh", "1. Virksomhetens art"),
        ("p", "Hurum Arbeidssamvirke A/S er et arbeidssamvirke i offentlig virksomhet (ASVO) med lokaler i "
              "Industriveien på {g:Tofte} i {g:Hurum kommune|Hurum}. Bedriften gir varig tilrettelagt arbeid til "
              "yrkeshemmede som ikke kan nyttiggjøre seg ordinære attføringstiltak. Virksomheten omfatter "
              "montasjearbeid for lokal industri, vedproduksjon og vaskeri."),
        ("p", "Bedriften var i 1997 godkjent for 22 ASVO-plasser. I tillegg har vi hatt 4 plasser for "
              "arbeidstrening i samarbeid med arbeidskontoret i {g:Hurum}. Ved årsskiftet var 23 arbeidstakere "
              "knyttet til bedriften i ASVO-plassene."),
        ("bh", "2. Eierforhold"),
        ("p", "Aksjekapitalen er kr 200 000,- fordelt på 200 aksjer. {g:Hurum kommune|Hurum} eier "
              "{p:66 %|Hurum kommune eier} av aksjene og {g:Buskerud fylkeskommune|Buskerud} eier "
              "{p:34 %|Buskerud fylkeskommune eier}. Kommunens representant i generalforsamlingen har vært "
              "ordfører Halvor Strandli."),
        ("bh", "3. Styret og administrasjon"),
        ("p", "Styret har i året bestått av:"),
        ("tablines", [["Styreformann", "Arne Kolbjørn Fjeld"], ["Nestformann", "Bodil Rustad"],
                      ["Styremedlem", "Terje Løkkeberg"],
                      ["Styremedlem", "Sigrunn Haugerud (valgt av de ansatte)"],
                      ["Varamann", "Ole Petter Kirkerud"]], {"stops": (5.0,)}),
        ("p", "Styret har i 1997 avholdt 7 styremøter og behandlet 41 saker. Daglig leder har vært Kari Mette "
              "Bøe. Som arbeidsledere har Leif Arild Brenden og Tove Sandaker vært ansatt i hele år."),
        ("bh", "4. Arbeidsmiljø og personale"),
        ("p", "Bedriften har 5 ansatte i administrasjon og arbeidsledelse, til sammen 4,6 årsverk. Sykefraværet "
              "blant de ansatte var {p:7,2 %|sykefraværet blant de ansatte} i 1997. Det har ikke vært "
              "arbeidsulykker i året. Arbeidsmiljøet anses som godt. Verneombud har vært Tove Sandaker."),
        ("p", "Bedriften forurenser ikke det ytre miljø utover det som er vanlig for denne type virksomhet."),
        ("bh", "5. Årsregnskapet"),
        ("p", "Driftsinntektene økte fra kr 3 237 372,- i 1996 til kr 3 426 385,- i 1997. Styret mener at "
              "årsregnskapet gir et rettvisende bilde av selskapets stilling, og at forutsetningen om fortsatt "
              "drift er til stede. Årsoverskuddet på kr 131 212,- foreslås overført til annen egenkapital."),
        ("pagebreak",),
        ("stmt", res, {"title": "RESULTATREGNSKAP 1997"}),
        ("stmt", bal, {"title": "BALANSE PR. 31.12.1997"}),
        ("p", "Revisor: Øvrebø & Lie DA v/ statsautorisert revisor Jan Øvrebø.", {"size": 9}),
        ("sign", "{g:Tofte}, 12. februar 1998", [
            ("Arne Kolbjørn Fjeld", "styreformann"), ("Bodil Rustad", "nestformann"),
            ("Terje Løkkeberg", "styremedlem"), ("Sigrunn Haugerud", "styremedlem"),
            ("Kari Mette Bøe", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "hurum-arbeidssamvirke-1997", "year": 1997, "title": "Årsberetning 1997",
        "organization": {"name": "Hurum Arbeidssamvirke A/S",
                         "owners": [{"name": "Hurum kommune", "share_percent": 66.0},
                                    {"name": "Buskerud fylkeskommune", "share_percent": 34.0}]},
        "ceo": "Kari Mette Bøe", "board": board,
        "not_board": ["Halvor Strandli", "Leif Arild Brenden", "Tove Sandaker", "Jan Øvrebø"],
        "programs": {}, "items": items, "renditions": ["doc", "pdf"], **TYPED,
        "notes": "ASVO (1997) has no program code in the scorer's list; the 22 ASVO places are not gold.",
    }


# ---------------------------------------------------------------- 2003, attføringsbedrift, long

def slemmestad_attforingssenter_2003() -> dict:
    cols = [Col("2003", 2003), Col("2002", 2002)]
    res = Statement("Resultatregnskap", cols, income("nb", 2, [
        ("Salgsinntekter", "", [4_812, 4_406]),
        ("Tilskudd fra Aetat", "2", [9_674, 9_102]),
        ("Tilskudd fra kommunene", "2", [1_366, 1_318]),
        ("Andre driftsinntekter", "", [212, 188]),
    ], [
        ("Varekostnad", "", [1_622, 1_488]),
        ("Lønnskostnader", "3", [10_944, 10_312]),
        ("Avskrivning på driftsmidler", "4", [498, 512]),
        ("Andre driftskostnader", "", [2_614, 2_570]),
    ], fin=[
        ("Finansinntekter", "", [84, 61]),
        ("Finanskostnader", "", [-142, -166]),
    ]), unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr")
    bal = Statement("Balanse pr. 31. desember", cols, balance("nb", 2,
        fixed=[("Bygninger og tomt", "4", [5_210, 5_360]), ("Maskiner, inventar og biler", "4", [1_104, 1_186]),
               ("Aksjer i datterselskap", "5", [300, 300])],
        current=[("Varer", "", [388, 352]), ("Kundefordringer", "", [904, 866]),
                 ("Andre fordringer", "", [214, 197]), ("Bankinnskudd", "6", "plug")],
        equity=[("Aksjekapital", "7", [500, 500]), ("Annen egenkapital", "7", [3_839, 3_511])],
        long=[("Pantegjeld", "8", [2_880, 3_120])],
        short=[("Leverandørgjeld", "", [612, 584]), ("Skyldig offentlige avgifter", "", [1_046, 988]),
               ("Annen kortsiktig gjeld", "", [1_004, 1_107])]),
        unit=1000, negative="paren", note_col="Note", label_header="Beløp i 1000 kr")
    board = [("Knut Einar Torgersen", "LEDE", False), ("Anne-Lise Vik Johansen", "NEST", False),
             ("Rolf Ingar Sætre", "MEDL", False), ("Gro Sletten", "MEDL", False),
             ("Svein Åge Myhre", "MEDL", True),
             ("Hilde Marie Skogly", "VARA", None), ("Per Arvid Hansen", "VARA", None),
             ("Mona Kristiansen", "VARA", None), ("Jon Erik Bakke", "VARA", None),
             ("Tone Lindstad", "VARA", None)]
    header = "Slemmestad Attføringssenter AS  –  Årsrapport 2003"
    items = [
        ("p", "Årsrapport 2003", {"bold": True, "size": 26, "align": "center"}),
        ("p", "Slemmestad Attføringssenter AS", {"size": 16, "align": "center"}),
        ("p", "Arbeidsmarkedsbedrift og vekstbedrift i {g:Røyken} – stiftet 1988", {"italic": True, "align": "center"}),
        ("photo", 6, 9, "Deltakere og ansatte samlet foran verkstedbygningen i Bøkeskogen, juni 2003."),
        ("pagebreak",),
        ("toc", [("Daglig leders kommentar", 3), ("Om bedriften", 4), ("Tiltak og resultater", 5),
                 ("Personale og arbeidsmiljø", 6), ("Styrets årsberetning", 7), ("Regnskap", 9),
                 ("Noter til regnskapet", 10), ("Revisors beretning", 12)]),
        ("pagebreak",),
        ("h", 1, "Daglig leders kommentar"),
        ("p", "2003 ble et år med store endringer for attføringsbedriftene. Aetat la om kjøpet av "
              "tjenester, og vi måtte på kort tid tilpasse tilbudet vårt til nye krav om avklaring og "
              "kvalifisering. At vi likevel kom ut av året med flere deltakere i arbeid enn noen gang, "
              "skyldes først og fremst innsatsen til alle ansatte og deltakere."),
        ("p", "Vi har hatt et nært og godt samarbeid med {g?:Aetat Røyken|Røyken}, og jeg vil særlig takke "
              "kontaktperson Jostein Fladby for raske avklaringer gjennom hele året. Takk også til "
              "næringssjef Inger Marie Dahle i {g:Røyken kommune|Røyken} for hjelpen med å finne nye "
              "praksisplasser i lokalt næringsliv."),
        ("p", "Til slutt en takk til styret ved styreleder Knut Einar Torgersen for godt samarbeid i et "
              "krevende år."),
        ("p", "{g:Slemmestad}, mars 2004"),
        ("p", "Eirik Solheim Dahl\ndaglig leder", {"italic": True}),
        ("pagebreak",),
        ("h", 1, "Om bedriften"),
        ("p", "Slemmestad Attføringssenter AS ble stiftet i 1988 og er godkjent av Aetat som "
              "arbeidsmarkedsbedrift (AMB) og som skjermet virksomhet for varig tilrettelagt arbeid. "
              "Bedriften holder til i egne lokaler i Bøkeskogen på {g:Slemmestad} og har i tillegg en "
              "butikk på {g?:Spikkestad}."),
        ("p", "Aksjene eies av {g:Røyken kommune|Røyken} ({p:55 %|Røyken kommune}), {g:Hurum kommune|Hurum} "
              "({p:20 %|Hurum kommune}) og {g:Buskerud fylkeskommune|Buskerud} ({p:25 %|Buskerud fylkeskommune}). "
              "Selskapet er medlem av Attføringsbedriftene i NHO."),
        ("p", "Virksomheten er organisert i tre avdelinger: kvalifisering (snekkerverksted, kantine og "
              "renhold), avklaring og formidling, og VTA-avdelingen med montasje og vedproduksjon."),
        ("h", 2, "Datterselskap"),
        ("p", "Bedriften eier alle aksjene i Bøkeskogen Eiendom AS, som eier og leier ut verkstedbygningen. "
              "Styret i datterselskapet har bestått av Gunnar Tveter (styreleder), Eirik Solheim Dahl og "
              "Randi Fjeldstad. Datterselskapet hadde i 2003 et overskudd på kr 84 000."),
        ("pagebreak",),
        ("h", 1, "Tiltak og resultater"),
        ("p", "Bedriften var ved utgangen av 2003 godkjent for 40 plasser i arbeidsmarkedsbedrift og 12 "
              "plasser for varig tilrettelagt arbeid (VTA). Tiltaksplassene fordelte seg slik:"),
        ("table", [["Tiltak", "Godkjente plasser", "Deltakere i året", "Avsluttet i året"],
                   ["AMB – avklaring", "12", "47", "38"],
                   ["AMB – kvalifisering", "28", "41", "23"],
                   ["Varig tilrettelagt arbeid (VTA)", "12", "14", "2"],
                   ["Sum", "52", "102", "63"]], {"ruled": True, "shade_header": "DDDDDD", "size": 9}),
        ("p", "Av de 61 deltakerne som avsluttet et AMB-tiltak, gikk 23 over til ordinært arbeid eller "
              "utdanning. Det gir en overgang på {p:37,7 %|overgang på}, mot "
              "{p?:31,2 %} året før. Gjennomsnittlig tid i kvalifisering var 9,5 måneder."),
        ("p", "Deltakerne kom i hovedsak fra {g:Røyken} og {g:Hurum}, men vi har også hatt deltakere fra "
              "{g:Lier} og {g:Asker}."),
        ("h", 2, "Samarbeid"),
        ("p", "Bedriften deltar i et nettverk av attføringsbedrifter i {g:Buskerud}. Nettverket ble i 2003 "
              "ledet av daglig leder Arvid Nygaard i en av nabobedriftene, og har arbeidet med felles "
              "kursopplegg for arbeidsledere."),
        ("pagebreak",),
        ("h", 1, "Personale og arbeidsmiljø"),
        ("p", "Ved årets slutt hadde bedriften 19 ansatte, fordelt på 17,4 årsverk. Ledergruppen har bestått av:"),
        ("table", [["Navn", "Stilling"], ["Eirik Solheim Dahl", "Daglig leder"],
                   ["Bente Aasheim", "Avdelingsleder kvalifisering"], ["Trond Gulliksen", "Avdelingsleder VTA"],
                   ["Lise Martinsen", "Økonomiansvarlig"]], {"ruled": False, "size": 9.5}),
        ("p", "Verneombud har vært Marit Sand. Arbeidsmiljøutvalget har hatt fire møter."),
        ("p", "Sykefraværet blant de ansatte var {p:5,9 %|sykefraværet blant de ansatte} i 2003, mot "
              "{p?:6,4 %} i 2002. Det er ikke registrert skader eller ulykker."),
        ("pagebreak",),
        ("h", 1, "Styrets årsberetning"),
        ("h", 3, "Virksomhetens art og tilholdssted"),
        ("p", "Slemmestad Attføringssenter AS er en attføringsbedrift som gir arbeidsrettet attføring og "
              "varig tilrettelagt arbeid på oppdrag fra Aetat. Bedriften har forretningsadresse på "
              "{g:Slemmestad} i {g:Røyken kommune|Røyken}."),
        ("h", 3, "Fortsatt drift"),
        ("p", "Årsregnskapet er avlagt under forutsetning av fortsatt drift, og styret bekrefter at "
              "forutsetningen er til stede."),
        ("h", 3, "Arbeidsmiljø, likestilling og ytre miljø"),
        ("p", "Det vises til kapitlet om personale. Av bedriftens 19 ansatte er 10 kvinner. Styret har "
              "to kvinner og tre menn. Virksomheten påvirker ikke det ytre miljø i nevneverdig grad."),
        ("h", 3, "Styrets arbeid"),
        ("p", "Styret har i 2003 hatt 8 møter og behandlet 52 saker. Styret har hatt følgende sammensetning "
              "(med personlige varamedlemmer):"),
        ("table", [["Verv", "Navn", "Personlig varamedlem"],
                   ["Styreleder", "Knut Einar Torgersen", "Hilde Marie Skogly"],
                   ["Nestleder", "Anne-Lise Vik Johansen", "Per Arvid Hansen"],
                   ["Styremedlem", "Rolf Ingar Sætre", "Mona Kristiansen"],
                   ["Styremedlem", "Gro Sletten", "Jon Erik Bakke"],
                   ["Ansattes representant", "Svein Åge Myhre", "Tone Lindstad"]],
         {"ruled": True, "shade_header": "DDDDDD", "size": 9.5, "widths": [4.5, 5.5, 5.5]}),
        ("p", "{g?:Aetat Buskerud|Buskerud} har hatt møte- og talerett i styret ved rådgiver Turid Engen."),
        ("h", 3, "Resultat og disponering"),
        ("p", "Bedriften hadde i 2003 sum driftsinntekter på 16,1 millioner kroner og et årsresultat på "
              "328 000 kroner. Styret foreslår at årsresultatet overføres til annen egenkapital."),
        ("sign", "{g:Røyken}, 18. mars 2004", [
            ("Knut Einar Torgersen", "Styreleder"), ("Anne-Lise Vik Johansen", "Nestleder"),
            ("Rolf Ingar Sætre", "Styremedlem"), ("Gro Sletten", "Styremedlem"),
            ("Svein Åge Myhre", "Styremedlem"), ("Eirik Solheim Dahl", "Daglig leder")], {"cols": 3}),
        ("pagebreak",),
        ("h", 1, "Regnskap"),
        ("stmt", res, {"title": "Resultatregnskap 2003"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember 2003"}),
        ("pagebreak",),
        ("h", 1, "Noter til regnskapet"),
        ("bh", "Note 1 Regnskapsprinsipper", {"size": 10.5}),
        ("p", "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk for små foretak. "
              "Driftsmidler avskrives lineært over forventet levetid."),
        ("bh", "Note 2 Offentlige tilskudd", {"size": 10.5}),
        ("table", [["Tilskudd", "2003", "2002"], ["Aetat, AMB-plasser", "7 806", "7 340"],
                   ["Aetat, VTA-plasser (statlig andel)", "1 868", "1 762"],
                   ["Kommunal medfinansiering VTA", "1 366", "1 318"]], {"ruled": False, "size": 9}),
        ("bh", "Note 3 Lønnskostnader, antall ansatte, godtgjørelser", {"size": 10.5}),
        ("p", "Lønnskostnadene omfatter lønn til ansatte og deltakere i VTA. Antall årsverk i 2003 var 17,4 "
              "for ansatte. Daglig leder har mottatt lønn med kr 512 400. Styrets honorar utgjorde kr 48 000. "
              "Revisjonshonoraret var kr 38 500."),
        ("bh", "Note 5 Datterselskap", {"size": 10.5}),
        ("p", "Bøkeskogen Eiendom AS, forretningskontor {g:Slemmestad}, eierandel {p:100 %|eierandel}. "
              "Bokført verdi 300 000 kroner."),
        ("bh", "Note 7 Egenkapital", {"size": 10.5}),
        ("p", "Egenkapital 1.1.: 4 011. Årets resultat: 328. Egenkapital 31.12.: 4 339 (alle tall i 1000 kr)."),
        ("pagebreak",),
        ("h", 1, "Revisors beretning"),
        ("p", "Til generalforsamlingen i Slemmestad Attføringssenter AS"),
        ("p", "Vi har revidert årsregnskapet for Slemmestad Attføringssenter AS for regnskapsåret 2003, som "
              "viser et overskudd på kr 328 000. Etter vår mening er årsregnskapet avgitt i samsvar med lov "
              "og forskrifter og gir et uttrykk for selskapets økonomiske stilling pr. 31. desember 2003."),
        ("p", "{g?:Drammen}, 22. mars 2004\nBrattli & Co AS\nKjell Brattli\nstatsautorisert revisor"),
    ]
    return {
        "name": "slemmestad-attforingssenter-2003", "year": 2003, "title": "Årsrapport 2003",
        "organization": {"name": "Slemmestad Attføringssenter AS", "founded_year": 1988,
                         "owners": [{"name": "Røyken kommune", "share_percent": 55.0},
                                    {"name": "Hurum kommune", "share_percent": 20.0},
                                    {"name": "Buskerud fylkeskommune", "share_percent": 25.0}]},
        "ceo": "Eirik Solheim Dahl", "board": board, "board_optional": ["Turid Engen"],
        "not_board": ["Jostein Fladby", "Inger Marie Dahle", "Gunnar Tveter", "Randi Fjeldstad",
                      "Arvid Nygaard", "Bente Aasheim", "Trond Gulliksen", "Lise Martinsen", "Marit Sand",
                      "Kjell Brattli"],
        "programs": {"VTA": 12}, "header": header, "footer": "Side {PAGE}", "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "Personal deputies beside members (VARA); Aetat's adviser with møte- og talerett is optional. "
                 "AMB places have no program code.",
    }


# ---------------------------------------------------------------- 2001, typed, scan only

def andebu_arbeidssenter_2001() -> dict:
    cols = [Col("2001", 2001), Col("2000", 2000)]
    res = Kroner("Resultatregnskap", cols, income("nb", 2, [
        ("Salgsinntekter", "", [688_412, 640_115]),
        ("Tilskudd", "", [1_402_300, 1_318_900]),
    ], [
        ("Varekjøp", "", [214_660, 199_204]),
        ("Lønn og sosiale kostnader", "", [1_544_718, 1_490_332]),
        ("Andre driftskostnader", "", [271_015, 236_840]),
    ], labels={"result": "Årsoverskudd", "cost": "Driftskostnader", "inc": "Driftsinntekter"}), render="tabs")
    board = [("Gunn Elise Hvalen", "LEDE", False), ("Torbjørn Kvist", "NEST", False),
             ("Randi Bergan", "MEDL", False), ("Nils Petter Aske", "MEDL", True)]
    items = [
        ("p", "ANDEBU ARBEIDSSENTER AS", {"bold": True, "align": "center"}),
        ("p", "ÅRSBERETNING FOR 2001", {"bold": True, "align": "center"}),
        ("p", "Virksomhetens art", {"bold": True}),
        ("p", "Andebu Arbeidssenter AS er en vekstbedrift eid av {g:Andebu kommune|Andebu}. Bedriften holder "
              "til i {g:Andebu} sentrum og driver med vedproduksjon, snekkerarbeid og pakking. Bedriften har "
              "i 2001 hatt 8 plasser for varig tilrettelagt arbeid (VTA, tidligere ASVO) og 3 plasser for "
              "arbeidstrening godkjent av {g?:Aetat Vestfold|Vestfold}."),
        ("p", "Styret", {"bold": True}),
        ("p", "Styret har i året bestått av:"),
        ("tablines", [["Styreformann:", "Gunn Elise Hvalen"], ["Nestformann:", "Torbjørn Kvist"],
                      ["Styremedlem:", "Randi Bergan"], ["Ansattes representant:", "Nils Petter Aske"]],
         {"stops": (5.5,)}),
        ("p", "Det er avholdt 6 styremøter. Daglig leder er Håkon Rød Larsen."),
        ("p", "Arbeidsmiljø", {"bold": True}),
        ("p", "Bedriften har 3 ansatte i 2,8 årsverk. Sykefraværet var {p:3,1 %|sykefraværet} i 2001. "
              "Arbeidsmiljøet er godt. Bedriften forurenser ikke det ytre miljø."),
        ("p", "Økonomi", {"bold": True}),
        ("p", "Regnskapet viser et årsoverskudd på kr 60 319,-, som overføres til annen egenkapital. "
              "Forutsetningen om fortsatt drift er lagt til grunn."),
        ("stmt", res, {"title": "Resultatregnskap 2001"}),
        ("sign", "{g:Andebu}, 20. februar 2002", [
            ("Gunn Elise Hvalen", "styreformann"), ("Torbjørn Kvist", "nestformann"),
            ("Randi Bergan", "styremedlem"), ("Nils Petter Aske", "styremedlem"),
            ("Håkon Rød Larsen", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "andebu-arbeidssenter-2001", "year": 2001, "title": "Årsberetning 2001",
        "organization": {"name": "Andebu Arbeidssenter AS"},
        "ceo": "Håkon Rød Larsen", "board": board, "not_board": [],
        "programs": {"VTA": 8}, "items": items, "renditions": ["scan"],
        "font": "Liberation Mono", "heading_font": "Liberation Mono", "body_pt": 10, "heading_colour": "000000",
        "notes": "A typed two-page årsberetning kept only as a scan; 'styreformann' and 'Ansattes representant:'.",
    }


REPORTS = [hurum_arbeidssamvirke_1997, slemmestad_attforingssenter_2003, andebu_arbeidssenter_2001]
