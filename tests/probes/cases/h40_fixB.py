"""Kinds two measuring sets showed in stop 40, written here with invented names, figures and other
words (h40-fixB, docs/phrasings.md §129): a deputy who took a member's seat told past an aside naming
the role held before ("X, som var første varamedlem, tok da over plassen"); a grid of board cards,
the role over the name and a line under it saying who chose the member ("Valgt av de ansatte"); a
home place between two members of a board list ("Kari Dahl, Sande, Per Lie"), no surname; captions
under drawn pictures whose shapes overlap (a ruled grid's regions drawn over one another); deputies
each with whom they stand for in brackets ("A (for de eiervalgte medlemmene) og B (for de ansatte)")
and a constituency label after the deputies ("Varamedlemmer: A og B. For de ansatte: C"); owner
municipalities whose names end on "herad" ("Kvinnherad"), a kommune's name still; a facts block
read column by column, its keys all before its values ("Telefon" beside "62 00 00 00"); captions
side by side under pictures, each wrapped onto a second line (one sentence per column, not rows);
a village the registers lack where a venue or an area stands ("bygdetunet ved Randsfjorden",
"industriområdet på Heiane").
Names are invented; places are real place names."""
from probes.spec import H, Html, P, Expect, Probe, board

WORD = ("docx", "pdf")

BROWSER = ("browser",)


def _cards(people: tuple[tuple[str, str, str], ...], columns: int = 5, width: str = "100%") -> Html:
    """A designer's board page: each card a role label, the name under it and a smaller line
    under the name saying who chose the member."""
    cells = "".join(f'<div><div style="font-size:7pt;letter-spacing:.08em">{role}</div>'
                    f'<div style="font-size:11pt;font-weight:bold">{name}</div>'
                    f'<div style="font-size:8pt">{chooser}</div></div>' for role, name, chooser in people)
    return Html(f'<div style="display:grid;grid-template-columns:repeat({columns},1fr);gap:12pt 18pt;width:{width}">'
                f"{cells}</div>")


