"""Eighth reading (docs/phrasings.md §31): board layouts a blind test found unread (a kirkeleg
fellesråd's members beside their personal deputies in a table headed by the roles, under a heading
that names the council, not "styret"; dot-leader lines printed with dots glued to the words; an
English Role | Name table in a landscape PDF made from a web page), then board and CEO wordings from
public reports. Names, places and organisations are invented; wordings are written from the genre."""
from probes.spec import H, Html, Li, P, T, Expect, Probe, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _b(case_id, items, expected, family="board", **kw) -> Probe:
    return Probe(f"g8-{case_id}", family, tuple(items), Expect(board=expected), **kw)


# --- 1. members beside their personal deputies, the header naming the roles ---------------------
FELLESRAD_NN = board(("Ragna Tveit", "LEDE"), ("Helge Moldestad", "NEST"), ("Inger Bolstad", "MEDL"),
                     ("Svein Lothe", "MEDL"), ("Marit Hovda", "MEDL"), ("Olav Brekke", "VARA"),
                     ("Kari Sunde", "VARA"), ("Nils Haga", "VARA"), ("Brita Ullestad", "VARA"))
FELLESRAD_NB = board(("Turid Sandvoll", "MEDL"), ("Jens Aakre", "LEDE"), ("Grete Hovind", "MEDL"),
                     ("Petter Krog", "NEST"), ("Sissel Brattli", "MEDL"), ("Arne Vollan", "VARA"),
                     ("Hilde Rustad", "VARA"), ("Odd Myhre", "VARA"), ("Lene Furu", "VARA"))

