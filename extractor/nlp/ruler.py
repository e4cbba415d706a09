"""``guarded_span_ruler``: spaCy's SpanRuler that skips its token Matcher on a Doc none of the
token patterns can match.

spaCy's Matcher starts every pattern at every token and evaluates REGEX and IN predicates in
Python, so it costs the same on a table cell without a digit as on a page of figures. For each
token pattern the guard takes one required token (the most selective one: a REGEX, else the
longest literal) and the Matcher runs only when some pattern's guard token can be in the Doc:
a literal ORTH/LOWER (or one of an IN list) among the Doc's tokens, or a REGEX (its ``^``/``$``
anchors dropped) found in the Doc's text (lower-cased text for LOWER). That is a necessary
condition for a match, so the spans are those of ``span_ruler``. A pattern with no such token
(only IS_ALPHA, IS_SPACE, ... or only optional tokens) makes the Matcher always run.

Patterns of literal tokens only (a phrase, "Nordre" + optional whitespace + "Follo") do not go
to spaCy's matchers at all: ``literals.LiteralIndex`` finds the same matches through a lookup
table, for a fraction of the memory. ``patterns`` then lists the patterns the matchers hold.

Where it runs, it runs only around the tokens that can be a guard token: a match holds one
and is at most ``reach`` tokens long (the longest pattern, optional tokens counted), so it
lies within ``reach - 1`` tokens either side of one. A Doc that names one place of a
several-word pattern ("Asker") no longer sends every token through 500 place patterns.

Only the guard tokens of patterns that can match at all count there: a pattern whose required
tokens are not all among the Doc's words (a number but no "%", "kr" or "plasser": a table
cell of figures for the quantity patterns) cannot match. Each distinct word is tested once
against every required token's text condition (``Guard.needs``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler
from spacy.tokens import Doc, Span

from extractor.caches import WORD_CACHE
from extractor.nlp.components import doc_text
from extractor.nlp.literals import LiteralIndex, token_pattern_to_elements

_TEXT_KEYS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER"}
_OPTIONAL_OPS = frozenset({"?", "*", "!"})
_REGEX_SCORE = 4  # a REGEX token (a number shape, "-plass") beats literals shorter than 4
# A REGEX that spells a word ("^årsverk(?:et|ene)?$") beats a number shape in the same pattern:
# numbers stand on every page of a report, "årsverk" on a few, and the Matcher runs around
# each guard token. (Among word REGEXes the first stays: "bedrift\\w*" spells a long word and
# is common.)
_WORD_REGEX_SCORE = _REGEX_SCORE + 1
_WORD = re.compile(r"[^\W\d_]{3,}")  # three letters in a row, escapes ("\\d", "\\w") removed first
_ESCAPE = re.compile(r"\\.")
MASKS_MAX = 4 * WORD_CACHE  # distinct words (by attr) a guard keeps its tests' answers for


@dataclass(frozen=True)
class Guard:
    """What a Doc must hold for the token patterns to have a chance; ``always``: no guard."""

    orth: frozenset[int] = frozenset()
    lower: frozenset[int] = frozenset()
    text_regex: re.Pattern | None = None
    lower_regex: re.Pattern | None = None
    always: bool = False
    reach: int | None = None  # the most tokens a pattern can match; None: no bound
    # every required token's text conditions, numbered: (ORTH|LOWER, "literal", hashes) or (.., "regex", re)
    tests: tuple[tuple[int, str, object], ...] = ()
    # per pattern (the bits of ``tests`` it needs, the bit of its guard token's test)
    needs: tuple[tuple[int, int], ...] = ()
    # token text hash -> the bits of ``tests`` that token meets, by attr; filled as Docs come
    masks: dict = field(default_factory=lambda: {ORTH: {}, LOWER: {}}, compare=False, repr=False)

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges that hold every match: around each guard token of a pattern whose
        required tokens are all in the Doc (empty where ``may_match`` is false)."""
        n = len(doc)
        if self.always or self.reach is None:  # no bound on a match's length: the whole Doc, if any
            return [(0, n)] if n and self.may_match(doc) else []
        if not self.may_match(doc):  # the cheap test first: a guard literal among its words, a regex in its text
            return []
        live = self._live_guards(doc)
        hits: list[int] = []
        for attr in (LOWER, ORTH) if live else ():
            masks = self.masks[attr]  # every distinct word of the Doc is in it (``_live_guards``)
            if any(test[0] == attr and live >> bit & 1 for bit, test in enumerate(self.tests)):
                hits += [i for i, v in enumerate(doc.to_array(attr).tolist()) if masks[v] & live]
        out: list[tuple[int, int]] = []
        for i in sorted(set(hits)):
            lo, hi = max(0, i - self.reach + 1), min(n, i + self.reach)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out

    def _live_guards(self, doc: Doc) -> int:
        """The bits of the guard tokens' tests of the patterns whose every required token's
        test some word of the Doc meets."""
        met, strings = 0, doc.vocab.strings
        for attr in (LOWER, ORTH):
            masks = self.masks[attr]
            if len(masks) >= MASKS_MAX:
                masks.clear()
            for v in doc.count_by(attr):
                if (mask := masks.get(v)) is None:
                    mask = masks[v] = self._mask(attr, v, strings[v])
                met |= mask
        return sum({guard for need, guard in self.needs if need & met == need})

    def _mask(self, attr: int, value: int, text: str) -> int:
        mask = 0
        for bit, (test_attr, kind, test) in enumerate(self.tests):
            if test_attr == attr and (value in test if kind == "literal" else test.search(text)):
                mask |= 1 << bit
        return mask

    def may_match(self, doc: Doc) -> bool:
        if self.always:
            return True
        if self.lower and not self.lower.isdisjoint(doc.count_by(LOWER)):
            return True
        if self.orth and not self.orth.isdisjoint(doc.count_by(ORTH)):
            return True
        if self.text_regex is None and self.lower_regex is None:
            return False
        text = doc_text(doc)
        if self.text_regex is not None and self.text_regex.search(text):
            return True
        return self.lower_regex is not None and bool(self.lower_regex.search(text.lower()))


