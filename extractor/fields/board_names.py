"""The name a role word points to on one line (see ``board_mentions.Line``), and the names listed
with it: forward ("Styreleder: Kari Nordmann", "Styreleder ....... Kari Nordmann"), backward
("Kari Nordmann, styreleder", "Kari Nordmann (styreleder)"), the names after a plural role
("Varamedlemmer: Ola Hansen, Kari Dahl og Per Lund") and before one, past what stands between a
role and a name (OCR debris, titles, dates, term remarks, a home place, a municipality's seat).
The names listed with the first are ``board_name_lists``'. ``board_lines`` pairs the roles and
names of a line with these; whose a role is (the organisation it names) is ``board_owners``'s.
"""
from __future__ import annotations

import re

from extractor.fields.board_asides import (AFFILIATION_ENDS, AFFILIATION_WORDS, before_home_place, before_occupation,
                                          before_open_bracket)
from extractor.fields.board_mentions import SENTENCE_END, Line
from extractor.fields.board_owners import OWN_NOUNS, OWNER_LINKS
from extractor.fields.board_statements import link_after, link_before, past_order
from extractor.fields.people import NameMatch, first_name_evidence, inverted_name, leading_name, trailing_name
from extractor.nlp.marks import bracketed_mark
from extractor.nlp.role_spans import RoleSpan
from extractor.nlp.roles import is_title
from extractor.nlp.vocab import header_words, scope_words
from extractor.parse import MONTHS

# "Årsmøtet valgte dette styret: Leder ...", "Vala på årsmøtet gav dette resultatet: Leiar ...": the
# meeting elected the names that follow, they are no officers of the meeting.
ELECTED = frozenset({"valgte", "valde", "valte", "gjenvalgte", "attvalde", "resultat", "resultatet"})
JUNK_SKIP = 3  # OCR debris ("|", "»", a stray letter) skipped between a role word and its name
LABEL_REST_WORDS = 8  # lower-case words between a role label and its colon ("med talerett, men uten stemmerett:")
ASIDE_WORDS = 3  # lower-case words of a title in parentheses after a role ("Dagleg leiar (hamnesjef)")
REMARK_TOKENS = 5  # words in a parenthesised remark after a listed name
SEAT_NOUNS = frozenset({"kommune", "fylkeskommune", "herad", "bydel"})  # "(Nordvik kommune)": whose seat
_ORDINAL = re.compile(r"\d{1,2}[.)]")
TERM_CLAUSE_WORDS = 6  # "gjenvalgt for en ny periode på to år"
_CLAUSE_AUX = frozenset({"ble", "blei", "vart", "er", "var", "har"})
_TERM_WORDS = frozenset({"valgt", "gjenvalgt", "vald", "valt", "attvald", "attvalt", "gjenvald", "for", "på", "ett", "eitt",
                         "en", "ein", "ny", "to", "tre", "fire", "1", "2", "3", "4", "år", "periode", "perioden", "nytt",
                         "ytterligere", "ytterlegare"})
_TERM_REMARK = _TERM_WORDS | {"ikke", "ikkje", "på", "valg", "val", "til", "gjenvalg", "attval", "nyvalg", "nyval"}
_YEAR = re.compile(r"\d{4}")
_YEARS = re.compile(r"\d{1,4}(?:[–-]\d{2,4})?")  # "2023", "2023–2024", "2" in a term remark
FROM_WORDS = frozenset({"fra", "frå", "fom", "f.o.m.", "f.o.m", "sidan", "siden"})
_DATE_WORD = re.compile(rf"\d{{1,2}}\.?|\d{{4}}|og|med|{'|'.join(MONTHS)}")
_PLACE_LINKS = frozenset({"hos", "hjå", "ved", "fra", "frå"})  # before a role word that names where, not who


def _owner_noun(line: Line, i: int, limit: int) -> bool:
    """"i stiftelsen", "i perioden" after a role: words, not debris (a named company after "i" stays
    unread: "Styreleder i Nordby Holding AS er ..." is another board's)."""
    nxt = line.words[i + 1] if i + 1 < limit else ""
    # "styreleiar i Helse Førde": an organisation's name; a known first name after a stray "i" is OCR debris
    return line.words[i] in OWNER_LINKS and (nxt[:1].islower() or nxt[:1].isupper()
                                             and first_name_evidence(nxt) != "known")


