"""Sixteenth-round statement cases (docs/phrasings.md §64), from statements and key figures read on
real wording: a bank's mirrored parent and group columns whose unit is "(NOKm)" in the label
column's header; the other comprehensive income printed under the year's result ("Utvidet
resultat": its "Skatt" is no tax cost of the year); a savings bank's key-figure note with "% av
GFK" columns between the years and its own labels ("Driftsresultat før skatt", "Resultat for
regnskapsåret"); a quarter's, a tertial's or a half-year's figures in prose, and an underlying
result; small clubs' minutes ("et underskudd på 58 400,-", a budget for the current year beside
the year's result, a part's result beside the whole's); prior years first, a budget between the
years, five years oldest first, a housing co-operative's and a parish council's forms, a total that
does not add up. Organisations and figures are invented; wordings are paraphrased."""
from probes.spec import H, P, T, Expect, Figure, Probe

FORMATS = ("docx", "pdf", "tight")


def g16(id_, items, expect, lang="nb", formats=FORMATS, title=None):
    default = {"nb": "Årsrapport 2023", "nn": "Årsmelding 2023", "en": "Annual report 2023"}[lang]
    return Probe(f"g16f-{id_}", "statements", tuple(items), expect, lang="nb" if lang == "en" else lang,
                 formats=formats, title=title or default)


def F(key, year, value, scope=None, basis="actual"):
    return Figure(key, year, value, scope=scope, basis=basis)


# --- 1. the unit "(NOKm)" in the header of a mirrored parent/group statement ----------------------------
# parent 2023: 3 410 - 1 620 = 1 790 before losses; - 45 = 1 745 before tax; - 392 = 1 353
# group 2023: 4 205 - 2 130 = 2 075; - 38 = 2 037; - 470 = 1 567 (2022: parent 1 212, group 1 388)
MIRRORED = (("Parent bank", "", "", "", "Group", ""),
            ("2022", "2023", "(NOKm)", "Note", "2023", "2022"),
            ("3 050", "3 410", "Total income", "4", "4 205", "3 790"),
            ("1 480", "1 620", "Total operating expenses", "4", "2 130", "1 955"),
            ("1 570", "1 790", "Result before losses", "", "2 075", "1 835"),
            ("12", "45", "Loss on loans, guarantees etc.", "10", "38", "20"),
            ("1 558", "1 745", "Result before tax", "", "2 037", "1 815"),
            ("346", "392", "Tax charge", "23", "470", "427"),
            ("1 212", "1 353", "Net profit", "", "1 567", "1 388"))
