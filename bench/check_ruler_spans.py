"""Check that our rulers find the same spans as spaCy's own ``span_ruler`` with the same
pattern files, on the text of real documents.

    .venv/bin/python bench/check_ruler_spans.py [PATH ...]

PATH: files or folders (default: ../shared/corpus-real, ../shared/corpus, samples,
bench/devset and the 352-page book). Each document is read with OCR off, split into the text
units the field extractors read, and run through both pipelines (ours: ``guarded_span_ruler``
with its literal-pattern lookup; the reference: ``span_ruler`` holding every pattern); every
span group is compared (start, end, label, id). Prints one line per document and a total,
and exits non-zero on the first document whose spans differ.
"""
from __future__ import annotations

import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
DEFAULT_PATHS = [SHARED / "corpus-real", SHARED / "corpus", ROOT / "samples", ROOT / "bench" / "devset",
                 SHARED / "badfiles" / "public" / "pdf.js__freeculture.pdf"]
SUFFIXES = (".pdf", ".docx", ".doc")


def reference_pipeline(ours):
    """Our pipeline with spaCy's span_ruler, holding every pattern of the file, per ruler."""
    from extractor.nlp.pipeline import PATTERN_FILES, read_patterns

    nlp = spacy.blank("nb", config={"nlp": {"tokenizer": {"@tokenizers": "extractor.nb_tokenizer.v1"}}})
    with nlp.select_pipes(disable=list(nlp.pipe_names)):
        for name in ours.pipe_names:
            if name in PATTERN_FILES:
                config = ours.get_pipe_config(name)
                ruler = nlp.add_pipe("span_ruler", name=name, config={
                    k: config[k] for k in ("spans_key", "spans_filter", "phrase_matcher_attr")})
                ruler.add_patterns(read_patterns(PATTERN_FILES[name]))
            else:
                nlp.add_pipe(ours.get_pipe_meta(name).factory, name=name)
    return nlp


def doc_to_spans(doc) -> dict:
    return {key: [(s.start, s.end, s.label_, s.id_) for s in group] for key, group in sorted(doc.spans.items())}


def iter_files(paths: list[Path]):
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix in SUFFIXES)
        elif path.exists():
            yield path


def main(argv: list[str]) -> int:
    from extractor.errors import ExtractorError
    from extractor.fields.context import Analysis
    from extractor.ingest import load
    from extractor.nlp import get_pipeline
    from extractor.settings import Settings

    ours = get_pipeline()
    reference = reference_pipeline(ours)
    settings = Settings(ocr=False)
    documents = texts = spans = 0
    for path in iter_files([Path(p) for p in argv] or DEFAULT_PATHS):
        try:
            units = Analysis(load(path, settings)).units
        except ExtractorError as exc:
            print(f"{path.name}: skipped ({exc.code})")
            continue
        batch = [u.text for u in units]
        batch += [t.upper() for t in batch]  # the LOWER patterns must also match capitals
        found = 0
        for text, a, b in zip(batch, ours.pipe(batch), reference.pipe(batch)):
            ours_spans, reference_spans = doc_to_spans(a), doc_to_spans(b)
            if ours_spans != reference_spans:
                print(f"{path}: spans differ on {text[:80]!r}\n  ours      {ours_spans}\n  reference {reference_spans}")
                return 1
            found += sum(len(v) for v in ours_spans.values())
        documents, texts, spans = documents + 1, texts + len(batch), spans + found
        print(f"{path.name}: {len(batch)} texts, {found} spans, same")
    print(f"all same: {documents} documents, {texts} texts, {spans} spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
