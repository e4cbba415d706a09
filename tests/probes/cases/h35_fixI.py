"""Kinds from the fiftieth blind held-out set's errors (designer-made PDF reports), written here
with other names, places and figures (h35-fixI; docs/phrasings.md §100): a foundation's income
made negative by a loss on its portfolio, printed in brackets with the result under it; a
designer's three-column page under a key-figure spread of big numbers over short labels; a
leader's letter beside a column of a signature, a pull quote and a fact box; a savings bank named
after the region it serves; a list of sites, each with its place after a comma. Names are invented; the places are real."""
from probes.spec import H, Html, Li, P, T, Expect, Figure, Probe

WORD = ("docx", "pdf")

_SPREAD = ('<table width="100%" border="0"><tr>'
           '<td><span style="font-size:30pt"><b>18,4</b></span> MNOK</td>'
           '<td><span style="font-size:30pt"><b>96</b></span></td>'
           '<td><span style="font-size:30pt"><b>41</b></span></td>'
           '<td><span style="font-size:30pt"><b>7,5 %</b></span></td></tr>'
           '<tr><td><small>Omsetning</small></td><td><small>Deltakere</small></td><td><small>Ansatte</small></td>'
           '<td><small>Sykefravær</small></td></tr></table>')


def _three_columns(markup_top: str) -> str:
    return (markup_top + '<table width="100%" border="0" cellpadding="10"><tr>'
            '<td width="33%" valign="top"><h3>Ordet har vi</h3><p>Året ga oss flere oppdrag enn noen gang, og '
            'snekkerverkstedet på Brumunddal gikk for fullt hele høsten. Vi takker alle som har bidratt til at '
            'deltakerne fikk prøve seg i ekte arbeid.</p><p>Solveig Brattbakk, daglig leder</p></td>'
            '<td width="33%" valign="top"><h3>Tiltakene</h3><p>Selskapet har 30 plasser i varig tilrettelagt '
            'arbeid og 24 plasser i arbeidsforberedende trening. Av dem som avsluttet, gikk 48 prosent til arbeid '
            'eller skole.</p><h3>Avdelingene</h3><p>Verkstedet, kantinen og vaskeriet holdt åpent hele året med '
            'stabil bemanning.</p></td>'
            '<td width="33%" valign="top"><h3>Styrets arbeid</h3><p>Styret har hatt sju møter og behandlet 38 '
            'saker i løpet av året.</p><h3>Arbeidsmiljø</h3><p>Sykefraværet blant de ansatte var 7,5 prosent. Det '
            'er ikke registrert skader i året.</p></td></tr></table>')


PROBES = [
    # a foundation's income negative in the prior year (a loss on its portfolio), in brackets, and
    # the result under it the income less the costs as printed: no municipal sign convention
    Probe("h35i-bracketed-negative-income-stays-negative", "statements", (
        H("Aktivitetsregnskap", 2),
        T((("Beløp i NOK", "2023", "2022"),
           ("Avkastning finansielle plasseringer", "14 215 400", "(5 118 300)"),
           ("Leieinntekter", "480 000", "465 000"),
           ("Sum inntekter", "14 695 400", "(4 653 300)"),
           ("Gaveutdelinger", "8 100 000", "7 650 000"),
           ("Andre driftskostnader", "1 240 600", "1 198 400"),
           ("Sum kostnader", "9 340 600", "8 848 400"),
           ("Driftsresultat", "5 354 800", "(13 501 700)"),
           ("Årsresultat", "5 354 800", "(13 501 700)")), ruled=False),
    ), Expect(key_figures=(Figure("driftsinntekter", 2022, -4653300), Figure("driftsresultat", 2022, -13501700),
                           Figure("arsresultat", 2022, -13501700), Figure("driftsinntekter", 2023, 14695400))),
        formats=WORD, title="Årsrapport 2023 Stiftelsen Holmvik kulturfond"),
    # a designer's three-column page under a key-figure spread: the columns' headings are headings,
    # the spread's table ends at its labels, a percentage of the middle column keeps its sentence
    Probe("h35i-three-columns-under-key-figure-spread", "headings", (
        Html(_three_columns(_SPREAD)),
    ), Expect(headings=("Ordet har vi", "Tiltakene", "Avdelingene", "Styrets arbeid", "Arbeidsmiljø"),
              percentages=((48.0, "arbeid"),)),
        formats=("web",), title="Årsmelding 2023 Brattbakk Vekst AS"),
    # a leader's letter beside a column of pieces: the signature, a pull quote and a fact box
    Probe("h35i-letter-beside-signature-quote-and-fact-box", "headings", (
        Html('<h1>Årsrapport 2022</h1><table width="100%" border="0"><tr>'
             '<td width="50%" valign="top"><h3>Lederen har ordet</h3><p>Det første hele året med ny '
             'sorteringsordning ga oss mer enn vi håpet. Materialgjenvinningen økte til 44 prosent, og '
             'restavfallet gikk ned med nesten 1 500 tonn i løpet av året.</p><p>Den nye '
             'gjenvinningsstasjonen på Kvelde åpnet i mai. Takk til prosjektleder Arne Bøhler og til '
             'miljørådgiver Tove Sætre for et godt samarbeid gjennom hele året.</p></td>'
             '<td width="50%" valign="top"><p>Halvor Tveten</p><p><small>daglig leder</small></p>'
             '<p><i><big>«Folk gjør jobben når vi gjør det enkelt.»</big></i></p>'
             '<h4>Om selskapet</h4><p><small>Eiere: Larvik kommune 70 %</small><br/><small>Stiftet 1994'
             '</small><br/><small>Hovedkontor: Kvelde</small></p></td></tr></table>'),
    ), Expect(headings=("Lederen har ordet", "Om selskapet"), percentages=((44.0, "Materialgjenvinningen"),)),
        formats=("web",), title="Årsrapport 2022 Vestfold Gjenvinning IKS"),
    # a savings bank named after the region it serves: the region is the bank's name
    Probe("h35i-savings-bank-named-by-region", "places", (
        H("Noter", 2),
        P("Note 5 Gjeld: Selskapet har lån i Sparebanken Hedmark og en kassekreditt i SpareBank 1 "
          "Nord-Norge. Lokalene i Elverum leies av Elverum kommune."),
    ), Expect(places=("Elverum",), absent_places=("Hedmark", "Nord-Norge")),
        formats=WORD, title="Årsrapport 2023 Elverum Lager AS"),
    # a list of sites, each told apart by its place after a comma: post towns named nowhere else
    Probe("h35i-list-of-sites-each-with-its-place", "places", (
        H("Avdelingene", 2),
        P("Virksomheten drives fra tre steder:"),
        Li("Snekkerverksted og lager, Brumunddal"),
        Li("Kantine og catering, Moelv"),
        Li("Butikk og gjenbruk, Rudshøgda"),
    ), Expect(places=("Moelv", "Rudshøgda")),
        formats=WORD, title="Årsrapport 2023 Mjøsvekst AS"),
]
