"""role_lemmas.json stands in for simplemma's dictionaries: same role lemmas, without loading them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import simplemma

from extractor.nlp.roles import _lemma, _lemma_data, inflected_role_words, role_code, role_words

WORDS = [
    # dictionary forms, compounds, nynorsk rule forms, genitives and near misses
    "styreledere", "styremedlemmene", "varamedlemmene", "nestlederne", "nestleiarane", "styreleiarane",
    "formenn", "direktørens", "observatørs", "observatørene", "daglige", "dagleg", "styremedlemes",
    "medlemmas", "varamennene", "lederne", "leiarane", "administrerende", "konstituerte",
    "styret", "styrets", "styremøte", "styremøter", "administrasjon", "ledergruppe", "personvern",
    "arbeid", "helse", "kommunen", "nest-lederen", "styre-medlemmer", "x-leder", "1", "-1",
    "medlemmets", "styremedlemmets", "direktørenes", "formannens",
]


def _simplemma(word: str) -> str:
    return simplemma.lemmatize(word, lang=("nb", "nn")).casefold()


@pytest.mark.parametrize("word", WORDS)
def test_nlp_roles_lemma_agrees_with_simplemma_on_role_words(word):
    words, want = role_words(), _simplemma(word)
    got = _lemma(word)
    assert (got in words) == (want in words)
    if want in words:
        assert got == want


def test_nlp_roles_lemma_table_covers_every_role_word():
    lemmas = _lemma_data()[0]
    missing = sorted(w for w in inflected_role_words() if w not in lemmas)
    assert not missing, f"rerun scripts/make_patterns.py after changing roles.jsonl: {missing}"


def test_nlp_roles_inflected_roles_without_simplemma_dictionaries():
    code = (
        "import sys\n"
        "from extractor.nlp.roles import role_code\n"
        "assert role_code('styreledere') == ('LEDE', 0.95)\n"
        "assert role_code('Styremedlemmene') == ('MEDL', 0.95)\n"
        "assert role_code('administrasjon') is None\n"
        "assert role_code('styremedlemmets') == ('MEDL', 0.95) and role_code('medlemmets') is None\n"
        "assert role_code('ikke-eksisterende') is None  # 'ikke' of 'var ikke på valg' is no title\n"
        "assert not any('frontcode' in m for m in sys.modules), 'simplemma dictionaries were loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])


def test_nlp_roles_rare_forms_still_reach_simplemma():
    assert role_code("observatørs") == ("OBS", 0.95)


def test_nlp_roles_english_possessives_leave_simplemma_unloaded():
    # an English book's "person’s" and "per-song" loaded 57 MB of dictionaries for nothing
    code = (
        "import sys\n"
        "from extractor.nlp.roles import role_code\n"
        "assert role_code('person’s') is None and role_code('per-song') is None\n"
        "assert role_code('office’s') is None and role_code('framers’') is None\n"
        "assert not any('frontcode' in m for m in sys.modules), 'simplemma dictionaries were loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])
