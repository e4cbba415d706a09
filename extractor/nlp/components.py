"""Our spaCy pieces for Norwegian report text: tokenizer fixes and named pipeline components.

Registered by name on import: the tokenizer ``extractor.nb_tokenizer.v1`` and the components
``merge_number_groups`` and ``model_ents`` (``place_context`` is in ``place_spans``); the rulers
are spaCy's ``span_ruler`` with a guard (``guarded_span_ruler``, see ruler.py) loaded from
``patterns/*.jsonl`` (see pipeline.py).

Besides the groups listed in ``extractor.nlp``: ``quantities`` also holds PERCENT_RANGE
("10–20 %" -> (10.0, 20.0)), PERCENT_SPLIT ("91, 45%" -> 91.45, an OCR reading the caller
accepts only for OCR text; the plain reading is the last number) and PERCENT_POINTS ("3 % poeng",
kept out of PERCENT).
"""
from __future__ import annotations

import re

from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

from extractor import parse
from extractor.nlp.marks import SUPERSCRIPT

# No-break, narrow no-break, thin and figure spaces: thousands separators and layout glue.
_SPACE_MAP = str.maketrans({c: " " for c in "\u00a0\u202f\u2009\u2007\u2008"})
_EXTRA_SUFFIXES = (
    r"(?<=[0-9]{3})\.",  # "2022." "31.12.2022." -> the number + "."; "13." (ordinal) stays whole
    r"(?<=[0-9]\.[0-9]{2})\.",  # "31.12.22."
    r"(?<=,[0-9])\.", r"(?<=,[0-9]{2})\.",  # "var 14,5." "33,16." -> the decimal + "." (never an ordinal)
    r"(?<=[0-9]),[-\u2013]{1,2}",  # "863,-" -> "863" ",-"
    # a footnote mark set close after a word: "Dahl¹)" -> "Dahl" "¹)" ("km²" keeps its unit: two letters)
    rf"(?<=[^\W\d_]{{3}}){SUPERSCRIPT}\)?",
)
# "50%-stilling" -> "50" "%" "-stilling", as "50 %-stilling" is read; "40-prosentstilling" ->
# "40" "-" "prosentstilling".
_EXTRA_INFIXES = (r"(?<=[0-9])[%％](?=-)", r"(?<=[0-9])-(?=[Pp]rosent)")
# Thousands groups "16 917 863" (optionally ",50" decimals); not part of a longer digit run.
# Not before "%": "41 100 %" in flattened table text is two cells far more often than 41 100 %.
_NUMBER_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])(?!\s?(?:%|prosent|pst))")
# The span labels of places: a span with one has a place name as its value (``span_value``).
PLACE_LABELS = ("KOMMUNE", "FYLKE", "REGION", "LAND", "POSTSTED", "UTLAND")

DOC_TEXT = "extractor.text"  # Doc.user_data key of the Doc's text (tokenising and merging keep it)


def doc_text(doc: Doc) -> str:
    """``doc.text`` without joining every token again (Doc.text does that on each access)."""
    text = doc.user_data.get(DOC_TEXT)
    return text if text is not None else doc.text


class NormalisingTokenizer:
    """spaCy's nb tokenizer after mapping exotic spaces to " " (same length, so offsets hold)."""

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        text = text.translate(_SPACE_MAP)
        doc = compact(self.inner(text))
        doc.user_data[DOC_TEXT] = text  # what doc.text would join from the tokens again per access
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # vocab, rules, explain ... from the wrapped tokenizer
        if name == "inner":  # not set yet (unpickling): no recursion through __getattr__
            raise AttributeError(name)
        return getattr(self.inner, name)


COMPACT_MIN_TOKENS = 21  # a new Doc holds room for 20 tokens: smaller ones gain nothing


def compact(doc: Doc) -> Doc:
    """The same tokens in a Doc of their own size. spaCy's tokenizer doubles a Doc's token array
    as it fills (20, 40, 80, ...): a third of it stood empty, ~6 MB on a 350-page book."""
    if len(doc) < COMPACT_MIN_TOKENS:
        return doc
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    out.from_array([NORM], doc.to_array([NORM]))  # a special case's norm, as the tokenizer set it
    return out


@registry.tokenizers("extractor.nb_tokenizer.v1")
def create_nb_tokenizer():
    def make_tokenizer(nlp: Language) -> NormalisingTokenizer:
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        suffixes = list(nlp.Defaults.suffixes or []) + list(_EXTRA_SUFFIXES)
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        tokenizer.infix_finditer = _infix_finditer(nlp)
        _add_special_cases(tokenizer)
        return NormalisingTokenizer(tokenizer)

    return make_tokenizer


def tune_tokenizer(nlp: Language) -> None:
    """Apply the same fixes to a loaded (trained) pipeline's tokenizer."""
    inner = nlp.tokenizer.inner if isinstance(nlp.tokenizer, NormalisingTokenizer) else nlp.tokenizer
    suffixes = list(nlp.Defaults.suffixes or []) + list(_EXTRA_SUFFIXES)
    inner.suffix_search = compile_suffix_regex(suffixes).search
    inner.infix_finditer = _infix_finditer(nlp)
    _add_special_cases(inner)
    nlp.tokenizer = NormalisingTokenizer(inner)


def _infix_finditer(nlp: Language):
    return compile_infix_regex(list(nlp.Defaults.infixes or []) + list(_EXTRA_INFIXES)).finditer


# "%-poeng" (percentage points) must not read as "%" + "-poeng", which would make a PERCENT;
# "frk." before a name is a title, not the end of a sentence ("Bestyrerinne har vært frk. Anna Moe").
_ONE_TOKEN = ("%-poeng", "%-poenget", "%-poengs", "frk.", "Frk.", "hr.", "Hr.")


