"""Seventh reading (docs/phrasings.md §26): places, percentages and NAV programs as older and
smaller organisations write them. Places: a branch named after where it is ("Avdeling Moss"), a
place given by a label ("Forretningskommune: Moss", nn "Hovudkontor: Nes"), the town after a
street address with no postal code ("Strandgata 4, Moss"), municipalities and counties valid in
the report's year only (Røyken and Hurum in 2018, Sogn og Fjordane and Flora in 2003, Viken named
in 2024), a municipality number before the name in a table; names that stay out (a church named
after its parish, a tree species that is also a municipality). Percentages: the first of two
numbers sharing one unit ("henholdsvis 4,2 og 5,1 prosent", "fra 15 til 30 prosent"), "100 %"
of a purchase, a "%" column. Programs: counts in parentheses after the codes ("VTA (20) og AFT
(10)"), the split codes VTA-S and VTA-O, a count after "var" ("Antall VTA-plasser var 25"), a
count of a program that has no code here (Arbeid med bistand) that must not be given to VTA.
Names, figures and sentences are invented; place names are real municipalities."""
from probes.spec import H, P, T, Expect, Probe

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _place(case_id, items, places=(), absent=(), **kw) -> Probe:
    return Probe(f"g7-{case_id}", "places", tuple(items), Expect(places=places, absent_places=absent), **kw)


def _pct(case_id, items, percentages=(), absent=(), **kw) -> Probe:
    return Probe(f"g7-{case_id}", "percentages", tuple(items),
                 Expect(percentages=percentages, absent_percentages=absent), **kw)


def _prog(case_id, items, programs, **kw) -> Probe:
    return Probe(f"g7-{case_id}", "programs", tuple(items), Expect(programs=programs), **kw)


