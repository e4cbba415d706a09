"""Kinds from two blind held-out sets' board and organisation losses (h34-fixB; docs/phrasings.md
§91), written here with other names, places and words: a first deputy who moved up, printed in
both the members' and the deputies' lists, the move told in a sentence with an adverb inside the
verb ("rykket da opp som fast medlem"); deputies named in a sentence opening "Som varamedlemmer
har ... vært valgt"; a municipal unit's report whose page header names the kommune (the unit is no
kommune, so the kommunedirektør it reports to is not its daglig leder); a theatre headed by its
"teatersjef"; a bilingual role pair "<Sami word> / daglig leder" under the daglig leder's name; two deputy chairs
under one plural label ("Nestledere: A og B"); an organisation name opening on a Sámi capital.
From the same sets: a board as one comma list without roles whose last name leaves in brackets
("og D (berre fram til juni)"), its leader known only from "leiar" under her signature.
Names and places are invented."""
from probes.spec import H, Header, Li, P, Sign, Expect, Probe, board

WORD = ("docx", "pdf")


def _p(case_id, family, items, expect, **kw) -> Probe:
    return Probe(f"h34b-{case_id}", family, tuple(items), expect, **kw)


PROBES = [
    # nn: the board as one comma list without roles, its last name leaving in brackets; the leader
    # known only from "leiar" under her signature
    _p("leader-only-under-the-signature", "board", (
        P("Nok eit korår er over. Årsmøtet vart halde 20. januar i kyrkjelyden sitt hus."),
        P("Styret for 2014 har vore: Sigrid Aasen Hole, Tormod Vik, Ane Lid, Brit Fosse og Lars Rygg "
          "(berre fram til mai). Styret har hatt sju møte."),
        P("Dirigent og musikalsk leiar har vore Per Sande, som no har leia koret i fire år."),
        P("Koret har hatt 31 medlemer og har øvd kvar onsdag."),
        P("Revisorar: Oddbjørn Myr og Ruth Aa."),
        Sign((("Sigrid Aasen Hole", "leiar"),), place_date="Florø, 2. februar 2015", per_row=2),
    ), Expect(board=board(("Sigrid Aasen Hole", "LEDE"), ("Tormod Vik", "MEDL"), ("Ane Lid", "MEDL"),
                          ("Brit Fosse", "MEDL"))),
        lang="nn", formats=WORD, title="Årsmelding for Songlaget Kvitveis 2014"),
    # a deputy moved up stands in both lists; the sentence tells which seat she holds now
    _p("deputy-moved-up-in-both-lists", "board", (
        H("Menighetsrådet", 2),
        P("Leder:"),
        P("Gunhild Tveitan"),
        P("Nestleder:"),
        P("Arve Mjølhus"),
        P("Medlemmer:"),
        Li("Oddvin Skare"),
        Li("Brita Helland"),
        Li("Lisbet Vatne"),
        Li("Hallgeir Ous"),
        P("Varamedlemmer:"),
        Li("Hallgeir Ous"),
        Li("Synnøve Raknes"),
        Li("Kolbjørn Eide"),
        P("Ragna Sele flyttet i august og fikk fritak; første varamedlem Hallgeir Ous rykket da opp som "
          "fast medlem. Rådet har hatt ni møter."),
    ), Expect(board=board(("Gunhild Tveitan", "LEDE"), ("Arve Mjølhus", "NEST"), ("Oddvin Skare", "MEDL"),
                          ("Brita Helland", "MEDL"), ("Lisbet Vatne", "MEDL"), ("Hallgeir Ous", "MEDL"),
                          ("Synnøve Raknes", "VARA"), ("Kolbjørn Eide", "VARA"))),
        formats=WORD, title="Årsmelding 2019 Ølvik menighetsråd"),
    # ... and where nothing says which seat she holds, neither list's role comes out sure
    _p("deputy-in-both-lists-untold", "board", (
        H("Menighetsrådet", 2),
        P("Leder:"),
        P("Gunhild Tveitan"),
        P("Medlemmer:"),
        Li("Oddvin Skare"),
        Li("Brita Helland"),
        Li("Hallgeir Ous"),
        P("Varamedlemmer:"),
        Li("Hallgeir Ous"),
        Li("Synnøve Raknes"),
        P("Rådet har hatt ni møter."),
    ), Expect(doubtful_board=("Hallgeir Ous",)),
        formats=("docx",), title="Årsmelding 2019 Ølvik menighetsråd"),
    # deputies in a sentence that opens on their role and ends on "vært valgt"
    _p("deputies-in-a-som-sentence", "board", (
        H("Fellesrådet", 2),
        P("Fellesrådet har i 2020 hatt disse medlemmene: Tordis Hauge (Ølvik sokn), Reidar Bru (Vassli sokn), "
          "Marta Eik (kommunens representant) og sokneprest Ivar Nome. Rådet valgte Tordis Hauge som leder og "
          "Reidar Bru som nestleder. Som varamedlemmer har Åse Lunde, Torgeir Brekk og Ida Sæle (kommunens "
          "vara) vært valgt; ingen varamedlemmer har møtt fast."),
    ), Expect(board=board(("Tordis Hauge", "LEDE"), ("Reidar Bru", "NEST"), ("Marta Eik", "MEDL"),
                          ("Ivar Nome", "MEDL"), ("Åse Lunde", "VARA"), ("Torgeir Brekk", "VARA"),
                          ("Ida Sæle", "VARA"))),
        formats=("docx",), title="Årsmelding 2020 Vassli kirkelige fellesråd"),
    # a unit inside a kommune: the kommune on every page's header, the unit in the title
    _p("unit-inside-a-kommune", "organisation", (
        Header("Lunner kommune – Årsrapport 2022 – Musikkskolen", footer=True),
        P("Lunner kommune", size=11),
        P("Musikkskolen i Lunner – årsmelding 2022", size=18),
        P("Årsmeldingen er musikkskolens del av kommunens årsrapport."),
        H("Organisering", 2),
        P("Musikkskolen er en virksomhet i sektor for kultur og ledes av rektor Jorunn Bakkerud. Rektor "
          "rapporterer til kommunalsjef Ottar Smedsrud, som rapporterer til kommunedirektør Helga Wien."),
        P("Musikkskolen hadde 310 elever og 6,4 lærerårsverk i 2022."),
        Sign((("Jorunn Bakkerud", "rektor"),), place_date="Roa, 10. februar 2023", per_row=2),
    ), Expect(org_name="Musikkskolen i Lunner", board=board(), low_confidence=("ceo",)),
        formats=WORD, title=None),
    # two deputy chairs under one plural label
    _p("two-deputy-chairs-under-a-plural-label", "board", (
        H("Styret", 2),
        P("Styreleder: Ingrid Vasshaug"),
        P("Nestledere: Johan Leinan og Marte Skogvoll"),
        P("Styremedlem: Frode Tangen"),
        P("Styret har hatt seks møter."),
    ), Expect(board=board(("Ingrid Vasshaug", "LEDE"), ("Johan Leinan", "NEST"), ("Marte Skogvoll", "NEST"),
                          ("Frode Tangen", "MEDL"))),
        formats=("docx",), title="Årsmelding 2022 Stiftelsen Fjordlys"),
    # a name opening on a Sámi capital ("Č", "Š"), its only company form the auditor's
    _p("sami-capital-opens-the-name", "organisation", (
        P("Stiftelsen Šuoššjávri giellaguovddáš · Vuovdegeaidnu 2, 9730 Karasjok · post@suossjavri.no", size=8.5),
        H("Organisasjon", 2),
        P("Šuoššjávri giellaguovddáš er en stiftelse opprettet i 2009 for å styrke samisk språk i kommunen."),
        P("Vi holdt 18 kurs for voksne og et språkbad for elever i året som gikk."),
        P("Regnskapet er revidert av Karasjok Revisjon AS ved registrert revisor Nils Ole Haetta."),
    ), Expect(org_name="Stiftelsen Šuoššjávri giellaguovddáš"),
        formats=WORD, title="Årsmelding 2023"),
    # a theatre's head is its teatersjef
    _p("teatersjef-heads-the-theatre", "ceo", (
        H("Teatersjefens forord", 2),
        P("Året ga oss fire egne produksjoner og rekordmange publikummere på turné i regionen."),
        P("Sigrun Haldorsen, teatersjef", italic=True),
        H("Styret", 2),
        P("Leder: Tormod Bakken"),
        P("Nestleder: Aud Viken"),
        P("Styremedlem: Kjetil Lia"),
    ), Expect(ceo="Sigrun Haldorsen", board=board(("Tormod Bakken", "LEDE"), ("Aud Viken", "NEST"),
                                                   ("Kjetil Lia", "MEDL"))),
        formats=WORD, title="Årsmelding 2021 Dalateatret AS"),
    # a bilingual role under the daglig leder's foreword: the Norwegian half says which leader
    _p("bilingual-role-daglig-leder", "ceo", (
        H("Daglig leders ord", 2),
        P("Vi holdt flere kurs enn noe år før, og språkredet fikk venteliste."),
        P("Máret Ánne Sokki, jođiheaddji / daglig leder", italic=True),
        H("Styret", 2),
        P("Styreleder: Ovllá Gaup"),
        P("Nestleder: Kirsten Nilut"),
        P("Styremedlem: Lemet Balto"),
    ), Expect(ceo="Máret Ánne Sokki", board=board(("Ovllá Gaup", "LEDE"), ("Kirsten Nilut", "NEST"),
                                                   ("Lemet Balto", "MEDL"))),
        formats=WORD, title="Årsmelding 2022 Stiftelsen Guovdageaidnu språksenter"),
]