PROBES = [
    g16("en-nokm-mirrored", (H("Income statement", 2), T(MIRRORED)),
        Expect(key_figures=(F("arsresultat", 2023, 1353e6, scope="company"), F("arsresultat", 2022, 1212e6, scope="company"),
                            F("arsresultat", 2023, 1567e6, scope="group"), F("resultat_for_skatt", 2023, 2037e6, scope="group")),
               absent_figures=(F("arsresultat", 2023, 1353), F("arsresultat", 2023, 1567), F("resultat_for_skatt", 2023, 1745))),
        lang="en"),
    # the English way of grouping thousands ("3,410") under "(NOKm)": 3 410 million, not 3,41 million
    g16("en-nokm-comma-thousands", (H("Income statement", 2),
                                    T(tuple(tuple(c.replace(" ", ",") if c[:1].isdigit() else c for c in row)
                                            for row in MIRRORED))),
        Expect(key_figures=(F("arsresultat", 2023, 1353e6, scope="company"), F("arsresultat", 2023, 1567e6, scope="group"),
                            F("driftsinntekter", 2022, 3790e6, scope="group")),
               absent_figures=(F("arsresultat", 2023, 1.353e6), F("arsresultat", 2023, 1353), F("arsresultat", 2023, 1.567e6))),
        lang="en"),
    # key figures under "NOK million", thousands grouped with commas; the underlying result is no key
    g16("en-key-figures-nok-million", (H("Key figures", 2),
                                       T((("NOK million", "2023", "2022"), ("Revenues and other income", "14,506", "16,210"),
                                          ("EBITDA", "9,870", "11,032"), ("Operating profit (EBIT)", "8,415", "9,902"),
                                          ("Underlying operating profit", "8,990", "10,150"),
                                          ("Profit before tax", "8,120", "9,455"), ("Profit after tax", "3,306", "2,871"),
                                          ("Equity ratio (%)", "47 %", "45 %")))),
        Expect(key_figures=(F("driftsinntekter", 2023, 14506e6), F("driftsresultat", 2023, 8415e6),
                            F("ordinaert_resultat", 2022, 2871e6)),
               absent_figures=(F("driftsresultat", 2023, 8.415e6), F("driftsresultat", 2023, 8990e6),
                               F("ordinaert_resultat", 2023, 3.306e6))),
        lang="en"),
    # the unit in the heading, one entity
    g16("en-nokm-heading", (H("Income statement (NOKm)", 2),
                            T((("", "Note", "2023", "2022"), ("Total income", "4", "4 205", "3 790"),
                               ("Total operating expenses", "", "2 130", "1 955"), ("Result before tax", "", "2 037", "1 815"),
                               ("Net profit", "", "1 567", "1 388")))),
        Expect(key_figures=(F("arsresultat", 2023, 1567e6), F("resultat_for_skatt", 2022, 1815e6)),
               absent_figures=(F("arsresultat", 2023, 1567),)),
        lang="en"),
]


# --- 2. the other comprehensive income under the year's result ------------------------------------------
# the statement of comprehensive income: the year's result, then items that are not in it; their
# "Skatt" is the tax on those items, not the year's tax cost
TOTAL = (("(Beløp i 1000 kroner)", "Note", "2023", "2022"),
         ("Årsresultat", "", "184 310", "162 905"),
         ("Utvidet resultat", "", "", ""),
         ("Poster som ikke vil bli reklassifisert over resultatet", "", "", ""),
         ("Aktuarmessige gevinster og tap på pensjoner", "11", "(4 120)", "(2 870)"),
         ("Skatt", "17", "906", "631"),
         ("Poster som kan bli reklassifisert over resultatet", "", "", ""),
         ("Omregningsdifferanser valuta", "", "1 540", "(3 210)"),
         ("Periodens utvidede resultat", "", "(1 674)", "(5 449)"),
         ("Totalresultat for perioden", "", "182 636", "157 456"))
# the income statement and the comprehensive income in one table: 1 204 800 - 1 010 300 = 194 500;
# + 12 200 = 206 700 before tax; - 45 474 = 161 226
IN_ONE = (("Beløp i 1000 kr", "Note", "2023", "2022"),
          ("Sum driftsinntekter", "2", "1 204 800", "1 118 200"), ("Sum driftskostnader", "3", "1 010 300", "951 400"),
          ("Driftsresultat", "", "194 500", "166 800"), ("Netto finansposter", "", "12 200", "8 100"),
          ("Resultat før skattekostnad", "", "206 700", "174 900"), ("Skattekostnad", "12", "45 474", "38 478"),
          ("Årsresultat", "", "161 226", "136 422"),
          ("Andre inntekter og kostnader", "", "", ""),
          ("Estimatavvik pensjoner", "", "-3 300", "-1 900"), ("Skatt", "", "726", "418"),
          ("Totalresultat", "", "158 652", "134 940"))
