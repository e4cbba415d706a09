"""Seventh reading (docs/phrasings.md §25): board, daglig leder, staff and organisation facts as
idrettslag, sanitetslag, borettslag, board minutes and municipal KF pages write them: a club's
main board followed by its groups' boards, a term count in parentheses after each name
("Leder: X (1)"), numbered deputies with a remark, board-meeting attendance lists ("Tilstede:",
nn "Til stades:") with staff and the auditor beside the board, officers named only by what they
did at a meeting ("Møtet ble ledet av styreleder X", "Protokollen ble signert av ..."), a
municipal KF's non-voting employee representative, staff counts written in words ("tolv
ansatte", nn "ein tilsett"), leavers thanked beside the new members. Names, places and figures
are invented; wordings paraphrased."""
from probes.spec import H, Li, P, T, Expect, Probe, board

NN = {"lang": "nn", "title": "Årsmelding 2023"}
PDF = ("docx", "pdf")


def _b(case_id, items, expected, ceo=None, family="board", **kw) -> Probe:
    return Probe(f"g7-{case_id}", family, tuple(items), Expect(board=expected, ceo=ceo), **kw)


def _x(case_id, family, items, **expect) -> Probe:
    kw = {k: expect.pop(k) for k in ("lang", "title", "formats") if k in expect}
    return Probe(f"g7-{case_id}", family, tuple(items), Expect(**expect), **kw)