def _is_optional(spec: dict) -> bool:
    op = spec.get("OP")
    return op in _OPTIONAL_OPS or (isinstance(op, str) and op.startswith("{") and op[1:2] in (",", "0"))


def _unanchored(regex: str) -> str:
    if regex.startswith("^"):
        regex = regex[1:]
    if regex.endswith("$") and not regex.endswith("\\$"):
        regex = regex[:-1]
    return regex


def spec_conditions(spec: dict) -> list[tuple[int, str, str, object]]:
    """(score, attr ORTH|LOWER, kind literal|regex, values or the pattern's regex) for each text
    condition of one token spec: a token the spec matches meets every one."""
    found = []
    for key, attr in _TEXT_KEYS.items():
        value = spec.get(key)
        if isinstance(value, str):
            found.append((len(value), attr, "literal", (value,)))
        elif isinstance(value, dict) and isinstance(value.get("IN"), list) and value["IN"]:
            values = tuple(str(v) for v in value["IN"])
            found.append((min(map(len, values)), attr, "literal", values))
        elif isinstance(value, dict) and isinstance(value.get("REGEX"), str) and len(value) == 1:
            found.append((regex_score(value["REGEX"]), attr, "regex", value["REGEX"]))
    return found


def spec_to_guard(spec: dict) -> tuple[int, str, str, object] | None:
    """(score, attr ORTH|LOWER, kind literal|regex, values or regex) for one required token
    spec, None when it has no text condition to guard on; a regex without its anchors (it is
    searched in the Doc's text)."""
    best = None
    for found in spec_conditions(spec):
        if best is None or found[0] > best[0]:
            best = found
    if best is not None and best[2] == "regex":
        best = (*best[:3], _unanchored(best[3]))
    return best


