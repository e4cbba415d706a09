"""The board's report's prose as a second reading of the key figures (invented sentences)."""
import pytest

from extractor.document import Block, BlockKind, Provenance
from extractor.fields.context import Analysis
from extractor.fields.finance import extract_key_figures
from extractor.fields.finance.prose import read_sentence
from extractor.fields.finance.prose_words import sentences, tokenize
from tests.fielddocs import document, heading, para, table


def stated(text, report_year=2023):
    return [(s.key, s.year, s.value, s.signed, s.loose) for sentence in sentences(tokenize(text))
            for s in read_sentence(sentence, report_year)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Driftsinntektene var 12,3 mill. kr mot 11,8 mill. kr i fjor.",
     [("driftsinntekter", 2023, 12_300_000, False, False), ("driftsinntekter", 2022, 11_800_000, False, False)]),
    ("Årsresultatet ble et underskudd på kr 234 567.", [("arsresultat", 2023, -234_567, True, False)]),
    ("Rekneskapen syner eit overskot på 1,2 millionar.", [("arsresultat", 2023, 1_200_000, True, False)]),
    ("Sum eiendeler var ved årsskiftet 8 456 000 kroner.", [("sum_eiendeler", 2023, 8_456_000, False, False)]),
    ("Eigenkapitalen utgjer 3,1 MNOK.", [("sum_egenkapital", 2023, 3_100_000, False, False)]),
    ("Egenkapitalen per 31.12.2023 var kr 2.308.961,-.", [("sum_egenkapital", 2023, 2_308_961, False, False)]),
    ("Driftsinntektene auka med 6,3 % til 21,4 millionar kroner.",
     [("driftsinntekter", 2023, 21_400_000, False, False)]),
    ("I 2022 var årsresultatet 155 000 kroner.", [("arsresultat", 2022, 155_000, False, False)]),
    ("Årsresultatet i fjor var kr 155 000.", [("arsresultat", 2022, 155_000, False, False)]),
    ("Resultatet ble negativt med kr 45 000.", [("arsresultat", 2023, -45_000, True, True)]),
    ("Omsetningen var 9,8 mill. kroner.", [("driftsinntekter", 2023, 9_800_000, False, True)]),
    ("Årets overskudd på kr 12 500 foreslås overført til annen egenkapital.",
     [("arsresultat", 2023, 12_500, True, False)]),
    # whole kroner marked ",-" are money without a currency word
    ("Regnskapet for 2023 viste et underskudd på 58400,-.", [("arsresultat", 2023, -58_400, True, False)]),
    # "dvs" ends the clause before it: the costs are read, then the surplus
    ("Utgiftene kom på kr 389 950,- dvs et overskudd på 22 350,-.",
     [("driftskostnader", 2023, 389_950, False, True), ("arsresultat", 2023, 22_350, True, True)]),
])
def test_prose_reads_a_stated_level(text, expected):
    assert stated(text) == expected


@pytest.mark.parametrize("text", [
    "Driftsinntektene økte med 1,2 mill. kr fra året før.",  # a change
    "Økningen i driftsinntektene var 1,2 mill. kr.",
    "Årsresultatet ble 200 000 kroner bedre enn budsjettert.",  # a difference
    "Budsjettet for 2024 har driftsinntekter på 13 mill. kr.",  # a budget
    "Det er budsjettert med eit overskot på 50 000 kroner.",
    "Egenkapitalen utgjorde 38 % av totalkapitalen.",  # a share
    "Driftsinntektene per deltaker var kr 25 000.",  # per unit
    "Driftsinntektene fra salg var 3,2 mill. kr.",  # a part
    "Annen egenkapital var kr 400 000.",
    "Driftsinntektene var 12 300 i 2023.",  # no money word
    "Sum driftsinntekter 1 250 000 1 100 000",  # a statement line set as text
    "Som i fjor ble årsresultatet 300 000 kroner.",  # the year is not clear
    "Finansresultatet ble et underskudd på kr 217 000.",  # another result's sign
    "Driftsinntektene (12,3 mill. kr) var lavere enn budsjettert.",
    "For inneværende år budsjetteres det med et overskudd på 300.000 kr.",  # a budget, any form of the word
    "Rekneskapen pr. 2. tertial syner eit driftsresultat på 14,2 mill. kroner (11,9).",  # a part of the year
    "Driftsinntektene i tredje kvartal ble 48,3 millioner kroner.",
    "Regnskapet for første halvår viser et driftsresultat på kr 1 204 300.",
    "Driftsresultatet hittil i 2023 er kr 1 804 000.",
    "Underliggende driftsresultat ble 12,1 millioner kroner i 2023.",  # an underlying measure
])
def test_prose_leaves_other_things_unread(text):
    assert stated(text) == []


def test_prose_loose_terms_parts_and_approximations_only_confirm():
    assert stated("Lagenes årsresultat var kr 80 000.") == [("arsresultat", 2023, 80_000, False, True)]
    assert stated("Klubben fikk et overskudd på kr 80 000.") == [("arsresultat", 2023, 80_000, True, True)]
    assert stated("Årsresultatet ble om lag 250 000 kroner.") == [("arsresultat", 2023, 250_000, False, True)]


def test_prose_scope_and_a_budget_after_against():
    tokens = sentences(tokenize("Konsernet fikk et årsresultat på 4,2 mill. kroner."))[0]
    assert [s.scope for s in read_sentence(tokens, 2023)] == ["group"]
    assert stated("Årsresultatet ble et underskudd på 83 000 kroner, mot et budsjettert underskudd på "
                  "800 000 kroner.") == [("arsresultat", 2023, -83_000, True, False)]


