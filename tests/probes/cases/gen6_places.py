"""Sixth reading (docs/phrasings.md §22): places and percentages as other hands write them: the
place in a signature's dateline ("Moss, 14. februar 2024", also without the comma), a
municipality told apart by its district with no preposition before it ("Bø i Telemark"), owner
municipalities on a cover line joined by dashes, as bare list items and in a table under
"Deltakerkommune", areas named
after a town ("Oslo-området"), "kommunene A og B"; percentages with a plus sign, a minus written
as a glued en dash, a negative in parentheses in a "(%)" row, and wordings that are not
percentages (promille, "50 / 50", percentage points as "pp."); a number whose label names the unit
("Sykefraværsprosent 2023: 4,3", a "Stillingsprosent" column). Names that are places only in a
place context (people, clubs, newspapers named after a place) must stay out. Names, figures and
sentences are invented; place names are real municipalities, as a report names them."""
from probes.spec import H, P, T, Expect, Li, Probe, Sign

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")
BOARD = (("Kari Nordvik", "Styreleder"), ("Ola Bråten", "Styremedlem"), ("Tone Lien", "Styremedlem"))


def _place(case_id, items, places=(), absent=(), **kw) -> Probe:
    return Probe(f"g6-{case_id}", "places", tuple(items), Expect(places=places, absent_places=absent), **kw)


def _pct(case_id, items, percentages=(), absent=(), **kw) -> Probe:
    return Probe(f"g6-{case_id}", "percentages", tuple(items),
                 Expect(percentages=percentages, absent_percentages=absent), **kw)


