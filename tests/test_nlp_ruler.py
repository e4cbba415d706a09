"""The guarded span ruler: same spans as spaCy's span_ruler, Matcher skipped where no pattern can match."""
from __future__ import annotations

import spacy
import pytest

from extractor.nlp import get_pipeline
from extractor.nlp.pipeline import PATTERN_FILES, read_patterns
from extractor.nlp.ruler import pattern_reach, pattern_to_guard, patterns_to_guard

TEXTS = [
    "Andelen som gikk til jobb var 64 % i 2022, mot 3,3 prosent året før.",
    "Bedriften har 41 VTA-plasser og tolv faste plasser, i alt 33,16 årsverk.",
    "Omsetning kr 16 917 863,- (NOK 2,5 mill. i 2021). Styremøte 13. mars 2015 og 31.12.2022.",
    "Vi holder til i Solbråveien 32a i Asker, og har kunder i Nordre\nFollo og Sør-Varanger.",
    "Styreleder Kari Nordmann og daglig leder Ola Hansen; ansattvalgt styremedlem Per Lund.",
    "Ingen tall her, bare tekst om arbeid og helse.",
    "10–20 % og 91, 45% og 3 %-poeng og ti prosent",
    "",
    "Tabell",
    "2022",
    "Driftsinntekter 12 500 000 og 11 900 000 i 2023",  # figures without a unit: no quantity pattern can match
    "Møtet 31.12.2022 og 13. mars, 64 %; kr 500,- og 3 plasser",
    # matches far apart in one long text, one at each end: the Matcher runs in windows around them
    "Nordre Follo er med. " + "Vi driver arbeid og opplæring for mange. " * 12 + "Kontoret ligger i Indre Østfold, "
    "med 12 plasser og 3,5 årsverk, " + "og driften går godt i år. " * 8 + "totalt 64 % i Nordre Follo",
]


def _plain_pipeline():
    """Our pipeline with spaCy's own span_ruler in place of the guarded one."""
    nlp = spacy.blank("nb", config={"nlp": {"tokenizer": {"@tokenizers": "extractor.nb_tokenizer.v1"}}})
    ours = get_pipeline()
    with nlp.select_pipes(disable=list(nlp.pipe_names)):
        for name in ours.pipe_names:
            if name in PATTERN_FILES:
                cfg = {k: ours.get_pipe_config(name)[k] for k in ("spans_key", "spans_filter", "phrase_matcher_attr")}
                ruler = nlp.add_pipe("span_ruler", name=name, config=cfg)
                ruler.add_patterns(read_patterns(PATTERN_FILES[name]))
            else:
                nlp.add_pipe(ours.get_pipe_meta(name).factory, name=name)
    return nlp


def _spans(doc):
    return {key: [(s.start, s.end, s.label_, s.id_) for s in group] for key, group in sorted(doc.spans.items())}


def test_nlp_ruler_same_spans_as_span_ruler():
    ours, plain = get_pipeline(), _plain_pipeline()
    texts = TEXTS + [t.upper() for t in TEXTS] + [t.replace(" ", "\n") for t in TEXTS]
    for a, b in zip(ours.pipe(texts), plain.pipe(texts)):
        assert _spans(a) == _spans(b), a.text


def test_nlp_ruler_guard_skips_text_without_numbers():
    guard = get_pipeline().get_pipe("quantity_ruler").guard
    nlp = get_pipeline()
    assert not guard.may_match(nlp.make_doc("Ingen tall her, bare tekst om arbeid og helse."))
    assert guard.may_match(nlp.make_doc("ti prosent"))
    assert guard.may_match(nlp.make_doc("tolv plasser"))
    assert guard.may_match(nlp.make_doc("64 %"))


def test_nlp_ruler_place_guard_needs_a_street():
    """Place names are literal patterns (the lookup); the Matcher holds only the street shapes."""
    nlp = get_pipeline()
    guard = nlp.get_pipe("place_ruler").guard
    assert not guard.may_match(nlp.make_doc("Vi holder til i Moss."))
    assert not guard.may_match(nlp.make_doc("kunder i Nordre Follo"))
    assert guard.may_match(nlp.make_doc("Solbråveien 32"))


