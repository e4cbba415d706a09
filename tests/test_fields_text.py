"""Shared text helpers: mending layout breaks with offsets kept, sentences."""
from __future__ import annotations

import pytest

from extractor.fields.text import (iter_sentences, normalise_space, normalise_with_offsets, raw_to_mended,
                                   sentence_around, sentence_bounds, sentence_span)


@pytest.mark.parametrize("raw, mended", [
    ("Andel i\nintern\narbeids-\ntrening", "Andel i intern arbeidstrening"),
    ("Overgang til\nutdannin\ng", "Overgang til utdanning"),
    ("VTA-\nplasser og helse-\nog omsorg", "VTA-plasser og helse- og omsorg"),
    ("  arbeid\u00ad\nog\n\nhelse ", "arbeid og helse"),
])
def test_text_normalise_space(raw, mended):
    assert normalise_space(raw) == mended


def test_text_offsets_point_back_to_the_raw_text():
    raw = "Hele 80\nprosent av arbeids-\ntakerne i  Asker."
    mended, index = normalise_with_offsets(raw)
    assert mended == "Hele 80 prosent av arbeidstakerne i Asker."
    start = raw.index("Asker")
    assert mended[raw_to_mended(index, start):raw_to_mended(index, start + 5)] == "Asker"
    assert all(raw[index[i]] == ch for i, ch in enumerate(mended) if ch != " ")


def test_text_sentences_skip_abbreviations_and_ordinals():
    text = "Vi har bl.a. nådd målet 15. mai i år. Neste år blir bedre! Ca. 12 deltok."
    assert list(iter_sentences(text)) == ["Vi har bl.a. nådd målet 15. mai i år.", "Neste år blir bedre!",
                                          "Ca. 12 deltok."]


def test_text_sentences_keep_a_date_in_figures_whole():
    # "Stiftet 12.03. 1978": day and month in figures end no sentence; a year still does
    assert list(iter_sentences("Stiftet 12.03. 1978, vedtatt samme dag. Neste sak.")) == [
        "Stiftet 12.03. 1978, vedtatt samme dag.", "Neste sak."]
    assert list(iter_sentences("Laget ble stiftet i 1978. Det har 40 medlemmer.")) == [
        "Laget ble stiftet i 1978.", "Det har 40 medlemmer."]


def test_text_raw_text_breaks_at_bullets_and_empty_lines():
    text = "Vi har\n• 41 VTA-plasser\n• 12 AFT-plasser\n\nNeste avsnitt"
    assert [text[s:e].strip() for s, e in sentence_bounds(text)] == [
        "Vi har", "• 41 VTA-plasser", "• 12 AFT-plasser", "Neste avsnitt"]


def test_text_sentence_around():
    text = "Første. Pr. 31.12.2022 har vi 41 VTA-plasser. Siste."
    start = text.index("41")
    assert sentence_around(text, start, start + 2) == "Pr. 31.12.2022 har vi 41 VTA-plasser."


def test_text_sentence_span_is_where_the_sentence_stands():
    """A sentence printed twice: the span is the one holding the position, not the first copy
    (its offset places the figures of the second copy)."""
    text = "Vi har 20 plasser.  Vi har 20 plasser. "
    second = text.rindex("20")
    s, e = sentence_span(text, second, second + 2)
    assert (s, text[s:e]) == (text.rindex("Vi"), "Vi har 20 plasser.")


@pytest.mark.parametrize("raw", [
    "plain words only", "two  spaces", "tab\there", "no\u00a0break", " lead and trail \n",
    "arbeids-\ntrening og VTA-\nplasser", "soft\u00adhyphen", "utdannin\ng og\nog", "a\r\nb", "",
])
def test_text_normalise_space_matches_offsets_version(raw):
    text, index = normalise_with_offsets(raw)
    assert normalise_space(raw) == text
    assert len(index) == len(text)
    # every kept character comes from the same character in the source, whitespace aside
    assert all(raw[i] == ch or ch == " " for ch, i in zip(text, index))