def skip_junk(line: Line, i: int, limit: int) -> int:
    """Past punctuation (":", dot leaders, "|") and up to JUNK_SKIP stray letters after a role."""
    stray, start = 0, i
    while i < limit:
        word = line.words[i]
        if word in SENTENCE_END and i == start:
            break  # "... nestleder. Tone Berg ...": a name after the role's full stop starts the next sentence
        if not word:
            i += 1
        elif len(word) == 1 and not word.isupper() and stray < JUNK_SKIP and not _owner_noun(line, i, limit):
            i, stray = i + 1, stray + 1
        else:
            break
    return i


def skip_titles(words: list[str], i: int, limit: int) -> int:
    """Past an occupation before a name: "advokat Kari Nordmann", "dr. Ola Hansen"."""
    while i < limit and words[i] and is_title(words[i]):
        i += 1
        while i < limit and not words[i]:
            i += 1
    return i


def _past_date(line: Line, i: int, limit: int) -> int:
    """Past "fra 1. mars 2023", "frå mars" to the link after it ("Daglig leder fra 1. mars er Liv
    Dahl"); ``i`` when the words after "fra" are no date or no link follows them."""
    if i >= limit or line.words[i].casefold() not in FROM_WORDS:
        return i
    k = i + 1
    while k < limit and k <= i + 5 and _DATE_WORD.fullmatch(line.words[k].casefold()):
        k += 1
    return k if k > i + 1 and link_after(line.words, k, limit) != k else i


COMPLEMENT_WORDS = 7  # "for the members appointed by the owners are": the longest complement seen


def _past_complement(line: Line, i: int, limit: int, after_som: bool = False) -> int:
    """Past "for Nordby arbeidssenter" to the link after it ("Virksomhetsleder for Nordby
    arbeidssenter er Marte Sand"); ``i`` when no link follows within a few words."""
    i = _past_date(line, i, limit)
    if i >= limit or line.words[i].casefold() not in OWNER_LINKS:
        return i
    if i + 2 < limit and line.words[i + 1].casefold() in OWN_NOUNS and line.tokens[i + 2].text == ",":
        return i + 3  # "Daglig leder i stiftelsen, Kari Moen, ...": our own, then the name in apposition
    for k in range(i + 1, min(limit, i + COMPLEMENT_WORDS + 1)):
        if link_after(line.words, k, limit, after_som) != k:
            return k
    return i


def _label_at(line: Line, start: int, limit: int) -> int:
    """``limit``, or the index of a word before it that a colon follows: "Generalsekretær: Kari
    Dahl Rådgiver: Ola Moe" (lines a Word line break ran together) ends the name at "Rådgiver"
    (when what is left is still a name: OCR debris may put a colon after one)."""
    return next((k for k in range(start + 1, limit - 1) if line.words[k] and line.tokens[k + 1].text == ":"), limit)


def past_aside(line: Line, i: int, limit: int) -> int:
    """Past a title in parentheses at ``i``, as the role's other name: "Daglig leder (havnefogd)
    har vært ..." (a few lower-case words; a name or a date there is no title), or a qualifier before
    the label's colon ("Leiar (fungerande): X", where the tokenizer keeps "):" one token)."""
    if i >= limit or line.tokens[i].text != "(":
        return i
    for k in range(i + 1, min(limit, i + ASIDE_WORDS + 2)):
        if line.tokens[k].text in (")", "):"):
            return k + 1 if k > i + 1 else i
        if not line.words[k].islower():
            return i
    return i


