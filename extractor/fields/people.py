"""Person names: does a run of words look like a name, and are two spellings the same person.

A name is 2-4 capitalised tokens ("Per S. Thoresen", "Malin Sollie Nilsen", "Anne-Lise
Berg"), its first token a known first name (``gazetteers.is_first_name``) or an initial. OCR'd
first names are matched fuzzily against the same list. Two spellings are one person when the
first names agree, the surnames are close ("Thoresen"/"Thorsen", "Villa"/"Vilka") and middle
names do not contradict ("Erlandsen"/"E.").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from extractor.caches import WORD_CACHE
from extractor import gazetteers
from extractor.nlp import vocab
from extractor.nlp.roles import is_employee_elected, is_title, role_code, word_kind
from extractor.parse import LOWER_LETTERS, UPPER_LETTERS

MIN_TOKENS, MAX_TOKENS = 2, 4
FIRST_NAME_FUZZY_SCORE = 88  # OCR'd first names: "Pettcr" -> Petter
FIRST_NAME_FUZZY_MIN_LETTERS = 4
SURNAME_SCORE_SAME_FIRST = 80  # "Villa"/"Vilka" once the first names agree exactly; not "Andersen"/"Pedersen"
SIMILAR_SURNAME_SCORE = 70  # near enough to doubt both when two such names share a listing
SURNAME_SCORE = 88  # first names only close (OCR): the surname must be closer
FIRST_SCORE = 80

_STRIP = "«»\"“”„'’‘|,;:()[]*•·–—_!?"
_WORD = re.compile(rf"^[{UPPER_LETTERS}][{LOWER_LETTERS}'’]+(?:-[{UPPER_LETTERS}][{LOWER_LETTERS}'’]+)?$")
_UPPER_WORD = re.compile(rf"^[{UPPER_LETTERS}]{{2,}}(?:-[{UPPER_LETTERS}]{{2,}})?$")
_INITIAL = re.compile(rf"^[{UPPER_LETTERS}]\.(?:[{UPPER_LETTERS}]\.)?$")
_BARE_INITIAL = re.compile(rf"^[{UPPER_LETTERS}]$")
PARTICLES = frozenset({"van", "von", "de", "der", "af", "la", "le"})
# Capitalised words that start a sentence and are never part of a person's name: a name that
# runs into one ("Bente Nilsen Styret har ...") stops before it.
NOT_NAME_WORDS = frozenset({
    "styret", "styrets", "styre", "selskapet", "selskapets", "bedriften", "bedrifta", "bedriftens", "foretaket",
    "stiftelsen", "det", "den", "dette", "denne", "dei", "vi", "han", "hun", "ho", "hen", "som", "og", "men",
    "i", "på", "av", "etter", "for", "med", "til", "fra", "frå", "når", "da", "då", "der", "her", "nå", "no",
    "året", "arbeidet", "regnskapet", "ledelsen", "leiinga", "administrasjonen", "generalforsamlingen",
    "generalforsamlinga", "representantskapet", "kommunen", "fylket", "samarbeidet", "tiltaket", "deltakerne",
    "deltakarane", "ansatte", "tilsette", "resultatet", "daglig", "dagleg", "takk", "hele", "heile", "alle",
    "også", "både", "sammen", "saman", "hilsen", "helsing", "mvh", "se", "sjå", "les", "totalt", "sum",
    "tlf", "tel", "telefon", "mob", "mobil", "e-post", "epost", "faks", "org", "orgnr", "serienummer",
    "representant", "representative",  # "Ansattes representant", "Employee Representative" wrapped beside a name
})


def _not_name_word(token: str) -> bool:
    """A word no name holds: ``NOT_NAME_WORDS``, or a column's header ("Verv", "Navn": a header line
    "Verv  Navn" over a board's lines is never a person)."""
    folded = token.casefold()
    return folded in NOT_NAME_WORDS or folded in vocab.header_words()


_HOUSE_NUMBER = re.compile(r"^\d{1,3}[A-Za-z]?$")  # "11", "4b"; not a year ("2019") nor a term ("2019-21")
_TRAILING_PAREN = re.compile(r"\([^)]*\)\s*$")
_LABEL = re.compile(r"\w\s*:\s*\S")
_LIST_SEPARATOR = re.compile(r"\w\s*[,;]\s*\w")
_SPACES = re.compile(r"[\s]+")


