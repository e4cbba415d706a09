"""Twenty-eighth held-out set, part B: an interkommunalt arkiv IKS (nynorsk), a
kontrollutvalgssekretariat IKS and a legevakt IKS of 2006.

Invented organisations, people and figures; the places are real and valid in each report's year
(Sogn og Fjordane and Førde, Naustdal, Jølster, Gaular in 2014, the Namdal municipalities before
the 2020 merger, Hedmark and Solør in 2006). See make_heldout28.py for the mechanics and markup."""
from __future__ import annotations

from heldout_finance import BUDGET, Col, Statement, balance, income
from h3_render import Kroner
from h28_reports_a import kr


def pct(value: float) -> str:
    """A share as printed: "8,5 %", "28 %"."""
    return f"{value:g}".replace(".", ",") + " %"


# ---------------------------------------------------------------------------------------------
# 4. An interkommunalt arkiv IKS in nynorsk: owners with shares, a representantskap as typed tab
#    lines (not the board), the styre in a ruled table with the tilsette's representative and the
#    Statsarkivet's observer, a member who left in the year, staff.

def ika_sunnfjord_2014() -> dict:
    owners = [("Førde kommune", "Førde", 28.0), ("Naustdal kommune", "Naustdal", 8.5),
              ("Jølster kommune", "Jølster", 9.5), ("Gaular kommune", "Gaular", 8.0),
              ("Askvoll kommune", "Askvoll", 9.0), ("Fjaler kommune", "Fjaler", 9.5),
              ("Hyllestad kommune", "Hyllestad", 5.5), ("Solund kommune", "Solund", 4.0),
              ("Sogn og Fjordane fylkeskommune", "Sogn og Fjordane", 18.0)]
    rep = ["Anne Tefre Sunde (leiar)", "Jon Hjalmar Øren", "Birgit Helgheim", "Leiv Ola Vik", "Magnhild Stenevik",
           "Bjarne Hestad (nestleiar)", "Turid Heggheim", "Arild Tangen", "Sølvi Sandal"]
    board = [("Oddbjørn Viken", "LEDE", False), ("Solveig Sande Langeland", "NEST", False),
             ("Jarle Botnen", "MEDL", False), ("Kristin Hjelmeland", "MEDL", False),
             ("Eldbjørg Brekke", "MEDL", True), ("Arve Fossheim", "OBS", None),
             ("Ingvild Tefre", "VARA", None), ("Svein Are Hovland", "VARA", None)]
    inc = [("Tilskot frå eigarane", "2", [4_620_000, 4_480_000]),
           ("Sal av tenester", "", [1_184_300, 962_750]),
           ("Prosjekttilskot", "3", [350_000, 275_000])]
    cost = [("Løn og sosiale kostnader", "4", [4_281_600, 4_102_900]),
            ("Husleige magasin og kontor", "", [1_104_000, 1_088_000]),
            ("Avskrivingar", "", [58_200, 52_400]),
            ("Andre driftskostnader", "", [612_480, 548_320])]
    fin = [("Renteinntekter", "", [21_640, 26_010])]
    lines = income("nn", 2, inc, cost, fin, labels={"inc": "Inntekter", "cost": "Kostnader"})
    res = {line.label: line.values for line in lines}["Årsresultat"]
    cols = [Col("2014", 2014), Col("2013", 2013)]
    result = Statement("Resultatrekneskap", cols, lines, note_col="Note", label_header="Tal i kroner")
    other = 806_700
    bal = Statement("Balanse", cols, balance(
        "nn", 2,
        fixed=[("Reolar og utstyr", "", [201_800, 236_400])],
        current=[("Kundefordringar", "", [242_600, 168_900]), ("Bankinnskot", "", "plug")],
        equity=[("Innskoten eigenkapital", "", [500_000, 500_000]),
                ("Annan eigenkapital", "", [round(other + res[0]), other])],
        long=[("Pensjonsforpliktingar", "4", [912_000, 866_000])],
        short=[("Leverandørgjeld", "", [118_420, 131_900]),
               ("Skuldig offentlege avgifter", "", [246_300, 238_750]),
               ("Anna kortsiktig gjeld", "", [371_500, 352_180])]),
        note_col="Note", label_header="Tal i kroner")
    items = [
        ("p", "Interkommunalt arkiv Sunnfjord IKS", {"size": 18, "bold": True}),
        ("bh", "Årsmelding 2014", {"size": 16}),
        ("h", 1, "1 Innleiing"),
        ("p", "Interkommunalt arkiv Sunnfjord IKS (IKA Sunnfjord) er eit interkommunalt selskap som vart "
              "skipa i 2004. Selskapet er arkivdepot for eigarane og gjev råd om arkivdanning, "
              "elektronisk arkiv og bevaring. Kontoret og magasinet ligg på Fjellvegen i {g:Førde}."),
        ("p", "2014 var prega av arbeidet med depot for elektroniske arkiv og av tre store "
              "avleveringar frå {g:Jølster}, {g:Gaular} og {g:Fjaler}. Magasinet er no fylt til "
              "{p:91 %|magasinet} av kapasiteten."),
        ("h", 1, "2 Eigarar"),
        ("p", "Selskapet er eigd av åtte kommunar og {g:Sogn og Fjordane} fylkeskommune. Eigardelane er:"),
        ("table", [["Eigar", "Eigardel"]]
                  + [[name.replace(place, "{g:%s}" % place), "{p:%s}" % pct(share)] for name, place, share in owners],
         {"widths": [8.0, 3.0]}),
        ("h", 1, "3 Representantskapet"),
        ("p", "Representantskapet er det øvste organet i selskapet. Kvar eigar har éin representant, "
              "vald for valperioden 2011–2015. Representantskapet hadde møte 23. april og 4. desember. "
              "Representantskapet har i 2014 vore samansett slik:"),
        ("tablines", [[name.replace(place, "{g:%s}" % place), r] for (name, place, _), r in zip(owners, rep)],
         {"stops": (7.0,)}),
        ("h", 1, "4 Styret"),
        ("p", "Styret vert valt av representantskapet for to år. Dei tilsette vel sin eigen representant. "
              "Statsarkivet i {g:Bergen} har observatørplass i styret med talerett. Styret har i 2014 hatt "
              "fem møte og handsama 34 saker."),
        ("table", [["Verv", "Namn", "Valt av"],
                   ["Styreleiar", "Oddbjørn Viken", "Representantskapet"],
                   ["Nestleiar", "Solveig Sande Langeland", "Representantskapet"],
                   ["Styremedlem", "Jarle Botnen", "Representantskapet"],
                   ["Styremedlem", "Kristin Hjelmeland", "Representantskapet"],
                   ["Styremedlem", "Eldbjørg Brekke", "Dei tilsette"],
                   ["Observatør", "Arve Fossheim", "Statsarkivet i {g:Bergen}"],
                   ["1. varamedlem", "Ingvild Tefre", "Representantskapet"],
                   ["2. varamedlem", "Svein Are Hovland", "Representantskapet"]],
         {"widths": [3.6, 5.4, 5.0], "shade_header": "DDE6EE"}),
        ("p", "Knut Rune Hatlem gjekk ut av styret i mai då han flytta frå fylket. Representantskapet valde "
              "Kristin Hjelmeland som nytt styremedlem for resten av perioden."),
        ("h", 1, "5 Tilsette"),
        ("p", "Dagleg leiar er Gunnvor Eikås. Ved utgangen av året hadde selskapet fem faste tilsette i "
              "4,6 årsverk: dagleg leiar, to arkivarar (Torleiv Hegrenes og Mari Storebø), ein "
              "IKT-arkivar og ein konsulent i {p:60 %|konsulent} stilling. Sjukefråværet var "
              "{p:3,1 %|sjukefråværet}. Arbeidsmiljøet er godt."),
        ("h", 1, "6 Verksemda i 2014"),
        ("table", [["", "2012", "2013", "2014"],
                   ["Motteke arkiv (hyllemeter)", "142", "188", "246"],
                   ["Arkiv i depot i alt (hyllemeter)", "3 910", "4 098", "4 344"],
                   ["Førespurnader frå publikum", "211", "236", "262"],
                   ["Kurs og samlingar", "6", "8", "9"],
                   ["Deltakarar på kurs", "94", "121", "138"]], {"widths": [7.0, 2.3, 2.3, 2.3]}),
        ("p", "Om lag {p:40 %|av førespurnadene} av førespurnadene galdt barnevern- og skulearkiv. "
              "Prosjektet «Arkiv i skulen» vart gjennomført i {g:Askvoll} og {g:Solund} med tilskot frå "
              "fylkeskommunen."),
        ("h", 1, "7 Rekneskap"),
        ("p", f"Årsresultatet vart {kr(res[0])} kroner (2013: {kr(res[1])} kroner). Styret rår til at "
              "overskotet vert overført til annan eigenkapital."),
        ("stmt", result, {"title": "Resultatrekneskap 2014"}),
        ("stmt", bal, {"title": "Balanse pr. 31.12.2014"}),
        ("p", "Notar: 1 Rekneskapsprinsipp. 2 Tilskot frå eigarane etter eigardel. 3 Tilskot frå Arkivverket "
              "til depot for elektronisk arkiv. 4 Pensjon i KLP og Statens pensjonskasse.",
         {"size": 8.5, "italic": True}),
        ("sign", "{g:Førde}, 12. februar 2015",
         [("Oddbjørn Viken", "styreleiar"), ("Solveig Sande Langeland", "nestleiar"),
          ("Jarle Botnen", "styremedlem"), ("Kristin Hjelmeland", "styremedlem"),
          ("Eldbjørg Brekke", "styremedlem"), ("Gunnvor Eikås", "dagleg leiar")], {"cols": 3}),
        ("p", "Revisor: Revisjon Vest IKS v/ statsautorisert revisor Steinar Kvalheim.", {"size": 8.5}),
    ]
    return {
        "name": "ika-sunnfjord-2014", "year": 2014,
        "title": "IKA Sunnfjord – Årsmelding 2014",
        "font": "DejaVu Serif", "body_pt": 10,
        "header": "IKA Sunnfjord IKS – Årsmelding 2014", "footer": "{PAGE}",
        "heading_colour": "24465E",
        "organization": {"name": "Interkommunalt arkiv Sunnfjord IKS", "founded_year": 2004,
                         "address": "Fjellvegen 3, 6800 Førde",
                         "email": "post@ikasunnfjord.no", "phone": "57 72 18 40",
                         "owners": [{"name": name, "share_percent": share} for name, _, share in owners]},
        "ceo": "Gunnvor Eikås",
        "board": board,
        "not_board": ["Anne Tefre Sunde", "Bjarne Hestad", "Knut Rune Hatlem", "Torleiv Hegrenes", "Mari Storebø",
                      "Steinar Kvalheim"],
        "not_places": ["IKA Sunnfjord"],
        "items": items + [("p", "Interkommunalt arkiv Sunnfjord IKS · Fjellvegen 3, 6800 {g:Førde} · "
                                "Telefon 57 72 18 40 · post@ikasunnfjord.no", {"size": 8})],
        "renditions": ["pdf", "doc"],
        "notes": "Nynorsk: the representantskap as typed tab lines with its leiar and nestleiar, the styre "
                 "in a ruled table with 'Valt av' (the tilsette's member employee-elected), the "
                 "Statsarkivet's observer (OBS), a member who left in May, staff, the auditor.",
    }