PROBES = [
    _b("nn-fellesradet-valt-av-medlem-personleg-vara", (
        H("Fellesrådet", 2),
        P("Rådet har fem medlemer. Soknerådet i kvart sokn vel ein medlem, kommunestyret ein og biskopen ein."),
        T((("Valt av", "Medlem", "Personleg vara"),
           ("Nordvik sokneråd", "Ragna Tveit (leiar)", "Olav Brekke"),
           ("Lidal sokneråd", "Helge Moldestad (nestleiar)", "Kari Sunde"),
           ("Austbø sokneråd", "Inger Bolstad", "Nils Haga"),
           ("Kommunestyret", "Svein Lothe", "Brita Ullestad"),
           ("Biskopen", "Marit Hovda", ""))),
        P("Fellesrådet har hatt seks møte og handsama 41 saker.")),
        FELLESRAD_NN, lang="nn", formats=PDF, title="Årsmelding 2023 Den norske kyrkja i Nordvik"),
    _b("fellesradet-valgt-av-medlem-personlig-varamedlem", (
        H("Fellesrådet", 2),
        P("Rådet har fem medlemmer med personlige varamedlemmer."),
        T((("Valgt av", "Medlem", "Personlig varamedlem"),
           ("Kommunestyret", "Turid Sandvoll", "Arne Vollan"),
           ("Bergli menighetsråd", "Jens Aakre (leder)", "Hilde Rustad"),
           ("Haugen menighetsråd", "Grete Hovind", "Odd Myhre"),
           ("Strand menighetsråd", "Petter Krog (nestleder)", "Lene Furu"),
           ("Biskopen", "Sissel Brattli", "")))),
        FELLESRAD_NB, formats=PDF, title="Årsrapport 2023 Kirken i Bergli"),
    # the council named only in the first paragraph, the title a bare "Årsmelding 2023"
    _b("nn-fellesradet-named-in-prose-only", (
        P("Lidal kyrkjelege fellesråd har ansvar for dei fire kyrkjene og gravplassane i kommunen."),
        H("Fellesrådet", 2),
        T((("Valt av", "Medlem", "Personleg vara"),
           ("Lidal sokneråd", "Gunnvor Bell (leiar)", "Rolf Tjåland"),
           ("Vikøy sokneråd", "Steinar Helle (nestleiar)", "Anny Rygg"),
           ("Kommunestyret", "Judit Haukås", "Eirik Rød"),
           ("Biskopen", "Hallgeir Nes", "")))),
        board(("Gunnvor Bell", "LEDE"), ("Steinar Helle", "NEST"), ("Judit Haukås", "MEDL"), ("Hallgeir Nes", "MEDL"),
              ("Rolf Tjåland", "VARA"), ("Anny Rygg", "VARA"), ("Eirik Rød", "VARA")), formats=PDF, **NN),
    # the same table under a heading naming a main board (a national association's hovudstyre)
    _b("nn-hovudstyret-valt-av-medlem-vara", (
        H("Hovudstyret", 2),
        P("Hovudstyret har hatt fem møte i 2023."),
        T((("Valt av", "Medlem", "Personleg vara"),
           ("Landsmøtet", "Ivar Hegge (leiar)", "Siv Aasland"),
           ("Landsmøtet", "Berit Hopland (nestleiar)", "Geir Vatshelle"),
           ("Landsmøtet", "Ola Fjære", "Unni Rekve"),
           ("Dei tilsette", "Tone Myrvang", "")))),
        board(("Ivar Hegge", "LEDE"), ("Berit Hopland", "NEST"), ("Ola Fjære", "MEDL"), ("Tone Myrvang", "MEDL", True),
              ("Siv Aasland", "VARA"), ("Geir Vatshelle", "VARA"), ("Unni Rekve", "VARA")),
        lang="nn", formats=PDF, title="Årsmelding 2023 Noregs Kystlag"),
    # a main board named in the indefinite form, its members as bare names and "Leiar:" alone
    _b("nn-hovudstyre-indefinite-bare-names", (
        H("Hovudstyre 2023–2024", 2),
        P("Leiar: Synnøve Aarø\nNestleiar: Bjørn Ulvestad"),
        P("Styremedlemer:\nRagnar Tennfjord\nKirsti Solnør"),
        H("Valnemnd", 2),
        P("Leiar: Inga Brunstad\nMedlem: Per Vartdal")),
        board(("Synnøve Aarø", "LEDE"), ("Bjørn Ulvestad", "NEST"), ("Ragnar Tennfjord", "MEDL"),
              ("Kirsti Solnør", "MEDL")), lang="nn", title="Årsmelding 2023 Noregs Sogelag"),
    Probe("g8-hovedstyre-indefinite-heading", "board", (
        H("Hovedstyre", 2),
        P("Leder: Gunhild Sæther\nNestleder: Arvid Bråthen\nKasserer: Lene Skau\nVaramedlem: Øyvind Ask")),
        Expect(board=board(("Gunhild Sæther", "LEDE"), ("Arvid Bråthen", "NEST"), ("Lene Skau", "MEDL"),
                           ("Øyvind Ask", "VARA")), sure_board=("Gunhild Sæther", "Arvid Bråthen")),
        title="Årsberetning 2023 Norsk Kystkulturforbund"),
    # not the board: the same table for a representantskap, beside a short board list
    _b("representantskapet-table-not-board", (
        H("Styret", 2),
        P("Styreleder: Kjell Ødegård\nNestleder: Anne Rise\nStyremedlem: Tor Brenna"),
        H("Representantskapet", 2),
        T((("Valgt av", "Medlem", "Personlig varamedlem"),
           ("Nordby kommune", "Hans Tofte (leder)", "Eva Lind"),
           ("Sørby kommune", "Mari Stene", "Jan Kvam")))),
        board(("Kjell Ødegård", "LEDE"), ("Anne Rise", "NEST"), ("Tor Brenna", "MEDL")), family="not_board",
        formats=PDF, title="Årsrapport 2023 Nordby Renovasjon IKS"),

    # not the board: a municipality's report on the church council it funds (no church in its name)
    _b("nn-kommune-fellesradet-not-board", (
        H("Fellesrådet", 2),
        P("Kommunen gav 4,1 millionar kroner i tilskot til fellesrådet i 2023."),
        T((("Valt av", "Medlem", "Personleg vara"),
           ("Nordvik sokneråd", "Oddvar Rise (leiar)", "Tora Hjelle"),
           ("Kommunestyret", "Astrid Lothe", "Jon Vik")))),
        board(), family="not_board", lang="nn", formats=PDF, title="Årsmelding 2023 Nordvik kommune"),

    # --- 2. dot-leader lines printed with dots, glued to the words --------------------------------
    Probe("g8-nn-dot-leader-glued-lines", "board", (
        P("Styret i 2023", bold=True),
        P("Styreleiar.......................Ingvild Hauge, Nordvik"),
        P("Nestleiar.........................Rune Sætre, Lidal"),
        P("Styremedlem....................Åse Klungland, Austbø"),
        P("Styremedlem....................Geir Hovden, Nordvik"),
        P("Tilsette sin representant....Lars Aarvik"),
        P("Varamedlem......................Solrun Fossdal"),
        P("Varamedlem......................Einar Liabø"),
        P("Dagleg leiar (hamnesjef) har vore Terje Mykland."),
        P("Styret har hatt seks møte og handsama 38 saker.")),
        Expect(board=board(("Ingvild Hauge", "LEDE"), ("Rune Sætre", "NEST"), ("Åse Klungland", "MEDL"),
                           ("Geir Hovden", "MEDL"), ("Lars Aarvik", "MEDL", True), ("Solrun Fossdal", "VARA"),
                           ("Einar Liabø", "VARA")), ceo="Terje Mykland"),
        lang="nn", formats=PDF, title="Årsmelding 2023 Nordvik Hamn KF"),
    Probe("g8-dot-leader-glued-line-breaks", "board", (
        P("Styret i 2023", bold=True),
        P("Styreleder.....................Marte Lunde, Sørby\nNestleder........................Pål Engen, Nordby\n"
          "Styremedlem..................Kari Brekke\nStyremedlem..................Sindre Holt, Sørby\n"
          "Ansattes representant.....Vidar Eng\nVaramedlem.....................Guro Tangen\n"
          "Varamedlem.....................Tore Bakk"),
        P("Daglig leder (havnefogd) har vært Øystein Ruud.")),
        Expect(board=board(("Marte Lunde", "LEDE"), ("Pål Engen", "NEST"), ("Kari Brekke", "MEDL"),
                           ("Sindre Holt", "MEDL"), ("Vidar Eng", "MEDL", True), ("Guro Tangen", "VARA"),
                           ("Tore Bakk", "VARA")), ceo="Øystein Ruud"),
        formats=PDF, title="Årsberetning 2023 Sørby Havn KF"),

    Probe("g8-nn-dot-leader-tab-lines-ceo", "board", (
        P("Styret i 2023", bold=True),
        P("Styreleiar\tSvanhild Rørvik, Lidal", tabs=(380,), dot_leader=True),
        P("Nestleiar\tKnut Årdal, Nordvik", tabs=(380,), dot_leader=True),
        P("Styremedlem\tIngrid Tjelle, Austbø", tabs=(380,), dot_leader=True),
        P("Styremedlem\tMagne Aasheim, Lidal", tabs=(380,), dot_leader=True),
        P("Tilsette sin representant\tBente Kvalsvik", tabs=(380,), dot_leader=True),
        P("Varamedlem\tOla Reitan", tabs=(380,), dot_leader=True),
        P("Varamedlem\tJorunn Vikane", tabs=(380,), dot_leader=True),
        P("Dagleg leiar (hamnesjef) har vore Arnfinn Strand.")),
        Expect(board=board(("Svanhild Rørvik", "LEDE"), ("Knut Årdal", "NEST"), ("Ingrid Tjelle", "MEDL"),
                           ("Magne Aasheim", "MEDL"), ("Bente Kvalsvik", "MEDL", True), ("Ola Reitan", "VARA"),
                           ("Jorunn Vikane", "VARA")), ceo="Arnfinn Strand"),
        lang="nn", formats=PDF, title="Årsmelding 2023 Lidal Hamnevesen IKS"),

    # Word's autocorrect makes "..." one "…" glyph: a run of them, one token each, leads to the name
    Probe("g8-nn-dot-leader-ellipsis-glyphs", "board", (
        P("Styret i 2023", bold=True),
        P("Styreleiar……………Borghild Nesheim, Nordre Lidal"),
        P("Nestleiar……………Per Egil Tveiten, Austbø"),
        P("Styremedlem………Vigdis Rønneberg, Austbø"),
        P("Styremedlem………Halvard Kleppe, Nordre Lidal"),
        P("Tilsette sin representant……Marta Eikrem"),
        P("Varamedlem………Sverre Lygre"),
        P("Varamedlem………Tordis Heggheim"),
        P("Dagleg leiar (hamnesjef) har vore Olaug Sandvik.")),
        Expect(board=board(("Borghild Nesheim", "LEDE"), ("Per Egil Tveiten", "NEST"), ("Vigdis Rønneberg", "MEDL"),
                           ("Halvard Kleppe", "MEDL"), ("Marta Eikrem", "MEDL", True), ("Sverre Lygre", "VARA"),
                           ("Tordis Heggheim", "VARA")), ceo="Olaug Sandvik"),
        lang="nn", formats=PDF, title="Årsmelding 2023 Austbø Hamn KF"),
    Probe("g8-dot-leader-ellipsis-glyphs", "board", (
        P("Styret i 2023", bold=True),
        P("Styreleder……………Ragnhild Østby, Øvre Dal\nNestleder……………Jon Arne Bakken, Sørby\n"
          "Styremedlem………Lise Kolstad\nVaramedlem………Finn Dahle\nVaramedlem………Heidi Sørli"),
        P("Daglig leder (havnesjef) er Kjell Brattbakk.")),
        Expect(board=board(("Ragnhild Østby", "LEDE"), ("Jon Arne Bakken", "NEST"), ("Lise Kolstad", "MEDL"),
                           ("Finn Dahle", "VARA"), ("Heidi Sørli", "VARA")), ceo="Kjell Brattbakk"),
        formats=PDF, title="Årsberetning 2023 Sørby Havn KF"),

    # --- 3. an English Role | Name table in a landscape PDF made from a web page ------------------
    Probe("g8-english-role-name-table-web-landscape", "board", (
        Html('<table width="100%" border="0"><tr><td width="50%" valign="top"><h2>About the foundation</h2>'
             '<p>The foundation runs the coastal museum and its two branches. It had 27 400 visitors in 2023 and '
             'eleven employees.</p><p>The accounts show an operating surplus.</p></td>'
             '<td width="50%" valign="top"><h3>Board of Directors</h3><table border="0">'
             '<tr><th align="left">Role</th><th align="left">Name</th></tr>'
             '<tr><td>Chair</td><td>Hanne Rydland</td></tr><tr><td>Deputy Chair</td><td>Bjørn Isaksen</td></tr>'
             '<tr><td>Board Member</td><td>Liv Ottesen</td></tr><tr><td>Board Member</td><td>Stian Berge</td></tr>'
             '<tr><td>Employee Representative</td><td>Randi Moe</td></tr>'
             '<tr><td>Deputy Member</td><td>Kjetil Aune</td></tr><tr><td>Observer</td><td>Maria Lien</td></tr>'
             '</table></td></tr></table>', page="A4 landscape"),),
        # Randi Moe, beside a label wrapped over two lines, is missed since the statements' column
        # tables (§30) read the right half as tables: the wrapped row splits them (§31, left).
        Expect(board=board(("Hanne Rydland", "LEDE"), ("Bjørn Isaksen", "NEST"), ("Liv Ottesen", "MEDL"),
                           ("Stian Berge", "MEDL"), ("Kjetil Aune", "VARA"), ("Maria Lien", "OBS")),
               sure_board=("Hanne Rydland", "Bjørn Isaksen")),
        formats=("web",), title="Annual Report 2023 Coastal Museum Foundation"),
    Probe("g8-nn-english-role-name-table-web", "board", (
        Html('<h2>Om stiftinga</h2><p>Stiftinga driv fjordmuseet i Lidal.</p>'
             '<table width="100%" border="0"><tr><td width="50%" valign="top"><h3>Summary</h3>'
             '<p>The foundation runs the fjord museum. It had 9 800 visitors in 2023.</p></td>'
             '<td width="50%" valign="top"><h3>Board</h3><table border="0">'
             '<tr><th align="left">Role</th><th align="left">Name</th></tr>'
             '<tr><td>Chair</td><td>Torunn Bøe</td></tr><tr><td>Deputy Chair</td><td>Andreas Nesse</td></tr>'
             '<tr><td>Board Member</td><td>Oddbjørg Lie</td></tr>'
             '<tr><td>Deputy Member</td><td>Arvid Hole</td></tr><tr><td>Observer</td><td>Sunniva Dale</td></tr>'
             '</table></td></tr></table>', page="A4 landscape"),),
        Expect(board=board(("Torunn Bøe", "LEDE"), ("Andreas Nesse", "NEST"), ("Oddbjørg Lie", "MEDL"),
                           ("Arvid Hole", "VARA"), ("Sunniva Dale", "OBS")),
               sure_board=("Torunn Bøe",)),  # Andreas Nesse is right at 0.93 since the refit
        lang="nn", formats=("web",), title="Årsmelding 2023 Stiftinga Lidal fjordmuseum"),
]

