"""The held-out sets made by one generator shape (bench/heldout2 to heldout30): committed gold equals
what each generator builds (its own checks pass: every gold value printed, every place marked,
nobody both gold and optional), every rendition it names is committed, balances balance,
and, where a set lists them, the people who must not be reported are printed and kept out of gold.
What one set alone checks is in its own test file."""
from __future__ import annotations

import pytest

from heldout_support import ROOT, assert_balances, assert_gold_committed, load_generator

SETS = {"heldout2": (".docx", ".pdf"), "heldout3": (".docx", ".pdf", ".doc"), "heldout4": (".docx", ".pdf", ".doc"),
        "heldout5": (".docx", ".pdf", ".doc"), "heldout6": (".docx", ".pdf", ".doc"),
        "heldout7": (".docx", ".pdf", ".doc"), "heldout8": (".docx", ".pdf", ".doc"),
        "heldout9": (".docx", ".pdf", ".doc"), "heldout10": (".docx", ".pdf", ".doc"),
        "heldout11": (".docx", ".pdf", ".doc"), "heldout12": (".docx", ".pdf", ".doc"),
        "heldout13": (".docx", ".pdf", ".doc"), "heldout14": (".docx", ".pdf", ".doc"),
        "heldout15": (".docx", ".pdf", ".doc"), "heldout16": (".docx", ".pdf", ".doc"),
        "heldout17": (".docx", ".pdf", ".doc"), "heldout18": (".docx", ".pdf", ".doc"),
        "heldout19": (".docx", ".pdf", ".doc"), "heldout20": (".docx", ".pdf", ".doc"),
        "heldout21": (".docx", ".pdf", ".doc"), "heldout22": (".docx", ".pdf", ".doc"),
        "heldout23": (".docx", ".pdf", ".doc"), "heldout24": (".docx", ".pdf", ".doc"),
        "heldout25": (".docx", ".pdf", ".doc"), "heldout26": (".docx", ".pdf", ".doc"),
        "heldout27": (".docx", ".pdf", ".doc"), "heldout28": (".docx", ".pdf", ".doc"),
        "heldout29": (".docx", ".pdf", ".doc"), "heldout30": (".docx", ".pdf", ".doc"),
        "heldout31": (".docx", ".pdf", ".doc"), "heldout32": (".docx", ".pdf", ".doc"),
        "heldout33": (".pdf",), "heldout34": (".docx", ".pdf", ".doc"),
        "heldout35": (".docx", ".pdf", ".doc"),
        "heldout36": (".docx", ".pdf", ".doc"),
        "heldout37": (".docx", ".pdf", ".doc"),
        "heldout38": (".docx", ".pdf", ".doc"),
        "heldout39": (".docx", ".pdf", ".doc"),
        "heldout40": (".docx", ".pdf", ".doc"),
        "heldout41": (".docx", ".pdf", ".doc"),
        "heldout42": (".docx", ".pdf", ".doc"),
        "heldout43": (".docx", ".pdf", ".doc"),
        "heldout44": (".docx", ".pdf", ".doc"),
        "heldout45": (".docx", ".pdf", ".doc"),
        "heldout46": (".docx", ".pdf", ".doc"),
        "heldout47": (".docx", ".pdf", ".doc"),
        "heldout48": (".docx", ".pdf", ".doc"),
        "heldout49": (".docx", ".pdf", ".doc"),
        "heldout50": (".pdf",),
        "heldout51": (".docx", ".pdf", ".doc"),
        "heldout52": (".docx", ".pdf", ".doc"),
        "heldout53": (".docx", ".pdf", ".doc"),
        "heldout54": (".pdf",),
        "heldout55": (".pdf", ".doc"),
        "heldout56": (".pdf",),
        "heldout57": (".pdf",),
        "heldout58": (".docx", ".pdf", ".doc"),
        "heldout59": (".docx", ".pdf", ".doc"),
        "heldout60": (".docx", ".pdf", ".doc"),
        "heldout61": (".pdf",),
        "heldout62": (".pdf",),
        "heldout63": (".docx", ".pdf", ".doc"),
        "heldout64": (".pdf",),
        "heldout65": (".docx", ".pdf", ".doc"),
        "heldout66": (".pdf",),
        "heldout67": (".docx", ".pdf", ".doc"),
        "heldout68": (".docx", ".pdf", ".doc"),
        "heldout69": (".pdf",),
        "heldout70": (".docx", ".pdf", ".doc"),
        "heldout71": (".docx", ".pdf", ".doc"),
        "heldout72": (".docx", ".pdf", ".doc"),
        "heldout73": (".pdf",),
        "heldout74": (".docx", ".pdf", ".doc"),
        "heldout75": (".docx", ".pdf", ".doc"),
        "heldout76": (".docx", ".pdf", ".doc"),
        "heldout77": (".docx", ".pdf", ".doc"),
        "heldout78": (".docx", ".pdf", ".doc"),
        "heldout79": (".docx", ".pdf", ".doc")}
