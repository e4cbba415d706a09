"""Reports of the seventh held-out set, part A: a borettslag with a forretningsfører, a 1990s
vekstbedrift typed in Word 97, a scanned members' newsletter with the annual report inside, and an
English-only IKS report printed by a browser. Everything here is invented; places are real."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h7_render import Kr


# ---------- 1. borettslag, forretningsfører, DOCX + PDF ----------

def lyngtroa_brl_2019() -> dict:
    cols = [Col("Regnskap 2019", 2019), Col("Regnskap 2018", 2018), Col("Budsjett 2019", 2019, BUDGET),
            Col("Budsjett 2020", 2020, BUDGET)]
    res = Statement(
        "Resultatregnskap", cols,
        income("nb", 4,
               [("Innkrevde felleskostnader", "2", [4_318_560, 4_172_400, 4_318_000, 4_469_000]),
                ("Andre inntekter", "3", [61_240, 48_915, 40_000, 55_000])],
               [("Personalkostnader", "4", [142_880, 138_200, 145_000, 148_000]),
                ("Styrehonorar", "5", [96_000, 90_000, 96_000, 100_000]),
                ("Avskrivninger", "10", [38_410, 38_410, 38_000, 38_000]),
                ("Revisjonshonorar", "6", [14_125, 13_750, 14_000, 15_000]),
                ("Forretningsførerhonorar", "", [201_600, 196_800, 202_000, 207_000]),
                ("Drift og vedlikehold", "7", [1_486_022, 612_390, 1_550_000, 700_000]),
                ("Forsikringer", "", [166_310, 159_844, 168_000, 175_000]),
                ("Kommunale avgifter", "8", [548_118, 532_606, 550_000, 566_000]),
                ("Energi/fyring", "", [311_457, 354_902, 340_000, 330_000]),
                ("Andre driftskostnader", "9", [188_653, 171_225, 180_000, 185_000])],
               [("Finansinntekter", "", [12_806, 9_114, 10_000, 10_000]),
                ("Finanskostnader", "", [-1_012_488, -1_037_930, -1_020_000, -995_000])]),
        note_col="Note", render="unruled")
    bal = Statement(
        "Balanse", [Col("2019", 2019), Col("2018", 2018)],
        balance("nb", 2,
                [("Bygninger", "10", [38_650_000, 38_650_000]), ("Tomt", "10", [2_100_000, 2_100_000]),
                 ("Varmeanlegg", "10", [307_280, 345_690])],
                [("Kundefordringer", "", [18_440, 22_870]), ("Andre kortsiktige fordringer", "", [41_000, 36_200]),
                 ("Driftskonto", "", "plug")],
                [("Innskutt egenkapital", "", [960_000, 960_000]), ("Opptjent egenkapital", "11", [2_082_597, 1_896_054])],
                [("Pantelån", "12", [39_210_884, 39_964_117])],
                [("Leverandørgjeld", "", [286_502, 97_045]), ("Påløpte renter", "", [81_115, 84_402]),
                 ("Annen kortsiktig gjeld", "", [64_200, 51_330])]),
        note_col="Note", render="unruled")
    board = [("Randi Mellemstuen", "LEDE", None), ("Ketil Aasgaard Bø", "MEDL", None),
             ("Shirin Tahmasebi", "MEDL", None), ("Odd-Harald Vestvik", "MEDL", None),
             ("Lise Grønnerud", "VARA", None), ("Tomas Brekkeflat", "VARA", None)]
    items = [
        ("h", 1, "Årsberetning 2019 for Lyngtrøa Borettslag"),
        ("p", "Organisasjonsnummer 948 221 305", {"size": 9}),
        ("bh", "TILLITSVALGTE"),
        ("p", "Siden forrige ordinære generalforsamling har borettslagets tillitsvalgte vært:"),
        ("table", [["Styret", "", "", "Periode"],
                   ["Styreleder", "Randi Mellemstuen", "Lyngtrøa 6", "2019–2021"],
                   ["Styremedlem", "Ketil Aasgaard Bø", "Lyngtrøa 12", "2018–2020"],
                   ["Styremedlem", "Shirin Tahmasebi", "Lyngtrøa 2", "2019–2021"],
                   ["Styremedlem", "Odd-Harald Vestvik", "Lyngtrøa 14", "2018–2020"],
                   ["Varamedlemmer til styret", "", "", ""],
                   ["Varamedlem", "Lise Grønnerud", "Lyngtrøa 8", "2019–2020"],
                   ["Varamedlem", "Tomas Brekkeflat", "Lyngtrøa 16", "2019–2020"],
                   ["Valgkomité", "", "", ""],
                   ["Medlem", "Gunvor Ellingsen", "Lyngtrøa 4", "2019–2020"],
                   ["Medlem", "Kristoffer Haugsbakk", "Lyngtrøa 10", "2019–2020"]], {"ruled": False, "gold_rows": False}),
        ("bh", "FORRETNINGSFØRER OG REVISOR"),
        ("p", "Forretningsførsel etter avtale med styret er utført av Østfold Boligforvaltning BBL, "
              "Postboks 1187, 1631 Gamle {g:Fredrikstad}. Borettslagets kontaktperson hos forretningsfører "
              "er forvalter Hanne-Marit Solbrekke, telefon 69 31 44 80."),
        ("p", "Borettslagets revisor er Glommen Revisjon AS."),
        ("bh", "OPPLYSNINGER OM BORETTSLAGET"),
        ("p", "Lyngtrøa Borettslag ble stiftet i 1972 og har 96 andelsleiligheter fordelt på fire blokker "
              "på {g:Kråkerøy} i {g:Fredrikstad kommune|Fredrikstad}. Borettslaget er tilknyttet Østfold "
              "Boligforvaltning BBL som forretningsfører, men er ikke medlem av boligbyggelaget."),
        ("p", "Borettslaget er forsikret i Fjordtrygd Forsikring, polise nr. 7731-0442. Forsikringen dekker "
              "bygningene, men ikke beboernes innbo og løsøre."),
        ("bh", "STYRETS ARBEID"),
        ("p", "Styret har i 2019 hatt ni styremøter og behandlet 64 saker. I tillegg har styret hatt "
              "befaring av uteområdene sammen med vaktmester i april og oktober."),
        ("p", "Balkongene i blokk C og D ble rehabilitert i perioden mai–september. Arbeidet ble utført av "
              "Sandbakken Bygg AS og kostet 1,42 millioner kroner, som ble dekket av driften og "
              "disponible midler."),
        ("p", "Felleskostnadene ble økt med {p:3,5 prosent|felleskostnadene} fra 1. januar 2019, og styret "
              "har vedtatt en ny økning på {p:3,0 prosent|ny økning} fra 1. januar 2020."),
        ("bh", "ØKONOMI"),
        ("p", "Årsregnskapet viser et overskudd på kr 186 543, som er tillagt opptjent egenkapital. "
              "Borettslagets lån i Kommunal Landspensjonskasse har flytende rente, som ved årsskiftet var "
              "{p:2,45 %|flytende rente}. Etter styrets mening gir årsregnskapet et rettvisende bilde av "
              "borettslagets eiendeler og gjeld, finansielle stilling og resultat."),
        ("p", "Styret bekrefter at forutsetningen om fortsatt drift er til stede."),
        ("bh", "ARBEIDSMILJØ OG YTRE MILJØ"),
        ("p", "Borettslaget har ingen ansatte utover vaktmester i deltidsstilling. Styret består av to "
              "kvinner og to menn. Borettslaget forurenser ikke det ytre miljø utover det som er vanlig "
              "for et boligselskap."),
        ("pagebreak",),
        ("stmt", res, {"title": "Resultatregnskap 1. januar – 31. desember 2019"}),
        ("stmt", bal, {"title": "Balanse pr. 31. desember 2019"}),
        ("sign", "{g:Fredrikstad}, 18. mars 2020",
         [("Randi Mellemstuen", "Styreleder"), ("Ketil Aasgaard Bø", "Styremedlem"),
          ("Shirin Tahmasebi", "Styremedlem"), ("Odd-Harald Vestvik", "Styremedlem")], {"cols": 2}),
    ]
    return {
        "name": "lyngtroa-brl-2019", "year": 2019, "title": "Årsberetning og regnskap 2019 – Lyngtrøa Borettslag",
        "organization": {"name": "Lyngtrøa Borettslag", "founded_year": 1972},
        "ceo": None, "board": board, "items": items, "renditions": ["docx", "pdf"],
        "not_board": ["Hanne-Marit Solbrekke", "Gunvor Ellingsen", "Kristoffer Haugsbakk"],
        "places_optional": ["Østfold", "Lyngtrøa"],
        "header": "Lyngtrøa Borettslag – Årsberetning 2019", "footer": "Side {PAGE} av {NUMPAGES}",
        "notes": "Borettslag's årsberetning in bokmål (2019), Fredrikstad. The board in an unruled role | "
                 "name | period table with group rows (Styret, Varamedlemmer til styret, Valgkomité): two "
                 "deputies are VARA, the valgkomité's two members are not board. The forretningsfører is a "
                 "company (Østfold Boligforvaltning BBL) and its contact, a forvalter, is named: not the "
                 "board's and not a daglig leder (ceo null). Statements unruled, Note column, four columns "
                 "Regnskap 2019 | Regnskap 2018 | Budsjett 2019 | Budsjett 2020 (budgets optional).",
    }


# ---------- 2. 1990s vekstbedrift, Word 97 (.doc) + PDF ----------

def heddalsmo_1996() -> dict:
    res = Kr("RESULTATREGNSKAP", [Col("1996", 1996), Col("1995", 1995)],
             income("nb", 2,
                    [("Salgsinntekter", "", [3_884_120, 3_612_455]),
                     ("Driftstilskudd stat", "", [1_930_800, 1_874_200]),
                     ("Driftstilskudd kommune", "", [598_000, 580_000])],
                    [("Varekostnad", "", [1_402_377, 1_318_960]),
                     ("Lønn og sosiale kostnader", "", [3_986_214, 3_802_118]),
                     ("Avskrivninger", "", [164_000, 171_500]),
                     ("Andre driftskostnader", "", [702_551, 688_402])],
                    [("Renteinntekter", "", [41_880, 38_120]), ("Rentekostnader", "", [-56_310, -61_045])]),
             thousands=".", render="tabs")
    bal = Kr("BALANSE PR. 31.12.1996", [Col("1996", 1996), Col("1995", 1995)],
             balance("nb", 2,
                     [("Maskiner og inventar", "", [412_000, 468_000]), ("Biler", "", [96_000, 144_000])],
                     [("Varelager", "", [218_440, 204_310]), ("Kundefordringer", "", [486_915, 431_020]),
                      ("Bankinnskudd", "", "plug")],
                     [("Aksjekapital", "", [200_000, 200_000]), ("Annen egenkapital", "", [826_238, 682_890])],
                     [("Pantelån", "", [260_000, 310_000])],
                     [("Leverandørgjeld", "", [301_442, 286_715]), ("Skyldige offentlige avgifter", "", [244_610, 231_905]),
                      ("Annen kortsiktig gjeld", "", [121_700, 118_340])]),
             thousands=".", render="tabs")
    board = [("Arvid Tveitan", "LEDE", False), ("Borghild Sanden", "NEST", False),
             ("Leif Olav Hovde", "MEDL", False), ("Ragnhild Kåsa", "MEDL", True),
             ("Einar Fosstveit", "VARA", None)]
    items = [
        ("p", "HEDDALSMO ARBEIDSSENTER A/S", {"bold": True, "size": 14, "align": "center"}),
        ("p", "ÅRSMELDING 1996", {"bold": True, "size": 13, "align": "center"}),
        ("bh", "1.  INNLEDNING"),
        ("p", "Heddalsmo Arbeidssenter A/S ble stiftet 14. mai 1984. Selskapet eies av {g:Notodden kommune|Notodden} "
              "({p:70 %|Notodden kommune}) og {g:Telemark fylkeskommune|Telemark} ({p:30 %|Telemark fylkeskommune}). "
              "Bedriften holder til i egne lokaler på Heddalsmoen."),
        ("p", "Bedriften er en attføringsbedrift med 24 plasser i ASVO-tiltaket og 12 plasser i "
              "AMB-tiltaket, godkjent av Arbeidsdirektoratet. Formålet er å skaffe arbeid og "
              "arbeidstrening for yrkeshemmede i {g:Notodden} og omegn."),
        ("bh", "2.  STYRET"),
        ("p", "Styret har i 1996 hatt følgende sammensetning:"),
        ("tablines", [["Formann:", "Arvid Tveitan", "{g:Notodden kommune|Notodden}"],
                      ["Nestformann:", "Borghild Sanden", "{g:Telemark fylkeskommune|Telemark}"],
                      ["Styremedlem:", "Leif Olav Hovde", "{g:Notodden kommune|Notodden}"],
                      ["Styremedlem:", "Ragnhild Kåsa", "valgt av de ansatte"],
                      ["Varamedlem:", "Einar Fosstveit", "{g:Notodden kommune|Notodden}"]], {"stops": (3.5, 8.5)}),
        ("p", "Styret har avholdt 7 styremøter og behandlet 41 saker. Daglig leder har vært Torleif Bakken."),
        ("bh", "3.  DRIFTEN I 1996"),
        ("p", "Bedriften har hatt jevnt belegg gjennom året. Ved utgangen av 1996 var det 33 tiltaksdeltakere "
              "og 9 fast ansatte. I løpet av året avsluttet 17 personer AMB-tiltaket; av disse gikk 6 til "
              "ordinært arbeid, det vil si {p:35 %|ordinært arbeid}, og 3 til skole eller kurs."),
        ("p", "Produksjonen er fordelt på snekkerverksted (pallproduksjon og trapper), vedproduksjon og et "
              "lite trykkeri. Salget økte med {p:7,5 prosent|salget} fra 1995."),
        ("bh", "4.  ARBEIDSMILJØ"),
        ("p", "Arbeidsmiljøet anses som godt. Sykefraværet var {p:6,8 %|sykefraværet} mot {p:8,1 %|sykefraværet} året før. "
              "Det har ikke vært skader eller ulykker i året."),
        ("bh", "5.  ØKONOMI"),
        ("p", "Driftsinntektene ble Kr. 6.412.920 mot Kr. 6.066.655 året før. Årets overskudd på Kr. 143.348 "
              "foreslås overført til annen egenkapital. Forutsetningen om fortsatt drift er lagt til grunn."),
        ("stmt", res, {"title": "6.  RESULTATREGNSKAP 1996"}),
        ("stmt", bal, {"title": "7.  BALANSE PR. 31.12.1996"}),
        ("sign", "{g:Notodden}, 12. februar 1997",
         [("Arvid Tveitan", "formann"), ("Borghild Sanden", "nestformann"), ("Leif Olav Hovde", ""),
          ("Ragnhild Kåsa", ""), ("Torleif Bakken", "daglig leder")], {"cols": 3}),
    ]
    return {
        "name": "heddalsmo-1996", "year": 1996, "title": "Årsmelding 1996",
        "organization": {"name": "Heddalsmo Arbeidssenter A/S", "founded_year": 1984,
                         "owners": [{"name": "Notodden kommune", "share_percent": 70},
                                    {"name": "Telemark fylkeskommune", "share_percent": 30}]},
        "ceo": "Torleif Bakken", "board": board, "items": items, "renditions": ["doc", "pdf"],
        "font": "Times New Roman", "body_pt": 12, "heading_font": "Times New Roman", "author": "HAS",
        "places_optional": ["Heddalsmoen"],
        "notes": "A 1996 årsmelding of an attføringsbedrift typed in Word 97: Times, manual numbering "
                 "('1.  INNLEDNING'), the board as tab-stop lines 'Formann:' / 'Nestformann:' with the "
                 "appointing body in a third column, the employee member only by 'valgt av de ansatte'. "
                 "Programs by their old names (ASVO-tiltaket, AMB-tiltaket): neither is VTA, AFT or VTO "
                 "as the scorer knows them, so programs gold is empty. Statements laid out with tab stops, "
                 "every amount 'Kr. 1.234.567'. Signatures with lower-case titles, two without a title.",
    }


# ---------- 3. scanned members' newsletter with the årsmelding inside ----------

def vangsas_historielag_2008() -> dict:
    acc = Statement(
        "Regnskap 2008", [Col("2008", 2008), Col("2007", 2007)],
        income("nb", 2,
               [("Medlemskontingent", "", [31_850, 30_100]), ("Salg av årsskrift og bøker", "", [18_420, 22_960]),
                ("Tilskudd fra kommunen", "", [10_000, 8_000]),
                ("Grasrotandel", "", [4_212, 3_077])],
               [("Trykking av årsskrift", "", [24_600, 23_900]), ("Husleie og strøm, Lerudstua", "", [9_600, 9_600]),
                ("Kurs, møter og turer", "", [12_377, 10_140]), ("Porto og kontorhold", "", [3_905, 4_112]),
                ("Kontingent til Landslaget for lokalhistorie", "", [1_450, 1_450])],
               [("Renteinntekter", "", [2_188, 1_704])],
               labels={"inc": None, "cost": None, "fin": None, "sum_inc": "Sum inntekter", "sum_cost": "Sum utgifter",
                       "op": None, "net_fin": None, "result": "Årets overskudd"}),
        render="ruled")
    board = [("Astrid Bergum", "LEDE", None), ("Håkon Skramstad", "NEST", None), ("Oddvar Kjernli", "MEDL", None),
             ("Marit Sølvberg", "MEDL", None), ("Jon Inge Lerud", "MEDL", None),
             ("Eli Frengen", "VARA", None), ("Paul Arne Strand", "VARA", None)]
    report = [
        ("bh", "Årsmelding for Vangsås Historielag 2008", {"size": 13}),
        ("p", "Laget dekker den nordlige delen av {g:Ringsaker}. Styret har i 2008 bestått av:"),
        ("p", "Astrid Bergum, {g?:Veldre}, leder"),
        ("p", "Håkon Skramstad, {g:Brøttum}, nestleder"),
        ("p", "Oddvar Kjernli, {g?:Lismarka}, kasserer"),
        ("p", "Marit Sølvberg, {g:Moelv}, sekretær"),
        ("p", "Jon Inge Lerud, {g?:Mesnali}, styremedlem"),
        ("p", "Varamedlemmer: Eli Frengen, {g?:Veldre}, og Paul Arne Strand, {g:Moelv}."),
        ("p", "Valgkomité: Kari Haugom (leder) og Ole Magnus Tangen. Revisorer: Arne Bjørke og Gudrun Halvorsen."),
        ("p", "Det er holdt 8 styremøter. Laget hadde 212 betalende medlemmer ved årsskiftet, 9 flere enn året "
              "før. Det er en økning på {p:4,4 prosent|betalende medlemmer}."),
        ("p", "Vårmøtet ble holdt i Lerudstua 9. april med foredrag om fløtingen i {g:Brumunda}. Sommerturen gikk "
              "til {g:Hoff} og {g:Østre Toten} med 46 deltakere. Høstmøtet om gamle seterveier i "
              "{g:Ringsakerfjellet} samlet nær 80 tilhørere."),
        ("p", "Årsskriftet «Fra gard og grend» kom ut i november i et opplag på 600. Om lag "
              "{p:70 prosent|opplaget} av opplaget var solgt ved nyttår."),
        ("p", "Styret takker alle som har gitt bilder, skrevet stoff og stilt opp på dugnad i året som gikk."),
    ]
    other = {"source": "Nytt fra nabolaget", "title": "{g:Brøttum} Bygdekvinnelag 60 år",
             "byline": "Tekst: redaksjonen",
             "paras": ["Bygdekvinnelaget i {g:Brøttum} feiret 60-årsjubileum i grendehuset i oktober. Leder "
                       "Ingrid Kolstad ønsket velkommen, og æresmedlem Signe Vestrum fortalte om lagets første år.",
                       "Historielaget gratulerer og takker for godt samarbeid om kulturminnedagen."]}
    items = [
        ("p", "VANGSÅS-POSTEN", {"bold": True, "size": 22, "align": "center"}),
        ("p", "Medlemsblad for Vangsås Historielag · Nr. 1 · Mars 2009 · 18. årgang", {"align": "center", "size": 9}),
        ("bh", "Lederen har ordet", {"size": 12}),
        ("p", "Kjære medlemmer! Et nytt år er i gang, og vi ser fram til årsmøtet torsdag 26. mars kl. 19.00 i "
              "Lerudstua. Her kommer årsmeldingen og regnskapet for 2008, slik at du kan lese dem før møtet. "
              "Vel møtt! Astrid Bergum"),
        ("photo", 3, 2, "Styret i Vangsås Historielag samlet på Lerudstua i januar. Bak fra venstre: Oddvar Kjernli "
                        "(kasserer), Jon Inge Lerud og Håkon Skramstad (nestleder). Foran fra venstre: Astrid Bergum "
                        "(leder) og Marit Sølvberg (sekretær). Foto: Per Kr. Hovland"),
        ("cols", report + [("news", other)]),
        ("stmt", acc),
        ("p", "Beholdning i bank pr. 31.12.2008: kr 84 312. Revidert og funnet i orden, {g:Moelv} 2. februar 2009.",
         {"size": 9}),
        ("table", [["ANNONSE: Mjøsbakeriet – ferske brød og kaker hver dag! Storgata 14 – telefon 62 35 12 40"]],
         {"ruled": True, "gold_rows": False}),
    ]
    return {
        "name": "vangsas-historielag-2008", "year": 2008, "title": "Vangsås-posten nr. 1 2009",
        "organization": {"name": "Vangsås Historielag"},
        "ceo": None, "board": board, "items": items, "renditions": ["scan"],
        "font": "DejaVu Serif", "body_pt": 9.5, "scan": {"dpi": 200, "tilt": 1.1},
        "not_board": ["Ingrid Kolstad", "Signe Vestrum", "Per Kr. Hovland", "Arne Bjørke", "Gudrun Halvorsen",
                      "Kari Haugom", "Ole Magnus Tangen"],
        "notes": "A members' newsletter (Vangsås-posten, March 2009) scanned, with the historielag's årsmelding "
                 "for 2008 inside a two-column section. The board is given as 'Name, home village, role' lines "
                 "(kasserer and sekretær are MEDL; the villages are places, some optional), the two "
                 "varamedlemmer in one line, then valgkomité and revisorer (not board); the board again in a group photo's caption 'Bak fra venstre ... "
                 "Foran fra venstre ...' (photographer named). Not board: the photographer, valgkomité, revisorer, "
                 "and the leader and honorary member of another club in a boxed piece. An advertisement box "
                 "at the end. Small accounts with Sum inntekter / Sum utgifter / Årets overskudd.",
    }


# ---------- 4. English-only IKS report, printed by Chromium ----------

def vefsna_water_2024() -> dict:
    labels = {"inc": "Operating income", "sum_inc": "Total operating income", "cost": "Operating expenses",
              "sum_cost": "Total operating expenses", "op": "Operating profit",
              "fin": "Financial income and expenses", "net_fin": "Net financial items", "result": "Profit for the year"}
    pl = Statement(
        "Statement of profit or loss", [Col("2024", 2024), Col("2023", 2023)],
        income("nb", 2,
               [("Water fees", "2", [41_873, 38_206]), ("Other operating income", "", [1_942, 2_315])],
               [("Cost of materials", "", [6_418, 6_902]), ("Payroll expenses", "3", [14_286, 13_351]),
                ("Depreciation", "5", [9_734, 9_102]), ("Other operating expenses", "4", [8_557, 8_190])],
               [("Finance income", "", [1_204, 862]), ("Finance costs", "", [-3_866, -3_410])], labels=labels),
        unit=1000, negative="paren", note_col="Note", label_header="NOK thousand", render="ruled")
    bl = {"assets": "Assets", "fixed": "Non-current assets", "sum_fixed": "Total non-current assets",
          "current": "Current assets", "sum_current": "Total current assets", "sum_assets": "Total assets",
          "eq_debt": "Equity and liabilities", "equity": "Equity", "sum_equity": "Total equity",
          "debt": "Liabilities", "long": "Non-current liabilities", "short": "Current liabilities",
          "sum_debt": "Total liabilities", "sum_eq_debt": "Total equity and liabilities"}
    fp = Statement(
        "Statement of financial position", [Col("31.12.2024", 2024), Col("31.12.2023", 2023)],
        balance("nb", 2,
                [("Water treatment plants and pipelines", "5", [148_322, 141_760]),
                 ("Machinery and vehicles", "5", [4_910, 5_388])],
                [("Trade receivables", "", [5_116, 4_843]), ("Cash and cash equivalents", "6", "plug")],
                [("Owners' contributed capital", "", [12_000, 12_000]), ("Other equity", "", [19_252, 17_094])],
                [("Loans from Kommunalbanken", "7", [118_650, 113_900]), ("Pension liabilities", "3", [6_214, 6_881])],
                [("Trade payables", "", [3_388, 4_120]), ("Public duties payable", "", [1_972, 1_806])],
                labels=bl),
        unit=1000, negative="paren", note_col="Note", label_header="NOK thousand", render="ruled")
    board = [("Kristin Aune Ravatn", "LEDE", False), ("Bård Nygjelten", "NEST", False),
             ("Sissel Hatlen Moe", "MEDL", False), ("Eivind Trostheim", "MEDL", False),
             ("Joakim Lund Sæter", "MEDL", True), ("Lars Kristian Hatten", "VARA", None),
             ("Gunn Elin Vollan", "VARA", None), ("Hege Strand Åsli", "VARA", None),
             ("Torgeir Mortensvik", "VARA", None), ("Rune Heggvik", "VARA", None)]
    items = [
        ("h", 1, "Annual Report 2024"),
        ("p", "Vefsna Water IKS · Org. no. 987 114 206 · {g:Mosjøen}, {g:Norway}", {"small": True}),
        ("facts", ["Vefsna Water IKS", "Established 2003", "Employees: 21", "Owners: three municipalities",
                   "Managing Director: Solveig Kvarv"]),
        ("h", 2, "About the company"),
        ("p", "Vefsna Water IKS is an inter-municipal company under the Norwegian Act on Inter-Municipal "
              "Companies. It supplies drinking water to about 17 600 residents and treats wastewater for "
              "{g:Vefsn}, {g:Grane} and {g:Hattfjelldal}. The company was established in 2003 and has its "
              "office and main plant at Halsøy, outside {g:Mosjøen}."),
        ("table", [["Owner", "Ownership share"],
                   ["{g:Vefsn} Municipality", "{p:68.4 %}"],
                   ["{g:Grane} Municipality", "{p:18.9 %}"],
                   ["{g:Hattfjelldal} Municipality", "{p:12.7 %}"]]),
        ("p", "The Council of Representatives is the company's highest body and consists of one representative "
              "from each owner. It was chaired in 2024 by Per Ove Granmo."),
        ("h", 2, "Board of Directors"),
        ("table", [["Name", "Position", "Appointed by"],
                   ["Kristin Aune Ravatn", "Chair", "Council of Representatives"],
                   ["Bård Nygjelten", "Deputy Chair", "Council of Representatives"],
                   ["Sissel Hatlen Moe", "Board member", "Council of Representatives"],
                   ["Eivind Trostheim", "Board member", "Council of Representatives"],
                   ["Joakim Lund Sæter", "Board member", "Elected by the employees"]]),
        ("p", "Personal deputies for the members appointed by the owners are Lars Kristian Hatten, Gunn Elin "
              "Vollan, Hege Strand Åsli and Torgeir Mortensvik. The employees' deputy is Rune Heggvik."),
        ("p", "The Board held seven meetings and considered 52 matters in 2024. The CEO, Solveig Kvarv, has "
              "led the company since 2019."),
        ("h", 2, "Operations"),
        ("p", "Water deliveries were 3.1 million cubic metres, a decline of {p:2.2 per cent|water deliveries} "
              "from 2023, mainly because of leak repairs in the network. All samples met the requirements of "
              "the Drinking Water Regulations."),
        ("p", "The new UV treatment step at Halsøy was completed in September at a cost of NOK 11.8 million."),
        ("h", 2, "Working environment and equality"),
        ("p", "Sickness absence was {p:4.1 per cent|sickness absence} (2023: {p:5.3 per cent|sickness absence}). No "
              "injuries causing absence were recorded. Of the 21 employees, four are women; the Board "
              "has two women and three men."),
        ("h", 2, "Financial statements"),
        ("p", "The accounts have been prepared on the going concern assumption. The profit for the year of "
              "NOK 2.2 million is transferred to other equity."),
        ("stmt", pl, {"title": "Statement of profit or loss"}),
        ("stmt", fp, {"title": "Statement of financial position"}),
        ("sign", "{g:Mosjøen}, 27 February 2025",
         [("Kristin Aune Ravatn", "Chair"), ("Bård Nygjelten", "Deputy Chair"), ("Sissel Hatlen Moe", "Board member"),
          ("Eivind Trostheim", "Board member"), ("Joakim Lund Sæter", "Board member"),
          ("Solveig Kvarv", "Managing Director")]),
    ]
    return {
        "name": "vefsna-water-2024", "year": 2024, "title": "Vefsna Water IKS – Annual Report 2024",
        "organization": {"name": "Vefsna Water IKS", "founded_year": 2003,
                         "owners": [{"name": "Vefsn Municipality", "share_percent": 68.4},
                                    {"name": "Grane Municipality", "share_percent": 18.9},
                                    {"name": "Hattfjelldal Municipality", "share_percent": 12.7}]},
        "ceo": "Solveig Kvarv", "board": board, "items": items, "renditions": ["chrome"],
        "html_lang": "en", "accent": "0B5563", "places_optional": ["Halsøy"],
        "not_board": ["Per Ove Granmo"],
        "notes": "An English-only annual report of a Norwegian water IKS (2024), HTML printed by Chromium. "
                 "Owners in a table with decimal points (68.4 %). Board in a ruled Name | Position | Appointed "
                 "by table (Chair, Deputy Chair, a member 'Elected by the employees'), five personal deputies named "
                 "in one prose sentence after it (VARA); the daglig leder is "
                 "'Managing Director' in the facts box and signatures, 'The CEO' in prose. The chair of the "
                 "Council of Representatives is not board. Statements 'Statement of profit or loss' and "
                 "'Statement of financial position' in NOK thousand with parentheses for negatives.",
    }


REPORTS = [lyngtroa_brl_2019, heddalsmo_1996, vangsas_historielag_2008, vefsna_water_2024]