def test_nlp_ruler_guard_picks_a_required_selective_token():
    pattern = [{"LOWER": {"IN": ["to", "tre"]}}, {"IS_ALPHA": True, "OP": "{,2}"},
               {"LOWER": {"REGEX": "^[\\wæøå]*-?plass(?:er)?$"}}]
    assert pattern_to_guard(pattern)[2:] == ("regex", "[\\wæøå]*-?plass(?:er)?")
    assert pattern_to_guard([{"LOWER": "nordre"}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": "follo"}])[3] == ("nordre",)
    assert pattern_to_guard([{"IS_ALPHA": True}]) is None


def test_nlp_ruler_guard_prefers_a_word_regex_to_a_number_shape():
    """A number stands on every page, "årsverk" on a few: the Matcher runs around the word."""
    number = {"TEXT": {"REGEX": "^(?:\\d{1,3}(?:[ ]\\d{3})+|\\d+)(?:[.,]\\d+)?$"}}
    word = {"LOWER": {"REGEX": "^årsverk(?:et|ene)?$"}}
    assert pattern_to_guard([number, {"IS_ALPHA": True, "OP": "{,3}"}, word])[3] == "årsverk(?:et|ene)?"
    assert pattern_to_guard([word, {"ORTH": ":"}, number])[3] == "årsverk(?:et|ene)?"
    # escapes spell no word: a date shape is a number shape
    date = {"TEXT": {"REGEX": "^\\d{1,2}\\.\\d{1,2}\\.$"}}
    assert pattern_to_guard([number, date])[3] == "(?:\\d{1,3}(?:[ ]\\d{3})+|\\d+)(?:[.,]\\d+)?"


def test_nlp_ruler_staff_guard_skips_a_page_of_figures():
    nlp = get_pipeline()
    guard = nlp.get_pipe("staff_ruler").guard
    assert guard.windows(nlp.make_doc("Driftsinntekter 12 500 000 og 11 900 000 i 2023, 4 % opp.")) == []
    assert guard.windows(nlp.make_doc("Vi hadde 14 årsverk i 2023."))


def test_nlp_ruler_unguardable_pattern_always_runs():
    vocab = spacy.blank("nb").vocab
    assert patterns_to_guard([[{"IS_ALPHA": True}], [{"LOWER": "x"}]], vocab).always
    assert not patterns_to_guard([[{"LOWER": "x"}]], vocab).always


@pytest.mark.parametrize("name", ["quantities.jsonl", "roles.jsonl"])
def test_nlp_ruler_every_shipped_token_pattern_is_guarded(name):
    token_patterns = [p["pattern"] for p in read_patterns(name) if not isinstance(p["pattern"], str)]
    assert all(pattern_to_guard(p) is not None for p in token_patterns)


def test_nlp_ruler_windows_hold_every_guard_token_and_its_reach():
    nlp = get_pipeline()
    guard = nlp.get_pipe("place_ruler").guard
    # the street shapes are what place_ruler's Matcher holds; place names go to its lookup table
    doc = nlp.make_doc("Solbråveien 32 er adressen. " + "Vi driver godt. " * 20 + "Kontoret er i Storgata 5")
    windows = guard.windows(doc)
    assert len(windows) == 2  # one at each end, none over the words between
    assert windows[0][0] == 0 and windows[-1][1] == len(doc)
    assert all(hi - lo < len(doc) // 2 for lo, hi in windows)
    assert guard.windows(nlp.make_doc("")) == []


def test_nlp_ruler_unbounded_pattern_still_guards_the_doc():
    nlp = spacy.blank("nb")
    guard = patterns_to_guard([[{"LOWER": "plasser"}, {"IS_ALPHA": True, "OP": "+"}]], nlp.vocab)
    assert guard.reach is None
    assert guard.windows(nlp.make_doc("Ingen slike ord her.")) == []
    doc = nlp.make_doc("Vi har tolv plasser totalt.")
    assert guard.windows(doc) == [(0, len(doc))]


def test_nlp_ruler_pattern_reach_counts_optional_tokens_and_bounds():
    assert pattern_reach([{"LOWER": "a"}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": "b"}]) == 3
    assert pattern_reach([{"IS_ALPHA": True, "OP": "{,2}"}, {"LOWER": "plasser"}]) == 3
    assert pattern_reach([{"IS_ALPHA": True, "OP": "{1,4}"}]) == 4
    assert pattern_reach([{"IS_ALPHA": True, "OP": "+"}]) is None
    assert pattern_reach([{"IS_ALPHA": True, "OP": "{2,}"}]) is None


def test_nlp_ruler_guard_needs_every_required_token_of_a_pattern():
    """A Doc with numbers but without any pattern's other required tokens ("%", "kr", a month,
    "plasser") gets no window; with them it does, around the guard tokens only."""
    nlp = get_pipeline()
    guard = nlp.get_pipe("quantity_ruler").guard
    figures = nlp.make_doc("Driftsinntekter 12 500 000 og 11 900 000 i 2023")
    assert guard.may_match(figures) and guard.windows(figures) == []
    assert guard.windows(nlp.make_doc("Sykefraværet var 4,2 % i 2023"))
    assert guard.windows(nlp.make_doc("Vi har 12 plasser"))
    assert all(need & bit == bit for need, bit in guard.needs)  # a pattern's guard token is one it needs


def test_nlp_ruler_pattern_needs_its_required_tokens_only():
    vocab = spacy.blank("nb").vocab
    guard = patterns_to_guard([[{"LOWER": "tolv"}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": "plasser", "OP": "?"},
                                {"TEXT": {"REGEX": "^\\d+$"}}]], vocab)
    assert len(guard.tests) == 2 and len(guard.needs) == 1  # "tolv" and the number; "plasser" is optional
    nlp = spacy.blank("nb")
    assert guard.windows(nlp.make_doc("tolv i alt")) == []
    assert guard.windows(nlp.make_doc("tolv plasser 12")) == [(0, 3)]