def forward(line: Line, span: RoleSpan, limit: int, stop: frozenset[str]) -> NameMatch | None:
    after_som = span.start > 0 and line.words[span.start - 1].casefold() == "som"  # "Som observatør møtte X"
    aside = past_order(line.words, past_aside(line, span.end, limit), limit)
    after = _past_complement(line, aside, limit, after_som)  # "i Nordby Vekst AS er": before "i" is skipped as debris
    if after == aside:
        after = _past_complement(line, _past_label_rest(line, skip_junk(line, aside, limit), limit), limit, after_som)
    start = past_ordinal(line, link_after(line.words, after, limit, after_som), limit)
    if start != after and span.start and line.words[span.start - 1].casefold() in _PLACE_LINKS:
        return None  # "Kontaktperson hos forretningsføreren er Kari Dahl": the role names a place
    start = skip_titles(line.words, start, limit)
    return surname_first(line, start, limit) or leading_name(line.words[:_label_at(line, start, limit)], start, stop) \
        or leading_name(line.words[:limit], start, stop)


def surname_first(line: Line, start: int, limit: int) -> NameMatch | None:
    """A name printed surname first after its role, alone to the line's end ("Styremedlem: Haugsvær
    Lie, Ivar": ``people.inverted_name``)."""
    end = limit
    while end > start and not line.words[end - 1]:
        end -= 1  # a full stop or a bracket after the name
    return inverted_name([t.text for t in line.tokens[:end]], start)


def _past_affiliation(line: Line, floor: int, end: int) -> int:
    """Before ", Nordby kommune" between a name and its parenthesised seat ("Kari Solli, Nordby
    kommune (observatør)": the owner the person comes from); ``end`` otherwise. A company there
    ("Per Lund, Fjordby Vekst AS (styremedlem)") may be where the role is held, so is not passed."""
    words = line.words
    if end - 1 <= floor or words[end - 1] not in AFFILIATION_ENDS:
        return end
    k = end - 1
    while k > floor and words[k - 1][:1].isupper() and end - k < AFFILIATION_WORDS:
        k -= 1
    if k - 1 > floor and not words[k - 1] and line.tokens[k - 1].text == "," and words[k][:1].isupper():
        return k - 1
    return end


def _past_department(line: Line, floor: int, end: int) -> int:
    """Before ", Institutt for fysikk" between a name and its role alone in brackets ("professor
    Gunnar Lie, Institutt for fysikk (leder)": where the member works); ``end`` otherwise. One of
    the words after the comma holds a department noun (``board_scope.json``)."""
    nouns = scope_words()["department_nouns"]
    k = end
    while k > floor and end - k < AFFILIATION_WORDS and line.words[k - 1]:
        k -= 1
    seat = [w.casefold() for w in line.words[k:end]]
    if k - 1 > floor and k < end and line.tokens[k - 1].text == "," and line.words[k][:1].isupper() \
            and any(n in w for w in seat for n in nouns):
        return k - 1
    return end


def is_field_label(line: Line, k: int) -> bool:
    """Whether word ``k`` is a field's label, a column-header word and its colon ("Rolle:",
    "Verv:", "Role:"), as in an e-signature cell run into one line: "Nes, Kari Rolle: Styreleder"."""
    return k + 1 < len(line.tokens) and line.tokens[k + 1].text == ":" \
        and line.words[k].casefold() in header_words()


def backward(line: Line, span: RoleSpan, floor: int, stop: frozenset[str]) -> NameMatch | None:
    end = _before_term(line, floor, span.start)
    if end - 2 > floor and line.words[end - 1].casefold() in ("og", "&") and is_title(line.words[end - 2]):
        end -= 2  # "Daniel Rokke, pastor og forstander": an occupation held beside the role
    if end - 2 > floor and is_field_label(line, end - 2):
        end -= 2  # "Kari Nes Rolle: styreleder": the label is no part of the name
    dash = end  # "(Nordvik kommune) – leder": back over the dash to the seat's parenthesis
    while dash > floor and not line.words[dash - 1] and line.tokens[dash - 1].text != ")":
        dash -= 1
    if (seat := _before_seat(line, floor, dash)) != dash:
        end = seat
    while end > floor and not line.words[end - 1]:
        end -= 1  # the comma, dash or dot leader between "Kari Nordmann" and "styreleder"
    end = before_home_place(line, floor, end)
    if span.role.kind == "EMPLOYEE_ELECTED":
        end = before_occupation(line, floor, end)  # "Ola Nes, baker, valgt av de ansatte"
    if ")" in (line.tokens[span.end - 1].text, line.tokens[span.end].text if span.end < len(line.tokens) else ""):
        end = before_open_bracket(line, floor, end)  # the role closes a bracket: "(NMBU, vara)"
    if span.start and line.tokens[span.start - 1].text == "(" and span.role.code in ("OBS", "MEDL", "VARA"):
        end = _past_affiliation(line, floor, end)
    if span.start and line.tokens[span.start - 1].text == "(" and ")" in (
            line.tokens[span.end - 1].text, line.tokens[span.end].text if span.end < len(line.tokens) else ""):
        end = _past_department(line, floor, end)
    linked = link_before(line.words, end, floor)
    end = _elected_to(line, floor, _past_term_clause(line, floor, linked) if linked != end else linked)
    found = trailing_name(line.words[floor:end], end - floor, stop)
    if found is None:
        return None
    return NameMatch(found.name, found.start + floor, found.end + floor, found.first_name)