REPORTS_PER_SET = {"heldout9": 6, "heldout10": 6, "heldout11": 6, "heldout12": 7, "heldout13": 6,
                   "heldout14": 6, "heldout15": 6, "heldout16": 6, "heldout17": 6,
                   "heldout18": 6, "heldout19": 6, "heldout20": 6, "heldout21": 6, "heldout22": 6,
                   "heldout23": 6, "heldout24": 6, "heldout25": 6, "heldout26": 6, "heldout27": 6,
                   "heldout28": 6, "heldout29": 6, "heldout30": 6, "heldout31": 6,
                   "heldout32": 6, "heldout33": 6, "heldout34": 6, "heldout35": 6,
                   "heldout36": 6,
                   "heldout37": 6,
                   "heldout38": 6,
                   "heldout39": 6,
                   "heldout40": 6,
                   "heldout41": 6,
                   "heldout42": 6,
                   "heldout43": 6,
                   "heldout44": 6,
                   "heldout45": 6,
                   "heldout46": 6,
                   "heldout47": 6,
                   "heldout48": 6,
                   "heldout49": 6,
                   "heldout50": 6,
                   "heldout51": 6,
                   "heldout52": 6,
                   "heldout53": 6,
                   "heldout54": 6,
                   "heldout55": 6,
                   "heldout56": 6,
                   "heldout57": 6,
                   "heldout58": 6,
                   "heldout59": 6,
                   "heldout60": 6,
                   "heldout61": 6,
                   "heldout62": 6,
                   "heldout63": 6,
                   "heldout64": 6,
                   "heldout65": 6,
                   "heldout66": 6,
                   "heldout67": 6,
                   "heldout68": 6,
                   "heldout69": 6,
                   "heldout70": 6,
                   "heldout71": 6,
                   "heldout72": 6,
                   "heldout73": 6,
                   "heldout74": 6,
                   "heldout75": 6,
                   "heldout76": 6,
                   "heldout77": 6,
                   "heldout78": 6,
                   "heldout79": 6}  # eight where not named


@pytest.fixture(scope="module", params=sorted(SETS))
def held_out(request):
    """(folder, generator, what it builds) of one set."""
    folder = ROOT / "bench" / request.param
    generator = load_generator(folder, f"make_{request.param}")
    return folder, generator, generator.build_all()  # SystemExit when gold is not printed in a document


def test_gold_matches_generator(held_out):
    """Regenerating the gold in memory gives the committed file: documents and gold cannot drift."""
    folder, _, built = held_out
    assert len(built) == REPORTS_PER_SET.get(folder.name, 8)
    assert_gold_committed(folder, built)


def test_every_rendition_is_there(held_out):
    folder, generator, built = held_out
    committed = {p.name for p in folder.iterdir() if p.suffix in SETS[folder.name]}
    wanted = set().union(*(generator.rendition_files(report) for report, *_ in built))
    assert committed == wanted and len(wanted) >= REPORTS_PER_SET.get(folder.name, 8)


def test_balances_and_results(held_out):
    """Each balance balances: assets equal equity plus debt in every column."""
    assert_balances(held_out[2])


def test_people_outside_the_board_are_printed_and_not_gold(held_out):
    """A set's traps (former members, valgkomité, a subsidiary's managers, another body's chair)
    are printed, never gold."""
    for report, gold, _, doc in held_out[2]:
        board = {m["name"] for m in doc["board"]} | set(doc["board_optional"])
        for name in report.get("not_board", []):
            assert name not in board, (report["name"], name)
            assert name.casefold() in gold.all_text(), (report["name"], name)