PROBES += [
    g16("oci-statement-tax", (H("Oppstilling av totalresultat", 2), T(TOTAL)),
        Expect(key_figures=(F("arsresultat", 2023, 184310e3), F("arsresultat", 2022, 162905e3)),
               absent_figures=(F("skattekostnad", 2023, 906e3), F("skattekostnad", 2022, 631e3)))),
    g16("oci-under-income-statement", (H("Resultatregnskap", 2), T(IN_ONE)),
        Expect(key_figures=(F("skattekostnad", 2023, 45474e3), F("arsresultat", 2023, 161226e3),
                            F("resultat_for_skatt", 2022, 174900e3)),
               absent_figures=(F("skattekostnad", 2023, 726e3), F("skattekostnad", 2022, 418e3)))),
    g16("oci-en", (H("Statement of comprehensive income", 2),
                   T((("(NOK 1 000)", "Note", "2023", "2022"), ("Profit for the year", "", "84 310", "72 905"),
                      ("Other comprehensive income", "", "", ""), ("Remeasurement of pensions", "11", "(2 120)", "(870)"),
                      ("Tax", "17", "466", "191"), ("Total comprehensive income", "", "82 656", "72 226")))),
        Expect(key_figures=(F("arsresultat", 2023, 84310e3),),
               absent_figures=(F("skattekostnad", 2023, 466e3), F("arsresultat", 2023, 82656e3))),
        lang="en"),
]


# --- 3. a savings bank's key-figure note: "% av GFK" between the years, its own labels -------------------
# 2023: 402 310 - 160 120 = 242 190 net interest; + 61 300 = 303 490 income; - 148 260 = 155 230 before
# losses; - 12 400 = 142 830; + 1 100 = 143 930 before tax; - 33 105 = 110 825
BANK = (("RESULTATREGNSKAP", "2023", "% av GFK", "2022", "% av GFK"),
        ("Renteinntekter og lignende inntekter", "402.310", "3,41", "351.880", "3,12"),
        ("Rentekostnader og lignende kostnader", "160.120", "1,36", "128.440", "1,14"),
        ("NETTO RENTE- OG KREDITTPROVISJONSINNTEKTER", "242.190", "2,05", "223.440", "1,98"),
        ("NETTO ANDRE DRIFTSINNTEKTER", "61.300", "0,52", "58.120", "0,52"),
        ("SUM DRIFTSINNTEKTER", "303.490", "2,57", "281.560", "2,50"),
        ("SUM DRIFTSKOSTNADER", "148.260", "1,26", "139.700", "1,24"),
        ("DRIFTSRESULTAT FØR TAP", "155.230", "1,32", "141.860", "1,26"),
        ("Tap på utlån, garantier mv.", "12.400", "0,11", "9.800", "0,09"),
        ("DRIFTSRESULTAT ETTER TAP", "142.830", "1,21", "132.060", "1,17"),
        ("Gevinst/tap verdipapirer anleggsmidler", "1.100", "0,01", "-640", "-0,01"),
        ("DRIFTSRESULTAT FØR SKATT", "143.930", "1,22", "131.420", "1,17"),
        ("Skatt på ordinært resultat", "33.105", "0,28", "30.227", "0,27"),
        ("RESULTAT FOR REGNSKAPSÅRET", "110.825", "0,94", "101.193", "0,90"))
PROBES += [
    g16("bank-note-share-columns", (H("Note 9 Nøkkeltall", 2), P("(beløp i hele 1.000 kroner)"), T(BANK)),
        Expect(key_figures=(F("resultat_for_skatt", 2023, 143930e3), F("arsresultat", 2023, 110825e3),
                            F("arsresultat", 2022, 101193e3), F("skattekostnad", 2022, 30227e3)),
               absent_figures=(F("resultat_for_skatt", 2023, 155230e3), F("resultat_for_skatt", 2023, 142830e3),
                               F("arsresultat", 2023, 940), F("arsresultat", 2023, 0.94)))),
    # the older form's "Resultat av ordinær drift før skatt" in a small company's statement
    g16("ordinary-result-before-tax", (H("Resultatregnskap", 2),
                                       T((("", "Note", "2023", "2022"), ("Sum driftsinntekter", "", "5 310 400", "4 988 100"),
                                          ("Sum driftskostnader", "2", "5 102 900", "4 901 300"),
                                          ("Driftsresultat", "", "207 500", "86 800"), ("Netto finansposter", "", "-14 200", "-9 900"),
                                          ("Resultat av ordinær drift før skatt", "", "193 300", "76 900"),
                                          ("Skattekostnad på ordinært resultat", "", "42 526", "16 918"),
                                          ("Resultat for regnskapsåret", "", "150 774", "59 982")))),
        Expect(key_figures=(F("resultat_for_skatt", 2023, 193300), F("arsresultat", 2023, 150774),
                            F("arsresultat", 2022, 59982)))),
]


