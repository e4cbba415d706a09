"""Eighth reading (docs/phrasings.md §32): places, percentages, NAV programs, staff and
organisation facts. Places first: a person's surname that is also a place name ("Per Sand",
"Kari M. Vik", "Anne Berg Lunde", a surname used alone once the person is named) is never a
place, while the same word governed as a place ("avdelinga i Sand") is; a place name that is
also a common word ("Hole", "Sel", "Nes", "Lier") used as the word is no place, while "Moss
kommune", "i Hole", "på Nes" are. Names, figures and sentences are invented; place names are
real municipalities and post towns."""
from probes.spec import H, P, T, Expect, Li, Probe, Sign

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _prog(case_id, items, programs, **kw) -> Probe:
    return Probe(f"g8-{case_id}", "programs", tuple(items), Expect(programs=programs), **kw)


def _staff(case_id, items, **kw) -> Probe:
    opts = {k: kw.pop(k) for k in ("lang", "title", "formats") if k in kw}
    return Probe(f"g8-{case_id}", "staff", tuple(items), Expect(**kw), **opts)


def _org(case_id, items, **kw) -> Probe:
    opts = {k: kw.pop(k) for k in ("lang", "title", "formats") if k in kw}
    return Probe(f"g8-{case_id}", "organisation", tuple(items), Expect(**kw), **opts)


def _place(case_id, items, places=(), absent=(), **kw) -> Probe:
    return Probe(f"g8-{case_id}", "places", tuple(items), Expect(places=places, absent_places=absent), **kw)


