"""Eleventh reading (docs/phrasings.md §43): boards on real wording from regional historielag
(each member's home place between the name and the role, the election committee under an
odd spelling, the members of another council in a sentence), an English company page with its
nomination committee, a list joining members and deputies under one role, and the kinds left
open at stop 23: board changes told as events, members listed with a date, union
representatives, another organisation's chair in running text. Each kind written again with
invented names and places."""
from probes.spec import H, Li, P, T, Expect, Probe, board

PDFS = ("docx", "pdf", "tight")
NN = {"lang": "nn"}


def _b(case_id, items, expected, family="board", formats=PDFS, **kw) -> Probe:
    expect = kw.pop("expect", None) or Expect(board=expected)
    return Probe(f"g11b-{case_id}", family, tuple(items), expect, formats=formats, **kw)


# --- 1. a regional historielag: "NAME, Place, role", the election committee spelt "Valgkommitè" ----
REGION = board(("Arne Tveiten", "LEDE"), ("Oddny L. Reitan", "NEST"), ("Sverre Malmo", "MEDL"),
               ("Tove Haugdal", "MEDL"), ("Kjell Rusten", "MEDL"), ("Grete Vollan", "VARA"), ("Ivar Sundli", "VARA"))

PROBES = [
    _b("member-home-place-then-role", (
        H("Årsmelding 2023", 1),
        P("Fjellbygd historielag har 14 lokallag som medlemmer."),
        P("Styret har i 2023 bestått av:"),
        P("Arne Tveiten, Lundset, leder\nOddny L. Reitan, Bjørkli, nestleder\nSverre Malmo, Haugvik, kasserer\n"
          "Tove Haugdal, Lundset, sekretær\nKjell Rusten, Elvå, styremedlem"),
        P("Varamedlemmer til styret:"),
        P("Grete Vollan, Haugvik\nIvar Sundli, Bjørkli"),
        P("Revisor: Per Åsli, Elvå"),
        P("Styret har holdt fem møter."),
    ), REGION, title="Årsmelding 2023 Fjellbygd historielag"),
    _b("election-committee-odd-spelling-leader", (
        P("Styret har i 2023 bestått av:"),
        P("Arne Tveiten, Lundset , leder\nOddny L. Reitan, Bjørkli, nestleder\nSverre Malmo, Haugvik, kasserer\n"
          "Tove Haugdal, Lundset, sekretær\nKjell Rusten, Elvå, styremedlem"),
        P("Varamedlemmer til styret:"),
        P("Grete Vollan, Haugvik\nIvar Sundli, Bjørkli"),
        P("Valgkommitè:"),
        P("Leder: Håkon Brattli\nMedlemmer: Randi Elvestad, Jostein Moa"),
        P("Det har vært holdt fem styremøter."),
    ), REGION),
    _b("running-text-places-and-semicolons", (
        H("Årsmelding for 2023", 1),
        P("Styret i 2023 har bestått av: Arne Tveiten, Lundset, leder; Oddny L. Reitan, Bjørkli, nestleder; Sverre "
          "Malmo, Haugvik, kasserer; Tove Haugdal, Lundset, sekretær og Kjell Rusten, Elvå, styremedlem."),
        P("Varamedlemmer har vært: Grete Vollan, Haugvik; Ivar Sundli, Bjørkli og Rolf Enge, Elvå."),
        P("Varamedlemmene har vært kalt inn til alle styremøtene."),
    ), REGION | board(("Rolf Enge", "VARA")), title="Årsmelding 2023 Fjellbygd historielag"),
    _b("board-now-label-under-a-meeting-heading", (
        H("Klubben fikk ny nestleder etter årsmøtet", 2),
        P("Sittende styreleder stilte til gjenvalg, men fikk ikke flertall. Et utvalg skal finne nye kandidater."),
        P("Etter årsmøtet er klubbens styre nå:"),
        P("Tone Lia,      nestleder/fungerende leder"),
        P("Ola Berg        kasserer"),
        P("Siri Dahl        sekretær (nyvalgt)"),
        P("Geir Moe        styremedlem"),
    ), board(("Tone Lia", "NEST"), ("Ola Berg", "MEDL"), ("Siri Dahl", "MEDL"), ("Geir Moe", "MEDL"))),
    _b("member-of-another-council-in-a-sentence", (
        P("Styret har i 2023 bestått av:"),
        P("Arne Tveiten, leder\nOddny L. Reitan, nestleder\nSverre Malmo, kasserer\nTove Haugdal, sekretær\n"
          "Kjell Rusten, styremedlem"),
        P("Varamedlemmer: Grete Vollan og Ivar Sundli."),
        P("I Fjellbygd kulturvernråd er Torstein Aune medlem med Ragnhild Skei som varamedlem. Kontakt mot "
          "slektsforskerne har vært Kjell Rusten."),
    ), REGION),
    _b("nn-member-of-another-council-in-a-sentence", (
        P("Styret har i 2023 vore samansett slik:"),
        P("Leiar: Arne Tveiten\nNestleiar: Oddny L. Reitan\nStyremedlem: Sverre Malmo\nStyremedlem: Tove Haugdal\n"
          "Styremedlem: Kjell Rusten"),
        P("Varamedlemer: Grete Vollan og Ivar Sundli."),
        P("I Vestdal kulturminneråd er Torstein Aune medlem, med Ragnhild Skei som varamedlem."),
    ), REGION, **NN),

    # --- 2. an English company page: the board, then the nomination committee ---------------------
    _b("en-nomination-committee-chair", (
        H("Board of Directors", 2),
        P("Chair: Henrik Solum\nDeputy Chair: Marte Gjerde\nBoard member: Rolf Tangen\nBoard member: Siri Aaberg"),
        H("The Nomination Committee", 2),
        P("The Nomination Committee proposes candidates for the Board to the General Meeting."),
        P("Members of the Nomination Committee:"),
        P("Torgeir Lind (chair)\nEva Moberg\nKnut Rasch"),
    ), board(("Henrik Solum", "LEDE"), ("Marte Gjerde", "NEST"), ("Rolf Tangen", "MEDL"), ("Siri Aaberg", "MEDL")),
        title="Annual report 2023 Nordfjell Bygg AS"),
    _b("en-nominating-committee-only", (
        P("Nordfjell Bygg AS"),
        P("According to the general meeting held in May, these people make up the Nominating Committee:"),
        Li("Lind, Torgeir (Chair)"), Li("Moberg, Eva"), Li("Rasch, Knut"),
    ), board(), formats=("docx", "pdf")),

    # --- 3. members and deputies joined under one role: which is which is left open -------------
    _b("members-and-deputies-under-one-role", (
        P("Årsmøtet ble holdt 12. september, og flere nye har kommet inn i lagets oppgaver."),
        P("Styret har denne sammensetningen i 2023: Gudrun Eik fortsetter som leder, Pål Hovde nestleder, "
          "Lise Engen sekretær, Terje Foss kasserer, styremedlemmer og varamedlemmer er Kåre Lien, Mona Vik, "
          "Anders Dal og Berit Holm. Jon Hegg takket av etter mange år i styret."),
    ), None, expect=Expect(doubtful_board=("Kåre Lien", "Mona Vik", "Anders Dal", "Berit Holm", "Jon Hegg"))),

    # --- 4. board changes told as events: who is on the board at the year's end ---------------
    _b("events-elected-in-respectively", (
        H("Årsmøtet 2023", 2),
        P("Årsmøtet ble holdt i februar med 30 frammøtte."),
        P("Det gamle styret ved Lars Brekke, Ove Sand og Kari Mo ble takket av, og Hilde Rønning og Geir Aas ble "
          "valgt inn som henholdsvis leder og nestleder."),
        P("Hilsen styret"),
    ), board(("Hilde Rønning", "LEDE"), ("Geir Aas", "NEST"))),
    _b("events-deputy-last-year-goes-in", (
        H("Styret", 2),
        P("Styreleder: Hilde Rønning\nNestleder: Geir Aas"),
        P("Trond Vang var varamedlem i fjor, og går inn som styremedlem i år. Nina Berg er nytt varamedlem."),
    ), board(("Hilde Rønning", "LEDE"), ("Geir Aas", "NEST"), ("Trond Vang", "MEDL"), ("Nina Berg", "VARA"))),
    _b("events-per-role-goes-in", (
        H("Det nye styret", 2),
        P("Generalforsamlingen valgte nytt styre. Disse endringene ble gjort:"),
        P("Leder: Ola Strand går over til styremedlem etter to år. Siri Berge takket ja til å bli ny leder."),
        P("Nestleder: Anne Vik takket for seg. Mari Lund går inn."),
        P("Styremedlem: Per Holm fortsetter."),
    ), None, expect=Expect(board=board(("Siri Berge", "LEDE"), ("Mari Lund", "NEST"), ("Ola Strand", "MEDL"),
                                       ("Per Holm", "MEDL")), doubtful_board=("Anne Vik",))),
    _b("events-after-a-list", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        P("Leder: Knut Aasen\nNestleder: Berit Lunde\nStyremedlem: Eirik Moe\nVaramedlem: Tone Riis"),
        P("Knut Aasen gikk ut av styret i juni, og Berit Lunde ble valgt til ny leder. Eirik Moe ble valgt til "
          "nestleder, og Tone Riis trådte inn som styremedlem. Jan Bø trådte inn som varamedlem."),
    ), None, expect=Expect(board=board(("Berit Lunde", "LEDE"), ("Eirik Moe", "NEST"), ("Tone Riis", "MEDL"),
                                       ("Jan Bø", "VARA")), doubtful_board=("Knut Aasen",))),
    _b("events-chair-passes-on", (
        H("Dette er det nye styret", 2),
        P("Seks styremedlemmer og to vararepresentanter er klare for arbeidet. Fire av de seks er nye."),
        H("Ny leder og nestleder", 3),
        P("Arvid Holt har vært styreleder siden 2017. Han gir vervet videre til Lene Dahl, og Siv Krog går inn som "
          "nestleder når Ruth Aune gir seg etter to perioder."),
        H("Vara", 3),
        P("Kim Rønne tiltrer som 1. vara."),
    ), None, expect=Expect(board=board(("Lene Dahl", "LEDE"), ("Siv Krog", "NEST"), ("Kim Rønne", "VARA")),
                           doubtful_board=("Arvid Holt", "Ruth Aune"))),

    # --- a photo caption: the role before a name, the deputy's mark in the bracket after one ------
    _b("caption-role-before-name-deputy-in-bracket", (
        H("Vårt nye hovedstyre", 2),
        P("Det nye hovedstyret tiltrer 1. januar og skal lede forbundet i tre år."),
        P("Forbundets nye hovedstyre. Fra venstre: Anne Brekk (Nordby), Ola Tveit (Sørvik), nestleder Eva Lund "
          "(Østby), Per Dahl (Vestby, vara), leder Kari Moe (Nordby), Jon Li (Sørvik, vara) og Siri Hauge (Østby)."),
    ), board(("Kari Moe", "LEDE"), ("Eva Lund", "NEST"), ("Anne Brekk", "MEDL"), ("Ola Tveit", "MEDL"),
             ("Siri Hauge", "MEDL"), ("Per Dahl", "VARA"), ("Jon Li", "VARA"))),
    _b("en-elected-as-chair-other-members-are", (
        H("About the institution", 2),
        P("The board of the institution shall have five members. The Storting has elected Kari Moe as Chair of the "
          "board and Per Dahl as Deputy Chair. Other elected board members are Anne Brekk, Ola Tveit and Siri Hauge."),
        P("The board has overall responsibility for the institution's activities."),
    ), board(("Kari Moe", "LEDE"), ("Per Dahl", "NEST"), ("Anne Brekk", "MEDL"), ("Ola Tveit", "MEDL"),
             ("Siri Hauge", "MEDL")), title="Annual report 2023 Nordic Institute for Fjord Studies"),

    # --- an organisation's name after "styreleiar i" is no person ------------------------------------
    _b("nn-chair-in-an-organisation-not-a-person", (
        H("Ber om fritak som styreleiar", 2),
        P("Kari Ness har bede om fritak frå vervet som styreleiar i Helse Nordvik."),
        P("Nestleiar i styret, Per Lio, leiar styremøtet fredag og er fungerande styreleiar til ny leiar er valt."),
    ), None, expect=Expect(board=board(("Per Lio", "NEST")), doubtful_board=("Kari Ness",)), lang="nn", title=None),

    # --- a daglig leder who leaves, an acting one who has stood in since ------------------------------
    _b("acting-ceo-after-one-who-leaves", (
        H("Daglig leder slutter", 2),
        P("Per Holm slutter som daglig leder i Nordvik Vekst AS. Etter avtale med styret har han allerede gått ut "
          "av stillingen. Fagleder Kari Bø har fungert som daglig leder siden 1. november og er nå konstituert som "
          "daglig leder inntil videre."),
    ), None, expect=Expect(ceo="Kari Bø"), title=None),

    _b("nn-ceo-leaves-by-agreement-pronoun", (
        H("Skifte av dagleg leiar", 2),
        P("Styret har gjort avtale med Per Holm om at han går av som dagleg leiar frå 1. mai. Økonomisjef Kari "
          "Bø er konstituert som dagleg leiar til ny leiar er tilsett."),
    ), None, expect=Expect(ceo="Kari Bø"), lang="nn", title=None),

    # --- 5. members listed with a date --------------------------------------------------------
    _b("members-with-from-and-until-dates", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av:"),
        P("Styreleder: Mette Sund\nNestleder: Are Lien (til 1. mars)\nNestleder: Gro Vik (fra 1. mars)\n"
          "Styremedlem: Kari Bøe (fra 1. mars)\nStyremedlem: Nils Aas"),
    ), None, expect=Expect(board=board(("Mette Sund", "LEDE"), ("Gro Vik", "NEST"), ("Kari Bøe", "MEDL"),
                                       ("Nils Aas", "MEDL")), doubtful_board=("Are Lien",))),
    _b("members-listed-only-with-a-date", (
        H("Styret i Lindvik Vekst AS", 2),
        P("Tor Eng, styreleder\nLiv Haug\nOla Nes (fra 1. mars 2023)\nSigne Ask (til 1. mars 2023)"),
    ), None, expect=Expect(board=board(("Tor Eng", "LEDE"), ("Liv Haug", "MEDL"), ("Ola Nes", "MEDL")),
                           doubtful_board=("Signe Ask",)),
        title="Årsrapport 2023 Lindvik Vekst AS"),

    # --- 6. union representatives are no board members ----------------------------------------
    _b("union-representatives-not-board", (
        H("Styret", 2),
        P("Styreleder: Anne Grue\nNestleder: Bjørn Tofte\nStyremedlem: Karin Lie\n"
          "Ansattes representant: Ola Vang (Fagforbundet)"),
        H("Tillitsvalgte og verneombud", 2),
        P("Tillitsvalgte: Siri Holm, Fagforbundet; Per Dahl, Forskerforbundet; Eva Nes, Delta"),
        P("Verneombud: Jon Lie"),
    ), board(("Anne Grue", "LEDE"), ("Bjørn Tofte", "NEST"), ("Karin Lie", "MEDL"), ("Ola Vang", "MEDL", True)),
        title="Årsrapport 2023 Lindvik museum"),
    _b("union-representatives-with-leave", (
        H("Kontor og tillitsvalgte", 2),
        P("Laget har kontor i Strandgata 4. Frikjøpt tillitsvalgt er Helge Voll (100 %) og Marit Aune (50 %)."),
        H("Styret", 2),
        P("Styret har i 2023 bestått av Leder: Helge Voll\nNestleder: Rune Sande\n"
          "Styremedlemmer: Åse Tveit, Lars Kro"),
    ), board(("Helge Voll", "LEDE"), ("Rune Sande", "NEST"), ("Åse Tveit", "MEDL"), ("Lars Kro", "MEDL"))),

    # --- 7. another foundation's or company's chair in running text, our own name unknown -------
    _b("other-foundations-chair-in-running-text", (
        H("Året som gikk", 2),
        P("Høstmøtet samlet 60 deltakere. Foredraget ble holdt av Eldrid Haga, styreleder i Stiftelsen Sølvberg, "
          "og Tor Ulven, styreleder i Breivik Havn AS, orienterte om kaiprosjektet."),
        H("Styret", 2),
        P("Leder: Anne Moe\nNestleder: Per Lie\nStyremedlem: Kari Sand"),
    ), None, expect=Expect(doubtful_board=("Eldrid Haga", "Tor Ulven")), title=None),
    _b("other-companys-chair-only-in-running-text", (
        P("Vi har i år hatt et godt samarbeid med Nordvik Kraft AS, der styreleder Eldrid Haga har vært en viktig "
          "støttespiller. Styreleder i Stiftelsen Sølvberg, Tor Ulven, besøkte oss i mai."),
        P("Arbeidet med det nye bygget startet i august."),
    ), None, expect=Expect(doubtful_board=("Eldrid Haga", "Tor Ulven")), title=None),
]
