"""Twenty-first reading (docs/phrasings.md §96): boards on real wording. The employees' members
named in the plural ("de fire ansatte representantene A, B, C og D", "Ansattvalgte
styrerepresentanter er A og B"), a seat given by appointment or by trust ("ble utnevnt som
styreformann", nn "fekk tillit som nestleiar"), a member's party in brackets before the link
("Kari Holm (Ap) ble valgt som leder"), a title before a name ("Generaldirektør A ble
viseformann") and a body a seat is held in read as a person ("styremedlem i Odin Forvaltning"), and a member who "rykket opp fra varamedlem" read as the
deputy;
each written again with invented names and real places."""
from probes.spec import H, P, Expect, Probe, board

PDFS = ("docx", "pdf")
NN = {"lang": "nn"}


def _b(case_id, items, expected, formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"h35b-{case_id}", "board", tuple(items), expect, formats=formats, **kw)


EMPLOYEES = board(("Tone Nagelhus", "LEDE"), ("Ole Lien", "NEST"), ("Cato Holmen", "MEDL"), ("Jan Reiersen", "MEDL"),
                  ("Berit Bjørge", "MEDL", True), ("Hilde Harstad", "MEDL", True), ("Gunnar Nordeng", "MEDL", True))
APPOINTED = board(("Jens Olav Haukeland", "LEDE"), ("Vidar Hegge", "NEST"), ("Per Hanssen", "MEDL"),
                  ("Åge Solheim", "VARA"))

PROBES = [
    # --- 1. the employees' members named in the plural ----------------------------------------------
    _b("employees-plural-after-composition", (
        H("Ordinær generalforsamling 2023 i Fjordtrykk ASA", 1),
        P("Ordinær generalforsamling i Fjordtrykk ASA ble avholdt i Molde 4. mai 2023."),
        P("Alle aksjonærvalgte medlemmer av styret var på valg og ble gjenvalgt. Styret består av følgende "
          "aksjonærvalgte representanter: Tone Nagelhus (formann), Ole Lien (viseformann), Cato Holmen og Jan "
          "Reiersen. Styret består for øvrig av de tre ansatte representantene Berit Bjørge, Hilde Harstad og "
          "Gunnar Nordeng, som alle ble valgt i 2022."),
        P("Lars Kvam ble valgt som ny formann i valgkomitéen."),
    ), EMPLOYEES, title=None),
    _b("employees-plural-label-first", (
        H("Ragnhild Moe gjenvalgt som styreleder i Vestavl", 1),
        P("Årsmøtet i Vestavl SA ble holdt digitalt i Bergen 12. mars."),
        P("Ragnhild Moe ble gjenvalgt som styreleder. Kjetil Aas ble gjenvalgt som styremedlem for to år, og "
          "som nestleder for ett år."),
        P("Ansattvalgte styrerepresentanter er Solveig Kvamme og Ola Haugen. Som ny årsmøteordfører ble Bente "
          "Berg valgt."),
    ), board(("Ragnhild Moe", "LEDE"), ("Kjetil Aas", "NEST"), ("Solveig Kvamme", "MEDL", True),
             ("Ola Haugen", "MEDL", True)), title=None),
    # --- 2. a seat by appointment, a party in brackets, a title before the name ---------------------
    _b("appointed-with-party-and-title", (
        H("Årsberetning 2023 for Nordkyst Energi AS", 1),
        H("Styret", 2),
        P("Den konstituerende generalforsamlingen i Nordkyst Energi AS 14. mars 2023 valgte et styre bestående "
          "av fire medlemmer. Jens Olav Haukeland (Ap) ble utnevnt som styreformann. Generaldirektør Vidar "
          "Hegge (H) ble viseformann, og direktør Per Hanssen ble styremedlem. Dosent Åge Solheim ble utnevnt "
          "til varamann."),
    ), APPOINTED, title=None),
    _b("nn-trust-as-deputy-chair", (
        H("Nytt styre i Sunnfjord avlslag", 1),
        P("Årsmøtet i Sunnfjord avlslag vart halde på Førde 20. mars."),
        P("Jan Olav Mellem vart attvald som styreleiar og går inn i sin femte periode i vervet. Inger Lise Indre "
          "fekk tillit som nestleiar etter at Hans Stene takka nei til ny periode i styret. Anne Stormyr vart "
          "nytt styremedlem frå området nord."),
    ), board(("Jan Olav Mellem", "LEDE"), ("Inger Lise Indre", "NEST"), ("Anne Stormyr", "MEDL")), title=None, **NN),
    # --- 3. a deputy who moved up, the seat taken named elsewhere ----------------------------------
    _b("moved-up-from-deputy", (
        H("Årsmelding 2023 for Ski skolekorps", 1),
        H("Styret", 2),
        P("Leder: Tone Grønvold\nNestleder: Henrik Olsen\nStyremedlem: Anne Vollan\nStyremedlem: Jan Petter "
          "Ullern\nVaramedlem: Hilde Kolbu"),
        P("Kristin Aske trakk seg som styremedlem i august. Styret løste dette internt fram til årsmøtet, og Jan "
          "Petter Ullern rykket opp fra varamedlem."),
    ), board(("Tone Grønvold", "LEDE"), ("Henrik Olsen", "NEST"), ("Anne Vollan", "MEDL"), ("Jan Petter Ullern", "MEDL"),
             ("Hilde Kolbu", "VARA")), title=None),
    _b("nn-moved-up-to-a-named-seat", (
        H("Årsmelding 2023 for Voss sogelag", 1),
        H("Styret", 2),
        P("Styret har vore: leiar Kari Strand og styremedlem Astrid Lid. Astrid Lid gjekk over frå styremedlem til "
          "nestleiar i juni."),
    ), board(("Kari Strand", "LEDE"), ("Astrid Lid", "NEST")), title=None, **NN),
    # --- 4. a body a seat is held in, read as a person ---------------------------------------------
    _b("seat-held-in-a-body", (
        H("Årsrapport 2023 for Trøndelag Sparebank", 1),
        H("Konsernledelsen", 2),
        P("Finn Haugland (1961) Konsernsjef. Siviløkonom fra BI. Styreleder i Bankenes Sikringsfond, styremedlem "
          "og i flere perioder styreleder i Bankgruppen Midt. Styremedlem i Odin Forvaltning og leder av "
          "representantskapet i Nordbank."),
        P("Tore Hårstad (1968) Konserndirektør Privatmarked. Styreleder i Eiendomsmegler Midt, styremedlem i "
          "Odin Forvaltning."),
    ), frozenset(), title=None, expect=Expect(board=frozenset(), ceo="Finn Haugland")),
]
