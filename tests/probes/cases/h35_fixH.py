"""Kinds from the fiftieth blind held-out set's board and facts errors (designer-made reports
printed by a browser), written here with other names, places and words (h35-fixH,
docs/phrasings.md §99): the board as photo cards, each caption under its photo ("Name" / "Role",
"1. varamedlem", "Styremedlem, valgt av de ansatte"; photos cropped to different heights, so
captions start at different heights; "Role · Club" with "1. vara · Club"; "Name,
role" on one line); a group photo's caption whose line break splits a name, the member marked
"(tilsettvald)"; personal deputies in a sentence, each "(for A og B)"; the owners' representantskap
in a Kommune | Medlem | Varamedlem table under a sentence naming its leader, before the board; a
fact box's "Eigd 100 % av X kommune".
Names and places are invented."""
from probes.spec import H, P, T, Cards, Expect, Probe, Sign, board

PRINTED = ("pdf", "browser")  # a designer's layout: only a PDF has the photos and their captions


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h35h-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    _p("cards-name-over-role", "board", (
        H("Organisasjon", 1),
        P("Selskapet hadde ved årsskiftet 22 ansatte. Daglig leder er Torbjørn Aaslie."),
        H("Styret", 2),
        Cards((("Gunvor Helle Bratberg", "Styreleder"), ("Eskil Moen", "Nestleder"), ("Randi Ulvestad", "Styremedlem"),
               ("Petter Ingebrigtsen", "Styremedlem")), ragged=True),
        Cards((("Solfrid Nyland", "Styremedlem, valgt av de ansatte"), ("Ketil Furuhaug", "1. varamedlem"),
               ("Maja Storødegård", "2. varamedlem")), ragged=True),
        P("Styret har hatt seks møter i 2023."),
    ), Expect(board=board(("Gunvor Helle Bratberg", "LEDE"), ("Eskil Moen", "NEST"), ("Randi Ulvestad", "MEDL"),
                          ("Petter Ingebrigtsen", "MEDL"), ("Solfrid Nyland", "MEDL", True),
                          ("Ketil Furuhaug", "VARA"), ("Maja Storødegård", "VARA"))),
        formats=PRINTED, title="Årsrapport 2023 Nordheia Kulturverk AS"),
    _p("cards-role-and-club", "board", (
        H("Kretsstyret 2023–2025", 1),
        P("Kretsstyret ble valgt på kretstinget i april og har hatt åtte møter."),
        Cards((("Hanne Skjølberg", "Leder · Vollan BTK"), ("Geir Arve Stamnes", "Nestleder · Havdal BTK"),
               ("Lise Margrethe Øien", "Styremedlem · Vollan BTK"), ("Odd Inge Rognes", "Styremedlem · Børsa BTK"))),
        Cards((("Tuva Kjeldsberg", "Styremedlem · Havdal BTK"), ("Remi Fagerli", "1. vara · Børsa BTK"),
               ("Nora Hestvik", "2. vara · Vollan BTK")), per_row=4),
    ), Expect(board=board(("Hanne Skjølberg", "LEDE"), ("Geir Arve Stamnes", "NEST"), ("Lise Margrethe Øien", "MEDL"),
                          ("Odd Inge Rognes", "MEDL"), ("Tuva Kjeldsberg", "MEDL"), ("Remi Fagerli", "VARA"),
                          ("Nora Hestvik", "VARA"))),
        formats=PRINTED, title="Årsberetning 2023 Nordmøre Bordtenniskrets"),
    _p("caption-name-broken", "board", (
        H("Styret", 1),
        P("Styret i Hovsvik Ressurs AS samla på Brandvoll. Frå venstre: Oddny Steinsvåg (styreleiar), Aslak Reite "
          "(nestleiar), Turid Hjelmeland Vik, Per", italic=True, size=8),
        P("Arne Gjelsvik (tilsettvald) og Synnøve Tangen.", italic=True, size=8),
        P("Styret har hatt fem møte i 2022 og handsama 31 saker."),
        Sign((("Oddny Steinsvåg", "styreleiar"), ("Aslak Reite", "nestleiar"), ("Turid Hjelmeland Vik", "styremedlem"),
              ("Per Arne Gjelsvik", "styremedlem"), ("Synnøve Tangen", "styremedlem"), ("Bjarte Nesheim", "dagleg leiar")),
             place_date="Brandvoll, 2. mars 2023"),
    ), Expect(board=board(("Oddny Steinsvåg", "LEDE"), ("Aslak Reite", "NEST"), ("Turid Hjelmeland Vik", "MEDL"),
                          ("Per Arne Gjelsvik", "MEDL", True), ("Synnøve Tangen", "MEDL")), ceo="Bjarte Nesheim"),
        lang="nn", formats=("pdf",), title="Årsmelding 2022 Hovsvik Ressurs AS"),
    _p("deputies-for-two", "board", (
        H("Styret", 1),
        T((("Styreleder", "Marit Bergslien"), ("Nestleder", "Henning Tollefsrud"), ("Styremedlem", "Ida Kvisler"),
           ("Styremedlem", "Asbjørn Rølvåg")), ruled=False, bold_header=False),
        P("Personlige varamedlemmer er Gro Ellingsrud (for Marit Bergslien og Henning Tollefsrud) og Stian "
          "Kaasa (for Ida Kvisler og Asbjørn Rølvåg)."),
    ), Expect(board=board(("Marit Bergslien", "LEDE"), ("Henning Tollefsrud", "NEST"), ("Ida Kvisler", "MEDL"),
                          ("Asbjørn Rølvåg", "MEDL"), ("Gro Ellingsrud", "VARA"), ("Stian Kaasa", "VARA"))),
        formats=("docx", "pdf"), title="Årsrapport 2023 Vestre Vann IKS"),
    _p("representantskap-before-board", "not_board", (
        H("Eierstyring", 1),
        P("Selskapet er et interkommunalt selskap. Representantskapet er det øverste organet og hadde to møter i "
          "2023. Leder av representantskapet er ordfører Tore Bekkevold."),
        T((("Kommune", "Medlem", "Varamedlem"), ("Sande", "Tore Bekkevold (leder)", "Janne Lysaker"),
           ("Sande", "Eli Flaten", "Rune Vestby"), ("Hof", "Kjersti Brå (nestleder)", "Leif Ormestad"))),
        H("Styret", 1),
        T((("Styreleder", "Marit Bergslien"), ("Nestleder", "Henning Tollefsrud"), ("Styremedlem", "Ida Kvisler"),
           ("Ansattes representant", "Asbjørn Rølvåg")), ruled=False, bold_header=False),
    ), Expect(board=board(("Marit Bergslien", "LEDE"), ("Henning Tollefsrud", "NEST"), ("Ida Kvisler", "MEDL"),
                          ("Asbjørn Rølvåg", "MEDL", True))),
        formats=("docx", "pdf"), title="Årsrapport 2023 Vestre Vann IKS"),
    _p("owner-participle-in-box", "organisation", (
        H("Om oss", 1),
        P("Nesvåg Arbeid AS gir arbeid og arbeidstrening til 40 deltakarar."),
        P("Nesvågvegen 3, 5420 Rubbestadneset Tlf. 53 42 11 00 post@nesvagarbeid.no Eigd 100 % av Bømlo kommune "
          "Skipa i 1989"),
    ), Expect(owners=frozenset({("Bømlo kommune", 100.0)})),
        lang="nn", formats=("docx",), title="Årsmelding 2022 Nesvåg Arbeid AS"),
]
