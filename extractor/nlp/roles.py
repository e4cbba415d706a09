"""Role words in board listings to Brønnøysund role codes (LEDE, NEST, MEDL, VARA, OBS, DAGL).

The role phrases live in ``patterns/roles.jsonl`` (label ROLE, id = code; also the employee
qualifiers, club functions, unit heads, non-board titles, organs and occupations, see
``word_kind`` and ``title_words``); the pipeline's ``role_spans`` component finds them through
the functions here, so the span labels and ``role_code`` never disagree.

Confidence of ``role_code``: 1.0 for a listed phrase (after case-folding and stripping
punctuation), 0.95 for an inflected form found through simplemma or a genitive "-s", 0.9 for a
listed phrase inside a longer text ("Per Olsen, styreleder"), and 0.85 x fuzzy score / 100 for
a typo ("styrelleder"). Fuzzy matching is limited to single tokens of at least 6 letters with
score >= 88, so "styret" or "medlemmer" of other things do not become roles.

Lemmas come from ``patterns/role_lemmas.json``, made from simplemma's nb/nn dictionaries by
``scripts/make_patterns.py``: loading those dictionaries costs ~0.5 s CPU, more than the rest of
a short report, so simplemma itself is asked only about the rare words the table cannot settle.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from extractor.caches import WORD_CACHE
from extractor.nlp.vocab import alternation

FUZZY_MIN_SCORE = 88
FUZZY_MIN_LETTERS = 6
ROLE_CODES = ("LEDE", "NEST", "MEDL", "VARA", "OBS", "DAGL")
# Listed as roles in their base form only: inflected ("medlemmer", "lederen") they are too often
# about something other than this board. English "chair" heads any committee, as "leder" does.
# A county branch's chair: the board's only in that branch's own report (a local branch's names its county's)
REGIONAL_CHAIRS = ("fylkesleder", "fylkesleiar")
GENERIC_WORDS = frozenset({"medlem", "leder", "leiar", "formann", "direktør", "vara", "president", "presidenten",
                           "mr-leder", "mr-leiar",  # a parish council's leader: the board only in its own report
                           *REGIONAL_CHAIRS,  # a county branch's leader: likewise
                           "chair", "chairman", "chairperson",
                           "jođiheaddji"})  # North Sámi "leader": the chair or the daglig leder by context


_KEY_DROPS = re.compile(r"[.:;,()\[\]*/|\u2013\u2014]")
_SPACES = re.compile(r"\s+")
_FOR_WHOM = re.compile(r" (?:for|etter|til|fra) ")  # "varamedlem for X"


@lru_cache(maxsize=WORD_CACHE)
def _key(text: str) -> str:
    """Case-folded, dots and colons dropped, one space: "Adm. dir.:" -> "adm dir"."""
    if text.isalpha() and unicodedata.is_normalized("NFKC", text):
        return text.casefold()  # a plain word, as most tokens are: nothing to drop
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", _KEY_DROPS.sub(" ", text)).strip(" -")


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, ...]:
    text = resources.files("extractor.nlp.patterns").joinpath("roles.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def _role_forms() -> dict[str, str]:
    """Normalised phrase -> role code."""
    return {_key(p["pattern"]): p["id"] for p in _patterns() if p["label"] == "ROLE"}


# Words beside the board roles (see roles.jsonl): FUNCTION (a club officer: "kasserer",
# "økonomiansvarlig"; MEDL when listed as the board), HEAD (a unit head: "avdelingsleder"; the
# daglig leder only when no other is named), NOT_BOARD ("revisor", "æresmedlem", "trener"; id UNION: a
# trade union after its representative, "Siri Holm, Fagforbundet") and BODY (an organ: BOARD "styret",
# "hovedstyret"; OTHER "valgkomiteen", "kontrollutvalg"). NO_ROLE: a word an ending above would
# take that is none of these (nn "oppnemnd", appointed, is no "-nemnd" committee).
OTHER_KINDS = ("FUNCTION", "HEAD", "NOT_BOARD", "BODY")
NO_ROLE = "NO_ROLE"


@lru_cache(maxsize=1)
def _other_forms() -> tuple[dict[str, tuple[str, str]], tuple[tuple[str, str, str, bool], ...]]:
    """(normalised phrase -> (kind, id), or None for a NO_ROLE word; ((suffix, kind, id, may
    stand alone), ...))."""
    exact, suffixes = {}, []
    for p in _patterns():
        if p["label"] == NO_ROLE:
            exact[_key(p["pattern"])] = None
            continue
        if p["label"] not in OTHER_KINDS:
            continue
        if p.get("match") == "suffix":
            suffixes.append((p["pattern"], p["label"], p["id"], bool(p.get("alone"))))
        else:
            exact[_key(p["pattern"])] = (p["label"], p["id"])
    return exact, tuple(suffixes)


@lru_cache(maxsize=1)
def _other_endings() -> tuple[str, ...]:
    return tuple(suffix for suffix, *_ in _other_forms()[1])


@lru_cache(maxsize=WORD_CACHE)
def word_kind(text: str) -> tuple[str, str] | None:
    """(kind, id) of a FUNCTION, HEAD, NOT_BOARD or BODY phrase, None for anything else:
    "Kasserer:" -> ("FUNCTION", "MEDL"), "Valgkomiteen" -> ("BODY", "OTHER"),
    "web-ansvarlig" -> ("FUNCTION", "MEDL") by its ending."""
    key = _key(text or "")
    exact, suffixes = _other_forms()
    if key in exact:
        return exact[key]
    if " " in key or not key or not key.endswith(_other_endings()):  # most words end in none
        return None
    for suffix, kind, id_, alone in suffixes:
        if key.endswith(suffix) and (alone or len(key) > len(suffix) + 2):
            return kind, id_
    return None


_GENERIC_PLURALS = {"medlemmer": "MEDL", "medlemmene": "MEDL", "medlemar": "MEDL", "medlemmar": "MEDL",
                    "medlemmane": "MEDL", "medlemane": "MEDL", "medlemer": "MEDL", "medlemene": "MEDL"}  # nn too


def generic_plural(text: str) -> str | None:
    """MEDL for "medlemmer"/"medlemmane": a role only where the text is about the board
    ("Øvrige medlemmer er ..."), so never from ``role_code``."""
    return _GENERIC_PLURALS.get(_key(text or ""))


@lru_cache(maxsize=1)
def _employee_forms() -> tuple[str, ...]:
    return tuple(_key(p["pattern"]) for p in _patterns() if p["label"] == "EMPLOYEE_ELECTED")


@lru_cache(maxsize=1)
def _fuzzy_forms() -> tuple[str, ...]:
    return tuple(f for f in _role_forms() if " " not in f and len(f) >= FUZZY_MIN_LETTERS)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Every word of a listed role phrase ("styreleder", "daglig", "leder", ...)."""
    return frozenset(w for form in _role_forms() for w in form.split(" "))