def regex_score(regex: str) -> int:
    """How selective a REGEX token is as a guard: more when it spells a word."""
    return _WORD_REGEX_SCORE if _WORD.search(_ESCAPE.sub(" ", regex)) else _REGEX_SCORE


def pattern_to_guard(pattern: list[dict]) -> tuple[int, str, str, object] | None:
    """The most selective required token of a token pattern, None when none can be guarded."""
    found = [g for spec in pattern if not _is_optional(spec) and (g := spec_to_guard(spec))]
    return max(found, key=lambda g: g[0]) if found else None


def pattern_reach(pattern: list[dict]) -> int | None:
    """The most tokens ``pattern`` can match, None when a quantifier has no bound."""
    total = 0
    for spec in pattern:
        op = spec.get("OP")
        if op is None or op in ("?", "!"):
            total += 1
        elif isinstance(op, str) and (m := re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)) and (m[3] or m[1] and not m[2]):
            total += int(m[3] or m[1])  # "{n}", "{n,m}", "{,m}"; "{n,}" has no bound
        else:
            return None
    return total


def patterns_to_guard(patterns: Iterable[list[dict]], vocab) -> Guard:
    orth, lower, text_rx, lower_rx = set(), set(), [], []
    patterns = list(patterns)
    reaches = [pattern_reach(p) for p in patterns]
    reach = None if None in reaches else max(reaches, default=1)
    tests: dict[tuple, int] = {}  # (attr, kind, hashes or regex source) -> its bit

    def bit_of(attr: str, kind: str, value) -> int:
        key = (ORTH if attr == "ORTH" else LOWER, kind,
               frozenset(vocab.strings.add(v) for v in value) if kind == "literal" else value)
        return 1 << tests.setdefault(key, len(tests))

    needs = set()
    for pattern in patterns:
        guard = pattern_to_guard(pattern)
        if guard is None:
            return Guard(always=True)
        _, attr, kind, value = guard
        if kind == "literal":
            (lower if attr == "LOWER" else orth).update(vocab.strings.add(v) for v in value)
        else:
            (lower_rx if attr == "LOWER" else text_rx).append(value)
        required = [spec for spec in pattern if not _is_optional(spec)]
        best = max((c for spec in required for c in spec_conditions(spec)), key=lambda c: c[0])
        needs.add((sum({bit_of(*c[1:]) for spec in required for c in spec_conditions(spec)}), bit_of(*best[1:])))

    def compile_any(sources: list[str]) -> re.Pattern | None:
        return re.compile("|".join(f"(?:{s})" for s in dict.fromkeys(sources))) if sources else None

    compiled = tuple((attr, kind, value if kind == "literal" else re.compile(value)) for attr, kind, value in tests)
    return Guard(frozenset(orth), frozenset(lower), compile_any(text_rx), compile_any(lower_rx), reach=reach,
                 tests=compiled, needs=tuple(sorted(needs)))


