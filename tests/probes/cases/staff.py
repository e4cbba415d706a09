"""Staff: person-years, employees and sick leave as the level, never the change (invented)."""
from probes.spec import H, P, T, Expect, Probe

PROBES = [
    Probe("staff-antall-arsverk-label", "staff", (
        H("Ansatte", 2), P("Antall årsverk: 38,5"),
    ), Expect(person_years=38.5)),
    Probe("staff-arsverk-in-prose", "staff", (
        H("Organisasjon", 2), P("Bedriften hadde ved utgangen av året 38,5 årsverk fordelt på 45 ansatte."),
    ), Expect(person_years=38.5, employees=45)),
    Probe("staff-arsverk-nn", "staff", (
        H("Tilsette", 2), P("Verksemda hadde 21,4 årsverk i 2023."),
    ), Expect(person_years=21.4), lang="nn", title="Årsmelding 2023"),
    Probe("staff-tal-tilsette-nn", "staff", (
        H("Personale", 2), P("Tal tilsette 19"),
    ), Expect(employees=19), lang="nn", title="Årsmelding 2023"),
    Probe("staff-total-with-parts", "staff", (
        P("Vi hadde totalt 22 årsverk, hvorav 4 årsverk i administrasjonen."),
    ), Expect(person_years=22)),
    Probe("staff-change-is-not-the-level", "staff", (
        H("Ansatte", 2),
        P("Vi hadde 31 årsverk i 2023."),
        P("Det er en økning på 3 årsverk fra året før."),
    ), Expect(person_years=31)),
    Probe("staff-table-year-column", "staff", (
        H("Nøkkeltall", 2),
        T((("", "2023", "2022"), ("Årsverk", "38,5", "36,0"), ("Sykefravær", "5,4 %", "6,1 %"))),
    ), Expect(person_years=38.5, sick_leave=5.4)),
    Probe("staff-sick-leave-down-points", "staff", (
        H("Arbeidsmiljø", 2), P("Sykefraværet gikk ned 1,2 prosentpoeng til 5,4 prosent."),
    ), Expect(sick_leave=5.4)),
    Probe("staff-sick-leave-against-last-year", "staff", (
        P("Sykefraværet i bedriften var i 2023 på 7,3 % mot 6,9 % i 2022."),
    ), Expect(sick_leave=7.3)),
    Probe("staff-sick-leave-from-to", "staff", (
        P("Sykefraværet økte fra 4,1 % til 5,9 % i løpet av året."),
    ), Expect(sick_leave=5.9)),
    Probe("staff-sick-leave-days-and-percent-nn", "staff", (
        P("Sjukefråværet i 2023 var på 31,5 dagsverk, noko som utgjer 4,7 prosent."),
    ), Expect(sick_leave=4.7), lang="nn", title="Årsmelding 2023"),
    Probe("staff-sick-leave-nn-down", "staff", (
        H("Arbeidsmiljø", 2), P("Sjukefråværet gjekk ned med 0,8 prosentpoeng til 6,2 prosent."),
    ), Expect(sick_leave=6.2), lang="nn", title="Årsmelding 2023"),
    Probe("staff-employees-faste", "staff", (
        P("Ved årsskiftet hadde vi 52 faste ansatte og 80 arbeidstakere på tiltak."),
    ), Expect(employees=52)),
    Probe("staff-employees-label", "staff", (
        H("Ansatte", 2), P("Antall ansatte: 45"),
    ), Expect(employees=45)),
    Probe("staff-sick-leave-table-nn", "staff", (
        H("Nøkkeltal", 2),
        T((("", "2023", "2022"), ("Sjukefråvær", "4,2 %", "5,0 %"))),
    ), Expect(sick_leave=4.2), lang="nn", title="Årsmelding 2023"),
    Probe("staff-arsverk-gjennomsnitt", "staff", (
        P("Gjennomsnittlig antall årsverk var 14,6 i 2023."),
    ), Expect(person_years=14.6)),
]