def figures(*sentences_, rows):
    analysis = Analysis(document(*(para(s) for s in sentences_), heading("Resultatregnskap"), table(rows)))
    analysis.report_year = 2023
    return {(k.key, k.year): k for k in extract_key_figures(analysis)}


ROWS = [["", "2023", "2022"], ["Sum driftsinntekter", "1 250 000", "1 100 000"],
        ["Sum driftskostnader", "1 000 000", "950 000"], ["Årsresultat", "250 000", "150 000"]]


def test_prose_agreeing_figures_get_the_reason_and_keep_their_confidence():
    plain = figures(rows=ROWS)
    got = figures("Driftsinntektene var 1,25 mill. kr, og årsresultatet ble 250 000 kroner.", rows=ROWS)
    assert "prose_agrees" in got[("driftsinntekter", 2023)].reasons
    assert "prose_agrees" in got[("arsresultat", 2023)].reasons
    assert not any(r.startswith("prose") for r in got[("driftsinntekter", 2022)].reasons)
    assert got[("arsresultat", 2023)].confidence == plain[("arsresultat", 2023)].confidence  # weighs 0 until a refit


def test_prose_contradiction_lowers_the_figure():
    plain = figures(rows=ROWS)
    got = figures("Årsresultatet ble 520 000 kroner.", rows=ROWS)
    result = got[("arsresultat", 2023)]
    assert "prose_disagrees:520000" in result.reasons
    assert result.confidence < plain[("arsresultat", 2023)].confidence


def test_prose_within_rounding_or_agreeing_elsewhere_is_no_contradiction():
    got = figures("Årsresultatet ble 0,3 mill. kroner.", "Årsresultatet ble 250 000 kroner, mot 520 000 kroner i fjor.",
                  rows=ROWS)
    assert got[("arsresultat", 2023)].reasons.count("prose_agrees") == 1
    assert any(r.startswith("prose_disagrees") for r in got[("arsresultat", 2022)].reasons)
    near = figures("Årsresultatet ble 250 600 kroner.", rows=ROWS)  # beyond rounding, within half a per cent
    assert not any(r.startswith("prose") for r in near[("arsresultat", 2023)].reasons)


def test_prose_read_by_ocr_only_confirms():
    scanned = Block(BlockKind.PARAGRAPH, "Årsresultatet ble 520 000 kroner.", Provenance(page=1, ocr_confidence=0.82))
    analysis = Analysis(document(scanned, heading("Resultatregnskap"), table(ROWS)))
    analysis.report_year = 2023
    result = {(k.key, k.year): k for k in extract_key_figures(analysis)}[("arsresultat", 2023)]
    assert not any(r.startswith("prose") for r in result.reasons)


def test_prose_giving_a_year_another_columns_figure_doubts_both_columns():
    """Years set over the wrong columns: the prose's 2023 result stands in the column read as 2022."""
    swapped = [["", "2023", "2022"], ["Sum driftsinntekter", "1 100 000", "1 250 000"],
               ["Sum driftskostnader", "950 000", "1 000 000"], ["Årsresultat", "150 000", "250 000"]]
    got = figures("Årsresultatet for 2023 ble 250 000 kroner.", rows=swapped)
    assert all("prose_other_year" in f.reasons for f in got.values())
    assert all(f.confidence < figures(rows=swapped)[key].confidence for key, f in got.items())
    plain = figures("Årsresultatet ble 520 000 kroner.", rows=ROWS)  # a value no column holds
    assert not any("prose_other_year" in f.reasons for f in plain.values())


def prose_only(*sentences_, report_year=2023):
    analysis = Analysis(document(*(para(s) for s in sentences_)))
    analysis.report_year = report_year
    return {(k.key, k.year): k for k in extract_key_figures(analysis)}


def test_prose_only_figure_is_read_where_no_statement_gives_it():
    got = prose_only("Regnskapet for 2023 viser et overskudd på kr 345 210.")
    result = got[("arsresultat", 2023)]
    assert result.value == 345_210 and result.reasons == ["prose_only"] and result.label == "Årsresultat"
    assert result.statement is None and result.source.text.startswith("Regnskapet for 2023")


@pytest.mark.parametrize(("text", "key", "doubt"), [
    ("Driftsinntektene ble 12,4 millioner kroner i 2023.", ("driftsinntekter", 2023), "prose_rounded"),
    ("Egenkapitalen var kr 4 105 220, mot kr 3 880 400 året før.", ("sum_egenkapital", 2022), "prose_prior_year"),
    ("Omsetningen var kr 9 812 400.", ("driftsinntekter", 2023), "prose_loose"),
])
def test_prose_only_rounded_prior_year_or_loose_figures_are_doubts(text, key, doubt):
    assert doubt in prose_only(text)[key].reasons


def test_prose_only_gives_nothing_for_a_sector_two_values_or_a_key_the_statement_has():
    assert not prose_only("I 2023 hadde dei kyrkjelege fellesråda driftsinntekter på kr 4 612 000 000.")
    assert ("arsresultat", 2023) not in prose_only("Årsresultatet ble kr 12 000.", "Årsresultatet ble kr 14 000.")
    got = figures("Årsresultatet ble 520 000 kroner, og egenkapitalen var kr 812 000.", rows=ROWS)
    assert got[("arsresultat", 2023)].value == 250_000 and "prose_only" not in got[("arsresultat", 2023)].reasons
    assert got[("sum_egenkapital", 2023)].reasons == ["prose_only"]
