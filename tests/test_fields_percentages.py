"""Percentages: finding and parsing, sentence context across block breaks, table headers."""
from __future__ import annotations

import pytest

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Cell, Document, Format, Provenance, SourceInfo, Table
from extractor.fields.context import Analysis
from extractor.fields import percent_heads
from extractor.fields.percent_hits import doc_to_hits
from extractor.fields.percentages import extract_percentages
from extractor.fields.text import normalise_space
from extractor.nlp import get_pipeline


def text_to_hits(text: str, ocr: bool = False):
    return doc_to_hits(get_pipeline()(text), ocr)


def _doc(*items) -> Document:
    return Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), list(items))


def _p(text: str, page: int = 1, ocr: float | None = None) -> Block:
    return Block(BlockKind.PARAGRAPH, text, Provenance(page=page, ocr_confidence=ocr))


def _h(text: str) -> Block:
    return Block(BlockKind.HEADING, text, Provenance(page=1), level=1)


def _table(rows: list[list[str]], header_rows: int = 1) -> Table:
    cells = [[Cell(t, Provenance(page=1)) for t in row] for row in rows]
    return Table(cells, Provenance(page=1), "ruled", 0.9, header_rows=header_rows)


@pytest.mark.parametrize("text, values", [
    ("64%", [64]), ("3,3 %", [3.3]), ("hele 80 prosent av dem", [80]), ("91,45% av timene", [91.45]),
    ("ble 81,5 %.", [81.5]), ("10–20 %", [10, 20]), ("mellom 5 og 7 pst.", [5, 7]), ("i 2022 og 45 %", [45]), ("ti prosent", [10]),
    ("økte 5 prosentpoeng", []), ("opp 3 %-poeng", []), ("ISO 9001", []), ("41 100 %", [100]),
    ("1,6 prosent av arbeidsstyrken", [1.6]), ("prosentandelen", []),
    # "eller" restating a count as its share, against two shares close together
    ("av disse er 11 eller 65 pst. gått over i arbeid", [65]), ("5 eller 6 prosent", [5, 6]),
])
def test_percentages_text_to_hits(text, values):
    assert [h.value for h in text_to_hits(text)] == values


def test_percentages_text_as_printed():
    assert [h.text for h in text_to_hits("det var 3,3 % i fjor")] == ["3,3 %"]


def test_percentages_normalise_space_mends_forced_breaks():
    assert normalise_space("Andel i\nintern\narbeids-\ntrening") == "Andel i intern arbeidstrening"
    assert normalise_space("Overgang til\nutdannin\ng") == "Overgang til utdanning"
    assert normalise_space("VTA-\nplasser og helse-\nog omsorg") == "VTA-plasser og helse- og omsorg"
    assert normalise_space("arbeid\nog\nhelse") == "arbeid og helse"


def test_percentages_prose_context_is_the_sentence():
    doc = _doc(_p("Vi hadde et godt år. I 2022 er det 64% i tiltaket AFT som har nådd målet. Takk."))
    (pct,) = extract_percentages(Analysis(doc))
    assert pct.value == 64
    assert pct.context == "I 2022 er det 64% i tiltaket AFT som har nådd målet."
    assert pct.year == 2022 and pct.group == "AFT"
    assert pct.source.text == pct.context
    assert pct.confidence >= REVIEW_THRESHOLD


def test_percentages_same_value_twice_in_a_sentence_counts_twice():
    doc = _doc(_p("Kvinneandelen i styret var 40 %, og blant de ansatte var den også 40 %."))
    assert [p.value for p in extract_percentages(Analysis(doc))] == [40, 40]


def test_percentages_same_sentence_in_two_blocks_counts_once():
    # a text box and its fallback copy, a pull quote: the sentence printed twice is one statement
    sentence = "Av omsetningen kom 30 % fra salg og 30 % fra tilskudd."
    doc = _doc(_p(sentence), _p(sentence))
    assert [p.value for p in extract_percentages(Analysis(doc))] == [30, 30]