# ---------------------------------------------------------------------------------------------
# 5. A kontrollutvalgssekretariat IKS: the board as tab lines with home municipality, the
#    representantskap's leader, the kontrollutvalg leaders in an activity table, staff, a
#    kommunal-style driftsregnskap with budget.

def namdal_kontrollsekretariat_2019() -> dict:
    kommuner = ["Namsos", "Namdalseid", "Fosnes", "Overhalla", "Grong", "Høylandet", "Namsskogan",
                "Røyrvik", "Lierne", "Flatanger", "Nærøy", "Vikna", "Leka"]
    ku = [("Namsos", "Bjørn Inge Vestvik", "7", "46"), ("Namdalseid", "Randi Lorentzen", "5", "28"),
          ("Fosnes", "Terje Brønstad", "5", "26"), ("Overhalla", "Gunn Marit Aune", "6", "35"),
          ("Grong", "Odd Steinar Bjørgum", "6", "31"), ("Høylandet", "Marianne Kolstad", "5", "27"),
          ("Namsskogan", "Petter Ekker", "5", "24"), ("Røyrvik", "Jorunn Vie", "4", "22"),
          ("Lierne", "Stig Are Gåsvær", "5", "25"), ("Flatanger", "Hanne Berg Sørli", "5", "27"),
          ("Nærøy", "Kåre Rørvik", "6", "33"), ("Vikna", "Sonja Hestmo", "6", "34"),
          ("Leka", "Arvid Strand", "4", "21")]
    board = [("Arnt Helge Sørli", "LEDE", None), ("Ingrid Moe Brattgjerd", "NEST", None),
             ("Per Kristian Fossland", "MEDL", None), ("Eva Nilsen Kveli", "VARA", None),
             ("Roar Tømmerås", "VARA", None)]
    inc = [("Salgs- og leieinntekter", "", [612_400, 560_000, 588_300]),
           ("Overføringer fra eierkommunene", "", [3_640_000, 3_640_000, 3_520_000]),
           ("Refusjoner", "", [84_250, 0, 41_800])]
    cost = [("Lønnsutgifter", "", [2_498_700, 2_620_000, 2_401_350]),
            ("Sosiale utgifter", "", [742_300, 780_000, 716_900]),
            ("Kjøp av varer og tjenester", "", [688_140, 720_000, 701_230]),
            ("Overføringer", "", [96_000, 80_000, 91_500])]
    fin = [("Renteinntekter", "", [12_860, 5_000, 9_940])]
    lines = income("nb", 3, inc, cost, fin, labels={
        "inc": "Driftsinntekter", "cost": "Driftsutgifter", "sum_cost": "Sum driftsutgifter",
        "op": "Brutto driftsresultat", "fin": "Finansinntekter", "net_fin": "Resultat eksterne finanstransaksjoner",
        "result": "Netto driftsresultat"})
    res = {line.label: line.values for line in lines}["Netto driftsresultat"]
    st = Statement("Driftsregnskap", [Col("Regnskap 2019", 2019), Col("Budsjett 2019", 2019, BUDGET),
                                      Col("Regnskap 2018", 2018)], lines, label_header="Beløp i kr",
                   thousands=".")
    items = [
        ("p", "Namdal kontrollsekretariat IKS", {"size": 17, "bold": True, "align": "center"}),
        ("p", "ÅRSMELDING 2019", {"size": 14, "align": "center"}),
        ("p", "Behandlet i styret 6. februar 2020 og i representantskapet 12. mars 2020",
         {"italic": True, "align": "center", "size": 9}),
        ("h", 1, "1. Om selskapet"),
        ("p", "Namdal kontrollsekretariat IKS er sekretariat for kontrollutvalgene i 13 kommuner i "
              "{g:Namdalen}: " + ", ".join("{g:%s}" % k for k in kommuner[:-1]) + " og {g:Leka}. "
              "Selskapet ble stiftet i 2005 og har kontor i {g:Namsos}. Sekretariatet skal sørge for at "
              "sakene som behandles i kontrollutvalgene er forsvarlig utredet, og at vedtakene blir fulgt opp."),
        ("p", "Kostnadene fordeles med {p:40 %|likt} likt mellom eierne og {p:60 %|innbyggertall} etter "
              "innbyggertall."),
        ("h", 1, "2. Representantskap og styre"),
        ("p", "Representantskapet består av én representant fra hver eierkommune, i hovedsak ordførerne. "
              "Leder av representantskapet har vært Ola Magne Ramsvik ({g:Høylandet}). Representantskapet "
              "hadde to møter i 2019."),
        ("p", "Styret har i 2019 bestått av:"),
        ("tablines", [["Leder", "Arnt Helge Sørli", "{g:Overhalla}"],
                      ["Nestleder", "Ingrid Moe Brattgjerd", "{g:Vikna}"],
                      ["Styremedlem", "Per Kristian Fossland", "{g:Grong}"],
                      ["1. varamedlem", "Eva Nilsen Kveli", "{g:Namsos}"],
                      ["2. varamedlem", "Roar Tømmerås", "{g:Lierne}"]], {"stops": (4.0, 9.5)}),
        ("p", "Styret har hatt fire møter og behandlet 19 saker."),
        ("h", 1, "3. Bemanning"),
        ("p", "Sekretariatet har tre ansatte: daglig leder Åshild Bratberg og rådgiverne Trond Ottesen og "
              "Guro Lein. Sykefraværet var {p:1,2 %|sykefraværet}. Daglig leder har vært sekretær for "
              "representantskapet og styret."),
        ("h", 1, "4. Aktivitet i kontrollutvalgene"),
        ("p", "2019 var et valgår. Nye kontrollutvalg ble valgt av kommunestyrene i oktober og november, "
              "og sekretariatet holdt opplæring for alle de nye utvalgene i desember. Tabellen viser "
              "møter og saker i 2019 og hvem som ledet utvalget ved årets slutt:"),
        ("table", [["Kontrollutvalg", "Leder", "Møter", "Saker"]]
                  + [["{g:%s}" % k, leder, m, s] for k, leder, m, s in ku]
                  + [["Sum", "", "69", "399"]], {"widths": [3.8, 5.4, 2.0, 2.0], "size": 9}),
        ("p", "Sekretariatet har bestilt 11 forvaltningsrevisjoner og 4 selskapskontroller fra Namdal "
              "Revisjon IKS. Andelen saker som ble sendt ut innen fristen var {p:98 %|innen fristen}."),
        ("h", 1, "5. Økonomi"),
        ("p", f"Regnskapet viser et netto driftsresultat på {kr(res[0])} kroner, som avsettes til "
              "disposisjonsfond etter vedtak i representantskapet."),
        ("stmt", st, {"title": "Driftsregnskap 2019"}),
        ("sign", "{g:Namsos}, 6. februar 2020",
         [("Arnt Helge Sørli", "leder"), ("Ingrid Moe Brattgjerd", "nestleder"),
          ("Per Kristian Fossland", "styremedlem")], {"cols": 3}),
        ("p", "Åshild Bratberg", {"align": "right"}),
        ("p", "daglig leder", {"align": "right"}),
    ]
    return {
        "name": "namdal-kontrollsekretariat-2019", "year": 2019,
        "title": "Namdal kontrollsekretariat IKS – Årsmelding 2019",
        "footer": "Namdal kontrollsekretariat IKS – Postboks 333, 7801 {g:Namsos} – post@nks-iks.no – side {PAGE}",
        "heading_colour": "333333",
        "organization": {"name": "Namdal kontrollsekretariat IKS", "founded_year": 2005,
                         "address": "Postboks 333, 7801 Namsos", "email": "post@nks-iks.no"},
        "ceo": "Åshild Bratberg",
        "board": board,
        "not_board": ["Ola Magne Ramsvik", "Trond Ottesen", "Guro Lein"] + [leder for _, leder, _, _ in ku],
        "not_places": ["Namdal Revisjon"],
        "items": items,
        "renditions": ["docx", "pdf"],
        "notes": "Short: the board as typed tab lines with each member's municipality (two numbered "
                 "deputies), the representantskap's leader, thirteen kontrollutvalg leaders in a table, "
                 "staff; a kommunal driftsregnskap with budget and dot thousands.",
    }


