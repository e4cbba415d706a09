"""Sixth reading (docs/phrasings.md §20): board, daglig leder and organisation facts as other
hands write them: a meeting report after the årsmelding naming officers by what they did
("Leder X ønsket velkommen", nn "Leiar X leidde møtet"), role and name set apart by commas ("Leder,
X, kasserer, Y"), nn name-then-role lists ("X, leiar, Y, skrivar"), unlabelled members under the
chair's lines, members with their home place or club beside the name, a church council's table
with each member's deputy on the same row, member/deputy pairs with party tags, observers from
another body, a board before and after the annual meeting, an e-signature page in English,
the chair of a parent company, founding years counted back from a jubilee, postal and visiting
addresses, owners listed with "eierandel". Names, places and figures are invented; wordings
paraphrased."""
from probes.spec import H, Li, P, T, Expect, Probe, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _b(case_id, items, expected, ceo=None, family="board", **kw) -> Probe:
    return Probe(f"g6-{case_id}", family, tuple(items), Expect(board=expected, ceo=ceo), **kw)


def _org(case_id, items, **expect) -> Probe:
    kw = {k: expect.pop(k) for k in ("lang", "title", "formats") if k in expect}
    return Probe(f"g6-{case_id}", "organisation", tuple(items), Expect(**expect), **kw)


