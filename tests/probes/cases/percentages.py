"""Percentages in prose and tables: each wording a report uses, with what the value is about
(figures and sentences invented)."""
from probes.spec import H, P, T, Expect, Probe

PROBES = [
    Probe("prosent-word", "percentages", (
        H("Medlemmer", 2),
        P("Om lag 80 prosent av medlemmene deltok på minst ett arrangement."),
    ), Expect(percentages=((80, "medlemmene"),))),
    Probe("decimal-comma-spaced-sign", "percentages", (
        H("Sykefravær", 2),
        P("Sykefraværet var 3,3 % i 2023 mot 4,1 % året før."),
    ), Expect(percentages=((3.3, "sykefraværet"), (4.1, "sykefraværet")))),
    Probe("sign-glued", "percentages", (
        H("Økonomi", 2),
        P("Inntektene fra kontingent utgjorde 64% av driftsinntektene."),
    ), Expect(percentages=((64, "kontingent"),))),
    Probe("position-share", "percentages", (
        H("Ansatte", 2),
        P("Foreningen ansatte en daglig leder i 70 % stilling fra august."),
    ), Expect(percentages=((70, "stilling"),))),
    Probe("position-hyphen-compound", "percentages", (
        H("Budsjett 2024", 2),
        P("Det er budsjettert med en 100 %-stilling fra april."),
    ), Expect(percentages=((100, "stilling"),))),
    Probe("position-glued-compound", "percentages", (
        H("Budsjett 2024", 2),
        P("Styret foreslår å øke til en 50%-stilling som prosjektleder."),
    ), Expect(percentages=((50, "prosjektleder"),))),
    Probe("position-prosent-compound", "percentages", (
        H("Ansatte", 2),
        P("Koordinatoren har en 40-prosentstilling, og en sekretær arbeider i 20 prosents stilling."),
    ), Expect(percentages=((40, "koordinatoren"), (20, "sekretær")))),
    Probe("number-word-tens-nn", "percentages", (
        H("Medlemer", 2),
        P("Om lag femti prosent av medlemane var med på minst eitt arrangement i året."),
    ), Expect(percentages=((50, "medlemane"),)), lang="nn", title="Årsmelding 2023"),
    Probe("range-dash", "percentages", (
        H("Deltakelse", 2),
        P("Oppmøtet på treningene lå på 60–75 % gjennom sesongen."),
    ), Expect(percentages=((60, "oppmøtet"), (75, "oppmøtet")))),
    Probe("range-words", "percentages", (
        H("Deltakelse", 2),
        P("Mellom 10 og 20 prosent av deltakerne gikk over til ordinært arbeid."),
    ), Expect(percentages=((10, "ordinært arbeid"), (20, "ordinært arbeid")))),
    Probe("points-change-not-level", "percentages", (
        H("Sykefravær", 2),
        P("Sykefraværet gikk ned 1,2 prosentpoeng til 5,4 prosent."),
    ), Expect(percentages=((5.4, "sykefraværet"),), absent_percentages=(1.2,))),
    Probe("points-sign-form", "percentages", (
        H("Sykefravær", 2),
        P("Fraværet økte med 0,8 %-poeng og endte på 6,1 % for året."),
    ), Expect(percentages=((6.1, "fraværet"),), absent_percentages=(0.8,))),
    Probe("pst-abbreviation", "percentages", (
        H("Resultat", 2),
        P("Driftsinntektene økte med 12 pst. fra året før."),
    ), Expect(percentages=((12, "driftsinntektene"),))),
    Probe("prosent-nn", "percentages", (
        H("Sjukefråvær", 2),
        P("Sjukefråværet var 4,5 prosent i 2023, mot 5,2 prosent året før."),
    ), Expect(percentages=((4.5, "sjukefråværet"), (5.2, "sjukefråværet"))), lang="nn", title="Årsmelding 2023"),
    Probe("position-nn", "percentages", (
        H("Tilsette", 2),
        P("Stiftinga har éin tilsett i 60 % stilling som dagleg leiar."),
    ), Expect(percentages=((60, "stilling"),)), lang="nn", title="Årsmelding 2023"),
    Probe("growth-member", "percentages", (
        H("Medlemsutvikling", 2),
        P("Klubben hadde 412 medlemmer ved årsskiftet, en oppgang på 5% fra året før."),
    ), Expect(percentages=((5, "oppgang"),))),
    Probe("table-percent-column", "percentages", (
        H("Medlemmer", 2),
        T((("Gruppe", "Antall", "Andel %"),
           ("Jenter", "48", "57"),
           ("Gutter", "36", "43"))),
    ), Expect(percentages=((57, "jenter"), (43, "gutter"))), formats=("docx", "pdf")),
    Probe("table-percent-sign-cells-nn", "percentages", (
        H("Medlemer", 2),
        T((("Gruppe", "Del"),
           ("Kvinner", "61 %"),
           ("Menn", "39 %"))),
    ), Expect(percentages=((61, "kvinner"), (39, "menn"))), lang="nn", title="Årsmelding 2023"),
]
