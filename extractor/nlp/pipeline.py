"""Build the spaCy pipeline: blank Norwegian Bokmål plus our components, patterns read from JSONL."""
from __future__ import annotations

import json
import logging
import threading
from functools import lru_cache
from importlib import resources
from typing import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractor.errors import MissingDependency
from extractor.nlp import components, place_spans, role_spans, ruler  # noqa: F401 - registers components and factories
from extractor.nlp.cache import load_or_build

log = logging.getLogger(__name__)

PATTERN_FILES = {
    "place_ruler": "places.jsonl",
    "quantity_ruler": "quantities.jsonl",
    "program_ruler": "programs.jsonl",
    "staff_ruler": "staff.jsonl",
}
_LONGEST = {"@misc": "spacy.first_longest_spans_filter.v1"}
_lock = threading.Lock()


def read_patterns(filename: str) -> list[dict]:
    text = resources.files("extractor.nlp.patterns").joinpath(filename).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _blank() -> Language:
    return spacy.blank("nb", config={"nlp": {"tokenizer": {"@tokenizers": "extractor.nb_tokenizer.v1"}}})


def _load_model(model: str) -> Language:
    try:
        nlp = spacy.load(model, exclude=["lemmatizer", "attribute_ruler"])
    except OSError as err:
        raise MissingDependency(
            f"spaCy model {model!r} is not installed; install it with "
            f"`python -m spacy download {model}` or run without a model (rules and gazetteers only)"
        ) from err
    components.tune_tokenizer(nlp)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("model_ents", after="ner")
    else:
        log.warning("model %s has no ner component; doc.spans['model_ents'] stays empty", model)
    return nlp


def _add_components(nlp: Language) -> None:
    # Merge thousands groups first: the rulers then see "16 917 863" as one token, and no
    # span is set before tokens move.
    nlp.add_pipe("merge_number_groups", first=True)
    places = nlp.add_pipe(
        "guarded_span_ruler",
        name="place_ruler",
        config={"spans_key": "place_candidates", "spans_filter": None, "phrase_matcher_attr": "LOWER"},
    )
    places.add_patterns(read_patterns(PATTERN_FILES["place_ruler"]))
    nlp.add_pipe("place_context")
    nlp.add_pipe("role_spans")  # roles.jsonl through extractor.nlp.roles (lemmas, typos, qualifiers)
    quantities = nlp.add_pipe(
        "guarded_span_ruler", name="quantity_ruler", config={"spans_key": "quantities", "spans_filter": _LONGEST}
    )
    quantities.add_patterns(read_patterns(PATTERN_FILES["quantity_ruler"]))
    # Vocabularies whose spans the field extractors read: NAV programs and staff terms.
    for name, key in (("program_ruler", "programs"), ("staff_ruler", "staff")):
        vocab = nlp.add_pipe("guarded_span_ruler", name=name, config={"spans_key": key, "spans_filter": _LONGEST})
        vocab.add_patterns(read_patterns(PATTERN_FILES[name]))


def build_pipeline(model: str | None = None) -> Language:
    """Our pipeline, built once per model name. ``model`` names an installed trained spaCy
    pipeline (e.g. "nb_core_news_sm") whose entities are added as ``doc.spans["model_ents"]``;
    None builds on ``spacy.blank("nb")``. Raises MissingDependency when the model is missing."""
    return _build(model or None)


@lru_cache(maxsize=4)
def _build(model: str | None) -> Language:
    nlp = _with_components(_load_model(model)) if model else load_or_build(lambda: _with_components(_blank()))
    # Lookup tables load on first use: pay that at start-up, not in the first document.
    warm_lemmas()
    warm_gazetteers()
    return nlp


def _with_components(nlp: Language) -> Language:
    # Rulers tokenise their phrase patterns with nlp.pipe: keep a trained model out of that.
    with nlp.select_pipes(disable=list(nlp.pipe_names)):
        _add_components(nlp)
    for _, pipe in nlp.pipeline:  # the rulers' guards: derived once, kept with the cached pipeline
        if isinstance(pipe, ruler.GuardedSpanRuler):
            pipe.guard  # noqa: B018 - computed and stored on first access
    return nlp


def warm_lemmas() -> None:
    from extractor.nlp.roles import role_code

    role_code("styreledere")  # an inflected form: reads roles.jsonl and role_lemmas.json


def warm_gazetteers() -> None:
    from extractor import gazetteers

    gazetteers.place("-")  # no such place: municipality, county, region, country and post-town indexes
    gazetteers.postal_code("0001")
    gazetteers.is_first_name("Per")


def iter_docs(nlp: Language, texts: list[str], batch_size: int = 256) -> Iterator[Doc]:
    """``nlp.pipe(texts)``, run one component at a time over a batch of texts rather than one
    text at a time through every component: each component's tables and matchers stay in the
    processor's caches, and a report's units, mostly a few tokens each, take a fifth less CPU.
    Each component sees each Doc once, in the same order, so the Docs are nlp.pipe's; they come
    a batch at a time, so a caller that trims them (``drop_empty_groups``) holds one batch untrimmed."""
    for start in range(0, len(texts), batch_size):
        docs = [nlp.make_doc(text) for text in texts[start:start + batch_size]]
        for _, proc in nlp.pipeline:
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
        yield from docs


def get_pipeline(model: str | None = None) -> Language:
    """The process-wide pipeline instance (thread-safe first build)."""
    with _lock:
        return build_pipeline(model)