PROBES = [
    # --- the place of a signature's dateline: a place even when the name is also a word --------
    _place("dateline-ambiguous-word", (
        H("Styrets beretning", 2),
        P("Styret mener at årsregnskapet gir et rettvisende bilde av foreningens drift."),
        Sign(BOARD, place_date="Moss, 14. februar 2024")), ("Moss",), formats=PDF),
    _place("dateline-no-comma", (
        H("Styrets beretning", 2),
        P("Styret takker alle frivillige for innsatsen i året som gikk."),
        Sign(BOARD, place_date="Stange 20. mars 2024")), ("Stange",)),
    _place("dateline-numeric-date-nn", (
        H("Styret si melding", 2),
        P("Styret meiner årsrekneskapen gjev eit rett bilete av drifta til laget."),
        Sign(BOARD, place_date="Vik, 12.03.2024")), ("Vik",), **NN),
    _place("dateline-town-in-district", (
        H("Styrets beretning", 2),
        P("Styret takker medlemmene for et godt år."),
        Sign(BOARD, place_date="Bø i Telemark, den 1. mars 2024")), ("Bø",)),
    _place("dateline-plain-name", (
        H("Styrets beretning", 2),
        P("Styret foreslår at årets overskudd overføres til egenkapitalen."),
        Sign(BOARD, place_date="Drammen, 5. mars 2024")), ("Drammen",)),
    _place("dateline-two-letter-name-slash-date", (
        H("Styrets beretning", 2),
        P("Styret er ikke kjent med forhold etter årsskiftet som endrer bildet."),
        Sign(BOARD, place_date="Ås 12/3-2024")), ("Ås",)),
    _place("dateline-month-year", (
        H("Styrets beretning", 2),
        P("Styret vil takke alle ansatte for godt arbeid i 2023."),
        Sign(BOARD, place_date="Lier, mars 2024")), ("Lier",)),
    _place("place-label-sted-og-dato", (
        H("Underskrifter", 2),
        P("Sted og dato: Sola, 20.03.2024"),
        P("Kari Nordvik, styreleder")), ("Sola",)),
    _place("place-label-stad-nn", (
        H("Årsmøtet", 2),
        P("Tid: 14. mars 2024 kl. 19.00\nStad: Time kulturhus, Time"),
    ), ("Time",), **NN),
    # --- a municipality told apart by its district, with no preposition before it --------------
    _place("town-in-district-sentence-start-nn", (
        H("Anlegg", 2),
        P("Vik i Sogn fekk ny fleirbrukshall i haust, og laget har trena der sidan oktober."),
    ), ("Vik",), **NN),
    # --- owner municipalities: cover lines with dashes, tables under a compound header ---------
    _place("owner-line-dashes", (
        H("Om selskapet", 2),
        P("Eierkommuner: Lier - Hole - Ringerike - Modum"),
    ), ("Lier", "Hole", "Ringerike", "Modum")),
    _place("owner-line-dashes-nn", (
        H("Om selskapet", 2),
        P("Eigarkommunar: Sande – Vanylven – Herøy"),
    ), ("Sande", "Vanylven", "Herøy"), **NN),
    Probe("g6-owner-table-deltakerkommune", "places", (
        H("Eierforhold", 2),
        T((("Deltakerkommune", "Eierandel (%)"), ("Lier", "40"), ("Hole", "35"), ("Sande", "25"))),
    ), Expect(places=("Lier", "Hole", "Sande"), percentages=((40, "Lier"), (35, "Hole"), (25, "Sande"))),
        formats=PDF),
    _place("owner-table-eigarkommune-nn", (
        H("Eigarforhold", 2),
        T((("Eigarkommune", "Del i %"), ("Sande", "60"), ("Vik", "40"))),
    ), ("Sande", "Vik"), **NN),
    _place("list-items-bare-names", (
        H("Eierkommuner", 2),
        Li("Lier"), Li("Hole"), Li("Modum"),
    ), ("Lier", "Hole", "Modum"), formats=PDF),
    _place("list-items-bare-names-nn", (
        H("Avdelingar", 2),
        P("Vi har avdelingar i:"),
        Li("Sande"), Li("Vik"), Li("Stryn"),
    ), ("Sande", "Vik", "Stryn"), **NN),
    _place("bare-word-alone-not-listed", (
        H("Hagen", 2),
        P("Moss"),
        P("Mosen på steinene i hagen er fjernet."),
    ), absent=("Moss",)),
    _place("kommunene-before-names", (
        H("Eierskap", 2),
        P("Kommunene Ski og Oppegård eide selskapet sammen fram til 2020."),
    ), ("Ski", "Oppegård")),
    _place("herad-after-name-nn", (
        H("Eigarar", 2),
        P("Selskapet er eigd av Kvam herad, Ulvik herad og Eidfjord kommune."),
    ), ("Kvam", "Ulvik", "Eidfjord"), **NN),
    _place("list-closed-by-plural-kommuner", (
        H("Om oss", 2),
        P("Vi gir tilbud til innbyggere i Hole, Lier og Modum kommuner."),
    ), ("Hole", "Lier", "Modum")),
    _place("kommunane-list-nn", (
        H("Om verksemda", 2),
        P("Tilbodet gjeld for kommunane Sande, Herøy og Vanylven."),
    ), ("Sande", "Herøy", "Vanylven"), **NN),
    # --- an area named after a town ----------------------------------------------------------------
    _place("area-compound-omradet", (
        H("Medlemmer", 2),
        P("De fleste medlemmene bor i Oslo-området, og en del i Stavanger-regionen."),
    ), ("Oslo", "Stavanger")),
    _place("area-compound-nn", (
        H("Medlemer", 2),
        P("Laget har fått mange nye medlemer frå Bergens-området det siste året."),
    ), ("Bergen",), **NN),
    # --- municipalities merged since: the report's year's names ---------------------------------
    _place("merged-municipalities-old-names", (
        H("Avdelinger", 2),
        P("Bedriften har avdelinger i Leksvik, Nesset og Fræna."),
    ), ("Leksvik", "Nesset", "Fræna"), title="Årsrapport 2015"),
    # --- names that are places only in a place context ---------------------------------------------
    _place("people-with-place-surnames", (
        H("Styret", 2),
        P("Leder Kari Voss og kasserer Ola Moss ble gjenvalgt. Per Sande takket for seg."),
    ), absent=("Voss", "Moss", "Sande")),
    _place("clubs-named-after-places", (
        H("Sportslig", 2),
        P("Laget spilte mot Bø IL, Ski IL, Nes IF og Hole Fotball i serien."),
    ), absent=("Bø", "Ski", "Nes", "Hole")),
    _place("newspapers-named-after-places", (
        H("Media", 2),
        P("Arrangementet ble omtalt i Moss Avis og i Hamar Arbeiderblad."),
    ), absent=("Moss", "Hamar")),
    _place("dated-list-not-dateline", (
        H("Æresmedlemmer", 2),
        Li("Per Lund, 1998"),
        Li("Anne Sande, 2004"),
    ), absent=("Lund", "Sande")),
    # --- percentages: signs ---------------------------------------------------------------------
    _pct("plus-sign-prose", (
        H("Økonomi", 2),
        P("Kontingentinntektene endte på +3,2 % mot budsjett, og sponsorinntektene på –1,5 prosent."),
    ), ((3.2, "kontingent"), (-1.5, "sponsor")), absent=(1.5,)),
    _pct("plus-sign-table-nn", (
        H("Medlemer", 2),
        T((("Gruppe", "2022", "2023", "Endring"), ("Fotball", "210", "217", "+3,3 %"), ("Turn", "48", "44", "-8,3 %"))),
    ), ((3.3, "Fotball"), (-8.3, "Turn")), **NN),
    _pct("en-dash-minus-glued", (
        H("Resultat", 2),
        P("Driftsmarginen var –1,5 prosent i 2023, mot 2,1 prosent året før."),
    ), ((-1.5, "driftsmarginen"), (2.1, "driftsmarginen")), absent=(1.5,)),
    Probe("g6-parenthesised-negative-in-percent-row", "percentages", (
        H("Nøkkeltall", 2),
        T((("", "2023", "2022"), ("Egenkapitalandel (%)", "48,5", "(21,9)"), ("Antall ansatte", "12", "11"))),
    ), Expect(percentages=((48.5, "Egenkapitalandel"), (-21.9, "Egenkapitalandel")), absent_percentages=(12, 11)),
        formats=PDF),
    _pct("range-second-number-text", (
        H("Deltakelse", 2),
        P("Oppslutningen var 10-15 % lavere enn i fjor."),
    ), ((10, "oppslutningen"), (15, "oppslutningen")), absent=(-15,)),
    # --- percentages: owner shares in a colon list ------------------------------------------------
    _pct("owner-shares-colon-list", (
        H("Eierforhold", 2),
        P("Eierandelene er: Skien: 52,4 %, Porsgrunn: 30,2 %, Bamble: 14,2 % og Siljan: 3,2 %."),
    ), ((52.4, "eierandelene"), (30.2, "eierandelene"), (14.2, "eierandelene"), (3.2, "eierandelene"))),
    # --- a number whose label names the unit ------------------------------------------------------
    _pct("label-names-unit-colon", (
        H("Arbeidsmiljø", 2),
        P("Sykefraværsprosent 2023: 4,3"),
    ), ((4.3, "Sykefraværsprosent"),)),
    _pct("label-names-unit-var-nn", (
        H("Medlemer", 2),
        P("Svarprosenten var 64 i medlemsundersøkinga i haust."),
    ), ((64, "Svarprosenten"),), **NN),
    _pct("label-names-unit-column", (
        H("Tilsette", 2),
        T((("Namn", "Stilling", "Stillingsprosent"), ("Kari Nordvik", "Dagleg leiar", "100"), ("Ola Bråten", "Konsulent", "60"))),
    ), ((100, "Kari Nordvik"), (60, "Ola Bråten")), **NN),
    _pct("label-names-unit-not-a-count", (
        H("Budsjett", 2),
        P("Posten for stillingsprosent er 250 000 kroner i budsjettet for 2024."),
    ), absent=(250, 250000)),
    # --- not percentages --------------------------------------------------------------------------
    _pct("promille-not-percent", (
        H("HMS", 2),
        P("Alle sjåførene følger grensen på 0,2 ‰, og ingen kontroller viste over 0,5 promille."),
    ), absent=(0.2, 0.5)),
    _pct("fifty-fifty-not-percent-nn", (
        H("Økonomi", 2),
        P("Overskotet vart fordelt 50 / 50 mellom gruppene."),
    ), absent=(50,), **NN),
    _pct("points-written-pp", (
        H("Likestilling", 2),
        P("Andelen kvinner i styret økte med 1,2 pp. til 34 %."),
    ), ((34, "kvinner"),), absent=(1.2,)),
]