@dataclass(frozen=True, slots=True)
class NameMatch:
    name: str  # cleaned: "Per S. Thoresen"
    start: int  # token index in the token list it was read from
    end: int
    first_name: str  # "known", "fuzzy", "initial" or "unknown"


_OCR_INITIALS = {"0.": "O."}  # a scan's "Lars 0. Bjørgen": OCR reads the initial O as a zero


@lru_cache(maxsize=WORD_CACHE)  # every token of every board line
def clean_token(token: str) -> str:
    token = unicodedata.normalize("NFKC", token).strip(_STRIP).rstrip(",;:")
    token = _OCR_INITIALS.get(token, token)
    # A sentence's full stop is not part of the last name; an initial keeps its dot ("S.").
    # Running text is read as spaCy tokens, which keep that stop as a token of its own, so a
    # name never runs on into the next sentence.
    return token[:-1] if token.endswith(".") and len(token) > 2 and token[-2].islower() else token


def is_initial(token: str) -> bool:
    return bool(_INITIAL.match(token))


def is_name_word(token: str) -> bool:
    return bool(_WORD.match(token) or _INITIAL.match(token))


@lru_cache(maxsize=1)
def _first_name_choices() -> tuple[str, ...]:
    return tuple(sorted(gazetteers.first_names()))


@lru_cache(maxsize=4096)
def first_name_evidence(token: str) -> str:
    """'known', 'fuzzy' (OCR-near a known name), 'initial' or 'unknown'."""
    if is_initial(token):
        return "initial"
    first = token.split("-")[0]
    if gazetteers.is_first_name(token) or gazetteers.is_first_name(first):
        return "known"
    if len(first) >= FIRST_NAME_FUZZY_MIN_LETTERS:
        hit = process.extractOne(first.casefold(), _first_name_choices(), scorer=fuzz.ratio,
                                 score_cutoff=FIRST_NAME_FUZZY_SCORE)
        if hit:
            return "fuzzy"
    return "unknown"


@lru_cache(maxsize=WORD_CACHE)
def _is_role_word(token: str) -> bool:
    """'Styreleder', 'Leder': a role is never part of a name (a name with a fuzzy-role look,
    such as a surname, is kept)."""
    hit = role_code(token)
    kind = word_kind(token)
    return (bool(hit) and hit[1] >= 0.95 or kind is not None and kind[0] in ("FUNCTION", "NOT_BOARD", "HEAD")
            or is_employee_elected(token))


def _title(token: str) -> str:
    """'THORESEN' -> 'Thoresen'; other tokens unchanged."""
    return "-".join(p.capitalize() for p in token.split("-")) if _UPPER_WORD.match(token) else token


def _name_run(tokens: list[str], start: int, step: int, stop_words: frozenset[str]) -> list[int]:
    """Indexes of consecutive name-like tokens from ``start`` in direction ``step``."""
    stop_words = frozenset(s.casefold() for s in stop_words)
    run: list[int] = []
    i = start
    while 0 <= i < len(tokens) and len(run) < MAX_TOKENS + 1:
        tok = tokens[i]
        # a surname in capitals, not a club's designator after its place ("Nidar BTK")
        ok = is_name_word(tok) or (_UPPER_WORD.match(tok) and len(tok) > 2 and tok not in vocab.org_kind_abbreviations())
        inner = tok in PARTICLES and run  # "Ludwig van Beethoven": only inside a run
        # "Marit N Lundby": a middle initial printed without its full stop, between name words
        inner = inner or bool(run) and _BARE_INITIAL.match(tok) and 0 <= i + step < len(tokens) \
            and bool(_WORD.match(tokens[i + step]))
        if not (ok or inner) or (_not_name_word(tok) and not inner) or is_title(tok):
            break  # "Produksjonsleder Kari Vik": an occupation, then the name
        if tok.casefold() in stop_words:
            if _surname_of_org(tokens, i, step, run, stop_words):
                run.append(i)  # "Leder: Bente Breivoll" in Breivoll IL's report: her surname, the name ends
                if step > 0:
                    break
                i += step
                continue
            break
        run.append(i)
        i += step
    while run and tokens[run[-1]] in PARTICLES:
        run.pop()
    return run if step > 0 else run[::-1]


