"""Place spans the place ruler's patterns do not give, added to its matches (``place_candidates``) by
``place_context``: a place run into an area word as one token ("Oslo-området") and a district's part
named by a word before it ("Søre Sunnmøre"), found when read rather than by a pattern for every pair."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor import gazetteers
from extractor.nlp.components import doc_text
from extractor.nlp.place_words import AREA_COMPOUND

_AREA_WORD = re.compile(r"-(?:området|regionen|distriktet|omlandet)\b")  # a text without one has none
# The span label of a gazetteer record that a rule other than the place ruler finds.
LABEL_OF_PLACE = {gazetteers.Municipality: "KOMMUNE", gazetteers.County: "FYLKE", gazetteers.Region: "REGION",
                  gazetteers.Country: "LAND"}


def area_compounds(doc: Doc):
    """ "Oslo-området", "Bergens-regionen" as one token: a span on it naming the place."""
    for token, name in iter_area_compounds(doc):
        for candidate in (name, name[:-1]) if name.endswith("s") else (name,):
            found = gazetteers.place(candidate)
            label = LABEL_OF_PLACE.get(type(found))
            if label is not None:
                yield Span(doc, token.i, token.i + 1, label=label, span_id=found.name)
                break


def district_parts(doc: Doc):
    """A district's part named by a word before it ("Søre Sunnmøre", "Ytre" and "Sogn" on two lines):
    one span over both, as a pattern for each pair would give (``gazetteers.district_part``)."""
    for span in doc.spans.get("place_candidates", []):
        k = span.start - 1 - (span.start > 1 and doc[span.start - 1].is_space)
        if k >= 0 and (found := gazetteers.district_part(doc[k].text, span.id_ or span.text)) is not None:
            yield Span(doc, k, span.end, label="REGION", span_id=found.name)


def iter_area_compounds(doc: Doc):
    """(token, name) of each "Oslo-området", "Raudbergfjell-området" in the text."""
    if not _AREA_WORD.search(doc_text(doc)):
        return  # most texts: no token to look at
    for token in doc:
        match = AREA_COMPOUND.match(token.text) if "-" in token.text else None
        if match is not None:
            yield token, match["name"]