def _before_seat(line: Line, floor: int, end: int) -> int:
    """Before a seat or party in parentheses between a name and its role ("Tone Haugen (Nordvik
    kommune) – leder", "(KS Vestland) – styremedlem", "(Ap)"); ``end`` when none stands there."""
    k = end - 1
    if k <= floor or line.tokens[k].text != ")":
        return end
    opening = next((j for j in range(k - 1, max(floor, k - REMARK_TOKENS - 1) - 1, -1)
                    if line.tokens[j].text == "("), None)
    if opening is None or opening <= floor or any(opening < s.start < k for s in line.roles):
        return end
    words = [w for w in line.words[opening + 1:k] if w]
    if words and words[0][:1].isupper() and all(w[:1].isupper() or w.casefold() in SEAT_NOUNS for w in words):
        return opening
    return end


def _before_term(line: Line, floor: int, end: int) -> int:
    """Before a term in parentheses between a name and its role ("Kari Dahl (2019-2021)
    styremedlem", "(attval) nestleiar"); ``end`` when none stands there."""
    toks = line.tokens
    k = end - 1
    if k <= floor or toks[k].text != ")":
        return end
    opening = next((j for j in range(k - 1, max(floor, k - REMARK_TOKENS - 1) - 1, -1) if toks[j].text == "("), None)
    return opening if opening is not None and opening > floor and is_term_remark(line.words[opening + 1:k]) else end


def past_term(line: Line, i: int, limit: int) -> int:
    """Past a term remark after a listed name, to the end of the line or the next role: "Leder: Ola
    Lie, gjenvalgt for 2 år", nn "(ikkje på val)", "ny, valgt til 2025" are part of the listing;
    ``i`` when other words follow."""
    k, words = i, 0
    while k < limit and (not line.words[k] or line.words[k].casefold() in _TERM_REMARK or _YEAR.fullmatch(line.words[k])):
        words += bool(line.words[k])
        k += 1
    return k if words and (k == limit or k == len(line.words)) else i


def is_term_remark(words: list[str]) -> bool:
    """Words of an election remark only: "attval 2023–2024", "ikkje på val", "ny"."""
    words = [w for w in words if w]
    return bool(words) and all(w.casefold() in _TERM_REMARK or _YEARS.fullmatch(w) for w in words)


def past_home_place(line: Line, i: int) -> int:
    """Past ", <Place>" and a term remark ending the line after a listed name (nn "Ola Lien,
    Austbygd, attval": where the member lives); ``i`` when other words follow. A place is one
    capitalised word that is no known first name (", Kari Dahl" starts the next name)."""
    k = i
    while k < len(line.words) and not line.words[k]:
        k += 1
    word = line.words[k] if k < len(line.words) else ""
    if k == i or not word[:1].isupper() or first_name_evidence(word) == "known":
        return i
    end = past_term(line, k + 1, len(line.words))
    return end if end == len(line.words) or k + 1 == len(line.words) else i