def test_percentages_sentence_joined_across_column_break():
    doc = _doc(_h("Media"), _p("Det er nemlig slik at hele 80 prosent av\nde som trenger en tilrettelagt", page=12),
               _p("arbeidsplass, går arbeidsløse i Norge. Fakta er at det trengs flere.", page=12))
    (pct,) = extract_percentages(Analysis(doc))
    assert "arbeidsløse" in pct.context
    assert "Fakta" not in pct.context


def test_percentages_no_join_after_full_stop_or_into_capitalised_block():
    doc = _doc(_p("Andelen var 12 %."), _p("neste avsnitt"), _p("Andelen var 13 %"), _p("Neste avsnitt"))
    contexts = [p.context for p in extract_percentages(Analysis(doc))]
    assert contexts == ["Andelen var 12 %.", "Andelen var 13 %"]


def test_percentages_abbreviation_does_not_end_sentence():
    doc = _doc(_p("Vi har bl.a. nådd 50 % av målet."))
    (pct,) = extract_percentages(Analysis(doc))
    assert pct.context == "Vi har bl.a. nådd 50 % av målet."


def test_percentages_table_context_from_headers():
    table = _table([["Plasser", "Overgang til arbeid eller\nutdannin\ng", "Andel i\nintern\narbeids-\ntrening"],
                    ["12 faste plasser", "64%", "46%"]])
    doc = _doc(_h("Mål og resultater AFT"), table)
    pcts = extract_percentages(Analysis(doc))
    assert [p.value for p in pcts] == [64, 46]
    assert pcts[0].context.startswith("Overgang til arbeid eller utdanning | 12 faste plasser")
    assert "Andel i intern arbeidstrening" in pcts[1].context
    assert all("table_cell" in p.reasons and p.group == "AFT" for p in pcts)


def test_percentages_table_year_column_and_guessed_header():
    table = _table([["", "2021", "2022"], ["Sykefravær", "5,1 %", "4,2 %"]], header_rows=0)
    pcts = extract_percentages(Analysis(_doc(table)))
    assert [(p.value, p.year) for p in pcts] == [(5.1, 2021), (4.2, 2022)]
    assert all("Sykefravær" in p.context for p in pcts)


def test_percentages_same_value_in_table_and_prose_are_two_items():
    table = _table([["Tiltak", "Overgang"], ["AFT", "64%"]])
    doc = _doc(_p("I år nådde 64% målet."), table)
    assert [p.value for p in extract_percentages(Analysis(doc))] == [64, 64]


def test_percentages_confidence_low_for_implausible_and_poor_ocr():
    doc = _doc(_p("Veksten var 450 % i år."), _p("Andelen var 40 %.", ocr=0.55), _p("Andelen var 41 %.", ocr=0.95))
    by_value = {p.value: p for p in extract_percentages(Analysis(doc))}
    assert by_value[450].confidence < REVIEW_THRESHOLD
    assert by_value[40].confidence < REVIEW_THRESHOLD
    assert by_value[41].confidence >= REVIEW_THRESHOLD


def test_percentages_ocr_split_decimal_repaired_only_in_ocr_text():
    assert [h.value for h in text_to_hits("91, 45% av timene", ocr=True)] == [91.45]
    assert [h.value for h in text_to_hits("91, 45% av timene")] == [45]
    doc = _doc(_p("91, 45% av mulige arbeidstimer ble brukt.", ocr=0.9), _p("Og 91,45% av timene.", ocr=0.9))
    repaired, plain = extract_percentages(Analysis(doc))
    assert repaired.value == plain.value == 91.45
    assert "ocr_repaired" in repaired.reasons and repaired.confidence < plain.confidence


def test_percentages_bare_number_under_percent_header():
    table = _table([["Fravær", "Andel (%)", "Dager"], ["Korttid", "4,2", "12"]])
    (pct,) = extract_percentages(Analysis(_doc(table)))
    assert pct.value == 4.2 and "unit_in_header" in pct.reasons
    assert pct.context.startswith("Andel (%) | Korttid")