def _add_special_cases(tokenizer) -> None:
    for text in _ONE_TOKEN:
        tokenizer.add_special_case(text, [{"ORTH": text}])


@Language.component("merge_number_groups", retokenizes=True)
def merge_number_groups(doc: Doc) -> Doc:
    """Make "16 917 863" one token, so number patterns see one number.

    Any run of 1-3 digits followed by space-separated groups of exactly 3 digits is merged,
    also without a following ",-" or "kr": in report text such runs are thousands far more
    often than two numbers side by side. Table cells come through ingest one by one and are
    not affected.
    """
    spans = []
    for match in _NUMBER_GROUPS.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is not None and len(span) > 1:
            spans.append(span)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


@Language.component("model_ents", requires=["doc.ents"], assigns=["doc.spans"])
def model_ents(doc: Doc) -> Doc:
    """Copy a trained model's entities to ``doc.spans["model_ents"]`` as extra evidence."""
    doc.spans["model_ents"] = SpanGroup(doc, name="model_ents", spans=list(doc.ents))
    return doc


# --- parsed values on spans -------------------------------------------------------------------

def _first_number(span: Span) -> float | None:
    first = span[0].text
    value = parse.parse_number(first)
    return float(value) if value is not None else (None if (w := parse.parse_int_word(first)) is None else float(w))


_DAY_MONTH = re.compile(r"^\d{1,2}\.\d{1,2}\.?(?:\d{2}|\d{4})?$")


def _any_number(span: Span) -> float | None:
    """The number in a labelled count: "38,5 årsverk" and "Antall årsverk: 38,5" -> 38.5; none
    for a year that labels the figures after it ("Antall årsverk: 2023: 14,5 – 2022: 13,0")."""
    doc = span.doc
    for token in span:
        if token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
            continue
        if _DAY_MONTH.match(token.text) and any(t.text[:1].isdigit() for t in doc[token.i + 1:span.end]):
            continue  # "Antall årsverk 31.12.: 14,5": the date the count is taken at
        if token.text[:1].isdigit() and (value := parse.parse_number(token.text)) is not None:
            return float(value)
    return None


def _number_word(span: Span) -> float | None:
    """A count in words, the last before the noun: "har tolv ansatte" -> 12, "har ein tilsett" -> 1,
    "har to avdelinger med tolv ansatte" -> 12."""
    return next((float(w) for token in reversed(span) if token.is_alpha
                 and (w := parse.parse_int_word(token.text)) is not None), None)


def _persons_arsverk(span: Span) -> tuple[int, float] | None:
    """ "41 personer fordelt på 33,16 årsverk" -> (41, 33.16): the head count and its person-years."""
    persons, years = parse.parse_number(span[0].text), parse.parse_number(span[-2].text)
    return None if persons is None or years is None or persons != int(persons) else (int(persons), float(years))


_RANGE = re.compile(r"^(?P<lo>[-\u2212]?\d+(?:[.,]\d+)?)\s*(?:[-\u2013\u2014]|til|og|eller)\s*(?P<hi>.+)$",
                    re.IGNORECASE | re.DOTALL)
_SPLIT_DECIMAL = re.compile(r"^(?P<whole>\d{1,3}),\s+(?P<frac>\d+)(?P<unit>.*)$", re.DOTALL)


def _percent_range(span: Span) -> tuple[float, float] | None:
    """ "10–20 %", "10 til 20 prosent" -> (10.0, 20.0); the first number takes the second's unit."""
    match = _RANGE.match(span.text)
    if match is None:
        return None
    hi = parse.parse_percent(match["hi"])
    lo = parse.parse_percent(match["lo"] + "%")
    return None if hi is None or lo is None else (lo, hi)


def _split_decimal(span: Span) -> float | None:
    """ "91, 45%" read as 91,45 % (OCR put a space after the decimal comma)."""
    match = _SPLIT_DECIMAL.match(span.text)
    return None if match is None else parse.parse_percent(f"{match['whole']},{match['frac']}{match['unit']}")


_VALUE_GETTERS = {
    "PERCENT": lambda s: parse.parse_percent(s.text),
    "PERCENT_RANGE": _percent_range,
    "PERCENT_SPLIT": _split_decimal,
    "PERCENT_POINTS": _first_number,
    "ADRESSE": lambda s: s.text,
    "MONEY": lambda s: parse.parse_amount(s.text),
    "DATE": lambda s: parse.parse_date(s.text),
    "MONTH_YEAR": lambda s: parse.parse_month_year(s.text),
    "PLACES_COUNT": lambda s: None if (v := _first_number(s)) is None else int(v),
    "ARSVERK": lambda s: _any_number(s),
    "EMPLOYEES": lambda s: None if (v := _any_number(s) or _number_word(s)) is None or v != int(v) else int(v),
    "PERSONS_ARSVERK": lambda s: _persons_arsverk(s),
    "PROGRAM": lambda s: s.id_,
    "PROGRAM_HISTORIC": lambda s: s.id_,
    "ROLE": lambda s: s.id_,
    "EMPLOYEE_ELECTED": lambda s: True,
}


def span_value(span: Span):
    """The parsed value of a span by its label: number, date, role code or canonical place name."""
    if span.label_ in PLACE_LABELS:
        return span.id_ or span.text
    getter = _VALUE_GETTERS.get(span.label_)
    return getter(span) if getter else None


if not Span.has_extension("value"):
    Span.set_extension("value", getter=span_value)
