"""Kinds the sixty-seventh blind held-out set found in ordinary Word reports of clubs, a sogelag, a
stiftelse, a KF and an IKS (h37-fix67; docs/phrasings.md §115), in other words: an e-mail or web
address whose own hyphen falls at a line's end in the PDF (the hyphen was dropped as a word's, and
the address read sure and wrong); deputies as a numbered list under a label that says their order,
after a table of the members; the annual meeting's election as an unruled Verv | Namn | Merknad
table, its leader, secretary and treasurer left out as the meeting's own officers; a member who left
in the year told in one sentence with who appointed him before the date, or "til han flytta"; the
founding year told only in a founder's obituary; a farm's name as the address on the cover's contact
line; a place named only in a school's or kindergarten's name; a statement's title in bold small type
over its tab-stop table; a budget's column heads at right tab stops a little apart.
Organisations, people, addresses and figures are invented."""
from probes.spec import H, P, T, Expect, Figure, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, lang="nb", formats=WORD, title=None) -> Probe:
    return Probe(f"h37f67-{case_id}", family, tuple(items), expect, lang=lang, formats=formats,
                 title=title or {"nb": "Årsberetning 2022", "nn": "Årsmelding 2022"}[lang])


# --- an address's own hyphen at a line's end ---------------------------------------------------------
# The sentences are set so that LibreOffice breaks the line right after the address's hyphen.
_MAIL_AT_BREAK = ("Velforeningen har kontor i grendehuset, og spørsmål kan sendes til styret@solbakken-grendelag.no "
                  "eller ringes inn på telefon 57 86 12 40.")
_WEB_AT_BREAK_NN = ("Laget har eiga heimeside med terminlister og påmelding til kurs og leirar på rustoy-idrettslag.no, "
                    "og ho vert oppdatert kvar veke.")
_MAIL_AT_BREAK_NN = ("Laget svarar på spørsmål frå medlemene så fort det går. Skriv til styret@haugstad-bygdelag.no "
                     "eller legg ein lapp i postkassa.")

# --- boards ------------------------------------------------------------------------------------------
_MEMBERS = (("Trude Halvorsrud", "leder", "oppnevnt av bystyret"),
            ("Sindre Opsahl", "nestleder", "oppnevnt av bystyret"),
            ("Marit Kjølstad", "medlem", "oppnevnt av bystyret"),
            ("Øyvind Bråthen", "medlem", "valgt av de ansatte"))
_ELECTION_NN = (("Verv", "Namn", "Merknad"),
                ("Leiar", "Gudrun Eide Nygård", "attval, 2 år"),
                ("Nestleiar", "Helge Rysstad", "ikkje på val"),
                ("Skrivar", "Oddveig Lunde", "ny, 2 år"),
                ("Kasserar", "Torleiv Berge", "ny, 1 år"),
                ("Styremedlem", "Randi Aakre", "ikkje på val"),
                ("Varamedlem", "Jon Egil Stølen", "attval, 1 år"))
_ELECTION_NB = (("Verv", "Navn", "Periode"),
                ("Leder", "Kjersti Vollan", "gjenvalgt for 2 år"),
                ("Sekretær", "Eilif Sandvold", "ny for 2 år"),
                ("Kasserer", "Marianne Ødegård", "ikke på valg"),
                ("Styremedlem", "Bjørnar Tangen", "ny for 1 år"),
                ("Varamedlem", "Hilde Sørbøe", "ny for 1 år"))