# --- 4. a part of the year in prose: a quarter's, a tertial's, a half-year's figures ---------------------
PROBES += [
    g16("prose-quarter-not-year", (H("Økonomi", 2),
                                   P("Driftsinntektene i tredje kvartal ble 48,3 millioner kroner, mot 44,1 millioner "
                                     "kroner i tilsvarende kvartal i fjor. Driftsresultatet i kvartalet ble 3,9 "
                                     "millioner kroner (2,7)."),
                                   P("Årsresultatet for 2023 ble kr 2 345 600.")),
        Expect(key_figures=(F("arsresultat", 2023, 2345600),),
               absent_figures=(F("driftsinntekter", 2023, 48.3e6), F("driftsinntekter", 2022, 44.1e6),
                               F("driftsresultat", 2023, 3.9e6)))),
    g16("prose-tertial-nn", (H("Resultat pr. 2. tertial", 2),
                             P("Rekneskapen pr. 2. tertial 2023 syner eit driftsresultat på 14,2 mill. kroner (11,9) "
                               "og eit resultat før skatt på 12,8 mill. kroner (10,1). Omsetninga vart 212,4 mill. "
                               "kroner (198,0).")),
        Expect(absent_figures=(F("driftsresultat", 2023, 14.2e6), F("resultat_for_skatt", 2023, 12.8e6),
                               F("driftsinntekter", 2023, 212.4e6))),
        lang="nn"),
    g16("prose-half-year-and-to-date", (H("Økonomi", 2),
                                        P("Regnskapet for første halvår viser et driftsresultat på kr 1 204 300 "
                                          "(kr 980 100). Driftsresultatet hittil i 2023 er kr 1 804 000."),
                                        P("Underliggende driftsresultat ble 12,1 millioner kroner i 2023.")),
        Expect(absent_figures=(F("driftsresultat", 2023, 1204300), F("driftsresultat", 2023, 1804000),
                               F("driftsresultat", 2023, 12.1e6)))),
]


# --- 5. a club's minutes: the year's result in prose beside a budget and a part's result ------------------
PROBES += [
    g16("prose-dash-money-mark", (H("Regnskap", 2),
                                  P("Regnskapet for 2023 for hele idrettslaget viste et underskudd på 58400,-, noe "
                                    "som må sees i lys av store investeringer i lysløypa.")),
        Expect(key_figures=(F("arsresultat", 2023, -58400),), absent_figures=(F("arsresultat", 2023, 58400),))),
    g16("prose-budget-current-year", (H("Økonomi", 2),
                                      P("Det er en sunn økonomi i laget. Totalt hadde vi et overskudd på 184.650 kr i "
                                        "2023. For inneværende år budsjetteres det med et overskudd på rundt 300.000 kr.")),
        Expect(key_figures=(F("arsresultat", 2023, 184650),),
               absent_figures=(F("arsresultat", 2023, 300000), F("arsresultat", 2024, 300000)))),
    g16("prose-part-beside-whole", (H("Årsmøtet", 2),
                                    P("Kasserer la fram regnskapet for 2023. Hytta, som har hatt store reparasjoner, "
                                      "kom greit ut: leieinntektene var på kr 96 200,- mens utgiftene kom på 101 400,-, "
                                      "altså et lite underskudd på kr – 5 200,-."),
                                    P("Hovedlaget hadde inntekter på kr 412 300,- og utgifter på kr 389 950,- dvs et "
                                      "overskudd på 22 350,- noe som er et godt resultat.")),
        # left: the cabin's own "utgiftene ... 101 400,-" is read as the year's costs, a loose doubt (§64)
        Expect(key_figures=(F("arsresultat", 2023, 22350),), absent_figures=(F("arsresultat", 2023, -5200),))),
]