PROBES = [
    # --- a club's main board, then its groups' boards (not the club's board) ----------------------
    _b("club-board-then-group-boards", (
        H("Tillitsvalgte", 2),
        P("Styret:\nLeder: Tord Vassli (1)\nStyremedlem: Birgit Moen (1)\nKasserer: Knut Eide (2)\n"
          "Varamedlem: Mette Aune (1)"),
        P("Skigruppa:\nLeder: Hans Rud (1)\nStyremedlemmer: Rune Sand (2)\nJohn Ree (1)"),
        P("Fotball senior:\nLeder: Tor Ilstad (1)\nStyremedlemmer: Anita Lie (2)"),
        P("Revisorer:\nRune Hald (2)\nTrygg Jakobsen (1)"),
        P("Valgkomité:\nSiri Bakk (2)\nAnne Grete Ilstad (2)")),
        board(("Tord Vassli", "LEDE"), ("Birgit Moen", "MEDL"), ("Knut Eide", "MEDL"), ("Mette Aune", "VARA")),
        title="Årsberetning 2023 Nordby Idrettslag", formats=PDF),
    _b("nn-hovudstyret-then-groups", (
        H("Tillitsvalde", 2),
        P("Hovudstyret:\nLeiar: Randi Løset\nNestleiar: Olav Teigen\nKasserar: Siv Hauge"),
        P("Fotballgruppa:\nLeiar: Kjell Moe\nStyremedlem: Åse Vik"),
        P("Trimgruppa:\nLeiar: Gro Bø")),
        board(("Randi Løset", "LEDE"), ("Olav Teigen", "NEST"), ("Siv Hauge", "MEDL")),
        lang="nn", title="Årsmelding 2023 Nordvik Idrettslag"),
    # --- numbered deputies with a remark; the nomination committee after them ----------------------
    _b("nn-numbered-deputies-with-remark", (
        H("Tillitsvalde", 2),
        P("Hovudstyret:\nLeiar: Hilde Brekke\nNestleiar: Nina Hole\nSkrivar: Birgitte Øie\nKasserar: Inga Fivel\n"
          "Styremedlem: Ruth Aaland"),
        P("Varamedlemer:\n1. Kari Stad (møter fast på styremøta)\n2. Anne Ljøen\n3. Laila Røyr"),
        P("Valnemnd:\nBirgit Hove\nAnn Janne Holm")),
        board(("Hilde Brekke", "LEDE"), ("Nina Hole", "NEST"), ("Birgitte Øie", "MEDL"), ("Inga Fivel", "MEDL"),
              ("Ruth Aaland", "MEDL"), ("Kari Stad", "VARA"), ("Anne Ljøen", "VARA"), ("Laila Røyr", "VARA")),
        lang="nn", title="Årsmelding 2023 Nordvik sanitetslag", formats=PDF),
    # --- the new board as a sentence of "name (role)" ----------------------------------------------
    _b("new-board-name-role-parentheses", (
        H("Årsmøtet", 2),
        P("Det nye styret er som følger: Brit Tangen (leder), Jorid Ols (nestleder), Signe Lein (kasserer), "
          "Ellinor Svarte (sekretær), Frøydis Stein (styremedlem). Laget har 40 medlemmer.")),
        board(("Brit Tangen", "LEDE"), ("Jorid Ols", "NEST"), ("Signe Lein", "MEDL"), ("Ellinor Svarte", "MEDL"),
              ("Frøydis Stein", "MEDL")),
        title="Årsberetning 2023 Nordby Sanitetslag"),
    # --- leavers thanked, new members welcomed -------------------------------------------------------
    _b("leavers-thanked-new-members-welcomed", (
        H("Styret", 2),
        P("Styret har i 2023 bestått av leder Stein Olm, nestleder Marit Dale og styremedlem Geir Dalen."),
        P("Vi takker av Geir Dalen som har gjort en stor innsats i styret, og ønsker velkommen det nye "
          "styremedlemmet Linda Myr.")),
        board(("Stein Olm", "LEDE"), ("Marit Dale", "NEST"), ("Geir Dalen", "MEDL"), ("Linda Myr", "MEDL")),
        title="Årsberetning 2023 Nordby Vel"),
    # --- board-meeting attendance lists (appended minutes) -----------------------------------------
    # the titled chairs are read; the bare names present are left unread (missing, not wrong), and
    # the staff and the auditor beside them are never sure members
    _x("minutes-attendance-with-staff-and-auditor", "not_board", (
        H("Protokoll fra styremøte 9. mars 2024", 2),
        P("Tilstede:"),
        Li("Jan Klepp, styreleder"), Li("Karin Finne, styrets nestleder"), Li("Hilde Molde"),
        Li("Inger Lyse (per telefon)"),
        P("Fra administrasjonen:"), Li("Hanne Hauge"), Li("Jørn Bamle"),
        P("Andre:"), Li("Revisor Odd Knutsen"),
        P("Sak 10/24 Årsberetning og regnskap. Styret godkjente regnskapet.")),
        doubtful_board=("Hanne Hauge", "Jørn Bamle", "Odd Knutsen")),
    # nn attendance with a dash-separated list: the referent and the møteleiar's own role are not given;
    # the deputy who attended is no sure member, the referent no sure board member at all
    _x("nn-til-stades-dash-list", "not_board", (
        H("Møtebok styremøte 12. januar 2024", 2),
        P("Til stades: Ragnar Bakke – Tone Misund – Carina Vestre (vara) – Ireen Sjøholm – Kjetil Rams"),
        P("Forfall: Jan Petter Øvre"),
        P("Møteleiar: Ragnar Bakke. Ref. på møtet: Tine Stein.")),
        doubtful_board=("Tine Stein", "Carina Vestre"), **NN),
    # --- officers named only by what they did at a meeting -----------------------------------------
    # the chair named by title while leading the meeting is the chair (the report's own meeting)
    _b("meeting-led-by-chair-only", (
        H("Årsmøtet", 2),
        P("Årsmøtet ble holdt 8. februar på grendehuset. Møtet ble ledet av styreleder Kari Nordli, og Per Lund "
          "ble valgt til referent. Protokollen ble signert av Anne Bø og Geir Vik.")),
        board(("Kari Nordli", "LEDE")), title="Årsberetning 2023 Nordby Vel"),
    _b("nn-motet-vart-leia-av-styreleiar", (
        H("Årsmøtet", 2),
        P("Årsmøtet vart halde 8. februar. Møtet vart leia av styreleiar Kari Nordli, og Per Lund vart vald til "
          "skrivar. Protokollen vart signert av Anne Bø og Geir Vik.")),
        board(("Kari Nordli", "LEDE")), **NN),
    # signers of the minutes and the referent are never sure board members
    _x("minutes-signed-by-only", "not_board", (
        H("Årsmøtet", 2),
        P("Årsmøtet ble holdt 8. februar med 22 medlemmer til stede. Per Lund ble valgt til møteleder. "
          "Protokollen ble signert av Anne Bø og Geir Vik.")),
        doubtful_board=("Per Lund", "Anne Bø", "Geir Vik"), ceo=None),
    # the chair's title, then the minutes signed by the chair and another: the other is no sure member
    _b("minutes-signed-by-chair-and-member", (
        H("Årsmøtet", 2),
        P("Møtet ble ledet av styreleder Kari Nordli. Protokollen ble signert av styreleder Kari Nordli og "
          "Anne Bø."),
        H("Styret", 2),
        P("Styret har bestått av Kari Nordli (leder), Jon Lie (nestleder) og Eva Moe (styremedlem).")),
        board(("Kari Nordli", "LEDE"), ("Jon Lie", "NEST"), ("Eva Moe", "MEDL")), family="not_board"),
    # --- a municipal KF's employee representatives -------------------------------------------------
    # a non-voting employee representative: an observer chosen by the employees (OBS, employee_elected)
    _b("kf-employee-rep-speaking-rights", (
        H("Styret", 2),
        P("Styret velges av kommunestyret og har i 2023 bestått av:\nStyreleder: Wenche Kvam\n"
          "Nestleder: Brynjar Bøe\nStyremedlem: Alfred Tonst\n"
          "Ansattes representant med tale- og forslagsrett: Siri Kyd")),
        board(("Wenche Kvam", "LEDE"), ("Brynjar Bøe", "NEST"), ("Alfred Tonst", "MEDL"), ("Siri Kyd", "OBS", True)),
        title="Årsrapport 2023 Nordby Eiendom KF", formats=PDF),
    _b("kf-employee-rep-in-parentheses", (
        H("Styret", 2),
        P("Styret har bestått av Wenche Kvam (styreleder), Brynjar Bøe (nestleder), Alfred Tonst og Siri Kyd "
          "(ansattes representant, med møte- og talerett).")),
        board(("Wenche Kvam", "LEDE"), ("Brynjar Bøe", "NEST"), ("Alfred Tonst", "MEDL"), ("Siri Kyd", "OBS", True)),
        title="Årsrapport 2023 Nordby Havn KF"),
    _b("nn-kf-tilsette-representant-utan-roysterett", (
        H("Styret", 2),
        P("Styreleiar: Wenche Kvam\nNestleiar: Brynjar Bøe\nStyremedlem: Alfred Tonst\n"
          "Representant for dei tilsette (møte- og talerett, utan røysterett): Siri Kyd")),
        board(("Wenche Kvam", "LEDE"), ("Brynjar Bøe", "NEST"), ("Alfred Tonst", "MEDL"), ("Siri Kyd", "OBS", True)),
        lang="nn", title="Årsmelding 2023 Nordvik Hamn KF"),
    # the remark after the name instead of after the role
    _b("kf-employee-rep-remark-after-name", (
        H("Styret", 2),
        P("Styreleder: Wenche Kvam\nStyremedlem: Alfred Tonst\n"
          "Ansattes representant: Siri Kyd (med møte- og talerett)")),
        board(("Wenche Kvam", "LEDE"), ("Alfred Tonst", "MEDL"), ("Siri Kyd", "OBS", True)),
        title="Årsrapport 2023 Nordby Eiendom KF"),
    _b("nn-tilsetterepresentant-utan-roysterett-after-name", (
        H("Styret", 2),
        P("Styreleiar: Wenche Kvam\nStyremedlem: Alfred Tonst\nTilsetterepresentant: Siri Kyd, utan røysterett")),
        board(("Wenche Kvam", "LEDE"), ("Alfred Tonst", "MEDL"), ("Siri Kyd", "OBS", True)),
        lang="nn", title="Årsmelding 2023 Nordvik Hamn KF"),
    # a voting employee-elected member stays a member
    _b("kf-employee-elected-voting-member", (
        H("Styret", 2),
        P("Styret består av fem medlemmer, hvorav ett valgt av og blant de ansatte.\nStyreleder: Wenche Kvam\n"
          "Nestleder: Brynjar Bøe\nStyremedlem: Alfred Tonst\nStyremedlem: Liv Sand\n"
          "Styremedlem (ansattvalgt): Siri Kyd")),
        board(("Wenche Kvam", "LEDE"), ("Brynjar Bøe", "NEST"), ("Alfred Tonst", "MEDL"), ("Liv Sand", "MEDL"),
              ("Siri Kyd", "MEDL", True)),
        title="Årsrapport 2023 Nordby Eiendom KF"),
    # --- staff counts written in words ---------------------------------------------------------------
    _x("staff-tolv-ansatte", "staff", (
        H("Ansatte", 2), P("Stiftelsen har tolv ansatte, som til sammen utgjør 10,4 årsverk.")),
        employees=12, person_years=10.4),
    _x("staff-nn-tjue-tilsette", "staff", (
        H("Tilsette", 2), P("Ved utgangen av året hadde verksemda tjue tilsette.")),
        employees=20, **NN),
    _x("staff-nn-ein-tilsett", "staff", (
        H("Administrasjon", 2), P("Laget har ein tilsett, dagleg leiar Kari Dale, i 60 % stilling.")),
        employees=1, ceo="Kari Dale", **NN),
    _x("staff-en-ansatt-bokmal", "staff", (
        H("Administrasjon", 2), P("Foreningen har én ansatt i 50 % stilling.")),
        employees=1),
    _x("staff-fire-faste-ansatte", "staff", (
        H("Organisasjon", 2), P("Bedriften hadde ved årsskiftet fire faste ansatte og 31 deltakere på tiltak.")),
        employees=4),
    # a person named by "en ansatt" in prose is no count
    _x("staff-en-ansatt-in-prose-no-count", "staff", (
        H("Arbeidsmiljø", 2), P("I løpet av året hadde en ansatt en arbeidsulykke med fravær. Bedriften har 14 ansatte.")),
        employees=14),
    # a part of the staff spelled out is never a sure count; a member count of the board is no staff count
    _x("staff-to-ansatte-i-permisjon-not-sure", "staff", (
        H("Arbeidsmiljø", 2), P("Vi har hatt to ansatte i permisjon i år.")),
        low_confidence=("employees",)),
    _x("staff-hvorav-to-ansatte-board-not-staff", "staff", (
        H("Styret", 2), P("Styret består av fem medlemmer, hvorav to ansatte. Samtaler med tre ansatte er holdt.")),
        employees=None),
    # --- a non-voting seat that is not the employees' ---------------------------------------------
    _b("municipal-rep-speaking-rights-not-employee", (
        H("Styret", 2),
        P("Styreleder: Wenche Kvam\nStyremedlem: Alfred Tonst\nStyremedlem (ansattvalgt): Liv Sand\n"
          "Kommunens representant med møte- og talerett: Siri Kyd")),
        board(("Wenche Kvam", "LEDE"), ("Alfred Tonst", "MEDL"), ("Liv Sand", "MEDL", True)),
        family="not_board", title="Årsrapport 2023 Nordby Eiendom KF"),
    # --- a group's own officers on the club's main board ("Leder fotball") stay its members --------
    _b("main-board-with-group-leaders", (
        H("Styret", 2),
        P("Leder: Tord Vassli\nNestleder: Birgit Moen\nLeder fotball: Hans Rud\nLeder ski: Tor Ilstad"),
        P("Alpint:\nLeder: Kari Ås\nKasserer: Ola Ruud")),
        board(("Tord Vassli", "LEDE"), ("Birgit Moen", "NEST"), ("Hans Rud", "MEDL"), ("Tor Ilstad", "MEDL")),
        title="Årsberetning 2023 Nordby Idrettslag"),
    # --- the general meeting led by the chair under the board's own title --------------------------
    _b("generalforsamling-led-by-styrets-leder", (
        H("Generalforsamlingen", 2),
        P("Generalforsamlingen ble holdt 20. april og ble ledet av styrets leder Arne Holt. Marit Sand ble "
          "valgt til å signere protokollen sammen med møteleder."),
        H("Styret", 2),
        P("Styret har bestått av Arne Holt (styreleder), Per Grini og Anne Fossum.")),
        board(("Arne Holt", "LEDE"), ("Per Grini", "MEDL"), ("Anne Fossum", "MEDL")), family="not_board",
        title="Årsberetning 2023 Nordby Eiendom AS"),
    # --- borettslag: managing agent, no employees, a board with addresses -------------------------
    _b("borettslag-board-with-addresses", (
        H("Styret", 2),
        P("Styret har siden forrige generalforsamling bestått av:"),
        T((("Verv", "Navn", "Adresse"), ("Styreleder", "Kari Nordli", "Bakkeveien 12 B"),
           ("Styremedlem", "Per Aas", "Bakkeveien 14 A"), ("Styremedlem", "Liv Ruud", "Bakkeveien 16 C"),
           ("Varamedlem", "Ola Brekk", "Bakkeveien 12 A"))),
        P("Borettslaget har ingen ansatte. Forretningsfører er Bylag Eiendomsforvaltning AS.")),
        board(("Kari Nordli", "LEDE"), ("Per Aas", "MEDL"), ("Liv Ruud", "MEDL"), ("Ola Brekk", "VARA")),
        title="Årsberetning 2023 Bakkeveien Borettslag", formats=PDF),
    _x("borettslag-no-owners-org-facts", "organisation", (
        H("Opplysninger om borettslaget", 2),
        P("Bakkeveien Borettslag, org.nr. 948 123 456, ble stiftet i 1967 og har 124 andeler. Borettslaget er "
          "tilknyttet Nordby Boligbyggelag, som er forretningsfører. Andelseierne eier hver sin andel.")),
        org_name="Bakkeveien Borettslag", founded_year=1967, owners=frozenset(),
        title="Årsberetning 2023 Bakkeveien Borettslag"),
    # --- a committee table with a party column (municipal foundation board) ------------------------
    _b("funksjon-navn-parti-table", (
        H("Styret", 2),
        T((("Funksjon", "Navn", "Parti"), ("Leder", "Willy Holm", "KrF"), ("Nestleder", "Øyvind Lars", "Sp"),
           ("Medlem", "Jorunn Mikk", "SV"), ("Medlem", "Randi Solli", "Ap")))),
        board(("Willy Holm", "LEDE"), ("Øyvind Lars", "NEST"), ("Jorunn Mikk", "MEDL"), ("Randi Solli", "MEDL")),
        title="Årsmelding 2023 Stiftelsen Nordby Boliger"),
    # --- older wording: "Styret har i 1998 hatt følgende sammensetning" -----------------------------
    _b("older-folgende-sammensetning-formann", (
        H("Styrets sammensetning", 2),
        P("Styret har i 1998 hatt følgende sammensetning: Formann Arne Holt, nestformann Svein Bakk, "
          "sekretær Liv Åsen, kasserer Tor Næs. Varamenn: Odd Lie og Kåre Vang.")),
        board(("Arne Holt", "LEDE"), ("Svein Bakk", "NEST"), ("Liv Åsen", "MEDL"), ("Tor Næs", "MEDL"),
              ("Odd Lie", "VARA"), ("Kåre Vang", "VARA")),
        title="Årsberetning 1998 Nordby Skytterlag"),
    # --- a kirkelig fellesråd's kirkeverge is its daglig leder ---------------------------------------
    _x("fellesrad-kirkeverge-ceo", "ceo", (
        H("Administrasjon", 2),
        P("Kirkevergen er fellesrådets daglige leder. Kirkeverge er Trond Moen, og fellesrådet hadde elleve "
          "ansatte.")),
        ceo="Trond Moen", employees=11, title="Årsrapport 2023 Nordby kirkelige fellesråd"),
    _x("nn-fellesrad-kyrkjeverje-ceo", "ceo", (
        H("Administrasjon", 2),
        P("Kyrkjeverja er dagleg leiar for fellesrådet. Kyrkjeverje er Trond Moen.")),
        ceo="Trond Moen", lang="nn", title="Årsmelding 2023 Austvik kyrkjelege fellesråd"),
]