@pytest.mark.parametrize("name, report_name", [("heldout3", "varsol-1999"), ("heldout4", "lauvstad-hornmusikk-2008"),
                                                ("heldout5", "sorli-bondelag-1979"),
                                                ("heldout6", "kvernhusbakken-2024"),
                                                ("heldout7", "ravnefjell-leirsted-2017"),
                                                ("heldout8", "fjellreint-2004"),
                                                ("heldout9", "myrtuva-barnehage-2022"),
                                                ("heldout10", "solhaug-stord-2019"),
                                                ("heldout11", "kvinnherad-fjordbad-2022"),
                                                ("heldout12", "sigdal-eiendom-kf-2024"),
                                                ("heldout13", "rognstad-hagelag-2024"),
                                                ("heldout14", "heimly-industri-2022"),
                                                ("heldout15", "bjorgan-sanitetsforening-2011"),
                                                ("heldout16", "fjordhagen-bbl-2023"),
                                                ("heldout17", "tinnelva-arbeid-2023"),
                                                ("heldout18", "romsdal-birokterlag-2024"),
                                                ("heldout19", "sunnbakken-vekst-2024"),
                                                ("heldout20", "sorfjorden-brann-2022"),
                                                ("heldout21", "hoffsvangen-il-2024"),
                                                ("heldout22", "gjolme-vekst-2012"),
                                                ("heldout23", "lesja-rode-kors-2024"),
                                                ("heldout24", "utla-produkt-2015"),
                                                ("heldout25", "vikna-havn-kf-2018"),
                                                ("heldout26", "bergsasen-vel-1990"),
                                                ("heldout27", "brekkeli-vekst-2022"),
                                                ("heldout28", "solor-legevakt-2006"),
                                                ("heldout29", "grua-musikkforening-1992"),
                                                ("heldout30", "kvamsholmen-arbeidssenter-2012"),
                                                ("heldout31", "hvamstua-stiftelse-2007"),
                                                ("heldout32", "nordfjord-havn-2016"),
                                                ("heldout33", "odalsbrua-il-2017"),
                                                ("heldout34", "sorbovag-kulturminnelag-2006"),
                                                ("heldout35", "tveitan-barnehage-2011"),
                                                ("heldout36", "malangen-arbeid-2017"),
                                                ("heldout37", "makkaur-fiskarlag-2013"),
                                                ("heldout38", "granlund-leirsted-2022"),
                                                ("heldout39", "joranger-sogelag-2016"),
                                                ("heldout40", "ljosheim-ungdomslag-2015"),
                                                ("heldout41", "sandved-menighetsrad-2015"),
                                                ("heldout42", "ytre-namdal-iks-2015"),
                                                ("heldout43", "tolga-bygdetun-2020"),
                                                ("heldout44", "nordvik-norge-2022"),
                                                ("heldout45", "trollheim-arbeid-2012"),
                                                ("heldout46", "brygga-kulturhus-kf-2016"),
                                                ("heldout47", "seljord-sogelag-2008"),
                                                ("heldout48", "lardal-industrier-1994"),
                                                ("heldout49", "hardanger-revisjon-iks-2011"),
                                                ("heldout50", "lagendalen-renovasjon-2021"),
                                                ("heldout51", "gatelangs-bymisjon-2018"),
                                                ("heldout52", "numedal-jobbverksted-2021"),
                                                ("heldout53", "lidarheim-ungdomslag-2008"),
                                                ("heldout54", "nordfjord-arkiv-2017"),
                                                ("heldout55", "orje-industrier-2004"),
                                                ("heldout56", "stordabu-ressurs-2021"),
                                                ("heldout57", "tyrifjord-krisesenter-iks-2020"),
                                                ("heldout58", "frontun-vekst-2014"),
                                                ("heldout60", "kvitanes-arbeid-iks-2016"),
                                                ("heldout61", "sjovang-arbeid-2021"),
                                                ("heldout62", "indre-sogn-vassverk-2013"),
                                                ("heldout63", "stjornfjord-vannverk-2011"),
                                                ("heldout64", "brattli-arbeid-2019"),
                                                ("heldout65", "ogndal-ak-2024"),
                                                ("heldout66", "kvitvella-arbeid-2024"),
                                                ("heldout67", "rognlia-il-2022"),
                                                ("heldout68", "roverud-attforing-1998"),
                                                ("heldout69", "grovasen-arbeid-2012"),
                                                ("heldout70", "hunnselva-arbeid-2013"),
                                                ("heldout71", "lysasen-vekst-2022"),
                                                ("heldout72", "vestreheim-industri-2009"),
                                                ("heldout73", "fronsgarden-arbeid-2023"),
                                                ("heldout74", "bjonnasen-vekst-2016"),
                                                ("heldout75", "kvitasen-il-2017"),
                                                ("heldout76", "fjellvang-vekst-2016"),
                                                ("heldout77", "skjelstad-legat-2009"),
                                                ("heldout78", "skogrand-arbeid-2019"),
                                                ("heldout79", "kvitstein-arbeid-2019")])
def test_check_refuses_a_board_name_not_printed(name, report_name):
    generator = load_generator(ROOT / "bench" / name, f"make_{name}")
    report = generator.load_reports([report_name])[0]
    report["board"] = report["board"] + [("Ingen Slik Person", "MEDL", None)]
    _, gold = generator.build(report)
    problems = generator.check_gold(generator.gold_json(report, gold), gold)
    assert any("Ingen Slik Person" in p for p in problems)
