"""Fifth reading (docs/phrasings.md §19): board, daglig leder, staff and NAV programs as other hands
write them: officers named after a clause ("ble gjenvalgt for to år og fortsetter som sekretær"),
elections reported as news on a general meeting (nn "vart attvald", "var ikkje på val", "er vara til
styret"), a chair who resigned and a constituted successor, a chair replaced at the annual meeting
who stays on the board, boards listed name-then-title, older wordings (formann, varamenn,
disponent), foundation boards appointed by a municipality, daglig leder from a date, programs named
only by their participants (lærekandidatar) and older program names (arbeidsmarkedsbedrift,
attføringsplasser, arbeidssamvirke). Names, places and figures are invented; wordings paraphrased."""
from probes.spec import H, P, Expect, Li, Probe, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _b(case_id, items, expected, ceo=None, family="board", **kw) -> Probe:
    return Probe(f"g5-{case_id}", family, tuple(items), Expect(board=expected, ceo=ceo), **kw)


def _prog(case_id, items, programs, only=True, **kw) -> Probe:
    return Probe(f"g5-{case_id}", "programs", tuple(items), Expect(programs=programs, only_programs=only), **kw)


def _ceo(case_id, items, ceo, **kw) -> Probe:
    return Probe(f"g5-{case_id}", "ceo", tuple(items), Expect(ceo=ceo), **kw)