# ---------------------------------------------------------------------------------------------
# 6. A legevakt IKS of 2006, typed in a plain way, as a legacy .doc and a scan: the representantskap
#    of ordførere with the rådmann as its secretary, the styre in colon lines with an employees'
#    representative, the legevaktsjef as daglig leder, the legevaktoverlege.

def solor_legevakt_2006() -> dict:
    owners = [("Åsnes kommune", "Åsnes", 40.0), ("Grue kommune", "Grue", 35.0), ("Våler kommune", "Våler", 25.0)]
    board = [("Ragnar Bækken", "LEDE", False), ("Astrid Hveem", "NEST", False),
             ("Lars Erik Kolstad", "MEDL", False), ("Kari Solbakken", "MEDL", True),
             ("Jorunn Grinder", "VARA", None)]
    inc = [("Tilskudd eierkommuner", "", [4_215_000, 4_215_000, 3_980_000]),
           ("Refusjoner fra trygden", "", [1_864_320, 1_700_000, 1_702_410]),
           ("Egenandeler", "", [412_760, 380_000, 398_050])]
    cost = [("Lønn og sosiale utgifter", "", [5_402_880, 5_310_000, 5_106_340]),
            ("Husleie og drift av lokaler", "", [436_000, 436_000, 421_500]),
            ("Medisinsk utstyr og forbruk", "", [281_470, 250_000, 266_120]),
            ("Andre driftsutgifter", "", [314_920, 299_000, 301_660])]
    lines = income("nb", 3, inc, cost, None, labels={"inc": "Inntekter", "cost": "Utgifter",
                                                     "sum_inc": "Sum inntekter", "sum_cost": "Sum utgifter",
                                                     "op": None, "result": "Årets resultat"})
    res = {line.label: line.values for line in lines}["Årets resultat"]
    st = Kroner("Regnskap 2006", [Col("Regnskap 2006", 2006), Col("Budsjett 2006", 2006, BUDGET),
                                  Col("Regnskap 2005", 2005)], lines, render="unruled")
    items = [
        ("p", "SOLØR INTERKOMMUNALE LEGEVAKT IKS", {"bold": True, "size": 13}),
        ("p", "ÅRSMELDING FOR 2006", {"bold": True, "size": 12}),
        ("bh", "1. Innledning", {"size": 11}),
        ("p", "Solør interkommunale legevakt IKS er eid av {g:Åsnes}, {g:Grue} og {g:Våler} kommuner i "
              "{g:Hedmark}, og ble opprettet 1. januar 2003. Legevakta holder til i lokalene ved "
              "helsesenteret på {g:Flisa} og betjener om lag 19 000 innbyggere på kveld, natt og i helger. "
              "Eierandelene er {g:Åsnes} kommune {p:40 %|Åsnes kommune}, {g:Grue} kommune {p:35 %|Grue kommune} "
              "og {g:Våler} kommune {p:25 %|Våler kommune}."),
        ("bh", "2. Representantskap og styre", {"size": 11}),
        ("p", "Representantskapet består av ordførerne i eierkommunene: Svein Erik Nyberg (leder, {g:Åsnes}), "
              "Tove Haugerud ({g:Grue}) og Ottar Bjørnstad ({g:Våler}). Rådmann Bjørn Harald Lauvli i {g:Åsnes} "
              "har vært sekretær for representantskapet. Det er holdt to møter."),
        ("p", "Styret har i 2006 bestått av:"),
        ("p", "Leder: Ragnar Bækken"),
        ("p", "Nestleder: Astrid Hveem"),
        ("p", "Medlem: Lars Erik Kolstad"),
        ("p", "Medlem: Kari Solbakken (valgt av de ansatte)"),
        ("p", "Varamedlem: Jorunn Grinder"),
        ("p", "Styret har hatt seks møter og behandlet 31 saker."),
        ("bh", "3. Drift og bemanning", {"size": 11}),
        ("p", "Daglig leder er legevaktsjef Ole Morten Ask. Legevaktoverlege Henrik Falk har det "
              "medisinskfaglige ansvaret. Legevakta har 11 sykepleiere i 7,8 årsverk, og 16 leger fra de "
              "tre kommunene deltar i vaktordningen. Sykefraværet blant de ansatte var "
              "{p:6,2 %|sykefraværet}."),
        ("table", [["Kontakter", "2004", "2005", "2006"],
                   ["Telefonhenvendelser", "9 812", "10 455", "11 230"],
                   ["Konsultasjoner", "4 106", "4 388", "4 517"],
                   ["Sykebesøk og utrykninger", "388", "402", "431"],
                   ["Herav fra {g:Åsnes}", "{p:46 %}", "{p:45 %}", "{p:45 %}"]],
         {"ruled": False, "widths": [6.0, 2.2, 2.2, 2.2], "size": 9}),
        ("bh", "4. Regnskap", {"size": 11}),
        ("p", f"Regnskapet for 2006 viser et overskudd på {kr(res[0])},- som foreslås avsatt til fond "
              "for utstyr."),
        ("stmt", st, {"title": "Regnskap 2006"}),
        ("p", "{g:Flisa}, 20. februar 2007"),
        ("p", "Ragnar Bækken, leder          Astrid Hveem, nestleder          Lars Erik Kolstad"),
        ("p", "Kari Solbakken          Ole Morten Ask, legevaktsjef"),
    ]
    return {
        "name": "solor-legevakt-2006", "year": 2006,
        "title": "Årsmelding 2006 Solør interkommunale legevakt IKS",
        "font": "DejaVu Serif", "body_pt": 10, "heading_colour": "000000", "margin_mm": 24,
        "organization": {"name": "Solør interkommunale legevakt IKS", "founded_year": 2003,
                         "owners": [{"name": name, "share_percent": share} for name, _, share in owners]},
        "ceo": "Ole Morten Ask",
        "board": board,
        "not_board": ["Svein Erik Nyberg", "Tove Haugerud", "Ottar Bjørnstad", "Bjørn Harald Lauvli",
                      "Henrik Falk"],
        "not_places": ["Solør interkommunale"],
        "items": items,
        "renditions": ["doc", "scan"],
        "notes": "Typed 2006 report (two pages) as .doc and scan: owner shares in prose, the representantskap "
                 "of ordførere and the rådmann as secretary, the board in colon lines with the employees' "
                 "member, the legevaktsjef as daglig leder and the legevaktoverlege; a ',-' account.",
    }


REPORTS = [ika_sunnfjord_2014, namdal_kontrollsekretariat_2019, solor_legevakt_2006]