def _past_term_clause(line: Line, floor: int, end: int) -> int:
    """Before "ble gjenvalgt for to år og" ending at ``end``: "Per Lie ble gjenvalgt for to år og
    fortsetter som sekretær" (the name, an election and its term, then the link); ``end`` otherwise."""
    if end - 1 <= floor or line.words[end - 1].casefold() != "og":
        return end
    for k in range(end - 2, max(floor, end - 2 - TERM_CLAUSE_WORDS) - 1, -1):
        word = line.words[k].casefold()
        if word in _CLAUSE_AUX:
            return k if k + 1 < end - 1 else end
        if word not in _TERM_WORDS:
            return end
    return end


def _elected_to(line: Line, floor: int, end: int) -> int:
    """Before "til (ny)" after a name an election verb precedes: "Representantskapet valgte i mai
    Per Lund til ny styreleder" (the role the meeting elected the name to); ``end`` otherwise."""
    k = end
    while k > floor and line.words[k - 1].casefold() in ("ny", "nye", "nytt"):
        k -= 1
    if k > floor and line.words[k - 1].casefold() == "til" and \
            any(w.casefold() in ELECTED for w in line.words[floor:k - 1]):
        return k - 1
    return end


def deputy_target(line: Line, span: RoleSpan, limit: int, stop: frozenset[str]) -> NameMatch | None:
    """'Kari Nordmann' in "varamedlem for Kari Nordmann"."""
    if span.role.code != "VARA" or span.end + 1 >= limit or line.words[span.end].casefold() not in ("for", "til"):
        return None
    found = leading_name(line.words[:limit], span.end + 1, stop)
    return found if found and found.first_name != "unknown" else None


_ENGLISH_SINGULARS = frozenset({"member", "observer"})  # "Board Member", "Observer": one person, not "-er" plurals


def plural_role(line: Line, span: RoleSpan) -> bool:
    """"Styremedlemmer", "Varamedlemer", "Varafolk": a plural role heads a list of names."""
    word = line.words[span.end - 1].casefold()
    if span.role.code == "NEST":  # "Nestledere: A og B": two deputy chairs
        return word.endswith(_DEPUTY_CHAIRS_ENDINGS)
    return span.role.code in ("MEDL", "VARA", "OBS") and word not in _ENGLISH_SINGULARS \
        and word.endswith(("er", "ar", "ene", "ane", "enn", "folk"))


_DEPUTY_CHAIRS_ENDINGS = ("ledere", "lederne", "leiarar", "leiarane", "leiarer")


def footnote_end(line: Line, i: int) -> int:
    """Past a footnote marker "(2)" at ``i`` ("Ketil Ravn (2), Lene Bratli"), or ``i``."""
    return i + 3 if bracketed_mark(line.tokens, i) else i


def _past_label_rest(line: Line, i: int, limit: int) -> int:
    """Past the rest of a label up to its colon: "Varamedlemmer i nummerert rekkefølge: ...",
    "Styremedlemmer valgt for to år: ..." (lower-case words only, a few of them), or where the
    holder comes from ("Observatør fra Fagforbundet: ...", any words after ``origin_links``)."""
    origin = i < limit and line.words[i].casefold() in scope_words()["origin_links"]
    for k in range(i, min(limit, i + LABEL_REST_WORDS + 1)):
        if line.tokens[k].text == ":":
            return k + 1 if k > i else i
        if line.tokens[k].text == "," and k > i:
            continue  # "observatører med tale- og forslagsrett, men uten stemmerett:"
        if not line.words[k] or not (origin or line.words[k].islower() or line.words[k].isdigit()):
            return i
    return i


def past_ordinal(line: Line, i: int, limit: int) -> int:
    """Past the number of a numbered list item ("1. Øystein Rød, 2. Kari Vangen")."""
    return i + 1 if i < limit and _ORDINAL.fullmatch(line.tokens[i].text) else i


def explicit(line: Line, span: RoleSpan) -> tuple[bool, bool]:
    """(role then name: "Styreleder:", name then role: "(styreleder)")."""
    after = line.tokens[span.end].text if span.end < len(line.tokens) else ""
    before = line.tokens[span.start - 1].text if span.start else ""
    # "Styreleder ........ Kari Dahl"; one "…" a token (Word's autocorrect made "..." an ellipsis)
    leader = (len(after) >= 2 or after == "…") and set(after) <= set(".…")
    return leader or ":" in after and not after[0].isalnum(), before.endswith("(")