PROBES = [
    # --- officers named after a clause: a secretary or treasurer is a member --------------------
    _b("gjenvalgt-clause-fortsetter-som-sekretaer", (
        H("Styret", 2),
        P("Styreleder Kari Aasland ble gjenvalgt for ett år. Per Brattvoll ble gjenvalgt for to år og "
          "fortsetter som sekretær. Anne Lindtveit fortsetter som kasserer, og Rune Skogli er styremedlem.")),
        board(("Kari Aasland", "LEDE"), ("Per Brattvoll", "MEDL"), ("Anne Lindtveit", "MEDL"), ("Rune Skogli", "MEDL"))),
    _b("nn-attvald-held-fram-som-kasserar", (
        H("Styret", 2),
        P("Styreleiar Gunn Myrvang vart attvald for eitt år. Tor Eidsvåg vart attvald for to år og held "
          "fram som kasserar. Silje Roaldset held fram som skrivar, og Ivar Heggdal er styremedlem.")),
        board(("Gunn Myrvang", "LEDE"), ("Tor Eidsvåg", "MEDL"), ("Silje Roaldset", "MEDL"), ("Ivar Heggdal", "MEDL")),
        **NN),
    _b("constituted-gjenvalgt-clause-sekretaer", (
        H("Styret", 2),
        P("Styret har konstituert seg slik: Bente Vollheim fortsetter som nestleder, og Anders Tjeldvoll ble "
          "gjenvalgt for to år og fortsetter som sekretær. Styreleder Birgit Sørlien ble gjenvalgt for to år. "
          "Kåre Nilsby er styremedlem.")),
        board(("Birgit Sørlien", "LEDE"), ("Bente Vollheim", "NEST"), ("Anders Tjeldvoll", "MEDL"), ("Kåre Nilsby", "MEDL"))),
    # --- election lists with terms --------------------------------------------------------------
    _b("valg-list-terms-ikke-pa-valg", (
        H("Valg", 2),
        P("Leder: Ola Hestnes, gjenvalgt for 2 år\nNestleder: Kari Bøhn, ikke på valg\nKasserer: Jon Lien, "
          "valgt for 2 år\nSekretær: Anne Ruudsmo, ikke på valg\nVaramedlem: Siv Dalane, valgt for 1 år")),
        board(("Ola Hestnes", "LEDE"), ("Kari Bøhn", "NEST"), ("Jon Lien", "MEDL"), ("Anne Ruudsmo", "MEDL"),
              ("Siv Dalane", "VARA")), title="Årsmøte 2024 Nordvik Idrettslag"),
    _b("nn-val-list-attvald-ikkje-pa-val", (
        H("Styret", 2),
        P("Leiar: Odd Sæbønes (attvald for 2 år)\nNestleiar: Brit Hovland (ikkje på val)\nKasserar: Jarle Vik "
          "(ny, vald for 2 år)\nStyremedlem: Unni Brekke (ikkje på val)\nVaramedlem: Ola Tvinnereim (vald for 1 år)")),
        board(("Odd Sæbønes", "LEDE"), ("Brit Hovland", "NEST"), ("Jarle Vik", "MEDL"), ("Unni Brekke", "MEDL"),
              ("Ola Tvinnereim", "VARA")), **NN),
    # --- election news after a general meeting (nn) -----------------------------------------------
    _b("nn-generalforsamling-news-ikkje-pa-val", (
        H("Styret", 2),
        P("Generalforsamlinga vart halden 12. mai. Liv Rustevik kom inn som styremedlem og nestleiar. "
          "Erik Hellevang vart attvald som styreleiar, og Vigdis Brekkhus vart attvald som styremedlem. "
          "Elin Storlid og Eirik Haugsdal var ikkje på val. Aksel Myklevoll går ut av styret etter mange år. "
          "Tom Bakkevik og Roald Vikane er vara til styret.")),
        board(("Liv Rustevik", "NEST"), ("Erik Hellevang", "LEDE"), ("Vigdis Brekkhus", "MEDL"),
              ("Elin Storlid", "MEDL"), ("Eirik Haugsdal", "MEDL"), ("Tom Bakkevik", "VARA"), ("Roald Vikane", "VARA")),
        **NN),
    # --- the chair replaced: the former chair stays as a member, or leaves ------------------------
    _b("new-leader-after-former-who-stays", (
        H("Styret", 2),
        P("Årsmøtet valgte Svein Løvberg som ny leder etter Grete Verdal, som hadde frasagt seg gjenvalg som "
          "leder. Grete Verdal fortsetter i styret. Inger Waaler og Øystein Rismo ble valgt som nye "
          "styremedlemmer. Ellen Knapstad og Roar Ellingsen hadde frasagt seg gjenvalg til styret.")),
        board(("Svein Løvberg", "LEDE"), ("Grete Verdal", "MEDL"), ("Inger Waaler", "MEDL"), ("Øystein Rismo", "MEDL"))),
    _b("chair-resigned-constituted-successor", (
        H("Styret", 2),
        P("Styrets leder, Terje Mørkved, trakk seg fra vervet med umiddelbar virkning i februar. "
          "Konstituert styreleder er Jens Rotvoll."),
        P("Nestleder: Hanne Skaret\nStyremedlem: Odd Bergset\nStyremedlem: Mari Tjøstheim")),
        board(("Jens Rotvoll", "LEDE"), ("Hanne Skaret", "NEST"), ("Odd Bergset", "MEDL"), ("Mari Tjøstheim", "MEDL"))),
    # --- combined offices and name-then-title lists ------------------------------------------------
    _b("nestleder-slash-sekretaer", (
        H("Styret", 2),
        P("Leder: Hans Dalsbø\nNestleder/sekretær: Kjell Lunderød\nKasserer: Olav Kvamsdal\n"
          "Varamedlemmer: Anders Bakkane, Turid Teigen")),
        board(("Hans Dalsbø", "LEDE"), ("Kjell Lunderød", "NEST"), ("Olav Kvamsdal", "MEDL"),
              ("Anders Bakkane", "VARA"), ("Turid Teigen", "VARA"))),
    _b("name-then-title-lines-ceo-last", (
        H("Styret", 2),
        P("Vigdis Ravnås\nStyreleder"),
        P("Gerd Mølstad\nNestleder"),
        P("Bjørn Aasheim\nStyremedlem"),
        P("Alvhild Bergvoll\nStyremedlem, ansattvalgt"),
        P("Sigurd Gjerdrum\nAdministrerende direktør")),
        board(("Vigdis Ravnås", "LEDE"), ("Gerd Mølstad", "NEST"), ("Bjørn Aasheim", "MEDL"),
              ("Alvhild Bergvoll", "MEDL", True)), ceo="Sigurd Gjerdrum", formats=PDF),
    _b("surname-in-s-before-title", (
        H("Styret", 2),
        P("Kari Voss Styreleder"),
        P("Per Moss Styremedlem"),
        P("Liv Aas Varamedlem")),
        board(("Kari Voss", "LEDE"), ("Per Moss", "MEDL"), ("Liv Aas", "VARA"))),
    # --- traps: another body's officers and the federation's people are not ours -------------------
    _b("forbundets-generalsekretaer-not-ours", (
        H("Styret", 2),
        P("Leder: Arnt Sæther\nKasserer: Bodil Hovde\nStyremedlem: Geir Eide"),
        H("Året som gikk", 2),
        P("Forbundets generalsekretær Trine Alme besøkte laget i mai. Kommunens styreleder i "
          "idrettsrådet, Hans Lie, deltok også.")),
        board(("Arnt Sæther", "LEDE"), ("Bodil Hovde", "MEDL"), ("Geir Eide", "MEDL")), family="not_board",
        title="Årsberetning 2023 Nordvik Skiklubb"),
    _b("styreleder-og-styremedlemmer-list-label", (
        H("Styret", 2),
        P("Styreleder og styremedlemmer: Randi Kvalheim, Stein Opheim og Mona Dyrøy.")),
        board(("Randi Kvalheim", "LEDE"), ("Stein Opheim", "MEDL"), ("Mona Dyrøy", "MEDL"))),  # the first named chairs
    # --- older wordings (1990s-2000s) --------------------------------------------------------------
    _b("old-formann-varamenn-disponent", (
        H("Styret", 2),
        P("Styret har i 1998 hatt følgende sammensetning: Formann Arne Dalseth, viseformann Bjørg Liabø, "
          "styremedlemmer Trygve Holm og Randi Sveen. Varamenn: Knut Ulvestad og Eva Rønning. "
          "De ansattes representant: Jostein Vang."),
        H("Administrasjon", 2),
        P("Bedriftens disponent er Harald Mjøen.")),
        board(("Arne Dalseth", "LEDE"), ("Bjørg Liabø", "NEST"), ("Trygve Holm", "MEDL"), ("Randi Sveen", "MEDL"),
              ("Knut Ulvestad", "VARA"), ("Eva Rønning", "VARA"), ("Jostein Vang", "MEDL", True)),
        ceo="Harald Mjøen", title="Årsberetning 1998"),
    # --- foundation boards appointed by a municipality --------------------------------------------
    _b("stiftelse-oppnevnt-av-kommunestyret", (
        H("Stiftelsens styre", 2),
        P("Styret er oppnevnt av Nordvik kommunestyre for perioden 2020–2023 og har hatt denne sammensetningen:"),
        Li("Leder: Åse Heimdal"),
        Li("Nestleder: Gunnar Tveito"),
        Li("Medlem: Lise Aarvik"),
        Li("Varamedlem: Petter Ness"),
        P("Kommunens kontaktperson for stiftelsen er rådmann Ola Brekken.")),
        board(("Åse Heimdal", "LEDE"), ("Gunnar Tveito", "NEST"), ("Lise Aarvik", "MEDL"), ("Petter Ness", "VARA")),
        title="Årsberetning 2023 Stiftelsen Nordvik Bygdetun"),
    _b("nn-stifting-oppnemnt-av-kommunestyret", (
        H("Styret i stiftinga", 2),
        P("Styret er oppnemnt av kommunestyret i Austbø. Styreleiar har vore Ragnhild Vikøy, med Asbjørn "
          "Haugland som nestleiar og Marit Sandal som styremedlem. Varamedlem har vore Nils Fauske."),
        P("Dagleg leiar i stiftinga er Oddny Hjelmeland.")),
        board(("Ragnhild Vikøy", "LEDE"), ("Asbjørn Haugland", "NEST"), ("Marit Sandal", "MEDL"), ("Nils Fauske", "VARA")),
        ceo="Oddny Hjelmeland", **NN),
    # --- daglig leder wordings ----------------------------------------------------------------------
    _ceo("daglig-leder-fra-dato", (
        H("Administrasjon", 2),
        P("Daglig leder fra 1. mars 2023 er Liv Haugstad. Fram til da var Ola Bergum daglig leder."),
    ), "Liv Haugstad"),
    _ceo("nn-konstituert-dagleg-leiar-fra", (
        H("Administrasjon", 2),
        P("Frå 1. mars har Per Askvik vore konstituert dagleg leiar."),
    ), "Per Askvik", **NN),
    _ceo("nn-administrerande-direktor", (
        H("Organisasjon", 2),
        P("Administrerande direktør er Kari Nesheim. Selskapet har 34 tilsette."),
    ), "Kari Nesheim", **NN),
    _ceo("tiltradte-som-daglig-leder", (
        H("Ledelse", 2),
        P("Marte Solvik tiltrådte som daglig leder 1. mars 2023, etter Knut Aalen som gikk av med pensjon."),
    ), "Marte Solvik"),
    _ceo("former-ceo-until-then-new-from", (
        H("Administrasjon", 2),
        P("Daglig leder fram til 1. mars var Ola Bergum. Fra 1. mars er Liv Haugstad daglig leder."),
    ), "Liv Haugstad"),
    _ceo("stiftelsens-daglige-leder-apposition", (
        H("Administrasjon", 2),
        P("Stiftelsens daglige leder, Kari Moheim, er også økonomisjef i kommunen."),
    ), "Kari Moheim", title="Årsberetning 2023 Nordvik Boligstiftelse"),
    _ceo("daglig-leder-i-stiftelsen-apposition", (
        H("Administrasjon", 2),
        P("Daglig leder i stiftelsen, Arvid Tangvald, har vært ansatt siden 2015."),
    ), "Arvid Tangvald", title="Årsberetning 2023 Nordvik Boligstiftelse"),
    _b("stiftelse-ceo-unnamed-municipal-officer", (
        H("Styret", 2),
        P("Leder: Reidar Holmøy\nMedlem: Gro Skavhaug\nVaramedlem: Tor Dalsrud"),
        P("Samtlige styre- og varamedlemmer er valgt blant bystyrets representanter. Daglig leder i "
          "stiftelsen er også økonomisjef i kommunen.")),
        board(("Reidar Holmøy", "LEDE"), ("Gro Skavhaug", "MEDL"), ("Tor Dalsrud", "VARA")), ceo=None,
        family="not_board", title="Årsberetning 2023 Nordvik Boligstiftelse"),
    # --- staff: the report year's sick leave beside the year before's ------------------------------
    Probe("g5-sick-leave-var-i-ar-pa-mot", "staff", (
        H("Arbeidsmiljø og personale", 2),
        P("Sykefraværet i bedriften var i 2023 på 7,6 % mot 8,1 % i 2022."),
    ), Expect(sick_leave=7.6)),
    # --- programs: named only by their participants; older names -----------------------------------
    _prog("laerekandidater-only", (
        H("Opplæring", 2),
        P("Ved utgangen av året hadde bedriften seks lærekandidater i opplæring mot fagbrev eller kompetansebevis."),
    ), {"LÆREKANDIDAT": None}),
    _prog("nn-laerekandidatar-only", (
        H("Opplæring", 2),
        P("I 2023 hadde verksemda 4 lærekandidatar som tok kompetansebevis."),
    ), {"LÆREKANDIDAT": None}, **NN),
    _prog("laerlinger-not-a-program", (
        H("Opplæring", 2),
        P("Bedriften hadde tre lærlinger i kontorfaget i 2023."),
    ), {}),
    _prog("laerekandidat-generic-not-ours", (
        H("Om bransjen", 2),
        P("Ordningen med lærekandidater gir personer med nedsatt arbeidsevne en vei til kompetansebevis."),
    ), {}),
    _prog("old-arbeidsmarkedsbedrift-places", (
        P("Bedriften er godkjent som arbeidsmarkedsbedrift med 24 plasser."),
    ), {"AFT": 24}, title="Årsberetning 2001"),
    _prog("nn-old-arbeidsmarknadsbedrift-places", (
        P("Bedrifta er godkjend som arbeidsmarknadsbedrift med 18 plassar."),
    ), {"AFT": 18}, lang="nn", title="Årsmelding 2002"),
    _prog("old-trade-plural-not-ours", (
        P("Bransjen for attføringsbedrifter hadde i 2001 til sammen 7000 plasser. Vi har 30 VTA-plasser."),
    ), {"VTA": 30}, title="Årsberetning 2001"),
    _prog("old-attforingsplasser-and-asvo", (
        P("Bedriften hadde i 1999 40 attføringsplasser og 22 ASVO-plasser."),
    ), {"AFT": 40, "VTA": 22}, title="Årsberetning 1999"),
    _prog("old-arbeidssamvirke-places", (
        P("Bedriften driver et arbeidssamvirke med 30 faste plasser."),
    ), {"VTA": 30}, title="Årsberetning 2003"),
]