# --- 6. column orders and forms ------------------------------------------------------------------------
# the prior year first, the note column after the years
PRIOR_FIRST = (("", "2022", "2023", "Note"), ("Sum driftsinntekter", "3 112 400", "3 390 800", "2"),
               ("Sum driftskostnader", "3 050 100", "3 287 300", "3"), ("Driftsresultat", "62 300", "103 500", ""),
               ("Årsresultat", "70 900", "118 200", ""))
# a budget between the years
BUDGET_BETWEEN = (("", "Regnskap 2022", "Budsjett 2023", "Regnskap 2023"),
                  ("Sum driftsinntekter", "3 112 400", "3 300 000", "3 390 800"),
                  ("Sum driftskostnader", "3 050 100", "3 250 000", "3 287 300"),
                  ("Årsresultat", "70 900", "50 000", "118 200"))
# five years, oldest first, in millions
FIVE = (("Tall i mill. kr", "2019", "2020", "2021", "2022", "2023"),
        ("Driftsinntekter", "41,2", "38,9", "43,5", "47,0", "51,8"), ("Driftsresultat", "1,9", "-0,8", "2,2", "2,6", "3,4"),
        ("Årsresultat", "1,5", "-1,1", "1,8", "2,0", "2,9"), ("Egenkapital", "18,4", "17,3", "19,1", "21,1", "24,0"),
        ("Egenkapitalandel", "44 %", "41 %", "43 %", "45 %", "48 %"))
# a result before one-off items printed above the operating result, a unit column between
ONE_OFF = (("Konsern", "", "2023", "2022", "2021", "2020", "2019"),
           ("Driftsinntekter", "mill. kr", "18 412", "17 905", "17 220", "16 870", "16 402"),
           ("Driftsresultat før engangsposter", "mill. kr", "912", "874", "801", "760", "705"),
           ("Driftsmargin (før engangsposter)", "prosent", "5,0", "4,9", "4,7", "4,5", "4,3"),
           ("Driftsresultat (EBIT)", "mill. kr", "655", "830", "412", "701", "640"),
           ("Resultat før skatt", "mill. kr", "590", "776", "350", "660", "602"),
           ("Egenkapitalandel", "prosent", "38,1", "37,4", "36,0", "35,2", "34,8"))
PROBES += [
    g16("result-before-one-offs", (H("Nøkkeltall", 2), T(ONE_OFF)),
        Expect(key_figures=(F("driftsresultat", 2023, 655e6), F("driftsresultat", 2021, 412e6),
                            F("driftsinntekter", 2019, 16402e6)),
               absent_figures=(F("driftsresultat", 2023, 912e6), F("driftsresultat", 2021, 801e6)))),
    g16("prior-year-first-note-last", (H("Resultatregnskap", 2), T(PRIOR_FIRST)),
        Expect(key_figures=(F("driftsinntekter", 2023, 3390800), F("arsresultat", 2022, 70900)),
               absent_figures=(F("driftsinntekter", 2023, 3112400), F("arsresultat", 2023, 2)))),
    g16("budget-between-years", (H("Resultatregnskap", 2), T(BUDGET_BETWEEN)),
        Expect(key_figures=(F("driftsinntekter", 2023, 3390800), F("arsresultat", 2022, 70900)),
               absent_figures=(F("arsresultat", 2023, 50000), F("driftsinntekter", 2023, 3300000)))),
    g16("five-years-oldest-first", (H("Nøkkeltall", 2), T(FIVE)),
        Expect(key_figures=(F("driftsinntekter", 2023, 51.8e6), F("arsresultat", 2020, -1.1e6),
                            F("sum_egenkapital", 2023, 24.0e6)),
               absent_figures=(F("driftsinntekter", 2023, 41.2e6),))),
]