PROBES = [
    # --- a surname that is also a place ----------------------------------------------------------
    _place("surnames-board-prose", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av Kari Vik (leder), Per Sand, Anne Moen og Ola Lunde."),
        H("Virksomheten", 2),
        P("Bedriften har avdelinger i Bø og på Voss."),
    ), ("Bø", "Voss"), ("Vik", "Sand", "Moen", "Lunde")),
    _place("surnames-board-prose-nn", (
        H("Styret", 2),
        P("Styret har i 2023 vore: Kari Vestre (leiar), Per Strand, Guro Dal og Nils Berg."),
        H("Verksemda", 2),
        P("Laget held til i Sande og har eit lager i Vik."),
    ), ("Sande", "Vik"), ("Strand", "Dal", "Berg"), **NN),
    _place("surname-and-place-same-word", (
        H("Styret", 2),
        P("Styremedlem Per Sand gikk ut av styret i juni."),
        H("Drift", 2),
        P("Avdelingen i Sand fikk nye lokaler i 2023."),
    ), ("Sand",)),
    _place("surname-and-place-same-word-nn", (
        H("Styret", 2),
        P("Styremedlem Synnøve Moen tok over som nestleiar."),
        H("Drift", 2),
        P("Kontoret på Moen vart pussa opp i haust."),
    ), ("Moen",), **NN),
    _place("surnames-with-initials", (
        H("Styret", 2),
        P("Styret har bestått av K. Vik, P. Sand og A. Moen, med Kari M. Strand som leder."),
        H("Virksomheten", 2),
        P("Vi har 14 deltakere i Lier."),
    ), ("Lier",), ("Vik", "Sand", "Moen", "Strand")),
    _place("double-surnames", (
        H("Styret", 2),
        P("Styreleder er Anne Berg Lunde, og styremedlemmer er Ola Strand Moen og Tone Dal Vik."),
        H("Drift", 2),
        P("All drift foregår i Hole kommune."),
    ), ("Hole",), ("Berg", "Lunde", "Strand", "Moen", "Dal", "Vik")),
    _place("surname-first-table", (
        H("Styrets sammensetning", 2),
        T((("Navn", "Verv"), ("Vik, Kari", "Styreleder"), ("Sand, Per", "Nestleder"), ("Moen, Anne", "Styremedlem"))),
        P("Selskapet holder til i Voss kommune."),
    ), ("Voss",), ("Vik", "Sand", "Moen"), formats=PDF),
    _place("surname-alone-later", (
        H("Daglig leder", 2),
        P("Daglig leder har vært Anne Voss siden 2015. Voss har ledet arbeidet med ny strategi."),
        P("Bygland har vært styreleder i seks år, og Ola Bygland gikk av i mars."),
        H("Virksomheten", 2),
        P("Bedriften driver i Moss og Råde."),
    ), ("Moss", "Råde"), ("Voss", "Bygland")),
    _place("surname-alone-later-nn", (
        H("Dagleg leiar", 2),
        P("Dagleg leiar Torbjørn Kvam slutta i haust. Kvam har vore tilsett sidan 2009."),
        H("Verksemda", 2),
        P("Verksemda held til i Ulvik."),
    ), ("Ulvik",), ("Kvam",), **NN),
    _place("surnames-signature", (
        H("Styrets beretning", 2),
        P("Styret mener årsregnskapet gir et rettvisende bilde av stillingen."),
        Sign((("Kari Vik", "styreleder"), ("Per Sand", "nestleder"), ("Anne Berg Moen", "styremedlem"),
              ("Ola Strand", "styremedlem"), ("Tone Dal", "daglig leder")), place_date="Voss, 14. mars 2024"),
    ), ("Voss",), ("Vik", "Sand", "Moen", "Berg", "Strand", "Dal"), formats=PDF),
    _place("surnames-signature-caps-nn", (
        H("Styremelding", 2),
        P("Styret meiner rekneskapen gjev eit rett bilete av stillinga."),
        Sign((("KARI LUNDE", "styreleiar"), ("PER HOLE", "styremedlem"), ("ANNE STRAND", "styremedlem")),
             place_date="Bø, 10. mars 2024"),
    ), ("Bø",), ("Lunde", "Hole", "Strand"), formats=PDF, **NN),
    _place("surnames-committee-list", (
        H("Valgkomité", 2),
        Li("Per Sand"),
        Li("Kari Moen"),
        Li("Sølvi Vik"),
        H("Om laget", 2),
        P("Laget ble stiftet på Nes i 1978."),
    ), ("Nes",), ("Sand", "Moen", "Vik")),
    _place("surnames-middle-names", (
        H("Styret", 2),
        P("Hans Petter Voss er styreleder. Ann Kristin Moen og Svein-Erik Sand er styremedlemmer."),
        P("Mohammed Vik ble valgt som vara."),
        H("Drift", 2),
        P("Alle plassene ligger i Os kommune."),
    ), ("Os",), ("Voss", "Moen", "Sand", "Vik")),
    _place("surname-then-place", (
        H("Styret", 2),
        P("Per Sand fra Vik ble valgt til styreleder, og Kari Voss i Lier ble nestleder."),
    ), ("Vik", "Lier"), ("Sand", "Voss")),
    _place("surname-column-table", (
        H("Medlemmer", 2),
        T((("Fornavn", "Etternavn", "Verv"), ("Kari", "Voss", "Leder"), ("Per", "Bygland", "Kasserer"),
           ("Anne", "Kvam", "Sekretær"))),
        P("Klubben har sitt anlegg i Tynset kommune."),
    ), ("Tynset",), ("Voss", "Bygland", "Kvam"), formats=PDF),
    _place("surname-after-role-nn", (
        H("Årsmøtet", 2),
        P("Årsmøtet vart leia av Gunnhild Tynset. Styreleiar Tynset takka for tilliten."),
        P("Møtet var i Stryn."),
    ), ("Stryn",), ("Tynset",), **NN),
    _place("surname-auditor", (
        H("Revisor", 2),
        P("Revisor er Revisjon Vest AS v/ Sølvi Voss. Voss har vært revisor for laget i fire år."),
        P("Laget holder til i Lier."),
    ), ("Lier",), ("Voss",)),
    # --- a place name that is also a common word --------------------------------------------------
    _place("word-names-as-words", (
        H("Økonomi", 2),
        P("Hole i budsjettet ble dekket av fondet. Lier og bakker rundt anlegget ble ryddet."),
        P("Sel og hval ble talt på sjøtur. Nes og odder langs fjorden er fredet."),
    ), absent=("Hole", "Lier", "Sel", "Nes")),
    _place("word-names-as-words-nn", (
        H("Turar", 2),
        P("Ås og dalar låg under snø. Vang og enger vart slegne i august."),
        P("Hol i vegen vart fylte att, og Sande vart køyrd ut på stiane."),
    ), absent=("Ås", "Vang", "Hol", "Sande"), **NN),
    _place("word-names-as-places", (
        H("Virksomheten", 2),
        P("Moss kommune kjøper 12 plasser. Vi har også en avdeling i Hole og et verksted på Nes."),
        P("Deltakerne kommer fra Sel, Våler og Bygland."),
    ), ("Moss", "Hole", "Nes", "Sel", "Våler", "Bygland")),
    _place("word-names-as-places-nn", (
        H("Verksemda", 2),
        P("Vi har kontor i Lier og på Ås, og eit lager i Rana."),
        P("Hol kommune og Vang kommune er medeigarar."),
    ), ("Lier", "Ås", "Rana", "Hol", "Vang"), **NN),
    _place("word-names-in-heading", (
        H("Hole og sprekker i taket", 2),
        P("Taket på verkstedet ble reparert i 2023."),
        H("Sand og grus", 2),
        P("Vi solgte 400 tonn sand og grus."),
    ), absent=("Hole", "Sand")),
    # --- NAV programs: old and nynorsk wordings -------------------------------------------------
    _prog("vta-godkjende-plassar-nn", (
        H("Tiltak", 2),
        P("Verksemda har 32 godkjende plassar i varig tilrettelagt arbeid. Gjennomsnittleg tal på deltakarar "
          "var 35."),
    ), {"VTA": 32}, **NN),
    _prog("aft-tiltaksplassar-snitt-nn", (
        H("Tiltak", 2),
        P("I 2023 hadde vi 20 tiltaksplassar i AFT. Gjennomsnittleg tal på deltakarar i AFT var 26."),
    ), {"AFT": 20}, **NN),
    _prog("asvo-amb-plasser-old", (
        H("Virksomheten", 2),
        P("Bedriften hadde i 2005 40 ASVO-plasser og 25 AMB-plasser."),
    ), {"VTA": 40, "AFT": 25}, title="Årsberetning 2005"),
    _prog("asvo-aps-table-old", (
        H("Tiltaksplasser", 2),
        T((("Tiltak", "Plasser", "Deltakere"), ("ASVO", "30", "34"), ("APS", "12", "19"))),
    ), {"VTA": 30, "AFT": 12}, title="Årsberetning 2004", formats=PDF),
    _prog("vto-vta-i-ordinaer-bedrift", (
        H("Tiltak", 2),
        P("Bedriften har 28 VTA-plasser i skjermet virksomhet og 6 plasser i VTA i ordinær bedrift (VTO)."),
    ), {"VTA": 28, "VTO": 6}),
    _prog("inkluderingstilskudd-not-program", (
        H("Tiltak", 2),
        P("Vi har 18 plasser i AFT. Tolv arbeidsgivere fikk inkluderingstilskudd for 14 personer."),
    ), {"AFT": 18}),
    _prog("laerekandidatar-nn", (
        H("Opplæring", 2),
        P("Vi har 24 VTA-plassar, og fem lærekandidatar tok fagbrev i 2023."),
    ), {"VTA": 24, "LÆREKANDIDAT": None}, **NN),
    _prog("tiltaksplasser-fordelt-old", (
        H("Tiltak", 2),
        P("Bedriften disponerte 52 tiltaksplasser, fordelt på 36 ASVO-plasser og 16 plasser i APS."),
    ), {"VTA": 36, "AFT": 16}, title="Årsberetning 2007"),
    # --- staff and sick leave --------------------------------------------------------------------
    _staff("tilsette-fordelt-paa-aarsverk-nn", (
        H("Personale", 2),
        P("Ved årsskiftet hadde verksemda 23 tilsette fordelt på 19,4 årsverk."),
    ), employees=23, person_years=19.4, **NN),
    _staff("ansatte-i-prosent-stilling", (
        H("Ansatte", 2),
        P("Ved utgangen av året hadde bedriften 14 ansatte, hvorav tre i 80 prosent stilling. Sykefraværet var 4,4 %."),
    ), employees=14, sick_leave=4.4),
    _staff("sick-utgjorde-nn", (
        H("Arbeidsmiljø", 2),
        P("Sjukefråværet utgjorde 6,2 prosent i 2023, mot 7,0 prosent året før."),
    ), sick_leave=6.2, **NN),
    _staff("sick-legemeldt-egenmeldt-totalt", (
        H("Arbeidsmiljø", 2),
        P("Legemeldt fravær var 4,1 % og egenmeldt fravær 1,2 %. Totalt fravær var 5,3 %."),
    ), sick_leave=5.3),
    _staff("sick-dagsverk-old", (
        H("Arbeidsmiljø", 2),
        P("Fraværet på grunn av sykdom utgjorde 312 dagsverk, dvs. 5,6 % av samlet arbeidstid."),
    ), sick_leave=5.6, title="Årsberetning 2006"),
    _staff("sick-mulige-dagsverk-old", (
        H("Arbeidsmiljø", 2),
        P("Sykefraværet i 2006 var på 7,9 % av mulige dagsverk."),
    ), sick_leave=7.9, title="Årsberetning 2006"),
    _staff("sick-table-nn", (
        H("Sjukefråvær", 2),
        T((("", "2023", "2022"), ("Eigenmeldt", "1,1", "1,3"), ("Legemeldt", "4,0", "3,6"), ("Sum", "5,1", "4,9"))),
    ), sick_leave=5.1, formats=PDF, **NN),
    # --- organisation number in other forms ------------------------------------------------------
    _org("orgnr-foretaksnr", (
        H("Om selskapet", 2),
        P("Vekst Nord AS, foretaksnr. 983 456 782, er eid av fire kommuner."),
    ), org_number="983456782"),
    _org("orgnr-no-mva", (
        H("Kontakt", 2),
        P("Vekst Nord AS\nNO 983 456 782 MVA\nStorgata 3, 8006 Bodø"),
    ), org_number="983456782"),
    _org("orgnr-dotted-nn", (
        H("Om verksemda", 2),
        P("Fjordtiltak AS (org.nr. 983.456.782) er ei vekstbedrift i Sogn."),
    ), org_number="983456782", **NN),
    _org("orgnr-own-beside-owner", (
        H("Eigarforhold", 2),
        P("Fjordtiltak AS, org.nr. 983 456 782, er eigd av Fjordholding AS (org.nr. 912 345 602)."),
    ), org_number="983456782", **NN),
    # --- old counties and regions valid in their year --------------------------------------------
    _place("county-sor-trondelag-2016", (
        H("Virksomheten", 2),
        P("Stiftelsen har deltakere fra hele Sør-Trøndelag og fra Fosen."),
    ), ("Sør-Trøndelag", "Fosen"), title="Årsrapport 2016"),
    _place("county-vest-agder-2018", (
        H("Økonomi", 2),
        P("Prosjektet fikk tilskudd fra Vest-Agder fylkeskommune og Aust-Agder fylkeskommune."),
    ), ("Vest-Agder", "Aust-Agder"), title="Årsrapport 2018"),
    _place("county-troms-finnmark-2021-nn", (
        H("Verksemda", 2),
        P("Laget har medlemar i heile Troms og Finnmark."),
    ), ("Troms og Finnmark",), lang="nn", title="Årsmelding 2021"),
    _place("county-viken-2022", (
        H("Tilskudd", 2),
        P("Viken fylkeskommune ga 200 000 kroner til kurs i Asker og Bærum."),
    ), ("Viken", "Asker", "Bærum"), title="Årsrapport 2022"),
    _place("regions-nn", (
        H("Verksemda", 2),
        P("Vi har deltakarar frå heile Sunnhordland og frå Nordfjord."),
    ), ("Sunnhordland", "Nordfjord"), **NN),
    # --- a church council's members, each representing a parish or the municipality ----------------
    _place("fellesrad-members-repr", (
        H("Fellesrådet", 2),
        P("Fellesrådet har hatt disse medlemmene: Per Lie (repr. Sola menighetsråd), Anne Sand (repr. Tananger "
          "menighetsråd), Kari Strand (repr. Sola kommune) og Ola Hove (repr. biskopen)."),
    ), ("Sola",), ("Lie", "Sand", "Strand", "Hove"), title="Årsrapport 2012"),
    _place("fellesrad-members-table-nn", (
        H("Kyrkjeleg fellesråd", 2),
        T((("Namn", "Representerer"), ("Per Lie", "Vik sokneråd"), ("Anne Sand", "Vik kommune"),
           ("Guro Dal", "Balestrand sokneråd"))),
    ), ("Vik",), ("Lie", "Sand", "Dal"), formats=PDF, lang="nn", title="Årsmelding 2013"),
    _place("prosti-municipalities-nn", (
        H("Prostiet", 2),
        P("Prostiet femner om kommunane Vik og Balestrand, og samarbeider med Høyanger."),
    ), ("Vik", "Balestrand", "Høyanger"), lang="nn", title="Årsmelding 2013"),
    _place("fellesrad-neighbours-2008", (
        H("Om fellesrådet", 2),
        P("Nedre Eiker kirkelige fellesråd har Øvre Eiker og Drammen som nærmeste naboer."),
    ), ("Øvre Eiker", "Drammen"), title="Årsrapport 2008"),
    # --- last year's figure in parentheses, a year table, parts without a total ---------------------
    _prog("vta-prior-year-parenthesis", (
        H("Tiltak", 2),
        P("Antall VTA-plasser: 30 (28)\nAntall AFT-plasser: 12 (14)"),
    ), {"VTA": 30, "AFT": 12}),
    _prog("vta-year-table-nn", (
        H("Tiltaksplassar", 2),
        T((("Tiltak", "2023", "2022"), ("VTA-plassar", "30", "28"), ("AFT-plassar", "12", "10"))),
    ), {"VTA": 30, "AFT": 12}, formats=PDF, **NN),
    _prog("vta-auka-fraa-til-nn", (
        H("Tiltak", 2),
        P("Talet på VTA-plassar auka frå 24 til 28 i løpet av året."),
    ), {"VTA": 28}, **NN),
    _prog("amb-prose-no-acronym-old", (
        H("Virksomheten", 2),
        P("Bedriften er godkjent som arbeidsmarkedsbedrift med 40 plasser i kvalifisering i arbeidsmarkedsbedrift."),
    ), {"AFT": 40}, title="Årsberetning 2008"),
    _staff("sick-prior-year-parenthesis", (
        H("Arbeidsmiljø", 2),
        P("Sykefraværet var 5,1 % (6,3 %)."),
    ), sick_leave=5.1),
    _staff("sick-parts-no-total", (
        H("Arbeidsmiljø", 2),
        P("Korttidsfraværet var 1,2 % og langtidsfraværet 3,4 %."),
    ), low_confidence=("sick_leave",)),
    _staff("staff-key-value-prior-year", (
        H("Nøkkeltall", 2),
        P("Årsverk: 12,5 (11,8)\nAntall ansatte 31.12.: 17 (15)"),
    ), person_years=12.5, employees=17),
    _staff("staff-tilsette-i-stillingsprosent-nn", (
        H("Tilsette", 2),
        P("Ved utgangen av 2023 var det 9 tilsette, av dei fire i 50 prosent stilling. Til saman utgjer det 7,2 årsverk."),
    ), employees=9, person_years=7.2, **NN),
    _org("report-year-driftsaaret-nn", (
        H("Styret si melding for rekneskapsåret 2006", 2),
        P("Laget hadde eit godt år."),
    ), report_year=2006, lang="nn", title="Årsmelding"),
    _staff("staff-date-before-count", (
        H("Personale", 2),
        P("Antall årsverk 31.12.: 14,5\nAntall ansatte pr. 31.12.2023: 18"),
    ), person_years=14.5, employees=18),
    _staff("staff-date-before-count-nn", (
        H("Personale", 2),
        P("Tal årsverk per 31.12.: 6,5"),
    ), person_years=6.5, **NN),
    _prog("vta-change-between-years", (
        H("Tiltak", 2),
        P("Bedriften har 30 VTA-plasser. Antall VTA-plasser økte fra 2022 til 2023 med fire."),
    ), {"VTA": 30}),
    _place("surnames-caps-table", (
        H("STYRET", 2),
        T((("NAVN", "VERV"), ("OLA BYGLAND", "STYRELEDER"), ("KARI TYNSET", "NESTLEDER"), ("PER KVAM", "STYREMEDLEM"))),
        P("Bedriften holder til i Voss."),
    ), ("Voss",), ("Bygland", "Tynset", "Kvam"), formats=PDF),
    _place("surname-genitive-later", (
        H("Styret", 2),
        P("Styreleder Ola Bygland gikk av i mars. Byglands innsats for laget ble takket for på årsmøtet."),
        P("Laget holder til i Lier."),
    ), ("Lier",), ("Bygland",)),
    _place("surname-in-caps-signature-nn", (
        H("Styremelding", 2),
        P("Styret meiner rekneskapen gjev eit rett bilete."),
        Sign((("OLA BYGLAND", "styreleiar"), ("KARI TYNSET", "styremedlem"), ("PER KVAM", "dagleg leiar")),
             place_date="Voss, 10. mars 2024"),
    ), ("Voss",), ("Bygland", "Tynset", "Kvam"), formats=PDF, **NN),
    _place("surname-first-prose", (
        H("Styret", 2),
        P("Styret: Voss, Kari (leder); Bygland, Per (nestleder); Kvam, Anne (styremedlem)."),
        P("Bedriften ligger i Tynset kommune."),
    ), ("Tynset",), ("Voss", "Bygland", "Kvam")),
    _place("surname-first-lines-nn", (
        H("Styret", 2),
        P("Tynset, Gunnhild – leiar\nVoss, Kari – nestleiar\nBygland, Per – styremedlem"),
        P("Laget held til i Ulvik."),
    ), ("Ulvik",), ("Tynset", "Voss", "Bygland"), **NN),
    _place("nav-office-municipalities-2010", (
        H("Samarbeid", 2),
        P("Kommunene Osen, Roan og Åfjord samarbeider om ett Nav-kontor, og vi har deltakere fra alle tre."),
    ), ("Osen", "Roan", "Åfjord"), title="Årsrapport 2010"),
    _place("herad-and-merged-nn", (
        H("Eigarar", 2),
        P("Budsjettet vart vedteke i heradsstyret i Kvam. Leikanger kommune og Sogndal kommune er medeigarar."),
    ), ("Kvam", "Leikanger", "Sogndal"), lang="nn", title="Årsmelding 2012"),
    _place("word-names-in-a-list", (
        H("Artar vi registrerte på tur", 2),
        Li("Sel"),
        Li("Lom"),
        Li("Ørn"),
        H("Treslag i parken", 2),
        Li("Gran"),
        Li("Furu"),
        Li("Bjørk"),
    ), absent=("Sel", "Lom", "Gran"), formats=PDF, **NN),
    _place("word-names-as-list-of-places", (
        H("Avdelingane våre", 2),
        Li("Sel"),
        Li("Lom"),
        Li("Vang"),
    ), ("Sel", "Lom", "Vang"), formats=PDF, **NN),
    _place("list-of-places-then-heading", (
        H("Eigarkommunar", 2),
        Li("Hole"),
        Li("Lier"),
        H("Økonomi", 2),
        P("Driftsinntektene auka med 4 prosent i 2023."),
    ), ("Hole", "Lier"), formats=PDF, **NN),
    _org("orgnr-subsidiary-named-first", (
        H("Konsernet", 2),
        P("Fjordtiltak AS eier 100 % av Fjordtiltak Eiendom AS (org.nr. 912 345 602)."),
        H("Om selskapet", 2),
        P("Fjordtiltak AS, org.nr. 983 456 782, er en vekstbedrift eid av to kommuner."),
    ), org_name="Fjordtiltak AS", org_number="983456782"),
    _org("orgnr-owner-named-first-nn", (
        H("Eigarar", 2),
        P("Selskapet er eigd av Fjordholding AS, org.nr. 912 345 602."),
        H("Om verksemda", 2),
        P("Fjordtiltak AS (org.nr. 983 456 782) er ei vekstbedrift."),
    ), org_name="Fjordtiltak AS", org_number="983456782", **NN),
]