def test_percentages_percentage_above_a_count_is_no_percent_header():
    # a key-figure grid read with two header rows: "58 %" above "46" does not make 46 a percentage
    table = _table([["612", "58 %", "Andel %"], ["medlemmer", "under 19 år", "i styret"], ["27", "46", "40"]],
                   header_rows=2)
    pcts = extract_percentages(Analysis(_doc(table)))
    assert sorted(p.value for p in pcts) == [40, 58]  # a header naming the unit still gives one


def test_percentages_header_letter_stub_mended():
    table = _table([["Plasser", "Overgang til arbeid eller utdannin g"], ["12 faste", "64%"]])
    (pct,) = extract_percentages(Analysis(_doc(table)))
    assert "utdanning" in pct.context


def test_percentages_year_right_after_value_wins():
    doc = _doc(_p("Sykefraværet var 6,3 % i 2022 mot 7,1 % i 2021."))
    assert [(p.value, p.year) for p in extract_percentages(Analysis(doc))] == [(6.3, 2022), (7.1, 2021)]


def test_percentages_repeated_sentence_is_one_item():
    doc = _doc(_p("Hele 80 prosent står uten jobb."), _p("Hele 80 prosent står uten jobb."))
    assert len(extract_percentages(Analysis(doc))) == 1


@pytest.mark.parametrize("sentence, group", [
    ("I VTO var 40 % ute i jobb.", "VTO"), ("I VTA var 40 % ute i jobb.", "VTA"),
    ("I VTA og AFT var 40 % ute i jobb.", None),
])
def test_percentages_group_from_sentence(sentence, group):
    (pct,) = extract_percentages(Analysis(_doc(_p(sentence))))
    assert pct.group == group


def test_percentages_number_and_unit_on_two_lines():
    (pct,) = extract_percentages(Analysis(_doc(_p("I 2022 oppnådde 64\n% av deltakerne målet."))))
    assert (pct.value, pct.text, pct.context) == (64, "64 %", "I 2022 oppnådde 64 % av deltakerne målet.")


def test_percentages_english_decimal_point_is_flagged():
    (pct,) = extract_percentages(Analysis(_doc(_p("Sykefraværet var 4.5 %."))))
    assert pct.value == 4.5 and "dot_decimal" in pct.reasons



def test_percentages_long_table_reads_each_cell_a_bounded_number_of_times(monkeypatch):
    # each cell scanned every row above it for a header: 4000 rows took 54 s (quadratic)
    rows = [["Enhet", f"{i % 90},5 %", str(i)] for i in range(4000)]
    analysis = Analysis(_doc(_h("Resultater"), _table(rows, header_rows=0)))
    budget = {"calls": 0, "max": 3 * 3 * len(rows)}  # a few reads per cell, however long the table
    real = percent_heads.header_text

    def counted(text: str) -> str:
        budget["calls"] += 1
        assert budget["calls"] <= budget["max"], "header lookups grow faster than the table"
        return real(text)

    monkeypatch.setattr(percent_heads, "header_text", counted)
    found = extract_percentages(analysis)
    assert len(found) == len(rows)
    assert found[-1].context == "Enhet | Resultater"  # the label beside it, found without a scan


@pytest.mark.parametrize("text, values", [
    ("Bankbok 2% 023, - 22 598, -", []),  # OCR read the 4 of "24 023,-" as a per cent sign
    ("Sum eigedelar 2% 263,- 23 008,-", []),
    ("Andelen økte til 41% i 2023.", [41.0]),
    ("Andelen var 12% 2022 og 14% 2023", [12.0, 14.0]),  # a year after it is no amount's group
])
def test_percent_ocr_digit_misread_as_a_per_cent_sign(text, values):
    assert [h.value for h in doc_to_hits(get_pipeline()(text), ocr=True)] == values
