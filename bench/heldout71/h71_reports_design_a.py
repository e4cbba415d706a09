"""The seventy-first set's first designer report (printed by Chromium from ``h71_sheets``): a
vekstbedrift (2022). Organisations, people and figures are invented; places are real and valid in
the report's year."""
from __future__ import annotations

from h71_common import quote, statements


def lysasen_vekst_2022() -> dict:
    """Vekstbedrift AS in Orkland (Trøndelag): owners only in a pie chart's legend, the board as
    portrait cards four to a row beside a narrow contact column (e-mail and web broken after their
    hyphen), a first deputy who moved up in May marked "Styremedlem*" with the note under the grid."""
    res, bal = statements(
        "nb", (2022, 2021),
        inc=[("Salgsinntekter", "", [14_386_420, 13_102_755]), ("Tilskudd fra NAV", "2", [11_904_300, 11_512_880]),
             ("Tilskudd fra eierkommunene", "2", [1_620_000, 1_580_000]),
             ("Andre driftsinntekter", "", [312_644, 287_120])],
        cost=[("Varekostnad", "", [4_978_210, 4_511_902]), ("Lønnskostnader", "3", [17_862_455, 17_020_340]),
              ("Avskrivninger", "4", [1_034_720, 988_410]), ("Andre driftskostnader", "", [3_611_085, 3_402_267])],
        fin=[("Finansinntekter", "", [96_410, 41_208]), ("Finanskostnader", "", [-148_322, -162_977])],
        fixed=[("Bygninger og tomt", "4", [9_840_000, 10_210_000]), ("Maskiner og kjøretøy", "4", [2_311_560, 2_455_880])],
        current=[("Varelager", "", [1_204_330, 1_150_920]), ("Kundefordringer", "", [2_118_640, 1_987_402]),
                 ("Andre fordringer", "", [402_118, 366_540]), ("Bankinnskudd", "5", "plug")],
        equity=[("Aksjekapital", "6", [600_000, 600_000]), ("Annen egenkapital", "", [9_770_182, 9_085_200])],
        long=[("Pantelån", "7", [5_420_000, 5_880_000])],
        short=[("Leverandørgjeld", "", [1_388_904, 1_266_310]), ("Skyldige offentlige avgifter", "", [1_742_611, 1_690_805]),
               ("Annen kortsiktig gjeld", "", [2_315_876, 2_140_122])],
        note_col="Note", label_header="Beløp i hele kroner")
    foot = "Lysåsen Vekst AS  ·  Årsrapport 2022"
    board_cards = [("Arnfinn Bjørgum Hoel", "Styreleder", None),
                   ("Ingrid Marie Stavåsen Haugerud", "Nestleder", None),
                   ("Torunn Fjæran", "Styremedlem", None),
                   ("Per-Øyvind Kvilhaugsvik Moe", "Styremedlem*", None),
                   ("Lise Berit Engen Skjølberg", "Styremedlem", "valgt av de ansatte"),
                   ("Kjell Inge Rønningen", "Varamedlem", None),
                   ("Marte Solbakken Lien", "Varamedlem", None),
                   ("Jomar Hårstad", "Varamedlem", None)]
    contact = [("p", "Lysåsen Vekst AS", {"cls": "small"}), ("p", "Industrivegen 21", {"cls": "small"}),
               ("p", "7300 {g:Orkanger}", {"cls": "small"}), ("p", "Telefon", {"cls": "small"}),
               ("p", "72 48 31 60"), ("p", "E-post", {"cls": "small"}), ("p", "post@lysaasen-vekst.no"),
               ("p", "Nettside", {"cls": "small"}), ("p", "www.lysaasen-vekst.no"),
               ("p", "Org.nr. 964 218 337", {"cls": "small"})]
    items = [
        ("cover", {"kicker": "Lysåsen Vekst AS", "title": "Årsrapport 2022",
                   "sub": "Arbeid, opplæring og tilrettelegging i {g:Orkland}", "colour": "#2b5d4a",
                   "scene": "forest", "note": "Foto: Eirik Solem Rise"}),
        ("sheet", [
            ("band", "Daglig leder har ordet"),
            ("grid", "1fr 52mm", [
                [("p", "2022 ble året da vi igjen kunne samle alle avdelingene under samme tak, og da den store "
                       "etterspørselen etter arbeidskraft i regionen ga flere av deltakerne våre en vei videre til "
                       "ordinært arbeid.", {"cls": "lead"}),
                 ("cols", 2, [
                     ("p", "Gjennom året hadde vi 112 deltakere innom tiltakene våre. Av dem som avsluttet "
                           "arbeidsforberedende trening, gikk {p:41 %|avsluttet arbeidsforberedende trening} over "
                           "til arbeid eller utdanning. Det er den beste andelen siden tiltaket kom i gang."),
                     ("p", "Omsetningen i produksjonen økte. Vi leverte ved, emballasje og vaktmestertjenester til "
                           "kunder fra {g:Orkanger} til {g:Trondheim}. Samtidig har prisene på strøm og råvarer "
                           "steget mer enn vi hadde lagt inn i budsjettet."),
                     ("p", f"Årsresultatet ble kr {quote(res, 'Årsresultat')}, og styret foreslår at det overføres "
                           "til annen egenkapital. Egenkapitalen er god, og likviditeten er tilfredsstillende."),
                     ("p", "Takk til alle ansatte og deltakere for innsatsen, og takk til NAV {g:Orkland}, "
                           "veileder Bjørnar Tettli og eierkommunene for godt samarbeid."),
                     ("p", "{g:Orkanger}, mars 2023"),
                     ("p", "Hanne Grøtting Aune, daglig leder"),
                 ])],
                [("tiles", [("38", "plasser i varig tilrettelagt arbeid (VTA)"),
                            ("24", "plasser i arbeidsforberedende trening (AFT)"),
                            ("112", "deltakere i løpet av året"),
                            ("{p:6,4 %}", "sykefravær blant ansatte")], {"n": 1}),
                 ("quote", "«Her får jeg bruke både hendene og hodet. Nå gleder jeg meg til mandag.»",
                  "Synnøve Kvamme, deltaker i AFT")],
            ]),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Om Lysåsen Vekst"),
            ("cols", 3, [
                ("h", 3, "Virksomhetens art"),
                ("p", "Lysåsen Vekst AS er en arbeids- og inkluderingsbedrift stiftet i 1991. Vi holder til på "
                      "{g:Orkanger} og gir arbeidstrening, kvalifisering og varig tilrettelagt arbeid for personer "
                      "som trenger bistand for å komme i jobb."),
                ("h", 3, "Eierne"),
                ("p", "Aksjene eies av de tre kommunene i samarbeidet, og eierfordelingen går fram av diagrammet. "
                      "Ordinær generalforsamling ble holdt 9. juni med ordfører Kåre Lian Fagerli som møteleder."),
                ("h", 3, "Tiltakene"),
                ("p", "Vi har avtale med NAV om 38 plasser i varig tilrettelagt arbeid (VTA) og 24 plasser i "
                      "arbeidsforberedende trening (AFT). I tillegg hadde vi fem lærekandidater innen kontorfag "
                      "og industriell matproduksjon."),
                ("h", 3, "Avdelingene"),
                ("p", "Vedproduksjonen, emballasjeverkstedet, vaskeriet og kantina gir varierte arbeidsoppgaver. "
                      "Vaktmestergruppa har faste oppdrag for borettslag og næringsbygg."),
                ("h", 3, "Kvalitet"),
                ("p", "Bedriften er sertifisert etter EQUASS. Alle deltakere har en individuell plan som "
                      "følges opp hver sjette uke sammen med NAV."),
            ], {"rule": True}),
            ("space", 3),
            ("grid", "1fr 1fr", [
                [("box", [("pie", [("{g:Orkland} kommune {p:48 %|Orkland kommune}", 48, "#2b5d4a"),
                                   ("{g:Skaun} kommune {p:30 %|Skaun kommune}", 30, "#7fa98f"),
                                   ("{g:Rindal} kommune {p:22 %|Rindal kommune}", 22, "#c9a94e")], {"width": 78})],
                          {"title": "Eierfordeling"}),
                 ("photo", "workshop", "Emballasjeverkstedet leverer esker og paller til industrien i regionen.",
                  {"h": 38})],
                [("photo", "forest", "Fra vedproduksjonen på {g:Fannrem}, der åtte deltakere har fast arbeid.",
                  {"h": 44}),
                 ("photo", "field", "Sommerjobb for ungdom: skjøtsel av turstier ved {g:Svorkmo} i juli.",
                  {"h": 44})],
            ]),
        ], {"footer": foot}),
        ("sheet", [
            ("grid", "36mm 1fr", [
                [("box", contact, {"title": "Kontakt"})],
                [("band", "Styret"),
                 ("cards", board_cards, {"per_row": 4}),
                 ("notes", ["* Var første varamedlem fram til 1. mai 2022 og rykket da opp som fast styremedlem "
                            "etter at Siri Vorpenes flyttet ut av regionen og gikk ut av styret."]),
                 ("p", "Styret har hatt sju møter og behandlet 52 saker. Daglig leder deltar i møtene uten "
                       "stemmerett, og avdelingsleder Ole Petter Bakken har vært styrets sekretær."),
                 ("h", 3, "Administrasjonen"),
                 ("table", [["Funksjon", "Navn"],
                            ["Daglig leder", "Hanne Grøtting Aune"],
                            ["Avdelingsleder produksjon", "Ole Petter Bakken"],
                            ["AFT-koordinator", "Eva Margrethe Syrstad"],
                            ["Revisor", "Tormod Grindal, statsautorisert revisor"]])],
            ], {"gap": "6mm"}),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Styrets årsberetning 2022"),
            ("cols", 2, [
                ("h", 3, "Virksomhetens art og hvor den drives"),
                ("p", "Lysåsen Vekst AS har forretningskontor i Industrivegen 21 på {g:Orkanger} i {g:Orkland} "
                      "kommune. Selskapet skal skape arbeid og kvalifisering for personer med behov for "
                      "tilrettelegging, og driver tiltak etter avtale med NAV."),
                ("h", 3, "Fortsatt drift"),
                ("p", "Forutsetningen om fortsatt drift er til stede, og årsregnskapet er satt opp under denne "
                      "forutsetningen."),
                ("h", 3, "Arbeidsmiljø"),
                ("p", "Ved årsskiftet hadde selskapet 31 ansatte fordelt på 28,6 årsverk. Sykefraværet var "
                      "{p:6,4 %|Sykefraværet} mot {p:7,1 %|året før} året før. Det har ikke vært skader eller "
                      "ulykker som har ført til fravær."),
                ("h", 3, "Likestilling og mangfold"),
                ("p", "Kvinner utgjør {p:58 %|av de ansatte} av de ansatte. Styret består av tre kvinner og to "
                      "menn. Selskapet arbeider for likestilling og mot diskriminering i rekruttering og lønn."),
                ("h", 3, "Ytre miljø"),
                ("p", "Virksomheten forurenser ikke det ytre miljø utover det som er vanlig for bransjen. "
                      "Flisfyringsanlegget bruker restvirke fra vedproduksjonen."),
                ("h", 3, "Resultat og disponering"),
                ("p", f"Driftsinntektene ble kr {quote(res, 'Sum driftsinntekter')} mot kr "
                      f"{quote(res, 'Sum driftsinntekter', 1)} året før. Driftsresultatet ble kr "
                      f"{quote(res, 'Driftsresultat')}, og årsresultatet kr {quote(res, 'Årsresultat')}. Styret "
                      "foreslår at årsresultatet overføres til annen egenkapital."),
                ("h", 3, "Framtidig utvikling"),
                ("p", "Styret venter at etterspørselen etter tiltaksplasser holder seg, og vil i 2023 prioritere "
                      "samarbeid med lokale arbeidsgivere om praksisplasser."),
            ]),
            ("sign", "{g:Orkanger}, 14. mars 2023",
             [("Arnfinn Bjørgum Hoel", "styreleder"), ("Ingrid Marie Stavåsen Haugerud", "nestleder"),
              ("Torunn Fjæran", "styremedlem"), ("Per-Øyvind Kvilhaugsvik Moe", "styremedlem"),
              ("Lise Berit Engen Skjølberg", "styremedlem"), ("Hanne Grøtting Aune", "daglig leder")]),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Regnskap 2022"),
            ("stmt", res, {"title": "Resultatregnskap"}),
            ("cols", 2, [
                ("h", 3, "Note 1 Regnskapsprinsipper"),
                ("p", "Årsregnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak. "
                      "Driftsmidler avskrives lineært over forventet levetid."),
                ("h", 3, "Note 2 Offentlige tilskudd"),
                ("p", f"Tilskudd fra NAV utgjorde kr {quote(res, 'Tilskudd fra NAV')}, og tilskudd fra "
                      f"eierkommunene kr {quote(res, 'Tilskudd fra eierkommunene')}. Tilskuddene er inntektsført "
                      "i den perioden de gjelder."),
                ("h", 3, "Note 3 Lønnskostnader"),
                ("p", "Daglig leder har fått utbetalt lønn på kr 912 400. Styrehonorar er utbetalt med "
                      "kr 118 000. Selskapet har ordning for tjenestepensjon."),
            ]),
        ], {"footer": foot}),
        ("sheet", [
            ("stmt", bal, {"title": "Balanse per 31. desember"}),
            ("h", 3, "Note 7 Pantelån"),
            ("p", f"Pantelånet på kr {quote(bal, 'Pantelån')} er sikret med pant i bygningene og "
                  "nedbetales over 15 år."),
        ], {"footer": foot}),
        ("sheet", [
            ("band", "Tiltak og resultater"),
            ("table", [["Tiltak", "Godkjente plasser", "Deltakere i året", "Overgang til arbeid eller utdanning"],
                       ["Varig tilrettelagt arbeid (VTA)", "38", "41", "{p:5 %}"],
                       ["Arbeidsforberedende trening (AFT)", "24", "71", "{p:41 %}"],
                       ["Sum", "62", "112", ""]]),
            ("p", "Deltakerne i VTA har arbeidsavtale med bedriften. Overgangen til arbeid gjelder deltakere som "
                  "avsluttet tiltaket i løpet av året."),
            ("photo", "hall", "Vaskeriet flyttet i nye lokaler i februar.", {"h": 70}),
        ], {"footer": foot}),
    ]
    return {
        "name": "lysasen-vekst-2022", "lang": "nb", "year": 2022, "title": "Årsrapport 2022 Lysåsen Vekst AS",
        "organization": {"name": "Lysåsen Vekst AS", "founded_year": 1991, "address": "Industrivegen 21",
                         "phone": "72 48 31 60", "email": "post@lysaasen-vekst.no",
                         "website": "www.lysaasen-vekst.no",
                         "owners": [{"name": "Orkland kommune", "share_percent": 48},
                                    {"name": "Skaun kommune", "share_percent": 30},
                                    {"name": "Rindal kommune", "share_percent": 22}]},
        "ceo": "Hanne Grøtting Aune",
        "board": [("Arnfinn Bjørgum Hoel", "LEDE", False), ("Ingrid Marie Stavåsen Haugerud", "NEST", False),
                  ("Torunn Fjæran", "MEDL", False), ("Per-Øyvind Kvilhaugsvik Moe", "MEDL", False),
                  ("Lise Berit Engen Skjølberg", "MEDL", True), ("Kjell Inge Rønningen", "VARA", None),
                  ("Marte Solbakken Lien", "VARA", None), ("Jomar Hårstad", "VARA", None)],
        "not_board": ["Siri Vorpenes", "Hanne Grøtting Aune", "Ole Petter Bakken", "Eva Margrethe Syrstad",
                      "Tormod Grindal", "Eirik Solem Rise", "Synnøve Kvamme", "Bjørnar Tettli", "Kåre Lian Fagerli"],
        "programs": {"VTA": 38, "AFT": 24},
        "items": items, "renditions": ["design"],
        "wraps": ["post@lysaasen-", "www.lysaasen-"],
        "style": {"accent": "#2b5d4a", "accent2": "#2b5d4a", "tint": "#eaf1ed"},
        "notes": "Owners only in the pie chart's legend (SVG text); board as portrait cards four to a row in a "
                 "narrow main column, 'valgt av de ansatte' under one card; the first deputy moved up in May "
                 "('Styremedlem*', note under the grid), the member who moved away not board; the avdelingsleder "
                 "is styrets sekretær (not board); e-mail and web address break after their hyphen in the 36 mm "
                 "contact column; Fannrem and Svorkmo only in photo captions.",
    }


REPORTS = [lysasen_vekst_2022]