PROBES = [
    # --- a branch named after where it is -------------------------------------------------------
    _place("branch-named-after-place", (
        H("Avdelinger", 2),
        P("Avdeling Moss hadde 14 deltakere i 2023, mens avdeling Råde hadde ni."),
    ), ("Moss", "Råde")),
    _place("branch-named-after-place-nn", (
        H("Avdelingar", 2),
        P("Avdeling Vik har sju tilsette og avdeling Stryn fem."),
    ), ("Vik", "Stryn"), **NN),
    _place("branch-word-not-place", (
        H("Organisasjon", 2),
        P("Avdeling for økonomi og avdeling Produksjon ble slått sammen i 2023."),
    ), absent=("Produksjon",)),
    # --- a label says a place follows -----------------------------------------------------------
    _place("label-forretningskommune", (
        H("Om selskapet", 2),
        P("Organisasjonsnummer: 987 654 321\nForretningskommune: Moss"),
    ), ("Moss",)),
    _place("label-hovudkontor-nn", (
        H("Om verksemda", 2),
        P("Hovudkontor: Nes\nTal tilsette: 12"),
    ), ("Nes",), **NN),
    _place("label-person-not-place", (
        H("Kontakt", 2),
        P("Kontaktperson: Ola Moss\nTelefon: 22 33 44 55"),
    ), absent=("Moss",)),
    # --- the town after a street address without a postal code ----------------------------------
    _place("address-then-town", (
        H("Kontaktinformasjon", 2),
        P("Besøksadresse: Strandgata 4, Moss"),
    ), ("Moss",)),
    _place("address-then-town-nn", (
        H("Lokale", 2),
        P("Kontoret ligg i Storgata 12, Vik, sidan hausten 2022."),
    ), ("Vik",), **NN),
    # --- names valid in the report's year -------------------------------------------------------
    _place("municipalities-before-merger", (
        H("Virksomheten", 2),
        P("Bedriften holder til i Røyken og har en avdeling i Hurum."),
    ), ("Røyken", "Hurum"), title="Årsrapport 2018"),
    _place("county-dissolved-after", (
        H("Økonomi", 2),
        P("Selskapet fikk driftstilskudd fra Viken fylkeskommune fram til 2023."),
    ), ("Viken",), title="Årsrapport 2024"),
    _place("old-county-and-town-nn", (
        H("Laget", 2),
        P("Laget er med i Sogn og Fjordane krins, og leiaren kjem frå Flora."),
    ), ("Sogn og Fjordane", "Flora"), lang="nn", title="Årsmelding 2003"),
    _place("old-municipality-word-nn", (
        H("Beredskap", 2),
        P("Tre medlemer er kontaktpersonar i beredskapsgruppa i Eid kommune."),
    ), ("Eid",), lang="nn", title="Årsmelding 2007"),
    _place("head-office-and-towns", (
        H("Virksomhetens art", 2),
        P("Hovedkontoret ligger i Askim, og bedriften har i tillegg virksomhet i Mysen og Sarpsborg."),
    ), ("Askim", "Mysen", "Sarpsborg"), title="Årsrapport 2009"),
    Probe("g7-municipality-number-column", "places", (
        H("Eierkommuner", 2),
        T((("Kommunenr.", "Kommune", "Aksjer"), ("3002", "Moss", "600"), ("3017", "Råde", "400"))),
    ), Expect(places=("Moss", "Råde")), formats=PDF),
    # --- lists joined by slashes or semicolons ----------------------------------------------------
    _place("slash-joined-names", (
        H("Regionen", 2),
        P("Tønsberg/Horten og Skien/Porsgrunn har flest arbeidsplasser i fylket."),
    ), ("Tønsberg", "Horten", "Skien", "Porsgrunn")),
    _place("slash-joined-owners-with-word-name", (
        H("Eierskap", 2),
        P("Eierkommunene Moss/Råde/Våler har like store aksjeposter."),
    ), ("Moss", "Råde", "Våler")),
    _place("semicolon-list-nn", (
        H("Eigarar", 2),
        P("Eigarkommunar: Vik; Høyanger; Balestrand"),
    ), ("Vik", "Høyanger", "Balestrand"), **NN),
    _place("web-address-not-place", (
        H("Kontakt", 2),
        P("Les mer på www.nordvikvekst.no/Moss om tilbudet vårt."),
    ), absent=("Moss",)),
    # --- names that stay out --------------------------------------------------------------------
    _place("church-named-after-parish-nn", (
        H("Kyrkjebygg", 2),
        P("Messehakelen i Sande kyrkje vart restaurert i år."),
    ), absent=("Sande",), **NN),
    _place("tree-species-not-place", (
        H("Anlegg", 2),
        P("Gran og bjørk ble plantet langs den nye stien."),
    ), absent=("Gran",)),
    # --- percentages: two numbers sharing one unit ----------------------------------------------
    _pct("henholdsvis-first-without-unit", (
        H("Arbeidsmiljø", 2),
        P("Sykefraværet var henholdsvis 4,2 og 5,1 prosent i de to avdelingene."),
    ), ((4.2, "sykefraværet"), (5.1, "sykefraværet"))),
    _pct("fra-til-first-without-unit", (
        H("Resultater", 2),
        P("Andelen deltakere som gikk over til arbeid, økte fra 15 til 30 prosent."),
    ), ((15, "andelen"), (30, "andelen"))),
    _pct("fra-til-first-without-unit-nn", (
        H("Medlemer", 2),
        P("Delen medlemer under 30 år auka frå 12 til 14 prosent i fjor."),
    ), ((12, "medlemer"), (14, "medlemer")), **NN),
    _pct("fra-til-years-not-percent", (
        H("Historikk", 2),
        P("Fra 2015 til 2019 vokste klubben med 20 prosent."),
    ), ((20, "klubben"),), absent=(2015, 2019)),
    # --- percentages: the unit in a label some words before the verb -----------------------------
    _pct("label-names-unit-words-between", (
        H("Likestilling", 2),
        P("Prosentandelen kvinner i styret var 45 ved utgangen av året."),
    ), ((45, "kvinner"),)),
    _pct("label-names-unit-words-between-nn", (
        H("Medlemer", 2),
        P("Svarprosenten i undersøkinga var 68, om lag som året før."),
    ), ((68, "Svarprosenten"),), **NN),
    _pct("label-names-unit-not-millions", (
        H("Økonomi", 2),
        P("Prosentandelen av budsjettet var 45 millioner kroner lavere enn året før."),
    ), absent=(45,)),
    # --- percentages: shares --------------------------------------------------------------------
    _pct("purchase-100-percent", (
        H("Eierforhold", 2),
        P("Datterselskapet ble 100 % ervervet i fjerde kvartal."),
    ), ((100, "ervervet"),)),
    Probe("g7-percent-column-header", "percentages", (
        H("Likestilling", 2),
        T((("", "Antall", "%"), ("Kvinner", "12", "40"), ("Menn", "18", "60"))),
    ), Expect(percentages=((40, "Kvinner"), (60, "Menn")), absent_percentages=(12, 18)), formats=PDF),
    # --- sick leave: a total row under year columns, a total after its parts -----------------------
    Probe("g7-sick-leave-total-row", "staff", (
        H("Arbeidsmiljø", 2),
        T((("Fravær", "2023", "2022"), ("Korttid", "1,2 %", "1,0 %"), ("Langtid", "3,1 %", "2,8 %"),
           ("Totalt", "4,3 %", "3,8 %"))),
    ), Expect(sick_leave=4.3, percentages=((4.3, "Totalt"),)), formats=PDF),
    Probe("g7-sick-leave-total-row-nn", "staff", (
        H("Arbeidsmiljø", 2),
        T((("Sjukefråvær", "2022", "2023"), ("Eigenmeldt", "0,9", "1,1"), ("Legemeldt", "4,0", "3,6"),
           ("Samla", "4,9", "4,7"))),
    ), Expect(sick_leave=4.7), **NN),
    Probe("g7-sick-leave-total-after-parts", "staff", (
        H("Arbeidsmiljø", 2),
        P("Det legemeldte sykefraværet var 3,9 %, og det egenmeldte 1,1 %. Samlet sykefravær ble 5,0 %."),
    ), Expect(sick_leave=5.0)),
    Probe("g7-sick-leave-laag-paa-nn", "staff", (
        H("Arbeidsmiljø", 2),
        P("Sjukefråværet låg på 4,1 % i 2023."),
    ), Expect(sick_leave=4.1), **NN),
    # --- percentages: alternatives and ranges in words ------------------------------------------
    _pct("alternatives-eller", (
        H("Resultat", 2),
        P("Overskuddet utgjør 2,1 eller 3,4 prosent av inntektene, alt etter beregningsmåte."),
    ), ((2.1, "overskuddet"), (3.4, "overskuddet"))),
    _pct("owner-shares-elliptic", (
        H("Eierforhold", 2),
        P("Moss kommune eier 51 % av aksjene, Råde kommune 49 %."),
    ), ((51, "aksjene"), (49, "Råde"))),
    # --- programs: counts in parentheses after the codes ----------------------------------------
    _prog("counts-in-parentheses", (
        H("Tiltak", 2),
        P("Bedriften har 30 tiltaksplasser, fordelt på VTA (20) og AFT (10)."),
    ), {"VTA": 20, "AFT": 10}),
    _prog("counts-in-parentheses-nn", (
        H("Tiltak", 2),
        P("Verksemda har 26 tiltaksplassar: VTA (18) og AFT (8)."),
    ), {"VTA": 18, "AFT": 8}, **NN),
    # --- programs: VTA-S and VTA-O ---------------------------------------------------------------
    _prog("vta-s-and-vta-o", (
        H("Tiltak", 2),
        P("Vi har 24 plasser i VTA-S. I tillegg har vi 6 plasser i VTA-O hos lokale arbeidsgivere."),
    ), {"VTA": 24, "VTO": 6}),
    Probe("g7-vta-s-vta-o-table", "programs", (
        H("Tiltaksplasser", 2),
        T((("Tiltak", "Plasser"), ("VTA-S", "24"), ("VTA-O", "6"))),
    ), Expect(programs={"VTA": 24, "VTO": 6}), formats=PDF),
    # --- programs: the count after the verb ------------------------------------------------------
    _prog("count-after-var", (
        H("Tiltak", 2),
        P("Antall VTA-plasser var 25 ved utgangen av året."),
    ), {"VTA": 25}),
    _prog("count-after-var-nn", (
        H("Tiltak", 2),
        P("Talet på AFT-plassar var 14 ved utgangen av året."),
    ), {"AFT": 14}, **NN),
    _prog("count-after-var-two-years", (
        H("Tiltak", 2),
        P("Antall VTA-plasser var 38 i 2022 og 41 i 2023."),
    ), {"VTA": 41}),
    _prog("year-in-parentheses-not-count", (
        H("Kvalitet", 2),
        P("Rapporten om kvaliteten i VTA (2023) er sendt til NAV."),
    ), {}),
    # --- programs: a count that belongs to no code here -----------------------------------------
    _prog("other-program-count-not-vta", (
        H("Tiltak", 2),
        P("Bedriften har 22 VTA-plasser og er også tiltaksarrangør for arbeid med bistand med 15 plasser."),
    ), {"VTA": 22}),
    _prog("person-years-beside-places", (
        H("Virksomheten", 2),
        P("Bedriften har 18 årsverk i administrasjonen og 40 VTA-plasser."),
    ), {"VTA": 40}),
    _prog("approved-places-innen-nn", (
        H("Tiltak", 2),
        P("Verksemda er godkjend for 25 plassar innan varig tilrettelagt arbeid."),
    ), {"VTA": 25}, **NN),
]