PROBES = [
    _p("email-hyphen-at-line-end", "organisation", (
        H("Om velforeningen", 2), P(_MAIL_AT_BREAK),
        P("Velforeningen ble stiftet i 1974 og har 212 medlemshusstander."),
    ), Expect(email="styret@solbakken-grendelag.no")),
    _p("web-bare-hyphen-at-line-end-nn", "organisation", (
        H("Om laget", 2), P(_WEB_AT_BREAK_NN),
        P("Rustøy idrettslag vart skipa i 1951 og har 430 medlemer."),
    ), Expect(website="rustoy-idrettslag.no"), lang="nn"),
    # the same domain printed whole elsewhere: the broken address agrees with it, sure
    _p("email-hyphen-at-line-end-web-agrees", "organisation", (
        H("Om velforeningen", 2), P(_MAIL_AT_BREAK),
        P("Referat fra styremøtene ligger på www.solbakken-grendelag.no."),
    ), Expect(email="styret@solbakken-grendelag.no", website="www.solbakken-grendelag.no")),
    # ... printed without the hyphen elsewhere, as often: which is right the document does not settle
    _p("email-hyphen-at-line-end-web-disagrees-nn", "organisation", (
        H("Kontakt", 2), P(_MAIL_AT_BREAK_NN),
        P("Haugstad bygdelag har 148 medlemer. Heimesida er www.haugstadbygdelag.no."),
    ), Expect(org_name="Haugstad bygdelag", low_confidence=("email", "website")), lang="nn",
        title="Haugstad bygdelag – årsmelding 2022"),
    # deputies numbered under a label that says their order, after a table of the members
    _p("deputies-numbered-in-order-after-member-table", "board", (
        H("Styret og administrasjonen", 2),
        P("Styret har i 2022 bestått av:"),
        T(_MEMBERS, ruled=False, bold_header=False),
        P("Varamedlemmer for de bystyrevalgte, i prioritert rekkefølge:"),
        P("Lars Petter Amundrud", style="List Number"), P("Gunn Berit Skaug", style="List Number"),
        P("Halvard Nordengen", style="List Number"),
        P("Styret har hatt åtte møter og behandlet 61 saker."),
    ), Expect(board=board(("Trude Halvorsrud", "LEDE"), ("Sindre Opsahl", "NEST"), ("Marit Kjølstad", "MEDL"),
                          ("Øyvind Bråthen", "MEDL", True), ("Lars Petter Amundrud", "VARA"),
                          ("Gunn Berit Skaug", "VARA"), ("Halvard Nordengen", "VARA")))),
    _p("deputies-numbered-in-order-nn", "board", (
        H("Styret", 2),
        P("Styreleiar Ingvild Hatlestad\nNestleiar Kåre Myklebust\nStyremedlem Siv Heggdal"),
        P("Varamedlemer til styret, i nummerert rekkjefølgje:"),
        P("Arnfinn Teigen", style="List Number"), P("Brynhild Solheim", style="List Number"),
        P("Styret har halde seks møte."),
    ), Expect(board=board(("Ingvild Hatlestad", "LEDE"), ("Kåre Myklebust", "NEST"), ("Siv Heggdal", "MEDL"),
                          ("Arnfinn Teigen", "VARA"), ("Brynhild Solheim", "VARA"))), lang="nn"),
    # the annual meeting's election as an unruled table: its leader, secretary and treasurer are the board's
    _p("meeting-election-table-nn", "board", (
        H("Årsmøtet og val", 2),
        P("Årsmøtet vart halde i grendahuset 9. mars med 33 frammøtte. Møteleiar var Sverre Hauge. "
          "Etter framlegg frå valnemnda vart valet slik:"),
        T(_ELECTION_NN, ruled=False),
        P("Valnemnda har vore Åshild Rønneberg og Kolbein Tveit."),
        H("Styrearbeidet", 2),
        P("Styret har hatt åtte møte og handsama 41 saker."),
    ), Expect(board=board(("Gudrun Eide Nygård", "LEDE"), ("Helge Rysstad", "NEST"), ("Oddveig Lunde", "MEDL"),
                          ("Torleiv Berge", "MEDL"), ("Randi Aakre", "MEDL"), ("Jon Egil Stølen", "VARA")),
              sure_board=("Gudrun Eide Nygård", "Oddveig Lunde", "Torleiv Berge")), lang="nn"),
    _p("meeting-election-table", "board", (
        H("Årsmøtet 2022", 2),
        P("Årsmøtet ble holdt i klubbhuset 15. mars. Møteleder var Arvid Hustad, og Nina Ruud førte protokollen. "
          "Valget fikk dette utfallet:"),
        T(_ELECTION_NB, ruled=False),
        H("Aktiviteter", 2),
        P("Klubben arrangerte tre turneringer og et sommerstevne."),
    ), Expect(board=board(("Kjersti Vollan", "LEDE"), ("Eilif Sandvold", "MEDL"), ("Marianne Ødegård", "MEDL"),
                          ("Bjørnar Tangen", "MEDL"), ("Hilde Sørbøe", "VARA")))),
    # a member who left in the year: who appointed him before the date, or "til han flytta"
    _p("member-left-appointed-until-date", "board", (
        H("Styret", 2),
        P("Styret har i 2022 hatt denne sammensetningen:"),
        T((("Verv", "Navn", "Oppnevnt av"), ("Styreleder", "Ragnhild Brekke", "Kommunen"),
           ("Nestleder", "Gaute Lien", "Fylkeskommunen"), ("Styremedlem", "Liv Marit Sønstebø", "Historielaget"),
           ("Styremedlem", "Petter Hamre", "Kommunen (fra 1. september)")), ruled=True),
        P("Jostein Bø var styremedlem oppnevnt av kommunen fram til 1. september, da han flyttet til Bergen. "
          "Kommunen oppnevnte Petter Hamre i hans sted."),
    ), Expect(board=board(("Ragnhild Brekke", "LEDE"), ("Gaute Lien", "NEST"), ("Liv Marit Sønstebø", "MEDL"),
                          ("Petter Hamre", "MEDL")))),
    _p("member-left-until-he-moved-nn", "board", (
        H("Styret", 2),
        P("Styreleiar Torhild Vatne\nNestleiar Eirik Sunde\nStyremedlem Magne Roald\nStyremedlem Aud Kristin Fure"),
        P("Nils Aarvik var styremedlem til han flytta frå bygda i april. Aud Kristin Fure tok over plassen hans."),
    ), Expect(board=board(("Torhild Vatne", "LEDE"), ("Eirik Sunde", "NEST"), ("Magne Roald", "MEDL"),
                          ("Aud Kristin Fure", "MEDL"))), lang="nn"),
    # --- facts -----------------------------------------------------------------------------------------
    _p("founded-only-in-founders-obituary-nn", "organisation", (
        H("Om laget", 2),
        P("Laget har 164 medlemer og gjev ut eit årsskrift."),
        H("Minneord", 2),
        P("Torstein Hallan døydde i mars, 91 år gamal. Han var med og skipa laget i 1962 og var kasserar i "
          "mange år. Vi lyser fred over minnet hans."),
    ), Expect(founded_year=1962), lang="nn", title="Nordheim sogelag – årsmelding 2022"),
    _p("founded-only-in-founders-obituary", "organisation", (
        H("Minneord", 2),
        P("Vår æresmedlem Gerd Aalstad gikk bort i mai. Hun var med på å stifte foreningen i 1971 og satt "
          "i styret i tolv år."),
    ), Expect(founded_year=1971), title="Vestby husflidslag – årsberetning 2022"),
    _p("farm-address-on-cover-contact-line", "organisation", (
        P("Stiftelsen Lindtveit Gardsmuseum", size=20, bold=True),
        P("Årsmelding 2011", size=14),
        P("Lindtveit, 3840 Seljord  ·  tlf. 35 06 11 22"),
        H("Om stiftelsen", 2),
        P("Stiftelsen eier tunet og sju bygninger og viser dem fram for skoler og turister om sommeren."),
    ), Expect(address="Lindtveit, 3840 Seljord", phone="35061122"), title=None),
    _p("places-only-in-institution-names", "places", (
        H("Drift og vedlikehold", 2),
        P("Foretaket bygde ny avdeling ved Skotselv barnehage og la nytt tak på Gransherad skole."),
    ), Expect(places=("Skotselv", "Gransherad"))),
    # a statement's title in bold small type over its tab-stop table; a budget's heads close together
    _p("bold-small-title-over-dot-leader-statement-nn", "headings", (
        H("Rekneskap", 2),
        P("Rekneskap 2022", bold=True, size=8),
        P("\t2022\t2021", tabs=(330, 440), size=8),
        *(P(line, tabs=(330, 440), dot_leader=True, size=8) for line in (
            "Medlemspengar\t21 400,-\t20 100,-", "Sal av årsskrift\t48 250,-\t45 900,-",
            "Sum inntekter\t69 650,-\t66 000,-", "Sum utgifter\t52 180,-\t58 420,-", "Overskot\t17 470,-\t7 580,-")),
        P("Rekneskapen er revidert utan merknader."),
    ), Expect(headings=("Rekneskap 2022",)), lang="nn"),
    _p("budget-heads-close-at-tab-stops-nn", "statements", (
        H("Budsjett 2023", 2),
        P("\tBudsjett 2023\tRekneskap 2022", tabs=(330, 428), bold=True),
        *(P(line, tabs=(330, 428)) for line in (
            "Hamneleige\t312.000\t305.400", "Medlemskontingent\t38.000\t37.600", "Sum inntekter\t350.000\t343.000",
            "Vedlikehald\t150.000\t171.250", "Sum utgifter\t330.000\t338.900", "Resultat\t20.000\t4.100")),
        P("Styret gjer framlegg om uendra hamneleige i 2023."),
    ), Expect(table_rows=(("Budsjett 2023", "Rekneskap 2022"),),
              key_figures=(Figure("driftsinntekter", 2022, 343000),)), lang="nn", title="Årsmøtepapir 2023"),
]