def _surname_of_org(tokens: list[str], i: int, step: int, run: list[int], stop_words: frozenset[str]) -> bool:
    """Whether the organisation's name word at ``i`` is a person's surname: it ends the name (read
    forward, after a first name; read backward, it is the first word met, a first name before
    it) and no word of a name follows it ("Bente Breivoll" in Breivoll IL's report; not "Kari
    Dahl Breivoll IL", where the club's name runs on)."""
    if bool(run) != (step > 0):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if is_name_word(nxt) or _UPPER_WORD.match(nxt) or nxt.casefold() in stop_words:
        return False
    # a known first name just before it: "Bente Breivoll", not "Asker Produkt" (a company, Vekst Produkt's)
    first = tokens[run[0]] if run else (tokens[i - 1] if i > 0 else "")
    return first_name_evidence(first) in ("known", "initial")


def _accept(tokens: list[str], idx: list[int]) -> NameMatch | None:
    words = [_title(tokens[i]) for i in idx]
    if not MIN_TOKENS <= len(words) <= MAX_TOKENS or is_initial(words[-1]):
        return None
    if sum(not is_initial(w) for w in words) < 2 or any(_is_role_word(w) for w in words):
        return None
    if any(_not_name_word(w) for w in words if w not in PARTICLES) or words[-1] in PARTICLES:
        return None
    if any(a.casefold() == b.casefold() for a, b in zip(words, words[1:])):
        return None  # "Rysjedal Hyllestad Hyllestad": a name and a column's word twice, cells run together
    if any(vocab.is_org_kind_word(w) for w in words):
        return None  # "Skiklubb Fotball", "Nordby Vekst": a club's or company's words, no person's
    # the last word may be a surname that is also a first name ("Sigrun Elvik Aase", "Ánde Hætta Eira")
    # where no name word follows it
    ends = idx[-1] + 1 >= len(tokens) or not _WORD.match(clean_token(tokens[idx[-1] + 1]) or "")
    if any(first_name_evidence(words[k]) == "known" != first_name_evidence(words[k - 1])
           for k in range(2, len(words) - ends) if not is_initial(words[k])):
        return None  # "Ove Haugen Siv Tangen", "Kari Nordmann Ola Berg": two names run together, not one
    evidence = first_name_evidence(words[0])
    if evidence == "unknown" and any(_UPPER_WORD.match(tokens[i]) for i in idx):
        return None  # "ASVL Victor Norman": an acronym, not a name in capitals
    return NameMatch(" ".join(words), idx[0], idx[-1] + 1, evidence)


def _before_street(tokens: list[str], run: list[int]) -> list[int]:
    """``run`` without the street a house number follows: "Kari Dahl Kranveien 11" is a name and
    an address (a housing co-operative lists its officers so). A street ending many surnames share
    ("Solbakken 5") is cut only when a whole name is left ("Per Lie Solbakken 5", not "Kari Solbakken 5")."""
    after = run[-1] + 1 if run else len(tokens)
    if after >= len(tokens) or not _HOUSE_NUMBER.match(tokens[after]):
        return run
    streets, shared = vocab.street_endings()
    for k in range(1, len(run)):
        word = tokens[run[k]].casefold()
        if word.endswith(streets) and len(word) > 4 or word.endswith(shared) and k >= MIN_TOKENS:
            return run[:k]
    return run


def _club_word(token: str) -> bool:
    """"IL", "UL", "Skiklubb", "Tennisklubb", "Seilforening": a word that makes the word before it
    a club's name ("Moane IL")."""
    word = clean_token(token)
    return word in vocab.org_kind_abbreviations() or bool(_WORD.match(word)) and vocab.is_org_kind_word(word, 3)


def _before_club(tokens: list[str], run: list[int]) -> list[int]:
    """``run`` without the club named after the person: "Marte Kolstad Brekke UL", "Rune Dalby
    Tverrå Skiklubb" (a council of clubs lists each member's club so, with no comma). The club's
    place word is cut only when a whole name is left before it."""
    for k in range(MIN_TOKENS + 1, len(run)):
        if _club_word(tokens[run[k]]):
            return run[:k - 1]
    after = run[-1] + 1 if run else len(tokens)
    if len(run) > MIN_TOKENS and after < len(tokens) and _club_word(tokens[after]):
        return run[:-1]
    return run


