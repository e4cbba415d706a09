"""Fifty-fifth held-out set, part a: three typed historic reports kept only as archive scans (an
ASVO arbeidssamvirke 1989, a borettslag 1997, an idrettslag 1993). Invented names and figures;
real places valid in the year. Written blind (see README.md)."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col, balance, income
from h3_render import Kroner

TYPED = {"font": "DejaVu Sans Mono", "heading_font": "DejaVu Sans Mono", "body_pt": 10,
         "heading_colour": "000000", "margin_mm": 24}


def furuberget_asvo_1989() -> dict:
    cols = [Col("1989", 1989), Col("1988", 1988)]
    res = Kroner("RESULTATREGNSKAP 1989", cols, income(
        "nb", 2,
        inc=[("Salgsinntekter", "", [1_284_560, 1_102_315]),
             ("Driftstilskudd fra staten", "", [1_412_000, 1_356_000]),
             ("Tilskudd fra kommunen", "", [215_000, 205_000])],
        cost=[("Varekostnad", "", [402_118, 351_904]),
              ("Lønn og sosiale kostnader", "", [2_031_442, 1_904_870]),
              ("Husleie og lys", "", [188_400, 181_250]),
              ("Andre driftskostnader", "", [203_915, 176_322]),
              ("Avskrivninger", "", [41_300, 38_900])],
        fin=[("Renteinntekter", "", [18_722, 14_208]), ("Rentekostnader", "", [-9_840, -11_113])],
        labels={"result": "Årsoverskudd"}), render="tabs", label_header="")
    bal = Kroner("BALANSE PR. 31.12.1989", cols, balance(
        "nb", 2,
        fixed=[("Maskiner og inventar", "", [148_700, 162_500]), ("Bil", "", [52_000, 79_500])],
        current=[("Varelager", "", [96_400, 88_150]), ("Kundefordringer", "", [171_233, 143_670]),
                 ("Bank og kasse", "", "plug")],
        equity=[("Aksjekapital", "", [50_000, 50_000]), ("Annen egenkapital", "", [304_480, 251_213])],
        long=[("Lån fra kommunen", "", [90_000, 120_000])],
        short=[("Leverandørgjeld", "", [84_612, 71_904]), ("Skyldige offentlige avgifter", "", [143_907, 131_220]),
               ("Annen kortsiktig gjeld", "", [38_115, 29_633])]), render="tabs")
    board = [("Arne Kjeldsrud", "LEDE", False), ("Ragnhild Bakkelund", "NEST", False),
             ("Odd Tore Brenden", "MEDL", False), ("Sigrun Holmstad", "MEDL", True),
             ("Jens Petter Moe", "VARA", None)]
    items = [
        ("p", "FURUBERGET ARBEIDSSAMVIRKE A/S", {"align": "center"}),
        ("bh", "STYRETS ÅRSBERETNING FOR 1989"),
        ("bh", "1. Virksomheten"),
        ("p", "Furuberget Arbeidssamvirke A/S ble stiftet i 1983 og holder til i leide lokaler i "
              "{g:Brumunddal} i {g:Ringsaker} kommune. Bedriften er et arbeidssamvirke (ASVO) og gir "
              "skjermede arbeidsplasser til yrkeshemmede. Ved utgangen av året hadde bedriften "
              "godkjent 28 ASVO-plasser, og alle plassene var i bruk hele året."),
        ("p", "Aksjene eies av {g:Ringsaker} kommune med {p:60 %|aksjene} og {g:Hedmark} fylkeskommune "
              "med {p:40 %|aksjene}. Ordinær generalforsamling ble holdt 19. april 1989. Ordfører "
              "Hans Rønningen møtte for kommunen."),
        ("p", "Produksjonen har som før vært montering for industrien i distriktet, snekkerverksted "
              "og vedproduksjon. Avtalen med et møbelfirma i {g:Moelv} ble fornyet i høst."),
        ("bh", "2. Styret og administrasjonen"),
        ("p", "Styret har i 1989 bestått av:"),
        ("tablines", [["Styreformann:", "Arne Kjeldsrud", "(oppnevnt av kommunen)"],
                      ["Nestformann:", "Ragnhild Bakkelund", "(oppnevnt av fylkeskommunen)"],
                      ["Styremedlem:", "Odd Tore Brenden", "(oppnevnt av kommunen)"],
                      ["Styremedlem:", "Sigrun Holmstad", "(valgt av de ansatte)"],
                      ["Varamann:", "Jens Petter Moe"]], {"stops": (4.2, 9.4)}),
        ("p", "Arbeidskontorets konsulent Gunnar Sveum har møtt i styret med tale- og forslagsrett, "
              "men uten stemmerett. Det er holdt 8 styremøter og behandlet 41 saker."),
        ("p", "Daglig leder har vært Kåre Lunde. Arbeidsledere har vært Tove Grindalen og Helge "
              "Stubsjøen. Bedriften hadde ved årsskiftet 6 ansatte i til sammen 5,5 årsverk foruten "
              "arbeidstakerne på ASVO-plassene."),
        ("bh", "3. Arbeidsmiljø"),
        ("p", "Sykefraværet blant de fast ansatte var {p:4,8 %|sykefraværet} mot {p?:6,1 %} året før. "
              "Verneombud har vært Tove Grindalen. Det har ikke vært skader i 1989."),
        ("bh", "4. Økonomi"),
        ("p", "Regnskapet viser et årsoverskudd på kr 53 267,-. Styret foreslår at overskuddet "
              "overføres til annen egenkapital. Forutsetningen om fortsatt drift er til stede."),
        ("stmt", res, {"title": "RESULTATREGNSKAP 1989"}),
        ("stmt", bal, {"title": "BALANSE PR. 31.12.1989"}),
        ("p", "Regnskapet er revidert av registrert revisor Egil Strand."),
        ("sign", "{g:Brumunddal}, 14. februar 1990",
         [("Arne Kjeldsrud", "styreformann"), ("Ragnhild Bakkelund", "nestformann"),
          ("Odd Tore Brenden", ""), ("Sigrun Holmstad", ""), ("Kåre Lunde", "daglig leder")], {"cols": 3}),
    ]
    return {"name": "furuberget-asvo-1989", "year": 1989, "title": "Styrets årsberetning for 1989",
            "organization": {"name": "Furuberget Arbeidssamvirke A/S", "founded_year": 1983,
                             "owners": [{"name": "Ringsaker kommune", "share_percent": 60},
                                        {"name": "Hedmark fylkeskommune", "share_percent": 40}]},
            "ceo": "Kåre Lunde", "board": board, "board_optional": ["Gunnar Sveum"],
            "not_board": ["Hans Rønningen", "Tove Grindalen", "Helge Stubsjøen", "Egil Strand"],
            "items": items, "renditions": ["scan"], **TYPED,
            "scan": {"tilt": 1.1, "noise": 10, "paper": 16},
            "notes": "Typed ASVO årsberetning kept as a scan: 'Styreformann:' colon lists with the appointing "
                     "body in brackets, the arbeidskontor's consultant without vote (optional), ',-' tab statements."}


def solbakken_borettslag_1997() -> dict:
    cols = [Col("Regnskap 1997", 1997), Col("Regnskap 1996", 1996), Col("Budsjett 1998", 1998, BUDGET)]
    res = Kroner("RESULTATREGNSKAP", cols, income(
        "nb", 3,
        inc=[("Felleskostnader", "", [1_843_200, 1_781_760, 1_907_700]),
             ("Leie garasjeplasser", "", [57_600, 57_600, 57_600]),
             ("Andre inntekter", "", [6_450, 4_210, 5_000])],
        cost=[("Kommunale avgifter", "", [312_540, 298_711, 325_000]),
              ("Forsikring", "", [88_214, 84_930, 92_000]),
              ("Vedlikehold", "", [402_377, 276_405, 350_000]),
              ("Strøm fellesanlegg", "", [61_808, 58_116, 64_000]),
              ("Forretningsførerhonorar", "", [96_000, 92_160, 99_000]),
              ("Styrehonorar", "", [40_000, 40_000, 40_000]),
              ("Andre driftskostnader", "", [73_115, 69_482, 75_000])],
        fin=[("Renteinntekter", "", [21_904, 18_305, 20_000]),
             ("Renter pantelån", "", [-792_650, -823_114, -768_000])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Kostnader", "sum_cost": "Sum kostnader",
                "fin": "Finansposter"}), render="tabs")
    board = [("Tone Aasen", "LEDE", None), ("Leif Martin Bråthen", "NEST", None),
             ("Astrid Fjeld", "MEDL", None), ("Svein Kolstad", "MEDL", None),
             ("Grete Øverli", "VARA", None), ("Harald Nordby", "VARA", None)]
    items = [
        ("p", "SOLBAKKEN BORETTSLAG", {"align": "center"}),
        ("bh", "INNKALLING TIL ORDINÆR GENERALFORSAMLING"),
        ("p", "Ordinær generalforsamling avholdes tirsdag 28. april 1998 kl. 19.00 i fellesrommet, "
              "blokk C. Til behandling foreligger:"),
        ("tablines", [["1.", "Konstituering: valg av møteleder, referent og to andelseiere til å "
                             "underskrive protokollen"],
                      ["2.", "Årsberetning og regnskap for 1997"],
                      ["3.", "Godtgjørelse til styret"],
                      ["4.", "Innkomne forslag"],
                      ["5.", "Valg"]], {"stops": (1.0,)}),
        ("bh", "ÅRSBERETNING FOR 1997"),
        ("bh", "Tillitsvalgte"),
        ("p", "Siden forrige ordinære generalforsamling har borettslagets tillitsvalgte vært:"),
        ("tablines", [["STYRET", "", "PÅ VALG"],
                      ["Leder", "Tone Aasen", "1998"],
                      ["Nestleder", "Leif Martin Bråthen", "1999"],
                      ["Styremedlem", "Astrid Fjeld", "1998"],
                      ["Styremedlem", "Svein Kolstad", "(oppnevnt av boligbyggelaget)"],
                      ["", "", ""],
                      ["VARAMEDLEMMER", "", ""],
                      ["1. vara", "Grete Øverli", "1998"],
                      ["2. vara", "Harald Nordby", "1998"],
                      ["", "", ""],
                      ["VALGKOMITÉ", "Ingeborg Lie", ""],
                      ["", "Per Kristian Dahl", ""]], {"stops": (4.5, 10.5)}),
        ("p", "Forretningsfører har vært boligbyggelaget, og lagets kontaktperson der er konsulent "
              "Marit Olsen. Revisor er statsautorisert revisor Jon Vegard Hasle."),
        ("bh", "Borettslaget"),
        ("p", "Borettslaget ligger på {g:Bekkestua} i {g:Bærum} kommune og består av 64 andeler i "
              "fire blokker bygget i 1962. Tomten er eiet av borettslaget. Vaktmestertjenesten er "
              "kjøpt av et firma på {g:Høvik}."),
        ("bh", "Styrets arbeid"),
        ("p", "Styret har hatt 10 møter. Taket på blokk A og B ble skiftet i september, og arbeidet "
              "ble ferdig innenfor budsjettet. To dugnader ble holdt, vår og høst. Styret takker "
              "Egil Svendsby, som gikk av som tillitsvalgt for garasjene etter mange år."),
        ("bh", "Økonomi"),
        ("p", "Årsresultatet er et overskudd som foreslås overført til egenkapitalen. For å møte "
              "økte renter og vedlikehold foreslår styret at felleskostnadene økes med "
              "{p:3,5 %|felleskostnadene} fra 1. juli 1998."),
        ("stmt", res, {"title": "RESULTATREGNSKAP"}),
        ("sign", "{g:Bekkestua}, 16. mars 1998",
         [("Tone Aasen", "leder"), ("Leif Martin Bråthen", "nestleder"), ("Astrid Fjeld", "styremedlem"),
          ("Svein Kolstad", "styremedlem")], {"cols": 2}),
    ]
    return {"name": "solbakken-borettslag-1997", "year": 1997, "title": "Årsberetning 1997",
            "organization": {"name": "Solbakken Borettslag"}, "ceo": None, "board": board,
            "not_board": ["Ingeborg Lie", "Per Kristian Dahl", "Marit Olsen", "Jon Vegard Hasle",
                          "Egil Svendsby"],
            "items": items, "renditions": ["scan", "doc"], **TYPED,
            "scan": {"tilt": 0.9, "noise": 9, "paper": 14},
            "notes": "Borettslag innkalling and årsberetning: STYRET | PÅ VALG tab columns, numbered vara, "
                     "valgkomité in the same column layout, budget beside actuals (budget optional)."}


def tverrelva_il_1993() -> dict:
    cols = [Col("Regnskap 1993", 1993), Col("Budsjett 1993", 1993, BUDGET), Col("Regnskap 1992", 1992)]
    res = Kroner("REGNSKAP 1993", cols, income(
        "nb", 3,
        inc=[("Medlemskontingent", "", [41_850, 42_000, 38_700]),
             ("Treningsavgifter", "", [63_200, 60_000, 57_450]),
             ("Kiosk og arrangement", "", [88_415, 95_000, 91_320]),
             ("Dugnadsinntekter", "", [34_000, 30_000, 28_500]),
             ("Tilskudd fra kommunen", "", [22_500, 22_500, 20_000]),
             ("Reklame og sponsorer", "", [47_000, 50_000, 45_000])],
        cost=[("Dommere og kretsavgifter", "", [39_620, 38_000, 35_118]),
              ("Utstyr og drakter", "", [71_304, 55_000, 49_870]),
              ("Reiser og cuper", "", [82_911, 75_000, 70_246]),
              ("Drift av klubbhus", "", [58_730, 52_000, 50_412]),
              ("Kioskvarer", "", [49_208, 52_000, 50_933]),
              ("Andre kostnader", "", [18_122, 15_000, 14_305])],
        labels={"inc": "Inntekter", "sum_inc": "Sum inntekter", "cost": "Utgifter", "sum_cost": "Sum utgifter",
                "op": "Årets resultat", "result": None}), render="tabs", negative="minus")
    board = [("Ivar Hyllan", "LEDE", None), ("Bente Aune", "NEST", None), ("Roar Sjøvold", "MEDL", None),
             ("Grethe Lien", "MEDL", None), ("Tor Inge Vikan", "MEDL", None),
             ("Eli Stene", "VARA", None), ("Kjell Moan", "VARA", None)]
    items = [
        ("p", "TVERRELVA IDRETTSLAG", {"align": "center"}),
        ("p", "Stiftet 1947", {"align": "center"}),
        ("bh", "ÅRSBERETNING FOR 1993"),
        ("bh", "1. Tillitsvalgte"),
        ("p", "Hovedstyret har i beretningsåret hatt følgende sammensetning:"),
        ("tablines", [["Ivar Hyllan", "leder"],
                      ["Bente Aune", "nestleder"],
                      ["Roar Sjøvold", "kasserer"],
                      ["Grethe Lien", "sekretær"],
                      ["Tor Inge Vikan", "styremedlem, leder fotballgruppa"]], {"stops": (5.5,)}),
        ("p", "Varamedlemmer: Eli Stene og Kjell Moan."),
        ("p", "Gruppeledere: fotball Tor Inge Vikan, ski Ola Morten Hofstad, friidrett Randi "
              "Kvam. Revisorer: Arvid Leinum og Sverre Wold. Valgkomité: Solveig Aunet (leder), "
              "Kåre Hegstad og Liv Gangstø."),
        ("bh", "2. Møter og medlemmer"),
        ("p", "Det er holdt 11 styremøter og behandlet 64 saker. Laget hadde ved årsskiftet 412 "
              "medlemmer, en økning på {p:8 %|en økning på} fra året før. Årsmøtet ble holdt 17. "
              "februar 1993 på klubbhuset med 38 frammøtte. Møteleder var Aslak Refsnes."),
        ("bh", "3. Aktiviteten"),
        ("p", "Fotballgruppa har hatt 9 lag i seriespill i {g:Trøndelag}, og guttelaget vant sin "
              "avdeling. Skigruppa arrangerte kretsrenn i lysløypa i {g:Hommelvik} i januar. "
              "Friidrettsgruppa deltok i stevner i {g:Stjørdal} og {g:Trondheim}."),
        ("p", "{g:Malvik} kommune har gitt tilsagn om spillemidler til kunstgressbane, og styret takker "
              "kulturkonsulent Bjørn Tronstad for god hjelp med søknaden."),
        ("bh", "4. Regnskap"),
        ("p", "Regnskapet viser et underskudd. Årsaken er først og fremst nye drakter og økte "
              "reiseutgifter. Egenkapitalen er fortsatt god."),
        ("stmt", res, {"title": "REGNSKAP 1993"}),
        ("bh", "5. Valgkomiteens innstilling til årsmøtet 1994"),
        ("tablines", [["Leder", "Bente Aune", "ny, 1 år"],
                      ["Nestleder", "Grethe Lien", "ny, 2 år"],
                      ["Sekretær", "Marit Fossum", "ny, 2 år"],
                      ["Varamedlem", "Jon Erik Gjervan", "ny, 1 år"]], {"stops": (4.0, 9.0)}),
        ("sign", "{g:Hommelvik}, 20. januar 1994",
         [("Ivar Hyllan", ""), ("Bente Aune", ""), ("Roar Sjøvold", ""),
          ("Grethe Lien", ""), ("Tor Inge Vikan", "")], {"cols": 3}),
    ]
    return {"name": "tverrelva-il-1993", "year": 1993, "title": "Årsberetning 1993",
            "organization": {"name": "Tverrelva Idrettslag", "founded_year": 1947}, "ceo": None,
            "board": board,
            "not_board": ["Ola Morten Hofstad", "Randi Kvam", "Arvid Leinum", "Sverre Wold", "Solveig Aunet",
                          "Kåre Hegstad", "Liv Gangstø", "Aslak Refsnes", "Bjørn Tronstad", "Marit Fossum",
                          "Jon Erik Gjervan"],
            "items": items, "renditions": ["scan"], **TYPED,
            "scan": {"tilt": 1.2, "noise": 11, "paper": 18},
            "notes": "Idrettslag årsberetning typed name-first ('Ivar Hyllan  leder'), a gruppeleder on the "
                     "board, valgkomiteens innstilling with role:name tab lines (not board), signatures "
                     "without titles; budget column optional."}


REPORTS = [furuberget_asvo_1989, solbakken_borettslag_1997, tverrelva_il_1993]
