"""``Analysis.doc_of`` gives a unit's own Doc for a text that is a unit (a heading above a
table), and a Doc of its own for any other text, with the same spans the pipeline gives it;
units with the same text share one Doc;
``prepare`` leaves what start-up loaded out of the cyclic collector's walks."""
from __future__ import annotations

import gc

from extractor.fields import GC_YOUNG_THRESHOLD, prepare
from extractor.fields.context import Analysis
from tests.fielddocs import document, heading, para, table


def spans_of(doc) -> dict[str, list[tuple[int, int, str]]]:
    return {key: [(s.start, s.end, s.label_) for s in group] for key, group in doc.spans.items() if len(group)}


def test_fields_context_doc_of_a_heading_is_its_units_doc():
    analysis = Analysis(document(heading("Sykefravær 2023"), table([["", "Korttid", "Totalt"], ["2023", "1,2", "4,5"]]),
                                 para("Styret takker de ansatte.")))
    (unit_doc,) = [d for u, d in analysis.units_with_docs() if u.text == "Sykefravær 2023"]
    assert analysis.doc_of("Sykefravær 2023") is unit_doc
    assert spans_of(unit_doc) == spans_of(analysis.nlp("Sykefravær 2023"))
    row = analysis.doc_of(" Korttid Totalt")  # not a unit: made once, then kept
    assert row.text == " Korttid Totalt" and analysis.doc_of(" Korttid Totalt") is row


def test_fields_context_unit_cut_at_max_chars_is_not_reused_for_the_whole_text():
    text = "Styret har hatt fire møter i 2023 og behandlet " + "saker " * 20
    analysis = Analysis(document(para(text)), max_chars=40)
    assert analysis.doc_of(text).text == text and analysis.docs[0].text == text[:40]


def test_fields_context_docs_units_with_one_text_share_the_doc_the_pipeline_gives_it():
    analysis = Analysis(document(table([["", "2023", "2022"], ["Inntekter", "1 200", "0,00"], ["Kostnader", "0,00", "2023"]]),
                                 para("Styret takker de ansatte.")))
    by_text: dict[str, object] = {}
    for unit, doc in analysis.units_with_docs():
        assert by_text.setdefault(unit.text, doc) is doc  # one Doc per distinct text
        assert doc.text == unit.text and spans_of(doc) == spans_of(analysis.nlp(unit.text))
    assert len(analysis.docs) == len(analysis.units) > len(by_text)


def test_fields_prepare_freezes_start_up_objects_and_raises_the_young_threshold():
    prepare()
    assert gc.get_freeze_count() > 10_000 and gc.get_threshold()[0] >= GC_YOUNG_THRESHOLD