def leading_name(tokens: list[str], start: int = 0, stop_words: frozenset[str] = frozenset()) -> NameMatch | None:
    """The name that starts at ``tokens[start]`` ("Per S. Thoresen sier ..." -> "Per S. Thoresen");
    None before a legal form ("Vestbu Forvaltning AS" is a company, however it is capitalised)."""
    run = _before_club(tokens, _before_street(tokens, _name_run(tokens, start, 1, stop_words)))
    if run and run[-1] + 1 < len(tokens) and tokens[run[-1] + 1] in vocab.legal_forms():
        return None
    for k in range(min(len(run), MAX_TOKENS), MIN_TOKENS - 1, -1):
        found = _accept(tokens, run[:k])
        if found and found.first_name != "unknown":
            return found
    return _accept(tokens, run[:MAX_TOKENS]) if len(run) <= MAX_TOKENS else None


def trailing_name(tokens: list[str], end: int, stop_words: frozenset[str] = frozenset()) -> NameMatch | None:
    """The name that ends just before ``tokens[end]``: the longest suffix of the capitalised run
    that starts with a first name ("ARBEIDSLIV Per Thorsen" -> "Per Thorsen")."""
    run = _name_run(tokens, end - 1, -1, stop_words)
    for k in range(min(len(run), MAX_TOKENS), MIN_TOKENS - 1, -1):
        found = _accept(tokens, run[-k:])
        if found and found.first_name != "unknown":
            return found
    return _accept(tokens, run) if MIN_TOKENS <= len(run) <= MAX_TOKENS else None


@lru_cache(maxsize=WORD_CACHE)  # every table cell and line is asked, often the same text again
def text_to_name(text: str) -> NameMatch | None:
    """The whole text as one name, or None ("Malin Sollie Nilsen (VTA)" -> the name; a trailing
    parenthesis, an occupation before it and a street address after it are allowed, anything
    else left over is not)."""
    text = _TRAILING_PAREN.sub("", text).strip()
    if _LIST_SEPARATOR.search(text):
        return None  # "Nordmann, Kari" or "Kari Dahl, Ola Moe": not one name as written
    if _LABEL.search(text):
        return None  # "Treasurer: Olav Lie", "Forfall: Kari Dahl": a label and what it labels, no name
    tokens = [t for t in (clean_token(t) for t in text.split()) if t]
    start = 0
    while start < len(tokens) - MIN_TOKENS and is_title(tokens[start]) and not _is_role_word(tokens[start]):
        start += 1  # "Produksjonsleiar Guri Nes": the occupation, then the name
    found = leading_name(tokens, start)
    if found and found.end == len(tokens) - 2 and _before_street(tokens, list(range(start, len(tokens) - 1))) == \
            list(range(start, found.end)):
        return found  # "Liv Tofte Furustien 7": the name and the street it lives in
    return found if found and found.end == len(tokens) else None


SURNAME_FIRST_WORDS = 2  # "Haugsvær Lie, Ivar": surname words before the comma
_TOKENS = re.compile(r"[^\s,]+|,")


def inverted_name(tokens: list[str], start: int = 0) -> NameMatch | None:
    """A name printed surname first that runs to the tokens' end ("Haugsvær Lie, Ivar", a comma its
    own token), as a register or a narrow box prints it: a surname of one or two words with no known
    first name among them, the comma, a known first name and at most one more given name. The
    name is given first-name first ("Ivar Haugsvær Lie")."""
    k = start
    while k < len(tokens) and k - start < SURNAME_FIRST_WORDS and is_name_word(tokens[k]) \
            and first_name_evidence(tokens[k]) != "known":
        k += 1
    if k == start or k + 1 >= len(tokens) or tokens[k] != "," or first_name_evidence(tokens[k + 1]) != "known":
        return None
    end = k + 2  # past the first given name, and a second one after it
    if end < len(tokens) and is_name_word(tokens[end]):
        end += 1
    if end != len(tokens) or any(_is_role_word(t) or _not_name_word(t) for t in tokens[start:end] if t != ","):
        return None
    return NameMatch(" ".join([*tokens[k + 1:end], *tokens[start:k]]), start, end, "known")


def text_to_inverted_name(text: str) -> NameMatch | None:
    """``inverted_name`` of a whole text ("Kleiven, Oddvar")."""
    return inverted_name(_TOKENS.findall(text.strip().rstrip(".")))