# a housing co-operative's statement: "Felleskostnader", budgets beside the accounts, disposable means
# 2023: 3 812 400 + 41 200 = 3 853 600; costs 3 701 350; 152 250; - 88 900 = 63 350
BORETTSLAG = (("", "Note", "Regnskap 2023", "Regnskap 2022", "Budsjett 2023", "Budsjett 2024"),
              ("Innkrevde felleskostnader", "2", "3 812 400", "3 640 800", "3 812 000", "4 120 000"),
              ("Andre inntekter", "", "41 200", "38 900", "40 000", "40 000"),
              ("Sum driftsinntekter", "", "3 853 600", "3 679 700", "3 852 000", "4 160 000"),
              ("Driftskostnader", "3", "3 701 350", "3 544 100", "3 690 000", "3 950 000"),
              ("Driftsresultat", "", "152 250", "135 600", "162 000", "210 000"),
              ("Netto finansposter", "", "-88 900", "-92 300", "-90 000", "-150 000"),
              ("Årsresultat", "", "63 350", "43 300", "72 000", "60 000"),
              ("Disponible midler pr. 31.12.", "", "1 204 800", "1 118 300", "", ""))
# a parish council's form: "Regnskap i fjor" names the prior year without printing it
SOKN = (("Driftsregnskap", "Regnskap 2023", "Regulert budsjett", "Opprinnelig budsjett", "Regnskap i fjor"),
        ("Sum driftsinntekter", "-2 914 300", "-2 880 000", "-2 850 000", "-2 766 100"),
        ("Sum driftsutgifter", "2 861 900", "2 880 000", "2 850 000", "2 742 400"),
        ("Brutto driftsresultat", "-52 400", "0", "0", "-23 700"),
        ("Netto driftsresultat", "-52 400", "0", "0", "-23 700"))
# printed error: the rows add to 5 421 300, the total line prints 5 412 300
MISPRINTED = (("", "2023", "2022"), ("Salgsinntekter", "4 120 500", "3 988 000"), ("Tilskudd", "1 300 800", "1 250 000"),
              ("Sum driftsinntekter", "5 412 300", "5 238 000"), ("Sum driftskostnader", "5 301 100", "5 190 400"),
              ("Driftsresultat", "111 200", "47 600"), ("Årsresultat", "104 900", "41 300"))
PROBES += [
    g16("housing-coop-budgets", (H("Resultatregnskap for Lerkehaugen borettslag", 2), T(BORETTSLAG)),
        Expect(key_figures=(F("driftsinntekter", 2023, 3853600), F("arsresultat", 2023, 63350), F("arsresultat", 2022, 43300)),
               absent_figures=(F("arsresultat", 2023, 72000), F("arsresultat", 2024, 60000), F("driftsinntekter", 2023, 3852000)))),
    g16("parish-last-year-unnamed", (H("Driftsregnskap for Nordvik sokn", 2), T(SOKN)),
        Expect(key_figures=(F("driftsinntekter", 2023, 2914300), F("driftsinntekter", 2022, 2766100)),
               absent_figures=(F("driftsinntekter", 2023, 2880000), F("driftsinntekter", 2023, -2914300)))),
    g16("total-line-misprinted", (H("Resultatregnskap", 2), T(MISPRINTED)),
        Expect(flagged_figures=(F("driftsinntekter", 2023, 5412300),),
               absent_figures=(F("driftsinntekter", 2023, 5421300),))),
]
