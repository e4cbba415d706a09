"""Reports of the twelfth held-out set, part B: a text PDF whose statements are pictures pasted
from a spreadsheet and whose justified text breaks names and words at soft hyphens across line
ends; a Word 97 report laid out with tab stops and dotted leaders; a museum foundation with a long
history naming former chairs and founders, and a memorial paragraph.

All names, figures and sentences are invented."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income


def carried(last_year: float, inc: list) -> list[float]:
    """Other equity at the end of this year and last year: last year's plus this year's result."""
    return [round(last_year + inc[-1].values[0], 2), last_year]


def austvatn_kraftlag_2023():
    """Justified narrow text with soft hyphens in names and long words; statements as pictures."""
    cols = [Col("2023", 2023), Col("2022", 2022)]
    inc = income("nb", 2, [("Nettleie", "2", [41782, 39415]), ("Kraftsalg", "2", [18344, 26980]),
                           ("Andre driftsinntekter", "", [2217, 1894])],
                 [("Kjøp av kraft og overføring", "", [21508, 29877]), ("Lønnskostnader", "3", [14920, 13866]),
                  ("Avskrivninger", "5", [7433, 7090]), ("Andre driftskostnader", "4", [9871, 9312])],
                 [("Finansinntekter", "", [822, 310]), ("Finanskostnader", "", [-2614, -1988])],
                 tax=("Skattekostnad", "6", [1518, 1449]))
    bal = balance("nb", 2, [("Nettanlegg", "5", [118640, 114200]), ("Bygninger og tomter", "5", [9870, 10310])],
                  [("Kundefordringer", "", [8120, 9935]), ("Bankinnskudd", "", "plug")],
                  [("Innskutt andelskapital", "", [2450, 2450]), ("Annen egenkapital", "", carried(56674, inc))],
                  [("Lån i Kommunalbanken", "7", [52500, 55000]), ("Utsatt skatt", "6", [6210, 5840])],
                  [("Leverandørgjeld", "", [7760, 9615]), ("Skyldige offentlige avgifter", "", [3384, 3012]),
                   ("Annen kortsiktig gjeld", "", [9211, 8670])])
    st_inc = Statement("Resultatregnskap", cols, inc, unit=1000, note_col="Note",
                       label_header="Beløp i 1000 kr", render="image")
    st_bal = Statement("Balanse", cols, bal, unit=1000, note_col="Note", label_header="Beløp i 1000 kr",
                       render="image")
    return {
        "name": "austvatn-kraftlag-2023", "year": 2023, "title": "Austvatn Kraftlag SA – Årsberetning 2023",
        "organization": {"name": "Austvatn Kraftlag SA", "founded_year": 1919, "address": "Verksvegen 3"},
        "ceo": "Petter Kallevik Strømsnes",
        "board": [("Magnhild Nordmann", "LEDE", False), ("Jostein Langmyr", "NEST", False),
                  ("Bjørg Solheim-Vatne", "MEDL", False), ("Asbjørn Kjelstadli", "MEDL", False),
                  ("Remi Holtet", "MEDL", True), ("Tove Hegstad", "VARA", None)],
        "renditions": ["pdf"], "margin_mm": 50, "font": "Liberation Serif", "body_pt": 11.5,
        "footer": "Austvatn Kraftlag SA", "footer_align": "right",
        "items": [
            ("h", 1, "Årsberetning 2023"),
            ("p", "Austvatn Kraftlag SA · Verksvegen 3, 3864 {g:Rauland}", {"size": 9}),
            ("bh", "Virksomhetens art og tilholdssted"),
            ("jp", "Austvatn Kraftlag SA ble stiftet i 1919 av bøndene rundt {g:Austvatn} og er i dag et samvirke~foretak "
                   "med 1 212 andels~eiere. Laget driver distribusjons~nett og kraft~omsetning i {g:Vinje} kommune, "
                   "med hoved~kontor på {g:Rauland}. Nettet omfatter om lag 640 kilometer høyspent~linjer og "
                   "jord~kabler."),
            ("bh", "Styret og ledelsen"),
            ("jp", "På års~møtet 20. april ble styre~leder Magnhild Nord~mann gjenvalgt for to år, og Jostein "
                   "Lang~myr ble valgt til ny nest~leder. Styret har ellers bestått av Bjørg Solheim-Vatne, "
                   "Asbjørn Kjel~stadli og Remi Hol~tet, som er valgt av og blant de ansatte. Tove Hegstad er "
                   "vara~medlem. Sverre Aust~bø gikk ut av styret etter åtte år som nest~leder, og styret takker "
                   "ham for lang og trofast innsats. Daglig leder Petter Kallevik Strøms~nes har ledet laget "
                   "siden 2016."),
            ("bh", "Fortsatt drift og økonomi"),
            ("jp", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Drifts~inntektene ble "
                   "lavere enn året før fordi kraft~prisene falt gjennom hele året, mens nett~leien økte som "
                   "følge av høyere inntekts~ramme. Egenkapitalandelen var {p:44,9 %|egenkapitalandelen} ved "
                   "utgangen av året. Styret mener regnskapet gir et rettvisende bilde av lagets eiendeler "
                   "og gjeld, finansielle stilling og resultat."),
            ("jp", "Styret foreslår at årets overskudd overføres til annen egenkapital. Det betales ikke "
                   "utbytte til andels~eierne for 2023."),
            ("bh", "Arbeidsmiljø, likestilling og ytre miljø"),
            ("jp", "Laget hadde 16 ansatte ved årsskiftet. Sykefraværet var {p:3,1 %|sykefraværet} av "
                   "mulige dags~verk. Det ble registrert én skade med fravær, en montør som falt i en "
                   "trafo~kiosk. Av de ansatte er tre kvinner. Laget følger nett~selskapenes bransje~standard "
                   "for sikkerhet og beredskap."),
            ("pagebreak",),
            ("stmt", st_inc, {"title": "Resultatregnskap 2023"}),
            ("stmt", st_bal, {"title": "Balanse per 31. desember 2023"}),
            ("sign", "{g:Rauland}, 7. mars 2024",
             [("Magnhild Nordmann", "styreleder"), ("Jostein Langmyr", "nestleder"),
              ("Bjørg Solheim-Vatne", "styremedlem"), ("Asbjørn Kjelstadli", "styremedlem"),
              ("Remi Holtet", "styremedlem"), ("Petter Kallevik Strømsnes", "daglig leder")], {"cols": 2}),
        ],
        "board_optional": ["Petter Kallevik Strømsnes"],
        "notes": "Text PDF (Word through LibreOffice) with justified narrow text: names and long words carry "
                 "soft hyphens and break across line ends; both statements are pictures of a spreadsheet; "
                 "the board is named in running text and whole only in the signatures.",
    }


def vinger_kornsilo_2002():
    """A Word 97 file typed with tab stops: the board as "Role<TAB>Name" and dotted-leader lines, the
    accounts in tab-aligned columns, no table anywhere."""
    cols = [Col("2002", 2002), Col("2001", 2001)]
    labels = {"sum_inc": "Sum driftsinntekter", "op": "Driftsresultat", "net_fin": "Netto finansposter",
              "result": "Årsresultat"}
    inc = income("nb", 2, [("Tørke- og lagerinntekter", "", [1846215, 1712480]),
                           ("Salg av såvare og kalk", "", [623904, 588317]), ("Leieinntekter", "", [96000, 96000])],
                 [("Varekjøp", "", [512377, 481906]), ("Lønn og sosiale kostnader", "", [804611, 772350]),
                  ("Strøm og fyringsolje", "", [341288, 298734]), ("Vedlikehold", "", [187402, 236115]),
                  ("Avskrivninger", "", [298500, 298500]), ("Andre driftskostnader", "", [214730, 203118])],
                 [("Renteinntekter", "", [21377, 18406]), ("Rentekostnader", "", [-148920, -163512])],
                 labels=labels)
    bal = balance("nb", 2, [("Siloanlegg og tørke", "", [3582000, 3805500]), ("Maskiner", "", [412000, 487000])],
                  [("Varelager", "", [214380, 198770]), ("Kundefordringer", "", [287615, 311048]),
                   ("Bankinnskudd", "", "plug")],
                  [("Andelskapital", "", [418500, 412000]), ("Annen egenkapital", "", carried(1379856, inc))],
                  [("Pantelån Landkreditt", "", [2150000, 2400000])],
                  [("Leverandørgjeld", "", [198340, 176215]), ("Skyldig offentlige avgifter", "", [88417, 81930]),
                   ("Annen kortsiktig gjeld", "", [61950, 58407])])
    st_inc = Statement("Resultatregnskap", cols, inc, render="tabs", label_header="")
    st_bal = Statement("Balanse pr. 31.12.", cols, bal, render="tabs", label_header="")
    return {
        "name": "vinger-kornsilo-2002", "year": 2002, "title": "A/L Vinger Kornsilo - Årsberetning 2002",
        "organization": {"name": "A/L Vinger Kornsilo", "founded_year": 1957},
        "ceo": "Einar Brustad",
        "board": [("Halvor Bekkelund", "LEDE", None), ("Åse Marie Skoglund", "NEST", None),
                  ("Ivar Tangen", "MEDL", None), ("Kristoffer Lerud", "MEDL", None),
                  ("Gudrun Fossum", "VARA", None), ("Jon Olav Nordhagen", "VARA", None)],
        "not_board": ["Per Ivar Holm", "Tordis Bakken", "Knut Sveen", "Ragnar Fladby"],
        "renditions": ["doc", "pdf"], "font": "Liberation Serif", "body_pt": 12, "author": "Kontoret",
        "items": [
            ("bh", "A/L VINGER KORNSILO", {"size": 14}),
            ("bh", "ÅRSBERETNING FOR 2002"),
            ("p", "Andelslaget ble stiftet i 1957 og driver korntørke, kornlager og salg av såvare og kalk "
                  "til andelseierne i {g:Eidskog} og {g:Kongsvinger}. Anlegget ligger på {g:Austmarka}."),
            ("bh", "Tillitsvalgte"),
            ("p", "Styret har i 2002 hatt følgende sammensetning:"),
            ("leaders", [("Styreleder", "Halvor Bekkelund"), ("Nestleder", "Åse Marie Skoglund"),
                         ("Styremedlem", "Ivar Tangen"), ("Styremedlem", "Kristoffer Lerud"),
                         ("1. varamedlem", "Gudrun Fossum"), ("2. varamedlem", "Jon Olav Nordhagen")],
             {"stop_cm": 12.0}),
            ("tablines", [["Daglig leder", "Einar Brustad"], ["Revisor", "Per Ivar Holm, statsaut. revisor"],
                          ["Valgkomité", "Tordis Bakken (leder), Knut Sveen"]], {"stops": (4.0,)}),
            ("bh", "Virksomheten i 2002"),
            ("p", "Innveid kornmengde ble 6 480 tonn, mot 5 910 tonn året før. Høsten var tørr, og "
                  "vanninnholdet ved levering var i snitt {p:17,8 %|vanninnholdet}, det laveste på mange år. "
                  "Tørkeinntektene økte derfor mindre enn mengden skulle tilsi."),
            ("p", "Styret har hatt 6 styremøter. Ragnar Fladby, som var styreleder fra 1989 til 1998, ble "
                  "takket for lang innsats ved 45-årsjubileet i juni."),
            ("p", "Laget har 4 faste ansatte og 3 sesongansatte. Sykefraværet var {p:2,4 %|sykefraværet}. "
                  "Arbeidsmiljøet anses som godt. Virksomheten forurenser ikke det ytre miljø ut over "
                  "støv og støy i innkjøringssesongen."),
            ("p", "Årsregnskapet er avlagt under forutsetning av fortsatt drift. Styret foreslår at "
                  "årsoverskuddet overføres til annen egenkapital."),
            ("stmt", st_inc, {"title": "RESULTATREGNSKAP 2002"}),
            ("stmt", st_bal, {"title": "BALANSE PR. 31.12.2002"}),
            ("p", "{g:Austmarka}, 18. februar 2003"),
            ("tablines", [["Halvor Bekkelund", "Åse Marie Skoglund", "Ivar Tangen"],
                          ["styreleder", "nestleder", "styremedlem"], ["", "", ""],
                          ["Kristoffer Lerud", "Einar Brustad", ""], ["styremedlem", "daglig leder", ""]],
             {"stops": (5.5, 11.0)}),
        ],
        "board_optional": ["Einar Brustad"],
        "notes": "Legacy Word 97 (.doc) typed with tab stops: board as dotted-leader lines, officers as "
                 "Role<TAB>Name lines, statements in tab-aligned columns, signatures as tabbed lines; "
                 "a former chair and the auditor and valgkomité printed, not board.",
    }


def hovdetunet_2022():
    """A museum foundation: a long history naming founders and former chairs by year, this year's
    board beside it, and a memorial paragraph for a board member who died during the year."""
    cols = [Col("2022", 2022), Col("2021", 2021)]
    labels = {"sum_inc": "Sum driftsinntekter", "result": "Årsresultat"}
    inc = income("nb", 2, [("Driftstilskudd fra fylkeskommunen", "", [1450000, 1410000]),
                           ("Driftstilskudd fra Ringebu kommune", "", [620000, 600000]),
                           ("Billettinntekter og kafé", "", [384215, 217640]), ("Gaver", "", [75500, 128300])],
                 [("Lønn og sosiale kostnader", "", [1712480, 1655930]), ("Vedlikehold av bygninger", "", [338912, 412706]),
                  ("Utstillinger og formidling", "", [186420, 141285]), ("Andre driftskostnader", "", [231776, 219418])],
                 [("Renteinntekter", "", [14330, 4122])], labels=labels)
    bal = balance("nb", 2, [],
                  [("Fordringer", "", [41200, 58900]), ("Bankinnskudd", "", "plug")],
                  [("Grunnkapital", "", [100000, 100000]), ("Annen egenkapital", "", carried(412000, inc))],
                  [], [("Leverandørgjeld", "", [62830, 48114]), ("Skyldige feriepenger og avgifter", "", [198406, 187920])])
    st_inc = Statement("Resultatregnskap", cols, inc, label_header="Beløp i kr", render="ruled")
    st_bal = Statement("Balanse pr. 31.12.", cols, bal, label_header="Beløp i kr", render="ruled")
    return {
        "name": "hovdetunet-museum-2022", "year": 2022, "title": "Stiftelsen Hovdetunet – Årsmelding 2022",
        "organization": {"name": "Stiftelsen Hovdetunet", "founded_year": 1937, "address": "Hovdevegen 12"},
        "ceo": "Kristin Aasmundstad",
        "board": [("Gunhild Brekkom", "LEDE", None), ("Arvid Mytting", "NEST", None),
                  ("Jorunn Sletten", "MEDL", None), ("Helge Bakken", "MEDL", None),
                  ("Solveig Kvarstad", "VARA", None)],
        "board_optional": ["Lars Ivar Kroken", "Kristin Aasmundstad"],
        "not_board": ["Anders Hovde", "Ingeborg Hovde", "Marta Bjørnstad", "Olav Rustad", "Tordis Lien",
                      "Sigurd Lien"],
        "renditions": ["docx", "pdf"], "heading_colour": "5A3A1F",
        "items": [
            ("h", 1, "Stiftelsen Hovdetunet – Årsmelding 2022"),
            ("p", "Hovdevegen 12, 2630 {g:Ringebu}", {"italic": True}),
            ("h", 2, "Museets historie"),
            ("p", "Hovdetunet ble åpnet som bygdemuseum sommeren 1937. Initiativet kom fra læreren Anders Hovde "
                  "og hans søster Ingeborg Hovde, som gav tunet på slektsgården til bygda mot at husene skulle "
                  "stå der de sto. Stiftelsen ble formelt opprettet samme høst, med Anders Hovde som første "
                  "styreleder."),
            ("p", "I 1952 overtok Marta Bjørnstad ledelsen av styret. Under henne ble stabburet og smia fra "
                  "{g:Fåvang} flyttet til tunet, og museet fikk sin første faste utstilling om seterdrift. "
                  "Olav Rustad var styreleder fra 1971 til 1990 og sto bak byggingen av magasinet i 1984."),
            ("p", "Fra 1990 til 2012 ledet Tordis Lien styret. Hun fikk museet inn i et fast samarbeid med "
                  "fylkets museumsnettverk, og tunet ble fredet i 1997. Hennes ektemann Sigurd Lien førte i "
                  "mange år museets protokoller som frivillig."),
            ("p", "I dag omfatter Hovdetunet 14 bygninger og om lag 6 200 gjenstander."),
            ("h", 2, "Styret"),
            ("p", "Styret har i 2022 bestått av:"),
            ("table", [["Styreleder", "Gunhild Brekkom", "valgt av Ringebu historielag"],
                       ["Nestleder", "Arvid Mytting", "valgt av Ringebu historielag"],
                       ["Styremedlem", "Jorunn Sletten", "fra 15. mai"],
                       ["Styremedlem", "Helge Bakken", "oppnevnt av Ringebu kommune"],
                       ["Varamedlem", "Solveig Kvarstad", ""]], {"ruled": False, "gold_rows": False}),
            ("bh", "Minneord"),
            ("p", "Styremedlem Lars Ivar Kroken døde 2. april 2022, 71 år gammel. Lars Ivar satt i styret fra "
                  "2014 og var en uunnværlig kraft på dugnadene, særlig ved omleggingen av torvtaket på "
                  "hovedbygningen. Vi minnes ham med stor takknemlighet.", {"italic": True}),
            ("h", 2, "Drift og besøk"),
            ("p", "Museumsleder er Kristin Aasmundstad, ansatt i {p:80 %|stilling} stilling. Museet hadde "
                  "5 410 besøkende i sesongen, en økning på {p:62 %|besøkende} fra 2021 da åpningstiden "
                  "var redusert. Skoleprogrammet ble gjennomført for alle 5. klassene i {g:Ringebu} og {g:Sør-Fron}."),
            ("p", "Årsregnskapet er satt opp under forutsetning om fortsatt drift. Årets overskudd overføres til "
                  "annen egenkapital."),
            ("stmt", st_inc, {"title": "Resultatregnskap 2022"}),
            ("stmt", st_bal, {"title": "Balanse pr. 31.12.2022"}),
            ("sign", "{g:Ringebu}, 1. mars 2023",
             [("Gunhild Brekkom", "styreleder"), ("Arvid Mytting", "nestleder"),
              ("Jorunn Sletten", "styremedlem"), ("Helge Bakken", "styremedlem")]),
        ],
        "not_places": ["Ringebu historielag", "Ringebu kommune"],
        "notes": "Museum foundation: a long history naming founders and former chairs by year (not board); "
                 "the current board in a borderless table; a memorial paragraph for a board member who died "
                 "during the year (optional).",
    }


REPORTS = [austvatn_kraftlag_2023, vinger_kornsilo_2002, hovdetunet_2022]
