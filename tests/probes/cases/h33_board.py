"""Twentieth reading (docs/phrasings.md §85): boards on real wording. A new deputy said to
replace the one before ("A erstatter B som varamedlem"), members whose own role stands in
brackets in a table cell beside "Styremedlemmer:" ("Siri Lund (vara)"), members after "Med seg i
styret har de ..." and deputies after "Vararekka består av ..."; each written again with invented
names and real places."""
from probes.spec import H, P, T, Expect, Probe, board

PDFS = ("docx", "pdf")
NN = {"lang": "nn"}


def _b(case_id, items, expected, formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"h33b-{case_id}", "board", tuple(items), expect, formats=formats, **kw)


CELL = board(("Kari Berge", "LEDE"), ("Ola Dahle", "NEST"), ("Per Moen", "MEDL"), ("Liv Aasen", "MEDL"),
             ("Siri Lunde", "VARA"), ("Geir Nesse", "VARA"))
SEATED = board(("Bernt Skogmo", "LEDE"), ("Randi Nystad", "NEST"), ("Anne Svarstad", "MEDL"),
               ("Kjersti Berg", "MEDL"), ("Olaug Hansen", "MEDL"), ("Paul Arne Haug", "VARA"), ("Marit Olsen", "VARA"))

PROBES = [
    # --- 1. a new deputy replaces the one before ---------------------------------------------------
    _b("replaces-deputy", (
        H("Godt oppmøte på årsmøtet i Sogndal historielag", 1),
        P("Årsmøtet ble holdt i biblioteket 12. mars med om lag 30 personer til stede."),
        P("Leder i valgkomiteen, Odd Rise, la fram det nye styret, som har kun ei endring – Kari Strand erstatter "
          "Nils Vangen som varamedlem. Nils fikk blomster som takk for to år i styret."),
    ), board(("Kari Strand", "VARA")), title=None,
        expect=Expect(board=board(("Kari Strand", "VARA")), doubtful_board=("Nils Vangen",))),
    _b("nn-replaces-member", (
        H("Årsmelding 2023 for Luster sogelag", 1),
        H("Styret", 2),
        P("Styret har vore: leiar Kari Strand, nestleiar Olav Bolstad og styremedlem Astrid Lid. Nils Vangen "
          "avløyste Per Hauge som styremedlem i juni."),
    ), board(("Kari Strand", "LEDE"), ("Olav Bolstad", "NEST"), ("Astrid Lid", "MEDL"), ("Nils Vangen", "MEDL")),
        title=None, **NN),
    # --- 2. a member's own role in brackets in a cell beside the label --------------------------------
    _b("bracketed-roles-in-cell", (
        H("Protokoll fra ordinær generalforsamling i Fjordkysten musikkforening", 1),
        P("Generalforsamlingen ble holdt i Ålesund 14. mai fra kl. 18:00 til 20:30."),
        T((("Til stede fra styret:", ""), ("Styreleder:", "Kari Berge"),
           ("Styremedlemmer:", "Ola Dahle (nestleder)\nPer Moen\nLiv Aasen\nSiri Lunde (vara)\nGeir Nesse (vara)"),
           ("Til stede fra kontrollkomiteen:", "Randi Vik (leder)\nTore Eide")), ruled=False, bold_header=False),
    ), CELL, title=None),
    # --- 3. members after "Med seg i styret har de", deputies after "Vararekka består av" -----------
    _b("seated-members-and-deputy-row", (
        H("Ny ledelse i Troms bondelag", 1),
        P("Under fylkesårsmøtet i Tromsø 19. februar ble Per Nilsen takket av etter fire år som fylkesleder og til "
          "sammen tjue år i fylkesstyret."),
        P("Årsmøtet valgte Bernt Skogmo som ny leder og Randi Nystad som nestleder. Med seg i styret har de Anne "
          "Svarstad, Kjersti Berg og Olaug Hansen. Vararekka består av Paul Arne Haug og Marit Olsen."),
    ), SEATED, title=None),
    _b("seated-member-with-role-after", (
        H("Årsmelding 2023 for Harstad turlag", 1),
        H("Styret", 2),
        P("Styret har hatt seks møter i 2023. I styret sitter Kari Lien som leder, og Ola Brun og Siv Moe er "
          "styremedlemmer."),
    ), board(("Kari Lien", "LEDE"), ("Ola Brun", "MEDL"), ("Siv Moe", "MEDL")), title=None),
]
