"""The per-word caches stay within ``WORD_CACHE`` keys, and a word read again after its entry
went gives the same answer (the cached functions are pure)."""
import pytest

from extractor import gazetteers
from extractor.caches import WORD_CACHE
from extractor.fields import founded, people
from extractor.nlp import role_spans, roles, vocab

CACHED = [gazetteers.normalise_name, gazetteers.place, vocab.is_org_kind_word, role_spans._starts_phrase,
          role_spans._may_start, roles._key, roles.word_kind, roles.is_title, founded._is_verb, people.clean_token,
          people._is_role_word, people.text_to_name]


@pytest.mark.parametrize("cached", CACHED, ids=lambda f: f"{f.__module__}.{f.__name__}")
def test_word_cache_is_bounded_and_answers_alike(cached):
    words = [f"Ordx{n:05d}" for n in range(WORD_CACHE + 50)]
    first = cached(words[0])
    for word in words[1:]:
        cached(word)
    assert cached.cache_info().currsize <= WORD_CACHE
    assert cached(words[0]) == first


def test_phrase_role_cache_is_bounded():
    for n in range(WORD_CACHE + 50):
        role_spans.phrase_role(f"ordx{n:05d} leder", False)
    assert role_spans.phrase_role.cache_info().currsize <= WORD_CACHE
    assert role_spans.phrase_role("styreleder", False) == role_spans.phrase_role.__wrapped__("styreleder", False)