def split_names(text: str, count: int) -> list[NameMatch] | None:
    """A signature line of ``count`` names run together ("Kari Nordmann Ola Hansen Per Lund"),
    cut where each part is a 2-4 token name starting with a known first name or an initial."""
    tokens = [t for t in (clean_token(t) for t in text.split()) if t]

    def cut(start: int, left: int) -> list[NameMatch] | None:
        if left == 0:
            return [] if start == len(tokens) else None
        for size in range(MIN_TOKENS, MAX_TOKENS + 1):
            part = list(range(start, start + size))
            if part[-1] >= len(tokens):
                break
            found = _accept(tokens, part)
            if found and found.first_name in ("known", "initial") and (rest := cut(start + size, left - 1)) is not None:
                return [found, *rest]
        return None

    return cut(0, count) if count >= 1 else None


# --- linking spellings -----------------------------------------------------------------------

# OCR drops the Norwegian letters' marks ("Bøhn" read as "Bohn"): spellings compare without them too.
_PLAIN = str.maketrans({"ø": "o", "æ": "e", "å": "a", "é": "e", "è": "e", "ü": "u", "ö": "o", "ä": "a"})


def _key_tokens(name: str) -> list[str]:
    text = unicodedata.normalize("NFKC", name).casefold().replace(".", " ").replace("-", " ")
    return [t for t in _SPACES.split(text) if t]


def _ratio(a: str, b: str) -> float:
    return max(fuzz.ratio(a, b), fuzz.ratio(a.translate(_PLAIN), b.translate(_PLAIN)))


def _initial_compatible(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= SURNAME_SCORE


@lru_cache(maxsize=WORD_CACHE)  # every pair of spellings the board and staff readers meet
def same_person(a: str, b: str) -> bool:
    """'Per S. Thoresen' ~ 'Per Thorsen'; 'Britt Erlandsen Villa' ~ 'Britt E. Vilka'."""
    ta, tb = _key_tokens(a), _key_tokens(b)
    if len(ta) < 2 or len(tb) < 2:
        return False
    if ta == tb:
        return True
    first_exact = ta[0].translate(_PLAIN) == tb[0].translate(_PLAIN)
    if not first_exact and not (_initial_compatible(ta[0], tb[0]) or _ratio(ta[0], tb[0]) >= FIRST_SCORE):
        return False
    surname = _ratio(ta[-1], tb[-1])
    if surname < (SURNAME_SCORE_SAME_FIRST if first_exact else SURNAME_SCORE):
        return False
    mid_a, mid_b = ta[1:-1], tb[1:-1]
    # Middle names only contradict when both spellings have them and none pairs up.
    return not (mid_a and mid_b) or any(_initial_compatible(x, y) for x in mid_a for y in mid_b)


def name_fullness(name: str) -> tuple[int, bool, int]:
    """Sort key for the fullest spelling: more written-out names (the parts of "Anne-Lise"
    count), then the hyphenated form ("Anne-Lise Berg" over "Anne Lise Berg"), then more words."""
    words = name.split()
    return sum(len(w.split("-")) for w in words if not is_initial(w)), "-" in name, len(words)


def similar_names(a: str, b: str) -> bool:
    """Close enough to be one person misread: the same first name and a near surname
    ("Kari Andersen" / "Kari Pedersen"), or ``same_person``."""
    ta, tb = _key_tokens(a), _key_tokens(b)
    if len(ta) < 2 or len(tb) < 2:
        return False
    return same_person(a, b) or (ta[0] == tb[0] and fuzz.ratio(ta[-1], tb[-1]) >= SIMILAR_SURNAME_SCORE)


def group_names(names: list[str], apart=None) -> list[list[int]]:
    """Indexes of ``names`` grouped by person: a chain of close spellings is one, except that
    two names ``apart(i, j)`` says are different people (two names in one listing) never end
    in one group. Closest pairs are joined first."""
    pairs = sorted(((fuzz.ratio(names[i].casefold(), names[j].casefold()), j, i)
                    for i in range(len(names)) for j in range(i) if same_person(names[i], names[j])), reverse=True)
    members = {i: {i} for i in range(len(names))}
    root = list(range(len(names)))
    for _, j, i in pairs:
        a, b = root[i], root[j]
        if a == b or (apart and any(apart(x, y) for x in members[a] for y in members[b])):
            continue
        members[a] |= members.pop(b)
        for k in members[a]:
            root[k] = a
    return [sorted(group) for _, group in sorted(members.items())]