# Words of role phrases that are no title ("var ikkje på val": a sitting member). A title's
# inflections are no use for them, and in the lemma table they sent hyphenated words such as
# "ikke-eksisterende" to simplemma (0.5 s and 57 MB on the first such word of a batch).
PREDICATE_WORDS = frozenset({"er", "var", "ikke", "ikkje", "på", "sto", "stod", "val", "valg"})


@lru_cache(maxsize=1)
def inflected_role_words() -> frozenset[str]:
    """Role-phrase words a role inflects: ``role_words`` without ``PREDICATE_WORDS``."""
    return role_words() - PREDICATE_WORDS


@lru_cache(maxsize=1)
def _lemma_data() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(word -> role lemma, affix bases, first 4 letters of every word with a role lemma)."""
    data = _lemma_file()
    lemmas, bases = data["lemmas"], frozenset(data["affix_bases"])
    return lemmas, bases, frozenset(w[:4] for w in (*lemmas, *bases))


@lru_cache(maxsize=1)
def _lemma_file() -> dict:
    text = resources.files("extractor.nlp.patterns").joinpath("role_lemmas.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _not_roles() -> frozenset[str]:
    """Inflected long forms simplemma makes no role word of (``make_patterns.py`` asked it)."""
    return frozenset(_lemma_file().get("not_roles", ()))


_JOINERS = re.compile(r"[-_'’]")
_POSSESSIVE_END = re.compile(r"[’']s?$")


@lru_cache(maxsize=1)
def _role_stems() -> frozenset[str]:
    """Role-phrase words and each without its last one or two letters (4 letters at least)."""
    return frozenset(w[:len(w) - k] for w in inflected_role_words() for k in (0, 1, 2) if len(w) - k >= 4)


def _joined_may_be_role(token: str) -> bool:
    """Whether simplemma could make a role word of a word with a hyphen or apostrophe: the
    word without them, or one of its parts, is in the table or a base + 1-2 letters, or the
    word starts like a role word ("direktørane’", "medle-mmen"). English possessives and
    compounds ("person’s", "per-song") do not, and never load simplemma's dictionaries
    (57 MB and 0.5 s)."""
    if _POSSESSIVE_END.search(token):
        return False  # "office’s", "framers’": an English possessive, no inflection simplemma knows
    lemmas, bases, starts = _lemma_data()
    flat = _JOINERS.sub("", token)
    if flat[:4] not in starts:
        return False
    for part in (flat, *_JOINERS.split(token)):
        if part in lemmas or part[:-1] in bases or part[:-2] in bases:
            return True
    stems = _role_stems()
    return any(flat[:n] in stems for n in range(4, len(flat) + 1))


def _lemma(token: str) -> str:
    """simplemma's lemma (nb, then nn) when it is a role-phrase word; any other word comes back
    as is. The table lists every dictionary word, compound and nynorsk suffix form that
    simplemma reduces to a role word, and such a form with an inflection ending ("medlemmets");
    what it cannot list goes to simplemma itself: a word of 9+ letters that is a dictionary
    role form + 1-2 other letters, or a word with a hyphen or apostrophe that may make one
    (``_joined_may_be_role``)."""
    lemmas, bases, _ = _lemma_data()
    if token in lemmas:
        return lemmas[token]
    long_form = len(token) > 8 and (token[:-1] in bases or token[:-2] in bases) and token not in _not_roles()
    if long_form or (_JOINERS.search(token) and _joined_may_be_role(token)):
        import simplemma  # loads its dictionaries on first use, ~0.5 s

        return simplemma.lemmatize(token, lang=("nb", "nn")).casefold()
    return token


def _exact_or_inflected(key: str) -> tuple[str, float] | None:
    forms = _role_forms()
    if key in forms:
        return forms[key], 1.0
    words = key.split(" ")
    lemmas = " ".join(_lemma(w) for w in words)
    if lemmas in forms and lemmas not in GENERIC_WORDS:
        return forms[lemmas], 0.95
    if key.endswith("s") and key[:-1] in forms:
        return forms[key[:-1]], 0.95
    return None


@lru_cache(maxsize=1)
def _forms_by_first_word() -> dict[str, tuple[str, ...]]:
    by_word: dict[str, list[str]] = {}
    for form in _role_forms():
        by_word.setdefault(form.split(" ")[0], []).append(form)
    return {word: tuple(forms) for word, forms in by_word.items()}


def _within(key: str) -> tuple[str, float] | None:
    """The longest listed phrase occurring as whole words inside a longer text."""
    forms, by_word = _role_forms(), _forms_by_first_word()
    padded = f" {key} "
    candidates = {f for word in set(key.split(" ")) for f in by_word.get(word, ())}
    hits = [(len(f), padded.index(f" {f} "), f) for f in candidates if f" {f} " in padded]
    if not hits:
        return None
    # Longest phrase wins ("daglig leder" over "leder"); then the earliest.
    _, _, form = max(hits, key=lambda h: (h[0], -h[1]))
    return forms[form], 0.9


def _fuzzy(key: str) -> tuple[str, float] | None:
    if " " in key or len(key) < FUZZY_MIN_LETTERS or not key.isalpha():
        return None
    best = process.extractOne(key, _fuzzy_forms(), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
    if best is None:
        return None
    return _role_forms()[best[0]], round(0.85 * best[1] / 100, 3)


def is_role_phrase(text: str) -> bool:
    """ "Adm. direktør", "STYRELEDER": the text is a listed role phrase and nothing more."""
    return _key(text or "") in _role_forms()


def role_code(text: str) -> tuple[str, float] | None:
    """Brønnøysund role code and confidence for a role word or phrase, None when it names no role.

    "Styreleder:" -> ("LEDE", 1.0); "varamedlem for Kari Nordmann" -> ("VARA", 1.0);
    "styrelleder" -> ("LEDE", 0.82).
    """
    key = _key(text or "")
    if not key:
        return None
    key = _FOR_WHOM.split(key, maxsplit=1)[0]
    return _exact_or_inflected(key) or _within(key) or _fuzzy(key)


def is_employee_elected(text: str) -> bool:
    """True when the text says the person was chosen by the employees."""
    key = _key(text or "")
    return _employee_anywhere().search(key) is not None


@lru_cache(maxsize=1)
def _employee_anywhere() -> re.Pattern:
    """Any employee-elected phrase anywhere in a text: one search, not one per phrase."""
    forms = _employee_forms()
    return re.compile(alternation(forms) if forms else "(?!)")


def is_employee_phrase(text: str) -> bool:
    """True when the text is exactly an employee-elected phrase ("valgt av de ansatte")."""
    return _key(text or "") in _employee_forms()


@lru_cache(maxsize=1)
def _activities() -> tuple[frozenset[str], tuple[str, ...]]:
    exact = frozenset(_key(p["pattern"]) for p in _patterns() if p["label"] == "ACTIVITY" and not p.get("match"))
    suffixes = tuple(p["pattern"] for p in _patterns() if p["label"] == "ACTIVITY" and p.get("match") == "suffix")
    return exact, suffixes


@lru_cache(maxsize=4096)
def is_activity(word: str) -> bool:
    """A club group's sport or activity ("fotball", "alpint", "barneidrett"): label ACTIVITY.
    After "leder" it names a group leader ("Leder fotball"), a member of a club's main board."""
    key = _key(word or "")
    exact, suffixes = _activities()
    return key in exact or (" " not in key and key.endswith(suffixes)
                            and any(key.endswith(s) and len(key) > len(s) + 2 for s in suffixes))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Occupations written before a name ("advokat Kari Nordmann", "dr. Ola Hansen"): label TITLE."""
    return frozenset(_key(p["pattern"]) for p in _patterns() if p["label"] == "TITLE" and p.get("match") != "suffix")


@lru_cache(maxsize=1)
def _title_endings() -> tuple[str, ...]:
    return tuple(_key(p["pattern"]) for p in _patterns() if p["label"] == "TITLE" and p.get("match") == "suffix")


@lru_cache(maxsize=WORD_CACHE)
def is_title(word: str) -> bool:
    """An occupation before a name: a listed title, or a compound ending as job titles do
    ("Produksjonsleder Kari Vik", nn "Avdelingsleiar Guri Nes", "Økonomisjef Tove Heggem")."""
    key = _key(word.rstrip("."))
    return key in title_words() or (" " not in key and any(key.endswith(e) and len(key) > len(e) + 2
                                                           for e in _title_endings()))