class GuardedSpanRuler(SpanRuler):
    """SpanRuler whose token Matcher runs only where the ``Guard`` allows a match, and whose
    literal patterns are matched by a ``LiteralIndex``."""

    _guard: Guard | None = None

    def add_patterns(self, patterns) -> None:
        phrase_attr = {None: ORTH, "ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER}.get(
            self.phrase_matcher_attr.upper() if isinstance(self.phrase_matcher_attr, str) else None)
        rest, phrases = [], []
        for entry in patterns:
            pattern = entry["pattern"]
            if isinstance(pattern, str) and phrase_attr is not None:
                phrases.append(entry)
            elif isinstance(pattern, list) and (elements := token_pattern_to_elements(pattern)) is not None:
                self._literals.add(self._match_key(entry), elements)
            else:
                rest.append(entry)
        for entry, doc in zip(phrases, self._phrase_docs([e["pattern"] for e in phrases])):
            self._literals.add(self._match_key(entry), [(phrase_attr, t.lower if phrase_attr == LOWER else t.orth)
                                                        for t in doc])
        super().add_patterns(rest)
        self._guard = None

    def _match_key(self, entry: dict) -> int:
        """The match id span_ruler gives a pattern, mapped to its label and id as span_ruler does."""
        label, id_ = entry["label"], entry.get("id", "")
        key = self.nlp.vocab.strings.add(repr((label, id_)))  # stored, as the matchers store theirs
        self._match_label_id_map[key] = {"label": label, "id": id_}
        return key

    def _phrase_docs(self, texts: list[str]) -> list[Doc]:
        """Phrases tokenised as span_ruler does: by the pipeline up to this component."""
        names = [name for name, _ in self.nlp.pipeline]
        index = next((i for i, (_, pipe) in enumerate(self.nlp.pipeline) if pipe is self), len(names))
        with self.nlp.select_pipes(disable=names[index:]):
            return list(self.nlp.pipe(texts))

    def clear(self) -> None:
        super().clear()
        self._literals = LiteralIndex()
        self._guard = None

    def remove(self, label: str) -> None:
        keys = {k for k, v in self._match_label_id_map.items() if v["label"] == label}
        self._literals.remove_keys(keys)
        super().remove(label)
        self._guard = None

    def remove_by_id(self, pattern_id: str) -> None:
        keys = {k for k, v in self._match_label_id_map.items() if v["id"] == pattern_id}
        removed = self._literals.remove_keys(keys)
        if not removed or any(p.get("id") == pattern_id for p in self._patterns):
            super().remove_by_id(pattern_id)  # raises for an unknown id, as span_ruler does
        self._guard = None

    def __len__(self) -> int:
        return super().__len__() + len(self._literals)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted(set(super().labels) | {self._match_label_id_map[k]["label"] for k in self._literals.keys()}))

    @property
    def ids(self) -> tuple[str, ...]:
        found = set(super().ids) | {self._match_label_id_map[k]["id"] for k in self._literals.keys()}
        return tuple(sorted(i for i in found if i))

    @property
    def guard(self) -> Guard:
        if self._guard is None:
            token_patterns = [p["pattern"] for p in self.patterns if not isinstance(p["pattern"], str)]
            self._guard = patterns_to_guard(token_patterns, self.nlp.vocab)
        return self._guard

    def match(self, doc: Doc):
        # Skipping an empty matcher also skips spaCy's warning about it, and the
        # warnings.catch_warnings that SpanRuler.match pays on every Doc.
        matches = self._literals(doc)
        if len(self.matcher):
            for lo, hi in self.guard.windows(doc):
                matches.extend((m, lo + s, lo + e) for m, s, e in self.matcher(doc[lo:hi]))
        if len(self.phrase_matcher):
            matches.extend(self.phrase_matcher(doc))
        labels = self._match_label_id_map
        spans = {Span(doc, start, end, label=labels[m_id]["label"], span_id=labels[m_id]["id"])
                 for m_id, start, end in matches if start != end}
        return sorted(spans)


@Language.factory(
    "guarded_span_ruler",
    assigns=["doc.spans"],
    default_config={
        "spans_key": "ruler",
        "spans_filter": None,
        "annotate_ents": False,
        "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
        "phrase_matcher_attr": None,
        "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
        "validate": False,
        "overwrite": True,
        "scorer": {"@scorers": "spacy.overlapping_labeled_spans_scorer.v1", "spans_key": "ruler"},
    },
)
def make_guarded_span_ruler(nlp: Language, name: str, spans_key, spans_filter, annotate_ents, ents_filter,
                            phrase_matcher_attr, matcher_fuzzy_compare, validate, overwrite, scorer):
    return GuardedSpanRuler(
        nlp, name, spans_key=spans_key, spans_filter=spans_filter, annotate_ents=annotate_ents,
        ents_filter=ents_filter, phrase_matcher_attr=phrase_matcher_attr,
        matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate, overwrite=overwrite, scorer=scorer,
    )