# --- 4. board and CEO wordings from public reports (docs/phrasings.md §31) -----------------------
PROBES += [
    # a fellesråd's table by parish, with the office in a column of its own and the bishop's dean
    _b("nn-fellesrad-sokn-fast-funksjon-vara", (
        H("Fellesrådet", 2),
        T((("Sokn", "Fast representant", "Funksjon", "Vararepresentant"),
           ("Nordvik", "Alf Tangen", "leiar", "Eli Sætre"),
           ("Lidal og Bø", "Gerd Instefjord", "nestleiar", "Kjell Fosse"),
           ("Austbø", "Ottar Vik", "", "Mari Lunde"),
           ("", "Synnøve Hatlem", "prost", "Arne Kvåle"),
           ("", "Bjarne Teigland", "Nordvik kommune", "Reidun Haugland")))),
        board(("Alf Tangen", "LEDE"), ("Gerd Instefjord", "NEST"), ("Ottar Vik", "MEDL"), ("Synnøve Hatlem", "MEDL"),
              ("Bjarne Teigland", "MEDL"), ("Eli Sætre", "VARA"), ("Kjell Fosse", "VARA"), ("Mari Lunde", "VARA"),
              ("Arne Kvåle", "VARA"), ("Reidun Haugland", "VARA")),
        lang="nn", formats=PDF, title="Årsmelding 2023 Kyrkja i Nordvik"),
    # role, comma, name, comma: a sanitetsforening's one-sentence board
    _b("role-comma-name-sentence", (
        H("Styret", 2),
        P("Styret har i 2023 hatt denne sammensetningen: Leder, Torill Engebretsen, kasserer, Randi Holmen, "
          "styremedlem Åse Brenden, varamedlem Inger Sletten, sekretær Liv Fossum."),
        P("Det er holdt fem styremøter.")),
        board(("Torill Engebretsen", "LEDE"), ("Randi Holmen", "MEDL"), ("Åse Brenden", "MEDL"), ("Inger Sletten", "VARA"),
              ("Liv Fossum", "MEDL")), title="Årsmelding 2023 Nordby Sanitetsforening"),
    # a member moved up to deputy chair, in a paragraph about the election
    _b("rykket-opp-til-nestleder", (
        H("Styret", 2),
        P("Styreleder: Bodil Aasen\nStyremedlem: Tone Strøm\nStyremedlem: Geir Kallevik"),
        P("Marit Haugerud rykket opp fra styremedlem til nestleder etter valget.")),
        board(("Bodil Aasen", "LEDE"), ("Tone Strøm", "MEDL"), ("Geir Kallevik", "MEDL"), ("Marit Haugerud", "NEST")),
        title="Årsberetning 2023 Nordby Borettslag"),
    # the board constitutes itself: "fortsetter som", "ble gjenvalgt for 2 år"
    _b("konstituert-seg-fortsetter-som", (
        H("Styret", 2),
        P("Styret har konstituert seg: Bente Solum fortsetter som nestleder, Anders Rye ble gjenvalgt for 2 år og "
          "fortsetter som styremedlem. Styreleder Birgit Aronsen ble gjenvalgt for 2 år.")),
        board(("Bente Solum", "NEST"), ("Anders Rye", "MEDL"), ("Birgit Aronsen", "LEDE")),
        title="Årsberetning 2023 Haugvik Borettslag"),
    # nn: a member left in June, the deputy took the seat
    _b("nn-gjekk-ut-vara-tradde-inn", (
        H("Styret", 2),
        P("Leiar: Solveig Hope\nNestleiar: Trond Fure\nStyremedlem: Per Ask\nStyremedlem: Nina Tvedt\n"
          "Varamedlem: Siri Bø"),
        P("Per Ask gjekk ut av styret i juni, og varamedlem Siri Bø trådte inn som styremedlem.")),
        board(("Solveig Hope", "LEDE"), ("Trond Fure", "NEST"), ("Nina Tvedt", "MEDL"), ("Siri Bø", "MEDL")), **NN),
    # the daglig leder hired and the chair elected in one sentence
    Probe("g8-ansatt-som-daglig-leder-valgt-til-styreleder", "board", (
        H("Styret og administrasjonen", 2),
        P("Fra 1. januar 2023 ble Lise Amundsen ansatt som daglig leder, og Aud Torgersen ble valgt til styreleder "
          "på årsmøtet i mars. Marit Wang ble valgt til nestleder, og Frode Lie og Eva Moen er styremedlemmer.")),
        Expect(board=board(("Aud Torgersen", "LEDE"), ("Marit Wang", "NEST"), ("Frode Lie", "MEDL"), ("Eva Moen", "MEDL")),
               ceo="Lise Amundsen"), title="Årsmelding 2023 Sørby Sanitetsforening"),
    # the chair left; the deputy chair acts as chair ("konstituert styreleiar") since
    _b("nn-konstituert-styreleiar", (
        H("Styret", 2),
        P("Styreleiar: Ola Vang\nNestleiar: Berit Solheim\nStyremedlem: Knut Ese\nVaramedlem: Liv Aas"),
        P("Ola Vang gjekk ut av styret i august. Nestleiar Berit Solheim har sidan vore konstituert styreleiar.")),
        board(("Berit Solheim", "LEDE"), ("Knut Ese", "MEDL"), ("Liv Aas", "VARA")), **NN),
    _b("konstituert-styreleder", (
        H("Styret", 2),
        P("Styreleder: Jens Sandvik\nNestleder: Mona Bråten\nStyremedlem: Karl Hovde"),
        P("Jens Sandvik gikk ut av styret i september. Nestleder Mona Bråten har siden vært konstituert styreleder.")),
        board(("Mona Bråten", "LEDE"), ("Karl Hovde", "MEDL")), title="Årsberetning 2023 Nordby Idrettslag"),
    # a working chair
    Probe("g8-arbeidende-styreleder", "board", (
        H("Styret", 2),
        P("Arbeidende styreleder: Kåre Nyhus\nStyremedlem: Berit Lien\nStyremedlem: Jon Moen"),
        P("Selskapet har ingen daglig leder; arbeidende styreleder har den daglige driften.")),
        Expect(board=board(("Kåre Nyhus", "LEDE"), ("Berit Lien", "MEDL"), ("Jon Moen", "MEDL")), ceo=None),
        title="Årsberetning 2023 Nordby Utleie AS"),
    # each member with the years elected and up for election
    _b("nn-valt-pa-val-years", (
        H("Styret", 2),
        P("Leiar: Kristin Heggland (valt 2022, på val 2024)\nNestleiar: Olav Dyrdal (valt 2023, på val 2025)\n"
          "Styremedlem: Gro Sandal (valt 2022, på val 2024)\nVaramedlem: Atle Vikøren (valt 2023, på val 2024)")),
        board(("Kristin Heggland", "LEDE"), ("Olav Dyrdal", "NEST"), ("Gro Sandal", "MEDL"), ("Atle Vikøren", "VARA")),
        **NN),
    # a deputy who met as a regular member is still a deputy
    _b("vara-motte-fast", (
        H("Styret", 2),
        P("Styreleder: Hilde Brøndbo\nNestleder: Per Opsahl\nStyremedlem: Tove Lund\nVaramedlem: Ola Gjerde"),
        P("Varamedlem Ola Gjerde har møtt fast i styret hele året.")),
        board(("Hilde Brøndbo", "LEDE"), ("Per Opsahl", "NEST"), ("Tove Lund", "MEDL"), ("Ola Gjerde", "VARA"))),
    # the member and deputy a municipality chose, with their parties in parentheses
    _b("medlem-vara-party", (
        H("Styret", 2),
        P("Medlem: Lars Ekhaug (Sp)\nVara: Monica Edvardsen (Ap)\nMedlem: Grete Holm (H)\nVara: Rolf Dahl (SV)")),
        board(("Lars Ekhaug", "MEDL"), ("Monica Edvardsen", "VARA"), ("Grete Holm", "MEDL"), ("Rolf Dahl", "VARA")),
        title="Årsrapport 2023 Nordby Kulturhus KF"),
    # not the board: members leaving, thanked with flowers; a subsidiary's board in passing
    _b("nn-slutta-i-styret-not-board", (
        H("Styret", 2),
        P("Leiar: Randi Frøyset\nKasserar: Eli Myklebust\nStyremedlem: Jan Rønstad"),
        P("Slutta i styret: Ruth Aaland, Elise Hovden og Marta Bakke fekk blomar for innsatsen.")),
        board(("Randi Frøyset", "LEDE"), ("Eli Myklebust", "MEDL"), ("Jan Rønstad", "MEDL")), family="not_board", **NN),
    _b("nn-dotterselskap-styre-not-board", (
        H("Styret", 2),
        P("Styreleiar: Ingrid Mæland\nStyremedlem: Sverre Nes\nStyremedlem: Ane Grov"),
        H("Dotterselskap", 2),
        P("Styret i dotterselskapet Lidal Eigedom AS har vore Ola Bergset (leiar) og Kari Helle.")),
        board(("Ingrid Mæland", "LEDE"), ("Sverre Nes", "MEDL"), ("Ane Grov", "MEDL")), family="not_board", **NN),
    # not the board: a menighetsråd's own report names the fellesråd's chair
    _b("menighetsrad-fellesradet-not-board", (
        H("Menighetsrådet", 2),
        P("Leder: Kirsten Ødegaard\nNestleder: Paul Rygg\nMedlem: Hanna Vold"),
        H("Fellesrådet", 2),
        P("Menighetsrådets representant i fellesrådet er Paul Rygg. Fellesrådet ledes av Trygve Sunde.")),
        board(("Kirsten Ødegaard", "LEDE"), ("Paul Rygg", "NEST"), ("Hanna Vold", "MEDL")), family="not_board",
        title="Årsmelding 2023 Bergli menighetsråd"),
]