def _pictures(captions: tuple[str, ...]) -> Html:
    """A row of drawn pictures (SVG: a sky, a ground and houses whose shapes overlap), each with
    its caption under it. The ground and the last house run past each picture's edges, clipped
    away as drawn but not in the page's shapes, each picture's ground as far again as the one
    before: the pictures' shapes make one drawn grid over the captions, its regions overlapping."""
    houses = "".join(f'<rect x="{x}" y="{y}" width="34" height="{90 - y}" fill="#{c}"/>'
                     f'<rect x="{x + 8}" y="{y + 10}" width="10" height="10" fill="#fff"/>'
                     for x, y, c in ((6, 40, "b85"), (30, 30, "9ab"), (58, 46, "cb7"), (84, 34, "678"), (128, 50, "a96")))

    def svg(k: int) -> str:
        return (f'<svg viewBox="0 0 150 100" style="width:100%;height:100pt" preserveAspectRatio="xMidYMid slice">'
                f'<rect width="150" height="100" fill="#9bd"/><rect x="{-10 * k}" y="72" width="{150 + 30 * k}" '
                f'height="{40 + 45 * k}" fill="#786"/>{houses}</svg>')
    figures = "".join(f'<figure style="margin:0">{svg(k)}<figcaption style="font-size:7pt">{caption}'
                      "</figcaption></figure>" for k, caption in enumerate(captions))
    return Html(f'<div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:8pt">{figures}</div>')


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h40fB-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # --- 1. a deputy took a member's seat: the aside names the role held before ---------------------
    _p("seat-taken-past-former-role-aside", "board", (
        H("Styret", 2),
        P("Styret har ved årets slutt bestått av Solveig Aanes (leder), Trond Kvam (nestleder), Eva Brattås "
          "og Jon Rønning."),
        P("Ola Tveter gikk ut av styret i mars. Jon Rønning, som var første varamedlem, rykket da opp i "
          "styret. Varamedlem er nå Berit Hov."),
    ), Expect(board=board(("Solveig Aanes", "LEDE"), ("Trond Kvam", "NEST"), ("Eva Brattås", "MEDL"),
                          ("Jon Rønning", "MEDL"), ("Berit Hov", "VARA"))),
        formats=WORD, title="Årsberetning 2019 Fjellhamar Produkter AS"),
    _p("nn-seat-taken-past-former-role-aside", "board", (
        H("Styret", 2),
        P("Styret har i 2019 vore samansett slik: Ingrid Lothe (leiar), Magne Vikøren (nestleiar), "
          "Sigrun Hatlen og Per Bolstad."),
        P("Kari Seim gjekk ut av styret i mai. Per Bolstad, som var vara, tok så over "
          "plassen hennar. Varamedlem er no Eli Tangen."),
    ), Expect(board=board(("Ingrid Lothe", "LEDE"), ("Magne Vikøren", "NEST"), ("Sigrun Hatlen", "MEDL"),
                          ("Per Bolstad", "MEDL"), ("Eli Tangen", "VARA"))),
        lang="nn", formats=WORD, title="Årsmelding 2019 Hatlen Industri AS"),
    # the minimal pair: the aside names the role held now, no seat taken: a deputy still
    _p("deputy-aside-no-seat-taken", "board", (
        H("Styret", 2),
        P("Styret har ved årets slutt bestått av Solveig Aanes (leder), Trond Kvam (nestleder) og Eva Brattås."),
        P("Jon Rønning, som er første varamedlem, har møtt på fire av styremøtene."),
    ), Expect(board=board(("Solveig Aanes", "LEDE"), ("Trond Kvam", "NEST"), ("Eva Brattås", "MEDL"),
                          ("Jon Rønning", "VARA"))),
        formats=WORD, title="Årsberetning 2019 Fjellhamar Produkter AS"),
    # --- 2. board cards: role over name, a line under the name saying who chose the member --------------
    _p("cards-chooser-line-under-name-browser", "board", (
        H("Styret", 2),
        P("Styret har fem medlemmer: fire valgt av generalforsamlingen og ett valgt av og blant de ansatte."),
        _cards((("Styreleder", "Gunnhild Sæterbakk", "Valgt av generalforsamlingen"),
                ("Nestleder", "Tor Inge Flaten", "Valgt av generalforsamlingen"),
                ("Styremedlem", "Vibeke Ormstad", "Valgt av de ansatte"),
                ("Styremedlem", "Halvor Kjønnås", "Valgt av generalforsamlingen"),
                ("Styremedlem", "Randi Fossheim", "Valgt av generalforsamlingen"))),
        P("Varamedlemmer er Eivind Tangvald og Lise Brenden."),
    ), Expect(board=board(("Gunnhild Sæterbakk", "LEDE"), ("Tor Inge Flaten", "NEST"), ("Vibeke Ormstad", "MEDL", True),
                          ("Halvor Kjønnås", "MEDL"), ("Randi Fossheim", "MEDL"), ("Eivind Tangvald", "VARA"),
                          ("Lise Brenden", "VARA")), sure_board=("Vibeke Ormstad",)),
        formats=BROWSER, title="Årsrapport 2021 Ormstad Gjenvinning AS"),
    _p("nn-cards-chooser-line-under-name-browser", "board", (
        H("Styret", 2),
        _cards((("Styreleiar", "Aslaug Brekkhus", "Oppnemnd av Vaksdal kommune"),
                ("Nestleiar", "Jarle Dalseid", "Oppnemnd av Vestland fylkeskommune"),
                ("Styremedlem", "Kristoffer Nesheim", "Vald av dei tilsette"),
                ("Styremedlem", "Sunniva Eidsnes", "Oppnemnd av Vaksdal kommune")), columns=4),
    ), Expect(board=board(("Aslaug Brekkhus", "LEDE"), ("Jarle Dalseid", "NEST"), ("Kristoffer Nesheim", "MEDL", True),
                          ("Sunniva Eidsnes", "MEDL"))),
        lang="nn", formats=BROWSER, title="Årsmelding 2021 Dalseid Bygdemuseum"),
    # --- 4. captions under drawn pictures: the pictures' shapes overlap ------------------------------
    _p("captions-under-drawn-pictures-browser", "places", (
        H("Året i bilder", 2),
        P("Her er noen glimt fra driften i 2022."),
        _pictures(("Nytt sorteringsanlegg i Kløfta.", "Henting i Jessheim: 2 400 kunder fikk ny dunk.",
                   "Sommerjobb for ungdom på Dal.")),
        P("Vi takker alle ansatte for innsatsen."),
    ), Expect(places=("Kløfta", "Jessheim")), formats=BROWSER, title="Årsrapport 2022 Romerike Gjenvinning AS"),
    # --- 3. a member's home place before the next member's name: a place, no surname ------------------
    _p("nn-home-places-between-members", "places", (
        H("Styret", 2),
        P("Styret har i 2019 vore samansett slik: Ingvild Moe, Vassenden (leiar), Arne Bøe, Bygstad, Randi Hope, "
          "Holmedal, og Ottar Ness, Førde."),
        H("Drifta", 2),
        P("Mykje av arbeidet har vore gjort for kundar i Førde, Bygstad og Holmedal."),
    ), Expect(places=("Bygstad", "Holmedal", "Vassenden", "Førde"),
              board=board(("Ingvild Moe", "LEDE"), ("Arne Bøe", "MEDL"), ("Randi Hope", "MEDL"), ("Ottar Ness", "MEDL"))),
        lang="nn", formats=WORD, title="Årsmelding 2019 Jølster Trearbeid AS"),
    # --- 5. deputies: whom each stands for in brackets; a constituency label after the list ---------------
    _p("deputies-whom-they-stand-for-in-brackets", "board", (
        H("Styret", 2),
        P("Styreleder: Aslak Grøtting\nNestleder: Kirsten Vollan\nStyremedlem: Even Skarsbø\n"
          "Styremedlem (ansattvalgt): Mari Tollefsen"),
        P("Varamedlemmer: Jostein Aamot (for de aksjonærvalgte medlemmene) og Bente Lyngstad (for de ansattes "
          "representant)."),
    ), Expect(board=board(("Aslak Grøtting", "LEDE"), ("Kirsten Vollan", "NEST"), ("Even Skarsbø", "MEDL"),
                          ("Mari Tollefsen", "MEDL", True), ("Jostein Aamot", "VARA"), ("Bente Lyngstad", "VARA", True))),
        formats=WORD, title="Årsberetning 2016 Vollan Arbeidssenter AS"),
    _p("deputies-then-employees-label", "board", (
        H("Styret", 2),
        P("Styret har bestått av styreleder Aslak Grøtting, nestleder Kirsten Vollan, Even Skarsbø og "
          "Mari Tollefsen (valgt av de ansatte)."),
        P("Varamedlemmer: 1. Jostein Aamot, 2. Bente Lyngstad. For de ansatte: Ove Rindal. Verneombud Siv Hoel "
          "har møtt i styret som observatør."),
    ), Expect(board=board(("Aslak Grøtting", "LEDE"), ("Kirsten Vollan", "NEST"), ("Even Skarsbø", "MEDL"),
                          ("Mari Tollefsen", "MEDL", True), ("Jostein Aamot", "VARA"), ("Bente Lyngstad", "VARA"),
                          ("Ove Rindal", "VARA", True), ("Siv Hoel", "OBS"))),
        formats=WORD, title="Årsberetning 2016 Vollan Arbeidssenter AS"),
    _p("nn-deputies-then-employees-label", "board", (
        H("Styret", 2),
        P("Styreleiar: Ragnvald Hjelmeland\nNestleiar: Torunn Skaar\nStyremedlem: Lars Ove Tysse\n"
          "Varamedlem: Gunhild Rossland. For dei tilsette: Sjur Helle."),
    ), Expect(board=board(("Ragnvald Hjelmeland", "LEDE"), ("Torunn Skaar", "NEST"), ("Lars Ove Tysse", "MEDL"),
                          ("Gunhild Rossland", "VARA"), ("Sjur Helle", "VARA", True))),
        lang="nn", formats=WORD, title="Årsmelding 2016 Tysse Vekst AS"),
    # --- 6. an owner municipality whose name ends on "herad" ------------------------------------------
    _p("owner-municipality-ending-herad", "owners", (
        H("Eierforhold", 2),
        P("Selskapet er et interkommunalt selskap som eies av Etne (40 %), Sveio (35 %) og Kvinnherad (25 %) "
          "kommuner."),
    ), Expect(owners=frozenset({("Etne kommune", 40.0), ("Sveio kommune", 35.0), ("Kvinnherad kommune", 25.0)})),
        formats=WORD, title="Årsrapport 2020 Sunnhordland Slam IKS"),
    _p("nn-owner-municipalities-listed-ending-herad", "owners", (
        H("Eigarar", 2),
        P("Eigarar er kommunane Stord, Fitjar og Kvinnherad med ein tredel kvar."),
    ), Expect(owners=frozenset({("Stord kommune", None), ("Fitjar kommune", None), ("Kvinnherad kommune", None)})),
        lang="nn", formats=WORD, title="Årsmelding 2020 Fitjar Fjordvarme IKS"),
    # --- 7. a facts block read column by column: the phone key beside its number ----------------------
    _p("facts-keys-column-beside-values-browser", "org", (
        H("Om klubben", 2),
        Html('<div style="display:flex;gap:18pt"><div style="width:32%;background:#eef3f0;padding:8pt">'
             '<div style="display:grid;grid-template-columns:26mm 1fr;gap:1.2mm 3mm;font-size:9pt">'
             '<span style="font-weight:bold;color:#2a6">Stiftet</span><span>1958</span>'
             '<span style="font-weight:bold;color:#2a6">Adresse</span><span>Stadionvegen 9, 2320 Furnes</span>'
             '<span style="font-weight:bold;color:#2a6">Telefon</span><span>62 35 40 80</span>'
             '<span style="font-weight:bold;color:#2a6">E-post</span><span>post@furnes-ballklubb.no</span></div></div>'
             '<div style="width:62%;columns:2;font-size:9pt">Året har vært preget av stor aktivitet i alle '
             'gruppene, og klubben passerte 600 medlemmer. Vi har fått nye trenere i fotball og håndball, og '
             'dugnadene har gått som planlagt gjennom hele sesongen. Takk til alle frivillige.</div></div>'),
        P("Klubben har 640 medlemmer og tilbyr fotball og håndball for barn og voksne."),
    ), Expect(phone="62354080", email="post@furnes-ballklubb.no"),
        formats=BROWSER, title="Årsberetning 2018 Furnes Ballklubb"),
    # --- 8. captions side by side, each wrapped onto a second line ----------------------------------
    _p("nn-captions-side-by-side-wrapped-browser", "places", (
        H("Året som gjekk", 2),
        P("Museet hadde over 4 000 besøkande i 2022, fleire enn nokon gong før."),
        Html('<div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:12pt;font-size:8pt">'
             '<div><div style="height:70pt;background:#bcd"></div>Sjøbua fekk nytt tak<br>før sommaren.</div>'
             '<div><div style="height:70pt;background:#cdb"></div>Formidlar Siri Tveit med elevar frå<br>'
             'Uggdal skule.</div></div>'
             '<div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:12pt;margin-top:14pt">'
             '<div style="font-size:13pt;font-weight:bold">ARRANGEMENT</div>'
             '<div style="font-size:13pt;font-weight:bold">DUGNAD</div></div>'),
        P("Takk til alle som har stilt opp på dugnad."),
    ), Expect(places=("Uggdal",)), lang="nn", formats=BROWSER, title="Årsmelding 2022 Tysnes Sjøbruksmuseum"),
    # --- 9. where a venue or an area stands: "ved" a lake, "på" after an area's noun -------------------
    _p("venue-by-a-lake", "places", (
        H("Om stiftelsen", 2),
        P("Stiftelsen eier og driver leirgården ved Randsfjorden i Gran kommune, med åtte gamle hus og "
          "en båtsamling."),
    ), Expect(places=("Randsfjorden", "Gran")), formats=WORD, title="Årsberetning 2024 Stiftelsen Granavollen Museum"),
    _p("nn-works-on-an-industrial-area", "places", (
        H("Drifta", 2),
        P("Bedrifta er ei vekstbedrift i Stord kommune. Sidan 2001 har ho halde til i nye lokale på "
          "industriområdet på Heiane."),
    ), Expect(places=("Heiane", "Stord")), lang="nn", formats=WORD, title="Årsmelding 2024 Sunnhordland Vekst AS"),
]