PROBES = [
    # --- a meeting report after the årsmelding: officers named by what they did -------------------
    _b("meeting-report-after-board-list", (
        H("Styret", 2),
        P("Leder: Tone Karlsrud\nKasserer: Marit Østby\nStyremedlem: Wenche Haugli\nVaramedlem: Torun Aske"),
        H("Protokoll fra årsmøtet 2024", 2),
        P("Leder Tone Karlsrud ønsket velkommen. Tone Karlsrud ble valgt til møteleder og Hanna Bergli til "
          "referent. Årsberetningen ble lest av Hanna Bergli og enstemmig godkjent. Kasserer Marit Østby la "
          "fram regnskapet, som var revidert av Kari Ruud og Liv Holte.")),
        board(("Tone Karlsrud", "LEDE"), ("Marit Østby", "MEDL"), ("Wenche Haugli", "MEDL"), ("Torun Aske", "VARA")),
        family="not_board", title="Årsberetning 2023 Nordby Sanitetsforening"),
    # officers named only by what they did at the meeting: left unread (or below review); the
    # referent and the auditors are never sure board members
    Probe("g6-meeting-report-only-officers", "not_board", (
        H("Årsmøtet", 2),
        P("Årsmøtet ble holdt 4. februar med 14 medlemmer til stede. Leder Tone Karlsrud ønsket velkommen. "
          "Hanna Bergli ble valgt til referent. Kasserer Marit Østby la fram regnskapet, som var revidert av "
          "Kari Ruud og Liv Holte.")),
        Expect(ceo=None, doubtful_board=("Tone Karlsrud", "Marit Østby", "Hanna Bergli", "Kari Ruud", "Liv Holte")),
        title="Årsberetning 2023 Nordby Sanitetsforening"),
    _b("nn-leiar-leidde-motet-then-val", (
        H("Årsmøtet", 2),
        P("Leiar Kari Årdal leidde møtet med Elling Kvamme som sekretær. Årsmeldinga vart lagd fram."),
        P("Val av styre vart slik: Styre: Leiar: Kari Årdal, nestleiar: Jon Arne Rise, skrivar: Elling Kvamme, "
          "kasserar: Johan Urdal, styremedlem: Berit Hoff.")),
        board(("Kari Årdal", "LEDE"), ("Jon Arne Rise", "NEST"), ("Elling Kvamme", "MEDL"), ("Johan Urdal", "MEDL"),
              ("Berit Hoff", "MEDL")), **NN),
    _b("nn-vald-til-moteleiar-not-board", (
        H("Styret", 2),
        P("Leiar: Einar Midtbø\nNestleiar: Gro Husaker\nKasserar: Sjur Vinsnes"),
        H("Årsmøtet", 2),
        P("Det kom framlegg på Einar Midtbø, som vart vald til møteleiar. Det kom framlegg på Ivar Ringdal, "
          "som vart vald til skrivar. Ola Ure og Gro Ure vart valde til å skriva under protokollen.")),
        board(("Einar Midtbø", "LEDE"), ("Gro Husaker", "NEST"), ("Sjur Vinsnes", "MEDL")), family="not_board", **NN),
    _b("opened-by-chair-of-the-board", (
        H("Generalforsamling", 2),
        P("Generalforsamlingen ble åpnet av styrets leder, Klaus Nystad. Terje Bakk ble valgt til å "
          "undertegne protokollen sammen med møtelederen."),
        H("Styret", 2),
        P("Styret består av Klaus Nystad (leder), Anne Fossum og Per Grini.")),
        board(("Klaus Nystad", "LEDE"), ("Anne Fossum", "MEDL"), ("Per Grini", "MEDL")), family="not_board"),
    # --- role and name set apart by commas; name-then-role lists (nn) -----------------------------
    _b("role-comma-name-list", (
        H("Styret", 2),
        P("Styresammensetningen gjelder fram til årsmøtet 2024: Leder, Tone Karlsrud, kasserer, Karin Tveit, "
          "styremedlem Marit Østby, styremedlem Wenche Haugli, varamedlem Torun Aske, sekretær Gunvor Vestli.")),
        board(("Tone Karlsrud", "LEDE"), ("Karin Tveit", "MEDL"), ("Marit Østby", "MEDL"), ("Wenche Haugli", "MEDL"),
              ("Torun Aske", "VARA"), ("Gunvor Vestli", "MEDL")), formats=PDF),
    _b("nn-val-name-comma-role-list", (
        H("Val", 2),
        P("Val: Hilde Nysæter, leiar, Marte Storli, skrivar, Solrun Slette, kasserar, Gunnar Indre og Rune "
          "Slette, styremedlemer, Steinar Skog og Dorthe Nordal, varamedlemer. Valnemnd: Arthur Vestad og "
          "Torbjørn Rekve, revisor: Anne Torsen.")),
        board(("Hilde Nysæter", "LEDE"), ("Marte Storli", "MEDL"), ("Solrun Slette", "MEDL"), ("Gunnar Indre", "MEDL"),
              ("Rune Slette", "MEDL"), ("Steinar Skog", "VARA"), ("Dorthe Nordal", "VARA")), **NN),
    # --- unlabelled members under the chair's lines, with election remarks (nn) --------------------
    _b("nn-unlabelled-members-after-nestleiar", (
        H("Styret", 2),
        P("Etter årsmøtet er dette styret i laget:"),
        P("Leiar: Bjørn Lindvik (attval)\nNestleiar: Sigfrid Hovda (attval)\nJonny Asper (ikkje på val)\n"
          "Helge Øvstebø (ikkje på val)\nKjell Elde (attval 2023–2024)\nMette Hestnes (ny 2023–2024)"),
        P("Varamedlemer: Jan Grønli (attval)\nEgil Lunde (ny)")),
        board(("Bjørn Lindvik", "LEDE"), ("Sigfrid Hovda", "NEST"), ("Jonny Asper", "MEDL"), ("Helge Øvstebø", "MEDL"),
              ("Kjell Elde", "MEDL"), ("Mette Hestnes", "MEDL"), ("Jan Grønli", "VARA"), ("Egil Lunde", "VARA")), **NN, formats=PDF),
    # --- home place or club beside the name -----------------------------------------------------------
    _b("nn-members-with-home-place-bullets", (
        H("Val", 2),
        P("Det nye styret er no samansett slik:"),
        Li("Vigdis Vassli, Nordbygd, ikkje på val"),
        Li("Frida Woll, Nordbygd, ikkje på val"),
        Li("Ola Ødegard, Sørbygd, attval"),
        Li("Eldrid Skreda, Sørbygd, ny"),
        P("Varamedlemer:"),
        Li("Ola Lien, Austbygd, attval"),
        Li("Randi Sæbø, Sørbygd, ny"),
        P("Vigdis Vassli held fram som styreleiar eitt år til.")),
        board(("Vigdis Vassli", "LEDE"), ("Frida Woll", "MEDL"), ("Ola Ødegard", "MEDL"), ("Eldrid Skreda", "MEDL"),
              ("Ola Lien", "VARA"), ("Randi Sæbø", "VARA")), **NN, formats=PDF),
    _b("board-home-municipality-in-brackets", (
        H("Styret", 2),
        P("Leder: Kari Nilsen (Vikdal)\nNestleder: Per Ramstad (Sørbø)\nStyremedlem: Liv Hogstad (Nordvik)\n"
          "Varamedlem: Odd Tvedt (Vikdal)")),
        board(("Kari Nilsen", "LEDE"), ("Per Ramstad", "NEST"), ("Liv Hogstad", "MEDL"), ("Odd Tvedt", "VARA")),
        title="Årsrapport 2023 Vikdal Renovasjon IKS"),
    _b("board-table-club-beside-name", (
        H("Styrets sammensetning 2023", 2),
        T((("Styreleder", "Jørn Bakken", "Nordby Skiklubb"), ("Nestleder", "Hilde Strand", "Holmby Hockey"),
           ("Styremedlem", "Anne Marie Krogh", "Vollby IL"), ("Styremedlem", "Steinar Bu", "Nordby Skiklubb Fotball"),
           ("Varamedlem", "Kjell Hustoft", "Nordby Tennisklubb")), bold_header=False),
        P("Valgkomité: Runar Fjell (Nordby Skiklubb) og Tore Ring (Vollby IL)")),
        board(("Jørn Bakken", "LEDE"), ("Hilde Strand", "NEST"), ("Anne Marie Krogh", "MEDL"), ("Steinar Bu", "MEDL"),
              ("Kjell Hustoft", "VARA")), title="Årsberetning 2023 Nordby Idrettsråd", formats=PDF),
    _b("titles-before-names-in-board-prose", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av varaordfører Per Hansvik (leder), rådmann Kari Lilleby (nestleder), "
          "kommunalsjef Odd Brenne og ordfører Astrid Moen.")),
        board(("Per Hansvik", "LEDE"), ("Kari Lilleby", "NEST"), ("Odd Brenne", "MEDL"), ("Astrid Moen", "MEDL")),
        title="Årsberetning 2023 Stiftelsen Nordvik Bygdetun"),
    # --- a church council's table: each member's deputy on the same row -------------------------------
    _b("fellesrad-table-member-and-deputy-per-row", (
        H("Fellesrådet", 2),
        T((("Sokn", "Fast representant", "Funksjon", "Vararepresentant"),
           ("Nordby", "Bodil Slette", "", "Beate Øvre"),
           ("Holm og Nes", "Magne Myrstad", "nestleder", "Rikke Gude"),
           ("Kilen", "Hallvard Rype", "leder", "Hilde Holt"),
           ("", "Liv Espe", "prost", ""),
           ("", "Erik Nesje", "Nordby kommune", "Gerd Lindøy")))),
        board(("Bodil Slette", "MEDL"), ("Magne Myrstad", "NEST"), ("Hallvard Rype", "LEDE"), ("Liv Espe", "MEDL"),
              ("Erik Nesje", "MEDL"), ("Beate Øvre", "VARA"), ("Rikke Gude", "VARA"), ("Hilde Holt", "VARA"),
              ("Gerd Lindøy", "VARA")), title="Årsrapport 2023 Nordby kirkelige fellesråd", formats=PDF),
    _b("fellesrad-valgte-som-leder-med-som-nestleder", (
        H("Fellesrådet", 2),
        P("Det nye fellesrådet hadde konstituerende møte i Nordby kirke og valgte Kristian Lie som leder av "
          "fellesrådet, med Elisabeth Urdahl som nestleder."),
        P("Øvrige medlemmer: Ole Berntsen, Morten Hode og Marianne Hovda.\nVararepresentanter: Henning "
          "Kristensen og Turid Tjore.")),
        board(("Kristian Lie", "LEDE"), ("Elisabeth Urdahl", "NEST"), ("Ole Berntsen", "MEDL"), ("Morten Hode", "MEDL"),
              ("Marianne Hovda", "MEDL"), ("Henning Kristensen", "VARA"), ("Turid Tjore", "VARA")),
        title="Årsrapport 2023 Nordby kirkelige fellesråd"),
    _b("nn-sokneradet-own-council", (
        H("Soknerådet", 2),
        P("Soknerådet har i 2023 hatt denne samansetjinga:"),
        P("Leiar: Randi Haugsvær\nNestleiar: Olav Brekkå\nMedlem: Sigrun Tveit\nMedlem: Nils Ove Aasen\n"
          "Varamedlem: Brita Hopen")),
        board(("Randi Haugsvær", "LEDE"), ("Olav Brekkå", "NEST"), ("Sigrun Tveit", "MEDL"), ("Nils Ove Aasen", "MEDL"),
              ("Brita Hopen", "VARA")), lang="nn", title="Årsmelding 2023 Austvik sokneråd"),
    _b("menighetsrad-report-fellesradet-is-other", (
        H("Menighetsrådet", 2),
        P("Leder: Tove Kvam\nNestleder: Arild Sætre\nMedlem: Kari Yttervik\nMedlem: Jon Hovde"),
        H("Samarbeid med fellesrådet", 2),
        P("Leder i fellesrådet er Per Rustad, og nestleder er Mona Vikhammer. Menighetsrådets representant i "
          "fellesrådet er Kari Yttervik.")),
        board(("Tove Kvam", "LEDE"), ("Arild Sætre", "NEST"), ("Kari Yttervik", "MEDL"), ("Jon Hovde", "MEDL")),
        family="not_board", title="Årsmelding 2023 Nordby menighetsråd"),
    # --- member/deputy pairs with party tags; numbered deputies ----------------------------------------
    _b("medlem-vara-pairs-party-tags", (
        H("Styret", 2),
        P("Styret er valgt av kommunestyret for perioden 2019–2023:"),
        P("Leder: Lars Ekrem (Sp)\nVara: Monica Eid (Ap)\nMedlem: Jon Haug (H)\nVara: Siri Dahle (Sp)\n"
          "Medlem: Åse Lund (Ap)\nVara: Tor Lie (KrF)")),
        board(("Lars Ekrem", "LEDE"), ("Monica Eid", "VARA"), ("Jon Haug", "MEDL"), ("Siri Dahle", "VARA"),
              ("Åse Lund", "MEDL"), ("Tor Lie", "VARA")), title="Årsberetning 2023 Nordvik Eiendom KF"),
    _b("forste-varamedlem-moter-fast", (
        H("Styret", 2),
        P("Styreleder: Hege Lund\nStyremedlem: Rolf Aas\nStyremedlem: Gro Vik"),
        P("Første varamedlem, Kjetil Bø, møter fast på styremøtene. Andre varamedlem er Siri Moe.")),
        board(("Hege Lund", "LEDE"), ("Rolf Aas", "MEDL"), ("Gro Vik", "MEDL"), ("Kjetil Bø", "VARA"), ("Siri Moe", "VARA"))),
    _b("nn-numbered-varamedlem-labels", (
        H("Styret", 2),
        P("Styreleiar: Ingrid Haugen\nStyremedlem: Nils Bakken\nStyremedlem: Oda Rygg\n1. varamedlem: Eirik Li\n"
          "2. varamedlem: Synnøve Rød")),
        board(("Ingrid Haugen", "LEDE"), ("Nils Bakken", "MEDL"), ("Oda Rygg", "MEDL"), ("Eirik Li", "VARA"),
              ("Synnøve Rød", "VARA")), **NN),
    # --- observers and people with speaking rights only -------------------------------------------------
    _b("observer-from-another-body", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av: Marit Hermo (leder), Christer Moe (nestleder), Ole Bakke og Anja Heen. "
          "I tillegg har Kari Solli, Nordby kommune (observatør), møtt i styret.")),
        board(("Marit Hermo", "LEDE"), ("Christer Moe", "NEST"), ("Ole Bakke", "MEDL"), ("Anja Heen", "MEDL"),
              ("Kari Solli", "OBS"))),
    _b("rad-leder-and-ceo-speaking-rights-not-board", (
        H("Styret og administrasjonen", 2),
        P("Leder: Gunn Hygen\nStyremedlemmer: Ola Strand, Inge Kulstad og Hege Vinjar\nVaramedlemmer: Erik Aalen"),
        P("Daglig leder: Gry Binde"),
        P("Rådet: Merete Wist, leder. Kontrollkomiteen: Tormod Slette, leder. Valgkomité: Nelly Maske, leder."),
        P("Foruten styremedlemmene innkalles leder i rådet og daglig leder til styremøtene. De har tale-, men "
          "ikke stemmerett.")),
        board(("Gunn Hygen", "LEDE"), ("Ola Strand", "MEDL"), ("Inge Kulstad", "MEDL"), ("Hege Vinjar", "MEDL"),
              ("Erik Aalen", "VARA")), ceo="Gry Binde", family="not_board", title="Årsberetning 2023 Nordby Skiklubb"),
    # --- a board changed at the annual meeting ----------------------------------------------------------
    _b("board-before-and-after-annual-meeting", (
        H("Styret", 2),
        P("Fram til årsmøtet 14. mars 2023 besto styret av leder Arne Dal, nestleder Bodil Lie og styremedlem "
          "Trond Vik."),
        P("Etter årsmøtet har styret bestått av leder Bodil Lie, nestleder Trond Vik og styremedlemmene Eva Holm "
          "og Rune Sand.")),
        board(("Bodil Lie", "LEDE"), ("Trond Vik", "NEST"), ("Eva Holm", "MEDL"), ("Rune Sand", "MEDL"))),
    _b("nn-board-before-and-after-arsmotet", (
        H("Styret", 2),
        P("Fram til årsmøtet i mars var Astrid Hole leiar, Per Rise nestleiar og Unni Brekk styremedlem. Etter "
          "årsmøtet har styret vore: leiar Per Rise, nestleiar Unni Brekk, styremedlemer Ola Tvedt og Siv Lode.")),
        board(("Per Rise", "LEDE"), ("Unni Brekk", "NEST"), ("Ola Tvedt", "MEDL"), ("Siv Lode", "MEDL")), **NN),
    # --- an e-signature page in English --------------------------------------------------------------------
    _b("esignature-page-english-roles", (
        H("Styrets beretning", 2),
        P("Styret mener årsregnskapet gir et rettvisende bilde av stillingen ved årsskiftet."),
        H("Signatures", 2),
        P("This document was signed electronically. Document key: QX7TR-82KLM-PP0AZ"),
        P("Nordmann, Kari Elise\nChairman of the board\nSigned with BankID 2024-03-12"),
        P("Hansen, Per Ole\nBoard member\nSigned with BankID 2024-03-12"),
        P("Lie, Tone\nBoard member\nSigned with BankID 2024-03-13"),
        P("Berg, Anders\nCEO\nSigned with BankID 2024-03-13")),
        board(("Kari Elise Nordmann", "LEDE"), ("Per Ole Hansen", "MEDL"), ("Tone Lie", "MEDL")),
        ceo="Anders Berg", title="Årsrapport 2023 Nordvik Vekst AS", formats=PDF),
    # --- the chair of a parent company or owner, in prose ------------------------------------------------------
    _b("parent-company-chair-in-prose", (
        H("Eierforhold", 2),
        P("Selskapet eies av Nordvik Holding AS. Styreleder i morselskapet, Ragnar Fjeld, er også ordfører i "
          "Nordvik kommune."),
        H("Styret", 2),
        P("Styreleder: Inger Solum\nStyremedlem: Tor Aaby\nStyremedlem: Gerd Lien")),
        board(("Inger Solum", "LEDE"), ("Tor Aaby", "MEDL"), ("Gerd Lien", "MEDL")), family="not_board",
        title="Årsrapport 2023 Nordvik Vekst AS"),
    _b("nn-eigarkommune-ordforar-in-prose", (
        H("Eigarskap", 2),
        P("Selskapet er eigd av Austvik kommune. Ordføraren i Austvik, Hallgeir Nes, er leiar i eigarmøtet."),
        H("Styret", 2),
        P("Styreleiar: Guri Haga\nStyremedlem: Knut Løv\nVaramedlem: Anne Tjøn")),
        board(("Guri Haga", "LEDE"), ("Knut Løv", "MEDL"), ("Anne Tjøn", "VARA")), family="not_board", **NN),
    # --- organisation facts ----------------------------------------------------------------------------------
    _org("org-name-kirkelige-fellesrad-title", (
        P("Fellesrådet har i 2023 hatt seks møter og behandlet 48 saker."),
    ), org_name="Nordby kirkelige fellesråd", title="Årsrapport 2023 Nordby kirkelige fellesråd"),
    _org("org-name-nn-kyrkjelege-fellesrad-title", (
        P("Fellesrådet har i 2023 hatt fem møte."),
    ), org_name="Austvik kyrkjelege fellesråd", lang="nn", title="Årsmelding 2023 Austvik kyrkjelege fellesråd"),
    _org("founded-jubileet-nn", (
        P("I 2023 feira laget 40-årsjubileet sitt med fest i grendahuset."),
        P("Bygdekvinnelaget Solrenning har 60 medlemer."),
    ), founded_year=1983, **NN),
    _org("founded-years-since-skipa-nn", (
        P("I år er det 50 år sidan laget vart skipa."),
        P("Nordbygd Sogelag har 120 medlemer."),
    ), founded_year=1973, **NN),
    _org("founded-for-years-ago", (
        P("Foreningen ble stiftet for 25 år siden av en gruppe pårørende."),
        P("Lysvåken Norge har 400 medlemmer."),
    ), founded_year=1998, title="Årsmelding 2023"),
    _org("founded-dotted-date-label", (
        P("Nordby Båtforening\nStiftet 14.03.1962\nOrg.nr. 971 234 567"),
        P("Nordby Båtforening har 310 båtplasser."),
    ), founded_year=1962, title="Årsberetning 2023"),
    _org("address-postadresse-besoksadresse", (
        P("Nordvik Vekst AS\nPostadresse: Postboks 112, 6801 Førde\nBesøksadresse: Hafstadvegen 14, 6800 Førde\n"
          "Telefon: 57 72 10 00\nE-post: post@nordvikvekst.no"),
        P("Nordvik Vekst AS er en arbeids- og inkluderingsbedrift."),
    ), org_name="Nordvik Vekst AS", address="Hafstadvegen 14", phone="57 72 10 00", email="post@nordvikvekst.no",
        title="Årsrapport 2023"),
    _org("address-nn-postadresse-besoksadresse", (
        P("Fjordlys IKS\nPostadresse: Postboks 40, 6770 Nordfjordeid\nBesøksadresse: Sjøgata 5, 6770 Nordfjordeid\n"
          "Telefon: 57 86 00 00"),
        P("Fjordlys IKS er eit interkommunalt selskap."),
    ), org_name="Fjordlys IKS", address="Sjøgata 5", phone="57 86 00 00", **NN),
    _org("owners-list-eierandel-inline", (
        H("Eierkommunene", 2),
        P("Nordvik kommune eierandel 31,95 %\nSørvik kommune eierandel 15,9 %\nAustvik kommune eierandel 2,15 %\n"
          "Nordfjell fylkeskommune eierandel 50 %"),
    ), owners=frozenset({("Nordvik kommune", 31.95), ("Sørvik kommune", 15.9), ("Austvik kommune", 2.15),
                         ("Nordfjell fylkeskommune", 50.0)}), title="Årsrapport 2023 Fjellrevisjon IKS"),
    _org("owners-nn-eigd-av-kommunane-parenthesised", (
        P("Selskapet er eigd av kommunane Nordvik (40 %), Sørvik (35 %) og Austvik (25 %)."),
    ), owners=frozenset({("Nordvik kommune", 40.0), ("Sørvik kommune", 35.0), ("Austvik kommune", 25.0)}), **NN),
    _org("owners-table-eierandel-antall-aksjer", (
        H("Aksjonærer", 2),
        T((("Aksjonær", "Antall aksjer", "Eierandel"), ("Nordvik kommune", "600", "60 %"),
           ("Nordvik Sparebank", "250", "25 %"), ("Nordvik Næringsforening", "150", "15 %"), ("Sum", "1 000", "100 %"))),
    ), owners=frozenset({("Nordvik kommune", 60.0), ("Nordvik Sparebank", 25.0), ("Nordvik Næringsforening", 15.0)}),
        title="Årsrapport 2023 Nordvik Vekst AS"),
    _org("report-year-with-next-years-minutes", (
        P("Årsmelding for Nordby Sanitetsforening 2023"),
        P("Foreningen hadde 31 medlemmer ved årsskiftet."),
        H("Protokoll fra årsmøtet 5. februar 2024", 2),
        P("Årsmeldingen for 2023 ble godkjent. Budsjettet for 2024 ble vedtatt."),
    ), report_year=2023, title="Årsmelding 2023"),
]
