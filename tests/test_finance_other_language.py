"""A key line printed again in English beside the Norwegian statement: both labels reported."""
from extractor.fields.context import Analysis
from extractor.fields.finance import extract_key_figures
from extractor.fields.finance.vocabulary import is_english_label
from tests.fielddocs import document, heading, table

NORWEGIAN = [["", "2023", "2022"],
             ["Sum driftsinntekter", "4 210 000", "3 980 000"],
             ["Sum driftskostnader", "4 050 000", "3 900 000"],
             ["Driftsresultat", "160 000", "80 000"],
             ["Årsresultat", "171 000", "86 000"]]


def labels(*items):
    analysis = Analysis(document(*items))
    analysis.report_year = 2023
    return {(k.label, k.key, k.year): k.value for k in extract_key_figures(analysis)}


def test_english_label_words():
    assert is_english_label("Total income") and is_english_label("Result for the year")
    assert not is_english_label("Sum driftsinntekter / Total operating income")
    assert not is_english_label("Driftsresultat") and not is_english_label("")


def test_english_summary_beside_norwegian_statement_gives_both_labels():
    got = labels(heading("Resultatregnskap"), table(NORWEGIAN), heading("Key figures"), table([
        ["NOK", "2023", "2022"],
        ["Total income", "4 210 000", "3 980 000"],
        ["Total costs", "4 050 000", "3 900 000"],
        ["Operating result", "160 000", "80 000"],
        ["Result for the year", "171 000", "86 000"]]))
    assert got[("Sum driftsinntekter", "driftsinntekter", 2023)] == 4210000
    assert got[("Total income", "driftsinntekter", 2023)] == 4210000
    assert got[("Result for the year", "arsresultat", 2022)] == 86000


def test_a_statement_printed_twice_in_one_language_stays_one_figure():
    got = labels(heading("Resultatregnskap"), table(NORWEGIAN), heading("Nøkkeltall"), table(NORWEGIAN))
    assert [k for k in got if k[1] == "driftsinntekter" and k[2] == 2023] == [
        ("Sum driftsinntekter", "driftsinntekter", 2023)]
